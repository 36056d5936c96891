"""What a benchmark ran on, and the Pelican install it compares against.

Timings mean little without the machine, interpreter and tool versions next
to them, so run.py prints these above every table and puts them in --json.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path


def first_line(cmd: list[str], env: dict[str, str] | None = None) -> str:
    """First line of a command's output, or 'unknown' when it fails."""
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0] if lines else "unknown"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def load_average() -> str:
    """1/5/15-minute load: a busy machine explains a wide min–max."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def machine_info(briefgen_env: dict[str, str], pelican_venv: Path) -> dict[str, str]:
    """Facts printed above the results; the briefgen version is read with the build's env."""
    hugo = shutil.which("hugo")
    pelican = pelican_venv / "bin" / "pelican"
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": cpu_model(),
        "memory": mem_total(),
        "os": platform.platform(),
        "python": f"{platform.python_version()} ({sys.executable})",
        "briefgen": first_line([sys.executable, "-c", "import briefgen; print(briefgen.__version__)"],
                               briefgen_env),
        "hugo": first_line([hugo, "version"]) if hugo else "not installed",
        "pelican": first_line([str(pelican), "--version"]) if pelican.exists() else "not used",
    }


def format_machine(info: dict[str, str]) -> str:
    width = max(len(key) for key in info)
    return "\n".join(f"{key:<{width}}  {value}" for key, value in info.items())


def pelican_command(venv: Path, notes: list[str]) -> str | None:
    """Path of `pelican` in `venv`, creating the venv with pip on first use.

    A separate venv keeps Pelican's dependencies out of the environment that
    runs briefgen; `--keep` reuses it so repeated runs do not reinstall.
    """
    pelican = venv / "bin" / "pelican"
    if pelican.exists():
        return str(pelican)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "pelican", "markdown"],
                       check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as exc:
        notes.append(f"could not install Pelican into {venv}: {(exc.stderr or '')[-500:]}")
        return None
    return str(pelican)
