# lexicographic string comparisons
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "abc" == "abc")
print(sorted(["pear", "Apple", "apple", "banana", "Banana"]))
print(max("hello"), min("hello"))
