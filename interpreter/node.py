"""Syntax tree nodes, each kind's fields after the py/grammar.h rule that builds it, and shared token sets."""
from __future__ import annotations

__all__ = ["Node", "FIELDS", "schema_problems", "AUG_OPS", "COMPARE_OPS", "STMT_END", "KEYWORDS"]


class Node:
    """A syntax tree node: `kind` names the construct; its other fields are those FIELDS lists for the kind."""

    def __init__(self, kind: str, line: int, **fields):
        self.kind = kind
        self.line = line
        self.__dict__.update(fields)

    def __repr__(self) -> str:
        f = {k: v for k, v in self.__dict__.items() if k not in ("kind", "line")}
        return f"{self.kind}({f})"


# kind -> its fields, with the rule of py/grammar.h (MicroPython's grammar, in CPython's notation) that builds
# it. A field ending in "?" is a mark, present only where it applies: `paren` on an expression written in
# brackets (`(a, b)` stays one target), `folded` on a constant folded from `-literal`, `identity` on a pattern
# that compares by `is`. Bodies are lists of statements; (name, default) pairs and the like are tuples.
_P = "paren?"
FIELDS: dict[str, tuple[str, ...]] = {
    # ---- statements
    # expr_stmt: testlist_star_expr                                  (evaluated for its effect)
    "Expr": ("value",),
    # expr_stmt: testlist_star_expr ('=' (yield_expr|testlist_star_expr))+
    "Assign": ("targets", "value"),
    # expr_stmt: testlist_star_expr augassign (yield_expr|testlist)   (op without its '=')
    "AugAssign": ("target", "op", "value"),
    # annassign: testlist_star_expr ':' test ['=' (yield_expr|testlist_star_expr)]
    "AnnAssign": ("target", "ann", "value"),
    # del_stmt: 'del' exprlist
    "Del": ("targets",),
    # pass_stmt: 'pass'
    "Pass": (),
    # break_stmt: 'break'
    "Break": (),
    # continue_stmt: 'continue'
    "Continue": (),
    # return_stmt: 'return' [testlist]
    "Return": ("value",),
    # raise_stmt: 'raise' [test ['from' test]]
    "Raise": ("exc", "cause"),
    # global_stmt: 'global' NAME (',' NAME)*
    "Global": ("names",),
    # nonlocal_stmt: 'nonlocal' NAME (',' NAME)*
    "Nonlocal": ("names",),
    # assert_stmt: 'assert' test [',' test]
    "Assert": ("test", "msg"),
    # import_name: 'import' dotted_as_names                          (names: (dotted, asname) pairs)
    "Import": ("names",),
    # import_from: 'from' ('.'* dotted_name | '.'+) 'import' ('*' | '(' import_as_names ')' | import_as_names)
    "ImportFrom": ("module", "names", "level"),
    # if_stmt: 'if' namedexpr_test ':' suite ('elif' namedexpr_test ':' suite)* ['else' ':' suite]
    #   (an elif is an If alone in orelse)
    "If": ("test", "body", "orelse"),
    # while_stmt: 'while' namedexpr_test ':' suite ['else' ':' suite]
    "While": ("test", "body", "orelse"),
    # for_stmt: ['async'] 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
    "For": ("target", "iter", "body", "orelse", "is_async"),
    # try_stmt: 'try' ':' suite ((except_clause ':' suite)+ ['else' ':' suite] ['finally' ':' suite]
    #           | 'finally' ':' suite)
    "Try": ("body", "handlers", "orelse", "final"),
    # except_clause: 'except' [test ['as' NAME]] ':' suite
    "Handler": ("type", "name", "body"),
    # with_stmt: ['async'] 'with' with_item (',' with_item)* ':' suite; with_item: test ['as' expr]
    #   (items: (context, target or None) pairs)
    "With": ("items", "body", "is_async"),
    # funcdef: decorator* ['async'] 'def' NAME parameters ['->' test] ':' suite
    "FunctionDef": ("name", "args", "body", "decorators", "is_async", "returns"),
    # typedargslist / varargslist: the parameters of def and lambda   (args, kwonly: (name, default) pairs;
    #   posonly: how many of args come before '/'; annotations: name -> annotation, where any)
    "Arguments": ("args", "vararg", "kwonly", "kwarg", "posonly", "annotations?"),
    # classdef: decorator* 'class' NAME ['(' [arglist] ')'] ':' suite
    "ClassDef": ("name", "bases", "keywords", "body", "decorators"),
    # match_stmt: 'match' subject_expr ':' NEWLINE INDENT case_block+ DEDENT   (CPython's grammar;
    #   cases: (pattern, guard, body) triples)
    "Match": ("subject", "cases"),
    # ---- expressions
    # namedexpr_test: test [':=' test]
    "NamedExpr": ("target", "value", _P),
    # test: or_test ['if' or_test 'else' test]
    "IfExp": ("test", "body", "orelse", _P),
    # lambdef: 'lambda' [varargslist] ':' test
    "Lambda": ("args", "body", _P),
    # or_test: and_test ('or' and_test)*; and_test: not_test ('and' not_test)*
    "BoolOp": ("op", "values", _P),
    # not_test: 'not' not_test; factor: ('+'|'-'|'~') factor
    "UnaryOp": ("op", "operand", _P),
    # comparison: expr (comp_op expr)*
    "Compare": ("left", "ops", "comparators", _P),
    # expr, xor_expr, and_expr, shift_expr, arith_expr, term: operand (operator operand)*;
    # power: atom_expr ['**' factor]
    "BinOp": ("left", "op", "right", _P),
    # atom_expr: 'await' atom trailer*
    "Await": ("value", _P),
    # trailer: '(' [arglist] ')'                                      (keywords: (name or None, value) pairs)
    "Call": ("func", "args", "keywords", _P),
    # trailer: '.' NAME
    "Attribute": ("value", "attr", _P),
    # trailer: '[' subscriptlist ']'
    "Subscript": ("value", "index", _P),
    # subscript: [test] ':' [test] [sliceop]
    "Slice": ("lower", "upper", "step", _P),
    # star_expr: '*' expr
    "Starred": ("value", _P),
    # atom: NAME
    "Name": ("id", _P),
    # atom: NUMBER | STRING+ | '...' | 'None' | 'True' | 'False'
    "Const": ("value", _P, "folded?"),
    # atom: STRING+ with an f-prefix                                 (parts: str, or (expr, conv, spec parts))
    "FString": ("parts", _P),
    # atom: STRING+ with a t-prefix               (strings: str tuple; fields: (expr, text, conv, spec parts))
    "TString": ("strings", "fields", _P),
    # testlist_comp, exprlist, testlist_star_expr: a tuple display
    "Tuple": ("elts", _P),
    # atom: '[' [testlist_comp] ']'
    "List": ("elts", _P),
    # dictorsetmaker: a set display
    "Set": ("elts", _P),
    # dictorsetmaker: a dict display                                 (keys: None for '**' entries)
    "Dict": ("keys", "values", _P),
    # comp_for: ['async'] 'for' exprlist 'in' or_test [comp_iter]     (gens: (target, iter, ifs, is_async))
    "ListComp": ("elt", "gens", _P),
    "SetComp": ("elt", "gens", _P),
    "DictComp": ("key", "value", "gens", _P),
    "GeneratorExp": ("elt", "gens", _P),
    # yield_expr: 'yield' [testlist]
    "Yield": ("value", _P),
    # yield_expr: 'yield' 'from' test
    "YieldFrom": ("value", _P),
    # ---- patterns of match (CPython's grammar)
    # or_pattern: closed_pattern ('|' closed_pattern)+
    "POr": ("alts",),
    # as_pattern: or_pattern 'as' NAME
    "PAs": ("pattern", "name"),
    # capture_pattern: NAME
    "PCapture": ("name",),
    # wildcard_pattern: '_'
    "PWild": (),
    # star_pattern: '*' NAME                                          (name: None for '*_')
    "PStar": ("name",),
    # literal_pattern | value_pattern: a constant, or a dotted name
    "PValue": ("value", "identity?"),
    # sequence_pattern: '[' [patterns] ']' | '(' [patterns] ')'
    "PSeq": ("items",),
    # mapping_pattern: '{' [items_pattern] ['**' NAME] '}'
    "PMap": ("keys", "pats", "rest"),
    # class_pattern: name_or_attr '(' [patterns] [keyword_patterns] ')'   (kws: (name, pattern) pairs)
    "PClass": ("cls", "args", "kws"),
}

_REQUIRED = {k: frozenset(f for f in fs if not f.endswith("?")) for k, fs in FIELDS.items()}
_ALLOWED = {k: frozenset(f.rstrip("?") for f in fs) for k, fs in FIELDS.items()}


def schema_problems(tree) -> list[str]:
    """Every node in `tree` (a node, or lists and tuples holding nodes) whose kind is not in FIELDS or whose
    fields are not exactly the kind's, as 'line N: Kind: ...' messages."""
    problems: list[str] = []
    stack = [tree]
    while stack:
        x = stack.pop()
        if isinstance(x, (list, tuple)):
            stack.extend(x)
            continue
        if not isinstance(x, Node):
            continue
        fields = {k: v for k, v in x.__dict__.items() if k not in ("kind", "line")}
        if x.kind not in FIELDS:
            problems.append(f"line {x.line}: unknown kind {x.kind!r}")
        else:
            missing = _REQUIRED[x.kind] - fields.keys()
            extra = fields.keys() - _ALLOWED[x.kind]
            if missing or extra:
                problems.append(f"line {x.line}: {x.kind}: missing {sorted(missing)}, undeclared {sorted(extra)}")
        stack.extend(fields.values())
    return problems


AUG_OPS = {"+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**="}
COMPARE_OPS = {"<", ">", "==", ">=", "<=", "!="}
STMT_END = {"NEWLINE", "END"}
KEYWORDS = frozenset("""False None True and as assert async await break class continue def del elif else except
finally for from global if import in is lambda nonlocal not or pass raise return try while with yield""".split())
