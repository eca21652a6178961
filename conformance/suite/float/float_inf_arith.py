# mpconform: features=float
# arithmetic on infinities
inf = float("inf")
print(inf + 1, inf * 2, -inf * 2, inf / 1e308, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf != inf - inf)
print(inf * 0 == inf * 0)
