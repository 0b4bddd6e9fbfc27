"""Raw message bytes at rest, sealed with AES-GCM when ``store.encryption_key_file`` is set.

A sealed blob is ``MAGIC | 12-byte nonce | ciphertext+tag``; the message id and the blob
kind are the associated data, so a blob copied onto another message does not open.
Blobs written before a key was set stay readable (they lack the magic); with a key set,
every new blob is sealed.  A sealed blob read without the key (or with another key) is
a ``StoreError``, never garbage handed to the delivery worker.

The key file holds 32 random bytes, raw or as 64 hex digits or base64 text (make one
with ``head -c 32 /dev/urandom | base64 > mailguard-store.key``).
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from mailguard.errors import ConfigError, StoreError

MAGIC = b"\x00MGSEAL1\x00"
NONCE = 12


def load_key(path: str | os.PathLike[str], base_dir: str = ".") -> bytes:
    """The 32-byte key in ``path`` (relative to ``base_dir``); ``ConfigError`` otherwise."""
    p = Path(path)
    if not p.is_absolute():
        p = Path(base_dir) / p
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ConfigError(f"store.encryption_key_file: cannot read {p}: "
                          f"{e.strerror or e}") from None
    if len(data) == 32:
        return data
    text = data.strip()
    try:
        if len(text) == 64:
            return binascii.unhexlify(text)
        key = base64.b64decode(text, validate=True)
        if len(key) == 32:
            return key
    except (ValueError, binascii.Error):
        pass
    raise ConfigError(f"store.encryption_key_file: {p} must hold 32 bytes (raw, 64 hex "
                      "digits or base64); make one with "
                      "head -c 32 /dev/urandom | base64")


class Sealer:
    """Seal and open blobs; without a key it passes bytes through (and refuses sealed
    ones)."""

    def __init__(self, key: bytes | None):
        self._aead = None
        if key is not None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            if len(key) != 32:
                raise ConfigError("store encryption key: must be 32 bytes")
            self._aead = AESGCM(key)

    @property
    def enabled(self) -> bool:
        return self._aead is not None

    def seal(self, raw: bytes, message_id: str, kind: str) -> bytes:
        if self._aead is None:
            return raw
        nonce = os.urandom(NONCE)
        return MAGIC + nonce + self._aead.encrypt(nonce, raw, _aad(message_id, kind))

    def open(self, data: bytes, message_id: str, kind: str) -> bytes:
        data = bytes(data)
        if not data.startswith(MAGIC):
            return data
        if self._aead is None:
            raise StoreError(f"store: message {message_id} is encrypted at rest and no "
                             "store.encryption_key_file is set")
        from cryptography.exceptions import InvalidTag

        body = data[len(MAGIC):]
        try:
            return self._aead.decrypt(body[:NONCE], body[NONCE:], _aad(message_id, kind))
        except InvalidTag:
            raise StoreError(f"store: message {message_id} does not open with this "
                             "store.encryption_key_file (another key, or altered)") from None


def _aad(message_id: str, kind: str) -> bytes:
    return f"mailguard\x00{message_id}\x00{kind}".encode()
