# Class bodies may hold loops, conditionals, try/except and del of their own names.
class C:
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    if len(items) > 2:
        big = True
    else:
        big = False
    try:
        undefined_in_class
    except NameError:
        caught = "NameError"
    tmp = 1
    del tmp


print(C.items, C.big, C.caught, hasattr(C, "i"), hasattr(C, "tmp"))
