class S:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 2
print(list(S()), [x for x in S()], tuple(S()))
a, b, c, d = S()
print(a, b, c, d)
print(max(S()), sorted(S(), reverse=True))
it = iter(S())
print(next(it), next(it))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))
