"""The command line behaves like the unix port's: exit codes, tracebacks on stderr, SystemExit, -c, profiles."""
from __future__ import annotations

import subprocess
import sys


def _cli(*args, cwd=None):
    r = subprocess.run([sys.executable, "-m", "mpconform.interpreter", *args], capture_output=True, text=True,
                       timeout=60, cwd=cwd)
    return r.returncode, r.stdout, r.stderr


def test_uncaught_exception_prints_traceback_to_stderr_and_exits_1(tmp_path):
    p = tmp_path / "x.py"
    p.write_text("def f():\n    raise ValueError('bad')\nprint('hi')\nf()\n")
    rc, out, err = _cli(str(p))
    assert (rc, out) == (1, "hi\n")
    assert err == (f'Traceback (most recent call last):\n  File "{p}", line 4, in <module>\n'
                   f'  File "{p}", line 2, in f\nValueError: bad\n')


def test_system_exit_code_and_dash_c():
    assert _cli("-c", "import sys; print(1); sys.exit(3)")[:2] == (3, "1\n")
    assert _cli("-c", "raise SystemExit")[0] == 0


def test_profile_switches_messages():
    src = "try:\n    undefined_name\nexcept NameError as e:\n    print(e)"
    assert _cli("-c", src)[1] == "name 'undefined_name' isn't defined\n"
    assert _cli("--profile", "cpython", "-c", src)[1] == "name 'undefined_name' is not defined\n"


def test_implementation_name_tells_the_reference_apart():
    assert _cli("-c", "import sys; print(sys.implementation.name)")[1] == "mpconform-ref\n"


def test_main_function_returns_exit_code(tmp_path, capfd):
    from mpconform.interpreter import main
    assert main(["-c", "print(6 * 7)"]) == 0
    assert capfd.readouterr().out == "42\n"
    assert main(["-c", "1/0"]) == 1
    assert capfd.readouterr().err.endswith("ZeroDivisionError: divide by zero\n")


def test_imports_sibling_module_in_sandbox(tmp_path):
    (tmp_path / "helper.py").write_text("VALUE = 5\n")
    (tmp_path / "main.py").write_text("import helper\nprint(helper.VALUE)\n")
    assert _cli(str(tmp_path / "main.py"))[:2] == (0, "5\n")


def test_emit_native_drops_the_traceback_entries_of_native_frames(tmp_path):
    p = tmp_path / "x.py"
    p.write_text("def g():\n    raise ValueError(1)\n@micropython.native\ndef f():\n    g()\nf()\n")
    rc, _, err = _cli(str(p))      # the decorator needs no import: the port's compiler takes it
    assert rc == 1 and err == (f'Traceback (most recent call last):\n  File "{p}", line 6, in <module>\n'
                               f'  File "{p}", line 2, in g\nValueError: 1\n')
    assert _cli("-X", "emit=native", "-c", "def f():\n    raise ValueError(2)\nf()")[2] == "ValueError: 2\n"


def test_emit_option_refuses_what_it_cannot_honour():
    assert _cli("-X", "emit=bytecode", "-c", "print(1)")[:2] == (0, "1\n")
    rc, _, err = _cli("-X", "emit=arm", "-c", "print(1)")
    assert rc == 1 and "Invalid command line arguments" in err
    rc, _, err = _cli("-X", "emit=viper", "-c", "print(1)")
    assert rc == 2 and "@micropython.viper" in err


def test_traceback_ends_type_colon_even_without_message():
    """objexcept.c prints 'Type: ' and the message, empty or not (the unix port 1.29: `ValueError: `)."""
    assert _cli("-c", "raise ValueError")[2].endswith("\nValueError: \n")
    assert _cli("-c", "raise ValueError('x')")[2].endswith("\nValueError: x\n")


def test_single_mode_keeps_the_last_value_shown_as_underscore():
    """As the port's REPL: `_` is the last value printed; None is neither printed nor kept."""
    src = "exec(compile('5', '', 'single')); exec(compile('None', '', 'single')); print(_)"
    assert _cli("-c", src)[:2] == (0, "5\n5\n")


def test_help_is_the_ports_text(request):
    """The banner on a tty says 'Type "help()"': what it then shows is the port's text, keys and all."""
    out = _cli("-c", "help(); help(1)")[1]
    assert out.startswith("Welcome to MicroPython!\n")
    assert "  CTRL-E        -- on a blank line, enter paste mode\n" in out
    assert "type help(obj)\nobject 1 is of type int\n" in out
    port = subprocess.run(request.getfixturevalue("unix_argv") + ["-c", "help(); help(1)"], capture_output=True,
                          text=True, timeout=60)
    assert out == port.stdout


def test_single_mode_refuses_an_indented_statement_as_the_port_does():
    """What the REPL compiles: '  1' at the prompt is an IndentationError there, as in a file."""
    assert _cli("-c", "exec(compile('  1', '', 'single'))")[2].endswith("\nIndentationError: unexpected indent\n")
