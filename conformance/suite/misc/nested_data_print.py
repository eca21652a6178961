data = [(1, "one", [1.5, None]), (2, "two", {"k": (True, False)}), [], ((),)]
for item in data:
    print(item)
print(data[1][2]["k"][1], len(data[3][0]))
