# trailing commas, empty displays and single-element tuples
print([1, 2,], (1,), {1: 2,}, (), [], {}, type({}).__name__)
# mpconform note: {1,} is a set
print(sorted({1, 2,}))
