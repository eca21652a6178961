"""
categories: Types,complex
description: Integer powers of complex numbers can carry rounding error
cause: Complex power is computed with exp/log instead of repeated multiplication.
workaround: Multiply explicitly (z * z) for small integer powers.
"""
print(1j ** 2)
