"""Running a function in a child process that cannot take more than a set memory and time.

Reading an untrusted document runs C parsers (PDFium, libxml2, zlib) on input chosen by whoever
sent it, and a few kilobytes can ask them for gigabytes or hours: a 2 MB PDF whose content
stream inflates to 2 GB, a Word file whose XML holds millions of empty paragraphs. No check in
Python can see inside PDFium, so the bound is the operating system's: the function runs in a
child whose address space is capped (RLIMIT_AS: past the limit an allocation fails, in whatever
library asked for it, and the child stops) and which is killed at a time-out. It sends back plain
data (pickled); the process that asked stays as small as it was.

The asking process (a worker with open database connections, perhaps threads) never forks.
Children come from a small server started once per asking process from a clean interpreter
(``python -c``, the asker's ``sys.path``): it imports the modules the children need, so a child
starts in milliseconds, and it holds no connections, threads or Django state. Each run, the
server forks a *monitor*, which forks the *reader*: the reader sets its limits, runs the function
and sends its messages (progress, then the result) over a socket of the run's own; the monitor
waits for it, kills it at the time-out, and sends how it ended (exit status, peak memory).
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import json
import math
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

GRACE = 10.0  # seconds the asker waits past the time-out for the monitor's report
BEAT = 30.0  # seconds of silence from the child after which the asker's beat() is called
Progress = Callable[..., Any]


@dataclass
class Finished:
    value: Any
    peak_mb: float  # the reader's peak resident memory


class Stopped(Exception):
    """The function did not finish. ``reason``: "memory" (a MemoryError, or killed by SIGKILL or
    SIGABRT, which is how PDFium and C++ code end when an allocation fails under the limit),
    "timeout", "crashed" (any other signal or exit; ``signal_name`` names it), or "lost" (the
    sandbox's own processes went away: nothing to do with the function's input)."""

    def __init__(self, reason: str, detail: str = "", signal_name: str = ""):
        super().__init__(f"{reason}: {detail or signal_name}")
        self.reason = reason
        self.detail = detail
        self.signal_name = signal_name


class Failed(Exception):
    """The function raised: ``kind`` is the exception's type name, ``details`` its traceback."""

    def __init__(self, kind: str, message: str, details: str):
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.details = details


class Sandbox:
    """A server of bounded children. ``preload``: modules the server imports once for every child."""

    def __init__(self, preload: Sequence[str] = ()):
        self.preload = tuple(preload)
        self._lock = threading.Lock()
        self._server: subprocess.Popen | None = None
        self._control: socket.socket | None = None
        self._owner = 0
        atexit.register(self.close)

    def run(
        self,
        target: str,
        kwargs: dict,
        *,
        memory_mb: int,
        seconds: float,
        progress: Progress | None = None,
        beat: Callable[[], Any] | None = None,
    ) -> Finished:
        """``module:function`` called with ``kwargs`` and ``progress=`` in a child; raises Stopped or Failed.

        ``progress(*args)`` is called here for each ``progress(*args)`` the function makes there,
        and ``beat()`` after every ``BEAT`` seconds without a word from it (a job's heartbeat).
        The function's return value must pickle, and so must ``kwargs``.
        """
        mine, theirs = socket.socketpair()
        try:
            self._send(theirs)
        finally:
            theirs.close()
        connection = Connection(mine.detach())
        reader, ended = 0, False
        try:
            connection.send((target, kwargs, memory_mb, seconds))
            deadline = time.monotonic() + seconds + GRACE
            result: tuple = ()
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Stopped("timeout", f"no answer within {seconds:g} s")
                if not connection.poll(min(left, BEAT)):
                    if beat is not None:
                        beat()
                    continue
                try:
                    message = connection.recv()
                except EOFError:
                    raise Stopped("lost", "the process watching the child stopped") from None
                kind = message[0]
                if kind == "started":
                    reader = message[1]
                elif kind == "progress" and progress is not None:
                    progress(*message[1:])
                elif kind in ("result", "raised"):
                    result = message
                elif kind == "ended":
                    ended = True
                    return _outcome(result, *message[1:], seconds=seconds)
        finally:
            if reader and not ended:  # given up on here (a time-out, an error in progress()): stop it
                with contextlib.suppress(ProcessLookupError):
                    os.kill(reader, signal.SIGKILL)  # a zombie until its monitor reaps it: never another process
            connection.close()

    def _send(self, theirs: socket.socket) -> None:
        """Hand the run's socket to the server (started, or started again, as needed)."""
        with self._lock:
            for attempt in range(2):
                if self._control is None or self._owner != os.getpid() or self._server.poll() is not None:
                    self._start()
                try:
                    socket.send_fds(self._control, [b"r"], [theirs.fileno()])
                    return
                except OSError:
                    self._control = None  # the server died: start it again once
                    if attempt:
                        raise

    def _start(self) -> None:
        if self._server is not None and self._owner == os.getpid() and self._server.poll() is None:
            self._server.kill()  # alive but deaf: its control socket failed
            self._server.wait()
        control, remote = socket.socketpair()
        settings = {"path": sys.path, "fd": remote.fileno(), "preload": self.preload}
        # One thread per library: a server with no other threads forks safely, and numpy's
        # OpenBLAS would otherwise start a thread (and reserve its memory) per core.
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        boot = "import json, sys; s = json.loads(sys.argv[1]); sys.path[:] = s['path']; "
        boot += "from lantern.lib.sandbox import serve; serve(s['fd'], s['preload'])"
        self._server = subprocess.Popen(  # noqa: S603 - this interpreter, our own code
            [sys.executable, "-c", boot, json.dumps(settings)],
            pass_fds=(remote.fileno(),),
            stdin=subprocess.DEVNULL,
            env=env,
        )
        remote.close()
        self._control, self._owner = control, os.getpid()

    def close(self) -> None:
        """Stop the server (it ends when its control socket closes) and reap it."""
        with self._lock:
            if self._control is None or self._owner != os.getpid():
                return
            self._control.close()
            self._control = None
            try:
                self._server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait()


def _outcome(result: tuple, status: int, peak_kb: int, timed_out: bool, *, seconds: float) -> Finished:
    if timed_out:
        raise Stopped("timeout", f"stopped after {seconds:g} s")
    if result and result[0] == "result":
        return Finished(result[1], peak_kb / 1024)
    if result and result[0] == "raised":
        kind, message, details = result[1:]
        if kind == "MemoryError":
            raise Stopped("memory", "MemoryError")
        raise Failed(kind, message, details)
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        name = signal.Signals(number).name if number in signal.valid_signals() else str(number)
        if number in (signal.SIGKILL, signal.SIGABRT):
            raise Stopped("memory", signal_name=name)
        if number == signal.SIGXCPU:
            raise Stopped("timeout", f"more than {seconds:g} s of CPU")
        raise Stopped("crashed", signal_name=name)
    raise Stopped("crashed", f"exit status {os.waitstatus_to_exitcode(status)} without a result")


# --- the server side: runs in the server, monitor and reader processes --------------------------
def serve(fd: int, preload: Sequence[str]) -> None:
    """The server's loop: a monitor for each socket received, until the asker closes the control socket."""
    # The asker decides when children stop: Ctrl-C or a service manager's SIGTERM reach the whole
    # process group, and a worker that finishes its job on SIGTERM still needs its reader.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    for name in preload:
        with contextlib.suppress(Exception):  # a missing optional library fails in the run that needs it
            importlib.import_module(name)
    control = socket.socket(fileno=fd)
    running: set[int] = set()
    while True:
        try:
            _, fds, _, _ = socket.recv_fds(control, 16, 4)
        except OSError:
            fds = []
        if not fds:
            break
        try:
            pid = os.fork()
        except OSError:  # the asker sees its socket close and reports the run as lost
            pid = -1
        if pid == 0:
            code = 1
            try:
                control.close()
                _die_with_parent()
                code = _monitor(fds[0])
            finally:
                os._exit(code)
        for extra in fds:
            os.close(extra)
        if pid > 0:
            running.add(pid)
        running -= _reaped(running)
    for pid in running:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _reaped(running: set[int]) -> set[int]:
    done = set()
    for pid in running:
        with contextlib.suppress(ChildProcessError):
            if os.waitpid(pid, os.WNOHANG)[0]:
                done.add(pid)
    return done


def _monitor(fd: int) -> int:
    connection = Connection(fd)
    try:
        target, kwargs, memory_mb, seconds = connection.recv()
    except Exception:  # the asker went away, or sent what cannot be read here: it sees a lost run
        return 1
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            _die_with_parent()
            code = _read(connection, target, kwargs, memory_mb, seconds)
        finally:
            os._exit(code)
    connection.send(("started", pid))
    timed_out = []

    def stop(*_):
        timed_out.append(True)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)

    signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _, status, usage = os.wait4(pid, 0)
    signal.setitimer(signal.ITIMER_REAL, 0)
    with contextlib.suppress(OSError):
        connection.send(("ended", status, usage.ru_maxrss, bool(timed_out)))
    return 0


def _read(connection: Connection, target: str, kwargs: dict, memory_mb: int, seconds: float) -> int:
    _limit(resource.RLIMIT_AS, memory_mb * 1024 * 1024)
    _limit(resource.RLIMIT_CPU, math.ceil(seconds) + 1)  # a second bound, should the monitor's timer fail
    _limit(resource.RLIMIT_CORE, 0)  # no core files of hostile documents
    try:
        module, _, name = target.partition(":")
        function = getattr(importlib.import_module(module), name)
        reply = ("result", function(**kwargs, progress=lambda *args: connection.send(("progress", *args))))
    except MemoryError:
        reply = ("raised", "MemoryError", "", "")  # sent once the except block has let go of the frames
    except Exception as exc:
        reply = ("raised", type(exc).__name__, str(exc)[:2000], traceback.format_exc()[-8000:])
    try:
        connection.send(reply)
    except MemoryError:
        del reply
        connection.send(("raised", "MemoryError", "", ""))
    return 0


def _limit(kind: int, value: int) -> None:
    """Lower a limit (never above one the system already set lower)."""
    _soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, value))


def _die_with_parent() -> None:
    """Linux: this process gets SIGKILL when its parent ends, so no reader outlives its monitor."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
