class Turnstile:
    TRANSITIONS = {("locked", "coin"): "open", ("open", "push"): "locked",
                   ("locked", "push"): "locked", ("open", "coin"): "open"}

    def __init__(self):
        self.state = "locked"

    def feed(self, event):
        self.state = self.TRANSITIONS[(self.state, event)]
        return self.state


t = Turnstile()
print([t.feed(e) for e in ("push", "coin", "coin", "push", "push")])
try:
    t.feed("kick")
except KeyError:
    print("KeyError: unknown event")
