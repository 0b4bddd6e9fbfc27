"""Blind evaluation corpus — area: rikon (離婚・家事調停 / ADR office).

The mail of 日の出産業株式会社's family-law mediation and ADR office
(「ひので家事調停センター」): divorce and custody cases, child support (養育費・婚姻費用),
年金分割, DV protection, the parties' incomes and addresses, family courts, lawyers,
child consultation centres (児童相談所) and 面会交流 support organisations.

Every person, case, number, address and organisation below the partner list in BRIEF.md
is invented; any likeness to a real one is chance.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
from itertools import count

from build import card_number, my_number

SEED = 13301
rng = random.Random(SEED)
_seq = count(SEED)


def MN() -> str:
    """the next check-digit-valid My Number (n counting up from SEED)."""
    return my_number(next(_seq))


def CARD() -> str:
    """the next Luhn-valid card number (n counting up from SEED)."""
    return card_number(next(_seq))


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def spaced(n: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(n[i:i + size] for i in range(0, len(n), size))


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"


def account() -> str:
    return f"{rng.randrange(1000000, 9999999)}"


def corporate_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_T = "T" + corporate_number("011001048273")
# a homoglyph of the partner domain shirakawa-law.jp (Cyrillic а), as IDNA puts it on the wire
SHIRAKAWA_IDN = "shir\u0430kawa-law".encode("idna").decode("ascii") + ".jp"

# -- the office's people (all invented) --------------------------------------------------
SAEKI = "佐伯 美和 <saeki.miwa@hinode-sangyo.co.jp>"
HASEBE = "長谷部 潤 <hasebe.jun@hinode-sangyo.co.jp>"
MAKABE = "真壁 千尋 <makabe.chihiro@hinode-sangyo.co.jp>"
OYA = "大宅 恭一郎 <oya.kyoichiro@hinode-sangyo.co.jp>"
HORI = "堀之内 さやか <horinouchi.sayaka@hinode-sangyo.co.jp>"
IJUIN = "伊集院 翔 <ijuin.sho@hinode-sangyo.co.jp>"
KITA = "喜多川 悠 <kitagawa.yu@hinode-sangyo.co.jp>"
SETO = "Anna Seto <seto.anna@hinode-sangyo.co.jp>"

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　ひので家事調停センター
調停事務担当　佐伯 美和（さえき みわ）
〒160-0023 東京都新宿区西新宿3-9-12 日の出ビル7F
TEL 03-5321-7740（代表）／FAX 03-5321-7741
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HASEBE = """
------------------------------------
ひので家事調停センター 事務局長　長谷部 潤
日の出産業株式会社
〒160-0023 東京都新宿区西新宿3-9-12 日の出ビル7F
TEL:03-5321-7740 / FAX:03-5321-7741
------------------------------------"""

SIG_MAKABE = """
真壁 千尋（社会福祉士）
ひので家事調停センター 相談員
TEL 03-5321-7743（直通）"""

SIG_OYA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
ひので家事調停センター センター長・調停人
大宅 恭一郎
日の出産業株式会社 家事ADR事業部
〒160-0023 東京都新宿区西新宿3-9-12
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HORI = """
==============================
日の出産業株式会社
ひので家事調停センター 経理担当
堀之内 さやか
TEL 03-5321-7745
=============================="""

SIG_IJUIN = """
--
伊集院 翔 / Sho Ijuin
日の出産業株式会社 情報システム課（家事ADR事業部 兼務）
内線 2281"""

SIG_KITA = """
────────────────
面会交流支援コーディネーター
喜多川 悠（きたがわ ゆう）
ひので家事調停センター
TEL 03-5321-7748
────────────────"""

SIG_SETO = """
--
Anna Seto
International Family Mediation Desk
Hinode Family ADR Centre (Hinode Sangyo Co., Ltd.)
3-9-12 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan
Tel +81-3-5321-7749"""

DISC_JA = """
――――――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してください。
――――――――――――――――――――――――――――――"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
_mn001 = MN()
MESSAGES.append({
    "id": "rikon-001",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>"],
    "subject": "【令和6年(家ADR)第0412号】申立人提出資料の送付（源泉徴収票）",
    "charset": "iso-2022-jp",
    "body": """青空総合法律事務所
弁護士　梶原 礼子 先生

いつも大変お世話になっております。
ひので家事調停センターの佐伯でございます。

標記事件につき、申立人より婚姻費用算定の資料として源泉徴収票の写しが
提出されましたので、相手方代理人である先生にも共有させていただきます（PDF 1通）。

次回期日（7月18日(木) 14:00～）までにご確認いただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pdf", "name": "源泉徴収票_令和6年分_申立人.pdf",
        "title": "源泉徴収票（写）",
        "lines": [
            "令和６年分　給与所得の源泉徴収票",
            "支払を受ける者　住所　東京都練馬区石神井町5丁目14番3号 グランメゾン石神井302",
            "（フリガナ）シトミ ハルカ",
            "氏名　蔀 遥",
            f"（個人番号）{_mn001}",
            "種別　給料・賞与　　支払金額 4,286,000円　　給与所得控除後の金額 3,001,600円",
            "所得控除の額の合計額 1,082,450円　　源泉徴収税額 96,300円",
            "控除対象扶養親族の数　16歳未満 1人",
            "支払者　住所　東京都千代田区神田錦町2-7　名称　株式会社アルテ企画　電話 03-3291-0045",
        ],
    }],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a party's 源泉徴収票 with her 個人番号 sent to the other side's lawyer: a My Number leaves → stop",
})

MESSAGES.append({
    "id": "rikon-002",
    "expect": "pass",
    "sender": MAKABE,
    "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 次回期日前の事前面談について",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。真壁です。
ご連絡ありがとうございます。事前面談は 6月27日(木) 10:30 からで承りました。
当センター3階の面談室Bをご用意いたします。受付でお名前をお伝えください。

取り急ぎご返信まで。
""" + SIG_MAKABE + """

> 真壁様
>
> いつもお世話になっております。白川法律事務所の白川です。
> 依頼者の四月一日 紗季さんですが、先月から心療内科に通院しており、
> 「適応障害」との診断書（令和6年6月3日付）が出ております。
> 長時間の同席は難しいため、期日前に一度事前面談をお願いできますでしょうか。
> 候補日：6/27(木)午前、6/28(金)午後
>
> 白川法律事務所　弁護士 白川 透
""",
    "entities": [],
    "detectors": [],
    "note": "the client's diagnosis is only in the quoted text (> lines) of the partner lawyer's own mail; new text is scheduling → pass",
})

MESSAGES.append({
    "id": "rikon-003",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["ogura.yuki.0612@gmail.com", "小椋 大輔 <d-ogura@yahoo.co.jp>",
           "白川法律事務所 三宅 <miyake@shirakawa-law.jp>"],
    "subject": "第2回 調停期日のご案内（8月6日）",
    "charset": "cp932",
    "body": """関係者各位

ひので家事調停センター事務局の長谷部です。
第2回調停期日を下記のとおり指定いたしましたのでご案内いたします。

　日時：令和6年8月6日（火）13:30～16:00
　場所：当センター 5階 調停室2（申立人側）／調停室3（相手方側）
　　　　※待合室は別フロアにご用意しています。
　持参物：前回ご案内の資料（収入資料・お子さんの学校関係書類）

当日は申立人・相手方が顔を合わせないよう、入退室の時間をずらしてご案内いたします。
ご都合が悪い場合は 7月26日までに事務局までご連絡ください。
""" + SIG_HASEBE,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "both parties (two private persons) and a lawyer all in To: three external parties see each other's addresses → stop",
})

MESSAGES.append({
    "id": "rikon-004",
    "expect": "pass",
    "sender": MAKABE,
    "to": ["大宅 恭一郎 <oya.kyoichiro@hinode-sangyo.co.jp>"],
    "cc": ["喜多川 悠 <kitagawa.yu@hinode-sangyo.co.jp>"],
    "subject": "相談受付票（DV・緊急性あり）共有",
    "charset": "utf-8",
    "body": """大宅さん、喜多川さん

本日午後の電話相談で緊急性の高いケースがありましたので共有します。
明日の朝会で受理方針を決めさせてください。

【相談受付票 No.2024-0731】
相談者　：鬼頭 みのり（きとう みのり）　昭和63年9月14日生
住所　　：埼玉県川口市芝新町11-4-205（※相手方に知られていない避難先）
携帯　　：080-4417-2938（19時以降は出られないとのこと）
相談内容：夫からの身体的暴力。令和6年5月に肋骨を骨折し救急外来を受診。
　　　　　警察署の生活安全課に相談済み。保護命令の申立てを検討中。
子　　　：長男 蒼（6歳・小1）
希望　　：離婚調停と面会交流の取決め（直接の対面は不可）

相手方への連絡は一切しないでほしいとの強い希望あり。

真壁
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "DV victim's intake record, but every recipient is internal (hinode-sangyo.co.jp) → pass",
})

MESSAGES.append({
    "id": "rikon-005",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["早乙女 勝 <saotome@konan-legal.jp>"],
    "subject": "年金分割のための情報通知書の記載内容（第0388号）",
    "charset": "iso-2022-jp",
    "body": """港南リーガル法律事務所
早乙女 勝 先生

いつもお世話になっております。ひので家事調停センターの佐伯です。

標記事件の按分割合の協議に先立ち、当事者双方から提出された
「年金分割のための情報通知書」の記載内容を以下のとおり転記いたします。
原本の写しは次回期日にお渡しいたします。

■第1号改定者（夫）
　氏名　　　　　　：勘解由小路 隆之
　生年月日　　　　：昭和５３年１１月２日
　基礎年金番号　　：4130-582716
　対象期間標準報酬総額：68,420,000円

■第2号改定者（妻）
　氏名　　　　　　：勘解由小路 真澄
　生年月日　　　　：昭和５７年３月２９日
　基礎年金番号　　：4127-309954
　対象期間標準報酬総額：21,835,500円

　対象期間　　　：平成１９年４月１日～令和６年２月２９日
　按分割合の範囲：23.992％超～50％以下

ご確認のほどよろしくお願いいたします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "both spouses' 基礎年金番号 (和暦 birth dates) copied into the body to an outside lawyer → stop",
})

MESSAGES.append({
    "id": "rikon-006",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["takanashi.haruto@outlook.jp"],
    "subject": "家庭裁判所の所在地について（お問い合わせの件）",
    "charset": "iso-2022-jp",
    "body": """小鳥遊 様

ひので家事調停センター事務局の長谷部です。
お電話でのお問い合わせありがとうございました。

当センターでの調停が不成立となった場合、家庭裁判所での調停・審判をご検討いただくことになります。
管轄は原則として相手方の住所地を管轄する家庭裁判所です。
ご参考までに、近隣の家庭裁判所の本庁・支部をお送りします（最新情報は各庁のウェブサイトでご確認ください）。

庁名　　　　　　　　　　所在地　　　　　　　　　　　　　　　　電話（代表）
----------------------  ------------------------------------  --------------
東京家庭裁判所          東京都千代田区霞が関1-7-3             03-3581-4470
東京家庭裁判所立川支部  東京都立川市緑町10-2                  042-845-2210
横浜家庭裁判所          神奈川県横浜市中区寿町1-5-8           045-681-3306
横浜家庭裁判所川崎支部  神奈川県川崎市川崎区富士見2-3-1       044-233-9071
さいたま家庭裁判所      埼玉県さいたま市浦和区高砂3-16-2      048-863-5512
千葉家庭裁判所          千葉県千葉市中央区中央4-11-6          043-333-7128

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_HASEBE,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a list of courts (public offices, not people) to one private person on free mail → pass",
})

MESSAGES.append({
    "id": "rikon-007",
    "expect": "stop",
    "sender": OYA,
    "to": ["白川 透 <shirakawa@shirakawa-iaw.jp>"],
    "subject": "Re: 陳述書（案）へのコメント",
    "charset": "iso-2022-jp",
    "body": """白川先生

陳述書（案）拝見いたしました。調停人としてではなく、手続の進め方の観点からのみ申し上げます。

・第3項（別居に至る経緯）は時系列が前後しているため、年月順に整理いただけると
　相手方にも伝わりやすいと思います。
・第5項の相手方のご両親に関する記載は、今回の争点（面会交流の頻度）との関係が
　薄いように見受けられます。
・添付予定の写真は、期日当日に調停室でご提示いただく形でも差し支えありません。

修正版は来週水曜までにいただければ、期日前に相手方代理人へ送付いたします。
""" + SIG_OYA + """

> 大宅先生
> 陳述書の案を添付します。お手すきの際にご意見いただけますと幸いです。
> 白川
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-iaw.jp: the partner law firm's domain with l→i, a look-alike → stop",
})

_visit = [
    ("2024/07/06", "10:00-12:00", "楠 拓海", "楠 結衣", "7", "付添型"),
    ("2024/07/06", "13:30-15:00", "小田桐 誠", "小田桐 さくら", "5", "受け渡し型"),
    ("2024/07/07", "10:00-11:30", "井筒 雅人", "井筒 湊斗", "9", "受け渡し型"),
    ("2024/07/13", "14:00-16:00", "栗花落 伸也", "栗花落 陽菜", "4",
     "付添型（同居親はDV被害・保護命令発令中のため非接触）"),
    ("2024/07/14", "10:00-12:00", "能登谷 剛", "能登谷 蒼空", "8", "付添型"),
    ("2024/07/20", "11:00-13:00", "宍戸 亮平", "宍戸 ひなた", "6", "受け渡し型"),
    ("2024/07/21", "10:30-12:00", "我妻 慎吾", "我妻 璃子", "3", "付添型"),
    ("2024/07/27", "13:00-15:00", "五味 達也", "五味 悠真", "10", "受け渡し型"),
]
MESSAGES.append({
    "id": "rikon-008",
    "expect": "stop",
    "sender": KITA,
    "to": ["NPO法人つなぐ手 柳瀬 由紀子 <yanase@tsunagute.or.jp>"],
    "subject": "7月分 面会交流 予約一覧の送付",
    "charset": "cp932",
    "body": """柳瀬様

いつもお世話になっております。喜多川です。
7月分の面会交流の予約一覧をCSVでお送りします。
支援員の配置をご検討いただけますと助かります。

よろしくお願いいたします。
""" + SIG_KITA,
    "attachments": [{
        "kind": "csv", "name": "面会交流予約一覧_2024-07.csv", "encoding": "cp932",
        "rows": [["予約日", "時間", "別居親氏名", "子の氏名", "子の年齢", "別居親携帯", "同居親携帯", "支援形態・備考"]]
        + [[d, t, p, c, a, mobile(), mobile(), note] for d, t, p, c, a, note in _visit],
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "CSV of 8 families (names, children, mobiles, one row a DV victim) to an outside NPO: a list of people → stop",
})

MESSAGES.append({
    "id": "rikon-009",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>"],
    "subject": "調停手続における秘密保持の合意書（ひな形）について",
    "charset": "utf-8",
    "body": """梶原先生

お世話になっております。佐伯です。
先日お問い合わせいただいた秘密保持の取扱いについてご回答いたします。

当センターでは、第1回期日の冒頭で当事者双方および代理人の皆様に
「調停手続における秘密保持に関する合意書」へご署名いただいております。
いわゆる秘密保持契約（NDA）に近いもので、調停で出た発言や提案を
後の訴訟で証拠として用いないことなどを定めています。

ひな形（空欄のもの）を添付いたしますので、依頼者様へのご説明にお使いください。
文言のご意見があれば、期日前にお知らせいただければ調整いたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "docx", "name": "秘密保持合意書_ひな形.docx",
        "title": "調停手続における秘密保持に関する合意書（ひな形）",
        "paragraphs": [
            "調停手続における秘密保持に関する合意書",
            "申立人＿＿＿＿＿＿（以下「甲」という。）、相手方＿＿＿＿＿＿（以下「乙」という。）及び"
            "ひので家事調停センター（以下「センター」という。）は、次のとおり合意する。",
            "第1条（秘密保持）甲、乙及びその代理人は、本手続において知り得た相手方の情報を、"
            "本手続の目的以外に使用し、又は第三者に開示してはならない。",
            "第2条（証拠としての使用の制限）本手続における発言、提案及び譲歩の内容は、"
            "後の裁判手続において証拠として提出しない。",
            "第3条（例外）法令に基づき開示が求められる場合、又は子の生命・身体に危険がある場合はこの限りでない。",
            "令和　　年　　月　　日",
            "甲　署名＿＿＿＿＿＿＿＿　　乙　署名＿＿＿＿＿＿＿＿",
        ],
    }],
    "entities": [],
    "detectors": [],
    "note": "mail about a confidentiality agreement with a blank template: talk of 秘密保持, no marking, no data → pass",
})

MESSAGES.append({
    "id": "rikon-010",
    "expect": "stop",
    "sender": KITA,
    "to": ["柳瀬 由紀子 <yanase@tsunagute.or.jp>"],
    "subject": "新規ご依頼（付添型）の事前情報",
    "charset": "iso-2022-jp",
    "body": """柳瀬様

お世話になっております。喜多川です。
先日お電話でご相談した新規ケースについて、事前にお伝えすべき事情をお送りします。

同居親である母（申立人 栗花落 由真さん）は、令和5年11月に相手方から顔面を殴打され
全治3週間の傷害を負っており、現在も地方裁判所の保護命令（接近禁止命令）が発令中です。
そのため受け渡しの際には、両親が絶対に接触しないよう時間差での入退室をお願いいたします。

お子さん（陽菜さん・4歳）は人見知りが強いので、初回は30分程度から始める予定です。
""" + SIG_KITA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's having been a crime (DV assault) victim, in a sentence, to an outside NPO: 要配慮個人情報 → stop",
})

MESSAGES.append({
    "id": "rikon-011",
    "expect": "pass",
    "sender": OYA,
    "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
    "cc": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>", SAEKI],
    "subject": "第0412号 調停案の提示方法について（代理人協議のお願い）",
    "charset": "iso-2022-jp",
    "body": """白川先生、梶原先生

いつもお世話になっております。大宅です。

次回期日で調停委員会から解決案を提示するにあたり、提示の方法（書面か口頭か、
同席か別席か）について、事前に代理人の先生方と協議させていただければと存じます。

候補日時：
　① 7月10日（水）16:00～16:30
　② 7月11日（木）12:15～12:45
いずれもオンライン（Zoom）を想定しております。URL は確定後に佐伯からお送りします。

ご都合をお知らせいただけますと幸いです。
""" + SIG_OYA,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "both sides' lawyers (two external organisations) in To/Cc for a normal three-way meeting → pass",
})

_ledger = []
_kids = []
for _no, (_a, _ad, _b, _bd, _addr, _kid, _kd, _type) in enumerate([
    ("蔀 遥", "1990/02/11", "蔀 康介", "1987/06/30", "東京都練馬区石神井町5-14-3-302", "蔀 芽衣", "2019/09/04", "婚姻費用"),
    ("勘解由小路 真澄", "1982/03/29", "勘解由小路 隆之", "1978/11/02", "東京都目黒区中根2-8-17", "勘解由小路 紬", "2010/05/21", "離婚・年金分割"),
    ("小鳥遊 美咲", "1988/07/19", "小鳥遊 健吾", "1985/01/08", "神奈川県川崎市中原区木月3-22-9", "小鳥遊 陽向", "2017/04/02", "監護者指定"),
    ("蓮沼 菜々子", "1993/12/01", "蓮沼 翼", "1991/08/15", "東京都小金井市本町2-18-6-201", "蓮沼 湊", "2021/02/27", "離婚"),
    ("東海林 彩花", "1989/10/10", "東海林 亮介", "1986/04/25", "千葉県船橋市本町6-3-11", "東海林 葵", "2015/07/13", "養育費"),
    ("鬼頭 みのり", "1988/09/14", "鬼頭 和也", "1984/12/03", "埼玉県さいたま市大宮区桜木町4-9-2", "鬼頭 蒼", "2018/06/18", "離婚（DV）"),
    ("栗花落 由真", "1992/05/05", "栗花落 伸也", "1989/03/17", "東京都江戸川区西葛西7-1-16", "栗花落 陽菜", "2020/01/09", "面会交流"),
    ("一寸木 美香", "1990/05/17", "一寸木 悟", "1987/11/30", "神奈川県相模原市中央区矢部1-20-4", "一寸木 蓮", "2018/08/02", "離婚・親権"),
], start=1):
    _case = f"R6-04{_no + 10:02d}"
    _ledger.append([_case, f"2024/0{rng.randrange(1, 7)}/{rng.randrange(10, 28)}", _a, _ad, _addr, mobile(), _b, _type])
    _kids.append([_case, _kid, _kd, "長女" if _no % 2 else "長男"])
MESSAGES.append({
    "id": "rikon-012",
    "expect": "stop",
    "sender": IJUIN,
    "to": ["岩佐 様 <iwasa@tsubasa-system.jp>"],
    "subject": "案件管理システム移行：テストデータ送付",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
導入支援チーム 岩佐様

お世話になっております。日の出産業 情報システム課の伊集院です。

移行テスト用に、現行の案件台帳から直近8件を抽出しました。
項目の対応表（旧台帳 → 新システム）の確認にお使いください。
シート「子」は子の情報テーブルへの移行確認用です。

来週の定例でフィードバックをいただけますと助かります。
""" + SIG_IJUIN,
    "attachments": [{
        "kind": "xlsx", "name": "案件台帳_抽出_20240705.xlsx",
        "sheets": {
            "案件": [["ひので家事調停センター　案件台帳（抽出）", "", "", "", "", "", "", "出力日 2024/07/05"],
                     [],
                     ["事件番号", "受付日", "申立人", "申立人生年月日", "申立人住所", "申立人電話", "相手方", "類型"]]
            + _ledger,
            "子": [["事件番号", "子の氏名", "生年月日", "続柄"]] + _kids,
            "メモ": [["移行時の注意"], ["・類型はコード化予定（別紙）"], ["・電話はハイフン付きで登録"]],
        },
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "real case ledger (8 parties with DOB, address, phone, plus children) sent to a vendor as test data → stop",
})

MESSAGES.append({
    "id": "rikon-013",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["m.shiina_1985@yahoo.co.jp"],
    "subject": "Re: 費用についてのお問い合わせ",
    "charset": "cp932",
    "body": """椎名 様

このたびはお問い合わせいただきありがとうございます。
ひので家事調停センター事務局の長谷部でございます。

当センターの手続費用は以下のとおりです（2024年4月改定）。

　項目                        金額（税込）    備考
　--------------------------  --------------  ----------------------------
　申立手数料                  11,000円        申立時にお支払い
　期日手数料（1回あたり）     各 5,500円      当事者それぞれにご負担
　成立手数料                  22,000円～      合意内容により変動
　面会交流支援（付添型）      1回 8,800円     2時間まで
　面会交流支援（受け渡し型）  1回 4,400円     

※ひとり親家庭等には減免制度がございます。詳しくはお問い合わせください。

初回のご相談（60分）は無料です。ご希望の日時をお知らせください。
""" + SIG_HASEBE + """

> 調停をお願いした場合、費用はどのくらいかかりますか。
> 相手にも費用がかかるのでしょうか。
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a fee table to one prospective client on free mail; no personal data → pass",
})

_rows014 = [
    ("R5-0117", "昭和５４年６月３日", "神奈川県相模原市南区相南4-12-8", zen("090-3381-7204")),
    ("R5-0142", "S56.11.21", "東京都八王子市子安町2-6-15 ハイツ子安103", "080-5526-1983"),
    ("R5-0209", "平成２年１月２０日", "埼玉県所沢市東町9-3", zen("070-8841-2256")),
    ("R5-0233", "Ｈ３．７．１９", "千葉県松戸市新松戸5-110-2", "090-7712-6630"),
    ("R5-0301", "昭和６０年１２月８日", "東京都足立区梅島1-27-4", zen("080-1945-3072")),
    ("R5-0358", "S62.2.14", "神奈川県藤沢市鵠沼海岸3-8-21", "090-2290-5418"),
]
MESSAGES.append({
    "id": "rikon-014",
    "expect": "stop",
    "sender": OYA,
    "to": ["蓮見 准教授 <hasumi@tokai-gakuin.ac.jp>"],
    "subject": "共同研究用データ（養育費不払い事案）の件",
    "charset": "cp932",
    "body": """東海学院大学 法学部
蓮見 先生

お世話になっております。大宅です。
先日の打合せでご依頼のあった、養育費の不払いが続いている事案のデータです。
氏名は削除してありますので、分析にお使いください。

事件番号   義務者生年月日        義務者住所                                連絡先
---------  --------------------  ----------------------------------------  ------------------
""" + "\n".join(f"{a:<9}  {b:<20}  {c:<40}  {d}" for a, b, c, d in _rows014) + """

追跡調査（電話による聞き取り）を行う場合は、事前に倫理審査の承認番号をお知らせください。
""" + SIG_OYA,
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "names removed but 6 rows of birth date (和暦), home address and phone (some full-width) to a university: a list of people without a name column → stop",
})

MESSAGES.append({
    "id": "rikon-015",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["早乙女 勝 <saotome@konan-legal.jp>"],
    "subject": "RE: 関係者の連絡先一覧の送付",
    "charset": "iso-2022-jp",
    "body": """早乙女先生

お世話になっております。佐伯です。
ご送付ありがとうございます。確かに受領いたしました。
調停委員会で参考にさせていただき、聴取が必要な場合は改めてご相談いたします。
""" + SIG_SAEKI + """

-----Original Message-----
From: 早乙女 勝 <saotome@konan-legal.jp>
Sent: Monday, July 8, 2024 6:12 PM
To: 佐伯 美和 <saeki.miwa@hinode-sangyo.co.jp>
Subject: 関係者の連絡先一覧の送付

佐伯様

子の監護状況について事情をご存じの方の連絡先です。

1. 九十九 トシ子（母方祖母）   090-2871-4406  東京都府中市宮町3-5-12
2. 九十九 康弘（母方叔父）     080-6630-1187  東京都調布市布田1-44-2
3. 真栄田 由香（保育園 担任）  042-358-2290  東京都府中市若松町4-8-1
4. 葛城 直子（近隣住民）       090-4471-0352  東京都府中市宮町3-5-16
5. 比嘉 美奈子（元同僚）       070-2219-8843  東京都国分寺市本町2-1-9

港南リーガル法律事務所　弁護士 早乙女 勝
""",
    "entities": [],
    "detectors": [],
    "note": "the 5-person list is only in the quoted original (under -----Original Message-----) of the recipient's own mail → pass",
})

MESSAGES.append({
    "id": "rikon-016",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["早乙女 勝 <saotome@konan-legal.jp>"],
    "subject": "【第0388号】相手方陳述書の送付（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": """早乙女先生

お世話になっております。佐伯です。
相手方代理人より提出のあった陳述書を送付いたします。

添付ファイルはパスワード付きZIP形式です。
パスワードは別途メールにてお知らせいたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip", "name": "陳述書_0388.zip", "password": "Hnd#0388-k2",
        "files": [{"kind": "docx", "name": "相手方陳述書_第0388号.docx",
                   "paragraphs": ["陳述書", "1 婚姻から別居までの経緯", "2 財産分与について", "3 年金分割について"]}],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an outside lawyer: the attachment cannot be inspected → stop",
})

MESSAGES.append({
    "id": "rikon-017",
    "expect": "stop",
    "sender": OYA,
    "to": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>"],
    "subject": "監護に関する事情の確認（第0455号）",
    "charset": "utf-8",
    "body": """梶原先生

お世話になっております。大宅です。

申立人側の主張書面のうち、次の点について相手方のご意見を伺いたく存じます。

申立人の主張によれば、相手方（父）小鳥遊 健吾 氏は宗教団体「光輪の会」の熱心な信者であり、
長男の陽向さん（7歳）を毎週日曜日の集会に同伴させ、学校行事よりも集会を優先させているとのことです。
調停委員会として信仰そのものを問題にする趣旨ではなく、監護の実情を確認したいという趣旨です。

次回期日までに、相手方としての認否とご意見をお寄せいただけますと幸いです。
""" + SIG_OYA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's religion (信条) in one sentence, to an outside lawyer: 要配慮個人情報 of one person → stop",
})

MESSAGES.append({
    "id": "rikon-018",
    "expect": "pass",
    "sender": SETO,
    "to": ["Daniel Koh <daniel.koh@straitsfamilylaw.com.sg>"],
    "subject": "Cross-border family mediation seminar - speaker schedule",
    "charset": "utf-8",
    "body": """Dear Daniel,

Thank you again for agreeing to speak at our seminar on cross-border family mediation.
Here is the schedule for the day (all times JST):

  09:30  Registration
  10:00  Opening remarks (Kyoichiro Oya, Centre Director)
  10:15  Session 1: The Hague Convention in practice - your talk (45 min + Q&A)
  11:30  Session 2: Parenting plans across borders (panel)
  12:30  Close

The venue is Sakura Hotel Shinjuku, Room "Kaede" on the 3rd floor. We will cover your
hotel for the night of 13 September; the booking confirmation will follow separately.

Could you send us your slides by 6 September so that we can prepare the Japanese handout?

Best regards,
""" + SIG_SETO + "\n" + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "English mail to a foreign lawyer about a seminar, with the standard disclaimer; no personal data → pass",
})

MESSAGES.append({
    "id": "rikon-019",
    "expect": "stop",
    "sender": SETO,
    "to": ["Rachel Whitmore <r.whitmore@whitmore-family.co.uk>"],
    "subject": "Return application - child's travel documents (our ref. H-24-031)",
    "charset": "utf-8",
    "body": """Dear Rachel,

Further to our call this morning, here are the details of the child's travel documents
that the Japanese side has confirmed, so that you can check them against the UK file.

  Child:          SUGAWARA Emma Louise
  Date of birth:  14 March 2017
  JP passport:    TZ4471826 (issued 10 May 2022, expires 9 May 2027)
  Holder of the passport at present: the mother, SUGAWARA Mika

The mother's side has agreed to deposit the passport with her lawyer until the
mediation session on 2 August.

Kind regards,
""" + SIG_SETO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a child's passport number with romaji name and birth date to an overseas law firm → stop",
})

MESSAGES.append({
    "id": "rikon-020",
    "expect": "pass",
    "sender": OYA,
    "to": ["ADRセンター職員 <adr-staff@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】調停人向け対応マニュアル 改訂版（v4.0）",
    "charset": "iso-2022-jp",
    "body": """職員各位

調停人向け対応マニュアルを改訂しました（v4.0）。
主な変更点は DV スクリーニングの手順と、オンライン期日の本人確認です。
社外秘につき、外部への転送・持ち出しはしないでください。

大宅
""",
    "attachments": [{
        "kind": "docx", "name": "調停人対応マニュアル_v4.0.docx",
        "page_header": "社外秘　ひので家事調停センター",
        "paragraphs": ["調停人向け対応マニュアル v4.0", "1. 受付時のDVスクリーニング",
                       "2. 別席調停の運用", "3. オンライン期日における本人確認"],
    }],
    "entities": [],
    "detectors": [],
    "note": "社外秘-marked manual, but sent only to an internal list → pass",
})

MESSAGES.append({
    "id": "rikon-021",
    "expect": "stop",
    "sender": SETO,
    "to": ["グローバル翻訳センター 受付 <order@global-honyaku.co.jp>"],
    "subject": "翻訳のご依頼（タガログ語→日本語・証明書類 3点）",
    "charset": "utf-8",
    "body": """グローバル翻訳センター ご担当者様

いつもお世話になっております。ひので家事調停センターの瀬戸です。
下記のとおり翻訳をお願いしたく、ご連絡いたしました。

■翻訳対象：出生証明書、婚姻証明書、住民登録証明（各1通、スキャンは別途送付）
■納期：7月26日（金）
■訳文の表記確認用（当事者情報）
　氏名　　　　：SANTOS Maria Luisa（サントス マリア ルイサ）
　生年月日　　：1989年8月21日
　在留カード番号：EH48213957JA
　在留資格　　：日本人の配偶者等

お見積りをいただけますと幸いです。
""" + SIG_SETO,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a party's 在留カード number to a translation company: an identity document number → stop",
})

MESSAGES.append({
    "id": "rikon-022",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
    "subject": "ご依頼者様の連絡先（第0501号 申立人）",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。佐伯です。
第0501号の申立人 蓮沼様より、先生にご依頼されることになったと伺いました。
ご本人の同意をいただいておりますので、当センターに届出のある連絡先をお知らせします。

　氏名　：蓮沼 菜々子 様
　住所　：〒184-0004 東京都小金井市本町2-18-6 コーポ本町201
　携帯　：090-6182-4470
　メール：nanako.hasunuma@gmail.com

今後の期日連絡は先生宛てにお送りする形でよろしいでしょうか。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's contact details to her own lawyer (a partner firm): one record, may be warned → pass",
})

_hotel_rows = "".join(
    f"<tr><td>8/{d}</td><td>{t}</td><td>{p}</td><td>{q}</td><td>{mobile()}</td><td>{k}</td></tr>\n"
    for d, t, p, q, k in [
        ("3", "10:00-12:00", "井筒 雅人", "井筒 千里", "湊斗（9）"),
        ("3", "13:00-15:00", "宍戸 亮平", "宍戸 美紀", "ひなた（6）"),
        ("10", "10:00-11:30", "能登谷 剛", "能登谷 杏奈", "蒼空（8）"),
        ("10", "14:00-16:00", "五味 達也", "五味 沙織", "悠真（10）"),
        ("17", "10:30-12:30", "我妻 慎吾", "我妻 玲奈", "璃子（3）"),
        ("24", "11:00-13:00", "小田桐 誠", "小田桐 恵", "さくら（5）"),
    ])
MESSAGES.append({
    "id": "rikon-023",
    "expect": "stop",
    "sender": KITA,
    "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "8月 面会交流会場（小会議室）ご利用者名簿",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 宴会予約係 御中</p>
<p>いつもお世話になっております。ひので家事調停センターの喜多川です。<br>
8月の小会議室（楓の間）ご利用者を下記のとおりお知らせいたします。<br>
フロントでのご案内の際、別居親・同居親が同じ時間にロビーで待つことのないようご配慮をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f0e0"><th>日付</th><th>時間</th><th>別居親</th><th>同居親</th><th>連絡先（携帯）</th><th>お子さん</th></tr>
""" + _hotel_rows + """</table>
<p>喜多川 悠<br>ひので家事調停センター 面会交流支援コーディネーター<br>TEL 03-5321-7748</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of 6 families (both parents, mobile, child) sent to a hotel: a list of people → stop",
})

MESSAGES.append({
    "id": "rikon-024",
    "expect": "pass",
    "sender": MAKABE,
    "to": ["NPOひだまり 相談支援 <soudan@npo-hidamari.or.jp>"],
    "subject": "相談窓口一覧（リーフレット掲載用）",
    "charset": "utf-8",
    "body": """ひだまり 相談支援ご担当者様

共同リーフレットに掲載する相談窓口の一覧です。
電話番号・受付時間は各機関のウェブサイトで確認済みです（7月1日時点）。

・ひので家事調停センター（離婚・面会交流の調停）03-5321-7740 平日9:30-18:00
・配偶者暴力相談支援センター（都）03-5261-3910 毎日9:00-21:00
・花水木市 子ども家庭支援課 044-920-6611 平日8:30-17:15
・法テラス花水木 0570-078-355 平日9:00-17:00
・NPOひだまり DV相談ダイヤル 0120-714-558 24時間

真壁
""",
    "html": """<html><body>
<p>ひだまり 相談支援ご担当者様</p>
<p>共同リーフレットに掲載する相談窓口の一覧です。</p>
<table border="1" cellpadding="3">
<tr><th>窓口</th><th>内容</th><th>電話</th><th>受付時間</th></tr>
<tr><td>ひので家事調停センター</td><td>離婚・面会交流の調停</td><td>03-5321-7740</td><td>平日9:30-18:00</td></tr>
<tr><td>配偶者暴力相談支援センター（都）</td><td>DV相談</td><td>03-5261-3910</td><td>毎日9:00-21:00</td></tr>
<tr><td>花水木市 子ども家庭支援課</td><td>子育て・ひとり親支援</td><td>044-920-6611</td><td>平日8:30-17:15</td></tr>
<tr><td>法テラス花水木</td><td>法律相談・費用立替</td><td>0570-078-355</td><td>平日9:00-17:00</td></tr>
<tr><td>NPOひだまり DV相談ダイヤル</td><td>DV・シェルター</td><td>0120-714-558</td><td>24時間</td></tr>
</table><p>真壁</p></body></html>""",
    "entities": [],
    "detectors": [],
    "note": "a table of help desks (organisations, not people) to a partner NPO → pass",
})

MESSAGES.append({
    "id": "rikon-025",
    "expect": "stop",
    "sender": OYA,
    "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
    "subject": "【取扱注意】第0412号 調停案（第1次）",
    "charset": "iso-2022-jp",
    "body": """白川先生

調停委員会としての第1次案を、先生限りでお送りします。
期日での正式提示前のたたき台ですので、依頼者様へのご説明は期日後にお願いいたします。

1. 婚姻費用　月額 9万円（令和6年8月分から）
2. 未払分　　一括 36万円（9月末日限り）
3. 面会交流　月2回（第1・第3土曜日、10時～16時）、長期休暇中は別途協議
4. 住居　　　相手方は同年12月末までに現住居から退去

ご意見は次回期日前日までにいただけますと幸いです。
""" + SIG_OYA,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the subject carries a 取扱注意 classification stamp, sent to an outside lawyer → stop",
})

# ---------------------------------------------------------------------------------------
MESSAGES.append({
    "id": "rikon-026",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["間 雄一郎 先生 <hazama@hazama-law.jp>"],
    "subject": "第0467号 算定表に基づく試算（ご参考）",
    "charset": "cp932",
    "body": """間先生

いつもお世話になっております。佐伯です。
次回期日の調停人をお引き受けいただきありがとうございます。
事前資料として、当事者双方の収入資料に基づく試算をお送りします。

・義務者（相手方）　東海林 亮介　給与収入 年 6,120,000円（令和5年分源泉徴収票）
・権利者（申立人）　東海林 彩花　給与収入 年 1,980,000円（パート、同上）
・子　2名（9歳・4歳）

→ 養育費算定表（表3：子2人、第1子15歳以上なし）によると、月額 8万円～10万円 の幅となります。
　相手方は住宅ローン（月 7.2万円）を負担しているとの主張があり、この点の扱いが争点です。

ご不明点がございましたらお知らせください。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "two parties' names with their incomes to the appointed outside mediator: two people's records, may be warned → pass",
})

MESSAGES.append({
    "id": "rikon-027",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>"],
    "subject": "相手方 百目鬼 亮 氏の通院状況について（第0479号）",
    "charset": "iso-2022-jp",
    "body": """梶原先生

お世話になっております。佐伯です。

先生からご提出いただいた診断書（双極性障害Ⅱ型、令和4年から新橋メンタルクリニックに通院中）について、
調停委員会から次の2点を確認させていただきたいとのことです。

　(1) 現在の就労状況（休職中か否か）と収入の見込み
　(2) 期日への出席にあたり配慮が必要な事項（時間、休憩など）

次回期日の1週間前までにご回答いただけますと幸いです。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named party's psychiatric diagnosis (subject and body) to an outside lawyer: 要配慮 of one person → stop",
})

MESSAGES.append({
    "id": "rikon-028",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["白川法律事務所 三宅 <miyake@shirakawa-law.jp>"],
    "subject": "調停成立調書（正本）の発送について",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
三宅 様

お世話になっております。事務局の長谷部です。
第0412号の調停成立調書（正本）を、本日青葉運輸の宅配便にて発送いたしました。

　送り状番号：3318-4402-9716
　お届け予定：7月12日（金）午前中
　内容　　　：調書正本 1通、送付書 1通

お手元に届きましたら、同封の受領書にご記入のうえご返送をお願いいたします。
""" + SIG_HASEBE,
    "entities": [],
    "detectors": [],
    "note": "shipping notice with a tracking number to a partner law firm → pass",
})

MESSAGES.append({
    "id": "rikon-029",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["喜多川 悠 <kitagawa.yu@hinode-sangyo.jp>"],
    "subject": "明日の受け渡し、同居親さんの連絡先です",
    "charset": "utf-8",
    "body": """喜多川さん

明日10時の受け渡し（第0433号）の件、同居親の御手洗 理沙さんの携帯は
070-2251-8804 です。到着が遅れる場合はこちらから連絡があるそうです。
別居親さんとは駐車場で鉢合わせしないよう、裏口からご案内お願いします。

真壁
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyo.jp (dropped co.): look-alike of the own domain → stop",
})

MESSAGES.append({
    "id": "rikon-030",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["ひので家事調停センター <adr-info@hinode-sangyo.co.jp>"],
    "bcc": ["shirakawa@shirakawa-law.jp", "kajiwara@aozora-sogo-law.jp", "saotome@konan-legal.jp",
            "hazama@hazama-law.jp", "info@minatomirai-law.jp", "t.okabe@okabe-sogo.jp",
            "office@kasumi-bengoshi.jp", "nagai@nagai-law-office.jp"],
    "subject": "【ご案内】家事調停実務研修会（9月14日）",
    "charset": "iso-2022-jp",
    "body": """弁護士の先生方各位
（Bcc にて一斉送信しております）

平素より当センターの運営にご協力いただき、誠にありがとうございます。
下記のとおり家事調停実務研修会を開催いたしますので、ご案内申し上げます。

　日時：2024年9月14日（土）13:00～17:00
　会場：さくらホテル新宿 3階「楓」
　内容：第1部　面会交流の取決めと履行確保
　　　　第2部　ハーグ条約事案の実務（講師：Daniel Koh 弁護士）
　参加費：無料（懇親会 5,000円）

お申込みは 8月30日までに本メールへの返信でお願いいたします。
""" + SIG_HASEBE,
    "entities": [],
    "detectors": [],
    "note": "an announcement to eight law firms correctly in Bcc, To is the office itself → pass",
})

_card031a, _card031b = CARD(), CARD()
MESSAGES.append({
    "id": "rikon-031",
    "expect": "stop",
    "sender": HORI,
    "to": ["ペイリレー株式会社 加盟店サポート <support@payrelay.co.jp>"],
    "subject": "カード決済エラー分の手動処理のお願い（加盟店ID HND-20931）",
    "charset": "cp932",
    "body": """ペイリレー株式会社
加盟店サポート ご担当者様

いつもお世話になっております。ひので家事調停センター経理の堀之内です。
Web申込フォームでのカード決済が以下の2件でエラーとなりました。
ご本人からお電話でカード情報を伺いましたので、手動での売上処理をお願いできますでしょうか。

1) 申込者：九十九 まどか 様
   カード番号：""" + spaced(_card031a) + """　有効期限 09/27
   金額：11,000円（申立手数料）

2) 申込者：薬師寺 耕平 様
   カード番号：""" + spaced(_card031b, sep="-") + """　有効期限 02/26
   金額：5,500円（期日手数料）

処理完了後、売上票の控えをお送りいただけますと幸いです。
""" + SIG_HORI,
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "two clients' full card numbers in the body to a payment company → stop",
})

MESSAGES.append({
    "id": "rikon-032",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["錦印刷 営業部 大槻様 <otsuki@nishiki-insatsu.co.jp>"],
    "subject": "リーフレット増刷のお願い（見積番号 Q-24-0719）",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
営業部 大槻様

いつもお世話になっております。長谷部です。
先日お見積りいただいた件、下記のとおり発注いたします。

　品番　　　　　品名　　　　　　　　　　　　　　　　　　部数
　NK-A4-3021　「離婚を考えたときに ～子どものためのガイド～」　3,000部
　NK-B5-1187　「面会交流のしおり」（改訂第3版）　　　　　1,500部
　NK-PC-0402　ポストカード（相談窓口案内）　　　　　　　 5,000枚

納品先：当センター（西新宿）受付
納期　：8月20日（火）必着
請求書は見積番号 Q-24-0719 で発行をお願いいたします。
""" + SIG_HASEBE,
    "entities": [],
    "detectors": [],
    "note": "print order with product codes and a quote number to a partner printer → pass",
})

MESSAGES.append({
    "id": "rikon-033",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["錦印刷 営業部 大槻様 <otsuki@nishiki-insatsu.co.jp>"],
    "subject": "調停人ハンドブック 印刷入稿データ",
    "charset": "iso-2022-jp",
    "body": """大槻様

続けて失礼いたします。長谷部です。
調停人ハンドブックの入稿データを添付いたします。
仕様：A5 中綴じ 48ページ、120部、表紙のみカラー

色校は不要です。ご不明点があればご連絡ください。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "docx", "name": "調停人ハンドブック_2024_入稿.docx",
        "page_header": "社外秘　ひので家事調停センター　調停人限り",
        "title": "調停人ハンドブック 2024",
        "paragraphs": [
            "調停人ハンドブック 2024年版",
            "第1章　期日の進め方（同席・別席の判断基準）",
            "第2章　DV事案のスクリーニングと安全確保",
            "第3章　子の意思の把握（面談の方法）",
            "第4章　合意書作成上の注意点",
        ],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached handbook carries a 社外秘 page header; sent to an outside printer → stop",
})

MESSAGES.append({
    "id": "rikon-034",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
    "subject": "FW: 先日の件（診断書について）",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。佐伯です。
依頼者の四月一日様から当センター宛てに届いたメールを、ご本人の了解を得て転送いたします。
診断書の原本は先生の事務所に直接郵送されるとのことです。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "eml", "name": "先日の件.eml",
        "message": {
            "sender": "四月一日 紗季 <saki.watanuki@icloud.com>",
            "to": [SAEKI],
            "subject": "先日の件",
            "charset": "utf-8",
            "body": """佐伯さま

先日はありがとうございました。四月一日です。
6月3日に新宿の心療内科で「適応障害」と診断され、いまは週1回通院しています。
夫に怒鳴られ腕をつかまれた日のあざの写真も残してあります。
期日にはなるべく出たいと思いますが、長時間は難しいかもしれません。

日中の連絡は 080-3390-1176 にお願いします。
四月一日 紗季
""",
        },
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded .eml of a party's own mail with her diagnosis and the abuse she suffered: a forward is new content → stop",
})

MESSAGES.append({
    "id": "rikon-035",
    "expect": "pass",
    "sender": KITA,
    "to": ["kusunoki.t@docomo.ne.jp"],
    "subject": "面会交流日程のご確認（7/21）",
    "charset": "iso-2022-jp",
    "body": """楠 様

ひので家事調停センターの喜多川です。
次回の面会交流の日程をご確認ください。

　日時：7月21日（日）11:00～13:00
　場所：当センター2階 プレイルーム
　お子さん：結衣さん

当日は10:45までに2階受付にお越しください。
お飲み物やおもちゃをお持ちいただいても構いませんが、プレゼントは事前にご相談ください。
ご都合が悪くなった場合は、前日17時までにご連絡をお願いいたします。
""" + SIG_KITA,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a schedule to one parent on a carrier address; the child's first name alone is no record → pass",
})

_kid036 = [
    ("井筒 湊斗", "いづつ みなと", "2015/03/22", "花水木南小 3年"),
    ("宍戸 ひなた", "ししど ひなた", "2018/01/09", "ひまわり保育園 年長"),
    ("能登谷 蒼空", "のとや そら", "2016/06/30", "花水木東小 2年"),
    ("五味 悠真", "ごみ ゆうま", "2014/02/11", "桜台小 4年"),
    ("我妻 璃子", "わがつま りこ", "2021/05/17", "こぐま保育園 2歳児"),
    ("小田桐 さくら", "おだぎり さくら", "2019/04/04", "みどり幼稚園 年中"),
    ("楠 結衣", "くすのき ゆい", "2017/08/26", "花水木南小 1年"),
    ("御子柴 凛", "みこしば りん", "2017/07/03", "日吉台小 1年"),
    ("一寸木 蓮", "ますき れん", "2018/08/02", "矢部小 1年"),
    ("蓮沼 湊", "はすぬま みなと", "2021/02/27", "本町保育園 3歳児"),
]
MESSAGES.append({
    "id": "rikon-036",
    "expect": "stop",
    "sender": KITA,
    "to": ["柳瀬 由紀子 <yanase@tsunagute.or.jp>"],
    "subject": "夏休み親子イベント 参加児童一覧（PDF）",
    "charset": "iso-2022-jp",
    "body": """柳瀬様

8月10日の夏休み親子イベントの参加児童一覧をPDFでお送りします。
名札の作成と保険の手配にお使いください。

喜多川
""",
    "attachments": [{
        "kind": "pdf", "name": "夏休みイベント参加児童一覧.pdf",
        "lines": ["夏休み親子イベント（8/10）参加児童一覧", ""],
        "table": [["No", "氏名", "ふりがな", "生年月日", "所属", "緊急連絡先"]]
        + [[str(i), a, b, c, d, mobile()] for i, (a, b, c, d) in enumerate(_kid036, 1)],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 10 children with birth dates, schools and contact phones to an outside NPO → stop",
})

MESSAGES.append({
    "id": "rikon-037",
    "expect": "pass",
    "sender": OYA,
    "to": ["蓮見 准教授 <hasumi@tokai-gakuin.ac.jp>"],
    "subject": "令和5年度 取扱件数の集計（匿名化済）",
    "charset": "utf-8",
    "body": """蓮見先生

お世話になっております。大宅です。
共同研究の基礎資料として、令和5年度の取扱件数を集計しました（個別事案は含みません）。
「類型別」「月別」の2シートです。

ご確認よろしくお願いいたします。
""" + SIG_OYA,
    "attachments": [{
        "kind": "xlsx", "name": "R5_取扱件数集計.xlsx",
        "sheets": {
            "類型別": [["令和5年度 類型別取扱件数"], [],
                      ["類型", "受理", "成立", "不成立", "取下げ"],
                      ["離婚", 132, 71, 38, 23], ["婚姻費用", 58, 40, 12, 6], ["養育費", 47, 35, 8, 4],
                      ["面会交流", 66, 39, 18, 9], ["うちDV主張あり", 29, 11, 13, 5], ["年金分割", 12, 10, 1, 1]],
            "月別": [["月", "受理件数"]] + [[f"{m}月", rng.randrange(18, 41)] for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)],
        },
    }],
    "entities": [],
    "detectors": [],
    "note": "aggregate statistics only (DV appears as a count, tied to no person) → pass",
})

MESSAGES.append({
    "id": "rikon-038",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["nanako.hasunuma@gmail.com"],
    "subject": "合意書（案）の送付について",
    "charset": "iso-2022-jp",
    "body": """蓮沼 様

ひので家事調停センターの佐伯です。
前回期日でまとまった内容をもとに、合意書（案）を作成しましたのでお送りします。
PDF にはパスワードを設定しております。パスワードは本日中にお電話でお伝えいたします。

内容をご確認のうえ、修正のご希望があれば8月2日までにお知らせください。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pdf", "name": "合意書案_第0501号.pdf", "password": "r6-0501",
        "lines": ["合意書（案）", "第1条　当事者は協議離婚することに合意する。", "第2条　長男の親権者を申立人と定める。"],
    }],
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected PDF to a party on free mail: the attachment cannot be inspected → stop",
})

MESSAGES.append({
    "id": "rikon-039",
    "expect": "stop",
    "sender": OYA,
    "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
    "cc": ["早乙女 勝 <saotome@konan-legal.jp>",
           "花水木市 子ども家庭支援課 <kodomo-katei@city-hanamizuki.lg.jp>"],
    "subject": "地域連絡会議（8/22）議題のご案内",
    "charset": "iso-2022-jp",
    "body": """連絡会議委員の皆様

いつもお世話になっております。ひので家事調停センターの大宅です。
8月22日（木）15:00 からの地域連絡会議の議題をお送りします。

　1. 面会交流支援の利用状況（上半期）
　2. 養育費の取決め率向上に向けた市との連携
　3. 法テラスの代理援助を利用した事案の手続費用の扱い
　4. その他

会場は花水木市役所 本庁舎 5階 第2会議室です。
資料は当日配布いたします。
""" + SIG_OYA,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (two law firms and a city office) in To/Cc see each other → stop",
})

MESSAGES.append({
    "id": "rikon-040",
    "expect": "pass",
    "sender": SETO,
    "to": ["Rachel Whitmore <r.whitmore@whitmore-family.co.uk>"],
    "subject": "Re: Return application - child's travel documents (our ref. H-24-031)",
    "charset": "utf-8",
    "body": """Dear Rachel,

Thank you, noted. I will pass the certified copy to the Central Authority through the
usual channel, and confirm the mediation date with both sides by Friday.

Best regards,
Anna

On Tue, 16 Jul 2024 at 09:14, Rachel Whitmore <r.whitmore@whitmore-family.co.uk> wrote:
> Dear Anna,
>
> The UK file shows the child's Japanese passport number as TZ4471826, and her
> British passport as 553018274, both held by the mother (SUGAWARA Mika).
> The child, Emma Louise, was born on 14 March 2017.
> Could you confirm the deposit arrangement?
>
> Kind regards,
> Rachel Whitmore
""",
    "entities": [],
    "detectors": [],
    "note": "passport numbers only in the quoted text of the recipient's own mail (\"On ... wrote:\") → pass",
})

_mn041 = MN()
MESSAGES.append({
    "id": "rikon-041",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["花水木市 児童扶養手当係 <jifu@city-hanamizuki.lg.jp>"],
    "subject": "児童扶養手当 請求にかかる確認（ご本人の依頼による送信）",
    "charset": "cp932",
    "body": """花水木市 子ども家庭支援課 児童扶養手当係 御中

いつもお世話になっております。ひので家事調停センターの真壁です。
当センターで調停中の方から、手当の請求手続について問い合わせたいとのご依頼があり、
ご本人の了解を得て、窓口での照会に必要な情報をお送りします。

　請求者氏名　：一寸木 美香（ますき みか）
　生年月日　　：平成２年５月１７日
　個人番号　　：""" + zen(spaced(_mn041)) + """
　対象児童　　：一寸木 蓮（平成３０年８月２日生）
　別居日　　　：令和６年３月１５日

離婚成立前の段階でも請求が可能か、ご教示いただけますと幸いです。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a My Number in full-width digits with 和暦 birth dates, to a city office → stop",
})

MESSAGES.append({
    "id": "rikon-042",
    "expect": "pass",
    "sender": IJUIN,
    "to": [SAEKI],
    "subject": "バックアップ用の案件台帳（パスワード付ZIP）",
    "charset": "iso-2022-jp",
    "body": """佐伯さん

共有フォルダの移行中に参照できるよう、案件台帳の7月1日時点版を
パスワード付ZIPでお送りします。パスワードは内線でお伝えします。
移行完了後（7/20予定）に削除してください。

伊集院
""",
    "attachments": [{
        "kind": "zip", "name": "案件台帳_20240701.zip", "password": "bk-0701-hnd",
        "files": [{"kind": "xlsx", "name": "案件台帳_20240701.xlsx",
                   "sheets": {"台帳": [["事件番号", "申立人", "相手方"], ["R6-0412", "蔀 遥", "蔀 康介"]]}}],
    }],
    "entities": [],
    "detectors": [],
    "note": "password ZIP, but sender and recipient are both internal → pass",
})

MESSAGES.append({
    "id": "rikon-043",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["北国フーズ株式会社 人事部 給与厚生課 <kyuyo@kitaguni-foods.co.jp>"],
    "subject": "被扶養者の異動に関するご連絡（貴社従業員 鶴見 浩二 様）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
人事部 給与厚生課 ご担当者様

突然のご連絡失礼いたします。ひので家事調停センターの佐伯と申します。
貴社従業員の鶴見 浩二 様と配偶者様との調停において、お子様の健康保険の扶養について
合意が成立いたしましたので、ご本人の依頼によりご連絡申し上げます。

　被保険者　　：鶴見 浩二 様
　被保険者証　：記号 ７１２０４３８　番号 ２２
　被扶養者　　：長女 鶴見 あかり 様（平成２８年１０月５日生）
　異動内容　　：令和6年8月1日付で引き続き被扶養者とする（親権者変更なし）

必要な届出書類がございましたら、ご本人宛てにご案内いただけますと幸いです。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "an employee's 健康保険証 記号・番号 (full-width) and his child's birth date to the employer's HR → stop",
})

MESSAGES.append({
    "id": "rikon-044",
    "expect": "pass",
    "sender": KITA,
    "to": ["市民交流プラザ 施設予約係 <yoyaku@hanamizuki-plaza.jp>"],
    "subject": "多目的室ご利用者（8/3）のご連絡",
    "charset": "utf-8",
    "body": """市民交流プラザ 施設予約係 ご担当者様

いつもお世話になっております。ひので家事調停センターの喜多川です。
8月3日（土）の多目的室A（予約番号 P-24-08031）について、
受付でお名前を確認いただく方をお知らせいたします。

　・10:00～12:00　宍戸 亮平 様（携帯 090-3318-5527）
　・10:00～12:00　宍戸 美紀 様（携帯 080-7260-1149）
　・13:30～15:30　能登谷 剛 様（携帯 070-4482-9036）
　・13:30～15:30　能登谷 杏奈 様（携帯 090-8815-2270）

いずれも当センターの支援員が同席いたします。
""" + SIG_KITA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's names and mobiles to a venue: under five records, may be warned → pass",
})

MESSAGES.append({
    "id": "rikon-045",
    "expect": "stop",
    "sender": HORI,
    "to": ["白川法律事務所 三宅 <miyake@shirakawa-law.jp>"],
    "subject": "費用精算明細（7月分）",
    "charset": "iso-2022-jp",
    "body": """三宅様

お世話になっております。経理の堀之内です。
7月分の期日手数料・立替金の精算明細をお送りします。
ご確認のうえ、相違がなければ月末までにお振込みをお願いいたします。
""" + SIG_HORI,
    "attachments": [{"kind": "corrupt", "name": "精算明細_202407.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached workbook is corrupt and cannot be read → stop",
})

_blocks046 = [
    ("御子柴 凛（みこしば りん）", "平成２９年７月３日", "神奈川県横浜市港北区日吉本町３丁目２２－５", "090-5512-8047"),
    ("能登谷 蒼空（のとや そら）", "平成２８年６月３０日", "神奈川県横浜市都筑区中川中央１－９－１４", "080-2271-6605"),
    ("我妻 璃子（わがつま りこ）", "令和３年５月１７日", "神奈川県川崎市宮前区鷺沼２－４－３０", "070-3906-1182"),
    ("五味 悠真（ごみ ゆうま）", "平成２６年２月１１日", "神奈川県横浜市青葉区美しが丘５－１１－２", "090-6643-0378"),
    ("小田桐 さくら（おだぎり さくら）", "平成３１年４月４日", "神奈川県川崎市高津区溝口３－１５－８", "080-9125-4461"),
]
MESSAGES.append({
    "id": "rikon-046",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["中央児童相談所 相談課 <soudan@chuo-jisou.pref-minamikanto.lg.jp>"],
    "subject": "面会交流支援中の児童について（情報提供）",
    "charset": "cp932",
    "body": """中央児童相談所 相談課 御中

いつもお世話になっております。ひので家事調停センターの真壁です。
先日の連絡会議でご依頼のありました、当センターで面会交流支援を行っている
貴所管内在住の児童について、情報提供いたします。

""" + "\n".join(
        f"【{i}】氏名　　　：{a}\n　　生年月日　：{b}\n　　住所　　　：{c}\n　　保護者連絡先：{zen(d)}\n"
        for i, (a, b, c, d) in enumerate(_blocks046, 1)) + """
ご不明な点は真壁までお問い合わせください。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five children, one block each, with 和暦 birth dates, addresses and full-width phones, to a child guidance centre → stop",
})

MESSAGES.append({
    "id": "rikon-047",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["渋谷公証役場 <info@shibuya-kosho.jp>"],
    "subject": "養育費に関する公正証書作成のご予約について",
    "charset": "iso-2022-jp",
    "body": """渋谷公証役場 ご担当者様

はじめてご連絡いたします。ひので家事調停センターの佐伯と申します。
当センターの調停で成立した合意内容について、強制執行認諾文言付きの公正証書を
作成したく、ご予約のご相談をさせていただきたく存じます。

　当事者　　：東海林 亮介 様、東海林 彩花 様（お二人とも出頭予定）
　希望日時　：8月下旬の平日午前（複数候補をお示しいただければ調整いたします）
　内容　　　：養育費（月額・支払期間・特別費用の分担）

事前にお送りすべき資料（合意書の写し、戸籍謄本等）をご教示いただけますと幸いです。
""" + SIG_SAEKI + "\n" + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "booking a notary appointment: two names with no other data, and the standard disclaimer → pass",
})

MESSAGES.append({
    "id": "rikon-048",
    "expect": "stop",
    "sender": HORI,
    "to": ["みどり銀行 法人営業部 <hojin@midori-ginkou.co.jp>"],
    "subject": "養育費送金サービス 受取口座の登録依頼",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。ひので家事調停センター経理の堀之内です。
養育費送金代行サービスについて、新たに受取人1名の口座登録をお願いいたします。

　受取人　：東海林 彩花 様
　口座　　：みどり銀行 船橋支店 普通 3807162
　口座名義：ショウジ アヤカ
　開始月　：令和6年9月分から（毎月25日送金）

登録完了のご連絡をお待ちしております。
""" + SIG_HORI,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginkou.co.jp: the partner bank's domain with a letter added, a look-alike → stop",
})

MESSAGES.append({
    "id": "rikon-049",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["花水木市 子ども家庭支援課 <kodomo-katei@city-hanamizuki.lg.jp>"],
    "subject": "相談先リスト（法律事務所）の更新版",
    "charset": "utf-8",
    "body": """花水木市 子ども家庭支援課 ご担当者様

お世話になっております。長谷部です。
窓口でご案内いただいている法律事務所リストの更新版（CSV）をお送りします。
2事務所の移転と1事務所の追加を反映しています。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "csv", "name": "提携法律事務所一覧_2024-07.csv", "encoding": "utf-8",
        "rows": [["事務所名", "所在地", "電話（代表）", "受付時間", "家事事件", "法テラス"],
                 ["白川法律事務所", "東京都新宿区四谷1-6-2 四谷ビル4F", "03-3353-2201", "平日9:30-18:00", "可", "可"],
                 ["青空総合法律事務所", "東京都渋谷区渋谷2-15-1 5F", "03-5466-7730", "平日10:00-19:00", "可", "不可"],
                 ["港南リーガル法律事務所", "神奈川県横浜市港南区上大岡西1-9-4", "045-841-3320", "平日9:00-17:30", "可", "可"],
                 ["間法律事務所", "東京都千代田区麹町3-2-8", "03-3262-4108", "平日9:30-17:30", "可", "可"],
                 ["みなとみらい法律事務所", "神奈川県横浜市西区みなとみらい2-3-5", "045-222-8801", "平日9:00-18:00", "可", "可"],
                 ["岡部総合法律事務所", "東京都立川市曙町2-14-10", "042-522-6671", "平日9:00-18:00", "可", "不可"],
                 ["かすみ弁護士事務所", "神奈川県川崎市川崎区駅前本町11-2", "044-244-0357", "平日10:00-18:00", "可", "可"],
                 ["永井法律事務所", "埼玉県さいたま市浦和区高砂2-6-18", "048-829-1193", "平日9:30-17:30", "可", "可"]],
    }],
    "entities": [],
    "detectors": [],
    "note": "a list of law firms (businesses: office addresses and switchboards), not people → pass",
})

MESSAGES.append({
    "id": "rikon-050",
    "expect": "stop",
    "sender": OYA,
    "to": ["こころの窓カウンセリングルーム 日置 先生 <hioki@kokoro-no-mado.jp>"],
    "subject": "親子カウンセリングご依頼の背景について",
    "charset": "iso-2022-jp",
    "body": """日置先生

先日はお電話で失礼いたしました。大宅です。
ご依頼する親子カウンセリングの背景を、差し支えない範囲でお伝えします。

相手方（父）の冨樫 敦 氏は、令和6年2月に保護命令違反の疑いで逮捕され、
その後略式命令（罰金30万円）を受けています。
現在は接触禁止の期間が終わり、長男との面会交流の再開を強く希望されています。
再開の可否を判断する前に、長男（10歳）の心情を専門家の立場から伺いたいというのが趣旨です。

面談の日程は、真壁から別途ご連絡いたします。
""" + SIG_OYA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's arrest and criminal penalty in a sentence to an outside counsellor: 要配慮 → stop",
})

# ---------------------------------------------------------------------------------------
MESSAGES.append({
    "id": "rikon-051",
    "expect": "pass",
    "sender": KITA,
    "to": ["柳瀬 由紀子 <yanase@tsunagute.or.jp>"],
    "subject": "RE: 栗花落さんの件 受け渡し場所",
    "charset": "cp932",
    "body": """柳瀬様

ご提案ありがとうございます。喜多川です。
受け渡し場所は当センター1階ロビーとし、同居親さんは通用口から出入りしていただく形にします。
時間は別居親さんの到着を10:00、同居親さんの到着を9:45とし、15分の時間差を設けます。
当日は私と支援員の2名で対応いたします。
""" + SIG_KITA + """

差出人: 柳瀬 由紀子 <yanase@tsunagute.or.jp>
送信日時: 2024年7月9日 17:42
宛先: 喜多川 悠 <kitagawa.yu@hinode-sangyo.co.jp>
件名: 栗花落さんの件 受け渡し場所

喜多川様

栗花落由真さんは、相手方から暴力を受けて保護命令が出ている方ですので、
駅前の公園での受け渡しは避けたほうがよいと考えます。
センターの建物内で、出入口を分けることはできますでしょうか。

柳瀬
""",
    "entities": [],
    "detectors": [],
    "note": "the DV details are only in the quoted original (差出人/送信日時 block) from the recipient; new text is logistics → pass",
})

_pay052 = [("ｸﾘﾂﾕ ﾕﾏ", "0177", "105"), ("ｷﾄｳ ﾐﾉﾘ", "0177", "212"), ("ﾏｽｷ ﾐｶ", "0009", "418"),
           ("ｼﾖｳｼﾞ ｱﾔｶ", "0177", "330"), ("ﾊｽﾇﾏ ﾅﾅｺ", "0005", "071"), ("ｵﾀﾞｷﾞﾘ ﾒｸﾞﾐ", "0177", "105"),
           ("ｲﾂﾞﾂ ﾁｻﾄ", "0001", "254"), ("ｼｼﾄﾞ ﾐｷ", "0177", "330"), ("ﾉﾄﾔ ｱﾝﾅ", "0010", "611"),
           ("ｺﾞﾐ ｻｵﾘ", "0177", "212"), ("ﾜｶﾞﾂﾏ ﾚｲﾅ", "0177", "105"), ("ｸｽﾉｷ ﾐｵ", "0033", "002")]
MESSAGES.append({
    "id": "rikon-052",
    "expect": "stop",
    "sender": HORI,
    "to": ["みどり銀行 振込サービス担当 <furikomi@midori-ginko.co.jp>"],
    "subject": "7月分 養育費立替送金データの送付",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 振込サービスご担当者様

いつもお世話になっております。ひので家事調停センター経理の堀之内です。
7月分の養育費立替送金データ（12件）をZIPでお送りします。
7月25日の送金指定でお願いいたします。
""" + SIG_HORI,
    "attachments": [{
        "kind": "zip", "name": "送金データ_202407.zip",
        "files": [
            {"kind": "csv", "name": "送金明細_202407.csv", "encoding": "cp932",
             "rows": [["受取人名", "銀行コード", "支店コード", "預金種目", "口座番号", "金額"]]
             + [[n, b, s, "1", account(), rng.choice([30000, 40000, 45000, 50000, 60000])] for n, b, s in _pay052]},
            {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
             "text": "送金指定日：2024/07/25\n件数：12件\n作成：ひので家事調停センター 経理"},
        ],
    }],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "ZIP with a CSV of 12 payees' names and bank accounts, even to the partner bank: a list of people → stop",
})

MESSAGES.append({
    "id": "rikon-053",
    "expect": "pass",
    "sender": IJUIN,
    "to": ["岩佐 様 <iwasa@tsubasa-system.jp>"],
    "cc": ["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    "subject": "サーバ移行作業の日程のご相談",
    "charset": "utf-8",
    "body": """岩佐様

お世話になっております。伊集院です。
案件管理サーバの移行作業について、日程のご相談です。

・作業日：8月17日（土）9:00～18:00（予備日 8/24）
・対象　：casedb01（10.20.3.11）、casedb02（10.20.3.12）、webfront01
・停止範囲：案件管理システム全体（センターは土曜休業のため影響なし）
・切戻し判断：15:00 時点

作業中は、個人情報を含むデータベースへのアクセスを当社VPN経由のみに制限します。
作業者のお名前とVPNアカウント申請書を8/9までにいただけますでしょうか。
""" + SIG_IJUIN,
    "entities": [],
    "detectors": [],
    "note": "a maintenance plan to the partner vendor (two addresses, one organisation); mentions 個人情報 but carries none → pass",
})

MESSAGES.append({
    "id": "rikon-054",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["聖和女子大学 浅葱 先生 <asagi@seiwa-joshi.ac.jp>"],
    "subject": "ゲスト講義スライド（事例検討）",
    "charset": "utf-8",
    "body": """浅葱先生

来週のゲスト講義で使用するスライドをお送りします。
印刷して学生に配布していただいて構いません。

真壁
""",
    "attachments": [{
        "kind": "pptx", "name": "ゲスト講義_面会交流とDV.pptx",
        "slides": [
            ["面会交流とDV ― 事例から考える", "ひので家事調停センター 相談員 真壁 千尋"],
            ["事例の概要", "相談者：雲母 さやか さん（38歳・会社員）",
             "令和5年3月、夫からの暴力で救急搬送（頭部打撲）",
             "その後、心療内科でPTSDと診断され通院中"],
            ["論点", "子（8歳）は父との面会を希望", "同居親の安全と子の意思をどう両立するか"],
            ["当センターでの対応", "付添型の面会交流から開始", "受け渡しは第三者機関（NPO）経由"],
        ],
    }],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "lecture slides with a real client's name, the violence she suffered and her PTSD diagnosis, to a university → stop",
})

_mn055a, _mn055b = MN(), MN()
MESSAGES.append({
    "id": "rikon-055",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["桜ヶ丘市 こども未来課 <kodomo-mirai@city-sakuragaoka.lg.jp>"],
    "subject": "児童手当 受給者変更の書類（下書き）",
    "charset": "iso-2022-jp",
    "body": """桜ヶ丘市 こども未来課 ご担当者様

お世話になっております。ひので家事調停センターの真壁です。
昨日お電話でご相談した受給者変更の件、ご本人と一緒に作成した届出書の下書きをZIPで送付いたします。
記載に誤りがないかご確認いただけますと幸いです。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "zip", "name": "受給者変更届_下書き.zip",
        "files": [{
            "kind": "docx", "name": "児童手当_受給者変更届_下書き.docx",
            "paragraphs": ["児童手当 認定請求書（受給者変更）下書き"],
            "tables": [[["区分", "氏名", "生年月日", "個人番号", "住所"],
                        ["請求者", "能登谷 杏奈", "1990/11/03", _mn055a, "神奈川県横浜市都筑区中川中央1-9-14"],
                        ["児童", "能登谷 蒼空", "2016/06/30", _mn055b, "同上"]]],
        }],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a DOCX table inside a ZIP with a mother's and child's My Numbers, to a city office → stop",
})

MESSAGES.append({
    "id": "rikon-056",
    "expect": "pass",
    "sender": "Sayaka Horinouchi <horinouchi.sayaka@hinode-sangyo.co.jp>",
    "to": ["Fiona Gale <fiona@gale-mediation.com.au>"],
    "subject": "Co-mediation fee - invoice INV-2407-031",
    "charset": "utf-8",
    "body": """Dear Ms Gale,

Thank you for co-mediating case H-24-027 with Mr Oya in June.
Please find below the details of our payment of your fee.

  Invoice no.:     INV-2407-031 (your invoice dated 28 June 2024)
  Amount:          AUD 1,650.00 (3 sessions x AUD 550)
  Payment date:    19 July 2024, by telegraphic transfer
  Our reference:   HND-ADR-2024-118

Bank charges on our side will be borne by us. Please let me know if the amount received
differs from the above.

Kind regards,
Sayaka Horinouchi
Accounting, Hinode Family ADR Centre
Tel +81-3-5321-7745
""" + DISC_EN + """
本メールには機密情報が含まれている場合があります。誤って受信された場合は削除してください。""",
    "entities": [],
    "detectors": [],
    "note": "English payment notice to an overseas co-mediator with invoice numbers and a bilingual disclaimer → pass",
})

MESSAGES.append({
    "id": "rikon-057",
    "expect": "stop",
    "sender": IJUIN,
    "to": ["クモデータ株式会社 データ変換サービス <convert@kumo-data.co.jp>"],
    "subject": "旧形式XLSファイルの変換のご依頼",
    "charset": "cp932",
    "body": """クモデータ株式会社
データ変換サービス ご担当者様

お世話になっております。日の出産業 情報システム課の伊集院です。
旧システムから出力した Excel 97-2003 形式のファイルを、新システム取込用の
UTF-8 CSV に変換していただきたく、サンプルを1点お送りします。
本番は約 4,000 行です。お見積りをお願いいたします。
""" + SIG_IJUIN,
    "attachments": [{
        "kind": "xls", "name": "相談者名簿_H30-R2.xls",
        "sheets": {"名簿": [["受付No", "氏名", "電話", "相談種別", "主訴"],
                            ["H30-0211", "雲母 さやか", mobile(), "DV", "夫からの暴力、PTSD通院中"],
                            ["H30-0347", "蜂谷 健", mobile(), "離婚", "妻の不貞"],
                            ["H31-0015", "道祖土 恵理", mobile(), "親権", "うつ病で休職中、監護に不安"],
                            ["R1-0098", "仁科 武", mobile(), "面会交流", "元妻の再婚相手による子への暴力"],
                            ["R1-0233", "百目鬼 由佳", mobile(), "婚姻費用", "夫が双極性障害で無収入"],
                            ["R2-0042", "秋保 みずほ", mobile(), "DV", "シェルター入所中"],
                            ["R2-0187", "左近司 亮", mobile(), "養育費", "不払い"]]},
    }],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 7 clients with phones and DV/medical notes, sent to a conversion vendor as a 'sample' → stop",
})

MESSAGES.append({
    "id": "rikon-058",
    "expect": "pass",
    "sender": SETO,
    "to": ["j.morrison.tokyo@gmail.com"],
    "subject": "Re: Mediation for an international couple - how it works",
    "charset": "utf-8",
    "body": """Dear Mr Morrison,

Thank you for your enquiry. I am happy to explain how mediation works at our centre.

1. Intake: each of you has a separate 60-minute interview (in English or Japanese).
2. Sessions: usually 3-5 sessions of two hours, with two mediators, one of whom is a lawyer.
3. Agreement: if you reach agreement, we draft a written agreement that you can have
   notarised so that child support can be enforced.

Everything said in mediation is kept confidential and may not be used later in court,
except where a child's safety is at risk. Interpreters are bound by the same rule.

Fees are listed on our website. Please let me know if you would like to book an intake.

Best regards,
""" + SIG_SETO,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "English explanation to a prospective client on free mail; 'confidential' is talked about, not a marking → pass",
})

_kana059 = [("7/22(月) 10:00", "ヤナギサワ ミホ", "初回"), ("7/22(月) 14:00", "カツラギ ナオト", "2回目"),
            ("7/23(火) 10:30", "ドウメキ ユカ", "初回"), ("7/23(火) 15:00", "サコンジ リョウ", "3回目"),
            ("7/24(水) 11:00", "アキウ ミズホ", "初回"), ("7/25(木) 13:30", "ニシナ タケシ", "2回目")]
MESSAGES.append({
    "id": "rikon-059",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["日置 先生 <hioki@kokoro-no-mado.jp>"],
    "subject": "来週の面談予約者（6名）",
    "charset": "utf-8",
    "body": """日置先生

来週、先生のカウンセリングルームでお受けいただく予約者の一覧です。
当日ご本人から遅刻等の連絡があれば、直接先生の携帯に入るよう伝えてあります。

日時\tお名前\t携帯\t回数
""" + "\n".join(f"{d}\t{n}\t{mobile()}\t{k}" for d, n, k in _kana059) + """

よろしくお願いいたします。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of six clients (katakana names) with mobiles to an outside counsellor → stop",
})

MESSAGES.append({
    "id": "rikon-060",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["北国フーズ株式会社 総務部 法務課 <houmu@kitaguni-foods.co.jp>"],
    "subject": "養育費の給与天引き送金についてのご相談（ご本人同意済み）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
総務部 法務課 ご担当者様

お世話になっております。ひので家事調停センターの佐伯です。
当センターで成立した調停において、貴社にお勤めの下記の方が、
養育費を給与から天引きして送金する方法を希望されています。

　氏名　　：纐纈 拓也 様
　生年月日：昭和６２年１月２６日
　所属　　：札幌工場 製造二課（ご本人申告）
　送金額　：月額 45,000円

貴社で給与控除による送金が可能かどうか、ご検討いただけますでしょうか。
ご本人の同意書の写しは郵送いたします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one employee's name and birth date to his employer (a partner) with his consent: one record, may be warned → pass",
})

MESSAGES.append({
    "id": "rikon-061",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["minami.kaoru@ezweb.ne.jp", "h.tsurumi.1979@gmail.com"],
    "cc": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>"],
    "subject": "Re: Re: 期日変更のお願い",
    "charset": "iso-2022-jp",
    "body": """皆様

事務局の長谷部です。
承知いたしました。第3回期日を 9月3日（火）10:00～ に変更いたします。
場所は変わらず当センター5階です。

> 長谷部様
> 8月27日は仕事の都合でどうしても伺えません。9月の第1週でお願いできますか。
> 南
>
>> 南様、鶴見様
>> 第3回期日は8月27日（火）10:00からを予定しております。
>> 事務局 長谷部
""" + SIG_HASEBE,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "reply-all in a thread: both parties' private addresses and a lawyer in To/Cc, three external parties visible → stop",
})

MESSAGES.append({
    "id": "rikon-062",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["NPOひだまり 事務局 <jimukyoku@npo-hidamari.or.jp>"],
    "subject": "共催セミナーのチラシ用ロゴデータ",
    "charset": "iso-2022-jp",
    "body": """ひだまり事務局 ご担当者様

お世話になっております。長谷部です。
10月の共催セミナー「離婚と子どものこころ」のチラシ用に、当センターのロゴをお送りします。
クレジット表記は「共催：ひので家事調停センター（日の出産業株式会社）」でお願いいたします。
""" + SIG_HASEBE,
    "attachments": [{"kind": "png", "name": "hinode_adr_logo.png"}],
    "entities": [],
    "detectors": [],
    "note": "a logo image for a co-hosted seminar flyer → pass",
})

MESSAGES.append({
    "id": "rikon-063",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["早乙女 勝 <saotome@konan-legal.jp>"],
    "subject": "相手方提出資料（健康診断結果）の写し",
    "charset": "utf-8",
    "body": """早乙女先生

お世話になっております。佐伯です。
相手方から「就労に支障はない」との主張の裏付けとして提出された健康診断結果の写しを、
Word に書き起こしたものをお送りします（原本の写しは期日で閲覧可能です）。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "docx", "name": "健康診断結果_相手方_写し.docx",
        "paragraphs": ["健康診断結果報告書（写し）", "受診者：三枝 宏明　生年月日：1979年4月9日　受診日：2024年5月14日"],
        "tables": [[["検査項目", "結果", "基準値", "判定"],
                    ["γ-GTP", "412", "～50", "D 要精密検査"],
                    ["AST", "98", "～30", "C 要経過観察"],
                    ["ALT", "121", "～30", "C 要経過観察"],
                    ["血圧", "158/96", "～129/84", "C 要経過観察"],
                    ["総合所見", "アルコール性肝障害の疑い。専門医療機関での精密検査を要する。", "", ""]]],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named person's health check results in a DOCX table to an outside lawyer: 要配慮 → stop",
})

_rel064 = [("九十九 トシ子", "090-2871-4406", "東京都府中市宮町3-5-12"),
           ("九十九 康弘", "080-6630-1187", "東京都調布市布田1-44-2"),
           ("真栄田 由香", "042-358-2290", "東京都府中市若松町4-8-1"),
           ("葛城 直子", "090-4471-0352", "東京都府中市宮町3-5-16"),
           ("比嘉 美奈子", "070-2219-8843", "東京都国分寺市本町2-1-9"),
           ("宇佐美 恵", "090-3307-6124", "東京都府中市寿町1-10-3"),
           ("辻堂 貴之", "080-5530-2878", "東京都日野市多摩平2-7-1"),
           ("鷲尾 康子", "042-367-0095", "東京都府中市緑町3-2-20"),
           ("猪狩 冬美", "090-6128-4401", "東京都小平市学園西町1-5-7"),
           ("栃尾 茂", "070-8442-3319", "東京都府中市片町2-21-9")]
MESSAGES.append({
    "id": "rikon-064",
    "expect": "pass",
    "sender": SAEKI,
    "to": [OYA, MAKABE],
    "subject": "FW: 関係者一覧（第0512号）",
    "charset": "iso-2022-jp",
    "body": """大宅さん、真壁さん

相手方代理人から届いた関係者一覧を共有します。
事情聴取の要否は次回の委員会で決めたいと思います。

佐伯

---------- Forwarded message ---------
From: 早乙女 勝 <saotome@konan-legal.jp>
Date: 2024年7月12日(金) 10:21
Subject: 関係者一覧（第0512号）
To: 佐伯 美和 <saeki.miwa@hinode-sangyo.co.jp>

""" + "\n".join(f"{i:>2}. {n}　{p}　{a}" for i, (n, p, a) in enumerate(_rel064, 1)) + """

港南リーガル法律事務所　早乙女
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "a forwarded list of 10 people, but only to internal colleagues → pass",
})

MESSAGES.append({
    "id": "rikon-065",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["三宅 様 <miyake@shirakawa-law.co.jp>"],
    "subject": "期日調整の件（第0501号）",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
三宅様

お世話になっております。事務局の長谷部です。
第0501号の次回期日について、申立人の蓮沼様から「平日の日中は 090-6182-4470 に
直接お電話いただいて構わない」とのご伝言がありましたのでお伝えします。

候補日は 8/19（月）午後、8/21（水）午前です。
白川先生のご都合をお知らせください。
""" + SIG_HASEBE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-law.co.jp instead of the partner's shirakawa-law.jp: another TLD, a look-alike → stop",
})

MESSAGES.append({
    "id": "rikon-066",
    "expect": "pass",
    "sender": HORI,
    "to": ["白川法律事務所 三宅 <miyake@shirakawa-law.jp>"],
    "subject": "請求書送付のご案内（INV-2407-012）",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
三宅様

いつもお世話になっております。経理の堀之内です。
7月分の期日手数料につきまして、適格請求書をお送りいたします。

　請求書番号：INV-2407-012
　請求金額　：33,000円（税込、うち消費税 3,000円）
　お支払期限：2024年8月31日
　登録番号　：""" + HINODE_T + """
　振込先　　：みどり銀行 新宿支店 普通 1102938 ヒノデサンギヨウ（カ

ご不明な点がございましたらご連絡ください。
""" + SIG_HORI,
    "attachments": [{
        "kind": "pdf", "name": "請求書_INV-2407-012.pdf",
        "lines": ["請求書", "白川法律事務所 御中", "請求書番号 INV-2407-012　発行日 2024/07/31",
                  f"日の出産業株式会社　登録番号 {HINODE_T}",
                  "期日手数料（第0412号・第0501号）　30,000円", "消費税（10%）　3,000円", "合計　33,000円"],
    }],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice with the company's T-number and the company's own bank account: business data, not people → pass",
})

_row067 = []
for _i, (_d1, _ad, _d2) in enumerate([
    ("1981/05/12", "東京都杉並区阿佐谷南2-31-7", "1984/09/30"),
    ("1976/12/03", "神奈川県横浜市戸塚区戸塚町4120-5", "1980/02/18"),
    ("1988/03/27", "埼玉県川越市新富町1-18-2", "1990/07/07"),
    ("1985/08/14", "千葉県柏市旭町3-6-11", "1987/11/22"),
    ("1979/01/30", "東京都江東区大島6-2-15-808", "1983/04/05"),
    ("1990/10/19", "東京都町田市原町田4-9-3", "1992/06/01"),
    ("1983/06/08", "神奈川県平塚市紅谷町12-20", "1986/12/25"),
]):
    _row067.append([f"R5-0{_i + 401}", _d1, _ad, rng.randrange(380, 920) * 10000, _d2,
                    rng.randrange(0, 320) * 10000, rng.choice([1, 1, 2, 3])])
MESSAGES.append({
    "id": "rikon-067",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["サンテイ・ラボ株式会社 開発部 <dev@santei-lab.co.jp>"],
    "subject": "試算ツール検証用の入力データ",
    "charset": "utf-8",
    "body": """サンテイ・ラボ株式会社
開発部 ご担当者様

お世話になっております。ひので家事調停センターの佐伯です。
養育費・婚姻費用の試算ツールの検証用に、実際の事案の数値を入力データとしてお送りします。
氏名は入れておりません。算定表との差異が出る事案があれば教えてください。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "csv", "name": "検証用入力データ.csv", "encoding": "utf-8",
        "rows": [["事件番号", "義務者生年月日", "義務者住所", "義務者年収", "権利者生年月日", "権利者年収", "子の人数"]]
        + _row067,
    }],
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7 real cases' birth dates, home addresses and incomes without a name column, to a software vendor: a list of people → stop",
})

MESSAGES.append({
    "id": "rikon-068",
    "expect": "pass",
    "sender": OYA,
    "to": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>"],
    "subject": "次回期日の資料の取扱いについて",
    "charset": "iso-2022-jp",
    "body": """梶原先生

お世話になっております。大宅です。
次回期日で相手方から提出される収入資料について、取扱いをご相談させてください。

相手方は資料の写しが第三者に渡ることを強く懸念しておりますので、
機密保持の観点から、当日は調停室内で閲覧いただく形とし、
写しの交付は合意書作成の段階で改めて協議したいと考えております。

ご異論がなければ、その方向で相手方代理人にもお伝えいたします。
""" + SIG_OYA,
    "entities": [],
    "detectors": [],
    "note": "the word 機密 is used in a sentence, not as a marking; no personal data → pass",
})

MESSAGES.append({
    "id": "rikon-069",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["岩佐 様 <iwasa@tsubasa-system.jp>"],
    "subject": "月次運営報告（システム利用状況 6月分）",
    "charset": "iso-2022-jp",
    "body": """岩佐様

お世話になっております。長谷部です。
保守契約の見直しに向けて、6月の月次運営報告を共有いたします。
システム利用状況のシートをご覧ください。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "xlsx", "name": "月次運営報告_2024-06.xlsx",
        "sheets": {
            "報告": [["機密区分：社外秘"],
                     ["ひので家事調停センター 月次運営報告（2024年6月）"],
                     [],
                     ["項目", "件数", "前月比"],
                     ["新規受理", 31, "+4"], ["期日実施", 118, "-6"], ["成立", 22, "+3"],
                     ["面会交流支援", 47, "+9"]],
            "システム利用状況": [["指標", "値"], ["ログイン数", 1824], ["平均応答時間(ms)", 412],
                               ["障害件数", 2], ["問い合わせ件数", 15]],
        },
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the workbook's first cell is a 機密区分：社外秘 classification; sent to an outside vendor → stop",
})

MESSAGES.append({
    "id": "rikon-070",
    "expect": "pass",
    "sender": SAEKI,
    "to": ["yuki.sakaki.0303@gmail.com"],
    "cc": ["梶原 礼子 <kajiwara@aozora-sogo-law.jp>"],
    "subject": "合意書案（修正版）の送付",
    "charset": "utf-8",
    "body": """榊 様
（代理人 梶原先生にも写しをお送りしています）

ひので家事調停センターの佐伯です。
前回期日でのご意見を反映した合意書案（修正版）をお送りします。
第3条（面会交流）の頻度と第4条（養育費の支払期間）を修正しています。

ご確認のうえ、8月9日までにご意見をお寄せください。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "docx", "name": "合意書案_修正版_第0520号.docx",
        "paragraphs": ["合意書（案）修正版",
                       "申立人 榊 千夏（以下「甲」）と相手方 榊 祐樹（以下「乙」）は、次のとおり合意する。",
                       "第1条　甲と乙は協議離婚する。",
                       "第2条　長男 榊 湊（令和元年9月12日生）の親権者を甲と定める。",
                       "第3条　乙は月2回、長男と面会交流することができる。",
                       "第4条　乙は甲に対し、長男の養育費として月額5万円を、長男が22歳に達した後の最初の3月まで支払う。"],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data", "freemail_recipient", "multiple_external_domains"],
    "note": "draft agreement to the party himself (free mail) with his own lawyer in Cc: two external parties, the family's own data → pass",
})

MESSAGES.append({
    "id": "rikon-071",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["ひかり心理相談室 <info@hikari-shinri.jp>"],
    "subject": "お子さんのカウンセリングのご依頼（事前情報）",
    "charset": "iso-2022-jp",
    "body": """ひかり心理相談室 ご担当者様

はじめてご連絡いたします。ひので家事調停センター相談員の真壁と申します。
当センターで調停中のご家庭のお子さんについて、カウンセリングをお願いできないかご相談です。

対象は小野寺 いちか さん（小学3年）です。
いちかさんは令和6年4月、下校途中に見知らぬ男性から身体を触られる被害に遭い、
警察に被害届を提出済みです。その後、父親宅への宿泊を伴う面会交流を強く嫌がるようになりました。
同居親（母）もカウンセリングを希望しています。

初回のご予約の可否と費用をお知らせいただけますと幸いです。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's having been a crime victim, in a sentence, to an outside counselling room → stop",
})

MESSAGES.append({
    "id": "rikon-072",
    "expect": "pass",
    "sender": OYA,
    "to": ["川崎電機株式会社 人事部 森本様 <morimoto@kawasaki-denki.co.jp>"],
    "subject": "従業員向け 家族問題相談窓口（EAP）のご提案",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
人事部 健康推進グループ 森本様

先日はお時間をいただきありがとうございました。大宅です。
ご説明した従業員向け「家族問題相談窓口」のプランを整理してお送りします。

　プラン　　　内容　　　　　　　　　　　　　　　　　　年額（税別）
　ライト　　　電話・オンライン相談 年間50件まで　　　　 600,000円
　スタンダード　上記＋対面相談・調停費用の半額補助　　1,200,000円
　プレミアム　上記＋管理職向け研修（年2回）　　　　　1,800,000円

相談内容は貴社に報告せず、件数と相談類型の統計のみを四半期ごとにご報告します。
ご検討のほどよろしくお願いいたします。
""" + SIG_OYA,
    "entities": [],
    "detectors": [],
    "note": "a sales proposal with a price table to a partner company → pass",
})

MESSAGES.append({
    "id": "rikon-073",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["中央児童相談所 相談課 <soudan@chuo-jisou.pref-minamikanto.lg.jp>"],
    "subject": "面会交流実施報告書（6月分）",
    "charset": "iso-2022-jp",
    "body": """中央児童相談所 相談課 御中

お世話になっております。真壁です。
6月分の面会交流実施報告書をお送りします。
ファイルが開けない場合はご連絡ください。
""" + SIG_MAKABE,
    "attachments": [{"kind": "corrupt", "name": "面会交流実施報告書_6月.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a corrupt DOCX that cannot be inspected, to an outside body → stop",
})

MESSAGES.append({
    "id": "rikon-074",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "9/14 研修会 登壇者控室と緊急連絡先",
    "charset": "cp932",
    "body": """さくらホテル 宴会予約係 ご担当者様

いつもお世話になっております。長谷部です。
9月14日の研修会（楓の間）につき、控室（欅の間）をご利用になる登壇者と
当日の緊急連絡先をお知らせいたします。

　1. 大宅 恭一郎（当センター センター長）　携帯 090-1127-5530
　2. Daniel Koh（シンガポール弁護士）　　　携帯 +65 9182 4470
　3. 間 雄一郎（弁護士）　　　　　　　　　　携帯 080-3346-9012

Koh 様は前日13日から1泊のご予約です（予約番号 SH-0913-2207）。
""" + SIG_HASEBE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three speakers' names and mobiles to the partner hotel: under five records, may be warned → pass",
})

MESSAGES.append({
    "id": "rikon-075",
    "expect": "stop",
    "sender": SETO,
    "to": ["Fiona Gale <fiona@gale-mediation.com.au>"],
    "subject": "Our DV screening protocol (for the joint training)",
    "charset": "utf-8",
    "body": """Dear Fiona,

As promised, here is our DV screening protocol, so that we can compare it with yours
before the joint training in November. It is in English; the Japanese original is longer.

Best,
""" + SIG_SETO,
    "attachments": [{
        "kind": "pdf", "name": "DV_screening_protocol_EN.pdf",
        "page_footer": "CONFIDENTIAL - Hinode Family ADR Centre - Internal Use Only",
        "title": "DV Screening Protocol v2.1",
        "lines": ["DV Screening Protocol (v2.1)", "",
                  "1. Separate intake interviews for each party.",
                  "2. Standard risk questions (12 items) before any joint session.",
                  "3. High risk: shuttle mediation only, staggered arrival and departure.",
                  "4. Referral paths: police, support centres, shelters."],
    }],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached PDF carries a CONFIDENTIAL / Internal Use Only footer on every page, sent abroad → stop",
})

# ---------------------------------------------------------------------------------------
MESSAGES.append({
    "id": "rikon-076",
    "expect": "pass",
    "sender": IJUIN,
    "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
    "subject": "【注意喚起】当社ドメインに似せたなりすましメールについて",
    "charset": "iso-2022-jp",
    "body": """社員各位

情報システム課の伊集院です。
昨日から、当社ドメインに似せた次のドメインからのなりすましメールが確認されています。

　・hinode-sangy0.co.jp（「o」が数字の「0」）
　・hinode-sangyo.co（「.jp」がない）
　・hinodesangyo-co.jp

件名は「【至急】請求書の再送」「調停期日の変更」などです。
添付ファイルを開いたり、本文のリンクをクリックしたりせず、情報システム課まで転送してください。
特に家事ADR事業部の皆さんは、当事者を装ったメールにご注意ください。
""" + SIG_IJUIN,
    "entities": [],
    "detectors": [],
    "note": "an internal warning that names look-alike domains in the text; all recipients internal → pass",
})

_pay077 = [("九十九 まどか", "みどり銀行 府中支店", "普通", "42,000円"),
           ("宍戸 美紀", "さくら信用金庫 本店", "普通", "30,000円"),
           ("小田桐 恵", "みどり銀行 川崎支店", "普通", "45,000円"),
           ("我妻 玲奈", "東都銀行 宮前平支店", "普通", "38,000円"),
           ("楠 美緒", "ゆうちょ銀行 〇一八店", "普通", "50,000円")]
MESSAGES.append({
    "id": "rikon-077",
    "expect": "stop",
    "sender": HORI,
    "to": ["竹之内会計事務所 <takenouchi@takenouchi-kaikei.jp>"],
    "subject": "立替金精算（7月）の明細",
    "charset": "iso-2022-jp",
    "body": """竹之内会計事務所
竹之内先生

いつもお世話になっております。堀之内です。
7月に立替払いした養育費の明細をお送りします。仕訳の際にご確認ください。

""" + "\n".join(f"・{n}様　{b} {t} {account()}　{a}" for n, b, t, a in _pay077) + """

合計 205,000円（7/25 振込済み）
""" + SIG_HORI,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "a ・ bulleted list of five payees with their bank accounts to an outside accountant → stop",
})

MESSAGES.append({
    "id": "rikon-078",
    "expect": "pass",
    "sender": KITA,
    "to": ["柳瀬 由紀子 <yanase@tsunagute.or.jp>"],
    "subject": "Re: 8月の支援員シフト",
    "charset": "utf-8",
    "body": """柳瀬様

シフト表ありがとうございます。8/10 と 8/24 は私も入れます。
当日の緊急時は下記の携帯にご連絡ください。

喜多川 悠（きたがわ ゆう）
ひので家事調停センター 面会交流支援コーディネーター
〒160-0023 東京都新宿区西新宿3-9-12 日の出ビル7F
TEL 03-5321-7748 ／ 携帯 080-4426-1930

> 喜多川様
> 8月の支援員シフトです。緊急連絡先も載せています。
>  8/3   坂巻 里美   090-5521-7730
>  8/4   乙部 康平   080-1190-4452
>  8/10  坂巻 里美   090-5521-7730
>  8/11  飯干 千鶴   070-6634-2018
>  8/17  乙部 康平   080-1190-4452
>  8/18  久世 泰子   090-8803-5561
>  8/24  那須 晴美   080-7718-0294
> 柳瀬
""",
    "entities": [],
    "detectors": [],
    "note": "new text is the sender's own signature (with mobile); the staff list is quoted from the recipient → pass",
})

MESSAGES.append({
    "id": "rikon-079",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["早乙女 勝 <saotome@konan-legal.jp>"],
    "subject": "本人確認書類の確認結果（第0388号 相手方）",
    "charset": "cp932",
    "body": """早乙女先生

お世話になっております。事務局の長谷部です。
オンライン期日の実施にあたり、相手方ご本人の本人確認を運転免許証で行いましたので、
確認結果をご報告いたします。

　氏名　　　　：勘解由小路 隆之
　生年月日　　：昭和53年11月2日
　免許証番号　：第 3018 2247 5610 号
　有効期限　　：令和8年12月2日まで
　確認方法　　：ビデオ通話にて原本を提示いただき確認

確認記録は当センターで保管いたします。
""" + SIG_HASEBE,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number with name and 和暦 birth date to an outside lawyer → stop",
})

MESSAGES.append({
    "id": "rikon-080",
    "expect": "pass",
    "sender": KITA,
    "to": ["柳瀬 由紀子 <yanase@tsunagute.or.jp>"],
    "subject": "新規ケース（受け渡し型）のご相談",
    "charset": "iso-2022-jp",
    "body": """柳瀬様

お世話になっております。喜多川です。
9月から受け渡し型の支援をお願いしたいケースがあります。

　同居親：榊 千夏 さん（連絡先 080-6631-2095）
　お子さん：湊くん（5歳）
　頻度：月2回 土曜日（第1・第3）
　受け渡し場所：花水木駅前 交番横の広場（双方の希望）

別居親さんの連絡先は、ご本人の了解が取れ次第お伝えします。
""" + SIG_KITA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one parent's name and phone to the support NPO: a single record, may be warned → pass",
})

MESSAGES.append({
    "id": "rikon-081",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["北国フーズ 総務部 法務課 <houmu@kitaguni-food.co.jp>"],
    "subject": "Re: 給与天引き送金の件（纐纈様）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
総務部 法務課 ご担当者様

ご回答ありがとうございます。佐伯です。
給与控除による送金が可能とのこと、承知いたしました。
ご本人の同意書の写しは本日郵送いたしましたので、到着後に手続をお進めください。
初回は9月25日支給分からとなる見込みと伺っております。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp: the partner kitaguni-foods.co.jp with a letter dropped, a look-alike → stop",
})

MESSAGES.append({
    "id": "rikon-082",
    "expect": "pass",
    "sender": OYA,
    "to": ["真壁 千尋 <makabe.chihiro@mail.hinode-sangyo.co.jp>"],
    "subject": "冨樫氏の件（所見メモ）",
    "charset": "utf-8",
    "body": """真壁さん

冨樫 敦 氏との個別面談の所見メモです。カウンセラーへの依頼文を作る前に目を通してください。

・令和6年2月の逮捕（保護命令違反）については本人も認めており、反省の弁あり。
・アルコール依存症の治療で、現在も月2回 専門外来に通院中とのこと（本人申告）。
・長男との面会は「短時間でも構わない」と柔軟。

依頼文には逮捕歴や通院のことは書かず、「面会再開に向けた子の心情の確認」とだけ書いてください。

大宅
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a person's arrest and treatment history, but to an internal subdomain (mail.hinode-sangyo.co.jp) → pass",
})

_att083 = [("TAKENAKA Yoko", "090-2214-7781", "yoko.takenaka.77@gmail.com", "2-11-5 Koenji-minami, Suginami-ku, Tokyo (東京都杉並区高円寺南2-11-5)"),
           ("MORIWAKI Ken", "080-6652-3390", "k.moriwaki@yahoo.co.jp", "4-3-18 Motomachi, Naka-ku, Yokohama (神奈川県横浜市中区元町4-3-18)"),
           ("ISHIGURO Aya", "070-1193-4825", "aya.ishiguro@icloud.com", "1-7-2 Honcho, Kawaguchi, Saitama (埼玉県川口市本町1-7-2)"),
           ("FUJIEDA Makoto", "090-7730-5512", "m-fujieda@outlook.jp", "3-22-9 Kichijoji-honcho, Musashino, Tokyo (東京都武蔵野市吉祥寺本町3-22-9)"),
           ("NAKAZATO Rie", "080-3381-0047", "rie.nakazato@gmail.com", "5-1-30 Chuo, Chiba-shi, Chiba (千葉県千葉市中央区中央5-1-30)"),
           ("OKUBO Shinji", "090-4418-2266", "okubo.s1975@docomo.ne.jp", "2-9-14 Hiyoshi, Kohoku-ku, Yokohama (神奈川県横浜市港北区日吉2-9-14)")]
MESSAGES.append({
    "id": "rikon-083",
    "expect": "stop",
    "sender": SETO,
    "to": ["Grace Tan <grace.tan@asiafamilynet.org>"],
    "subject": "Participants list - Tokyo study visit (October)",
    "charset": "utf-8",
    "body": """Dear Grace,

Here is the list of the Japanese volunteer hosts for the study visit in October, so that
your delegates can contact their host family directly.

Name              Mobile          E-mail                        Home address
----------------  --------------  ----------------------------  ------------------------------------------------
""" + "\n".join(f"{n:<16}  {p:<14}  {e:<28}  {a}" for n, p, e, a in _att083) + """

Please ask the delegates not to share these details outside the programme.

Best regards,
""" + SIG_SETO,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six private hosts (romaji names) with mobiles, personal e-mail and home addresses, to an overseas NGO → stop",
})

MESSAGES.append({
    "id": "rikon-084",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["NPOひだまり 事務局 <jimukyoku@npo-hidamari.or.jp>"],
    "subject": "ひので家事調停センター ニュースレター 第18号",
    "charset": "utf-8",
    "body": """ひので家事調停センター ニュースレター 第18号（2024年夏）

■ 立川相談室を開設しました
■ 面会交流支援の利用が前年比 1.3 倍に
■ 9/14 家事調停実務研修会のご案内

拠点一覧
・新宿本部　東京都新宿区西新宿3-9-12 日の出ビル7F　03-5321-7740
・立川相談室　東京都立川市曙町2-8-3 曙ビル3F　042-548-1170
・横浜相談室　神奈川県横浜市西区北幸1-11-5 4F　045-317-2290

配信停止をご希望の場合は本メールにご返信ください。
""",
    "html": """<html><body>
<h2>ひので家事調停センター ニュースレター 第18号（2024年夏）</h2>
<ul><li>立川相談室を開設しました</li><li>面会交流支援の利用が前年比 1.3 倍に</li>
<li>9/14 家事調停実務研修会のご案内</li></ul>
<h3>拠点一覧</h3>
<table border="1" cellpadding="3">
<tr><th>拠点</th><th>所在地</th><th>電話</th></tr>
<tr><td>新宿本部</td><td>東京都新宿区西新宿3-9-12 日の出ビル7F</td><td>03-5321-7740</td></tr>
<tr><td>立川相談室</td><td>東京都立川市曙町2-8-3 曙ビル3F</td><td>042-548-1170</td></tr>
<tr><td>横浜相談室</td><td>神奈川県横浜市西区北幸1-11-5 4F</td><td>045-317-2290</td></tr>
</table>
<p>配信停止をご希望の場合は本メールにご返信ください。</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "a newsletter whose only addresses and phones are the office's own branches → pass",
})

MESSAGES.append({
    "id": "rikon-085",
    "expect": "stop",
    "sender": KITA,
    "to": ["NPO法人つなぐ手 <info@tsunagute.or.jp>"],
    "subject": "転送: 相手方の事情について（代理人より）",
    "charset": "iso-2022-jp",
    "body": """つなぐ手 ご担当者様（柳瀬様）

付添型の支援をお願いしているケースについて、代理人の先生からの連絡を転送いたします。
支援員の方の配置を検討する際の参考にしてください。

喜多川

---------- Forwarded message ---------
From: 梶原 礼子 <kajiwara@aozora-sogo-law.jp>
Date: 2024年7月16日(火) 11:05
Subject: 相手方の事情について
To: 喜多川 悠 <kitagawa.yu@hinode-sangyo.co.jp>

喜多川様

申立人側として念のためお伝えいたします。
相手方の雲井 剛 氏は、平成30年に傷害罪で懲役1年6月・執行猶予3年の判決を受けています。
面会交流の際は、支援員の方が常に同室していただくようお願いいたします。

青空総合法律事務所　弁護士 梶原 礼子
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the NPO) carrying a named person's criminal conviction → stop",
})

MESSAGES.append({
    "id": "rikon-086",
    "expect": "stop",
    "sender": OYA,
    "to": ["早乙女 勝 <saotome@konan-legal.jp>"],
    "subject": "第0388号 財産分与の和解案について",
    "charset": "iso-2022-jp",
    "body": """■■■ 極秘 ■■■　取扱者限り

早乙女先生

財産分与について、調停委員会の検討結果を先生限りでお送りします。

1. 自宅不動産（目黒区中根）：相手方が取得し、申立人に代償金 1,450万円を支払う
2. 預貯金：別居時残高の2分の1ずつ（申立人の取得分 約 312万円）
3. 退職金：別居時点の見込額の婚姻期間相当分の2分の1（約 480万円）を離婚時に一括
4. 年金分割：按分割合 0.5

次回期日の前に、相手方のご意向を伺えますと幸いです。
""" + SIG_OYA,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the body opens with a 極秘 classification stamp; sent to an outside lawyer → stop",
})

MESSAGES.append({
    "id": "rikon-087",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["NPOひだまり 事務局 <jimukyoku@npo-hidamari.or.jp>"],
    "subject": "当センター手続規則（公開版）の送付",
    "charset": "iso-2022-jp",
    "body": """ひだまり事務局 ご担当者様

お問い合わせいただいた当センターの手続規則（公開版）をお送りします。
ウェブサイトに掲載しているものと同じ内容です。相談者へのご案内にご利用ください。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "docx", "name": "手続規則_公開版_v3.2.docx",
        "page_header": "公開版 ver.3.2（2024年4月1日施行）",
        "paragraphs": ["ひので家事調停センター 手続規則",
                       "第1条（目的）この規則は、当センターが行う家事紛争の調停手続について定める。",
                       "第12条（秘密保持）調停人及び事務局職員は、手続において知り得た秘密を漏らしてはならない。",
                       "第13条（非公開）調停手続は非公開とする。",
                       "第20条（手数料）手数料は別表のとおりとする。"],
    }],
    "entities": [],
    "detectors": [],
    "note": "public rules marked 公開版; the 秘密保持 article is content, not a marking → pass",
})

MESSAGES.append({
    "id": "rikon-088",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["shirakawa@shirakawa-law.jp", "kajiwara@aozora-sogo-law.jp", "saotome@konan-legal.jp",
           "hazama@hazama-law.jp", "info@minatomirai-law.jp", "t.okabe@okabe-sogo.jp",
           "office@kasumi-bengoshi.jp"],
    "subject": "【ご案内】面会交流支援 事例研究会（10/5）",
    "charset": "iso-2022-jp",
    "body": """先生方各位

いつもお世話になっております。ひので家事調停センター事務局の長谷部です。
下記のとおり事例研究会を開催いたします。

　日時：10月5日（土）14:00～17:00
　場所：当センター 8階 会議室
　テーマ：面会交流の取決め後に履行が止まった事例の検討
　定員：20名（先着順）

ご出席の可否を 9月27日までにご返信ください。
""" + SIG_HASEBE,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "seven lawyers of seven firms all in To instead of Bcc: external recipients see each other → stop",
})

MESSAGES.append({
    "id": "rikon-089",
    "expect": "stop",
    "sender": IJUIN,
    "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    "subject": "【障害報告】期日通知メールの送信エラー（チケット #55821）",
    "charset": "utf-8",
    "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム課の伊集院です。
案件管理システムからの期日通知メールが、本日朝から1件送信エラーになっています。
ログの該当箇所を貼り付けますので、原因の調査をお願いいたします。

----- app.log -----
2024-07-18 09:12:44 INFO  notify job start batch=20240718-01
2024-07-18 09:12:44 ERROR smtp send failed rcpt=<m.shiina_1985@yahoo.co.jp> case=R6-0533 party=椎名 真理子 code=550
2024-07-18 09:12:45 INFO  notify job end sent=14 failed=1
-------------------
""" + SIG_IJUIN,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "tsubasa-sytem.jp: the partner vendor's domain with a letter dropped, a look-alike → stop",
})

MESSAGES.append({
    "id": "rikon-090",
    "expect": "pass",
    "sender": HASEBE,
    "to": ["青葉運輸 新宿営業所 <shinjuku@aoba-unyu.co.jp>"],
    "subject": "集荷のお願い（書類保管箱 12箱）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 新宿営業所 ご担当者様

いつもお世話になっております。ひので家事調停センターの長谷部です。
外部保管倉庫への書類保管箱の集荷をお願いいたします。

　お客様番号：AU-558201
　集荷日時　：7月30日（火）14:00～16:00
　集荷場所　：新宿区西新宿3-9-12 日の出ビル 7F（裏手の搬入口をご利用ください）
　数量　　　：保管箱 12箱（箱番号 HB-2024-0101～0112）
　お届け先　：貴社 川越保管センター

当日の担当者は長谷部（03-5321-7740）です。
""" + SIG_HASEBE,
    "entities": [],
    "detectors": [],
    "note": "a pickup request with customer and box numbers to a partner carrier → pass",
})

MESSAGES.append({
    "id": "rikon-091",
    "expect": "stop",
    "sender": KITA,
    "to": ["柳瀬 由紀子 <yanase@tsunagute.or.jp>"],
    "subject": "面会交流時の配慮事項（第0533号）",
    "charset": "cp932",
    "body": """柳瀬様

お世話になっております。喜多川です。
来月から支援をお願いする第0533号のお子さんについて、配慮事項をお伝えします。

お子さんの椎名 颯太くん（8歳）は自閉スペクトラム症の診断を受けており、療育手帳（B2）をお持ちです。
大きな音や予定の急な変更が苦手なので、面会の流れを絵カードで事前に示していただけると安心するそうです。
お気に入りは電車の図鑑です。

よろしくお願いいたします。
""" + SIG_KITA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named child's developmental disability and 療育手帳, in a sentence, to an outside NPO → stop",
})

MESSAGES.append({
    "id": "rikon-092",
    "expect": "pass",
    "sender": KITA,
    "to": ["kumagai-r@softbank.ne.jp"],
    "subject": "Re: 面会交流支援の費用について",
    "charset": "iso-2022-jp",
    "body": """熊谷 様

お問い合わせありがとうございます。喜多川です。
面会交流支援の費用は次のとおりです（1回あたり、税込）。

　・付添型（支援員が同席、2時間まで）　　8,800円
　・受け渡し型（お子さんの受け渡しのみ）　4,400円
　・連絡調整型（日程調整の代行のみ）　　　2,200円

費用の負担割合は、父母の話合いで決めていただくのが一般的です。
ひとり親家庭等の減免についてはお電話でご相談ください。
""" + SIG_KITA + """

> 面会交流の支援をお願いしたいのですが、費用はどちらが払うのでしょうか。
> 熊谷
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "fee information to one private person on a carrier address → pass",
})

_med093 = [("大宅 恭一郎", "1961/08/02", "東京都世田谷区成城6-14-3", "みどり銀行 成城支店 普通"),
           ("間 雄一郎", "1969/02/17", "東京都文京区千駄木3-40-8", "みどり銀行 本郷支店 普通"),
           ("宇津木 晴子", "1958/11/29", "神奈川県鎌倉市由比ガ浜2-6-11", "湘南信用金庫 鎌倉支店 普通"),
           ("檜垣 修", "1955/04/06", "東京都国立市中1-19-4", "東都銀行 国立支店 普通"),
           ("早瀬 芳江", "1963/09/13", "埼玉県さいたま市浦和区岸町5-2-7", "みどり銀行 浦和支店 普通"),
           ("名嘉真 剛志", "1972/07/21", "千葉県市川市八幡3-28-15", "東都銀行 市川支店 当座")]
MESSAGES.append({
    "id": "rikon-093",
    "expect": "stop",
    "sender": HASEBE,
    "to": ["錦印刷 営業部 大槻様 <otsuki@nishiki-insatsu.co.jp>"],
    "subject": "調停人名簿（冊子）の版下データ",
    "charset": "iso-2022-jp",
    "body": """大槻様

たびたび失礼いたします。長谷部です。
調停人名簿（冊子、30部）の版下データをZIPでお送りします。
冊子に載せるのは「氏名」「専門分野」の2列のみです（他の列は印刷不要です）。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "zip", "name": "調停人名簿_版下.zip",
        "files": [{
            "kind": "xlsx", "name": "調停人名簿_2024.xlsx",
            "sheets": {"名簿": [["ひので家事調停センター 調停人名簿（2024年度）"], [],
                                ["氏名", "専門分野", "生年月日", "自宅住所", "携帯", "報酬振込口座"]]
                       + [[n, rng.choice(["弁護士", "臨床心理士", "元家裁調査官", "社会福祉士"]), d, a, mobile(),
                           f"{b} {account()}"] for n, d, a, b in _med093],
                       "更新履歴": [["日付", "内容"], ["2024/04/01", "2名追加"]]},
        }],
    }],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "XLSX in a ZIP with six mediators' birth dates, home addresses, mobiles and bank accounts, to a printer → stop",
})

MESSAGES.append({
    "id": "rikon-094",
    "expect": "either",
    "sender": MAKABE,
    "to": ["聖和女子大学 浅葱 先生 <asagi@seiwa-joshi.ac.jp>"],
    "subject": "講義で使える事例（匿名化済み）",
    "charset": "utf-8",
    "body": """浅葱先生

先日ご相談いただいた、講義で使える事例を匿名化してまとめました。

【事例】
A子さん（30代後半、世田谷区在住、区立小学校の教諭）。
令和5年秋、夫からの暴力で顔を負傷し3日間入院。退院後うつ病と診断され、現在休職中。
長女（小4）は父との面会を希望しているが、A子さんは強い不安を訴えている。

この程度の記載であれば、学生に配布しても差し支えないと考えていますが、
気になる点があればご指摘ください。

真壁
""",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "'anonymised' case with DV injury and depression, but ward, age band and job may identify her: a privacy officer could judge either way",
})

MESSAGES.append({
    "id": "rikon-095",
    "expect": "stop",
    "sender": MAKABE,
    "to": ["青葉運輸 引越センター <hikkoshi@aoba-unyu.co.jp>"],
    "subject": "引越しお見積りのお願い（配慮が必要なお客様）",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 引越センター ご担当者様

いつもお世話になっております。ひので家事調停センターの真壁です。
当センターの相談者の引越しについて、お見積りをお願いいたします。

ご依頼者の鬼頭 みのり 様は、配偶者からの暴力（DV）の被害により現在避難中の方です。
転居先が配偶者に知られないよう、作業員の方にも十分ご配慮をお願いいたします。

　搬出元：埼玉県川口市芝新町11-4-205
　搬入先：東京都板橋区常盤台3-17-8 コーポときわ102
　希望日：8月10日（土）午前
　ご本人連絡先：080-4417-2938（非通知は出られません）
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a DV victim's name, shelter and new address to a moving company: 要配慮 (crime victim) of one person → stop",
})

MESSAGES.append({
    "id": "rikon-096",
    "expect": "stop",
    "sender": SAEKI,
    "to": [f"白川 透 <shirakawa@{SHIRAKAWA_IDN}>"],
    "subject": "第0412号 期日間の打合せ",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。佐伯です。
期日間の打合せの日程について、センター長の都合がつきましたのでご連絡いたします。

　候補：7月24日（水）15:00～、7月25日（木）10:00～
　方法：当センター来所またはオンライン

ご都合のよい日時をお知らせください。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "an IDN homoglyph of the partner shirakawa-law.jp (Cyrillic а, punycode xn--) → stop",
})

MESSAGES.append({
    "id": "rikon-097",
    "expect": "either",
    "sender": MAKABE,
    "to": ["saki.watanuki@icloud.com"],
    "subject": "面談記録の写し（ご本人控え）",
    "charset": "iso-2022-jp",
    "body": """四月一日 様

ひので家事調停センターの真壁です。
ご希望のありました6月20日の面談記録の写しを、ご本人控えとしてお送りします。

【面談記録（要旨）】
・6月3日に心療内科で適応障害と診断され、週1回通院中。
・夫から腕をつかまれてあざができたことがある（写真あり）。
・期日は別席を希望。長時間の同席は難しい。

記載に誤りがあればお知らせください。
""" + SIG_MAKABE,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "her own diagnosis and abuse, sent to the data subject herself at her private address: arguably fine, arguably should not go by mail",
})

MESSAGES.append({
    "id": "rikon-098",
    "expect": "stop",
    "sender": OYA,
    "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 第0412号 期日間の打合せ",
    "charset": "iso-2022-jp",
    "body": """白川先生

7月25日（木）10:00 からで承知しました。当センターでお待ちしております。

なお、申立人の蔀 遥 さんから、先週末に相手方に突き飛ばされて右手首を骨折し、
警察に被害届を提出したとの連絡が当センターにもありました。
打合せでは、次回期日を別席・時間差で行うことも含めてご相談させてください。

大宅

> 大宅先生
> 日程のご連絡ありがとうございます。7月25日10時でお願いいたします。
> 白川
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the quoted part is harmless, but the new text reports a named party's injury as a crime victim to an outside lawyer → stop",
})

MESSAGES.append({
    "id": "rikon-099",
    "expect": "either",
    "sender": HASEBE,
    "to": ["花水木市 市民協働課 <kyodo@city-hanamizuki.lg.jp>"],
    "subject": "出張調停相談会（9/28）の相談員名簿",
    "charset": "utf-8",
    "body": """花水木市 市民協働課 ご担当者様

9月28日の出張調停相談会に派遣する相談員の名簿です。
当日の入館証の作成にお使いください。

・間 雄一郎（弁護士／間法律事務所）　事務所 03-3262-4108　hazama.y.private@gmail.com
・宇津木 晴子（臨床心理士）　　　　　携帯 090-6627-3318　utsugi.haruko@icloud.com
・檜垣 修（元家庭裁判所調査官）　　　携帯 080-2219-7745　o.higaki@outlook.jp
・早瀬 芳江（社会福祉士）　　　　　　携帯 070-5510-2284　yoshie.hayase@yahoo.co.jp
・名嘉真 剛志（弁護士／名嘉真法律事務所）事務所 047-333-6120　nakama@nakama-law.jp
""" + SIG_HASEBE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five professionals' contacts for a city event: partly business contacts, partly private mobiles and mail; either way",
})

MESSAGES.append({
    "id": "rikon-100",
    "expect": "stop",
    "sender": SAEKI,
    "to": ["早乙女 勝 <saotome@konan-legal.jp>"],
    "subject": "事件記録表紙（写）の送付",
    "charset": "cp932",
    "body": """早乙女先生

お世話になっております。佐伯です。
代理人就任に伴い、事件記録の表紙（写）をPDFでお送りします。
記載内容に変更があればお知らせください。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pdf", "name": "事件記録表紙_第0512号.pdf",
        "page_header": "取扱注意",
        "lines": ["事件記録表紙", "",
                  "事件番号：令和6年（家ADR）第0512号　離婚等調停事件",
                  "申立人　：九十九 まどか",
                  "住所　　：東京都府中市宮町3-5-12",
                  "電話　　：042-361-7782",
                  "相手方　：九十九 俊介（代理人 弁護士 早乙女 勝）",
                  "受付日　：令和6年5月8日　担当調停人：大宅 恭一郎"],
    }],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "the attached PDF is stamped 取扱注意 on every page (one person's record inside), sent outside → stop",
})

assert len(MESSAGES) == 100, len(MESSAGES)
assert [m["id"] for m in MESSAGES] == [f"rikon-{i:03d}" for i in range(1, 101)]
