# mpconform: features=module:array
# Equality of arrays with the same typecode, and of arrays with other types.
import array

a = array.array("i", [1, 2])
print(a == array.array("i", [1, 2]), a != array.array("i", [1, 2]))
print(a == array.array("i", [1, 3]), a == array.array("i", [1]))
print(a == [1, 2], a == (1, 2), a == None)
print(array.array("b") == array.array("b"))
print(array.array("b", [1]) == b"\x01")
