def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + str(j - i))
        i = j
    return "".join(out)


def unrle(s):
    return "".join(s[i] * int(s[i + 1]) for i in range(0, len(s), 2))


for s in ("aaabccdddd", "x", "", "abc"):
    e = rle(s)
    print(repr(e), unrle(e) == s)
