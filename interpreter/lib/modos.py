"""os: listing and changing files inside the runtime's sandbox only (the unix port's os, minus the host)."""
from __future__ import annotations

import errno as _errno
import os as _host_os
import stat as _stat
from typing import Any

from mpconform.interpreter.lib._board import board_for
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._rt import oserror
from mpconform.interpreter.lib.fileio import fs_for, host_call

__all__ = ["make_module"]


def make_module(rt: Any) -> dict[str, object]:
    """The os module of runtime `rt`."""
    fs = fs_for(rt)

    def listdir(path="."):
        names = host_call(_host_os.listdir, fs.host(path))
        return [n.encode() if isinstance(path, bytes) else n for n in names]

    def ilistdir(path="."):
        target = fs.host(path)
        for entry in host_call(lambda: list(_host_os.scandir(target))):
            kind = 0x4000 if entry.is_dir(follow_symlinks=False) else 0x8000
            yield (entry.name, kind, entry.inode())

    def stat(path):
        st = host_call(_host_os.stat, fs.host(path))
        return (st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, st.st_size,
                int(st.st_atime), int(st.st_mtime), int(st.st_ctime))

    def remove(path):
        target = fs.host(path)
        if _host_os.path.isdir(target) and not _host_os.path.islink(target):
            raise oserror(_errno.EISDIR)
        host_call(_host_os.remove, target)

    def rmdir(path):
        host_call(_host_os.rmdir, fs.host(path))

    def mkdir(path, *mode):
        host_call(_host_os.mkdir, fs.host(path))

    def rename(old, new):
        host_call(_host_os.rename, fs.host(old), fs.host(new))

    def chdir(path):
        parts = fs.parts(path)
        target = fs.host(path)
        if not _host_os.path.exists(target):
            raise oserror(_errno.ENOENT)
        if not _stat.S_ISDIR(host_call(_host_os.stat, target).st_mode):
            raise oserror(_errno.ENOTDIR)
        fs.cwd = parts

    def getcwd():
        return fs.getcwd()

    def statvfs(path):
        st = host_call(_host_os.statvfs, fs.host(path))
        return (st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail, st.f_files, st.f_ffree,
                st.f_favail, st.f_flag, st.f_namemax)

    def urandom(n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("negative count")
        gen = rt_random()
        return bytes(gen() for _ in range(n))

    def rt_random():
        # Deterministic under the virtual clock: programs that need secrets are out of scope for a reference.
        from mpconform.interpreter.lib.modrandom import Yasmarang
        y = Yasmarang(0x5EED ^ board_for(rt).now_us())
        return lambda: y.next() & 0xFF

    ns = {"__name__": "os", "sep": "/", "listdir": listdir, "ilistdir": ilistdir, "stat": stat,
            "remove": remove, "unlink": remove, "rmdir": rmdir, "mkdir": mkdir, "rename": rename,
            "chdir": chdir, "getcwd": getcwd, "statvfs": statvfs, "urandom": urandom}
    if cpython_mode(rt, "os"):
        environ: dict[str, str] = {}   # the host's environment stays out of reach

        def getenv(key, default=None):
            return environ.get(key, default)

        ns.update(environ=environ, getenv=getenv)
    return ns
