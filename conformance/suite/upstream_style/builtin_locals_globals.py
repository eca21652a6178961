g = globals()
print(type(g), "g" in g, g["__name__"])
z_global = 1
print(globals()["z_global"])
globals()["made_up"] = 42
print(made_up)
print(type(locals()))
