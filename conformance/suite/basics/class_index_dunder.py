# __index__ lets objects be used as sequence indices
class I:
    def __index__(self):
        return 1
print([10, 20, 30][I()], "abc"[I()])
