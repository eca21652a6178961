# mpconform: features=generators

def chain(n):
    if n == 0:
        yield "leaf"
    else:
        yield n
        yield from chain(n - 1)


out = list(chain(50))
print(len(out), out[:3], out[-2:])
