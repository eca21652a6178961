from . import first

# first is only partly initialised here: X exists, Y does not yet.
Z = first.X + 1
SAW_Y = hasattr(first, "Y")
