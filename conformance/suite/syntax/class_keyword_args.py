# class definition with keyword arguments forwarded to __init_subclass__
class Base:
    def __init_subclass__(cls, tag="none", **kw):
        cls.tag = tag
class A(Base, tag="a"):
    pass
class B(Base):
    pass
print(A.tag, B.tag)
