print("raises: before error")
raise ValueError("module failed")
