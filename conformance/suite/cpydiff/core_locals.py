"""
categories: Core
description: Local variables aren't included in locals() result
cause: MicroPython doesn't maintain symbolic local environment, it is optimized to an array of slots. Thus, local variables can't be accessed by a name.
workaround: Pass the values explicitly, or use a dict.
"""
def test():
    val = 2
    print(sorted(locals()))


test()
