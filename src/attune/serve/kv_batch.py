"""Sequences of different lengths decoded together over one left-padded KV cache.

Every row's newest token sits in the cache's last column, so one forward pass of one token
per row extends every row at once. Shorter rows are padded on the left: padded columns hold
zeros and are masked out (`mask` 0), and each token's position id is the number of real
tokens before it, so a row computes exactly what it would compute alone.

Rows join (`add`: prefill the newcomers, then pad both caches to the same width and stack
them) and leave (`keep`: select the remaining rows, then cut the leading columns that are
padding in every row, so the cache shrinks back when long rows finish). `choose_tokens`
turns the batch's logits into each row's next token, greedy or sampled per row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import torch
import torch.nn.functional as F
from transformers import DynamicCache
from transformers.cache_utils import DynamicLayer

from attune.models.generate import left_pad
from attune.models.kv_cache import cache_argument, forward_parameters

NUCLEUS_CANDIDATES = 256  # tokens ranked for top-p before falling back to a full sort


class KVBatch:
    """The cache, attention mask and positions of the rows being decoded together."""

    def __init__(self, model: Any, pad_id: int) -> None:
        self.model = model
        self.pad_id = pad_id
        names = forward_parameters(model)
        self.cache_arg = cache_argument(names)
        self.keeps_last_logits = "logits_to_keep" in names
        self.route: Callable[[list[str]], dict[str, Any]] = peft_rows
        """What a forward is told of each row's adapter: peft's `adapter_names` (which it
        drops before the base model's forward) unless a slot cache routes rows itself."""
        self.reset()

    def reset(self) -> None:
        """Drop every row (and the cache's memory with them)."""
        self.cache: DynamicCache | None = None
        self.mask = torch.zeros((0, 0), dtype=torch.long)  # (B, T): 1 real token, 0 padding
        self.positions = torch.zeros(0, dtype=torch.long)  # (B,): real tokens so far per row

    @property
    def rows(self) -> int:
        return int(self.mask.shape[0])

    @property
    def width(self) -> int:
        return int(self.mask.shape[1])

    def add(self, prompts: list[list[int]], adapters: list[str] | None = None) -> torch.Tensor:
        """Prefill `prompts` as new rows at the end of the batch (with peft adapters
        `adapters`, one per prompt); the logits (N, V) of their next token. When the forward
        pass fails the batch is left as it was."""
        input_ids, mask = left_pad(prompts, self.pad_id)  # (N, Tn) each
        positions = (mask.cumsum(-1) - 1).clamp(min=0)  # (N, Tn); padding's value is unused
        cache = DynamicCache()
        logits = self.forward(input_ids, mask, positions, cache, adapters)
        self.merge(cache, mask)
        self.positions = torch.cat([self.positions, mask.sum(-1)])
        return logits

    def decode(self, tokens: torch.Tensor, adapters: list[str] | None = None) -> torch.Tensor:
        """Feed one token per row, `tokens` (B,) (row i with peft adapter `adapters[i]`); the
        logits (B, V) of the token after it."""
        mask = torch.cat([self.mask, self.mask.new_ones((self.rows, 1))], dim=1)  # (B, T+1)
        positions = self.positions[:, None]  # (B, 1)
        logits = self.forward(tokens[:, None], mask, positions, self.cache, adapters)
        self.mask = mask
        self.positions = self.positions + 1
        return logits

    def keep(self, rows: list[int]) -> None:
        """Keep only `rows` (indices, in their new order) and trim the padding left behind."""
        if not rows:
            self.reset()
            return
        index = torch.tensor(rows, dtype=torch.long)
        assert self.cache is not None
        self.cache.batch_select_indices(index)
        self.mask = self.mask[index]
        self.positions = self.positions[index]
        self.trim()

    def trim(self) -> None:
        """Cut the leading columns that are padding in every row: they cost attention time
        and memory and change nothing."""
        first = int(self.mask.any(dim=0).to(torch.int8).argmax())  # first column in use
        if first == 0 or self.cache is None:
            return
        for layer in full_attention_layers(self.cache):
            keys, values = layer_states(layer)  # (B, H, T, D) each
            # Views: the next decode step's concatenation copies them into fresh tensors,
            # which frees the old storage.
            layer.keys, layer.values = keys[:, :, first:, :], values[:, :, first:, :]
        self.mask = self.mask[:, first:]

    def merge(self, cache: DynamicCache, mask: torch.Tensor) -> None:
        """Stack a freshly prefilled `cache` (N, H, Tn, D per layer) under the running one
        (B, H, T, D), left-padding the narrower to the common width."""
        if self.cache is None or self.rows == 0:
            self.cache, self.mask = cache, mask
            return
        width = max(self.width, int(mask.shape[1]))
        pairs = zip(full_attention_layers(self.cache), full_attention_layers(cache), strict=True)
        for old, new in pairs:
            (old_keys, old_values), (new_keys, new_values) = layer_states(old), layer_states(new)
            old.keys = torch.cat([pad_columns(old_keys, width), pad_columns(new_keys, width)])
            old.values = torch.cat([pad_columns(old_values, width), pad_columns(new_values, width)])
        self.mask = torch.cat([pad_mask(self.mask, width), pad_mask(mask, width)])

    def forward(
        self,
        input_ids: torch.Tensor,
        mask: torch.Tensor,
        positions: torch.Tensor,
        cache: DynamicCache | None,
        adapters: list[str] | None = None,
    ) -> torch.Tensor:
        """One forward pass over `input_ids` (B, Q) that extends `cache` in place; the
        logits (B, V) at the last position, in float32 for sampling. `adapters` names each
        row's LoRA adapter ("__base__": none) for peft's mixed-batch forward; None leaves
        the model as it is."""
        kwargs: dict[str, Any] = {self.cache_arg: cache, "use_cache": True}
        if self.keeps_last_logits:
            kwargs["logits_to_keep"] = 1  # (B, 1, V) instead of (B, Q, V): prefill stays cheap
        if adapters is not None:
            kwargs.update(self.route(adapters))
        out = self.model(input_ids=input_ids, attention_mask=mask, position_ids=positions, **kwargs)
        return out.logits[:, -1, :].float()


def full_attention_layers(cache: DynamicCache) -> list[DynamicLayer]:
    """The cache's layers, when all of them keep every column (`DynamicLayer`): only those
    can be padded and stacked row-wise."""
    layers = list(cache.layers)
    unfit = {type(layer).__name__ for layer in layers if type(layer) is not DynamicLayer}
    if unfit:
        raise TypeError(
            f"batched decoding needs full-attention key/value cache layers, not "
            f"{', '.join(sorted(unfit))}: serve this model one request at a time"
        )
    return cast(list[DynamicLayer], layers)


def layer_states(layer: DynamicLayer) -> tuple[torch.Tensor, torch.Tensor]:
    """A filled layer's keys and values, (B, H, T, D) each."""
    if layer.keys is None or layer.values is None:
        raise TypeError("a cache layer was left empty by the forward pass")
    return layer.keys, layer.values


def pad_columns(states: torch.Tensor, width: int) -> torch.Tensor:
    """(B, H, T, D) keys or values → (B, H, width, D), zeros in the new leading columns."""
    return F.pad(states, (0, 0, width - states.shape[-2], 0))


def pad_mask(mask: torch.Tensor, width: int) -> torch.Tensor:
    """(B, T) → (B, width), padding (0) in the new leading columns."""
    return F.pad(mask, (width - mask.shape[-1], 0))


def choose_tokens(
    logits: torch.Tensor,
    temperature: list[float],
    top_p: list[float],
    generators: list[torch.Generator | None],
) -> torch.Tensor:
    """Each row's next token (B,) from `logits` (B, V): the argmax where the temperature is
    0, else a draw from softmax(logits / temperature), cut to the top-p nucleus, with one
    uniform number from the row's own generator — so a seeded row draws the same tokens
    whatever else is in the batch."""
    tokens = logits.argmax(dim=-1)  # (B,)
    sampled = [i for i, t in enumerate(temperature) if t > 0]
    if not sampled:
        return tokens
    scale = torch.tensor([temperature[i] for i in sampled])[:, None]  # (S, 1)
    probs = torch.softmax(logits[sampled] / scale, dim=-1)  # (S, V)
    nucleus = torch.tensor([top_p[i] for i in sampled])  # (S,)
    uniform = torch.cat([torch.rand(1, generator=generators[i]) for i in sampled])  # (S,)
    plain = nucleus >= 1
    picks = torch.empty(len(sampled), dtype=torch.long)  # (S,)
    if bool(plain.any()):
        picks[plain] = draw_index(probs[plain], uniform[plain])
    if not bool(plain.all()):
        ranked, order = keep_nucleus(probs[~plain], nucleus[~plain])  # (S', K) each
        chosen = draw_index(ranked, uniform[~plain])  # (S',)
        picks[~plain] = order.gather(-1, chosen[:, None])[:, 0]
    tokens[sampled] = picks
    return tokens


def keep_nucleus(probs: torch.Tensor, top_p: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The most likely tokens of each row of `probs` (S, V) whose mass first reaches `top_p`
    (S,): (probabilities, zero past the nucleus; token ids), both (S, K), most likely first.

    Sorting a whole vocabulary costs milliseconds a row, so only the top `NUCLEUS_CANDIDATES`
    are ranked unless some row's nucleus is wider than that.
    """
    ranked, order = probs.topk(min(NUCLEUS_CANDIDATES, probs.shape[-1]), dim=-1)  # (S, K)
    if bool((ranked.sum(dim=-1) < top_p).any()):
        ranked, order = probs.sort(dim=-1, descending=True)  # (S, V)
    mass_before = ranked.cumsum(dim=-1) - ranked  # mass of the likelier tokens
    return ranked.masked_fill(mass_before >= top_p[:, None], 0.0), order


def draw_index(weights: torch.Tensor, uniform: torch.Tensor) -> torch.Tensor:
    """Index drawn from each row of `weights` (S, K) ∝ weight, by inverting its cumulative
    sum at `uniform` (S,) in [0, 1)."""
    cumulative = weights.cumsum(dim=-1)  # (S, K)
    target = uniform * cumulative[:, -1]  # (S,)
    index = (cumulative <= target[:, None]).sum(dim=-1)  # first column past the target
    index = index.clamp(max=weights.shape[-1] - 1)
    # Only rounding (target == total) lands on a zero weight: take the likeliest instead.
    landed = weights.gather(-1, index[:, None])[:, 0]
    return torch.where(landed > 0, index, weights.argmax(dim=-1))


def peft_rows(adapters: list[str]) -> dict[str, Any]:
    return {"adapter_names": adapters}
