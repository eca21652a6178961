# mpconform: features=float
# %*.*f takes width and precision from the arguments
print("[%*.*f]" % (10, 3, 3.14159), "[%-*.1f]" % (6, 2.3))
