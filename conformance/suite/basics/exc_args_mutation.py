# exception args is a tuple; assigning a new tuple replaces it
e = ValueError(1, 2)
print(e.args)
e.args = ("new",)
print(e.args, str(e))
