# mpconform: features=module:collections

from collections import OrderedDict
d = OrderedDict([(3, "c"), (1, "a"), (2, "b")])
print(list(d))
print(d.pop(1), list(d))
d.update([(0, "z")])
print(list(d))
