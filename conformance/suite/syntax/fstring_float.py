# mpconform: features=fstring,float
# f-string float formatting
pi = 3.14159
print(f"{pi:.2f} {pi:8.3f} {pi:e} {-pi:+.1f} {0.5:%}")
