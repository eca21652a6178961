# mpconform: messages=type-only

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)


show(lambda: 1 // 0)
show(lambda: [][1])
show(lambda: {}["k"])
show(lambda: int("x"))
show(lambda: undefined_name)
show(lambda: None.attr)
show(lambda: 1 + "a")
