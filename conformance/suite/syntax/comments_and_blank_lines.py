# comments and blank lines are ignored everywhere, including in blocks
def f():
    # leading comment

    x = 1  # trailing comment
        # oddly indented comment
    return x
print(f())  # done
