"""Which library modules follow CPython: the catalogued module differences (ids = cpydiff stems) per module."""
from __future__ import annotations

from typing import Any

__all__ = ["LIBRARY_DIFFERENCES", "ALL_IDS", "cpython_mode"]

# module -> ids of conformance/suite/cpydiff/modules_*.py that the module models (see interpreter/differences.py).
LIBRARY_DIFFERENCES: dict[str, tuple[str, ...]] = {
    "array": ("modules_array_containment", "modules_array_deletion", "modules_array_subscrstep"),
    "collections": ("modules_collections_counter", "modules_deque_maxlen_kw", "modules_deque_rotate",
                    "modules_namedtuple_asdict"),
    "hashlib": ("modules_hashlib_final", "modules_hashlib_hexdigest"),
    "io": ("modules_io_readlines",),
    "json": ("modules_json_lenient", "modules_json_nonserializable"),
    "math": ("modules_math_gcd",),
    "os": ("modules_os_environ",),
    "random": ("modules_random_getrandbits",),
    "re": ("modules_re_counted_repetition", "modules_re_findall", "modules_re_match_groups",
           "modules_re_match_span", "modules_re_named_groups"),
    "struct": ("modules_struct_bool", "modules_struct_fewargs", "modules_struct_manyargs",
               "modules_struct_whitespace_in_format"),
}
ALL_IDS: frozenset[str] = frozenset(i for ids in LIBRARY_DIFFERENCES.values() for i in ids)


def cpython_mode(rt: Any, module: str) -> bool:
    """True when `module` must behave as CPython's: one of its differences is switched off, or (for a
    module without catalogued differences) the profile is empty, i.e. --profile cpython."""
    profile = getattr(rt, "profile", None) or set()
    ids = LIBRARY_DIFFERENCES.get(module)
    if ids:
        return not all(i in profile for i in ids)
    return not profile
