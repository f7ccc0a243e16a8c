"""Property tests for every reader: a mutated file gives a RawDocument or an InputError, never
another exception and never a hang (hypothesis deadline + pytest timeout).

Seeds are built at test time by benchmarks/fuzz_inputs.py with the real libraries; mutations are
truncation, bit flips, overwritten/inserted/deleted byte runs and corrupted zip members.
LibreOffice conversion is switched off here (AUDITOR_SOFFICE points nowhere): it is tested in
tests/test_legacy_formats.py, and a conversion per example would take seconds.
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.ingest import InputError, RawDocument, read_document

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz_inputs.py"
_spec = importlib.util.spec_from_file_location("fuzz_inputs", _PATH)
fuzz_inputs = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = fuzz_inputs
_spec.loader.exec_module(fuzz_inputs)

_SEEDS: dict[str, bytes] = {}


def _seed(fmt: str) -> bytes:
    if fmt not in _SEEDS:
        _SEEDS[fmt] = fuzz_inputs.SEEDS[fmt][1]()
    return _SEEDS[fmt]


def _read(fmt: str, data: bytes) -> RawDocument | InputError:
    suffix = fuzz_inputs.SEEDS[fmt][0]
    with (
        tempfile.TemporaryDirectory() as tmp,
        mock.patch.dict(os.environ, {"AUDITOR_SOFFICE": "/nonexistent/soffice"}),
    ):
        path = Path(tmp) / f"mutated{suffix}"
        path.write_bytes(data)
        try:
            return read_document(path)
        except InputError as exc:
            assert str(path) in str(exc) and exc.reason and exc.reason_en
            assert "Traceback" not in str(exc)
            return exc


@pytest.mark.parametrize("fmt", sorted(fuzz_inputs.SEEDS))
def test_seed_is_read(fmt):
    raw = _read(fmt, _seed(fmt))
    assert isinstance(raw, RawDocument) and raw.blocks


@pytest.mark.timeout(240)
@pytest.mark.parametrize("fmt", sorted(fuzz_inputs.SEEDS))
@settings(
    max_examples=40,
    deadline=timedelta(seconds=20),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutation=st.sampled_from(fuzz_inputs.MUTATIONS), seed=st.integers(0, 2**32 - 1))
def test_mutated_input_is_a_document_or_an_input_error(fmt, mutation, seed):
    data = fuzz_inputs.mutate(_seed(fmt), mutation, random.Random(seed))
    result = _read(fmt, data)
    assert isinstance(result, (RawDocument, InputError))
