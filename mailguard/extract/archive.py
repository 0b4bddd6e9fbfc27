"""ZIP archives (and the ZIP containers of Office files), opened within the limits.

The stdlib ``zipfile`` reads members lazily and never returns more than a member's
declared size, so the declared sizes in the central directory are a true upper bound;
the limits are checked against them before reading and again against the bytes that
come out while inflating (``CountingReader``).  The central directory itself is sized
before ``zipfile`` parses it, since it parses every entry up front.

Japanese names: archives made on Japanese Windows store names in CP932 without the
UTF-8 flag (bit 11); ``zipfile`` then decodes them as CP437.  The raw bytes are recovered
and decoded as UTF-8 (macOS and 7-Zip often omit the flag too), else CP932; an Info-ZIP
Unicode Path extra field (0x7075) wins over both.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from mailguard.extract.limits import Budget, CountingReader, Unreadable, check_ratio

# A central directory entry is at least 46 bytes; with room for long Japanese paths and
# extra fields, this much directory per allowed member is generous.
CD_BYTES_PER_MEMBER = 1024

FLAG_ENCRYPTED = 0x1
FLAG_UTF8 = 0x800


@dataclass(frozen=True)
class Member:
    info: zipfile.ZipInfo
    name: str

    @property
    def encrypted(self) -> bool:
        return bool(self.info.flag_bits & FLAG_ENCRYPTED)


def _central_directory_size(data: bytes) -> int | None:
    """Size in bytes of the central directory named by the end record, if one is found."""
    i = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if i < 0 or i + 22 > len(data):
        return None
    size = struct.unpack_from("<L", data, i + 12)[0]
    if size == 0xFFFFFFFF:  # zip64: the locator just before names the zip64 end record
        j = i - 20
        if j >= 0 and data[j:j + 4] == b"PK\x06\x07":
            off = struct.unpack_from("<Q", data, j + 8)[0]
            if data[off:off + 4] == b"PK\x06\x06" and off + 56 <= len(data):
                size = struct.unpack_from("<Q", data, off + 40)[0]
    return size


def open_zip(data: bytes, budget: Budget) -> zipfile.ZipFile:
    """Open an archive in memory after sizing its directory; raises ``Unreadable``."""
    limits = budget.limits
    cd = _central_directory_size(data)
    if cd is not None and cd > limits.max_members * CD_BYTES_PER_MEMBER:
        raise Unreadable("too_large", f"over {limits.max_members} members")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
            struct.error, IndexError) as e:
        raise Unreadable("corrupt", f"not a readable zip archive ({type(e).__name__})") from None


def _unicode_path(extra: bytes) -> str | None:
    """The Info-ZIP Unicode Path extra field (0x7075), if present and well-formed."""
    i = 0
    while i + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, i)
        body = extra[i + 4:i + 4 + size]
        if tag == 0x7075 and len(body) > 5 and body[0] == 1:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        i += 4 + size
    return None


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's path as the sender's archiver meant it (see the module docstring)."""
    if info.flag_bits & FLAG_UTF8:
        name = info.filename
    else:
        name = _unicode_path(info.extra) or _legacy_name(info.filename)
    return name.replace("\\", "/").lstrip("/")


def _legacy_name(decoded_cp437: str) -> str:
    try:
        raw = decoded_cp437.encode("cp437")
    except UnicodeEncodeError:
        return decoded_cp437
    if raw.isascii():
        return decoded_cp437
    for enc in ("utf-8", "cp932"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return decoded_cp437


def members(zf: zipfile.ZipFile, budget: Budget) -> tuple[list[Member], bool]:
    """File members (no directories) up to ``max_members``; and whether more were cut."""
    infos = [i for i in zf.infolist() if not i.is_dir()]
    cap = budget.limits.max_members
    return [Member(i, member_name(i)) for i in infos[:cap]], len(infos) > cap


def check_declared(info: zipfile.ZipInfo, budget: Budget, max_bytes: int | None = None) -> None:
    """Refuse a member by its declared sizes before inflating a byte of it."""
    limits = budget.limits
    cap = limits.max_file_bytes if max_bytes is None else max_bytes
    if info.file_size > cap:
        raise Unreadable("too_large", f"over {cap} bytes expanded")
    if info.file_size > budget.remaining_bytes:
        raise Unreadable("too_large", f"over {limits.max_total_bytes} expanded bytes per message")
    check_ratio(info.file_size, info.compress_size, limits)


def open_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget,
                max_bytes: int | None = None, *, streamed: bool = False) -> CountingReader:
    """A stream of one member that enforces the limits while it inflates.

    ``streamed``: the caller parses the member as it comes and keeps only bounded
    results (the XML of an Office document), so its size alone is no reason to refuse
    it: only the compression ratio is judged up front, and the bytes count against the
    message's total as they come.
    """
    if streamed:
        check_ratio(info.file_size, info.compress_size, budget.limits)
        max_bytes = budget.limits.max_total_bytes
    else:
        check_declared(info, budget, max_bytes)
    if info.flag_bits & FLAG_ENCRYPTED:
        raise Unreadable("encrypted", "password-protected archive member")
    try:
        raw = zf.open(info)
    except NotImplementedError:
        raise Unreadable("unsupported", f"compression method {info.compress_type}") from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as e:
        raise Unreadable("corrupt", f"bad archive member ({type(e).__name__})") from None
    return CountingReader(raw, budget, compressed=info.compress_size, max_bytes=max_bytes)


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget,
                max_bytes: int | None = None) -> bytes:
    """A member's bytes, read in chunks and abandoned at the first limit crossed."""
    reader = open_member(zf, info, budget, max_bytes)
    try:
        return reader.read_all_capped()
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, ValueError) as e:
        raise Unreadable("corrupt", f"bad archive member ({type(e).__name__})") from None
    finally:
        reader.close()
