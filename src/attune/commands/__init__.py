"""What each `attune` command does; `cli.py` only parses and dispatches here."""
