"""Which UniDic tokens make a person's name: the rules of ``mailguard.detect.names``.

``spans_from_tokens(text, tokens)`` is pure: it reads the tokens MeCab + UniDic gave for
``text`` (``names_worker.tokenize``) and returns the names.  UniDic tags surnames and
given names 名詞-固有名詞-人名-姓 / -名 (foreign names -一般), but not always: a surname
may come out as a place (平野様, 佐野先生), a given name as an ordinary word (澪, ひなた) or
in pieces (悠|人, ミサ|キ), a rare surname as numbers (九十九).  The rules take the tags
first and repair those cases only where the text leaves little doubt:

- 姓 then 名 (nothing or one ASCII / full-width space between): a name wherever it stands,
  unless a business word follows (中島董商店, 山田太郎税理士事務所) or it continues an
  address (…区烏丸通);
- a 姓 or a 名 alone: only before an honorific (様, さん, 殿, 氏, くん, 君, さま, ちゃん, 先生;
  one space allowed) or when the text holds nothing but names (a cell: 「小林」,
  「小林、森」; a single character alone is more often a form's word: 有, 済);
- a given name UniDic missed, after a 姓: a short tail of one script up to the end of the
  text, a space, a sign, an honorific (or, for kanji, a particle): one kanji, two that are
  not one word (柚|希), or up to three after a space; two to five hiragana; katakana after a
  katakana surname.  Never a title, a business word or a place suffix (部長, 商店, 家, 市);
- a tagged given name in brackets after a 姓, before an honorific (喜屋武（美咲）さん);
- the rest of a given name UniDic cut short (悠|人, 陽菜|乃, ミサ|キ), to three kanji;
- a surname UniDic does not know (九十九, 百目鬼) or tags only in part (東風|谷): the kanji
  before a tagged 名 / 姓, from the start of the text or a separator;
- a surname tagged as a place or a proper noun (平野, 野村, オオシマ) before a given name,
  and readings (two katakana words, one of them tagged a name or no word of the
  dictionary: ミズタニ アキコ, ナガサワ シオン): only alone in the text or before an
  honorific (ホンダ フィット and ヤマダ システム are no names);
- a place before an honorific (佐野先生), or beside names in a list (「梶原、藤川」);
  a noun before くん / ちゃん (大樹くん, not お姉ちゃん).

Known limits: a reading whose words the dictionary knows (シライシ ミナ: brands look the
same), a surname alone that is an ordinary word (高見) or reads as a date (四月一日), and
a given name MeCab reads as a verb (陽翔く|ん).  Whole cells that are both a surname and
a place (宮崎, 金沢) are taken as names.

So 豊田通商, 田中電機, 長野, 福岡市, 部長 and 営業部 are no names, the cell 「豊田」 is one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A person's name at ``text[start:end]`` (the honorific after it not included)."""

    start: int
    end: int
    surname: bool   # a 姓 was tagged (or, for a foreign name, it has two parts)
    given: bool     # a 名 was tagged or taken from the tail after a 姓


HONORIFICS = frozenset({"様", "さま", "サマ", "さん", "サン", "殿", "氏", "くん", "君",
                        "ちゃん", "先生", "選手", "投手"})
# what may stand between names in a text that holds nothing but names (「小林、森」)
SEPARATORS = frozenset(" \t\r\n\u3000、,，・/／&＆")
SPACES = frozenset(" \u3000")
_JOINERS = frozenset("・＝=")
_HONORIFIC_HINT = re.compile("|".join(sorted(HONORIFICS, key=len, reverse=True)))
_SEI, _MEI, _PERSON, _PLACE, _PROPER, _OTHER = "sei", "mei", "person", "place", "proper", "-"
_NAME_KINDS = frozenset({_SEI, _MEI, _PERSON})
_GIVEN_KINDS = frozenset({_MEI, _PERSON})

# Words after a name that make it a role or an office, or a business (then it is no name).
_TITLES = _words("""
部長 課長 係長 社長 会長 主任 専務 常務 次長 室長 所長 店長 局長 院長 園長 校長 理事 監事
取締役 顧問 担当 先生 教授 講師 医師 御中 各位 一同 一家 夫妻 家族 親子 兄弟 様方
""")
_BUSINESS = _words("""
株式会社 有限会社 合同会社 商店 商会 商事 工業 工務 建設 電機 電気 製作 産業 物産 興業 運輸
薬局 医院 病院 歯科 会計 税理 法律 事務 司法 行政 不動産 印刷 書店 酒店 食堂 本舗 本店 支店
本社 支社 営業 銀行 証券 證券 保険 精機 鉄工 運送 食品 製菓 製薬 化成 技研 通商 倉庫 工場
""")
_NOT_GIVEN = _TITLES | _BUSINESS
# Kanji that end a house, a shop, a place or a group, not a given name (鈴木家, 田中組).
_NOT_GIVEN_END = frozenset("家店屋邸宅組社側系流派式製産町村市区郡県都府駅線港院園館"
                           "堂寺宮殿方氏達等用宛分様君部課係室班局署通筋坂丁条所")
# Kanji that end a department or an office, not a surname (営業部翔太さん: 翔太 only).
_NOT_SURNAME_END = frozenset("部課係室班局署社店所長員者様殿宛")
# Kinship words that take くん / ちゃん without being names (お姉ちゃん).
_KIN = _words("姉 兄 父 母 妹 弟 娘 孫 坊 嬢 爺 婆 ばあ じい おじ おば 赤 息子 叔父 叔母 "
              "伯父 伯母 祖父 祖母")
_CHILD_HONORIFICS = frozenset({"くん", "ちゃん"})
_ADDRESS_ENDS = frozenset("都道府県市区町村郡")
# a reading: two katakana words, as 氏名（カナ） columns hold them
_KATAKANA_PAIR = re.compile(r"(?<![ァ-ヺー])[ァ-ヺー]{2,8}[ \u3000][ァ-ヺー]{2,8}(?![ァ-ヺー])")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    surface: str
    pos1: str
    pos2: str
    kind: str      # _SEI, _MEI, _PERSON (人名-一般: foreign names), _PLACE (地名),
                   # _PROPER (固有名詞-一般: also many surnames) or _OTHER
    script: str    # "kanji", "hira" or "kata" when the token is all of one, else ""
    unknown: bool  # a word the dictionary does not have


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    surname: bool
    given: bool
    sure: bool        # a tagged 姓 and a given name: a name wherever it stands
    honorific: int    # the end of the honorific right after it, or 0
    next: int         # the index of the token after it


@functools.lru_cache(maxsize=256)
def _pos(pos: str) -> tuple[str, str, str, bool]:
    """(pos1, pos2, kind, unknown) of a ``"pos1,pos2,pos3,pos4,unknown"`` tag."""
    p1, p2, p3, p4, unknown = [*pos.split(","), "", "", "", ""][:5]
    kind = _OTHER
    if p2 == "固有名詞":
        if p3 == "人名":
            kind = {"姓": _SEI, "名": _MEI}.get(p4, _PERSON)
        else:
            kind = _PLACE if p3 == "地名" else _PROPER
    return p1, p2, kind, unknown == "1"


@functools.lru_cache(maxsize=4096)
def _script_of(surface: str) -> str:
    scripts = {_script(c) for c in surface}
    return scripts.pop() if len(scripts) == 1 else ""


def _tok(text: str, start: int, end: int, pos: str) -> _Tok:
    p1, p2, kind, unknown = _pos(pos)
    surface = text[start:end]
    return _Tok(start, end, surface, p1, p2, kind, _script_of(surface), unknown)


def _script(ch: str) -> str:
    if "\u3041" <= ch <= "\u309f":
        return "hira"
    if "\u30a1" <= ch <= "\u30fa" or ch == "ー":
        return "kata"
    if ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
            or ch in "々〆ヶ" or "\U00020000" <= ch <= "\U0003134f"):
        return "kanji"
    return ""


def spans_from_tokens(text: str, raw: Sequence[Sequence]) -> list[NameSpan]:
    """The person names of ``text`` from its UniDic tokens ``(start, end, "p1,p2,p3,p4")``
    (the rules are in this module's docstring)."""
    # no proper noun, honorific or reading: nothing any rule could take (most lines of mail)
    if (not any("固有名詞" in p for _, _, p in raw) and not _HONORIFIC_HINT.search(text)
            and not _KATAKANA_PAIR.search(text)):
        return []
    toks = [t for t in (_tok(text, s, e, p) for s, e, p in raw) if t.pos1 != "空白"]
    found: list[_Candidate] = []
    i = 0
    while i < len(toks):
        cand = None
        if toks[i].kind in _NAME_KINDS or _weak_surname(toks[i]):
            cand = _run(text, toks, i)
        if cand is None:
            cand = _word_before_honorific(text, toks, i)
        if cand is None and _weak_surname(toks[i]) and toks[i].script == "kanji" \
                and MOBILE_AFTER.match(text, toks[i].end):
            # a surname the dictionary has as a place, before its mobile (桐生（携帯 080-…）)
            cand = _Candidate(toks[i].start, toks[i].end, True, False, False, 0, i + 1)
        if cand is None:
            i += 1
            continue
        # 中島董商店 and 山田太郎税理士事務所 are businesses; 中京区烏丸通 is an address
        if not _business_after(text, cand.end) and not _in_address(text, cand):
            found.append(cand)
        i = cand.next
    found = _with_readings(text, toks, found)
    if not found:
        return []
    only_names = _only_names(text, found)
    if not only_names:   # 「梶原、藤川」: beside names, a place alone is a surname (梶原)
        places = [_Candidate(t.start, t.end, True, False, False, _honorific(text, toks, k + 1),
                             0) for k, t in enumerate(toks)
                  if t.kind == _PLACE and t.script == "kanji" and len(t.surface) > 1
                  and not any(c.start < t.end and t.start < c.end for c in found)]
        if places and _only_names(text, sorted(found + places, key=lambda c: c.start)):
            found = sorted(found + places, key=lambda c: c.start)
            only_names = True
    # alone, a one-character name is more often a word of a form (有, 済, 森)
    return [NameSpan(c.start, c.end, c.surname, c.given) for c in found
            if c.sure or c.honorific or (only_names and c.end - c.start >= 2)
            or (c.surname and _STAFF_BEFORE.search(text, max(c.start - 6, 0), c.start)
                and _STAFF_AFTER.match(text, c.end))
            # a surname alone heading a clause, as a story names its person (「、樫村が平成26年
            # にも…」, 「小鳥遊の米国ビザ申請の件」): a tagged 姓, not a place's or a word's
            or (c.surname and not c.given and c.end - c.start >= 2
                and (c.start == 0 or text[c.start - 1] in _CLAUSE_START)
                and _SUBJECT_AFTER.match(text, c.end))
            # a surname before a title, as a colleague is named (鷲尾常務は, 神谷課長から)
            or (c.surname and c.end - c.start >= 2 and _TITLE_AFTER.match(text, c.end))
            # an age in brackets after a name tells a person as an honorific does
            # (月見里 和也（42歳）は)
            # (a tagged surname as well: 「組立課の鬼塚（29歳）ですが」)
            or ((c.given or (c.surname and c.end - c.start >= 2))
                and _AGE_AFTER.match(text, c.end))
            # so does a mobile in brackets after a surname (総務課長の宮下（携帯 090-…）)
            or (c.surname and MOBILE_AFTER.match(text, c.end))]


# a colleague named by surname alone, as business mail names its own staff to a customer
# (「担当の楠木ですが、」「弊社の田中が」「後任の五百旗頭が」), or after what they did
# (「運転していた漆畑ですが」)
# (or after a role: 「申告者の一ノ瀬から」, 「運転者の神谷が」)
_STAFF_BEFORE = re.compile(r"(?:(?:[一-龯]{1,3}者|担当|弊社|当社|弊店|当院|当方|部下|同僚|後任|"
                           r"前任|上司|社員|社長|副社長|会長|専務|常務|取締役|役員|部長|課長|"
                           r"係長|室長|所長|店長|"
                           r"職員|スタッフ)の|(?<=[ぁ-ん])た)\Z")
_AGE_AFTER = re.compile(r"[ \u3000]?[（(][0-9０-９]{1,3}[ \u3000]?(?:歳|才)")
MOBILE_AFTER = re.compile(r"[ \u3000\n]?[（(](?:携帯|ケータイ|社用携帯|mobile|tel|電話)?"
                           r"[ \u3000:：]*0[789]0", re.I)
_STAFF_AFTER = re.compile(r"です|が|は|も|より|から|に(?!て)|本人")
_CLAUSE_START = frozenset("\n。、「『（(")
# (not 「江藤です。」: the sender introducing themself)
_SUBJECT_AFTER = re.compile(r"が|は|も|の|から|に(?!て)|本人")
_TITLE_AFTER = re.compile(r"(?:部長|課長|係長|社長|会長|専務|常務|次長|室長|所長|店長|主任|取締役)"
                          r"(?:は|が|も|の|より|から|に(?!て)|について|本人)")


def _weak_surname(t: _Tok) -> bool:
    """A token UniDic tags as a place or another proper noun that may be a surname
    (平野, 宮田, 野村 beside a given name): a name only with a given name after it.  In
    katakana, proper nouns are brands (ホンダ フィット), places may be surnames (オオシマ)."""
    if len(t.surface) < 2:
        return False
    return (t.kind == _PLACE and t.script in ("kanji", "kata")) or (
        t.kind == _PROPER and t.script == "kanji")


def _adjacent(toks: list[_Tok], j: int) -> bool:
    return toks[j].start == toks[j - 1].end


def _spaced(text: str, toks: list[_Tok], j: int) -> bool:
    """Whether one space (ASCII or full-width) and nothing else is before token ``j``."""
    return text[toks[j - 1].end:toks[j].start] in SPACES


def _run(text: str, toks: list[_Tok], i: int) -> _Candidate | None:
    """The name that starts at token ``i``: 姓+ [space] (名|一般)+, or (名|一般)+ with
    foreign names joined by ・ or a space; then the tail and head rules.  None when ``i``
    is a weak surname (``_weak_surname``) with no given name after it."""
    n = len(toks)
    j = i + 1
    weak = toks[i].kind not in _NAME_KINDS
    surname = weak or toks[i].kind == _SEI
    given_at = -1 if surname else i
    if surname:
        while j < n and toks[j].kind == _SEI and _adjacent(toks, j) and not weak:
            j += 1
        if (j < n and toks[j].kind in _GIVEN_KINDS
                and (_spaced(text, toks, j)
                     or (_adjacent(toks, j) and not (weak and len(toks[j].surface) < 2)))):
            given_at = j
            j += 1
    parts = 1
    while j < n:
        if toks[j].kind in _GIVEN_KINDS and _adjacent(toks, j):
            j += 1
            continue
        # ジョン・スミス, マイケル ブラウン: foreign names (一般) joined by a sign or a space
        nxt = j + 1 if toks[j].surface in _JOINERS else j
        if (nxt < n and toks[nxt].kind == _PERSON and toks[j - 1].kind == _PERSON
                and text[toks[j - 1].end:toks[nxt].start] in (*SPACES, *_JOINERS)):
            parts += 1
            j = nxt + 1
            continue
        break
    start, end = toks[i].start, toks[j - 1].end
    given = given_at >= 0
    surname = surname or parts > 1   # a foreign name of two parts is a full name
    if surname and not given:
        tail = _given_tail(text, toks, j, spaced_only=weak)
        if tail is None and not weak:
            tail = _bracketed_given(text, toks, j)
        if tail is not None:
            end, j = tail
            given = True
    elif given:
        end, j = _rest_of_given(text, toks, given_at, j)
    if weak and not given:
        return None
    # a place-like surname counts as sure before a given name that UniDic tags as one and
    # that stands one space apart (スタッフの 鈴鹿 房江 は…): places are not written so
    spaced_given = (weak and 0 < given_at < n and toks[given_at].kind == _MEI
                    and _spaced(text, toks, given_at)
                    # (a one-kanji given name set off by a space after it as well:
                    # 「出向予定の 牧之原 翔 について」)
                    and (len(toks[given_at].surface) >= 2
                         or text[toks[given_at].end:toks[given_at].end + 1] in SPACES))
    sure = surname and given and (not weak or spaced_given)
    if toks[i].kind == _SEI:
        start = _surname_head(text, toks, i)
    elif toks[i].kind == _MEI:
        head = _unknown_surname(text, toks, i)
        if head is not None:   # not sure: only before an honorific or alone in the text
            start, surname = head, True
            # …unless written as names are, two or three kanji one space before a given
            # name of two or more (「品質保証部の薬袋 千夏（…）が」), or of one that the
            # dictionary knows as a given name (月見里 修): nouns are not so set
            gap = toks[i].start - 1
            sure = sure or (given and text[gap] in SPACES and 2 <= gap - head <= 3
                            and (len(toks[i].surface) >= 2 or toks[i].kind == _MEI))
    return _Candidate(start, end, surname, given, sure, _honorific(text, toks, j), j)


def _given_tail(text: str, toks: list[_Tok], j: int, *, spaced_only: bool
                ) -> tuple[int, int] | None:
    """A given name UniDic did not tag, right after the surname that ends before token
    ``j`` (澪, ひなた, イツキ): (end, index after it), or None."""
    n = len(toks)
    if j >= n:
        return None
    spaced = _spaced(text, toks, j)
    script = toks[j].script
    if not script or not (spaced or (_adjacent(toks, j) and not spaced_only)):
        return None
    k = j
    while (k < n and toks[k].script == script and (k == j or _adjacent(toks, k))
           and toks[k].surface not in HONORIFICS and toks[k].kind != _PLACE
           and (script == "kata" or toks[k].pos1 not in ("接尾辞", "助詞", "助動詞"))
           and (script != "hira" or toks[k].pos1 == "名詞")):
        k += 1
    if k == j:
        return None
    tail = text[toks[j].start:toks[k - 1].end]
    if script == "kata":   # a reading: after a surname in katakana, or before an honorific
        ok = (2 <= len(tail) <= 8
              and (toks[j - 1].script == "kata" or bool(_honorific(text, toks, k))))
    elif script == "hira":
        ok = 2 <= len(tail) <= 5
    elif spaced:
        ok = len(tail) <= 3
    else:  # no space: one kanji that is a word (澪), or two that are not one (柚|希)
        ok = ((len(tail) == 1 and toks[j].pos1 == "名詞")
              or (len(tail) == 2 and k - j == 2))
    if not ok or _not_given(tail):
        return None
    if (spaced_only and script == "kanji" and k - j == 1 and toks[j].pos2 == "普通名詞"
            and len(tail) > 1):
        return None   # after a place or a brand, a dictionary word is no given name (重工)
    if not _boundary(text, toks, k, particle_ok=script == "kanji"):
        return None
    return toks[k - 1].end, k


def _bracketed_given(text: str, toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """喜屋武（美咲）さん: a tagged given name in brackets right after the surname, then an
    honorific: (end, index after it), or None."""
    if (j + 2 < len(toks) and toks[j].surface in ("（", "(") and _adjacent(toks, j)
            and toks[j + 1].kind in _GIVEN_KINDS and toks[j + 2].surface in ("）", ")")
            and _honorific(text, toks, j + 3)):
        return toks[j + 2].end, j + 3
    return None


def _not_given(word: str) -> bool:
    return word[-1] in _NOT_GIVEN_END or any(w in word for w in _NOT_GIVEN)


def _rest_of_given(text: str, toks: list[_Tok], g: int, j: int) -> tuple[int, int]:
    """A given name goes on where UniDic cut it short (悠|人, 陽菜|乃, オオタ ミサ|キ):
    the end of the name and the index after it."""
    end = toks[j - 1].end
    script = toks[j - 1].script
    if script not in ("kanji", "kata") or j >= len(toks):
        return end, j
    k = j
    # kanji: single characters only (a word after a name is a title: 岩松了監督)
    while (k < len(toks) and _adjacent(toks, k) and toks[k].script == script
           and toks[k].kind not in (_SEI, _PLACE) and toks[k].surface not in HONORIFICS
           and (script == "kata" or len(toks[k].surface) == 1)):
        k += 1
    if k == j:
        return end, j
    given = text[toks[g].start:toks[k - 1].end]
    if script == "kanji" and (len(given) > 3 or _not_given(given)):
        return end, j
    if not _boundary(text, toks, k, particle_ok=script == "kanji"):
        return end, j
    return toks[k - 1].end, k


def _surname_head(text: str, toks: list[_Tok], i: int) -> int:
    """Where the surname tagged at token ``i`` really starts: UniDic may tag only its
    end (東風|谷 朋美), when kanji before it start the text or follow a space or a sign."""
    start = toks[i].start
    k = i
    while k > 0 and _adjacent(toks, k) and toks[k - 1].script == "kanji":
        k -= 1
    if k == i or start - toks[k].start > 3:
        return start
    if toks[k].start > 0 and text[toks[k].start - 1] not in SEPARATORS:
        return start
    head = text[toks[k].start:start]
    if (_not_given(head) or head[-1] in _NOT_SURNAME_END
            or any(t.kind in _NAME_KINDS or t.pos1 != "名詞" for t in toks[k:i])):
        return start
    return toks[k].start


def _unknown_surname(text: str, toks: list[_Tok], i: int) -> int | None:
    """The start of a surname UniDic does not know (九十九, 百目鬼) before the given name
    at token ``i``, or None: a run of kanji that starts the text or follows a space, a
    sign or kana."""
    end = toks[i].start
    if end > 0 and text[end - 1] in SPACES:
        end -= 1
    if end == 0 or _script(text[end - 1]) != "kanji":
        return None
    start = end
    while start > 0 and _script(text[start - 1]) == "kanji":
        start -= 1
    head = text[start:end]
    if len(head) > 5 or _not_given(head) or head[-1] in _NOT_SURNAME_END:
        return None
    # whole tokens, none of them a name (that would be a run of its own)
    inside = [t for t in toks if start <= t.start < end]
    if not inside or inside[0].start != start or inside[-1].end != end:
        return None
    if any(t.kind in _NAME_KINDS or t.pos1 not in ("名詞", "接尾辞") for t in inside):
        return None
    return start


def _with_readings(text: str, toks: list[_Tok], found: list[_Candidate]
                   ) -> list[_Candidate]:
    """Add readings (two katakana words, ミズタニ アキコ, ナガサワ シオン) that UniDic did
    not tag as a whole: a reading replaces the partial names found inside it.  Two
    katakana words are a reading when one of them is no word of the dictionary (an
    unknown word, or pieces that are not all nouns: ナガ|サワ, ヒラ|ノ), is tagged as a
    name, or when the first is a place (オオシマ); not a brand and its product (ホンダ
    フィット), nor a name and a word of four or more (ヤマダ システム)."""
    readings = []
    for m in _KATAKANA_PAIR.finditer(text):
        inside = [t for t in toks if m.start() <= t.start < m.end()]
        if not inside or inside[0].start != m.start() or inside[-1].end != m.end():
            continue
        split = m.start() + text[m.start():m.end()].index(next(
            c for c in text[m.start():m.end()] if c in SPACES))
        first = [t for t in inside if t.end <= split]
        second = [t for t in inside if t.start > split]
        named = any(t.kind in _NAME_KINDS for t in inside)
        if all(t.kind == _PROPER for t in first) and not named:
            continue   # ホンダ フィット: a brand and its product
        if (len(second) == 1 and second[0].kind == _OTHER and not second[0].unknown
                and len(second[0].surface) >= 4):
            continue   # ヤマダ システム: a dictionary word of four or more is no given name
        if named or any(t.kind == _PLACE for t in first) or _no_word(first) or _no_word(second):
            readings.append(_Candidate(m.start(), m.end(), True, True, False, 0, 0))
    if not readings:
        return found
    for r in readings:
        after = next((k for k, t in enumerate(toks) if t.start >= r.end), len(toks))
        r.honorific = _honorific(text, toks, after)
    kept = [c for c in found if not any(c.start < r.end and r.start < c.end for r in readings)]
    return sorted(kept + readings, key=lambda c: c.start)


def _no_word(toks: list[_Tok]) -> bool:
    """Whether these tokens are no word the dictionary knows: unknown, or cut into pieces
    that are not all nouns (ナガ|サワ, ホソ|カワ)."""
    return any(t.unknown for t in toks) or (
        len(toks) > 1 and any(t.pos1 != "名詞" or t.pos2 == "数詞" for t in toks))


def _word_before_honorific(text: str, toks: list[_Tok], i: int) -> _Candidate | None:
    """A surname UniDic tags as a place before an honorific (佐野先生, 平野様), or a given
    name it tags as an ordinary word before くん / ちゃん (大樹くん)."""
    t = toks[i]
    hon = _honorific(text, toks, i + 1)
    if not hon or (i and _adjacent(toks, i) and toks[i - 1].pos1 == "接頭辞"):
        return None
    if t.kind == _PLACE and t.script in ("kanji", "kata"):
        return _Candidate(t.start, t.end, True, False, False, hon, i + 2)
    if toks[i + 1].surface not in _CHILD_HONORIFICS or not t.script or t.pos1 != "名詞":
        return None
    # the whole run of its script before くん / ちゃん: UniDic may cut the name (遥|斗くん)
    k = i
    while (k > 0 and _adjacent(toks, k) and toks[k - 1].script == t.script
           and toks[k - 1].pos1 in ("名詞", "記号")):
        k -= 1
    if k > 0 and _adjacent(toks, k) and toks[k - 1].pos1 == "接頭辞":
        return None
    given = text[toks[k].start:t.end]
    if len(given) > 4 or given in _KIN or any(u.kind != _OTHER for u in toks[k:i + 1]):
        return None
    return _Candidate(toks[k].start, t.end, False, True, False, hon, i + 2)


def _in_address(text: str, cand: _Candidate) -> bool:
    """Whether the name follows a place name's ending with no space (…区烏丸通)."""
    return cand.start > 0 and text[cand.start - 1] in _ADDRESS_ENDS


def _business_after(text: str, end: int) -> bool:
    return any(text.startswith(w, end) for w in _BUSINESS)


def _honorific(text: str, toks: list[_Tok], j: int) -> int:
    """The end of the honorific at token ``j`` (right after the name or one space on), or 0."""
    if j >= len(toks) or not j or toks[j].surface not in HONORIFICS:
        return 0
    return toks[j].end if _adjacent(toks, j) or _spaced(text, toks, j) else 0


def _boundary(text: str, toks: list[_Tok], k: int, *, particle_ok: bool) -> bool:
    """Whether a name may end before token ``k``: the end of the text, a space, a sign,
    an honorific or (``particle_ok``) a particle."""
    if k >= len(toks) or not _adjacent(toks, k):
        return True
    t = toks[k]
    return (t.pos1 == "補助記号" or t.surface in HONORIFICS
            or (particle_ok and t.pos1 in ("助詞", "助動詞")))


# a list entry's number or bullet at the head of a line: 1. 1) (1) ① ・ ■ No.1
_ENUMERATOR = re.compile(r"[ \t\u3000]*(?:[・\-*＊●○■□◆◇▪]|(?:No\.?)?[0-9０-９]{1,3}[.．)）:：]"
                         r"|[（(][0-9０-９]{1,3}[)）]|[\u2460-\u2473])[ \t\u3000]*")


def _only_names(text: str, found: list[_Candidate]) -> bool:
    """Whether the text holds nothing but these names (their honorifics and separators),
    each apart from the one before (四条烏丸 is no list of two).  A list's numbering or
    bullet may head the text (「2. 百目鬼 陽子」, 「③ 東海林 光男」)."""
    m = _ENUMERATOR.match(text)
    at = m.end() if m else 0
    for n, c in enumerate(found):
        gap = text[at:c.start]
        if any(ch not in SEPARATORS for ch in gap) or (n and not gap):
            return False
        at = c.honorific or c.end
    return all(ch in SEPARATORS for ch in text[at:])
