"""Parser, expressions part: tests, operators, atoms, displays, comprehensions, strings and f-strings."""
from __future__ import annotations

__all__ = ["ExprParser", "parse_expr"]

from .lexer import MpSyntaxError, Token, decode_escapes, tokenize
from .node import AUG_OPS, COMPARE_OPS, KEYWORDS, STMT_END, Node
from .parse_const import fold_module_const
from .parse_cursor import TokenCursor
from .parse_string import StringMixin
from .runtime import State, mp


# Binary operators from `|` (loosest) to the `*` family (tightest); comparisons and `**` have their own rules.
_BINARY = {"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6}


# What test() must see before its first atom to need the full rule chain, and what may follow an atom
# inside a test before its own `if` (trailers, operators, comparisons, boolean keywords).
_PREFIX_WORDS = frozenset(("lambda", "not", "await", "-", "+", "~"))
_CONTINUE_OPS = frozenset(_BINARY) | COMPARE_OPS | {"(", "[", ".", "**"}
_CONTINUE_WORDS = frozenset(("or", "and", "in", "not", "is"))


class ExprParser(StringMixin, TokenCursor):
    """Expression rules of py/grammar.h, with the parameter lists and assignment targets that statements share;
    the statement parser (parse.py) extends it."""

    def testlist_star(self) -> Node:
        """testlist_star_expr: a tuple display without brackets, stars allowed."""
        line = self.tok.line
        first = self.star_or_test()
        if not self.at_op(","):
            if first.kind == "Starred":
                if self.at_op("="):
                    self.error("can't assign to expression" if State.mp_messages else
                               "starred assignment target must be in a list or tuple", line)
                self.error("invalid syntax", line)
            return first
        elts = [first]
        while self.accept(","):
            if self.tok.kind in STMT_END or self.at_op("=") or self.at_op(")") or self.at_op(";") \
                    or (self.tok.kind == "OP" and self.tok.value in AUG_OPS) or self.at_op(":"):
                break
            elts.append(self.star_or_test())
        return Node("Tuple", line, elts=elts)

    testlist = testlist_star

    def exprlist(self) -> Node:
        line = self.tok.line
        first = self.star_or_expr()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept(","):
            if self.at_kw("in") or self.at_op("=") or self.tok.kind in STMT_END:
                break
            elts.append(self.star_or_expr())
        return Node("Tuple", line, elts=elts)

    def star_or_expr(self) -> Node:
        if self.at_op("*"):
            line = self.next().line
            return Node("Starred", line, value=self.expr())
        return self.expr()

    def star_or_test(self) -> Node:
        if self.at_op("*"):
            line = self.next().line
            return Node("Starred", line, value=self.expr())
        return self.namedexpr_test()

    def namedexpr_test(self) -> Node:
        e = self.test()
        if self.at_op(":="):
            line = self.next().line
            if e.kind != "Name":
                self.error("can't assign to expression", line)
            return Node("NamedExpr", line, target=e, value=self.test())
        return e

    def test(self) -> Node:
        t = self.toks[self.i]
        if t.value in _PREFIX_WORDS and t.kind in ("NAME", "OP"):
            if t.value == "lambda" and t.kind == "NAME":
                return self.lambdef()
            e = self.or_test()
        else:
            # Fast path, same tree: most tests are a bare atom. Parse it once, and only when an operator or
            # trailer follows walk the rule chain, handing the atom down as its first operand.
            e = self.atom()
            nt = self.toks[self.i]
            if nt.value in _CONTINUE_OPS if nt.kind == "OP" else nt.value in _CONTINUE_WORDS and nt.kind == "NAME":
                e = self.or_test(e)
        line = t.line
        if self.at_kw("if"):
            self.i += 1
            cond = self.or_test()
            self.expect("else")
            other = self.test()
            return Node("IfExp", line, test=cond, body=e, orelse=other)
        return e

    def test_nocond(self) -> Node:
        if self.at_kw("lambda"):
            return self.lambdef(nocond=True)
        return self.or_test()

    def lambdef(self, nocond: bool = False) -> Node:
        line = self.next().line
        args = self.arglist_def(":", annotations=False)
        self.expect(":")
        self.func_depth += 1
        try:
            body = self.test_nocond() if nocond else self.test()
        finally:
            self.func_depth -= 1
        return Node("Lambda", line, args=args, body=body)

    def arglist_def(self, end: str, annotations: bool = True) -> Node:
        """Parameters of def (end=')') or lambda (end=':')."""
        line = self.tok.line
        args, kwonly = [], []
        vararg = kwarg = None
        seen_star = False
        seen_default = False
        posonly = 0
        names = set()
        notes: dict[str, Node] = {}

        def one_name():
            nm = self.name()
            if nm in names:
                self.error("argument name reused" if State.mp_messages else
                           f"duplicate argument '{nm}' in function definition", line)
            names.add(nm)
            if annotations and self.accept(":"):
                notes[nm] = self.test()
            return nm

        while not self.at_op(end):
            if self.accept("**"):
                kwarg = one_name()
                self.accept(",")
                break
            if self.accept("*"):
                if seen_star:
                    self.error()
                seen_star = True
                if not self.at_op(",") and not self.at_op(end):
                    vararg = one_name()
            elif self.at_op("/"):
                if mp("syntax_positional_only") or posonly or seen_star or not args:
                    self.error()
                self.i += 1
                posonly = len(args)
            else:
                nm = one_name()
                default = None
                if self.accept("="):
                    default = self.test()
                    seen_default = True
                elif seen_default and not seen_star:
                    self.error("non-default argument follows default argument", line)
                (kwonly if seen_star else args).append((nm, default))
            if not self.accept(","):
                break
        if seen_star and vararg is None and not kwonly and not mp("syntax_bare_star"):
            self.error("named arguments must follow bare *")
        node = Node("Arguments", line, args=args, vararg=vararg, kwonly=kwonly, kwarg=kwarg, posonly=posonly)
        if notes:
            node.annotations = notes    # read only by viper (emitviper.py): the port evaluates no annotation
        return node

    def check_target(self, x: Node, what: str) -> None:
        k = x.kind
        if k in ("Name", "Attribute", "Subscript"):
            return
        if k in ("Tuple", "List"):
            stars = 0
            for el in x.elts:
                if el.kind == "Starred":
                    stars += 1
                    if what == "del":
                        self.error("can't delete expression", x.line)
                    self.check_target(el.value, what)
                else:
                    self.check_target(el, what)
            if stars > 1:
                self.error("multiple *x in assignment", x.line)
            return
        if k == "Starred" and what == "for":
            self.check_target(x.value, what)
            return
        self.error("can't assign to expression" if what != "del" else "can't delete expression", x.line)

    def or_test(self, pre: Node | None = None) -> Node:
        e = self.and_test(pre)
        if self.at_kw("or"):
            vals = [e]
            while self.accept("or"):
                vals.append(self.and_test())
            return Node("BoolOp", e.line, op="or", values=vals)
        return e

    def and_test(self, pre: Node | None = None) -> Node:
        e = self.not_test(pre)
        if self.at_kw("and"):
            vals = [e]
            while self.accept("and"):
                vals.append(self.not_test())
            return Node("BoolOp", e.line, op="and", values=vals)
        return e

    def not_test(self, pre: Node | None = None) -> Node:
        if pre is None and self.at_kw("not"):
            line = self.next().line
            return Node("UnaryOp", line, op="not", operand=self.not_test())
        return self.comparison(pre)

    def comparison(self, pre: Node | None = None) -> Node:
        e = self.expr(1, pre)
        ops, rights = [], []
        while True:
            t = self.tok
            if t.kind == "OP" and t.value in COMPARE_OPS:
                op = t.value
                self.i += 1
            elif t.kind == "NAME" and t.value == "in":
                op = "in"
                self.i += 1
            elif t.kind == "NAME" and t.value == "not" and self.peek().value == "in":
                op = "not in"
                self.i += 2
            elif t.kind == "NAME" and t.value == "is":
                self.i += 1
                op = "is not" if self.accept("not") else "is"
            else:
                break
            ops.append(op)
            rights.append(self.expr())
        if ops:
            return Node("Compare", e.line, left=e, ops=ops, comparators=rights)
        return e

    def expr(self, min_prec: int = 1, pre: Node | None = None) -> Node:
        """expr .. term of py/grammar.h by precedence climbing: one loop over _BINARY instead of six rules,
        building the same left-associative BinOp trees."""
        e = self.factor(pre)
        toks = self.toks
        while True:
            t = toks[self.i]
            if t.kind != "OP":
                return e
            prec = _BINARY.get(t.value)
            if prec is None or prec < min_prec:
                return e
            self.i += 1
            e = Node("BinOp", t.line, op=t.value, left=e, right=self.expr(prec + 1))

    def arith_expr(self) -> Node:
        return self.expr(5)

    def factor(self, pre: Node | None = None) -> Node:
        t = self.toks[self.i]
        if pre is None and t.kind == "OP" and t.value in ("-", "+", "~"):
            self.i += 1
            operand = self.factor()
            if operand.kind == "Const" and t.value == "-" and type(operand.value) in (int, float, complex) \
                    and not getattr(operand, "folded", False):
                return Node("Const", t.line, value=-operand.value, folded=True)
            return Node("UnaryOp", t.line, op=t.value, operand=operand)
        return self.power(pre)

    def power(self, pre: Node | None = None) -> Node:
        if pre is None and self.at_kw("await"):
            line = self.next().line
            e = Node("Await", line, value=self.atom_expr())
        else:
            e = self.atom_expr(pre)
        if self.at_op("**"):
            line = self.next().line
            e = Node("BinOp", line, op="**", left=e, right=self.factor())
        return e

    def atom_expr(self, pre: Node | None = None) -> Node:
        e = self.atom() if pre is None else pre
        first = e
        while True:
            t = self.tok
            if t.kind != "OP":
                break
            if t.value == "(":
                self.i += 1
                args, kws = self.call_args()
                self.expect(")")
                e = Node("Call", t.line, func=e, args=args, keywords=kws)
            elif t.value == "[":
                self.i += 1
                idx = self.subscriptlist()
                self.expect("]")
                e = Node("Subscript", t.line, value=e, index=idx)
            elif t.value == ".":
                self.i += 1
                e = Node("Attribute", t.line, value=e, attr=self.name())
            else:
                break
        if e.kind == "Attribute" and e.value is first and first.kind == "Name":
            return fold_module_const(e)
        return e

    def call_args(self) -> tuple[list, list]:
        """arglist of a call or class: positional args (Starred for *x), keywords ((None, x) for **x)."""
        args, kws = [], []
        mpmsg = State.mp_messages
        while not self.at_op(")"):
            t = self.tok
            dbl = any(k is None for k, _ in kws)
            if self.accept("*"):
                if dbl:
                    self.error("* arg after **" if mpmsg else
                               "iterable argument unpacking follows keyword argument unpacking", t.line)
                if kws and mp("core_call_args"):
                    self.error("* arg after kwarg", t.line)
                args.append(Node("Starred", t.line, value=self.test()))
            elif self.accept("**"):
                kws.append((None, self.test()))
            elif t.kind == "NAME" and self.peek().kind == "OP" and self.peek().value == "=":
                nm = self.name()
                self.i += 1
                if not mp("core_call_args") and any(k == nm for k, _ in kws):
                    self.error(f"keyword argument repeated: {nm}", t.line)   # the port checks when calling
                kws.append((nm, self.test()))
            else:
                e = self.namedexpr_test()
                if self.at_kw("for") or self.at_kw("async"):
                    e = Node("GeneratorExp", e.line, elt=e, gens=self.comp_for())
                elif dbl:
                    self.error("positional arg after **" if mpmsg else
                               "positional argument follows keyword argument unpacking", t.line)
                elif kws:
                    self.error("positional arg after keyword arg" if mpmsg else
                               "positional argument follows keyword argument", t.line)
                args.append(e)
            if not self.accept(","):
                break
        return args, kws

    def subscriptlist(self) -> Node:
        line = self.tok.line
        first = self.subscript()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept(","):
            if self.at_op("]"):
                break
            elts.append(self.subscript())
        return Node("Tuple", line, elts=elts)

    def subscript(self) -> Node:
        line = self.tok.line
        lo = hi = step = None
        if not self.at_op(":"):
            lo = self.star_or_test() if self.at_op("*") else self.namedexpr_test()
            if not self.at_op(":"):
                return lo
        self.expect(":")
        if not self.at_op("]") and not self.at_op(",") and not self.at_op(":"):
            hi = self.test()
        if self.accept(":"):
            if not self.at_op("]") and not self.at_op(","):
                step = self.test()
        return Node("Slice", line, lower=lo, upper=hi, step=step)

    def comp_for(self) -> list:
        gens = []
        while self.at_kw("for") or self.at_kw("async"):
            is_async = self.accept("async")
            self.expect("for")
            target = self.exprlist()
            self.check_target(target, "for")
            self.expect("in")
            it = self.or_test()
            ifs = []
            while self.at_kw("if"):
                self.i += 1
                ifs.append(self.test_nocond())
            gens.append((target, it, ifs, is_async))
        return gens

    def atom(self) -> Node:
        t = self.tok
        line = t.line
        k = t.kind
        if k == "NAME":
            v = t.value
            if v in KEYWORDS:
                if v == "None":
                    self.i += 1
                    return Node("Const", line, value=None)
                if v == "True":
                    self.i += 1
                    return Node("Const", line, value=True)
                if v == "False":
                    self.i += 1
                    return Node("Const", line, value=False)
                if v == "yield":
                    self.error("'yield' outside function" if self.func_depth == 0 else "invalid syntax")
                self.error()
            self.i += 1
            return Node("Name", line, id=v)
        if k == "NUMBER":
            self.i += 1
            return Node("Const", line, value=t.value)
        if k == "STRING":
            return self.strings()
        if k == "OP":
            v = t.value
            if v == "(":
                self.i += 1
                if self.accept(")"):
                    return Node("Tuple", line, elts=[], paren=True)
                if self.at_kw("yield"):
                    e = self.yield_expr()
                    self.expect(")")
                    return e
                first = self.star_or_test()
                if self.at_kw("for") or self.at_kw("async"):
                    e = Node("GeneratorExp", line, elt=first, gens=self.comp_for())
                    self.expect(")")
                    return e
                if self.accept(")"):
                    if first.kind == "Starred":
                        self.error()
                    first.paren = True
                    return first
                elts = [first]
                while self.accept(","):
                    if self.at_op(")"):
                        break
                    elts.append(self.star_or_test())
                self.expect(")")
                return Node("Tuple", line, elts=elts, paren=True)
            if v == "[":
                self.i += 1
                if self.accept("]"):
                    return Node("List", line, elts=[])
                first = self.star_or_test()
                if self.at_kw("for") or self.at_kw("async"):
                    e = Node("ListComp", line, elt=first, gens=self.comp_for())
                    self.expect("]")
                    return e
                elts = [first]
                while self.accept(","):
                    if self.at_op("]"):
                        break
                    elts.append(self.star_or_test())
                self.expect("]")
                return Node("List", line, elts=elts)
            if v == "{":
                return self.dict_or_set()
            if v == "...":
                self.i += 1
                return Node("Const", line, value=Ellipsis)
        self.error()

    def dict_or_set(self) -> Node:
        line = self.next().line
        if self.accept("}"):
            return Node("Dict", line, keys=[], values=[])
        if self.accept("**"):
            keys, values = [None], [self.expr()]
            is_dict = True
        else:
            first = self.star_or_test()
            if self.accept(":"):
                val = self.test()
                if self.at_kw("for") or self.at_kw("async"):
                    e = Node("DictComp", line, key=first, value=val, gens=self.comp_for())
                    self.expect("}")
                    return e
                keys, values = [first], [val]
                is_dict = True
            else:
                if self.at_kw("for") or self.at_kw("async"):
                    e = Node("SetComp", line, elt=first, gens=self.comp_for())
                    self.expect("}")
                    return e
                elts = [first]
                is_dict = False
        while self.accept(","):
            if self.at_op("}"):
                break
            if is_dict:
                if self.accept("**"):
                    keys.append(None)
                    values.append(self.expr())
                else:
                    keys.append(self.test())
                    self.expect(":")
                    values.append(self.test())
            else:
                elts.append(self.star_or_test())
        self.expect("}")
        if is_dict:
            return Node("Dict", line, keys=keys, values=values)
        return Node("Set", line, elts=elts)

    def yield_expr(self) -> Node:
        line = self.next().line
        if self.func_depth == 0:
            self.error("'yield' outside function", line)
        if self.accept("from"):
            return Node("YieldFrom", line, value=self.test())
        if self.tok.kind in STMT_END or self.at_op(")") or self.at_op("=") or self.at_op(";") or self.at_op("]") \
                or self.at_op("}"):
            return Node("Yield", line, value=None)
        return Node("Yield", line, value=self.testlist_star())

    def parse_field(self, src: str, line: int) -> Node:
        """An expression inside a string literal (StringMixin's f-strings)."""
        return parse_expr(src, line)


def parse_expr(src: str, line: int = 1) -> Node:
    """Parse one expression (f-string fields and the eval builtin)."""
    toks = tokenize("(" + src.strip() + "\n)")
    toks = [Token(t.kind, t.value, t.line + line - 1) for t in toks]
    p = ExprParser(toks)
    p.func_depth = 1
    e = p.testlist_star()
    while p.tok.kind == "NEWLINE":
        p.i += 1
    if p.tok.kind != "END":
        p.error()
    return e
