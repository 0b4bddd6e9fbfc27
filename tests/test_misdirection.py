"""Misdirection detectors: positive and negative cases, through the real rules."""

import pytest
from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.detect.recipients import edit_distance, skeleton
from mailguard.pipeline import Envelope


def test_customer_list_in_to_is_held():
    to = [f"user{i}@customer{i}.co.jp" for i in range(12)]
    v = judge_mail(make_mail(to=to))
    assert "external-recipients-visible" in rules_fired(v)
    assert str(v.action) == "hold"
    f = next(f for f in v.findings if f.rule == "external-recipients-visible")
    assert f.where == "header:To"
    assert "社外の宛先 12 件" in f.message
    assert "BCC" in f.advice
    assert len(f.recipients) == 12


def test_same_list_in_bcc_does_not_fire():
    bcc = [f"user{i}@customer{i}.co.jp" for i in range(12)]
    v = judge_mail(make_mail(to=["taro@example.co.jp"], bcc=bcc))
    assert "external-recipients-visible" not in rules_fired(v)
    assert "multiple-external-domains" not in rules_fired(v)


def test_envelope_only_recipients_are_bcc_and_never_visible():
    raw = make_mail(to=["taro@example.co.jp"])
    env = Envelope("taro@example.co.jp",
                   (*(f"u{i}@c{i}.co.jp" for i in range(5)), "taro@example.co.jp"))
    v = judge_mail(raw, envelope=env)
    assert "external-recipients-visible" not in rules_fired(v)
    fields = {r["address"]: r["field"] for r in v.recipients}
    assert fields["u0@c0.co.jp"] == "envelope"


def test_colleagues_of_one_customer_are_one_party():
    to = [f"staff{i}@client.co.jp" for i in range(8)] + ["a@sub.client.co.jp"]
    v = judge_mail(make_mail(to=to))
    assert "external-recipients-visible" not in rules_fired(v)
    assert "multiple-external-domains" not in rules_fired(v)
    assert str(v.action) == "pass"


def test_freemail_addresses_count_each_as_a_party():
    to = ["a@gmail.com", "b@gmail.com", "c@yahoo.co.jp"]
    v = judge_mail(make_mail(to=to))
    assert "external-recipients-visible" in rules_fired(v)
    assert "freemail-recipient" in rules_fired(v)


def test_students_on_one_university_domain_are_each_a_party():
    # four students' own mailboxes (student numbers, a students' subdomain): persons
    to = ["k2751203@st.higashiyama-u.ac.jp", "m2640871@st.higashiyama-u.ac.jp",
          "b2650094@st.higashiyama-u.ac.jp"]
    v = judge_mail(make_mail(to=to))
    assert "external-recipients-visible" in rules_fired(v)
    assert str(v.action) == "hold"


def test_staff_of_one_university_stay_one_party():
    to = ["tanaka.jiro@higashiyama-u.ac.jp", "sato-k@higashiyama-u.ac.jp",
          "kenkyu@office.higashiyama-u.ac.jp"]
    v = judge_mail(make_mail(to=to))
    assert "external-recipients-visible" not in rules_fired(v)
    assert "multiple-external-domains" not in rules_fired(v)


def test_schools_under_one_board_and_offices_of_two_governments_are_separate():
    schools = ["kyoto@asahi-es.nishihara.ed.jp", "kyoto@kita-es.nishihara.ed.jp",
               "kyoto@minami-js.nishihara.ed.jp"]
    v = judge_mail(make_mail(to=schools))
    assert "external-recipients-visible" in rules_fired(v)
    # the city and the prefecture of one name are two organisations; two sections of
    # one city are one
    v = judge_mail(make_mail(to=["a@city.minato.lg.jp", "b@pref.minato.lg.jp"]))
    assert "multiple-external-domains" in rules_fired(v)
    v = judge_mail(make_mail(to=["a@kodomo.city.minato.lg.jp", "b@city.minato.lg.jp",
                                 "c@mail.city.minato.lg.jp"]))
    assert "multiple-external-domains" not in rules_fired(v)


def test_internal_recipients_never_count():
    to = ["a@example.co.jp", "b@tokyo.example.co.jp", "c@osaka.example.co.jp"]
    v = judge_mail(make_mail(to=to))
    assert v.findings == []
    assert all(r["internal"] for r in v.recipients)


def test_two_organisations_warn():
    v = judge_mail(make_mail(to=["a@client-a.co.jp"], cc=["b@client-b.com"]))
    f = next(f for f in v.findings if f.rule == "multiple-external-domains")
    assert str(f.action) == "warn"
    assert "client-a.co.jp" in f.message and "client-b.com" in f.message
    assert str(v.action) == "warn"


def test_private_persons_on_free_mail_are_not_organisations():
    # SPEC: "external recipients of two or more organisations": two private persons are
    # none, a company and a private person are two parties
    v = judge_mail(make_mail(to=["kenta.o@gmail.com", "mika1988@yahoo.co.jp"]))
    assert "multiple-external-domains" not in rules_fired(v)
    v = judge_mail(make_mail(to=["kenta.o@gmail.com", "a@client-a.co.jp"]))
    f = next(f for f in v.findings if f.rule == "multiple-external-domains")
    assert "個人アドレス" in f.message and "client-a.co.jp" in f.message


def test_allow_listed_recipient_domain_is_ignored():
    config = """
[organization]
internal_domains = ["example.co.jp"]
[allow]
recipient_domains = ["client-b.com"]
"""
    v = judge_mail(make_mail(to=["a@client-a.co.jp"], cc=["b@client-b.com"]), config)
    assert "multiple-external-domains" not in rules_fired(v)


@pytest.mark.parametrize("domain", [
    "examp1e.co.jp",      # 1 for l
    "exarnple.co.jp",     # rn for m
    "example.com",        # TLD swap
    "example.jp",         # TLD swap
    "exmaple.co.jp",      # transposition
    "exampel.co.jp",      # transposition
    "examle.co.jp",       # deletion
    "xn--xample-2of.co.jp",  # Cyrillic е, punycode
    "partnr.co.jp",       # partner typo
    "partner.com",        # partner TLD swap
])
def test_lookalike_domains_are_held(domain):
    v = judge_mail(make_mail(to=[f"someone@{domain}"]))
    assert "lookalike-domain" in rules_fired(v), domain
    assert str(v.action) == "hold"


@pytest.mark.parametrize("domain", [
    "example.co.jp", "mail.example.co.jp", "partner.co.jp", "sales.partner.co.jp",
    "unrelated.co.jp", "toyota.co.jp", "gmail.com", "ex.co.jp",
])
def test_not_lookalike(domain):
    v = judge_mail(make_mail(to=[f"someone@{domain}"]))
    assert "lookalike-domain" not in rules_fired(v), domain


def test_lookalike_message_names_both_domains():
    v = judge_mail(make_mail(to=["a@examp1e.co.jp"]))
    f = next(f for f in v.findings if f.rule == "lookalike-domain")
    assert "examp1e.co.jp" in f.message and "example.co.jp" in f.message


def test_skeleton_and_distance():
    assert skeleton("exarnple") == skeleton("example")
    assert skeleton("ехample") == skeleton("example")  # Cyrillic х, е
    assert edit_distance("example", "exmaple") == 1
    assert edit_distance("example", "sample", limit=3) == 2


@pytest.mark.parametrize("subject,body,fires", [
    ("【社外秘】新製品計画", "資料です。", True),
    ("Confidential: roadmap", "see attached", True),
    ("お見積り", "本資料は関係者外秘です。取扱いにご注意ください。", True),
    ("お見積り", "このメールには機密情報が含まれている場合があります。"
                "誤って受信された場合は削除してください。", False),
    ("Re: quote", "This e-mail may contain confidential information intended "
                  "solely for the addressee.", False),
    ("お見積り", "いつもお世話になっております。", False),
    # full-width markings on one line of a longer body (NFKC, line by line)
    ("お見積り",
     "お世話になっております。\n資料（第２版）です。\n\nＣＯＮＦＩＤＥＮＴＩＡＬ\n", True),
    ("お見積り", "資料です。\r\nＩｎｔｅｒｎａｌ　Ｏｎｌｙ\r\n以上", True),
])
def test_confidential_marking(subject, body, fires):
    v = judge_mail(make_mail(to=["a@client.co.jp"], subject=subject, body=body))
    assert ("confidential-marking-external" in rules_fired(v)) is fires


def test_confidential_marking_internal_only_does_not_fire():
    v = judge_mail(make_mail(to=["a@example.co.jp"], subject="【社外秘】新製品計画"))
    assert "confidential-marking-external" not in rules_fired(v)


def test_confidential_marking_in_attachment_name():
    raw = make_mail(to=["a@client.co.jp"],
                    attachments=[("【極秘】売上計画.txt", b"x", "text/plain")])
    v = judge_mail(raw)
    f = next(f for f in v.findings if f.rule == "confidential-marking-external")
    assert f.where == "attachment:【極秘】売上計画.txt"


def test_sender_allow_list_reports_but_passes():
    config = """
[organization]
internal_domains = ["example.co.jp"]
[allow]
senders = ["taro@example.co.jp"]
"""
    v = judge_mail(make_mail(to=["a@examp1e.co.jp"]), config)
    assert "lookalike-domain" in rules_fired(v)
    assert str(v.action) == "pass"
    assert v.findings[0].allowed_by == "allow.senders"


def test_without_internal_domains_the_senders_organisation_is_internal():
    v = judge_mail(make_mail(to=["b@example.co.jp", "a@examp1e.co.jp"]), config="")
    internal = {r["address"]: r["internal"] for r in v.recipients}
    assert internal == {"b@example.co.jp": True, "a@examp1e.co.jp": False}
    assert "lookalike-domain" in rules_fired(v)


def test_delay_external_is_off_by_default_and_delays_when_enabled():
    raw = make_mail(to=["a@client.co.jp"])
    assert "delay-external" not in rules_fired(judge_mail(raw))
    config = """
[organization]
internal_domains = ["example.co.jp"]
[rules.override.delay-external]
enabled = true
"""
    v = judge_mail(raw, config)
    assert rules_fired(v) == {"delay-external"}
    assert str(v.action) == "delay"
    assert str(judge_mail(make_mail(to=["b@example.co.jp"]), config).action) == "pass"
