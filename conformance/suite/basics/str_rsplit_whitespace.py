# str.rsplit(None, n) splits on whitespace runs from the right
print("  x  y  z ".rsplit(None, 1))
print("a b c".rsplit(None, 5))
