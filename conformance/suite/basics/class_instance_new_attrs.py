# instances of plain classes accept arbitrary new attributes
class C:
    pass
c = C()
for i in range(3):
    setattr(c, "a%d" % i, i)
print(c.a0, c.a1, c.a2)
