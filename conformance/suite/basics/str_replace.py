# str.replace with and without a count
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"))
print("aaaa".replace("aa", "b"))
