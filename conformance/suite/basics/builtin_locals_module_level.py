# At module level locals() is globals(); names defined later appear in it.
print(locals() is globals())
before = set(locals())
new_name = 1
print(set(locals()) - before == {"new_name", "before"} or set(locals()) - before)
print(locals()["new_name"])
