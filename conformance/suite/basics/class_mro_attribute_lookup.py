# attribute lookup order through multiple bases
class A:
    x = "A"
class B:
    x = "B"
    y = "B"
class C(A, B):
    pass
class D(B, A):
    pass
print(C.x, C.y, D.x)
