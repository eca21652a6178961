# capitalize, title, swapcase
print("hello world".capitalize(), "hELLO".capitalize())
print("hello world".title(), "they're bill's".title())
print("Hello".swapcase())
