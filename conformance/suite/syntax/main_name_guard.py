# a script runs as __main__
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
