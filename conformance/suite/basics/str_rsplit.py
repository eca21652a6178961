# str.rsplit with an explicit separator
print("a,b,c,d".rsplit(",", 1))
print("a,b,c,d".rsplit(",", 2))
print("a,b,c,d".rsplit(","))
print("abc".rsplit(","))
