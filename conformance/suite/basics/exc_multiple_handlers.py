# the first matching handler wins; tuples of types match any
def f(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception:
        return "other"
for exc in (KeyError, IndexError, ZeroDivisionError, TypeError):
    print(f(exc))
