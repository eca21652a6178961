# mpconform: features=module:array,float
# repr and str of arrays: empty, one item, floats, nested in containers.
import array

print(array.array("i"))
print(repr(array.array("B")))
print(str(array.array("b", [-1])))
print([array.array("h", [1, 2]), array.array("f")])
print(array.array("d", [0.5, -0.0, 1e10]))
print(array.array("f", [0.25]))
print((array.array("I", [7]),))
