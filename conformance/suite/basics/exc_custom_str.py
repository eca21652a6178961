# a custom __str__ is used by str() of the exception
class E(Exception):
    def __str__(self):
        return "custom message"
try:
    raise E("ignored")
except E as e:
    print(str(e), e.args)
