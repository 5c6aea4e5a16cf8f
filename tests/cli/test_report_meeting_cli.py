"""`caseflow report meeting`: a meeting's agenda or one case's minutes written as a PDF.

A missing meeting, a case that is not on it, the whole minutes of a shared
sitting or a path that cannot be written give a clear message and exit code
2, and leave nothing at the target path.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseflow import cli
from tests.helpers import PASSPHRASE
from tests.reports.test_meeting_documents import MeetingDatabase, meeting_database
from tests.storage.helpers import assert_clean_stderr, run_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> MeetingDatabase:
    return meeting_database(tmp_path_factory.mktemp("report-cli") / "unit.caseflow")


@pytest.fixture
def as_sara(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("CASEFLOW_USER", "sara")
    monkeypatch.setenv("CASEFLOW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFLOW_LANG", "en")
    return monkeypatch


def _main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    try:
        code = cli.main(["report", "meeting", *(str(a) for a in args)])
    except SystemExit as leaving:  # argparse's own exit for usage errors
        code = int(leaving.code or 0)
    out, err = capsys.readouterr()
    assert out == ""
    assert_clean_stderr(err)
    return code, err


def _text(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_writes_one_case_s_minutes_as_a_real_process_would(
    db: MeetingDatabase, tmp_path: Path
) -> None:
    target = tmp_path / "protokoll.pdf"
    asa = db.sitting.asa.case_number
    result = run_cli(
        "report",
        "meeting",
        db.path,
        "--user",
        "sara",
        "--meeting",
        str(db.sitting.meeting_id),
        "--case",
        asa.lower(),  # case numbers are read whatever their case
        "--out",
        target,
        env={"CASEFLOW_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert_clean_stderr(result.stderr)
    assert result.stdout == ""
    assert f"Wrote {target}." in result.stderr
    pages = _text(target)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text and asa in text
    everything = " ".join(pages)
    assert "Åsa-anteckning 1" in everything
    assert "OMAR" not in everything and db.sitting.omar.case_number not in everything
    assert [p.name for p in tmp_path.iterdir()] == ["protokoll.pdf"]
    assert (target.stat().st_mode & 0o077) == 0, "a confidential file is the user's alone"


def test_the_agenda_and_a_one_case_meeting_s_minutes(
    db: MeetingDatabase,
    as_sara: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    agenda = tmp_path / "dagordning.pdf"
    code, _ = _main(
        capsys, db.path, "--meeting", db.sitting.meeting_id, "--agenda", "--out", agenda
    )
    assert code == 0
    text = " ".join(_text(agenda))
    assert text.startswith("Agenda")
    assert db.sitting.asa.case_number in text and db.sitting.omar.case_number in text

    single = tmp_path / "omar.pdf"
    code, _ = _main(capsys, db.path, "--meeting", db.single, "--out", single)
    assert code == 0
    assert "Minutes" in _text(single)[0] and db.sitting.omar.case_number in _text(single)[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--meeting", "999"), "There is no meeting 999."),
        (("--meeting", "abc"), "invalid int value"),
        ((), "the following arguments are required: --meeting"),
        (("--meeting", "{shared}"), "took up several cases ({cases}): its minutes are printed one"),
        (("--meeting", "{shared}", "--case", "SSPF-2020-9"), "Case SSPF-2020-9 is not on the"),
        (("--meeting", "{shared}", "--case", "nonsense"), "case number"),
        (("--meeting", "{shared}", "--case", "{asa}", "--agenda"), "--case is for the minutes"),
    ],
)
def test_bad_input_is_refused_with_exit_code_2_and_nothing_written(
    db: MeetingDatabase,
    as_sara: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: tuple[str, ...],
    message: str,
) -> None:
    values = {
        "shared": db.sitting.meeting_id,
        "asa": db.sitting.asa.case_number,
        "cases": f"{db.sitting.asa.case_number}, {db.sitting.omar.case_number}",
    }
    target = tmp_path / "protokoll.pdf"
    filled = [a.format(**values) for a in args]
    code, err = _main(capsys, db.path, *filled, "--out", target)
    assert code == 2
    assert message.format(**values) in err, err
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_target_is_refused_before_any_work(
    db: MeetingDatabase,
    as_sara: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    shared = db.sitting.meeting_id
    missing = tmp_path / "saknas" / "protokoll.pdf"
    code, err = _main(capsys, db.path, "--meeting", shared, "--agenda", "--out", missing)
    assert code == 2 and f"Cannot write {missing}: the folder does not exist." in err
    locked = tmp_path / "skrivskyddad"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        target = locked / "protokoll.pdf"
        code, err = _main(capsys, db.path, "--meeting", shared, "--agenda", "--out", target)
        assert code == 2 and "you may not write in its folder" in err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    assert [p.name for p in tmp_path.iterdir()] == ["skrivskyddad"]


def test_a_failed_report_leaves_an_older_file_as_it_was(
    db: MeetingDatabase,
    as_sara: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    target = tmp_path / "protokoll.pdf"
    target.write_bytes(b"%PDF-1.4 the version printed last week")
    code, _ = _main(capsys, db.path, "--meeting", "999", "--out", target)
    assert code == 2
    assert target.read_bytes() == b"%PDF-1.4 the version printed last week"

    def interrupted(source: str, destination: str) -> None:
        raise OSError(5, "Input/output error")

    as_sara.setattr(os, "replace", interrupted)
    code, err = _main(capsys, db.path, "--meeting", db.single, "--out", target)
    assert code == 2 and "Input/output error" in err
    assert target.read_bytes() == b"%PDF-1.4 the version printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["protokoll.pdf"]


def test_report_needs_a_kind(
    db: MeetingDatabase, as_sara: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as leaving:
        cli.main(["report"])
    assert leaving.value.code == 2
    assert "Usage error" in capsys.readouterr().err
