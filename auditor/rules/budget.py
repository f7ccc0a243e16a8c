"""budget rules (in progress)."""
