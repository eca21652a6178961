# mpconform: features=module:micropython
# help(obj) on the unix port names the object's type and lists its type's methods.
help(1)
help(True)
help(None)
help([])
