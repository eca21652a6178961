# __getitem__, __setitem__, __delitem__, __len__, __contains__
class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
b = Box()
b["a"] = 1
b["b"] = 2
print(len(b), b["a"], "a" in b, "z" in b, "z" not in b)
del b["a"]
print(len(b), "a" in b)
try:
    b["nope"]
except KeyError:
    print("KeyError")
