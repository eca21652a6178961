s = "hello world"
print(s.find("o"), s.find("o", 5), s.find("o", 5, 7), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("o"), s.rfind("o", 0, 5), s.rfind("z"))
print(s.index("w"), s.rindex("l"), s.count("l"), s.count("l", 4), s.count(""))
try:
    s.index("z")
except ValueError:
    print("ValueError")
try:
    s.rindex("z")
except ValueError:
    print("ValueError")
try:
    s.find(1)
except TypeError:
    print("TypeError")
