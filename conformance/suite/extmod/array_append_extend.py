# mpconform: features=module:array
# append, extend and += on arrays.
import array

a = array.array("i", [1])
print(a.append(2), a)
a.extend([3, 4])
a.extend(array.array("i", [5]))
a.extend(range(6, 8))
a.extend(x for x in (8,))
print(a, len(a))
a += array.array("i", [9])
print(a)
b = a
b += array.array("i", [10])
print(a is b, a[-1])
