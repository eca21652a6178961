# mpconform: features=set
# set comprehensions deduplicate
print(sorted({x % 4 for x in range(20)}))
print(sorted({c.lower() for c in "AaBbC"}))
