"""The one training loop and what feeds it: batching, optimiser, checkpoints."""
