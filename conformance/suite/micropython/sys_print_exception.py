# mpconform: features=module:micropython
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

import io
import sys
try:
    raise ValueError("shown")
except ValueError as e:
    buf = io.StringIO()
    sys.print_exception(e, buf)
    text = buf.getvalue()
print(text.startswith("Traceback"), text.rstrip().endswith("ValueError: shown"))
