"""Blind corpus, area: shisetsuyoyaku (施設・会場予約).

総務部・人事部（研修担当）・営業企画部・秘書室・経理部が、社内行事・研修合宿・販売店会議・
社員旅行・懇親会のために会議室、ホール、ホテル、旅館、貸切バス、レストラン、仕出しを手配する
メール。参加人数、部屋割り（rooming list）、食事の配慮、見積・請求書のやり取りが中心。
Written from BRIEF.md alone; every person, phone number, address and account is invented.
"""

import random

from build import card_number, my_number

SEED = 44201


def _corp_no(base12: str) -> str:
    """A 13-digit 法人番号 with a valid check digit (invented base)."""
    s = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base12


def _card(k: int, sep: str = "-") -> str:
    c = card_number(SEED + k)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def _mn(k: int, sep: str = " ") -> str:
    m = my_number(SEED + k)
    return sep.join(m[i:i + 4] for i in range(0, 12, 4))


_SEI = ["相良", "宇佐美", "小早川", "目黒", "仁科", "羽鳥", "蓮見", "久保寺", "真壁", "吉良",
        "鮫島", "伊集院", "左近", "東海林", "百瀬", "御手洗", "九条", "烏丸", "猪狩", "桑野",
        "千早", "湊", "大庭", "門脇", "能登", "砂川", "南雲", "日向", "結城", "梶浦",
        "刈谷", "漆原", "柘植", "堤", "馬場園"]
_MEI = ["大翔", "結衣", "湊斗", "陽菜", "蒼", "美咲", "颯太", "凛", "悠真", "紬",
        "樹", "葵", "蓮", "詩織", "航", "杏奈", "隼人", "彩花", "健太郎", "七海",
        "拓海", "ひかり", "亮介", "真央", "瑛太", "明日香", "大地", "優花", "海斗", "茉莉",
        "創", "遥", "直樹", "千尋", "啓介"]
_KANA_SEI = ["サガラ", "ウサミ", "コバヤカワ", "メグロ", "ニシナ", "ハトリ", "ハスミ", "クボデラ",
             "マカベ", "キラ", "サメジマ", "イジュウイン", "サコン", "ショウジ", "モモセ",
             "ミタライ", "クジョウ", "カラスマ", "イガリ", "クワノ", "チハヤ", "ミナト", "オオバ",
             "カドワキ", "ノト", "スナガワ", "ナグモ", "ヒナタ", "ユウキ", "カジウラ", "カリヤ",
             "ウルシバラ", "ツゲ", "ツツミ", "ババゾノ"]
_KANA_MEI = ["ヒロト", "ユイ", "ミナト", "ヒナ", "アオイ", "ミサキ", "ソウタ", "リン", "ユウマ",
             "ツムギ", "イツキ", "アオイ", "レン", "シオリ", "ワタル", "アンナ", "ハヤト", "アヤカ",
             "ケンタロウ", "ナナミ", "タクミ", "ヒカリ", "リョウスケ", "マオ", "エイタ", "アスカ",
             "ダイチ", "ユウカ", "カイト", "マリ", "ハジメ", "ハルカ", "ナオキ", "チヒロ", "ケイスケ"]


_ROMA_SEI = ["sagara", "usami", "kobayakawa", "meguro", "nishina", "hatori", "hasumi", "kubodera",
             "makabe", "kira", "samejima", "ijuin", "sakon", "shoji", "momose", "mitarai", "kujo",
             "karasuma", "igari", "kuwano", "chihaya", "minato", "oba", "kadowaki", "noto", "sunagawa",
             "nagumo", "hinata", "yuki", "kajiura", "kariya", "urushibara", "tsuge", "tsutsumi", "babazono"]
_ROMA_MEI = ["hiroto", "yui", "minato", "hina", "aoi", "misaki", "sota", "rin", "yuma", "tsumugi",
             "itsuki", "aoi", "ren", "shiori", "wataru", "anna", "hayato", "ayaka", "kentaro", "nanami",
             "takumi", "hikari", "ryosuke", "mao", "eita", "asuka", "daichi", "yuka", "kaito", "mari",
             "hajime", "haruka", "naoki", "chihiro", "keisuke"]


def _people(n: int, salt: str, offset: int = 0):
    """n invented people: (name, kana, mobile, mailbox) — deterministic per salt."""
    rng = random.Random("shisetsu-" + salt)
    out = []
    for i in range(n):
        j = (i * 8 + offset) % len(_SEI)
        m = (i * 11 + offset * 3) % len(_MEI)
        mobile = "{}-{:04d}-{:04d}".format(rng.choice(["090", "080", "070"]),
                                           rng.randrange(1000, 10000), rng.randrange(10000))
        box = "{}.{}".format(_ROMA_SEI[j], _ROMA_MEI[m])
        out.append((_SEI[j] + " " + _MEI[m], _KANA_SEI[j] + " " + _KANA_MEI[m], mobile, box))
    return out


SIG_MORIMOTO = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　総務部 総務課
森本 早紀（Saki Morimoto）
〒103-0027 東京都中央区日本橋2-14-8 日の出ビル5F
TEL 03-5201-4470（代表）　内線 2315
Mail morimoto.saki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OTSUKI = """
--
日の出産業株式会社 総務部 施設管理グループ
大槻 健吾
TEL: 03-5201-4470 / FAX: 03-5201-4479
otsuki.kengo@hinode-sangyo.co.jp"""

SIG_TORIKAI = """
****************************************
日の出産業株式会社
人事部 人材開発課（研修担当）
鳥飼 真由　Mayu Torikai
〒103-0027 東京都中央区日本橋2-14-8
TEL：03-5201-4482（直通）
E-mail：torikai.mayu@hinode-sangyo.co.jp
****************************************"""

SIG_ASHIDA = """
----------------------------------------------
日の出産業株式会社 営業企画部 販促・イベント課
芦田 浩之 / Hiroyuki Ashida
TEL 03-5201-4510  携帯 080-4127-3395
https://www.hinode-sangyo.co.jp/
----------------------------------------------"""

SIG_YANAGISAWA = """
―――――――――――――――
日の出産業株式会社
総務部 部長代理　柳沢 修
TEL 03-5201-4471
―――――――――――――――"""

SIG_KIRITANI = """
==================================
日の出産業株式会社 経理部 支払グループ
桐谷 由香
〒103-0027 東京都中央区日本橋2-14-8 日の出ビル6F
TEL 03-5201-4490　FAX 03-5201-4499
=================================="""

SIG_IMAIZUMI = """
──────────────────
日の出産業株式会社 秘書室
今泉 玲奈
TEL 03-5201-4401（秘書室直通）
──────────────────"""

SIG_NAKAGAWA = """
Best regards,

Ken Nakagawa
Overseas Business Division
Hinode Sangyo Co., Ltd.
2-14-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4530"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。宛先に心当たりのない方は、
　お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""


MESSAGES = []

# ---------------------------------------------------------------------------- 001-020

MESSAGES += [
    {
        "id": "shisetsuyoyaku-001",
        "charset": "iso-2022-jp",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["ミライスペース八重洲 予約受付 <reserve@mirai-space.jp>"],
        "subject": "貸会議室の空き状況について（11/12・11/13）",
        "body": """ミライスペース八重洲
ご予約ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務部の大槻と申します。
貴社ウェブサイトを拝見し、下記日程での会議室の空き状況をお伺いしたく
ご連絡いたしました。

■希望日時　2026年11月12日（木）9:30〜18:00
　　　　　　2026年11月13日（金）9:00〜17:00
■人数　　　40名程度（スクール形式）
■希望設備　プロジェクター、ワイヤレスマイク2本、ホワイトボード
■その他　　昼食（お弁当）の持ち込み可否をお教えください

空きがございましたら、お見積りも併せていただけますと幸いです。
どうぞよろしくお願いいたします。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "first inquiry to one rental meeting-room company; only counts, dates and the sender's signature",
    },
    {
        "id": "shisetsuyoyaku-002",
        "charset": "iso-2022-jp",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 小野寺様 <shukuhaku@sakura-hotel.jp>"],
        "subject": "【日の出産業】10/23-24 社員旅行 部屋割りのご連絡",
        "body": """さくらホテル 宿泊予約課
小野寺様

いつも大変お世話になっております。日の出産業の森本です。
10月23日（金）〜24日（土）の社員旅行（予約番号 SH-26-10488）につきまして、
第1班の部屋割りが決まりましたのでお知らせいたします。
当日何かあった際のご連絡用に、各自の携帯番号も記載しております。

部屋   氏名              年齢  携帯
-----  ----------------  ----  -------------
和室A  相馬 智之           44  090-3318-2740
和室A  宇佐美 拓真         31  080-6620-1193
和室A  黒柳 康平           27  070-4281-5506
和室B  早乙女 美月         29  090-8842-0317
和室B  比嘉 さやか         35  080-2179-6654
和室B  仲宗根 理沙         26  070-3905-8812
洋室C  獅子堂 亘           52  090-5537-4029
洋室C  五十嵐 陸           38  080-9013-2286

第2班（22名）は来週中にお送りします。
引き続きよろしくお願いいたします。
""" + SIG_MORIMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "rooming list of 8 employees with age and mobile numbers in the body to an external hotel (reason 1)",
    },
    {
        "id": "shisetsuyoyaku-003",
        "charset": "cp932",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 営業部 団体予約 <dantai@sakura-hotel.jp>"],
        "subject": "販売店会議（12/3）宿泊・会議室の仮押さえのお願い",
        "body": """さくらホテル 営業部
団体予約ご担当　梅宮様

いつもお世話になっております。日の出産業 営業企画部の芦田でございます。
先日お電話でご相談しました全国販売店会議の件、下記の内容で仮押さえを
お願いできますでしょうか。

　日程　　　：2026年12月2日（水）チェックイン 〜 12月3日（木）チェックアウト
　客室　　　：シングル 38室／ツイン 4室（いずれも禁煙）
　会議室　　：鳳凰の間（12/3 9:00〜17:00、島型 12卓）
　懇親会　　：12/2 18:30〜 着席ビュッフェ 約80名
　ご予算　　：客室 1泊朝食付 14,000円以内、懇親会 お一人 8,000円前後

正式な人数は11月13日（金）までに確定いたします。
お見積書（社名宛、PDF）を頂戴できれば幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_ASHIDA + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "group booking request to a partner hotel: counts, budget, dates; standard 機密情報 disclaimer only",
    },
    {
        "id": "shisetsuyoyaku-004",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["湯けむり荘 フロント <front@yukemuri-ryokan.jp>"],
        "subject": "Re: 【湯けむり荘】ご宿泊内容のご確認（11/6〜7 日の出産業様）",
        "body": """湯けむり荘
フロント　新井様

ご確認の連絡をありがとうございます。
内容に相違ございません。

1点だけ、到着時刻が15時から16時半ごろに変更となりそうです。
夕食の開始は予定どおり18時30分でお願いいたします。

よろしくお願いいたします。
人事部 鳥飼

> 日の出産業株式会社
> 鳥飼 真由 様
>
> この度は湯けむり荘をご予約いただき誠にありがとうございます。
> 以下の内容でご予約を承っております。ご確認をお願いいたします。
>
> 　ご予約番号：YK-1106-0227
> 　ご宿泊日　：2026年11月6日（金）1泊2食付
> 　お部屋　　：和室10畳 ×3室（6名様）
>
> 　ご宿泊者様（ご連絡先）
> 　　梶浦 陽介　様　090-2846-7731
> 　　南雲 花音　様　080-5518-0294
> 　　門脇 泰生　様　070-6637-2048
> 　　刈谷 菜摘　様　090-7402-8815
> 　　漆原 慎吾　様　080-3390-4127
> 　　柘植 美帆　様　070-2258-9963
>
> ご不明な点がございましたらお気軽にお問い合わせください。
> 湯けむり荘　TEL 0460-87-2211
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the inn; the six guests with phones are only in the quoted text the inn itself sent",
    },
]

_r005 = _people(35, "005")
MESSAGES += [
    {
        "id": "shisetsuyoyaku-005",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["花房 課長 <hanabusa.keiichi@hinode-sangyo.co.jp>"],
        "cc": ["総務部 施設予約 <shisetsu@hinode-sangyo.co.jp>"],
        "subject": "新入社員フォローアップ研修（合宿）参加者名簿 最新版",
        "body": """花房課長

お疲れさまです。鳥飼です。
11/19〜20の新入社員フォローアップ研修（富士見高原研修所）の参加者名簿、
最新版を添付いたします。欠席連絡のあった2名を削除し、35名になりました。

緊急連絡先も含まれておりますので、取り扱いにはご注意ください。
総務部の施設予約にもCCで共有しております（バス・部屋割り用）。

鳥飼
""",
        "attachments": [{
            "kind": "xlsx", "name": "フォローアップ研修_参加者名簿_v3.xlsx",
            "title": "フォローアップ研修 参加者名簿",
            "sheets": {
                "名簿": [["2026年度 新入社員フォローアップ研修 参加者名簿（11/19-20）"], [],
                         ["No", "氏名", "フリガナ", "配属先", "携帯", "社用メール", "緊急連絡先（続柄）", "緊急連絡先TEL"]]
                + [[i + 1, p[0], p[1], ["営業1部", "営業2部", "生産管理部", "経理部", "情報システム部"][i % 5],
                    p[2], p[3] + "@hinode-sangyo.co.jp", ["父", "母", "配偶者", "兄"][i % 4],
                    "0{}-{}-{:04d}".format(3 + i % 6, 2200 + i * 37, 1000 + i * 251 % 9000)]
                   for i, p in enumerate(_r005)],
                "集計": [["配属先", "人数"], ["営業1部", 7], ["営業2部", 7], ["生産管理部", 7],
                         ["経理部", 7], ["情報システム部", 7], ["合計", 35]],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "35-person roster with mobiles and emergency contacts, but every recipient is internal",
    },
    {
        "id": "shisetsuyoyaku-006",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス営業課 <kashikiri@aoba-unyu.co.jp>",
               "東都観光バス 営業所 <eigyo@toto-kankobus.co.jp>",
               "星空交通 団体営業 <dantai@hoshizora-kotsu.co.jp>"],
        "subject": "【お見積り依頼】10/23-24 貸切バス（大型3台）",
        "body": """各位

いつもお世話になっております。
日の出産業株式会社 総務部の大槻でございます。

社員旅行に伴い、下記の条件で貸切バスのお見積りをお願いいたします。
恐れ入りますが、10月2日（金）までにご回答いただけますと幸いです。

1. 日程　　2026年10月23日（金）〜24日（土）1泊2日
2. 台数　　大型バス（正席45席以上）3台
3. 行程　　23日 7:30 本社前（日本橋）発 → 海老名SA → 箱根・強羅（宿泊）
　　　　　24日 10:00 宿発 → 御殿場プレミアム・アウトレット → 17:00 本社前着
4. その他　乗務員宿泊費・高速代・駐車場代を含んだ総額でお願いします

ご不明点は大槻までお問い合わせください。
よろしくお願いいたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "quotation request sent with three competing bus companies visible to each other in To (reason 4)",
    },
    {
        "id": "shisetsuyoyaku-007",
        "charset": "cp932",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 小野寺様 <onodera.h@sakura-hotel.jp>"],
        "cc": ["青葉運輸 配車センター 戸田様 <haisha@aoba-unyu.co.jp>",
               "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>"],
        "subject": "10/23 バス到着時刻と荷物の積み下ろしについて",
        "body": """さくらホテル　小野寺様
（CC）青葉運輸　戸田様

いつもお世話になっております。日の出産業の森本です。
バスの到着について、お二方に同じ内容を共有させていただきます。

・到着予定　　10月23日（金）14:40ごろ　大型バス3台
・停車位置　　正面車寄せは2台まで、とのことでしたので3号車は
　　　　　　　東側の搬入口前で荷物を降ろさせていただけますでしょうか
・荷物　　　　スーツケース約70個（ベルスタッフのご手配をお願いします）
・出発　　　　10月24日（土）10:00　同じく車寄せから

戸田様、乗務員の方のお部屋は予約番号 SH-26-10488 に含めておりますので
フロントで会社名をお伝えください。

よろしくお願いいたします。
""" + SIG_MORIMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way coordination: hotel and bus company (two external organisations) plus an internal cc",
    },
    {
        "id": "shisetsuyoyaku-008",
        "charset": "utf-8",
        "sender": "柳沢 修 <yanagisawa.osamu@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <shukuhaku@sakura-hotel.jp>"],
        "subject": "ギャランティ予約（12/2 販売店会議）のクレジットカード情報",
        "body": """さくらホテル 宿泊予約課 御中

日の出産業 総務部の柳沢です。
12月2日の販売店会議に伴う客室42室について、ノーショー保証のため
カード情報のご提示を求められましたので、下記のとおりお知らせします。

　カード種別：法人カード
　カード番号：{card}
　有効期限　：09/29
　名義　　　：OSAMU YANAGISAWA
　ご予約番号：SH-26-12031

精算は当日、請求書払いに切り替える予定です。
よろしくお願いいたします。
""".format(card=_card(3)) + SIG_YANAGISAWA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with expiry and holder name sent to a hotel by e-mail (reason 2)",
    },
    {
        "id": "shisetsuyoyaku-009",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["小泉 哲郎 先生 <koizumi.tetsuro.1957@gmail.com>"],
        "subject": "11/19 ご講演当日のご案内（富士見高原研修所）",
        "body": """小泉 哲郎 先生

いつもお世話になっております。日の出産業 人事部の鳥飼です。
11月19日（木）のご講演について、当日のご案内をお送りいたします。

【会場】富士見高原研修所　本館2階 大研修室
　　　　長野県諏訪郡富士見町境12068-1（研修所代表 0266-66-3100）
【時間】13:30〜15:00（控室は本館1階「白樺」をご用意しております）
【交通】JR中央本線 富士見駅 12:47着の列車でお越しの場合、
　　　　改札前に弊社の送迎車（白のワゴン）がお待ちしております
【機材】プロジェクター・PCはこちらで準備いたします。
　　　　スライドは前日までにお送りいただくか、USBでお持ちください。

謝礼のお手続きに必要な書類は、後日あらためて郵送いたします。
ご不明な点がございましたら、私の携帯までご連絡ください。
""" + SIG_TORIKAI + "\n携帯（当日連絡用）：080-6271-4038",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one outside lecturer on a free-mail address; venue details and the sender's own mobile only",
    },
    {
        "id": "shisetsuyoyaku-010",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["Bistro Le Ciel 予約係 <reservation@le-ciel.jp>"],
        "subject": "10月16日（金）歓迎会 28名 貸切のご相談",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>Bistro Le Ciel<br>ご予約ご担当者様</p>
<p>お世話になります。日の出産業株式会社 営業企画部の芦田と申します。<br>
部署の歓迎会で、下記のとおり貸切のご相談をさせてください。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th style="background:#eee">日時</th><td>2026年10月16日（金）19:00〜21:30</td></tr>
<tr><th style="background:#eee">人数</th><td>28名（前後する可能性あり）</td></tr>
<tr><th style="background:#eee">形式</th><td>立食、2階フロア貸切希望</td></tr>
<tr><th style="background:#eee">ご予算</th><td>お一人 6,500円（飲み放題込み）</td></tr>
<tr><th style="background:#eee">その他</th><td>乾杯用スパークリング、マイク1本の貸出</td></tr>
</table>
<p>お支払いは会社宛の請求書払いが可能かどうかも併せてお教えください。</p>
<p>--<br>日の出産業株式会社 営業企画部 芦田 浩之<br>TEL 03-5201-4510</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only restaurant booking request with counts and budget; nothing personal",
    },
    {
        "id": "shisetsuyoyaku-011",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["Bistro Le Ciel 予約係 <reservation@le-ciel.jp>"],
        "subject": "Re: 10月16日 歓迎会 ご予約確定のお礼／お料理について",
        "body": """Bistro Le Ciel
シェフ 長谷部様

ご予約確定のご連絡ありがとうございました。
お料理について2点お願いがございます。

・営業1部 深町 翔太：甲殻類アレルギー（えび・かには少量でも不可とのこと）
・総務部 乙部 知佳：乳製品アレルギーのため、チーズ・クリーム系を除いてください

取り分けの大皿とは別に、お二人分だけ個別にご用意いただけると助かります。
ほかの26名は通常のコースで問題ございません。

よろしくお願いいたします。
""" + SIG_ASHIDA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named staff with food allergies to a restaurant: health data (病歴?) or a mere dietary request — officers differ",
    },
    {
        "id": "shisetsuyoyaku-012",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <enkai@sakura-hotei.jp>"],
        "subject": "12/2 懇親会（鳳凰の間）料理・飲物プランのご相談",
        "body": """さくらホテル 宴会予約
梅宮様

お世話になっております。日の出産業の芦田です。
12月2日の懇親会について、先日いただいたプランのうち
「和洋ビュッフェ Bプラン（7,500円）」＋「フリードリンク 2時間（2,000円）」で
進めたいと考えております。

人数は現時点で82名、確定は11月25日にご連絡します。
乾杯用のスパークリングワインと、鏡開き用の樽（4斗）も追加でお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hotei.jp is a one-letter look-alike of partner sakura-hotel.jp (reason 5)",
    },
    {
        "id": "shisetsuyoyaku-013",
        "charset": "utf-8",
        "sender": "桐谷 由香 <kiritani.yuka@hinode-sangyo.co.jp>",
        "to": ["箱根山荘ホテル 経理ご担当 <keiri@hakone-sanso.com>"],
        "subject": "ご請求書（No. HS-2026-1187）お支払い予定日のご連絡",
        "body": """株式会社箱根山荘ホテル
経理ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の桐谷でございます。
先日ご送付いただきました下記ご請求書につきまして、お支払い予定をご連絡いたします。

　請求書番号　　：HS-2026-1187（10/8〜9 管理職研修 ご宿泊・会議室・ご宴会）
　ご請求金額　　：1,284,600円（税込、うち消費税 116,781円）
　適格請求書発行事業者登録番号：T{tno}（記載を確認いたしました）
　お支払い予定日：2026年11月30日（月）
　お振込先　　　：ご請求書記載の するが信用金庫 箱根支店 当座 0081124

振込手数料は弊社にて負担いたします。
ご不明な点がございましたらご連絡ください。
""".format(tno=_corp_no("706014183259")) + SIG_KIRITANI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "payment notice to a hotel: invoice number, amount, the hotel's T-number and its business account; no person's data",
    },
]

_ADDR014 = ["埼玉県川口市芝新町4-18-7", "千葉県船橋市前原西2-33-12-305", "東京都練馬区石神井台6-2-19",
            "神奈川県横浜市港北区日吉本町3-41-8", "東京都江戸川区船堀5-9-2-1102", "埼玉県所沢市小手指町1-27-4",
            "東京都調布市国領町8-6-33", "千葉県松戸市常盤平3-14-1", "神奈川県川崎市高津区溝口2-5-17",
            "東京都府中市白糸台4-50-6", "東京都北区赤羽西1-22-9-407", "埼玉県越谷市南越谷5-3-21"]
_r014 = _people(12, "014", offset=3)
MESSAGES += [
    {
        "id": "shisetsuyoyaku-014",
        "charset": "cp932",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["楓屋旅館 予約係 <yoyaku@kaede-ryokan.jp>"],
        "subject": "宿泊者名簿の事前送付（11/26 日の出産業 主任研修）",
        "body": """楓屋旅館
予約係　村松様

お世話になっております。日の出産業 人事部の鳥飼でございます。
先日お電話でご依頼いただきました宿泊者名簿を、Excelにてお送りいたします。
旅館業法上の記載事項（氏名・住所・連絡先）を入れております。
2枚目のシートが部屋割りです。

当日はどうぞよろしくお願いいたします。
""" + SIG_TORIKAI,
        "attachments": [{
            "kind": "xlsx", "name": "宿泊者名簿_日の出産業_1126.xlsx",
            "sheets": {
                "宿泊者名簿": [["楓屋旅館 御中　宿泊者名簿（2026年11月26日 1泊）　日の出産業株式会社"],
                               ["No", "部屋", "氏名", "ふりがな", "性別", "住所", "電話番号"]]
                + [[i + 1, "{}号室".format(201 + i // 3), p[0], p[1], "男" if i % 3 else "女",
                    _ADDR014[i], p[2]] for i, p in enumerate(_r014)],
                "部屋割り": [["部屋", "人数", "備考"], ["201号室", 3, "女性"], ["202号室", 3, ""],
                             ["203号室", 3, ""], ["204号室", 3, "喫煙可の部屋希望"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX guest register of 12 employees with home addresses and phones to an outside inn (reason 1)",
    },
    {
        "id": "shisetsuyoyaku-015",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["桐谷 由香 <kiritani.yuka@hinode-sangyo.co.jp>"],
        "subject": "外部講師謝金の支払調書用 個人番号のご連絡（小泉先生）",
        "body": """経理部 桐谷さん

お疲れさまです。人事部の鳥飼です。
11/19の研修で講演いただいた小泉先生の謝金について、支払調書作成用に
個人番号をご本人から提出いただきましたので共有します。
番号確認書類（通知カード写し）と身元確認書類は人事部で確認済みです。

　氏名　　：小泉 哲郎（こいずみ てつろう）
　住所　　：神奈川県鎌倉市山ノ内1422-6
　個人番号：{mn}
　謝金　　：100,000円（源泉徴収前）

原本の写しは人事部の施錠キャビネットで保管しています。
利用後、メールは削除をお願いします。

鳥飼
""".format(mn=_mn(1)),
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a lecturer's My Number and address, but sent only from HR to accounting inside the company",
    },
    {
        "id": "shisetsuyoyaku-016",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["きらめきプロデュース 瀬戸口様 <setoguchi@kirameki-produce.co.jp>"],
        "subject": "全社キックオフ 候補会場リスト（下見のご相談）",
        "body": """きらめきプロデュース
瀬戸口様

お世話になっております。日の出産業の芦田です。
先日の打合せでお話しした候補会場を、こちらで洗い出してみました。
下見に同行いただけるようでしたら、候補日を2〜3いただけますでしょうか。

・丸の内スクエアホール ホールB
　東京都千代田区丸の内3-8-2 丸の内スクエアビル3F／03-5219-6620（代表）
・ベイサイド汐留カンファレンス
　東京都港区東新橋1-11-4 汐留ベイビル2F／03-6226-5810
・ホテル芝苑東京 真珠の間
　東京都港区芝公園2-9-15／03-3437-2291
・グランドホール港 ホールA
　東京都港区海岸2-6-30／03-5443-2020
・日本橋カンファレンスセンター
　東京都中央区日本橋室町4-1-22／03-3242-0711

いずれも400名規模・シアター形式で検討しています。
日程は2027年1月14日（木）の午後を第一希望としています。
""" + SIG_ASHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of five venues (businesses) with switchboard numbers and addresses: not personal data",
    },
    {
        "id": "shisetsuyoyaku-017",
        "charset": "iso-2022-jp",
        "sender": "今泉 玲奈 <imaizumi.rena@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 和食処「花筏」 予約 <hanaikada@sakura-hotel.jp>"],
        "subject": "12/9 役員会食（個室・6名）お料理についてのお願い",
        "body": """さくらホテル　和食処「花筏」
料理長　大江様

いつもお世話になっております。日の出産業 秘書室の今泉でございます。
12月9日（水）18:00からの役員会食（個室「月見」6名様）につきまして、
お料理のご配慮をお願いしたくご連絡いたしました。

・常務取締役 大河内 正隆：糖尿病で食事療法中のため、ご飯・甘味を控えめに、
　お酒はノンアルコールでお願いいたします
・取締役 宍戸 康之：昨年の心筋梗塞以降、塩分制限（1食2g程度）がございます

その他の4名様は通常の会席（15,000円）でお願いいたします。
ご本人には直接お伝えにならないよう、ご配慮いただけますと幸いです。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named executives' diabetes and heart-attack history sent to a hotel restaurant (reason 3)",
    },
    {
        "id": "shisetsuyoyaku-018",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["ステージワークス 制作部 鴨志田様 <kamoshida@stageworks.co.jp>"],
        "cc": ["法務部 寺内 <terauchi.ryo@hinode-sangyo.co.jp>"],
        "subject": "新製品発表会 会場演出のお打合せについて（秘密保持契約の件）",
        "body": """株式会社ステージワークス
制作部　鴨志田様

お世話になっております。日の出産業の芦田です。

2月の新製品発表会（会場：グランドホール港 ホールA）の演出について、
次回のお打合せで製品の外観写真と仕様をお見せする予定です。
その前に、先日お送りした秘密保持契約書（相互・2年間）のご署名をお願いできますでしょうか。
契約書の内容に関するご質問は、CCの法務部 寺内が承ります。

締結後、11月第2週で打合せの日程を調整させてください。
候補：11/10（火）15時〜、11/11（水）10時〜、11/13（金）14時〜

よろしくお願いいたします。
""" + SIG_ASHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about getting an NDA signed before an event briefing; no marking, no personal data",
    },
    {
        "id": "shisetsuyoyaku-019",
        "charset": "cp932",
        "sender": "総務部 施設予約 <shisetsu@hinode-sangyo.co.jp>",
        "to": ["まるふく弁当 ご注文受付 <order@marufuku-bento.co.jp>"],
        "subject": "11/12・13 会議弁当のご注文（日の出産業）",
        "body": """まるふく弁当 ご注文受付 御中

いつもありがとうございます。日の出産業 総務部です。
下記のとおりお弁当を注文いたします。

　お届け先：東京都中央区八重洲1-9-9 ミライスペース八重洲 6階 ルームC
　お届け時刻：各日 11:45

　日付　　　品名　　　　　　　　　数量　　単価
　――――――――――――――――――――――――――――――
　11/12（木）幕の内「松」　　　　 　36　　1,080円
　11/12（木）ヘルシー御膳　　　　 　 4　　1,080円
　11/12（木）お茶（ペットボトル）　 40　　　150円
　11/13（金）日替わり弁当　　　　 　38　　　900円
　11/13（金）お茶（ペットボトル）　 38　　　150円

ご請求書は月末締めで、従来どおり総務部宛にお願いいたします。
（取引先コード HS-0412）

総務部 施設予約担当（内線 2315）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "lunch-box order with quantities, prices and a customer code: nothing personal",
    },
    {
        "id": "shisetsuyoyaku-020",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["花火イベント企画 企画部 <kikaku@hanabi-event.co.jp>"],
        "subject": "2027全社キックオフ 実施計画書（ドラフト）の送付",
        "body": """花火イベント企画
企画部　喜多川様

お世話になっております。日の出産業の芦田です。
来年1月の全社キックオフの実施計画書（ドラフト）をお送りします。
会場レイアウトと進行のご提案をいただく際の前提としてご覧ください。

ご不明点はお気軽にどうぞ。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "docx", "name": "2027キックオフ_実施計画書_draft.docx",
            "page_header": "社外秘",
            "title": "2027年 全社キックオフ 実施計画書",
            "paragraphs": [
                "2027年 全社キックオフ 実施計画書（ドラフト）",
                "1. 目的：中期経営計画（2027-2029）の全社員への浸透、新組織体制の発表",
                "2. 日時：2027年1月14日（木）13:00〜17:30、懇親会 18:00〜20:00",
                "3. 会場：候補 グランドホール港 ホールA（400名・シアター形式）",
                "4. 予算：総額 18,500,000円（会場費 4,200,000円、演出 6,800,000円 ほか）",
                "5. 進行：社長講話 → 新組織発表（役員人事含む） → 事業部別分科会 → 表彰",
            ],
            "tables": [[["項目", "予算（円）", "備考"],
                        ["会場費", "4,200,000", "前日仕込み含む"],
                        ["演出・映像", "6,800,000", "LEDビジョン"],
                        ["懇親会", "5,100,000", "420名想定"],
                        ["交通・宿泊", "2,400,000", "地方拠点参加者"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached plan carries a 社外秘 page header and goes to an outside event agency (reason 6)",
    },
]

# ---------------------------------------------------------------------------- 021-040

_r022 = _people(12, "022", offset=9)
MESSAGES += [
    {
        "id": "shisetsuyoyaku-021",
        "charset": "utf-8",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["Harbourlight Hotel Events <events@harbourlight-hotel.com>"],
        "subject": "Meeting room enquiry - Hinode Sangyo dealer meeting, 18-19 March 2027",
        "body": """Dear Events Team,

I am writing on behalf of Hinode Sangyo Co., Ltd., Tokyo. We are planning an
Asia-Pacific dealer meeting in Singapore and would like to check availability
and rates for the following:

  - Dates: Thursday 18 March and Friday 19 March 2027, 09:00-17:30
  - Meeting room for 20 persons, boardroom style, with projector and screen
  - Morning and afternoon coffee breaks, working lunch for 20
  - Guest rooms: 14 Deluxe King, nights of 17, 18 and 19 March

Our local contact will be Ms. Priya Raman of our Singapore office, who can
visit the hotel for a site inspection in early February.

Could you please send us a proposal with your corporate rates by 30 November?

""" + SIG_NAKAGAWA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English venue enquiry to an overseas hotel; a colleague's name only, standard confidentiality disclaimer",
    },
    {
        "id": "shisetsuyoyaku-022",
        "charset": "utf-8",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["大阪支店 総務 平良様 <taira.kaoru@osaka.hinode-sangyo.co.jp>"],
        "subject": "社員旅行 大阪支店参加者の部屋割り（確認お願いします）",
        "body": """大阪支店 総務　平良さん

お疲れさまです。本社総務の森本です。
社員旅行の大阪支店からの参加者12名について、部屋割りの案を作りました。
新幹線で直接現地入りされる方々なので、当日の連絡用に携帯番号も
入れています。間違いがないかご確認いただけますか。

部屋　　氏名　　　　　　　携帯
""" + "\n".join("{}　　{}　　{}".format(["松の間", "竹の間", "梅の間", "桜の間"][i // 3], p[0], p[2])
                for i, p in enumerate(_r022)) + """

修正があれば、このメールに直接書き込んで返信してください。
よろしくお願いします。

森本
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "12 employees with mobiles, sent to a colleague on an internal subdomain (osaka.hinode-sangyo.co.jp)",
    },
    {
        "id": "shisetsuyoyaku-023",
        "charset": "iso-2022-jp",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["箱根山荘ホテル 宿泊課 <shukuhaku@hakone-sanso.com>"],
        "subject": "【日の出産業】管理職研修 宿泊者一覧の送付",
        "body": """箱根山荘ホテル 宿泊課
ご担当者様

お世話になっております。日の出産業 人事部の鳥飼です。
10月8日〜9日の管理職研修について、宿泊者一覧をお送りいたします。
ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたしますので、しばらくお待ちください。

よろしくお願いいたします。
""" + SIG_TORIKAI.replace("：", ":"),
        "attachments": [{
            "kind": "zip", "name": "shukuhakusha_1008.zip", "password": "Hn7#kq2026",
            "files": [{"kind": "xlsx", "name": "宿泊者一覧_1008.xlsx",
                       "sheets": {"一覧": [["No", "氏名", "携帯"]]
                                  + [[i + 1, p[0], p[2]] for i, p in enumerate(_people(18, "023"))]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an outside hotel: its content cannot be inspected (reason 7)",
    },
    {
        "id": "shisetsuyoyaku-024",
        "charset": "cp932",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["富士見高原研修所 利用受付 <riyou@fujimi-kenshu.or.jp>"],
        "subject": "11/19-20 ご利用について：講師2名の到着と連絡先",
        "body": """一般財団法人 富士見高原研修所
利用受付　萩原様

お世話になっております。日の出産業の鳥飼です。
11月19日〜20日のご利用について、外部講師お二人の情報をお送りします。
お部屋は本館の和室（個室）をそれぞれご用意いただけますでしょうか。

■講師1
　氏名：小泉 哲郎 先生（経営コンサルタント）
　到着：11/19 12:47 富士見駅（弊社の車で送迎）
　連絡先：090-4418-2096
■講師2
　氏名：千葉 真理子 先生（キャリアカウンセラー）
　到着：11/19 17:30ごろ 自家用車で直接
　連絡先：080-7736-5180

夕食はお二人とも研修生と同じ食堂でお願いいたします。
""" + SIG_TORIKAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two lecturers' names and mobiles to the training facility: two people, may warn but not hold",
    },
    {
        "id": "shisetsuyoyaku-025",
        "charset": "utf-8",
        "sender": "柳沢 修 <yanagisawa.osamu@hinode-sangyo.co.jp>",
        "to": ["堀内 様 <horiuchi.shigeru.55@gmail.com>",
               "浅見 様 <asami-kazuko@yahoo.co.jp>",
               "金城 様 <kinjo.tatsuya@icloud.com>",
               "辻本 様 <tsujimoto-h.0713@docomo.ne.jp>"],
        "subject": "日の出会（OB会）懇親会のご案内 ― 11月28日（土）",
        "body": """日の出会 会員の皆様

ご無沙汰しております。日の出産業 総務部の柳沢です。
毎年恒例のOB会懇親会を、今年も下記のとおり開催いたします。

　日時：2026年11月28日（土）12:00〜14:30
　会場：さくらホテル 2階「桔梗の間」
　会費：5,000円（当日受付にて）

ご出欠を11月13日（金）までに、このメールへのご返信でお知らせください。
皆様にお会いできるのを楽しみにしております。
""" + SIG_YANAGISAWA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four retired members' private addresses visible to each other in To: should have been Bcc (reason 4)",
    },
    {
        "id": "shisetsuyoyaku-026",
        "charset": "iso-2022-jp",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["グランドホール港 営業部 <sales@grandhall-minato.co.jp>"],
        "subject": "会議室「波」12/10 ご予約取消しのお願い（予約番号 GM-24581）",
        "body": """グランドホール港 営業部
岩淵様

いつもお世話になっております。日の出産業 総務部の大槻です。
誠に恐縮ながら、12月10日（木）にお願いしておりました会議室「波」の
ご予約（予約番号 GM-24581）を取り消させていただきたく、ご連絡いたしました。

ご利用規約によりますと、30日前〜15日前の取消しは会場費の30％とのことですので、
　会場費 264,000円 × 30％ ＝ 79,200円（税込）
のキャンセル料をお支払いする認識でおります。相違があればお知らせください。

請求書は総務部 大槻宛にお送りいただけますと幸いです。
直前のご連絡となり、申し訳ございません。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cancellation with a booking number and cancellation-fee arithmetic: numbers that are not personal data",
    },
    {
        "id": "shisetsuyoyaku-027",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買部 佐々木様 <sasaki.m@kawasaki-denki.co.jp>",
               "川崎電機 購買部 野々村様 <nonomura.t@kawasaki-denki.co.jp>"],
        "subject": "12/3 販売店会議 会場のご案内（さくらホテル）",
        "body": """川崎電機株式会社 購買部
佐々木様、野々村様

いつもお世話になっております。日の出産業の芦田でございます。
12月3日の販売店会議にご来賓としてご出席いただけるとのこと、
誠にありがとうございます。会場のご案内をPDFでお送りいたします。

当日は9:30より2階ロビーで受付を開始いたします。
お車でお越しの際は、ホテル地下駐車場の駐車券を受付でお渡しします。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "pdf", "name": "会場案内_販売店会議_1203.pdf",
            "title": "販売店会議 会場のご案内",
            "lines": ["2026年 全国販売店会議　会場のご案内", "",
                      "日時：2026年12月3日（木）10:00〜17:00（受付 9:30〜）",
                      "会場：さくらホテル 2階 鳳凰の間",
                      "　　　東京都港区高輪4-22-7（ホテル代表 03-3447-1100）",
                      "アクセス：JR品川駅 高輪口より徒歩6分",
                      "駐車場：ホテル地下（3時間無料、受付で駐車券をお渡しします）",
                      "", "プログラム",
                      "10:00 開会挨拶　10:15 2027年度 商品戦略　12:00 昼食",
                      "13:00 分科会（A：産業機器 / B：住設）　16:00 表彰式　17:00 閉会"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue guide PDF to two people of one partner company; hotel switchboard only",
    },
]

_r028 = _people(14, "028", offset=17)
MESSAGES += [
    {
        "id": "shisetsuyoyaku-028",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["清流研修センター 受付 <uketsuke@seiryu-kenshu.jp>"],
        "subject": "1/21-22 リーダー研修 参加者リスト（CSV）",
        "body": """清流研修センター
受付ご担当　石塚様

お世話になっております。日の出産業 人事部の鳥飼です。
1月21日〜22日のリーダー研修の参加者リストをCSVでお送りします。
センター側での名札・入館証の作成にお使いいただけるとのことでしたので、
フリガナと連絡先も入れています。

よろしくお願いいたします。
鳥飼
""",
        "attachments": [{
            "kind": "csv", "name": "leader_kenshu_0121.csv", "encoding": "cp932",
            "rows": [["氏名", "フリガナ", "性別", "所属", "携帯電話", "メールアドレス"]]
            + [[p[0], p[1], "女" if i % 4 == 1 else "男", ["営業1部", "生産管理部", "品質保証部", "情報システム部"][i % 4],
                p[2], p[3] + "@hinode-sangyo.co.jp"] for i, p in enumerate(_r028)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV of 14 participants with mobiles and e-mail addresses to an outside training centre (reason 1)",
    },
    {
        "id": "shisetsuyoyaku-029",
        "charset": "iso-2022-jp",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>"],
        "cc": ["産業保健スタッフ 保健師 宮城 <miyagi.nao@hinode-sangyo.co.jp>"],
        "subject": "合宿の食事・配慮事項まとめ（社内限り）",
        "body": """森本さん

お疲れさまです。鳥飼です。
リーダー研修合宿の事前アンケートのうち、食事や部屋で配慮が必要な方をまとめました。
施設にはこの中から「除去食材」と「部屋の希望」だけを伝える予定です。
病名や理由は施設に出さないようにしますので、先方への連絡は私からします。

氏名　　　　　　配慮事項
----------------------------------------------
能登 颯太　　　　そばアレルギー（アナフィラキシー歴あり、エピペン携行）
百瀬 杏奈　　　　1型糖尿病。夕食前にインスリン注射のため個室希望
吉良 航　　　　　イスラム教のため豚肉・アルコール不可（ハラール対応）
湊 ひかり　　　　腰椎ヘルニア術後。和室の布団が難しくベッドの部屋希望
真壁 隼人　　　　特になし（喫煙者のため喫煙所の場所を知りたい）

保健師の宮城さんにもCCしています。緊急時の対応について別途ご相談させてください。

鳥飼
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employees' diagnoses and religion, but only among internal staff",
    },
    {
        "id": "shisetsuyoyaku-030",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
        "subject": "Re: 10/23 貸切バス 配車確定のご連絡",
        "body": """青葉運輸 配車センター
戸田様

配車確定のご連絡ありがとうございます。
内容を確認いたしました。以下2点のみ追加でお願いいたします。

1. 1号車に車内用ワイヤレスマイクを1本追加
2. 24日の帰路、御殿場で30分ほど延長になる可能性があります
　（延長料金は当日精算でお願いします）

集合場所は本社ビル正面（東京都中央区日本橋2-14-8）で変更ありません。
よろしくお願いいたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp instead of partner aoba-unyu.co.jp (dropped co.): look-alike recipient (reason 5)",
    },
    {
        "id": "shisetsuyoyaku-031",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター 戸田様 <haisha@aoba-unyu.co.jp>"],
        "subject": "RE: 【青葉運輸】10/23-24 乗務員のご案内",
        "body": """戸田様

ご連絡ありがとうございます。乗務員の方の件、承知いたしました。
当日の朝は7:00から本社前に私と総務の森本が立っておりますので、
到着されましたらお声がけください。

引き続きよろしくお願いいたします。
大槻

-----Original Message-----
From: 戸田 浩二 <haisha@aoba-unyu.co.jp>
Sent: Tuesday, October 13, 2026 4:12 PM
To: 大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>
Subject: 【青葉運輸】10/23-24 乗務員のご案内

日の出産業株式会社 大槻様

いつもご利用ありがとうございます。青葉運輸の戸田です。
当日の乗務員が決まりましたのでお知らせいたします。

号車　車番　　　　　　乗務員　　　　携帯
1号車　品川230あ1021　宮里 勝也　　090-6628-1407
2号車　品川230あ1022　浜口 剛　　　080-1174-5532
3号車　品川230あ1035　神林 誠司　　090-3381-2069
（予備）　　　　　　　　下地 修　　　070-4416-8857

当日の運行責任者は私、戸田（090-2240-6613）です。
よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the drivers' list with mobiles is only in the quoted mail the bus company itself sent",
    },
    {
        "id": "shisetsuyoyaku-032",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["レンタルプロ 営業部 <eigyo@rentaru-pro.co.jp>"],
        "subject": "備品レンタルのお見積り依頼（1/13搬入・1/14撤去）",
        "body": """株式会社レンタルプロ 営業部 御中

はじめまして。日の出産業の芦田と申します。
2027年1月14日の社内イベントで使用する備品のレンタルについて、
お見積りをお願いしたく、品目リスト（Excel 97-2003形式）を添付いたします。

搬入：1/13（水）18:00以降　グランドホール港 搬入口
撤去：1/14（木）21:00以降

どうぞよろしくお願いいたします。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "xls", "name": "rental_list_0114.xls",
            "sheets": {"品目": [["品番", "品名", "数量", "備考"],
                                ["TB-180", "会議テーブル 1800×450", 60, "白布付き"],
                                ["CH-05", "スタッキングチェア", 420, ""],
                                ["PN-3", "パーテーション W900", 12, "受付裏"],
                                ["PD-01", "演台（木目）", 1, "社章プレート取付"],
                                ["ST-20", "ステージ 1800×900 H400", 12, "段差スロープ付"],
                                ["BN-02", "バナースタンド", 4, ""]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of rental products and quantities: a product list, no people",
    },
    {
        "id": "shisetsuyoyaku-033",
        "charset": "cp932",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["日本橋トラベル 法人営業部 三ツ井様 <mitsui.k@nihonbashi-travel.co.jp>"],
        "subject": "シンガポール出張（3/17-20）航空券・ホテル手配 渡航者情報",
        "body": """日本橋トラベル 法人営業部
三ツ井様

お世話になっております。日の出産業 海外事業部の中川です。
3月のシンガポール販売店会議について、渡航者4名の旅券情報をお送りします。
航空券の発券とホテル（Harbourlight Hotel）の予約をお願いいたします。

ファイルの内容に誤りがないか、お手数ですがパスポートの名義と照合ください。
""" + SIG_NAKAGAWA,
        "attachments": [{
            "kind": "xlsx", "name": "渡航者情報_SIN_0317.xlsx",
            "sheets": {"渡航者": [["シンガポール出張 渡航者情報（2027/3/17-3/20）"],
                                  ["No", "氏名（漢字）", "氏名（ローマ字・旅券どおり）", "生年月日", "旅券番号", "旅券有効期限", "座席希望"],
                                  [1, "中川 健", "NAKAGAWA KEN", "1979/06/14", "TR4417260", "2031/08/22", "通路側"],
                                  [2, "真田 由紀子", "SANADA YUKIKO", "1985/11/02", "TZ1093384", "2029/04/10", "窓側"],
                                  [3, "沖田 亮", "OKITA RYO", "1990/02/27", "TK8825517", "2033/01/15", "通路側"],
                                  [4, "ラマン プリヤ", "RAMAN PRIYA", "1988/09/09", "MG5530712", "2030/12/01", "指定なし"]]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers and dates of birth of four travellers sent to a travel agency (reason 2)",
    },
    {
        "id": "shisetsuyoyaku-034",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["きらめきプロデュース 瀬戸口様 <setoguchi@kirameki-produce.co.jp>"],
        "subject": "キックオフ 演出イメージ（社内検討用に作ったスライド）",
        "body": """瀬戸口様

お世話になっております。芦田です。
社内で演出イメージを検討した際のスライドをお送りします。
あくまでたたき台ですので、プロの目で自由にご提案いただければと思います。
来週の打合せでご意見を伺えれば幸いです。

芦田
""",
        "attachments": [{
            "kind": "pptx", "name": "kickoff_stage_image.pptx",
            "title": "キックオフ 演出イメージ",
            "slides": [["2027 キックオフ 演出イメージ", "テーマ：「つなぐ、ひらく」", "会場：グランドホール港 ホールA（400名）"],
                       ["オープニング", "暗転 → LEDビジョンでブランドムービー（90秒）", "社長登壇、スポットライト"],
                       ["表彰パート", "部門表彰 6件、ステージ上で記念撮影", "BGMは社歌アレンジ版"],
                       ["懇親会への転換", "客席後方のパーテーション撤去（15分）", "立食ビュッフェ 20卓"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX of stage ideas to an event producer; no marking, no personal data",
    },
    {
        "id": "shisetsuyoyaku-035",
        "charset": "utf-8",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル ゲストリレーション <guest@sakura-hotel.jp>"],
        "subject": "お忘れ物（ご連絡番号 LF-1024-07）の着払い発送のお願い",
        "body": """さくらホテル ゲストリレーション
ご担当者様

お世話になっております。日の出産業の森本です。
社員旅行の際、弊社社員が客室に置き忘れた腕時計をお預かりいただいているとの
ご連絡をいただき、ありがとうございました（ご連絡番号 LF-1024-07）。

恐れ入りますが、本人の自宅宛に着払いでお送りいただけますでしょうか。

　お名前　：黒柳 康平 様
　ご住所　：〒214-0014 神奈川県川崎市多摩区登戸2791-5 グリーンハイツ登戸203
　お電話　：070-4281-5506

お手数をおかけしますが、どうぞよろしくお願いいたします。
""" + SIG_MORIMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's home address and phone for returning a lost item: a single person's record, may warn",
    },
    {
        "id": "shisetsuyoyaku-036",
        "charset": "iso-2022-jp",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["ミナトベイホテル 宿泊予約 <reservation@minato-bay-hotel.co.jp>"],
        "subject": "12/2 ご宿泊 バリアフリールームのご相談",
        "body": """ミナトベイホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 営業企画部の芦田です。
12月2日（水）1泊でご予約いただいている弊社の件（予約番号 MB-771903）で、
ご相談がございます。

宿泊者のうち、福岡営業所の 堀之内 達也 は脊髄損傷による下肢の障害があり
（身体障害者手帳1級）、常時車いすを使用しております。
バリアフリールーム（ロールインシャワー付き）へのご変更と、
会場の鳳凰の間までの段差のない動線をお教えいただけますでしょうか。

ご本人の介助は同行する社員が行いますので、お部屋は隣室を希望いたします。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's disability (spinal injury, certificate grade) sent to a hotel (reason 3)",
    },
    {
        "id": "shisetsuyoyaku-037",
        "charset": "iso-2022-jp",
        "sender": "今泉 玲奈 <imaizumi.rena@hinode-sangyo.co.jp>",
        "to": ["グランドホール港 営業部 岩淵様 <iwabuchi@grandhall-minato.co.jp>"],
        "subject": "11/25 取締役会（会議室「凪」）のご利用について",
        "body": """グランドホール港 営業部
岩淵様

いつもお世話になっております。日の出産業 秘書室の今泉でございます。
11月25日（水）10:00〜16:00、会議室「凪」のご予約ありがとうございます。

当日は機密性の高い議題を扱う役員会議となりますため、
　・隣接する会議室「潮」も同時間帯で押さえさせていただけますか
　・室内の録音機材、館内放送のスピーカーはオフにしていただけますか
　・ケータリングの出入りは休憩時間（12:00／14:30）のみでお願いします
以上3点、ご対応いただけますと幸いです。

ご請求は通常どおり総務部宛でお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing about a board meeting; no marked document, nothing personal",
    },
    {
        "id": "shisetsuyoyaku-038",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>"],
        "bcc": ["sasaki.m@kawasaki-denki.co.jp", "ueno@tohoku-kiki.co.jp",
                "k-ishiguro@chubu-setsubi.co.jp", "hamada@kyushu-denzai.co.jp",
                "t.oka@hokuriku-trading.jp", "mikami@shikoku-densetsu.co.jp"],
        "subject": "【ご案内】全国販売店会議 当日のお車・宿泊について",
        "body": """販売店会議にご出席の皆様

いつもお世話になっております。日の出産業 営業企画部の芦田でございます。
※本メールは出席者の皆様にBCCでお送りしております。

12月2日（前泊）〜3日の販売店会議について、お車と宿泊のご案内です。

■宿泊：さくらホテル（チェックイン 15:00〜）
　フロントで「日の出産業 販売店会議」とお伝えください。
　宿泊費は弊社負担です（お部屋付けのご飲食は各自ご精算ください）。
■お車：ホテル地下駐車場をご利用いただけます（2日・3日とも無料）。
■懇親会：12/2 18:30〜 2階「桔梗の間」

ご欠席・ご変更がございましたら、芦田まで個別にご連絡ください。
""" + SIG_ASHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to six outside companies correctly put in Bcc (To is the sender): nobody sees anyone",
    },
    {
        "id": "shisetsuyoyaku-039",
        "charset": "utf-8",
        "sender": "今泉 玲奈 <imaizumi.rena@hinode-sangyo.co.jp>",
        "to": ["高原リゾートホテル 法人営業 <hojin@kogen-resort.jp>"],
        "subject": "【社外秘】役員合宿（2/5-6）日程・会議室のご相談",
        "body": """【社外秘】

高原リゾートホテル 法人営業
笹野様

お世話になっております。日の出産業 秘書室の今泉でございます。
2月5日（金）〜6日（土）の役員合宿につきまして、日程案をお送りします。

　2/5　13:00 到着・チェックイン
　　　 14:00〜18:00 経営会議（中期計画・組織再編）　会議室「白樺」
　　　 19:00〜 夕食（個室）
　2/6　 8:30〜12:00 経営会議（役員人事案）　会議室「白樺」
　　　 12:30 昼食後、解散

参加は役員9名と事務局2名の計11名です。
会議室は終日、外部の方の出入りがないようお願いいたします。

※本メールの内容は社外秘としてお取り扱いください。
""" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail itself classified 【社外秘】 in subject and body and sent to an outside resort (reason 6)",
    },
    {
        "id": "shisetsuyoyaku-040",
        "charset": "cp932",
        "sender": "桐谷 由香 <kiritani.yuka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 法人営業課 <nihonbashi-hojin@midori-ginko.co.jp>"],
        "subject": "総合振込（11/20実行分）の内容確認のお願い",
        "body": """みどり銀行 日本橋支店
法人営業課　鶴田様

いつもお世話になっております。日の出産業 経理部の桐谷です。
本日インターネットバンキングで登録した総合振込のうち、
会場・宿泊関係の3件について、先方口座名義の照合をお願いできますでしょうか。

　振込先　　　　　　　　　　　　金融機関・支店　　　　　　　口座
　株式会社箱根山荘ホテル　　　　するが信用金庫 箱根支店　　当座 0081124
　株式会社グランドホール港　　　みどり銀行 芝浦支店　　　　普通 2405518
　有限会社楓屋旅館　　　　　　　上州銀行 伊香保支店　　　　普通 1130957

いずれも請求書記載の口座ですが、楓屋旅館の口座は今回初めての振込です。
お手数ですがよろしくお願いいたします。
""" + SIG_KIRITANI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "company bank accounts of three suppliers sent to the company's own bank: businesses, not people",
    },
]

# ---------------------------------------------------------------------------- 041-060

_r042 = _people(15, "042", offset=5)
_STOPS042 = ["本社前", "本社前", "本社前", "本社前", "本社前", "本社前", "本社前", "本社前",
             "海老名SA", "海老名SA", "海老名SA", "海老名SA", "海老名SA", "本社前", "本社前"]
MESSAGES += [
    {
        "id": "shisetsuyoyaku-041",
        "charset": "utf-8",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>"],
        "subject": "社員旅行 全体名簿（暗号化ZIP）",
        "body": """大槻さん

お疲れさまです。森本です。
社員旅行の全体名簿（緊急連絡先入り）を暗号化ZIPで送ります。
パスワードはいつもの総務共有のものです（Teamsでも送っておきます）。
バスの座席表づくりにお使いください。

森本
""",
        "attachments": [{
            "kind": "zip", "name": "shainryoko_meibo_all.zip", "password": "soumu-2026!",
            "files": [{"kind": "csv", "name": "全体名簿.csv", "encoding": "cp932",
                       "rows": [["氏名", "携帯", "緊急連絡先"]]
                       + [[p[0], p[2], "03-{:04d}-{:04d}".format(3300 + i * 17, 5000 + i * 83)]
                          for i, p in enumerate(_people(30, "041"))]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP, but sent only between two internal colleagues: may be flagged, must go",
    },
    {
        "id": "shisetsuyoyaku-042",
        "charset": "cp932",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["東都観光バス 運行管理 <unkou@toto-kankobus.co.jp>"],
        "subject": "11/7 日帰り研修バス 乗車名簿",
        "body": """東都観光バス 運行管理ご担当　磯貝様

お世話になっております。日の出産業の大槻です。
11月7日（土）の工場見学バス（中型1台）について、乗車名簿をお送りします。
海老名SAから合流する5名がいますので、点呼の際にご利用ください。

No\t氏名\t携帯\t乗車地
""" + "\n".join("{}\t{}\t{}\t{}".format(i + 1, p[0], p[2], _STOPS042[i]) for i, p in enumerate(_r042)) + """

当日は私も1号車に乗車いたします。
よろしくお願いいたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated boarding list of 15 employees with mobile numbers to a bus company (reason 1)",
    },
    {
        "id": "shisetsuyoyaku-043",
        "charset": "cp932",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["楓屋旅館 予約係 村松様 <yoyaku@kaede-ryokan.jp>"],
        "subject": "Re: 宿泊者名簿のご提出について（1/28 日の出産業様）",
        "body": """楓屋旅館
村松様

お問い合わせありがとうございます。
宿泊者名簿の事前提出の件ですが、社員の個人情報を含むため、今回は
メールでの事前送付は控えさせていただき、当日チェックイン時に各自が
フロントで宿泊カードに記入する形でお願いできますでしょうか。

人数は前回お伝えしたとおり男性9名・女性5名の計14名、お部屋は5室で変更ありません。
チェックインが集中しないよう、到着は2班（15:00／16:00）に分けます。

ご無理を言って申し訳ございませんが、よろしくお願いいたします。
""" + SIG_TORIKAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 個人情報 used in passing to decline sending a register; only head counts",
    },
    {
        "id": "shisetsuyoyaku-044",
        "charset": "iso-2022-jp",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["湯けむり荘 予約係 <yoyaku@yukemuri-ryokan.jp>"],
        "subject": "2/12-13 ご宿泊 人数と部屋数の確定",
        "body": """湯けむり荘 予約係様

お世話になっております。日の出産業の森本です。
2月12日（金）〜13日（土）のご予約（YK-0212-0031）について、人数が確定しました。

　男性　18名　→　和室8畳 6室（3名ずつ）
　女性　11名　→　和室8畳 3室（3名）＋ 和室6畳 1室（2名）
　合計　29名　10室

夕食：18:30〜 大広間、飲み放題付き（29名）
朝食：7:30〜
貸切バス1台（運転手1名）の宿泊もお願いします。

よろしくお願いいたします。
総務部 森本
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "room allocation by counts only (no names) to an inn",
    },
    {
        "id": "shisetsuyoyaku-045",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-food.co.jp>"],
        "subject": "1/21-22 研修合宿 お食事のご発注",
        "body": """北国フーズ株式会社
ケータリング事業部　塩見様

いつもお世話になっております。日の出産業 人事部の鳥飼です。
先日お見積りいただいた研修合宿のお食事について、正式に発注いたします。

　1/21（木）昼食　会議弁当 32食
　1/21（木）夕食　和洋ビュッフェ 34名分（講師2名含む）
　1/22（金）朝食　和定食 34食
　1/22（金）昼食　会議弁当 32食
　お届け先：清流研修センター 食堂棟（搬入口は裏手）

お見積書 No. KF-Q-26-0933 の金額（税込 412,500円）で問題ございません。
""" + SIG_TORIKAI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp lacks the s of partner kitaguni-foods.co.jp: look-alike recipient (reason 5)",
    },
    {
        "id": "shisetsuyoyaku-046",
        "charset": "utf-8",
        "sender": "総務部 <soumu@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【社員旅行】バスの号車・集合時刻のお知らせ",
        "html": """<html><body style="font-family:'游ゴシック','Meiryo',sans-serif">
<p>社員各位</p>
<p>総務部です。10月23日（金）〜24日（土）の社員旅行について、バスの号車と集合時刻をお知らせします。<br>
ご自身の号車は社内ポータルの「社員旅行」ページでご確認ください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dbe9f7"><th>号車</th><th>対象</th><th>集合</th><th>出発</th><th>乗車地</th></tr>
<tr><td>1号車</td><td>営業本部</td><td>7:10</td><td>7:30</td><td>本社ビル正面</td></tr>
<tr><td>2号車</td><td>管理本部・秘書室</td><td>7:10</td><td>7:30</td><td>本社ビル正面</td></tr>
<tr><td>3号車</td><td>生産本部・技術本部</td><td>7:20</td><td>7:40</td><td>本社ビル正面</td></tr>
<tr><td>―</td><td>大阪支店</td><td>―</td><td>―</td><td>新幹線で現地集合（14:30 強羅駅）</td></tr>
</table>
<p>酔い止めが必要な方は各自でご用意ください。体調不良で欠席される場合は、前日17時までに総務部（内線2315）へご連絡ください。</p>
<p>総務部 総務課</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only internal announcement with a table of buses and times; no personal data",
    },
    {
        "id": "shisetsuyoyaku-047",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["北沢市民ホール 利用申込受付 <hall-yoyaku@city.kitazawa.lg.jp>"],
        "subject": "北沢市民ホール 大ホール利用申込書の提出（3/6 日の出産業）",
        "body": """北沢市民ホール
利用申込受付ご担当者様

お世話になっております。日の出産業株式会社 総務部の大槻です。
お電話でご案内いただいたとおり、3月6日（土）の大ホール利用申込書を
Word形式で提出いたします。法人の場合は法人番号の記載が必要とのことでしたので、
記入しております。

使用料のお振込みは、許可書をいただいた後に行います。
不備がございましたらご指摘ください。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "docx", "name": "大ホール利用申込書_日の出産業.docx",
            "title": "北沢市民ホール 利用申込書",
            "paragraphs": ["北沢市民ホール 利用申込書", "申込日：2026年12月1日"],
            "tables": [[["項目", "内容"],
                        ["申込者（団体名）", "日の出産業株式会社"],
                        ["法人番号", _corp_no("010401078423")],
                        ["代表者", "代表取締役社長 朝比奈 宗一郎"],
                        ["所在地", "東京都中央区日本橋2-14-8"],
                        ["担当者・連絡先", "総務部 大槻 健吾　03-5201-4470"],
                        ["利用日時", "2027年3月6日（土）9:00〜17:00（準備・撤去含む）"],
                        ["催事名", "日の出産業 地域感謝祭（入場無料・一般来場あり）"],
                        ["予定人数", "約600名"],
                        ["付帯設備", "音響一式、照明一式、ロビー展示パネル 10枚"]]],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "venue application form to a city hall with the company's own 法人番号, office address and sender's contact",
    },
    {
        "id": "shisetsuyoyaku-048",
        "charset": "cp932",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["研修ナビ 講師管理チーム <koushi@kenshu-navi.co.jp>"],
        "subject": "千葉先生の謝金お支払いに関する個人番号の件",
        "body": """株式会社研修ナビ
講師管理チーム　尾花様

お世話になっております。日の出産業 人事部の鳥飼です。
11/19の研修にご登壇いただいた千葉先生の謝金について、御社経由でのお支払いと
なるため、先生から当社に提出いただいた個人番号をお知らせいたします。

　講師氏名：千葉 真理子（ちば まりこ）
　住所　　：東京都杉並区阿佐谷南3-28-11
　個人番号：{mn}

支払調書の作成後、本メールの破棄をお願いいたします。
""".format(mn=_mn(2, "")) + SIG_TORIKAI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a lecturer's My Number and home address e-mailed to an outside training company (reason 2)",
    },
    {
        "id": "shisetsuyoyaku-049",
        "charset": "utf-8",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["Melissa Tan <melissa.tan@harbourlight-hotel.com>"],
        "subject": "Re: Room list for Hinode Sangyo (arr. 17 Mar)",
        "body": """Dear Melissa,

Thank you, the list below is correct. Please also add one extra night (20 March)
for Ms. Raman; she will settle that night herself at check-out.

Kind regards,
Ken

On Tue, 9 Feb 2027 at 11:02, Melissa Tan <melissa.tan@harbourlight-hotel.com> wrote:
> Dear Mr. Nakagawa,
>
> Please find below the room list we hold under group code HINODE0317.
> Kindly check the names and contact numbers and let us know of any changes.
>
>   Room type     Guest             Arr      Dep      Mobile
>   Deluxe King   NAKAGAWA KEN      17 Mar   20 Mar   +81 90 3318 6640
>   Deluxe King   SANADA YUKIKO     17 Mar   20 Mar   +81 80 2291 0473
>   Deluxe King   OKITA RYO         17 Mar   20 Mar   +81 70 5524 8816
>   Deluxe King   RAMAN PRIYA       17 Mar   20 Mar   +65 9127 4408
>   Deluxe King   LIM WEI JIE       18 Mar   20 Mar   +65 8833 2061
>   Deluxe King   TAN BOON HOCK     18 Mar   20 Mar   +65 9472 1185
>
> Best regards,
> Melissa Tan | Group Reservations | Harbourlight Hotel Singapore
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the six-guest list with mobiles is quoted from the hotel's own mail",
    },
    {
        "id": "shisetsuyoyaku-050",
        "charset": "cp932",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["楓屋旅館 予約係 <yoyaku@kaede-ryokan.jp>"],
        "subject": "1/28 遅れて到着する3名について",
        "body": """楓屋旅館 予約係
村松様

お世話になっております。日の出産業の鳥飼です。
1月28日のご宿泊について、業務の都合で遅れて到着する者が3名おります。
夕食は取り置きをお願いできますでしょうか。

　・日向 大地　　21:00ごろ到着予定　携帯 090-5172-6634
　・結城 千尋　　21:00ごろ到着予定　携帯 080-2067-3319
　・梶浦 直樹　　22:30ごろ到着予定（タクシー）　携帯 070-8841-2750

もし到着が23時を過ぎる場合は、本人から直接お電話させます。
よろしくお願いいたします。
""" + SIG_TORIKAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three late arrivals with mobiles to the inn: under five people, may warn",
    },
    {
        "id": "shisetsuyoyaku-051",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["グランドホール港 営業部 岩淵様 <iwabuchi@grandhall-minato.co.jp>"],
        "subject": "ホールA 利用契約書（押印済）の返送",
        "body": """グランドホール港 営業部
岩淵様

お世話になっております。日の出産業の大槻です。
ホールA（2027年1月14日）の利用契約書に押印しましたので、PDFにて返送いたします。
社内規程によりPDFにはパスワードを設定しております。
パスワードは、お電話でお伝えいたします。

原本は本日郵送いたしました。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf", "name": "利用契約書_ホールA_0114_押印済.pdf", "password": "GM0114hinode",
            "lines": ["施設利用契約書", "甲：株式会社グランドホール港　乙：日の出産業株式会社",
                      "利用日：2027年1月14日　施設：ホールA", "利用料金：3,850,000円（税込）"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to an outside venue cannot be inspected (reason 7)",
    },
    {
        "id": "shisetsuyoyaku-052",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業推進部 久米様 <kume.s@kawasaki-denki.co.jp>"],
        "subject": "FW: 合同展示会 送迎バスのお見積り（費用按分のご相談）",
        "body": """川崎電機株式会社
営業推進部　久米様

お世話になっております。日の出産業の芦田です。
合同展示会の送迎バスについて、東都観光バスさんから届いた見積りメールを
そのまま添付いたします。総額 528,000円（税込）を、当初の取り決めどおり
来場者数比（当社6：御社4）で按分させていただければと考えております。

ご確認のほど、よろしくお願いいたします。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "eml", "name": "見積_送迎バス_東都観光バス.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "東都観光バス 営業所 磯貝 <eigyo@toto-kankobus.co.jp>",
                "to": ["芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>"],
                "subject": "【お見積り】2/18 合同展示会 送迎バス",
                "body": """日の出産業株式会社
芦田様

いつもお世話になっております。東都観光バスの磯貝です。
ご依頼の送迎バスについて、下記のとおりお見積りいたします。

　車種　　　中型バス（正席27席）× 4台
　運行　　　2/18（木）8:30〜18:30　新横浜駅 ⇔ 横浜みなと展示場 循環
　金額　　　1台 132,000円 × 4台 ＝ 528,000円（税込）
　有効期限　2027年1月15日

ご検討のほど、よろしくお願い申し上げます。
東都観光バス株式会社 営業所　TEL 03-3641-2250
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a supplier's quotation mail attached for cost sharing with a partner: business figures only",
    },
    {
        "id": "shisetsuyoyaku-053",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 吉沢様 <yoshizawa.a@kawasaki-denki.co.jp>",
               "青葉運輸 総務人事課 仲間様 <nakama@aoba-unyu.co.jp>",
               "ツバサシステム 管理部 小西様 <konishi.r@tsubasa-system.jp>"],
        "subject": "【4社合同】新任管理職研修 会場・日程のご案内",
        "body": """各社 研修ご担当者様

いつもお世話になっております。日の出産業 人事部の鳥飼でございます。
今年度の4社合同 新任管理職研修について、会場と日程が決まりましたので
ご案内いたします。

　日程：2027年2月25日（木）〜26日（金）1泊2日
　会場：富士見高原研修所（長野県諏訪郡富士見町境12068-1）
　定員：各社6名まで（計24名）
　費用：お一人 38,000円（宿泊・食事・教材込み）を各社へご請求

参加者のお名前は、1月22日（金）までに各社から鳥飼宛にお知らせください。
""" + SIG_TORIKAI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies' contacts openly in To of one mail: should have been Bcc (reason 4)",
    },
    {
        "id": "shisetsuyoyaku-054",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 梅宮様 <enkai@sakura-hotel.jp>"],
        "subject": "12/2 懇親会 レイアウト図と進行表（ZIP）",
        "body": """さくらホテル 宴会予約
梅宮様

お世話になっております。日の出産業の芦田です。
12月2日の懇親会について、レイアウト図と当日の進行表をまとめてお送りします。
（ZIPにまとめていますが、パスワードはかけておりません）

ステージ横に演台とスクリーン、受付は桔梗の間の入口右手でお願いします。
""" + SIG_ASHIDA,
        "attachments": [{
            "kind": "zip", "name": "konshinkai_1202.zip",
            "files": [
                {"kind": "pdf", "name": "layout_kikyo.pdf",
                 "lines": ["懇親会 レイアウト図（桔梗の間）", "円卓 10名掛け × 9卓、前方ステージ W5400",
                           "受付：入口右手 長机2本　クローク：入口左手", "スクリーン：ステージ下手 120インチ"]},
                {"kind": "docx", "name": "進行表_1202.docx",
                 "paragraphs": ["12/2 懇親会 進行表"],
                 "tables": [[["時刻", "内容", "担当"],
                             ["18:00", "受付開始", "営業企画部"],
                             ["18:30", "開会・社長挨拶", "司会"],
                             ["18:40", "乾杯（来賓）", "司会"],
                             ["19:30", "販売店表彰", "営業本部長"],
                             ["20:25", "中締め・閉会", "司会"]]]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP with a floor layout PDF and a running-order DOCX; nothing personal or marked",
    },
    {
        "id": "shisetsuyoyaku-055",
        "charset": "cp932",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "販売店会議 名札の作成依頼（差し込みデータ）",
        "body": """錦印刷株式会社 営業部
三好様

いつもお世話になっております。日の出産業の森本です。
12月の販売店会議でスタッフが着用する名札（ケース入り・ストラップ付）の
作成をお願いいたします。差し込み用のデータをCSVでお送りします。

仕様：W90×H55、社ロゴ左上、所属は小さめ、氏名は大きめ
数量：30枚（予備の白紙5枚を含めて35枚）
納期：11月27日（金）着

よろしくお願いいたします。
""" + SIG_MORIMOTO,
        "attachments": [{
            "kind": "csv", "name": "nafuda_staff.csv", "encoding": "utf-8",
            "rows": [["所属", "氏名", "ふりがな", "役職"]]
            + [[["営業企画部", "営業1部", "営業2部", "総務部", "秘書室"][i % 5], p[0], p[1],
                ["", "", "主任", "課長", ""][i % 5]] for i, p in enumerate(_people(30, "055", offset=11))],
        }],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "30 staff names with department and title to the partner printer for badges: names + employer data only, no contacts",
    },
    {
        "id": "shisetsuyoyaku-056",
        "charset": "utf-8",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 小野寺様 <onodera.h@sakura-hotel.jp>"],
        "cc": ["柳沢 修 <yanagisawa.osamu@hinode-sangyo.co.jp>",
               "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>"],
        "subject": "Re: 10/23 ご夕食会場の変更について",
        "body": """小野寺様

ご連絡ありがとうございます。
夕食会場を「桔梗の間」から「葵の間」へ変更の件、承知いたしました。
人数（62名）と開始時刻（18:30）は変更ございません。

カラオケ設備は不要になりましたので、お見積りから外していただけますでしょうか。

森本

> 日の出産業株式会社 森本様
> 桔梗の間の空調工事が延長となり、誠に恐縮ながら葵の間へのご変更を
> お願いできませんでしょうか。広さ・設備は同等でございます。
> さくらホテル 宴会セールス 小野寺
""" + SIG_MORIMOTO + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply-all with one external hotel contact and internal cc; short quote and a disclaimer",
    },
    {
        "id": "shisetsuyoyaku-057",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["あんしん保険サービス 法人課 <hojin@anshin-hoken-d.co.jp>"],
        "subject": "国内旅行傷害保険（11/7 工場見学）加入者のご連絡",
        "html": """<html><body>
<p>あんしん保険サービス株式会社<br>法人課　市川様</p>
<p>お世話になっております。日の出産業 総務部の大槻です。<br>
11月7日の工場見学（日帰り）の国内旅行傷害保険について、追加の加入者をご連絡いたします。
お手数ですが、保険料の再計算をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>携帯電話</th></tr>
<tr><td>1</td><td>千早 陽菜</td><td>チハヤ ヒナ</td><td>平成10年7月3日</td><td>090-2784-5160</td></tr>
<tr><td>2</td><td>南雲 隼人</td><td>ナグモ ハヤト</td><td>平成6年12月19日</td><td>080-6652-0391</td></tr>
<tr><td>3</td><td>猪狩 詩織</td><td>イガリ シオリ</td><td>昭和63年3月28日</td><td>070-3319-8724</td></tr>
<tr><td>4</td><td>桑野 拓海</td><td>クワノ タクミ</td><td>平成12年5月5日</td><td>090-8126-4473</td></tr>
<tr><td>5</td><td>東海林 茉莉</td><td>ショウジ マリ</td><td>昭和57年10月14日</td><td>080-4405-2968</td></tr>
<tr><td>6</td><td>左近 啓介</td><td>サコン ケイスケ</td><td>平成3年1月30日</td><td>070-6291-5537</td></tr>
</table>
<p>--<br>日の出産業株式会社 総務部 施設管理グループ 大槻 健吾<br>TEL: 03-5201-4470</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of six employees with 和暦 dates of birth and mobiles to an insurance agency (reason 1)",
    },
    {
        "id": "shisetsuyoyaku-058",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買部 佐々木様 <sasaki.m@kawasaki-denki.co.jp>"],
        "subject": "12/3 品川駅⇔さくらホテル シャトルバス時刻表",
        "body": """佐々木様

お世話になっております。日の出産業の芦田です。
12月3日のシャトルバスの時刻表をお送りします。乗り場の写真も添付しました。

【品川駅 高輪口 → さくらホテル】
　8:50 ／ 9:10 ／ 9:30 ／ 9:50（以降は随時タクシーをご利用ください）
【さくらホテル → 品川駅 高輪口】
　17:10 ／ 17:30 ／ 17:50 ／ 20:40（懇親会後）／ 21:00

所要時間は約8分です。車体に「日の出産業 販売店会議」の表示がございます。
""" + SIG_ASHIDA,
        "attachments": [{"kind": "png", "name": "noriba_takanawa.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shuttle timetable and a photo of the stop to a partner contact: times only",
    },
    {
        "id": "shisetsuyoyaku-059",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 拓真 <usami.takuma@hinode-sangyo.co.jp>",
        "to": ["居酒屋 ひなた 店主様 <hinata-izakaya.nihonbashi@yahoo.co.jp>"],
        "subject": "12/18（金）忘年会 20名のご予約",
        "body": """居酒屋ひなた
店主様

いつもお世話になっております。日の出産業の宇佐美です。
お電話がつながらなかったので、メールで失礼いたします。

12月18日（金）19時から、20名で座敷の貸切をお願いできますでしょうか。
コースは前回と同じ 5,000円（飲み放題2時間）でお願いしたいです。
お会計は会社の領収書（宛名：日の出産業株式会社）でお願いします。

空いているかどうか、このメールか下記の番号にご連絡いただけると助かります。

日の出産業 営業2部 宇佐美
03-5201-4520（営業2部直通）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "year-end party booking with a small restaurant that uses a yahoo.co.jp address: one free-mail recipient",
    },
    {
        "id": "shisetsuyoyaku-060",
        "charset": "iso-2022-jp",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング事業部 塩見様 <shiomi@kitaguni-foods.co.jp>"],
        "subject": "研修合宿のお食事：ハラール対応のお願い",
        "body": """北国フーズ株式会社
塩見様

いつもお世話になっております。日の出産業の鳥飼です。
1月の研修合宿に、インドネシア工場からの技能実習生が1名参加します。

　氏名：Rizky Pratama（リズキ・プラタマ）さん　生産技術部 配属
　ご本人はイスラム教徒のため、豚由来の食材・アルコール（みりん・料理酒含む）を
　使わないハラール対応のお食事をお願いいたします。
　また、1日5回のお祈りのため、昼食の時間を少しずらす可能性があります。

ハラール認証の食材が難しい場合は、魚・野菜中心のメニューでも構いません。
追加費用がございましたらお知らせください。
""" + SIG_TORIKAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's religion (Muslim) disclosed to a caterer: 信条 is 要配慮個人情報 (reason 3)",
    },
]

# ---------------------------------------------------------------------------- 061-080

_r063 = _people(10, "063", offset=21)
MESSAGES += [
    {
        "id": "shisetsuyoyaku-061",
        "charset": "utf-8",
        "sender": "柳沢 修 <yanagisawa.osamu@hinode-sangyo.co.jp>",
        "to": ["経理部 支払グループ <shiharai@hinode-sangyo.co.jp>"],
        "subject": "法人カード利用報告（ホテル予約の前払い分）",
        "body": """経理部 支払グループ御中

総務の柳沢です。
販売店会議の宿泊予約で、ホテル側からデポジットの前払いを求められたため、
法人カードで決済しました。明細の照合をお願いします。

　利用日　　：2026年10月30日
　利用先　　：さくらホテル（予約番号 SH-26-12031）
　金額　　　：420,000円（客室42室 × 10,000円 デポジット）
　カード番号：{card}（総務部 柳沢 名義）

領収書の原本は本日の社内便で送ります。
""".format(card=_card(4, " ")),
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a corporate card number in a usage report, sent only to the internal accounting mailbox",
    },
    {
        "id": "shisetsuyoyaku-062",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業推進部 久米様 <kume.s@kawasaki-denki.co.jp>"],
        "subject": "展示会後の打上げ会場 候補（新横浜駅周辺）",
        "html": """<html><body>
<p>久米様</p>
<p>お世話になっております。芦田です。<br>
2/18の合同展示会のあとの打上げ（両社あわせて25名ほど）の候補をいくつか挙げました。
ご希望があればお知らせください。予約はこちらで行います。</p>
<ul>
<li><b>炉端 かがり火 新横浜店</b>　横浜市港北区新横浜2-5-14 2F　TEL 045-474-2231　個室30名</li>
<li><b>ビアホール ポートサイド</b>　横浜市港北区新横浜3-7-1 キュービックB1　TEL 045-478-5590　貸切40名〜</li>
<li><b>中国料理 翠園</b>　横浜市港北区新横浜2-12-8　TEL 045-471-8806　円卓3卓</li>
<li><b>鉄板ダイニング 灯</b>　横浜市港北区篠原町3012-4　TEL 045-434-6672　半個室24名</li>
<li><b>和食 なごみ庵</b>　横浜市港北区新横浜1-19-20 3F　TEL 045-470-3318　座敷28名</li>
</ul>
<p>日の出産業 営業企画部 芦田<br>TEL 03-5201-4510</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only list of five restaurants with shop phone numbers and addresses: businesses, not people",
    },
    {
        "id": "shisetsuyoyaku-063",
        "charset": "utf-8",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["平良 薫 <taira.kaoru@hinode-sangyou.co.jp>"],
        "subject": "Re: 社員旅行 大阪支店参加者の部屋割り（修正版）",
        "body": """平良さん

お疲れさまです。森本です。
ご指摘いただいた2名の入れ替えと、携帯番号の誤りを修正しました。
こちらが最終版です。ホテルにはこの内容で連絡します。

部屋 / 氏名 / 携帯
""" + "\n".join("{} / {} / {}".format(["松の間", "竹の間", "梅の間", "桜の間"][i // 3 if i < 9 else 3], p[0], p[2])
                for i, p in enumerate(_r063)) + """

森本
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for the Osaka colleague but addressed to hinode-sangyou.co.jp (look-alike of own domain) with 10 people's mobiles (reasons 5 and 1)",
    },
    {
        "id": "shisetsuyoyaku-064",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["富士見高原研修所 利用受付 萩原様 <riyou@fujimi-kenshu.or.jp>"],
        "subject": "2/25-26 4社合同研修 タイムテーブルと使用施設",
        "body": """萩原様

お世話になっております。日の出産業の鳥飼です。
2月の4社合同研修について、タイムテーブルと使用施設をExcelにまとめました。
シート1が全体、シート2が各部屋の使用時間、シート3が食事の時間と人数です。

食堂の準備の都合があるかと思いますので、食事の人数は確定前の数字ですが
ご参考までにお送りいたします。
""" + SIG_TORIKAI,
        "attachments": [{
            "kind": "xlsx", "name": "合同研修_タイムテーブル_0225.xlsx",
            "sheets": {
                "全体": [["4社合同 新任管理職研修 タイムテーブル"], ["日", "時刻", "内容", "会場"],
                         ["2/25", "10:30", "受付", "本館ロビー"], ["2/25", "11:00", "オリエンテーション", "大研修室"],
                         ["2/25", "13:00", "講義：労務管理の基礎", "大研修室"],
                         ["2/25", "15:30", "グループ討議", "分科会室A〜D"], ["2/25", "19:00", "交流会", "食堂"],
                         ["2/26", "9:00", "ケーススタディ発表", "大研修室"], ["2/26", "12:00", "修了・解散", "―"]],
                "部屋": [["部屋", "2/25", "2/26"], ["大研修室", "11:00-17:30", "9:00-12:00"],
                         ["分科会室A〜D", "15:30-17:30", "―"], ["食堂", "12:00-13:00, 19:00-21:00", "7:30-8:30"]],
                "食事": [["日", "区分", "人数（見込み）"], ["2/25", "昼食", 26], ["2/25", "夕食（交流会）", 26],
                         ["2/26", "朝食", 26]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "multi-sheet XLSX timetable and head counts for a training facility; no people's data",
    },
    {
        "id": "shisetsuyoyaku-065",
        "charset": "cp932",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["楓屋旅館 予約係 村松様 <yoyaku@kaede-ryokan.jp>"],
        "cc": ["日本橋トラベル 法人営業部 三ツ井様 <mitsui.k@nihonbashi-travel.co.jp>"],
        "subject": "3/12 伊香保 新人歓迎旅行：当日の窓口2名について",
        "body": """楓屋旅館 村松様
（CC：日本橋トラベル 三ツ井様）

お世話になっております。日の出産業の森本です。
3月12日の新人歓迎旅行につきまして、当日の弊社側の窓口をお知らせします。
旅行会社の三ツ井様にも同じ内容を共有させていただきます。

　幹事：宇佐美 拓真（営業2部）　携帯 080-6620-1193
　副幹事：仲宗根 理沙（総務部）　携帯 070-3905-8812

精算関係は日本橋トラベル様経由でお願いいたします。
""" + SIG_MORIMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "inn and travel agency (two external organisations) with two organisers' mobiles: may warn, must go",
    },
    {
        "id": "shisetsuyoyaku-066",
        "charset": "utf-8",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["Melissa Tan <melissa.tan@harbourlight-hotel.com>"],
        "subject": "Dealer meeting programme for your banquet team",
        "body": """Dear Melissa,

As requested, please find attached our programme for 18-19 March so that your
banquet team can plan the room turnover and coffee breaks.

Please note the session times may still shift by up to 30 minutes.

""" + SIG_NAKAGAWA,
        "attachments": [{
            "kind": "pdf", "name": "APAC_Dealer_Meeting_Programme.pdf",
            "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
            "page_footer": "Hinode Sangyo Co., Ltd. - Do not distribute",
            "title": "APAC Dealer Meeting 2027 Programme",
            "lines": ["APAC Dealer Meeting 2027 - Programme", "",
                      "18 March 09:00 Welcome and FY2027 targets by region",
                      "18 March 10:30 New pricing structure and dealer margins (draft)",
                      "18 March 14:00 Product roadmap 2027-2028 (unreleased models)",
                      "19 March 09:00 Regional breakouts", "19 March 15:00 Awards and closing"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF stamped CONFIDENTIAL / internal use only on every page, sent to an outside hotel (reason 6)",
    },
    {
        "id": "shisetsuyoyaku-067",
        "charset": "iso-2022-jp",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会セールス 小野寺様 <onodera.h@sakura-hotel.jp>"],
        "subject": "12/2 懇親会の衛生面についてのお願い",
        "body": """さくらホテル
小野寺様

お世話になっております。日の出産業の森本です。
12月2日の懇親会について、この時期はインフルエンザや胃腸炎が流行しやすいため、
以下の点をご検討いただけますでしょうか。

　・ビュッフェ台のトングはこまめに交換（または取り分けスタッフの配置）
　・会場入口と各テーブルへの手指消毒液の設置
　・生ものの提供は控えめに（カキ等）

体調のすぐれない社員には参加を見合わせるよう、社内でも周知しております。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MORIMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diseases named only in general (flu season hygiene), tied to nobody",
    },
    {
        "id": "shisetsuyoyaku-068",
        "charset": "utf-8",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 小野寺様 <shukuhaku@sakura-hotel.jp>"],
        "subject": "RE: 第2班 ルームリストのご確認",
        "body": """小野寺様

早速のご確認ありがとうございます。
ご指摘の2点（洋室Fの人数、和室Gのエキストラベッド）、いずれもご記載のとおりで
問題ございません。よろしくお願いいたします。

森本

差出人: 小野寺 晴美 <shukuhaku@sakura-hotel.jp>
送信日時: 2026年10月14日 10:21
宛先: 森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>
件名: 第2班 ルームリストのご確認

日の出産業株式会社 森本様

第2班のルームリストを以下のとおり登録いたしました。
2点確認させてください（★印）。

部屋　　氏名　　　　　　緊急連絡先
洋室D　羽鳥 颯太　　　090-7715-2043
洋室D　蓮見 亮介　　　080-3362-9187
洋室E　久保寺 凛　　　070-2290-6158
洋室E　真壁 七海　　　090-4471-3306
洋室F★鮫島 瑛太　　　080-9958-1274（3名1室でよろしいですか）
洋室F　伊集院 大地　　070-6613-7702
洋室F　烏丸 湊斗　　　090-1147-8835
和室G★猪狩 彩花　　　080-5520-4419（エキストラベッド1台追加）

さくらホテル 宿泊予約課 小野寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose room list with phones sits under the hotel's own 差出人/送信日時 quote: recipient already has it",
    },
    {
        "id": "shisetsuyoyaku-069",
        "charset": "iso-2022-jp",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["湯けむり荘 予約係 <yoyaku@yukemuri-ryokan.jp>"],
        "subject": "FW: 2/12 温泉旅行 参加者名簿（緊急連絡先つき）",
        "body": """湯けむり荘 予約係様

お世話になっております。日の出産業の森本です。
宿泊者の緊急連絡先をとのことでしたので、社内で取りまとめた名簿を
そのまま転送いたします。

よろしくお願いいたします。
森本

-------- Forwarded Message --------
差出人: 目黒 葵 <meguro.aoi@hinode-sangyo.co.jp>
日時: 2026年12月21日 17:48
宛先: 森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>
件名: 2/12 温泉旅行 参加者名簿（緊急連絡先つき）

森本さん

品質保証部からの参加者の名簿です。

■能登 啓介　携帯 090-6631-2870　緊急連絡先：能登 由美（妻）045-882-4416
■湊 遥　　　携帯 080-1094-5523　緊急連絡先：湊 康之（父）0466-27-3390
■砂川 創　　携帯 070-8812-0347　緊急連絡先：砂川 里美（母）098-867-2215
■日向 茉莉　携帯 090-2258-7719　緊急連絡先：日向 剛（夫）03-3781-6604
■結城 海斗　携帯 080-4436-9901　緊急連絡先：結城 敏子（母）0263-47-1182
■梶浦 優花　携帯 070-5517-2638　緊急連絡先：梶浦 直人（兄）090-8103-4471
■刈谷 大地　携帯 090-3380-6654　緊急連絡先：刈谷 千代（母）0857-22-5079
■漆原 真央　携帯 080-7749-1126　緊急連絡先：漆原 浩（父）011-861-3352
■柘植 拓海　携帯 070-2213-8860　緊急連絡先：柘植 恵（妻）048-955-2741
■堤 明日香　携帯 090-9926-4318　緊急連絡先：堤 隆（父）0532-61-8870

目黒
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of an internal roster: 10 employees' mobiles and family emergency contacts go to an inn (reason 1)",
    },
    {
        "id": "shisetsuyoyaku-070",
        "charset": "cp932",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["東都観光バス 運行管理 磯貝様 <unkou@toto-kankobus.co.jp>"],
        "subject": "2/18 送迎バス 各号車の添乗スタッフ",
        "body": """東都観光バス
磯貝様

お世話になっております。日の出産業の大槻です。
2月18日の送迎バスについて、各号車に弊社スタッフが1名ずつ添乗します。
乗務員の方との連絡用に、携帯番号をお知らせいたします。

　1号車　桑野 直樹　　０９０－６１２８－４４０７
　2号車　百瀬 ひかり　０８０－３３７６－９０１５
　3号車　九条 航　　　０７０－５５０２－１８６３
　4号車　大庭 凛　　　０９０－２６４９－７７３１

当日の総責任者は私（大槻）です。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four staff with full-width mobile numbers to a bus company: under five people, may warn",
    },
    {
        "id": "shisetsuyoyaku-071",
        "charset": "utf-8",
        "sender": "柳沢 修 <yanagisawa.osamu@hinode-sangyo.co.jp>",
        "to": ["桜台ゴルフ倶楽部 コンペ受付 <compe@sakuradai-gc.co.jp>"],
        "subject": "11/14 日の出産業 取引先親睦コンペ 組合せ表",
        "body": """桜台ゴルフ倶楽部
コンペ受付ご担当者様

お世話になっております。日の出産業の柳沢です。
11月14日（土）の親睦コンペ（4組16名、アウト 8:02スタート〜）の組合せ表をお送りします。
スタート表の作成にお使いください。

組　時刻　氏名（会社名）
1組 8:02　柳沢 修（日の出産業）／佐々木 守（川崎電機）／戸田 浩二（青葉運輸）／鶴田 邦彦（みどり銀行）
2組 8:09　朝比奈 宗一郎（日の出産業）／上野 剛（東北機器）／石黒 和也（中部設備）／浜田 聡（九州電材）
3組 8:16　芦田 浩之（日の出産業）／岡 俊明（北陸トレーディング）／三上 悟（四国電設）／小西 亮（ツバサシステム）
4組 8:23　花房 圭一（日の出産業）／久米 誠（川崎電機）／仲間 博之（青葉運輸）／吉沢 篤（川崎電機）

表彰式は 14:30 からレストラン個室でお願いいたします。
""" + SIG_YANAGISAWA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "16 business guests' names with company only, to a golf club: a list of people or just business contacts with no data?",
    },
    {
        "id": "shisetsuyoyaku-072",
        "charset": "cp932",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["清流研修センター 受付 石塚様 <uketsuke@seiryu-kenshu.jp>"],
        "subject": "合宿中の緊急時対応について（2名分の保険証情報）",
        "body": """清流研修センター
石塚様

お世話になっております。日の出産業の鳥飼です。
緊急時に近隣の病院へ搬送する場合に備えて、とのご依頼をいただいた件、
事前に本人から申し出のあった2名分について、健康保険証の情報をお知らせします。

　氏名：相良 樹　　生年月日：1992年4月17日
　保険者番号：06131527　記号：4213　番号：1087
　氏名：湊 紬　　　生年月日：1997年9月2日
　保険者番号：06131527　記号：4213　番号：2264

本人たちには了解を取っています。合宿終了後は破棄をお願いいたします。
""" + SIG_TORIKAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "health-insurance card symbols and numbers of two employees sent to a training centre (reason 2)",
    },
    {
        "id": "shisetsuyoyaku-073",
        "charset": "utf-8",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["Daniel Kruger <d.kruger@vertexmfg.com>"],
        "subject": "Your Tokyo visit in April - hotel suggestions",
        "body": """Hi Daniel,

Great to hear you can join us for the plant tour on 14 April. Here are a few
hotels close to our head office in Nihonbashi; all of them have airport limousine
bus stops. We are happy to make the booking under our corporate rate if you like.

  * Sakura Hotel Takanawa   - 4-22-7 Takanawa, Minato-ku    +81-3-3447-1100
  * Nihonbashi Riverside Inn - 1-5-3 Nihonbashi-Koamicho     +81-3-3662-4081
  * Hotel Kayabacho Garden  - 2-11-6 Shinkawa, Chuo-ku       +81-3-3551-7720
  * Tokyo Station Gate Hotel - 1-8-2 Yaesu, Chuo-ku          +81-3-3272-0305

Let me know which one you prefer and your arrival flight, and we will arrange a
car from Haneda.

Cheers,
Ken
""" + SIG_NAKAGAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English list of four hotels with switchboard numbers to a foreign partner: businesses only",
    },
    {
        "id": "shisetsuyoyaku-074",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["グランドホール港 技術課 <gijutsu@grandhall-minato.co.jp>"],
        "subject": "ホールA 音響・映像機材の使用予定（CSV）",
        "body": """グランドホール港 技術課 御中

お世話になっております。日の出産業の芦田です。
1月14日のホールAでの使用予定機材を、ご指定のCSV形式でお送りします。
持込機材（イベント会社手配分）は「持込」と記載しています。

よろしくお願いいたします。
芦田
""",
        "attachments": [{
            "kind": "csv", "name": "kizai_hallA_0114.csv", "encoding": "utf-8",
            "rows": [["区分", "機材名", "型番", "数量", "手配"],
                     ["音響", "ワイヤレスマイク（ハンド）", "WM-D1200", "4", "館内"],
                     ["音響", "ピンマイク", "WL-185", "2", "館内"],
                     ["映像", "プロジェクター 12000lm", "PT-RZ120", "2", "館内"],
                     ["映像", "LEDビジョン 6m×3.4m", "-", "1", "持込"],
                     ["照明", "ピンスポット", "-", "2", "館内"],
                     ["配信", "スイッチャー", "ATEM-2ME", "1", "持込"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "UTF-8 CSV of AV equipment and model numbers: product codes, no people",
    },
    {
        "id": "shisetsuyoyaku-075",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター 戸田様 <haisha@aoba-unyu.co.jp>"],
        "subject": "2/12 温泉旅行 配車表の送付",
        "body": """戸田様

お世話になっております。日の出産業の大槻です。
2月12日の配車表をお送りします。ご確認のほどお願いいたします。

大槻
""",
        "attachments": [{"kind": "corrupt", "name": "配車表_0212.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read, and goes to an outside bus company (reason 7)",
    },
    {
        "id": "shisetsuyoyaku-076",
        "charset": "utf-8",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["柳沢 修 <yanagisawa.osamu@hinode-sangyo.co.jp>"],
        "cc": ["大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>"],
        "subject": "FW: 【高原リゾートホテル】法人向け研修プランのご案内",
        "body": """柳沢さん

高原リゾートホテルから来年度の研修プランの案内が届きました。
役員合宿の候補としてよさそうなので転送します。パンフレットはPDFで添付されています。

森本

---------- 転送メッセージ ----------
From: 高原リゾートホテル 法人営業 笹野 <hojin@kogen-resort.jp>
Date: 2026年11月2日(月) 9:15
Subject: 【高原リゾートホテル】法人向け研修プランのご案内
To: <morimoto.saki@hinode-sangyo.co.jp>

日の出産業株式会社 総務部 森本様

平素より格別のお引き立てを賜り、誠にありがとうございます。
2027年度の法人向け研修プラン（会議室・宿泊・3食付き 1名 24,800円〜）を
ご案内申し上げます。詳細は添付のパンフレットをご覧ください。

高原リゾートホテル 法人営業 笹野
TEL 0267-45-8100
""",
        "attachments": [{
            "kind": "pdf", "name": "kogen_kenshu_plan_2027.pdf",
            "lines": ["高原リゾートホテル 2027年度 法人研修プラン",
                      "スタンダード：会議室（終日）＋宿泊＋3食　24,800円／名",
                      "プレミアム：上記＋懇親会フリードリンク　31,500円／名",
                      "会議室：白樺（40名）、からまつ（20名）、分科会室 6室",
                      "お問い合わせ：法人営業 0267-45-8100"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a hotel's brochure; all recipients internal and nothing personal",
    },
    {
        "id": "shisetsuyoyaku-077",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["立山ビューホテル 営業 <sales@tateyama-view-hotel.jp>"],
        "subject": "5月 富山工場 新任者研修 宿泊のお見積り依頼",
        "body": """立山ビューホテル 営業ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の大槻と申します。
弊社富山工場での新任者研修に伴い、宿泊のお見積りをお願いいたします。

　期間：2027年5月10日（月）〜5月21日（金）の平日（11泊）
　人数：シングル 16室（連泊）
　食事：朝食付き、夕食は5/10と5/20のみ宴会場で（16名）
　その他：工場までの送迎（朝 7:40／夕 17:30）の可否

長期連泊のため、法人料金をご検討いただけますと幸いです。
""" + SIG_OTSUKI + """

【個人情報の取扱いについて】
当社は、お取引先様からお預かりした個人情報を、当社の個人情報保護方針に基づき
適切に管理いたします。詳しくは https://www.hinode-sangyo.co.jp/privacy/ をご覧ください。""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation request with a standard 個人情報保護方針 footer: the word only, no personal data",
    },
    {
        "id": "shisetsuyoyaku-078",
        "charset": "iso-2022-jp",
        "sender": "柳沢 修 <yanagisawa.osamu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 三好様 <miyoshi@nishiki-insatsu.co.jp>"],
        "subject": "日の出会 懇親会案内状の宛名印刷・発送のお願い",
        "body": """錦印刷株式会社
三好様

お世話になっております。日の出産業の柳沢です。
OB会（日の出会）の懇親会案内状について、宛名印刷と発送をお願いします。
今回は追加分の7名です（残りは先週お送りした分と同じ扱いでお願いします）。

【1】堀内 茂 様
　〒243-0035 神奈川県厚木市愛甲2-18-4
　TEL 046-228-5517
【2】浅見 和子 様
　〒270-0034 千葉県松戸市新松戸6-91 新松戸ハイツ5-402
　TEL 047-345-2286
【3】金城 達也 様
　〒901-2126 沖縄県浦添市宮城3-12-9
　TEL 098-877-4130
【4】辻本 比呂志 様
　〒176-0022 東京都練馬区向山1-6-21
　TEL 03-3990-7748
【5】鬼塚 幸雄 様
　〒338-0013 埼玉県さいたま市中央区鈴谷4-27-3
　TEL 048-853-6620
【6】瀧本 登美子 様
　〒252-0303 神奈川県相模原市南区相模大野8-2-5-708
　TEL 042-742-3391
【7】大須賀 勝 様
　〒300-0836 茨城県土浦市烏山1-2291-14
　TEL 029-843-0155

発送は11月6日（金）でお願いいたします。
""" + SIG_YANAGISAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven retirees' home addresses and phones, one block each, to a printer (reason 1)",
    },
    {
        "id": "shisetsuyoyaku-079",
        "charset": "utf-8",
        "sender": "今泉 玲奈 <imaizumi.rena@hinode-sangyo.co.jp>",
        "to": ["ミナトベイホテル コンシェルジュ <concierge@minato-bay-hotel.co.jp>"],
        "subject": "12/2 ご到着のお客様（VIP）のお迎えについて",
        "body": """ミナトベイホテル
コンシェルジュご担当者様

いつもお世話になっております。日の出産業 秘書室の今泉です。
12月2日にご宿泊予定の弊社顧問について、お迎えのお願いです。

　お名前：御厨 貞夫 様（弊社顧問）
　ご到着：羽田空港 第1ターミナル JAL 308便 15:35着
　お車　：ハイヤー1台（ホテル手配、弊社請求）
　連絡先：ご本人携帯 090-1583-6627（到着遅延の場合はこちらへ）

お部屋はいつものとおり高層階の禁煙ツインでお願いいたします。
""" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one guest's name, flight and mobile to a hotel concierge: a single person's details, may warn",
    },
    {
        "id": "shisetsuyoyaku-080",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会セールス 小野寺様 <onodera.h@sakura-hotel.jp>"],
        "subject": "1/27 営業研修 会場レイアウトのお願い（スクール形式→島型）",
        "body": """小野寺様

お世話になっております。日の出産業 人事部の鳥飼です。
1月27日の営業研修（会議室「萩」）について、午前と午後でレイアウトを
変更したく、レイアウト図をお送りします。

　午前（9:30〜12:00）：スクール形式 36席
　午後（13:00〜17:00）：島型 6名×6島

お昼休みの1時間で変更いただけますでしょうか。
""" + SIG_TORIKAI,
        "attachments": [{
            "kind": "pdf", "name": "layout_hagi_0127.pdf",
            "lines": ["会議室「萩」 レイアウト図（1/27 営業研修）", "",
                      "午前：スクール形式 3名掛けテーブル × 12本（36席）、前方スクリーン",
                      "午後：島型 6名 × 6島、各島にホワイトボード（キャスター付）",
                      "講師席：前方右手、マイク2本（有線1・無線1）"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "room layout PDF to the partner hotel: seating counts only",
    },
]

# ---------------------------------------------------------------------------- 081-100

_r083 = _people(9, "083", offset=14)
_r094 = _people(8, "094", offset=26)
MESSAGES += [
    {
        "id": "shisetsuyoyaku-081",
        "charset": "cp932",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["楓屋旅館 予約係 村松様 <yoyaku@kaede-ryokan.jp>"],
        "subject": "1/28 ご宿泊：参加者1名についてのお願い（お部屋の配置）",
        "body": """村松様

いつもお世話になっております。日の出産業の鳥飼です。
1月28日のご宿泊について、1点ご相談させてください。

参加者の 烏丸 健太郎（生産管理部）は てんかん の持病があり、服薬で
コントロールできているものの、まれに夜間に発作が出ることがあるそうです。
念のため、同室者を2名にしたうえで、フロントに近い1階のお部屋に
していただくことは可能でしょうか。大浴場は一人で利用しないよう本人に伝えています。

万一の際は、近隣の救急病院への連絡をお願いすることになるかと思います。
ご配慮いただけますと幸いです。
""" + SIG_TORIKAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's epilepsy (medical history) sent to an outside inn (reason 3)",
    },
    {
        "id": "shisetsuyoyaku-082",
        "charset": "utf-8",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["Lotus Journeys Group Desk <groups@lotus-journeys.com>"],
        "subject": "Incentive trip Bangkok - group of 25, June 2027",
        "body": """Dear Group Desk,

We are planning an incentive trip for our top sales staff and would appreciate
a proposal:

  Destination : Bangkok (3 nights) + one day trip to Ayutthaya
  Dates       : 10-13 June 2027 (flexible by one week)
  Group size  : 25 persons (approx. 20 twin-share rooms)
  Hotel       : 5-star, riverside preferred
  Extras      : one gala dinner with private room, English-speaking guide

Budget is about JPY 180,000 per person excluding international flights.
Names and passport details will be provided by our travel agency in Tokyo
after the contract is signed.

""" + SIG_NAKAGAWA,
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Group Desk,</p>
<p>We are planning an incentive trip for our top sales staff and would appreciate a proposal:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Destination</td><td>Bangkok (3 nights) + one day trip to Ayutthaya</td></tr>
<tr><td>Dates</td><td>10-13 June 2027 (flexible by one week)</td></tr>
<tr><td>Group size</td><td>25 persons (approx. 20 twin-share rooms)</td></tr>
<tr><td>Hotel</td><td>5-star, riverside preferred</td></tr>
<tr><td>Extras</td><td>one gala dinner with private room, English-speaking guide</td></tr>
</table>
<p>Budget is about JPY 180,000 per person excluding international flights.
Names and passport details will be provided by our travel agency in Tokyo after the contract is signed.</p>
<p>Best regards,<br>Ken Nakagawa<br>Overseas Business Division, Hinode Sangyo Co., Ltd.</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English text+HTML request for an incentive-trip proposal; group size and budget only",
    },
    {
        "id": "shisetsuyoyaku-083",
        "charset": "utf-8",
        "sender": "桐谷 由香 <kiritani.yuka@hinode-sangyo.co.jp>",
        "to": ["森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>"],
        "subject": "社員旅行 立替精算の振込先確認（社内）",
        "body": """森本さん

経理の桐谷です。
社員旅行で幹事の方々が立て替えた費用（現地のタクシー代・買出し等）について、
振込先の一覧を作りました。給与振込口座と同じ口座で登録しています。
金額に相違がないか確認をお願いします（xls、旧形式です）。

桐谷
""",
        "attachments": [{
            "kind": "xls", "name": "立替精算_社員旅行.xls",
            "sheets": {"立替": [["社員番号", "氏名", "金額", "金融機関", "支店", "種別", "口座番号"]]
                       + [["H{:05d}".format(10230 + i * 97), p[0], [3480, 12600, 5200, 880, 2400, 7350, 15000, 990, 4120][i],
                           ["みどり銀行", "ゆうちょ銀行", "東都信用金庫"][i % 3], ["日本橋支店", "〇一八店", "人形町支店"][i % 3],
                           "普通", "{:07d}".format(1204433 + i * 377119 % 8000000)] for i, p in enumerate(_r083)]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "nine employees' bank accounts for reimbursement, but between accounting and general affairs only",
    },
    {
        "id": "shisetsuyoyaku-084",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 梅宮様 <enkai@sakura-hotel.jp>",
               "北国フーズ ケータリング事業部 塩見様 <shiomi@kitaguni-foods.co.jp>"],
        "cc": ["花火イベント企画 喜多川様 <kitagawa@hanabi-event.co.jp>"],
        "subject": "12/2 懇親会 北海道フェアコーナーの持込と搬入時間の調整",
        "body": """さくらホテル 梅宮様
北国フーズ 塩見様
（CC）花火イベント企画 喜多川様

お世話になっております。日の出産業の芦田です。
12月2日の懇親会で、北国フーズ様の北海道フェアコーナー（海鮮丼・ジンギスカン）を
会場内に設けることになりました。ホテル様には持込のご了承をいただいております。

搬入・設営の時間を以下のとおりご相談させてください。
　・北国フーズ様：15:00〜16:30 搬入（業務用エレベーター使用）
　・花火イベント企画様：14:00〜17:00 ステージ・照明設営
　・ホテル様：16:30〜 テーブルセッティング

動線が重なる時間帯がありますので、各社でご調整いただけますと助かります。
""" + SIG_ASHIDA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three outside organisations (hotel, caterer, event agency) in To/Cc of one mail (reason 4)",
    },
    {
        "id": "shisetsuyoyaku-085",
        "charset": "iso-2022-jp",
        "sender": "仁科 湊斗 <nishina.minato@hinode-sangyo.co.jp>",
        "to": ["総務部 施設予約 <shisetsu@hinode-sangyo.co.jp>"],
        "subject": "会議室予約のお願い（11/5 10F大会議室）",
        "body": """総務部 施設予約ご担当者様

品質保証部の仁科です。
予約システムで10F大会議室が取れなかったため、メールで失礼します。

日時：11月5日（木）13:00〜17:00
人数：24名（取引先3社の品質担当者 9名を含む）
形式：ロの字
備品：プロジェクター、マイク2本、来客用の入館証9枚

来客の受付は14階受付で行う予定です。
難しい場合は、9F会議室AとBをつなげる形でも構いません。

よろしくお願いします。
品質保証部 仁科（内線 3127）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal meeting-room request to the internal facilities mailbox",
    },
    {
        "id": "shisetsuyoyaku-086",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 本店 ホール管理 <hall@midori-ginko.co.jp>"],
        "subject": "みどりホール（12/15）準備要員の入館申請",
        "body": """みどり銀行 本店 ホール管理ご担当者様

お世話になっております。日の出産業の大槻です。
12月15日にお借りしている本店みどりホール（取引先向けセミナー）について、
前日準備で入館する弊社社員3名の入館申請書をお送りします。

準備時間は12月14日（月）17:00〜20:00を予定しております。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "docx", "name": "入館申請書_1214.docx",
            "paragraphs": ["入館申請書", "申請会社：日の出産業株式会社", "入館日時：2026年12月14日 17:00〜20:00",
                           "目的：みどりホール セミナー前日準備（機材搬入・会場設営）"],
            "tables": [[["No", "氏名", "所属", "メールアドレス"],
                        ["1", "大槻 健吾", "総務部", "otsuki.kengo@hinode-sangyo.co.jp"],
                        ["2", "五十嵐 陸", "総務部", "igarashi.riku@hinode-sangyo.co.jp"],
                        ["3", "比嘉 さやか", "営業企画部", "higa.sayaka@hinode-sangyo.co.jp"]]],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX entry request with three staff names and work addresses to the partner bank: under five people",
    },
    {
        "id": "shisetsuyoyaku-087",
        "charset": "iso-2022-jp",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 三好様 <miyoshi@nishiki-insatsu.co.jp>"],
        "subject": "Re: 名札 見本の件",
        "body": """三好様

見本をお送りいただきありがとうございました。
紙質・サイズともにイメージどおりです。下記でお願いいたします。

　品番：NF-9055（ソフトケース・青ストラップ）
　数量：35枚
　単価：180円（税別）→ 合計 6,300円（税別）
　納品：11月27日（金）午前着、総務部 森本宛

請求書は発注番号 PO-2026-1188 を記載のうえ、経理部宛にお送りください。

森本
""" + SIG_MORIMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order confirmation with product code, quantity, price and PO number",
    },
    {
        "id": "shisetsuyoyaku-088",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["東都観光バス 運行管理 磯貝様 <unkou@toto-kankobus.co.jp>"],
        "subject": "Re: Re: 11/7 日帰り研修バス 乗車名簿",
        "body": """磯貝様

ご確認ありがとうございます。
海老名SAでの合流は9:10でお願いします。5名には私から時刻を伝えておきます。

大槻

> 大槻様
> 乗車名簿を受領いたしました。海老名SAの合流時刻を確認させてください。
> 乗務員：佐久間（090-3317-2284）
>
>> No	氏名	携帯	乗車地
>> 1	大庭 樹	090-4401-2233	本社前
>> 2	南雲 ひかり	080-7715-9902	本社前
>> 3	門脇 蒼	070-2266-1047	本社前
>> 4	柘植 美咲	090-8830-5512	本社前
>> 5	刈谷 健太郎	080-1129-6637	海老名SA
>> 6	堤 凛	070-5530-2218	海老名SA
>> 7	能登 優花	090-6648-3091	海老名SA
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "new text is two lines; the boarding list appears only in quoted history the bus company already holds",
    },
    {
        "id": "shisetsuyoyaku-089",
        "charset": "iso-2022-jp",
        "sender": "桐谷 由香 <kiritani.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 経理課 <keiri@sakura-hotel.jp>"],
        "subject": "10/23-24 社員旅行 ご精算内容の確認",
        "body": """さくらホテル 経理課 御中

いつもお世話になっております。日の出産業 経理部の桐谷です。
ご送付いただいた請求書（No. SKR-INV-2610-0773）について、
明細を確認させてください。

　予約番号　：SH-26-10488
　客室　　　：和室 18室、洋室 7室（部屋番号 301〜318、402〜408）
　ご請求額　：2,364,800円（税込）
　内訳のうち「追加飲料 38,500円」は、部屋番号 307・312 の冷蔵庫分と
　理解しておりますが、個人精算の対象ではないでしょうか。

恐れ入りますが、ご確認のうえ修正版のご請求書をお送りください。
お支払期日 11月30日は変わらずと理解しております。
""" + SIG_KIRITANI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice query full of booking, room and invoice numbers: numbers that are not personal data",
    },
    {
        "id": "shisetsuyoyaku-090",
        "charset": "utf-8",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["日本橋トラベル 法人営業部 三ツ井様 <mitsui.k@nihonbashi-travel.co.jp>"],
        "subject": "バンコク報奨旅行 予算枠（ご提案の前提として）",
        "body": """三ツ井様

お世話になっております。中川です。
6月のバンコク報奨旅行について、社内で承認された予算枠をお送りします。
ご提案の前提としてお使いください。

中川
""",
        "attachments": [{
            "kind": "xlsx", "name": "報奨旅行_予算_2027.xlsx",
            "page_header": "部外秘",
            "sheets": {"予算": [["【部外秘】2027年度 営業報奨旅行 予算枠（海外事業部・営業本部）"], [],
                                ["費目", "1名あたり（円）", "人数", "計（円）"],
                                ["航空券（エコノミー）", 95000, 25, 2375000],
                                ["ホテル・食事・観光", 180000, 25, 4500000],
                                ["ガラディナー", 22000, 25, 550000],
                                ["予備費", "", "", 575000],
                                ["合計", "", "", 8000000]],
                        "前提": [["項目", "内容"], ["対象", "2026年度 営業目標達成率 上位25名"],
                                 ["承認", "2026/12/10 経営会議"]]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped 部外秘 in its title row and page header sent to a travel agency (reason 6)",
    },
    {
        "id": "shisetsuyoyaku-091",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["Dr. Aaron Whitfield <aaron.whitfield@outlook.com>"],
        "subject": "Your stay in Tokyo for the leadership workshop (25 Feb)",
        "body": """Dear Dr. Whitfield,

Thank you again for agreeing to speak at our leadership workshop. We have
booked the following for you:

  Hotel    : Sakura Hotel Takanawa, 24-26 February 2027 (2 nights), non-smoking king
  Transfer : a driver will meet you at Haneda Terminal 3 arrivals with a
             "Hinode Sangyo" sign
  Venue    : Fujimi Kogen Training Institute, Nagano (we will travel together by
             limited express from Shinjuku at 08:00 on 25 Feb)

Hotel charges for room and breakfast are covered by us. If you have any dietary
preferences, just let me know and I will pass them on to the venue.

Kind regards,
Mayu Torikai
Human Resources Department, Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-4482
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English logistics mail to one foreign speaker on an outlook.com address; only his own booking",
    },
    {
        "id": "shisetsuyoyaku-092",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業推進部 久米様 <kume.s@kawasaki-denki.co.jp>"],
        "cc": ["川崎電機 営業推進部 吉沢様 <yoshizawa.a@kawasaki-denki.co.jp>"],
        "subject": "【ご案内】2/18 合同展示会 会場・搬入のご案内",
        "body": """川崎電機株式会社 営業推進部
久米様、吉沢様

お世話になっております。日の出産業の芦田です。
合同展示会の会場・搬入のご案内をお送りします。

会場：横浜みなと展示場 第2ホール（横浜市西区みなとみらい7-3-5）
搬入：2/17（水）13:00〜19:00　搬入口B（トラック4t車まで）
開場：2/18（木）10:00〜18:00
ブース：御社 C-01〜C-04（小間割図は先日お送りしたとおり）

駐車証は搬入車両1台につき1枚、当日受付でお渡しします。
""" + SIG_ASHIDA,
        "html": """<html><body>
<p>川崎電機株式会社 営業推進部<br>久米様、吉沢様</p>
<p>お世話になっております。日の出産業の芦田です。<br>合同展示会の会場・搬入のご案内をお送りします。</p>
<dl>
<dt><b>会場</b></dt><dd>横浜みなと展示場 第2ホール（横浜市西区みなとみらい7-3-5）</dd>
<dt><b>搬入</b></dt><dd>2/17（水）13:00〜19:00　搬入口B（トラック4t車まで）</dd>
<dt><b>開場</b></dt><dd>2/18（木）10:00〜18:00</dd>
<dt><b>ブース</b></dt><dd>御社 C-01〜C-04</dd>
</dl>
<p>駐車証は搬入車両1台につき1枚、当日受付でお渡しします。</p>
<p>日の出産業株式会社 営業企画部 芦田 浩之</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text+HTML exhibition logistics to two people of one partner company; venue address is a business",
    },
    {
        "id": "shisetsuyoyaku-093",
        "charset": "utf-8",
        "sender": "鳥飼 真由 <torikai.mayu@hinode-sangyo.co.jp>",
        "to": ["ミライコーチング 研修企画 <kikaku@mirai-coaching.jp>"],
        "subject": "2/25 ワークショップ進行案（スライド）のご確認",
        "body": """ミライコーチング
研修企画ご担当　杉浦様

お世話になっております。日の出産業の鳥飼です。
4社合同研修の2日目ワークショップについて、当社で考えた進行案をスライドにしました。
ファシリテーターの皆様のご意見をいただけますでしょうか。

よろしくお願いいたします。
""" + SIG_TORIKAI,
        "attachments": [{
            "kind": "pptx", "name": "workshop_0226_draft.pptx",
            "slides": [["Day2 ワークショップ 進行案", "9:00-12:00　大研修室", "ファシリテーター：杉浦様、ほか2名"],
                       ["9:00 チェックイン", "前日の振り返りを1人1分", "6名×4グループ"],
                       ["9:30 ケース討議", "「部下の育成と評価」ケース2本", "グループごとに模造紙にまとめ"],
                       ["11:00 発表・講評", "各グループ7分＋講評3分", "講評は各社人事担当"]],
            "page_footer": "日の出産業株式会社 人事部",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX workshop outline to a coaching firm: group sizes and times, no personal records",
    },
    {
        "id": "shisetsuyoyaku-094",
        "charset": "utf-8",
        "sender": "Ken Nakagawa <nakagawa.ken@hinode-sangyo.co.jp>",
        "to": ["営業本部 業務課 <eigyo-gyomu@hinode-sangyo.co.jp>"],
        "subject": "報奨旅行 参加者の旅券情報の取りまとめ（社内）",
        "body": """営業本部 業務課 各位

海外事業部の中川です。
バンコク報奨旅行の参加者のうち、旅券情報の提出が済んだ8名分をまとめました。
旅行会社への提出は、契約締結後に私から専用のアップロード画面で行います。
それまでメール等で社外に出さないよう、お願いします。

氏名　　　　　ローマ字　　　　　　生年月日　　　旅券番号
""" + "\n".join("{}　{}　{}　{}".format(p[0], p[3].replace(".", " ").upper(),
                                         "{}/{:02d}/{:02d}".format(1975 + i * 3, 1 + i, 3 + i * 3),
                                         "T{}{:07d}".format("RZKMHSPN"[i], 2106650 + i * 413327 % 9000000))
                for i, p in enumerate(_r094)) + """

残り17名は2/10締切で回収中です。

中川
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "eight employees' passport numbers and birth dates, sent only to an internal team mailbox",
    },
    {
        "id": "shisetsuyoyaku-095",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業推進部 久米様 <kume.s@kawasaki-denki.co.jp>",
               "さくらホテル 宴会セールス 小野寺様 <onodera.h@sakura-hotel.jp>"],
        "subject": "共催セミナー（3/4）会場打合せの日程調整",
        "body": """川崎電機 久米様
さくらホテル 小野寺様

お世話になっております。日の出産業の芦田です。
3月4日の共催セミナーについて、三者で会場の打合せをさせていただきたく、
ご都合をお伺いします。

候補：
　① 1/19（火）14:00〜15:00
　② 1/20（水）10:00〜11:00
　③ 1/22（金）16:00〜17:00
場所：さくらホテル 2階 宴会セールスサロン

ご都合のよい候補を、全員への返信でお知らせください。
""" + SIG_ASHIDA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To",
    },
    {
        "id": "shisetsuyoyaku-096",
        "charset": "cp932",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["花火イベント企画 喜多川様 <kitagawa@hanabi-event.co.jp>"],
        "subject": "キックオフ表彰パート：登壇者3名の連絡先（社内メール添付）",
        "body": """喜多川様

お世話になっております。芦田です。
表彰パートの登壇者との直前リハーサルの調整をお願いしたく、
社内でやり取りしたメールをそのまま添付します。3名とも了承済みです。

よろしくお願いいたします。
芦田
""",
        "attachments": [{
            "kind": "eml", "name": "表彰登壇者の件.eml",
            "message": {
                "charset": "utf-8",
                "sender": "比嘉 さやか <higa.sayaka@hinode-sangyo.co.jp>",
                "to": ["芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>"],
                "subject": "表彰登壇者の件",
                "body": """芦田さん

表彰の登壇者3名の連絡先です。リハーサル日程の調整にお使いください。

・社長賞　　獅子堂 亘（生産本部）　携帯 090-5537-4029　shishido.wataru@hinode-sangyo.co.jp
・営業大賞　早乙女 美月（営業1部）　携帯 090-8842-0317　saotome.mizuki@hinode-sangyo.co.jp
・新人賞　　黒柳 康平（営業2部）　携帯 070-4281-5506　kuroyanagi.kohei@hinode-sangyo.co.jp

比嘉
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached internal mail with three speakers' mobiles and e-mails to an event agency: three people, may warn",
    },
    {
        "id": "shisetsuyoyaku-097",
        "charset": "cp932",
        "sender": "森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>",
        "to": ["湯けむり荘 女将様 <okami@yukemuri-ryokan.jp>"],
        "subject": "先日の温泉旅行のお礼とアンケート結果のご報告",
        "body": """湯けむり荘
女将様

先日は29名でお世話になり、誠にありがとうございました。
社内アンケート（回答26名）の結果を、ご参考までにお知らせいたします。

　　　　　　　　　　満足　やや満足　普通　やや不満
　お料理　　　　　　　19　　　　6　　 1　　　　0
　お部屋　　　　　　　14　　　　9　　 3　　　　0
　大浴場　　　　　　　21　　　　4　　 1　　　　0
　スタッフの対応　　　23　　　　3　　 0　　　　0

自由記述では「朝食の湯豆腐がおいしかった」「宴会場の冷房が少し強かった」
といった声がありました。来年もぜひお願いしたいと考えております。

取り急ぎお礼まで。
""" + SIG_MORIMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with aggregated survey counts; nobody identifiable",
    },
    {
        "id": "shisetsuyoyaku-098",
        "charset": "iso-2022-jp",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["ひかりレンタカー 日本橋店 <nihonbashi@hikari-rentacar.co.jp>"],
        "subject": "マイクロバス（2/25・26）運転者の免許証情報",
        "body": """ひかりレンタカー 日本橋店
ご担当者様

お世話になっております。日の出産業の大槻です。
2月25日〜26日にお借りするマイクロバス（予約番号 HR-88317）について、
運転者として登録する3名の免許証情報をお送りします。

氏名　　　　生年月日　　　　免許証番号　　　　　有効期限　　　種類
大槻 健吾　　1984年2月9日　　301202458716　　2029年3月9日　　中型（8t限定なし）
五十嵐 陸　　1988年7月23日　　301205517293　　2028年8月23日　　中型
真壁 隼人　　1979年11月4日　　451907730154　　2027年12月4日　　大型

当日は各自、免許証の原本を持参いたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "driving-licence numbers and birth dates of three drivers sent to a car-rental shop (reason 2)",
    },
    {
        "id": "shisetsuyoyaku-099",
        "charset": "utf-8",
        "sender": "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>",
        "to": ["びわ湖レイクサイドホテル 予約センター <yoyaku@biwako-lakeside.co.jp>"],
        "subject": "滋賀工場 技術研修（4月）の客室確保について",
        "body": """びわ湖レイクサイドホテル
予約センター御中

お世話になっております。日の出産業の大槻です。
4月の滋賀工場での技術研修に伴い、下記の客室を確保いただけますでしょうか。

宿泊日　　 シングル　ツイン　備考
4/5（月）　　 12　　　　2　　 講師用にツイン1室含む
4/6（火）　　 14　　　　2
4/7（水）　　 14　　　　2
4/8（木）　　 14　　　　1
4/9（金）　　  0　　　　0　　 チェックアウトのみ

1泊朝食付き、法人料金でお願いします。請求書は一括で総務部宛にお送りください。
（支払条件：月末締め翌月末払い、取引先コード BL-1027）
""" + SIG_OTSUKI + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "grid of nights by room counts plus a supplier code and disclaimer: no people",
    },
    {
        "id": "shisetsuyoyaku-100",
        "charset": "utf-8",
        "sender": "芦田 浩之 <ashida.hiroyuki@hinode-sangyo.co.jp>",
        "to": ["花火イベント企画 企画部 喜多川様 <kitagawa@hanabi-event.co.jp>"],
        "cc": ["森本 早紀 <morimoto.saki@hinode-sangyo.co.jp>"],
        "subject": "キックオフ終了のお礼と請求書について",
        "body": """花火イベント企画
喜多川様

先日のキックオフでは大変お世話になりました。
当日の映像演出は社内でもとても好評で、参加者アンケート（回答 371名）でも
「満足」「やや満足」が合わせて 88％ でした。

ご請求書（No. HE-2701-0042、6,842,000円 税込）は経理部で受領しております。
お支払いは2月末日の予定です。

来期の販売店会議でもまたご相談させてください。
今後ともよろしくお願いいたします。
""" + SIG_ASHIDA + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you with aggregated survey figures and an invoice number; disclaimer only",
    },
]
