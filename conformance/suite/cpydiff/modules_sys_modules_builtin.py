"""
categories: Modules,sys
description: Built-in modules are not listed in sys.modules
cause: sys.modules only records modules loaded from files; built-in modules are found in a ROM table.
workaround: Test for a module by importing it inside try/except ImportError.
"""
import sys

print("sys" in sys.modules)
