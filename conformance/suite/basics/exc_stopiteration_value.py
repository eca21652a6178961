# StopIteration carries a value
e = StopIteration(42)
print(e.value, e.args)
print(StopIteration().value)
