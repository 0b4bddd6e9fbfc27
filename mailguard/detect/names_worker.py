"""The name analyser's child process: UniDic tokens for batches of short texts.

``mailguard.detect.names`` starts this file as a script (``python -P names_worker.py``)
in a process of its own, so that a crash of MeCab (a C++ library inside fugashi) or a
hang takes only this process with it.  It imports nothing from mailguard: the child
costs an interpreter, fugashi and the dictionary's memory map, nothing else.

The protocol, on stdin and stdout, is frames of a 4-byte big-endian length and UTF-8
JSON:

- first, the child sends ``{"ready": "<fugashi version>"}`` once the tagger is loaded, or
  ``{"error": "<exception type and message>"}`` when fugashi or the dictionary cannot be
  loaded (and exits);
- then, for each request (a JSON array of texts) one answer (``answer``): for each text,
  its tokens as start, end (character offsets in the text given) and a tag
  ``"pos1,pos2,pos3,pos4,unknown"`` (UniDic's parts of speech with ``*`` left empty, and
  1 for a word the dictionary does not have).  The answer carries no text, only offsets
  and tags.

The child exits when stdin closes (the parent is gone or done with it).  It keeps its
resident set near ``MAILGUARD_NAMES_RSS_TRIM`` bytes (``Trimmer``) and its address space
under ``MAILGUARD_NAMES_MEMORY_LIMIT``.

``tokenize`` is also what the benchmark runs in-process, to compare with the child.
"""

from __future__ import annotations

import json
import os
import re
import signal
import struct
import sys
from typing import Any

_HEADER = struct.Struct("!I")
# %m the surface, %f[0..3] UniDic's four part-of-speech levels (MeCab leaves "*" empty),
# %s 1 for a word the dictionary does not have (0 for one it has).  fugashi splits its
# argument string like a shell, hence the doubled backslashes.
_FORMAT = r"%m\\t%f[0],%f[1],%f[2],%f[3],%s\\n"
TAGGER_ARGS = (f"--output-format-type= --node-format={_FORMAT} --unk-format={_FORMAT} "
               "--eos-format= --bos-format=")
# Characters MeCab must not see, each replaced by one space so that offsets stay valid:
# control characters (NUL ends a C string; tabs and newlines are our output's separators)
# and lone surrogates (not encodable as UTF-8).
_UNSAFE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")

# Private test hooks, live only when the parent sets MAILGUARD_NAMES_TEST_HOOKS=1 (the
# tests do, the relay never does): a request whose first text is one of these makes the
# child exit, crash or hang, to prove the parent contains each.
TEST_EXIT = "\x00mailguard-names-test:exit"
TEST_CRASH = "\x00mailguard-names-test:crash"
TEST_HANG = "\x00mailguard-names-test:hang"


def make_tagger() -> Any:
    """A fugashi tagger on unidic-lite whose ``parse`` prints surface and POS per line."""
    import fugashi

    return fugashi.Tagger(TAGGER_ARGS)


def tokenize(tagger: Any, text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "pos1,pos2,pos3,pos4,unknown")`` for each token of ``text``."""
    clean = _UNSAFE.sub(" ", text)
    tokens: list[tuple[int, int, str]] = []
    at = 0
    for line in tagger.parse(clean).split("\n"):
        surface, _, pos = line.partition("\t")
        if not surface:
            continue
        start = clean.find(surface, at)
        if start < 0:  # never seen: MeCab gives surfaces verbatim; skip rather than guess
            continue
        at = start + len(surface)
        tokens.append((start, at, pos))
    return tokens


class Trimmer:
    """Keeps the resident set of this process near ``limit`` bytes.

    MeCab reads the dictionary through a 250 MB memory map, and every page it touches
    stays resident (the kernel maps whole cached folios, 60 KB a fault on average): a
    fresh child holds 15 MB, two thousand lines of mail later 110 MB.  Those pages are
    clean copies of the files, so ``MADV_DONTNEED`` drops them from this process at no
    risk (the next touch maps them again from the page cache, a minor fault).  The check
    is cheap enough to run after every text: the count of minor faults (one getrusage)
    says when the resident set may have grown by a few MB, and only then is it read.
    """

    _DONTNEED = 4        # MADV_DONTNEED (Linux)
    _FAULTS = 64         # read the resident set after this many new faults (~4 MB)

    def __init__(self, tagger: Any, limit: int):
        self.limit = limit
        self.trims = 0
        self._ranges: list[tuple[int, int]] = []
        self._madvise: Any = None
        self._faults = 0
        try:
            import ctypes
            import resource

            folder = os.path.dirname(tagger.dictionary_info[0]["filename"])
            with open("/proc/self/maps") as maps:
                for line in maps:
                    fields = line.split(maxsplit=5)
                    if len(fields) == 6 and fields[5].strip().startswith(folder + os.sep):
                        start, end = (int(x, 16) for x in fields[0].split("-"))
                        self._ranges.append((start, end - start))
            libc = ctypes.CDLL(None, use_errno=True)
            libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
            self._madvise = libc.madvise
            self._getrusage = resource.getrusage
            self._page = os.sysconf("SC_PAGE_SIZE")
        except (OSError, AttributeError, KeyError, IndexError, ValueError):
            self._ranges = []   # not Linux: the parent's RSS bound still holds

    def check(self) -> None:
        if not self._ranges or not self.limit:
            return
        import resource

        faults = self._getrusage(resource.RUSAGE_SELF).ru_minflt
        if faults - self._faults < self._FAULTS:
            return
        self._faults = faults
        with open("/proc/self/statm", "rb") as statm:
            resident = int(statm.read().split()[1]) * self._page
        if resident > self.limit:
            for start, size in self._ranges:
                self._madvise(start, size, self._DONTNEED)
            self.trims += 1


def answer(tagger: Any, texts: list[str], after_each: Any = None) -> dict[str, list]:
    """The answer to a request: ``{"tags": [tag, ...], "tokens": [[start, end, tag
    index, start, end, tag index, ...] for each text]}`` (each distinct tag sent once: a
    third of the bytes, and of the parent's time to read them)."""
    tags: dict[str, int] = {}
    rows = []
    for text in texts:
        row: list[int] = []
        for start, end, pos in tokenize(tagger, text):
            row += (start, end, tags.setdefault(pos, len(tags)))
        rows.append(row)
        if after_each is not None:
            after_each()
    return {"tags": list(tags), "tokens": rows}


def answer_spans(tagger: Any, texts: list[str], after_each: Any = None) -> dict[str, list]:
    """The names themselves, by the rules of ``names_rules`` (loaded from this folder):
    ``{"spans": [[start, end, surname, given, ...] for each text]}``.  The rules then run
    here, in the contained process, and the judging process only reads the answer."""
    rules = _rules()
    rows = []
    for text in texts:
        row: list[int] = []
        for sp in rules.spans_from_tokens(text, tokenize(tagger, text)):
            row += (sp.start, sp.end, int(sp.surname), int(sp.given))
        rows.append(row)
        if after_each is not None:
            after_each()
    return {"spans": rows}


_RULES: Any = None


def _rules() -> Any:
    global _RULES
    if _RULES is None:
        import importlib.util

        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "names_rules.py")
        spec = importlib.util.spec_from_file_location("names_rules", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["names_rules"] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        _RULES = module
    return _RULES


def _read_exactly(fd: int, n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = os.read(fd, left)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _write_frame(fd: int, obj: object) -> None:
    payload = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
    view = memoryview(_HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _test_hook(texts: list[str]) -> None:
    if not texts:
        return
    if texts[0] == TEST_EXIT:
        os._exit(70)
    if texts[0] == TEST_CRASH:
        os.kill(os.getpid(), signal.SIGSEGV)
    if texts[0] == TEST_HANG:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # only SIGKILL ends it
        while True:
            signal.pause()


def main() -> int:
    # Ctrl-C in a terminal reaches the whole process group: the parent decides when we go.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit = int(os.environ.get("MAILGUARD_NAMES_MEMORY_LIMIT", "0"))
    if limit:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    rfd, wfd = sys.stdin.fileno(), sys.stdout.fileno()
    try:
        tagger = make_tagger()
        import fugashi

        version = getattr(fugashi, "__version__", "?")
    except BaseException as e:  # ImportError, RuntimeError (no dictionary), MemoryError
        first_line = (str(e).strip().splitlines() or [""])[0]
        _write_frame(wfd, {"error": f"{type(e).__name__}: {first_line}"})
        return 3
    hooks = os.environ.get("MAILGUARD_NAMES_TEST_HOOKS") == "1"
    trimmer = Trimmer(tagger, int(os.environ.get("MAILGUARD_NAMES_RSS_TRIM", "0")))
    _write_frame(wfd, {"ready": version})
    while True:
        try:
            size = _HEADER.unpack(_read_exactly(rfd, _HEADER.size))[0]
            texts = json.loads(_read_exactly(rfd, size))
        except EOFError:
            return 0
        if isinstance(texts, dict):  # {"spans": [...]}: the rules applied here
            texts = texts.get("spans") or []
            if hooks:
                _test_hook(texts)
            _write_frame(wfd, answer_spans(tagger, texts, trimmer.check))
            continue
        if hooks:
            _test_hook(texts)
        _write_frame(wfd, answer(tagger, texts, trimmer.check))


if __name__ == "__main__":
    sys.exit(main())
