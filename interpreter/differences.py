"""Documented MicroPython-vs-CPython differences as switchable semantics (ids = cpydiff file stems).

Each entry names one difference of the unix port 1.29 from CPython and how the reference models it:
  attr:     attributes the port lacks on some built-in types (AttributeError under `micropython`);
  builtin:  builtins the port lacks (NameError under `micropython`);
  message:  the port's wording of an error message;
  runtime:  modelled in the compiler/builtins, mostly through interpreter/obj*.py;
  library:  modelled by interpreter/lib (reads rt.profile);
  syntax:   modelled by the lexer, parser or compiler (runtime.mp(id));
  none:     documented but not modelled (the reference behaves like CPython in both profiles).
The `micropython` profile activates every entry; `--profile cpython` none.
"""
from __future__ import annotations

__all__ = ["Difference", "DIFFERENCES", "profile_ids", "missing_attrs", "missing_builtins"]

import types
from dataclasses import dataclass


@dataclass(frozen=True)
class Difference:
    description: str
    kind: str                       # attr | builtin | message | runtime | library | syntax | none
    types: tuple = ()               # attr: the host types concerned
    names: tuple = ()               # attr/builtin: the names concerned
    reason_not_modelled: str = ""   # kind none: why the reference keeps CPython's behaviour in both profiles


_F = types.FunctionType
DIFFERENCES: dict[str, Difference] = {
    "builtin_format": Difference("The format() builtin is not available", "builtin", names=("format",)),
    "builtin_vars": Difference("The vars() builtin is not available", "builtin", names=("vars",)),
    "builtin_print_sep_none": Difference("print() does not accept None for sep or end", "runtime"),
    "builtin_print_stream": Difference("print() writes only to streams: file= an object with a write() method "
                                       "raises OSError", "runtime"),
    "builtin_zip_strict": Difference("zip() does not accept the strict keyword", "runtime"),
    "core_call_args": Difference("Calls check their arguments as the port does: *args after a keyword argument is "
                                 "a SyntaxError; repeated keywords fail when called; ** takes what has keys()",
                                 "runtime"),
    "core_class_delnotimpl": Difference("__del__ is not called for user-defined classes", "runtime"),
    "core_class_getattribute": Difference("__getattribute__ is not supported on user classes", "runtime"),
    "core_class_index": Difference("Objects defining __index__ cannot be used as sequence indices", "runtime"),
    "core_class_initsubclass": Difference("__init_subclass__ is not called when a subclass is defined", "runtime"),
    "core_class_metaclass": Difference("metaclass= in a class statement is not supported", "runtime"),
    "core_class_mro": Difference("Method Resolution Order is depth-first, not C3", "runtime"),
    "core_class_mro_attr": Difference("Classes have no __mro__ attribute", "attr", (type,), ("__mro__",)),
    "core_class_name_mangling": Difference("Private class members are not name-mangled", "runtime"),
    "core_class_scope_shadow": Difference("A name a class body binds hides the enclosing function's variable of "
                                          "that name from the class's methods", "runtime"),
    "core_class_reflected_compare": Difference("Reflected comparison is not tried", "runtime"),
    "core_class_superproperty": Difference("super() property getter returns the property object", "runtime"),
    "core_errmsg_binop": Difference("TypeError for binary operators names the special method", "message"),
    "core_errmsg_int_parse": Difference("int() parse errors say invalid syntax for integer", "message"),
    "core_errmsg_keyerror_str": Difference("str() of a KeyError shows the key without quotes", "message"),
    "core_errmsg_nameerror": Difference("NameError says isn't defined", "message"),
    "core_exception_chaining": Difference("Exception chaining not implemented", "runtime"),
    "core_exception_traceback": Difference("Exceptions have no __traceback__ attribute", "runtime"),
    "core_function_defaults": Difference("Functions have no __defaults__ or __code__", "runtime"),
    "core_function_doc": Difference("Docstrings are not kept: functions have no __doc__", "attr", (_F,), ("__doc__",)),
    "core_function_moduleattr": Difference("Functions have no __module__", "attr", (_F,), ("__module__",)),
    "core_function_userattr": Difference("User-defined attributes for functions are not supported", "runtime"),
    "core_generator_noexit": Difference("An unfinished generator's finally does not run on collection", "none",
        reason_not_modelled="host generators run their finally when collected; stopping that needs the reference's own generator objects (not done yet)"),
    "core_import_relative_main": Difference("Relative import in the main script raises KeyError", "runtime"),
    "core_walrus_comprehension_scope": Difference(":= in a nested comprehension binds in the comprehension around "
                                                  "it, not in the enclosing function", "runtime"),
    "core_locals": Difference("Local variables aren't included in locals()", "runtime"),
    "core_locals_eval": Difference("Code run by eval cannot see the caller's local variables", "runtime"),
    "core_syntax_spaces": Difference("Spaces are required between number literals and keywords", "runtime"),
    "core_syntax_dict_unpack": Difference("Dictionary unpacking (**) in a dict display is a SyntaxError", "none",
        reason_not_modelled="a one-line parser check models it, but it turns syntax/star_expr_in_displays.py and upstream_style/python34_misc.py into reference xfails that conformance/expectations/ref must list first"),
    "core_syntax_unicode_nameesc": Difference("Unicode name escapes are not implemented", "runtime"),
    "modules_sys_getrecursionlimit": Difference("sys.getrecursionlimit() is not available", "runtime"),
    "modules_sys_modules_builtin": Difference("Built-in modules are not listed in sys.modules", "runtime"),
    "types_bool_int": Difference("bool is not a subclass of int", "runtime"),
    "types_bytes_decode_errors": Difference("bytes.decode() has no error handlers", "runtime"),
    "types_bytes_keywords": Difference("bytes() with keywords not implemented", "runtime"),
    "types_bytes_subscrstep": Difference("Bytes subscription with step != 1 not implemented", "runtime"),
    "types_complex_pow": Difference("Integer powers of complex numbers can carry rounding error", "runtime"),
    "types_dict_keys_set": Difference("dict keys view does not behave as a set", "none",
        reason_not_modelled="programs get host dict views; a keys() view without set operators needs a wrapper type (not done yet)"),
    "types_dict_order": Difference("Dictionaries do not keep insertion order", "none",
        reason_not_modelled="the port iterates a dict in its hash-table slot order (py/map.c, open addressing, size set by growth history); reproducing it needs a dict type of our own for every literal, keyword dict and namespace, at a large speed cost"),
    "types_exception_attrs": Difference("All exceptions have value and errno attributes", "runtime"),
    "types_exception_instancevar": Difference("User attributes on builtin exceptions are not supported", "runtime"),
    "types_exception_subclassinit": Difference("Exception.__init__ method does not exist", "runtime"),
    "types_float_format_precision": Difference("Float formatting beyond ~16 digits differs", "none",
        reason_not_modelled="the port's float-to-decimal conversion (py/formatfloat.c) makes the digits beyond ~16 significant places by its own approximation with no simple rule ('%.20f' % 0.982793723247329 ends ...900000 while repr ends ...291); modelling it means porting formatfloat.c"),
    "types_float_format_fixed_huge": Difference("Fixed-point formatting of huge floats drops decimals, then uses "
                                                "exponent notation", "none",
        reason_not_modelled="where the port's py/formatfloat.c runs out of its fixed buffer depends on its own digit generation (the same approximation as types_float_format_precision); modelling it means porting formatfloat.c"),
    "types_float_format_ties": Difference("Float formatting rounds exact binary ties away from zero", "none",
        reason_not_modelled="the port's py/formatfloat.c rounds the exact decimal expansion half away from zero while the host rounds half to even; modelling it means re-implementing %f/%e/%g and format() digits on exact values for every float conversion (not done yet)"),
    "types_float_is_integer": Difference("float.is_integer() and as_integer_ratio() are missing", "attr",
                                         (float,), ("is_integer", "as_integer_ratio")),
    "types_float_round": Difference("round() of a float to n digits may round halfway cases differently", "runtime"),
    "types_int_bit_length": Difference("int.bit_length() is not implemented", "attr", (int,), ("bit_length",)),
    "types_int_from_bytes_signed": Difference("int.from_bytes()/to_bytes() take no keywords", "runtime"),
    "types_int_real": Difference("int has no real, imag, numerator or denominator", "attr", (int,),
                                 ("real", "imag", "numerator", "denominator")),
    "types_list_delete_subscrstep": Difference("List delete with step != 1 not implemented", "runtime"),
    "types_list_sort_stability": Difference("list.sort() and sorted() are not stable", "runtime"),
    "types_list_store_subscrstep": Difference("List store with step != 1 not implemented", "runtime"),
    "types_memoryview_tobytes": Difference("memoryview has no tobytes() or tolist()", "attr", (memoryview,),
                                           ("tobytes", "tolist")),
    "types_slice_constructor": Difference("slice objects cannot be created by calling slice()", "runtime"),
    "types_str_casefold": Difference("str.casefold() is not implemented", "attr", (str,), ("casefold",)),
    "types_str_encode_codec": Difference("str.encode() always encodes UTF-8", "runtime"),
    "types_str_format_ascii": Difference("!a conversion and ascii() are not implemented", "builtin",
                                         names=("ascii",)),
    "types_str_format_width_unicode": Difference("Field widths count UTF-8 bytes", "none",
        reason_not_modelled="widths in % and format() would need the host's format-spec mini-language re-implemented on UTF-8 byte lengths (not done yet)"),
    "types_str_formatsubscr": Difference("Attributes/subscr not implemented in str.format()", "runtime"),
    "types_str_keywords": Difference("str(...) with keywords not implemented", "runtime"),
    "types_str_ljust_rjust": Difference("str.ljust() and str.rjust() not implemented", "attr", (str,),
                                        ("ljust", "rjust")),
    "types_str_removeprefix": Difference("str.removeprefix()/removesuffix() not implemented", "attr", (str,),
                                         ("removeprefix", "removesuffix")),
    "types_str_repr_nonascii": Difference("repr() of a str escapes every non-ASCII character", "runtime"),
    "types_float_repr": Difference("repr() of a float uses 16 significant digits if they read back exactly, else 17",
                                   "runtime"),
    "types_str_rsplitnone": Difference("str.rsplit(None, n) not implemented", "runtime"),
    "types_str_subscrstep": Difference("str subscript with step != 1 not implemented", "runtime"),
    "types_str_title": Difference("str.title(), swapcase(), capitalize() not implemented", "attr", (str,),
                                  ("title", "swapcase", "capitalize")),
    "types_str_unicode_case": Difference("upper() and lower() change only ASCII letters", "runtime"),
    "types_str_zfill": Difference("str.zfill() is not implemented", "attr", (str,), ("zfill",)),
    # differences of the unix port 1.29 that the catalogue has no entry for (ids named after their suite test)
    "syntax_fstring_debug_str": Difference('f"{x=}" formats the value with str(), not repr(); no spaces around =',
                                           "syntax"),
    "syntax_bare_star": Difference("A bare * with no keyword-only parameter after it is accepted", "syntax"),
    "syntax_fstring_format": Difference("f-strings are str.format calls: a field ends at the first : or } outside "
                                        "brackets, even inside a string; a lone } fails when evaluated", "syntax"),
    "syntax_positional_only": Difference("Positional-only parameters (/) are a SyntaxError", "syntax"),
    "syntax_numeric_underscore": Difference("Misplaced underscores in numeric literals are accepted", "syntax"),
    "syntax_bytes_non_ascii": Difference("Non-ASCII characters in a bytes literal are accepted", "syntax"),
    "syntax_string_prefix_case": Difference("String prefixes are lower case only: R'x' is a name and a string",
                                            "syntax"),
    "syntax_indentation_error_type": Difference("A missing indented block is a SyntaxError, not IndentationError",
                                                "syntax"),
    "syntax_await_in_comprehension": Difference("await inside a comprehension is a SyntaxError", "syntax"),
    "syntax_await_any_function": Difference("await is accepted in any function, not only in async def", "syntax"),
    "syntax_match_statement": Difference("The match statement is not supported", "syntax"),
    "core_module_const_fold": Difference("math.pi and errno.ENOENT are constants folded when compiling: they "
                                         "cannot be assigned or deleted", "syntax"),
    "modules_module_attrs": Difference("Built-in modules take no new attributes, and the module type cannot be "
                                       "called", "runtime"),
    "core_exception_unbound_local": Difference("A local read before assignment raises NameError, not "
                                               "UnboundLocalError", "message"),
}
# module-level differences (modules_*) are modelled by interpreter/lib from rt.profile; listed for completeness
_LIBRARY = """modules_array_containment modules_array_deletion modules_array_subscrstep modules_collections_counter
modules_deque_maxlen_kw modules_deque_rotate modules_hashlib_final modules_hashlib_hexdigest modules_io_readlines
modules_json_lenient modules_json_nonserializable modules_math_gcd modules_namedtuple_asdict modules_os_environ
modules_random_getrandbits modules_re_counted_repetition modules_re_findall modules_re_match_groups
modules_re_match_span modules_re_named_groups modules_struct_bool modules_struct_fewargs modules_struct_manyargs
modules_struct_whitespace_in_format""".split()
for _id in _LIBRARY:
    DIFFERENCES.setdefault(_id, Difference("modelled by the library module (see cpydiff)", "library"))


_ALL_IDS = frozenset(DIFFERENCES)
_NO_IDS: frozenset = frozenset()


def profile_ids(profile: str) -> frozenset[str]:
    """The ids whose MicroPython behaviour is active: all for 'micropython', none for 'cpython'. The same
    frozenset every time, so that a run forked from a primed worker neither builds nor copies it."""
    return _ALL_IDS if profile == "micropython" else _NO_IDS


_ATTRS_CACHE: dict[frozenset, dict[str, tuple]] = {}   # per process: every run of a profile asks the same


def missing_attrs(active: set[str]) -> dict[str, tuple]:
    """attribute name -> host types lacking it, for the active differences (shared: do not modify)."""
    key = frozenset(active)
    out = _ATTRS_CACHE.get(key)
    if out is None:
        out = _ATTRS_CACHE[key] = _missing_attrs(key)
    return out


def _missing_attrs(active: frozenset) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for k in active:
        d = DIFFERENCES.get(k)
        if d is not None and d.kind == "attr":
            for n in d.names:
                out[n] = out.get(n, ()) + d.types
    return out


_BUILTINS_CACHE: dict[frozenset, frozenset[str]] = {}


def missing_builtins(active: set[str]) -> frozenset[str]:
    key = frozenset(active)
    out = _BUILTINS_CACHE.get(key)
    if out is None:
        out = _BUILTINS_CACHE[key] = frozenset(
            n for k in key if (d := DIFFERENCES.get(k)) is not None and d.kind == "builtin" for n in d.names)
    return out
