# mpconform: features=module:micropython
# On the unix port an OrderedDict never equals a plain dict, whatever their items.
from collections import OrderedDict

a = OrderedDict([(1, 2), (3, 4)])
print(a == {1: 2, 3: 4}, {1: 2, 3: 4} == a, a == {3: 4, 1: 2}, a != {1: 2, 3: 4})
print(OrderedDict() == {}, isinstance(a, dict))
