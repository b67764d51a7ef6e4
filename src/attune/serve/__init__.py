"""Serving: an OpenAI-compatible HTTP API over chat and classification runs."""
