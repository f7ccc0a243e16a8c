"""The OCR engine: RapidOCR (PP-OCRv6 detection + recognition, ONNX Runtime) on one page image.

The models ship inside the `rapidocr` wheel (rapidocr/models/*.onnx); the engine is built with
their paths, so nothing is downloaded at run time. One engine per thread (ONNX Runtime sessions
with one intra-op thread each): pages run in parallel threads, which release the GIL inside
ONNX Runtime and OpenCV.

`TextBox` is what every later step reads: an axis-aligned box in page pixels, the recognised
text and the recogniser's confidence (0-1, the mean character probability).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from auditor.ingest.ocr.decode import with_lexicon

DET_SIDE = 1280  # detection runs on the page scaled to this longest side (recognition: full size)
MIN_SCORE = 0.3  # boxes read with less confidence are noise more often than text


@dataclass
class TextBox:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0


class EngineMissing(RuntimeError):
    """The OCR packages are not installed (the reader turns this into an InputError)."""


def engine_id() -> str:
    """Engine, runtime and word-model versions: part of the page cache key."""
    try:
        return "-".join(
            f"{name}-{metadata.version(name)}" for name in ("rapidocr", "onnxruntime", "jieba")
        )
    except metadata.PackageNotFoundError:
        return "rapidocr-missing"


_local = threading.local()


def build_engine(det: Path | None = None, rec: Path | None = None, version: str = "") -> Any:
    """A RapidOCR engine with the wheel's PP-OCRv6 models (or the given model files of
    `version`, e.g. "PP-OCRv4" for a benchmark), one ONNX Runtime thread, no download; near-tied
    Chinese characters are settled by a word model (auditor.ingest.ocr.decode)."""
    try:
        import jieba  # noqa: F401  (the word model of auditor.ingest.ocr.decode)
        import rapidocr
        from rapidocr import RapidOCR
    except ImportError as exc:
        raise EngineMissing(str(exc)) from exc
    models = Path(rapidocr.__file__).parent / "models"
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    other: dict[str, object] = {}
    if version:
        from rapidocr.utils.typings import ModelType, OCRVersion

        for k in ("Det", "Rec"):
            other[f"{k}.ocr_version"] = OCRVersion(version)
            other[f"{k}.model_type"] = ModelType.MOBILE
    engine = RapidOCR(
        params={
            "Global.log_level": "error",
            "Global.use_cls": False,  # pages are deskewed; no upside-down lines
            "Global.text_score": MIN_SCORE,
            "Global.max_side_len": 6000,  # recognise crops at the page's own resolution
            "Det.model_path": str(det or models / "PP-OCRv6_det_small.onnx"),
            "Rec.model_path": str(rec or models / "PP-OCRv6_rec_small.onnx"),
            **other,
            "Det.limit_type": "max",
            "Det.limit_side_len": DET_SIDE,
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )
    return with_lexicon(engine)


def _engine() -> Any:
    eng = getattr(_local, "engine", None)
    if eng is None:
        eng = _local.engine = build_engine()
    return eng


def read_boxes(image: np.ndarray, engine: Any = None) -> list[TextBox]:
    """Detect and recognise every text line of a page image (RGB, uint8).

    onnxruntime reports an allocation that fails under the per-file memory limit as its own
    runtime error (std::bad_alloc): it is raised as the MemoryError it is, so the file is
    recorded as over the memory limit, not as a bug."""
    try:
        out = (engine or _engine())(image, use_det=True, use_cls=False, use_rec=True)
    except Exception as exc:
        if "bad_alloc" in str(exc):
            raise MemoryError("OCR engine out of memory") from exc
        raise
    if out.boxes is None or out.txts is None:
        return []
    boxes = []
    for quad, text, score in zip(out.boxes, out.txts, out.scores):
        xs, ys = quad[:, 0], quad[:, 1]
        if text.strip():
            boxes.append(
                TextBox(
                    float(xs.min()),
                    float(ys.min()),
                    float(xs.max()),
                    float(ys.max()),
                    text.strip(),
                    float(score),
                )
            )
    return boxes


def read_crop(image: np.ndarray, engine: Any = None) -> tuple[str, float]:
    """Recognise one line image (no detection): text and confidence."""
    if image.size == 0 or min(image.shape[:2]) < 4:
        return "", 0.0
    out = (engine or _engine())(image, use_det=False, use_cls=False, use_rec=True)
    if not out.txts:
        return "", 0.0
    return str(out.txts[0]).strip(), float(out.scores[0])
