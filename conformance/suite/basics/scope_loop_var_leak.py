# for-loop variables remain bound after the loop
for k in range(4):
    pass
print(k)
for m in []:
    pass
try:
    m
except NameError:
    print("NameError")
