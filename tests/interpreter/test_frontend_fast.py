"""The lexer's master-regex path and the parser's precedence climbing / bare-atom fast path give the right answers."""
from __future__ import annotations

import ast
import random

import pytest

from mpconform.interpreter.lexer import MpSyntaxError, tokenize
from mpconform.interpreter.parse import parse
from mpconform.interpreter.runtime import State


def _toks(src):
    return [tuple(t) for t in tokenize(src)]


def test_names_mix_ascii_and_non_ascii_letters():
    assert _toks("\u00e91 = a\u00e9\n")[:3] == [("NAME", "\u00e91", 1), ("OP", "=", 1), ("NAME", "a\u00e9", 1)]


def test_a_dot_before_any_unicode_digit_starts_a_number():
    # str.isdigit() decides, as in the character-by-character lexer: '.\u0663' is 0.3
    assert [t[1] for t in _toks("x=.5+.\u0663\n") if t[0] == "NUMBER"] == [0.5, 0.3]


def test_string_prefixes_triple_quotes_and_line_numbers():
    toks = _toks("s = '''a\nb''' + \\\n  rb'c'\ny\n")
    assert toks[2] == ("STRING", ("", "a\nb"), 1)
    assert toks[3] == ("OP", "+", 2)
    assert toks[4] == ("STRING", ("rb", "c"), 3)
    assert ("NAME", "y", 4) in toks


def test_operators_match_longest_first():
    ops = [t[1] for t in _toks("a**=b//=c->d...:=e>>=f!=g\n") if t[0] == "OP"]
    assert ops == ["**=", "//=", "->", "...", ":=", ">>=", "!="]


def test_escaped_quotes_and_backslash_newlines_inside_strings():
    toks = _toks("x = 'a\\'b' \"c\\\nd\"\nz\n")
    assert toks[2] == ("STRING", ("", "a\\'b"), 1)
    assert toks[3] == ("STRING", ("", "c\\\nd"), 1)
    assert ("NAME", "z", 3) in toks


@pytest.mark.parametrize("src, msg, line", [
    ("x = 1\ny = 'abc\n", "unterminated string", 2),
    ("x = '''abc\n\n", "unterminated triple-quoted string", 1),
    ("x = 'abc\\", "unterminated string", 1),
    ("x = 1 $ 2\n", "invalid syntax", 1),
    ("x = 1 \\ 2\n", "invalid syntax", 1),
])
def test_lexer_errors_name_the_fault_and_line(src, msg, line, monkeypatch):
    monkeypatch.setattr(State, "mp_messages", False)     # CPython's wording
    with pytest.raises(MpSyntaxError) as e:
        tokenize(src)
    assert (e.value.msg, e.value.line) == (msg, line)


def test_an_open_string_is_invalid_syntax_in_the_ports_wording(monkeypatch):
    monkeypatch.setattr(State, "mp_messages", True)
    with pytest.raises(MpSyntaxError) as e:
        tokenize("x = '''abc" + chr(10))
    assert e.value.msg == "invalid syntax"


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_cr_and_crlf_read_as_newlines_everywhere(ending):
    # py/lexer.c turns CR LF and a lone CR into LF before tokenising, also inside string literals
    src = "if x:\n    s = '''a\nb'''\n    t = 'c\\\nd'\ny\n".replace("\n", ending)
    toks = _toks(src)
    assert ("STRING", ("", "a\nb"), 2) in toks and ("STRING", ("", "c\\\nd"), 4) in toks
    assert ("NAME", "y", 6) in toks and [t[0] for t in toks].count("INDENT") == 1
    with pytest.raises(MpSyntaxError):
        tokenize("s = 'a" + ending + "b'\n")


@pytest.mark.parametrize("src, msg", [
    ("0x\n", "invalid syntax for integer with base 16: ''"),
    ("0b1_2\n", "invalid syntax for integer with base 2: '12'"),
    ("0o19\n", "invalid syntax for integer with base 8: '19'"),
])
def test_bad_number_messages_are_the_ports(src, msg):
    with pytest.raises(MpSyntaxError) as e:
        tokenize(src)
    assert e.value.msg == msg


def test_tabs_indent_to_the_next_multiple_of_eight():
    kinds = [t[0] for t in _toks("if x:\n\tpass\n        pass\n")]
    assert kinds.count("INDENT") == 1 and kinds.count("DEDENT") == 1


# ---- parser: trees rendered fully parenthesised, compared with CPython's own parse of the same text
def _ours(n) -> str:
    k = n.kind
    if k == "Name":
        return n.id
    if k == "Const":
        return f"({n.value!r})"
    if k == "BinOp":
        return f"({_ours(n.left)} {n.op} {_ours(n.right)})"
    if k == "UnaryOp":
        return f"({n.op} {_ours(n.operand)})"
    if k == "Compare":
        return "(" + _ours(n.left) + "".join(f" {o} {_ours(c)}" for o, c in zip(n.ops, n.comparators)) + ")"
    if k == "BoolOp":
        return "(" + f" {n.op} ".join(_ours(v) for v in n.values) + ")"
    if k == "IfExp":
        return f"({_ours(n.body)} if {_ours(n.test)} else {_ours(n.orelse)})"
    if k == "Call":
        return f"{_ours(n.func)}({', '.join(_ours(a) for a in n.args)})"
    if k == "Attribute":
        return f"{_ours(n.value)}.{n.attr}"
    if k == "Subscript":
        return f"{_ours(n.value)}[{_ours(n.index)}]"
    raise AssertionError(f"unexpected node {k}")


_AST_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
            ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&",
            ast.MatMult: "@", ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not", ast.And: "and",
            ast.Or: "or", ast.Lt: "<", ast.Gt: ">", ast.LtE: "<=", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
            ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}


def _theirs(n) -> str:
    op = lambda o: _AST_OPS[type(o)]  # noqa: E731
    if isinstance(n, ast.Name):
        return n.id
    if isinstance(n, ast.Constant):
        return f"({n.value!r})"
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and isinstance(n.operand, ast.Constant) \
            and type(n.operand.value) is int:
        return f"({-n.operand.value!r})"   # the reference folds -<number> into a constant, as the port does
    if isinstance(n, ast.BinOp):
        return f"({_theirs(n.left)} {op(n.op)} {_theirs(n.right)})"
    if isinstance(n, ast.UnaryOp):
        return f"({op(n.op)} {_theirs(n.operand)})"
    if isinstance(n, ast.Compare):
        return "(" + _theirs(n.left) + "".join(f" {op(o)} {_theirs(c)}" for o, c in zip(n.ops, n.comparators)) + ")"
    if isinstance(n, ast.BoolOp):
        return "(" + f" {op(n.op)} ".join(_theirs(v) for v in n.values) + ")"
    if isinstance(n, ast.IfExp):
        return f"({_theirs(n.body)} if {_theirs(n.test)} else {_theirs(n.orelse)})"
    if isinstance(n, ast.Call):
        return f"{_theirs(n.func)}({', '.join(_theirs(a) for a in n.args)})"
    if isinstance(n, ast.Attribute):
        return f"{_theirs(n.value)}.{n.attr}"
    if isinstance(n, ast.Subscript):
        return f"{_theirs(n.value)}[{_theirs(n.slice)}]"
    raise AssertionError(f"unexpected node {ast.dump(n)}")


_BIN = "| ^ & << >> + - * / // % ** < > == != <= >= in is and or".split() + ["not in", "is not"]


def _random_expr(rnd: random.Random, depth: int) -> str:
    if depth <= 0 or rnd.random() < 0.3:
        return rnd.choice(["a", "b", "c", "1", "2", "f(a)", "a.b", "a[1]", "x.y(b)[c]"])
    r = rnd.random()
    if r < 0.15:
        return rnd.choice(["-", "~", "not ", "+"]) + _random_expr(rnd, depth - 1)
    if r < 0.25:
        return "(" + _random_expr(rnd, depth - 1) + ")"
    if r < 0.32:
        return f"{_random_expr(rnd, depth - 1)} if {_random_expr(rnd, depth - 1)} else {_random_expr(rnd, depth - 1)}"
    return f"{_random_expr(rnd, depth - 1)} {rnd.choice(_BIN)} {_random_expr(rnd, depth - 1)}"


def test_operator_trees_match_cpythons_precedence_and_associativity():
    rnd = random.Random(20261121)
    checked = 0
    for _ in range(1500):
        src = _random_expr(rnd, 4)
        try:
            theirs = ast.parse(src, mode="eval").body
        except SyntaxError:
            continue          # e.g. 'not' after a binary operator: CPython rejects it, so do we
        assert _ours(parse(f"x = {src}\n")[0].value) == _theirs(theirs), src
        checked += 1
    assert checked > 1000


def test_bare_atoms_and_walrus_keep_their_shape():
    assert parse("f(a, b.c, d[1])\n")[0].value.kind == "Call"
    n = parse("print(y := 3)\n")[0].value.args[0]
    assert (n.kind, n.target.id, n.value.value) == ("NamedExpr", "y", 3)
    assert parse("x = -1\n")[0].value.value == -1
