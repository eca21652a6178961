# Exceptions in loops: raise and catch built-in and user exceptions, try/finally, re-raise.
# mpconform-bench: n=1000 small=100
class Fault(Exception):
    pass


def risky(i):
    if i % 3 == 0:
        raise Fault(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


def bench(n):
    total = 0
    done = 0
    for i in range(n):
        try:
            try:
                total += risky(i)
            finally:
                done += 1
        except Fault as e:
            total += e.args[0] * 2
        except KeyError:
            total += 1
    return total * 10 + done
