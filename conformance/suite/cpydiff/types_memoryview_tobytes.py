"""
categories: Types,memoryview
description: memoryview has no tobytes() or tolist() method
cause: Omitted to save code size.
workaround: Use bytes(mv) and list(mv).
"""
mv = memoryview(b"abc")
print(hasattr(mv, "tobytes"), hasattr(mv, "tolist"))
