"""The errno module, following py/moderrno.c: the unix port's (Linux) numbers for MicroPython's set of names."""
from __future__ import annotations

import errno as _host_errno
from typing import Any

__all__ = ["make_module", "ERRNO_NAMES"]

ERRNO_NAMES = ("EACCES", "EADDRINUSE", "EAGAIN", "EALREADY", "EBADF", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET",
               "EEXIST", "EHOSTUNREACH", "EINPROGRESS", "EINVAL", "EIO", "EISDIR", "ENOBUFS", "ENODEV", "ENOENT",
               "ENOMEM", "ENOTCONN", "EOPNOTSUPP", "EPERM", "ETIMEDOUT")


def make_module(rt: Any) -> dict[str, object]:
    """The errno module: the unix port's (Linux) numbers for MicroPython's set of names."""
    ns: dict[str, object] = {"__name__": "errno"}
    for name in ERRNO_NAMES:
        ns[name] = getattr(_host_errno, name)
    ns["errorcode"] = {getattr(_host_errno, name): name for name in ERRNO_NAMES}
    return ns
