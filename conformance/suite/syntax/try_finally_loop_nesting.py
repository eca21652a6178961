# Loops inside finally blocks, and finally blocks inside loops inside finally blocks.
def f():
    out = []
    try:
        out.append("try")
    finally:
        for i in range(3):
            try:
                if i == 1:
                    continue
                out.append(i)
            finally:
                out.append("f%d" % i)
    return out


print(f())
for n in range(2):
    try:
        pass
    finally:
        for m in range(3):
            if m == 1:
                break
            print(n, m)
