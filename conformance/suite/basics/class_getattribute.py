# __getattribute__ intercepts all attribute reads
class C:
    x = 1
    def __getattribute__(self, name):
        return "intercepted " + name
print(C().x, C().y)
