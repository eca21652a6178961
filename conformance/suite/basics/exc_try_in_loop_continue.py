# continue inside except, finally still runs
out = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError
        out.append(i)
    except ValueError:
        continue
    finally:
        out.append("f%d" % i)
print(out)
