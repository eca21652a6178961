# mpconform: features=unicode

print("[%5s]" % "\u00e9t\u00e9")
print("[{:>5}]".format("\u4e2d"))
print("[{:<4}]".format("\u00e9"))
