# and/or return one of their operands, not a bool
print(0 or "default", "x" or "y", [] and 1, 2 and 3, None or 0 or "", not [], not 5)
print(1 and 2 or 3, 0 and 2 or 3)
