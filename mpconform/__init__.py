"""mpconform: conformance suite and differential fuzzer for MicroPython-family interpreters."""
import os as _os

__version__ = "0.1.0"

# Installed, the design card's top-level folders (runners/, fuzz/, conformance/, …) are copied inside this
# package (pyproject's package-dir). In a source checkout they sit beside it: searching the checkout too gives
# them the same names there, mpconform.runners and so on, and never the global `runners`.
_here = _os.path.dirname(_os.path.abspath(__file__))
_checkout = _os.path.dirname(_here)
if not _os.path.isdir(_os.path.join(_here, "runners")) and _os.path.isfile(
        _os.path.join(_checkout, "runners", "contract.py")):
    __path__.append(_checkout)
