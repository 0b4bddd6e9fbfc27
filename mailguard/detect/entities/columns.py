"""Tables: which column holds what, and the entities of each row.

A CSV or spreadsheet sheet (``Table``: header + rows), or a tab/comma block pasted into a
body, is read by its column headers: a column named 氏名/名前/フリガナ/Name holds names,
電話番号/TEL phones, 住所 addresses, 生年月日 birth dates, and so on.  The header is the
label of every cell under it, so a cell is taken on a light check of its own (a phone
that ``phonenumbers`` accepts, a date that exists, a My Number whose check digit holds).
A column whose header names a non-personal number (注文番号, 伝票番号, JAN…) is negative:
its values are dropped from the text scan of that part.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mailguard.detect import checksums
from mailguard.detect.context import NUMBER_NEGATIVE
from mailguard.detect.entities import birth_date, email_address, person_name, phone
from mailguard.detect.entities.address import PREFECTURES, mask_address
from mailguard.detect.entities.base import Found, digits_of, mask_digits, mask_text
from mailguard.detect.entities.sensitive import TERMS
from mailguard.detect.normalize import fold, nfkc

NEGATIVE = "NEGATIVE"
# identifiers whose cells are checked strictly enough (a format, a check digit) that
# their digits, read elsewhere as a phone, are still theirs (a column of free-form
# numbers such as 記号・番号 or 口座番号 may hold a phone where a PDF's columns slipped)
IDENTIFIER_COLUMNS = frozenset({"JP_BASIC_PENSION_NUMBER", "JP_DRIVERS_LICENSE",
                                "JP_MY_NUMBER", "JP_PASSPORT", "JP_RESIDENCE_CARD",
                                "CREDIT_CARD"})
# a person's number inside an organisation (社員番号, 会員番号) or an attribute (年齢, 性別):
# no entity of its own, but a row that has one beside a name is a person's record
ATTRIBUTE = "ATTRIBUTE"

# numbers a recognizer must not take for another type, but that name a personal column
_PERSONAL_NUMBERS = frozenset({"口座番号", "カード番号", "郵便番号", "法人番号"})
# checked in order: the first matching rule names the column
_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (type, words contained, exact words)
    (ATTRIBUTE, ("社員番号", "従業員番号", "職員番号", "会員番号", "顧客番号", "お客様番号",
                 "学籍番号", "患者番号", "利用者番号", "社員コード", "社員id", "社員no",
                 "株主番号", "組合員番号", "加入者番号", "契約者番号", "受験番号", "生徒番号",
                 "入居者番号", "受給者番号", "申請者番号",
                 # the card a person badges in with (入退室ログ: カードID, 社員証番号)
                 "カードid", "icカード", "入館証番号", "社員証番号", "入館カード",
                 # (the half-width kana of a payroll export: ｶﾆｭｳｼｬﾊﾞﾝｺﾞｳ, ｼｬｲﾝﾊﾞﾝｺﾞｳ)
                 "カニュウシャバンゴウ", "シャインバンゴウ", "カイインバンゴウ",
                 "employee id", "employee no", "member no", "customer id", "customer no",
                 "member id", "patient id", "会員id", "患者id",
                 # (as systems export them: emp_no, employee_id, staff_id)
                 "emp_no", "emp no", "emp_id", "empno", "employee_no", "employee_id",
                 "staff_no", "staff_id", "staff no", "staff id",
                 # a person's pay and hours (a payroll's or a timesheet's columns)
                 "時給", "日給", "月給", "基本給", "総支給", "支給額", "差引支給", "手取",
                 "給与", "賃金", "年収", "残業", "労働時間", "勤務時間", "実働", "salary",
                 "wage", "hourly rate", "gross pay", "net pay",
                 # (overtime and leave taken, as a report on working hours gives them)
                 "時間外", "所定外", "休日労働", "法定休日", "有休", "有給", "年休", "overtime",
                 # a person's appraisal and attendance (人事評価, 勤怠)
                 "人事評価", "評価ランク", "総合評価", "評価結果", "考課", "評定", "勤怠", "遅刻",
                 "欠勤", "無断欠勤",
                 # (a time clock's records: 打刻, clock_in)
                 "打刻", "出勤時刻", "退勤時刻", "clock_in", "clock in", "clock_out", "clock out",
                 "出勤日数", "performance rating", "appraisal", "学年",
                 # a breath test of a roll call (点呼): a driver's reading
                 "測定値", "アルコール濃度", "呼気"),
     ("年齢", "性別", "age", "sex", "gender", "血液型", "続柄", "生年", "学年", "評価")),
    (NEGATIVE, (*(w for w in NUMBER_NEGATIVE if not w.isascii() and w not in _PERSONAL_NUMBERS),
                "注文", "伝票", "追跡", "商品", "品名", "品番", "金額", "単価", "数量", "価格",
                "janコード", "jan code", "バーコード"),
     ("jan", "ean", "isbn", "sku", "order", "order no", "invoice", "id", "no", "no.")),
    # the account holder's name (口座名義, in kana) is a name, not the account
    ("PERSON_NAME", ("口座名義", "名義人", "受取人名", "カード名義", "cardholder",
                     "card holder", "name on card"), ("名義",)),
    ("JP_MY_NUMBER", ("マイナンバー", "個人番号", "my number", "mynumber"), ()),
    ("JP_CORPORATE_NUMBER", ("法人番号", "corporate number"), ()),
    ("JP_RESIDENCE_CARD", ("在留",), ()),  # 在留カード番号 before カード番号
    # (a system's column names too: pan, card_no, cc_number; every value checks its Luhn)
    ("CREDIT_CARD", ("カード番号", "クレジット", "card number", "card no", "card_no", "cardno",
                     "カードno", "cc_number", "cc no", "cc_no"), ("pan", "card", "カード")),
    ("JP_BANK_ACCOUNT", ("口座番号", "口座", "account number", "account no", "bank account"),
     ()),
    ("JP_DRIVERS_LICENSE", ("免許",), ()),
    # (and in Chinese: 护照号码 / 護照號碼)
    ("JP_PASSPORT", ("パスポート", "旅券", "passport", "护照", "護照"), ()),
    ("JP_RESIDENCE_CARD", ("在留",), ()),
    ("JP_BASIC_PENSION_NUMBER", ("年金",), ()),
    ("JP_HEALTH_INSURANCE", ("保険証", "被保険者", "保険者番号", "記号"), ()),
    ("DATE_OF_BIRTH", ("生年月日", "誕生日", "birth", "dob", "seinengappi", "seinen_gappi",
                       "tanjobi", "tanjoubi", "出生日期", "出生年月日"), ()),
    ("EMAIL_ADDRESS", ("メール", "mail"), ()),
    ("PHONE_NUMBER", ("電話", "tel", "携帯", "phone", "mobile", "連絡先", "denwa", "keitai"),
     ()),
    ("JP_ADDRESS", ("住所", "所在地", "address", "送付先", "お届け先", "郵便番号", "jusho",
                    "juusho", "自宅前", "自宅住所", "自宅所在地"), ("〒",)),
    ("SENSITIVE_CATEGORY", (*TERMS, "障害", "障がい", "持病", "健康状態", "健康上", "診断", "病気",
                            "疾患", "通院", "健診", "配慮事項", "要配慮", "既往", "病名", "症状",
                            "アレルギー", "宗教", "食事制限", "服薬", "休職", "療養", "手帳",
                            "前科", "犯罪", "血圧", "血糖", "hba1c", "bmi", "腹囲",
                            "コレステロール", "中性脂肪", "肝機能", "保健指導", "支援区分",
                            "判定区分", "所見", "ストレス", "要介護", "介護度",
                            # what a person is prescribed (a pharmacy's dispensing history)
                            "薬剤名", "処方薬", "処方内容", "服用薬", "お薬", "medication",
                            "prescription",
                            # a requisition's reason for the test: the patient's condition
                            "clinical indication", "clinical information", "clinical findings",
                            # a patient list's columns in English
                            "diagnos", "disease", "medical history", "medical condition",
                            "illness", "allerg", "serology", "disabilit",
                            "術式", "手術名",
                            "受洗",
                            # what injury a person suffered (受傷内容, 傷病名, injury)
                            "受傷内容", "受傷部位", "受傷状況", "負傷内容", "負傷部位", "傷病",
                            "けがの", "怪我の", "injur",
                            # an overworked employee's self-check (労働安全衛生法の
                            # 疲労蓄積度チェック)
                            "疲労蓄積"),
     ()),
    ("PERSON_NAME", ("氏名", "名前", "姓名", "フリガナ", "ふりがな", "full name", "first name",
                     "last name", "owner name", "customer name", "contact name", "given name",
                     "family name", "surname", "real name", "legal name", "宛名", "届け先氏名",
                     "お届け先氏名", "受取人",
                     "使用者", "利用者名", "入居者", "被扶養者", "扶養者", "家族氏名",
                     "顧客名", "社員名", "会員名", "受講者", "参加者", "患者",
                     "契約者", "従業員", "申込者", "対象者", "受診者", "応募者", "担当者名",
                     # system column names in romaji (shimei, namae) and in the half-width
                     # kana of a payroll export (ｼﾒｲ)
                     "shimei", "namae", "シメイ"),
     ("name", "姓", "名", "せい", "めい", "セイ", "メイ", "カナ", "かな", "氏名(カナ)", "owner",
      "customer", "member", "attendee", "participant", "employee", "recipient", "applicant",
      "guest", "passenger", "holder", "traveller", "traveler", "visitor", "candidate",
      "patient", "resident", "tenant", "payee", "names", "claimant", "plaintiff",
      "defendant", "insured", "policyholder", "driver", "winner", "respondent",
      # a crew list's and a remittance's (Seafarer, Beneficiary)
      "seafarer", "beneficiary", "crew", "crew member")),
)
_NOT_NAME_HEADER = re.compile(r"会社|社名|企業|法人|商品|品名|店|部署|ファイル|件名|製品|"
                              r"プロジェクト|案件|組織|団体|学校|病院|user ?name|ユーザー名|"
                              r"company|product|file|project|item|shop|store|hotel|bank|"
                              r"branch|dept|department")
_ORGANISATION_CODE = re.compile(r"事業所|事業者|事業主|会社|店舗|拠点|部署")
_EMPTY = frozenset({"", "-", "ー", "―", "なし", "無", "無し", "n/a", "na", "null", "none",
                    "未記入", "不明", "該当なし", "特になし", "特に無し", "とくになし", "特記なし",
                    "問題なし", "異常なし", "なし。", "-なし-", "ー(なし)", "×", "no", "無し。"})


@functools.lru_cache(maxsize=4096)
def classify_header(cell: str) -> str | None:
    h = _HEADER_NOISE.sub("", nfkc(cell)).lower()
    if not h or len(h) > 30:
        return None
    if _PET.search(h) and not _OWNER.search(h):
        return None  # ペットのお名前, ペット誕生日, 愛犬の生年月日: the animal's

    if (h.startswith("name") or "氏名" in h or "名前" in h) and not _NOT_NAME_HEADER.search(h) \
            and not _NUMBER_WORDS.search(h):
        return "PERSON_NAME"  # Name (as in passport), 氏名（パスポート表記）
    if _EN_ROLE_NAME.fullmatch(h):
        return "PERSON_NAME"  # reporter_name, guardian name, Passenger Name
    if _HOLDER_WRITTEN.fullmatch(h):
        return "PERSON_NAME"  # 名義（ローマ字）, 名義(カナ): the holder's name as written
    if (_PERSON_NOUN_NAME.search(h) or _PERSON_ROLE.search(h)) \
            and not _NOT_NAME_HEADER.search(h) and not _NUMBER_WORDS.search(h):
        return "PERSON_NAME"  # お客様名, 園児名, 受診児童, 負傷者: a person by its role
    if _PERSON_ID.search(h) and "保険" not in h:
        return ATTRIBUTE  # スタッフNo, 選手ID, participant id: a person's number here
    if "被保険者" in h and not any(w in h for w in ("雇用", "年金", "労災")):
        # 被保険者番号 is the insured's (health or care insurance), 保険者番号 the insurer's
        return "JP_HEALTH_INSURANCE"
    if "記号" in h and _ORGANISATION_CODE.search(h):
        return NEGATIVE  # 事業所記号: the employer's code with the insurer, no person's
    for typ, contains, exact in _SQUEEZED_RULES:
        if h in exact or any(w in h for w in contains):
            if typ == "PERSON_NAME" and _NOT_NAME_HEADER.search(h):
                continue
            if typ == "SENSITIVE_CATEGORY" and _CHECKUP_SCHEDULE.search(h):
                return None  # 健診種別, 受診日: which check-up and when, not what it found
            if typ == NEGATIVE and any(len(t) >= 3 and t in h for t in TERMS):
                # a screening's total (EPDS合計, HbA1c値): the score is the person's health
                return "SENSITIVE_CATEGORY"
            return typ
    return None


_CHECKUP_SCHEDULE = re.compile(r"(?:健診|検診|ドック)(?:種別|種類|日|機関|会場|予定|コース|名)$")
_PET = re.compile(r"ペット|愛犬|愛猫|わんちゃん|ワンちゃん|ねこちゃん|ネコちゃん|動物|犬|猫|pet")
_OWNER = re.compile(r"飼い主|オーナー|owner")
# English headers of a person's name by their role (compared without spaces or _)
_EN_ROLE_NAME = re.compile(
    r"(?:reporter|customer|client|member|contact|patient|guest|employee|staff|student|"
    r"parent|guardian|applicant|owner|holder|driver|passenger|participant|attendee|"
    r"winner|recipient|buyer|tenant|resident|child|person|traveller|traveler|candidate|"
    r"victim|witness|claimant|insured|player|subject|donor|volunteer)s?'?s?(?:full)?name")
# 「…名」 after a word for a person (様, 者, 員, 児, 生徒, 手…), not 品名, 店舗名 or a
# business (業者名, 受注者名)
_PERSON_NOUN_NAME = re.compile(r"(?:様|さま|(?<!事業)(?<!業)(?<!注)(?<!託)(?<!供)(?<!営)者|員|"
                               r"客|児|生徒|学生|人|主|手|氏)名(?:[(（].*)?$")
# a person named by role (受診児童, 対象園児, 負傷者), not a business (事業者, 受注者)
_PERSON_ROLE = re.compile(
    r"(?:児童|園児|生徒|患者|(?<!事業)(?<!業)(?<!注)(?<!託)(?<!供)(?<!営)者|"
    r"保証人|代理人|後見人|相続人|同居人|請求人)$")
# a person's number inside an organisation, by the word for the person (スタッフno, 選手id,
# 受講者番号, participant id), compared without spaces
_PERSON_ID = re.compile(
    r"(?:社員|従業員|職員|スタッフ|派遣|会員|顧客|お客様|学籍|生徒|児童|園児|学生|患者|利用者|"
    r"入居者|入所者|受給者証?|被験者|研究対象者|組合員|加入者|契約者|申請者|応募者|候補者|受講者|受講生|参加者|"
    r"研修生|実習生|選手|団員|部員|隊員|作業員|乗務員|ドライバー|宿泊者|登録者|"
    r"staff|employee|member|customer|patient|student|participant|applicant|candidate|"
    r"driver|resident|tenant|player|volunteer)"
    r"(?:番号|no\.?|id|コード|cd|#)$")
_NUMBER_WORDS = re.compile(r"番号|コード|id$|no\.?$|number")
# header words are compared without spaces, underscores and hyphens (first_name, E-Mail)
_HEADER_NOISE = re.compile(r"[\s\u3000_\-]")
_HOLDER_WRITTEN = re.compile(r"名義(?:人)?\((?:ローマ字|カナ|かな|漢字|英字|半角カナ|フリガナ)\)")
_SQUEEZED_RULES = tuple(
    (typ, tuple(_HEADER_NOISE.sub("", w) for w in contains),
     tuple(_HEADER_NOISE.sub("", w) for w in exact)) for typ, contains, exact in _RULES)


def classify_columns(header: Sequence[str]) -> dict[int, str]:
    cols: dict[int, str] = {}
    for i, cell in enumerate(header):
        t = classify_header(cell)
        if t:
            cols[i] = t
        elif (i and cols.get(i - 1) == "JP_HEALTH_INSURANCE" and "記号" in str(header[i - 1])
              and _HEADER_NOISE.sub("", nfkc(str(cell))) == "番号"):
            cols[i] = "JP_HEALTH_INSURANCE"  # 記号 | 番号: the card's two halves
    if "SENSITIVE_CATEGORY" in cols.values() and any(_PRODUCT_HEADER.search(nfkc(str(c)))
                                                    for c in header):
        # 症状 / 診断 beside 機種 or 型番: a repair list's fault, not a person's health
        for i, t in list(cols.items()):
            if t == "SENSITIVE_CATEGORY" and _MACHINE_WORDS.fullmatch(
                    _HEADER_NOISE.sub("", nfkc(str(header[i])))):
                del cols[i]
    if "SENSITIVE_CATEGORY" in cols.values() and any(_EVALUATION_HEADER.search(nfkc(str(c)))
                                                    for c in header) \
            and not any(_HEALTH_HEADER.search(nfkc(str(c))) for c in header):
        # 所見 / 判定 beside 評価 or 評点: an evaluation's remarks (an intern's, a
        # supplier's), not a doctor's findings
        for i, t in list(cols.items()):
            if t == "SENSITIVE_CATEGORY" and _REMARK_WORDS.fullmatch(
                    _HEADER_NOISE.sub("", nfkc(str(header[i])))):
                del cols[i]
    return cols


_PRODUCT_HEADER = re.compile(r"機種|型番|型式|品番|製品|商品|モデル|車種|車両|機器|端末|"
                             r"シリアル|製造番号|故障|修理|不具合|model|product|device", re.I)
# headers that name a machine's fault as readily as a person's condition
_MACHINE_WORDS = re.compile(r"症状|故障症状|不具合症状|診断|診断結果|状態|所見|判定")


_EVALUATION_HEADER = re.compile(r"評価|評点|採点|考課|査定|スコア|点数|score|rating", re.I)
_REMARK_WORDS = re.compile(r"所見|判定|状態|総合所見|講評")
_HEALTH_HEADER = re.compile(r"健診|健康|検査|診察|診断|血圧|医師|保健")


# a column of an account's bank or branch (金融機関, 支店, 店名)
BANK_COLUMN = re.compile(r"金融機関|銀行|支店|店名|bank|branch", re.I)
_PAYEE_CODE = re.compile(r"(?:先|者|人|員|取引先|payee|vendor)[ \u3000]*"
                         r"(?:CD|ＣＤ|コード|ID|ＩＤ|No\.?|番号)$", re.I)


def looks_like_header(row: Sequence[str]) -> bool:
    """A row that names at least a name column and another personal column, or two
    personal columns."""
    types = set(classify_columns(row).values()) - {NEGATIVE}
    if types == {ATTRIBUTE}:
        return False
    if types == {"PERSON_NAME"}:
        # a name column among three or more: its rows count where they carry a person's
        # field or a special-care term (a table of names alone makes no record)
        return sum(1 for c in row if str(c).strip()) >= 3
    return len(types) >= 2 or (len(types) == 1
                               and any(t in types for t in ("JP_MY_NUMBER", "CREDIT_CARD"))) or (
        # accounts under their bank and branch and whose code (委託先CD | 金融機関 | 支店 |
        # 口座番号): a payee's each (a company's own accounts have no such column; a
        # company's name makes its row a business's)
        types == {"JP_BANK_ACCOUNT"} and sum(1 for c in row if str(c).strip()) >= 3
        and any(BANK_COLUMN.search(str(c)) for c in row)
        and any(_PAYEE_CODE.search(str(c)) for c in row)) or (
        # people's homes, if nothing else (乗車場所（自宅前）: a route of pick-ups)
        types == {"JP_ADDRESS"} and any("自宅" in str(c) or "現住所" in str(c) for c in row)
        and sum(1 for c in row if str(c).strip()) >= 3
        and not any(ch.isdigit() for c in row for ch in str(c)))


@dataclass
class TableRead:
    found: list[Found]
    negative_keys: set[str]
    columns: dict[int, str]
    # rows with an ATTRIBUTE cell (社員番号, 年齢…)
    attribute_rows: set[int] = field(default_factory=set)
    # digits of cells read as an identifier of their column's type (基礎年金番号 0982-774310):
    # the text scan must not take them for another type (a phone)
    claimed: set[str] = field(default_factory=set)


def read_table(header: Sequence[str], rows: Sequence[Sequence[str]],
               row_offset: int = 0, extra: dict[int, str] | None = None) -> TableRead:
    """Entities of every row, by column; ``row`` of each Found is its row index.
    ``extra`` adds columns known otherwise (a name column found by the analyser)."""
    cols = classify_columns(header)
    if extra:
        cols.update(extra)
    for c in [c for c, t in cols.items() if t == "SENSITIVE_CATEGORY" and c < len(header)
              and _MACHINE_WORDS.fullmatch(_HEADER_NOISE.sub("", nfkc(str(header[c]))))]:
        cells = [str(row[c]) for row in rows if c < len(row) and str(row[c]).strip()]
        if cells and 2 * sum(1 for x in cells if _DEVICE_FAULT.search(x)) >= len(cells):
            del cols[c]  # 症状：電源入らず, 湿度が常に99%: the faults of a product's units
    if _labels_only(header, rows):
        cols = {}  # 患者氏名 | | 性別 | 男・女 over 生年月日 | … | 住所 | …: a blank form
    out = TableRead([], set(), cols)
    if not cols:
        return out
    for r, row in enumerate(rows):
        names_before = len(out.found)
        for c, typ in cols.items():
            if c >= len(row):
                continue
            raw = str(row[c]).strip()
            if nfkc(raw).strip().lower() in _EMPTY:
                continue
            cell = fold(raw)
            if typ in (NEGATIVE, ATTRIBUTE):
                d = digits_of(cell)
                if d:
                    out.negative_keys.add(d)
                if typ == ATTRIBUTE:
                    out.attribute_rows.add(row_offset + r)
                continue
            # a column found by its cells (extra) may lie beyond a short header
            f = _cell(typ, cell, raw, header[c] if c < len(header) else "")
            if f is not None:
                f.row = row_offset + r
                out.found.append(f)
                if typ in IDENTIFIER_COLUMNS:
                    out.claimed.add(digits_of(cell))
        _one_person(out.found, names_before)
    return out


def _labels_only(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """Whether the table is a blank form: labels set side by side with blanks for their
    values (患者氏名 | | 性別 | 男・女 over 生年月日 | | 住所 | …): a label in the header
    with nothing after it, and as many labels in the rows as other cells.  (A form that
    is filled in has its first value beside the label: 患者氏名 | 大庭 茂 | …)"""
    if len(rows) < 2 or not any(
            classify_header(str(header[i])) not in (None, NEGATIVE)
            and not str(header[i + 1]).strip() for i in range(len(header) - 1)):
        return False
    cells = [str(c).strip() for row in rows[:20] for c in row if str(c).strip()]
    if not cells:
        return False
    labels = sum(1 for x in cells if classify_header(x) not in (None, NEGATIVE))
    return 2 * labels >= len(cells)


# columns that hold a part or a reading of one person's name (姓 | 名 | フリガナ)
_NAME_PART = re.compile(r"^(?:姓|名|せい|めい|セイ|メイ|氏|カナ|かな|フリガナ|ふりがな|よみ|ヨミ|"
                        r"読み|ローマ字|romaji|surname|given ?names?|first ?name|last ?name|"
                        r"family ?name|middle ?name)|(?:カナ|かな|フリガナ|ふりがな|読み|ヨミ)",
                        re.I)


def _one_person(found: list[Found], start: int) -> None:
    """A row's name split over columns (Surname | Given name, 氏名 | フリガナ) is one person's:
    merge those cells into one name (two names stay two where two columns each name a
    person: 保護者名 | 児童名)."""
    names = [f for f in found[start:] if f.type == "PERSON_NAME"]
    if len(names) < 2:
        return
    if sum(1 for f in names if not _NAME_PART.search(f.label)) > 1:
        return
    first = names[0]
    first.key = "".join(f.key for f in names)
    # masked as one name: the first character only (the others' would add to it)
    first.mask = " ".join([first.masked, *("*" * len(f.key) for f in names[1:])])
    found[start:] = [f for f in found[start:] if f.type != "PERSON_NAME" or f is first]


# the name of an organisation in a cell of a column of names (出展者, 取引先担当, 受取人)
_ORGANISATION = re.compile(r"株式会社|有限会社|合同会社|[(（][株有][)）]|㈱|㈲|銀行|信用金庫|"
                           # (an organisation addressed: 総務部 御中)
                           r"御中|"
                           r"協会|組合|協議会|財団|社団|法人|[^\s]店$|支店|本店|センター|事務所|病院|医院|"
                           r"クリニック|大学|学校|ホテル|旅館|フーズ|電機|工業|商事|産業|運輸|"
                           r"印刷|物産|製作所|研究所|市役所|区役所|役場|\b(?:Co|Corp|Bank|Hotel)\b|"
                           + person_name.LATIN_LEGAL_FORMS)


# an employment insurance number (雇用保険被保険者番号): four, six and one digits
_EMPLOYMENT_INSURANCE = re.compile(r"\d{4}-\d{6}-\d")
# what a form's example row puts where a name goes: the label in brackets, or marks
_PLACEHOLDER = re.compile(r"[(（〔\[【<＜][^)）〕\]】>＞]{1,8}[)）〕\]】>＞]"
                          r"|[〇○◯●×＊*]+(?:[ \u3000][〇○◯●×＊*]+)?")
_ENTRY_NUMBER = re.compile(r"[ \u3000]*(?:\d{1,3}[.．)）]|[①-⑳])[ \u3000]*")


def _compact_date(cell: str) -> tuple[dt.date, int, int] | None:
    """A date written as eight digits (20030611), as filing systems' CSVs give it: read
    only in a column of dates."""
    if len(cell) != 8 or not cell.isdigit() or cell[:2] not in ("19", "20"):
        return None
    try:
        return dt.date(int(cell[:4]), int(cell[4:6]), int(cell[6:])), 0, 8
    except ValueError:
        return None


# a month and a day alone (6月27日, 06/27), under a birthday's header only
_MONTH_DAY = re.compile(r"([0-9]{1,2})[月/]([0-9]{1,2})日?")
_BIRTHDAY_HEAD = re.compile(r"誕生日|(?i:birthday)")


# a town and its block numbers alone, as a list of one town's residents gives them under
# its address column (新郷東1-3-9, 下新郷398, 若葉台2丁目4番7号)
_TOWN_CELL = re.compile(r"[\u3400-\u9fff々ヶケ\u30a0-\u30ffー]{1,8}[ \u3000]?[0-9]{1,4}"
                        r"(?:[ \u3000]?(?:-|丁目|番地|番|号|の)[ \u3000]?[0-9]{0,4}){0,3}")


def _cell(typ: str, cell: str, raw: str, head: str) -> Found | None:
    label = nfkc(head).strip()[:20]
    d = digits_of(cell)
    if typ == "PERSON_NAME":
        # (the entry's number before the name in the first column: 「1. Habu Toshiko, …」)
        numbered = _ENTRY_NUMBER.match(cell)
        if numbered and numbered.end() < len(cell):
            cell = cell[numbered.end():]
            d = digits_of(cell)
        if len(cell) > 30 or d or "@" in cell or cell[:1] in _BULLETS:
            return None
        if _ORGANISATION.search(cell):
            return None  # 出展者：みどり銀行, 川崎電機: an exhibitor, a payee that is a company
        if _PLACEHOLDER.fullmatch(cell.strip()):
            return None  # a form's example row: （氏名）, ○○ ○○
        cell = person_name.HONORIFIC_TAIL.sub("", cell)
        if person_name.no_ones_name(cell.strip()):
            return None  # ご担当者様 under 宛名: a desk addressed, no one's name
        key = re.sub(r"[\s\u3000・]", "", cell)
        return Found(typ, -1, -1, key, mask_text(cell), 0.9, label)
    if typ == "PHONE_NUMBER":
        found = phone._phones_in(cell)
        if found:
            s, e, key = found[0][:3]
            # only the number is masked and shown, not what shares its cell
            return Found(typ, -1, -1, key, phone.mask_phone(cell[s:e]), 0.9, label)
        return None
    if typ == "EMAIL_ADDRESS":
        norm = email_address._valid(cell.strip())
        if norm:
            return Found(typ, -1, -1, norm, email_address.mask_email(cell.strip()), 0.9, label)
        return None
    if typ == "DATE_OF_BIRTH":
        found_date = birth_date.date_in(cell) or _compact_date(cell.strip())
        if found_date and birth_date.plausible_birth(found_date[0]):
            return Found(typ, -1, -1, found_date[0].isoformat(), birth_date.mask_date(cell),
                         0.9, label)
        day = _MONTH_DAY.fullmatch(cell.strip())
        if day and _BIRTHDAY_HEAD.search(label) and 1 <= int(day[1]) <= 12 \
                and 1 <= int(day[2]) <= 31:
            # a birthday without its year (誕生日 6月27日), as a salesman's notes keep it
            return Found(typ, -1, -1, f"--{int(day[1]):02d}-{int(day[2]):02d}",
                         birth_date.mask_date(cell), 0.8, label)
        return None
    if typ == "JP_ADDRESS":
        pref = next((p for p in PREFECTURES if cell.startswith(p)), "")
        if (pref or re.search(r"[市区町村郡]", cell) or re.fullmatch(r"〒?\d{3}-?\d{4}", cell)
                or _TOWN_CELL.fullmatch(cell.strip())):
            key = re.sub(r"[\s\u3000]", "", cell)
            masked = mask_address(pref, cell[len(pref):]) if pref else "****"
            return Found(typ, -1, -1, key, masked, 0.9 if pref else 0.75, label)
        return None
    if typ == "JP_MY_NUMBER":
        if checksums.is_my_number(d):
            return Found(typ, -1, -1, d, mask_digits(cell, 4), 0.95, label)
        return None
    if typ == "JP_CORPORATE_NUMBER":
        if checksums.is_corporate_number(d):
            # a company's, but masked as in text: an example never carries a whole number
            return Found(typ, -1, -1, d, mask_digits(cell, 4), 0.95, label)
        return None
    if typ == "CREDIT_CARD":
        if checksums.is_card_number(d):
            return Found(typ, -1, -1, d, mask_digits(cell, 4, 4), 0.95, label)
        return None
    if typ in ("JP_BANK_ACCOUNT",):
        # (7 digits in Japan; a remittance abroad lists accounts of up to 18)
        if 7 <= len(d) <= 18:
            return Found(typ, -1, -1, d, mask_digits(cell, 0, 2), 0.85, label)
        return None
    if typ in ("JP_DRIVERS_LICENSE", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"):
        if typ == "JP_HEALTH_INSURANCE" and re.search(r"[A-Za-z]", cell):
            return None  # a private insurer's member ID (HN-02400), no insurance card's
        if typ == "JP_HEALTH_INSURANCE" and _EMPLOYMENT_INSURANCE.fullmatch(cell.strip()):
            return None  # 2701-552318-4: the employment insurance number's shape
        if len(d) >= 4:
            return Found(typ, -1, -1, d, mask_digits(cell, 2), 0.85, label)
        return None
    if typ in ("JP_PASSPORT", "JP_RESIDENCE_CARD"):
        if re.fullmatch(r"[A-Za-z]{1,2}\d{7,8}|[A-Za-z]{2}\d{8}[A-Za-z]{2}", cell.strip()):
            return Found(typ, -1, -1, cell.strip().upper(), mask_text(cell.strip(), 2), 0.9, label)
        return None
    if typ == "SENSITIVE_CATEGORY":
        if _A_COUNT.match(cell) or (_COUNTED_HEADER.search(label)
                                    and _BARE_COUNT.fullmatch(cell)):
            # 19名（うち療育手帳 6名）, or 33 under 症状あり: a statistic, nobody's condition
            return None
        return Found(typ, -1, -1, f"{label}:{cell_digest(cell)}", label, 0.85, label)
    return None


# what a device's fault is described by, under a header as ambiguous as 症状 or 状態
_DEVICE_FAULT = re.compile(r"電源|接続|表示|動作|充電|画面|故障|不良|エラー|異音|バッテリー|"
                           r"ボタン|液晶|通信|起動|破損|割れ|初期化|リセット|点灯|点滅|"
                           r"bluetooth|wi-?fi|usb", re.I)
_A_COUNT = re.compile(r"[ \u3000]*\d[\d,]*[ \u3000]*(?:名|人|件|世帯|%|％)")
# a column that counts the people who have it (症状あり, 受診経験あり, 該当者数): its cells
# are whole numbers of a table of statistics, where a person's row would say あり or ○
_COUNTED_HEADER = re.compile(r"(?:あり|有り|有|数)[)）]?\s*$")
_BARE_COUNT = re.compile(r"[ \u3000]*\d[\d,]*[ \u3000]*")
_BULLETS = frozenset("■□●○◆◇★☆※▲△▼▽・-*")


def cell_digest(s: str) -> str:
    """A short stable digest of a cell, to count distinct values without keeping them."""
    return hashlib.blake2s(s.encode(), digest_size=6).hexdigest()


_SPLIT = {"\t": re.compile("\t"), ",": re.compile(r"\s*,\s*")}


def text_tables(text: str) -> list[tuple[int, int, list[str], list[list[str]], list[int]]]:
    """Tab- or comma-separated blocks in running text (a list pasted from Excel).

    Returns (start offset, end offset, header, rows, row start offsets) for each block of
    3+ lines with the same separator whose first line looks like a header.
    """
    out: list[tuple[int, int, list[str], list[list[str]], list[int]]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        sep = "\t" if "\t" in line else ("," if line.count(",") >= 2 else "")
        if not sep:
            i += 1
            continue
        header = _SPLIT[sep].split(line.strip())
        if not looks_like_header(header):
            i += 1
            continue
        rows: list[list[str]] = []
        offs: list[int] = []
        j = i + 1
        while j < len(lines) and sep in lines[j][1]:
            rows.append(_SPLIT[sep].split(lines[j][1].strip()))
            offs.append(lines[j][0])
            j += 1
        if rows:
            end = lines[j - 1][0] + len(lines[j - 1][1])
            out.append((start, end, header, rows, offs))
        i = j
    return out
