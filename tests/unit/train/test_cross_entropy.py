"""The hand-written learned-token cross-entropy equals PyTorch's, value and gradient."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from attune.train.cross_entropy import summed_cross_entropy


def test_sum_and_gradient_equal_torch_cross_entropy() -> None:
    generator = torch.Generator().manual_seed(0)
    logits = (torch.randn(37, 501, generator=generator) * 4).requires_grad_()
    targets = torch.randint(0, 501, (37,), generator=generator)
    reference_logits = logits.detach().clone().requires_grad_()
    loss, _ = summed_cross_entropy(logits, targets)
    reference = F.cross_entropy(reference_logits, targets, reduction="sum")
    (loss * 0.5).backward()  # a non-unit upstream gradient must scale the result
    (reference * 0.5).backward()
    assert torch.allclose(loss, reference, atol=1e-4)
    assert logits.grad is not None and reference_logits.grad is not None
    assert torch.allclose(logits.grad, reference_logits.grad, atol=1e-6)


def test_correct_counts_the_rows_whose_argmax_is_the_target() -> None:
    logits = torch.tensor([[0.1, 2.0, -1.0], [3.0, 0.0, 1.0], [0.0, 0.5, 0.4], [1.0, 1.0, 2.0]])
    targets = torch.tensor([1, 2, 1, 2])
    _, correct = summed_cross_entropy(logits, targets)
    assert correct == int((logits.argmax(-1) == targets).sum()) == 3


def test_passes_gradcheck_in_double_precision() -> None:
    generator = torch.Generator().manual_seed(1)
    logits = torch.randn(6, 11, dtype=torch.float64, generator=generator, requires_grad=True)
    targets = torch.randint(0, 11, (6,), generator=generator)
    assert torch.autograd.gradcheck(lambda z: summed_cross_entropy(z, targets)[0], (logits,))


def test_no_learned_token_gives_zero_and_a_zero_gradient() -> None:
    logits = torch.zeros(0, 9, requires_grad=True)
    loss, correct = summed_cross_entropy(logits, torch.zeros(0, dtype=torch.long))
    loss.backward()
    assert loss.item() == 0.0 and correct == 0
    assert logits.grad is not None and logits.grad.shape == (0, 9)
