"""
categories: Types,str,Unicode
description: repr() of a str escapes every non-ASCII character
cause: repr() only leaves printable ASCII unescaped; CPython keeps printable Unicode characters.
workaround: Print the string itself (str) when it is meant for people to read.
"""
print(repr("caf\u00e9"))
