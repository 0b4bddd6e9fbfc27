"""STARTTLS, implicit TLS and SMTP AUTH, over real TLS (certificates from trustme)."""

from __future__ import annotations

import ssl

import aiosmtplib
import pytest
import trustme
from mailfactory import make_mail
from relaykit import INTERNAL, SENDER, Sink, header, relay_settings

from mailguard.serve import Relay, start_relay
from mailguard.smtp.auth import UserDB, hash_password, verify_password

PASSWORD = "correct horse battery 馬"
OUTSIDE = ("192.0.2.0/24",)  # loopback is *not* a client network in these tests


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def certs(ca: trustme.CA, tmp_path):
    cert = ca.issue_cert("127.0.0.1", "mailguard.test")
    chain, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.private_key_pem.write_to_path(str(key))
    with open(chain, "wb") as f:
        for blob in cert.cert_chain_pems:
            f.write(blob.bytes())
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return str(chain), str(key), str(ca_file)


@pytest.fixture
def client_tls(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


@pytest.fixture
async def relay(sink, certs, tmp_path):
    cert, key, _ = certs
    settings = relay_settings(
        upstream_port=sink.port, store_url=f"sqlite:///{tmp_path / 'mg.db'}",
        client_networks=OUTSIDE, tls_cert=cert, tls_key=key,
        implicit_tls_listen="127.0.0.1:0",
        users={"alice": hash_password(PASSWORD),
               "bob": hash_password("bobs password", "pbkdf2_sha256")})
    r = await start_relay(settings, optional_parts=False, run_worker=False)
    yield r
    await r.stop(0)


def client(relay: Relay, tls: ssl.SSLContext, *, implicit: bool = False) -> aiosmtplib.SMTP:
    host, port = relay.server.addresses[1 if implicit else 0]
    if implicit:
        return aiosmtplib.SMTP(hostname=host, port=port, use_tls=True, tls_context=tls)
    return aiosmtplib.SMTP(hostname=host, port=port, start_tls=True, tls_context=tls)


async def test_auth_is_never_offered_or_accepted_in_the_clear(relay):
    host, port = relay.address
    async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
        await c.ehlo()
        assert c.supports_extension("starttls")
        assert not c.supports_extension("auth")
        code, _ = await c.execute_command(b"AUTH", b"PLAIN", b"AGFsaWNlAHg=")
        assert code == 538
        with pytest.raises(aiosmtplib.SMTPSenderRefused) as e:
            await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
        assert e.value.code == 550  # no TLS, no AUTH on offer: plainly not a relay for you


async def test_after_starttls_an_unauthenticated_outsider_is_asked_to_log_in(relay, client_tls):
    async with client(relay, client_tls) as c:
        await c.ehlo()
        assert c.supports_extension("auth")
        assert set(c.server_auth_methods) == {"plain", "login"}
        with pytest.raises(aiosmtplib.SMTPSenderRefused) as e:
            await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
        assert (e.value.code, e.value.message) == (530, "5.7.0 Authentication required")


@pytest.mark.parametrize("method", ["auth_plain", "auth_login"])
async def test_auth_over_starttls_lets_a_user_relay(relay, sink, client_tls, method):
    async with client(relay, client_tls) as c:
        await c.ehlo()
        with pytest.raises(aiosmtplib.SMTPAuthenticationError) as e:
            await getattr(c, method)("alice", "wrong")
        assert e.value.code == 535
        await getattr(c, method)("alice", PASSWORD)
        _, reply = await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
    assert reply.startswith("2.0.0")
    [got] = sink.messages
    [received] = header(got.content, "Received")
    assert " with ESMTPSA id " in received
    assert "alice" not in received  # the login name is not put in the trace


async def test_implicit_tls_listener_with_a_pbkdf2_user(relay, sink, client_tls):
    async with client(relay, client_tls, implicit=True) as c:
        await c.ehlo()
        assert not c.supports_extension("starttls")  # already TLS
        await c.auth_plain("bob", "bobs password")
        await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
    [got] = sink.messages
    assert " with ESMTPSA id " in header(got.content, "Received")[0]


async def test_unknown_user_is_refused(relay, client_tls):
    async with client(relay, client_tls) as c:
        await c.ehlo()
        with pytest.raises(aiosmtplib.SMTPAuthenticationError):
            await c.auth_plain("mallory", PASSWORD)


async def test_upstream_with_required_starttls(certs, tmp_path, client_tls):
    cert, key, ca_file = certs
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    tls_sink = await Sink(tls_context=server_ctx).start()
    plain_sink = await Sink().start()
    try:
        settings = relay_settings(upstream_port=tls_sink.port,
                                  store_url=f"sqlite:///{tmp_path / 'mg.db'}")
        import dataclasses

        r = dataclasses.replace(settings.relay, upstream_tls="required",
                                upstream_ca_file=ca_file)
        relay = await start_relay(dataclasses.replace(settings, relay=r),
                                  optional_parts=False, run_worker=False)
        host, port = relay.address
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
            _, reply = await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
        assert reply.startswith("2.0.0") and len(tls_sink.messages) == 1
        await relay.stop(0)

        # required TLS, and the next hop offers none: the client retries later
        r = dataclasses.replace(r, upstream=f"127.0.0.1:{plain_sink.port}")
        relay = await start_relay(dataclasses.replace(settings, relay=r),
                                  optional_parts=False, run_worker=False)
        host, port = relay.address
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
            with pytest.raises(aiosmtplib.SMTPDataError) as e:
                await c.sendmail(SENDER, [INTERNAL], make_mail(to=[INTERNAL]))
        assert e.value.code == 451 and plain_sink.messages == []
        await relay.stop(0)
    finally:
        await tls_sink.stop()
        await plain_sink.stop()


def test_password_hashes_round_trip_and_refuse_garbage():
    for scheme in ("scrypt", "pbkdf2_sha256"):
        h = hash_password("pw", scheme)
        assert verify_password(b"pw", h) and not verify_password(b"pW", h)
    assert not verify_password(b"pw", "plain-text-password")
    db = UserDB({"u": hash_password("pw")})
    assert db.check(b"u", b"pw") == "u" and db.check(b"u", b"pw") == "u"  # memo path
    assert db.check(b"u", b"x") is None and db.check(b"nobody", b"pw") is None


def test_a_clear_text_password_in_the_config_is_an_error():
    from mailguard.errors import ConfigError

    with pytest.raises(ConfigError, match=r"relay\.users\.alice"):
        UserDB.from_config({"alice": "hunter2"}, "")
