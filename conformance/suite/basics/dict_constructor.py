# dict() from mappings, pairs and keywords; fromkeys
print(sorted(dict(a=1, b=2).items()))
print(sorted(dict([("a", 1), ("b", 2)]).items()))
print(sorted(dict({"a": 1}, c=3).items()))
print(sorted(dict.fromkeys("ab").items()), sorted(dict.fromkeys([1, 2], 0).items()))
print(dict(), dict({}))
