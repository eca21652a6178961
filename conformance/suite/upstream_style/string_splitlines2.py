print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\r\nb\rc".splitlines(), "no newline".splitlines())
