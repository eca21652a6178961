# list.sort and sorted are stable: equal keys keep their original order
words = ["bb", "a", "ccc", "dd", "e", "ff", "g"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c"), (0, "c")]
pairs.sort(key=lambda p: p[0]); print(pairs)
