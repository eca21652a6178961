# list method errors
l = [1, 2]
for f in (lambda: l.remove(5), lambda: l.index(5)):
    try:
        f()
    except ValueError:
        print("ValueError")
try:
    [].pop()
except IndexError:
    print("IndexError pop")
try:
    l[2]
except IndexError:
    print("IndexError get")
try:
    l[-3] = 0
except IndexError:
    print("IndexError set")
