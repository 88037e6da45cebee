"""The documents area: list model, search, preview, details editor, import."""
