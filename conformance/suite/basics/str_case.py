# upper, lower, and case predicates on ASCII
s = "Hello World 123"
print(s.upper(), s.lower())
print("abc".isupper(), "ABC".isupper(), "abc".islower(), "aBc".islower(), "123".islower())
