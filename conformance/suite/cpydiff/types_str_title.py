"""
categories: Types,str
description: str.title(), str.swapcase() and str.capitalize() are not implemented
cause: Omitted to save code size.
workaround: Combine upper()/lower() on slices.
"""
print(hasattr("", "title"), hasattr("", "swapcase"))
