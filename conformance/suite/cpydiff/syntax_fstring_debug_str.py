"""
categories: Syntax,f-strings
description: f"{x=}" formats the value with str(), not repr()
cause: The port's f-string parser expands {x=} to "x=" followed by {x}, without the !r conversion.
workaround: Write {x=!r} when the repr is wanted.
"""
name = "mp"
print(f"{name=}")
