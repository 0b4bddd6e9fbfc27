"""Each recognizer: true positives (body text, full-width forms, tables) and true
negatives (checksum failures, numbers labelled as something else, JAN codes, amounts,
dates that are no birth dates…), through the detector's own per-part scan."""

import pytest

from mailguard.detect.entities.base import ScanTimeout
from mailguard.detect.normalize import context_view, fold, fold_and_view
from mailguard.detect.personal_data import recognizers, scan_part
from mailguard.extract.base import Table, TextPart

MIN = 0.6  # the shipped rules' usual threshold


def found(text: str, where: str = "attachment:x.txt", table: Table | None = None,
          minimum: float = MIN) -> list[tuple[str, str]]:
    ps = scan_part(TextPart(where, text, table=table), recognizers())
    return [(f.type, f.masked) for f in ps.found if f.confidence >= minimum]


def types(text: str, **kw) -> set[str]:
    return {t for t, _ in found(text, **kw)}


# -- folding ---------------------------------------------------------------------------

def test_fold_is_length_preserving_and_maps_full_width_forms():
    text = "携帯：０９０ー１２３４ー５６７８　ＴＥＬ　ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ データベース"
    out = fold(text)
    assert len(out) == len(text)
    assert "090-1234-5678" in out and "TEL" in out and "taro@example.jp" in out
    assert "データベース" in out  # ー inside katakana stays


def test_context_view_maps_half_width_katakana_back():
    folded = fold("ﾏｲﾅﾝﾊﾞｰ：1234")
    view = context_view(folded)
    assert view.text.startswith("マイナンバー")
    i = view.text.index("1234")
    assert folded[view.to_original(i):].startswith("1234")


@pytest.mark.parametrize("text", [
    "いつもお世話になっております。サーバーの件です。",        # nothing to fold
    "会議は　3階の　第2会議室で",                                # ideographic spaces
    "内線 090ー1234ー5678 まで",                                 # ー between ASCII digits
    "会議は　３階の　第２会議室で",                              # and full-width digits
    "携帯：０９０ー１２３４ー５６７８",                           # ー between digits
    "電話 090‐1234−5678 ／ ㈱エグザンプル ①",                    # dashes, compatibility forms
    "ﾏｲﾅﾝﾊﾞｰ：１２３４ ５６７８ ９０１８",                          # half-width kana
])
def test_fold_and_view_is_fold_then_context_view(text):
    folded, view = fold_and_view(text)
    expected = context_view(fold(text))
    assert folded == fold(text)
    assert view.text == expected.text and view.identity == expected.identity
    assert [view.to_original(i) for i in range(len(view.text))] == \
        [expected.to_original(i) for i in range(len(expected.text))]


# -- JP_MY_NUMBER ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "マイナンバー：1234 5678 9018",
    "個人番号 1234-5678-9018 です",
    "マイナンバー：123456789018",
    "個人番号：１２３４－５６７８－９０１８",        # full-width digits and hyphens
    "個人番号：１２３４ー５６７８ー９０１８",        # the long-vowel mark typed as a hyphen
    "ﾏｲﾅﾝﾊﾞｰ 111111111118",                         # half-width katakana label
    "My Number: 1234 5678 9018",
    "年末調整の書類です。\n\n山田 太郎\n123456789018",  # topic word in the window
])
def test_my_number_found(text):
    assert ("JP_MY_NUMBER", next(m for t, m in found(text) if t == "JP_MY_NUMBER")) in \
        found(text)


def test_my_number_masked_like_the_spec():
    assert found("マイナンバー：1234 5678 9018") == [("JP_MY_NUMBER", "1234 **** ****")]
    assert found("個人番号：１２３４－５６７８－９０１８") == [("JP_MY_NUMBER", "1234-****-****")]


@pytest.mark.parametrize("text", [
    "マイナンバー：123456789012",          # check digit fails
    "マイナンバー：1234 5678 9013",
    "ご注文番号：123456789018",            # checksum-valid, but labelled an order number
    "伝票番号 1234-5678-9018",
    "追跡番号：123456789018",
    "お問い合わせ伝票番号：111111111118",
    "TEL 123456789018",
    "123456789018円",                      # an amount
    "番号 123456789018",                   # checksum-valid, no context: scores low
])
def test_my_number_not_found(text):
    assert "JP_MY_NUMBER" not in types(text)


def test_my_number_in_a_table_column():
    table = Table(("氏名", "マイナンバー"), (("山田 太郎", "123456789018"),
                                          ("鈴木 花子", "123456789012")))
    got = found("氏名,マイナンバー\n山田 太郎,123456789018\n鈴木 花子,123456789012",
                table=table)
    assert got.count(("JP_MY_NUMBER", "1234********")) >= 1
    assert all(m != "1234********" or t == "JP_MY_NUMBER" for t, m in got)


def test_order_number_column_is_negative_context():
    table = Table(("注文番号", "品名"), (("123456789018", "ペン"), ("111111111118", "紙")))
    assert "JP_MY_NUMBER" not in types("注文番号,品名\n123456789018,ペン\n111111111118,紙",
                                       table=table, minimum=0.0)


# -- JP_CORPORATE_NUMBER ---------------------------------------------------------------

def test_invoice_registration_number_is_a_corporate_number():
    assert found("登録番号：T7000012050002") == [("JP_CORPORATE_NUMBER", "T7000*********")]
    assert types("法人番号 1180301018771") == {"JP_CORPORATE_NUMBER"}
    assert types("法人番号 1180301018772") == set()


def test_jan_codes_are_not_corporate_or_card_numbers():
    for text in ("JAN 4912345678904", "4912345678904 の商品", "JANコード：4901234567894"):
        assert types(text, minimum=0.0) == set(), text


# -- CREDIT_CARD -----------------------------------------------------------------------

@pytest.mark.parametrize("text,masked", [
    ("カード番号：4111 1111 1111 1111", "4111 **** **** 1111"),
    ("カード番号 5555-5555-5555-4444 有効期限 12/28", "5555-****-****-4444"),
    ("クレジットカード：378282246310005", "3782*******0005"),
    ("決済は 3530-1113-3330-0000 でお願いします", "3530-****-****-0000"),
    ("カード番号：４１１１　１１１１　１１１１　１１１１", "4111 **** **** 1111"),
])
def test_card_found(text, masked):
    assert ("CREDIT_CARD", masked) in found(text)


@pytest.mark.parametrize("text", [
    "カード番号：4111 1111 1111 1112",       # Luhn fails
    "注文番号：4111111111111111",            # labelled as an order number
    "1234567812345670",                      # Luhn passes, no issuer
])
def test_card_not_found(text):
    assert "CREDIT_CARD" not in types(text)


# -- PHONE_NUMBER ----------------------------------------------------------------------

@pytest.mark.parametrize("text,masked", [
    ("携帯：090-1234-5678", "090-****-5678"),
    ("TEL 03-1234-5678", "03-****-5678"),
    ("電話：０９０－１２３４－５６７８まで", "090-****-5678"),
    ("Phone: +81 90-1234-5678", "+81 90-****-5678"),
    ("フリーダイヤル 0120-123-456", "0120-***-456"),
])
def test_phone_found(text, masked):
    assert ("PHONE_NUMBER", masked) in found(text)


@pytest.mark.parametrize("text", [
    "注文番号：0312345678",
    "郵便番号 100-0001",
    "会議は 2025-01-15 10:00 から",
    "数量 1,234,567 個",
])
def test_phone_not_found(text):
    assert "PHONE_NUMBER" not in types(text)


def test_national_numbers_read_directly_as_libphonenumber_parses_them():
    """The shortcut for 0… numbers (phone._parse) gives phonenumbers.parse's answer,
    for every prefix 00-09 (010 is the international prefix), 9 to 12 digits, any
    hyphenation: if a new phonenumbers release parses them otherwise, this fails."""
    import random

    import phonenumbers

    from mailguard.detect.entities.phone import _SINGLE, _parse

    rnd = random.Random(3)
    checked = 0
    while checked < 10000:
        digits = "0" + "".join(rnd.choice("0123456789") for _ in range(rnd.randint(8, 11)))
        cuts = sorted(rnd.sample(range(1, len(digits)), rnd.randint(0, 3)))
        text = "-".join(digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)], strict=True))
        if not _SINGLE.fullmatch(text):
            continue
        checked += 1
        try:
            expected = phonenumbers.parse(text, "JP")
        except phonenumbers.NumberParseException:
            with pytest.raises(phonenumbers.NumberParseException):
                _parse(text)
            continue
        assert _parse(text) == expected, text


def test_bare_digit_runs_judged_as_libphonenumber_s_matcher_judges_them():
    """A run of bare digits skips the matcher when it is no valid number as a whole
    (phone._phones_in): the matcher must find nothing in those either."""
    import random

    import phonenumbers

    from mailguard.detect.entities import phone

    rnd = random.Random(5)
    seeds = ["0312345678", "09012345678", "0120123456", "01014155550100", "8190123456789",
             "0081312345678", "14155550100"]
    for _ in range(3000):
        digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(0, 4)))
        text = (digits + rnd.choice(seeds) + digits[::-1])[:20] if rnd.random() < 0.6 else \
            "".join(rnd.choice("0123456789") for _ in range(rnd.randint(10, 20)))
        e164 = phonenumbers.PhoneNumberFormat.E164
        matches = phonenumbers.PhoneNumberMatcher(text, "JP",
                                                  leniency=phonenumbers.Leniency.VALID)
        expected = tuple((m.start, m.end, phonenumbers.format_number(m.number, e164))
                         for m in matches)
        assert phone._phones_in.__wrapped__(text) == expected, text


# -- EMAIL_ADDRESS ---------------------------------------------------------------------

def test_email_found_and_masked():
    assert found("連絡先 taro.suzuki@example.com まで") == [("EMAIL_ADDRESS",
                                                            "t***@example.com")]
    assert found("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ") == [("EMAIL_ADDRESS",
                                                  "t***@example.co.jp")]


@pytest.mark.parametrize("text", ["@channel 各位", "user@localhost", "a..b@example.com は無効",
                                  "twitter: @example"])
def test_email_not_found(text):
    assert "EMAIL_ADDRESS" not in types(text)


# -- JP_ADDRESS ------------------------------------------------------------------------

@pytest.mark.parametrize("text,masked", [
    ("住所：〒100-0001 東京都千代田区千代田1-1", "東京都千代田区****"),
    ("大阪府大阪市北区梅田3丁目1番1号", "大阪府大阪市****"),
    ("北海道札幌市中央区北1条西2丁目1番地", "北海道札幌市****"),
    ("神奈川県横浜市西区みなとみらい２－３－１", "神奈川県横浜市****"),
])
def test_address_found(text, masked):
    assert ("JP_ADDRESS", masked) in found(text)


@pytest.mark.parametrize("text", ["東京都港区で開催します。参加者3名", "大阪府の売上は前年比112%",
                                  "福岡県内の店舗"])
def test_place_names_are_no_address(text):
    assert "JP_ADDRESS" not in types(text)


# -- JP_BANK_ACCOUNT -------------------------------------------------------------------

def test_bank_account_found():
    assert found("みずほ銀行 丸の内支店 普通 1234567") == [("JP_BANK_ACCOUNT", "*****67")]
    assert types("口座番号：7654321（当座）") == {"JP_BANK_ACCOUNT"}


def test_bank_words_without_an_account_number():
    assert types("普通は翌日に届きます。当座の対応として1234円を計上") == set()


# -- identity documents and insurance --------------------------------------------------

@pytest.mark.parametrize("text,typ", [
    ("運転免許証番号：301234567890", "JP_DRIVERS_LICENSE"),
    ("免許証番号 第３０１２３４５６７８９０号", "JP_DRIVERS_LICENSE"),
    ("旅券番号：TK1234567", "JP_PASSPORT"),
    ("パスポート番号 ＴＺ７６５４３２１", "JP_PASSPORT"),
    ("在留カード番号：AB12345678CD", "JP_RESIDENCE_CARD"),
    ("基礎年金番号：1234-567890", "JP_BASIC_PENSION_NUMBER"),
    ("健康保険証 記号：1234 番号：56", "JP_HEALTH_INSURANCE"),
    ("被保険者番号 12345678", "JP_HEALTH_INSURANCE"),
])
def test_identity_numbers_found(text, typ):
    assert typ in types(text)


@pytest.mark.parametrize("text", [
    "301234567890",                 # 12 digits, no licence word
    "型番 TK1234567",               # letters and digits, no passport word
    "AB12345678CD",
    "管理番号 1234-567890",
])
def test_identity_numbers_need_context(text):
    assert types(text) & {"JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD",
                          "JP_BASIC_PENSION_NUMBER"} == set()


# -- DATE_OF_BIRTH ---------------------------------------------------------------------

@pytest.mark.parametrize("text,masked", [
    ("生年月日：1985年4月12日", "****年*月**日"),
    ("生年月日 平成元年1月8日", "平成*年*月*日"),
    ("生年月日：昭和60年4月12日", "昭和**年*月**日"),
    ("誕生日 1990/04/01", "****/**/**"),
    ("生年月日：S60.4.12", "S**.*.**"),
    ("令和元年5月1日生まれ", "令和*年*月*日"),
    ("生年月日：１９８５年４月１２日", "****年*月**日"),
])
def test_birth_date_found(text, masked):
    assert ("DATE_OF_BIRTH", masked) in found(text)


@pytest.mark.parametrize("text", [
    "会議は2024年5月12日に開催します",
    "納期：2025/06/30",
    "契約日：平成30年4月1日",
    "生年月日：平成32年1月1日",      # 平成 ended in its 31st year
    "生年月日：1985年2月30日",       # no such day
    "生年月日：　　年　　月　　日",   # a blank form
])
def test_dates_that_are_no_birth_dates(text):
    assert "DATE_OF_BIRTH" not in types(text)


# -- PERSON_NAME -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["氏名：山田 太郎", "お名前　ヤマダ タロウ",
                                  "氏名（漢字）：鈴木花子",
                                  "Name: Taro Yamada", "氏名：木村 花子"])
def test_labelled_names(text):
    assert "PERSON_NAME" in types(text)


@pytest.mark.parametrize("text", ["氏名をご記入ください", "お名前：", "氏名：未定", "名前の変更"])
def test_labels_without_a_name(text):
    assert "PERSON_NAME" not in types(text)


def test_name_masked_to_its_first_character():
    assert found("氏名：山田 太郎") == [("PERSON_NAME", "山* **")]


# -- SENSITIVE_CATEGORY ----------------------------------------------------------------

def test_sensitive_terms_and_generic_words():
    assert "SENSITIVE_CATEGORY" in types("既往歴：高血圧")
    assert "SENSITIVE_CATEGORY" in types("身体障害者手帳 2級")
    # 障害 in business mail is a system failure
    assert "SENSITIVE_CATEGORY" not in types("サーバー障害が発生しました。障害対応中です。")


# -- tables ----------------------------------------------------------------------------

def test_table_rows_are_read_by_their_headers():
    table = Table(("No", "氏名", "フリガナ", "電話番号", "住所", "生年月日"), tuple(
        (str(i), f"山田 太郎{i}", "ヤマダ タロウ", f"090-1234-{5670 + i}",
         f"東京都新宿区西新宿2-8-{i}", f"1980/01/{i + 1:02d}") for i in range(1, 6)))
    ps = scan_part(TextPart("attachment:名簿.xlsx", "", table=table), recognizers())
    rows = {f.row for f in ps.found}
    assert rows == {0, 1, 2, 3, 4}
    by_type = {f.type for f in ps.found}
    assert {"PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"} <= by_type


def test_full_width_table_cells():
    table = Table(("氏名", "電話番号"), (("山田 太郎", "０９０－１２３４－５６７８"),))
    assert ("PHONE_NUMBER", "090-****-5678") in found("", table=table)


# -- never fail open -------------------------------------------------------------------

def test_a_timeout_marks_the_part_incomplete(monkeypatch):
    from mailguard.detect.entities import my_number

    def boom(*a, **k):
        raise ScanTimeout("test")

    monkeypatch.setattr(my_number, "finditer", boom)
    ps = scan_part(TextPart("body", "マイナンバー 123456789018"), recognizers())
    assert ps.incomplete
