"""Whom a paragraph is about: the person a special-care term is tied to.

A term (検挙, 乳がん) becomes a finding with a person; these are the cues, beyond a name
in the same paragraph, that say who that person is or is not: a story told of someone
(「本人に確認したところ」, "She was taken to hospital") ties a term even where no name was
recognised; a lecturer named by role (講師：…) or a writer under a closing (Best regards,)
is nobody the story is about.
"""

from __future__ import annotations

import re

from mailguard.detect.context import VALEDICTION
from mailguard.detect.entities.base import Found
from mailguard.detect.scan import PartScan

# words that point at one particular person in a story about them (「本人に確認したところ」
# 「本人からの申告」); not 本人確認 (an identity check) nor the policy words 「本人の同意」
# 「本人または家族」
_SOMEONE = re.compile(r"(?:ご|御)?本人(?:に(?:確認|聞|尋ね|伺)|から|によると|によれば|は|が|とも|"
                      r"への(?:ケア|連絡|説明|対応))|"
                      r"当該(?:社員|従業員|職員|スタッフ|学生|生徒|児童|利用者|患者|会員|お客様)|"
                      r"同氏|当人|(?:ご|御)?本人の(?:弁護人|家族|ご家族|話|申告|申し出)|"
                      # one particular relative: 「同居の母」「母（トミ、87歳）」, the
                      # addressee's own (「お母様の5月分の体調記録」)
                      r"同居の(?:母|父|祖母|祖父|妻|夫|義母|義父)|"
                      r"(?:お母様|お父様|お母さま|お父さま|ご主人様|ご主人|奥様|おばあ様|おじい様|"
                      r"お祖母様|お祖父様)(?:の|は|が)|"
                      r"(?:母|父|祖母|祖父|妻|夫|息子|娘|長男|長女|次男|次女|義母|義父)"
                      r"[（(][^)）\n]{0,12}?[0-9０-９]{1,3}歳|"
                      # 「運転士 四十物 剛（46歳、勤続9年）が」: one staff member by role and age
                      r"(?:社員|従業員|職員|運転士|運転手|ドライバー|スタッフ|パート|アルバイト|"
                      r"派遣社員|作業員|乗務員)[ \u3000]+[^\s、。]{1,6}[ \u3000][^\s、。（(]{1,4}"
                      r"[（(][0-9０-９]{1,3}歳|"
                      # "She was taken to hospital", "he has been on oxygen"
                      r"\b(?:[Ss]he|[Hh]e)\s+(?:was|is|has|had|will|collapsed|needs)\b")
# a story told of someone left unnamed on purpose: no one is identified by it
_ANONYMISED = re.compile(r"匿名|特定できない|特定されない|伏せ(?:て|ます|ております)|"
                         r"\banonymi[sz]ed\b", re.I)
# the 本人 a scheme speaks of (「本人が直接確認する方式に」, 「本人宛てに送付する運用」)
_A_SCHEME_AFTER = re.compile(r"[^。\n]{0,20}?(?:方式|方法|仕組み|運用|手順|流れ)"
                             r"(?:に|を|へ|で|と|は|が)")
# the 本人 of each of several people a count gave (「盗難が3件…いずれも被害届は本人が提出済み」)
_EACH_OF_THEM = re.compile(r"いずれも|それぞれ|各自|各人|全員")
# the 本人 of how things are usually done (「現状は本人が結果を持参してから…」,
# 「原則として本人が申請します」): whoever it happens to, no one in particular
_PRACTICE_BEFORE = re.compile(r"(?:現状|通常|原則|従来|本来|一般的に|基本的に|例年)(?:として)?"
                              r"(?:は|では|、)")
# an article of a rule book (第12条（支払方法）, 第3項, 2.1条)
_ARTICLE = re.compile(r"[ \t\u3000]*(?:第[0-9０-９一二三四五六七八九十百]+条|[0-9０-９.]+条)")
_ATTACHED_MAIL = re.compile(r"\.(?:eml|msg)(?:/|$)", re.I)
_FIRST_PERSON = re.compile(r"私(?:は|が|の|も|自身)|わたし(?:は|が|の)|自分(?:は|が|の)|"
                           r"と診断され(?:て|まし|た)|\bI(?:'m| am| was| have| had)\b")
SPECIFIC = 0.7  # a term of its own (検挙, 乳がん), not a word of passing (入院, 治療)


# a person named in a role (講師：…, 司会：…): the speaker of a seminar, not its topic's patient
# (or who wrote, checked or handles the document: 作成者：…, 担当：…), at the head of its
# line or in brackets after a title (「…できること（監修：百瀬 瑞穂 医師）」)
_ROLE_LABEL = re.compile(r"(?:^|(?<=[（(【\[ \t\u3000、]))"
                         r"(?:講[ \u3000]*師|講演者|演者|司会|座長|監修|登壇者|ゲスト|"
                         r"主催|出演|著者|執筆|作成者?|記入者|報告者|承認者?|確認者|担当者?)"
                         r"[ \t\u3000]*[:：][^:：\n]*$", re.M)


_ROLE_REACH = 60
_ROLE_HEADING = re.compile(r"[ \t\u3000]*[【■◆●\[［<＜]?[ \u3000]*"
                           r"(?:講師|登壇者|講演者|演者|パネリスト|ゲスト|執筆者|監修者)"
                           r"(?:紹介|プロフィール|一覧|略歴)?[ \u3000]*[】\]］>＞]?"
                           r"[ \t\u3000:：]*$")


def in_a_role(p: PartScan, name: Found) -> bool:
    """Whether the name stands after a label of a public role on its line (講師：久我 俊介,
    （監修：百瀬 瑞穂 医師）)."""
    if p.pt is None or name.start < 0:
        return False
    # (the label stands just before the name: read that far, not the whole line, which
    # may be a megabyte long and hold thousands of names)
    line = p.pt.line_span(name.start)[0]
    if _ROLE_LABEL.search(p.pt.folded, max(line, name.start - _ROLE_REACH),
                          name.start) is not None:
        return True
    # …or under a heading of speakers at the top of its paragraph (【講師紹介】 over
    # 「■ 榊原 道子（清和大学 教授）」 and the lines of their work)
    if name.block < 0 or name.block >= len(p.starts):
        return False
    text = p.pt.folded
    top = p.starts[name.block]
    while top < name.start and text[top] == "\n":  # (a block starts at its blank line)
        top += 1
    return _ROLE_HEADING.match(text, top, p.pt.line_span(top)[1]) is not None


def signs_off(p: PartScan, name: Found) -> bool:
    """Whether the name stands under a closing (Best regards, / よろしくお願いいたします。)."""
    if p.pt is None or name.start < 0:
        return False
    text = p.pt.folded
    a = p.pt.line_span(name.start)[0]
    while a > 0:
        pa, pb = p.pt.line_span(a - 1)
        if pb > pa and text[pa:pb].strip():
            return VALEDICTION.match(text, pa, pb) is not None
        a = pa
    return False


def _of_someone(text: str, start: int, end: int) -> bool:
    """Whether the 本人 (or 当該社員…) at ``start`` is one person: not in a rule book's
    article, not each of several counted cases, not whoever a scheme or a usual practice
    speaks of.  (Looked for at most 200 characters back: a long line is not read whole
    for each match.)"""
    lo = max(start - 200, 0)
    line = text.rfind("\n", lo, start) + 1 or lo
    sentence = max(text.rfind("。", lo, start) + 1, line)
    return (not _ARTICLE.match(text, line)
            and not _EACH_OF_THEM.search(text, sentence, start)
            and not _PRACTICE_BEFORE.search(text, sentence, start)
            and not _A_SCHEME_AFTER.match(text, end))


def refers_to_someone(p: PartScan, block: int) -> bool:
    """Whether the paragraph, or the one before or after it, speaks of a particular
    person (本人, 当該社員) in new text."""
    if p.pt is None or not p.starts:
        return False
    starts, text = p.starts, p.pt.folded
    a = starts[max(block - 1, 0)]
    b = starts[block + 2] if block + 2 < len(starts) else len(text)
    if p.sig is not None:
        b = min(b, p.sig)
    if a >= b:
        return False
    if any(_of_someone(text, m.start(), m.end()) for m in _SOMEONE.finditer(text, a, b)):
        # …unless the story has been told without who it was (「社員（20代・匿名）」)
        return _ANONYMISED.search(text, a, b) is None
    # a mail forwarded as an attachment is its writer's letter: what it tells in the first
    # person (「2年前にうつ病と診断されて休職し」) is the writer's own
    return (_ATTACHED_MAIL.search(p.where) is not None
            and _FIRST_PERSON.search(text, a, b) is not None)
