# augmented assignment to attributes, items and slices evaluates the target once
class O:
    v = 1
o = O()
o.v += 5
d = {"k": [1]}
d["k"] += [2]
l = [1, 2, 3]
l[0] -= 10
print(o.v, d, l)
calls = []
def key():
    calls.append(1)
    return "k"
d[key()] += [3]
print(d, len(calls))
