"""The benchmark suite still runs end to end (tiny size, one run): figures are not judged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_benchmark_suite_runs_and_writes_results(tmp_path, monkeypatch, capsys):
    monkeypatch.syspath_prepend(str(REPO))
    from benchmarks import run

    out = tmp_path / "results.md"
    run.main(
        [
            "--sizes",
            "30",
            "--repeat",
            "1",
            "--backup-repeat",
            "1",
            "--fast-kdf",
            "--cache",
            str(tmp_path / "cache"),
            "--out",
            str(out),
        ]
    )

    printed = capsys.readouterr().out
    assert "open a case with 300 journal entries" in printed
    results = out.read_text()
    for heading in (
        "## Machine",
        "## Databases",
        "## Targets",
        "## 30: 30 cases",
        "## Peak memory",
    ):
        assert heading in results
    assert "| SQLCipher |" in results
    # Every database operation also ran on the plain copy and has a ratio.
    for operation in (
        "case list first page (200 rows)",
        "save a journal entry",
        "case report (PDF)",
    ):
        line = next(x for x in results.splitlines() if x.startswith(f"| {operation} |"))
        assert re.search(r"\| \d+\.\d\d× \|", line), line
    assert re.search(r"start of the app to the unlock dialog \| \d", results)
    assert "the plain copy answered differently" not in results
    # The figures are kept: the results file can be written again without measuring.
    again = tmp_path / "again.md"
    run.main(["--render-only", "--cache", str(tmp_path / "cache"), "--out", str(again)])
    assert again.read_text().split("\n## Machine")[1] == results.split("\n## Machine")[1]
    # The cache holds the encrypted database, its plain copy and their description.
    cached = sorted(p.suffix for p in (tmp_path / "cache").iterdir() if p.is_file())
    assert ".caseflow" in cached
    assert ".sqlite" in cached
    assert ".json" in cached
