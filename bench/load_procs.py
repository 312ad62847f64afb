"""The processes bench.load starts (the fake, the bot under test) and their /proc readings."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
STOP_SECONDS = 20.0
LOG_TAIL = 3000


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (fields 14 and 15 of /proc/<pid>/stat)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a process (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def log_tail(path: Path) -> str:
    """The end of a log file, for error messages."""
    try:
        return path.read_text(errors="replace")[-LOG_TAIL:]
    except OSError:
        return ""


async def stop_process(process: asyncio.subprocess.Process) -> None:
    """SIGTERM, then SIGKILL if it does not end in time; always reaped."""
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), STOP_SECONDS)
        except TimeoutError:
            process.kill()
            await process.wait()


class FakeProcess:
    """`python -m bench.load_fake`: the HTTP fake Bot API and the simulated people."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self._process = process

    @classmethod
    async def start(
        cls, mode: str, users: int, think_ms: float, deadline: float, walks: int = 1
    ) -> FakeProcess:
        """Start the fake; it reports its address first."""
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.load_fake",
            f"--mode={mode}",
            f"--users={users}",
            f"--think-ms={think_ms}",
            f"--deadline={deadline}",
            f"--walks={walks}",
            cwd=REPO_ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        return cls(process)

    async def event(self, name: str, within: float) -> dict[str, Any]:
        """Wait up to `within` seconds for the next JSON line; its event must be `name`."""
        stdout = self._process.stdout
        if stdout is None:
            raise RuntimeError("the fake has no stdout pipe")
        line = await asyncio.wait_for(stdout.readline(), within)
        if not line:
            raise RuntimeError(f"the fake ended before {name!r}")
        message: dict[str, Any] = json.loads(line)
        if message.get("event") != name:
            raise RuntimeError(f"the fake said {message} while {name!r} was awaited")
        return message

    async def go(self) -> None:
        """Start the timed walk."""
        if self._process.stdin is None:
            raise RuntimeError("the fake has no stdin pipe")
        self._process.stdin.write(b"go\n")
        await self._process.stdin.drain()

    async def stop(self) -> None:
        """Close its stdin (its signal to stop), then make sure it is gone."""
        if self._process.stdin is not None and not self._process.stdin.is_closing():
            self._process.stdin.close()
        try:
            await asyncio.wait_for(self._process.wait(), STOP_SECONDS)
        except TimeoutError:
            await stop_process(self._process)


async def start_bot(module: str, env: dict[str, str], log_path: Path) -> asyncio.subprocess.Process:
    """`python -m <module>` with exactly this environment, its output into a log file."""
    with log_path.open("ab") as log:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", module, cwd=REPO_ROOT, env=env, stdout=log, stderr=log
        )
