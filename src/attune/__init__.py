"""attune: turn a pre-trained transformer into one person's assistant."""

__version__ = "0.1.0"
