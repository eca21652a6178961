"""
categories: Types,list
description: list.sort() and sorted() are not stable
cause: Sorting uses an in-place quicksort, which does not keep the order of equal keys.
workaround: Sort by a key that includes the original index: sorted(enumerate(seq), key=lambda p: (key(p[1]), p[0])).
"""
records = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(records, key=lambda r: r[1]))
