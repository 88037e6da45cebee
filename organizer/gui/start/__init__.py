"""The start window: first-run welcome, creating a vault, the recovery code, unlocking."""
