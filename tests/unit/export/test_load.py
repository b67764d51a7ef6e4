"""export.json: read when there, None for a plain run, a clear error when broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from attune.errors import AttuneError
from attune.export.load import build_int8, is_int8_export, read_export_info


def test_a_run_folder_has_no_export_info(tmp_path: Path) -> None:
    assert read_export_info(tmp_path) is None
    assert not is_int8_export(tmp_path)


def test_export_info_is_read(tmp_path: Path) -> None:
    (tmp_path / "export.json").write_text('{"quantize": "int8", "merged": true}')
    assert read_export_info(tmp_path) == {"quantize": "int8", "merged": True}
    assert is_int8_export(tmp_path)


@pytest.mark.parametrize("text", ["{not json", "[1, 2]"])
def test_a_broken_export_info_is_a_user_error(tmp_path: Path, text: str) -> None:
    (tmp_path / "export.json").write_text(text)
    with pytest.raises(AttuneError) as caught:
        read_export_info(tmp_path)
    assert caught.value.where == str(tmp_path / "export.json")


def test_int8_export_without_its_weights_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(AttuneError, match="int8.safetensors is missing"):
        build_int8(tmp_path, object)
