# mpconform: features=module:array
# An array is built from any iterable of numbers.
import array

print(array.array("b", range(4)))
print(array.array("h", (x * x for x in range(4))))
print(array.array("i", (1, 2, 3)))
print(array.array("I", {5: "a"}))
print(array.array("B", iter([9, 8])))
print(array.array("H", array.array("b", [1, 2, 3])))
print(array.array("f", [1, 2]))


class Three:
    def __iter__(self):
        return iter([3, 2, 1])


print(array.array("b", Three()))
