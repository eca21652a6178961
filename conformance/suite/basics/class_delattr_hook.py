# __delattr__ intercepts del
class C:
    def __delattr__(self, name):
        print("del", name)
c = C()
del c.anything
