"""Blind corpus — AREA: taxi.

日の出産業株式会社 タクシー・ハイヤー事業部: 配車センターの予約・配車記録、乗務員の運転免許と
点呼（アルコール検査・健康状態確認）、お客様相談室の苦情・忘れ物対応、交通事故と損害保険会社、
法人タクシーチケット／ハイヤーの法人顧客、車いす利用者向けの福祉タクシー（福祉輸送）。

Every person, number and address here is invented.  My Number / card seeds start at 4101.
"""

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """半角数字とハイフンを全角に（手入力の名簿によくある形）。"""
    return s.translate(_FW)


def mn(seed: int, sep: str = " ") -> str:
    n = my_number(seed)
    return sep.join((n[0:4], n[4:8], n[8:12])) if sep else n


def cc_fmt(seed: int, sep: str = "-") -> str:
    n = card_number(seed)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, ab, yy = "平成", "H", y - 1988
    else:
        era, ab, yy = "昭和", "S", y - 1925
    if style == "short":
        return f"{ab}{yy}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{yy}年{m}月{d}日").replace("－", "")
    return f"{era}{yy}年{m}月{d}日"


STAFF = {
    "onodera": ("小野寺 健吾", "配車センター 主任", "onodera.kengo", "03-5534-7131"),
    "kiryu": ("桐生 真澄", "運行管理課 運行管理者", "kiryu.masumi", "03-5534-7135"),
    "yaginuma": ("八木沼 沙織", "業務管理部 総務課", "yaginuma.saori", "03-5534-7122"),
    "hasumi": ("蓮見 達也", "安全推進課 事故対応担当", "hasumi.tatsuya", "03-5534-7140"),
    "washio": ("鷲尾 美帆", "法人営業課（タクシーチケット・ハイヤー）", "washio.miho", "03-5534-7150"),
    "koga": ("古賀 千尋", "福祉輸送課", "koga.chihiro", "03-5534-7160"),
    "mimori": ("三森 由佳", "お客様相談室", "mimori.yuka", "0120-48-7112"),
    "matoba": ("的場 浩二", "豊洲営業所 遺失物係", "matoba.koji", "03-3536-2208"),
    "usami": ("宇佐美 亮", "乗務員採用課", "usami.ryo", "03-5534-7126"),
    "sugawara": ("菅原 智子", "経理課", "sugawara.tomoko", "03-5534-7128"),
    "igarashi": ("五十嵐 翔", "情報システム課", "igarashi.sho", "03-5534-7170"),
    "himuro": ("氷室 隆之", "タクシー・ハイヤー事業部 事業部長", "himuro.takayuki", "03-5534-7101"),
    "ookochi": ("大河内 玲", "ハイヤー営業課", "ookochi.rei", "03-5534-7155"),
}


def frm(key: str) -> str:
    name, _, local, _ = STAFF[key]
    return f"{name} <{local}@{D}>"


def addr(key: str) -> str:
    return f"{STAFF[key][2]}@{D}"


def sig(key: str, style: int = 0) -> str:
    name, dept, local, tel = STAFF[key]
    if style == 1:
        return (f"━━━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社\nタクシー・ハイヤー事業部 {dept}\n"
                f"  {name}\n  〒135-0061 東京都江東区豊洲六丁目2番18号 日の出豊洲ビル3F\n"
                f"  TEL：{tel}　FAX：03-5534-7129\n  Mail：{local}@{D}\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        family = name.split()[0]
        return (f"--\n{dept}　{family}\n日の出産業（株）タクシー・ハイヤー事業部\n"
                f"TEL {tel}（直通） / 配車受付 03-5534-7000（24時間）")
    if style == 3:
        roma = {"ookochi": "Rei Okochi", "washio": "Miho Washio", "igarashi": "Sho Igarashi",
                "hasumi": "Tatsuya Hasumi", "onodera": "Kengo Onodera"}.get(key, name)
        return (f"--\n{roma}\nTaxi & Hire Division, Hinode Sangyo Co., Ltd.\n"
                "3F Hinode Toyosu Bldg., 6-2-18 Toyosu, Koto-ku, Tokyo 135-0061, Japan\n"
                f"Tel: +81-{tel[1:]}  /  {local}@{D}")
    return (f"------------------------------------------\n日の出産業株式会社 タクシー・ハイヤー事業部\n"
            f"{dept}　{name}\n〒135-0061 東京都江東区豊洲6-2-18 日の出豊洲ビル3階\n"
            f"TEL: {tel}  FAX: 03-5534-7129\nE-mail: {local}@{D}\n"
            "------------------------------------------")


DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.")

# -- 乗務員（架空） ------------------------------------------------------------------------
DRV = [
    dict(no="T-1023", name="鬼頭 正和", kana="キトウ マサカズ", roma="Masakazu KITO", dob=(1968, 4, 2),
         tel="090-3318-2741", addr="東京都江東区北砂三丁目14番8号", lic="301289104520", br="豊洲"),
    dict(no="K-2041", name="百目鬼 聡", kana="ドウメキ サトシ", roma="Satoshi DOMEKI", dob=(1975, 11, 19),
         tel="080-4402-7719", addr="東京都江戸川区西葛西5-2-11-304", lic="301596203381", br="葛西"),
    dict(no="K-2058", name="東海林 久美子", kana="ショウジ クミコ", roma="Kumiko SHOJI", dob=(1981, 2, 27),
         tel="070-5127-3390", addr="千葉県浦安市当代島2-9-6", lic="451003118761", br="葛西"),
    dict(no="T-1007", name="四十物 勝也", kana="アイモノ カツヤ", roma="Katsuya AIMONO", dob=(1963, 7, 30),
         tel="090-8821-0456", addr="東京都墨田区立花4-22-3", lic="300884550192", br="豊洲"),
    dict(no="T-1088", name="五月女 裕二", kana="ソウトメ ユウジ", roma="Yuji SOTOME", dob=(1972, 9, 14),
         tel="080-2259-6613", addr="東京都江東区大島7-1-19", lic="301392277840", br="豊洲"),
    dict(no="N-3012", name="薬袋 美智子", kana="ミナイ ミチコ", roma="Michiko MINAI", dob=(1979, 12, 5),
         tel="090-6643-1185", addr="東京都足立区梅島1-30-2", lic="301910664031", br="北千住"),
    dict(no="N-3019", name="纐纈 浩", kana="コウケツ ヒロシ", roma="Hiroshi KOKETSU", dob=(1966, 3, 21),
         tel="070-3398-4520", addr="東京都荒川区町屋6-8-15", lic="300786430977", br="北千住"),
    dict(no="N-3044", name="御手洗 健太", kana="ミタライ ケンタ", roma="Kenta MITARAI", dob=(1988, 6, 8),
         tel="080-7730-2284", addr="東京都葛飾区青戸3-41-7", lic="302008871560", br="北千住"),
    dict(no="T-1102", name="雲母 隆", kana="キララ タカシ", roma="Takashi KIRARA", dob=(1970, 1, 17),
         tel="090-1457-8863", addr="東京都江東区東陽2-5-20-701", lic="301190112348", br="豊洲"),
    dict(no="K-2077", name="舎人 直樹", kana="トネリ ナオキ", roma="Naoki TONERI", dob=(1984, 10, 23),
         tel="080-5561-0978", addr="東京都江戸川区船堀6-13-4", lic="301603398215", br="葛西"),
    dict(no="T-1015", name="九十九 和夫", kana="ツクモ カズオ", roma="Kazuo TSUKUMO", dob=(1959, 5, 11),
         tel="090-2284-6671", addr="東京都墨田区東向島5-17-9", lic="300779205536", br="豊洲"),
    dict(no="N-3051", name="小鳥遊 真一", kana="タカナシ シンイチ", roma="Shinichi TAKANASHI", dob=(1977, 8, 29),
         tel="070-4419-5302", addr="東京都足立区綾瀬2-44-1", lic="301797524473", br="北千住"),
    dict(no="K-2090", name="勅使河原 恵", kana="テシガワラ メグミ", roma="Megumi TESHIGAWARA", dob=(1985, 4, 16),
         tel="080-9914-3347", addr="千葉県市川市行徳駅前1-8-22", lic="451505127789", br="葛西"),
    dict(no="T-1131", name="柘植 公平", kana="ツゲ コウヘイ", roma="Kohei TSUGE", dob=(1969, 12, 31),
         tel="090-5538-2206", addr="東京都江東区南砂4-3-16", lic="300990841164", br="豊洲"),
    dict(no="N-3066", name="仙波 英明", kana="センバ ヒデアキ", roma="Hideaki SEMBA", dob=(1974, 2, 8),
         tel="080-3306-8819", addr="東京都台東区入谷1-27-5", lic="301494036621", br="北千住"),
    dict(no="K-2103", name="阿久津 礼子", kana="アクツ レイコ", roma="Reiko AKUTSU", dob=(1983, 7, 4),
         tel="070-6629-1143", addr="東京都江戸川区南葛西3-6-2", lic="301403662890", br="葛西"),
    dict(no="T-1150", name="比嘉 翔太", kana="ヒガ ショウタ", roma="Shota HIGA", dob=(1992, 9, 25),
         tel="080-1184-5570", addr="東京都江東区枝川1-9-3", lic="302111987455", br="豊洲"),
    dict(no="N-3008", name="漆原 忠", kana="ウルシハラ タダシ", roma="Tadashi URUSHIHARA", dob=(1961, 6, 19),
         tel="090-7702-3391", addr="埼玉県草加市谷塚町412-6", lic="300881402219", br="北千住"),
]


def ymd(t: tuple) -> str:
    return f"{t[0]}/{t[1]:02d}/{t[2]:02d}"


MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-010
MESSAGES += [
    {
        "id": "taxi-001", "charset": "iso-2022-jp",
        "sender": frm("onodera"),
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "配車システム 電話予約の二重配車について（ご調査のお願い）",
        "body": f"""ツバサシステム株式会社
サポートデスク ご担当者様

いつもお世話になっております。日の出産業 配車センターの小野寺です。

10/14（月）の夜間帯に、電話予約の一部が二重に配車指示されていた件でご調査をお願いいたします。
該当の予約データを下記に貼り付けます。いずれも予約番号ごとに2台へ配車指示が出ておりました。

予約番号    予約日時      お客様名      電話番号        迎車先
----------  ------------  ------------  --------------  ----------------------------------
R2410-5512  10/14 21:05   栗林 和子     03-3644-2817    東京都江東区牡丹2-7-4
R2410-5518  10/14 21:20   宍戸 昭彦     090-2841-7730   東京都中央区月島3-18-2-1102
R2410-5523  10/14 21:42   相馬 ゆかり   080-6627-0913   東京都江東区豊洲5-6-36-2305
R2410-5530  10/14 22:10   蛭田 清       03-3685-4472    東京都江東区亀戸8-3-11
R2410-5534  10/14 22:18   伊集院 瑞穂   070-2235-8841   東京都江東区有明1-4-10-1507
R2410-5541  10/14 22:51   猪狩 美代     03-3617-9025    東京都墨田区文花1-12-3
R2410-5547  10/14 23:30   東郷 真理     090-9938-2104   東京都江東区清澄3-2-15

いずれもコールセンター端末（CC-03）から登録したものです。
お手数ですが、原因と暫定対処をご連絡いただけますと幸いです。

よろしくお願いいたします。

{sig("onodera")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "7 passengers' names, phones and pickup addresses pasted as a padded table to the system vendor",
    },
    {
        "id": "taxi-002", "charset": "shift_jis",
        "sender": frm("ookochi"),
        "to": ["さくらホテル 宿泊課 矢作 <yahagi.k@sakura-hotel.jp>"],
        "subject": "【ご予約確認】11月2日（土）ハイヤー2台 羽田空港お迎え",
        "body": f"""さくらホテル 宿泊課
矢作様

いつも大変お世話になっております。日の出産業 ハイヤー営業課の大河内でございます。
先ほどお電話でいただきましたご予約、下記の内容で承りました。

■ご予約番号：HY-24-11-0217
■日時　　　：2024年11月2日（土） 14:30 羽田空港第3ターミナル 到着ロビー
■車両　　　：アルファード（黒）2台
■行先　　　：さくらホテル 東京ベイ（正面車寄せ）
■料金　　　：1台あたり 27,500円（税込・高速代別）／御社ご請求

担当乗務員は前日17時までにご連絡いたします。
ネームボードの表記（英字）について、ご指定がございましたらお知らせください。

何卒よろしくお願い申し上げます。

{sig("ookochi", 1)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary booking confirmation to one partner contact, only the sender's signature",
    },
    {
        "id": "taxi-003", "charset": "iso-2022-jp",
        "sender": frm("matoba"),
        "to": ["忘れ物ナビ 受付センター <uketsuke@wasuremono-navi.com>"],
        "subject": "10月第3週 お忘れ物（持ち主判明分）連絡代行のお願い",
        "body": f"""忘れ物ナビ株式会社
受付センター　御中

お世話になっております。日の出産業 豊洲営業所 遺失物係の的場です。
車内のお忘れ物のうち、カード類やアプリ予約履歴から持ち主が判明したものを下記に記載します。
各お客様への連絡代行をお願いいたします。

　拾得日　　品名　　　　　　　お客様氏名　　　連絡先　　　　　　　　車番
　――――　　――――――　　　　――――――　　　――――――――　　　　――――
　１０／１５　スマートフォン　　　坂東　千鶴　　　{zen("03-3632-7740")}　　　品川５００あ１２－０８
　１０／１５　財布（黒）　　　　保科　勇　　　　{zen("080-3347-6612")}　　品川５００あ１２－２２
　１０／１６　ノートＰＣ　　　　羽生田　剛　　　{zen("090-4426-1198")}　　足立５００か４４－１９
　１０／１７　折りたたみ傘　　　春日井　葵　　　{zen("080-7715-3026")}　　品川５００あ１２－０８
　１０／１８　紙袋（衣類）　　　宍戸　昭彦　　　{zen("090-2841-7730")}　　品川５００あ１３－０１
　１０／１９　キーケース　　　　相馬　ゆかり　　{zen("080-6627-0913")}　　足立５００か４４－０３

現物はすべて豊洲営業所で保管しております（保管期限：拾得日から２週間）。

{sig("matoba", 2)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "6 lost-item owners with phone numbers in a full-width padded table to an outside service",
    },
    {
        "id": "taxi-004", "charset": "utf-8",
        "sender": frm("hasumi"),
        "to": ["常盤損害保険 フリート営業部 <fleet-eigyo@tokiwa-sonpo.co.jp>"],
        "subject": "2024年度上期 事故発生状況のご報告（営業所別）",
        "body": f"""常盤損害保険株式会社
フリート営業部 御中

いつもお世話になっております。日の出産業 安全推進課の蓮見です。
更改前のご確認資料として、上期（4月〜9月）の事故発生状況を営業所別に取りまとめました。

営業所      在籍台数   対人   対物   車両単独   合計   100台あたり
---------   --------   ----   ----   --------   ----   -----------
豊洲             142      3     11          4     18          12.7
葛西              96      1      7          2     10          10.4
北千住            88      2      9          5     16          18.2
---------   --------   ----   ----   --------   ----   -----------
計               326      6     27         11     44          13.5

・前年同期比で対物事故が5件減少しております（バック事故防止装置の全車装着による）。
・北千住営業所は狭隘路での接触が多く、下期に重点指導を予定しております。

ご不明点がございましたらご連絡ください。

{sig("hasumi")}

{DISC_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "accident statistics by branch, no person; standard disclaimer",
    },
    {
        "id": "taxi-005", "charset": "iso-2022-jp",
        "sender": frm("yaginuma"),
        "to": ["田辺社会保険労務士事務所 <office@tanabe-sr.jp>"],
        "subject": "新規入社乗務員の資格取得届（11/1入社）",
        "body": f"""田辺社会保険労務士事務所
田辺先生

いつもお世話になっております。日の出産業 総務課の八木沼です。
11月1日付で入社する乗務員1名の社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名　　　：比嘉 翔太（ヒガ ショウタ）
生年月日　：平成4年9月25日
住所　　　：東京都江東区枝川1-9-3
個人番号　：{mn(4101)}
配属　　　：豊洲営業所（乗務員・日勤）
標準報酬月額の見込み：28万円

扶養家族はおりません。雇用契約書の写しは別途郵送いたします。
よろしくお願いいたします。

{sig("yaginuma")}
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a new driver's My Number sent to an outside labour consultant",
    },
    {
        "id": "taxi-006", "charset": "utf-8",
        "sender": frm("igarashi"),
        "to": ["ツバサシステム 営業部 船越 <funakoshi@tsubasa-system.jp>"],
        "subject": "Re: AI配車エンジン実証の秘密保持契約書（ドラフト）",
        "body": f"""ツバサシステム株式会社
船越様

お世話になっております。日の出産業 情報システム課の五十嵐です。
秘密保持契約書のドラフトをお送りいただきありがとうございました。
当社法務と確認し、修正案を添付いたします。主な変更点は以下の3点です。

1. 第2条（秘密情報の定義）：口頭で開示した情報は、開示後30日以内に書面で特定したものに限る
2. 第7条（有効期間）：契約終了後の秘密保持義務を5年→3年
3. 第9条：実証で生成された配車データの帰属を当社とする旨を追記

ご確認のほどよろしくお願いいたします。

{sig("igarashi", 2)}

> 五十嵐様
> 先日はありがとうございました。実証開始前に機密保持契約を締結させていただきたく、
> 弊社ひな形をお送りします。
""",
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_日の出産業修正案.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                "AI配車エンジンの実証実験（以下「本件」という。）に関し、次のとおり契約を締結する。",
                "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定める。",
                "第2条（秘密情報の定義）本契約において秘密情報とは、書面、電磁的記録により開示された技術上又は"
                "営業上の情報であって、開示の際に秘密である旨が明示されたものをいう。口頭で開示した情報は、"
                "開示後30日以内に書面で特定したものに限る。",
                "第7条（有効期間）本契約の有効期間は締結日から1年間とし、秘密保持義務は契約終了後3年間存続する。",
                "第9条（成果の帰属）本件において生成された配車データは甲に帰属する。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA draft; the words 秘密/機密 are the subject matter, not a marking",
    },
    {
        "id": "taxi-007", "charset": "iso-2022-jp",
        "sender": frm("hasumi"),
        "to": ["常盤損保 事故サービス 宗像 <munakata@tokiwa-sonpo.co.jp>",
               "白川法律事務所 弁護士 白川 <shirakawa@shirakawa-law.jp>",
               "みなとモータース 工場長 <factory@minato-motors.co.jp>"],
        "subject": "事故案件 HS-24-0318 関係者打合せ日程のご相談",
        "body": f"""関係各位

お世話になっております。日の出産業 安全推進課の蓮見です。
9月27日に江東区新砂交差点で発生した当社車両の事故（社内管理番号 HS-24-0318）につき、
過失割合と修理範囲の整理のため、三者で一度お打合せをお願いしたく存じます。

候補日：
　① 10月28日（月）14:00〜
　② 10月30日（水）10:00〜
　③ 10月31日（木）15:00〜
場所：当社豊洲本社 3階会議室（オンライン参加も可）

ご都合のよい日程をご返信ください。ドライブレコーダー映像は当日投影いたします。

{sig("hasumi", 1)}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (insurer, lawyer, repair shop) see each other in To",
    },
    {
        "id": "taxi-008", "charset": "shift_jis",
        "sender": frm("onodera"),
        "to": ["ハコブ 連携チーム <partner-support@hakobu-app.com>"],
        "subject": "アプリ配車の料金不一致データ（10月分）送付",
        "body": f"""株式会社ハコブ
連携チーム 御中

お世話になります。日の出産業 配車センター 小野寺です。
アプリ経由の配車で、アプリ表示運賃と当社メーター運賃が食い違ったケースを抽出しました。
CSVを添付しますので、突合のうえ差額精算の可否をご回答ください。

件数：12件（10/1〜10/20）

{sig("onodera", 2)}
""",
        "attachments": [{
            "kind": "csv", "name": "app_fare_mismatch_202410.csv", "encoding": "cp932",
            "rows": [
                ["配車ID", "受付日時", "お客様名", "電話番号", "乗車地", "降車地", "アプリ運賃", "メーター運賃"],
                ["HK-88120041", "2024/10/01 08:12", "栗林 和子", "03-3644-2817", "東京都江東区牡丹2-7-4", "東京駅八重洲口", "2,860", "3,180"],
                ["HK-88120377", "2024/10/02 19:45", "宍戸 昭彦", "090-2841-7730", "東京都中央区月島3-18-2", "銀座四丁目", "1,900", "2,220"],
                ["HK-88121102", "2024/10/04 07:58", "相馬 ゆかり", "080-6627-0913", "東京都江東区豊洲5-6-36", "羽田空港T2", "7,400", "8,050"],
                ["HK-88121540", "2024/10/05 23:11", "伊集院 瑞穂", "070-2235-8841", "東京都江東区有明1-4-10", "新橋駅", "3,300", "3,620"],
                ["HK-88122019", "2024/10/07 12:30", "保科 勇", "080-3347-6612", "東京都江戸川区東葛西7-19-8", "葛西臨海公園", "1,500", "1,820"],
                ["HK-88122688", "2024/10/09 06:40", "坂東 千鶴", "03-3632-7740", "東京都江東区住吉2-21-9", "錦糸町駅", "1,340", "1,500"],
                ["HK-88123105", "2024/10/10 18:02", "羽生田 剛", "090-4426-1198", "千葉県浦安市舞浜2-31-5", "新木場駅", "2,620", "2,940"],
                ["HK-88123477", "2024/10/12 21:19", "春日井 葵", "080-7715-3026", "東京都中央区晴海2-5-24", "六本木ヒルズ", "3,980", "4,300"],
                ["HK-88124010", "2024/10/14 09:03", "東郷 真理", "090-9938-2104", "東京都江東区清澄3-2-15", "聖路加国際病院", "1,660", "1,980"],
                ["HK-88124516", "2024/10/16 16:48", "蛭田 清", "03-3685-4472", "東京都江東区亀戸8-3-11", "両国国技館", "1,820", "2,140"],
                ["HK-88125033", "2024/10/18 20:27", "猪狩 美代", "03-3617-9025", "東京都墨田区文花1-12-3", "押上駅", "1,180", "1,340"],
                ["HK-88125391", "2024/10/20 11:55", "Oliver Brown", "080-4011-2398", "東京都港区六本木6-2-31", "豊洲市場", "4,120", "4,600"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV with 12 passengers' names, phones and pickup addresses to the ride app company",
    },
    {
        "id": "taxi-009", "charset": "iso-2022-jp",
        "sender": frm("kiryu"),
        "to": ["常盤損保 フリート営業部 今泉 <imaizumi@tokiwa-sonpo.co.jp>"],
        "subject": "Re: 記名被保険者一覧のご確認",
        "body": f"""今泉様

お世話になっております。日の出産業の桐生です。
一覧を拝見しました。当社の在籍情報と相違ございません。このまま手続きを進めてください。
ご対応ありがとうございます。

{sig("kiryu", 2)}

> 日の出産業株式会社
> 桐生様
>
> いつもお世話になっております。常盤損保の今泉です。
> 更改にあたり、ハイヤー部門の記名被保険者を下記で登録しております。ご確認ください。
>
> 氏名           生年月日      免許証番号      免許有効期限
> 雲母 隆        1970/01/17   301190112348    2026/02/17
> 柘植 公平      1969/12/31   300990841164    2025/01/31
> 九十九 和夫    1959/05/11   300779205536    2027/06/11
> 比嘉 翔太      1992/09/25   302111987455    2027/10/25
> 四十物 勝也    1963/07/30   300884550192    2025/08/30
> 鬼頭 正和      1968/04/02   301289104520    2026/05/02
>
> 常盤損害保険株式会社 フリート営業部 今泉
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 6-driver list is only quoted from the insurer's own mail; the new text has no data",
    },
    {
        "id": "taxi-010", "charset": "utf-8",
        "sender": frm("kiryu"),
        "to": ["青葉運輸 運行管理部 鶴見 <tsurumi@aoba-unyu.co.jp>"],
        "subject": "東京ベイ花火大会 共同配車 応援乗務員名簿",
        "body": f"""青葉運輸株式会社
運行管理部 鶴見様

お世話になっております。日の出産業 運行管理課の桐生です。
11/9の花火大会当日の共同配車について、当社から応援に出す乗務員の名簿をお送りします。
入構証の発行にお使いください。シートは営業所別に分けてあります。

{sig("kiryu")}
""",
        "attachments": [{
            "kind": "xlsx", "name": "応援乗務員名簿_1109.xlsx",
            "title": "共同配車 応援乗務員名簿",
            "sheets": {
                "豊洲": [["東京ベイ花火大会 共同配車 応援乗務員名簿（豊洲営業所）"], [],
                         ["社員番号", "氏名", "フリガナ", "生年月日", "携帯電話", "住所"]] +
                        [[d["no"], d["name"], d["kana"], ymd(d["dob"]), d["tel"], d["addr"]]
                         for d in DRV if d["br"] == "豊洲"][:5],
                "葛西": [["東京ベイ花火大会 共同配車 応援乗務員名簿（葛西営業所）"], [],
                         ["社員番号", "氏名", "フリガナ", "生年月日", "携帯電話", "住所"]] +
                        [[d["no"], d["name"], d["kana"], ymd(d["dob"]), d["tel"], d["addr"]]
                         for d in DRV if d["br"] == "葛西"],
                "集合": [["集合場所", "有明臨時乗り場（有明1-4先）"], ["集合時刻", "16:30"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX roster of 10 drivers (DOB, mobile, home address) over two sheets to a partner",
    },
]

# ---------------------------------------------------------------------------- 011-020
MESSAGES += [
    {
        "id": "taxi-011", "charset": "utf-8",
        "sender": frm("kiryu"),
        "to": ["あさひが丘クリニック 産業医 真鍋先生 <manabe@asahigaoka-clinic.jp>"],
        "subject": "乗務員の乗務再開可否についてご意見のお願い",
        "body": f"""あさひが丘クリニック
真鍋先生

いつも大変お世話になっております。日の出産業 運行管理課の桐生です。
豊洲営業所の乗務員 五月女 裕二（52歳）について、ご意見を頂戴したくご連絡いたしました。

・9月の簡易検査（パルスオキシメータ）で要精密検査
・10月8日、東邦睡眠センターにて中等度の睡眠時無呼吸症候群（AHI 24）と診断
・10月15日からCPAP治療を開始、現在は乗務を停止し内勤
・本人は眠気の自覚なし、日中の居眠りの申告もなし

CPAPの使用記録（2週間分）がまとまり次第お送りしますので、
乗務再開の時期と条件についてご判断いただけますでしょうか。

{sig("kiryu")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named driver's sleep apnoea diagnosis (要配慮個人情報) sent to an outside clinic",
    },
    {
        "id": "taxi-012", "charset": "iso-2022-jp",
        "sender": frm("washio"),
        "to": ["星野建設 総務部 <soumu@hoshino-kensetsu.co.jp>"],
        "subject": "タクシーチケットご利用開始のご案内（営業所・配車窓口一覧）",
        "body": f"""星野建設株式会社
総務部 御中

このたびは当社タクシーチケットをお申込みいただき、誠にありがとうございます。
日の出産業 法人営業課の鷲尾でございます。
ご利用開始（11月1日）に先立ち、配車窓口と営業所の一覧をお送りいたします。

【配車受付】
　24時間配車センター　TEL 03-5534-7000　／　法人専用ダイヤル 03-5534-7011

【営業所】
　営業所名      所在地                             電話
　豊洲営業所    東京都江東区豊洲6-2-18             03-3536-2200
　葛西営業所    東京都江戸川区臨海町3-6-4          03-3878-5100
　北千住営業所  東京都足立区千住曙町18-7           03-3882-4600
　有明乗り場    東京都江東区有明3-11（臨時）       ―

チケットの冊子は来週中に簡易書留でお届けします。
ご不明な点は鷲尾までお気軽にお問い合わせください。

{sig("washio", 1)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own branches and switchboards, no people",
    },
    {
        "id": "taxi-013", "charset": "shift_jis",
        "sender": frm("onodera"),
        "to": ["葛西営業所 配車係 <kasai-haisha@hinode-sangy0.co.jp>"],
        "subject": "11月第1週 車両配置計画（葛西・豊洲）",
        "body": f"""葛西営業所 配車係 各位

お疲れさまです。配車センター小野寺です。
11月第1週の車両配置計画を送ります。文化の日の連休は羽田・成田の需要増を見込んで
空港定額の待機を2台増やしています。

日付      豊洲(日勤/夜勤)   葛西(日勤/夜勤)   空港待機
11/01(金)     48 / 40            31 / 26           6
11/02(土)     44 / 42            28 / 27           8
11/03(日)     40 / 38            26 / 24           8
11/04(月)     42 / 36            27 / 22           7

異論なければこのまま確定します。

{sig("onodera", 2)}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for a branch colleague but sent to hinode-sangy0.co.jp (zero for o): look-alike of the own domain",
    },
    {
        "id": "taxi-014", "charset": "utf-8",
        "sender": frm("ookochi"),
        "to": ["さくらホテル コンシェルジュ 武藤 <concierge@sakura-hotel.jp>"],
        "subject": "ハイヤー手配 決済カード情報の件（ご宿泊のお客様）",
        "body": f"""さくらホテル コンシェルジュデスク
武藤様

いつもお世話になっております。日の出産業 ハイヤー営業課の大河内です。
ご依頼いただいた11/5（火）終日貸切のハイヤーですが、お客様の決済カードが当社端末で
承認されませんでした。お手数ですがお客様にご確認いただけますでしょうか。

お客様名：Ms. Charlotte WEBER（1208号室ご宿泊）
カード番号：{cc_fmt(4101)}
有効期限：08/27
エラー：承認不可（カード会社へお問合せ）

別カードでのお支払い、またはホテル様立替でのご精算もご相談ください。

{sig("ookochi")}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a guest's full credit card number in the body to a partner hotel",
    },
    {
        "id": "taxi-015", "charset": "iso-2022-jp",
        "sender": frm("matoba"),
        "to": ["m.aizawa1985@gmail.com"],
        "subject": "お忘れ物（傘）のお預かりについて",
        "body": f"""相沢様

日の出産業タクシー 豊洲営業所 遺失物係の的場と申します。
お問い合わせいただきました10月18日（金）ご乗車時のお忘れ物について、
紺色の長傘（持ち手が木製のもの）を当営業所でお預かりしております。

お受け取りは平日9時〜18時、豊洲営業所の受付までお越しください。
ご来所の際は、ご本人確認のため乗車日時のわかるもの（アプリ履歴・領収書など）をお持ちください。
着払いでのご送付もできますので、ご希望の場合はご返信ください。

{sig("matoba")}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one passenger on free mail, about her own lost umbrella; no other data",
    },
    {
        "id": "taxi-016", "charset": "utf-8",
        "sender": frm("mimori"),
        "to": ["白川法律事務所 白川 弁護士 <shirakawa@shirakawa-law.jp>"],
        "subject": "苦情案件のうち法的対応が見込まれるもの（一覧送付）",
        "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 お客様相談室の三森です。
上期の苦情のうち、損害賠償請求や訴訟の可能性があるものを一覧にしました（Word）。
来週の定例でご意見をいただければ幸いです。

{sig("mimori")}
""",
        "attachments": [{
            "kind": "docx", "name": "要法的検討_苦情一覧_2024上期.docx",
            "paragraphs": ["要法的検討 苦情一覧（2024年度上期）", "お客様相談室 作成"],
            "tables": [[
                ["受付日", "申出人", "連絡先", "住所", "申出内容", "対応状況"],
                ["4/12", "栗林 和子", "03-3644-2817", "江東区牡丹2-7-4", "急ブレーキで転倒し手首を負傷と主張", "保険会社に連絡済"],
                ["5/03", "宍戸 昭彦", "090-2841-7730", "中央区月島3-18-2-1102", "遠回りによる過大請求", "差額返金を提示、拒否"],
                ["5/21", "伊集院 瑞穂", "070-2235-8841", "江東区有明1-4-10-1507", "乗務員の暴言", "録音提出を要求されている"],
                ["6/14", "羽生田 剛", "090-4426-1198", "浦安市舞浜2-31-5", "ドア開閉時に車両接触、傷", "修理見積受領"],
                ["7/30", "春日井 葵", "080-7715-3026", "中央区晴海2-5-24-4210", "乗車拒否", "運輸局への申告を示唆"],
                ["8/09", "猪狩 美代", "03-3617-9025", "墨田区文花1-12-3", "荷物破損（陶器）", "時価での賠償を要求"],
                ["9/02", "保科 勇", "080-3347-6612", "江戸川区東葛西7-19-8", "領収書の金額誤り", "調査中"],
                ["9/25", "東郷 真理", "090-9938-2104", "江東区清澄3-2-15", "予約時刻に迎車なし、商談に遅刻", "逸失利益の請求書到着"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 8 complainants with phone and address sent to the outside law firm",
    },
    {
        "id": "taxi-017", "charset": "iso-2022-jp",
        "sender": frm("igarashi"),
        "to": ["青葉運輸 情報システム部 <system@aoba-unyu.co.jp>"],
        "cc": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
        "subject": "共同配車API接続テストの日程について",
        "body": f"""青葉運輸株式会社 情報システム部 ご担当者様
（cc: ツバサシステム 導入支援ご担当者様）

お世話になっております。日の出産業 情報システム課の五十嵐です。
共同配車APIの接続テストについて、三社で日程を合わせたく存じます。

・11/12（火）10:00-12:00　ステージング環境での疎通確認
・11/14（木）13:00-17:00　配車要求・キャンセル・到着通知のシナリオテスト

テスト用の車両IDは各社5台ずつ、ダミーのお客様データを使用します。
接続元IPアドレスは別途お知らせします。

{sig("igarashi")}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc for a three-way test schedule",
    },
    {
        "id": "taxi-018", "charset": "shift_jis",
        "sender": frm("kiryu"),
        "to": ["常盤損保 フリート営業部 今泉 <imaizumi@tokiwa-sonpo.co.jp>"],
        "subject": "記名被保険者の追加（新任乗務員1名）",
        "body": f"""常盤損害保険株式会社
今泉様

お世話になっております。日の出産業の桐生です。
12月1日から乗務を開始する新任乗務員1名を、フリート契約の記名被保険者に追加願います。

　氏名　　　　：真栄田 ケン（マエダ ケン）
　生年月日　　：1990年3月3日
　運転免許証　：第 302107764318 号（第二種 普通）
　有効期限　　：2028年4月3日まで（ブルー）
　配属　　　　：葛西営業所

免許証の写しは本日郵送いたしました。

{sig("kiryu", 2)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number with name and DOB to the insurer",
    },
    {
        "id": "taxi-019", "charset": "utf-8",
        "sender": frm("himuro"),
        "to": ["ミライ経営研究所 堀之内 <horinouchi@mirai-keiei.co.jp>"],
        "subject": "【社外秘】運賃改定申請に向けた収支資料",
        "body": f"""取扱区分：社外秘
――――――――――――――――――――

ミライ経営研究所
堀之内様

お世話になっております。日の出産業の氷室です。
来春の運賃改定申請に向けた検討資料をお送りします。

1. 実車率：48.2%（前年 45.9%）
2. 乗務員1人あたり月間営収：52.4万円
3. 燃料費（LPG）：前年比 +11%
4. 初乗り 500円→600円 とした場合の増収見込み：年 3.1億円

本資料は改定申請前の内部検討資料ですので、取扱いにご留意ください。
来週の打合せでご意見をいただければ幸いです。

{sig("himuro")}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 社外秘 in subject and header line, sent to an outside consultant",
    },
    {
        "id": "taxi-020", "charset": "iso-2022-jp",
        "sender": frm("yaginuma"),
        "to": [f"経理課 菅原 <{addr('sugawara')}>"],
        "cc": [f"kyuyo@{D}"],
        "subject": "年末調整 乗務員分の個人番号一覧（豊洲）",
        "body": f"""菅原さん

お疲れさまです。総務の八木沼です。
年末調整用に、豊洲営業所の乗務員で扶養控除等申告書を回収済みの6名分を一覧にしました。
個人番号は申告書から転記しています。突合をお願いします。

※社内限りの取扱いでお願いします。

{sig("yaginuma", 2)}
""",
        "attachments": [{
            "kind": "xlsx", "name": "年末調整_個人番号_豊洲.xlsx",
            "sheets": {"豊洲": [["年末調整 個人番号確認表（豊洲営業所）"],
                                ["社員番号", "氏名", "生年月日", "住所", "個人番号"]] +
                               [[d["no"], d["name"], wareki(*d["dob"]), d["addr"], mn(4105 + i, "")]
                                for i, d in enumerate([x for x in DRV if x["br"] == "豊洲"][:6])]},
        }],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Numbers of 6 drivers, but every recipient is internal",
    },
]

# ---------------------------------------------------------------------------- 021-030
_WELFARE_ROWS = [
    ("佐久間 トメ", "03-3647-1182", "東京都江東区扇橋2-11-5", "電動車いす", "身体障害者手帳1級（両下肢機能全廃）"),
    ("室伏 義男", "03-3681-5520", "東京都江東区亀戸4-38-2-203", "手動車いす", "身体障害者手帳2級（脳梗塞後遺症・左片まひ）"),
    ("高遠 ハル", "090-8814-2267", "東京都江東区北砂5-20-11", "リクライニング車いす", "要介護4・認知症あり"),
    ("根岸 竜之介", "080-2290-4471", "東京都江東区東雲1-9-41-1803", "手動車いす", "身体障害者手帳1級（頸髄損傷）"),
    ("天羽 幸恵", "03-3699-3015", "東京都江東区大島6-4-2", "ストレッチャー", "ALS・人工呼吸器使用"),
    ("瓜生 誠一", "070-1140-6638", "東京都江東区南砂2-3-7-105", "手動車いす", "身体障害者手帳3級（人工透析・週3回）"),
]

MESSAGES += [
    {
        "id": "taxi-021", "charset": "utf-8",
        "sender": frm("koga"),
        "to": ["ひだまり介護サービス 相談員 <soudan@hidamari-kaigo.co.jp>"],
        "subject": "11月 通院送迎（福祉タクシー）ご予約一覧",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ひだまり介護サービス<br>相談員 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 福祉輸送課の古賀です。<br>
11月分の通院送迎のご予約を下表のとおり承りました。乗降介助の要否をご確認ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>ご利用者様</th><th>電話</th><th>お迎え先</th><th>車いす等</th><th>障害・介護の状況</th><th>行先</th></tr>
""" + "".join(
            f"<tr><td>{n}</td><td>{t}</td><td>{a}</td><td>{w}</td><td>{s}</td><td>{h}</td></tr>\n"
            for (n, t, a, w, s), h in zip(_WELFARE_ROWS, [
                "江東病院", "昭和大学江東豊洲病院", "東京都立墨東病院", "がん研有明病院",
                "江東病院", "錦糸町腎クリニック"])) + f"""</table>
<p>当日の担当乗務員（介護職員初任者研修修了）は前日にお電話でご連絡いたします。</p>
<p>--<br>日の出産業株式会社 タクシー・ハイヤー事業部 福祉輸送課　古賀 千尋<br>
〒135-0061 東京都江東区豊洲6-2-18　TEL 03-5534-7160<br>{addr("koga")}</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail: table of 6 wheelchair users with phone, address and disability details",
    },
    {
        "id": "taxi-022", "charset": "iso-2022-jp",
        "sender": frm("kiryu"),
        "to": ["山手ドライビングスクール 法人講習係 <houjin@yamate-ds.co.jp>"],
        "subject": "11/20 安全運転講習 受講者のご連絡",
        "body": f"""山手ドライビングスクール
法人講習係 御中

お世話になっております。日の出産業 運行管理課の桐生です。
11月20日（水）の安全運転講習（高齢運転者向けコース）の受講者は以下3名です。
当日の遅刻・欠席連絡は各人から直接差し上げることがありますので、携帯番号を添えます。

・九十九 和夫　090-2284-6671
・漆原 忠　　　090-7702-3391
・纐纈 浩　　　070-3398-4520

受講料は請求書払いでお願いします。

{sig("kiryu")}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobile numbers: under the five-person threshold",
    },
    {
        "id": "taxi-023", "charset": "shift_jis",
        "sender": frm("kiryu"),
        "to": ["常盤損保 フリート営業部 今泉 <imaizumi@tokiwa-sonpo.co.jp>"],
        "subject": "乗務員名簿（更改用）送付",
        "body": f"""今泉様

お世話になっております。日の出産業の桐生です。
更改手続き用の乗務員名簿（全営業所）をパスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

{sig("kiryu", 2)}
""",
        "attachments": [{
            "kind": "zip", "name": "jomuin_meibo_2024.zip", "password": "Hinode#1024",
            "files": [{
                "kind": "xlsx", "name": "乗務員名簿_全営業所.xlsx",
                "sheets": {"名簿": [["社員番号", "氏名", "生年月日", "免許証番号"]] +
                                   [[d["no"], d["name"], ymd(d["dob"]), d["lic"]] for d in DRV]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the insurer: contents cannot be inspected",
    },
    {
        "id": "taxi-024", "charset": "shift_jis",
        "sender": frm("onodera"),
        "to": ["ツバサシステム 分析チーム 岩佐 <iwasa@tsubasa-system.jp>"],
        "subject": "時間帯別 配車件数（9月）の送付",
        "body": f"""岩佐様

お世話になっております。配車センター小野寺です。
需要予測モデルの学習用に、9月の時間帯別配車件数（受付チャネル別）を添付します。
個別の予約情報は含めていません。

{sig("onodera", 2)}
""",
        "attachments": [{
            "kind": "csv", "name": "hourly_dispatch_202409.csv", "encoding": "utf-8",
            "rows": [["時間帯", "電話", "アプリ", "流し", "法人予約", "合計"]] +
                    [[f"{h:02d}:00", str(40 + (h * 7) % 31), str(85 + (h * 13) % 57),
                      str(120 + (h * 11) % 43), str(10 + (h * 5) % 17),
                      str(255 + (h * 36) % 148)] for h in range(24)],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated dispatch counts per hour, no individual passengers",
    },
    {
        "id": "taxi-025", "charset": "utf-8",
        "sender": frm("hasumi"),
        "to": ["常盤損保 リスクコンサルティング室 <risk-consult@tokiwa-sonpo.co.jp>"],
        "subject": "事故多発乗務員の個別指導状況（報告会資料）",
        "body": f"""常盤損害保険株式会社
リスクコンサルティング室 御中

お世話になっております。日の出産業 安全推進課の蓮見です。
来週の報告会で使用するスライドを先にお送りします。
個別指導の対象者ごとの状況を記載しております。

{sig("hasumi")}
""",
        "attachments": [{
            "kind": "pptx", "name": "事故多発乗務員_個別指導状況.pptx",
            "slides": [
                ["事故多発乗務員 個別指導状況", "2024年度上期", "日の出産業 安全推進課"],
                ["対象者の選定基準", "過去12か月で有責事故2件以上", "または ヒヤリハット報告5件以上"],
                ["対象者（1/2）",
                 f"鬼頭 正和（{wareki(1968, 4, 2, 'short')}生）免許証 301289104520　有責3件",
                 f"纐纈 浩（{wareki(1966, 3, 21, 'short')}生）免許証 300786430977　有責2件",
                 f"御手洗 健太（{wareki(1988, 6, 8, 'short')}生）免許証 302008871560　有責2件"],
                ["対象者（2/2）",
                 f"舎人 直樹（{wareki(1984, 10, 23, 'short')}生）免許証 301603398215　有責2件",
                 f"仙波 英明（{wareki(1974, 2, 8, 'short')}生）免許証 301494036621　ヒヤリハット7件"],
                ["指導内容", "添乗指導（月2回）", "ドラレコ映像による振り返り", "適性診断（特定診断Ⅰ）の受診"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "PPTX naming 5 drivers with DOB and licence numbers, sent to the insurer",
    },
    {
        "id": "taxi-026", "charset": "utf-8",
        "sender": frm("onodera"),
        "to": ["tkd.yamazaki@gmail.com", "haru_no_umi77@yahoo.co.jp", "k.ozeki@icloud.com"],
        "subject": "相乗りタクシー実証実験 ご参加のお礼とアンケートのお願い",
        "body": f"""実証実験にご参加の皆さま

日の出産業タクシー 配車センターの小野寺です。
10月に実施した「豊洲〜有明 相乗りタクシー」実証実験にご参加いただき、ありがとうございました。

今後のサービス改善のため、下記のアンケートにご協力をお願いいたします（所要5分）。
https://forms.hinode-sangyo.co.jp/ainori-2410
回答期限：11月8日（金）

ご回答いただいた方には、次回ご乗車時に使える500円クーポンをお送りします。

{sig("onodera", 2)}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons on free mail see each other's addresses in To: should have been Bcc",
    },
    {
        "id": "taxi-027", "charset": "iso-2022-jp",
        "sender": frm("ookochi"),
        "to": ["北国フーズ 秘書室 <hisho@kitaguni-foods.co.jp>"],
        "subject": "ハイヤー料金表（2025年1月改定）のご送付",
        "body": f"""北国フーズ株式会社
秘書室 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 ハイヤー営業課の大河内でございます。
2025年1月1日からのハイヤー料金表をお送りいたします。時間制料金を一部改定しております。

ご不明な点がございましたら、お気軽にお問い合わせください。

{sig("ookochi", 1)}
""",
        "attachments": [{
            "kind": "pdf", "name": "hire_price_2025.pdf", "title": "ハイヤー料金表 2025",
            "lines": ["ハイヤー料金表（2025年1月1日改定）", "日の出産業株式会社 タクシー・ハイヤー事業部", ""],
            "table": [["車種", "時間制（1時間）", "最低2時間", "空港定額（羽田）", "空港定額（成田）"],
                      ["セダン（クラウン）", "7,800円", "15,600円", "22,000円", "36,000円"],
                      ["ワゴン（アルファード）", "9,200円", "18,400円", "27,500円", "42,000円"],
                      ["プレミアム（センチュリー）", "14,500円", "29,000円", "40,000円", "58,000円"],
                      ["深夜早朝割増（22時〜5時）", "2割増", "", "", ""]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list PDF to a partner",
    },
    {
        "id": "taxi-028", "charset": "utf-8",
        "sender": frm("usami"),
        "to": ["森岡行政書士事務所 <info@gyosei-morioka.jp>"],
        "subject": "乗務員候補者の在留資格変更申請のご依頼",
        "body": f"""森岡行政書士事務所
森岡先生

お世話になります。日の出産業 乗務員採用課の宇佐美です。
先日ご相談した乗務員候補者について、在留資格変更許可申請のご依頼をさせてください。

　氏名：グエン・ヴァン・タム（NGUYEN VAN TAM）
　生年月日：1987年8月14日
　在留カード番号：UH48203917EK
　現在の在留資格：技術・人文知識・国際業務（2026年3月10日まで）
　二種免許：10月に取得済み（外国人向け教習コース修了）

雇用条件通知書と会社の登記事項証明書は追ってお送りします。

{sig("usami")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a candidate's residence card number to an outside administrative scrivener",
    },
    {
        "id": "taxi-029", "charset": "shift_jis",
        "sender": frm("igarashi"),
        "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
        "subject": "Re: 車載端末ファームウェア更新の不具合（ログ送付）",
        "body": f"""ツバサシステム 保守窓口 ご担当者様

お世話になっております。日の出産業 情報システム課の五十嵐です。
ご依頼のあった車載端末のログを送ります。更新後に再起動を繰り返す端末は以下の3台です。

・車載ID V-0412（品川500あ12-08）
・車載ID V-0519（品川500あ13-01）
・車載ID V-0733（足立500か44-19）

ファームウェア：3.8.2 → 3.9.0
発生時刻はログ内の "WDT reset" の行をご確認ください。

{sig("igarashi", 2)}
""",
        "attachments": [{
            "kind": "txt", "name": "v0412_syslog.txt",
            "text": "2024-10-21 05:12:03 boot fw=3.9.0\n2024-10-21 05:12:41 gps fix ok\n"
                    "2024-10-21 05:13:10 WDT reset\n2024-10-21 05:13:52 boot fw=3.9.0\n",
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp: a dropped letter in the partner domain tsubasa-system.jp",
    },
    {
        "id": "taxi-030", "charset": "iso-2022-jp",
        "sender": frm("kiryu"),
        "to": [f"北千住営業所 運行管理 <kitasenju-unkan@{D}>"],
        "subject": "定期健診 有所見者の乗務可否判定（北千住）",
        "body": f"""北千住営業所 運行管理者各位

お疲れさまです。運行管理課の桐生です。
9月の定期健康診断で有所見となった乗務員について、産業医の判定が出ましたので共有します。
点呼時の確認を徹底してください。

社員番号  氏名          所見                          判定
N-3012    薬袋 美智子   血圧 168/102（高血圧）         服薬開始まで夜勤停止
N-3019    纐纈 浩       HbA1c 8.4（糖尿病・治療中）    乗務可（低血糖時の対応指導）
N-3044    御手洗 健太   心電図 心房細動の疑い          精密検査後に再判定
N-3051    小鳥遊 真一   γ-GTP 212                       乗務可（節酒指導）
N-3008    漆原 忠       眼底 所見あり（緑内障疑い）     眼科受診後に再判定

※健診結果は要配慮個人情報です。転送・印刷は控えてください。

{sig("kiryu", 2)}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health-check findings of 5 drivers, but sent only to an internal address",
    },
]

# ---------------------------------------------------------------------------- 031-040
MESSAGES += [
    {
        "id": "taxi-031", "charset": "utf-8",
        "sender": frm("mimori"),
        "to": ["CSパートナーズ 研修事業部 日置 <hioki@cs-partners.co.jp>"],
        "subject": "FW: 【相談室】9月 接遇苦情の詳細（研修教材用）",
        "body": f"""CSパートナーズ株式会社
日置様

お世話になっております。日の出産業 お客様相談室の三森です。
次回の接遇研修の教材作成用に、社内で共有した9月の苦情詳細のメールをそのまま添付します。
ケーススタディとして使えそうなものを選んでいただけますでしょうか。

{sig("mimori")}
""",
        "attachments": [{
            "kind": "eml", "name": "9月接遇苦情の詳細.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": frm("mimori"),
                "to": [f"jomu-kyoiku@{D}"],
                "subject": "【相談室】9月 接遇苦情の詳細",
                "body": """乗務員教育担当 各位

9月に受け付けた接遇関係の苦情です。各営業所での指導にお使いください。

(1) 9/3 申出人：蛭田 清 様（03-3685-4472）
    亀戸から両国まで。乗務員が終始無言で、行先の復唱もなかった。
(2) 9/8 申出人：坂東 千鶴 様（03-3632-7740）
    住吉駅前で乗車時、スーツケースの積み込みを手伝ってもらえなかった。
(3) 9/12 申出人：保科 勇 様（080-3347-6612）
    ナビと違う道を通り、理由を尋ねたら舌打ちされた。
(4) 9/19 申出人：Oliver Brown 様（080-4011-2398）
    英語での行先指示が通じず、降車を求められた。
(5) 9/24 申出人：相馬 ゆかり 様（080-6627-0913）
    車内のたばこ臭がひどかった。
(6) 9/29 申出人：猪狩 美代 様（03-3617-9025）
    高齢のため乗降に時間がかかったところ、せかされた。

お客様相談室 三森
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "attached internal mail listing 6 complainants with phone numbers, forwarded to a training vendor",
    },
    {
        "id": "taxi-032", "charset": "shift_jis",
        "sender": frm("washio"),
        "to": ["錦印刷 営業部 仁科 <nishina@nishiki-insatsu.co.jp>"],
        "subject": "法人名入りタクシーチケット 納品先のご連絡",
        "body": f"""錦印刷株式会社
仁科様

いつもお世話になっております。日の出産業の鷲尾です。
先日発注した法人名入りチケット（発注番号 NP-24-1187、500冊）ですが、
お客様への直送をお願いしたく、納品先をお知らせします。

納品先：星野建設株式会社 総務部
ご担当：沢渡 恭子 様
住所　：〒104-0045 東京都中央区築地2-14-6 星野ビル5F
電話　：03-6228-4410（直通）
メール：sawatari.k@hoshino-kensetsu.co.jp

納品希望日は11月6日（水）午前中です。

{sig("washio", 2)}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one customer contact person's business details for delivery: a single record",
    },
    {
        "id": "taxi-033", "charset": "utf-8",
        "sender": frm("onodera"),
        "to": ["青葉運輸 配車課 鶴見 <tsurumi@aoba-unyu.co.jp>"],
        "subject": "転送: 年末年始 夜間応援 待機乗務員連絡先",
        "body": f"""鶴見様

お世話になっております。日の出産業の小野寺です。
年末年始の夜間応援の件、当社で待機する乗務員の連絡先を社内で回したメールを転送します。
急な応援要請の際は、各人に直接ご連絡いただいて構いません。

{sig("onodera", 2)}

-------- Forwarded Message --------
From: 桐生 真澄 <{addr("kiryu")}>
To: 配車センター <haisha-center@{D}>
Subject: 年末年始 夜間応援 待機乗務員連絡先

配車センター各位

12/28〜1/3 の夜間待機者です。

・舎人 直樹（葛西）　　080-5561-0978
・阿久津 礼子（葛西）　070-6629-1143
・勅使河原 恵（葛西）　080-9914-3347
・比嘉 翔太（豊洲）　　080-1184-5570
・柘植 公平（豊洲）　　090-5538-2206
・仙波 英明（北千住）　080-3306-8819

運行管理課 桐生
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal mail with 6 drivers' mobile numbers goes to a partner: forwarded text counts",
    },
    {
        "id": "taxi-034", "charset": "iso-2022-jp",
        "sender": frm("usami"),
        "to": ["ドライバーズジョブ キャリアアドバイザー 本庄 <honjo@drivers-job.jp>"],
        "subject": "ご紹介いただいた候補者（K.T.様）の選考結果について",
        "body": f"""株式会社ドライバーズジョブ
本庄様

いつもお世話になっております。日の出産業 乗務員採用課の宇佐美です。
先日ご紹介いただいた 甲斐 拓郎 様（44歳）の件でご連絡いたします。

面接の結果は良好でしたが、運転記録証明書を確認したところ、
2021年に酒気帯び運転で検挙され罰金刑、免許取消（欠格期間2年）の経歴がございました。
ご本人から申告がなかったため、今回は見送りとさせていただきます。

恐れ入りますが、ご本人へのお伝えをお願いできますでしょうか。

{sig("usami", 2)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named candidate's drunk-driving conviction (criminal record) sent to a recruiting agency",
    },
    {
        "id": "taxi-035", "charset": "utf-8",
        "sender": frm("ookochi"),
        "to": ["Global Voyage Ground Ops <groundops@globalvoyage.com>"],
        "subject": "Hire car confirmation - Mr. Haverford, Nov 12 (HY-24-11-0342)",
        "body": f"""Dear Ground Operations team,

Thank you for your booking. We are pleased to confirm the following chauffeur service.

Booking ref.: HY-24-11-0342
Guest: Mr. James HAVERFORD
Arrival: NH 110, Haneda T3, 12 Nov 2024, 15:40
Vehicle: Toyota Alphard (black), English-speaking chauffeur
Route: Haneda Airport -> Sakura Hotel Tokyo Bay
Rate: JPY 27,500 (tolls included), invoiced to Global Voyage

Our chauffeur will be waiting at the arrival gate with a name board.

Best regards,

{sig("ookochi", 3)}

{DISC_EN}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one guest's booking to a travel agency with the standard English disclaimer",
    },
    {
        "id": "taxi-036", "charset": "shift_jis",
        "sender": frm("washio"),
        "to": ["みどり銀行 総務部 庶務グループ <shomu@midori-ginko.co.jp>"],
        "subject": "タクシーチケット 利用者登録内容のご確認（役員・部長職）",
        "body": f"""株式会社みどり銀行
総務部 庶務グループ 御中

いつもお世話になっております。日の出産業 法人営業課の鷲尾でございます。
チケット不正利用防止のための利用者登録について、現在の登録内容を出力しました。
異動のあった方がいらっしゃいましたら、修正のうえご返送ください。

（旧形式のExcelファイルです。開けない場合はご連絡ください。）

{sig("washio")}
""",
        "attachments": [{
            "kind": "xls", "name": "ticket_users_midori.xls",
            "sheets": {"登録者": [
                ["利用者コード", "氏名", "所属", "社員番号", "携帯電話", "メールアドレス"],
                ["MG-001", "嵯峨 宗一郎", "常務執行役員", "100214", "090-5122-8830", "saga.s@midori-ginko.co.jp"],
                ["MG-002", "乙部 里美", "人事部長", "100387", "080-6104-2215", "otobe.s@midori-ginko.co.jp"],
                ["MG-003", "加賀美 透", "融資部長", "100455", "090-3390-7721", "kagami.t@midori-ginko.co.jp"],
                ["MG-004", "日野原 佳澄", "営業企画部長", "100512", "070-2281-9904", "hinohara.k@midori-ginko.co.jp"],
                ["MG-005", "久世 公彦", "審査部長", "100609", "080-4437-5516", "kuze.k@midori-ginko.co.jp"],
                ["MG-006", "蔵前 聡美", "総務部長", "100733", "090-8826-1037", "kuramae.s@midori-ginko.co.jp"],
                ["MG-007", "野々宮 亘", "市場部長", "100801", "080-9973-0642", "nonomiya.w@midori-ginko.co.jp"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with 7 ticket users' mobile numbers and e-mail addresses sent outside",
    },
    {
        "id": "taxi-037", "charset": "iso-2022-jp",
        "sender": frm("hasumi"),
        "to": ["常盤損保 事故サービス 宗像 <munakata@tokiwa-sonpo.co.jp>"],
        "subject": "事故報告書（HS-24-0318）送付",
        "body": f"""宗像様

お世話になっております。日の出産業 安全推進課の蓮見です。
新砂交差点の事故について、事故報告書（PDF）を送付いたします。
ファイルを開く際のパスワードは、お電話でお伝えした番号です。

{sig("hasumi", 2)}
""",
        "attachments": [{
            "kind": "pdf", "name": "事故報告書_HS-24-0318.pdf", "password": "0318shinsuna",
            "lines": ["事故報告書", "管理番号 HS-24-0318", "発生日時 2024年9月27日 7時42分",
                      "乗務員 鬼頭 正和（豊洲営業所）", "相手方 自転車（負傷あり）"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF accident report: cannot be scanned",
    },
    {
        "id": "taxi-038", "charset": "utf-8",
        "sender": frm("ookochi"),
        "to": ["さくらホテル コンシェルジュ 武藤 <concierge@sakura-hotel.jp>"],
        "subject": "RE: ハイヤー決済の件（1208号室）",
        "body": f"""武藤様

お世話になっております。日の出産業の大河内です。
お送りいただいたカードで承認が取れました。ご対応ありがとうございました。
11/5は8:30にホテル正面へお迎えに上がります。

{sig("ookochi", 2)}

-----Original Message-----
From: 武藤 <concierge@sakura-hotel.jp>
Sent: Monday, November 4, 2024 6:12 PM
To: 大河内 玲 <{addr("ookochi")}>
Subject: RE: ハイヤー決済の件（1208号室）

大河内様

お世話になっております。さくらホテルの武藤です。
お客様に確認し、別のカードをお預かりしました。こちらで再度お試しください。

カード番号：{cc_fmt(4103, " ")}
有効期限：11/28
名義：CHARLOTTE WEBER

さくらホテル東京ベイ コンシェルジュ 武藤
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the card number appears only in the hotel's own mail quoted under -----Original Message-----",
    },
    {
        "id": "taxi-039", "charset": "iso-2022-jp",
        "sender": frm("himuro"),
        "to": ["経営ラボ 高見沢 <takamizawa@keiei-lab.co.jp>"],
        "subject": "営業所統廃合シミュレーション（Excel）",
        "body": f"""経営ラボ株式会社
高見沢様

お世話になっております。日の出産業の氷室です。
先日ご相談した営業所統廃合のシミュレーションをExcelでお送りします。
前提条件はシート「前提」にまとめてあります。

{sig("himuro")}
""",
        "attachments": [{
            "kind": "xlsx", "name": "営業所統廃合シミュレーション.xlsx",
            "page_header": "部外秘", "page_footer": "部外秘　日の出産業株式会社 タクシー・ハイヤー事業部",
            "sheets": {
                "前提": [["【部外秘】営業所統廃合シミュレーション"], [],
                         ["項目", "値"], ["北千住営業所の車両", "88台"], ["移管先", "豊洲・葛西"],
                         ["土地売却見込額", "18.5億円"]],
                "試算": [["案", "年間固定費削減", "回送距離増", "実車率影響"],
                         ["A案（北千住→豊洲）", "2.1億円", "+14%", "-1.2pt"],
                         ["B案（北千住→葛西）", "1.8億円", "+9%", "-0.8pt"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped 部外秘 in title row, header and footer sent to an outside consultant",
    },
    {
        "id": "taxi-040", "charset": "shift_jis",
        "sender": frm("igarashi"),
        "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
        "subject": "IT点呼システム 出力データの文字化けについて",
        "body": f"""ツバサシステム株式会社
保守窓口 ご担当者様

お世話になっております。日の出産業 情報システム課の五十嵐です。
IT点呼システムの日次エクスポート（TSV）で、備考欄が文字化けする事象が出ています。
実データを添付しますので、再現確認をお願いします（10/22 北千住 出庫点呼分）。

{sig("igarashi", 2)}
""",
        "attachments": [{
            "kind": "txt", "name": "tenko_20241022_kitasenju.tsv", "encoding": "utf-8",
            "text": "点呼日時\t社員番号\t氏名\tアルコール(mg/L)\t体温\t血圧\t体調申告\t判定\t備考\n"
                    "2024-10-22 05:02\tN-3012\t薬袋 美智子\t0.00\t36.4\t158/98\t良\t乗務可\t降圧剤服用確認\n"
                    "2024-10-22 05:06\tN-3019\t纐纈 浩\t0.00\t36.6\t132/84\t良\t乗務可\t血糖値測定済 112\n"
                    "2024-10-22 05:11\tN-3044\t御手洗 健太\t0.00\t36.2\t124/78\t良\t乗務可\t\n"
                    "2024-10-22 05:15\tN-3051\t小鳥遊 真一\t0.05\t36.5\t140/90\t良\t乗務不可\t再検査0.03 本日乗務中止\n"
                    "2024-10-22 05:20\tN-3066\t仙波 英明\t0.00\t37.9\t128/80\t発熱\t乗務不可\t発熱のため帰宅・受診指示\n"
                    "2024-10-22 05:24\tN-3008\t漆原 忠\t0.00\t36.3\t146/92\t良\t乗務可\t緑内障 点眼継続\n",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "TSV attachment: 6 drivers' roll-call health checks (blood pressure, illness, alcohol) to the vendor",
    },
]

# ---------------------------------------------------------------------------- 041-050
MESSAGES += [
    {
        "id": "taxi-041", "charset": "iso-2022-jp",
        "sender": frm("ookochi"),
        "to": ["さくらホテル 総支配人室 <gm-office@sakura-hotel.jp>"],
        "subject": "ホテル周辺のタクシー乗り場・提携営業所一覧",
        "body": f"""さくらホテル 総支配人室 御中

お世話になっております。日の出産業の大河内です。
フロントでお客様にご案内いただく用に、周辺のタクシー乗り場と当社営業所の一覧をまとめました。

■ 乗り場
・豊洲駅 1番出口前 タクシー乗り場（24時間）
・ららぽーと豊洲 北側ロータリー（10:00〜23:00）
・有明ガーデン 1F タクシープール（常時待機 3〜5台）
・東京ビッグサイト 西展示棟前（イベント開催時のみ）

■ 当社営業所
・豊洲営業所　東京都江東区豊洲6-2-18　TEL 03-3536-2200
・葛西営業所　東京都江戸川区臨海町3-6-4　TEL 03-3878-5100

■ 配車ご依頼（24時間）　TEL 03-5534-7000 ／ ホテル専用 03-5534-7015

{sig("ookochi")}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of taxi stands and branch offices: places, not people",
    },
    {
        "id": "taxi-042", "charset": "shift_jis",
        "sender": frm("washio"),
        "to": ["川崎電機 総務部 <soumu@kawasaki-denki.co.jp>",
               "北国フーズ 総務課 <soumu@kitaguni-foods.co.jp>",
               "みどり銀行 庶務グループ <shomu@midori-ginko.co.jp>",
               "さくらホテル 経理部 <keiri@sakura-hotel.jp>"],
        "subject": "タクシーチケット 手数料改定のお知らせ（2025年4月〜）",
        "body": f"""法人チケットご契約各社 ご担当者様

平素は日の出産業タクシーをご利用いただき、誠にありがとうございます。
2025年4月1日ご利用分より、タクシーチケットの発行手数料を下記のとおり改定させていただきます。

　現行：ご利用金額の5%　→　改定後：ご利用金額の6%
　（冊子発行手数料 1冊 300円は据え置き）

燃料費および決済システム費用の上昇によるものです。
何卒ご理解賜りますようお願い申し上げます。

{sig("washio", 1)}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four customer companies in To can see each other: should have been Bcc",
    },
    {
        "id": "taxi-043", "charset": "utf-8",
        "sender": frm("ookochi"),
        "to": ["SkyGate Service VIP Desk <vip@skygate-service.com>"],
        "subject": "ファストトラック手配のお願い（11/12 到着 VIP 1名）",
        "body": f"""SkyGate Service VIPデスク 御中

お世話になっております。日の出産業 ハイヤー営業課の大河内です。
11/12到着のお客様について、入国審査ファストトラックとミート＆アシストの手配をお願いします。

　お名前：James Edward HAVERFORD
　国籍表記：GBR
　旅券番号：GB5519302
　生年月日：1971年6月2日
　便名：NH 110（羽田 15:40着）

ハイヤーは到着ロビーで待機しております。

{sig("ookochi")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a guest's passport number and DOB sent to an airport service company",
    },
    {
        "id": "taxi-044", "charset": "iso-2022-jp",
        "sender": frm("mimori"),
        "to": [f"相談室共有 <soudan-all@mail.{D}>"],
        "cc": [f"{addr('himuro')}"],
        "subject": "10月 苦情受付一覧（週次共有）",
        "body": f"""相談室メンバー各位（cc: 氷室部長）

10月分の苦情受付一覧です。週次会議で対応方針を確認します。

No  受付日  申出人        電話            区分        担当
--  ------  ------------  --------------  ----------  ------
01  10/01   栗林 和子     03-3644-2817    運転        三森
02  10/02   宍戸 昭彦     090-2841-7730   料金        三森
03  10/04   相馬 ゆかり   080-6627-0913   車内環境    篠塚
04  10/07   伊集院 瑞穂   070-2235-8841   接遇        篠塚
05  10/09   保科 勇       080-3347-6612   道順        三森
06  10/11   坂東 千鶴     03-3632-7740    予約        篠塚
07  10/15   羽生田 剛     090-4426-1198   接遇        三森
08  10/18   春日井 葵     080-7715-3026   乗車拒否    篠塚
09  10/21   東郷 真理     090-9938-2104   予約        三森
10  10/24   蛭田 清       03-3685-4472    忘れ物      篠塚

お客様相談室 三森
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "10 complainants with phones, but to an internal subdomain list and an internal cc only",
    },
    {
        "id": "taxi-045", "charset": "utf-8",
        "sender": frm("onodera"),
        "to": ["青葉運輸 配車課 鶴見 <tsurumi@aoba-unyu.jp>"],
        "subject": "明日の共同配車 葛西側の担当乗務員",
        "body": f"""鶴見様

お世話になっております。小野寺です。
明日の共同配車（臨海町倉庫→東京駅 シャトル）の葛西側担当です。

舎人 直樹　080-5561-0978
阿久津 礼子　070-6629-1143
勅使河原 恵　080-9914-3347

何かあれば直接ご連絡ください。

{sig("onodera", 2)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp: look-alike domain",
    },
    {
        "id": "taxi-046", "charset": "shift_jis",
        "sender": frm("yaginuma"),
        "to": ["田辺社会保険労務士事務所 <office@tanabe-sr.jp>"],
        "subject": "定年退職者の年金請求手続きについて（資料送付）",
        "body": f"""田辺先生

いつもお世話になっております。日の出産業 総務課の八木沼です。
12月末で定年退職する乗務員の老齢年金請求について、ご相談のうえ手続きをお願いしたく、
本人から預かった情報をWordにまとめました。ご確認ください。

{sig("yaginuma", 2)}
""",
        "attachments": [{
            "kind": "docx", "name": "年金請求_九十九和夫.docx",
            "paragraphs": ["老齢年金請求 手続き依頼票", "", "退職予定日：2024年12月31日"],
            "tables": [[
                ["項目", "内容"],
                ["氏名", "九十九 和夫（ツクモ カズオ）"],
                ["生年月日", "昭和34年5月11日"],
                ["住所", "東京都墨田区東向島5-17-9"],
                ["基礎年金番号", "4071-638205"],
                ["加入歴", "1982年〜1999年 東邦交通（厚生年金）、1999年〜 日の出産業"],
                ["受取口座", "本人名義（別紙）"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX with a retiring driver's basic pension number sent to an outside labour consultant",
    },
    {
        "id": "taxi-047", "charset": "iso-2022-jp",
        "sender": frm("kiryu"),
        "to": ["アルコチェック 東京営業所 <tokyo@alco-check.co.jp>"],
        "subject": "アルコール検知器 追加発注（注文書 PO-24-0871）",
        "body": f"""株式会社アルコチェック
東京営業所 御中

いつもお世話になっております。日の出産業 運行管理課の桐生です。
下記のとおり追加発注いたします。

　注文番号：PO-24-0871
　品番 AC-9000N（据置型・IT点呼連携）　　3台　@128,000円
　品番 AC-M20（携帯型・Bluetooth）　　　40台　@18,500円
　品番 SN-200（交換用センサー）　　　　 60個　@4,200円
　納品先：豊洲営業所（東京都江東区豊洲6-2-18）
　希望納期：11月22日

センサー交換時期の一覧表も併せてお送りいただけると助かります。

{sig("kiryu")}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order with product codes and a branch delivery address",
    },
    {
        "id": "taxi-048", "charset": "utf-8",
        "sender": frm("koga"),
        "to": ["ほしぞら介護タクシー 代表 <info@kaigo-taxi-hoshizora.jp>"],
        "subject": "11/18 通院送迎の応援のお願い（ストレッチャー対応）",
        "body": f"""ほしぞら介護タクシー
星野様

いつもお世話になっております。日の出産業 福祉輸送課の古賀です。
11/18（月）、当社のストレッチャー車が車検で不足するため、1件応援をお願いできないでしょうか。

　ご利用者：天羽 幸恵 様（75歳）
　お迎え先：東京都江東区大島6-4-2（エレベーターなし団地の2階）
　行先　　：江東病院 神経内科（10:30予約）
　状況　　：ALS、人工呼吸器使用。吸引が必要になる場合あり。ご家族（長女）同乗。

ご対応可能でしたら、費用は当社経由でご請求ください。

{sig("koga")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one wheelchair/stretcher user's illness (ALS, ventilator) with name and address to another operator",
    },
    {
        "id": "taxi-049", "charset": "iso-2022-jp",
        "sender": frm("koga"),
        "to": ["murofushi.akiko@gmail.com"],
        "subject": "お父様の通院送迎 ご予約内容の確認",
        "body": f"""室伏 明子 様

日の出産業 福祉輸送課の古賀でございます。
お電話でご依頼いただきました、お父様（室伏 義男 様）の通院送迎について、
ご予約内容を確認のためお送りいたします。

　日時：11月11日（月）9:00 お迎え
　行先：昭和大学江東豊洲病院 リハビリテーション科
　車両：車いす対応ワゴン（スロープ付）
　ご利用者様の状況：脳梗塞後遺症による左片まひ（身体障害者手帳2級）、
　　　　　　　　　　手動車いすのまま乗車、乗降介助あり
　料金：障害者割引（1割引）適用、福祉タクシー券ご利用可

内容に誤りがございましたらご連絡ください。

{sig("koga", 2)}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a user's disability details sent to the family member who booked for him: needed for the service, but 要配慮 to free mail",
    },
    {
        "id": "taxi-050", "charset": "shift_jis",
        "sender": frm("matoba"),
        "to": ["忘れ物ナビ 受付センター <uketsuke@wasuremono-navi.com>"],
        "subject": "9月分 お忘れ物データ一式（ZIP）",
        "body": f"""忘れ物ナビ株式会社
受付センター 御中

お世話になっております。日の出産業 遺失物係の的場です。
9月分のお忘れ物データを一式お送りします（CSVと集計Excelをまとめてあります）。
持ち主判明分は連絡代行、不明分は保管期限の管理をお願いします。

{sig("matoba", 2)}
""",
        "attachments": [{
            "kind": "zip", "name": "wasuremono_202409.zip",
            "files": [
                {"kind": "csv", "name": "owners_202409.csv", "encoding": "cp932",
                 "rows": [["受付No", "拾得日", "品名", "持ち主", "電話", "メール"],
                          ["L-0901", "9/2", "スマートフォン", "栗林 和子", "03-3644-2817", ""],
                          ["L-0904", "9/4", "名刺入れ", "宍戸 昭彦", "090-2841-7730", "shishido.a@example-mail.jp"],
                          ["L-0911", "9/9", "眼鏡", "伊集院 瑞穂", "070-2235-8841", ""],
                          ["L-0915", "9/13", "財布", "東郷 真理", "090-9938-2104", "mari.togo@outlook.jp"],
                          ["L-0920", "9/18", "イヤホン", "春日井 葵", "080-7715-3026", ""],
                          ["L-0926", "9/25", "鍵", "羽生田 剛", "090-4426-1198", ""],
                          ["L-0930", "9/29", "手提げ袋", "猪狩 美代", "03-3617-9025", ""]]},
                {"kind": "xlsx", "name": "集計_202409.xlsx",
                 "sheets": {"集計": [["品目", "件数"], ["スマートフォン", 14], ["財布", 9], ["傘", 37], ["その他", 22]]}},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a CSV of 7 lost-item owners with phone and e-mail",
    },
]

# ---------------------------------------------------------------------------- 051-060
MESSAGES += [
    {
        "id": "taxi-051", "charset": "iso-2022-jp",
        "sender": frm("himuro"),
        "to": ["白川法律事務所 白川 弁護士 <shirakawa@shirakawa-law.jp>"],
        "subject": "配車アプリ会社との秘密保持契約について（ご相談）",
        "body": f"""白川先生

いつもお世話になっております。日の出産業の氷室です。
配車アプリ大手から資本業務提携の打診があり、まずは秘密保持契約を結びたいとのことです。
先方のひな形では、当社が「社外秘」と表示した資料のみが秘密情報となる建付けで、
口頭やデモで見せた運行データが保護されないのではと懸念しています。

・表示のない情報も含める文言にすべきか
・相互開示型か、当社からの一方開示型にすべきか
・違反時の損害賠償の予定額を定めるべきか

の3点について、来週どこかで30分ほどお時間をいただけますでしょうか。

{sig("himuro")}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "talk about an NDA that merely mentions the word 社外秘: not a marking",
    },
    {
        "id": "taxi-052", "charset": "utf-8",
        "sender": frm("hasumi"),
        "to": ["常盤損保 人身傷害担当 能登 <noto@tokiwa-sonpo.co.jp>"],
        "subject": "乗務員負傷（HS-24-0402）人身傷害保険の請求について",
        "body": f"""常盤損害保険株式会社
能登様

お世話になっております。日の出産業 安全推進課の蓮見です。
10/19の追突事故で負傷した当社乗務員の人身傷害保険の請求について、必要事項をお送りします。

　被保険者：阿久津 礼子（葛西営業所）
　生年月日：1983年7月4日
　健康保険証：全国健康保険協会 東京支部　記号 51020417　番号 218
　傷病名：頸椎捻挫・腰椎捻挫（江戸川整形外科クリニックに通院中、週3回）
　休業：10/20〜現在（労災と併給の調整をお願いします）

診断書の原本は郵送いたします。

{sig("hasumi")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an injured driver's health insurance symbol/number and diagnosis to the insurer",
    },
    {
        "id": "taxi-053", "charset": "iso-2022-jp",
        "sender": frm("ookochi"),
        "to": ["さくらホテル ベル・ドアマン課 <bell@sakura-hotel.jp>"],
        "subject": "専属ハイヤー乗務員 連絡先一覧（12月シフト）",
        "body": f"""さくらホテル ベル・ドアマン課 御中

お世話になっております。日の出産業 ハイヤー営業課の大河内です。
12月のホテル専属ハイヤー乗務員の連絡先一覧をPDFでお送りします。
車寄せでの待機中の呼び出しに直接お使いください。

{sig("ookochi", 2)}
""",
        "attachments": [{
            "kind": "pdf", "name": "専属乗務員連絡先_202412.pdf",
            "lines": ["さくらホテル東京ベイ 専属ハイヤー乗務員 連絡先一覧（2024年12月）", ""],
            "table": [["氏名", "ふりがな", "携帯電話", "担当車両", "勤務"]] +
                     [[d["name"], d["kana"], d["tel"], v, s] for d, v, s in zip(
                         [DRV[8], DRV[13], DRV[10], DRV[16], DRV[3], DRV[0]],
                         ["品川300せ18-01", "品川300せ18-02", "品川300せ18-05", "品川300せ18-07",
                          "品川300せ19-11", "品川300せ19-12"],
                         ["早番", "早番", "日勤", "日勤", "遅番", "遅番"])],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 6 drivers' mobile numbers to a partner hotel",
    },
    {
        "id": "taxi-054", "charset": "shift_jis",
        "sender": frm("mimori"),
        "to": ["関東タクシー協会 業務部 <gyomu@kanto-taxi-kyokai.or.jp>"],
        "subject": "苦情受付状況調査（2024年度上期）への回答",
        "body": f"""関東タクシー協会 業務部 御中

お世話になっております。日の出産業 お客様相談室の三森です。
標記調査について、当社の回答を下記のとおりご報告いたします。

区分              4月  5月  6月  7月  8月  9月  計
接遇                9    7   11    8    6    9   50
運転（急発進等）    4    5    3    6    4    2   24
料金・道順          6    8    5    7    9    6   41
乗車拒否            1    0    2    1    0    1    5
予約・配車          7    6    9   12    8   10   52
忘れ物関連         14   12   15   18   16   13   88
合計               41   38   45   52   43   41  260

1万回送あたりの苦情件数は 2.3件（前年同期 2.7件）です。

{sig("mimori", 1)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "complaint statistics without any person",
    },
    {
        "id": "taxi-055", "charset": "utf-8",
        "sender": frm("sugawara"),
        "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
        "subject": "10月分 タクシーチケット利用明細（社員別）",
        "body": f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理課の菅原です。
10月分のタクシーチケット利用明細を社員別にお送りします（UTF-8のCSVです）。
請求書（INV-2410-0392）は別途郵送しております。

{sig("sugawara")}
""",
        "attachments": [{
            "kind": "csv", "name": "kitaguni_ticket_detail_202410.csv", "encoding": "utf-8",
            "rows": [
                ["利用日", "チケットNo", "社員番号", "利用者氏名", "利用者メール", "乗車", "降車", "金額"],
                ["2024/10/02", "KF-0045512", "K10233", "真柴 達郎", "mashiba.t@kitaguni-foods.co.jp", "茅場町", "羽田空港", "6,820"],
                ["2024/10/03", "KF-0045519", "K10871", "土門 奈央", "domon.n@kitaguni-foods.co.jp", "茅場町", "東京駅", "1,820"],
                ["2024/10/08", "KF-0045530", "K11402", "三ツ矢 健", "mitsuya.k@kitaguni-foods.co.jp", "品川駅", "茅場町", "3,460"],
                ["2024/10/11", "KF-0045547", "K10233", "真柴 達郎", "mashiba.t@kitaguni-foods.co.jp", "銀座", "自宅（船橋市）", "11,240"],
                ["2024/10/15", "KF-0045551", "K12019", "甘粕 由紀子", "amakasu.y@kitaguni-foods.co.jp", "茅場町", "大手町", "1,340"],
                ["2024/10/21", "KF-0045568", "K10554", "千葉 隼人", "chiba.h@kitaguni-foods.co.jp", "新宿", "茅場町", "4,100"],
                ["2024/10/29", "KF-0045580", "K11877", "熊谷 沙耶", "kumagai.s@kitaguni-foods.co.jp", "茅場町", "築地市場跡", "1,500"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of ticket use by 6 named employees with e-mail addresses and employee numbers",
    },
    {
        "id": "taxi-056", "charset": "iso-2022-jp",
        "sender": frm("hasumi"),
        "to": ["常盤損保 事故サービス 宗像 <munakata@tokiwa-sonpo.co.jp>"],
        "cc": ["白川法律事務所 白川 <shirakawa@shirakawa-law.jp>"],
        "subject": "Re: HS-24-0318 過失割合の件",
        "body": f"""宗像様（cc: 白川先生）

お世話になっております。蓮見です。
ご提示の過失割合（当社 80：相手方 20）について、白川先生とも協議しました。
ドライブレコーダーの映像から、相手方の信号無視が明らかであるため、
当社としては 60：40 を主張したいと考えております。

来週の打合せまでに、映像の静止画を資料化してお送りします。

{sig("hasumi", 2)}

> 蓮見様
> 相手方保険会社から、80：20 での示談提案がありました。
> ご意見をお聞かせください。
> 常盤損保 宗像
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "insurer plus the company's lawyer: two external organisations, no personal data",
    },
    {
        "id": "taxi-057", "charset": "shift_jis",
        "sender": frm("ookochi"),
        "to": ["さくらホテル コンシェルジュ 武藤 <concierge@sakura-hotel.co.jp>"],
        "subject": "明朝のハイヤー お客様連絡先の確認",
        "body": f"""武藤様

お世話になっております。日の出産業の大河内です。
明朝7:00お迎えのお客様について、乗務員から直接ご連絡する場合の番号を確認させてください。

　お客様：楢崎 博之 様（1503号室）
　携帯：090-6631-2048

上記で相違なければご返信不要です。

{sig("ookochi", 2)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "sakura-hotel.co.jp instead of partner sakura-hotel.jp: another TLD",
    },
    {
        "id": "taxi-058", "charset": "utf-8",
        "sender": frm("hasumi"),
        "to": ["常盤損保 事故サービス 宗像 <munakata@tokiwa-sonpo.co.jp>"],
        "subject": "乗務員の強盗被害（10/26 未明）のご報告",
        "body": f"""宗像様

お世話になっております。日の出産業 安全推進課の蓮見です。
10/26（土）未明に発生した強盗事件についてご報告いたします。

・被害乗務員：比嘉 翔太（豊洲営業所、32歳）
・発生：10/26 2:40頃、江東区東雲1丁目の路上（降車時）
・状況：乗客の男に刃物で脅され、売上金約4万8千円を奪われる。左前腕に切創（全治2週間）
・深川警察署に被害届提出済（受理番号 深-2410-1187）
・犯人は逃走中。車内防犯カメラの映像は警察に提出済

売上金の補償と、本人の治療費について保険適用の可否をご確認ください。

{sig("hasumi")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named driver as the victim of a robbery, with injury: crime victim is 要配慮個人情報",
    },
    {
        "id": "taxi-059", "charset": "iso-2022-jp",
        "sender": frm("ookochi"),
        "to": ["川崎電機 広報部 イベント担当 <event@kawasaki-denki.co.jp>"],
        "subject": "11/27 株主向け工場見学会 ハイヤー乗務員のご連絡",
        "body": f"""川崎電機株式会社
広報部 イベントご担当者様

お世話になっております。日の出産業 ハイヤー営業課の大河内です。
11/27の工場見学会で送迎を担当する乗務員4名をご連絡します。
当日の集合時刻の変更など、直接ご連絡いただいて構いません。

　1号車　雲母 隆　　　090-1457-8863
　2号車　柘植 公平　　090-5538-2206
　3号車　比嘉 翔太　　080-1184-5570
　4号車　四十物 勝也　090-8821-0456

車両はすべてアルファード（黒）、車番は前日にお知らせします。

{sig("ookochi", 1)}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four drivers' mobile numbers to a partner customer: under five people",
    },
    {
        "id": "taxi-060", "charset": "utf-8",
        "sender": frm("himuro"),
        "to": ["白川法律事務所 白川 弁護士 <shirakawa@shirakawa-law.jp>"],
        "subject": "北千住営業所の事業譲渡スキーム（検討メモ）",
        "body": f"""白川先生

お世話になっております。氷室です。
北千住営業所の事業譲渡について、社内の検討メモをお送りします。
譲渡先候補との基本合意前に、労働契約承継の論点をご確認いただけますと幸いです。

{sig("himuro")}
""",
        "attachments": [{
            "kind": "docx", "name": "事業譲渡検討メモ_北千住.docx",
            "page_header": "極秘　取締役会限り", "title": "事業譲渡検討メモ",
            "paragraphs": [
                "【極秘】北千住営業所 事業譲渡 検討メモ",
                "1. 譲渡対象：北千住営業所の車両88台、営業権、乗務員72名",
                "2. 譲渡先候補：A社（都内中堅、車両600台）",
                "3. 論点：乗務員の転籍同意、退職金の承継、組合との協議",
                "4. スケジュール：12月取締役会で基本合意、2025年4月譲渡",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 極秘 in header and title to the outside lawyer",
    },
]

# ---------------------------------------------------------------------------- 061-070
MESSAGES += [
    {
        "id": "taxi-061", "charset": "iso-2022-jp",
        "sender": frm("onodera"),
        "to": ["ツバサシステム 分析チーム 岩佐 <iwasa@tsubasa-system.jp>"],
        "subject": "10月 配車実績データ（Excel）",
        "body": f"""岩佐様

お世話になっております。小野寺です。
10月の配車実績をお送りします。先月と同じレイアウトです。
ファイルサイズが大きかったので、一度保存し直しています。開けなければご連絡ください。

{sig("onodera", 2)}
""",
        "attachments": [{"kind": "corrupt", "name": "haisha_jisseki_202410.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    },
    {
        "id": "taxi-062", "charset": "iso-2022-jp",
        "sender": frm("usami"),
        "to": ["ryo.kamishiro.0712@yahoo.co.jp"],
        "subject": "【日の出産業タクシー】面接日時のご案内",
        "body": f"""神代 亮介 様

このたびは日の出産業タクシー 乗務員職にご応募いただき、誠にありがとうございます。
採用担当の宇佐美です。面接の日時が決まりましたのでご案内いたします。

　日時：11月7日（木）10:00〜11:00
　場所：豊洲本社 3階 面接室（東京都江東区豊洲6-2-18 日の出豊洲ビル）
　持ち物：履歴書、運転免許証、筆記用具

二種免許をお持ちでない方は、入社後に当社負担で取得していただけます。
ご都合が悪い場合は、お手数ですが本メールにご返信ください。

{sig("usami", 1)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview invitation to one applicant on free mail",
    },
    {
        "id": "taxi-063", "charset": "utf-8",
        "sender": frm("koga"),
        "to": ["ひだまり介護サービス 相談員 <soudan@hidamari-kaigo.co.jp>"],
        "bcc": ["<info@care-plan-kameido.jp>", "<office@kyotaku-sunamachi.or.jp>",
                "<soudan@toyosu-houkatsu.jp>", "<desk@ariake-care.co.jp>"],
        "subject": "年末年始の福祉タクシー運行について（ケアマネジャー各位）",
        "body": f"""居宅介護支援事業所 ケアマネジャー各位
（一斉送信のため、宛先を非表示にしております）

いつも大変お世話になっております。日の出産業 福祉輸送課の古賀です。
年末年始の福祉タクシー（車いす・ストレッチャー車）の運行についてお知らせいたします。

　12/29〜1/3：通常運行（予約は12/20までにお願いします）
　12/31 22時〜1/1 6時：運休
　透析送迎は年始も通常どおり運行します

ご予約専用ダイヤル：03-5534-7161（8:00〜19:00）

{sig("koga")}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a notice with one visible recipient; the other care offices are in Bcc",
    },
    {
        "id": "taxi-064", "charset": "utf-8",
        "sender": frm("kiryu"),
        "to": ["青葉運輸 運行管理部 鶴見 <tsurumi@aoba-unyu.co.jp>"],
        "subject": "Re: 共同配車 合同研修の受講者について",
        "body": f"""鶴見様

お世話になっております。桐生です。
合同研修の受講者、当社分は以下のとおりです（Excelから貼り付けています）。

社員番号\t氏名\t生年月日\t携帯\t二種免許取得日
K-2041\t百目鬼 聡\t1975/11/19\t080-4402-7719\t2009/06/12
K-2058\t東海林 久美子\t1981/02/27\t070-5127-3390\t2015/03/02
K-2077\t舎人 直樹\t1984/10/23\t080-5561-0978\t2012/10/30
K-2090\t勅使河原 恵\t1985/04/16\t080-9914-3347\t2018/08/21
K-2103\t阿久津 礼子\t1983/07/04\t070-6629-1143\t2016/01/15

よろしくお願いいたします。

{sig("kiryu", 2)}

On 2024/10/23 9:14, 鶴見 <tsurumi@aoba-unyu.co.jp> wrote:
> 桐生様
> 11/15の合同研修ですが、各社5名ずつでお願いします。
> 受講者の氏名と連絡先をお知らせください。
> 青葉運輸 鶴見
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a reply whose new text pastes a tab-separated list of 5 drivers (DOB, mobile); the quote is harmless",
    },
    {
        "id": "taxi-065", "charset": "shift_jis",
        "sender": frm("kiryu"),
        "to": [f"総務課 八木沼 <{addr('yaginuma')}>"],
        "subject": "運転記録証明書（スキャン）一式",
        "body": f"""八木沼さん

お疲れさまです。桐生です。
全乗務員の運転記録証明書のスキャンをZIPにまとめました。
パスワードはいつもの運行管理課のものです（Teamsで送ります）。

{sig("kiryu", 2)}
""",
        "attachments": [{
            "kind": "zip", "name": "unten_kiroku_2024.zip", "password": "unkan-2024",
            "files": [{"kind": "pdf", "name": "kiroku_all.pdf",
                       "lines": ["運転記録証明書 一式", "鬼頭 正和 違反なし", "纐纈 浩 一時不停止 1点"]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "an encrypted ZIP, but sent only to an internal colleague",
    },
    {
        "id": "taxi-066", "charset": "utf-8",
        "sender": frm("igarashi"),
        "to": ["FleetSense Onboarding <onboarding@fleetsense.io>"],
        "subject": "Driver master data for telematics pilot (Toyosu depot)",
        "body": "Hi FleetSense team,\n\n"
                "As discussed on Tuesday's call, please find below the driver master data for the\n"
                "Toyosu depot pilot. We need the driver app accounts created by Nov 15.\n\n"
                "Emp No   Name                  DOB          Mobile          Licence No.\n"
                "-------  --------------------  -----------  --------------  ------------\n" +
                "".join(f"{d['no']:<7}  {d['roma']:<20}  {ymd(d['dob']):<11}  {d['tel']:<14}  {d['lic']}\n"
                        for d in DRV if d["br"] == "豊洲") +
                f"""
Login IDs should follow the pattern hs-<emp no>, e.g. hs-t1023.
Let me know if you need anything else.

Best regards,
{sig("igarashi", 3)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "English mail: padded roster of 7 drivers (romaji names, DOB, mobile, licence) to a foreign vendor",
    },
    {
        "id": "taxi-067", "charset": "iso-2022-jp",
        "sender": frm("mimori"),
        "to": ["白川法律事務所 弁護士 梶 <kaji@shirakawa-law.jp>"],
        "subject": "お客様からの損害賠償請求について（ご相談）",
        "body": f"""白川法律事務所
梶先生

いつもお世話になっております。日の出産業 お客様相談室の三森です。
以下の件でご相談させてください。

申出人：春日井 葵 様（東京都中央区晴海2-5-24-4210、080-7715-3026）
経緯　：9/14 夜、当社車両の乗務員が首都高でスピードを出しすぎたため、
　　　　持病のパニック障害の発作が起き、翌日から3日間仕事を休んだ。
　　　　心療内科の診断書を添えて、休業損害と慰謝料30万円を請求されています。
当社の確認：ドラレコ上、制限速度超過はなし。乗務員は「気分が悪い」との申告を受けて
　　　　　　路肩に停車しています。

支払義務の有無と、回答書の文案についてご意見をいただけますでしょうか。

{sig("mimori")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named passenger's panic disorder (medical) with address and phone to the outside law firm",
    },
    {
        "id": "taxi-068", "charset": "shift_jis",
        "sender": frm("sugawara"),
        "to": ["みどり銀行 総務部 経費グループ <keihi@midori-ginko.co.jp>"],
        "subject": "【ご請求書】タクシーチケット 2024年10月ご利用分",
        "body": f"""株式会社みどり銀行
総務部 経費グループ 御中

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 経理課の菅原でございます。
10月ご利用分のご請求書を下記のとおりお送りいたします。

　請求書番号：INV-2410-0417
　ご利用件数：318件
　ご利用金額：1,284,600円
　手数料（5%）：64,230円
　消費税（10%）：134,883円
　ご請求金額：1,483,713円
　お支払期限：2024年11月30日
　お振込先：みどり銀行 豊洲支店 普通 1284093 ヒノデサンギヨウ（カ
　登録番号：T2601020034871

ご不明な点は経理課までお問い合わせください。

{sig("sugawara", 1)}

{DISC_JA}
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an invoice with invoice number, company bank account and the company's T-number; disclaimer",
    },
    {
        "id": "taxi-069", "charset": "utf-8",
        "sender": frm("sugawara"),
        "to": ["みどり銀行 法人営業部 <houjin@midori-ginkou.co.jp>"],
        "subject": "口座振替依頼書（乗務員給与）の件",
        "body": f"""みどり銀行 法人営業部 御中

お世話になっております。日の出産業 経理課の菅原です。
11月から乗務員給与の振込を総合振込に切り替える件、依頼書の記入例をお送りします。
ご確認のうえ、不足書類があればお知らせください。

　委託者コード：0092217
　振込指定日：毎月25日
　件数見込み：約320件／月

{sig("sugawara", 2)}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp has a letter added to partner midori-ginko.co.jp",
    },
    {
        "id": "taxi-070", "charset": "utf-8",
        "sender": frm("ookochi"),
        "to": ["GoRide Global Partnerships <partnerships@gorideglobal.com>"],
        "subject": "Hinode Taxi - fleet and revenue overview for integration talks",
        "body": f"""Dear Ms. Lindqvist,

Thank you for the productive meeting last week. As requested, I attach an overview of our
fleet and revenue figures for your evaluation of a platform integration.

Please let us know when your team is available for a follow-up call.

Kind regards,
{sig("ookochi", 3)}
""",
        "attachments": [{
            "kind": "pdf", "name": "Hinode_Taxi_Overview_2024.pdf",
            "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
            "page_footer": "Confidential: do not distribute",
            "lines": ["Hinode Taxi & Hire Division - Overview (FY2024 H1)", "",
                      "Fleet: 326 taxis, 42 hire cars, 18 welfare vehicles",
                      "Revenue H1: JPY 6.84 bn (taxi 5.31 bn / hire 1.22 bn / welfare 0.31 bn)",
                      "App share of dispatches: 41% (up from 33%)"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped CONFIDENTIAL in page header and footer sent to a foreign platform",
    },
]

# ---------------------------------------------------------------------------- 071-080
MESSAGES += [
    {
        "id": "taxi-071", "charset": "iso-2022-jp",
        "sender": frm("hasumi"),
        "to": ["常盤損保 事故受付センター <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
        "subject": "事故受付（物損）HS-24-0425",
        "body": f"""常盤損保 事故受付センター 御中

日の出産業（証券番号 FL-8830219）安全推進課の蓮見です。物損事故1件の受付をお願いします。

　発生日時：2024年10月25日（金）16:20頃
　場所：江東区豊洲5丁目 豊洲駅前ロータリー
　当社車両：品川500あ12-22（クラウンコンフォート）
　乗務員：五月女 裕二（豊洲営業所）
　状況：客待ち列で前進時、前方車両（他社タクシー）の後部バンパーに接触。
　　　　双方けが人なし、乗客なし。警察届出済（深川署）。
　相手方：東洋交通株式会社（車両 品川500い33-09）

修理見積は届き次第お送りします。

{sig("hasumi", 2)}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "routine property-damage report naming one driver; no contact data, no injury",
    },
    {
        "id": "taxi-072", "charset": "utf-8",
        "sender": frm("kiryu"),
        "to": ["みなと保険サービス 担当 榊 <sakaki@minato-hoken.co.jp>"],
        "subject": "ハイヤー部門 運転者限定特約の対象者",
        "body": f"""みなと保険サービス
榊様

お世話になっております。日の出産業 運行管理課の桐生です。
ハイヤー部門の運転者限定特約について、対象者を以下のとおりお知らせします。

・雲母 隆　　　免許証番号 301190112348（有効期限 2026年2月17日）　{wareki(1970, 1, 17)}生
・柘植 公平　　免許証番号 300990841164（有効期限 2025年1月31日）　{wareki(1969, 12, 31)}生
・九十九 和夫　免許証番号 300779205536（有効期限 2027年6月11日）　{wareki(1959, 5, 11)}生
・四十物 勝也　免許証番号 300884550192（有効期限 2025年8月30日）　{wareki(1963, 7, 30)}生
・比嘉 翔太　　免許証番号 302111987455（有効期限 2027年10月25日）　{wareki(1992, 9, 25)}生

柘植は来年1月に免許更新のため、更新後の写しを改めてお送りします。

{sig("kiryu")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of 5 drivers with licence numbers and 和暦 birth dates to an insurance agent",
    },
    {
        "id": "taxi-073", "charset": "iso-2022-jp",
        "sender": frm("koga"),
        "to": ["南原市 障害福祉課 移動支援係 <idoushien@city-minamihara.lg.jp>"],
        "subject": "福祉タクシー券 10月利用実績（利用者別）のご報告",
        "body": f"""南原市 障害福祉課 移動支援係 御中

いつもお世話になっております。日の出産業 福祉輸送課の古賀です。
10月の福祉タクシー券ご利用実績を、利用者様ごとにご報告いたします。

■受給者番号 MH-100482
　氏名：佐久間 トメ（サクマ トメ）
　住所：{_WELFARE_ROWS[0][2]}
　障害の状況：{_WELFARE_ROWS[0][4]}
　利用回数：8回（券 8枚）

■受給者番号 MH-100517
　氏名：室伏 義男（ムロフシ ヨシオ）
　住所：{_WELFARE_ROWS[1][2]}
　障害の状況：{_WELFARE_ROWS[1][4]}
　利用回数：6回（券 6枚）

■受給者番号 MH-100603
　氏名：根岸 竜之介（ネギシ リュウノスケ）
　住所：{_WELFARE_ROWS[3][2]}
　障害の状況：{_WELFARE_ROWS[3][4]}
　利用回数：11回（券 11枚）

■受給者番号 MH-100644
　氏名：瓜生 誠一（ウリュウ セイイチ）
　住所：{_WELFARE_ROWS[5][2]}
　障害の状況：{_WELFARE_ROWS[5][4]}
　利用回数：13回（券 13枚）

■受給者番号 MH-100719
　氏名：日下部 光（クサカベ ヒカル）
　住所：東京都江東区潮見2-8-5-612
　障害の状況：療育手帳 A2、身体障害者手帳2級（脳性まひ）
　利用回数：4回（券 4枚）

券の原本は月末に持参いたします。

{sig("koga", 1)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one block per user: 5 welfare-ticket users with address and disability details to the city",
    },
    {
        "id": "taxi-074", "charset": "utf-8",
        "sender": frm("washio"),
        "to": [f"法人営業課 <houjin-eigyo@{D}>"],
        "bcc": ["<soumu@kawasaki-denki.co.jp>", "<soumu@kitaguni-foods.co.jp>", "<shomu@midori-ginko.co.jp>",
                "<soumu@hoshino-kensetsu.co.jp>", "<hisho@marunouchi-shoji.co.jp>", "<ga@tokai-pharma.co.jp>"],
        "subject": "【日の出タクシー 法人ニュース】年末年始の配車予約について",
        "html": """<html><body style="font-family:sans-serif">
<h2 style="color:#c60">日の出タクシー 法人ニュース 2024年11月号</h2>
<p>法人チケットご契約のお客様各位</p>
<p>平素より日の出タクシーをご利用いただき、誠にありがとうございます。</p>
<h3>1. 年末年始の予約受付について</h3>
<p>12月20日（金）以降の夜間（20時〜翌2時）は大変混み合います。忘年会シーズンのご予約はお早めに
<a href="https://www.hinode-sangyo.co.jp/taxi/houjin/yoyaku">法人予約ページ</a>からお願いいたします。</p>
<h3>2. 電子チケットのご案内</h3>
<p>紙のチケットに代わる「ヒノデ法人QR」を2025年2月から提供します。説明会を12月に開催予定です。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>説明会日程</th><th>会場</th><th>定員</th></tr>
<tr><td>12/5（木）15:00</td><td>豊洲本社 3F</td><td>30名</td></tr>
<tr><td>12/10（火）15:00</td><td>オンライン</td><td>100名</td></tr>
</table>
<p>日の出産業株式会社 タクシー・ハイヤー事業部 法人営業課<br>TEL 03-5534-7150</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML newsletter: the customer companies are all in Bcc, only an internal address is visible",
    },
    {
        "id": "taxi-075", "charset": "shift_jis",
        "sender": frm("himuro"),
        "to": ["コウホウワークス 企画部 <kikaku@kouhou-works.co.jp>"],
        "subject": "新サービス発表会の構成案（スライド）",
        "body": f"""コウホウワークス株式会社
企画部 御中

お世話になっております。日の出産業の氷室です。
来年2月の新サービス発表会について、当社で作った構成案のスライドをお送りします。
演出面のご提案をいただければ幸いです。

{sig("himuro", 2)}
""",
        "attachments": [{
            "kind": "pptx", "name": "新サービス発表会_構成案.pptx",
            "page_footer": "取扱注意　日の出産業株式会社",
            "slides": [
                ["新サービス発表会 構成案", "2025年2月 発表予定", "取扱注意"],
                ["発表するサービス", "ヒノデ法人QR（電子チケット）", "定額サブスク配車「ヒノデ・パス」", "AI事前確定運賃"],
                ["未公表の数値", "初年度目標 法人 1,200社", "サブスク 月額 9,800円（想定）"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX with 取扱注意 on the title slide and in a footer on every slide, to an ad agency",
    },
    {
        "id": "taxi-076", "charset": "iso-2022-jp",
        "sender": frm("yaginuma"),
        "to": ["緒方税理士事務所 <ogata@zeirishi-ogata.jp>"],
        "subject": "中途退職者の源泉徴収票作成について",
        "body": f"""緒方先生

いつもお世話になっております。日の出産業 総務課の八木沼です。
今年中途退職した乗務員3名の源泉徴収票の作成をお願いします。
個人番号を含む一覧をExcelで添付いたします。

{sig("yaginuma")}
""",
        "attachments": [{
            "kind": "xlsx", "name": "中途退職者一覧_2024.xlsx",
            "sheets": {"退職者": [
                ["2024年 中途退職者（タクシー・ハイヤー事業部）"],
                ["氏名", "フリガナ", "生年月日", "住所", "退職日", "個人番号"],
                ["茂木 啓介", "モテギ ケイスケ", "S51.3.9", "東京都江東区森下1-4-12", "2024/06/30", mn(4102, "")],
                ["刈谷 明美", "カリヤ アケミ", "S62.10.21", "東京都墨田区菊川3-17-2-402", "2024/08/31", mn(4103, "")],
                ["蒲生 大輔", "ガモウ ダイスケ", "H2.1.30", "千葉県市川市南行徳4-6-3", "2024/09/30", mn(4104, "")],
            ]},
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with three former drivers' My Numbers to an outside tax accountant",
    },
    {
        "id": "taxi-077", "charset": "iso-2022-jp",
        "sender": frm("koga"),
        "to": ["南原市 障害福祉課 移動支援係 <idoushien@city-minamihara.lg.jp>"],
        "subject": "RE: 福祉タクシー券 新規登録者のお知らせ",
        "body": f"""南原市 障害福祉課 移動支援係
須賀様

お世話になっております。日の出産業 福祉輸送課の古賀です。
新規登録者のご連絡ありがとうございました。当社の利用者台帳に登録いたしました。
初回ご利用時に、乗降方法を確認させていただきます。

{sig("koga", 2)}

差出人: 須賀 <idoushien@city-minamihara.lg.jp>
送信日時: 2024年10月28日 月曜日 11:02
宛先: 古賀 千尋 <{addr("koga")}>
件名: 福祉タクシー券 新規登録者のお知らせ

日の出産業 古賀様

11月から福祉タクシー券の利用を開始する方です。よろしくお願いします。

受給者番号  氏名          住所                          障害の状況
MH-100802   五十里 京子   江東区辰巳1-10-3-207          身体障害者手帳1級（下肢）
MH-100815   宿谷 勝       江東区塩浜2-14-9              身体障害者手帳2級（体幹）
MH-100821   芹沢 まゆみ   江東区枝川3-2-1-1104          精神障害者保健福祉手帳2級
MH-100833   水落 辰夫     江東区新砂1-6-35              身体障害者手帳1級（人工透析）
MH-100840   陸奥 冴子     江東区東砂7-19-4              療育手帳B1

南原市 障害福祉課 須賀
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 5 welfare users with disabilities appear only in the city's quoted mail (差出人/送信日時)",
    },
    {
        "id": "taxi-078", "charset": "utf-8",
        "sender": frm("hasumi"),
        "to": ["みなとモータース 工場長 <factory@minato-motors.co.jp>"],
        "subject": "修理見積（品川500あ12-22）の件",
        "body": f"""みなとモータース 工場長様

お世話になっております。日の出産業の蓮見です。
先日の接触事故車両について、保険会社提出用の写真付き報告書をPDFで添付します。
スキャナの調子が悪く、ファイルが壊れているかもしれません。開けない場合はご連絡ください。

{sig("hasumi", 2)}
""",
        "attachments": [{"kind": "corrupt", "name": "jiko_shashin_12-22.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "corrupt PDF attachment cannot be inspected",
    },
    {
        "id": "taxi-079", "charset": "shift_jis",
        "sender": frm("matoba"),
        "to": ["東海ファーマ 総務部 <ga@tokai-pharma.co.jp>"],
        "subject": "お忘れ物（ノートPC）発送のご連絡",
        "body": f"""東海ファーマ株式会社
総務部 御中

日の出産業タクシー 遺失物係の的場です。
10/16に御社前からご乗車のお客様（御社社員の方）が車内にお忘れになったノートPCを、
ご依頼どおり御社総務部宛てに発送いたしました。

　運送会社：ヤマネコ運輸
　お問合せ伝票番号：4410-2287-6631
　お届け予定：10月24日 午前中
　品名：ノートパソコン（シルバー、社名シール付き）、ACアダプター

到着後、お手数ですがご一報いただけますと幸いです。

{sig("matoba", 1)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tracking number for a lost item shipped to a company address; no personal record",
    },
    {
        "id": "taxi-080", "charset": "utf-8",
        "sender": frm("sugawara"),
        "to": ["ペイゲート 加盟店サポート <merchant-support@paygate-japan.co.jp>"],
        "subject": "二重売上の取消依頼（端末ID HS-T0412）",
        "body": f"""ペイゲート株式会社
加盟店サポート 御中

お世話になっております。加盟店番号 2290-4417 日の出産業 経理課の菅原です。
車載決済端末で同一の売上が二重に計上されたため、1件の取消をお願いいたします。

　利用日時：2024/10/19 22:47
　カード番号：{cc_fmt(4102)}
　金額：4,380円（2件計上 → 1件取消）
　承認番号：083311 / 083312
　お客様名（カード名義）：TAKAYUKI ENDO

お客様からは、明細に2件載っているとのお問い合わせをいただいております。

{sig("sugawara")}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a passenger's full card number in the body to the payment processor",
    },
]

# ---------------------------------------------------------------------------- 081-090
MESSAGES += [
    {
        "id": "taxi-081", "charset": "iso-2022-jp",
        "sender": frm("washio"),
        "to": ["川崎電機 総務部 庶務課 <shomu@kawasaki-denki.co.jp>"],
        "subject": "Re: チケット利用者の追加登録（2名）完了のご連絡",
        "body": f"""川崎電機株式会社
総務部 庶務課 御中

お世話になっております。日の出産業の鷲尾です。
ご依頼の利用者追加登録が完了しました。本日からご利用いただけます。

　利用者コード KD-118　大路 健司 様（技術開発本部）　ooji.k@kawasaki-denki.co.jp
　利用者コード KD-119　薄井 千佳 様（海外営業部）　　usui.c@kawasaki-denki.co.jp

利用明細は引き続き月末締めでお送りします。

{sig("washio", 2)}

> 鷲尾様
> 10月付の異動で2名追加をお願いします。
> 川崎電機 総務部 庶務課
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two users' names and work e-mail back to their own company: under the threshold",
    },
    {
        "id": "taxi-082", "charset": "shift_jis",
        "sender": frm("washio"),
        "to": ["錦印刷 製版課 <seihan@nishlki-insatsu.co.jp>"],
        "subject": "法人名入りチケット 版下データ（入稿）",
        "body": f"""錦印刷 製版課 ご担当者様

お世話になっております。日の出産業の鷲尾です。
星野建設様向け法人名入りチケットの版下データを入稿いたします。
色校正は11/1までにいただけますと助かります。

　発注番号：NP-24-1187
　仕様：B6横、50枚綴り、500冊、ナンバリング HK-0000001〜

{sig("washio", 2)}
""",
        "attachments": [{"kind": "png", "name": "hanshita_hoshino.png"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishlki-insatsu.co.jp uses l for i: homoglyph of partner nishiki-insatsu.co.jp",
    },
    {
        "id": "taxi-083", "charset": "utf-8",
        "sender": frm("onodera"),
        "to": ["青葉運輸 運行管理部 鶴見 <tsurumi@aoba-unyu.co.jp>"],
        "subject": "10月 共同配車の実績（集計）",
        "body": f"""鶴見様

お世話になっております。日の出産業の小野寺です。
10月の共同配車の実績をまとめました。

                    当社→貴社   貴社→当社   合計
依頼件数                 412         287     699
成立件数                 371         259     630
成立率                 90.0%       90.2%   90.1%
平均迎車時間（分）       11.4        12.8    12.0

精算額は当社から貴社へ 412,300円（税込）となります。請求書は11/5に発行します。

{sig("onodera")}

{DISC_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate figures to a partner with the standard Japanese disclaimer",
    },
    {
        "id": "taxi-084", "charset": "iso-2022-jp",
        "sender": frm("kiryu"),
        "to": [f"{addr('himuro')}"],
        "cc": [f"{addr('hasumi')}", f"{addr('yaginuma')}"],
        "subject": "【至急】出庫点呼でのアルコール検知および乗務員の逮捕について",
        "body": f"""氷室部長

運行管理課の桐生です。至急のご報告です。

本日 5:15 北千住営業所の出庫点呼で、小鳥遊 真一（N-3051）から呼気 0.15mg/L のアルコールを検知しました。
乗務は中止させましたが、本人が自家用車で帰宅しようとしたため制止したところ振り切られ、
営業所前の道路で千住警察署の検問に止められ、酒気帯び運転の疑いで現行犯逮捕されました。

・当社車両での運転はありません（営業車両の運行記録で確認済）
・本人の家族（配偶者）には連絡済
・運輸支局への報告要否を確認中

総務とは懲戒処分の手続きについて調整します。

{sig("kiryu", 2)}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a driver's arrest (criminal record) reported only to internal managers",
    },
    {
        "id": "taxi-085", "charset": "utf-8",
        "sender": frm("kiryu"),
        "to": ["セーフティドライブ研究所 <consult@safety-drive-lab.jp>"],
        "subject": "健康起因事故防止 個別面談の事前資料",
        "body": f"""セーフティドライブ研究所 御中

お世話になっております。日の出産業 運行管理課の桐生です。
来週の個別面談（健康起因事故防止プログラム）の対象者2名の健診結果をPDFで送ります。
面談の進め方についてご助言ください。

{sig("kiryu")}
""",
        "attachments": [{
            "kind": "pdf", "name": "健診結果_面談対象者.pdf",
            "lines": ["健康起因事故防止プログラム 個別面談 事前資料", ""],
            "table": [["氏名", "年齢", "所属", "主な所見", "既往歴・治療"],
                      ["薬袋 美智子", "44", "北千住", "血圧 168/102、LDL 182", "高血圧（2023年〜服薬）"],
                      ["纐纈 浩", "58", "北千住", "HbA1c 8.4、空腹時血糖 171", "2型糖尿病（インスリン使用）"]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF with two named drivers' health check results and medical history to an outside consultant",
    },
    {
        "id": "taxi-086", "charset": "iso-2022-jp",
        "sender": frm("mimori"),
        "to": ["大和田 修 様 <owada.osamu@marunouchi-shoji.co.jp>"],
        "subject": "10月21日のご乗車に関するお詫び",
        "body": f"""丸の内商事株式会社
大和田 修 様

日の出産業タクシー お客様相談室の三森でございます。
このたびは、10月21日のご乗車の際に当社乗務員が行先を誤り、ご予定の会議に遅れさせてしまいましたこと、
心よりお詫び申し上げます。

当該乗務員には、行先の復唱とナビ設定の確認を徹底するよう指導いたしました。
また、ご請求いただいた運賃 3,460円は全額返金させていただきます。
ご指定の口座へのお振込みでよろしいか、ご返信いただけますと幸いです。

今後このようなことのないよう努めてまいります。

{sig("mimori", 1)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "apology to the complainant himself at his business address; no third party's data",
    },
    {
        "id": "taxi-087", "charset": "utf-8",
        "sender": frm("ookochi"),
        "to": ["Sakura Hotel Guest Relations <guestrelations@sakura-hotel.jp>"],
        "subject": "Airport transfer list - Nov 12 conference delegates",
        "body": f"""Dear Guest Relations team,

Please find below the delegates we will pick up at Haneda on Nov 12 for the
conference. Could you kindly share their room numbers so our chauffeurs can call them?

Name                   Flight   Arrival   Mobile            E-mail
---------------------  -------  --------  ----------------  ----------------------------
Mr. Daniel OKAFOR      NH 106   06:10     +1-415-555-0187   d.okafor@brightwave.com
Ms. Ingrid HALVORSEN   SK 983   07:25     +47-912-34-567    ingrid.h@nordlys-tech.no
Mr. Paulo FERREIRA     LH 716   08:40     +49-151-2345-678  pferreira@kraftwerk-ag.de
Ms. Mei-Ling CHOU      BR 198   10:05     +886-912-345-678  mlchou@formosa-chip.tw
Mr. Arjun MEHTA        AI 358   11:30     +91-98200-12345   arjun.mehta@sarvam-sys.in
Ms. Claire DUBOIS      AF 274   13:15     +33-6-12-34-56-78 c.dubois@lumiere-sa.fr

Best regards,
{sig("ookochi", 3)}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English padded table of 6 guests with mobile numbers and e-mail addresses to a partner hotel",
    },
    {
        "id": "taxi-088", "charset": "shift_jis",
        "sender": frm("usami"),
        "to": ["ドライバーズジョブ 原稿制作 <genko@drivers-job.jp>"],
        "subject": "求人原稿（乗務員募集 2025年1月掲載分）",
        "body": f"""ドライバーズジョブ 原稿制作ご担当者様

お世話になっております。日の出産業 乗務員採用課の宇佐美です。
1月掲載分の求人原稿をお送りします。前回からの変更点は赤字の箇所です。

━━━━━━━━━━━━━━━━
【日の出タクシー】乗務員募集（未経験歓迎）
・月給 30万円以上保証（入社後6か月）
・二種免許取得費用 全額会社負担
・勤務地：豊洲／葛西／北千住
・応募・問合せ：採用専用ダイヤル 0120-48-7130（平日9-18時）
━━━━━━━━━━━━━━━━

写真は前回と同じものを使用してください。

{sig("usami", 2)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job advert copy with a company recruiting number only",
    },
    {
        "id": "taxi-089", "charset": "iso-2022-jp",
        "sender": frm("sugawara"),
        "to": ["本社経理部 <keiri-honsha@hinode-sangyo-co.jp>"],
        "subject": "10月 事業部月次収支（速報）",
        "body": f"""本社経理部 各位

お疲れさまです。タクシー・ハイヤー事業部 経理課の菅原です。
10月の月次収支速報です。

　営業収入　　1,142百万円（前年比 +6.2%）
　うちハイヤー　206百万円
　営業利益　　　 58百万円
　燃料費　　　　 97百万円（前年比 +9.8%）

確報は11/12に提出します。

{sig("sugawara", 2)}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo-co.jp (hyphen for the dot) is a look-alike of the own domain",
    },
    {
        "id": "taxi-090", "charset": "utf-8",
        "sender": frm("kiryu"),
        "to": ["山手ドライビングスクール 法人講習係 <houjin@yamate-ds.co.jp>"],
        "subject": "12/4 新任乗務員 実技講習の受講者",
        "body": f"""山手ドライビングスクール
法人講習係 御中

お世話になっております。日の出産業 運行管理課の桐生です。
12/4の新任乗務員向け実技講習（二種・接客実技）の受講者は以下の5名です。

　1. 真栄田 ケン（葛西営業所）
　2. 神代 亮介（豊洲営業所）
　3. 乙坂 美咲（豊洲営業所）
　4. 鍋島 徹（北千住営業所）
　5. 宇留野 俊（北千住営業所）

受講票は当日受付でお渡しください。

{sig("kiryu")}
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five names with only their branch: a list of people, but hardly any data about them",
    },
]

# ---------------------------------------------------------------------------- 091-100
MESSAGES += [
    {
        "id": "taxi-091", "charset": "iso-2022-jp",
        "sender": frm("ookochi"),
        "to": ["丸の内商事 秘書室 <hisho@marunouchi-shoji.co.jp>"],
        "subject": "役員送迎ハイヤー 年間契約のお見積り",
        "body": f"""丸の内商事株式会社
秘書室 御中

お世話になっております。日の出産業 ハイヤー営業課の大河内です。
役員送迎ハイヤーの年間契約のお見積りをPDFでお送りします。
御社の規程でパスワード付きZIPでの送付が必要でしたらお申し付けください。
今回は公開中の料金表に基づくものですので、そのまま添付しております。

{sig("ookochi", 1)}
""",
        "attachments": [{
            "kind": "pdf", "name": "見積書_EST-24-0588.pdf",
            "lines": ["御見積書  EST-24-0588", "丸の内商事株式会社 御中", "",
                      "役員送迎ハイヤー 年間契約（専属車2台・平日8時間）"],
            "table": [["品目", "数量", "単価", "金額"],
                      ["専属ハイヤー（センチュリー）", "12か月", "1,180,000円", "14,160,000円"],
                      ["専属ハイヤー（アルファード）", "12か月", "860,000円", "10,320,000円"],
                      ["時間外（見込み）", "240時間", "9,200円", "2,208,000円"],
                      ["合計（税別）", "", "", "26,688,000円"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a quotation PDF that is not encrypted; the mail only talks about password ZIPs",
    },
    {
        "id": "taxi-092", "charset": "shift_jis",
        "sender": frm("onodera"),
        "to": ["深川警察署 刑事課 <keiji@fukagawa-police.metro.lg.jp>"],
        "subject": "捜査関係事項照会書（深刑第2411号）へのご回答",
        "body": f"""深川警察署 刑事課
警部補 長谷部 様

日の出産業株式会社 配車センターの小野寺です。
10月30日付でいただいた捜査関係事項照会書（深刑第2411号）について、
10/26 1:00〜3:00に東雲1丁目付近で乗降があった当社の予約・アプリ配車の記録を回答いたします。
正式な回答書は本日郵送いたします。

【１】予約番号　Ｒ２４１０－６６０２
　　　乗車　　　１：０８　東京都江東区東雲１－９－４１
　　　お客様　　根岸　竜之介
　　　電話　　　{zen("080-2290-4471")}
【２】予約番号　Ｈ２４１０－８８１４
　　　乗車　　　１：３５　東京都江東区東雲２－７－１９
　　　お客様　　仁木　翔
　　　電話　　　{zen("090-6115-3308")}
【３】予約番号　Ｈ２４１０－８８２７
　　　乗車　　　２：０２　東京都江東区有明１－４－１０
　　　お客様　　伊集院　瑞穂
　　　電話　　　{zen("070-2235-8841")}
【４】予約番号　Ｒ２４１０－６６１１
　　　乗車　　　２：２１　東京都江東区東雲１－１０－２
　　　お客様　　丹羽　修司
　　　電話　　　{zen("03-3529-7714")}
【５】予約番号　Ｈ２４１０－８８４０
　　　乗車　　　２：４０　東京都江東区東雲１－８－１１
　　　お客様　　戸祭　レオ
　　　電話　　　{zen("080-4477-2095")}

以上

{sig("onodera")}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "5 passengers' ride records (full-width phone numbers, pickup addresses) one block each, sent by e-mail to the police",
    },
    {
        "id": "taxi-093", "charset": "utf-8",
        "sender": frm("igarashi"),
        "to": ["Marcus Webb <marcus.webb@routewise-analytics.com>"],
        "subject": "Re: Public demand data for the Toyosu area",
        "body": f"""Hi Marcus,

Thanks for your note. Nothing confidential here - the attached PDF is the same
summary we published on our website last month (hourly demand around Toyosu Station,
aggregated by weekday/weekend). Feel free to use it in your presentation.

If you need the raw counts, I can check whether they can be shared under the NDA we are
currently negotiating.

Cheers,
{sig("igarashi", 3)}

On Tue, Oct 29, 2024 at 4:02 PM Marcus Webb <marcus.webb@routewise-analytics.com> wrote:
> Sho, could you share anything public on taxi demand around Toyosu?
""",
        "attachments": [{
            "kind": "pdf", "name": "toyosu_demand_summary_public.pdf",
            "lines": ["Toyosu Station area - taxi demand summary (published Sept 2024)", "",
                      "Weekday peak: 08:00-09:00 (avg. 212 rides)", "Weekend peak: 18:00-19:00 (avg. 168 rides)"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "casual 'nothing confidential' and NDA mentions, with a public statistics PDF",
    },
    {
        "id": "taxi-094", "charset": "iso-2022-jp",
        "sender": frm("washio"),
        "to": ["北国フーズ 総務課 <soumu@kitaguni-foods.co.jp>"],
        "subject": "タクシーチケット ご利用状況（部署別・上期）",
        "body": f"""北国フーズ株式会社
総務課 御中

お世話になっております。日の出産業 法人営業課の鷲尾です。
経費削減のご検討用に、上期のチケットご利用状況を部署別に集計しました。

部署            件数    金額（円）   1件平均
営業本部         412     1,482,300     3,598
物流部           188       611,700     3,254
管理本部          96       254,100     2,647
役員室            58       402,800     6,945
合計             754     2,750,900     3,648

深夜帯（22時以降）のご利用が全体の31%を占めております。
深夜割増のかからない時間帯へのシフトで、1割程度の削減が見込めます。

{sig("washio")}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "usage statistics by department, no individual users",
    },
    {
        "id": "taxi-095", "charset": "iso-2022-jp",
        "sender": frm("koga"),
        "to": ["amou-yukie-ch@docomo.ne.jp"],
        "subject": "送迎日時の変更承りました",
        "body": f"""天羽様

日の出産業 福祉輸送課の古賀です。
お電話でご依頼いただいた送迎日時の変更を承りました。

　変更前：11月18日（月）9:40 お迎え
　変更後：11月19日（火）9:40 お迎え
　行先・車両に変更はございません。

前日の夕方に担当乗務員からお電話いたします。
どうぞよろしくお願いいたします。

{sig("koga", 2)}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one carrier-mail recipient, only a changed pickup time",
    },
    {
        "id": "taxi-096", "charset": "utf-8",
        "sender": frm("kiryu"),
        "to": ["青葉運輸 運行管理部 鶴見 <tsurumi@aoba-unyu.co.jp>"],
        "subject": "10/31 共同配車運営会議 議事録",
        "body": f"""鶴見様

お世話になっております。桐生です。
先日の運営会議の議事録をお送りします。修正があればお知らせください。

{sig("kiryu", 2)}
""",
        "attachments": [{
            "kind": "docx", "name": "共同配車運営会議_議事録_1031.docx",
            "paragraphs": ["共同配車運営会議 議事録", "日時：2024年10月31日 14:00-15:30", "場所：日の出産業 豊洲本社 3F"],
            "tables": [
                [["出席者", "所属"],
                 ["鶴見 様", "青葉運輸 運行管理部"],
                 ["大津 様", "青葉運輸 配車課"],
                 ["桐生", "日の出産業 運行管理課"],
                 ["小野寺", "日の出産業 配車センター"]],
                [["議題", "結論"],
                 ["年末年始の応援体制", "12/28-1/3 各社夜間3台ずつ相互応援"],
                 ["精算単価の見直し", "1件 620円→650円（2025年1月〜）"],
                 ["次回", "11/28 14:00 青葉運輸本社"]],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes with four attendees' names and companies only, to the partner that attended",
    },
    {
        "id": "taxi-097", "charset": "shift_jis",
        "sender": frm("kiryu"),
        "to": ["東京ハイヤー・タクシー協会 安全対策室 <anzen@tokyo-haiya-kyokai.or.jp>"],
        "subject": "飲酒運転防止対策 実施状況調査の回答",
        "body": f"""東京ハイヤー・タクシー協会
安全対策室 御中

お世話になっております。日の出産業 運行管理課の桐生です。
標記調査の回答をExcelでお送りします。

{sig("kiryu", 1)}
""",
        "attachments": [{
            "kind": "xlsx", "name": "飲酒運転防止_実施状況_日の出産業.xlsx",
            "sheets": {
                "回答": [["飲酒運転防止対策 実施状況（2024年4月〜9月）"], ["事業者名", "日の出産業株式会社"],
                         [], ["営業所", "点呼回数", "検知器使用率", "検知件数(0.05以上)", "乗務中止", "教育実施回数"],
                         ["豊洲", 51840, "100%", 0, 0, 6], ["葛西", 35130, "100%", 1, 1, 6],
                         ["北千住", 32210, "100%", 2, 2, 8]],
                "取組": [["取組", "内容"], ["IT点呼", "全営業所導入済"], ["検知器", "年1回センサー交換"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "alcohol-check statistics by branch to the industry association, no individuals",
    },
    {
        "id": "taxi-098", "charset": "utf-8",
        "sender": frm("igarashi"),
        "to": ["Priya Nair <priya.nair@fleetsense.io>"],
        "subject": "Re: Driver accounts created for pilot",
        "body": f"""Hi Priya,

Great, thanks! I checked the list below against our records and all seven accounts are
correct. We will distribute the app to the drivers on Monday.

Best,
{sig("igarashi", 3)}

On Fri, Nov 8, 2024 at 7:31 PM Priya Nair <priya.nair@fleetsense.io> wrote:
> Hi Sho,
> The driver accounts are ready. Please confirm:
>
> hs-t1023  Masakazu KITO      090-3318-2741
> hs-t1007  Katsuya AIMONO     090-8821-0456
> hs-t1088  Yuji SOTOME        080-2259-6613
> hs-t1102  Takashi KIRARA     090-1457-8863
> hs-t1015  Kazuo TSUKUMO      090-2284-6671
> hs-t1131  Kohei TSUGE        090-5538-2206
> hs-t1150  Shota HIGA         080-1184-5570
>
> Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 7-driver list is only in the vendor's quoted message (On ... wrote:)",
    },
    {
        "id": "taxi-099", "charset": "iso-2022-jp",
        "sender": frm("koga"),
        "to": ["福祉機器テクノ カスタマーサービス <cs@fukushi-kiki.co.jp>"],
        "subject": "転送: スロープの不具合について（お客様からのお申し出）",
        "body": f"""福祉機器テクノ株式会社
カスタマーサービス ご担当者様

お世話になっております。日の出産業 福祉輸送課の古賀です。
御社製の車いすスロープ（型式 SR-120W）について、お客様からお申し出がありました。
お申し出のメールをそのまま転送しますので、原因の調査をお願いいたします。

{sig("koga", 2)}

---------- 転送メッセージ ----------
差出人: 根岸 竜之介 <r.negishi.1951@outlook.jp>
日付: 2024年10月25日(金) 20:14
件名: スロープで怖い思いをしました
宛先: 日の出産業 福祉輸送課

日の出産業 福祉輸送課 御中

いつもお世話になっております。根岸竜之介です。
頸髄損傷で身体障害者手帳1級、電動ではなく手動の車いすを使っています。
本日10/25の通院帰り（がん研有明病院から）、自宅前（江東区東雲1-9-41）で降りるとき、
スロープが途中でガタンと沈み、車いすごと前に傾きました。
乗務員さんが支えてくれたので転倒はしませんでしたが、とても怖かったです。
今後も利用したいので、点検をお願いします。

根岸 竜之介
携帯 080-2290-4471
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded passenger mail revealing his spinal injury and disability grade, address and phone, to a maker",
    },
    {
        "id": "taxi-100", "charset": "utf-8",
        "sender": frm("himuro"),
        "to": [f"事業部幹部 <taxi-kanbu@{D}>"],
        "subject": "【社外秘】来期 事業計画（案）",
        "body": f"""事業部幹部 各位

氷室です。来期の事業計画（案）を添付します。
12/2の幹部会議で審議しますので、事前にご確認ください。

{sig("himuro", 2)}
""",
        "attachments": [{
            "kind": "docx", "name": "2025年度_事業計画案.docx",
            "page_header": "社外秘", "page_footer": "社外秘　日の出産業株式会社 タクシー・ハイヤー事業部",
            "paragraphs": ["2025年度 タクシー・ハイヤー事業部 事業計画（案）",
                           "1. 売上目標 142億円（前年比 +7%）",
                           "2. 北千住営業所の事業譲渡（取締役会決議後）",
                           "3. 福祉車両 18台→30台に増車"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 document, but sent only to an internal distribution list",
    },
]
