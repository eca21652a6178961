# mpconform: features=float
# width, fill and alignment for floats in str.format
f = 3.25
print("[{:*<10.2f}]".format(f))
print("[{:*>10.2f}]".format(f))
print("[{:*^10.2f}]".format(f))
print("[{:=+10.2f}]".format(f))
print("[{:010.2f}]".format(-f))
