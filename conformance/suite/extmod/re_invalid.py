# mpconform: features=module:re

import re
for pat in ("(", "[a", "*"):
    try:
        re.compile(pat)
        print("compiled", pat)
    except Exception:
        print("rejected", pat)
