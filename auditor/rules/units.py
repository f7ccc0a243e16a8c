"""Row-scope rules (work in progress)."""

from __future__ import annotations
