"""Worker process: pre-loads an interpreter once, then forks a fresh child per program (≈1 ms, not ≈20 ms).

Runs under the *target's* Python (any 3.8+), so it imports nothing from mpconform. Protocol on fds 0/1:
frames of `>I` length + JSON; a reply frame is followed by the raw output bytes it announces.
Modes: `exec` runs program source as CPython's `__main__`; `call` calls `module:function(argv) -> exit code`
(the pip unix port's `micropython_run.run_main`, the reference interpreter's `interpreter.main`).
A `batch` request runs several programs one after another in one forked child, each with fresh interpreter
state, each with its own output file and deadline; the first that does not end normally ends the batch.
"""
import builtins
import gc
import io
import json
import os
import resource
import select
import signal
import struct
import sys
import time

_HDR = struct.Struct(">I")

try:  # a program's process must die with its worker, which dies with the harness
    import ctypes

    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (ImportError, OSError, AttributeError):
    _prctl = None
_denied = []  # what the sandbox refused the running program: the host then has no outcome to judge


def _read_exact(fd, n):
    buf = b""
    while len(buf) < n:
        chunk = os.read(fd, n - len(buf))
        if not chunk:
            raise EOFError
        buf += chunk
    return buf


def _read_frame(fd):
    (n,) = _HDR.unpack(_read_exact(fd, 4))
    return json.loads(_read_exact(fd, n).decode("utf-8"))


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _send(fd, header, payload=b""):
    raw = json.dumps(header).encode("utf-8")
    _write_all(fd, _HDR.pack(len(raw)) + raw + payload)


def _copy_entry(src, dst):
    """Copy a data file or folder of data into a working copy (the host chose it: no code, not too big)."""
    if os.path.isdir(src):
        os.mkdir(dst)
        for name in os.listdir(src):
            _copy_entry(os.path.join(src, name), os.path.join(dst, name))
        return
    with open(src, "rb") as f, open(dst, "wb") as g:
        g.write(f.read())


def _make_workdir(base, req):
    """The program's own folder: the host's plan says which entries of its test folder are linked, which copied."""
    work = os.path.join(base, "p%d" % req["seq"])
    os.mkdir(work)
    directory = req.get("directory")
    if directory:
        for entry in req.get("link", []):
            try:
                os.symlink(os.path.join(directory, entry), os.path.join(work, entry))
            except OSError:
                pass
        for entry in req.get("copy", []):
            try:
                _copy_entry(os.path.join(directory, entry), os.path.join(work, entry))
            except OSError:
                pass  # an entry that vanished or cannot be read: the program finds it missing
    for name, data in req.get("files", []):
        path = os.path.join(work, name)
        if os.path.lexists(path) or ".." in name.split("/"):
            continue  # never write through a link into the test's own folder
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("latin-1"))
    return work


def _remove_tree(path):
    for root, dirs, files in os.walk(path, topdown=False):
        for name in files:
            try:
                os.unlink(os.path.join(root, name))
            except OSError:
                pass
        for name in dirs:
            p = os.path.join(root, name)
            try:
                os.unlink(p) if os.path.islink(p) else os.rmdir(p)
            except OSError:
                pass
    try:
        os.rmdir(path)
    except OSError:
        pass


def _limit(req, cpu=None):
    """rlimits for the child: CPU a little over the timeout, address space, file size, no core dumps."""
    cpu = int(cpu if cpu is not None else req["timeout"]) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    if req.get("memory"):
        resource.setrlimit(resource.RLIMIT_AS, (req["memory"], req["memory"]))
    resource.setrlimit(resource.RLIMIT_FSIZE, (req.get("fsize", 64 << 20),) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


_allowed = [""]  # the working copy the sandbox lets the running program write in (a batch moves it along)


def _sandbox_hook(workdir):
    """CPython audit hook: the oracle may not start processes, open sockets, or write outside its workdir."""
    denied = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
              "os.forkpty", "socket.connect", "socket.bind", "socket.sendto", "os.kill", "os.killpg",
              "ctypes.dlopen", "os.putenv")
    _allowed[0] = os.path.realpath(workdir) + os.sep

    def refuse(what):
        # Recorded before raising: a program that catches the error must not turn the refusal into output.
        _denied.append(what)
        raise PermissionError("mpconform sandbox: %s" % what)

    def hook(event, args):
        if event in denied:
            refuse("%s is not allowed" % event)
        if event in ("os.remove", "os.rename", "os.rmdir", "os.mkdir", "shutil.rmtree", "os.chmod", "os.chown",
                     "os.truncate", "os.symlink", "os.link", "os.utime"):
            path = args[0] if args else None
            if isinstance(path, (str, bytes)) and not _inside(path, _allowed[0]):
                refuse("%s of %s, outside the working copy" % (event, _shown(path)))
        if event == "open" and args and isinstance(args[0], (str, bytes)):
            mode, flags = args[1], args[2]
            writing = (mode and any(c in str(mode) for c in "wax+")) or (flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
            if writing and not _inside(args[0], _allowed[0]) and args[0] not in ("/dev/null",):
                refuse("writing %s, outside the working copy" % _shown(args[0]))

    sys.addaudithook(hook)


def _shown(path):
    return path.decode("utf-8", "replace") if isinstance(path, bytes) else path


def _inside(path, prefix):
    if isinstance(path, bytes):
        path = path.decode("utf-8", "replace")
    return (os.path.realpath(path) + os.sep).startswith(prefix)


def _child_exec(req, workdir, script, sandboxed=False):
    """Run program source as CPython would run `python3 -I -S -B script` from workdir."""
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8",
                                  errors="strict", line_buffering=False)
    sys.stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)), encoding="utf-8",
                                  errors="backslashreplace", line_buffering=True)
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")  # /dev/null
    sys.argv = [script]
    sys.path[0:0] = [workdir] + ([req["directory"]] if req.get("directory") else [])
    if req.get("sandbox", True) and not sandboxed:
        _sandbox_hook(workdir)
    main = type(sys)("__main__")  # no `import types` per child: a module first imported there is read from disk
    main.__file__ = script
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    code_rc = 0
    try:
        with open(script, "rb") as f:
            source = f.read()
        code = compile(source, script, "exec", dont_inherit=True)
        exec(code, main.__dict__)
    except SystemExit as exc:
        code_rc = _exit_code(exc)
    except BaseException:
        etype, value, tb = sys.exc_info()
        tb = tb.tb_next if tb is not None else None  # hide the worker's own frame, as `python3 file.py` shows none
        value.__traceback__ = tb
        sys.excepthook(etype, value, tb)
        code_rc = 1
    threading = sys.modules.get("threading")
    if threading is not None:  # as `python3 file.py` does at exit: wait for the program's non-daemon threads
        try:
            threading._shutdown()
        except BaseException:
            pass
    try:
        sys.stdout.flush()
    except BaseException:
        code_rc = code_rc or 120
    try:
        sys.stderr.flush()
    except BaseException:
        pass
    return code_rc


def _child_batch(req, func, report_fd):
    """Run each program of a batch in turn as a lone child would: its own folder and output file, and fresh
    interpreter state (`call` targets start a new VM per call; for CPython a new __main__, with the modules,
    path and environment it found restored after each). One frame per program goes to report_fd."""
    cap = req["max_output"]
    # Output past the file-size limit fails a write instead of killing the batch; anything over the cap is
    # run again alone. The limit stays the one a lone program has, so files it writes fare the same.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    fsize = max(cap + 1, req.get("fsize", 64 << 20))
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    if func is None and req.get("sandbox", True):
        _sandbox_hook(req["sandbox_root"])
    modules, path, environ = set(sys.modules), list(sys.path), dict(os.environ)
    # A program may replace builtins (builtin_override.py does) or attributes of sys: the next one gets them back.
    saved_builtins, saved_sys = dict(builtins.__dict__), dict(sys.__dict__)
    limits = _process_settings()
    for item in req["batch"]:
        item = dict(req, **item)
        del _denied[:]
        out = os.memfd_create("mpconform-output")
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.close(out)
        workdir, script = item["workdir"], item["filename"]
        os.chdir(workdir)
        _allowed[0] = os.path.realpath(workdir) + os.sep
        start = time.monotonic()
        if func is None:
            rc = _child_exec(item, workdir, script, sandboxed=True)
        else:
            rc = _child_call(item, workdir, script, func)
        duration = time.monotonic() - start
        for name in set(sys.modules) - modules:
            del sys.modules[name]
        _restore_dict(builtins.__dict__, saved_builtins)
        _restore_dict(sys.__dict__, saved_sys, keep=("modules", "path", "stdout", "stderr", "stdin"))
        sys.path[:] = path
        if os.environ != environ:
            os.environ.clear()
            os.environ.update(environ)
        _restore_process_settings(limits)
        size = os.fstat(1).st_size
        if size > cap:
            _send(report_fd, {"truncated": True, "length": 0})
            return 0
        os.lseek(1, 0, os.SEEK_SET)
        header = {"exit_code": rc, "duration": duration, "length": size}
        if _denied:
            header["denied"] = "; ".join(_denied)
        _send(report_fd, header, _read_exact(1, size))
        if _threads_left():
            return 0  # a thread of this program still runs: the next program must not share its process
    return 0


def _threads_left():
    """Whether a thread other than this one still runs in the process (Linux: /proc/self/task)."""
    try:
        return len(os.listdir("/proc/self/task")) > 1
    except OSError:
        return False


def _restore_dict(current, saved, keep=()):
    """Put a namespace back as it was (names added removed, names changed or removed restored), but `keep`."""
    for name in [n for n in current if n not in saved and n not in keep]:
        del current[name]
    for name, value in saved.items():
        if name not in keep and current.get(name, _restore_dict) is not value:
            current[name] = value


def _process_settings():
    """Interpreter-wide settings a program can change (CPython's; a `call` target restarts its own VM)."""
    digits = getattr(sys, "get_int_max_str_digits", lambda: None)()
    return sys.getrecursionlimit(), digits, gc.isenabled(), gc.get_threshold()


def _restore_process_settings(saved):
    limit, digits, gc_on, threshold = saved
    sys.setrecursionlimit(limit)
    if digits is not None:
        sys.set_int_max_str_digits(digits)
    (gc.enable if gc_on else gc.disable)()
    gc.set_threshold(*threshold)


def _exit_code(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        sys.stderr.write(str(code) + "\n")
    except BaseException:
        pass
    return 1


def _child_call(req, workdir, script, func):
    for key, value in req.get("env", {}).items():
        os.environ[key] = value
    sys.argv = [script]
    rc = func(list(req["argv_prefix"]) + [script])
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        pass
    return int(rc or 0) & 0xFF


def _fork_spare(func):
    """Fork the next program's process ahead of time: it waits on a pipe for its request, so the fork
    overlaps the host's judging of the previous result instead of adding to the next one's latency."""
    req_r, req_w = os.pipe()
    out_r, out_w = os.pipe()
    status_r, status_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        rc = 70
        try:
            os.setsid()
            if _prctl is not None:
                _prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the worker
            os.close(req_w)
            os.close(out_r)
            os.close(status_r)
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.dup2(out_w, 1)
            os.dup2(out_w, 2)
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
            chunks = []
            while True:
                chunk = os.read(req_r, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
            if not chunks:
                os._exit(0)  # the worker is shutting down: no program came
            req = json.loads(b"".join(chunks).decode("utf-8"))
            if "batch" in req:
                _limit(req, cpu=sum(item["timeout"] for item in req["batch"]))
                os.close(status_w)
                status_w = None
                rc = _child_batch(req, func, out_w)
            else:
                os.close(out_w)
                workdir, script = req["workdir"], req["filename"]
                os.chdir(workdir)
                _limit(req)
                rc = _child_exec(req, workdir, script) if func is None else _child_call(req, workdir, script, func)
        except BaseException as exc:  # the harness side of the child failed: say so on the output
            try:
                os.write(2, ("mpconform worker: %r\n" % (exc,)).encode())
            except BaseException:
                pass
        if status_w is not None:
            _report_exit(status_w, rc)
        os._exit(rc)
    os.close(req_r)
    os.close(out_w)
    os.close(status_w)
    return pid, req_w, out_r, status_r


def _report_exit(status_w, rc):
    """Close the output, then tell the worker the exit code and the CPU time this process (and any it
    waited for) used, in microseconds (and what the sandbox refused, on a second line): it answers the host at
    once, while the kernel tears down this process's copy of the worker's memory (a millisecond) on the other
    core."""
    try:
        os.close(1)
        os.close(2)
        cpu = 0.0
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
            usage = resource.getrusage(who)
            cpu += usage.ru_utime + usage.ru_stime
        os.write(status_w, b"%d %d" % (rc, int(cpu * 1e6))
                 + ("\n" + "; ".join(_denied)).encode("utf-8", "replace") * bool(_denied))
        os.close(status_w)  # EOF now, not when exit gets round to closing files (after the teardown)
    except OSError:
        pass  # the worker then learns the exit code from waitpid, as for a crash


def _discard_spare(spare):
    pid, req_w, out_r, status_r = spare
    os.close(req_w)
    os.close(out_r)
    os.close(status_r)
    try:
        os.waitpid(pid, 0)
    except OSError:
        pass
    _reap_exited(block=True)


_exiting = []  # children that reported their exit code and are still being torn down


def _reap_exited(block=False):
    for pid in list(_exiting):
        try:
            done, _ = os.waitpid(pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            _exiting.remove(pid)


def _stage(base, req):
    """A program's working copy, with the program written into it under its own name."""
    workdir = _make_workdir(base, req)
    with open(os.path.join(workdir, req["filename"]), "wb") as f:
        f.write(req["source"].encode("latin-1"))
    return workdir


def _run_one(req, base, func, spare):
    workdir = _stage(base, req)
    pid, req_w, rfd, status_r = spare
    start = time.monotonic()
    _write_all(req_w, json.dumps(dict(req, workdir=workdir, source=None, files=None)).encode("utf-8"))
    os.close(req_w)
    _reap_exited()
    # Fork the next program's process now, while this one runs on the other core, so that back-to-back
    # requests never wait for a fork.
    next_spare = _fork_spare(func)
    out, truncated, timed_out = _collect(rfd, pid, req["timeout"], req["max_output"])
    os.close(rfd)
    reported = b""
    if not (timed_out or truncated):
        reported = _read_status(status_r, start + req["timeout"])
        if reported is None:  # it closed its output and went on running (to its deadline)
            timed_out, reported = True, b""
            _kill_group(pid)
    os.close(status_r)
    denied = None
    cpu = None
    if reported:
        first, _, denied = reported.partition(b"\n")
        code, _, used = first.partition(b" ")
        exit_code, signum = int(code), None
        cpu = int(used) / 1e6 if used else None
        _exiting.append(pid)
    else:  # killed, crashed, or it did not get to say: the kernel knows
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            exit_code, signum = None, os.WTERMSIG(status)
        else:
            exit_code, signum = os.WEXITSTATUS(status), None
    duration = time.monotonic() - start
    _remove_tree(workdir)
    header = {"exit_code": exit_code, "signal": signum, "timed_out": timed_out, "truncated": truncated,
              "duration": duration, "cpu": cpu, "length": len(out)}
    if denied:
        header["denied"] = denied.decode("utf-8", "replace")
    return header, out, next_spare


def _read_status(status_r, deadline):
    """The exit code the child wrote after closing its output; b"" if it died without writing one, None if
    it is still running at its deadline (a program may close its own output)."""
    data = b""
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([status_r], [], [], left)[0]:
            return None
        try:
            chunk = os.read(status_r, 4096)
        except OSError:
            return b""
        if not chunk:
            return data if data.split(b"\n", 1)[0].replace(b" ", b"").isdigit() else b""
        data += chunk


def _run_batch(req, base, func, spare):
    """Run a batch in one child. The reply lists, in order, the programs that ended normally: the first
    that timed out, crashed or overflowed ends the batch, and the host runs it and the rest again."""
    root = os.path.join(base, "b%d" % req["seq"])
    os.mkdir(root)
    items = []
    for k, item in enumerate(req["batch"]):
        workdir = _stage(root, dict(item, seq=k))
        items.append(dict(item, workdir=workdir, source=None, files=None))
    pid, req_w, rfd, status_r = spare
    os.close(status_r)  # a batch reports each program's code in its frames
    _write_all(req_w, json.dumps(dict(req, batch=items, sandbox_root=root)).encode("utf-8"))
    os.close(req_w)
    next_spare = _fork_spare(func)
    done, outs, pending = [], [], bytearray()
    for item in items:
        frame = _read_report(rfd, pending, time.monotonic() + item["timeout"], req["max_output"])
        if frame is None or frame[0].get("truncated"):
            break
        done.append(frame[0])
        outs.append(frame[1])
    if len(done) < len(items):
        _kill_group(pid)
    os.close(rfd)
    os.waitpid(pid, 0)
    _remove_tree(root)
    return {"batch": done, "length": sum(len(o) for o in outs)}, b"".join(outs), next_spare


def _unbatched(req, base, func, spare):
    """A worker that cannot batch completes none of a batch: the host then runs each program alone."""
    return {"batch": [], "length": 0}, b"", spare


def _read_report(rfd, pending, deadline, max_output):
    """One (header, output) frame from a batch child, or None on its deadline, its death, or a bad frame."""
    def fill(n):
        while len(pending) < n:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([rfd], [], [], left)[0]:
                return False
            chunk = os.read(rfd, 65536)
            if not chunk:
                return False
            pending.extend(chunk)
        return True

    if not fill(4):
        return None
    (n,) = _HDR.unpack(bytes(pending[:4]))
    if n > 4096 or not fill(4 + n):
        return None
    try:
        header = json.loads(bytes(pending[4:4 + n]).decode("utf-8"))
    except ValueError:
        return None
    end = 4 + n + header.get("length", 0)
    if header.get("length", 0) > max_output or not fill(end):
        return None
    out = bytes(pending[4 + n:end])
    del pending[:end]
    return header, out


def _collect(rfd, pid, timeout, max_output):
    """Read the child's output until EOF, the deadline, or the cap; kill its process group on the latter two."""
    chunks, size, truncated, timed_out = [], 0, False, False
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([rfd], [], [], left)
        if not ready:
            continue
        chunk = os.read(rfd, 65536)
        if not chunk:
            return b"".join(chunks), truncated, False
        if size + len(chunk) > max_output:
            chunks.append(chunk[: max_output - size])
            truncated = True
            break
        chunks.append(chunk)
        size += len(chunk)
    _kill_group(pid)
    return b"".join(chunks), truncated, timed_out


def _kill_group(pid):
    """Kill a program's child and anything it started (it leads its own session)."""
    for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            kill()
        except OSError:
            pass


def _warm_up(func, argv, scratch):
    """Run one trivial program in the worker itself so lazy imports and tables exist before any fork."""
    path = os.path.join(scratch, "warmup.py")
    with open(path, "w") as f:
        f.write("x = 1\n")
    saved = os.dup(1), os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        os.dup2(null, 2)
        func(list(argv) + [path])
    except BaseException:
        pass
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, null):
            os.close(fd)
        os.unlink(path)


# Python's compiler sets up its tables on first use (~1.5 ms): done once here, not again in every child.
_WARM_SOURCE = """
def f(a, *b, c=1, **d):
    return [x * 2 for x in b if x] + list({k: v for k, v in d.items()})
class C:
    def __init__(self):
        self.x = f"{1!r:>3}"
try:
    raise ValueError("x")
except ValueError as e:
    y = str(e) + "%d %s %.3f" % (1, "a", 1.5)
g = (lambda q: q + 1)(2)
"""


def _warm_exec():
    """Compile and run a program touching common syntax in the worker itself, before any fork."""
    exec(compile(_WARM_SOURCE, "warmup.py", "exec", dont_inherit=True), {"__name__": "warmup"})


def main():
    init = _read_frame(0)
    func = None
    if init["mode"] == "spawn":
        global _run_batch
        _run_batch = _unbatched  # exec replaces the child: every program needs its own
        binary = init["binary"]
        func = lambda argv: os.execv(binary, argv)  # noqa: E731  (never returns)
    elif init["mode"] == "call":
        sys.path[0:0] = init.get("path", [])
        modname, _, fname = init["target"].partition(":")
        module = __import__(modname, fromlist=[fname])
        func = getattr(module, fname)
    for name in init.get("preload", []):
        __import__(name)
    if func is not None and init.get("warmup") is not None:
        _warm_up(func, init["warmup"], init["scratch"])
    elif init["mode"] == "exec":
        _warm_exec()
    if init.get("prime"):  # a target's own warm-up hook, run once before any program is forked
        modname, _, fname = init["prime"].partition(":")
        getattr(__import__(modname, fromlist=[fname]), fname)()
    base = init["scratch"]
    # What the worker holds now is shared with every child: a collection would write to it (copying pages).
    gc.freeze()
    spare = _fork_spare(func)
    _send(1, {"ready": True, "pid": os.getpid()})
    try:
        while True:
            try:
                req = _read_frame(0)
            except EOFError:
                return
            if req.get("quit"):
                return
            run = _run_batch if "batch" in req else _run_one
            header, out, spare = run(req, base, func, spare)
            _send(1, header, out)
    finally:
        if spare is not None:
            _discard_spare(spare)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the host decides when the worker ends
    main()
