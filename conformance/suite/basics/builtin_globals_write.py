# Writing into globals() defines module names; deleting from it removes them.
globals()["made_here"] = 41
print(made_here + 1)
del globals()["made_here"]
try:
    made_here
except NameError:
    print("NameError")


def setter(name, value):
    globals()[name] = value


setter("via_function", "ok")
print(via_function, "via_function" in globals())
