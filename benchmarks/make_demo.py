"""Time `caseflow demo` at several sizes and print the figures.

    python benchmarks/make_demo.py                  # 1,000, 10,000 and 50,000 cases
    python benchmarks/make_demo.py 1000 10000       # other sizes
    python benchmarks/make_demo.py --keep DIR 50000 # keep the databases in DIR

Each size runs the real command line (`python -m caseflow demo DB --cases N
--fast-kdf`) in a fresh process on a fresh database, so the figures include
start-up, key slots, generation and the batched inserts. `--fast-kdf` keeps
the six Argon2id derivations (about 3 s with the default cost) out of the
comparison; everything else is as a user runs it. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_SIZES = (1_000, 10_000, 50_000)
MIB = 1024 * 1024


def run(size: int, folder: Path, seed: int) -> dict[str, float]:
    database = folder / f"demo-{size}.caseflow"
    env = dict(os.environ, CASEFLOW_LANG="en")
    command = [sys.executable, "-m", "caseflow", "demo", str(database), "--cases", str(size)]
    command += ["--seed", str(seed), "--fast-kdf"]
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"caseflow demo failed ({result.returncode}):\n{result.stderr}")
    entries = re.search(r"(\d+) journal entries", result.stderr)
    people = re.search(r"(\d+) new people", result.stderr)
    size_bytes = sum(
        path.stat().st_size
        for path in (database, database.with_name(database.name + "-wal"))
        if path.exists()
    )
    return {
        "cases": size,
        "seconds": seconds,
        "people": float(people.group(1)) if people else 0.0,
        "entries": float(entries.group(1)) if entries else 0.0,
        "bytes": float(size_bytes),
        # Peak resident memory of the largest child so far (kilobytes on Linux).
        "peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(DEFAULT_SIZES))
    parser.add_argument("--keep", type=Path, help="write the databases here and keep them")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        folder = args.keep
    else:
        folder = Path(tempfile.mkdtemp(prefix="caseflow-demo-bench-"))
    print(f"# caseflow demo --fast-kdf, seed {args.seed}, {os.cpu_count()} CPUs, in {folder}")
    header = ("cases", "seconds", "cases/s", "people", "entries", "MiB", "KiB/case", "peak MiB")
    print("\t".join(header))
    for size in args.sizes:
        figures = run(size, folder, args.seed)
        print(
            f"{size}\t{figures['seconds']:.1f}\t{size / figures['seconds']:.0f}\t"
            f"{figures['people']:.0f}\t{figures['entries']:.0f}\t"
            f"{figures['bytes'] / MIB:.1f}\t{figures['bytes'] / 1024 / size:.1f}\t"
            f"{figures['peak_mib']:.0f}",
            flush=True,
        )
        if not args.keep:
            for leftover in folder.glob(f"demo-{size}.caseflow*"):
                leftover.unlink()


if __name__ == "__main__":
    main()
