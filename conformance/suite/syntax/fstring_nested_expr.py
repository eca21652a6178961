# mpconform: features=fstring
# f-strings with calls, method calls, indexing and conditional expressions
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}; first={items[0].upper()}; {'many' if len(items) > 1 else 'one'}")
