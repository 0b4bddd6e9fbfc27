"""Review-link tokens: signed, bound to one hold and purpose, expiring, single use."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading

import pytest
from storefactory import RAW, rec

from mailguard.config import parse_settings
from mailguard.errors import ConfigError
from mailguard.hold.sql import SqlStore
from mailguard.hold.tokens import TokenError, Tokens, load_key, token_hash

KEY = b"k" * 32
NOW = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def held(store):
    r = rec("held")
    store.record(r, RAW, mail_from=r.sender)
    return r


def tokens(store, key: bytes = KEY) -> Tokens:
    return Tokens(store, key, view_ttl=dt.timedelta(days=7),
                  action_ttl=dt.timedelta(hours=1))


def test_view_token_round_trip_and_reuse(store, held):
    t = tokens(store)
    tok = t.mint(held.id, "view", "sender:taro@example.co.jp")
    for _ in range(3):  # a view link opens the page as often as needed
        c = t.check(tok, "view")
        assert (c.hold_id, c.role, c.address) == (held.id, "sender", "taro@example.co.jp")
    # only the hash is stored
    assert store.get_token(token_hash(tok)).message_id == held.id
    assert store.get_token(tok) is None


@pytest.mark.parametrize("mutate", [
    lambda s: s[:-1] + ("A" if s[-1] != "A" else "B"),      # MAC changed
    lambda s: ("B" if s[0] != "B" else "C") + s[1:],        # payload changed
    lambda s: s.split(".")[0],                              # MAC removed
    lambda s: s + "x",
    lambda s: "",
    lambda s: "../../etc/passwd",
])
def test_tampered_tokens_are_invalid(store, held, mutate):
    t = tokens(store)
    tok = t.mint(held.id, "view", "sender:taro@example.co.jp")
    with pytest.raises(TokenError) as e:
        t.check(mutate(tok), "view")
    assert e.value.kind == "invalid"


def test_token_of_another_key_is_invalid(store, held):
    tok = tokens(store, b"x" * 32).mint(held.id, "view", "sender:a@example.co.jp")
    with pytest.raises(TokenError) as e:
        tokens(store).check(tok, "view")
    assert e.value.kind == "invalid"


def test_signed_but_unissued_token_is_unknown(tmp_path, store, held):
    """A token minted against another store (same key) opens nothing here."""
    other = SqlStore(f"sqlite:///{tmp_path / 'other.db'}")
    other.record(held, RAW, mail_from=held.sender)
    tok = tokens(other).mint(held.id, "view", "sender:taro@example.co.jp")
    with pytest.raises(TokenError) as e:
        tokens(store).check(tok, "view")
    assert e.value.kind == "unknown"
    other.close()


def test_expired_tokens(store, held):
    t = tokens(store)
    tok = t.mint(held.id, "release", "sender:taro@example.co.jp", now=NOW)
    later = NOW + dt.timedelta(hours=1, seconds=1)
    for call in (lambda: t.check(tok, "release", now=later),
                 lambda: t.consume(tok, "release", hold_id=held.id, now=later)):
        with pytest.raises(TokenError) as e:
            call()
        assert e.value.kind == "expired"
    # still usable inside its lifetime
    assert t.consume(tok, "release", hold_id=held.id, now=NOW + dt.timedelta(minutes=59))


def test_action_token_is_single_use(store, held):
    t = tokens(store)
    tok = t.mint(held.id, "cancel", "sender:taro@example.co.jp")
    assert t.consume(tok, "cancel", hold_id=held.id).purpose == "cancel"
    for call in (lambda: t.consume(tok, "cancel", hold_id=held.id),
                 lambda: t.check(tok, "cancel", hold_id=held.id)):
        with pytest.raises(TokenError) as e:
            call()
        assert e.value.kind == "used"


def test_action_token_bound_to_hold_and_purpose(store, held):
    other = rec("held")
    store.record(other, RAW, mail_from=other.sender)
    t = tokens(store)
    tok = t.mint(held.id, "release", "sender:taro@example.co.jp")
    for purpose, hold in (("cancel", held.id), ("release", other.id), ("view", None)):
        with pytest.raises(TokenError) as e:
            t.check(tok, purpose, hold_id=hold)
        assert e.value.kind == "mismatch"
    # a refused attempt did not use it up
    assert t.consume(tok, "release", hold_id=held.id)


def test_concurrent_consumers_one_wins(store, held):
    t = tokens(store)
    tok = t.mint(held.id, "release", "sender:taro@example.co.jp")
    results: list[str] = []
    barrier = threading.Barrier(6)

    def go() -> None:
        barrier.wait()
        try:
            t.consume(tok, "release", hold_id=held.id)
            results.append("ok")
        except TokenError as e:
            results.append(e.kind)

    threads = [threading.Thread(target=go) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert results.count("ok") == 1
    assert set(results) - {"ok"} <= {"used"}


def test_key_from_config_file_and_made(tmp_path):
    s = parse_settings('[web]\nsecret_key = "0123456789abcdef0123"\n')
    assert load_key(s) == b"0123456789abcdef0123"
    with pytest.raises(ConfigError, match="too short"):
        Tokens(None, b"short", view_ttl=dt.timedelta(1), action_ttl=dt.timedelta(1))

    keyfile = tmp_path / "k"
    keyfile.write_text("f" * 40 + "\n")
    s = dataclasses.replace(parse_settings(f'[web]\nsecret_key_file = "{keyfile}"\n'))
    assert load_key(s) == b"f" * 40
    s = parse_settings(f'[web]\nsecret_key_file = "{tmp_path / "missing"}"\n')
    with pytest.raises(ConfigError, match="cannot read"):
        load_key(s)

    # nothing configured: a key is made once, private, and kept across restarts
    s = dataclasses.replace(parse_settings(""), base_dir=str(tmp_path))
    made = load_key(s)
    path = tmp_path / "var" / "mailguard.key"
    assert len(made) == 64 and path.exists()
    assert (os.stat(path).st_mode & 0o777) == 0o600
    assert load_key(s) == made

    # PostgreSQL: several instances need one key, so a made one is refused
    s = parse_settings('[store]\nurl = "postgresql://u@h/db"\n')
    with pytest.raises(ConfigError, match="PostgreSQL"):
        load_key(s)


def test_only_the_canonical_spelling_opens(store, held):
    """Base64 ignores the unused low bits of the last character: a token spelt with
    other bits there decodes to the same bytes, and must still be refused."""
    t = tokens(store)
    tok = t.mint(held.id, "view", "sender:taro@example.co.jp")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet.index(tok[-1])
    twin = tok[:-1] + alphabet[last ^ 1]      # 16-byte MAC: the last 4 bits are unused
    assert twin != tok
    with pytest.raises(TokenError) as e:
        t.check(twin, "view")
    assert e.value.kind == "invalid"
