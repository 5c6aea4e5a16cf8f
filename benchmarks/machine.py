"""What machine the figures come from: CPU, cores, memory, OS, versions, load."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            name, _, value = line.partition(":" if ":" in line else "=")
            if name.strip() == key:
                return value.strip().strip('"')
    except OSError:
        pass
    return ""


def _library_versions() -> dict[str, str]:
    import sqlalchemy
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()[0]
        found = connection.execute("PRAGMA cipher_version").fetchone()
        cipher = found[0] if found else "?"
    finally:
        connection.close()
    versions = {
        "SQLCipher": str(cipher),
        "SQLite": str(sqlite),
        "SQLAlchemy": sqlalchemy.__version__,
    }
    try:
        import PySide6
        from PySide6 import QtCore

        versions["Qt"] = QtCore.qVersion()
        versions["PySide6"] = PySide6.__version__
    except ImportError:
        versions["Qt"] = "not installed"
    return versions


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def describe() -> dict[str, str]:
    """The machine as a few labelled lines for results.md."""
    memory_kib = _first("/proc/meminfo", "MemTotal").split()
    memory = f"{int(memory_kib[0]) / 1024 / 1024:.1f} GiB" if memory_kib else "?"
    system = _first("/etc/os-release", "PRETTY_NAME") or platform.platform()
    return {
        "CPU": _first("/proc/cpuinfo", "model name") or platform.processor() or "?",
        "cores": str(os.cpu_count()),
        "RAM": memory,
        "OS": f"{system} (kernel {platform.release()})",
        "Python": sys.version.split()[0],
        "niceness of the run": str(os.nice(0)),
        **_library_versions(),
    }


def peak_rss_mib() -> float:
    """This process's peak resident memory in MiB.

    VmHWM where there is /proc: ``ru_maxrss`` keeps the peak of the image an
    exec replaced, so a child started from a big parent (this suite, after
    building a database) would report the parent's peak instead of its own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
