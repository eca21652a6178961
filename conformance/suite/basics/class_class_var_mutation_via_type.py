# type(self).attr updates the class attribute for all instances
class C:
    n = 0
    def bump(self):
        type(self).n += 1
a, b = C(), C()
a.bump(); b.bump()
print(C.n, a.n, b.n)
