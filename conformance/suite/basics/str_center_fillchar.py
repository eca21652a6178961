# str.center with a fill character
print("ab".center(7, "*"), "x".center(4, "-"))
