# mpconform: features=module:array
# len, truth value, iteration and sum over arrays.
import array

for a in (array.array("b"), array.array("H", [5, 6, 7])):
    print(len(a), bool(a), list(a), sum(a), [x * 2 for x in a])
it = iter(array.array("i", [1, 2]))
print(next(it), next(it), next(it, "end"))
print(max(array.array("h", [3, -9, 4])), sorted(array.array("B", [3, 1, 2])))
