x = 1 + \
    2
print(x)
print("a" "b" 'c')
print("""multi
line""")
print('''x'y"z''')
print(r"\n", len(r"\n"), "\x41\101\u0041")
l = [1,
     2,
     ]
print(l)
print(0xff, 0O7, 0B1, 1e3, 1E-2, .5, 5., 1_0.0_1)
if True: print("one-line if")
a = 1; b = 2; print(a + b)
# comment line
print("# not a comment")  # comment
print(1 if True else 2)
