# slice.indices normalizes a slice for a given length
print(slice(None).indices(5), slice(-2, None).indices(5), slice(1, 100, 2).indices(5), slice(None, None, -1).indices(4))
