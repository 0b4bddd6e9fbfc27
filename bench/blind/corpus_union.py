"""Blind corpus — 日の出産業労働組合・共済会 (union and mutual-aid society) mail.

Written from bench/blind/BRIEF.md only.  Senders are the union office, the 共済会 (mutual-aid
society) secretariat and union officers, all on hinode-sangyo.co.jp (some on the internal
subdomain union.hinode-sangyo.co.jp).  Every person, number and address is invented.
"""

from __future__ import annotations

import random

from build import card_number, my_number


def _corp_number(seed: int) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    rng = random.Random(f"union-corp-{seed}")
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = 0
    for n in range(1, 13):  # n-th digit from the right of the 12
        total += base[12 - n] * (1 if n % 2 else 2)
    check = 9 - total % 9
    return str(check) + "".join(map(str, base))


def _my_number_ok(s: str) -> bool:
    body = [int(c) for c in s[:11]]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def _not_my_number(seed: int) -> str:
    """12 digits that are NOT a valid My Number (policy / receipt numbers)."""
    rng = random.Random(f"union-fake12-{seed}")
    while True:
        s = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(11))
        if not _my_number_ok(s):
            return s


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _not_card(seed: int) -> str:
    """16 digits that fail Luhn (払込番号 etc.)."""
    rng = random.Random(f"union-fake16-{seed}")
    while True:
        s = "".join(str(rng.randrange(10)) for _ in range(16))
        if not _luhn_ok(s):
            return s


def _fw(s: str) -> str:
    """ASCII digits and hyphens to full width, as some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


# ---- a few stock signatures (each used with variations) -------------------------------

SIG_KYOSAI = """――――――――――――――――――――――
日の出産業労働組合 共済会事務局
北川 由紀子（きたがわ ゆきこ）
〒330-0854 埼玉県さいたま市大宮区桜木町2-7-15 日の出産業本社ビル5F
TEL 048-641-5520（内線 5581）  FAX 048-641-5529
kyosai@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_SHOKICHO = """--
日の出産業労働組合 中央本部 書記長
森永 拓真  Takuma Morinaga
〒330-0854 さいたま市大宮区桜木町2-7-15
TEL: 048-641-5520 / 携帯: 080-3318-7705（組合貸与）
t.morinaga@hinode-sangyo.co.jp"""

SIG_SHOKI = """*************************************
日の出産業労働組合 本部書記
平井 朋美
TEL 048-641-5521 FAX 048-641-5529
kumiai@hinode-sangyo.co.jp
*************************************"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""


# ---- deterministic fictional member rows for the longer attachments -----------------

_SURNAMES = ["相葉", "飯塚", "石黒", "宇佐美", "江頭", "大槻", "柏木", "金城", "久保寺", "小野寺",
             "榊原", "塩見", "菅沼", "関根", "高萩", "辻村", "手塚", "徳永", "中曽根", "野々村",
             "萩原", "比嘉", "藤巻", "堀之内", "真壁", "三浦", "村越", "望月", "矢作", "湯浅",
             "吉良", "若狭", "四方田", "勅使河原", "東海林", "百目鬼"]
_GIVEN = ["健一", "美穂", "翔", "陽菜", "大輔", "さくら", "拓海", "由香", "誠", "千尋", "隆志",
          "彩花", "浩二", "真央", "亮介", "恵美", "一輝", "奈々", "修平", "玲子", "悠斗", "舞",
          "剛", "友美", "智也", "香織"]
_BRANCHES = ["本社支部", "大宮支部", "太田工場支部", "富士工場支部", "物流センター支部"]


def _members(seed: int, n: int) -> list[tuple[str, str, str, str]]:
    """(組合員番号, 氏名, 支部, 携帯) rows."""
    rng = random.Random(f"union-members-{seed}")
    out = []
    used = set()
    while len(out) < n:
        name = rng.choice(_SURNAMES) + " " + rng.choice(_GIVEN)
        if name in used:
            continue
        used.add(name)
        num = f"HU{rng.randrange(10000, 99999)}"
        tel = f"0{rng.choice(['80', '90', '70'])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        out.append((num, name, rng.choice(_BRANCHES), tel))
    return out


MESSAGES: list[dict] = []

# =====================================================================================
# STOP — lists of people
# =====================================================================================

MESSAGES += [
    {
        "id": "union-001",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "日の出産業労働組合 共済会 <kyosai@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 為替係 <kawase-omiya@minato-rokin.or.jp>"],
        "subject": "【振込依頼】共済会 慶弔給付金 3月度分",
        "body": """湊労働金庫 大宮支店
為替ご担当 様

いつも大変お世話になっております。
日の出産業労働組合 共済会事務局の北川でございます。

3月度の慶弔給付金につきまして、下記のとおり振込をお願いいたします。
振込指定日は3月25日（火）、原資は共済会名義の普通預金からの引落しでお願いします。

区分      氏名            金融機関・支店          種別  口座番号   金額
--------  --------------  ----------------------  ----  ---------  --------
結婚祝金  浅野 健太郎     湊労金 大宮支店         普通  4417829    30,000
出産祝金  寺西 美咲       みどり銀行 与野支店     普通  2086513    20,000
出産祝金  御子柴 亮       湊労金 上尾支店         普通  5530274    20,000
弔慰金    栗林 隆之       埼玉中央信金 本店       普通  0916648    50,000
弔慰金    日下部 恵子     みどり銀行 浦和支店     普通  3372901    30,000
結婚祝金  四十物 諒       湊労金 熊谷支店         普通  6120458    30,000
------------------------------------------------------------------------------
合計 6件  180,000円

振込手数料は従来どおり共済会負担でお願いいたします。
ご不明な点がございましたら、下記までご連絡ください。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six members' names with their bank accounts (padded table) sent to the labour bank",
    },
    {
        "id": "union-002",
        "expect": "stop",
        "charset": "cp932",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["全化成連合 組織局 <soshiki@zenkasei-rengo.or.jp>"],
        "cc": ["佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>"],
        "subject": "第62期 役員体制のご報告（日の出産業労組）",
        "body": "全日本化成産業労働組合連合会\n組織局 御中\n\n"
                "平素より格別のご指導を賜り、厚く御礼申し上げます。\n"
                "日の出産業労働組合の森永です。\n\n"
                "先日の第62回定期大会にて新役員が選出されましたので、ご報告いたします。\n"
                "連合会の役員名簿登録用に、自宅連絡先も併記しております（エクセルから貼り付けています）。\n\n"
                "役職\t氏名\t所属支部\t自宅住所\t携帯電話\t個人メール\n"
                "執行委員長\t佐伯 和弘\t本社支部\t埼玉県さいたま市見沼区東大宮4-18-3\t090-2274-6618\tk.saeki.home@gmail.com\n"
                "副執行委員長\t大迫 剛\t太田工場支部\t群馬県太田市飯田町1125-7\t080-5561-0392\tosako.tsuyoshi@yahoo.co.jp\n"
                "書記長\t森永 拓真\t本社支部\t埼玉県上尾市柏座2-9-14-305\t080-3318-7705\tmorinaga.t@icloud.com\n"
                "会計\t宇野 真理子\t大宮支部\t埼玉県さいたま市北区日進町3-402-11\t090-8840-1276\tmariko.uno@outlook.jp\n"
                "執行委員\t石渡 健吾\t富士工場支部\t静岡県富士市永田町2-31-6\t070-1829-4450\tishiwata.k@docomo.ne.jp\n"
                "執行委員\t三宅 沙織\t物流センター支部\t埼玉県川口市領家5-7-22\t090-3327-5914\tsaori-m@ezweb.ne.jp\n"
                "会計監査\t根本 隆\t大宮支部\t埼玉県蕨市中央6-14-2\t080-6635-2187\tnemoto.t1968@gmail.com\n\n"
                "任期は本年9月1日から2年間です。\n"
                "ご査収のほどよろしくお願いいたします。\n\n" + SIG_SHOKICHO,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "seven officers' home addresses, mobiles and private e-mails (tab-separated) to the federation",
    },
    {
        "id": "union-003",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大宮 宴会予約 <banquet-omiya@sakura-hotel.jp>"],
        "subject": "定期大会 宿泊者名簿の送付（日の出産業労働組合）",
        "body": """さくらホテル大宮
宴会予約ご担当 小西様

お世話になっております。日の出産業労働組合の平井です。
8月30日（土）〜31日（日）の第63回定期大会につきまして、
宿泊される代議員の名簿を添付いたします。

・シングル 10室、ツイン 1室（女性2名）でお願いします
・到着が21時を過ぎる方が2名おります（名簿の備考欄をご覧ください）

部屋割りが決まりましたらご連絡いただけますと幸いです。

""" + SIG_SHOKI,
        "attachments": [{
            "kind": "csv", "name": "定期大会_宿泊者名簿.csv", "encoding": "cp932",
            "rows": [
                ["No", "氏名", "フリガナ", "性別", "支部", "携帯電話", "到着予定", "備考"],
                ["1", "大迫 剛", "オオサコ ツヨシ", "男", "太田工場支部", "080-5561-0392", "15:00", ""],
                ["2", "石渡 健吾", "イシワタ ケンゴ", "男", "富士工場支部", "070-1829-4450", "16:30", "喫煙"],
                ["3", "三宅 沙織", "ミヤケ サオリ", "女", "物流センター支部", "090-3327-5914", "15:00", "ツイン"],
                ["4", "門脇 菜々子", "カドワキ ナナコ", "女", "物流センター支部", "090-7713-0248", "15:00", "ツイン"],
                ["5", "百目鬼 譲", "ドウメキ ユズル", "男", "太田工場支部", "080-2290-6631", "21:30", "遅着"],
                ["6", "一円 康平", "イチエン コウヘイ", "男", "富士工場支部", "090-5126-8807", "21:45", "遅着"],
                ["7", "東海林 聡", "ショウジ サトシ", "男", "大宮支部", "080-4478-1953", "17:00", ""],
                ["8", "勅使河原 修", "テシガワラ オサム", "男", "本社支部", "090-6034-2219", "15:30", ""],
                ["9", "我孫子 誠司", "アビコ セイジ", "男", "太田工場支部", "070-3392-5510", "16:00", "禁煙"],
                ["10", "鰐淵 航", "ワニブチ ワタル", "男", "富士工場支部", "080-7761-4406", "18:00", ""],
                ["11", "小鳥遊 智也", "タカナシ トモヤ", "男", "大宮支部", "090-2215-9073", "15:00", ""],
                ["12", "五十嵐 達郎", "イガラシ タツロウ", "男", "本社支部", "080-9946-3382", "19:00", ""],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV (CP932) of twelve delegates with mobiles sent to the hotel",
    },
    {
        "id": "union-004",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "石渡 健吾 <k.ishiwata@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 法人営業部 <groups@tabiji-travel.co.jp>"],
        "subject": "Re: 青年部バスツアー（いちご狩り）参加者のご連絡",
        "body": """旅路トラベル
法人営業部 宮下様

お世話になっております。日の出産業労組 青年部の石渡です。
先日お問い合わせいただいた件、参加者が確定しましたのでご連絡します。
国内旅行傷害保険の加入に生年月日が必要とのことでしたので併記しています。

・三浦 翔太（ミウラ ショウタ）　1996/07/21　090-4471-2280
・湯浅 陽菜（ユアサ ヒナ）　1999/02/03　080-6120-3395
・鰐淵 航（ワニブチ ワタル）　1994/11/30　080-7761-4406
・比嘉 真央（ヒガ マオ）　2000/05/16　070-8854-1127
・関根 一輝（セキネ カズキ）　1997/09/08　090-3026-7741
・若狭 彩花（ワカサ アヤカ）　2001/12/24　080-1193-5568
・野々村 悠斗（ノノムラ ユウト）　1995/04/02　090-7460-2203
・塩見 千尋（シオミ チヒロ）　1998/08/19　070-2274-9916

集合は富士工場正門前 7:30 でお願いします。
バスの座席表は当日こちらで作成します。

よろしくお願いいたします。

━━━━━━━━━━━━━━━━
日の出産業労働組合 青年部長
石渡 健吾（富士工場支部）
TEL 0545-52-7310（支部事務所）
━━━━━━━━━━━━━━━━
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight youth-section members with birth dates and mobiles, as bullets, to a travel agency",
    },
    {
        "id": "union-005",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "古賀 義明 <y.koga@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 村瀬様 <murase@nishiki-insatsu.co.jp>"],
        "subject": "OB会会報 第41号 発送先リスト（追加分）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>錦印刷株式会社<br>営業部 村瀬様</p>
<p>いつもお世話になっております。日の出産業労組 退職者の会（OB会）担当の古賀です。</p>
<p>会報第41号の宛名ラベル、追加で下記6名分の印刷をお願いいたします。<br>
前回のリストに追記いただければ結構です。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde8f4"><th>会員No</th><th>氏名</th><th>〒</th><th>住所</th><th>電話</th></tr>
<tr><td>OB-0871</td><td>葛城 正男</td><td>362-0034</td><td>埼玉県上尾市愛宕1-22-9</td><td>048-771-3305</td></tr>
<tr><td>OB-0872</td><td>芦田 和代</td><td>331-0812</td><td>埼玉県さいたま市北区宮原町2-48-7</td><td>048-663-0918</td></tr>
<tr><td>OB-0873</td><td>千賀 俊夫</td><td>373-0852</td><td>群馬県太田市新井町566-3</td><td>0276-45-2271</td></tr>
<tr><td>OB-0874</td><td>袴田 昭</td><td>417-0061</td><td>静岡県富士市伝法2840-12</td><td>0545-21-6630</td></tr>
<tr><td>OB-0875</td><td>宍戸 サチ子</td><td>335-0004</td><td>埼玉県蕨市中央3-9-1 ハイツ中央202</td><td>048-432-7714</td></tr>
<tr><td>OB-0876</td><td>鬼塚 勝利</td><td>344-0067</td><td>埼玉県春日部市中央7-3-18</td><td>048-752-4109</td></tr>
</table>
<p>納品は3月10日までにOB会事務局（組合本部）宛てでお願いします。</p>
<p>--<br>日の出産業労働組合 退職者の会 事務局<br>古賀 義明<br>TEL 048-641-5523</p>
</body></html>""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail: table of six retirees' home addresses and phones to the printer",
    },
    {
        "id": "union-006",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "日の出産業労働組合 共済会 <kyosai@hinode-sangyo.co.jp>",
        "to": ["ほしぞら生命 団体保険部 <dantai-hoken@hoshizora-seimei.co.jp>"],
        "subject": "団体定期保険 4月1日付 異動明細の送付",
        "body": """ほしぞら生命保険株式会社
団体保険部 団体契約第二課 御中

いつもお世話になっております。
日の出産業労働組合共済会の北川です。

4月1日付の団体定期保険（証券記号 HS-DT-2207）の異動明細をお送りします。
新規加入9名、脱退4名です。シート別に分けておりますのでご確認ください。

""" + SIG_KYOSAI,
        "attachments": [{
            "kind": "xlsx", "name": "団体定期保険_異動明細_0401.xlsx",
            "title": "団体定期保険 異動明細",
            "sheets": {
                "新規加入": [
                    ["団体定期保険 異動明細（新規加入）2025年4月1日付", "", "", "", "", "", ""],
                    [],
                    ["組合員番号", "氏名", "フリガナ", "生年月日", "性別", "保険金額(万円)", "受取人続柄"],
                    ["HU52201", "赤羽 拓実", "アカバネ タクミ", "2002/06/11", "男", 500, "父"],
                    ["HU52202", "井ノ口 楓", "イノクチ カエデ", "2003/01/27", "女", 500, "母"],
                    ["HU52203", "上杉 大和", "ウエスギ ヤマト", "2002/10/05", "男", 500, "母"],
                    ["HU52204", "江口 ひかり", "エグチ ヒカリ", "2002/08/14", "女", 500, "父"],
                    ["HU52205", "尾形 蓮", "オガタ レン", "2000/03/30", "男", 1000, "母"],
                    ["HU52206", "加治木 美羽", "カジキ ミウ", "2002/12/02", "女", 500, "父"],
                    ["HU52207", "木暮 颯太", "コグレ ソウタ", "2001/07/19", "男", 500, "父"],
                    ["HU52208", "桑名 結衣", "クワナ ユイ", "2002/04/08", "女", 500, "母"],
                    ["HU52209", "剣持 隼", "ケンモチ ハヤト", "1999/09/23", "男", 1000, "配偶者"],
                ],
                "脱退": [
                    ["団体定期保険 異動明細（脱退）", "", "", "", ""],
                    ["組合員番号", "氏名", "生年月日", "脱退事由", "脱退日"],
                    ["HU18842", "須藤 邦彦", "1965/02/18", "定年退職", "2025/03/31"],
                    ["HU20317", "瀬尾 春美", "1967/11/03", "退職", "2025/03/31"],
                    ["HU33906", "曽我 賢治", "1988/06/25", "管理職昇格", "2025/04/01"],
                    ["HU41150", "田鎖 奈緒", "1993/01/09", "退職", "2025/03/15"],
                ],
                "備考": [["保険料は4月分より給与控除（チェックオフ）にて変更します。"]],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX with a title row and several sheets: 13 members with birth dates to the group-insurance company",
    },
    {
        "id": "union-007",
        "expect": "stop",
        "charset": "cp932",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["全化成連合 共済事業部 <kyosai@zenkasei-rengo.or.jp>"],
        "subject": "上部共済 弔慰金請求（1月-3月分）",
        "body": """全化成連合 共済事業部 ご担当者様

お疲れさまです。日の出産業労組 会計の宇野です。
1～3月に発生した弔慰金（連合会共済分）の請求書を添付します。
振込先は各組合員本人の口座でお願いいたします（単組経由ではなく直接振込とのことでしたので）。

原本は本日郵送いたしました。

宇野 真理子
日の出産業労働組合 会計
048-641-5522
""",
        "attachments": [{
            "kind": "docx", "name": "弔慰金請求書_2025Q1.docx",
            "title": "弔慰金請求書",
            "paragraphs": ["全化成連合 共済事業 弔慰金請求書",
                           "単組名：日の出産業労働組合　請求日：2025年4月7日",
                           "下記のとおり弔慰金を請求します。"],
            "tables": [[
                ["組合員番号", "氏名", "支部", "逝去者（続柄）", "逝去日", "請求額", "振込先"],
                ["HU30416", "栗林 隆之", "大宮支部", "実父", "2025/01/08", "30,000",
                 "湊労金 大宮支店 普通 0916648"],
                ["HU27731", "日下部 恵子", "本社支部", "義母", "2025/01/21", "20,000",
                 "みどり銀行 浦和支店 普通 3372901"],
                ["HU44620", "矢作 修平", "太田工場支部", "実母", "2025/02/02", "30,000",
                 "ぐんま共栄銀行 太田支店 普通 1184503"],
                ["HU38815", "徳永 舞", "富士工場支部", "配偶者", "2025/02/26", "100,000",
                 "湊労金 富士支店 普通 2270914"],
                ["HU50092", "菅沼 誠", "物流センター支部", "実父", "2025/03/14", "30,000",
                 "みどり銀行 川口支店 普通 5068217"],
            ]],
        }],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five members with their bank accounts sent to the federation's mutual-aid office",
    },
    {
        "id": "union-008",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "三宅 沙織 <s.miyake@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 宮下 <miyashita@tabiji-travel.co.jp>"],
        "subject": "家族ふれあいデー 参加者一覧（PDF）",
        "body": """宮下様

いつもありがとうございます。組合女性部の三宅です。
5月の「家族ふれあいデー」（ハーベストパーク）の参加者一覧をPDFでお送りします。
未就学児は入園無料とのことでしたので、お子さんの生年月日も入れてあります。
団体チケットの手配をお願いします。

三宅
""",
        "attachments": [{
            "kind": "pdf", "name": "family_day_participants.pdf",
            "title": "家族ふれあいデー 参加者一覧",
            "lines": ["日の出産業労働組合 家族ふれあいデー 参加者一覧（2025年5月18日）", ""],
            "table": [
                ["組合員", "同伴者", "続柄", "生年月日", "連絡先"],
                ["関根 隆志", "関根 友美", "妻", "1990/03/12", "090-6651-2038"],
                ["関根 隆志", "関根 蒼", "長男", "2020/08/30", ""],
                ["萩原 恵美", "萩原 大地", "夫", "1987/12/01", "080-3402-7759"],
                ["萩原 恵美", "萩原 陽葵", "長女", "2021/06/17", ""],
                ["萩原 恵美", "萩原 湊", "次男", "2023/10/04", ""],
                ["望月 浩二", "望月 千夏", "妻", "1992/07/25", "070-5528-1162"],
                ["望月 浩二", "望月 心春", "長女", "2019/02/11", ""],
                ["堀之内 剛", "堀之内 理沙", "妻", "1989/09/09", "090-2047-3385"],
                ["堀之内 剛", "堀之内 壮真", "長男", "2022/04/28", ""],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of members' family members with birth dates and phones to a travel agency",
    },
    {
        "id": "union-009",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["税理士法人あさひ会計 監査担当 <audit@asahi-kaikei.jp>"],
        "subject": "共済会 令和6年度 会計監査資料",
        "body": """税理士法人あさひ会計
宮内先生

いつもお世話になっております。日の出産業労働組合共済会 会計の宇野です。
令和6年度の会計監査用資料をZIPにまとめてお送りします。

・給付台帳（CSV、全件）
・収支計算書（Excel）

給付台帳は振込記録との突合用に口座番号まで入っております。
監査日は5月20日（火）10時からでお願いいたします。

宇野
""",
        "attachments": [{
            "kind": "zip", "name": "kyosai_audit_R6.zip",
            "files": [
                {"kind": "csv", "name": "給付台帳_R6.csv", "encoding": "utf-8",
                 "rows": [["給付日", "組合員番号", "氏名", "支部", "給付種別", "金額", "振込口座"]] + [
                     [f"2024/{4 + i % 9:02d}/{5 + (i * 3) % 20:02d}", m[0], m[1], m[2],
                      ["結婚祝金", "出産祝金", "弔慰金", "傷病見舞金", "災害見舞金", "永年勤続記念"][i % 6],
                      ["30,000", "20,000", "50,000", "10,000", "30,000", "15,000"][i % 6],
                      f"湊労金 {['大宮', '上尾', '太田', '富士', '川口'][i % 5]}支店 普通 {3000000 + i * 71353}"]
                     for i, m in enumerate(_members(9, 22))]},
                {"kind": "xlsx", "name": "収支計算書_R6.xlsx",
                 "sheets": {"収支": [["日の出産業労働組合共済会 収支計算書（令和6年度）"],
                                     ["科目", "予算", "決算"],
                                     ["会費収入", 14400000, 14385600],
                                     ["給付費", 9800000, 9312000],
                                     ["事務費", 600000, 571230]]}},
            ],
        }],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a UTF-8 CSV ledger of 22 members with bank accounts, sent to the auditors",
    },
    {
        "id": "union-010",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["全化成連合 組織局 登録担当 <touroku@zenkasei-rengo.or.jp>"],
        "subject": "FW: 【太田支部】4月新入組合員の登録について",
        "body": """組織局 登録ご担当様

お疲れ様です。日の出産業労組本部の平井です。
太田工場支部から新入組合員の報告が届きましたので、そのまま転送いたします。
連合会の組合員登録をお願いいたします。

平井
""",
        "attachments": [{
            "kind": "eml", "name": "【太田支部】4月新入組合員の登録について.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "太田工場支部 書記 日向 <ota-shibu@hinode-sangyo.co.jp>",
                "to": ["組合本部 <kumiai@hinode-sangyo.co.jp>"],
                "subject": "【太田支部】4月新入組合員の登録について",
                "body": """本部 平井さん

お疲れさまです。太田支部の日向です。
4月入社でユニオンショップ加入となった6名の情報です。
組合ニュースのメール配信も希望しているので個人アドレスも書いておきます。

1. 柳生 颯 （製造一課）  080-1127-4936  yagyu.hayate@gmail.com
2. 桐谷 琴音（品質保証課）090-5503-2281  kotone.k@icloud.com
3. 猪熊 俊 （製造二課）  070-4418-6620  inokuma0612@yahoo.co.jp
4. 鳩山 大翔（設備保全課）080-9032-7715  hirotoh@outlook.jp
5. 羽生 紗良（総務課）    090-2246-8053  sara.hanyu.22@gmail.com
6. 鷲見 凌 （製造一課）  080-6671-3309  sumi-ryo@docomo.ne.jp

よろしくお願いします。
日向""",
            },
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded branch mail (attached .eml) listing six new members' mobiles and private e-mails",
    },
    {
        "id": "union-011",
        "expect": "stop",
        "charset": "cp932",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["きずな共済生協 埼玉推進本部 <saitama@kizuna-kyosai.or.jp>"],
        "subject": "転送：火災共済 新規加入希望者（富士支部）",
        "body": """きずな共済生協 埼玉推進本部
推進担当 岡部様

お世話になっております。日の出産業労組共済会の北川です。
富士工場支部で取りまとめた火災共済の加入希望者です。支部からのメールを転送しますので、
資料の送付をお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: 富士工場支部 <fuji-shibu@hinode-sangyo.co.jp>
日付: 2025年6月3日 17:42
件名: 火災共済 加入希望者
宛先: 共済会事務局 <kyosai@hinode-sangyo.co.jp>

共済会 北川様

火災共済の説明会後、加入を希望した方は以下のとおりです。

氏名　　　　　住所　　　　　　　　　　　　　　　　　電話　　　　　　　生年月日
－－－－－－　－－－－－－－－－－－－－－－－－－　－－－－－－－－　－－－－－－－
袴田　大輔　　静岡県富士市伝法２８４０－１２　　　０９０－４４１２－６０７３　Ｓ６３．５．１２
芹沢　香織　　静岡県富士市吉原３－５－１８　　　　０８０－２２０９－５５１６　Ｈ２．１１．３
杉山　一平　　静岡県富士宮市淀川町１２－４　　　　０７０－６６３２－８８０１　Ｈ６．２．２８
鈴木　ゆかり　静岡県富士市今泉７－１４－２２　　　０９０－１８７５－３３４２　Ｓ５８．４．２
勝又　浩　　　静岡県沼津市大岡２５１１－３　　　　０８０－５０４７－２１６８　Ｓ５４．９．１９
望月　奈々　　静岡県富士市松岡６７２－９　　　　　０９０－７２８１－０４３６　Ｈ９．７．７

以上6名です。よろしくお願いします。
富士工場支部 書記 杉本
-------------------------------------

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "inline forward (new text to the recipient) of a full-width padded table: six members' addresses, phones, 和暦 birth dates",
    },
    {
        "id": "union-012",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 融資課 <yushi-omiya@minato-rokin.or.jp>"],
        "subject": "教育ローン利子補給制度 申請者一覧（第2回）",
        "body": """湊労働金庫 大宮支店 融資課
秋元様

お世話になっております。共済会の北川です。
共済会の教育ローン利子補給制度、第2回受付分の申請者をお知らせします。
貴金庫での融資実行状況の確認をお願いいたします。

【1】
氏名：石黒 健一（イシグロ ケンイチ）
生年月日：1978年8月4日
住所：埼玉県さいたま市西区三橋6-1120-4
電話：090-6215-3387
借入額：1,800,000円

【2】
氏名：辻村 由香（ツジムラ ユカ）
生年月日：1981年1月29日
住所：埼玉県上尾市原市3320-15
電話：080-4492-1706
借入額：1,200,000円

【3】
氏名：金城 亮介（キンジョウ リョウスケ）
生年月日：1976年10月15日
住所：群馬県太田市東本町24-8
電話：070-3381-5524
借入額：2,500,000円

【4】
氏名：真壁 玲子（マカベ レイコ）
生年月日：1983年6月6日
住所：埼玉県川口市芝新町9-2-701
電話：090-8826-4410
借入額：900,000円

【5】
氏名：高萩 誠（タカハギ マコト）
生年月日：1979年3月21日
住所：静岡県富士市厚原1507-2
電話：080-1730-6652
借入額：1,500,000円

以上、5名です。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one block per person: five loan applicants with birth dates, addresses, phones to the labour bank",
    },
    {
        "id": "union-013",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "根本 隆 <t.nemoto@hinode-sangyo.co.jp>",
        "to": ["VoteCloud サポート <support@vote-cloud.jp>"],
        "subject": "電子投票 選挙人名簿データ（日の出産業労働組合 役員選挙）",
        "body": """VoteCloud サポートご担当者様

日の出産業労働組合 選挙管理委員会の根本です。
7月実施の役員選挙（電子投票）の選挙人名簿データをお送りします。
フォーマットはご指定のCSV（UTF-8）に合わせています。
投票用URLは各組合員のメールアドレス宛に配信をお願いします。

本番登録前にテスト配信を1回お願いできますでしょうか。

日の出産業労働組合 選挙管理委員長
根本 隆
""",
        "attachments": [{
            "kind": "csv", "name": "senkyonin_meibo_2025.csv", "encoding": "utf-8",
            "rows": [["member_id", "name", "branch", "email", "mobile"]] + [
                [m[0], m[1], m[2],
                 (f"member{m[0][2:]}@hinode-sangyo.co.jp" if i % 3 else f"hu{m[0][2:]}.vote@gmail.com"),
                 m[3]]
                for i, m in enumerate(_members(13, 30))],
        }],
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV electoral roll of 30 members with e-mails and mobiles to the e-voting vendor",
    },
    {
        "id": "union-014",
        "expect": "stop",
        "charset": "cp932",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["全化成連合 賃金政策局 <chingin@zenkasei-rengo.or.jp>"],
        "subject": "春闘 賃金実態アンケート 個票データ送付",
        "body": """全化成連合 賃金政策局 御中

日の出産業労組の佐伯です。
賃金実態アンケートの個票を旧形式のExcel（.xls）でお送りします。
集計はそちらでお願いできればと思います。

よろしくお願いします。
佐伯
""",
        "attachments": [{
            "kind": "xls", "name": "chingin_kohyo_2025.xls",
            "sheets": {"個票": [["組合員番号", "氏名", "年齢", "勤続年数", "扶養人数", "基本給", "住宅手当", "要求希望額"]] + [
                [m[0], m[1], 24 + (i * 7) % 35, 2 + (i * 5) % 30, i % 4,
                 218000 + i * 6150, [0, 12000, 20000][i % 3], [10000, 15000, 20000][i % 3]]
                for i, m in enumerate(_members(14, 15))]},
        }],
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 15 named members with age, family size and salary (personal attributes) to the federation",
    },
    {
        "id": "union-015",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "Takuma Morinaga <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["Asia-Pacific Youth Forum Secretariat <forum2025@ifcw-global.org>"],
        "subject": "Hinode Sangyo Workers' Union - delegate registration",
        "body": """Dear Forum Secretariat,

Thank you for your invitation to the Asia-Pacific Youth Forum in Kuala Lumpur.
Please find below the details of our five delegates for registration and the
visa invitation letters.

Name                 Date of birth   Mobile             E-mail
-------------------  --------------  -----------------  ------------------------------
Kengo ISHIWATA       1991-03-14      +81 70 1829 4450   ishiwata.k@docomo.ne.jp
Saori MIYAKE         1993-08-02      +81 90 3327 5914   saori-m@ezweb.ne.jp
Shota MIURA          1996-07-21      +81 90 4471 2280   miura.shota96@gmail.com
Hina YUASA           1999-02-03      +81 80 6120 3395   hina.yuasa@icloud.com
Wataru WANIBUCHI     1994-11-30      +81 80 7761 4406   wanibuchi.w@outlook.jp

Flight details will follow once booked.

Best regards,
Takuma Morinaga
General Secretary, Hinode Sangyo Workers' Union
Tel: +81 48 641 5520
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English mail: five delegates with birth dates, mobiles and private e-mails in an ASCII table",
    },
    {
        "id": "union-016",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["きずな共済生協 自然災害共済 査定課 <satei@kizuna-kyosai.or.jp>"],
        "subject": "台風15号 被災組合員の報告と自然災害共済の請求について",
        "body": """きずな共済生協
査定課 御中

お世話になっております。日の出産業労組共済会の北川です。
先日の台風15号で被害を受けた組合員のうち、貴生協の自然災害共済に加入している方を下記にまとめました。
共済会からも災害見舞金を支給予定です。現地調査の日程調整をお願いいたします。

■被災組合員一覧
　氏名　　　　　被災住所　　　　　　　　　　　　　被害状況　　　　　　　連絡先
　宍戸　健二　　静岡県富士市中之郷８８１－５　　　床上浸水（約40cm）　　090-3318-2264
　芹沢　大樹　　静岡県富士市五貫島２１２－３　　　床下浸水・車両水没　　080-7710-5593
　勝又　美帆　　静岡県富士市宮島６０４－１１　　　屋根瓦の飛散　　　　　070-2258-6107
　村越　修平　　静岡県富士宮市西小泉町３－８　　　カーポート倒壊　　　　090-6643-1185
　望月　千尋　　静岡県富士市川成島１５５－２　　　床上浸水（約20cm）　　080-4406-9932
　鰐淵　航　　　静岡県富士市今井２－１９－７　　　窓ガラス破損　　　　　080-7761-4406

ご本人への連絡は日中（9時～17時）は避けていただくようお願いします（交替勤務のため）。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "table padded with full-width spaces: six disaster-hit members' home addresses and phones to the insurer",
    },
    {
        "id": "union-017",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "古賀 義明 <y.koga@hinode-sangyo.co.jp>",
        "to": ["OB会 幹事 春日井様 <kasugai.shigeo@yahoo.co.jp>"],
        "subject": "今年度の定年退職者（OB会入会案内送付先）",
        "body": """春日井幹事

いつもOB会の運営ありがとうございます。組合本部の古賀です。
今年度末の定年退職者のうち、OB会への入会案内を希望された方の送付先です。
会報と一緒に案内を送っていただけますか。

氏名,退職日,住所,電話
須藤 邦彦,2025/03/31,埼玉県さいたま市緑区東浦和5-3-17,048-874-2261
村越 昭二,2025/03/31,埼玉県川口市戸塚東2-14-9,048-296-6634
野々村 節子,2025/03/31,埼玉県越谷市大沢4-22-1,048-975-1180
大槻 正則,2025/03/31,群馬県太田市鳥山上町1431-2,0276-37-5408
柏木 孝,2025/03/31,静岡県富士市天間1288-6,0545-71-3392

よろしくお願いします。
古賀
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "comma-separated list of five retirees' addresses and phones to an OB-association officer's free-mail address",
    },
    {
        "id": "union-018",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "根本 隆 <t.nemoto@hinode-sangyo.co.jp>",
        "to": ["錦印刷 村瀬様 <murase@nishiki-insatsu.co.jp>"],
        "subject": "選挙公報 原稿（立候補者一覧）",
        "body": """錦印刷 村瀬様

選挙管理委員会の根本です。いつもお世話になっております。
選挙公報の原稿をパワーポイントでお送りします。1スライド1名です。
写真は別途お送りします。校正は6月20日までにいただけると助かります。

根本
""",
        "attachments": [{
            "kind": "pptx", "name": "選挙公報_原稿.pptx", "title": "第63期 役員選挙 立候補者",
            "slides": [
                ["執行委員長候補 佐伯 和弘", "生年月日：1971年9月14日（53歳）", "所属：本社支部 生産管理部",
                 "自宅：埼玉県さいたま市見沼区東大宮4-18-3", "携帯：090-2274-6618"],
                ["書記長候補 森永 拓真", "生年月日：1982年2月8日（43歳）", "所属：本社支部 経理部",
                 "自宅：埼玉県上尾市柏座2-9-14-305", "携帯：080-3318-7705"],
                ["執行委員候補 門脇 菜々子", "生年月日：1990年12月19日（34歳）", "所属：物流センター支部",
                 "自宅：埼玉県川口市東川口3-6-2", "携帯：090-7713-0248"],
                ["執行委員候補 一円 康平", "生年月日：1986年5月30日（39歳）", "所属：富士工場支部",
                 "自宅：静岡県富士市鮫島118-4", "携帯：090-5126-8807"],
                ["会計監査候補 東海林 聡", "生年月日：1975年7月1日（49歳）", "所属：大宮支部",
                 "自宅：埼玉県さいたま市大宮区天沼町1-512", "携帯：080-4478-1953"],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX, one slide per candidate: five people's birth dates, home addresses, mobiles to the printer",
    },
]

# =====================================================================================
# STOP — identity, social-insurance and card numbers
# =====================================================================================

_MN_SENJU = my_number(71001)
_MN_SPOUSE = my_number(71002)
_MN_CHILD = my_number(71003)
_MN_BENEF = my_number(71004)
_CARD_HOTEL = card_number(71005)
_CARD_KL = card_number(71006)

MESSAGES += [
    {
        "id": "union-019",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 海外団体課 <kaigai@tabiji-travel.co.jp>"],
        "subject": "台湾労組交流 訪問団 航空券手配の件",
        "body": """旅路トラベル 海外団体課
堀内様

お世話になっております。日の出産業労組の森永です。
10月の台湾・桃園の労組交流訪問団（3名）の航空券手配をお願いします。
パスポート情報は以下のとおりです。

1) SAEKI KAZUHIRO    旅券番号 TR4418270  有効期限 2031/02/14  生年月日 1971/09/14
2) MORINAGA TAKUMA   旅券番号 TK9053316  有効期限 2029/08/30  生年月日 1982/02/08
3) MIYAKE SAORI      旅券番号 TS2276041  有効期限 2033/05/01  生年月日 1993/08/02

往路：10/14 成田発、復路：10/17 桃園発 を希望します。
座席は通路側希望が2名（佐伯・森永）です。

""" + SIG_SHOKICHO,
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three passport numbers with birth dates to a travel agency (identity document numbers)",
    },
    {
        "id": "union-020",
        "expect": "stop",
        "charset": "cp932",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["あさひ会計 給与計算チーム <kyuyo@asahi-kaikei.jp>"],
        "subject": "専従役員 年末調整資料（扶養控除等申告書の内容）",
        "body": f"""あさひ会計 給与計算チーム
中西様

お世話になっております。日の出産業労組 会計の宇野です。
組合専従役員（書記長 森永）の年末調整につき、扶養控除等申告書の内容をお知らせします。
原本はスキャンが不鮮明だったため、手入力で失礼します。

本人　森永 拓真　　個人番号 {_MN_SENJU}
配偶者　森永 彩　　個人番号 {_MN_SPOUSE}　（パート収入 年96万円）
長男　森永 湊人　　個人番号 {_MN_CHILD}　（16歳未満）

住所：埼玉県上尾市柏座2-9-14-305

ご確認のほどよろしくお願いいたします。

宇野 真理子
日の出産業労働組合 会計
TEL 048-641-5522
""",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three My Numbers (officer, spouse, child) typed into the body to the payroll accountants",
    },
    {
        "id": "union-021",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大宮 宴会予約 <banquet-omiya@sakura-hotel.jp>"],
        "subject": "Re: 定期大会 会場・宿泊のご予約（保証金のお支払い）",
        "body": f"""さくらホテル大宮 小西様

お世話になっております。日の出産業労組の平井です。
保証金のお支払いは、組合のカードでお願いいたします。

カード番号：{_fw(_CARD_HOTEL[:4] + '-' + _CARD_HOTEL[4:8] + '-' + _CARD_HOTEL[8:12] + '-' + _CARD_HOTEL[12:])}
有効期限：０９／２８
名義：KAZUHIRO SAEKI

請求書は組合本部宛（日の出産業労働組合 中央執行委員長 佐伯和弘）でお願いします。

> 保証金として会場費の30%をお預かりしております。
> お支払い方法をご指定ください。

""" + SIG_SHOKI,
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a Luhn-valid card number in full-width digits written in the reply text to the hotel",
    },
    {
        "id": "union-022",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["いちご損保 保険金サービス課 <claim@ichigo-sonpo.co.jp>"],
        "subject": "団体傷害保険 事故報告（通勤途上の交通事故）",
        "body": """いちご損害保険株式会社
保険金サービス課 御中

お世話になっております。日の出産業労働組合共済会の北川です。
団体傷害保険（証券番号 GP-77201453）の被保険者について、事故のご報告をいたします。

被保険者：真壁 玲子（マカベ レイコ）　1983年6月6日生
事故日時：2025年2月12日 7時50分ごろ
事故状況：自転車で通勤中、交差点で右折車と接触し転倒
受傷内容：左橈骨遠位端骨折、頸椎捻挫。さいたま北中央病院に2月12日～19日入院、
　　　　　現在は週2回通院でリハビリ中（全治約3か月の見込み）
健康保険証：保険者番号 06130427　記号 10　番号 4471
連絡先：090-8826-4410

労災（通勤災害）の申請も会社で進めております。
必要書類をご教示ください。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one member's health-insurance card number plus injury diagnosis and hospital stay to an insurer",
    },
    {
        "id": "union-023",
        "expect": "stop",
        "charset": "cp932",
        "sender": "古賀 義明 <y.koga@hinode-sangyo.co.jp>",
        "to": ["清瀬社会保険労務士事務所 清瀬先生 <kiyose@kiyose-sr.jp>"],
        "subject": "OB会員の年金相談の件（葛城様）",
        "body": """清瀬先生

いつもOB会の年金相談会ではお世話になっております。日の出産業労組の古賀です。
先日の相談会で時間切れになった葛城さんの件、個別にご相談に乗っていただけないでしょうか。

氏名：葛城 正男（かつらぎ まさお）
生年月日：昭和３５年１０月２日
基礎年金番号：４５２７－８１３０６９
ご相談内容：在職老齢年金の支給停止額と、繰下げ受給の損益分岐について

ご本人の了解は得ております。電話は 048-771-3305（ご自宅）です。

古賀 義明
日の出産業労働組合 退職者の会 事務局
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a retiree's 基礎年金番号 (full-width) and 和暦 birth date to a labour and social-security attorney",
    },
    {
        "id": "union-024",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 窓口 <madoguchi-omiya@minato-rokin.or.jp>"],
        "subject": "新入組合員の口座開設（事前連絡）",
        "body": """湊労働金庫 大宮支店
窓口ご担当 様

お世話になっております。共済会の北川です。
物流センターに入社した組合員が、給与・共済会給付の受取口座を貴金庫で開設したいとのことで、
来週水曜に来店予定です。事前にお伝えしておきます。

氏名：NGUYEN VAN THANH（グエン ヴァン タイン）
在留カード番号：UH48213307CA
在留期間（満了日）：2027年11月20日
住所：埼玉県川口市領家2-14-6 ハイム領家103
連絡先：080-2951-6637

日本語での手続きに不安があるとのことで、当日は組合の三宅が同行します。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a foreign member's residence-card number with his address to the labour bank",
    },
    {
        "id": "union-025",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "大迫 剛 <t.osako@hinode-sangyo.co.jp>",
        "to": ["ひかりレンタカー 太田店 <ota@hikari-rentacar.co.jp>"],
        "subject": "マイクロバス貸渡し予約（9/27 日の出産業労組太田支部）",
        "body": """ひかりレンタカー太田店 御中

お世話になります。日の出産業労組 太田工場支部の大迫です。
9月27日（土）のマイクロバス（29人乗り）の予約について、運転者の情報をお送りします。

運転者1：大迫 剛
　免許証番号 第 3060 1245 8832 号（中型・大型）
　有効期限 2027年10月14日
運転者2：我孫子 誠司
　免許証番号 第 3061 0078 2219 号（中型）
　有効期限 2026年3月9日

貸出は7:00、返却は19:00を予定しています。
当日は免許証原本を持参します。

大迫 剛
日の出産業労働組合 太田工場支部長
TEL 0276-48-1102
""",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two drivers' licence numbers to a rental-car shop",
    },
    {
        "id": "union-026",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["ほしぞら生命 保険金部 <hokenkin@hoshizora-seimei.co.jp>"],
        "subject": "団体定期保険 死亡保険金請求（故 徳永 誠 様）",
        "body": """ほしぞら生命保険株式会社
保険金部 御中

日の出産業労働組合共済会の北川です。
2月に逝去された組合員 徳永誠さんの団体定期保険 死亡保険金の請求について、
受取人（配偶者）の情報を請求書様式のExcelに入力してお送りします。
支払調書作成のため個人番号も記入しています。

原本一式は本日簡易書留で発送しました。

""" + SIG_KYOSAI,
        "attachments": [{
            "kind": "xlsx", "name": "死亡保険金請求書_徳永.xlsx",
            "sheets": {
                "請求書": [
                    ["団体定期保険 死亡保険金 請求書", ""],
                    ["証券記号", "HS-DT-2207"],
                    ["被保険者", "徳永 誠"],
                    ["死亡日", "2025/02/26"],
                    ["受取人氏名", "徳永 舞"],
                    ["受取人住所", "静岡県富士市比奈1320-6"],
                    ["受取人電話", "090-3371-2054"],
                    ["受取人個人番号", _MN_BENEF],
                    ["振込先", "湊労金 富士支店 普通 2270914 トクナガ マイ"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "XLSX claim form carrying the beneficiary's My Number, address and bank account",
    },
    {
        "id": "union-027",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "Takuma Morinaga <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["Reservations <reservations@harbourview-kl.com.my>"],
        "subject": "Booking HV-558120 - guarantee for 5 rooms",
        "body": f"""Dear Reservations team,

Further to your e-mail, please guarantee our booking HV-558120 (5 single rooms,
18-21 November) with the following card:

Card type: Visa
Card number: {_CARD_KL[:4]} {_CARD_KL[4:8]} {_CARD_KL[8:12]} {_CARD_KL[12:]}
Expiry: 07/27
Cardholder: TAKUMA MORINAGA

Please send the invoice addressed to Hinode Sangyo Workers' Union.

Kind regards,
Takuma Morinaga
Hinode Sangyo Workers' Union
+81 48 641 5520
""",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "English mail giving a full card number to an overseas hotel",
    },
]

# =====================================================================================
# STOP — 要配慮個人情報 about one identifiable person
# =====================================================================================

MESSAGES += [
    {
        "id": "union-028",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["きずな共済生協 給付課 <kyufu@kizuna-kyosai.or.jp>"],
        "subject": "休業見舞金の請求についての問い合わせ",
        "body": """きずな共済生協 給付課 御中

いつもお世話になっております。日の出産業労組共済会の北川です。
団体加入の総合共済（組合員 塩見 千尋さん、加入者番号 K-3318042）の件でご相談です。

塩見さんは昨年12月からうつ病で休職しており、主治医からはあと3か月程度の療養が
必要と言われているそうです。通院は月2回、入院歴はありません。
この場合、休業見舞金（入院を伴わない精神疾患）の対象になるかどうか教えてください。

ご本人は職場の人に病名を知られたくないとのことなので、書類の送付先は
共済会事務局宛にしていただけると助かります。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's depression and sick leave described in running text to the mutual-aid insurer",
    },
    {
        "id": "union-029",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "小此木 玲奈 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "ハラスメント相談の件（ご相談予約）",
        "body": """白川先生

お世話になっております。日の出産業労働組合 相談窓口の小此木です。
組合員からの相談について、法的な対応をご相談したくご連絡しました。

相談者は大宮支部の湯浅陽菜さん（24歳、営業事務）です。
昨年12月の部署の忘年会の帰り、タクシーの中で上司の課長（藤巻）に身体を触られ、
その後も「誰にも言うな」というLINEが続いているとのことです。
湯浅さんは1月に大宮警察署に被害届を出しており、警察からは強制わいせつ事件として
捜査していると聞いているそうです。

会社の調査委員会の進め方に不安があり、組合として弁護士に同席してほしいとの希望です。
来週前半でお時間をいただけないでしょうか。

小此木 玲奈
日の出産業労働組合 ハラスメント相談窓口
TEL 048-641-5526
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names a member as the victim of a sexual assault reported to police (crime victimisation) to a lawyer",
    },
    {
        "id": "union-030",
        "expect": "stop",
        "charset": "cp932",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["かもめ総合法律事務所 <info@kamome-sogo-law.jp>"],
        "subject": "組合員の懲戒処分についてのご相談",
        "body": """かもめ総合法律事務所
吉永先生

突然のご連絡失礼いたします。日の出産業労働組合 執行委員長の佐伯です。
上部団体の全化成連合からご紹介いただきました。

当組合の組合員 百目鬼 譲（太田工場支部、勤続18年）が、先月の休日に
酒気帯び運転で群馬県警に現行犯逮捕されました。その後、略式起訴で罰金30万円の
略式命令を受けたと本人から聞いています。業務外の事案で、人身事故はありません。

会社は懲戒解雇を検討していると労使協議の場で示してきました。
組合としては処分が重すぎると考えており、過去の判例や交渉の進め方について
ご相談させていただけないでしょうか。

日の出産業労働組合 中央執行委員長
佐伯 和弘
TEL 048-641-5520
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's arrest and criminal fine (criminal record) in running text to a law firm",
    },
    {
        "id": "union-031",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "三宅 沙織 <s.miyake@hinode-sangyo.co.jp>",
        "to": ["ひかり就労支援センター 相談員 <soudan@hikari-shuro.or.jp>"],
        "subject": "職場での合理的配慮についてのご相談",
        "body": """ひかり就労支援センター
相談員 本多様

はじめてご連絡いたします。日の出産業労働組合 女性部の三宅と申します。

物流センター支部の組合員 門脇菜々子さんについてご相談させてください。
門脇さんは昨年の交通事故の後遺症で右下肢に障害が残り、身体障害者手帳（4級）を
取得されました。現在の職場はフォークリフトと立ち作業が中心で、会社には配置転換と
通路の段差解消をお願いしているのですが、なかなか進みません。

他社での合理的配慮の事例や、会社との話し合いの進め方について
アドバイスをいただけないでしょうか。ご本人の同意は得ております。

三宅 沙織
日の出産業労働組合 女性部長
TEL 048-641-5524
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's physical disability and disability certificate grade to an outside support centre",
    },
    {
        "id": "union-032",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["全化成連合 労働条件局 <roujou@zenkasei-rengo.or.jp>"],
        "subject": "礼拝時間と交替勤務の扱いについて（ご助言のお願い）",
        "body": """全化成連合 労働条件局
田所局長

お疲れさまです。日の出産業労組の森永です。
他の加盟組合で事例があればご教示いただきたく、ご連絡しました。

富士工場支部の組合員 アフマド・ラフマンさん（製造二課、インドネシア出身）は
イスラム教徒で、1日5回の礼拝と金曜正午の集団礼拝のために、勤務中に15分程度の
離席を認めてほしいと支部に申し出ています。ラマダン期間中は夜勤シフトへの
変更も希望されています。

工場長は「特定の宗教だけ優遇できない」と難色を示しており、
支部としては労使協議で休憩時間の分割を提案したいと考えています。
同様の協定例があれば共有いただけますと幸いです。

""" + SIG_SHOKICHO,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's religion (Islam, prayer and Ramadan) described in running text to the federation",
    },
    {
        "id": "union-033",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "小此木 玲奈 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["NPO法人 人権相談ネットさいたま <soudan@jinken-net-saitama.or.jp>"],
        "subject": "差別発言に関するご相談",
        "body": """人権相談ネットさいたま
ご担当者様

日の出産業労働組合でハラスメント相談窓口を担当しております小此木と申します。

組合員の東海林聡さん（大宮支部）から、職場の同僚に出身地を調べられ、
「あそこは同和地区だろう」と言いふらされているという相談を受けました。
東海林さんのご実家が被差別部落にあたる地域であることは事実だそうで、
本人は大変傷ついており、同僚との接触を避けるため有給休暇を使っている状況です。

会社への申し入れの前に、専門の相談機関としての見解と、
再発防止研修の講師派遣が可能かどうかをお伺いしたく存じます。

小此木 玲奈
日の出産業労働組合 ハラスメント相談窓口
TEL 048-641-5526
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's social origin (被差別部落) in running text to an outside human-rights NPO",
    },
    {
        "id": "union-034",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "大迫 剛 <t.osako@hinode-sangyo.co.jp>",
        "to": ["清和クリニック 産業医 北条先生 <hojo@seiwa-clinic.jp>"],
        "cc": ["佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>"],
        "subject": "就業制限の件（太田工場 我孫子）",
        "body": """清和クリニック
北条先生

いつもお世話になっております。日の出産業労組 太田工場支部長の大迫です。

組合員の我孫子誠司さん（製造一課、48歳）の件でご相談です。
本人から聞いたところでは、今年の定期健康診断で HbA1c 8.9%、空腹時血糖 182 で
「要治療」判定となり、その後の再検査でII型糖尿病と診断されたとのことです。
会社からは夜勤を外すと言われていますが、本人は手当が減るため夜勤継続を希望しています。

通院治療中でも夜勤継続が可能な条件について、産業医としてのご意見を
会社に伝えていただけないでしょうか。本人同意は取っています。

大迫 剛
日の出産業労働組合 太田工場支部長
TEL 0276-48-1102
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's health-check values and diabetes diagnosis to an outside occupational physician",
    },
    {
        "id": "union-035",
        "expect": "stop",
        "charset": "cp932",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 人事部 労務課 <roumu@aoba-unyu.co.jp>"],
        "subject": "出向者の勤務地変更についてのお願い",
        "body": """青葉運輸株式会社
人事部 労務課 御中

いつもお世話になっております。
日の出産業労働組合 執行委員長の佐伯でございます。

現在、貴社戸田営業所に出向中の当組合員 比嘉真央さんについてお願いがございます。
比嘉さんは元交際相手からのストーカー被害を受けており、先月、警察から
ストーカー規制法に基づく警告が出されています。相手が戸田営業所の場所を
知っているため、通勤時の待ち伏せが続いているとのことです。

出向元の人事部とも協議のうえ、当面の間、別の営業所への勤務地変更と
出退勤時間の調整をご検討いただけないでしょうか。
本件は社内でもごく限られた方のみでのお取り扱いをお願いいたします。

日の出産業労働組合 中央執行委員長
佐伯 和弘
〒330-0854 さいたま市大宮区桜木町2-7-15 TEL 048-641-5520
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member as a stalking victim (crime victimisation) described to a partner company",
    },
    {
        "id": "union-036",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["税理士法人あさひ会計 宮内 <miyauchi@asahi-kaikei.jp>"],
        "subject": "Re: 傷病見舞金の支出根拠について",
        "body": """宮内先生

お世話になっております。宇野です。
ご質問のあった傷病見舞金3件の支出根拠（診断書の内容）を一覧にしました。
添付のExcelをご確認ください。

> 傷病見舞金の支出3件について、支給要件を満たしていることが
> 分かる資料をご提出ください。

宇野
""",
        "attachments": [{
            "kind": "xlsx", "name": "傷病見舞金_支給根拠.xlsx",
            "sheets": {"支給根拠": [
                ["組合員番号", "氏名", "支部", "傷病名", "休業期間", "支給額"],
                ["HU33190", "相葉 大輔", "本社支部", "腰椎椎間板ヘルニア（手術）", "2024/06/03～2024/07/26", 30000],
                ["HU41872", "辻村 彩花", "大宮支部", "乳がん（入院・化学療法）", "2024/09/10～2025/01/31", 50000],
                ["HU27004", "若狭 剛", "富士工場支部", "双極性障害", "2024/11/01～2025/02/28", 30000],
            ]},
        }],
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX of three named members with their diagnoses (sensitive data on each row) to the auditors",
    },
    {
        "id": "union-037",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "Reina Okonogi <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["Harbor EAP Intake <intake@harbor-eap.com>"],
        "subject": "Referral - member of Hinode Sangyo Workers' Union",
        "body": """Dear Intake Team,

I am writing from the Hinode Sangyo Workers' Union under our EAP agreement
(contract no. HE-2291).

We would like to refer one of our members, Mr. Ryo Sumi (26, Ota plant), for
counselling in English or Japanese. He told our branch representative that he has
been drinking heavily every night since his divorce and was diagnosed with alcohol
dependence at Ota General Hospital last month. He has missed several early shifts
and is worried about losing his job.

He agreed to this referral. His mobile is 080-6671-3309; he prefers to be called
after 6 pm.

Best regards,
Reina Okonogi
Consultation Desk, Hinode Sangyo Workers' Union
+81 48 641 5526
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English referral naming a member's alcohol-dependence diagnosis and his mobile to an outside EAP",
    },
    {
        "id": "union-038",
        "expect": "stop",
        "charset": "cp932",
        "sender": "大迫 剛 <t.osako@hinode-sangyo.co.jp>",
        "to": ["全化成連合 共済事業部 <kyosai@zenkasei-rengo.or.jp>"],
        "cc": ["北川 由紀子 <kyosai@hinode-sangyo.co.jp>"],
        "subject": "労災上積み補償（障害補償）の請求について",
        "body": """全化成連合 共済事業部 御中

お疲れさまです。日の出産業労組 太田工場支部の大迫です。
先日電話でご相談した労災事故の件、上積み補償の請求手続きをお願いします。

被災者：猪熊 俊（製造二課、22歳）
発生日：2025年4月23日
内容：プレス機の金型交換中に右手を挟まれ、右手人差し指・中指を第一関節から切断
経過：太田中央病院で手術、5/30に症状固定。労基署で障害等級第11級の認定を受けました。

会社の労災上積み規程（協定）に基づく補償とは別に、連合会共済の障害見舞金も
請求できると伺っております。必要書類を教えてください。

大迫
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member's work-accident amputation and disability grade sent to the federation",
    },
]

# =====================================================================================
# STOP — three or more external parties visible in To/Cc
# =====================================================================================

MESSAGES += [
    {
        "id": "union-039",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["全化成連合 中央執行委員長 <iinchou@zenkasei-rengo.or.jp>",
               "湊労働金庫 大宮支店長 <shitencho-omiya@minato-rokin.or.jp>",
               "きずな共済生協 埼玉推進本部 <saitama@kizuna-kyosai.or.jp>",
               "さいたま中央地域協議会 事務局 <jimukyoku@saitama-chuo-chikyo.or.jp>"],
        "cc": ["平井 朋美 <kumiai@hinode-sangyo.co.jp>"],
        "subject": "第63回定期大会 ご来賓のお願い",
        "body": """関係各位

拝啓　盛夏の候、貴職におかれましてはますますご清栄のこととお慶び申し上げます。
平素より日の出産業労働組合の活動に格別のご理解とご支援を賜り、厚く御礼申し上げます。

さて、当組合では下記のとおり第63回定期大会を開催いたします。
ご多忙中誠に恐縮ではございますが、ご来賓としてご臨席賜りたく、ご案内申し上げます。

　　　　　　　　　　　　記
日時：2025年8月30日（土）13:00〜17:00（受付12:30〜）
会場：さくらホテル大宮 3階「桜の間」
ご挨拶：13:20ごろ（お一人3分程度）

ご出欠を8月8日（金）までに本部書記 平井（kumiai@hinode-sangyo.co.jp）まで
お知らせいただけますと幸いです。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

日の出産業労働組合
中央執行委員長　佐伯 和弘
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations can see each other in To: should have been Bcc",
    },
    {
        "id": "union-040",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "古賀 義明 <y.koga@hinode-sangyo.co.jp>",
        "to": ["葛城 正男 <katsuragi.m1960@gmail.com>",
               "芦田 和代 <kazuyo-ashida@yahoo.co.jp>",
               "千賀 俊夫 <chiga.toshio@docomo.ne.jp>",
               "袴田 昭 <hakamada.akira@icloud.com>",
               "宍戸 サチ子 <sachiko.s@ezweb.ne.jp>",
               "鬼塚 勝利 <onizuka.katsutoshi@gmail.com>"],
        "subject": "OB会 秋の日帰り旅行（日光）のご案内",
        "body": """OB会の皆さま

朝晩すっかり涼しくなりました。組合本部OB会担当の古賀です。
今年の秋の日帰り旅行は日光に決まりましたのでご案内します。

■日程　10月22日（水）
■集合　大宮駅西口バスターミナル 7:45
■行程　華厳の滝 → 昼食（湯波御膳）→ 日光東照宮 → 大宮着 18:30ごろ
■会費　5,000円（OB会から補助があります）

参加希望の方は10月3日までに、このメールへの返信かお電話で古賀までお知らせください。
奥様・ご主人のご同伴も歓迎です。

日の出産業労働組合 退職者の会（OB会）事務局
古賀 義明 TEL 048-641-5523
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "six retirees' private addresses visible to each other in To (should have been Bcc)",
    },
    {
        "id": "union-041",
        "expect": "stop",
        "charset": "cp932",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["川崎電機労働組合 書記長 <rouso-shokicho@kawasaki-denki.co.jp>",
               "青葉運輸労働組合 <kumiai@aoba-unyu.co.jp>"],
        "cc": ["北国フーズ労働組合 本部 <union@kitaguni-foods.co.jp>"],
        "subject": "2025春闘 地域共闘会議の日程調整",
        "body": """各労組 書記長 各位

お疲れさまです。日の出産業労組 書記長の森永です。
今年も地域共闘会議の幹事役を務めさせていただきます。

第1回会議の候補日は以下の3つです。
 A) 1月22日（水）18:30～
 B) 1月24日（金）18:30～
 C) 1月28日（火）18:30～
場所はいずれも日の出産業労組 本部会議室（大宮）です。

ご都合の良い日を1月15日までにお知らせください。
各組合の要求方針（案）も、可能な範囲で持ち寄っていただければと思います。

""" + SIG_SHOKICHO,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations' unions in To/Cc see each other",
    },
    {
        "id": "union-042",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "三宅 沙織 <s.miyake@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 宮下 <miyashita@tabiji-travel.co.jp>"],
        "cc": ["関根 友美 <tomomi.sekine0312@gmail.com>",
               "萩原 大地 <daichi-hagiwara@icloud.com>",
               "望月 千夏 <chinatsu.m@ezweb.ne.jp>"],
        "subject": "Re: 家族ふれあいデー 集合時間の変更について",
        "body": """宮下様、ご家族の皆さま

組合女性部の三宅です。
旅路トラベルさんから連絡があり、当日の集合時間が 8:30 → 8:15 に変更になりました。
バスの駐車場所の都合とのことです。ご迷惑をおかけしますがよろしくお願いします。

雨天の場合は前日17時までにこのメールでお知らせします。

三宅 沙織（日の出産業労働組合 女性部）

-----Original Message-----
From: 宮下 <miyashita@tabiji-travel.co.jp>
Sent: Monday, May 12, 2025 10:14 AM
Subject: 家族ふれあいデー 集合時間の変更について

三宅様
当日の集合時間を15分早めていただけますでしょうか。
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a travel agency plus three members' family members on private addresses in To/Cc",
    },
    {
        "id": "union-043",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "Takuma Morinaga <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["Hanul Chemical Workers Union <intl@hanul-union.or.kr>",
               "Taiwan Chemical Workers Federation <intl@tw-chemworkers.org.tw>",
               "IFCW Asia-Pacific Office <asiapac@ifcw-global.org>"],
        "subject": "Minutes of the online meeting on 12 March",
        "body": """Dear colleagues,

Thank you all for joining the online meeting on 12 March. Please find the short
minutes below.

1. Next year's exchange programme will be hosted in Saitama (Japan), in October.
2. Each union will prepare a 10-minute report on wage negotiations in 2025.
3. IFCW will circulate a draft agenda by the end of April.

Please let me know by 31 March if anything should be corrected.

In solidarity,
Takuma Morinaga
General Secretary, Hinode Sangyo Workers' Union
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three foreign organisations in To can see each other's addresses",
    },
]

# =====================================================================================
# STOP — look-alike recipient domains
# =====================================================================================

MESSAGES += [
    {
        "id": "union-044",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 大宮支店 法人営業 <hojin-omiya@midori-ginko.com>"],
        "subject": "共済会口座の口座振替スケジュールについて",
        "body": """みどり銀行 大宮支店
法人営業ご担当 様

お世話になっております。日の出産業労働組合共済会の北川です。
来年度の共済会費の口座振替について、振替日を毎月27日（休日の場合は翌営業日）に
変更したいと考えております。必要な手続きと締切日をご教示いただけますでしょうか。

現在の委託者番号：MG-0040712
対象件数：約120件（休職者・出向者分）

よろしくお願いいたします。

""" + SIG_KYOSAI,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner bank midori-ginko.co.jp mistyped as midori-ginko.com (TLD swap)",
    },
    {
        "id": "union-045",
        "expect": "stop",
        "charset": "cp932",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["大迫 剛 <t.osako@hinode-sangyou.co.jp>"],
        "subject": "太田支部 組合費 未納者（休職者分）",
        "body": """大迫さん

お疲れさまです。会計の宇野です。
口座振替ができなかった休職者の組合費、太田支部分は以下のとおりです。
支部から声掛けをお願いできますか。

氏名　　　　　未納月　　　金額　　　連絡先
矢作 修平　　　5月・6月　　5,200円　　090-4417-2058
鳩山 大翔　　　6月　　　　2,600円　　080-9032-7715
柳生 颯　　　　6月　　　　2,600円　　080-1127-4936
久保寺 千尋　　4月～6月　　7,800円　　070-6620-3391
石黒 亮介　　　6月　　　　2,600円　　090-8803-1264

宇野
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but sent to hinode-sangyou.co.jp (letter added) with five members' arrears and phones",
    },
    {
        "id": "union-046",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大宮 小西 <konishi@sakura-hote1.jp>"],
        "subject": "定期大会 懇親会の料理と人数について",
        "body": """小西様

お世話になっております。日の出産業労組の平井です。
8月30日の懇親会につきまして、人数とお料理のご連絡です。

・人数：来賓12名＋代議員・役員86名＝計98名
・お料理：和洋ブッフェ 6,500円コース
・お飲み物：飲み放題（2時間）、ノンアルコールを多めにお願いします
・アレルギー対応：えび・かに不可の方が2名（お名前は当日お伝えします）

お見積書をお送りいただけますと幸いです。

""" + SIG_SHOKI,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner hotel sakura-hotel.jp written as sakura-hote1.jp (homoglyph l→1)",
    },
    {
        "id": "union-047",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "小此木 玲奈 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 秘書 <hisho@shirakawa-law.co.jp>"],
        "subject": "面談日程のご確認（日の出産業労組）",
        "body": """白川法律事務所
秘書ご担当 様

お世話になっております。日の出産業労働組合の小此木です。
先日ご相談した件で、白川先生との面談日程を確認させてください。

第1希望：6月10日（火）14:00〜
第2希望：6月12日（木）10:00〜

組合からは私と執行委員長の佐伯の2名で伺います。
ご都合をお知らせいただけますと幸いです。

小此木 玲奈
日の出産業労働組合 相談窓口
TEL 048-641-5526
""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the partner law firm shirakawa-law.jp mistyped as shirakawa-law.co.jp",
    },
]

# =====================================================================================
# STOP — confidentiality markings
# =====================================================================================

MESSAGES += [
    {
        "id": "union-048",
        "expect": "stop",
        "charset": "cp932",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["全化成連合 賃金政策局 <chingin@zenkasei-rengo.or.jp>"],
        "subject": "【社外秘】2025春闘 要求案（執行委員会決定前）",
        "body": """━━━━━━━━━━━━━━━━
　社外秘（組合執行部限り）
━━━━━━━━━━━━━━━━

全化成連合 賃金政策局 御中

お疲れさまです。日の出産業労組の佐伯です。
執行委員会での決定前ですが、要求案の骨子をご確認いただきたくお送りします。

1. 賃上げ：定昇相当分＋ベア 12,000円（率換算 4.1％）
2. 一時金：年間 5.2か月
3. 初任給：大卒 250,000円（+15,000円）
4. 夜勤手当：1回あたり 500円引き上げ

連合会の統一要求との整合についてご意見をいただけますと助かります。

佐伯
""",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and body stamped 社外秘, sent outside the company",
    },
    {
        "id": "union-049",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "団体交渉（第3回）議事録のご送付",
        "body": """白川先生

いつもお世話になっております。日の出産業労組の森永です。
先週の第3回団体交渉の議事録を添付いたします。
会社側の回答のうち、退職金制度の不利益変更に関する部分についてご意見をいただけますか。

森永
""",
        "attachments": [{
            "kind": "docx", "name": "団体交渉議事録_第3回.docx",
            "page_header": "部外秘",
            "paragraphs": [
                "第3回 団体交渉 議事録",
                "日時：2025年2月18日 14:00～16:40　場所：本社7階 大会議室",
                "出席：会社側 人事部長ほか4名／組合側 執行委員長ほか6名",
                "1. 退職金制度の見直しについて",
                "会社：確定給付型から確定拠出型への移行を2026年4月に実施したい。",
                "組合：移行時の不利益分の補填措置が示されない限り合意できない。",
                "2. 次回日程：3月4日（火）14:00～",
            ],
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached DOCX carries 部外秘 in its page header (the marking is only inside the attachment)",
    },
    {
        "id": "union-050",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "Takuma Morinaga <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["IFCW Asia-Pacific Office <asiapac@ifcw-global.org>"],
        "subject": "Case study for the regional bargaining workshop",
        "body": """Dear Ms. Lim,

As promised, I attach our case study on the pension-scheme negotiation for the
regional bargaining workshop. Please feel free to use the tables in your slides.

Best regards,
Takuma Morinaga
""",
        "attachments": [{
            "kind": "pdf", "name": "hinode_pension_case_study.pdf",
            "title": "Pension scheme negotiation - case study",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Workers' Union - Internal Only",
            "lines": ["Pension scheme negotiation at Hinode Sangyo (2024-2025)",
                      "",
                      "1. Background: the company proposed moving from DB to DC in 2026.",
                      "2. Union position: no member may lose more than 3% of expected benefit.",
                      "3. Fallback: accept DC if a 10-year transition allowance is agreed.",
                      "4. Timeline: decision at the 4th round, expected in March."],
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PDF's footer marks it CONFIDENTIAL / Internal Only",
    },
    {
        "id": "union-051",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["税理士法人あさひ会計 宮内 <miyauchi@asahi-kaikei.jp>"],
        "subject": "闘争積立金の残高推移について",
        "body": """宮内先生

お世話になっております。宇野です。
闘争積立金の取り崩しに関するご相談の前提資料として、残高推移の表をお送りします。
取り崩しの会計処理（特別会計から一般会計への繰入れ）について、
次回の打合せでご指導いただけますと幸いです。

宇野
""",
        "attachments": [{
            "kind": "xlsx", "name": "闘争積立金_残高推移.xlsx",
            "sheets": {"残高推移": [
                ["【取扱注意】執行委員会資料　闘争積立金 残高推移（単位：千円）"],
                ["年度", "期首残高", "積立", "取崩", "期末残高"],
                ["2020", 182400, 14400, 0, 196800],
                ["2021", 196800, 14400, 0, 211200],
                ["2022", 211200, 14400, 8200, 217400],
                ["2023", 217400, 14400, 0, 231800],
                ["2024", 231800, 14400, 0, 246200],
            ]},
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "spreadsheet's title row is stamped 【取扱注意】 (executive-committee material) and goes to an outside accountant",
    },
    {
        "id": "union-052",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["川崎電機労働組合 委員長 <rouso-iinchou@kawasaki-denki.co.jp>"],
        "subject": "回答見込みの件",
        "body": """【極秘】

川崎電機労組 野口委員長

お疲れさまです。日の出産業労組の佐伯です。
非公式ですが、会社側の回答見込みを共有します。外部には出さないでください。

・ベア：8,000円前後（要求12,000円）
・一時金：4.8か月
・回答指定日 3月12日には間に合う見込み

地域の相場形成に影響するので、取扱いにはくれぐれもご注意ください。

佐伯
""",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "body stamped 【極秘】 sent to another company's union",
    },
]

# =====================================================================================
# STOP — attachments that cannot be read
# =====================================================================================

MESSAGES += [
    {
        "id": "union-053",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 融資課 <yushi-omiya@minato-rokin.or.jp>"],
        "subject": "財形・ローン 組合員名簿（最新版）送付",
        "body": """湊労働金庫 大宮支店 融資課
秋元様

お世話になっております。共済会の北川です。
ご依頼の組合員名簿（最新版）をお送りします。
パスワードは別メールにてお知らせいたします。

""" + SIG_KYOSAI,
        "attachments": [{
            "kind": "zip", "name": "kumiaiin_meibo_202506.zip", "password": "Hn2025#rokin",
            "files": [{"kind": "csv", "name": "組合員名簿.csv", "encoding": "cp932",
                       "rows": [["組合員番号", "氏名", "支部", "携帯"]] + [list(m) for m in _members(53, 40)]}],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external bank cannot be inspected",
    },
    {
        "id": "union-054",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["税理士法人あさひ会計 宮内 <miyauchi@asahi-kaikei.jp>"],
        "subject": "令和6年度 組合会計 決算報告書（PDF）",
        "body": """宮内先生

お世話になっております。日の出産業労組 会計の宇野です。
令和6年度の決算報告書をお送りします。
閲覧用パスワードはいつものものです。

宇野
""",
        "attachments": [{
            "kind": "pdf", "name": "kessan_R6.pdf", "password": "uno2025",
            "title": "令和6年度 決算報告書",
            "lines": ["日の出産業労働組合 令和6年度 一般会計 決算報告書", "",
                      "収入の部 組合費収入 86,412,000円", "支出の部 上部団体費 12,960,000円"],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to an outside accountant cannot be inspected",
    },
    {
        "id": "union-055",
        "expect": "stop",
        "charset": "cp932",
        "sender": "石渡 健吾 <k.ishiwata@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 法人営業部 <groups@tabiji-travel.co.jp>"],
        "subject": "青年部 スキー旅行 申込集計表",
        "body": """旅路トラベル 宮下様

お世話になっております。青年部の石渡です。
1月のスキー旅行の申込集計表をお送りします。
レンタル希望数も入れてありますのでご確認ください。

石渡
""",
        "attachments": [{"kind": "corrupt", "name": "ski_moushikomi_shukei.xlsx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt XLSX attachment to a travel agency: cannot be inspected",
    },
    {
        "id": "union-056",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["きずな共済生協 給付課 <kyufu@kizuna-kyosai.or.jp>"],
        "subject": "請求書類一式の再送",
        "body": """きずな共済生協 給付課 御中

お世話になっております。共済会の北川です。
先日お送りした請求書類が開けないとのことでしたので、再送いたします。
お手数をおかけし申し訳ございません。

""" + SIG_KYOSAI,
        "attachments": [{"kind": "corrupt", "name": "seikyu_shorui_ikkatsu.docx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt DOCX attachment to the insurer: cannot be inspected",
    },
]

# =====================================================================================
# PASS — hard everyday mail that must go
# =====================================================================================

_T_NISHIKI = _corp_number(71101)
_POLICY_NOS = [_not_my_number(71200 + i) for i in range(4)]
_RECEIPT_NO = _not_my_number(71210)
_HARAIKOMI = [_not_card(71300 + i) for i in range(3)]

MESSAGES += [
    {
        "id": "union-057",
        "expect": "pass",
        "charset": "cp932",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["宇野 真理子 <m.uno@hinode-sangyo.co.jp>"],
        "cc": ["組合本部 <kumiai@hinode-sangyo.co.jp>"],
        "subject": "4月度 慶弔給付 支払予定（会計確認用）",
        "body": """宇野さん

お疲れさまです。北川です。
4月度の慶弔給付の支払予定です。振込データ作成前に確認をお願いします。

種別　　　氏名　　　　　口座　　　　　　　　　　　　　　金額
結婚祝金　赤羽 拓実　　　湊労金 大宮支店 普通 7730415　　30,000
出産祝金　望月 浩二　　　みどり銀行 与野支店 普通 1055862　20,000
弔慰金　　矢作 修平　　　ぐんま共栄銀行 太田支店 普通 1184503　30,000
傷病見舞　相葉 大輔　　　湊労金 上尾支店 普通 6402297　　10,000
結婚祝金　羽生 紗良　　　湊労金 太田支店 普通 3318840　　30,000
出産祝金　関根 隆志　　　みどり銀行 浦和支店 普通 2290716　20,000

計6件 140,000円

北川
""",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "list of six members' bank accounts, but every recipient is internal",
    },
    {
        "id": "union-058",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "小此木 玲奈 <r.okonogi@union.hinode-sangyo.co.jp>",
        "to": ["佐伯 和弘 <k.saeki@union.hinode-sangyo.co.jp>"],
        "cc": ["森永 拓真 <t.morinaga@hinode-sangyo.co.jp>"],
        "subject": "相談記録（No.2025-014）の共有",
        "body": """委員長

相談窓口の小此木です。昨日受けた相談の記録を共有します。取扱いにご注意ください。

相談者：門脇 菜々子（物流センター支部）
内容：配置転換の打診の際、センター長から「障害者手帳を持っている人に
　　　フォークは任せられない」と言われた。身体障害者手帳4級（右下肢）。
本人希望：現職場での継続勤務と、段差解消などの配慮。
対応案：支部長同席で人事部に申し入れ。外部の就労支援センターにも助言を求める（本人同意済）。

小此木
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "disability information about a named member, but sent only inside (internal subdomain)",
    },
    {
        "id": "union-059",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["生花店 花こよみ <order@hanakoyomi.jp>"],
        "subject": "供花のご注文（日の出産業労働組合）",
        "body": """花こよみ 御中

いつもお世話になっております。日の出産業労働組合共済会の北川です。
組合員のご尊父ご逝去に伴い、供花を1基お願いいたします。

故人：栗林 源三 様
喪主：栗林 隆之 様（組合員） 連絡先 090-5172-3308
通夜：1月10日（金）18時〜　告別式：1月11日（土）10時〜
式場：セレモニーホール大宮 東館（さいたま市大宮区下町3-8-11 TEL 048-645-2200）
名札：「日の出産業労働組合 中央執行委員長 佐伯和弘」
金額：15,000円（税別）

請求書は組合共済会宛にお願いいたします。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one mourner's name and phone for a flower order, plus a funeral hall's business address: one person only",
    },
    {
        "id": "union-060",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大宮 小西 <konishi@sakura-hotel.jp>"],
        "subject": "大会前日の下見（4名）",
        "body": """小西様

お世話になっております。日の出産業労組の平井です。
大会前日（8/29）の会場下見は以下の4名で伺います。
当日何かあれば、各自の携帯にご連絡ください。

　佐伯 和弘（執行委員長）　090-2274-6618
　森永 拓真（書記長）　　　080-3318-7705
　平井 朋美（本部書記）　　080-6201-4473
　三宅 沙織（女性部長）　　090-3327-5914

15時にフロントでお待ちしております。

""" + SIG_SHOKI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four attendees with mobiles to the partner hotel: under the list threshold (may warn)",
    },
    {
        "id": "union-061",
        "expect": "pass",
        "charset": "cp932",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["全化成連合 福祉局 <fukushi@zenkasei-rengo.or.jp>"],
        "subject": "提携宿泊施設一覧（日の出産業労組 共済会）",
        "body": """全化成連合 福祉局 御中

お疲れさまです。日の出産業労組の宇野です。
先日の福祉担当者会議でお話しした、当共済会の提携宿泊施設の一覧です。
加盟組合への情報提供にお使いください。

施設名　　　　　　　　　所在地　　　　　　　　　　　　電話　　　　　　割引
ホテル鬼怒川スパ　　　　栃木県日光市鬼怒川温泉大原1051　0288-77-2611　　20%
草津高原ロッジ　　　　　群馬県吾妻郡草津町草津464-1　　0279-88-3050　　15%
伊豆稲取ベイホテル　　　静岡県賀茂郡東伊豆町稲取1680　　0557-95-1122　　2,000円引
軽井沢フォレストイン　　長野県北佐久郡軽井沢町長倉2140　0267-45-7788　　10%
さくらホテル大宮　　　　埼玉県さいたま市大宮区桜木町1-9-4　048-644-8800　　会議室15%

利用時は組合員証の提示が必要です。

宇野
""",
        "entities": [],
        "detectors": [],
        "note": "a list of hotels (businesses) with addresses and phones, not people",
    },
    {
        "id": "union-062",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人営業課 <hojin@kitaguni-foods.co.jp>"],
        "subject": "共済会 物品斡旋（新米）のご注文 注文番号 KF-25-10873",
        "body": """北国フーズ株式会社
法人営業課 御中

お世話になっております。日の出産業労働組合共済会の北川です。
秋の物品斡旋（新米）の注文を取りまとめましたので、ご注文いたします。

注文番号：KF-25-10873

商品コード　品名　　　　　　　　　単価（税込）　数量
R-105　　　ゆめぴりか 5kg　　　　3,480円　　　126
R-110　　　ゆめぴりか 10kg　　　6,780円　　　 58
R-205　　　ななつぼし 5kg　　　　3,180円　　　 94
R-305　　　ふっくりんこ 5kg　　 3,280円　　　 41

納品先は各支部事務所（前回と同じ5か所）、支部ごとの内訳は別途お送りします。
納期：10月20日～24日

""" + SIG_KYOSAI,
        "entities": [],
        "detectors": [],
        "note": "order number, product codes and prices to a partner: no personal data",
    },
    {
        "id": "union-063",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
        "subject": "Re: ご請求書送付のご案内（請求番号 NI-2025-04471）",
        "body": f"""錦印刷株式会社 経理課 御中

お世話になっております。日の出産業労働組合 会計の宇野です。
組合ニュース4～6月号の印刷代につき、下記のとおりお支払いいたしました。

請求番号：NI-2025-04471
登録番号：T{_T_NISHIKI}
金額：418,000円（うち消費税10% 38,000円）
お支払日：7月31日（木）
振込先：みどり銀行 本店営業部 当座 0218834 ニシキインサツ（カ

ご確認のほどよろしくお願いいたします。

宇野 真理子
日の出産業労働組合 会計
TEL 048-641-5522
""",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice number, the printer's T-number and its company bank account: no person's data",
    },
    {
        "id": "union-064",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 為替係 <kawase-omiya@minato-rokin.or.jp>"],
        "subject": "Re: 【振込完了】共済会 慶弔給付金 3月度分",
        "body": """為替ご担当 様

ご連絡ありがとうございます。
全6件、振込完了の旨承知いたしました。引き続きよろしくお願いいたします。

北川

> 日の出産業労働組合 共済会 北川様
>
> 3月25日付で下記のお振込が完了しましたのでご報告いたします。
>
> 浅野 健太郎 様  湊労金 大宮支店 普通 4417829  30,000円
> 寺西 美咲 様    みどり銀行 与野支店 普通 2086513  20,000円
> 御子柴 亮 様    湊労金 上尾支店 普通 5530274  20,000円
> 栗林 隆之 様    埼玉中央信金 本店 普通 0916648  50,000円
> 日下部 恵子 様  みどり銀行 浦和支店 普通 3372901  30,000円
> 四十物 諒 様    湊労金 熊谷支店 普通 6120458  30,000円
>
> 湊労働金庫 大宮支店 為替係
""",
        "entities": [],
        "detectors": [],
        "note": "the account list is only in text quoted from the bank's own mail; new text has no personal data",
    },
    {
        "id": "union-065",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "Takuma Morinaga <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["Horiuchi <kaigai@tabiji-travel.co.jp>"],
        "subject": "Re: Taiwan delegation - booking confirmed",
        "body": """Dear Mr. Horiuchi,

Thank you, everything looks correct. We will pick up the e-tickets at your office on
Friday.

Takuma Morinaga

On Tue, 9 Sep 2025 at 11:02, Horiuchi <kaigai@tabiji-travel.co.jp> wrote:
> Dear Mr. Morinaga,
>
> Your flights are confirmed. Please check the passenger details:
>
> SAEKI KAZUHIRO    TR4418270  DOB 14SEP1971
> MORINAGA TAKUMA   TK9053316  DOB 08FEB1982
> MIYAKE SAORI      TS2276041  DOB 02AUG1993
>
> Outbound: NRT-TPE 14 OCT, Return: TPE-NRT 17 OCT
>
> Best regards,
> Horiuchi, Tabiji Travel
""",
        "entities": [],
        "detectors": [],
        "note": "passport numbers appear only in the quoted part of the agency's own mail",
    },
    {
        "id": "union-066",
        "expect": "pass",
        "charset": "cp932",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["きずな共済生協 給付課 小池 <koike@kizuna-kyosai.or.jp>"],
        "subject": "RE: 休業見舞金の請求についての問い合わせ",
        "body": """小池様

ご回答ありがとうございました。
必要書類（請求書・診断書）を本人に案内し、揃い次第お送りします。

北川

差出人: 小池 <koike@kizuna-kyosai.or.jp>
送信日時: 2025年1月20日 15:12
宛先: kyosai@hinode-sangyo.co.jp
件名: RE: 休業見舞金の請求についての問い合わせ

北川様

お問い合わせの塩見千尋様（加入者番号 K-3318042）の件、うつ病による休業で
医師の就労不能の診断がある場合は、入院がなくても休業見舞金の対象となります。
診断書（当生協所定様式）をご提出ください。
""",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis is only in the quoted reply from the insurer (差出人/送信日時 block)",
    },
    {
        "id": "union-067",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "組合員意識調査の委託に伴う秘密保持契約書（案）のご確認",
        "body": """白川先生

いつもお世話になっております。日の出産業労組の森永です。

今秋の組合員意識調査を外部の調査会社（株式会社リサーチ東和）に委託するにあたり、
先方から秘密保持契約書（案）が届きました。以下の点についてご意見をいただけますか。

1. 第3条の「秘密情報」の定義に、組合員の回答データが含まれるか不明確
2. 第7条の秘密保持期間が契約終了後1年と短い（3年程度にしたい）
3. 再委託の禁止条項がない

契約書案は先生にお送りした先週のメールに添付しております。
10月10日までにご返信いただけますと助かります。

""" + SIG_SHOKICHO,
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (秘密保持契約): the word is discussed, not a marking",
    },
    {
        "id": "union-068",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 秋元 <akimoto@minato-rokin.or.jp>"],
        "subject": "組合員向けローン相談会の開催について",
        "body": """湊労働金庫 大宮支店
秋元様

いつもお世話になっております。日の出産業労組共済会の北川です。
昨年好評だった組合員向けローン相談会を、今年も下記で開催したいと考えております。

・日時：11月14日（金）12:00～13:00、17:30～19:00
・場所：本社5階 組合会議室
・テーマ：住宅ローンの借り換え、教育ローン、カードローンの一本化

パンフレットを50部ほどご用意いただけますでしょうか。
ご都合をお聞かせください。

""" + SIG_KYOSAI + "\n\n" + DISCLAIMER_JA,
        "entities": [],
        "detectors": [],
        "note": "ordinary mail with a signature and the standard confidentiality disclaimer",
    },
    {
        "id": "union-069",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "小此木 玲奈 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["こころEAP 研修事業部 <kenshu@kokoro-eap.jp>"],
        "subject": "組合役員向けメンタルヘルス研修の講師依頼",
        "body": """こころEAP株式会社
研修事業部 御中

はじめてご連絡いたします。日の出産業労働組合 相談窓口の小此木です。
組合の支部役員（約40名）を対象に、下記の研修をお願いしたくご連絡しました。

テーマ案：「うつ病・適応障害の早期発見と職場での声かけ」
　　　　　「ハラスメント相談を受けたときの初期対応」
日時：12月6日（土）13:30～16:30
会場：さいたま市民会館うらわ 会議室

講師料とご準備いただける資料についてお見積りをいただけますでしょうか。

小此木 玲奈
日の出産業労働組合 ハラスメント相談窓口
TEL 048-641-5526
""",
        "entities": [],
        "detectors": [],
        "note": "health words are seminar titles, not about any person",
    },
    {
        "id": "union-070",
        "expect": "pass",
        "charset": "cp932",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["ほしぞら生命 団体保険部 <dantai-hoken@hoshizora-seimei.co.jp>"],
        "subject": "団体がん保険の料率改定について",
        "body": """ほしぞら生命 団体保険部 御中

お世話になっております。共済会の北川です。
来年度から団体がん保険（がん診断一時金・入院給付）の料率が改定されると伺いました。
組合員向けの案内を作るため、以下を教えていただけますか。

・年齢区分ごとの新旧月額保険料（本人・配偶者）
・上皮内がんの給付割合の変更有無
・先進医療特約の付帯条件

現行の加入者数は本人412名、配偶者173名です。
案内文は9月の組合ニュースに載せる予定です。

""" + SIG_KYOSAI,
        "entities": [],
        "detectors": [],
        "note": "cancer-insurance product talk and aggregate counts, about no individual",
    },
    {
        "id": "union-071",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "ハラスメント防止に関する労使協定（改定案）のチェックのお願い",
        "body": """白川先生

お世話になっております。日の出産業労組の佐伯です。
会社と協議中のハラスメント防止協定の改定案について、組合案を作りました。
主な変更点は以下のとおりです。

・第2条：性的指向・性自認、病歴、障害、出身地に関する言動を対象に明記
・第5条：相談者のプライバシー保護（相談内容は本人同意なく人事評価に使わない）
・第8条：調査委員会に組合推薦の外部委員（弁護士）を1名加える
・第11条：カスタマーハラスメントへの会社の対応義務を追加

全文は添付のとおりです（Word）。ご意見を赤字で入れていただけますと助かります。

--
日の出産業労働組合 中央執行委員長
佐伯 和弘
〒330-0854 さいたま市大宮区桜木町2-7-15
TEL: 048-641-5520
k.saeki@hinode-sangyo.co.jp
""",
        "attachments": [{
            "kind": "docx", "name": "ハラスメント防止協定_改定案.docx",
            "paragraphs": ["ハラスメントの防止に関する労使協定（組合改定案）",
                           "第1条（目的）本協定は、職場におけるあらゆるハラスメントを防止し…",
                           "第2条（定義）性的指向・性自認、病歴、障害、出身地等に関する言動を含む。",
                           "第5条（プライバシーの保護）相談内容は本人の同意なく人事評価に用いない。"],
        }],
        "entities": [],
        "detectors": [],
        "note": "a policy naming sensitive categories in general, with no person",
    },
    {
        "id": "union-072",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["全化成連合 労働条件局 田所 <tadokoro@zenkasei-rengo.or.jp>"],
        "subject": "経営資料の開示要求について",
        "body": """田所局長

お疲れさまです。日の出産業労組の森永です。
団体交渉で、部門別の損益資料の開示を求めたところ、会社から
「経営上の機密にあたるので出せない」との回答がありました。

労組法上の誠実交渉義務との関係で、どの程度まで開示を求められるものか、
他組合の事例（秘密保持を条件に開示させた例など）があれば教えてください。

""" + SIG_SHOKICHO,
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing, not as a classification of this mail",
    },
    {
        "id": "union-073",
        "expect": "pass",
        "charset": "cp932",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["錦印刷 村瀬様 <murase@nishiki-insatsu.co.jp>"],
        "subject": "結成60周年記念誌 年表原稿",
        "body": """村瀬様

お世話になっております。組合本部の平井です。
記念誌の年表部分の原稿をお送りします。

昭和３８年４月２日　日の出産業労働組合 結成（組合員 312名）
昭和４５年１１月３日　共済会 発足
昭和６３年６月１日　全化成連合に加盟
平成２年１１月３日　太田工場支部 結成
平成１７年４月１日　ユニオンショップ協定 締結
令和５年４月２日　結成60周年記念式典（さくらホテル大宮）

写真は来週まとめてお送りします。

平井
""",
        "entities": [],
        "detectors": [],
        "note": "和暦 dates of union history, not birth dates of anyone",
    },
    {
        "id": "union-074",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["きずな共済生協 契約管理課 <keiyaku@kizuna-kyosai.or.jp>"],
        "subject": "団体契約の証書番号照会",
        "body": f"""きずな共済生協 契約管理課 御中

お世話になっております。共済会の北川です。
当組合の団体契約について、更新後の証書番号を確認させてください。
手元の控えでは以下のとおりです。

総合共済（団体）　　証書番号 {_POLICY_NOS[0]}
火災共済（団体）　　証書番号 {_POLICY_NOS[1]}
自然災害共済（団体）証書番号 {_POLICY_NOS[2]}
交通災害共済（団体）証書番号 {_POLICY_NOS[3]}

また、先月お電話した際の受付番号は {_RECEIPT_NO} です。

""" + SIG_KYOSAI,
        "entities": [],
        "detectors": [],
        "note": "12-digit group-policy and receipt numbers that are not My Numbers",
    },
    {
        "id": "union-075",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 為替係 <kawase-omiya@minato-rokin.or.jp>"],
        "subject": "払込票の払込番号について",
        "body": f"""為替ご担当 様

お世話になっております。日の出産業労組 会計の宇野です。
上部団体費の払込票が3枚届いていますが、払込番号の桁数が以前と変わっているようです。
このままコンビニ・窓口で使えるか確認させてください。

1) 4～6月分 払込番号 {_HARAIKOMI[0][:4]}-{_HARAIKOMI[0][4:8]}-{_HARAIKOMI[0][8:12]}-{_HARAIKOMI[0][12:]}
2) 7～9月分 払込番号 {_HARAIKOMI[1][:4]}-{_HARAIKOMI[1][4:8]}-{_HARAIKOMI[1][8:12]}-{_HARAIKOMI[1][12:]}
3) 臨時分   払込番号 {_HARAIKOMI[2][:4]}-{_HARAIKOMI[2][4:8]}-{_HARAIKOMI[2][8:12]}-{_HARAIKOMI[2][12:]}

宇野
""",
        "entities": [],
        "detectors": [],
        "note": "16-digit payment-slip numbers that look like card numbers but fail Luhn",
    },
    {
        "id": "union-076",
        "expect": "pass",
        "charset": "cp932",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人サービスセンター <houjin-center@aoba-unyu.co.jp>"],
        "subject": "記念品の発送状況の確認（送り状番号）",
        "body": """青葉運輸 法人サービスセンター 御中

いつもお世話になっております。日の出産業労働組合の平井です。
10月8日に発送をお願いした60周年記念品について、配達状況を教えてください。

送り状番号　　　届け先
4821-3307-6615　日の出産業 太田工場 支部事務所（群馬県太田市西新町 88-1）
4821-3307-6626　日の出産業 富士工場 支部事務所（静岡県富士市富士岡 1420）
4821-3307-6630　日の出産業 物流センター（埼玉県川口市領家 4-10-2）
4821-3307-6641　日の出産業 大宮事業所（さいたま市大宮区吉敷町 1-75）

いずれも平日9時～17時の受取でお願いします。

平井 朋美
日の出産業労働組合 本部書記
TEL 048-641-5521
""",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and the company's own site addresses: no person",
    },
    {
        "id": "union-077",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["湊労働金庫 大宮支店 秋元 <akimoto@minato-rokin.or.jp>"],
        "cc": ["きずな共済生協 埼玉推進本部 岡部 <okabe@kizuna-kyosai.or.jp>",
               "宇野 真理子 <m.uno@hinode-sangyo.co.jp>"],
        "subject": "新入組合員向け合同説明会（4/10）の打合せ",
        "body": """秋元様、岡部様

お世話になっております。日の出産業労組共済会の北川です。
4月10日の新入組合員向け合同説明会について、三者で一度打合せをさせてください。

候補：3月18日（火）15時／3月19日（水）10時
場所：日の出産業 本社5階 組合会議室（オンライン参加も可）

持ち時間は労金さん20分、共済生協さん20分、共済会15分を想定しています。

""" + SIG_KYOSAI,
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc: a normal three-way meeting mail",
    },
    {
        "id": "union-078",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "古賀 義明 <y.koga@hinode-sangyo.co.jp>",
        "to": ["春日井 茂雄 <kasugai.shigeo@yahoo.co.jp>"],
        "subject": "Re: OB会費の引落しについて",
        "body": """春日井様

ご連絡ありがとうございます。組合本部の古賀です。
OB会費（年額3,000円）の引落しは、例年どおり6月27日の予定です。
口座の変更がある場合は、同封の用紙で5月末までにお知らせください。

引き続きよろしくお願いいたします。

古賀 義明
日の出産業労働組合 退職者の会 事務局
TEL 048-641-5523
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one retiree on free mail; no personal data beyond his own address",
    },
    {
        "id": "union-079",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "古賀 義明 <y.koga@hinode-sangyo.co.jp>",
        "to": ["日の出産業労働組合 OB会 <kumiai@hinode-sangyo.co.jp>"],
        "bcc": ["katsuragi.m1960@gmail.com", "kazuyo-ashida@yahoo.co.jp", "chiga.toshio@docomo.ne.jp",
                "hakamada.akira@icloud.com", "sachiko.s@ezweb.ne.jp", "onizuka.katsutoshi@gmail.com",
                "kasugai.shigeo@yahoo.co.jp", "sudo.kunihiko@outlook.jp"],
        "subject": "OB会 新年会のご案内",
        "body": """OB会の皆さま

新年あけましておめでとうございます。OB会事務局の古賀です。
恒例の新年会を下記のとおり開催します。

日時：1月25日（土）12:00～14:30
会場：さくらホテル大宮 2階「梅の間」
会費：4,000円

出欠は1月15日までにお知らせください。
※このメールはBCCでお送りしています。

古賀 義明（日の出産業労働組合 OB会事務局）TEL 048-641-5523
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "retirees on free mail are in Bcc, so they cannot see each other",
    },
    {
        "id": "union-080",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "Takuma Morinaga <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["Ji-ho Park <jhpark@hanul-union.or.kr>"],
        "subject": "Agenda for your visit to Saitama (21-23 October)",
        "body": """Dear Ji-ho,

Thank you for confirming your visit. Here is the draft programme:

21 Oct  Arrival, welcome dinner (Omiya)
22 Oct  Ota plant visit and safety-committee meeting; exchange on wage bargaining
23 Oct  Meeting with our mutual-aid society; departure

Please let me know your flight numbers when you have them, and whether anyone in
your delegation has dietary requirements.

Warm regards,

Takuma Morinaga
General Secretary
Hinode Sangyo Workers' Union
5F Hinode Sangyo HQ, 2-7-15 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel: +81 48 641 5520 | Mobile: +81 80 3318 7705
t.morinaga@hinode-sangyo.co.jp

""" + DISCLAIMER_EN,
        "entities": [],
        "detectors": [],
        "note": "English mail with a full signature and the standard disclaimer",
    },
    {
        "id": "union-081",
        "expect": "pass",
        "charset": "cp932",
        "sender": "小此木 玲奈 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["清瀬社会保険労務士事務所 <kiyose@kiyose-sr.jp>"],
        "subject": "未払残業代の相談予約（組合員1名）",
        "body": """清瀬先生

お世話になっております。日の出産業労組 相談窓口の小此木です。
組合員1名の未払残業代について、個別相談のお時間をいただけますでしょうか。

相談者：鳩山 大翔（太田工場支部 設備保全課）
入社日：2022年4月1日
連絡先：080-9032-7715（平日18時以降）
内容：保全作業の呼出し対応（休日）が残業として付いていない件。

相談料は組合負担でお願いします。

小此木
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one member's contact for an appointment; the 入社日 is not a birth date",
    },
    {
        "id": "union-082",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "三宅 沙織 <s.miyake@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 宮下 <miyashita@tabiji-travel.co.jp>"],
        "subject": "家族ふれあいデー 追加参加者（3名）",
        "body": """宮下様

三宅です。追加で3名の参加申込がありました。

・塩見 千尋（組合員）　070-2274-9916
・塩見 翼（ご主人）　　同上
・塩見 結（長女・小学2年）

チケットの追加手配をお願いします。

三宅
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three people (one family) added to a booking: below the list threshold",
    },
    {
        "id": "union-083",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["支部長 各位 <shibucho-all@hinode-sangyo.co.jp>"],
        "subject": "第63回定期大会 代議員名簿（支部確認用）",
        "html": """<html><body>
<p>支部長各位</p>
<p>お疲れさまです。本部書記の平井です。大会の代議員名簿です。誤りがあれば8/8までにご連絡ください。</p>
<table border="1" cellpadding="3">
<tr><th>支部</th><th>代議員</th><th>携帯</th><th>宿泊</th></tr>
<tr><td>本社支部</td><td>勅使河原 修</td><td>090-6034-2219</td><td>有</td></tr>
<tr><td>本社支部</td><td>五十嵐 達郎</td><td>080-9946-3382</td><td>有</td></tr>
<tr><td>大宮支部</td><td>東海林 聡</td><td>080-4478-1953</td><td>有</td></tr>
<tr><td>大宮支部</td><td>小鳥遊 智也</td><td>090-2215-9073</td><td>有</td></tr>
<tr><td>太田工場支部</td><td>百目鬼 譲</td><td>080-2290-6631</td><td>有</td></tr>
<tr><td>太田工場支部</td><td>我孫子 誠司</td><td>070-3392-5510</td><td>有</td></tr>
<tr><td>富士工場支部</td><td>一円 康平</td><td>090-5126-8807</td><td>有</td></tr>
<tr><td>物流センター支部</td><td>門脇 菜々子</td><td>090-7713-0248</td><td>有</td></tr>
</table>
<p>平井</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "HTML table of eight delegates with mobiles, sent only to an internal list",
    },
    {
        "id": "union-084",
        "expect": "pass",
        "charset": "cp932",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["大迫 剛 <t.osako@hinode-sangyo.co.jp>", "石渡 健吾 <k.ishiwata@hinode-sangyo.co.jp>"],
        "cc": ["森永 拓真 <t.morinaga@hinode-sangyo.co.jp>"],
        "subject": "組合員名簿（7月1日現在）太田・富士",
        "body": """大迫支部長、石渡さん

お疲れさまです。本部の平井です。
7月1日現在の組合員名簿（太田・富士）を送ります。支部の緊急連絡網の更新に使ってください。
個人情報なので、支部の共有フォルダには置かないようお願いします。

平井
""",
        "attachments": [{
            "kind": "xlsx", "name": "組合員名簿_20250701_太田富士.xlsx",
            "sheets": {
                "太田工場支部": [["組合員名簿（太田工場支部）2025/7/1現在"],
                                 ["組合員番号", "氏名", "生年月日", "住所", "携帯"]] + [
                    [m[0], m[1], f"19{70 + i}/{1 + i % 12:02d}/{3 + i:02d}",
                     f"群馬県太田市{['飯田町', '新井町', '東本町', '西新町', '鳥山上町'][i % 5]}{100 + i * 37}-{1 + i}", m[3]]
                    for i, m in enumerate(_members(84, 12))],
                "富士工場支部": [["組合員名簿（富士工場支部）2025/7/1現在"],
                                 ["組合員番号", "氏名", "生年月日", "住所", "携帯"]] + [
                    [m[0], m[1], f"19{75 + i}/{1 + (i * 5) % 12:02d}/{10 + i:02d}",
                     f"静岡県富士市{['伝法', '吉原', '今泉', '松岡', '厚原'][i % 5]}{200 + i * 41}-{2 + i}", m[3]]
                    for i, m in enumerate(_members(85, 10))],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "full member roster XLSX, but every recipient is internal",
    },
    {
        "id": "union-085",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["根本 隆 <t.nemoto@union.hinode-sangyo.co.jp>"],
        "subject": "会計監査資料（パスワード付き）",
        "body": """根本さん

会計監査の資料をお送りします。パスワードは口頭でお伝えします。

宇野
""",
        "attachments": [{
            "kind": "zip", "name": "kansa_shiryo.zip", "password": "kansa-0520",
            "files": [{"kind": "xlsx", "name": "仕訳帳.xlsx",
                       "sheets": {"仕訳": [["日付", "科目", "金額"], ["2025/04/01", "組合費収入", 7201000]]}}],
        }],
        "entities": [],
        "detectors": [],
        "note": "a password ZIP, but sent only to an internal colleague (internal subdomain)",
    },
    {
        "id": "union-086",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["さいたま中央地域協議会 事務局 <jimukyoku@saitama-chuo-chikyo.or.jp>"],
        "subject": "共済会 提携葬祭業者一覧（情報提供）",
        "body": """さいたま中央地域協議会 事務局 御中

お世話になっております。日の出産業労組共済会の北川です。
先日お問い合わせのあった、当共済会の提携葬祭業者の一覧をお送りします。

・セレモニーホール大宮（さいたま市大宮区下町3-8-11）TEL 048-645-2200
・清涼葬祭 上尾会館（上尾市宮本町9-4）TEL 048-771-0044
・太田やすらぎ斎場（群馬県太田市浜町21-6）TEL 0276-46-3311
・富士典礼会館（静岡県富士市本町14-2）TEL 0545-61-2080
・川口メモリアルホール（川口市本町4-1-8）TEL 048-222-7755

組合員証の提示で基本料金が10%割引になります。

""" + SIG_KYOSAI,
        "entities": [],
        "detectors": [],
        "note": "a bulleted directory of funeral businesses, not people",
    },
    {
        "id": "union-087",
        "expect": "pass",
        "charset": "cp932",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["ことぶきギフト 法人窓口 <houjin@kotobuki-gift.co.jp>"],
        "subject": "結婚記念品の直送依頼（注文番号 KG-77812）",
        "body": """ことぶきギフト 法人窓口 御中

いつもお世話になっております。日の出産業労組共済会の北川です。
結婚記念品（カタログギフト 15,000円コース）1点の直送をお願いします。

注文番号：KG-77812
お届け先：羽生 紗良 様
〒373-0851 群馬県太田市飯田町1402-3 グランメゾン飯田305
電話：090-2246-8053
のし：寿（贈り主「日の出産業労働組合 共済会」）
お届け希望：6月21日（土）午前

よろしくお願いいたします。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one member's delivery address and phone to a gift shop: a single person's record",
    },
    {
        "id": "union-088",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "Takuma Morinaga <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["Taiwan Chemical Workers Federation <intl@tw-chemworkers.org.tw>"],
        "subject": "Our delegation for the October exchange",
        "body": """Dear Mr. Lin,

We are pleased to confirm that the following officers will join the exchange in
Taoyuan:

- Kazuhiro Saeki, President
- Takuma Morinaga, General Secretary
- Saori Miyake, Head of Women's Committee

Each of us will give a short presentation (about 15 minutes) on our union's work on
working hours, the mutual-aid society, and women's participation.

Looking forward to seeing you,
Takuma Morinaga
Hinode Sangyo Workers' Union
""",
        "entities": [],
        "detectors": [],
        "note": "three officers' names and union titles only, no other data about them",
    },
    {
        "id": "union-089",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["錦印刷 村瀬様 <murase@nishiki-insatsu.co.jp>"],
        "subject": "組合ニュース 9月号 原稿",
        "body": """村瀬様

お世話になっております。組合本部の平井です。
組合ニュース9月号の原稿をお送りします。レイアウトは前号と同じでお願いします。

――――――――――――――――――――
【1面】第63回定期大会 開催される
8月30日、さくらホテル大宮にて第63回定期大会が開催され、
新執行委員長に佐伯和弘さん（本社支部）、書記長に森永拓真さん（本社支部）が選ばれました。

【2面】健康診断の受診率が過去最高に
昨年度の定期健康診断の受診率は99.2％と過去最高でした。
二次検査の受診率はまだ60％台にとどまっています。「要精密検査」の通知が届いた方は
早めの受診をお願いします。共済会では二次検査費用の補助（上限5,000円）を行っています。

【3面】共済会だより：結婚祝金・出産祝金の申請期限は1年以内です
――――――――――――――――――――

校正は9月5日までにいただけると助かります。

平井
""",
        "entities": [],
        "detectors": [],
        "note": "newsletter copy: elected officers' names only and health-check statistics about no one",
    },
    {
        "id": "union-090",
        "expect": "pass",
        "charset": "cp932",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["全化成連合 財政局 <zaisei@zenkasei-rengo.or.jp>"],
        "subject": "2025年度 加盟人員報告（支部別）",
        "body": """全化成連合 財政局 御中

お疲れさまです。日の出産業労組 会計の宇野です。
2025年度の加盟人員報告をCSVでお送りします。連合会費の算定にお使いください。

宇野
""",
        "attachments": [{
            "kind": "csv", "name": "kamei_jinin_2025.csv", "encoding": "cp932",
            "rows": [["支部", "組合員数（男）", "組合員数（女）", "計", "月額会費単価", "月額会費"],
                     ["本社支部", 188, 121, 309, 350, 108150],
                     ["大宮支部", 142, 67, 209, 350, 73150],
                     ["太田工場支部", 296, 48, 344, 350, 120400],
                     ["富士工場支部", 251, 39, 290, 350, 101500],
                     ["物流センター支部", 118, 52, 170, 350, 59500],
                     ["合計", 995, 327, 1322, "", 462700]],
        }],
        "entities": [],
        "detectors": [],
        "note": "CSV of aggregate head-counts per branch: no individual",
    },
    {
        "id": "union-091",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "小此木 玲奈 <r.okonogi@hinode-sangyo.co.jp>",
        "to": ["全化成連合 男女平等局 <byodo@zenkasei-rengo.or.jp>"],
        "subject": "ハラスメント相談件数の報告（2024年度）",
        "body": """全化成連合 男女平等局 御中

お疲れさまです。日の出産業労組 相談窓口の小此木です。
2024年度の相談件数を報告します。

相談件数 合計 23件
　パワーハラスメント　　11件
　セクシュアルハラスメント　4件
　マタニティ／育児関連　　3件
　メンタル不調に関する相談　3件
　その他（賃金・配置等）　　2件
うち会社への申し入れに至ったもの 6件、解決 5件、継続 1件

個別の内容については、相談者保護のため報告を控えます。

小此木
""",
        "entities": [],
        "detectors": [],
        "note": "aggregate grievance statistics with no identifiable person",
    },
    {
        "id": "union-092",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "佐伯 和弘 <k.saeki@hinode-sangyo.co.jp>",
        "to": ["かもめ総合法律事務所 吉永先生 <yoshinaga@kamome-sogo-law.jp>"],
        "subject": "RE: 組合員の懲戒処分についてのご相談",
        "body": """吉永先生

ご返信ありがとうございます。
それでは6月3日（火）16時に、事務所に伺います。組合からは私と書記長の森永の2名です。
団体交渉の議事録は当日持参いたします。

佐伯

-----Original Message-----
From: 吉永 <yoshinaga@kamome-sogo-law.jp>
Sent: Thursday, May 29, 2025 9:40 AM
To: k.saeki@hinode-sangyo.co.jp
Subject: RE: 組合員の懲戒処分についてのご相談

佐伯様

百目鬼譲様の件、酒気帯び運転による逮捕・罰金刑で業務外の事案とのこと、
懲戒解雇の相当性には争う余地があると考えます。
6月3日（火）16時はいかがでしょうか。
""",
        "entities": [],
        "detectors": [],
        "note": "the criminal-record detail is only in the lawyer's own quoted mail (Original Message)",
    },
    {
        "id": "union-093",
        "expect": "pass",
        "charset": "cp932",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 宮下 <miyashita@tabiji-travel.co.jp>"],
        "cc": ["さくらホテル大宮 小西 <konishi@sakura-hotel.jp>", "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>"],
        "subject": "定期大会 送迎バスとホテル到着時刻の調整",
        "body": """宮下様、小西様

お世話になっております。日の出産業労組の平井です。
大会当日の送迎バスについて、両社で直接調整いただけると助かります。

・太田発 9:30 → ホテル着 11:30（代議員 18名）
・富士発 8:00 → ホテル着 11:45（代議員 15名）
・バス乗降場所：ホテル正面玄関（小西様、誘導をお願いできますでしょうか）

平井
""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc plus an internal Cc: allowed",
    },
    {
        "id": "union-094",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["日の出産業健康保険組合 保健事業課 <hoken-jigyo@hinode-kenpo.or.jp>"],
        "subject": "特定保健指導の受診勧奨への組合の協力について",
        "body": """日の出産業健康保険組合 保健事業課 御中

いつもお世話になっております。日の出産業労組共済会の北川です。
特定保健指導の実施率向上について、労働組合としても協力したいと考えております。

・組合ニュースでの周知（制度の説明、就業時間内の受診が可能であること）
・支部役員会での呼びかけ
・共済会の二次検査補助と合わせた案内

対象者の個人名は不要です。周知用の資料があればご提供ください。

""" + SIG_KYOSAI,
        "entities": [],
        "detectors": [],
        "note": "health-programme policy talk with the company's health-insurance society, no individual",
    },
    {
        "id": "union-095",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "宇野 真理子 <m.uno@hinode-sangyo.co.jp>",
        "to": ["清瀬社会保険労務士事務所 <kiyose@kiyose-sr.jp>"],
        "subject": "共済会でのマイナンバー取扱いについて",
        "body": """清瀬先生

いつもお世話になっております。日の出産業労組 会計の宇野です。
共済会の給付について、マイナンバー（個人番号）の収集が必要かどうか確認させてください。

・慶弔給付（結婚祝金 3万円、弔慰金 最大10万円）は支払調書の対象になりますか
・講師謝礼（年1〜2回、1回 3万円程度）の場合はいかがでしょうか
・収集する場合の保管方法（金庫保管・アクセス記録）の注意点

組合の規程類は改訂が追いついておらず、お恥ずかしい限りです。
次回の顧問相談の際にご教示ください。

宇野
""",
        "entities": [],
        "detectors": [],
        "note": "asks about My Number handling; contains no number",
    },
    {
        "id": "union-096",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["関根 友美 <tomomi.sekine0312@gmail.com>"],
        "subject": "保養所の利用料金表をお送りします",
        "body": """関根友美様

日の出産業労組共済会の北川です。
ご主人（隆志さん）からご依頼のあった、組合保養所の利用料金表をお送りします。
ご家族だけでのご利用も可能です。予約は共済会事務局までお電話ください。

""" + SIG_KYOSAI,
        "attachments": [{
            "kind": "pdf", "name": "hoyojo_ryokin_2025.pdf", "title": "保養所 利用料金表",
            "lines": ["日の出産業労働組合 共済会 保養所 利用料金表（2025年度）", ""],
            "table": [["施設", "区分", "平日（1泊2食）", "休前日"],
                      ["那須高原荘", "組合員・家族", "6,500円", "8,000円"],
                      ["那須高原荘", "小学生", "4,000円", "5,000円"],
                      ["伊東海浜荘", "組合員・家族", "7,000円", "9,000円"],
                      ["伊東海浜荘", "小学生", "4,500円", "5,500円"]],
        }],
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a price list PDF to one member's spouse on free mail",
    },
    {
        "id": "union-097",
        "expect": "pass",
        "charset": "cp932",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["錦印刷 村瀬様 <murase@nishiki-insatsu.co.jp>"],
        "subject": "定期大会 議案書の印刷（入稿）",
        "body": """村瀬様

お世話になっております。組合本部の平井です。
定期大会の議案書の原稿を入稿します（Word）。
A4 32ページ、中綴じ、400部でお願いします。

なお、年間契約書の機密保持条項のとおり、原稿データは納品後に削除いただけますようお願いします。

平井
""",
        "attachments": [{
            "kind": "docx", "name": "第63回定期大会_議案書.docx",
            "paragraphs": ["第63回定期大会 議案書",
                           "第1号議案 2024年度 活動報告",
                           "第2号議案 2024年度 一般会計・共済会会計 決算報告",
                           "第3号議案 2025年度 運動方針（案）",
                           "第4号議案 2025年度 予算（案）",
                           "第5号議案 役員選出"],
        }],
        "entities": [],
        "detectors": [],
        "note": "DOCX of convention proposals; 機密保持 mentioned in passing about the contract",
    },
]

# =====================================================================================
# EITHER — honest borderline cases
# =====================================================================================

MESSAGES += [
    {
        "id": "union-098",
        "expect": "either",
        "charset": "iso-2022-jp",
        "sender": "北川 由紀子 <kyosai@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 上尾会館 <ageo@seiryo-sousai.co.jp>"],
        "subject": "組合員ご母堂の葬儀について（共済会提携割引）",
        "body": """清涼葬祭 上尾会館 御中

いつもお世話になっております。日の出産業労組共済会の北川です。
組合員 石黒健一さんのご母堂がご逝去され、貴社で葬儀を行いたいとのことです。
共済会の提携割引の適用をお願いいたします。

喪主：石黒 健一 様　携帯 090-6215-3387
宗派：浄土真宗本願寺派（菩提寺：上尾市内の西蓮寺）
ご希望：家族葬（20名程度）

詳細はご本人から直接ご連絡があると思います。

""" + SIG_KYOSAI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "the family's Buddhist sect for a funeral: ordinary funeral logistics, or the member's religion?",
    },
    {
        "id": "union-099",
        "expect": "either",
        "charset": "utf-8",
        "sender": "平井 朋美 <kumiai@hinode-sangyo.co.jp>",
        "to": ["さくらホテル大宮 小西 <konishi@sakura-hotel.jp>"],
        "subject": "定期大会 名札・席札の作成について",
        "body": """小西様

お世話になっております。日の出産業労組の平井です。
来賓席の席札の作成をお願いできますでしょうか。以下の5名分です。

全化成連合　中央執行委員長　　　山科 徹 様
湊労働金庫　大宮支店長　　　　　秋元 隆司 様
きずな共済生協　埼玉推進本部長　岡部 由美子 様
さいたま中央地域協議会　議長　　葛西 仁 様
日の出産業株式会社　人事部長　　長谷部 浩 様

平井
""",
        "entities": [],
        "detectors": [],
        "note": "five guests' names with organisations and titles only: business contacts, or a five-person list?",
    },
    {
        "id": "union-100",
        "expect": "either",
        "charset": "cp932",
        "sender": "森永 拓真 <t.morinaga@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 海外団体課 <kaigai@tabiji-travel.co.jp>"],
        "subject": "台湾訪問団 復路便の変更のお願い",
        "body": """堀内様

お世話になっております。日の出産業労組の森永です。
訪問団のうち三宅沙織さんについて、持病の定期通院の予約が10月17日の午後に入ってしまったため、
復路便を10月16日の最終便に変更できないでしょうか。
ほかの2名は予定どおりです。差額が発生する場合はお知らせください。

森永
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named member has a chronic illness needing regular visits, with no diagnosis: vague health reference",
    },
]
