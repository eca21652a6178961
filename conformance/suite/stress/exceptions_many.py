# mpconform: timeout=20

caught = 0
for i in range(20000):
    try:
        if i % 2:
            raise ValueError(i)
        raise KeyError(i)
    except ValueError:
        caught += 1
    except KeyError:
        caught += 2
print(caught)
