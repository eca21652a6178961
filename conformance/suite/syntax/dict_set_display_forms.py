# trailing commas, empty displays and single-element tuples
print([1, 2,], (1,), {1: 2,}, (), [], {}, type({}).__name__)
# {1, 2,} with a trailing comma is still a set
print(sorted({1, 2,}))
