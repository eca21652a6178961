"""Types the reference implements with host classes print as the port's do, whatever file defines them."""
from __future__ import annotations

import io

from mpconform.interpreter.cli import run_program

# What MicroPython's unix port 1.29 prints for this program.
_PROGRAM = """import sys
print(type(sys.stdout), type(sys.stdout.buffer), type(sys.implementation))
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(type(D), type(slice), type(super(D, D())), type(sys.modules), type(zip()))
"""
_PORT = ("<class 'TextIOWrapper'> <class 'FileIO'> <class 'tuple'>\n"
         "<class 'type'> <class 'type'> <class 'super'> <class 'dict'> <class 'zip'>\n")


def test_host_classes_show_the_ports_type_names():
    out = io.StringIO()
    assert run_program(code=_PROGRAM, stdout=out, stderr=out) == 0
    assert out.getvalue() == _PORT
