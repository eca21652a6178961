# Arguments with * and ** are evaluated left to right, each once.
def log(tag, v):
    print("eval", tag)
    return v


def f(*a, **k):
    return a, sorted(k.items())


print(f(log("p1", 1), *log("star", [2, 3]), log("p2", 4), k1=log("k1", 5), **log("dstar", {"k2": 6}), k3=log("k3", 7)))
print(log("callee", f)(*log("s1", [1]), *log("s2", [2])))
