"""mpconform: conformance suite and differential fuzzer for MicroPython-family interpreters."""
__version__ = "0.1.0"
