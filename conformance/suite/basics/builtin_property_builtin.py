# property() used as a plain function call
class C:
    def __init__(self):
        self._v = 1
    def getv(self):
        return self._v
    def setv(self, v):
        self._v = v * 10
    v = property(getv, setv)
c = C()
c.v = 2
print(c.v)
