"""
categories: Modules,io
description: io.StringIO and io.BytesIO have no readlines() method
cause: Omitted to save code size; readline() and iteration work.
workaround: Use list(stream) or a readline() loop.
"""
import io

print(hasattr(io.StringIO("a\nb"), "readlines"))
