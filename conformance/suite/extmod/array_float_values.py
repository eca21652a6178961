# mpconform: features=module:array,float
# 'f' stores single precision, 'd' double; ints are accepted.
import array

f = array.array("f", [0.1, 3, -2.5])
print(f[1], f[2], abs(f[0] - 0.1) < 1e-7, f[0] == 0.1)
d = array.array("d", [0.1, 3])
print(d, d[0] == 0.1)
f[1] = 7
print(f[1])
print(bytes(array.array("f", [1.0])), bytes(array.array("d", [-2.0])))
print(array.array("f", b"\x00\x00\x80\x3f"))
