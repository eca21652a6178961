# mpconform: features=module:gc

import gc
print(gc.collect() is None or isinstance(gc.collect(), int))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
