# return in a finally block overrides the try's return value and swallows its exception.
def a():
    try:
        return 1
    finally:
        return 2


def b():
    try:
        raise ValueError
    finally:
        return "swallowed"


def c():
    for i in range(3):
        try:
            continue
        finally:
            if i == 1:
                return "returned at 1"


def d():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(a(), b(), c(), d())
