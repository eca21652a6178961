# str.center pads on both sides; with an odd amount of padding CPython puts the extra space
# on the left when the width is odd and on the right when it is even
print("[" + "ab".center(6) + "]", "[" + "ab".center(7) + "]", "[" + "abc".center(2) + "]")
print("[" + "a".center(4) + "]", "[" + "".center(3) + "]", "[" + "abc".center(4) + "]")
