import sys
v = sys.version_info
print(type(v[0]), len(v) >= 3)
print(v[0] == v.major if hasattr(v, "major") else True)
print(isinstance(v, tuple))
a, b = v[:2]
print(type(a), type(b))
