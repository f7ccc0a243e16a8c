"""One page image -> blocks: clean and straighten, find the ruled tables, read the text, lay out."""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from auditor.ingest.blocks import Block
from auditor.ingest.ocr.engine import TextBox, read_boxes, read_crop
from auditor.ingest.ocr.layout import CropReader, page_blocks
from auditor.ingest.ocr.prep import prepare
from auditor.ingest.ocr.ruling import find_tables

BoxReader = Callable[[np.ndarray], list[TextBox]]
MIN_SIDE = 2000  # smaller images are enlarged (like a 170 dpi page): recognition reads small
# text better enlarged, and costs the same (it scales every line to one height)
MAX_SIDE = 3600  # larger ones (phone photos) are reduced: more pixels only cost time


def _fit(rgb: np.ndarray) -> np.ndarray:

    h, w = rgb.shape[:2]
    scale = 1.0
    if max(h, w) > MAX_SIDE:
        scale = MAX_SIDE / max(h, w)
    elif max(h, w) < MIN_SIDE:
        scale = MIN_SIDE / max(h, w)
    if scale == 1.0:
        return rgb
    resized: np.ndarray = cv2.resize(
        rgb,
        None,
        fx=scale,
        fy=scale,
        interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC,
    )
    return resized


def ocr_page(
    rgb: np.ndarray,
    page: int,
    boxes_reader: BoxReader = read_boxes,
    crop_reader: CropReader = read_crop,
) -> list[Block]:
    """Blocks of one page image (RGB, uint8) with OCR confidences; `page` is 1-based.
    The readers are parameters so benchmarks can compare engines on the same pipeline."""
    for_lines, for_text, _angle = prepare(_fit(rgb))
    tables = find_tables(for_lines)
    boxes = boxes_reader(np.ascontiguousarray(np.stack([for_text] * 3, axis=-1)))
    return page_blocks(boxes, tables, for_text, crop_reader, page)
