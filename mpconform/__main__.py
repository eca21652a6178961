"""`python -m mpconform` is the `mpconform` command."""
import sys

from mpconform.cli import main

sys.exit(main())
