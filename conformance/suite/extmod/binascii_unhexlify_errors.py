# mpconform: features=module:binascii

import binascii
for bad in (b"abc", b"zz"):
    try:
        binascii.unhexlify(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError", bad)
