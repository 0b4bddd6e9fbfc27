"""Blind evaluation corpus — area: ryohi (出張手配・旅費精算).

The travel desk of 日の出産業株式会社 (総務部 出張手配グループ) and the people around it:
booking flights, hotels and visas with travel agencies, passports, corporate cards,
travellers' lists, expense claims (経理部 旅費精算), travel insurance and accidents abroad
(人事部 海外安全担当).  Written blind from BRIEF.md; every person, number and address is
invented (My Numbers and card numbers come from build.py's helpers).
"""

from build import card_number, my_number

SEED = 50001


def _card(k: int, sep: str = "-") -> str:
    c = card_number(SEED + k)
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def _mn(k: int, sep: str = " ") -> str:
    m = my_number(SEED + k)
    return sep.join((m[:4], m[4:8], m[8:]))


_ZEN = str.maketrans("0123456789-/()", "０１２３４５６７８９－／（）")


def _z(s: str) -> str:
    """full-width digits, as some people type them"""
    return s.translate(_ZEN)


# -- signatures and disclaimers of the people who write here ---------------------------

SIG_MORISHITA = """
──────────────────────────
日の出産業株式会社 総務部 出張手配グループ
森下 千春（もりした ちはる）
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル5F
TEL 03-5201-3380（内線2417） FAX 03-5201-3389
Mail: morishita.chiharu@hinode-sangyo.co.jp
──────────────────────────"""

SIG_ONODERA = """
--
日の出産業株式会社
総務部 出張手配G　小野寺 航
TEL: 03-5201-3381 / 内線 2418
onodera.wataru@hinode-sangyo.co.jp"""

SIG_SAEKI = """
*****************************************
 日の出産業株式会社 総務部
 出張手配グループ　佐伯 美月
 〒103-0027 東京都中央区日本橋2-14-9
 TEL 03-5201-3382 FAX 03-5201-3389
*****************************************"""

SIG_TAKAHATA = """
===================================
日の出産業株式会社 経理部 経理課（旅費精算担当）
高畑 誠  Makoto Takahata
TEL 03-5201-3501（直通）
takahata.makoto@hinode-sangyo.co.jp
==================================="""

SIG_ISHIGURO = """
----------------------------------------
経理部 旅費精算チーム　石黒 由紀
日の出産業株式会社
内線 3512 / 03-5201-3512
----------------------------------------"""

SIG_MANABE = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 労務・海外安全担当
真鍋 剛（Tsuyoshi Manabe）
〒103-0027 東京都中央区日本橋2-14-9
TEL 03-5201-3610 携帯 070-4418-2093
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TODO = """
日の出産業株式会社
社長室 秘書課　藤堂 薫
TEL 03-5201-3001（代表） / 03-5201-3005（秘書課直通）"""

SIG_ARAKAWA_EN = """
Best regards,

Kenji Arakawa
Manager, Overseas Business Dept.
Hinode Sangyo Co., Ltd.
2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-3720
arakawa.kenji@hinode-sangyo.co.jp"""

SIG_SHIBASAKI = """
-- 
柴崎 玲奈 / Rena Shibasaki
日の出産業株式会社 技術開発部 第二技術課
〒243-0021 神奈川県厚木市岡田3-8-11 厚木テクニカルセンター
TEL 046-220-4471"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use, disclosure or copying is prohibited."""

DISC_BOTH = """
【ご注意】本メールには機密情報が含まれている場合があります。宛先に心当たりのない方は削除をお願いいたします。
This e-mail and any attachments may contain confidential information."""


# -- invented staff for the two long rosters (deterministic from SEED) -------------------

_SURNAMES = [
    ("青柳", "aoyagi"), ("阿久津", "akutsu"), ("天野", "amano"), ("石動", "isurugi"),
    ("岩城", "iwaki"), ("上杉", "uesugi"), ("江藤", "eto"), ("大須賀", "osuga"),
    ("奥平", "okudaira"), ("加賀谷", "kagaya"), ("梶原", "kajiwara"), ("片桐", "katagiri"),
    ("神林", "kanbayashi"), ("川端", "kawabata"), ("北条", "hojo"), ("黒木", "kuroki"),
    ("小早川", "kobayakawa"), ("斉木", "saiki"), ("榊", "sakaki"), ("沢渡", "sawatari"),
    ("塩見", "shiomi"), ("志賀", "shiga"), ("島袋", "shimabukuro"), ("新庄", "shinjo"),
    ("高遠", "takato"), ("滝川", "takigawa"), ("竹之内", "takenouchi"), ("立花", "tachibana"),
    ("寺門", "terakado"), ("中條", "chujo"), ("楢崎", "narasaki"), ("西園寺", "saionji"),
    ("根岸", "negishi"), ("橋爪", "hashizume"), ("長谷部", "hasebe"), ("樋口", "higuchi"),
    ("深町", "fukamachi"), ("藤枝", "fujieda"), ("別府", "beppu"), ("前園", "maezono"),
    ("増井", "masui"), ("宮武", "miyatake"), ("村雨", "murasame"), ("望月", "mochizuki"),
    ("柳田", "yanagita"), ("山際", "yamagiwa"), ("結城", "yuki"), ("横溝", "yokomizo"),
    ("吉良", "kira"), ("依田", "yoda"), ("若林", "wakabayashi"), ("和久井", "wakui"),
]
_GIVEN = [
    ("健太", "kenta"), ("美咲", "misaki"), ("翔", "sho"), ("彩花", "ayaka"), ("直樹", "naoki"),
    ("麻衣", "mai"), ("拓也", "takuya"), ("遥", "haruka"), ("大輝", "daiki"), ("千夏", "chinatsu"),
    ("慎吾", "shingo"), ("真由", "mayu"), ("航平", "kohei"), ("志保", "shiho"), ("隆", "takashi"),
    ("絵美", "emi"), ("康介", "kosuke"), ("早苗", "sanae"), ("悠斗", "yuto"), ("梨花", "rika"),
]


def _roster(n: int, salt: str) -> list[tuple[str, str, str, str, str]]:
    """n invented employees: (kanji name, ROMAJI NAME, e-mail, mobile, birth date)."""
    import random

    rng = random.Random(f"{SEED}-{salt}")
    surnames = rng.sample(_SURNAMES, n)
    out = []
    for sk, sr in surnames:
        gk, gr = rng.choice(_GIVEN)
        mobile = f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
        dob = f"{rng.randrange(1965, 2002)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"
        out.append((f"{sk} {gk}", f"{sr.upper()} {gr.upper()}",
                    f"{sr}.{gr}@hinode-sangyo.co.jp", mobile, dob))
    return out


_SAFETY = _roster(25, "safety")
_FAIR = _roster(30, "fair")


MESSAGES = [
    # 001 ---------------------------------------------------------------------------
    {
        "id": "ryohi-001",
        "charset": "iso-2022-jp",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["井上 様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "【発券依頼】バンコク出張（11/18～11/22）6名分 旅券情報",
        "body": """株式会社あさひトラベル 法人営業部
井上 様

いつもお世話になっております。日の出産業の森下です。

先日お見積りいただいたバンコク出張の件、下記6名で確定となりましたので
発券手続きをお願いいたします。旅券情報は以下のとおりです。

No  氏名（旅券表記）        旅券番号     有効期限     生年月日
--  ----------------------  -----------  -----------  ----------
1   KUROSAWA TAKUMI         TK4829173    2031/03/14   1984/07/22
2   HIGASHIYAMA NAOKO       TR7710284    2029/11/02   1991/01/09
3   WATANUKI SHUNSUKE       MZ2094635    2033/06/30   1977/12/15
4   TESHIGAWARA EMI         TS5583017    2030/08/19   1995/04/03
5   NAKANOIN HIROYUKI       TK9046122    2028/02/27   1969/10/28
6   SUGITA MAKI             TR3361890    2032/09/05   1988/03/11

往路：11/18 NH805 羽田 00:05発
復路：11/22 NH850 スワンナプーム 22:45発
座席は全員エコノミー、中野院のみ通路側希望です。

お手数ですがよろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six travellers' passport numbers and dates of birth in the body to a travel agency (reasons 1 and 2)",
    },
    # 002 ---------------------------------------------------------------------------
    {
        "id": "ryohi-002",
        "charset": "cp932",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル 国内出張デスク <kokunai-desk@asahi-travel.co.jp>"],
        "subject": "名古屋出張 新幹線＋宿泊手配のお願い（12/3-12/4）",
        "body": """あさひトラベル 国内出張デスク ご担当者様

お世話になっております。日の出産業 総務部の小野寺です。
下記の出張手配をお願いできますでしょうか。

■出張者　瓜生 恭平（ウリュウ キョウヘイ）営業第一部
■携帯　　080-3915-2274（当日の連絡はこちらへお願いします）
■行程　　12/3(水) 東京 7:30頃発 のぞみ → 名古屋
　　　　　12/4(木) 名古屋 18:00以降発 のぞみ → 東京
■宿泊　　12/3 1泊 名古屋駅周辺 シングル禁煙 朝食付き（規程上限 10,500円）

請求は通常どおり月締めの一括請求でお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one traveller's name and mobile to the travel agency: a single person's record, may warn",
    },
    # 003 ---------------------------------------------------------------------------
    {
        "id": "ryohi-003",
        "charset": "utf-8",
        "sender": "藤堂 薫 <todo.kaoru@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
        "subject": "Re: ご予約確認（予約番号 SKR-260114-0382）ギャランティーのカードについて",
        "body": """さくらホテル 宿泊予約課
ご担当者様

お世話になっております。日の出産業 秘書課の藤堂でございます。
ご連絡いただいておりましたギャランティー用のクレジットカード情報をお知らせいたします。

　ご宿泊者：武田 征一郎（代表取締役社長）
　ご宿泊日：1月14日（水）～1月15日（木）1泊　スイート
　カード種別：Mastercard（法人カード）
　カード番号：""" + _card(1) + """
　有効期限：08/29
　カード名義：SEIICHIRO TAKEDA

お支払いはチェックアウト時に同カードにてお願いいたします。
何卒よろしくお願い申し上げます。
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with expiry and holder sent to a hotel by mail (reason 2)",
    },
    # 004 ---------------------------------------------------------------------------
    {
        "id": "ryohi-004",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["ひまわりツーリスト 団体課 <dantai@himawari-tourist.co.jp>"],
        "cc": ["小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>"],
        "subject": "新入社員研修（軽井沢）参加者名簿の送付",
        "body": """ひまわりツーリスト 団体課
野々村様

お世話になっております。日の出産業の佐伯です。
4月の新入社員研修（軽井沢・2泊3日）の参加者名簿を添付いたします。
バス座席表と部屋割りも別シートに入れておりますので、ご確認をお願いします。

欠席者が出た場合は改めてご連絡いたします。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "xlsx",
            "name": "新入社員研修_参加者名簿_0408.xlsx",
            "sheets": {
                "参加者名簿": [
                    ["2026年度 新入社員研修（軽井沢） 参加者名簿　日の出産業株式会社 人事部"],
                    [],
                    ["No", "氏名", "フリガナ", "性別", "生年月日", "携帯電話", "メールアドレス"],
                    [1, "相川 湊", "アイカワ ミナト", "男", "2003/05/14", "090-6621-0384", "aikawa.minato@hinode-sangyo.co.jp"],
                    [2, "五十嵐 ひなの", "イガラシ ヒナノ", "女", "2003/11/02", "080-1147-5529", "igarashi.hinano@hinode-sangyo.co.jp"],
                    [3, "鵜飼 颯太", "ウカイ ソウタ", "男", "2001/08/27", "070-3308-9915", "ukai.sota@hinode-sangyo.co.jp"],
                    [4, "大鷹 莉子", "オオタカ リコ", "女", "2003/02/19", "090-8852-1170", "otaka.riko@hinode-sangyo.co.jp"],
                    [5, "勘解由小路 丈", "カデノコウジ ジョウ", "男", "2002/12/08", "080-9013-4462", "kadenokoji.jo@hinode-sangyo.co.jp"],
                    [6, "木戸 紗季", "キド サキ", "女", "2003/07/30", "090-2275-6031", "kido.saki@hinode-sangyo.co.jp"],
                    [7, "久我 悠真", "クガ ユウマ", "男", "2000/04/11", "070-5569-2248", "kuga.yuma@hinode-sangyo.co.jp"],
                    [8, "笹目 結衣", "ササメ ユイ", "女", "2003/09/23", "080-6630-7785", "sasame.yui@hinode-sangyo.co.jp"],
                    [9, "陣内 蒼", "ジンナイ アオイ", "男", "2003/01/05", "090-4418-3356", "jinnai.aoi@hinode-sangyo.co.jp"],
                    [10, "外山 千尋", "トヤマ チヒロ", "女", "2002/06/17", "070-1183-6624", "toyama.chihiro@hinode-sangyo.co.jp"],
                    [11, "二階堂 隼", "ニカイドウ ハヤト", "男", "2003/03/29", "080-2251-9938", "nikaido.hayato@hinode-sangyo.co.jp"],
                    [12, "蓮見 あかり", "ハスミ アカリ", "女", "2003/10/12", "090-7736-0417", "hasumi.akari@hinode-sangyo.co.jp"],
                ],
                "部屋割り": [
                    ["部屋", "定員", "氏名"],
                    ["301", 2, "相川 湊 / 鵜飼 颯太"],
                    ["302", 2, "勘解由小路 丈 / 久我 悠真"],
                    ["303", 2, "陣内 蒼 / 二階堂 隼"],
                    ["401", 3, "五十嵐 ひなの / 大鷹 莉子 / 木戸 紗季"],
                    ["402", 3, "笹目 結衣 / 外山 千尋 / 蓮見 あかり"],
                ],
                "バス座席": [
                    ["列", "A", "B", "C", "D"],
                    [1, "引率 佐伯", "", "相川", "鵜飼"],
                    [2, "五十嵐", "大鷹", "勘解由小路", "久我"],
                    [3, "木戸", "笹目", "陣内", "二階堂"],
                    [4, "外山", "蓮見", "", ""],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with a twelve-person roster (birth dates, mobiles, e-mail) sent to a tour operator (reason 1)",
    },
    # 005 ---------------------------------------------------------------------------
    {
        "id": "ryohi-005",
        "charset": "cp932",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["荒川 健二 <arakawa.kenji@hinode-sangyo.co.jp>"],
        "cc": ["佐伯 美月 <saeki.mizuki@mail.hinode-sangyo.co.jp>"],
        "subject": "上海展示会 渡航者の旅券情報（社内確認用）",
        "body": """荒川さん

お疲れさまです。小野寺です。
上海の展示会（CIIF）渡航者8名の旅券情報を取りまとめました。
招へい状の申請前に、綴りと有効期限に誤りがないか海外事業部でもご確認ください。

氏名	旅券番号	有効期限	生年月日
ARAKAWA KENJI	TK1185204	2030/05/21	1975/09/30
OGIWARA TOMOKI	MZ6620471	2029/12/12	1986/02/14
KOTAKA RIE	TR4409158	2034/01/08	1993/06/25
SHIMOTSUKI YOSHIO	TS8852036	2028/07/19	1971/11/03
HATTORI MAYA	TK7734910	2031/10/30	1990/08/08
INUKAI RYO	TR2290375	2032/04/16	1982/05/27
MIKAGE SAYURI	MZ5518843	2029/03/03	1979/01/19
YANAGIBA KOHEI	TS1067724	2033/11/25	1996/12/02

問題なければ、明日こちらから旅行会社に依頼をかけます。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "passport list of eight, but every recipient is internal (incl. mail. subdomain)",
    },
    # 006 ---------------------------------------------------------------------------
    {
        "id": "ryohi-006",
        "charset": "utf-8",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["Global Tours 法人デスク 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "ジャカルタ出張 渡航者リスト送付（パスワード別送）",
        "body": """グローバルツアーズ株式会社
宮内様

お世話になっております。日の出産業の佐伯です。
ジャカルタ出張（2/9～2/13）の渡航者リストを添付いたします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "zip",
            "name": "jakarta_travellers_0209.zip",
            "password": "Hn#0209jkt",
            "files": [{
                "kind": "xlsx",
                "name": "渡航者リスト_ジャカルタ.xlsx",
                "sheets": {"渡航者": [
                    ["氏名", "旅券番号", "生年月日", "携帯"],
                    ["TAKASUGI REN", "TK3398120", "1987/04/02", "090-5521-7763"],
                    ["YOKOI MIHO", "TR6671204", "1992/10/18", "080-2290-4417"],
                    ["OHNUKI JUN", "MZ1138860", "1980/01/25", "070-6634-1182"],
                    ["SEKIGUCHI AI", "TS7702349", "1994/07/07", "090-3018-5546"],
                    ["FUWA DAICHI", "TK5521937", "1983/12/30", "080-7745-2209"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a travel agency: contents cannot be inspected (reason 7)",
    },
    # 007 ---------------------------------------------------------------------------
    {
        "id": "ryohi-007",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["Global Tours 法人デスク 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "【パスワード】ジャカルタ出張 渡航者リスト",
        "body": """宮内様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　　Hn#0209jkt

よろしくお願いいたします。
日の出産業 佐伯
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    # 008 ---------------------------------------------------------------------------
    {
        "id": "ryohi-008",
        "charset": "cp932",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["東邦海上火災保険 海外旅行保険 事故受付 <kaigai-claim@toho-kaijo.co.jp>"],
        "subject": "海外出張中の事故報告（証券番号 TK-88210457）",
        "body": """東邦海上火災保険株式会社
海外旅行保険 事故受付ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の真鍋です。
弊社包括契約（証券番号 TK-88210457）の被保険者について、出張先で事故がありましたので
取り急ぎご報告いたします。

【被保険者】百目鬼 亮（どうめき りょう）　1979年5月3日生　技術開発部
【事故日時】現地時間 10月7日 19時30分頃
【場所】ベトナム ハノイ市 ホアンキエム区
【状況】取引先訪問後、ホテルへ戻る途中でバイクタクシーが転倒し、投げ出されたもの。
【傷病名】左鎖骨骨折、頭部打撲（現地病院の診断による）
【受診先】Hong Ha International Clinic（10/7救急搬送、10/8～入院中）
【今後】現地で手術の要否を判断中。帰国便は主治医の許可後に手配予定。

キャッシュレス治療の手配と、必要書類についてご教示いただけますと幸いです。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's injury diagnosis and hospitalisation sent to the insurer (reason 3)",
    },
    # 009 ---------------------------------------------------------------------------
    {
        "id": "ryohi-009",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["井上 様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "Re: 福岡出張 座席指定のご確認",
        "body": """井上様

ご確認ありがとうございます。座席はこの内容で問題ございません。
1点だけ、山県さんの復路は1本遅い便（JAL334）への変更をお願いできますでしょうか。
差額が出る場合はあわせてお知らせください。

佐伯

> 日の出産業 佐伯様
>
> お世話になっております。あさひトラベルの井上です。
> 11/26 福岡出張の座席を下記のとおりお取りしました。
>
> 氏名          往路 JAL305  復路 JAL330  携帯
> 山県 俊介     23A          31C          090-7263-1150
> 御園 彩       23B          31D          080-4409-3327
> 千々岩 学     23C          31E          070-2216-8843
> 宇佐美 恵     24A          32A          090-1187-6604
> 蔵本 拓海     24B          32B          080-5532-7719
> 野々宮 純     24C          32C          090-3371-2258
>
> ご確認のほどよろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only quoted from the agency's own mail; new text names one person with no data",
    },
    # 010 ---------------------------------------------------------------------------
    {
        "id": "ryohi-010",
        "charset": "utf-8",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": [
            "あさひトラベル 井上様 <inoue.sayaka@asahi-travel.co.jp>",
            "グローバルツアーズ 宮内様 <miyauchi@globaltours.jp>",
            "ひまわりツーリスト 野々村様 <nonomura@himawari-tourist.co.jp>",
        ],
        "subject": "【お見積り依頼】2026年度 社員旅行（沖縄 2泊3日・約80名）",
        "body": """各位

いつもお世話になっております。日の出産業株式会社 総務部の森下です。
来年度の社員旅行について、下記条件でお見積りをお願いいたします。

・行き先：沖縄本島（那覇・恩納村周辺）
・日程：2026年6月の木～土（第2週または第3週）
・人数：約80名（確定は4月末）
・内容：往復航空券、ホテル2泊（ツイン中心）、貸切バス、1日目夕食宴会
・ご予算：お一人様 11万円前後

ご提案書は12月19日（金）までにお送りいただけますと幸いです。
ご不明点があれば森下までご連絡ください。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "a quotation request to three competing travel agencies, all in To: each sees the others (reason 4)",
    },
    # 011 ---------------------------------------------------------------------------
    {
        "id": "ryohi-011",
        "charset": "cp932",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reservation@sakura-hote1.jp>"],
        "subject": "宿泊予約のお願い（12/10・2名）",
        "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業 総務部の小野寺です。
法人契約料金にて、下記2名の宿泊をお願いいたします。

1. 栗花落 聡（ツユリ サトシ）　携帯 090-4482-6710
2. 廿楽 明日香（ツヅラ アスカ）　携帯 080-7719-3305

ご宿泊日：12月10日（水）1泊
お部屋：シングル禁煙 各1室
到着予定：21時頃（遅めになります）

よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "the partner hotel's domain mistyped: sakura-hote1.jp (digit 1 for l) (reason 5)",
    },
    # 012 ---------------------------------------------------------------------------
    {
        "id": "ryohi-012",
        "charset": "iso-2022-jp",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 浅利様 <asari.yoko@kawasaki-denki.co.jp>"],
        "subject": "川崎工場ご訪問時の宿泊先候補について",
        "body": """川崎電機株式会社 総務課
浅利様

お世話になっております。日の出産業の森下です。
来月の工場監査で弊社メンバーが伺う際の宿泊先について、先日ご紹介いただいた候補を
下記のとおり整理しました。御社からのアクセスで特に不便なところがあればご指摘ください。

ホテル名                    住所                                 電話
--------------------------  -----------------------------------  ------------
ホテル川崎リバーサイド      神奈川県川崎市川崎区宮本町4-2        044-211-6600
さくらホテル川崎駅前        神奈川県川崎市川崎区駅前本町12-8     044-233-0101
ビジネスイン多摩川          神奈川県川崎市幸区堀川町58-3         044-522-1480
東横ステイ川崎西口          神奈川県川崎市幸区大宮町1-15         044-540-2045
ホテルグランデ溝の口        神奈川県川崎市高津区溝口2-7-1        044-822-3311

弊社としては、さくらホテル（法人契約あり）を第一候補に考えております。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hotels with switchboards and addresses: businesses, not people",
    },
    # 013 ---------------------------------------------------------------------------
    {
        "id": "ryohi-013",
        "charset": "utf-8",
        "sender": "藤堂 薫 <todo.kaoru@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル VIPデスク <vip-desk@asahi-travel.co.jp>"],
        "subject": "専務 欧州出張 日程案（ロンドン・フランクフルト）",
        "body": """あさひトラベル VIPデスク
ご担当者様

お世話になっております。日の出産業 秘書課の藤堂です。
専務の欧州出張の日程案を添付いたします。航空券（ビジネスクラス）と
ホテルの仮押さえをお願いできますでしょうか。

日程は先方との調整次第で前後する可能性がございます。
""" + SIG_TODO,
        "attachments": [{
            "kind": "docx",
            "name": "専務欧州出張_日程案_v2.docx",
            "page_header": "極秘　役員日程",
            "title": "専務 欧州出張 日程案",
            "paragraphs": [
                "専務取締役 欧州出張 日程案（第2版）",
                "目的：英国・独国販売代理店との資本提携協議",
                "随行：海外事業部長",
            ],
            "tables": [[
                ["日付", "移動", "予定", "宿泊"],
                ["3/2(月)", "HND 11:20 → LHR 16:45", "移動日", "ロンドン市内（5つ星）"],
                ["3/3(火)", "", "代理店A社 協議（終日）", "同上"],
                ["3/4(水)", "LHR 14:10 → FRA 16:50", "午前 大使館表敬", "フランクフルト中央駅周辺"],
                ["3/5(木)", "", "代理店B社 協議・工場視察", "同上"],
                ["3/6(金)", "FRA 20:40 → HND 翌16:05", "", "機中泊"],
            ]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached itinerary is stamped 極秘 in its page header and goes to an agency (reason 6)",
    },
    # 014 ---------------------------------------------------------------------------
    {
        "id": "ryohi-014",
        "charset": "cp932",
        "sender": "石黒 由紀 <ishiguro.yuki@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート 保坂様 <hosaka@tsubasa-system.jp>"],
        "subject": "旅費精算システム 取込エラーの件（実データ添付します）",
        "body": """ツバサシステム株式会社
保坂様

お世話になっております。日の出産業 経理部の石黒です。
昨日お電話した振込データ取込エラーの件、再現に使ったCSVをそのまま添付いたします。
7行目あたりで「口座番号桁数エラー」が出ているようです。

お手数ですが原因をご確認いただけますでしょうか。
""" + SIG_ISHIGURO,
        "attachments": [{
            "kind": "csv",
            "name": "ryohi_furikomi_202611.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "所属", "銀行名", "支店名", "種別", "口座番号", "精算額"],
                ["H10234", "東海林 剛", "営業第一部", "みどり銀行", "日本橋支店", "普通", "3382107", "48210"],
                ["H10871", "薬師寺 奈央", "営業第二部", "みずなみ銀行", "新宿西口支店", "普通", "1157734", "12680"],
                ["H11025", "鬼頭 雅人", "技術開発部", "さくら信用金庫", "厚木支店", "普通", "0462291", "95300"],
                ["H11302", "五百旗頭 凛", "海外事業部", "みどり銀行", "本店営業部", "普通", "7720458", "231470"],
                ["H11519", "纐纈 大輔", "品質保証部", "東都銀行", "川崎支店", "当座", "2209316", "7760"],
                ["H12044", "漆原 真帆", "総務部", "ゆうちょ銀行", "〇一八店", "普通", "62155803", "15400"],
                ["H12290", "九十九 悟", "営業第一部", "みどり銀行", "横浜支店", "普通", "5038812", "66020"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "real expense-transfer CSV with seven employees' bank accounts sent to the system vendor (reason 1)",
    },
    # 015 ---------------------------------------------------------------------------
    {
        "id": "ryohi-015",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Ms. Grace Lim <grace.lim@harborline-eng.com>"],
        "subject": "Visit to Harborline Singapore on 24 Feb - our team",
        "body": """Dear Grace,

Thank you for agreeing to host us at your Jurong facility on 24 February.
Our team will be the following three people:

- Kenji Arakawa (Manager, Overseas Business) - mobile +81-90-2218-4053
- Tomoki Ogiwara (Senior Engineer) - mobile +81-80-6617-3390
- Rie Kotaka (Quality Assurance)

We arrive at Changi on SQ637 the evening before and will stay at a hotel near
Jurong East, so a 9:30 start would suit us well. Please let me know if you need
anything else from us for the visitor passes.
""" + SIG_ARAKAWA_EN + "\n" + DISC_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors, two with mobiles, to one foreign host, standard disclaimer: a short list, may warn",
    },
    # 016 ---------------------------------------------------------------------------
    {
        "id": "ryohi-016",
        "charset": "cp932",
        "sender": "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        "to": ["山吹会計事務所 岩佐様 <iwasa@yamabuki-kaikei.jp>"],
        "subject": "外部講師の旅費・謝金 支払調書作成用の情報",
        "body": """山吹会計事務所
岩佐様

お世話になっております。日の出産業 経理部の高畑です。
10月の安全衛生講演でお招きした外部講師の方について、謝金と旅費（実費）の
支払調書作成に必要な情報をお送りします。

　氏名　　：鷲尾 文彦（わしお ふみひこ）
　住所　　：〒980-0811 宮城県仙台市青葉区一番町3丁目5-22 グランメゾン一番町804
　個人番号：""" + _mn(11) + """
　支払内容：講演謝金 100,000円（源泉徴収 10,210円）
　　　　　　旅費 仙台⇔東京 新幹線往復 22,140円・宿泊 12,800円

ご確認のほどよろしくお願いいたします。
""" + SIG_TAKAHATA,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an outside lecturer's My Number and home address mailed to the accounting firm (reason 2)",
    },
    # 017 ---------------------------------------------------------------------------
    {
        "id": "ryohi-017",
        "charset": "iso-2022-jp",
        "sender": "柴崎 玲奈 <shibasaki.rena@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 生産管理部 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
        "subject": "RE: 帯広工場ご見学の件（秘密保持契約について）",
        "body": """北国フーズ株式会社 生産管理部
今泉様

お世話になっております。日の出産業の柴崎です。
帯広工場の見学にあたり、事前に秘密保持契約（NDA）の締結が必要とのこと、承知いたしました。
弊社法務部より本日中に押印済みの機密保持契約書をお送りする予定です。

当日は私と上司の二名で伺います。帯広空港からはレンタカーで向かいますので、
駐車場の場所だけご教示いただけますと助かります。

引き続きよろしくお願いいたします。
""" + SIG_SHIBASAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about signing an NDA before a plant visit: the words are a mention, not a marking",
    },
    # 018 ---------------------------------------------------------------------------
    {
        "id": "ryohi-018",
        "charset": "utf-8",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "成田空港 送迎バス 乗車予定者一覧（1/22）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸株式会社 貸切バス課 御中</p>
<p>いつもお世話になっております。日の出産業の森下です。<br>
1月22日（木）成田空港第1ターミナル → 本社 の送迎便、乗車予定者は下記9名です。<br>
到着便の遅延時は、各自の携帯にご連絡いただいて構いません。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>フリガナ</th><th>所属</th><th>到着便</th><th>携帯電話</th></tr>
<tr><td>1</td><td>東海林 剛</td><td>ショウジ ツヨシ</td><td>営業第一部</td><td>NH6</td><td>090-3381-7720</td></tr>
<tr><td>2</td><td>五百旗頭 凛</td><td>イオキベ リン</td><td>海外事業部</td><td>NH6</td><td>080-6652-0918</td></tr>
<tr><td>3</td><td>舘林 宗一</td><td>タテバヤシ ソウイチ</td><td>海外事業部</td><td>NH6</td><td>070-2208-3145</td></tr>
<tr><td>4</td><td>小鳥遊 優</td><td>タカナシ ユウ</td><td>技術開発部</td><td>NH6</td><td>090-5517-2269</td></tr>
<tr><td>5</td><td>入江 侑李</td><td>イリエ ユリ</td><td>技術開発部</td><td>JL61</td><td>080-1093-6652</td></tr>
<tr><td>6</td><td>猿渡 耕平</td><td>サワタリ コウヘイ</td><td>品質保証部</td><td>JL61</td><td>090-8806-1173</td></tr>
<tr><td>7</td><td>堀之内 沙耶</td><td>ホリノウチ サヤ</td><td>品質保証部</td><td>JL61</td><td>070-4451-9980</td></tr>
<tr><td>8</td><td>宍戸 研吾</td><td>シシド ケンゴ</td><td>営業第二部</td><td>JL61</td><td>080-3307-4426</td></tr>
<tr><td>9</td><td>日下部 蘭</td><td>クサカベ ラン</td><td>営業第二部</td><td>JL61</td><td>090-6624-0071</td></tr>
</table>
<p>ご不明点は森下（03-5201-3380）までお願いいたします。</p>
<p>日の出産業株式会社 総務部 出張手配グループ<br>森下 千春</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a nine-row table of names, kana and mobiles to the bus company (reason 1)",
    },
    # 019 ---------------------------------------------------------------------------
    {
        "id": "ryohi-019",
        "charset": "iso-2022-jp",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["日本スカイ航空 お手伝いデスク <assist-desk@nihon-sky.co.jp>"],
        "subject": "お身体の不自由なお客様のご搭乗について（予約番号 4F7QKM）",
        "body": """日本スカイ航空 お手伝いデスク ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の小野寺と申します。
弊社社員の搭乗にあたり、事前にサポートをお願いしたくご連絡いたしました。

・ご搭乗者：宇治原 蓮（ウジハラ レン）
・予約番号：4F7QKM　12月8日 羽田→伊丹 NSA023便
・状況：脊髄損傷による下肢機能障害（身体障害者手帳1級）。自走式車いすを使用しております。
・ご依頼：搭乗口までの機内用車いすへの移乗介助、車いすの受託（折りたたみ可・バッテリーなし）
・当日連絡先：ご本人携帯 090-2273-8816

ご不明な点がございましたら、私または本人までご連絡ください。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a named employee's disability and disability certificate grade sent to an airline (reason 3)",
    },
    # 020 ---------------------------------------------------------------------------
    {
        "id": "ryohi-020",
        "charset": "cp932",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["大路 多恵子 先生 <taeko.oji.lab@gmail.com>"],
        "subject": "11月20日ご講演の交通・宿泊手配について",
        "body": """大路 多恵子 先生

お世話になっております。日の出産業 総務部の佐伯でございます。
11月20日のご講演にあたり、交通・宿泊を下記のとおり手配いたしました。

　往路　11/19（水）JAL 3511便　小松 18:05発 → 羽田 19:10着
　宿泊　さくらホテル日本橋（11/19 1泊・朝食付）
　復路　11/20（木）JAL 3516便　羽田 19:40発 → 小松 20:45着
　予約番号　JL-8X2P5T（eチケットお控えは空港カウンターでお名前をお伝えください）

当日は11時に本社1階受付までお越しください。
ご不明な点がございましたら、お気軽にお申し付けください。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "itinerary sent to a single outside lecturer on free mail; only her own booking, no other person",
    },
    # 021 ---------------------------------------------------------------------------
    {
        "id": "ryohi-021",
        "charset": "iso-2022-jp",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["井上 様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "大阪出張 出張者一覧（再送）",
        "body": """井上様

お世話になっております。小野寺です。
先ほどのファイルが開けないとのことでしたので、保存し直して再送いたします。
こちらでも開けない場合はお電話ください。

小野寺
""",
        "attachments": [{"kind": "corrupt", "name": "大阪出張_出張者一覧.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached spreadsheet is damaged and cannot be read (reason 7)",
    },
    # 022 ---------------------------------------------------------------------------
    {
        "id": "ryohi-022",
        "charset": "cp932",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル 法人営業部 井上様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "来期の法人契約ホテル料金について",
        "body": """井上様

いつもお世話になっております。森下です。
来期（4月～）の法人契約料金のご提示ありがとうございました。
弊社の宿泊費上限と突き合わせると、下記のとおりです。

　都市　　　　弊社上限　　ご提示（朝食込）　差額
　札幌　　　　 9,800円　　 9,200円　　　　　＋600円
　仙台　　　　 9,800円　　10,300円　　　　　－500円
　東京23区　　12,000円　　11,800円　　　　　＋200円
　名古屋　　　10,500円　　 9,900円　　　　　＋600円
　大阪市　　　11,000円　　11,600円　　　　　－600円
　福岡　　　　 9,800円　　 9,500円　　　　　＋300円

仙台と大阪は上限を超えておりますので、もう一段のご調整が可能かご検討ください。
商品コード（HTL-SDJ-07、HTL-OSA-12）の条件変更でも構いません。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a hotel price comparison with product codes: business data only",
    },
    # 023 ---------------------------------------------------------------------------
    {
        "id": "ryohi-023",
        "charset": "utf-8",
        "sender": "柴崎 玲奈 <shibasaki.rena@hinode-sangyo.co.jp>",
        "to": ["駅前レンタカー 新千歳空港店 <chitose@ekimae-rentacar.jp>"],
        "subject": "レンタカー予約（1/28～1/30）運転者情報",
        "body": """駅前レンタカー 新千歳空港店 ご担当者様

お世話になっております。日の出産業株式会社の柴崎です。
法人予約（契約番号 EK-H-20418）で、下記のとおり予約をお願いいたします。
事前登録が必要とのことでしたので、運転者の情報をお送りします。

【車両】SUVクラス 4WD スタッドレス 1台
【貸出】1月28日（水）10:30 新千歳空港店
【返却】1月30日（金）17:00 同店

【運転者】
氏名：一寸木 拓真（ちょっき たくま）
生年月日：1990年2月17日
運転免許証番号：第 4420 1893 2706 号（北海道公安委員会）
携帯：080-6673-2190

よろしくお願いいたします。
""" + SIG_SHIBASAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number (with birth date) sent to a rental car company (reason 2)",
    },
    # 024 ---------------------------------------------------------------------------
    {
        "id": "ryohi-024",
        "charset": "iso-2022-jp",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["Global Care Assist 東京オフィス <tokyo-ops@globalcare-assist.com>"],
        "subject": "渡航者登録（12月分）のご依頼",
        "body": """Global Care Assist 東京オフィス
ご担当者様

お世話になっております。日の出産業 人事部の真鍋です。
12月に海外渡航する社員の登録をお願いいたします。
渡航者届（PDF）を添付しますので、緊急連絡先もあわせてご登録ください。
""" + SIG_MANABE,
        "attachments": [{
            "kind": "pdf",
            "name": "海外渡航者届_202612.pdf",
            "title": "海外渡航者届 2026年12月",
            "lines": [
                "海外渡航者届（2026年12月渡航分）　日の出産業株式会社 人事部",
                "緊急連絡先は本人申告による。",
                "",
            ],
            "table": [
                ["氏名", "生年月日", "渡航先", "期間", "本人携帯", "緊急連絡先（続柄）"],
                ["舘林 宗一", "1978/03/09", "インド・チェンナイ", "12/1-12/19", "070-2208-3145", "舘林 由美（妻）090-1128-3364"],
                ["入江 侑李", "1989/11/21", "メキシコ・レオン", "12/3-12/12", "080-1093-6652", "入江 康弘（父）0276-22-4108"],
                ["猿渡 耕平", "1984/06/14", "タイ・ラヨーン", "12/7-12/20", "090-8806-1173", "猿渡 佳代（妻）080-5540-2291"],
                ["宍戸 研吾", "1992/01/30", "米国・デトロイト", "12/8-12/13", "080-3307-4426", "宍戸 孝（父）022-271-6035"],
                ["堀之内 沙耶", "1995/09/02", "ドイツ・シュトゥットガルト", "12/9-12/16", "070-4451-9980", "堀之内 正樹（兄）090-6672-8810"],
                ["日下部 蘭", "1987/05/18", "ベトナム・ハイフォン", "12/14-12/24", "090-6624-0071", "日下部 聡（夫）080-2917-6653"],
                ["鬼頭 雅人", "1973/12/25", "中国・蘇州", "12/15-12/26", "080-4470-1932", "鬼頭 里美（妻）052-783-4419"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of seven travellers with birth dates, mobiles and family emergency contacts to the assistance company (reason 1)",
    },
    # 025 ---------------------------------------------------------------------------
    {
        "id": "ryohi-025",
        "charset": "utf-8",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["技術開発部長 <kaneshiro.hideo@hinode-sangyo.co.jp>"],
        "cc": ["人事部長 <yoshinaga.keiko@hinode-sangyo.co.jp>",
               "安全衛生 <anzen-eisei@mail.hinode-sangyo.co.jp>"],
        "subject": "【第2報】ハノイ出張者 事故の件",
        "body": """金城部長

人事部 真鍋です。百目鬼さんの件、第2報です。

・本日現地時間10時、Hong Ha International Clinicにて左鎖骨の観血的整復固定術を実施、経過良好。
・頭部CTは異常なし。軽度の脳震盪と診断されています。
・主治医の所見では、術後5日程度で航空機搭乗可能。帰国は10/15前後の見込み。
・治療費は保険会社のキャッシュレス対応で手配済み。
・ご家族（奥様）には本人から連絡済みとのことです。

帰国後しばらくは通院が必要になるため、業務調整をお願いいたします。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "surgery and diagnosis of a named employee, but all recipients are internal",
    },
    # 026 ---------------------------------------------------------------------------
    {
        "id": "ryohi-026",
        "charset": "cp932",
        "sender": "瓜生 恭平 <uryu.kyohei@hinode-sangyo.co.jp>",
        "to": ["経理部 旅費精算 <keiri-ryohi@hinode-sangyo.com>"],
        "subject": "振込口座変更のお願い（旅費精算）",
        "body": """経理部 旅費精算ご担当者様

営業第一部の瓜生です。
給与口座を変更したため、旅費精算の振込先も下記に変更をお願いします。
今月申請分（名古屋出張 12/3-4）から適用いただけると助かります。

　氏名：瓜生 恭平（社員番号 H13377）
　新口座：みどり銀行 品川支店 普通 4471208
　名義：ウリュウ キョウヘイ

よろしくお願いします。
-- 
営業第一部 瓜生 恭平
内線 2711
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for internal accounting but addressed to hinode-sangyo.com, a TLD look-alike of the own domain (reason 5)",
    },
    # 027 ---------------------------------------------------------------------------
    {
        "id": "ryohi-027",
        "charset": "iso-2022-jp",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 浅利様 <asari.yoko@kawasaki-denki.co.jp>"],
        "cc": ["あさひトラベル 井上様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "工場監査ご訪問（2/5）の移動手段について",
        "body": """川崎電機株式会社 浅利様
（cc：あさひトラベル 井上様）

お世話になっております。日の出産業の森下です。
2月5日の工場監査の件、移動と宿泊の手配をあさひトラベル様にお願いすることになりましたので、
本件のやり取りに井上様を加えさせていただきます。

・東京駅 8:03発 のぞみ → 新横浜、以降は御社手配のマイクロバスで工場へ
・帰路は工場 17:00発、川崎駅まで送迎いただけますと助かります
・宿泊はなし（日帰り）

浅利様には、マイクロバスの集合場所と時刻を井上様あてにもご共有いただけますと幸いです。
""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way mail: one customer and one travel agency in To/Cc, no personal data",
    },
    # 028 ---------------------------------------------------------------------------
    {
        "id": "ryohi-028",
        "charset": "utf-8",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["トラベルビザサポート 申請課 <shinsei@tv-support.co.jp>"],
        "subject": "FW: 【人事】タイ赴任者およびご家族の情報（ビザ申請用）",
        "body": """トラベルビザサポート 申請課 ご担当者様

お世話になっております。日の出産業の佐伯です。
タイ赴任者ご家族のビザ（Non-B / Non-O）申請の件、人事部から届いた情報を転送いたします。
必要書類の一覧をあらためてご教示いただけますでしょうか。

佐伯

-----Forwarded Message-----
From: 吉永 恵子 <yoshinaga.keiko@hinode-sangyo.co.jp>
Sent: Monday, November 9, 2026 4:12 PM
To: 佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>
Subject: 【人事】タイ赴任者およびご家族の情報（ビザ申請用）

佐伯さん

来年1月にバンコク駐在となる舘林さんとご家族の情報です。ビザ手配をお願いします。

■ 舘林 宗一（本人）　1978年3月9日生　旅券 TK8830154（2034/02/01まで）
■ 舘林 由美（妻）　　1980年7月26日生　旅券 TR2217690（2029/09/14まで）
■ 舘林 陽翔（長男）　2012年4月3日生　 旅券 MZ9904127（2027/04/20まで）
■ 舘林 結菜（長女）　2015年10月28日生　旅券 MZ9904128（2027/04/20まで）
■ 舘林 キヨ（実母・同行）1951年1月15日生 旅券 TS6615073（2031/06/05まで）

現住所：〒272-0034 千葉県市川市市川2-31-7 パークハイツ市川605
帰任予定は2029年12月です。

人事部 吉永
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded HR mail (new text to the visa agency) with five family members' passports and birth dates (reasons 1 and 2)",
    },
    # 029 ---------------------------------------------------------------------------
    {
        "id": "ryohi-029",
        "charset": "cp932",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 料飲部 <banquet@sakura-hotel.jp>"],
        "subject": "12/4 会食 お食事内容のご相談",
        "body": """さくらホテル 料飲部 ご担当者様

お世話になっております。日の出産業の小野寺です。
12月4日（木）18:30～ 個室「桔梗」でお願いしている会食（8名）について、ご相談です。

ご参加のうち、インドネシア法人から出張で来日するハリム・ヌルディン様は
豚肉・アルコールを使わないハラール対応のお食事をご希望されています。
お一人分のみ別メニューでのご用意は可能でしょうか。

可能であれば、追加料金の有無とあわせてご教示ください。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's halal meal request implies religion; a reasonable officer could see it as needed for the service or as religious data",
    },
    # 030 ---------------------------------------------------------------------------
    {
        "id": "ryohi-030",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["トラベルビザサポート 申請課 <shinsei@tv-support.co.jp>"],
        "subject": "中国ビザ申請（外国籍社員）必要情報のご連絡",
        "body": """トラベルビザサポート 申請課
ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
ベトナム国籍の社員について、蘇州出張のための中国ビザ（Mビザ）申請をお願いいたします。
ご依頼いただいていた情報は下記のとおりです。

　氏名：NGUYEN VAN THANH（グエン ヴァン タイン）
　国籍：ベトナム
　生年月日：1994年8月11日
　在留カード番号：UH48217736EA
　在留資格：技術・人文知識・国際業務（在留期限 2028年5月30日）
　旅券：ベトナム旅券（原本は来週月曜にご持参します）

申請書類の原本は、本人が直接御社窓口に持参する予定です。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a foreign employee's residence card number and birth date to a visa agency (reason 2)",
    },
    # 031 ---------------------------------------------------------------------------
    {
        "id": "ryohi-031",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Mr. Tobias Renner <t.renner@techlink-gmbh.de>"],
        "subject": "RE: Hotel recommendation for your Tokyo visit",
        "body": """Dear Tobias,

Thank you for your message. For your stay in Tokyo from 16 to 19 March, I would
recommend either of these two hotels; both are a short walk from our office:

  * Sakura Hotel Nihonbashi  - 1-4-2 Nihonbashi-Muromachi, Chuo-ku, tel. +81-3-3241-0101
  * Hotel Edobashi Square    - 2-1-9 Nihonbashi, Chuo-ku, tel. +81-3-3275-4400

We have a corporate rate at Sakura Hotel (about JPY 19,000 per night incl. breakfast);
just mention "Hinode Sangyo" when you book. From Haneda the easiest way is the Keikyu
line to Nihombashi station, about 35 minutes.

Looking forward to seeing you.
""" + SIG_ARAKAWA_EN + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "hotel recommendations (business addresses and switchboards) to a foreign partner, standard disclaimer",
    },
    # 032 ---------------------------------------------------------------------------
    {
        "id": "ryohi-032",
        "charset": "cp932",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ほけんプラザ 法人営業課 <houjin@hoken-plaza.jp>"],
        "subject": "海外旅行保険（年間包括）追加加入者リスト",
        "body": """ほけんプラザ 法人営業課
ご担当 熊谷様

お世話になっております。日の出産業の真鍋です。
年間包括契約への追加加入者（10名）のリストを添付いたします。
社内システムの出力がxls形式のため、そのままお送りします。
加入日は各人とも12月1日でお願いいたします。
""" + SIG_MANABE,
        "attachments": [{
            "kind": "xls",
            "name": "追加加入者リスト_1201.xls",
            "sheets": {"追加加入者": [
                ["社員番号", "氏名", "カナ", "性別", "生年月日", "主な渡航先", "加入日"],
                ["H10655", "蔀 直人", "シトミ ナオト", "男", "1981/02/06", "中国", "2026/12/01"],
                ["H10893", "佃 香織", "ツクダ カオリ", "女", "1990/05/29", "タイ", "2026/12/01"],
                ["H11047", "雲母 啓介", "キララ ケイスケ", "男", "1976/10/13", "米国", "2026/12/01"],
                ["H11388", "真壁 舞", "マカベ マイ", "女", "1993/12/21", "ベトナム", "2026/12/01"],
                ["H11420", "轟 陽介", "トドロキ ヨウスケ", "男", "1985/07/04", "インド", "2026/12/01"],
                ["H11706", "乙部 萌", "オトベ モエ", "女", "1997/03/16", "台湾", "2026/12/01"],
                ["H12011", "有働 周平", "ウドウ シュウヘイ", "男", "1979/09/08", "ドイツ", "2026/12/01"],
                ["H12135", "椎葉 花蓮", "シイバ カレン", "女", "1991/11/27", "メキシコ", "2026/12/01"],
                ["H12478", "禰津 壮真", "ネヅ ソウマ", "男", "1988/01/22", "インドネシア", "2026/12/01"],
                ["H12502", "饗庭 瑞穂", "アイバ ミズホ", "女", "1994/06/10", "韓国", "2026/12/01"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "legacy XLS list of ten employees with birth dates and destinations to an insurance agency (reason 1)",
    },
    # 033 ---------------------------------------------------------------------------
    {
        "id": "ryohi-033",
        "charset": "iso-2022-jp",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル 法人営業部 井上様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "【社外秘】国内・海外出張旅費規程 改定案（2027年4月施行予定）",
        "body": """社外秘
────────────────

あさひトラベル 井上様

お世話になっております。森下です。
来年4月施行予定の出張旅費規程の改定案です。手配時のチェック項目に影響するため、
事前に共有いたします（社内決裁前のため、取扱いにはご注意ください）。

主な改定点
1. 国内宿泊費上限：一律 +1,000円（東京23区・大阪市は +1,500円）
2. 海外出張の航空券：部長級以上、片道8時間超の路線はビジネスクラス可
3. 日当：国内 2,000円 → 2,500円、海外（甲地）5,000円 → 6,000円
4. 早割運賃の利用を原則化（出発14日前までの申請）

ご意見があれば12月中にいただけますと助かります。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 社外秘 (subject and stamp line) and goes to an agency (reason 6)",
    },
    # 034 ---------------------------------------------------------------------------
    {
        "id": "ryohi-034",
        "charset": "utf-8",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["グローバルツアーズ 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "Re: 旅券コピーのご送付方法について",
        "body": """宮内様

お世話になっております。佐伯です。
旅券コピーのご依頼の件、弊社では個人情報保護の観点から、旅券の画像や番号は
メールでお送りしない運用としております。
お手数ですが、御社の法人向けアップロードサイト（前回ご案内いただいたもの）から
各出張者本人が登録する形でお願いできますでしょうか。

出張者には本日中にURLを案内いたします。

> 佐伯様
> ジャカルタ出張の件、航空会社への事前登録のため、ご出張者様の旅券コピーを
> お送りいただけますでしょうか。
> グローバルツアーズ 宮内
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the words 個人情報 and 旅券 used in passing; no data is sent",
    },
    # 035 ---------------------------------------------------------------------------
    {
        "id": "ryohi-035",
        "charset": "cp932",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["東邦海上火災保険 海外旅行保険 事故受付 <kaigai-claim@toho-kaijo.co.jp>"],
        "subject": "携行品損害の事故報告（バルセロナ・強盗被害）",
        "body": """東邦海上火災保険 海外旅行保険 事故受付ご担当者様

日の出産業株式会社 人事部の真鍋です。包括契約 TK-88210457 の被保険者について、
出張先での盗難事故をご報告いたします。

１．被保険者：饗庭 瑞穂（アイバ ミズホ）海外事業部
２．発生日時：11月12日 22時ごろ（現地時間）
３．場所：スペイン バルセロナ市 ゴシック地区の路上
４．内容：2人組に背後から襲われ、ショルダーバッグを強奪された。転倒時に右手首を打撲。
　　　　　地元警察（Mossos d'Esquadra）に被害届を提出済み（受理番号 BCN-26-118472）。
５．被害品：ノートPC（会社貸与）、財布、スマートフォン、日本国旅券（旅券番号 TR5590348）
６．その後：在バルセロナ日本国総領事館にて帰国のための渡航書を申請中。

被害届の写しと領収書類は帰国後に郵送いたします。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a named employee as a victim of a crime (robbery, injury) plus her passport number, sent to the insurer (reasons 2 and 3)",
    },
    # 036 ---------------------------------------------------------------------------
    {
        "id": "ryohi-036",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <sales@sakura-hotel.jp>"],
        "subject": "会議室ご予約（1/16）当日の連絡先",
        "body": """さくらホテル 宴会営業 ご担当者様

お世話になっております。日の出産業の佐伯です。
1月16日（金）の会議室「欅」のご予約について、当日の現地連絡先をお知らせいたします。

・佐伯 美月（総務部）　090-6618-2057
・穂積 隆之（営業第二部）080-3392-4716
・夏目 りさ（営業第二部）070-2285-6604

設営は13時から、プロジェクター1台とマイク2本をお願いいたします。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three on-site contacts with mobiles to a partner hotel: a short list under five, may warn",
    },
    # 037 ---------------------------------------------------------------------------
    {
        "id": "ryohi-037",
        "charset": "utf-8",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
        "subject": "【団体予約 SKR-G-2611】宿泊者名簿のご送付",
        "body": """さくらホテル 宿泊予約課
ご担当者様

お世話になっております。日の出産業の小野寺です。
団体予約（SKR-G-2611、2/18～2/20）の宿泊者名簿をお送りいたします。
宿泊者カードへの事前記入用に住所・電話番号も入れております。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "docx",
            "name": "宿泊者名簿_SKR-G-2611.docx",
            "title": "宿泊者名簿",
            "paragraphs": ["宿泊者名簿（2/18～2/20　技術研修）", "日の出産業株式会社 総務部"],
            "tables": [[
                ["氏名", "住所", "電話", "部屋タイプ"],
                ["相良 匠", "静岡県浜松市中区元城町1-12-3", "090-2215-6638", "シングル"],
                ["米倉 詩織", "大阪府吹田市江坂町2-5-18-702", "080-6610-3374", "シングル"],
                ["比嘉 朝陽", "沖縄県浦添市城間4-21-9", "070-3364-5501", "シングル"],
                ["氏家 剛志", "宮城県名取市増田5-3-27", "090-9902-1146", "シングル"],
                ["芦名 柚子", "福島県郡山市駅前1-8-4 アーバン駅前301", "080-1158-7723", "ツイン"],
                ["芦名 杏", "福島県郡山市駅前1-8-4 アーバン駅前301", "080-1158-7724", "ツイン"],
                ["仙石 翔太", "長野県松本市中央3-2-15", "090-4427-8891", "シングル"],
                ["須郷 礼子", "新潟県長岡市大手通2-6-1", "070-8816-2230", "シングル"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of eight guests' home addresses and phones to a hotel (reason 1)",
    },
    # 038 ---------------------------------------------------------------------------
    {
        "id": "ryohi-038",
        "charset": "cp932",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": [
            "大路 多恵子 先生 <taeko.oji.lab@gmail.com>",
            "灰谷 修 様 <haitani@seiwa-u.ac.jp>",
            "ミルズ 様 <d.mills@mills-consulting.co.jp>",
            "畔上 真琴 様 <azegami.m@yahoo.co.jp>",
            "能勢 研一 様 <nose@kankyo-soken.or.jp>",
        ],
        "subject": "【ご案内】安全衛生大会（11/20）ご登壇の先生方へ：交通・宿泊について",
        "body": """ご登壇の先生方

いつもお世話になっております。日の出産業 総務部の佐伯でございます。
11月20日の安全衛生大会について、交通・宿泊の手配方法をご案内いたします。

・遠方からお越しの先生には、弊社で航空券・新幹線とホテルを手配いたします。
　ご希望の便・列車を11月7日までにお知らせください。
・近隣の先生は実費精算とさせていただきます。当日、領収書をご持参ください。
・会場：本社ビル12階 大会議室（東京都中央区日本橋2-14-9）

ご不明な点は佐伯までお問い合わせください。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "five outside speakers (university, consultancy, institute, two free-mail persons) all in To: should have been Bcc (reason 4)",
    },
    # 039 ---------------------------------------------------------------------------
    {
        "id": "ryohi-039",
        "charset": "utf-8",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ほけんプラザ 熊谷様 <kumagai@hoken-plaza.jp>"],
        "subject": "台湾出張者の個別付保のお願い（4名）",
        "body": """熊谷様

お世話になっております。日の出産業の真鍋です。
包括契約の対象外となる派遣社員・嘱託の4名について、台湾出張（1/12～1/16）の
個別付保をお願いいたします。

氏名	生年月日	区分
乙部 萌	1997/03/16	嘱託
ハンナ・ベッカー	1990/08/30	派遣
松浦 直哉	1968/12/01	嘱託
水越 ひかる	1999/05/05	派遣

補償内容は前回（9月のバンコク出張）と同じプランで結構です。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four insured persons' birth dates to the insurance agency: under five records, may warn",
    },
    # 040 ---------------------------------------------------------------------------
    {
        "id": "ryohi-040",
        "charset": "iso-2022-jp",
        "sender": "大河内 健 <okochi.ken@hinode-sangyo.co.jp>",
        "to": ["井上 様 <inoue.sayaka@asahi-travel.co.jp>"],
        "cc": ["小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>"],
        "subject": "Re: シドニー出張 アップグレード差額のお支払い",
        "body": """井上さん

営業第二部の大河内です。
アップグレード差額（規程外の自己負担分 68,400円）は、私個人のカードで払います。

カード：Mastercard
番号：""" + _card(2, " ") + """
有効期限：2028年11月
名義：KEN OKOCHI

会社への請求とは分けて処理してください。よろしくお願いします。

> 大河内様
> 規程外となるプレミアムエコノミーへのアップグレード差額について、
> お支払い方法をご指示いただけますでしょうか。
> あさひトラベル 井上
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a traveller's personal card number and expiry in a reply to the agency (reason 2)",
    },
    # 041 ---------------------------------------------------------------------------
    {
        "id": "ryohi-041",
        "charset": "cp932",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["グローバルツアーズ 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "メキシコ出張 出張命令書（手配根拠）の送付",
        "body": """宮内様

お世話になっております。森下です。
レオン出張（3名）の出張命令書をPDFでお送りします。
社内ルールにより閲覧パスワードを設定しております。パスワードはお電話でお伝えします。

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "pdf",
            "name": "出張命令書_メキシコ_3名.pdf",
            "password": "leon2027",
            "lines": ["出張命令書", "出張先：メキシコ合衆国 グアナフアト州レオン", "期間：2027年1月18日～1月29日",
                      "出張者：入江 侑李、猿渡 耕平、有働 周平"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to a travel agency cannot be inspected (reason 7)",
    },
    # 042 ---------------------------------------------------------------------------
    {
        "id": "ryohi-042",
        "charset": "utf-8",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["グローバルツアーズ 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "RE: ソウル出張 発券前最終確認",
        "body": """宮内様

ご確認ありがとうございます。内容に相違ございませんので、発券をお願いいたします。
請求書は部門コード 4120 宛でお願いします。

小野寺

差出人: 宮内 <miyauchi@globaltours.jp>
送信日時: 2026年11月24日 15:02
宛先: 小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>
件名: ソウル出張 発券前最終確認

日の出産業 小野寺様

お世話になっております。グローバルツアーズの宮内です。
発券前の最終確認として、下記内容をご確認ください。

  ご搭乗者：AIBA MIZUHO 様（1990年6月10日生）
  旅券番号：TR5590348　有効期限 2032/01/19
  12/2 KE2102 羽田 11:35 → 金浦 14:10
  12/5 KE2107 金浦 17:25 → 羽田 19:40

問題なければ本日中に発券いたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the passport details appear only in the agency's own mail quoted under 差出人/送信日時; the reply adds nothing",
    },
    # 043 ---------------------------------------------------------------------------
    {
        "id": "ryohi-043",
        "charset": "iso-2022-jp",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["ひまわりツーリスト 野々村様 <nonomura@himawari-tourist.co.jp>"],
        "subject": "社員旅行 第1班 参加者連絡先（添乗員様用）",
        "body": """野々村様

お世話になっております。森下です。
社員旅行の第1班（6/11出発）の参加者連絡先です。添乗員様の緊急連絡用にお使いください。
Excelを開けない端末とのことでしたので、本文にカンマ区切りで貼り付けます。

社員番号,氏名,部署,携帯電話,メール
H10234,東海林 剛,営業第一部,090-3381-7720,shoji.tsuyoshi@hinode-sangyo.co.jp
H10655,蔀 直人,海外事業部,080-7725-3310,shitomi.naoto@hinode-sangyo.co.jp
H10871,薬師寺 奈央,営業第二部,090-1162-8847,yakushiji.nao@hinode-sangyo.co.jp
H11025,鬼頭 雅人,技術開発部,080-4470-1932,kito.masato@hinode-sangyo.co.jp
H11047,雲母 啓介,技術開発部,070-2841-6659,kirara.keisuke@hinode-sangyo.co.jp
H11302,五百旗頭 凛,海外事業部,080-6652-0918,iokibe.rin@hinode-sangyo.co.jp
H11388,真壁 舞,品質保証部,090-7718-2205,makabe.mai@hinode-sangyo.co.jp
H11519,纐纈 大輔,品質保証部,070-5563-0481,koketsu.daisuke@hinode-sangyo.co.jp
H12044,漆原 真帆,総務部,080-3319-7642,urushibara.maho@hinode-sangyo.co.jp
H12290,九十九 悟,営業第一部,090-6641-1028,tsukumo.satoru@hinode-sangyo.co.jp
H12502,饗庭 瑞穂,海外事業部,070-9927-3185,aiba.mizuho@hinode-sangyo.co.jp

第2班は来週お送りします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "eleven employees' mobiles and e-mail pasted as CSV in the body to a tour operator (reason 1)",
    },
    # 044 ---------------------------------------------------------------------------
    {
        "id": "ryohi-044",
        "charset": "cp932",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["ひまわりツーリスト 野々村様 <nonomura@himawari-tourist.co.jp>"],
        "subject": "旅のしおり 原稿（レイアウト確認用）",
        "body": """野々村様

お世話になっております。森下です。
社員旅行「旅のしおり」の原稿一式をzipでお送りします（パスワードはかけていません）。
行程表と宿の案内図のレイアウトについて、ご意見をいただけますと幸いです。

印刷は錦印刷さんにお願いする予定です。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "zip",
            "name": "shiori_genkou_v1.zip",
            "files": [
                {"kind": "pdf", "name": "行程表.pdf",
                 "lines": ["2026年度 社員旅行 行程表（沖縄 2泊3日）"],
                 "table": [["日", "時間", "内容"],
                           ["1日目", "08:30", "羽田空港 第1ターミナル 集合"],
                           ["1日目", "12:40", "那覇空港着・バスで恩納村へ"],
                           ["1日目", "19:00", "夕食宴会（ホテル宴会場）"],
                           ["2日目", "終日", "自由行動（オプショナルツアーあり）"],
                           ["3日目", "15:10", "那覇空港発 → 羽田 17:35着 解散"]]},
                {"kind": "docx", "name": "宿のご案内.docx",
                 "paragraphs": ["リゾートホテル恩納ビーチ", "沖縄県国頭郡恩納村字冨着1-20",
                                "TEL 098-964-0000（代表）", "チェックイン 15:00 / チェックアウト 11:00"]},
                {"kind": "png", "name": "map.png"},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an unencrypted ZIP of an itinerary and a hotel description: no personal data, readable",
    },
    # 045 ---------------------------------------------------------------------------
    {
        "id": "ryohi-045",
        "charset": "utf-8",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.jp>"],
        "subject": "送迎のお願い（2/3 羽田空港 → 厚木TC）",
        "body": """青葉運輸株式会社 貸切バス課 御中

お世話になっております。日の出産業の森下です。
2月3日、海外からの技術者来訪に合わせてジャンボタクシー1台をお願いいたします。

　羽田空港 第3ターミナル 到着ロビー 15:30 → 厚木テクニカルセンター
　引率：小鳥遊 優（090-5517-2269）
　来訪者：Tobias Renner 様、Lena Fischer 様（ドイツ TechLink GmbH）
　　　　　※お二人とも携帯はドイツの番号です：+49 151 2274 0931 / +49 160 9913 4482

よろしくお願いいたします。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "partner aoba-unyu.co.jp addressed as aoba-unyu.jp (co. dropped) (reason 5)",
    },
    # 046 ---------------------------------------------------------------------------
    {
        "id": "ryohi-046",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["トラベルビザサポート 申請課 <shinsei@tv-support.co.jp>"],
        "subject": "インド商用ビザ（e-Business）申請代行のお願い 5名",
        "body": """トラベルビザサポート 申請課 ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
チェンナイ出張（3月）5名分のe-Businessビザ申請代行をお願いいたします。
申請に必要な項目を所定のフォーマットに入力しましたので、添付にてお送りします。
顔写真と旅券画像は、御社アップロードフォームから別途登録いたします。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "xlsx",
            "name": "India_eBusinessVisa_申請情報.xlsx",
            "title": "インドビザ申請情報",
            "sheets": {
                "申請者": [
                    ["インド e-Business Visa 申請情報（日の出産業株式会社）", "", "", "", "", "", ""],
                    ["Surname", "Given Name", "Sex", "Date of Birth", "Place of Birth", "Passport No.", "Expiry"],
                    ["TATEBAYASHI", "SOICHI", "M", "1978-03-09", "CHIBA", "TK8830154", "2034-02-01"],
                    ["SHIMOTSUKI", "YOSHIO", "M", "1971-11-03", "TOCHIGI", "TS8852036", "2028-07-19"],
                    ["KIRARA", "KEISUKE", "M", "1976-10-13", "OSAKA", "MZ3307215", "2030-10-02"],
                    ["TODOROKI", "YOSUKE", "M", "1985-07-04", "HYOGO", "TK6604981", "2031-05-28"],
                    ["SHIIBA", "KAREN", "F", "1991-11-27", "MIYAZAKI", "TR1187420", "2033-08-14"],
                ],
                "家族情報": [
                    ["Surname", "Father's Name", "Mother's Name", "Marital Status"],
                    ["TATEBAYASHI", "TATEBAYASHI MASAO", "TATEBAYASHI KIYO", "Married"],
                    ["SHIMOTSUKI", "SHIMOTSUKI TORU", "SHIMOTSUKI HANAE", "Married"],
                    ["KIRARA", "KIRARA SHIGERU", "KIRARA MICHIKO", "Single"],
                    ["TODOROKI", "TODOROKI ISAMU", "TODOROKI KEIKO", "Married"],
                    ["SHIIBA", "SHIIBA HIROSHI", "SHIIBA YUKARI", "Single"],
                ],
                "訪問先": [
                    ["訪問先", "住所", "担当"],
                    ["Chennai Precision Parts Pvt. Ltd.", "Plot 14, SIPCOT Industrial Park, Sriperumbudur", "Mr. R. Venkatesh"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, three sheets) with five applicants' passport numbers, birth data and parents' names to a visa agency (reasons 1 and 2)",
    },
    # 047 ---------------------------------------------------------------------------
    {
        "id": "ryohi-047",
        "charset": "cp932",
        "sender": "石黒 由紀 <ishiguro.yuki@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【問合せ】日当の自動計算（海外・乙地）の設定について",
        "body": """ツバサシステム株式会社 サポートデスク御中

いつもお世話になっております。日の出産業 経理部の石黒です。
旅費精算システム（契約番号 TS-HNS-0072）について質問です。

海外出張の日当区分を「乙地」にした場合、滞在日数×日当が自動計算されず、
0円のまま申請できてしまいます。設定画面のキャプチャを添付します。
マスタの「地域区分」に追加の設定が必要でしょうか。

お手数ですがご確認をお願いいたします。
""" + SIG_ISHIGURO,
        "attachments": [{"kind": "png", "name": "nitto_setting.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a support question with a screenshot and a contract number: no personal data",
    },
    # 048 ---------------------------------------------------------------------------
    {
        "id": "ryohi-048",
        "charset": "utf-8",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["トラベルビザサポート 申請課 <shinsei@tv-support.co.jp>"],
        "subject": "中国 就労許可（Zビザ）健康診断結果の件",
        "body": """トラベルビザサポート 申請課
ご担当者様

お世話になっております。日の出産業の佐伯です。
蘇州駐在予定の鬼頭雅人の就労許可申請について、ご依頼の「外国人体格検査記録」の
内容を下記のとおりお知らせします（原本は本日発送しました）。

　氏名：鬼頭 雅人（KITO MASATO）　1973年12月25日生
　受診日：2026年10月30日（東京都内の指定医療機関）
　身長/体重：171cm / 82kg
　血圧：152/98（要再検）
　血液検査：ALT 68、γ-GTP 142（肝機能異常、経過観察）、HBs抗原 陰性、HIV 陰性、梅毒 陰性
　胸部X線：異常なし
　心電図：軽度の不整脈（治療不要との所見）
　既往歴：2019年 狭心症にてカテーテル治療

血圧と肝機能が申請上問題にならないか、ご確認いただけますでしょうか。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's health check results and medical history sent to a visa agency (reason 3)",
    },
    # 049 ---------------------------------------------------------------------------
    {
        "id": "ryohi-049",
        "charset": "cp932",
        "sender": "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        "to": ["石黒 由紀 <ishiguro.yuki@hinode-sangyo.co.jp>"],
        "cc": ["経理課長 <fujimaki.jun@hinode-sangyo.co.jp>"],
        "subject": "11月分 旅費精算 振込予定一覧（確認依頼）",
        "body": """石黒さん

11月分の旅費精算の振込予定一覧です。25日振込分なので、22日までに口座情報と
金額の突合をお願いします。差異があればコメント列に記入してください。

高畑
""",
        "attachments": [{
            "kind": "csv",
            "name": "furikomi_yotei_202611.csv",
            "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "銀行", "支店", "科目", "口座番号", "振込額", "コメント"],
                ["H10234", "東海林 剛", "みどり銀行", "日本橋", "普通", "3382107", "48210", ""],
                ["H10655", "蔀 直人", "東都銀行", "市川", "普通", "1049927", "183400", ""],
                ["H10871", "薬師寺 奈央", "みずなみ銀行", "新宿西口", "普通", "1157734", "12680", ""],
                ["H11025", "鬼頭 雅人", "さくら信用金庫", "厚木", "普通", "0462291", "95300", ""],
                ["H11047", "雲母 啓介", "みどり銀行", "梅田", "普通", "6620418", "402760", "仮払精算"],
                ["H11302", "五百旗頭 凛", "みどり銀行", "本店営業部", "普通", "7720458", "231470", ""],
                ["H11388", "真壁 舞", "ゆうちょ銀行", "〇二八", "普通", "41102287", "9980", ""],
                ["H11519", "纐纈 大輔", "東都銀行", "川崎", "当座", "2209316", "7760", ""],
                ["H12044", "漆原 真帆", "ゆうちょ銀行", "〇一八", "普通", "62155803", "15400", ""],
                ["H12290", "九十九 悟", "みどり銀行", "横浜", "普通", "5038812", "66020", ""],
                ["H12478", "禰津 壮真", "東都銀行", "松戸", "普通", "3319054", "128850", ""],
                ["H13377", "瓜生 恭平", "みどり銀行", "品川", "普通", "4471208", "31240", "口座変更済"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "twelve employees' bank accounts in a CSV, but sent only inside accounting (all internal)",
    },
    # 050 ---------------------------------------------------------------------------
    {
        "id": "ryohi-050",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Reservations, Hotel Isarblick <reservations@hotel-isarblick.de>"],
        "subject": "Group booking HINODE / 9-13 March - rooming list",
        "body": """Dear Reservations Team,

Please find below the rooming list for our group booking (ref. ISB-44817),
arrival 9 March, departure 13 March, 7 single rooms, breakfast included.

Name                 Arrival flight   E-mail                                  Mobile
-------------------  ---------------  --------------------------------------  ----------------
Kenji ARAKAWA        LH715 17:05      arakawa.kenji@hinode-sangyo.co.jp       +81 90 2218 4053
Tomoki OGIWARA       LH715 17:05      ogiwara.tomoki@hinode-sangyo.co.jp      +81 80 6617 3390
Rie KOTAKA           LH715 17:05      kotaka.rie@hinode-sangyo.co.jp          +81 70 3382 9046
Yoshio SHIMOTSUKI    NH217 16:20      shimotsuki.yoshio@hinode-sangyo.co.jp   +81 90 4461 7728
Maya HATTORI         NH217 16:20      hattori.maya@hinode-sangyo.co.jp        +81 80 2093 5514
Ryo INUKAI           NH217 16:20      inukai.ryo@hinode-sangyo.co.jp          +81 70 6618 2207
Kohei YANAGIBA       LH715 17:05      yanagiba.kohei@hinode-sangyo.co.jp      +81 90 7750 3381

All rooms are charged to the company (master account); incidentals paid by each guest.
""" + SIG_ARAKAWA_EN,
        "html": """<html><body><p>Dear Reservations Team,</p>
<p>Please find below the rooming list for our group booking (ref. ISB-44817),
arrival 9 March, departure 13 March, 7 single rooms, breakfast included.</p>
<table border="1" cellpadding="3">
<tr><th>Name</th><th>Arrival flight</th><th>E-mail</th><th>Mobile</th></tr>
<tr><td>Kenji ARAKAWA</td><td>LH715 17:05</td><td>arakawa.kenji@hinode-sangyo.co.jp</td><td>+81 90 2218 4053</td></tr>
<tr><td>Tomoki OGIWARA</td><td>LH715 17:05</td><td>ogiwara.tomoki@hinode-sangyo.co.jp</td><td>+81 80 6617 3390</td></tr>
<tr><td>Rie KOTAKA</td><td>LH715 17:05</td><td>kotaka.rie@hinode-sangyo.co.jp</td><td>+81 70 3382 9046</td></tr>
<tr><td>Yoshio SHIMOTSUKI</td><td>NH217 16:20</td><td>shimotsuki.yoshio@hinode-sangyo.co.jp</td><td>+81 90 4461 7728</td></tr>
<tr><td>Maya HATTORI</td><td>NH217 16:20</td><td>hattori.maya@hinode-sangyo.co.jp</td><td>+81 80 2093 5514</td></tr>
<tr><td>Ryo INUKAI</td><td>NH217 16:20</td><td>inukai.ryo@hinode-sangyo.co.jp</td><td>+81 70 6618 2207</td></tr>
<tr><td>Kohei YANAGIBA</td><td>LH715 17:05</td><td>yanagiba.kohei@hinode-sangyo.co.jp</td><td>+81 90 7750 3381</td></tr>
</table>
<p>All rooms are charged to the company (master account); incidentals paid by each guest.</p>
<p>Best regards,<br>Kenji Arakawa<br>Hinode Sangyo Co., Ltd.</p></body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English rooming list of seven travellers with e-mail and mobiles to a foreign hotel, text and HTML (reason 1)",
    },
    # 051 ---------------------------------------------------------------------------
    {
        "id": "ryohi-051",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Reservations, Hotel Isarblick <reservations@hotel-isarblick.de>"],
        "subject": "Re: Confirmation ISB-44817 - rooming list",
        "body": """Dear Ms. Huber,

Thank you, everything is correct. One small request: could Mr. Shimotsuki have a
room on a lower floor? He prefers not to use the lift late at night.

Kind regards,
Kenji Arakawa

On Tue, 17 Feb 2026 at 10:42, Hotel Isarblick Reservations wrote:
> Dear Mr. Arakawa,
>
> We are pleased to confirm your group booking ISB-44817 as follows:
>
> Kenji ARAKAWA       +81 90 2218 4053   single, 9-13 March
> Tomoki OGIWARA      +81 80 6617 3390   single, 9-13 March
> Rie KOTAKA          +81 70 3382 9046   single, 9-13 March
> Yoshio SHIMOTSUKI   +81 90 4461 7728   single, 9-13 March
> Maya HATTORI        +81 80 2093 5514   single, 9-13 March
> Ryo INUKAI          +81 70 6618 2207   single, 9-13 March
> Kohei YANAGIBA      +81 90 7750 3381   single, 9-13 March
>
> Kind regards,
> Sabine Huber, Reservations
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the rooming list is only quoted from the hotel's own confirmation; new text has a name and a room wish only",
    },
    # 052 ---------------------------------------------------------------------------
    {
        "id": "ryohi-052",
        "charset": "cp932",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ひかり社会保険労務士事務所 秋元様 <akimoto@hikari-sr.jp>"],
        "subject": "社会保障協定 適用証明書の交付申請（ドイツ派遣）",
        "body": """ひかり社会保険労務士事務所
秋元先生

いつもお世話になっております。日の出産業 人事部の真鍋です。
ドイツ・シュトゥットガルトへの長期出張（1年4か月）について、日独社会保障協定の
適用証明書交付申請をお願いしたく、必要事項をお送りします。

　被保険者氏名：堀之内 沙耶（ホリノウチ サヤ）
　生年月日：平成７年９月２日
　基礎年金番号：4012-738265
　住所：〒231-0023 神奈川県横浜市中区山下町118-6 ベイコート山下町1103
　派遣期間：2027年2月1日～2028年5月31日
　派遣先：TechLink GmbH（Stuttgart）

申請書の控えは押印後に郵送いたします。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's basic pension number, 和暦 birth date and home address to the labour consultant (reason 2)",
    },
    # 053 ---------------------------------------------------------------------------
    {
        "id": "ryohi-053",
        "charset": "iso-2022-jp",
        "sender": "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル 経理課 <seikyu@asahi-travel.co.jp>"],
        "subject": "請求書 No.AT-2611-00873 の記載について",
        "body": """株式会社あさひトラベル 経理課 御中

お世話になっております。日の出産業 経理部の高畑です。
11月分のご請求書（No.AT-2611-00873、ご請求額 3,482,160円）について確認させてください。

1. 適格請求書発行事業者の登録番号が「T8010401098765」と記載されていますが、
   前回までの請求書と同一番号で相違ないでしょうか。
2. 明細 No.37（手配番号 AT-H-558210）のキャンセル料 8,800円は、
   11/18 にお取消し済みのため対象外と認識しております。

ご確認のうえ、必要であれば差し替えの請求書をお送りください。
""" + SIG_TAKAHATA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice query with the agency's T-number and invoice/booking numbers: business data, no people",
    },
    # 054 ---------------------------------------------------------------------------
    {
        "id": "ryohi-054",
        "charset": "utf-8",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["Global Care Assist 研修担当 <training@globalcare-assist.com>"],
        "subject": "海外安全研修 資料案のご確認のお願い",
        "body": """Global Care Assist 研修ご担当者様

お世話になっております。日の出産業 人事部の真鍋です。
1月に実施する出張者向け海外安全研修の資料案（PowerPoint）を添付いたします。
御社の緊急連絡フローの記載に誤りがないか、ご確認いただけますでしょうか。
""" + SIG_MANABE,
        "attachments": [{
            "kind": "pptx",
            "name": "海外安全研修_2027_draft.pptx",
            "title": "海外安全研修 2027",
            "slides": [
                ["海外出張者 安全研修 2027", "日の出産業株式会社 人事部", "2027年1月"],
                ["出発前にすること", "渡航先の危険情報の確認（外務省 海外安全HP）",
                 "たびレジへの登録", "海外旅行保険の付保確認", "緊急連絡カードの携帯"],
                ["トラブル発生時の連絡フロー", "① 身の安全の確保", "② Global Care Assist 24時間ホットラインへ連絡",
                 "③ 所属長・人事部（海外安全担当）へ報告", "④ 必要に応じて在外公館へ連絡"],
                ["よくある事例", "スリ・置き引き", "タクシー・バイクタクシーでの事故", "食中毒・感染症"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a training deck (PPTX) with procedures only, no personal data, to the assistance company",
    },
    # 055 ---------------------------------------------------------------------------
    {
        "id": "ryohi-055",
        "charset": "cp932",
        "sender": "石黒 由紀 <ishiguro.yuki@hinode-sangyo.co.jp>",
        "to": ["千田 和子 様 <kazuko.senda1953@gmail.com>"],
        "subject": "創立70周年記念式典 ご出席の交通費について",
        "body": """千田 和子 様

ご無沙汰しております。日の出産業 経理部の石黒でございます。
先日は創立70周年記念式典にご出席いただき、誠にありがとうございました。

お申し出のありました交通費（盛岡⇔東京 新幹線往復 29,480円）につきましては、
12月10日に、OB会でご登録いただいている口座へお振込みいたします。
念のため、領収書の原本はご返送いただかなくて結構です。

寒さ厳しき折、どうぞご自愛くださいませ。
""" + SIG_ISHIGURO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one retired employee on free mail told about her own reimbursement; no account number or other data",
    },
    # 056 ---------------------------------------------------------------------------
    {
        "id": "ryohi-056",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["トラベルビザサポート 米国査証担当 <us-visa@tv-support.co.jp>"],
        "subject": "米国B1ビザ申請のご相談（ESTA不許可のため）",
        "body": """トラベルビザサポート 米国査証ご担当者様

お世話になっております。日の出産業の佐伯です。
デトロイト出張予定の社員について、ESTAが不許可となったため、B1ビザ申請の
ご相談をさせてください。

　対象者：宍戸 研吾（シシド ケンゴ）　1992年1月30日生
　出張予定：2027年3月上旬～約2週間（取引先工場での立会い）
　不許可の理由（本人申告）：
　　大学在学中（2012年）に傷害事件で逮捕され、略式起訴で罰金刑を受けた前歴があり、
　　ESTA申請の質問項目に「はい」と回答したため。

このような前歴がある場合の面接準備や、必要となる書類（判決謄本の英訳など）について
ご教示いただけますでしょうか。本人も同席のうえ一度ご相談に伺えればと考えております。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's arrest and criminal record sent to a visa agency (reason 3)",
    },
    # 057 ---------------------------------------------------------------------------
    {
        "id": "ryohi-057",
        "charset": "utf-8",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <sales@sakura-hotel.jp>",
               "青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
        "subject": "2/18 技術研修 ホテル到着時刻と送迎のすり合わせ",
        "body": """さくらホテル 宴会営業 ご担当者様
青葉運輸 貸切バス課 ご担当者様

お世話になっております。日の出産業の小野寺です。
2月18日の技術研修について、送迎バスの到着時刻をホテル様と直接すり合わせていただきたく、
お二方を宛先に入れてお送りしております。

・厚木テクニカルセンター 17:30 発 → さくらホテル 18:40 頃着（予定）
・ホテル側の受け入れ：正面玄関前のバス停車スペース
・当日の引率：相良 匠（携帯 090-2215-6638）

遅延等は引率の相良から各社へご連絡いたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "two partner organisations in To (normal three-way coordination) and one escort's mobile",
    },
    # 058 ---------------------------------------------------------------------------
    {
        "id": "ryohi-058",
        "charset": "cp932",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約課 <reservation@xn--skura-hotel-yij.jp>"],
        "subject": "ご予約変更のお願い（SKR-260302-1177）",
        "body": """さくらホテル 宿泊予約課 ご担当者様

お世話になっております。日の出産業の佐伯です。
下記ご予約の日程変更をお願いいたします。

　予約番号：SKR-260302-1177
　ご宿泊者：真壁 舞 様（携帯 090-7718-2205）
　変更前：3月2日（月）～3月4日（水）2泊
　変更後：3月3日（火）～3月5日（木）2泊

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "recipient domain is an IDN homoglyph of sakura-hotel.jp (Cyrillic а, xn--skura-hotel-yij.jp) (reason 5)",
    },
    # 059 ---------------------------------------------------------------------------
    {
        "id": "ryohi-059",
        "charset": "iso-2022-jp",
        "sender": "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人カードデスク <corp-card@midori-ginko.co.jp>"],
        "subject": "法人カード 追加発行申込（15名）",
        "body": """みどり銀行 法人カードデスク 御中

いつもお世話になっております。日の出産業株式会社 経理部の高畑です。
出張の多い社員への法人カード追加発行を、下記15名分お願いいたします。
（Excelから貼り付けたため、タブ区切りになっております）

氏名	フリガナ	生年月日	携帯電話	利用限度額
東海林 剛	ショウジ ツヨシ	1982/04/19	090-3381-7720	50万円
蔀 直人	シトミ ナオト	1981/02/06	080-7725-3310	50万円
薬師寺 奈央	ヤクシジ ナオ	1988/09/14	090-1162-8847	30万円
鬼頭 雅人	キトウ マサト	1973/12/25	080-4470-1932	100万円
雲母 啓介	キララ ケイスケ	1976/10/13	070-2841-6659	100万円
五百旗頭 凛	イオキベ リン	1986/05/01	080-6652-0918	50万円
真壁 舞	マカベ マイ	1993/12/21	090-7718-2205	30万円
纐纈 大輔	コウケツ ダイスケ	1984/08/08	070-5563-0481	30万円
九十九 悟	ツクモ サトル	1979/03/27	090-6641-1028	50万円
轟 陽介	トドロキ ヨウスケ	1985/07/04	080-9910-2276	50万円
有働 周平	ウドウ シュウヘイ	1979/09/08	070-4483-1157	50万円
椎葉 花蓮	シイバ カレン	1991/11/27	090-2216-7034	30万円
禰津 壮真	ネヅ ソウマ	1988/01/22	080-5572-3390	30万円
饗庭 瑞穂	アイバ ミズホ	1990/06/10	070-9927-3185	50万円
舘林 宗一	タテバヤシ ソウイチ	1978/03/09	070-2208-3145	100万円

申込書の原本は本日発送いたします。
""" + SIG_TAKAHATA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of fifteen employees with birth dates and mobiles to the card issuer (reason 1)",
    },
    # 060 ---------------------------------------------------------------------------
    {
        "id": "ryohi-060",
        "charset": "utf-8",
        "sender": "藤堂 薫 <todo.kaoru@hinode-sangyo.co.jp>",
        "to": ["森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>"],
        "subject": "社長 法人カード 再発行後の番号（手配用）",
        "body": """森下さん

秘書課 藤堂です。社長の法人カードが磁気不良で再発行されましたので、
あさひトラベルさんのプロファイル更新用に新しい番号をお知らせします。

　カード番号：""" + _card(3) + """
　有効期限：2031/10
　名義：SEIICHIRO TAKEDA

旅行会社への連絡は、例の専用の登録フォームからお願いします（メールでは送らないでください）。
""" + SIG_TODO,
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full card number, but sent from one internal desk to another only",
    },
    # 061 ---------------------------------------------------------------------------
    {
        "id": "ryohi-061",
        "charset": "iso-2022-jp",
        "sender": "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        "to": ["山吹会計事務所 岩佐様 <iwasa@yamabuki-kaikei.jp>"],
        "subject": "Re: 外部講師のマイナンバー収集方法について",
        "body": """岩佐様

ご教示ありがとうございます。高畑です。
外部講師の個人番号（マイナンバー）の収集は、今後は次の方法で統一いたします。

・講師ご本人に「個人番号提供書」と返信用封筒を郵送し、番号確認書類の写しを添えて
　簡易書留でご返送いただく
・メール・FAXでの受領はしない（誤って届いた場合は削除し、郵送をお願いする）
・受領した書類は経理部の施錠キャビネットで保管し、支払調書の作成後7年で廃棄

来年度の講師分から適用しますので、事務所側の受付手順もあわせてご確認ください。

> 高畑様
> 先日お送りいただいた講師の方の個人番号は、当方で受領のうえメールは削除いたしました。
> 今後はメールでのご送付は避けていただけますと幸いです。
> 山吹会計事務所 岩佐
""" + SIG_TAKAHATA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a procedure about collecting My Numbers: the word マイナンバー only, no number",
    },
    # 062 ---------------------------------------------------------------------------
    {
        "id": "ryohi-062",
        "charset": "utf-8",
        "sender": "柴崎 玲奈 <shibasaki.rena@hinode-sangyo.co.jp>",
        "to": ["Mr. Pham Quoc Bao <bao.pq@vinhphat-eng.com.vn>"],
        "subject": "Our visit to Vinh Phat Haiphong plant (8-9 Dec)",
        "body": """Dear Mr. Bao,

Thank you for arranging the plant visit. Here is our travel plan:

  7 Dec  VN311  Narita 09:30 -> Hanoi 13:25, car to Haiphong (arranged by us)
  8 Dec  plant visit and line audit (09:00-17:00)
  9 Dec  follow-up meeting (09:00-12:00), then VN310 Hanoi 00:05 -> Narita

Visitors: Rena Shibasaki and Ran Kusakabe (Sales Dept. 2).
In case of any change on the day, please call Ms. Kusakabe on +81-90-6624-0071
(she has international roaming).

We will stay at the Harbour View Hotel, Haiphong.
""" + SIG_SHIBASAKI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "travel plan to a foreign host with one colleague's mobile: a single person's contact, may warn",
    },
    # 063 ---------------------------------------------------------------------------
    {
        "id": "ryohi-063",
        "charset": "cp932",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["湯元館 ご予約係 <yoyaku@yumoto-kan.jp>"],
        "subject": "部署研修旅行（1/23-24）宿泊者名簿",
        "body": """湯元館 ご予約係 御中

いつもお世話になっております。日の出産業 総務部の佐伯です。
1月23日～24日 部署研修（10名様）の宿泊者名簿をPDFでお送りします。
旅館業法の宿泊者名簿記載事項（住所・電話）も含めております。
当日のチェックイン手続きの短縮にご利用ください。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "pdf",
            "name": "宿泊者名簿_湯元館_0123.pdf",
            "title": "宿泊者名簿",
            "page_header": "日の出産業株式会社 品質保証部",
            "lines": ["宿泊者名簿（令和9年1月23日～24日・1泊）", ""],
            "table": [
                ["No", "氏名", "住所", "電話番号"],
                ["1", "猿渡 耕平", "埼玉県さいたま市浦和区高砂3-4-8", "090-8806-1173"],
                ["2", "堀之内 沙耶", "神奈川県横浜市中区山下町118-6", "070-4451-9980"],
                ["3", "纐纈 大輔", "東京都大田区蒲田5-21-3-204", "070-5563-0481"],
                ["4", "真壁 舞", "東京都品川区西五反田2-9-14", "090-7718-2205"],
                ["5", "葛城 遼", "千葉県船橋市本町6-2-11", "080-2238-5507"],
                ["6", "丹羽 みのり", "東京都練馬区豊玉北4-17-2", "090-5520-6184"],
                ["7", "桐生 大和", "神奈川県川崎市中原区小杉町1-403", "080-9917-2263"],
                ["8", "秦 友里恵", "東京都杉並区高円寺南3-31-6", "070-1186-4439"],
                ["9", "嵯峨 信之", "埼玉県川口市栄町2-8-10", "090-3327-0851"],
                ["10", "波多野 光", "東京都調布市小島町1-26-3", "080-6643-7712"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF guest register of ten people with home addresses and phones to a ryokan (reason 1)",
    },
    # 064 ---------------------------------------------------------------------------
    {
        "id": "ryohi-064",
        "charset": "iso-2022-jp",
        "sender": "荒川 健二 <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["グローバルツアーズ 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "南米視察の行程相談（資料添付）",
        "body": """グローバルツアーズ 宮内様

お世話になっております。海外事業部の荒川です。
来年度に予定している南米（サンパウロ・サンティアゴ）視察について、行程の
たたき台を作りました。航空便の組み方と現地移動の手配可否についてご相談させてください。

詳細は添付の資料をご覧ください。
""" + SIG_ARAKAWA_EN.replace("Best regards,", "よろしくお願いいたします。"),
        "attachments": [{
            "kind": "pptx",
            "name": "南米視察計画_draft.pptx",
            "title": "南米市場参入 視察計画",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
            "slides": [
                ["南米市場参入に向けた視察計画（案）", "海外事業部", "2027年度 上期"],
                ["視察の目的", "現地代理店候補3社との面談", "買収候補企業（1社）の工場見学", "物流拠点の候補地確認"],
                ["行程（案）", "5/10 成田 → サンパウロ（経由地未定）", "5/11-14 サンパウロ", "5/15 サンティアゴへ移動", "5/16-17 サンティアゴ", "5/18 帰国"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached deck carries a CONFIDENTIAL / Internal Only footer on every slide (reason 6)",
    },
    # 065 ---------------------------------------------------------------------------
    {
        "id": "ryohi-065",
        "charset": "utf-8",
        "sender": "柴崎 玲奈 <shibasaki.rena@hinode-sangyo.co.jp>",
        "to": ["川崎電機 品質管理部 能登様 <noto.k@kawasaki-denki.co.jp>"],
        "subject": "工場監査当日の持ち物について",
        "body": """川崎電機株式会社 品質管理部
能登様

お世話になっております。日の出産業の柴崎です。
2月5日の工場監査について、当日の注意事項を拝見しました。

・工場内は機密エリアのためカメラ付き端末は入口で預ける
・安全靴とヘルメットは御社で貸与いただける
・入構証は受付で名刺と引き換え

上記、弊社の参加者にも周知いたしました。
ノートPCは監査記録用に1台だけ持ち込みたいのですが、カメラにシールを貼る形で
お許しいただけますでしょうか。
""" + SIG_SHIBASAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 describes the host's plant area, it is not a marking of this mail",
    },
    # 066 ---------------------------------------------------------------------------
    {
        "id": "ryohi-066",
        "charset": "utf-8",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["日本橋トラベルクリニック 予約窓口 <yoyaku@nihonbashi-travelclinic.jp>"],
        "subject": "ケニア出張者の予防接種（黄熱ほか）接種歴の送付",
        "body": """日本橋トラベルクリニック 予約窓口 ご担当者様

お世話になっております。日の出産業 人事部の真鍋です。
来年2月のナイロビ出張者6名について、予防接種の計画を立てていただくため、
各人の接種歴と既往症等をまとめたファイルをお送りします（zipに固めています）。

接種日の候補は12月の土曜午前でお願いできればと考えております。
""" + SIG_MANABE,
        "attachments": [{
            "kind": "zip",
            "name": "kenya_vaccination.zip",
            "files": [{
                "kind": "csv",
                "name": "接種歴_ナイロビ出張者.csv",
                "encoding": "utf-8",
                "rows": [
                    ["氏名", "生年月日", "黄熱", "A型肝炎", "破傷風", "腸チフス", "既往症・アレルギー等"],
                    ["雲母 啓介", "1976/10/13", "なし", "2019年2回", "2019年", "なし", "高血圧（服薬中）"],
                    ["轟 陽介", "1985/07/04", "2018年", "2018年3回", "2018年", "2018年", "卵アレルギー"],
                    ["乙部 萌", "1997/03/16", "なし", "なし", "なし", "なし", "なし"],
                    ["有働 周平", "1979/09/08", "なし", "2021年2回", "2021年", "なし", "2型糖尿病"],
                    ["椎葉 花蓮", "1991/11/27", "2020年", "なし", "2020年", "なし", "気管支喘息"],
                    ["禰津 壮真", "1988/01/22", "なし", "なし", "2015年", "なし", "てんかん（服薬でコントロール良好）"],
                ],
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an unencrypted ZIP with a six-person CSV of vaccination history and chronic illnesses to a clinic (reasons 1 and 3)",
    },
    # 067 ---------------------------------------------------------------------------
    {
        "id": "ryohi-067",
        "charset": "cp932",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["Global Care Assist 東京オフィス <tokyo-ops@globalcare-assist.com>"],
        "subject": "渡航者登録（追加1名）",
        "body": """Global Care Assist ご担当者様

日の出産業 人事部の真鍋です。12月分の渡航者登録に1名追加をお願いします。

　氏名：葛城 遼（カツラギ リョウ）
　渡航先：フィリピン・マニラ（12/10～12/18）
　本人携帯：080-2238-5507
　社用メール：katsuragi.ryo@hinode-sangyo.co.jp

以上、よろしくお願いいたします。
""" + SIG_MANABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one traveller's registration (mobile, e-mail) to the assistance company: a single record, may warn",
    },
    # 068 ---------------------------------------------------------------------------
    {
        "id": "ryohi-068",
        "charset": "iso-2022-jp",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <sales@sakura-hotel.jp>"],
        "cc": [
            "ホテル日本橋プラザ 営業部 <sales@nihonbashi-plaza-hotel.co.jp>",
            "ロイヤルパーク東雲 宴会予約 <banquet@rp-shinonome.com>",
            "浜町リバーホテル 営業課 <info@hamacho-river.jp>",
        ],
        "subject": "【見積依頼】3月 販売代理店会議（約120名）会場・宿泊",
        "body": """ご担当者様

お世話になっております。日の出産業株式会社 総務部の小野寺です。
下記の会議について、会場と宿泊のお見積りをお願いいたします。

・日程：2027年3月12日（金）13:00～18:00、懇親会 18:30～20:30
・人数：約120名（うち宿泊 約60名、3/12 1泊）
・会場：スクール形式120名、プロジェクター・マイク
・懇親会：立食ビュッフェ
・ご回答期限：12月25日（金）

何卒よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four competing hotels in To/Cc can see each other: should have been Bcc (reason 4)",
    },
    # 069 ---------------------------------------------------------------------------
    {
        "id": "ryohi-069",
        "charset": "utf-8",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 料飲部 <banquet@sakura-hotel.jp>"],
        "subject": "海外研修生 歓迎会（2/2）お食事の配慮事項",
        "body": """さくらホテル 料飲部 ご担当者様

いつもお世話になっております。日の出産業の森下です。
2月2日の海外研修生歓迎会（全20名）のうち、お食事に配慮が必要な方を
下記にまとめました。当日のお席に名札を置きますので、個別配膳をお願いいたします。

氏名                    国籍          宗教            配慮事項
----------------------  ------------  --------------  ------------------------------
Siti Rahmawati          インドネシア  イスラム教      ハラール、アルコール不可
Muhammad Fikri Hakim    インドネシア  イスラム教      ハラール、アルコール不可
Arjun Raghavan          インド        ヒンドゥー教    牛肉不可
Priya Nair              インド        ヒンドゥー教    菜食（卵も不可）
Nurul Aisyah binti Omar マレーシア    イスラム教      ハラール
Daniel Ben-Ami          イスラエル    ユダヤ教        コーシャ（豚肉・甲殻類不可）

ご不明点は森下までお問い合わせください。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six named trainees each with their religion in a table sent to a hotel (reasons 1 and 3)",
    },
    # 070 ---------------------------------------------------------------------------
    {
        "id": "ryohi-070",
        "charset": "cp932",
        "sender": "藤堂 薫 <todo.kaoru@hinode-sangyo.co.jp>",
        "to": ["森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
               "海外事業部長 <sugawara.tetsuya@hinode-sangyo.co.jp>"],
        "subject": "【極秘】社長 ジャカルタ訪問（買収先候補）日程",
        "body": """【極秘】

森下さん、菅原部長

秘書課 藤堂です。社長のジャカルタ訪問の日程が固まりました。
買収先候補との面談を含むため、本件は社内でもこのメンバー限りでお願いします。

1/26（火）HND 10:50 → CGK 16:30（GA875）
1/27（水）PT Sinar Makmur 本社訪問・経営陣と会食
1/28（木）工場視察、同日夜 CGK 21:50 → HND 翌7:15（GA874）

旅行会社への手配依頼では、訪問先名を伏せて「ジャカルタ出張」とだけ伝えてください。
""" + SIG_TODO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "marked 極秘 but addressed to internal recipients only",
    },
    # 071 ---------------------------------------------------------------------------
    {
        "id": "ryohi-071",
        "charset": "utf-8",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["グローバルツアーズ 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "Re: eチケット控え（ソウル出張）が開けません",
        "body": """宮内様

お世話になっております。小野寺です。
お送りいただいたeチケット控えですが、こちらの環境では「ファイルが壊れています」と表示され
開けませんでした。念のため受信したファイルをそのままお戻ししますので、
再発行のうえお送りいただけますでしょうか。

小野寺
""",
        "attachments": [{"kind": "corrupt", "name": "eticket_AIBA_MIZUHO.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a damaged PDF is attached and cannot be inspected (reason 7)",
    },
    # 072 ---------------------------------------------------------------------------
    {
        "id": "ryohi-072",
        "charset": "iso-2022-jp",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル 法人営業部 井上様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "主要路線の運賃比較（来期の包括契約の検討用）",
        "body": """井上様

お世話になっております。森下です。
来期の包括契約の検討のため、今期の主要路線の実績運賃を集計しました。
御社の新プランとの比較をお願いできますでしょうか。

集計表を添付します。人数・件数はすべて部門合計で、個人別の情報は含めておりません。
""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx",
            "name": "運賃比較_2026上期.xlsx",
            "sheets": {
                "国内線": [
                    ["2026年度上期 国内線 実績（日の出産業 総務部集計）"],
                    ["路線", "利用件数", "平均運賃（円）", "最安（円）", "最高（円）"],
                    ["羽田-伊丹", 184, 21480, 11200, 33600],
                    ["羽田-福岡", 96, 26310, 14800, 41900],
                    ["羽田-新千歳", 72, 24950, 12900, 39800],
                    ["羽田-小松", 31, 19870, 12100, 27400],
                ],
                "国際線": [
                    ["2026年度上期 国際線 実績"],
                    ["路線", "利用件数", "平均運賃（円）", "うちビジネス"],
                    ["東京-バンコク", 42, 148200, 6],
                    ["東京-上海", 38, 92400, 4],
                    ["東京-フランクフルト", 11, 386500, 5],
                    ["東京-デトロイト", 9, 412800, 3],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated fare statistics in an XLSX: no personal data",
    },
    # 073 ---------------------------------------------------------------------------
    {
        "id": "ryohi-073",
        "charset": "cp932",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["Global Care Assist 医療アシスタンス <medical@globalcare-assist.com>"],
        "subject": "Re: マニラ出張者の受診について（保険証情報）",
        "body": """Global Care Assist 医療アシスタンス ご担当者様

お世話になっております。日の出産業 人事部の真鍋です。
マニラで受診した葛城の件、現地クリニックの請求に関してお求めの情報をお送りします。

　氏名：葛城 遼　1993年4月8日生
　健康保険証：記号 7120　番号 3384（日の出産業健康保険組合 保険者番号 06139045）
　診断名：急性胃腸炎（脱水症状あり、点滴加療）、12/14 外来受診
　今後：12/15 再診予定、医師からは業務復帰可とのこと

海外療養費の申請は帰国後に本人が行います。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol/number and a diagnosis of a named employee to the assistance company (reasons 2 and 3)",
    },
    # 074 ---------------------------------------------------------------------------
    {
        "id": "ryohi-074",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Ms. Dewi Kartika <dewi.kartika@sinar-makmur.co.id>"],
        "subject": "Visitors from Hinode Sangyo - contact details for the site pass",
        "body": """Dear Ms. Dewi,

As requested for the site passes at your Cikarang plant, here are the contact
details of our four visitors (visit on 28 January):

Name:   Kenji Arakawa
Title:  Manager, Overseas Business
Mobile: +81-90-2218-4053
E-mail: arakawa.kenji@hinode-sangyo.co.jp

Name:   Tetsuya Sugawara
Title:  General Manager, Overseas Business
Mobile: +81-80-4417-9962
E-mail: sugawara.tetsuya@hinode-sangyo.co.jp

Name:   Masato Kito
Title:  Senior Engineer
Mobile: +81-80-4470-1932
E-mail: kito.masato@hinode-sangyo.co.jp

Name:   Mizuho Aiba
Title:  Coordinator
Mobile: +81-70-9927-3185
E-mail: aiba.mizuho@hinode-sangyo.co.jp

Please let me know if you also need photos for the passes.
""" + SIG_ARAKAWA_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four visitors' business contact blocks to the host: under five records, may warn",
    },
    # 075 ---------------------------------------------------------------------------
    {
        "id": "ryohi-075",
        "charset": "iso-2022-jp",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ほけんプラザ 熊谷様 <kumagai@hoken-plaza.jp>"],
        "subject": "長期出張者の個別契約（自宅住所での契約）",
        "body": """熊谷様

お世話になっております。真鍋です。
長期出張（3か月超）の5名は、包括契約ではなく個別契約で、契約者住所を自宅にするとの
ことでしたので、各人の情報を下記にお送りします。

【1】雲母 啓介　昭和51年10月13日生
　　 〒530-0001 大阪府大阪市北区梅田3-2-17-1208
　　 TEL 06-6341-2287
【2】舘林 宗一　昭和53年3月9日生
　　 〒272-0034 千葉県市川市市川2-31-7-605
　　 TEL 047-321-5540
【3】轟 陽介　昭和60年7月4日生
　　 〒651-0087 兵庫県神戸市中央区御幸通6-1-3
　　 TEL 078-241-9063
【4】椎葉 花蓮　平成3年11月27日生
　　 〒880-0805 宮崎県宮崎市橘通東4-8-1-502
　　 TEL 0985-22-6618
【5】禰津 壮真　昭和63年1月22日生
　　 〒271-0092 千葉県松戸市松戸1176-4
　　 TEL 047-362-8830

証券は人事部宛てに送付をお願いいたします。
""" + SIG_MANABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five people's 和暦 birth dates, home addresses and phones as one block each, to the insurance agency (reason 1)",
    },
    # 076 ---------------------------------------------------------------------------
    {
        "id": "ryohi-076",
        "charset": "cp932",
        "sender": "石黒 由紀 <ishiguro.yuki@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保坂様 <hosaka@tsubasa-sytsem.jp>"],
        "subject": "Re: 取込エラーの原因について",
        "body": """保坂様

ご回答ありがとうございました。石黒です。
ゆうちょ銀行の口座（記号番号形式）を振込用の7桁に変換する処理が入っていないのが
原因とのこと、承知いたしました。

修正版の提供時期の目安をお知らせいただけますでしょうか。
12月の精算締め（12/20）までに間に合わない場合は、手作業で変換して対応いたします。
念のため、昨日のエラーログ（口座情報はマスクしてあります）も添付します。
""" + SIG_ISHIGURO,
        "attachments": [{
            "kind": "txt",
            "name": "import_error_20261202.txt",
            "encoding": "cp932",
            "text": """[2026-12-02 09:14:07] IMPORT START file=ryohi_furikomi_202611.csv rows=7
[2026-12-02 09:14:07] row 7: ERR-3104 口座番号桁数エラー (bank=9900 account=********)
[2026-12-02 09:14:07] IMPORT ABORTED ok=6 ng=1
""",
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "the vendor's domain tsubasa-system.jp with two letters swapped (tsubasa-sytsem.jp) (reason 5)",
    },
    # 077 ---------------------------------------------------------------------------
    {
        "id": "ryohi-077",
        "charset": "iso-2022-jp",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["ホテル仙台イースト フロント <front@sendai-east-hotel.jp>"],
        "subject": "本日ご到着予定の宿泊者について（到着遅延）",
        "body": """ホテル仙台イースト フロント御中

お世話になっております。日の出産業の小野寺です。
本日ご宿泊予定の弊社社員が、新幹線の運転見合わせのため到着が
２３時過ぎになる見込みです。キャンセル扱いにならないようお願いいたします。

　宿泊者：氏家 剛志 様（予約番号 SE－４４２０８）
　連絡先：""" + _z("090-9902-1146") + """（本人携帯）

何かございましたらご本人へ直接ご連絡ください。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one guest's mobile in full-width digits to a hotel: a single person's contact, may warn",
    },
    # 078 ---------------------------------------------------------------------------
    {
        "id": "ryohi-078",
        "charset": "cp932",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["ひまわりツーリスト 野々村様 <nonomura@himawari-tourist.co.jp>"],
        "subject": "国内旅行傷害保険の付保名簿（品質保証部 研修旅行）",
        "body": """野々村様

お世話になっております。佐伯です。
１月の品質保証部研修旅行について、国内旅行傷害保険の付保名簿を下記のとおりお送りします。

氏　名　　　　生年月日　　　　　　携帯電話
――――――　――――――――――　――――――――
猿渡　耕平　　昭和５９年６月１４日　""" + _z("090-8806-1173") + """
堀之内　沙耶　平成７年９月２日　　　""" + _z("070-4451-9980") + """
纐纈　大輔　　昭和５９年８月８日　　""" + _z("070-5563-0481") + """
葛城　遼　　　平成５年４月８日　　　""" + _z("080-2238-5507") + """
丹羽　みのり　平成１０年１月３０日　""" + _z("090-5520-6184") + """
桐生　大和　　平成２年１１月１９日　""" + _z("080-9917-2263") + """
嵯峨　信之　　昭和４９年５月２５日　""" + _z("090-3327-0851") + """

ご確認のほどよろしくお願いいたします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven people with 和暦 birth dates and full-width mobiles in full-width padded columns, to a tour operator (reason 1)",
    },
    # 079 ---------------------------------------------------------------------------
    {
        "id": "ryohi-079",
        "charset": "utf-8",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["井上 様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "広島出張（12/15）新幹線 団体手配のお願い",
        "body": """井上様

お世話になっております。小野寺です。
12月15日の広島出張、新幹線の指定席を5席まとめてお願いいたします。

・相良 匠（技術開発部）
・氏家 剛志（技術開発部）
・比嘉 朝陽（品質保証部）
・仙石 翔太（品質保証部）
・須郷 礼子（営業第一部）

往路：東京 7:00発 のぞみ1号、復路：広島 17:30頃発
並びの席が取れない場合は2席+3席で構いません。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five names with only their departments and a shared itinerary: a list of people, or just a booking with names; honestly debatable",
    },
    # 080 ---------------------------------------------------------------------------
    {
        "id": "ryohi-080",
        "charset": "iso-2022-jp",
        "sender": "柴崎 玲奈 <shibasaki.rena@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 生産管理部 今泉様 <imaizumi@kitaguni-foods.co.jp>"],
        "subject": "FW: ご予約確認（ホテル帯広ノースゲート）",
        "body": """今泉様

お世話になっております。柴崎です。
当日の宿泊先が確定しましたので、ホテルからの確認メールを転送いたします。
工場からタクシーで15分ほどの場所とのことです。

-------- 転送メッセージ --------
From: ホテル帯広ノースゲート <reserve@obihiro-northgate.jp>
Subject: ご予約確認（ホテル帯広ノースゲート）

日の出産業株式会社 柴崎 玲奈 様

このたびはご予約いただき誠にありがとうございます。

ご予約番号：NG-27-00415
ご宿泊日：2月12日（木）1泊　シングル2室　朝食付
ホテル所在地：北海道帯広市西2条南9丁目11
TEL：0155-24-7700（フロント24時間）
チェックイン 15:00 ～ / チェックアウト ～ 10:00

ご来館をお待ちしております。
""",
        "attachments": [{
            "kind": "html",
            "name": "access_obihiro_northgate.html",
            "html": """<html><body><h3>ホテル帯広ノースゲート 交通アクセス</h3>
<p>JR帯広駅 北口より徒歩5分／とかち帯広空港より連絡バスで約40分</p>
<p>北海道帯広市西2条南9丁目11　TEL 0155-24-7700</p></body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forwarded hotel confirmation: business address and switchboard, no personal data beyond the sender",
    },
    # 081 ---------------------------------------------------------------------------
    {
        "id": "ryohi-081",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Ms. Lena Fischer <l.fischer@techlink-gmbh.de>"],
        "subject": "Invitation letter for business visa - Ms. Saya Horinouchi",
        "body": """Dear Lena,

Thank you for offering to issue the invitation letter for our engineer's long-term
assignment. The German consulate requires the following details to appear in it:

  Full name:        HORINOUCHI SAYA
  Date of birth:    2 September 1995
  Place of birth:   Kanagawa, Japan
  Nationality:      Japanese
  Passport no.:     TK7702518 (issued 12 May 2023, valid until 12 May 2033)
  Position:         Engineer, Quality Assurance Dept.
  Period of stay:   1 February 2027 - 31 May 2028

Could you send the signed letter as a PDF by 20 December? The original can follow by post.
""" + SIG_ARAKAWA_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "an employee's passport number and birth date in English to a foreign partner for an invitation letter (reason 2)",
    },
    # 082 ---------------------------------------------------------------------------
    {
        "id": "ryohi-082",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Mr. Tobias Renner <t.renner@techlink-gmbh.de>"],
        "subject": "RE: Visit to Stuttgart lab - NDA and agenda",
        "body": """Dear Tobias,

Thank you for the draft agenda. As our visit on 11 March will include the prototype
line, I understand your legal team wants the mutual non-disclosure agreement extended
before then. Our legal department has already reviewed the amendment and will return
the countersigned copy this week.

Regarding logistics: we will take the train from Frankfurt Airport and should arrive at
your reception around 10:15. No need to arrange a pick-up.

Best regards,
Kenji
""" + DISC_BOTH,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the bilingual standard disclaimer: no marking, no personal data",
    },
    # 083 ---------------------------------------------------------------------------
    {
        "id": "ryohi-083",
        "charset": "cp932",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["みなと旅行センター 法人課 <houjin@minato-ryoko.co.jp>"],
        "subject": "FW: 九州営業所 合同会議 出席者一覧",
        "body": """みなと旅行センター 法人課 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務部の佐伯と申します。
福岡での合同会議の交通・宿泊手配をお願いしたく、営業部から届いた出席者一覧の
メールをそのまま添付いたします。

お見積りとあわせて、手配可否をご連絡いただけますと幸いです。
""" + SIG_SAEKI,
        "attachments": [{
            "kind": "eml",
            "name": "九州営業所合同会議_出席者一覧.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "穂積 隆之 <hozumi.takayuki@hinode-sangyo.co.jp>",
                "to": ["佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>"],
                "subject": "九州営業所 合同会議 出席者一覧",
                "body": """佐伯さん

営業第二部 穂積です。1/29 福岡での合同会議、東京からの出席者は下記8名です。
手配をお願いします。

氏名　　　　　出発地　　携帯　　　　　　　　生年月日
穂積 隆之　　　羽田　　　080-3392-4716　　1980/02/11
夏目 りさ　　　羽田　　　070-2285-6604　　1994/08/19
宍戸 研吾　　　羽田　　　080-3307-4426　　1992/01/30
日下部 蘭　　　羽田　　　090-6624-0071　　1987/05/18
薬師寺 奈央　　羽田　　　090-1162-8847　　1988/09/14
九十九 悟　　　成田　　　090-6641-1028　　1979/03/27
須郷 礼子　　　羽田　　　070-8816-2230　　1983/10/05
東海林 剛　　　羽田　　　090-3381-7720　　1982/04/19

穂積
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an attached internal mail (message/rfc822) carrying eight attendees' mobiles and birth dates, sent to an agency (reason 1)",
    },
    # 084 ---------------------------------------------------------------------------
    {
        "id": "ryohi-084",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["みなと旅行センター 法人課 古賀様 <koga@minato-ryoko.co.jp>"],
        "subject": "RE: 福岡合同会議 手配内容のご確認",
        "body": """古賀様

迅速にご手配いただきありがとうございます。内容に問題ございません。
成田発の九十九の便のみ、前日最終便への変更が可能かご確認ください。

佐伯

-----Original Message-----
From: 古賀 <koga@minato-ryoko.co.jp>
Sent: Thursday, January 14, 2027 11:20 AM
To: 佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>
Subject: 福岡合同会議 手配内容のご確認

日の出産業 佐伯様

みなと旅行センターの古賀でございます。下記の内容で手配いたしました。

穂積 隆之様     JAL305 羽田 07:30   080-3392-4716
夏目 りさ様     JAL305 羽田 07:30   070-2285-6604
宍戸 研吾様     JAL305 羽田 07:30   080-3307-4426
日下部 蘭様     JAL305 羽田 07:30   090-6624-0071
薬師寺 奈央様   JAL305 羽田 07:30   090-1162-8847
九十九 悟様     ZG   成田 08:10     090-6641-1028
須郷 礼子様     JAL305 羽田 07:30   070-8816-2230
東海林 剛様     JAL305 羽田 07:30   090-3381-7720
宿泊：ホテル博多シティ 1/29 1泊 シングル8室

ご確認をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the eight-person list sits only under -----Original Message----- from the agency itself",
    },
    # 085 ---------------------------------------------------------------------------
    {
        "id": "ryohi-085",
        "charset": "utf-8",
        "sender": "石黒 由紀 <ishiguro.yuki@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保坂様 <hosaka@tsubasa-system.jp>"],
        "subject": "来期の部門別 旅費予算マスタ（設定依頼）",
        "body": """保坂様

お世話になっております。経理部の石黒です。
来期の部門別旅費予算を、予算超過アラートのマスタに設定していただきたく、
経営会議資料から抜粋したExcelをお送りします。

設定反映は4月1日付でお願いいたします。
""" + SIG_ISHIGURO,
        "attachments": [{
            "kind": "xlsx",
            "name": "2027_旅費予算_部門別.xlsx",
            "page_header": "部外秘",
            "page_footer": "経営会議資料（2027/02）より抜粋",
            "sheets": {
                "部門別予算": [
                    ["【部外秘】2027年度 部門別 旅費交通費予算（単位：千円）"],
                    ["部門コード", "部門名", "国内出張", "海外出張", "合計", "前年比"],
                    ["4110", "営業第一部", 18400, 6200, 24600, "102%"],
                    ["4120", "営業第二部", 15900, 9800, 25700, "96%"],
                    ["4300", "海外事業部", 4300, 38600, 42900, "118%"],
                    ["5100", "技術開発部", 7200, 14100, 21300, "105%"],
                    ["5200", "品質保証部", 6100, 5400, 11500, "99%"],
                    ["6100", "総務部", 2300, 800, 3100, "100%"],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the spreadsheet is stamped 部外秘 (header and title row) and goes to the vendor (reason 6)",
    },
    # 086 ---------------------------------------------------------------------------
    {
        "id": "ryohi-086",
        "charset": "cp932",
        "sender": "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人カードデスク <corp-card@midori-ginko.co.jp>"],
        "subject": "法人カード利用明細の照会（下4桁 7396）",
        "body": """みどり銀行 法人カードデスク 御中

いつもお世話になっております。日の出産業 経理部の高畑です。
下記カードの11月ご利用分について、身に覚えのない利用がないか照会させてください。

　カード使用者：大河内 健（営業第二部）
　カード番号下4桁：7396
　対象：11/21 「QANTAS ONLINE」 AUD 412.00 / 11/22 同 AUD 412.00

同額が2回計上されており、二重請求の可能性があります。
加盟店への確認をお願いできますでしょうか。
""" + SIG_TAKAHATA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one card user's transactions with only the last four digits: a single person's record, may warn",
    },
    # 087 ---------------------------------------------------------------------------
    {
        "id": "ryohi-087",
        "charset": "iso-2022-jp",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["井上 様 <inoue.sayaka@asahi-travel.co.jp>"],
        "subject": "シンガポール出張 1名取消しのお願い",
        "body": """井上様

お世話になっております。小野寺です。
2月のシンガポール出張（4名）のうち、蓮見 あかりの分を取り消してください。

本人がうつ病と診断され、本日から3か月の休職に入ることになりました。
主治医からも長距離移動は控えるよう指示が出ているとのことです。
取消料がかかる場合は、診断書を添えて保険請求できるか確認しますので、金額をお知らせください。

残り3名の手配はそのままでお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's depression diagnosis and sick leave told to the travel agency (reason 3)",
    },
    # 088 ---------------------------------------------------------------------------
    {
        "id": "ryohi-088",
        "charset": "utf-8",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["みなと旅行センター 古賀様 <koga@minato-ryoko.co.jp>"],
        "subject": "弊社の法人契約ホテル一覧（九州・中国地方）",
        "html": """<div style="font-family:'Yu Gothic',sans-serif">
<p>古賀様</p>
<p>お世話になっております。日の出産業の佐伯です。<br>
今後の手配の参考に、九州・中国地方の法人契約ホテルの一覧をお送りします。
契約番号をお伝えいただければ、法人料金が適用されます。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>都市</th><th>ホテル</th><th>所在地</th><th>代表電話</th><th>契約番号</th></tr>
<tr><td>福岡</td><td>ホテル博多シティ</td><td>福岡県福岡市博多区博多駅前3-9-1</td><td>092-471-0001</td><td>HKT-0331</td></tr>
<tr><td>福岡</td><td>天神セントラルイン</td><td>福岡県福岡市中央区天神2-5-28</td><td>092-725-3300</td><td>HKT-0412</td></tr>
<tr><td>北九州</td><td>小倉ステーションホテル</td><td>福岡県北九州市小倉北区浅野1-2-5</td><td>093-521-4411</td><td>KKJ-0108</td></tr>
<tr><td>熊本</td><td>熊本グリーンホテル</td><td>熊本県熊本市中央区辛島町4-30</td><td>096-355-2100</td><td>KMJ-0220</td></tr>
<tr><td>広島</td><td>さくらホテル広島</td><td>広島県広島市南区松原町1-6</td><td>082-263-0101</td><td>HIJ-0015</td></tr>
<tr><td>岡山</td><td>岡山リバーサイドホテル</td><td>岡山県岡山市北区桑田町2-11</td><td>086-224-7600</td><td>OKJ-0097</td></tr>
</table>
<p>日の出産業株式会社 総務部 出張手配グループ　佐伯 美月<br>TEL 03-5201-3382</p>
</div>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only table of contracted hotels with switchboards: businesses, not people",
    },
    # 089 ---------------------------------------------------------------------------
    {
        "id": "ryohi-089",
        "charset": "cp932",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["Global Care Assist 東京オフィス <tokyo-ops@globalcare-assist.com>"],
        "subject": "安否確認サービス 初期登録データ（25名）と運用手順書",
        "body": """Global Care Assist 東京オフィス
ご担当者様

お世話になっております。日の出産業 人事部の真鍋です。
来月から開始する安否確認サービスについて、初期登録データ（現在海外に滞在中の25名）と、
弊社側の運用手順書を添付いたします。

登録データは御社指定のフォーマット（Excel）に合わせております。
手順書の内容で不足があればご指摘ください。
""" + SIG_MANABE + "\n" + DISC_JA,
        "attachments": [
            {
                "kind": "docx",
                "name": "安否確認_運用手順書_v1.docx",
                "title": "安否確認 運用手順書",
                "paragraphs": [
                    "海外出張者 安否確認 運用手順書（第1版）",
                    "1. 大規模災害・テロ等の発生時、Global Care Assistが対象地域の滞在者へ安否確認メールを送信する。",
                    "2. 24時間以内に回答のない者について、人事部海外安全担当が所属長経由で連絡を試みる。",
                    "3. 人事部は滞在者リストを毎週月曜に更新し、Global Care Assistへ登録する。",
                ],
                "tables": [[
                    ["役割", "担当", "連絡先"],
                    ["一次窓口", "人事部 海外安全担当", "03-5201-3610（代表）"],
                    ["夜間・休日", "Global Care Assist", "24時間ホットライン"],
                ]],
            },
            {
                "kind": "xlsx",
                "name": "安否確認_初期登録_25名.xlsx",
                "sheets": {
                    "滞在者": [["安否確認サービス 初期登録データ（日の出産業株式会社）"],
                               ["No", "氏名", "氏名（ローマ字）", "滞在都市", "携帯電話", "メールアドレス", "生年月日"]]
                    + [[i + 1, p[0], p[1],
                        ["バンコク", "上海", "蘇州", "ハノイ", "チェンナイ", "デトロイト", "シュトゥットガルト",
                         "ジャカルタ", "マニラ", "レオン"][i % 10], p[3], p[2], p[4]]
                       for i, p in enumerate(_SAFETY)],
                    "記入要領": [["項目", "説明"], ["滞在都市", "主たる滞在先の都市名"],
                                 ["携帯電話", "海外ローミング可能な番号"]],
                },
            },
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX roster of 25 travellers (mobiles, e-mail, birth dates) beside a harmless DOCX, to the assistance company (reason 1)",
    },
    # 090 ---------------------------------------------------------------------------
    {
        "id": "ryohi-090",
        "charset": "iso-2022-jp",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": ["トラベルビザサポート 申請課 <shinsei@tv-support.co.jp>"],
        "cc": ["グローバルツアーズ 宮内様 <miyauchi@globaltours.jp>"],
        "subject": "インドビザ取得見込みと航空券発券のタイミングについて",
        "body": """トラベルビザサポート 申請課 ご担当者様
（cc：グローバルツアーズ 宮内様）

お世話になっております。日の出産業の佐伯です。
チェンナイ出張のビザ取得見込みと、航空券の発券時期の調整のため、
両社を宛先に入れてご連絡しております。

・ビザ：2月20日頃に全員分の許可が出る見込み（トラベルビザサポート様）
・航空券：3月2日出発、発券期限は2月24日（グローバルツアーズ様）

ビザの許可が遅れそうな場合は、発券期限の延長が可能かどうか、
宮内様にご確認いただけますでしょうか。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc coordinating dates: a normal three-way mail, no personal data",
    },
    # 091 ---------------------------------------------------------------------------
    {
        "id": "ryohi-091",
        "charset": "utf-8",
        "sender": "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>",
        "to": [
            "koga.haruto.0412@gmail.com",
            "mizuki.sena.univ@gmail.com",
            "r.tanimura2004@gmail.com",
            "yuna.kiritani@gmail.com",
            "shota.iwabuchi.jp@gmail.com",
        ],
        "subject": "【日の出産業】入社前研修（3/18・厚木）交通費と宿泊のご案内",
        "body": """内定者の皆さま

こんにちは。日の出産業株式会社 総務部の佐伯です。
3月18日の入社前研修（厚木テクニカルセンター）について、交通と宿泊のご案内です。

・交通費：ご自宅最寄り駅からの往復実費を支給します（新幹線は指定席まで）。
　領収書またはICカードの利用履歴を当日ご持参ください。
・宿泊：遠方の方（片道2時間以上）は前泊できます。3月6日までにこのメールに
　ご返信のうえお申し込みください。ホテルはこちらで手配します。
・集合：3月18日 9:30 小田急線 本厚木駅 北口

ご不明点があれば、お気軽にご連絡ください。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "five prospective employees' private addresses in To, visible to each other: should have been Bcc (reason 4)",
    },
    # 092 ---------------------------------------------------------------------------
    {
        "id": "ryohi-092",
        "charset": "cp932",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["日本スカイ航空 手荷物事故センター <baggage@nihon-sky.co.jp>"],
        "subject": "手荷物未着のご連絡（事故番号 ITM-NS-20417）配送先について",
        "body": """日本スカイ航空 手荷物事故センター ご担当者様

お世話になっております。日の出産業株式会社 総務部の小野寺です。
昨日、伊丹空港で手荷物が未着となった弊社社員の件で、配送先をお知らせいたします。

　事故番号：ITM-NS-20417（12/8 NSA023便）
　お客様氏名：宇治原 蓮 様
　配送先：〒530-0001 大阪府大阪市北区梅田1-9-20 ホテル梅田ステーション 1207号室（12/11まで滞在）
　連絡先：090-2273-8816

見つかり次第、上記ホテルへの配送をお願いいたします。
""" + SIG_ONODERA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one traveller's delivery address and mobile to the airline: a single person's record, may warn",
    },
    # 093 ---------------------------------------------------------------------------
    {
        "id": "ryohi-093",
        "charset": "utf-8",
        "sender": "真鍋 剛 <manabe.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["東邦海上火災保険 海外旅行保険 事故受付 <kaigai-claim@toho-kaijo.co.jp>"],
        "subject": "保険金請求書類の送付（証券番号 TK-88210457／ハノイ事故）",
        "body": """東邦海上火災保険 海外旅行保険 事故受付 ご担当者様

お世話になっております。日の出産業 人事部の真鍋です。
ハノイでの事故の件、保険金請求書・現地の診断書・領収書一式をお送りします。
社内規程により暗号化zipとしております。パスワードは別途お送りいたします。
""" + SIG_MANABE,
        "attachments": [{
            "kind": "zip",
            "name": "claim_documents_TK88210457.zip",
            "password": "Toho-2610!",
            "files": [
                {"kind": "docx", "name": "保険金請求書.docx",
                 "paragraphs": ["保険金請求書", "被保険者：百目鬼 亮", "傷病名：左鎖骨骨折"]},
                {"kind": "pdf", "name": "診断書_HongHa.pdf", "lines": ["MEDICAL CERTIFICATE", "Patient: DOMEKI RYO"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "claim documents in an encrypted ZIP to the insurer: cannot be inspected (reason 7)",
    },
    # 094 ---------------------------------------------------------------------------
    {
        "id": "ryohi-094",
        "charset": "iso-2022-jp",
        "sender": "石黒 由紀 <ishiguro.yuki@hinode-sangyo.co.jp>",
        "to": ["内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
        "cc": ["高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>"],
        "subject": "旅費精算 サンプル監査対象（第3四半期）の抽出結果",
        "body": """内部監査室 各位

経理部の石黒です。第3四半期の旅費精算サンプル監査の対象を抽出しましたので送付します。
抽出条件：1件20万円以上、または日当の手入力修正があったもの。

証憑の原本は経理部キャビネットに準備しております。
""" + SIG_ISHIGURO,
        "attachments": [{
            "kind": "xlsx",
            "name": "Q3_旅費監査サンプル.xlsx",
            "sheets": {
                "抽出結果": [
                    ["第3四半期 旅費精算 サンプル監査対象（抽出日 2027/01/12）"],
                    ["申請番号", "社員番号", "氏名", "所属", "出張先", "期間", "精算額", "抽出理由"],
                    ["R-26-10482", "H11302", "五百旗頭 凛", "海外事業部", "バンコク", "10/5-10/16", 412300, "20万円以上"],
                    ["R-26-10517", "H11047", "雲母 啓介", "技術開発部", "デトロイト", "10/12-10/24", 628900, "20万円以上"],
                    ["R-26-10655", "H10234", "東海林 剛", "営業第一部", "札幌", "10/20-10/22", 58400, "日当修正"],
                    ["R-26-10731", "H12478", "禰津 壮真", "品質保証部", "ジャカルタ", "11/2-11/9", 287600, "20万円以上"],
                    ["R-26-10822", "H10871", "薬師寺 奈央", "営業第二部", "福岡", "11/11-11/12", 41200, "日当修正"],
                    ["R-26-10966", "H12502", "饗庭 瑞穂", "海外事業部", "バルセロナ", "11/8-11/15", 534800, "20万円以上"],
                    ["R-26-11040", "H11420", "轟 陽介", "技術開発部", "チェンナイ", "11/23-12/4", 476100, "20万円以上"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "employee expense records in an XLSX, sent to internal audit only (all internal)",
    },
    # 095 ---------------------------------------------------------------------------
    {
        "id": "ryohi-095",
        "charset": "cp932",
        "sender": "森下 千春 <morishita.chiharu@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務課 浅利様 <asari.yoko@kawasakl-denki.co.jp>"],
        "subject": "2/5 工場監査 来訪者の連絡先",
        "body": """川崎電機株式会社 総務課
浅利様

お世話になっております。日の出産業の森下です。
2月5日の工場監査の来訪者3名の当日連絡先をお知らせいたします。

　柴崎 玲奈（技術開発部）　080-4452-1907
　猿渡 耕平（品質保証部）　090-8806-1173
　纐纈 大輔（品質保証部）　070-5563-0481

入構手続きでほかに必要な情報があればお知らせください。
""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "partner kawasaki-denki.co.jp misspelt kawasakl-denki.co.jp (l for i) (reason 5)",
    },
    # 096 ---------------------------------------------------------------------------
    {
        "id": "ryohi-096",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Registration Desk, Asia Automotive Expo <registration@asia-autoexpo.com>"],
        "subject": "Exhibitor staff registration - Hinode Sangyo (Booth C-214)",
        "body": """Dear Registration Team,

Please find attached the exhibitor staff registration for our booth C-214
(CSV in your template, UTF-8). Badges can be collected by Mr. Ogiwara on 2 April.

Kind regards,
Kenji Arakawa
Hinode Sangyo Co., Ltd.
""",
        "attachments": [{
            "kind": "csv",
            "name": "exhibitor_staff_HINODE_C214.csv",
            "encoding": "utf-8",
            "rows": [
                ["first_name", "last_name", "date_of_birth", "email", "mobile", "role"],
                ["Kenji", "Arakawa", "1975-09-30", "arakawa.kenji@hinode-sangyo.co.jp", "+81-90-2218-4053", "Booth manager"],
                ["Tomoki", "Ogiwara", "1986-02-14", "ogiwara.tomoki@hinode-sangyo.co.jp", "+81-80-6617-3390", "Engineer"],
                ["Rie", "Kotaka", "1993-06-25", "kotaka.rie@hinode-sangyo.co.jp", "+81-70-3382-9046", "QA"],
                ["Maya", "Hattori", "1990-08-08", "hattori.maya@hinode-sangyo.co.jp", "+81-80-2093-5514", "Sales"],
                ["Ryo", "Inukai", "1982-05-27", "inukai.ryo@hinode-sangyo.co.jp", "+81-70-6618-2207", "Sales"],
                ["Sayuri", "Mikage", "1979-01-19", "mikage.sayuri@hinode-sangyo.co.jp", "+81-90-1174-6628", "Interpreter"],
                ["Kohei", "Yanagiba", "1996-12-02", "yanagiba.kohei@hinode-sangyo.co.jp", "+81-90-7750-3381", "Engineer"],
                ["Rin", "Iokibe", "1986-05-01", "iokibe.rin@hinode-sangyo.co.jp", "+81-80-6652-0918", "Sales"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of eight staff with birth dates, e-mail and mobiles to an overseas trade-fair organiser (reason 1)",
    },
    # 097 ---------------------------------------------------------------------------
    {
        "id": "ryohi-097",
        "charset": "utf-8",
        "sender": "Kenji Arakawa <arakawa.kenji@hinode-sangyo.co.jp>",
        "to": ["Siam Corporate Travel <corporate@siam-corptravel.co.th>"],
        "subject": "Flight options Bangkok - Chennai, 3 March",
        "body": """Dear Khun Pimchanok,

Thank you for the options. For Mr. Tatebayashi's trip from Bangkok to Chennai on
3 March we prefer option B:

  Option A  TG337  BKK 21:25 - MAA 23:20   economy   THB 14,850
  Option B  AI333  BKK 13:55 - MAA 15:45   economy   THB 11,200  <- preferred
  Option C  6E1052 BKK 23:55 - MAA 01:45   economy   THB  8,930

Please hold option B and send the invoice to our Bangkok office as usual
(PO number HS-BKK-2702-118).
""" + SIG_ARAKAWA_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "flight options and prices for one traveller named only in passing: ordinary business mail",
    },
    # 098 ---------------------------------------------------------------------------
    {
        "id": "ryohi-098",
        "charset": "iso-2022-jp",
        "sender": "蔀 直人 <shitomi.naoto@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル 旅券申請代行窓口 <passport@asahi-travel.co.jp>"],
        "cc": ["小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>"],
        "subject": "旅券申請代行 住民票の記載事項について",
        "body": """あさひトラベル 旅券申請代行窓口 ご担当者様

日の出産業 海外事業部の蔀と申します。総務の小野寺さんからご紹介いただきました。
パスポートの新規申請代行をお願いするにあたり、住民票の記載事項を確認したいとのことでしたので、
手元の住民票の写しの内容を書き写してお送りします。

　氏名：蔀 直人（しとみ なおと）
　生年月日：昭和56年2月6日
　住所：千葉県市川市八幡3丁目12番5号 サンライズ本八幡402
　本籍：千葉県市川市八幡3丁目
　個人番号：""" + _mn(12, "") + """
　住民となった年月日：平成30年4月1日

原本は申請日当日に持参します。よろしくお願いします。

海外事業部 蔀
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a residence-record transcript including the traveller's My Number sent to the agency (reason 2)",
    },
    # 099 ---------------------------------------------------------------------------
    {
        "id": "ryohi-099",
        "charset": "cp932",
        "sender": "高畑 誠 <takahata.makoto@hinode-sangyo.co.jp>",
        "to": ["あさひトラベル 経理課 <seikyu@asahi-travel.co.jp>"],
        "subject": "Re: 11月分 ご請求の部門別内訳（確認済み）",
        "body": """あさひトラベル 経理課 御中

お世話になっております。日の出産業 経理部の高畑です。
差し替えのご請求書を受領いたしました。部門別の内訳を弊社側で集計した結果を
PDFでお戻しします。合計額が一致しておりますので、12月末にお支払いいたします。
""" + SIG_TAKAHATA,
        "attachments": [{
            "kind": "pdf",
            "name": "請求内訳_部門別_202611.pdf",
            "title": "11月分 部門別内訳",
            "lines": [
                "2026年11月分 ご請求 部門別内訳（日の出産業株式会社 経理部 集計）",
                "請求元：株式会社あさひトラベル（登録番号 T8010401098765）",
                "請求先：日の出産業株式会社（法人番号 1010001143390）",
                "ご請求書番号：AT-2611-00873R　ご請求額：3,473,360円（税込）",
                "",
            ],
            "table": [
                ["部門コード", "部門名", "件数", "金額（税込）"],
                ["4110", "営業第一部", "38", "712,440"],
                ["4120", "営業第二部", "29", "648,920"],
                ["4300", "海外事業部", "17", "1,284,600"],
                ["5100", "技術開発部", "21", "498,310"],
                ["5200", "品質保証部", "12", "221,890"],
                ["6100", "総務部", "6", "107,200"],
                ["", "合計", "123", "3,473,360"],
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "an invoice breakdown by department with two companies' registration numbers: no people",
    },
    # 100 ---------------------------------------------------------------------------
    {
        "id": "ryohi-100",
        "charset": "utf-8",
        "sender": "小野寺 航 <onodera.wataru@hinode-sangyo.co.jp>",
        "to": ["荒川 健二 <arakawa.kenji@hinode-sangyo.co.jp>"],
        "cc": ["みなと旅行センター 古賀様 <koga@minato-ryoko.co.jp>",
               "佐伯 美月 <saeki.mizuki@hinode-sangyo.co.jp>"],
        "subject": "【展示会】インテックス大阪 出展スタッフ名簿（最終版）",
        "body": """荒川さん
（cc：みなと旅行センター 古賀様、佐伯さん）

お疲れさまです。小野寺です。
4月のインテックス大阪の出展スタッフ名簿（最終版）です。
宿泊と新幹線の手配は、今回から古賀様にお願いすることになったので cc に入れています。
古賀様、人数とシフトは「シフト」シートをご参照ください。
""" + SIG_ONODERA,
        "attachments": [{
            "kind": "xlsx",
            "name": "出展スタッフ名簿_インテックス大阪_最終.xlsx",
            "title": "出展スタッフ名簿",
            "sheets": {
                "名簿": [["インテックス大阪 出展スタッフ名簿（2027/04/14-16）"], [],
                         ["No", "氏名", "ローマ字", "メール", "携帯", "生年月日"]]
                + [[i + 1, *p] for i, p in enumerate(_FAIR)],
                "シフト": [["日付", "午前", "午後"],
                           ["4/14", "12名", "14名"], ["4/15", "15名", "15名"], ["4/16", "10名", "8名"]],
                "宿泊": [["ホテル", "泊数", "室数"], ["さくらホテル大阪本町", "2", "30"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "mostly internal mail, but one travel agency in Cc receives a 30-person roster with mobiles and birth dates (reason 1)",
    },
]
