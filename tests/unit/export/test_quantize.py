"""Int8 layers: close to float, smoothing earns its keep, and save → load is exact."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from torch import nn
from transformers import AutoConfig, AutoModel, AutoModelForCausalLM

from attune.errors import AttuneError
from attune.export.quantize import (
    Int8Linear,
    load_int8,
    quantize_linears,
    quantize_rows,
    record_input_max,
    save_int8,
)
from attune.models.load import load_causal_lm, load_encoder
from helpers import build_tiny_bert, build_tiny_llama

PROBE = torch.tensor([[1, 40, 41, 42, 43, 2, 50, 51], [1, 60, 61, 62, 3, 4, 5, 0]])  # (2, 8)


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_llama(tmp_path_factory.mktemp("models") / "tiny-llama")


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(tmp_path_factory.mktemp("models") / "tiny-bert")


def relative_error(found: torch.Tensor, expected: torch.Tensor) -> float:
    return float((found - expected).norm() / expected.norm())


def test_int8_layer_output_is_close_to_float() -> None:
    torch.manual_seed(0)
    linear = nn.Linear(64, 48)
    x = torch.randn(3, 7, 64)  # (B, T, K)
    layer = Int8Linear.from_float(linear)
    with torch.no_grad():
        expected, found = linear(x), layer(x)
    assert found.shape == (3, 7, 48) and found.dtype == torch.float32
    assert relative_error(found, expected) < 0.02


def test_weights_round_to_the_nearest_level_of_their_row() -> None:
    torch.manual_seed(0)
    weight = torch.randn(16, 32) * torch.logspace(-3, 1, 16)[:, None]  # rows of any range
    int8, scale = quantize_rows(weight)
    assert int8.dtype == torch.int8 and int(int8.abs().max()) == 127
    error = (weight - int8.float() * scale[:, None]).abs()  # (N, K)
    assert bool((error <= scale[:, None] / 2 + 1e-7).all())


def test_smoothing_rescues_channels_beside_an_outlier() -> None:
    torch.manual_seed(0)
    linear = nn.Linear(64, 32, bias=False)
    x = torch.randn(256, 64)
    x[:, 5] *= 100.0  # one huge input channel, as transformers have
    with torch.no_grad():
        expected = linear(x)
        plain = relative_error(Int8Linear.from_float(linear)(x), expected)
        input_max = x.abs().amax(dim=0)  # (K,)
        smoothed = relative_error(Int8Linear.from_float(linear, input_max)(x), expected)
    assert smoothed < plain / 2


def test_zero_rows_empty_batches_and_bf16_inputs() -> None:
    torch.manual_seed(0)
    layer = Int8Linear.from_float(nn.Linear(8, 4))
    bias = layer.bias
    assert bias is not None
    assert torch.equal(layer(torch.zeros(2, 8)), bias.expand(2, 4))
    assert layer(torch.zeros(0, 8)).shape == (0, 4)
    assert layer(torch.randn(3, 8).bfloat16()).dtype == torch.bfloat16


def test_record_input_max_sees_every_linear_input_and_removes_its_hooks() -> None:
    model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
    batches = [torch.tensor([[1.0, -5.0, 0.0, 2.0]]), torch.tensor([[-3.0, 1.0, 0.5, 0.0]])]
    found = record_input_max(model, lambda: [model(b) for b in batches])
    assert torch.equal(found["0"], torch.tensor([3.0, 5.0, 0.5, 2.0]))
    assert found["2"].shape == (3,)
    assert all(not m._forward_pre_hooks for m in model.modules())


def test_llama_keeps_its_down_projections_float(tiny_llama: Path) -> None:
    model = load_causal_lm(tiny_llama)
    int8, kept = quantize_linears(model)
    assert kept and all(path.endswith("down_proj") for path in kept)
    assert "lm_head" in int8 and any(p.endswith("q_proj") for p in int8)
    assert isinstance(model.get_submodule(kept[0]), nn.Linear)
    assert isinstance(model.get_submodule("lm_head"), Int8Linear)


def test_nothing_to_quantise_is_a_user_error() -> None:
    with pytest.raises(AttuneError, match="nothing to quantise"):
        quantize_linears(nn.Sequential(nn.Embedding(10, 4), nn.LayerNorm(4)))


def test_save_then_load_gives_identical_chat_logits(tiny_llama: Path, tmp_path: Path) -> None:
    model = load_causal_lm(tiny_llama).eval()
    with torch.no_grad():
        float_logits = model(PROBE).logits  # (2, 8, V)
    input_max = record_input_max(model, lambda: model(PROBE))
    quantize_linears(model, input_max)
    save_int8(model, tmp_path / "int8.safetensors")
    fresh = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(tiny_llama))
    loaded = load_int8(fresh, tmp_path / "int8.safetensors").eval()
    with torch.no_grad():
        in_memory, reloaded = model(PROBE).logits, loaded(PROBE).logits
    assert torch.equal(reloaded, in_memory)
    assert relative_error(in_memory, float_logits) < 0.05
    stored = {n: b for n, b in loaded.named_buffers() if n.endswith("input_smooth")}
    assert stored and any(not torch.equal(b, torch.ones_like(b)) for b in stored.values())


def test_save_then_load_gives_identical_encoder_states(tiny_bert: Path, tmp_path: Path) -> None:
    encoder = load_encoder(tiny_bert, 0.0).eval()
    quantize_linears(encoder)
    save_int8(encoder, tmp_path / "int8.safetensors")
    fresh = AutoModel.from_config(AutoConfig.from_pretrained(tiny_bert))
    loaded = load_int8(fresh, tmp_path / "int8.safetensors").eval()
    mask = (PROBE > 0).long()
    with torch.no_grad():
        expected = encoder(input_ids=PROBE, attention_mask=mask).last_hidden_state
        found = loaded(input_ids=PROBE, attention_mask=mask).last_hidden_state
    assert torch.equal(found, expected)


def test_int8_weights_for_another_architecture_are_refused(
    tiny_bert: Path, tiny_llama: Path, tmp_path: Path
) -> None:
    encoder = load_encoder(tiny_bert, 0.0)
    quantize_linears(encoder)
    save_int8(encoder, tmp_path / "int8.safetensors")
    llama = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(tiny_llama))
    with pytest.raises(AttuneError, match="do not fit config.json"):
        load_int8(llama, tmp_path / "int8.safetensors")
