"""
categories: Modules,os
description: os.environ attribute is not implemented
cause: Unknown
workaround: Use getenv, putenv and unsetenv where they exist.
"""
import os

print(hasattr(os, "environ"))
