"""A real single-node Apache Kafka broker (KRaft) from Maven Central jars, for tests,
benchmarks and local runs without Docker.

The jars come from ``tools/kafka/fetch.sh`` (cached under ``.cache/kafka/libs``, or
``$KAFKA_LIBS``). The broker listens on 127.0.0.1 only, on free ports chosen at start,
keeps its data in a directory of its own, and can be stopped, killed and restarted on the
same ports and data (to test clients riding out a broker outage).

Only the standard library: this module is imported by the test harness and the benchmark
before anything else is known to work.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
FETCH_SCRIPT = REPO / "tools" / "kafka" / "fetch.sh"
LOG4J = REPO / "tools" / "kafka" / "log4j.properties"
READY_LINE = "Kafka Server started"


class BrokerError(RuntimeError):
    """The broker jars could not be fetched, or the broker did not start."""


def fetch_jars(timeout: float = 600.0) -> Path:
    """Return the folder of broker jars, fetching them from Maven Central if needed."""
    env_libs = os.environ.get("KAFKA_LIBS")
    if env_libs:
        return Path(env_libs)
    try:
        out = subprocess.run(
            ["bash", str(FETCH_SCRIPT)], check=True, capture_output=True, text=True, timeout=timeout
        )
    except (OSError, subprocess.SubprocessError) as exc:
        stderr = getattr(exc, "stderr", "") or ""
        raise BrokerError(f"cannot fetch the Kafka broker jars: {exc}\n{stderr}") from exc
    return Path(out.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise BrokerError("java (17+) not found: install OpenJDK 17 or set JAVA_HOME")
    return found


class LocalBroker:
    """One KRaft node (broker and controller) on 127.0.0.1.

    ``start()`` formats the storage on first use and waits until the broker logs that it
    started and accepts connections; ``start_seconds`` records how long that took.
    """

    def __init__(self, workdir: Path, libs: Path | None = None, heap: str = "512m") -> None:
        self.workdir = Path(workdir)
        self.libs = libs
        self.heap = heap
        self.port = free_port()
        self.controller_port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.start_seconds: float | None = None
        self._formatted = False

    @property
    def bootstrap(self) -> str:
        """``host:port`` for Kafka clients."""
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """``kafka://host:port`` for faust and the project's settings."""
        return f"kafka://{self.bootstrap}"

    @property
    def log_path(self) -> Path:
        return self.workdir / "broker.log"

    def _classpath(self) -> str:
        if self.libs is None:
            self.libs = fetch_jars()
        return f"{self.libs}/*"

    def _write_config(self) -> Path:
        self.workdir.mkdir(parents=True, exist_ok=True)
        data = self.workdir / "data"
        props = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{self.controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "log.dirs": str(data),
            "num.partitions": "1",
            # Topics are created up front by the application: a missing one fails loudly.
            "auto.create.topics.enable": "false",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "1",
            "group.initial.rebalance.delay.ms": "0",
            "group.min.session.timeout.ms": "2000",
            "delete.topic.enable": "true",
            "log.segment.bytes": str(16 * 1024 * 1024),
            "log.cleaner.dedupe.buffer.size": str(4 * 1024 * 1024),
        }
        path = self.workdir / "server.properties"
        path.write_text("".join(f"{k}={v}\n" for k, v in props.items()), encoding="utf-8")
        return path

    def _format(self, config: Path) -> None:
        cp = self._classpath()
        cluster_id = uuid.uuid4().hex[:22]
        cmd = [_java(), "-cp", cp, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config)]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            raise BrokerError(f"kafka storage format failed: {res.stdout}\n{res.stderr}")
        self._formatted = True

    def start(self, timeout: float = 90.0) -> float:
        """Start (or restart) the broker; return the seconds until it was ready."""
        if self.proc is not None and self.proc.poll() is None:
            raise BrokerError("broker already running")
        began = time.monotonic()
        config = self._write_config()
        if not self._formatted:
            self._format(config)
        cmd = [
            _java(),
            f"-Xms{self.heap}",
            f"-Xmx{self.heap}",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-XX:+ExplicitGCInvokesConcurrent",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-Djava.awt.headless=true",
            f"-Dkafka.logs.dir={self.workdir / 'logs'}",
            f"-Dlog4j.configuration=file:{LOG4J}",
            "-cp",
            self._classpath(),
            "kafka.Kafka",
            str(config),
        ]
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        logfile = self.log_path.open("ab")
        try:
            self.proc = subprocess.Popen(cmd, stdout=logfile, stderr=subprocess.STDOUT, cwd=self.workdir)
        finally:
            logfile.close()
        self._wait_ready(offset, began + timeout)
        self.start_seconds = time.monotonic() - began
        log.info("kafka broker ready on %s in %.1fs", self.bootstrap, self.start_seconds)
        return self.start_seconds

    def _wait_ready(self, offset: int, deadline: float) -> None:
        assert self.proc is not None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BrokerError(f"broker exited with {self.proc.returncode}:\n{self.tail()}")
            if self._logged_ready(offset) and self._port_open():
                return
            time.sleep(0.1)
        self.kill()
        raise BrokerError(f"broker not ready in time:\n{self.tail()}")

    def _logged_ready(self, offset: int) -> bool:
        try:
            with self.log_path.open("rb") as fh:
                fh.seek(offset)
                return READY_LINE.encode() in fh.read()
        except OSError:
            return False

    def _port_open(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                return True
        except OSError:
            return False

    def tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self, timeout: float = 30.0) -> None:
        """Controlled shutdown (SIGTERM), then SIGKILL if it hangs."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


def main() -> int:
    """``python -m agents.localbroker [DIR]``: run a broker in the foreground until Ctrl-C."""
    import sys

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    workdir = Path(sys.argv[1] if len(sys.argv) > 1 else "var/kafka-broker")
    broker = LocalBroker(workdir, heap="1g")
    broker.start()
    sys.stderr.write(f"broker ready: {broker.url} (log: {broker.log_path})\n")
    try:
        assert broker.proc is not None
        broker.proc.wait()
    except KeyboardInterrupt:
        broker.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
