# mpconform: features=module:micropython
# help() with no argument prints the unix port's welcome text.
help()
