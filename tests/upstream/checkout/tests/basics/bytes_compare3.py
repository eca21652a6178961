# Comparing str and bytes may print a warning on stderr (a build option): the .exp's ######## lines take it,
# or nothing (bytes_compare3.py is one of run-tests.py's special tests).
print(b"123" == "123")
print("123" == b"123")
