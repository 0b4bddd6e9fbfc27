"""Blind corpus, area "kaigi": meetings of 日の出産業 with partners and customers.

The mail that goes around a meeting: asking for and fixing dates, agendas, minutes
(議事録), attendee lists (出席者名簿), meeting-room and hotel bookings, web-conference
links and dial-ins, building entry and parking registration, catering, name badges,
honoraria for outside speakers, and the follow-ups after the meeting.  Some of it goes
to partners, customers, venues and agencies, some stays inside the company.
Every person, number, address and company here (apart from the names in BRIEF.md) is
invented, and the file was written blind, from BRIEF.md, build.py and the names in
SPEC.md only, without reading mailguard's code.
"""

from __future__ import annotations

import unicodedata

from build import card_number, my_number

SEED = 42401

MN0 = my_number(SEED + 0)   # outside lecturer (sent to a tax office: stop)
MN1 = my_number(SEED + 1)   # another lecturer (internal mail only: pass)
CARD0 = card_number(SEED + 0)

# -- small helpers ----------------------------------------------------------------------


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cols(rows, gap=2, rule="-", zen=False):
    """Columns padded with spaces under a header and a rule, as people paste them."""
    n = max(len(r) for r in rows)
    widths = [max(_w(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for k, r in enumerate(rows):
        parts = []
        for i, c in enumerate(r):
            pad = widths[i] - _w(c) + (gap if i < len(r) - 1 else 0)
            if zen:
                parts.append(c + "\u3000" * (pad // 2) + " " * (pad % 2))
            else:
                parts.append(c + " " * pad)
        out.append("".join(parts).rstrip())
        if k == 0:
            out.append(rule * (sum(widths) + gap * (n - 1)))
    return "\n".join(out)


_FW = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def fw(s: str) -> str:
    """ASCII digits and separators → full-width."""
    return s.translate(_FW)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of the 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def html_table(rows, border=1):
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="4" cellspacing="0" '
            f'style="border-collapse:collapse;font-size:10pt">'
            f"<tr>{head}</tr>{body}</table>")


ADDR = "〒108-0075 東京都港区港南2-16-3 日の出産業ビル"
ADDR_K = "〒108-0075 東京都港区港南二丁目16番3号 日の出産業ビル"

STAFF = {
    "takahashi": ("高橋 誠", "Makoto Takahashi", "営業本部 第一営業部", "m.takahashi", "03-5781-2231"),
    "sasaki": ("佐々木 由美", "Yumi Sasaki", "総務部 総務課", "y.sasaki", "03-5781-2205"),
    "shoji": ("東海林 健吾", "Kengo Shoji", "経営企画部", "k.shoji", "03-5781-2260"),
    "takanashi": ("小鳥遊 美咲", "Misaki Takanashi", "情報システム部", "m.takanashi", "03-5781-2290"),
    "domeki": ("百目鬼 聡", "Satoshi Domeki", "人事部 人事課", "s.domeki", "03-5781-2215"),
    "watanuki": ("四月一日 遥", "Haruka Watanuki", "営業本部 営業推進課", "h.watanuki", "03-5781-2244"),
    "mitarai": ("御手洗 隆", "Takashi Mitarai", "経理部", "t.mitarai", "03-5781-2270"),
    "tsuyuri": ("栗花落 健司", "Kenji Tsuyuri", "海外事業部", "k.tsuyuri", "03-5781-2280"),
    "kadenokoji": ("勘解由小路 玲子", "Reiko Kadenokoji", "社長室 秘書課", "r.kadenokoji", "03-5781-2201"),
    "minai": ("薬袋 直樹", "Naoki Minai", "購買部", "n.minai", "03-5781-2250"),
    "tsukumo": ("九十九 翔太", "Shota Tsukumo", "営業本部 第二営業部", "s.tsukumo", "03-5781-2236"),
    "yamanashi": ("月見里 紗英", "Sae Yamanashi", "広報IR室", "s.yamanashi", "03-5781-2262"),
    "iokibe": ("五百旗頭 学", "Manabu Iokibe", "法務部", "m.iokibe", "03-5781-2265"),
    "wagatsuma": ("我妻 千尋", "Chihiro Wagatsuma", "カスタマーサポート部", "c.wagatsuma", "03-5781-2300"),
    "imoarai": ("一口 剛", "Tsuyoshi Imoarai", "大阪支店 営業課", "t.imoarai", "06-6344-7712"),
}


def frm(key: str) -> str:
    name, _, _, local, _ = STAFF[key]
    return f"{name} <{local}@hinode-sangyo.co.jp>"


def mail(key: str) -> str:
    return f"{STAFF[key][3]}@hinode-sangyo.co.jp"


def sig(key: str, style: int = 0) -> str:
    name, romaji, dept, local, tel = STAFF[key]
    em = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"--\n日の出産業株式会社\n{dept}\n{name}（{romaji}）\n{ADDR}\n"
                f"TEL: {tel} / FAX: 03-5781-2299\nE-mail: {em}")
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社　{dept}\n{name}\n"
                f"TEL {tel}（直通）\n{ADDR_K}\n━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        last = name.split()[0]
        return (f"----------------------------------\n日の出産業(株) {dept} {last}\n"
                f"TEL {tel}\n----------------------------------")
    if style == 3:
        return (f"--\n{romaji}\n{dept}\nHinode Sangyo Co., Ltd.\n"
                f"2-16-3 Konan, Minato-ku, Tokyo 108-0075, Japan\n"
                f"Tel: +81-{tel[1:]}\n{em}")
    # style 4: boxed
    return (f"＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n　日の出産業株式会社\n　{dept}　{name}\n"
            f"　{ADDR}\n　TEL：{tel}　Mail：{em}\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊")


DISC_JP = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者にご連絡のうえ、本メールを削除してください。")
DISC_JP2 = ("【ご注意】このメールは送信先として指定された方のみを対象としています。"
            "内容の全部または一部の無断転載・転送はご遠慮ください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. "
           "If you are not the intended recipient, please notify the sender and delete it.")

MESSAGES: list[dict] = []
add = MESSAGES.append

# -- 001-015 ------------------------------------------------------------------------------

add({
    "id": "kaigi-001",
    "sender": frm("takahashi"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "subject": "次回お打合せ日程のご相談（制御盤更新案件）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
営業部 大和田様

いつも大変お世話になっております。
日の出産業の高橋でございます。

先日はご多用のところお時間を頂戴し、誠にありがとうございました。
制御盤更新案件の次回お打合せにつきまして、日程のご相談をさせてください。
弊社側では以下の候補日を考えております。

　① 10月14日（水）10:00～11:30
　② 10月15日（木）14:00～15:30
　③ 10月20日（火）終日いずれでも

場所は前回同様、御社の川崎事業所をお借りできればと存じますが、
ご都合が悪いようでしたら弊社（品川）でも、オンラインでも構いません。
ご都合のよい日時を2つほどお知らせいただけますと幸いです。

お手数をおかけしますが、よろしくお願いいたします。

{sig("takahashi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary date proposal to one partner contact; no personal data",
})

_rows002 = [
    ["氏名", "所属", "携帯電話", "メールアドレス"],
    ["四月一日 遥", "営業推進課", "090-3318-2746", "h.watanuki@hinode-sangyo.co.jp"],
    ["九十九 翔太", "第二営業部", "080-5521-0937", "s.tsukumo@hinode-sangyo.co.jp"],
    ["月見里 紗英", "広報IR室", "070-2284-6610", "s.yamanashi@hinode-sangyo.co.jp"],
    ["薬袋 直樹", "購買部", "090-7715-3082", "n.minai@hinode-sangyo.co.jp"],
    ["我妻 千尋", "カスタマーサポート部", "080-4460-1195", "c.wagatsuma@hinode-sangyo.co.jp"],
    ["高橋 誠", "第一営業部", "090-6632-5804", "m.takahashi@hinode-sangyo.co.jp"],
]
add({
    "id": "kaigi-002",
    "sender": frm("watanuki"),
    "to": ["蝦名 様 <ebina@kitaguni-foods.co.jp>"],
    "subject": "【合同商品説明会】弊社出席者のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
商品開発部　蝦名様

お世話になっております。日の出産業の四月一日です。

11月5日（木）の合同商品説明会につきまして、弊社からの出席者をご連絡いたします。
当日の緊急連絡用に携帯番号も記載しておりますので、受付名簿の作成にご利用ください。

{cols(_rows002)}

上記6名で伺います。控室は1部屋で足ります。
ご不明点がございましたらお知らせください。

{sig("watanuki", 1)}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six people's records (name, mobile, e-mail) in a padded list to an external partner",
})

add({
    "id": "kaigi-003",
    "sender": frm("takanashi"),
    "to": ["長谷部 様 <hasebe@tsubasa-system.jp>"],
    "cc": [mail("shoji")],
    "subject": "Re: 基幹システム更改 キックオフのWeb会議URLについて",
    "charset": "utf-8",
    "body": f"""長谷部様

お世話になっております。日の出産業 情報システム部の小鳥遊です。
ご連絡ありがとうございます。キックオフはTeamsで開催いたします。

■日時：2026年10月22日（木）13:30～15:00
■参加URL：https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZmE2YjMtOGQx%40thread.v2/0
■会議ID：412 887 301 95
■パスコード：hQ7xZ2

ツバサシステム様側のご参加者へ転送いただいて構いません。
資料は前日までに共有フォルダへ格納いたします。

{sig("takanashi", 2)}

> 日の出産業
> 小鳥遊様
>
> いつもお世話になっております。ツバサシステムの長谷部です。
> 来週のキックオフですが、弊社からは5名参加予定です。
> Web会議の場合、URLを事前にお送りいただけますでしょうか。
> 外部ツールの利用制限があるため、TeamsかWebexですと助かります。
>
> 長谷部 正臣
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "web-conference link, meeting ID and passcode to a partner: ordinary meeting mail",
})

add({
    "id": "kaigi-004",
    "sender": frm("minai"),
    "to": [
        "大和田 様 <owada@kawasaki-denki.co.jp>",
        "丹羽 様 <niwa@aoba-unyu.co.jp>",
        "長谷部 様 <hasebe@tsubasa-system.jp>",
        "柚木 様 <yuki@yamabuki-shoji.co.jp>",
    ],
    "subject": "第3回 サプライチェーン連絡会 開催のご案内",
    "charset": "iso-2022-jp",
    "body": f"""関係各社 ご担当者様

平素より大変お世話になっております。
日の出産業 購買部の薬袋でございます。

標記の連絡会を下記のとおり開催いたしますので、ご案内申し上げます。

　日時：2026年11月18日（水）15:00〜17:00
　場所：日の出産業本社 12階 大会議室（オンライン併用）
　議題：1. 上期の納期遵守状況の振り返り
　　　　2. 年末年始の物流体制について
　　　　3. BCP訓練の実施計画

ご出欠を11月6日（金）までにご返信ください。

{sig("minai")}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external companies in To can see each other's addresses: should have been Bcc",
})

add({
    "id": "kaigi-005",
    "sender": frm("sasaki"),
    "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "会議室のご予約について（11/26 日の出産業）",
    "charset": "shift_jis",
    "body": f"""さくらホテル
宴会予約係 御中

いつもお世話になっております。
日の出産業株式会社 総務部の佐々木と申します。

下記の内容で会議室の仮予約をお願いできますでしょうか。

・日時　　：2026年11月26日（木）9:30～17:30（準備のため9:00より入室希望）
・人数　　：60名程度
・レイアウト：スクール形式（前方に講師用テーブル）
・機材　　：プロジェクター、スクリーン、ワイヤレスマイク2本、演台
・飲食　　：昼食（お弁当60個、うち10個はベジタリアン対応）、午後にコーヒーブレイク
・その他　：受付用長机1台、クローク利用可否

お見積りもあわせていただけますと助かります。
ご確認のほど、よろしくお願い申し上げます。

{sig("sasaki", 1)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "room booking request to a hotel; counts only, no people",
})

add({
    "id": "kaigi-006",
    "sender": frm("sasaki"),
    "to": ["真壁 様 <makabe@sakura-hotel.jp>"],
    "subject": "Re: 11/26 会議室 ご予約確定のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル
真壁様

ご予約確定のご連絡、ありがとうございます。日の出産業の佐々木です。

当日は準備のため、弊社から下記3名が8:45頃に先に伺います。
フロントでお名前をお伝えしますので、控室へのご案内をお願いいたします。
何かございましたら下記の携帯までご連絡ください。

　佐々木 由美（総務部）　携帯 090-2217-4408
　東海林 健吾（経営企画部）　携帯 080-6093-1172
　我妻 千尋（カスタマーサポート部）　携帯 070-3345-8261

引き続きよろしくお願いいたします。

{sig("sasaki", 2)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff with mobile numbers to the venue: a short list, may be warned but must go",
})

add({
    "id": "kaigi-007",
    "sender": frm("takahashi"),
    "to": ["大和田 様 <owada@kawasaki-denkl.co.jp>"],
    "cc": [mail("tsukumo")],
    "subject": "10/14 定例会 議題案の送付",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社　大和田様

お世話になっております。日の出産業の高橋です。
10月14日（水）の定例会の議題案をお送りいたします。

１．前回議事録の確認
２．制御盤更新の仕様確定（盤面レイアウト、部材の代替品）
３．工程表の見直し（搬入日の前倒し可否）
４．その他

追加の議題がございましたら、前日までにお知らせください。

{sig("takahashi")}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain kawasaki-denkl.co.jp is a one-letter look-alike of partner kawasaki-denki.co.jp",
})

add({
    "id": "kaigi-008",
    "sender": frm("yamanashi"),
    "to": [mail("yamanashi")],
    "bcc": [
        "owada@kawasaki-denki.co.jp", "niwa@aoba-unyu.co.jp", "ebina@kitaguni-foods.co.jp",
        "kito@nishiki-insatsu.co.jp", "yuki@yamabuki-shoji.co.jp", "sales@umibe-kensetsu.co.jp",
        "info@harenohi-kikaku.co.jp", "hasebe@tsubasa-system.jp",
    ],
    "subject": "【ご案内】日の出産業 新製品内覧会（12月3日・4日）",
    "charset": "iso-2022-jp",
    "body": f"""お取引先各位

※本メールはBCCにて一斉にお送りしております。

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

このたび弊社では、2027年春発売予定の新製品の内覧会を開催いたします。
ご多用中とは存じますが、ぜひご来場賜りますようご案内申し上げます。

　日程：2026年12月3日（木）・4日（金）10:00〜17:00
　会場：日の出産業本社 1階 ショールーム
　内容：新製品の展示・デモンストレーション、開発担当者による説明（各日11時・15時）

ご来場の際は、12月1日（火）までに下記フォームよりお申込みください。
https://www.hinode-sangyo.co.jp/event/preview2026/

敬具

{sig("yamanashi", 4)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invitation to many companies correctly sent Bcc with the sender in To",
})

add({
    "id": "kaigi-009",
    "sender": frm("shoji"),
    "to": ["矢作 様 <yahagi@kawasaki-denki.co.jp>"],
    "cc": ["長谷部 様 <hasebe@tsubasa-system.jp>", mail("takanashi")],
    "subject": "設備監視システム連携に関する三者打合せの件",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社　技術部　矢作様
（CC：ツバサシステム株式会社　長谷部様）

お世話になっております。日の出産業 経営企画部の東海林です。

設備監視システムと御社制御盤のデータ連携について、
ツバサシステム様を交えて三者で打合せの場を設けたく、ご連絡いたしました。

候補：10月27日（火）15時〜、10月29日（木）10時〜
形式：弊社本社 8階 第3会議室、またはWeb会議

連携仕様（通信プロトコル、データ項目、更新周期）を中心に詰めたいと考えております。
お二方のご都合をお聞かせいただけますでしょうか。

{sig("shoji")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: two external organisations in To/Cc",
})

add({
    "id": "kaigi-010",
    "sender": frm("tsukumo"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "subject": "共同開発定例（第7回）の議題資料",
    "charset": "iso-2022-jp",
    "body": f"""大和田様

お世話になっております。日の出産業の九十九です。
明日の共同開発定例の議題資料を添付いたします。
ご確認のうえ、当日お持ちいただけますと幸いです。

{sig("tsukumo", 2)}
""",
    "attachments": [{
        "kind": "docx",
        "name": "共同開発定例_第7回_議題.docx",
        "title": "共同開発定例 第7回 議題",
        "page_header": "社外秘　日の出産業株式会社",
        "paragraphs": [
            "共同開発定例（第7回）議題",
            "日時：2026年10月21日（水）14:00～16:00　場所：川崎電機 川崎事業所 第2会議室",
            "1. 前回宿題事項の確認",
            "2. 試作機の評価結果（温度試験・振動試験）",
            "3. 量産移行判定基準（弊社案）",
            "4. 原価低減目標と価格交渉方針（弊社内部検討値を含む）",
            "5. 次回日程",
        ],
        "tables": [[
            ["項目", "目標", "現状", "差異"],
            ["部材費", "18,400円", "21,050円", "+2,650円"],
            ["組立工数", "3.2h", "3.9h", "+0.7h"],
        ]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached agenda carries a 社外秘 header stamp and goes to an external partner",
})

add({
    "id": "kaigi-011",
    "sender": frm("watanuki"),
    "to": ["蝦名 様 <ebina@kitaguni-foods.co.jp>"],
    "cc": [mail("takahashi")],
    "subject": "10/9 お打合せ議事メモ（共同販促企画）",
    "charset": "utf-8",
    "body": f"""北国フーズ株式会社
蝦名様

お世話になっております。日の出産業の四月一日です。
本日はお打合せのお時間をいただきありがとうございました。
議事メモをお送りしますので、相違がございましたらご指摘ください。

【日時】2026年10月9日（金）10:00～11:15
【場所】北国フーズ様 東京営業所
【出席】北国フーズ様：蝦名様、堀之内様／弊社：高橋、四月一日

【確認事項】
・冬季キャンペーンの対象商品は6品目で確定。
・販促物のデザイン案は弊社で2案作成し、10/23までに提示。
・共同販促にあたっての情報交換は、締結済みの機密保持契約の範囲内で行うことを再確認。
　売上データの共有範囲は、次回までに双方の法務で確認する。

【次回】10月30日（金）14:00～　弊社本社にて

以上、よろしくお願いいたします。

{sig("watanuki")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "minutes that mention the NDA (機密保持契約) in a sentence; no marking, no personal data",
})

add({
    "id": "kaigi-012",
    "sender": frm("minai"),
    "to": ["丹羽 様 <niwa@aoba-unyu.co.jp>"],
    "subject": "物流改善会議 資料送付（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社
物流企画課　丹羽様

お世話になっております。日の出産業 購買部の薬袋です。

来週の物流改善会議の資料をお送りいたします。
ZIPファイルのパスワードは別メールにてお知らせいたします。

添付：物流改善会議_資料一式.zip

{sig("minai")}
""",
    "attachments": [{
        "kind": "zip",
        "name": "物流改善会議_資料一式.zip",
        "password": "Aoba#1021",
        "files": [
            {"kind": "xlsx", "name": "配送実績_2026上期.xlsx",
             "sheets": {"実績": [["月", "便数", "遅延"], ["4月", 412, 3], ["5月", 398, 5]]}},
            {"kind": "pdf", "name": "改善提案.pdf", "lines": ["物流改善提案", "1. 共同配送の拡大"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP to an external partner cannot be inspected",
})

add({
    "id": "kaigi-013",
    "sender": frm("minai"),
    "to": ["丹羽 様 <niwa@aoba-unyu.co.jp>"],
    "subject": "【パスワード】物流改善会議 資料送付",
    "charset": "iso-2022-jp",
    "body": """丹羽様

先ほどお送りした「物流改善会議_資料一式.zip」のパスワードをお知らせいたします。

　パスワード：Aoba#1021

よろしくお願いいたします。

日の出産業 購買部 薬袋
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "separate password notice: no attachment and no personal data",
})

add({
    "id": "kaigi-014",
    "sender": frm("takahashi"),
    "to": ["柚木 様 <yuki@yamabuki-shoji.co.jp>"],
    "subject": "10/16 お打合せの担当変更について",
    "charset": "iso-2022-jp",
    "body": f"""やまぶき商事株式会社
柚木様

いつもお世話になっております。日の出産業の高橋です。

10月16日（金）のお打合せにつきまして、担当の九十九翔太が
急性虫垂炎のため昨日から入院しており、手術後しばらく療養が必要となりました。
誠に恐縮ですが、当日は私高橋と四月一日の2名で伺います。

九十九の復帰は11月中旬の見込みです。それまでの間、本件の窓口は
私が務めさせていただきますので、何卒よろしくお願いいたします。

{sig("takahashi")}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named employee's diagnosis and hospitalisation (病歴, 要配慮個人情報) told to a customer",
})

add({
    "id": "kaigi-015",
    "sender": frm("sasaki"),
    "to": ["真壁 様 <makabe@sakura-hotel.jp>"],
    "subject": "11/26 昼食・休憩のご手配について",
    "charset": "iso-2022-jp",
    "body": f"""真壁様

お世話になっております。日の出産業の佐々木です。
11月26日の研修会場の飲食につきまして、最終の数量をお知らせします。

　昼食（幕の内弁当）：52個
　昼食（ベジタリアン対応）：6個
　昼食（えび・かに不使用）：2個
　コーヒーブレイク（15:00）：60名分、うちデカフェ 5名分

食物アレルギーの詳細は参加者アンケートで確認済みで、
上記以外の個別対応は不要です。
お弁当には、対応内容が分かるようシールを貼っていただけますと助かります。

{sig("sasaki", 2)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "catering counts with dietary needs, tied to no one: not personal data",
})
# -- 016-030 ------------------------------------------------------------------------------

add({
    "id": "kaigi-016",
    "sender": frm("kadenokoji"),
    "to": ["港南ビルマネジメント 防災センター <bosai@konan-bm.co.jp>"],
    "subject": "入館申請（10/28 海外来訪者2名）",
    "charset": "iso-2022-jp",
    "body": f"""港南ビルマネジメント株式会社
防災センター　ご担当者様

いつもお世話になっております。
日の出産業株式会社 社長室の勘解由小路でございます。

10月28日（水）に、海外取引先より役員会議のため下記2名が来訪いたします。
外国籍の方の入館には身分証番号の事前登録が必要とのことでしたので、
申請内容をお送りいたします。

■来訪日時：2026年10月28日（水）9:30〜18:00
■訪問先　：12階 役員会議室

【1】
氏名（ローマ字）：LINDQVIST, Erik Johan
旅券番号：PA7719204
生年月日：1971年3月14日

【2】
氏名：CHEN Wei-Ting（陳 偉庭）
在留カード番号：UH58302716EA
生年月日：1988年8月2日

当日は私がロビーまでお迎えにあがります。
ご確認のほど、よろしくお願いいたします。

{sig("kadenokoji", 1)}
""",
    "expect": "stop",
    "entities": ["JP_PASSPORT", "JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport and residence-card numbers of two visitors sent outside (identity documents)",
})

add({
    "id": "kaigi-017",
    "sender": frm("tsuyuri"),
    "to": ["Erik Lindqvist <erik.lindqvist@lindqvist-components.se>"],
    "cc": ["Anna Berg <anna.berg@lindqvist-components.se>", mail("kadenokoji")],
    "subject": "Quarterly review call - proposed slots (CET / JST)",
    "charset": "utf-8",
    "body": f"""Dear Erik,

Thank you for your message. Here are three slots for our Q3 review call.
Please note that Sweden moves back to CET on 25 October, so the gap becomes 8 hours.

  Option A: Tue 3 Nov   09:00 CET / 17:00 JST
  Option B: Wed 4 Nov   08:30 CET / 16:30 JST
  Option C: Thu 5 Nov   10:00 CET / 18:00 JST

Agenda (draft):
  1. Q3 shipments and lead times
  2. Price adjustment for 2027 (aluminium housings)
  3. Your visit to Tokyo on 28 October - final programme

We will send a Teams invitation once you confirm. Anna, please feel free to
forward this to your logistics colleagues if they would like to join.

Best regards,
Kenji

{sig("tsuyuri", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English scheduling mail to one foreign partner (two people of the same company)",
})

_c = CARD0
add({
    "id": "kaigi-018",
    "sender": frm("sasaki"),
    "to": ["東海貸会議室 予約センター <yoyaku@tokai-kaigishitsu.jp>"],
    "subject": "会議室ご予約とお支払いについて（11/12 Room-A）",
    "charset": "iso-2022-jp",
    "body": f"""東海貸会議室
予約センター　ご担当者様

お世話になっております。日の出産業株式会社 総務部の佐々木です。
お電話でご相談した11月12日（木）のRoom-A（40名）の件、正式に予約をお願いします。

お支払いはクレジットカードでとのことでしたので、下記にてお願いいたします。

　カード番号：{_c[0:4]} {_c[4:8]} {_c[8:12]} {_c[12:16]}
　有効期限　：09/29
　名義　　　：YUMI SASAKI

領収書の宛名は「日の出産業株式会社」でお願いいたします。

{sig("sasaki", 1)}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number with holder name and expiry in the body of mail to a venue",
})

_rows019 = [
    ["氏名", "所属", "携帯", "当日の役割"],
    ["東海林 健吾", "経営企画部", "080-6093-1172", "司会"],
    ["佐々木 由美", "総務部", "090-2217-4408", "受付責任者"],
    ["我妻 千尋", "CS部", "070-3345-8261", "受付"],
    ["四月一日 遥", "営業推進課", "090-3318-2746", "会場誘導"],
    ["九十九 翔太", "第二営業部", "080-5521-0937", "会場誘導"],
    ["月見里 紗英", "広報IR室", "070-2284-6610", "撮影"],
    ["小鳥遊 美咲", "情報システム部", "080-9912-4350", "配信・機材"],
    ["薬袋 直樹", "購買部", "090-7715-3082", "物品"],
]
add({
    "id": "kaigi-019",
    "sender": frm("shoji"),
    "to": ["研修運営メンバー <kenshu-unei@mail.hinode-sangyo.co.jp>"],
    "cc": [mail("domeki")],
    "subject": "11/26 代理店研修会 運営メンバーと緊急連絡先",
    "charset": "utf-8",
    "body": f"""運営メンバー各位

経営企画部の東海林です。
11/26の代理店研修会（さくらホテル）の運営体制を共有します。
当日はお互いの携帯で連絡を取り合いますので、各自登録しておいてください。

{cols(_rows019, gap=3)}

集合：8:45 さくらホテル 2階 控室「楓」
服装：スーツ（社章着用）

{sig("shoji", 2)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "eight staff mobiles, but only to internal recipients (a mail.hinode-sangyo.co.jp list)",
})

_agenda020 = [
    ["時間", "議題", "説明者"],
    ["13:30-13:40", "前回議事録の確認", "日の出産業 月見里"],
    ["13:40-14:10", "統合報告書 初校の修正点", "錦印刷 鬼頭様"],
    ["14:10-14:40", "用紙・加工仕様（FSC認証紙、PP加工の要否）", "錦印刷 制作部"],
    ["14:40-15:00", "校了までのスケジュール確認", "日の出産業 月見里"],
]
add({
    "id": "kaigi-020",
    "sender": frm("yamanashi"),
    "to": ["鬼頭 様 <kito@nishiki-insatsu.co.jp>"],
    "subject": "統合報告書 制作定例（10/19）アジェンダ",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>錦印刷株式会社<br>鬼頭様</p>
<p>いつもお世話になっております。日の出産業 広報IR室の月見里です。<br>
10月19日（月）の制作定例のアジェンダをお送りいたします。</p>
{html_table(_agenda020)}
<p>場所：弊社本社 8階 第2会議室（オンライン参加の方は別途URLをお送りします）</p>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 広報IR室<br>月見里 紗英<br>TEL 03-5781-2262</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML agenda table; presenter names carry no personal data",
})

_att021 = [
    ["2026年度 全国代理店会議 出席者一覧", "", "", "", "", ""],
    ["（2026/10/30現在）", "", "", "", "", ""],
    ["No", "氏名", "フリガナ", "会社名", "携帯電話", "メールアドレス"],
    [1, "石動 康介", "イスルギ コウスケ", "北陸ヒノデ販売株式会社", "090-4471-2286", "isurugi@hokuriku-hinode.co.jp"],
    [2, "小比類巻 直美", "コヒルイマキ ナオミ", "青森総合設備株式会社", "080-2930-7741", "n.kohiruimaki@aomori-sogo.jp"],
    [3, "鬼塚 亮", "オニツカ リョウ", "九州産機サービス株式会社", "090-8812-0653", "onitsuka@kyushu-sanki.co.jp"],
    [4, "Lê Thị Hoa", "レ ティ ホア", "株式会社エムケイトレード", "070-6615-2203", "hoa.le@mk-trade.jp"],
    [5, "藤ヶ谷 誠司", "フジガヤ セイジ", "静岡産業機器株式会社", "090-3371-4408", "fujigaya@shizuoka-sanki.co.jp"],
    [6, "舎利弗 恵", "トドロキ メグミ", "株式会社中部テクノ", "080-1184-5590", "m.todoroki@chubu-techno.co.jp"],
    [7, "宇佐美 拓也", "ウサミ タクヤ", "四国機材株式会社", "090-6620-3317", "usami.t@shikoku-kizai.jp"],
    [8, "大豆生田 隆", "オオマメウダ タカシ", "栃木ヒノデ商会", "080-7745-0021", "omameuda@tochigi-hinode.jp"],
    [9, "竹之内 彩", "タケノウチ アヤ", "広島設備工業株式会社", "090-2268-9914", "a.takenouchi@hiroshima-setsubi.co.jp"],
    [10, "金城 勇人", "キンジョウ ハヤト", "琉球テクノサービス株式会社", "080-5503-6687", "kinjo@ryukyu-techno.co.jp"],
    [11, "羽生 さやか", "ハニュウ サヤカ", "株式会社北海機工", "070-4419-8852", "s.hanyu@hokkai-kiko.co.jp"],
    [12, "奥山 大輔", "オクヤマ ダイスケ", "仙台ヒノデ販売株式会社", "090-1157-3360", "okuyama@sendai-hinode.co.jp"],
]
add({
    "id": "kaigi-021",
    "sender": frm("watanuki"),
    "to": ["真壁 様 <makabe@sakura-hotel.jp>"],
    "cc": [mail("sasaki")],
    "subject": "全国代理店会議 出席者名簿の送付（懇親会・宿泊含む）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル
真壁様

お世話になっております。日の出産業 営業推進課の四月一日です。
11月26日の全国代理店会議の出席者名簿をお送りいたします。
シートごとに、会議・懇親会・宿泊の対象者を分けております。
受付名簿と客室割り当てのご準備にご利用ください。

{sig("watanuki", 1)}
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "全国代理店会議_出席者名簿.xlsx",
        "title": "全国代理店会議 出席者名簿",
        "sheets": {
            "出席者": _att021,
            "懇親会": [["懇親会 出欠", "", ""], ["No", "氏名", "出欠"]]
                     + [[r[0], r[1], "出席" if r[0] != 4 else "欠席"] for r in _att021[3:]],
            "宿泊": [["宿泊対象者（11/25泊）", "", "", ""], ["No", "氏名", "携帯電話", "禁煙"]]
                    + [[r[0], r[1], r[4], "禁煙"] for r in _att021[3:] if r[0] in (1, 2, 3, 7, 9, 10, 11)],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX roster of twelve dealers' people with mobiles and e-mails (three sheets, title rows) to a hotel",
})

add({
    "id": "kaigi-022",
    "sender": frm("yamanashi"),
    "to": ["ハレノヒ企画 松ヶ崎 様 <matsugasaki@harenohi-kikaku.co.jp>"],
    "subject": "株主向け説明会 会場候補リスト",
    "charset": "utf-8",
    "body": f"""ハレノヒ企画株式会社
松ヶ崎様

お世話になっております。日の出産業 広報IR室の月見里です。
先日お話しした株主向け説明会の会場候補を一覧にまとめました。
各会場の空き状況と概算費用の確認をお願いできますでしょうか。

{sig("yamanashi")}
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "会場候補一覧_20261015.xlsx",
        "sheets": {
            "候補会場": [
                ["株主向け説明会 会場候補一覧", "", "", "", ""],
                ["会場名", "住所", "代表電話", "収容人数", "備考"],
                ["さくらホテル 鳳凰の間", "東京都港区芝浦3-4-1", "03-5442-8800", 300, "品川駅徒歩8分"],
                ["みなと会館 大ホール", "東京都港区海岸1-12-5", "03-3431-7120", 450, "駐車場あり"],
                ["東海貸会議室 品川Hall", "東京都港区高輪4-10-18", "03-6408-2255", 200, "同時通訳ブース有"],
                ["ホテルグラン汐留 ボールルーム", "東京都港区東新橋1-9-2", "03-6253-4100", 500, "費用高め"],
            ],
            "比較": [["会場名", "概算費用（税別）", "評価"],
                     ["さくらホテル", "1,200,000", "A"], ["みなと会館", "650,000", "B"],
                     ["東海貸会議室", "480,000", "B"], ["ホテルグラン汐留", "2,100,000", "C"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of venues with addresses and switchboard numbers: businesses, not people",
})

add({
    "id": "kaigi-023",
    "sender": frm("tsukumo"),
    "to": ["柚木 様 <yuki@yamabuki-shoji.co.jp>"],
    "subject": "本日のお打合せについて（欠席者のご連絡）",
    "charset": "iso-2022-jp",
    "body": """柚木様

お世話になっております。日の出産業の九十九です。

本日14時からのお打合せですが、同席予定だった弊社の薬袋が
インフルエンザのため出社を控えております。
購買条件のご説明は私が代わって行いますので、予定どおり伺います。
ご迷惑をおかけし申し訳ございません。

日の出産業株式会社　第二営業部　九十九
""",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a colleague's influenza named to a customer: strictly 病歴, but an everyday courtesy note",
})

add({
    "id": "kaigi-024",
    "sender": frm("takanashi"),
    "to": ["長谷部 様 <hasebe@tsubasa-system.jp>"],
    "subject": "Web会議システム接続試験 拠点一覧（CSV）",
    "charset": "iso-2022-jp",
    "body": f"""長谷部様

お世話になっております。小鳥遊です。
来月の全拠点接続試験の対象拠点一覧をCSVでお送りします。
会議室名と端末の型番も入れておりますので、試験手順書の作成にご利用ください。

{sig("takanashi", 2)}
""",
    "attachments": [{
        "kind": "csv",
        "name": "拠点一覧_接続試験.csv",
        "encoding": "cp932",
        "rows": [
            ["拠点", "住所", "代表電話", "会議室", "端末"],
            ["本社", "東京都港区港南2-16-3", "03-5781-2200", "12F大会議室", "Poly X50"],
            ["大阪支店", "大阪府大阪市北区梅田1-11-4", "06-6344-7710", "第1会議室", "Poly X30"],
            ["名古屋営業所", "愛知県名古屋市中村区名駅4-5-28", "052-586-3301", "会議室A", "Yealink A20"],
            ["福岡営業所", "福岡県福岡市博多区博多駅前2-1-1", "092-472-6650", "会議室", "Yealink A20"],
            ["札幌営業所", "北海道札幌市中央区北五条西6-2-2", "011-231-0874", "応接室", "Jabra PanaCast"],
            ["川崎工場", "神奈川県川崎市川崎区浮島町7-3", "044-288-5120", "工場会議室", "Poly X30"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "CP932 CSV of company branches with office addresses and switchboards: not people",
})

_reg025 = [
    ["申込番号", "氏名", "フリガナ", "会社名", "部署", "電話番号", "メールアドレス", "参加形態"],
    ["S-0101", "上野 雅人", "ウエノ マサト", "", "", "090-1834-2276", "masato.ueno@gmail.com", "会場"],
    ["S-0102", "鴨志田 美和", "カモシダ ミワ", "株式会社リンクス", "総務部", "03-6812-4401", "kamoshida@lynx-inc.co.jp", "オンライン"],
    ["S-0103", "ホセ・サントス", "ホセ サントス", "", "", "080-2290-5516", "jose.santos.jp@yahoo.co.jp", "会場"],
    ["S-0104", "嘉手納 光", "カデナ ヒカル", "", "", "070-5581-3390", "hikaru.kadena@icloud.com", "会場"],
    ["S-0105", "百瀬 芳江", "モモセ ヨシエ", "百瀬税理士事務所", "", "0263-32-7715", "momose-tax@outlook.jp", "オンライン"],
    ["S-0106", "東條 潤", "トウジョウ ジュン", "", "", "090-6647-0082", "jun.tojo@docomo.ne.jp", "会場"],
    ["S-0107", "八重樫 舞", "ヤエガシ マイ", "株式会社イワテ商工", "経営企画室", "019-651-2230", "yaegashi@iwate-shoko.co.jp", "オンライン"],
    ["S-0108", "真栄田 豊", "マエダ ユタカ", "", "", "080-4412-9968", "maeda.yutaka@ezweb.ne.jp", "会場"],
    ["S-0109", "汐見 かおり", "シオミ カオリ", "", "", "090-3310-7745", "kaori_shiomi@gmail.com", "会場"],
]
add({
    "id": "kaigi-025",
    "sender": frm("yamanashi"),
    "to": ["ハレノヒ企画 松ヶ崎 様 <matsugasaki@harenohi-kikaku.co.jp>"],
    "subject": "個人投資家向けセミナー 申込者データ（10/20時点）",
    "charset": "utf-8",
    "body": f"""松ヶ崎様

お世話になっております。月見里です。
個人投資家向けセミナーの申込フォームから書き出したデータをお送りします。
受付票の作成と、オンライン参加の方へのURL送付をお願いいたします。
（申込はまだ続いていますので、締切後に最終版をお送りします）

{sig("yamanashi", 2)}
""",
    "attachments": [{"kind": "csv", "name": "seminar_entry_20261020.csv", "encoding": "utf-8",
                     "rows": _reg025}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of nine seminar registrants (mostly private persons) sent to an event agency",
})

add({
    "id": "kaigi-026",
    "sender": frm("takanashi"),
    "to": ["川崎電機 情報システム課 <it-desk@kawasaki-denki.co.jp>"],
    "subject": "10/21 御社訪問時のゲストWi-Fi利用申請",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
情報システム課 ご担当者様

日の出産業 情報システム部の小鳥遊です。
10月21日（水）の共同開発定例で御社を訪問する弊社メンバーのゲストWi-Fi
アカウント発行をお願いいたします。申請様式のCSVを添付します。

{sig("takanashi")}
""",
    "attachments": [{
        "kind": "csv", "name": "guest_wifi_request.csv", "encoding": "cp932",
        "rows": [
            ["氏名", "会社名", "メールアドレス", "利用日"],
            ["九十九 翔太", "日の出産業", "s.tsukumo@hinode-sangyo.co.jp", "2026/10/21"],
            ["高橋 誠", "日の出産業", "m.takahashi@hinode-sangyo.co.jp", "2026/10/21"],
            ["小鳥遊 美咲", "日の出産業", "m.takanashi@hinode-sangyo.co.jp", "2026/10/21"],
            ["東海林 健吾", "日の出産業", "k.shoji@hinode-sangyo.co.jp", "2026/10/21"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four visitors' names and work e-mails for guest Wi-Fi: under five records, may warn",
})

add({
    "id": "kaigi-027",
    "sender": frm("takanashi"),
    "to": ["長谷部 様 <hasebe@tsubasa-sytem.jp>"],
    "subject": "要件定義レビュー（10/29）Web会議のご案内",
    "charset": "utf-8",
    "body": f"""長谷部様

お世話になっております。日の出産業の小鳥遊です。
10月29日（木）の要件定義レビューのWeb会議情報をお送りします。

日時：10月29日（木）10:00～12:00
URL ：https://hinode-sangyo.webex.com/meet/r.review1029
ミーティング番号：2518 447 9031
パスワード：Rv1029!

レビュー対象は要件定義書 v0.9 の第3章～第5章です。

{sig("takanashi", 2)}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp: look-alike domain",
})

add({
    "id": "kaigi-028",
    "sender": frm("domeki"),
    "to": ["汐留 先生 <shiodome@econ.hokuto-u.ac.jp>"],
    "subject": "管理職研修ご講演の謝金お支払い手続きについて",
    "charset": "iso-2022-jp",
    "body": f"""北都大学 経済学部
汐留 恭平 先生

先日は弊社管理職研修にてご講演を賜り、誠にありがとうございました。
受講者アンケートでも大変好評で、重ねて御礼申し上げます。

謝金のお支払いにあたり、税務上、先生の個人番号（マイナンバー）のご提供が
必要となります。恐れ入りますが、メールには記載なさらず、
下記の専用提出フォームから番号確認書類とあわせてご登録いただけますでしょうか。

　提出フォーム：https://secure.hinode-sangyo.co.jp/mynumber/
　受付コード　：HK-2611

ご登録いただいた情報は、法令で定められた事務以外には利用いたしません。
ご不明点がございましたら、私までお問い合わせください。

{sig("domeki", 1)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asks a lecturer to submit his My Number by secure form; no number in the mail",
})

add({
    "id": "kaigi-029",
    "sender": frm("mitarai"),
    "to": ["さかもと会計事務所 坂本 様 <sakamoto@sakamoto-kaikei.jp>"],
    "subject": "講師謝金の支払調書作成の件（10月分）",
    "charset": "iso-2022-jp",
    "body": f"""さかもと会計事務所
坂本様

いつもお世話になっております。日の出産業 経理部の御手洗です。
10月の販売店会議でご講演いただいた外部講師の謝金について、
支払調書の作成をお願いいたします。

　氏名　　　：汐留 恭平（しおどめ きょうへい）
　住所　　　：東京都世田谷区奥沢5丁目21番8号
　個人番号　：{MN0[:4]} {MN0[4:8]} {MN0[8:]}
　支払日　　：2026年10月30日
　支払金額　：110,000円（源泉徴収税額 11,231円）

本人確認書類の写しは来週のお打合せの際にお持ちします。

{sig("mitarai")}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a lecturer's My Number with name and home address sent to an outside accounting office",
})

add({
    "id": "kaigi-030",
    "sender": frm("tsukumo"),
    "to": ["川崎電機 総合受付 <uketsuke@kawasaki-denki.co.jp>"],
    "subject": "来訪者事前登録（10/21 14:00 技術部 矢作様ご面談）",
    "charset": "shift_jis",
    "body": f"""川崎電機株式会社
総合受付 ご担当者様

日の出産業の九十九です。矢作様より、来訪者は事前登録が必要と伺いましたのでご連絡します。
遅れる場合は受付からお電話いただけるよう、携帯番号も記載しました。

氏名,会社名,携帯電話,来社予定
九十九 翔太,日の出産業株式会社,080-5521-0937,13:50
高橋 誠,日の出産業株式会社,090-6632-5804,13:50
小鳥遊 美咲,日の出産業株式会社,080-9912-4350,13:50

よろしくお願いいたします。

{sig("tsukumo", 2)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "comma-separated list of three visitors with mobiles for reception: a short list, may warn",
})
# -- 031-045 ------------------------------------------------------------------------------

add({
    "id": "kaigi-031",
    "sender": frm("takahashi"),
    "to": ["丹羽 様 <niwa@aoba-unyu.co.jp>"],
    "subject": "物流センター見学会 送迎バス乗車予定者",
    "charset": "iso-2022-jp",
    "body": "青葉運輸株式会社\n丹羽様\n\n"
            "お世話になっております。日の出産業の高橋です。\n"
            "11月10日（火）の御社 厚木物流センター見学会について、送迎バスをご利用になる\n"
            "弊社お客様の一覧をお送りします（Excelから貼り付けたため見づらくてすみません）。\n"
            "乗車地でお待ちいただく際、遅れている方には乗務員さんから直接ご連絡ください。\n\n"
            "氏名\t会社名\t乗車地\t携帯電話\n"
            "矢ヶ部 和也\t株式会社マルヤ精工\t本厚木駅北口 9:15\t090-5528-1043\n"
            "御園生 理恵\t東邦化成株式会社\t本厚木駅北口 9:15\t080-3316-7729\n"
            "ピーター・ウォルシュ\tWalsh Engineering K.K.\t海老名駅東口 9:30\t070-1128-4456\n"
            "五味 大樹\t五味工業株式会社\t海老名駅東口 9:30\t090-8854-2210\n"
            "廿日出 祥子\t株式会社ミナトパック\t本厚木駅北口 9:15\t080-6671-3308\n\n"
            "以上5名です。帰りは全員本厚木駅までお願いいたします。\n\n"
            f"{sig('takahashi')}\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of five customers' people with mobile numbers to a transport partner",
})

add({
    "id": "kaigi-032",
    "sender": frm("watanuki"),
    "to": ["北国フーズ 千歳工場 総務課 <chitose-soumu@kitaguni-foods.co.jp>"],
    "subject": "11/13 工場見学・打合せ 駐車場利用のお願い",
    "charset": "utf-8",
    "body": f"""北国フーズ株式会社 千歳工場
総務課 ご担当者様

日の出産業の四月一日です。蝦名様からご紹介いただき、ご連絡しております。
11月13日（金）の工場見学とお打合せの際、社用車2台で伺いますので、
来客用駐車場の利用をお願いできますでしょうか。

【1台目】
運転者：四月一日 遥
車両　：札幌 300 さ 41-72（白・プリウス）
連絡先：090-3318-2746

【2台目】
運転者：一口 剛
車両　：札幌 500 ね 88-03（シルバー・ハイエース）
連絡先：080-1930-5527

到着予定は9:40頃です。よろしくお願いいたします。

{sig("watanuki", 2)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two drivers' blocks (name, car, mobile) for parking: under five records, may warn",
})

_badge033 = [
    ["氏名", "ローマ字", "会社名", "部署・役職", "携帯", "メール"],
    ["蓮見 智之", "Tomoyuki Hasumi", "株式会社フロンティア物産", "購買部 部長", "090-2231-8874", "hasumi@frontier-bussan.co.jp"],
    ["小野寺 亜紀", "Aki Onodera", "東北メディカル機器株式会社", "経営企画室", "080-4458-2190", "a.onodera@tohoku-medical.co.jp"],
    ["鳥越 健", "Ken Torigoe", "鳥越製作所", "代表取締役", "090-7762-0315", "torigoe@torigoe-ss.jp"],
    ["水無瀬 玲", "Rei Minase", "株式会社ミナセ設計", "設計課", "070-3349-6621", "minase@minase-sekkei.co.jp"],
    ["Daniel Okafor", "Daniel Okafor", "Okafor Trading Japan", "Sales Director", "080-9014-2276", "d.okafor@okafor-trading.com"],
    ["坪井 美由紀", "Miyuki Tsuboi", "株式会社ツボイ", "営業部", "090-1148-7730", "m.tsuboi@tsuboi-corp.co.jp"],
    ["的場 悠真", "Yuma Matoba", "的場工務店", "専務", "080-2256-4419", "yuma@matoba-koumuten.jp"],
]
add({
    "id": "kaigi-033",
    "sender": frm("yamanashi"),
    "to": ["鬼頭 様 <kito@nishiki-insatsu.co.jp>"],
    "subject": "新製品内覧会 名札印刷のお願い（VIP来場者分）",
    "charset": "utf-8",
    "html": f"""<html><body>
<p>錦印刷株式会社 鬼頭様</p>
<p>お世話になっております。日の出産業の月見里です。<br>
12/3の新製品内覧会で、VIPのお客様用に名札（ネームプレート）を作成したく、
印刷をお願いできますでしょうか。受付システムの一覧をそのまま貼り付けますので、
名札には氏名・ローマ字・会社名・役職のみを印字してください。</p>
{html_table(_badge033)}
<p>納品は12/1（火）までに弊社総務部宛でお願いいたします。</p>
<p>日の出産業株式会社 広報IR室 月見里 紗英<br>TEL 03-5781-2262</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of seven guests' mobiles and e-mails sent to a printer",
})

add({
    "id": "kaigi-034",
    "sender": frm("sasaki"),
    "to": ["東海貸会議室 予約センター <yoyaku@tokai-kaigishitsu.jp>"],
    "subject": "ご予約内容の確認（日の出産業 11月分）",
    "charset": "iso-2022-jp",
    "html": """<html><body>
<p>東海貸会議室 予約センター ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の佐々木です。<br>
11月分のご予約内容を一覧にしましたので、相違がないかご確認ください。</p>
<table border="1" cellpadding="3">
<tr><th>利用日</th><th>時間</th><th>会議室</th><th>定員</th><th>レイアウト</th><th>備品</th></tr>
<tr><td>11/5（木）</td><td>13:00-17:00</td><td>Room-C</td><td>20</td><td>ロの字</td><td>モニター</td></tr>
<tr><td>11/12（木）</td><td>9:00-18:00</td><td>Room-A</td><td>40</td><td>スクール</td><td>プロジェクター・マイク2</td></tr>
<tr><td>11/19（木）</td><td>10:00-12:00</td><td>Room-D</td><td>8</td><td>島型</td><td>ホワイトボード</td></tr>
<tr><td>11/24（火）</td><td>14:00-18:00</td><td>品川Hall</td><td>120</td><td>シアター</td><td>演台・配信機材</td></tr>
</table>
<p>請求書は月末締めで、従来どおり総務部宛にお送りください。</p>
<p>日の出産業株式会社 総務部 総務課 佐々木 由美<br>TEL 03-5781-2205</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of room reservations: dates, rooms, equipment; no people",
})

add({
    "id": "kaigi-035",
    "sender": frm("tsuyuri"),
    "to": ["真壁 様 <makabe@sakura-hotel.jp>"],
    "subject": "10/28 海外来賓の会食・宿泊に関するお願い",
    "charset": "utf-8",
    "body": f"""さくらホテル
真壁様

お世話になっております。日の出産業 海外事業部の栗花落です。
10月28日の役員会議後の会食と宿泊について、ご配慮をお願いしたい点がございます。

・Erik Lindqvist様（スウェーデン）
　車椅子をご利用です。客室はバリアフリールーム、会食会場までの動線も
　段差のないルートでご案内をお願いします。

・Ahmad Faisal Rahman様（マレーシア）
　イスラム教徒でいらっしゃるため、会食はハラール対応のお料理とし、
　アルコールを含む調味料は使用しないでください。滞在中、お祈りのための
　静かなお部屋を一室ご用意いただけると助かります。

その他の方は通常メニューで問題ございません。
ご対応可否をお知らせいただけますと幸いです。

{sig("tsuyuri")}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named guest's disability (wheelchair) and another's religion told to a hotel: 要配慮個人情報",
})

add({
    "id": "kaigi-036",
    "sender": frm("yamanashi"),
    "to": ["ハレノヒ企画 松ヶ崎 様 <matsugasaki@harenohi-kikaku.co.jp>"],
    "subject": "パネルディスカッション 登壇者情報（プログラム掲載用）",
    "charset": "utf-8",
    "body": f"""松ヶ崎様

月見里です。11/24のフォーラムのパネル登壇者3名の情報をお送りします。
プロフィールはプログラム冊子にそのまま掲載してください。
メールアドレスは事前打合せのご連絡用で、掲載は不要です。

■モデレーター
　氏名：東海林 健吾（しょうじ けんご）
　所属：日の出産業株式会社 経営企画部 部長
　略歴：1999年入社。生産管理、海外工場の立ち上げを経て2022年より現職。
　連絡先：k.shoji@hinode-sangyo.co.jp

■パネリスト
　氏名：汐留 恭平（しおどめ きょうへい）
　所属：北都大学 経済学部 教授
　略歴：専門は産業組織論。中小製造業のサプライチェーン研究で知られる。
　連絡先：shiodome@econ.hokuto-u.ac.jp

■パネリスト
　氏名：長谷部 正臣（はせべ まさおみ）
　所属：ツバサシステム株式会社 ソリューション事業部 副部長
　略歴：製造業向け基幹システムの導入を20年以上担当。
　連絡先：hasebe@tsubasa-system.jp

{sig("yamanashi", 2)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three speakers' profile blocks with work e-mails for a programme: a short list, may warn",
})

_pdf037 = [
    ["No", "氏名", "会社名", "電話", "メール"],
    ["1", "冨樫 信也", "東邦化成株式会社", "090-4418-2273", "togashi@toho-kasei.co.jp"],
    ["2", "芦田 真央", "株式会社マルヤ精工", "080-3352-9910", "ashida@maruya-seiko.co.jp"],
    ["3", "万里小路 徹", "五味工業株式会社", "03-3751-6620", "madenokoji@gomi-kogyo.co.jp"],
    ["4", "Sunita Rao", "Walsh Engineering K.K.", "070-2219-4438", "sunita.rao@walsh-eng.jp"],
    ["5", "堤 健一郎", "株式会社ミナトパック", "090-6613-5082", "tsutsumi@minato-pack.co.jp"],
    ["6", "渡嘉敷 奈々", "株式会社フロンティア物産", "080-7720-1146", "tokashiki@frontier-bussan.co.jp"],
    ["7", "生田目 聡", "東北メディカル機器株式会社", "090-5591-3374", "namatame@tohoku-medical.co.jp"],
    ["8", "茂木 結衣", "株式会社ツボイ", "080-1163-8827", "motegi@tsuboi-corp.co.jp"],
    ["9", "有働 修", "的場工務店", "090-2287-4455", "udo@matoba-koumuten.jp"],
]
add({
    "id": "kaigi-037",
    "sender": frm("tsukumo"),
    "to": ["柚木 様 <yuki@yamabuki-shoji.co.jp>"],
    "subject": "共催セミナー（11/19）参加者名簿のご共有",
    "charset": "iso-2022-jp",
    "body": f"""柚木様

お世話になっております。日の出産業の九十九です。
11月19日の共催セミナーについて、弊社経由でお申込みいただいた方の名簿をPDFでお送りします。
御社申込分と合わせて受付名簿を作成いただけますでしょうか。

{sig("tsukumo")}
""",
    "attachments": [{
        "kind": "pdf", "name": "共催セミナー_参加者名簿_日の出産業分.pdf",
        "title": "参加者名簿",
        "lines": ["共催セミナー「省エネ設備更新の進め方」参加者名簿（日の出産業 申込分）",
                  "2026年11月19日（木）14:00～ みなと会館 第1会議室", ""],
        "table": _pdf037,
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of nine participants with phones and e-mails shared with a co-host",
})

add({
    "id": "kaigi-038",
    "sender": frm("watanuki"),
    "to": ["蝦名 様 <ebina@kitaguni-foods.co.jp>"],
    "subject": "10/30 お打合せのご案内（アジェンダ・アクセス）",
    "charset": "iso-2022-jp",
    "body": f"""蝦名様

お世話になっております。四月一日です。
10月30日（金）のお打合せのアジェンダと、弊社へのアクセスをPDFにまとめました。
受付は1階の総合受付です。お名前をお伝えいただければご案内いたします。

{sig("watanuki")}
""",
    "attachments": [{
        "kind": "pdf", "name": "1030_打合せ案内.pdf",
        "lines": [
            "共同販促企画 第2回お打合せ",
            "日時：2026年10月30日（金）14:00～15:30",
            "場所：日の出産業株式会社 本社 8階 第2会議室",
            "住所：〒108-0075 東京都港区港南2-16-3 日の出産業ビル",
            "代表電話：03-5781-2200",
            "アクセス：JR品川駅 港南口より徒歩7分",
            "",
            "アジェンダ",
            "1. 販促物デザイン案（2案）のご提示",
            "2. 店頭POPの設置店舗と期間",
            "3. 費用分担について",
            "4. 今後のスケジュール",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PDF agenda with the company's own office address and switchboard: no personal data",
})

add({
    "id": "kaigi-039",
    "sender": frm("iokibe"),
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "10/13 ご相談時の議事録（PDF）",
    "charset": "iso-2022-jp",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 法務部の五百旗頭です。
10月13日にご相談させていただいた際の議事録をお送りいたします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

{sig("iokibe", 1)}
""",
    "attachments": [{
        "kind": "pdf", "name": "議事録_20261013.pdf", "password": "Sk1013law",
        "lines": ["ご相談議事録", "日時：2026年10月13日", "出席：白川先生、五百旗頭"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an outside law office cannot be inspected",
})

add({
    "id": "kaigi-040",
    "sender": frm("takanashi"),
    "to": ["長谷部 様 <hasebe@tsubasa-system.jp>"],
    "subject": "第4回 定例会資料一式（議事次第・説明資料）",
    "charset": "utf-8",
    "body": f"""長谷部様

いつもお世話になっております。小鳥遊です。
明日の第4回定例会の資料一式をZIPにまとめてお送りします（パスワードはかけていません）。

　・議事次第.docx
　・移行方針説明.pptx

{sig("takanashi", 2)}
""",
    "attachments": [{
        "kind": "zip", "name": "第4回定例会資料.zip",
        "files": [
            {"kind": "docx", "name": "議事次第.docx",
             "paragraphs": ["基幹システム更改プロジェクト 第4回定例会 議事次第",
                            "日時：2026年11月5日（木）10:00～11:30",
                            "1. 進捗報告（ツバサシステム様）", "2. 課題一覧の確認",
                            "3. データ移行方針", "4. 次回予定"]},
            {"kind": "pptx", "name": "移行方針説明.pptx",
             "slides": [["データ移行方針", "段階移行（3ステップ）", "並行稼働期間：2週間"],
                        ["移行スケジュール", "2027年2月 リハーサル", "2027年4月 本番移行"]]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain ZIP with an agenda DOCX and slides: readable, nothing personal",
})

add({
    "id": "kaigi-041",
    "sender": frm("watanuki"),
    "to": ["蝦名 様 <ebina@kitaguni-foods.co.jp>"],
    "subject": "RE: 議事録の件",
    "charset": "iso-2022-jp",
    "body": f"""蝦名様

失礼いたしました。先ほどのメールに添付を忘れておりました。
10/30のお打合せの議事録（Excel）を添付いたします。

{sig("watanuki", 2)}
""",
    "attachments": [{"kind": "corrupt", "name": "議事録_1030_共同販促.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

add({
    "id": "kaigi-042",
    "sender": frm("minai"),
    "to": ["丹羽 様 <niwa@aoba-unyu.co.jp>"],
    "subject": "Re: 物流改善会議 御社ご出席者について",
    "charset": "iso-2022-jp",
    "body": """丹羽様

ご連絡ありがとうございます。承知いたしました。
6名様分のお席とお弁当をご用意しておきます。
当日はどうぞよろしくお願いいたします。

薬袋

> 日の出産業　薬袋様
>
> お世話になっております。青葉運輸の丹羽です。
> 来週の物流改善会議、弊社からは下記6名で伺います。
>
> 丹羽 康平　物流企画課　　090-4412-8830
> 桐生 真一　東日本営業所　080-2231-5547
> 能登 亜美　東日本営業所　070-6628-1193
> 大日向 肇　配車センター　090-3356-7702
> 嶋津 祐介　配車センター　080-9913-4426
> 浅香 里奈　品質管理課　　090-1187-6605
>
> よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only quoted from the recipient's own mail; the new text has none",
})

add({
    "id": "kaigi-043",
    "sender": frm("takahashi"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "subject": "RE: 11/4 工場見学 参加者リスト",
    "charset": "shift_jis",
    "body": f"""大和田様

参加者リストをありがとうございます。8名様とのこと承知しました。
会議室は12階の大会議室に変更し、見学用のヘルメットと安全靴も8名分ご用意します。
サイズのご連絡は不要です（フリーサイズで対応可能です）。

{sig("takahashi", 2)}

-----Original Message-----
From: 大和田 <owada@kawasaki-denki.co.jp>
Sent: Monday, October 26, 2026 5:12 PM
To: 高橋 誠 <m.takahashi@hinode-sangyo.co.jp>
Subject: 11/4 工場見学 参加者リスト

高橋様

11/4の川崎工場見学の参加者です。

大和田 浩　営業部　　owada@kawasaki-denki.co.jp　090-2218-4475
矢作 智恵　技術部　　yahagi@kawasaki-denki.co.jp　080-3391-2260
早乙女 純　技術部　　saotome@kawasaki-denki.co.jp　070-4459-1128
平良 圭　　品質保証部　taira@kawasaki-denki.co.jp　090-6614-3307
猪狩 大　　生産技術部　igari@kawasaki-denki.co.jp　080-1176-9934
米倉 咲　　調達部　　yonekura@kawasaki-denki.co.jp　090-7752-0081
土門 航　　調達部　　domon@kawasaki-denki.co.jp　080-2290-6613
新発田 光一　営業部　shibata@kawasaki-denki.co.jp　090-5533-1146

よろしくお願いします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "eight records appear only under -----Original Message----- quoted from the recipient",
})

add({
    "id": "kaigi-044",
    "sender": frm("tsuyuri"),
    "to": ["Grace Tan <grace.tan@pacificcrest.com>"],
    "subject": "Re: Delegation list for the Osaka plant visit",
    "charset": "utf-8",
    "body": f"""Dear Grace,

Thank you for the list. We have booked two cars from Shin-Osaka station at 9:00
on 17 November and reserved lunch for all six of your colleagues.
Our Osaka branch manager, Mr Imoarai, will meet you at the central ticket gate.

Best regards,
Kenji Tsuyuri

On Fri, 30 Oct 2026 at 11:42, Grace Tan <grace.tan@pacificcrest.com> wrote:
> Dear Kenji,
>
> Please find below our delegation for the visit:
>
> Name            Title                 Mobile
> --------------------------------------------------
> Grace Tan       Procurement Manager   +65 9123 4471
> Raymond Lim     VP Operations         +65 9772 0183
> Priya Nair      Quality Lead          +65 8456 2290
> Marcus Ong      Engineer              +65 9334 6617
> Hiroshi Kanda   Japan Liaison         +81 90 4417 5582
> Wei Ling Chua   Buyer                 +65 8123 9904
>
> Kind regards,
> Grace
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply; the delegation list is only quoted (On ... wrote:) from the recipient",
})

_inner045 = {
    "sender": "大和田 浩 <owada@kawasaki-denki.co.jp>",
    "to": ["高橋 誠 <m.takahashi@hinode-sangyo.co.jp>"],
    "subject": "11/26 代理店会議 弊社参加者と宿泊希望",
    "charset": "iso-2022-jp",
    "body": """高橋様

お世話になっております。川崎電機の大和田です。
11/26の会議に参加する弊社メンバーと宿泊希望をお知らせします。

・大和田 浩（営業部）　携帯 090-2218-4475　owada@kawasaki-denki.co.jp　11/25泊
・新発田 光一（営業部）　携帯 090-5533-1146　shibata@kawasaki-denki.co.jp　11/25泊
・矢作 智恵（技術部）　携帯 080-3391-2260　yahagi@kawasaki-denki.co.jp　宿泊なし
・猪狩 大（生産技術部）　携帯 080-1176-9934　igari@kawasaki-denki.co.jp　11/25泊
・米倉 咲（調達部）　携帯 090-7752-0081　yonekura@kawasaki-denki.co.jp　11/25・26泊
・早乙女 純（技術部）　携帯 070-4459-1128　saotome@kawasaki-denki.co.jp　宿泊なし

ホテルの手配をお願いできますと幸いです。
川崎電機株式会社 営業部 大和田
""",
}
add({
    "id": "kaigi-045",
    "sender": frm("takahashi"),
    "to": ["真壁 様 <makabe@sakura-hotel.jp>"],
    "subject": "FW: 11/26 代理店会議 弊社参加者と宿泊希望",
    "charset": "iso-2022-jp",
    "body": f"""真壁様

お世話になっております。日の出産業の高橋です。
川崎電機様から宿泊希望が届きましたので、元のメールを添付で転送します。
11/25泊が4名、11/26泊が1名となります。客室の手配をお願いいたします。

{sig("takahashi")}
""",
    "attachments": [{"kind": "eml", "name": "11-26代理店会議_川崎電機様参加者.eml",
                     "message": _inner045}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forwarded mail (attached .eml) listing six people's mobiles and e-mails goes to a hotel",
})
# -- 046-060 ------------------------------------------------------------------------------

add({
    "id": "kaigi-046",
    "sender": frm("tsuyuri"),
    "to": ["Erik Lindqvist <erik.lindqvist@lindqvist-components.se>"],
    "subject": "Pre-read for the 28 October executive meeting",
    "charset": "utf-8",
    "body": f"""Dear Erik,

Ahead of the executive meeting in Tokyo on 28 October, please find attached the
pre-read on our 2027 sourcing plan. We would appreciate your comments on section 3
before the meeting.

Looking forward to seeing you in Tokyo.

Best regards,
Kenji

{sig("tsuyuri", 3)}
""",
    "attachments": [{
        "kind": "pdf", "name": "Sourcing_Plan_2027_preread.pdf",
        "title": "Sourcing Plan 2027 - pre-read",
        "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
        "page_footer": "Hinode Sangyo Co., Ltd. | Strictly Confidential",
        "lines": [
            "Sourcing Plan 2027 (draft for executive discussion)",
            "1. Volume forecast by product family",
            "2. Dual-sourcing targets for aluminium housings",
            "3. Target price corridor and negotiation stance",
            "4. Risk register (supplier concentration, FX)",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached PDF is stamped CONFIDENTIAL / internal use only and goes to a foreign partner",
})

add({
    "id": "kaigi-047",
    "sender": frm("tsuyuri"),
    "to": ["Grace Tan <grace.tan@pacificcrest.com>"],
    "cc": [mail("imoarai")],
    "subject": "Programme for your visit to our Osaka plant (17 Nov)",
    "charset": "utf-8",
    "body": f"""Dear Grace,

Please find below the programme for your visit on Tuesday, 17 November.

  09:00  Pick-up at Shin-Osaka station (central ticket gate)
  09:45  Arrival at Hinode Sangyo Osaka plant, safety briefing
  10:00  Plant tour (assembly lines 2 and 3, inspection area)
  11:30  Meeting: quality agreement and 2027 forecast
  12:30  Lunch at the plant guest room
  14:00  Departure for Shin-Osaka

Venue: Hinode Sangyo Osaka Plant, 3-8-15 Nishiyodogawa, Osaka 555-0012
Main line: +81-6-6471-3300

Safety shoes and helmets will be provided. Please let us know if anything changes.

Kind regards,
Kenji Tsuyuri

{sig("tsuyuri", 3)}

{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English visit programme with the standard confidentiality disclaimer at the end",
})

add({
    "id": "kaigi-048",
    "sender": frm("shoji"),
    "to": [
        "柏木 先生 <kashiwagi.noriko@gmail.com>",
        "Ryo Hamasaki <r.hamasaki1975@yahoo.co.jp>",
        "久遠 様 <kuon.design@icloud.com>",
    ],
    "subject": "有識者座談会（12/10）のご案内と事前資料について",
    "charset": "iso-2022-jp",
    "body": f"""柏木様、濱崎様、久遠様

このたびは弊社の中期経営計画に関する有識者座談会へのご参加をご快諾いただき、
誠にありがとうございます。日の出産業 経営企画部の東海林でございます。

　日時：2026年12月10日（木）15:00〜17:00（終了後、ささやかな懇親の席をご用意しております）
　場所：日の出産業本社 12階 役員会議室
　テーマ：「地方の中小製造業と共に伸びる商社のあり方」

事前資料は12月3日頃にお送りいたします。
交通費・謝礼のお手続きについては、別途個別にご連絡いたします。

{sig("shoji")}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons on free mail can all see each other's addresses in To",
})

add({
    "id": "kaigi-049",
    "sender": frm("tsuyuri"),
    "to": ["藤堂 ソフィア 様 <sophia.todo.interpret@outlook.jp>"],
    "subject": "10/28 役員会議 逐次通訳のご依頼（確定）",
    "charset": "iso-2022-jp",
    "body": f"""藤堂 ソフィア 様

お世話になっております。日の出産業 海外事業部の栗花落です。
先日お問い合わせした10月28日（水）の通訳業務につき、正式にご依頼いたします。

　日時：10月28日（水）9:30〜17:00（昼休憩1時間）
　場所：弊社本社 12階 役員会議室
　内容：役員会議の逐次通訳（英⇔日）、会食時のアテンド
　報酬：お見積りどおり（交通費別途実費）

事前資料（議題と用語集）は10月21日までにお送りします。
当日は9:00に1階受付へお越しください。受付で私を呼び出していただければ結構です。

{sig("tsuyuri")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one freelance interpreter on a free-mail address: warn at most",
})

add({
    "id": "kaigi-050",
    "sender": frm("takahashi"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "cc": ["真壁 様 <makabe@sakura-hotel.jp>", mail("sasaki")],
    "subject": "11/26 代理店会議 会場の下見日程について",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社　大和田様
（CC：さくらホテル　真壁様）

お世話になっております。日の出産業の高橋です。
11/26の代理店会議で御社に一部セッションをご担当いただくにあたり、
会場の下見を一緒にできればと考えております。

さくらホテルの真壁様に確認したところ、以下の時間であれば会場をご覧いただけるとのことです。
　・11月11日（水）16:00〜17:00
　・11月13日（金）10:00〜11:00

大和田様のご都合をお知らせいただけますでしょうか。
真壁様、当日はどうぞよろしくお願いいたします。

{sig("takahashi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way mail: a customer and the venue, two external organisations",
})

add({
    "id": "kaigi-051",
    "sender": frm("minai"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "cc": ["丹羽 様 <niwa@aoba-unyu.co.jp>", "鬼頭 様 <kito@nishiki-insatsu.co.jp>"],
    "subject": "梱包仕様見直しの合同打合せ（11/9）のお願い",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社 大和田様
CC：青葉運輸株式会社 丹羽様、錦印刷株式会社 鬼頭様

お世話になっております。日の出産業 購買部の薬袋です。
制御盤の梱包仕様（外装箱・ラベル表示）の見直しについて、
製造・輸送・印刷の皆様に一度お集まりいただきたく存じます。

　日時：11月9日（月）13:30〜15:00
　場所：日の出産業本社 8階 第3会議室

各社のご出席者を11月4日までにお知らせください。

{sig("minai", 2)}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external companies in To/Cc see each other: should have been Bcc",
})

add({
    "id": "kaigi-052",
    "sender": frm("shoji"),
    "to": ["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    "subject": "第14回経営会議 議事録（確定版）",
    "charset": "iso-2022-jp",
    "body": f"""経営会議メンバー各位

経営企画部の東海林です。
10月14日の第14回経営会議の議事録（確定版）を添付します。
社外への転送はご遠慮ください。

{sig("shoji", 2)}
""",
    "attachments": [{
        "kind": "docx", "name": "第14回経営会議_議事録.docx",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 経営企画部",
        "paragraphs": [
            "第14回 経営会議 議事録",
            "日時：2026年10月14日（水）9:00～11:30　場所：12階 役員会議室",
            "1. 上期業績見通し：売上高は計画比98%、営業利益は計画比92%の見込み。",
            "2. 大阪支店の移転：2027年6月を目途に候補物件2件を比較検討。",
            "3. 基幹システム更改：予算超過分（約4,800万円）の承認。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 minutes, but every recipient is internal",
})

add({
    "id": "kaigi-053",
    "sender": frm("takanashi"),
    "to": ["長谷部 様 <hasebe@tsubasa-system.jp>"],
    "subject": "【取扱注意】FW: 経営会議 決定事項（基幹システム更改予算）",
    "charset": "iso-2022-jp",
    "body": f"""長谷部様

お世話になっております。小鳥遊です。
予算の件、社内の経営会議で決定した内容を参考までに転送します。
追加見積りの前提としてご確認ください。

{sig("takanashi", 2)}

-------- 転送メッセージ --------
件名: 【取扱注意】経営会議 決定事項（基幹システム更改予算）
差出人: 東海林 健吾 <k.shoji@hinode-sangyo.co.jp>
宛先: 情報システム部 <joho-system@hinode-sangyo.co.jp>

■■■ 取扱注意　社内限り ■■■

情報システム部各位

10/14の経営会議で以下が決定しましたので共有します。
・基幹システム更改予算：当初3億2,000万円 → 3億6,800万円に増額承認
・追加分の条件：ツバサシステム社との再交渉で最低1,500万円の減額を目指すこと
・本番稼働：2027年5月連休明けを死守
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "forwards an internal mail stamped 取扱注意・社内限り (also in the subject) to a vendor",
})

add({
    "id": "kaigi-054",
    "sender": frm("domeki"),
    "to": [mail("mitarai")],
    "cc": ["経理部 給与・源泉担当 <gensen@hinode-sangyo.co.jp>"],
    "subject": "管理職研修 外部講師の謝金支払いについて（個人番号あり）",
    "charset": "iso-2022-jp",
    "body": f"""御手洗さん

人事部の百目鬼です。
11/6の管理職研修の外部講師（2人目）の謝金支払いをお願いします。
個人番号は本人確認済みです。取扱いにご注意ください。

　講師氏名：鳴海 早苗（なるみ さなえ）
　住所　　：神奈川県横浜市青葉区美しが丘2丁目14番地7
　個人番号：{MN1[:4]}-{MN1[4:8]}-{MN1[8:]}
　謝金　　：88,000円（税込・源泉前）
　支払予定：11月30日

支払調書の作成はさかもと会計事務所ではなく、今回は社内で行う予定です。

{sig("domeki", 2)}
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "a lecturer's My Number and address, but sent only to internal accounting",
})

add({
    "id": "kaigi-055",
    "sender": frm("shoji"),
    "to": ["長谷部 様 <hasebe@tsubasa-system.jp>"],
    "subject": "会議体一覧と年間スケジュールの送付",
    "charset": "utf-8",
    "body": f"""長谷部様

お世話になっております。東海林です。
プロジェクト体制図の作成にあたり、弊社の会議体一覧と年間スケジュールを送付します。
ステアリングコミッティの開催月に合わせてご報告の準備をお願いします。

{sig("shoji")}
""",
    "attachments": [{
        "kind": "xlsx", "name": "会議体一覧_2026下期.xlsx",
        "page_header": "Internal Only",
        "page_footer": "社内限り / Internal Only - 日の出産業株式会社",
        "sheets": {
            "会議体一覧": [
                ["会議体一覧（2026年度下期）", "", "", ""],
                ["会議体", "議長", "頻度", "主な議題"],
                ["経営会議", "社長", "月2回", "経営方針・予算"],
                ["投資委員会", "CFO", "月1回", "1億円以上の投資案件"],
                ["システム更改ステコミ", "CIO", "月1回", "進捗・予算・リスク"],
            ],
            "年間スケジュール": [
                ["月", "経営会議", "投資委員会", "ステコミ"],
                ["10月", "10/14, 10/28", "10/21", "10/26"],
                ["11月", "11/11, 11/25", "11/18", "11/30"],
                ["12月", "12/9, 12/23", "12/16", "12/21"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX carries an Internal Only / 社内限り header and footer and goes to a vendor",
})

add({
    "id": "kaigi-056",
    "sender": frm("iokibe"),
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["白川法律事務所 秘書 <secretary@shirakawa-law.jp>"],
    "subject": "11月の定例ご相談 日程と議題について",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

いつもお世話になっております。日の出産業 法務部の五百旗頭です。
11月の定例ご相談ですが、11月17日（火）15時からでいかがでしょうか。

議題は以下を予定しております。
１．取引基本契約書ひな形の改定（下請法対応）
２．機密情報の管理規程の改定案について
　　（取引先から受領した機密情報の保管期間と廃棄方法を明確化したい）
３．ツバサシステム社との秘密保持契約の更新条件

資料は前週中にお送りいたします。

{sig("iokibe", 1)}

{DISC_JP}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "agenda that talks about 機密情報 and an NDA, plus the standard disclaimer: no marking",
})

add({
    "id": "kaigi-057",
    "sender": frm("tsukumo"),
    "to": ["柚木 様 <yuki@yamabuki-shoji.co.jp>"],
    "subject": "10/16 お打合せ議事録と宿題事項",
    "charset": "utf-8",
    "body": f"""柚木様

本日はありがとうございました。日の出産業の九十九です。
議事録と宿題事項を整理しました。

━━ 議事録 ━━
日時：2026年10月16日（金）14:00～15:10
場所：やまぶき商事様 本社 5階会議室
出席：やまぶき商事様　柚木様、佐治様、宮之原様
　　　日の出産業　　　高橋、四月一日、九十九

1. 年間購買契約の更新条件について意見交換
2. 納入リードタイム短縮（現行6週→4週）の実現性を検討
3. 価格改定は2027年4月出荷分から適用する方向で調整

━━ 宿題事項 ━━
・[日の出] 4週納入のための在庫計画案　… 担当：四月一日（10/30まで）
・[やまぶき] 2027年度の発注見込み数量　… 担当：佐治様（11/6まで）
・[日の出] 改定後の価格表（案）　　　　… 担当：九十九（11/6まで）

次回は11月13日（金）14時〜、弊社にて。

{sig("tsukumo")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "minutes with attendee names and owners of action items: names alone, no personal data",
})

add({
    "id": "kaigi-058",
    "sender": frm("takahashi"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "subject": "11/4 工場見学 招待状の送付先確認",
    "charset": "iso-2022-jp",
    "body": f"""大和田様

お世話になっております。高橋です。
11/4の工場見学について、御社ご参加者様へ個別に入構証と案内状をメールでお送りします。
送付先を下記のとおり控えておりますが、誤りがないかご確認いただけますでしょうか。

　大和田 浩 様　営業部　　　owada@kawasaki-denki.co.jp
　矢作 智恵 様　技術部　　　yahagi@kawasaki-denki.co.jp
　早乙女 純 様　技術部　　　saotome@kawasaki-denki.co.jp
　平良 圭 様　　品質保証部　taira@kawasaki-denki.co.jp
　猪狩 大 様　　生産技術部　igari@kawasaki-denki.co.jp
　米倉 咲 様　　調達部　　　yonekura@kawasaki-denki.co.jp

{sig("takahashi", 2)}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six people's work e-mails, but all are the recipient company's own staff it sent us",
})

add({
    "id": "kaigi-059",
    "sender": frm("tsukumo"),
    "to": [
        "大和田 様 <owada@kawasaki-denki.co.jp>",
        "保守サービス部 宍戸 様 <shishido@kawasaki-denki-service.co.jp>",
        "丹羽 様 <niwa@aoba-unyu.co.jp>",
    ],
    "subject": "制御盤搬入・据付の段取り打合せ（11/20）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社 大和田様
川崎電機サービス株式会社 宍戸様
青葉運輸株式会社 丹羽様

お世話になっております。日の出産業の九十九です。
12月の制御盤搬入・据付に向けて、段取りの打合せをお願いしたく存じます。

　日時：11月20日（金）10:00〜11:00
　形式：Teams（URLは別途お送りします）
　内容：搬入経路、クレーン手配、据付後の試運転の立会い

大和田様・宍戸様は同じグループでいらっしゃるので、まとめてのご案内で失礼いたします。

{sig("tsukumo", 2)}
""",
    "expect": "either",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external domains in To, but two are one corporate group: two or three parties",
})

add({
    "id": "kaigi-060",
    "sender": frm("sasaki"),
    "to": ["真壁 様 <makabe@sakura-hotel.co.jp>"],
    "subject": "11/26 研修会 進行表と会場レイアウトのご確認",
    "charset": "shift_jis",
    "body": f"""真壁様

お世話になっております。日の出産業の佐々木です。
11/26の研修会の進行表と会場レイアウトの最終版をお送りします。

　9:00　　会場設営（弊社スタッフ入り）
　9:30　　受付開始
　10:00　 開会・社長挨拶
　12:00　 昼食（会場内）
　13:00　 分科会（A・Bの2会場に分かれます）
　17:00　 閉会
　17:30　 懇親会（2階「鳳凰の間」）

分科会Bの会場は「楓」の間をお借りできれば幸いです。

{sig("sasaki", 1)}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.co.jp is a TLD-swapped look-alike of partner sakura-hotel.jp",
})
# -- 061-075 ------------------------------------------------------------------------------

add({
    "id": "kaigi-061",
    "sender": frm("kadenokoji"),
    "to": ["一口 剛 <t.imoarai@hinode-sangyou.co.jp>"],
    "subject": "部店長会議（11/9）の開催案内と提出資料について",
    "charset": "iso-2022-jp",
    "body": f"""大阪支店 営業課　一口さん

社長室の勘解由小路です。
11月9日（月）の部店長会議に支店長代理としてご出席いただく件、ご案内いたします。

　時間：13:00〜17:00（終了後、役員との意見交換会）
　場所：本社 12階 役員会議室（大阪支店からは来社でお願いします）
　提出資料：下期重点施策の進捗（A4・2枚以内）を11/4（水）までに

新幹線の手配が必要でしたら、秘書課までお知らせください。

{sig("kadenokoji", 2)}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp (an extra u) is a look-alike of the company's own domain",
})

add({
    "id": "kaigi-062",
    "sender": frm("kadenokoji"),
    "to": ["港南ビルマネジメント 駐車場管理 <parking@konan-bm.co.jp>"],
    "subject": "来客用駐車場 事前登録（11/9 部店長会議）",
    "charset": "iso-2022-jp",
    "body": f"""港南ビルマネジメント株式会社
駐車場管理ご担当者様

日の出産業 社長室の勘解由小路です。
11月9日（月）に来社する社外取締役が自家用車でお越しになります。
地下駐車場のご利用にあたり、運転者の登録をお願いいたします。

　氏名　　　　　：榊原 宗一郎
　運転免許証番号：第 301624885107 号
　車両番号　　　：品川 330 ら 72-19
　入庫予定　　　：12:30　出庫予定：19:00

{sig("kadenokoji", 1)}
""",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number of a named person sent to the building manager (identity document)",
})

add({
    "id": "kaigi-063",
    "sender": frm("domeki"),
    "to": ["あおい社会保険労務士事務所 葵 様 <aoi@aoi-sr.jp>"],
    "subject": "10/23 ご相談の事前資料（休職者の社会保険手続き）",
    "charset": "utf-8",
    "body": f"""あおい社会保険労務士事務所
葵先生

いつもお世話になっております。日の出産業 人事部の百目鬼です。
10月23日（金）のご相談に先立ち、対象社員の情報をお送りします。
当日は資格喪失・任意継続の手続きの流れをご教示いただければ幸いです。

【対象者】
　氏名　　　　：五月女 俊介（さおとめ しゅんすけ）
　生年月日　　：昭和62年7月19日
　基礎年金番号：4102-518863
　健康保険証　：記号 31050218　番号 47
　退職予定日　：2026年12月31日

どうぞよろしくお願いいたします。

{sig("domeki")}
""",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "basic pension number and health-insurance card symbol/number of an employee sent outside",
})

add({
    "id": "kaigi-064",
    "sender": frm("iokibe"),
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "緊急のご相談（明日10時）事前共有",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

急なお願いにもかかわらず、明日10時からのお打合せをお受けいただきありがとうございます。
事前に概要を共有いたします。

・対象者：大阪支店 営業課 主任　猿渡 拓海（33歳）
・概要　：10月24日夜、大阪府警に傷害の疑いで逮捕されたと家族から連絡あり。
　　　　　現在勾留中で、本人とは接見できていない。
・ご相談事項：
　１．当面の勤怠の扱い（欠勤／休職）
　２．取引先への説明の要否と範囲
　３．就業規則上の懲戒手続きの進め方

社内でも限られたメンバーのみで対応しております。よろしくお願いいたします。

{sig("iokibe", 1)}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest (犯罪の経歴・逮捕: 要配慮個人情報) sent outside, even to counsel",
})

add({
    "id": "kaigi-065",
    "sender": frm("sasaki"),
    "to": ["みなと会館 施設課 <shisetsu@minato-kaikan.or.jp>"],
    "subject": "11/19 共催セミナー 配慮が必要な参加者について",
    "charset": "iso-2022-jp",
    "body": f"""みなと会館 施設課 ご担当者様

日の出産業の佐々木です。11月19日（木）第1会議室をご利用予定のセミナーについて、
会場側でのご配慮をお願いしたい参加者がいらっしゃいます。

------------------------------------------------------------
氏名　　　　　配慮事項
------------------------------------------------------------
冨樫 信也　　　車椅子使用（下肢障害）。前方通路側の席を確保
生田目 聡　　　聴覚障害あり。手話通訳者の隣席、要約筆記用モニター
渡嘉敷 奈々　　視覚障害（弱視）。資料の拡大版を受付で渡す
------------------------------------------------------------

当日はエレベーター前まで弊社スタッフがお迎えにあがります。

{sig("sasaki", 2)}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "three named participants with their disabilities sent to a venue: sensitive data even for few people",
})

add({
    "id": "kaigi-066",
    "sender": frm("domeki"),
    "to": ["安全衛生委員会 <eisei-iinkai@hinode-sangyo.co.jp>"],
    "subject": "第7回 安全衛生委員会 議事録",
    "charset": "iso-2022-jp",
    "body": f"""委員各位

人事部の百目鬼です。10月の安全衛生委員会の議事録です。
個人の健康情報を含むため、委員以外への転送は禁止です。

1. 定期健康診断の結果
　・受診率 98.7%（未受診 6名、11月中に受診予定）
　・要精密検査の通知対象：
　　　川崎工場　　熊谷 修（血圧・心電図）
　　　大阪支店　　中道 沙織（肝機能）
　　　本社　　　　野々宮 宏（血糖値・HbA1c）
　　→ 産業医面談を11月中に設定済み
2. 長時間労働者への面接指導：対象 3名（9月実績）
3. ストレスチェックの実施時期：2027年1月

{sig("domeki", 2)}
""",
    "expect": "pass",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": [],
    "note": "health-check findings of named staff, but the committee list is internal only",
})

add({
    "id": "kaigi-067",
    "sender": frm("takahashi"),
    "to": ["柚木 様 <yuki@yamabuki-shoji.co.jp>"],
    "subject": "海辺建設様のご担当者のご紹介",
    "charset": "iso-2022-jp",
    "body": f"""柚木様

お世話になっております。高橋です。
先日お話しした倉庫改修の件、海辺建設様のご担当者から
柚木様に直接ご連絡してよいと了承をいただきましたので、ご紹介いたします。

　海辺建設株式会社 建築営業部 課長
　　浜岡 伸吾 様　携帯 090-4417-2281　hamaoka@umibe-kensetsu.co.jp

　同 設計部
　　宇津木 めぐみ 様　携帯 080-2263-7745　utsugi@umibe-kensetsu.co.jp

現地調査のお打合せは、三者でご一緒できればと思いますので、
日程が決まりましたら私にもお知らせください。

{sig("takahashi")}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "introduces two contacts of a third company (with consent): two records, may warn",
})

add({
    "id": "kaigi-068",
    "sender": frm("watanuki"),
    "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "11/26 懇親会 当日の窓口について",
    "charset": "utf-8",
    "body": f"""さくらホテル 宴会予約係 御中

日の出産業の四月一日です。
11/26の懇親会ですが、当日の窓口は私ではなくカスタマーサポート部の我妻が務めます。
料理の提供タイミングや人数の増減など、当日は我妻までご連絡ください。

　当日窓口：我妻 千尋（日の出産業 カスタマーサポート部）
　携帯　　：070-3345-8261

どうぞよろしくお願いいたします。

{sig("watanuki", 1)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one colleague as on-the-day contact with her mobile: a single contact, may warn",
})

_t069 = "T" + corp_number("010401185642")
add({
    "id": "kaigi-069",
    "sender": frm("mitarai"),
    "to": ["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
    "cc": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "subject": "共催セミナー費用（按分）のご請求について",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の御手洗です。
10月に共催いたしました技術セミナーの会場費・運営費につき、
取り決めどおり折半額をご請求申し上げます。請求書を添付いたします。

{sig("mitarai")}
""",
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-2026-1104.pdf",
        "lines": [
            "請求書",
            "川崎電機株式会社 御中",
            "請求番号：HS-2026-1104　発行日：2026年11月4日",
            f"日の出産業株式会社　登録番号：{_t069}",
            "〒108-0075 東京都港区港南2-16-3",
            "",
            "件名：共催技術セミナー（10/22）費用按分",
            "会場費（みなと会館）　　　 320,000円 × 1/2　160,000円",
            "運営費（ハレノヒ企画）　　 480,000円 × 1/2　240,000円",
            "小計 400,000円　消費税（10%）40,000円　合計 440,000円",
            "",
            "お振込先：みどり銀行 品川支店 普通 2718405 ヒノデサンギヨウ（カ",
            "お支払期限：2026年11月30日",
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "invoice with the company's T-number and company bank account: business data, must go",
})

add({
    "id": "kaigi-070",
    "sender": frm("sasaki"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "subject": "弊社会議室のご案内（11/4以降のご来社時）",
    "charset": "iso-2022-jp",
    "body": f"""大和田様

日の出産業の佐々木です。
11月以降、御社との定例を弊社で開催する機会が増えますので、
会議室の場所をご案内いたします。受付（1階）で会議室名をお伝えください。

会議室名　　フロア　定員　設備
----------------------------------------------
第1会議室　　8階　　 6名　モニター
第2会議室　　8階　　10名　モニター・Web会議端末
第3会議室　　8階　　16名　プロジェクター
大会議室　　 12階　　40名　プロジェクター・マイク
ショールーム 1階　　 ―　　展示品あり
----------------------------------------------

受付直通：03-5781-2210（平日 8:45〜17:30）

{sig("sasaki", 2)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of meeting rooms and the reception number: facilities, not people",
})

add({
    "id": "kaigi-071",
    "sender": frm("mitarai"),
    "to": ["城之内 様 <jonouchi@midori-ginko.co.jp>"],
    "subject": "11/2 オンライン面談の接続情報",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人営業部
城之内様

お世話になっております。日の出産業 経理部の御手洗です。
11月2日（月）16時からのオンライン面談の接続情報をお送りします。

　Webex ミーティングリンク：https://hinode-sangyo.webex.com/hinode-sangyo/j.php?MTID=m7f2c
　ミーティング番号：2633 118 4450
　パスワード：Midori1102
　電話で参加（日本）：+81-3-4578-9001（有料）／0120-520-741（フリーダイヤル）
　アクセスコード：2633 118 4450 #

議題は設備資金（川崎工場ライン増設）のご融資条件についてです。
決算説明資料は前日までにお送りします。

{sig("mitarai", 2)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "web-meeting dial-in numbers and access codes: service numbers, not people",
})

_rows072 = [
    ["氏名", "部署", "メール", "携帯"],
    ["東海林 健吾", "経営企画部", "k.shoji@hinode-sangyo.co.jp", "080-6093-1172"],
    ["小鳥遊 美咲", "情報システム部", "m.takanashi@hinode-sangyo.co.jp", "080-9912-4350"],
    ["御手洗 隆", "経理部", "t.mitarai@hinode-sangyo.co.jp", "090-4471-8236"],
    ["薬袋 直樹", "購買部", "n.minai@hinode-sangyo.co.jp", "090-7715-3082"],
]
add({
    "id": "kaigi-072",
    "sender": frm("takanashi"),
    "to": ["長谷部 様 <hasebe@tsubasa-system.jp>"],
    "subject": "ステアリングコミッティ 弊社メンバーの連絡先",
    "charset": "utf-8",
    "body": f"""長谷部様

お世話になっております。小鳥遊です。
ステコミのメンバー（弊社側）の連絡先です。会議招集の際にご利用ください。
CIOの大鷹は秘書経由でお願いします。

{cols(_rows072, gap=4)}

{sig("takanashi", 2)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four members' work e-mails and mobiles in a padded list: under five, may warn",
})

_regs073 = "\n".join([
    "1, 上野 雅人, masato.ueno@gmail.com, 090-1834-2276",
    "2, 鴨志田 美和, kamoshida@lynx-inc.co.jp, 03-6812-4401",
    "3, ホセ・サントス, jose.santos.jp@yahoo.co.jp, 080-2290-5516",
    "4, 嘉手納 光, hikaru.kadena@icloud.com, 070-5581-3390",
    "5, 百瀬 芳江, momose-tax@outlook.jp, 0263-32-7715",
    "6, 東條 潤, jun.tojo@docomo.ne.jp, 090-6647-0082",
    "7, 八重樫 舞, yaegashi@iwate-shoko.co.jp, 019-651-2230",
    "8, 真栄田 豊, maeda.yutaka@ezweb.ne.jp, 080-4412-9968",
    "9, 汐見 かおり, kaori_shiomi@gmail.com, 090-3310-7745",
    "10, 相馬 玄, gen.soma@softbank.ne.jp, 080-5547-2209",
    "11, 喜屋武 千夏, chinatsu.kyan@gmail.com, 070-2281-6634",
    "12, 小田切 慎, odagiri@shinshu-denko.co.jp, 026-228-4410",
])
add({
    "id": "kaigi-073",
    "sender": frm("yamanashi"),
    "to": [mail("shoji"), mail("wagatsuma")],
    "subject": "転送：個人投資家向けセミナー 最終申込者（12名）",
    "charset": "utf-8",
    "body": f"""東海林さん、我妻さん

月見里です。ハレノヒ企画から最終の申込者一覧が戻ってきたので共有します。
当日の受付と、質疑応答の指名順の検討に使ってください。社外には出さないでください。

---------- Forwarded message ---------
From: 松ヶ崎 <matsugasaki@harenohi-kikaku.co.jp>
Subject: 個人投資家向けセミナー 最終申込者

月見里様
締切時点の申込者です（No, 氏名, メール, 電話）。

{_regs073}

ハレノヒ企画 松ヶ崎
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a twelve-person registrant list forwarded, but only to internal colleagues",
})

add({
    "id": "kaigi-074",
    "sender": frm("minai"),
    "to": ["丹羽 様 <niwa@aoba-unyu.co.jp>"],
    "subject": "厚木センター見学会 当日の集合について",
    "charset": "shift_jis",
    "body": f"""丹羽様

お世話になっております。薬袋です。
１１月１０日（火）の見学会当日、弊社スタッフは８時４５分に本厚木駅北口の
ロータリーに集合し、送迎バスの到着をお待ちします。

バスの到着が遅れる場合や乗車人数に変更がある場合は、
当日は私の携帯（０９０－７７１５－３０８２）までご連絡ください。
会社の電話は当日不在となります。

　集合場所：本厚木駅北口ロータリー　３番乗り場付近
　目印　　：「日の出産業」のプラカード

{sig("minai", 4)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the sender's own mobile in full-width digits as the day's contact: signature-like, not a list",
})

_ins075 = "\n\n".join([
    f"［{i}］\n氏名：{n}（{k}）\n生年月日：{b}\n住所：{a}\n電話：{fw(t)}"
    for i, (n, k, b, a, t) in enumerate([
        ("大久保 隆之", "オオクボ タカユキ", "昭和５８年４月２日", "東京都江東区東砂７－１２－３", "090-2281-4476"),
        ("小野 冴子", "オノ サエコ", "平成２年１１月３日", "千葉県船橋市本町４－３１－２－５０２", "080-5527-1193"),
        ("ブラウン 恵美", "ブラウン エミ", "Ｈ７．６．１８", "神奈川県相模原市南区相模大野３－８－１", "070-3318-8820"),
        ("左右田 徹", "ソウダ トオル", "S51.12.24", "埼玉県川口市栄町２－５－１４", "090-6672-0047"),
        ("鬼頭 舞子", "キトウ マイコ", "平成１１年１月９日", "東京都八王子市旭町９－１", "080-4431-2215"),
    ], 1)
])
add({
    "id": "kaigi-075",
    "sender": frm("domeki"),
    "to": ["ひまわり保険サービス 間宮 様 <mamiya@himawari-hoken.co.jp>"],
    "subject": "営業戦略合宿（１２／３・４）国内旅行傷害保険の加入者情報",
    "charset": "shift_jis",
    "body": f"""ひまわり保険サービス株式会社
間宮様

いつもお世話になっております。日の出産業 人事部の百目鬼です。
１２月３日～４日の営業戦略合宿（箱根）について、国内旅行傷害保険の加入者情報をお送りします。
まずは第一陣の５名分です。残りは来週お送りします。

{_ins075}

保険期間は１２月３日０時～１２月４日２４時でお願いいたします。

{sig("domeki", 4)}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five people's blocks with 和暦 birth dates, home addresses and full-width phones to an insurer",
})
# -- 076-090 ------------------------------------------------------------------------------

add({
    "id": "kaigi-076",
    "sender": frm("imoarai"),
    "to": ["Grace Tan <grace.tan@pacificcrest.com>"],
    "cc": [mail("tsuyuri")],
    "subject": "Thank you for visiting our Osaka plant",
    "charset": "utf-8",
    "body": f"""Dear Grace,

Thank you very much for taking the time to visit our Osaka plant yesterday.
It was a pleasure to show you and your team our new inspection area.
Attached is the group photo taken in front of the main building.

As agreed at the meeting, we will send the draft quality agreement by 27 November,
and Kenji will arrange a follow-up call in early December.

We look forward to working with you.

Best regards,
Tsuyoshi Imoarai
Branch Manager, Osaka
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{"kind": "png", "name": "group_photo_20261117.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you mail after a visit with a photo attached: ordinary follow-up",
})

add({
    "id": "kaigi-077",
    "sender": frm("shoji"),
    "to": ["春風コンサルティング 神宮寺 様 <jinguji@harukaze-consulting.com>"],
    "subject": "会議招集: 中期経営計画 骨子レビュー（11/24 10:00-12:00）",
    "charset": "utf-8",
    "body": f"""神宮寺様

11月24日（火）の骨子レビューの会議招集をお送りします。
お使いのカレンダーに取り込めるよう、招待ファイル（.ics）を添付しました。

場所：日の出産業本社 12階 役員会議室
内容：中期経営計画（2027-2029）骨子案のレビュー

{sig("shoji", 2)}
""",
    "attachments": [{
        "kind": "txt", "name": "invite.ics", "encoding": "utf-8",
        "text": """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hinode Sangyo//Meeting//JA
METHOD:REQUEST
BEGIN:VEVENT
UID:20261124T010000Z-chukei@hinode-sangyo.co.jp
DTSTART:20261124T010000Z
DTEND:20261124T030000Z
SUMMARY:中期経営計画 骨子レビュー
LOCATION:日の出産業本社 12階 役員会議室
ORGANIZER;CN=東海林 健吾:mailto:k.shoji@hinode-sangyo.co.jp
ATTENDEE;CN=神宮寺 様;RSVP=TRUE:mailto:jinguji@harukaze-consulting.com
END:VEVENT
END:VCALENDAR
""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "calendar invitation with organiser and the recipient as attendee: ordinary",
})

add({
    "id": "kaigi-078",
    "sender": frm("shoji"),
    "to": ["長谷部 様 <hasebe@tsubasa-system.jp>"],
    "subject": "第4回定例会 議事録（ご確認のお願い）",
    "charset": "iso-2022-jp",
    "body": f"""長谷部様

お世話になっております。東海林です。
11月5日の第4回定例会の議事録案を添付します。
修正がございましたら11月11日（水）までにお知らせください。

{sig("shoji")}
""",
    "attachments": [{
        "kind": "docx", "name": "第4回定例会_議事録案.docx",
        "paragraphs": [
            "基幹システム更改プロジェクト 第4回定例会 議事録（案）",
            "日時：2026年11月5日（木）10:00～11:30　場所：日の出産業本社 8階 第3会議室",
            "",
            "決定事項",
            "1. データ移行は3段階で実施する（マスタ→残高→明細）。",
            "2. 並行稼働期間は2週間とし、2027年4月19日から開始する。",
            "3. 課題No.12（帳票レイアウト）はツバサシステム様が代替案を次回提示する。",
        ],
        "tables": [[
            ["会社", "出席者"],
            ["ツバサシステム株式会社", "長谷部 正臣、堀 晃司、三上 梨沙"],
            ["日の出産業株式会社", "東海林 健吾、小鳥遊 美咲、薬袋 直樹"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "DOCX minutes with decisions and attendee names by company only",
})

_renraku079 = [
    ["班", "氏名", "自宅住所", "自宅電話", "携帯電話"],
    ["本部", "東海林 健吾", "東京都大田区南雪谷3-8-14", "03-3727-5512", "080-6093-1172"],
    ["本部", "佐々木 由美", "神奈川県川崎市中原区木月2-11-6-305", "044-411-2287", "090-2217-4408"],
    ["受付", "我妻 千尋", "東京都品川区西大井5-2-9", "", "070-3345-8261"],
    ["受付", "四月一日 遥", "埼玉県さいたま市浦和区高砂1-4-20", "048-822-6613", "090-3318-2746"],
    ["誘導", "九十九 翔太", "東京都目黒区碑文谷4-19-2", "", "080-5521-0937"],
    ["誘導", "薬袋 直樹", "千葉県市川市八幡2-7-11", "047-332-9056", "090-7715-3082"],
    ["記録", "月見里 紗英", "東京都世田谷区池尻3-21-4-201", "", "070-2284-6610"],
    ["機材", "小鳥遊 美咲", "東京都港区高輪2-15-7-1102", "", "080-9912-4350"],
]
add({
    "id": "kaigi-079",
    "sender": frm("sasaki"),
    "to": ["研修運営メンバー <kenshu-unei@mail.hinode-sangyo.co.jp>"],
    "subject": "【運営メンバー限り】11/26 研修会 緊急連絡網",
    "charset": "iso-2022-jp",
    "body": f"""運営メンバー各位

総務部の佐々木です。
当日の荒天・交通機関の乱れに備え、緊急連絡網を作成しました（Word）。
各自の端末に保存し、研修会終了後は削除してください。

{sig("sasaki", 2)}
""",
    "attachments": [{
        "kind": "docx", "name": "緊急連絡網_1126研修会.docx",
        "paragraphs": ["11/26 代理店研修会 緊急連絡網",
                       "連絡は本部（東海林）→各班の先頭→班員の順で行う。"],
        "tables": [_renraku079],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "staff home addresses and phones in a DOCX phone tree, but internal recipients only",
})

add({
    "id": "kaigi-080",
    "sender": frm("watanuki"),
    "to": ["蝦名 様 <ebina@kitaguni-foods.co.jp>"],
    "subject": "次回お打合せ用 ご提案資料（冬季共同キャンペーン）",
    "charset": "utf-8",
    "body": f"""蝦名様

お世話になっております。四月一日です。
10/30のお打合せでご説明する提案資料（PowerPoint）を先にお送りします。
当日は画面共有でご説明いたします。

{sig("watanuki")}
""",
    "attachments": [{
        "kind": "pptx", "name": "冬季共同キャンペーン_ご提案.pptx",
        "slides": [
            ["冬季共同キャンペーン ご提案", "北国フーズ株式会社様", "日の出産業株式会社 2026年10月"],
            ["キャンペーン概要", "期間：2026年12月1日～2027年2月28日", "対象：6品目", "販路：量販店120店舗"],
            ["販促物", "店頭POP（A3・A4）", "試食用什器", "SNS告知（両社アカウント）"],
            ["費用分担（案）", "販促物制作：日の出産業", "試食販売員：北国フーズ様", "SNS広告：折半"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX proposal for a meeting: business content only",
})

add({
    "id": "kaigi-081",
    "sender": frm("sasaki"),
    "to": ["東海貸会議室 品川Hall 担当 <shinagawa-hall@tokai-kaigishitsu.jp>"],
    "subject": "11/24 品川Hall 必要備品リスト",
    "charset": "shift_jis",
    "body": f"""東海貸会議室 品川Hall ご担当者様

日の出産業の佐々木です。11/24（火）のフォーラムで必要な備品の一覧をお送りします。
社内の古い様式のため .xls 形式で失礼いたします。

{sig("sasaki", 1)}
""",
    "attachments": [{
        "kind": "xls", "name": "備品リスト_1124.xls",
        "sheets": {
            "備品": [
                ["品目", "数量", "設置場所", "備考"],
                ["ワイヤレスマイク（ハンド）", 4, "ステージ", "予備電池込み"],
                ["ピンマイク", 3, "パネリスト席", ""],
                ["プロジェクター", 2, "ステージ左右", "HDMI接続"],
                ["配信用カメラ", 1, "会場後方", "弊社持込み"],
                ["長机（受付用）", 3, "ホワイエ", "白布付き"],
                ["演台", 1, "ステージ", "社名ロゴ貼付可"],
            ],
            "タイムテーブル": [
                ["時刻", "内容"], ["12:00", "搬入・設営"], ["13:00", "リハーサル"],
                ["14:00", "開場"], ["14:30", "開演"], ["17:30", "撤収"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legacy XLS of equipment and timetable for a venue: no people",
})

add({
    "id": "kaigi-082",
    "sender": frm("takahashi"),
    "to": ["大和田 様 <owada@kawasaki-denki.co.jp>"],
    "cc": [mail("tsukumo")],
    "subject": "【重要】台風接近に伴う10/21 定例会の延期について",
    "charset": "shift_jis",
    "body": f"""川崎電機株式会社
大和田様

お世話になっております。日の出産業の高橋です。

台風14号の接近により、10月21日（水）は首都圏の交通機関で
計画運休が発表されております。安全を考慮し、同日の定例会は延期とさせてください。

振替日の候補は以下のとおりです。
　・10月23日（金）14:00～
　・10月26日（月）10:00～

なお、御社訪問時のゲストWi-Fi・来訪者登録は振替日で再申請いたします。
急なご連絡となり申し訳ございません。

{sig("takahashi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "【重要】 postponement notice in Shift_JIS: no personal data, no marking",
})

add({
    "id": "kaigi-083",
    "sender": frm("yamanashi"),
    "to": ["鬼頭 様 <kito@nishiki-insatsu.co.jp>"],
    "subject": "RE: 統合報告書 刷り出し立会いの件",
    "charset": "iso-2022-jp",
    "body": f"""鬼頭様

ご連絡ありがとうございます。
11月16日（月）13時に御社 板橋工場へ伺います。弊社からは私と東海林の2名です。
工場の皆様にもよろしくお伝えください。

{sig("yamanashi", 2)}

差出人: 鬼頭 雄一 <kito@nishiki-insatsu.co.jp>
送信日時: 2026年11月9日 月曜日 18:22
宛先: 月見里 紗英 <s.yamanashi@hinode-sangyo.co.jp>
件名: 統合報告書 刷り出し立会いの件

月見里様

刷り出し立会いは11月16日（月）13時からを予定しております。
当日、工場で対応する弊社スタッフの連絡先をお知らせします。

　鬼頭 雄一（営業）　　　090-2214-7730
　仁科 亮（制作）　　　　080-3365-1142
　樋渡 さつき（色校正）　070-4412-9086
　久保寺 誠（印刷課長）　090-8817-2253
　芹沢 大悟（製本）　　　080-6620-3371

ご来場の際は工場正門の守衛室でお名前をお伝えください。
錦印刷株式会社　鬼頭
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person phone list sits in the quoted Outlook header block (差出人/送信日時) from the recipient",
})

_rows084 = [
    ["氏名", "所属", "携帯", "メール"],
    ["高橋 誠", "第一営業部 部長", "090-6632-5804", "m.takahashi@hinode-sangyo.co.jp"],
    ["九十九 翔太", "第二営業部", "080-5521-0937", "s.tsukumo@hinode-sangyo.co.jp"],
    ["四月一日 遥", "営業推進課", "090-3318-2746", "h.watanuki@hinode-sangyo.co.jp"],
    ["薬袋 直樹", "購買部 課長", "090-7715-3082", "n.minai@hinode-sangyo.co.jp"],
    ["御手洗 隆", "経理部", "090-4471-8236", "t.mitarai@hinode-sangyo.co.jp"],
    ["一口 剛", "大阪支店", "080-1930-5527", "t.imoarai@hinode-sangyo.co.jp"],
]
add({
    "id": "kaigi-084",
    "sender": frm("tsukumo"),
    "to": ["柚木 様 <yuki@yamabuki-shoji.co.jp>"],
    "subject": "Re: 11/13 定例会 ご出席者と緊急連絡先について",
    "charset": "utf-8",
    "body": f"""柚木様

お世話になっております。九十九です。
ご依頼の件、弊社出席者と当日の緊急連絡先をお知らせします。

{cols(_rows084, zen=True)}

以上6名で伺います。

{sig("tsukumo", 2)}

> 九十九様
>
> 11/13の定例会ですが、当日は弊社ビルの入館にQRコードが必要になりました。
> ご出席者のお名前、携帯番号、メールアドレスをお知らせいただけますか。
> 入館QRを各自のメールにお送りします。
>
> やまぶき商事　柚木
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "the reply's own new text lists six staff with mobiles and e-mails (full-width padding); only the question is quoted",
})

add({
    "id": "kaigi-085",
    "sender": frm("watanuki"),
    "to": ["蝦名 様 <ebina@kitaguni-foods.co.jp>"],
    "subject": "試食会を兼ねたお打合せ（11/13 千歳工場）について",
    "charset": "iso-2022-jp",
    "body": f"""蝦名様

お世話になっております。四月一日です。
11/13の試食会を兼ねたお打合せ、弊社からは3名で伺います。

試食品について一点お願いがございます。弊社側の参加者に食物アレルギーの有無を
確認したところ、特に申告はございませんでした。
念のため、試食品の原材料表（特定原材料8品目の表示）を当日ご用意いただけますと幸いです。

また、量販店バイヤー向けの試食会（12月）で使う評価シートの案は、
当日紙に印刷してお持ちします。

{sig("watanuki", 1)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "talks about allergies in general, no one's health data",
})

add({
    "id": "kaigi-086",
    "sender": frm("tsukumo"),
    "to": ["朝日野市 商工振興課 <shoko@city.asahino.lg.jp>"],
    "subject": "企業立地説明会（11/27）への参加申込み",
    "charset": "iso-2022-jp",
    "body": f"""朝日野市 産業部 商工振興課 御中

お世話になっております。日の出産業株式会社 第二営業部の九十九と申します。
貴市ホームページで拝見した「朝日野市 企業立地説明会」に参加を申し込みます。

　会社名　：日の出産業株式会社
　参加者　：九十九 翔太（第二営業部）、東海林 健吾（経営企画部）
　参加方法：会場（朝日野市役所 本庁舎 5階 大会議室）
　関心事項：物流拠点用地（工業団地第3期分譲）

個別相談の枠がございましたら、説明会終了後に30分ほどお時間をいただけますと幸いです。

{sig("tsukumo")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "registration for a municipal briefing: two staff names with no personal data",
})

add({
    "id": "kaigi-087",
    "sender": frm("domeki"),
    "to": ["汐留 先生 <shiodome@econ.hokuto-u.ac.jp>"],
    "cc": ["汐留研究室 秘書 <shiodome-lab@econ.hokuto-u.ac.jp>"],
    "subject": "来年度の管理職研修についてのご相談（面談日程）",
    "charset": "iso-2022-jp",
    "body": f"""汐留先生
（CC：研究室 秘書様）

いつも大変お世話になっております。日の出産業 人事部の百目鬼でございます。
来年度の管理職研修について、ご相談のお時間を頂戴できればと存じます。

　候補：12月8日（火）、12月10日（木）、12月15日（火）いずれも午後
　場所：先生の研究室に伺います（オンラインでも結構です）
　所要：1時間程度

研究室の秘書様には、先生のご予定の確認でお手数をおかけいたします。

{sig("domeki", 1)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one professor and his lab office (same university domain): ordinary scheduling",
})

add({
    "id": "kaigi-088",
    "sender": frm("tsuyuri"),
    "to": ["さくらホテル 宿泊予約 <rooms@sakura-hotel.jp>"],
    "subject": "10/27～29 宿泊予約（海外来賓4名）",
    "charset": "utf-8",
    "body": f"""さくらホテル 宿泊予約ご担当者様

日の出産業 海外事業部の栗花落です。法人契約でいつもお世話になっております。
役員会議で来日する海外来賓4名の宿泊をお願いします。
一覧はExcelで添付しました。ご請求は弊社宛でお願いいたします。

{sig("tsuyuri")}
""",
    "attachments": [{
        "kind": "xlsx", "name": "宿泊者リスト_1027.xlsx",
        "sheets": {
            "宿泊者": [
                ["海外来賓 宿泊者リスト（日の出産業 海外事業部）", "", "", "", ""],
                ["氏名", "チェックイン", "チェックアウト", "客室", "連絡先（携帯）"],
                ["Erik Lindqvist", "2026/10/27", "2026/10/29", "デラックス・禁煙", "+46 70 412 8831"],
                ["Anna Berg", "2026/10/27", "2026/10/29", "ツイン・禁煙", "+46 73 228 0195"],
                ["Ahmad Faisal Rahman", "2026/10/27", "2026/10/30", "シングル・禁煙", "+60 12 334 7710"],
                ["CHEN Wei-Ting", "2026/10/28", "2026/10/29", "シングル・禁煙", "080-4471-9920"],
            ],
            "送迎": [["日付", "便", "人数"], ["10/27", "NH 212 羽田 15:35着", 2],
                     ["10/27", "MH 88 成田 07:05着", 1]],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four hotel guests with stay dates and mobiles in an XLSX: under five records, may warn",
})

add({
    "id": "kaigi-089",
    "sender": frm("minai"),
    "to": ["丹羽 様 <niwa@aoba-unyu.co.jp>"],
    "subject": "FW: 会議資料（見本品）発送のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""丹羽様

お世話になっております。薬袋です。
来週の会議で使う見本品を、弊社倉庫から御社 厚木センター宛に発送しました。
倉庫担当からの連絡を転送しますので、到着のご確認をお願いします。

-----Forwarded Message-----
From: 川崎工場 出荷係 <shukka-kawasaki@hinode-sangyo.co.jp>
Subject: 会議資料（見本品）発送のお知らせ

薬袋さん

以下のとおり出荷しました。
　受注番号：SO-2026-118452
　品番　　：HC-7200-A（3台）、HC-7200-B（1台）
　運送会社：青葉運輸
　お問合せ番号：4401-2293-8875、4401-2293-8876
　到着予定：11月5日（木）午前
川崎工場 出荷係
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of an internal shipping notice: order, product and tracking numbers only",
})

add({
    "id": "kaigi-090",
    "sender": frm("mitarai"),
    "to": ["城之内 様 <jonouchi@midori-ginko.co.jp>"],
    "subject": "11/2 面談のお礼と追加資料について",
    "charset": "iso-2022-jp",
    "body": f"""城之内様

本日はお時間をいただき、ありがとうございました。御手洗です。
ご依頼のあった追加資料につきまして、以下のとおり対応いたします。

　１．川崎工場ライン増設の設備投資計画（詳細版）……11/6（金）まで
　２．直近3期の月次資金繰り表……11/6（金）まで
　３．既存借入の返済予定表……本メールにて回答

なお、返済口座は従来どおり下記の弊社口座でお願いいたします。
　みどり銀行 品川支店 当座 0081524 日の出産業株式会社

ご融資実行日は12月15日を希望しております。

{sig("mitarai")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company bank account in follow-up mail to the bank: business data, not personal",
})
# -- 091-100 ------------------------------------------------------------------------------

add({
    "id": "kaigi-091",
    "sender": frm("yamanashi"),
    "to": ["ハレノヒ企画 松ヶ崎 様 <matsugasaki@harenohi-kikaku.co.jp>"],
    "subject": "フォーラム（11/24）来場見込み集計の送付",
    "charset": "utf-8",
    "body": f"""松ヶ崎様

月見里です。会場レイアウトと配布物の部数決めのため、
来場見込みの集計をZIPでお送りします（個人の情報は含めていません）。

　・来場見込み_業種別.csv
　・来場見込み_地域別.csv

{sig("yamanashi", 2)}
""",
    "attachments": [{
        "kind": "zip", "name": "来場見込み集計_1110.zip",
        "files": [
            {"kind": "csv", "name": "来場見込み_業種別.csv", "encoding": "cp932",
             "rows": [["業種", "会場", "オンライン", "計"], ["製造業", 58, 41, 99],
                      ["卸・小売", 22, 30, 52], ["建設", 11, 6, 17], ["金融", 4, 12, 16],
                      ["その他", 9, 15, 24]]},
            {"kind": "csv", "name": "来場見込み_地域別.csv", "encoding": "utf-8",
             "rows": [["地域", "会場", "オンライン"], ["東京都", 61, 28], ["神奈川県", 19, 14],
                      ["埼玉県", 9, 11], ["千葉県", 8, 9], ["その他", 7, 42]]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ZIP of aggregated attendance counts (CP932 and UTF-8 CSV): no individuals",
})

add({
    "id": "kaigi-092",
    "sender": frm("iokibe"),
    "to": ["白川 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "11/17 定例ご相談 当日の資料の扱いについて",
    "charset": "iso-2022-jp",
    "body": f"""白川先生

五百旗頭です。11/17の定例ご相談の進め方について、ご連絡です。

契約書ひな形の改定案は事前にメールでお送りしますが、
取引先との紛争経緯に関する資料は、社内で「取扱注意」扱いとしているため
メールではお送りせず、当日紙でお持ちして、お打合せ後に回収させていただきます。
お手数をおかけしますが、ご了承ください。

{sig("iokibe", 1)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "explains that 取扱注意 papers will be brought on paper: a mention, not a marking",
})

add({
    "id": "kaigi-093",
    "sender": frm("minai"),
    "to": [mail("minai")],
    "bcc": ["owada@kawasaki-denki.co.jp", "niwa@aoba-unyu.co.jp", "kito@nishiki-insatsu.co.jp",
            "hasebe@tsubasa-system.jp", "yuki@yamabuki-shoji.co.jp", "hamaoka@umibe-kensetsu.co.jp"],
    "subject": "第3回 サプライチェーン連絡会 ご出席人数の確認（BCC送信）",
    "charset": "iso-2022-jp",
    "body": f"""関係各社 ご担当者様（BCCにて失礼いたします）

日の出産業 購買部の薬袋です。
先日は宛先を表示したままご案内をお送りしてしまい、大変失礼いたしました。
改めまして、11/18の連絡会について、現時点でいただいているご出席人数を共有します。

　会社名　　　　　　　　ご出席人数
　-----------------------------------
　川崎電機株式会社　　　　　3名
　青葉運輸株式会社　　　　　2名
　錦印刷株式会社　　　　　　1名
　ツバサシステム株式会社　　2名
　やまぶき商事株式会社　　　2名
　海辺建設株式会社　　　　　未回答
　-----------------------------------

変更がある場合は11/13（金）までにご連絡ください。

{sig("minai")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Bcc to six companies with a list of companies and head-counts: no people, no visible recipients",
})

add({
    "id": "kaigi-094",
    "sender": frm("takahashi"),
    "to": [
        "大和田 浩 <owada@kawasaki-denki.co.jp>", "矢作 智恵 <yahagi@kawasaki-denki.co.jp>",
        "早乙女 純 <saotome@kawasaki-denki.co.jp>", "平良 圭 <taira@kawasaki-denki.co.jp>",
        "猪狩 大 <igari@kawasaki-denki.co.jp>", "米倉 咲 <yonekura@kawasaki-denki.co.jp>",
        "土門 航 <domon@kawasaki-denki.co.jp>", "新発田 光一 <shibata@kawasaki-denki.co.jp>",
    ],
    "cc": [mail("tsukumo"), mail("sasaki")],
    "subject": "11/4 川崎工場見学のご案内（入構手順）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
工場見学ご参加の皆様

日の出産業の高橋でございます。
11月4日（水）の川崎工場見学について、当日の入構手順をご案内いたします。

１．集合：13:20　川崎工場 正門守衛所（神奈川県川崎市川崎区浮島町7-3）
２．守衛所で「日の出産業 高橋を訪問」とお伝えください。入構証をお渡しします。
３．安全説明（15分）の後、組立ライン → 検査エリアの順にご案内します。
４．16:00　会議室にて質疑応答、16:30 解散

構内は撮影禁止となっております。ご了承ください。

{sig("takahashi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "eight recipients, all of one customer company: one external party, nothing to hide",
})

add({
    "id": "kaigi-095",
    "sender": frm("sasaki"),
    "to": ["東海貸会議室 予約センター <yoyaku@tokai-kaigishitsu.jp>"],
    "subject": "予約キャンセルのお願い（予約番号 TK-261119-0042）",
    "charset": "shift_jis",
    "body": f"""東海貸会議室 予約センター ご担当者様

日の出産業の佐々木です。
下記のご予約をキャンセルさせていただきたく、ご連絡いたしました。

　予約番号：TK-261119-0042
　利用日　：2026年11月19日（木）10:00～12:00
　会議室　：Room-D（8名）

会議がオンライン開催に変更となったためです。
規定のキャンセル料（利用日の3営業日前まで無料）の範囲内かと存じますが、
費用が発生する場合はご請求ください。

{sig("sasaki", 1)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "booking cancellation with a reservation number: ordinary",
})

add({
    "id": "kaigi-096",
    "sender": frm("kadenokoji"),
    "to": ["役員・秘書 <yakuin-hisho@hinode-sangyo.co.jp>"],
    "subject": "来週の役員会議室・応接室の使用予定",
    "charset": "iso-2022-jp",
    "body": f"""各位

秘書課の勘解由小路です。来週（11/9〜11/13）の役員フロアの会議室予定です。
重複がありましたらご連絡ください。

日付\t時間\t部屋\t用途\t手配者（内線）
11/9（月）\t13:00-17:00\t役員会議室\t部店長会議\t勘解由小路（2201）
11/10（火）\t10:00-11:00\t応接室A\tみどり銀行様来訪\t御手洗（2270）
11/11（水）\t15:00-16:30\t役員会議室\t投資委員会\t東海林（2260）
11/12（木）\t14:00-15:00\t応接室B\t北都大学 汐留先生\t百目鬼（2215）
11/13（金）\t9:30-10:30\t役員会議室\t定例朝会\t勘解由小路（2201）

{sig("kadenokoji", 2)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal tab-separated room schedule with extension numbers: internal and business data",
})

add({
    "id": "kaigi-097",
    "sender": frm("tsuyuri"),
    "to": ["Erik Lindqvist <erik.lindqvist@lindqvist-components.se>"],
    "subject": "Executive meeting on 28 October - agenda and participants",
    "charset": "utf-8",
    "body": f"""Dear Erik,

Please find below the agenda and the list of participants for the executive
meeting in Tokyo on Wednesday, 28 October.

Venue: Hinode Sangyo head office, 12F Board Room
       2-16-3 Konan, Minato-ku, Tokyo

Participants
  Hinode Sangyo:
    - Mr Taro Hinomiya, President & CEO
    - Mr Kengo Shoji, General Manager, Corporate Planning
    - Mr Naoki Minai, Manager, Procurement
    - Kenji Tsuyuri, Overseas Business
  Lindqvist Components:
    - Mr Erik Lindqvist, CEO
    - Ms Anna Berg, Head of Supply Chain

Agenda
  10:00  Welcome and opening remarks
  10:15  Review of the 2026 partnership
  11:00  Sourcing plan 2027 and pricing
  12:30  Lunch
  14:00  Joint development of the new housing series
  16:30  Wrap-up and next steps

A professional interpreter will be present throughout the day.

Best regards,
Kenji

{sig("tsuyuri", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English agenda with participants' names and titles only: no personal data",
})

add({
    "id": "kaigi-098",
    "sender": frm("yamanashi"),
    "to": ["鬼頭 様 <kito@nishiki-insatsu.co.jp>"],
    "subject": "刷り出し立会いのお礼と今後の対応事項",
    "charset": "utf-8",
    "body": f"""鬼頭様

本日は刷り出し立会いでお世話になりました。月見里です。
立会いで確認した修正点と今後の対応を整理しました。

【修正点】
・P12 グラフの色（藍色がやや浅い）→ 色校正で再調整
・P28 役員一覧の写真の並び順 → 社長を左端に
・表4 バーコードの位置 → 背から5mm内側へ

【今後の対応】
・再校正紙のご送付：11/20（金）着
・校了：11/25（水）
・納品：12/8（火）弊社本社 1階 荷受場（発注番号 PO-2026-0938、3,000部）

ご請求は納品後に、見積書 No.NI-26-4412 の金額でお願いします。

{sig("yamanashi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "follow-up action items with order and quotation numbers: ordinary",
})

add({
    "id": "kaigi-099",
    "sender": frm("tsukumo"),
    "to": ["浜岡 様 <hamaoka@umibe-kensetsu.co.jp>"],
    "cc": ["宇津木 様 <utsugi@umibe-kensetsu.co.jp>"],
    "subject": "倉庫改修 現地調査・打合せ日程のご相談",
    "charset": "iso-2022-jp",
    "body": f"""海辺建設株式会社
浜岡様

お世話になっております。日の出産業の九十九です。
先日は高橋がお世話になりました。倉庫改修の現地調査の件でご連絡いたします。

　場所：日の出産業 川崎倉庫（川崎工場敷地内 B棟）
　候補：11月24日（火）、11月25日（水）の午前中
　内容：現地確認（屋根・床・荷役スペース）→ 仮設事務所でのお打合せ

当日は構内でフォークリフトが稼働していますので、
ヘルメット・安全靴をご持参いただけますと助かります。

{sig("tsukumo")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "site-meeting scheduling with one contractor (two people of the same company)",
})

add({
    "id": "kaigi-100",
    "sender": frm("shoji"),
    "to": ["春風コンサルティング 神宮寺 様 <jinguji@harukaze-consulting.com>"],
    "subject": "Re: 中期経営計画 骨子レビュー オンライン参加のURL",
    "charset": "utf-8",
    "body": f"""神宮寺様

承知いたしました。当日はオンラインでのご参加ということで、Zoomの情報をお送りします。

　URL：https://us06web.zoom.us/j/84512093377?pwd=Q2hpbm9kZTEx
　ミーティングID：845 1209 3377
　パスコード：chukei24

会議室側のマイクの都合上、ご発言の際はミュート解除の前に
チャットでお知らせいただけますとスムーズです。

{sig("shoji")}

{DISC_JP2}
{DISC_JP}

> 東海林様
> 11/24は移動の都合で、オンライン参加とさせてください。
> 神宮寺
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Zoom link in a reply with the standard Japanese confidentiality disclaimer: ordinary",
})
