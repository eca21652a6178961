# mpconform: negative=run:ValueError
# an uncaught exception ends the program after the output printed so far
print("before")
raise ValueError("uncaught")
