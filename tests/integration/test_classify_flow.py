"""`attune train` → `attune eval` → `attune predict` through the command line, full and LoRA,
on a tiny BERT built in the test: every file of the run-directory contract is there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from attune.cli import main
from integration.flows import OUT_OF_SCOPE, TOPICS, write_config

pytestmark = pytest.mark.integration

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PICKLE_SUFFIXES = {".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle"}


@pytest.fixture(scope="module", params=["full", "lora"])
def trained_run(
    request: pytest.FixtureRequest,
    tiny_bert: Path,
    intents_file: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    folder = tmp_path_factory.mktemp(f"flow-{request.param}")
    lr = 1.0e-3 if request.param == "full" else 5.0e-3
    config = write_config(
        folder, tiny_bert, intents_file, folder / "run", method=request.param, lr=lr, lora_r=4
    )
    threads = torch.get_num_threads()
    try:
        assert main(["train", str(config), "--quiet"]) == 0
    finally:
        torch.set_num_threads(threads)  # `train.threads` is process-wide: give it back
    return folder / "run"


def test_run_directory_contract(trained_run: Path) -> None:
    for name in ("config.yaml", "metrics.jsonl", "versions.json", "history.json"):
        assert (trained_run / name).is_file(), name
    model = trained_run / "model"
    for name in ("head.safetensors", "labels.json", "ood.json", "tokenizer.json"):
        assert (model / name).is_file(), name
    method = json.loads((trained_run / "eval" / "report.json").read_text())["method"]
    weights = model / ("adapter" if method == "lora" else "encoder")
    assert list(weights.glob("*.safetensors")), weights
    assert json.loads((model / "labels.json").read_text()) == sorted(TOPICS)
    pickled = [p for p in trained_run.rglob("*") if p.suffix in PICKLE_SUFFIXES]
    assert pickled == []
    for split in ("train", "validation", "test"):
        assert (trained_run / "data" / f"{split}.jsonl").is_file()
    assert any(p.name.startswith("events.out.tfevents") for p in trained_run.rglob("*"))


def test_metrics_log(trained_run: Path) -> None:
    records = [json.loads(x) for x in (trained_run / "metrics.jsonl").read_text().splitlines()]
    evals = [r for r in records if r["kind"] == "eval"]
    assert [r["epoch"] for r in evals] == [1.0, 2.0, 3.0]  # validated at each epoch's end
    assert all({"eval_loss", "accuracy", "macro_f1", "train_loss"} <= set(r) for r in evals)
    steps = [r["step"] for r in records]
    assert steps == sorted(steps)


def test_eval_report(trained_run: Path) -> None:
    report = json.loads((trained_run / "eval" / "report.json").read_text())
    assert report["split"] == "test"
    # 4 intents with words of their own: chance is 0.25.
    assert report["accuracy"] >= 0.75 and report["macro_f1"] >= 0.7
    oos = report["out_of_scope"]
    for key in ("in_scope_accuracy", "recall", "precision", "threshold"):
        assert key in oos and oos[key] is not None, key
    assert 0.0 <= oos["recall"] <= 1.0 and 0.0 <= oos["in_scope_accuracy"] <= 1.0
    assert "comparison" in report and "diagnosis" in report
    eval_dir = trained_run / "eval"
    assert "accuracy" in (eval_dir / "report.md").read_text()
    assert (eval_dir / "report.html").read_text().lstrip().lower().startswith("<!doctype html")
    pngs = sorted(eval_dir.glob("*.png"))
    assert {p.name for p in pngs} >= {"confusion.png", "per_class_f1.png", "curves.png"}
    assert all(p.read_bytes()[:8] == PNG_MAGIC for p in pngs)


def test_eval_command_on_a_named_file(
    trained_run: Path, intents_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(trained_run), "--data", str(intents_file)]) == 0
    assert "report:" in capsys.readouterr().out
    report = json.loads((trained_run / "eval" / "report.json").read_text())
    assert report["split"] == str(intents_file)
    assert report["examples"] == 4 * 20 + len(OUT_OF_SCOPE)
    assert report["num_examples"] == 4 * 20  # metrics over in-scope examples only


def test_predict_json(
    trained_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests = tmp_path / "requests.txt"
    requests.write_text("transfer money from my account\n\nset my alarm timer\n")
    code = main(
        [
            "predict",
            str(trained_run),
            "play my song",
            "--file",
            str(requests),
            "--top-k",
            "3",
            "--json",
        ]
    )
    assert code == 0
    predictions = json.loads(capsys.readouterr().out)
    assert [p["text"] for p in predictions] == [
        "play my song",
        "transfer money from my account",
        "set my alarm timer",
    ]
    for prediction, expected in zip(predictions, ["music", "banking", "alarm"], strict=True):
        probabilities = [k["probability"] for k in prediction["top_k"]]
        assert len(probabilities) == 3
        assert probabilities == sorted(probabilities, reverse=True)
        assert all(0.0 <= p <= 1.0 for p in probabilities) and sum(probabilities) <= 1.0 + 1e-6
        assert prediction["top_k"][0]["label"] == expected
        assert prediction["confidence"] == pytest.approx(probabilities[0])
        assert prediction["label"] in (expected, "oos")
        assert prediction["out_of_scope"] == (prediction["label"] == "oos")


def test_predict_text_output(trained_run: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["predict", str(trained_run), "pay my card bill", "--top-k", "2"]) == 0
    out = capsys.readouterr().out
    assert "pay my card bill" in out and "banking" in out and "%" in out


def test_train_again_refuses_to_clobber(
    trained_run: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = trained_run.parent / "config.yaml"
    assert main(["train", str(config), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "already holds a run" in err and "Traceback" not in err
