"""Fuzzing the readers of untrusted bytes: targets, mail-aware mutators, the oracle.

Shared by ``tests/test_fuzz.py`` (a short, derandomized hypothesis run in the suite) and
``bench/fuzz.py`` (the long run).  A *target* takes bytes and calls one public entry
point the way the relay or ``mailguard check`` does; the *oracle* is:

- no exception escapes except the entry point's documented ones (``InputError`` from
  ``parse_message`` / ``judge`` for input that is not mail, ``ValueError`` from
  ``normalize_domain``, ``ConnectionResetError`` from a DATA stream cut before its end);
  the extractors report every unreadable file as an ``Unscannable`` and never raise;
- a reader failure that the extractor swallows (reported as ``corrupt``) is allowed when
  it comes from a third-party parser meeting damaged input, but an exception raised in
  mailguard's own code is a bug even when it is swallowed (``OwnCodeError``);
- properties each target states (``OracleFailure``): the DATA reader's output has no NUL
  and no bare CR/LF and is one message for a lenient next hop; rendered verdicts encode
  as UTF-8 and carry no unmasked values; an extraction pickles (the pool sends it);
- hangs and memory are measured by the caller (bench/fuzz.py: a watchdog at the
  per-message budget, RSS per target, an address-space cap).

Seeds: ``tests/fuzz_seeds/<kind>/`` (made by ``python bench/fuzz.py --make-seeds`` from
the test suite's own factories, so the repository carries no third-party mail), plus, for
long runs, any directory of messages given with ``--seeds`` (their attachments become
seeds of the matching extractor targets).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import itertools
import json
import logging
import os
import pickle
import random
import re
import sys
import traceback
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEED_DIR = Path(__file__).resolve().parent / "fuzz_seeds"
MAILGUARD_DIR = str(Path(__file__).resolve().parent.parent / "mailguard") + os.sep
MAX_INPUT = 1024 * 1024  # mutated inputs are cut here (the huge-line mutator stays below)


class OracleFailure(AssertionError):
    """A property of the target's output does not hold."""


class OwnCodeError(AssertionError):
    """An exception raised in mailguard's own code, swallowed by the extractor as
    ``corrupt``: fail-closed, but a bug (a readable file may be reported unreadable)."""


# --- mutators ----------------------------------------------------------------------------------

INTERESTING = [
    b"\x00", b"\r", b"\n", b"\r\n", b"\r\n.\r\n", b"\n.\n", b"\r\n\x00.\r\n", b".\x00\r\n",
    b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\x1b$B", b"\x1b(B", b"\x1b(J", b"\x1b$(D",
    b"=?", b"?=", b"=?iso-2022-jp?B?", b"=?utf-8?Q?=E3=81", b"--", b"\t", b" ", b"\"",
    b"\\", b"%", b"=\r\n", b"=", b"=XY", b"<", b">", b"&#x110000;", b"&#99999999999;",
    b"\x8e", b"\x81", b"\xa4", b"\xe3\x81", b"\xc0\x80", b"\xed\xa0\x80", b"0" * 24,
    b"-1", b"4294967296", b"18446744073709551616", b"NaN", b"1e309",
]
CHARSETS = [
    "iso-2022-jp", "ISO-2022-JP-2", "iso-2022-jp-3", "shift_jis", "Shift-JIS", "cp932",
    "x-sjis", "windows-31j", "euc-jp", "x-euc-jp", "euc-jis-2004", "utf-8", "UTF8", "utf-7",
    "utf-16", "utf-16le", "utf-32", "us-ascii", "iso-8859-1", "gb2312", "big5", "koi8-r",
    "cp50220", "x-unknown", "", "\"", "utf-8'ja'", "unicode-1-1-utf-7", "hz-gb-2312",
    "x-mac-japanese", "csISO2022JP", "ebcdic-jp-kana", "cp037", "rot13", "base64", "idna",
    "punycode", "raw_unicode_escape", "unicode_escape", "zlib", "bz2", "hex", "uu",
]
CTES = [b"base64", b"quoted-printable", b"7bit", b"8bit", b"binary", b"x-uuencode",
        b"uuencode", b"x-gzip", b"BASE64 (comment)", b"", b"\x00"]


def _pos(rng: random.Random, data: bytes | bytearray) -> int:
    return rng.randrange(len(data) + 1)


def byte_mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    """One generic mutation: flips, inserts, deletes, truncation, splices, repeats."""
    buf = bytearray(data)
    op = rng.randrange(12)
    if not buf:
        op = 2
    if op == 0:  # bit flips
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
    elif op == 1:  # random bytes
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif op == 2:  # an interesting token
        i = _pos(rng, buf)
        buf[i:i] = rng.choice(INTERESTING) * rng.choice((1, 1, 1, 2, 7, 64))
    elif op == 3:  # delete a range
        i = rng.randrange(len(buf))
        del buf[i:i + rng.randint(1, min(4096, len(buf)))]
    elif op == 4:  # truncate
        del buf[rng.randrange(len(buf)):]
    elif op == 5:  # duplicate a range
        i = rng.randrange(len(buf))
        j = min(len(buf), i + rng.randint(1, 2048))
        k = _pos(rng, buf)
        buf[k:k] = buf[i:j] * rng.choice((1, 2, 16))
    elif op == 6 and pool:  # splice with another seed
        other = rng.choice(pool)
        if other:
            i = _pos(rng, buf)
            j = rng.randrange(len(other))
            buf[i:] = other[j:]
    elif op == 7:  # a huge line
        i = _pos(rng, buf)
        size = rng.choice((200, 1000, 1000, 10_000, 70_000, 300_000))
        buf[i:i] = bytes([rng.choice(b"aA0=.<-\xe3 ")]) * size
    elif op == 8:  # line ends: bare CR/LF, CRLF, NUL
        ends = [m.start() for m in re.finditer(rb"\r\n|\n|\r", bytes(buf))]
        if ends:
            for _ in range(rng.randint(1, 5)):
                i = rng.choice(ends)
                if i < len(buf):
                    buf[i:i + 1] = rng.choice((b"\n", b"\r", b"\r\r\n", b"\x00\r", b"\r\n\x00"))
    elif op == 9:  # arithmetic on a digit run
        nums = list(re.finditer(rb"\d+", bytes(buf)))
        if nums:
            m = rng.choice(nums)
            buf[m.start():m.end()] = rng.choice(
                (b"0", b"-1", b"99999999", b"2147483648", (m.group()[:9] + b"1"),
                 m.group()[:-1] or b"0", b"1" * 30))
    elif op == 10:  # swap two ranges
        i, j = sorted(rng.randrange(len(buf)) for _ in range(2))
        n = rng.randint(1, 256)
        a, b = bytes(buf[i:i + n]), bytes(buf[j:j + n])
        buf[j:j + n] = a
        buf[i:i + n] = b
    elif len(buf) < 65536:  # repeat the whole input (not a big one: inputs would only grow)
        buf = buf * rng.choice((2, 3))
    else:
        buf[rng.randrange(len(buf))] ^= 0xFF
    return bytes(buf[:MAX_INPUT])


# --- mail ------------------------------------------------------------------------------------

_B64_LINE = re.compile(rb"[A-Za-z0-9+/]+={0,2}\r?")
_HEADER_LINE = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*)$", re.M)
_BOUNDARY = re.compile(rb"""boundary\s*=\s*"?([^";\r\n]+)"?""", re.I)
_CHARSET = re.compile(rb"""charset\s*=\s*"?([^";\s]+)"?""", re.I)
_CTE = re.compile(rb"^(Content-Transfer-Encoding:[ \t]*)(\S*)", re.I | re.M)


def _encoded_word(rng: random.Random) -> bytes:
    cs = rng.choice(CHARSETS).encode("ascii", "replace")
    text = rng.choice(["社外秘", "見積書", "①㈱髙", "山田 太郎", "a,b", "x" * 80]).encode(
        rng.choice(["utf-8", "iso-2022-jp", "cp932", "euc-jp"]), "replace")
    if rng.random() < 0.5:
        payload = base64.b64encode(text)
        if rng.random() < 0.3:
            payload = payload[:-rng.randint(1, 3)] + rng.choice((b"*", b"", b"=", b"==="))
        return b"=?" + cs + b"?B?" + payload + b"?="
    payload = b"".join(b"=%02X" % c if c > 126 or c in b"?=_ " else bytes([c]) for c in text)
    return b"=?" + cs + b"?Q?" + payload + b"?="


def mail_mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    """One mail-aware mutation: headers, boundaries, charsets, encodings, nesting."""
    op = rng.randrange(14)
    if op == 0:  # mangle a header line
        heads = list(_HEADER_LINE.finditer(data))
        if heads:
            m = rng.choice(heads)
            new = rng.choice([
                m.group(1) + b": " + _encoded_word(rng) + b" " + _encoded_word(rng),
                m.group(1) + b" :" + m.group(2),
                m.group(1) + b":" + m.group(2) + b"\r\n\t" + _encoded_word(rng),
                b"X Bad Name: " + m.group(2),
                m.group(1) + b":" + m.group(2)[:2000] * rng.choice((2, 200)),
                b"",
                m.group(0) + b"\r\n" + m.group(0),
                m.group(1) + b":" + bytes(rng.randrange(256) for _ in range(20)),
            ])
            return data[:m.start()] + new + data[m.end():]
    if op == 1:  # an address header full of odd addresses
        addrs = [b'"a, b" <x@example.co.jp>', b"<@route:y@client.example>", b"group: a@b.c, d@e.f;",
                 b"=?utf-8?B?5bGx55Sw?= <t@example.co.jp>",
                 b"\xe5\xb1\xb1 <u@xn--eckwd4c7c.xn--zckzah>",
                 b"a@[127.0.0.1]", b"a@b@c", b"(comment (nested)) x@y.z", b"<>", b"@", b"\"\\\"@x",
                 b"a@" + b"b." * 200 + b"jp", b"tanaka@client.example" * 50, b"x@-bad-.com"]
        field_ = rng.choice((b"To", b"Cc", b"Bcc", b"From", b"Reply-To"))
        value = b", ".join(rng.choice(addrs) for _ in range(rng.randint(1, 30)))
        return field_ + b": " + value + b"\r\n" + data
    if op == 2:  # boundaries
        m = _BOUNDARY.search(data)
        if m:
            b = m.group(1)
            choice = rng.randrange(5)
            if choice == 0:  # the closing delimiter gone
                return data.replace(b"--" + b + b"--", b"", 1)
            if choice == 1:  # the declared boundary differs from the one used
                return data[:m.start(1)] + b + b"x" + data[m.end(1):]
            if choice == 2:  # a delimiter inside a part
                i = _pos(rng, data)
                return data[:i] + b"\r\n--" + b + b"\r\n" + data[i:]
            if choice == 3:  # no boundary parameter at all
                return data[:m.start()] + data[m.end():]
            return data.replace(b, b"", 1)
    if op == 3:  # a wrong or unknown charset label
        ms = list(_CHARSET.finditer(data))
        label = rng.choice(CHARSETS).encode("ascii", "replace")
        if ms:
            m = rng.choice(ms)
            return data[:m.start(1)] + label + data[m.end(1):]
        return b"Content-Type: text/plain; charset=" + label + b"\r\n" + data
    if op == 4:  # a wrong transfer encoding
        ms = list(_CTE.finditer(data))
        cte = rng.choice(CTES)
        if ms:
            m = rng.choice(ms)
            return data[:m.start(2)] + cte + data[m.end(2):]
        return b"Content-Transfer-Encoding: " + cte + b"\r\n" + data
    if op == 5:  # damaged base64 / quoted-printable
        lines = data.split(b"\n")
        b64 = [i for i, line in enumerate(lines[:5000])
               if 40 <= len(line) <= 1000 and _B64_LINE.fullmatch(line)]
        if b64:
            for _ in range(rng.randint(1, 4)):
                k = rng.choice(b64)
                body = bytearray(lines[k])
                i = rng.randrange(len(body))
                body[i:i + 1] = rng.choice((b"!", b"=", b"==", b"\x00", b"-", b"\xe3", b""))
                lines[k] = bytes(body)
            return b"\n".join(lines)
        i = _pos(rng, data)
        return data[:i] + rng.choice((b"=\r\n=4", b"=E3=81", b"=ZZ", b"=" * 100)) + data[i:]
    if op == 6:  # nesting: multipart or attached message, shallow to very deep
        depth = rng.choice((2, 5, 11, 12, 40, 120, 1100))
        kind = rng.randrange(2)
        out = data
        for i in range(depth if depth < 200 else 1):
            if kind == 0:
                b = b"b%d" % i
                out = (b"Content-Type: multipart/mixed; boundary=" + b + b"\r\n\r\n--" + b +
                       b"\r\n" + out + b"\r\n--" + b + b"--\r\n")
            else:
                out = (b"From: a@example.co.jp\r\nContent-Type: message/rfc822\r\n\r\n" + out)
        if depth >= 200:  # built flat: the parts only, as a deep MIME tree
            heads = b"".join(b"Content-Type: multipart/mixed; boundary=d%d\r\n\r\n--d%d\r\n"
                             % (i, i) for i in range(depth))
            out = b"From: a@example.co.jp\r\n" + heads + data
        return out[:MAX_INPUT]
    if op == 7:  # a filename in RFC 2231 / RFC 2047 / raw bytes
        names = [b"filename*=iso-2022-jp'ja'%1B%24B%3B%3E%1B%28B.xlsx",
                 b"filename*0*=utf-8''%E5%90%8D; filename*1*=%E7%B0%BF.csv",
                 b"filename*=x-unknown''%ZZ.pdf", b'filename="=?utf-8?B?5ZCN57C/?=.docx"',
                 b'filename="\xe5\x90\x8d\xe7\xb0\xbf.zip"', b'filename="\x1b$B;>\x1b(B.doc"',
                 b"filename*2*=only-a-tail.msg", b'filename="' + b"a" * 3000 + b'.pdf"',
                 b'name="\x00.rtf"', b"filename=", b'filename="a.eml"; name=b.html']
        i = data.find(b"Content-Disposition:")
        if i < 0:
            i = data.find(b"Content-Type:")
        if i >= 0:
            j = data.find(b"\n", i)
            j = len(data) if j < 0 else j
            line = data[i:j].rstrip(b"\r")
            return data[:i] + line + b"; " + rng.choice(names) + data[j - (data[j - 1:j] == b"\r"):]
    if op == 8:  # the header/body separator
        return rng.choice((data.replace(b"\r\n\r\n", b"\r\n", 1),
                           data.replace(b"\n\n", b"\n \n", 1),
                           data.replace(b"\r\n\r\n", b"\r\r", 1), b"\r\n" + data,
                           data.replace(b"\r\n", b"\n"), data.replace(b"\r\n", b"\r")))
    if op == 9 and pool:  # an attachment of another kind spliced in
        other = rng.choice(pool)
        ctype = rng.choice((b"application/pdf", b"application/zip", b"message/rfc822",
                            b"text/html", b"application/vnd.ms-excel", b"text/csv",
                            b"application/pkcs7-mime", b"multipart/mixed"))
        part = (b"\r\n--zz\r\nContent-Type: " + ctype + b"; name=x\r\n"
                b"Content-Transfer-Encoding: base64\r\n\r\n" +
                base64.encodebytes(other[:200_000]) + b"\r\n--zz--\r\n")
        return (b"Content-Type: multipart/mixed; boundary=zz\r\n" + data.split(b"\r\n\r\n")[0]
                + b"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nbody" + part)
    if op == 10:  # 8-bit text in a header or body, in a legacy charset
        text = rng.choice(["社外秘 顧客名簿", "マイナンバー 123456789018", "①②㈱髙﨑", "ｶﾅ"])
        enc = rng.choice(["cp932", "euc-jp", "iso-2022-jp", "utf-8", "utf-16"])
        raw = text.encode(enc, "replace")
        i = _pos(rng, data)
        return data[:i] + raw + data[i:]
    if op == 11:  # NUL and control bytes in headers and body
        out = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            i = _pos(rng, out)
            out[i:i] = rng.choice((b"\x00", b"\x1b", b"\x0c", b"\x7f", b"\x00.\r\n"))
        return bytes(out)
    return byte_mutate(rng, data, pool)


# --- containers: ZIP / OOXML -------------------------------------------------------------------

_ATTR = re.compile(rb'(?<!\w)(\w+)="([^"<>]*)"')
_TAG = re.compile(rb"<([A-Za-z][\w:.-]*)[^<>]*?(?:/>|>)")


def xml_mutate(rng: random.Random, data: bytes) -> bytes:
    """A mutation of an XML part that keeps most of it well-formed."""
    op = rng.randrange(9)
    tags = list(itertools.islice(_TAG.finditer(data, 0, 262144), 2000))
    if op == 0 and tags:  # drop an opening tag (the XML is now broken)
        m = rng.choice(tags)
        return data[:m.start()] + data[m.end():]
    if op == 1 and tags:  # duplicate an element start many times
        m = rng.choice(tags)
        return data[:m.start()] + m.group() * rng.choice((2, 50, 5000)) + data[m.start():]
    if op == 2:  # deep nesting
        n = rng.choice((100, 1000, 100_000))
        i = data.rfind(b"</")
        i = len(data) if i < 0 else i
        return data[:i] + b"<w:p>" * n + b"x" + b"</w:p>" * n + data[i:]
    if op == 3:  # a DTD, entities (defusedxml must refuse them)
        dtd = rng.choice((b'<!DOCTYPE a [<!ENTITY e "xxxxxxxxxx"><!ENTITY f "&e;&e;&e;">]>',
                          b'<!DOCTYPE a SYSTEM "file:///etc/passwd">',
                          b'<!DOCTYPE a [<!ENTITY % p SYSTEM "http://x/">%p;]>'))
        i = data.find(b"?>")
        i = 0 if i < 0 else i + 2
        return data[:i] + dtd + data[i:].replace(b">", b">&f;", 1)
    if op == 4:  # attribute values: huge ranges, bad refs, odd numbers
        attrs = list(itertools.islice(
            _ATTR.finditer(data, 0, 262144), 2000))
        if attrs:
            m = rng.choice(attrs)
            v = rng.choice((b"A1:XFD1048576", b"ZZZZZZ99999999", b"-1", b"99999999999",
                            b"", b"rId999", b"../../etc/passwd", b"1e400", b"\xff\xfe",
                            b"/xl/worksheets/sheet1.xml", b"x" * 100_000))
            return data[:m.start(2)] + v + data[m.end(2):]
    if op == 5:  # text content: long, odd characters
        i = data.rfind(b"</")
        if i > 0:
            text = rng.choice(("社外秘" * 1000, "\u0000\u0001", "&amp;&lt;&#0;&#xD800;",
                               "090-1234-5678\t山田 太郎\n" * 200, "\ud800")).encode(
                "utf-8", "surrogatepass")
            return data[:i] + text + data[i:]
    if op == 6:  # encoding declaration
        return re.sub(rb'encoding="[^"]*"', b'encoding="' + rng.choice(
            (b"UTF-16", b"shift_jis", b"x-unknown", b"utf-7")) + b'"', data, count=1)
    if op == 7:  # truncation
        return data[:rng.randrange(len(data) + 1)]
    return byte_mutate(rng, data, [])


def zip_mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    """Mutate a member of a valid ZIP (XML-aware for OOXML parts), or the ZIP bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()[:200]
            if sum(i.file_size for i in infos) > 8 * MAX_INPUT:
                # an input grown into a bomb over generations: inflating it here would
                # be the fuzzer's own memory, not the reader's (the reader refuses it)
                return byte_mutate(rng, data, pool)
            members = [(i.filename, zf.read(i)) for i in infos]
    except Exception:
        return byte_mutate(rng, data, pool)
    if not members or rng.random() < 0.25:
        return byte_mutate(rng, data, pool)
    op = rng.randrange(8)
    i = rng.randrange(len(members))
    name, content = members[i]
    if op <= 3:  # the content of one member
        if name.endswith((".xml", ".rels", ".vml")) or content.lstrip().startswith(b"<"):
            content = xml_mutate(rng, content)
        else:
            content = byte_mutate(rng, content, pool)
        members[i] = (name, content)
    elif op == 4:  # remove a member
        del members[i]
    elif op == 5:  # add a member: another seed, maybe as an embedded document
        if pool:
            members.append((rng.choice(("word/embeddings/a.xlsx", "xl/embeddings/b.docx",
                                        "inner.zip", "dir/list.csv", "x.pdf", "m.eml",
                                        "ppt/embeddings/c.pdf")), rng.choice(pool)))
    elif op == 6:  # rename a member
        members[i] = (rng.choice(("../evil.txt", "a/" * 50 + "b.txt", "名簿.csv", "",
                                  "xl/workbook.xml", "word/document.xml", "[Content_Types].xml",
                                  "mimetype", "x" * 300)), content)
    else:  # duplicate a member
        members.append(members[i])
    out = io.BytesIO()
    method = rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names
        with zipfile.ZipFile(out, "w", method) as zf:
            for n, c in members:
                with contextlib.suppress(ValueError):
                    zf.writestr(n or "empty", c)
    return out.getvalue()


# --- PDF ---------------------------------------------------------------------------------------

_OBJ = re.compile(rb"(?<!\d)(\d+)\s+(\d+)\s+obj\b")


class _Obj:
    """An indirect object found in a PDF: ``N G obj`` … ``endobj``."""

    def __init__(self, m: re.Match[bytes], end: int) -> None:
        self.m, self.body_start, self.body_end = m, m.end(), end

    def group(self, n: int = 0) -> bytes:
        return self.m.group(n)

    def start(self, n: int = 0) -> int:
        return self.m.start() if n == 0 else self.body_start

    def end(self, n: int = 0) -> int:
        return self.body_end + 6 if n == 0 else self.body_end


def _objects(data: bytes) -> list[_Obj]:
    out = []
    for m in itertools.islice(_OBJ.finditer(data), 300):
        end = data.find(b"endobj", m.end(), m.end() + 4 * 1024 * 1024)
        if end >= 0:
            out.append(_Obj(m, end))
    return out


def pdf_mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    """Object-level PDF mutations: numbers, references, streams, filters, xref, nesting."""
    objs = _objects(data)
    if not objs or rng.random() < 0.2:
        return byte_mutate(rng, data, pool)
    m = rng.choice(objs)
    body = data[m.start(3):m.end(3)]
    op = rng.randrange(10)
    if op == 0:  # a number inside the object
        nums = list(re.finditer(rb"-?\d+(?:\.\d+)?", body))
        if nums:
            n = rng.choice(nums)
            body = body[:n.start()] + rng.choice((b"0", b"-1", b"99999999", b"1e308",
                                                  b"2147483648", b"-0.0", b"3.4e38")
                                                 ) + body[n.end():]
    elif op == 1:  # a reference: to itself, to nothing, to the root
        refs = list(re.finditer(rb"(?<!\d)(\d+)\s+(\d+)\s+R", body))
        if refs:
            r = rng.choice(refs)
            target = rng.choice((m.group(1), b"9999", b"1", b"0", str(rng.randint(1, 40)).encode()))
            body = body[:r.start()] + target + b" 0 R" + body[r.end():]
    elif op == 2:  # the stream: random bytes, wrong length, no end
        s = body.find(b"stream")
        if s >= 0:
            choice = rng.randrange(3)
            if choice == 0:
                noise = os.urandom(rng.randint(1, 2000))
                body = body[:s] + b"stream\r\n" + noise + b"\r\nendstream\r\n"
            elif choice == 1:
                body = re.sub(rb"/Length\s+\d+(\s+\d+\s+R)?", b"/Length " + rng.choice(
                    (b"0", b"99999999", b"-5", b"3 0 R")), body, count=1)
            else:
                body = body.replace(b"endstream", b"", 1)
    elif op == 3:  # a filter the data is not in
        filt = rng.choice((b"/FlateDecode", b"/LZWDecode", b"/ASCII85Decode", b"/ASCIIHexDecode",
                           b"/RunLengthDecode", b"/DCTDecode", b"/JBIG2Decode", b"/Crypt",
                           b"[/FlateDecode /FlateDecode]", b"/Bogus"))
        if b"/Filter" in body:
            body = re.sub(rb"/Filter\s*(/\w+|\[[^\]]*\])", b"/Filter " + filt, body, count=1)
        else:
            body = body.replace(b"<<", b"<< /Filter " + filt, 1)
    elif op == 4:  # deep nesting
        n = rng.choice((100, 5000, 100_000))
        deep = b"[" * n + b"]" * n if rng.random() < 0.5 else b"<< /A " * n + b">>" * n
        body = body.replace(b"<<", b"<< /Deep " + deep + b" ", 1)
    elif op == 5:  # page tree: counts, kids loops
        body = rng.choice((re.sub(rb"/Count\s+\d+", b"/Count 2147483647", body),
                           re.sub(rb"/Kids\s*\[", b"/Kids [" + m.group(1) + b" 0 R ", body),
                           re.sub(rb"/Parent\s+\d+", b"/Parent " + m.group(1), body),
                           body.replace(b"/Type /Page", b"/Type /Pages", 1)))
    elif op == 6:  # the xref / trailer
        tail = data.rfind(b"xref")
        if tail >= 0:
            return data[:tail] + rng.choice((b"", b"xref\n0 99999\n", b"startxref\n-1\n%%EOF",
                                             data[tail:].replace(b"trailer", b"trailerX"),
                                             re.sub(rb"\d{10}", b"0000000009", data[tail:])))
    elif op == 7:  # drop or duplicate the object
        if rng.random() < 0.5:
            return data[:m.start()] + data[m.end():]
        return data[:m.end()] + b"\n" + data[m.start():m.end()] + data[m.end():]
    elif op == 8:  # a string: unbalanced, odd escapes, a huge hex string
        body = body.replace(b"(", rng.choice((b"((((", b"(\\", b"(\\777\\", b"<" + b"f" * 9999)), 1)
    else:  # content operators with odd operands
        ops = rng.choice((b"BT /F1 1e30 Tf 0 0 Td (x) Tj ET", b"BT [(a) -99999999 (b)] TJ ET",
                          b"q 1 0 0 1 0 0 cm " * 500 + b"Q" * 500, b"BT /NoFont 12 Tf (x) Tj ET",
                          b"BT (" + "社外秘".encode("utf-16-be") + b") Tj ET", b"Do Do Do"))
        s = body.find(b"stream")
        if s >= 0 and b"/Filter" not in body:
            body = (re.sub(rb"/Length\s+\d+", b"/Length %d" % len(ops), body[:s]) +
                    b"stream\n" + ops + b"\nendstream\n")
    return data[:m.start(3)] + body + data[m.end(3):]


# --- text formats ------------------------------------------------------------------------------

TEXT_TOKENS = {
    "csv": [b'"', b'""', b",", b"\t", b";", b"|", b"\r\n", b"\n", b"\r", b"\x00", b"\xef\xbb\xbf",
            b'"' + b"x" * 200_000, b"," * 5000, b"\xff\xfe", b"\x82\xa0", b"=cmd|' /C calc'!A0"],
    "html": [b"<table>", b"<tr>", b"<td colspan=99999 rowspan=99999>", b"<td colspan=-1>",
             b"</table>", b"<script>", b"<style>", b"<!--", b"-->", b"<![CDATA[", b"&#x110000;",
             b"&#0;", b"&nbsp;" * 1000, b"<br>" * 1000, b"<div>" * 5000, b"<table><tr><td>" * 500,
             b"<meta charset=x-unknown>",
             b'<meta http-equiv="content-type" content="charset=cp932">',
             b"<p", b"</", b"<?xml", b"<!DOCTYPE html [<!ENTITY a 'b'>]>"],
    "rtf": [b"{", b"}", b"{" * 1000, b"}" * 1000, b"\\bin99999999 ", b"\\'ff", b"\\'8", b"\\u-1?",
            b"\\u99999999?", b"\\ansicpg99999", b"\\ansicpg932", b"{\\*\\htmltag x}", b"\\par",
            b"{\\fonttbl{\\f0\\fcharset128 MS;}}", b"\\uc0\\u30000", b"\\", b"\\" * 500, b"\x00"],
}


def text_mutate(kind: str) -> Callable[[random.Random, bytes, list[bytes]], bytes]:
    tokens = TEXT_TOKENS[kind]

    def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
        if rng.random() < 0.5:
            out = bytearray(data)
            for _ in range(rng.randint(1, 6)):
                i = _pos(rng, out)
                out[i:i] = rng.choice(tokens)
            return bytes(out[:MAX_INPUT])
        if rng.random() < 0.2:  # re-encoded in another charset
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp932", "replace")
            return text.encode(rng.choice(("cp932", "euc-jp", "iso-2022-jp", "utf-16",
                                            "utf-8-sig", "utf-7")), "replace")
        return byte_mutate(rng, data, pool)
    return mutate


def ole_mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    """Compound files: mostly flips in the header, the FAT and the directory sectors, where
    a byte changes the structure; sometimes anywhere."""
    if len(data) < 1024 or rng.random() < 0.3:
        return byte_mutate(rng, data, pool)
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        region = rng.choice((0, 512, len(buf) - 512, rng.randrange(len(buf))))
        i = min(max(region + rng.randrange(512), 0), len(buf) - 1)
        if rng.random() < 0.5:
            buf[i] = rng.choice((0x00, 0xFF, 0xFE, 0xFD, 0xFC, 0x01, 0x7F, 0x80))
        else:
            buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf)


def address_mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    pieces = [b"@", b".", b"..", b"<", b">", b'"', b",", b";", b":", b"(", b")", b"[", b"]",
              b"\\", b"xn--", b"xn--zz", b"\xe3\x81\x82", b"\xef\xbc\xa0", b"\x00", b" ",
              b"=?utf-8?B?", b"?=", b"-", b"a" * 70, b"." * 300, b"\xff", "\u200b".encode("utf-8")]
    if rng.random() < 0.6:
        out = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            i = _pos(rng, out)
            out[i:i] = rng.choice(pieces)
        return bytes(out)
    return byte_mutate(rng, data, pool)


def smtp_mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    """A DATA stream: the message (dot-stuffed or not) with end-of-data look-alikes."""
    if rng.random() < 0.5:
        data = mail_mutate(rng, data, pool)
    out = bytearray(data)
    for _ in range(rng.randint(0, 5)):
        i = _pos(rng, out)
        out[i:i] = rng.choice([*NUL_EODS, b"\r\n..\r\n", b"\r\n.", b".\r\n",
                               b"\r\n.\r\nMAIL FROM:<x@y>\r\n"])
    return bytes(out)


# --- targets -----------------------------------------------------------------------------------

@dataclass
class Target:
    name: str
    seeds: tuple[str, ...]          # seed directories (kinds) under fuzz_seeds/
    mutate: Callable[[random.Random, bytes, list[bytes]], bytes]
    run: Callable[[bytes], Any]
    path: str = ""                  # the attachment name the extractor targets read under
    notes: list[str] = field(default_factory=list)


class _Context:
    """What targets share, built once per process (engine, settings, limits)."""

    def __init__(self) -> None:
        from mailguard.app import build_engine
        from mailguard.config import LimitsConfig, parse_settings
        from mailguard.notify.compose import Composer

        self.settings = parse_settings(
            '[organization]\ninternal_domains = ["example.co.jp"]\n'
            'partner_domains = ["partner.co.jp"]\n')
        self.engine = build_engine(self.settings)
        self.limits = LimitsConfig()
        self.composer = Composer(self.settings)


_CTX: _Context | None = None


def context() -> _Context:
    global _CTX
    if _CTX is None:
        _CTX = _Context()
    return _CTX


class _OwnErrors(logging.Handler):
    """Sees the exceptions the extractor swallows (it logs their type at DEBUG inside the
    ``except`` block, so ``sys.exc_info`` still has them)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.found: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        if exc is not None and _raised_in_own_code(exc):
            self.found.append(exc)


def _raised_in_own_code(exc: BaseException) -> bool:
    from mailguard.extract.limits import Unreadable

    if isinstance(exc, (Unreadable, MemoryError, RecursionError)):
        return False
    tb = traceback.extract_tb(exc.__traceback__)
    return bool(tb) and tb[-1].filename.startswith(MAILGUARD_DIR)


_OWN = _OwnErrors()
_extract_log = logging.getLogger("mailguard.extract")
_extract_log.addHandler(_OWN)
_extract_log.setLevel(logging.DEBUG)
_extract_log.propagate = False


def where_raised(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    if not tb:
        return type(exc).__name__
    f = tb[-1]
    return f"{type(exc).__name__} at {os.path.basename(f.filename)}:{f.lineno} in {f.name}"


def run_extract(path: str, data: bytes) -> Any:
    """One attachment through ``Extractor.file``, as the pipeline reads it."""
    from mailguard.extract.attachments import Extractor
    from mailguard.extract.base import Extraction

    ctx = context()
    out = Extraction()
    _OWN.found.clear()
    Extractor(ctx.limits, out).file(path, data)
    if _OWN.found:
        exc = _OWN.found[0]
        _OWN.found.clear()
        raise OwnCodeError(where_raised(exc)) from exc
    pickle.dumps(out)  # the extract pool sends it back through a pipe
    for u in out.unscannable:
        if u.reason not in UNSCANNABLE_REASONS:
            raise OracleFailure(f"unknown unscannable reason {u.reason!r}")
    return out


UNSCANNABLE_REASONS = {"encrypted", "encrypted_mail", "corrupt", "too_large", "too_deep",
                       "timeout", "unsupported", "no_text", "unknown_format"}


def run_mime(data: bytes) -> Any:
    from mailguard.errors import InputError
    from mailguard.extract.body import body_parts
    from mailguard.mime.parse import parse_message

    try:
        pm = parse_message(data, max_depth=context().limits.max_depth)
    except InputError:
        return None
    parts = body_parts(pm)
    for t in [pm.subject, pm.sender, pm.sender_name, *(p.text for p in parts),
              *(a.name for a in pm.attachments)]:
        _encodable(t, "parsed text")
    for d in pm.defects:
        _encodable(d.detail, "defect detail")
    return pm


def _encodable(text: str, what: str) -> None:
    """Text that goes to JSON, a database or a terminal must be valid Unicode (a lone
    surrogate from undecoded 8-bit bytes fails every UTF-8 encoder on the way)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise OracleFailure(f"{what} holds a lone surrogate (undecoded bytes)") from None


def run_charset(data: bytes) -> Any:
    from mailguard.mime.charsets import decode_base64, decode_bytes
    from mailguard.mime.parse import decode_header_value

    if not data:
        return None
    label = CHARSETS[data[0] % len(CHARSETS)]
    body = data[1:]
    d = decode_bytes(body, label or None, html=bool(data[0] & 0x80))
    _encodable(d.text, "decoded text")
    issues: list[tuple[str, str]] = []
    text = decode_header_value(body.decode("utf-8", "surrogateescape"), issues, label or None)
    _encodable(text, "decoded header")
    decode_base64(body)
    return d


def run_address(data: bytes) -> Any:
    from mailguard.mime.addresses import (
        Organization,
        make_recipient,
        normalize_domain,
        organization_of,
    )
    from mailguard.mime.parse import _addresses

    text = data.decode("utf-8", "surrogateescape")
    issues: list[tuple[str, str]] = []
    org = Organization.from_lists(["example.co.jp"], ["partner.co.jp"])
    pairs = _addresses([text], issues)
    for name, addr in pairs[:200]:
        r = make_recipient(addr, name, "to", org)
        _encodable(r.address, "recipient address")
        _encodable(r.organization, "recipient organisation")
    for line in text.splitlines()[:50]:
        make_recipient(line, "", "envelope", org)
        with contextlib.suppress(ValueError):
            organization_of(normalize_domain(line.rpartition("@")[2]))
    return pairs


def run_judge(data: bytes) -> Any:
    """``pipeline.judge`` as the relay calls it, then every rendering of the verdict."""
    from mailguard.errors import InputError
    from mailguard.pipeline import Envelope, judge

    ctx = context()
    env = Envelope("taro@example.co.jp", ("tanaka@client.example", "hanako@example.co.jp"))
    try:
        verdict = judge(data, ctx.engine, env, source="fuzz.eml")
    except InputError:
        return None
    render_verdict(verdict, data)
    return verdict


def render_verdict(verdict: Any, raw: bytes) -> None:
    """``mailguard check``'s JSON and text, the store's record, the notice, the review
    page's view: all must encode as UTF-8 and show no unmasked value."""
    import datetime as dt

    from mailguard.cli import render_report
    from mailguard.hold.store import MessageRecord
    from mailguard.notify.view import build_view

    ctx = context()
    out = json.dumps(verdict.to_json(), ensure_ascii=False)
    _encodable(out, "verdict JSON")
    for lang in ("ja", "en"):
        _encodable(render_report(verdict, lang), f"{lang} report")
    now = dt.datetime.now(dt.UTC)
    rec = MessageRecord(
        id="fuzz0001", status="held", action=str(verdict.action), received_at=now,
        sender=verdict.sender or "taro@example.co.jp", recipients=("tanaka@client.example",),
        message_id=verdict.message_id, subject=verdict.subject, rules=tuple(verdict.rules),
        verdict=json.loads(out), size=len(raw), expires_at=now + dt.timedelta(hours=72),
        mail_from="taro@example.co.jp")
    for text in (rec.sender, rec.message_id, rec.subject):
        _encodable(text, "stored record field")
    view = build_view(rec, ctx.settings, raw, attachments=True)
    notice = ctx.composer.hold_notice(view, to=["taro@example.co.jp"], who="taro@example.co.jp",
                                      link="https://mailguard.example/r/x")
    _encodable(notice.body, "notice body")
    if not isinstance(notice.raw, bytes):
        raise OracleFailure("notice is not bytes")


# The end-of-data look-alikes a lenient next hop may take for the end (NULs skipped, bare
# CR/LF): the DATA reader must turn every one of them into text of the one message.
NUL_EODS = [b"\r\n\x00.\r\n", b"\r\n.\x00\r\n", b"\r\n\x00.\x00\r\n", b"\n\x00.\n",
            b"\r\n\x00\x00.\r\n", b"\x00\r\n.\r\n", b"\r\n.\r\x00\n", b"\r\x00\n.\r\n",
            b"\n.\n", b"\r.\r", b"\r\n.\n", b"\n.\r\n", b"\r.\r\n"]
_LENIENT_END = re.compile(rb"(?:\r\n|\n|\r)\.(?:\r\n|\n|\r)")


def dot_stuff(content: bytes) -> bytes:
    """What an SMTP client sends for ``content`` (RFC 5321 4.5.2), terminator included."""
    if not content.endswith(b"\r\n"):
        content += b"\r\n"
    stuffed = re.sub(rb"(?m)^\.", b"..", content)
    return stuffed + b".\r\n"


def lenient_messages(wire: bytes) -> int:
    """How many messages a next hop that skips NULs and ends DATA at any line ending
    around a dot reads from ``wire`` (our dot-stuffed DATA, terminator included): 1 when
    its first end of data is our terminator, 2 when one comes earlier (smuggling)."""
    body = b"\n" + wire.replace(b"\x00", b"")
    m = _LENIENT_END.search(body)
    if m is None:
        return 0
    return 1 if m.end() == len(body) else 2


class _ReaderHost:
    """Just enough of ``GuardSMTP`` for its ``_read_data``: the real method over a real
    ``StreamReader``, fed the bytes in the pieces a client's packets would make."""

    def __init__(self, reader: asyncio.StreamReader, bare_newline: str, limit: int) -> None:
        from aiosmtpd.smtp import Envelope

        self._reader = reader
        self.bare_newline = bare_newline
        self.data_size_limit = limit
        self.envelope = Envelope()

    def _reset_timeout(self) -> None:
        pass


_LOOP: asyncio.AbstractEventLoop | None = None


def read_data(wire: bytes, *, pieces: Iterable[int] = (), bare_newline: str = "normalize",
              limit: int = 0) -> tuple[bytes, str | None]:
    """``GuardSMTP._read_data`` over ``wire`` (which must hold an end of data)."""
    from mailguard.smtp.server import GuardSMTP

    global _LOOP
    if _LOOP is None:
        _LOOP = asyncio.new_event_loop()

    async def go() -> tuple[bytes, str | None]:
        reader = asyncio.StreamReader(limit=1001)
        host = _ReaderHost(reader, bare_newline, limit)
        pos = 0
        for n in pieces:
            reader.feed_data(wire[pos:pos + n])
            pos += n
        reader.feed_data(wire[pos:])
        reader.feed_eof()
        return await GuardSMTP._read_data(host)  # type: ignore[arg-type]

    return _LOOP.run_until_complete(go())


def run_smtp(data: bytes) -> Any:
    """The DATA reader, then what the relay does with its output (strip our verdict
    header, judge, the trace and history headers).  Properties: no NUL, CRLF only, and
    the dot-stuffed result is one message for a lenient next hop."""
    from mailguard.smtp.handler import strip_verdict_headers

    rng = random.Random(data[:64])
    wire = dot_stuff_partial(data)
    cuts = [rng.randint(1, 4096) for _ in range(rng.randint(0, 6))]
    mode = rng.choice(("normalize", "reject"))
    content, problem = read_data(wire, pieces=cuts, bare_newline=mode)
    if problem is not None:
        if not problem.startswith(("554 5.6.0", "552")):
            raise OracleFailure(f"unexpected DATA refusal {problem!r}")
        return None
    if b"\x00" in content:
        raise OracleFailure("NUL survived the DATA reader")
    if re.search(rb"\r(?!\n)|(?<!\r)\n", content):
        raise OracleFailure("bare CR or LF survived the DATA reader")
    n = lenient_messages(dot_stuff(content))
    if n != 1:
        raise OracleFailure(f"a lenient next hop would read {n} messages")
    raw = strip_verdict_headers(content)
    if raw.strip():
        run_judge(raw)
    return content


def dot_stuff_partial(data: bytes) -> bytes:
    """Wire bytes for a fuzzed message: dot-stuffed as a client would, but the mutated
    look-alikes stay as they are; the real end of data follows."""
    return re.sub(rb"(?<=\r\n)\.(?=[^\r\n\x00])", b"..", data) + b"\r\n.\r\n"


# extractor targets: kind → the attachment name it is read under
EXTRACTORS = {
    "csv": "名簿.csv", "xlsx": "顧客.xlsx", "docx": "報告.docx", "pptx": "資料.pptx",
    "pdf": "一覧.pdf", "zip": "送付.zip", "rtf": "文書.rtf", "html": "ページ.html",
    "mail": "転送.eml", "doc": "文書.doc", "xls": "台帳.xls", "msg": "転送.msg", "ppt": "説明.ppt",
}
_MUTATORS: dict[str, Callable[[random.Random, bytes, list[bytes]], bytes]] = {
    "csv": text_mutate("csv"), "html": text_mutate("html"), "rtf": text_mutate("rtf"),
    "xlsx": zip_mutate, "docx": zip_mutate, "pptx": zip_mutate, "zip": zip_mutate,
    "pdf": pdf_mutate, "mail": mail_mutate, "doc": ole_mutate, "xls": ole_mutate,
    "msg": ole_mutate, "ppt": ole_mutate,
}


def targets() -> dict[str, Target]:
    out = {
        "mime": Target("mime", ("mail",), mail_mutate, run_mime),
        "charset": Target("charset", ("charset", "mail"), byte_mutate, run_charset),
        "address": Target("address", ("address",), address_mutate, run_address),
        "smtp-data": Target("smtp-data", ("mail",), smtp_mutate, run_smtp),
        "judge": Target("judge", ("mail",), mail_mutate, run_judge),
    }
    for kind, path in EXTRACTORS.items():
        name = f"extract-{kind}"
        out[name] = Target(name, (kind,), _MUTATORS[kind],
                           lambda data, path=path: run_extract(path, data), path=path)
    return out


def load_seeds(kinds: Iterable[str], extra: Iterable[Path] = ()) -> list[bytes]:
    seeds = []
    for kind in kinds:
        d = SEED_DIR / kind
        if d.is_dir():
            seeds.extend(p.read_bytes() for p in sorted(d.iterdir()) if p.is_file())
    seeds.extend(extra)  # type: ignore[arg-type]
    return seeds


def mutate(target: Target, rng: random.Random, seed: bytes, pool: list[bytes]) -> bytes:
    """1-4 stacked mutations of ``seed``."""
    data = seed
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
        data = target.mutate(rng, data, pool)
    return data[:MAX_INPUT]


# --- the seed corpus ---------------------------------------------------------------------------

OOXML_KEEP = re.compile(r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/core\.xml|"
                        r"word/(document|header\d*|footer\d*|comments)\.xml|word/_rels/.*|"
                        r"ppt/(presentation\.xml|_rels/.*|slides/.*|notesSlides/.*|comments/.*)|"
                        r"xl/.*)$")


def slim_ooxml(data: bytes) -> bytes:
    """An Office file with only the parts the extractor reads (styles, themes and fonts
    would make most of a seed's bytes and none of its interest)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if OOXML_KEEP.match(info.filename) and "/theme" not in info.filename \
                    and "styles" not in info.filename:
                dst.writestr(info.filename, src.read(info))
    return out.getvalue()


def make_seeds() -> dict[str, dict[str, bytes]]:
    """The fixed seed corpus, from the test suite's own factories (no third-party data)."""
    from email.message import EmailMessage

    import extractkit as kit
    from mailfactory import make_mail
    from test_extract_legacy import outlook_msg, ppt, word_doc

    csv_text = ("氏名,電話番号,生年月日,住所\r\n"
                "山田 太郎,090-1234-5678,1980/01/02,東京都千代田区1-1\r\n"
                "佐藤 花子,080-2345-6789,昭和58年4月2日,大阪府大阪市北区2-2\r\n")
    rows = [["氏名", "電話番号", "マイナンバー"], ["山田 太郎", "090-1234-5678", "123456789018"],
            ["鈴木 一郎", "03-1234-5678", ""]]
    seeds: dict[str, dict[str, bytes]] = {k: {} for k in (
        "mail", "charset", "address", *EXTRACTORS)}
    seeds["csv"] = {"cp932.csv": csv_text.encode("cp932"), "utf8.csv": csv_text.encode("utf-8-sig"),
                    "tabs.tsv": csv_text.replace(",", "\t").encode("euc-jp"),
                    "quoted.csv": b'"a","b\r\nc"\r\n"1,2","""x"""\r\n'}
    seeds["html"] = {
        "table.html": ("<html><head><meta charset=utf-8><style>td{}</style></head><body>"
                       "<p>社外秘</p><table><tr><th>氏名</th><th>電話</th></tr><tr><td>山田 太郎"
                       "</td><td colspan=2>090-1234-5678</td></tr></table><script>x<y</script>"
                       "</body></html>").encode(),
        "sjis.html": "<meta http-equiv=Content-Type content='text/html; charset=shift_jis'>"
                     "<div>顧客名簿<br>佐藤 花子 080-2345-6789</div>".encode("cp932")}
    seeds["rtf"] = {
        "ja.rtf": (b"{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fcharset128 MS Mincho;}}"
                   b"\\f0 \\'8e\\'d0\\'8a\\'4f\\'94\\'e9\\par "
                   b"\\u23665?\\u30000? 090-1234-5678\\par}"),
        "table.rtf": (b"{\\rtf1{\\*\\generator x;}\\trowd\\cellx100 a\\cell b\\cell\\row"
                      b"{\\pict 0a0b}}")}
    seeds["xlsx"] = {"list.xlsx": kit.xlsx({"名簿": rows, "隠し": [["x", "社外秘"]]},
                                           hidden=["隠し"])}
    seeds["docx"] = {"report.docx": slim_ooxml(kit.docx(
        ["社外秘", "顧客一覧を送ります。"], rows, header="取扱注意", footer="株式会社サンプル"))}
    seeds["pptx"] = {"slides.pptx": slim_ooxml(kit.pptx(
        [("採用計画", "候補者 山田 太郎 090-1234-5678", "面接官メモ")], rows))}
    seeds["pdf"] = {"ja.pdf": kit.pdf([["顧客一覧", "山田 太郎 090-1234-5678"], ["二頁目 社外秘"]]),
                    "raw.pdf": kit.raw_pdf({
                        1: b"<< /Type /Catalog /Pages 2 0 R >>",
                        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] "
                           b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                        4: b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 10 10 Td (Hello 090) Tj ET\n"
                           b"endstream",
                        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"})}
    seeds["zip"] = {"csvs.zip": kit.zip_of([("2024/名簿.csv", csv_text.encode("cp932")),
                                            ("memo.txt", "社外秘メモ".encode())]),
                    "cp932.zip": kit.cp932_zip([("顧客.csv", csv_text.encode("cp932"))]),
                    "nested.zip": kit.nested_zip(3)}
    seeds["doc"] = {"a.doc": word_doc("社員各位\r健康診断の結果\r山崎 由佳 090-4455-6677\r",
                                      ascii_piece="Attachment\r", header="取扱注意",
                                      footer="サンプル")}
    seeds["ppt"] = {"a.ppt": ppt(["採用計画\r2026年度", "候補者一覧\r石田 遥 090-3300-4400"],
                                 shape_text="Draft", notes="面接官")}
    seeds["xls"] = {"a.xls": kit.xls({"名簿": rows})}
    seeds["msg"] = {"a.msg": outlook_msg("会員名簿", "各位\r\n会員名簿を添付します。\r\n",
                                         [("会員.csv", csv_text.encode("cp932")),
                                          ("転送.msg", ("Fw: 件", "問合せ 03-5500-6600", []))])}
    # mail: plain, legacy charsets, multipart, forwarded, damaged
    plain = make_mail(to=["tanaka@client.example"], cc=["a@partner.co.jp"],
                      subject="社外秘 見積書", body="山田様\n090-1234-5678\n> 引用\n")
    jis_body = "お世話になっております。\r\n①㈱髙\r\n".encode("iso-2022-jp-ext", "replace")
    jis = (b"From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <taro@example.co.jp>\r\n"
           b"To: tanaka@client.example, =?utf-8?B?5L2Q6Jek?= <sato@partner.co.jp>\r\n"
           b"Subject: =?ISO-2022-JP?B?GyRCOFw1Ukw+SX0bKEI=?=\r\nMessage-ID: <j@x>\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n"
           b"Content-Transfer-Encoding: 7bit\r\n\r\n" + jis_body)
    sjis = ("From: taro@example.co.jp\r\nTo: tanaka@client.example\r\nSubject: 顧客\r\n"
            "Content-Type: text/html; charset=shift_jis\r\nContent-Transfer-Encoding: "
            "quoted-printable\r\n\r\n").encode("cp932") + b"<p>=8E=D0=8A=4F=94=E9</p>=\r\n<br>\r\n"
    alt = EmailMessage()
    alt["From"], alt["To"], alt["Subject"] = "taro@example.co.jp", "x@client.example", "alt"
    alt.set_content("テキスト 090-1234-5678\n")
    alt.add_alternative("<p>テキスト <b>090-1234-5678</b></p>", subtype="html")
    with_atts = kit.mail([("名簿.csv", csv_text.encode("cp932"), "text/csv"),
                          ("fwd.eml", kit.inner_mail([("in.csv", b"a,b\r\n1,2\r\n", "text/csv")]),
                           "message/rfc822"),
                          ("s.p7m", b"0\x82\x01\x00", "application/pkcs7-mime")])
    seeds["mail"] = {"plain.eml": plain, "jis.eml": jis, "sjis.eml": sjis,
                     "alt.eml": alt.as_bytes(), "attachments.eml": with_atts,
                     "unclosed.eml": b"From: a@example.co.jp\r\nTo: b@client.example\r\n"
                                     b"Content-Type: multipart/mixed; boundary=q\r\n\r\n"
                                     b"--q\r\nContent-Type: text/"
                                     b"plain; charset=euc-jp\r\n\r\n" + "顧客".encode("euc-jp") +
                                     b"\r\n--q\r\nContent-Type: application/octet-stream; name*="
                                     b"utf-8''%E5%90%8D.bin\r\n"
                                     b"Content-Transfer-Encoding: base64\r\n"
                                     b"\r\nAAEC!!\r\n"}
    seeds["charset"] = {f"{enc}.txt": "顧客名簿 ①㈱髙 ｶﾅ 社外秘 abc".encode(enc, "replace")
                        for enc in ("cp932", "euc-jp", "iso-2022-jp-ext", "utf-8", "utf-16")}
    seeds["address"] = {"list.txt": (
        '"山田, 太郎" <taro@example.co.jp>, =?utf-8?B?5L2Q6Jek?= <sato@partner.co.jp>,\r\n'
        " tanaka@client.example (田中), group: a@b.example, c@xn--eckwd4c7c.xn--zckzah;,"
        " <@relay.example:r@例え.jp>, bad@@x, x@[192.0.2.1]\r\nsato@partnre.co.jp\r\n"
        "someone@gmail.com\r\n").encode()}
    return seeds


def write_seeds(root: Path = SEED_DIR) -> int:
    total = 0
    for kind, files in make_seeds().items():
        d = root / kind
        d.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (d / name).write_bytes(data)
            total += len(data)
    return total
