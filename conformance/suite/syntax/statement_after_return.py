# code after return is never executed
def f():
    return "early"
    print("never")
print(f())
