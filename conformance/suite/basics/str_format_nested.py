# str.format with nested width fields
print("[{:{}}]".format("x", 4))
print("[{:>{w}}]".format("x", w=3))
print("[{0:{1}{2}}]".format("ab", "^", 6))
