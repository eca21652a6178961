# writing into an instance's __dict__ creates attributes
class C:
    pass
c = C()
c.__dict__["z"] = 26
print(c.z)
