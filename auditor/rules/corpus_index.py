"""corpus_index rules (in progress)."""
