# mpconform: features=fstring
# yield inside f-strings and %-formatting: pieces around it keep their order.
def log(tag, v):
    print("eval", tag)
    return v


def g():
    s = f"{log('a', 'A')}-{(yield 1)}-{log('b', 'B')}"
    print(s)
    t = "%s|%s" % (log("c", "C"), (yield 2))
    print(t)


it = g()
print(next(it))
print(it.send("mid"))
try:
    it.send("end")
except StopIteration:
    print("done")
