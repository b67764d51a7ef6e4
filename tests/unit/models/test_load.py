"""Safe loading: pickled weights are never read; dropout and names are set on load."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
import torch
from torch import nn

from attune.errors import AttuneError
from attune.models.load import (
    load_causal_lm,
    load_encoder,
    load_tokenizer,
    refuse_pickled_weights,
)


class Payload:
    """Unpickling this creates `marker`: a stand-in for code hidden in a checkpoint."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


def write_malicious_pickle(path: Path, marker: Path) -> None:
    path.write_bytes(pickle.dumps({"embeddings.word_embeddings.weight": Payload(marker)}))


def test_the_malicious_fixture_really_runs_code(tmp_path: Path) -> None:
    # Guards the tests below: if unpickling stopped creating the marker, they would pass
    # without proving anything.
    marker = tmp_path / "proof"
    write_malicious_pickle(tmp_path / "probe.bin", marker)
    pickle.loads((tmp_path / "probe.bin").read_bytes())  # noqa: S301 (on purpose)
    assert marker.exists()


@pytest.mark.parametrize("weights_name", ["pytorch_model.bin", "model.pt", "weights.ckpt"])
def test_pickled_only_folder_is_refused_and_never_unpickled(
    tiny_bert_folder: Path, tmp_path: Path, weights_name: str
) -> None:
    marker = tmp_path / "pwned"
    (tiny_bert_folder / "model.safetensors").unlink()
    write_malicious_pickle(tiny_bert_folder / weights_name, marker)
    with pytest.raises(AttuneError, match="safetensors") as caught:
        load_encoder(str(tiny_bert_folder), dropout=0.1)
    assert weights_name in str(caught.value) and str(tiny_bert_folder) in str(caught.value)
    with pytest.raises(AttuneError):
        load_tokenizer(tiny_bert_folder)
    with pytest.raises(AttuneError):
        refuse_pickled_weights(tiny_bert_folder)
    assert not marker.exists()


def test_safetensors_win_over_a_pickle_beside_them(tiny_bert_folder: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    write_malicious_pickle(tiny_bert_folder / "pytorch_model.bin", marker)
    refuse_pickled_weights(tiny_bert_folder)  # safetensors are there: allowed
    encoder = load_encoder(tiny_bert_folder, dropout=0.1)
    assert encoder.config.hidden_size == 32
    assert not marker.exists()


def test_load_encoder_sets_dropout_and_name(tiny_bert_folder: Path) -> None:
    encoder = load_encoder(tiny_bert_folder, dropout=0.3)
    assert encoder.config.hidden_dropout_prob == 0.3
    assert encoder.config.attention_probs_dropout_prob == 0.3
    rates = {m.p for m in encoder.modules() if isinstance(m, nn.Dropout)}
    assert rates == {0.3}
    assert encoder.config.name_or_path == str(tiny_bert_folder.resolve())
    assert all(p.dtype == torch.float32 for p in encoder.parameters())


def test_load_encoder_reads_the_saved_weights(tiny_bert_folder: Path) -> None:
    from safetensors.torch import load_file

    saved = load_file(str(tiny_bert_folder / "model.safetensors"))
    encoder = load_encoder(tiny_bert_folder, dropout=0.0)
    state = encoder.state_dict()
    name = "encoder.layer.1.attention.self.query.weight"
    assert torch.equal(state[name], saved[name])


def test_folder_without_weights_is_a_user_error(tiny_bert_folder: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(AttuneError, match="cannot load the encoder"):
        load_encoder(empty, dropout=0.1)
    shutil.copy(tiny_bert_folder / "config.json", empty / "config.json")
    with pytest.raises(AttuneError, match="cannot load the encoder"):
        load_encoder(empty, dropout=0.1)


def test_load_tokenizer_pads_and_marks_special_tokens(tiny_bert_folder: Path) -> None:
    tokenizer = load_tokenizer(tiny_bert_folder)
    batch = tokenizer(["play my song", "hi"], padding=True, return_tensors="pt")
    assert batch["input_ids"].shape[0] == 2
    assert batch["attention_mask"][1].sum() < batch["attention_mask"][0].sum()
    assert batch["input_ids"][0, 0] == tokenizer.cls_token_id


def test_load_causal_lm_and_chat_template(tiny_llama_folder: Path) -> None:
    model = load_causal_lm(tiny_llama_folder)
    tokenizer = load_tokenizer(tiny_llama_folder)
    text = tokenizer.apply_chat_template(
        [{"role": "user", "content": "Hi"}], tokenize=False, add_generation_prompt=True
    )
    assert text == "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    ids = tokenizer(text, return_tensors="pt")["input_ids"]
    logits = model(input_ids=ids).logits  # (1, T, vocab)
    assert logits.shape == (1, ids.shape[1], len(tokenizer))
    assert model.config.name_or_path == str(tiny_llama_folder.resolve())
