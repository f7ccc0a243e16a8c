"""OCR for scanned PDF pages and photos of tables: page images -> the same blocks as every reader.

prep      red stamps removed, deskew, binary ink
ruling    ruled tables: cells and spans by OpenCV morphology
engine    RapidOCR (PP-OCRv6, ONNX Runtime; models inside the wheel): text boxes + confidence
layout    boxes into cells (Grids) and lines; aligned  tables without rulings
page      one page image -> blocks
cache     page cache keyed by file hash, page and pipeline version
reader    whole files: PDF pages needing OCR, image files; thread pool, progress bar
"""
