# mpconform: features=float
# str.format with float format specs
for f in (0.0, 1.0, -2.5, 3.14159, 1234.5678):
    print("{:f} {:.2f} {:10.3f} {:<10.1f}| {:>10.1f}| {:^10.1f}|".format(f, f, f, f, f, f))
    print("{:e} {:.2e} {:g} {:.3g} {:+.1f} {:08.2f}".format(f, f, f, f, f, f))
