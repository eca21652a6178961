"""`python -m mpconform.interpreter`: the reference interpreter's command line."""
import sys

from .cli import main

sys.exit(main(sys.argv[1:]))
