# eval strips leading spaces and tabs from its expression
print(eval(" 1 + 1"), eval("\t2 * 3"))
