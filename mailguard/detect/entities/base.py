"""What every recognizer shares: the found entity, the part it reads, masking, timeouts.

A recognizer never sees the whole message: the personal-data detector folds each text
part once (``normalize.fold``), finds cheap candidates (digit runs, keywords, '@') and
hands each recognizer only the candidates it can use.  Validating patterns use the
``regex`` module with a timeout; a timeout raises ``ScanTimeout`` and the detector turns
it into an incomplete scan (a finding), never into a silent pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import regex

if TYPE_CHECKING:
    from mailguard.detect.context import KeywordHit, PartText

# seconds for one validating match over a candidate window (windows are short: a
# timeout means a pathological input, and the scan is then reported incomplete)
REGEX_TIMEOUT = 0.5


class ScanTimeout(Exception):
    """A validating pattern ran out of time: the part could not be fully scanned."""


def finditer(pattern: regex.Pattern[str], text: str, pos: int = 0,
             endpos: int | None = None) -> list[regex.Match[str]]:
    try:
        return list(pattern.finditer(text, pos, len(text) if endpos is None else endpos,
                                     timeout=REGEX_TIMEOUT))
    except TimeoutError as exc:
        raise ScanTimeout(pattern.pattern[:40]) from exc


def match(pattern: regex.Pattern[str], text: str, pos: int = 0,
          endpos: int | None = None) -> regex.Match[str] | None:
    try:
        return pattern.match(text, pos, len(text) if endpos is None else endpos,
                             timeout=REGEX_TIMEOUT)
    except TimeoutError as exc:
        raise ScanTimeout(pattern.pattern[:40]) from exc


def search(pattern: regex.Pattern[str], text: str, pos: int = 0,
           endpos: int | None = None) -> regex.Match[str] | None:
    try:
        return pattern.search(text, pos, len(text) if endpos is None else endpos,
                              timeout=REGEX_TIMEOUT)
    except TimeoutError as exc:
        raise ScanTimeout(pattern.pattern[:40]) from exc


@dataclass(slots=True)
class Found:
    """One entity in one part.

    ``key`` is the normalised value, used only inside the detector (to count distinct
    values and to recognise the sender's own phone or address elsewhere); it never
    leaves it.  ``masked`` is what reports show.  ``label`` is the context word or
    column header that supported the match (a fixed vocabulary word or a header, never
    the value).  ``row`` is the table row for entities read from a table, else -1.
    """

    type: str
    start: int
    end: int
    key: str
    # the masked form, or (masking function, folded text) to mask only when reported
    mask: str | tuple[Callable[[str], str], str]
    confidence: float
    label: str = ""
    row: int = -1
    # filled by the detector after recognition
    quoted: bool = False
    signature: bool = False
    own: bool = False
    # a contact of a business (a directory row, a shop's line), not of a person
    business: bool = False
    block: int = -1
    line: int = -1

    @property
    def masked(self) -> str:
        if isinstance(self.mask, str):
            return self.mask
        fn, raw = self.mask
        self.mask = fn(raw)
        return self.mask


@dataclass(slots=True)
class Run:
    """A digit run in the folded text (separators inside allowed), a number candidate."""

    start: int
    end: int
    ndigits: int


class NumberRecognizer(Protocol):
    """Reads digit runs. ``min_digits``: skip runs with fewer digits.
    ``needs``: context words of which one must occur in the part (None: always run)."""

    types: tuple[str, ...]
    min_digits: int
    needs: frozenset[str] | None
    context: frozenset[str]

    def find(self, pt: PartText, run: Run) -> list[Found]: ...


class KeywordRecognizer(Protocol):
    """Starts at a keyword hit (a label such as 氏名, a prefecture, a sensitive term)."""

    types: tuple[str, ...]
    triggers: frozenset[str]
    context: frozenset[str]

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]: ...


def digits_of(s: str) -> str:
    return "".join(c for c in s if "0" <= c <= "9")


def mask_digits(s: str, head: int = 4, tail: int = 0) -> str:
    """Keep the first ``head`` and last ``tail`` digits, star the others, keep separators."""
    total = sum(1 for c in s if c.isdigit())
    out: list[str] = []
    i = 0
    for c in s:
        if c.isdigit():
            out.append(c if i < head or i >= total - tail else "*")
            i += 1
        else:
            out.append(c)
    return "".join(out)


def mask_text(s: str, keep: int = 1) -> str:
    """A name or a word: keep the first ``keep`` characters, star the rest (spaces kept)."""
    return "".join(c if i < keep or c in " \u3000" else "*" for i, c in enumerate(s))


def words(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words."""
    return frozenset(text.split())


def mask_head4(s: str) -> str:
    return mask_digits(s, 4)


def mask_head4_tail4(s: str) -> str:
    return mask_digits(s, 4, 4)


def mask_head2(s: str) -> str:
    return mask_digits(s, 2)


def mask_tail2(s: str) -> str:
    return mask_digits(s, 0, 2)


def mask_text2(s: str) -> str:
    return mask_text(s, 2)
