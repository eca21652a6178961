"""
categories: Types,str
description: str(...) with keywords not implemented
cause: Keyword arguments to the str constructor are not supported.
workaround: Input the encoding format directly. eg print(bytes('abc', 'utf-8'))
"""
try:
    print(str(b"abc", encoding="utf8"))
except NotImplementedError:
    print("NotImplementedError")
