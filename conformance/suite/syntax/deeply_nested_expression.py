# deeply nested parentheses and brackets parse
x = ((((((((((1))))))))))
y = [[[[[[2]]]]]]
z = {"a": {"b": {"c": [1, (2, {3: "deep"})]}}}
print(x, y[0][0][0][0][0][0], z["a"]["b"]["c"][1][1][3])
