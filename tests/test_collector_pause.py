"""The cyclic collector is paused while a text file is read and while blocks are extracted
(auditor.ingest.collector): that is only sound if neither creates reference cycles, which
would otherwise pile up until the pause ends. Checked on the sample corpus and on the
renderer's layouts in every format but PDF (reading them is not paused; extracting them is)."""

from __future__ import annotations

import gc
from pathlib import Path

from auditor.extract.tables import extract
from auditor.ingest import read_document
from auditor.ingest.collector import collector_paused
from auditor.synth import combinations, generate, render


def _rendered(tmp_path: Path) -> list[Path]:
    sd = generate(3)
    return [render(sd, lay, fmt, tmp_path).path for lay, fmt in combinations() if fmt != "pdf"]


def test_reading_text_and_extracting_create_no_cycles(
    corpus_files: list[Path], tmp_path: Path
) -> None:
    rendered = _rendered(tmp_path)
    texts = list(corpus_files) + [p for p in rendered if p.suffix == ".txt"]
    raws = [read_document(p) for p in rendered if p.suffix != ".txt"]
    assert raws and len(texts) > len(corpus_files)
    gc.collect()
    with collector_paused():
        docs = [extract(read_document(p)) for p in texts] + [extract(r) for r in raws]
        unreachable = gc.collect()  # an explicit collection runs even while paused
    assert sum(len(t.rows) for d in docs for t in d.tables) > 1000
    assert unreachable == 0


def test_pause_nests_and_restores_the_collector_state() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer span is still running
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a collector the caller disabled stays disabled
    finally:
        gc.enable()


def test_pause_ends_when_the_body_raises() -> None:
    try:
        with collector_paused():
            raise ValueError("bad input")
    except ValueError:
        pass
    assert gc.isenabled()
