# str.count of substrings, non-overlapping
print("aaaa".count("aa"), "banana".count("a"), "banana".count("an"), "abc".count(""))
print("banana".count("a", 2), "banana".count("a", 2, 4))
