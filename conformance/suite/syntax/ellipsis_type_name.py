# the type of ... is named "ellipsis"
print(type(...).__name__, repr(...))
