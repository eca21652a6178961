# globals() is the module namespace; writing to it defines names
globals()["made_up"] = 42
print(made_up)
print("made_up" in globals(), globals()["__name__"])
print(locals() is globals() or locals() == globals())
