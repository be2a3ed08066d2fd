"""The bottom layer: configuration (config.py), the named errors (errors.py) and secret redaction (redact.py).

Imported by every other package; imports nothing of ours (README, "How it works")."""
