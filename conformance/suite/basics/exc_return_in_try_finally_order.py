# finally runs after the return expression is evaluated
def f(log):
    try:
        return log.append("return expr") or "value"
    finally:
        log.append("finally")
log = []
print(f(log), log)
