"""Blind corpus — area: shiryoseikyu (資料請求・問い合わせ対応).

The inside-sales team of 日の出産業 (営業本部 インサイドセールス課 / 資料請求窓口): answering
catalogue and quotation requests from companies and private persons, handing leads on to
the distributors (特約店), arranging sample shipments with 青葉運輸, catalogue printing with
錦印刷, the web form run by ツバサシステム, seminars co-hosted with 川崎電機, and the
overseas inquiries in English.  Written from BRIEF.md only.

Labelling choices of this file: `detectors` lists what should fire on mail leaving the
organisation; mail whose recipients are all internal lists its entities but no detector.
A company's T-number alone (JP_CORPORATE_NUMBER on an invoice) is listed as an entity but
not as a `personal_data` finding.
"""

from build import card_number, my_number

SEED = 47601


def corp_number(base12: str) -> str:
    """法人番号 (13 digits): check digit in front of a 12-digit base number."""
    total = 0
    for n in range(1, 13):  # n-th digit from the right of the base
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("010001087452")
KAWASAKI_CORP = corp_number("020001046318")

# -- people of the inside-sales team -----------------------------------------------------
OKABE = "岡部 沙織 <s-okabe@hinode-sangyo.co.jp>"
SAIJO = "西條 拓海 <t-saijo@hinode-sangyo.co.jp>"
KOGA = "古閑 理恵 <r-koga@hinode-sangyo.co.jp>"
USAMI = "宇佐美 航 <w-usami@hinode-sangyo.co.jp>"
KUJI = "久慈 奈央 <n-kuji@hinode-sangyo.co.jp>"
HIGAKI = "檜垣 透 <t-higaki@hinode-sangyo.co.jp>"
HASUMI = "蓮見 真琴 <m-hasumi@hinode-sangyo.co.jp>"
ARIMA = "Ken Arima <k-arima@hinode-sangyo.co.jp>"
DESK = "日の出産業 資料請求窓口 <shiryo@hinode-sangyo.co.jp>"
IDE = "経理課 井手 <k-ide@hinode-sangyo.co.jp>"
IMAIZUMI = "品質保証課 今泉 <y-imaizumi@hinode-sangyo.co.jp>"
NONOMURA = "大阪営業所 野々村 <nonomura@osaka.hinode-sangyo.co.jp>"
TEAM = "インサイドセールス課 <insidesales@hinode-sangyo.co.jp>"


def sig_line(name: str, mail: str, ext: str) -> str:
    return (
        "------------------------------------------\n"
        "日の出産業株式会社\n"
        "営業本部 インサイドセールス課\n"
        f"{name}\n"
        "〒103-0027 東京都中央区日本橋3-8-14 日の出ビル5F\n"
        f"TEL 03-5201-7740（代表） 内線{ext}\n"
        f"E-mail {mail}\n"
        "https://www.hinode-sangyo.co.jp/\n"
        "------------------------------------------"
    )


def sig_bar(name: str, kana: str, mail: str, direct: str) -> str:
    return (
        "━━━━━━━━━━━━━━━━━━━━━━\n"
        f"　日の出産業株式会社　資料請求窓口\n　{name}（{kana}）\n"
        f"　直通：{direct}　FAX：03-5201-7749\n"
        f"　{mail}\n"
        "━━━━━━━━━━━━━━━━━━━━━━"
    )


def sig_short(name: str, direct: str) -> str:
    return f"--\n日の出産業(株) インサイドセールス課 {name}\n{direct}"


SIG_EN = (
    "Best regards,\n\nKen Arima\nOverseas Sales Support, Inside Sales Section\n"
    "Hinode Sangyo Co., Ltd.\n5F Hinode Bldg., 3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
    "Tel: +81-3-5201-7740 / k-arima@hinode-sangyo.co.jp"
)

DISC_JA = (
    "※本メールおよび添付ファイルには機密情報が含まれている場合があります。"
    "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"
)
DISC_JA2 = (
    "【ご注意】このメールは宛先として指定された方のみを対象としております。"
    "内容に秘密情報が含まれている可能性がありますので、お心当たりのない場合は"
    "破棄していただきますようお願い申し上げます。"
)
DISC_EN = (
    "This e-mail and any attachments may contain confidential information. If you are not "
    "the intended recipient, please notify the sender immediately and delete this e-mail. "
    "Any unauthorised copying or distribution is prohibited."
)

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "shiryoseikyu-001",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["丸栄精工株式会社 設備課 田代様 <tashiro@maruei-seiko.co.jp>"],
        "subject": "【日の出産業】総合カタログ送付のご案内（資料請求ありがとうございます）",
        "body": (
            "丸栄精工株式会社\n設備課　田代　様\n\n"
            "いつもお世話になっております。\n日の出産業株式会社 資料請求窓口の古閑でございます。\n\n"
            "このたびは弊社ホームページより資料をご請求いただき、誠にありがとうございます。\n"
            "ご請求いただきました「総合カタログ2026」の冊子版は、本日青葉運輸にて発送いたしました。\n"
            "お手元には3〜4営業日ほどでお届けできる見込みです。\n\n"
            "取り急ぎ、工場扇・送風機のページを抜粋したPDFを添付いたしますので、\n"
            "冊子到着までの間にご覧いただけましたら幸いです。\n\n"
            "ご不明な点やお見積りのご依頼がございましたら、お気軽にお申し付けください。\n"
            "今後ともよろしくお願い申し上げます。\n\n"
            + sig_line("古閑 理恵（こが りえ）", "r-koga@hinode-sangyo.co.jp", "312")
            + "\n\n" + DISC_JA
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "HINODE_総合カタログ2026_工場扇抜粋.pdf",
                "title": "総合カタログ2026 抜粋",
                "lines": [
                    "日の出産業株式会社　総合カタログ2026（抜粋）",
                    "工場扇・業務用送風機",
                    "",
                    "全機種 受注生産品を除き在庫品。価格は税抜・送料別。",
                ],
                "table": [
                    ["型式", "品名", "羽根径", "最大風量(m3/min)", "希望小売価格"],
                    ["HSF-450", "工場扇 スタンド型", "45cm", "145", "38,500円"],
                    ["HSF-450W", "工場扇 壁掛け型", "45cm", "140", "36,800円"],
                    ["HSF-600", "大型工場扇 キャスター付", "60cm", "230", "62,000円"],
                    ["HBF-750", "業務用ブロワーファン", "75cm", "380", "118,000円"],
                    ["HBF-900E", "大型送風機 省エネDCモーター", "90cm", "520", "198,000円"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "catalogue reply to a corporate inquirer with a product PDF; only the standard disclaimer mentions 機密",
    },
    {
        "id": "shiryoseikyu-002",
        "charset": "cp932",
        "sender": OKABE,
        "to": ["東海機材商会 早川様 <hayakawa@tokai-kizai.co.jp>"],
        "cc": [HIGAKI],
        "subject": "【リード連携】第23週 資料請求者リスト（東海エリア8件）",
        "body": (
            "東海機材商会\n早川様\n\n"
            "いつも大変お世話になっております。日の出産業の岡部です。\n\n"
            "第23週（6/2〜6/8）に弊社Webへ資料請求のあった東海エリアのお客様8件を、\n"
            "CSVにまとめてお送りいたします。\n"
            "カタログは弊社より発送済みですので、3営業日以内に初回のお電話をお願いできれば幸いです。\n"
            "フォロー結果は月末の定例でまとめてご報告いただければ結構です。\n\n"
            "よろしくお願いいたします。\n\n"
            + sig_line("岡部 沙織", "s-okabe@hinode-sangyo.co.jp", "305")
        ),
        "attachments": [
            {
                "kind": "csv",
                "name": "lead_tokai_w23.csv",
                "encoding": "cp932",
                "rows": [
                    ["受付日", "会社名", "部署", "氏名", "電話番号", "メールアドレス", "都道府県", "請求資料", "備考"],
                    ["2026/06/02", "株式会社鵜沼ダイカスト", "製造部", "可児 俊介", "0586-89-3317", "kani@unuma-dc.co.jp", "岐阜県", "総合カタログ", "夏前に工場扇10台"],
                    ["2026/06/02", "碧南フードパック株式会社", "総務課", "杉浦 智美", "0566-42-7081", "t-sugiura@hekinan-fp.co.jp", "愛知県", "除湿機カタログ", ""],
                    ["2026/06/03", "三ツ星化成工業", "生産技術", "鈴木 颯太", "090-6621-4408", "s.suzuki@mitsuboshi-kasei.jp", "静岡県", "スポットクーラー", "携帯へ連絡希望"],
                    ["2026/06/04", "有限会社伊賀木工", "", "服部 恒夫", "0595-21-6650", "iga-mokko@iga-mokko.co.jp", "三重県", "総合カタログ", ""],
                    ["2026/06/05", "株式会社豊明ロジテック", "倉庫管理課", "近藤 真由", "0562-95-2283", "m-kondo@toyoake-logi.co.jp", "愛知県", "大型送風機", "倉庫2棟"],
                    ["2026/06/05", "浜松精密部品株式会社", "設備保全", "村松 大地", "053-430-1196", "muramatsu@hamamatsu-seimitsu.co.jp", "静岡県", "除湿機カタログ", ""],
                    ["2026/06/06", "大垣テキスタイル株式会社", "工務課", "名和 早紀", "0584-77-5402", "nawa@ogaki-textile.co.jp", "岐阜県", "総合カタログ", "見積希望"],
                    ["2026/06/08", "株式会社知多マリン", "", "榊原 亮", "080-3319-2756", "sakakibara@chita-marine.jp", "愛知県", "スポットクーラー", ""],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "eight inquirers' names, phones and e-mails in a CSV to a distributor: a list of people (reason 1)",
    },
    {
        "id": "shiryoseikyu-003",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["北陸産機株式会社 能登様 <noto@hokuriku-sanki.co.jp>"],
        "subject": "ご紹介：富山県の食品工場様より業務用除湿機のお問い合わせ",
        "body": (
            "北陸産機株式会社\n営業部 能登様\n\n"
            "お世話になっております。日の出産業 西條です。\n"
            "富山県のお客様から業務用除湿機のお問い合わせをいただきましたので、\n"
            "貴社エリアのため対応をお願いできますでしょうか。\n\n"
            "【お客様】\n"
            "　株式会社ヤマセ食品　富山工場　製造課 課長\n"
            "　宮腰 隆之 様\n"
            "　TEL：076-478-2291（直通）／携帯：080-4127-6635\n"
            "　Mail：miyakoshi@yamase-foods.co.jp\n\n"
            "【ご要望】\n"
            "　・HDH-30E（業務用除湿機 30L/日）×4台\n"
            "　・梅雨入り前の6月中旬までに設置したい\n"
            "　・包装室が約120㎡、現状は家庭用除湿機で対応中とのこと\n\n"
            "カタログは弊社から本日発送済みです。\n"
            "価格は標準仕切りでご提示いただいて問題ありません。\n"
            "どうぞよろしくお願いいたします。\n\n"
            + sig_short("西條 拓海", "TEL 03-5201-7743")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one inquirer's business contact passed to a distributor: one person, may be warned",
    },
    {
        "id": "shiryoseikyu-004",
        "charset": "iso-2022-jp",
        "sender": KUJI,
        "to": ["kazuki.morioka.diy@gmail.com"],
        "subject": "Re: 工場扇の購入について（個人での購入可否）",
        "body": (
            "森岡 様\n\n"
            "お問い合わせいただきありがとうございます。\n"
            "日の出産業 資料請求窓口の久慈と申します。\n\n"
            "弊社製品は個人のお客様にもご購入いただけます。\n"
            "弊社からの直接販売は行っておりませんので、お近くの取扱店をご案内いたします。\n\n"
            "・ホームセンターかどや 浜松西店　TEL 053-448-1120（代表）\n"
            "　静岡県浜松市中央区入野町6410\n"
            "・プロツールいわた　TEL 0538-35-8800\n"
            "　静岡県磐田市見付2988-1\n"
            "・東海機材商会 浜松営業所　TEL 053-464-2051\n"
            "　静岡県浜松市中央区西伊場町57-3\n\n"
            "HSF-450（スタンド型）はいずれの店舗でも取り寄せ可能です。\n"
            "カタログPDFは下記URLからもダウンロードいただけます。\n"
            "https://www.hinode-sangyo.co.jp/catalog/\n\n"
            "よろしくお願いいたします。\n\n"
            + sig_bar("久慈 奈央", "くじ なお", "shiryo@hinode-sangyo.co.jp", "03-5201-7745")
            + "\n\n"
            "> 個人でガレージ用に工場扇を買いたいのですが、個人でも購入できますか？\n"
            "> 静岡県浜松市在住です。\n"
            "> 森岡"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private person on gmail; the list is of shops (businesses), not people",
    },
    {
        "id": "shiryoseikyu-005",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["青葉運輸 集荷センター <shuka@aoba-unyo.co.jp>"],
        "subject": "集荷依頼（サンプル品 3個口）6/12",
        "body": (
            "青葉運輸株式会社\n集荷センター ご担当者様\n\n"
            "いつもお世話になっております。日の出産業の宇佐美です。\n"
            "下記のとおり集荷をお願いいたします。\n\n"
            "集荷日時：6月12日（金）15時以降\n"
            "集荷先　：日の出産業株式会社 物流センター（江東区新木場2-11-4）\n"
            "個口　　：3個口（いずれも段ボール 80サイズ、精密機器扱い）\n\n"
            "お届け先：\n"
            "　1. 株式会社ヤマセ食品 富山工場 御中　富山県富山市水橋畠等302　TEL 076-478-2200（代表）\n"
            "　2. 港北倉庫株式会社 管理部 御中　神奈川県横浜市港北区新羽町1540　TEL 045-541-0012（代表）\n"
            "　3. 浜名ゴム工業株式会社 購買部 御中　静岡県湖西市鷲津3321　TEL 053-576-3300（代表）\n\n"
            "送り状は当日ドライバー様にお渡しします。\n"
            "よろしくお願いいたします。\n\n"
            "日の出産業株式会社 インサイドセールス課 宇佐美 航\n"
            "TEL 03-5201-7746"
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "pickup request to aoba-unyo.co.jp, a one-letter look-alike of partner aoba-unyu.co.jp (reason 5); addresses are company offices",
    },
    {
        "id": "shiryoseikyu-006",
        "charset": "utf-8",
        "sender": OKABE,
        "to": [HIGAKI, NONOMURA],
        "subject": "6月前半 資料請求リスト（全国15件）共有",
        "body": (
            "檜垣さん、野々村さん\n\n"
            "お疲れさまです。岡部です。\n"
            "6/1〜6/15の資料請求分15件をまとめました（添付xlsx）。\n"
            "近畿・中国エリアの5件は大阪営業所で直接フォローをお願いします。\n"
            "それ以外は来週月曜に各特約店へ振り分けます。\n"
            "集計シートにエリア別件数も入れています。\n\n"
            "岡部"
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "資料請求リスト_2026年6月前半.xlsx",
                "sheets": {
                    "一覧": [
                        ["2026年6月前半 資料請求者一覧（社内用）"],
                        [],
                        ["No", "受付日", "会社名", "氏名", "電話", "メール", "住所", "振分先"],
                        [1, "6/1", "株式会社鵜沼ダイカスト", "可児 俊介", "0586-89-3317", "kani@unuma-dc.co.jp", "岐阜県各務原市鵜沼山崎町4-118", "東海機材"],
                        [2, "6/1", "姫路フォージ株式会社", "三木 啓太", "079-236-5571", "miki@himeji-forge.co.jp", "兵庫県姫路市飾磨区細江1288", "大阪営業所"],
                        [3, "6/2", "碧南フードパック株式会社", "杉浦 智美", "0566-42-7081", "t-sugiura@hekinan-fp.co.jp", "愛知県碧南市港南町2-9-7", "東海機材"],
                        [4, "6/2", "個人", "桐生 陽菜", "090-2284-6130", "hina.kiryu@gmail.com", "群馬県桐生市相生町3-412-6", "直販不可→販売店案内"],
                        [5, "6/3", "株式会社ヤマセ食品", "宮腰 隆之", "076-478-2291", "miyakoshi@yamase-foods.co.jp", "富山県富山市水橋畠等302", "北陸産機"],
                        [6, "6/3", "岡山ケミテック株式会社", "難波 聡", "086-277-4410", "namba@okayama-chemitec.co.jp", "岡山県岡山市南区藤田564-9", "大阪営業所"],
                        [7, "6/4", "有限会社伊賀木工", "服部 恒夫", "0595-21-6650", "iga-mokko@iga-mokko.co.jp", "三重県伊賀市上野丸之内117", "東海機材"],
                        [8, "6/5", "盛岡ファーム株式会社", "工藤 綾香", "019-688-2041", "kudo@morioka-farm.co.jp", "岩手県盛岡市手代森14-22", "みちのく設備"],
                        [9, "6/8", "株式会社知多マリン", "榊原 亮", "080-3319-2756", "sakakibara@chita-marine.jp", "愛知県知多市新知東町1-4-3", "東海機材"],
                        [10, "6/9", "福山ボルト工業", "藤井 正和", "084-953-7720", "fujii@fukuyama-bolt.co.jp", "広島県福山市箕沖町98-2", "大阪営業所"],
                        [11, "6/10", "熊本アグリテック", "坂田 由紀", "096-380-2217", "sakata@kumamoto-agri.jp", "熊本県熊本市東区戸島西2-5-30", "九州FS"],
                        [12, "6/11", "和歌山精機株式会社", "湯川 勇気", "073-475-8812", "yukawa@wakayama-seiki.co.jp", "和歌山県和歌山市湊1334", "大阪営業所"],
                        [13, "6/12", "株式会社ヤマト鋳造", "中谷 誠", "0745-56-2903", "nakatani@yamato-chuzo.co.jp", "奈良県大和高田市築山410", "大阪営業所"],
                        [14, "6/14", "個人", "石動 拓真", "070-5530-1827", "t.isurugi@icloud.com", "石川県金沢市額新町2-190", "北陸産機"],
                        [15, "6/15", "有明ロジスティクス", "野田 美穂", "0956-31-7724", "noda@ariake-logi.co.jp", "長崎県佐世保市相浦町2510", "九州FS"],
                    ],
                    "集計": [
                        ["エリア", "件数"],
                        ["東海", 4], ["近畿・中国", 5], ["北陸", 2], ["東北", 1], ["九州", 2], ["関東", 1],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": [],
        "note": "15 inquirers' records, but every recipient is internal (including the osaka. subdomain)",
    },
    {
        "id": "shiryoseikyu-007",
        "charset": "iso-2022-jp",
        "sender": KUJI,
        "to": ["t.kanzaki@gmail.com", "haruka_sonobe@yahoo.co.jp", "ryo.ichinose@icloud.com"],
        "subject": "コンパクト除湿機 HDH-10 新カタログ完成のお知らせ",
        "body": (
            "お客様各位\n\n"
            "先日は日の出産業へお問い合わせをいただき、ありがとうございました。\n"
            "お問い合わせの際に「新しいカタログができたら知らせてほしい」とのご要望を\n"
            "いただいておりました皆様へ、ご案内をお送りしております。\n\n"
            "コンパクト除湿機 HDH-10 シリーズの新カタログが完成いたしました。\n"
            "PDF版は下記よりご覧いただけます。冊子版をご希望の方は本メールにご返信ください。\n"
            "https://www.hinode-sangyo.co.jp/catalog/hdh10/\n\n"
            "今後ともよろしくお願いいたします。\n\n"
            + sig_bar("久慈 奈央", "くじ なお", "n-kuji@hinode-sangyo.co.jp", "03-5201-7745")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons in To see each other's addresses: should have been Bcc (reason 4)",
    },
    {
        "id": "shiryoseikyu-008",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["北国フーズ株式会社 工務部 白石様 <shiraishi@kitaguni-foods.co.jp>"],
        "subject": "お見積書送付の件（スポットクーラー HSC-25W ほか）",
        "body": (
            "北国フーズ株式会社\n工務部　白石様\n\n"
            "いつもお世話になっております。\n日の出産業の西條でございます。\n\n"
            "先日お問い合わせいただきました千歳工場向けスポットクーラーにつきまして、\n"
            "お見積書を作成いたしましたので添付にてお送りいたします。\n\n"
            "・見積番号：Q-2026-0613-02\n"
            "・有効期限：2026年7月31日\n"
            "・納期：ご発注後 約2週間（HSC-25Wは在庫品）\n\n"
            "ダクトの延長をご希望の場合は別途お見積りいたします。\n"
            "ご検討のほど、よろしくお願い申し上げます。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "御見積書_Q-2026-0613-02_北国フーズ様.docx",
                "title": "御見積書",
                "paragraphs": [
                    "御見積書",
                    "見積番号：Q-2026-0613-02　発行日：2026年6月13日",
                    "北国フーズ株式会社　御中",
                    "日の出産業株式会社　東京都中央区日本橋3-8-14",
                    f"適格請求書発行事業者登録番号：T{HINODE_CORP}",
                    "下記のとおりお見積り申し上げます。",
                ],
                "tables": [
                    [
                        ["品番", "品名", "数量", "単価", "金額"],
                        ["HSC-25W", "スポットクーラー 2.5kW 単相200V", "6", "148,000", "888,000"],
                        ["HSC-DK3", "排熱ダクト 3m", "6", "9,800", "58,800"],
                        ["HSF-600", "大型工場扇 キャスター付", "4", "62,000", "248,000"],
                        ["", "小計", "", "", "1,194,800"],
                        ["", "消費税（10%）", "", "", "119,480"],
                        ["", "合計", "", "", "1,314,280"],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "quotation to a partner customer; only the company's own T-number, no personal data",
    },
    {
        "id": "shiryoseikyu-009",
        "charset": "cp932",
        "sender": HIGAKI,
        "to": ["関西ツール販売株式会社 吉岡様 <yoshioka@kansai-tool.co.jp>"],
        "subject": "2026年度下期 仕切価格表の送付",
        "body": (
            "関西ツール販売株式会社\n吉岡部長\n\n"
            "平素より大変お世話になっております。日の出産業の檜垣でございます。\n\n"
            "先日の打合せでお話しした下期の仕切価格表をお送りします。\n"
            "10月出荷分から適用となります。ご確認のほどよろしくお願いいたします。\n\n"
            "日の出産業株式会社\n営業本部 インサイドセールス課 課長\n檜垣 透\n"
            "TEL 03-5201-7740 内線300"
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "仕切価格表_2026下期.xlsx",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 営業本部　社外秘・複製禁止",
                "sheets": {
                    "仕切価格": [
                        ["【社外秘】2026年度下期 特約店向け仕切価格表"],
                        ["適用：2026年10月出荷分より"],
                        ["型式", "品名", "希望小売価格", "仕切率", "仕切価格"],
                        ["HSF-450", "工場扇 スタンド型", 38500, "58%", 22330],
                        ["HSF-600", "大型工場扇", 62000, "58%", 35960],
                        ["HDH-30E", "業務用除湿機 30L", 268000, "60%", 160800],
                        ["HSC-25W", "スポットクーラー 2.5kW", 198000, "60%", 118800],
                        ["HBF-900E", "大型送風機 DC", 198000, "62%", 122760],
                    ],
                    "数量割引": [
                        ["ロット", "追加値引"],
                        ["10台以上", "2%"],
                        ["30台以上", "4%"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "price schedule stamped 社外秘 in its title row, header and footer, sent outside (reason 6)",
    },
    {
        "id": "shiryoseikyu-010",
        "charset": "iso-2022-jp",
        "sender": SAIJO,
        "to": ["九州ファクトリーサプライ 城戸様 <kido@kyushu-fsupply.co.jp>"],
        "subject": "Re: 6月訪問結果のご報告",
        "body": (
            "城戸様\n\n"
            "お世話になっております。日の出産業 西條です。\n"
            "訪問結果のご報告、ありがとうございました。弊社の管理表にも反映いたしました。\n\n"
            "有明ロジスティクス様と熊本アグリテック様については、\n"
            "大型送風機の見積りを弊社で作成して明日中にお送りします。\n"
            "デモ機の貸出しが必要であれば、物流センターから直送も可能です。\n\n"
            "引き続きよろしくお願いいたします。\n"
            "西條\n\n"
            "2026/06/18 17:42、城戸 将吾 <kido@kyushu-fsupply.co.jp> のメール:\n"
            "> 日の出産業 西條様\n"
            "> \n"
            "> いつもお世話になっております。九州FSの城戸です。\n"
            "> 6月にご紹介いただいた案件の訪問結果です。\n"
            "> \n"
            "> 会社名　　　　　　　ご担当　　　電話　　　　　　結果\n"
            "> ------------------------------------------------------------\n"
            "> 有明ロジスティクス　野田 美穂　　0956-31-7724　見積希望（HBF-900E×3）\n"
            "> 熊本アグリテック　　坂田 由紀　　096-380-2217　見積希望（HBF-750×2）\n"
            "> 鳥栖メタル工業　　　古賀 弘樹　　0942-83-5160　今期見送り\n"
            "> 大分セラミック　　　安部 千夏　　097-521-0448　カタログのみ\n"
            "> 宮崎ウッドワーク　　黒木 優　　　0985-48-9913　再訪問予定\n"
            "> 鹿屋製氷　　　　　　上村 達也　　0994-43-2871　他社導入済\n"
            "> \n"
            "> 以上、よろしくお願いいたします。\n"
            "> 城戸"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only in the quoted mail the distributor itself sent; new text has no personal data",
    },
    {
        "id": "shiryoseikyu-011",
        "charset": "utf-8",
        "sender": KOGA,
        "to": ["株式会社みちのく設備 佐々木様 <sasaki@michinoku-setsubi.co.jp>"],
        "subject": "個人のお客様のご紹介（仙台市・在宅用の静音送風機）",
        "body": (
            "株式会社みちのく設備\n佐々木様\n\n"
            "いつもお世話になっております。日の出産業の古閑でございます。\n"
            "仙台市の個人のお客様から、在宅用の静音送風機についてお電話でご相談がありました。\n"
            "ご自宅への設置と使い方のご説明まで必要なため、貴社でご対応いただけますと助かります。\n\n"
            "■お客様情報\n"
            "お名前：遠藤 政志 様（ご家族の 遠藤 久美子 様がご連絡窓口）\n"
            "ご住所：宮城県仙台市泉区将監8-14-22\n"
            "お電話：022-372-6418\n\n"
            "■ご相談内容\n"
            "政志様が頸髄損傷により四肢に麻痺があり、体温調節が難しいため、\n"
            "寝室でリモコン操作・首振りのできる静音タイプを探しているとのことです。\n"
            "身体障害者手帳（1級）をお持ちで、日常生活用具の給付が使えるか\n"
            "市役所にも確認中とのことでした。\n"
            "候補：HSF-350Q（静音DC扇）＋壁掛け金具\n\n"
            "ご訪問の際は午前中をご希望です。よろしくお願いいたします。\n\n"
            + sig_line("古閑 理恵", "r-koga@hinode-sangyo.co.jp", "312")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named private person's spinal injury and disability certificate sent to a distributor: 要配慮個人情報 of one person (reason 3)",
    },
    {
        "id": "shiryoseikyu-012",
        "charset": "utf-8",
        "sender": ARIMA,
        "to": ["Lim Wei Ling <weiling.lim@tropicair-eng.com.sg>"],
        "subject": "RE: Inquiry - industrial dehumidifiers for a warehouse in Singapore",
        "body": (
            "Dear Ms. Lim,\n\n"
            "Thank you for your inquiry and for the floor plan of your Tuas warehouse.\n\n"
            "For a 1,800 m2 space with the humidity you describe, we would suggest eight units of\n"
            "the HDH-60E (60 L/day, 400 V three-phase) spaced along the racking aisles.\n"
            "Please find attached our export price list (FOB Yokohama, valid until 30 September).\n\n"
            "Lead time is about six weeks from order, and we can ship one demonstration unit\n"
            "by air if you would like to test it first.\n\n"
            + SIG_EN + "\n\n" + DISC_EN + "\n\n"
            "On Tue, 9 Jun 2026 at 11:05, Lim Wei Ling <weiling.lim@tropicair-eng.com.sg> wrote:\n"
            "> Dear Hinode Sangyo team,\n"
            "> We are looking for industrial dehumidifiers for a 1,800 m2 warehouse in Tuas.\n"
            "> Could you send us your catalogue and export prices?\n"
            "> Best regards, Wei Ling"
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "Hinode_Export_PriceList_2026.pdf",
                "title": "Export Price List 2026",
                "lines": ["Hinode Sangyo Co., Ltd. - Export Price List 2026 (FOB Yokohama, USD)", ""],
                "table": [
                    ["Model", "Description", "Capacity", "Power", "Unit price (USD)"],
                    ["HDH-30E", "Industrial dehumidifier", "30 L/day", "200V 1ph", "1,980"],
                    ["HDH-60E", "Industrial dehumidifier", "60 L/day", "400V 3ph", "3,450"],
                    ["HSC-25W", "Spot cooler", "2.5 kW", "200V 1ph", "1,460"],
                    ["HBF-900E", "Large DC fan", "520 m3/min", "200V 1ph", "1,470"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply to an overseas corporate inquirer with a price list; standard English disclaimer",
    },
    {
        "id": "shiryoseikyu-013",
        "charset": "cp932",
        "sender": OKABE,
        "to": ["九州ファクトリーサプライ 城戸様 <kido@kyushu-fsupply.co.jp>"],
        "subject": "九州エリア 新規お問い合わせ3件のご連絡",
        "body": (
            "九州ファクトリーサプライ株式会社\n城戸様\n\n"
            "お世話になっております。日の出産業の岡部です。\n"
            "今週、九州エリアから3件お問い合わせがありましたのでご連絡いたします。\n\n"
            "■1件目\n"
            "　会社名：有明ロジスティクス株式会社\n"
            "　ご担当：物流部　野田 美穂 様\n"
            "　TEL：0956-31-7724　／　noda@ariake-logi.co.jp\n"
            "　内容：倉庫（約900坪）の暑さ対策。大型送風機の見積希望\n\n"
            "■2件目\n"
            "　会社名：熊本アグリテック\n"
            "　ご担当：坂田 由紀 様\n"
            "　TEL：096-380-2217　／　sakata@kumamoto-agri.jp\n"
            "　内容：育苗ハウス用の送風機。カタログ送付済\n\n"
            "■3件目\n"
            "　会社名：株式会社さつま酒造\n"
            "　ご担当：製造部　有村 健 様\n"
            "　TEL：099-245-3380　／　arimura@satsuma-shuzo.co.jp\n"
            "　内容：貯蔵庫の除湿。HDH-30E の設置条件を相談したい\n\n"
            "お手数ですが、ご対応のほどよろしくお願いいたします。\n\n"
            + sig_line("岡部 沙織", "s-okabe@hinode-sangyo.co.jp", "305")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three inquirers' business contacts to a distributor: under five people, may be warned",
    },
    {
        "id": "shiryoseikyu-014",
        "charset": "iso-2022-jp",
        "sender": SAIJO,
        "to": ["港北倉庫株式会社 管理部 三輪様 <miwa@kohoku-soko.co.jp>"],
        "subject": "お見積書の送付（パスワードは別メールにてお送りします）",
        "body": (
            "港北倉庫株式会社\n管理部　三輪様\n\n"
            "いつもお世話になっております。日の出産業の西條です。\n\n"
            "ご依頼いただきました大型送風機のお見積書を、パスワード付きZIPにてお送りいたします。\n"
            "解凍用のパスワードは、この後別のメールにてお送りいたします。\n\n"
            "ご確認のほど、よろしくお願いいたします。\n\n"
            + sig_short("西條 拓海", "TEL 03-5201-7743")
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "見積書_港北倉庫様_20260614.zip",
                "password": "Kh2026#0614",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "見積書_Q-2026-0614-01.pdf",
                        "lines": ["御見積書 Q-2026-0614-01", "港北倉庫株式会社 御中"],
                        "table": [["品番", "数量", "単価"], ["HBF-900E", "8", "198,000"]],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external customer cannot be inspected (reason 7)",
    },
    {
        "id": "shiryoseikyu-015",
        "charset": "utf-8",
        "sender": KOGA,
        "to": ["大和田製作所 技術部 小野寺様 <onodera@owada-ss.co.jp>"],
        "subject": "Re: 図面ご提供前の秘密保持契約について",
        "body": (
            "株式会社大和田製作所\n技術部　小野寺様\n\n"
            "お世話になっております。日の出産業の古閑です。\n\n"
            "局所排気用ファンのカスタム対応について、図面をご提供いただく前に\n"
            "秘密保持契約を締結したいとのご要望、承知いたしました。\n"
            "弊社標準の秘密保持契約書（案）を添付いたしますので、ご確認ください。\n"
            "修正のご希望があれば、Wordの変更履歴でお戻しいただければ法務と調整いたします。\n\n"
            "契約締結後、技術担当を交えてWeb打合せの日程を調整させてください。\n\n"
            + sig_line("古閑 理恵", "r-koga@hinode-sangyo.co.jp", "312")
            + "\n\n-----Original Message-----\n"
            "From: 小野寺 <onodera@owada-ss.co.jp>\n"
            "Sent: Monday, June 15, 2026 10:12 AM\n"
            "Subject: 図面ご提供前の秘密保持契約について\n\n"
            "日の出産業 古閑様\n"
            "図面をお送りする前に、NDAを締結させていただけますでしょうか。\n"
            "小野寺"
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書（案）_大和田製作所様.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "株式会社大和田製作所（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                    "局所排気用ファンの共同検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、本件に関し開示者が受領者に対し秘密である旨を明示して開示した技術上又は営業上の情報をいう。",
                    "第2条（秘密保持）受領者は、秘密情報を第三者に開示又は漏えいしてはならない。",
                    "第3条（目的外使用の禁止）受領者は、秘密情報を本件の検討以外の目的に使用してはならない。",
                    "第4条（有効期間）本契約の有効期間は、締結日から2年間とする。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft contract attached; 秘密 only as the contract's subject, no marking",
    },
    {
        "id": "shiryoseikyu-016",
        "charset": "utf-8",
        "sender": KUJI,
        "to": ["ペイブリッジ決済 サポート <support@paybridge-kessai.jp>"],
        "subject": "FW: 除湿機代金のカード決済について",
        "body": (
            "ペイブリッジ決済 サポートご担当者様\n\n"
            "いつもお世話になっております。日の出産業 資料請求窓口の久慈です。\n"
            "Webショップのカード決済画面でエラーになったお客様から、メールでカード情報の\n"
            "ご連絡がありました。お手数ですが、管理画面から手動で決済処理をお願いできますでしょうか。\n"
            "注文番号は WS-260611-0087 です。\n\n"
            "久慈\n\n"
            "---------- 転送メッセージ ----------\n"
            "差出人: 村瀬 千晶 <chiaki.murase@outlook.jp>\n"
            "日付: 2026年6月11日 21:36\n"
            "件名: 除湿機代金のカード決済について\n"
            "宛先: shiryo@hinode-sangyo.co.jp\n\n"
            "日の出産業 ご担当者様\n\n"
            "HDH-10 を注文しようとしたのですが、決済画面でエラーになってしまいました。\n"
            "お手数ですが下記のカードで決済をお願いします。\n\n"
            f"カード番号：{card_number(SEED + 1)[:4]} {card_number(SEED + 1)[4:8]} {card_number(SEED + 1)[8:12]} {card_number(SEED + 1)[12:]}\n"
            "有効期限：08/29\n"
            "名義：CHIAKI MURASE\n"
            "電話：090-7734-2158\n\n"
            "村瀬"
        ),
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarding a customer's credit card number to an outside payment agency: a forward is new text (reason 2)",
    },
    {
        "id": "shiryoseikyu-017",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["株式会社ヤマセ食品 宮腰様 <miyakoshi@yamase-foods.co.jp>"],
        "subject": "サンプル発送のご連絡（送り状番号）",
        "body": (
            "株式会社ヤマセ食品\n富山工場　宮腰様\n\n"
            "お世話になっております。日の出産業の宇佐美です。\n"
            "ご依頼のフィルター材サンプルを本日発送いたしました。\n\n"
            "　運送会社：青葉運輸\n"
            "　送り状番号：4521-8836-0917\n"
            "　お届け予定：6月13日（土）午前中\n"
            "　内容：FL-07 プレフィルター 5枚、FL-12 中性能フィルター 2枚\n"
            "　受注番号：SO-2026-04418（サンプルのため無償）\n\n"
            "追跡は青葉運輸のWebサイトから送り状番号でご確認いただけます。\n"
            "お試しいただいた後、ご感想をお聞かせいただけますと幸いです。\n\n"
            + sig_line("宇佐美 航", "w-usami@hinode-sangyo.co.jp", "316")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking and order numbers are not personal data",
    },
    {
        "id": "shiryoseikyu-018",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["九州ファクトリーサプライ 中園様 <nakazono@kyushu-fsupply.co.jp>"],
        "cc": ["九州ファクトリーサプライ 城戸様 <kido@kyushu-fsupply.co.jp>", SAIJO],
        "subject": "ものづくりフェア福岡 名刺交換リスト（九州地区分）",
        "body": (
            "中園様、城戸様\n\n"
            "先日のものづくりフェア福岡2026では、ブースのご支援をありがとうございました。\n"
            "当日名刺交換させていただいた方のうち、九州地区の12名分をExcelにまとめました。\n"
            "「対応状況」シートに当日の会話メモも入れてありますので、フォローにお役立てください。\n\n"
            "どうぞよろしくお願いいたします。\n\n"
            "日の出産業株式会社 インサイドセールス課\n岡部 沙織"
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "名刺交換リスト_ものづくりフェア福岡2026_九州.xlsx",
                "title": "名刺交換リスト",
                "sheets": {
                    "名刺データ": [
                        ["ものづくりフェア福岡2026（マリンメッセ福岡）名刺交換リスト　九州地区"],
                        ["会社名", "部署・役職", "氏名", "住所", "電話", "携帯", "メール"],
                        ["有明ロジスティクス株式会社", "物流部 係長", "野田 美穂", "長崎県佐世保市相浦町2510", "0956-31-7724", "090-4418-2270", "noda@ariake-logi.co.jp"],
                        ["鳥栖メタル工業株式会社", "製造課", "古賀 弘樹", "佐賀県鳥栖市藤木町12-3", "0942-83-5160", "", "koga@tosu-metal.co.jp"],
                        ["大分セラミック株式会社", "総務", "安部 千夏", "大分県大分市大字角子原881", "097-521-0448", "080-2264-9031", "abe@oita-ceramic.co.jp"],
                        ["宮崎ウッドワーク", "代表", "黒木 優", "宮崎県宮崎市佐土原町下田島3-18", "0985-48-9913", "090-8830-1145", "kuroki@miyazaki-ww.jp"],
                        ["鹿屋製氷株式会社", "工場長", "上村 達也", "鹿児島県鹿屋市西原3-22-6", "0994-43-2871", "", "uemura@kanoya-seihyo.co.jp"],
                        ["株式会社さつま酒造", "製造部", "有村 健", "鹿児島県鹿児島市谷山港2-4-11", "099-245-3380", "080-6617-4402", "arimura@satsuma-shuzo.co.jp"],
                        ["北九州スチール株式会社", "設備保全課 課長", "末松 浩二", "福岡県北九州市若松区響町1-62", "093-752-1180", "090-3372-5518", "suematsu@kk-steel.co.jp"],
                        ["久留米ゴム化工", "生産管理", "牛島 紗希", "福岡県久留米市宮ノ陣4-29-1", "0942-33-6014", "", "ushijima@kurume-gomu.co.jp"],
                        ["熊本アグリテック", "", "坂田 由紀", "熊本県熊本市東区戸島西2-5-30", "096-380-2217", "070-2285-6613", "sakata@kumamoto-agri.jp"],
                        ["株式会社天草マリンフーズ", "品質管理", "浜崎 光", "熊本県天草市港町17-5", "0969-22-3408", "", "hamasaki@amakusa-mf.co.jp"],
                        ["沖縄サンエア", "営業", "比嘉 大輔", "沖縄県浦添市牧港5-6-8", "098-879-2231", "090-1947-3306", "higa@okinawa-sunair.jp"],
                        ["長崎造機株式会社", "技術部", "山ノ内 匠", "長崎県長崎市飽の浦町1-20", "095-861-4457", "", "yamanouchi@nagasaki-zoki.co.jp"],
                    ],
                    "対応状況": [
                        ["氏名", "当日の会話メモ", "優先度"],
                        ["野田 美穂", "倉庫の熱中症対策。予算あり", "A"],
                        ["古賀 弘樹", "来期予算で検討", "C"],
                        ["末松 浩二", "溶解炉周りのスポット冷却", "A"],
                        ["比嘉 大輔", "販売協力の打診あり", "B"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "twelve trade-show contacts with mobiles and e-mails in an XLSX to a distributor (reason 1)",
    },
    {
        "id": "shiryoseikyu-019",
        "charset": "cp932",
        "sender": SAIJO,
        "to": ["港北倉庫株式会社 管理部 三輪様 <miwa@kohoku-soko.co.jp>"],
        "cc": ["武蔵野機工株式会社 高村様 <takamura@musashino-kiko.co.jp>"],
        "subject": "販売店ご紹介の件（港北倉庫様 × 武蔵野機工様）",
        "body": (
            "港北倉庫株式会社　三輪様\n"
            "（CC）武蔵野機工株式会社　高村様\n\n"
            "いつもお世話になっております。日の出産業の西條です。\n\n"
            "三輪様：先日お見積りした大型送風機の導入・設置につきまして、\n"
            "神奈川エリアの弊社特約店である武蔵野機工株式会社の高村様をご紹介いたします。\n"
            "今後の現地調査、設置工事、ご発注手続きは高村様が窓口となります。\n\n"
            "高村様：港北倉庫様の新羽倉庫（2階建て・約1,500坪）に HBF-900E を8台の計画です。\n"
            "見積条件は先日お伝えしたとおりです。現地調査の日程調整をお願いいたします。\n\n"
            "お二方とも、引き続きよろしくお願いいたします。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "an introduction between a customer and a distributor: two external organisations in To/Cc, names only",
    },
    {
        "id": "shiryoseikyu-020",
        "charset": "iso-2022-jp",
        "sender": HASUMI,
        "to": ["錦印刷株式会社 営業部 藤森様 <fujimori@nishiki-insatu.co.jp>"],
        "subject": "2026年版 総合カタログ 色校正戻しの件",
        "body": (
            "錦印刷株式会社\n営業部　藤森様\n\n"
            "いつもお世話になっております。日の出産業 販促担当の蓮見です。\n"
            "総合カタログ2026の色校正、拝見いたしました。修正点は以下の3点です。\n\n"
            "1. P.12 HSF-600 の製品写真が全体に赤みが強いので、実物の色味に近づけてください。\n"
            "2. P.27 仕様表の「最大風量」の単位が m3/h になっていますので m3/min に修正。\n"
            "3. 裏表紙の問い合わせ窓口の電話番号を 03-5201-7745 に差し替え。\n\n"
            "再校は6月19日（金）までにいただけますと、予定どおり7月1日の納品に間に合います。\n"
            "お手数をおかけしますが、よろしくお願いいたします。\n\n"
            "日の出産業株式会社 営業本部 販売促進担当\n蓮見 真琴\nTEL 03-5201-7751"
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops an s from partner nishiki-insatsu.co.jp: look-alike domain (reason 5)",
    },
]

# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "shiryoseikyu-021",
        "charset": "utf-8",
        "sender": KOGA,
        "to": [IMAIZUMI],
        "subject": "【相談】化学物質過敏症のお客様からの吸音材サンプル依頼",
        "body": (
            "今泉さん\n\n"
            "お疲れさまです。古閑です。\n"
            "個人のお客様から吸音パネルのサンプル依頼があり、ご相談させてください。\n\n"
            "お名前：桑原 美和子 様\n"
            "携帯：090-3851-0726\n"
            "住所：埼玉県所沢市小手指町4-17-9\n\n"
            "医師から化学物質過敏症と診断されていて、接着剤やホルムアルデヒドに強く反応するため、\n"
            "SP-A100 の芯材と表面クロスにVOCを含まないか事前に確認したいとのことです。\n"
            "SDSと放散試験の結果をお客様にお出しできるか、品証としてご判断いただけますか。\n"
            "サンプルはご確認が取れるまで発送を止めています。\n\n"
            "古閑"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named person's diagnosis, but sent only to an internal colleague",
    },
    {
        "id": "shiryoseikyu-022",
        "charset": "utf-8",
        "sender": KUJI,
        "to": ["さくらホテル 施設管理課 <shisetsu@sakura-hotel.jp>"],
        "subject": "静音送風機 3機種の比較表（ご依頼の件）",
        "html": (
            "<html><body style=\"font-family:'Yu Gothic',sans-serif;font-size:14px\">"
            "<p>さくらホテル<br>施設管理課 ご担当者様</p>"
            "<p>いつもお世話になっております。日の出産業 資料請求窓口の久慈です。<br>"
            "宴会場・ロビー向けにお問い合わせいただいた静音タイプの送風機について、比較表をお送りします。</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr style=\"background:#dde\"><th>型式</th><th>運転音（弱/強）</th><th>最大風量</th><th>消費電力</th><th>希望小売価格</th></tr>"
            "<tr><td>HSF-350Q</td><td>24 / 41 dB</td><td>62 m&sup3;/min</td><td>28 W</td><td>32,000円</td></tr>"
            "<tr><td>HSF-450Q</td><td>27 / 44 dB</td><td>110 m&sup3;/min</td><td>46 W</td><td>45,500円</td></tr>"
            "<tr><td>HCF-30S</td><td>22 / 38 dB</td><td>48 m&sup3;/min</td><td>19 W</td><td>29,800円</td></tr>"
            "</table>"
            "<p>宴会中の使用であれば、いちばん静かな HCF-30S（サーキュレーター型）がおすすめです。<br>"
            "デモ機の貸出しも可能ですので、ご希望の際はお知らせください。</p>"
            "<p>--<br>日の出産業株式会社 資料請求窓口<br>久慈 奈央<br>TEL 03-5201-7745</p>"
            "</body></html>"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only product comparison table to a partner hotel; no personal data",
    },
    {
        "id": "shiryoseikyu-023",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["川崎電機株式会社 販促課 真鍋様 <manabe@kawasaki-denki.co.jp>"],
        "subject": "共催セミナー（7/9）お申込者一覧の共有",
        "html": (
            "<html><body>"
            "<p>川崎電機株式会社<br>販促課 真鍋様</p>"
            "<p>お世話になっております。日の出産業の蓮見です。<br>"
            "7月9日の共催セミナー「工場の省エネ換気と暑さ対策」の、弊社経由のお申込者を共有いたします。<br>"
            "受付票の送付は貴社システムからお願いできますでしょうか。</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
            "<tr><th>No</th><th>会社名</th><th>部署</th><th>氏名</th><th>電話</th><th>メール</th></tr>"
            "<tr><td>1</td><td>丸栄精工株式会社</td><td>設備課</td><td>田代 浩一</td><td>048-553-2118</td><td>tashiro@maruei-seiko.co.jp</td></tr>"
            "<tr><td>2</td><td>港北倉庫株式会社</td><td>管理部</td><td>三輪 早苗</td><td>045-541-0037</td><td>miwa@kohoku-soko.co.jp</td></tr>"
            "<tr><td>3</td><td>株式会社大和田製作所</td><td>技術部</td><td>小野寺 誠</td><td>0287-62-4401</td><td>onodera@owada-ss.co.jp</td></tr>"
            "<tr><td>4</td><td>浜名ゴム工業株式会社</td><td>購買部</td><td>大槻 文乃</td><td>053-576-3312</td><td>otsuki@hamana-gomu.co.jp</td></tr>"
            "<tr><td>5</td><td>鶴見工機株式会社</td><td>総務課</td><td>坂東 祐介</td><td>045-503-7719</td><td>bando@tsurumi-koki.co.jp</td></tr>"
            "<tr><td>6</td><td>株式会社東邦アーカイブ</td><td>倉庫管理部</td><td>鷲尾 恵</td><td>03-5683-2290</td><td>washio@toho-archive.co.jp</td></tr>"
            "</table>"
            "<p>蓮見 真琴<br>日の出産業株式会社 営業本部 販売促進担当<br>TEL 03-5201-7751</p>"
            "</body></html>"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML table of six registrants with direct phones and e-mails to the co-host: list of people (reason 1)",
    },
    {
        "id": "shiryoseikyu-024",
        "charset": "cp932",
        "sender": KUJI,
        "to": ["黒部メッキ工業株式会社 総務課 神保様 <jinbo@kurobe-mekki.co.jp>"],
        "subject": "RE: 【資料請求】めっき工場の換気について",
        "body": (
            "黒部メッキ工業株式会社\n総務課　神保様\n\n"
            "お問い合わせいただき、ありがとうございます。\n日の出産業 資料請求窓口の久慈でございます。\n\n"
            "ご質問の件、以下のとおり回答いたします。\n\n"
            "1) 耐薬品仕様について\n"
            "　めっき槽付近でご使用の場合は、羽根・ガードをステンレス化した HSF-450SU をおすすめします。\n"
            "　酸性ミストが多い環境では、モーター部の保護等級 IP55 の HBF-750P もご検討ください。\n\n"
            "2) 設置台数の目安\n"
            "　お知らせいただいた面積（約400㎡）ですと、HSF-450SU を4〜6台が目安です。\n\n"
            "総合カタログは本日発送いたしました。\n"
            "富山県は北陸産機株式会社様が担当特約店となりますので、現地調査のご希望があれば\n"
            "同社からご連絡を差し上げます。\n\n"
            "よろしくお願いいたします。\n\n"
            + sig_bar("久慈 奈央", "くじ なお", "shiryo@hinode-sangyo.co.jp", "03-5201-7745")
            + "\n\n-----Original Message-----\n"
            "From: 日の出産業Webフォーム <noreply@hinode-sangyo.co.jp>\n"
            "Sent: Tuesday, June 16, 2026 9:02 AM\n"
            "To: shiryo@hinode-sangyo.co.jp; jinbo@kurobe-mekki.co.jp\n"
            "Subject: 【資料請求】めっき工場の換気について\n\n"
            "会社名：黒部メッキ工業株式会社\n"
            "部署：総務課\n"
            "氏名：神保 亜希子\n"
            "電話番号：0765-52-3184\n"
            "住所：富山県黒部市荻生6207\n"
            "ご質問：めっき工場の換気用に、薬品に強い送風機はありますか。設置台数の目安も知りたいです。\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the inquirer's own form data appears only in the quoted original the recipient sent",
    },
    {
        "id": "shiryoseikyu-025",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["yuji.tachibana1975@yahoo.co.jp"],
        "subject": "北海道内の取扱店のご案内",
        "body": (
            "立花 様\n\n"
            "日の出産業の古閑でございます。\n"
            "本日はお電話ありがとうございました。お話ししました北海道内の取扱店をご案内いたします。\n\n"
            "店名　　　　　　　　　　　　所在地　　　　　　　　　　　　電話\n"
            "--------------------------------------------------------------------------\n"
            "北斗機工株式会社 札幌本社　　札幌市東区北丘珠3条2-8-15　　011-781-4420\n"
            "北斗機工株式会社 旭川支店　　旭川市永山2条20-3-4　　　　　0166-48-2275\n"
            "ツールセンター十勝　　　　　帯広市西19条北1-7-2　　　　　0155-37-6610\n"
            "函館産業資材株式会社　　　　函館市西桔梗町589-12　　　　0138-49-3301\n"
            "苫小牧プロショップ　　　　　苫小牧市元中野町3-9-1　　　　0144-35-8842\n\n"
            "いずれの店舗でも HDH-10 の取り寄せが可能です。\n"
            "在庫状況は各店舗へ直接お問い合わせください。\n\n"
            + sig_line("古閑 理恵", "r-koga@hinode-sangyo.co.jp", "312")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a padded list of five shops (businesses with switchboards) to one private person on yahoo.co.jp",
    },
    {
        "id": "shiryoseikyu-026",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": [
            "丸栄精工株式会社 田代様 <tashiro@maruei-seiko.co.jp>",
            "株式会社ヤマセ食品 宮腰様 <miyakoshi@yamase-foods.co.jp>",
            "港北倉庫株式会社 三輪様 <miwa@kohoku-soko.co.jp>",
            "株式会社大和田製作所 小野寺様 <onodera@owada-ss.co.jp>",
        ],
        "subject": "【ご案内】工場の暑さ対策セミナー（7月15日・オンライン開催）",
        "body": (
            "各位\n\n"
            "平素より日の出産業の製品をご愛顧いただき、誠にありがとうございます。\n"
            "これまでに資料をご請求いただいたお客様へ、オンラインセミナーのご案内をお送りいたします。\n\n"
            "■テーマ：今年の夏に間に合う 工場・倉庫の暑さ対策 ～送風・スポット冷却の使い分け～\n"
            "■日時：2026年7月15日（水）14:00～15:00\n"
            "■形式：オンライン（Zoomウェビナー）／参加無料\n"
            "■お申込み：https://www.hinode-sangyo.co.jp/seminar/0715/\n\n"
            "ご多忙のところ恐縮ですが、ぜひご参加ください。\n\n"
            "日の出産業株式会社 営業本部 販売促進担当　蓮見"
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four customer companies put in To together see each other: should have been Bcc (reason 4)",
    },
    {
        "id": "shiryoseikyu-027",
        "charset": "cp932",
        "sender": IDE,
        "to": ["丸栄精工株式会社 経理ご担当者様 <keiri@maruei-seiko.co.jp>"],
        "cc": [KOGA],
        "subject": "ご請求書送付のご案内（有償サンプル分）",
        "body": (
            "丸栄精工株式会社\n経理ご担当者様\n\n"
            "いつもお世話になっております。日の出産業株式会社 経理課の井手でございます。\n"
            "先日ご送付いたしました有償サンプル（防音パネル SP-A300 試作品）のご請求書を\n"
            "PDFにてお送りいたします。\n\n"
            "請求番号：INV-2026-06-0213\n"
            "ご請求金額：26,400円（税込）\n"
            "お支払期限：2026年7月31日\n\n"
            "お振込先は請求書に記載のとおりです。\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "日の出産業株式会社 管理本部 経理課\n井手 和真\nTEL 03-5201-7760"
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_INV-2026-06-0213.pdf",
                "title": "請求書",
                "lines": [
                    "請求書",
                    "丸栄精工株式会社 御中",
                    "請求番号：INV-2026-06-0213　請求日：2026年6月20日",
                    "日の出産業株式会社　〒103-0027 東京都中央区日本橋3-8-14",
                    f"登録番号：T{HINODE_CORP}",
                    "お振込先：みどり銀行 日本橋支店 普通預金 1284406 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ",
                    "",
                ],
                "table": [
                    ["品番", "品名", "数量", "単価", "金額"],
                    ["SP-A300-T", "防音パネル 試作サンプル 600×600", "2", "12,000", "24,000"],
                    ["", "消費税（10%）", "", "", "2,400"],
                    ["", "合計", "", "", "26,400"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number and its own corporate bank account: business data, not personal",
    },
    {
        "id": "shiryoseikyu-028",
        "charset": "iso-2022-jp",
        "sender": HIGAKI,
        "to": ["北陸産機株式会社 能登様 <noto@hokuriku-sanki.co.jp>"],
        "subject": "【取扱注意】夏季キャンペーン 特約店リベート条件（確定版）",
        "body": (
            "取扱注意／関係者限り\n\n"
            "北陸産機株式会社\n能登様\n\n"
            "お世話になっております。日の出産業の檜垣です。\n"
            "夏季キャンペーンの特約店リベート条件が確定しましたのでご連絡いたします。\n"
            "本条件は貴社限りとしていただき、社内でも関係者以外への展開はお控えください。\n\n"
            "・対象期間：2026年7月1日〜8月31日出荷分\n"
            "・対象機種：HSF-450／HSF-600／HSC-25W\n"
            "・達成リベート：期間売上 300万円以上で 3%、500万円以上で 5%\n"
            "・新規顧客加算：新規取引先への販売分に 1% 上乗せ\n\n"
            "ご不明点があればお電話ください。\n\n"
            "日の出産業株式会社 インサイドセールス課 課長　檜垣 透\n"
            "TEL 03-5201-7740（内線300）"
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【取扱注意】 in its subject and first line, going to a distributor (reason 6)",
    },
    {
        "id": "shiryoseikyu-029",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["さくらホテル 宴会部 石黒様 <ishiguro@sakura-hotel.jp>"],
        "subject": "宴会場向け 静音空調補助のご提案資料",
        "body": (
            "さくらホテル\n宴会部　石黒様\n\n"
            "いつもお世話になっております。日の出産業の西條です。\n"
            "先日お伺いした際にお話のあった、大宴会場「桜の間」の夏場の暑さ対策について、\n"
            "ご提案資料をお送りいたします。\n\n"
            "天井の既設空調はそのままに、客席後方へサーキュレーターを置いて空気を回す案と、\n"
            "バックヤード（配膳室）にスポットクーラーを置く案の2つをまとめました。\n"
            "来週のご都合のよい日に、30分ほどご説明のお時間をいただけますと幸いです。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
        ),
        "attachments": [
            {
                "kind": "pptx",
                "name": "ご提案_さくらホテル様_宴会場暑さ対策.pptx",
                "title": "宴会場 暑さ対策のご提案",
                "page_footer": "日の出産業株式会社",
                "slides": [
                    ["宴会場 暑さ対策のご提案", "さくらホテル様", "2026年6月 日の出産業株式会社"],
                    ["現状の課題", "満席時に客席後方の温度が 29℃ 前後まで上昇", "配膳室が高温になりスタッフの負担が大きい"],
                    ["案1：サーキュレーターで空気を循環", "HCF-30S を客席後方に 6 台", "運転音 22dB（弱）で宴席の妨げにならない", "概算 178,800 円（税抜）"],
                    ["案2：配膳室にスポットクーラー", "HSC-25W を 2 台＋排熱ダクト", "概算 315,600 円（税抜）"],
                    ["導入スケジュール", "デモ機設置 7 月上旬", "本導入 7 月下旬（繁忙期前）"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proposal deck to a partner hotel; products, prices and schedule only",
    },
    {
        "id": "shiryoseikyu-030",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["東海機材商会 早川様 <hayakawa@tokai-kizai.co.jp>"],
        "subject": "【リード連携】第24週 資料請求者（東海エリア4件）",
        "body": (
            "早川様\n\n"
            "お世話になっております。日の出産業 岡部です。\n"
            "第24週分は東海エリア4件でした。CSV（UTF-8）で添付します。\n"
            "先週分の8件のフォロー状況も、お手すきの際に教えていただけると助かります。\n\n"
            "岡部\n"
            "日の出産業株式会社 インサイドセールス課　TEL 03-5201-7740（内線305）"
        ),
        "attachments": [
            {
                "kind": "csv",
                "name": "lead_tokai_w24.csv",
                "encoding": "utf-8",
                "rows": [
                    ["受付日", "会社名", "氏名", "電話番号", "メールアドレス", "請求資料"],
                    ["2026/06/09", "株式会社春日井パッケージ", "丹羽 克也", "0568-81-4470", "niwa@kasugai-pkg.co.jp", "総合カタログ"],
                    ["2026/06/10", "四日市ケミカル物流", "水谷 瑞穂", "059-345-1182", "mizutani@yokkaichi-cl.co.jp", "除湿機カタログ"],
                    ["2026/06/12", "富士宮製紙株式会社", "渡井 聖", "0544-27-6604", "watai@fujinomiya-paper.co.jp", "大型送風機"],
                    ["2026/06/14", "有限会社関刃物工房", "後藤 勲", "0575-22-8831", "goto@seki-hamono.jp", "スポットクーラー"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four inquirers in a CSV to a distributor: under the five-record line, may be warned",
    },
    {
        "id": "shiryoseikyu-031",
        "charset": "cp932",
        "sender": KUJI,
        "to": ["青空会計事務所 矢吹様 <yabuki@aozora-kaikei.jp>"],
        "subject": "モニター謝礼の支払調書作成について（追加1名分）",
        "body": (
            "青空会計事務所\n矢吹様\n\n"
            "いつもお世話になっております。日の出産業の久慈です。\n"
            "家庭用除湿機のモニター謝礼について、追加の1名分の情報をお送りします。\n"
            "支払調書の作成をお願いいたします。\n\n"
            "　氏名　　：布施 達郎（フセ タツロウ）\n"
            "　住所　　：千葉県船橋市習志野台5-31-8\n"
            f"　個人番号：{my_number(SEED + 2)[:4]} {my_number(SEED + 2)[4:8]} {my_number(SEED + 2)[8:]}\n"
            "　謝礼額　：60,000円（源泉徴収前）\n"
            "　支払日　：2026年6月25日\n\n"
            "本人確認書類の写しは別途郵送いたします。\n"
            "よろしくお願いいたします。\n\n"
            "日の出産業株式会社 資料請求窓口　久慈 奈央\nTEL 03-5201-7745"
        ),
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a monitor's My Number with name and address to an outside accounting firm (reason 2)",
    },
    {
        "id": "shiryoseikyu-032",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["株式会社大和田製作所 総務部 ご担当者様 <soumu@owada-ss.co.jp>"],
        "subject": "夏季の熱中症対策・換気対策製品のご案内",
        "body": (
            "株式会社大和田製作所\n総務部 ご担当者様\n\n"
            "いつもお世話になっております。日の出産業の古閑でございます。\n\n"
            "今年も熱中症警戒アラートが発表される時期が近づいてまいりました。\n"
            "厚生労働省の「職場における熱中症予防」の通達を受け、工場の暑さ対策を\n"
            "ご検討中のお客様から多くのお問い合わせをいただいております。\n\n"
            "また、インフルエンザなどの感染症対策として、休憩室や食堂の換気を\n"
            "見直したいというご相談も増えております。\n\n"
            "・作業場の暑さ対策：大型工場扇 HSF-600、スポットクーラー HSC-25W\n"
            "・休憩室の換気：換気用送風機 HVF-200（窓用アダプター付）\n\n"
            "カタログをご希望でしたら本メールにご返信ください。\n\n"
            + sig_line("古閑 理恵", "r-koga@hinode-sangyo.co.jp", "312")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "熱中症 and インフルエンザ mentioned in passing in a product mailing, tied to no one",
    },
    {
        "id": "shiryoseikyu-033",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["東海機材商会 早川様 <hayakawa@tokai-kizai.co.jp>"],
        "subject": "岐阜・関市の鋳造工場様 至急案件（スポットクーラー）",
        "body": (
            "早川様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "至急案件のご相談です。\n\n"
            "関市の「美濃鋳造株式会社」様から先ほどお電話があり、\n"
            "先週、製造2課の吉村 健吾さん（42歳）が作業中に熱中症で倒れて救急搬送され、\n"
            "現在も入院中とのことです。6月初めにも同じ課の林田 悠真さんが熱中症と診断されて\n"
            "3日間休業されたそうで、労基署から改善を求められているとのことでした。\n\n"
            "溶解炉の周りにスポットクーラーを至急入れたいとのことで、\n"
            "HSC-25W を4台、来週中の設置をご希望です。\n\n"
            "窓口：美濃鋳造株式会社 総務課 安江 様　TEL 0575-24-6672\n\n"
            "在庫は本社倉庫に6台ありますので、明日出荷できます。\n"
            "現地調査をお願いできますでしょうか。\n\n"
            + sig_short("西條 拓海", "TEL 03-5201-7743 / 携帯 080-2291-4730")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two named workers' heat-stroke diagnoses and hospitalisation sent to a distributor (reason 3)",
    },
    {
        "id": "shiryoseikyu-034",
        "charset": "iso-2022-jp",
        "sender": OKABE,
        "to": ["関西ツール販売株式会社 吉岡様 <yoshioka@kansai-tool.co.jp>"],
        "subject": "FW: 【お問い合わせ】局所排気ファンの見積依頼（堺ケミカル様）",
        "body": (
            "吉岡様\n\n"
            "お世話になっております。日の出産業の岡部です。\n"
            "堺市のお客様からのお問い合わせメールを添付にて転送いたします。\n"
            "大阪府のため、貴社でのご対応をお願いできますでしょうか。\n"
            "お客様には、特約店の関西ツール販売様からご連絡する旨お伝え済みです。\n\n"
            "岡部"
        ),
        "attachments": [
            {
                "kind": "eml",
                "name": "【お問い合わせ】局所排気ファンの見積依頼.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "堺ケミカル株式会社 中谷 <nakatani@sakai-chem.co.jp>",
                    "to": ["shiryo@hinode-sangyo.co.jp"],
                    "subject": "【お問い合わせ】局所排気ファンの見積依頼",
                    "body": (
                        "日の出産業株式会社 御中\n\n"
                        "堺ケミカル株式会社 工務課の中谷と申します。\n"
                        "調合室の局所排気用に、防爆仕様のファンを探しております。\n"
                        "HBF-750P 相当で防爆対応が可能か、お見積りと併せてご回答いただけますでしょうか。\n\n"
                        "堺ケミカル株式会社 工務課\n中谷 大樹\n"
                        "〒592-8331 大阪府堺市西区築港新町2-6-14\n"
                        "TEL 072-268-3390（直通） 携帯 090-5562-8107\n"
                        "nakatani@sakai-chem.co.jp"
                    ),
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one inquirer's own mail (business contact with mobile) forwarded as an attachment to a distributor: one person",
    },
    {
        "id": "shiryoseikyu-035",
        "charset": "iso-2022-jp",
        "sender": SAIJO,
        "to": ["南沢市役所 契約課 物品契約係 <buppin@city.minamisawa.lg.jp>"],
        "subject": "参考見積書のご送付（市立体育館 大型送風機）",
        "body": (
            "南沢市役所\n契約課 物品契約係 御中\n\n"
            "平素より大変お世話になっております。\n日の出産業株式会社の西條でございます。\n\n"
            "ご依頼いただきました市立総合体育館向け大型送風機の参考見積書を添付いたします。\n"
            "予算要求用とのことでしたので、設置工事費は概算として別記しております。\n\n"
            "　品名：大型送風機 HBF-900E（DCモーター・キャスター付）\n"
            "　数量：12台\n"
            "　参考価格：2,376,000円（税抜）\n"
            "　概算設置費：180,000円（税抜）\n\n"
            "入札の際は、指名業者様経由でのお見積りとなります。\n"
            "ご不明な点がございましたらお申し付けください。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "参考見積書_南沢市立総合体育館.pdf",
                "lines": ["参考見積書", "南沢市役所 契約課 御中", "件名：市立総合体育館 大型送風機"],
                "table": [
                    ["品名", "数量", "単価", "金額"],
                    ["HBF-900E 大型送風機", "12", "198,000", "2,376,000"],
                    ["設置・試運転（概算）", "1式", "180,000", "180,000"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reference quotation to a city office (.lg.jp); no personal data",
    },
    {
        "id": "shiryoseikyu-036",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["北国フーズ株式会社 工務部 白石様 <shiraishi@kitaguni-foods.co.jp>"],
        "subject": "改訂見積書（パスワード付PDF）",
        "body": (
            "白石様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "数量変更（HSC-25W 6台→8台）を反映した改訂見積書をお送りします。\n"
            "社内ルールによりPDFにパスワードを設定しております。\n"
            "パスワードは貴社の郵便番号（ハイフンなし）です。\n\n"
            "よろしくお願いいたします。\n"
            "西條"
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "改訂見積書_Q-2026-0613-02R1.pdf",
                "password": "0660051",
                "lines": ["御見積書（改訂）Q-2026-0613-02R1", "北国フーズ株式会社 御中"],
                "table": [["品番", "数量", "単価", "金額"], ["HSC-25W", "8", "148,000", "1,184,000"]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to a customer cannot be scanned (reason 7)",
    },
    {
        "id": "shiryoseikyu-037",
        "charset": "cp932",
        "sender": KUJI,
        "to": ["敦賀製紙株式会社 設備保全課 <hozen@tsuruga-paper.co.jp>"],
        "subject": "ご請求のカタログ一式（PDF・ZIP）",
        "body": (
            "敦賀製紙株式会社\n設備保全課 ご担当者様\n\n"
            "資料のご請求をありがとうございます。日の出産業 資料請求窓口です。\n"
            "ご請求いただいた3冊のカタログのPDF版を、ZIPにまとめてお送りいたします。\n"
            "（合計 約4MB）\n\n"
            "・除湿機総合カタログ\n"
            "・大型送風機カタログ\n"
            "・フィルター・消耗品カタログ\n\n"
            "冊子版も本日発送しておりますので、あわせてご活用ください。\n\n"
            + sig_bar("久慈 奈央", "くじ なお", "shiryo@hinode-sangyo.co.jp", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "HINODE_catalogs_2026.zip",
                "files": [
                    {"kind": "pdf", "name": "除湿機総合カタログ2026.pdf",
                     "lines": ["除湿機総合カタログ2026", "HDH-10 / HDH-30E / HDH-60E"],
                     "table": [["型式", "除湿能力", "電源"], ["HDH-30E", "30L/日", "200V"], ["HDH-60E", "60L/日", "400V"]]},
                    {"kind": "pdf", "name": "大型送風機カタログ2026.pdf",
                     "lines": ["大型送風機カタログ2026", "HBF-750 / HBF-900E"]},
                    {"kind": "pdf", "name": "フィルター消耗品カタログ2026.pdf",
                     "lines": ["フィルター・消耗品カタログ2026"],
                     "table": [["品番", "品名", "交換目安"], ["FL-07", "プレフィルター", "3か月"], ["FL-12", "中性能フィルター", "1年"]]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of catalogue PDFs (readable) to a corporate inquirer",
    },
    {
        "id": "shiryoseikyu-038",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["青葉運輸株式会社 法人営業部 柏木様 <kashiwagi@aoba-unyu.co.jp>"],
        "subject": "モニター用サンプル一括発送 お届け先データ（個人宅7件）",
        "body": (
            "青葉運輸株式会社\n法人営業部　柏木様\n\n"
            "いつもお世話になっております。日の出産業の宇佐美です。\n"
            "家庭用除湿機モニターの一括発送分、お届け先データをExcel（xls）でお送りします。\n"
            "いずれも個人宅のため、不在時は再配達票の投函をお願いいたします。\n"
            "出荷は6月22日（月）、物流センターからの出荷となります。\n\n"
            + sig_line("宇佐美 航", "w-usami@hinode-sangyo.co.jp", "316")
        ),
        "attachments": [
            {
                "kind": "xls",
                "name": "お届け先_モニター発送_0622.xls",
                "sheets": {
                    "お届け先": [
                        ["お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "個数", "配達指定"],
                        ["布施 達郎", "274-0063", "千葉県船橋市習志野台5-31-8", "047-464-2281", "HDH-10 モニター機", 1, "午前"],
                        ["上條 かおり", "390-0815", "長野県松本市深志2-7-14-305", "090-6651-2038", "HDH-10 モニター機", 1, "指定なし"],
                        ["鮫島 篤", "892-0846", "鹿児島県鹿児島市加治屋町11-6", "099-226-4410", "HDH-10 モニター機", 1, "18-20時"],
                        ["小野塚 里奈", "950-0916", "新潟県新潟市中央区米山3-2-20", "080-1192-7735", "HDH-10 モニター機", 1, "午前"],
                        ["兵藤 健司", "460-0012", "愛知県名古屋市中区千代田4-9-3", "052-261-5507", "HDH-10 モニター機", 1, "指定なし"],
                        ["真野 詩織", "730-0051", "広島県広島市中区大手町5-4-18", "070-4428-9161", "HDH-10 モニター機", 1, "14-16時"],
                        ["祖父江 翼", "500-8384", "岐阜県岐阜市薮田南1-6-2", "058-271-3342", "HDH-10 モニター機", 1, "午前"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven private persons' home addresses and phones in an XLS to the carrier: list of people (reason 1)",
    },
    {
        "id": "shiryoseikyu-039",
        "charset": "cp932",
        "sender": KUJI,
        "to": [IDE],
        "subject": "モニター謝礼 支払調書用情報（追加1名・個人番号あり）",
        "body": (
            "経理課 井手さん\n\n"
            "お疲れさまです。資料請求窓口の久慈です。\n"
            "モニター謝礼の追加1名分です。支払調書の作成に必要な情報をお送りします。\n"
            "（本人確認書類の写しは紙で回付します）\n\n"
            "氏名：上條 かおり\n"
            "住所：長野県松本市深志2-7-14-305\n"
            f"個人番号：{my_number(SEED + 3)}\n"
            "謝礼：60,000円\n\n"
            "青空会計事務所さんへの連携は経理課からお願いできますでしょうか。\n"
            "よろしくお願いします。\n\n"
            "久慈"
        ),
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "a My Number sent only to the internal accounting section: all recipients internal",
    },
    {
        "id": "shiryoseikyu-040",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["株式会社みちのく設備 佐々木様 <sasaki@michinoku-setsubi.co.jp>"],
        "subject": "岩手・秋田の個人商店様 5件のご紹介（除湿機）",
        "body": (
            "佐々木様\n\n"
            "お世話になっております。日の出産業 岡部です。\n"
            "東北の商店様から、店舗用の除湿機についてまとめてお問い合わせがありました。\n"
            "いずれも個人経営のお店で、電話は店舗兼ご自宅の番号とのことです。\n\n"
            "・米穀店 たかはし（代表 高橋 茂雄 様）　岩手県花巻市大通り1-8-21　0198-23-4471\n"
            "・菓子処 すずらん堂（代表 菅原 ミツ 様）　岩手県北上市本通り2-3-9　0197-64-2208\n"
            "・佐藤畳店（代表 佐藤 隆一 様）　秋田県横手市大町6-14　0182-32-5716\n"
            "・古書 あけぼの（代表 伊藤 晴美 様）　秋田県秋田市大町3-5-2　018-862-9930\n"
            "・茶舗 やまなか（代表 山中 孝 様）　岩手県一関市地主町1-27　0191-23-6648\n\n"
            "商工会の共同購入のお話もあるようですので、まとめてご提案いただけると良いかと思います。\n"
            "よろしくお願いいたします。\n\n"
            + sig_line("岡部 沙織", "s-okabe@hinode-sangyo.co.jp", "305")
        ),
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five sole-proprietor shops with owner names and shop-cum-home phones: a list of businesses or of people, arguable",
    },
]

# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "shiryoseikyu-041",
        "charset": "utf-8",
        "sender": ARIMA,
        "to": ["Daniel Ortega <d.ortega@airflow-mx.com>"],
        "cc": ["Manabe <manabe@kawasaki-denki.co.jp>"],
        "subject": "Motor specification for HBF-900E - Kawasaki Denki joining",
        "body": (
            "Dear Mr. Ortega,\n\n"
            "Thank you for your questions about the HBF-900E for your plant in Querétaro.\n\n"
            "The DC motor of the HBF-900E is supplied by our partner Kawasaki Denki, and I have\n"
            "copied Mr. Manabe of their sales promotion team, who can answer the points about\n"
            "60 Hz operation and the motor's insulation class directly.\n\n"
            "To summarise the open questions:\n"
            "  1. Can the motor run continuously at 127 V / 60 Hz with the optional transformer?\n"
            "  2. Insulation class and IP rating of the motor housing.\n"
            "  3. Availability of spare motors in Mexico.\n\n"
            "Manabe-san, could you kindly reply to all on points 1 and 2?\n\n"
            + SIG_EN
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "English three-way mail: an overseas customer and one partner in To/Cc (two external organisations)",
    },
    {
        "id": "shiryoseikyu-042",
        "charset": "iso-2022-jp",
        "sender": SAIJO,
        "to": ["川崎電機株式会社 営業技術部 室井様 <muroi@kawasaki-denki.jp>"],
        "subject": "OEM用DCモーター 仕様確認のお願い（HBF-900E後継機）",
        "body": (
            "川崎電機株式会社\n営業技術部　室井様\n\n"
            "いつもお世話になっております。日の出産業の西條です。\n\n"
            "HBF-900E の後継機について、お客様からのお問い合わせが増えております。\n"
            "以下の点について、貴社DCモーターの仕様をご確認いただけますでしょうか。\n\n"
            "　1. 出力 750W クラスでの最大回転数と効率\n"
            "　2. 屋外設置（IP55）対応の可否\n"
            "　3. 2027年1月以降の供給数量（月300台程度を想定）\n\n"
            "来週のお打合せの前にご回答いただけますと助かります。\n"
            "よろしくお願いいたします。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.jp drops the co. of partner kawasaki-denki.co.jp: look-alike domain (reason 5)",
    },
    {
        "id": "shiryoseikyu-043",
        "charset": "cp932",
        "sender": OKABE,
        "to": ["北陸産機株式会社 能登様 <noto@hokuriku-sanki.co.jp>"],
        "subject": "RE: 5月分 ご紹介案件のフォロー結果",
        "body": (
            "能登様\n\n"
            "お世話になっております。日の出産業 岡部です。\n"
            "5月分のフォロー結果、ありがとうございます。受注2件、おめでとうございます！\n"
            "受注分の販促金は月末締めで処理いたします。\n"
            "失注の2件は、来年度の予算時期に改めてご案内メールを差し上げます。\n\n"
            "岡部\n\n"
            "差出人: 能登 昌平 <noto@hokuriku-sanki.co.jp>\n"
            "送信日時: 2026年6月5日 18:20\n"
            "宛先: 岡部 沙織 <s-okabe@hinode-sangyo.co.jp>\n"
            "件名: 5月分 ご紹介案件のフォロー結果\n\n"
            "日の出産業 岡部様\n\n"
            "5月にご紹介いただいた案件のフォロー結果です。\n\n"
            "会社名\t担当者\t電話\t結果\n"
            "株式会社ヤマセ食品\t宮腰 隆之\t076-478-2291\t受注（HDH-30E×4）\n"
            "黒部メッキ工業\t神保 亜希子\t0765-52-3184\t受注（HSF-450SU×5）\n"
            "金沢ファインテック\t石動 拓真\t070-5530-1827\t見積提出済\n"
            "福井テキスタイル\t酒井 奈々\t0776-54-2219\t失注（他社）\n"
            "高岡鋳物工業\t般若 修\t0766-25-7730\t失注（予算）\n"
            "小松プレス\t辻 和彦\t0761-22-9415\t検討中\n"
            "敦賀製紙\t上野 光男\t0770-22-3341\t検討中\n\n"
            "以上です。\n"
            "北陸産機株式会社 営業部 能登"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the seven-person list sits only in the quoted original (差出人/送信日時) the recipient wrote",
    },
    {
        "id": "shiryoseikyu-044",
        "charset": "utf-8",
        "sender": DESK,
        "to": ["m.hoshikawa@outlook.jp"],
        "subject": "Re: 登録情報の削除のお願い",
        "body": (
            "星川 様\n\n"
            "日の出産業株式会社 資料請求窓口でございます。\n"
            "このたびはご連絡いただきありがとうございます。\n\n"
            "ご依頼のとおり、2024年に資料請求の際にご登録いただいたお客様情報を、\n"
            "弊社の顧客管理システムおよびメール配信リストから削除いたしました。\n"
            "今後、弊社からのご案内メールやカタログが届くことはございません。\n\n"
            "なお、弊社の個人情報の取り扱いにつきましては、下記の個人情報保護方針をご参照ください。\n"
            "https://www.hinode-sangyo.co.jp/privacy/\n\n"
            "ご不便をおかけし申し訳ございませんでした。\n\n"
            "日の出産業株式会社 資料請求窓口\n"
            "TEL 03-5201-7745（平日 9:00〜17:30）"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "confirming a deletion request to one private person; 個人情報 only in passing",
    },
    {
        "id": "shiryoseikyu-045",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["株式会社みちのく設備 佐々木様 <sasaki@michinoku-setsubi.co.jp>"],
        "subject": "FW: 【Webフォーム】資料請求受付通知（東北エリア・5件）",
        "body": (
            "佐々木様\n\n"
            "お世話になっております。日の出産業の古閑です。\n"
            "今週の東北エリアのWebフォーム受付分を、通知メールのまま転送します。\n"
            "フォローをよろしくお願いいたします。\n\n"
            "古閑\n\n"
            "---------- Forwarded message ----------\n"
            "From: フォーム受付通知 <noreply@form.tsubasa-system.jp>\n"
            "Date: 2026年6月19日(金) 8:00\n"
            "Subject: 【Webフォーム】資料請求受付通知（5件）\n"
            "To: shiryo@hinode-sangyo.co.jp\n\n"
            "過去24時間の受付は5件です。\n\n"
            "【受付番号】F-260618-0031\n"
            "お名前：工藤 綾香（クドウ アヤカ）\n"
            "会社名：盛岡ファーム株式会社\n"
            "電話番号：019-688-2041\n"
            "メール：kudo@morioka-farm.co.jp\n"
            "住所：岩手県盛岡市手代森14-22\n"
            "ご請求資料：大型送風機カタログ\n\n"
            "【受付番号】F-260618-0034\n"
            "お名前：阿部 俊（アベ シュン）\n"
            "会社名：（個人）\n"
            "電話番号：090-2715-8846\n"
            "メール：shun.abe.0612@gmail.com\n"
            "住所：宮城県石巻市中央2-9-11\n"
            "ご請求資料：除湿機総合カタログ\n\n"
            "【受付番号】F-260618-0036\n"
            "お名前：斎藤 千尋（サイトウ チヒロ）\n"
            "会社名：山形精密鋳造株式会社\n"
            "電話番号：023-686-3120\n"
            "メール：c-saito@yamagata-seimitsu.co.jp\n"
            "住所：山形県山形市立谷川3-1408\n"
            "ご請求資料：スポットクーラー\n\n"
            "【受付番号】F-260618-0040\n"
            "お名前：菊池 陽介（キクチ ヨウスケ）\n"
            "会社名：有限会社会津漆器工房\n"
            "電話番号：0242-27-5519\n"
            "メール：kikuchi@aizu-shikki.jp\n"
            "住所：福島県会津若松市大町1-6-8\n"
            "ご請求資料：除湿機総合カタログ\n\n"
            "【受付番号】F-260619-0002\n"
            "お名前：成田 美咲（ナリタ ミサキ）\n"
            "会社名：青森りんご加工協同組合\n"
            "電話番号：0172-88-4016\n"
            "メール：narita@aomori-ringo.or.jp\n"
            "住所：青森県弘前市大字豊田2-3-1\n"
            "ご請求資料：総合カタログ\n"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded form digest of five inquirers (one record per block) to a distributor: a forward is new text (reason 1)",
    },
    {
        "id": "shiryoseikyu-046",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["浜名ゴム工業株式会社 購買部 大槻様 <otsuki@hamana-gomu.co.jp>"],
        "subject": "過去のお見積り一覧（ご依頼の件）",
        "body": (
            "浜名ゴム工業株式会社\n購買部　大槻様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "ご依頼の、過去3年間に貴社へ提出したお見積りの一覧をお送りします。\n"
            "古いシステムから出力したため、xls形式となっております。\n"
            "予算策定のご参考になれば幸いです。\n\n"
            "西條 拓海\n日の出産業株式会社 インサイドセールス課　TEL 03-5201-7743"
        ),
        "attachments": [
            {
                "kind": "xls",
                "name": "見積履歴_浜名ゴム工業様_2023-2026.xls",
                "sheets": {
                    "見積履歴": [
                        ["見積番号", "提出日", "品番", "品名", "数量", "単価", "結果"],
                        ["Q-2023-0711-03", "2023/07/11", "HSF-600", "大型工場扇", 10, 58000, "受注"],
                        ["Q-2024-0520-01", "2024/05/20", "HDH-30E", "業務用除湿機", 2, 255000, "受注"],
                        ["Q-2024-1108-02", "2024/11/08", "FL-12", "中性能フィルター", 40, 4200, "受注"],
                        ["Q-2025-0614-05", "2025/06/14", "HSC-25W", "スポットクーラー", 4, 142000, "失注"],
                        ["Q-2026-0302-01", "2026/03/02", "HBF-900E", "大型送風機", 3, 198000, "検討中"],
                    ],
                    "備考": [["価格はいずれも税抜。2025年10月に価格改定あり。"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of quotation numbers, product codes and prices: no personal data",
    },
    {
        "id": "shiryoseikyu-047",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["北都工業大学 真壁先生 <makabe@eng.hokuto-tech.ac.jp>"],
        "subject": "吸音材サンプル（SP-A100）ご提供の件",
        "body": (
            "北都工業大学 工学部 建築環境研究室\n真壁 先生\n\n"
            "はじめてご連絡いたします。日の出産業株式会社の宇佐美と申します。\n"
            "弊社Webサイトより研究用サンプルのご依頼をいただき、ありがとうございました。\n\n"
            "ご依頼の吸音パネル SP-A100（300×300mm）を10枚、無償にてご提供いたします。\n"
            "6月24日に研究室宛てに発送予定です。\n\n"
            "あわせて、JIS A 1409 による残響室法吸音率の社内測定データ（周波数別）が必要でしたら、\n"
            "お送りできますのでお申し付けください。\n"
            "研究成果をご発表される際に弊社製品名を記載いただく場合は、事前にご一報いただけますと幸いです。\n\n"
            + sig_line("宇佐美 航", "w-usami@hinode-sangyo.co.jp", "316")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sample offer to a university lab (.ac.jp); only the professor's name in the salutation",
    },
    {
        "id": "shiryoseikyu-048",
        "charset": "utf-8",
        "sender": ARIMA,
        "to": ["Somchai Rattanakul <somchai@siamcool-trading.co.th>"],
        "subject": "Distributor price schedule H2 2026",
        "body": (
            "Dear Khun Somchai,\n\n"
            "As discussed in our video call, please find attached our distributor price schedule\n"
            "for the second half of 2026, together with the volume rebate table.\n"
            "The new prices apply to orders confirmed from 1 October.\n\n"
            "Please let me know if you have any questions.\n\n"
            + SIG_EN
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "Hinode_Distributor_Price_Schedule_H2_2026.pdf",
                "title": "Distributor Price Schedule H2 2026 - CONFIDENTIAL",
                "page_header": "CONFIDENTIAL",
                "page_footer": "Confidential - Hinode Sangyo Co., Ltd. - Not for redistribution",
                "lines": ["Distributor Price Schedule H2 2026 (FOB Yokohama, USD)", "Classification: Confidential", ""],
                "table": [
                    ["Model", "List price", "Distributor price", "MOQ"],
                    ["HSF-600", "520", "302", "20"],
                    ["HDH-30E", "1,980", "1,188", "5"],
                    ["HDH-60E", "3,450", "2,070", "5"],
                    ["HBF-900E", "1,470", "912", "10"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF classified CONFIDENTIAL in title, page header and footer sent to an overseas distributor (reason 6)",
    },
    {
        "id": "shiryoseikyu-049",
        "charset": "cp932",
        "sender": KOGA,
        "to": ["株式会社東邦アーカイブ 倉庫管理部 鷲尾様 <washio@toho-archive.co.jp>"],
        "subject": "機密文書保管庫の湿度管理について（ご提案）",
        "body": (
            "株式会社東邦アーカイブ\n倉庫管理部　鷲尾様\n\n"
            "お世話になっております。日の出産業の古閑でございます。\n"
            "先日お問い合わせいただいた、機密文書保管庫（地下2階・約300㎡）の湿度管理について、\n"
            "以下のとおりご提案いたします。\n\n"
            "・紙文書の保管に適した湿度は 50〜60％程度とされております。\n"
            "・業務用除湿機 HDH-30E を2台、連続排水ホースで設置する案が適当と考えます。\n"
            "・保管庫内に立ち入らずに確認できるよう、湿度ロガー（HLG-2）を併設いただくと安心です。\n\n"
            "お客様からお預かりしている機密書類の保管庫とのことですので、設置・点検の際は\n"
            "貴社のご入室ルールに従って作業いたします。\n\n"
            "概算：HDH-30E×2台 536,000円、HLG-2×2台 38,000円（いずれも税抜）\n\n"
            + sig_line("古閑 理恵", "r-koga@hinode-sangyo.co.jp", "312")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "機密 describes the customer's document vault; the mail itself carries no marking",
    },
    {
        "id": "shiryoseikyu-050",
        "charset": "iso-2022-jp",
        "sender": DESK,
        "to": [DESK],
        "bcc": [
            "t.kanzaki@gmail.com", "haruka_sonobe@yahoo.co.jp", "ryo.ichinose@icloud.com",
            "shun.abe.0612@gmail.com", "hina.kiryu@gmail.com", "t.isurugi@icloud.com",
            "m-ueda-home@outlook.jp", "kenta.hirayama@ezweb.ne.jp",
        ],
        "subject": "【日の出産業】家庭用除湿機 HDH-10 新カタログのご案内",
        "body": (
            "お客様各位\n\n"
            "日頃より日の出産業の製品にご関心をお寄せいただき、ありがとうございます。\n"
            "本メールは、これまでに家庭用製品の資料をご請求いただいたお客様に、\n"
            "BCCにて一斉にお送りしております。\n\n"
            "家庭用除湿機 HDH-10 シリーズの新カタログが完成しました。\n"
            "衣類乾燥モードを強化した新機種 HDH-10D も掲載しております。\n"
            "https://www.hinode-sangyo.co.jp/catalog/hdh10/\n\n"
            "今後のご案内が不要な方は、お手数ですが本メールにその旨ご返信ください。\n\n"
            "日の出産業株式会社 資料請求窓口\nTEL 03-5201-7745"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "announcement to private persons correctly sent in Bcc; To is the desk's own address",
    },
    {
        "id": "shiryoseikyu-051",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["東海機材商会 取引審査担当 <shinsa@tokai-kizai.co.jp>"],
        "subject": "二次店登録申込み（個人事業主）の本人確認情報",
        "body": (
            "東海機材商会\n取引審査ご担当者様\n\n"
            "お世話になっております。日の出産業の岡部です。\n"
            "貴社の二次店として取引を希望されている個人事業主の方について、\n"
            "弊社窓口でお預かりした本人確認情報をお送りいたします。与信審査をお願いいたします。\n\n"
            "屋号　　　：かみや設備サービス\n"
            "氏名　　　：神谷 浩二（カミヤ コウジ）\n"
            "生年月日　：昭和５３年１０月７日\n"
            "住所　　　：愛知県岡崎市美合町字平端１８－３\n"
            "電話　　　：０９０－５５１８－２７０３\n"
            "運転免許証：第 ５４２１ ０８８３ ７６１０ 号（愛知県公安委員会）\n"
            "　　　　　　有効期限 令和９年１１月７日\n\n"
            "開業届の控えは郵送で到着済みです。\n"
            "よろしくお願いいたします。\n\n"
            + sig_line("岡部 沙織", "s-okabe@hinode-sangyo.co.jp", "305")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a sole proprietor's driver's licence number with birth date in full-width digits to a distributor (reason 2)",
    },
    {
        "id": "shiryoseikyu-052",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["青葉運輸株式会社 法人営業部 柏木様 <kashiwagi@aoba-unyu.co.jp>"],
        "cc": ["港北倉庫株式会社 管理部 三輪様 <miwa@kohoku-soko.co.jp>"],
        "subject": "デモ機搬入（6/26 港北倉庫様）当日の連絡先",
        "body": (
            "青葉運輸 柏木様\n（CC：港北倉庫 三輪様）\n\n"
            "お世話になっております。日の出産業の宇佐美です。\n"
            "6月26日（金）のデモ機（HBF-900E×2台）搬入について、当日の連絡先をお知らせします。\n\n"
            "搬入先：港北倉庫株式会社 新羽倉庫 3番バース（横浜市港北区新羽町1540）\n"
            "時間　：10:00〜11:00\n\n"
            "当日の立会い：港北倉庫 管理部 三輪 早苗 様　携帯 080-6624-1397\n"
            "守衛所受付　：警備担当 鈴村 様　045-541-0019（守衛所直通）\n\n"
            "三輪様、ドライバーが到着しましたら守衛所から三輪様の携帯へご連絡いたします。\n"
            "よろしくお願いいたします。\n\n"
            "宇佐美 航（日の出産業 インサイドセールス課）\nTEL 03-5201-7746"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "two on-site contacts for a delivery, to the carrier with the customer in Cc: two organisations, two people",
    },
    {
        "id": "shiryoseikyu-053",
        "charset": "iso-2022-jp",
        "sender": SAIJO,
        "to": ["丸栄精工株式会社 設備課 田代様 <tashiro@maruei-seiko.co.jp>"],
        "subject": "見積明細（Excel）の送付",
        "body": (
            "田代様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "先ほどお電話でお話しした見積明細をExcelでお送りします。\n"
            "台数を変えてご検討いただけるよう、数量欄は入力できるようにしてあります。\n\n"
            "西條"
        ),
        "attachments": [{"kind": "corrupt", "name": "見積明細_丸栄精工様_Q-2026-0622-01.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected (reason 7)",
    },
    {
        "id": "shiryoseikyu-054",
        "charset": "utf-8",
        "sender": OKABE,
        "to": [NONOMURA],
        "subject": "大阪営業所向け 見積テンプレート一式（パスワード付）",
        "body": (
            "野々村さん\n\n"
            "お疲れさまです。岡部です。\n"
            "先日お話しした見積テンプレートの新版を送ります。\n"
            "社内ルールに合わせてパスワードを掛けています。パスワードは Teams で送りました。\n\n"
            "岡部"
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "見積テンプレート_2026下期.zip",
                "password": "Osk-2026-H2",
                "files": [
                    {"kind": "xlsx", "name": "見積テンプレート_標準.xlsx",
                     "sheets": {"見積": [["見積番号", "品番", "数量", "単価", "金額"], ["", "", "", "", ""]]}},
                    {"kind": "xlsx", "name": "価格マスタ_2026下期.xlsx",
                     "sheets": {"価格": [["品番", "希望小売価格"], ["HSF-450", 38500], ["HDH-30E", 268000]]}},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP sent only to an internal subdomain (osaka.hinode-sangyo.co.jp)",
    },
    {
        "id": "shiryoseikyu-055",
        "charset": "iso-2022-jp",
        "sender": HIGAKI,
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "販売店契約書・秘密保持条項の改定案ご確認のお願い",
        "body": (
            "白川法律事務所\n白川 先生\n\n"
            "いつも大変お世話になっております。日の出産業の檜垣でございます。\n\n"
            "特約店との販売店契約書について、来期の更新にあわせて以下の条項を見直したく、\n"
            "ご確認をお願いできますでしょうか。\n\n"
            "　1. 第12条（秘密保持）：リード情報（見込み客情報）の取扱いを明記し、\n"
            "　　 目的外利用の禁止と、契約終了時の返還・消去義務を追加したい\n"
            "　2. 第15条（個人情報の取扱い）：個人情報保護法の第三者提供の記録義務への対応\n"
            "　3. 別紙として、貴事務所でご用意いただいた秘密保持契約書のひな形を添付する形でよいか\n\n"
            "現行の契約書は先日郵送いたしました。\n"
            "7月上旬までにご意見をいただけますと幸いです。\n\n"
            "日の出産業株式会社 営業本部 インサイドセールス課 課長\n檜垣 透\nTEL 03-5201-7740（内線300）"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail to the partner law firm about NDA / 個人情報 clauses: the words appear only as topics",
    },
    {
        "id": "shiryoseikyu-056",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["浜名ゴム工業株式会社 購買部 大槻様 <otsuki@hamana-gomu.co.jp>"],
        "cc": [
            "東海機材商会 早川様 <hayakawa@tokai-kizai.co.jp>",
            "青葉運輸株式会社 柏木様 <kashiwagi@aoba-unyu.co.jp>",
            SAIJO,
        ],
        "subject": "評価用サンプル（フィルター）納品日程の調整",
        "body": (
            "大槻様\n（CC：東海機材商会 早川様、青葉運輸 柏木様、弊社 西條）\n\n"
            "お世話になっております。日の出産業の宇佐美です。\n"
            "評価用フィルターサンプルの納品について、関係者の皆様に一度にご相談させてください。\n\n"
            "・サンプル：FL-07 × 20枚、FL-12 × 6枚\n"
            "・出荷：6月29日（月）物流センター発\n"
            "・納品候補日：6月30日（火）または7月1日（水）午前\n\n"
            "大槻様：受入可能な日をお知らせください。\n"
            "早川様：納品時の立会いと、取付説明をお願いできますでしょうか。\n"
            "柏木様：湖西市鷲津の工場への時間指定便の手配をお願いいたします。\n\n"
            "よろしくお願いいたします。\n\n"
            + sig_line("宇佐美 航", "w-usami@hinode-sangyo.co.jp", "316")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "a customer, a distributor and the carrier (three external organisations) all visible in To/Cc (reason 4)",
    },
    {
        "id": "shiryoseikyu-057",
        "charset": "cp932",
        "sender": HASUMI,
        "to": ["株式会社ブリッジエージェンシー 安達様 <adachi@bridge-agency.co.jp>"],
        "subject": "5月度 資料請求の集計（広告効果測定用）",
        "body": (
            "株式会社ブリッジエージェンシー\n安達様\n\n"
            "お世話になっております。日の出産業の蓮見です。\n"
            "5月度のWeb広告効果測定用に、資料請求の集計値をお送りします。\n"
            "個人が特定できる情報は含めず、件数のみとしております。\n\n"
            "■流入元別\n"
            "　リスティング広告　　　　 142件\n"
            "　SNS広告　　　　　　　　　 38件\n"
            "　自然検索　　　　　　　　 211件\n"
            "　展示会QR　　　　　　　　　 57件\n"
            "　合計　　　　　　　　　　 448件\n\n"
            "■地域別（上位5）\n"
            "　愛知県 61件／東京都 58件／大阪府 44件／埼玉県 31件／静岡県 27件\n\n"
            "■業種別\n"
            "　製造業 52％／物流・倉庫 21％／食品 12％／個人 9％／その他 6％\n\n"
            "6月度の出稿計画について、来週お打合せできれば幸いです。\n\n"
            "蓮見 真琴\n日の出産業株式会社 営業本部 販売促進担当　TEL 03-5201-7751"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated counts only (by channel, prefecture, industry) to an ad agency; no person",
    },
    {
        "id": "shiryoseikyu-058",
        "charset": "iso-2022-jp",
        "sender": HASUMI,
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "7/9 セミナー後の懇親会 お食事のご配慮のお願い",
        "body": (
            "さくらホテル\n宴会予約係 ご担当者様\n\n"
            "いつもお世話になっております。日の出産業の蓮見です。\n"
            "7月9日（木）18時からの懇親会（楓の間・40名）について、\n"
            "事前に参加者からお申し出のあったお食事のご配慮をお願いいたします。\n\n"
            "・丸栄精工株式会社 田代 浩一 様\n"
            "　そばアレルギー（医師の診断あり、アナフィラキシーの既往あり）\n"
            "・株式会社大和田製作所 小野寺 誠 様\n"
            "　糖尿病で治療中のため、ご飯・デザートは少なめに\n"
            "・Airflow MX Daniel Ortega 様\n"
            "　イスラム教徒のため豚肉・アルコールを使用しないお料理（ハラール対応）\n\n"
            "お席札にも目立たないよう印をつけていただけますと助かります。\n"
            "よろしくお願いいたします。\n\n"
            "日の出産業株式会社 営業本部 販売促進担当　蓮見 真琴\nTEL 03-5201-7751"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named guests' medical history (allergy, diabetes) and religion sent to the hotel (reason 3)",
    },
    {
        "id": "shiryoseikyu-059",
        "charset": "utf-8",
        "sender": KUJI,
        "to": ["ホームセンターかどや 仕入部 <shiire@kadoya-hc.co.jp>"],
        "subject": "HDH-10D 商品画像・仕様データのご送付",
        "body": (
            "ホームセンターかどや\n仕入部 ご担当者様\n\n"
            "お世話になっております。日の出産業 資料請求窓口の久慈です。\n"
            "店頭POPと通販サイト掲載用に、HDH-10D の商品画像と仕様テキストをお送りします。\n"
            "高解像度の画像が必要な場合は、ダウンロードURLをご案内いたします。\n\n"
            "久慈 奈央\n日の出産業株式会社 資料請求窓口　03-5201-7745"
        ),
        "attachments": [
            {"kind": "png", "name": "HDH-10D_front.png"},
            {
                "kind": "txt",
                "name": "HDH-10D_仕様.txt",
                "text": (
                    "商品名：コンパクト除湿機 HDH-10D\n"
                    "JANコード：4573281460127\n"
                    "除湿能力：10L/日（50Hz）・11L/日（60Hz）\n"
                    "タンク容量：3.0L\n"
                    "運転音：36dB（弱）\n"
                    "外形寸法：W330×D210×H520mm\n"
                    "質量：11.2kg\n"
                    "希望小売価格：39,800円（税抜）\n"
                ),
            },
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product image and a spec text file to a retailer; JAN code is not personal data",
    },
    {
        "id": "shiryoseikyu-060",
        "charset": "cp932",
        "sender": SAIJO,
        "to": ["港北倉庫株式会社 管理部 三輪様 <miwa@kohoku-soko.co.jp>"],
        "subject": "現地調査（7/2）入構者のご連絡",
        "body": (
            "三輪様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "7月2日（木）の現地調査に伺う弊社メンバーをお知らせします。\n"
            "入構証の手配をお願いいたします。\n\n"
            "氏名　　　　所属　　　　　　　　　携帯電話　　　　　車両\n"
            "西條 拓海　　インサイドセールス課　080-2291-4730　　品川 500 さ 41-07\n"
            "宇佐美 航　　インサイドセールス課　090-6138-5502　　（同乗）\n"
            "加賀谷 亮　　技術サービス課　　　　080-7713-2096　　（同乗）\n"
            "大場 紗季　　技術サービス課　　　　070-3364-8815　　（同乗）\n\n"
            "当日は9時45分に守衛所へ伺います。\n"
            "よろしくお願いいたします。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visiting staff members' mobiles for a gate pass: one to four people, may be warned",
    },
]

# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "shiryoseikyu-061",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["北陸産機株式会社 能登様 <noto@hokuriku-sanki.co.jp>"],
        "subject": "北陸エリア 見積依頼一覧（6月分・PDF）",
        "body": (
            "能登様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "6月に弊社窓口へ見積依頼のあった北陸エリアのお客様を一覧にしました（PDF）。\n"
            "担当者様の直通・携帯も記載していますので、訪問アポの調整をお願いいたします。\n\n"
            "西條 拓海\n日の出産業株式会社 インサイドセールス課\nTEL 03-5201-7743"
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "見積依頼一覧_北陸_2026年6月.pdf",
                "title": "見積依頼一覧 北陸 2026年6月",
                "lines": ["見積依頼一覧（北陸エリア）2026年6月受付分", "作成：日の出産業 インサイドセールス課", ""],
                "table": [
                    ["会社名", "担当者", "直通TEL", "携帯", "メール", "希望機種"],
                    ["金沢ファインテック", "石動 拓真", "076-249-3015", "070-5530-1827", "isurugi@kanazawa-ft.co.jp", "HDH-30E×2"],
                    ["福井テキスタイル", "酒井 奈々", "0776-54-2219", "090-1863-4470", "sakai@fukui-tex.co.jp", "HSF-600×6"],
                    ["高岡鋳物工業", "般若 修", "0766-25-7730", "080-9926-3318", "hannya@takaoka-imono.co.jp", "HSC-25W×3"],
                    ["小松プレス", "辻 和彦", "0761-22-9415", "090-2247-6651", "tsuji@komatsu-press.co.jp", "HBF-900E×4"],
                    ["輪島食品加工", "中浦 梢", "0768-22-4180", "080-5518-2079", "nakaura@wajima-foods.jp", "HDH-10×8"],
                    ["魚津アルミ工業", "浜田 啓介", "0765-24-1196", "070-6614-5583", "hamada@uozu-alumi.co.jp", "HSF-450×10"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six contacts with direct lines, mobiles and e-mails in a PDF table to a distributor (reason 1)",
    },
    {
        "id": "shiryoseikyu-062",
        "charset": "iso-2022-jp",
        "sender": SAIJO,
        "to": ["北国フーズ株式会社 工務部 白石様 <shiraishi@kitaguni-foods.co.jp>"],
        "subject": "Re: 千歳工場 スポットクーラー納品日について",
        "body": (
            "白石様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "納品日のご希望、承知いたしました。\n\n"
            "HSC-25W 8台は7月8日（水）の午前着で手配いたします。\n"
            "搬入は貴社ご指定の東側搬入口、2tトラック1台での納品となります。\n"
            "開梱・試運転は弊社技術サービス課が同日午後に伺います。\n\n"
            "引き続きよろしくお願いいたします。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
            + "\n\n" + DISC_JA2 + "\n\n"
            "2026年6月24日(水) 9:14 白石 <shiraishi@kitaguni-foods.co.jp>:\n"
            "> 日の出産業 西條様\n"
            "> \n"
            "> 改訂見積の件、社内決裁が下りましたので発注いたします。\n"
            "> 納品は7月第2週の前半でお願いできますか。\n"
            "> 搬入口は東側をご利用ください。\n"
            "> \n"
            "> 北国フーズ 白石"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "delivery arrangement reply with a quoted original and a 秘密情報 disclaimer",
    },
    {
        "id": "shiryoseikyu-063",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["檜垣 透 <t-higaki@hinode-sanygo.co.jp>"],
        "subject": "週報（6/22〜6/26）岡部",
        "body": (
            "檜垣さん\n\n"
            "今週の週報です。\n\n"
            "■対応件数\n"
            "　資料請求 38件（うち個人 6件）、見積依頼 9件、サンプル依頼 4件\n\n"
            "■要フォロー案件\n"
            "　・美濃鋳造 安江様（0575-24-6672）：スポットクーラー4台、東海機材で対応中\n"
            "　・輪島食品加工 中浦様（080-5518-2079）：HDH-10×8台、価格交渉あり\n\n"
            "■来週\n"
            "　・展示会（インテックス大阪）のリード振り分け\n"
            "　・北陸産機さんと月次定例\n\n"
            "岡部"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "weekly report meant for the manager goes to hinode-sanygo.co.jp, a swapped-letter look-alike of the own domain (reason 5)",
    },
    {
        "id": "shiryoseikyu-064",
        "charset": "cp932",
        "sender": HIGAKI,
        "to": ["九州ファクトリーサプライ 中園様 <nakazono@kyushu-fsupply.co.jp>"],
        "subject": "上期 販売実績（貴社経由分）のご報告",
        "body": (
            "九州ファクトリーサプライ株式会社\n営業部長　中園様\n\n"
            "いつもお世話になっております。日の出産業の檜垣でございます。\n"
            "上期（1〜6月）の貴社経由の販売実績を、得意先別にまとめました。\n"
            "下期の重点先のご相談に使っていただければと思います。\n\n"
            "檜垣 透\n日の出産業株式会社 インサイドセールス課 課長\nTEL 03-5201-7740（内線300）"
        ),
        "attachments": [
            {
                "kind": "xls",
                "name": "販売実績_九州FS経由_2026上期.xls",
                "sheets": {
                    "得意先別": [
                        ["得意先", "所在地", "1月", "2月", "3月", "4月", "5月", "6月", "合計(千円)"],
                        ["北九州スチール株式会社", "福岡県北九州市", 0, 0, 420, 0, 1180, 860, 2460],
                        ["有明ロジスティクス株式会社", "長崎県佐世保市", 0, 0, 0, 0, 0, 594, 594],
                        ["株式会社さつま酒造", "鹿児島県鹿児島市", 268, 0, 0, 0, 0, 268, 536],
                        ["鹿屋製氷株式会社", "鹿児島県鹿屋市", 0, 0, 0, 312, 0, 0, 312],
                        ["株式会社天草マリンフーズ", "熊本県天草市", 0, 0, 0, 0, 186, 0, 186],
                    ],
                    "機種別": [
                        ["機種", "台数"], ["HSF-600", 24], ["HDH-30E", 6], ["HSC-25W", 5], ["HBF-900E", 3],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sales by customer company and by model: a list of businesses, not people",
    },
    {
        "id": "shiryoseikyu-065",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["egashira.naoto@gmail.com"],
        "cc": [KUJI],
        "subject": "吸音材サンプル発送先のご確認",
        "body": (
            "江頭 直人 様\n\n"
            "日の出産業株式会社の宇佐美でございます。\n"
            "吸音パネルのサンプルをご請求いただき、ありがとうございます。\n"
            "発送の前に、お届け先を確認させてください。\n\n"
            "　お名前：江頭 直人 様\n"
            "　ご住所：〒811-2304 福岡県糟屋郡粕屋町仲原2-14-6 グランメゾン仲原203\n"
            "　お電話：090-8147-3320\n\n"
            "上記でよろしければ、6月29日（月）に発送いたします。\n"
            "誤りがございましたら、本メールにご返信ください。\n\n"
            + sig_line("宇佐美 航", "w-usami@hinode-sangyo.co.jp", "316")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "a private person's own delivery details echoed back to him on gmail: one person, may be warned",
    },
    {
        "id": "shiryoseikyu-066",
        "charset": "utf-8",
        "sender": KOGA,
        "to": ["関西ツール販売株式会社 吉岡様 <yoshioka@kansai-tool.co.jp>"],
        "subject": "二次店お取引申込書の送付（グエン様）",
        "body": (
            "吉岡様\n\n"
            "お世話になっております。日の出産業の古閑です。\n"
            "東大阪で空調設備の工事業を営まれている個人事業主のグエン様から、\n"
            "弊社製品の取扱いについてご相談があり、貴社の二次店としてのお取引をご案内しました。\n"
            "お預かりした取引申込書をWordで添付いたします。審査をお願いいたします。\n\n"
            "古閑\n日の出産業株式会社 インサイドセールス課　TEL 03-5201-7740（内線312）"
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "取引申込書_グエン空調サービス.docx",
                "title": "取引申込書",
                "paragraphs": ["取引申込書（個人事業主用）", "記入日：2026年6月23日"],
                "tables": [
                    [
                        ["項目", "内容"],
                        ["屋号", "グエン空調サービス"],
                        ["氏名", "NGUYEN VAN HUNG（グエン ヴァン フン）"],
                        ["生年月日", "1988年3月14日"],
                        ["住所", "大阪府東大阪市長田東3-2-17 ハイツ長田402"],
                        ["電話", "080-4472-9315"],
                        ["在留カード番号", "UH48213695KA"],
                        ["在留資格", "永住者"],
                        ["取引希望品目", "業務用除湿機、スポットクーラー"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a sole proprietor's residence card number in a DOCX application to a distributor (reason 2)",
    },
    {
        "id": "shiryoseikyu-067",
        "charset": "utf-8",
        "sender": ARIMA,
        "to": ["Lim Wei Ling <weiling.lim@tropicair-eng.com.sg>"],
        "subject": "Shipment notice - PO TAE-2026-0418 / Invoice HS-EX-26-0112",
        "body": (
            "Dear Ms. Lim,\n\n"
            "We are pleased to inform you that your order has been shipped.\n\n"
            "  Your PO        : TAE-2026-0418\n"
            "  Our invoice    : HS-EX-26-0112\n"
            "  Goods          : HDH-60E industrial dehumidifier x 8, spare filter FL-12 x 16\n"
            "  Vessel         : ONE ORPHEUS V.062S, ETD Yokohama 3 Jul, ETA Singapore 11 Jul\n"
            "  B/L No.        : ONEYTYOF42187700\n"
            "  Container      : TCLU 482915-6 (20' dry)\n"
            "  HS code        : 8479.89\n\n"
            "The commercial invoice and packing list will follow by courier.\n\n"
            + SIG_EN
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipment notice full of order, B/L, container and HS numbers: none is personal data",
    },
    {
        "id": "shiryoseikyu-068",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["浜名ゴム工業株式会社 購買部 大槻様 <otsuki@hamana-gomu.co.jp>"],
        "subject": "下期 展示会出展予定のご案内",
        "body": (
            "浜名ゴム工業株式会社\n購買部　大槻様\n\n"
            "いつもお世話になっております。日の出産業の蓮見です。\n"
            "下期の展示会出展予定をお知らせします。実機をご覧いただける機会ですので、\n"
            "お近くの会場にぜひお立ち寄りください。招待券が必要でしたらお送りします。\n\n"
            "会期　　　　　　展示会名　　　　　　　　　会場　　　　　　　　小間番号\n"
            "--------------------------------------------------------------------------\n"
            "9/9〜9/11　　　メンテナンス・レジリエンス　東京ビッグサイト　　E2-114\n"
            "10/14〜10/16　 ものづくりワールド名古屋　 ポートメッセなごや　3-208\n"
            "11/4〜11/6　　 関西設備機器展　　　　　 インテックス大阪　　6A-31\n"
            "1/27〜1/29　　 冷凍・空調・暖房展　　　 東京ビッグサイト　　W1-402\n\n"
            "静岡からは名古屋会場が便利かと存じます。\n\n"
            "蓮見 真琴\n日の出産業株式会社 営業本部 販売促進担当　TEL 03-5201-7751"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a padded list of trade shows (events and venues): no personal data",
    },
    {
        "id": "shiryoseikyu-069",
        "charset": "cp932",
        "sender": KUJI,
        "to": ["黒部メッキ工業株式会社 総務課 神保様 <jinbo@kurobe-mekki.co.jp>"],
        "subject": "HSF-450SU 製品リーフレットのご送付",
        "body": (
            "黒部メッキ工業株式会社\n総務課　神保様\n\n"
            "お世話になっております。日の出産業 資料請求窓口の久慈です。\n"
            "お電話でご依頼のあった、耐薬品仕様 HSF-450SU のリーフレットをお送りします。\n"
            "北陸産機様の現地調査は7月3日で調整中と伺っております。\n\n"
            "よろしくお願いいたします。\n\n"
            + sig_bar("久慈 奈央", "くじ なお", "shiryo@hinode-sangyo.co.jp", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "HSF-450SU_リーフレット.pdf",
                "lines": ["耐薬品仕様 工場扇 HSF-450SU", "羽根・ガード SUS304／モーター IP55", "希望小売価格 52,000円（税抜）"],
            },
            {
                "kind": "docx",
                "name": "問い合わせ対応マニュアル_v3.docx",
                "title": "問い合わせ対応マニュアル（部外秘）",
                "page_header": "部外秘　インサイドセールス課 内部資料",
                "page_footer": "部外秘・持出禁止",
                "paragraphs": [
                    "問い合わせ対応マニュアル v3",
                    "1. 個人のお客様からの価格問い合わせには、希望小売価格のみを回答する。",
                    "2. 特約店の仕切率・リベート条件は絶対に回答しない。",
                    "3. 競合品（A社・B社）との比較を求められた場合は、別紙の比較トークを使う。",
                    "4. 値引き要求には、課長承認のうえ最大8％まで。",
                ],
            },
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "an internal manual stamped 部外秘 in header and footer attached by mistake to a customer reply (reason 6)",
    },
    {
        "id": "shiryoseikyu-070",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["武蔵野機工株式会社 高村様 <takamura@musashino-kiko.co.jp>"],
        "subject": "お電話でのお問い合わせ（鶴見工機様）",
        "body": (
            "高村様\n\n"
            "お世話になっております。日の出産業の古閑です。\n"
            "本日お電話でお問い合わせがありましたので、フォローをお願いいたします。\n\n"
            "＜電話メモ＞\n"
            "受付：6月24日 14:20（古閑）\n"
            "会社：鶴見工機株式会社（横浜市鶴見区）\n"
            "お名前：総務課 坂東 祐介 様\n"
            "連絡先：045-503-7719（直通）\n"
            "内容：工場2階の事務所が暑く、スポットクーラーを2〜3台検討中。\n"
            "　　　電源が100Vしかないとのことで、HSC-18（100V）を案内済み。\n"
            "　　　来週以降なら現地確認可。\n\n"
            "よろしくお願いいたします。\n\n"
            "古閑 理恵（日の出産業 インサイドセールス課）"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a phone memo with one customer contact's direct line to a distributor: one person",
    },
    {
        "id": "shiryoseikyu-071",
        "charset": "utf-8",
        "sender": HIGAKI,
        "to": [
            "東海機材商会 早川様 <hayakawa@tokai-kizai.co.jp>",
            "北陸産機株式会社 能登様 <noto@hokuriku-sanki.co.jp>",
            "九州ファクトリーサプライ 中園様 <nakazono@kyushu-fsupply.co.jp>",
            "関西ツール販売株式会社 吉岡様 <yoshioka@kansai-tool.co.jp>",
        ],
        "cc": [OKABE],
        "subject": "Re: 【ご連絡】10月出荷分からの価格改定について",
        "body": (
            "特約店各位\n\n"
            "いつもお世話になっております。日の出産業の檜垣です。\n"
            "先日ご案内した価格改定について、複数の特約店様から同じご質問をいただきましたので、\n"
            "まとめて回答いたします。\n\n"
            "Q. 9月末までに受注し、10月に出荷する分は旧価格か。\n"
            "A. 9月30日までに注文書をいただいたものは、出荷日にかかわらず旧価格で承ります。\n\n"
            "Q. 消耗品（フィルター類）も対象か。\n"
            "A. 消耗品は今回の改定対象外です。\n\n"
            "以上、よろしくお願いいたします。\n\n"
            "檜垣 透\n日の出産業株式会社 インサイドセールス課 課長"
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four competing distributors placed together in To: should have been Bcc (reason 4)",
    },
    {
        "id": "shiryoseikyu-072",
        "charset": "cp932",
        "sender": HIGAKI,
        "to": [TEAM],
        "subject": "【社外秘】特約店仕切価格表 下期版の共有",
        "body": (
            "インサイドセールス課 各位\n\n"
            "下期の仕切価格表（社外秘）を共有します。\n"
            "特約店への送付は私から行いますので、各自では送らないでください。\n"
            "見積作成時の原価確認にのみ使用してください。\n\n"
            "檜垣"
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "【社外秘】仕切価格表_2026下期.xlsx",
                "page_header": "社外秘",
                "sheets": {
                    "仕切価格": [
                        ["【社外秘】2026年度下期 特約店向け仕切価格表"],
                        ["型式", "希望小売価格", "仕切価格", "原価"],
                        ["HSF-450", 38500, 22330, 14100],
                        ["HDH-30E", 268000, 160800, 112500],
                        ["HSC-25W", 198000, 118800, 86200],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 社外秘 document shared only inside the team: all recipients internal",
    },
    {
        "id": "shiryoseikyu-073",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["東海機材商会 早川様 <hayakawa@tokai-kizai.co.jp>"],
        "subject": "個人のお客様ご紹介（名古屋市・除湿機の設置まで希望）",
        "body": (
            "早川様\n\n"
            "お世話になっております。日の出産業 岡部です。\n"
            "名古屋市の個人のお客様から、HDH-10D を設置まで依頼したいとのご相談がありました。\n\n"
            "お名前：兵藤 真理子 様\n"
            "ご住所：愛知県名古屋市中区千代田4-9-3\n"
            "お電話：052-261-5507\n\n"
            "ご本人は現在妊娠8か月とのことで、重い物が持てないため、\n"
            "開梱・2階寝室への設置・梱包材の引き取りまでお願いしたいとのことです。\n"
            "平日の日中であればご在宅です。\n\n"
            "お手数ですが、ご訪問日程のご連絡をお願いいたします。\n\n"
            "岡部 沙織\n日の出産業株式会社 インサイドセールス課"
        ),
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one private person's pregnancy passed to a distributor: health information, but whether it is 要配慮 is arguable",
    },
    {
        "id": "shiryoseikyu-074",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["北国フーズ株式会社 工務部 白石様 <shiraishi@kitaguni-foods.co.jp>"],
        "subject": "Re: フィルターサンプルの送付先（3工場）",
        "body": (
            "白石様\n\n"
            "お世話になっております。日の出産業の宇佐美です。\n"
            "サンプルの送付先、承知いたしました。以下の3か所に分けてお送りします。\n"
            "念のため、各工場のご担当者様の連絡先をご確認ください。\n\n"
            "1) 千歳工場　製造課 細川 拓也 様　0123-42-6618（直通）\n"
            "2) 帯広工場　品質管理課 浅野 結衣 様　0155-33-2094（直通）\n"
            "3) 北見工場　工務係 今 雅人 様　090-5523-1870（携帯）\n\n"
            "各工場とも FL-07 を10枚ずつ、6月30日着で手配します。\n\n"
            "宇佐美\n\n"
            "> 宇佐美様\n"
            "> サンプルは千歳・帯広・北見の3工場へ分けて送っていただけますか。\n"
            "> 各工場の担当は細川、浅野、今です。\n"
            "> 白石"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three of the customer's own staff with direct lines, sent back to that customer: under five people",
    },
    {
        "id": "shiryoseikyu-075",
        "charset": "cp932",
        "sender": SAIJO,
        "to": ["九州ファクトリーサプライ 中園様 <nakazono@kyushu-fsupply.co.jp>"],
        "subject": "Re: 熊本エリアの過去問い合わせについて",
        "body": (
            "中園様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "ご依頼の、過去1年間に熊本エリアから弊社へ直接お問い合わせのあった方の一覧です。\n"
            "（Excelから貼り付けています）\n\n"
            "受付日\t会社名\t氏名\t電話番号\t内容\n"
            "2025/07/14\t熊本アグリテック\t坂田 由紀\t096-380-2217\t育苗ハウス送風機\n"
            "2025/09/02\t株式会社天草マリンフーズ\t浜崎 光\t0969-22-3408\t冷蔵庫前室の除湿\n"
            "2025/11/20\t（個人）\t松永 亜紀\t090-8512-6643\t自宅ガレージ用工場扇\n"
            "2026/02/05\t八代製紙株式会社\t園田 剛\t0965-33-1270\t抄紙機周りの排熱\n"
            "2026/04/18\t阿蘇ファームデリ\t本田 真人\t080-3377-2950\t食品工場の暑さ対策\n\n"
            "再アプローチ、よろしくお願いいたします。\n\n"
            "西條\n\n"
            "> 西條様\n"
            "> 熊本で再アプローチをかけたいので、過去1年の問い合わせ者を教えていただけますか。\n"
            "> 中園"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "the reply's own new text pastes five inquirers (tab-separated) for a distributor (reason 1)",
    },
    {
        "id": "shiryoseikyu-076",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["北陸産機株式会社 能登様 <noto@hokuriku-sanki.co.jp>"],
        "subject": "7月の価格表・在庫納期表",
        "body": (
            "能登様\n\n"
            "お世話になっております。日の出産業 岡部です。\n"
            "7月時点の希望小売価格表と、在庫・納期の一覧をお送りします（シート2枚）。\n"
            "HDH-30E は需要期のため、7月中旬以降は納期が2週間ほど延びる見込みです。\n\n"
            "岡部 沙織\n日の出産業株式会社 インサイドセールス課　TEL 03-5201-7740（内線305）"
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "価格表_在庫納期_2026年7月.xlsx",
                "sheets": {
                    "価格表": [
                        ["日の出産業 希望小売価格表（2026年7月1日現在・税抜）"],
                        ["型式", "品名", "希望小売価格"],
                        ["HSF-450", "工場扇 スタンド型", 38500],
                        ["HSF-450SU", "工場扇 耐薬品", 52000],
                        ["HSF-600", "大型工場扇", 62000],
                        ["HDH-10D", "コンパクト除湿機", 39800],
                        ["HDH-30E", "業務用除湿機 30L", 268000],
                        ["HSC-25W", "スポットクーラー", 198000],
                    ],
                    "在庫・納期": [
                        ["型式", "本社倉庫", "大阪倉庫", "標準納期"],
                        ["HSF-450", 120, 64, "即納"],
                        ["HSF-600", 38, 20, "即納"],
                        ["HDH-30E", 6, 2, "2〜4週"],
                        ["HSC-25W", 14, 9, "1週"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price and stock XLSX (two sheets, title row) to a distributor: products only",
    },
    {
        "id": "shiryoseikyu-077",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": ["ホームセンターかどや 仕入部 <shiire@kadoya-hc.co.jp>"],
        "subject": "夏季商品 商品マスタ登録情報",
        "body": (
            "ホームセンターかどや\n仕入部 ご担当者様\n\n"
            "お世話になっております。日の出産業の古閑です。\n"
            "夏季商品の商品マスタ登録用の情報をお送りします。\n\n"
            "品番　　　　JANコード　　　　 入数　希望小売価格\n"
            "HSF-350Q　　4573281460035　　 1　　32,000\n"
            "HSF-450　　 4573281460059　　 1　　38,500\n"
            "HCF-30S　　 4573281460110　　 2　　29,800\n"
            "HDH-10D　　 4573281460127　　 1　　39,800\n"
            "FL-07　　　 4573281469013　　10　　 2,400\n\n"
            "発注コードは前年と同じです（取引先コード 20418）。\n"
            "よろしくお願いいたします。\n\n"
            "古閑 理恵\n日の出産業株式会社 インサイドセールス課\nTEL 03-5201-7740（内線312）"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "13-digit JAN codes and a supplier code: product numbers, not personal data",
    },
    {
        "id": "shiryoseikyu-078",
        "charset": "cp932",
        "sender": KUJI,
        "to": ["鶴見工機株式会社 総務課 坂東様 <bando@tsurumi-koki.co.jp>"],
        "subject": "【日の出産業】スポットクーラーカタログ在庫切れのお詫び",
        "body": (
            "鶴見工機株式会社\n総務課　坂東様\n\n"
            "このたびは資料をご請求いただき、ありがとうございます。\n"
            "日の出産業 資料請求窓口の久慈でございます。\n\n"
            "大変申し訳ございませんが、ご請求いただいたスポットクーラーカタログの冊子が\n"
            "現在在庫切れとなっており、増刷分の入荷が7月10日頃の予定です。\n"
            "入荷しだい発送いたしますので、それまでは下記のPDF版をご覧いただけますでしょうか。\n\n"
            "https://www.hinode-sangyo.co.jp/catalog/spotcooler/\n\n"
            "なお、お電話でご相談いただいた100V仕様の HSC-18 は、PDFの8ページに掲載しております。\n"
            "ご迷惑をおかけし申し訳ございません。\n\n"
            + sig_bar("久慈 奈央", "くじ なお", "shiryo@hinode-sangyo.co.jp", "03-5201-7745")
            + "\n\n" + DISC_JA
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an apology for an out-of-stock catalogue with a link; disclaimer only",
    },
    {
        "id": "shiryoseikyu-079",
        "charset": "utf-8",
        "sender": SAIJO,
        "to": ["港北倉庫株式会社 管理部 三輪様 <miwa@kohoku-soko.co.jp>"],
        "subject": "FW: 港北倉庫様 設置工事のお見積り（武蔵野機工）",
        "body": (
            "三輪様\n\n"
            "お世話になっております。日の出産業の西條です。\n"
            "武蔵野機工の高村様から設置工事のお見積りが届きましたので、転送いたします。\n"
            "機器本体は弊社見積（Q-2026-0614-01）のとおりです。\n\n"
            "西條\n\n"
            "-------- Forwarded Message --------\n"
            "Subject: 港北倉庫様 設置工事のお見積り\n"
            "Date: Thu, 25 Jun 2026 16:48:11 +0900\n"
            "From: 高村 <takamura@musashino-kiko.co.jp>\n"
            "To: 西條 拓海 <t-saijo@hinode-sangyo.co.jp>\n\n"
            "日の出産業 西條様\n\n"
            "港北倉庫様の設置工事費のお見積りです。\n"
            "・HBF-900E 8台 設置・電源工事一式：420,000円（税抜）\n"
            "・高所作業車 1日：38,000円（税抜）\n"
            "工期は2日間を見込んでいます。お客様へお伝えください。\n\n"
            "武蔵野機工株式会社 営業部\n"
            "高村 淳\n"
            "〒190-0022 東京都立川市錦町5-12-8\n"
            "TEL 042-527-3318（代表）／携帯 090-4163-7725\n"
            "takamura@musashino-kiko.co.jp\n"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarding a distributor's quote to the customer; only that one person's business signature",
    },
    {
        "id": "shiryoseikyu-080",
        "charset": "iso-2022-jp",
        "sender": HASUMI,
        "to": ["ツバサシステム株式会社 導入支援部 河合様 <kawai@tsubasa-system.jp>"],
        "subject": "資料請求フォームの項目変更のお願い",
        "body": (
            "ツバサシステム株式会社\n導入支援部　河合様\n\n"
            "いつもお世話になっております。日の出産業の蓮見です。\n"
            "資料請求フォームについて、以下のとおり項目を変更したく、お見積りをお願いいたします。\n\n"
            "【変更後の入力項目】\n"
            "　・会社名（任意）\n"
            "　・お名前（必須）／フリガナ（必須）\n"
            "　・電話番号（必須）\n"
            "　・メールアドレス（必須）\n"
            "　・ご住所（冊子ご希望の場合のみ必須）\n"
            "　・ご請求資料（チェックボックス）\n"
            "　・個人情報の取扱いへの同意（必須・リンク先：個人情報保護方針）\n"
            "　・「販売店から連絡を受けることに同意する」チェック（新設）\n\n"
            "特約店への第三者提供の同意を明確に取得することが目的です。\n"
            "8月のリニューアルに間に合わせたいので、7月10日頃までにご回答いただけますと幸いです。\n\n"
            "蓮見 真琴\n日の出産業株式会社 営業本部 販売促進担当　TEL 03-5201-7751"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "form field names (お名前, 電話番号…) and 個人情報 as topics, to the partner form vendor: no one's data",
    },
]

# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

MESSAGES += [
    {
        "id": "shiryoseikyu-081",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["関西ツール販売株式会社 吉岡様 <yoshioka@kansai-tool.co.jp>"],
        "subject": "【リード連携】関西エリア 3件（空気清浄機能付き送風機）",
        "body": (
            "吉岡様\n\n"
            "お世話になっております。日の出産業 岡部です。\n"
            "関西エリアの新規3件をCSVでお送りします。\n"
            "2件目のお客様は備考欄の事情がありますので、ご提案の際にご配慮をお願いします。\n\n"
            "岡部"
        ),
        "attachments": [
            {
                "kind": "csv",
                "name": "lead_kansai_0626.csv",
                "encoding": "cp932",
                "rows": [
                    ["受付日", "区分", "会社名", "氏名", "電話", "メール", "住所", "備考"],
                    ["2026/06/24", "法人", "株式会社ヤマト鋳造", "中谷 誠", "0745-56-2903", "nakatani@yamato-chuzo.co.jp", "奈良県大和高田市築山410", "鋳造場の暑さ対策"],
                    ["2026/06/25", "個人", "", "西脇 陽子", "078-792-5516", "yoko.nishiwaki@gmail.com", "兵庫県神戸市垂水区星が丘2-8-4", "ご本人が気管支喘息で通院中のため、フィルター付き・静音の機種を希望"],
                    ["2026/06/26", "個人", "", "辰巳 和也", "090-6623-1984", "k.tatsumi@yahoo.co.jp", "大阪府堺市北区中百舌鳥町5-11", "作業場（木工）用"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "only three leads, but one row records a named person's asthma treatment: 要配慮 in a list row (reason 3)",
    },
    {
        "id": "shiryoseikyu-082",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["丸栄精工株式会社 設備課 田代様 <tashiro@maruei-seiko.co.jp>"],
        "cc": ["錦印刷株式会社 藤森様 <fujimori@nishiki-insatsu.co.jp>"],
        "subject": "導入事例リーフレット 初校のご確認（丸栄精工様）",
        "body": (
            "丸栄精工株式会社　田代様\n（CC：錦印刷 藤森様）\n\n"
            "お世話になっております。日の出産業の蓮見です。\n"
            "先日取材させていただいた導入事例リーフレットの初校ができました。\n"
            "印刷会社の錦印刷様から直接データをお送りいただく形にしておりますので、\n"
            "藤森様をCCに入れております。\n\n"
            "田代様には、以下の点をご確認いただけますと幸いです。\n"
            "　・貴社名、部署名の表記\n"
            "　・導入台数（HSF-600×18台）と効果（作業場温度 −3.5℃）の数値\n"
            "　・写真の掲載可否（P.2 の工場内写真）\n\n"
            "修正は7月6日までにこのメールへ全員返信でお知らせください。\n\n"
            "蓮見 真琴\n日の出産業株式会社 営業本部 販売促進担当　TEL 03-5201-7751"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "customer and printing partner together in To/Cc: two external organisations, a normal three-way mail",
    },
    {
        "id": "shiryoseikyu-083",
        "charset": "cp932",
        "sender": IDE,
        "to": ["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-ginko.co.jp>"],
        "subject": "入金照会のお願い（6月25日着金分）",
        "body": (
            "みどり銀行 日本橋支店\n法人営業課 ご担当者様\n\n"
            "いつもお世話になっております。日の出産業株式会社 経理課の井手でございます。\n"
            "6月25日に当社口座（普通 1284406）へ着金した下記2件について、\n"
            "振込依頼人名が請求先と一致しないため、仕向銀行への照会をお願いできますでしょうか。\n\n"
            "　着金日　　金額　　　　 振込依頼人名（カナ）\n"
            "　6/25　　 26,400円　　 ﾏﾙｴｲｾｲｺｳ(ｶ ｹｲﾘ\n"
            "　6/25　　 594,000円　　ｱﾘｱｹﾛｼﾞ(ｶ\n\n"
            "いずれも有償サンプル・製品代金の入金と思われます。\n"
            "よろしくお願いいたします。\n\n"
            "日の出産業株式会社 管理本部 経理課\n井手 和真\nTEL 03-5201-7760"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the company's own account and corporate payers' names to its bank: business data only",
    },
    {
        "id": "shiryoseikyu-084",
        "charset": "utf-8",
        "sender": HASUMI,
        "to": ["川崎電機株式会社 販促課 真鍋様 <manabe@kawasaki-denki.co.jp>"],
        "subject": "7/9 共催セミナー 開催報告書",
        "body": (
            "真鍋様\n\n"
            "お世話になっております。日の出産業の蓮見です。\n"
            "先日の共催セミナーの開催報告書をお送りします。\n"
            "最後のスライドに個別相談をご希望の方をまとめましたので、\n"
            "モーター関連のご質問は貴社からフォローをお願いできればと思います。\n\n"
            "蓮見"
        ),
        "attachments": [
            {
                "kind": "pptx",
                "name": "開催報告_0709共催セミナー.pptx",
                "title": "共催セミナー開催報告",
                "slides": [
                    ["共催セミナー 開催報告", "工場の省エネ換気と暑さ対策", "2026年7月9日 さくらホテル 楓の間"],
                    ["参加状況", "申込 46名／参加 39名（会場 31名・オンライン 8名）", "アンケート回収率 87%"],
                    ["アンケート結果", "満足 62%／やや満足 30%／普通 8%", "関心：スポット冷却 41%、大型送風機 33%"],
                    [
                        "個別相談希望者（要フォロー）",
                        "田代 浩一（丸栄精工）048-553-2118 tashiro@maruei-seiko.co.jp",
                        "三輪 早苗（港北倉庫）080-6624-1397 miwa@kohoku-soko.co.jp",
                        "坂東 祐介（鶴見工機）045-503-7719 bando@tsurumi-koki.co.jp",
                        "大槻 文乃（浜名ゴム工業）053-576-3312 otsuki@hamana-gomu.co.jp",
                        "鷲尾 恵（東邦アーカイブ）03-5683-2290 washio@toho-archive.co.jp",
                    ],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a slide listing five attendees with phones and e-mails in a PPTX to the co-host (reason 1)",
    },
    {
        "id": "shiryoseikyu-085",
        "charset": "iso-2022-jp",
        "sender": KOGA,
        "to": [HIGAKI],
        "cc": [IMAIZUMI],
        "subject": "6月 お客様からの苦情・不具合申出のまとめ",
        "body": (
            "檜垣さん（CC：品証 今泉さん）\n\n"
            "6月に窓口で受けた苦情・不具合の申出をまとめました。\n"
            "折り返しが必要なものは「要」にしています。\n\n"
            "日付　 お客様　　　　　　　　電話　　　　　　 内容　　　　　　　　　　　　　折返\n"
            "6/3　　村瀬 千晶 様（個人）　090-7734-2158　 HDH-10 決済エラー　　　　　　済\n"
            "6/8　　桐生 陽菜 様（個人）　090-2284-6130　 カタログ未着　　　　　　　　 済\n"
            "6/11　 ヤマセ食品 宮腰様　　 076-478-2291　 HDH-30E 排水ホース外れ　　　 要\n"
            "6/15　 辰巳 和也 様（個人）　090-6623-1984　 HSF-450 首振り異音　　　　　 要\n"
            "6/19　 有明ロジ 野田様　　　 0956-31-7724　 納期遅延　　　　　　　　　　済\n"
            "6/24　 松永 亜紀 様（個人）　090-8512-6643　 販売店の対応が遅い　　　　　要\n\n"
            "HSF-450 の異音は先月も1件あったので、品証で傾向を見ていただけますか。\n\n"
            "古閑"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "six customers' names and phones in a complaint summary, sent only internally",
    },
    {
        "id": "shiryoseikyu-086",
        "charset": "utf-8",
        "sender": ARIMA,
        "to": ["j.whitfield.home@outlook.com"],
        "subject": "Re: Buying a Hinode floor fan in Australia",
        "body": (
            "Dear Mr. Whitfield,\n\n"
            "Thank you for your interest in our HSF-450 floor fan.\n\n"
            "We do not sell directly to private customers overseas, and unfortunately we have no\n"
            "distributor in Australia at the moment. The fan is also designed for Japanese\n"
            "100 V / 50-60 Hz power, so it would need a step-down transformer on 230 V.\n\n"
            "If you would still like to buy one, our Singapore distributor TropicAir Engineering\n"
            "(sales@tropicair-eng.com.sg) can quote a 230 V version with shipping to Perth.\n\n"
            + SIG_EN + "\n\n"
            "-----Original Message-----\n"
            "From: John Whitfield <j.whitfield.home@outlook.com>\n"
            "Sent: 27 June 2026 08:15\n"
            "Subject: Buying a Hinode floor fan in Australia\n\n"
            "Hello, I saw your HSF-450 fan in a workshop in Osaka. Can I buy one in Perth?\n"
            "Cheers, John"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English reply to one private person on outlook.com; a distributor's generic address only",
    },
    {
        "id": "shiryoseikyu-087",
        "charset": "utf-8",
        "sender": ARIMA,
        "to": ["Somchai Rattanakul <somchai@siamcool-trading.co.th>"],
        "subject": "Re: Leads from Bangkok exhibition",
        "body": (
            "Dear Khun Somchai,\n\n"
            "Many thanks for sharing the leads from the Bangkok exhibition so quickly.\n"
            "We will prepare quotations for the two dehumidifier projects by Friday and send\n"
            "them to you, so that you can present them to the customers yourself.\n\n"
            + SIG_EN + "\n\n"
            "On Mon, 29 Jun 2026 at 10:42, Somchai Rattanakul <somchai@siamcool-trading.co.th> wrote:\n"
            "> Dear Arima-san,\n"
            "> Here are the visitors who asked for quotations at our booth:\n"
            ">\n"
            "> Name                  Company                    Phone           Interest\n"
            "> --------------------  -------------------------  --------------  ----------------\n"
            "> Anong Srisuk          Thai Rice Packing Co.      +66 81 442 7719 HDH-60E x 4\n"
            "> Prasert Wongsa        Chonburi Steel Works       +66 89 210 3364 HBF-900E x 6\n"
            "> Kanya Boonmee         Ayutthaya Food Industry    +66 86 775 0412 HDH-30E x 10\n"
            "> Wichai Thongdee       Rayong Plastic Parts       +66 81 903 5528 HSC-25W x 3\n"
            "> Nattapong Kaewmanee   Samut Cold Storage         +66 92 617 4480 HSF-600 x 12\n"
            "> Supaporn Chaiyo       Lamphun Electronics        +66 84 338 1906 catalogue only\n"
            ">\n"
            "> Best regards, Somchai"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person lead table is only in the quoted text the distributor itself wrote",
    },
    {
        "id": "shiryoseikyu-088",
        "charset": "iso-2022-jp",
        "sender": SAIJO,
        "to": ["川崎電機株式会社 営業技術部 室井様 <muroi@kawasaki-denki.co.jp>"],
        "subject": "OEM用DCモーター 仕様確認のお願い（再送）",
        "body": (
            "川崎電機株式会社\n営業技術部　室井様\n\n"
            "いつもお世話になっております。日の出産業の西條です。\n"
            "先日お送りしたメールの宛先に誤りがあったため、改めてお送りいたします。\n"
            "（誤送信先には削除を依頼済みです。ご迷惑をおかけしました。）\n\n"
            "秘密保持契約を締結済みの案件ですので、必要な仕様値はExcelにまとめて添付しました。\n"
            "黄色のセルに貴社モーターの値をご記入いただけますでしょうか。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "DCモーター仕様確認シート_HBF後継.xlsx",
                "sheets": {
                    "仕様確認": [
                        ["HBF-900E 後継機 DCモーター仕様確認シート"],
                        ["項目", "要求値", "貴社回答"],
                        ["定格出力", "750W", ""],
                        ["最大回転数", "1,200 rpm 以上", ""],
                        ["効率（定格時）", "85% 以上", ""],
                        ["保護等級", "IP55", ""],
                        ["月間供給数量", "300台", ""],
                    ],
                    "改訂履歴": [["版", "日付", "内容"], ["1.0", "2026/06/29", "初版"]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "resend to the correct partner domain; NDA mentioned, spec sheet has no marking or personal data",
    },
    {
        "id": "shiryoseikyu-089",
        "charset": "cp932",
        "sender": HASUMI,
        "to": ["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
        "subject": "秋のセミナー会場 仮予約のお願い（3会場）",
        "body": (
            "さくらホテル\n宴会予約係 ご担当者様\n\n"
            "7月の懇親会ではお世話になりました。日の出産業の蓮見です。\n"
            "秋に地方でセミナーを開催することになり、貴社グループの下記ホテルで\n"
            "会場の仮予約をお願いしたく存じます。\n\n"
            "・さくらホテル名古屋　　（名古屋市中村区名駅3-22-6　TEL 052-561-2200）\n"
            "　10月15日（木）13:00〜17:00　40名　スクール形式\n"
            "・さくらホテル大阪梅田　（大阪市北区梅田2-5-18　TEL 06-6345-8800）\n"
            "　11月5日（木）13:00〜17:00　50名　スクール形式\n"
            "・さくらホテル博多　　　（福岡市博多区博多駅前4-8-11　TEL 092-431-7700）\n"
            "　11月19日（木）13:00〜17:00　30名　スクール形式\n\n"
            "プロジェクター・マイク2本・電源延長（製品展示用）をご用意いただけますでしょうか。\n"
            "見積書は各ホテルごとにお願いいたします。\n\n"
            "蓮見 真琴\n日の出産業株式会社 営業本部 販売促進担当\nTEL 03-5201-7751"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hotels with addresses and switchboards (businesses) to a partner hotel group",
    },
    {
        "id": "shiryoseikyu-090",
        "charset": "iso-2022-jp",
        "sender": KUJI,
        "to": ["s-ogasawara.72@docomo.ne.jp"],
        "subject": "日の出産業です（販売店のご案内）",
        "body": (
            "小笠原様\n\n"
            "日の出産業の久慈です。\n"
            "先ほどはお電話ありがとうございました。\n"
            "お近くの取扱店はこちらです。\n\n"
            "プロツールいわた\n"
            "静岡県磐田市見付2988-1\n"
            "TEL 0538-35-8800\n"
            "（定休日：水曜）\n\n"
            "HSF-450 の在庫があるそうです。\n"
            "よろしくお願いします。\n\n"
            "日の出産業 資料請求窓口 03-5201-7745"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "short mail to one private person on a carrier address with one shop's details",
    },
    {
        "id": "shiryoseikyu-091",
        "charset": "utf-8",
        "sender": OKABE,
        "to": ["株式会社みちのく設備 佐々木様 <sasaki@michinoku-setsubi.co.jp>"],
        "subject": "インテックス大阪 展示会リード（東北分4件）とフォローの手引き",
        "body": (
            "佐々木様\n\n"
            "お世話になっております。日の出産業 岡部です。\n"
            "関西設備機器展で名刺交換した方のうち、東北のお客様4名分と、\n"
            "展示会リードのフォローの手引き（PDF）をZIPにまとめてお送りします。\n"
            "ZIPにパスワードは掛けていません。\n\n"
            "岡部 沙織\n日の出産業株式会社 インサイドセールス課"
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "展示会リード_東北_関西設備機器展.zip",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "リード_東北4件.xlsx",
                        "sheets": {
                            "リード": [
                                ["会社名", "氏名", "電話", "メール", "関心製品"],
                                ["盛岡ファーム株式会社", "工藤 綾香", "019-688-2041", "kudo@morioka-farm.co.jp", "大型送風機"],
                                ["山形精密鋳造株式会社", "斎藤 千尋", "023-686-3120", "c-saito@yamagata-seimitsu.co.jp", "スポットクーラー"],
                                ["仙台ベイ物流", "千葉 慎也", "022-258-4413", "chiba@sendai-bay.co.jp", "工場扇"],
                                ["郡山化成株式会社", "渡辺 瑠美", "024-944-7012", "watanabe@koriyama-kasei.co.jp", "除湿機"],
                            ]
                        },
                    },
                    {
                        "kind": "pdf",
                        "name": "展示会リード フォローの手引き.pdf",
                        "lines": [
                            "展示会リード フォローの手引き",
                            "1. 展示会後5営業日以内に初回連絡",
                            "2. カタログ送付の有無を確認",
                            "3. フォロー結果は月末に日の出産業へ報告",
                        ],
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four trade-show contacts in an XLSX inside a plain ZIP: under five people, may be warned",
    },
    {
        "id": "shiryoseikyu-092",
        "charset": "utf-8",
        "sender": "Webフォーム自動転送 <form-relay@hinode-sangyo.co.jp>",
        "to": [TEAM],
        "subject": "[資料請求] 本日の受付 6件（6/30）",
        "html": (
            "<html><body>"
            "<p>本日の資料請求受付（社内通知・自動送信）</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
            "<tr><th>受付番号</th><th>お名前</th><th>会社名</th><th>電話番号</th><th>メール</th><th>住所</th></tr>"
            "<tr><td>F-260630-0003</td><td>千葉 慎也</td><td>仙台ベイ物流</td><td>022-258-4413</td><td>chiba@sendai-bay.co.jp</td><td>宮城県仙台市宮城野区港3-5-7</td></tr>"
            "<tr><td>F-260630-0005</td><td>渡辺 瑠美</td><td>郡山化成株式会社</td><td>024-944-7012</td><td>watanabe@koriyama-kasei.co.jp</td><td>福島県郡山市待池台1-31</td></tr>"
            "<tr><td>F-260630-0008</td><td>平山 健太</td><td>（個人）</td><td>080-4419-6627</td><td>kenta.hirayama@ezweb.ne.jp</td><td>埼玉県川越市脇田本町16-2</td></tr>"
            "<tr><td>F-260630-0011</td><td>上田 恵美</td><td>（個人）</td><td>090-5530-7184</td><td>m-ueda-home@outlook.jp</td><td>神奈川県藤沢市鵠沼海岸4-9-21</td></tr>"
            "<tr><td>F-260630-0012</td><td>園田 剛</td><td>八代製紙株式会社</td><td>0965-33-1270</td><td>sonoda@yatsushiro-paper.co.jp</td><td>熊本県八代市十条町1-5</td></tr>"
            "<tr><td>F-260630-0015</td><td>三木 啓太</td><td>姫路フォージ株式会社</td><td>079-236-5571</td><td>miki@himeji-forge.co.jp</td><td>兵庫県姫路市飾磨区細江1288</td></tr>"
            "</table>"
            "<p>※このメールは社内向けの自動通知です。</p>"
            "</body></html>"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": [],
        "note": "HTML-only daily digest of six inquirers to the internal team mailbox only",
    },
    {
        "id": "shiryoseikyu-093",
        "charset": "cp932",
        "sender": KUJI,
        "to": ["新生ドラッグ株式会社 総務部 調達課 永井様 <nagai@shinsei-drug.co.jp>"],
        "subject": "Re: 店舗バックヤード用 カタログ送付先のご確認",
        "body": (
            "新生ドラッグ株式会社\n総務部 調達課　永井様\n\n"
            "お世話になっております。日の出産業 資料請求窓口の久慈です。\n"
            "カタログの送付先店舗リストをありがとうございました。\n"
            "下記8店舗に、店長様宛で明日発送いたします。\n\n"
            "店舗名　　　　　住所　　　　　　　　　　　　　　　　電話（店舗代表）\n"
            "------------------------------------------------------------------------\n"
            "川口駅前店　　　埼玉県川口市栄町3-4-1　　　　　　　048-252-1180\n"
            "大宮西口店　　　埼玉県さいたま市大宮区桜木町2-7　　048-641-3306\n"
            "越谷レイク店　　埼玉県越谷市東町4-21-1　　　　　　 048-969-2271\n"
            "所沢プロペ店　　埼玉県所沢市日吉町11-5　　　　　　 04-2928-5540\n"
            "春日部中央店　　埼玉県春日部市中央1-9-3　　　　　　048-736-0218\n"
            "草加松原店　　　埼玉県草加市松原2-2-6　　　　　　　048-944-7761\n"
            "上尾駅東店　　　埼玉県上尾市柏座1-3-8　　　　　　　048-775-4029\n"
            "熊谷籠原店　　　埼玉県熊谷市新堀1002-4　　　　　　 048-533-6612\n\n"
            "バックヤードの除湿には HDH-10D、倉庫スペースには HDH-30E をおすすめしております。\n\n"
            + sig_bar("久慈 奈央", "くじ なお", "shiryo@hinode-sangyo.co.jp", "03-5201-7745")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "eight shop branches with addresses and store switchboards: a list of businesses",
    },
    {
        "id": "shiryoseikyu-094",
        "charset": "utf-8",
        "sender": KOGA,
        "to": ["hayato.mizuhara@i.softbank.jp"],
        "subject": "カタログ発送のご連絡",
        "body": (
            "水原 様\n\n"
            "日の出産業株式会社の古閑です。\n"
            "本日はお電話にて資料をご請求いただき、ありがとうございました。\n\n"
            "お伺いしたご住所宛に、本日「家庭用製品カタログ」を普通郵便で発送いたしました。\n"
            "2〜3日でお手元に届く予定です。\n"
            "届かない場合は、お手数ですがこのメールにご返信ください。\n\n"
            "ガレージ用とのことでしたので、HSF-450 と HCF-30S のページに付箋を貼っております。\n\n"
            + sig_line("古閑 理恵", "r-koga@hinode-sangyo.co.jp", "312")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "catalogue dispatch notice to one private person on a carrier address; no data beyond the salutation",
    },
    {
        "id": "shiryoseikyu-095",
        "charset": "iso-2022-jp",
        "sender": HASUMI,
        "to": ["錦印刷株式会社 営業部 藤森様 <fujimori@nishiki-insatsu.co.jp>"],
        "subject": "総合カタログ2026 印刷部数と納品先の確定",
        "body": (
            "錦印刷株式会社\n営業部　藤森様\n\n"
            "お世話になっております。日の出産業の蓮見です。\n"
            "総合カタログ2026の印刷部数と納品先が確定しましたのでお知らせします。\n\n"
            "■部数：合計 12,000部\n"
            "■納品先：\n"
            "　・日の出産業 物流センター　江東区新木場2-11-4　8,000部\n"
            "　・日の出産業 大阪営業所　　大阪市西区靱本町1-9-15　3,000部\n"
            "　・日の出産業 名古屋出張所　名古屋市中区錦2-4-3　1,000部\n"
            "■納品日：7月1日（水）午前必着\n\n"
            "再校は本日OKとさせていただきます。\n"
            "引き続きよろしくお願いいたします。\n\n"
            "蓮見 真琴\n日の出産業株式会社 営業本部 販売促進担当　TEL 03-5201-7751"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order to the correct partner domain with the company's own sites as delivery addresses",
    },
    {
        "id": "shiryoseikyu-096",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["青葉運輸 集荷センター <shuka@aoba-unyu.co.jp>"],
        "subject": "集荷依頼（7/1・デモ機返却分）",
        "body": (
            "青葉運輸株式会社 集荷センター ご担当者様\n\n"
            "いつもお世話になっております。日の出産業の宇佐美です。\n"
            "デモ機返却分の集荷をお願いいたします。\n\n"
            "集荷日：7月1日（水）13時〜15時\n"
            "集荷先：港北倉庫株式会社 新羽倉庫 3番バース\n"
            "　　　　横浜市港北区新羽町1540　TEL 045-541-0012（代表）\n"
            "荷物　：HBF-900E 2台（木枠梱包・各48kg）\n"
            "お届け先：日の出産業株式会社 物流センター（江東区新木場2-11-4）\n\n"
            "元払い・当社契約番号 AO-77120 でお願いします。\n\n"
            "宇佐美 航\n日の出産業株式会社 インサイドセールス課　TEL 03-5201-7746"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "pickup request to the correct carrier domain; only company sites and a contract number",
    },
    {
        "id": "shiryoseikyu-097",
        "charset": "utf-8",
        "sender": ARIMA,
        "to": ["Daniel Ortega <d.ortega@airflow-mx.com>"],
        "subject": "Proforma invoice for evaluation sample - PI-2026-077",
        "body": (
            "Dear Mr. Ortega,\n\n"
            "Please find attached the proforma invoice for the HBF-900E evaluation unit, which you\n"
            "will need for import clearance in Mexico.\n\n"
            "  Proforma invoice : PI-2026-077\n"
            "  Goods            : HBF-900E large DC fan, 1 unit (evaluation sample, no commercial value)\n"
            "  Declared value   : USD 980.00 (for customs purposes only)\n"
            "  HS code          : 8414.51\n"
            "  Incoterms        : DAP Querétaro\n\n"
            "Please let us know your importer's tax ID (RFC) so that we can add it to the documents.\n\n"
            + SIG_EN + "\n\n" + DISC_EN
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "PI-2026-077_Airflow_MX.pdf",
                "title": "Proforma Invoice PI-2026-077",
                "lines": [
                    "PROFORMA INVOICE  No. PI-2026-077",
                    "Shipper: Hinode Sangyo Co., Ltd., 3-8-14 Nihonbashi, Chuo-ku, Tokyo, Japan",
                    "Consignee: Airflow MX S.A. de C.V., Querétaro, Mexico",
                    "",
                ],
                "table": [
                    ["Description", "HS code", "Qty", "Unit value (USD)", "Amount"],
                    ["HBF-900E large DC fan (sample)", "8414.51", "1", "980.00", "980.00"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proforma invoice for customs to an overseas company: business document, English disclaimer",
    },
    {
        "id": "shiryoseikyu-098",
        "charset": "utf-8",
        "sender": HIGAKI,
        "to": ["九州ファクトリーサプライ 中園様 <nakazono@kyushu-fsupply.co.jp>"],
        "subject": "Re: リード一覧のメール送付について",
        "body": (
            "中園様\n\n"
            "お世話になっております。日の出産業の檜垣です。\n"
            "リード一覧をまとめてメールでいただけないか、とのご依頼の件です。\n\n"
            "個人情報の取扱いの観点から、弊社では5件以上のリード一覧をメールで送ることを\n"
            "控えており、今後は販売店ポータル（7月開設予定）でのご共有とさせてください。\n"
            "先日の熊本の件でメールでお送りしてしまったものについては、\n"
            "お手数ですが受信メールの削除をお願いできますでしょうか。\n\n"
            "なお、お急ぎの2件のみ以下に記載いたします。\n\n"
            "・八代製紙株式会社　園田 剛 様　0965-33-1270　sonoda@yatsushiro-paper.co.jp\n"
            "・阿蘇ファームデリ　本田 真人 様　080-3377-2950　honda@aso-farmdeli.jp\n\n"
            "ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。\n\n"
            "檜垣 透\n日の出産業株式会社 インサイドセールス課 課長\nTEL 03-5201-7740（内線300）"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "個人情報 discussed in passing and only two leads given: under five people",
    },
    {
        "id": "shiryoseikyu-099",
        "charset": "cp932",
        "sender": USAMI,
        "to": ["株式会社大和田製作所 技術部 小野寺様 <onodera@owada-ss.co.jp>"],
        "subject": "サンプル評価アンケートのお願い",
        "body": (
            "株式会社大和田製作所\n技術部　小野寺様\n\n"
            "お世話になっております。日の出産業の宇佐美です。\n"
            "局所排気ファンの試作サンプルは無事届きましたでしょうか。\n\n"
            "2週間ほどお試しいただいた後、添付の評価アンケート（Word）に\n"
            "ご記入のうえご返送いただけますと幸いです。\n"
            "量産仕様の決定に活用させていただきます。\n\n"
            + sig_line("宇佐美 航", "w-usami@hinode-sangyo.co.jp", "316")
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "サンプル評価アンケート.docx",
                "title": "サンプル評価アンケート",
                "paragraphs": [
                    "局所排気ファン 試作サンプル 評価アンケート",
                    "ご記入日：　　年　　月　　日",
                    "貴社名：",
                    "ご記入者：",
                    "以下の項目について、5段階でご評価ください（5：大変良い〜1：悪い）。",
                ],
                "tables": [
                    [
                        ["評価項目", "5", "4", "3", "2", "1", "コメント"],
                        ["吸込み性能", "", "", "", "", "", ""],
                        ["運転音", "", "", "", "", "", ""],
                        ["取付けのしやすさ", "", "", "", "", "", ""],
                        ["メンテナンス性", "", "", "", "", "", ""],
                    ]
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank evaluation form in DOCX (empty name fields) to a customer",
    },
    {
        "id": "shiryoseikyu-100",
        "charset": "cp932",
        "sender": SAIJO,
        "to": ["鶴見工機株式会社 総務課 坂東様 <bando@tsurumi-koki.co.jp>"],
        "subject": "お見積書（HSC-18 スポットクーラー）",
        "body": (
            "鶴見工機株式会社\n総務課　坂東様\n\n"
            "いつもお世話になっております。日の出産業の西條でございます。\n"
            "先日武蔵野機工の高村様と現地を拝見した結果をふまえ、\n"
            "100V仕様のスポットクーラー HSC-18 のお見積書をお送りいたします。\n\n"
            "設置工事は武蔵野機工様からのご請求となりますので、本見積は機器のみです。\n"
            "ご検討のほどよろしくお願いいたします。\n\n"
            + sig_line("西條 拓海", "t-saijo@hinode-sangyo.co.jp", "308")
            + "\n\n" + DISC_JA
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "御見積書_Q-2026-0701-03_鶴見工機様.xlsx",
                "title": "御見積書 Q-2026-0701-03",
                "sheets": {
                    "御見積書": [
                        ["御見積書"],
                        ["見積番号", "Q-2026-0701-03", "発行日", "2026/07/01"],
                        ["宛先", "鶴見工機株式会社 御中"],
                        [],
                        ["品番", "品名", "数量", "単価", "金額"],
                        ["HSC-18", "スポットクーラー 1.8kW 100V", 3, 128000, 384000],
                        ["HSC-DK3", "排熱ダクト 3m", 3, 9800, 29400],
                        ["", "小計", "", "", 413400],
                        ["", "消費税", "", "", 41340],
                        ["", "合計", "", "", 454740],
                    ],
                    "条件": [
                        ["有効期限", "2026年8月31日"],
                        ["納期", "ご発注後1週間"],
                        ["支払条件", "月末締め翌月末払い"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quotation XLSX with title row to a customer; disclaimer only",
    },
]
