# mpconform: features=module:sys

import sys
impl = sys.implementation
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(isinstance(impl.version, tuple), len(impl.version) >= 3)
