# continue in a finally block resumes the loop and drops a pending exception or return.
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        print("body", i)
    finally:
        print("finally", i)
        continue
    print("not reached")


def f():
    for i in range(2):
        try:
            return i
        finally:
            continue
    return "after loop"


print(f())
i = 0
while i < 3:
    i += 1
    try:
        try:
            1 / 0
        finally:
            continue
    except ZeroDivisionError:
        print("never")
print("done", i)
