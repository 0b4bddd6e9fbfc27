# ruff: noqa: E501  (the Postfix log lines are verbatim, as Postfix writes them)
"""The history store, its import and its reader: Postfix log lines as Postfix writes
them, an mbox and a Maildir of sent mail, the warm-up, ``check`` reading without
writing, and several store instances on one PostgreSQL adding without lost updates."""

from __future__ import annotations

import datetime as dt
import mailbox
import threading
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

import pytest
import sqlalchemy as sa

from mailguard.cli import main
from mailguard.history import store as hs
from mailguard.history import tables as t
from mailguard.history.names import name_key, org_key
from mailguard.history.observe import internal_test, observe
from mailguard.history.salutation import extract
from mailguard.history.store import HistoryReader
from mailguard.hold.sql import SqlStore

# Postfix 3.x as it logs through syslog (traditional and RFC 3339 timestamps):
# qmgr's from= line, the smtp client's to= lines (one with orig_to=), a deferred
# recipient (not counted), a local delivery (in-house), the queue file removed.
POSTFIX_LOG = """\
Dec  1 09:00:01 mx1 postfix/smtpd[1200]: connect from pc12.example.co.jp[192.0.2.10]
Dec  1 09:00:02 mx1 postfix/smtpd[1200]: 4F2A31C2B3: client=pc12.example.co.jp[192.0.2.10]
Dec  1 09:00:02 mx1 postfix/cleanup[1201]: 4F2A31C2B3: message-id=<a1@example.co.jp>
Dec  1 09:00:02 mx1 postfix/qmgr[1234]: 4F2A31C2B3: from=<taro@example.co.jp>, size=2345, nrcpt=3 (queue active)
Dec  1 09:00:03 mx1 postfix/smtp[2345]: 4F2A31C2B3: to=<tanaka@partner.co.jp>, relay=mx.partner.co.jp[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9B1C2D)
Dec  1 09:00:03 mx1 postfix/smtp[2345]: 4F2A31C2B3: to=<sato@client.example>, orig_to=<sales@client.example>, relay=mx.client.example[198.51.100.7]:25, delay=1.3, delays=0.1/0/0.5/0.7, dsn=2.0.0, status=sent (250 OK id=1x2y3z)
Dec  1 09:00:03 mx1 postfix/local[2350]: 4F2A31C2B3: to=<hanako@example.co.jp>, relay=local, delay=0.1, delays=0.1/0/0/0, dsn=2.0.0, status=sent (delivered to mailbox)
Dec  1 09:00:04 mx1 postfix/qmgr[1234]: 4F2A31C2B3: removed
2026-12-02T10:30:00.123456+09:00 mx1 postfix/qmgr[1234]: 7C3B42D3C4: from=<hanako@example.co.jp>, size=999, nrcpt=2 (queue active)
2026-12-02T10:30:01.000000+09:00 mx1 postfix/smtp[2346]: 7C3B42D3C4: to=<tanaka@partner.co.jp>, relay=mx.partner.co.jp[203.0.113.5]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=2.0.0, status=sent (250 2.0.0 Ok)
2026-12-02T10:30:01.000000+09:00 mx1 postfix/smtp[2346]: 7C3B42D3C4: to=<x@down.example>, relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to mx.down.example[198.51.100.99]:25: Connection timed out)
2026-12-02T10:30:02.000000+09:00 mx1 postfix/qmgr[1234]: 7C3B42D3C4: removed
Dec  2 10:31:00 mx1 dovecot: imap(taro): Logged out in=12 out=345
this is not a log line at all
Dec  2 10:32:00 mx1 postfix/smtp[2347]: 8D4C53E4D5: to=<no-closing-bracket, relay=x
"""


@pytest.fixture
def config(tmp_path, store_url):
    cfg = tmp_path / "mailguard.toml"
    cfg.write_text(f'[organization]\ninternal_domains = ["example.co.jp"]\n'
                   f'[store]\nurl = "{store_url}"\n', encoding="utf-8")
    return cfg


def _reader(store_url) -> HistoryReader:
    return HistoryReader(store_url)


def test_postfix_log_import_counts_sent_external_deliveries(config, store_url, tmp_path,
                                                            capsys):
    log = tmp_path / "mail.log"
    log.write_text(POSTFIX_LOG, encoding="utf-8")
    assert main(["history", "import", "--config", str(config), str(log)]) == 0
    out = capsys.readouterr().out
    assert "2 messages to external recipients, 2 added" in out
    assert "2 unreadable lines skipped" in out        # the garbage and the broken to=
    r = _reader(store_url)
    seen = r.contacts(["tanaka@partner.co.jp", "sato@client.example", "x@down.example",
                       "hanako@example.co.jp"])
    assert set(seen) == {"tanaka@partner.co.jp", "sato@client.example"}
    assert seen["tanaka@partner.co.jp"].count == 2
    # the dates are the log's: Dec 1 09:00:03 local time, and 2026-12-02 01:30:01 UTC
    assert seen["tanaka@partner.co.jp"].last_seen == dt.datetime(2026, 12, 2, 1, 30, 1,
                                                                 tzinfo=dt.UTC)
    assert r.peers(["partner.co.jp", "client.example"]) == {
        ("partner.co.jp", "client.example"), ("client.example", "partner.co.jp")}
    assert [s for s, _ in r.senders_of("tanaka@partner.co.jp")] == [
        "hanako@example.co.jp", "taro@example.co.jp"] or \
        {s for s, _ in r.senders_of("tanaka@partner.co.jp")} == {
            "hanako@example.co.jp", "taro@example.co.jp"}
    r.close()
    # a second import of the same log counts nothing twice
    assert main(["history", "import", "--config", str(config), str(log)]) == 0
    assert "0 added to the history (2 imported before)" in capsys.readouterr().out
    r = _reader(store_url)
    assert r.contacts(["tanaka@partner.co.jp"])["tanaka@partner.co.jp"].count == 2
    r.close()


def _sent(sender, to, date, body="株式会社パートナー\n田中 太郎 様\n\nいつもお世話になっております。\n",
          mid="<m@example.co.jp>"):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    m["Subject"] = "ご連絡"
    m.set_content(body)
    return m


def test_mbox_and_maildir_import_names_salutations_and_own_dates(config, store_url,
                                                                  tmp_path, capsys):
    old = dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)
    box = mailbox.mbox(tmp_path / "Sent")
    box.add(_sent("taro@example.co.jp", formataddr(("田中 太郎", "tanaka@partner.co.jp")),
                  old, mid="<1@example.co.jp>"))
    box.add(_sent("taro@example.co.jp", formataddr(("ﾀﾅｶ ﾀﾛｳ", "tanaka@partner.co.jp")),
                  old + dt.timedelta(days=3), mid="<2@example.co.jp>"))
    box.add(_sent("someone@outside.example", "taro@example.co.jp", old,
                  mid="<3@outside.example>"))            # received mail: not ours
    box.close()
    with open(tmp_path / "Sent", "ab") as f:            # a message without a Date
        f.write(b"From x@example.co.jp Sat Jan 10 09:00:00 2026\nFrom: x@example.co.jp\n"
                b"To: y@partner.co.jp\nSubject: no date\n\nhello\n\n")
    md = mailbox.Maildir(tmp_path / "Maildir")
    md.add(_sent("hanako@example.co.jp", "Sato Ken <ken.sato@client.example>",
                 old + dt.timedelta(days=5), body="Dear Mr. Sato,\n\nThank you.\n",
                 mid="<4@example.co.jp>"))
    md.close()
    assert main(["history", "import", "--config", str(config), "--format", "mbox",
                 str(tmp_path / "Sent")]) == 0
    assert "read 4 messages: 2 messages to external recipients, 2 added" in \
        capsys.readouterr().out
    assert main(["history", "import", "--config", str(config), "--format", "maildir",
                 str(tmp_path / "Maildir")]) == 0
    r = _reader(store_url)
    assert r.oldest() == old                             # its own Date, not today
    [use] = r.names_by_key([name_key("田中 太郎")])        # ﾀﾅｶ ﾀﾛｳ is another key
    assert use.address == "tanaka@partner.co.jp" and use.count == 1
    sal = r.salutations_of("partner.co.jp")
    assert {(s.kind, s.key, s.count) for s in sal} == {("org", org_key("株式会社パートナー"), 2),
                                                       ("person", name_key("田中太郎"), 2)}
    assert {(s.kind, s.name) for s in r.salutations_of("client.example")} == {
        ("person", "Sato")}
    r.close()


def test_history_show_explains_an_address_and_a_domain(config, store_url, tmp_path,
                                                       capsys):
    box = mailbox.mbox(tmp_path / "Sent")
    box.add(_sent("taro@example.co.jp", formataddr(("田中 太郎", "tanaka@partner.co.jp")),
                  dt.datetime(2026, 1, 10, tzinfo=dt.UTC)))
    box.close()
    main(["history", "import", "--config", str(config), "--format", "mbox",
          str(tmp_path / "Sent")])
    capsys.readouterr()
    assert main(["history", "show", "--config", str(config), "Tanaka@Partner.co.jp"]) == 0
    out = capsys.readouterr().out
    assert "tanaka@partner.co.jp: 1 messages, first 2026-01-10" in out
    assert "display name 田* **: 1 messages" in out and "田中" not in out
    assert "from taro@example.co.jp: 1 messages" in out
    assert "detectors active" in out
    assert main(["history", "show", "--config", str(config), "other.example"]) == 0
    assert "no one has written to this organisation" in capsys.readouterr().out
    assert main(["history", "show", "--config", str(config), "not a domain"]) == 2


def test_import_refuses_what_is_not_there_in_one_line(config, tmp_path, capsys):
    assert main(["history", "import", "--config", str(config), str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def _obs(at, sender, to, names=()):
    test = internal_test(["example.co.jp"], sender)
    return observe(at=at, sender=sender, is_internal=test,
                   recipients=[("to", n, a) for a, n in zip(to, names or [""] * len(to),
                                                             strict=True)])


def test_warm_up_and_check_reads_without_writing(tmp_path):
    """The detectors stay silent while the history is young; ``check`` reads the store
    and never writes it (a missing store is not created)."""
    import subprocess
    import sys

    db = tmp_path / "store.db"
    cfg = tmp_path / "mailguard.toml"
    cfg.write_text(f'[organization]\ninternal_domains = ["example.co.jp"]\n'
                   f'[store]\nurl = "sqlite:///{db}"\n', encoding="utf-8")
    eml = tmp_path / "new.eml"
    eml.write_bytes(b"From: taro@example.co.jp\nTo: x@never.example\nSubject: s\n\nhi\n")

    def check() -> str:
        p = subprocess.run([sys.executable, "-m", "mailguard", "check", "--config", str(cfg),
                            "--format", "json", str(eml)], capture_output=True, text=True)
        return p.stdout

    assert "first-contact" not in check() and not db.exists()   # no store: silent
    s = SqlStore(f"sqlite:///{db}")
    now = dt.datetime.now(dt.UTC)
    with s._write() as conn:
        hs.apply(conn, [_obs(now - dt.timedelta(days=3), "taro@example.co.jp",
                             ["a@known.example"])])
    assert "first-contact" not in check()                  # 3 days old: warming up
    with s._write() as conn:
        hs.apply(conn, [_obs(now - dt.timedelta(days=20), "taro@example.co.jp",
                             ["b@known.example"])])
    before = _dump(s)
    assert '"rule": "first-contact-domain"' in check()     # 20 days: active
    assert _dump(s) == before                               # and nothing was written
    s.close()


def _dump(s: SqlStore) -> list:
    with s.engine.connect() as conn:
        return [list(conn.execute(sa.select(tbl))) for tbl in t.metadata.sorted_tables]


@pytest.mark.postgres
def test_instances_on_one_postgresql_lose_no_update(new_pg_url):
    """Two store instances (as two relays) add the same contacts concurrently: every
    message is counted."""
    url = new_pg_url()
    stores = [SqlStore(url), SqlStore(url)]
    base = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    rounds, errors = 60, []

    def work(i: int) -> None:
        try:
            for n in range(rounds):
                at = base + dt.timedelta(minutes=n, seconds=i)
                obs = _obs(at, f"s{i}@example.co.jp",
                           ["tanaka@partner.co.jp", "sato@client.example", f"x{n}@new.example"],
                           ["田中 太郎", "佐藤 健", ""])
                with stores[i % 2]._write() as conn:
                    hs.apply(conn, [obs])
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    r = HistoryReader(url)
    seen = r.contacts(["tanaka@partner.co.jp", "x0@new.example"])
    assert seen["tanaka@partner.co.jp"].count == 4 * rounds
    assert seen["x0@new.example"].count == 4
    assert seen["tanaka@partner.co.jp"].first_seen == base
    assert r.orgs(["partner.co.jp"])["partner.co.jp"].count == 4 * rounds
    [use] = r.names_by_key([name_key("田中 太郎")])
    assert use.count == 4 * rounds
    assert ("partner.co.jp", "new.example") in r.peers(["partner.co.jp", "new.example"])
    r.close()
    for s in stores:
        s.close()


@pytest.mark.parametrize("text, expected", [
    ("株式会社ABC\n営業部 田中 太郎 様\n\nいつもお世話になっております。",
     [("org", "abc"), ("person", "田中太郎")]),
    ("ＡＢＣ（株） 御中\n\nいつも", [("org", "abc")]),
    ("Dear Mr. Taro Tanaka,\n\nThank you", [("person", "tanaka taro")]),
    ("お疲れ様です。山田です。", []),
    ("関係者各位\n\nお知らせです。", []),
    ("Dear Sir or Madam,\n", []),
])
def test_salutation_block(text, expected):
    assert [(s.kind, s.key) for s in extract(text)] == expected


def test_name_keys_fold_widths_kana_and_romanisations():
    assert name_key("田中　太郎 様") == name_key("田中太郎")
    assert name_key("ﾀﾅｶ ﾀﾛｳ") == name_key("たなか たろう") == name_key("Taro Tanaka") \
        == name_key("TANAKA Tarou")
    assert org_key("株式会社ABC") == org_key("ABC Co., Ltd.") == org_key("ＡＢＣ（株）")


def _engine_on(db, extra: str = ""):
    from mailguard.app import build_engine
    from mailguard.config import parse_settings

    return build_engine(parse_settings(
        f'[organization]\ninternal_domains = ["example.co.jp"]\n'
        f'[store]\nurl = "sqlite:///{db}"\n[history]\n{extra}\n'))


def _rules(engine, to: str, body: str = "ご確認ください。\n") -> set[str]:
    from mailguard.pipeline import judge

    raw = (f"From: taro@example.co.jp\nTo: {to}\nSubject: s\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}").encode()
    return {f.rule for f in judge(raw, engine).findings}


def test_allow_lists_and_kana_romaji_variants_of_a_known_name(tmp_path):
    db = tmp_path / "s.db"
    s = SqlStore(f"sqlite:///{db}")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    with s._write() as conn:
        hs.apply(conn, [_obs(old + dt.timedelta(days=i), "taro@example.co.jp",
                             ["tanaka@partner.co.jp"], ["タナカ タロウ"]) for i in range(3)])
    s.close()
    engine = _engine_on(db)
    # the romaji spelling of a name known in katakana, at another company's address
    assert "display-name-mismatch" in _rules(engine, "Taro Tanaka <tanaka@other.example>")
    assert "first-contact-domain" in _rules(engine, "x@other.example")
    assert not _rules(engine, "ﾀﾅｶ ﾀﾛｳ <tanaka@partner.co.jp>") & {
        "display-name-mismatch", "first-contact-domain", "first-contact-address"}
    allowed = _engine_on(db, 'allow_domains = ["other.example"]')
    assert not _rules(allowed, "Taro Tanaka <tanaka@other.example>") & {
        "display-name-mismatch", "first-contact-domain"}
    off = _engine_on(db, "enabled = false")
    assert "first-contact-domain" not in _rules(off, "x@other.example")


def test_family_name_salutation_tied_to_another_company(tmp_path):
    """「長谷川様」 alone, in a letter to someone at another company: the history knows
    長谷川 only at partner.co.jp (from full names in display names and salutations)."""
    db = tmp_path / "s.db"
    s = SqlStore(f"sqlite:///{db}")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    test = internal_test(["example.co.jp"], "")
    with s._write() as conn:
        hs.apply(conn, [observe(at=old + dt.timedelta(days=i), sender="taro@example.co.jp",
                                is_internal=test, new_text=text,
                                recipients=[("to", name, addr)])
                        for i in range(3) for name, addr, text in (
                            ("長谷川 誠", "hasegawa@partner.co.jp",
                             "株式会社パートナー\n長谷川 誠 様\n\nいつも"),
                            ("佐藤 健", "sato@other.example", "佐藤様\n\nいつも"))])
    s.close()
    engine = _engine_on(db)
    assert "addressee-mismatch" in _rules(engine, "佐藤 健 <sato@other.example>",
                                          "長谷川様\n\nいつもお世話になっております。\n")
    assert "addressee-mismatch" not in _rules(engine, "佐藤 健 <sato@other.example>",
                                              "佐藤様\n\nいつもお世話になっております。\n")
    # the family name of a recipient's display name: no mismatch
    assert "addressee-mismatch" not in _rules(
        engine, "長谷川 美咲 <misaki@other.example>", "長谷川様\n\nいつも\n")


def test_first_contact_names_the_known_domain_it_resembles(tmp_path):
    """A new domain one letter off a correspondent's: learned from the history, with no
    partner list typed in, and said with the evidence."""
    db = tmp_path / "s.db"
    s = SqlStore(f"sqlite:///{db}")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    with s._write() as conn:
        hs.apply(conn, [_obs(old + dt.timedelta(days=i), "taro@example.co.jp",
                             ["tanaka@sakura-logi.co.jp"]) for i in range(37)])
    s.close()
    from mailguard.pipeline import judge

    raw = b"From: taro@example.co.jp\nTo: tanaka@sakura-lgoi.co.jp\nSubject: s\n\nhi\n"
    [f] = [f for f in judge(raw, _engine_on(db)).findings if f.rule == "first-contact-domain"]
    assert f.texts["ja"]["message"] == (
        "sakura-lgoi.co.jp への送信は初めてです。組織内の誰もこのドメインに送信したことが"
        "ありません。よく似た sakura-logi.co.jp にはこれまで 37 回送信しています"
        "（sakura-logi.co.jp の「og」が「go」に入れ替わっています）。")
    assert "The similar sakura-logi.co.jp has been written to 37 times" in \
        f.texts["en"]["message"]


def test_a_spooled_record_keeps_its_history(tmp_path):
    """The relay spools a record the store could not take (smtp/spool.py): its history
    goes with it and is added when the spool is replayed."""
    from mailguard.hold.store import MessageRecord
    from mailguard.smtp.spool import RecordSpool, record_from_json, record_to_json

    now = dt.datetime.now(dt.UTC)
    obs = observe(at=now, sender="taro@example.co.jp",
                  is_internal=internal_test(["example.co.jp"], ""),
                  recipients=[("to", "田中 太郎", "tanaka@partner.co.jp")],
                  new_text="株式会社パートナー\n田中 太郎 様\n\nいつも")
    rec = MessageRecord(id="01SPOOLED0000000000000000A", status="passed", action="pass",
                        received_at=now, sender="taro@example.co.jp",
                        recipients=("tanaka@partner.co.jp",), message_id="<s@x>",
                        subject="s", rules=(), verdict={})
    kwargs = {"mail_from": "taro@example.co.jp", "history": obs,
              "sent": [("tanaka@partner.co.jp", "田中 太郎")]}
    _, back = record_from_json(record_to_json(rec, kwargs))
    assert back["history"] == obs
    spool = RecordSpool(tmp_path / "spool")
    spool.put(rec, kwargs)
    store = SqlStore(f"sqlite:///{tmp_path}/s.db")
    assert spool.replay(store)[0] == 1
    store.close()
    r = HistoryReader(f"sqlite:///{tmp_path}/s.db")
    assert r.contacts(["tanaka@partner.co.jp"])["tanaka@partner.co.jp"].count == 1
    assert {s.kind for s in r.salutations_of("partner.co.jp")} == {"org", "person"}
    r.close()


def test_a_new_address_is_flagged_at_a_young_organisation_not_at_an_established_one(tmp_path):
    db = tmp_path / "s.db"
    s = SqlStore(f"sqlite:///{db}")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    recent = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    with s._write() as conn:
        # written to for weeks, many times: an established correspondent
        hs.apply(conn, [_obs(old + dt.timedelta(days=i), "taro@example.co.jp",
                             ["sato@partner.co.jp"]) for i in range(8)])
        # first written to two days ago
        hs.apply(conn, [_obs(recent, "taro@example.co.jp", ["kato@newclient.example"])])
    s.close()
    engine = _engine_on(db)
    # a new colleague at the partner of weeks is the daily case: no warning
    assert "first-contact-address" not in _rules(engine, "suzuki@partner.co.jp")
    # a second address at an organisation met two days ago is worth a look
    assert "first-contact-address" in _rules(engine, "ito@newclient.example")
