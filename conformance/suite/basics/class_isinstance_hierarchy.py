# isinstance follows inheritance chains
class A: pass
class B(A): pass
class C(B): pass
c = C()
print([isinstance(c, k) for k in (A, B, C, object, int)])
print([issubclass(C, k) for k in (A, B, C, object)])
