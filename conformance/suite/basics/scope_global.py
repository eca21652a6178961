# global declares module-level names inside functions
g = 1
def read():
    return g
def write():
    global g
    g = 2
def create():
    global brand_new
    brand_new = "created"
print(read()); write(); print(g, read())
create(); print(brand_new)
