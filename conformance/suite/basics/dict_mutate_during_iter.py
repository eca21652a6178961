# changing a dict's size during iteration raises RuntimeError
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
    print("no error")
except RuntimeError:
    print("RuntimeError")
