print(chr(65), chr(97), chr(48), chr(32) == " ")
print(ord("A"), ord("z"), ord("\n"), ord(b"a"))
print(ord(chr(200)), chr(ord("Q")))
print(repr(chr(0)), repr(chr(127)))
for bad in ("", "ab", b"", 5):
    try:
        ord(bad)
    except TypeError:
        print("TypeError")
try:
    chr(-1)
except ValueError:
    print("ValueError")
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
try:
    chr("a")
except TypeError:
    print("TypeError")
