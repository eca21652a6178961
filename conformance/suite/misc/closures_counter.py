def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


a = make_counter(1)
b = make_counter(10)
print(a(), a(), b(), a(), b())
funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])
