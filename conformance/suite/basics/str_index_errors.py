# string indexing out of range raises IndexError
s = "abc"
print(s[0], s[-1], s[2], s[-3])
for i in (3, -4):
    try:
        s[i]
    except IndexError:
        print("IndexError", i)
