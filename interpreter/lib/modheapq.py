"""heapq: heappush, heappop and heapify on lists, with extmod/modheapq.c's checks (CPython's algorithm)."""
from __future__ import annotations

from typing import Any

from mpconform.interpreter.lib._profile import cpython_mode

__all__ = ["make_module"]


def _check(heap: object) -> list:
    if not isinstance(heap, list):
        raise TypeError("heap must be a list")
    return heap


def _siftdown(heap: list, start: int, pos: int) -> None:
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _siftup(heap: list, pos: int) -> None:
    end, start, item = len(heap), pos, heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def heappush(heap, item):
    """Push `item` keeping the heap invariant."""
    _check(heap).append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item."""
    if not _check(heap):
        raise IndexError("empty heap")
    last = heap.pop()
    if not heap:
        return last
    top, heap[0] = heap[0], last
    _siftup(heap, 0)
    return top


def heapify(heap):
    """Turn a list into a heap in place."""
    _check(heap)
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


def make_module(rt: Any) -> dict[str, object]:
    """The heapq module (CPython's extra functions only under --profile cpython)."""
    ns: dict[str, object] = {"__name__": "heapq", "heappush": heappush, "heappop": heappop, "heapify": heapify}
    if cpython_mode(rt, "heapq"):
        def heappushpop(heap, item):
            if heap and heap[0] < item:
                item, heap[0] = heap[0], item
                _siftup(heap, 0)
            return item

        def heapreplace(heap, item):
            top = heap[0]
            heap[0] = item
            _siftup(heap, 0)
            return top

        def nsmallest(n, iterable, key=None):
            return sorted(iterable, key=key)[:n]

        def nlargest(n, iterable, key=None):
            return sorted(iterable, key=key, reverse=True)[:n]

        ns.update(heappushpop=heappushpop, heapreplace=heapreplace, nsmallest=nsmallest, nlargest=nlargest)
    return ns
