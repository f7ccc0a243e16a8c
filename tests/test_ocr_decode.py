"""Reading the recogniser's per-column probabilities: near-tied Chinese characters settled by the
word model, figures never changed, scan specks read as '.' dropped (auditor.ingest.ocr.decode).

The probability tables are built here, column by column, as the recogniser would give them."""

from __future__ import annotations

import numpy as np

from auditor.ingest.ocr.decode import LexiconDecode, read_line
from auditor.ingest.ocr.lexicon import text_logprob

CHARSET = ["blank", *"部门内产出年完成率计划9870.%·", " "]
BLANK = {0}


def _probs(*columns: dict[str, float]) -> np.ndarray:
    """One row per column: the given characters' probabilities, the rest spread evenly; a blank
    column between characters, as CTC emits."""
    rows = []
    for col in columns:
        for probs in (col, {"blank": 0.99}):
            row = np.full(len(CHARSET), 0.0)
            for ch, p in probs.items():
                row[CHARSET.index(ch)] = p
            row += (1.0 - row.sum()) / len(CHARSET)
            rows.append(row)
    return np.array(rows)


def test_a_near_tie_is_settled_by_the_words_around_it():
    tie = {"内": 0.55, "门": 0.44}
    text, conf = read_line(_probs({"部": 0.98}, tie, {"产": 0.97}, {"出": 0.97}), CHARSET, BLANK)
    assert text == "部门产出"
    assert conf < 0.9  # the settled character keeps its own (lower) probability
    # the same tie in another context goes the other way
    text, _ = read_line(_probs({"年": 0.98}, tie, {"完": 0.97}, {"成": 0.97}), CHARSET, BLANK)
    assert text == "年内完成"


def test_a_clear_reading_is_not_overruled_by_the_word_model():
    clear = {"内": 0.95, "门": 0.04}
    text, _ = read_line(_probs({"部": 0.98}, clear, {"产": 0.97}, {"出": 0.97}), CHARSET, BLANK)
    assert text == "部内产出"


def test_digits_are_never_exchanged():
    text, _ = read_line(_probs({"9": 0.5, "8": 0.49}, {"7": 0.97}, {"%": 0.96}), CHARSET, BLANK)
    assert text == "97%"


def test_specks_read_as_a_full_stop_are_dropped_and_decimal_points_kept():
    text, _ = read_line(_probs({"9": 0.98}, {"8": 0.98}, {"%": 0.97}, {".": 0.6}), CHARSET, BLANK)
    assert text == "98%"
    text, _ = read_line(_probs({".": 0.7}, {"完": 0.98}, {"成": 0.97}), CHARSET, BLANK)
    assert text == "完成"
    text, _ = read_line(_probs({"年": 0.98}, {"·": 0.9}, {"完": 0.97}), CHARSET, BLANK)
    assert text == "年·完"  # the interpunct of compound units (人·月) stays
    text, _ = read_line(_probs({"7": 0.98}, {".": 0.95}, {"9": 0.97}), CHARSET, BLANK)
    assert text == "7.9"


def test_repeated_columns_emit_once_and_blanks_nothing():
    row = _probs({"门": 0.9})[0]
    probs = np.array([row, row, _probs({"blank": 1.0})[0], row])
    assert read_line(probs, CHARSET, BLANK)[0] == "门门"


class _PlainDecoder:
    character = CHARSET

    def get_ignored_tokens(self) -> list[int]:
        return [0]


def test_the_decoder_is_a_drop_in_for_a_batch_of_lines():
    batch = np.stack(
        [
            _probs({"计": 0.97}, {"划": 0.97}, {"完": 0.96}, {"成": 0.96}, {"率": 0.95}),
            _probs({"9": 0.98}, {"8": 0.97}, {"%": 0.97}, {"0": 0.0}, {"0": 0.0}),
        ]
    )
    lines, words = LexiconDecode(_PlainDecoder())(batch, False)
    assert [t for t, _ in lines] == ["计划完成率", "98%"]
    assert all(0.0 < c <= 1.0 for _, c in lines)
    assert words == []


def test_words_are_more_likely_than_their_characters_alone():
    assert text_logprob("部门") > text_logprob("部内")
    assert text_logprob("完成") > text_logprob("完") + text_logprob("成")
