# conditional expressions nest right-associatively
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-2, 0, 3)])
print((1 if True else 2) + (3 if False else 4))
