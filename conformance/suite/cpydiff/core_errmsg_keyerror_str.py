"""
categories: Core,Messages
description: str() of a KeyError shows the key without quotes
cause: KeyError uses the plain exception str instead of repr of the key.
workaround: Print repr(e.args[0]) when the key is needed.
"""
try:
    {}["k"]
except KeyError as e:
    print(str(e))
