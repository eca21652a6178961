# mpconform: features=memoryview
# memoryview.tolist gives the byte values
print(memoryview(b"\x01\x02\xff").tolist())
