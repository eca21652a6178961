# Syntax errors and bad types in eval/exec sources given as buffers.
for src in (b"1 +", bytearray(b"def"), memoryview(b"(")):
    try:
        eval(src)
    except SyntaxError:
        print("SyntaxError", type(src).__name__)
for bad in (1, None, [1]):
    try:
        eval(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
