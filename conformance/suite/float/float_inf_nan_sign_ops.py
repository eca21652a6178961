# mpconform: features=float
# sign handling of inf and nan
inf = float("inf")
print(-inf < 0, abs(-inf), inf * -1, -(-inf), max(inf, 1e308), min(-inf, -1e308))
print(float("-nan") != float("-nan"))
