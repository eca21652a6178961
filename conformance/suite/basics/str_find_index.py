# find, rfind, index, rindex with start/end
s = "hello world hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("l"))
print(s.find(""), s.rfind(""))
try:
    s.index("xyz")
except ValueError:
    print("ValueError")
