"""Personal data through the real path: raw mail → parse → extract → rules → verdict."""

import csv
import io
import json

from mailfactory import judge_mail, make_mail, rules_fired
from pii_corpus import corpus

from mailguard.app import build_engine
from mailguard.config import parse_settings
from mailguard.pipeline import judge
from mailguard.policy.verdict import Action

SIG = ("\n\n--\n山田 太郎\n株式会社エグザンプル 営業部\n〒100-0005 東京都千代田区丸の内1-2-3\n"
       "TEL: 03-5555-1234\nMail: taro@example.co.jp\n")
TO = ["sato@customer.co.jp"]


def finding(v, rule):
    return next(f for f in v.findings if f.rule == rule)


def csv_bytes(rows, encoding="cp932"):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def test_my_number_in_the_body_is_held_and_masked():
    body = "佐藤様\n\nマイナンバー：１２３４－５６７８－９０１８\n" + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.HOLD
    f = finding(v, "my-number")
    assert f.where == "body"
    assert f.entities[0].type == "JP_MY_NUMBER" and f.entities[0].examples == ("1234-****-****",)
    out = json.dumps(v.to_json(), ensure_ascii=False)
    assert "5678" not in out and "９０１８" not in out and "9018" not in out


def test_order_and_tracking_numbers_pass():
    body = ("佐藤様\n\nご注文番号：123456789018\nお問い合わせ伝票番号：111111111118\n"
            "合計金額：1,234,567円（税込）\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert not {r for r in rules_fired(v) if r in ("my-number", "personal-record",
                                                   "personal-data-list")}
    assert v.action == Action.PASS


def test_customer_list_csv_in_shift_jis_is_held():
    rows = [["氏名", "フリガナ", "電話番号", "住所"]] + [
        [name, "スズキ ハナコ", f"090-1111-{2200 + i}", f"東京都新宿区西新宿2-8-{i}"]
        for i, name in enumerate(["鈴木 花子", "佐藤 翔太", "高橋 大輔", "田中 陽子", "伊藤 健一",
                                  "渡辺 美咲", "山本 愛", "中村 隆"], start=1)]
    raw = make_mail(to=TO, body="佐藤様\n\n一覧を送ります。" + SIG,
                    attachments=[("顧客リスト.csv", csv_bytes(rows), "text/csv")])
    v = judge_mail(raw)
    f = finding(v, "personal-data-list")
    assert f.action == Action.HOLD and f.where == "attachment:顧客リスト.csv"
    assert "8" in f.message
    assert "090-1111-2201" not in json.dumps(v.to_json(), ensure_ascii=False)


def test_xlsx_list_is_held():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2024年度 会員名簿"])
    ws.append(["氏名", "生年月日", "携帯電話"])
    for i, name in enumerate(["高橋 陽子", "田中 一郎", "伊藤 美咲", "渡辺 直樹", "中村 恵子",
                              "小林 拓也"]):
        ws.append([name, f"1985/04/{i + 10}", f"080-2222-{3300 + i}"])
    buf = io.BytesIO()
    wb.save(buf)
    raw = make_mail(to=TO, body="名簿です。" + SIG, attachments=[(
        "会員名簿.xlsx", buf.getvalue(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    v = judge_mail(raw)
    f = finding(v, "personal-data-list")
    assert f.where.startswith("attachment:会員名簿.xlsx")
    assert {e.type for e in f.entities} >= {"PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"}


def test_internal_mail_with_my_number_is_not_held_by_external_rules():
    v = judge_mail(make_mail(to=["jinji@example.co.jp"],
                             body="人事部各位\n\nマイナンバー：123456789018\n" + SIG))
    assert "my-number" not in rules_fired(v)


def test_invoice_with_t_number_and_company_account_passes_with_a_note():
    body = ("佐藤様\n\n請求書を送付します。\nお振込先：みずほ銀行 丸の内支店 普通 1234567\n"
            "登録番号：T7000012050002\nご請求金額：1,234,567円\n" + SIG)
    v = judge_mail(make_mail(to=TO, body=body))
    assert v.action == Action.PASS
    f = finding(v, "corporate-number")
    assert f.action == Action.PASS and f.entities[0].examples == ("T7000*********",)


def test_signature_and_reply_pass():
    body = ("鈴木様\n\nお申込みありがとうございます。受付いたしました。" + SIG + "\n"
            "> 氏名：鈴木 花子\n> 電話：090-1111-2222\n> 住所：東京都新宿区西新宿2-8-1\n")
    v = judge_mail(make_mail(to=TO, body=body, subject="Re: お申込み"))
    assert v.action == Action.PASS
    assert not [f for f in v.findings if f.detector == "personal_data"]


def test_sensitive_data_about_a_person_is_held():
    body = "佐藤様\n\n社員 高橋一郎さんの健康診断結果（要精密検査）をお送りします。" + SIG
    v = judge_mail(make_mail(to=TO, body=body))
    assert finding(v, "sensitive-personal-data").action == Action.HOLD


def test_card_number_in_the_subject_is_held():
    v = judge_mail(make_mail(to=TO, subject="カード番号 4111-1111-1111-1111 の件",
                             body="よろしくお願いします。"))
    f = finding(v, "credit-card-number")
    assert f.where == "subject"
    assert f.entities[0].examples == ("4111-****-****-1111",)


def test_labelled_corpus_through_the_rules():
    """The corpus of tests/pii_corpus.py judged with rules/personal-data.toml alone:
    the acceptance bar of message-level recall and false holds."""
    from pathlib import Path

    rules = Path(__file__).resolve().parent.parent / "rules" / "personal-data.toml"
    eng = build_engine(parse_settings(
        f'[organization]\ninternal_domains = ["example.co.jp"]\n'
        f'[rules]\npaths = ["{rules.as_posix()}"]\n'))
    samples = corpus()
    assert len(samples) >= 300
    must_hold = [s for s in samples if s.expect == "hold"]
    must_pass = [s for s in samples if s.expect == "pass"]
    assert 0.4 < len(must_hold) / len(samples) < 0.6
    held = {s.id for s in samples if judge(s.raw, eng).action >= Action.DELAY}
    recall = sum(s.id in held for s in must_hold) / len(must_hold)
    false_hold = sum(s.id in held for s in must_pass) / len(must_pass)
    assert recall >= 0.97, sorted(s.id for s in must_hold if s.id not in held)
    assert false_hold <= 0.02, sorted(s.id for s in must_pass if s.id in held)


def test_internal_mail_is_not_read_further_when_no_rule_looks_at_it():
    """The shipped rules all look at mail that leaves: a list sent inside is not
    extracted at all; the same list to a client is, and so is the list sent inside
    when a site's override gives a rule scope "any"."""
    from mailfactory import engine_for

    from mailguard.extract.base import Extraction

    rows = "\n".join(f"社員{i}\t0{i}0-1234-56{i:02d}\t{i}@gmail.com" for i in range(1, 9))
    raw = make_mail(to=["hanako@example.co.jp"], body="氏名\t携帯\tメール\n" + rows)
    calls: list[int] = []

    def counting(pm, limits):
        calls.append(1)
        return Extraction()

    engine = engine_for()
    assert judge(raw, engine, extractor=counting).action == Action.PASS
    assert calls == []
    external = make_mail(to=["sato@client.example"], body="氏名\t携帯\tメール\n" + rows)
    judge(external, engine, extractor=counting)
    assert calls == [1]
    # a site that has a rule look at internal mail too gets it read
    inside = engine_for('[rules.override.personal-data-list]\nscope = "any"\n')
    assert judge(raw, inside).action == Action.HOLD
