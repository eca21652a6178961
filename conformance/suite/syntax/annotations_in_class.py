# annotated class attributes with and without values
class C:
    a: int = 1
    b: str
print(C.a, hasattr(C, "b"))
