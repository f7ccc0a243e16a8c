"""Building plain-text disclosures line by line, remembering where each indicator row starts."""

from __future__ import annotations

from pathlib import Path

from spec import Row


class Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, *lines: str) -> None:
        for line in lines:
            self.lines.extend(line.split("\n"))

    def row(self, row: Row, *lines: str) -> None:
        """Add the lines of one indicator row and record its first line (1-based)."""
        row.source_line = len(self.lines) + 1
        self.add(*lines)

    def write(self, path: Path, encoding: str = "utf-8", newline: str = "\n") -> None:
        text = newline.join(self.lines) + newline
        path.write_bytes(text.encode(encoding))
