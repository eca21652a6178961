def tokens(src):
    out = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(("NUM", src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalpha() or src[j].isdigit()):
                j += 1
            out.append(("NAME", src[i:j]))
            i = j
        else:
            out.append(("OP", c))
            i += 1
    return out


for t in tokens("x1 = 42 + foo(7)*bar"):
    print(t)
