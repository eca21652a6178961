# mpconform: features=float
# compensated summation (Kahan) gives the formatted exact result
def kahan(vals):
    s = 0.0
    c = 0.0
    for v in vals:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print("%.10f" % kahan([0.1] * 10), "%.10f" % sum([0.1] * 10))
