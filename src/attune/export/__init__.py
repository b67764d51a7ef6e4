"""Exporting a run for serving: merge LoRA adapters, quantise, check the result."""
