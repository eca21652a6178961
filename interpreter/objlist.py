"""list.sort and sorted() as py/objlist.c does them: its quicksort, not stable (types_list_sort_stability)."""
from __future__ import annotations

__all__ = ["mp_sort", "sorted_", "LIST_HOOKS"]

from .runtime import MISS, mp


def _quicksort(a: list, head: int, tail: int, key, less_result: bool) -> None:
    while head < tail:
        h, t = head - 1, tail
        v = a[tail] if key is None else key(a[tail])
        while True:
            h += 1
            while h < t and ((a[h] if key is None else key(a[h])) < v) == less_result:
                h += 1
            t -= 1
            while h < t and (v < (a[t] if key is None else key(a[t]))) == less_result:
                t -= 1
            if h >= t:
                break
            a[h], a[t] = a[t], a[h]
        a[h], a[tail] = a[tail], a[h]
        if t - head < tail - h - 1:
            _quicksort(a, head, t, key, less_result)
            head = h + 1
        else:
            _quicksort(a, h + 1, tail, key, less_result)
            tail = t


_INDISTINCT = (int, str, bytes)     # equal values of one of these types cannot be told apart


def mp_sort(a: list, *args, key=None, reverse=False) -> None:
    if args:
        raise TypeError("function takes 1 positional arguments but %d were given" % (len(args) + 1))
    if key is None and a and type(a[0]) in _INDISTINCT and all(type(x) is type(a[0]) for x in a):
        a.sort(reverse=reverse)     # same result as the port's quicksort, at the host's speed
        return
    _quicksort(a, 0, len(a) - 1, key, not reverse)


def sorted_(it, *args, key=None, reverse=False):
    if args:
        raise TypeError("function takes 1 positional arguments but %d were given" % (len(args) + 1))
    a = list(it)
    mp_sort(a, key=key, reverse=reverse)
    return a


def _sort_hook(v):
    if type(v) is not list or not mp("types_list_sort_stability"):
        return MISS
    return lambda *a, **kw: mp_sort(v, *a, **kw)


#: attribute hooks of lists (see attrs.py)
LIST_HOOKS = {"sort": _sort_hook}
