"""Budgets checked while reading, never after.

One ``Budget`` per message counts expanded bytes, kept text and elapsed time; the
readers call it as they go (per chunk, row, page or archive member), so a zip bomb or a
sheet with a billion-cell dimension tag stops at the limit instead of after it.  What
runs over a limit raises ``Unreadable``; the extract pipeline turns that into an
``Unscannable`` with its reason and carries on with the next attachment while the
message budget lasts.
"""

from __future__ import annotations

import io
import time
import zipfile
import zlib
from collections.abc import Callable

from mailguard.config import LimitsConfig

# Below this many expanded bytes the compression ratio is not judged: a small, very
# regular file (a CSV of zeros) may compress 1000:1 and still be harmless.
RATIO_FLOOR = 1024 * 1024

CHUNK = 64 * 1024


class Unreadable(Exception):
    """An attachment (or part of one) that cannot be read, with the SPEC's reason.

    ``reason``: encrypted, corrupt, too_large, too_deep, unsupported, timeout.
    ``detail`` says why in a few words; it never holds content of the file.
    """

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class Budget:
    """The per-message budget: expanded bytes, kept text, time.  Not thread-safe (one
    message is extracted by one thread)."""

    def __init__(self, limits: LimitsConfig, clock: Callable[[], float] = time.monotonic):
        self.limits = limits
        self._clock = clock
        self.deadline = clock() + limits.time_budget
        self.bytes = 0
        self.chars = 0
        self.cells = 0
        self.exhausted: Unreadable | None = None

    def check(self) -> None:
        """Raise once time is up (called often: per chunk, row, page, member)."""
        if self.exhausted is not None:
            raise self.exhausted
        if self._clock() > self.deadline:
            self.exhausted = Unreadable(
                "timeout", f"extraction over {self.limits.time_budget:g} s for the message")
            raise self.exhausted

    def take_bytes(self, n: int) -> None:
        """Count ``n`` more expanded bytes against the message total."""
        self.bytes += n
        if self.bytes > self.limits.max_total_bytes:
            self.exhausted = Unreadable(
                "too_large", f"over {self.limits.max_total_bytes} expanded bytes per message")
            raise self.exhausted
        self.check()

    def take_cells(self, n: int) -> None:
        """Count spreadsheet/CSV cells (the cost of a table, empty padding included)."""
        self.cells += n
        if self.cells > self.limits.max_cells:
            raise Unreadable("too_large", f"over {self.limits.max_cells} cells")

    def take_text(self, text: str) -> tuple[str, bool]:
        """Keep as much of ``text`` as the message's text budget allows.

        Returns the text kept and whether it was cut.
        """
        room = self.limits.max_text_chars - self.chars
        if len(text) <= room:
            self.chars += len(text)
            return text, False
        kept = text[:max(room, 0)]
        self.chars += len(kept)
        return kept, True

    @property
    def remaining_bytes(self) -> int:
        return max(self.limits.max_total_bytes - self.bytes, 0)


def check_ratio(expanded: int, compressed: int, limits: LimitsConfig) -> None:
    """A compression ratio over ``max_ratio`` (past the floor) is a bomb."""
    if expanded > RATIO_FLOOR and expanded > limits.max_ratio * max(compressed, 1):
        raise Unreadable("too_large", f"compression ratio over {limits.max_ratio}:1")


class CountingReader(io.RawIOBase):
    """A read-only stream over a decompressing stream that enforces the limits as bytes
    come out: per-file bytes, compression ratio against ``compressed`` (the stored size,
    which bounds the input the decompressor can consume) and the message budget."""

    def __init__(self, raw: io.BufferedIOBase | io.RawIOBase, budget: Budget, *,
                 compressed: int, max_bytes: int | None = None):
        super().__init__()
        self._raw = raw
        self._budget = budget
        self._compressed = compressed
        self._max = budget.limits.max_file_bytes if max_bytes is None else max_bytes
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(min(len(buf), CHUNK))
        except Unreadable:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as e:
            # a CRC mismatch or a truncated stream, met while inflating
            raise Unreadable("corrupt", f"damaged compressed data ({type(e).__name__})") from None
        n = len(data)
        if not n:
            return 0
        self.count += n
        if self.count > self._max:
            raise Unreadable("too_large", f"over {self._max} bytes expanded")
        check_ratio(self.count, self._compressed, self._budget.limits)
        self._budget.take_bytes(n)
        buf[:n] = data
        return n

    def read_all_capped(self) -> bytes:
        """Read to the end (raising at the first limit crossed)."""
        chunks = []
        while True:
            data = self.read(CHUNK)
            if not data:
                return b"".join(chunks)
            chunks.append(data)
