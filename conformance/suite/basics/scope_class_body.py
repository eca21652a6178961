# class bodies do not create an enclosing scope for methods
x = "module"
class C:
    x = "class"
    def m(self):
        return x
    y = x + "!"
print(C().m(), C.y)
