"""Text folding for the personal-data recognizers.

Two views of a text part:

* ``fold(text)``: **length-preserving**.  Full-width digits, letters and ＠ ． ＋ －
  become ASCII, the ideographic space a space, and dash look-alikes (‐ ‑ ‒ – — ― − ﹣ －)
  a hyphen; the long-vowel mark ー (and ｰ, ─) only between two digits, where it is a
  typing slip for a hyphen (０９０ー１２３４ー５６７８), never inside katakana words.
  Every character maps to exactly one character, so an offset in the folded text is an
  offset in the original text.
* ``context_view(folded)``: NFKC, which changes lengths (ﾏｲﾅﾝﾊﾞｰ → マイナンバー,
  ㈱ → (株)), computed only on a copy for context-word matching, with a map from each
  of its positions back to the folded (= original) text.  Most mail has no compatibility
  characters; then the view is the folded text itself and the map is the identity.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_TABLE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_TABLE[0x3000] = 0x20
_TABLE.update({ord(c): 0x2D for c in _DASHES})

# what fold() has to touch: full-width ASCII, the ideographic space, dash look-alikes
# (the long-vowel marks are handled separately, between digits only)
# full-width digits, letters, ＠ ． ＋ － (the characters of numbers and addresses); the
# ideographic space and the dashes are replaced with str.replace, at C speed; other
# full-width punctuation (：（）！) is common in Japanese prose and matters to no pattern
_FOLDABLE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff0b\uff0d]+")
# The same class without the "+", to test whether there is anything to fold: a pattern
# that starts with a character class lets the engine skip to candidates in C, one that
# starts with a repeat is tried at every position (3x slower over Japanese mail).
_FOLDABLE_ANY = re.compile(_FOLDABLE.pattern[:-1])
_SIMPLE = (("\u3000", " "), *((d, "-") for d in _DASHES))
# ー between digits; written to start with the mark itself (rare next to digits, and a
# character class up front is skipped to in C) rather than with a look-behind
_VOWEL_DASH = re.compile(r"[\u30fc\uff70\u2500](?<=[0-9].)(?=[0-9])")
# characters NFKC would change that matter for context words: half-width katakana,
# enclosed/squared CJK (㈱ ㍿), circled digits, CJK compatibility ideographs
_COMPAT = re.compile("[\uff61-\uff9f\u3200-\u33ff\u2460-\u24ff\uf900-\ufaff\ufe30-\ufe4f]")


# Anything fold() or context_view() would change, but for the ideographic space and the
# long-vowel mark ー (both common in Japanese prose, each tested on its own).
_SPECIAL = re.compile("[" + _FOLDABLE.pattern[1:-2] + _DASHES + _COMPAT.pattern[1:-1] + "]")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


def fold(text: str) -> str:
    """Length-preserving fold of full-width forms and dashes to ASCII (see module doc)."""
    out = _FOLDABLE.sub(_fold_run, text) if _FOLDABLE_ANY.search(text) else text
    for a, b in _SIMPLE:
        if a in out:
            out = out.replace(a, b)
    # ー is everywhere in katakana: only between digits is it a hyphen (０９０ー１２３４)
    if "\u30fc" in out or "\uff70" in out or "\u2500" in out:
        out = _VOWEL_DASH.sub("-", out)
    return out


class ContextView:
    """An NFKC copy of a folded text for keyword matching, with offsets back."""

    __slots__ = ("_map", "text")

    def __init__(self, text: str, offsets: Sequence[int] | None) -> None:
        self.text = text
        self._map = offsets  # None: identity

    @property
    def identity(self) -> bool:
        return self._map is None

    def to_original(self, pos: int) -> int:
        if self._map is None:
            return pos
        if pos >= len(self._map):
            return self._map[-1] + 1 if self._map else 0
        return self._map[pos]


def context_view(folded: str) -> ContextView:
    """NFKC copy of ``folded`` with a position map (identity when nothing changes)."""
    if not _COMPAT.search(folded):
        return ContextView(folded, None)
    pieces: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(folded)
    while i < n:
        j = i + 1
        # a half-width kana followed by its (half-width) voicing mark composes into one
        while j < n and folded[j] in "\uff9e\uff9f":
            j += 1
        norm = unicodedata.normalize("NFKC", folded[i:j])
        pieces.append(norm)
        offsets.extend([i] * len(norm))
        i = j
    return ContextView("".join(pieces), offsets)


def fold_and_view(text: str) -> tuple[str, ContextView]:
    """``fold(text)`` and its ``context_view``.  Most mail has none of the characters
    either would change (full-width digits, dashes, ㈱, half-width kana): one search
    tells, instead of one for each."""
    if _SPECIAL.search(text):
        folded = fold(text)
        return folded, context_view(folded)
    out = text.replace("\u3000", " ") if "\u3000" in text else text
    if "\u30fc" in out or "\u2500" in out:
        out = _VOWEL_DASH.sub("-", out)
    return out, ContextView(out, None)


def nfkc(text: str) -> str:
    """NFKC of a short string (a table header, a context window)."""
    return unicodedata.normalize("NFKC", text)
