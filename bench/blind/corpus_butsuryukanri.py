"""Blind corpus — area: butsuryukanri (物流管理).

The logistics team of 日の出産業株式会社 (物流管理部: 物流企画課・配車課・倉庫管理課・
輸送課・国際物流課, 厚木物流センター): shipments and pick-up requests, warehouse slots and
berth bookings, carriers and tenders, delivery-address lists for customers, drivers'
schedules, damage claims.  Written from BRIEF.md only.
"""

import random

from build import card_number, my_number

SEED = 49001

# -- invented people and places for the longer lists -------------------------------------

_SEI = ["佐々木", "宮内", "栗林", "久保田", "猪俣", "柘植", "蓮見", "馬場", "雨宮", "御手洗",
        "四方田", "乙部", "漆原", "嶋津", "外岡", "芦沢", "甲斐", "矢萩", "砂川", "瀬戸口",
        "能登", "仁科", "桐生", "我妻", "相馬", "都築", "錦織", "巽", "日下部", "真壁",
        "舟橋", "宍戸", "生田目", "百目鬼", "纐纈", "小鳥遊", "米倉", "千葉", "保坂", "穂積",
        "若狭", "江頭", "鷲尾", "有働", "糸川", "阿久津", "三枝", "柳楽", "丹羽", "関口"]
_MEI = ["陽子", "健一", "美咲", "翔太", "由美子", "誠", "直樹", "真理", "香織", "大輔",
        "千秋", "悠斗", "和子", "功", "紀子", "拓海", "芳江", "勝", "彩花", "隆之",
        "恵美", "浩", "さくら", "蒼", "照子", "修", "美穂", "亮介", "朋美", "義男"]
_TOWNS = [
    ("231-0023", "神奈川県横浜市中区山下町"), ("222-0011", "神奈川県横浜市港北区菊名"),
    ("213-0001", "神奈川県川崎市高津区溝口"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("243-0018", "神奈川県厚木市中町"), ("254-0034", "神奈川県平塚市宝町"),
    ("150-0012", "東京都渋谷区広尾"), ("164-0001", "東京都中野区中野"),
    ("176-0012", "東京都練馬区豊玉北"), ("182-0022", "東京都調布市国領町"),
    ("192-0046", "東京都八王子市明神町"), ("330-0063", "埼玉県さいたま市浦和区高砂"),
    ("350-1123", "埼玉県川越市脇田本町"), ("273-0005", "千葉県船橋市本町"),
    ("260-0015", "千葉県千葉市中央区富士見"), ("310-0015", "茨城県水戸市宮町"),
    ("370-0841", "群馬県高崎市栄町"), ("400-0031", "山梨県甲府市丸の内"),
    ("420-0857", "静岡県静岡市葵区御幸町"), ("980-0021", "宮城県仙台市青葉区中央"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp"]


def _rng(k):
    return random.Random(f"{SEED}-{k}")


def _name(r):
    return r.choice(_SEI) + " " + r.choice(_MEI)


def _mobile(r):
    return f"0{r.choice([7, 8, 9])}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"


def _addr(r):
    z, town = r.choice(_TOWNS)
    return z, f"{town}{r.randint(1, 5)}-{r.randint(1, 28)}-{r.randint(1, 30)}"


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s):
    return s.translate(_FW)


# -- signatures ----------------------------------------------------------------------------

SIG_IGARASHI = """
--
日の出産業株式会社
物流管理部 物流企画課　主任
五十嵐 千尋（Igarashi Chihiro）
〒210-0007 神奈川県川崎市川崎区駅前本町12-3 日の出ビル7F
TEL: 044-211-5580 ／ FAX: 044-211-5581
Mail: igarashi.chihiro@hinode-sangyo.co.jp
"""

SIG_KITO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　物流管理部 配車課
鬼頭 健太
TEL 044-211-5584（配車課直通）　携帯 080-3391-2207
kito.kenta@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━
"""

SIG_SHOJI = """
-------------------------------------------
日の出産業株式会社
厚木物流センター 倉庫管理課
東海林 美穂 (Shoji Miho)
〒243-0022 神奈川県厚木市酒井3140-2
TEL 046-229-8710 / FAX 046-229-8711
-------------------------------------------
"""

SIG_NIKAIDO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 物流管理部
品質保証・事故対応チーム　二階堂 剛
〒210-0007 川崎市川崎区駅前本町12-3
TEL：044-211-5586　FAX：044-211-5581
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_KIRA = """
Best regards,

Sho Kira
International Logistics Section, Logistics Management Dept.
Hinode Sangyo Co., Ltd.
12-3 Ekimae-honcho, Kawasaki-ku, Kawasaki, Kanagawa 210-0007, Japan
Tel: +81-44-211-5590
"""

SIG_MOMOSE = """
----
日の出産業（株）物流管理部 業務課
百瀬 ゆかり
内線 3521 / 044-211-5583
"""

SIG_MAEDA = """
/////////////////////////////////////
日の出産業株式会社
物流管理部 配車課 課長　真栄田 隆
TEL 044-211-5584 ／ 090-7712-4036
/////////////////////////////////////
"""

SIG_TSURUMAKI = """
――――――――――――――――――――
日の出産業株式会社 物流管理部 輸送課
弦巻 大地（つるまき だいち）
〒210-0007 神奈川県川崎市川崎区駅前本町12-3
TEL 044-211-5587
――――――――――――――――――――
"""

SIG_OKOCHI = """
日の出産業株式会社
物流管理部 部長　大河内 正樹
TEL 044-211-5579
"""

SIG_TESHIGAWARA = """
--------------------------------
日の出産業株式会社 厚木物流センター
センター長　勅使河原 浩二
TEL 046-229-8700（代）
--------------------------------
"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者にご連絡のうえ、本メールを削除してください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

ME_IGARASHI = "五十嵐 千尋 <igarashi.chihiro@hinode-sangyo.co.jp>"
ME_KITO = "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>"
ME_SHOJI = "東海林 美穂 <shoji.miho@hinode-sangyo.co.jp>"
ME_NIKAIDO = "二階堂 剛 <nikaido.tsuyoshi@hinode-sangyo.co.jp>"
ME_KIRA = "Sho Kira <kira.sho@hinode-sangyo.co.jp>"
ME_MOMOSE = "百瀬 ゆかり <momose.yukari@hinode-sangyo.co.jp>"
ME_MAEDA = "真栄田 隆 <maeda.takashi@hinode-sangyo.co.jp>"
ME_TSURUMAKI = "弦巻 大地 <tsurumaki.daichi@hinode-sangyo.co.jp>"
ME_OKOCHI = "大河内 正樹 <okochi.masaki@hinode-sangyo.co.jp>"
ME_TESHIGAWARA = "勅使河原 浩二 <teshigawara.koji@atsugi.hinode-sangyo.co.jp>"
ME_BUTSURYU = "日の出産業 物流管理部 <butsuryu@hinode-sangyo.co.jp>"

MESSAGES = []


def _add(**m):
    MESSAGES.append(m)


# 001 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-001",
    charset="iso-2022-jp",
    sender=ME_KITO,
    to=["吉武 様 <yoshitake.n@aoba-unyu.co.jp>"],
    cc=["真栄田 隆 <maeda.takashi@hinode-sangyo.co.jp>"],
    subject="【出荷依頼】11/14(金) 厚木DC発 北国フーズ向け 3便",
    body="""青葉運輸株式会社
配車センター　吉武様

いつもお世話になっております。日の出産業の鬼頭です。
標記の件、下記のとおり集荷をお願いいたします。

■集荷日　　11月14日（金）
■集荷場所　弊社 厚木物流センター 第2バース
■納品先　　北国フーズ株式会社 相模原センター（入荷受付 8:30〜15:00）

便　出荷No.　　　　　パレット　重量(kg)　車格
-----------------------------------------------
1　 SHP-2411-0387　　12PL　　 6,840　　 10t ウイング
2　 SHP-2411-0388　　 8PL　　 4,120　　 4t ウイング
3　 SHP-2411-0391　　 6PL　　 2,960　　 4t 平ボディ（ゲート付）

※3便目は冷蔵品を含みますので、保冷シートのご用意をお願いします。
※パレットはJPR（レンタル）です。返却伝票は従来どおり同梱します。

ご不明点があればご連絡ください。
よろしくお願いいたします。
""" + SIG_KITO,
    expect="pass",
    entities=[],
    detectors=[],
    note="Routine pick-up request to the partner carrier: shipment numbers, pallets, weights; no personal data.",
)

# 002 ---------------------------------------------------------------------------------------
_r = _rng(2)
_rows = [["No", "お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "数量", "お届け希望日"]]
for _i in range(1, 29):
    _z, _a = _addr(_r)
    _rows.append([_i, _name(_r), _z, _a,
                  _r.choice([_mobile(_r), f"0{_r.randint(3, 4)}{_r.randint(5, 9)}-{_r.randint(200, 899)}-{_r.randint(1000, 9999)}"]),
                  _r.choice(["北国ハム詰合せA", "北国ハム詰合せB", "ジュレギフト12個入"]),
                  1, _r.choice(["7/8", "7/9", "7/10", "指定なし"])])
_add(
    id="butsuryukanri-002",
    charset="cp932",
    sender=ME_MOMOSE,
    to=["配車センター <haisha@aoba-unyu.co.jp>"],
    subject="お中元ギフト 個別配送分 お届け先データ（第1回分）",
    body="""青葉運輸株式会社
配車センター御中

いつもお世話になっております。日の出産業 物流管理部の百瀬です。

北国フーズ様よりお預かりしているお中元ギフトの個人宅配分につき、
第1回分のお届け先データを添付いたします（28件）。
送り状の発行をお願いできますでしょうか。

出荷は7/7（月）午後、厚木物流センターからとなります。
第2回分は来週水曜ごろにお送りする予定です。

よろしくお願いいたします。
""" + SIG_MOMOSE,
    attachments=[{"kind": "csv", "name": "ochugen_otodokesaki_01.csv", "encoding": "cp932",
                  "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Reason 1: CSV of 28 private gift recipients (name, address, phone) sent to an external carrier.",
)

# 003 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-003",
    charset="utf-8",
    sender=ME_BUTSURYU,
    to=["東雲ロジスティクス 再配達センター <saihaitatsu@shinonome-logi.co.jp>"],
    subject="再配達のお願い（送り状No. 4471-2290-8813）",
    body="""東雲ロジスティクス株式会社
再配達センター ご担当者様

お世話になっております。日の出産業 物流管理部です。

下記お荷物について、お届け先様より再配達のご希望をいただきましたので
ご手配をお願いいたします。

送り状番号：4471-2290-8813
お届け先　：芦沢 紀子 様
住所　　　：〒182-0022 東京都調布市国領町3-14-9 コーポ国領202
電話　　　：042-488-3172
希望日時　：11月20日（木）18時〜20時

不在票が2回入っているとのことで、お客様がお急ぎのご様子でした。
何卒よろしくお願いいたします。

日の出産業株式会社 物流管理部（共有アドレス）
TEL 044-211-5583
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One consignee's name, address and phone for a redelivery request to a carrier: one person's record, may warn.",
)

# 004 ---------------------------------------------------------------------------------------
_r = _rng(4)
_drivers = [(_name(_r), _mobile(_r)) for _ in range(10)]
_sched = [["12月第2週 乗務スケジュール（厚木DC 自社便）"], [],
          ["乗務員", "携帯", "12/8(月)", "12/9(火)", "12/10(水)", "12/11(木)", "12/12(金)"]]
for _n, _p in _drivers:
    _sched.append([_n, _p] + [_r.choice(["A便", "B便", "C便", "休", "待機", "A便", "B便"]) for _ in range(5)])
_add(
    id="butsuryukanri-004",
    charset="utf-8",
    sender=ME_MAEDA,
    to=["厚木DC 運行管理 <unkou@atsugi.hinode-sangyo.co.jp>"],
    cc=["鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>"],
    subject="12月第2週 乗務スケジュール",
    body="""運行管理 各位

12月第2週の乗務スケジュールを添付します。
年末で物量が増えるため、待機を多めに入れています。
休みの変更希望は木曜までに鬼頭まで。

点呼時に携帯番号の変更がないか一度確認をお願いします。
""" + SIG_MAEDA,
    attachments=[{"kind": "xlsx", "name": "乗務スケジュール_12月第2週.xlsx",
                  "sheets": {"第2週": _sched,
                             "便区分": [["便", "出発", "方面"], ["A便", "5:30", "相模原・町田"],
                                      ["B便", "7:00", "横浜北部"], ["C便", "13:00", "川崎・大田"]]}}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="Internal only: drivers' schedule with their mobile numbers goes to hinode-sangyo.co.jp (and a subdomain).",
)

# 005 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-005",
    charset="cp932",
    sender=ME_TSURUMAKI,
    to=["青葉運輸 河野様 <kono.h@aoba-unyu.co.jp>",
        "東雲ロジスティクス 営業部 <eigyo@shinonome-logi.co.jp>",
        "はやて急便 法人営業 早川様 <hayakawa@hayate-kyubin.co.jp>"],
    subject="【お見積りご依頼】2025年度 関東→東北 幹線輸送（定期便）",
    body="""各位

平素より大変お世話になっております。
日の出産業株式会社 物流管理部 輸送課の弦巻でございます。

この度、2025年度の関東→東北間の幹線輸送（定期便）につきまして、
下記条件にてお見積りをお願いしたく、ご連絡いたしました。

　区間　　：厚木物流センター → 仙台DC（宮城県岩沼市）
　頻度　　：週3便（月・水・金）
　車格　　：大型ウイング 13t
　積載　　：平均 16PL／便（常温・一般雑貨）
　期間　　：2025年4月〜2026年3月

ご回答期限：12月19日（金）
書式は自由ですが、燃料サーチャージの算定方法を明記いただけますと幸いです。

ご不明な点は弦巻までお問い合わせください。
何卒よろしくお願い申し上げます。
""" + SIG_TSURUMAKI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Reason 4: a tender to three competing carriers, all in To, each sees the others; should have been Bcc.",
)

# 006 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-006",
    charset="iso-2022-jp",
    sender=ME_IGARASHI,
    to=["宇佐美 様 <usami.k@kawasaki-denki.co.jp>"],
    subject="Re: 弊社物流拠点一覧のご送付",
    body="""川崎電機株式会社 資材部
宇佐美様

お世話になっております。日の出産業の五十嵐です。
先日お問い合わせいただいた弊社の物流拠点一覧をお送りします。
納品書の送付先や緊急時の連絡先としてご利用ください。

拠点名　　　　　　　　所在地　　　　　　　　　　　　　　　　　　　電話（代表）
--------------------------------------------------------------------------------------
厚木物流センター　　　〒243-0022 神奈川県厚木市酒井3140-2　　　　046-229-8700
岩槻DC　　　　　　　　〒339-0072 埼玉県さいたま市岩槻区古ヶ場2-7　048-792-6610
仙台DC　　　　　　　　〒989-2421 宮城県岩沼市下野郷字新拓180　　0223-25-7741
名古屋デポ　　　　　　〒455-0831 愛知県名古屋市港区十一屋1-52　　052-389-2205
大阪南港デポ　　　　　〒559-0031 大阪府大阪市住之江区南港東8-3　　06-6614-9032
福岡デポ（委託）　　　〒812-0051 福岡県福岡市東区箱崎ふ頭4-11　　092-641-8873

※福岡デポは九州流通サービス様への委託拠点です。
※年末年始の営業日は別途ご案内いたします。

> 御社の各物流拠点の住所と代表電話を一覧でいただけますでしょうか。
> 社内の納入業者マスタに登録したいと思っております。

以上、よろしくお願いいたします。
""" + SIG_IGARASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="A list of the company's own depots with office addresses and switchboards: businesses, not people.",
)

# 007 ---------------------------------------------------------------------------------------
_mn = my_number(SEED + 1)
_add(
    id="butsuryukanri-007",
    charset="utf-8",
    sender=ME_MOMOSE,
    to=["笠井税理士事務所 井関様 <iseki@kasai-tax.jp>"],
    subject="支払調書作成用　業務委託ドライバーの情報について",
    body=f"""笠井税理士事務所
井関様

いつもお世話になっております。日の出産業の百瀬です。

報酬の支払調書作成にあたり、ご依頼いただいていた業務委託ドライバー（個人事業主）の
情報をお送りいたします。今年度から新たに契約した方です。

　氏名　　：鮎川 昌平（あゆかわ しょうへい）
　住所　　：〒252-0303 神奈川県相模原市南区相模大野6-21-4
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払総額：3,184,000円（1月〜11月分、12月分は確定後にご連絡します）

本人確認書類の写しは郵送でお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_MOMOSE,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Reason 2: a contract driver's My Number in the body of a mail to an outside tax office.",
)

# 008 ---------------------------------------------------------------------------------------
_r = _rng(8)
_q = []
for _i in range(8):
    _z, _a = _addr(_r)
    _q.append(f"> {_i + 1}. {_name(_r)}様　〒{_z} {_a}　TEL {_mobile(_r)}")
_add(
    id="butsuryukanri-008",
    charset="iso-2022-jp",
    sender=ME_KITO,
    to=["吉武 様 <yoshitake.n@aoba-unyu.co.jp>"],
    subject="Re: 返品回収のお願い（8件）",
    body="""吉武様

お世話になっております。鬼頭です。
ご連絡ありがとうございます。8件とも明日午前の回収で問題ございません。
回収品は厚木DCの返品受付（第5バース）へお願いします。

引き続きよろしくお願いいたします。

鬼頭

2025年11月17日(月) 16:42 吉武 直人 <yoshitake.n@aoba-unyu.co.jp>:
> 日の出産業 鬼頭様
>
> お世話になっております。青葉運輸の吉武です。
> 先ほどいただいた返品回収8件、下記で承りました。
>
""" + "\n".join(_q) + """
>
> 明日11/18午前中に伺う予定です。時間指定のご要望があればお知らせください。
>
> 青葉運輸株式会社 配車センター 吉武
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="The eight customers' records appear only in text quoted from the carrier's own mail; new text holds no personal data.",
)

# 009 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-009",
    charset="utf-8",
    sender=ME_IGARASHI,
    to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
    cc=["河野 様 <kono.h@aoba-unyu.co.jp>", "鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>"],
    subject="三者打合せ日程のご相談（冷蔵便の温度管理について）",
    body="""北国フーズ株式会社 物流部 三上様
（cc：青葉運輸株式会社 河野様）

いつもお世話になっております。日の出産業の五十嵐です。

先日ご指摘いただいた冷蔵便の温度逸脱の件につきまして、
北国フーズ様・青葉運輸様・弊社の三者で打合せの場を設けたく存じます。

候補日：
　① 11月25日（火）14:00〜15:00
　② 11月26日（水）10:00〜11:00
　③ 11月27日（木）16:00〜17:00

場所は弊社厚木物流センター2階会議室、またはTeamsでも結構です。
温度ロガーのデータ（10月分）は当日お持ちします。

ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_IGARASHI + DISCLAIMER_JA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="Normal three-way meeting mail: a customer and a partner carrier (two external organisations) plus the standard disclaimer.",
)

# 010 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-010",
    charset="cp932",
    sender=ME_KITO,
    to=["吉武 様 <yoshitake.n@aoba-unyu.jp>"],
    subject="明日の追加便について",
    body="""吉武様

お世話になっております。日の出産業の鬼頭です。

急で申し訳ございませんが、明日11/21（金）に追加で1便お願いできますでしょうか。

　集荷：厚木物流センター 14:00
　納品：川崎電機様 川崎工場 資材受入（17:00まで）
　荷量：6PL（約2.4t）、4tウイングで可

可否だけでも本日中にご返信いただけると助かります。
""" + SIG_KITO,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Reason 5: aoba-unyu.jp is the partner aoba-unyu.co.jp with 'co.' dropped — a look-alike domain.",
)

# 011 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-011",
    charset="utf-8",
    sender=ME_NIKAIDO,
    to=["sakuma.ayaka.88@gmail.com"],
    subject="Re: 商品が破損して届きました（ご注文番号 KF-2025-118402）",
    body="""佐久間 様

この度はお届けした商品が破損していたとのこと、ご不便とご迷惑をおかけし
誠に申し訳ございません。日の出産業 物流管理部の二階堂と申します。
北国フーズ様の配送業務を担当しております。

お送りいただいたお写真を拝見しました。外箱の角が潰れ、中の瓶が1本割れている
状況と確認いたしました。代替品を本日発送の手配をいたしましたので、
明後日11/22（土）中にお届けできる見込みです。

破損品につきましては、代替品お届けの際に配達員がお引き取りいたします。
お手数ですが、箱ごとご用意いただけますと幸いです。

輸送中の取り扱いについては配送会社と原因を確認し、再発防止に努めます。
重ねてお詫び申し上げます。
""" + SIG_NIKAIDO + """
> 昨日届いた商品の箱がつぶれていて、ジャムの瓶が1本割れていました。
> 写真を添付します。交換していただけますか。
> 佐久間
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Apology to one private customer on free mail about a damaged parcel; no third party's data; order number only.",
)

# 012 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-012",
    charset="iso-2022-jp",
    sender=ME_MAEDA,
    to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
    subject="相模原センター向け定期便 担当ドライバー変更のご連絡",
    body="""北国フーズ株式会社 物流部
三上様

いつもお世話になっております。日の出産業 配車課の真栄田です。

御社相模原センター向け定期便（火・木・土）の担当ドライバーにつきまして、
12月より変更させていただくことになりましたのでご連絡いたします。

現担当の穂積 修は、先月の健康診断後の精密検査で睡眠時無呼吸症候群と診断され、
現在CPAP治療を始めたところです。主治医の判断が出るまで長距離・早朝の乗務を
外すこととし、当面は構内作業に就いてもらいます。

後任は同じく自社便の丹羽 亮介が担当いたします。
引継ぎのため、11/27（木）は二名乗務で伺います。

ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SIG_MAEDA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Reason 3: a named driver's diagnosis (sleep apnoea, under treatment) told to a customer.",
)

# 013 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-013",
    charset="utf-8",
    sender=ME_IGARASHI,
    to=["ツバサシステム 営業部 桑原様 <kuwabara@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）の送付　WMS更改プロジェクト",
    body="""株式会社ツバサシステム
営業部　桑原様

お世話になっております。日の出産業の五十嵐です。

先日のお打合せでお話ししたWMS更改プロジェクトにつき、要件定義に入る前に
秘密保持契約（NDA）を締結させていただきたく、弊社ひな形の案を添付いたします。

・第3条（秘密情報の範囲）に、倉庫レイアウト図と出荷実績データを明記しています。
・有効期間は締結日から3年としています。

御社法務部門でご確認のうえ、修正点があれば変更履歴付きでお戻しください。
機密保持の観点から、出荷実績データのご提供は締結後とさせていただきます。

よろしくお願いいたします。
""" + SIG_IGARASHI,
    attachments=[{"kind": "docx", "name": "秘密保持契約書（案）_ツバサシステム様.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                      "甲の倉庫管理システム更改の検討（以下「本件」という。）に関し、次のとおり秘密保持契約を締結する。",
                      "第1条（目的）本契約は、本件のために相互に開示される秘密情報の取扱いを定めることを目的とする。",
                      "第2条（定義）本契約において秘密情報とは、開示の際に秘密である旨を明示した技術上又は営業上の情報をいう。",
                      "第3条（秘密情報の範囲）倉庫レイアウト図、出荷実績データ、運賃単価その他甲が指定する情報を含む。",
                      "第4条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
                      "第5条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                      "（以下略）"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Mail about an NDA with a draft NDA attached; the document defines secrecy but carries no confidentiality stamp.",
)

# 014 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-014",
    charset="cp932",
    sender=ME_TSURUMAKI,
    to=["堀之内 様 <horinouchi@kitaguni-foods.co.jp>"],
    subject="2026年1月改定 運賃表のご送付",
    body="""北国フーズ株式会社 購買部
堀之内様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 輸送課の弦巻です。

かねてよりご相談しておりました運賃改定につき、2026年1月1日出荷分からの
運賃表を添付いたします。燃料価格の高止まりを受け、基本運賃を平均3.2%改定させて
いただきました。冷蔵便の割増率は据え置きです。

ご確認のほど、よろしくお願い申し上げます。
""" + SIG_TSURUMAKI,
    attachments=[{"kind": "xlsx", "name": "運賃表_2026年1月改定_北国フーズ様.xlsx",
                  "sheets": {
                      "常温": [["運賃表（常温）2026年1月1日適用"], [],
                             ["発地", "着地", "2t", "4t", "10t", "13t"],
                             ["厚木", "神奈川県内", 18500, 24800, 41200, 48600],
                             ["厚木", "東京23区", 21000, 27900, 45800, 53100],
                             ["厚木", "埼玉・千葉", 24300, 31600, 51900, 60400],
                             ["厚木", "宮城", 68000, 89500, 142000, 163000]],
                      "冷蔵": [["運賃表（冷蔵）2026年1月1日適用"], [],
                             ["発地", "着地", "2t", "4t", "10t"],
                             ["厚木", "神奈川県内", 23100, 31000, 51500],
                             ["厚木", "東京23区", 26200, 34900, 57200]],
                      "付帯料金": [["項目", "単価", "備考"], ["待機料", 3000, "30分毎"],
                               ["附帯作業（手降ろし）", 5000, "1台あたり"],
                               ["高速代", "実費", ""]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="A freight price list to a customer; business data only.",
)

# 015 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-015",
    charset="utf-8",
    sender=ME_OKOCHI,
    to=["フローライン 浅見様 <asami@flowline-consulting.co.jp>"],
    subject="【社外秘】物流費削減計画（2026-2028）ドラフト",
    body="""株式会社フローライン
浅見様

お世話になっております。日の出産業の大河内です。
次回ワークショップに向けて、弊社内で検討中の物流費削減計画のドラフトを共有します。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　取扱区分：社外秘
　日の出産業株式会社 物流管理部　2025年11月版
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

1. 現状（2024年度）
　・物流費総額　　　　42.8億円（売上高比 6.9%）
　・うち輸送費　　　　27.1億円／保管費 9.4億円／荷役費 6.3億円
2. 削減目標
　・2028年度に売上高比 5.8%（▲約6.5億円）
3. 施策
　(1) 仙台DCの集約（岩槻DCへ統合、2027年3月）
　(2) 幹線輸送の共同配送化（北国フーズ様と協議中）
　(3) 協力会社の再編（委託先を5社→3社へ）

(3)の協力会社名は会議の場でご説明いたします。

大河内
""" + SIG_OKOCHI,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Reason 6: the plan is stamped 社外秘 (subject and classification block) and goes to an outside consultant.",
)

# 016 ---------------------------------------------------------------------------------------
_rows16 = [
    ("KF-0412", "北国フーズ直営 たまプラーザ店", "4471-2291-0032", "11/18", "配達完了"),
    ("KF-0413", "北国フーズ直営 新百合ヶ丘店", "4471-2291-0043", "11/18", "配達完了"),
    ("KF-0414", "北国フーズ直営 町田店", "4471-2291-0054", "11/18", "持戻り（店休日）"),
    ("KF-0415", "北国フーズ直営 海老名店", "4471-2291-0065", "11/18", "配達完了"),
    ("KF-0416", "北国フーズ直営 本厚木店", "4471-2291-0076", "11/18", "配達完了"),
    ("KF-0417", "北国フーズ直営 藤沢店", "4471-2291-0080", "11/19", "輸送中"),
    ("KF-0418", "北国フーズ直営 茅ヶ崎店", "4471-2291-0091", "11/19", "輸送中"),
    ("KF-0419", "北国フーズ直営 平塚店", "4471-2291-0102", "11/19", "輸送中"),
]
_tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>"
                for a, b, c, d, e in _rows16)
_add(
    id="butsuryukanri-016",
    charset="utf-8",
    sender=ME_BUTSURYU,
    to=["北国フーズ 店舗運営部 <tenpo-unei@kitaguni-foods.co.jp>"],
    subject="店舗納品 配送状況のお知らせ（11/18・11/19出荷分）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>北国フーズ株式会社<br>店舗運営部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 物流管理部です。<br>
11/18・11/19出荷分の店舗納品の配送状況をお知らせいたします。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>伝票No.</th><th>納品先</th><th>送り状番号</th><th>出荷日</th><th>状況</th></tr>
{_tr}
</table>
<p>町田店様は店休日のため持戻りとなりました。11/20午前に再納品いたします。</p>
<p>日の出産業株式会社 物流管理部<br>TEL 044-211-5583</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only status table of store deliveries with tracking numbers: shops, not people.",
)

# 017 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-017",
    charset="iso-2022-jp",
    sender=ME_TSURUMAKI,
    to=["河野 様 <kono.h@aoba-unyu.co.jp>"],
    subject="【送付】2026年度 構内作業委託 見積条件書",
    body="""青葉運輸株式会社
河野様

お世話になっております。日の出産業の弦巻です。
2026年度の構内作業委託に関する見積条件書を送付いたします。
添付ファイルはパスワード付きZIPとしております。
パスワードは別メールにてお知らせいたします。

ご確認よろしくお願いいたします。
""" + SIG_TSURUMAKI,
    attachments=[{"kind": "zip", "name": "見積条件書_2026.zip", "password": "Hn2026#kn",
                  "files": [{"kind": "xlsx", "name": "見積条件書_2026.xlsx",
                             "sheets": {"条件": [["項目", "内容"], ["作業内容", "入出荷・検品・ラベル貼付"],
                                               ["想定物量", "月間 42,000ケース"],
                                               ["作業時間", "8:00-17:00"]]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Reason 7: password-protected ZIP (PPAP) to an external partner; its content cannot be inspected.",
)

# 018 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-018",
    charset="cp932",
    sender=ME_SHOJI,
    to=["ミナト倉庫 業務課 新城様 <arashiro@minato-soko.jp>"],
    subject="Re: 11/26 入庫バース予約について",
    body="""ミナト倉庫株式会社 業務課
新城様

いつもお世話になっております。日の出産業 厚木物流センターの東海林です。
11/26（水）の入庫バース予約の件、車両と乗務員が決まりましたのでお知らせします。

　予約枠　：11/26（水）10:00〜10:30　3番バース
　車両　　：相模 100 か 47-21（10tウイング）
　乗務員　：蓮見 拓海
　連絡先　：０９０－５８１２－３３７４（当日の遅延連絡はこちらへ）
　荷姿　　：パレット積み 14PL（段ボール、ラップ巻き）

受付で入構証をお渡しいただけるとのこと、承知しました。
よろしくお願いいたします。
""" + SIG_SHOJI + """
-----Original Message-----
From: 新城 <arashiro@minato-soko.jp>
Sent: Monday, November 24, 2025 9:12 AM
Subject: 11/26 入庫バース予約について

東海林様
11/26の予約枠を10:00で確保しました。車番と乗務員様のお名前、当日の連絡先を
お知らせください。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One driver's name and mobile for a berth booking at a partner warehouse: one person's record, may warn.",
)

# 019 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-019",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Olivia Tran <olivia.tran@pacbridge-freight.com>"],
    subject="Booking confirmation - HSO-25-1142 / Yokohama to Long Beach",
    body="""Dear Olivia,

Thank you for the quick turnaround. We confirm the booking below.

  Our ref.     : HSO-25-1142
  Vessel/Voy.  : ONE MAJESTY 072E
  POL / POD    : Yokohama (JPYOK) / Long Beach (USLGB)
  ETD / ETA    : 2025-12-06 / 2025-12-19
  Equipment    : 2 x 40'HC
  Containers   : TCNU 418273-6, MSKU 905512-3 (to be confirmed at pick-up)
  Cargo        : Electric fans and parts, 1,840 cartons, 21,300 kg
  HS code      : 8414.51

Please send us the draft B/L by Wednesday so that we can check the consignee
details against the L/C.
""" + SIG_KIRA + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English booking confirmation to a forwarder: container numbers, HS code, standard disclaimer.",
)

# 020 ---------------------------------------------------------------------------------------
_r = _rng(20)
_lines20 = ["No　送り状番号　　　　お届け先　　　　　住所　　　　　　　　　　　　　　　　　　　電話　　　　　　　　希望",
            "----------------------------------------------------------------------------------------------------------"]
for _i in range(6):
    _z, _a = _addr(_r)
    _lines20.append(f"{_i + 1}　　4471-2293-{_r.randint(1000, 9999)}　{_name(_r)}様　　〒{_z} {_a}　　{_zen(_mobile(_r))}　　{_r.choice(['午前', '14-16時', '18-20時', '19-21時'])}")
_add(
    id="butsuryukanri-020",
    charset="iso-2022-jp",
    sender=ME_BUTSURYU,
    to=["東雲ロジスティクス 再配達センター <saihaitatsu@shinonome-logi.co.jp>"],
    subject="再配達依頼（6件まとめてお送りします）",
    body="""東雲ロジスティクス株式会社
再配達センター ご担当者様

お世話になっております。日の出産業 物流管理部です。
本日コールセンターに再配達のご依頼が入った6件をまとめてお送りします。
明日のお届けでご手配をお願いいたします。

""" + "\n".join(_lines20) + """

いずれも不在持戻り分です。No.4のお客様はマンション宅配ボックス不可とのことです。

日の出産業株式会社 物流管理部
TEL 044-211-5583
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Reason 1: six private consignees (name, address, full-width phone) pasted in the body to an external carrier.",
)

# 021 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-021",
    charset="cp932",
    sender=ME_TESHIGAWARA,
    to=["総務部 安全衛生担当 <anzen@hinode-sangyo.co.jp>"],
    cc=["大河内 正樹 <okochi.masaki@hinode-sangyo.co.jp>", "二階堂 剛 <nikaido.tsuyoshi@hinode-sangyo.co.jp>"],
    subject="【労災速報】厚木DC フォークリフト接触事故（11/12）",
    body="""安全衛生担当 各位

厚木物流センターの勅使河原です。
11/12に発生した構内事故について速報します。

発生日時：2025年11月12日（水）10:40頃
場所　　：厚木DC 1階 B棟 通路No.7
被災者　：倉庫作業員　雨宮 蒼（あめみや あお）　昭和63年2月14日生
状況　　：リーチフォークリフトの後退時に、ピッキング中の被災者の左足に接触
負傷　　：左足関節外果骨折（本厚木整形外科クリニックにて診断）、全治約6週間
対応　　：救急搬送、当日中に元請・所轄労基署へ連絡済み

リーチ運転者（芦沢）からの聞き取り結果と再発防止策は、今週中に報告書にまとめます。
休業見込みのため、労災の様式第8号の準備をお願いします。
""" + SIG_TESHIGAWARA,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="Internal only: an injured worker's diagnosis and birth date reported to the internal safety officer.",
)

# 022 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-022",
    charset="utf-8",
    sender=ME_NIKAIDO,
    to=["大樹損害保険 損害サービス課 北条様 <hojo.r@taiju-sonpo.co.jp>"],
    subject="貨物事故のご報告（証券番号 CG-7730418 / 事故日 11/10）",
    body="""大樹損害保険株式会社
損害サービス課　北条様

いつもお世話になっております。日の出産業の二階堂です。
運送保険（包括契約）に関して、下記の貨物事故をご報告いたします。

　証券番号　　：CG-7730418
　事故日　　　：2025年11月10日
　事故内容　　：荷降ろし時にパレットが傾き、積荷が落下
　貨物　　　　：業務用扇風機 FN-450（24台）のうち6台破損
　損害見込額　：472,800円（仕入価格ベース）
　運送人　　　：青葉運輸株式会社（車番 相模 130 あ 22-09）

破損状況の写真2点を添付します。
現品は厚木物流センターで保管しておりますので、必要であれば検分にお越しください。
""" + SIG_NIKAIDO,
    attachments=[{"kind": "png", "name": "damage_photo_01.png"},
                 {"kind": "png", "name": "damage_photo_02.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Cargo damage claim to the insurer: policy number, goods, amount, photos; no personal data.",
)

# 023 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-023",
    charset="iso-2022-jp",
    sender=ME_KITO,
    to=["吉武 様 <yoshitake.n@aoba-unyu.co.jp>"],
    subject="年末特売期間の店舗納品　当日連絡先（店長携帯）",
    body="""吉武様

お世話になっております。鬼頭です。
12/20〜12/31の年末特売期間中、北国フーズ様の下記5店舗は早朝納品（6:00着）となり、
店舗の固定電話がつながりません。遅延・荷受け不可の際は店長の携帯へ直接ご連絡ください
とのことです（北国フーズ様の了承済み）。

・たまプラーザ店　店長 栗林 様　090-3318-6402
・新百合ヶ丘店　　店長 外岡 様　080-2241-9075
・町田店　　　　　店長 我妻 様　090-6620-1187
・海老名店　　　　店長 若狭 様　070-4139-2258
・本厚木店　　　　店長 都築 様　080-7784-0361

ドライバーの皆さまへの共有をお願いいたします。
""" + SIG_KITO,
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Five store managers' names with their own mobiles to the carrier: business contacts, but personal mobiles of five people — judgeable either way.",
)

# 024 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-024",
    charset="cp932",
    sender=ME_KITO,
    to=["川崎電機 川崎工場 守衛所 <gate-kawasaki@kawasaki-denki.co.jp>"],
    cc=["宇佐美 様 <usami.k@kawasaki-denki.co.jp>"],
    subject="入構申請（12/3 資材納品）日の出産業",
    body="""川崎電機株式会社 川崎工場
守衛所 ご担当者様

お世話になっております。日の出産業 配車課の鬼頭です。
12/3（水）の資材納品につき、入構申請をお送りします。

【入構申請】
　入構日　　　：2025年12月3日（水）9:00〜11:00
　会社名　　　：日の出産業株式会社（運行：自社便）
　車両番号　　：相模 100 か 52-66（4tウイング）
　運転者氏名　：巽 大輔（たつみ だいすけ）
　運転免許証番号：第 4501 2378 6940 号
　免許の有効期限：2028年09月14日まで
　入構目的　　：資材納品（資材部 宇佐美様宛）

当日は運転免許証を受付でご提示いたします。
よろしくお願いいたします。
""" + SIG_KITO,
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="Reason 2: a driver's licence number in a gate-entry request to a customer's factory.",
)

# 025 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-025",
    charset="utf-8",
    sender=ME_SHOJI,
    to=["エコリサイクル東和 回収受付 <kaishu@ecorecycle-towa.co.jp>"],
    subject="機密文書溶解処理　12月の回収日について",
    body="""株式会社エコリサイクル東和
回収受付ご担当者様

お世話になっております。日の出産業 厚木物流センターの東海林です。

12月の機密文書溶解処理の回収について、下記日程でお願いできますでしょうか。

　回収希望日：12月22日（月）13時以降
　回収場所　：厚木物流センター 1階 事務所横（施錠ボックス3箱）
　見込量　　：保存期間が過ぎた出荷伝票・納品書控え 約180kg

年末で構内が混み合いますので、車両は正門ではなく東門からお入りください。
溶解証明書は従来どおり郵送でお願いします。
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="'機密文書' here names the shredding service, not a marking on this mail; pick-up date only.",
)

# 026 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-026",
    charset="utf-8",
    sender=ME_BUTSURYU,
    to=["錦印刷 生産管理部 <seisan@nishiki-insatsu.co.jp>"],
    subject="年末年始の入出荷スケジュールのお知らせ",
    html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:sans-serif">
<p>錦印刷株式会社<br>生産管理部 御中</p>
<p>平素より格別のご高配を賜り、厚く御礼申し上げます。<br>
年末年始の厚木物流センターの入出荷スケジュールを下記のとおりご案内いたします。</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>日付</th><th>入荷</th><th>出荷</th><th>備考</th></tr></thead>
<tbody>
<tr><td>12/27(土)</td><td>〜15:00</td><td>通常</td><td>最終入荷受付</td></tr>
<tr><td>12/28(日)</td><td>×</td><td>午前のみ</td><td>緊急便のみ</td></tr>
<tr><td>12/29(月)〜1/4(日)</td><td>×</td><td>×</td><td>休業</td></tr>
<tr><td>1/5(月)</td><td>10:00〜</td><td>13:00〜</td><td>初荷</td></tr>
</tbody></table>
<p>カタログ等の印刷物の搬入は、12/26（金）までにお願いできますと幸いです。<br>
ご不明な点は下記までお問い合わせください。</p>
<p style="font-size:12px;color:#555">日の出産業株式会社 物流管理部<br>
〒210-0007 神奈川県川崎市川崎区駅前本町12-3<br>TEL 044-211-5583</p>
</div></body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only holiday schedule notice to a partner printer; dates and the sender's office only.",
)

# 027 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-027",
    charset="utf-8",
    sender=ME_NIKAIDO,
    to=["kurosawa.mie@yahoo.co.jp", "t-shimazu1972@gmail.com",
        "haruka.nose@icloud.com", "gonta-papa@docomo.ne.jp"],
    subject="【お詫び】北国フーズ冬ギフトのお届け遅延について",
    body="""お客様各位

日の出産業株式会社 物流管理部の二階堂でございます。
北国フーズ様の冬ギフトの配送を担当しております。

12月13日にお届け予定でございましたご注文の品につきまして、
大雪による高速道路の通行止めの影響で、お届けが遅れております。
誠に申し訳ございません。

現在、12月16日（火）中のお届けを目指して手配を進めております。
お届け日時のご変更をご希望の場合は、本メールにご返信ください。

ご迷惑をおかけいたしますことを、重ねてお詫び申し上げます。
""" + SIG_NIKAIDO,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="Reason 4: four private customers in To see each other's addresses; should have been Bcc.",
)

# 028 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-028",
    charset="iso-2022-jp",
    sender=ME_IGARASHI,
    to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
    cc=["大河内 正樹 <okochi.masaki@hinode-sangyo.co.jp>"],
    subject="共同配送のご提案資料（12/2打合せ用）",
    body="""三上様

お世話になっております。五十嵐です。
12/2の打合せでご説明する、相模原・町田エリアの共同配送のご提案資料を
先にお送りいたします。お目通しいただけますと幸いです。

ポイントは3枚目の積載率の試算です（現状58%→共同化後81%）。

よろしくお願いいたします。
""" + SIG_IGARASHI,
    attachments=[{"kind": "pptx", "name": "共同配送ご提案_北国フーズ様.pptx",
                  "title": "共同配送のご提案",
                  "slides": [
                      ["共同配送のご提案", "北国フーズ株式会社様", "日の出産業株式会社 物流管理部", "2025年12月2日"],
                      ["現状の課題", "店舗納品の小口多頻度化", "平均積載率 58%", "ドライバー確保の難しさ（2024年問題）"],
                      ["積載率の試算", "対象：相模原・町田エリア 14店舗", "現状 58% → 共同化後 81%",
                       "車両台数 9台/日 → 6台/日"],
                      ["スケジュール", "2026年2月 試行", "2026年4月 本格運用"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Sales proposal slides to a customer; figures and schedule only.",
)

# 029 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-029",
    charset="cp932",
    sender=ME_MOMOSE,
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書送付】2025年11月分 保管料・荷役料",
    body="""北国フーズ株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 物流管理部の百瀬です。
2025年11月分の保管料・荷役料の請求書をPDFにてお送りいたします。

　請求番号：HN-INV-2511-0207
　ご請求額：3,894,160円（税込）
　お支払期限：2025年12月31日

ご査収のほどよろしくお願いいたします。
""" + SIG_MOMOSE,
    attachments=[{"kind": "pdf", "name": "請求書_HN-INV-2511-0207.pdf", "title": "請求書",
                  "lines": ["請　求　書", "",
                            "北国フーズ株式会社 御中", "請求番号 HN-INV-2511-0207　　発行日 2025年11月30日",
                            "日の出産業株式会社　登録番号 T5020011048732",
                            "〒210-0007 神奈川県川崎市川崎区駅前本町12-3", "",
                            "下記のとおりご請求申し上げます。", ""],
                  "table": [["項目", "数量", "単価", "金額"],
                            ["保管料（常温）", "1,420坪", "1,850", "2,627,000"],
                            ["保管料（冷蔵）", "180坪", "3,400", "612,000"],
                            ["入出庫荷役料", "9,860ケース", "25", "246,500"],
                            ["小計", "", "", "3,485,500"],
                            ["消費税（10%）", "", "", "348,550"],
                            ["立替金（高速代）", "", "", "60,110"],
                            ["合計", "", "", "3,894,160"],
                            ["振込先", "みどり銀行 川崎支店 普通 1184073 ニチノデサンギョウ（カ", "", ""]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Invoice PDF with the company's registration (T) number and its corporate bank account: business data, not personal.",
)

# 030 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-030",
    charset="utf-8",
    sender=ME_NIKAIDO,
    to=["大樹損害保険 損害サービス課 北条様 <hojo.r@taiju-sonpo.co.jp>"],
    subject="事故報告書の送付（構内フォークリフト事故・使用者賠償責任保険）",
    body="""北条様

お世話になっております。日の出産業の二階堂です。
先日お電話でご相談した構内事故につき、事故報告書を添付いたします。
被災者の方の治療状況も記載しておりますのでご確認ください。

ご不明点があればお知らせください。
""" + SIG_NIKAIDO,
    attachments=[{"kind": "docx", "name": "事故報告書_厚木DC_20251112.docx",
                  "title": "事故報告書",
                  "paragraphs": ["事故報告書", "日の出産業株式会社 厚木物流センター",
                                 "1. 事故の概要",
                                 "2025年11月12日10時40分頃、B棟通路No.7においてリーチフォークリフトが後退した際、"
                                 "ピッキング作業中の作業員の左足に接触した。",
                                 "2. 被災者", "3. 再発防止策",
                                 "後退時のブザー音量を上げ、通路の歩行者専用帯を色分けする。"],
                  "tables": [[["項目", "内容"],
                              ["氏名", "雨宮 蒼"],
                              ["生年月日", "昭和63年2月14日（37歳）"],
                              ["所属", "厚木物流センター 出荷課（パート）"],
                              ["傷病名", "左足関節外果骨折"],
                              ["医療機関", "本厚木整形外科クリニック"],
                              ["治療見込み", "ギプス固定4週、リハビリ含め全治約6週間・休業見込み"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Reason 3: a named worker's diagnosis and treatment in an accident report sent to an external insurer.",
)

# 031 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-031",
    charset="iso-2022-jp",
    sender=ME_SHOJI,
    to=["宇佐美 様 <usami.k@kawasaki-denki.co.jp>"],
    subject="11月末 在庫報告（預り品）",
    body="""川崎電機株式会社 資材部
宇佐美様

お世話になっております。厚木物流センターの東海林です。
11月末時点の預り品在庫を送付します。
御社システムの取込形式に合わせてxls形式にしております。

FN-450は12/5に追加入荷予定（600台）です。
""" + SIG_SHOJI,
    attachments=[{"kind": "xls", "name": "zaiko_202511.xls",
                  "sheets": {"在庫": [["品番", "品名", "ロット", "ロケーション", "在庫数", "単位"],
                                    ["FN-450", "業務用扇風機 45cm", "L2509-11", "A-03-02", 312, "台"],
                                    ["FN-450", "業務用扇風機 45cm", "L2510-04", "A-03-03", 96, "台"],
                                    ["FN-300S", "卓上扇風機 30cm", "L2508-27", "A-05-01", 1480, "台"],
                                    ["HT-1200", "セラミックヒーター", "L2510-19", "B-01-04", 2210, "台"],
                                    ["PT-220", "交換用ファンガード", "L2507-02", "C-12-08", 5400, "個"]],
                             "入出庫": [["日付", "品番", "入庫", "出庫"],
                                     ["11/04", "HT-1200", 1200, 0], ["11/11", "HT-1200", 0, 640],
                                     ["11/18", "FN-300S", 0, 220], ["11/25", "HT-1200", 0, 310]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Inventory report (legacy XLS) to a customer: product codes, lots, locations.",
)

# 032 ---------------------------------------------------------------------------------------
_r = _rng(32)
_q32 = []
for _i in range(9):
    _z, _a = _addr(_r)
    _q32.append(f"{_name(_r)}\t{_z}\t{_a}\t{_mobile(_r)}\t{_r.choice(['1箱', '2箱'])}")
_add(
    id="butsuryukanri-032",
    charset="cp932",
    sender=ME_MOMOSE,
    to=["錦印刷 営業部 島袋様 <shimabukuro@nishiki-insatsu.co.jp>"],
    subject="RE: 株主優待カタログ 発送先の件",
    body="""島袋様

お世話になっております。日の出産業の百瀬です。
9件、明日12/4の発送で承知いたしました。
梱包は1件ずつ封筒に入れてお預かりし、宅配便で発送いたします。
発送後に送り状番号を一覧でお送りしますね。

百瀬

-----Original Message-----
From: 島袋 真理 <shimabukuro@nishiki-insatsu.co.jp>
Sent: Wednesday, December 3, 2025 11:05 AM
To: 百瀬 ゆかり <momose.yukari@hinode-sangyo.co.jp>
Subject: 株主優待カタログ 発送先の件

日の出産業 百瀬様

お世話になっております。錦印刷の島袋です。
お客様（発注元）から追加の発送先9件をいただきましたのでお送りします。

氏名\t郵便番号\t住所\t電話\t数量
""" + "\n".join(_q32) + """

お手数ですがよろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="The nine recipients appear only under the quoted Original Message from the recipient herself; new text has none.",
)

# 033 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-033",
    charset="utf-8",
    sender=ME_IGARASHI,
    to=["三上 様 <mikami@kitaguni-food.co.jp>"],
    subject="12月 店舗納品スケジュール（確定版）",
    body="""三上様

お世話になっております。五十嵐です。
12月の店舗納品スケジュールの確定版をお送りします。
前回版から、町田店・海老名店の納品時間を変更しています。

よろしくお願いいたします。
""" + SIG_IGARASHI,
    attachments=[{"kind": "xlsx", "name": "店舗納品スケジュール_202512.xlsx",
                  "sheets": {"12月": [["2025年12月 店舗納品スケジュール（確定）"], [],
                                     ["店舗", "曜日", "納品時間", "便", "車格"],
                                     ["たまプラーザ店", "月水金", "6:00", "A便", "2t"],
                                     ["新百合ヶ丘店", "月水金", "6:30", "A便", "2t"],
                                     ["町田店", "火木土", "7:30", "B便", "4t"],
                                     ["海老名店", "火木土", "8:00", "B便", "4t"],
                                     ["本厚木店", "毎日", "6:00", "C便", "2t"]]}}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Reason 5: kitaguni-food.co.jp drops the 's' of the partner kitaguni-foods.co.jp.",
)

# 034 ---------------------------------------------------------------------------------------
_mn = my_number(SEED + 2)
_add(
    id="butsuryukanri-034",
    charset="iso-2022-jp",
    sender=ME_MOMOSE,
    to=["経理部 源泉担当 <gensen@hinode-sangyo.co.jp>"],
    subject="業務委託ドライバー 個人番号の提供（新規契約分）",
    body=f"""経理部 源泉担当 御中

物流管理部の百瀬です。
12月から業務委託契約を結んだ軽貨物ドライバーの方の個人番号を、
本人の同意書とともに受領しましたので連絡します。

　氏名　　　：糸川 義男
　生年月日　：Ｓ４９．７．２１
　住所　　　：東京都町田市原町田4-18-3 メゾン原町田105
　個人番号　：{_mn}

本人確認書類（運転免許証の写し）と同意書の原本は、
社内便で本日お送りしました。受領後、こちらの控えは廃棄します。
""" + SIG_MOMOSE,
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="Internal only: a contractor's My Number handed to the company's own payroll/tax desk.",
)

# 035 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-035",
    charset="utf-8",
    sender=ME_TSURUMAKI,
    to=["宇佐美 様 <usami.k@kawasaki-denki.co.jp>"],
    subject="FW: 【運行情報】東名高速 通行止めに伴う遅延について",
    body="""宇佐美様

お世話になっております。日の出産業の弦巻です。
本日納品予定分について、委託先の青葉運輸様から遅延の連絡がありましたので、
元のメールを添付にて転送いたします。
到着は17時前後の見込みです。資材受入のご担当の方にお伝えいただけますと幸いです。

ご迷惑をおかけし申し訳ございません。
""" + SIG_TSURUMAKI,
    attachments=[{"kind": "eml", "name": "運行情報_東名通行止め.eml",
                  "message": {
                      "charset": "iso-2022-jp",
                      "sender": "青葉運輸 運行管理 <unkou@aoba-unyu.co.jp>",
                      "to": ["弦巻 大地 <tsurumaki.daichi@hinode-sangyo.co.jp>"],
                      "subject": "【運行情報】東名高速 通行止めに伴う遅延について",
                      "body": """日の出産業株式会社 輸送課 弦巻様

いつもお世話になっております。青葉運輸 運行管理です。
本日早朝の事故により、東名高速 大井松田IC〜御殿場IC間が通行止めとなっております。
このため、下記の便に遅延が見込まれます。

　便名：厚木→川崎電機様 川崎工場（SHP-2411-0402）
　当初着：14:00　→　見込み：17:00前後

状況が変わり次第、改めてご連絡いたします。
青葉運輸株式会社 運行管理課
"""}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Forward (as attached mail) of a carrier's delay notice to a customer: shipment number and times only.",
)

# 036 ---------------------------------------------------------------------------------------
_r = _rng(36)
_tr36 = []
for _i in range(7):
    _z, _a = _addr(_r)
    _tr36.append(f"<tr><td>RT-{2511200 + _i * 7}</td><td>{_name(_r)}</td><td>〒{_z}<br>{_a}</td>"
                 f"<td>{_mobile(_r)}</td><td>{_r.choice(['11/27 午前', '11/27 午後', '11/28 午前'])}</td>"
                 f"<td>{_r.choice(['初期不良', 'サイズ違い', 'イメージ違い'])}</td></tr>")
_add(
    id="butsuryukanri-036",
    charset="utf-8",
    sender=ME_KITO,
    to=["吉武 様 <yoshitake.n@aoba-unyu.co.jp>"],
    subject="返品回収のお願い（7件）",
    html="""<html><body>
<p>吉武様</p>
<p>お世話になっております。日の出産業の鬼頭です。<br>
川崎電機様の通販サイト経由の返品回収をお願いいたします（7件）。<br>
回収後は厚木DC 第5バース（返品受付）へお持ち込みください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>返品No.</th><th>お客様名</th><th>回収先住所</th><th>電話</th><th>回収希望</th><th>返品理由</th></tr>
""" + "\n".join(_tr36) + """
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 物流管理部 配車課<br>鬼頭 健太<br>TEL 044-211-5584</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Reason 1: HTML table of seven private customers (name, address, phone) for return pick-ups, to an external carrier.",
)

# 037 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-037",
    charset="utf-8",
    sender=ME_KITO,
    to=["相馬さん <soma.cargo.works@gmail.com>"],
    subject="明日（12/9）のスポット便　ルートのご連絡",
    body="""相馬さん

お疲れさまです。日の出産業の鬼頭です。
明日のスポット便、下記ルートでお願いします。

07:30　厚木物流センター 第2バース 積込（カゴ台車 6本）
09:00　① 錦印刷株式会社 本社工場　横浜市都筑区池辺町4512（荷受：正面左の搬入口）
10:30　② さくらホテル横浜 通用口　横浜市西区みなとみらい3-7-1（B2搬入口、事前連絡不要）
12:30　③ 川崎電機株式会社 川崎工場　資材受入（守衛所で入構受付）

③は入構時に運転免許証の提示が必要です。
何かあれば私の携帯（080-3391-2207）までお願いします。

鬼頭
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="Route for a freelance driver on Gmail: three business delivery points; one free-mail recipient.",
)

# 038 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-038",
    charset="cp932",
    sender=ME_SHOJI,
    to=["丸千梱包 現場責任者 野々村様 <nonomura@maruchi-konpo.co.jp>"],
    subject="セット組み作業の手順書（改訂版）",
    body="""丸千梱包株式会社
野々村様

お世話になっております。東海林です。
来週から始まる北国フーズ様 冬ギフトのセット組み作業の手順書（改訂版）をお送りします。
変更点は、検品時の賞味期限確認と、緩衝材の入れ方（第4項）です。

作業者の皆さまへの周知をお願いいたします。
""" + SIG_SHOJI,
    attachments=[{"kind": "docx", "name": "作業手順書_冬ギフトセット組み_v2.docx",
                  "title": "作業手順書",
                  "page_footer": "日の出産業株式会社 厚木物流センター　改訂2",
                  "paragraphs": ["冬ギフト セット組み作業手順書（改訂2）",
                                 "1. 資材の準備：化粧箱、仕切り、緩衝材、熨斗を作業台ごとに揃える。",
                                 "2. 検品：ハンディで品番をスキャンし、賞味期限が2026年3月以降であることを確認する。",
                                 "3. 箱詰め：仕切りに沿って重い商品を下段に入れる。",
                                 "4. 緩衝材：瓶の周囲に必ず一周巻き、上面にシートを1枚入れる。",
                                 "5. 封緘：OPPテープを十字に貼り、出荷ラベルを右上に貼る。"],
                  "tables": [[["セット品番", "内容", "1時間あたり目標"],
                              ["KF-W25A", "ハム3種", "60セット"],
                              ["KF-W25B", "ハム2種＋ジャム2本", "45セット"]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Work procedure (DOCX) to a packing contractor; no personal data.",
)

# 039 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-039",
    charset="iso-2022-jp",
    sender=ME_IGARASHI,
    to=["ツバサシステム 桑原様 <kuwabara@tsubasa-system.jp>"],
    subject="厚木DC レイアウト変更案（WMSロケーション設計用）",
    body="""桑原様

お世話になっております。五十嵐です。
WMSのロケーションマスタ設計に使っていただくため、厚木DCのレイアウト変更案を
お送りします。社内の検討資料をそのまま添付しておりますのでご了承ください。

よろしくお願いいたします。
""" + SIG_IGARASHI,
    attachments=[{"kind": "pptx", "name": "厚木DC_レイアウト変更案_v3.pptx",
                  "title": "厚木DC レイアウト変更案",
                  "page_footer": "社外秘 / Confidential - 日の出産業株式会社",
                  "slides": [["厚木DC レイアウト変更案 v3", "物流管理部 物流企画課", "2025年11月"],
                             ["変更の狙い", "冷蔵エリアを1.4倍に拡張", "出荷バースを2本追加", "通路幅を3.2mに統一"],
                             ["投資額", "ラック入替 3,800万円", "冷蔵設備 6,200万円", "2026年度上期に実施"],
                             ["ロケーション体系", "エリア-列-段-間口（例：A-03-02-1）"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Reason 6: every slide carries a '社外秘 / Confidential' footer, and the deck goes to an external vendor.",
)

# 040 ---------------------------------------------------------------------------------------
_rows40 = [["店舗コード", "店舗名", "出荷日", "ケース数", "送り状番号"]]
_r = _rng(40)
for _d in ["11/03", "11/10", "11/17", "11/24"]:
    for _s, _nm in [("S012", "たまプラーザ店"), ("S015", "新百合ヶ丘店"), ("S021", "町田店"),
                    ("S024", "海老名店"), ("S030", "本厚木店")]:
        _rows40.append([_s, _nm, _d, _r.randint(40, 160), f"4471-22{_r.randint(10, 99)}-{_r.randint(1000, 9999)}"])
_add(
    id="butsuryukanri-040",
    charset="utf-8",
    sender=ME_MOMOSE,
    to=["北国フーズ 物流部 三上様 <mikami@kitaguni-foods.co.jp>"],
    subject="11月 店舗別出荷実績（CSV）",
    body="""三上様

お世話になっております。百瀬です。
11月の店舗別出荷実績をCSVでお送りします。ファイルが複数ありますのでZIPにまとめました
（パスワードはかけておりません）。

・shukka_202511.csv　　店舗別・週別のケース数と送り状番号
・summary_202511.csv　 月間集計

ご確認ください。
""" + SIG_MOMOSE,
    attachments=[{"kind": "zip", "name": "shukka_jisseki_202511.zip",
                  "files": [{"kind": "csv", "name": "shukka_202511.csv", "encoding": "utf-8", "rows": _rows40},
                            {"kind": "csv", "name": "summary_202511.csv", "encoding": "cp932",
                             "rows": [["区分", "ケース数", "前月比"], ["常温", 1842, "104%"],
                                      ["冷蔵", 611, "98%"], ["合計", 2453, "102%"]]}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Plain ZIP of CSVs: per-store shipment figures and tracking numbers; no people.",
)

# 041 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-041",
    charset="cp932",
    sender=ME_KITO,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="チャーター便（家具配送・設置付）3件のご依頼",
    body="""青葉運輸株式会社 配車センター 御中

お世話になっております。日の出産業 配車課の鬼頭です。
川崎電機様の大型商品（業務用冷蔵ショーケース）の個人宅向け設置付き配送を
3件お願いいたします。2名体制でお願いします。

【1】11/29（土）午前
　　漆原 功 様　〒213-0001 神奈川県川崎市高津区溝口2-9-16
　　TEL 044-811-3927　※搬入経路：玄関幅82cm、階段なし
【2】11/29（土）午後
　　小鳥遊 照子 様　〒222-0011 神奈川県横浜市港北区菊名6-3-21 グランメゾン菊名301
　　TEL 090-2274-6153　※エレベーターあり（内寸要確認）
【3】11/30（日）午前
　　能登 浩 様　〒254-0034 神奈川県平塚市宝町1-27-4
　　TEL 0463-21-8804　※旧品の引取りあり

商品は厚木DCで11/28（金）15時以降に積込可能です。
よろしくお願いいたします。
""" + SIG_KITO,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Three customers' delivery records to the partner carrier: under five people, may warn.",
)

# 042 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-042",
    charset="utf-8",
    sender=ME_TESHIGAWARA,
    to=["ミライスタッフ 厚木営業所 野間様 <noma@mirai-staff.co.jp>"],
    subject="派遣スタッフの在留期間更新の確認について",
    body="""株式会社ミライスタッフ 厚木営業所
野間様

いつもお世話になっております。日の出産業 厚木物流センターの勅使河原です。

御社から派遣いただいている下記スタッフの在留カードの有効期限が近づいているため、
更新手続きの状況をご確認いただけますでしょうか。
こちらで控えている情報は以下のとおりです。

　氏名　　　　：NGUYEN VAN KHOA（グエン・ヴァン・コア）
　生年月日　　：1998年5月3日
　国籍・地域　：ベトナム
　在留資格　　：特定技能1号
　在留カード番号：UH48213576EK
　在留期間満了日：2026年1月15日

更新後のカードの写しを頂戴できましたら、こちらの控えを差し替えます。
よろしくお願いいたします。
""" + SIG_TESHIGAWARA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="Reason 2: a temp worker's residence card number (with birth date) sent to the staffing agency.",
)

# 043 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-043",
    charset="iso-2022-jp",
    sender=ME_TSURUMAKI,
    to=["関東マテハン協会 事務局 <jimukyoku@kanto-matehan.or.jp>"],
    subject="2026年 展示会出展に伴う搬入出スケジュールの確認",
    body="""一般社団法人 関東マテハン協会
事務局 ご担当者様

お世話になっております。日の出産業 輸送課の弦巻です。
2026年上期に弊社が出展予定の展示会について、搬入出の予定を整理しました。
協会様の共同搬入便の対象になるものがあればご教示ください。

展示会名　　　　　　　　　　会場　　　　　　　　　搬入日　　搬出日　　小間数
--------------------------------------------------------------------------------
国際物流総合展2026　　　　　東京ビッグサイト東7　　2/24　　　2/27　　　4
関東マテハンフェア　　　　　パシフィコ横浜Ａ　　　3/10　　　3/12　　　2
スマートロジEXPO春　　　　　幕張メッセ5　　　　　4/14　　　4/17　　　2
食品物流ソリューション展　　インテックス大阪3　　5/19　　　5/22　　　1

機材はいずれも厚木DCから2tロング車で搬入予定です。
よろしくお願いいたします。
""" + SIG_TSURUMAKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="A list of trade shows, venues and dates to an association: events, not people.",
)

# 044 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-044",
    charset="utf-8",
    sender=ME_IGARASHI,
    to=["さくらホテル横浜 宴会営業課 白石様 <shiraishi@sakura-hotel.jp>"],
    subject="1/23 取引先懇親会　資材の事前搬入について",
    body="""さくらホテル横浜
宴会営業課　白石様

いつもお世話になっております。日の出産業の五十嵐です。
1月23日（金）の取引先懇親会につき、会場装飾と配布資料の事前搬入のご相談です。

　搬入予定：1月22日（木）15:00〜16:00
　荷物　　：段ボール12箱、パネルスタンド4台（台車1台で搬入）
　搬入者　：弊社配車課の鬼頭（自社便・2tトラック）

B2の搬入口を利用させていただく想定ですが、当日の駐車位置をご指示いただけますでしょうか。
また、配布資料は会場のクロークでお預かりいただけますと助かります。

何卒よろしくお願いいたします。
""" + SIG_IGARASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="Delivery arrangement with a partner hotel; only a colleague's name without further data.",
)

# 045 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-045",
    charset="cp932",
    sender=ME_MOMOSE,
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書送付】2025年12月分 運賃（パスワード付PDF）",
    body="""北国フーズ株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 物流管理部の百瀬です。
2025年12月分の運賃の請求書をお送りいたします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_MOMOSE,
    attachments=[{"kind": "pdf", "name": "請求書_HN-INV-2512-0219.pdf", "password": "kf2512",
                  "title": "請求書",
                  "lines": ["請　求　書", "北国フーズ株式会社 御中", "請求番号 HN-INV-2512-0219",
                            "ご請求金額 5,118,420円（税込）"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Reason 7: the attached invoice PDF is password-protected and cannot be inspected.",
)

# 046 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-046",
    charset="iso-2022-jp",
    sender=ME_TESHIGAWARA,
    to=["丸千梱包 野々村様 <nonomura@maruchi-konpo.co.jp>"],
    subject="センター内の感染症対策についてのお願い",
    body="""丸千梱包株式会社
野々村様

いつもお世話になっております。厚木物流センターの勅使河原です。

厚木市内でインフルエンザの患者数が注意報レベルを超えたとの発表がありました。
冬ギフトの繁忙期を控えておりますので、センター内で作業される皆さまに
下記のご協力をお願いいたします。

　・作業中のマスク着用（休憩室での会話時も含む）
　・入館時の検温と手指消毒
　・発熱やせきなど体調のすぐれない方は無理に出勤させないこと

人員が不足する場合は早めにご相談ください。シフトを調整いたします。
""" + SIG_TESHIGAWARA,
    expect="pass",
    entities=[],
    detectors=[],
    note="A disease named in passing in a general hygiene notice; no identifiable person.",
)

# 047 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-047",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Olivia Tran <olivia.tran@pacbridge-freight.com>"],
    subject="On-site contacts for the devanning at Atsugi (ETA 12/11)",
    body="""Hi Olivia,

For the inbound containers arriving at our Atsugi DC on December 11, please share
the contacts below with your trucker so they can call directly on the day:

  - Miho Shoji (warehouse supervisor)   mobile +81-80-4417-2093
  - Ryosuke Niwa (forklift lead)        mobile +81-90-6652-1840

The gate opens at 8:00. Devanning slots are 9:00 (TCNU 418273-6) and
13:00 (MSKU 905512-3).

Thanks,
Sho
""" + SIG_KIRA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Two staff members' names and mobiles for a delivery day, to a partner: under five people, may warn.",
)

# 048 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-048",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Olivia Tran <olivia.tran@pacbridge-freight.com>",
        "Daniel Okafor <d.okafor@lumenhome.com>"],
    cc=["港南通関 輸出課 <export@konan-tsukan.co.jp>"],
    subject="Shipping schedule update - PO 77-4410 (Lumen Home Goods)",
    body="""Dear all,

Please find the updated schedule for PO 77-4410 below.

  Cargo ready at Atsugi DC : Nov 28
  Export customs (Konan)   : Dec 1-2
  Vessel                   : ONE MAJESTY 072E, ETD Yokohama Dec 6
  ETA Long Beach           : Dec 19
  Delivery to Lumen DC     : Dec 23 (tentative)

Konan-san, the invoice and packing list were sent to you by separate mail this morning.
Daniel, please let us know if the delivery date before Christmas works on your side.
""" + SIG_KIRA + DISCLAIMER_EN,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Reason 4: forwarder, consignee and customs broker — three external organisations visible in To/Cc.",
)

# 049 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-049",
    charset="cp932",
    sender=ME_SHOJI,
    to=["ミナト倉庫 業務課 新城様 <arashiro@minato-soko.jp>"],
    subject="自動倉庫ご見学の参加者について（12/10）",
    body="""新城様

お世話になっております。日の出産業の東海林です。
12/10（水）の自動倉庫のご見学、参加者が決まりましたのでお知らせします。
入館証の発行にお使いください。

　1. 大河内 正樹（物流管理部 部長）　　携帯 090-1128-3746
　2. 五十嵐 千尋（物流企画課 主任）　　携帯 080-6613-2085
　3. 東海林 美穂（倉庫管理課）　　　　 携帯 080-4417-2093
　4. 仁科 悠斗（倉庫管理課）　　　　　 携帯 070-5520-8194

当日は社用車1台（相模 300 す 18-40）で伺います。
到着が遅れる場合は東海林の携帯にご連絡ください。
""" + SIG_SHOJI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four visitors' names and mobiles for a site visit: a short attendee list under five people, may warn.",
)

# 050 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-050",
    charset="utf-8",
    sender=ME_MAEDA,
    to=["川崎電機 総務部 施設課 <shisetsu@kawasaki-denki.co.jp>"],
    subject="2026年度 入構許可車両の更新申請",
    body="""川崎電機株式会社 総務部 施設課 御中

お世話になっております。日の出産業 配車課の真栄田です。
2026年度の入構許可車両（年間パス）の更新申請をお送りします。
車両はいずれも弊社所有の自社便車両です。

車両番号　　　　　　　車種　　　　　　　　最大積載量
------------------------------------------------------
相模 100 か 47-21　　 10tウイング　　　　　9,600kg
相模 100 か 52-66　　 4tウイング　　　　　 3,450kg
相模 130 あ 22-09　　 4t平ボディ　　　　　 3,700kg
相模 400 に 11-38　　 2tロング　　　　　　 2,000kg
相模 400 に 11-39　　 2tロング　　　　　　 2,000kg
相模 480 ふ 90-02　　 2t冷蔵（ゲート付）　 1,850kg

車検証の写しは別途郵送いたします。
""" + SIG_MAEDA,
    expect="pass",
    entities=[],
    detectors=[],
    note="Company-owned truck registration numbers for a site pass: numbers that are not personal data.",
)

# 051 ---------------------------------------------------------------------------------------
_r = _rng(51)
_blocks = []
for _i in range(5):
    _z, _a = _addr(_r)
    _blocks.append(f"""【お届け先{_i + 1}】
お名前：{_name(_r)} 様
ご住所：〒{_z} {_a}
お電話：{_mobile(_r)}
品物　：{_r.choice(['扇風機 FN-300S 1台', 'セラミックヒーター HT-1200 1台', 'ファンガード PT-220 2個'])}""")
_add(
    id="butsuryukanri-051",
    charset="iso-2022-jp",
    sender=ME_SHOJI,
    to=["ミナト倉庫 業務課 新城様 <arashiro@minato-soko.jp>"],
    subject="FW: 【至急】社員向け特販 配送先のご連絡",
    body="""新城様

お世話になっております。東海林です。
川崎電機様から下記の依頼がありました。在庫が御社倉庫側にある品番ですので、
御社から直接出荷をお願いできますでしょうか。お手数をおかけします。

---------- Forwarded message ----------
From: 宇佐美 <usami.k@kawasaki-denki.co.jp>
Date: 2025年12月1日(月) 10:14
Subject: 【至急】社員向け特販 配送先のご連絡
To: 東海林 美穂 <shoji.miho@hinode-sangyo.co.jp>

日の出産業 東海林様

お世話になっております。川崎電機の宇佐美です。
社員向け特別販売の配送先をお送りします。今週中の出荷でお願いします。

""" + "\n\n".join(_blocks) + """

以上5件です。よろしくお願いいたします。
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Reason 1: a forward carries five people's home delivery records to another external company, for whom it is new text.",
)

# 052 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-052",
    charset="cp932",
    sender=ME_SHOJI,
    to=["北国フーズ 品質保証部 <qa@kitaguni-foods.co.jp>"],
    subject="Re: 賞味期限の近い在庫の確認",
    body="""北国フーズ株式会社 品質保証部 御中

お世話になっております。厚木物流センターの東海林です。
ご依頼の、賞味期限が2026年3月末までの在庫を抽出しました。

JANコード　　　　品名　　　　　　　　　　ロット　　　　賞味期限　　　在庫(cs)
-------------------------------------------------------------------------------------
4901234567894　　北国ロースハム 400g　　 H250918　　 2026/01/17　　 84
4901234567900　　北国ボンレスハム 500g　 H250922　　 2026/01/21　　 37
4901234568105　　いちごジュレ 6個入　　　J250830　　 2026/02/28　　 126
4901234568112　　ブルーベリージャム　　　J250701　　 2026/03/01　　 58
4901234568129　　りんごバター 220g　　　 B250612　　 2026/03/15　　 19

1月中に期限を迎える2品は、出荷を優先（先入れ先出し）に切り替えています。
""" + SIG_SHOJI + """
> 賞味期限が来年3月末までの在庫をJAN・ロット別に教えてください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="JAN codes, lot numbers and best-before dates: numbers and dates that are not personal data.",
)

# 053 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-053",
    charset="utf-8",
    sender=ME_MOMOSE,
    to=["人事部 二宮 <ninomiya.k@hinode-sangyo.co.jp>"],
    subject="派遣スタッフ勤怠データ（11月）",
    body="""二宮さん

お疲れさまです。物流管理部の百瀬です。
11月の派遣スタッフ勤怠集計（派遣元別）をパスワード付きZIPでお送りします。
パスワードはTeamsでお送りしました。

よろしくお願いします。
""" + SIG_MOMOSE,
    attachments=[{"kind": "zip", "name": "kintai_haken_202511.zip", "password": "Hinode#1125",
                  "files": [{"kind": "xlsx", "name": "kintai_haken_202511.xlsx",
                             "sheets": {"11月": [["派遣元", "人数", "延べ出勤日数", "残業時間計"],
                                                ["ミライスタッフ", 14, 281, 96.5],
                                                ["湘南ワークス", 6, 117, 22.0]]}}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Password ZIP sent only to an internal colleague: all recipients internal, so it goes.",
)

# 054 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-054",
    charset="iso-2022-jp",
    sender=ME_TSURUMAKI,
    to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
    subject="青葉運輸様 担当ドライバーの件（ご報告）",
    body="""北国フーズ株式会社 物流部
三上様

お世話になっております。日の出産業の弦巻です。
取り急ぎご報告です。

御社の冷蔵便を担当していた青葉運輸様のドライバー、鷲尾 隆之さんが、
週末に私用車での酒気帯び運転で警察に検挙されたと、青葉運輸様から連絡がありました。
業務中ではなく、御社の荷物への影響はございません。

青葉運輸様では同氏を乗務から外しており、来週からは別のドライバーが担当します。
点呼時のアルコールチェックの記録も改めて確認させていただきます。

詳細が分かりましたら、改めてご説明に伺います。
""" + SIG_TSURUMAKI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Reason 3: a named driver's arrest for drink-driving (criminal record / arrest) told to a customer.",
)

# 055 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-055",
    charset="utf-8",
    sender=ME_KITO,
    to=["宇佐美 様 <usami.k@kawasaki-denki.co.jp>"],
    cc=["吉武 様 <yoshitake.n@aoba-unyu.co.jp>"],
    subject="12/5 チャーター便　当日の連絡先",
    body="""川崎電機株式会社 資材部 宇佐美様
（cc：青葉運輸株式会社 吉武様）

お世話になっております。日の出産業の鬼頭です。
12/5（金）の川崎工場向けチャーター便につき、当日の運行は青葉運輸様の
下記ドライバーが担当いたします。荷受け時の連絡にお使いください。

　ドライバー：瀬戸口 拓海 さん
　携帯　　　：080-5163-7728
　車両　　　：相模 100 か 60-17（10tウイング）
　到着予定　：10:30

よろしくお願いいたします。
""" + SIG_KITO,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="Customer and carrier (two organisations) in To/Cc with one driver's mobile: normal three-way mail, one person's record.",
)

# 056 ---------------------------------------------------------------------------------------
_r = _rng(56)
_q56 = []
for _i in range(6):
    _q56.append(f"> {_i + 1}) {_r.choice(['Mr.', 'Ms.'])} {_r.choice(['James Howard', 'Aiko Brennan', 'Carlos Mendes', 'Priya Natarajan', 'Tom Whitfield', 'Grace Lin', 'Peter Novak'])}"
                f" / {_r.choice(['Torrance', 'Carson', 'Irvine', 'Ontario'])}, CA / +1-310-{_r.randint(200, 899)}-{_r.randint(1000, 9999)}")
_add(
    id="butsuryukanri-056",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Daniel Okafor <d.okafor@lumenhome.com>"],
    subject="Re: Final-mile delivery contacts for PO 77-4410",
    body="""Hi Daniel,

Thanks, noted. We will pass the delivery windows to the trucker through Pacific Bridge
and will not share the list beyond that. The pallets are labelled by store, so
split delivery should be straightforward.

Best,
Sho

On Tue, Nov 25, 2025 at 7:42 AM Daniel Okafor <d.okafor@lumenhome.com> wrote:
> Sho,
>
> Here are the customers who ordered the pre-assembled units for white-glove delivery:
>
""" + "\n".join(_q56) + """
>
> Please make sure the trucker calls them a day ahead.
> Daniel
""" + SIG_KIRA,
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply: the six customer contacts appear only in the quoted 'On … wrote:' text from the recipient.",
)

# 057 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-057",
    charset="cp932",
    sender=ME_KITO,
    to=["宇佐美 様 <usami.k@kawasakl-denki.co.jp>"],
    subject="Re: 社員様宅への直送の件",
    body="""宇佐美様

お世話になっております。鬼頭です。
ご依頼の社員様宅への直送、下記の内容で手配いたしました。

　お届け先：都築 朋美 様
　住所　　：〒176-0012 東京都練馬区豊玉北3-8-15
　電話　　：03-3993-4781
　品物　　：セラミックヒーター HT-1200 ×1
　お届け日：12/6（土）午前

発送後に送り状番号をお知らせします。
""" + SIG_KITO,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="Reason 5: kawasakl-denki.co.jp uses 'l' for 'i' — a homoglyph of the partner's domain; carries one person's address.",
)

# 058 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-058",
    charset="iso-2022-jp",
    sender=ME_SHOJI,
    to=["錦印刷 生産管理部 <seisan@nishiki-insatsu.co.jp>"],
    subject="FW: 【周知】仙台DC 2月の棚卸に伴う入出荷停止",
    body="""錦印刷株式会社 生産管理部 御中

お世話になっております。日の出産業の東海林です。
社内向けに周知された案内ですが、御社の印刷物の入荷にも関係しますので転送いたします。
2/6〜2/7は仙台DCへの納品ができませんのでご注意ください。

-------- 転送メッセージ --------
差出人: 物流管理部 倉庫管理課 <soko-kanri@hinode-sangyo.co.jp>
件名: 【周知】仙台DC 2月の棚卸に伴う入出荷停止
宛先: 物流管理部 全員

各位

仙台DCでは、下記のとおり年度末棚卸を実施します。
期間中は入荷・出荷とも停止しますので、取引先への案内をお願いします。

　棚卸日：2026年2月6日（金）〜2月7日（土）
　停止　：2/6 12:00 〜 2/7 終日
　再開　：2/9（月）8:00

倉庫管理課
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="Forward of an internal notice to a partner; only dates and a depot, no personal data or marking.",
)

# 059 ---------------------------------------------------------------------------------------
_cn = card_number(SEED + 4)
_add(
    id="butsuryukanri-059",
    charset="cp932",
    sender=ME_NIKAIDO,
    to=["経理部 売掛担当 <urikake@hinode-sangyo.co.jp>"],
    subject="配送事故に伴う返金処理のお願い（カード決済分）",
    body=f"""経理部 売掛担当 御中

物流管理部の二階堂です。
配送中の破損事故により、お客様へ商品代金を返金することになりました。
決済代行会社の管理画面で該当取引が見つからないため、カード番号で照会をお願いします。

　お客様　：外岡 香織 様
　注文番号：KD-EC-2511-08841
　決済日　：2025/11/14
　カード　：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}（お客様から電話で伺ったもの）
　返金額　：19,800円

照会後はこのメールを削除していただけますと幸いです。
""" + SIG_NIKAIDO,
    expect="pass",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=[],
    note="Internal only: a customer's card number passed to the company's own accounts desk for a refund.",
)

# 060 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-060",
    charset="utf-8",
    sender=ME_TSURUMAKI,
    to=["河野 様 <kono.h@aoba-unyu.co.jp>"],
    subject="2026年度 運賃協議の資料",
    body="""河野様

お世話になっております。弦巻です。
来週の運賃協議に向けて、弊社側の資料をお送りします。
ご確認のうえ、当日ご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_TSURUMAKI,
    attachments=[{"kind": "xlsx", "name": "運賃原価分析_2026.xlsx",
                  "page_header": "部外秘",
                  "sheets": {
                      "原価": [["【部外秘】2026年度 輸送原価分析（物流管理部 輸送課）"], [],
                             ["路線", "委託先", "現行運賃", "自社原価試算", "差額", "備考"],
                             ["厚木→仙台", "青葉運輸", 163000, 141500, 21500, "値下げ交渉余地あり"],
                             ["厚木→川崎", "青葉運輸", 41200, 38900, 2300, ""],
                             ["厚木→岩槻", "東雲ロジ", 51900, 44800, 7100, "他社見積 46,000"],
                             ["厚木→名古屋", "はやて急便", 98000, 90200, 7800, ""]],
                      "交渉方針": [["項目", "方針"], ["仙台便", "▲8%を目標、最低▲5%"],
                               ["川崎便", "据え置き"], ["岩槻便", "他社見積を提示し▲10%"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Reason 6: the spreadsheet is stamped 部外秘 (page header and title row) and goes to the carrier being negotiated with.",
)

# 061 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-061",
    charset="iso-2022-jp",
    sender=ME_OKOCHI,
    to=["物流管理部 課長会 <butsuryu-kachokai@hinode-sangyo.co.jp>"],
    subject="【社外秘】協力会社再編案（課長会資料）",
    body="""課長各位

大河内です。来週の課長会で議論する協力会社再編案を添付します。
まだ先方には一切伝えていない内容ですので、取扱いに注意してください。

不明点は個別に聞いてください。
""" + SIG_OKOCHI,
    attachments=[{"kind": "docx", "name": "協力会社再編案_課長会.docx",
                  "page_header": "社外秘",
                  "title": "協力会社再編案",
                  "paragraphs": ["【社外秘】協力会社再編案（2026年度）",
                                 "1. 方針：委託先を5社から3社に集約し、幹線は青葉運輸に一本化する。",
                                 "2. 東雲ロジスティクスは宅配・再配達のみ継続。",
                                 "3. はやて急便との中部路線契約は2026年9月末で終了する。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Internal only: a 社外秘 document sent to an internal list; the marking matters only when it leaves.",
)

# 062 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-062",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Olivia Tran <olivia.tran@pacbridge-freight.com>"],
    subject="Re: Draft B/L - HSO-25-1142",
    body="""Hi Olivia,

The draft B/L looks fine. One correction: the notify party should read
"Lumen Home Goods Inc., Attn: Import Dept." instead of the individual's name.
Otherwise please go ahead and issue.

Thank you for your support as always.

Sho Kira
Hinode Sangyo Co., Ltd.

---
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
or privileged information. If you are not the intended recipient, please notify the
sender immediately and delete this e-mail. Hinode Sangyo Co., Ltd. accepts no
liability for any damage caused by this e-mail.

> Dear Sho, please find the draft B/L attached for your review.
> Regards, Olivia
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="Short English reply whose only 'confidential' is the standard disclaimer at the end.",
)

# 063 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-063",
    charset="cp932",
    sender=ME_SHOJI,
    to=["ミナト倉庫 業務課 新城様 <arashiro@minato-soko.jp>"],
    subject="12月 入庫予定表の送付",
    body="""新城様

お世話になっております。東海林です。
12月の入庫予定表をお送りします。
前回分から、12/15と12/22の入庫数量を修正しています。

よろしくお願いいたします。
""" + SIG_SHOJI,
    attachments=[{"kind": "corrupt", "name": "入庫予定表_202512.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Reason 7: the attached workbook is corrupt and cannot be read or checked.",
)

# 064 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-064",
    charset="utf-8",
    sender=ME_NIKAIDO,
    to=["鬼頭 健太 <kito.kenta@hinode-sangyo.co.jp>", "真栄田 隆 <maeda.takashi@hinode-sangyo.co.jp>"],
    subject="FW: 配達員の対応について（お客様からのご意見）",
    body="""鬼頭さん、真栄田さん

お客様相談窓口経由で届いたご意見を添付で転送します。
自社便の12/2午後の町田方面の便だと思われます。担当者に確認のうえ、
経緯を木曜までに共有してください。お客様には私から連絡します。

二階堂
""",
    attachments=[{"kind": "eml", "name": "お客様のご意見_20251203.eml",
                  "message": {
                      "charset": "utf-8",
                      "sender": "お客様相談窓口 <soudan@hinode-sangyo.co.jp>",
                      "to": ["二階堂 剛 <nikaido.tsuyoshi@hinode-sangyo.co.jp>"],
                      "subject": "配達員の対応について（お客様からのご意見）",
                      "body": """二階堂様

お客様相談窓口です。下記のご意見をいただきました。ご対応をお願いします。

受付日時：2025/12/3 9:45（電話）
お客様　：宍戸 芳江 様
ご住所　：東京都町田市金森東2-14-6
電話　　：042-795-2281
内容　　：12/2の午後に荷物が届いた際、インターホンを一度鳴らしただけで
　　　　　不在票を入れられた。在宅していたのに再配達になり困った。
　　　　　今後このようなことがないようにしてほしい。
"""}}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="Internal only: a customer complaint with her contact details forwarded between colleagues.",
)

# 065 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-065",
    charset="iso-2022-jp",
    sender=ME_TSURUMAKI,
    to=["矢萩 様 <yahagi_k1962@yahoo.co.jp>"],
    subject="オフィス家具の移設お見積りの送付",
    body="""矢萩様

お世話になっております。日の出産業 輸送課の弦巻でございます。
先日はお電話にてお問い合わせいただき、ありがとうございました。

ご自宅兼事務所から倉庫への家具・書庫の移設につき、お見積書をお送りいたします。
日程は1月10日（土）を仮押さえしております。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_TSURUMAKI,
    attachments=[{"kind": "pdf", "name": "お見積書_QT-2512-031.pdf", "title": "御見積書",
                  "lines": ["御見積書", "矢萩 様", "見積番号 QT-2512-031　有効期限 2026年1月31日",
                            "件名：家具・書庫の移設（2tトラック1台・作業員3名）", ""],
                  "table": [["項目", "数量", "金額"], ["車両費（2t）", "1台", "38,000"],
                            ["作業員", "3名", "54,000"], ["梱包資材", "一式", "8,500"],
                            ["合計（税込）", "", "110,550"]]}],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="A quotation to one private customer on Yahoo mail; only the recipient's own name.",
)

# 066 ---------------------------------------------------------------------------------------
_r = _rng(66)
_members = [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス"]]
_kana = ["ササキ", "ミヤウチ", "クリバヤシ", "クボタ", "イノマタ", "ツゲ", "ハスミ", "ババ", "アメミヤ", "ミタライ"]
for _i in range(40):
    _z, _a = _addr(_r)
    _members.append([f"KM{_r.randint(100000, 999999)}", _name(_r), _r.choice(_kana) + " " + _r.choice(["ヨウコ", "ケンイチ", "ミサキ", "マコト", "カオリ"]),
                     _z, _a, _mobile(_r), f"{_r.choice(['hana', 'taro', 'momo', 'kaz', 'yu'])}{_r.randint(10, 99)}{_r.choice(['.k', '_s', ''])}@{_r.choice(_FREEMAIL)}"])
_add(
    id="butsuryukanri-066",
    charset="utf-8",
    sender=ME_MOMOSE,
    to=["錦印刷 島袋様 <shimabukuro@nishiki-insatsu.co.jp>"],
    subject="春カタログ DM発送リスト（第1弾）",
    body="""島袋様

お世話になっております。百瀬です。
川崎電機様の春カタログのDM発送リスト（第1弾）をZIPでお送りします。
宛名印字と封入・発送をお願いいたします。

　・件数：40件（会員向け先行分）
　・発送日：2月3日（火）
　・第2弾（約1,200件）は1月末にお送りします

ご確認よろしくお願いいたします。
""" + SIG_MOMOSE,
    attachments=[{"kind": "zip", "name": "DM_list_spring_01.zip",
                  "files": [{"kind": "xlsx", "name": "DM発送リスト_第1弾.xlsx",
                             "sheets": {"発送リスト": [["川崎電機 春カタログ DM発送リスト（第1弾）"], []] + _members,
                                        "集計": [["都道府県", "件数"], ["神奈川県", 18], ["東京都", 12], ["その他", 10]]}}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Reason 1: a ZIP holding a workbook of 40 members' names, addresses, phones and e-mails, to an external printer.",
)

# 067 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-067",
    charset="cp932",
    sender=ME_SHOJI,
    to=["宇佐美 様 <usami.k@kawasaki-denki.co.jp>"],
    subject="1月からの保管ロケーション割当について",
    body="""宇佐美様

お世話になっております。東海林です。
1月からの保管スペース拡張に伴い、御社品の保管ロケーションを下記のとおり割り当てました。
ハンディの表示も1/5から切り替わります。

ロケーション　　　区分　　　　 品番　　　　 最大PL　 備考
------------------------------------------------------------------
A-03-01〜A-03-06　 重量ラック　 FN-450　　　 24　　　 既存
A-05-01〜A-05-04　 中量ラック　 FN-300S　　　16　　　 既存
B-01-01〜B-01-08　 重量ラック　 HT-1200　　　32　　　 12月に拡張
B-02-01〜B-02-02　 平置き　　　 返品・保留　  8　　　 新設
C-12-01〜C-12-10　 軽量棚　　　 PT-220ほか　 ―　　　 部品

保管坪数は合計 186坪 → 214坪 となります。
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="Warehouse slot allocation table to a customer: locations and product codes only.",
)

# 068 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-068",
    charset="utf-8",
    sender=ME_KITO,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="12/10(水) 配車表",
    body="""青葉運輸 配車センター 御中

お世話になっております。鬼頭です。
明日12/10（水）の配車表です。御社のご担当ドライバーは前日にいただいた予定どおりで
組んでいます。

便　　 出発　 車格　　　 ドライバー（御社）　 行先
--------------------------------------------------------------------------
AY-1　 05:30　10tウイング　吉川さん　　　　　　 仙台DC
AY-2　 06:00　4tウイング　 大野さん　　　　　　 北国フーズ 相模原センター
AY-3　 07:30　4t冷蔵　　　 長谷部さん　　　　　 北国フーズ 店舗（町田・海老名）
AY-4　 13:00　10tウイング　西田さん　　　　　　 川崎電機 川崎工場
AY-5　 14:30　2tロング　　 大野さん（2回転目）　 さくらホテル横浜

AY-3は保冷シートをご用意ください。
""" + SIG_KITO,
    expect="pass",
    entities=[],
    detectors=[],
    note="Dispatch table to the carrier naming its own drivers by surname only, with routes: no personal data beyond names.",
)

# 069 ---------------------------------------------------------------------------------------
_cn = card_number(SEED + 3)
_add(
    id="butsuryukanri-069",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Pacific Bridge Billing <billing@pacbridge-freight.com>"],
    cc=["Olivia Tran <olivia.tran@pacbridge-freight.com>"],
    subject="Payment of courier charges - Invoice PBF-INV-88213",
    body=f"""Dear Billing Team,

Regarding your invoice PBF-INV-88213 (air courier for samples, USD 486.20), our
accounts team has asked us to settle it by corporate card this time.

  Card number : {_cn[:4]} {_cn[4:8]} {_cn[8:12]} {_cn[12:]}
  Expiry      : 09/28
  Card holder : SHO KIRA

Please send the receipt to this address once charged.
""" + SIG_KIRA,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="Reason 2: a full credit card number with holder and expiry written into an English mail to a forwarder.",
)

# 070 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-070",
    charset="iso-2022-jp",
    sender=ME_MAEDA,
    to=["北国フーズ 相模原センター 入荷受付 <nyuka-sagamihara@kitaguni-foods.co.jp>"],
    subject="年末増便に伴う自社便ドライバーのご連絡",
    body="""北国フーズ株式会社 相模原センター
入荷受付ご担当者様

いつもお世話になっております。日の出産業 配車課の真栄田です。
12/22〜12/30の年末増便期間、自社便は下記3名が交代で伺います。
入荷の順番待ちや荷受け時間の変更の際は、直接ご連絡いただいて構いません。

　・丹羽 亮介　　０８０－２６１４－７７０３
　・仁科 悠斗　　０７０－５５２０－８１９４
　・米倉 功　　　０９０－９４０７－３３１６

よろしくお願いいたします。
""" + SIG_MAEDA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Three drivers' names and mobiles (full-width) to a customer's receiving desk: under five people, may warn.",
)

# 071 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-071",
    charset="cp932",
    sender=ME_IGARASHI,
    to=["丸栄百貨店 法人外商部 ギフトデスク <gift-desk@maruei-dept.co.jp>"],
    subject="お歳暮の個別配送のお願い（1件）",
    body="""丸栄百貨店 法人外商部
ギフトデスク ご担当者様

いつもお世話になっております。日の出産業の五十嵐です。
先日ご注文したお歳暮のうち、1件だけご自宅への直送をお願いしたく、
お届け先をお知らせいたします。

　お届け先：青葉運輸株式会社 相談役　河野 勝 様（ご自宅）
　ご住所　：〒150-0012 東京都渋谷区広尾4-7-19
　お電話　：03-3446-5217
　商品　　：ギフトNo.2214（和牛すき焼きセット）
　のし　　：御歳暮／日の出産業株式会社

お届けは12/15以降でお願いいたします。
""" + SIG_IGARASHI,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One person's home address and phone for a gift delivery: a single record, may warn.",
)

# 072 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-072",
    charset="utf-8",
    sender=ME_IGARASHI,
    to=["宇佐美 様 <usami.k@kawasaki-denki.co.jp>"],
    cc=["三上 様 <mikami@kitaguni-foods.co.jp>", "島袋 様 <shimabukuro@nishiki-insatsu.co.jp>"],
    subject="【ご案内】厚木物流センター 新冷蔵棟 見学会（2/18）",
    body="""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 物流管理部の五十嵐です。

このたび厚木物流センターの新冷蔵棟が竣工いたしました。
日頃お世話になっているお取引先の皆さまに、ぜひご覧いただきたく
見学会を下記のとおり開催いたします。

　日時：2026年2月18日（水）14:00〜16:00
　場所：厚木物流センター（神奈川県厚木市酒井3140-2）
　内容：新冷蔵棟・自動倉庫のご見学、意見交換会

ご出欠を2月6日（金）までにご返信いただけますと幸いです。
""" + SIG_IGARASHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Reason 4: an invitation to three customer organisations in To/Cc who can see each other; should have been Bcc.",
)

# 073 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-073",
    charset="iso-2022-jp",
    sender=ME_TSURUMAKI,
    to=["はやて急便 法人営業 早川様 <hayakawa@hayate-kyubin.co.jp>"],
    subject="幹線輸送お見積りの結果について",
    body="""株式会社はやて急便
法人営業部　早川様

いつもお世話になっております。日の出産業の弦巻です。
先日は関東→東北の幹線輸送のお見積りをご提出いただき、ありがとうございました。

社内で慎重に検討いたしました結果、誠に恐縮ながら、今回は他社様に
お願いすることとなりました。ご提案いただいた中継輸送のスキームは大変参考になり、
来期の中部路線の検討の際にはぜひ改めてご相談させてください。

取り急ぎ、結果のご報告とお礼まで。
""" + SIG_TSURUMAKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="Tender result to a single carrier; no personal data.",
)

# 074 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-074",
    charset="utf-8",
    sender=ME_SHOJI,
    to=["青葉商会 資材課 戸塚様 <totsuka@aoba-shokai.co.jp>"],
    subject="ストレッチフィルム・PPバンドのご注文",
    body="""株式会社青葉商会
資材課　戸塚様

お世話になっております。日の出産業 厚木物流センターの東海林です。
梱包資材を下記のとおり注文いたします。

　品名　　　　　　　　　　　　規格　　　　　　数量
　ストレッチフィルム　　　　　500mm×300m　　 48巻
　PPバンド（白）　　　　　　 15mm×2500m　　 20巻
　パレットコーナー　　　　　　50×50×800　　 200本

納品先：厚木物流センター 資材庫（1階 東側）
納期　：12/12（金）まで

よろしくお願いいたします。
""" + SIG_SHOJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="Order to a packaging supplier whose domain (aoba-shokai.co.jp) is a different company, not a look-alike of aoba-unyu.co.jp.",
)

# 075 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-075",
    charset="cp932",
    sender=ME_KITO,
    to=["青葉運輸 仙台営業所 <sendai@tohoku.aoba-unyu.co.jp>"],
    subject="仙台DC着 便の荷降ろし時間変更",
    body="""青葉運輸株式会社 仙台営業所 御中

お世話になっております。日の出産業 配車課の鬼頭です。
仙台DCの受付体制変更に伴い、12/15以降の荷降ろし開始時間を
7:00から8:00に変更させていただきます。

早着の場合は、DC隣接の待機場（大型5台分）をご利用ください。
ご不便をおかけしますが、よろしくお願いいたします。
""" + SIG_KITO,
    expect="pass",
    entities=[],
    detectors=[],
    note="Recipient is a subdomain of the partner aoba-unyu.co.jp, not a look-alike; routine notice.",
)

# 076 ---------------------------------------------------------------------------------------
_r = _rng(76)
_crew = [["年末応援便 乗務員名簿（日の出産業 自社便）"],
         ["氏名", "生年月日", "携帯電話", "緊急連絡先（続柄）", "免許種別", "免許有効期限"]]
for _i in range(9):
    _era = _r.choice(["昭和", "平成"])
    _yy = _r.randint(40, 63) if _era == "昭和" else _r.randint(2, 12)
    _crew.append([_name(_r), f"{_era}{_yy}年{_r.randint(1, 12)}月{_r.randint(1, 28)}日",
                  _mobile(_r), f"{_mobile(_r)}（{_r.choice(['妻', '夫', '母', '父'])}）",
                  _r.choice(["大型", "中型", "準中型"]), f"20{_r.randint(26, 29)}/{_r.randint(1, 12):02d}/{_r.randint(1, 28):02d}"])
_add(
    id="butsuryukanri-076",
    charset="iso-2022-jp",
    sender=ME_MAEDA,
    to=["さがみ軽運送 運行管理 村越様 <murakoshi@sagami-keiunso.co.jp>"],
    subject="年末応援便 乗務員名簿の送付",
    body="""株式会社さがみ軽運送
運行管理　村越様

いつもお世話になっております。日の出産業 配車課の真栄田です。
12/20からの年末応援便で御社の海老名営業所をお借りする件、
弊社から応援に出る乗務員の名簿を添付します（9名）。
御社の構内保険の登録と入構証の発行にお使いください。

よろしくお願いいたします。
""" + SIG_MAEDA,
    attachments=[{"kind": "xls", "name": "応援乗務員名簿.xls", "sheets": {"名簿": _crew}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Reason 1: legacy XLS of nine drivers with birth dates, mobiles and family emergency numbers, sent to another company.",
)

# 077 ---------------------------------------------------------------------------------------
_r = _rng(77)
_b2b = [["納品先コード", "納品先名", "郵便番号", "住所", "電話（代表）", "受付時間"]]
_shops = ["ホームセンターかがや", "家電のミツボシ", "オフィスサプライ大和", "ヤマブキ電器", "ライフモール",
          "スーパーマルカ", "ニコニコ家電", "北斗ホームセンター", "ドラッグはなみずき", "カネキ商店"]
for _i in range(30):
    _z, _a = _addr(_r)
    _b2b.append([f"D{3000 + _i * 3}", f"{_r.choice(_shops)} {_a[3:6]}店", _z, _a,
                 f"0{_r.randint(3, 4)}{_r.randint(5, 9)}-{_r.randint(200, 899)}-{_r.randint(1000, 9999)}",
                 _r.choice(["9:00-17:00", "8:30-16:00", "10:00-15:00"])])
_add(
    id="butsuryukanri-077",
    charset="utf-8",
    sender=ME_TSURUMAKI,
    to=["東雲ロジスティクス 営業部 <eigyo@shinonome-logi.co.jp>"],
    subject="路線便 納品先マスタ（川崎電機様 取扱店）",
    body="""東雲ロジスティクス株式会社 営業部 御中

お世話になっております。弦巻です。
1月から路線便をお願いする川崎電機様の取扱店（納品先）マスタをお送りします。
送り状システムへの登録をお願いいたします。全30件、すべて法人（店舗）です。
""" + SIG_TSURUMAKI,
    attachments=[{"kind": "csv", "name": "nouhinsaki_master.csv", "encoding": "utf-8", "rows": _b2b}],
    expect="pass",
    entities=[],
    detectors=[],
    note="A CSV of 30 retail stores with their addresses and switchboards: a list of businesses, not people.",
)

# 078 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-078",
    charset="utf-8",
    sender=ME_IGARASHI,
    to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
    subject="11月度 物流KPIレポート",
    body="""三上様

お世話になっております。五十嵐です。
11月度の物流KPIレポートをお送りします。

・誤出荷率　0.0041%（目標 0.005%以下）
・納品遅延　2件（いずれも東名通行止めによるもの）
・温度逸脱　0件

詳細は添付のPDFをご覧ください。
""" + SIG_IGARASHI,
    html="""<html><body>
<p>三上様</p>
<p>お世話になっております。五十嵐です。<br>11月度の物流KPIレポートをお送りします。</p>
<ul><li>誤出荷率　<b>0.0041%</b>（目標 0.005%以下）</li>
<li>納品遅延　2件（いずれも東名通行止めによるもの）</li>
<li>温度逸脱　0件</li></ul>
<p>詳細は添付のPDFをご覧ください。</p>
<p>--<br>日の出産業株式会社 物流管理部 物流企画課 五十嵐 千尋<br>TEL: 044-211-5580</p>
</body></html>""",
    attachments=[{"kind": "pdf", "name": "KPIレポート_202511.pdf", "title": "物流KPIレポート 2025年11月",
                  "page_footer": "日の出産業株式会社 物流管理部",
                  "lines": ["物流KPIレポート（北国フーズ様）2025年11月度", ""],
                  "table": [["指標", "9月", "10月", "11月", "目標"],
                            ["出荷ケース数", "9,412", "9,880", "10,236", "-"],
                            ["誤出荷率", "0.0062%", "0.0048%", "0.0041%", "0.005%以下"],
                            ["納品遅延件数", "1", "0", "2", "0"],
                            ["温度逸脱件数", "0", "1", "0", "0"],
                            ["在庫精度", "99.97%", "99.98%", "99.98%", "99.95%以上"]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="Text + HTML mail with a KPI report PDF to a customer; aggregate figures only.",
)

# 079 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-079",
    charset="iso-2022-jp",
    sender=ME_MAEDA,
    to=["鬼頭 健太 <kito.kenta@hinode-sangyo.com>"],
    subject="明日の配車会議メモ",
    body="""鬼頭さん

明日の配車会議で話したいことを先に送っておきます。

1. 年末増便：青葉運輸さんに10t×2台の追加を打診済み、回答待ち
2. 仙台便：荷降ろし時間の変更を先方に連絡（済）
3. 自社便：2tロング1台が12/18から車検で不在、代車の手配
4. 点呼：アルコールチェッカーの校正期限が1月、更新の見積を取る

資料は共有フォルダの「配車会議」に置いてあります。
""" + SIG_MAEDA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="Reason 5: meant for a colleague, but addressed to hinode-sangyo.com — the organisation's own domain with another TLD.",
)

# 080 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-080",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Wei Chen <wei.chen@harborline-mfg.com>"],
    subject="Inbound plan for Q1 2026 - please keep between us",
    body="""Dear Mr. Chen,

Thank you for the meeting last week. As discussed, here is our inbound plan for the
first quarter. Please keep the volumes to yourself for now, as our customer has not yet
announced the new model.

  Jan: 3 x 40'HC  (ETA Yokohama Jan 20)
  Feb: 4 x 40'HC  (ETA Yokohama Feb 17)
  Mar: 6 x 40'HC  (ETA Yokohama Mar 10 / Mar 24)

We would appreciate it if the packing could be changed to 1.1 x 1.1 m pallets from
the February shipment, to match the racks at our Atsugi DC.
""" + SIG_KIRA,
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail asking the supplier to keep volumes private: a plain request, not a confidentiality marking.",
)

# 081 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-081",
    charset="cp932",
    sender=ME_IGARASHI,
    to=["ツバサシステム 導入支援 <support-dounyu@tsubasa-system.jp>"],
    subject="WMS検証環境 ユーザーID発行のお願い（3名）",
    body="""株式会社ツバサシステム
導入支援ご担当者様

お世話になっております。日の出産業の五十嵐です。
WMS検証環境のユーザーIDを、下記3名分発行いただけますでしょうか。

氏名　　　　　所属　　　　　　　　メールアドレス　　　　　　　　　　　　権限
--------------------------------------------------------------------------------------
東海林 美穂　 倉庫管理課　　　　　shoji.miho@hinode-sangyo.co.jp　　　　管理者
仁科 悠斗　　 倉庫管理課　　　　　nishina.yuto@hinode-sangyo.co.jp　　　一般
百瀬 ゆかり　 業務課　　　　　　　momose.yukari@hinode-sangyo.co.jp　　 一般（照会のみ）

初期パスワードは各人宛に直接お送りいただけますと幸いです。
""" + SIG_IGARASHI,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Three staff members' names and work e-mails for system accounts at a vendor: under five people, may warn.",
)

# 082 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-082",
    charset="utf-8",
    sender=ME_TESHIGAWARA,
    to=["ミライスタッフ 厚木営業所 野間様 <noma@mirai-staff.co.jp>"],
    subject="派遣スタッフの作業配置について（健康状態申告の確認結果）",
    body="""野間様

いつもお世話になっております。厚木物流センターの勅使河原です。
12月から着任いただく派遣スタッフの皆さまの健康状態申告書を確認しました。
フォークリフト・高所作業への配置に配慮が必要な方について、確認結果をPDFでお送りします。
ご本人への伝え方について、御社からご説明いただけますでしょうか。
""" + SIG_TESHIGAWARA,
    attachments=[{"kind": "pdf", "name": "健康状態申告_確認結果_12月着任.pdf",
                  "title": "健康状態申告 確認結果",
                  "lines": ["健康状態申告 確認結果（12月着任 派遣スタッフ）", "日の出産業株式会社 厚木物流センター", ""],
                  "table": [["氏名", "生年月日", "申告内容", "配置上の配慮"],
                            ["生田目 修", "1979/06/30", "てんかん（服薬中・発作なし2年）", "フォークリフト運転不可、ピッキングに配置"],
                            ["江頭 さくら", "1991/11/02", "1型糖尿病（インスリン使用）", "休憩時間の補食可、冷凍庫内作業は短時間"],
                            ["百目鬼 浩", "1968/03/17", "狭心症の既往（ペースメーカー）", "高所作業・重量物取扱いを避ける"],
                            ["阿久津 蒼", "2000/08/09", "特記事項なし", "制限なし"]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Reason 3: named workers' medical conditions (epilepsy, diabetes, heart disease) in a PDF table sent to the staffing agency.",
)

# 083 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-083",
    charset="iso-2022-jp",
    sender=ME_TSURUMAKI,
    to=["さくらホテル横浜 フロント 手荷物担当 <front-baggage@sakura-hotel.jp>"],
    subject="ご宿泊のお客様宛 お荷物の配送について",
    body="""さくらホテル横浜
フロント 手荷物ご担当者様

お世話になっております。日の出産業 輸送課の弦巻です。
ご宿泊予定のお客様宛に、展示会用のサンプル品をお届けしたく、
事前にお預かりをお願いできますでしょうか。

　ご宿泊者：Mr. Wei Chen（Harborline Manufacturing）
　チェックイン：2026年2月23日（月）
　連絡先：+86-138-2174-5530
　お荷物：段ボール2箱（計18kg）、2/22（日）午前着で手配

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_TSURUMAKI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One hotel guest's name, stay date and phone for parcel hold at a partner hotel: a single record, may warn.",
)

# 084 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-084",
    charset="utf-8",
    sender=ME_OKOCHI,
    to=["南川市 危機管理課 防災係 <bousai@city.minamikawa.lg.jp>"],
    subject="災害時の物資輸送に関する協定　輸送先一覧の確認",
    body="""南川市 危機管理課 防災係 御中

いつもお世話になっております。日の出産業 物流管理部の大河内でございます。
災害時における物資輸送の協定につき、弊社で把握している輸送先（指定避難所・物資集積拠点）の
一覧をお送りしますので、変更がないかご確認いただけますでしょうか。

　・南川市総合体育館（物資集積拠点）　南川市中央2-1-1　TEL 0465-72-1100
　・南川市立第一小学校　　　　　　　 南川市栄町4-8　　TEL 0465-72-3301
　・南川市立東中学校　　　　　　　　 南川市東原1-15　 TEL 0465-72-3412
　・南川市民センター　　　　　　　　 南川市本町3-2-5　TEL 0465-72-2020
　・県立南川高等学校　　　　　　　　 南川市丘の上6-1　TEL 0465-73-0981

発災時は厚木物流センターから4t車2台を優先配車いたします。
""" + SIG_OKOCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="A list of public facilities (shelters) with their switchboards to a city office: facilities, not people.",
)

# 085 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-085",
    charset="cp932",
    sender=ME_MAEDA,
    to=["湘南海洋大学 流通システム研究室 <logi-lab@shonan-kaiyo.ac.jp>"],
    subject="Re: トラックドライバーの労働時間に関するアンケートご協力の件",
    body="""湘南海洋大学 流通システム研究室
ご担当者様

お世話になっております。日の出産業 配車課の真栄田です。
ご依頼のアンケートについて、自社便ドライバー22名分の集計値をお送りします。
個人が特定される情報は含めておりません。

　・平均拘束時間（1日）　　　　11.2時間
　・平均運転時間（1日）　　　　7.4時間
　・月平均時間外労働　　　　　 61時間
　・荷待ち時間（1運行平均）　　48分
　・年齢構成　20代 2名／30代 5名／40代 8名／50代以上 7名

集計方法についてご質問があればお知らせください。
""" + SIG_MAEDA,
    expect="pass",
    entities=[],
    detectors=[],
    note="Aggregated survey figures to a university; no individual records; '個人' used in passing.",
)

# 086 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-086",
    charset="utf-8",
    sender=ME_KITO,
    to=["三上 様 <mikami@kitaguni-foods.co.jp>"],
    subject="今週の相模原センター便について",
    body="""三上様

お世話になっております。鬼頭です。
今週の相模原センター向け定期便ですが、担当の丹羽がぎっくり腰で整形外科に通院しており、
今週いっぱいは荷役のある乗務を控えさせています。
代わりに米倉が伺いますので、受付の方にお伝えいただけますと助かります。
来週からは丹羽が復帰する予定です。

よろしくお願いいたします。
""" + SIG_KITO,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named driver's minor back injury and clinic visits told to a customer: arguably health information, arguably trivial.",
)

# 087 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-087",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Olivia Tran <olivia.tran@pacbridge-freight.com>"],
    subject="Ocean freight tender 2026 - our volume forecast",
    body="""Classification: CONFIDENTIAL
Hinode Sangyo Co., Ltd. - Logistics Management Dept.

Dear Olivia,

Ahead of the 2026 ocean freight tender, please find our volume forecast below.
We are sharing the same figures with two other forwarders.

  Lane                     2025 actual   2026 forecast
  Yokohama - Long Beach    142 FEU       175 FEU
  Yokohama - Rotterdam      38 FEU        52 FEU
  Kobe - Laem Chabang       61 TEU        90 TEU

Target rates are in the attached RFQ sheet we sent last week. Please return your
offer by January 16.
""" + SIG_KIRA,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="Reason 6: the mail is classified 'CONFIDENTIAL' in its header line and goes to an external forwarder.",
)

# 088 ---------------------------------------------------------------------------------------
_r = _rng(88)
_addr88 = [["受注番号", "お届け先氏名", "郵便番号", "住所", "電話", "配達希望"]]
for _i in range(50):
    _z, _a = _addr(_r)
    _addr88.append([f"KD-EC-2512-{_r.randint(10000, 99999)}", _name(_r), _z, _a, _mobile(_r),
                    _r.choice(["指定なし", "午前", "14-16", "18-20"])])
_add(
    id="butsuryukanri-088",
    charset="iso-2022-jp",
    sender=ME_MOMOSE,
    to=["厚木DC 出荷課 <shukka@atsugi.hinode-sangyo.co.jp>"],
    subject="Re: 川崎電機様EC 12/8出荷分 お届け先データ",
    body="""出荷課 各位

業務課の百瀬です。
お待たせしました。12/8出荷分（50件）のお届け先データを添付します。
送り状発行機に取り込んでください。

前回、郵便番号の先頭0が落ちていたので、今回は文字列で出力しています。

> 百瀬さん
> 12/8分のデータがまだ届いていません。午前中にもらえますか。
> 出荷課 仁科
""" + SIG_MOMOSE,
    attachments=[{"kind": "csv", "name": "otodoke_20251208.csv", "encoding": "cp932", "rows": _addr88}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="Internal only: 50 consignees' addresses sent to the company's own shipping section (internal subdomain).",
)

# 089 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-089",
    charset="cp932",
    sender=ME_MAEDA,
    to=["厚木DC 運行管理 <unkou@atsugi.hinode-sangyo.co.jp>"],
    subject="免許証の定期確認（12月）",
    body="""運行管理 各位

真栄田です。12月の運転免許証の定期確認の結果です。
有効期限が半年以内の者がいますので、本人に更新予定を確認してください。

乗務員　　　 免許証番号　　　　 種別　 有効期限
------------------------------------------------------
穂積 修　　　 4507 1295 3381　　大型　 2026/02/11　※要確認
丹羽 亮介　　 4512 0087 6624　　中型　 2028/07/30
仁科 悠斗　　 4519 3360 2417　　準中型 2027/11/02
米倉 功　　　 4503 8812 0059　　大型　 2026/05/19　※要確認
巽 大輔　　　 4501 2378 6940　　中型　 2028/09/14

確認済みの記録は点呼記録簿に綴じておきます。
""" + SIG_MAEDA,
    expect="pass",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=[],
    note="Internal only: drivers' licence numbers checked by the company's own operations desk.",
)

# 090 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-090",
    charset="iso-2022-jp",
    sender=ME_NIKAIDO,
    to=["東洋サーベイ 横浜事務所 <yokohama@toyo-survey.co.jp>"],
    subject="鑑定依頼：輸入貨物の濡損について（資料送付）",
    body="""株式会社東洋サーベイ
横浜事務所 ご担当者様

お世話になっております。日の出産業の二階堂です。
先日お電話でご相談した輸入貨物（コンテナ TCNU 418273-6）の濡損について、
社内でまとめた状況報告書を添付します。
開梱時の状況と、被害品の数量を記載しています。

鑑定日程のご調整をお願いいたします。
""" + SIG_NIKAIDO,
    attachments=[{"kind": "corrupt", "name": "濡損状況報告書_TCNU4182736.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="Reason 7: the DOCX report is corrupt and cannot be inspected before it leaves.",
)

# 091 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-091",
    charset="utf-8",
    sender=ME_NIKAIDO,
    to=["大樹損害保険 損害サービス課 北条様 <hojo.r@taiju-sonpo.co.jp>"],
    subject="貨物事故（個人宅配送分）の保険金請求について",
    body="""北条様

お世話になっております。二階堂です。
個人宅への設置配送の際に発生した事故について、保険金請求の書類を準備しています。
荷受人様の情報は下記のとおりです。

　荷受人　：小鳥遊 照子 様
　住所　　：神奈川県横浜市港北区菊名6-3-21 グランメゾン菊名301
　電話　　：090-2274-6153
　事故内容：搬入時に冷蔵ショーケースの側面を玄関ドア枠に接触させ、商品とドア枠を破損
　損害額　：商品 286,000円、ドア枠修理見積 64,900円

ドア枠の修理については賠償責任保険での対応となるかご確認ください。
""" + SIG_NIKAIDO,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One consignee's name, address and phone for a damage claim to the insurer: a single record, may warn.",
)

# 092 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-092",
    charset="iso-2022-jp",
    sender=ME_TSURUMAKI,
    to=["東雲ロジスティクス 営業部 杉浦様 <sugiura@shinonome-logi.co.jp>"],
    subject="個人情報の取扱いに関する覚書の締結について",
    body="""東雲ロジスティクス株式会社
営業部　杉浦様

お世話になっております。日の出産業の弦巻です。
1月から個人宅向けの配送をお願いするにあたり、運送基本契約とは別に
「個人情報の取扱いに関する覚書」を締結させていただきたく存じます。

主な内容は次のとおりです。
　・お届け先情報は配送目的以外に利用しないこと
　・再委託する場合は事前に書面で承諾を得ること
　・配送完了後90日でデータを消去すること
　・漏えい等の事故があった場合は直ちに報告すること

覚書の案は来週郵送いたします。ご確認のほどよろしくお願いいたします。
""" + SIG_TSURUMAKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="Mail about a personal-data handling agreement; '個人情報' is only the topic.",
)

# 093 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-093",
    charset="cp932",
    sender=ME_MOMOSE,
    to=["みどり銀行 川崎支店 法人営業課 <kawasaki-hojin@midori-ginko.co.jp>"],
    subject="外国送金（運賃支払）の手続きについて",
    body="""みどり銀行 川崎支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 物流管理部の百瀬です。
海上運賃の支払いのため、下記の外国送金を予定しております。

　送金額　　：USD 18,460.00
　受取人　　：Pacific Bridge Freight Inc.（米国）
　送金日　　：12月19日
　引落口座　：川崎支店 普通 1184073（日の出産業株式会社）

法人インターネットバンキングから申請する予定ですが、
送金目的の欄に記載すべき内容をご教示いただけますでしょうか。
""" + SIG_MOMOSE,
    expect="pass",
    entities=[],
    detectors=[],
    note="Company bank account and a remittance to a company, to the partner bank: business data only.",
)

# 094 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-094",
    charset="utf-8",
    sender=ME_NIKAIDO,
    to=["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["大河内 正樹 <okochi.masaki@hinode-sangyo.co.jp>"],
    subject="貨物滅失事故の損害賠償請求について（ご相談）",
    body="""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の二階堂です。
先日ご相談した貨物滅失事故につき、経緯を整理しましたのでお送りします。

1. 2025年10月8日、委託先運送会社（株式会社ハヤブサ路線）の中継拠点で、
   当社預り品（業務用扇風機 FN-450 120台）が所在不明となった。
2. 同社は約款上の責任限度額（1kgあたり…）を主張し、支払額を約38万円と提示。
3. 当社の損害は仕入価格ベースで約2,160,000円、顧客への遅延損害金を含め約250万円。

同社の重過失が認められれば責任限度額の適用を争えるか、ご見解を伺えますでしょうか。
同社との運送契約書と約款は、次回の打合せでお持ちします。
""" + SIG_NIKAIDO,
    expect="pass",
    entities=[],
    detectors=[],
    note="Legal consultation with the partner law firm about a claim against a company; no personal data.",
)

# 095 ---------------------------------------------------------------------------------------
_r = _rng(95)
_recall = ["氏名\t電話番号\t住所\t購入日\t製造番号"]
for _i in range(12):
    _z, _a = _addr(_r)
    _recall.append(f"{_name(_r)}\t{_mobile(_r)}\t〒{_z} {_a}\t2025/{_r.randint(6, 9)}/{_r.randint(1, 28)}\tHT12-{_r.randint(250000, 259999)}")
_add(
    id="butsuryukanri-095",
    charset="cp932",
    sender=ME_NIKAIDO,
    to=["コールネクスト 受託運営部 堀田様 <hotta@callnext-support.co.jp>"],
    subject="HT-1200 自主回収　お客様への架電リスト（第1回）",
    body="""株式会社コールネクスト
受託運営部　堀田様

お世話になっております。日の出産業 物流管理部の二階堂です。
川崎電機様のセラミックヒーター HT-1200 の自主回収につき、
弊社の出荷記録から特定できた購入者様のリスト（第1回分）をお送りします。
回収日程のご案内の架電をお願いいたします。

""" + "\n".join(_recall) + """

回収品の引取りは青葉運輸様が担当します。日程が確定したお客様から順に
ご連絡いただけますと幸いです。
""" + SIG_NIKAIDO,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Reason 1: a tab-separated list of twelve purchasers (name, phone, address, purchase date) to an outside call centre.",
)

# 096 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-096",
    charset="iso-2022-jp",
    sender=ME_KITO,
    to=["吉武 様 <yoshitake.n@aoba-unyu.co.jp>", "河野 様 <kono.h@aoba-unyu.co.jp>",
        "青葉運輸 運行管理 <unkou@aoba-unyu.co.jp>"],
    subject="年末年始の集荷停止期間について",
    body="""青葉運輸株式会社
吉武様、河野様、運行管理ご担当者様

お世話になっております。日の出産業の鬼頭です。
年末年始の集荷停止期間が確定しましたのでご連絡します。

　最終集荷：12月28日（日）午前便まで
　停止期間：12月28日（日）午後 〜 1月4日（日）
　初荷　　：1月5日（月）13:00〜

年末の増便（10t×2台）は、12/22〜12/27でお願いいたします。
""" + SIG_KITO,
    expect="pass",
    entities=[],
    detectors=[],
    note="Three addresses in To but all at one partner organisation: not three external parties.",
)

# 097 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-097",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Wei Chen <wei.chen@harborline-mfg.com>"],
    subject="Packing instructions for February shipment",
    body="""Dear Mr. Chen,

Thank you for agreeing to the pallet change. The packing instructions for the
February shipment are attached as a text file so that your warehouse team can
print them easily.

Please note that our receiving dock at Atsugi closes at 16:00 JST.
""" + SIG_KIRA + DISCLAIMER_EN,
    attachments=[{"kind": "txt", "name": "packing_instructions_feb2026.txt",
                  "text": """PACKING INSTRUCTIONS - Hinode Sangyo Atsugi DC
1. Pallet size: 1100 x 1100 mm, 4-way entry, heat-treated (ISPM 15).
2. Max height incl. pallet: 1,500 mm. Max gross weight: 900 kg.
3. Cartons: product code and lot number on two adjacent sides.
4. Stretch wrap: minimum 3 turns at top, 2 at bottom; corner boards on all 4 edges.
5. Pallet label: PO number, pallet no. (n of N), gross weight.
"""}],
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail with a plain-text packing instruction file and the standard disclaimer.",
)

# 098 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-098",
    charset="cp932",
    sender=ME_MOMOSE,
    to=["ヤマブキ電器 管理部 <kanri@yamabuki-denki.co.jp>"],
    subject="取引先登録票のご提出",
    body="""株式会社ヤマブキ電器
管理部 ご担当者様

お世話になっております。日の出産業 物流管理部の百瀬です。
1月から保管・配送業務をお受けするにあたり、ご依頼の取引先登録票を記入のうえお送りします。
ご不明な点がございましたらご連絡ください。
""" + SIG_MOMOSE,
    attachments=[{"kind": "docx", "name": "取引先登録票_日の出産業.docx",
                  "title": "取引先登録票",
                  "paragraphs": ["取引先登録票", "株式会社ヤマブキ電器 御中"],
                  "tables": [[["項目", "内容"],
                              ["商号", "日の出産業株式会社"],
                              ["法人番号", "5020011048732"],
                              ["適格請求書発行事業者登録番号", "T5020011048732"],
                              ["本店所在地", "〒210-0007 神奈川県川崎市川崎区駅前本町12-3"],
                              ["代表電話", "044-211-5500"],
                              ["振込先", "みどり銀行 川崎支店 普通 1184073"],
                              ["請求担当部署", "物流管理部 業務課"]]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="Supplier registration form: the company's corporate number, office and company bank account — business data.",
)

# 099 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-099",
    charset="utf-8",
    sender=ME_KIRA,
    to=["Pacific Bridge Relocation <relocation@pacbridge-freight.com>"],
    subject="Household goods shipment - transferee details (Hinode Sangyo)",
    body="""Dear Relocation Team,

As requested for the customs clearance of the household goods, here are the details
of our transferee to the Los Angeles office.

  Name            : Kaoru SAGAWA (佐川 薫)
  Date of birth   : 1984-10-06
  Passport No.    : TR3849217 (expires 2031-03-02)
  Visa            : L-1A
  Current address : 3-12-8 Tamagawa, Setagaya-ku, Tokyo 158-0094
  Destination     : 2150 Sepulveda Blvd, Apt 14, Torrance, CA 90501
  Moving date     : January 24, 2026 (packing Jan 22-23)

A copy of the passport will follow once we receive it from the employee.
""" + SIG_KIRA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Reason 2: an employee's passport number (with birth date and home address) sent to a relocation forwarder.",
)

# 100 ---------------------------------------------------------------------------------------
_add(
    id="butsuryukanri-100",
    charset="utf-8",
    sender=ME_TSURUMAKI,
    to=["日の出産業 輸送課 <yuso@hinode-sangyo.co.jp>"],
    bcc=["kono.h@aoba-unyu.co.jp", "eigyo@shinonome-logi.co.jp", "hayakawa@hayate-kyubin.co.jp",
         "murakoshi@sagami-keiunso.co.jp"],
    subject="【ご案内】年末年始の出荷体制について（協力会社各位）",
    body="""協力会社各位

※本メールはBCCにて一斉にお送りしております。

平素より格別のご協力を賜り、厚く御礼申し上げます。
日の出産業 物流管理部 輸送課の弦巻でございます。

年末年始の弊社出荷体制を下記のとおりご案内いたします。

　最終出荷：12月28日（日）正午
　休業期間：12月28日（日）午後〜1月4日（日）
　初荷　　：1月5日（月）

期間中の緊急連絡は、輸送課の当番携帯（080-2200-5587）までお願いいたします。
本年も大変お世話になりました。来年もよろしくお願い申し上げます。
""" + SIG_TSURUMAKI,
    expect="pass",
    entities=[],
    detectors=[],
    note="Notice to four carriers correctly sent in Bcc (To is internal): no one sees the others.",
)

assert len(MESSAGES) == 100, len(MESSAGES)
