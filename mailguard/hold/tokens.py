"""Capability tokens: the links in notices and the buttons on the review page.

A token is ``PAYLOAD.MAC``: the payload names the hold, the purpose (``view`` for the
page, ``release``/``cancel``/``rewrite``/``approve``/``reject`` for one button), who it
was made for (``sender:ADDR`` or ``approver:ADDR``), its expiry and a random nonce; the
MAC is HMAC-SHA256 over it with the key from config, so a token cannot be forged or
altered without the key, and a changed byte is caught before the store is asked.

The store keeps only the SHA-256 of each token it issued (never the token), which makes
tokens revocable and action tokens single-use: ``consume`` marks the row used in one
conditional update, so of two concurrent posts of one button exactly one acts.  A view
token may be used again until it expires (mail scanners that open links only see the
page; actions are POSTs with their own token).

The key: ``web.secret_key``, else ``web.secret_key_file``, else ``var/mailguard.key``
made on first start.  Relays sharing PostgreSQL must share one key, so there the made
key is refused.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from mailguard.config import Settings
from mailguard.errors import ConfigError
from mailguard.hold.store import Store

PURPOSES = ("view", "release", "cancel", "rewrite", "approve", "reject")
ACTIONS = PURPOSES[1:]
_DOMAIN = b"mailguard-link-v1\x00"   # domain separation: this key signs nothing else
_MAC_BYTES = 16                      # 128 bits: plenty against forgery, short links
MIN_KEY_BYTES = 16


class TokenError(Exception):
    """A token that does not open anything.  ``kind`` says why, for the page shown:

    ``invalid`` (malformed, forged or altered), ``unknown`` (well formed and signed but
    not issued by this store, or revoked), ``expired``, ``used`` (an action token
    presented again), ``mismatch`` (a button token for another hold or purpose).
    """

    def __init__(self, kind: str, hold_id: str = ""):
        self.kind = kind
        self.hold_id = hold_id
        super().__init__(kind)


@dataclass(frozen=True)
class Claims:
    """What a verified token says."""

    hold_id: str
    purpose: str
    actor: str            # "sender:ADDR" | "approver:ADDR"
    expires_at: dt.datetime

    @property
    def role(self) -> str:
        return self.actor.partition(":")[0]

    @property
    def address(self) -> str:
        return self.actor.partition(":")[2]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def token_hash(token: str) -> str:
    """What the store keeps of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Tokens:
    """Issue and check tokens for one store with one key (methods block: call them in a
    thread from async code)."""

    def __init__(self, store: Store, key: bytes, *, view_ttl: dt.timedelta,
                 action_ttl: dt.timedelta):
        if len(key) < MIN_KEY_BYTES:
            raise ConfigError(f"web.secret_key: too short (at least {MIN_KEY_BYTES} bytes)")
        self.store = store
        self._key = key
        self.view_ttl = view_ttl
        self.action_ttl = action_ttl

    @classmethod
    def from_settings(cls, store: Store, settings: Settings) -> Tokens:
        return cls(store, load_key(settings),
                   view_ttl=dt.timedelta(hours=settings.web.token_ttl_hours),
                   action_ttl=dt.timedelta(minutes=settings.web.action_ttl_minutes))

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, _DOMAIN + payload, hashlib.sha256).digest()[:_MAC_BYTES]

    def sign(self, text: str) -> str:
        """A MAC of any text under this key (CSRF values, challenge ordering)."""
        return _b64(self._mac(b"aux\x00" + text.encode("utf-8")))

    def mint(self, hold_id: str, purpose: str, actor: str, *,
             ttl: dt.timedelta | None = None, now: dt.datetime | None = None) -> str:
        """Issue a token (and record its hash in the store)."""
        if purpose not in PURPOSES:
            raise ValueError(f"unknown token purpose {purpose!r}")
        now = now or dt.datetime.now(dt.UTC)
        ttl = ttl if ttl is not None else (self.view_ttl if purpose == "view"
                                           else self.action_ttl)
        expires = now + ttl
        fields = [hold_id, purpose, actor, format(int(expires.timestamp()), "x"),
                  _b64(secrets.token_bytes(9))]
        if any("\n" in f for f in fields):
            raise ValueError("token fields must be single lines")
        payload = "\n".join(fields).encode("utf-8")
        token = _b64(payload) + "." + _b64(self._mac(payload))
        self.store.add_token(token_hash(token), hold_id, purpose,
                             dt.datetime.fromtimestamp(int(expires.timestamp()), dt.UTC))
        return token

    def verify(self, token: str, now: dt.datetime | None = None) -> Claims:
        """Check the signature and expiry only (no store access)."""
        now = now or dt.datetime.now(dt.UTC)
        try:
            p64, _, m64 = token.partition(".")
            payload, mac = _unb64(p64), _unb64(m64)
        except (ValueError, UnicodeError):
            raise TokenError("invalid") from None
        # only the canonical spelling: base64 would also take other last characters
        if (not p64 or _b64(payload) != p64 or _b64(mac) != m64
                or not hmac.compare_digest(mac, self._mac(payload))):
            raise TokenError("invalid")
        try:
            hold_id, purpose, actor, exp, _nonce = payload.decode("utf-8").split("\n")
            expires = dt.datetime.fromtimestamp(int(exp, 16), dt.UTC)
        except (ValueError, OverflowError):
            raise TokenError("invalid") from None
        claims = Claims(hold_id, purpose, actor, expires)
        if expires <= now:
            raise TokenError("expired", hold_id)
        return claims

    def check(self, token: str, purpose: str, *, hold_id: str | None = None,
              now: dt.datetime | None = None) -> Claims:
        """A valid, issued, unused, unexpired token of ``purpose`` (not consumed)."""
        claims = self.verify(token, now)
        if claims.purpose != purpose or (hold_id is not None and claims.hold_id != hold_id):
            raise TokenError("mismatch", claims.hold_id)
        row = self.store.get_token(token_hash(token))
        if row is None or row.message_id != claims.hold_id:
            raise TokenError("unknown", claims.hold_id)
        if row.used_at is not None and purpose != "view":
            raise TokenError("used", claims.hold_id)
        return claims

    def consume(self, token: str, purpose: str, *, hold_id: str,
                now: dt.datetime | None = None) -> Claims:
        """Use an action token up: succeeds once; afterwards ``TokenError("used")``."""
        claims = self.check(token, purpose, hold_id=hold_id, now=now)
        if self.store.consume_token(token_hash(token), purpose, now) is None:
            row = self.store.get_token(token_hash(token))
            raise TokenError("used" if row is not None and row.used_at else "expired",
                             claims.hold_id)
        return claims


def load_key(settings: Settings) -> bytes:
    """The link-signing key (see the module docstring)."""
    web = settings.web
    if web.secret_key:
        return web.secret_key.encode("utf-8")
    if web.secret_key_file:
        path = Path(web.secret_key_file)
        if not path.is_absolute():
            path = Path(settings.base_dir) / path
        try:
            key = path.read_bytes().strip()
        except OSError as e:
            raise ConfigError(f"web.secret_key_file: cannot read {path}: "
                              f"{e.strerror or e}") from None
        if len(key) < MIN_KEY_BYTES:
            raise ConfigError(f"web.secret_key_file: {path} holds fewer than "
                              f"{MIN_KEY_BYTES} bytes")
        return key
    if settings.store.url.startswith("postgres"):
        raise ConfigError("web.secret_key (or secret_key_file) must be set when the store "
                          "is PostgreSQL: every relay instance needs the same key")
    return _made_key(Path(settings.base_dir) / "var" / "mailguard.key")


def _made_key(path: Path) -> bytes:
    """Read the key made on an earlier start, or make it (0600, never overwritten)."""
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    except OSError as e:
        raise ConfigError(f"web: cannot read {path}: {e.strerror or e}") from None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:          # another process made it just now
        return path.read_bytes().strip()
    except OSError as e:
        raise ConfigError(f"web: cannot create {path}: {e.strerror or e}") from None
    key = secrets.token_hex(32).encode("ascii")
    with os.fdopen(fd, "wb") as f:
        f.write(key + b"\n")
        f.flush()
        os.fsync(f.fileno())
    return key
