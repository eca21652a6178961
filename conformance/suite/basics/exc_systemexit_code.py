# SystemExit carries its code and can be caught
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught", e.args, e.code)
