# mpconform: features=module:micropython
# The filename given to compile() appears in the traceback of code it compiled.
import sys

code = compile("x = 1\n1 / 0\n", "myfile.py", "exec")
try:
    exec(code)
except ZeroDivisionError as e:
    sys.print_exception(e, sys.stdout)
