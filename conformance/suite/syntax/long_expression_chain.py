# long arithmetic and method chains on one logical line
s = "  Hello World  ".strip().lower().replace("world", "there").split()
total = 1 + 2 - 3 + 4 - 5 + 6 - 7 + 8 - 9 + 10 + 11 - 12 + 13 - 14 + 15
print(s, total)
