# method overriding and calling the base implementation explicitly
class Base:
    def greet(self):
        return "base"
    def call(self):
        return self.greet()
class Child(Base):
    def greet(self):
        return "child+" + Base.greet(self)
print(Base().call(), Child().call())
print(isinstance(Child(), Base), issubclass(Child, Base), type(Child()).__name__)
