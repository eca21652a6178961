# adjacent string literals concatenate across lines inside parentheses
msg = ("first "
       'second '
       """third""")
print(msg)
