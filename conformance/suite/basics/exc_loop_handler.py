# exceptions handled per iteration of a loop
out = []
for v in ["1", "x", "3", "", "5"]:
    try:
        out.append(int(v))
    except ValueError:
        out.append(None)
print(out)
