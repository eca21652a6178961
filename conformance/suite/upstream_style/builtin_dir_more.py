class A:
    cls_attr = 1
    def meth(self):
        pass
a = A()
a.inst = 2
d = dir(a)
print("cls_attr" in d, "meth" in d, "inst" in d)
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print("cls_attr" in dir(A))
print(type(dir()))
import sys
print("path" in dir(sys))
x_local = 5
print("x_local" in dir())
