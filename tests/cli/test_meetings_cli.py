"""`caseflow meetings`: the list (id, date, start, type, case numbers) and the .ics export.

The list and the calendar name cases by number only. A bad date is a usage
error (exit 2); a calendar that cannot be written leaves nothing behind, and
an older file at the target stays as it was.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from caseflow import cli
from tests.helpers import PASSPHRASE
from tests.reports.test_meeting_documents import LAST_WEEK, TODAY, MeetingDatabase, meeting_database
from tests.storage.helpers import assert_clean_stderr, run_cli

HEADER = "id\tdate\tstart\ttype\tcases\tcancelled"
NAMES = ("Åsa", "Öberg", "Omar", "Berg", "Eva Mentor", "Per Polis", "Kim")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> MeetingDatabase:
    return meeting_database(tmp_path_factory.mktemp("meetings-cli") / "unit.caseflow")


@pytest.fixture
def as_sara(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("CASEFLOW_USER", "sara")
    monkeypatch.setenv("CASEFLOW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFLOW_LANG", "en")
    return monkeypatch


def _main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as leaving:  # argparse's own exit for usage errors
        code = int(leaving.code or 0)
    out, err = capsys.readouterr()
    assert_clean_stderr(err)
    return code, out, err


def _rows(out: str) -> list[list[str]]:
    lines = out.splitlines()
    assert lines[0] == HEADER
    return [line.split("\t") for line in lines[1:]]


def test_lists_meetings_in_date_order_with_case_numbers_only(db: MeetingDatabase) -> None:
    result = run_cli("meetings", db.path, "--user", "sara", env={"CASEFLOW_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 0, result.stderr
    assert_clean_stderr(result.stderr)
    asa, omar = db.sitting.asa.case_number, db.sitting.omar.case_number
    earlier = (TODAY - timedelta(days=30)).isoformat()
    week, later = LAST_WEEK.isoformat(), (TODAY + timedelta(days=3)).isoformat()
    assert _rows(result.stdout) == [
        [str(db.earlier), earlier, "09:00", "network", asa, ""],
        [str(db.sitting.meeting_id), week, "09:00", "sspf", f"{asa},{omar}", ""],
        [str(db.single), week, "13:00", "sspf", omar, ""],
        [str(db.cancelled), later, "09:00", "sspf", asa, "cancelled"],
    ]
    for name in NAMES:
        assert name not in result.stdout


def test_from_and_to_take_whole_days(
    db: MeetingDatabase, as_sara: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _main(
        capsys, "meetings", db.path, "--from", LAST_WEEK.isoformat(), "--to", LAST_WEEK
    )
    assert code == 0
    assert [row[0] for row in _rows(out)] == [str(db.sitting.meeting_id), str(db.single)]
    code, out, _ = _main(capsys, "meetings", db.path, "--from", TODAY.isoformat())
    assert [row[0] for row in _rows(out)] == [str(db.cancelled)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-13-01"), "2026-13-01 is not a date: write it as YYYY-MM-DD"),
        (("--to", "igår"), "igår is not a date"),
        (("--from", "2026-05-02", "--to", "2026-05-01"), "The period starts (2026-05-02) after"),
    ],
)
def test_a_bad_date_is_a_usage_error(
    db: MeetingDatabase,
    as_sara: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    args: tuple[str, ...],
    message: str,
) -> None:
    target = tmp_path / "möten.ics"
    code, out, err = _main(capsys, "meetings", db.path, *args, "--ics", target)
    assert code == 2
    assert out == ""
    assert message in err
    assert list(tmp_path.iterdir()) == []


def test_the_ics_file_holds_the_meetings_read_back_by_a_real_parser(
    db: MeetingDatabase, tmp_path: Path
) -> None:
    icalendar = pytest.importorskip("icalendar")
    target = tmp_path / "möten.ics"
    result = run_cli(
        "meetings",
        db.path,
        "--user",
        "sara",
        "--from",
        (TODAY - timedelta(days=8)).isoformat(),
        "--ics",
        target,
        env={"CASEFLOW_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert f"Wrote the calendar to {target} (meetings: 3)." in result.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    calendar = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        f"meeting-{i}@caseflow.invalid" for i in (db.sitting.meeting_id, db.single, db.cancelled)
    }
    shared = events[f"meeting-{db.sitting.meeting_id}@caseflow.invalid"]
    assert db.sitting.asa.case_number in str(shared["SUMMARY"])
    assert db.sitting.omar.case_number in str(shared["SUMMARY"])
    assert str(shared["LOCATION"]) == "Stadshuset, rum 3"
    assert shared.decoded("DTSTART").hour == 9
    assert str(events[f"meeting-{db.cancelled}@caseflow.invalid"]["STATUS"]) == "CANCELLED"
    text = raw.decode("utf-8")
    for name in NAMES:
        assert name not in text
    assert not [p for p in tmp_path.iterdir() if p.name != "möten.ics"], "no temporary file left"


def test_an_ics_file_that_cannot_be_written_leaves_nothing(
    db: MeetingDatabase,
    as_sara: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no-such-folder" / "möten.ics"
    code, out, err = _main(capsys, "meetings", db.path, "--ics", missing)
    assert (code, out) == (2, "")
    assert f"Cannot write {missing}: the folder does not exist." in err
    assert list(tmp_path.iterdir()) == []

    folder = tmp_path / "a-folder.ics"
    folder.mkdir()
    code, _, err = _main(capsys, "meetings", db.path, "--ics", folder)
    assert code == 2 and "it is a folder" in err
    assert list(folder.iterdir()) == []


def test_a_failure_while_writing_keeps_the_old_file_and_removes_the_temporary_one(
    db: MeetingDatabase,
    as_sara: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    target = tmp_path / "möten.ics"
    target.write_bytes(b"the calendar of yesterday")

    def disk_full(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    as_sara.setattr(os, "replace", disk_full)
    code, _, err = _main(capsys, "meetings", db.path, "--ics", target)
    assert code == 2
    assert f"Cannot write {target}: No space left on device" in err
    assert target.read_bytes() == b"the calendar of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["möten.ics"]


def test_a_manager_may_not_list_meetings(
    db: MeetingDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEFLOW_PASSPHRASE", PASSPHRASE)
    code, out, err = _main(capsys, "meetings", db.path, "--user", "chef")
    assert (code, out) == (2, "")
    assert "You do not have permission to do that." in err
