# OrderedDict equality: order matters between two OrderedDicts.
from collections import OrderedDict

a = OrderedDict([(1, 2), (3, 4)])
print(a == OrderedDict([(1, 2), (3, 4)]), a != OrderedDict([(1, 2), (3, 4)]))
print(a == OrderedDict([(3, 4), (1, 2)]), a != OrderedDict([(3, 4), (1, 2)]))
print(a == OrderedDict([(1, 2)]), OrderedDict() == OrderedDict())
print(list(a.keys()), a.popitem(), list(a))
