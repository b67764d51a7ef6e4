"""Metrics as pure functions, out-of-scope detection, diagnosis and reports."""
