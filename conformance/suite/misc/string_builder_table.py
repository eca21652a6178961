rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for name, qty in rows:
    print("%-8s|%5s" % (name, qty))
print("-" * 14)
print("{:<8}|{:>5}".format("total", 15))
