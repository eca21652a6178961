# mpconform: features=float
# negative zero compares equal to zero but keeps its sign in str
z = -0.0
print(z, z == 0.0, 0.0 * -1, -0.0 + 0.0, abs(z))
print("%.1f" % z)
