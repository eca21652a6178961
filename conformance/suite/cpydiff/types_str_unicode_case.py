"""
categories: Types,str,Unicode
description: upper() and lower() change only ASCII letters
cause: Case conversion has no Unicode tables.
workaround: Map non-ASCII letters with an explicit table when needed.
"""
print("\u00e9t\u00e9".upper())
