# an instance attribute shadows a method of the same name
class C:
    def m(self):
        return "method"
c = C()
c.m = lambda: "instance attr"
print(c.m(), C().m())
