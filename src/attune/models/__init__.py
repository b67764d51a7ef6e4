"""Choosing and loading pre-trained models: aliases, safe loading, heads and LoRA."""
