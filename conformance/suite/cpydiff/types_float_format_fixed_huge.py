"""
categories: Types,float
description: Fixed-point formatting of a huge float drops decimals, then switches to exponent notation
cause: MicroPython formats a float into a fixed-size buffer. From about 1e26 '%.4f' keeps fewer decimals than asked, and from about 1e28 it prints exponent notation; CPython prints every integer digit and every decimal asked for. Found by mpconform fuzz ('%.4f' % -2.4758800785707605e27 printed -2.4759e+27).
workaround: Format huge values with %e or %g, or convert them to int before printing.
"""
print("%.4f" % 2.5e26)
print("%.4f" % -2.4758800785707605e27)
print("{:.2f}".format(1e30))
