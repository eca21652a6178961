# mpconform: features=set
# in-place set operators and update methods
a = {1, 2, 3}
a |= {4}; print(sorted(a))
a &= {1, 2, 4}; print(sorted(a))
a -= {1}; print(sorted(a))
a ^= {2, 9}; print(sorted(a))
a.update([7], (8,)); print(sorted(a))
a.intersection_update({4, 7, 8}); print(sorted(a))
a.difference_update([8]); print(sorted(a))
a.symmetric_difference_update({4, 5}); print(sorted(a))
