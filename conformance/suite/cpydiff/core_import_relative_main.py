"""
categories: Core,import
description: A relative import in the main script raises KeyError instead of ImportError
cause: The main module has no package, and the lookup of its parent fails with KeyError.
workaround: Do not use relative imports in the script that is run; catch Exception if probing.
"""
try:
    from . import anything
    print("imported")
except ImportError:
    print("ImportError")
except KeyError:
    print("KeyError")
