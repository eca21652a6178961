"""t-strings (PEP 750) in the reference: off as in the unix port's standard build, on with -X tstring=yes."""
from __future__ import annotations

import pytest


def test_standard_build_has_no_tstrings(ref):
    rc, out = ref("t = 2\nprint(t, 't' 'x')\ntry:\n    eval('t\"x\"')\nexcept SyntaxError:\n    print('no')\n"
                  "try:\n    import string\nexcept ImportError:\n    print('no string')\n")
    assert (rc, out) == (0, "2 tx\nno\nno string\n")


def test_a_tstring_keeps_its_parts_unformatted(ref):
    rc, out = ref("x = 1.5\nw = 6\nt = t'a{x!r:>{w}}b{x=}'\nprint(t.strings, t.values)\n"
                  "print([(i.expression, i.conversion, i.format_spec) for i in t.interpolations])\n", tstrings=True)
    assert (rc, out) == (0, "('a', 'bx=', '') (1.5, 1.5)\n[('x', 'r', '>6'), ('x', 'r', '')]\n")


def test_fields_are_evaluated_left_to_right_with_their_specs(ref):
    src = "def f(v):\n    print('eval', v)\n    return v\nt = t'{f(1):{f(2)}}{f(3)}'\nprint(t.values)\n"
    assert ref(src, tstrings=True) == (0, "eval 1\neval 2\neval 3\n(1, 3)\n")


def test_string_templatelib_is_a_builtin_subpackage(ref):
    src = ("import string\nfrom string.templatelib import Template, Interpolation\n"
           "print(string.templatelib.Template is Template, type(t'') is Template, Template)\n"
           "import sys\nprint('string' in sys.modules, 'string.templatelib' in sys.modules)\n")
    assert ref(src, tstrings=True) == (0, "True True <class 'Template'>\nFalse False\n")


def test_template_repr_iteration_and_concatenation(ref):
    src = ("from string.templatelib import Template, Interpolation\n"
           "t = Template('a', 'b', Interpolation(1, 'x', 's', '>3'), '') + t'{2}c'\n"
           "print(repr(t))\nprint(list(t)[1])\n"
           "for bad in ('t + \"s\"', '\"s\" + t', 'Template(1)', 'Interpolation(1, \"x\", \"z\")',\n"
           "            'Interpolation(1, 2)'):\n"
           "    try:\n        eval(bad)\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__)\n")
    want = ("Template(strings=('ab', '', 'c'), interpolations=(Interpolation(1, 'x', 's', '>3'), "
            "Interpolation(2, '2', None, '')))\nInterpolation(1, 'x', 's', '>3')\n"
            "TypeError\nTypeError\nTypeError\nValueError\nTypeError\n")
    assert ref(src, tstrings=True) == (0, want)


@pytest.mark.parametrize("src", ['t"x" "y"', 'b"x" t"y"', 'bt"x"', 'ft"{1}"', 't"{}"', 't"{1!z}"', 't"}"'])
def test_malformed_tstrings_are_syntax_errors(ref, src):
    rc, out = ref(f"try:\n    eval({src!r})\nexcept SyntaxError:\n    print('SyntaxError')\n", tstrings=True)
    assert (rc, out) == (0, "SyntaxError\n")


def test_tstrings_under_the_cpython_profile(ref):
    rc, out = ref("v = 'é'\nt = T'{v!r}' tR'\\n'\nprint(t.strings, t.values, t.interpolations[0].conversion)\n",
                  profile="cpython", tstrings=True)
    assert (rc, out) == (0, "('', '\\\\n') ('é',) r\n")
