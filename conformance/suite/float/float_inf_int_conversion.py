# mpconform: features=float
# converting inf and nan to int fails with specific exceptions
for v in ("inf", "-inf", "nan"):
    try:
        int(float(v))
    except (OverflowError, ValueError) as e:
        print(v, type(e).__name__)
