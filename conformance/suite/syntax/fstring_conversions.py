# mpconform: features=fstring
# !r and !s conversions in f-strings, combined with specs
s = "x"
print(f"{s!r} {s!s} {s!r:>5}|")
