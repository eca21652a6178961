# mpconform: features=module:array
# + of two arrays with the same typecode makes a new array.
import array

a = array.array("h", [1, 2])
b = array.array("h", [-3])
c = a + b
print(c, a, b, c is a)
print(array.array("f", [1.5]) + array.array("f", [2.5]))
print(array.array("b") + array.array("b"))
