# yield in boolean operators, comparisons and conditional expressions.
def g():
    a = (yield "a") or (yield "b")
    print("a =", a)
    c = 1 < (yield "c") < 5
    print("c =", c)
    d = (yield "d") if (yield "cond") else "no"
    print("d =", d)
    e = not (yield "e")
    print("e =", e)


it = g()
out = [next(it)]
for v in (0, "B", 3, True, "D", 0):
    try:
        out.append(it.send(v))
    except StopIteration:
        out.append("done")
print(out)
