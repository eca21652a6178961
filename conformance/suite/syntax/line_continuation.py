# backslash continuation and implicit continuation inside brackets
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,  # comment inside brackets
]
print(items, (4 +
              5), {"k":
                   "v"}["k"])
if total > 1 and \
   total < 10:
    print("continued condition")
