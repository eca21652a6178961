# mpconform: features=descriptors
# __set_name__ is called with the owner and attribute name
class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return "descriptor " + self.name
class C:
    attr = D()
print(C().attr)
