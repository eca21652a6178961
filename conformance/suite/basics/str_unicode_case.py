# mpconform: features=unicode
# upper() and lower() convert non-ASCII letters too
s = "caf\u00e9 \u00fcber"
print(s.upper().encode(), "\u00c9".lower().encode())
