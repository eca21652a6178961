# bin/hex/oct use __index__ of user objects
class I:
    def __index__(self):
        return 10

print(bin(I()), hex(I()), oct(I()))
