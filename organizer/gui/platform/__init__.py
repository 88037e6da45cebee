"""Platform hooks behind small interfaces: removable drives, mail hand-off, showing files."""
