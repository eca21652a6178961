# str.removeprefix and removesuffix
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"))
print("file.py".removesuffix(".py"), "file".removesuffix(".py"))
