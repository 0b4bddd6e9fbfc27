"""JP_ADDRESS: a Japanese postal address, 都道府県 + 市区町村 + 番地 (with or without 〒).

Triggered by a prefecture name, or by a city or ward that people write without one (横浜市
港北区…, 世田谷区…: a designated city with its ward, one of Tokyo's 23 wards); the
pattern then needs a municipality (…市, …区, …町,
…村, 郡) and a block number (1-2-3, 1丁目2番3号, 3番地, 北1条西2丁目).  A place
name alone (東京都港区で開催) is no address.  A postal code (〒100-0001) right before
is taken into the span.
"""

from __future__ import annotations

import regex

from mailguard.detect.context import KeywordHit, PartText
from mailguard.detect.entities.base import Found, finditer, match, search, words

TYPE = "JP_ADDRESS"
PREFECTURES = words("""
北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県
千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県
愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県
広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県
宮崎県 鹿児島県 沖縄県
""")
LABELS = frozenset({"住所", "ご住所", "現住所", "所在地", "address", "送付先", "お届け先",
                    "自宅住所", "新住所"})
# labels that say the address is where a person lives (a mover's 新住所)
HOME_LABELS = frozenset({"現住所", "自宅住所", "新住所", "避難先"})
# where a person is to be found, not what an address is (お迎え先, 転居先, 実家): labels of
# an address only — a number after one of them is not taken for an address (実家 048-…
# is the family home's phone, 北町3-8-14 自宅前 保護者 070-… a pick-up point's)
WHEREABOUTS = frozenset({"自宅前", "お迎え先", "迎え先", "転居先", "引越先", "引っ越し先",
                         "入居先", "搬入先", "搬出元", "設置先", "帰省先", "滞在先", "実家",
                         "居所", "新居", "乗車場所", "乗車地", "送迎場所", "お迎え場所",
                         "迎え場所", "避難先"})
ADDRESS_LABELS = LABELS | WHEREABOUTS
# the cities whose addresses go without their prefecture: the designated cities (written
# with a ward: 横浜市港北区…) and Tokyo's 23 wards (世田谷区…)
DESIGNATED_CITIES = words("""
札幌市 仙台市 さいたま市 千葉市 川崎市 横浜市 相模原市 新潟市 静岡市 浜松市 名古屋市
京都市 大阪市 堺市 神戸市 岡山市 広島市 北九州市 福岡市 熊本市
""")
TOKYO_WARDS = words("""
千代田区 中央区 港区 新宿区 文京区 台東区 墨田区 江東区 品川区 目黒区 大田区 世田谷区
渋谷区 中野区 杉並区 豊島区 北区 荒川区 板橋区 練馬区 足立区 葛飾区 江戸川区
""")

_W = r"[\p{Han}\p{Katakana}\p{Hiragana}ヶケ々ー]"
_NUM = r"(?:[0-9]{1,5}|[一二三四五六七八九十]{1,3})"
# the rest of a block number: joined groups (4-26-11, 2丁目3番), or after a space a group
# with its word (1丁目 2番 3号) — never a cell's tab, nor a bare number after a space (the
# phone of the next column: 4-26-11\t080-…, 仏子4-26-11 080-…)
_BLOCK_REST = (rf"(?:{_NUM}(?:[ \u3000]?(?:丁目|番地|番|号|-|の))?"
               rf"|[ \u3000]{_NUM}[ \u3000]?(?:丁目|番地|番|号)){{0,3}}")
_AFTER_PREF = regex.compile(
    rf"[ \t\u3000]?(?:{_W}{{1,8}}?郡)?{_W}{{1,10}}?[市区町村]"
    rf"(?:{_W}{{1,8}}?区)?"
    rf"(?:(?:[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}ヶケ々ー0-9]{{0,14}}?)[ \t\u3000]?"
    rf"{_NUM}[ \t\u3000]?(?:丁目|番地|番|号|-|の)"
    rf"{_BLOCK_REST}"
    # a rural lot number standing bare after its place (長野県千曲市粟佐1188)
    rf"|[\p{{Han}}\p{{Katakana}}ヶケ々ー]{{1,10}}[0-9]{{2,5}}(?=[ \t\u3000\n、,（(]|$))")
_TOWN_BLOCK = (rf"(?:[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}ヶケ々ー0-9]{{0,14}}?)[ \t\u3000]?"
               rf"{_NUM}[ \t\u3000]?(?:丁目|番地|番|号|-|の){_BLOCK_REST}")
_AFTER_CITY = regex.compile(rf"{_W}{{1,4}}?区{_TOWN_BLOCK}")
_AFTER_WARD = regex.compile(rf"(?=[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}ヶケ々]){_TOWN_BLOCK}")
_GROUP = regex.compile(rf"{_NUM}")
# a prefecture, or the end of a longer place name (小倉北区, 堺市 in 大阪府堺市), before
_NAMED_BEFORE = regex.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}々ヶ]\Z")
# compiled once: regex.sub(pattern_string, …) looks its cache up at every call (slow)
_SPACE = regex.compile(r"[\s\u3000]")
_POSTAL_BEFORE = regex.compile(
    r"(?:(?:〒|郵便番号)[ \t\u3000:：]*|(?<![0-9\-]))\d{3}-\d{4}[ \t\u3000]*\Z")


def mask_address(pref: str, rest: str) -> str:
    cut = 0
    for i, c in enumerate(rest):
        if c in "市区町村郡":
            cut = i + 1
            break
    return pref + rest[:cut] + "****"


class AddressRecognizer:
    types = (TYPE,)
    triggers = PREFECTURES | DESIGNATED_CITIES | TOKYO_WARDS
    context = PREFECTURES | ADDRESS_LABELS

    def find(self, pt: PartText, hit: KeywordHit) -> list[Found]:
        f = pt.folded
        if hit.word in PREFECTURES:
            pattern = _AFTER_PREF
        elif search(_NAMED_BEFORE, f, max(hit.start - 1, 0), hit.start):
            return []  # the prefecture's address (or another place's) is read from its start
        else:
            pattern = _AFTER_CITY if hit.word in DESIGNATED_CITIES else _AFTER_WARD
        m = match(pattern, f, hit.end, min(hit.end + 60, len(f)))
        if not m or (pattern is not _AFTER_PREF and len(_GROUP.findall(m.group())) < 2):
            return []  # (without a prefecture, 江東区東雲1丁目の路上 is a place, not an address)
        s, e = hit.start, m.end()
        while e > s and f[e - 1] in "-の":
            e -= 1
        conf = 0.85
        pm = search(_POSTAL_BEFORE, f, max(s - 20, 0), s)
        if pm:
            s = pm.start() + (len(pm.group()) - len(pm.group().lstrip(" \t\u3000")))
            conf = 0.9
        kind, word = pt.label(s, e, ADDRESS_LABELS, frozenset(), frozenset(), label_window=20,
                              before=0, after=0)
        if kind == "label":
            conf = 0.95
        key = _SPACE.sub("", f[hit.start:e])
        masked = (mask_address(hit.word, f[hit.end:e]) if hit.word in PREFECTURES
                  else mask_address("", f[hit.start:e]))
        return [Found(TYPE, s, e, key, masked, conf, word or "")]


# An address without its prefecture (東雲市汐見台1-16-2): taken only where a person's
# other fields stand on the same line, or after an address label (see the scan)
MUNICIPAL = regex.compile(
    rf"(?<![\p{{Han}}\p{{Katakana}}々])(?:{_W}{{1,8}}?郡)?{_W}{{1,6}}?[市区町村]"
    rf"(?:{_W}{{1,8}}?区)?"
    rf"(?:[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}ヶケ々ー]{{1,14}}?)[ \t\u3000]?"
    rf"{_NUM}[ \t\u3000]?(?:丁目|番地|番|号|-|の)"
    rf"{_BLOCK_REST}")


# …or without its municipality too, as a town's office writes its residents' (大字中村1253
# 番地9, 東新田4丁目10番10号): a place name and the full block number (丁目 and 番, or 番地)
LOCAL = regex.compile(
    rf"(?<![\p{{Han}}\p{{Katakana}}々])(?:大字|字)?{_W}{{1,6}}?"
    r"(?:[0-9]{1,3}[ \u3000]?丁目[ \u3000]?[0-9]{1,4}[ \u3000]?番(?:地)?"
    r"(?:[ \u3000]?[0-9]{1,4}号?)?"
    r"|[0-9]{1,5}[ \u3000]?番地(?:[ \u3000]?[0-9]{1,4}(?![0-9]))?)")


# …or a town and its block numbers alone (高砂町2-5-17, 西浦4-29-14), as a list of one town's
# residents writes them: taken only in a column of such cells on three lines or more of a
# list of people's fields (see ``structure.municipal_addresses``)
# (a cell of its own: not a day's hours 月火水 10-19, a diet's code 調整食2-1・…, a class 中3-1)
TOWN_BLOCK = regex.compile(
    r"(?<![^\s／/|｜,、])(?![月火水木金土日]+[ \u3000]?[0-9])[\p{Han}ヶケ々]{2,5}[ \u3000]?"
    r"[1-9][0-9]?-[0-9]{1,4}(?:-[0-9]{1,4})?(?=[\s／/|｜,、]|$)")


def municipal_addresses(pt: PartText, a: int, b: int, conf: float,
                        pattern: regex.Pattern[str] = MUNICIPAL) -> list[Found]:
    f = pt.folded
    out = []
    for m in finditer(pattern, f, a, b):
        s, e = m.span()
        while e > s and f[e - 1] in "-の":
            e -= 1
        key = _SPACE.sub("", f[s:e])
        out.append(Found(TYPE, s, e, key, mask_address("", f[s:e]), conf, ""))
    return out


# An address written in romaji: 2-5-11 Ebisu-minami, Shibuya-ku, Tokyo 150-0022
ROMAJI = regex.compile(
    r"(?<![0-9A-Za-z])\d{1,4}(?:-\d{1,4}){1,3},?[ ]+[A-Z][A-Za-z\-]+(?:[ ][A-Z][A-Za-z\-]+)?,"
    r"[ ]*[A-Z][A-Za-z]+-(?:ku|shi|cho|machi|gun|mura|son)\b"
    r"(?:,[ ]*[A-Z][A-Za-z]+(?:-(?:to|fu|ken))?)?(?:[ ,]*\d{3}-\d{4})?")


def romaji_addresses(pt: PartText, a: int, b: int) -> list[Found]:
    out = []
    for m in finditer(ROMAJI, pt.folded, a, b):
        s, e = m.span()
        key = _SPACE.sub("", pt.folded[s:e]).lower()
        # the ward and city stay readable, the block number and street are masked
        tail = ",".join(pt.folded[s:e].split(",")[1:]).strip()
        out.append(Found(TYPE, s, e, key, "****, " + regex.sub(r"\d", "*", tail), 0.75, ""))
    return out
