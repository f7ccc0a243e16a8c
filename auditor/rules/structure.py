"""structure rules (in progress)."""
