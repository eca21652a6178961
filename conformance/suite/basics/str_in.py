# substring membership
print("ell" in "hello", "" in "abc", "xyz" not in "abc", "a" in "")
