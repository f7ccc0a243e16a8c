"""goals rules (in progress)."""
