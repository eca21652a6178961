# Source file saved with CRLF line endings.
x = 1
if x:
    y = """two
lines"""

# a comment line
z = (1 +
     2)
w = 3 + \
    4
print(x, repr(y), z, w)
