# io tests open data/ files for append and write, and remove what they create: each run gets its own copy.
import os

with open("data/file1", "a") as f:
    f.write("line three\n")
with open("data/file1") as f:
    print(f.read())
with open("data/new_file", "w") as f:
    f.write("fresh\n")
print(sorted(os.listdir("data")))
os.remove("data/new_file")
print(sorted(os.listdir("data")))
