"""The command line: exit codes (0 ok, 1 data errors, 2 user mistake), machine-readable
output, and user mistakes reported as a short message without a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attune.cli import build_parser, main, split_overrides

REPO = Path(__file__).resolve().parents[2]


def write_jsonl(path: Path, rows: list[dict[str, str]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + extra, encoding="utf-8")
    return path


def clean_rows() -> list[dict[str, str]]:
    topics = {
        "music": ["play jazz", "play some rock", "next song", "pause the music", "louder please"],
        "weather": [
            "rain today?",
            "is it sunny",
            "weather tomorrow",
            "forecast for paris",
            "will it snow",
        ],
        "banking": [
            "pay my bill",
            "card balance",
            "transfer money",
            "block my card",
            "my account number",
        ],
    }
    return [{"text": t, "label": label} for label, texts in topics.items() for t in texts]


def assert_user_mistake(code: int, err: str, *fragments: str, max_lines: int = 2) -> None:
    """Exit 2, `attune: …` on stderr (plus at most a `→ fix` line), no traceback."""
    assert code == 2
    lines = err.strip().splitlines()
    assert lines and lines[0].startswith("attune: "), err
    assert "Traceback" not in err
    if max_lines == 2:
        assert len(lines) <= 2 and all(line.strip().startswith("→") for line in lines[1:]), err
    else:
        assert len(lines) <= max_lines, err
    for fragment in fragments:
        assert fragment in err


def test_split_overrides() -> None:
    overrides, rest = split_overrides(
        [
            "train",
            "c.yaml",
            "--train.lr=3e-5",
            "--output_dir=runs/x",
            "--resume",
            "--model=m",
            "--quiet",
            "--top-k=3",
            "text with = sign",
        ]
    )
    assert overrides == ["train.lr=3e-5", "output_dir=runs/x", "model=m"]
    assert rest == ["train", "c.yaml", "--resume", "--quiet", "--top-k=3", "text with = sign"]


def test_parser_knows_the_stable_commands() -> None:
    parser = build_parser()
    for argv in (["demo"], ["check", "f"], ["train", "c"], ["eval", "r"], ["predict", "r", "t"]):
        assert parser.parse_args(argv).command == argv[0]


def test_check_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_jsonl(tmp_path / "ok.jsonl", clean_rows())
    assert main(["check", str(data)]) == 0
    out = capsys.readouterr().out
    assert "result: OK" in out and "3 classes" in out


def test_check_file_with_errors_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_jsonl(tmp_path / "bad.jsonl", clean_rows(), extra='{"text": "broken\n')
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert ":16" in out  # the broken row is on line 16, and the report says so


def test_check_json_output_parses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_jsonl(tmp_path / "bad.jsonl", clean_rows(), extra='{"text": "broken\n')
    assert main(["check", str(bad), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["errors"]
    assert any(e.get("line") == 16 for e in report["errors"])
    good = write_jsonl(tmp_path / "ok.jsonl", clean_rows())
    assert main(["check", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_check_missing_file_is_a_user_mistake(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(tmp_path / "nope.jsonl")])
    assert_user_mistake(code, capsys.readouterr().err, "nope.jsonl")


@pytest.mark.parametrize(
    ("config_text", "extra", "fragments"),
    [
        (None, [], ["config file not found"]),
        ("train:\n  nope: 1\n", [], ["unknown key train.nope"]),
        ("task: classify\n", ["--train.epochs=abc"], ["train.epochs"]),
        ("task: classify\n", ["--trian.lr=1.0e-4"], ["unknown key trian"]),
        ("train: [\n", [], ["not valid YAML"]),
    ],
)
def test_train_user_mistakes_exit_2_without_traceback(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    config_text: str | None,
    extra: list[str],
    fragments: list[str],
) -> None:
    config = tmp_path / "c.yaml"
    if config_text is not None:
        config.write_text(config_text, encoding="utf-8")
    code = main(["train", str(config), *extra])
    # PyYAML's own message points at the line and column with a caret: a few more lines.
    max_lines = 6 if "YAML" in fragments[0] else 2
    assert_user_mistake(code, capsys.readouterr().err, *fragments, max_lines=max_lines)


def test_overrides_outside_train_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "runs/x", "--train.lr=1.0e-4"])
    assert_user_mistake(code, capsys.readouterr().err, "only apply to `attune train`")


def test_eval_and_predict_on_something_that_is_not_a_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_user_mistake(main(["eval", str(tmp_path)]), capsys.readouterr().err, "not a finished")
    code = main(["predict", str(tmp_path), "hello"])
    assert_user_mistake(code, capsys.readouterr().err, "not a finished")
    code = main(["predict", str(tmp_path)])
    assert_user_mistake(code, capsys.readouterr().err, "nothing to classify")


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["train"])  # the config argument is missing
    assert caught.value.code == 2


def test_real_process_stderr_has_no_traceback(tmp_path: Path) -> None:
    """The same through a real `python -m attune.cli` process (what a user's shell sees)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "attune.cli", "train", str(tmp_path / "missing.yaml")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert_user_mistake(result.returncode, result.stderr, "config file not found")
    assert result.stdout == ""
