# nested comprehensions see outer loop variables and enclosing function locals
def f(n):
    m = 10
    return [[i * m + j for j in range(i)] for i in range(n)]
print(f(4))
