"""Persistent answer cache (sqlite3, stdlib).

Key = sha256 of (public endpoint, model, prompt version, response schema hash, normalised
content). Values are the answer's `model_dump_json()`. Never stores the API key, the headers or
the request itself.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path


def cache_key(endpoint: str, model: str, prompt_version: str, schema: str, content: object) -> str:
    payload = json.dumps(
        [endpoint, model, prompt_version, schema, content], ensure_ascii=False, sort_keys=True
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AnswerCache:
    def __init__(self, directory: str | Path):
        self.path = Path(directory) / "llm-cache.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._pending = 0
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, model TEXT, prompt_version TEXT, "
            "value TEXT NOT NULL, created REAL)"
        )
        self._db.commit()

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, model: str, prompt_version: str, value_json: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (key, model, prompt_version, value, created) VALUES (?, ?, ?, ?, ?)",
                (key, model, prompt_version, value_json, time.time()),
            )
            self._pending += 1
            if self._pending >= 200:
                self._db.commit()
                self._pending = 0

    def flush(self) -> None:
        with self._lock:
            self._db.commit()
            self._pending = 0

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.commit()
            self._db.close()


class NullCache:
    def get(self, key: str) -> str | None:
        return None

    def put(self, *a: object) -> None:
        return None

    def __len__(self) -> int:
        return 0

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None
