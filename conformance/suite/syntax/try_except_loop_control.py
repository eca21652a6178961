# break and continue inside except and else blocks of a try in a loop.
out = []
for i in range(5):
    try:
        if i % 2:
            raise KeyError(i)
    except KeyError:
        out.append("odd%d" % i)
        continue
    else:
        if i == 4:
            break
        out.append("even%d" % i)
    finally:
        out.append("f%d" % i)
print(out)
n = 0
while True:
    try:
        n += 1
        if n > 2:
            raise StopIteration
    except StopIteration:
        break
    finally:
        print("finally", n)
print("n", n)
