# mpconform: features=module:micropython
# sys.print_exception writes "Type: " and the message, an empty one too, whatever the exception's arguments.
import io
import sys

for make in (lambda: ValueError, lambda: ValueError(), lambda: KeyError(), lambda: StopIteration, lambda: OSError(5)):
    try:
        raise make()
    except Exception as e:
        buf = io.StringIO()
        sys.print_exception(e, buf)
        print(repr(buf.getvalue().splitlines()[-1]))
