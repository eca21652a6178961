try:
    from . import pkg_simple
    print("imported")
except ImportError:
    print("ImportError")
