# match, case and _ remain usable as ordinary names
match = 1
case = 2
_ = 3
print(match + case + _)
