"""Scanned renderings: pages rasterised and degraded like a scan, wrapped into an image PDF.

    scan_pdf(text_pdf, out_pdf, seed)      # every page as a "scanned" image page
    scan_document(doc, out_pdf, seed)      # a Document's tables printed, then scanned

Each page is rendered (pypdfium2, pdfplumber's renderer) at 150-300 dpi and degraded, all
from the seed: a red round stamp (multiplied over the ink, so text under it stays black), a
rotation of up to ±1.5°, blur, sensor noise and speckles, JPEG compression. The PDF holds only
the page images (no text layer), as a scanner writes it. Deterministic for a seed.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter

from auditor.models import Document
from auditor.synth.table_pdf import write_tables_pdf

DPIS = (150, 200, 300)


def _stamp(size: int, rng: random.Random) -> Image.Image:
    """A red round stamp (ring, star, inner ring of marks) on white, `size` pixels wide."""
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    red = (rng.randint(200, 235), rng.randint(20, 60), rng.randint(30, 60))
    w = max(2, size // 28)
    d.ellipse([w, w, size - w, size - w], outline=red, width=w)
    c, r = size / 2, size * 0.16
    star = [
        (
            c + (r if i % 2 == 0 else r * 0.4) * math.sin(i * math.pi / 5),
            c - (r if i % 2 == 0 else r * 0.4) * math.cos(i * math.pi / 5),
        )
        for i in range(10)
    ]
    d.polygon(star, fill=red)
    for k in range(14):  # the characters around the rim, as short strokes
        a = math.pi * (0.8 + 1.4 * k / 13)
        x, y = c + size * 0.34 * math.cos(a), c + size * 0.34 * math.sin(a)
        d.rectangle([x - size * 0.03, y - size * 0.03, x + size * 0.03, y + size * 0.03], fill=red)
    d.line([(size * 0.3, size * 0.72), (size * 0.7, size * 0.72)], fill=red, width=w)
    return img


def _apply_stamp(page: Image.Image, rng: random.Random) -> Image.Image:
    w, h = page.size
    size = int(min(w, h) * rng.uniform(0.16, 0.24))
    x, y = int(w * rng.uniform(0.45, 0.8)), int(h * rng.uniform(0.08, 0.45))
    layer = Image.new("RGB", page.size, "white")
    layer.paste(_stamp(size, rng), (x, y))
    mixed = np.asarray(page, dtype=np.float32) * np.asarray(layer, dtype=np.float32) / 255.0
    return Image.fromarray(mixed.astype(np.uint8))


def degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    """A clean page image made to look scanned (stamp, rotation, blur, noise)."""
    img = _apply_stamp(page.convert("RGB"), rng)
    img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor="white")
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    arr = np.asarray(img, dtype=np.float64)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr + nprng.normal(0, rng.uniform(4, 10), arr.shape[:2])[..., None]
    specks = nprng.random(arr.shape[:2]) < 0.0006
    arr[specks] = 0
    tint = np.array([rng.uniform(-8, 0), rng.uniform(-8, 0), rng.uniform(-14, -2)])
    return Image.fromarray(np.clip(arr + tint, 0, 255).astype(np.uint8))


def _jpeg(img: Image.Image, rng: random.Random) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(70, 88))
    buf.seek(0)
    return Image.open(buf)


def scan_pdf(src: Path, out: Path, seed: int = 0) -> Path:
    """Every page of `src` rendered, degraded and written as an image-only PDF to `out`."""
    rng = random.Random(seed)
    pages: list[Image.Image] = []
    pdf = pdfium.PdfDocument(str(src))
    try:
        dpi = rng.choice(DPIS)
        for page in pdf:
            clean = page.render(scale=dpi / 72).to_pil()
            pages.append(_jpeg(degrade(clean, rng), rng))
    finally:
        pdf.close()
    pages[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return out


def scan_document(doc: Document, out: Path, seed: int = 0, ruled: bool = True) -> Path:
    """The tables of `doc` printed (auditor.synth.table_pdf) and scanned into `out`."""
    printed = out.with_suffix(".print.pdf")
    write_tables_pdf(doc, printed, ruled=ruled)
    try:
        return scan_pdf(printed, out, seed)
    finally:
        printed.unlink(missing_ok=True)
