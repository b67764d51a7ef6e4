"""The config tree: YAML + overrides, unknown keys and wrong types refused by name,
data paths resolved against the config file, every shipped config loads, save → load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from attune.config import Config, apply_override, load_config, save_config
from attune.errors import AttuneError

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted((REPO / "configs").glob("*.yaml")) + [
    REPO / "src" / "attune" / "assets" / "demo" / "config.yaml"
]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file() -> None:
    config = load_config(None)
    assert config == Config()
    assert config.task == "classify" and config.train.method == "full"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("tsk: classify\n", "tsk"),
        ("train:\n  learning_rate: 0.1\n", "train.learning_rate"),
        ("data:\n  train: x.jsonl\n  labelfield: y\n", "data.labelfield"),
        ("eval:\n  topk: 3\n", "eval.topk"),
    ],
)
def test_unknown_keys_are_rejected_by_name(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(AttuneError) as caught:
        load_config(write(tmp_path / "c.yaml", text))
    assert f"unknown key {key}" in str(caught.value)
    section = key.rpartition(".")[0] or "config"
    assert f"known keys under {section}" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "field", "wanted"),
    [
        ("train:\n  epochs: three\n", "train.epochs", "float"),
        ("train:\n  batch_size: 8.5\n", "train.batch_size", "integer"),
        ("train:\n  batch_size: true\n", "train.batch_size", "integer"),
        ("train:\n  group_by_length: 1\n", "train.group_by_length", "true or false"),
        ("train:\n  method: qlora\n", "train.method", "one of full, lora"),
        ("model: 3\n", "model", "str"),
        ("train:\n  lora_targets: query\n", "train.lora_targets", "list"),
        ("train: 5\n", "train", "mapping"),
    ],
)
def test_type_errors_name_the_field(tmp_path: Path, text: str, field: str, wanted: str) -> None:
    with pytest.raises(AttuneError) as caught:
        load_config(write(tmp_path / "c.yaml", text))
    message = str(caught.value)
    assert field in message and wanted in message


@pytest.mark.parametrize(
    "text", ["train:\n  epochs: 0\n", "train:\n  batch_size: 0\n", "data:\n  test_fraction: 0.7\n"]
)
def test_out_of_range_values(tmp_path: Path, text: str) -> None:
    with pytest.raises(AttuneError, match="epochs|batch_size|test_fraction"):
        load_config(write(tmp_path / "c.yaml", text))


def test_int_is_accepted_where_a_float_is_declared(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "c.yaml", "train:\n  epochs: 2\n  lr: 1\n"))
    assert config.train.epochs == 2.0 and isinstance(config.train.epochs, float)


def test_overrides_win_over_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", "train:\n  lr: 1.0e-4\n  epochs: 3\n")
    config = load_config(
        path,
        [
            "train.lr=2.0e-5",
            "train.epochs=1.5",
            "train.method=lora",
            "output_dir=runs/x",
            "train.lora_targets=[query, value]",
            "train.head_lr=",
        ],
    )
    assert config.train.lr == 2.0e-5 and config.train.epochs == 1.5
    assert config.train.method == "lora" and config.output_dir == "runs/x"
    assert config.train.lora_targets == ["query", "value"] and config.train.head_lr is None


@pytest.mark.parametrize("value", ["3e-5", "3E-5", "1e-3"])
def test_lr_in_exponent_notation(tmp_path: Path, value: str) -> None:
    """`--train.lr=3e-5` is the documented override; YAML 1.1 (PyYAML) reads `3e-5` as a
    string because it has no dot, so a float field must accept it."""
    assert load_config(None, [f"train.lr={value}"]).train.lr == float(value)
    path = write(tmp_path / "c.yaml", f"train:\n  lr: {value}\n")
    assert load_config(path).train.lr == float(value)


@pytest.mark.parametrize(
    ("item", "pattern"),
    [
        ("train.lr", "not KEY=VALUE"),
        ("=3", "not KEY=VALUE"),
        ("train.nope=1", "unknown key train.nope"),
        ("trian.lr=1", "unknown key trian"),
        ("train.epochs=abc", "train.epochs"),
    ],
)
def test_bad_overrides(item: str, pattern: str) -> None:
    with pytest.raises(AttuneError, match=pattern):
        load_config(None, [item])


def test_override_into_a_value_that_is_not_a_section() -> None:
    raw = {"train": {"lr": 0.1}}
    with pytest.raises(AttuneError, match="lr is not a section"):
        apply_override(raw, "train.lr.x=1")


def test_override_strips_leading_dashes() -> None:
    raw: dict[str, object] = {}
    apply_override(raw, "--train.seed=4")
    assert raw == {"train": {"seed": 4}}


def test_relative_data_paths_resolve_against_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(
        tmp_path / "project" / "configs" / "c.yaml",
        "data:\n  train: ../data/train.jsonl\n  validation: /abs/val.csv\n"
        "  test: splits.json#test+oos_test\n",
    )
    monkeypatch.chdir(tmp_path)  # somewhere else: the file's folder must win
    config = load_config(path)
    assert config.data.train == str((tmp_path / "project" / "data" / "train.jsonl").resolve())
    assert config.data.validation == "/abs/val.csv"
    folder = (tmp_path / "project" / "configs").resolve()
    assert config.data.test == f"{folder / 'splits.json'}#test+oos_test"


def test_data_override_without_a_file_resolves_against_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None, ["data.train=d.json#train"])
    assert config.data.train == f"{tmp_path.resolve() / 'd.json'}#train"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_config_loads(path: Path) -> None:
    config = load_config(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert config.task == raw["task"] and config.model == raw["model"]
    assert config.data.train is not None and Path(config.data.train.partition("#")[0]).is_absolute()
    # Files inside the repository must exist (../shared/data may be absent on a laptop).
    for spec in (config.data.train, config.data.validation, config.data.test):
        file = Path(spec.partition("#")[0]) if spec else None
        if file is not None and file.is_relative_to(REPO):
            assert file.is_file(), spec


def test_shipped_configs_are_found() -> None:
    assert len(SHIPPED) >= 2 and all(p.is_file() for p in SHIPPED)


def test_save_then_load_round_trip(tmp_path: Path) -> None:
    data = write(tmp_path / "data.jsonl", "")
    config = load_config(
        None,
        [
            f"data.train={data}",
            "train.lr=2.0e-5",
            "train.lora_targets=[query]",
            "eval.out_of_scope=confidence",
            "train.head_lr=0.001",
        ],
    )
    save_config(config, tmp_path / "config.yaml")
    again = load_config(tmp_path / "config.yaml")
    assert again == config


def test_config_errors(tmp_path: Path) -> None:
    with pytest.raises(AttuneError, match="config file not found"):
        load_config(tmp_path / "missing.yaml")
    with pytest.raises(AttuneError, match="not valid YAML"):
        load_config(write(tmp_path / "bad.yaml", "train: [\n"))
    with pytest.raises(AttuneError, match="mapping"):
        load_config(write(tmp_path / "list.yaml", "- a\n- b\n"))
    assert load_config(write(tmp_path / "empty.yaml", "")) == Config()
