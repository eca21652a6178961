print("Hello World".upper(), "Hello World".lower(), "hello world".capitalize() if hasattr("", "capitalize") else "Hello world")
print("abc".isalpha(), "ab1".isalpha(), "123".isdigit(), "12a".isdigit(), "".isdigit())
print(" \t\n".isspace(), "".isspace(), "ABC".isupper(), "AbC".isupper(), "abc".islower(), "a1".islower())
print("a".isalpha(), "1".isspace(), "A1".isupper())
