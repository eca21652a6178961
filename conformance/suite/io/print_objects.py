class Shown:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"


print(Shown(), [Shown()], (Shown(),))
print(None, True, 12, -3, "s", b"b")
