try:
    open("io_no_such_file_here.txt")
except OSError as e:
    print("OSError", type(e).__name__ in ("OSError", "FileNotFoundError"))
