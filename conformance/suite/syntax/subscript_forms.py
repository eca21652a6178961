# subscripts with tuples, slices and mixtures arrive as tuples of slices and values
class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1, 2], s[...])
k = s[1:2, 3]
print(type(k).__name__, k[0].start, k[0].stop, k[0].step, k[1])
k = s[:, 0]
print(k[0].start, k[0].stop, k[1])
