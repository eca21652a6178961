"""
categories: Types,dict
description: Dictionaries do not keep insertion order
cause: The dict is an open-addressing hash table iterated in slot order, not in insertion order.
workaround: Use collections.OrderedDict when the order matters.
"""
d = {}
for k in (30, 10, 20):
    d[k] = str(k)
print(list(d))
