"""SMTP AUTH users: hashed passwords, never a clear one in the config.

Users come from ``[relay.users]`` (``name = "HASH"``) and from ``relay.users_file`` (one
``name:HASH`` per line, ``#`` comments), so the secrets can live in a file only the
service may read.  A HASH is made by ``mailguard hash-password`` and is one of

- ``scrypt$N$r$p$SALT$KEY`` (preferred; stdlib ``hashlib.scrypt``)
- ``pbkdf2_sha256$ITERATIONS$SALT$KEY``

with SALT and KEY in unpadded URL-safe base64.  Checking a password is deliberately
slow, so the relay runs it off the event loop; a verified (user, password) pair is
remembered as a keyed digest so a client that logs in for every message costs one
slow check, not one per message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from collections.abc import Mapping
from pathlib import Path

from mailguard.errors import ConfigError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PBKDF2_ITERATIONS = 600_000
_MAXMEM = 64 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, scheme: str = "scrypt") -> str:
    """A new salted hash of ``password`` in one of the formats above."""
    salt = secrets.token_bytes(16)
    pw = password.encode("utf-8")
    if scheme == "scrypt":
        key = hashlib.scrypt(pw, salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                             maxmem=_MAXMEM, dklen=32)
        return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"
    if scheme == "pbkdf2_sha256":
        key = hashlib.pbkdf2_hmac("sha256", pw, salt, PBKDF2_ITERATIONS)
        return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${_b64(salt)}${_b64(key)}"
    raise ValueError(f"unknown password scheme {scheme!r} (scrypt or pbkdf2_sha256)")


def check_hash_format(value: str) -> str | None:
    """None when ``value`` is a hash this module can check, else what is wrong."""
    parts = value.split("$")
    try:
        if parts[0] == "scrypt" and len(parts) == 6:
            n, r, p = (int(x) for x in parts[1:4])
            if n < 2 or n & (n - 1) or r < 1 or p < 1:
                return "scrypt parameters out of range"
            _unb64(parts[4]), _unb64(parts[5])
            return None
        if parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            if int(parts[1]) < 1:
                return "pbkdf2 iterations out of range"
            _unb64(parts[2]), _unb64(parts[3])
            return None
    except ValueError:
        return "not a valid hash (bad number or base64)"
    return "not a password hash made by 'mailguard hash-password' (scrypt$… or pbkdf2_sha256$…)"


def verify_password(password: bytes, stored: str) -> bool:
    """True when ``password`` matches ``stored`` (constant-time comparison)."""
    parts = stored.split("$")
    try:
        if parts[0] == "scrypt":
            n, r, p = (int(x) for x in parts[1:4])
            salt, key = _unb64(parts[4]), _unb64(parts[5])
            got = hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM,
                                 dklen=len(key))
        elif parts[0] == "pbkdf2_sha256":
            salt, key = _unb64(parts[2]), _unb64(parts[3])
            got = hashlib.pbkdf2_hmac("sha256", password, salt, int(parts[1]), len(key))
        else:
            return False
    except (ValueError, IndexError):
        return False
    return hmac.compare_digest(got, key)


class UserDB:
    """The configured AUTH users; ``check`` is slow (run it in a thread)."""

    def __init__(self, users: Mapping[str, str]):
        self._users = dict(users)
        self._key = secrets.token_bytes(32)
        self._ok: set[bytes] = set()
        self._lock = threading.Lock()
        # An unknown user costs as much as a known one (no user enumeration by timing).
        self._dummy = hash_password(secrets.token_hex(8))

    def __bool__(self) -> bool:
        return bool(self._users)

    def __len__(self) -> int:
        return len(self._users)

    def check(self, login: bytes, password: bytes) -> str | None:
        """The user name when ``login``/``password`` are right, else None."""
        try:
            name = login.decode("utf-8")
        except UnicodeDecodeError:
            return None
        stored = self._users.get(name)
        memo = hmac.new(self._key, login + b"\0" + password, hashlib.sha256).digest()
        with self._lock:
            if stored is not None and memo in self._ok:
                return name
        if not verify_password(password, stored or self._dummy) or stored is None:
            return None
        with self._lock:
            if len(self._ok) > 10_000:
                self._ok.clear()
            self._ok.add(memo)
        return name

    @classmethod
    def from_config(cls, users: Mapping[str, object], users_file: str,
                    base_dir: str = ".") -> UserDB:
        """Users from ``[relay.users]`` and ``relay.users_file``; ConfigError on a bad entry."""
        found: dict[str, str] = {}
        for name, value in users.items():
            if not isinstance(value, str):
                raise ConfigError(f"relay.users.{name}: must be a password hash string")
            problem = check_hash_format(value)
            if problem:
                raise ConfigError(f"relay.users.{name}: {problem}")
            found[name] = value
        if users_file:
            path = Path(users_file)
            if not path.is_absolute():
                path = Path(base_dir) / path
            try:
                text = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise ConfigError(f"relay.users_file: cannot read {path}: {e}") from None
            for lineno, line in enumerate(text.splitlines(), 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                name, sep, value = line.partition(":")
                problem = "expected NAME:HASH" if not sep or not name else \
                    check_hash_format(value.strip())
                if problem:
                    raise ConfigError(f"{path}:{lineno}: {problem}")
                found[name.strip()] = value.strip()
        return cls(found)
