"""Blind evaluation corpus — area: hoteitsuyaku (法廷通訳・司法翻訳サービス).

The mail of 日の出産業株式会社's interpreting and translation service for courts, police,
immigration and lawyers: interpreter assignments for hearings and interviews, translated
statements, interpreters' registrations and fees, quotations, glossaries and invoices,
in Japanese and English.

Every person, number, case number and address in this file is invented; any resemblance
to a real person or case is accidental.  Courts, police stations and law offices named
here are fictional, and so are their domains.

Written blind: from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading mailguard's code, rules, tests or other authors' corpus files.
"""

import random

from build import card_number, my_number

SEED = 20201
AREA = "hoteitsuyaku"
rng = random.Random(SEED)

# -- helpers ----------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(text: str) -> str:
    """ASCII digits and separators → full-width, as some people type them."""
    return text.translate(_ZEN)


def corp_number(base12: str) -> str:
    """A 13-digit 法人番号 with its leading check digit (国税庁の計算式)."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join([n[:4], n[4:8], n[8:]])


def card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join([n[:4], n[4:8], n[8:12], n[12:]])


HINODE_T = "T" + corp_number("010401087431")

# -- signatures and disclaimers ----------------------------------------------------------

SIG_MORISHITA = """--
日の出産業株式会社
法廷通訳事業部 通訳コーディネート課
森下 智子（Tomoko MORISHITA）
〒103-0027 東京都中央区日本橋3-8-14 日の出ビル6F
TEL: 03-5201-7730（直通）  FAX: 03-5201-7731
Mail: t.morishita@hinode-sangyo.co.jp"""

SIG_OGURA = """━━━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社 法廷通訳事業部
 課長　小倉 健吾
 〒103-0027 東京都中央区日本橋3-8-14 日の出ビル6F
 TEL 03-5201-7730 ／ 携帯 080-3318-2207
 k.ogura@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HANEDA = """------------------------------------------
日の出産業（株） 法廷通訳事業部 翻訳課
羽田 由美  Yumi Haneda
TEL 03-5201-7735  y.haneda@hinode-sangyo.co.jp
------------------------------------------"""

SIG_ISHIZUKA = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　管理本部 経理課
石塚 まどか
TEL：03-5201-7700（代表）内線 214
m.ishizuka@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_SANO = """==============================
日の出産業株式会社
法廷通訳事業部 営業グループ
佐野 隆之
〒103-0027 東京都中央区日本橋3-8-14
TEL 03-5201-7732 / FAX 03-5201-7731
https://www.hinode-sangyo.co.jp/legal-interpreting/
=============================="""

SIG_DESK = """――――――――――――――――――――
日の出産業株式会社 法廷通訳受付デスク
（平日 8:30～19:00 ／ 夜間・休日は当番携帯へ）
TEL 03-5201-7730　FAX 03-5201-7731
tsuyaku-desk@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_NONOMURA = """Haruka Nonomura
Project Coordinator, Legal Interpreting & Translation
Hinode Sangyo Co., Ltd.
3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7734 | h.nonomura@hinode-sangyo.co.jp"""

SIG_ASHFORD = """Kevin Ashford
Senior Translator (EN/JA), Legal Division
Hinode Sangyo Co., Ltd. | Tokyo
+81-3-5201-7736"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []


def M(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("attachments", [])
    m.setdefault("charset", "utf-8")
    MESSAGES.append(m)


# ======================================================================================
# 1 — assignment notice to a court clerk naming the defendant and the charge
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第4部 <keiji4-shokikan@higashisagami-chisai.go.jp>"],
  subject="令和8年(わ)第1187号 通訳人手配のご報告（ベトナム語）",
  charset="iso-2022-jp",
  body=f"""東相模地方裁判所 刑事第4部
書記官 大迫様

いつもお世話になっております。
日の出産業 法廷通訳事業部の森下でございます。

標記事件（被告人 グエン・ヴァン・トゥアン／NGUYEN VAN TUAN、窃盗・住居侵入）の
第2回公判期日につきまして、下記のとおり通訳人を手配いたしました。

　期日　　10月14日（水）13時30分～　第302号法廷
　言語　　ベトナム語
　通訳人　竹之内 ミン（当社登録通訳人）

通訳人は開廷30分前に書記官室へお伺いいたします。
冒頭陳述要旨等、事前にいただける資料がございましたら、当社宛てにお送りいただけますと
助かります。

何卒よろしくお願い申し上げます。

{SIG_MORISHITA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="defendant named with his charges (criminal proceedings = 要配慮) to an external court")

# 2 — police interview schedule with suspect's name, DOB and arrest
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["北総台警察署 刑事課 <keiji-hokusodai@police.pref-chiba.lg.jp>"],
  subject="【日程確認】取調べ通訳（シンハラ語）9/28・9/30",
  charset="cp932",
  body=f"""北総台警察署 刑事課 強行犯係
今泉 巡査部長様

お世話になっております。日の出産業の森下です。
先ほどはお電話ありがとうございました。ご依頼の件、下記のとおり手配いたしましたので
ご確認をお願いいたします。

　被疑者　　：PERERA Nuwan Kasun（ペレラ ヌワン カスン）
　生年月日　：1994年7月21日
　被疑事実　：傷害（9月25日通常逮捕）
　言語　　　：シンハラ語
　通訳人　　：四十物 浩二（あいもの こうじ）
　日時　　　：9月28日（月）10:00～12:00
　　　　　　　9月30日（水）13:30～16:00

通訳人は当日、署1階の受付にて刑事課をお呼び出しいたします。
延長の可能性がある場合は、前日17時までにご一報いただけますと調整しやすく存じます。

{SIG_MORISHITA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="suspect's name, date of birth and arrest sent to the police station: 要配慮 (arrest) of a named person")

# 3 — 接見通訳 to a partner law firm, detained suspect named
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["本多 美咲 <m.honda@shirakawa-law.jp>"],
  subject="Re: 接見通訳のご依頼（中国語・中央署）",
  body=f"""本多先生

いつも大変お世話になっております。日の出産業の小倉です。
ご依頼いただいた接見通訳の件、以下で確定いたしました。

・被疑者：王 磊（ワン・レイ）さん
・留置先：東相模中央警察署 留置施設
・罪名：詐欺（受け子として逮捕、勾留満期は10/2とのこと）
・日時：9/27（日）14:00　署の面会受付前で待ち合わせ
・通訳人：劉 佳慧（リュウ カケイ）

劉は過去に特殊詐欺事件の接見を複数担当しておりますので、ご安心ください。
休日のため、通訳料は休日加算（25％）となります点、ご了承くださいませ。

{SIG_OGURA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="named detained suspect and his offence to a law firm (partner but external): arrest of a named person")

# 4 — translated written statement (DOCX) to a law firm
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["榊総合法律事務所 弁護士 榊 達也 <sakaki@sakaki-sogo-law.jp>"],
  subject="供述書の翻訳（中→日）納品",
  charset="iso-2022-jp",
  body=f"""榊先生

お世話になっております。日の出産業 翻訳課の羽田でございます。
ご依頼いただきました供述書（中国語・手書き3枚）の日本語訳が仕上がりましたので、
Word形式にてお送りいたします。

判読困難な箇所は［判読不能］と表記し、訳注を付しております。
ご確認のほど、よろしくお願いいたします。

{SIG_HANEDA}
""",
  attachments=[{"kind": "docx", "name": "供述書_日本語訳_0918.docx",
                "title": "供述書（日本語訳）",
                "paragraphs": [
                    "供述書（日本語訳）",
                    "原文：中国語（簡体字） 手書き 3枚",
                    "私、陳 美玲（CHEN MEILING、1998年3月9日生）は、次のとおり申し述べます。",
                    "1 私は、令和8年8月17日午後7時ころ、東相模市内のドラッグストアにおいて、"
                    "化粧品等6点（販売価格合計18,420円）を代金を支払わずに店外に持ち出しました。",
                    "2 当時、アルバイト先を解雇され、家賃の支払いに困っていましたが、"
                    "それを理由に許されることではないと分かっています。",
                    "3 お店の方には本当に申し訳なく思っており、弁償をしたいと考えています。［判読不能］",
                    "以上",
                    "訳注：原文2行目の「老板」は文脈上「店長」と訳した。",
                    "上記のとおり翻訳しました。 翻訳者 劉 佳慧",
                ]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="translated confession of a named person (offence, DOB) in a DOCX to an external lawyer")

# 5 — victim's statement translation to the prosecutor's office
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["東相模地方検察庁 公判部 <kohan-jimu@higashisagami-kensatsu.go.jp>"],
  subject="被害者意見陳述書（ポルトガル語）翻訳文送付の件",
  charset="iso-2022-jp",
  body=f"""東相模地方検察庁 公判部
検察事務官 谷口様

お世話になっております。日の出産業の羽田でございます。

9月10日付でご依頼の被害者意見陳述書の翻訳（ポルトガル語→日本語）が完了しましたので、
本文に貼り付けてお送りします（正本は押印のうえ本日郵送いたします）。

――――――――――――――――――
意見陳述書（訳文）

私はダ・シルバ・ロドリゴ・アキオです。今年5月3日の夜、工場の寮の前で被告人に殴られ、
右の頬骨を折る大けがをしました。全治3週間と言われ、2か月間仕事ができませんでした。
今でも夜に外を歩くのが怖く、眠れない日があります。
被告人には、自分のしたことをきちんと理解してほしいと思います。
――――――――――――――――――

訳語について確認事項がございましたら、お気軽にお問い合わせください。

{SIG_HANEDA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named crime victim and his injuries (被害を受けた事実・傷病) sent externally")

# 6 — interpreter candidates CSV (8 people) to a court
_reg6 = [["氏名", "フリガナ", "言語", "携帯電話", "メールアドレス", "対応可能曜日"]]
for name, kana, rom, lang in [
        ("竹之内 ミン", "タケノウチ ミン", "takenouchi.minh", "ベトナム語"),
        ("百目鬼 俊", "ドウメキ シュン", "domeki.shun", "ベトナム語"),
        ("劉 佳慧", "リュウ カケイ", "liu.jiahui", "中国語"),
        ("周 麗娜", "シュウ レイナ", "zhou.lina", "中国語"),
        ("小野寺 マリセル", "オノデラ マリセル", "onodera.maricel", "タガログ語"),
        ("桐谷 エリカ", "キリタニ エリカ", "kiritani.erika", "ポルトガル語"),
        ("ラマ ビノッド", "ラマ ビノッド", "lama.binod", "ネパール語"),
        ("四十物 浩二", "アイモノ コウジ", "aimono.koji", "シンハラ語")]:
    dom = rng.choice(["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com"])
    _reg6.append([name, kana, lang, mobile(), f"{rom}@{dom}",
                  rng.choice(["月～金", "火・木", "平日午後", "月水金", "土日可"])])
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["北武蔵地方裁判所 刑事訟廷 <keiji-sotei@kitamusashi-chisai.go.jp>"],
  subject="通訳人候補者の連絡先一覧（令和8年度下期更新分）",
  charset="cp932",
  body=f"""北武蔵地方裁判所 刑事訟廷管理官室 御中

お世話になっております。日の出産業 法廷通訳受付デスクでございます。

先日ご依頼のありました、下期の通訳人候補者の連絡先一覧をCSVにてお送りします。
（前回から2名追加、1名削除しております）

ご不明点がございましたら、受付デスクまでご連絡ください。

{SIG_DESK}
""",
  attachments=[{"kind": "csv", "name": "通訳人候補者連絡先_2026下期.csv", "rows": _reg6}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="CSV of eight interpreters' mobiles and private e-mails to an external court: list of people")

# 7 — bulk transfer sheet for interpreters' fees to the partner bank
_rows7 = [["2026年9月分 通訳報酬 総合振込依頼明細", "", "", "", "", "", ""],
          ["No", "受取人名（カナ）", "銀行名", "支店名", "種目", "口座番号", "振込金額"]]
for i, (kana, bank, branch) in enumerate([
        ("タケノウチ ミン", "みどり銀行", "川口支店"),
        ("リユウ カケイ", "ゆうちょ銀行", "〇一八支店"),
        ("オノデラ マリセル", "みどり銀行", "船橋支店"),
        ("キリタニ エリカ", "東海中央銀行", "浜松駅前支店"),
        ("シヨウジ ナオト", "みどり銀行", "池袋支店"),
        ("アイモノ コウジ", "さいたま信用金庫", "川越支店"),
        ("ドウメキ シユン", "みどり銀行", "本店営業部")], start=1):
    _rows7.append([i, kana, bank, branch, "普通", f"{rng.randrange(1000000, 9999999)}",
                   rng.randrange(18, 160) * 1100])
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
  subject="総合振込（9/30実行分）明細の送付",
  body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業株式会社 経理課の石塚です。

9月30日実行分の総合振込明細をExcelにてお送りいたします。
件数7件、合計金額は明細下段のとおりです。
Web伝送が障害中のため、お手数ですが本件のみ窓口扱いでお願いいたします。

{SIG_ISHIZUKA}
""",
  attachments=[{"kind": "xlsx", "name": "総合振込明細_20260930.xlsx",
                "sheets": {"明細": _rows7, "依頼人": [["依頼人名", "日の出産業株式会社"],
                                                    ["取引店", "本店営業部"]]}}],
  expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
  note="seven interpreters' bank accounts in an XLSX to the (partner, external) bank: list of people")

# 8 — residence card number of an interpreter, for the court's security desk
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["北武蔵地方裁判所 総務課 庁舎管理係 <chosha@kitamusashi-chisai.go.jp>"],
  subject="入庁手続きのための通訳人情報（10/5 期日分）",
  charset="iso-2022-jp",
  body=f"""北武蔵地方裁判所 総務課 庁舎管理係 御中

お世話になっております。日の出産業の森下です。
10月5日の期日に初めて伺う通訳人につきまして、入庁手続きに必要とのことで
本人確認事項をお知らせいたします。

氏名　　　　ラマ ビノッド（LAMA BINOD）
生年月日　　1988年2月14日
在留カード　UH48201937EA（永住者）
住所　　　　東京都新宿区大久保2-31-9 サンハイツ大久保204

当日は在留カード原本を持参させます。

{SIG_MORISHITA}
""",
  expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="an interpreter's 在留カード number (identity document) sent externally")

# 9 — My Number for a 支払調書, one interpreter, to the tax accountant
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["蒲田税理士事務所 <office@kamata-zeirishi.jp>"],
  subject="支払調書の件（追加1名分）",
  charset="cp932",
  body=f"""蒲田先生

お世話になっております。日の出産業 経理の石塚です。
先日お送りした報酬の支払調書リストに1名漏れがございました。申し訳ございません。
追加分は以下のとおりです。

　氏名：宇佐美 恭子
　住所：神奈川県横浜市鶴見区生麦4-11-3-205
　個人番号：{mn(1)}
　支払金額：1,284,000円（源泉徴収税額 131,109円）
　区分：通訳料

番号確認書類（通知カード写し）は別途、簡易書留でお送りします。

{SIG_ISHIZUKA}
""",
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
  detectors=["personal_data"],
  note="an interpreter's My Number in the body to an external tax accountant")

# 10 — hotel booking for an interpreter, paid with the corporate card
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["さくらホテル 浜松駅前 予約係 <hamamatsu-rsv@sakura-hotel.jp>"],
  subject="法人予約（10/13～10/15 シングル1室）",
  charset="iso-2022-jp",
  body=f"""さくらホテル浜松駅前
ご予約ご担当者様

いつもお世話になっております。日の出産業の佐野でございます。
下記のとおり予約をお願いいたします。

・宿泊日：10月13日（火）～10月15日（木） 2泊
・部屋：シングル 禁煙 1室（法人料金）
・宿泊者：桐谷 エリカ 様（当社通訳人）
・チェックイン予定：21時頃
・お支払い：法人カードにて事前決済をお願いします
　カード番号 {card(1)}　有効期限 08/29
　名義 HINODE SANGYO CO LTD

領収書の宛名は「日の出産業株式会社」でお願いいたします。

{SIG_SANO}
""",
  expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
  note="a credit card number (corporate card) written in the mail to the hotel")

# 11 — translated passport (PDF) of a defendant to his lawyer
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["大橋 誠 <ohashi@ohashi-bengoshi.jp>"],
  subject="旅券の翻訳文（保釈請求添付用）",
  body=f"""大橋先生

お世話になっております。日の出産業の羽田です。
保釈請求書に添付される旅券の翻訳文をPDFでお送りします。
身元引受人の在職証明書の翻訳は明日午前中に納品予定です。

{SIG_HANEDA}
""",
  attachments=[{"kind": "pdf", "name": "passport_translation_PHAM.pdf",
                "title": "旅券翻訳文",
                "lines": ["旅券（ベトナム社会主義共和国） 翻訳文",
                          "",
                          "種類：P　　発行国：VNM",
                          "旅券番号：C7419263",
                          "氏名：PHAM MINH DUC（ファム・ミン・ドゥック）",
                          "国籍：ベトナム",
                          "生年月日：1996年11月5日　　性別：男",
                          "出生地：ナムディン省",
                          "発行日：2022年4月12日　　有効期限：2032年4月12日",
                          "",
                          "被告人 PHAM MINH DUC 保釈請求書 添付資料（弁護人 大橋 誠）",
                          "上記は原文の正確な翻訳であることを証明します。",
                          "日の出産業株式会社 翻訳者 羽田 由美"]}],
  expect="stop",
  entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="passport number and DOB of a named defendant (bail) in a PDF to an external lawyer")

# 12 — shift survey to five freelance interpreters, all in To
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["takenouchi.minh@gmail.com", "domeki.shun@yahoo.co.jp", "kumagai.chan@icloud.com",
      "hoang.thuy.linh@outlook.jp", "vn-tsuyaku-sasaki@docomo.ne.jp"],
  subject="【ベトナム語】10月公判通訳 シフト希望のお伺い",
  charset="iso-2022-jp",
  body=f"""ベトナム語通訳人の皆さま

いつもご協力いただきありがとうございます。受付デスクです。

10月の公判・接見通訳のシフト希望を取りまとめております。
お手数ですが、9月25日（金）までに、対応可能な日と時間帯を本メールへの返信でお知らせください。

　例）10/5 午前○、10/6 終日×、10/7 午後のみ○

特に10月第2週は東相模地裁の期日が集中しており、ご協力をお願いできますと幸いです。

{SIG_DESK}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
  note="five private interpreters' addresses visible to each other in To: should have been Bcc")

# 13 — look-alike of the partner law firm's domain (l → i)
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["白川法律事務所 事務局 <jimu@shirakawa-iaw.jp>"],
  subject="刑事手続用語 対訳表（英・中・越）の送付",
  charset="iso-2022-jp",
  body=f"""白川法律事務所
事務局 ご担当者様

お世話になっております。日の出産業の羽田です。
先日の勉強会でご要望のありました、刑事手続用語の対訳表（英語・中国語・ベトナム語）を
お送りいたします。

「勾留」「勾留延長」「接見禁止」「略式命令」など、接見の場面でよく使う約120語を
収録しております。ご自由にご活用ください。

{SIG_HANEDA}
""",
  attachments=[{"kind": "xlsx", "name": "刑事手続用語_対訳表_v3.xlsx",
                "sheets": {"対訳": [["日本語", "英語", "中国語", "ベトナム語"],
                                    ["勾留", "detention", "羁押", "tạm giam"],
                                    ["勾留延長", "extension of detention", "延长羁押",
                                     "gia hạn tạm giam"],
                                    ["接見禁止", "prohibition of visits", "禁止会见",
                                     "cấm gặp mặt"],
                                    ["略式命令", "summary order", "简易命令", "lệnh rút gọn"],
                                    ["起訴猶予", "suspension of prosecution", "暂缓起诉",
                                     "đình chỉ truy tố có điều kiện"]]}}],
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="shirakawa-iaw.jp is a look-alike (l→i) of the partner shirakawa-law.jp")

# 14 — internal colleague, but the domain dropped "co."
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["羽田 由美 <y.haneda@hinode-sangyo.jp>"],
  subject="翻訳案件の進捗（9月第4週）",
  body=f"""羽田さん

お疲れさまです。森下です。
今週の翻訳案件の進捗を共有します。

 案件番号      種別            言語      納期     状況
 ------------  --------------  --------  -------  ----------
 TR-26-0871    判決書(抄本)    英→日     9/25     校正中
 TR-26-0874    起訴状          日→越     9/28     翻訳中
 TR-26-0880    契約書          日→英     10/2     未着手
 TR-26-0883    診断書(民事)    中→日     10/5     見積提出済

0880 は佐野さん経由の新規のお客様なので、用語の確認を先にお願いできますか。

森下
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="hinode-sangyo.jp is a look-alike of the internal domain (dropped co.)")

# 15 — fee revision draft stamped 社外秘 to a subcontractor
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["リンガブリッジ 代表 三好様 <miyoshi@lingua-bridge.co.jp>"],
  subject="再委託料金の見直しについて（ご相談）",
  charset="iso-2022-jp",
  body=f"""リンガブリッジ株式会社
三好様

いつもお世話になっております。日の出産業の小倉です。

来年度の再委託料金の件、社内で検討中の案を添付いたします。
まだ確定ではございませんので、まずはご意見を伺えればと存じます。
来週どこかでお時間をいただけますでしょうか。

{SIG_OGURA}
""",
  attachments=[{"kind": "pdf", "name": "再委託料金改定案_2027.pdf",
                "page_header": "社外秘",
                "title": "再委託料金改定案（社外秘）",
                "lines": ["【社外秘】 再委託料金改定案（2027年度）",
                          "日の出産業株式会社 法廷通訳事業部",
                          "",
                          "1. 公判通訳（希少言語）　1時間あたり 現行 9,000円 → 改定案 10,500円",
                          "2. 接見通訳（夜間・休日）　加算率 現行 20% → 改定案 25%",
                          "3. 翻訳（日→外国語）　1文字あたり 現行 14円 → 改定案 15円",
                          "4. キャンセル料　前日17時以降 50% を新設",
                          "",
                          "※本資料は検討段階のものです。"]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="attachment stamped 社外秘 (header and title) sent to an external subcontractor")

# 16 — PPAP: password ZIP of a translation to a law firm
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["楠法律事務所 <info@kusunoki-law.jp>"],
  subject="【翻訳納品】TR-26-0871（パスワードは別送）",
  charset="cp932",
  body=f"""楠法律事務所
楠先生

お世話になっております。日の出産業の羽田です。
TR-26-0871 の訳文一式をZIPにてお送りします。
解凍パスワードは別メールにてお知らせいたします。

{SIG_HANEDA}
""",
  attachments=[{"kind": "zip", "name": "TR-26-0871.zip", "password": "Hn0926#tr",
                "files": [{"kind": "docx", "name": "TR-26-0871_訳文.docx",
                           "paragraphs": ["判決書（抄本） 訳文", "主文 …"]}]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="password-protected ZIP: the content cannot be inspected")

# 17 — corrupt DOCX
M(sender="Kevin Ashford <k.ashford@hinode-sangyo.co.jp>",
  to=["Daniel Wexler <d.wexler@harbor-legal.com>"],
  subject="Translated witness statement - final",
  body=f"""Dear Mr Wexler,

Please find attached the final English version of the witness statement you sent us
on Monday. I have incorporated your comments on paragraphs 4 and 7.

Kind regards,

{SIG_ASHFORD}
{DISC_EN}
""",
  attachments=[{"kind": "corrupt", "name": "Witness_statement_EN_final.docx"}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="the attached DOCX is corrupt and cannot be read")

# 18 — interpreter's diagnosis given to the court to explain a replacement
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第2部 <keiji2-shokikan@higashisagami-chisai.go.jp>"],
  subject="通訳人交代のお願い（10/8 期日・英語）",
  charset="iso-2022-jp",
  body=f"""東相模地方裁判所 刑事第2部
書記官 三国様

いつもお世話になっております。日の出産業の小倉でございます。

10月8日の期日に英語通訳人として選任いただいている宇佐美恭子ですが、
先週、突発性難聴と診断され、医師から2週間程度の安静を指示されております。
大変申し訳ございませんが、同期日につきましては別の通訳人への交代をお願いできますでしょうか。

後任候補として、当社登録の野々村を予定しております（裁判所の名簿にも登載済みです）。
ご指示いただけましたら、必要書類をすぐにお届けいたします。

ご迷惑をおかけし、誠に申し訳ございません。

{SIG_OGURA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named interpreter's diagnosis (medical information) in running text to an external court")

# 19 — defendant's pregnancy complication to a freelance interpreter on free mail
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["domeki.shun@yahoo.co.jp"],
  subject="10/2 接見の件（事前情報）",
  body=f"""百目鬼さん

お疲れさまです。森下です。
10/2 の接見（ベトナム語）について、弁護人の先生から事前情報をいただいたので共有します。

被疑者のチャン・ティ・ホン・ニュンさんは現在妊娠7か月で、
妊娠高血圧症候群のため留置先から病院に通院しているそうです。
接見では体調や服薬の話が多くなると思いますので、医療用語を少し確認しておいてください。
（「蛋白尿」「降圧剤」あたりが出そうとのことです）

場所は東相模南警察署、14時に面会受付前です。よろしくお願いします。

森下
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data", "freemail_recipient"],
  note="a named suspect's medical condition and detention sent to a free-mail address")

# 20 — an interpreter's religion explained to the court
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["北武蔵地方裁判所 刑事第1部 <keiji1@kitamusashi-chisai.go.jp>"],
  subject="10/16 期日の進行について（インドネシア語通訳）",
  charset="cp932",
  body=f"""北武蔵地方裁判所 刑事第1部
書記官 蓮見様

お世話になっております。日の出産業の森下でございます。

10月16日（金）終日の期日について、一点ご相談がございます。
担当通訳人のハサン・ファジャルさんはイスラム教徒で、金曜日は正午過ぎに集団礼拝があるため、
12時00分から13時30分までは休廷としていただけると大変ありがたいとのことです。
（難しい場合は、午前・午後で通訳人を分ける体制もご提案できます）

ご検討のほど、よろしくお願いいたします。

{SIG_MORISHITA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named interpreter's religion (要配慮: 信条) in running text to an external court")

# 21 — immigration interview: detainee's residence card number
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["東日本入国管理センター 処遇部門 <shogu@nyukan-higashinihon.go.jp>"],
  subject="面談通訳（スペイン語）10/1 の件",
  charset="iso-2022-jp",
  body=f"""東日本入国管理センター 処遇部門
入国警備官 柳田様

お世話になっております。日の出産業の森下です。
10月1日（木）午後の面談通訳につき、通訳人は東海林直人（スペイン語）で確定いたしました。

念のため、ご依頼書に記載の対象者情報を復唱いたします。相違があればご指摘ください。

　対象者：QUISPE MAMANI, Luis Alberto（キスペ ママニ ルイス アルベルト）
　生年月日：1985年9月30日
　在留カード番号：EH30571846PA（失効）
　面談内容：仮放免許可申請に関する事情聴取

通訳人は13時15分に面会受付に伺います。

{SIG_MORISHITA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
  detectors=["personal_data"],
  note="a detainee's 在留カード number and DOB sent to an external office")

# 22 — HTML-only mail: training attendees (6) with phones and e-mails
_att22 = [("宇佐美 恭子", "英語"), ("東海林 直人", "スペイン語"), ("小鳥遊 ハンナ", "インドネシア語"),
          ("月見里 ソムチャイ", "タイ語"), ("温井 ファティマ", "アラビア語"), ("一尺八寸 玲", "ロシア語")]
_rom22 = ["usami.k", "shoji.naoto", "takanashi.hanna", "yamanashi.s", "nukui.fatima", "kamatsuka.rei"]
_tr22 = "".join(
    f"<tr><td>{i}</td><td>{n}</td><td>{lang}</td><td>{mobile()}</td>"
    f"<td>{r}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp'])}</td></tr>"
    for i, ((n, lang), r) in enumerate(zip(_att22, _rom22), start=1))
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["法廷通訳人協会 研修係 <kenshu@hotei-tsuyakujin.or.jp>"],
  subject="10/24 司法通訳フォローアップ研修 参加者名簿",
  html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>法廷通訳人協会 研修係 御中</p>
<p>いつもお世話になっております。日の出産業 法廷通訳受付デスクです。<br>
10月24日（土）のフォローアップ研修に、当社から下記6名が参加いたします。<br>
当日欠席等の連絡が必要な場合に備え、連絡先も併記しております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>言語</th><th>携帯</th><th>メール</th></tr>
{_tr22}
</table>
<p>受講料は当社にて一括でお支払いいたします。請求書の宛名は「日の出産業株式会社」でお願いいたします。</p>
<p>――――――――――<br>日の出産業株式会社 法廷通訳受付デスク<br>TEL 03-5201-7730</p>
</body></html>""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="HTML table of six people with mobiles and private e-mails to an external association")

# 23 — forward of the police's request to a freelance interpreter
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["onodera.maricel@gmail.com"],
  subject="FW: 通訳依頼（タガログ語）被疑者取調べ",
  charset="iso-2022-jp",
  body=f"""小野寺さん

お疲れさまです。受付デスクの杉浦です。
下記のとおり警察署から依頼が来ています。9/29（火）午前、対応可能でしょうか。
至急でご返信をお願いします。

-----Original Message-----
From: 港南台警察署 生活安全課 <seian@police.pref-kanagawa-ken.lg.jp>
Sent: Thursday, September 24, 2026 4:12 PM
To: tsuyaku-desk@hinode-sangyo.co.jp
Subject: 通訳依頼（タガログ語）被疑者取調べ

日の出産業 御中

港南台警察署生活安全課の内海です。下記の件、通訳人の派遣をお願いします。

被疑者 SANTOS, Maria Cristina（サントス マリア クリスティーナ）
昭和６１年６月１８日生　フィリピン国籍
被疑事実 入管法違反（不法残留）、9月23日逮捕
日時 9月29日（火）9時30分から3時間程度

以上
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data", "freemail_recipient"],
  note="forward (new text for the recipient) of a named suspect's arrest and DOB to a gmail address")

# 24 — English: judgment translation for an overseas agency, convicted person named
M(sender="Haruka Nonomura <h.nonomura@hinode-sangyo.co.jp>",
  to=["Nguyen Thanh Binh <binh.nt@saigon-lexis.com>"],
  subject="Judgment translation JA>VI - request for quotation",
  body=f"""Dear Mr Binh,

Thank you for your quick reply yesterday.

As discussed, we would like to subcontract the Vietnamese translation of a Japanese
criminal judgment (14 pages, approx. 11,000 characters). The defendant, Mr LE VAN HIEU,
was convicted of fraud by the Higashisagami District Court on 9 September 2026 and
sentenced to 2 years and 6 months' imprisonment, suspended for 4 years. His family in
Hai Phong has asked for a certified translation for his return home.

Could you let us know your rate and the earliest delivery date? We will send the
source text once the NDA between our companies is signed.

Best regards,

{SIG_NONOMURA}
{DISC_EN}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named person's criminal conviction in an English mail to an overseas agency")

# 25 — training slides with a real case example naming the victim
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東海学院大学 国際コミュニケーション学部 水無瀬 教授 <minase@tokai-gakuin.ac.jp>"],
  subject="新人通訳人研修（10/31）資料のご確認",
  charset="iso-2022-jp",
  body=f"""水無瀬先生

いつもお世話になっております。日の出産業の小倉でございます。
10月31日の新人通訳人研修で先生にご講評いただく事例パートのスライドをお送りします。
第3スライドの事例は、今春当社が実際に担当した公判のものです。
お気づきの点がございましたら、ご指摘いただけますと幸いです。

{SIG_OGURA}
""",
  attachments=[{"kind": "pptx", "name": "新人研修_事例検討_v2.pptx",
                "slides": [["新人通訳人研修 事例検討", "日の出産業株式会社 法廷通訳事業部",
                            "2026年10月31日"],
                           ["本日の流れ", "1. 証人尋問の通訳", "2. 被害者参加制度と通訳",
                            "3. 事例検討"],
                           ["事例：ストーカー規制法違反事件（2026年4月 公判）",
                            "被害者：小此木 さくら さん（当時19歳・大学生）",
                            "被告人：元交際相手（韓国籍）",
                            "被害者参加人として意見陳述 → 韓国語通訳を介して被告人に告知",
                            "論点：被害者の心情表現をどこまで直訳するか"],
                           ["まとめ", "感情語の扱い", "遮蔽措置がある場合の通訳人の位置"]]}],
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="PPTX names a real crime victim (被害を受けた事実) sent to an external lecturer")

# 26 — transport-cost sheet with six interpreters' home addresses (PDF)
_tbl26 = [["氏名", "自宅住所", "最寄駅", "東相模地裁まで（円・往復）"]]
for n, a, s in [
        ("竹之内 ミン", "埼玉県川口市芝中田2-14-7", "蕨"),
        ("劉 佳慧", "東京都豊島区池袋本町2-27-5 メゾン池袋402", "北池袋"),
        ("小野寺 マリセル", "千葉県船橋市本町6-3-18", "船橋"),
        ("東海林 直人", "東京都江戸川区西葛西5-9-2-301", "西葛西"),
        ("四十物 浩二", "埼玉県川越市新富町1-22-4", "本川越"),
        ("甘粕 ルシア", "神奈川県大和市中央林間3-15-11", "中央林間")]:
    _tbl26.append([n, a, s, f"{rng.randrange(8, 30) * 110:,}"])
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["経理サポート株式会社 精算代行チーム <seisan@keiri-support.co.jp>"],
  subject="通訳人交通費の精算データ（9月分）",
  charset="cp932",
  body=f"""経理サポート株式会社
精算代行チーム ご担当者様

お世話になっております。日の出産業 経理課の石塚です。
9月分の通訳人交通費の算定表をPDFでお送りします。
自宅最寄駅から裁判所までの往復運賃で算定しておりますので、経路の確認をお願いいたします。

{SIG_ISHIZUKA}
""",
  attachments=[{"kind": "pdf", "name": "通訳人交通費算定表_202609.pdf",
                "lines": ["通訳人交通費算定表（2026年9月分）", ""], "table": _tbl26}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
  note="six interpreters' home addresses in a PDF table to an outside bookkeeping service")

# 27 — ZIP (no password) with a CSV of new registrants for the scheduling system
_csv27 = [["登録番号", "氏名", "ローマ字", "生年月日", "言語", "携帯", "メール"]]
for i, (n, r, b, lang) in enumerate([
        ("及川 ビクトル", "OIKAWA VICTOR", "1979/04/22", "ポルトガル語"),
        ("周 麗娜", "ZHOU LINA", "1991/12/03", "中国語"),
        ("熊谷 チャン", "KUMAGAI CHAN", "1987/07/15", "ベトナム語"),
        ("温井 ファティマ", "NUKUI FATIMA", "1983/01/29", "アラビア語"),
        ("小鳥遊 ハンナ", "TAKANASHI HANNA", "1995/05/08", "インドネシア語"),
        ("月見里 ソムチャイ", "YAMANASHI SOMCHAI", "1976/10/11", "タイ語"),
        ("一尺八寸 玲", "KAMATSUKA REI", "1990/02/26", "ロシア語")], start=41):
    _csv27.append([f"HT-{i:04d}", n, r, b, lang, mobile(),
                   r.lower().replace(" ", ".") + "@" + rng.choice(["gmail.com", "icloud.com"])])
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
  subject="通訳人スケジューラ：新規登録者の一括取込のお願い",
  body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の森下です。
通訳人スケジューラに、10月から稼働する新規登録通訳人7名を一括登録したく、
取込用CSVをZIPでお送りします（先日いただいたテンプレートの形式です）。
取込完了後にご連絡いただけますでしょうか。

{SIG_MORISHITA}
""",
  attachments=[{"kind": "zip", "name": "import_20261001.zip",
                "files": [{"kind": "csv", "name": "new_interpreters.csv", "rows": _csv27,
                           "encoding": "utf-8"}]}],
  expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="CSV inside a plain ZIP: seven people with DOB, mobile and e-mail to an external vendor")

# 28 — the court's notice attached as .eml and sent on to an interpreter
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["小野寺 マリセル <onodera.m@outlook.jp>"],
  subject="転送：選任通知（タガログ語）",
  charset="iso-2022-jp",
  body=f"""小野寺さん

お疲れさまです。受付デスクです。
裁判所からの選任通知を添付で転送します。期日当日は30分前に書記官室へお願いします。

{SIG_DESK}
""",
  attachments=[{"kind": "eml", "name": "選任通知.eml",
                "message": {
                    "sender": "北武蔵地方裁判所 刑事第3部 <keiji3@kitamusashi-chisai.go.jp>",
                    "to": ["tsuyaku-desk@hinode-sangyo.co.jp"],
                    "subject": "通訳人選任について（令和8年(わ)第902号）",
                    "charset": "iso-2022-jp",
                    "body": """日の出産業株式会社 御中

北武蔵地方裁判所刑事第3部の書記官の蓮見です。
下記事件について、通訳人の選任をお願いします。

事件番号 令和8年(わ)第902号
被告人 DELA CRUZ, Jerome（デラクルス ジェローム）
罪名 覚醒剤取締法違反
言語 タガログ語
第1回公判期日 10月20日（火）午前10時 第201号法廷

以上
"""}}],
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data", "freemail_recipient"],
  note="attached (forwarded) court mail names a defendant and his drug charge; recipient on free mail")

# 29 — three external organisations in To/Cc (court, prosecutor, law firm)
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第4部 <keiji4-shokikan@higashisagami-chisai.go.jp>",
      "東相模地方検察庁 公判部 <kohan-jimu@higashisagami-kensatsu.go.jp>"],
  cc=["榊 達也 <sakaki@sakaki-sogo-law.jp>"],
  subject="令和8年(わ)第1043号 公判前整理手続期日における通訳体制について",
  charset="iso-2022-jp",
  body=f"""関係各位

お世話になっております。日の出産業の小倉でございます。

標記事件の裁判員裁判（ネパール語）につき、通訳人2名体制での準備状況をご報告いたします。

・通訳人：2名（交代制、30分ごと）
・事前準備：起訴状、証明予定事実記載書の訳文作成済み
・用語集：法医学用語を含め約300語を作成中（10/9 完成予定）

次回の打合せ候補日として、10月12日（月）15時、または13日（火）10時を
ご提案いたします。ご都合をお知らせいただけますでしょうか。

{SIG_OGURA}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="court, prosecutor and defence lawyer (three external organisations) see each other in To/Cc")

# 30 — look-alike of the partner bank (added letter), one interpreter's account
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["みどり銀行 本店営業部 <honten@midori-ginkou.co.jp>"],
  subject="振込先口座の変更届について",
  charset="cp932",
  body=f"""みどり銀行 本店営業部
ご担当者様

お世話になっております。日の出産業 経理の石塚です。
総合振込の受取人マスタで、1件口座変更がございますのでご連絡いたします。

　受取人：ショウジ ナオト（東海林 直人）
　旧：みどり銀行 池袋支店 普通 4418207
　新：みどり銀行 西葛西支店 普通 7702913

10月分の振込から新口座でお願いいたします。

{SIG_ISHIZUKA}
""",
  expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
  detectors=["lookalike_domain", "personal_data"],
  note="midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp")

# 31 — look-alike of the partner IT vendor (dropped letter)
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["ツバサシステム 営業 田島様 <tajima@tsubasa-sytem.jp>"],
  subject="スケジューラのライセンス追加（2ID）",
  charset="iso-2022-jp",
  body=f"""ツバサシステム株式会社
田島様

いつもお世話になっております。日の出産業の森下です。
10月から受付デスクの人員が2名増えるため、通訳人スケジューラのライセンスを
2ID追加したく、お見積りをお願いできますでしょうか。
契約期間は現行契約に合わせて来年3月末までで結構です。

{SIG_MORISHITA}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="tsubasa-sytem.jp is a look-alike (dropped s) of the partner tsubasa-system.jp")

# 32 — case list marked 機密 to a subcontractor (no personal data)
_rows32 = [["機密　2026年10月 再委託予定案件一覧", "", "", "", ""],
           ["案件コード", "種別", "言語", "期日", "見込時間"]]
for code in range(1201, 1213):
    _rows32.append([f"HT-26-{code}", rng.choice(["公判", "接見", "取調べ", "翻訳"]),
                    rng.choice(["ベトナム語", "ネパール語", "タガログ語", "シンハラ語", "ベンガル語"]),
                    f"10/{rng.randrange(1, 31)}", f"{rng.randrange(1, 7)}h"])
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["ポリグロットワークス 手配担当 <dispatch@polyglot-works.com>"],
  subject="【機密】10月 再委託予定案件一覧",
  body=f"""ポリグロットワークス
手配ご担当者様

お世話になっております。日の出産業の小倉です。
10月に再委託をお願いする可能性のある案件一覧をお送りします。
対応可否を言語ごとにお知らせください。

{SIG_OGURA}
""",
  attachments=[{"kind": "xlsx", "name": "再委託予定_202610.xlsx", "page_header": "機密",
                "sheets": {"10月": _rows32}}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="subject and the sheet are marked 機密 and go to an external agency")

# 33 — injury claim with health insurance card number
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["ひのまる損害保険 法人事故受付 <jiko-uketsuke@hinomaru-sonpo.co.jp>"],
  subject="傷害保険 事故報告（証券番号 HS-4420183）",
  charset="iso-2022-jp",
  body=f"""ひのまる損害保険株式会社
法人事故受付センター 御中

いつもお世話になっております。日の出産業株式会社の佐野でございます。
当社が加入しております団体傷害保険につき、下記のとおり事故のご報告をいたします。

■被保険者　及川 ビクトル（昭和54年4月22日生）
■事故日時　2026年9月18日 15時頃
■事故状況　警察署での取調べ通訳中、階段で足を踏み外し転倒
■傷病名　　左手関節骨折（東相模中央病院にて手術、入院5日間）
■健康保険　全国健康保険協会　記号 31020477　番号 18

診断書は原本を郵送いたします。必要書類があればお知らせください。

{SIG_SANO}
""",
  expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
  detectors=["personal_data"],
  note="a named interpreter's injury/diagnosis and health insurance 記号・番号 to an insurer")

# 34 — driver's licence number for entry to the detention centre
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["東相模拘置支所 庶務課 <shomu@higashisagami-kochi.go.jp>"],
  subject="弁護人接見に同行する通訳人の事前届",
  charset="cp932",
  body=f"""東相模拘置支所 庶務課 御中

お世話になっております。日の出産業 法廷通訳受付デスクです。
10月3日（土）の弁護人接見（楠弁護士）に同行する通訳人について、
事前届出事項を下記のとおりお知らせします。

　氏名：甘粕 ルシア（アマカス ルシア）
　生年月日：平成２年１０月７日
　本人確認書類：運転免許証　第３０１９０８１４７３２０号

当日は上記免許証を持参いたします。

{SIG_DESK}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="an interpreter's driver's licence number (full-width digits) sent externally")

# 35 — 基礎年金番号 to the labour-and-social-security consultant
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["葉山社会保険労務士事務所 <info@sharoushi-hayama.jp>"],
  subject="資格取得届の作成依頼（10/1入社 契約社員1名）",
  body=f"""葉山先生

お世話になっております。日の出産業の石塚です。
10月1日付で通訳コーディネーター（契約社員）として1名入社しますので、
社会保険の資格取得届の作成をお願いいたします。

氏名　　　　熊谷 チャン（クマガイ チャン）
生年月日　　1987年7月15日
住所　　　　埼玉県戸田市下前1-6-20 パークサイド戸田305
基礎年金番号　4620-581937
標準報酬月額　月給 280,000円

扶養家族はいないとのことです。よろしくお願いいたします。

{SIG_ISHIZUKA}
""",
  expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
  detectors=["personal_data"],
  note="基礎年金番号 of a new employee sent to an external consultant")

# 36 — emergency contact list of five interpreters, full-width, in the body
_list36 = [("タケノウチ　ミン", "ベトナム語"), ("リュウ　カケイ", "中国語"),
           ("オノデラ　マリセル", "タガログ語"), ("ラマ　ビノッド", "ネパール語"),
           ("アイモノ　コウジ", "シンハラ語")]
_lines36 = "\n".join(f"{zen(str(i))}．{k}（{lang}）　{zen(mobile())}"
                     for i, (k, lang) in enumerate(_list36, start=1))
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["リンガブリッジ 手配担当 <haichi@lingua-bridge.co.jp>"],
  subject="連休中の緊急連絡先（当社通訳人）",
  charset="cp932",
  body=f"""リンガブリッジ株式会社
手配ご担当 様

お世話になっております。日の出産業の森下です。
10/10～10/12の連休中、当社デスクが閉まりますので、
当番通訳人に直接ご連絡いただく場合の連絡先をお知らせします。

{_lines36}

上記の者が対応できない場合は、当社当番携帯（０８０－３３１８－２２０７）へお願いします。

森下
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="five interpreters in kana with full-width mobile numbers to an external agency: list of people")

# 37 — family court: a juvenile named, 和暦 DOB
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東相模家庭裁判所 少年部 <shonen@higashisagami-kasai.go.jp>"],
  subject="少年審判の通訳（ポルトガル語）手配の件",
  charset="iso-2022-jp",
  body=f"""東相模家庭裁判所 少年部
調査官 桑原様

お世話になっております。日の出産業の小倉でございます。
ご依頼の件、下記のとおり通訳人を手配いたしました。

少年：ミヤギ・ガブリエル・ケンジ（Ｈ２０．１１．３生）
事件：窃盗（自転車盗）、傷害
審判期日：10月22日（木）14時00分
通訳人：桐谷 エリカ

保護者（母）との面接にも同席可能とのことです。

{SIG_OGURA}
""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a named juvenile's offences and 和暦 DOB (criminal/juvenile proceedings) to an external court")

# 38 — a DV victim named to a shelter NPO
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["NPO法人ひかりシェルター <soudan@hikari-shelter.or.jp>"],
  subject="保護命令申立ての通訳について",
  body=f"""NPO法人ひかりシェルター
相談員 北条様

お世話になっております。日の出産業の森下です。
お電話でご相談いただいた件、タイ語の通訳人（月見里）を手配できます。

保護命令の申立書作成の打合せは、ご相談者のスパポーン・ウォンサーさんの体調を
優先し、シェルター内の相談室で行う形でよいと伺いました。
夫からの暴力による怪我がまだ治っていないとのことですので、
打合せ時間は1回90分程度を目安にいたします。

候補日：10月6日（火）午前／10月8日（木）午後

{SIG_MORISHITA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named DV victim (crime victim, injuries) in running text to an external NPO")

# 39 — tab-separated list of six defendants for subcontracting
_rows39 = [("NGUYEN VAN TUAN", "ベトナム語", "10/14 13:30", "窃盗・住居侵入"),
           ("GURUNG Bikash", "ネパール語", "10/15 10:00", "強盗致傷"),
           ("THAPA Sunita", "ネパール語", "10/15 15:00", "入管法違反"),
           ("SETIAWAN Agus", "インドネシア語", "10/16 10:00", "詐欺"),
           ("RAHMAN Md Shafiqul", "ベンガル語", "10/19 13:30", "大麻取締法違反"),
           ("SOMCHAI Phanthong", "タイ語", "10/21 10:00", "窃盗")]
_tsv39 = "被告人\t言語\t期日\t罪名\n" + "\n".join("\t".join(r) for r in _rows39)
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["ポリグロットワークス 手配担当 <dispatch@polyglot-works.com>"],
  subject="Re: 10月第3週 再委託のご相談",
  body=f"""ポリグロットワークス
手配ご担当者様

お世話になっております。日の出産業の小倉です。
お電話でお話しした第3週の案件、以下のとおりです（Excelから貼り付けています）。

{_tsv39}

いずれも東相模地裁です。対応可能な案件をお知らせください。

小倉
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="tab-separated list of six named defendants with their charges to an external agency")

# 40 — monthly report XLSX to the partner law firm naming clients (defendants)
_rows40 = [["白川法律事務所様 2026年9月 通訳・翻訳 実績報告", "", "", "", ""],
           ["日付", "担当弁護士", "依頼者（被疑者・被告人）", "内容", "時間／字数"]]
for d, law, who, what, amt in [
        ("9/3", "本多", "王 磊", "接見通訳（中）", "1.5h"),
        ("9/7", "白川", "ファム・ティ・ラン", "接見通訳（越）", "2.0h"),
        ("9/11", "本多", "王 磊", "起訴状翻訳（日→中）", "2,400字"),
        ("9/15", "白川", "アディカリ・ラム", "接見通訳（ネパール）", "1.0h"),
        ("9/22", "本多", "サントス・マリア", "公判通訳（タガログ）", "3.0h")]:
    _rows40.append([d, law, who, what, amt])
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["白川法律事務所 経理 <keiri@shirakawa-law.jp>"],
  subject="9月分 ご利用実績と請求書",
  charset="iso-2022-jp",
  body=f"""白川法律事務所
経理ご担当者様

いつもお世話になっております。日の出産業 経理課の石塚でございます。
9月分のご利用実績と請求書をお送りいたします。
お支払いは10月末日までにお願いいたします。

{SIG_ISHIZUKA}
""",
  attachments=[{"kind": "xlsx", "name": "ご利用実績_202609_白川法律事務所.xlsx",
                "sheets": {"実績": _rows40,
                           "請求": [["請求金額（税込）", 187660], ["支払期限", "2026/10/31"]]}}],
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="XLSX names suspects/defendants per case (tied to criminal proceedings) sent to the law firm")

# 41 — an interpreter candidate's criminal record told to the court
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["北武蔵地方裁判所 刑事訟廷 <keiji-sotei@kitamusashi-chisai.go.jp>"],
  subject="通訳人候補者推薦の取下げについて",
  charset="iso-2022-jp",
  body=f"""北武蔵地方裁判所 刑事訟廷管理官室
ご担当者様

お世話になっております。日の出産業の小倉でございます。

8月にご推薦いたしました韓国語通訳人候補の五百旗頭 綾につきまして、
推薦を取り下げさせていただきたく、ご連絡いたしました。
当社の登録審査の過程で、同人が令和5年に酒気帯び運転で罰金刑を受けていたことが
本人申告により判明し、社内規程により今回の推薦は見送ることといたしました。

ご面接の日程調整までいただいていたところ、誠に申し訳ございません。
代わりの候補者については、改めてご相談させてください。

{SIG_OGURA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named person's criminal record (罰金刑) in running text to an external court")

# 42 — a hearing-impaired victim named, to a sign-language dispatch centre
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["手話通訳派遣センター 調整係 <chosei@shuwa-haken.or.jp>"],
  subject="証人尋問での手話通訳・ベトナム語通訳の併用について",
  charset="cp932",
  body=f"""手話通訳派遣センター
調整係 御中

お世話になっております。日の出産業の森下です。
11月5日の証人尋問（東相模地裁）について、ご相談させてください。

証人となる被害者の田村 陽菜さんは聴覚障害（身体障害者手帳2級）があり、手話通訳が必要です。
被告人側にはベトナム語通訳が入るため、日本語を介したリレー通訳になります。
事前に三者で進め方を打ち合わせたく、10月中旬でご都合のよい日を伺えますでしょうか。

{SIG_MORISHITA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named victim's disability and victimhood sent to an external organisation")

# 43 — CSV with six interpreters' My Numbers to the tax accountant
_csv43 = [["支払先", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]]
for k, (n, a) in enumerate([
        ("竹之内 ミン", "埼玉県川口市芝中田2-14-7"),
        ("劉 佳慧", "東京都豊島区池袋本町2-27-5-402"),
        ("小野寺 マリセル", "千葉県船橋市本町6-3-18"),
        ("東海林 直人", "東京都江戸川区西葛西5-9-2-301"),
        ("四十物 浩二", "埼玉県川越市新富町1-22-4"),
        ("桐谷 エリカ", "静岡県浜松市中央区砂山町312-8")], start=2):
    pay = rng.randrange(60, 250) * 10000
    _csv43.append([n, a, my_number(SEED + k), "通訳料", pay, int(pay * 0.1021)])
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["蒲田税理士事務所 <office@kamata-zeirishi.jp>"],
  subject="令和8年分 支払調書データ（通訳人分）",
  charset="cp932",
  body=f"""蒲田先生

いつもお世話になっております。日の出産業 経理課の石塚です。
令和8年分の報酬の支払調書作成用データ（通訳人6名分）をCSVでお送りします。
法定調書合計表とあわせてご確認をお願いいたします。

{SIG_ISHIZUKA}
""",
  attachments=[{"kind": "csv", "name": "shiharai_chosho_R8.csv", "rows": _csv43}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
  detectors=["personal_data"],
  note="six My Numbers with names and addresses in a CSV to an external accountant")

# 44 — English: card number and cardholder to a travel agency
M(sender="Haruka Nonomura <h.nonomura@hinode-sangyo.co.jp>",
  to=["Skyline Travel Corporate Desk <corporate@skyline-travel.com>"],
  subject="Booking ref SKT-55821 - payment details",
  body=f"""Hello,

Thank you for holding the seats for our interpreter's trip (NRT-MNL-NRT, 2-6 Nov).
Please charge the fare to the card below:

  Card number: {card(2, ' ')}
  Expiry: 11/28
  Cardholder: KENGO OGURA
  Passenger: ONODERA MARICEL

Please send the e-ticket receipt to me and to k.ogura@hinode-sangyo.co.jp.

Thanks,

{SIG_NONOMURA}
""",
  expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
  note="a credit card number with its holder's name sent to an external travel agency")

# 45 — lawyer, co-counsel and a freelance interpreter all visible (three parties)
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["楠 浩平 <kusunoki@kusunoki-law.jp>"],
  cc=["本多 美咲 <m.honda@shirakawa-law.jp>", "aimono.koji@gmail.com"],
  subject="接見通訳の日程（9/29）確定のご連絡",
  charset="iso-2022-jp",
  body=f"""楠先生、本多先生

お世話になっております。日の出産業 受付デスクです。
共同で受任されている件の接見通訳（シンハラ語）、9月29日（火）18:00 で確定しました。
通訳人の四十物さんもCCに入れております。
集合は東相模中央警察署の面会受付前、17:50でお願いいたします。

{SIG_DESK}
""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  note="two law firms and a private interpreter (three external parties) see each other in To/Cc")

# 46 — look-alike of the partner hotel (l → 1)
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["さくらホテル 予約センター <reserve@sakura-hote1.jp>"],
  subject="予約の変更（10/20 チェックイン分）",
  charset="iso-2022-jp",
  body=f"""さくらホテル 予約センター 御中

いつもお世話になっております。日の出産業の佐野です。
10月20日から1泊で予約しております通訳人の宿泊について、
到着が遅れるため、チェックインを23時に変更させてください。

宿泊者：東海林 直人 様
当日の連絡先（携帯）：090-6617-2054

よろしくお願いいたします。

{SIG_SANO}
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
  detectors=["lookalike_domain", "personal_data"],
  note="sakura-hote1.jp is a look-alike (l→1) of the partner sakura-hotel.jp")

# 47 — look-alike of a partner (TLD swap .co.jp → .com)
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["川崎電機 品質保証部 宮内様 <miyauchi@kawasaki-denki.com>"],
  subject="取扱説明書 英訳のお見積り",
  charset="iso-2022-jp",
  body=f"""川崎電機株式会社
品質保証部 宮内様

いつもお世話になっております。日の出産業の佐野でございます。
先日ご相談いただいた産業用ポンプ KP-3300 シリーズの取扱説明書（約42,000字）の
英訳につきまして、お見積りをお送りいたします。

　翻訳料　　　42,000字 × 16円 ＝ 672,000円
　DTP・校正　 一式 85,000円
　納期　　　　ご発注から15営業日

法廷翻訳部門の校閲者が用語統一を担当いたしますので、安全注意事項の表現も
あわせて点検いたします。

{SIG_SANO}
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="kawasaki-denki.com is a TLD look-alike of the partner kawasaki-denki.co.jp")

# 48 — DOCX stamped CONFIDENTIAL sent to a freelance translator
M(sender="Kevin Ashford <k.ashford@hinode-sangyo.co.jp>",
  to=["Sarah Lindqvist <s.lindqvist.translates@outlook.jp>"],
  subject="Proofreading request - settlement agreement (JA>EN)",
  body=f"""Hi Sarah,

Could you proofread the attached English translation of a settlement agreement by
Friday noon? It is about 6,500 words. Our usual rate applies.

Please track your changes and don't forward the file.

Thanks,
Kevin

{SIG_ASHFORD}
""",
  attachments=[{"kind": "docx", "name": "Settlement_Agreement_EN_draft.docx",
                "page_header": "CONFIDENTIAL",
                "paragraphs": ["CONFIDENTIAL",
                               "SETTLEMENT AGREEMENT (English translation - draft)",
                               "Kitaguni Foods Co., Ltd. (\"Party A\") and the Distributor "
                               "(\"Party B\") agree as follows:",
                               "Article 1. Party A shall pay Party B the amount of JPY 38,000,000 "
                               "as full and final settlement.",
                               "Article 2. Neither party shall disclose the terms of this agreement."]}],
  expect="stop", entities=[], detectors=["confidential_marking", "freemail_recipient"],
  note="document stamped CONFIDENTIAL (header) sent to a translator on free mail")

# 49 — password-protected PDF invoice
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["榊総合法律事務所 事務局 <jimukyoku@sakaki-sogo-law.jp>"],
  subject="請求書送付（2026年9月分）",
  charset="iso-2022-jp",
  body=f"""榊総合法律事務所
事務局 ご担当者様

お世話になっております。日の出産業 経理課の石塚です。
9月分の請求書をお送りします。
PDFにはパスワードを設定しております。パスワードは別途お電話にてお伝えいたします。

{SIG_ISHIZUKA}
""",
  attachments=[{"kind": "pdf", "name": "請求書_202609_榊総合法律事務所.pdf",
                "password": "sakaki0930",
                "lines": ["請求書", "榊総合法律事務所 御中", "ご請求金額 96,800円（税込）"]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="password-protected PDF cannot be inspected")

# 50 — victims list (7) of a fraud indictment, sent for translation
_vic50 = [("佐々木 トミ", 81, "1,500,000"), ("大河内 正一", 77, "2,000,000"),
          ("鵜飼 ふみ子", 84, "800,000"), ("猪瀬 和夫", 79, "3,200,000"),
          ("仁科 千代", 88, "500,000"), ("比嘉 俊雄", 75, "1,000,000"),
          ("手塚 しず江", 82, "2,700,000")]
_tbl50 = "番号  被害者氏名        年齢  被害額（円）\n" + "----  ----------------  ----  ------------\n" + \
    "\n".join(f"{i:>4}  {n:<12}  {a:>4}  {m:>12}" for i, (n, a, m) in enumerate(_vic50, start=1))
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["Nguyen Thanh Binh <binh.nt@saigon-lexis.com>"],
  cc=["h.nonomura@hinode-sangyo.co.jp"],
  subject="起訴状 別表の翻訳（日→越）追加分",
  body=f"""Binh様

いつもありがとうございます。日の出産業の羽田です。
先日お願いした起訴状（特殊詐欺）の翻訳に、別表（被害者一覧）の追加をお願いします。
原文を以下に貼り付けます。氏名はローマ字表記を併記してください。

{_tbl50}

納期は当初どおり10月2日で問題ございません。

{SIG_HANEDA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="seven named fraud victims with ages and losses (crime victims, list) sent abroad")

# 51 — reply: new text adds a client's epilepsy and medication
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["白川 修一 <shirakawa@shirakawa-law.jp>"],
  subject="Re: 9/15 接見の通訳メモについて",
  charset="iso-2022-jp",
  body=f"""白川先生

お世話になっております。日の出産業の森下です。
通訳人のラマに確認しました。

9/15の接見の際、アディカリ・ラムさんは持病のてんかんの薬を留置場で
まだ受け取れていないと訴えていたとのことです。
また、逮捕時に転倒して右肩を痛めており、医師の診察を希望しているそうです。
通訳メモの該当箇所は上記の趣旨で間違いございません。

森下

> 森下様
> 9/15 の接見（ネパール語）で、被疑者が体調について何か話していたと
> 通訳人の方から伺いました。通訳メモの内容を確認させてください。
> 白川
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="new reply text gives a named detainee's illness and injury (quoted part adds nothing)")

# 52 — English: a client's arrest explained to an overseas lawyer
M(sender="Haruka Nonomura <h.nonomura@hinode-sangyo.co.jp>",
  to=["Atty. Carmela Reyes <creyes@reyes-santiago-law.com>"],
  subject="Re: Your client's family - interpreter for the hearing",
  body=f"""Dear Atty. Reyes,

Thank you for your e-mail. I have spoken with the defence counsel in Japan.

Mr. Ramon Villanueva Bautista was arrested on 20 September on suspicion of theft at his
workplace in Hamamatsu and has been detained since. The first hearing is provisionally
set for late November. We have assigned a Tagalog interpreter for his lawyer's visits.

His mother may attend the hearing; we can arrange an interpreter for her too.

Best regards,

{SIG_NONOMURA}
{DISC_EN}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named person's arrest and detention in an English mail to an overseas lawyer")

# 53 — DOCX of five interpreters' CVs (one block each) to the prosecutor's office
_paras53 = ["通訳人経歴書（追加登録分）", "日の出産業株式会社 法廷通訳事業部", ""]
for n, b, a, lang, yrs in [
        ("熊谷 チャン", "1987年7月15日", "埼玉県戸田市下前1-6-20-305", "ベトナム語", 6),
        ("温井 ファティマ", "1983年1月29日", "東京都港区三田4-2-17", "アラビア語", 11),
        ("小鳥遊 ハンナ", "1995年5月8日", "神奈川県川崎市中原区木月2-8-3", "インドネシア語", 3),
        ("月見里 ソムチャイ", "1976年10月11日", "千葉県市川市南八幡1-19-6", "タイ語", 14),
        ("一尺八寸 玲", "1990年2月26日", "東京都世田谷区経堂3-30-12", "ロシア語", 5)]:
    _paras53 += [f"■ {n}", f"　生年月日：{b}", f"　住所：{a}", f"　電話：{mobile()}",
                 f"　言語：{lang}（司法通訳経験 {yrs}年）", ""]
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東相模地方検察庁 総務課 <somu@higashisagami-kensatsu.go.jp>"],
  subject="通訳人名簿への追加登録申請（5名）",
  charset="iso-2022-jp",
  body=f"""東相模地方検察庁 総務課
ご担当者様

いつもお世話になっております。日の出産業の小倉でございます。
貴庁の通訳人名簿への追加登録をお願いしたく、5名分の経歴書をお送りいたします。
資格証明書の写しは郵送にて追ってお届けします。

{SIG_OGURA}
""",
  attachments=[{"kind": "docx", "name": "通訳人経歴書_追加5名.docx", "paragraphs": _paras53}],
  expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="five people's DOB, home address and phone (one block each) in a DOCX to an external office")

# 54 — a detainee's hunger strike and health to a support NPO
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["難民支援ネットワーク 面会チーム <menkai@nanmin-net.or.jp>"],
  subject="面会通訳（ペルシャ語）の報告",
  body=f"""難民支援ネットワーク
面会チーム 御中

お世話になっております。日の出産業の森下です。
昨日の面会通訳について、通訳人から報告がありましたので共有いたします。

収容中のアリレザ・カリミさんは、ハンガーストライキを始めて12日目で、
体重が8kgほど減り、立ちくらみがひどいとのことでした。
センターの医師には診てもらっているものの、点滴は拒否しているそうです。
次回面会（10/3）も同じ通訳人で手配いたします。

{SIG_MORISHITA}
""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named detainee's health condition in running text to an external NPO")

# 55 — legacy XLS: employee and spouse My Numbers for the 扶養控除 form
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["葉山社会保険労務士事務所 <info@sharoushi-hayama.jp>"],
  subject="扶養控除等申告書の内容（熊谷さん・追加）",
  charset="cp932",
  body=f"""葉山先生

お世話になっております。日の出産業の石塚です。
先日お願いした熊谷さんですが、入籍により配偶者が扶養に入ることになりました。
扶養控除等申告書の記載内容をExcel（旧形式）でお送りします。

{SIG_ISHIZUKA}
""",
  attachments=[{"kind": "xls", "name": "扶養控除申告_熊谷.xls",
                "sheets": {"申告内容": [
                    ["区分", "氏名", "生年月日", "個人番号", "続柄"],
                    ["本人", "熊谷 チャン", "1987/07/15", my_number(SEED + 8), ""],
                    ["配偶者", "熊谷 大輔", "1984/12/02", my_number(SEED + 9), "夫"]]}}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
  detectors=["personal_data"],
  note="two people's My Numbers in a legacy XLS to an external consultant")

# 56 — quotation for a civil contract translation (PDF)
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["榊総合法律事務所 弁護士 榊 達也 <sakaki@sakaki-sogo-law.jp>"],
  subject="お見積書送付：業務委託契約書（日→英）翻訳",
  charset="iso-2022-jp",
  body=f"""榊先生

いつもお世話になっております。日の出産業の佐野でございます。
ご相談いただきました業務委託契約書（日本語 約28,000字）の英訳につき、
お見積書をお送りいたします。

リーガルチェック済みの訳語表がございましたら、ご支給いただけますと
表現の統一がしやすくなります。

ご検討のほど、よろしくお願いいたします。

{SIG_SANO}
{DISC_JA}
""",
  attachments=[{"kind": "pdf", "name": "見積書_Q26-0412.pdf",
                "lines": ["御見積書　No. Q26-0412", "榊総合法律事務所 御中", "",
                          "件名：業務委託契約書 翻訳（日本語→英語）",
                          "翻訳料　28,000字 × 18円　504,000円",
                          "ネイティブチェック　一式　60,000円",
                          "小計　564,000円　消費税（10%）56,400円",
                          "合計　620,400円",
                          "納期：ご発注後 10営業日",
                          "有効期限：発行日より30日"]}],
  expect="pass", entities=[], detectors=[],
  note="ordinary quotation with amounts and a quote number; the footer disclaimer is not a marking")

# 57 — glossary for review by a university professor
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["水無瀬 教授 <minase@tokai-gakuin.ac.jp>"],
  subject="法廷用語 日越対訳集（改訂版）のご監修のお願い",
  charset="iso-2022-jp",
  body=f"""水無瀬先生

いつもお世話になっております。日の出産業 翻訳課の羽田でございます。
昨年ご監修いただいた法廷用語の日越対訳集を改訂いたしました。
追加した42語（黄色セル）を中心に、ご確認いただけますと幸いです。
謝礼は前回と同額にてお願いできればと存じます。

{SIG_HANEDA}
""",
  attachments=[{"kind": "xlsx", "name": "法廷用語_日越対訳集_2026改訂.xlsx",
                "title": "法廷用語 日越対訳集",
                "sheets": {"公判": [["法廷用語 日越対訳集（2026年改訂）", "", ""],
                                    ["日本語", "ベトナム語", "備考"],
                                    ["人定質問", "thẩm vấn nhân thân", ""],
                                    ["黙秘権", "quyền im lặng", ""],
                                    ["罪状認否", "trả lời về tội danh", "追加"],
                                    ["証拠調べ", "xem xét chứng cứ", ""],
                                    ["論告", "luận tội", "追加"],
                                    ["最終陳述", "lời nói sau cùng", ""]],
                           "捜査": [["日本語", "ベトナム語", "備考"],
                                    ["逮捕状", "lệnh bắt", ""],
                                    ["弁解録取書", "biên bản ghi lời biện minh", "追加"],
                                    ["勾留質問", "thẩm vấn tạm giam", ""]]}}],
  expect="pass", entities=[], detectors=[],
  note="a legal glossary: terms only, no people")

# 58 — invoice to the partner law firm: case number only, company bank, T-number
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["白川法律事務所 経理 <keiri@shirakawa-law.jp>"],
  subject="【請求書】令和8年(わ)第1187号事件 翻訳料",
  charset="cp932",
  body=f"""白川法律事務所
経理ご担当者様

お世話になっております。日の出産業 経理課の石塚です。
標記事件の証拠書類翻訳について、下記のとおりご請求申し上げます。

　請求番号　INV-2609-0317
　品目　　　証拠書類翻訳（越→日）12,600字
　金額　　　207,900円（税込）
　お振込先　みどり銀行 本店営業部 普通 1203456 ニチノデサンギヨウ（カ
　支払期限　2026年10月31日
　登録番号　{HINODE_T}

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_ISHIZUKA}
""",
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="invoice with a case number, the company's own bank account and T-number; no person named")

# 59 — internal: full interpreter master list
_rows59 = [["登録番号", "氏名", "言語", "携帯", "メール", "住所"]]
for i, (n, r, lang, a) in enumerate([
        ("竹之内 ミン", "takenouchi.minh", "ベトナム語", "埼玉県川口市芝中田2-14-7"),
        ("劉 佳慧", "liu.jiahui", "中国語", "東京都豊島区池袋本町2-27-5-402"),
        ("小野寺 マリセル", "onodera.m", "タガログ語", "千葉県船橋市本町6-3-18"),
        ("桐谷 エリカ", "kiritani.erika", "ポルトガル語", "静岡県浜松市中央区砂山町312-8"),
        ("宇佐美 恭子", "usami.k", "英語", "神奈川県横浜市鶴見区生麦4-11-3-205"),
        ("東海林 直人", "shoji.naoto", "スペイン語", "東京都江戸川区西葛西5-9-2-301"),
        ("ラマ ビノッド", "lama.binod", "ネパール語", "東京都新宿区大久保2-31-9-204"),
        ("四十物 浩二", "aimono.koji", "シンハラ語", "埼玉県川越市新富町1-22-4"),
        ("百目鬼 俊", "domeki.shun", "ベトナム語", "東京都足立区竹の塚6-4-9")], start=1):
    _rows59.append([f"HT-{i:04d}", n, lang, mobile(), f"{r}@gmail.com", a])
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["森下 智子 <t.morishita@hinode-sangyo.co.jp>", "tsuyaku-desk@hinode-sangyo.co.jp"],
  cc=["y.haneda@hinode-sangyo.co.jp"],
  subject="通訳人マスタ（最新版）",
  body=f"""各位

お疲れさまです。小倉です。
通訳人マスタを最新化しました。共有フォルダの旧版は削除してあります。
社外には出さないようにしてください（裁判所から求められた場合は私に相談を）。

小倉
""",
  attachments=[{"kind": "xlsx", "name": "通訳人マスタ_20260920.xlsx",
                "sheets": {"マスタ": _rows59}}],
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
  detectors=[],
  note="a list of nine interpreters, but every recipient is internal")

# 60 — internal: defendant's health discussed among staff
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["小倉 健吾 <k.ogura@hinode-sangyo.co.jp>"],
  subject="接見の件 ご相談",
  charset="iso-2022-jp",
  body="""小倉さん

お疲れさまです。森下です。
白川先生の案件の被疑者、アディカリ・ラムさんですが、てんかんの持病があり
接見中に発作が起きた場合の対応を通訳人から聞かれています。
留置係に事前に伝えておくべきか、先生に確認したほうがよいでしょうか。

森下
""",
  expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
  note="sensitive information about a named detainee, but the mail stays internal")

# 61 — reply to a court: the defendant's name is only in the quoted text
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["北武蔵地方裁判所 刑事第3部 <keiji3@kitamusashi-chisai.go.jp>"],
  subject="Re: 通訳人選任について（令和8年(わ)第902号）",
  charset="iso-2022-jp",
  body=f"""蓮見様

お世話になっております。日の出産業の森下です。
承知いたしました。第1回公判期日には、通訳人が9時30分に書記官室へ伺います。
起訴状の写しを事前にいただけますと幸いです。

{SIG_MORISHITA}

> 日の出産業株式会社 御中
>
> 北武蔵地方裁判所刑事第3部の書記官の蓮見です。
> 下記事件について、通訳人の選任をお願いします。
>
> 事件番号 令和8年(わ)第902号
> 被告人 DELA CRUZ, Jerome（デラクルス ジェローム）
> 罪名 覚醒剤取締法違反
> 言語 タガログ語
> 第1回公判期日 10月20日（火）午前10時 第201号法廷
""",
  expect="pass", entities=[], detectors=[],
  note="the defendant and charge appear only in the quoted court mail; the new text carries nothing")

# 62 — one interpreter's contact details to the court clerk
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第4部 <keiji4-shokikan@higashisagami-chisai.go.jp>"],
  subject="通訳人の当日連絡先（10/14 期日）",
  charset="iso-2022-jp",
  body=f"""東相模地方裁判所 刑事第4部
大迫様

お世話になっております。日の出産業 受付デスクです。
10月14日の期日の通訳人の当日連絡先をお知らせします。
開廷時刻の変更等がございましたら、直接ご連絡いただいて差し支えございません。

　通訳人：竹之内 ミン
　携帯：080-4471-9230
　メール：takenouchi.minh@gmail.com

{SIG_DESK}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="one person's contact details to an external recipient: may be warned, not held")

# 63 — court and law firm (two external organisations) in To/Cc
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第2部 <keiji2-shokikan@higashisagami-chisai.go.jp>"],
  cc=["大橋 誠 <ohashi@ohashi-bengoshi.jp>"],
  subject="令和8年(わ)第1290号 打合せ日程のご調整",
  charset="iso-2022-jp",
  body=f"""三国様
（cc: 大橋先生）

お世話になっております。日の出産業の小倉でございます。
標記事件の通訳体制に関する打合せにつき、大橋先生からご提案のあった
10月7日（水）16時からで、当社は差し支えございません。
書記官室に伺えばよろしいでしょうか。

{SIG_OGURA}
""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="two external organisations in To/Cc: a normal three-way scheduling mail")

# 64 — assignment to a freelance interpreter, case number only
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["kiritani.erika@yahoo.co.jp"],
  subject="【ご依頼】10/22 家裁 ポルトガル語",
  charset="iso-2022-jp",
  body=f"""桐谷さん

お疲れさまです。受付デスクです。
以下の案件をお願いできますでしょうか。

　日時：10月22日（木）14:00～（13:30集合）
　場所：東相模家庭裁判所 3階 少年部受付
　種別：少年審判（ポルトガル語）
　当社案件番号：HT-26-1178

事件の詳細は当日、調査官から説明があります。
可否を本日中にご返信ください。

{SIG_DESK}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="one free-mail recipient; no person named, only an internal job number")

# 65 — list of dispatch destinations (courts, police stations): businesses, not people
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["ポリグロットワークス 手配担当 <dispatch@polyglot-works.com>"],
  subject="派遣先一覧（代表番号）の送付",
  charset="cp932",
  body=f"""ポリグロットワークス
手配ご担当者様

お世話になっております。日の出産業の森下です。
再委託案件で通訳人の方が直接連絡を取る可能性のある派遣先の一覧です。
いずれも代表番号ですので、担当部署名をお伝えのうえお呼び出しください。

 派遣先                      代表電話        所在地
 --------------------------  --------------  ------------------------------
 東相模地方裁判所            046-200-1100    神奈川県東相模市本町1-1
 東相模家庭裁判所            046-200-1300    神奈川県東相模市本町1-3
 東相模地方検察庁            046-200-2100    神奈川県東相模市本町2-5
 東相模中央警察署            046-211-0110    神奈川県東相模市中央3-8-1
 東相模南警察署              046-277-0110    神奈川県東相模市南台5-2-10
 東相模拘置支所              046-200-4400    神奈川県東相模市本町4-12

{SIG_MORISHITA}
""",
  expect="pass", entities=[], detectors=[],
  note="a list of public offices with switchboards and office addresses: businesses, not people")

# 66 — price list PDF to a police accounting section
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["港南台警察署 会計課 <kaikei@police.pref-kanagawa-ken.lg.jp>"],
  subject="通訳料金表（令和8年10月改定）の送付",
  charset="iso-2022-jp",
  body=f"""港南台警察署 会計課 御中

いつもお世話になっております。日の出産業の佐野でございます。
10月1日から適用となる通訳料金表をお送りいたします。
単価契約の変更手続きについては、ご指示いただければ必要書類をご用意いたします。

{SIG_SANO}
""",
  attachments=[{"kind": "pdf", "name": "通訳料金表_R8.10.pdf",
                "lines": ["通訳料金表（令和8年10月1日改定）", "日の出産業株式会社 法廷通訳事業部", ""],
                "table": [["区分", "言語グループ", "基本（2時間まで）", "延長30分ごと"],
                          ["取調べ通訳", "A（英・中・韓）", "16,000円", "3,500円"],
                          ["取調べ通訳", "B（越・比・葡・西）", "18,000円", "4,000円"],
                          ["取調べ通訳", "C（希少言語）", "22,000円", "5,000円"],
                          ["夜間・休日加算", "全言語", "+25%", "+25%"],
                          ["交通費", "全言語", "実費", "-"]]}],
  expect="pass", entities=[], detectors=[],
  note="a price list PDF: no people, no marking")

# 67 — mail about an NDA with a freelance translator, blank pledge attached
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["nakagawa.translate@icloud.com"],
  subject="秘密保持誓約書のご提出のお願い",
  charset="iso-2022-jp",
  body=f"""中川様

はじめまして。日の出産業 翻訳課の羽田と申します。
このたびは翻訳者としてのご登録をいただき、ありがとうございます。

案件のご依頼に先立ち、秘密保持誓約書のご提出をお願いしております。
添付の書式にご署名のうえ、PDFでご返送いただけますでしょうか。
刑事事件の書類を扱うこともあるため、機密保持に関する条項を設けております。

{SIG_HANEDA}
""",
  attachments=[{"kind": "docx", "name": "秘密保持誓約書_書式.docx",
                "paragraphs": ["秘密保持誓約書",
                               "日の出産業株式会社 御中",
                               "私は、貴社から委託される翻訳業務に関し、次の事項を遵守することを誓約します。",
                               "第1条 業務上知り得た機密情報を第三者に開示しないこと。",
                               "第2条 業務終了後は、受領した資料を速やかに返却または消去すること。",
                               "第3条 本誓約は業務終了後も効力を有すること。",
                               "　　年　　月　　日　　氏名　　　　　　　　　　　印"]}],
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="mail about an NDA with a blank pledge form (機密 mentioned, not a marking); one free-mail recipient")

# 68 — English: rate enquiry to an overseas agency, with the standard disclaimer
M(sender="Haruka Nonomura <h.nonomura@hinode-sangyo.co.jp>",
  to=["Maria Lopes <mlopes@lisboa-linguistica.com>"],
  subject="Rates for remote Portuguese interpreting",
  body=f"""Dear Ms Lopes,

We are a Tokyo-based provider of court and police interpreting and occasionally need
remote Portuguese interpreting (video link) for short hearings.

Could you share your hourly rates for remote interpreting, your minimum booking and your
cancellation terms? We would also like to know whether your interpreters have experience
with criminal proceedings.

Many thanks,

{SIG_NONOMURA}
{DISC_EN}
""",
  expect="pass", entities=[], detectors=[],
  note="ordinary English enquiry; the standard confidentiality disclaimer is not a marking")

# 69 — anonymised translation sample for a training booklet
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["法廷通訳人協会 研修係 <kenshu@hotei-tsuyakujin.or.jp>"],
  subject="研修テキスト用の訳例（匿名化済み）",
  charset="cp932",
  body=f"""法廷通訳人協会 研修係 御中

お世話になっております。日の出産業の羽田です。
研修テキストに掲載する訳例をお送りします。
固有名詞・日付・地名はすべて置き換えております。

【原文（英語）】
I didn't know the bag had drugs in it. A man at the airport asked me to carry it.

【訳例】
私は、そのかばんに薬物が入っているとは知りませんでした。空港で男の人に運ぶよう頼まれたのです。

【解説】
被告人Aの供述では "drugs" は文脈上「違法薬物」を指すが、法廷では「薬物」と訳し、
評価を含む語（「麻薬」等）を避けた。被害者Bの証言部分との整合にも注意。

{SIG_HANEDA}
""",
  expect="pass", entities=[], detectors=[],
  note="anonymised example (被告人A, 被害者B, no names or dates): no identifiable person")

# 70 — interview schedule: interpreter names and time slots only
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["北総台警察署 刑事課 <keiji-hokusodai@police.pref-chiba.lg.jp>"],
  subject="来週の取調べ通訳 割当表",
  charset="iso-2022-jp",
  body=f"""北総台警察署 刑事課 御中

お世話になっております。日の出産業 受付デスクです。
来週分の割当を下記のとおりお知らせします。

 日付        時間          言語          通訳人
 ----------  ------------  ------------  --------------
 9/28(月)    10:00-12:00   シンハラ語    四十物
 9/29(火)    13:00-15:00   ベトナム語    百目鬼
 9/30(水)    13:30-16:00   シンハラ語    四十物
 10/1(木)    09:30-11:30   中国語        劉

変更がございましたら受付デスクまでご連絡ください。

{SIG_DESK}
""",
  expect="pass", entities=[], detectors=[],
  note="a schedule of interpreters' surnames and time slots: no personal data of anyone")

# 71 — courier tracking number for the originals
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["大橋 誠 <ohashi@ohashi-bengoshi.jp>"],
  cc=["青葉運輸 法人窓口 <hojin@aoba-unyu.co.jp>"],
  subject="翻訳証明書 原本発送のご連絡",
  charset="iso-2022-jp",
  body=f"""大橋先生

お世話になっております。日の出産業の羽田です。
翻訳証明書の原本（押印済み3通）を本日発送いたしました。

　配送：青葉運輸 宅配便（午前着指定）
　お問い合わせ番号：4402-7718-3095
　お届け予定：9月26日（土）午前中

念のため青葉運輸の法人窓口にもCCしております。

{SIG_HANEDA}
""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="tracking number and a shipment notice; two external organisations in To/Cc")

# 72 — EITHER: invoice with the defendant's initials and charge
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["楠法律事務所 <info@kusunoki-law.jp>"],
  subject="ご請求（9月分 接見通訳）",
  charset="iso-2022-jp",
  body=f"""楠法律事務所 御中

お世話になっております。日の出産業 経理課の石塚です。
9月分の接見通訳料をご請求申し上げます。

 日付   内容                                    金額
 -----  --------------------------------------  --------
 9/12   接見通訳（越）被疑者 N.V.T. 窃盗      19,800
 9/19   接見通訳（越）被疑者 N.V.T. 窃盗      19,800
 9/26   接見通訳（シンハラ）被疑者 P.N.K. 傷害  27,500
                                       合計     67,100

お振込先は従来どおりです。

{SIG_ISHIZUKA}
""",
  expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="suspects only by initials with their charges: identifiable to the lawyer, not to others")

# 73 — invoice PDF to the prosecutor's office with the T-number
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["東相模地方検察庁 会計課 <kaikei@higashisagami-kensatsu.go.jp>"],
  subject="請求書（翻訳料 9月分）",
  charset="iso-2022-jp",
  body=f"""東相模地方検察庁 会計課 御中

お世話になっております。日の出産業株式会社 経理課の石塚でございます。
9月分の翻訳料の請求書をお送りいたします。
ご査収のほど、よろしくお願いいたします。

{SIG_ISHIZUKA}
""",
  attachments=[{"kind": "pdf", "name": "請求書_INV-2609-0322.pdf",
                "lines": ["請求書", "東相模地方検察庁 御中", "",
                          "請求番号：INV-2609-0322　　発行日：2026年9月30日",
                          f"日の出産業株式会社　登録番号 {HINODE_T}",
                          "東京都中央区日本橋3-8-14 日の出ビル6F　TEL 03-5201-7700"],
                "table": [["品目", "数量", "単価", "金額"],
                          ["起訴状翻訳（日→越）", "4,200字", "15", "63,000"],
                          ["起訴状翻訳（日→ネパール）", "3,800字", "18", "68,400"],
                          ["消費税（10%）", "", "", "13,140"],
                          ["合計", "", "", "144,540"]]}],
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="invoice PDF with the company's T-number and office address; no people")

# 74 — four interpreters' contacts (under the list threshold) to the court
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第4部 <keiji4-shokikan@higashisagami-chisai.go.jp>"],
  subject="裁判員裁判（ネパール語）通訳人4名の連絡先",
  charset="iso-2022-jp",
  body=f"""大迫様

お世話になっております。日の出産業の森下です。
11月の裁判員裁判の通訳人（交代要員を含む4名）の連絡先をお知らせします。

・ラマ ビノッド　　{mobile()}　lama.binod@gmail.com
・タパ スマン　　　{mobile()}　thapa.suman@yahoo.co.jp
・グルン ラクシュミ　{mobile()}　gurung.laxmi@outlook.jp
・三枝 プリヤ　　　{mobile()}　saegusa.priya@gmail.com

{SIG_MORISHITA}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["personal_data"],
  note="four people's contacts: below the five-person list threshold, may be warned")

# 75 — job-code list for billing (looks like a list, holds no people)
_rows75 = "\n".join(
    f"HT-26-{c}\t{lang}\t{kind}\t{h}h"
    for c, lang, kind, h in [(1102, "中国語", "接見", 1.5), (1115, "ベトナム語", "接見", 2.0),
                             (1121, "中国語", "翻訳立会", 3.0), (1134, "ネパール語", "接見", 1.0),
                             (1140, "タガログ語", "公判", 3.0), (1152, "中国語", "接見", 1.5),
                             (1163, "ベトナム語", "公判", 4.0)])
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["榊総合法律事務所 事務局 <jimukyoku@sakaki-sogo-law.jp>"],
  subject="Re: 9月分の明細について",
  body=f"""ご担当者様

お世話になっております。日の出産業の石塚です。
明細の内訳をお送りします（当社案件コード・言語・種別・時間）。

案件コード\t言語\t種別\t時間
{_rows75}

各案件コードと事件の対応は、先生方にお渡ししている受任票に記載しております。

{SIG_ISHIZUKA}
""",
  expect="pass", entities=[], detectors=[],
  note="job codes, languages and hours only: looks like a list but carries no person")

# 76 — HTML newsletter to interpreters, all in Bcc
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["tsuyaku-desk@hinode-sangyo.co.jp"],
  bcc=["takenouchi.minh@gmail.com", "liu.jiahui@yahoo.co.jp", "onodera.m@outlook.jp",
       "kiritani.erika@yahoo.co.jp", "usami.k@gmail.com", "shoji.naoto@icloud.com",
       "lama.binod@gmail.com", "aimono.koji@gmail.com"],
  subject="【日の出通訳ニュース】10月号",
  html="""<html><body>
<h2 style="color:#c60">日の出通訳ニュース 10月号</h2>
<p>登録通訳人の皆さま、いつもありがとうございます。</p>
<ul>
<li><b>料金改定</b>：10月1日から、夜間・休日の加算率が25%になりました。</li>
<li><b>研修</b>：10月24日（土）フォローアップ研修（会場：日本橋本社 6F）。申込は受付デスクまで。</li>
<li><b>スケジューラ</b>：スマートフォンから稼働可能日を登録できるようになりました。</li>
<li><b>お願い</b>：案件の資料は、期日終了後に必ずご返却ください。</li>
</ul>
<p>日の出産業株式会社 法廷通訳受付デスク<br>TEL 03-5201-7730</p>
</body></html>""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="newsletter with every private recipient in Bcc: nobody sees anyone; free-mail recipients")

# 77 — "機密" only mentioned in running text
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第4部 <keiji4-shokikan@higashisagami-chisai.go.jp>"],
  subject="裁判員裁判 通訳人用資料の取扱いについて",
  charset="iso-2022-jp",
  body=f"""大迫様

お世話になっております。日の出産業の小倉でございます。
先日ご相談した通訳人用の事前資料の件、当社の運用をご説明いたします。

・資料は紙で通訳人に手渡しし、電子データでは配布しません
・機密保持の観点から、資料は各期日の終了時に当社担当者が回収します
・回収した資料は当社で保管し、判決確定後にシュレッダー処理します

この運用でよろしければ、資料のご交付をお願いいたします。

{SIG_OGURA}
""",
  expect="pass", entities=[], detectors=[],
  note="機密 is only mentioned in running text, not a marking; no people")

# 78 — hotel branches (business list) for a corporate-rate contract
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["さくらホテル 法人営業部 <hojin@sakura-hotel.jp>"],
  subject="法人契約料金の対象店舗について",
  charset="cp932",
  body=f"""さくらホテル 法人営業部
ご担当者様

いつもお世話になっております。日の出産業の佐野でございます。
来年度の法人契約につき、通訳人の出張で利用の多い下記店舗を対象に
していただけますでしょうか。

・さくらホテル浜松駅前　　　静岡県浜松市中央区旭町11-2　　TEL 053-450-3390
・さくらホテル豊橋　　　　　愛知県豊橋市駅前大通2-18　　 TEL 0532-52-7711
・さくらホテル伊勢崎　　　　群馬県伊勢崎市大手町9-5　　　TEL 0270-21-4466
・さくらホテル水戸南口　　　茨城県水戸市宮町1-7-30　　　 TEL 029-225-1818
・さくらホテル太田　　　　　群馬県太田市東本町24-9　　　 TEL 0276-45-2200

年間利用見込みは、合計で約180泊です。

{SIG_SANO}
""",
  expect="pass", entities=[], detectors=[],
  note="a list of hotel branches with addresses and phones: businesses, not people")

# 79 — reply; the court's list of five interpreters is only in the quoted original
_q79 = "\n".join(f"{n}　{mobile()}" for n in
                 ["竹之内 ミン", "百目鬼 俊", "熊谷 チャン", "劉 佳慧", "周 麗娜"])
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["北武蔵地方裁判所 刑事訟廷 <keiji-sotei@kitamusashi-chisai.go.jp>"],
  subject="RE: 登録通訳人の連絡先確認",
  charset="cp932",
  body=f"""刑事訟廷管理官室 ご担当者様

お世話になっております。日の出産業 受付デスクです。
ご照会の5名について確認いたしました。いずれも記載の連絡先で相違ございません。

{SIG_DESK}

-----Original Message-----
From: 北武蔵地方裁判所 刑事訟廷 <keiji-sotei@kitamusashi-chisai.go.jp>
Sent: Tuesday, September 22, 2026 11:05 AM
To: tsuyaku-desk@hinode-sangyo.co.jp
Subject: 登録通訳人の連絡先確認

日の出産業 御中

当庁名簿に登載の下記通訳人について、連絡先に変更がないかご確認ください。

{_q79}

刑事訟廷管理官室
""",
  expect="pass", entities=[], detectors=[],
  note="the five-person list is only in the quoted original the court itself sent; new text is a short reply")

# 80 — fee notice to many law firms, all in Bcc
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["佐野 隆之 <t.sano@hinode-sangyo.co.jp>"],
  bcc=["info@kusunoki-law.jp", "jimukyoku@sakaki-sogo-law.jp", "keiri@shirakawa-law.jp",
       "ohashi@ohashi-bengoshi.jp", "office@midorigaoka-law.com", "info@kotobuki-sogo-law.jp"],
  subject="接見通訳料金改定のお知らせ（2026年10月1日適用）",
  charset="iso-2022-jp",
  body=f"""法律事務所各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 法廷通訳事業部でございます。

通訳人の確保が難しくなっている状況を踏まえ、2026年10月1日より、
夜間（20時以降）および土日祝日の接見通訳につき、加算率を20%から25%に
改定させていただくこととなりました。基本料金に変更はございません。

何卒ご理解賜りますよう、お願い申し上げます。

{SIG_SANO}
""",
  expect="pass", entities=[], detectors=[],
  note="announcement to several law firms, all in Bcc: no one sees another recipient")

# 81 — recruiting interpreters via a university career centre
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東海学院大学 キャリアセンター <career@tokai-gakuin.ac.jp>"],
  subject="求人票送付：司法通訳コーディネーター（新卒）",
  charset="iso-2022-jp",
  body=f"""東海学院大学 キャリアセンター
ご担当者様

お世話になっております。日の出産業株式会社 法廷通訳事業部の小倉と申します。
2027年度新卒の求人票をお送りいたします。
外国語専攻の学生の皆さまに、学内掲示等でご紹介いただけますと幸いです。

 職種：司法通訳コーディネーター
 勤務地：東京都中央区（本社）
 初任給：月給 245,000円
 応募締切：2026年11月30日

{SIG_OGURA}
""",
  attachments=[{"kind": "pdf", "name": "求人票_2027新卒.pdf",
                "lines": ["求人票（2027年度新卒）", "日の出産業株式会社",
                          "職種：司法通訳コーディネーター",
                          "仕事内容：裁判所・警察・法律事務所からの通訳依頼の受付と手配",
                          "応募資格：英語以外の外国語を一つ以上、日常会話以上",
                          "選考：書類選考 → 面接2回"]}],
  expect="pass", entities=[], detectors=[],
  note="a job posting: company information only")

# 82 — seminar announcement with the lecturer's business profile
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["法廷通訳人協会 事務局 <jimukyoku@hotei-tsuyakujin.or.jp>"],
  subject="共催セミナー「取調べ可視化と通訳」講師プロフィール",
  charset="iso-2022-jp",
  body=f"""法廷通訳人協会 事務局 御中

お世話になっております。日の出産業の小倉です。
11月の共催セミナーの講師プロフィールをお送りします。告知文にご利用ください。

講師：白川 修一（弁護士・白川法律事務所 代表）
東相模弁護士会所属。刑事弁護を中心に、外国人事件を多数担当。
著書『外国人刑事弁護の実務』ほか。
連絡先（事務所）：03-6805-2210

{SIG_OGURA}
""",
  expect="pass", entities=[], detectors=[],
  note="one lecturer's professional profile with his office number: a business contact")

# 83 — payment notice to the interpreter herself, her own bank account
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["liu.jiahui@yahoo.co.jp"],
  subject="9月分 通訳料お振込みのご案内",
  charset="iso-2022-jp",
  body=f"""劉 佳慧 様

いつもお世話になっております。日の出産業 経理課の石塚です。
9月分の通訳料を下記のとおりお振込みいたしますので、ご確認ください。

　お振込日：2026年9月30日
　お振込先：ゆうちょ銀行 〇一八支店 普通 6620184 リユウ カケイ
　お振込額：143,550円（源泉徴収後）

明細はスケジューラの「支払」メニューからご覧いただけます。

{SIG_ISHIZUKA}
""",
  expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
  detectors=["personal_data", "freemail_recipient"],
  note="one person's own bank account sent to herself on free mail: may be warned, not held")

# 84 — EITHER: case number, charge and detention but no name
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第2部 <keiji2-shokikan@higashisagami-chisai.go.jp>"],
  subject="令和8年(わ)第1290号 通訳人の事前準備について",
  charset="iso-2022-jp",
  body=f"""三国様

お世話になっております。日の出産業の森下です。
標記事件（強盗致傷、被告人は現在勾留中）につき、通訳人が事前に証拠の要旨を
確認できるか、ご教示いただけますでしょうか。
被告人の母語はネパール語東部方言とのことで、用語の準備に時間を要するためです。

{SIG_MORISHITA}
""",
  expect="either", entities=[], detectors=[],
  note="charge and detention tied to a case number but no name: identifiable only via court records")

# 85 — printing quote for the interpreters' handbook
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
  subject="『司法通訳ハンドブック』第3版 印刷のお見積り依頼",
  charset="iso-2022-jp",
  body=f"""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の佐野でございます。
登録通訳人向けハンドブックの改訂版の印刷をお願いしたく、お見積りをお願いいたします。

 仕様：A5判 無線綴じ 本文128ページ（1色）、表紙4色
 部数：300部／500部 の2パターン
 入稿：10月20日（PDF入稿）
 納品：11月10日 本社（日本橋）へ一括

{SIG_SANO}
""",
  expect="pass", entities=[], detectors=[],
  note="ordinary printing quote request")

# 86 — English: travel arrangements for one overseas interpreter
M(sender="Haruka Nonomura <h.nonomura@hinode-sangyo.co.jp>",
  to=["Ana Ferreira <ana@ferreira-interpreting.com>"],
  subject="Your trip to Hamamatsu - itinerary",
  body=f"""Dear Ana,

Thank you again for agreeing to support the Portuguese interpreting team next month.
Here is your itinerary:

  12 Oct  Tokyo Station 15:33 -> Hamamatsu 17:02 (Hikari 517), car 7
  12-15 Oct  Sakura Hotel Hamamatsu Ekimae (booked under Hinode Sangyo)
  13-15 Oct  Hearings at 10:00, please be at the court by 9:30

I will meet you at the hotel lobby at 8:50 on the 13th.

Best regards,

{SIG_NONOMURA}
""",
  expect="pass", entities=[], detectors=[],
  note="travel itinerary for one business contact: no identifiers or sensitive data")

# 87 — internal forward of a police request with the suspect's passport number
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["森下 智子 <t.morishita@hinode-sangyo.co.jp>"],
  subject="FW: 通訳人派遣依頼（ベンガル語）",
  charset="iso-2022-jp",
  body="""森下さん

受付デスクの杉浦です。夜間に届いた依頼です。ベンガル語の登録者が1名しかいないため、
再委託の判断をお願いします。

---------- Forwarded message ---------
From: 北総台警察署 刑事課 <keiji-hokusodai@police.pref-chiba.lg.jp>
Subject: 通訳人派遣依頼（ベンガル語）

被疑者 RAHMAN Md Shafiqul
旅券番号 BX0417263（バングラデシュ）
生年月日 1992年3月3日
被疑事実 大麻取締法違反（所持）
取調べ希望日 9月27日（日）終日
""",
  expect="pass",
  entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=[],
  note="suspect's passport, DOB and charge forwarded, but only to an internal colleague")

# 88 — glossary CSV to a freelance translator
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["amakasu.lucia@yahoo.co.jp"],
  subject="用語集（葡語）の更新版です",
  body=f"""甘粕さん

お疲れさまです。羽田です。
ポルトガル語の用語集を更新しました。今回の翻訳（TR-26-0890）では
この訳語でお願いします。

{SIG_HANEDA}
""",
  attachments=[{"kind": "csv", "name": "glossary_pt_ja_v7.csv", "encoding": "utf-8",
                "rows": [["日本語", "português", "備考"],
                         ["執行猶予", "suspensão condicional da pena", ""],
                         ["保護観察", "liberdade vigiada", "BR式"],
                         ["罰金", "multa", ""],
                         ["示談", "acordo extrajudicial", "文脈により conciliação"],
                         ["被害届", "boletim de ocorrência", "BR式"],
                         ["在留資格", "status de residência", ""]]}],
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="glossary terms only; one free-mail recipient")

# 89 — recruitment guidelines PDF to an international association
M(sender="通訳受付デスク <tsuyaku-desk@hinode-sangyo.co.jp>",
  to=["東相模市国際交流協会 <info@higashisagami-kokusai.or.jp>"],
  subject="司法通訳人 募集要項の掲示のお願い",
  charset="cp932",
  body=f"""東相模市国際交流協会 御中

お世話になっております。日の出産業 法廷通訳受付デスクです。
ネパール語・ベンガル語・シンハラ語の司法通訳人を募集しております。
貴協会の掲示板やメールマガジンでご紹介いただけますと幸いです。

{SIG_DESK}
""",
  attachments=[{"kind": "pdf", "name": "司法通訳人募集要項_2026秋.pdf",
                "lines": ["司法通訳人 募集要項（2026年秋）",
                          "募集言語：ネパール語、ベンガル語、シンハラ語",
                          "業務：警察・検察での取調べ通訳、弁護人接見通訳、公判通訳",
                          "報酬：1時間 9,000円～（言語・時間帯による）",
                          "応募：履歴書を受付デスクへメールでお送りください",
                          "説明会：10月17日（土）14:00 日の出産業本社"]}],
  expect="pass", entities=[], detectors=[],
  note="recruitment guidelines: no people")

# 90 — reply "On … wrote:"; new text is about billing, the name is in the quote
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["大橋 誠 <ohashi@ohashi-bengoshi.jp>"],
  subject="Re: 保釈関係の翻訳費用について",
  body=f"""大橋先生

お世話になっております。日の出産業 経理の石塚です。
ご質問の件、旅券と在職証明書の翻訳は同一請求書にまとめ、10月末締めでご請求いたします。
法テラスの基準でのご請求をご希望の場合は、その旨お知らせください。

{SIG_ISHIZUKA}

On Thu, Sep 24, 2026 at 10:12 AM 大橋 誠 <ohashi@ohashi-bengoshi.jp> wrote:
> 石塚様
> 被告人 PHAM MINH DUC の保釈関係で翻訳をお願いした2件ですが、
> 請求は別々になりますか。依頼者の家族が負担するため、まとめていただけると助かります。
> 大橋
""",
  expect="pass", entities=[], detectors=[],
  note="the defendant's name is only in the quoted mail; the new text is about billing")

# 91 — internal: a document stamped 社外秘
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["法廷通訳事業部 全員 <hoteitsuyaku-all@hinode-sangyo.co.jp>"],
  subject="【社外秘】来期の事業計画（案）",
  charset="iso-2022-jp",
  body="""各位

お疲れさまです。小倉です。
来期の事業計画（案）を添付します。金曜の部会までに目を通しておいてください。
社外秘ですので、転送は控えてください。

小倉
""",
  attachments=[{"kind": "pdf", "name": "事業計画案_2027.pdf", "page_header": "社外秘",
                "lines": ["【社外秘】2027年度 法廷通訳事業部 事業計画（案）",
                          "1. 希少言語の登録通訳人を30名増員",
                          "2. 遠隔通訳（ビデオリンク）サービスの開始",
                          "3. 売上目標 4.2億円（前年比 +12%）"]}],
  expect="pass", entities=[], detectors=[],
  note="社外秘 document, but every recipient is internal")

# 92 — English: only the standard disclaimer says "confidential"
M(sender="Kevin Ashford <k.ashford@hinode-sangyo.co.jp>",
  to=["Daniel Wexler <d.wexler@harbor-legal.com>"],
  subject="Re: Certified translation - delivery date",
  body=f"""Dear Mr Wexler,

Thank you for your message. The certified translation for your matter ref. HL-2026-0418
will be ready on Tuesday 29 September. We will send the signed certificate by courier
the same day.

Our invoice will follow at the end of the month.

Kind regards,

{SIG_ASHFORD}
{DISC_EN}
""",
  expect="pass", entities=[], detectors=[],
  note="confidentiality only in the standard disclaimer; a matter reference is not personal data")

# 93 — aggregate statistics to the bar association
M(sender="小倉 健吾 <k.ogura@hinode-sangyo.co.jp>",
  to=["東相模弁護士会 刑事弁護委員会 <keiji-iinkai@higashisagami-ben.or.jp>"],
  subject="接見通訳の言語別実績（2026年1月～8月）",
  charset="iso-2022-jp",
  body=f"""東相模弁護士会 刑事弁護委員会 御中

お世話になっております。日の出産業の小倉でございます。
ご依頼のありました、当社の接見通訳の言語別実績（件数）をお送りいたします。

 言語            件数    前年同期
 --------------  ------  --------
 ベトナム語         214       187
 中国語             162       171
 ネパール語          88        61
 タガログ語          57        49
 ポルトガル語        41        44
 シンハラ語          29        12
 その他（14言語）    73        66
 --------------  ------  --------
 合計               664       590

ネパール語・シンハラ語の増加が目立っております。

{SIG_OGURA}
""",
  expect="pass", entities=[], detectors=[],
  note="aggregate counts by language: no person")

# 94 — handover of the company's contact person (one business contact)
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["楠 浩平 <kusunoki@kusunoki-law.jp>"],
  subject="担当者変更のご挨拶",
  charset="iso-2022-jp",
  body=f"""楠先生

いつも大変お世話になっております。日の出産業の佐野でございます。
10月1日付の人事異動により、貴事務所の担当を下記の者に引き継ぐこととなりました。

　後任：野々村 遥（法廷通訳事業部 プロジェクトコーディネーター）
　直通：03-5201-7734
　メール：h.nonomura@hinode-sangyo.co.jp

在任中は格別のご厚情を賜り、誠にありがとうございました。
引き続き変わらぬお引き立てのほど、よろしくお願い申し上げます。

{SIG_SANO}
""",
  expect="pass", entities=[], detectors=[],
  note="one staff member's business contact details: a business contact, not personal data to flag")

# 95 — meeting minutes with three attendees' mobile numbers
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["法廷通訳人協会 事務局 <jimukyoku@hotei-tsuyakujin.or.jp>"],
  subject="9/18 連絡会 議事メモ",
  body=f"""法廷通訳人協会 事務局 御中

お世話になっております。日の出産業の森下です。
9月18日の連絡会の議事メモをお送りします。

■出席（当社）
　森下 智子（当日連絡先 {mobile()}）
　小倉 健吾（当日連絡先 080-3318-2207）
■出席（登録通訳人代表）
　東海林 直人（当日連絡先 {mobile()}）

■議題
1. 夜間接見の当番制について → 11月から試行
2. 研修受講料の負担割合 → 次回継続審議
3. 用語集の共有方法 → クラウドで共有する方向

以上

{SIG_MORISHITA}
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="three attendees with mobile numbers: a short list below the threshold, may be warned")

# 96 — private customer: quote for translating her family register
M(sender="羽田 由美 <y.haneda@hinode-sangyo.co.jp>",
  to=["yoshikawa.mariko.0412@icloud.com"],
  subject="戸籍謄本の英訳 お見積り",
  charset="iso-2022-jp",
  body=f"""吉川 真理子 様

このたびはお問い合わせいただき、ありがとうございます。
日の出産業 翻訳課の羽田でございます。

戸籍謄本（3ページ）の英訳につきまして、下記のとおりお見積りいたします。

　翻訳料：3ページ × 5,500円 ＝ 16,500円（税込）
　翻訳証明書：1通 3,300円（税込）
　納期：原本の写しをお受け取りしてから4営業日

ご依頼の際は、スキャンしたPDFをこのメールへの返信でお送りください。

{SIG_HANEDA}
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="a quote to one private customer (free mail); her name in the salutation only")

# 97 — menu translation order for a partner food company
M(sender="佐野 隆之 <t.sano@hinode-sangyo.co.jp>",
  to=["北国フーズ 販売促進部 <hansoku@kitaguni-foods.co.jp>"],
  subject="ご発注ありがとうございます（商品カタログ英訳）",
  charset="cp932",
  body=f"""北国フーズ株式会社
販売促進部 ご担当者様

いつもお世話になっております。日の出産業の佐野です。
商品カタログの英訳、ご発注を承りました。対象は以下の12品目です。

 KF-1021 北海道ポテトグラタン     KF-1022 帆立クリームコロッケ
 KF-1030 鮭といくらの親子丼の素   KF-1031 ジンギスカンたれ
 KF-1045 とうきびスープ           KF-1046 かぼちゃポタージュ
 KF-1050 ほっけ一夜干し           KF-1051 にしん甘露煮
 KF-1062 バターサンドクッキー     KF-1063 ハスカップゼリー
 KF-1070 ラーメンスープ（味噌）   KF-1071 ラーメンスープ（塩）

納期は10月9日（金）を予定しております。

{SIG_SANO}
""",
  expect="pass", entities=[], detectors=[],
  note="product codes and names in an order acknowledgment: no people")

# 98 — reply to an interpreter; her bank details are only in the quoted original
M(sender="石塚 まどか <m.ishizuka@hinode-sangyo.co.jp>",
  to=["onodera-maricel@docomo.ne.jp"],
  subject="Re: 請求書と振込先の件",
  charset="iso-2022-jp",
  body=f"""小野寺様

お世話になっております。日の出産業 経理の石塚です。
請求書を受領いたしました。振込先の変更も承知しました。10月分から反映いたします。

石塚

差出人: 小野寺 マリセル <onodera-maricel@docomo.ne.jp>
送信日時: 2026年9月23日 21:40
宛先: m.ishizuka@hinode-sangyo.co.jp
件名: 請求書と振込先の件

石塚さん
9月分の請求書を送ります。
あと、振込先を変更したいです。
みどり銀行 船橋支店 普通 5531907 オノデラ マリセル
よろしくお願いします。
""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="the bank account is only in the quoted mail from the recipient herself; one carrier-mail recipient")

# 99 — EITHER: five interpreters with names and languages only
M(sender="森下 智子 <t.morishita@hinode-sangyo.co.jp>",
  to=["東相模地方裁判所 刑事第4部 <keiji4-shokikan@higashisagami-chisai.go.jp>"],
  subject="11月 ベトナム語・ネパール語の対応可能通訳人",
  charset="iso-2022-jp",
  body=f"""大迫様

お世話になっております。日の出産業の森下です。
11月に対応可能な通訳人をお知らせします（いずれも貴庁名簿に登載済み）。

　竹之内 ミン（ベトナム語）
　百目鬼 俊（ベトナム語）
　熊谷 チャン（ベトナム語）
　ラマ ビノッド（ネパール語）
　三枝 プリヤ（ネパール語）

選任のご希望がございましたら、お知らせください。

{SIG_MORISHITA}
""",
  expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
  note="five names with only their working language: a roster of professionals or a list of people")

# 100 — English glossary in which "Confidential" is a term, not a marking
M(sender="Kevin Ashford <k.ashford@hinode-sangyo.co.jp>",
  to=["Daniel Wexler <d.wexler@harbor-legal.com>"],
  subject="Glossary for the distribution agreement (EN/JA)",
  body=f"""Dear Mr Wexler,

As promised, here is the short glossary we will use for the agreement. Let me know if
your client prefers different renderings.

  Confidential Information   秘密情報
  Disclosing Party           開示当事者
  Receiving Party            受領当事者
  Governing Law              準拠法
  Exclusive Jurisdiction     専属的合意管轄
  Force Majeure              不可抗力
  Indemnification            補償

Kind regards,

{SIG_ASHFORD}
""",
  expect="pass", entities=[], detectors=[],
  note="'Confidential Information' is a glossary term, not a classification of the mail")

# -- ids ---------------------------------------------------------------------------------
assert len(MESSAGES) == 100, len(MESSAGES)
for _i, _m in enumerate(MESSAGES, start=1):
    _m["id"] = f"{AREA}-{_i:03d}"
