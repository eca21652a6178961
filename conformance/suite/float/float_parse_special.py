# mpconform: features=float
# float() accepts inf/nan spellings with signs and whitespace
for s in ("inf", "+inf", "-inf", " Infinity ", "nan", "-NaN", "+nan"):
    print(repr(s), float(s))
