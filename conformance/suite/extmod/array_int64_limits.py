# mpconform: features=module:array,bigint
# 'q' and 'Q' hold the full 64-bit range, read back as big ints.
import array

q = array.array("q", [-(2 ** 63), -1, 0, 2 ** 63 - 1])
print(q)
print(q[0] == -(2 ** 63), q[3] == 2 ** 63 - 1)
Q = array.array("Q", [0, 2 ** 32, 2 ** 64 - 1])
print(Q)
print(Q[2] + 1 == 2 ** 64)
print(bytes(array.array("Q", [2 ** 64 - 1])))
print(bytes(array.array("q", [-2])))
print(array.array("q", bytes(q)) == q)
