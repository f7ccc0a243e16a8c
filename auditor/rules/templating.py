"""templating rules (in progress)."""
