# empty functions, classes, loops and blocks with pass
def f(): pass
class C: pass
for _ in []: pass
while False: pass
if False: pass
else: pass
try: pass
except Exception: pass
print(f(), C.__name__)
