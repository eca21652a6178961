# try requires except or finally; else requires except
for src in ("try:\n    pass\n", "try:\n    pass\nelse:\n    pass\n", "try:\n    pass\nfinally:\n    pass\n"):
    try:
        exec(src)
        print("ok")
    except SyntaxError:
        print("SyntaxError")
