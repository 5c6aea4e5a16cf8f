"""`caseflow report case|stats|extract`: reports written to files from the command line.

Every bad input (a missing case, a bad date, a bad personnummer, an unknown
person, a recipient without consent, a path that cannot be written) gives a
clear message and exit code 2, and leaves nothing at the target path: an
older file there stays as it was. A recipient's copy is entered in the
disclosure register only once the file is written.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseflow import cli
from caseflow.domain.errors import InvalidInput
from caseflow.domain.text import QT_TRANSLATE_NOOP
from caseflow.services import case_report, consent
from tests.helpers import PASSPHRASE, login, pnr_in_test_range
from tests.services.test_register_extract import (
    JOURNAL_TEXT,
    KALLE_JOURNAL,
    KALLE_NOTES,
    MEETING_NOTES,
    OPENING_REASON,
    TODAY,
    Story,
    build_story,
)
from tests.storage.helpers import assert_clean_stderr, run_cli

OLD = b"%PDF-1.4 the version printed last week"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Story]:
    path = tmp_path_factory.mktemp("report-cli") / "unit.caseflow"
    return path, build_story(path)


@pytest.fixture
def path(db: tuple[Path, Story]) -> Path:
    return db[0]


@pytest.fixture
def story(db: tuple[Path, Story]) -> Story:
    return db[1]


@pytest.fixture
def as_user(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("CASEFLOW_USER", "sara")
    monkeypatch.setenv("CASEFLOW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEFLOW_LANG", "en")
    return monkeypatch


def _main(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    try:
        code = cli.main(["report", *(str(a) for a in args)])
    except SystemExit as leaving:  # argparse's own exit for usage errors
        code = int(leaving.code or 0)
    out, err = capsys.readouterr()
    assert out == ""
    assert_clean_stderr(err)
    return code, err


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _disclosures(path: Path, case_id: int) -> list[consent.DisclosureView]:
    workspace = login(path, "sara")
    try:
        return consent.disclosures(workspace, case_id)
    finally:
        workspace.lock()


# --- caseflow report extract -------------------------------------------------------------------


def test_the_extract_is_written_by_a_real_process(path, story, tmp_path):
    target = tmp_path / "registerutdrag.pdf"
    result = run_cli(
        "report",
        "extract",
        path,
        "--user",
        "sara",
        "--personnummer",
        f"{story.elsa_pnr[2:8]}-{story.elsa_pnr[8:]}",
        "--out",
        target,
        env={"CASEFLOW_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert_clean_stderr(result.stderr)
    assert result.stdout == ""
    assert f"Wrote {target}." in result.stderr
    text = _text(target)
    assert text.startswith("Register extract")
    assert JOURNAL_TEXT in text and MEETING_NOTES in text and OPENING_REASON in text
    for other in (KALLE_JOURNAL, KALLE_NOTES, story.kalle_case_number):
        assert other not in text
    assert [p.name for p in tmp_path.iterdir()] == ["registerutdrag.pdf"]
    assert (target.stat().st_mode & 0o077) == 0, "a confidential file is the user's alone"


@pytest.mark.parametrize(
    ("personnummer", "message"),
    [
        (
            "19121212-1213",
            "19121212-1213 is not a personal identity number: The check digit is wrong",
        ),
        ("abc", "abc is not a personal identity number: The personnummer contains characters"),
        ("unknown", "No person with personal identity number {unknown} is registered."),
        ("protected-for-olof", "No person with personal identity number {nora} is registered."),
    ],
)
def test_bad_or_unknown_personnummer_is_refused_with_exit_code_2(
    path, story, as_user, capsys, tmp_path, personnummer, message
):
    unknown = pnr_in_test_range(TODAY.replace(year=TODAY.year - 30), 999)
    if personnummer == "unknown":
        personnummer = unknown
    if personnummer == "protected-for-olof":  # Nora is not Olof's: he cannot find her
        as_user.setenv("CASEFLOW_USER", "olof")
        personnummer = story.nora_pnr
    target = tmp_path / "utdrag.pdf"
    target.write_bytes(OLD)
    code, err = _main(capsys, "extract", path, "--personnummer", personnummer, "--out", target)
    assert code == 2
    fill = {
        "unknown": f"{unknown[:8]}-{unknown[8:]}",
        "nora": f"{story.nora_pnr[:8]}-{story.nora_pnr[8:]}",
    }
    assert message.format(**fill) in err, err
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["utdrag.pdf"]


def test_only_a_social_worker_writes_an_extract(path, story, as_user, capsys, tmp_path):
    as_user.setenv("CASEFLOW_USER", "fia")
    target = tmp_path / "utdrag.pdf"
    code, err = _main(capsys, "extract", path, "--personnummer", story.elsa_pnr, "--out", target)
    assert code == 2 and err.strip()
    assert list(tmp_path.iterdir()) == []


def test_the_extract_needs_its_options(path, as_user, capsys, tmp_path):
    code, err = _main(capsys, "extract", path, "--out", tmp_path / "x.pdf")
    assert code == 2 and "the following arguments are required: --personnummer" in err
    assert list(tmp_path.iterdir()) == []


# --- caseflow report case ------------------------------------------------------------------------


def test_the_case_file_copy_records_no_disclosure(path, story, as_user, capsys, tmp_path):
    before = _disclosures(path, story.elsa_case)
    target = tmp_path / "uppfoljning.pdf"
    code, err = _main(
        capsys, "case", path, "--case", story.elsa_case_number.lower(), "--out", target
    )
    assert code == 0, err
    assert f"Wrote {target}." in err and "disclosure register" not in err
    text = _text(target)
    assert "Case follow-up report" in text and story.elsa_case_number in text
    assert "Copy for the case file" in text
    assert _disclosures(path, story.elsa_case) == before


def test_a_recipient_s_copy_is_written_then_entered_in_the_disclosure_register(
    path, story, as_user, capsys, tmp_path
):
    before = len(_disclosures(path, story.elsa_case))
    target = tmp_path / "till-skolan.pdf"
    code, err = _main(
        capsys,
        "case",
        path,
        "--case",
        story.elsa_case_number,
        "--recipient",
        "school:Vasaskolan",
        "--out",
        target,
    )
    assert code == 0, err
    assert "The copy for Vasaskolan (School) is recorded in the case's disclosure register." in err
    text = _text(target)
    assert "Vasaskolan" in text and "Copy for the case file" not in text
    after = _disclosures(path, story.elsa_case)
    assert len(after) == before + 1
    assert after[-1].party.name == "Vasaskolan" and story.elsa_case_number in after[-1].what


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--case", "SSPF-2020-9999"), "There is no case SSPF-2020-9999."),
        (("--case", "nonsense"), "case number"),
        (("--case", "{case}", "--recipient", "police"), "Police"),
        (
            ("--case", "{case}", "--recipient", "leisure:Fritidsgården Ugglan"),
            "Withdrawn by the young",
        ),
        (("--case", "{case}", "--recipient", "mayor"), "school, police"),
        ((), "the following arguments are required: --case"),
    ],
)
def test_bad_case_input_is_refused_with_exit_code_2_and_nothing_written(
    path, story, as_user, capsys, tmp_path, args, message
):
    before = len(_disclosures(path, story.elsa_case))
    target = tmp_path / "rapport.pdf"
    target.write_bytes(OLD)
    filled = [a.format(case=story.elsa_case_number) for a in args]
    code, err = _main(capsys, "case", path, *filled, "--out", target)
    assert code == 2
    assert message in err, err
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]
    assert len(_disclosures(path, story.elsa_case)) == before


def test_a_refused_recipient_is_told_the_reason(path, story, as_user, capsys, tmp_path):
    code, err = _main(
        capsys,
        "case",
        path,
        "--case",
        story.elsa_case_number,
        "--recipient",
        "police",
        "--out",
        tmp_path / "polisen.pdf",
    )
    assert code == 2
    # The rules' reasons: nobody has consented to the police.
    assert "No consent has been given for Police" in err, err


def test_no_disclosure_is_recorded_when_the_file_cannot_be_written(
    path, story, as_user, capsys, tmp_path
):
    before = len(_disclosures(path, story.elsa_case))
    target = tmp_path / "till-skolan.pdf"
    target.write_bytes(OLD)

    def interrupted(source: str, destination: str) -> None:
        raise OSError(5, "Input/output error")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", interrupted)
        code, err = _main(
            capsys,
            "case",
            path,
            "--case",
            story.elsa_case_number,
            "--recipient",
            "school:Vasaskolan",
            "--out",
            target,
        )
    assert code == 2 and "Input/output error" in err
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["till-skolan.pdf"]
    assert len(_disclosures(path, story.elsa_case)) == before


def test_a_copy_whose_disclosure_cannot_be_recorded_is_not_left_behind(
    path, story, as_user, capsys, tmp_path
):
    def refused(workspace: object, data: object) -> int:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The consent ended a moment ago."))

    as_user.setattr(case_report, "record_report_disclosure", refused)
    target = tmp_path / "till-skolan.pdf"
    code, err = _main(
        capsys,
        "case",
        path,
        "--case",
        story.elsa_case_number,
        "--recipient",
        "school:Vasaskolan",
        "--out",
        target,
    )
    assert code == 2 and "The consent ended a moment ago." in err
    assert list(tmp_path.iterdir()) == []


# --- caseflow report stats ---------------------------------------------------------------------


def _period() -> tuple[str, str]:
    return TODAY.replace(month=1, day=1).isoformat(), TODAY.isoformat()


def test_stats_are_written_as_pdf_and_csv(path, as_user, capsys, tmp_path):
    as_user.setenv("CASEFLOW_USER", "chef")
    start, end = _period()
    pdf, csv = tmp_path / "statistik.pdf", tmp_path / "statistik.csv"
    code, err = _main(
        capsys,
        "stats",
        path,
        "--from",
        start,
        "--to",
        end,
        "--programme",
        "sspf",
        "--programme",
        "SIG",
        "--out",
        pdf,
        "--csv",
        csv,
    )
    assert code == 0, err
    assert f"Wrote {pdf}." in err and f"Wrote {csv}." in err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert csv.read_bytes().startswith("\ufeff".encode())
    text = _text(pdf)
    assert "Elsa" not in text and "Kalle" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["statistik.csv", "statistik.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-02-30", "--to", "2026-03-01"), "2026-02-30 is not a date"),
        (("--from", "31/1/2026", "--to", "2026-03-01"), "31/1/2026 is not a date"),
        (("--from", "2026-03-02", "--to", "2026-03-01"), "The period starts (2026-03-02) after"),
        (("--from", "2026-01-01", "--to", "2026-03-01", "--programme", "ABC"), "invalid choice"),
        (("--to", "2026-03-01"), "the following arguments are required: --from"),
        (("--from", "2026-01-01", "--to", "2026-03-01", "--csv", "{out}"), "another file"),
    ],
)
def test_bad_stats_input_is_refused_with_exit_code_2(
    path, as_user, capsys, tmp_path, args, message
):
    as_user.setenv("CASEFLOW_USER", "chef")
    target = tmp_path / "statistik.pdf"
    target.write_bytes(OLD)
    filled = [a.format(out=target) for a in args]
    code, err = _main(capsys, "stats", path, *filled, "--out", target)
    assert code == 2
    assert message in err, err
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["statistik.pdf"]


def test_stats_write_nothing_when_the_csv_cannot_be_written(path, as_user, capsys, tmp_path):
    as_user.setenv("CASEFLOW_USER", "chef")
    start, end = _period()
    pdf = tmp_path / "statistik.pdf"
    missing = tmp_path / "saknas" / "statistik.csv"
    code, err = _main(
        capsys, "stats", path, "--from", start, "--to", end, "--out", pdf, "--csv", missing
    )
    assert code == 2 and f"Cannot write {missing}: the folder does not exist." in err
    assert list(tmp_path.iterdir()) == []


def test_stats_are_not_for_field_assistants(path, as_user, capsys, tmp_path):
    as_user.setenv("CASEFLOW_USER", "fia")
    start, end = _period()
    code, err = _main(
        capsys, "stats", path, "--from", start, "--to", end, "--out", tmp_path / "s.pdf"
    )
    assert code == 2 and err.strip()
    assert list(tmp_path.iterdir()) == []


# --- paths, for every kind -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["case", "stats", "extract"])
def test_an_unwritable_target_is_refused_before_any_work(
    path, story, as_user, capsys, tmp_path, kind
):
    start, end = _period()
    options = {
        "case": ["--case", story.elsa_case_number],
        "stats": ["--from", start, "--to", end],
        "extract": ["--personnummer", story.elsa_pnr],
    }[kind]
    missing = tmp_path / "saknas" / "rapport.pdf"
    code, err = _main(capsys, kind, path, *options, "--out", missing)
    assert code == 2 and f"Cannot write {missing}: the folder does not exist." in err
    code, err = _main(capsys, kind, path, *options, "--out", tmp_path)
    assert code == 2 and "it is a folder" in err
    locked = tmp_path / "skrivskyddad"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        code, err = _main(capsys, kind, path, *options, "--out", locked / "rapport.pdf")
        assert code == 2 and "you may not write in its folder" in err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    assert [p.name for p in tmp_path.iterdir()] == ["skrivskyddad"]
