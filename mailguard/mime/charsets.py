"""Charset handling for real (Japanese) mail: decode strictly, repair, and say so.

The stdlib codecs get everyday Japanese mail wrong, and quietly (verified on 3.11.7):

* Mail labelled ``Shift_JIS`` is nearly always Windows CP932; ``shift_jis`` rejects its
  NEC/IBM extension characters (①, ㈱, 髙), so we read the Shift_JIS family as cp932.
* ISO-2022-JP mail from Windows MUAs is CP50220/50221: JIS X 0208 escapes that carry the
  NEC row 13 (①, ㈱) and IBM extension rows, and half-width katakana (``ESC ( I`` or
  SO/SI).  Every stdlib ``iso2022_jp*`` codec fails on those; we convert each JIS byte
  pair to Shift_JIS arithmetically and decode it as cp932 (the route Mailman-ja took).
* EUC-JP from Windows (CP51932 / eucJP-ms) carries the same extensions; same route.

``decode_bytes`` never raises.  It returns the text with a list of ``(code, detail)``
issues, which the parser turns into ``Defect``s:

``CHARSET_REPAIRED``     the label was right but the text needed a vendor superset
                         (cp932 for Shift_JIS, CP50220 extensions for ISO-2022-JP, …)
``CHARSET_MISLABELLED``  the text is not in the declared charset (or none was declared
                         over 8-bit data); it was read as the charset named in ``detail``
``UNKNOWN_CHARSET``      the label names no charset we know; the text was guessed
``DECODE_LOSSY``         some bytes could not be decoded and were replaced by U+FFFD:
                         the text must not be taken as clean

``detail`` holds charset names only, never message text.
"""

from __future__ import annotations

import binascii
import codecs
import functools
import re
from dataclasses import dataclass

REPAIRED = "CHARSET_REPAIRED"
MISLABELLED = "CHARSET_MISLABELLED"
UNKNOWN = "UNKNOWN_CHARSET"
LOSSY = "DECODE_LOSSY"

# Label (lower case, as found in mail) → the decoder family we use for it.
_JIS = "iso-2022-jp"
_SJIS = "cp932"
_EUC = "euc-jp"
_FAMILY: dict[str, str] = {}
for _name in ("iso-2022-jp", "iso2022-jp", "iso2022jp", "iso2022_jp", "csiso2022jp", "jis",
              "iso-2022-jp-1", "iso-2022-jp-2", "iso-2022-jp-3", "iso-2022-jp-2004",
              "iso-2022-jp-ms", "iso-2022-jp-ext", "csiso2022jp2", "cp50220", "cp50221",
              "cp50222", "x-cp50220", "x-cp50221", "x-cp50222", "jis7", "jis_encoding",
              "csjisencoding", "iso2022_jp_2", "iso2022_jp_ext"):
    _FAMILY[_name] = _JIS
for _name in ("shift_jis", "shift-jis", "shiftjis", "sjis", "s-jis", "s_jis", "x-sjis",
              "x_sjis", "csshiftjis", "ms_kanji", "ms-kanji", "windows-31j", "windows31j",
              "cswindows31j", "cp932", "ms932", "ms-932", "x-ms-cp932", "ibm-943", "ibm943",
              "cp943", "cp943c", "sjis-win", "sjis-open", "sjis-ms", "shift_jis-2004",
              "shift_jisx0213", "shift-jisx0213", "x-mac-japanese", "macjapanese"):
    _FAMILY[_name] = _SJIS
for _name in ("euc-jp", "euc_jp", "eucjp", "x-euc-jp", "x-euc", "x-eucjp", "ujis", "u-jis",
              "cseucpkdfmtjapanese", "eucjp-win", "eucjp-ms", "eucjpms", "eucjp-open",
              "cp51932", "x-cp51932", "euc-jis-2004", "euc-jisx0213", "euc_jis_2004"):
    _FAMILY[_name] = _EUC

# Labels whose common real-world meaning is a superset codec (WHATWG does the same);
# reading them through the superset is not a repair worth reporting.
_SUPERSET = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "iso_8859-1": "cp1252",
    "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252", "us-ascii": "ascii",
    "ascii": "ascii", "ansi_x3.4-1968": "ascii", "iso-8859-9": "cp1254",
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "ksc5601": "cp949", "euc-kr": "cp949",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "big5": "cp950", "x-big5": "cp950", "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8", "utf8": "utf-8", "utf-8": "utf-8",
}
# Python codecs that are not charsets a mail may legitimately name.
_NOT_CHARSETS = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined",
                 "palmos", "mbcs", "oem", "charmap", "unicode_internal"}
# Single-byte Western labels: any byte string decodes, so mislabelled UTF-8 or
# ISO-2022-JP must be caught before them.
_SINGLE_BYTE_WESTERN = {"ascii", "cp1252", "iso8859-1", "iso8859-15", "cp1254"}

_JIS_ESCAPE = re.compile(rb"\x1b(?:\$[@B]|\$\([@BDOPQ]|\([BJIH]|&@|[.-][AF]|[NO])|[\x0e\x0f]")
_HAS_JIS_KANJI = re.compile(rb"\x1b(?:\$[@B]|\$\([BDOPQ]|\(I)")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec that produced it, and what had to be done on the way."""

    text: str
    charset: str
    issues: tuple[tuple[str, str], ...] = ()

    @property
    def lossy(self) -> bool:
        return any(code == LOSSY for code, _ in self.issues)


def clean_label(label: object) -> str:
    """A charset label as found in mail, reduced to a safe, lower-case token."""
    if not isinstance(label, str):
        return ""
    token = label.strip().strip("\"'").strip().lower()
    token = token.split("*", 1)[0]  # RFC 2231 language suffix: iso-2022-jp*ja
    return re.sub(r"[^a-z0-9._:+-]", "?", token)[:40]


@functools.lru_cache(maxsize=256)
def _python_codec(label: str) -> str | None:
    """The Python codec for a label that is not one of our families, or None."""
    name = _SUPERSET.get(label, label)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or \
            info.name.replace("-", "_") in _NOT_CHARSETS:
        return None
    return info.name


def family(label: str) -> str | None:
    """The decoder we use for a cleaned label: a family name, a Python codec, or None."""
    if not label:
        return None
    return _FAMILY.get(label) or _python_codec(label)


_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_bytes(data: bytes, label: str | None, *, html: bool = False,
                 hint: str | None = None) -> Decoded:
    """Decode bytes declared as ``label`` (None: no label); never raises.

    With ``html=True`` and no label, a ``<meta charset>`` near the top is honoured.
    ``hint`` is a charset to try first when there is no label (a raw 8-bit header is
    most often in the charset of the message body).  The text is always valid Unicode:
    a codec that lets a lone surrogate through (UTF-7's base64 runs do) has it replaced,
    as a loss, since it could be neither stored, rendered nor sent as JSON.
    """
    d = _decode(data, label, html=html, hint=hint)
    if d.charset in _ASCII_ONLY or not _SURROGATE.search(d.text):
        return d
    return Decoded(_SURROGATE.sub("\ufffd", d.text), d.charset,
                   (*d.issues, (LOSSY, f"invalid characters replaced ({d.charset})")))


_ASCII_ONLY = frozenset({"ascii"})


def _decode(data: bytes, label: str | None, *, html: bool, hint: str | None) -> Decoded:
    label = clean_label(label) if label else ""
    if not label and html:
        label = _meta_charset(data)
    fam = family(label)
    ascii_safe = fam is None or fam in (_SJIS, _EUC, "utf-8") or fam in _SINGLE_BYTE_WESTERN
    if ascii_safe and data.isascii():
        if b"\x1b" in data and _HAS_JIS_KANJI.search(data):
            # unlabelled (or ASCII-labelled) raw ISO-2022-JP: old Japanese MUAs do this
            d = _decode_jis(data)
            why = f"declared {label}" if label and fam else "no charset"
            return _with(d, (MISLABELLED, f"{why}; read as iso-2022-jp"))
        if label and fam is None:
            return Decoded(data.decode("ascii"), "ascii", ((UNKNOWN, f"{label}; text is ascii"),))
        return Decoded(data.decode("ascii"), "ascii")
    if not label:
        return _guess(data, MISLABELLED, "no charset", hint=hint)
    if fam is None:
        return _guess(data, UNKNOWN, label)
    if fam == _JIS:
        if not data.isascii():  # 8-bit bytes cannot be ISO-2022-JP: mislabelled
            return _guess(data, MISLABELLED, f"declared {label}")
        return _decode_jis(data)
    if fam in (_SJIS, _EUC):
        if _looks_utf8(data):  # UTF-8 under a legacy label (some mobile apps do this)
            return Decoded(data.decode("utf-8"), "utf-8",
                           ((MISLABELLED, f"declared {label}; read as utf-8"),))
        d = _decode_sjis(data, label) if fam == _SJIS else _decode_euc(data, label)
        if d.lossy:  # perhaps not Japanese legacy at all: UTF-8, or the other one
            return _guess(data, MISLABELLED, f"declared {label}", fallback=fam)
        return d
    if fam in _SINGLE_BYTE_WESTERN:
        # any byte string decodes: catch UTF-8 and Japanese sent with a Western label
        if _is_utf8(data):
            return Decoded(data.decode("utf-8"), "utf-8",
                           ((MISLABELLED, f"declared {label}; read as utf-8"),))
        if fam == "ascii":  # 8-bit under us-ascii: a label nobody meant
            return _guess(data, MISLABELLED, f"declared {label}")
    try:
        return Decoded(data.decode(fam), fam)
    except UnicodeDecodeError:
        pass
    if fam == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        try:
            return Decoded(data.decode("utf-8-sig"), "utf-8")
        except UnicodeDecodeError:
            pass
    return _guess(data, MISLABELLED, f"declared {label}", fallback=fam)


def _with(d: Decoded, issue: tuple[str, str]) -> Decoded:
    return Decoded(d.text, d.charset, (issue, *d.issues))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_utf8(data: bytes) -> bool:
    """Valid UTF-8 with three-byte sequences: Shift_JIS or EUC-JP text of any length
    almost never is, so a legacy label on such bytes is wrong."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(ord(c) >= 0x800 for c in text)


def _strict(data: bytes, fam: str | None) -> Decoded | None:
    """Decode with one decoder family or codec, or None if that loses anything."""
    if fam is None:
        return None
    if fam in (_JIS, _SJIS, _EUC):
        if fam == _JIS and not data.isascii():
            return None
        d = {_JIS: _decode_jis, _SJIS: lambda b: _decode_sjis(b, ""),
             _EUC: lambda b: _decode_euc(b, "")}[fam](data)
        return None if d.lossy else d
    try:
        return Decoded(data.decode(fam), fam)
    except UnicodeDecodeError:
        return None


def _guess(data: bytes, code: str, why: str, fallback: str | None = None,
           hint: str | None = None) -> Decoded:
    """Best-effort reading of bytes whose label is missing, wrong or unknown.

    Tries UTF-8, the ``hint`` (e.g. the body's charset for a raw header), the Japanese
    legacy charsets, then Windows-1252 for Western text; records ``code`` with the
    charset chosen, plus ``DECODE_LOSSY`` when nothing decodes cleanly.
    """
    def noted(d: Decoded) -> Decoded:
        return Decoded(d.text, d.charset, ((code, f"{why}; read as {d.charset}"),))

    if _is_utf8(data):
        return noted(Decoded(data.decode("utf-8"), "utf-8"))
    if hint:
        d = _strict(data, family(clean_label(hint)))
        if d is not None:
            return noted(d)
    # UTF-8 with a few broken sequences (a truncated name, a bad byte) stays UTF-8
    u = data.decode("utf-8", errors="replace")
    errors = u.count("\ufffd")
    if errors <= max(1, len(u) // 100) and any("\x80" <= c != "\ufffd" for c in u):
        return Decoded(u, "utf-8", ((code, f"{why}; read as utf-8"),
                                    (LOSSY, "undecodable bytes replaced (utf-8)")))
    candidates: list[Decoded] = []
    if data.isascii() and b"\x1b" in data:
        candidates.append(_decode_jis(data))
    else:
        for fam in (_SJIS, _EUC):
            d = _strict(data, fam)
            if d is not None:
                candidates.append(d)
    candidates = [d for d in candidates if not d.lossy]
    best = max(candidates, key=lambda d: _japanese_score(d.text)) if candidates else None
    western = _strict(data, "cp1252") or Decoded(data.decode("latin-1"), "iso8859-1")
    latin = _latin_looking(western.text)
    # Japanese text nearly always has kana; "Jürgen" read as cp932 has a lone kanji
    if best is not None and _japanese_score(best.text) > 0 and (
            not latin or _KANA_ONLY.search(best.text)):
        return noted(best)
    if latin:
        return noted(western)
    # a "clean" reading full of half-width kana and private-use characters is binary
    # noise that happened to decode, not text
    if best is not None and _japanese_score(best.text) > -0.05:
        return noted(best)
    # nothing decodes cleanly: replace, and say so
    codec = fallback or "utf-8"
    if codec in (_SJIS, _EUC):
        d = _decode_sjis(data, "") if codec == _SJIS else _decode_euc(data, "")
        text, codec = d.text, d.charset
    else:
        text = data.decode(codec, errors="replace")
    return Decoded(text, codec, ((code, f"{why}; read as {codec}"),
                                 (LOSSY, f"undecodable bytes replaced ({codec})")))


def _latin_looking(text: str) -> bool:
    """Western text with a few accented letters (Frösche, ciële), not mojibake."""
    odd = [c for c in text if not c.isascii()]
    letters = sum(1 for c in text if c.isalpha())
    return bool(odd) and all("\u00c0" <= c <= "\u024f" and c.isalpha() for c in odd) \
        and len(odd) * 3 <= letters


_KANA_ONLY = re.compile(r"[\u3041-\u30ff]")
_KANA = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff、。「」]")
_ODD = re.compile(r"[\uff61-\uff9f\ue000-\uf8ff\u0080-\u00ff]")  # half-width kana, PUA, C1


def _japanese_score(text: str) -> float:
    """How much a candidate reading looks like ordinary Japanese (or plain text).

    EUC-JP read as cp932 turns into half-width katakana and odd kanji; cp932 read as
    EUC-JP usually fails outright.  Hiragana/kanji count up, half-width kana and private
    use count down.
    """
    if not text:
        return 0.0
    good = len(_KANA.findall(text))
    bad = len(_ODD.findall(text))
    return (good - 3 * bad) / len(text)


# --- Shift_JIS / CP932 -------------------------------------------------------------------

def _decode_sjis(data: bytes, label: str) -> Decoded:
    """Shift_JIS family: read as cp932 (what MUAs mean); JIS X 0213 as a fallback."""
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        pass
    else:
        issues: tuple[tuple[str, str], ...] = ()
        if label and label not in ("cp932", "windows-31j", "ms932", "ms_kanji", "x-ms-cp932"):
            try:
                data.decode("shift_jis")
            except UnicodeDecodeError:
                issues = ((REPAIRED, f"{label} read as cp932 (NEC/IBM extensions)"),)
        return Decoded(text, "cp932", issues)
    try:  # Shift_JIS-2004 (JIS X 0213), as sent by some Macs
        return Decoded(data.decode("shift_jis_2004"), "shift_jis_2004",
                       ((REPAIRED, f"{label or 'shift_jis'} read as shift_jis_2004"),)
                       if label != "shift_jis-2004" else ())
    except UnicodeDecodeError:
        pass
    return Decoded(data.decode("cp932", errors="replace"), "cp932",
                   ((LOSSY, "undecodable bytes replaced (cp932)"),))


# --- EUC-JP / CP51932 ---------------------------------------------------------------------

_EUC_PAIR = re.compile(rb"[\xa1-\xfe][\xa1-\xfe]|\x8e[\xa1-\xdf]|\x8f[\xa1-\xfe][\xa1-\xfe]")


def _decode_euc(data: bytes, label: str) -> Decoded:
    """EUC-JP family: strict euc_jp, then CP51932 (NEC/IBM ext), then EUC-JIS-2004."""
    try:
        return Decoded(data.decode("euc_jp"), "euc-jp")
    except UnicodeDecodeError:
        pass
    text, bad = _euc_as_cp51932(data)
    if not bad:
        return Decoded(text, "cp51932",
                       ((REPAIRED, f"{label or 'euc-jp'} read as cp51932 (NEC/IBM extensions)"),))
    try:
        return Decoded(data.decode("euc_jis_2004"), "euc-jis-2004",
                       ((REPAIRED, f"{label or 'euc-jp'} read as euc-jis-2004"),))
    except UnicodeDecodeError:
        pass
    return Decoded(text, "cp51932", ((LOSSY, "undecodable bytes replaced (euc-jp)"),))


def _euc_as_cp51932(data: bytes) -> tuple[str, int]:
    """Decode EUC-JP by mapping each two-byte code to Shift_JIS and reading it as cp932."""
    out: list[str] = []
    bad = 0
    pos = 0
    for m in _EUC_PAIR.finditer(data):
        if m.start() > pos:
            chunk = data[pos:m.start()]
            bad += sum(1 for b in chunk if b >= 0x80)
            out.append(chunk.decode("ascii", errors="replace"))
        seq = m.group()
        if seq[0] == 0x8E:
            out.append(chr(0xFF61 + seq[1] - 0xA1))
        elif seq[0] == 0x8F:  # JIS X 0212: the stdlib euc_jp codec knows it
            try:
                out.append(seq.decode("euc_jp"))
            except UnicodeDecodeError:
                out.append("\ufffd")
                bad += 1
        else:
            ch = _jis_pair_char(seq[0] & 0x7F, seq[1] & 0x7F)
            if ch is None:
                out.append("\ufffd")
                bad += 1
            else:
                out.append(ch)
        pos = m.end()
    if pos < len(data):
        chunk = data[pos:]
        bad += sum(1 for b in chunk if b >= 0x80)
        out.append(chunk.decode("ascii", errors="replace"))
    return "".join(out), bad


# --- ISO-2022-JP / CP50220 ----------------------------------------------------------------

def _jis_to_sjis(j1: int, j2: int) -> bytes:
    """One JIS X 0208 code (row/cell bytes 0x21–0x7E) as its Shift_JIS byte pair."""
    s1 = ((j1 + 1) >> 1) + (0x70 if j1 <= 0x5E else 0xB0)
    # odd rows use trail bytes 0x40–0x9E (skipping 0x7F), even rows 0x9F–0xFC
    s2 = j2 + (0x1F if j2 <= 0x5F else 0x20) if j1 & 1 else j2 + 0x7E
    return bytes((s1, s2))


@functools.lru_cache(maxsize=16384)
def _jis_pair_char(j1: int, j2: int) -> str | None:
    """The character for a JIS X 0208 pair read the CP50220/cp932 way, or None."""
    if not (0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E):
        return None
    try:
        return _jis_to_sjis(j1, j2).decode("cp932")
    except UnicodeDecodeError:
        return None


def _au_emoji(j1: int, j2: int) -> str | None:
    """An au (KDDI) emoji sent in ISO-2022-JP (JIS rows 0x75–0x78).

    au mail carries them at the JIS codes whose Shift_JIS form is EB40–ECFC; the
    handset form is 0x0B00 higher (F640–F7FC), which cp932 reads as a private-use
    character, the same one a Shift_JIS au mail gives.
    """
    s = _jis_to_sjis(j1, j2)
    try:
        return bytes((s[0] + 0x0B, s[1])).decode("cp932")
    except UnicodeDecodeError:
        return None


def _decode_jis(data: bytes) -> Decoded:
    """ISO-2022-JP: the strict stdlib codec first, then our CP50220-aware reader."""
    try:
        return Decoded(data.decode("iso2022_jp_2"), "iso-2022-jp")
    except UnicodeDecodeError:
        pass
    text, used, bad = _jis_reader(data)
    if bad:
        return Decoded(text, "cp50220", ((LOSSY, "undecodable bytes replaced (iso-2022-jp)"),))
    what = ", ".join(sorted(used)) or "extensions"
    return Decoded(text, "cp50220", ((REPAIRED, f"iso-2022-jp read as cp50220 ({what})"),))


def _jis_reader(data: bytes) -> tuple[str, set[str], int]:
    """Decode ISO-2022-JP with the Windows extensions; returns (text, extensions, bad)."""
    out: list[str] = []
    used: set[str] = set()
    bad = 0
    mode = "ascii"
    shifted = False  # SO (0x0E) … SI (0x0F): CP50221 half-width katakana
    pos = 0
    for m in _JIS_ESCAPE.finditer(data):
        seg_text, seg_bad = _jis_segment(data[pos:m.start()], "kana" if shifted else mode, used)
        out.append(seg_text)
        bad += seg_bad
        esc = m.group()
        if esc == b"\x0e":
            shifted = True
            used.add("SO/SI katakana")
        elif esc == b"\x0f":
            shifted = False
        elif esc in (b"\x1b$@", b"\x1b$B", b"\x1b$(@", b"\x1b$(B"):
            mode = "jis0208"
        elif esc == b"\x1b$(D":
            mode = "jis0212"
        elif esc in (b"\x1b$(O", b"\x1b$(Q"):
            mode = "jis0213-1"
        elif esc == b"\x1b$(P":
            mode = "jis0213-2"
        elif esc == b"\x1b(I":
            mode = "kana"
        elif esc in (b"\x1b(B", b"\x1b(J", b"\x1b(H"):
            mode = "ascii"
        elif esc == b"\x1b&@":
            pass  # announces JIS X 0208-1990; the ESC $ B follows
        else:  # ISO-2022-JP-2 single shifts and G2 sets: not handled here
            bad += 1
        pos = m.end()
    seg_text, seg_bad = _jis_segment(data[pos:], "kana" if shifted else mode, used)
    out.append(seg_text)
    return "".join(out), used, bad + seg_bad


_LINE_BREAK = re.compile(rb"(\r\n|\r|\n)")


def _jis_segment(seg: bytes, mode: str, used: set[str]) -> tuple[str, int]:
    if not seg:
        return "", 0
    if mode == "ascii":
        if b"\x1b" in seg:  # an escape we do not know
            return seg.replace(b"\x1b", b"").decode("ascii", errors="replace"), 1
        return seg.decode("ascii", errors="replace"), 0
    if mode == "kana":
        used.add("half-width katakana")
        chars = [chr(0xFF61 + b - 0x21) if 0x21 <= b <= 0x5F else chr(b) for b in seg]
        return "".join(chars), sum(1 for b in seg if b > 0x7F or b == 0x1B)
    out: list[str] = []
    bad = 0
    # A line break inside a two-byte run breaks RFC 1468 but happens; keep the break.
    for piece in _LINE_BREAK.split(seg):
        if not piece:
            continue
        if piece in (b"\r\n", b"\r", b"\n"):
            out.append(piece.decode("ascii"))
            continue
        if len(piece) % 2:
            bad += 1
            piece = piece[:-1]
        if mode == "jis0208":
            for i in range(0, len(piece), 2):
                ch = _jis_pair_char(piece[i], piece[i + 1])
                if ch is None and 0x75 <= piece[i] <= 0x78:
                    ch = _au_emoji(piece[i], piece[i + 1])
                    if ch is not None:
                        used.add("au emoji")
                if ch is None:
                    out.append("\ufffd")
                    bad += 1
                else:
                    if piece[i] == 0x2D or piece[i] >= 0x75:
                        used.add("NEC/IBM extensions")
                    out.append(ch)
            continue
        high = bytes(b | 0x80 for b in piece)
        if mode == "jis0212":
            used.add("JIS X 0212")
            codec, high = "euc_jp", b"".join(b"\x8f" + high[i:i + 2]
                                             for i in range(0, len(high), 2))
        elif mode == "jis0213-2":
            used.add("JIS X 0213")
            codec, high = "euc_jis_2004", b"".join(b"\x8f" + high[i:i + 2]
                                                   for i in range(0, len(high), 2))
        else:
            used.add("JIS X 0213")
            codec = "euc_jis_2004"
        text = high.decode(codec, errors="replace")
        bad += text.count("\ufffd")
        out.append(text)
    return "".join(out), bad


# --- helpers for transfer encodings and HTML ---------------------------------------------

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _meta_charset(data: bytes) -> str:
    m = _META.search(data[:4096])
    return clean_label(m.group(1).decode("ascii")) if m else ""


_B64_ALPHABET = re.compile(rb"[^A-Za-z0-9+/=]")
_B64_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="


def decode_base64(data: bytes) -> tuple[bytes, str]:
    """Decode base64 leniently; returns (bytes, problem) where problem is "" when clean.

    The stdlib drops invalid characters and stray bits without a word; here missing
    padding alone is fixed quietly (no data is lost), but foreign characters, data after
    the padding, or a dangling character (lost bits) are reported.
    """
    compact = b"".join(data.split())
    problem = ""
    # anything left once the alphabet is deleted is foreign (translate: ~7x a regex search)
    if compact.translate(None, _B64_CHARS):
        problem = "invalid characters"
        compact = _B64_ALPHABET.sub(b"", compact)
    stripped = compact.rstrip(b"=")
    if b"=" in stripped:
        problem = problem or "data after padding"
        # decode each padded run, as MUAs that concatenate encoded blocks intend
        chunks = [c for c in re.split(rb"=+", compact) if c]
        out = b"".join(decode_base64(c)[0] for c in chunks)
        return out, problem
    if len(stripped) % 4 == 1:
        problem = problem or "truncated"
        stripped = stripped[:-1]
    padded = stripped + b"=" * (-len(stripped) % 4)
    try:
        return binascii.a2b_base64(padded, strict_mode=True), problem
    except binascii.Error:
        return binascii.a2b_base64(padded), problem or "invalid"
