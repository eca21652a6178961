# io tests create, append to and remove files under data/ (and leave the folder as they found it): the oracle
# and every target must allow that.
import os

name = "data/testfile"
for mode, text in (("w", "one\n"), ("a", "two\n")):
    f = open(name, mode)
    f.write(text)
    f.close()
print(open(name).read())
print(open("data/file1").readline())
print(sorted(os.listdir("data")))
os.remove(name)
print(sorted(os.listdir("data")))
