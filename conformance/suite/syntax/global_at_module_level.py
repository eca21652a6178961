# a global declaration at module level is allowed and harmless
global zz
zz = 7
print(zz)
