# __name__ of classes and functions; __class__ of instances
class C:
    def m(self):
        pass
def f():
    pass
print(C.__name__, f.__name__, C().__class__ is C, C().__class__.__name__, type(C()) is C)
