# with statement items grouped in parentheses (Python 3.10 syntax)
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
with (CM(1) as a,
      CM(2) as b):
    print(a + b)
