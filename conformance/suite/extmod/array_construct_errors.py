# mpconform: features=module:array
# Bad typecodes and bad initialisers.
import array

for args in (("z",), ("b", 5), ("b", 3.5)):
    try:
        array.array(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    array.array()
except TypeError:
    print("TypeError")
try:
    array.array("b", ["x"])
except TypeError:
    print("TypeError")
try:
    array.array("i", [1.5])
except TypeError:
    print("TypeError")
