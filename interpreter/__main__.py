"""`python -m interpreter`: the reference interpreter's command line."""
import sys

from .main import main

sys.exit(main(sys.argv[1:]))
