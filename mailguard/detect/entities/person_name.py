"""PERSON_NAME: a person's name where the text says it is one.

Names have no pattern of their own, so only two kinds are taken:

* **labelled fields** — 氏名：山田 太郎, お名前: ヤマダ タロウ, Name: Taro Yamada, and name
  columns of tables (read by the detector);
* **names with an honorific** — 山田太郎様, 鈴木さん, 佐藤氏 — at a lower score: a
  salutation is normal in every mail, so these only count with other data in the same
  block (a record) or with a sensitive category.

Words that take an honorific but are no names (お客様, ご担当者様, 皆様, 仕様) are
excluded.
"""

from __future__ import annotations

import regex

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import Found, mask_text, match, search, words

TYPE = "PERSON_NAME"
LABELS = frozenset({
    "氏名", "お名前", "名前", "ご氏名", "担当者", "担当者名", "フリガナ", "ふりがな", "氏名カナ",
    "カナ氏名", "氏名(カナ)", "氏名(漢字)", "申込者", "申込者名", "受講者名", "参加者名", "患者名",
    "社員名", "従業員名", "顧客名", "会員名", "契約者名", "被保険者氏名", "本人氏名", "姓名",
    "本人", "ご本人",
    "name", "full name", "受診者名", "口座名義", "名義", "名義人", "受取人", "受取人名",
    "使用者", "利用者", "当事者", "被災者", "負傷者", "入居者", "契約者", "customer",
    "patient", "claimant", "insured", "insured person", "driver", "passenger", "guest", "employee",
    "対象者", "対象者名", "応募者名", "候補者名", "患者", "受診者", "被検者",
    "本名", "旧姓", "通称名", "real name", "組合員", "記名", "記名者",
    # (the half-width kana heading of a payroll export: ｼﾒｲ)
    "シメイ",
    # parties and persons of forms, filings and proceedings
    "申立人", "相手方", "原告", "被告", "申請者", "申請人", "届出人", "被扶養者", "扶養者",
    "受講者", "参加者", "宿泊者", "搭乗者", "同行者", "退職者", "受験者", "面接者", "被害者",
    "加害者", "被疑者", "被告人", "容疑者", "依頼者", "相談者", "保証人", "連帯保証人", "世帯主",
    "配偶者", "applicant",
    # children and their families (nurseries, schools, family benefits)
    "園児", "園児名", "児童", "児童名", "生徒", "生徒名", "保護者", "保護者名",
    "student", "child", "parent", "guardian", "member", "resident", "tenant",
    "candidate", "pupil", "learner", "participant", "attendee", "traveller", "traveler",
    "client",
    "購入者", "購入者名",
    # ceremonies and claims
    "喪主", "故人", "施主", "被保険者",
    # passports, cards and accounts name their holder's parts
    "surname", "given name", "given names", "family name", "first name", "last name",
    "card holder", "cardholder", "account holder", "カード名義", "予定者", "預金者",
    "name on card", "name on the card", "cardholder name", "card holder name", "holder name",
    "預金者名", "口座名義人",
    # the parties of money and property matters: a remittance, a debt, a lease, an estate
    "振込人", "振込依頼人", "送金人", "送金者", "入金者", "支払者", "債務者", "借主", "借受人",
    "賃借人", "相続人", "被相続人", "遺言者", "受遺者", "後見人", "被後見人", "受給者",
    "受給者名", "受益者",
})
# (選手, 投手: what a team calls its players, after their names as an honorific)
_PLAYER_TITLES = frozenset({"選手", "投手"})
HONORIFICS = frozenset({"様", "さん", "殿", "氏", "くん", "君", "ちゃん"}) | _PLAYER_TITLES

# (half-width kana as banks write account holders: ｻｶﾞﾗ ｷﾖｳｺ, its sound marks apart)
# (a ノ between the kanji of a surname: 井ノ口, 木ノ下)
_NAME_TOKEN = (r"(?:[\p{Han}々〆ヶ](?:ノ?[\p{Han}々〆ヶ]){0,4}"
               r"|[\p{Katakana}ーｰﾞﾟ]{2,10}|[\p{Hiragana}]{2,6})")
_LABELLED = regex.compile(
    # (a JSON or YAML key: "name": "…")
    # (a qualifier in brackets: Name (as in passport): …, 氏名（漢字）：…)
    r"(?:(?:[ \u3000]?[(（][^)）\n]{1,24}[)）])?\"?[ \t\u3000]*[:：\t][ \t\u3000]*\"?"
    r"|(?:[(（][^)）\n]{1,10}[)）])?[ \t\u3000]+)(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?[ ]+)?")
# "name" after another word names a thing (file name, Company Name); after a word for a
# person (full name, Guest name, Passenger name) it is a person's
_QUALIFIED = regex.compile(r"(?<![A-Za-z])(?!(?i:full|first|last|given|family|guest|passenger|"
                          r"customer|patient|member|employee|applicant|student|traveller|"
                          r"traveler|visitor|candidate|driver|child|participant)[ _-]?\Z)"
                          r"[A-Za-z]+[ _-]?\Z")
_VALUE = regex.compile(
    rf"(?P<v>{_NAME_TOKEN}(?:[ \u3000・]{_NAME_TOKEN})?"
    # foreign names in katakana have more parts: グエン・ヴァン・ミン, レ・ホアン・フック
    r"|[\p{Katakana}ー]{1,8}(?:[・=＝][\p{Katakana}ー]{1,8}){1,3}"
    # romaji, double-barrelled surnames included (Kitamura-Evans)
    # (a middle initial between them: Michael J. Harris, MICHAEL J HARRIS)
    # (with the accented letters of European names: Bergström-Ito, Núñez)
    r"|[A-ZÀ-Þ][a-zß-ÿ]+(?: [A-Z]\.)?(?: (?:[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
    r"|O'[A-Z][a-z]+)){1,2}"
    r"|[A-Z]{2,}(?: [A-Z]\.?)?(?: [A-Z]{2,}(?:-[A-Z]{2,})?){1,3}"  # CHEN YU-TING
    r"|[A-Z][a-z]+ [A-Z]{2,}"
    # as passports write them: KUSAKABE / KOTOHA
    r"|[A-Z]{2,}[ ]?/[ ]?[A-Z]{2,}(?: [A-Z]{2,})?"
    r"|[A-Z]{2,} [A-Z][a-z]+"
    # surname first, a comma, the given names (RAMOS, Gabriel Luis; CHEN, Wei-Ting)
    r"|[A-Z]{2,},[ ]?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: [A-Z][a-z]+)?)"
    r"(?=[ \t\u3000]*(?:$|[\n\t,、。(（)）」/／|\"]|様|さん|殿|くん|ちゃん|君|[ \u3000]))", regex.M)
_HONORIFIC_NAME = regex.compile(
    r"(?<![\p{Han}\p{Katakana}々])([\p{Han}々ノヶ]{1,4}[ \u3000][\p{Han}々]{1,4}|[\p{Han}々]"
    r"[\p{Han}々ノヶ]{1,5}"
    r"|[\p{Han}々]{1,4}[ \u3000][\p{Hiragana}\p{Katakana}ー]{2,5}"
    # a foreign name in katakana, its parts set off (アフマド・ユースフ 様)
    r"|(?<![\p{Katakana}ー])[\p{Katakana}ー]{2,8}(?:[・=＝ \u3000][\p{Katakana}ー]{1,8}){1,3}"
    # a foreign surname with a Japanese given name (マルティネス 杏 さん)
    r"|(?<![\p{Katakana}ー])[\p{Katakana}ー]{2,8}[ \u3000][\p{Han}々]{1,3}"
    # romaji, with the particles of Malay, Dutch, Arabic… names (Ahmad Faiz bin Rahman)
    # (a double-barrelled surname: Mia TANAKA-HOLT, Kitamura-Evans)
    r"|(?<![A-Za-z])(?:[A-Z][a-z]+|[A-Z]{2,})"
    r"(?:[ \u3000](?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?|bin|binti|van|von"
    r"|de|da|al|el)){1,3})[ \u3000]?\Z")
# (standing apart: after a space, a mark or a line's start, not after a kanji, whose
# okurigana and particles run on in hiragana: 「お迎えはおばちゃん」)
_CHILD_KANA_NAME = regex.compile(r"(?<![\p{Hiragana}\p{Han}々ー])([\p{Hiragana}]{2,4})[ \u3000]?\Z")
# hiragana before くん/ちゃん that are words for people, not names
_KIN_KANA = frozenset({"あか", "おにい", "おねえ", "おばあ", "おじい", "おかあ", "おとう", "ぼっ",
                       "じい", "ばあ", "にい", "ねえ", "みな", "みんな", "おじょう", "じょう",
                       "おば", "おじ", "ねこ", "いぬ", "わん"})
_NOT_NAMES = words("""
未定 なし 無し 不明 記入 入力 未記入 同上 別紙 下記 上記 空欄 任意 必須
様式 本人 代理人 各位 担当者 担当 関係者 利用者 使用者 購入者 参加者 応募者
申込者 契約者 加入者 保護者 会員 顧客 株主 取引先 御社 貴社 弊社 当社 皆
患者 生徒 学生 社員 職員 業者 大家 奥 先方 貴殿 神 王 お客 お得意 各社
各位 代表者 責任者 管理者 発注者 受注者 先生 ご担当 ご担当者 担当各位
施主 喪主 施工主 依頼主 荷主 家主 地主 買主 売主 貸主 借主 送り主 飼い主 遺族 家族 檀家
氏子 信徒 受取人 差出人 申請者 相談者 入居者 来場者 来院者 受講者 受験者 宿泊者 出席者
主人 ご主人 旦那 奥方 ご家族 ご遺族 ご両親 お子 ご子息 ご令嬢
""")
_NOT_NAME_PARTS = regex.compile(
    r"会社|商事|工業|銀行|支店|本店|営業|事務所|協会|組合|大学|病院|医院|歯科|薬局|クリニック|学校|"
    # an inn or a tour operator addressed (旅館様から連絡を…): a business, no one's name
    r"旅館|民宿|観光|交通|"
    r"役所|センター|高校|中学|小学|学園|学院|運輸|運送|物流|産業|電機|建設|工務|印刷|物産|商店|製作所|"
    r"部長|課長|社長|電話|住所|番号|年月日|連絡|[\p{Han}]{2}[部課室係局省庁](?:[ \u3000]|$)"
    # a role addressed on a form (産業医 殿, 院長 殿), not a person's name
    r"|(?:産業|主治|担当|嘱託|校)医$|[院校園所店会議署駅館室係班局市町区]長$|理事長"
    # a person by a word, not a name (下記患者様, 当該利用者様)
    r"|^(?:下記|上記|前記|当該|対象)|(?:患者|利用者|契約者|加入者|入居者|会員|顧客)$"
    # a desk addressed (ご宴会担当者様, 採用ご担当様, 予約窓口様): no one's name
    r"|担当者?$|窓口$|業者$"
    # a count of people (お一人様, 二名様)
    r"|^[一二三四五六七八九十何0-9０-９]+(?:人|名)$"
    # a profession addressed (講師の保健師様, 栄養士さん), not a name
    r"|(?:保健|看護|薬剤|技|講|教|牧|調理|美容|理容|助産|鍼灸|整復|医)師$"
    r"|(?:栄養|保育|介護福祉|社会福祉|弁護|司法書|税理|行政書|社労|会計|消防)士$"
    # a clinic by its department (おおたけ消化器内科様), not a surname ending in 科 (仁科)
    r"|(?:内|外|眼|皮膚|小児|産婦人|婦人|整形|耳鼻咽喉|精神|心療|泌尿器|放射線|形成|脳神経)科")
# kanji that precede 様 in ordinary words (仕様, 同様, 模様…), not names
_SAMA_WORDS = frozenset("仕同模多態有異一別今文紋両左外王神仏")
# of those, the ones no name ends in, however long the word before (次年度仕様書, 多種多模様)
_NO_NAME_END = frozenset("仕模態異紋")
# 「前回同様」「例年同様」「上記同様」: as before, not a person
_SAME_AS = frozenset({"回同", "年同", "記同", "述同", "例同", "月同", "日同", "前同", "来同"})
_SALUTATION = regex.compile(
    # (a surname may hold a kana joiner: 一ノ瀬, 三ツ矢, 八ヶ代)
    r"[ \t\u3000]*(?:[^\n]{0,30}?[ \t\u3000])?[\p{Han}々][\p{Han}々ヶノツ]{0,4}[ \u3000]?"
    r"[\p{Han}々]{0,4}"
    r"[ \u3000]?(?:様|さん|殿|氏|くん|君)[、,]?[ \t\u3000]*(?:ご担当|各位)?[ \t\u3000]*[)）]?"
    r"[ \t\u3000]*$")
# a salutation to several addressees (汐見園長、漆間様、若葉台市 保育課 ご担当者様)
_ADDRESSEES = regex.compile(
    r"[ \t\u3000]*(?:[^\n、,，]{1,30}?(?:様|さん|殿|先生|御中|各位|長)[ \t\u3000]*[、,，]"
    r"[ \t\u3000]*)+"
    r"[^\n、,，]{1,30}?(?:様|さん|殿|先生|御中|各位|長)[ \t\u3000]*$")
# a name's honorific at the end of a cell (浅沼 達夫　様 in a column of addressees)
HONORIFIC_TAIL = regex.compile(r"[ \u3000]*(?:様|さま|殿|さん)$")
# the copy line under the salutation: （cc：メディソル 野分様）
_CC_LINE = regex.compile(r"[ \t\u3000]*[(（]?(?i:cc)[ \t\u3000]*[:：]")
# the mail's opening words: a line after them is in the body, not the salutation
_OPENED = regex.compile(r"。|お世話に|いつも|拝啓|前略|突然のご連絡|はじめまして|初めまして")


def heads_the_mail(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` comes before the mail's first sentence or
    greeting: only there does 「山田様」 name the addressee (「お届け先　西村 藍 様」 under
    「お世話になっております。」 names a third person)."""
    return not _OPENED.search(text, 0, line_start)


_LABEL_WORDS = regex.compile(r"^(?:電話|携帯|住所|生年月日|年齢|性別|メール|TEL|所属|部署|"
                             r"会社|フリガナ|ふりがな|カナ|〒|郵便|国籍|続柄|役職|学年|備考|区分|"
                             r"職種|在留|受入|入社|部門|店舗|連絡先|時刻|時間|日時|日付|端末|"
                             r"測定|評価|状況|結果|担当|番号|金額|数量|振込|口座|銀行|支店|"
                             # a table's next headings (部屋　氏名　対応内容　補足)
                             r"対応|内容|補足|部屋|詳細|理由|項目|種別)")


# module-level regex.sub/split look their pattern cache up at every call (slow)
_SPACE = regex.compile(r"[ \u3000]")
_PADDING = frozenset(" \t\u3000")
_DROP_SPACES = str.maketrans("", "", " \u3000")
_DROP_SEPARATORS = str.maketrans("", "", " \u3000・")


# the kana abbreviations of company forms in an account holder's name (カ) 株式会社…)
# (and the other legal forms as banks abbreviate them: トクヒ) an NPO, ガク) a school,
# フク) a welfare corporation, イ) a medical corporation)
COMPANY_FORM = (r"(?:[(（](?:カ|ユ|ド|シャ|シヤ|ザイ|株|有|トクヒ|ガク|フク|イ)"
                r"(?:[)）]|(?![ァ-ヶー]))"
                r"|(?<![ァ-ヶー])(?:カ|ユ|ド|トクヒ|ガク|フク)[)）])")
_COMPANY_HOLDER = regex.compile(r"[ \u3000]*" + COMPANY_FORM)
_COMPANY_HOLDER_HEAD = regex.compile(r"(?:カ|ユ|ド|シヤ|ザイ|トクヒ|ガク|フク|イ)[)）]|"
                                     r"カブシキ|ユウゲン|ゴウドウ")
# a name's reading in brackets between the name and its honorific
# (in kana, or in romaji for a name in katakana: アフマド・ハキム（Ahmad Hakim）さん)
_READING_BEFORE = regex.compile(r"[(（][\p{Hiragana}\p{Katakana}A-Za-zー ・\u3000]{1,30}[)）]\Z")
# surnames that end like a department (日下部 is a person, 営業部 is not)
_BU_SURNAMES = regex.compile(r"日下部|長谷部|曽我部|五十部|宇田部|雅楽部|石部|矢部|岡部|阿部|安部|"
                             r"渡部|服部|磯部|建部|日置部|物部")


def _is_name(v: str) -> bool:
    core = v.translate(_DROP_SEPARATORS)
    if len(core) < 2 or core in _NOT_NAMES:
        return False
    m = _NOT_NAME_PARTS.search(v)
    if m and m.group().rstrip(" \u3000")[-1] == "部" and _BU_SURNAMES.match(v):
        m = _NOT_NAME_PARTS.search(v, m.end())
    return not m


def no_ones_name(v: str) -> bool:
    """A word written where a name goes that names nobody (ご担当者, 各位, 未定, なし)."""
    return v.translate(_DROP_SEPARATORS) in _NOT_NAMES


def plausible_name(v: str) -> bool:
    """A span the analyser tagged as a name, checked against the words that are not."""
    return _is_name(v)


# a person's unit before their name on a labelled line (開発部 第1グループ　, 経理課　)
# (three characters at least, so that a surname is not taken for one: 服部, 氷室)
_UNIT_BEFORE = regex.compile(r"[\p{Han}\p{Katakana}ー]{2,8}"
                             r"(?:部|課|室|係|グループ|チーム|センター|支店|営業所|工場)"
                             r"(?:[ \u3000]*第?[0-9０-９一二三]{1,2}(?:グループ|チーム|課|係))?"
                             r"[ \u3000]+")


# labels that name a field only with a colon after them (本人：及位 健太)
_COLON_ONLY = frozenset({"本人", "ご本人"})


class LabelledNameRecognizer:
    types = (TYPE,)
    triggers = LABELS
    context = LABELS

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        f = pt.folded
        if hit.word == "name" and _QUALIFIED.search(f, max(pt.line_span(hit.start)[0],
                                                           hit.start - 24), hit.start):
            return []  # file name, company name, product name: a thing's name
        sep = match(_LABELLED, f, hit.end, min(hit.end + 32, len(f)))
        if not sep:
            return []
        if hit.word in _COLON_ONLY and ":" not in sep.group() and "：" not in sep.group():
            return []  # 「本人　宍戸 剛」 heads a family's line (its relation), not a field
        # a form's values are often aligned far right of their labels
        at = sep.end()
        while at < len(f) and f[at] in _PADDING and at - sep.end() < 40:
            at += 1
        unit = match(_UNIT_BEFORE, f, at, min(at + 30, len(f)))
        if unit and not _BU_SURNAMES.match(f, at):
            at = unit.end()  # 対象者：開発部 第1グループ　堀之内 学: the person after their unit
        m = match(_VALUE, f, at, min(at + 30, len(f)))
        if not m:
            return []
        if _ANIMAL.search(f, max(hit.start - 8, pt.line_span(hit.start)[0]), hit.start):
            return []  # ペットのお名前：チョコ: a pet's name
        v = m.group("v")
        # 氏名：山田 太郎　電話：… — the second token may be the next label
        parts = _SPACE.split(v, maxsplit=1)
        if len(parts) == 2 and _LABEL_WORDS.match(parts[1]):
            v = parts[0]
        if _LABEL_WORDS.match(v) or not _is_name(v):
            return []
        if (_COMPANY_HOLDER.match(f, m.end(), min(m.end() + 6, len(f)))
                or _COMPANY_HOLDER_HEAD.match(v)
                or (v.isascii() and NOT_ROMAJI_NAMES.search(v))):
            return []  # an account or a card held by a company: ヒノデサンギョウ（カ, HINODE CO LTD
        s = m.start()
        e = s + len(v)
        key = v.translate(_DROP_SEPARATORS)
        return [Found(TYPE, s, e, key, (mask_text, pt.folded[s:e]), 0.9, hit.word)]


# pets: their names take ちゃん and fill 「お名前」 on a pet clinic's or a pet hotel's forms
# (not the 犬 of 犬飼 or the 柴 of 柴田: surnames)
_ANIMAL = regex.compile(r"対象動物|動物名|ペット|ワンちゃん|わんちゃん|ネコちゃん|猫ちゃん|"
                        r"愛犬|愛猫|犬種|猫種|"
                        r"子犬|子猫|(?<![\p{Han}])犬(?![飼塚養山丸上井])|(?<![\p{Han}])猫(?![田俣])|"
                        r"柴犬|豆柴|[(（]柴|トイプードル|プードル|チワワ|ダックス|ポメラニアン|"
                        r"レトリバー|うさぎ|ウサギ|ハムスター|フェレット|インコ|オカメ")


_PET_REACH = 200


def a_pets_name(pt: PartText, name: str, at: int) -> bool:
    """Whether 「name ちゃん」 at ``at`` is a pet's: the line of one of its mentions in
    the part, or the line before it, speaks of a pet (「ワンちゃん：大福ちゃん（柴）」
    makes 「大福ちゃんは糖尿病で」 a dog's)."""
    f = pt.folded
    pos, seen = at, 0
    # (each mention's lines are read _PET_REACH either side of it: a line of a megabyte
    # is not read again for every name on it)
    while pos >= 0 and seen < 8:
        a, b = pt.line_span(pos)
        if a > 0:
            a = pt.line_span(a - 1)[0]
        if _ANIMAL.search(f, max(a, pos - _PET_REACH), min(b, pos + len(name) + _PET_REACH)):
            return True
        pos, seen = f.find(name, b), seen + 1
    pos = f.rfind(name, 0, at)
    while pos >= 0 and seen < 16:
        a, b = pt.line_span(pos)
        if _ANIMAL.search(f, max(a, pos - _PET_REACH), min(b, pos + len(name) + _PET_REACH)):
            return True
        pos, seen = f.rfind(name, 0, a), seen + 1
    return False


class HonorificNameRecognizer:
    types = (TYPE,)
    triggers = HONORIFICS
    context = frozenset()

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        f = pt.folded
        nxt = f[hit.end:hit.end + 1]
        if hit.word == "様" and nxt in ("々", "子", "式", "相", "態"):
            return []
        if hit.word == "殿" and nxt in ("堂", "下", "様"):
            return []
        if hit.word == "氏" and nxt in ("名", "族"):
            return []
        end = hit.start
        reading = search(_READING_BEFORE, f, max(end - 32, 0), end)
        if reading:  # 雲母（きら）さん: the name stands before its reading
            end = reading.start()
        a = max(end - 24, 0)
        m = search(_HONORIFIC_NAME, f, a, end)
        if not m and hit.word in ("くん", "ちゃん"):
            # a child's given name in hiragana (「ゆうと くん」, 「はるき くん（1歳3か月）」)
            m = search(_CHILD_KANA_NAME, f, a, end)
            if m and m.group(1) in _KIN_KANA:
                return []  # あかちゃん, おにいちゃん: no name
        if not m:
            return []
        v = m.group(1)
        if hit.word == "様" and v[-1] in _SAMA_WORDS and (len(v) <= 2 or v[-1] in _NO_NAME_END
                                                          or v[-2:] in _SAME_AS):
            return []  # 仕様, 同様; 次年度仕様書 (no name ends in 仕); 前回同様
        if hit.word in _PLAYER_TITLES and not _NAME_PART_SPLIT.search(v.strip()) \
                and not regex.fullmatch(r"[\p{Katakana}ー]+", v):
            return []  # 登録選手, 日本人選手, 先発投手: a kind of player; a name is written whole
        if not _is_name(v):
            return []
        s, e = m.span(1)
        if hit.word == "ちゃん" and a_pets_name(pt, v, s):
            return []  # 大福ちゃん（柴・12歳）: a pet's name
        key = v.translate(_DROP_SPACES)
        found = Found(TYPE, s, e, key, (mask_text, pt.folded[s:e]), 0.5, hit.word)
        # the salutation (「山田様」 alone on one of the first lines) names the addressee,
        # who already knows their own name: it is marked as the recipient's own
        a, b = pt.line_span(s)
        if ((pt.where.startswith("body") or pt.where.endswith(".eml"))  # or a mail attached
                and a < 400 and pt.line_of(a) < 6
                and (_SALUTATION.match(f[a:b])
                     # (a salutation line is short: a long one is not read for each name)
                     or (b - a <= 200 and _ADDRESSEES.match(f, a, b)))
                and ((":" not in f[a:s] and "：" not in f[a:s]) or _CC_LINE.match(f, a, b))
                and heads_the_mail(f, a)):
            found.own = True
        return [found]


# 九十九 里奈（つくも りな）: a name followed by its reading in two parts, as forms and lists
# write them; the reading is what makes it a name, whatever the dictionary knows of it
_WITH_READING = regex.compile(
    r"(?<![\p{Han}々])(?P<v>[\p{Han}々ヶ]{1,4}[ \u3000]?[\p{Han}々]{1,4})[ \u3000]*"
    r"[（(](?:[\p{Hiragana}]{1,8}[ \u3000][\p{Hiragana}]{1,8}"
    r"|[\p{Katakana}ー]{1,8}[ \u3000][\p{Katakana}ー]{1,8})"
    # (the reading may share its brackets with a grade or an age: わしお こはる、小6)
    r"(?:[、,][^)）\n]{1,10})?[)）]")


# a foreign name and its transliteration, in either order, part for part:
# グエン・ヴァン・ミン（NGUYEN VAN MINH）, NGUYEN VAN THANH（グエン ヴァン タン）
_KANA_PARTS = r"[\p{Katakana}ー]{2,8}(?:[・ \u3000][\p{Katakana}ー]{1,8}){1,3}"
# (a part may be hyphenated, as Chinese and Korean given names are: LIN MEI-HUA)
_ROMAJI_PARTS = r"[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?){1,3}"
_WITH_TRANSLITERATION = regex.compile(
    rf"(?<![\p{{Katakana}}ー])(?P<v>{_KANA_PARTS})[ \u3000]*[（(](?P<r>{_ROMAJI_PARTS})[)）]"
    rf"|(?<![A-Za-z])(?P<v>{_ROMAJI_PARTS})[ \u3000]*[（(](?P<r>{_KANA_PARTS})[)）]")
# the legal forms of companies abroad (Co., Ltd., GmbH, Sdn Bhd): a romaji "name" before
# one is a company's (Hinode Vietnam Co., Ltd.)
# (never a bare "Co.": every .co.jp mailbox has one)
LATIN_LEGAL_FORMS = (r"\bCo\.?,? ?(?:Ltd|Inc)\b|\b(?:Ltd|Inc|Corp|Corporation|LLC|GmbH|Pte|"
                     r"Limited|PLC|Sdn|Bhd)\b|\bS\.A\.|\bB\.V\.|\b[KG]\.K\.")
# what companies, schools, shops and products are called in romaji (マイクロソフト・
# チームズ（Microsoft Teams）, Brightwater College, Kaga Yasaka Taxi): a word of these
# in a romaji "name", or right after one, makes it an organisation's
LATIN_ORG_WORDS = (r"Co|Company|Group|Japan|Systems?|Services?|Technologies|Tech|Solutions|"
                   # a trade and a street, as a directory of firms abroad names them
                   r"Industrial|Industries|Industry|Supply|Supplies|Trading|Parts|Precision|"
                   r"Engineering|Manufacturing|JSC|PT|Avenue|Street|Road|Boulevard|"
                   # a project's or a unit's name (Project Phoenix has been delayed)
                   r"Project|Programme|Program|Team|Department|Division|Committee|Phase|"
                   r"Holdings|Bank|Hotels?|Center|Centre|Office|Cloud|Online|Teams|Business|"
                   r"Pro|Plus|Edition|Suite|Air|Airlines|Airways|Travel|Tours?|Club|"
                   r"International|Global|Network|Express|Foods?|Motors?|Electric|"
                   r"College|Collegiate|Academy|Education|Institute|Lyceum|School|"
                   r"University|Taxi|Cabs?|Hire|Transport|Logistics|Clinic|Hospital|Church|"
                   r"Museum|Library|Inn|Hostel|Resort|Restaurant|Cafe|Bakery|Pharmacy|"
                   r"Station|Airport|Lodge|Hutte|Hut|Sanso|Goya|Cabin|Camp|Villa|Ryokan|"
                   r"Onsen|Minshuku|Pension|Chalet|"
                   # places to stay abroad (Grand Sukhumvit Residence, … Serviced Apartments)
                   r"Residences?|Apartments?|Serviced|Suites|Mansions?|Tower|Plaza|Gardens?|"
                   r"Heights|"
                   # the romaji of Japanese company names (Hinode Sangyo, Aoba Unyu)
                   r"Sangyo|Kogyo|Denki|Denko|Unyu|Ginko|Insatsu|Shokai|Kensetsu|"
                   r"Seisakusho|Seiyaku|Shoken|Tsusho|Butsuryu|Hoken|Fudosan|Kaihatsu|"
                   r"Jidosha|Tetsudo|Kotsu|Kosan|Seiki|Tekko")
NOT_ROMAJI_NAMES = regex.compile(rf"(?:{LATIN_LEGAL_FORMS})|\b(?:{LATIN_ORG_WORDS})\b",
                                  regex.I)
_NAME_PART_SPLIT = regex.compile(r"[・ \u3000]+")


def _transliterations(f: str, a: int, b: int) -> list[Found]:
    out = []
    for m in _WITH_TRANSLITERATION.finditer(f, a, b):
        v, r = m.group("v"), m.group("r")
        if (len(_NAME_PART_SPLIT.split(v.strip())) != len(_NAME_PART_SPLIT.split(r.strip()))
                or NOT_ROMAJI_NAMES.search(v if v.isascii() else r)):
            continue
        s, e = m.span("v")
        out.append(Found(TYPE, s, e, v.translate(_DROP_SEPARATORS).casefold(),
                         (mask_text, f[s:e]), 0.7, "reading"))
    return out


def names_with_reading(pt: PartText, a: int, b: int) -> list[Found]:
    f = pt.folded
    out = _transliterations(f, a, b)
    for m in _WITH_READING.finditer(f, a, b):
        v = m.group("v")
        if len(v.translate(_DROP_SPACES)) < 2 or not _is_name(v):
            continue
        s, e = m.span("v")
        out.append(Found(TYPE, s, e, v.translate(_DROP_SEPARATORS), (mask_text, f[s:e]), 0.7,
                         "reading"))
    return out


# English cues of a person: a title (Mr. Kamatsuka, Dr Ana Ruiz), a family role (her
# daughter, Mei Katabira), or what follows a person's name (…, who; (born 6 May 2018);
# (DOB 02/03/2001))
_EN_NAME = r"[A-Z][a-z]+(?:[ ](?:[A-Z][a-z]+|O'[A-Z][a-z]+)){0,2}"
_TITLED = regex.compile(
    r"(?<![A-Za-z])(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?[ ]+"
    # a seafarer's rank (3/O Alvin Castillo, C/E Jun Reyes, Cadet Rina Sato)
    r"|(?<![A-Za-z0-9/])(?:[C234]/[OE]|Capt\.?|Captain|Bosun|Cadet)[ ]+(?=[A-Z][a-z]+[ ][A-Z])"
    r"|(?:[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband|[Ss]pouse|[Mm]other|[Ff]ather),?[ ]+)"
    rf"(?P<v>{_EN_NAME})(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?<![A-Z][a-z]*[ ])(?P<v>[A-Z][a-z]+[ ](?:[A-Z][a-z]+|[A-Z]{{2,}}|"
    r"O'[A-Z][a-z]+))"
    r"(?=,[ ]who[ ]|[ ]\((?:born|aged?|DOB|D\.O\.B\.|date of birth)[ :])")
# one cheap look before the full pattern: most text has none of these
_EN_CUE = regex.compile(r"Mr|Ms|Miss|Dr|aughter|[Ss]on|ife|usband|pouse|other|ather|, who |"
                        r"/[OE] |Capt|Bosun|Cadet|"
                        r"\((?:born|age|DOB|D\.O\.B|date of birth)")
_DEAR = regex.compile(r"[ \t]*(?:Dear|Hello|Hi)[ ]", regex.I)
# capitalised words that begin sentences or name places, not people
_NOT_EN_NAMES = frozenset({"The", "This", "That", "Our", "Your", "His", "Her", "Their", "We",
                           "Dear", "Hello", "Please", "Thank", "Thanks", "Best", "Kind",
                           "Regards", "Japan", "Tokyo", "Osaka", "Team", "Department"})


# a passenger as airlines write one (IOKIBE/SHIGEHARU MR, KUDO/AOI MS): surname, slash,
# given name and the title code of a booking
_PNR_NAME = regex.compile(r"(?<![A-Za-z/])(?P<v>[A-Z]{2,20}/[A-Z]{2,20}(?: [A-Z]{2,20})?)"
                          r" (?:MR|MS|MRS|MISS|MSTR|CHD|INF)(?![A-Za-z])")


def english_titled_names(pt: PartText, a: int, b: int) -> list[Found]:
    """Names in English running text that a title, a family role or a relative clause
    marks as a person's, at the score of a name before 様; and passengers written as a
    booking writes them."""
    f = pt.folded
    pnr = []
    if "/" in f[a:b]:
        for m in _PNR_NAME.finditer(f, a, b):
            s, e = m.span("v")
            pnr.append(Found(TYPE, s, e, m.group("v").replace("/", "").casefold(),
                             (mask_text, f[s:e]), 0.7, "booking"))
    return pnr + _titled(pt, f, a, b)


def _titled(pt: PartText, f: str, a: int, b: int) -> list[Found]:
    if not _EN_CUE.search(f, a, b):
        return []
    out = []
    for m in _TITLED.finditer(f, a, b):
        v = m.group("v")
        if v.split(" ", 1)[0] in _NOT_EN_NAMES or NOT_ROMAJI_NAMES.search(v):
            continue
        s, e = m.span("v")
        found = Found(TYPE, s, e, v.casefold().replace(" ", ""), (mask_text, f[s:e]), 0.5,
                      "title")
        la, _ = pt.line_span(s)
        if pt.where.startswith("body") and pt.line_of(la) < 6 and _DEAR.match(f, la, s):
            found.own = True  # "Dear Ms. Hayama,": the addressee's own name
        out.append(found)
    return out

