# classes defined inside classes and functions
class Outer:
    class Inner:
        v = 1
    def make(self):
        class Local:
            w = 2
        return Local()
print(Outer.Inner.v, Outer().make().w, Outer.Inner.__name__)
