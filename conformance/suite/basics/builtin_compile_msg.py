# mpconform: features=module:micropython
# The unix port's messages for bad compile() calls, and the repr of its code objects.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: compile("1", "<m>", "bad"))
show(lambda: compile("1", "<m>"))
show(lambda: compile("1", "<m>", "eval"))
show(lambda: type(compile("1", "<m>", "eval")))
