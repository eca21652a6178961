# mpconform: features=memoryview,module:array
# Writing through a memoryview of an array changes the array's items.
import array

a = array.array("h", [0, 0, 0])
m = memoryview(a)
m[0] = -300
m[2] = 1234
print(a)
b = array.array("i", [1, 2, 3, 4])
mb = memoryview(b)
mb[1:3] = array.array("i", [7, 8])
print(b)
mb[:1] = array.array("i", [-9])
print(b, mb[0])
