"""Detectors that read the message's text: confidentiality markings, undecodable text.

**Confidentiality markings.**  A marking is a stamp or a classification that someone put
on this mail or document: 【社外秘】 before a subject, ``CONFIDENTIAL`` on a line of its
own, 「機密区分：関係者外秘」, ``Company Confidential`` in a page header, a document titled
「価格改定案（機密）」, or a sentence that classifies: 「本資料は社外秘です」.  The same
words also fill mail that marks nothing, and those must not hold:

* the standard disclaimer at the end of a mail or in a signature ("This e-mail … may
  contain confidential information … If you are not the intended recipient …",
  「本メールには機密情報が含まれている場合があります。誤って受信された場合は…」): a
  paragraph that reads like one is not a marking, nor is a ``CONFIDENTIAL`` line that
  heads it;
* mail and documents *about* confidentiality: 機密保持契約, 秘密保持契約, NDA,
  秘密情報の取扱い, "Confidential Information" as a contract's defined term, a policy
  on 社外秘 documents, 「社外秘の資料は外してお送りします」.

So each word is judged by where it stands.  The *strong* words (社外秘, 部外秘,
関係者外秘, 社内限り, 取扱注意, "Internal Use Only", "Strictly Confidential" …) are
markings wherever they classify, in a sentence of the mail too, unless that sentence is
a disclaimer, is about an NDA or a policy, or says the material was left out; in an
attached document (policies and training material quote them), only in a sentence at
its head that speaks of the document itself (「本資料は社外秘です」).  The
*weak* words (機密, 秘, Confidential, 非公開 …), common in ordinary prose and
contracts, count only as stamps: in brackets, on a line of their own, after a label
(「機密区分：」, "Classification:"), at the head or tail of a subject or file name, or
standing in a document's page header, footer, title or first lines (``TextPart.role``
from the extract stage).  Quoted reply text is not the sender's marking.
"""

from __future__ import annotations

import bisect
import functools
import posixpath
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from mailguard.detect.base import Evidence, Hit, Param, ScanInput
from mailguard.detect.context import REPLY_PREFIX
from mailguard.extract.base import TextPart

# Marking words that classify wherever they stand (prose included).
STRONG_MARKINGS = (
    "社外秘", "部外秘", "課外秘", "局外秘", "室外秘", "関係者外秘", "関係者以外秘", "関係者限り",
    "関係者限定", "社内限り", "社内限定", "社内専用", "部内限り", "部内限定", "極秘", "厳秘",
    "マル秘", "取扱注意", "取り扱い注意", "取扱い注意", "取扱厳重注意", "社外持出禁止",
    "社外持ち出し禁止", "持出禁止", "持ち出し禁止", "社外非公開", "機密扱い", "秘密扱い",
    "取扱者限り", "取扱者限定", "取扱者以外閲覧禁止", "top secret",
    "strictly confidential", "highly confidential", "company confidential", "internal only",
    "internal use only", "for internal use", "confidential and proprietary",
    "proprietary and confidential", "private and confidential", "private & confidential",
    "not for distribution", "not for external distribution", "do not distribute",
)
# Words that are markings only as stamps (see the module docstring).
WEAK_MARKINGS = ("機密", "秘密", "秘", "機密性2", "機密性3", "社内資料", "内部資料", "非公開",
                 "confidential", "restricted", "do not forward", "secret")
# In a document, a sentence classifies only when it speaks of the document itself at its
# head (「本資料は社外秘です」): elsewhere it is more often a policy or a training text
# (「社外秘の文書は持ち出してはならない」), which marks nothing.
SELF_REFERENCE = ("本資料", "本書", "本文書", "本ファイル", "この資料", "この文書", "当資料",
                  "this document", "this file", "this presentation", "this material")

# … and in a mail, what the sentence classifies must be this mail or what it carries
# (「本メールは社外秘です」「添付資料は社外秘のため」), not information in general
MAIL_REFERENCE = (*SELF_REFERENCE, "本メール", "このメール", "本メッセージ", "本件", "添付",
                  "下記", "以下", "当メール", "送付", "お送り", "共有する", "this e-mail",
                  "this email", "this message", "attached", "below", "following", "この",
                  "これら", "these", "this")

# A paragraph with one of these is a disclaimer (one is enough: they are what the
# standard notice is made of) …
DISCLAIMER_HINTS = (
    "intended recipient", "intended solely", "intended only for", "intended exclusively",
    "received this in error", "in error", "notify the sender", "notify us immediately",
    "please notify", "delete this", "delete it", "delete the message", "destroy",
    "unauthorized", "unauthorised", "strictly prohibited", "disclaimer",
    "誤って", "誤送信", "誤配信", "お心当たり", "心当たりのない", "宛先に誤り", "削除して",
    "削除願", "削除をお願い", "破棄して", "破棄願", "破棄をお願い", "廃棄して",
    "無断で", "無断転載", "無断複製", "無断使用", "無断転送", "免責",
)
# … and two of these.
DISCLAIMER_WEAK_HINTS = (
    "may contain", "may be confidential", "privileged", "legally", "prohibited",
    "addressee", "liability", "third part", "含まれている場合", "含まれる場合",
    "含まれることがあります", "含む場合", "可能性があります", "場合があります", "第三者",
    "開示", "複製", "転載", "禁じ", "禁止されて", "責任を負いかね", "ご連絡ください",
    "お知らせください", "送信者",
)
# Mail and documents about confidentiality, not marked by it.
ABOUT_HINTS = (
    "機密保持", "秘密保持", "守秘", "秘密情報", "機密情報の取", "機密情報の管理", "nda",
    "non-disclosure", "nondisclosure", "confidentiality agreement", "confidential information",
    "confidentiality obligation", "disclosing party", "receiving party", "開示者", "受領者",
    "本契約", "契約書", "条項", "規程", "規定", "ルール", "研修", "ポリシー", "policy", "定義",
    "」とは", "とは、", "セミナー", "講座", "勉強会", "漏えい", "漏洩", "対策", "ガイドライン",
    "マニュアル", "training", "管理方法", "取扱方法", "取り扱い方法", "区分の見直し", "分類基準",
)
# … or saying the marked material was left out.
LEFT_OUT_HINTS = (
    "含まれておりません", "含まれていません", "含みません", "含んでおりません", "除いて", "除き",
    "除外", "削除済", "削除しました", "削除いたしました", "外して", "外しました", "外しております",
    "伏せ", "控えさせ", "差し控え", "公開版", "公開用", "対象外", "解除", "送れません",
    "送付できません", "お送りできません", "添付できません", "共有できません", "開示できません",
    "お渡しできません", "提供できません", "not confidential", "no longer", "removed",
    "excluding", "redacted", "cannot share", "can't share", "unable to share",
    "ことはできません", "ことができません", "できかねます", "要点のみ", "抜粋", "概要のみ",
    "のみお送り", "のみ共有", "cannot send", "can't send", "unable to send", "cannot be shared",
    "添付しておりません", "添付していません", "添付しません", "お送りしておりません",
    "送付しておりません", "含めておりません", "含めていません", "入っておりません",
    "差し替え", "差替", "社外提出用", "社外向け", "not attached", "not included",
    # …or that the material needs no marking (「極秘扱いにする必要はない資料ですので」)
    "必要はない", "必要はありません", "必要ございません", "には当たらない", "には当たりません",
    "ではない資料", "ではありません", "扱いは不要", "扱い不要", "no need to treat",
    # the plain negative of speech, before a が/けれど (「社外秘扱いのためお送りできないのですが」)
    "送れない", "送付できない", "お送りできない", "添付できない", "共有できない", "開示できない",
    "お渡しできない", "提供できない",
)
# Labels a classification follows: 「機密区分：社外秘」, "Classification: Confidential".
CLASSIFICATION_LABELS = (
    "機密区分", "秘密区分", "取扱区分", "取り扱い区分", "情報区分", "文書区分", "管理区分",
    "機密レベル", "機密度", "秘密度", "秘匿区分", "公開区分", "区分", "分類", "格付",
    "security classification", "information classification", "data classification",
    "classification", "sensitivity", "confidentiality level", "label",
)

_BRACKETS = {"【": "】", "[": "]", "〔": "〕", "《": "》", "〈": "〉", "<": ">", "(": ")",
             "『": "』", "≪": "≫", "〘": "〙", "〖": "〗", "{": "}"}
_OPEN = "".join(re.escape(c) for c in _BRACKETS)
_CLOSE = "".join(re.escape(c) for c in _BRACKETS.values())
_BRACKETED = re.compile(rf"([{_OPEN}])([^{_OPEN}{_CLOSE}\n]{{1,40}})([{_CLOSE}])")
# decoration, separators and the small words a stamp carries around its marking
_FILLER = (r"[\s・/,、&+|:\-–—_=*#■□◆◇●○★☆※▲△▼▽.。「」┃│║｜" + _OPEN + _CLOSE + r"]"
           r"|and|扱い|資料|文書|レベル\s*\d?|level\s*\d?|draft|ドラフト|案|版|"
           r"v\d+(?:\.\d+)*|rev\.?\s*\d+|page\s*\d+(?:\s*of\s*\d+)?|p\.\s*\d+|"
           r"\d{4}[年/.\-]\d{1,2}月?(?:[/.\-]?\d{1,2}日?)?|\d+|ページ|頁|only|"
           # a handling rule beside the stamp (部外秘・複製禁止)
           r"(?:無断)?(?:複製|転送|転載|コピー|二次配布|再配布)(?:・(?:複製|転送|転載))?禁止")
_ARTICLE = re.compile(r"(?:第[0-9一二三四五六七八九十百]+条|article\s*\d+\.?)\s*$", re.I)
# a subject's reply/forward prefixes and list tags
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|tr|wg|返信|転送)\s*[:：]\s*"
                             r"|\s*\[[^\]]{1,30}\]\s*(?=\S))*", re.I)
# where a stamp ends in a subject or a name: space, punctuation, a bracket, the end
_EDGE = " \t:-–—|/_,.・" + "".join(_BRACKETS) + "".join(_BRACKETS.values())
_SENTENCE_END = re.compile(r"[。．!?！？]|\.\s")
SENTENCE_REACH = 300
# what makes a short segment a sentence, not a stamp
_PROSE_SIGNS = re.compile(r"。|です|ます|であり|である|場合|して|ください|\b(?:may|contains?|"
                          r"this|these|the|is|are|will|if|you|we|our|of)\b", re.I)
# a field's label and some of its value before a word (「議題：調査の進捗状況について（」)
_FIELD_VALUE = re.compile(r"[ \t\u3000]*[^:：\n]{1,8}[:：][^:：\n]*\S[ \t\u3000]*[(（【\[]$")
# the word as one kind of material in a list of kinds (「健康情報など取扱注意の情報は」,
# 「個人情報等の社外秘資料」): a rule about such material, not a marking of this mail
_KIND_BEFORE = re.compile(r"(?:など|等の|等|のような|といった|such as)\s*$", re.I)
# a line set between frame marks, as a stamp's box has it (■ … ■, ┃ … ┃)
_FRAMED = re.compile(r"([■□◆◇●○★☆┃│║|｜*＊#])[^\n]{1,60}\1")
_SEGMENT_SPLIT = re.compile(r"\t|\s{2,}|\u3000|\s[|\-–—/]\s|[|｜]")
# kana, kanji and letters: a word that goes on (機密 in 機密保持 does not stand alone)
_WORDISH = re.compile(r"[\u3040-\u30ff\u3400-\u9fffA-Za-z0-9]")
_WORD_SUFFIXES = ("扱い", "資料", "文書", "情報", "事項", "レベル", "区分")


def _terms_pattern(terms: tuple[str, ...], edges: bool = True) -> str:
    """The words as one alternation, longest first; English words end at word edges
    (without ``edges``, the caller checks them: see ``_words``)."""
    parts = []
    for t in sorted(set(terms), key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in t.split())
        parts.append(rf"(?<![a-z0-9]){body}(?![a-z0-9])" if t.isascii() and edges else body)
    return "|".join(parts)


def _lower(text: str) -> str:
    """Lower case, one character for one (offsets stay those of ``text``)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_SPACED_LINE = re.compile(r"(?m)^([ \t\u3000]*)((?:[\u4e00-\u9fff][ \u3000]+){1,5}[\u4e00-\u9fff])"
                          r"(?=[ \t\u3000]*$)")


# (a letter-spaced marking: one of its letters, then a space)
_STAMP_LETTERS = re.compile(r"[ \u3000][秘密扱]")


def _close_up(m: re.Match[str]) -> str:
    letters = m.group(2)
    closed = "".join(letters.split())
    return m.group(1) + closed + " " * (len(letters) - len(closed))


def _fold(text: str) -> str:
    """NFKC, case kept (the patterns ignore case; an all-caps CONFIDENTIAL is a stamp).
    Line by line, leaving alone the lines already in NFKC (most): a line break is a
    normalisation boundary, so the result is the whole text's, and one full-width letter
    does not cost a normalisation of the whole body.  ㊙ (which NFKC makes a bare 秘)
    becomes the stamp it is, [秘]."""
    if "㊙" in text:
        text = text.replace("㊙", "[秘]")
    if _STAMP_LETTERS.search(text):
        # a stamp set letter by letter on a line of its own (「　　極　秘」, 「社 外 秘」):
        # its letters closed up, the spaces moved after them (the line keeps its length)
        text = _SPACED_LINE.sub(_close_up, text)
    if unicodedata.is_normalized("NFKC", text):
        return text
    return "".join(line if unicodedata.is_normalized("NFKC", line)
                   else unicodedata.normalize("NFKC", line)
                   for line in text.splitlines(keepends=True))


def _has(text: str, hints: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(h in low for h in hints)


def _is_disclaimer(paragraph: str, hints: tuple[str, ...] = DISCLAIMER_HINTS,
                   document: bool = False) -> bool:
    """Whether a paragraph is a legal disclaimer.  In a document (an attachment's text),
    only prose is: a footer of words without a sentence (「機密　日の出産業株式会社　無断
    複製・転送禁止」) is the stamp and its prohibition, not a mail's notice."""
    if document and not _PROSE_SIGNS.search(paragraph):
        return False
    low = paragraph.lower()
    if any(h in low for h in hints):
        return True
    return sum(h in low for h in DISCLAIMER_WEAK_HINTS) >= 2


@dataclass(frozen=True)
class Stamp:
    """One marking found: the words as written, and the stamp around them (brackets,
    label) as evidence; neither is personal data."""

    term: str
    snippet: str
    strong: bool


@dataclass(frozen=True)
class Vocabulary:
    """The marking words compiled for the passes that use them: the built-in ones and
    a site's own (the rule's ``keywords``, counted as stamps only)."""

    find: re.Pattern[str]        # every word, for lower-cased text (see ``_words``)
    strong: re.Pattern[str]      # a strong word, whole
    stamp_only: re.Pattern[str]  # words and the filler of a stamp, nothing else
    own_line: re.Pattern[str]    # a line that is only a stamp (a label allowed before it)
    disclaimer_hints: tuple[str, ...]


@functools.lru_cache(maxsize=8)
def vocabulary(extra_words: tuple[str, ...] = (),
               extra_hints: tuple[str, ...] = ()) -> Vocabulary:
    words = tuple(unicodedata.normalize("NFKC", w).lower().strip() for w in extra_words)
    words = tuple(w for w in words if w)
    strong = _terms_pattern(STRONG_MARKINGS)
    terms = f"{strong}|{_terms_pattern(WEAK_MARKINGS + words)}"
    labels = "|".join(re.escape(x) for x in CLASSIFICATION_LABELS)
    return Vocabulary(
        # a plain, case-sensitive alternation over lower-cased text lets the engine skip
        # to the words' first letters (40x faster over a Japanese body than a pattern
        # with look-behinds and IGNORECASE)
        find=re.compile(_terms_pattern(STRONG_MARKINGS + WEAK_MARKINGS + words, edges=False)),
        strong=re.compile(f"(?:{strong})$", re.I),
        stamp_only=re.compile(rf"(?:{_FILLER}|{terms})+", re.I),
        own_line=re.compile(rf"(?:(?:{labels})\s*[:：]?\s*)?{_UNIT_BEFORE}?(?:{_FILLER}|{terms})+",
                            re.I),
        disclaimer_hints=DISCLAIMER_HINTS + tuple(h.lower() for h in extra_hints if h.strip()),
    )


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LABELLED = re.compile(
    r"(?:" + "|".join(re.escape(x) for x in sorted(CLASSIFICATION_LABELS, key=len, reverse=True))
    + rf")\s*(?:[:：=]\s*[{_OPEN}]?|[{_OPEN}])\s*$", re.I)
# a label word that begins with a marking word (機密区分, 機密レベル): not a marking itself
_LABEL_AHEAD = re.compile(
    r"(?:" + "|".join(re.escape(x) for x in sorted(CLASSIFICATION_LABELS, key=len, reverse=True))
    + r")\s*[:：=]", re.I)
MAX_WORDS = 1000      # marking words judged per text (a stamp comes early, or in a role part)
WINDOW = 120          # characters of a line either side of a word that can make it a stamp
FIRST_LINES = 3       # lines of a document (or title rows of a sheet) read as its head
MAX_SEGMENT = 40      # a stamp in a header is short; a longer run of text is a sentence


def _words(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Spans of the marking words in ``text`` (English ones whole words only)."""
    low = _lower(text)
    spans = []
    for m in vocab.find.finditer(low):
        a, b = m.span()
        if low[a].isascii() and (low[a - 1:a] in _ALNUM or low[b:b + 1] in _ALNUM):
            continue  # "confidentiality", "internally"
        spans.append((a, b))
    return spans


# the unit a 部外秘 / 課外秘 keeps its document in (「人事部外秘」: not to leave HR)
_UNIT_BEFORE = r"(?:[\u4e00-\u9fff]{1,8}(?=[部課室局]外秘))"
_UNIT_BEFORE_END = re.compile(r"[\u4e00-\u9fff][部課室局]外秘\Z")


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands alone (機密 in 「機密 2025」 or
    「機密資料」, not in 「機密保持」 or 「の機密」)."""
    if start > 0 and _WORDISH.match(text[start - 1]) \
            and not _UNIT_BEFORE_END.search(text, max(end - 4, 0), end):
        return False
    rest = text[end:]
    for suffix in ("", *_WORD_SUFFIXES):
        if rest.startswith(suffix):
            after = rest[len(suffix):len(suffix) + 1]
            if not after or not _WORDISH.match(after):
                return True
    return False


@dataclass
class _Lines:
    """A folded text cut into lines and paragraphs, for judging where a word stands."""

    text: str
    starts: list[int]
    lines: list[str]
    paragraph: list[int]          # paragraph number of each line
    disclaimer: dict[int, bool]   # per paragraph

    @classmethod
    def of(cls, text: str, hints: tuple[str, ...] = DISCLAIMER_HINTS,
           document: bool = False) -> _Lines:
        lines = text.split("\n")
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        paragraph, texts, n, blank = [], {}, 0, True
        for line in lines:
            if not line.strip():
                n += 0 if blank else 1
                blank = True
            else:
                blank = False
                texts.setdefault(n, []).append(line)
            paragraph.append(n)
        return cls(text, starts, lines, paragraph,
                   {p: _is_disclaimer("\n".join(t), hints, document)
                    for p, t in texts.items()})

    def disclaimer_near(self, line: int) -> bool:
        """In a disclaimer, or on the line next to one (its CONFIDENTIAL heading, or a
        word that closes it), blank lines between them aside."""
        if self.disclaimer.get(self.paragraph[line]):
            return True
        for step in (1, -1):
            i = line + step
            while 0 <= i < len(self.lines) and not self.lines[i].strip():
                i += step
            if 0 <= i < len(self.lines) and self.disclaimer.get(self.paragraph[i]):
                return True
        return False

    def sentence(self, line: int, col: int, end: int) -> str:
        """The sentence around ``lines[line][col:end]`` (a line break ends one too;
        at most a few hundred characters either side)."""
        text = self.lines[line]
        lo, hi = max(0, col - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
        before = _SENTENCE_END.findall(text, lo, col)
        first = text.rfind(before[-1], lo, col) + len(before[-1]) if before else lo
        after = _SENTENCE_END.search(text, end, hi)
        return text[first: after.end() if after else hi]


def _bracket_stamp(line: str, col: int, end: int, vocab: Vocabulary) -> str:
    """The bracketed stamp around ``line[col:end]`` (【社外秘】, [Confidential]), or ""."""
    for g in _BRACKETED.finditer(line):
        inside = g.start(2) <= col and end <= g.end(2)
        if inside and _BRACKETS[g.group(1)] == g.group(3) \
                and vocab.stamp_only.fullmatch(g.group(2)) \
                and not _ARTICLE.search(line[:g.start()]):  # 第8条（機密）: an article's name
            return g.group(0)
    return ""


def _label_stamp(line: str, col: int, end: int) -> str:
    """「機密区分：社外秘」, "Classification: Confidential" around ``line[col:end]``, or ""."""
    m = _LABELLED.search(line[:col])
    if not m:
        return ""
    close = line[end:end + 1]
    return line[m.start():end + (1 if close and close in _CLOSE else 0)].strip()


def _segment_stamp(line: str, col: int, end: int, vocab: Vocabulary,
                   document: bool = False) -> str:
    """The short segment of a header, footer, title or document head that holds the
    word as a stamp (「株式会社サンプル　社外秘」's 「社外秘」), or ""."""
    cuts = [0] + [x for m in _SEGMENT_SPLIT.finditer(line) for x in (m.start(), m.end())] \
        + [len(line)]
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if a <= col and end <= b:
            segment = line[a:b].strip()
            if len(segment) > MAX_SEGMENT or _PROSE_SIGNS.search(segment) \
                    or _has(segment, ABOUT_HINTS) \
                    or _is_disclaimer(segment, vocab.disclaimer_hints, document):
                return ""
            return segment if _bounded(line, col, end) else ""
    return ""


def _head_lines(part: TextPart, lines: list[str]) -> tuple[set[int], set[int]]:
    """A document's head: its first lines; for a sheet, its title rows, the rows of one
    cell above the data (a 区分 column's 社外秘 is a value, not a stamp).  Also the first
    rows of a sheet, where a row of a stamp and a date (「極秘 | | 2025/04/01」) stands."""
    head: set[int] = set()
    top: set[int] = set()
    table = part.table is not None
    if part.table is not None and part.table.header and part.table.header_row:
        # title rows above the header come out under it (the header leads the text)
        first = (1 if part.table.name else 0) + 1
        for r, row in enumerate(part.table.rows[:min(part.table.header_row, FIRST_LINES)]):
            if sum(1 for c in row if c and c.strip()) == 1:
                head.add(first + r)
                top.add(first + r)
    for i, line in enumerate(lines):
        if len(top) >= FIRST_LINES:
            break
        if not line.strip() or (table and i == 0 and line.startswith("[")):
            continue
        top.add(i)
        title_row = len(head) == len(top) - 1 and sum(1 for c in line.split("\t") if c.strip()) == 1
        if not table or title_row:
            head.add(i)
    return head, top


def _first_line(text: str) -> set[int]:
    """The mail's first line of text, where a stamp stands above the salutation
    (「　極秘　（関係者限り・転送禁止）」 between two rules)."""
    for i, line in enumerate(text.split("\n", 8)[:8]):
        if _WORDISH.search(line):
            return {i}
    return set()


def _tail_lines(text: str, count: int = 2) -> set[int]:
    """A document's last lines (a footer that layout extraction left in the text)."""
    last = text.count("\n")
    tail = text.rsplit("\n", count + 1)[-(count + 1):]
    out: set[int] = set()
    for k, line in enumerate(reversed(tail)):
        if line.strip() and len(out) < count:
            out.add(last - k)
    return out


def text_stamps(text: str, *, role: str = "", table: bool = False, head: set[int] | None = None,
                top: set[int] | None = None, in_mail: bool = True,
                vocab: Vocabulary | None = None) -> Iterator[tuple[Stamp, str]]:
    """Markings in one text (body, an attachment's text, a header …), each with how it
    stands: ``label``, ``bracket``, ``line``, ``role`` (header/footer/title), ``head``
    (first lines) or ``sentence``."""
    vocab = vocab or vocabulary()
    folded = _fold(text)
    spans = _words(folded, vocab)
    if not spans:
        return  # the common case: no marking word at all
    doc = _Lines.of(folded, vocab.disclaimer_hints, document=not in_mail)
    for start, stop in spans[:MAX_WORDS]:
        i = bisect.bisect_right(doc.starts, start) - 1
        full, at = doc.lines[i], start - doc.starts[i]
        # a window of the line around the word: a stamp is short, and a document of one
        # long line must not cost a pass over the line for each word in it
        cut = max(0, at - WINDOW)
        line = full[cut:at + stop - start + WINDOW]
        col, end = at - cut, at - cut + stop - start
        if _LABEL_AHEAD.match(line, col):
            continue
        word = folded[start:stop]
        strong = bool(vocab.strong.match(word))
        term = " ".join(word.split())
        if snippet := _label_stamp(line, col, end):
            yield Stamp(term, snippet, strong), role or "label"
            continue
        weak_ignored = not strong and doc.disclaimer_near(i)
        in_head = bool(head) and i in head
        if (not table or in_head) and (snippet := _bracket_stamp(line, col, end, vocab)):
            # a weak word in brackets after a field's value qualifies that value
            # (「議題：調査の進捗について（非公開）」: a closed session), not the document
            if not weak_ignored and (strong or not _FIELD_VALUE.match(line[:col])):
                yield Stamp(term, snippet, strong), role or "bracket"
            continue
        stripped = full.strip() if len(full) <= 2 * WINDOW else ""
        # a sheet's row is a line of cells: a stamp only among its first rows
        if stripped and len(stripped) <= 60 and not (table and "\t" in stripped
                                                     and not (top and i in top)) \
                and vocab.own_line.fullmatch(stripped):
            if not weak_ignored:
                yield Stamp(term, stripped, strong), role or "line"
            continue
        # (a line framed by decoration is a stamp's box: 「■　取扱注意　　人事部　■」)
        framed = bool(stripped) and _FRAMED.fullmatch(stripped) is not None
        if (role or in_head or framed) and (snippet := _segment_stamp(
                line, col, end, vocab, document=not in_mail)):
            yield Stamp(term, snippet, strong), role or "head"
            continue
        if _quoted_mention(line, col, end):
            continue  # 「取扱注意」の朱書きをした封筒: a label's wording, quoted
        if strong and not table and (in_mail or in_head) \
                and not doc.disclaimer.get(doc.paragraph[i]):
            sentence = doc.sentence(i, at, at + stop - start)
            if not _KIND_BEFORE.search(line[max(0, col - 6):col]) \
                    and not _has(sentence, ABOUT_HINTS) and not _has(sentence, LEFT_OUT_HINTS) \
                    and _has(sentence, MAIL_REFERENCE if in_mail else SELF_REFERENCE):
                yield Stamp(term, term, strong), "sentence"


# weak words that describe a file rather than restrict it: 「研修_社内資料.zip」 says whose
# material it is; 「…_機密.xlsx」 or 「…_社外秘.xlsx」 classify it
_DESCRIPTIVE = frozenset({"社内資料", "内部資料"})


def subject_stamps(subject: str, *, name: bool = False,
                   vocab: Vocabulary | None = None) -> Iterator[Stamp]:
    """Markings in a subject or a file name: stamps anywhere (【社外秘】, 「機密区分：…」),
    a word standing at its head or tail or between separators (「社外秘 新製品計画」,
    "CONFIDENTIAL: Q3 plan", 「売上計画_社外秘.xlsx」), and strong words that classify."""
    vocab = vocab or vocabulary()
    text = _fold(subject)
    if name:
        text = posixpath.splitext(posixpath.basename(text))[0]
    spans = _words(text, vocab)
    if not spans:
        return
    body_at = _SUBJECT_PREFIX.match(text).end()
    edge = _EDGE if name else _EDGE.replace("_", "")
    for col, end in spans:
        word = text[col:end]
        if _LABEL_AHEAD.match(text, col):
            continue
        strong = bool(vocab.strong.match(word))
        term = " ".join(word.split())
        snippet = _label_stamp(text, col, end) or _bracket_stamp(text, col, end, vocab)
        if snippet:
            yield Stamp(term, snippet, strong)
            continue
        if _quoted_mention(text, col, end):
            continue  # 「校正紙の「取扱注意」表示について」: the word as a label's text, quoted
        if _stands_apart(word, text[body_at:col].strip(), text[end:], edge, name) and (
                strong or not name or word not in _DESCRIPTIVE):
            yield Stamp(term, term, strong)
            continue
        if strong and not _has(text, ABOUT_HINTS) and not _has(text, LEFT_OUT_HINTS):
            yield Stamp(term, term, strong)


# a word quoted and then spoken of: a label's or a notice's wording, not a marking
_QUOTES = "「『\"“"
_QUOTED_MENTION = re.compile(r"[」』\"”][ \u3000]*(?:「[^」]{0,12}」)*[ \u3000]*"
                             r"(?:の)?(?:表示|表記|ラベル|シール|ステッカー|スタンプ|印字|文言|意味|"
                             r"朱書|封筒|ゴム印|判子|はんこ|押印|"
                             r"という|と(?:いう|は|の)|について)")


def _quoted_mention(line: str, col: int, end: int) -> bool:
    """Whether the word at ``line[col:end]`` stands in quotes (alone or with other short
    words: 「親展・社外秘」) that the text then speaks of as wording (…の朱書き, …表示)."""
    opening = max(line.rfind(q, max(0, col - 12), col) for q in _QUOTES)
    if opening < 0 or any(c in line[opening + 1:col] for c in "」』”\n"):
        return False
    close = min((i for i in (line.find(c, end, end + 12) for c in "」』\"”") if i >= 0),
                default=-1)
    return close >= 0 and "\n" not in line[end:close] and bool(_QUOTED_MENTION.match(line, close))


def _stands_apart(word: str, before: str, after: str, edge: str, name: bool) -> bool:
    """A word at the head or tail of a subject or name, or between separators:
    「社外秘 新製品計画」, "CONFIDENTIAL Q3 plan", "Confidential: Q3 plan", 「計画_社外秘」;
    not "Confidential information sharing" (a space after an English word is prose)."""
    if before and before[-1] not in edge:
        return False
    if after.strip() and after[0] not in edge:
        return False
    if not word.isascii() or name or not after.strip():
        return True
    if word.isascii() and _has(after[:20], ("information",)):
        return False
    return after[0] != " " or word.isupper() or after.lstrip()[:1] in ":-–—|/"


# how a marking stands, the strongest evidence first: a stamp in a header before a word
# in a sentence
_HOW = ("subject", "name", "header", "footer", "title", "label", "bracket", "line", "head",
        "sentence")
_PLACES = {"header": ("のヘッダー", " (page header)"), "footer": ("のフッター", " (page footer)"),
           "title": ("のタイトル", " (document title)"), "head": ("の冒頭", " (first lines)")}


class ConfidentialMarking:
    """社外秘 / 機密 / Confidential markings in the subject, new body text, attachment
    names and attachments (their text, page headers and footers, title and first lines).
    See the module docstring for what is a marking and what is not."""

    name = "confidential_marking"
    params: Mapping[str, Param] = {
        "attachments": Param(bool, True, "also read the attachments' text, headers, footers "
                                         "and titles (not only their names)"),
        "keywords": Param(list, [], "more marking words of the site (秘A, Confidential-B …), "
                                    "counted as stamps only: in brackets, on a line of their "
                                    "own, after a label, at a subject's head or tail, in a "
                                    "document's header, footer or title", item=str),
        "ignore_hints": Param(list, [], "more phrases that make a paragraph a disclaimer (the "
                                        "site's own notice)", item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        vocab = vocabulary(tuple(params["keywords"]), tuple(params["ignore_hints"]))
        # where → (words, stamp) → how it stands (the strongest evidence of each stamp)
        found: dict[str, dict[tuple[str, str], tuple[Stamp, str]]] = {}

        def keep(where: str, stamps: Iterator[tuple[Stamp, str]]) -> None:
            have = found.setdefault(where, {})
            for stamp, how in stamps:
                key = (stamp.term, stamp.snippet)
                if key not in have or _HOW.index(how) < _HOW.index(have[key][1]):
                    have[key] = (stamp, how)

        for part in inp.parts:
            if part.quoted:
                continue  # the earlier message's words, not the sender's marking
            if part.where == "subject":
                keep("subject", ((s, "subject") for s in subject_stamps(part.text, vocab=vocab)))
            elif part.where.startswith("body"):
                keep(part.where, text_stamps(part.text, head=_first_line(part.text),
                                             vocab=vocab))
            elif part.where.startswith("attachment:") and params["attachments"]:
                role = getattr(part, "role", "")
                lines = part.text.split("\n", FIRST_LINES * 4)
                head, top = (set(), set()) if role else _head_lines(part, lines)
                if not role and part.table is None:
                    head |= _tail_lines(part.text)
                keep(part.where, text_stamps(part.text, role=role, table=part.table is not None,
                                             head=head, top=top, in_mail=False, vocab=vocab))
        for name in inp.attachment_names:
            keep(f"attachment:{name}", ((s, "name") for s in subject_stamps(name, name=True,
                                                                            vocab=vocab)))
        if found.get("subject") and _their_own_marking(inp, found["subject"]):
            del found["subject"]
        return [self._hit(where, list(stamps.values()))
                for where, stamps in found.items() if stamps]

    @staticmethod
    def _hit(where: str, stamps: list[tuple[Stamp, str]]) -> Hit:
        stamps = sorted(stamps, key=lambda s: _HOW.index(s[1]))
        how = stamps[0][1]
        terms = list(dict.fromkeys(s.term for s, _ in stamps))
        if where == "subject":
            place = ("件名", "the subject")
        elif where.startswith("body"):
            place = ("本文", "the message text")
        else:
            name = where.partition(":")[2]
            if how == "name":
                place = (f"添付ファイル名「{name}」", f'the attachment name "{name}"')
            else:
                ja, en = _PLACES.get(how, ("", ""))
                place = (f"添付ファイル「{name}」{ja}", f'the attachment "{name}"{en}')
        return Hit(where=where,
                   args={"markings": terms, "place_ja": place[0], "place_en": place[1],
                         "stamp": stamps[0][0].snippet},
                   evidence=tuple(Evidence(where, s.snippet) for s, _ in stamps[:3]))


# the header of the message quoted under a reply: who wrote it, and its subject
_QUOTED_FROM = re.compile(r"(?im)^[ \t>]*(?:from|差出人|送信者)[ \t]*[:：][^\n]*?"
                          r"@([a-z0-9.-]+\.[a-z]{2,})")
_QUOTED_SUBJECT = re.compile(r"(?im)^[ \t>]*(?:subject|件名)[ \t]*[:：]([^\n]*)")


_QUOTED_TOP = 200  # characters of a quoted mail's opening that carry its stamp


def _their_own_marking(inp: ScanInput, stamps: dict[tuple[str, str], tuple[Stamp, str]]
                       ) -> bool:
    """Whether the subject's marking is the recipient's own, carried over by a reply: the
    subject is a reply's (Re:), the message quoted under it was written by one of the
    external recipients and its subject bears the same marking (a customer's 「【社外秘】
    販促計画」 answered).  The recipient already has what it marked; the reply adds none."""
    subject = next((p.text for p in inp.parts if p.where == "subject"), "")
    if not REPLY_PREFIX.match(_fold(subject)):
        return False
    theirs = {r.domain for r in inp.recipients if r.valid and not r.internal}
    for part in inp.parts:
        if not part.quoted:
            continue
        head = part.text[:2000]
        author = _QUOTED_FROM.search(head)
        quoted_subject = _QUOTED_SUBJECT.search(head)
        if author is None and quoted_subject is None and theirs:
            # quoted without its headers: the mail replied to opens with the marking
            # (「【社外秘】本資料は貴社限りで…」 under the attribution line)
            top = _lower(_fold(head[:_QUOTED_TOP]))
            return all(_lower(stamp.term) in top for stamp, _ in stamps.values())
        if author is None or quoted_subject is None or author.group(1).lower() not in theirs:
            continue
        their_terms = {s.term for s in subject_stamps(quoted_subject.group(1))}
        return all(stamp.term in their_terms for stamp, _ in stamps.values())
    return False


class UndecodableText:
    """Text that could not be decoded, or MIME that could not be read, is never clean."""

    name = "undecodable_text"
    params: Mapping[str, Param] = {
        # MISSING_BOUNDARY and TRANSFER_ENCODING_UNKNOWN leave encoded parts unread
        "codes": Param(list, ["DECODE_LOSSY", "MIME_TOO_DEEP", "BASE64_INVALID",
                              "MISSING_BOUNDARY", "TRANSFER_ENCODING_UNKNOWN"],
                       "defect codes that fire the rule", item=str),
    }

    def check(self, inp: ScanInput, params: Mapping[str, Any]) -> list[Hit]:
        codes = set(params["codes"])
        bad = [d for d in inp.defects if d.code in codes]
        if not bad:
            return []
        return [Hit(where=bad[0].where, args={"codes": sorted({d.code for d in bad}),
                                              "count": len(bad)})]
