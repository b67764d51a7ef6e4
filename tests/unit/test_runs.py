"""The run directory: no clobbering of a finished run, unwritable folders caught early,
splits and metadata written so evaluation never re-splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attune.config import load_config
from attune.data.classify import Example
from attune.data.prepare import PreparedData
from attune.errors import AttuneError
from attune.models.registry import ModelSource
from attune.runs import (
    load_run_config,
    prepare_run_dir,
    read_examples,
    save_run_metadata,
    sha256_of,
    write_splits,
)


def test_new_folder_is_created(tmp_path: Path) -> None:
    run = prepare_run_dir(tmp_path / "runs" / "a", resume=False, overwrite=False)
    assert run.is_dir() and list(run.iterdir()) == []  # the write probe is removed


@pytest.mark.parametrize("work", ["model", "checkpoints"])
def test_finished_run_is_not_clobbered(tmp_path: Path, work: str) -> None:
    run = tmp_path / "run"
    (run / work).mkdir(parents=True)
    (run / "metrics.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(AttuneError) as caught:
        prepare_run_dir(run, resume=False, overwrite=False)
    assert caught.value.where == str(run)
    assert "--resume" in str(caught.value) and "--overwrite" in str(caught.value)
    assert (run / "metrics.jsonl").is_file() and (run / work).is_dir()


def test_resume_keeps_the_run(tmp_path: Path) -> None:
    run = tmp_path / "run"
    (run / "checkpoints" / "step-3").mkdir(parents=True)
    assert prepare_run_dir(run, resume=True, overwrite=False) == run
    assert (run / "checkpoints" / "step-3").is_dir()


def test_overwrite_starts_over(tmp_path: Path) -> None:
    run = tmp_path / "run"
    (run / "model").mkdir(parents=True)
    (run / "old.txt").write_text("x", encoding="utf-8")
    prepare_run_dir(run, resume=False, overwrite=True)
    assert run.is_dir() and list(run.iterdir()) == []


def test_folder_with_only_leftovers_is_reused(tmp_path: Path) -> None:
    """A folder without model/ or checkpoints/ (e.g. a run that failed before training)
    holds nothing worth protecting."""
    run = tmp_path / "run"
    (run / "data").mkdir(parents=True)
    assert prepare_run_dir(run, resume=False, overwrite=False) == run


def test_unwritable_output_folder_is_an_attune_error(tmp_path: Path) -> None:
    # A path below a regular file can never be created, even by root (chmod would not do).
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(AttuneError) as caught:
        prepare_run_dir(blocker / "run", resume=False, overwrite=False)
    assert caught.value.where == str(blocker / "run")
    assert "output_dir" in str(caught.value)


def example(text: str, label: str) -> Example:
    return Example(text, label, "src.jsonl", 1)


def test_splits_round_trip(tmp_path: Path) -> None:
    data = PreparedData(
        train=[example("play jazz", "music"), example("rain? «oui»", "weather")],
        validation=[example("stop the song", "music")],
        test=[],
        labels=["music", "weather"],
        out_of_scope_label="oos",
        problems=[],
    )
    write_splits(tmp_path, data)
    train = read_examples(tmp_path / "data" / "train.jsonl")
    assert [(e.text, e.label) for e in train] == [
        ("play jazz", "music"),
        ("rain? «oui»", "weather"),
    ]
    assert [e.line for e in train] == [1, 2]
    assert read_examples(tmp_path / "data" / "test.jsonl") == []


def test_metadata_and_run_config(tmp_path: Path) -> None:
    file = tmp_path / "d.jsonl"
    file.write_text('{"text": "a", "label": "x"}\n', encoding="utf-8")
    config = load_config(None, [f"data.train={file}", "train.seed=7", "model=some/model"])
    data = PreparedData([], [], [], ["x", "y"], "oos", [])
    run = tmp_path / "run"
    run.mkdir()
    with pytest.raises(AttuneError, match="not a finished attune run"):
        load_run_config(run)
    save_run_metadata(run, config, ModelSource("some/model", hub_id="some/model"), data)
    versions = json.loads((run / "versions.json").read_text(encoding="utf-8"))
    assert versions["seed"] == 7 and versions["labels"] == ["x", "y"]
    assert versions["data"]["train"] == {"path": str(file), "sha256": sha256_of(file)}
    assert versions["base_model"] == {"name": "some/model", "sha256": None}
    assert versions["packages"]["torch"] != "not installed"
    (run / "model").mkdir()
    assert load_run_config(run) == config
