"""Blind evaluation corpus — area: hisho (秘書室 / executive secretaries).

役員の日程調整, 会食・来客の手配, 贈答品, 出張手配, 役員の体調による予定変更, 取引先役員とのやり取り.
Every person, address, number, domain outside the brief's list and every event here is
invented. Written blind from bench/blind/BRIEF.md, bench/blind/build.py and SPEC.md only
(no mailguard code, rules or tests were read).
"""

import random

from build import card_number, my_number

SEED = 39001
rng = random.Random(SEED)

D = "hinode-sangyo.co.jp"

# ---------------------------------------------------------------- signatures (own: never labelled)
SIG_SAOTOME = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　秘書室
早乙女　葵（さおとめ　あおい）
〒103-0027 東京都中央区日本橋2-8-14 日の出ビル12F
TEL：03-5201-7730（秘書室直通）　FAX：03-5201-7731
Mail：saotome@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KIRYU = """
--
日の出産業株式会社
秘書室 室長　桐生 美和子
〒103-0027 東京都中央区日本橋2-8-14 日の出ビル
TEL 03-5201-7730 / FAX 03-5201-7731
kiryu@hinode-sangyo.co.jp"""

SIG_MASHIBA = """
**************************************
 日の出産業株式会社 秘書室
 真柴 悠 (Yu Mashiba)
 TEL: 03-5201-7732  FAX: 03-5201-7731
 E-mail: mashiba@hinode-sangyo.co.jp
**************************************"""

SIG_SHOJI = """
------------------------------
日の出産業(株) 秘書室
東海林 春香
内線 1207 / 外線 03-5201-7733
------------------------------"""

SIG_AIMONO = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
秘書室　四十物 千尋（あいもの ちひろ）
〒103-0027 東京都中央区日本橋２－８－１４
ＴＥＬ ０３－５２０１－７７３０
aimono@hinode-sangyo.co.jp"""

SIG_EN = """
Best regards,

Aoi Saotome
Executive Assistant to the President & CEO
Hinode Sangyo Co., Ltd.
2-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7730 | saotome@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information intended solely for the addressee. If you have received it in error,
please notify the sender and delete it. Any unauthorised use is prohibited."""

# ---------------------------------------------------------------- invented people for lists
_SUR = [("鷹司", "takatsukasa"), ("五十嵐", "igarashi"), ("小田桐", "odagiri"), ("芥川", "akutagawa"),
        ("薬師寺", "yakushiji"), ("猪狩", "ikari"), ("宍戸", "shishido"), ("百瀬", "momose"),
        ("有栖川", "arisugawa"), ("真壁", "makabe"), ("栗花落", "tsuyuri"), ("一色", "isshiki"),
        ("結城", "yuki"), ("榊原", "sakakibara"), ("東雲", "shinonome"), ("早瀬", "hayase"),
        ("嵯峨", "saga"), ("氷室", "himuro"), ("卯月", "uzuki"), ("古志", "koshi"),
        ("伊集院", "ijuin"), ("南雲", "nagumo"), ("城ヶ崎", "jogasaki"), ("碓氷", "usui"),
        ("日向", "hyuga"), ("若槻", "wakatsuki"), ("鏑木", "kaburagi"), ("柊", "hiiragi"),
        ("雨宮", "amamiya"), ("朝比奈", "asahina"), ("九重", "kokonoe"), ("渥美", "atsumi"),
        ("穂積", "hozumi"), ("比嘉", "higa"), ("仲宗根", "nakasone"), ("久慈", "kuji"),
        ("羽柴", "hashiba"), ("柘植", "tsuge"), ("御手洗", "mitarai"), ("土御門", "tsuchimikado")]
_GIV = [("宗一", "soichi"), ("清隆", "kiyotaka"), ("康弘", "yasuhiro"), ("雅彦", "masahiko"),
        ("輝夫", "teruo"), ("孝介", "kosuke"), ("博之", "hiroyuki"), ("正臣", "masaomi"),
        ("玲子", "reiko"), ("佳世子", "kayoko"), ("由美", "yumi"), ("智恵", "chie"),
        ("和彦", "kazuhiko"), ("達也", "tatsuya"), ("恭子", "kyoko"), ("昌平", "shohei"),
        ("克己", "katsumi"), ("直樹", "naoki"), ("朋美", "tomomi"), ("英樹", "hideki"),
        ("信雄", "nobuo"), ("美佐", "misa"), ("道子", "michiko"), ("誠司", "seiji"),
        ("弘毅", "koki"), ("紀子", "noriko"), ("泰造", "taizo"), ("洋平", "yohei"),
        ("千景", "chikage"), ("景子", "keiko")]
# (〒 prefix, area, landline area code)
_HOME = [("157-0066", "東京都世田谷区成城", "03"), ("152-0035", "東京都目黒区自由が丘", "03"),
         ("106-0047", "東京都港区南麻布", "03"), ("167-0051", "東京都杉並区荻窪", "03"),
         ("248-0016", "神奈川県鎌倉市長谷", "0467"), ("225-0002", "神奈川県横浜市青葉区美しが丘", "045"),
         ("279-0031", "千葉県浦安市舞浜", "047"), ("330-0061", "埼玉県さいたま市浦和区常盤", "048"),
         ("113-0021", "東京都文京区本駒込", "03"), ("150-0046", "東京都渋谷区松濤", "03"),
         ("249-0007", "神奈川県逗子市新宿", "046"), ("180-0003", "東京都武蔵野市吉祥寺南町", "0422"),
         ("659-0001", "兵庫県芦屋市六麓荘町", "0797"), ("560-0012", "大阪府豊中市上野東", "06"),
         ("466-0825", "愛知県名古屋市昭和区八事本町", "052")]
_COS = ["川崎電機", "青葉運輸", "みどり銀行", "ツバサシステム", "北国フーズ", "錦印刷",
        "東邦化成", "大和ロジテック", "関東精工", "若葉商事", "浜松鋳造", "三陸水産"]
_TITLES = ["代表取締役社長", "代表取締役会長", "専務取締役", "常務取締役", "取締役", "常務執行役員",
           "執行役員", "監査役", "相談役"]

# own executives: the same mobile and home in every message that carries them
EXEC = {
    "大槻 隆之": ("090-2231-6458", "〒157-0066 東京都世田谷区成城6-21-3"),
    "日比野 宗一郎": ("090-3307-1942", "〒248-0016 神奈川県鎌倉市長谷3-8-11"),
    "千賀 一郎": ("080-4417-2290", "〒152-0035 東京都目黒区自由が丘2-14-5"),
    "蓮見 由紀子": ("090-8806-1135", "〒113-0021 東京都文京区本駒込4-2-19"),
    "御子柴 亮": ("070-5129-3340", "〒279-0031 千葉県浦安市舞浜1-9-8"),
    "乙部 正信": ("090-6650-2713", "〒167-0051 東京都杉並区荻窪5-20-1"),
}


def _mobile(fw: bool = False) -> str:
    s = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return _fw(s) if fw else s


def _fw(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _person() -> tuple[str, str]:
    """(kanji name, romaji for an e-mail local part)"""
    (s, sr), (g, gr) = rng.choice(_SUR), rng.choice(_GIV)
    return f"{s} {g}", f"{gr[0]}.{sr}"


def _name() -> str:
    return _person()[0]


def _home() -> tuple[str, str, str]:
    """(〒, address, landline) of an invented home"""
    z, area, ac = rng.choice(_HOME)
    zip_ = f"{z[:4]}{rng.randint(0, 9)}{z[5:]}" if rng.random() < 0.2 else z
    tel_rest = 8 if ac == "03" or ac == "06" else 10 - len(ac)
    digits = "".join(str(rng.randint(0, 9)) for _ in range(tel_rest))
    cut = 4 if tel_rest == 8 else tel_rest - 4
    tel = f"{ac}-{digits[:cut]}-{digits[cut:]}"
    return zip_, f"{area}{rng.randint(1, 8)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}", tel


def _corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


MESSAGES = []
M = MESSAGES.append

# 001 ---------------------------------------------------------------------------------
M({
    "id": "hisho-001", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["根津 さやか <nezu@kawasaki-denki.co.jp>"],
    "cc": ["桐生 美和子 <kiryu@hinode-sangyo.co.jp>"],
    "subject": "【日程ご相談】弊社大槻と貴社 加賀美社長とのご面談の件",
    "body": """川崎電機株式会社
社長室　根津 様

いつも大変お世話になっております。
日の出産業 秘書室の早乙女でございます。

先日、貴社 加賀美社長より弊社大槻へお声がけいただきました
新工場稼働に関するご面談につきまして、日程のご相談をさせてください。

大槻の空いております候補日時は下記のとおりです。

　(1) 11月12日（水）10:00～11:00
　(2) 11月13日（木）15:30～16:30
　(3) 11月18日（火）13:00～14:00

場所は弊社（日本橋本社 12階 役員応接室）を想定しておりますが、
貴社へお伺いすることも可能でございます。
ご都合のよろしい候補をお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_SAOTOME,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "plain scheduling mail to one partner contact; no personal data",
})

# 002 ---------------------------------------------------------------------------------
_rows002 = [("ご来賓", "加賀美 俊彦", "川崎電機 代表取締役社長"),
            ("ご来賓", "瓜生 正臣", "川崎電機 専務取締役"),
            ("ご来賓", "根津 さやか", "川崎電機 社長室"),
            ("当社", "大槻 隆之", "代表取締役社長"),
            ("当社", "千賀 一郎", "専務取締役"),
            ("当社", "蓮見 由紀子", "常務取締役")]
_t002 = "区分　　氏名　　　　　役職　　　　　　　　　　携帯電話\n" + "－" * 34 + "\n"
for kb, nm, tt in _rows002:
    tel = _fw(EXEC[nm][0]) if nm in EXEC else _mobile(fw=True)
    _t002 += f"{kb:　<4}{nm:　<7}{tt:　<13}{tel}\n"
M({
    "id": "hisho-002", "charset": "cp932",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["紅葉亭 ご予約係 <yoyaku@kouyoutei.jp>"],
    "subject": "12月4日（木）ご会食 出席者のご連絡（日の出産業 大槻名義）",
    "body": """紅葉亭
女将様

いつもお世話になっております。日の出産業の早乙女です。
12月4日（木）18時30分より「萩の間」にてご予約をいただいております会食につき、
出席者が確定いたしましたのでご連絡申し上げます。

お車の到着が前後する可能性がございますので、念のため
各出席者の携帯電話番号も併記いたします。遅れる場合などはこちらへお願いいたします。

""" + _t002 + """
お料理は先日ご相談のとおり「冬の会席（特選）」、お飲み物はお任せいたします。
ご精算は請求書払いでお願いいたします。

どうぞよろしくお願いいたします。
""" + SIG_SAOTOME,
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "six named attendees with mobile numbers (full-width, padded columns) to a restaurant: list of people",
})

# 003 ---------------------------------------------------------------------------------
M({
    "id": "hisho-003", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["菅野 理恵 <kanno@midori-ginko.co.jp>"],
    "subject": "Re: 12月度 頭取ご訪問の件（随行者のご連絡）",
    "body": """菅野様

ご連絡ありがとうございます。日の出産業の真柴でございます。
随行の皆様のお名前、承知いたしました。
当日は地下駐車場（B2）に2台分を確保しておりますので、
受付にて「日の出産業 秘書室」とお申し付けください。

引き続きよろしくお願いいたします。
""" + SIG_MASHIBA + """

> 日の出産業株式会社
> 秘書室 真柴様
>
> いつもお世話になっております。みどり銀行秘書室の菅野です。
> 12月9日の頭取訪問につき、随行者は下記の通りです。
> 当日の緊急連絡先として携帯番号も記載いたします。
>
> 頭取　　　　石動 康弘　　090-7781-2304
> 常務執行役員　仙波 佳世子　080-2215-6670
> 営業第一部長　早川 直樹　　090-4402-8815
> 秘書室　　　　菅野 理恵　　080-9931-0457
> 運転手　　　　葛城 昌平　　070-3318-2296
>
> 以上、よろしくお願いいたします。
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the list of five with mobiles is only in the '>' quote of the bank's own mail; new text has no personal data",
})

# 004 ---------------------------------------------------------------------------------
M({
    "id": "hisho-004", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["柳瀬 まどか <yanase@aoba-unyu.co.jp>"],
    "subject": "明日のご面談の日程変更のお願い（日の出産業 千賀）",
    "body": """青葉運輸株式会社
秘書課 柳瀬様

いつも大変お世話になっております。
日の出産業 秘書室の東海林でございます。

明日11月7日（金）14時からお約束をいただいておりました
弊社専務 千賀と貴社 浅野社長とのご面談の件でございます。

誠に申し訳ございませんが、千賀が昨晩より体調を崩しておりまして、
大事を取って明日は終日自宅で休ませていただくこととなりました。
直前のご連絡となり、大変なご迷惑をおかけいたしますこと、深くお詫び申し上げます。

改めまして、下記の日程でご調整いただくことは可能でしょうか。
　・11月12日（水）　午後いずれの時間でも
　・11月14日（金）　10時～12時

浅野社長にもくれぐれもよろしくお伝えくださいませ。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "vague 'feeling unwell' reschedule courtesy, no diagnosis or medical detail: ordinary mail",
})

# 005 ---------------------------------------------------------------------------------
M({
    "id": "hisho-005", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["坂巻 圭 <sakamaki@tsubasa-system.jp>"],
    "subject": "今月の定例会談について（ご報告とお詫び）",
    "body": """ツバサシステム株式会社
経営企画室 坂巻様

平素より大変お世話になっております。日の出産業 秘書室の桐生でございます。

今月20日に予定しておりました弊社大槻と貴社 鴫原社長との定例会談につきまして、
誠に勝手ながら延期とさせていただきたく、ご連絡申し上げます。

坂巻様には率直にお伝えいたしますが、大槻は先週土曜の夜に急性心筋梗塞で倒れ、
現在、築地中央病院の循環器内科に入院しております。カテーテル治療は無事に終わりましたが、
主治医からは少なくとも3週間は安静が必要との診断を受けております。
復帰の目処が立ちましたら、改めてこちらからご連絡させていただきます。

なお、本件はまだ社内でもごく一部の者にしか伝えておりませんので、
鴫原社長お一人のお含みおきにとどめていただけますと幸いです。

ご迷惑をおかけし誠に申し訳ございません。
""" + SIG_KIRYU,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "named executive's diagnosis (acute myocardial infarction), hospital and treatment sent to a partner: medical info of one person",
})

# 006 ---------------------------------------------------------------------------------
M({
    "id": "hisho-006", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "ご宿泊予約のお願い（11/20 日の出産業 千賀）",
    "body": """さくらホテル
宿泊予約ご担当者様

いつもお世話になっております。日の出産業株式会社 秘書室の四十物と申します。
下記のとおりご宿泊の予約をお願いいたします。

　宿泊者　　：千賀 一郎 様（弊社 専務取締役）
　日程　　　：11月20日（木）～21日（金）　1泊
　お部屋　　：エグゼクティブフロア ツイン（シングルユース）・禁煙
　到着予定　：20日 21時頃
　お支払い　：弊社宛て請求書払い（従来どおり）

到着が遅れる場合などは、千賀本人の携帯（080-4417-2290）へ直接ご連絡いただいて
差し支えございません。

お手数ですが、予約確認書をご返信いただけますと幸いです。
""" + SIG_AIMONO,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one guest's name and mobile to a partner hotel: single person's record, may warn",
})

# 007 ---------------------------------------------------------------------------------
M({
    "id": "hisho-007", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["神楽坂 亮介 <kagurazaka@shinonome-travel.co.jp>"],
    "subject": "12月 欧州出張 手配依頼書の送付（大槻・御子柴）",
    "body": """東雲トラベル株式会社
法人営業部 神楽坂様

お世話になっております。日の出産業の真柴です。
12月の欧州出張（ストックホルム・ヨーテボリ）の手配依頼書を添付いたします。
ファイルにはパスワードを設定しておりますので、パスワードは別メールにてお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_MASHIBA,
    "attachments": [{"kind": "zip", "name": "手配依頼書_202512_欧州.zip", "password": "Hn-trip1203",
                     "files": [{"kind": "xlsx", "name": "手配依頼書.xlsx",
                                "sheets": {"行程": [["日付", "区間", "便名", "クラス"],
                                                    ["12/3", "HND-ARN", "SK984", "C"],
                                                    ["12/6", "ARN-GOT", "SK153", "C"],
                                                    ["12/8", "GOT-HND", "AY5/AY73", "C"]]}}]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to a travel agency: contents cannot be inspected",
})

# 008 ---------------------------------------------------------------------------------
M({
    "id": "hisho-008", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["神楽坂 亮介 <kagurazaka@shinonome-travel.co.jp>"],
    "subject": "【パスワード】12月 欧州出張 手配依頼書",
    "body": """神楽坂様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　パスワード：Hn-trip1203

※弊社では来年4月よりパスワード付きZIPでの送付を廃止し、
　共有フォルダ（招待制）でのやり取りに切り替える予定です。
　その際は改めてご案内いたします。

真柴
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the separate password mail: no attachment, no personal data",
})

# 009 ---------------------------------------------------------------------------------
M({
    "id": "hisho-009", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["白川 恭一 先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["根津 さやか <nezu@kawasaki-denki.co.jp>", "大槻 隆之 <otsuki@hinode-sangyo.co.jp>"],
    "subject": "秘密保持契約書 調印式の日程について",
    "body": """白川法律事務所
白川 恭一 先生
（cc：川崎電機株式会社 社長室 根津様）

いつも大変お世話になっております。日の出産業 秘書室の桐生でございます。

弊社と川崎電機様との共同開発に係る秘密保持契約書（NDA）につき、
最終版が双方の法務で合意に至ったと伺っております。
つきましては、両社代表者による調印を下記にて執り行いたく、ご調整をお願いいたします。

　日時：11月27日（木）16:00～16:30
　場所：日の出産業 本社12階 役員会議室
　出席：川崎電機 加賀美社長、弊社 大槻、白川先生（立会い）

契約書原本（2部）は白川先生の事務所にてご準備いただけると伺っております。
ご都合が合わない場合は、お手数ですが代替日をお知らせください。
""" + SIG_KIRYU,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "mail about an NDA signing, two external organisations in To/Cc (normal three-way): no marking, no personal data",
})

# 010 ---------------------------------------------------------------------------------
M({
    "id": "hisho-010", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["根津 さやか <nezu@kawasaki-denki.co.jp>",
           "柳瀬 まどか <yanase@aoba-unyu.co.jp>",
           "菅野 理恵 <kanno@midori-ginko.co.jp>",
           "宇佐美 奈緒 <usami@kitaguni-foods.co.jp>",
           "日高 聡 <hidaka@marukoshi-dept.co.jp>"],
    "subject": "2026年 新年賀詞交歓会のご案内（日の出産業株式会社）",
    "body": """各位

謹啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、弊社では恒例の新年賀詞交歓会を下記のとおり開催いたします。
ご多用中まことに恐縮ではございますが、貴社ご役員様にご臨席賜りたく、
秘書ご担当の皆様へご案内申し上げます。

　　　　　　　　　　　記
　日時　2026年1月8日（木）17:00～19:00
　会場　さくらホテル 3階「桜の間」
　会費　なし（平服にてお越しください）

ご出欠は12月19日（金）までに本メールへのご返信にてお知らせください。
　　　　　　　　　　　　　　　　　　　　　　　　　謹白
""" + SIG_SHOJI,
    "expect": "stop", "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "invitation with five external organisations' secretaries all in To: should have been Bcc",
})

# 011 ---------------------------------------------------------------------------------
M({
    "id": "hisho-011", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["日の出産業 秘書室 <hisho@hinode-sangyo.co.jp>"],
    "bcc": ["nezu@kawasaki-denki.co.jp", "yanase@aoba-unyu.co.jp", "kanno@midori-ginko.co.jp",
            "sakamaki@tsubasa-system.jp", "usami@kitaguni-foods.co.jp", "gomi@nishiki-insatsu.co.jp",
            "hisho@toho-kasei.co.jp", "secretary@yamato-logitech.co.jp"],
    "subject": "年末年始の秘書室業務について（ご案内）",
    "body": """関係各位
（本メールはBCCにて一斉にお送りしております）

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 秘書室でございます。

年末年始の秘書室の業務につきまして、下記のとおりご案内申し上げます。

　休業期間：2025年12月27日（土）～2026年1月4日（日）
　業務開始：2026年1月5日（月）9:00より

休業期間中にいただいたご連絡は、1月5日以降順次ご対応いたします。
お急ぎのご用件は、各担当者の携帯電話までご連絡くださいませ。

本年も大変お世話になりました。来年も何卒よろしくお願い申し上げます。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "holiday notice to eight external secretaries correctly in Bcc (To is internal): no visible recipients",
})

# 012 ---------------------------------------------------------------------------------
_gift_rows = {}
for sheet, n, donor in (("社長名義", 15, "大槻 隆之"), ("会長名義", 10, "日比野 宗一郎")):
    rows = [[f"2025年 お歳暮 送付先リスト（{donor}名義）", "", "", "", "", "", ""],
            ["No", "お届け先氏名", "〒", "ご住所（ご自宅）", "電話番号", "商品コード", "備考"]]
    for i in range(1, n + 1):
        z, a, tel = _home()
        rows.append([i, _name() + " 様", z, a, tel if i % 3 else _mobile(),
                     rng.choice(["MK-2025-0417", "MK-2025-0522", "MK-2025-0619", "MK-2025-0801"]),
                     rng.choice(["", "", "のし：御歳暮", "12/20以降着", "不在がち・宅配ボックス可"])])
    _gift_rows[sheet] = rows
M({
    "id": "hisho-012", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["日高 聡 <hidaka@marukoshi-dept.co.jp>"],
    "subject": "お歳暮 送付先リストの件（日の出産業）",
    "body": """丸越百貨店
外商部 日高様

いつも大変お世話になっております。日の出産業の四十物です。
先日お打ち合わせいたしました本年のお歳暮につきまして、
送付先リストを添付にてお送りいたします（社長名義15件、会長名義10件）。

昨年と同様、すべてご自宅宛てとなりますので、配達日時のご指定がある先は
備考欄をご参照ください。
伝票控えは年内にまとめてご送付いただけますと助かります。

よろしくお願いいたします。
""" + SIG_AIMONO,
    "attachments": [{"kind": "xlsx", "name": "2025お歳暮_送付先リスト.xlsx", "sheets": _gift_rows}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "XLSX (two sheets, title row) of 25 named gift recipients' home addresses and phones to a department store",
})

# 013 ---------------------------------------------------------------------------------
M({
    "id": "hisho-013", "charset": "cp932",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["日高 聡 <hidaka@marukoshi-dept.co.jp>"],
    "subject": "Re: 本年のお歳暮 商品のご提案について",
    "body": """日高様

ご提案資料をお送りいただきありがとうございました。
社内で検討し、本年は以下の商品でお願いすることといたしました。

商品コード　　　品名　　　　　　　　　　　　単価（税込）　数量
-----------------------------------------------------------------
MK-2025-0417　　北海道産 毛蟹姿ゆで 2尾　　　 16,200円　　 9
MK-2025-0522　　特選 松阪牛すき焼き用 600g　 21,600円　　 8
MK-2025-0619　　老舗和菓子詰合せ 24個入　　　  5,940円　　 5
MK-2025-0801　　純米大吟醸 720ml×2本　　　　 11,000円　　 3
-----------------------------------------------------------------
　　　　　　　　　　　　　　　　　　　　　　　　　　合計　 25

送付先リストは別途お送りします。
見積書（No. Q-MK-25-1188）の再発行をお願いできますでしょうか。

四十物
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "product codes, prices, a quotation number: business data only",
})

# 014 ---------------------------------------------------------------------------------
_tr = "\n".join(f"  {co:<10}\t本社 秘書室 御中\t{rng.randint(3000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}\t{st}"
                for co, st in (("川崎電機", "配達完了 7/8"), ("青葉運輸", "配達完了 7/8"),
                               ("みどり銀行", "配達完了 7/9"), ("ツバサシステム", "持戻り（再配達依頼済）"),
                               ("東邦化成", "配達完了 7/9"), ("大和ロジテック", "配達完了 7/10"),
                               ("関東精工", "配達完了 7/10")))
M({
    "id": "hisho-014", "charset": "utf-8",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["北国フーズ ギフト受付 <gift@kitaguni-foods.co.jp>"],
    "subject": "お中元（法人宛て）配送状況の確認",
    "body": f"""北国フーズ株式会社
ギフトセンター ご担当者様

お世話になっております。日の出産業 秘書室の東海林です。
先日ご依頼した法人宛てのお中元（ご注文番号 KF-GFT-2025-00731）について、
追跡番号で配送状況を確認しましたので共有いたします。

  送り先        宛名                伝票番号            状況
{_tr}

ツバサシステム様宛ての1件のみ持戻りとなっておりますので、
再配達の状況をご確認いただけますでしょうか。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "order and tracking numbers for gifts to companies' head offices: a list of businesses, not people",
})

# 015 ---------------------------------------------------------------------------------
M({
    "id": "hisho-015", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["根津 さやか <nezu@kawasaki-denkl.co.jp>"],
    "subject": "Re: 【日程ご相談】弊社大槻と貴社 加賀美社長とのご面談の件",
    "body": """根津様

ご返信ありがとうございます。
それでは 11月13日（木）15:30～16:30、弊社 役員応接室にて確定とさせていただきます。
当日は1階受付にて、秘書室 早乙女をお呼び出しください。

引き続きよろしくお願いいたします。
""" + SIG_SAOTOME + """

-----Original Message-----
From: 根津 さやか
Sent: Thursday, November 6, 2025 10:12 AM
Subject: RE: 【日程ご相談】弊社大槻と貴社 加賀美社長とのご面談の件

早乙女様
ご連絡ありがとうございます。加賀美は(2)の13日15時半からでお願いできればと存じます。
""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "reply addressed to kawasaki-denkl.co.jp (i→l), a look-alike of partner kawasaki-denki.co.jp",
})

# 016 ---------------------------------------------------------------------------------
M({
    "id": "hisho-016", "charset": "utf-8",
    "sender": "Aoi Saotome <saotome@hinode-sangyo.co.jp>",
    "to": ["Ingrid Holm <ingrid.holm@norberg-ind.com>"],
    "subject": "Mr. Otsuki's visit to Gothenburg - proposed programme",
    "body": """Dear Ingrid,

Thank you for your kind message and for coordinating with Mr. Lindqvist's schedule.
Please find below our proposed programme for Mr. Otsuki's visit.

  Sat 6 Dec   arrival at Landvetter (SK153, 11:40), transfer to hotel
  Mon 8 Dec   09:30  factory tour, Norberg Industrial plant
              12:30  working lunch with Mr. Lindqvist and the board
              15:00  signing of the MoU on the joint logistics project
  Tue 9 Dec   departure

Mr. Otsuki will be accompanied by Mr. Mikoshiba (Director, Overseas Business).
Could you let us know whether a Japanese interpreter will be needed on your side,
or whether we should bring our own?

Many thanks again for your help.
""" + SIG_EN + "\n" + DISCLAIMER_EN,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English visit programme to a foreign partner's EA; the confidentiality notice is the standard disclaimer",
})

# 017 ---------------------------------------------------------------------------------
M({
    "id": "hisho-017", "charset": "cp932",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["神楽坂 亮介 <kagurazaka@shinonome-travel.co.jp>"],
    "subject": "航空券発券用 渡航者情報（12月欧州出張）",
    "body": """神楽坂様

お世話になっております。日の出産業の真柴です。
航空券の発券に必要とのことで、渡航者3名の旅券情報をお送りします。

■渡航者１
　氏名　　　：大槻 隆之（OTSUKI TAKAYUKI）
　生年月日　：昭和３６年７月１９日
　旅券番号　：ＴＲ８４７２０６１
　有効期限　：2031年3月14日

■渡航者２
　氏名　　　：御子柴 亮（MIKOSHIBA RYO）
　生年月日　：S47.11.2
　旅券番号　：TZ1938450
　有効期限　：2029年8月30日

■渡航者３（随行）
　氏名　　　：真柴 悠（MASHIBA YU）
　生年月日　：1991/02/27
　旅券番号　：TS5520734
　有効期限　：2033年1月9日

マイレージ番号は前回同様でお願いいたします。
""" + SIG_MASHIBA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], "detectors": ["personal_data"],
    "note": "passport numbers and dates of birth (和暦, full-width) of three travellers to a travel agency",
})

# 018 ---------------------------------------------------------------------------------
M({
    "id": "hisho-018", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["秘書室 <hisho@hinode-sangyo.co.jp>"],
    "subject": "役員 旅券の有効期限一覧（更新確認のお願い）",
    "body": """秘書室各位

来年度の海外出張予定に向けて、役員の旅券有効期限を一覧にしました。
残存期間が1年半を切っている方は、担当秘書から更新のご案内をお願いします。

役員名　　　旅券番号　　　有効期限　　　担当
大槻 隆之　　TR8472061　　2031/03/14　　早乙女
日比野 宗一郎　TM6604187　　2026/09/02　　四十物　★要更新
千賀 一郎　　TK2287315　　2027/01/21　　東海林　★要更新
蓮見 由紀子　TH7745092　　2030/06/30　　東海林
御子柴 亮　　TZ1938450　　2029/08/30　　真柴
乙部 正信（顧問）　TE0913368　　2026/04/11　　四十物　★要更新

（社内限り）
""" + SIG_KIRYU,
    "expect": "pass", "entities": ["PERSON_NAME", "JP_PASSPORT"], "detectors": [],
    "note": "executives' passport numbers, but every recipient is internal",
})

# 019 ---------------------------------------------------------------------------------
_c019 = card_number(SEED + 0)
M({
    "id": "hisho-019", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "ご宿泊代 事前決済のお願い（予約番号 SH-251128-0093）",
    "body": f"""さくらホテル
宿泊予約ご担当者様

お世話になっております。日の出産業 秘書室の早乙女でございます。
11月28日ご宿泊の予約（予約番号 SH-251128-0093）につきまして、
今回は請求書払いではなく、下記カードでの事前決済にてお願いいたします。

　カード名義　：TAKAYUKI OTSUKI
　カード番号　：{_c019[:4]} {_c019[4:8]} {_c019[8:12]} {_c019[12:]}
　有効期限　　：09/28

決済完了後、領収書は弊社宛て（日の出産業株式会社）でお願いいたします。
""" + SIG_SAOTOME,
    "expect": "stop", "entities": ["CREDIT_CARD", "PERSON_NAME"], "detectors": ["personal_data"],
    "note": "full credit card number with holder name and expiry sent to a hotel by mail",
})

# 020 ---------------------------------------------------------------------------------
M({
    "id": "hisho-020", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["ホテルなにわグランド 予約課 <reserve@naniwa-grand.jp>"],
    "subject": "ご予約内容の確認（12/2-3 日の出産業 蓮見）",
    "body": """ホテルなにわグランド
予約課 ご担当者様

お世話になっております。日の出産業の東海林です。
お送りいただいた予約確認書、内容に相違ございません。

　ご予約番号：NG-1202-4471
　ご宿泊　　：12月2日（火）～3日（水）1泊 デラックスダブル
　ご精算　　：当日フロントにて法人カード（末尾4桁 0423）でお支払い

チェックイン時刻が遅くなる場合は、改めて弊社よりご連絡いたします。
よろしくお願いいたします。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "only the last four digits of a card are mentioned; reservation number is business data",
})

# 021 ---------------------------------------------------------------------------------
_sched = [["日付", "大槻 社長", "千賀 専務", "蓮見 常務", "御子柴 取締役"]]
for d in range(1, 13):
    _sched.append([f"12/{d}", rng.choice(["終日 社内", "取締役会", "来客(AM)", "外出", "空き"]),
                   rng.choice(["大阪出張", "空き", "経営会議", "来客(PM)"]),
                   rng.choice(["空き", "監査対応", "会食(夜)", "社内"]),
                   rng.choice(["海外出張", "空き", "来客(AM)", "社内"])])
M({
    "id": "hisho-021", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["根津 さやか <nezu@kawasaki-denki.co.jp>"],
    "subject": "12月の合同会議 日程候補について",
    "body": """根津様

いつもお世話になっております。日の出産業の早乙女です。
12月の合同経営会議の日程調整の件、弊社役員4名の12月前半の予定を
添付にまとめましたので、ご参考になさってください。
「空き」となっている日であれば概ね調整可能でございます。

よろしくお願いいたします。
""" + SIG_SAOTOME,
    "attachments": [{"kind": "pdf", "name": "役員日程表_2025年12月前半.pdf",
                     "page_header": "社外秘　日の出産業株式会社 秘書室",
                     "lines": ["役員日程表（2025年12月 前半）", "作成：秘書室　2025/11/10 現在", ""],
                     "table": _sched}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "attached PDF schedule carries a 社外秘 page stamp and goes to a partner",
})

# 022 ---------------------------------------------------------------------------------
M({
    "id": "hisho-022", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["岩城 智也 <iwaki@sakura-hotel.jp>"],
    "subject": "12/16 取締役会 会場ご利用について（追加のお願い）",
    "body": """さくらホテル
宴会セールス 岩城様

いつもお世話になっております。日の出産業の四十物でございます。
12月16日（火）の「楓の間」ご利用につき、追加でお願いがございます。

１．プロジェクターとスクリーンは不要となりました。
２．当日使用する取締役会資料は社内規程上「社外秘」扱いのため、
　　印刷・配付はすべて弊社にて行い、終了後に回収いたします。
　　貴ホテルでのコピー等のご対応は不要でございます。
３．休憩時のコーヒーは14:30にお願いいたします。

お手数をおかけしますが、何卒よろしくお願いいたします。
""" + SIG_AIMONO,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mentions that board papers are 社外秘 (and are not being sent): a mention, not a marking",
})

# 023 ---------------------------------------------------------------------------------
M({
    "id": "hisho-023", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["大槻 隆之 <t.otsuki.1961@gmail.com>"],
    "subject": "週末のご予定の確認（11/15・16）",
    "body": """社長

お休みのところ失礼いたします。秘書室の早乙女です。
ご指示のありました週末のご予定を、念のためこちらのアドレスにもお送りします。

　11/15（土）7:10　ご自宅へお迎え（ハイヤー）
　　　　　　 8:30　スタート　霞ヶ浦カントリー倶楽部（青葉運輸 浅野社長ほか）
　11/16（日）18:00　北国フーズ 宇佐美会長ご夫妻と会食（銀座「紅葉亭」）

月曜は9時から経営会議でございます。
何かございましたら携帯までご連絡ください。

早乙女
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "schedule sent to the president's own private Gmail: one free-mail recipient, no personal data",
})

# 024 ---------------------------------------------------------------------------------
M({
    "id": "hisho-024", "charset": "utf-8",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["リストランテ・ソーレ銀座 <reservation@sole-ginza.jp>"],
    "subject": "11/21 ご会食のお料理について（日の出産業 蓮見）",
    "body": """リストランテ・ソーレ銀座
ご予約ご担当者様

お世話になっております。日の出産業株式会社の東海林です。
11月21日（金）19時より4名でご予約しております会食について、ご相談です。

当日のお客様のうち、マレーシアのセランゴール・パームテック社の
アフマド・ラーマン会長はイスラム教を信仰されており、
豚肉・アルコール（調理用のワイン・みりん等を含む）を一切口にされません。
ハラール認証食材でのご対応が可能かどうか、ご教示いただけますでしょうか。

他の3名（弊社常務 蓮見ほか）は通常のコースで結構です。
""" + SIG_SHOJI,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named guest's religion (Islam) disclosed to a restaurant: 要配慮個人情報 of one person",
})

# 025 ---------------------------------------------------------------------------------
M({
    "id": "hisho-025", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["紅葉亭 ご予約係 <yoyaku@kouyoutei.jp>"],
    "subject": "11/16 ご会食（日の出産業 大槻名義）お料理のお願い",
    "body": """紅葉亭 女将様

いつもお世話になっております。日の出産業の早乙女です。
11月16日（日）18時よりの4名様のご会食につき、お料理のお願いでございます。

ご来賓の北国フーズ 宇佐美会長は、そばと甲殻類（えび・かに）のアレルギーを
お持ちでいらっしゃいます。お出汁や調味料も含めてお避けいただけますでしょうか。
奥様と弊社側2名は通常の会席で結構です。

何卒よろしくお願い申し上げます。
""" + SIG_SAOTOME,
    "expect": "either", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a named guest's food allergy told to the restaurant: health-related, but routine and needed; judgement call",
})

# 026 ---------------------------------------------------------------------------------
M({
    "id": "hisho-026", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["割烹 しの田 <info@kappo-shinoda.jp>"],
    "subject": "ご予約のお願い 12月10日（水）4名",
    "body": """割烹 しの田 御中

はじめてご連絡いたします。日の出産業株式会社 秘書室の真柴と申します。
下記のとおりご予約をお願いできますでしょうか。

　日時　：12月10日（水）18:30～
　人数　：4名（個室希望）
　ご出席：ツバサシステム 鴫原社長、同 坂巻室長
　　　　　弊社 取締役 御子柴、秘書室 真柴
　ご予算：お一人様 25,000円程度（お飲み物別）
　ご精算：請求書払いを希望いたします

空き状況をお知らせいただけますと幸いです。
""" + SIG_MASHIBA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "restaurant booking naming four attendees with no other data about them",
})

# 027 ---------------------------------------------------------------------------------
_v027 = [("瓜生 正臣", "専務取締役"), ("根岸 弘毅", "常務取締役"), ("百目鬼 智恵", "経営企画部長"),
         ("粟野 誠司", "技術本部長"), ("井筒 和彦", "購買部長"), ("薬袋 朋美", "社長室"),
         ("栃尾 達也", "技術本部 課長")]
_l027 = "\n".join(f"{i}. {n}（{t}）  携帯：{_mobile()}  Mail：{e}@kawasaki-denki.co.jp"
                  for i, ((n, t), e) in enumerate(zip(_v027, ["uryu", "negishi", "domeki", "awano", "izutsu", "minai", "tochio"]), 1))
M({
    "id": "hisho-027", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["日本橋ハイヤー 配車センター <haisha@nihonbashi-hire.co.jp>"],
    "subject": "FW: 【川崎電機】11/19 ご来社者リスト",
    "body": """日本橋ハイヤー 配車センター御中

いつもお世話になっております。日の出産業の東海林です。
11月19日、川崎電機様ご一行の東京駅～弊社間の送迎（2台）をお願いいたします。
ご来社者の方々の情報は、先方からいただいた下記メールをご参照ください。
東京駅丸の内南口に13:20着予定とのことです。

よろしくお願いいたします。
東海林

-------- 転送メッセージ --------
差出人: 根津 さやか <nezu@kawasaki-denki.co.jp>
件名: 【川崎電機】11/19 ご来社者リスト

日の出産業 東海林様
19日のご来社者は以下7名です。当日の連絡は各携帯へお願いいたします。
""" + _l027 + "\n",
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "forward of a partner's list of seven visitors with mobiles and e-mails to a hire-car company: forwarded text counts",
})

# 028 ---------------------------------------------------------------------------------
M({
    "id": "hisho-028", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["日本橋ハイヤー 配車センター <haisha@nihonbashi-hire.co.jp>"],
    "subject": "配車のお願い 11/15（土）早朝 大槻様",
    "body": """日本橋ハイヤー
配車センター ご担当者様

いつもありがとうございます。日の出産業の早乙女です。
下記のとおり配車をお願いいたします。

　ご利用者：大槻 隆之 様
　日時　　：11月15日（土）7:10 お迎え
　お迎え先：ご自宅　東京都世田谷区成城6-21-3
　行き先　：霞ヶ浦カントリー倶楽部（茨城県）
　車種　　：いつものアルファード、ゴルフバッグ1つ
　ご本人連絡先：090-2231-6458

帰路は現地からご本人が直接ご連絡されます。
""" + SIG_SAOTOME,
    "expect": "pass", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one executive's home address and mobile for a pick-up: a single person's record, may warn",
})

# 029 ---------------------------------------------------------------------------------
_r029 = [["車両", "迎車時刻", "役員コード", "迎車先（自宅）", "連絡先（携帯）", "行き先"]]
for i, (code, (tel, home)) in enumerate(zip(["EX-01", "EX-02", "EX-03", "EX-04", "EX-05", "AD-01"], EXEC.values())):
    _r029.append([f"{(i // 2) + 1}号車", f"6:{30 + i * 5:02d}", code, home, tel, "軽井沢 研修所"])
M({
    "id": "hisho-029", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["日本橋ハイヤー 配車センター <haisha@nihonbashi-hire.co.jp>"],
    "subject": "役員合宿（11/29）送迎の配車表",
    "body": """配車センター御中

お世話になっております。日の出産業 秘書室の四十物です。
11月29日（土）の役員合宿の送迎について、配車表をCSVでお送りします。
お迎え先はすべてご自宅です。当日の連絡は各携帯へお願いいたします。

ご不明点があればご連絡ください。
""" + SIG_AIMONO,
    "attachments": [{"kind": "csv", "name": "haisha_20251129.csv", "encoding": "cp932", "rows": _r029}],
    "expect": "stop", "entities": ["JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "CSV of six executives' home addresses and mobiles keyed by code, no name column: still a list of people",
})

# 030 ---------------------------------------------------------------------------------
M({
    "id": "hisho-030", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["花清 法人受付 <houjin@hanasei-flower.jp>"],
    "subject": "供花のお願い（青葉運輸 元会長 ご葬儀）",
    "body": """花清 法人受付ご担当者様

いつもお世話になっております。日の出産業 秘書室の桐生でございます。
急ぎのご依頼で恐縮ですが、供花の手配をお願いいたします。

　故人　　：青葉運輸株式会社 元代表取締役会長 浅野 宗太郎 様
　喪主　　：浅野 弘毅 様（青葉運輸 代表取締役社長）
　通夜　　：11月11日（火）18:00～
　告別式　：11月12日（水）11:00～
　式場　　：やすらぎ会館 品川（東京都品川区東品川3-5-8　TEL 03-3471-0081）
　名札　　：日の出産業株式会社 代表取締役社長 大槻隆之
　ご予算　：20,000円（生花 一基）

弔電は別途NTTにて手配済みでございます。
ご請求は通常どおり弊社宛てでお願いいたします。
""" + SIG_KIRYU,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "funeral flowers: names of the deceased and chief mourner with a funeral hall's business address; no personal data",
})

# 031 ---------------------------------------------------------------------------------
M({
    "id": "hisho-031", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["花清 法人受付 <houjin@hanasei-flower.jp>"],
    "subject": "お見舞いのお花の手配について",
    "body": """花清 法人受付ご担当者様

お世話になっております。日の出産業の東海林です。
お見舞いのアレンジメントをお願いしたくご連絡いたしました。

お届け先は、北国フーズ株式会社の宇佐美 恒夫 会長です。
先月、膵臓がんの手術を受けられ、現在は国立がん研究センター中央病院の
12階東病棟（1207号室）で療養中でいらっしゃいます。
抗がん剤治療中で香りの強い花は控えるよう言われているとのことですので、
香りの少ないお花、鉢植えではなくアレンジメントでお願いいたします。

お届け日：11月14日（金）午後
ご予算　：15,000円
立札　　：日の出産業株式会社 代表取締役社長 大槻隆之

よろしくお願いいたします。
""" + SIG_SHOJI,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a partner chairman's cancer diagnosis, surgery, ward and treatment told to a florist: medical info of one named person",
})

# 032 ---------------------------------------------------------------------------------
M({
    "id": "hisho-032", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["坂巻 圭 <sakamaki@tsubasa-system.jp>"],
    "subject": "来週の打合せの延期について（弊社 御子柴）",
    "body": """坂巻様

いつもお世話になっております。日の出産業の真柴でございます。

来週11月18日に予定しておりました、システム刷新に関する打合せの件です。
誠に恐れ入りますが、弊社取締役の御子柴が来週月曜より1週間ほど
検査入院することとなりましたため、延期させていただけますでしょうか。

12月第1週以降で、改めて候補日をお送りいたします。
ご迷惑をおかけし申し訳ございません。
""" + SIG_MASHIBA,
    "expect": "either", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "says a named director will be hospitalised for tests, no diagnosis: health-related but thin; judgement call",
})

# 033 ---------------------------------------------------------------------------------
M({
    "id": "hisho-033", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["早乙女 葵 <saotome@hinode-sangyo.co.jp>", "産業医室 <sangyoui@hinode-sangyo.co.jp>"],
    "subject": "社長 健康診断結果を受けた今後の日程調整について",
    "body": """早乙女さん
産業医室 各位

社長の人間ドックの結果が戻ってきました。
HbA1c 7.4 で糖尿病の治療開始を勧められており、あわせて
脂質異常症の再検査（12月上旬）の指示が出ています。

早乙女さんは、12月の会食を週2回までに抑えるよう日程の調整をお願いします。
産業医室には、再検査の予約を社長の日程と合わせて入れていただけますか。

桐生
""",
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "the president's health check results, but only to internal recipients",
})

# 034 ---------------------------------------------------------------------------------
_r034 = [["2026年1月 役員人間ドック 受診者一覧", "", "", "", "", "", ""],
         ["受診者氏名", "生年月日", "保険者番号", "被保険者証 記号・番号", "携帯", "既往歴・服薬", "希望オプション"]]
_ex034 = [("大槻 隆之", "S36.7.19", "高血圧（降圧剤服用中）", "脳ドック"),
          ("日比野 宗一郎", "S24.2.8", "心房細動・ワーファリン服用", "心臓ドック"),
          ("千賀 一郎", "S38.10.30", "なし", "胃カメラ"),
          ("蓮見 由紀子", "S42.5.5", "乳がん術後（2019年）", "乳腺エコー"),
          ("御子柴 亮", "S47.11.2", "痛風", "大腸内視鏡"),
          ("乙部 正信", "S21.12.24", "前立腺肥大", "PSA")]
for n, dob, hist, opt in _ex034:
    _r034.append([n, dob, "06139847", f"日の出 {rng.randint(10, 99)}・{rng.randint(100, 999)}", EXEC[n][0], hist, opt])
M({
    "id": "hisho-034", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["丸の内メディカルクリニック 健診予約 <kenshin@marunouchi-mc.or.jp>"],
    "subject": "役員人間ドック（1月）受診者一覧の送付",
    "body": """丸の内メディカルクリニック
健診予約センター ご担当者様

お世話になっております。日の出産業株式会社 秘書室の四十物です。
1月の役員人間ドックの受診者一覧をお送りします。
問診の参考に既往歴と服薬状況も記載しております。
受診日の割り振りが決まりましたらご連絡ください。
""" + SIG_AIMONO,
    "attachments": [{"kind": "xlsx", "name": "役員ドック受診者_202601.xlsx", "sheets": {"受診者": _r034}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six executives with DOB, health insurance card numbers, mobiles and medical history to a clinic",
})

# 035 ---------------------------------------------------------------------------------
M({
    "id": "hisho-035", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["丸の内メディカルクリニック 健診予約 <kenshin@marunouchi-mc.or.jp>"],
    "subject": "人間ドック 予約日変更のお願い（千賀様）",
    "body": """健診予約センター ご担当者様

お世話になっております。日の出産業の四十物です。
下記の受診者について、予約日の変更をお願いできますでしょうか。

　受診者　：千賀 一郎 様
　生年月日：1963年10月30日
　現予約　：1月14日（水）8:30 日帰りドック
　変更希望：1月21日（水）または 1月28日（水）の午前
　連絡先　：080-4417-2290（ご本人携帯）

出張予定が入ったための変更でございます。
お手数をおかけしますがよろしくお願いいたします。
""" + SIG_AIMONO,
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one person's booking change with DOB and mobile, no results or history: single record, may warn",
})

# 036 ---------------------------------------------------------------------------------
M({
    "id": "hisho-036", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["岩城 智也 <iwaki@sakura-hotel.co.jp>"],
    "subject": "賀詞交歓会（1/8）お見積りのご依頼",
    "body": """さくらホテル
宴会セールス 岩城様

いつもお世話になっております。日の出産業 秘書室の早乙女でございます。
来年1月8日（木）の新年賀詞交歓会につき、お見積りをお願いいたします。

　会場　：桜の間（立食）
　人数　：約180名
　時間　：17:00～19:00（設営 15:00～）
　料理　：お一人様 12,000円程度、フリードリンク付き
　その他：受付テーブル2台、マイク2本、演台

年内に社内稟議を回したく、12月5日頃までにいただけますと幸いです。
""" + SIG_SAOTOME,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain sakura-hotel.co.jp is a look-alike of partner sakura-hotel.jp (co. added)",
})

# 037 ---------------------------------------------------------------------------------
M({
    "id": "hisho-037", "charset": "utf-8",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["岩城 智也 <iwaki@sakura-hotel.jp>"],
    "subject": "Re: 賀詞交歓会 会場のご提案",
    "body": """岩城様

ご提案ありがとうございます。
いただいた3案を社内で比較しました。

会場        収容(立食)   室料        料理単価     備考
--------------------------------------------------------------
桜の間       220名       385,000円   12,000円     昨年同様
楓の間       150名       264,000円   12,000円     やや手狭
鳳凰の間     400名       660,000円   13,200円     分割不可
--------------------------------------------------------------

本年も「桜の間」でお願いしたいと考えております。
仮押さえをお願いできますでしょうか。
""" + SIG_SAOTOME + "\n" + DISCLAIMER_JA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "banquet room price comparison to the correct partner domain, Japanese disclaimer",
})

# 038 ---------------------------------------------------------------------------------
_seats = [["卓", "席", "会社名", "役職", "氏名"]]
for t, members in enumerate([
        [("川崎電機", "代表取締役社長", "加賀美 俊彦"), ("日の出産業", "代表取締役社長", "大槻 隆之"),
         ("みどり銀行", "頭取", "石動 康弘"), ("青葉運輸", "代表取締役社長", "浅野 弘毅")],
        [("ツバサシステム", "代表取締役", "鴫原 信雄"), ("日の出産業", "専務取締役", "千賀 一郎"),
         ("北国フーズ", "代表取締役会長", "宇佐美 恒夫"), ("錦印刷", "代表取締役", "錦織 泰造")],
        [("白川法律事務所", "代表弁護士", "白川 恭一"), ("日の出産業", "常務取締役", "蓮見 由紀子"),
         ("東邦化成", "取締役", "穂積 英樹"), ("大和ロジテック", "常務執行役員", "渥美 克己")]], 1):
    for s, (co, ti, nm) in enumerate(members, 1):
        _seats.append([f"{t}卓", str(s), co, ti, nm])
M({
    "id": "hisho-038", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["岩城 智也 <iwaki@sakura-hotel.jp>"],
    "subject": "創立70周年記念昼食会 席次表（最終版）",
    "body": """岩城様

お世話になっております。日の出産業の四十物です。
11月25日の創立70周年記念昼食会の席次表（最終版）を添付いたします。
名札・席札の作成をお願いいたします。肩書きの表記もこのとおりでお願いします。
""" + SIG_AIMONO,
    "attachments": [{"kind": "docx", "name": "席次表_70周年昼食会_最終.docx",
                     "paragraphs": ["創立70周年記念昼食会　席次表", "2025年11月25日（火）12:00　さくらホテル 楓の間"],
                     "tables": [_seats]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "seating chart: names with company and title only, no contact or other personal data",
})

# 039 ---------------------------------------------------------------------------------
M({
    "id": "hisho-039", "charset": "cp932",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["軽井沢レイクサイドホテル 予約 <booking@karuizawa-lakeside.jp>"],
    "subject": "11/29-30 ご宿泊者名簿（日の出産業）",
    "body": """軽井沢レイクサイドホテル
ご予約係 様

お世話になっております。日の出産業株式会社の真柴です。
11月29日（土）から1泊でご予約の4室につき、ご宿泊者をお知らせいたします。

部屋タイプ　　　ご宿泊者　　　　　緊急連絡先
スイート　　　　大槻 隆之　　　　090-2231-6458
デラックス　　　千賀 一郎　　　　080-4417-2290
デラックス　　　蓮見 由紀子　　　090-8806-1135
デラックス　　　御子柴 亮　　　　070-5129-3340

残り1名（随行の真柴）は研修所に宿泊いたします。
夕食は研修所にて取りますので、朝食のみお願いいたします。
""" + SIG_MASHIBA,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "rooming list of four guests with mobiles: one to four records, may warn but must go",
})

# 040 ---------------------------------------------------------------------------------
M({
    "id": "hisho-040", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["神楽坂 亮介 <kagurazaka@shinonome-travel.co.jp>"],
    "subject": "大阪出張（12/2-3）宿泊先の空室確認のお願い",
    "body": """神楽坂様

お世話になっております。日の出産業の東海林です。
12月2日（火）に常務の蓮見が大阪へ出張いたします。
下記いずれかのホテルで、1泊の空室状況をご確認いただけますでしょうか。

　・ホテルなにわグランド　　大阪市北区梅田3-1-1　　　 TEL 06-6344-1100
　・リーガル中之島ホテル　　大阪市北区中之島5-3-68　　TEL 06-6448-1121
　・ホテル堂島テラス　　　　大阪市北区堂島浜2-2-8　　 TEL 06-6341-3030
　・心斎橋パークサイドイン　大阪市中央区心斎橋筋1-7-3 TEL 06-6252-2200
　・天満橋リバーホテル　　　大阪市中央区天満橋京町1-1 TEL 06-6942-7711

第一希望はなにわグランドです。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of five hotels with addresses and switchboards: businesses, not people",
})

# 041 ---------------------------------------------------------------------------------
_mn041 = my_number(SEED + 0)
M({
    "id": "hisho-041", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["あすなろ税理士法人 小鳥遊 <takanashi@asunaro-tax.jp>"],
    "subject": "社外取締役 報酬支払に係る個人番号の件",
    "body": f"""あすなろ税理士法人
小鳥遊 先生

いつもお世話になっております。日の出産業 秘書室の桐生でございます。
先日ご依頼のありました、社外取締役 鷲尾様の支払調書作成に必要な情報をお送りいたします。

　氏名　　：鷲尾 恵美（わしお えみ）
　生年月日：1968年4月2日
　住所　　：〒180-0004 東京都武蔵野市吉祥寺本町2-14-9-503
　個人番号：{_mn041[:4]} {_mn041[4:8]} {_mn041[8:]}

本人確認書類の写しは、後日書留にてお送りいたします。
よろしくお願い申し上げます。
""" + SIG_KIRYU,
    "expect": "stop", "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an outside director's My Number with DOB and home address sent to an external tax firm",
})

# 042 ---------------------------------------------------------------------------------
M({
    "id": "hisho-042", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["鷲尾 恵美 先生 <washio@econ.toto-u.ac.jp>"],
    "subject": "マイナンバー（個人番号）ご提出のお願い",
    "body": """鷲尾先生

いつも大変お世話になっております。日の出産業 秘書室の桐生でございます。

社外取締役報酬の支払調書作成のため、マイナンバー（個人番号）のご提出を
お願いしたくご連絡いたしました。
恐れ入りますが、番号はメールには記載なさらず、同封の専用封筒にて
マイナンバーカードの写し（表・裏）をご郵送いただけますでしょうか。

お預かりした個人番号は法令で定められた事務以外には使用いたしません。
ご不明な点がございましたら、秘書室までお問い合わせください。
""" + SIG_KIRYU,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "asks for a My Number by post and contains no number: mention only",
})

# 043 ---------------------------------------------------------------------------------
M({
    "id": "hisho-043", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["hibino.soichiro@gmail.com", "t.kurimoto.golf@gmail.com",
           "yasuko.ibuki55@gmail.com", "m.amagasa1949@gmail.com"],
    "subject": "日比野会長主催 囲碁の会（12月）のご案内",
    "body": """皆様

いつもお世話になっております。日の出産業 秘書室の東海林でございます。
日比野会長より、恒例の囲碁の会のご案内を申しつかりましたのでお送りいたします。

　日時：12月13日（土）13:00～17:00（終了後、懇親会）
　場所：日本棋院 市ヶ谷本院 2階 特別対局室
　会費：5,000円（当日集金）

ご出欠を12月5日までに本メールへご返信くださいませ。
栗本様・伊吹様・天笠様には、昨年に引き続きご参加いただけますと会長も喜びます。
""",
    "expect": "stop", "entities": [], "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "four private persons on Gmail all in To: each is a party, they can see each other; should have been Bcc",
})

# 044 ---------------------------------------------------------------------------------
M({
    "id": "hisho-044", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["乙部 正信 <otobe_masanobu@yahoo.co.jp>"],
    "subject": "12月の顧問会議の日程について",
    "body": """乙部顧問

いつもお世話になっております。秘書室の四十物でございます。
12月の顧問会議は、12月17日（水）14時より本社12階にて開催いたします。
当日は13時30分に、いつものハイヤーがご自宅までお迎えにあがります。

資料は当日、会議室にてお渡しいたします。
ご都合が悪いようでしたら、お知らせくださいませ。

四十物
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "meeting notice to the adviser's private Yahoo address: one free-mail recipient",
})

# 045 ---------------------------------------------------------------------------------
M({
    "id": "hisho-045", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["白川 恭一 先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "【取扱注意】役員人事（内定）に伴うご相談日程",
    "body": """【取扱注意】
本メールの内容は、取締役会決議前の役員人事に関するものです。

白川先生

いつもお世話になっております。日の出産業 秘書室の桐生です。
来年6月の定時株主総会に向けた役員体制の変更について、
大槻より先生にご相談したいとのことで、日程のご相談です。

　候補：11月20日（木）16時／11月21日（金）10時／11月25日（火）17時
　ご相談内容：代表取締役の異動および新任取締役2名の選任手続、退任慰労金の扱い

先生の事務所へお伺いいたします。ご都合をお知らせください。
""" + SIG_KIRYU,
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "mail classified 【取扱注意】 in subject and body, sent to an external law firm",
})

# 046 ---------------------------------------------------------------------------------
M({
    "id": "hisho-046", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["宇佐美 奈緒 <usami@kitaguni-foods.co.jp>"],
    "subject": "札幌ご訪問（12/11）の行程について",
    "body": """北国フーズ株式会社
会長室 宇佐美様

お世話になっております。日の出産業の真柴です。
12月11日の弊社御子柴の札幌ご訪問につき、行程をお送りいたします。

　09:30 羽田発（JAL503）→ 11:05 新千歳着
　12:30 貴社本社ご到着、工場ご見学
　14:00～15:30 ご面談（宇佐美社長）
　17:00 新千歳発（JAL520）

空港からは弊社でタクシーを手配いたしますので、お迎えはご放念ください。
よろしくお願いいたします。
""" + SIG_MASHIBA + "\n" + DISCLAIMER_JA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary itinerary to a partner; the only 機密 word is in the standard disclaimer",
})

# 047 ---------------------------------------------------------------------------------
M({
    "id": "hisho-047", "charset": "utf-8",
    "sender": "Aoi Saotome <saotome@hinode-sangyo.co.jp>",
    "to": ["Ingrid Holm <ingrid.holm@norberg-ind.com>"],
    "subject": "Final itinerary - Mr. Otsuki (protected PDF)",
    "body": """Dear Ingrid,

Please find attached the final itinerary for Mr. Otsuki's visit.
In line with our company policy, the PDF is password-protected.
I will send you the password by text message.

Do let me know if anything needs to be changed.
""" + SIG_EN,
    "attachments": [{"kind": "pdf", "name": "Itinerary_Otsuki_Dec2025.pdf", "password": "Gbg-0812",
                     "lines": ["Itinerary: Mr. Takayuki Otsuki", "6 Dec  arrive GOT SK153",
                               "8 Dec  Norberg Industrial", "9 Dec  depart"]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "encrypted PDF to a foreign partner: cannot be inspected",
})

# 048 ---------------------------------------------------------------------------------
M({
    "id": "hisho-048", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["坂巻 圭 <sakamaki@tsubasa-system.jp>"],
    "subject": "定例会談 候補日一覧（1月分）",
    "body": """坂巻様

お世話になっております。日の出産業の早乙女です。
1月の定例会談の候補日を一覧にいたしましたので添付いたします。
ご確認のうえ、○をつけてご返送いただけますと幸いです。
""" + SIG_SAOTOME,
    "attachments": [{"kind": "corrupt", "name": "定例会談_候補日_202601.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
})

# 049 ---------------------------------------------------------------------------------
M({
    "id": "hisho-049", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["宇佐美 奈緒 <usami@kitaguni-foods.co.jp>"],
    "subject": "12/11 ご面談資料（次第・会場案内）",
    "body": """宇佐美様

お世話になっております。日の出産業の真柴です。
12月11日のご面談の次第と、弊社側出席者の一覧をZIPにまとめてお送りします。
（パスワードはかけておりません）

ご確認のほどよろしくお願いいたします。
""" + SIG_MASHIBA,
    "attachments": [{"kind": "zip", "name": "1211_ご面談資料.zip",
                     "files": [{"kind": "docx", "name": "次第.docx",
                                "paragraphs": ["ご面談次第", "1. ご挨拶", "2. 共同物流の進捗ご報告",
                                               "3. 来期の取組みについて", "4. 意見交換"],
                                "tables": [[["出席者（日の出産業）", "役職"], ["御子柴 亮", "取締役 海外事業本部長"],
                                            ["真柴 悠", "秘書室"]]]},
                               {"kind": "pdf", "name": "弊社東京本社_案内図.pdf",
                                "lines": ["日の出産業株式会社 本社", "東京都中央区日本橋2-8-14 日の出ビル",
                                          "東京メトロ 日本橋駅 B1出口 徒歩3分", "代表 03-5201-7700"]}]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "unencrypted ZIP with an agenda and a map: readable, no personal data",
})

# 050 ---------------------------------------------------------------------------------
_r050 = [["会社名", "部署", "役職", "氏名", "自宅〒", "自宅住所", "直通電話", "携帯", "メール"]]
_doms = {"東邦化成": "toho-kasei.co.jp", "大和ロジテック": "yamato-logitech.co.jp", "関東精工": "kanto-seiko.co.jp",
         "若葉商事": "wakaba-shoji.co.jp", "浜松鋳造": "hamamatsu-chuzo.co.jp", "三陸水産": "sanriku-suisan.co.jp",
         "川崎電機": "kawasaki-denki.co.jp", "青葉運輸": "aoba-unyu.co.jp"}
for i in range(40):
    co = rng.choice(list(_doms))
    z, a, _tel = _home()
    nm, ro = _person()
    _r050.append([co, rng.choice(["", "経営企画部", "営業本部", "管理本部"]), rng.choice(_TITLES), nm, z, a,
                  f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}", _mobile(), f"{ro}@{_doms[co]}"])
M({
    "id": "hisho-050", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["五味 孝介 <gomi@nishiki-insatsu.co.jp>"],
    "subject": "年賀状 宛名印刷データの送付（役員名義分）",
    "body": """錦印刷株式会社
営業部 五味様

いつもお世話になっております。日の出産業の東海林です。
役員名義の年賀状（取引先役員様宛て）の宛名データを添付いたします。
名刺管理システムから書き出したCSV（UTF-8）です。40件ございます。
今年から役員様宛ては原則ご自宅へお送りすることになりましたので、
宛名面は自宅住所に「会社名・役職・氏名」を添える形でお願いいたします。
""" + SIG_SHOJI,
    "attachments": [{"kind": "csv", "name": "nenga_atena_yakuin.csv", "encoding": "utf-8", "rows": _r050}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV export of 40 business-card records (names, addresses, mobiles, e-mails) to a printing partner",
})

# 051 ---------------------------------------------------------------------------------
M({
    "id": "hisho-051", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["五味 孝介 <gomi@nishiki-insatsu.co.jp>"],
    "subject": "Re: 年賀状 文面校正（初校）のご確認",
    "body": """五味様

初校をお送りいただきありがとうございました。
社長の確認が取れましたので、下記2点の修正をお願いいたします。

　・2行目「旧年中は格別の～」の「格別」を「ひとかたならぬ」に変更
　・差出人の肩書き「代表取締役社長　大槻隆之」の字間をもう少し詰める

修正後、再校PDFをお送りください。印刷部数は前回お伝えのとおり850部です。
""" + SIG_SHOJI,
    "attachments": [{"kind": "pdf", "name": "年賀状_初校_朱入れ.pdf",
                     "lines": ["謹賀新年", "旧年中は格別のご高配を賜り厚く御礼申し上げます",
                               "本年も変わらぬご愛顧のほどお願い申し上げます", "令和八年 元旦",
                               "日の出産業株式会社 代表取締役社長 大槻隆之",
                               "〒103-0027 東京都中央区日本橋2-8-14"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "greeting-card proof with the company's own address and the president's name: no personal data",
})

# 052 ---------------------------------------------------------------------------------
M({
    "id": "hisho-052", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["五味 孝介 <gomi@nishiki-insatu.co.jp>"],
    "subject": "Re: 年賀状 再校のご送付",
    "body": """五味様

再校ありがとうございます。修正箇所、問題ございません。
この内容で校了といたします。納品は12月19日（金）までにお願いいたします。

納品先：日の出産業株式会社 秘書室（本社12階）
""" + SIG_SHOJI,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "sent to nishiki-insatu.co.jp (s dropped, a common romaji slip) instead of partner nishiki-insatsu.co.jp",
})

# 053 ---------------------------------------------------------------------------------
M({
    "id": "hisho-053", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["根津 さやか <nezu@kawasaki-denki.co.jp>"],
    "cc": ["坂巻 圭 <sakamaki@tsubasa-system.jp>"],
    "subject": "三社トップ会談（12/3）の会場・次第について",
    "body": """川崎電機株式会社 根津様
（cc：ツバサシステム株式会社 坂巻様）

いつもお世話になっております。日の出産業の早乙女です。
12月3日（水）の三社トップ会談につき、会場と次第をご連絡いたします。

　会場：日の出産業 本社12階 役員会議室
　15:00　開会・ご挨拶（大槻）
　15:10　共同配送プラットフォームの進捗（ツバサシステム様）
　15:40　意見交換
　16:30　閉会　※その後、同フロアにて簡単な懇親の場を設けております

ご不明な点がございましたら、私までご連絡くださいませ。
""" + SIG_SAOTOME,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: two external organisations in To/Cc",
})

# 054 ---------------------------------------------------------------------------------
M({
    "id": "hisho-054", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["根津 さやか <nezu@kawasaki-denki.co.jp>"],
    "cc": ["柳瀬 まどか <yanase@aoba-unyu.co.jp>", "菅野 理恵 <kanno@midori-ginko.co.jp>",
           "坂巻 圭 <sakamaki@tsubasa-system.jp>", "宇佐美 奈緒 <usami@kitaguni-foods.co.jp>",
           "五味 孝介 <gomi@nishiki-insatsu.co.jp>", "戸田 沙織 <toda@shirakawa-law.jp>"],
    "subject": "代表取締役の異動に伴うご挨拶訪問のお願い",
    "body": """各社 秘書ご担当者様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 秘書室の桐生でございます。

本日開示のとおり、弊社では2026年1月1日付で代表取締役の異動を予定しております。
つきましては、新旧社長が揃って年明けにご挨拶に伺いたく、
1月13日（火）～1月23日（金）の間で30分ほどお時間を頂戴できますと幸いです。

恐れ入りますが、ご都合のよい日時を2～3候補、ご返信いただけますでしょうか。
""" + SIG_KIRYU,
    "expect": "stop", "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "seven external organisations' secretaries in To and Cc can see each other: the Cc list should have been Bcc",
})

# 055 ---------------------------------------------------------------------------------
M({
    "id": "hisho-055", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["大槻 隆之 <otsuki@hinode-sangyo.co.jp>", "日比野 宗一郎 <hibino@hinode-sangyo.co.jp>"],
    "cc": ["秘書室 <hisho@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】新旧社長 ご挨拶回り 訪問計画（案）",
    "body": """社長、会長

【社外秘】

1月の代表取締役異動に伴う取引先ご挨拶回りの計画（案）を添付いたします。
訪問先の優先順位と、各社への事前連絡の時期についてご確認をお願いいたします。

なお、開示前のため各社への連絡は開示日（12月19日）以降といたします。

桐生
""",
    "attachments": [{"kind": "xlsx", "name": "挨拶回り計画_案.xlsx", "page_header": "社外秘",
                     "sheets": {"計画": [["【社外秘】新旧社長 ご挨拶回り計画（案）"],
                                         ["優先", "訪問先", "先方", "候補日", "担当秘書"],
                                         ["A", "みどり銀行", "頭取", "1/13", "真柴"],
                                         ["A", "川崎電機", "社長", "1/14", "早乙女"],
                                         ["B", "青葉運輸", "社長", "1/16", "東海林"]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘 marking, but every recipient is internal",
})

# 056 ---------------------------------------------------------------------------------
M({
    "id": "hisho-056", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["鷲尾 恵美 <emi.washio.lab@gmail.com>"],
    "subject": "12月定例取締役会の開催日時について",
    "body": """鷲尾先生

いつもお世話になっております。日の出産業 秘書室の四十物でございます。
大学のアドレスに不達となりましたので、こちらのアドレスにお送りしております。

12月の定例取締役会は、12月16日（火）13:00～16:00、
さくらホテル「楓の間」にて開催いたします（本社改装工事のため）。
資料は事前に郵送でお届けいたします。

ご出席の可否をご返信いただけますと幸いです。
""" + SIG_AIMONO,
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "meeting date to an outside director's Gmail: one free-mail recipient, no marking, no personal data",
})

# 057 ---------------------------------------------------------------------------------
M({
    "id": "hisho-057", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["鷲尾 恵美 <emi.washio.lab@gmail.com>"],
    "subject": "12月定例取締役会 事前資料（第3号議案）",
    "body": """鷲尾先生

お世話になっております。秘書室の四十物です。
郵送が間に合わない可能性があるため、第3号議案の事前説明資料を
先にメールでお送りいたします。ご確認のほどよろしくお願いいたします。
""" + SIG_AIMONO,
    "attachments": [{"kind": "docx", "name": "第3号議案_事前説明資料.docx", "page_header": "極秘",
                     "title": "第3号議案 事前説明資料",
                     "paragraphs": ["極秘　取締役会限り", "第3号議案　株式会社若葉商事の株式取得（子会社化）の件",
                                    "1. 取得価額（想定）　42億円", "2. スケジュール　2026年3月 最終契約締結予定",
                                    "3. リスク要因　のれん減損、統合コスト"]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking", "freemail_recipient"],
    "note": "board paper stamped 極秘 (header and first line) sent to an outside director's private Gmail",
})

# 058 ---------------------------------------------------------------------------------
M({
    "id": "hisho-058", "charset": "utf-8",
    "sender": "Aoi Saotome <saotome@hinode-sangyo.co.jp>",
    "to": ["Megan Fraser <mfraser@brightwater-cap.com>"],
    "subject": "RE: Call between Mr. Otsuki and Mr. Caldwell",
    "body": """Dear Megan,

Thank you for getting back to me so quickly.
Mr. Otsuki is available for a 45-minute video call at either of the following times:

  - Tue 18 Nov, 08:00 JST  (Mon 17 Nov, 18:00 EST)
  - Thu 20 Nov, 07:30 JST  (Wed 19 Nov, 17:30 EST)

We would be happy to use your Zoom link. Mr. Mikoshiba will also join.
If neither works, please suggest a slot and I will do my best to rearrange.
""" + SIG_EN + """

> From: Megan Fraser
> Sent: Friday, November 7, 2025 4:02 PM
> Mr. Caldwell would like a short call with Mr. Otsuki before the end of November.
> Could you let me know a few options?
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "English scheduling reply to a foreign partner's EA: no personal data",
})

# 059 ---------------------------------------------------------------------------------
M({
    "id": "hisho-059", "charset": "utf-8",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["グローバルビザサポート 申請担当 <apply@gvisa-support.jp>"],
    "subject": "再入国・査証申請のご依頼（顧問 オルセン氏）",
    "body": """グローバルビザサポート
申請担当者様

お世話になっております。日の出産業株式会社 秘書室の真柴です。
弊社の技術顧問が1月に中国出張を予定しており、査証申請の代行をお願いいたします。
お問い合わせいただいていた情報は以下のとおりです。

  氏名（ローマ字）: OLSEN, Erik Magnus
  生年月日　　　　: 1970年9月14日
  在留カード番号　: UH48172093KA
  在留期間満了日　: 2027年5月31日
  在留資格　　　　: 高度専門職1号ロ

旅券の原本は面談時にご持参いたします。
""" + SIG_MASHIBA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], "detectors": ["personal_data"],
    "note": "a named adviser's residence card number and DOB sent to a visa agency",
})

# 060 ---------------------------------------------------------------------------------
M({
    "id": "hisho-060", "charset": "utf-8",
    "sender": "Aoi Saotome <saotome@hinode-sangyo.co.jp>",
    "to": ["Ingrid Holm <ingrid.holm@norberg-ind.com>"],
    "subject": "Draft invitation letter for Mr. Lindqvist's visit to Tokyo",
    "body": """Dear Ingrid,

As discussed, please find attached a draft of our invitation letter for
Mr. Lindqvist's visit to Tokyo in February. Swedish passport holders do not need
a visa for a short business stay, so the letter is only for his records and for
the airline if requested.

Please check the spelling of names and titles. We have deliberately left out
any passport details; there is no need to send them to us.
""" + SIG_EN,
    "attachments": [{"kind": "docx", "name": "Invitation_Letter_Lindqvist_DRAFT.docx",
                     "paragraphs": ["Hinode Sangyo Co., Ltd.", "Tokyo, 12 November 2025",
                                    "To: Mr. Johan Lindqvist, President & CEO, Norberg Industrial AB",
                                    "Dear Mr. Lindqvist,",
                                    "We are delighted to invite you to visit our head office in Tokyo from 9 to 12 February 2026 "
                                    "to discuss the next phase of our joint logistics project.",
                                    "Yours sincerely,", "Takayuki Otsuki, President & CEO"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "invitation letter with a visitor's name and title only; explicitly no passport data",
})

# 061 ---------------------------------------------------------------------------------
M({
    "id": "hisho-061", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["軽井沢レンタカー 予約センター <yoyaku@karuizawa-rentacar.jp>"],
    "subject": "レンタカー予約のお願い（11/29 軽井沢駅）",
    "body": """軽井沢レンタカー 予約センター御中

お世話になります。日の出産業株式会社の真柴と申します。
下記のとおり予約をお願いいたします。

　貸出：11月29日（土）10:00　軽井沢駅前営業所
　返却：11月30日（日）16:00　同営業所
　車種：ワンボックス（8人乗り）1台
　運転者：弊社 真柴（運転免許証は当日カウンターにてご提示いたします）

免責補償への加入をお願いいたします。
お支払いは当日現地にて法人カードで行います。
""" + SIG_MASHIBA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mentions that a driving licence will be shown at the counter; no licence number",
})

# 062 ---------------------------------------------------------------------------------
M({
    "id": "hisho-062", "charset": "cp932",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["霞ヶ浦カントリー倶楽部 コンペ係 <compe@kasumigaura-cc.jp>"],
    "subject": "11/15 日の出産業 親睦コンペ 組合せ表",
    "body": """霞ヶ浦カントリー倶楽部
コンペご担当 様

お世話になっております。日の出産業の東海林でございます。
11月15日（土）の親睦コンペの組合せが決まりましたのでお送りいたします。

【OUT 8:30】
　大槻 隆之（日の出産業）／浅野 弘毅（青葉運輸）／石動 康弘（みどり銀行）／加賀美 俊彦（川崎電機）
【OUT 8:37】
　千賀 一郎（日の出産業）／鴫原 信雄（ツバサシステム）／錦織 泰造（錦印刷）／渥美 克己（大和ロジテック）
【IN 8:30】
　蓮見 由紀子（日の出産業）／穂積 英樹（東邦化成）／宇佐美 恒夫（北国フーズ）／白川 恭一（白川法律事務所）

表彰式はクラブハウス2階「ひばりの間」で15:30からお願いいたします。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "golf pairings: twelve names with company only, no contact or other data about them",
})

# 063 ---------------------------------------------------------------------------------
M({
    "id": "hisho-063", "charset": "cp932",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["霞ヶ浦カントリー倶楽部 フロント <front@kasumigaura-cc.jp>"],
    "subject": "ビジター登録のお願い（11/15 大槻名義 1組）",
    "body": """フロントご担当者様

お世話になっております。日の出産業の東海林です。
11月15日（土）の大槻名義1組について、ビジター登録に必要とのことで
ご同伴者様の情報をお送りいたします。

１．浅野 弘毅 様　　生年月日 昭和４０年３月３日　　ＴＥＬ ０９０－５５７１－２２０８
２．石動 康弘 様　　生年月日 昭和３７年１２月１日　ＴＥＬ ０８０－６６２０－４１７５
３．加賀美 俊彦 様　生年月日 昭和３５年８月２７日　ＴＥＬ ０９０－１０４４－３６９２

大槻はメンバーのため登録不要と伺っております。
""" + SIG_SHOJI,
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three visitors' DOB and phones for golf-club registration: under five records, may warn",
})

# 064 ---------------------------------------------------------------------------------
M({
    "id": "hisho-064", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["柳瀬 まどか <yanase@aoba-unyu.co.jp>"],
    "subject": "RE: 【青葉運輸】役員ご来訪者および緊急連絡先",
    "body": """柳瀬様

ご丁寧にありがとうございます。承知いたしました。
当日は1階受付に弊社秘書がお待ちしております。

早乙女

-----Original Message-----
From: 柳瀬 まどか [mailto:yanase@aoba-unyu.co.jp]
Sent: Monday, November 10, 2025 9:41 AM
To: 早乙女 葵
Subject: 【青葉運輸】役員ご来訪者および緊急連絡先

日の出産業 早乙女様

いつもお世話になっております。青葉運輸の柳瀬です。
11/13のご来訪者と、当日の緊急連絡先をお知らせします。

浅野 弘毅（社長）　　　 090-5571-2208　生年月日 S40.3.3
葛西 輝夫（専務）　　　 080-3360-9021　生年月日 S38.6.16
能登 美佐（経営企画部長）090-7781-6605　生年月日 S49.1.22
氷見 洋平（物流企画課長）070-2014-8836　生年月日 S58.9.9
柳瀬 まどか（秘書課）　 080-1190-4427　生年月日 H2.11.3

入館証の発行に生年月日が必要とのことでしたので併記しております。
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "five visitors' phones and DOBs appear only under -----Original Message----- from the recipient herself",
})

# 065 ---------------------------------------------------------------------------------
M({
    "id": "hisho-065", "charset": "utf-8",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["宇佐美 奈緒 <usami@kitaguni-foods.co.jp>"],
    "subject": "12/11 札幌でのご会食 出席者（弊社側）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>北国フーズ株式会社<br>会長室 宇佐美様</p>
<p>いつもお世話になっております。日の出産業の早乙女です。<br>
12月11日夜のご会食について、弊社側出席者と当日の連絡先をお知らせいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>役職</th><th>携帯電話</th><th>メール</th></tr>
<tr><td>御子柴 亮</td><td>取締役</td><td>070-5129-3340</td><td>mikoshiba@hinode-sangyo.co.jp</td></tr>
<tr><td>真柴 悠</td><td>秘書室</td><td>080-7715-0362</td><td>mashiba@hinode-sangyo.co.jp</td></tr>
<tr><td>九十九 英樹</td><td>北海道支店長</td><td>090-6243-1188</td><td>tsukumo@hinode-sangyo.co.jp</td></tr>
<tr><td>城ヶ崎 千景</td><td>北海道支店 営業課長</td><td>080-2277-5094</td><td>jogasaki@hinode-sangyo.co.jp</td></tr>
</table>
<p>お店のご予約、誠にありがとうございます。<br>当日はどうぞよろしくお願いいたします。</p>
<p>日の出産業株式会社 秘書室<br>早乙女 葵<br>TEL 03-5201-7730</p>
</body></html>""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of four attendees' mobiles and e-mails: under five records, may warn",
})

# 066 ---------------------------------------------------------------------------------
M({
    "id": "hisho-066", "charset": "utf-8",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["坂巻 圭 <sakamaki@tsubasa-system.jp>"],
    "subject": "12/10 ご会食 お店の候補",
    "html": """<html><body>
<p>坂巻様</p>
<p>お世話になっております。日の出産業の真柴です。<br>
12月10日のご会食について、お店の候補を3つ挙げました。鴫原社長のお好みをお聞かせください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>店名</th><th>ジャンル</th><th>住所</th><th>電話</th><th>個室</th></tr>
<tr><td>割烹 しの田</td><td>和食</td><td>東京都中央区銀座7-6-12</td><td>03-3571-2240</td><td>あり（6名）</td></tr>
<tr><td>リストランテ・ソーレ銀座</td><td>イタリアン</td><td>東京都中央区銀座5-9-3 2F</td><td>03-3289-5511</td><td>あり（8名）</td></tr>
<tr><td>鮨 つゆり</td><td>鮨</td><td>東京都港区新橋1-15-4</td><td>03-3503-0981</td><td>カウンターのみ</td></tr>
</table>
<p>真柴</p>
</body></html>""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "HTML table of restaurants with addresses and phones: businesses, not people",
})

# 067 ---------------------------------------------------------------------------------
M({
    "id": "hisho-067", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["宇佐美 奈緒 <usami@kitaguni-foods.co.jp>"],
    "subject": "御礼（結構なお品をお送りいただきまして）",
    "body": """北国フーズ株式会社
会長室 宇佐美様

拝啓　向寒の候、ますますご清祥のこととお慶び申し上げます。

このたびは、宇佐美会長より弊社大槻宛てに、北海道産の新巻鮭を
ご恵贈いただきまして、誠にありがとうございました。
大槻も大変喜んでおり、くれぐれもよろしくお伝えくださいとのことでございます。

略儀ながら、まずはメールにて御礼申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
""" + SIG_KIRYU,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "thank-you note for a gift: ordinary courtesy mail",
})

# 068 ---------------------------------------------------------------------------------
M({
    "id": "hisho-068", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["日高 聡 <hidaka@marukoshi-dept.co.jp>"],
    "subject": "御祝の品の手配（個別1件）",
    "body": """日高様

いつもお世話になっております。日の出産業の四十物です。
お歳暮とは別に、1件だけ個別の手配をお願いいたします。

このたび川崎電機の瓜生専務がご子息のご結婚を迎えられるとのことで、
大槻より御祝をお贈りしたいとのことです。

　お届け先：瓜生 正臣 様
　ご住所　：〒251-0035 神奈川県藤沢市片瀬海岸2-11-6
　お電話　：0466-26-4190
　品物　　：バカラ ペアグラス（MK-GF-3318）
　のし　　：御結婚御祝／日の出産業株式会社 大槻隆之

12月6日（土）午前着でお願いいたします。
""" + SIG_AIMONO,
    "expect": "pass", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "a single gift recipient's home address and phone to a department store: one record, may warn",
})

# 069 ---------------------------------------------------------------------------------
_r069 = [["No.", "贈り先会社", "役職", "氏名", "送付先（勤務先）"]]
for i, (co, ti, nm, ad) in enumerate([
        ("川崎電機株式会社", "代表取締役社長", "加賀美 俊彦", "〒210-0007 神奈川県川崎市川崎区駅前本町11-2"),
        ("青葉運輸株式会社", "代表取締役社長", "浅野 弘毅", "〒140-0002 東京都品川区東品川2-5-8"),
        ("株式会社みどり銀行", "頭取", "石動 康弘", "〒100-0005 東京都千代田区丸の内1-3-2"),
        ("ツバサシステム株式会社", "代表取締役", "鴫原 信雄", "〒150-0043 東京都渋谷区道玄坂1-12-1"),
        ("北国フーズ株式会社", "代表取締役会長", "宇佐美 恒夫", "〒060-0005 北海道札幌市中央区北5条西2-5"),
        ("錦印刷株式会社", "代表取締役", "錦織 泰造", "〒162-0814 東京都新宿区新小川町6-29")], 1):
    _r069.append([i, co, ti, nm, ad])
M({
    "id": "hisho-069", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["日高 聡 <hidaka@marukoshi-dept.co.jp>"],
    "subject": "年始ご挨拶品の送付先（会社宛て 6件）",
    "body": """日高様

続けて失礼いたします。年始のご挨拶品（干支置物）の送付先です。
こちらはすべて各社の本社（勤務先）宛てとなります。
""" + SIG_AIMONO,
    "attachments": [{"kind": "xlsx", "name": "年始ご挨拶品_送付先.xlsx", "sheets": {"送付先": _r069}}],
    "expect": "either", "entities": ["PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "six named executives at their companies' head-office addresses: a list of people or of businesses; judgement call",
})

# 070 ---------------------------------------------------------------------------------
M({
    "id": "hisho-070", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["柳瀬 まどか <yanase@aoba-unyu.co.jp>"],
    "subject": "浅野新社長ご就任のお祝いと表敬訪問のお願い",
    "body": """青葉運輸株式会社
秘書課 柳瀬様

いつもお世話になっております。日の出産業 秘書室の桐生でございます。
このたびは浅野 弘毅様の代表取締役社長ご就任、誠におめでとうございます。

弊社大槻より、ぜひ一度お祝いのご挨拶に伺いたいと申しております。
年内でご都合のよろしい日時がございましたら、お知らせいただけますでしょうか。

なお、社長室の新しい代表番号（03-3471-5500）と、本社移転後のご住所
（〒140-0002 東京都品川区東品川2-5-8 青葉ビル）で弊社の登録を更新いたしました。
お祝いのお花は、ご就任日に本社宛てでお届けいたします。
""" + SIG_KIRYU,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "congratulations to a partner; the address and number are the company's office and switchboard",
})

# 071 ---------------------------------------------------------------------------------
_inner071 = {
    "sender": "宇佐美 奈緒 <usami@kitaguni-foods.co.jp>",
    "to": ["早乙女 葵 <saotome@hinode-sangyo.co.jp>"],
    "subject": "【北国フーズ】役員異動のお知らせ",
    "charset": "iso-2022-jp",
    "body": """日の出産業株式会社 秘書室 早乙女様

いつもお世話になっております。北国フーズ会長室の宇佐美です。
12月1日付の弊社役員異動につき、お知らせいたします。

　代表取締役会長　宇佐美 恒夫（留任）
　代表取締役社長　宇佐美 浩之（新任・前 専務取締役）
　専務取締役　　　羽柴 克己（新任・前 常務取締役）
　常務取締役　　　久慈 紀子（新任）

なお、会長の宇佐美は現在療養中のため、年内の外部行事は欠席させていただきます。
""",
}
M({
    "id": "hisho-071", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["秘書室 <hisho@mail.hinode-sangyo.co.jp>"],
    "subject": "FW: 【北国フーズ】役員異動のお知らせ",
    "body": """秘書室の皆さん

北国フーズ様から役員異動の連絡がありました。
宛名データ・名刺管理の更新をお願いします（担当：東海林さん）。
会長は療養中とのことなので、年賀状以外のお誘いは年内控えます。

早乙女
""",
    "attachments": [{"kind": "eml", "name": "北国フーズ_役員異動.eml", "message": _inner071}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "forward of a partner's announcement to the internal secretariat (internal subdomain) only",
})

# 072 ---------------------------------------------------------------------------------
_cn072 = _corp_number("010401092385")
M({
    "id": "hisho-072", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["東雲トラベル 経理 <keiri@shinonome-travel.co.jp>"],
    "subject": "11月分 ご請求書の登録番号について",
    "body": f"""東雲トラベル株式会社
経理ご担当者様

お世話になっております。日の出産業 秘書室の真柴です。
11月分のご請求書（請求書番号 ST-INV-2511-0342、ご請求額 1,284,600円）を受領いたしました。

弊社経理より、適格請求書の登録番号の記載が旧番号のままではないかとの確認がありました。
国税庁の公表サイトでは、貴社の登録番号は T{_cn072} となっておりますが、
ご請求書には別の番号が記載されております。
お手数ですが、ご確認のうえ再発行をお願いできますでしょうか。

明細（出張手配 12件、航空券・宿泊・手数料）自体には問題ございません。
""" + SIG_MASHIBA,
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice number, amount and a company's qualified-invoice T-number (corporate number): business data",
})

# 073 ---------------------------------------------------------------------------------
M({
    "id": "hisho-073", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["みどり会計事務所 所長 <shocho@midori-kaikei.jp>"],
    "subject": "会長の講演会（2/6）ご登壇のお礼と当日のご案内",
    "body": """みどり会計事務所
所長 石黒 様

いつも大変お世話になっております。日の出産業 秘書室の桐生でございます。
このたびは、地元経営者向けの講演会に弊社会長 日比野をお招きいただき、
誠にありがとうございます。

当日のご案内を拝見いたしました。
　・会場入り：2月6日（金）13:30
　・ご講演　：14:00～15:00「物流の70年と次の10年」
　・控室　　：商工会館 3階 小会議室
会長は本社から車で伺いますので、駐車場を1台分ご用意いただけますと幸いです。
講演資料（スライド）は2月2日までにお送りいたします。
""" + SIG_KIRYU,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "midori-kaikei.jp is a different firm, not a look-alike of midori-ginko.co.jp; ordinary mail",
})

# 074 ---------------------------------------------------------------------------------
M({
    "id": "hisho-074", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["菅野 理恵 <kanno@midori-ginko.co.jp>"],
    "cc": ["大槻 隆之 <otsuki@hinode-sangyo.co.jp>", "秘書室 <hisho@hinode-sangyo.co.jp>"],
    "subject": "12/9 頭取ご来訪 当日の流れ",
    "body": """みどり銀行 秘書室
菅野様

いつもお世話になっております。日の出産業の真柴でございます。
12月9日（火）石動頭取ご来訪時の流れを下記のとおりご連絡いたします。

　10:00　ご到着（地下駐車場B2 → 役員専用エレベーター）
　10:05　社長室にてご歓談（大槻）
　10:30　新物流センター構想のご説明（御子柴）
　11:30　昼食（12階 ダイニング）
　12:30　ご出発

ご不明点があればお申し付けください。
""" + SIG_MASHIBA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "visit programme to the correct partner domain with internal Cc",
})

# 075 ---------------------------------------------------------------------------------
M({
    "id": "hisho-075", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["蓮見 由紀子 <hasumi@hinode-sangyo-co.jp>"],
    "subject": "来週の常務のご予定（最新版）",
    "body": """常務

お疲れさまです。東海林です。
来週のご予定を最新版に更新しました。

　11/17（月）9:00 経営会議／14:00 監査法人 往査対応
　11/18（火）終日 大阪（なにわグランド泊）
　11/19（水）13:00 川崎電機様ご来社（役員応接室）
　11/20（木）18:30 みどり銀行 仙波常務と会食（割烹 しの田）
　11/21（金）19:00 セランゴール・パームテック社 ラーマン会長と会食

変更があればお知らせください。
東海林
""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "meant for an internal colleague but addressed to hinode-sangyo-co.jp (hyphen for dot): look-alike of the own domain",
})

# 076 ---------------------------------------------------------------------------------
M({
    "id": "hisho-076", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["役員運転手 <drivers@mail.hinode-sangyo.co.jp>", "総務部 車両担当 <sharyo@hinode-sangyo.co.jp>"],
    "subject": "【更新】役員 緊急連絡先一覧（運転手控え）",
    "body": """運転手各位
総務部 車両担当 各位

役員の携帯番号・ご自宅の一覧を更新しました。送迎時の緊急連絡用です。
取扱いには十分ご注意ください。

役員　　　　　携帯　　　　　　ご自宅
大槻 隆之　　090-2231-6458　　東京都世田谷区成城6-21-3
日比野 宗一郎　090-3307-1942　　神奈川県鎌倉市長谷3-8-11
千賀 一郎　　080-4417-2290　　東京都目黒区自由が丘2-14-5
蓮見 由紀子　090-8806-1135　　東京都文京区本駒込4-2-19
御子柴 亮　　070-5129-3340　　千葉県浦安市舞浜1-9-8
乙部 正信　　090-6650-2713　　東京都杉並区荻窪5-20-1

桐生
""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], "detectors": [],
    "note": "six executives' mobiles and home addresses, but recipients are internal (incl. a mail. subdomain)",
})

# 077 ---------------------------------------------------------------------------------
M({
    "id": "hisho-077", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["戸田 沙織 <toda@shirakawa-law.jp>", "菅野 理恵 <kanno@midori-ginko.co.jp>"],
    "cc": ["千賀 一郎 <senga@hinode-sangyo.co.jp>"],
    "subject": "シンジケートローン契約 調印日程のご相談",
    "body": """白川法律事務所 戸田様
みどり銀行 秘書室 菅野様

いつもお世話になっております。日の出産業 秘書室の桐生でございます。
新物流センター建設資金に係るシンジケートローン契約の調印について、
日程のご相談をさせてください。

弊社からは専務の千賀が出席いたします。候補は以下のとおりです。
　・12月22日（月）10:00～
　・12月23日（火）15:00～
場所は、みどり銀行様本店 会議室をお借りできればと存じます。

ご都合をお知らせいただけますと幸いです。
""" + SIG_KIRYU,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations (law firm and bank) in To: a normal three-way scheduling mail",
})

# 078 ---------------------------------------------------------------------------------
M({
    "id": "hisho-078", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["日の出商事 社長室 <shachoshitsu@hinode-shoji.co.jp>"],
    "subject": "同名企業懇親会（1/30）のご案内について",
    "body": """日の出商事株式会社
社長室 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 秘書室の早乙女と申します。
社名に「日の出」を冠する企業の懇親会を、来年1月30日（金）に
弊社幹事にて開催することとなりました。
貴社にもぜひご参加いただきたく、ご案内状を後日郵送いたします。

ご多用のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。
""" + SIG_SAOTOME,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "hinode-shoji.co.jp is a genuinely different company, not a typo of hinode-sangyo.co.jp",
})

# 079 ---------------------------------------------------------------------------------
M({
    "id": "hisho-079", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["リストランテ・ソーレ銀座 <reservation@sole-ginza.jp>"],
    "subject": "Re: 11/21 ご会食 ご請求書送付のご案内",
    "body": """リストランテ・ソーレ銀座
ご担当者様

先日はハラール対応のお料理をご用意いただき、ありがとうございました。
お客様にも大変ご満足いただけました。

ご請求書（No. SG-25-1121-07、148,500円）を拝受いたしました。
下記口座へ月末にお振込みいたします。

　みずなみ銀行 銀座支店 普通 1234567
　口座名義：カ）ソーレギンザ

領収書は不要です。今後ともよろしくお願いいたします。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "restaurant's own company bank account and invoice number; 'ハラール' not tied to any named person here",
})

# 080 ---------------------------------------------------------------------------------
M({
    "id": "hisho-080", "charset": "utf-8",
    "sender": "Aoi Saotome <saotome@hinode-sangyo.co.jp>",
    "to": ["Asia Logistics Forum Secretariat <speakers@alf-summit.com>"],
    "subject": "Speaker profile - Takayuki Otsuki (Hinode Sangyo)",
    "body": """Dear Forum Secretariat,

Further to your request, please find below Mr. Otsuki's speaker profile
for the programme booklet.

--- Takayuki Otsuki, President & CEO, Hinode Sangyo Co., Ltd. ---
Mr. Otsuki joined Hinode Sangyo in 1984 and has held senior roles in
domestic logistics, overseas business and corporate planning. He was appointed
President & CEO in 2019. Under his leadership, the company has expanded its
cold-chain network across Southeast Asia. He holds an MBA from a university in
the United States and serves on the board of the Japan Logistics Equipment Association.
---

A high-resolution photograph will follow in a separate e-mail.
""" + SIG_EN,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "public speaker bio (career only): no contact, identifier or sensitive data",
})

# 081 ---------------------------------------------------------------------------------
M({
    "id": "hisho-081", "charset": "utf-8",
    "sender": "Aoi Saotome <saotome@hinode-sangyo.co.jp>",
    "to": ["Ingrid Holm <ingrid.holm@norberg-ind.com>"],
    "subject": "Re: Dinner on 8 December - menu",
    "body": """Dear Ingrid,

Thank you for sharing the draft menu for the dinner on 8 December. It looks wonderful.

May I ask one favour: Mr. Otsuki was diagnosed with type 2 diabetes last year and
is currently on insulin, so his doctor has asked him to avoid desserts and to keep
carbohydrates low. Could the restaurant prepare a sugar-free alternative for him
and perhaps a smaller portion of the potato course?
He would prefer that this not be mentioned at the table.

Thank you so much for your understanding.
""" + SIG_EN,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "English mail disclosing the named president's diabetes diagnosis and treatment to a foreign partner",
})

# 082 ---------------------------------------------------------------------------------
M({
    "id": "hisho-082", "charset": "utf-8",
    "sender": "Aoi Saotome <saotome@hinode-sangyo.co.jp>",
    "to": ["Megan Fraser <mfraser@brightwater-cap.com>"],
    "subject": "Lunch arrangements for Mr. Otsuki's visit to New York",
    "body": """Dear Megan,

Thank you for offering to arrange lunch during Mr. Otsuki's visit on 14 January.
Just a few notes on his preferences, in case they are helpful:

  - He prefers a light lunch and does not drink alcohol at lunchtime.
  - Fish or Japanese cuisine would be lovely, but anything is fine.
  - A quiet table where conversation is easy would be appreciated.

He is very much looking forward to meeting Mr. Caldwell in person.
""" + SIG_EN,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "meal preferences only, no health condition or diagnosis",
})

# 083 ---------------------------------------------------------------------------------
M({
    "id": "hisho-083", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["氷室 玲子 <himuro@keystone-consulting.jp>"],
    "subject": "役員合宿（11/29-30）ファシリテーション事前資料",
    "body": """キーストーン・コンサルティング
氷室様

お世話になっております。日の出産業の真柴です。
役員合宿のファシリテーションに先立ち、経営企画部が作成した
討議用資料をお送りいたします。事前にお目通しいただけますと幸いです。
""" + SIG_MASHIBA,
    "attachments": [{"kind": "pptx", "name": "役員合宿_討議資料_v3.pptx",
                     "page_footer": "Confidential - Internal Only / 日の出産業株式会社",
                     "slides": [["2026-2028 中期経営計画 討議資料", "役員合宿 2025年11月29日-30日", "経営企画部"],
                                ["論点1：国内物流事業の再編", "不採算拠点 7か所の統廃合", "人員再配置 約240名"],
                                ["論点2：海外事業", "東南アジアのコールドチェーン投資", "北欧パートナーとの提携"]]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX with 'Confidential - Internal Only' footer on every slide sent to an outside consultant",
})

# 084 ---------------------------------------------------------------------------------
M({
    "id": "hisho-084", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["氷室 玲子 <himuro@keystone-consulting.jp>"],
    "subject": "会社案内資料のご送付",
    "body": """氷室様

先日はありがとうございました。
お打ち合わせの際にお話しした会社案内（公開版）をお送りいたします。
ホームページに掲載しているものと同じ内容です。
""" + SIG_MASHIBA,
    "attachments": [{"kind": "pptx", "name": "日の出産業_会社案内2025.pptx",
                     "slides": [["日の出産業株式会社 会社案内", "創業 1955年", "本社 東京都中央区日本橋"],
                                ["事業内容", "総合物流・倉庫", "コールドチェーン", "物流機器の販売"],
                                ["拠点", "国内 42拠点", "海外 9か国"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "public company profile deck: no marking, no personal data",
})

# 085 ---------------------------------------------------------------------------------
_l085 = ""
for role, nm in (("議長", "大槻 隆之"), ("議事進行補佐", "千賀 一郎"), ("答弁（財務）", "蓮見 由紀子"),
                 ("答弁（海外）", "御子柴 亮"), ("事務局長", "桐生 美和子"), ("会場責任者", "鏑木 誠司")):
    if nm in EXEC:
        tel, home = EXEC[nm]
    else:
        z, a, _t = _home()
        tel, home = _mobile(), f"〒{z} {a}"
    _l085 += f"【{role}】{nm}\n　携帯 {tel}　自宅 {home}\n"
_inner085 = {
    "sender": "総務部 株式担当 <kabushiki@hinode-sangyo.co.jp>",
    "to": ["秘書室 <hisho@hinode-sangyo.co.jp>"],
    "subject": "定時株主総会 当日の緊急連絡網",
    "charset": "iso-2022-jp",
    "body": "秘書室 各位\n\n株主総会当日の緊急連絡網です。警備会社との共有は秘書室でお願いします。\n\n" + _l085,
}
M({
    "id": "hisho-085", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["センチネル警備 警護課 <keigo@sentinel-keibi.co.jp>"],
    "subject": "FW: 定時株主総会 当日の緊急連絡網",
    "body": """センチネル警備株式会社
警護課 ご担当者様

いつもお世話になっております。日の出産業 秘書室の桐生です。
当日の身辺警護の打合せでお話しのあった緊急連絡網を、社内メールのまま転送いたします。
""" + SIG_KIRYU,
    "attachments": [{"kind": "eml", "name": "緊急連絡網.eml", "message": _inner085}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "attached internal mail (.eml) with six people's mobiles and home addresses forwarded to a security company",
})

# 086 ---------------------------------------------------------------------------------
M({
    "id": "hisho-086", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["岩城 智也 <iwaki@sakura-hotel.jp>"],
    "subject": "2026年 定時株主総会 会場の仮予約について",
    "body": """岩城様

いつもお世話になっております。日の出産業の四十物です。
来年の定時株主総会の会場につき、仮予約をお願いいたします。

　日程　：2026年6月25日（木）　設営 前日18時～／当日 8時～
　会場　：鳳凰の間（スクール形式 350席）＋控室2室（役員用・事務局用）
　その他：受付テーブル6台、同時中継用の別室（楓の間）

例年どおり、株主様の入場開始は9時を予定しております。
正式なお申込みは2月の取締役会後となります。
""" + SIG_AIMONO,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "venue booking for the AGM: ordinary business mail",
})

# 087 ---------------------------------------------------------------------------------
M({
    "id": "hisho-087", "charset": "utf-8",
    "sender": "Yu Mashiba <mashiba@hinode-sangyo.co.jp>",
    "to": ["Nordic Corporate Travel <desk@nordic-corptravel.com>"],
    "subject": "Re: Please verify passenger details - booking NCT-88214",
    "body": """Dear Travel Desk,

Thank you. I have checked the details below and they are all correct.
Please go ahead and issue the tickets.

Kind regards,
Yu Mashiba
Hinode Sangyo Co., Ltd.

On Wed, 12 Nov 2025 at 15:20, Nordic Corporate Travel <desk@nordic-corptravel.com> wrote:
> Dear Ms. Mashiba,
> Before ticketing, please verify the passenger details we hold:
>
> 1. OTSUKI/TAKAYUKI MR   DOB 19JUL61  Passport TR8472061  exp 14MAR31
> 2. MIKOSHIBA/RYO MR     DOB 02NOV72  Passport TZ1938450  exp 30AUG29
> 3. MASHIBA/YU MS        DOB 27FEB91  Passport TS5520734  exp 09JAN33
>
> Best regards, Nordic Corporate Travel
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "passport data appears only in the 'On ... wrote:' quote of the agency's own mail; new text has none",
})

# 088 ---------------------------------------------------------------------------------
M({
    "id": "hisho-088", "charset": "cp932",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["坂巻 圭 <sakamaki@tsubasa-system.jp>"],
    "subject": "福岡ご視察（12/15-16）の行程表",
    "body": """坂巻様

お世話になっております。日の出産業の東海林です。
12月の福岡物流センターご視察の行程表をお送りいたします（Excel 97-2003形式）。
弊社からは常務の蓮見と私が同行いたします。
""" + SIG_SHOJI,
    "attachments": [{"kind": "xls", "name": "福岡視察_行程表.xls",
                     "sheets": {"行程": [["日付", "時刻", "内容", "場所", "備考"],
                                         ["12/15", "08:00", "羽田発 JAL305", "羽田空港 第1ターミナル", "搭乗口集合 7:40"],
                                         ["12/15", "10:00", "福岡着、専用車にて移動", "福岡空港", ""],
                                         ["12/15", "11:00", "福岡物流センター視察", "糟屋郡粕屋町", "ヘルメット貸与"],
                                         ["12/15", "18:30", "懇親会", "博多 水炊き 華味", ""],
                                         ["12/16", "09:30", "九州支店 訪問", "博多区博多駅前", ""],
                                         ["12/16", "14:05", "福岡発 JAL318", "福岡空港", ""]],
                                "宿泊": [["ホテル", "住所", "電話"],
                                         ["ホテル博多リバーサイド", "福岡県福岡市博多区中洲5-3-8", "092-271-0011"]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "legacy XLS itinerary with business venues and a hotel switchboard: no personal data",
})

# 089 ---------------------------------------------------------------------------------
M({
    "id": "hisho-089", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["星空損保 法人海外旅行保険 <kaigai@hoshizora-sonpo.co.jp>"],
    "subject": "海外旅行保険 付保証明書の発行依頼（御子柴）",
    "body": """星空損害保険株式会社
法人海外旅行保険 ご担当者様

いつもお世話になっております。日の出産業株式会社 秘書室の真柴です。
包括契約（証券番号 HZ-KT-0049213）に基づき、下記の者の付保証明書（英文）の
発行をお願いいたします。

　被保険者：御子柴 亮（MIKOSHIBA RYO）
　生年月日：昭和47年11月2日
　渡航先　：スウェーデン
　渡航期間：2025年12月3日～12月9日

PDFでお送りいただけますと助かります。
""" + SIG_MASHIBA,
    "expect": "pass", "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "one traveller's name and DOB for an insurance certificate: single record, may warn",
})

# 090 ---------------------------------------------------------------------------------
M({
    "id": "hisho-090", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["五百旗頭 保 <iokibe.tamotsu@yahoo.co.jp>"],
    "subject": "千賀専務の退任慰労会のご案内",
    "body": """五百旗頭様

ご無沙汰しております。日の出産業 秘書室の東海林でございます。
元常務の五百旗頭様にもぜひお越しいただきたく、ご案内をお送りいたします。

　千賀一郎 専務取締役 退任慰労会
　日時：2026年6月26日（金）18:30～
　会場：割烹 しの田（銀座）

ご都合はいかがでしょうか。お返事をお待ちしております。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "invitation to one retired executive's Yahoo address: single free-mail recipient",
})

# 091 ---------------------------------------------------------------------------------
M({
    "id": "hisho-091", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["割烹 しの田 <info@kappo-shinoda.jp>"],
    "subject": "6/26 慰労会のご予約（日の出産業 千賀専務）",
    "body": """割烹 しの田 御中

いつもお世話になっております。日の出産業の東海林です。
来年の話で恐縮ですが、下記のご予約をお願いいたします。

　日時：2026年6月26日（金）18:30～21:00
　人数：14名前後（確定は6月上旬）
　趣旨：弊社専務 千賀の退任慰労会
　お部屋：2階の大広間を貸切で
　その他：花束のご用意（予算 15,000円）、記念撮影のお手伝い

主賓は千賀でございます。よろしくお願いいたします。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "restaurant booking for a farewell party: the guest of honour's name only",
})

# 092 ---------------------------------------------------------------------------------
M({
    "id": "hisho-092", "charset": "iso-2022-jp",
    "sender": "四十物 千尋 <aimono@hinode-sangyo.co.jp>",
    "to": ["日高 聡 <hidaka@marukoshi-dept.co.jp>"],
    "subject": "喜寿のお祝いの品について",
    "body": """日高様

お世話になっております。日の出産業の四十物です。
みどり銀行の名誉会長 真壁様が来月、喜寿をお迎えになるとのことで、
会長の日比野よりお祝いの品をお贈りしたいと申しております。

紫色にちなんだもので、5万円程度のご提案をいただけますでしょうか。
お届けは、みどり銀行 本店 秘書室気付でお願いする予定です。
（〒100-0005 東京都千代田区丸の内1-3-2　代表 03-3211-1100）
""" + SIG_AIMONO,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "gift for a partner's honorary chairman sent c/o the bank's head office: business address and switchboard only",
})

# 093 ---------------------------------------------------------------------------------
M({
    "id": "hisho-093", "charset": "utf-8",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["五味 孝介 <gomi@nishiki-insatsu.co.jp>"],
    "subject": "宛名データ修正（役職変更のみ）",
    "body": """五味様

お世話になっております。日の出産業の東海林です。
先日お送りした宛名データのうち、12月1日付で役職が変わられた方がいらっしゃいましたので、
修正をお願いいたします。住所等の変更はございません。

・北国フーズ　宇佐美 浩之 様　専務取締役 → 代表取締役社長
・北国フーズ　羽柴 克己 様　　常務取締役 → 専務取締役
・北国フーズ　久慈 紀子 様　　執行役員 → 常務取締役
・青葉運輸　　浅野 弘毅 様　　専務取締役 → 代表取締役社長
・青葉運輸　　葛西 輝夫 様　　常務取締役 → 専務取締役

よろしくお願いいたします。
""" + SIG_SHOJI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "five names with public title changes only: no contact, identifier or other personal data",
})

# 094 ---------------------------------------------------------------------------------
M({
    "id": "hisho-094", "charset": "iso-2022-jp",
    "sender": "桐生 美和子 <kiryu@hinode-sangyo.co.jp>",
    "to": ["浅野 弘毅 社長 秘書課 <yanase@aoba-unyu.co.jp>"],
    "subject": "創立70周年記念式典のご案内（招待状）",
    "body": """青葉運輸株式会社
代表取締役社長 浅野 弘毅 様
（秘書課 柳瀬様 気付）

謹啓　時下ますますご清栄のこととお慶び申し上げます。
弊社創立70周年記念式典の招待状をPDFにてお送りいたします。
原本は別途郵送いたしております。ご臨席賜りますようお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　謹白
""" + SIG_KIRYU,
    "attachments": [{"kind": "pdf", "name": "70周年記念式典_招待状.pdf",
                     "lines": ["ご招待状", "日の出産業株式会社 創立70周年記念式典",
                               "日時 2025年11月25日（火）11:00～14:00", "会場 さくらホテル 鳳凰の間",
                               "代表取締役社長 大槻 隆之"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "invitation PDF to a partner executive: no personal data",
})

# 095 ---------------------------------------------------------------------------------
_t095 = [["No", "会社名", "役職", "氏名", "直通電話", "携帯", "E-mail", "出欠"]]
for i in range(1, 21):
    co = rng.choice(list(_doms))
    nm, ro = _person()
    _t095.append([str(i), co, rng.choice(_TITLES), nm, f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}",
                  _mobile(), f"{ro}@{_doms[co]}", rng.choice(["出席", "出席", "欠席", "未定"])])
M({
    "id": "hisho-095", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["イベントプロデュース暁 <info@akatsuki-event.co.jp>"],
    "subject": "70周年式典 ご招待者リスト（受付用）",
    "body": """イベントプロデュース暁
ご担当者様

お世話になっております。日の出産業の早乙女です。
式典当日の受付で使用するご招待者リストをPDFでお送りします。
遅延・欠席の連絡が入った場合に備え、携帯番号も入れております。
""" + SIG_SAOTOME,
    "attachments": [{"kind": "pdf", "name": "ご招待者リスト_受付用.pdf",
                     "lines": ["創立70周年記念式典 ご招待者リスト（受付用）", ""], "table": _t095}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "PDF table of 20 invited executives with direct lines, mobiles and e-mails to an event company",
})

# 096 ---------------------------------------------------------------------------------
M({
    "id": "hisho-096", "charset": "iso-2022-jp",
    "sender": "東海林 春香 <shoji.h@hinode-sangyo.co.jp>",
    "to": ["五味 孝介 <gomi@nishiki-insatsu.co.jp>"],
    "subject": "社長交代の挨拶状 原稿の送付",
    "body": """五味様

いつもお世話になっております。日の出産業の東海林です。
1月の代表取締役交代に伴う挨拶状の原稿（Word）をお送りします。
開示日（12月19日）以降の発送となりますので、版下はそれまでにご用意ください。
""" + SIG_SHOJI,
    "attachments": [{"kind": "docx", "name": "社長交代挨拶状_原稿.docx",
                     "paragraphs": ["謹啓　時下ますますご清栄のこととお慶び申し上げます",
                                    "さて私こと　このたび代表取締役社長を退任し　代表取締役会長に就任いたしました",
                                    "在任中は格別のご厚情を賜り　衷心より御礼申し上げます",
                                    "後任には千賀一郎が就任いたしましたので　何卒倍旧のご支援を賜りますようお願い申し上げます",
                                    "令和八年一月", "日の出産業株式会社　代表取締役会長　大槻隆之",
                                    "〒103-0027 東京都中央区日本橋2-8-14"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "greeting letter manuscript: public announcement text with the company's own address",
})

# 097 ---------------------------------------------------------------------------------
M({
    "id": "hisho-097", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["秘書室 <hisho@hinode-sangyo.co.jp>"],
    "subject": "運転手さんの連絡先（12月シフト）",
    "body": """秘書室の皆さん

12月の役員車の運転手シフトと連絡先です。送迎の変更は直接ご連絡ください。

　1号車（社長）　　　鏑木 誠司　　090-7120-4455
　2号車（会長）　　　碓氷 道夫　　080-3391-0872
　3号車（専務・常務）柘植 洋平　　090-2208-6613
　予備　　　　　　　 比嘉 英樹　　070-4451-9920
　ハイヤー手配先　　 日本橋ハイヤー 配車センター 03-3661-5500

早乙女
""",
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": [],
    "note": "drivers' mobile numbers shared within the secretariat only: all internal",
})

# 098 ---------------------------------------------------------------------------------
M({
    "id": "hisho-098", "charset": "iso-2022-jp",
    "sender": "早乙女 葵 <saotome@hinode-sangyo.co.jp>",
    "to": ["根津 さやか <nezu@kawasaki-denki.co.jp>"],
    "subject": "Re: 当日の緊急連絡先について",
    "body": """根津様

お問い合わせありがとうございます。
13日当日、万一の際は下記へご連絡くださいませ。

　大槻（社長）携帯：090-2231-6458
　早乙女（随行）携帯：080-6614-3207

大槻の番号は社外には原則お伝えしておりませんので、
お取扱いにはご配慮いただけますと幸いです。
""" + SIG_SAOTOME,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "two people's mobile numbers to a partner's secretary: under five records, may warn",
})

# 099 ---------------------------------------------------------------------------------
M({
    "id": "hisho-099", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["宇佐美 奈緒 <usami@kitaguni-foods.co.jp>"],
    "subject": "12/11 ご会食会場の地図",
    "body": """宇佐美様

たびたび失礼いたします。日の出産業の真柴です。
12月11日のご会食会場（すすきの）の地図をPDFでお送りいたします。
""" + SIG_MASHIBA,
    "attachments": [{"kind": "corrupt", "name": "会食会場_地図.pdf"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the PDF attachment is corrupt and cannot be inspected",
})

# 100 ---------------------------------------------------------------------------------
M({
    "id": "hisho-100", "charset": "iso-2022-jp",
    "sender": "真柴 悠 <mashiba@hinode-sangyo.co.jp>",
    "to": ["宇佐美 奈緒 <usami@kitaguni-foods.co.jp>"],
    "subject": "昨日の御礼（札幌ご訪問）",
    "body": """北国フーズ株式会社
会長室 宇佐美様

昨日は大変お世話になりました。日の出産業の真柴でございます。
工場のご案内から夜のご会食まで、行き届いたお心遣いをいただき、
御子柴も大変感謝しておりました。
記念にお撮りした写真を添付いたします。

今後ともどうぞよろしくお願い申し上げます。
""" + SIG_MASHIBA,
    "attachments": [{"kind": "png", "name": "kinen_photo_1211.png"}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "thank-you mail with a photo attachment: ordinary mail",
})
