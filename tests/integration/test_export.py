"""`attune export` on tiny runs trained in the test: merged and int8 exports of a LoRA
classifier and a LoRA chat model are run-shaped, load for serving, and check themselves
against the run; user mistakes end in one clear message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
import yaml

from attune.cli import main
from attune.commands.train import run_train
from attune.eval.scoring import load_classifier_run
from attune.export.load import (
    load_chat_for_serving,
    load_classifier_for_serving,
    read_export_info,
)
from attune.export.quantize import Int8Linear
from attune.models.chat import load_chat_model
from attune.models.classifier import has_adapter, load_classifier
from attune.models.generate import generate_reply
from helpers import build_tiny_llama
from integration.flows import write_config

pytestmark = pytest.mark.integration

TEXTS = ["play my song", "transfer money from my account", "set my alarm timer", "hello hi"]
PICKLE_SUFFIXES = {".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle"}
DIALOGUES = [
    ("Hello!", "Hi! How can I help you today?"),
    ("What is 2+2?", "It is 4."),
    ("Who are you?", "I am Ada, Sam's assistant."),
    ("What is the capital of France?", "The capital of France is Paris."),
]


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> Any:
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def classify_run(
    tiny_bert: Path, intents_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    folder = tmp_path_factory.mktemp("classify")
    config = write_config(
        folder, tiny_bert, intents_file, folder / "run", method="lora", lr=5.0e-3, lora_r=4
    )
    assert main(["train", str(config), "--quiet"]) == 0
    torch.set_num_threads(1)  # `train.threads` is process-wide
    return folder / "run"


@pytest.fixture(scope="module")
def chat_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("chat")
    model = build_tiny_llama(folder / "tiny-llama")
    data = folder / "chats.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}
        for q, a in DIALOGUES
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    raw = {
        "task": "chat",
        "model": str(model),
        "output_dir": str(folder / "run"),
        "data": {"train": str(data), "validation_fraction": 0.25, "max_length": 64},
        "train": {"epochs": 2, "lr": 1.0e-2, "lora_r": 4, "precision": "fp32", "threads": 1},
        "eval": {"max_new_tokens": 8, "prompts": 1},
    }
    (folder / "chat.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    overrides = ["--data.system_prompt=You are Ada."]
    return run_train(str(folder / "chat.yaml"), overrides, False, False, True)


def export(run: Path, out: Path, *flags: str) -> dict[str, Any]:
    assert main(["export", str(run), str(out), *flags]) == 0
    info = read_export_info(out)
    assert info is not None
    return info


def assert_run_shaped(out: Path) -> None:
    for name in ("config.yaml", "versions.json", "export.json"):
        assert (out / name).is_file(), name
    assert not [p for p in out.rglob("*") if p.suffix in PICKLE_SUFFIXES]
    assert not list(out.parent.glob(f".{out.name}.*"))  # no staging folder left behind


def test_merged_classifier_export_is_a_plain_run_model(classify_run: Path, tmp_path: Path) -> None:
    info = export(classify_run, tmp_path / "merged", "--merge")
    model_dir = tmp_path / "merged" / "model"
    assert_run_shaped(tmp_path / "merged")
    for name in ("encoder/model.safetensors", "head.safetensors", "labels.json", "ood.json"):
        assert (model_dir / name).is_file(), name
    assert not (model_dir / "adapter").exists() and not (model_dir / "base.json").exists()
    assert info["merged"] is True and info["quantize"] is None
    check = info["check"]
    assert check["split"] == "test" and check["examples"] > 0
    assert check["difference_points"] == 0.0 and check["prediction_agreement"] == 1.0
    assert check["max_probability_difference"] < 1e-4 and info["warnings"] == []
    model, _ = load_classifier(model_dir)  # the ordinary loader reads it
    assert not has_adapter(model)
    source = load_classifier_run(classify_run).score(TEXTS)[0]
    served = load_classifier_for_serving(tmp_path / "merged").score(TEXTS)[0]
    assert np.allclose(served, source, atol=1e-4)


def test_int8_classifier_export_is_smaller_and_checked(classify_run: Path, tmp_path: Path) -> None:
    info = export(classify_run, tmp_path / "int8", "--quantize", "int8")
    encoder_dir = tmp_path / "int8" / "model" / "encoder"
    assert_run_shaped(tmp_path / "int8")
    assert (encoder_dir / "int8.safetensors").is_file()
    assert not (encoder_dir / "model.safetensors").exists()
    assert info["merged"] is True and info["quantize"] == "int8"
    assert info["quantization"]["int8_layers"] > 0 and info["quantization"]["float_layers"] == []
    assert info["quantization"]["calibration"]["examples"] > 0
    check = info["check"]
    assert {"accuracy_source", "accuracy_export", "difference_points"} <= set(check)
    assert check["prediction_agreement"] >= 0.9
    assert bool(info["warnings"]) == (check["difference_points"] < -0.5)
    served = load_classifier_for_serving(tmp_path / "int8")
    assert any(isinstance(m, Int8Linear) for m in served.model.modules())
    assert served.config.train.precision == "fp32"
    labels = [p.label for p in served.predict(TEXTS[:3])]
    assert labels == [p.label for p in load_classifier_run(classify_run).predict(TEXTS[:3])]


def test_merged_chat_export_answers_as_the_run(chat_run: Path, tmp_path: Path) -> None:
    info = export(chat_run, tmp_path / "merged", "--merge")
    model_dir = tmp_path / "merged" / "model"
    assert_run_shaped(tmp_path / "merged")
    for name in ("config.json", "model.safetensors", "tokenizer.json", "system_prompt.txt"):
        assert (model_dir / name).is_file(), name
    assert not (model_dir / "adapter").exists()
    check = info["check"]
    assert check["prompts_from"] == "validation + built-in" and check["prompts"] == 8
    assert check["greedy_agreement"] == 1.0 and check["mean_kl"] < 1e-6
    model, _ = load_chat_model(model_dir)  # the ordinary loader reads it
    assert not hasattr(model, "peft_config")


def test_int8_chat_export_loads_and_generates(chat_run: Path, tmp_path: Path) -> None:
    info = export(chat_run, tmp_path / "int8", "--quantize", "int8")
    model_dir = tmp_path / "int8" / "model"
    assert (model_dir / "int8.safetensors").is_file()
    assert not (model_dir / "model.safetensors").exists()
    assert "merges the adapter first" in " ".join(info["notes"])
    assert all(p.endswith("down_proj") for p in info["quantization"]["float_layers"])
    check = info["check"]
    assert 0.0 <= check["greedy_agreement"] <= 1.0 and check["mean_kl"] >= 0.0
    assert bool(info["warnings"]) == (check["greedy_agreement"] < 0.95)
    sizes = info["sizes"]
    assert sizes["export_model_bytes"] > 0 and sizes["source_base_model_bytes"] > 0
    model, tokenizer = load_chat_for_serving(tmp_path / "int8")
    assert isinstance(model.get_output_embeddings(), Int8Linear) and not model.training
    reply = generate_reply(model, tokenizer, [{"role": "user", "content": "Hello!"}], 8)
    assert reply.tokens > 0


def test_serving_loaders_read_plain_runs(chat_run: Path, classify_run: Path) -> None:
    assert read_export_info(chat_run) is None
    model, _ = load_chat_for_serving(chat_run)
    assert not hasattr(model, "peft_config")  # the adapter was merged for speed
    assert not has_adapter(load_classifier_for_serving(classify_run).model)


def test_export_without_flags_copies_the_adapter(chat_run: Path, tmp_path: Path) -> None:
    info = export(chat_run, tmp_path / "copy")
    assert (tmp_path / "copy" / "model" / "adapter").is_dir()
    assert info["merged"] is False and info["check"]["greedy_agreement"] == 1.0


def error_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["export", *argv]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_user_mistakes_end_in_one_clear_message(
    classify_run: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run, out = str(classify_run), str(tmp_path / "out")
    assert "not a finished attune run" in error_of(capsys, str(tmp_path / "nowhere"), out)
    assert "export goes in a folder of its own" in error_of(capsys, run, run)
    assert "export goes in a folder of its own" in error_of(capsys, run, run + "/model/x")
    (tmp_path / "out").mkdir()  # an empty folder is fine to write into
    export(classify_run, tmp_path / "out")
    assert "--overwrite" in error_of(capsys, run, out)
    assert "is an export, not a training run" in error_of(capsys, out, str(tmp_path / "again"))
    export(classify_run, tmp_path / "out", "--overwrite", "--merge")
    assert (tmp_path / "out" / "model" / "encoder").is_dir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("keep me")
    err = error_of(capsys, run, str(tmp_path / "other"), "--overwrite")
    assert "something other than an attune export" in err
    assert (tmp_path / "other" / "notes.txt").read_text() == "keep me"
