# bytes never equal str (MicroPython may warn about the comparison)
print(b"abc" == "abc", b"" != "")
