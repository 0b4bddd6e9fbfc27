"""Blind corpus — area: eigyohoukoku (営業報告・案件管理).

The sales teams of 日の出産業: daily and weekly reports, pipeline sheets, visit logs,
quotations and customer-contact handovers with distributors (販売代理店) and clients.
Every person, address and number here is invented; My Numbers and card numbers come
from build.py's helpers.
"""

from build import card_number, my_number

SEED = 44401


def _hojin(base12: str) -> str:
    """法人番号 (13 digits) with its check digit in front."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _mn(k: int) -> str:
    n = my_number(SEED + k)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _card(k: int, sep: str = "-") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


HINODE_HOJIN = _hojin("010401087734")   # 日の出産業株式会社

_SIG = {
    "isurugi": """--
日の出産業株式会社　営業本部 営業第一部 第一課
課長　石動 誠（いするぎ まこと）
〒105-0012 東京都港区芝大門2-9-4 日の出ビル5F
TEL: 03-5400-1182　FAX: 03-5400-1199
Mail: m.isurugi@hinode-sangyo.co.jp""",
    "onodera": """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
営業第一部 第一課　小野寺 彩花
TEL 03-5400-1183 ／ 携帯 080-3921-6604
〒105-0012 東京都港区芝大門2-9-4
━━━━━━━━━━━━━━━━━━━━""",
    "jonouchi": """____________________________
城之内 拓海 / Takumi Jonouchi
日の出産業株式会社 営業第一部 第二課
03-5400-1185 (直通)
t.jonouchi@hinode-sangyo.co.jp
____________________________""",
    "chiba": """**************************************
日の出産業株式会社 営業第二部 代理店営業課
千葉 真由
〒105-0012 東京都港区芝大門2丁目9番4号
TEL 03-5400-1190（課代表）
**************************************""",
    "saegusa": """--
三枝 理恵
日の出産業株式会社 営業企画室
TEL 03-5400-1170 内線 2214""",
    "aimono": """----------------------------------------
日の出産業株式会社 大阪営業所
所長　四十物 一郎（あいもの いちろう）
〒530-0047 大阪市北区西天満4-3-18 西天満MKビル7F
TEL 06-6360-2041　FAX 06-6360-2049
----------------------------------------""",
    "kito": """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業(株) 名古屋営業所　鬼頭 健
〒460-0003 名古屋市中区錦1-11-20 錦東ビル3F
TEL 052-211-7731
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝""",
    "kugimiya": """―――――――――――――――――
日の出産業株式会社 福岡営業所
釘宮 遼 Ryo Kugimiya
TEL 092-473-5520 / FAX 092-473-5521
〒812-0011 福岡市博多区博多駅前3-7-15
―――――――――――――――――""",
    "hasebe": """Rena Hasebe
Overseas Sales Section, Hinode Sangyo Co., Ltd.
2-9-4 Shiba-Daimon, Minato-ku, Tokyo 105-0012, Japan
Tel: +81-3-5400-1194
r.hasebe@hinode-sangyo.co.jp""",
    "momose": """-------------------------------------
日の出産業株式会社 営業管理課（営業事務）
百瀬 ゆかり
TEL 03-5400-1178 ／ FAX 03-5400-1199
-------------------------------------""",
    "mitarai": """御手洗 剛
日の出産業株式会社 取締役 営業本部長""",
    "wakamatsu": """━━━━━━━━━━━━━━━━
日の出産業株式会社
営業第一部 第二課　若松 翔
TEL：03-5400-1186
━━━━━━━━━━━━━━━━""",
    "shoji": """--
日の出産業株式会社 札幌営業所
東海林 学（しょうじ まなぶ）
〒060-0807 札幌市北区北7条西4-1-2 KDX札幌ビル4F
TEL 011-708-3365""",
    "oikawa": """◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
日の出産業株式会社 ホームプロダクツ営業課
及川 沙織
〒105-0012 東京都港区芝大門2-9-4
お客様窓口 0120-61-2240（平日9:00-17:30）
◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆""",
    "saika": """--------------------------------
日の出産業株式会社 営業第二部
代理店営業課 課長　雑賀 修平
TEL 03-5400-1191
--------------------------------""",
}

FROM = {
    "isurugi": "石動 誠 <m.isurugi@hinode-sangyo.co.jp>",
    "onodera": "小野寺 彩花 <a.onodera@hinode-sangyo.co.jp>",
    "jonouchi": "城之内 拓海 <t.jonouchi@hinode-sangyo.co.jp>",
    "chiba": "千葉 真由 <m.chiba@hinode-sangyo.co.jp>",
    "saegusa": "三枝 理恵 <r.saegusa@hinode-sangyo.co.jp>",
    "aimono": "四十物 一郎 <i.aimono@osaka.hinode-sangyo.co.jp>",
    "kito": "鬼頭 健 <k.kito@hinode-sangyo.co.jp>",
    "kugimiya": "釘宮 遼 <r.kugimiya@hinode-sangyo.co.jp>",
    "hasebe": "Rena Hasebe <r.hasebe@hinode-sangyo.co.jp>",
    "momose": "百瀬 ゆかり <y.momose@hinode-sangyo.co.jp>",
    "mitarai": "御手洗 剛 <t.mitarai@hinode-sangyo.co.jp>",
    "wakamatsu": "若松 翔 <s.wakamatsu@hinode-sangyo.co.jp>",
    "shoji": "東海林 学 <m.shoji@hinode-sangyo.co.jp>",
    "oikawa": "及川 沙織 <s.oikawa@hinode-sangyo.co.jp>",
    "saika": "雑賀 修平 <s.saika@hinode-sangyo.co.jp>",
}

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-020
MESSAGES += [
    {
        "id": "eigyohoukoku-001",
        "sender": FROM["onodera"],
        "to": [FROM["isurugi"]],
        "cc": ["営業一課 <eigyo1-ml@hinode-sangyo.co.jp>"],
        "subject": "【日報】小野寺 11/12（水）",
        "charset": "cp932",
        "body": f"""石動課長

お疲れさまです。小野寺です。本日の日報です。

■訪問（3件）
1) 10:00-11:00 株式会社ミナト厨房 本社（品川）購買部 増子様
   ・食器洗浄機 DW-900 × 4台の更新案件。予算は今期中に確保済みとのこと。
   ・競合（T社）の見積が先に出ている。当社は11/19までに再見積を提出。
   ・増子様 携帯 090-4418-2275（会社の直通がつながりにくいので携帯へ、とのこと）
2) 13:30-14:30 北国フーズ 東京支店 設備課 寒河江様
   ・新千歳第二工場のライン増設、冷蔵ショーケースではなくプレハブ冷蔵庫で検討中。
   ・図面は来週メールで頂ける予定。寒河江様 直通 03-6811-4052
3) 16:00-16:30 医療法人 清和会 みなと中央病院 栄養科 苫米地様
   ・スチコン更新は来年度予算。今年はカタログのみ。苫米地様 内線 3318

■電話フォロー
・朝日ビルメンテナンス 稲垣様：先日の保守契約の件、稟議が回り始めたとの連絡あり。

■明日の予定
・午前 社内（見積作成）、午後 北斗エンジニアリング 同行（城之内さん）

以上です。

{_SIG["onodera"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal daily report to the manager; customer contacts' phones but all recipients internal",
    },
    {
        "id": "eigyohoukoku-002",
        "sender": FROM["oikawa"],
        "to": ["灰谷 浩二 様 <haitani@nankai-aqua.jp>"],
        "cc": [FROM["chiba"]],
        "subject": "【ひので清流】フィルター交換対象のお客様リスト（11月・12月分）",
        "charset": "iso-2022-jp",
        "body": f"""南海アクア販売株式会社
灰谷様

いつも大変お世話になっております。
日の出産業の及川でございます。

11月・12月にカートリッジ交換時期を迎える和歌山・泉南エリアのお客様を
リストにいたしましたので添付にてお送りいたします（12件）。
例年どおり、ご訪問前にお電話でご都合をご確認いただけますと幸いです。

交換完了後は、いつもの報告フォームでご連絡をお願いいたします。

{_SIG["oikawa"]}
""",
        "attachments": [{
            "kind": "csv", "name": "交換対象_202X11-12_泉南.csv", "encoding": "cp932",
            "rows": [
                ["顧客No", "お名前", "フリガナ", "郵便番号", "住所", "電話番号", "設置日", "機種", "前回交換"],
                ["HS-30412", "溝端 敏子", "ミゾバタ トシコ", "598-0007", "大阪府泉佐野市上町2-8-14", "072-462-3318", "2021/11/03", "SC-200", "2023/11/10"],
                ["HS-30419", "上野山 和夫", "ウエノヤマ カズオ", "590-0504", "大阪府泉南市信達市場1122-3", "072-483-7741", "2020/12/15", "SC-200", "2023/12/02"],
                ["HS-30455", "辻本 ちづる", "ツジモト チヅル", "649-6205", "和歌山県岩出市根来773", "0736-62-9015", "2022/11/20", "SC-310", "2023/11/25"],
                ["HS-30471", "湯川 清", "ユカワ キヨシ", "640-8151", "和歌山県和歌山市屋形町1-22", "073-422-6650", "2019/12/01", "SC-100", "2023/12/08"],
                ["HS-30502", "貴志 美代子", "キシ ミヨコ", "649-6531", "和歌山県紀の川市粉河2071-5", "0736-73-2284", "2021/12/11", "SC-200", "2023/12/11"],
                ["HS-30518", "坂口 隆之", "サカグチ タカユキ", "599-0201", "大阪府阪南市尾崎町4-3-9", "072-471-0833", "2022/11/08", "SC-310", "2023/11/14"],
                ["HS-30533", "楠本 ふさ江", "クスモト フサエ", "590-0521", "大阪府泉南市樽井6-19-2", "090-5106-7729", "2020/11/29", "SC-100", "2023/11/29"],
                ["HS-30547", "有田 純一", "アリタ ジュンイチ", "640-8341", "和歌山県和歌山市黒田112-4", "073-471-5592", "2021/12/19", "SC-200", "2023/12/20"],
                ["HS-30560", "中家 宏美", "ナカイエ ヒロミ", "649-6226", "和歌山県岩出市宮71-8", "080-2270-4416", "2022/12/04", "SC-310", "2023/12/05"],
                ["HS-30588", "畑中 正", "ハタナカ タダシ", "598-0062", "大阪府泉佐野市下瓦屋3-5-27", "072-464-1107", "2019/11/16", "SC-100", "2023/11/17"],
                ["HS-30601", "西出 恵", "ニシデ メグミ", "599-0232", "大阪府阪南市箱作2805-11", "072-476-3360", "2022/11/27", "SC-200", "2023/11/30"],
                ["HS-30614", "玉置 昭三", "タマキ ショウゾウ", "640-8033", "和歌山県和歌山市本町5-14", "073-431-8846", "2020/12/22", "SC-310", "2023/12/26"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: CSV of 12 private households (name, address, phone) sent to an outside distributor",
    },
    {
        "id": "eigyohoukoku-003",
        "sender": FROM["onodera"],
        "to": ["増子 様 <masuko.k@minato-chubo.co.jp>"],
        "subject": "お見積書送付の件（食器洗浄機 DW-900 更新）",
        "charset": "utf-8",
        "body": f"""株式会社ミナト厨房
購買部　増子様

いつもお世話になっております。日の出産業の小野寺です。
昨日はお忙しいところお時間を頂戴し、ありがとうございました。

ご依頼のありました食器洗浄機 DW-900 更新のお見積書をお送りいたします。
　見積番号：Q-2025-01187
　有効期限：発行日より60日
据付工事費・既設機撤去費を含んでおります。搬入経路の確認のため、
一度現地調査にお伺いできればと存じます。

ご不明点がございましたらお気軽にお申し付けください。
何卒よろしくお願いいたします。

{_SIG["onodera"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "御見積書_Q-2025-01187.pdf", "title": "御見積書 Q-2025-01187",
            "lines": [
                "御見積書",
                "株式会社ミナト厨房 御中　　　　　　　見積番号 Q-2025-01187",
                "日の出産業株式会社　東京都港区芝大門2-9-4　TEL 03-5400-1180",
                f"登録番号 T{HINODE_HOJIN}",
                "件名：食器洗浄機 DW-900 更新工事一式",
                "",
            ],
            "table": [
                ["品番", "品名", "数量", "単価", "金額"],
                ["DW-900A", "ドアタイプ食器洗浄機 三相200V", "4", "1,280,000", "5,120,000"],
                ["DW-OP12", "ブースターヒーター", "4", "186,000", "744,000"],
                ["KJ-001", "据付工事費", "1式", "420,000", "420,000"],
                ["KJ-009", "既設機撤去・処分費", "1式", "96,000", "96,000"],
                ["", "小計", "", "", "6,380,000"],
                ["", "消費税(10%)", "", "", "638,000"],
                ["", "合計", "", "", "7,018,000"],
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "ordinary quotation PDF to the customer; only the company's own invoice registration number",
    },
    {
        "id": "eigyohoukoku-004",
        "sender": FROM["jonouchi"],
        "to": ["薬師寺 様 <yakushiji@hokuto-eng.co.jp>"],
        "subject": "Re: デモ機ご見学の参加者について",
        "charset": "iso-2022-jp",
        "body": f"""北斗エンジニアリング株式会社
薬師寺様

お世話になっております。日の出産業の城之内です。
ご参加者のご連絡ありがとうございます。5名様、承知いたしました。

当日は厚木テクニカルセンターの来客用駐車場を3台分確保しております。
守衛所で「日の出産業 城之内と面会」とお伝えください。

引き続きよろしくお願いいたします。

{_SIG["jonouchi"]}

> 城之内様
>
> お世話になっております。北斗エンジニアリングの薬師寺です。
> 11/21のデモ機見学、弊社からは下記5名で伺います。
>
> 氏名          部署          携帯
> ------------  ------------  -------------
> 薬師寺 亮     設備技術課    090-7712-3048
> 鶴巻 由佳     設備技術課    080-4451-9920
> 大和田 聡     生産管理部    090-2206-5513
> 羽生 健太郎   品質保証部    070-1388-6672
> 三ツ木 忠     工務部        090-9940-1175
>
> 車2台で伺います。よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to one customer; the 5-person attendee list is only in the quoted text the customer sent",
    },
    {
        "id": "eigyohoukoku-005",
        "sender": FROM["jonouchi"],
        "to": ["鮫島 様 <samejima@kawasaki-denki.jp>"],
        "cc": [FROM["isurugi"]],
        "subject": "共同提案（ベイサイドリテール様 店舗照明更新）打合せ資料",
        "charset": "utf-8",
        "body": f"""川崎電機株式会社
ソリューション営業部　鮫島様

お世話になっております。日の出産業の城之内です。

来週火曜の打合せに向けて、弊社側の提案骨子をまとめましたので共有いたします。
・対象：ベイサイドリテール様 首都圏32店舗（冷蔵ケース＋LED照明の同時更新）
・弊社範囲：冷蔵ショーケース RS-1800 シリーズ、省エネ制御盤
・貴社範囲：LED照明器具、調光システム
・概算：全体で約2.4億円、5年リースを想定

照明の台数根拠について、貴社の試算をいただけると助かります。
よろしくお願いいたします。

{_SIG["jonouchi"]}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: partner 川崎電機 is kawasaki-denki.co.jp; the recipient domain dropped the co. (kawasaki-denki.jp)",
    },
    {
        "id": "eigyohoukoku-006",
        "sender": FROM["chiba"],
        "to": ["施設管理課 國分様 <kokubu@hotel-seaside-group.co.jp>"],
        "subject": "お近くの取扱販売店のご案内",
        "charset": "cp932",
        "body": f"""ホテルシーサイドグループ株式会社
施設管理課　國分様

お問い合わせいただきありがとうございます。
日の出産業 代理店営業課の千葉でございます。

各ホテル様の所在地に近い弊社製品の取扱販売店は以下のとおりです。
お見積・保守のご相談は、各販売店へ直接お問い合わせいただけます。

　販売店名　　　　　　　　　代表電話　　　　　所在地
　――――――――――――　――――――――　――――――――――――――――――
　丸広商事株式会社　　　　　03-3861-2201　　東京都台東区浅草橋3-14-2
　株式会社やまびこ設備　　　045-531-7780　　横浜市鶴見区生麦2-6-11
　東邦機材株式会社　　　　　048-652-3391　　さいたま市大宮区桜木町4-210
　南海アクア販売株式会社　　072-437-0614　　大阪府岸和田市土生町1-5-8
　株式会社九州厨設　　　　　092-481-6620　　福岡市博多区東比恵2-17-3

熱海・伊東のホテル様は丸広商事様の静岡営業所（0557-82-4410）が担当です。

{_SIG["chiba"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of dealers (businesses: switchboards and office addresses), not people",
    },
    {
        "id": "eigyohoukoku-007",
        "sender": FROM["saika"],
        "to": [
            "丸広商事 仕入課 <shiire@maruhiro-shoji.co.jp>",
            "株式会社やまびこ設備 購買担当 <kobai@yamabiko-setsubi.jp>",
            "東邦機材 営業本部 <eigyo@tohokizai.co.jp>",
            "南海アクア販売 灰谷様 <haitani@nankai-aqua.jp>",
            "九州厨設 仕入部 <purchase@kyushu-chusetsu.co.jp>",
        ],
        "subject": "【ご案内】2026年4月出荷分からの価格改定について",
        "charset": "iso-2022-jp",
        "body": f"""販売店各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、原材料（ステンレス鋼板・銅管）および物流費の継続的な上昇を受け、
誠に不本意ながら2026年4月1日出荷分より、一部製品の価格を改定させて
いただくこととなりました。改定率は平均6.5％です。
対象品番と新価格は添付の改定表をご確認ください。

3月末までのご注文分は現行価格にて承ります。
ご理解を賜りますよう、何卒よろしくお願い申し上げます。

{_SIG["saika"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "価格改定表_2026-04.pdf",
            "lines": ["価格改定表（2026年4月1日出荷分より）", "日の出産業株式会社 営業第二部", ""],
            "table": [
                ["品番", "品名", "現行定価", "新定価", "改定率"],
                ["RS-1800", "冷蔵ショーケース 1800幅", "980,000", "1,045,000", "6.6%"],
                ["RS-1200", "冷蔵ショーケース 1200幅", "720,000", "768,000", "6.7%"],
                ["DW-900A", "ドアタイプ食器洗浄機", "1,280,000", "1,360,000", "6.3%"],
                ["IM-240", "製氷機 240kg", "865,000", "918,000", "6.1%"],
                ["SC-200", "家庭用浄水器 ひので清流", "148,000", "158,000", "6.8%"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reason 4: five different distributors in To see each other's addresses; should have been Bcc",
    },
    {
        "id": "eigyohoukoku-008",
        "sender": FROM["kito"],
        "to": ["北国フーズ 設備課 寒河江様 <sagae@kitaguni-foods.co.jp>",
               "川崎電機 中部支社 森岡様 <morioka@kawasaki-denki.co.jp>"],
        "cc": [FROM["isurugi"]],
        "subject": "三社打合せ日程のご相談（新千歳第二工場 冷蔵設備）",
        "charset": "iso-2022-jp",
        "body": f"""北国フーズ株式会社 寒河江様
川崎電機株式会社 森岡様

いつもお世話になっております。日の出産業 名古屋営業所の鬼頭です。

新千歳第二工場の冷蔵設備の件、電源容量の確認を含めて三社で一度
お打合せできればと存じます。以下の候補日でご都合はいかがでしょうか。

　① 12/3（水）14:00〜
　② 12/5（金）10:00〜
　③ 12/9（火）15:00〜

Web会議（Teams）を想定しております。URLは日程確定後にお送りします。

{_SIG["kito"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations in To",
    },
    {
        "id": "eigyohoukoku-009",
        "sender": FROM["kugimiya"],
        "to": ["nagisa.cafe.plan@gmail.com"],
        "subject": "業務用製氷機カタログ送付のご案内（日の出産業）",
        "charset": "utf-8",
        "body": f"""古賀様

このたびはお問い合わせいただき、誠にありがとうございます。
日の出産業 福岡営業所の釘宮と申します。

カフェのご開業に向けて製氷機をご検討とのこと、カタログをお送りいたします。
客席20席程度でしたら、IM-55（日産55kg）またはIM-90が目安になります。
設置場所の寸法と給排水の位置がわかれば、機種選定のお手伝いをいたします。

ご開業準備でお忙しいところ恐縮ですが、ご検討のほどよろしくお願いいたします。

{_SIG["kugimiya"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "IceMaker_catalog_2025.pdf",
            "lines": ["日の出産業 業務用製氷機 総合カタログ 2025", "",
                      "IM-55　日産55kg　W500×D450×H800　定価 298,000円",
                      "IM-90　日産90kg　W630×D525×H850　定価 415,000円",
                      "IM-240 日産240kg W1080×D710×H1500 定価 865,000円"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one prospective customer on free mail with a product catalogue",
    },
    {
        "id": "eigyohoukoku-010",
        "sender": FROM["oikawa"],
        "to": ["南海アクア販売 受注センター <juchu@nankai-aqua.jp>"],
        "subject": "お電話注文分の決済情報（清原様）",
        "charset": "cp932",
        "body": f"""南海アクア販売 受注センター御中

お世話になっております。日の出産業の及川です。
本日お客様窓口にお電話でご注文いただいた方の分です。
貴社決済でお願いしたく、カード情報をお送りします。

　お名前　　：清原 雅美 様（キヨハラ マサミ）
　ご住所　　：〒596-0045 大阪府岸和田市別所町2-11-6
　お電話　　：072-438-5027
　ご注文　　：SC-310 本体＋取付工事
　カード番号：{_card(1)}
　有効期限　：08/28
　名義　　　：MASAMI KIYOHARA

取付日はお客様へ直接ご連絡ください。
よろしくお願いいたします。

{_SIG["oikawa"]}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 2: a private customer's credit card number sent to a distributor by mail",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-011",
        "sender": FROM["saegusa"],
        "to": ["営業本部 全員 <eigyo-all@hinode-sangyo.co.jp>"],
        "cc": [FROM["mitarai"]],
        "subject": "週次パイプライン（第46週）",
        "charset": "utf-8",
        "body": f"""営業本部の皆さま

お疲れさまです。営業企画室の三枝です。
第46週のパイプラインを添付します。

・Aランク（受注確度80%以上）：14件 / 1.86億円
・今週の新規登録：9件、失注：3件（うち2件は価格）
・「案件一覧」シートの先方担当者欄が空欄の案件が6件あります。
  金曜までにSFAへの入力をお願いします。

{_SIG["saegusa"]}
""",
        "attachments": [{
            "kind": "xlsx", "name": "パイプライン_W46.xlsx", "title": "週次パイプライン W46",
            "sheets": {
                "サマリ": [
                    ["第46週 パイプラインサマリ"],
                    [],
                    ["ランク", "件数", "金額(千円)"],
                    ["A", 14, 186400], ["B", 22, 241900], ["C", 37, 388200],
                ],
                "案件一覧": [
                    ["案件一覧（W46時点）"],
                    ["案件ID", "顧客名", "案件名", "ランク", "金額(千円)", "担当", "先方担当", "先方電話", "先方メール"],
                    ["P-25-0412", "株式会社ミナト厨房", "DW-900更新", "A", 7018, "小野寺", "増子 健一", "090-4418-2275", "masuko.k@minato-chubo.co.jp"],
                    ["P-25-0415", "北国フーズ株式会社", "新千歳第二工場冷蔵", "B", 48600, "鬼頭", "寒河江 修", "03-6811-4052", "sagae@kitaguni-foods.co.jp"],
                    ["P-25-0421", "北斗エンジニアリング株式会社", "洗浄ライン", "B", 12300, "城之内", "薬師寺 亮", "090-7712-3048", "yakushiji@hokuto-eng.co.jp"],
                    ["P-25-0433", "朝日ビルメンテナンス株式会社", "保守契約", "A", 3960, "若松", "稲垣 美穂", "03-5719-2260", "inagaki@asahi-bm.co.jp"],
                    ["P-25-0440", "株式会社ベイサイドリテール", "店舗照明・冷蔵更新", "C", 240000, "城之内", "", "", ""],
                    ["P-25-0447", "みなと中央病院", "スチコン更新", "C", 5800, "小野寺", "苫米地 礼子", "03-5442-8800", "tomabechi@minato-chuo-hp.or.jp"],
                    ["P-25-0452", "株式会社みさと乳業", "CIP洗浄装置", "B", 21500, "石動", "栗城 誠司", "0280-62-4417", "kuriki@misato-nyugyo.co.jp"],
                    ["P-25-0458", "有限会社かね長食堂", "製氷機", "A", 415, "釘宮", "長嶺 勝", "090-8843-1120", ""],
                ],
                "失注分析": [
                    ["失注理由", "件数"], ["価格", 2], ["納期", 1],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "internal weekly pipeline with customer contact columns; all recipients internal",
    },
    {
        "id": "eigyohoukoku-012",
        "sender": FROM["shoji"],
        "to": ["道央設備サービス 大友様 <otomo@doo-setsubi.co.jp>"],
        "subject": "杉浦工務店様の件（訪問報告と今後のご相談）",
        "charset": "iso-2022-jp",
        "body": f"""道央設備サービス株式会社
大友様

いつもお世話になっております。日の出産業 札幌営業所の東海林です。
昨日、杉浦工務店様を訪問してまいりましたのでご報告いたします。

・杉浦 健吾社長は10月末に脳梗塞で倒れられ、現在も入院・リハビリ中とのことです。
  右半身に麻痺が残っており、復帰は早くて来春の見込みと奥様から伺いました。
・当面は奥様（専務）が窓口となります。決裁は社長復帰まで保留の可能性が高いです。
・手稲の新築案件（業務用冷蔵庫3台）は、着工が1か月ずれる見込み。

社長のお見舞いは当面ご遠慮くださいとのことでしたので、貴社からの訪問も
しばらくは奥様宛にしていただくのがよいかと存じます。

{_SIG["shoji"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: a named customer's stroke, hospitalisation and paralysis told to an outside distributor",
    },
    {
        "id": "eigyohoukoku-013",
        "sender": FROM["isurugi"],
        "to": ["白川法律事務所 弁護士 戸叶先生 <tokano@shirakawa-law.jp>"],
        "cc": ["法務課 <homu@hinode-sangyo.co.jp>"],
        "subject": "秘密保持契約書（ルミナス精工様）ドラフトのレビューご依頼",
        "charset": "utf-8",
        "body": f"""白川法律事務所
戸叶先生

いつも大変お世話になっております。日の出産業の石動でございます。

株式会社ルミナス精工様との共同開発（洗浄ノズルの改良）に先立ち、
秘密保持契約（NDA）を締結する予定です。先方から提示されたドラフトに
弊社で修正を入れたものを添付いたしますので、ご確認をお願いできますでしょうか。

特に気になっている点は以下の2点です。
　1. 第5条 秘密情報の範囲（口頭で開示した情報の扱い）
　2. 第9条 有効期間（先方案は契約終了後5年、当社希望は3年）

12月第1週に先方と読み合わせを予定しておりますので、
11月28日頃までにコメントをいただけますと幸いです。

{_SIG["isurugi"]}
""",
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_ルミナス精工_日の出産業_修正案.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "株式会社ルミナス精工（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                "洗浄ノズルの共同開発の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                "第1条（目的）甲及び乙は、本目的のために相手方から開示された秘密情報を本契約に従い取り扱う。",
                "第5条（秘密情報）本契約において秘密情報とは、書面、電磁的記録その他の有形の媒体により"
                "秘密である旨を明示して開示された情報をいう。【乙修正：口頭開示は30日以内の書面化を要件とする】",
                "第9条（有効期間）本契約の有効期間は締結日から2年間とし、秘密保持義務は契約終了後3年間存続する。",
                "甲：東京都大田区東糀谷4-7-22 株式会社ルミナス精工 代表取締役 鵜飼 晴彦",
                "乙：東京都港区芝大門2-9-4 日の出産業株式会社 代表取締役 日向 康弘",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA to the partner law firm; the draft has only company names, addresses and signatories",
    },
    {
        "id": "eigyohoukoku-014",
        "sender": FROM["wakamatsu"],
        "to": ["稲垣 美穂 様 <inagaki@asahi-bm.co.jp>"],
        "subject": "保守契約のお見積書送付（パスワード別送）",
        "charset": "iso-2022-jp",
        "body": f"""朝日ビルメンテナンス株式会社
稲垣様

お世話になっております。日の出産業の若松です。

厨房機器保守契約（年間・12拠点）のお見積書を送付いたします。
添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたします。

ご査収のほど、よろしくお願いいたします。

{_SIG["wakamatsu"]}
""",
        "attachments": [{
            "kind": "zip", "name": "見積書_保守契約_朝日BM様.zip", "password": "Hs#2025-1126",
            "files": [{
                "kind": "pdf", "name": "見積書_保守契約.pdf",
                "lines": ["御見積書 保守契約（年間）", "朝日ビルメンテナンス株式会社 御中",
                          "12拠点 定期点検年2回・緊急対応込み　年額 3,960,000円（税別）"],
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: password-protected ZIP (PPAP) cannot be inspected",
    },
    {
        "id": "eigyohoukoku-015",
        "sender": FROM["chiba"],
        "to": ["丸広商事 仕入課 沼尻様 <numajiri@maruhiro-shoji.co.jp>"],
        "subject": "2026年度 販売店向け価格表（仕切価格入り）",
        "charset": "cp932",
        "body": f"""丸広商事株式会社
仕入課　沼尻様

いつもお世話になっております。日の出産業の千葉です。
先日お約束しておりました2026年度の価格表をお送りいたします。

・「価格表」シート：定価と貴社仕切価格
・「新規・廃番」シート：4月からの新規品番と廃番品番

仕切率は昨年度から据え置いております。
ご不明点がございましたらご連絡ください。

{_SIG["chiba"]}
""",
        "attachments": [{
            "kind": "xlsx", "name": "価格表_2026_丸広商事様.xlsx",
            "sheets": {
                "価格表": [
                    ["2026年度 販売店価格表（丸広商事株式会社様）"],
                    ["品番", "品名", "定価", "仕切価格", "仕切率", "JANコード"],
                    ["RS-1800", "冷蔵ショーケース 1800幅", 1045000, 689700, "66%", "4960123400182"],
                    ["RS-1200", "冷蔵ショーケース 1200幅", 768000, 506880, "66%", "4960123400120"],
                    ["DW-900A", "ドアタイプ食器洗浄機", 1360000, 870400, "64%", "4960123409001"],
                    ["IM-55", "製氷機 55kg", 318000, 216240, "68%", "4960123405509"],
                    ["IM-90", "製氷機 90kg", 441000, 299880, "68%", "4960123409003"],
                    ["SC-200", "家庭用浄水器 ひので清流", 158000, 110600, "70%", "4960123420005"],
                ],
                "新規・廃番": [
                    ["区分", "品番", "備考"],
                    ["新規", "RS-2400", "2400幅 ノンフロン"],
                    ["廃番", "IM-40", "在庫限り"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "dealer price list with product codes and JAN codes: no personal data",
    },
    {
        "id": "eigyohoukoku-016",
        "sender": FROM["saegusa"],
        "to": ["東邦機材 営業推進部 竹之内様 <takenouchi@tohokizai.co.jp>"],
        "cc": [FROM["saika"]],
        "subject": "HOTERES JAPAN ブース来場者リスト（埼玉・群馬・栃木分）",
        "charset": "utf-8",
        "body": f"""東邦機材株式会社
営業推進部　竹之内様

お世話になっております。日の出産業 営業企画室の三枝です。
先日の展示会では応援ありがとうございました。

弊社ブースで名刺交換させていただいた方のうち、貴社エリア（埼玉・群馬・栃木）の
来場者リストをお送りします。ランクAの方から順にフォローをお願いできますでしょうか。
フォロー結果は12月末までに「対応状況」欄にご記入のうえご返送ください。

{_SIG["saegusa"]}
""",
        "attachments": [{
            "kind": "xlsx", "name": "来場者リスト_北関東_東邦機材様.xlsx",
            "sheets": {
                "来場者リスト": [
                    ["HOTERES JAPAN 日の出産業ブース 来場者（北関東エリア）"],
                    ["No", "会社名", "部署", "役職", "氏名", "電話", "メール", "関心製品", "ランク", "対応状況"],
                    [1, "有限会社川越ベーカリー工房", "", "代表", "芦川 慎吾", "049-224-3381", "ashikawa@kawagoe-bakery.jp", "冷蔵ケース", "A", ""],
                    [2, "株式会社ホテル赤城", "総務部", "課長", "桑子 秀明", "027-283-1155", "kuwako@hotel-akagi.co.jp", "食洗機", "A", ""],
                    [3, "宇都宮給食センター協同組合", "施設課", "", "舘野 恭子", "028-661-0942", "tateno@utsunomiya-kyushoku.or.jp", "スチコン", "A", ""],
                    [4, "レストラン ル・ボワ", "", "オーナーシェフ", "大貫 直樹", "090-6621-8804", "lebois.onuki@gmail.com", "製氷機", "B", ""],
                    [5, "株式会社とちぎフードサービス", "調達部", "主任", "渡良瀬 健", "028-634-7701", "watarase@tochigi-fs.co.jp", "冷蔵ケース", "B", ""],
                    [6, "医療法人 誠和会 熊谷総合病院", "栄養科", "科長", "反町 多恵子", "048-521-0330", "sorimachi@kumagaya-gh.or.jp", "スチコン", "A", ""],
                    [7, "高崎グランドホテル", "料飲部", "", "小板橋 翼", "027-322-5186", "koitabashi@takasaki-gh.jp", "食洗機", "C", ""],
                    [8, "株式会社さいたま中央青果", "物流部", "部長", "新井 昭彦", "048-667-2015", "arai.a@saitama-seika.co.jp", "プレハブ冷蔵庫", "B", ""],
                    [9, "居酒屋 まるや 本庄店", "", "店長", "根岸 大輔", "080-1132-6470", "", "製氷機", "C", ""],
                    [10, "足利ワイナリー株式会社", "製造部", "", "飯塚 理沙", "0284-41-9923", "iizuka@ashikaga-winery.co.jp", "冷蔵ケース", "B", ""],
                    [11, "群馬県立小児医療センター", "栄養管理室", "", "茂木 康弘", "0279-52-3551", "motegi-y@gunma-child.lg.jp", "スチコン", "C", ""],
                    [12, "株式会社日光ゆば本舗", "", "専務", "星野 朋子", "0288-54-1170", "hoshino@nikko-yuba.co.jp", "冷蔵ケース", "A", ""],
                ],
                "集計": [
                    ["ランク", "件数"], ["A", 5], ["B", 4], ["C", 3],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: 12 trade-show visitors' names, phones and e-mails (business cards) handed to an outside distributor",
    },
    {
        "id": "eigyohoukoku-017",
        "sender": FROM["kugimiya"],
        "to": ["栄養管理室 宇土様 <uto@hakata-kinen-hp.or.jp>"],
        "subject": "治療食にも対応したスチームコンベクションオーブンのご紹介",
        "charset": "iso-2022-jp",
        "body": f"""博多記念病院 栄養管理室
宇土様

いつもお世話になっております。日の出産業 福岡営業所の釘宮でございます。

先日お話のありました、糖尿病食・腎臓病食などの治療食や嚥下調整食にも
対応しやすいスチームコンベクションオーブン「SCV-10」のご案内です。

・芯温管理と低温スチームで、減塩メニューでも食材の風味を保てます
・ソフト食・ムース食のプログラムを30種類プリセット
・HACCPの記録をUSBで出力可能

来月、博多のショールームで調理デモを行います。栄養士の皆さまで
ご参加いただける日程があればお知らせください。

{_SIG["kugimiya"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diseases named only as kinds of hospital diet (product description), about no person",
    },
    {
        "id": "eigyohoukoku-018",
        "sender": FROM["jonouchi"],
        "to": ["増子 様 <masuko.k@minato-chubo.co.jp>"],
        "subject": "再見積のご送付（DW-900 更新）",
        "charset": "utf-8",
        "body": f"""株式会社ミナト厨房
増子様

お世話になっております。日の出産業の城之内です。
（小野寺が本日外出のため、代わって私からお送りします）

ご要望いただいた値引きを反映した再見積を添付いたします。
ご確認のほどよろしくお願いいたします。

{_SIG["jonouchi"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "DW-900更新_原価粗利試算_v3.pdf",
            "page_header": "社外秘", "page_footer": "社外秘 ／ 日の出産業株式会社 営業第一部",
            "lines": [
                "DW-900 更新（ミナト厨房様）原価・粗利試算 v3",
                "社外秘：社内決裁用",
                "",
            ],
            "table": [
                ["項目", "仕入原価", "見積金額", "粗利", "粗利率"],
                ["DW-900A ×4", "3,312,000", "4,864,000", "1,552,000", "31.9%"],
                ["ブースター ×4", "488,000", "706,800", "218,800", "31.0%"],
                ["工事一式", "402,000", "516,000", "114,000", "22.1%"],
                ["合計", "4,202,000", "6,086,800", "1,884,800", "31.0%"],
                ["下限（部長決裁）", "", "5,560,000", "", "24.4%"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: wrong file attached — internal cost sheet stamped 社外秘 on every page goes to the customer",
    },
    {
        "id": "eigyohoukoku-019",
        "sender": FROM["momose"],
        "to": ["丸広商事 業務課 <gyomu@maruhiro-shoji.co.jp>"],
        "subject": "ご注文品 出荷のご連絡（貴注文番号 MH-77120 / MH-77134）",
        "charset": "cp932",
        "body": f"""丸広商事株式会社 業務課 御中

いつもお世話になっております。日の出産業 営業管理課の百瀬です。
下記ご注文品を本日出荷いたしましたのでご連絡いたします。

貴注文番号　弊社受注番号　　品番　　　数量　運送会社　　送り状番号
MH-77120　　SO-2511-0348　　RS-1200　　2　　青葉運輸　　4102-8837-6650
MH-77120　　SO-2511-0348　　RS-OP03　　2　　青葉運輸　　4102-8837-6661
MH-77134　　SO-2511-0371　　IM-90　　　1　　青葉運輸　　4102-8837-6672

お届け予定日は11/20（木）午前、納品先は浅草橋倉庫となります。
配送状況は青葉運輸のお問い合わせサイトで送り状番号からご確認いただけます。

{_SIG["momose"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping notice with order numbers and 12-digit tracking numbers: numbers that are not personal data",
    },
    {
        "id": "eigyohoukoku-020",
        "sender": FROM["jonouchi"],
        "to": ["薬師寺 様 <yakushiji@hokuto-eng.co.jp>"],
        "subject": "明日のご訪問について（担当変更のお詫び）",
        "charset": "iso-2022-jp",
        "body": f"""北斗エンジニアリング株式会社
薬師寺様

お世話になっております。日の出産業の城之内です。

明日ご一緒する予定だった小野寺ですが、インフルエンザと診断されまして、
今週いっぱいは出社停止となっております。大変申し訳ございません。
明日は私と若松の2名で伺います。お打合せ内容に変更はございません。

季節柄、皆さまもどうぞご自愛ください。

{_SIG["jonouchi"]}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named colleague's influenza diagnosis told to a customer: routine courtesy, yet it is a health fact of one person",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-021",
        "sender": FROM["kito"],
        "to": ["北国フーズ 苫小牧工場 総務課 <soumu-tomakomai@kitaguni-foods.co.jp>"],
        "cc": ["寒河江様 <sagae@kitaguni-foods.co.jp>"],
        "subject": "12/10 工場ご訪問 入構申請（日の出産業 3名）",
        "charset": "utf-8",
        "body": f"""北国フーズ株式会社
苫小牧工場 総務課 御中

お世話になっております。日の出産業 名古屋営業所の鬼頭です。
12/10（水）の現地調査につきまして、入構申請をお願いいたします。

・入構者
　鬼頭 健　　（営業）　携帯 090-3318-7420
　東海林 学　（営業）　携帯 080-6120-5593
　八戸 功　　（技術）　携帯 090-2275-0861
・車両：レンタカー1台（札幌わ 12-34 ※当日変更の可能性あり）
・時間：10:00〜15:00

当日の緊急連絡は鬼頭の携帯までお願いいたします。

{_SIG["kito"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors' names and mobiles for a factory gate pass: under five people, may be warned",
    },
    {
        "id": "eigyohoukoku-022",
        "sender": FROM["saika"],
        "to": ["アカウンティングパートナーズ 支払調書チーム <shiharai@acct-partners.co.jp>"],
        "subject": "販売委託の個人代理人2名分 登録情報（支払調書用）",
        "charset": "cp932",
        "body": f"""株式会社アカウンティングパートナーズ
支払調書チーム 御中

お世話になっております。日の出産業 代理店営業課の雑賀です。
今期から販売委託契約を結んだ個人の代理人2名の情報をお送りします。
報酬の支払と支払調書の作成をお願いいたします。

【1】
　氏名　　：五百旗頭 雄一（いおきべ ゆういち）
　住所　　：〒252-0303 神奈川県相模原市南区相模大野6-14-3-402
　個人番号：{_mn(2)}
　振込先　：みどり銀行 相模大野支店 普通 4418803 イオキベ ユウイチ

【2】
　氏名　　：廿日出 恵（はつかで めぐみ）
　住所　　：〒336-0017 埼玉県さいたま市南区南浦和2-31-9
　個人番号：{_mn(3)}
　振込先　：ゆうちょ銀行 〇一八店 普通 3092716 ハツカデ メグミ

契約書の写しは郵送いたします。よろしくお願いいたします。

{_SIG["saika"]}
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "reason 2: two individuals' My Numbers (with addresses and bank accounts) mailed to an outside contractor",
    },
    {
        "id": "eigyohoukoku-023",
        "sender": FROM["oikawa"],
        "to": ["takeshi_kunieda@yahoo.co.jp"],
        "subject": "Re: 浄水器の注文について",
        "charset": "iso-2022-jp",
        "body": f"""國枝 武様

このたびはひので清流をご注文いただき、誠にありがとうございます。
日の出産業 ホームプロダクツ営業課の及川でございます。

大変恐縮ながら、安全のため、クレジットカード番号はメールでお送り
いただかないようお願いしております。いただいたメールは当方で削除いたしました。
お手数ですが、明日（平日）こちらからお電話を差し上げ、決済方法をご案内いたします。
ご都合の悪い時間帯がございましたらお知らせください。

{_SIG["oikawa"]}

-----Original Message-----
From: 國枝 武 <takeshi_kunieda@yahoo.co.jp>
Sent: Monday, November 17, 2025 9:42 PM
To: info-home@hinode-sangyo.co.jp
Subject: 浄水器の注文について

チラシを見ました。SC-200を1台注文したいです。
支払いはカードでお願いします。
カード番号 {_card(4, " ")}
有効期限 11/27
國枝 武
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the card number is only in the quoted mail the customer himself sent; new text asks him not to mail it",
    },
    {
        "id": "eigyohoukoku-024",
        "sender": FROM["kito"],
        "to": ["北国フーズ 購買部 <kobai@kitaguni-fooods.co.jp>"],
        "cc": ["寒河江様 <sagae@kitaguni-foods.co.jp>"],
        "subject": "新千歳第二工場 冷蔵設備 概算お見積",
        "charset": "iso-2022-jp",
        "body": f"""北国フーズ株式会社
購買部 御中

いつもお世話になっております。日の出産業 名古屋営業所の鬼頭です。
寒河江様からご依頼いただいておりました概算お見積を添付いたします。
詳細は12月の三社打合せでご説明させていただきます。

{_SIG["kito"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "概算見積_新千歳第二工場.pdf",
            "lines": ["概算御見積書", "北国フーズ株式会社 御中", "件名：新千歳第二工場 冷蔵設備一式",
                      "プレハブ冷蔵庫 PR-30（30坪） 1式 18,600,000円",
                      "冷凍機ユニット 2基 9,400,000円", "工事費 一式 20,600,000円",
                      "合計 48,600,000円（税別）"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: kitaguni-fooods.co.jp (extra o) is a look-alike of partner kitaguni-foods.co.jp",
    },
    {
        "id": "eigyohoukoku-025",
        "sender": FROM["aimono"],
        "to": [FROM["wakamatsu"]],
        "cc": [FROM["isurugi"]],
        "subject": "【引継ぎ】大阪から移管する東京本社担当のお客様（6社）",
        "charset": "utf-8",
        "body": f"""若松さん

お疲れさまです。大阪営業所の四十物です。
12月から東京本社の担当に移るお客様の引継ぎです。キーマン情報も書いておきます。
（社内限りで。SFAにも同じ内容を入れてあります）

■株式会社ミナト厨房 大阪支店
　キーマン：支店長 岩城 克己 様　携帯 090-1142-8836　iwaki@minato-chubo.co.jp
　ゴルフ好き。決裁は本社購買（増子様）だが、支店長の推薦が効く。

■株式会社なにわ給食サービス
　キーマン：常務 勝間田 裕 様　携帯 080-5527-3019　katsumata@naniwa-kyushoku.co.jp
　値引きより保守の手厚さを評価するタイプ。

■ホテル淀屋橋
　キーマン：総料理長 雨宮 克典 様　直通 06-6203-7714
　新館の厨房計画（2027年）に要注意。

■堺ベイキッチン株式会社
　キーマン：購買課長 真砂 由美子 様　携帯 090-6634-0128　masago@sakai-baykitchen.co.jp

■有限会社玉造精肉
　キーマン：社長 玉造 仁 様　携帯 090-4409-7713（店の電話は昼は出ない）

■医療法人 ひかり会 北摂病院
　キーマン：栄養科長 伊賀 千鶴 様　内線 2210　iga@hokusetsu-hikari.or.jp

来週、同行の日程を組みましょう。

{_SIG["aimono"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "internal handover (osaka subdomain to head office) with six key contacts: all recipients internal",
    },
    {
        "id": "eigyohoukoku-026",
        "sender": FROM["chiba"],
        "to": ["やまびこ設備 営業部 郡司様 <gunji@yamabiko-setsubi.jp>"],
        "subject": "横浜・川崎エリア 個人店オーナー様の引継ぎについて",
        "charset": "iso-2022-jp",
        "body": f"""株式会社やまびこ設備
営業部　郡司様

お世話になっております。日の出産業の千葉です。
先日お話しした、直販から貴社へ移管する個人店様の情報をお送りします。
いずれもオーナー様個人との取引で、連絡はご本人の携帯が確実です。

◇ 中華料理 福満園（横浜市中区）
　オーナー：周防 正和 様
　携帯：090-3381-2027
　ご自宅：横浜市中区山手町58-3
　保有機：IM-90、RS-1200　※製氷機の異音あり、要点検

◇ 鮨 はま田（川崎市川崎区）
　オーナー：浜田 貢 様
　携帯：080-2294-6618
　ご自宅：川崎市川崎区大師駅前1-9-4
　保有機：RS-1800 ×2

◇ ビストロ ラ・メール（横浜市西区）
　オーナー：能登谷 亜希子 様
　携帯：090-7715-0462
　ご自宅：横浜市保土ケ谷区岩井町211-6
　保有機：DW-600

◇ 焼肉 炭火亭 鶴見店
　オーナー：金城 大樹 様
　携帯：070-5530-8841
　ご自宅：横浜市鶴見区豊岡町14-2-305
　保有機：IM-55、RS-1200

◇ そば処 やぶ善（川崎市高津区）
　オーナー：薮内 善次郎 様
　携帯：090-1208-3374
　ご自宅：川崎市高津区溝口3-17-8
　保有機：RS-1200

◇ カフェ ソルティ（横浜市神奈川区）
　オーナー：塩崎 美帆 様
　携帯：080-9923-4105
　ご自宅：横浜市神奈川区六角橋2-40-11
　保有機：IM-55

各オーナー様には、私から貴社へ担当が変わる旨をお電話でお伝え済みです。
よろしくお願いいたします。

{_SIG["chiba"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: six shop owners' mobiles and home addresses, one block each, handed to a distributor",
    },
    {
        "id": "eigyohoukoku-027",
        "sender": FROM["hasebe"],
        "to": ["Marcus Tan <marcus.tan@prtrading.com.sg>"],
        "cc": [FROM["isurugi"]],
        "subject": "RE: Quotation HS-EX-2025-044 / HP-200 pumps",
        "charset": "utf-8",
        "body": f"""Dear Marcus,

Thank you for your quick reply and for the updated quantities.

Please find our comments below:
- Quantity: 36 units of HP-200A (increased from 24) - unit price USD 2,180, FOB Yokohama
- Lead time: 10 weeks after PO and receipt of the down payment
- Payment: 30% T/T in advance, balance against B/L copy
- Spare parts kit (SK-200) is recommended for every 6 units

We will issue the revised quotation HS-EX-2025-044 rev.1 by Friday.
If your customer needs the pump curves, I can send them together.

Best regards,

{_SIG["hasebe"]}

{DISCLAIMER_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English quotation follow-up to one overseas customer with the standard disclaimer",
    },
    {
        "id": "eigyohoukoku-028",
        "sender": FROM["aimono"],
        "to": ["南海アクア販売 灰谷様 <haitani@nankai-aqua.jp>"],
        "cc": [
            "なにわ厨機 販売部 <hanbai@naniwa-chuki.co.jp>",
            "京滋設備工業 営業課 <eigyo@keiji-setsubi.co.jp>",
            "神戸ベイ設備 <info@kobe-bay-setsubi.jp>",
            FROM["saika"],
        ],
        "subject": "関西地区 販売店会議のご案内（1/22 さくらホテル大阪）",
        "charset": "cp932",
        "body": f"""関西地区 販売店各位

いつもお世話になっております。日の出産業 大阪営業所の四十物です。
恒例の販売店会議を下記のとおり開催いたします。

　日時：2026年1月22日（木）15:00〜17:30（終了後 懇親会）
　会場：さくらホテル大阪 3F「桜の間」
　内容：2026年度 販売方針、新製品RS-2400のご紹介、優秀販売店表彰

ご出欠を1月9日までにご返信いただけますと幸いです。

{_SIG["aimono"]}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "reason 4: four different dealers in To/Cc can see each other; should have been Bcc",
    },
    {
        "id": "eigyohoukoku-029",
        "sender": FROM["momose"],
        "to": ["朝日ビルメンテナンス 経理部 <keiri@asahi-bm.co.jp>"],
        "cc": ["稲垣様 <inagaki@asahi-bm.co.jp>"],
        "subject": "ご請求書送付のご案内（2025年11月分）",
        "charset": "utf-8",
        "body": f"""朝日ビルメンテナンス株式会社
経理部 御中

平素よりお世話になっております。日の出産業 営業管理課の百瀬でございます。
11月分のご請求書をPDFにてお送りいたします。
お支払期日までに下記口座へお振込みくださいますようお願い申し上げます。

{_SIG["momose"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "請求書_INV-2511-0922.pdf",
            "lines": [
                "請求書　INV-2511-0922",
                "朝日ビルメンテナンス株式会社 御中",
                "日の出産業株式会社　〒105-0012 東京都港区芝大門2-9-4",
                f"適格請求書発行事業者登録番号 T{HINODE_HOJIN}",
                "ご請求金額　436,700円（税込）　お支払期日　2025年12月31日",
                "",
            ],
            "table": [
                ["日付", "品番・内容", "数量", "金額"],
                ["11/05", "定期点検（本社ビル厨房）", "1", "148,000"],
                ["11/12", "DW-OP12 交換部品", "2", "166,000"],
                ["11/20", "緊急出動費", "1", "83,000"],
                ["", "消費税 10%", "", "39,700"],
                ["振込先", "みどり銀行 芝支店 普通 1180447 ヒノデサンギョウ（カ", "", ""],
            ],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's own bank account and T-number: business data, not personal",
    },
    {
        "id": "eigyohoukoku-030",
        "sender": FROM["jonouchi"],
        "to": ["鮫島 様 <samejima@kawasaki-denki.co.jp>"],
        "subject": "ベイサイドリテール様 案件状況（週次共有）",
        "charset": "utf-8",
        "body": f"""川崎電機株式会社
鮫島様

お世話になっております。日の出産業の城之内です。
ベイサイドリテール様の共同案件、今週の状況を共有します。

1. 先方体制の変更
　購買課長の蒲生 隆志 様が、先週末に酒気帯び運転で逮捕されたそうで、
　現在は自宅待機（休職扱い）とのことです。社内ではまだ公にしていない様子です。
　当面の窓口は係長の戸来 舞 様になります。

2. 提案スケジュール
　・12/2 戸来様へ再度ご説明（貴社ご同席をお願いします）
　・12/16 役員プレゼン（予定どおり）

3. 価格
　照明部分の値引き要望が強いです。貴社側で再検討可能か、ご相談させてください。

以上、よろしくお願いいたします。

{_SIG["jonouchi"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: a named customer manager's arrest (criminal matter) shared with an outside partner",
    },
    {
        "id": "eigyohoukoku-031",
        "sender": FROM["saegusa"],
        "to": ["錦印刷 営業部 丹治様 <tanji@nishiki-insatsu.co.jp>"],
        "subject": "2026年上期 展示会スケジュールと配布物の入稿予定",
        "charset": "iso-2022-jp",
        "body": f"""錦印刷株式会社
丹治様

いつもお世話になっております。日の出産業 営業企画室の三枝です。
来期上期の出展予定が固まりましたので、配布物の入稿予定とあわせてお知らせします。

　展示会名　　　　　　　　会期　　　　会場　　　　　配布物　　　　　入稿予定
　------------------------  ----------  ------------  --------------  --------
　HCJ2026（ホテレス）　　　2/17-2/20　東京ビッグサイト　総合カタログ3,000部　1/16
　FOODEX JAPAN 2026　　　　3/10-3/13　幕張メッセ　　新製品リーフ2,000部　2/6
　厨房設備機器展 大阪　　　4/15-4/17　インテックス大阪　総合カタログ1,500部　3/13
　九州厨房機器フェア　　　　5/21-5/22　マリンメッセ福岡　リーフ800部　　4/17
　
総合カタログは前年データからの改訂（約40ページ差替え）になる見込みです。
お見積をいただけますと助かります。

{_SIG["saegusa"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of events and print jobs to the partner printer: no people",
    },
    {
        "id": "eigyohoukoku-032",
        "sender": FROM["momose"],
        "to": ["ヒナタオートリース 契約管理課 <keiyaku@hinata-autolease.co.jp>"],
        "subject": "営業車 運転者追加登録のお願い（2名）",
        "charset": "cp932",
        "body": f"""株式会社ヒナタオートリース
契約管理課 御中

いつもお世話になっております。日の出産業 営業管理課の百瀬です。
12月1日付で営業部に配属となる2名について、営業車（契約No. HL-88120〜88122）の
運転者追加登録をお願いいたします。

　氏名　　　　生年月日　　　　免許証番号　　　　　有効期限　　　　　 種類
　若松 翔　　　平成12年7月14日　第３０１５０４２２７１８０号　令和9年8月14日まで　普通
　八戸 功　　　平成3年2月2日　　第４５１０９８７７３０１０号　令和8年3月2日まで　 中型

免許証の写しが必要でしたら、別途ご連絡ください。

{_SIG["momose"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "reason 2: two staff members' driver's licence numbers and birth dates sent to a leasing company",
    },
    {
        "id": "eigyohoukoku-033",
        "sender": FROM["kugimiya"],
        "to": ["株式会社博多うまかもん 購買部 野上様 <nogami@hakata-umakamon.co.jp>"],
        "subject": "【ご案内】冬の省エネ更新キャンペーン（12/1〜2/27）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>株式会社博多うまかもん<br>購買部　野上様</p>
<p>いつもお世話になっております。日の出産業 福岡営業所の釘宮です。<br>
貴社店舗の冷蔵ケース更新にあわせ、下記キャンペーンをご案内いたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#dbe9f7"><th>品番</th><th>品名</th><th>通常価格</th><th>キャンペーン価格</th><th>年間電気代（目安）</th></tr>
<tr><td>RS-1200E</td><td>省エネ冷蔵ショーケース 1200幅</td><td>768,000円</td><td>652,800円</td><td>約48,000円</td></tr>
<tr><td>RS-1800E</td><td>省エネ冷蔵ショーケース 1800幅</td><td>1,045,000円</td><td>888,250円</td><td>約66,000円</td></tr>
<tr><td>IM-90</td><td>製氷機 日産90kg</td><td>441,000円</td><td>396,900円</td><td>約52,000円</td></tr>
</table>
<p>既設機の下取り（1台 20,000円〜）も承ります。<br>
店舗ごとの試算をご希望でしたら、台数と設置年をお知らせください。</p>
<p>―――――――――――――――――<br>
日の出産業株式会社 福岡営業所<br>
釘宮 遼<br>
TEL 092-473-5520</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only campaign mail with a product/price table to one customer",
    },
    {
        "id": "eigyohoukoku-034",
        "sender": FROM["isurugi"],
        "to": ["北斗エンジニアリング 総務部 法務担当 <homu@hokuto-eng.co.jp>"],
        "cc": ["薬師寺様 <yakushiji@hokuto-eng.co.jp>", FROM["jonouchi"]],
        "subject": "取引基本契約書（案）のご送付",
        "charset": "iso-2022-jp",
        "body": f"""北斗エンジニアリング株式会社
総務部 法務ご担当者様

お世話になっております。日の出産業の石動です。
取引基本契約書（案）をお送りいたします。
PDFには閲覧パスワードを設定しております。パスワードは薬師寺様経由で
お電話にてお伝えいたします。

ご確認のほど、よろしくお願い申し上げます。

{_SIG["isurugi"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "取引基本契約書_案_北斗エンジニアリング様.pdf", "password": "hokuto1127",
            "lines": ["取引基本契約書（案）", "北斗エンジニアリング株式会社（以下「甲」）と日の出産業株式会社（以下「乙」）は…"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: password-protected PDF cannot be inspected",
    },
    {
        "id": "eigyohoukoku-035",
        "sender": FROM["kito"],
        "to": ["株式会社中京ミールサービス 設備管理部 <setsubi@chukyo-meal.co.jp>"],
        "subject": "【重要】製氷機 IM-90 無償点検のお願い（対象製造番号のご確認）",
        "charset": "cp932",
        "body": f"""株式会社中京ミールサービス
設備管理部 御中

平素より弊社製品をご愛用いただき、誠にありがとうございます。
日の出産業 名古屋営業所の鬼頭でございます。

製氷機 IM-90 の一部製品において、給水弁の部品不良により水漏れが発生する
おそれがあることが判明いたしました。貴社でご使用中の下記製造番号の製品が
対象となりますので、無償点検・部品交換をさせていただきたく存じます。

　設置場所　　　　　　　　製造番号
　本社セントラルキッチン　　202307140331
　本社セントラルキッチン　　202307140332
　名駅店　　　　　　　　　　202308020517
　金山店　　　　　　　　　　202309110086

点検日程は担当サービスより改めてご相談させていただきます。
ご迷惑をおかけし、誠に申し訳ございません。

{_SIG["kito"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "12-digit product serial numbers per shop: numbers that are not personal data",
    },
    {
        "id": "eigyohoukoku-036",
        "sender": FROM["saegusa"],
        "to": ["さくらホテル 宴会セールス 今泉様 <imaizumi@sakura-hotel.jp>"],
        "subject": "FW: 12/4 新製品セミナー 申込状況（名札・受付用）",
        "charset": "utf-8",
        "body": f"""さくらホテル
宴会セールス　今泉様

お世話になっております。日の出産業の三枝です。
12/4のセミナーの受付用に、社内で集計した申込者一覧を転送いたします。
名札の作成と受付名簿にご利用ください。当日の欠席連絡はこちらの番号に
入ることがありますので、ホテル側でも控えておいていただけると助かります。

{_SIG["saegusa"]}

-------- Forwarded Message --------
From: 百瀬 ゆかり <y.momose@hinode-sangyo.co.jp>
To: 三枝 理恵 <r.saegusa@hinode-sangyo.co.jp>
Subject: 12/4 新製品セミナー 申込状況

三枝さん
11/25時点の申込者です（9名）。

会社名,氏名,部署,電話,メール
株式会社ミナト厨房,増子 健一,購買部,090-4418-2275,masuko.k@minato-chubo.co.jp
株式会社なにわ給食サービス,勝間田 裕,常務,080-5527-3019,katsumata@naniwa-kyushoku.co.jp
ホテル淀屋橋,雨宮 克典,総料理長,06-6203-7714,amamiya@hotel-yodoyabashi.jp
朝日ビルメンテナンス株式会社,稲垣 美穂,施設管理部,03-5719-2260,inagaki@asahi-bm.co.jp
みなと中央病院,苫米地 礼子,栄養科,03-5442-8800,tomabechi@minato-chuo-hp.or.jp
株式会社とちぎフードサービス,渡良瀬 健,調達部,028-634-7701,watarase@tochigi-fs.co.jp
レストラン ル・ボワ,大貫 直樹,オーナーシェフ,090-6621-8804,lebois.onuki@gmail.com
株式会社日光ゆば本舗,星野 朋子,専務,0288-54-1170,hoshino@nikko-yuba.co.jp
株式会社さいたま中央青果,新井 昭彦,物流部,048-667-2015,arai.a@saitama-seika.co.jp

百瀬
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: forwarded internal list of 9 attendees with phones and e-mails goes to the hotel (a forward counts as new text)",
    },
    {
        "id": "eigyohoukoku-037",
        "sender": FROM["jonouchi"],
        "to": ["東邦機材 営業部 石神井様 <shakujii@tohokizai.co.jp>"],
        "subject": "12/8 同行訪問のスケジュール",
        "charset": "iso-2022-jp",
        "body": f"""東邦機材株式会社
石神井様

お世話になっております。日の出産業の城之内です。
12/8（月）の同行訪問、以下の段取りでお願いいたします。

　10:00　大宮駅 西口ロータリー集合（弊社社用車でお迎えします）
　10:30　株式会社さいたま中央青果 物流部 新井部長（冷蔵倉庫の件）
　13:30　熊谷総合病院 栄養科 反町科長（スチコンのデモ日程）
　15:30　有限会社川越ベーカリー工房 芦川社長（冷蔵ケース見積の説明）
　17:00　大宮駅 解散

どちらも御社エリアのお客様ですので、今後は御社主体でのフォローをお願いしたく。
当日はどうぞよろしくお願いいたします。

{_SIG["jonouchi"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit schedule naming customer contacts by company and title only, no other data about them",
    },
    {
        "id": "eigyohoukoku-038",
        "sender": FROM["saika"],
        "to": ["日本信用リサーチ 調査受付 <chosa@ncr-research.co.jp>"],
        "subject": "新規取引先 信用調査のご依頼（6社）",
        "charset": "utf-8",
        "body": f"""株式会社日本信用リサーチ
調査受付ご担当者様

いつもお世話になっております。日の出産業 代理店営業課の雑賀です。
新規に販売店契約を検討している下記6社について、標準調査をお願いいたします。

No. 商号                          法人番号          本店所在地
--  ----------------------------  ----------------  ------------------------------
1   株式会社九州厨設              {_hojin("290001045518")}     福岡市博多区東比恵2-17-3
2   神戸ベイ設備株式会社          {_hojin("140001077203")}     神戸市中央区港島中町6-2-1
3   京滋設備工業株式会社          {_hojin("130001033847")}     京都市南区吉祥院這登中町41
4   なにわ厨機株式会社            {_hojin("120001180962")}     大阪市浪速区元町2-8-5
5   道央設備サービス株式会社      {_hojin("430001061175")}     札幌市東区北十条東7-1-30
6   株式会社湘南ウォーターライフ  {_hojin("021001059926")}     神奈川県藤沢市辻堂元町4-3-8

納期は12月12日までを希望いたします。

{_SIG["saika"]}
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of companies with their corporate numbers and head-office addresses: businesses, not people",
    },
    {
        "id": "eigyohoukoku-039",
        "sender": FROM["chiba"],
        "to": ["丸広商事 営業部 沼尻様 <numajiri@maruhiro-shoji.co.jp>"],
        "subject": "貴社エリアの案件一覧（共同フォロー用）",
        "charset": "cp932",
        "body": f"""丸広商事株式会社
沼尻様

お世話になっております。日の出産業の千葉です。
先日の打合せでお話しした、貴社エリアの進行中案件の一覧をお送りします。
共同でフォローする案件に○を付けていただけますでしょうか。

{_SIG["chiba"]}
""",
        "attachments": [{
            "kind": "xlsx", "name": "パイプライン_東京東部_202511.xlsx",
            "page_header": "Confidential", "page_footer": "社外秘 — 日の出産業株式会社 営業本部",
            "sheets": {
                "案件": [
                    ["【社外秘】東京東部エリア 案件パイプライン（2025年11月）"],
                    ["案件ID", "顧客名", "案件名", "ランク", "見込金額(千円)", "競合", "当社提示率", "共同フォロー"],
                    ["P-25-0388", "株式会社江戸川ミート", "冷蔵倉庫更新", "B", 18200, "T社", "62%", ""],
                    ["P-25-0401", "錦糸町グランドホテル", "宴会厨房改装", "A", 32500, "なし", "68%", ""],
                    ["P-25-0419", "墨田区立学校給食センター", "食洗機入替", "C", 9400, "M社", "59%", ""],
                    ["P-25-0426", "株式会社浅草もんじゃ本舗", "店舗冷蔵ケース", "B", 2600, "T社", "64%", ""],
                ],
                "価格戦略": [
                    ["社外秘"], ["T社が競合の場合、提示率58%まで部長決裁で可"],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: the pipeline workbook is stamped 社外秘/Confidential (title, header, footer) and goes to a dealer",
    },
    {
        "id": "eigyohoukoku-040",
        "sender": FROM["mitarai"],
        "to": ["営業本部 全員 <eigyo-all@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】2026年度上期 営業方針と重点施策",
        "charset": "iso-2022-jp",
        "body": f"""【社外秘】
営業本部の皆さん

来期上期の営業方針を共有します。社外への転送は禁止です。

1. 売上目標：上期 58.0億円（前年同期比 +7%）
2. 重点施策
　(1) 病院・給食市場へのスチコン拡販（目標 120台）
　(2) 代理店経由の浄水器販売の立て直し（関西・九州）
　(3) 川崎電機との共同提案による大型リテール案件の獲得
3. 値引き決裁基準を12月から改定（詳細は営業企画室から別途）

各課長は12/5までに課別の施策案を提出してください。

{_SIG["mitarai"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail marked 社外秘 but sent only to the internal sales mailing list",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-041",
        "sender": FROM["hasebe"],
        "to": ["ワールドブリッジトラベル 法人営業部 帆足様 <hoashi@wb-travel.co.jp>"],
        "subject": "ハノーバーメッセ出張 航空券・ホテル手配（3名）",
        "charset": "utf-8",
        "body": f"""株式会社ワールドブリッジトラベル
法人営業部　帆足様

いつもお世話になっております。日の出産業 海外営業課の長谷部です。
4月のハノーバーメッセ視察・商談の件、下記3名で手配をお願いいたします。

日程：2026/4/18（土）羽田発 〜 4/25（土）羽田着
ホテル：メッセ会場までシャトルのあるホテル、シングル3室

■渡航者
1. HASEBE RENA　　　 長谷部 玲奈　1992/03/08生　旅券番号 TK4418203　有効期限 2031/06/30
2. ISURUGI MAKOTO　　石動 誠　　　1979/11/21生　旅券番号 MZ7720594　有効期限 2029/02/14
3. HACHINOHE ISAO　　八戸 功　　　1991/02/02生　旅券番号 TR1093385　有効期限 2033/09/05

マイレージ番号は後ほどお送りします。お見積をいただけますと幸いです。

{_SIG["hasebe"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "reason 2: three travellers' passport numbers and birth dates sent to a travel agency",
    },
    {
        "id": "eigyohoukoku-042",
        "sender": FROM["onodera"],
        "to": ["大和テクノサービス 工事課 漆原様 <urushibara@yamato-techno.co.jp>"],
        "subject": "RE: みなと中央病院 スチコン搬入 作業員名簿",
        "charset": "cp932",
        "body": f"""漆原様

お世話になっております。日の出産業の小野寺です。
作業員の方の名簿、ありがとうございました。病院側への入館申請は
こちらで済ませましたので、当日は8:30に通用口（南側）へお越しください。
駐車は搬入車両1台のみ可、作業員の方の車は近隣のコインパーキングを
ご利用いただくようお願いいたします。

{_SIG["onodera"]}

差出人: 漆原 悟 <urushibara@yamato-techno.co.jp>
送信日時: 2025年11月26日 17:05
宛先: 小野寺 彩花 <a.onodera@hinode-sangyo.co.jp>
件名: みなと中央病院 スチコン搬入 作業員名簿

小野寺様

12/6の搬入作業員の名簿をお送りします。

　氏名　　　　生年月日　　　携帯　　　　　　　資格
　漆原 悟　　　1978/05/12　090-2284-6017　　第二種電気工事士
　荻窪 拓也　　1989/10/03　080-6630-2248　　ガス機器設置スペシャリスト
　比嘉 翔太　　1996/01/27　070-4412-9305　　—
　野々村 剛　　1984/08/19　090-8871-0446　　第一種電気工事士
　石狩 大地　　2001/04/30　080-3375-6128　　—
　笹目 浩　　　1972/12/08　090-1109-8832　　職長

漆原
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the partner who sent the six-worker roster; the roster is only in the quoted original",
    },
    {
        "id": "eigyohoukoku-043",
        "sender": FROM["hasebe"],
        "to": ["Jonas Wegener <j.wegener@kruger-industrietechnik.de>"],
        "subject": "Nozzle drawings - how we will handle them",
        "charset": "utf-8",
        "body": f"""Dear Mr. Wegener,

Thank you for the call yesterday.

As discussed, the nozzle drawings you will share with us fall under the mutual NDA
we signed on 3 October. We will treat them as confidential, store them only on our
engineering share, and use them solely for evaluating the HP-200 adaptor.
Could you upload them to your customer portal instead of attaching them to e-mail?
My colleague Mr. Isurugi and I already have accounts.

Our evaluation report should be ready by mid-January.

Kind regards,

{_SIG["hasebe"]}

{DISCLAIMER_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail that talks about the NDA and treating drawings as confidential: a mention, not a marking",
    },
    {
        "id": "eigyohoukoku-044",
        "sender": FROM["jonouchi"],
        "to": ["鮫島 様 <samejima@kawasaki-denki.co.jp>"],
        "subject": "図面のご送付方法について",
        "charset": "iso-2022-jp",
        "body": f"""鮫島様

お世話になっております。日の出産業の城之内です。

ベイサイドリテール様の店舗図面ですが、先方から「機密性が高いのでメール添付は
不可」とのご指示がありました。先方指定のファイル共有サービスに格納されたものを、
貴社と弊社でそれぞれ閲覧する形になります。
アカウント発行の依頼を先方に出しておりますので、招待メールが届きましたら
ご登録をお願いいたします。

{_SIG["jonouchi"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing about how drawings are shared; no marking, no personal data",
    },
    {
        "id": "eigyohoukoku-045",
        "sender": FROM["isurugi"],
        "to": ["株式会社みさと乳業 品質管理課 <hinshitsu@misato-nyugyo.co.jp>"],
        "cc": ["栗城様 <kuriki@misato-nyugyo.co.jp>"],
        "subject": "12/15 CIP洗浄装置 現地調査 入場者届",
        "charset": "utf-8",
        "body": f"""株式会社みさと乳業
品質管理課 御中

お世話になっております。日の出産業の石動です。
12/15（月）の現地調査にあたり、貴社所定の入場者届の項目をお送りします。

■入場者（4名）
・石動 誠（いするぎ まこと）　昭和54年11月21日生　携帯 090-6612-3340
・城之内 拓海（じょうのうち たくみ）　平成6年4月9日生　携帯 080-7734-2291
・八戸 功（はちのへ いさお）　平成3年2月2日生　携帯 090-2275-0861
・ツバサシステム 倉橋 慎（くらはし しん）　昭和63年9月30日生　携帯 070-2218-5540

衛生服・帽子は貴社でご用意いただけるとのこと、ありがとうございます。
よろしくお願いいたします。

{_SIG["isurugi"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visitors' birth dates and mobiles for a food plant's entry form: under five people, may be warned",
    },
    {
        "id": "eigyohoukoku-046",
        "sender": FROM["oikawa"],
        "to": ["湘南ウォーターライフ 工事部 <koji@shonan-waterlife.jp>"],
        "subject": "12月前半 設置工事のご依頼（7件）",
        "charset": "utf-8",
        "html": """<html><body>
<p>株式会社湘南ウォーターライフ<br>工事部 御中</p>
<p>いつもお世話になっております。日の出産業の及川です。<br>
12月前半の浄水器設置工事を下記のとおりご依頼いたします。<br>
お客様への日程確認のお電話をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>受付No</th><th>お客様名</th><th>ご住所</th><th>電話</th><th>機種</th><th>希望日</th><th>備考</th></tr>
<tr><td>W-8801</td><td>小田切 宏</td><td>神奈川県藤沢市鵠沼海岸3-12-7</td><td>0466-34-2270</td><td>SC-310</td><td>12/2 午前</td><td>アンダーシンク</td></tr>
<tr><td>W-8806</td><td>稲村 早苗</td><td>神奈川県鎌倉市稲村ガ崎2-5-19</td><td>0467-31-8804</td><td>SC-200</td><td>12/3 午後</td><td></td></tr>
<tr><td>W-8812</td><td>腰越 達也</td><td>神奈川県鎌倉市腰越4-1-33</td><td>090-6628-1175</td><td>SC-200</td><td>12/4</td><td>駐車スペースなし</td></tr>
<tr><td>W-8815</td><td>江ノ本 恭子</td><td>神奈川県藤沢市片瀬海岸1-8-2-503</td><td>080-4471-0392</td><td>SC-310</td><td>12/5 午前</td><td>マンション 管理人に要連絡</td></tr>
<tr><td>W-8820</td><td>茅ヶ崎 誠一</td><td>神奈川県茅ヶ崎市東海岸南5-4-21</td><td>0467-86-5513</td><td>SC-100</td><td>12/8</td><td></td></tr>
<tr><td>W-8823</td><td>辻堂 まどか</td><td>神奈川県藤沢市辻堂東海岸2-9-6</td><td>090-3305-7746</td><td>SC-200</td><td>12/9 午後</td><td>犬あり</td></tr>
<tr><td>W-8827</td><td>逗子 和彦</td><td>神奈川県逗子市新宿3-2-14</td><td>046-871-2209</td><td>SC-310</td><td>12/10</td><td></td></tr>
</table>
<p>工事完了報告は従来どおり専用フォームでお願いいたします。</p>
<p>日の出産業株式会社 ホームプロダクツ営業課<br>及川 沙織</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 1: HTML table of seven private customers' names, home addresses and phones sent to an installer",
    },
    {
        "id": "eigyohoukoku-047",
        "sender": FROM["jonouchi"],
        "to": ["増子 様 <masuko.k@minato-chubo.co.jp>"],
        "subject": "FW: DW-900 三相200V 電源仕様について",
        "charset": "iso-2022-jp",
        "body": f"""増子様

お世話になっております。日の出産業の城之内です。
ご質問いただいた電源仕様について、ブースターヒーターのメーカーである
川崎電機から回答がありましたので、転送いたします。
ブレーカーは既設の60Aで問題ないとのことです。

{_SIG["jonouchi"]}

---------- 転送メッセージ ----------
From: 赤羽 亮介 <akabane@kawasaki-denki.co.jp>
Date: 2025/11/21 15:48
Subject: RE: DW-900 三相200V 電源仕様について
To: 城之内 拓海 <t.jonouchi@hinode-sangyo.co.jp>

城之内様

お問い合わせの件、回答いたします。
・ブースターヒーター KB-12：三相200V 12kW、定格電流 34.6A
・DW-900A 本体と合わせても、既設の60Aブレーカーで容量は足ります
・ただし4台同時立上げの場合は、起動時刻を5分ずつずらす設定を推奨します

川崎電機株式会社 技術サポート部
赤羽 亮介
TEL 044-520-7718（直通）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a partner engineer's technical answer; only his business signature, no personal records",
    },
    {
        "id": "eigyohoukoku-048",
        "sender": FROM["wakamatsu"],
        "to": ["石動 誠 <m.isurugi@hinodesangyo.co.jp>"],
        "cc": ["城之内 拓海 <t.jonouchi@hinode-sangyo.co.jp>"],
        "subject": "【週報】若松 第47週",
        "charset": "utf-8",
        "body": f"""石動課長

お疲れさまです。若松です。第47週の週報を提出します。

【実績】
・訪問 9件（新規 3件）、見積提出 4件、受注 1件（朝日BM様 部品 166千円）
【主な案件】
・朝日ビルメンテナンス様 保守契約（396万円/年）：稟議中、12月中旬に結論
・株式会社江戸川ミート様 冷蔵倉庫：T社と競合、提示率の相談をさせてください
・墨田区立学校給食センター：入札仕様書の公開待ち
【課題】
・見積作成に時間がかかっている。テンプレートの使い方を城之内さんに確認中。
【来週】
・12/1 江戸川ミート様 再訪、12/3 給食センター 現地説明会

以上です。

{_SIG["wakamatsu"]}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: weekly report meant for the manager goes to hinodesangyo.co.jp (hyphen dropped), a look-alike of the own domain",
    },
    {
        "id": "eigyohoukoku-049",
        "sender": FROM["shoji"],
        "to": [FROM["isurugi"], FROM["saika"]],
        "subject": "札幌営業所 週報（11/17-11/21）",
        "charset": "iso-2022-jp",
        "body": f"""石動課長、雑賀課長

お疲れさまです。札幌の東海林です。今週の報告です。

1. 杉浦工務店様：社長が脳梗塞で入院中（リハビリ中）。決裁は来春まで保留の見込み。
   道央設備サービスさんにも状況は伝えてありますが、病状の詳細は伏せています。
2. 株式会社すすきの食品館：経理部長の和久井 昭様が胃がんの治療で12月から休職。
   支払条件の変更交渉は後任の課長と進めます。
3. 北国フーズ様 新千歳第二工場：12/10現地調査（鬼頭さん同行）。

以上、社内限りでお願いします。

{_SIG["shoji"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal weekly report naming customers' illnesses; all recipients internal",
    },
    {
        "id": "eigyohoukoku-050",
        "sender": FROM["chiba"],
        "to": ["丸広商事 営業部 若狭様 <wakasa@maruhiro-shoji.co.jp>"],
        "cc": ["沼尻様 <numajiri@maruhiro-shoji.co.jp>"],
        "subject": "【引継書】台東・荒川エリア 直販顧客の移管について",
        "charset": "utf-8",
        "body": f"""丸広商事株式会社
営業部　若狭様

お世話になっております。日の出産業の千葉です。
1月から貴社にご担当いただく直販顧客の引継書を添付いたします。
訪問時のご注意点も書いておきましたので、事前にお目通しください。

{_SIG["chiba"]}
""",
        "attachments": [{
            "kind": "docx", "name": "引継書_台東荒川エリア_丸広商事様.docx",
            "title": "顧客引継書",
            "paragraphs": [
                "顧客引継書（台東・荒川エリア）",
                "作成：日の出産業株式会社 営業第二部 千葉 真由　2025年11月28日",
                "以下の4件を2026年1月1日付で丸広商事株式会社様へ移管する。",
            ],
            "tables": [[
                ["顧客名", "窓口", "保有機", "訪問時の注意点"],
                ["有限会社松ヶ枝食堂", "店主 松ヶ枝 勝 様", "RS-1200, IM-55",
                 "熱心な〇〇教会の信者で役員も務めておられる。日曜午前は礼拝のため連絡不可。宗教の話題は避けること。"],
                ["株式会社三ノ輪ミート", "専務 箕輪 貴之 様", "プレハブ冷蔵庫 PR-10", "支払はやや遅れがち。月末締め翌月末。"],
                ["日暮里フードマーケット", "店長 根津 亜由美 様", "RS-1800 ×3", "夕方は繁忙、14時台の訪問を希望。"],
                ["蔵前ベーカリー", "オーナー 蔵前 陽介 様", "RS-1200", "特になし。"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: handover sheet records a named shop owner's religion (church office, worship) and goes to a dealer",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-051",
        "sender": FROM["wakamatsu"],
        "to": ["稲垣 美穂 様 <inagaki@asahi-bm.co.jp>"],
        "cc": [FROM["isurugi"]],
        "subject": "厨房機器の予防保全プランご提案資料",
        "charset": "iso-2022-jp",
        "body": f"""朝日ビルメンテナンス株式会社
稲垣様

お世話になっております。日の出産業の若松です。
先日のお打合せでご要望のあった、管理物件12拠点向けの予防保全プランの
ご提案資料をお送りいたします。社内のご説明にお使いいただければ幸いです。

{_SIG["wakamatsu"]}
""",
        "attachments": [{
            "kind": "pptx", "name": "予防保全プランご提案_朝日BM様.pptx", "title": "予防保全プランご提案",
            "slides": [
                ["予防保全プランのご提案", "朝日ビルメンテナンス株式会社 様", "日の出産業株式会社 2025年11月"],
                ["現状の課題", "突発故障による厨房停止：昨年度 9件", "緊急出動費：年間 約74万円", "部品手配の待ち時間：平均3.2日"],
                ["ご提案内容", "年2回の定期点検（全12拠点）", "消耗部品の計画交換", "24時間受付・4時間以内駆けつけ"],
                ["費用と効果", "年額 3,960,000円（税別）", "突発故障 ▲60%（当社実績平均）", "3年契約で年額5%割引"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX proposal to one customer: products, costs, no personal data",
    },
    {
        "id": "eigyohoukoku-052",
        "sender": FROM["oikawa"],
        "to": ["ひかりクレジット 加盟店審査課 <shinsa@hikari-credit.co.jp>"],
        "subject": "分割払い申込書の送付（受付No. W-8836）",
        "charset": "utf-8",
        "body": f"""ひかりクレジット株式会社
加盟店審査課 御中

いつもお世話になっております。日の出産業の及川です。
浄水器SC-310の分割払いお申込みがありましたので、申込書をPDFでお送りします。
原本は本日郵送いたしました。審査結果のご連絡をお待ちしております。

{_SIG["oikawa"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "分割払申込書_W-8836.pdf",
            "lines": [
                "ショッピングクレジット 分割払申込書　受付No. W-8836",
                "加盟店：日の出産業株式会社（加盟店コード HK-20417）",
                "",
                "お申込者　氏名：鵠沼 晴美（クゲヌマ ハルミ）　性別：女",
                "生年月日：昭和４９年８月１７日",
                "住所：〒251-0037 神奈川県藤沢市鵠沼海岸6-3-11",
                "電話：0466-35-7702　携帯：090-4412-6638",
                "勤務先：藤沢市内 医療法人 受付事務　年収：280万円",
                "本人確認書類：健康保険証　保険者番号 01140013　記号 2143　番号 887",
                "",
                "商品：家庭用浄水器 SC-310 本体・工事費　218,000円（税込）",
                "支払回数：24回　初回 9,850円／2回目以降 9,100円",
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "reason 2: credit application PDF with a customer's health-insurance card symbol/number as ID, plus DOB and address",
    },
    {
        "id": "eigyohoukoku-053",
        "sender": FROM["chiba"],
        "to": ["ベイサイドリテール 商品部 <shohin@bayside-retail.com>"],
        "subject": "家庭用浄水器 商品マスタ登録データ",
        "charset": "cp932",
        "body": f"""株式会社ベイサイドリテール
商品部 御中

いつもお世話になっております。日の出産業の千葉です。
来春の家電売場での取扱開始に向けて、商品マスタ登録用のデータをお送りします。
JANコード、寸法、重量、ケース入数を記載しております（UTF-8のCSVです）。

{_SIG["chiba"]}
""",
        "attachments": [{
            "kind": "csv", "name": "商品マスタ_ひので清流_2026.csv", "encoding": "utf-8",
            "rows": [
                ["JANコード", "品番", "商品名", "希望小売価格", "幅mm", "奥行mm", "高さmm", "重量kg", "ケース入数"],
                ["4960123420005", "SC-200", "ひので清流 スタンダード", "158000", "210", "160", "350", "3.2", "2"],
                ["4960123431001", "SC-310", "ひので清流 アンダーシンク", "198000", "250", "180", "380", "4.1", "2"],
                ["4960123410006", "SC-100", "ひので清流 蛇口直結", "39800", "120", "85", "160", "0.6", "10"],
                ["4960123420906", "SC-C20", "交換カートリッジ（SC-200用）", "12800", "75", "75", "260", "0.5", "20"],
                ["4960123431902", "SC-C31", "交換カートリッジ（SC-310用）", "15800", "80", "80", "290", "0.6", "20"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product master CSV with 13-digit JAN codes: numbers that are not personal data",
    },
    {
        "id": "eigyohoukoku-054",
        "sender": FROM["onodera"],
        "to": ["苫米地 様 <tomabechi@minato-chuo-hp.or.jp>"],
        "subject": "Re: 他病院での導入事例について",
        "charset": "iso-2022-jp",
        "body": f"""苫米地様

お世話になっております。日の出産業の小野寺です。

他病院様での導入事例のお問い合わせ、ありがとうございます。
詳しい導入報告書は社外秘の資料のため添付をご容赦いただきたいのですが、
概要は以下のとおりです。

・都内の500床規模の病院：SCV-10を3台導入、朝食調理の人員を2名→1名に
・千葉県の300床規模の病院：ソフト食の調理時間を1日あたり約90分短縮

先方のご了解が得られれば、見学のご案内も可能です。

{_SIG["onodera"]}

> 小野寺様
> 他の病院での導入事例があれば教えていただけますか。
> 苫米地
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 is only mentioned as the reason a report is not attached; nothing is marked",
    },
    {
        "id": "eigyohoukoku-055",
        "sender": FROM["oikawa"],
        "to": ["大和テクノサービス サービス管理課 <service@yamato-techno.co.jp>"],
        "subject": "ひので清流 保証登録データ（10月受付分）",
        "charset": "utf-8",
        "body": f"""大和テクノサービス株式会社
サービス管理課 御中

お世話になっております。日の出産業の及川です。
10月受付分の保証登録データをZIPでお送りします。
貴社の修理受付システムへの取込みをお願いいたします。

{_SIG["oikawa"]}
""",
        "attachments": [{
            "kind": "zip", "name": "warranty_202510.zip",
            "files": [
                {"kind": "txt", "name": "readme.txt",
                 "text": "保証登録データ 2025年10月受付分\n文字コード: Shift_JIS\n件数: 30件\n"},
                {"kind": "csv", "name": "warranty_202510.csv", "encoding": "cp932",
                 "rows": [["登録No", "氏名", "生年月日", "電話", "住所", "品番", "製造番号", "購入日"]] + [
                     [f"G{25100 + i}", name, dob, tel, addr, model, f"2025{(i % 9) + 1:02d}{i * 37 % 100:02d}{4100 + i * 13:04d}", f"2025/10/{(i % 28) + 1:02d}"]
                     for i, (name, dob, tel, addr, model) in enumerate([
                         ("相原 京子", "1958/04/02", "03-3701-2284", "東京都世田谷区奥沢3-21-7", "SC-200"),
                         ("井ノ口 勉", "1949/11/19", "042-571-3390", "東京都国立市中2-8-15", "SC-310"),
                         ("宇佐美 千秋", "1972/07/08", "045-892-1156", "横浜市磯子区洋光台4-12-3", "SC-100"),
                         ("榎本 政夫", "1955/02/26", "0467-22-8841", "神奈川県鎌倉市材木座5-6-20", "SC-200"),
                         ("大河内 瞳", "1980/09/14", "090-3812-4470", "東京都杉並区阿佐谷北1-33-9", "SC-310"),
                         ("柿沼 進", "1946/06/30", "048-263-5107", "埼玉県川口市芝新町7-4", "SC-200"),
                         ("木暮 由里", "1969/12/03", "027-251-6693", "群馬県前橋市岩神町3-18-2", "SC-100"),
                         ("久留島 隆", "1951/03/21", "03-3997-4021", "東京都練馬区石神井台6-2-11", "SC-310"),
                         ("小宮山 博子", "1963/08/09", "042-322-7785", "東京都府中市宮西町2-9-1", "SC-200"),
                         ("佐野 修司", "1977/01/17", "080-2256-0934", "千葉県市川市八幡4-15-6", "SC-200"),
                         ("宍戸 幸恵", "1960/10/28", "043-255-1184", "千葉市中央区椿森3-7-22", "SC-310"),
                         ("菅沼 健治", "1948/05/05", "0466-81-3372", "神奈川県藤沢市藤が丘1-6-3", "SC-100"),
                         ("瀬戸口 愛", "1985/04/11", "090-7725-6148", "東京都品川区戸越5-3-14-402", "SC-200"),
                         ("高遠 良一", "1953/09/23", "0422-43-9906", "東京都武蔵野市吉祥寺南町4-2-8", "SC-310"),
                         ("千野 和恵", "1967/02/14", "048-776-2013", "埼玉県上尾市柏座2-12-5", "SC-200"),
                         ("土屋 誠", "1974/11/30", "03-3620-5518", "東京都江戸川区東小岩3-11-20", "SC-100"),
                         ("鳥飼 美紀", "1982/06/22", "080-6614-2207", "川崎市中原区木月2-19-7", "SC-310"),
                         ("中條 敏", "1950/01/09", "0428-31-4460", "東京都青梅市東青梅2-5-17", "SC-200"),
                         ("二階堂 礼子", "1957/07/27", "047-368-1129", "千葉県松戸市小金原6-2-3", "SC-200"),
                         ("沼田 健太", "1990/03/15", "070-3318-2664", "東京都足立区綾瀬4-25-1", "SC-100"),
                         ("萩原 信子", "1944/12/24", "042-771-3052", "相模原市中央区矢部3-8-6", "SC-310"),
                         ("東山 亮", "1971/05/19", "03-3782-4491", "東京都品川区旗の台2-10-4", "SC-200"),
                         ("藤代 茂", "1952/08/02", "0297-62-1183", "茨城県取手市井野台4-4-9", "SC-200"),
                         ("堀之内 沙也加", "1988/10/06", "090-5520-7813", "東京都八王子市堀之内2-18-3", "SC-310"),
                         ("前園 幸三", "1947/03/29", "045-571-2206", "横浜市鶴見区東寺尾1-27-10", "SC-100"),
                         ("三國 早苗", "1965/12/12", "0476-22-6619", "千葉県成田市幸町3-1-5", "SC-200"),
                         ("村主 和也", "1976/07/01", "048-432-9957", "埼玉県戸田市上戸田2-30-8", "SC-310"),
                         ("茂呂 つや子", "1941/09/18", "03-3601-3375", "東京都葛飾区立石6-12-2", "SC-200"),
                         ("八木橋 剛", "1983/02/07", "080-9154-3320", "東京都調布市国領町5-40-1", "SC-100"),
                         ("吉武 直美", "1961/04/25", "044-966-2718", "川崎市麻生区百合丘1-14-6", "SC-310"),
                     ])
                 ]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: ZIP (not encrypted) holding a CSV of 30 customers with birth dates, phones and addresses, to a service contractor",
    },
    {
        "id": "eigyohoukoku-056",
        "sender": FROM["hasebe"],
        "to": ["Nattapong Srisuk <nattapong@siam-kitchenpro.co.th>"],
        "cc": ["Pimchanok R. <pimchanok@siam-kitchenpro.co.th>", FROM["isurugi"]],
        "subject": "Visit plan: Bangkok 9-11 December",
        "charset": "utf-8",
        "body": f"""Dear Khun Nattapong,

Thank you for arranging the customer visits next month. Our plan is as follows:

  Date      Time   Customer / place                      Purpose
  --------  -----  ------------------------------------  ---------------------------
  Dec 9     14:00  Siam KitchenPro office                 FY2026 sales plan review
  Dec 10    10:00  Riverside Grand Hotel (central kitchen) DW-900 demo follow-up
  Dec 10    15:00  Chao Phraya Foods, Samut Prakan plant   Ice maker IM-240 proposal
  Dec 11    09:30  Siam KitchenPro warehouse               Spare parts stock check

Mr. Isurugi (Sales Manager) and I will travel together. We will stay at the
Sukhumvit area, so pick-up from the hotel would be very helpful.

Best regards,

{_SIG["hasebe"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English visit plan to one overseas distributor (two people of the same company); businesses only",
    },
    {
        "id": "eigyohoukoku-057",
        "sender": FROM["onodera"],
        "to": ["ミナト厨房 総務部 佐伯様 <saeki@minato-chubo.co.jp>"],
        "subject": "1/20 洗浄機取扱い研修 ご参加者の確認",
        "charset": "utf-8",
        "body": f"""株式会社ミナト厨房
総務部　佐伯様

お世話になっております。日の出産業の小野寺です。
DW-900の取扱い研修へのお申込み、ありがとうございます。
ご参加者を以下のとおり承りました。相違がないかご確認ください。

　氏名　　　　　所属　　　　　　携帯（当日連絡用）
　――――――　――――――　――――――――――
　佐伯 朋美　　総務部　　　　090-3310-8825
　増子 健一　　購買部　　　　090-4418-2275
　柳田 悠斗　　品川工場　　　080-2247-6601
　能勢 和代　　品川工場　　　090-5526-1130
　古賀 俊介　　大阪支店　　　070-6654-2087

当日は品川工場の研修室をお借りします。開始は13:30です。

{_SIG["onodera"]}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five people's names and mobiles, but all are the customer's own staff sent back to that customer for confirmation",
    },
    {
        "id": "eigyohoukoku-058",
        "sender": FROM["kugimiya"],
        "to": ["野上 様 <nogami@hakata-umakamon.co.jp>"],
        "subject": "Re: 【ご案内】冬の省エネ更新キャンペーン",
        "charset": "cp932",
        "body": f"""野上様

お世話になっております。日の出産業の釘宮です。
早速のご返信ありがとうございます。

天神店・博多駅前店・小倉店の3店舗分で試算いたしました。
　・RS-1200E ×5台、RS-1800E ×2台：キャンペーン価格計 5,040,500円（税別）
　・下取り 7台：▲140,000円
　・年間電気代の削減見込み：約31万円
3店舗とも12月中のご発注で、1月後半の入替が可能です。

{_SIG["kugimiya"]}

{DISCLAIMER_JA}

> 釘宮様
> ご案内ありがとうございます。天神、博多駅前、小倉の3店舗で検討したいので
> 試算をお願いできますか。
> 野上
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary reply with a quotation and the standard Japanese confidentiality disclaimer",
    },
    {
        "id": "eigyohoukoku-059",
        "sender": FROM["jonouchi"],
        "to": ["鮫島 様 <samejima@kawasaki-denki.co.jp>"],
        "subject": "ベイサイドリテール様 店舗別台数表",
        "charset": "iso-2022-jp",
        "body": f"""鮫島様

お世話になっております。城之内です。
ご依頼の店舗別台数表をお送りします。照明の台数根拠にお使いください。

{_SIG["jonouchi"]}
""",
        "attachments": [{"kind": "corrupt", "name": "店舗別台数表_ベイサイド32店.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "reason 7: the attached workbook is corrupt and cannot be inspected",
    },
    {
        "id": "eigyohoukoku-060",
        "sender": FROM["aimono"],
        "to": ["なにわ厨機 販売部 北浜様 <kitahama@naniwa-chuki.co.jp>"],
        "subject": "上期 販売実績のご報告（貴社扱い分）",
        "charset": "utf-8",
        "body": f"""なにわ厨機株式会社
販売部　北浜様

いつもお世話になっております。日の出産業 大阪営業所の四十物です。
上期（4〜9月）の貴社扱い分の販売実績をまとめました。

　納入先　　　　　　　　　　　品目　　　　　台数　金額（千円）
　株式会社なにわ給食サービス　DW-900A　　　　2　　 2,720
　ホテル淀屋橋　　　　　　　　SCV-10　　　　 1　　 3,480
　堺ベイキッチン株式会社　　　RS-1800　　　　4　　 3,920
　医療法人 ひかり会 北摂病院　IM-240　　　　 1　　   865
　天満橋グルメビル（管理組合）RS-1200　　　　6　　 4,320
　――――――――――――――――――――――――――――――――――――
　合計　　　　　　　　　　　　　　　　　　　14　　15,305

目標比は 96% でした。下期の重点先について、12月にご相談させてください。

{_SIG["aimono"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sales results by customer company (businesses) to the dealer that handled them",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-061",
        "sender": FROM["oikawa"],
        "to": ["sakurako.hmd@gmail.com", "tanuma_k1962@yahoo.co.jp", "yuuki.morishita@icloud.com"],
        "subject": "【ひので清流】モニターご当選のお知らせ",
        "charset": "iso-2022-jp",
        "body": f"""モニターにご応募いただいた皆さま

このたびは「ひので清流 3か月モニター」にご応募いただき、誠にありがとうございます。
厳正な抽選の結果、ご当選となりましたのでお知らせいたします。

設置工事の日程調整のため、近日中にお客様窓口からお電話いたします。
モニター期間終了後には、簡単なアンケートへのご協力をお願いいたします。

今後ともよろしくお願いいたします。

{_SIG["oikawa"]}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "reason 4: three private persons in To see each other's personal addresses; should have been Bcc",
    },
    {
        "id": "eigyohoukoku-062",
        "sender": FROM["saegusa"],
        "to": ["錦印刷 丹治様 <tanji@nishiki-insatsu.co.jp>"],
        "cc": ["デザインオフィス・ノート 藍沢様 <aizawa@design-note.jp>"],
        "subject": "総合カタログ2026 入稿データと校正スケジュール",
        "charset": "utf-8",
        "body": f"""錦印刷株式会社 丹治様
デザインオフィス・ノート 藍沢様

お世話になっております。日の出産業の三枝です。
総合カタログ2026の進め方について、三者で確認させてください。

・1/9　デザインオフィス・ノート様 → 錦印刷様 入稿（差替え40ページ）
・1/14 初校（PDF）→ 弊社チェック 1/16
・1/21 再校 → 1/23 校了
・2/6　納品（本社 2,000部／大阪営業所 1,000部）

価格ページは最後に差し替えますので、仮の数字のまま進めてください。

{_SIG["saegusa"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (printer and designer) in To/Cc: a normal three-way work mail",
    },
    {
        "id": "eigyohoukoku-063",
        "sender": FROM["saegusa"],
        "to": ["Kei Tachibana <kei.tachibana.design@gmail.com>"],
        "subject": "販売店向けリーフレット 製品写真データの件",
        "charset": "utf-8",
        "body": f"""立花さん

お世話になっております。日の出産業の三枝です。
販売店向けリーフレットの製品写真、社内の撮影分が揃いましたので
共有フォルダに置きました（リンクは別途Teamsでお送りします）。

・RS-2400：正面／斜め45度／扉開け の3カット
・SCV-10：操作パネルのアップ
・SC-310：設置イメージ（キッチン下）

ラフは12/12頃に拝見できると嬉しいです。よろしくお願いします。

{_SIG["saegusa"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one freelance designer on free mail; product material only",
    },
    {
        "id": "eigyohoukoku-064",
        "sender": FROM["saegusa"],
        "to": ["アドプラネット 営業局 真鍋様 <manabe@adplanet.co.jp>"],
        "subject": "FW: 【社外秘】RS-2400 発売計画（価格・販促予算）",
        "charset": "iso-2022-jp",
        "body": f"""真鍋様

お世話になっております。日の出産業の三枝です。
来春の販促プランのご提案にあたり、社内の発売計画をそのまま転送します。
予算感の参考にしてください。

{_SIG["saegusa"]}

-----Original Message-----
From: 御手洗 剛 <t.mitarai@hinode-sangyo.co.jp>
Sent: Tuesday, November 25, 2025 6:12 PM
To: 営業企画室 <kikaku@hinode-sangyo.co.jp>
Subject: 【社外秘】RS-2400 発売計画（価格・販促予算）

■■■ 社外秘・取扱注意 ■■■
・発売日：2026年4月1日（公式発表は3月10日、それまで社外厳禁）
・定価：1,380,000円、販売店仕切 66%、初年度目標 850台
・販促予算：4,800万円（Web 45%、展示会 30%、販売店インセンティブ 25%）
・競合T社の新機種（5月予定）の情報は川崎電機経由の非公式情報

御手洗
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: forward of an internal mail marked 【社外秘】/取扱注意 (subject and body stamp) to an ad agency",
    },
    {
        "id": "eigyohoukoku-065",
        "sender": FROM["kito"],
        "to": ["中京ミールサービス 購買部 加茂様 <kamo@chukyo-meal.co.jp>"],
        "subject": "名駅店 改装工事 見積明細（CSV）",
        "charset": "utf-8",
        "body": f"""株式会社中京ミールサービス
購買部　加茂様

お世話になっております。日の出産業 名古屋営業所の鬼頭です。
名駅店改装の見積明細を、ご要望どおりCSVでお送りします（UTF-8）。
貴社の購買システムへそのまま取り込めるよう、列の並びを合わせてあります。

見積番号：Q-2025-01244　有効期限：2026/1/31

{_SIG["kito"]}
""",
        "attachments": [{
            "kind": "csv", "name": "Q-2025-01244_meieki.csv", "encoding": "utf-8",
            "rows": [
                ["見積番号", "行", "品番", "品名", "数量", "単位", "単価", "金額"],
                ["Q-2025-01244", "1", "RS-1800E", "省エネ冷蔵ショーケース 1800幅", "2", "台", "888250", "1776500"],
                ["Q-2025-01244", "2", "IM-90", "製氷機 日産90kg", "1", "台", "396900", "396900"],
                ["Q-2025-01244", "3", "DW-600", "アンダーカウンター食洗機", "1", "台", "598000", "598000"],
                ["Q-2025-01244", "4", "KJ-001", "据付工事費", "1", "式", "265000", "265000"],
                ["Q-2025-01244", "5", "KJ-009", "既設機撤去・処分費", "1", "式", "58000", "58000"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation detail as UTF-8 CSV to the customer: products and prices only",
    },
    {
        "id": "eigyohoukoku-066",
        "sender": FROM["momose"],
        "to": ["青葉運輸 東京営業所 配車係 <haisha-tokyo@aoba-unyu.co.jp>"],
        "subject": "12月第1週 配送予定（店舗納品分）",
        "charset": "cp932",
        "body": f"""青葉運輸株式会社
東京営業所 配車係 御中

いつもお世話になっております。日の出産業 営業管理課の百瀬です。
12月第1週の店舗納品分の配送予定を添付（Excel 97-2003形式）でお送りします。
大型品（RS-1800E）は2名作業・台車持参でお願いいたします。

{_SIG["momose"]}
""",
        "attachments": [{
            "kind": "xls", "name": "配送予定_2025-12W1.xls",
            "sheets": {
                "配送予定": [
                    ["配送日", "受注番号", "届け先", "届け先住所", "届け先電話", "品番", "数量", "時間指定"],
                    ["12/1", "SO-2511-0402", "ベイサイドリテール 品川店", "東京都品川区東品川4-12-6", "03-5715-2201", "RS-1800E", 2, "8-10時"],
                    ["12/1", "SO-2511-0402", "ベイサイドリテール 大井町店", "東京都品川区大井1-50-5", "03-5718-3340", "RS-1800E", 2, "8-10時"],
                    ["12/2", "SO-2511-0417", "株式会社江戸川ミート 本社", "東京都江戸川区臨海町3-6-2", "03-3687-5510", "PR-10", 1, "午前"],
                    ["12/3", "SO-2511-0425", "錦糸町グランドホテル", "東京都墨田区錦糸2-2-1", "03-3624-1190", "DW-900A", 1, "14時以降"],
                    ["12/4", "SO-2511-0431", "朝日ビルメンテナンス 倉庫", "東京都大田区平和島3-4-1", "03-3762-4418", "DW-OP12", 2, "指定なし"],
                    ["12/5", "SO-2511-0440", "丸広商事 浅草橋倉庫", "東京都台東区浅草橋3-14-2", "03-3861-2201", "IM-90", 3, "午前"],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "delivery schedule to the partner carrier: shops and warehouses with their switchboards (businesses)",
    },
    {
        "id": "eigyohoukoku-067",
        "sender": FROM["kugimiya"],
        "to": ["九州厨設 営業課 樋渡様 <hiwatashi@kyushu-chusetsu.co.jp>"],
        "subject": "新規口座開設の件（フォー・サイゴン 中洲店 グエン様）",
        "charset": "utf-8",
        "body": f"""株式会社九州厨設
樋渡様

お世話になっております。日の出産業 福岡営業所の釘宮です。
先日ご紹介いただいたベトナム料理店のオーナー様、個人事業主としての
口座開設に必要な情報をいただきましたので共有します。

　店名　　　：フォー・サイゴン 中洲店
　代表者　　：NGUYEN VAN AN（グエン・ヴァン・アン）様
　生年月日　：1987年5月23日
　在留カード：番号 UF48201937HQ（有効期限 2028年6月10日、永住者）
　店舗住所　：福岡市博多区中洲3-6-21 中洲ハイツ1F
　携帯　　　：080-5913-2746

製氷機 IM-90 と冷蔵ケース RS-1200 を年明けに導入予定です。
与信は貴社でお願いできますでしょうか。

{_SIG["kugimiya"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reason 2: a customer's residence-card number (with DOB and mobile) sent to a distributor",
    },
    {
        "id": "eigyohoukoku-068",
        "sender": FROM["isurugi"],
        "to": ["栗城 誠司 様 <kuriki@misato-nyugyo.co.jp>"],
        "subject": "11/27 お打合せ議事録（CIP洗浄装置）",
        "charset": "iso-2022-jp",
        "body": f"""株式会社みさと乳業
栗城様

お世話になっております。日の出産業の石動です。
昨日はありがとうございました。議事録をお送りいたしますので、
ご確認のうえ、修正点がございましたらお知らせください。

{_SIG["isurugi"]}
""",
        "attachments": [{
            "kind": "docx", "name": "議事録_20251127_みさと乳業様.docx", "title": "議事録 CIP洗浄装置",
            "paragraphs": [
                "議事録　CIP洗浄装置 更新の件",
                "日時：2025年11月27日（木）14:00〜15:30　場所：みさと乳業 本社工場 会議室B",
                "出席：みさと乳業 栗城様（生産技術課長）、宇賀神様（品質管理課）",
                "　　　日の出産業 石動、城之内、八戸",
            ],
            "tables": [[
                ["No", "議題", "決定・確認事項", "担当", "期限"],
                ["1", "洗浄対象ライン", "充填ライン2系統＋タンク4基", "みさと乳業", "—"],
                ["2", "薬液の選定", "既存のアルカリ洗剤を継続使用", "日の出産業", "12/10"],
                ["3", "工事期間", "年末年始の停止期間（12/29〜1/4）で実施可否を検討", "両社", "12/5"],
                ["4", "次回", "12/15 現地調査", "日の出産業", "—"],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DOCX minutes naming the attendees (names and titles only) sent back to the customer",
    },
    {
        "id": "eigyohoukoku-069",
        "sender": FROM["chiba"],
        "to": ["九州厨設 仕入部 <purchase@kyushu-chusetsu.co.jp>"],
        "subject": "新規販売店様向け 販促資料一式",
        "charset": "cp932",
        "body": f"""株式会社九州厨設
仕入部 御中

このたびは販売店契約を締結いただき、誠にありがとうございます。
日の出産業 代理店営業課の千葉でございます。

販促資料一式をZIPにまとめてお送りいたします（パスワードはかけておりません）。
　・総合カタログ（PDF）
　・販売店価格表（Excel）
　・店頭POPデータ（PDF）

紙のカタログは来週、100部を郵送いたします。

{_SIG["chiba"]}
""",
        "attachments": [{
            "kind": "zip", "name": "販促資料一式_2026.zip",
            "files": [
                {"kind": "pdf", "name": "総合カタログ2026_抜粋.pdf",
                 "lines": ["日の出産業 総合カタログ2026（抜粋）", "冷蔵ショーケース RS シリーズ", "食器洗浄機 DW シリーズ", "製氷機 IM シリーズ"]},
                {"kind": "xlsx", "name": "販売店価格表_2026.xlsx",
                 "sheets": {"価格表": [["品番", "定価", "仕切価格"], ["RS-1200", 768000, 506880], ["IM-55", 318000, 216240]]}},
                {"kind": "pdf", "name": "店頭POP_ひので清流.pdf",
                 "lines": ["おいしい水を、毎日のキッチンに。", "ひので清流 SC-200 希望小売価格 158,000円（税込）"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of catalogues and price list to a new dealer: readable, no personal data",
    },
    {
        "id": "eigyohoukoku-070",
        "sender": FROM["hasebe"],
        "to": ["Nattapong Srisuk <nattapong@siam-kitchenpro.co.th>"],
        "subject": "Key contacts of our Japanese-affiliated accounts in Thailand",
        "charset": "utf-8",
        "body": f"""Dear Khun Nattapong,

As agreed, Siam KitchenPro will take over the day-to-day follow-up of the
Japanese-affiliated accounts in Thailand from January. Below are the people you
should contact directly (they have been told to expect your call).

Name               Company                         Title              Mobile            E-mail
-----------------  ------------------------------  -----------------  ----------------  ---------------------------------
Hiroshi Kanzaki    Tokai Foods (Thailand) Co.      Plant Manager      +66 81 442 9031   h.kanzaki@tokaifoods.co.th
Yumiko Arakawa     Sakae Ramen Thailand Ltd.       Managing Director  +66 89 215 7740   arakawa@sakae-ramen.co.th
Somchai Wongsa     Riverside Grand Hotel           Exec. Chef         +66 86 330 1187   somchai.w@riversidegrand.com
Takuya Oguri       Nippon Bento Asia Co.           Purchasing Mgr     +66 92 871 0452   oguri@nipponbento.asia
Kanya Phrommin     Chao Phraya Foods PCL           Engineering        +66 84 119 6623   kanya.p@chaophrayafoods.co.th
Daisuke Mogami     Mogami Sushi Bangkok            Owner              +66 95 604 3318   mogami.sushi.bkk@gmail.com

Please keep us in cc for anything related to pricing.

Best regards,

{_SIG["hasebe"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: six customer contacts' mobiles and e-mails in a padded table handed to an overseas distributor",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-071",
        "sender": FROM["chiba"],
        "to": ["やまびこ設備 営業部 郡司様 <gunji@yamabiko-setsubi.jp>"],
        "subject": "お問い合わせのご対応依頼（港北ニュータウンの保育園様）",
        "charset": "utf-8",
        "body": f"""郡司様

お世話になっております。日の出産業の千葉です。
弊社Webサイト経由で、貴社エリアの保育園様から食洗機のお問い合わせがありました。
元のメールを添付しますので、貴社からご連絡いただけますでしょうか。
（先方には「地元の販売店からご連絡します」とお伝え済みです）

{_SIG["chiba"]}
""",
        "attachments": [{
            "kind": "eml", "name": "お問い合わせ_あおぞら保育園様.eml",
            "message": {
                "sender": "社会福祉法人あおぞら会 事務局 <jimu@aozora-kai.or.jp>",
                "to": ["info@hinode-sangyo.co.jp"],
                "subject": "業務用食洗機についての問い合わせ",
                "charset": "iso-2022-jp",
                "body": """日の出産業株式会社 ご担当者様

横浜市都筑区で保育園を運営しております、社会福祉法人あおぞら会の事務局です。
園の給食室（園児90名）の食器洗浄機の入れ替えを検討しております。
アンダーカウンタータイプで、100V電源で使える機種はありますでしょうか。
お見積とあわせてご提案いただけますと幸いです。

社会福祉法人あおぞら会 事務局
〒224-0003 横浜市都筑区中川中央1-28-4
TEL 045-910-3321（代表）
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "attached inquiry mail from an organisation (switchboard and office address only) handed to a dealer",
    },
    {
        "id": "eigyohoukoku-072",
        "sender": FROM["wakamatsu"],
        "to": ["稲垣 美穂 様 <inagaki@asahi-bm.co.jp>"],
        "subject": "保守受付Webの画面イメージ",
        "charset": "iso-2022-jp",
        "body": f"""稲垣様

お世話になっております。日の出産業の若松です。
先日ご質問のあった保守受付Webの画面イメージを添付します。
拠点ごとにIDを発行し、故障受付と点検履歴の確認ができます。

{_SIG["wakamatsu"]}
""",
        "attachments": [{"kind": "png", "name": "maintenance_portal.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "screenshot image of a web screen to one customer; nothing personal",
    },
    {
        "id": "eigyohoukoku-073",
        "sender": FROM["momose"],
        "to": ["青葉運輸 東京営業所 <tokyo-eigyo@xn--oba-unyu-06g.co.jp>"],
        "subject": "年末 大型品 臨時便のお願い",
        "charset": "cp932",
        "body": f"""青葉運輸株式会社
東京営業所 御中

いつもお世話になっております。日の出産業 営業管理課の百瀬です。
年末に大型品の出荷が集中するため、臨時便（4t車 2台）をお願いできますでしょうか。

　12/22（月）芝浦倉庫発 → 千葉・埼玉方面 店舗 6か所
　12/24（水）芝浦倉庫発 → 神奈川方面 店舗 5か所

届け先の詳細は確定次第お送りします。お見積をお願いいたします。

{_SIG["momose"]}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reason 5: recipient domain is a homoglyph (Cyrillic а, xn--oba-unyu-06g.co.jp) of partner aoba-unyu.co.jp",
    },
    {
        "id": "eigyohoukoku-074",
        "sender": FROM["kugimiya"],
        "to": ["株式会社久留米グルメ開発 店舗開発部 <tenpo@kurume-gourmet.co.jp>"],
        "subject": "九州地区 ショールームのご案内",
        "charset": "utf-8",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>株式会社久留米グルメ開発<br>店舗開発部 御中</p>
<p>お世話になっております。日の出産業 福岡営業所の釘宮です。<br>
新店の厨房機器選定にあたり、実機をご覧いただけるショールームをご案内します。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>ショールーム</th><th>所在地</th><th>電話</th><th>営業時間</th><th>展示機</th></tr></thead>
<tbody>
<tr><td>福岡ショールーム</td><td>福岡市博多区博多駅前3-7-15 1F</td><td>092-473-5530</td><td>10:00-17:00（土日祝休）</td><td>RS / DW / IM / SCV 全シリーズ</td></tr>
<tr><td>北九州サテライト（九州厨設様内）</td><td>北九州市小倉北区米町2-4-8</td><td>093-521-7702</td><td>9:00-17:00（日祝休）</td><td>RS / IM</td></tr>
<tr><td>熊本パートナーショップ</td><td>熊本市中央区水前寺1-20-11</td><td>096-384-2250</td><td>9:30-18:00（水休）</td><td>DW / SCV</td></tr>
</tbody></table>
<p>ご来場の際は事前にご予約いただくと、調理デモもご覧いただけます。</p>
<p>日の出産業株式会社 福岡営業所　釘宮 遼</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with a table of showrooms (business locations and numbers)",
    },
    {
        "id": "eigyohoukoku-075",
        "sender": FROM["oikawa"],
        "to": ["ホームプロダクツ営業課 <home-eigyo@hinode-sangyo.co.jp>"],
        "subject": "見込み客リスト（11月 展示販売会）共有",
        "charset": "cp932",
        "body": f"""課内の皆さん

お疲れさまです。及川です。
11/22-23の藤沢の展示販売会で、後日連絡希望のあった見込み客リストです。
各自担当エリアの方へ12/5までに電話フォローをお願いします。
（個人情報ですので、課内限りで扱い、社外には出さないでください）

{_SIG["oikawa"]}
""",
        "attachments": [{
            "kind": "csv", "name": "見込み客_藤沢展示販売会_202511.csv", "encoding": "cp932",
            "rows": [
                ["No", "お名前", "電話", "住所", "関心機種", "連絡希望時間", "担当"],
                ["1", "片瀬 美智子", "0466-26-3318", "神奈川県藤沢市片瀬3-4-12", "SC-200", "午前", "及川"],
                ["2", "本鵠沼 隆", "090-2207-8814", "神奈川県藤沢市本鵠沼2-9-5", "SC-310", "夕方", "及川"],
                ["3", "善行 恵子", "0466-82-4470", "神奈川県藤沢市善行1-21-3", "SC-100", "いつでも", "大庭"],
                ["4", "長後 健二", "0466-44-1932", "神奈川県藤沢市長後716-2", "SC-200", "土曜", "大庭"],
                ["5", "湘南台 由美", "080-3316-2258", "神奈川県藤沢市湘南台5-14-7", "SC-310", "平日昼", "及川"],
                ["6", "御所見 勇", "0466-48-0815", "神奈川県藤沢市打戻1845", "SC-200", "午前", "大庭"],
                ["7", "遠藤 千尋", "070-4418-2093", "神奈川県藤沢市遠藤2011-4", "SC-100", "夕方", "及川"],
                ["8", "石川 一平", "0466-87-3365", "神奈川県藤沢市石川4-2-18", "SC-310", "平日", "大庭"],
                ["9", "大鋸 久美子", "0466-23-9901", "神奈川県藤沢市大鋸1-5-3", "SC-200", "いつでも", "及川"],
                ["10", "辻堂 元", "090-8812-0466", "神奈川県藤沢市辻堂元町6-8-1", "SC-200", "午後", "大庭"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "ten private prospects' phones and addresses, but sent only to the internal team mailing list",
    },
    {
        "id": "eigyohoukoku-076",
        "sender": FROM["kito"],
        "to": ["東海厨房機器 営業部 水谷様 <mizutani@tokai-chubo.co.jp>"],
        "subject": "岐阜・大垣エリア お客様引継ぎ（3件）",
        "charset": "iso-2022-jp",
        "body": f"""東海厨房機器株式会社
水谷様

お世話になっております。日の出産業 名古屋営業所の鬼頭です。
先日お願いした岐阜・大垣エリアのお客様3件の引継ぎ情報です。

1. 割烹 美濃よし（大垣市）　店主 美濃部 孝雄 様
　保有：RS-1200、IM-55。来春に製氷機の更新予定。
2. 株式会社長良川フーズ　総務課長 郡上 慎一 様
　保有：プレハブ冷蔵庫 PR-10。点検契約あり（年1回、6月）。
3. 喫茶 こもれび（岐阜市）　オーナー 木漏 千景 様
　保有：IM-55。
　※木漏様は聴覚に障害をお持ちです（身体障害者手帳2級とのこと）。
　　お電話は通じませんので、連絡はFAX（058-262-4107）かメールでお願いします。
　　訪問時は筆談ボードをご用意いただけると助かります。

よろしくお願いいたします。

{_SIG["kito"]}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reason 3: a named shop owner's hearing disability (disability certificate grade) told to an outside dealer",
    },
    {
        "id": "eigyohoukoku-077",
        "sender": FROM["isurugi"],
        "to": [FROM["aimono"], "大阪営業所 <osaka-all@osaka.hinode-sangyo.co.jp>"],
        "subject": "RE: 【引継ぎ】東京本社担当のお客様（6社）",
        "charset": "utf-8",
        "body": f"""四十物所長

石動です。引継ぎ情報ありがとうございます。若松に担当させます。
大阪側で継続するお客様のキーマン一覧も念のため共有しておきます（SFAと同じ内容）。

顧客名                    キーマン          携帯            メール
------------------------  ----------------  --------------  ------------------------------
なにわ厨機株式会社        北浜 直人 様      090-5548-2210   kitahama@naniwa-chuki.co.jp
ホテル淀屋橋              雨宮 克典 様      090-3326-0071   amamiya@hotel-yodoyabashi.jp
堺ベイキッチン株式会社    真砂 由美子 様    090-6634-0128   masago@sakai-baykitchen.co.jp
北摂病院                  伊賀 千鶴 様      080-7710-3364   iga@hokusetsu-hikari.or.jp
神戸ベイ設備株式会社      垂水 俊 様        090-1185-4427   tarumi@kobe-bay-setsubi.jp

{_SIG["isurugi"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "five key contacts' mobiles and e-mails, sent to the internal Osaka office (subdomain is internal)",
    },
    {
        "id": "eigyohoukoku-078",
        "sender": FROM["saika"],
        "to": [FROM["saika"]],
        "bcc": [
            "shiire@maruhiro-shoji.co.jp", "kobai@yamabiko-setsubi.jp", "eigyo@tohokizai.co.jp",
            "haitani@nankai-aqua.jp", "purchase@kyushu-chusetsu.co.jp", "hanbai@naniwa-chuki.co.jp",
        ],
        "subject": "【販売店各位】年末年始の受注・出荷スケジュール",
        "charset": "iso-2022-jp",
        "body": f"""販売店各位
（本メールはBCCにてお送りしております）

平素は格別のお引き立てを賜り、誠にありがとうございます。
年末年始の受注・出荷スケジュールを下記のとおりご案内いたします。

　年内最終受注：12月24日（水）15:00
　年内最終出荷：12月26日（金）
　年始受注開始：1月5日（月）9:00
　年始出荷開始：1月6日（火）

期間中の緊急修理は、サービスセンター（0120-61-2250）で受け付けております。

{_SIG["saika"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to six dealers correctly sent in Bcc (To is the sender himself)",
    },
    {
        "id": "eigyohoukoku-079",
        "sender": FROM["mitarai"],
        "to": ["ストラテジア・コンサルティング 野々垣様 <nonogaki@strategia-consulting.co.jp>"],
        "cc": [FROM["saegusa"]],
        "subject": "先日の営業戦略会議資料",
        "charset": "utf-8",
        "body": f"""野々垣様

お世話になっております。日の出産業の御手洗です。
来週の販売チャネル見直しのワークショップに先立ち、先日の営業戦略会議の資料を
お送りします。事前にご覧いただければ幸いです。

{_SIG["mitarai"]}
""",
        "attachments": [{
            "kind": "pptx", "name": "営業戦略会議_202511.pptx", "title": "営業戦略会議 2025年11月",
            "page_footer": "部外秘　営業本部限り",
            "slides": [
                ["営業戦略会議（2025年11月）", "営業本部　部外秘"],
                ["チャネル別 粗利率", "直販 34.2%", "代理店経由 21.8%", "量販（予定） 16.5%"],
                ["代理店の評価", "丸広商事：売上1位、値引き要求が強い", "南海アクア販売：浄水器の販売が低迷、契約見直し候補", "九州厨設：新規、様子見"],
                ["次年度の方針", "直販比率を 45% → 52% に", "不採算代理店 2社との契約条件見直し"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "reason 6: slide deck stamped 部外秘 on every slide sent to an outside consultant",
    },
    {
        "id": "eigyohoukoku-080",
        "sender": FROM["shoji"],
        "to": ["道央設備サービス 大友様 <otomo@doo-setsubi.co.jp>"],
        "subject": "すすきの食品館様 訪問報告",
        "charset": "cp932",
        "body": f"""大友様

お世話になっております。東海林です。
本日の株式会社すすきの食品館様への訪問結果です。

【訪問先】株式会社すすきの食品館 本社（札幌市中央区南4条西3丁目）
【面談】店舗運営部 部長、設備担当 係長
【内容】
・狸小路店・琴似店の冷蔵ケース（計14台）更新を来年度予算で検討
・電気代削減効果の試算を求められた（1月中旬に提出）
・競合はT社のみ。前回の更新はT社だったが、故障対応に不満あり
【次回】1/15頃 試算結果のご説明（貴社ご同行をお願いします）

{_SIG["shoji"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit report about a company (titles only, office address) to the distributor: no personal data",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-081",
        "sender": FROM["kito"],
        "to": ["北国フーズ 購買部 <kobai@kitaguni-foods.co.jp>"],
        "cc": ["寒河江様 <sagae@kitaguni-foods.co.jp>"],
        "subject": "【再送】新千歳第二工場 冷蔵設備 概算お見積",
        "charset": "iso-2022-jp",
        "body": f"""北国フーズ株式会社
購買部 御中

お世話になっております。日の出産業 名古屋営業所の鬼頭です。
先ほどお送りしたメールの宛先に誤りがございました。大変失礼いたしました。
改めて概算お見積をお送りいたします。

見積番号：Q-2025-01251（概算）
金額：48,600,000円（税別）
前提：プレハブ冷蔵庫 PR-30、冷凍機ユニット2基、工事一式

{_SIG["kito"]}
""",
        "attachments": [{
            "kind": "pdf", "name": "概算見積_新千歳第二工場_Q-2025-01251.pdf",
            "lines": ["概算御見積書 Q-2025-01251", "北国フーズ株式会社 御中",
                      "プレハブ冷蔵庫 PR-30 1式 18,600,000円", "冷凍機ユニット 2基 9,400,000円",
                      "工事費 一式 20,600,000円", "合計 48,600,000円（税別）"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation resent to the partner's correct domain kitaguni-foods.co.jp",
    },
    {
        "id": "eigyohoukoku-082",
        "sender": FROM["saegusa"],
        "to": ["ツバサシステム 導入支援部 倉橋様 <kurahashi@tsubasa-system.jp>"],
        "subject": "SFA移行用 旧顧客台帳データ（テスト移行分）",
        "charset": "cp932",
        "body": f"""株式会社ツバサシステム
導入支援部　倉橋様

お世話になっております。日の出産業 営業企画室の三枝です。
SFA移行のテスト用に、旧システムから出力した顧客台帳（個人顧客分の一部）を
お送りします。旧システムの仕様でExcel 97-2003形式になっています。
項目のマッピングをご確認いただけますでしょうか。

{_SIG["saegusa"]}
""",
        "attachments": [{
            "kind": "xls", "name": "顧客台帳_個人_抽出.xls",
            "sheets": {
                "顧客台帳": [
                    ["顧客CD", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話", "メール", "初回購入", "累計金額"],
                    ["C0102214", "嘉手納 清美", "カデナ キヨミ", "S38.6.14", "157-0062", "東京都世田谷区南烏山4-8-2", "03-3307-1184", "kiyomi.k@ezweb.ne.jp", "2016/04/02", 214800],
                    ["C0102239", "伊佐 忠夫", "イサ タダオ", "S29.2.3", "176-0004", "東京都練馬区小竹町1-62-7", "03-3957-2216", "", "2017/09/18", 158000],
                    ["C0102251", "粟国 由紀", "アグニ ユキ", "H2.11.3", "135-0016", "東京都江東区東陽2-4-19-808", "080-6621-0934", "yuki.aguni@gmail.com", "2019/06/22", 39800],
                    ["C0102266", "座間味 和也", "ザマミ カズヤ", "S51.8.30", "211-0041", "川崎市中原区下小田中3-12-6", "044-755-3318", "zamami.k@outlook.jp", "2018/01/15", 198000],
                    ["C0102278", "与那覇 典子", "ヨナハ ノリコ", "S44.12.24", "330-0074", "さいたま市浦和区北浦和5-3-11", "048-831-7720", "", "2020/11/08", 170800],
                    ["C0102290", "仲宗根 剛", "ナカソネ ツヨシ", "S60.3.9", "272-0034", "千葉県市川市市川2-30-4", "090-1328-6640", "t.nakasone@yahoo.co.jp", "2021/03/27", 158000],
                    ["C0102305", "比屋根 文子", "ヒヤネ フミコ", "S33.7.7", "183-0022", "東京都府中市宮西町4-1-9", "042-364-5501", "", "2015/08/30", 226600],
                    ["C0102317", "東風平 聡", "コチンダ サトシ", "H5.5.5", "224-0032", "横浜市都筑区茅ケ崎中央22-3", "070-2094-1176", "kochinda.s@icloud.com", "2022/07/14", 12800],
                ],
                "項目定義": [
                    ["項目", "型", "備考"], ["顧客CD", "文字列", "C+7桁"], ["生年月日", "和暦文字列", "移行時に西暦へ変換"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "reason 1: legacy XLS with eight private customers' DOB, addresses, phones and e-mails sent to the SFA vendor",
    },
    {
        "id": "eigyohoukoku-083",
        "sender": FROM["onodera"],
        "to": ["苫米地 様 <tomabechi@minato-chuo-hp.or.jp>"],
        "subject": "デモ日程変更のお願い",
        "charset": "utf-8",
        "body": f"""苫米地様

お世話になっております。日の出産業の小野寺です。

大変申し訳ございませんが、12/11（木）午後のSCV-10デモにつきまして、
当日午前に私の定期健康診断が入ってしまい、開始を14:00から15:00に
変更させていただけないでしょうか。
ご都合が悪ければ、12/12（金）の同時刻でも調整可能です。

お手数をおかけしますが、ご検討のほどよろしくお願いいたします。

{_SIG["onodera"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sender mentions her own routine health check as a scheduling reason: no result, no sensitive data",
    },
    {
        "id": "eigyohoukoku-084",
        "sender": FROM["aimono"],
        "to": ["なにわ厨機 販売部 北浜様 <kitahama@naniwa-chuki.co.jp>"],
        "subject": "【訃報】ホテル淀屋橋 前会長 淀屋 宗一郎様 ご逝去の件",
        "charset": "iso-2022-jp",
        "body": f"""北浜様

お世話になっております。日の出産業 大阪営業所の四十物です。
ホテル淀屋橋様より、前会長の淀屋 宗一郎様がご逝去されたとの連絡がありました。
謹んでお知らせいたします。

　通夜　　：12月2日（火）18:00〜
　告別式　：12月3日（水）11:00〜12:00
　斎場　　：大阪市北区天神橋3-1-12 天満典礼会館
　喪主　　：淀屋 宗介様（社長）

弊社は通夜に私が参列し、供花を出す予定です。貴社の対応のご参考まで。

{_SIG["aimono"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "obituary notice of a customer's former chairman with the funeral hall address: public-facing business courtesy, no records",
    },
    {
        "id": "eigyohoukoku-085",
        "sender": FROM["hasebe"],
        "to": ["Marcus Tan <marcus.tan@prtrading.com.sg>",
               "Jonas Wegener <j.wegener@kruger-industrietechnik.de>"],
        "cc": [FROM["isurugi"]],
        "subject": "Joint call on the HP-200 adaptor - proposed slots",
        "charset": "utf-8",
        "body": f"""Dear Marcus, dear Jonas,

To settle the adaptor specification for the Singapore project, I would like to
set up a short three-way call. Proposed slots (all times in JST):

  - Thu 4 Dec, 16:00-17:00  (SGT 15:00 / CET 08:00)
  - Fri 5 Dec, 17:00-18:00  (SGT 16:00 / CET 09:00)
  - Tue 9 Dec, 16:00-17:00  (SGT 15:00 / CET 08:00)

Agenda: flange standard (JIS vs DIN), material certificate, delivery schedule.
I will send a Teams invitation once we agree on a slot.

Best regards,

{_SIG["hasebe"]}

{DISCLAIMER_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "English scheduling mail to two external organisations (customer and manufacturer): a normal three-way call",
    },
    {
        "id": "eigyohoukoku-086",
        "sender": FROM["saegusa"],
        "to": ["ツバサシステム 倉橋様 <kurahashi@tsubasa-system.jp>"],
        "subject": "SFA 顧客画面の項目設定について",
        "charset": "utf-8",
        "body": f"""倉橋様

お世話になっております。日の出産業の三枝です。
顧客画面の項目設定について、社内で確認した結果をお送りします。

【法人顧客】
　会社名／法人番号／代表電話／業種／担当営業／取引区分（直販・代理店経由）
【担当者（法人顧客の窓口）】
　氏名／部署／役職／直通電話／携帯／メール／名刺画像
【個人顧客】
　氏名／フリガナ／生年月日／住所／電話／メール／保有機種
　※生年月日は任意入力、画面上は営業管理課のみ表示

・個人顧客のデータは閲覧権限を「営業管理課＋ホームプロダクツ営業課」に限定してください。
・項目名はSFA標準の英語名ではなく上記の日本語表記でお願いします。

{_SIG["saegusa"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "field names of personal data (氏名, 生年月日, 住所…) but no actual records, to the partner SFA vendor",
    },
    {
        "id": "eigyohoukoku-087",
        "sender": FROM["jonouchi"],
        "to": ["戸来 舞 様 <herai@bayside-retail.com>"],
        "subject": "Re: ご担当変更のご連絡",
        "charset": "iso-2022-jp",
        "body": f"""戸来様

ご丁寧にご連絡いただき、ありがとうございます。日の出産業の城之内です。
今後は戸来様を窓口として進めさせていただきます。

12/2のご説明には、弊社から私と課長の石動、照明担当として
川崎電機の鮫島様（携帯 080-4427-1196）が同席いたします。
当日、受付で鮫島様の到着が遅れる場合は、上記携帯へ直接ご連絡ください。

何卒よろしくお願いいたします。

{_SIG["jonouchi"]}

----- Original Message -----
> 城之内様
>
> いつもお世話になっております。ベイサイドリテール商品部の戸来です。
> 諸事情により、当面の間、本件の窓口は私が務めることになりました。
> 私の連絡先は以下のとおりです。
>   直通：03-5715-2290　携帯：090-2218-7745
>   メール：herai@bayside-retail.com
> よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "reply to the customer: quoted contact details are hers; new text gives one partner's mobile (one person)",
    },
    {
        "id": "eigyohoukoku-088",
        "sender": FROM["saegusa"],
        "to": ["営業本部 全員 <eigyo-all@hinode-sangyo.co.jp>"],
        "subject": "11月 個人別 受注実績と上期ランキング",
        "charset": "cp932",
        "body": f"""営業本部の皆さま

営業企画室の三枝です。11月の個人別実績をお知らせします。

　順位　氏名　　　　所属　　　　受注額(千円)　目標達成率
　１　　城之内 拓海　第二課　　　　42,180　　　　　138%
　２　　四十物 一郎　大阪　　　　　38,920　　　　　112%
　３　　鬼頭 健　　　名古屋　　　　31,400　　　　　104%
　４　　小野寺 彩花　第一課　　　　22,760　　　　　 97%
　５　　釘宮 遼　　　福岡　　　　　18,330　　　　　 91%
　６　　東海林 学　　札幌　　　　　12,050　　　　　 76%
　７　　若松 翔　　　第二課　　　　 6,920　　　　　 69%

上期累計の表彰は12/19の全体会議で行います。

{_SIG["saegusa"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "internal ranking of sales staff with their results; all recipients internal",
    },
    {
        "id": "eigyohoukoku-089",
        "sender": FROM["saika"],
        "to": ["丸広商事 営業部 部長 有馬様 <arima@maruhiro-shoji.co.jp>"],
        "cc": ["沼尻様 <numajiri@maruhiro-shoji.co.jp>"],
        "subject": "2026年度 貴社拠点別 販売目標（ご相談用）",
        "charset": "utf-8",
        "body": f"""丸広商事株式会社
営業部　有馬部長

いつもお世話になっております。日の出産業の雑賀です。
来年度の販売目標について、貴社拠点別の案を作成しました。
12/10のお打合せでご相談させてください。

{_SIG["saika"]}
""",
        "attachments": [{
            "kind": "xlsx", "name": "2026目標案_丸広商事様_拠点別.xlsx",
            "sheets": {
                "拠点別目標": [
                    ["2026年度 販売目標（案）　丸広商事株式会社様"],
                    [],
                    ["拠点", "所在地", "代表電話", "2025実績(千円)", "2026目標(千円)", "伸長率"],
                    ["本社営業部", "東京都台東区浅草橋3-14-2", "03-3861-2201", 182400, 195000, "106.9%"],
                    ["城東営業所", "東京都江東区亀戸6-31-1", "03-3682-7710", 64300, 70000, "108.9%"],
                    ["多摩営業所", "東京都立川市曙町2-9-5", "042-526-3308", 41800, 45000, "107.7%"],
                    ["静岡営業所", "静岡県熱海市田原本町9-1", "0557-82-4410", 28700, 30000, "104.5%"],
                ],
                "重点製品": [
                    ["製品", "2026目標台数"], ["RS-2400", 60], ["SCV-10", 24], ["SC-310", 180],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sales targets per dealer branch (business offices and switchboards)",
    },
    {
        "id": "eigyohoukoku-090",
        "sender": FROM["jonouchi"],
        "to": ["鮫島 様 <samejima@kawasaki-denki.co.jp>"],
        "subject": "現地調査の立会者（ベイサイドリテール様 4店舗）",
        "charset": "utf-8",
        "body": f"""鮫島様

お世話になっております。城之内です。
12/8〜12/9の現地調査で、各店舗で立ち会っていただく店長様の連絡先です。
当日の入店時刻の調整は、各店長様へ直接お願いいたします。

・品川店　　店長 大崎 勇人 様　　携帯 090-4471-2286
・大井町店　店長 鮫洲 亜紀 様　　携帯 080-2219-5507
・蒲田店　　店長 糀谷 浩一 様　　携帯 090-8840-3312
・川崎店　　店長 六郷 真理子 様　携帯 070-6613-2045

いずれも開店前（8:00〜9:30）の作業を希望されています。

{_SIG["jonouchi"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four store managers' names and mobiles to the partner for a site survey: under five people, may be warned",
    },
]

MESSAGES += [
    {
        "id": "eigyohoukoku-091",
        "sender": FROM["oikawa"],
        "to": ["m.sekimizu@outlook.jp"],
        "subject": "Re: 個人情報の削除について",
        "charset": "iso-2022-jp",
        "body": f"""関水様

日の出産業 ホームプロダクツ営業課の及川でございます。
お問い合わせいただきありがとうございます。

ご依頼のとおり、モニター応募時にご登録いただいた個人情報（お名前・ご住所・
お電話番号・メールアドレス）を、弊社の顧客データベースから削除いたしました。
今後、弊社からダイレクトメール等をお送りすることはございません。
なお、本メールへのご返信をもって、やり取りの記録も削除いたします。

ご不便をおかけし、申し訳ございませんでした。

{_SIG["oikawa"]}

> 先月モニターに応募しましたが、やはり取り消したいので
> 登録した個人情報を削除してください。
> 関水
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the word 個人情報 used in passing in a deletion confirmation to one private person on free mail",
    },
    {
        "id": "eigyohoukoku-092",
        "sender": FROM["saika"],
        "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
        "subject": "販売委託代理人 追加登録（個人番号あり・取扱注意）",
        "charset": "utf-8",
        "body": f"""経理部 支払担当 御中

代理店営業課の雑賀です。
12月から販売委託契約を結ぶ個人代理人1名の登録をお願いします。
本人から提出された番号確認書類（通知カードの写し）と身元確認書類は
書留で別途回付します。

　氏名　　　：甑 康介（こしき こうすけ）
　住所　　　：〒810-0022 福岡市中央区薬院2-4-31-603
　個人番号　：{_mn(5)}
　報酬振込先：みどり銀行 福岡支店 普通 2271904 コシキ コウスケ

支払調書の外部委託先への連携は、経理部からお願いいたします。

{_SIG["saika"]}
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "a commissioned agent's My Number and bank account sent to the internal accounting department only",
    },
    {
        "id": "eigyohoukoku-093",
        "sender": FROM["isurugi"],
        "to": ["鮫島 様 <samejima@kawasaki-denki.co.jp>"],
        "subject": "北斗エンジニアリング様の体制について（ご参考）",
        "charset": "cp932",
        "body": f"""鮫島様

お世話になっております。日の出産業の石動です。
来月からの北斗エンジニアリング様の洗浄ライン案件について、先方の体制を共有します。

・設備技術課の鶴巻 由佳 様は現在妊娠中で、1月末から産休に入られるとのことです。
　その後は薬師寺様が単独で窓口となります。
・仕様の最終確認は、鶴巻様が在籍されている1月中旬までに済ませたいと考えています。

お打合せの日程を前倒しでご検討いただけますと助かります。

{_SIG["isurugi"]}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named customer employee's pregnancy and maternity leave told to a partner: health-related, arguably not 要配慮",
    },
    {
        "id": "eigyohoukoku-094",
        "sender": FROM["aimono"],
        "to": ["さくらホテル大阪 宿泊予約課 <yoyaku-osaka@sakura-hotel.jp>"],
        "subject": "1/22 販売店会議 宿泊予約（日の出産業 4名）",
        "charset": "iso-2022-jp",
        "body": f"""さくらホテル大阪
宿泊予約課 御中

いつもお世話になっております。日の出産業 大阪営業所の四十物です。
1/22の販売店会議にあわせ、下記のとおり宿泊の予約をお願いいたします。

　宿泊日：2026年1月22日（木）1泊
　お部屋：シングル（禁煙）4室
　ご宿泊者：御手洗 剛／雑賀 修平／千葉 真由／三枝 理恵（いずれも東京本社）
　お支払：法人契約（契約番号 SH-OSK-0418）にて後日請求

チェックインは会議終了後の21時頃になる見込みです。

{_SIG["aimono"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "hotel booking for four staff under the corporate contract: names only, partner hotel",
    },
    {
        "id": "eigyohoukoku-095",
        "sender": FROM["isurugi"],
        "to": ["栗城 誠司 様 <kuriki@misato-nyugyo.co.jp>"],
        "subject": "配管図面のご提供について",
        "charset": "utf-8",
        "body": f"""栗城様

お世話になっております。日の出産業の石動です。

CIP洗浄装置の詳細設計にあたり、充填ラインの配管図面をご提供いただきたく存じます。
10月に締結した秘密保持契約の対象情報として取り扱い、本件の設計以外には
使用いたしません。設計完了後は、図面データを弊社のサーバから削除し、
削除証明書を提出いたします。

ご提供方法は、貴社のご指定に従います。

{_SIG["isurugi"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about handling drawings under an existing NDA (秘密保持契約): a mention, no marking",
    },
    {
        "id": "eigyohoukoku-096",
        "sender": FROM["oikawa"],
        "to": ["南海アクア販売 灰谷様 <haitani@nankai-aqua.jp>"],
        "subject": "Re: エンドユーザー様の連絡先一覧のご依頼について",
        "charset": "cp932",
        "body": f"""灰谷様

お世話になっております。日の出産業の及川です。

ご依頼いただいた泉州エリアのエンドユーザー様の連絡先一覧ですが、
個人情報の第三者提供に当たるため、一覧でのお渡しは控えさせてください。
代わりに、弊社からお客様へ「南海アクア販売様からご連絡します」と
事前にご案内し、ご了承いただけた方のみ個別にお知らせする形にいたします。

お手数をおかけしますが、ご理解いただけますと幸いです。
対象のお客様数（概数）は約140件です。

{_SIG["oikawa"]}

> 及川様
> 来年の交換キャンペーンに向けて、泉州エリアのお客様の連絡先一覧を
> いただくことは可能でしょうか。
> 灰谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "個人情報 mentioned while declining to send a customer list; nothing personal in the mail",
    },
    {
        "id": "eigyohoukoku-097",
        "sender": FROM["onodera"],
        "to": ["増子 様 <masuko.k@minato-chubo.co.jp>"],
        "cc": ["柳田 悠斗 <y.yanagida@hinode-sangyo.co.jp>", FROM["isurugi"]],
        "subject": "担当交代のご挨拶",
        "charset": "iso-2022-jp",
        "body": f"""株式会社ミナト厨房
購買部　増子様

いつも大変お世話になっております。日の出産業の小野寺です。

私事で恐縮ですが、1月1日付で大阪営業所へ異動することとなりました。
在任中は格別のご高配を賜り、心より御礼申し上げます。
後任は同じ第一課の柳田が担当いたします。

　後任：営業第一部 第一課　柳田 悠斗（やなぎだ ゆうと）
　直通：03-5400-1187　携帯：080-6671-2093
　メール：y.yanagida@hinode-sangyo.co.jp

12月中に柳田とご挨拶に伺います。引き続きよろしくお願いいたします。

{_SIG["onodera"]}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "handover greeting giving the successor's business contact (own staff, one person)",
    },
    {
        "id": "eigyohoukoku-098",
        "sender": FROM["oikawa"],
        "to": ["営業管理課 <eigyo-kanri@hinode-sangyo.co.jp>"],
        "cc": ["経理部 売掛担当 <keiri-urikake@hinode-sangyo.co.jp>"],
        "subject": "FW: カード決済エラーの件（受付No. W-8851）",
        "charset": "utf-8",
        "body": f"""営業管理課 御中

ホームプロダクツ営業課の及川です。
お客様からお電話でカード番号の再確認をいただいたので、
決済端末での再処理をお願いします（社内限り）。

　お名前：桐生 孝之 様
　電話　：0277-44-6103
　カード：{_card(6)}　有効期限 03/29

処理が終わりましたら、このメールは削除をお願いします。

{_SIG["oikawa"]}
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "a customer's card number sent between internal departments only",
    },
    {
        "id": "eigyohoukoku-099",
        "sender": FROM["kugimiya"],
        "to": ["品質保証部 <qa@hinode-sangyo.co.jp>"],
        "cc": [FROM["isurugi"]],
        "subject": "FW: 浄水器からの水漏れについて（お客様からの苦情）",
        "charset": "iso-2022-jp",
        "body": f"""品質保証部 御中

福岡営業所の釘宮です。
お客様から直接、下記の苦情メールが届きましたので転送します。
床材の張替え費用の請求を示唆されていますので、至急ご確認をお願いします。

---------- Forwarded message ---------
From: 古閑 真理 <kogamari0715@docomo.ne.jp>
Date: 2025年11月27日(木) 20:14
Subject: 浄水器からの水漏れについて
To: 釘宮 遼 <r.kugimiya@hinode-sangyo.co.jp>

釘宮様

先月設置していただいた浄水器（SC-310）のシンク下から水が漏れて、
キッチンの床が一部ふやけてしまいました。
すぐに見に来てもらえますか。

古閑 真理
〒862-0950 熊本市中央区水前寺6-18-5
電話 096-383-4417／携帯 090-9132-7704
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "forward of a private customer's complaint with her address and phones, to internal QA only",
    },
    {
        "id": "eigyohoukoku-100",
        "sender": FROM["shoji"],
        "to": ["道央設備サービス 大友様 <otomo@doo-setsubi.co.jp>"],
        "subject": "杉浦工務店様 窓口のご連絡先",
        "charset": "utf-8",
        "body": f"""大友様

お世話になっております。東海林です。
杉浦工務店様の当面の窓口となる専務の杉浦 玲子様から、連絡は携帯にいただきたい
とのことでしたので、お知らせします（ご本人の了承済みです）。

　杉浦工務店 専務　杉浦 玲子 様　携帯 090-6618-2234

手稲の新築案件は、1月着工で再調整中とのことです。

{_SIG["shoji"]}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "one customer contact's mobile passed to the distributor with her consent: a single business contact",
    },
]
