# slice assignment that grows, shrinks and inserts
l = list(range(10))
l[2:5] = ["a"]; print(l)
l[1:1] = ["x", "y"]; print(l)
l[:2] = []; print(l)
l[-2:] = [100, 200, 300]; print(l)
l[:] = [1, 2]; print(l)
l[5:] = [3]; print(l)
