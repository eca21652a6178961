# mpconform: features=tstring
# string.templatelib's Template and Interpolation can be built directly.
from string.templatelib import Interpolation, Template

i = Interpolation(42, "answer")
print(i.value, i.expression, i.conversion, repr(i.format_spec))
j = Interpolation("v", "e", "r", "^5")
print(j.value, j.expression, j.conversion, j.format_spec)
t = Template("a", i, "b", "c", j)
print(t.strings, t.values)
print(Template().strings, Template(i).strings)
print(type(t"{1}") is Template, isinstance(t"{1}".interpolations[0], Interpolation))
