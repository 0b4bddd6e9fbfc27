"""From the fifty-sixth blind wave (issue 9), written afresh here: entries headed by a
bullet, each running on over indented lines, some of whose names are not recognised."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n大森 健太\n株式会社エグザンプル 労務課\nTEL 03-5555-0722\n"

PEOPLE = [("松田 光太郎", "神奈川県相模原市南区上鶴間本町4丁目28番13号", "090-9942-7564"),
          ("清水 浩二", "千葉県市川市南八幡3丁目8番3号", "090-4187-1094"),
          ("松田 琴音", "埼玉県越谷市蒲生寿町5丁目13番22号", "070-1278-6115"),
          ("薬師寺 沙織", "東京都江東区亀戸3丁目11番3号", "070-7412-6740"),
          ("百目鬼 翔太", "東京都練馬区大泉学園町5丁目25番20号", "090-1924-2209")]


def test_bulleted_entries_running_on_over_indented_lines():
    body = ("損害保険 今井様\n\n被害を受けた社員は以下の5名です。\n" + "".join(
        f"・{n}（物流センター）\n　　住所：{a}\n　　被害：床上浸水\n　　連絡先：{p}\n"
        for n, a, p in PEOPLE) + SIG)
    v = judge_mail(make_mail(to=["imai@sonpo-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "personal-data-list" in rules_fired(v)


def test_bulleted_fields_of_two_people_stay_two():
    body = ("損害保険 今井様\n\nご依頼の2名です。\n" + "".join(
        f"・{n}\n・住所：{a}\n・連絡先：{p}\n" for n, a, p in PEOPLE[:2]) + SIG)
    v = judge_mail(make_mail(to=["imai@sonpo-example.co.jp"], body=body))
    assert v.action < Action.DELAY


def test_an_english_roster_of_names_in_capitals_with_their_ids():
    rows = [("GATCHALIAN, EFREN", "BSN", "HS-20768", "B"), ("SIGIT RIYADI", "AB", "HS-62219", "B"),
            ("RAMOS, RAYMOND", "AB", "HS-42556", "C"), ("ARIF MAULANA", "AB", "HS-30562", "C"),
            ("SALAZAR, JHUN", "OS", "HS-15038", "A")]
    body = ("Dear Mr. Papadakis,\n\nThe appraisal results:\n\n" + "".join(
        f"{n} ({r}, ID {i}): {g} - re-hire\n" for n, r, i, g in rows) + "\nKengo\n")
    v = judge_mail(make_mail(to=["crewing@manning-example.gr"], body=body, subject="Appraisal"))
    assert v.action >= Action.HOLD


def test_an_english_list_of_vessels_with_their_ids_is_no_roster():
    rows = [("CAMELLIA PIONEER", "IMO 9412345"), ("SAKURA HOTEL", "ID 22"),
            ("AOBA MARU", "IMO 9123456")]
    body = ("Dear Mr. Papadakis,\n\nThe fleet:\n\n" + "".join(
        f"{n} ({i}): in service\n" for n, i in rows) + "\nKengo\n")
    v = judge_mail(make_mail(to=["crewing@manning-example.gr"], body=body, subject="Fleet"))
    assert v.action < Action.DELAY
