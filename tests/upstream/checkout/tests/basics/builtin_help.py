# help() prints a welcome text that differs between ports and versions: the .exp's ######## line takes it
# (builtin_help.py is one of run-tests.py's special tests, whose .exp lines are patterns).
try:
    help
except NameError:
    print("SKIP")
    raise SystemExit

help()
print("done")
