"""A labelled corpus of Japanese business mail for the personal-data detector.

``corpus()`` generates the same messages every time (a seeded generator, no files): about
half that must be held (My Numbers, card numbers, customer lists in CSV/XLSX attachments
and pasted into the body, records, special-care data about a named person, identity
document numbers, full-width forms) and half that must pass (signatures, order and
tracking numbers that happen to pass the My Number check, JAN codes, invoice numbers
with T-numbers and the company's bank account, amounts, meeting dates, a single name in
a reply, quoted text, system-failure notices, internal HR mail).

Each ``Sample`` carries the raw RFC 5322 bytes (judged through ``mailguard.pipeline``
with the rules), the expected message-level decision, and the entity types that a
perfect scan would count (outside quoted text and the sender's signature), for the
per-type precision and recall of ``bench/bench_pii.py``.  Numbers are made up, with
valid check digits where the sample needs them.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr

from mailguard.detect import checksums

SENDER = "taro.yamada@example.co.jp"
SENDER_NAME = "山田 太郎"
INTERNAL = "example.co.jp"



def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = _words("佐藤 鈴木 高橋 田中 伊藤 渡辺 中村 小林 加藤 吉田 山本 松本 井上 木村 林 清水 "
                  "山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田")
GIVEN = _words("翔太 大輔 健一 陽子 美咲 花子 一郎 直樹 由美 恵子 拓也 愛 真一 裕子 達也 "
               "智子 浩二 明美 隆 彩")
KANA_SURNAMES = _words("サトウ スズキ タカハシ タナカ イトウ ワタナベ ナカムラ コバヤシ")
KANA_GIVEN = _words("ショウタ ダイスケ ケンイチ ヨウコ ミサキ ハナコ イチロウ ナオキ")
COMPANIES = ("株式会社アルファ商事", "ベータ工業株式会社", "合同会社ガンマ", "デルタ物流株式会社",
             "株式会社イプシロン", "ゼータ電機株式会社")
PLACES = (("東京都", "千代田区", "丸の内"), ("東京都", "新宿区", "西新宿"),
          ("大阪府", "大阪市北区", "梅田"), ("神奈川県", "横浜市西区", "みなとみらい"),
          ("愛知県", "名古屋市中村区", "名駅"), ("福岡県", "福岡市博多区", "博多駅前"),
          ("北海道", "札幌市中央区", "北一条西"), ("京都府", "京都市下京区", "烏丸通"),
          ("埼玉県", "さいたま市大宮区", "桜木町"), ("兵庫県", "神戸市中央区", "三宮町"))
CUSTOMER_DOMAINS = ("customer.co.jp", "client-corp.jp", "partner.co.jp", "torihiki.com")

FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ@.",
                   "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ＠．")


def fullwidth(s: str) -> str:
    return s.translate(FW)


@dataclass
class Sample:
    id: str
    expect: str                      # "hold" or "pass"
    kind: str                        # template name
    raw: bytes
    types: frozenset[str] = field(default_factory=frozenset)


class Gen:
    """Random but reproducible personal data."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def name(self) -> str:
        return f"{self.pick(SURNAMES)} {self.pick(GIVEN)}"

    def kana(self) -> str:
        return f"{self.pick(KANA_SURNAMES)} {self.pick(KANA_GIVEN)}"

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.pick(first) + "".join(self.pick("0123456789") for _ in range(n - 1))

    def my_number(self, valid: bool = True) -> str:
        base = self.digits(11)
        check = checksums.my_number_check_digit(base)
        if not valid:
            check = (check + self.r.randint(1, 9)) % 10
        return base + str(check)

    def valid_12_not_labelled(self) -> str:
        """A 12-digit order/tracking number that happens to pass the My Number check."""
        return self.my_number(True)

    def card(self) -> str:
        prefix, length = self.pick((("4", 16), ("5", 16), ("3530", 16), ("37", 15), ("4", 16)))
        if prefix == "5":
            prefix = "5" + self.pick("12345")
        body = prefix + "".join(self.pick("0123456789")
                                for _ in range(length - len(prefix) - 1))
        for d in "0123456789":
            if checksums.luhn_valid(body + d):
                return body + d
        raise AssertionError("unreachable")

    def corporate(self) -> str:
        base = self.digits(12)
        return str(checksums.corporate_check_digit(base)) + base

    def jan(self) -> str:
        body = self.pick(("45", "49")) + "".join(self.pick("0123456789") for _ in range(10))
        for d in "0123456789":
            if checksums.ean_valid(body + d):
                return body + d
        raise AssertionError("unreachable")

    def mobile(self) -> str:
        return f"{self.pick(('090', '080', '070'))}-{self.digits(4)}-{self.digits(4)}"

    def landline(self) -> str:
        return self.pick((f"03-{self.digits(4)}-{self.digits(4)}",
                          f"06-{self.digits(4)}-{self.digits(4)}",
                          f"045-{self.digits(3)}-{self.digits(4)}",
                          f"052-{self.digits(3)}-{self.digits(4)}"))

    def address(self) -> str:
        pref, city, town = self.pick(PLACES)
        n = f"{self.r.randint(1, 5)}-{self.r.randint(1, 30)}-{self.r.randint(1, 20)}"
        if self.r.random() < 0.3:
            n = f"{self.r.randint(1, 5)}丁目{self.r.randint(1, 30)}番{self.r.randint(1, 20)}号"
        return f"{pref}{city}{town}{n}"

    def postal(self) -> str:
        return f"〒{self.digits(3)}-{self.digits(4, '0123456789')}"

    def birth(self) -> str:
        y, m, d = self.r.randint(1950, 2003), self.r.randint(1, 12), self.r.randint(1, 28)
        style = self.r.randint(0, 3)
        if style == 0:
            return f"{y}年{m}月{d}日"
        if style == 1:
            return f"{y}/{m:02d}/{d:02d}"
        if y >= 1989:
            ey = y - 1988
            return f"平成{'元' if ey == 1 else ey}年{m}月{d}日"
        return f"昭和{y - 1925}年{m}月{d}日"

    def email(self, domain: str | None = None) -> str:
        local = self.pick(("k.sato", "suzuki.h", "tanaka", "m-ito", "watanabe.y", "nakamura"))
        domain = domain or self.pick(("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"))
        return f"{local}{self.r.randint(1, 99)}@{domain}"


# -- fragments: (text, types a perfect scan counts) ---------------------------------------

Frag = tuple[str, frozenset[str]]
NONE: frozenset[str] = frozenset()


def signature(g: Gen) -> str:
    pref, city, town = g.pick(PLACES)
    style = g.r.randint(0, 2)
    lines = [f"{SENDER_NAME}", "株式会社エグザンプル 営業部",
             f"{g.postal()} {pref}{city}{town}1-2-3 エグザンプルビル5F",
             f"TEL: 03-5555-{g.digits(4)}  FAX: 03-5555-{g.digits(4)}",
             f"Mail: {SENDER}"]
    if style == 0:
        return "\n\n--\n" + "\n".join(lines) + "\n"
    if style == 1:
        bar = "━" * 24
        return f"\n\n{bar}\n" + "\n".join(lines) + f"\n{bar}\n"
    return "\n\n" + "\n".join(lines) + "\n"


def opening(g: Gen, to_name: str | None = None) -> str:
    company = g.pick(COMPANIES)
    person = to_name or g.pick(SURNAMES)
    return (f"{company}\n{person}様\n\nいつも大変お世話になっております。\n"
            f"株式会社エグザンプルの山田です。\n\n")


def closing() -> str:
    return "\n\n何卒よろしくお願いいたします。"


def mail(g: Gen, subject: str, body: str, *, to: str | None = None,
         attachments: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:
    msg = EmailMessage()
    msg["From"] = formataddr((SENDER_NAME, SENDER))
    msg["To"] = to or f"{g.pick(('sato', 'info', 'tanaka', 'eigyo'))}@{g.pick(CUSTOMER_DOMAINS)}"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{g.r.getrandbits(48):x}@example.co.jp>"
    msg.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def csv_bytes(rows: list[list[str]], encoding: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def xlsx_bytes(rows: list[list[str]], title_rows: int = 0) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "名簿"
    for _ in range(title_rows):
        ws.append(["2024年度 顧客一覧（社外秘）"])
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# -- must-hold templates ---------------------------------------------------------------


def h_my_number_body(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    n = g.my_number()
    form = g.r.randint(0, 4)
    shown = {0: f"{n[:4]} {n[4:8]} {n[8:]}", 1: f"{n[:4]}-{n[4:8]}-{n[8:]}", 2: n,
             3: fullwidth(f"{n[:4]}-{n[4:8]}-{n[8:]}"), 4: fullwidth(n)}[form]
    label = g.pick(("マイナンバー", "個人番号", "マイナンバー（個人番号）", "My Number"))
    who = g.name()
    body = (opening(g) + f"年末調整の書類について、ご本人確認のため下記をお送りします。\n\n"
            f"氏名：{who}\n{label}：{shown}\n" + closing() + signature(g))
    return "年末調整の件", mail(g, "年末調整の件", body), frozenset({"JP_MY_NUMBER", "PERSON_NAME"})


def h_my_number_csv(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    rows = [["社員番号", "氏名", "マイナンバー"]]
    for i in range(g.r.randint(3, 12)):
        rows.append([f"A{1000 + i}", g.name(), g.my_number()])
    enc = g.pick(("cp932", "utf-8-sig"))
    body = opening(g) + "扶養控除等申告書の対象者一覧を添付いたします。" + closing() + signature(g)
    raw = mail(g, "扶養控除の対象者一覧", body,
               attachments=(("対象者一覧.csv", csv_bytes(rows, enc), "text/csv"),))
    return "扶養控除", raw, frozenset({"JP_MY_NUMBER", "PERSON_NAME"})


def h_card(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    c = g.card()
    form = g.r.randint(0, 3)
    if len(c) == 15:
        grouped = f"{c[:4]} {c[4:10]} {c[10:]}"
    else:
        grouped = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    shown = {0: grouped, 1: grouped.replace(" ", "-"), 2: c, 3: fullwidth(grouped)}[form]
    body = (opening(g) + "お申込みの決済について、下記カードでお願いいたします。\n\n"
            f"カード番号：{shown}\n有効期限：{g.r.randint(1, 12):02d}/{g.r.randint(26, 30)}\n"
            + closing() + signature(g))
    return "決済情報", mail(g, "お支払いカードの件", body), frozenset({"CREDIT_CARD"})


def _people_rows(g: Gen, n: int, cols: tuple[str, ...]) -> list[list[str]]:
    rows = [list(cols)]
    for _ in range(n):
        row = []
        for c in cols:
            row.append({"氏名": g.name, "フリガナ": g.kana, "電話番号": g.mobile,
                        "携帯電話": g.mobile, "住所": g.address, "生年月日": g.birth,
                        "メールアドレス": g.email, "No": lambda: str(g.r.randint(1, 999)),
                        "会社名": lambda: g.pick(COMPANIES), "性別": lambda: g.pick("男女"),
                        "Name": lambda: f"{g.pick(KANA_SURNAMES)}"}[c]())
        rows.append(row)
    return rows


_COLSETS = (("No", "氏名", "フリガナ", "電話番号", "住所"), ("氏名", "生年月日", "住所"),
            ("氏名", "メールアドレス", "携帯電話"), ("No", "氏名", "性別", "生年月日", "電話番号"),
            ("会社名", "氏名", "電話番号", "メールアドレス"))


def _types_of(cols: tuple[str, ...]) -> frozenset[str]:
    m = {"氏名": "PERSON_NAME", "フリガナ": "PERSON_NAME", "電話番号": "PHONE_NUMBER",
         "携帯電話": "PHONE_NUMBER", "住所": "JP_ADDRESS", "生年月日": "DATE_OF_BIRTH",
         "メールアドレス": "EMAIL_ADDRESS"}
    return frozenset(m[c] for c in cols if c in m)


def h_list_csv(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    cols = g.pick(_COLSETS)
    rows = _people_rows(g, g.r.randint(5, 40), cols)
    enc = g.pick(("cp932", "utf-8-sig", "utf-8", "euc-jp"))
    name = g.pick(("顧客リスト.csv", "会員名簿.csv", "参加者一覧.csv", "list.csv"))
    body = opening(g) + "ご依頼の一覧を添付いたします。ご確認ください。" + closing() + signature(g)
    raw = mail(g, "一覧の送付", body, attachments=((name, csv_bytes(rows, enc), "text/csv"),))
    return "名簿CSV", raw, _types_of(cols)


def h_list_xlsx(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    cols = g.pick(_COLSETS)
    rows = _people_rows(g, g.r.randint(5, 30), cols)
    body = opening(g) + "名簿を添付いたします。" + closing() + signature(g)
    data = xlsx_bytes(rows, title_rows=g.r.randint(0, 1))
    raw = mail(g, "名簿の送付", body, attachments=((
        "名簿.xlsx", data,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),))
    return "名簿XLSX", raw, _types_of(cols)


def h_list_pasted(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    cols = g.pick(_COLSETS)
    rows = _people_rows(g, g.r.randint(5, 15), cols)
    fw = g.r.random() < 0.3
    text = "\n".join("\t".join(fullwidth(c) if fw else c for c in r) for r in rows)
    body = opening(g) + "対象者は以下の通りです。\n\n" + text + closing() + signature(g)
    return "名簿貼付", mail(g, "対象者一覧", body), _types_of(cols)


def h_records_labelled(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    blocks = []
    for i in range(g.r.randint(5, 8)):
        lines = [f"【{i + 1}】", f"氏名：{g.name()}", f"電話：{g.mobile()}"]
        if g.r.random() < 0.6:
            lines.append(f"住所：{g.postal()} {g.address()}")
        blocks.append("\n".join(lines))
    body = (opening(g) + "お申込者の情報を下記の通りお知らせします。\n\n" + "\n\n".join(blocks)
            + closing() + signature(g))
    types = {"PERSON_NAME", "PHONE_NUMBER"}
    if "住所" in body.split("お申込者")[1].split(SENDER_NAME)[0]:
        types.add("JP_ADDRESS")
    return "申込者情報", mail(g, "お申込者情報", body), frozenset(types)


def h_list_lines(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    lines = [f"{i + 1}. {g.name()}様 {g.mobile()} {g.address()}"
             for i in range(g.r.randint(5, 10))]
    body = (opening(g) + "配送先リストです。\n\n" + "\n".join(lines) + closing() + signature(g))
    return "配送先リスト", mail(g, "配送先リスト", body), frozenset(
        {"PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"})


def h_sensitive(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    who = g.name()
    variant = g.r.randint(0, 3)
    if variant == 0:
        text = f"{who}さんの診断書を添付します。病名はうつ病で、3か月の休職が必要とのことです。"
    elif variant == 1:
        text = f"氏名：{who}\n障害者手帳：身体障害者手帳 2級\n配慮事項：車椅子での移動"
    elif variant == 2:
        text = f"{who}様の既往歴について、主治医より連絡がありました。"
    else:
        text = f"社員 {who}さんの健康診断結果（要精密検査）をお送りします。"
    body = opening(g) + text + closing() + signature(g)
    return "要配慮", mail(g, "ご本人の件", body), frozenset({"SENSITIVE_CATEGORY", "PERSON_NAME"})


def h_health_table(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    rows = [["氏名", "所属", "健康診断結果", "既往歴"]]
    for _ in range(g.r.randint(3, 10)):
        rows.append([g.name(), "営業部", g.pick(("異常なし", "要経過観察", "要精密検査")),
                     g.pick(("なし", "高血圧", "糖尿病", "喘息"))])
    body = opening(g) + "健診結果の一覧を送付します。" + closing() + signature(g)
    raw = mail(g, "健診結果", body, attachments=(("健診結果.csv", csv_bytes(rows, "cp932"),
                                                  "text/csv"),))
    return "健診CSV", raw, frozenset({"SENSITIVE_CATEGORY", "PERSON_NAME"})


def h_id_document(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    kind = g.r.randint(0, 4)
    who = g.name()
    if kind == 0:
        line, typ = f"運転免許証番号：{g.r.randint(10, 97)}{g.digits(10, '0123456789')}", \
            "JP_DRIVERS_LICENSE"
    elif kind == 1:
        line, typ = f"旅券番号：T{g.pick('KRZ')}{g.digits(7, '0123456789')}", "JP_PASSPORT"
    elif kind == 2:
        line, typ = (f"在留カード番号：{g.pick(('AB', 'CD', 'EF'))}{g.digits(8, '0123456789')}"
                     f"{g.pick(('EF', 'GH', 'JK'))}"), "JP_RESIDENCE_CARD"
    elif kind == 3:
        line, typ = f"基礎年金番号：{g.digits(4)}-{g.digits(6, '0123456789')}", \
            "JP_BASIC_PENSION_NUMBER"
    else:
        line, typ = (f"健康保険証 記号：{g.digits(4)} 番号：{g.r.randint(1, 999)}\n"
                     f"保険者番号：{g.digits(8)}"), "JP_HEALTH_INSURANCE"
    if g.r.random() < 0.3:
        line = fullwidth(line)
    body = (opening(g) + "入社手続きのため、下記の通りご連絡いたします。\n\n"
            f"氏名：{who}\n{line}\n" + closing() + signature(g))
    return "本人確認", mail(g, "手続きの件", body), frozenset({typ, "PERSON_NAME"})


def h_dob_records(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    lines = []
    for _ in range(g.r.randint(5, 9)):
        lines.append(f"氏名：{g.name()}　生年月日：{g.birth()}　電話：{g.mobile()}")
    body = opening(g) + "参加者の情報です。\n\n" + "\n\n".join(lines) + closing() + signature(g)
    return "参加者", mail(g, "参加者情報", body), frozenset(
        {"PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"})


def h_hard(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    """Harder must-hold forms: labels above a list, half-width kana labels, unlabelled
    grouped card numbers, 和暦 abbreviations, surname/given-name columns, unlabelled
    list lines with mobile numbers."""
    v = g.r.randint(0, 6)
    if v == 0:
        nums = "\n".join(f"{g.name()}　{g.my_number()}" for _ in range(g.r.randint(2, 5)))
        # each number beside its person's name: the names are found too (the analyser)
        text, types = (f"従業員のマイナンバーは以下の通りです。\n\n{nums}",
                       {"JP_MY_NUMBER", "PERSON_NAME"})
    elif v == 1:
        n = g.my_number()
        text, types = f"ﾏｲﾅﾝﾊﾞｰ：{n[:4]}-{n[4:8]}-{n[8:]}", {"JP_MY_NUMBER"}
    elif v == 2:
        c = g.card()
        while len(c) != 16:
            c = g.card()
        text, types = (f"決済は {c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]} でお願いします。",
                       {"CREDIT_CARD"})
    elif v == 3:
        rows = "\n".join(
            f"氏名：{g.name()}　生年月日：S{g.r.randint(30, 63)}.{g.r.randint(1, 12)}."
            f"{g.r.randint(1, 28)}　携帯：{g.mobile()}" for _ in range(5))
        text, types = rows, {"PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"}
    elif v == 4:
        rows = [["姓", "名", "携帯電話", "住所"]]
        for _ in range(g.r.randint(5, 12)):
            sei, mei = g.name().split()
            rows.append([sei, mei, g.mobile(), g.address()])
        body = opening(g) + "名簿を添付します。" + closing() + signature(g)
        raw = mail(g, "名簿", body, attachments=(("members.csv", csv_bytes(rows, "cp932"),
                                                  "text/csv"),))
        return "姓名列", raw, frozenset({"PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"})
    elif v == 5:
        lines = "\n".join(f"{g.name()}　{g.mobile()}　{g.address()}"
                          for _ in range(g.r.randint(5, 9)))
        text, types = f"発送先：\n{lines}", {"PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"}
    else:
        rows = [["氏名", "メールアドレス"]] + [[g.name(), g.email()] for _ in range(8)]
        body = opening(g) + "参加者のメールアドレス一覧です。" + closing() + signature(g)
        raw = mail(g, "参加者", body, attachments=(("参加者.xlsx", xlsx_bytes(rows),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),))
        return "メール一覧", raw, frozenset({"PERSON_NAME", "EMAIL_ADDRESS"})
    body = opening(g) + text + closing() + signature(g)
    return "難例", mail(g, "ご連絡", body), frozenset(types)


HOLD: tuple[tuple[Callable[[Gen], tuple[str, bytes, frozenset[str]]], int], ...] = (
    (h_my_number_body, 22), (h_my_number_csv, 10), (h_card, 18), (h_list_csv, 20),
    (h_list_xlsx, 10), (h_list_pasted, 12), (h_records_labelled, 12), (h_list_lines, 8),
    (h_sensitive, 16), (h_health_table, 6), (h_id_document, 15), (h_dob_records, 6),
    (h_hard, 28),
)

# -- must-pass templates ---------------------------------------------------------------


def p_business(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = (opening(g) + "先日はお打ち合わせのお時間をいただき、ありがとうございました。\n"
            f"次回は{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日（火）14:00〜、"
            "弊社会議室にて実施させていただければと存じます。\n"
            "議事録を添付いたしますので、ご確認ください。" + closing() + signature(g))
    return "打合せ", mail(g, "打ち合わせのお礼", body), NONE


def p_order(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    label = g.pick(("ご注文番号", "注文番号", "受注番号", "オーダー番号"))
    track = g.pick(("お問い合わせ伝票番号", "追跡番号", "送り状番号", "伝票番号"))
    o, t = g.valid_12_not_labelled(), g.valid_12_not_labelled()
    if g.r.random() < 0.3:
        o = f"{o[:4]}-{o[4:8]}-{o[8:]}"
    body = (opening(g) + "ご注文の商品を本日発送いたしました。\n\n"
            f"{label}：{o}\n{track}：{t}\n合計金額：{g.r.randint(1, 9)},{g.digits(3)},"
            f"{g.digits(3, '0123456789')}円（税込）\n" + closing() + signature(g))
    return "発送案内", mail(g, "発送のご案内", body), NONE


def p_invoice(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    corp = g.corporate()
    body = (opening(g) + "今月分のご請求書を送付いたします。\n\n"
            f"請求書番号：INV-{g.digits(6)}\n"
            f"ご請求金額：{g.r.randint(100, 999)},{g.digits(3, '0123456789')}円\n"
            f"お支払期日：2025年{g.r.randint(1, 12)}月末日\n"
            f"お振込先：みずほ銀行 丸の内支店 普通 {g.digits(7)} カ）エグザンプル\n"
            f"登録番号：T{corp}\n" + closing() + signature(g))
    return "請求書", mail(g, "ご請求書の送付", body), frozenset(
        {"JP_BANK_ACCOUNT", "JP_CORPORATE_NUMBER"})


def p_jan(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    lines = [f"・{g.pick(('ボールペン', 'ノート', 'ファイル', 'ホチキス'))} JAN {g.jan()} "
             f"単価 {g.r.randint(100, 999)}円" for _ in range(g.r.randint(2, 6))]
    body = (opening(g) + "新商品の一覧をお送りします。\n\n" + "\n".join(lines)
            + closing() + signature(g))
    return "商品一覧", mail(g, "新商品のご案内", body), NONE


def p_price_csv(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    rows = [["商品コード", "JANコード", "商品名", "単価", "注文番号"]]
    for i in range(g.r.randint(5, 20)):
        rows.append([f"P-{i:04d}", g.jan(), g.pick(("A4用紙", "トナー", "封筒")),
                     str(g.r.randint(100, 9999)), g.valid_12_not_labelled()])
    body = opening(g) + "価格表を添付いたします。" + closing() + signature(g)
    raw = mail(g, "価格表", body, attachments=(("価格表.csv", csv_bytes(rows, "cp932"),
                                                "text/csv"),))
    return "価格表", raw, NONE


def p_reply_quoted(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    who = g.name()
    quoted = "\n".join("> " + x for x in (
        f"氏名：{who}", f"電話：{g.mobile()}", f"住所：{g.address()}",
        f"生年月日：{g.birth()}", "上記で申し込みます。"))
    body = (f"{who.split()[0]}様\n\nお申込みありがとうございます。受付いたしました。"
            + closing() + signature(g) + "\n" + quoted + "\n")
    return "引用返信", mail(g, "Re: 申込み", body), NONE


def p_reply_outlook(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    who = g.name()
    body = (f"{who.split()[0]}様\n\n承知いたしました。手配いたします。" + closing() + signature(g)
            + "\n-----Original Message-----\nFrom: customer\nSent: 2025/01/10\n\n"
            f"氏名：{who}\n携帯：{g.mobile()}\nお届け先：{g.address()}\nよろしくお願いします。\n")
    return "Outlook返信", mail(g, "RE: 手配の件", body), NONE


def p_single_name(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = (opening(g) + f"本件は弊社の{g.pick(SURNAMES)}が担当いたします。"
            "ご不明な点がございましたらお気軽にお問い合わせください。" + closing() + signature(g))
    return "担当者紹介", mail(g, "担当者変更のお知らせ", body), frozenset({"PERSON_NAME"})


def p_contact_intro(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    who = g.name()
    body = (opening(g) + f"後任の担当者をご紹介します。\n\n担当者：{who}\n"
            f"TEL：{g.landline()}\n" + closing() + signature(g))
    return "後任紹介", mail(g, "後任のご紹介", body), frozenset({"PERSON_NAME", "PHONE_NUMBER"})


def p_system_failure(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = (opening(g) + f"本日{g.r.randint(9, 17)}時頃よりサーバー障害が発生しております。"
            "現在、障害対応を進めており、復旧見込みは改めてご連絡いたします。\n"
            "ネットワーク障害の影響範囲：管理画面、API" + closing() + signature(g))
    return "障害報告", mail(g, "【障害】サービス障害のお知らせ", body), NONE


def p_training(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = (opening(g) + "個人情報保護研修のご案内です。要配慮個人情報（人種、信条、病歴、"
            "犯罪歴など）の取り扱いについて解説します。\nマイナンバーの取り扱いも扱います。"
            + closing() + signature(g))
    return "研修案内", mail(g, "研修のご案内", body), frozenset({"SENSITIVE_CATEGORY"})


def p_dates(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = (opening(g) + f"契約日：平成{g.r.randint(20, 30)}年4月1日\n"
            f"納期：2025/{g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d}\n"
            f"更新日：令和{g.r.randint(2, 6)}年3月31日\n" + closing() + signature(g))
    return "契約日程", mail(g, "契約更新のご案内", body), NONE


def p_internal_hr(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    n = g.my_number()
    body = (f"人事部 各位\n\n扶養控除申告書の件、下記の通り登録をお願いします。\n\n"
            f"氏名：{g.name()}\nマイナンバー：{n[:4]} {n[4:8]} {n[8:]}\n" + closing()
            + signature(g))
    return "社内人事", mail(g, "年末調整の登録", body, to=f"jinji@{INTERNAL}"), frozenset(
        {"JP_MY_NUMBER", "PERSON_NAME"})


def p_event(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = (opening(g) + "セミナー会場のご案内です。\n\n"
            f"会場：{g.address()} 第一ビル 3F\nTEL：{g.landline()}\n"
            f"日時：2025年{g.r.randint(1, 12)}月{g.r.randint(1, 28)}日 13:30〜\n"
            + closing() + signature(g))
    return "会場案内", mail(g, "セミナー会場のご案内", body), frozenset(
        {"JP_ADDRESS", "PHONE_NUMBER"})


def p_ids_numbers(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    bad = g.my_number(valid=False)
    body = (opening(g) + f"管理番号 {bad} の件、確認いたしました。\n"
            f"お客様番号：{g.my_number()}\n見積番号：{g.digits(12)}\n"
            f"数量 1,234,567 個、金額 {g.r.randint(1, 9)},{g.digits(3)},{g.digits(3)}円"
            + closing() + signature(g))
    return "番号照会", mail(g, "お見積りの件", body), NONE


def p_english(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = ("Dear Mr. Smith,\n\nThank you for your order #"
            f"{g.valid_12_not_labelled()}. It has been shipped; tracking number "
            f"{g.valid_12_not_labelled()}.\n\nBest regards,\n\n--\nTaro Yamada\n"
            "Example Co., Ltd.\nTel: +81-3-5555-1234\n" + SENDER + "\n")
    return "English", mail(g, "Your order", body), NONE


def p_callback(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    body = (opening(g) + f"先ほど{g.pick(SURNAMES)}様よりお電話があり、折り返しをご希望です。"
            "詳細は弊社窓口までお問い合わせください。" + closing() + signature(g))
    return "折返し依頼", mail(g, "お電話の件", body), frozenset({"PERSON_NAME"})


def p_hard(g: Gen) -> tuple[str, bytes, frozenset[str]]:
    """Harder must-pass forms: a store list (addresses and landlines, no people),
    serial and slip numbers in tables, a blank form, a company's own account, an
    unlabelled checksum-valid ID, a reply naming the customer once."""
    v = g.r.randint(0, 6)
    if v == 0:
        rows = [["店舗名", "住所", "電話番号", "営業時間"]]
        for i in range(g.r.randint(5, 15)):
            rows.append([f"{g.pick(('新宿', '梅田', '博多', '札幌'))}店{i}", g.address(),
                         g.landline(), "10:00-20:00"])
        body = opening(g) + "店舗一覧を添付します。" + closing() + signature(g)
        raw = mail(g, "店舗一覧", body, attachments=(("stores.csv", csv_bytes(rows, "cp932"),
                                                      "text/csv"),))
        return "店舗一覧", raw, frozenset({"JP_ADDRESS", "PHONE_NUMBER"})
    if v == 1:
        rows = [["伝票番号", "品名", "個数", "お届け予定日"]]
        for _ in range(g.r.randint(5, 15)):
            rows.append([g.valid_12_not_labelled(), "精密機器", "1",
                         f"2025/{g.r.randint(1, 12):02d}/{g.r.randint(1, 28):02d}"])
        body = opening(g) + "出荷一覧です。" + closing() + signature(g)
        raw = mail(g, "出荷一覧", body, attachments=(("shipping.csv", csv_bytes(rows, "utf-8"),
                                                      "text/csv"),))
        return "出荷一覧", raw, NONE
    if v == 2:
        text = ("申込書の記入例です。\n\n氏名：\n生年月日：　　年　　月　　日\n"
                "電話番号：\n住所：\n")
        return "記入例", mail(g, "申込書", opening(g) + text + closing() + signature(g)), NONE
    if v == 3:
        text = (f"お振込先：三井住友銀行 本店営業部 当座 {g.digits(7)}\n"
                "口座名義：カ）エグザンプル\n")
        return "振込先", mail(g, "お振込先", opening(g) + text + closing() + signature(g)), \
            frozenset({"JP_BANK_ACCOUNT"})
    if v == 4:
        text = (f"シリアル番号：{g.valid_12_not_labelled()}\n"
                f"製品ID {g.valid_12_not_labelled()} のファームウェアを更新しました。")
        return "シリアル", mail(g, "製品の件", opening(g) + text + closing() + signature(g)), NONE
    if v == 5:
        who = g.pick(SURNAMES)
        text = (f"{who}様のお申込みを受け付けました。担当の{g.pick(SURNAMES)}より"
                "追ってご連絡いたします。")
        return "受付", mail(g, "受付完了", opening(g) + text + closing() + signature(g)), \
            frozenset({"PERSON_NAME"})
    text = (f"会議室：本社 3F 第{g.r.randint(1, 9)}会議室（内線 {g.digits(4)}）\n"
            f"参加費：{g.r.randint(1, 9)},000円\nWeb会議ID：{g.digits(3)} {g.digits(4)} "
            f"{g.digits(4)}\n")
    return "会議", mail(g, "会議のご案内", opening(g) + text + closing() + signature(g)), NONE


PASS: tuple[tuple[Callable[[Gen], tuple[str, bytes, frozenset[str]]], int], ...] = (
    (p_business, 16), (p_order, 16), (p_invoice, 12), (p_jan, 10), (p_price_csv, 8),
    (p_reply_quoted, 12), (p_reply_outlook, 8), (p_single_name, 8), (p_contact_intro, 8),
    (p_system_failure, 8), (p_training, 6), (p_dates, 8), (p_internal_hr, 6), (p_event, 8),
    (p_ids_numbers, 10), (p_english, 6), (p_callback, 6), (p_hard, 28),
)


def corpus(seed: int = 20240) -> list[Sample]:
    """The labelled corpus: 183 messages that must be held, 184 that must pass."""
    g = Gen(seed)
    out: list[Sample] = []
    for expect, table in (("hold", HOLD), ("pass", PASS)):
        for fn, n in table:
            for i in range(n):
                kind, raw, types = fn(g)
                out.append(Sample(f"{expect}-{fn.__name__}-{i:02d}", expect, kind, raw, types))
    return out


PROSE = (
    "先日はご多忙のところ、お打ち合わせのお時間をいただき誠にありがとうございました。",
    "ご依頼いただいておりました資料につきまして、本日付で社内の確認が完了いたしました。",
    "つきましては、添付の資料をご確認いただき、ご不明な点がございましたらお知らせください。",
    "前回の打ち合わせで話題に上がりました運用体制について、弊社内で改めて検討いたしました。",
    "検討の結果、第一段階として現行システムとの並行稼働期間を設けることといたしました。",
    "並行稼働期間中は、週次で進捗を共有させていただきたく存じます。",
    "スケジュールにつきましては、別紙の工程表のとおり進める予定でございます。",
    "なお、工程表は現時点の見込みであり、状況により変更となる可能性がございます。",
    "また、ご要望いただいておりました帳票の出力形式についても対応可能であることを確認しました。",
    "費用面につきましては、前回お見積りの範囲内で対応できる見込みです。",
    "ご確認のうえ、問題がなければ来週中にご返信いただけますと幸いです。",
    "本件に関しまして、社内で関係部署との調整を進めております。",
    "今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。",
    "第3四半期の売上は前年同期比で112%となり、計画を上回る結果となりました。",
    "来期の販売計画については、改めてご相談の場を設けさせていただければと存じます。",
    "研修会は全3回を予定しており、各回とも午後1時から午後5時までの開催となります。",
    "参加をご希望の場合は、申込フォームより今月末までにお手続きください。",
    "セキュリティ対策の一環として、パスワードの定期的な変更をお願いしております。",
    "ご不便をおかけいたしますが、何卒ご理解とご協力のほどお願い申し上げます。",
    "年末年始の営業日につきましては、下記のとおりご案内申し上げます。",
    "12月28日から1月4日までは休業とさせていただきます。",
    "新製品の出荷は4月上旬を予定しており、詳細は追ってご連絡いたします。",
    "品質保証部門での評価試験は予定どおり完了し、すべての項目で基準を満たしております。",
    "契約更新の時期が近づいておりますので、条件の見直しについてご相談させてください。",
    "議事録を作成いたしましたので、内容に相違がないかご確認をお願いいたします。",
    "先方からは、納期を1週間前倒しできないかとのご相談をいただいております。",
    "倉庫の在庫状況を確認したところ、必要数量は確保できる見込みです。",
    "お手数をおかけしますが、ご査収のほどよろしくお願いいたします。",
)


def business_mails(size: int, seed: int = 7, threads: bool = True) -> list[str]:
    """Mail bodies (about ``size`` bytes of UTF-8 in all) of Japanese business mail, for
    the benchmark: prose, an opening and a signature in each, personal data in about one
    in ten (the corpus templates) and, with ``threads``, half of them replies that quote
    the one to three mails before them, as mail clients do."""
    g = Gen(seed)
    fns = [fn for fn, _ in PASS] + [fn for fn, _ in HOLD]
    import email
    import email.policy

    out: list[str] = []
    total = 0
    while total < size:
        paras = []
        for _ in range(g.r.randint(1, 4)):
            paras.append("".join(g.pick(PROSE) for _ in range(g.r.randint(1, 4))))
        body = opening(g) + "\n\n".join(paras) + closing() + signature(g)
        if g.r.random() < 0.1:
            _, raw, _ = g.pick(fns)(g)
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            part = msg.get_body(("plain",))
            body = part.get_content() if part is not None else body
        if threads and g.r.random() < 0.5:
            for _ in range(g.r.randint(1, 3)):
                paras = ["".join(g.pick(PROSE) for _ in range(g.r.randint(1, 4)))
                         for _ in range(g.r.randint(1, 3))]
                prev = opening(g) + "\n\n".join(paras) + closing() + signature(g)
                if g.r.random() < 0.5:
                    body += "\n\n-----Original Message-----\n" + prev
                else:
                    body += "\n\n" + "\n".join("> " + x for x in prev.split("\n"))
        out.append(body)
        total += len(body.encode())
    return out
