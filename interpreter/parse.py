"""Parser: tokens to a syntax tree, recursive descent after py/grammar.h (Python 3 as MicroPython accepts it)."""
from __future__ import annotations

__all__ = ["Node", "parse", "parse_expr"]

from .runtime import mp
from .lexer import MpSyntaxError, Token, decode_escapes, tokenize


class Node:
    """A syntax tree node: `kind` names the construct; the other fields depend on it."""

    def __init__(self, kind: str, line: int, **fields):
        self.kind = kind
        self.line = line
        self.__dict__.update(fields)

    def __repr__(self) -> str:
        f = {k: v for k, v in self.__dict__.items() if k not in ("kind", "line")}
        return f"{self.kind}({f})"


_AUG = {"+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**="}
_COMP = {"<", ">", "==", ">=", "<=", "!="}
_STMT_END = {"NEWLINE", "END"}


class _Parser:
    def __init__(self, toks: list[Token]):
        self.toks = toks
        self.i = 0
        self.func_depth = 0

    # ---- token helpers
    @property
    def tok(self) -> Token:
        return self.toks[self.i]

    def peek(self, k: int = 1) -> Token:
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def at(self, value: str) -> bool:
        t = self.toks[self.i]
        return t.value == value and t.kind in ("OP", "NAME")

    def at_op(self, value: str) -> bool:
        t = self.toks[self.i]
        return t.kind == "OP" and t.value == value

    def at_kw(self, value: str) -> bool:
        t = self.toks[self.i]
        return t.kind == "NAME" and t.value == value

    def next(self) -> Token:
        t = self.toks[self.i]
        self.i += 1
        return t

    def accept(self, value: str) -> bool:
        if self.at(value):
            self.i += 1
            return True
        return False

    def expect(self, value: str) -> Token:
        if not self.at(value):
            self.error()
        return self.next()

    def error(self, msg: str = "invalid syntax", line: int | None = None):
        raise MpSyntaxError(msg, self.tok.line if line is None else line)

    def name(self) -> str:
        t = self.tok
        if t.kind != "NAME" or t.value in _KEYWORDS:
            self.error()
        self.i += 1
        return t.value

    # ---- statements
    def file_input(self) -> list[Node]:
        body = []
        while self.tok.kind != "END":
            if self.tok.kind == "NEWLINE":
                self.i += 1
                continue
            if self.tok.kind == "INDENT":
                raise MpSyntaxError("unexpected indent", self.tok.line, indent=True)
            body.extend(self.statement())
        return body

    def block(self) -> list[Node]:
        self.expect(":")
        if self.tok.kind != "NEWLINE":
            return self.simple_stmts()
        self.i += 1
        if self.tok.kind != "INDENT":
            raise MpSyntaxError("expected an indented block", self.tok.line,
                                indent=not mp("syntax_indentation_error_type"))
        self.i += 1
        body = []
        while self.tok.kind != "DEDENT" and self.tok.kind != "END":
            if self.tok.kind == "NEWLINE":
                self.i += 1
                continue
            body.extend(self.statement())
        if self.tok.kind == "DEDENT":
            self.i += 1
        return body

    def statement(self) -> list[Node]:
        t = self.tok
        if t.kind == "NAME":
            v = t.value
            if v == "if":
                return [self.if_stmt()]
            if v == "while":
                return [self.while_stmt()]
            if v == "for":
                return [self.for_stmt(False)]
            if v == "try":
                return [self.try_stmt()]
            if v == "with":
                return [self.with_stmt(False)]
            if v == "def":
                return [self.funcdef([], False)]
            if v == "class":
                return [self.classdef([])]
            if v == "async":
                self.i += 1
                if self.at_kw("def"):
                    return [self.funcdef([], True)]
                if self.at_kw("for"):
                    return [self.for_stmt(True)]
                if self.at_kw("with"):
                    return [self.with_stmt(True)]
                self.error()
        elif t.kind == "OP" and t.value == "@":
            return [self.decorated()]
        return self.simple_stmts()

    def simple_stmts(self) -> list[Node]:
        out = [self.small_stmt()]
        while self.accept(";"):
            if self.tok.kind in _STMT_END:
                break
            out.append(self.small_stmt())
        if self.tok.kind == "NEWLINE":
            self.i += 1
        elif self.tok.kind != "END":
            self.error()
        return out

    def small_stmt(self) -> Node:
        t = self.tok
        line = t.line
        if t.kind == "NAME":
            v = t.value
            if v == "pass":
                self.i += 1
                return Node("Pass", line)
            if v == "break":
                self.i += 1
                return Node("Break", line)
            if v == "continue":
                self.i += 1
                return Node("Continue", line)
            if v == "return":
                self.i += 1
                if self.func_depth == 0:
                    self.error("'return' outside function", line)
                val = None if self.tok.kind in _STMT_END or self.at_op(";") else self.testlist_star()
                return Node("Return", line, value=val)
            if v == "raise":
                self.i += 1
                exc = cause = None
                if self.tok.kind not in _STMT_END and not self.at_op(";"):
                    exc = self.test()
                    if self.accept("from"):
                        cause = self.test()
                return Node("Raise", line, exc=exc, cause=cause)
            if v in ("global", "nonlocal"):
                self.i += 1
                names = [self.name()]
                while self.accept(","):
                    names.append(self.name())
                return Node(v.capitalize(), line, names=names)
            if v == "del":
                self.i += 1
                targets = self.exprlist()
                targets = targets.elts if targets.kind == "Tuple" and not getattr(targets, "paren", False) else [targets]
                for x in targets:
                    self.check_target(x, "del")
                return Node("Del", line, targets=targets)
            if v == "assert":
                self.i += 1
                test = self.test()
                msg = self.test() if self.accept(",") else None
                return Node("Assert", line, test=test, msg=msg)
            if v == "import":
                return self.import_name()
            if v == "from":
                return self.import_from()
        e = self.yield_expr() if self.at_kw("yield") else self.testlist_star()
        if e.kind == "NamedExpr" and not getattr(e, "paren", False):
            self.error("invalid syntax", line)
        if self.at_op("="):
            targets = [e]
            while self.accept("="):
                targets.append(self.yield_or_testlist())
            value = targets.pop()
            for x in targets:
                self.check_target(x, "assign")
            return Node("Assign", line, targets=targets, value=value)
        if self.tok.kind == "OP" and self.tok.value in _AUG:
            op = self.next().value[:-1]
            if e.kind not in ("Name", "Attribute", "Subscript"):
                self.error("illegal expression for augmented assignment", line)
            return Node("AugAssign", line, target=e, op=op, value=self.yield_or_testlist())
        if self.at_op(":"):
            self.i += 1
            ann = self.test()
            value = None
            if self.accept("="):
                value = self.yield_or_testlist()
            self.check_target(e, "assign")
            return Node("AnnAssign", line, target=e, ann=ann, value=value)
        return Node("Expr", line, value=e)

    def yield_or_testlist(self) -> Node:
        if self.at_kw("yield"):
            return self.yield_expr()
        return self.testlist_star()

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

    def import_name(self) -> Node:
        line = self.next().line
        names = []
        while True:
            dotted = self.dotted_name()
            asname = self.name() if self.accept("as") else None
            names.append((dotted, asname))
            if not self.accept(","):
                break
        return Node("Import", line, names=names)

    def dotted_name(self) -> str:
        parts = [self.name()]
        while self.accept("."):
            parts.append(self.name())
        return ".".join(parts)

    def import_from(self) -> Node:
        line = self.next().line
        level = 0
        while self.at_op(".") or self.at_op("..."):
            level += len(self.next().value)
        module = None if self.at_kw("import") else self.dotted_name()
        self.expect("import")
        names = []
        if self.accept("*"):
            names = [("*", None)]
        else:
            paren = self.accept("(")
            while True:
                nm = self.name()
                asname = self.name() if self.accept("as") else None
                names.append((nm, asname))
                if not self.accept(","):
                    break
                if paren and self.at_op(")"):
                    break
            if paren:
                self.expect(")")
        return Node("ImportFrom", line, module=module, names=names, level=level)

    def if_stmt(self) -> Node:
        line = self.next().line
        test = self.namedexpr_test()
        body = self.block()
        orelse = []
        if self.at_kw("elif"):
            orelse = [self.if_stmt()]
        elif self.at_kw("else"):
            self.i += 1
            orelse = self.block()
        return Node("If", line, test=test, body=body, orelse=orelse)

    def while_stmt(self) -> Node:
        line = self.next().line
        test = self.namedexpr_test()
        body = self.block()
        orelse = self.block() if self.accept("else") else []
        return Node("While", line, test=test, body=body, orelse=orelse)

    def for_stmt(self, is_async: bool) -> Node:
        line = self.next().line
        target = self.exprlist()
        self.check_target(target, "for")
        self.expect("in")
        it = self.testlist()
        body = self.block()
        orelse = self.block() if self.accept("else") else []
        return Node("For", line, target=target, iter=it, body=body, orelse=orelse, is_async=is_async)

    def try_stmt(self) -> Node:
        line = self.next().line
        body = self.block()
        handlers = []
        while self.at_kw("except"):
            hline = self.next().line
            typ = name = None
            if not self.at_op(":"):
                typ = self.test()
                if self.accept("as"):
                    name = self.name()
                elif self.accept(","):
                    self.error()
            hbody = self.block()
            handlers.append(Node("Handler", hline, type=typ, name=name, body=hbody))
        orelse = []
        if self.at_kw("else"):
            if not handlers:
                self.error()
            self.i += 1
            orelse = self.block()
        final = []
        if self.accept("finally"):
            final = self.block()
        if not handlers and not final:
            self.error()
        for h in handlers[:-1]:
            if h.type is None:
                self.error("default 'except' must be last", h.line)
        return Node("Try", line, body=body, handlers=handlers, orelse=orelse, final=final)

    def with_stmt(self, is_async: bool) -> Node:
        line = self.next().line
        items = []
        paren = False
        if self.at_op("("):
            # `with (a as b, c):` — try the parenthesised form, fall back to an expression
            save = self.i
            try:
                self.i += 1
                items = self.with_items(")")
                self.expect(")")
                if not self.at_op(":"):
                    raise MpSyntaxError("", 0)
                paren = True
            except MpSyntaxError:
                self.i = save
                items = []
        if not paren:
            items = self.with_items(":")
        body = self.block()
        return Node("With", line, items=items, body=body, is_async=is_async)

    def with_items(self, end: str) -> list:
        items = []
        while True:
            e = self.test()
            tgt = None
            if self.accept("as"):
                tgt = self.expr()
                self.check_target(tgt, "assign")
            items.append((e, tgt))
            if not self.accept(",") or self.at_op(end):
                break
        return items

    def decorated(self) -> Node:
        decos = []
        while self.at_op("@"):
            self.i += 1
            decos.append(self.namedexpr_test())
            if self.tok.kind != "NEWLINE":
                self.error()
            self.i += 1
        if self.at_kw("def"):
            return self.funcdef(decos, False)
        if self.at_kw("class"):
            return self.classdef(decos)
        if self.at_kw("async"):
            self.i += 1
            if self.at_kw("def"):
                return self.funcdef(decos, True)
        self.error()

    def funcdef(self, decos: list, is_async: bool) -> Node:
        line = self.next().line
        name = self.name()
        self.expect("(")
        args = self.arglist_def(")")
        self.expect(")")
        returns = self.test() if self.accept("->") else None
        self.func_depth += 1
        try:
            body = self.block()
        finally:
            self.func_depth -= 1
        return Node("FunctionDef", line, name=name, args=args, body=body, decorators=decos,
                    is_async=is_async, returns=returns)

    def arglist_def(self, end: str, annotations: bool = True) -> Node:
        """Parameters of def (end=')') or lambda (end=':')."""
        line = self.tok.line
        args, kwonly = [], []
        vararg = kwarg = None
        seen_star = False
        seen_default = False
        posonly = 0
        names = set()

        def one_name():
            nm = self.name()
            if nm in names:
                self.error("duplicate argument name in function definition" if False else "invalid syntax", line)
            names.add(nm)
            if annotations and self.accept(":"):
                self.test()
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
        if seen_star and vararg is None and not kwonly:
            self.error()
        return Node("Arguments", line, args=args, vararg=vararg, kwonly=kwonly, kwarg=kwarg, posonly=posonly)

    def classdef(self, decos: list) -> Node:
        line = self.next().line
        name = self.name()
        bases, keywords = [], []
        if self.accept("("):
            bases, keywords = self.call_args()
            self.expect(")")
        saved = self.func_depth
        self.func_depth = 0
        try:
            body = self.block()
        finally:
            self.func_depth = saved
        return Node("ClassDef", line, name=name, bases=bases, keywords=keywords, body=body, decorators=decos)

    # ---- expressions
    def testlist_star(self) -> Node:
        """testlist_star_expr: a tuple display without brackets, stars allowed."""
        line = self.tok.line
        first = self.star_or_test()
        if not self.at_op(","):
            if first.kind == "Starred":
                self.error("*x must be assignment target" if False else "invalid syntax", line)
            return first
        elts = [first]
        while self.accept(","):
            if self.tok.kind in _STMT_END or self.at_op("=") or self.at_op(")") or self.at_op(";") \
                    or (self.tok.kind == "OP" and self.tok.value in _AUG) or self.at_op(":"):
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
            if self.at_kw("in") or self.at_op("=") or self.tok.kind in _STMT_END:
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
        if self.at_kw("lambda"):
            return self.lambdef()
        line = self.tok.line
        e = self.or_test()
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

    def or_test(self) -> Node:
        e = self.and_test()
        if self.at_kw("or"):
            vals = [e]
            while self.accept("or"):
                vals.append(self.and_test())
            return Node("BoolOp", e.line, op="or", values=vals)
        return e

    def and_test(self) -> Node:
        e = self.not_test()
        if self.at_kw("and"):
            vals = [e]
            while self.accept("and"):
                vals.append(self.not_test())
            return Node("BoolOp", e.line, op="and", values=vals)
        return e

    def not_test(self) -> Node:
        if self.at_kw("not"):
            line = self.next().line
            return Node("UnaryOp", line, op="not", operand=self.not_test())
        return self.comparison()

    def comparison(self) -> Node:
        e = self.expr()
        ops, rights = [], []
        while True:
            t = self.tok
            if t.kind == "OP" and t.value in _COMP:
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

    def _binary(self, sub, ops: tuple) -> Node:
        e = sub()
        while self.tok.kind == "OP" and self.tok.value in ops:
            t = self.next()
            e = Node("BinOp", t.line, op=t.value, left=e, right=sub())
        return e

    def expr(self) -> Node:
        return self._binary(self.xor_expr, ("|",))

    def xor_expr(self) -> Node:
        return self._binary(self.and_expr, ("^",))

    def and_expr(self) -> Node:
        return self._binary(self.shift_expr, ("&",))

    def shift_expr(self) -> Node:
        return self._binary(self.arith_expr, ("<<", ">>"))

    def arith_expr(self) -> Node:
        return self._binary(self.term, ("+", "-"))

    def term(self) -> Node:
        return self._binary(self.factor, ("*", "/", "//", "%", "@"))

    def factor(self) -> Node:
        t = self.tok
        if t.kind == "OP" and t.value in ("-", "+", "~"):
            self.i += 1
            operand = self.factor()
            if operand.kind == "Const" and t.value == "-" and type(operand.value) in (int, float, complex) \
                    and not getattr(operand, "folded", False):
                return Node("Const", t.line, value=-operand.value, folded=True)
            return Node("UnaryOp", t.line, op=t.value, operand=operand)
        return self.power()

    def power(self) -> Node:
        if self.at_kw("await"):
            line = self.next().line
            e = Node("Await", line, value=self.atom_expr())
        else:
            e = self.atom_expr()
        if self.at_op("**"):
            line = self.next().line
            e = Node("BinOp", line, op="**", left=e, right=self.factor())
        return e

    def atom_expr(self) -> Node:
        e = self.atom()
        while True:
            t = self.tok
            if t.kind != "OP":
                return e
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
                return e

    def call_args(self) -> tuple[list, list]:
        args, kws = [], []
        while not self.at_op(")"):
            t = self.tok
            if self.accept("*"):
                args.append(Node("Starred", t.line, value=self.test()))
            elif self.accept("**"):
                kws.append((None, self.test()))
            elif t.kind == "NAME" and self.peek().kind == "OP" and self.peek().value == "=":
                nm = self.name()
                self.i += 1
                kws.append((nm, self.test()))
            else:
                e = self.namedexpr_test()
                if self.at_kw("for") or self.at_kw("async"):
                    e = Node("GeneratorExp", e.line, elt=e, gens=self.comp_for())
                elif kws:
                    self.error("positional argument follows keyword argument", t.line)
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
            if v in _KEYWORDS:
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
        if self.tok.kind in _STMT_END or self.at_op(")") or self.at_op("=") or self.at_op(";") or self.at_op("]") \
                or self.at_op("}"):
            return Node("Yield", line, value=None)
        return Node("Yield", line, value=self.testlist_star())

    # ---- string literals (adjacent ones concatenate; f-strings split into parts)
    def strings(self) -> Node:
        line = self.tok.line
        parts: list = []       # str pieces and ("expr", node, conv, spec_parts) tuples
        kind_bytes = None
        has_f = False
        while self.tok.kind == "STRING":
            prefix, body = self.next().value
            is_b = "b" in prefix
            if kind_bytes is None:
                kind_bytes = is_b
            elif kind_bytes != is_b:
                self.error("cannot mix bytes and nonbytes literals", line)
            raw = "r" in prefix
            if is_b and not mp("syntax_bytes_non_ascii") and not body.isascii():
                self.error("bytes can only contain ASCII literal characters", line)
            if "f" in prefix:
                has_f = True
                parts.extend(self.fstring(body, raw, line))
            else:
                s = body if raw else decode_escapes(body, is_b, line)
                parts.append(s)
        if kind_bytes:
            s = "".join(parts)
            if any(ord(c) > 255 for c in s):
                self.error("bytes can only contain ASCII literal characters", line)
            return Node("Const", line, value=s.encode("latin-1"))
        if not has_f:
            return Node("Const", line, value="".join(parts))
        return Node("FString", line, parts=parts)

    def fstring(self, body: str, raw: bool, line: int) -> list:
        out: list = []
        i, n = 0, len(body)
        lit: list[str] = []

        def flush():
            if lit:
                s = "".join(lit)
                out.append(s if raw else decode_escapes(s, False, line))
                lit.clear()

        while i < n:
            c = body[i]
            if c == "{":
                if body[i + 1:i + 2] == "{":
                    lit.append("{")
                    i += 2
                    continue
                flush()
                j, expr_text, conv, spec = _split_field(body, i + 1, line)
                debug = _debug_text(expr_text)
                if debug is not None:
                    # f"{x=}": the text, then the value (repr by default in CPython, str in MicroPython)
                    out.append(debug)
                    expr_text = debug.rstrip()[:-1]
                    if conv is None and spec is None and not mp("syntax_fstring_debug_str"):
                        conv = "r"
                if not expr_text.strip():
                    self.error("empty expression not allowed in f-string" if False else "invalid syntax", line)
                e = parse_expr(expr_text, line)
                spec_parts = self.fstring(spec, raw, line) if spec is not None else None
                out.append(("expr", e, conv, spec_parts))
                i = j
            elif c == "}":
                if body[i + 1:i + 2] == "}":
                    lit.append("}")
                    i += 2
                    continue
                self.error("single '}' encountered in format string" if False else "invalid syntax", line)
            else:
                lit.append(c)
                i += 1
        flush()
        return out


def _split_field(body: str, i: int, line: int) -> tuple[int, str, str | None, str | None]:
    """Split an f-string replacement field starting after '{'; returns (end, expr, conv, spec)."""
    depth = 0
    n = len(body)
    j = i
    quote = None
    while j < n:
        c = body[j]
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and c == "!" and body[j + 1:j + 2] != "=":
            break
        elif depth == 0 and c == ":":
            break
        j += 1
    expr = body[i:j]
    conv = spec = None
    if j < n and body[j] == "!":
        conv = body[j + 1:j + 2]
        j += 2
    if j < n and body[j] == ":":
        k = j + 1
        d = 0
        while k < n:
            if body[k] == "{":
                d += 1
            elif body[k] == "}":
                if d == 0:
                    break
                d -= 1
            k += 1
        spec = body[j + 1:k]
        j = k
    if j >= n or body[j] != "}":
        raise MpSyntaxError("invalid syntax", line)
    return j + 1, expr, conv, spec


def _debug_text(expr: str) -> str | None:
    """For a self-documenting field f"{x=}" the text printed before the value, else None."""
    t = expr.rstrip()
    if not t.endswith("=") or t.endswith(("==", "!=", "<=", ">=")):
        return None
    if mp("syntax_fstring_debug_str") and (t != expr or t[:-1] != t[:-1].rstrip()):
        return None     # MicroPython takes only "x=" with no spaces around '='; the parser then rejects it
    return expr


_KEYWORDS = frozenset("""False None True and as assert async await break class continue def del elif else except
finally for from global if import in is lambda nonlocal not or pass raise return try while with yield""".split())


def parse(src: str) -> list[Node]:
    """Parse a whole module's text into a list of statement nodes."""
    p = _Parser(tokenize(src))
    return p.file_input()


def parse_expr(src: str, line: int = 1) -> Node:
    """Parse one expression (f-string fields and the eval builtin)."""
    toks = tokenize("(" + src.strip() + "\n)")
    toks = [Token(t.kind, t.value, t.line + line - 1) for t in toks]
    p = _Parser(toks)
    p.func_depth = 1
    e = p.testlist_star()
    while p.tok.kind == "NEWLINE":
        p.i += 1
    if p.tok.kind != "END":
        p.error()
    return e
