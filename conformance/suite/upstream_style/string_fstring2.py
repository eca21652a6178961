x, y = 5, "s"
print(f"{x}", f"{x + 1}", f"{y!r}", f"{x:03d}", f"{x:>4}|", f"{'lit'}")
print(f"{x}{y}{x}", f"{{}}", f"a{x}b")
d = {"k": 1}
print(f"{d['k']}", f"{[1, 2][0]}", f"{x if x else 0}")
w = 6
print(f"{x:{w}}|", f"{3.14159:.2f}", f"{255:x}")
