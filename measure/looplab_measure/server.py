"""Uvicorn running a scenario's app on a free loopback port, and stopping it with every child.

`--loop asyncio --http h11`: the loop and protocol docs/model.md describes. The server's output
goes to a log file (never to our stdout, which carries the line protocol); when it fails, the
error quotes the log's tail. Every wait is bounded: start-up by `start_timeout`, shutdown by
`stop_timeout`, after which what is left of the server's process tree is killed.
"""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

from .machine import descendants

HOST = "127.0.0.1"  # loopback only: nothing here listens on or talks to another interface
PACKAGE_PARENT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class ServerFailed(Exception):
    """The server crashed, never answered, or answered wrongly; `tail` is its output's end."""

    def __init__(self, message, tail=""):
        super().__init__(message)
        self.tail = tail


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _get(port, path="/ping", timeout=2.0):
    """One GET on loopback; returns (status, headers). httpx ignores proxy settings here
    (trust_env=False): a request to 127.0.0.1 must never leave the machine."""
    import httpx

    r = httpx.get(f"http://{HOST}:{port}{path}", timeout=timeout, trust_env=False)
    return r.status_code, r.headers


class UvicornServer:
    def __init__(self, scenario_path, workers=1, iters_per_ms=None, python=None,
                 app="looplab_measure.app:app", app_dir=PACKAGE_PARENT,
                 start_timeout=30.0, stop_timeout=10.0):
        self.scenario_path = os.path.abspath(scenario_path)
        self.workers = workers
        self.iters_per_ms = iters_per_ms
        self.python = python or sys.executable
        self.app, self.app_dir = app, app_dir
        self.start_timeout, self.stop_timeout = start_timeout, stop_timeout
        self.proc = None
        self.port = None
        self.pids = set()
        self._children = set()
        self._log = None

    # -- start -----------------------------------------------------------------------------
    def start(self):
        env = dict(os.environ)
        env["LOOPLAB_SCENARIO"] = self.scenario_path
        if self.iters_per_ms:
            env["LOOPLAB_CPU_ITERS_PER_MS"] = repr(self.iters_per_ms)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (self.app_dir, PACKAGE_PARENT, env.get("PYTHONPATH")) if p)
        self._log = tempfile.NamedTemporaryFile(prefix="looplab-uvicorn-", suffix=".log", delete=False)
        self.port = free_port()
        cmd = [self.python, "-m", "uvicorn", self.app, "--app-dir", self.app_dir,
               "--host", HOST, "--port", str(self.port), "--loop", "asyncio", "--http", "h11",
               "--log-level", "warning", "--workers", str(self.workers)]
        # Same process group and session as ours: whoever stops us stops the server too, and
        # it shares our scheduling priority (see machine.raise_priority).
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        self._wait_ready()
        return self.port

    def _wait_ready(self):
        deadline = time.monotonic() + self.start_timeout
        first_answer = None
        while True:
            self.check_alive()
            try:
                status, headers = _get(self.port, timeout=1.0)
                if status != 200:
                    raise ServerFailed(f"the server answered /ping with HTTP {status}", self.tail())
                self.pids.add(int(headers["x-pid"]))
                first_answer = first_answer or time.monotonic()
            except ServerFailed:
                raise
            except Exception:  # not listening yet (httpx's connect errors and timeouts)
                pass
            self._children.update(descendants(self.proc.pid))
            # With several workers, wait until each has answered (its start-up done), or 3 s.
            if first_answer and (len(self.pids) >= self.workers or time.monotonic() - first_answer > 3.0):
                return
            if time.monotonic() > deadline:
                raise ServerFailed(f"the server did not answer within {self.start_timeout:g} s", self.tail())
            time.sleep(0.05)

    def check_alive(self):
        if self.proc is not None and self.proc.poll() is not None:
            raise ServerFailed(f"the server exited with status {self.proc.returncode}", self.tail())

    def tail(self, lines=20):
        if self._log is None:
            return ""
        try:
            with open(self._log.name, "rb") as f:
                f.seek(0, os.SEEK_END)
                f.seek(max(0, f.tell() - 8192))
                text = f.read().decode("utf-8", "replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    # -- stop ------------------------------------------------------------------------------
    def stop(self):
        """SIGINT (uvicorn's graceful shutdown), then SIGKILL for the server and any process it
        started that is still there (pool processes, workers) after `stop_timeout`."""
        if self.proc is None:
            return
        self._children.update(descendants(self.proc.pid))
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=self.stop_timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        deadline = time.monotonic() + 2.0
        while True:
            alive = [p for p in self._children if _alive(p)]
            if not alive or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        for pid in alive:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        self.proc = None
        if self._log is not None:
            self._log.close()
            try:
                os.unlink(self._log.name)
            except OSError:
                pass

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][:1] != "Z"  # a zombie has already exited
    except OSError:
        pass
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False
