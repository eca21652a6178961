# mpconform: features=module:array,bigint
# Limits of the 8-, 16- and 32-bit typecodes, and 'l'/'L' which are 64-bit on the unix port.
import array

print(array.array("b", [-128, 127]), array.array("B", [0, 255]))
print(array.array("h", [-32768, 32767]), array.array("H", [0, 65535]))
print(array.array("i", [-(2 ** 31), 2 ** 31 - 1]), array.array("I", [0, 2 ** 32 - 1]))
print(len(bytes(array.array("l", [0]))), len(bytes(array.array("L", [0]))))
print(array.array("L", [2 ** 32]))
