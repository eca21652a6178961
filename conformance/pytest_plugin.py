"""pytest plugin: `pytest conformance/suite --target unix --target ref` makes each script × target a test item.

Items go through the same engine as `mpconform run` (oracle, expectations, capability skips), so -k, -x,
--junitxml and -n (pytest-xdist: each worker starts its own runners) come free. The items of a board target
carry `xdist_group(<label>)`, so that `-n N --dist loadgroup` keeps one board's tests on one worker (one process
talks to the board) while the local targets' items spread over every worker.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mpconform.results import TestResult, Verdict

from .discovery import is_tool_folder

__all__ = ["pytest_addoption", "pytest_configure", "pytest_collect_file", "ConformanceFile", "ConformanceItem"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mpconform", "mpconform conformance scripts")
    group.addoption("--target", action="append", default=[], metavar="TARGET",
                    help="run conformance scripts on TARGET (repeatable), a target string as in `mpconform run -t` "
                         "(`mpconform targets` lists them)")
    group.addoption("--mpc-timeout", type=float, default=10.0, help="seconds per conformance script (default 10)")
    group.addoption("--mpc-lib", action="append", default=[], metavar="DIR",
                    help="library folder on every target's module path (as `mpconform run --lib`; repeatable)")


def _board_label(target: str) -> str | None:
    """The label of a board target (one process at a time may talk to it), None for a local one."""
    from mpconform.runners import parse_target, runner_class

    spec = parse_target(target)
    return spec.label if runner_class(spec.name).board else None


def pytest_configure(config: pytest.Config) -> None:
    from mpconform.runners import HarnessError

    try:
        boards = [t for t in config.getoption("target") if _board_label(t)]
    except HarnessError as exc:  # a target string that names no target: one line, before any item
        raise pytest.UsageError(f"--target: {exc}") from None
    spread = config.getoption("numprocesses", None) and config.getoption("dist", "no") not in ("loadgroup", "no")
    if boards and spread:
        config.issue_config_time_warning(pytest.PytestWarning(
            f"board target(s) {', '.join(boards)} under pytest-xdist without --dist loadgroup: every worker opens "
            "the board; add --dist loadgroup to keep each board's tests on one worker"), stacklevel=2)


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if not parent.config.getoption("target") or file_path.suffix != ".py":
        return None
    if file_path.name.startswith(("test_", "conftest")) or file_path.name == "__init__.py":
        return None
    folder = file_path.parent
    if (folder / "__init__.py").exists():   # a Python package (engine code, helper package), not a test area
        return None
    if is_tool_folder(folder):              # MicroPython's run-tests.py, feature checks, benchmarks
        return None
    return ConformanceFile.from_parent(parent, path=file_path)


class _Session:
    """One engine per pytest process (per xdist worker), runners started on first use, closed at exit."""

    def __init__(self, config: pytest.Config) -> None:
        from mpconform.runners import parse_target

        from .config import find_settings
        from .engine import Engine, RunConfig
        from .expected import default_cache_dir
        from .libfetch import library_path

        specs = tuple(parse_target(t) for t in config.getoption("target"))
        roots = {Path(a).resolve() for a in config.args if Path(a).is_dir()}
        library = library_path([Path(d) for d in config.getoption("mpc_lib")],
                               find_settings(Path.cwd(), roots), roots)
        self.engine = Engine(RunConfig(tests=(), targets=specs, timeout=config.getoption("mpc_timeout"),
                                       cache_dir=default_cache_dir(), library=library))
        self.targets = self.engine.prepare()
        self.runners: dict = {}

    def result(self, label: str, test) -> TestResult:
        target = self.targets[label]
        runner = self.runners.get(label)
        if runner is None:  # one runner per target in this process: items run one at a time
            runner = self.runners[label] = self.engine.start_instance(target)
        return self.engine.evaluate(target, runner, test)


def _session(config: pytest.Config) -> _Session:
    session = getattr(config, "_mpconform_session", None)
    if session is None:
        session = config._mpconform_session = _Session(config)  # type: ignore[attr-defined]
        config.add_cleanup(session.engine.close)
    return session


class ConformanceFile(pytest.File):
    def collect(self):
        from .discovery import TestCase

        root = self.path.parent.parent
        case = TestCase(self.path.relative_to(root).as_posix(), self.path, root)
        for target in self.config.getoption("target"):
            item = ConformanceItem.from_parent(self, name=f"{self.path.name}[{target}]", case=case, target=target)
            board = _board_label(target)
            if board:
                item.add_marker(pytest.mark.xdist_group(name=board))
            yield item


class ConformanceFailure(Exception):
    """A script's verdict on a target was not a pass."""

    def __init__(self, result: TestResult) -> None:
        super().__init__(result.reason)
        self.result = result


class ConformanceItem(pytest.Item):
    def __init__(self, *, case, target: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.case = case
        self.target = target

    def runtest(self) -> None:
        from mpconform.runners import parse_target

        label = parse_target(self.target).label
        result = _session(self.config).result(label, self.case)
        self.user_properties.append(("verdict", result.verdict.value))
        if result.verdict in (Verdict.SKIP, Verdict.NOTRUN):
            pytest.skip(result.reason or result.verdict.value)
        if result.verdict is Verdict.XFAIL:
            pytest.xfail(result.reason)
        if result.verdict is not Verdict.PASS:
            raise ConformanceFailure(result)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ConformanceFailure):
            r = excinfo.value.result
            lines = [f"{r.test} on {r.target}: {r.verdict.value}: {r.reason}"]
            if r.diff:
                lines += ["", r.diff.rstrip("\n")]
            return "\n".join(lines)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, 0, f"{self.case.id} on {self.target}"
