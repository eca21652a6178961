# class bodies run arbitrary statements at definition time
class C:
    print("class body runs")
    items = []
    for i in range(3):
        items.append(i * i)
    if len(items) > 2:
        big = True
    del i
print(C.items, C.big, hasattr(C, "i"))
