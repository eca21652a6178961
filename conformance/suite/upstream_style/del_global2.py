x = 1
del x
try:
    x
except NameError:
    print("NameError")
def f():
    global y
    y = 5
    del y
f()
try:
    y
except NameError:
    print("NameError")
try:
    del zzz
except NameError:
    print("NameError")
