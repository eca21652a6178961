"""Compiler, code blocks part: functions, lambdas, generators and classes."""
from __future__ import annotations

__all__ = ["FuncMixin", "FuncCode"]

from .lexer import MpSyntaxError
from .node import Node
from .objstr import mp_repr, mp_str
from .objtype import prepare_class
from .runtime import UNBOUND, Cell, State, check_heap_unlocked, mp, push_frame


# builtins that read a buffer argument (bytes(buf), bytearray(buf), str(buf, encoding)) or allocate n bytes
_TAKE_BUFFER = {"bytes": bytes, "bytearray": bytearray, "str": str}


class FuncCode:
    """What the compiler knows about one function: layout of its frame and its compiled body."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


class FuncMixin:
    """Functions, lambdas and classes: their frames, argument binding and the host callables they become."""

    def _enter_scope(self, node):
        """Switch the compiler to the scope of `node`; returns the saved state."""
        saved = (self.sc, self.slots, self.nslots, self.hoist, self.loop_depth)
        sc = self.table[id(node)]
        self.sc = sc
        slots: dict[str, int] = {}
        idx = 1 if sc.kind == "function" else 2
        if sc.kind == "function":
            for p in sc.params:
                slots[p] = idx
                idx += 1
            for nm in sorted(sc.assigned):
                if sc.is_local(nm) and nm not in slots:
                    slots[nm] = idx
                    idx += 1
        for nm in sorted(sc.free | (sc.cells if sc.kind == "class" else set())):
            if nm not in slots:
                slots[nm] = idx
                idx += 1
        self.slots = slots
        self.nslots = idx
        self.hoist = None
        self.loop_depth = 0
        return saved

    def _leave_scope(self, saved) -> None:
        self.sc, self.slots, self.nslots, self.hoist, self.loop_depth = saved

    def _layout(self, sc, slots, nslots):
        """Frame template pieces: tail after params, cell slots to wrap, free slots and their sources."""
        nparams = len(sc.params) if sc.kind == "function" else 0
        tail = [UNBOUND] * (nslots - 1 - nparams)
        cell_slots = [slots[nm] for nm in sorted(sc.cells) if nm in slots and nm not in sc.free]
        free_names = sorted(sc.free)
        free_slots = [slots[nm] for nm in free_names]
        return tail, cell_slots, free_names, free_slots

    def _free_sources(self, free_names: list[str]) -> list[int]:
        """In the enclosing scope (current after leave), the slots holding the cells to capture."""
        out = []
        for nm in free_names:
            i = self.slots.get(nm)
            if i is None:
                raise MpSyntaxError(f"internal: free variable {nm} not found", 0)
            out.append(i)
        return out

    # ---- def / lambda
    def compile_function(self, n: Node, name: str, body_stmts: list[Node], emit: str) -> FuncCode:
        saved = self._enter_scope(n)
        saved_emit, self.emit = self.emit, emit
        sc = self.sc
        try:
            if emit == "viper":
                body, is_gen = self.viper_body(n, body_stmts)
            else:
                body, is_gen = self.block(body_stmts)
            if sc.is_generator or sc.is_async:
                body = self.as_gen(body, is_gen)
            slots, nslots = self.slots, self.nslots
        finally:
            self._leave_scope(saved)
            self.emit = saved_emit
        tail, cell_slots, free_names, free_slots = self._layout(sc, slots, nslots)
        a = n.args
        argnames = [x for x, _ in a.args]
        kwindex = {nm: slots[nm] for nm in argnames[getattr(a, "posonly", 0):] + [x for x, _ in a.kwonly]}
        qual = name
        if self.sc.kind == "class":
            qual = f"{self.sc.name}.{name}"
        elif self.sc.kind == "function":
            qual = f"{self.sc.name}.<locals>.{name}"
        return FuncCode(
            name=name, qualname=qual, filename=self.filename, body=body, nslots=nslots, tail=tail,
            nargs=len(argnames), argnames=argnames, vararg_slot=slots[a.vararg] if a.vararg else 0,
            kwonly=[(x, slots[x]) for x, _ in a.kwonly], kwarg_slot=slots[a.kwarg] if a.kwarg else 0,
            kwindex=kwindex, posonly=getattr(a, "posonly", 0), cell_slots=cell_slots, free_slots=free_slots,
            free_src=self._free_sources(free_names), is_gen=sc.is_generator, is_async=sc.is_async,
            module=self.g.get("__name__", "__main__"), doc=_docstring(body_stmts), traced=emit == "bytecode",
        )

    def function_maker(self, n: Node, name: str, body_stmts: list[Node], emit: str | None = None):
        """Closure evaluating to a new program function (defaults evaluated now, in this scope); a nested
        function has the emitter of its enclosing scope unless a decorator names one."""
        code = self.compile_function(n, name, body_stmts, emit or self.emit)
        a = n.args
        defaults = [self.expr(d) for _, d in a.args if d is not None]
        kwdefaults = [(x, self.expr(d)) for x, d in a.kwonly if d is not None]
        free_src = code.free_src

        def make(f):
            dv = tuple(d(f) for d in defaults)
            kd = {x: d(f) for x, d in kwdefaults}
            closure = [f[i] for i in free_src]
            return make_function(code, dv, kd, closure)
        return make

    def make_function_expr(self, n: Node):
        ret = Node("Return", n.line, value=n.body)
        return self.function_maker(n, "<lambda>", [ret])

    def s_FunctionDef(self, n):
        emit, decorators = self.emitter(n.decorators)
        make = self.function_maker(n, n.name, n.body, emit)
        decos = [self.expr(d) for d in decorators]
        st = self.store_name(n.name)

        if not decos:
            def run(f):
                st(f, make(f))
            return run

        def run(f):     # the decorators are evaluated before the function is created
            ds = [d(f) for d in decos]
            fn = make(f)
            for d in reversed(ds):
                fn = d(fn)
            st(f, fn)
        return run

    def emitter(self, decorators: list[Node]):
        """The emitter a function's @micropython.X decorator names, which the port's compiler takes (without
        evaluating micropython), and the decorators left to apply at run time (compile.c's
        compile_built_in_decorator)."""
        emit, rest = None, []
        for d in decorators:
            names = _dotted(d) if self.interp.profile else None
            if not names or names[0] != "micropython":
                rest.append(d)
                continue
            if len(names) != 2 or names[1] not in ("bytecode", "native", "viper"):
                raise MpSyntaxError("invalid micropython decorator", d.line)
            emit = names[1]
        return emit, rest

    # ---- class
    def s_ClassDef(self, n):
        bases = [self.expr(b) for b in n.bases]
        kws = [(k, self.expr(v)) for k, v in n.keywords]
        decos = [self.expr(d) for d in n.decorators]
        saved = self._enter_scope(n)
        sc = self.sc
        try:
            body, _ = self.block(n.body)
            slots, nslots = self.slots, self.nslots
        finally:
            self._leave_scope(saved)
        tail = [UNBOUND] * (nslots - 2)
        class_cell = slots.get("__class__") if "__class__" in sc.cells else None
        free_names = sorted(sc.free)
        free_slots = [slots[nm] for nm in free_names]
        free_src = self._free_sources(free_names)
        st = self.store_name(n.name)
        name = n.name
        qual = name if self.sc.kind == "module" else f"{self.sc.name}.{name}"
        modname = self.g.get("__name__", "__main__")
        filename = self.filename
        mpclass = bool(self.interp.profile)

        def run(f):
            ds = [d(f) for d in decos]
            bs = tuple(b(f) for b in bases)
            kw = {k: v(f) for k, v in kws}
            meta = kw.pop("metaclass", None)
            if meta is None:
                meta = type(bs[0]) if bs else type
            ns = {"__module__": modname, "__qualname__": qual}
            cf = [None, ns, *tail]
            for i, s in zip(free_slots, free_src):
                cf[i] = f[s]
            cell = None
            if class_cell is not None:
                cell = cf[class_cell] = Cell(UNBOUND)
            try:
                body(cf)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            for b in bs:
                if not isinstance(b, type):
                    raise TypeError("bases must be types" if State.mp_messages else
                                    "bases must be types")
            if mpclass:
                meta = prepare_class(meta, bs, ns, kws and {k: v(f) for k, v in kws})
            cls = meta(name, bs, ns, **kw)
            if cell is not None:
                cell.v = cls
            for d in reversed(ds):
                cls = d(cls)
            st(f, cls)
        return run

    # ---- special calls that need the caller's frame
    def special_call(self, n: Node):
        name = n.func.id
        g = self.g
        sc = self.sc
        if name == "super" and not n.args and not n.keywords and sc.kind == "function":
            if "__class__" not in sc.free or not sc.params:
                return None
            ci = self.slots["__class__"]
            si = self.slots[sc.params[0]]
            self_is_cell = sc.params[0] in sc.cells
            B = self.B

            def ev(f):
                if name in g:
                    return g[name]()
                cls = f[ci].v
                if cls is UNBOUND:
                    raise RuntimeError("super(): __class__ cell not found")
                obj = f[si].v if self_is_cell else f[si]
                return B["super"](cls, obj)
            return ev
        if name in ("locals", "globals", "vars") and not n.args and not n.keywords:
            if name == "vars":
                name = "locals"
            frame_dict = self.frame_dict()

            if name == "locals" and sc.kind == "function" and mp("core_locals"):
                frame_dict = lambda f: g  # noqa: E731  the port returns the module's globals

            def ev(f):
                if name in g:
                    return g[name]()
                if name == "globals":
                    return g
                return frame_dict(f)
            return ev
        if name in ("str", "repr") and len(n.args) == 1 and not n.keywords and n.args[0].kind != "Starred" \
                and self.interp.profile:
            arg = self.expr(n.args[0])
            B = self.B
            conv = mp_str if name == "str" else mp_repr

            def ev(f):
                fn = g[name] if name in g else B[name]
                v = arg(f)
                if fn is str or fn is repr:
                    if State.heap_locked and (fn is repr or type(v) is not str):
                        check_heap_unlocked()    # the new string needs the heap
                    return conv(v)
                return fn(v)
            return ev
        if name in _TAKE_BUFFER and n.args and not n.keywords and not any(a.kind == "Starred" for a in n.args):
            args = [self.expr(a) for a in n.args]
            B = self.B
            host = _TAKE_BUFFER[name]
            check_alloc = self.interp.check_alloc

            def ev(f):
                fn = g[name] if name in g else B[name]
                vals = [a(f) for a in args]
                if fn is host:
                    v = vals[0]
                    if type(v) is int and host is not str:
                        check_alloc(v + (host is bytes))     # bytes keep a terminating NUL, as str do
                    elif hasattr(type(v), "_mp_view"):
                        # arrays and views give their raw memory (a host class cannot offer the buffer protocol in 3.11)
                        vals[0] = v._mp_buffer()
                return fn(*vals)
            return ev
        if name in ("eval", "exec") and n.args and not n.keywords and not any(a.kind == "Starred" for a in n.args):
            args = [self.expr(a) for a in n.args]
            frame_dict = self.frame_dict()
            interp = self.interp
            is_module = sc.kind == "module"

            def ev(f):
                if name in g:
                    return g[name](*[a(f) for a in args])
                vals = [a(f) for a in args]
                src = vals[0]
                gl = vals[1] if len(vals) > 1 and vals[1] is not None else g
                lc = vals[2] if len(vals) > 2 else None
                if lc is None and len(vals) < 2 and not is_module and "core_locals_eval" not in interp.profile:
                    lc = frame_dict(f)
                return interp.run_source(src, gl, lc, mode=name)
            return ev
        return None

    def frame_dict(self):
        """A function building the dict locals() returns in the current scope."""
        sc = self.sc
        if sc.kind == "module":
            g = self.g
            return lambda f: g
        if sc.kind == "class":
            return lambda f: f[1]
        names = [(nm, i, nm in sc.cells or nm in sc.free) for nm, i in self.slots.items() if not nm.startswith(".")]

        def fd(f):
            d = {}
            for nm, i, is_cell in names:
                v = f[i].v if is_cell else f[i]
                if v is not UNBOUND:
                    d[nm] = v
            return d
        return fd

    # ---- comprehensions


def _dotted(n: Node) -> list[str] | None:
    """The names of a dotted-name decorator (`a.b.c`), None for any other expression."""
    if n.kind == "Name":
        return [n.id]
    if n.kind == "Attribute":
        head = _dotted(n.value)
        return head + [n.attr] if head else None
    return None


def _docstring(body: list) -> str | None:
    """A function's docstring, kept only under CPython semantics (catalogue entry core_function_doc)."""
    if body and body[0].kind == "Expr" and getattr(body[0].value, "kind", "") == "Const" \
            and type(body[0].value.value) is str and not mp("core_function_doc"):
        return body[0].value.value
    return None


def _bind(code: FuncCode, args: tuple, kw: dict, defaults: tuple, kwdefaults: dict) -> list:
    """Slow path of argument binding: defaults, *args, keywords, keyword-only, **kwargs."""
    f = [None] * code.nslots
    for j in range(1, code.nslots):
        f[j] = UNBOUND
    npos = code.nargs
    name = code.name
    nargs = len(args)
    if nargs > npos:
        if not code.vararg_slot:
            raise TypeError(f"{name}() takes {npos} positional arguments but {nargs} were given")
        f[1:1 + npos] = args[:npos]
        f[code.vararg_slot] = tuple(args[npos:])
    else:
        f[1:1 + nargs] = args
        if code.vararg_slot:
            f[code.vararg_slot] = ()
    extra = {} if code.kwarg_slot else None
    if kw:
        kwindex = code.kwindex
        for k, v in kw.items():
            i = kwindex.get(k)
            if i is None:
                if extra is None:
                    raise TypeError(f"unexpected keyword argument '{k}'" if State.mp_messages else
                                    f"{name}() got an unexpected keyword argument '{k}'")
                extra[k] = v
                continue
            if f[i] is not UNBOUND:
                raise TypeError(f"function got multiple values for argument '{k}'" if State.mp_messages else
                                f"{name}() got multiple values for argument '{k}'")
            f[i] = v
    nd = len(defaults)
    first_default = npos - nd
    for j in range(npos):
        if f[1 + j] is UNBOUND:
            if j >= first_default:
                f[1 + j] = defaults[j - first_default]
            else:
                if State.mp_messages:
                    raise TypeError(f"{name}() takes {npos} positional arguments but {nargs} were given")
                missing = [code.argnames[x] for x in range(npos) if f[1 + x] is UNBOUND and x < first_default]
                raise TypeError(f"{name}() missing {len(missing)} required positional argument"
                                f"{'s' if len(missing) > 1 else ''}: " + ", ".join(f"'{m}'" for m in missing))
    for k, i in code.kwonly:
        if f[i] is UNBOUND:
            if k in kwdefaults:
                f[i] = kwdefaults[k]
            else:
                raise TypeError("function missing keyword-only argument" if State.mp_messages else
                                f"{name}() missing 1 required keyword-only argument: '{k}'")
    if code.kwarg_slot:
        f[code.kwarg_slot] = extra
    return f


def _fixed_arity(code: FuncCode, n: int, body, tail, filename: str, name: str):
    """A host function whose parameters are the program's (host binding is much faster than ours).

    The template's parameter names are renamed to the program's with CodeType.replace, so keyword calls
    bind by the program's names; its own locals get names no program can spell."""
    if n == 0:
        def fn():
            f = [None, *tail]
            try:
                body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]
    elif n == 1:
        def fn(x0):
            f = [None, x0, *tail]
            try:
                body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]
    elif n == 2:
        def fn(x0, x1):
            f = [None, x0, x1, *tail]
            try:
                body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]
    elif n == 3:
        def fn(x0, x1, x2):
            f = [None, x0, x1, x2, *tail]
            try:
                body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]
    else:
        def fn(x0, x1, x2, x3):
            f = [None, x0, x1, x2, x3, *tail]
            try:
                body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]
    co = getattr(code, "fixed_co", None)
    if co is None:
        old = fn.__code__
        names = tuple(code.argnames) + tuple("." + v for v in old.co_varnames[n:])
        co = code.fixed_co = old.replace(co_varnames=names, co_name=name, co_qualname=code.qualname,
                                         co_posonlyargcount=code.posonly)
    fn.__code__ = co
    return fn


def make_function(code: FuncCode, defaults: tuple, kwdefaults: dict, closure: list):
    """Create the host callable that is the program's function object."""
    body = code.body
    # the fast path (exact positional count, no keywords) only fits plain signatures
    nargs = code.nargs if not (code.kwonly or code.vararg_slot or code.kwarg_slot) else -1
    tail = code.tail
    filename = code.filename if code.traced else None   # see push_frame
    name = code.name
    cells = code.cell_slots
    free = list(zip(code.free_slots, closure))
    simple = not cells and not free

    if code.is_gen or code.is_async:
        def run(f):
            try:
                yield from body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]

        def fn(*args, **kw):
            if kw or len(args) != nargs:
                f = _bind(code, args, kw, defaults, kwdefaults)
            else:
                f = [None, *args, *tail]
            for i in cells:
                f[i] = Cell(f[i])
            for i, c in free:
                f[i] = c
            g = run(f)
            g.__name__ = name
            g.__qualname__ = code.qualname
            return g
    elif simple and 0 <= nargs <= 4 and not code.is_gen:
        fn = _fixed_arity(code, nargs, body, tail, filename, name)
        if defaults:
            fn.__defaults__ = defaults
    elif simple:
        def fn(*args, **kw):
            if kw or len(args) != nargs:
                f = _bind(code, args, kw, defaults, kwdefaults)
            else:
                f = [None, *args, *tail]
            try:
                body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]
    else:
        def fn(*args, **kw):
            if kw or len(args) != nargs:
                f = _bind(code, args, kw, defaults, kwdefaults)
            else:
                f = [None, *args, *tail]
            for i in cells:
                f[i] = Cell(f[i])
            for i, c in free:
                f[i] = c
            try:
                body(f)
            except BaseException as e:
                push_frame(e, filename, name)
                raise
            return f[0]
    fn.__name__ = name
    fn.__qualname__ = code.qualname
    fn.__module__ = code.module
    fn.__doc__ = code.doc
    fn._mp_defaults = defaults
    fn._mp_filename = code.filename
    fn._mp_argcount = code.nargs
    fn._mp_argnames = code.argnames
    if closure:
        fn._mp_closure = closure     # its cells, for the heap model
    return fn
