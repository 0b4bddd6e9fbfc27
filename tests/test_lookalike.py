"""Look-alike recipient domains: the manipulations people fall for are held and said in
words; the organisation's own and its partners' domains, and unrelated domains that
merely share a word, are not."""

from __future__ import annotations

import pytest
from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.detect.recipients import resemblance
from mailguard.mime.addresses import normalize_domain

RULE = "lookalike-domain"
CONFIG = """
[organization]
internal_domains = ["hokuto-seiki.co.jp"]
partner_domains = ["minato-trading.co.jp", "aozora-logi.jp", "nks.co.jp", "tsubasa.com"]
"""


def lookalike(domain: str):
    v = judge_mail(make_mail(sender="yamada@hokuto-seiki.co.jp", to=[f"sato@{domain}"]),
                   CONFIG)
    return next((f for f in v.findings if f.rule == RULE), None), v


HELD = [
    # (recipient domain, the domain it looks like, how the finding says it)
    ("hokuto-seiki-co.jp", "hokuto-seiki.co.jp", "「.」が「-」になっています"),
    ("hokutoseiki.co.jp", "hokuto-seiki.co.jp", "「-」が抜けています"),
    ("hokuto-seikico.jp", "hokuto-seiki.co.jp", "「.」が抜けています"),
    ("hokuto-seiki.jp", "hokuto-seiki.co.jp", "「co.」が抜けています"),
    ("hokuto-seiki.com", "hokuto-seiki.co.jp", "「.co.jp」が「.com」になっています"),
    ("hokuto-seiki.net", "hokuto-seiki.co.jp", "「.co.jp」が「.net」になっています"),
    ("hokuto-seiki.co", "hokuto-seiki.co.jp", "「.jp」が抜けています"),
    ("hokuto-seiki.ne.jp", "hokuto-seiki.co.jp", "「.co.jp」が「.ne.jp」になっています"),
    ("hokuto-seikii.co.jp", "hokuto-seiki.co.jp", "「i」が重なっています"),
    ("hokuto-sieki.co.jp", "hokuto-seiki.co.jp", "「ei」が「ie」に入れ替わっています"),
    ("hokuto-seki.co.jp", "hokuto-seiki.co.jp", "「i」が抜けています"),
    ("hokuto-seoki.co.jp", "hokuto-seiki.co.jp", "「i」が「o」になっています"),
    ("hokuto-se1ki.co.jp", "hokuto-seiki.co.jp", "「i」が「1」になっています"),
    ("hoku-to-seiki.co.jp", "hokuto-seiki.co.jp", "「-」が加わっています"),
    ("hokuto-seіki.co.jp", "hokuto-seiki.co.jp", "キリル文字 U+0456"),
    ("hokuto-seiki.co-jp.com", "hokuto-seiki.co.jp", "後ろに「.com」が付いています"),
    ("hokuto-seiki.co.jp.mail-secure.net", "hokuto-seiki.co.jp",
     "実際は mail-secure.net のドメインです"),
    ("hokuto-seiki-co-jp.mail-secure.net", "hokuto-seiki.co.jp",
     "実際は mail-secure.net のドメインです"),
    ("minato-tradng.co.jp", "minato-trading.co.jp", "「i」が抜けています"),
    ("minato-trading.jp", "minato-trading.co.jp", "「co.」が抜けています"),
    ("minato-torading.co.jp", "minato-trading.co.jp", "「o」が加わっています"),
    ("aozora-logi.co.jp", "aozora-logi.jp", "「co.」が加わっています"),
    # one letter of a long hyphenated name's short word
    ("aozora-lugi.jp", "aozora-logi.jp", "「o」が「u」になっています"),
    ("hokuto-seika.co.jp", "hokuto-seiki.co.jp", "「i」が「a」になっています"),
    ("nks.com", "nks.co.jp", "「.co.jp」が「.com」になっています"),
    ("tsubasa.co.jp", "tsubasa.com", "「.com」が「.co.jp」になっています"),
]


@pytest.mark.parametrize("domain,similar,how", HELD)
def test_lookalike_is_held_and_said_in_words(domain, similar, how):
    f, v = lookalike(domain)
    assert f is not None, domain
    assert str(v.action) == "hold"
    assert f.where == "header:To"
    assert f.recipients == (f"sato@{normalize_domain(domain)}",)
    assert f.message.startswith(f"宛先のドメイン {domain} は、{similar} の")
    assert how in f.message
    assert f"{similar} とは別のドメインです" in f.message
    en = f.texts["en"]["message"]
    assert f"The recipient domain {domain} is {similar} with" in en


@pytest.mark.parametrize("domain", [
    # the organisation's own and its partners' domains and their subdomains
    "hokuto-seiki.co.jp", "mail.hokuto-seiki.co.jp", "minato-trading.co.jp",
    "osaka.minato-trading.co.jp", "aozora-logi.jp", "nks.co.jp", "tsubasa.com",
    # unrelated domains sharing a word, and short names one letter apart
    "hokuto-kiko.co.jp", "hokuto-denki.co.jp", "hokuto.co.jp", "seiki.co.jp",
    "minato-kaiun.co.jp", "minato-shoji.co.jp", "trading.co.jp", "aozora-bank.co.jp",
    "aozora-log.com", "nkc.co.jp", "nks-soft.co.jp", "nkss.co.jp", "tsubame.com",
    "minato-torejingu.co.jp", "gmail.com", "docomo.ne.jp",
    # a word before a partner's name may be another company (only the own name is glued)
    "tokyo-minato-trading.co.jp",
    # …but not with another suffix too, nor in a short name
    "aozora-lugi.com", "nks-soft.co.jp",
])
def test_not_lookalike(domain):
    f, _ = lookalike(domain)
    assert f is None, (domain, f and f.message)


def test_several_recipients_of_one_lookalike_domain_are_one_finding():
    v = judge_mail(make_mail(sender="yamada@hokuto-seiki.co.jp",
                             to=["a@hokuto-seiki.com", "b@hokuto-seiki.com"],
                             cc=["c@minato-tradng.co.jp", "d@hokuto-seiki.co.jp"]), CONFIG)
    found = {f.message.split(" ")[1]: f.recipients for f in v.findings if f.rule == RULE}
    assert found == {"hokuto-seiki.com": ("a@hokuto-seiki.com", "b@hokuto-seiki.com"),
                     "minato-tradng.co.jp": ("c@minato-tradng.co.jp",)}


def test_allow_listed_domain_is_not_a_lookalike():
    config = CONFIG + '[allow]\nrecipient_domains = ["hokuto-seiki.com"]\n'
    v = judge_mail(make_mail(sender="yamada@hokuto-seiki.co.jp", to=["a@hokuto-seiki.com"]),
                   config)
    assert RULE not in rules_fired(v)


def test_extra_reference_domains_from_the_rule():
    config = CONFIG + ('[rules.override.lookalike-domain]\n'
                       'params = { domains = ["kitaguni-bank.co.jp"] }\n')
    f = next(f for f in judge_mail(make_mail(sender="yamada@hokuto-seiki.co.jp",
                                             to=["a@kitaguni-bnak.co.jp"]), config).findings
             if f.rule == RULE)
    assert "kitaguni-bank.co.jp の「an」が「na」に入れ替わっています" in f.message


# --- precision on unrelated business domains ----------------------------------------------

REFERENCES = ("kawasaki-denki.co.jp", "tanaka-shoji.co.jp", "sakura-logi.jp", "hikari-sys.com",
              "yamato-unyu.co.jp", "mirai-soft.co.jp", "nks-net.co.jp", "suzuki-kensetsu.co.jp",
              "osaka-shokuhin.co.jp", "daiwa-kikai.co.jp")
FAMILY = ("tanaka suzuki sato takahashi watanabe ito yamamoto nakamura kobayashi kato yoshida "
          "yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe "
          "ikeda hashimoto ishikawa ogawa maeda okada hasegawa fujita goto kondo murakami endo "
          "aoki sakamoto saito fukuda ota nishimura fujii okamoto fujiwara nakajima miura "
          "matsuda nakano harada ono takeda")
PLACE = ("tokyo osaka nagoya yokohama kobe kyoto sapporo sendai hiroshima fukuoka chiba "
         "saitama niigata shizuoka kanazawa okayama kumamoto kagoshima nagano gifu nara "
         "wakayama toyama kitakyushu hamamatsu sakai kawaguchi funabashi hachioji "
         "utsunomiya")
BRAND = ("sakura hikari midori asahi nichiei fuji daiichi sanwa daiwa kyowa heiwa taiyo "
         "nissin toho seiwa meiwa mirai aozora hoshi tsubasa kizuna yamato nihon zenkoku "
         "marusan kanemitsu yamasa kikkoman")
WORK = ("kogyo shoji kensetsu denki denshi seisakusho sangyo unyu butsuryu logi sys soft "
        "tech net foods shokuhin yakuhin kikai kiko koki kosan fudosan hoken insatsu design "
        "consulting trading hd group medical kaikei law shinkin")
SUFFIX = ("co.jp", "co.jp", "co.jp", "jp", "com", "co.jp", "ne.jp", "or.jp", "net", "co.jp")
ACRONYMS = ("nks tkc jbs ntc scsk ksk dts nsd tis itec jcb hks mks sbs nri jmas ctc iij "
            "tdk jtb ana jal kddi nhk smbc mufg")


def business_domains() -> list[str]:
    """About 300 domains shaped like Japanese companies' (family name, place or brand +
    trade, hyphenated or not, the usual suffixes), many sharing a word with the
    references above: the unrelated mail a look-alike check must leave alone."""
    out = []
    trades = WORK.split()
    for group in (FAMILY, PLACE, BRAND):
        for n, stem in enumerate(group.split()):
            for k in range(3 if group is FAMILY else 2):
                work = trades[(n * 7 + k * 11 + len(stem)) % len(trades)]
                suffix = SUFFIX[(n + k * 3) % len(SUFFIX)]
                out.append(f"{stem}-{work}.{suffix}" if (n + k) % 3 else f"{stem}{work}.{suffix}")
    out += [f"{a}.{SUFFIX[n % len(SUFFIX)]}" for n, a in enumerate(ACRONYMS.split())]
    return sorted(set(out))


def test_unrelated_business_domains_rarely_fire_and_only_on_the_same_name():
    domains = [d for d in business_domains() if d not in REFERENCES]
    assert len(domains) >= 280
    fired = {}
    for d in domains:
        for ref in REFERENCES:
            if m := resemblance(normalize_domain(d), ref):
                fired[d] = (ref, m.kind)
                break
    # at most 1 %, and each one the same name as a reference, spelt apart only by
    # separators or its suffix (suzukikensetsu.or.jp: a human should look twice)
    assert len(fired) <= len(domains) // 100, fired
    for d, (ref, kind) in fired.items():
        assert kind in ("separator", "suffix"), (d, ref, kind)
        assert d.split(".")[0].replace("-", "") == ref.split(".")[0].replace("-", "")


def test_another_subdomain_of_the_own_name_glued_by_a_hyphen():
    """plant-hokuto-seiki.co.jp for plant.hokuto-seiki.co.jp, written from the parent
    domain: the own long name whole after one word is a slip, whatever the word."""
    f, v = lookalike("plant-hokuto-seiki.co.jp")
    assert f is not None
    assert str(v.action) == "hold"
    assert "plant.hokuto-seiki.co.jp の「.」が「-」になっています" in f.message
    assert "hokuto-seiki.co.jp とは別のドメインです" in f.message
