"""Parser, statements part and entry points: recursive descent after py/grammar.h (Python 3 as MicroPython has it)."""
from __future__ import annotations

__all__ = ["parse"]

from .lexer import MpSyntaxError, tokenize
from .match import at_match, parse_match
from .node import AUG_OPS, STMT_END, Node
from .parse_expr import ExprParser
from .runtime import State, mp


class _Parser(ExprParser):
    """Statement rules; the expression rules and the token cursor come from ExprParser."""

    # ---- statements
    def file_input(self) -> list[Node]:
        body = []
        while self.tok.kind != "END":
            if self.tok.kind == "NEWLINE":
                self.i += 1
                continue
            self.refuse_indent()
            body.extend(self.statement())
        return body

    def refuse_indent(self) -> None:
        """A statement of the module (or the prompt's) must not be indented."""
        if self.tok.kind == "INDENT":
            raise MpSyntaxError("unexpected indent", self.tok.line, indent=True)

    def block(self) -> list[Node]:
        self.expect(":")
        if self.tok.kind != "NEWLINE":
            return self.simple_stmts()
        self.i += 1
        if self.tok.kind != "INDENT":
            raise MpSyntaxError("invalid syntax" if State.mp_messages else "expected an indented block",
                                self.tok.line, indent=not mp("syntax_indentation_error_type"))
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
            if v == "match" and not mp("syntax_match_statement") and at_match(self):
                return [parse_match(self)]
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
            if self.tok.kind in STMT_END:
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
                val = None if self.tok.kind in STMT_END or self.at_op(";") else self.testlist_star()
                return Node("Return", line, value=val)
            if v == "raise":
                self.i += 1
                exc = cause = None
                if self.tok.kind not in STMT_END and not self.at_op(";"):
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
        e = self.yield_or_testlist()
        if self.at_op("="):
            targets = [e]
            while self.accept("="):
                targets.append(self.yield_or_testlist())
            value = targets.pop()
            for x in targets:
                self.check_target(x, "assign")
            return Node("Assign", line, targets=targets, value=value)
        if self.tok.kind == "OP" and self.tok.value in AUG_OPS:
            op = self.next().value[:-1]
            if e.kind not in ("Name", "Attribute", "Subscript"):
                self.error("can't assign to expression" if State.mp_messages else
                           "illegal expression for augmented assignment", line)
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
        """An expression statement's expression or value; := in it needs brackets."""
        if self.at_kw("yield"):
            return self.yield_expr()
        line = self.tok.line
        e = self.testlist_star()
        if e.kind == "NamedExpr" and not getattr(e, "paren", False):
            self.error("invalid syntax", line)
        return e

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


def parse(src: str, single: bool = False) -> list[Node]:
    """Parse a whole module's text into a list of statement nodes; `single`: one statement only, as
    compile mode 'single' (py/grammar.h's single_input) takes."""
    p = _Parser(tokenize(src))
    if not single:
        return p.file_input()
    while p.tok.kind == "NEWLINE":
        p.i += 1
    p.refuse_indent()
    body = p.statement() if p.tok.kind != "END" else []
    while p.tok.kind == "NEWLINE":
        p.i += 1
    if p.tok.kind != "END":
        p.error()
    return body
