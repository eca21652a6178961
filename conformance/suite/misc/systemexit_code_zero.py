print("before exit")
raise SystemExit
print("never printed")
