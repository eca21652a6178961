"""
categories: Types,float
description: Formatting a float to n digits rounds an exact binary tie away from zero
cause: When the value is exactly halfway between two n-digit decimals (5164.03125 is exact in binary), MicroPython's float formatter rounds away from zero; CPython rounds half to even.
workaround: Avoid printing values that are exact decimal halfway cases at the chosen precision, or round integers in fixed point.
"""
print("%.4f" % 5164.03125)
print("{:.2f}".format(1.125))
print("%.0f" % 2.5)
