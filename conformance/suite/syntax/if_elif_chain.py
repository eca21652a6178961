# if/elif/else chains pick the first true branch
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-1, 0, 5, 50)])
