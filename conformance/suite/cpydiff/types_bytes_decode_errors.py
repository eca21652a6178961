"""
categories: Types,bytes,Unicode
description: bytes.decode() has no error handlers
cause: Invalid UTF-8 always raises UnicodeError; 'replace' and 'ignore' are not implemented.
workaround: Validate or clean the bytes before decoding.
"""
try:
    print(b"a\xffb".decode("utf-8", "replace"))
except UnicodeError:
    print("UnicodeError")
