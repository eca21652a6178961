print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a", "a" == "a", "a" != "A")
print(max("abc", "abd"), min(["b", "a", "c"]), sorted("hello"))
try:
    "a" < 1
except TypeError:
    print("TypeError")
print("a" == 1, "1" == 1, "" == None)
