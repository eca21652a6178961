class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.swallow


with Tracker("a") as t:
    print("body", t.name)
with Tracker("b", swallow=True):
    raise ValueError("hidden")
try:
    with Tracker("c"):
        raise KeyError("shown")
except KeyError:
    print("KeyError escaped")
