"""Training on several processes (DDP): who am I, my shard, and the step's summed gradient.

`accelerate launch` (or `torchrun`) starts one process per device and sets RANK,
WORLD_SIZE, MASTER_ADDR and MASTER_PORT; `init_distributed` joins them into a process
group (gloo on CPU, nccl on GPUs). Each process trains on its shard of every micro-batch;
after a step's micro-batches the gradients and the step's weight (examples or learned
tokens) are summed over processes and divided, so every process takes the same optimiser
step as one process with the whole batch would. Only the main process writes files.

Written by hand rather than with `DistributedDataParallel` because the chat loss runs the
transformer body and the output head separately (the head only where a token is learned),
which DDP's forward hooks do not see; one flat all-reduce per step is all that is needed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import torch
import torch.distributed as dist
from torch import nn

from attune.errors import AttuneError

T = TypeVar("T")
# What `accelerate launch` sets for sharded training: attune's loop replicates the model
# (DDP), so a run under these would silently not shard anything.
SHARDING_FLAGS = ("ACCELERATE_USE_FSDP", "ACCELERATE_USE_DEEPSPEED")


@dataclass(frozen=True)
class World:
    """This process's place among the training processes."""

    rank: int = 0
    size: int = 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def shard(self, items: Sequence[T]) -> list[T]:
        """This process's share of `items` (every `size`-th, starting at `rank`)."""
        return list(items[self.rank :: self.size])


def is_distributed() -> bool:
    return dist.is_available() and dist.is_initialized()


def current_world() -> World:
    """The process group's rank and size (rank 0 of 1 when not distributed)."""
    if not is_distributed():
        return World()
    return World(dist.get_rank(), dist.get_world_size())


def is_main_process() -> bool:
    return current_world().is_main


def init_distributed() -> World:
    """Join the process group a launcher described in the environment (no-op otherwise)."""
    sharded = [flag for flag in SHARDING_FLAGS if os.environ.get(flag, "").lower() == "true"]
    if sharded:
        raise AttuneError(
            f"this launch asks for sharded training ({sharded[0]}), which attune does not do: "
            "every process holds the whole model",
            fix="launch with a DDP config (`accelerate launch --multi_gpu --num_processes N`); "
            "see docs/multi-gpu.md",
        )
    if is_distributed() or int(os.environ.get("WORLD_SIZE", "1")) <= 1:
        return current_world()
    if torch.cuda.is_available():
        torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")))
        dist.init_process_group(backend="nccl")
    else:
        dist.init_process_group(backend="gloo")
    return current_world()


def training_device() -> torch.device:
    """This process's GPU when there is one (the launcher's LOCAL_RANK), else the CPU."""
    if torch.cuda.is_available():
        return torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
    return torch.device("cpu")


def collective_device() -> torch.device:
    """Where tensors must be for a collective: nccl only moves GPU tensors."""
    if is_distributed() and dist.get_backend() == "nccl":
        return torch.device("cuda", torch.cuda.current_device())
    return torch.device("cpu")


def close_distributed() -> None:
    """Leave the process group once every process is done with it: a rank that tears gloo
    down while another still talks to it can abort at exit ("terminate called without an
    active exception", seen once in the two-process test)."""
    if is_distributed():
        dist.barrier()
        dist.destroy_process_group()


def barrier() -> None:
    if is_distributed():
        dist.barrier()


@contextlib.contextmanager
def main_first() -> Iterator[None]:
    """Run the block on the main process first, then on the others (e.g. a one-time
    conversion into a shared cache that the others then only read)."""
    if not current_world().is_main:
        barrier()
    yield
    if current_world().is_main:
        barrier()


def broadcast_parameters(model: nn.Module) -> None:
    """Copy the main process's trainable weights to every process (same start everywhere)."""
    if not is_distributed():
        return
    with torch.no_grad():
        for param in model.parameters():
            if param.requires_grad:
                dist.broadcast(param.data, src=0)


def all_reduce_sums(values: Sequence[float]) -> list[float]:
    """`values` summed over processes (unchanged in one process)."""
    if not is_distributed():
        return [float(v) for v in values]
    tensor = torch.tensor(list(values), dtype=torch.float64, device=collective_device())
    dist.all_reduce(tensor)
    return [float(v) for v in tensor.tolist()]


def reduce_gradients(model: nn.Module, weight: float) -> float:
    """Turn the summed, weighted micro-batch gradients of a step into the step's mean.

    Each micro-batch backpropagated `mean_loss · weight`; the gradients and the weights
    are summed over processes (one flat all-reduce), then divided by the total weight:
    g = Σ_p Σ_b w_b ∇L_b / Σ_p Σ_b w_b. Returns the total weight.
    """
    params = [p for p in model.parameters() if p.requires_grad]
    if is_distributed():
        # A process whose shard was empty has no gradients: it adds zeros.
        grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in params]
        total = torch.tensor([weight], device=grads[0].device)
        flat = torch.cat([g.reshape(-1).float() for g in grads] + [total])
        dist.all_reduce(flat)
        weight = float(flat[-1])
        offset = 0
        for param, grad in zip(params, grads, strict=True):
            count = grad.numel()
            param.grad = flat[offset : offset + count].view_as(param).to(param.dtype)
            offset += count
    if weight > 0:
        for param in params:
            if param.grad is not None:
                param.grad.div_(weight)
    return weight
