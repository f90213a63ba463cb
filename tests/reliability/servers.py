"""Private PostgreSQL and Redis servers, and GovSocial's own processes, for fault tests.

Each server runs on a free port with its data in a temporary folder, so a test can stop,
kill and restart it without touching the machine's own services or the suite's database.
The app's processes (gunicorn, Celery workers, beat) are the real entry points, started
with the environment the project documents.
"""

from __future__ import annotations

import contextlib
import email.message
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg2
import pytest
import redis
import requests

ROOT = Path(__file__).resolve().parents[2]
SITE_URL = "https://govsocial.test"  # the links in the email the processes send


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate: Callable[[], bool], timeout: float, what: str,
               interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:  # a server still starting refuses connections
            pass
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def _postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = found[-1] if found else shutil.which("initdb")
    if not initdb:
        pytest.fail("The fault tests start their own PostgreSQL and need its server "
                    "programs: on Debian or Ubuntu run 'sudo apt-get install postgresql'.")
    return Path(initdb).parent


class PrivatePostgres:
    """A throwaway PostgreSQL cluster (trust authentication, user postgres)."""

    def __init__(self) -> None:
        self.bin = _postgres_bin()
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="govsocial-pg-"))
        self.data = self.dir / "data"
        # PostgreSQL refuses to run as root: run it as the postgres user there.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        try:
            self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                      "-E", "UTF8", "--no-sync")
            self.start()
            conn = self.connect("postgres")
            conn.autocommit = True
            conn.cursor().execute("CREATE DATABASE govsocial")
            conn.close()
        except BaseException:
            # No test will own it yet: stop it here, or it outlives the run.
            self.destroy()
            raise

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/govsocial"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bin / program), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, cwd=self.dir)

    def _pg_ctl(self, *args: str) -> None:
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"),
                  "-w", "-t", "60", *args)

    def start(self) -> None:
        self._pg_ctl("start")

    def restart(self) -> None:
        self._pg_ctl("-m", "fast", "restart")

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "stop")

    def connect(self, database: str = "govsocial"):
        return psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres",
                                dbname=database, connect_timeout=5)

    def query(self, sql: str, *params) -> list[tuple]:
        conn = self.connect()
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()
        finally:
            conn.close()

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class PrivateRedis:
    """A redis-server that keeps nothing on disk, stopped and started at will."""

    def __init__(self) -> None:
        self.program = shutil.which("redis-server")
        if not self.program:
            pytest.fail("The fault tests start their own Redis: on Debian or Ubuntu run "
                        "'sudo apt-get install redis-server'.")
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.program, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        wait_until(lambda: redis.Redis(port=self.port).ping(), 20, "Redis to start")

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None

    def destroy(self) -> None:
        self.stop()


class AppProcesses:
    """GovSocial's web server, workers and beat on a private database and broker."""

    def __init__(self, postgres: PrivatePostgres, broker: PrivateRedis, workdir: Path) -> None:
        self.workdir = workdir
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "GOVSOCIAL_VAR_DIR": str(workdir),
            "DATABASE_URL": postgres.url,
            "CELERY_BROKER_URL": broker.url,
            "DEBUG": "true",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # The sweep that re-enqueues lost or abandoned runs, at test speed.
            "CHECK_RUN_STALE_AFTER_SECONDS": "3",
            "CHECK_RUN_SWEEP_SECONDS": "1",
            "NOTIFICATION_STALE_AFTER_SECONDS": "3",
            "NOTIFICATION_SWEEP_SECONDS": "1",
            # Every process writes the email it sends to a file there (tests/settings.py).
            "EMAIL_FILE_PATH": str(workdir / "mail"),
            "SITE_URL": SITE_URL,
        }
        self.processes: list[subprocess.Popen] = []
        # What docker-compose.yml's `restart: unless-stopped` does for the worker and beat.
        self.restarts: list[str] = []
        self._restart_on_exit: dict[int, tuple[str, list[str]]] = {}
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._supervisor: threading.Thread | None = None

    def manage(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def _spawn(self, name: str, command: list[str], *, restart: bool = False
               ) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115
        with self._lock:
            process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log,
                                       stderr=subprocess.STDOUT, start_new_session=True)
            log.close()
            self.processes.append(process)
            if restart:
                self._restart_on_exit[process.pid] = (name, command)
                if self._supervisor is None:
                    self._supervisor = threading.Thread(target=self._supervise, daemon=True)
                    self._supervisor.start()
        return process

    def _supervise(self) -> None:
        """Start again, as docker-compose.yml's restart policy does, a worker or beat that
        exited by itself (Celery may shut a worker down after a broker outage); every
        restart is recorded in ``restarts`` and supervisor.log, so a test can forbid them."""
        while not self._stopping.wait(0.5):
            with self._lock:
                for process in list(self.processes):
                    if process.pid in self._restart_on_exit and process.poll() is not None:
                        name, command = self._restart_on_exit.pop(process.pid)
                        self._spawn(name, command, restart=True)
                        # On record only once the new process runs, so a test that sees
                        # the restart also sees its process.
                        restart = f"{name} exited with {process.returncode}"
                        with open(self.workdir / "supervisor.log", "a") as log:
                            log.write(f"{time.strftime('%H:%M:%S')} {restart}; "
                                      "started again\n")
                        self.restarts.append(restart)

    def worker(self, name: str = "worker", concurrency: int = 2) -> subprocess.Popen:
        return self._spawn(name, [
            sys.executable, "-m", "celery", "-A", "govsocial", "worker", "--loglevel=INFO",
            f"--concurrency={concurrency}", "--without-gossip", "--without-mingle",
            f"--hostname={name}@%h"], restart=True)

    def beat(self) -> subprocess.Popen:
        return self._spawn("beat", [
            sys.executable, "-m", "celery", "-A", "govsocial", "beat", "--loglevel=INFO",
            f"--schedule={self.workdir / 'beat-schedule'}"], restart=True)

    def web(self, workers: int = 2) -> str:
        port = free_port()
        self._spawn("web", [sys.executable, "-m", "gunicorn", "govsocial.wsgi",
                            f"--bind=127.0.0.1:{port}", f"--workers={workers}",
                            "--timeout=60"])
        url = f"http://127.0.0.1:{port}"
        wait_until(lambda: requests.get(url + "/sign-in/", timeout=2).ok, 60,
                   "gunicorn to serve")
        return url

    def kill(self, process: subprocess.Popen) -> None:
        """SIGKILL the process and every child it forked (its whole session); it is not
        started again."""
        with self._lock:
            self._restart_on_exit.pop(process.pid, None)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=20)

    def stop_all(self) -> None:
        self._stopping.set()
        if self._supervisor:
            self._supervisor.join(timeout=10)
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)

    def emails(self) -> list[email.message.Message]:
        """Every email the processes have sent, from the files Django's file backend wrote."""
        separator = b"\n" + b"-" * 79 + b"\n"
        return [email.message_from_bytes(message)
                for path in sorted((self.workdir / "mail").glob("*.log"))
                for message in path.read_bytes().split(separator) if message.strip()]

    def logs(self) -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}"
                         for log in sorted(self.workdir.glob("*.log")))


@contextlib.contextmanager
def private_stack(prefix: str) -> Iterator[tuple[AppProcesses, PrivatePostgres, PrivateRedis]]:
    """A private PostgreSQL (with an empty database) and Redis, and the app's processes
    on them, none started yet; all stopped and removed however the block ends."""
    postgres = PrivatePostgres()
    broker = app = None
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        broker = PrivateRedis()
        app = AppProcesses(postgres, broker, workdir)
        yield app, postgres, broker
    finally:
        if app:
            app.stop_all()
        if broker:
            broker.destroy()
        postgres.destroy()
        shutil.rmtree(workdir, ignore_errors=True)
