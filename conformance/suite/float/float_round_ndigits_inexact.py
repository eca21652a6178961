# mpconform: features=float
# round() uses the exact binary value: 2.675 is stored just below 2.675, so it rounds down
print("%.4f" % round(2.675, 2))
print("%.4f" % round(1.005, 2))
print("%.4f" % round(0.285, 2))
