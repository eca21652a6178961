# __getitem__ receives slice objects for slice syntax
class S:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("item", k)

s = S()
print(s[1], s[1:2], s[:3], s[::4], s[1:2:3], s[-1])
