b = b"a,b,,c"
print(b.split(b","), b.split(b",", 1), b.rsplit(b",", 1))
print(b.replace(b",", b";"), b.count(b","), b.find(b"c"), b.find(b"z"))
print(b"  ab  ".strip(), b"xxabxx".strip(b"x"), b"ab  ".rstrip(), b"  ab".lstrip())
print(b"abc".upper(), b"ABC".lower(), b"abc".startswith(b"a"), b"abc".endswith(b"bc"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]))
print(b"abc".decode(), b"\xc3\xa9".decode())
print(b"1,2".partition(b","), b"12".partition(b","))
print(b"ab".isdigit(), b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
try:
    b"abc".index(b"z")
except ValueError:
    print("ValueError")
try:
    b"a".join(["x"])
except TypeError:
    print("TypeError")
