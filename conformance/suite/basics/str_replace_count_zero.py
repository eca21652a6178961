# replace with a count of zero and of -1
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
