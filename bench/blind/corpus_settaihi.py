"""Blind evaluation corpus, area ``settaihi``: client entertainment and gifts at Hinode
Sangyo (接待・交際費・贈答) — restaurant and banquet bookings, attendee and seating lists of
business guests, golf days and customer trips, year-end gifts (御歳暮) and flowers, expense
pre-approvals and settlements, tax-accountant and auditor mail about 交際費, and compliance
checks on gifts and hospitality to public officials.  Written blind from BRIEF.md (and the
names in SPEC.md) without reading mailguard's code, rules or tests."""

from build import card_number, my_number

SEED = 61801

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _grp(s: str, sep: str = "-") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


SIG_TAKANASHI = """--
日の出産業株式会社 営業本部 営業一部
高梨 修平（たかなし しゅうへい）
〒105-0012 東京都港区芝大門2-11-8 日の出ビル6F
TEL 03-5403-7721 / FAX 03-5403-7730
s-takanashi@hinode-sangyo.co.jp"""

SIG_SAOTOME = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　秘書室
早乙女　玲奈
〒105-0012　東京都港区芝大門2-11-8
TEL：03-5403-7700（代表）　内線 2105
Mail：r-saotome@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_KITO = """────────────────
日の出産業株式会社
営業本部 営業二部 課長代理
鬼頭 拓海 Takumi Kito
TEL 03-5403-7745　FAX 03-5403-7730
〒105-0012 東京都港区芝大門2-11-8
────────────────"""

SIG_INAMI = """*************************************
日の出産業株式会社 総務部 総務課
井波 さおり
TEL：03-5403-7712（直通）
E-mail：s-inami@hinode-sangyo.co.jp
*************************************"""

SIG_TOMABECHI = """--------------------------------------
日の出産業株式会社 経理部
苫米地 健（とまべち けん）
03-5403-7760 / k-tomabechi@hinode-sangyo.co.jp
--------------------------------------"""

SIG_MITARAI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
法務・コンプライアンス室
御手洗 誠
直通 03-5403-7790
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_HANAZONO = """Best regards,

Riku Hanazono
Overseas Sales Dept.
Hinode Sangyo Co., Ltd.
2-11-8 Shiba-Daimon, Minato-ku, Tokyo 105-0012, Japan
Tel: +81-3-5403-7781
r-hanazono@hinode-sangyo.co.jp"""

SIG_NISHINA = """======================================
日の出産業株式会社 大阪支店 営業課
仁科 恭子 Kyoko Nishina
〒530-0001 大阪府大阪市北区梅田1-9-20 梅田テラス12F
TEL 06-6343-2218 FAX 06-6343-2219
======================================"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの無断転載・複製を禁じます。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender immediately and delete it. Any unauthorised use, disclosure or
copying is prohibited."""


MESSAGES = [
    # 001 ---------------------------------------------------------------------------
    {
        "id": "settaihi-001",
        "charset": "iso-2022-jp",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["日本料理 葵庵 ご予約係 <yoyaku@aoian.co.jp>"],
        "subject": "11月14日（木）個室のご予約のお願い（日の出産業）",
        "body": """日本料理 葵庵
ご予約ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社の高梨と申します。

下記の日程で、お取引先様との会食のため個室を利用させていただきたく、
空き状況をご確認いただけますでしょうか。

　日時　：11月14日（木）18:30〜（2時間半程度）
　人数　：6名（お客様3名、弊社3名）
　お部屋：掘りごたつ式の個室を希望
　ご予算：お料理お一人様15,000円前後＋お飲み物（日本酒中心）
　その他：お支払いは当日、法人カードにて精算いたします。
　　　　　領収書の宛名は「日の出産業株式会社」でお願いいたします。

お手数ですが、ご都合をお知らせいただけますと幸いです。
どうぞよろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary restaurant booking request: head count and budget only, no guest data",
    },
    # 002 ---------------------------------------------------------------------------
    {
        "id": "settaihi-002",
        "charset": "cp932",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["割烹 かわせみ 銀座店 <info@kawasemi-ginza.jp>"],
        "subject": "【ご予約確認】12月3日 19:00〜 6名様 日の出産業",
        "body": """割烹 かわせみ 銀座店
女将様

いつも大変お世話になっております。
日の出産業 秘書室の早乙女でございます。

先日お電話でお願いいたしました12月3日（火）19:00〜、6名様・奥のお座敷の件、
念のためメールでも確認させていただきます。

一点、お料理についてご相談がございます。
ご主賓の川崎電機株式会社 常務取締役 津久井 正道様が、2型糖尿病で通院・食事療法中で
いらっしゃるとのことで、津久井様のお膳だけ糖質を控えたお献立（ご飯・甘味は少量か別の品）に
していただくことは可能でしょうか。他の方と見た目が大きく変わらないようにしていただけますと
大変ありがたく存じます。

お飲み物は、津久井様には辛口の焼酎か烏龍茶をお出しいただければと存じます。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's diabetes and treatment (medical history) sent to a restaurant: sensitive data of one identifiable person",
    },
    # 003 ---------------------------------------------------------------------------
    {
        "id": "settaihi-003",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["森岡 部長 <h-morioka@hinode-sangyo.co.jp>"],
        "cc": ["経理部 交際費担当 <kousaihi@hinode-sangyo.co.jp>"],
        "subject": "【事前申請】接待交際費 東邦化成様 会食（11/21）",
        "body": """森岡部長

お疲れさまです。鬼頭です。
東邦化成様との会食について、交際費の事前申請をお願いいたします。

■日時　11月21日（金）18:30〜
■場所　中国料理 翠園 赤坂店
■目的　来期の樹脂原料 年間契約更新に向けた関係強化
■予算　1人あたり 13,000円 × 8名 ＝ 104,000円（税込）
　　　　※1人あたり1万円超のため交際費として処理予定

■出席者（当日連絡先）
氏名　　　　　所属　　　　　　　　　携帯
------------------------------------------------------------
石神 亮介　　東邦化成 購買部長　　　090-3318-2047
浦辺 千景　　東邦化成 購買課長　　　080-6612-9935
仙波 洋平　　東邦化成 購買課　　　　070-2284-1163
牧 奈緒子　　東邦化成 技術営業　　　090-7401-5528
森岡 浩二　　当社 営業二部長　　　　090-1138-6620
鬼頭 拓海　　当社 営業二部　　　　　080-4927-3316
三ツ矢 陸　　当社 営業二部　　　　　070-5563-0841
上園 里沙　　当社 技術部　　　　　　090-8852-2719

ご承認のほど、よろしくお願いいたします。

""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "eight attendees with mobile numbers, but every recipient is internal (pre-approval to the manager and accounting)",
    },
    # 004 ---------------------------------------------------------------------------
    {
        "id": "settaihi-004",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["丸清百貨店 法人外商部 <gaisho@marusei-dept.co.jp>"],
        "subject": "御歳暮（法人宛）送付先リストの送付",
        "body": """丸清百貨店 法人外商部
ご担当 菅沼様

いつもお世話になっております。日の出産業 総務部の井波です。

本年の御歳暮（法人宛分）の送付先一覧をお送りいたします。
添付のExcel「送付先一覧」シートに18社分、「商品」シートに商品コードをまとめております。
いずれも会社宛（ご担当部署御中）でお願いいたします。

お届け希望日は12月9日〜12日の間でお願いできればと存じます。
のし：外のし・紅白蝶結び・表書き「御歳暮」・名入れ「日の出産業株式会社」

ご不明点がございましたらご連絡ください。

""" + SIG_INAMI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "2025御歳暮_法人送付先一覧.xlsx",
                "sheets": {
                    "送付先一覧": [
                        ["2025年度 御歳暮 送付先一覧（法人宛）", "", "", "", "", "", "", ""],
                        ["No", "送付先会社名", "宛先部署", "〒", "住所", "代表電話", "商品コード", "数量"],
                        [1, "川崎電機株式会社", "総務部 御中", "210-0007", "神奈川県川崎市川崎区駅前本町14-3", "044-211-3300", "SB-2501", 1],
                        [2, "青葉運輸株式会社", "営業本部 御中", "980-0811", "宮城県仙台市青葉区一番町3-6-2", "022-262-4100", "SB-2501", 1],
                        [3, "株式会社みどり銀行 芝支店", "支店長室 御中", "105-0014", "東京都港区芝2-5-10", "03-3451-2200", "SB-2503", 1],
                        [4, "株式会社ツバサシステム", "管理部 御中", "150-0002", "東京都渋谷区渋谷2-22-7", "03-6418-5570", "SB-2502", 1],
                        [5, "北国フーズ株式会社", "東京支社 御中", "101-0041", "東京都千代田区神田須田町1-16", "03-3253-8810", "SB-2502", 1],
                        [6, "東邦化成株式会社", "購買部 御中", "103-0023", "東京都中央区日本橋本町3-4-9", "03-3241-6620", "SB-2504", 1],
                        [7, "大和田精機株式会社", "総務課 御中", "330-0846", "埼玉県さいたま市大宮区大門町2-118", "048-641-2257", "SB-2501", 1],
                        [8, "港南物産株式会社", "管理本部 御中", "231-0023", "神奈川県横浜市中区山下町23", "045-671-0980", "SB-2501", 1],
                        [9, "錦印刷株式会社", "営業部 御中", "162-0825", "東京都新宿区神楽坂4-2-1", "03-3260-4470", "SB-2502", 1],
                        [10, "白川法律事務所", "御中", "100-0006", "東京都千代田区有楽町1-7-1 有楽町電気ビル9F", "03-3214-8861", "SB-2503", 1],
                        [11, "さくらホテル株式会社", "宴会営業部 御中", "104-0061", "東京都中央区銀座6-9-3", "03-3572-1188", "SB-2501", 1],
                        [12, "株式会社浜名ケミカル", "営業部 御中", "430-0933", "静岡県浜松市中央区鍛冶町100-1", "053-454-3380", "SB-2501", 1],
                        [13, "三輪工業株式会社", "購買課 御中", "460-0008", "愛知県名古屋市中区栄3-15-33", "052-261-7790", "SB-2504", 1],
                        [14, "株式会社羽衣パッケージ", "総務部 御中", "592-8341", "大阪府堺市西区浜寺船尾町東2-71", "072-262-1040", "SB-2502", 1],
                        [15, "双葉倉庫株式会社", "業務部 御中", "455-0032", "愛知県名古屋市港区入船1-7-41", "052-651-3321", "SB-2501", 1],
                        [16, "有限会社北辰商会", "御中", "060-0061", "北海道札幌市中央区南一条西5-14", "011-231-4456", "SB-2501", 1],
                        [17, "株式会社いろは設計", "代表室 御中", "604-8152", "京都府京都市中京区烏丸通蛸薬師下ル手洗水町645", "075-212-6673", "SB-2503", 1],
                        [18, "南海マテリアル株式会社", "資材部 御中", "812-0011", "福岡県福岡市博多区博多駅前2-19-24", "092-472-5531", "SB-2502", 1],
                    ],
                    "商品": [
                        ["商品コード", "商品名", "単価（税込）"],
                        ["SB-2501", "老舗和菓子詰合せ（羊羹・最中）", 5400],
                        ["SB-2502", "北海道産 海鮮珍味セット", 6480],
                        ["SB-2503", "銘酒飲み比べ 3本セット", 8640],
                        ["SB-2504", "国産ハム・ソーセージ詰合せ", 5940],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "year-end gift list of 18 companies addressed to departments (御中) with switchboards: a list of businesses, not people",
    },
    # 005 ---------------------------------------------------------------------------
    {
        "id": "settaihi-005",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": [
            "石神 亮介 <r-ishigami@toho-kasei.co.jp>",
            "大和田精機 渡会様 <watarai@owada-seiki.co.jp>",
            "港南物産 蓮見様 <hasumi.k@konan-bussan.co.jp>",
            "花房 祐介 <y-hanabusa@kawasaki-denki.co.jp>",
            "ツバサシステム 営業部 <sales@tsubasa-system.jp>",
        ],
        "subject": "2026年 新年賀詞交歓会のご案内（日の出産業）",
        "body": """各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 営業一部の高梨でございます。

さて、弊社では恒例の新年賀詞交歓会を下記のとおり開催いたします。
ご多用中とは存じますが、ぜひご臨席賜りますようご案内申し上げます。

　　　　　　　　　　記
日時：2026年1月15日（木）17:30〜19:30（受付17:00〜）
会場：さくらホテル銀座 2階「鳳凰の間」
　　　東京都中央区銀座6-9-3
会費：ご招待（会費はいただきません）
服装：平服にてお越しください

ご出欠は12月19日（金）までに、本メールへのご返信にてお知らせください。
ご出席の方のお名前・お役職もあわせてお知らせいただけますと幸いです。
　　　　　　　　　　　　　　　　　　　　　　　以上

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "invitation sent to five customer organisations openly in To: each can see the others, should have been Bcc",
    },
    # 006 ---------------------------------------------------------------------------
    {
        "id": "settaihi-006",
        "charset": "utf-8",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["堀之内税理士事務所 堀之内先生 <horinouchi@horinouchi-tax.jp>"],
        "cc": ["経理部 交際費担当 <kousaihi@hinode-sangyo.co.jp>"],
        "subject": "上期 交際費の月次集計（ご確認のお願い）",
        "body": """堀之内先生

いつもお世話になっております。日の出産業 経理部の苫米地です。

中間申告の準備にあたり、上期（4月〜9月）の交際費の月次集計をお送りします。
1人あたり10,000円以下の飲食費（交際費から除外するもの）と、それ以外を分けて集計しています。
部門別の内訳は別途ご必要でしたらお出しします。

特に8月の贈答費が前年より大きく増えておりますが、これはお中元の取引先を見直し
（32社→41社）た影響です。

ご確認のほどよろしくお願いいたします。

""" + SIG_TOMABECHI,
        "attachments": [
            {
                "kind": "csv",
                "name": "kousaihi_2025H1_monthly.csv",
                "encoding": "utf-8",
                "rows": [
                    ["月", "飲食費(1万円以下)件数", "飲食費(1万円以下)金額", "接待飲食費件数", "接待飲食費金額", "贈答費", "ゴルフ・慶弔等", "合計"],
                    ["2025-04", 18, 241300, 9, 612400, 48600, 30000, 932300],
                    ["2025-05", 22, 287950, 11, 795200, 21600, 55000, 1159750],
                    ["2025-06", 15, 198400, 7, 488100, 33480, 112000, 831980],
                    ["2025-07", 20, 263700, 12, 901350, 388800, 20000, 1573850],
                    ["2025-08", 9, 114200, 4, 265900, 421200, 10000, 811300],
                    ["2025-09", 21, 270600, 10, 744800, 16200, 84000, 1115600],
                    ["上期計", 105, 1376150, 53, 3807750, 929880, 311000, 6424780],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly entertainment-expense statistics to the tax accountant: figures only, no people",
    },
    # 007 ---------------------------------------------------------------------------
    {
        "id": "settaihi-007",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["鮨 すずらん <info@sushi-suzuran.jp>"],
        "subject": "Re: ご予約内容のご確認（11/27 日の出産業様）",
        "body": """鮨 すずらん
大将様

ご丁寧にご確認いただきありがとうございます。
内容、下記のとおりで相違ございません。

当日、到着時刻が前後する場合は、弊社 秘書室の久遠（くおん）より
ご連絡させていただきます。
　久遠 美月　携帯 080-4471-2093

どうぞよろしくお願いいたします。

""" + SIG_SAOTOME + """

> 日の出産業株式会社
> 早乙女様
>
> この度はご予約を賜り誠にありがとうございます。
> 以下の内容にて承りました。
>
>   日時　11月27日（木）18:00
>   人数　4名様（カウンター奥の小上がり）
>   お料理　おまかせ握り 22,000円コース
>   お飲み物　当日ご注文
>
> 鮨 すずらん
> 〒106-0032 東京都港区六本木7-14-5 B1F
> TEL 03-3405-8812
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one colleague's mobile as the day's contact in a booking reply; the quoted text is the restaurant's own",
    },
    # 008 ---------------------------------------------------------------------------
    {
        "id": "settaihi-008",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["丸清百貨店 法人外商部 菅沼様 <k-suganuma@marusei-dept.co.jp>"],
        "subject": "御歳暮 個人宅宛の送付先（顧問・OBの皆様）",
        "body": """丸清百貨店 法人外商部
菅沼様

いつもお世話になっております。日の出産業の井波です。

先ほどの法人宛リストとは別に、弊社顧問・OBの皆様のご自宅宛の御歳暮7件分を
CSVでお送りいたします。商品はすべて SB-2503（銘酒飲み比べ）でお願いします。
ただし、備考欄に「お酒不可」とある方は SB-2501 に変更をお願いいたします。

名入れは「日の出産業株式会社 代表取締役社長 日下部 修」でお願いいたします。

""" + SIG_INAMI,
        "attachments": [
            {
                "kind": "csv",
                "name": "御歳暮_個人宅送付先.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "ふりがな", "郵便番号", "住所", "電話番号", "区分", "備考"],
                    ["芦原 宗一郎", "あしはら そういちろう", "248-0006", "神奈川県鎌倉市小町3-8-14", "0467-22-5813", "元会長", ""],
                    ["嵯峨 文枝", "さが ふみえ", "181-0013", "東京都三鷹市下連雀4-19-6", "0422-48-3320", "顧問", "お酒不可"],
                    ["檜垣 忠", "ひがき ただし", "270-0034", "千葉県松戸市新松戸2-117-3", "047-345-9021", "元専務", ""],
                    ["雲雀丘 登", "ひばりがおか のぼる", "665-0805", "兵庫県宝塚市雲雀丘1-4-22", "0797-88-1467", "元取締役", ""],
                    ["大谷地 みさ子", "おおやち みさこ", "004-0041", "北海道札幌市厚別区大谷地東2-3-18", "011-891-2276", "元監査役", "お酒不可"],
                    ["鶴来 健吾", "つるぎ けんご", "920-2121", "石川県白山市鶴来本町3-45", "076-272-0348", "技術顧問", ""],
                    ["丹羽 玲司", "にわ れいじ", "464-0819", "愛知県名古屋市千種区四谷通1-12-5", "052-781-6603", "元常務", ""],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven private persons' home addresses and phones (OB/advisers) in a CSV to a department store: a list of people",
    },
    # 009 ---------------------------------------------------------------------------
    {
        "id": "settaihi-009",
        "charset": "utf-8",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 岸部先生 <kishibe@shirakawa-law.jp>"],
        "subject": "ご相談：市職員への手土産・会食の可否について",
        "body": """白川法律事務所
岸部先生

いつも大変お世話になっております。
日の出産業 法務・コンプライアンス室の御手洗でございます。

営業部門より、以下のケースについて照会がありました。
先生のご見解を伺えますでしょうか。

1. 市の道路管理課（当社が入札参加資格を持つ発注部署）へ、来月、
   新製品のご説明で訪問予定。その際、1,000円程度の菓子折りを持参してよいか。
2. 説明後、課長級の方から「近くで昼食でも」と言われた場合、
   当社負担・割り勘それぞれの可否。
3. 同市の外郭団体（公益財団法人）の職員の場合は扱いが変わるか。

社内規程上は「公務員等への贈答・接待は原則禁止、例外は法務の事前承認」としておりますが、
地方公務員の場合の市の倫理条例の適用範囲と、刑法上の贈賄リスクの線引きについて
整理したいと考えております。

お忙しいところ恐縮ですが、ご教示いただけますと幸いです。

""" + SIG_MITARAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "compliance question to the company's law firm about gifts to officials: no identifiable official, no personal data",
    },
    # 010 ---------------------------------------------------------------------------
    {
        "id": "settaihi-010",
        "charset": "utf-8",
        "sender": "Riku Hanazono <r-hanazono@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@straits-pacific.com>"],
        "subject": "Dinner on 18 November - details",
        "body": """Dear Daniel,

Thank you for confirming your visit to Tokyo next month. We are delighted that you and
Ms. Lim can join us for dinner on Tuesday, 18 November.

  Time:     7:00 pm
  Place:    Kappo Kawasemi, Ginza (private tatami room, chairs available)
            8-5-22 Ginza, Chuo-ku, Tokyo
  Host:     Mr. Morioka (General Manager, Sales Div. 2) and myself

Our interpreter, Ms. Yuka Morisaki, will meet you in the lobby of your hotel at 6:30 pm
and accompany you to the restaurant by taxi. Should you have any trouble on the day,
please call her mobile directly: +81-90-5528-1740.

Please let me know if you have any dietary preferences we should pass on to the
restaurant.

""" + SIG_HANAZONO + "\n\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English dinner invitation to a foreign partner with one interpreter's mobile and an English disclaimer",
    },
    # 011 ---------------------------------------------------------------------------
    {
        "id": "settaihi-011",
        "charset": "cp932",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["Le Ciel Bleu ご予約 <reservation@cielbleu-tokyo.com>"],
        "subject": "ご予約（12/5 個室 5名）カード保証のご連絡",
        "body": """Le Ciel Bleu
ご予約ご担当者様

お世話になっております。日の出産業の鬼頭です。
12月5日（金）19:30〜 個室5名のご予約について、ご案内いただいたとおり
クレジットカードでの予約保証をお願いいたします。

　カード種別：VISA（法人カード）
　カード番号：""" + _grp(card_number(SEED + 11)) + """
　有効期限　：08/28
　名義　　　：TAKUMI KITO

当日の精算も同じカードでお願いできればと存じます。
ワインはソムリエの方のお薦めでペアリングをお願いいたします。

よろしくお願いいたします。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "full credit card number with holder name and expiry mailed to a restaurant as a booking guarantee",
    },
    # 012 ---------------------------------------------------------------------------
    {
        "id": "settaihi-012",
        "charset": "iso-2022-jp",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["蓮見 和馬 <hasumi.k@konan-bussan.co.jp>"],
        "subject": "RE: 贈答品ご辞退のお願い",
        "body": """港南物産株式会社
蓮見様

いつもお世話になっております。日の出産業の高梨です。
ご丁寧にご連絡いただき、ありがとうございます。

御社のコンプライアンス方針、承知いたしました。
本年より御歳暮・お中元のお届けは控えさせていただきます。
すでに手配済みの分については、百貨店に連絡し発送を取り消しました。

今後とも変わらぬお付き合いのほど、よろしくお願い申し上げます。

""" + SIG_TAKANASHI + """

-----Original Message-----
From: 蓮見 和馬 <hasumi.k@konan-bussan.co.jp>
Sent: Monday, November 10, 2025 10:42 AM
To: 高梨 修平 <s-takanashi@hinode-sangyo.co.jp>
Subject: 贈答品ご辞退のお願い

日の出産業株式会社
高梨様

いつも大変お世話になっております。港南物産の蓮見です。

弊社では本年度より、取引先様からの贈答品（お中元・御歳暮等）を一律ご辞退させていただく
ことになりました。これまでのご厚意に深く感謝申し上げるとともに、
何卒ご理解を賜りますようお願い申し上げます。

港南物産株式会社 管理本部 総務課
蓮見 和馬
TEL 045-671-0980（代表）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply acknowledging a customer's no-gifts policy; the quoted original is the recipient's own mail",
    },
    # 013 ---------------------------------------------------------------------------
    {
        "id": "settaihi-013",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["石神 亮介 <r-ishigami@toho-kasei.co.jp>"],
        "subject": "会食の件と秘密保持契約の締結スケジュールについて",
        "body": """東邦化成株式会社
購買部 石神様

お世話になっております。日の出産業の鬼頭です。

先日はお打ち合わせのお時間をいただきありがとうございました。
共同開発の件、秘密保持契約書（NDA）のドラフトを弊社法務で確認中です。
締結は11月末を目処に進めさせていただければと存じます。

なお、11月21日の会食はNDA締結前となりますので、当日は技術仕様などの具体的な話題は
控え、今後の進め方のご相談程度にとどめさせていただければと考えております。
会場は個室を押さえておりますが、念のため資料の持ち込みもなしとさせてください。

引き続きよろしくお願いいたします。

""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA and a dinner before signing: mentions confidentiality but carries no marking or data",
    },
    # 014 ---------------------------------------------------------------------------
    {
        "id": "settaihi-014",
        "charset": "iso-2022-jp",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
        "subject": "顧客感謝の会 宴会場仮予約のお願い（日の出産業）",
        "body": """さくらホテル
宴会予約ご担当者様

いつもお世話になっております。日の出産業 総務部の井波です。

来年2月の「お客様感謝の会」につきまして、下記にて宴会場の仮予約をお願いいたします。

　・日程：2026年2月20日（金）18:00〜20:30
　・人数：約40名（立食）
　・会場：昨年と同じ「桜の間」を希望
　・料理：立食ブッフェ お一人様 12,000円プラン
　・その他：受付用の長机2台、プロジェクター・マイク一式

正式なご依頼は、社内の予算承認後（12月中旬）となる見込みです。
お見積りをいただけますと幸いです。

""" + SIG_INAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "banquet booking sent to sakura-hotel.co.jp, a TLD look-alike of the partner sakura-hotel.jp",
    },
    # 015 ---------------------------------------------------------------------------
    {
        "id": "settaihi-015",
        "charset": "utf-8",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["営業本部 各部長 <eigyo-bucho@hinode-sangyo.co.jp>"],
        "cc": ["監査室 <kansa@hinode-sangyo.co.jp>"],
        "subject": "【要確認】公務員等への贈答・接待 上期チェック結果",
        "body": """営業本部 各部長

お疲れさまです。法務・コンプライアンス室の御手洗です。
上期の交際費精算のうち、相手方が公務員・みなし公務員に該当するものを抽出しました。
以下5件について、事前承認の有無を確認しています。

 No | 日付   | 相手方（所属・役職）               | 氏名       | 内容           | 金額    | 事前承認
----+--------+------------------------------------+------------+----------------+---------+---------
  1 | 5/14   | 花見川市 道路管理課 課長           | 宍戸 邦彦  | 菓子折り       |   1,080 | あり
  2 | 6/3    | 国立大学法人 北星大学 准教授       | 能登 貴之  | 講演後の会食   |   9,800 | あり
  3 | 7/22   | 花見川市 上下水道局 係長           | 柚木 早苗  | 昼食（当社負担）|   1,650 | なし
  4 | 8/8    | 独立行政法人 産業技術振興機構 主任 | 若狭 徹    | 中元（ビール券）|   5,000 | なし
  5 | 9/19   | 県立工業技術センター 所長          | 奥寺 義明  | ゴルフ          |  28,500 | なし

No.3〜5 は事前承認がなく、特に No.5 は県の倫理規程上も問題となり得るため、
担当部署から経緯書のご提出をお願いします（10月末まで）。

""" + SIG_MITARAI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "compliance check listing officials who received hospitality, sent only to internal addresses",
    },
    # 016 ---------------------------------------------------------------------------
    {
        "id": "settaihi-016",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人ギフト窓口 <gift@kitaguni-foods.co.jp>"],
        "subject": "法人ギフト 発注書（日の出産業）",
        "body": """北国フーズ株式会社
法人ギフトご担当者様

いつもお世話になっております。日の出産業の井波です。
先日お見積りいただいた件、下記のとおり発注いたします。

  商品コード   商品名                       単価(税込)  数量    金額
  ---------------------------------------------------------------------
  KF-G3010     鮭といくら醤油漬けセット         5,940    120    712,800
  KF-G3022     北海道チーズ＆スモーク詰合せ     4,860     60    291,600
  KF-G3105     昆布だし・佃煮ギフト             3,240     40    129,600
  ---------------------------------------------------------------------
                                                   合計        1,134,000

納品先：弊社 物流センター（〒210-0869 神奈川県川崎市川崎区東扇島18-5）
納品日：12月2日（火）午前指定
のし：無地のし（弊社にて名入れいたします）
お支払：月末締め翌月末振込

お見積番号 QF-25-11873 に基づく発注です。

""" + SIG_INAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "gift purchase order to a partner: product codes, quantities, company warehouse address",
    },
    # 017 ---------------------------------------------------------------------------
    {
        "id": "settaihi-017",
        "charset": "cp932",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["緑ヶ丘カントリー倶楽部 予約係 <reserve@midorigaoka-cc.jp>"],
        "subject": "11/29 2組8名 ビジター登録情報（日の出産業）",
        "body": """緑ヶ丘カントリー倶楽部
ご予約係 御中

お世話になっております。日の出産業の高梨です。
11月29日（土）8:14／8:21スタート 2組8名の件、ビジター登録のため
ご依頼いただいた情報をお送りします。
70歳以上の方はゴルフ場利用税の非課税対象とのことですので、生年月日もあわせて記載しました。

【1組目】
氏名　　　　　生年月日　　　　　　住所
大瀧　栄一　　昭和２３年５月１２日　神奈川県藤沢市鵠沼海岸３－１１－７
相馬　直樹　　昭和３６年１１月３日　東京都世田谷区奥沢５－２２－１
帯刀　順子　　昭和４４年２月２７日　東京都杉並区荻窪４－８－１５－３０２
高梨　修平　　昭和６０年８月１９日　千葉県船橋市本町２－３－９

【2組目】
氏名　　　　　生年月日　　　　　　住所
沼尻　孝雄　　昭和２９年１月８日　　埼玉県川越市仲町１２－４
久我　まゆみ　昭和５１年６月２０日　東京都練馬区石神井町３－１９－２
乙部　俊介　　平成２年９月１４日　　神奈川県横浜市青葉区美しが丘２－４１－６
森岡　浩二　　昭和４７年１２月１日　東京都大田区田園調布２－３３－８

ご確認のほどよろしくお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "eight golfers' dates of birth (和暦, full-width) and home addresses to a golf club: a list of people",
    },
    # 018 ---------------------------------------------------------------------------
    {
        "id": "settaihi-018",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["花房 祐介 <y-hanabusa@kawasaki-denki.co.jp>"],
        "cc": ["さくらホテル 宴会営業 真壁 <makabe@sakura-hotel.jp>", "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>"],
        "subject": "合同懇親会 会場下見の日程調整",
        "body": """川崎電機株式会社 花房様
さくらホテル 真壁様
（cc：弊社 高梨）

いつもお世話になっております。日の出産業の井波です。

1月に予定しております両社合同の懇親会につきまして、
会場下見の日程を調整させていただければと存じます。

候補日：
　① 12月8日（月）14:00〜
　② 12月10日（水）10:00〜
　③ 12月11日（木）16:00〜

花房様のご都合のよい日をお知らせいただけましたら、真壁様に確定のご連絡をいたします。
所要時間は1時間程度の想定です。

よろしくお願いいたします。

""" + SIG_INAMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way scheduling mail: a customer and the hotel (two external organisations) in To/Cc",
    },
    # 019 ---------------------------------------------------------------------------
    {
        "id": "settaihi-019",
        "charset": "iso-2022-jp",
        "sender": "仁科 恭子 <k-nishina@hinode-sangyo.co.jp>",
        "to": ["小料理 ふじ乃 <fujino.kitashinchi@gmail.com>"],
        "subject": "来週水曜 4名でお願いします（日の出産業 仁科）",
        "body": """ふじ乃 女将さん

いつもお世話になっております。日の出産業 大阪支店の仁科です。
お電話がつながらなかったのでメールで失礼します。

来週水曜（11/19）19時から、4名でカウンターをお願いできますでしょうか。
お取引先の方を2名お連れします。
お料理はいつものおまかせ（8,000円）で、お酒は当日お願いします。

お手すきの際にお返事いただけましたら幸いです。

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "booking with a small restaurant that uses a Gmail address: one free-mail recipient, no personal data",
    },
    # 020 ---------------------------------------------------------------------------
    {
        "id": "settaihi-020",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["高梨 修平 <s-takanashi@hinode-sangyo.co.jp>"],
        "bcc": [
            "r-ishigami@toho-kasei.co.jp", "watarai@owada-seiki.co.jp",
            "hasumi.k@konan-bussan.co.jp", "y-hanabusa@kawasaki-denki.co.jp",
            "t-kaji@aoba-unyu.co.jp", "golf@tsubasa-system.jp",
            "m-hamana@hamana-chem.co.jp", "sato.k@miwa-kogyo.co.jp",
            "info@hagoromo-pkg.co.jp", "s-futaba@futaba-soko.co.jp",
            "hokushin@hokushin-shokai.co.jp", "nakai@nankai-material.co.jp",
        ],
        "subject": "第12回 日の出カップ ゴルフコンペのご案内",
        "body": """お取引先各位
（本メールはBCCにて一斉にお送りしております）

平素より大変お世話になっております。日の出産業 営業一部の高梨です。

恒例の「日の出カップ」を今年も下記のとおり開催いたします。
皆様のご参加を心よりお待ちしております。

  日　時：2025年11月29日（土）　8:00 スタート（受付 7:15）
  場　所：緑ヶ丘カントリー倶楽部（千葉県市原市）
  競技方法：新ぺリア方式（隠しホール12）
  参加費：プレー代は各自ご負担、表彰式・昼食は弊社にてご用意いたします
  お申込み：11月14日（金）までに、本メールへのご返信でお知らせください

表彰式では豪華賞品もご用意しております。
なお、公務員等の方のご参加はご遠慮いただいております。ご了承ください。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "golf invitation to twelve customers correctly sent in Bcc, To is the sender himself",
    },
    # 021 ---------------------------------------------------------------------------
    {
        "id": "settaihi-021",
        "charset": "cp932",
        "sender": "仁科 恭子 <k-nishina@hinode-sangyo.co.jp>",
        "to": ["中国料理 翠園 ご予約センター <reserve@suien-group.co.jp>"],
        "subject": "11/26 円卓個室 8名 お料理のご相談",
        "body": """中国料理 翠園 梅田店
ご予約センター ご担当者様

お世話になっております。日の出産業 大阪支店の仁科です。
11月26日（水）18:30〜 円卓個室8名でご予約いただいている件、お料理のご相談です。

ご来賓のうち、PT. Jaya Makmur 社のブディ・サントソ様とリナ・ハルタント様のお二人は
ムスリム（イスラム教徒）でいらっしゃるため、豚肉・ラード・お酒（料理酒・紹興酒を含む）を
使わないお料理をご用意いただけますでしょうか。
可能であればハラール認証の食材でお願いしたく存じます。
また、お二人には乾杯もノンアルコールでお願いいたします。

他の6名様は通常のコース（13,200円）で結構です。
お見積りに差額が出る場合はお知らせください。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named guests' religion (Muslim) passed to a restaurant: 要配慮個人情報 (creed) of identifiable persons",
    },
    # 022 ---------------------------------------------------------------------------
    {
        "id": "settaihi-022",
        "charset": "iso-2022-jp",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["日本料理 葵庵 経理ご担当 <keiri@aoian.co.jp>"],
        "subject": "領収書の再発行のお願い（10/17ご利用分）",
        "body": """日本料理 葵庵
経理ご担当者様

いつもご利用させていただいております、日の出産業株式会社 経理部の苫米地と申します。

10月17日にご利用した会食（ご利用伝票 No.0871、合計 96,580円）の領収書について、
インボイス制度に対応した記載が必要なため、お手数ですが再発行をお願いできますでしょうか。
お預かりしている領収書には、貴店の登録番号（T4522473448580）と
税率ごとの消費税額の記載がございませんでした。

　宛名：日の出産業株式会社
　但し書き：御飲食代として
　送付先：〒105-0012 東京都港区芝大門2-11-8 日の出ビル 日の出産業株式会社 経理部

旧領収書は新しいものと引き換えにご返送いたします。
お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_TOMABECHI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "receipt re-issue request quoting the restaurant's invoice registration T-number: business data only",
    },
    # 023 ---------------------------------------------------------------------------
    {
        "id": "settaihi-023",
        "charset": "utf-8",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["清和監査法人 宇佐美様 <usami@seiwa-kansa.jp>"],
        "subject": "贈答・接待の授受状況（部門別集計）のご提出",
        "body": """清和監査法人
宇佐美様

お世話になっております。日の出産業 法務・コンプライアンス室の御手洗です。

内部統制評価のご依頼資料のうち、「贈答・接待の授受状況」を添付にてお送りします。
部門別・四半期別の件数と金額の集計で、個別の相手先名は含めておりません。
個別の明細はご来社時に閲覧いただく形でお願いできればと存じます。

ご不明な点がございましたらお知らせください。

""" + SIG_MITARAI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "贈答接待_授受状況_FY2025H1.xlsx",
                "title": "贈答・接待の授受状況 FY2025上期",
                "sheets": {
                    "提供（当社→取引先）": [
                        ["贈答・接待の提供状況（2025年4月〜9月）"],
                        [],
                        ["部門", "接待件数", "接待金額", "贈答件数", "贈答金額", "うち公務員等", "事前承認率"],
                        ["営業一部", 41, 1862300, 58, 342100, 2, "100%"],
                        ["営業二部", 33, 1540800, 44, 268400, 1, "100%"],
                        ["大阪支店", 27, 998400, 39, 231000, 2, "50%"],
                        ["技術部", 6, 142000, 0, 0, 0, "-"],
                        ["役員室", 12, 1220600, 21, 251600, 0, "-"],
                    ],
                    "受領（取引先→当社）": [
                        ["贈答・接待の受領状況（2025年4月〜9月）"],
                        [],
                        ["部門", "接待受領件数", "贈答受領件数", "うち返礼・辞退", "届出率"],
                        ["営業一部", 14, 22, 3, "95%"],
                        ["営業二部", 9, 17, 1, "100%"],
                        ["購買部", 21, 46, 12, "87%"],
                        ["大阪支店", 8, 13, 0, "92%"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated gift/hospitality statistics by department to the auditor: no individuals",
    },
    # 024 ---------------------------------------------------------------------------
    {
        "id": "settaihi-024",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["東雲トラベル 法人営業部 <corporate@shinonome-travel.co.jp>"],
        "subject": "台湾視察旅行（ご招待）航空券手配用 旅券情報",
        "body": """東雲トラベル株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の鬼頭です。
12月の台湾工場視察（お取引先様ご招待）の航空券・ホテル手配について、
ご招待する3名様の旅券情報をお送りします。弊社同行者2名分は別途お送りします。

1) 氏名（ローマ字）: KURAMOCHI TATSUYA
   旅券番号: TR8830512　有効期限: 2031年3月18日
   生年月日: 1968年7月2日　性別: M

2) 氏名（ローマ字）: OGASAWARA MIKI
   旅券番号: TK4419087　有効期限: 2029年10月5日
   生年月日: 1979年1月25日　性別: F

3) 氏名（ローマ字）: YANAGIBA SHOTA
   旅券番号: MZ2075316　有効期限: 2033年6月30日
   生年月日: 1987年11月11日　性別: M

座席は3名様とも通路側希望です。
どうぞよろしくお願いいたします。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three guests' passport numbers with dates of birth sent to a travel agency: identity document numbers",
    },
    # 025 ---------------------------------------------------------------------------
    {
        "id": "settaihi-025",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["加治 冬馬 <t-kaji@aoba-unyu.co.jp>"],
        "subject": "忘年会のご案内（日の出産業 営業一部）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>青葉運輸株式会社<br>営業本部 加治様</p>
<p>いつも大変お世話になっております。日の出産業の高梨です。</p>
<p>今年も一年お世話になりましたお礼に、ささやかではございますが
忘年会の席を設けさせていただきたく、ご案内申し上げます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">日時</th><td>12月17日（水）18:30〜21:00</td></tr>
<tr><th align="left">会場</th><td>割烹 かわせみ 銀座店（中央区銀座8-5-22 TEL 03-3571-6604）</td></tr>
<tr><th align="left">ご招待</th><td>加治様ほか2〜3名様</td></tr>
<tr><th align="left">弊社出席</th><td>森岡（営業二部長）、高梨、鬼頭</td></tr>
</table>
<p>ご出席の人数を12月5日までにお知らせいただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 営業一部<br>高梨 修平<br>TEL 03-5403-7721</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only year-end party invitation to one partner contact: venue and schedule, no personal data",
    },
    # 026 ---------------------------------------------------------------------------
    {
        "id": "settaihi-026",
        "charset": "utf-8",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["早乙女 玲奈 <r-saotome@mail.hinode-sangyo.co.jp>"],
        "subject": "役員会食用 法人カードの番号（予約保証用）",
        "body": """早乙女さん

お疲れさまです。経理の苫米地です。
ご依頼の役員会食用の法人カード情報です。レストランへはお電話で口頭でお伝えください。
（メールでの社外送信は禁止です）

　名義：HINODE SANGYO / OSAMU KUSAKABE
　番号：""" + card_number(SEED + 13) + """
　期限：11/27
　利用上限：1回 50万円

使用後は「法人カード利用報告」の提出をお願いします。

""" + SIG_TOMABECHI,
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "corporate card number shared between accounting and the secretary's office: all recipients internal (subdomain)",
    },
    # 027 ---------------------------------------------------------------------------
    {
        "id": "settaihi-027",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["錦印刷 宛名印刷窓口 <atena@nishiki-insatsu.co.jp>"],
        "subject": "感謝の会 招待状 宛名印刷データ（28件）",
        "body": """錦印刷株式会社
宛名印刷ご担当者様

いつもお世話になっております。日の出産業の井波です。
先日ご発注しました「お客様感謝の会」招待状（洋形2号封筒）の宛名データをお送りします。
28件です。「区分」が自宅の方は会社名を印字せず、ご自宅住所でお願いいたします。

校正は12月3日（水）までにPDFでいただけますと助かります。

""" + SIG_INAMI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "招待状_宛名リスト_28件.xlsx",
                "sheets": {
                    "宛名": [
                        ["お客様感謝の会 招待状 宛名リスト（2026.2.20開催）"],
                        ["No", "氏名", "敬称", "会社名", "役職", "区分", "〒", "住所"],
                        [1, "石神 亮介", "様", "東邦化成株式会社", "購買部長", "勤務先", "103-0023", "東京都中央区日本橋本町3-4-9"],
                        [2, "浦辺 千景", "様", "東邦化成株式会社", "購買課長", "勤務先", "103-0023", "東京都中央区日本橋本町3-4-9"],
                        [3, "渡会 伸也", "様", "大和田精機株式会社", "代表取締役", "勤務先", "330-0846", "埼玉県さいたま市大宮区大門町2-118"],
                        [4, "蓮見 和馬", "様", "港南物産株式会社", "総務課長", "勤務先", "231-0023", "神奈川県横浜市中区山下町23"],
                        [5, "花房 祐介", "様", "川崎電機株式会社", "総務部長", "勤務先", "210-0007", "神奈川県川崎市川崎区駅前本町14-3"],
                        [6, "津久井 正道", "様", "川崎電機株式会社", "常務取締役", "勤務先", "210-0007", "神奈川県川崎市川崎区駅前本町14-3"],
                        [7, "加治 冬馬", "様", "青葉運輸株式会社", "営業本部長", "勤務先", "980-0811", "宮城県仙台市青葉区一番町3-6-2"],
                        [8, "芦原 宗一郎", "様", "", "", "自宅", "248-0006", "神奈川県鎌倉市小町3-8-14"],
                        [9, "嵯峨 文枝", "様", "", "", "自宅", "181-0013", "東京都三鷹市下連雀4-19-6"],
                        [10, "檜垣 忠", "様", "", "", "自宅", "270-0034", "千葉県松戸市新松戸2-117-3"],
                        [11, "浜名 美代子", "様", "株式会社浜名ケミカル", "代表取締役社長", "勤務先", "430-0933", "静岡県浜松市中央区鍛冶町100-1"],
                        [12, "佐藤 圭", "様", "三輪工業株式会社", "購買課長", "勤務先", "460-0008", "愛知県名古屋市中区栄3-15-33"],
                        [13, "羽鳥 聡美", "様", "株式会社羽衣パッケージ", "取締役", "勤務先", "592-8341", "大阪府堺市西区浜寺船尾町東2-71"],
                        [14, "双葉 謙三", "様", "双葉倉庫株式会社", "常務取締役", "勤務先", "455-0032", "愛知県名古屋市港区入船1-7-41"],
                        [15, "北条 辰也", "様", "有限会社北辰商会", "代表取締役", "勤務先", "060-0061", "北海道札幌市中央区南一条西5-14"],
                        [16, "仲井 亜矢", "様", "南海マテリアル株式会社", "資材部長", "勤務先", "812-0011", "福岡県福岡市博多区博多駅前2-19-24"],
                        [17, "雲雀丘 登", "様", "", "", "自宅", "665-0805", "兵庫県宝塚市雲雀丘1-4-22"],
                        [18, "丹羽 玲司", "様", "", "", "自宅", "464-0819", "愛知県名古屋市千種区四谷通1-12-5"],
                        [19, "伊呂波 宗次", "様", "株式会社いろは設計", "代表取締役", "勤務先", "604-8152", "京都府京都市中京区烏丸通蛸薬師下ル手洗水町645"],
                        [20, "真壁 小百合", "様", "さくらホテル株式会社", "宴会営業部長", "勤務先", "104-0061", "東京都中央区銀座6-9-3"],
                        [21, "岸部 圭一郎", "先生", "白川法律事務所", "弁護士", "勤務先", "100-0006", "東京都千代田区有楽町1-7-1"],
                        [22, "堀之内 修", "先生", "堀之内税理士事務所", "税理士", "勤務先", "105-0013", "東京都港区浜松町1-22-5"],
                        [23, "菅沼 香織", "様", "株式会社丸清百貨店", "法人外商部", "勤務先", "104-0028", "東京都中央区八重洲2-1-1"],
                        [24, "沖田 修造", "様", "", "", "自宅", "251-0035", "神奈川県藤沢市片瀬海岸2-6-11"],
                        [25, "宝田 敬子", "様", "", "", "自宅", "177-0041", "東京都練馬区石神井町7-2-30"],
                        [26, "久留島 進", "様", "株式会社ツバサシステム", "取締役CTO", "勤務先", "150-0002", "東京都渋谷区渋谷2-22-7"],
                        [27, "鷲尾 剛", "様", "北国フーズ株式会社", "専務取締役", "勤務先", "101-0041", "東京都千代田区神田須田町1-16"],
                        [28, "阿久津 典子", "様", "株式会社みどり銀行", "芝支店長", "勤務先", "105-0014", "東京都港区芝2-5-10"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "28 named invitees with postal addresses (seven of them home addresses) for envelope printing: a list of people",
    },
    # 028 ---------------------------------------------------------------------------
    {
        "id": "settaihi-028",
        "charset": "iso-2022-jp",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["フラワーショップ花音 <order@kanon-flower.jp>"],
        "subject": "移転祝いのスタンド花 ご注文",
        "body": """フラワーショップ花音 様

いつもお世話になっております。日の出産業 総務部の井波です。
お取引先の新社屋移転祝いに、下記のとおりスタンド花をお願いいたします。

　お届け先：大和田精機株式会社 本社 受付
　　　　　　〒330-0854 埼玉県さいたま市大宮区桜木町4-333 大宮グランドタワー15F
　　　　　　TEL 048-641-2257（代表）
　お届け日時：11月17日（月）午前中（開所式 13:00〜）
　ご予算：33,000円（税込）程度、2段スタンド
　立札：「祝 御移転　日の出産業株式会社 代表取締役社長 日下部 修」
　お色味：白・黄色系の明るい感じでお願いします

お支払いはいつもどおり月末締めの請求書払いでお願いいたします。
回収はお届け先と調整のうえ、1週間後でお願いできればと存じます。

""" + SIG_INAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "flower order to a florist: delivery to a company's office and switchboard, a business contact only",
    },
    # 029 ---------------------------------------------------------------------------
    {
        "id": "settaihi-029",
        "charset": "cp932",
        "sender": "仁科 恭子 <k-nishina@hinode-sangyo.co.jp>",
        "to": ["生花 花清 ご注文受付 <order@hanasei-kyoka.co.jp>"],
        "subject": "供花のご手配をお願いいたします（至急）",
        "body": """生花 花清 ご担当者様

日の出産業株式会社 大阪支店の仁科と申します。
お取引先の社長様のご尊父がご逝去され、供花をお願いしたくご連絡いたしました。

　故人：羽鳥 清治 様（株式会社羽衣パッケージ 羽鳥社長のご尊父）
　通夜：11月12日（水）18:00〜
　告別式：11月13日（木）11:00〜
　式場：セレモニーホール浜寺
　　　　大阪府堺市西区浜寺石津町中3-8-21　TEL 072-262-8800
　供花：生花スタンド一基（16,500円）
　名札：「株式会社日の出産業 大阪支店 支店長 古賀 勇人」
　　　　※「日の出産業株式会社」が正しい表記です。失礼しました。

ご請求書は大阪支店宛てにお願いいたします。
お手数ですが、手配完了のご連絡をいただけますと幸いです。

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "condolence flowers order: a funeral hall's business address and names without personal data of anyone",
    },
    # 030 ---------------------------------------------------------------------------
    {
        "id": "settaihi-030",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["アトラス企画 大迫様 <osako@atlas-kikaku.co.jp>"],
        "subject": "お客様感謝の会 企画のたたき台",
        "body": """株式会社アトラス企画
大迫様

お世話になっております。日の出産業の高梨です。
先日のお打ち合わせを踏まえ、弊社内で作成した企画のたたき台を添付いたします。
社内資料をそのままお送りしておりますので、演出案のご提案の参考にしていただければ幸いです。

来週中にご提案をいただけますと助かります。

""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "docx",
                "name": "お客様感謝の会_企画書_v3.docx",
                "page_header": "社外秘",
                "title": "2026 お客様感謝の会 企画書",
                "paragraphs": [
                    "【社外秘】2026年 お客様感謝の会 企画書（第3版）",
                    "1. 目的：重点顧客20社との関係強化、新中期経営計画の発表",
                    "2. 日時・会場：2026年2月20日（金）18:00〜 さくらホテル銀座「桜の間」",
                    "3. 予算：総額 620万円（会場・飲食 380万円、演出 150万円、記念品 90万円）",
                    "4. 重点顧客ごとの狙い：川崎電機（次期設備更新の受注）、東邦化成（共同開発の本格化）",
                    "5. 役員の役割分担と挨拶順は別紙",
                ],
                "tables": [
                    [["項目", "予算", "備考"],
                     ["会場・飲食", "3,800,000", "立食 40名×12,000円＋会場費"],
                     ["演出", "1,500,000", "映像・司会・生演奏"],
                     ["記念品", "900,000", "1名あたり 22,500円"]],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "internal plan stamped 社外秘 (page header and title) sent to an event agency",
    },
    # 031 ---------------------------------------------------------------------------
    {
        "id": "settaihi-031",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["緑ヶ丘カントリー倶楽部 予約係 <reserve@midorigaoka-cc.jp>"],
        "subject": "12/13（土）1組 予約のお願い",
        "body": """緑ヶ丘カントリー倶楽部 ご予約係様

お世話になっております。日の出産業株式会社の鬼頭です。
12月13日（土）、1組4名で予約をお願いいたします。
スタートは8時台を希望いたします（9時台でも可）。

　・鬼頭 拓海（弊社、会員番号 M-20417）
　・森岡 浩二（弊社）
　・石神 亮介 様（東邦化成）
　・仙波 洋平 様（東邦化成）

乗用カート、昼食付きプランでお願いいたします。
当日の代表連絡先は鬼頭の携帯 080-4927-3316 です。

よろしくお願いいたします。

""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "golf booking for one group of four: names and one mobile number, under the five-person line",
    },
    # 032 ---------------------------------------------------------------------------
    {
        "id": "settaihi-032",
        "charset": "utf-8",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["川崎電機 秘書課 千種様 <chikusa@kawasaki-denki.co.jp>"],
        "subject": "会食会場の候補（ご参考）",
        "body": """川崎電機株式会社
秘書課 千種様

いつもお世話になっております。日の出産業 秘書室の早乙女です。
来月の役員同士の会食につきまして、会場候補をお送りいたします。
いずれも川崎駅・品川駅からお車で20分以内のお店です。

店名                 | ジャンル   | 住所                              | 電話          | 個室
---------------------+------------+-----------------------------------+---------------+------
日本料理 葵庵        | 和食       | 東京都港区高輪3-25-9              | 03-3443-1208  | 有(8名)
割烹 かわせみ 銀座店 | 割烹       | 東京都中央区銀座8-5-22            | 03-3571-6604  | 有(6名)
Le Ciel Bleu         | フレンチ   | 東京都港区白金台5-17-2            | 03-5789-3301  | 有(10名)
中国料理 翠園 赤坂店 | 中華       | 東京都港区赤坂3-12-7 翠園ビル2F    | 03-3584-2290  | 有(12名)
鮨 すずらん          | 鮨         | 東京都港区六本木7-14-5 B1F         | 03-3405-8812  | 小上がり
鉄板焼 くろがね 川崎 | 鉄板焼     | 神奈川県川崎市川崎区砂子1-8-3      | 044-233-7710  | 有(6名)

御社常務様のお好みなどございましたら、お聞かせいただけますと幸いです。

""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of six restaurants with addresses and phones: a list of businesses, not people",
    },
    # 033 ---------------------------------------------------------------------------
    {
        "id": "settaihi-033",
        "charset": "iso-2022-jp",
        "sender": "森岡 浩二 <h-morioka@hinode-sangyo.co.jp>",
        "to": [
            "沖田 修造 <okita.shuzo1951@gmail.com>",
            "宝田 敬子 <takarada-keiko@yahoo.co.jp>",
            "Tadashi Higaki <t.higaki.matsudo@icloud.com>",
        ],
        "subject": "先日はありがとうございました（OB懇親会）",
        "body": """沖田様、宝田様、檜垣様

先日はお忙しい中、OB懇親会にお越しいただき誠にありがとうございました。
皆様お変わりなくお元気なご様子で、現役一同たいへん励みになりました。

当日の集合写真は、後日プリントしてご自宅にお送りいたします。
また来年もぜひお集まりいただければ幸いです。

寒さが厳しくなってまいりますので、どうぞご自愛ください。

日の出産業株式会社 営業二部
森岡 浩二
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three private persons on free mail addressed openly in To: each sees the others' personal addresses",
    },
    # 034 ---------------------------------------------------------------------------
    {
        "id": "settaihi-034",
        "charset": "cp932",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["浦辺 千景 <c-urabe@toho-kasei.co.jp>"],
        "subject": "Re: 21日の会食 出席者のご連絡",
        "body": """浦辺様

ご連絡ありがとうございます。日の出産業の鬼頭です。
御社からは4名様でご出席とのこと、承知いたしました。
お店（中国料理 翠園 赤坂店）にも人数変更を伝えております。

当日はどうぞよろしくお願いいたします。

鬼頭

> 日の出産業株式会社
> 鬼頭様
>
> お世話になっております。東邦化成の浦辺です。
> 21日の会食の出席者をご連絡いたします。
> 当日何かあった場合は、それぞれの携帯にご連絡ください。
>
>   石神 亮介（購買部長）  090-3318-2047  r-ishigami@toho-kasei.co.jp
>   浦辺 千景（購買課長）  080-6612-9935  c-urabe@toho-kasei.co.jp
>   仙波 洋平（購買課）    070-2284-1163  y-semba@toho-kasei.co.jp
>   牧 奈緒子（技術営業）  090-7401-5528  n-maki@toho-kasei.co.jp
>   寺門 健（技術部）      080-1934-6607  k-terakado@toho-kasei.co.jp
>   ※寺門は急用のため欠席となりました。
>
> 東邦化成株式会社 購買部 浦辺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the customer: the attendee list with phones is only in the quoted text of the customer's own mail",
    },
    # 035 ---------------------------------------------------------------------------
    {
        "id": "settaihi-035",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["鮨 すずらん <info@sushi-suzuran.jp>"],
        "subject": "12/10 ご予約 お料理についてのお願い",
        "body": """鮨 すずらん
大将様

いつもお世話になっております。日の出産業 秘書室の早乙女です。
12月10日（水）18:30〜 4名様のご予約の件でございます。

ご来賓の北国フーズ株式会社 専務取締役 鷲尾 剛様が甲殻類（えび・かに）の
アレルギーをお持ちとのことですので、鷲尾様のおまかせからは甲殻類を外し、
他のネタに差し替えていただけますでしょうか。
お出汁などに使われている場合も念のため避けていただけますと幸いです。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

""" + SIG_SAOTOME,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's food allergy told to a restaurant: health data of one person, but routine hospitality practice",
    },
    # 036 ---------------------------------------------------------------------------
    {
        "id": "settaihi-036",
        "charset": "utf-8",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["堀之内税理士事務所 <horinouchi@horinouchi-tax.jp>"],
        "subject": "交際費と会議費の区分についてご教示ください",
        "body": """堀之内先生

お世話になっております。日の出産業の苫米地です。
以下3件について、交際費・会議費・福利厚生費のいずれで処理すべきか、ご意見をいただけますか。

(1) 取引先2名と当社2名の昼食（会議室で仕出し弁当）
    合計 6,160円（1人 1,540円）、打合せ議事録あり
(2) 取引先3名と当社2名の夕食（居酒屋）、二次会なし
    合計 48,950円（1人 9,790円）、参加者名・人数は精算書に記載
(3) 取引先の工場見学後の懇親会（ホテル宴会場）
    合計 312,400円（参加 26名、1人 12,015円）、当社参加者 9名

(2)は1人あたり1万円以下の特例の対象と理解していますが、
お通し代と飲み放題の追加で当日1万円を超えた場合の扱いも併せて確認させてください。

""" + SIG_TOMABECHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tax question about expense classification with amounts and head counts only",
    },
    # 037 ---------------------------------------------------------------------------
    {
        "id": "settaihi-037",
        "charset": "iso-2022-jp",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 真壁 <makabe@sakura-hotel.jp>"],
        "subject": "感謝の会 参加者名簿（パスワード付き）",
        "body": """さくらホテル
宴会営業部 真壁様

いつもお世話になっております。日の出産業の井波です。
2月20日「お客様感謝の会」の参加者名簿（名札・受付用）をお送りします。
ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。

""" + SIG_INAMI,
        "attachments": [
            {
                "kind": "zip",
                "name": "sankasha_meibo_0220.zip",
                "password": "Hinode#0220",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "参加者名簿_0220.xlsx",
                        "sheets": {"名簿": [
                            ["No", "氏名", "会社名", "役職", "携帯"],
                            [1, "石神 亮介", "東邦化成", "購買部長", "090-3318-2047"],
                            [2, "渡会 伸也", "大和田精機", "代表取締役", "090-6623-1408"],
                            [3, "花房 祐介", "川崎電機", "総務部長", "080-2290-7714"],
                            [4, "加治 冬馬", "青葉運輸", "営業本部長", "070-3381-0265"],
                            [5, "浜名 美代子", "浜名ケミカル", "社長", "090-4418-6602"],
                            [6, "仲井 亜矢", "南海マテリアル", "資材部長", "080-7756-3319"],
                        ]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the hotel: the attachment cannot be inspected",
    },
    # 038 ---------------------------------------------------------------------------
    {
        "id": "settaihi-038",
        "charset": "iso-2022-jp",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["ハヤテレンタカー 新橋営業所 <shimbashi@hayate-rentacar.co.jp>"],
        "subject": "ワンボックス車 予約のお願い（11/29）",
        "body": """ハヤテレンタカー 新橋営業所 御中

お世話になります。日の出産業株式会社の高梨と申します。
お客様の送迎用に、下記のとおり車両を予約させていただきたくご連絡しました。

　車種：ワンボックス（8人乗り、アルファード／ヴェルファイアクラス）
　貸出：11月29日（土）5:30　新橋営業所
　返却：11月29日（土）20:00　新橋営業所
　オプション：ETCカード、カーナビ、免責補償
　お支払い：法人契約（契約番号 HC-00318）での後日請求

運転者は弊社社員で、当日店頭で免許証をご提示いたします。
空き状況とお見積りをご連絡いただけますと幸いです。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "rental van reservation for guest transport: contract number only, the licence is shown in person",
    },
    # 039 ---------------------------------------------------------------------------
    {
        "id": "settaihi-039",
        "charset": "cp932",
        "sender": "仁科 恭子 <k-nishina@hinode-sangyo.co.jp>",
        "to": ["経理部 交際費担当 <kousaihi@hinode-sangyo.co.jp>"],
        "cc": ["古賀 勇人 <h-koga@hinode-sangyo.co.jp>"],
        "subject": "交際費精算（大阪支店 11/26 翠園）参加者一覧添付",
        "body": """経理部 交際費ご担当者様

お疲れさまです。大阪支店の仁科です。
11/26の会食（中国料理 翠園 梅田店）の精算を申請しました（申請番号 EX-25-04812）。
規程により参加者全員の氏名・所属が必要とのことで、一覧をExcelで添付します。

合計 118,800円／12名（1人あたり 9,900円）のため、会議費ではなく
1万円以下飲食費として処理をお願いいたします。

""" + SIG_NISHINA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "参加者一覧_1126翠園.xlsx",
                "sheets": {
                    "参加者": [
                        ["交際費精算 参加者一覧（申請番号 EX-25-04812）"],
                        ["区分", "氏名", "所属", "役職"],
                        ["取引先", "ブディ・サントソ", "PT. Jaya Makmur", "Director"],
                        ["取引先", "リナ・ハルタント", "PT. Jaya Makmur", "Manager"],
                        ["取引先", "羽鳥 聡美", "株式会社羽衣パッケージ", "取締役"],
                        ["取引先", "羽鳥 大輔", "株式会社羽衣パッケージ", "営業部長"],
                        ["取引先", "桐生 紗英", "株式会社羽衣パッケージ", "営業課"],
                        ["取引先", "堂島 航", "南海マテリアル株式会社", "大阪営業所長"],
                        ["取引先", "阿闍梨 穣", "南海マテリアル株式会社", "営業課長"],
                        ["当社", "古賀 勇人", "大阪支店", "支店長"],
                        ["当社", "仁科 恭子", "大阪支店", "営業課"],
                        ["当社", "由比 達郎", "大阪支店", "営業課長"],
                        ["当社", "瓜生 真帆", "大阪支店", "営業課"],
                        ["当社", "鍋島 晃", "海外営業部", "部長"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "expense settlement with a 12-person attendee list sent to internal accounting only",
    },
    # 040 ---------------------------------------------------------------------------
    {
        "id": "settaihi-040",
        "charset": "cp932",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["堀之内税理士事務所 担当 江波 <enami@horinouchi-tax.jp>"],
        "subject": "講師謝礼の支払調書作成用データ",
        "body": """堀之内税理士事務所
江波様

いつもお世話になっております。日の出産業 経理部の苫米地です。
10月の「お客様感謝セミナー＆懇親会」でご講演いただいた外部講師の謝礼について、
支払調書の作成をお願いいたします。

　氏名　　　：深山 遼太郎（みやま りょうたろう）
　住所　　　：〒359-1141 埼玉県所沢市小手指町2-15-3
　個人番号　：""" + my_number(SEED + 1) + """
　支払金額　：220,000円（源泉徴収税額 22,462円）
　支払日　　：2025年10月31日
　区分　　　：講演料

ご本人からいただいた番号確認書類の写しは、弊社で保管しております。
よろしくお願いいたします。

""" + SIG_TOMABECHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an outside speaker's My Number with name and home address sent to the tax accountant by plain mail",
    },
    # 041 ---------------------------------------------------------------------------
    {
        "id": "settaihi-041",
        "charset": "utf-8",
        "sender": "Riku Hanazono <r-hanazono@hinode-sangyo.co.jp>",
        "to": ["Marcus Weber <m.weber@rheinwerk-anlagen.de>"],
        "subject": "Re: A small token of appreciation",
        "body": """Dear Marcus,

Thank you very much for your kind words and for the generous gift you sent to our team
after the Hannover fair. We were truly touched.

I am afraid, however, that under our company's Gifts and Hospitality Policy we may not
accept gifts whose value exceeds JPY 5,000 (about EUR 30) per person. With your
understanding, we would like to return the watch to your office in Stuttgart by courier
this week. The chocolates have been shared with the whole department and were much
appreciated!

I hope you understand, and I look forward to seeing you again in Tokyo in spring.

""" + SIG_HANAZONO + "\n\n" + DISCLAIMER_EN + """

On Mon, 3 Nov 2025 at 09:12, Marcus Weber <m.weber@rheinwerk-anlagen.de> wrote:
> Dear Riku,
> thank you again for the excellent cooperation this year. Please accept a small token
> of our appreciation, which should arrive at your office this week.
> Kind regards, Marcus
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply declining a gift under the gift policy, with a quoted original and a disclaimer",
    },
    # 042 ---------------------------------------------------------------------------
    {
        "id": "settaihi-042",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人配送センター <haiso@aoba-unyu.co.jp>"],
        "cc": ["北国フーズ 法人ギフト窓口 <gift@kitaguni-foods.co.jp>"],
        "subject": "御歳暮 発送分の追跡番号のご確認",
        "body": """青葉運輸株式会社 法人配送センター 御中
（cc：北国フーズ様）

お世話になっております。日の出産業の井波です。
12月2日に北国フーズ様から集荷いただいた御歳暮のうち、下記5件について
お届け予定日が表示されないため、状況をご確認いただけますでしょうか。

  お問合せ番号      お届け先（会社）          個口
  4410-2287-6613    三輪工業株式会社 購買課       1
  4410-2287-6624    双葉倉庫株式会社 業務部       1
  4410-2287-6635    有限会社北辰商会              2
  4410-2287-6646    株式会社いろは設計 代表室     1
  4410-2287-6650    南海マテリアル株式会社 資材部 1

お手数ですが、よろしくお願いいたします。

""" + SIG_INAMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "tracking numbers for gifts to companies, carrier in To and supplier in Cc: two external organisations",
    },
    # 043 ---------------------------------------------------------------------------
    {
        "id": "settaihi-043",
        "charset": "iso-2022-jp",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人ギフト窓口 <gift@kitaguni-food.co.jp>"],
        "subject": "追加発注のお願い（鮭といくら醤油漬けセット）",
        "body": """北国フーズ株式会社
法人ギフトご担当者様

いつもお世話になっております。日の出産業の井波です。
先日発注いたしました御歳暮用ギフトにつきまして、追加をお願いいたします。

　KF-G3010 鮭といくら醤油漬けセット　追加 15個
　納品先・納品日は前回発注（お見積番号 QF-25-11873）と同じでお願いします。

追加分の請求書は、前回分とまとめていただいて構いません。

""" + SIG_INAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "order sent to kitaguni-food.co.jp, one letter short of the partner kitaguni-foods.co.jp",
    },
    # 044 ---------------------------------------------------------------------------
    {
        "id": "settaihi-044",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["アトラス企画 大迫様 <osako@atlas-kikaku.co.jp>"],
        "subject": "Re: 演出案のご提案ありがとうございました",
        "body": """大迫様

ご提案資料ありがとうございました。社内で回覧し、B案（生演奏＋映像）で進める方向です。
弊社側で整理した当日の進行イメージをパワーポイントでお送りしますので、
これをベースに進行表を作成いただけますでしょうか。

""" + SIG_TAKANASHI + """

> 高梨様
> 演出案を2案お送りいたします。ご検討よろしくお願いいたします。
> アトラス企画 大迫
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "感謝の会_進行イメージ.pptx",
                "title": "お客様感謝の会 進行イメージ",
                "slides": [
                    ["お客様感謝の会 進行イメージ", "2026年2月20日（金）さくらホテル銀座 桜の間", "日の出産業株式会社 営業本部"],
                    ["タイムテーブル", "17:30 受付開始", "18:00 開会・社長挨拶", "18:10 乾杯（来賓代表）",
                     "18:15 歓談・生演奏", "19:00 中期経営計画 映像", "20:15 中締め", "20:30 お見送り"],
                    ["お願い事項", "受付は4ブース（50音順）", "記念品はお帰りの際にお渡し", "写真撮影はホテル提携カメラマン"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "event running order in a PowerPoint to the event agency: no marking, no personal data",
    },
    # 045 ---------------------------------------------------------------------------
    {
        "id": "settaihi-045",
        "charset": "cp932",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["Le Ciel Bleu ご予約 <reservation@cielbleu-tokyo.com>"],
        "subject": "Re: カード保証のお願い（12/19 ご予約）",
        "body": """Le Ciel Bleu
ご予約ご担当者様

ご案内ありがとうございます。日の出産業 秘書室の早乙女です。
弊社ではカード番号をメールでお送りすることができない規則となっております。
恐れ入りますが、本日15時ごろ、私からお電話で番号をお伝えしてもよろしいでしょうか。

ご参考までに、保証に使うカードは弊社名義の法人カード
（VISA・末尾 4417）でございます。

何卒よろしくお願い申し上げます。

""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "refuses to mail the card number and gives only its last four digits: no card number present",
    },
    # 046 ---------------------------------------------------------------------------
    {
        "id": "settaihi-046",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["Le Ciel Bleu ご予約 <reservation@cielbleu-tokyo.com>"],
        "subject": "FW: 12/5 会食 出席者のご連絡（大和田精機）",
        "body": """Le Ciel Bleu ご予約ご担当者様

日の出産業の鬼頭です。12/5の個室のご予約の件です。
お客様から出席者の連絡がありましたので、そのまま転送いたします。
当日お客様の到着が遅れる場合など、直接ご連絡いただいて構わないとのことです。

鬼頭

-------- Forwarded Message --------
From: 渡会 伸也 <watarai@owada-seiki.co.jp>
Date: 2025/11/28 15:04
To: 鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>
Subject: 12/5 会食 出席者のご連絡（大和田精機）

日の出産業 鬼頭様

お世話になっております。大和田精機の渡会です。
12/5の会食、弊社からは以下の6名で伺います。

・渡会 伸也（代表取締役）　携帯 090-6623-1408　watarai@owada-seiki.co.jp
・大和田 佳乃（専務取締役）携帯 090-2215-8847　k-owada@owada-seiki.co.jp
・早坂 陽介（製造部長）　　携帯 080-3390-1126　hayasaka@owada-seiki.co.jp
・左近 珠美（品質保証課長）携帯 070-6631-4478　sakon.t@owada-seiki.co.jp
・都築 亘（購買課長）　　　携帯 090-9008-2213　tsuzuki@owada-seiki.co.jp
・能勢 かおり（秘書）　　　携帯 080-5527-3091　nose.k@owada-seiki.co.jp

どうぞよろしくお願いいたします。
大和田精機株式会社 渡会
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of the customer's six attendees with mobiles and e-mails to a restaurant: new text to it, a list of people",
    },
    # 047 ---------------------------------------------------------------------------
    {
        "id": "settaihi-047",
        "charset": "iso-2022-jp",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["花見川市 道路管理課 <doro-kanri@city.hanamigawa.lg.jp>"],
        "subject": "新製品ご説明の訪問について（日の出産業）",
        "body": """花見川市 建設部 道路管理課 御中

平素より大変お世話になっております。
日の出産業株式会社 法務・コンプライアンス室の御手洗でございます。

来月予定しております弊社営業担当による新製品（道路用排水材）のご説明について、
事前にご連絡申し上げます。

弊社では、公務員の皆様との関係において、贈答品・飲食の提供を一切行わない社内規程を
定めております。当日は手土産等のご用意はいたしませんので、ご了承いただけますと幸いです。
また、ご説明は庁舎内の会議室にて、1時間以内で終了する予定でございます。

引き続きどうぞよろしくお願い申し上げます。

""" + SIG_MITARAI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail to a city office stating the no-gifts rule for officials: a department address, no personal data",
    },
    # 048 ---------------------------------------------------------------------------
    {
        "id": "settaihi-048",
        "charset": "utf-8",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["営業本部 全員 <eigyo-all@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】公務員等への贈答・接待 チェックリスト改訂版",
        "body": """営業本部の皆さま

お疲れさまです。法務・コンプライアンス室の御手洗です。
公務員等への贈答・接待に関するチェックリストを改訂しましたので添付します。
社外秘資料のため、社外への転送はしないでください。

主な改訂点：
・みなし公務員（独法・国立大学法人の職員等）を対象に明記
・「割り勘でも事前申請」を追加
・海外公務員（FCPA・UKBA）の項目を新設

""" + SIG_MITARAI,
        "attachments": [
            {
                "kind": "docx",
                "name": "公務員等贈答接待チェックリスト_2025改訂.docx",
                "page_header": "社外秘　日の出産業株式会社 法務・コンプライアンス室",
                "paragraphs": [
                    "公務員等への贈答・接待 チェックリスト（2025年11月改訂）",
                    "□ 相手方は公務員・みなし公務員・外国公務員に該当しないか",
                    "□ 当社との間に許認可・入札・検査等の利害関係がないか",
                    "□ 金額は社内基準（飲食 5,000円／人、贈答 3,000円）以内か",
                    "□ 法務・コンプライアンス室の事前承認を得たか（割り勘を含む）",
                    "□ 精算時に相手方の所属・役職・人数を記録したか",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 checklist distributed to an internal mailing list only",
    },
    # 049 ---------------------------------------------------------------------------
    {
        "id": "settaihi-049",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 真壁 <makabe@sakura-hotel.jp>"],
        "subject": "感謝の会 ご来賓のお席と宿泊についてのご相談",
        "body": """さくらホテル
宴会営業部 真壁様

いつもお世話になっております。日の出産業の井波です。
2月20日の感謝の会につき、ご来賓1名様についてご配慮をお願いしたくご連絡いたしました。

株式会社浜名ケミカル 代表取締役社長 浜名 美代子様が、昨年のご病気の後遺症で
右半身に麻痺があり（身体障害者手帳1級をお持ちとのことです）、車椅子でご来場になります。

つきましては、
　1. 会場内は出入口に近い、車椅子のまま着席できるお席
　2. 当日ご宿泊のお部屋をバリアフリー対応のツインルームで1室（2/20泊、付添の方と2名）
　3. 正面玄関から宴会場までのエレベーター誘導
をご手配いただけますでしょうか。

ご本人のご意向で、他のお客様にはご事情をお伝えしないようお願いいたします。

""" + SIG_INAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guest's disability and illness after-effects sent to the hotel: sensitive data of one person",
    },
    # 050 ---------------------------------------------------------------------------
    {
        "id": "settaihi-050",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["松風堂 法人ギフト係 <houjin@shofudo-gift.co.jp>"],
        "subject": "ご注文番号 4902261183057716 の納期について",
        "body": """贈答の松風堂
法人ギフト係 御中

お世話になっております。日の出産業の井波です。
Webでご注文いたしました下記の件、納期を確認させてください。

　ご注文番号：4902261183057716
　ご注文日　：2025年11月4日
　商品　　　：本練羊羹 詰合せ（竹皮包）SF-Y208 × 24個
　お届け先　：弊社総務部（一括納品）
　お支払方法：請求書払い（法人会員ID HNS-0033）

11月20日までに納品いただけるかどうか、ご回答いただけますと幸いです。
また、送り状番号（2025-1128-0041-7365）の荷物が別商品のようですので、
あわせてご確認をお願いいたします。

""" + SIG_INAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "16-digit order number and slip numbers (not card numbers) in a gift order query",
    },
    # 051 ---------------------------------------------------------------------------
    {
        "id": "settaihi-051",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["川崎電機 秘書課 千種様 <chikusa@kawasaki-denki.co.jp>"],
        "subject": "12/3 会食の当日連絡先について",
        "body": """川崎電機株式会社
秘書課 千種様

いつもお世話になっております。日の出産業 秘書室の早乙女です。
12月3日の会食につきまして、当日の弊社側の連絡先をお知らせいたします。

　・社長 日下部に随行：秘書室 久遠 美月（携帯 080-4471-2093）
　・お店での受付：営業一部 高梨 修平（携帯 090-2738-5514）

お車のお迎えは不要とのことで承知いたしました。
お店の地図は先日お送りしたとおりです。当日はどうぞよろしくお願いいたします。

""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two staff members' mobiles as day-of contacts to the customer's secretary: under the list line",
    },
    # 052 ---------------------------------------------------------------------------
    {
        "id": "settaihi-052",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": [
            "仙波 洋平 <y-semba@toho-kasei.co.jp>",
            "早坂 陽介 <hayasaka@owada-seiki.co.jp>",
            "南海マテリアル 仲井様 <nakai@nankai-material.co.jp>",
        ],
        "cc": ["高梨 修平 <s-takanashi@hinode-sangyo.co.jp>"],
        "subject": "【日の出カップ】組合せ・スタート時間のお知らせ",
        "body": """日の出カップにご参加の皆様

いつもお世話になっております。日の出産業の鬼頭です。
11月29日（土）の日の出カップ、組合せが決まりましたのでお知らせします。

　8:07 スタート　仙波様・早坂様・高梨・鬼頭
　8:14 スタート　仲井様ほか弊社3名

当日は7:15までにクラブハウスにてご受付をお願いいたします。
雨天の場合は前日17時までにご連絡いたします。

""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "golf pairing notice with three customer organisations visible to each other in To",
    },
    # 053 ---------------------------------------------------------------------------
    {
        "id": "settaihi-053",
        "charset": "iso-2022-jp",
        "sender": "森岡 浩二 <h-morioka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 芝支店 阿久津支店長 <akutsu.n@midori-ginko.co.jp>"],
        "subject": "ご着任のお祝いと一席のお誘い",
        "body": """株式会社みどり銀行 芝支店
支店長 阿久津 典子 様

拝啓 晩秋の候、ますますご清祥のこととお慶び申し上げます。
このたびは芝支店長にご着任とのこと、誠におめでとうございます。

つきましては、ささやかながらお祝いの席を設けさせていただきたく存じます。
12月第2週のいずれかの夜で、ご都合のよい日をお知らせいただけましたら幸いです。
場所は支店から徒歩圏の日本料理店を考えております。

今後ともご指導ご鞭撻のほど、よろしくお願い申し上げます。
敬具

日の出産業株式会社
営業二部 部長 森岡 浩二
TEL 03-5403-7740

""" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "dinner invitation to the partner bank's branch manager with the standard Japanese disclaimer",
    },
    # 054 ---------------------------------------------------------------------------
    {
        "id": "settaihi-054",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["久留島 進 <kurushima@tsubasa-system.jp>"],
        "subject": "FW: ご予約確認（11/27 鮨 すずらん）",
        "body": """久留島様

お世話になっております。日の出産業の高梨です。
27日の会食、お店からの予約確認メールを転送いたします（添付）。
六本木駅から徒歩5分ほどです。当日は18時に現地集合でお願いいたします。

""" + SIG_TAKANASHI,
        "attachments": [
            {
                "kind": "eml",
                "name": "ご予約確認_鮨すずらん.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "鮨 すずらん <info@sushi-suzuran.jp>",
                    "to": ["高梨 修平 <s-takanashi@hinode-sangyo.co.jp>"],
                    "subject": "ご予約確認（11/27 日の出産業様）",
                    "body": """日の出産業株式会社 高梨様

この度はご予約を賜り誠にありがとうございます。

  日時　11月27日（木）18:00
  人数　4名様（カウンター奥の小上がり）
  お料理　おまかせ握り 22,000円コース

キャンセルは前日までにお電話にてお願いいたします。

鮨 すずらん
〒106-0032 東京都港区六本木7-14-5 B1F
TEL 03-3405-8812（15時〜23時）
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a restaurant's booking confirmation (attached .eml) to the guest: only the shop's business data",
    },
    # 055 ---------------------------------------------------------------------------
    {
        "id": "settaihi-055",
        "charset": "cp932",
        "sender": "仁科 恭子 <k-nishina@hinode-sangyo.co.jp>",
        "to": ["松風堂 オンラインショップ <shop@shofudo-gift.co.jp>"],
        "subject": "電話注文の件（カード決済情報）",
        "body": """贈答の松風堂 オンラインショップ ご担当者様

先ほどお電話でご注文いたしました、日の出産業 大阪支店の仁科です。
決済用のカード情報をお送りします。

【ご注文内容】
　本練羊羹 詰合せ（竹皮包）SF-Y208 × 3
　お届け先：株式会社羽衣パッケージ 総務部 御中（大阪府堺市西区浜寺船尾町東2-71）

【カード情報】
　カード番号：""" + _zen(_grp(card_number(SEED + 12))) + """
　有効期限：０９／２７
　名義：ＫＹＯＫＯ　ＮＩＳＨＩＮＡ
　セキュリティコード：お電話でお伝えします

よろしくお願いいたします。

""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "card number written in full-width digits with holder name, mailed to a gift shop",
    },
    # 056 ---------------------------------------------------------------------------
    {
        "id": "settaihi-056",
        "charset": "utf-8",
        "sender": "Riku Hanazono <r-hanazono@hinode-sangyo.co.jp>",
        "to": ["Daniel Koh <daniel.koh@straits-pacific.com>"],
        "subject": "Hotel options near our head office",
        "body": """Dear Daniel,

As requested, please find attached a short list of hotels within walking distance of our
head office in Shiba-Daimon. We have corporate rates with the first two; please mention
"Hinode Sangyo" when booking.

""" + SIG_HANAZONO,
        "attachments": [
            {
                "kind": "html",
                "name": "hotels_shibadaimon.html",
                "html": """<html><head><meta charset="utf-8"><title>Hotels near Hinode Sangyo</title></head><body>
<h3>Hotels near Hinode Sangyo head office (Shiba-Daimon)</h3>
<table border="1" cellpadding="4">
<tr><th>Hotel</th><th>Address</th><th>Phone</th><th>Walk</th><th>Corporate rate</th></tr>
<tr><td>Sakura Hotel Shiba</td><td>1-4-2 Shiba-Daimon, Minato-ku</td><td>+81-3-5405-1100</td><td>3 min</td><td>JPY 18,500</td></tr>
<tr><td>Hotel Zojo Garden</td><td>4-8-1 Shiba-koen, Minato-ku</td><td>+81-3-3433-2281</td><td>7 min</td><td>JPY 22,000</td></tr>
<tr><td>Hamamatsucho Bay Inn</td><td>1-29-6 Hamamatsucho, Minato-ku</td><td>+81-3-3436-5720</td><td>6 min</td><td>-</td></tr>
<tr><td>Daimon Stay &amp; Suites</td><td>2-3-10 Shiba-Daimon, Minato-ku</td><td>+81-3-6432-0919</td><td>2 min</td><td>-</td></tr>
<tr><td>Tokyo Tower View Hotel</td><td>3-5-7 Shiba, Minato-ku</td><td>+81-3-3451-7070</td><td>10 min</td><td>-</td></tr>
</table></body></html>""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML attachment listing five hotels with switchboards: a list of businesses",
    },
    # 057 ---------------------------------------------------------------------------
    {
        "id": "settaihi-057",
        "charset": "iso-2022-jp",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["経理部 源泉担当 氷見 <y-himi@hinode-sangyo.co.jp>"],
        "subject": "講師謝礼（深山様）の源泉徴収・支払調書の件",
        "body": """氷見さん

お疲れさまです。苫米地です。
10/31支払の講師謝礼について、支払調書用の情報です。
番号確認書類（通知カードの写し＋運転免許証の写し）は金庫のファイルに保管済みです。

　氏名：深山 遼太郎
　住所：埼玉県所沢市小手指町2-15-3
　個人番号：""" + my_number(SEED + 2) + """
　支払額：220,000円／源泉 22,462円

税理士事務所へは、先方のポータルからアップロードしてください（メール不可）。

""" + SIG_TOMABECHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "a speaker's My Number passed between two accounting staff: internal recipients only",
    },
    # 058 ---------------------------------------------------------------------------
    {
        "id": "settaihi-058",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["丸清百貨店 法人外商部 菅沼様 <k-suganuma@marusei-dept.co.jp>"],
        "subject": "来年度 贈答予算の枠について（ご相談用資料）",
        "body": """菅沼様

いつもお世話になっております。日の出産業の井波です。
来年度の御中元・御歳暮の商品選定のご相談にあたり、
取引先ランク別の予算枠を整理した資料を添付いたします。
社内資料のため表記が硬いですが、ご容赦ください。

ランクごとに2〜3商品ずつご提案いただけますと幸いです。

""" + SIG_INAMI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "FY2026_贈答予算枠.xlsx",
                "page_header": "取扱注意",
                "sheets": {
                    "ランク別予算": [
                        ["【取扱注意】FY2026 贈答予算枠（取引先ランク別）"],
                        ["ランク", "対象社数", "1件あたり上限", "年間予算", "主な対象"],
                        ["S", 6, 15000, 180000, "川崎電機、東邦化成、大和田精機 ほか"],
                        ["A", 14, 8000, 224000, "青葉運輸、港南物産、浜名ケミカル ほか"],
                        ["B", 25, 5000, 250000, "その他取引先"],
                        ["C（中元のみ）", 18, 3000, 54000, "協力会社"],
                    ],
                    "前年実績": [
                        ["ランク", "中元", "歳暮", "合計"],
                        ["S", 78000, 92000, 170000],
                        ["A", 101000, 110400, 211400],
                        ["B", 118000, 121500, 239500],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "spreadsheet stamped 取扱注意 (page header and title row) sent to a department store",
    },
    # 059 ---------------------------------------------------------------------------
    {
        "id": "settaihi-059",
        "charset": "iso-2022-jp",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["光和交通 法人配車センター <haisha@kowa-kotsu.co.jp>"],
        "subject": "ハイヤー3台 配車のお願い（12/3 21:00）",
        "body": """光和交通株式会社
法人配車センター 御中

いつもお世話になっております。日の出産業 秘書室の早乙女です。
下記のとおりハイヤーの配車をお願いいたします。

　日時：12月3日（火）21:00
　お迎え：割烹 かわせみ 銀座店 前（中央区銀座8-5-22）
　台数：3台（黒塗り・セダン）
　行先：1台目 川崎市川崎区方面、2台目 横浜市青葉区方面、3台目 世田谷区方面
　ご利用者：川崎電機様 3名（お名前は当日、店の者がご案内します）
　精算：弊社 法人契約 No.KW-1182 にて後日請求

よろしくお願いいたします。

""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "car dispatch order: pickup at a restaurant and districts only, guests not named",
    },
    # 060 ---------------------------------------------------------------------------
    {
        "id": "settaihi-060",
        "charset": "utf-8",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "経費精算システム：交際費の承認ルート設定変更のご依頼",
        "body": """株式会社ツバサシステム
サポートご担当者様

お世話になっております。日の出産業 経理部の苫米地です。
ご提供いただいている経費精算システム（契約ID: HNS-EXP-2021）について、
交際費の承認ルートの設定変更をお願いいたします。

【変更内容】
1. 交際費（接待飲食・贈答）で相手区分が「公務員等」の場合、
   部長承認の後に「法務・コンプライアンス室」の承認ステップを追加
2. 1人あたり金額が10,000円を超える接待飲食は、申請画面で「参加者名・所属」を必須化
3. 贈答で1件 30,000円 以上の場合、役員承認を追加

適用開始：2026年1月1日申請分から
テスト環境での確認を12月中旬に行いたいので、スケジュールをご相談させてください。

""" + SIG_TOMABECHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "configuration request to the system vendor about approval routes: no personal data",
    },
    # 061 ---------------------------------------------------------------------------
    {
        "id": "settaihi-061",
        "charset": "utf-8",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 岸部先生 <kishibe@shirakawa-law.jp>"],
        "subject": "【至急ご相談】県職員の逮捕報道と当社の接待履歴について",
        "body": """岸部先生

お世話になっております。日の出産業の御手洗です。
至急ご相談したい件がございます。

本日の報道で、県立工業技術センター所長の奥寺 義明氏（58）が、
別の業者からの収賄容疑で県警に逮捕されたと報じられました。
同氏については、当社大阪支店が本年9月19日にゴルフ接待（28,500円、事前承認なし）を
行っていたことが、上期のチェックで判明しております。

当社の件は今回の容疑とは別案件と思われますが、
　1. 当社側から捜査機関へ自主的に申告すべきか
　2. 社内調査の範囲（過去5年の同氏との接触記録）
　3. 報道対応の要否
についてご助言をいただけますでしょうか。

明日午前中にお電話でご相談できますと幸いです。

""" + SIG_MITARAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named official's arrest (criminal matter) with his age, sent outside: sensitive data even of one person, to a partner law firm",
    },
    # 062 ---------------------------------------------------------------------------
    {
        "id": "settaihi-062",
        "charset": "iso-2022-jp",
        "sender": "森岡 浩二 <h-morioka@hinode-sangyo.co.jp>",
        "to": ["花房 祐介 <y-hanabusa@kawasaki-denki.co.jp>"],
        "subject": "昨晩のお礼",
        "body": """川崎電機株式会社
総務部長 花房様

昨晩はお忙しいところ、お時間をいただき誠にありがとうございました。
津久井常務にもくれぐれもよろしくお伝えください。

お話しいただいた来年度の設備更新の件、弊社としても全力で取り組んでまいります。
改めて、年明けに担当の鬼頭とご説明に伺わせていただきます。

取り急ぎ、御礼まで。

日の出産業株式会社
営業二部 森岡 浩二
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short thank-you after a dinner to one partner contact: names only in salutations",
    },
    # 063 ---------------------------------------------------------------------------
    {
        "id": "settaihi-063",
        "charset": "cp932",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["割烹 かわせみ 銀座店 <info@kawasemi-ginza.jp>"],
        "subject": "12/3 お席次表（お品書きの名入れ用）",
        "body": """割烹 かわせみ 銀座店
女将様

お世話になっております。日の出産業の早乙女です。
12月3日のお席次表をお送りいたします。
お品書きへの名入れと、お座敷のお席の並びにお使いくださいませ。

よろしくお願いいたします。

""" + SIG_SAOTOME,
        "attachments": [
            {
                "kind": "docx",
                "name": "1203_席次表.docx",
                "paragraphs": ["12月3日（火）19:00〜 奥座敷 お席次", "（床の間側から上座順）"],
                "tables": [
                    [["席", "お名前", "ご所属", "お役職"],
                     ["上座1", "津久井 正道 様", "川崎電機株式会社", "常務取締役"],
                     ["上座2", "花房 祐介 様", "川崎電機株式会社", "総務部長"],
                     ["上座3", "千種 由香 様", "川崎電機株式会社", "秘書課長"],
                     ["下座1", "日下部 修", "日の出産業株式会社", "代表取締役社長"],
                     ["下座2", "森岡 浩二", "日の出産業株式会社", "営業二部長"],
                     ["下座3", "高梨 修平", "日の出産業株式会社", "営業一部"]],
                ],
            }
        ],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "seating plan of six named diners with company and title (no contact data) to a restaurant: business-card data only, arguable list",
    },
    # 064 ---------------------------------------------------------------------------
    {
        "id": "settaihi-064",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["アトラス企画 受付事務局 <uketsuke@atlas-kikaku.co.jp>"],
        "subject": "感謝の会 弊社スタッフの事前登録（3名）",
        "body": """アトラス企画 受付事務局 御中

お世話になっております。日の出産業の高梨です。
当日の運営に入る弊社スタッフ3名の事前登録をお願いします。
リハーサルのご案内などは各自のアドレスに直接お送りいただいて構いません。

　瓜生 真帆　　uryu.m@hinode-sangyo.co.jp　　受付統括
　三ツ矢 陸　　r-mitsuya@hinode-sangyo.co.jp　来賓誘導
　上園 里沙　　r-uezono@hinode-sangyo.co.jp　 映像操作補助

スタッフパスは3枚でお願いいたします。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three staff names with work e-mail addresses to the event agency: a short list under five",
    },
    # 065 ---------------------------------------------------------------------------
    {
        "id": "settaihi-065",
        "charset": "iso-2022-jp",
        "sender": "仁科 恭子 <k-nishina@hinode-sangyo.co.jp>",
        "to": ["ケータリング なにわ膳 <order@naniwazen-catering.jp>"],
        "subject": "セミナー懇親会 ケータリングのお見積り依頼",
        "body": """なにわ膳 ご担当者様

お世話になります。日の出産業 大阪支店の仁科です。
1月23日のお客様向けセミナー後の懇親会（約35名）のケータリングについて、
ご依頼内容をExcelにまとめましたので、お見積りをお願いいたします。

""" + SIG_NISHINA,
        "attachments": [
            {"kind": "corrupt", "name": "懇親会_ケータリング依頼_0123.xlsx"}
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached spreadsheet is corrupt and cannot be read",
    },
    # 066 ---------------------------------------------------------------------------
    {
        "id": "settaihi-066",
        "charset": "cp932",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["堀之内税理士事務所 江波様 <enami@horinouchi-tax.jp>"],
        "subject": "交際費 予算実績比較（部門別）",
        "body": """江波様

お世話になっております。日の出産業の苫米地です。
損金不算入額の試算用に、交際費の部門別 予算実績比較をお送りします。
社内の古いテンプレートのため .xls 形式です。開けない場合はご連絡ください。

""" + SIG_TOMABECHI,
        "attachments": [
            {
                "kind": "xls",
                "name": "kousaihi_yojitsu_FY2025.xls",
                "sheets": {
                    "予実": [
                        ["部門", "年間予算", "上期実績", "消化率", "下期見込", "年間見込"],
                        ["営業一部", 6000000, 2884400, "48%", 3300000, 6184400],
                        ["営業二部", 5000000, 2310500, "46%", 2700000, 5010500],
                        ["大阪支店", 3500000, 1640200, "47%", 1900000, 3540200],
                        ["役員室", 4000000, 1472200, "37%", 2400000, 3872200],
                        ["技術部", 500000, 142000, "28%", 200000, 342000],
                    ],
                    "前期": [
                        ["部門", "前期実績"],
                        ["営業一部", 5712000],
                        ["営業二部", 4866300],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "budget-versus-actual figures by department in a legacy .xls to the tax accountant",
    },
    # 067 ---------------------------------------------------------------------------
    {
        "id": "settaihi-067",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["都築 亘 <tsuzuki@owada-seiki.co.jp>"],
        "subject": "12/5 会食のお店のご案内（メニュー・地図）",
        "body": """大和田精機株式会社
都築様

お世話になっております。日の出産業の鬼頭です。
12/5の会食会場（Le Ciel Bleu）のメニューと地図をZIPにまとめてお送りします。
白金台駅2番出口から徒歩4分です。

""" + SIG_KITO,
        "attachments": [
            {
                "kind": "zip",
                "name": "LeCielBleu_1205.zip",
                "files": [
                    {"kind": "pdf", "name": "menu_1205.pdf", "title": "Menu Degustation",
                     "lines": ["Le Ciel Bleu — Menu Dégustation（12月5日）",
                               "アミューズ：柚子とホタテのタルタル",
                               "前菜：フォアグラのポワレ 林檎のキャラメリゼ",
                               "魚料理：真鯛のヴァプール ブールブランソース",
                               "肉料理：黒毛和牛フィレのロティ トリュフソース",
                               "デセール：栗のモンブラン",
                               "コーヒーまたは紅茶、小菓子"]},
                    {"kind": "png", "name": "map_shirokanedai.png"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP with a menu PDF and a map image: nothing personal",
    },
    # 068 ---------------------------------------------------------------------------
    {
        "id": "settaihi-068",
        "charset": "cp932",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["フラワーショップ花音 <order@kanon-flower.jp>"],
        "subject": "バースデーフラワー 年間手配リスト（2026年1月〜6月）",
        "body": """フラワーショップ花音 様

いつもお世話になっております。日の出産業 秘書室の早乙女です。
社長からお取引先の皆様へのお誕生日のお花、来年上期分のリストをお送りします。
お届けはすべてご自宅宛、お誕生日の前日着でお願いいたします。

氏名	生年月日	〒	ご自宅住所	電話	ご予算
津久井 正道	1961/01/14	213-0001	神奈川県川崎市高津区溝口4-7-22	044-812-3309	11,000
渡会 伸也	1958/02/03	336-0017	埼玉県さいたま市南区南浦和2-40-8	048-883-2160	11,000
浜名 美代子	1965/03/28	432-8002	静岡県浜松市中央区富塚町1933-5	053-471-8834	11,000
石神 亮介	1970/04/09	185-0012	東京都国分寺市本町3-6-14	042-322-0917	7,700
加治 冬馬	1967/05/21	981-0933	宮城県仙台市青葉区柏木1-2-45	022-273-5582	7,700
鷲尾 剛	1963/06/30	062-0933	北海道札幌市豊平区平岸3条9-6-1	011-831-4420	11,000

カードの文面は「お誕生日おめでとうございます　日の出産業株式会社 日下部 修」でお願いします。

""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six customers' birthdays, home addresses and phones pasted tab-separated to a florist: a list of people",
    },
    # 069 ---------------------------------------------------------------------------
    {
        "id": "settaihi-069",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["瓜生 真帆 <uryu.m@hinode-sangyo.co.jp>"],
        "subject": "感謝の会 名簿（パスワード付き）",
        "body": """瓜生さん

お疲れさまです。井波です。
受付用の名簿を送ります。パスワードはTeamsで送ります。
当日はよろしくお願いします。

井波
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "meibo_uketsuke.zip",
                "password": "uk-0220-hs",
                "files": [
                    {"kind": "csv", "name": "meibo.csv", "encoding": "cp932",
                     "rows": [["氏名", "会社", "携帯"],
                              ["石神 亮介", "東邦化成", "090-3318-2047"],
                              ["渡会 伸也", "大和田精機", "090-6623-1408"],
                              ["花房 祐介", "川崎電機", "080-2290-7714"],
                              ["加治 冬馬", "青葉運輸", "070-3381-0265"],
                              ["浜名 美代子", "浜名ケミカル", "090-4418-6602"]]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP sent to a colleague: every recipient is internal",
    },
    # 070 ---------------------------------------------------------------------------
    {
        "id": "settaihi-070",
        "charset": "iso-2022-jp",
        "sender": "日下部 修 <o-kusakabe@hinode-sangyo.co.jp>",
        "to": ["芦原 宗一郎 <ashihara_s@yahoo.co.jp>"],
        "subject": "御歳暮をお送りいたしました",
        "body": """芦原 宗一郎 様

師走の候、ご健勝のこととお慶び申し上げます。
在任中は大変お世話になり、今なお折に触れてご助言をいただき感謝しております。

心ばかりの品ですが、本日、丸清百貨店よりご自宅（鎌倉市小町3-8-14）宛に
御歳暮をお送りいたしました。12月10日頃に届く予定です。
お口に合えば幸いです。

寒さ厳しき折、奥様ともどもどうぞご自愛ください。

日の出産業株式会社
代表取締役社長 日下部 修
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "personal note to one former chairman on Yahoo mail; the only address is the recipient's own",
    },
    # 071 ---------------------------------------------------------------------------
    {
        "id": "settaihi-071",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["ハヤテレンタカー 新橋営業所 <shimbashi@hayate-rentacar.co.jp>"],
        "subject": "Re: ワンボックス車 予約確定と運転者情報",
        "body": """ハヤテレンタカー 新橋営業所
ご担当 戸倉様

お世話になっております。日の出産業の高梨です。
11/29の予約確定のご連絡ありがとうございます。
当日の手続き短縮のため、事前に運転者の情報をとのことでしたので、お送りします。

　運転者氏名：三ツ矢 陸（みつや りく）
　生年月日　：平成6年4月17日
　運転免許証番号：第 301204527718 号
　免許の色・有効期限：ゴールド／令和9年5月17日まで
　連絡先（携帯）：070-5563-0841

当日は三ツ矢が免許証原本をお持ちします。
よろしくお願いいたします。

""" + SIG_TAKANASHI + """

> 高梨様
> ご予約を確定いたしました（予約番号 R-1129-0082）。
> 可能であれば運転者様の免許証情報を事前にお知らせください。
> ハヤテレンタカー 新橋営業所 戸倉
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an employee's driver's licence number with date of birth sent to a rental company: identity document number",
    },
    # 072 ---------------------------------------------------------------------------
    {
        "id": "settaihi-072",
        "charset": "iso-2022-jp",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
        "subject": "2/20 ご宿泊予約（ご来賓2名様）",
        "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の井波です。
2月20日の宴会にご出席のご来賓のうち、遠方からの2名様の宿泊をお願いいたします。

　1. 加治 冬馬 様（青葉運輸株式会社）　2/20〜2/21　1泊　シングル（禁煙）
　2. 鷲尾 剛 様（北国フーズ株式会社）　2/20〜2/22　2泊　ダブルのシングルユース

お支払いは宿泊費・朝食代のみ弊社に請求（法人契約 SH-HNS-07）、
その他のご利用分はご本人様精算でお願いいたします。

""" + SIG_INAMI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "hotel booking for two named guests with stay dates to the partner hotel: two records, well under the list line",
    },
    # 073 ---------------------------------------------------------------------------
    {
        "id": "settaihi-073",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人営業 汐見様 <shiomi@kitaguni-foods.co.jp>"],
        "subject": "昨年の御歳暮ギフト 実績のご共有",
        "body": """北国フーズ株式会社
法人営業 汐見様

いつもお世話になっております。日の出産業の井波です。
来年の商品企画のご参考に、とのことでしたので、
弊社で昨年御社から購入した御歳暮ギフトの実績をまとめました。

  商品                          数量   送付先の業種別内訳
  ------------------------------------------------------------
  鮭といくら醤油漬けセット       128   製造業 71 / 物流 22 / 金融 9 / その他 26
  北海道チーズ＆スモーク詰合せ    55   製造業 30 / 物流 11 / その他 14
  昆布だし・佃煮ギフト            37   協力会社 37
  ------------------------------------------------------------
  合計                           220

お届け後の「破損・遅延」のお問い合わせは 2件 でした。
ご提案を楽しみにしております。

""" + SIG_INAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "last year's gift volumes by product and industry: statistics, no recipients named",
    },
    # 074 ---------------------------------------------------------------------------
    {
        "id": "settaihi-074",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 総務部 <soumu@kawasaki-denki.co.jp>",
            "青葉運輸 営業本部 <eigyo-honbu@aoba-unyu.co.jp>",
            "みどり銀行 芝支店 <shiba-branch@midori-ginko.co.jp>",
        ],
        "subject": "御歳暮発送のご案内",
        "body": """ご担当者様

師走の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

本年も一年の感謝を込めまして、心ばかりの品をお送りいたしました。
12月9日〜12日頃のお届けとなります。ご笑納いただければ幸いです。

なお、貴社のご方針により贈答品の受け取りをご辞退されている場合は、
お手数ですが本メールにご返信ください。

日の出産業株式会社 総務部
井波 さおり
TEL 03-5403-7712
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "gift notice sent to three partner organisations openly in To: they see each other, should be Bcc",
    },
    # 075 ---------------------------------------------------------------------------
    {
        "id": "settaihi-075",
        "charset": "iso-2022-jp",
        "sender": "森岡 浩二 <h-morioka@hinode-sangyo.co.jp>",
        "to": ["日本料理 葵庵 ご予約係 <yoyaku@aoian.co.jp>"],
        "subject": "12/9 個室のお願い（仲居さんの出入りについて）",
        "body": """日本料理 葵庵 ご予約係様

いつもお世話になっております。日の出産業の森岡です。
12月9日（火）18:30〜 4名で個室をお願いいたします。

当日は機密性の高い商談が含まれますので、
・隣室と声が通りにくい離れのお部屋
・お料理はなるべくまとめてお出しいただき、仲居さんの出入りは最小限に
をご配慮いただけますと助かります。お飲み物は卓上に置いていただいて構いません。

お料理は「月」コース（16,500円）でお願いします。

日の出産業株式会社 営業二部
森岡 浩二
TEL 03-5403-7740
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions a confidential business talk in words only: no marking on the mail, no data",
    },
    # 076 ---------------------------------------------------------------------------
    {
        "id": "settaihi-076",
        "charset": "cp932",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["森岡 浩二 <h-morioka@hinode-sangyo.co.jp>", "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>"],
        "subject": "【共有】12/3 会食 ご主賓の体調について",
        "body": """森岡部長、高梨さん

お疲れさまです。秘書室の早乙女です。
12/3の会食の件で、川崎電機の千種課長から内々に伺った内容を共有します。

津久井常務は昨年、心筋梗塞で入院されて以来、2型糖尿病の治療も続けておられ、
お酒は乾杯のみ、二次会はご遠慮されたいとのことです。
ご本人は周囲に知られたくないご様子ですので、お店へはお料理の調整のみお願いし、
当日の話題にもしないようご配慮をお願いいたします。

""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a guest's medical history shared between colleagues: internal recipients only",
    },
    # 077 ---------------------------------------------------------------------------
    {
        "id": "settaihi-077",
        "charset": "utf-8",
        "sender": "Riku Hanazono <r-hanazono@hinode-sangyo.co.jp>",
        "to": ["Marina Crest Hotel Banquet Sales <banquet@marina-crest-hotel.com.sg>"],
        "subject": "Private dinner on 14 January - special arrangements for one guest",
        "body": """Dear Ms. Tan,

Thank you for holding the Orchid Room for our private dinner on Wednesday, 14 January
(12 guests, 7:00 pm).

One of our guests, Mr. Kenji Oshiro of Kawasaki Denki, is currently undergoing
haemodialysis three times a week following kidney failure. His doctor has asked him to
limit fluids and avoid high-potassium and high-sodium dishes. Could your chef prepare a
separate renal-friendly menu for him, served discreetly so that it looks like the
other courses? Mr. Oshiro has also asked that a chair with armrests be placed near
the entrance, as he may need to leave early.

We would be grateful if this information were shared only with the chef and the
captain serving our table.

""" + SIG_HANAZONO + "\n\n" + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail to a foreign hotel disclosing a named guest's dialysis and kidney failure",
    },
    # 078 ---------------------------------------------------------------------------
    {
        "id": "settaihi-078",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["早坂 陽介 <hayasaka@owada-seiki.co.jp>"],
        "cc": ["アトラス企画 大迫様 <osako@atlas-kikaku.co.jp>"],
        "subject": "工場見学＋懇親会 当日の流れ（案）",
        "body": """大和田精機株式会社 早坂様
（cc: アトラス企画 大迫様）

お世話になっております。日の出産業の鬼頭です。
1月30日の弊社川崎工場見学と懇親会について、当日の流れ（案）をお送りします。

 13:30  川崎駅東口 集合（送迎バスはアトラス企画様にて手配）
 14:00  工場見学（第2ライン・品質保証センター）
 16:00  意見交換会
 17:30  懇親会（川崎市内のホテル、立食）
 19:30  散会・送迎バスで川崎駅へ

ご参加人数が確定しましたら、大迫様へも直接お知らせいただけますと助かります。

""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "schedule to a customer with the event agency in Cc: two external organisations, no personal data",
    },
    # 079 ---------------------------------------------------------------------------
    {
        "id": "settaihi-079",
        "charset": "iso-2022-jp",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["堀之内税理士事務所 江波様 <enami@horinouchi-tax.jp>"],
        "subject": "インボイス要件の確認（飲食店の領収書）",
        "body": """江波様

お世話になっております。日の出産業の苫米地です。
添付の領収書（飲食店発行）が適格請求書の要件を満たしているか、
ご確認いただけますでしょうか。登録番号は国税庁の公表サイトで有効と確認済みです。

""" + SIG_TOMABECHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "receipt_suien_1126.pdf",
                "title": "領収書",
                "lines": [
                    "領　収　書",
                    "日の出産業株式会社　様",
                    "金額　￥118,800－（税込）　但し 御飲食代として",
                    "（内訳）10%対象 108,000円　消費税 10,800円",
                    "2025年11月26日",
                    "中国料理 翠園 梅田店　株式会社翠園グループ",
                    "大阪府大阪市北区梅田2-4-9　TEL 06-6341-5580",
                    "登録番号 T7102604473587",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a restaurant's receipt PDF with its T-number and shop address sent to the tax accountant: business data",
    },
    # 080 ---------------------------------------------------------------------------
    {
        "id": "settaihi-080",
        "charset": "cp932",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["東雲トラベル 国内団体 <dantai@shinonome-travel.co.jp>"],
        "subject": "招待旅行（箱根）参加者データ送付",
        "body": """東雲トラベル株式会社
国内団体旅行ご担当 御中

お世話になっております。日の出産業の鬼頭です。
2月の箱根ご招待旅行（1泊2日）の参加者データをZIPでお送りします。
旅行保険の加入と客室割りにご利用ください。

""" + SIG_KITO,
        "attachments": [
            {
                "kind": "zip",
                "name": "hakone_sankasha.zip",
                "files": [
                    {"kind": "csv", "name": "sankasha_hakone.csv", "encoding": "cp932",
                     "rows": [
                         ["No", "氏名", "カナ", "性別", "生年月日", "住所", "携帯電話", "所属"],
                         ["1", "石神 亮介", "イシガミ リョウスケ", "男", "1970/04/09", "東京都国分寺市本町3-6-14", "090-3318-2047", "東邦化成"],
                         ["2", "浦辺 千景", "ウラベ チカゲ", "女", "1978/12/02", "東京都府中市宮西町1-5-8-402", "080-6612-9935", "東邦化成"],
                         ["3", "渡会 伸也", "ワタライ シンヤ", "男", "1958/02/03", "埼玉県さいたま市南区南浦和2-40-8", "090-6623-1408", "大和田精機"],
                         ["4", "早坂 陽介", "ハヤサカ ヨウスケ", "男", "1972/08/15", "埼玉県上尾市春日1-33-2", "080-3390-1126", "大和田精機"],
                         ["5", "蓮見 和馬", "ハスミ カズマ", "男", "1981/10/27", "神奈川県横浜市港北区日吉本町4-9-11", "070-1829-5540", "港南物産"],
                         ["6", "仲井 亜矢", "ナカイ アヤ", "女", "1975/07/19", "福岡県福岡市中央区大濠1-2-19", "080-7756-3319", "南海マテリアル"],
                         ["7", "佐藤 圭", "サトウ ケイ", "男", "1984/03/06", "愛知県名古屋市昭和区八事本町6-21", "090-2241-7786", "三輪工業"],
                         ["8", "羽鳥 聡美", "ハトリ サトミ", "女", "1969/11/23", "大阪府堺市西区鳳東町4-2-7", "080-9914-0352", "羽衣パッケージ"],
                         ["9", "森岡 浩二", "モリオカ コウジ", "男", "1972/12/01", "東京都大田区田園調布2-33-8", "090-1138-6620", "日の出産業"],
                         ["10", "鬼頭 拓海", "キトウ タクミ", "男", "1988/05/30", "東京都品川区西大井5-14-9", "080-4927-3316", "日の出産業"],
                     ]},
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ten travellers' dates of birth, home addresses and mobiles in a CSV inside a plain ZIP to a travel agency",
    },
    # 081 ---------------------------------------------------------------------------
    {
        "id": "settaihi-081",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["秘書室 <hisho@mail.hinode-sangyo.co.jp>"],
        "cc": ["総務部 <soumu@hinode-sangyo.co.jp>"],
        "subject": "年賀状・御歳暮 個人宅送付先マスタ（2025年版）",
        "body": """秘書室の皆さま

お疲れさまです。総務の井波です。
役員名義で年賀状・御歳暮をお送りしている個人宅送付先のマスタを更新しました。
転居のご連絡があった2件（嵯峨様・沖田様）を反映済みです。
社外（百貨店・印刷会社）へ渡す必要がある場合は、必要な行だけを総務から
先方のアップロード窓口へ送りますので、ご相談ください。

井波
""",
        "attachments": [
            {
                "kind": "txt",
                "name": "kojintaku_soufusaki_2025.txt",
                "encoding": "utf-8",
                "text": "\n".join(
                    ["氏名\t郵便番号\t住所\t電話\t区分\t名義"]
                    + ["\t".join(r) for r in [
                        ("芦原 宗一郎", "248-0006", "神奈川県鎌倉市小町3-8-14", "0467-22-5813", "元会長", "社長"),
                        ("嵯峨 文枝", "181-0013", "東京都三鷹市下連雀4-19-6", "0422-48-3320", "顧問", "社長"),
                        ("檜垣 忠", "270-0034", "千葉県松戸市新松戸2-117-3", "047-345-9021", "元専務", "社長"),
                        ("雲雀丘 登", "665-0805", "兵庫県宝塚市雲雀丘1-4-22", "0797-88-1467", "元取締役", "社長"),
                        ("大谷地 みさ子", "004-0041", "北海道札幌市厚別区大谷地東2-3-18", "011-891-2276", "元監査役", "社長"),
                        ("鶴来 健吾", "920-2121", "石川県白山市鶴来本町3-45", "076-272-0348", "技術顧問", "専務"),
                        ("丹羽 玲司", "464-0819", "愛知県名古屋市千種区四谷通1-12-5", "052-781-6603", "元常務", "社長"),
                        ("沖田 修造", "251-0035", "神奈川県藤沢市片瀬海岸2-6-11", "0466-23-7719", "OB", "専務"),
                        ("宝田 敬子", "177-0041", "東京都練馬区石神井町7-2-30", "03-3996-1024", "OB", "専務"),
                        ("津久井 正道", "213-0001", "神奈川県川崎市高津区溝口4-7-22", "044-812-3309", "取引先", "社長"),
                        ("渡会 伸也", "336-0017", "埼玉県さいたま市南区南浦和2-40-8", "048-883-2160", "取引先", "社長"),
                        ("浜名 美代子", "432-8002", "静岡県浜松市中央区富塚町1933-5", "053-471-8834", "取引先", "社長"),
                        ("鷲尾 剛", "062-0933", "北海道札幌市豊平区平岸3条9-6-1", "011-831-4420", "取引先", "社長"),
                        ("石神 亮介", "185-0012", "東京都国分寺市本町3-6-14", "042-322-0917", "取引先", "専務"),
                        ("加治 冬馬", "981-0933", "宮城県仙台市青葉区柏木1-2-45", "022-273-5582", "取引先", "専務"),
                        ("伊呂波 宗次", "606-8111", "京都府京都市左京区高野泉町18-3", "075-701-3356", "取引先", "社長"),
                        ("北条 辰也", "064-0809", "北海道札幌市中央区南九条西22-1-7", "011-561-2088", "取引先", "専務"),
                        ("阿久津 典子", "146-0082", "東京都大田区池上6-12-5", "03-3754-8831", "取引先", "社長"),
                        ("堀之内 修", "153-0064", "東京都目黒区下目黒3-20-14", "03-3712-4450", "顧問税理士", "社長"),
                        ("岸部 圭一郎", "158-0083", "東京都世田谷区奥沢7-31-2", "03-3727-6618", "顧問弁護士", "社長"),
                    ]]
                ),
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "20 home addresses in a text attachment sent to internal mailboxes (mail. subdomain is internal)",
    },
    # 082 ---------------------------------------------------------------------------
    {
        "id": "settaihi-082",
        "charset": "iso-2022-jp",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["羽鳥 聡美 <s-hatori@hagoromo-pkg.co.jp>"],
        "subject": "Re: 年末のご挨拶の品について",
        "body": """株式会社羽衣パッケージ
羽鳥様

お世話になっております。日の出産業の高梨です。
お心遣いのご連絡、誠にありがとうございます。

大変恐縮ながら、弊社では社内規程により、お取引先様からの贈答品は
1件3,000円相当を超えるものはお受けできないことになっております。
お気持ちだけありがたく頂戴いたしますので、どうかお気遣いなさいませんよう
お願い申し上げます。

来年も変わらぬお付き合いのほど、よろしくお願いいたします。

""" + SIG_TAKANASHI + """

>>> 羽鳥 聡美 <s-hatori@hagoromo-pkg.co.jp> 2025/12/01 17:20 >>>
> 高梨様
> 本年も大変お世話になりました。年末のご挨拶に、心ばかりの品を
> お送りしたいと存じますので、お届け先をご教示いただけますでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply declining a customer's gift under the receiving rule: ordinary mail, quoted original",
    },
    # 083 ---------------------------------------------------------------------------
    {
        "id": "settaihi-083",
        "charset": "utf-8",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 岸部先生 <kishibe@shirakawa-law.jp>"],
        "subject": "内部監査報告書（交際費）のご送付",
        "body": """岸部先生

お世話になっております。日の出産業の御手洗です。
昨日お電話でご相談した件、社内の内部監査報告書（交際費・贈答）を添付いたします。
第4章が公務員等への接待に関する指摘事項です。
ご確認のうえ、取締役会への報告内容についてご助言をいただけますと幸いです。

""" + SIG_MITARAI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "内部監査報告書_交際費_FY2025H1.pdf",
                "title": "内部監査報告書 交際費・贈答 FY2025上期",
                "page_header": "CONFIDENTIAL - Internal Only",
                "page_footer": "社外秘 / 日の出産業株式会社 監査室",
                "lines": [
                    "内部監査報告書（交際費・贈答）2025年度上期",
                    "1. 監査の範囲：全部門の交際費精算 1,204件",
                    "2. 総括：規程違反の疑い 7件（うち公務員等関連 3件）",
                    "3. 主な指摘：事前承認の未取得、参加者記録の不備、分割精算",
                    "4. 公務員等への接待：大阪支店 1件（ゴルフ）、営業二部 2件",
                    "5. 改善提案：精算システムでの承認ステップ追加、研修の実施",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "audit report PDF marked CONFIDENTIAL - Internal Only / 社外秘 in header and footer sent to the law firm",
    },
    # 084 ---------------------------------------------------------------------------
    {
        "id": "settaihi-084",
        "charset": "utf-8",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["大和田精機 渡会様 <watarai@owada-seiki.co.jp>"],
        "subject": "【日程変更】12/5の会食 → 12/12（金）に変更のお願い",
        "body": """大和田精機株式会社
代表取締役 渡会様

お世話になっております。日の出産業の鬼頭です。
誠に恐縮ながら、弊社社長の出張日程が変更となり、12月5日の会食を
12月12日（金）19:30〜に変更させていただけないでしょうか。
会場は同じく Le Ciel Bleu（白金台）で、お席は確保済みです。

ご迷惑をおかけし申し訳ございません。ご検討のほどよろしくお願いいたします。

""" + SIG_KITO,
        "html": """<html><body>
<p>大和田精機株式会社<br>代表取締役 渡会様</p>
<p>お世話になっております。日の出産業の鬼頭です。</p>
<p>誠に恐縮ながら、弊社社長の出張日程が変更となり、12月5日の会食を
<b>12月12日（金）19:30〜</b>に変更させていただけないでしょうか。<br>
会場は同じく Le Ciel Bleu（白金台）で、お席は確保済みです。</p>
<p>ご迷惑をおかけし申し訳ございません。ご検討のほどよろしくお願いいたします。</p>
<p style="color:#555">────────────────<br>日の出産業株式会社 営業本部 営業二部 課長代理<br>
鬼頭 拓海 Takumi Kito<br>TEL 03-5403-7745</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "date change for a dinner, text and HTML alternatives, one customer contact",
    },
    # 085 ---------------------------------------------------------------------------
    {
        "id": "settaihi-085",
        "charset": "iso-2022-jp",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["日の出カップ事務局 <golf-cup@hinode-sangyo.co.jp>"],
        "bcc": [
            "y-semba@toho-kasei.co.jp", "hayasaka@owada-seiki.co.jp", "nakai@nankai-material.co.jp",
            "r-ishigami@toho-kasei.co.jp", "watarai@owada-seiki.co.jp", "t-kaji@aoba-unyu.co.jp",
            "sato.k@miwa-kogyo.co.jp", "s-futaba@futaba-soko.co.jp", "m-hamana@hamana-chem.co.jp",
            "hokushin@hokushin-shokai.co.jp", "golf@tsubasa-system.jp", "hasumi.k@konan-bussan.co.jp",
            "kurushima@tsubasa-system.jp", "d-hatori@hagoromo-pkg.co.jp", "dojima@nankai-material.co.jp",
        ],
        "subject": "日の出カップ ご参加の御礼と成績のご報告",
        "body": """日の出カップにご参加の皆様
（BCCにて失礼いたします）

先日はご多用の中、第12回日の出カップにご参加いただき誠にありがとうございました。
好天にも恵まれ、皆様のおかげで盛会のうちに終えることができました。

成績上位の方を、お名前を伏せてご報告いたします。
　優勝　　ネット 70.8（東邦化成様）
　準優勝　ネット 71.2（南海マテリアル様）
　ベストグロス　76

当日の写真は、ご希望の方に個別にお送りいたします。
来年もぜひご参加くださいますよう、お願い申し上げます。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you to fifteen participants correctly in Bcc with an internal To",
    },
    # 086 ---------------------------------------------------------------------------
    {
        "id": "settaihi-086",
        "charset": "cp932",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 真壁 <makabe@sakura-hotel.jp>"],
        "subject": "宴会申込書（2/20 感謝の会）のご送付",
        "body": """さくらホテル
宴会営業部 真壁様

お世話になっております。日の出産業の井波です。
ご依頼の宴会申込書を記入のうえPDFでお送りします。
内金のお支払いは、申込書に記載の法人カードでお願いいたします。

""" + SIG_INAMI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "宴会申込書_0220_日の出産業.pdf",
                "title": "宴会申込書",
                "lines": [
                    "さくらホテル 宴会申込書",
                    "ご利用日：2026年2月20日（金）18:00〜20:30　会場：桜の間",
                    "ご名義：日の出産業株式会社　お客様感謝の会",
                    "人数：40名（立食）　ご料理：ブッフェ 12,000円プラン",
                    "ご担当者：井波 さおり　携帯 090-6104-8827",
                    "内金決済カード：VISA " + card_number(SEED + 14),
                    "有効期限：03/28　カード名義：SAORI INAMI",
                    "内金：200,000円",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "banquet application PDF carrying a full card number, holder name and a mobile, sent to the hotel",
    },
    # 087 ---------------------------------------------------------------------------
    {
        "id": "settaihi-087",
        "charset": "utf-8",
        "sender": "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>",
        "to": ["川崎電機 秘書課 千種様 <chikusa@kawasaki-denki.co.jp>"],
        "subject": "RE: 常務の当日のご連絡先",
        "body": """千種様

ご連絡ありがとうございます。承知いたしました。
当日はお店に着かれましたら、弊社の高梨がお出迎えいたします。

引き続きよろしくお願いいたします。

""" + SIG_SAOTOME + """

-----Original Message-----
From: 千種 由香 <chikusa@kawasaki-denki.co.jp>
Sent: Tuesday, December 2, 2025 11:05 AM
To: 早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>
Subject: 常務の当日のご連絡先

早乙女様

お世話になっております。川崎電機 秘書課の千種です。
明日、常務が会議から直接お店に向かいますので、何かございましたら
下記にご連絡ください。

　常務 津久井 携帯：090-8163-2207
　随行 千種　携帯：080-3952-6614

川崎電機株式会社 秘書課 千種 由香
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only personal data (two mobiles) is under -----Original Message----- from the recipient herself",
    },
    # 088 ---------------------------------------------------------------------------
    {
        "id": "settaihi-088",
        "charset": "iso-2022-jp",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["能登 貴之 先生 <noto@eng.hokusei-u.ac.jp>"],
        "subject": "ご講演のお礼と懇親会のご案内",
        "body": """北星大学 工学部
能登 貴之 先生

先日は弊社技術セミナーでのご講演をご快諾いただき、誠にありがとうございます。

当日の講演後、会場ホテルにてささやかな懇親会を予定しております。
先生が国立大学法人の教員でいらっしゃることから、弊社規程に基づき、
懇親会は会費制（お一人5,000円、当日受付でお支払い）とさせていただきます。
ご了承いただけますと幸いです。

なお、講演謝金のお振込先・ご住所等は、大学の規程に沿って
事務局経由でいただいた書式でご提出をお願いいたします（本メールへのご返信は不要です）。

""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invitation to a national-university professor handling the official-gift rule: no personal data in the mail",
    },
    # 089 ---------------------------------------------------------------------------
    {
        "id": "settaihi-089",
        "charset": "iso-2022-jp",
        "sender": "森岡 浩二 <h-morioka@hinode-sangyo.co.jp>",
        "to": ["津久井 正道 <m-tsukui@kawasaki-denkl.co.jp>"],
        "subject": "昨夜の御礼",
        "body": """川崎電機株式会社
常務取締役 津久井 正道 様

昨夜はご多忙のところ、弊社日下部との会食にお時間を頂戴し、
誠にありがとうございました。

設備更新の件では貴重なお話を伺うことができ、社内一同身の引き締まる思いです。
年明けに改めてご提案に伺わせていただきます。

略儀ながら、メールにて御礼申し上げます。

日の出産業株式会社
営業二部 部長 森岡 浩二
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "thank-you to kawasaki-denkl.co.jp: homoglyph (l for i) of the partner kawasaki-denki.co.jp",
    },
    # 090 ---------------------------------------------------------------------------
    {
        "id": "settaihi-090",
        "charset": "utf-8",
        "sender": "経費精算システム <no-reply@wf.hinode-sangyo.co.jp>",
        "to": ["森岡 浩二 <h-morioka@hinode-sangyo.co.jp>"],
        "subject": "[承認依頼] 交際費 事前申請 EX-25-05107（鬼頭 拓海）",
        "body": """森岡 浩二 様

以下の申請があなたの承認待ちです。

申請番号  : EX-25-05107
申請者    : 鬼頭 拓海（営業二部）
区分      : 交際費（接待飲食）事前申請
日付      : 2025-12-12
相手先    : 大和田精機株式会社（6名）
当社参加  : 3名
金額      : 243,000円（1人あたり 27,000円）
相手区分  : 民間

承認・差戻しはこちらから：
https://keihi.wf.hinode-sangyo.co.jp/approve/EX-25-05107

※本メールは送信専用アドレスから送信されています。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal workflow notification of an entertainment pre-approval",
    },
    # 091 ---------------------------------------------------------------------------
    {
        "id": "settaihi-091",
        "charset": "cp932",
        "sender": "仁科 恭子 <k-nishina@hinode-sangyo.co.jp>",
        "to": ["仕出し 浪花屋 <shidashi@naniwaya-bento.co.jp>"],
        "subject": "1/23 セミナー お弁当 30食のご注文",
        "body": """仕出し 浪花屋 ご担当者様

いつもお世話になっております。日の出産業 大阪支店の仁科です。
1月23日（金）のお客様向けセミナーの昼食として、下記のとおりご注文いたします。

　松花堂弁当（2,160円）　　　　　　26食
　アレルギー対応弁当（卵・乳不使用）　2食
　ベジタリアン弁当　　　　　　　　　　2食
　お茶（500ml）　　　　　　　　　　　30本

お届け：11:30 大阪支店 12階 大会議室（大阪市北区梅田1-9-20 梅田テラス）
お支払：請求書払い

アレルギー対応の2食とベジタリアンの2食は、ふたに表示をお願いいたします。
（どなたの分かは当日こちらでお配りします）

""" + SIG_NISHINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "lunch order with counts of allergy-free and vegetarian meals, tied to no one",
    },
    # 092 ---------------------------------------------------------------------------
    {
        "id": "settaihi-092",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 真壁 <makabe@sakura-hotel.jp>"],
        "subject": "感謝の会 VIP受付リスト（名札・お迎え用）",
        "html": """<html><body>
<p>さくらホテル 宴会営業部 真壁様</p>
<p>お世話になっております。日の出産業の井波です。<br>
2/20のVIP受付でお迎えいただく方のリストです。到着が遅れる場合は、
ホテルから直接ご本人の携帯にご連絡いただいて構いません。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr bgcolor="#dde"><th>No</th><th>氏名</th><th>会社・役職</th><th>携帯</th><th>メール</th></tr>
<tr><td>1</td><td>津久井 正道</td><td>川崎電機 常務取締役</td><td>090-8163-2207</td><td>m-tsukui@kawasaki-denki.co.jp</td></tr>
<tr><td>2</td><td>渡会 伸也</td><td>大和田精機 代表取締役</td><td>090-6623-1408</td><td>watarai@owada-seiki.co.jp</td></tr>
<tr><td>3</td><td>浜名 美代子</td><td>浜名ケミカル 代表取締役社長</td><td>090-4418-6602</td><td>m-hamana@hamana-chem.co.jp</td></tr>
<tr><td>4</td><td>鷲尾 剛</td><td>北国フーズ 専務取締役</td><td>080-2067-5513</td><td>washio@kitaguni-foods.co.jp</td></tr>
<tr><td>5</td><td>加治 冬馬</td><td>青葉運輸 営業本部長</td><td>070-3381-0265</td><td>t-kaji@aoba-unyu.co.jp</td></tr>
<tr><td>6</td><td>伊呂波 宗次</td><td>いろは設計 代表取締役</td><td>090-7745-1190</td><td>iroha@iroha-sekkei.co.jp</td></tr>
<tr><td>7</td><td>阿久津 典子</td><td>みどり銀行 芝支店長</td><td>080-6630-2284</td><td>akutsu.n@midori-ginko.co.jp</td></tr>
<tr><td>8</td><td>久留島 進</td><td>ツバサシステム 取締役CTO</td><td>090-3126-8871</td><td>kurushima@tsubasa-system.jp</td></tr>
<tr><td>9</td><td>北条 辰也</td><td>北辰商会 代表取締役</td><td>080-1457-9902</td><td>hokushin@hokushin-shokai.co.jp</td></tr>
</table>
<p>--<br>日の出産業株式会社 総務部 井波 さおり<br>TEL 03-5403-7712</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of nine guests' mobiles and e-mails to the hotel: a list of people",
    },
    # 093 ---------------------------------------------------------------------------
    {
        "id": "settaihi-093",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["くろがね 店長 <kurogane.tencho@docomo.ne.jp>"],
        "subject": "今夜の到着時間",
        "body": """くろがね 店長様

日の出産業の鬼頭です。いつもありがとうございます。
本日19時から6名でお願いしている件、先方の会議が長引いており、
到着が19時30分ごろになりそうです。
コースの開始を30分遅らせていただけますでしょうか。
ご迷惑をおかけして申し訳ありません。

鬼頭
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "late-arrival note to a restaurant manager's carrier mail address: one free-mail recipient",
    },
    # 094 ---------------------------------------------------------------------------
    {
        "id": "settaihi-094",
        "charset": "utf-8",
        "sender": "高梨 修平 <s-takanashi@hinode-sangyo.co.jp>",
        "to": ["鷲尾 剛 <washio@kitaguni-foods.co.jp>"],
        "subject": "来週の札幌ご訪問の件",
        "body": """北国フーズ株式会社
専務取締役 鷲尾様

いつも大変お世話になっております。日の出産業の高梨です。
来週11月20日（木）の御社札幌本社へのご訪問、弊社社長ともども楽しみにしております。

当日は新千歳空港に10:40着の便で伺います。
ご訪問後の夕食は、弊社でススキノに席をご用意いたしますので、
鷲尾様にもぜひご同席いただけますと幸いです。

当日何かございましたら、下記の私の携帯までご連絡ください。

--
日の出産業株式会社 営業本部 営業一部
高梨 修平
携帯 090-2738-5514 / TEL 03-5403-7721
s-takanashi@hinode-sangyo.co.jp
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "visit and dinner arrangement to one partner contact; the only mobile is in the sender's own signature",
    },
    # 095 ---------------------------------------------------------------------------
    {
        "id": "settaihi-095",
        "charset": "iso-2022-jp",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["清和監査法人 宇佐美様 <usami@seiwa-kansa.jp>"],
        "subject": "交際費明細（上期）の送付",
        "body": """清和監査法人
宇佐美様

お世話になっております。日の出産業 経理部の苫米地です。
ご依頼の交際費明細（上期分、1,204件）をPDFでお送りします。
ファイルにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

""" + SIG_TOMABECHI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "kousaihi_meisai_FY2025H1.pdf",
                "password": "Sw-2025h1",
                "title": "交際費明細",
                "lines": ["交際費明細 2025年度上期", "申請番号 日付 部門 相手先 人数 金額"],
                "table": [["EX-25-00012", "2025-04-03", "営業一部", "東邦化成", "5", "61,200"],
                          ["EX-25-00019", "2025-04-04", "大阪支店", "羽衣パッケージ", "4", "38,400"]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF sent to the auditor: cannot be inspected",
    },
    # 096 ---------------------------------------------------------------------------
    {
        "id": "settaihi-096",
        "charset": "cp932",
        "sender": "御手洗 誠 <m-mitarai@hinode-sangyo.co.jp>",
        "to": ["宍戸 邦彦 <shishido-k@city.hanamigawa.lg.jp>"],
        "subject": "新倉庫竣工式へのご臨席のお願い",
        "body": """花見川市 建設部 道路管理課
課長 宍戸 邦彦 様

平素より大変お世話になっております。日の出産業株式会社の御手洗でございます。

このたび、花見川市内に弊社の新物流倉庫が竣工する運びとなり、
下記のとおり竣工式を執り行います。ご多用中とは存じますが、ご臨席賜りますよう
お願い申し上げます。式次第を添付いたします。

なお、市の倫理規程に配慮し、式典後の祝賀会へのご案内および
記念品のお渡しは控えさせていただきます。

　日時：2026年3月6日（金）10:00〜11:00
　場所：日の出産業 花見川物流センター（花見川市浜田町3-18）

""" + SIG_MITARAI,
        "attachments": [
            {
                "kind": "txt",
                "name": "竣工式_式次第.txt",
                "encoding": "cp932",
                "text": """日の出産業株式会社 花見川物流センター 竣工式 式次第

10:00 開式の辞
10:02 修祓・降神の儀・献饌
10:15 祝詞奏上
10:20 玉串奉奠
10:35 撤饌・昇神の儀
10:40 主催者挨拶（代表取締役社長 日下部 修）
10:50 来賓祝辞
10:58 閉式の辞
""",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ceremony invitation to one city official (the recipient) with a programme text file; no gift or data",
    },
    # 097 ---------------------------------------------------------------------------
    {
        "id": "settaihi-097",
        "charset": "utf-8",
        "sender": "苫米地 健 <k-tomabechi@hinode-sangyo.co.jp>",
        "to": ["江波 <enami@horinouchi-tax.jp>"],
        "subject": "1万円基準の判定結果（11月分）",
        "body": """江波様

お世話になっております。苫米地です。
11月分の接待飲食のうち、1人あたり1万円基準の判定が微妙なものを抜き出しました。
参加人数には当社社員を含みます。判定にご意見ください。

日付	店名	参加人数	支払総額	1人あたり	当社判定
11/05	割烹 かわせみ 銀座店	6	59,400	9,900	1万円以下
11/12	中国料理 翠園 赤坂店	8	81,620	10,202	交際費
11/14	日本料理 葵庵	6	60,060	10,010	交際費
11/19	小料理 ふじ乃	4	39,600	9,900	1万円以下
11/21	中国料理 翠園 赤坂店	8	104,000	13,000	交際費
11/26	中国料理 翠園 梅田店	12	118,800	9,900	1万円以下
11/27	鮨 すずらん	4	96,800	24,200	交際費

11/12 と 11/14 は、サービス料を除けば1万円以下になります。
サービス料込みで判定するという理解でよろしいでしょうか。

""" + SIG_TOMABECHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tab-separated list of dinners by restaurant with head counts and amounts: businesses and figures, no people",
    },
    # 098 ---------------------------------------------------------------------------
    {
        "id": "settaihi-098",
        "charset": "utf-8",
        "sender": "Riku Hanazono <r-hanazono@hinode-sangyo.co.jp>",
        "to": ["Marcus Weber <m.weber@rheinwerk-anlagen.de>"],
        "subject": "Invitation: an evening of Kabuki during your Tokyo visit",
        "body": """Dear Marcus,

We are very much looking forward to welcoming you and your colleague to Tokyo in April.

If your schedule allows, we would be delighted to invite you both to an evening
performance at the Kabuki-za theatre in Ginza on Thursday, 9 April, followed by a
light dinner nearby. An English earphone guide will be provided. In line with our
hospitality policy, we keep such invitations modest, and we would of course fully
understand if your company's rules require you to decline or to share the cost.

Please let me know by the end of February so that we can reserve the seats.

""" + SIG_HANAZONO + "\n\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English hospitality invitation to one foreign partner with the standard confidentiality disclaimer",
    },
    # 099 ---------------------------------------------------------------------------
    {
        "id": "settaihi-099",
        "charset": "utf-8",
        "sender": "井波 さおり <s-inami@hinode-sangyo.co.jp>",
        "to": ["丸清百貨店 法人外商部 菅沼様 <k-suganuma@marusei-dept.co.jp>"],
        "subject": "Re: 御歳暮（法人宛）お届け完了のご報告",
        "body": """菅沼様

お届け完了のご報告、ありがとうございました。
1件（有限会社北辰商会様）のみ「受取辞退」とのことですので、
ご返品の処理をお願いいたします。ご返金は次回請求で相殺いただければ結構です。

井波

> 日の出産業株式会社 井波様
> 御歳暮（法人宛）18件のお届け状況をご報告いたします。
>
>  送付先                       お届け日   お問合せ番号
>  川崎電機株式会社 総務部       12/9      3321-0984-1152
>  青葉運輸株式会社 営業本部     12/10     3321-0984-1163
>  有限会社北辰商会              --        3321-0984-1244（受取辞退）
>  （以下略、計18件）
>
> 丸清百貨店 法人外商部 菅沼
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply about gift deliveries to companies with tracking numbers, mostly quoted: businesses only",
    },
    # 100 ---------------------------------------------------------------------------
    {
        "id": "settaihi-100",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>",
        "to": ["三ツ矢 陸 <r-mitsuya@hinode-sangyo.co.jp>"],
        "cc": ["上園 里沙 <r-uezono@hinode-sangyo.co.jp>"],
        "subject": "FW: 12/5 会食 出席者のご連絡（大和田精機）",
        "body": """三ツ矢さん、上園さん

お疲れさまです。鬼頭です。
大和田精機様の出席者です。当日の受付・お見送りの参考にしてください。
※社外への転送は不要です（お店には人数のみ伝えています）。

-------- Forwarded Message --------
From: 渡会 伸也 <watarai@owada-seiki.co.jp>
Date: 2025/11/28 15:04
To: 鬼頭 拓海 <t-kito@hinode-sangyo.co.jp>
Subject: 12/5 会食 出席者のご連絡（大和田精機）

・渡会 伸也（代表取締役）　携帯 090-6623-1408　watarai@owada-seiki.co.jp
・大和田 佳乃（専務取締役）携帯 090-2215-8847　k-owada@owada-seiki.co.jp
・早坂 陽介（製造部長）　　携帯 080-3390-1126　hayasaka@owada-seiki.co.jp
・左近 珠美（品質保証課長）携帯 070-6631-4478　sakon.t@owada-seiki.co.jp
・都築 亘（購買課長）　　　携帯 090-9008-2213　tsuzuki@owada-seiki.co.jp
・能勢 かおり（秘書）　　　携帯 080-5527-3091　nose.k@owada-seiki.co.jp

大和田精機株式会社 渡会
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "forward of a customer's six-person attendee list to two colleagues: all recipients internal",
    },
]
