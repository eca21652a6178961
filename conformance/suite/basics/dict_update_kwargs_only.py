# update with keyword arguments only, and with an iterable of pairs
d = {}
d.update(a=1)
d.update([("b", 2)], c=3)
d.update({})
print(sorted(d.items()))
