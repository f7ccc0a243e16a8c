"""Input errors: one readable message naming the file and what is wrong with it."""

from __future__ import annotations


class InputError(Exception):
    """A file the tool cannot read (empty, binary, corrupt, wrong encoding, no tables).

    str(err) is the message shown to the user: "<file>: <reason in Chinese> (<English>)".
    """

    def __init__(self, path: str, reason: str, reason_en: str = ""):
        self.path = str(path)
        self.reason = reason
        self.reason_en = reason_en
        super().__init__(self.message())

    def __reduce__(self) -> tuple[type[InputError], tuple[str, ...]]:
        # picklable with its fields (errors cross process boundaries in limited runs and pools)
        return (self.__class__, (self.path, self.reason, self.reason_en))

    def message(self) -> str:
        tail = f" ({self.reason_en})" if self.reason_en else ""
        return f"{self.path}: {self.reason}{tail}"
