"""Page images before OCR: red stamps removed, small rotations undone, binary ink for rulings.

* Red stamps (公章) and red signatures are printed over the text of real disclosures. Red
  pixels take their red channel as gray value (red ink is transparent in it), so the stamp
  goes while black text and rulings under it stay.
* Deskew: the angle (within ±5°) that makes the rows of ink sharpest — the variance of the
  horizontal projection of a reduced binary image, searched coarse then fine. Table rulings and
  text lines both vote, so pages with and without rulings are handled alike.
"""

from __future__ import annotations

import cv2
import numpy as np

MAX_SKEW = 5.0  # degrees searched either way
STAMP_PAPER = 185  # under a stamp, lighter than this (after lifting) is paper, not ink
MIN_SKEW = 0.08  # smaller angles are left alone (a rotation also blurs)


def gray_without_red(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Gray page in which red ink (stamps, red signatures) disappears: one for the rulings, one
    for reading the text.

    Where a pixel is red, its red channel is used as the gray value: red ink is transparent in
    the red channel, so paper under a stamp reads white while black text and rulings under it
    (overprinted: dark red) stay dark. Elsewhere the usual luminance. For reading, what is left
    of the stamp lighter than STAMP_PAPER becomes paper (its faint outline would be read as
    characters); the rulings keep it, as a faint ruling under a stamp is lighter than that."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    h, s = hsv[..., 0], hsv[..., 1]
    red = ((h <= 12) | (h >= 160)) & (s >= 40)
    if not red.any():
        return gray, gray
    # the stamp's own ink level (its brightest red) maps to white
    level = max(float(np.percentile(rgb[..., 0][red], 90)), 64.0)
    lifted = np.clip(rgb[..., 0].astype(np.float32) * (255.0 / level), 0, 255)
    for_lines = np.where(red, np.maximum(gray, lifted.astype(np.uint8)), gray)
    lifted[lifted > STAMP_PAPER] = 255
    for_text = np.where(red, np.maximum(gray, lifted.astype(np.uint8)), gray)
    return for_lines, for_text


def ink(gray: np.ndarray) -> np.ndarray:
    """Binary ink mask (255 = ink) robust to uneven scan brightness."""
    mask: np.ndarray = cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )
    return mask


def _sharpness(small: np.ndarray, angle: float) -> float:
    h, w = small.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rot = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
    profile = rot.sum(axis=1, dtype=np.float64)
    return float(np.var(profile))


def skew_angle(gray: np.ndarray) -> float:
    """Rotation (degrees, counter-clockwise) that straightens the page."""
    scale = min(1.0, 800 / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    binary = (ink(small) > 0).astype(np.float32)
    if binary.sum() < 50:
        return 0.0
    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=lambda a: _sharpness(binary, a))
    fine = np.arange(best - 0.5, best + 0.51, 0.05)
    return float(max(fine, key=lambda a: _sharpness(binary, a)))


def rotate(image: np.ndarray, angle: float) -> np.ndarray:
    h, w = image.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = (255, 255, 255) if image.ndim == 3 else 255
    rotated: np.ndarray = cv2.warpAffine(
        image, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    return rotated


def prepare(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """Stamp removed, deskewed page in gray — for the rulings and for reading the text — and
    the angle it was turned by."""
    lines, text = gray_without_red(rgb)
    angle = skew_angle(lines)
    if abs(angle) >= MIN_SKEW:
        same = text is lines  # no stamp: one image
        lines = rotate(lines, angle)
        text = lines if same else rotate(text, angle)
    return lines, text, angle
