# mpconform: features=module:binascii

import binascii
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data)
