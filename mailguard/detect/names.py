"""Person names without labels, found by a Japanese morphological analyser, safely.

``find_names(texts)`` takes short texts already suspected of holding a name (a table
cell, the line of a record, a salutation) and returns the spans of person names in each.
The analyser is MeCab with the UniDic dictionary (fugashi + unidic-lite): UniDic tags
surnames and given names as 名詞-固有名詞-人名-姓 / -名 (and foreign names -一般), which
is what a hand-kept list of names cannot be: complete, and aware of context (豊田 is a
surname in 豊田さん, part of a company in 豊田通商).

**Contained.**  MeCab is C++: a crash there would be a crash of the relay.  So it runs
in a child process of its own (``names_worker.py``), one per judging process, started
on first use (a message that asks for no names costs nothing) and fed batches of texts
over a pipe.  Each batch has a deadline; a child that dies, hangs past the deadline or
answers nonsense is killed, the batch raises ``NamesUnavailable`` (the caller falls back
to its own heuristics) and the next call starts a fresh child.  The child's memory is
bounded: the dictionary is a 250 MB memory map and every word read keeps more of it
resident, so the child drops those pages past ``rss_trim`` (``names_worker.Trimmer``);
a child past ``rss_limit`` all the same is replaced after the batch, and its address
space is capped.  When fugashi or the dictionary cannot be loaded at all,
every call raises ``NamesUnavailable`` at once for ``retry_after`` seconds (no restart
loop).  Calls from several threads take turns on the one child.

**What counts as a name** is in ``names_rules`` (a 姓 followed by a 名 anywhere; a
surname or a given name alone only before an honorific or alone in a cell; repairs
where UniDic misses a rare surname or a given name).  ``is_person_name(cell)`` /
``person_name_cells(cells)``: whether a cell is one person's name and nothing else.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import re
import select
import struct
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mailguard.detect import names_worker
from mailguard.detect.names_rules import HONORIFICS, NameSpan, spans_from_tokens

__all__ = ["NameAnalyser", "NameSpan", "NamesUnavailable", "find_names", "is_person_name",
           "person_name_cells"]

log = logging.getLogger("mailguard.names")

WORKER = Path(names_worker.__file__)

DEFAULT_TIMEOUT = 2.0                  # seconds per batch, plus the time for its size
CHARS_PER_SECOND_FLOOR = 100_000       # MeCab reads ~1.5 M chars/s; 15x slack when loaded
DEFAULT_START_TIMEOUT = 15.0           # interpreter + fugashi + dictionary map: ~40 ms idle
DEFAULT_RSS_TRIM = 48 << 20            # the child drops dictionary pages past this
DEFAULT_RSS_LIMIT = 96 << 20           # and is replaced past this (anything else grew)
DEFAULT_MEMORY_LIMIT = 1 << 30         # the child's address space (the map is 250 MB)
MAX_TEXTS_PER_CHILD = 200_000          # replaced after this many, where RSS is unreadable
RETRY_AFTER = 60.0                     # seconds before trying again a child that can't load
MAX_PIECE = 4_000                      # longer texts are cut (at a line end) into pieces
BATCH_CHARS = 32_000                   # characters sent to the child in one request

_HEADER = struct.Struct("!I")
# a text without kana or kanji has no name UniDic could tag: it never reaches the child
_JAPANESE = re.compile("[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヶ]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]")


class NamesUnavailable(Exception):
    """The analyser is missing, crashed or timed out: no answer (never a wrong empty one)."""


class Tokenizer(Protocol):
    """What ``find_names`` reads tokens from: a ``NameAnalyser``, or (the benchmark's
    comparison) fugashi in the calling process."""

    def tokens(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]: ...


# --- the analyser's child process --------------------------------------------------------

class NameAnalyser:
    """MeCab + UniDic in a child process (see the module docstring).

    ``tokens(texts)`` gives UniDic's tokens of each text; thread-safe (calls take turns).
    ``test_hooks`` (tests only) lets magic texts make the child exit, crash or hang
    (``names_worker.TEST_*``).
    """

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT,
                 start_timeout: float = DEFAULT_START_TIMEOUT,
                 rss_trim: int | None = DEFAULT_RSS_TRIM,
                 rss_limit: int | None = DEFAULT_RSS_LIMIT,
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
                 retry_after: float = RETRY_AFTER, test_hooks: bool = False):
        self.timeout = timeout
        self.start_timeout = start_timeout
        self.rss_trim = rss_trim
        self.rss_limit = rss_limit
        self.memory_limit = memory_limit
        self.retry_after = retry_after
        self.test_hooks = test_hooks
        self.started = 0           # children started so far
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._owner = 0            # the pid that started _proc (a fork must not share it)
        self._texts = 0            # texts the current child has read
        self._broken: tuple[float, str] | None = None   # (since, why) it cannot load

    @property
    def pid(self) -> int | None:
        """The child's process id, when one runs."""
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def child_rss(self) -> int | None:
        """The child's resident set in bytes (Linux), when one runs."""
        pid = self.pid
        return _rss(pid) if pid else None

    def spans(self, texts: Sequence[str]) -> list[list[NameSpan]]:
        """The names in each text, found by the child (tokens and ``names_rules`` both run
        there: the judging process only reads the answer)."""
        with self._lock:
            proc = self._ensure()
            try:
                answer = self._ask_spans(proc, list(texts))
            except NamesUnavailable:
                self._stop(kill=True)
                raise
            self._after_batch(proc, len(texts))
            return answer

    def tokens(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """UniDic's ``(start, end, "pos1,pos2,pos3,pos4,unknown")`` tokens of each text
        (``names_worker.tokenize``)."""
        with self._lock:
            proc = self._ensure()
            try:
                answer = self._ask(proc, list(texts))
            except NamesUnavailable:
                self._stop(kill=True)
                raise
            self._after_batch(proc, len(texts))
            return answer

    def _after_batch(self, proc: subprocess.Popen, count: int) -> None:
        self._texts += count
        rss = _rss(proc.pid)
        if ((rss is not None and self.rss_limit and rss > self.rss_limit)
                or self._texts >= MAX_TEXTS_PER_CHILD):
            self._stop(kill=False)   # the next call starts a fresh, small one

    def close(self) -> None:
        with self._lock:
            self._stop(kill=False)

    # -- inside the lock --

    def _ensure(self) -> subprocess.Popen:
        if self._proc is not None and self._owner != os.getpid():
            self._abandon()   # inherited through a fork: the parent's child, not ours
        if self._proc is not None:
            if self._proc.poll() is None:
                return self._proc
            log.warning("the name analyser exited (status %s): starting a new one",
                        self._proc.returncode)
            self._stop(kill=True)
        if self._broken is not None:
            since, why = self._broken
            if time.monotonic() - since < self.retry_after:
                raise NamesUnavailable(why)
            self._broken = None
        return self._start()

    def _start(self) -> subprocess.Popen:
        if not sys.executable:
            self._broken = (time.monotonic(), "no Python interpreter to run the analyser")
            raise NamesUnavailable(self._broken[1])
        env = dict(os.environ)
        env.pop("MAILGUARD_NAMES_TEST_HOOKS", None)
        if self.test_hooks:
            env["MAILGUARD_NAMES_TEST_HOOKS"] = "1"
        if self.memory_limit:
            env["MAILGUARD_NAMES_MEMORY_LIMIT"] = str(self.memory_limit)
        env["MAILGUARD_NAMES_RSS_TRIM"] = str(self.rss_trim or 0)
        # -P: the worker's folder (mailguard/detect) must not shadow modules on sys.path
        proc = subprocess.Popen([sys.executable, "-P", str(WORKER)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                                close_fds=True)
        self._proc, self._owner, self._texts = proc, os.getpid(), 0
        self.started += 1
        assert proc.stdout is not None and proc.stdin is not None
        os.set_blocking(proc.stdin.fileno(), False)
        os.set_blocking(proc.stdout.fileno(), False)
        try:
            hello = _read_frame(proc.stdout.fileno(), time.monotonic() + self.start_timeout)
        except NamesUnavailable as e:
            hello = {"error": f"the analyser did not start ({e})"}
        if not isinstance(hello, dict) or "ready" not in hello:
            why = str(hello.get("error") if isinstance(hello, dict) else hello)
            log.warning("the name analyser is unavailable: %s", why)
            self._stop(kill=True)
            self._broken = (time.monotonic(), why)
            raise NamesUnavailable(why)
        return proc

    def _ask(self, proc: subprocess.Popen, texts: list[str]
             ) -> list[list[tuple[int, int, str]]]:
        assert proc.stdin is not None and proc.stdout is not None
        payload = json.dumps(texts, ensure_ascii=False).encode()
        deadline = (time.monotonic() + self.timeout
                    + sum(map(len, texts)) / CHARS_PER_SECOND_FLOOR)
        _write_all(proc.stdin.fileno(), _HEADER.pack(len(payload)) + payload, deadline)
        answer = _read_frame(proc.stdout.fileno(), deadline)
        try:
            tags, rows = answer["tags"], answer["tokens"]   # type: ignore[index]
            if len(rows) != len(texts):
                raise ValueError
            return [[(row[k], row[k + 1], tags[row[k + 2]]) for k in range(0, len(row), 3)]
                    for row in rows]
        except (TypeError, KeyError, IndexError, ValueError):
            raise NamesUnavailable("the analyser answered something else") from None

    def _ask_spans(self, proc: subprocess.Popen, texts: list[str]) -> list[list[NameSpan]]:
        assert proc.stdin is not None and proc.stdout is not None
        payload = json.dumps({"spans": texts}, ensure_ascii=False).encode()
        deadline = (time.monotonic() + self.timeout
                    + sum(map(len, texts)) / CHARS_PER_SECOND_FLOOR)
        _write_all(proc.stdin.fileno(), _HEADER.pack(len(payload)) + payload, deadline)
        answer = _read_frame(proc.stdout.fileno(), deadline)
        try:
            rows = answer["spans"]   # type: ignore[index]
            if len(rows) != len(texts):
                raise ValueError
            return [[NameSpan(row[k], row[k + 1], bool(row[k + 2]), bool(row[k + 3]))
                     for k in range(0, len(row), 4)] for row in rows]
        except (TypeError, KeyError, IndexError, ValueError):
            raise NamesUnavailable("the analyser answered something else") from None

    def _stop(self, *, kill: bool) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(0 if kill else 1)   # stdin closed: a healthy child exits at once
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    def _abandon(self) -> None:
        """Drop a child inherited through ``fork`` without touching it (it is the
        parent's): close our copies of its pipes."""
        proc, self._proc = self._proc, None
        if proc is not None:
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):
                        pipe.close()
            proc.returncode = 0   # not ours to wait for (and no ResourceWarning)


def _rss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _wait(fd: int, events: int, deadline: float) -> None:
    poller = select.poll()
    poller.register(fd, events)
    left = deadline - time.monotonic()
    if left <= 0 or not poller.poll(left * 1000):
        raise NamesUnavailable("the analyser did not answer in time")


def _write_all(fd: int, data: bytes, deadline: float) -> None:
    view = memoryview(data)
    while view:
        _wait(fd, select.POLLOUT, deadline)
        try:
            view = view[os.write(fd, view):]
        except BlockingIOError:
            continue
        except OSError as e:   # EPIPE: the child is gone
            raise NamesUnavailable(f"the analyser is gone ({e.strerror})") from None


def _read_exactly(fd: int, n: int, deadline: float) -> bytes:
    chunks, left = [], n
    while left:
        _wait(fd, select.POLLIN, deadline)
        try:
            chunk = os.read(fd, left)
        except BlockingIOError:
            continue
        except OSError as e:
            raise NamesUnavailable(f"the analyser is gone ({e.strerror})") from None
        if not chunk:
            raise NamesUnavailable("the analyser died")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_frame(fd: int, deadline: float) -> object:
    size = _HEADER.unpack(_read_exactly(fd, _HEADER.size, deadline))[0]
    try:
        return json.loads(_read_exactly(fd, size, deadline))
    except ValueError:
        raise NamesUnavailable("the analyser answered something else") from None


# --- the API ------------------------------------------------------------------------------

_default: NameAnalyser | None = None
_default_lock = threading.Lock()


def default_analyser() -> NameAnalyser:
    """This process's analyser (its child is started on first use)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = NameAnalyser()
        return _default


def _close_default() -> None:
    if _default is not None:
        _default.close()


def _forget_default() -> None:  # in a forked child: the parent's analyser is not ours
    global _default, _default_lock
    _default_lock = threading.Lock()
    if _default is not None:
        _default._abandon()
    _default = None


atexit.register(_close_default)
os.register_at_fork(after_in_child=_forget_default)


def _pieces(text: str) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most MAX_PIECE characters, at line ends or spaces
    where it can be: (offset, piece)."""
    if len(text) <= MAX_PIECE:
        return [(0, text)]
    out, at = [], 0
    while at < len(text):
        end = min(at + MAX_PIECE, len(text))
        if end < len(text):
            cut = max(text.rfind("\n", at, end), text.rfind(" ", at, end),
                      text.rfind("\u3000", at, end))
            end = cut + 1 if cut > at else end
        out.append((at, text[at:end]))
        at = end
    return out


def _fold_halfwidth(text: str) -> tuple[str, list[int]]:
    """Half-width katakana (ﾔﾏﾀﾞ ﾀﾛｳ, as bank and legacy systems write names) made
    full-width, which UniDic knows, with the index in ``text`` of each character of the
    result (and of its end)."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        width = 1
        if "\uff61" <= ch <= "\uff9f":
            if text[i + 1:i + 2] in ("\uff9e", "\uff9f"):   # ﾀﾞ → ダ, ﾊﾟ → パ
                pair = unicodedata.normalize("NFKC", text[i:i + 2])
                if len(pair) == 1:
                    ch, width = pair, 2
            if width == 1:
                folded = unicodedata.normalize("NFKC", ch)
                ch = folded if len(folded) == 1 else ch
        out.append(ch)
        origin.append(i)
        i += width
    origin.append(len(text))
    return "".join(out), origin


@dataclass(slots=True)
class _Piece:
    index: int                 # of the text in the caller's list
    offset: int                # of the piece in that text
    text: str                  # what the analyser reads
    origin: list[int] | None   # index in the piece of each character of ``text`` (folded)

    def place(self, span: NameSpan) -> NameSpan:
        start, end = span.start, span.end
        if self.origin is not None:
            start, end = self.origin[start], self.origin[end]
        return NameSpan(start + self.offset, end + self.offset, span.surname, span.given)


def _pieces_of(index: int, text: str) -> list[_Piece]:
    # lone surrogates cannot travel as UTF-8: a space each (offsets stay valid)
    text = _SURROGATES.sub(" ", text)
    out = []
    for offset, piece in _pieces(text):
        if _HALFWIDTH_KANA.search(piece):
            folded, origin = _fold_halfwidth(piece)
            out.append(_Piece(index, offset, folded, origin))
        else:
            out.append(_Piece(index, offset, piece, None))
    return out


def find_names(texts: Sequence[str], *, analyser: Tokenizer | None = None
               ) -> list[list[NameSpan]]:
    """For each short text (a table cell, a line of a record, a salutation), the spans
    of person names in it (the rules: ``names_rules``).

    Raises ``NamesUnavailable`` when the analyser cannot answer (missing, crashed, timed
    out): never a wrong empty answer.  Texts without kana or kanji cost nothing, and
    when no text has any, no analyser is started.
    """
    result: list[list[NameSpan]] = [[] for _ in texts]
    pieces = [p for n, text in enumerate(texts) if _JAPANESE.search(text)
              for p in _pieces_of(n, text)]
    if not pieces:
        return result
    analyser = analyser or default_analyser()
    batch: list[_Piece] = []
    size = 0
    for piece in [*pieces, None]:
        if piece is None or (batch and size + len(piece.text) > BATCH_CHARS):
            if isinstance(analyser, NameAnalyser):  # the rules run in the child
                found = analyser.spans([p.text for p in batch])
            else:
                found = [spans_from_tokens(p.text, toks) for p, toks in
                         zip(batch, analyser.tokens([p.text for p in batch]), strict=True)]
            for p, spans in zip(batch, found, strict=True):
                result[p.index].extend(p.place(s) for s in spans)
            batch, size = [], 0
        if piece is not None:
            batch.append(piece)
            size += len(piece.text)
    return result


def person_name_cells(cells: Sequence[str], *, analyser: Tokenizer | None = None
                      ) -> list[bool]:
    """For each cell, whether it is one person's name and nothing else (an honorific
    and surrounding spaces allowed)."""
    out = []
    for cell, spans in zip(cells, find_names(cells, analyser=analyser), strict=True):
        out.append(len(spans) == 1 and _is_whole(cell, spans[0]))
    return out


def is_person_name(cell: str, *, analyser: Tokenizer | None = None) -> bool:
    """Whether the cell is one person's name (``person_name_cells`` for one cell)."""
    return person_name_cells([cell], analyser=analyser)[0]


def _is_whole(cell: str, span: NameSpan) -> bool:
    if cell[:span.start].strip(" \t\r\n\u3000"):
        return False
    rest = cell[span.end:].strip(" \t\r\n\u3000")
    return not rest or rest in HONORIFICS
