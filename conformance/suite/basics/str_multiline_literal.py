# triple-quoted strings and implicit concatenation
s = """line1
line2"""
print(s)
t = ("abc"
     "def" 'ghi')
print(t, len(t))
print('''a'b"c''')
