# global with several names
def setup():
    global g1, g2
    g1, g2 = "one", "two"
setup()
print(g1, g2)
