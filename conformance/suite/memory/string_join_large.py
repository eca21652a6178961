# mpconform: heap=64k

parts = [str(i % 10) for i in range(5000)]
s = "".join(parts)
print(len(s), s[:12], s.count("7"))
