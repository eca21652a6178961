# list.sort with key and reverse (keys all distinct, so stability does not matter)
l = [5, 2, 8, 1, 9]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["bbb", "a", "cccc", "dd"]
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(3, "c"), (1, "a"), (2, "b")]
pairs.sort(key=lambda p: p[1]); print(pairs)
