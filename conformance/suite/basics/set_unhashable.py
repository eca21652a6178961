# mpconform: features=set
# adding unhashable values to a set raises TypeError
for v in ([1], {1: 2}, {3}):
    try:
        {1}.add(v)
    except TypeError:
        print("TypeError", type(v).__name__)
