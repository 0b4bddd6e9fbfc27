"""Blind corpus, area "church": Hinode Sangyo's dealings with religious bodies and faith
needs. Sales mail with a Christian school corporation client (学校法人聖マルコ学院: chapel
pews, uniforms, tablets, invoices, NDAs), the CSR team's sponsorship of the 白鷺神社 例大祭
and a founder's 三十三回忌 memorial service at the temple 慈光寺 (volunteer rosters, insurance,
invitations, gifts, offerings), HR and general affairs handling employees' prayer-room,
Ramadan, halal / kosher / vegetarian needs and religious holidays (caterers, the canteen
operator, building management, visa scriveners, labour consultants, an occupational
doctor), an employee's church wedding at a chapel, overseas partners' religious holidays,
and the ordinary mail around all of it: quotes, passwords, bookings, maps, timetables."""

from build import card_number, my_number

SEED = 62401


def _mn(k: int, sep: str = " ") -> str:
    n = my_number(SEED + k)
    return sep.join((n[0:4], n[4:8], n[8:12]))


def _card(k: int, sep: str = " ") -> str:
    n = card_number(SEED + k)
    return sep.join((n[0:4], n[4:8], n[8:12], n[12:16]))


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    """full-width digits and hyphens, as some people type them."""
    return s.translate(_FW)


DISC_JA = (
    "本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。")
DISC_EN = (
    "This e-mail and any attachments may contain confidential information intended solely "
    "for the addressee. If you have received it in error, please notify the sender and "
    "delete it. Any unauthorised use or disclosure is prohibited.")

SIG_SAKAKIBARA = """
――――――――――――――――――――――――
日の出産業株式会社　総務部 総務課
榊原 崇（Sakakibara Takashi）
〒541-0048 大阪府大阪市中央区瓦町三丁目5番7号 日の出ビル
TEL 06-6201-4470（代表）　内線 2214
sakakibara.takashi@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_IOKIBE = """
--
日の出産業株式会社
総務部 CSR推進室　五百旗頭 誠（いおきべ まこと）
〒541-0048 大阪市中央区瓦町3-5-7 日の出ビル6F
TEL: 06-6201-4488 / FAX: 06-6201-4489
Mail: iokibe.makoto@hinode-sangyo.co.jp"""

SIG_MIKOSHIBA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 営業第二部 文教チーム
御子柴 怜　Rei Mikoshiba
〒103-0023 東京都中央区日本橋本町二丁目8番12号
TEL 03-5201-3380　携帯 080-4471-9062
mikoshiba.rei@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TACHIBANA = """
----------------------------------------
日の出産業株式会社 人事部 労務課
橘 美咲
TEL 06-6201-4431（直通）
tachibana.misaki@hinode-sangyo.co.jp
----------------------------------------"""

SIG_UNEME = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
人事部 ダイバーシティ推進グループ
采女 千尋（うねめ ちひろ）
内線 2306 ／ 06-6201-4436
uneme.chihiro@hinode-sangyo.co.jp"""

SIG_TAKANASHI = """
========================================
日の出産業株式会社　経理部 出納課
小鳥遊 奈々
〒541-0048 大阪府大阪市中央区瓦町三丁目5番7号
TEL 06-6201-4452　FAX 06-6201-4459
takanashi.nana@hinode-sangyo.co.jp
========================================"""

SIG_HARADA = """
Best regards,

Kenji Harada
Overseas Business Division
Hinode Sangyo Co., Ltd.
3-5-7 Kawaramachi, Chuo-ku, Osaka 541-0048, Japan
Tel: +81-6-6201-4470 | harada.kenji@hinode-sangyo.co.jp"""

SIG_YAKUSHIJI = """
日の出産業（株）総務部 厚生課
薬師寺 聡子
内線 2231 / yakushiji.satoko@hinode-sangyo.co.jp"""

SIG_UDO = """
*************************************
日の出産業株式会社
営業第二部 第一グループ
有働 晃（うどう あきら）
TEL 03-5201-3384 / 携帯 090-6148-3307
udo.akira@hinode-sangyo.co.jp
*************************************"""

MESSAGES = [
    # ---------------------------------------------------------------- 001-020
    {
        "id": "church-001",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "例大祭 神輿担ぎ手（日の出産業分）名簿のご送付",
        "charset": "iso-2022-jp",
        "body": """白鷺神社 社務所
権禰宜 禰津 昌平 様

いつも大変お世話になっております。
日の出産業の五百旗頭でございます。

先日お打合せいたしました秋季例大祭（十月十二日 宮入）の神輿担ぎ手につきまして、
弊社より参加いたします八名の名簿をお送りいたします。
装束（法被・鉢巻）のサイズ確認と、行事保険の加入手続きにお使いください。

No  氏名          ふりがな              生年月日            携帯電話
--------------------------------------------------------------------------
 1  五百旗頭 誠   いおきべ まこと       昭和52年 6月14日    090-4417-2308
 2  百目鬼 翔太   どうめき しょうた     平成 8年11月 2日    080-3921-7764
 3  栗花落 真央   つゆり まお           平成11年 3月27日    070-5208-1193
 4  猪狩 健吾     いかり けんご         昭和60年 9月 9日    090-7783-0451
 5  左右田 航     そうだ わたる         平成 4年 1月30日    080-6614-2957
 6  鬼頭 大河     きとう たいが         平成13年 7月18日    090-1357-8826
 7  雲母 亮介     きらら りょうすけ     昭和63年12月 5日    080-2290-4613
 8  蒲生 伸也     がもう しんや         平成 2年 5月21日    070-3846-0072

当日の集合は午前七時、社務所前と伺っております。
変更がございましたら、あらためてご連絡いたします。

何卒よろしくお願い申し上げます。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: eight volunteers with date of birth and mobile, space-padded table, to the shrine",
    },
    {
        "id": "church-002",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["皆川 由紀子 <minagawa.yukiko@kitaguni-foods.co.jp>"],
        "subject": "【ご相談】ラマダン期間中の社員食堂の対応について",
        "charset": "cp932",
        "body": """北国フーズ株式会社
大阪事業所　皆川様

いつも社員食堂の運営でお世話になっております。
日の出産業 人事部の橘です。

来月からのラマダン（断食月）に合わせ、下記の社員について昼食の提供方法を
ご相談させてください。いずれもイスラム教徒で、期間中は日中の飲食を控えます。

氏名\t所属\t宗教\tご相談内容
アフマド・ハキミ\t生産技術部\tイスラム教\t昼食不要、日没後の軽食（ハラール）を持ち帰りで
ファティマ・ユスフ\t品質保証部\tイスラム教\t昼食不要、残業日のみ夕食をハラールで
ラフマン・ミア\t物流センター\tイスラム教\t期間中の昼食予約を停止、食券の払戻し希望

期間中の食数の減少分と、持ち帰り容器の費用についても
あわせてお見積りいただけますと助かります。

よろしくお願いいたします。
""" + SIG_TACHIBANA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: three named employees' religion (Islam, fasting) sent to the canteen operator, tab-separated",
    },
    {
        "id": "church-003",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "subject": "礼拝堂 長椅子更新のお見積りにつきまして",
        "charset": "iso-2022-jp",
        "body": """学校法人聖マルコ学院
法人事務局 管財課
鷹司 恵 様

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出産業の御子柴でございます。

先般ご依頼いただきました礼拝堂の長椅子（会衆席）更新につきまして、
お見積書を添付にてお送りいたします。
張地は前回ご覧いただいたサンプルのうち「ワインレッド（品番 FB-207）」で算出しております。
納期は受注後おおよそ十週間、施工は夏季休暇中の二日間を想定しております。

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくご検討のほどお願い申し上げます。
""" + SIG_MIKOSHIBA,
        "attachments": [{
            "kind": "pdf", "name": "御見積書_聖マルコ学院_礼拝堂長椅子.pdf",
            "title": "御見積書",
            "lines": ["御見積書　No. HS-Q-25-0418", "学校法人聖マルコ学院 御中",
                      "件名：礼拝堂 会衆席（長椅子）更新工事", "有効期限：発行日より60日",
                      "日の出産業株式会社 営業第二部", ""],
            "table": [["品番", "品名", "数量", "単価", "金額"],
                      ["CP-2400", "会衆席 長椅子 W2400 聖書棚付", "36", "186,000", "6,696,000"],
                      ["CP-1800", "会衆席 長椅子 W1800 聖書棚付", "8", "152,000", "1,216,000"],
                      ["KN-01", "跪き台（可動式）", "44", "18,500", "814,000"],
                      ["FB-207", "張地 ワインレッド 防炎", "一式", "", "込"],
                      ["WK-01", "既存撤去・搬入据付", "一式", "", "420,000"],
                      ["", "小計", "", "", "9,146,000"],
                      ["", "消費税(10%)", "", "", "914,600"],
                      ["", "合計", "", "", "10,060,600"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary quote to the school client: price table, no personal data",
    },
    {
        "id": "church-004",
        "sender": "Kenji Harada <harada.kenji@hinode-sangyo.co.jp>",
        "to": ["ミチシルベ旅行 法人デスク <corporate@michishirube-travel.co.jp>"],
        "subject": "ジャカルタ出張（11/17〜11/22）航空券・ホテル手配のお願い",
        "charset": "utf-8",
        "body": """株式会社ミチシルベ旅行
法人デスク ご担当者様

いつもお世話になっております。日の出産業 海外事業部の原田です。

標記の出張につき、航空券（関空－ジャカルタ往復）とホテルの手配をお願いいたします。
出張者の情報は添付のExcelにまとめました（旅券の記載どおりのローマ字です）。
なお11/21（金）は先方工場がお昼の礼拝時間で長めに休憩となるため、
午後の移動便は15時以降でお願いできますと幸いです。

お見積りと空席状況をご連絡いただけますでしょうか。
よろしくお願いいたします。

原田 健司
日の出産業株式会社 海外事業部
TEL 06-6201-4470""",
        "attachments": [{
            "kind": "xlsx", "name": "出張者情報_ジャカルタ_1117.xlsx",
            "sheets": {
                "出張者": [
                    ["出張者情報（航空券・ホテル手配用）", "", "", "", "", "", ""],
                    ["", "", "", "", "", "", ""],
                    ["No", "氏名", "NAME (Passport)", "性別", "生年月日", "旅券番号", "有効期限"],
                    [1, "原田 健司", "HARADA KENJI", "M", "1981/02/19", "TR4082713", "2031/06/30"],
                    [2, "四月一日 紗希", "WATANUKI SAKI", "F", "1994/08/03", "TS7719024", "2029/11/12"],
                ],
                "日程": [
                    ["日付", "行程", "宿泊"],
                    ["11/17", "KIX 10:55 → CGK", "Jakarta"],
                    ["11/18-21", "PT Sinar Jaya 工場（Cikarang）", "Cikarang"],
                    ["11/22", "CGK 06:45 → KIX", "-"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "ID: two employees' passport numbers and dates of birth in an XLSX with a title row, to a travel agency",
    },
    {
        "id": "church-005",
        "sender": "采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>",
        "to": ["榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>"],
        "cc": ["人事部 労務課 <jinji-romu@hinode-sangyo.co.jp>"],
        "subject": "4F会議室Cの礼拝室転用について（利用希望者）",
        "charset": "iso-2022-jp",
        "body": """榊原さん

お疲れさまです。采女です。
先日の衛生委員会で話の出た、4F会議室Cを礼拝室（祈祷室）として使う件です。
社内アンケートで利用を希望した方は以下のとおりでした。

・アフマド・ハキミ（生産技術部）　イスラム教　12:15〜12:30、15:30前後
・ファティマ・ユスフ（品質保証部）　イスラム教　12:15〜12:30、日没前
・ラフマン・ミア（物流センター）　イスラム教　休憩時間内
・ラーフル・シャルマ（海外事業部）　ヒンドゥー教　朝の始業前 10分
・ダニエル・レヴィ（開発部）　ユダヤ教　金曜午後のみ
・鷲見 恵理子（経理部）　カトリック　昼休み（黙想のため）

入口のIC錠の設定と、清浄な敷物・方角表示（キブラ）の準備をお願いできればと思います。
費用は人事部のダイバーシティ予算から出します。

采女
""" + SIG_UNEME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all recipients internal: six employees' religions for the prayer room stay inside the company",
    },
    {
        "id": "church-006",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["丸山建設 総務部 <soumu@maruyama-kensetsu.co.jp>",
               "小湊酒造 <info@kominato-shuzo.co.jp>",
               "敦賀薬品 総務課 <soumu@tsuruga-yakuhin.co.jp>",
               "川崎電機 広報室 <koho@kawasaki-denki.co.jp>",
               "青葉運輸 地域連携室 <chiiki@aoba-unyu.co.jp>"],
        "subject": "白鷺神社 秋季例大祭 協賛のお願い（地元企業会より）",
        "charset": "iso-2022-jp",
        "body": """各位

平素より地域活動にご理解とご協力を賜り、厚く御礼申し上げます。
本年度の白鷺神社秋季例大祭につきまして、地元企業会の幹事を務めております
日の出産業の五百旗頭より、協賛のお願いをお送りいたします。

　日程　　令和七年十月十一日（土）宵宮／十二日（日）本宮
　協賛区分　特別協賛 十万円／協賛 五万円／奉納提灯 一張 一万円
　締切　　令和七年八月二十九日（金）

協賛いただいた企業様のお名前は、境内の奉納板および祭礼パンフレットに
掲載させていただきます。お申込書は追ってお送りいたします。

ご多用のところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: five external companies see each other in To; should have been Bcc",
    },
    {
        "id": "church-007",
        "sender": "九十九 拓海 <tsukumo.takumi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル ブライダルサロン <bridal@sakura-hote1.jp>"],
        "subject": "チャペル見学と福利厚生優待の確認",
        "charset": "cp932",
        "body": """さくらホテル ブライダルサロン
ご担当者様

はじめてご連絡いたします。日の出産業株式会社の九十九と申します。
弊社の福利厚生（提携ホテル優待）で、ホテル内チャペルでの挙式が
割引の対象になると伺いました。

来年春の挙式を検討しており、チャペルの見学をお願いしたく存じます。
候補日：６月１４日（土）午後／６月２２日（日）午前
人数：２名

優待の適用条件（社員証の提示など）についても、あわせてご教示ください。
どうぞよろしくお願いいたします。

日の出産業株式会社 営業第一部
九十九 拓海
tsukumo.takumi@hinode-sangyo.co.jp""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: sakura-hote1.jp (digit 1 for l) imitates partner sakura-hotel.jp",
    },
    {
        "id": "church-008",
        "sender": "九十九 拓海 <tsukumo.takumi@hinode-sangyo.co.jp>",
        "to": ["聖ガブリエル教会 ウェディング事務局 <wedding@st-gabriel-chapel.jp>"],
        "subject": "Re: 挙式お申込金のお支払い方法について",
        "charset": "utf-8",
        "body": """聖ガブリエル教会 ウェディング事務局
小野寺様

ご案内ありがとうございます。九十九です。
お申込金（50,000円）はクレジットカードでお願いいたします。

　カード番号：""" + _card(5) + """
　有効期限　：08/29
　名義　　　：TAKUMI TSUKUMO

お手数ですが、決済完了後にご連絡いただけますと幸いです。
よろしくお願いいたします。

九十九 拓海

> 九十九様
> お申込金のお支払いは、銀行振込またはクレジットカードにて承ります。
> カードの場合は、番号・有効期限・ご名義をお知らせください。
> 聖ガブリエル教会 ウェディング事務局 小野寺""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "card: a credit card number with expiry and holder name, in the new text of a reply to the chapel",
    },
    {
        "id": "church-009",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "subject": "【聖マルコ学院様】令和8年度 備品更新 見積一式",
        "charset": "iso-2022-jp",
        "body": """鷹司様

いつもお世話になっております。日の出産業の御子柴です。
令和8年度の備品更新（教室机・椅子、講堂暗幕、礼拝堂照明）の見積一式を
お送りいたします。

添付ファイルはパスワード付きZIPとなっております。
パスワードは別途メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_MIKOSHIBA,
        "attachments": [{
            "kind": "zip", "name": "R8_備品更新見積一式.zip", "password": "Mk7#seiM2025",
            "files": [
                {"kind": "xlsx", "name": "R8_備品更新見積.xlsx",
                 "sheets": {"見積": [["品名", "数量", "単価"], ["生徒用机 SD-70", 240, 14800],
                                    ["生徒用椅子 SC-42", 240, 9600],
                                    ["講堂暗幕 一式", 1, 1380000],
                                    ["礼拝堂 LED照明 改修", 1, 2460000]]}},
                {"kind": "pdf", "name": "施工スケジュール.pdf",
                 "lines": ["施工スケジュール（案）", "8月4日〜8日 教室", "8月18日〜19日 礼拝堂"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to the school client",
    },
    {
        "id": "church-010",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "subject": "【パスワードのお知らせ】令和8年度 備品更新 見積一式",
        "charset": "iso-2022-jp",
        "body": """鷹司様

先ほどお送りした「R8_備品更新見積一式.zip」のパスワードをお知らせいたします。

　Mk7#seiM2025

お手数をおかけいたしますが、よろしくお願いいたします。

日の出産業株式会社 営業第二部
御子柴 怜""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary: the separate password mail carries no personal data",
    },
    {
        "id": "church-011",
        "sender": "有働 晃 <udo.akira@hinode-sangyo.co.jp>",
        "to": ["葛城 隆之 <katsuragi.takayuki@kawasaki-denki.co.jp>"],
        "subject": "Re: 姫路工場ご訪問の日程について",
        "charset": "cp932",
        "body": """川崎電機株式会社
購買部　葛城様

お世話になっております。日の出産業の有働です。
ご訪問日程のご提案、ありがとうございます。

候補のうち、１１月７日（金）を第一希望とさせてください。
なお、同行いたします弊社生産技術部のアフマド・ハキミはイスラム教徒のため、
金曜１２時３０分～１３時３０分は集団礼拝に出る必要がございます。
恐れ入りますが、この時間帯を避けて工程をお組みいただけますでしょうか。
また昼食は豚肉・アルコールを含まないものをご用意いただけますと助かります。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_UDO + """

> 有働様
> 工場見学の候補日として、11/5（水）、11/7（金）、11/12（水）をご提案いたします。
> ご都合のよい日をお知らせください。
> 川崎電機 購買部 葛城""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's religion (Muslim, Friday prayer) disclosed to a partner in new text",
    },
    {
        "id": "church-012",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["久我 聡 <koga.satoshi@seimarco-gakuin.ac.jp>"],
        "subject": "礼拝堂ご見学のお礼",
        "charset": "iso-2022-jp",
        "body": """聖マルコ学院
宗教主任　久我 聡 先生

昨日はご多用のところ、礼拝堂をご案内いただき誠にありがとうございました。
日の出産業の御子柴です。

私事で恐縮ですが、私自身も幼児洗礼を受けたプロテスタントの信徒でして、
朝の礼拝の讃美歌を拝聴し、懐かしい気持ちになりました。
ステンドグラスの光の入り方を損なわないよう、照明改修の計画を練ってまいります。

改めて、ご提案書をお持ちいたします。
今後ともどうぞよろしくお願い申し上げます。
""" + SIG_MIKOSHIBA,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: the sender discloses only her own religion, voluntarily, to the school chaplain",
    },
    {
        "id": "church-013",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["こころギフト 法人営業部 <houjin@kokoro-gift.co.jp>"],
        "subject": "三十三回忌法要 引出物の発送先データ",
        "charset": "cp932",
        "body": """株式会社こころギフト
法人営業部 ご担当者様

いつもお世話になっております。日の出産業総務部の榊原でございます。

創業者 朝日奈源一郎の三十三回忌法要（１１月２３日 慈光寺）にて、
ご遠方のためご欠席となる方へ引出物を発送いたします。
発送先一覧をＣＳＶにて添付いたしますので、到着日１１月２５日指定でお願いいたします。
掛け紙は「志」、表書きは「日の出産業株式会社」でお願いします。

よろしくお願い申し上げます。
""" + SIG_SAKAKIBARA,
        "attachments": [{
            "kind": "csv", "name": "引出物発送先_1125着.csv", "encoding": "cp932",
            "rows": [
                ["氏名", "郵便番号", "住所", "電話番号", "品目"],
                ["朝日奈 静子", "658-0015", "兵庫県神戸市東灘区本山南町八丁目4番11号", "078-411-2673", "A"],
                ["朝日奈 敬一", "251-0035", "神奈川県藤沢市片瀬海岸二丁目19-6", "0466-25-8813", "A"],
                ["勘解由小路 雅", "606-8224", "京都府京都市左京区北白川西町77", "075-711-3904", "A"],
                ["東海林 武", "990-0039", "山形県山形市香澄町1丁目12-8", "023-632-5519", "B"],
                ["一口 房江", "612-8245", "京都府京都市伏見区横大路下三栖城ノ前町21", "075-601-7735", "B"],
                ["王生 孝雄", "760-0017", "香川県高松市番町四丁目3-15", "087-831-2246", "B"],
                ["四十物 義明", "930-0003", "富山県富山市桜町二丁目2-20", "076-441-9087", "B"],
                ["舎川 澄江", "860-0806", "熊本県熊本市中央区花畑町9-3", "096-352-6614", "B"],
                ["月見里 清", "420-0853", "静岡県静岡市葵区追手町6-1", "054-252-3370", "B"],
                ["八月一日 和子", "010-0001", "秋田県秋田市中通三丁目1-9", "018-833-4128", "B"],
                ["服部 隆", "460-0008", "愛知県名古屋市中区栄四丁目5-3", "052-241-7762", "B"],
                ["鴨脚 美代", "604-8005", "京都府京都市中京区恵比須町534", "075-221-0958", "B"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: twelve private persons' addresses and phones in a CP932 CSV to a gift shop",
    },
    {
        "id": "church-014",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["釈 慧真 <shaku.esin@jikoji.or.jp>"],
        "subject": "創業者三十三回忌法要の件（日程・会場のご確認）",
        "charset": "iso-2022-jp",
        "body": """慈光寺
副住職　釈 慧真 様

謹啓　晩秋の候、ますますご清祥のこととお慶び申し上げます。
日の出産業株式会社 総務部の榊原でございます。

先日はお時間を頂戴し、誠にありがとうございました。
創業者 朝日奈源一郎 三十三回忌法要につき、下記の通り確認させていただきます。

　一、日時　令和七年十一月二十三日（日）午前十一時より
　一、会場　慈光寺 本堂（法要後、客殿にてお斎）
　一、参列　約四十名（遺族・役員・OB）
　一、塔婆　十本（申込者は別途お知らせいたします）

お布施・御膳料・お車代につきましては、当日、社長よりお渡しいたします。
駐車場の台数（約十五台）につきましても、お手配いただけますと幸いです。

謹白
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary: memorial service logistics with the temple, no personal data beyond names",
    },
    {
        "id": "church-015",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "subject": "新年度備品 お見積り（改訂版）",
        "charset": "utf-8",
        "body": """鷹司様

お世話になっております。御子柴です。
ご指摘いただいた数量を反映し、お見積りを改訂しました。
ご確認のほどよろしくお願いいたします。
""" + SIG_MIKOSHIBA,
        "attachments": [{
            "kind": "xlsx", "name": "聖マルコ学院_見積_改訂版.xlsx",
            "page_header": "社外秘",
            "sheets": {
                "原価・粗利": [
                    ["【社外秘】仕入原価・粗利一覧（聖マルコ学院向け）", "", "", "", ""],
                    ["品名", "仕入先", "仕入単価", "提示単価", "粗利率"],
                    ["生徒用机 SD-70", "丸栄木工", 9800, 14800, "33.8%"],
                    ["生徒用椅子 SC-42", "丸栄木工", 6100, 9600, "36.5%"],
                    ["講堂暗幕 一式", "東和幕布", 910000, 1380000, "34.1%"],
                    ["礼拝堂 LED照明 改修", "光陽電設", 1720000, 2460000, "30.1%"],
                ],
                "見積": [
                    ["品名", "数量", "単価", "金額"],
                    ["生徒用机 SD-70", 252, 14800, 3729600],
                    ["生徒用椅子 SC-42", 252, 9600, 2419200],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: attached workbook is stamped 社外秘 (header and title row) and goes to the client",
    },
    {
        "id": "church-016",
        "sender": "Kenji Harada <harada.kenji@hinode-sangyo.co.jp>",
        "to": ["Lim Wei Keat <weikeat.lim@berkat-trading.com.my>"],
        "subject": "Shipping schedule around Hari Raya Aidilfitri",
        "charset": "utf-8",
        "body": """Dear Mr. Lim,

Thank you for your order PO-BT-88142 (stainless fittings, 14 pallets).

As Hari Raya Aidilfitri falls at the end of March next year and your warehouse in Klang
will be closed for about a week, we propose to move the shipment forward:

  - Vessel: WAN HAI 316, ETD Osaka 10 March, ETA Port Klang 19 March
  - B/L and invoice to be sent by 12 March
  - Alternatively: ETD 7 April, after the holiday

Please let us know which option suits you. We also wish you and your team a peaceful
Ramadan and Selamat Hari Raya in advance.
""" + SIG_HARADA + "\n\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English mail about a religious holiday closure, no person's data",
    },
    {
        "id": "church-017",
        "sender": "采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>",
        "to": ["クレセントキッチン 営業部 <sales@crescent-kitchen.co.jp>"],
        "subject": "国際交流懇親会（12/5）お食事の個別対応について",
        "charset": "utf-8",
        "body": """株式会社クレセントキッチン
営業部 ご担当者様

お世話になっております。日の出産業 人事部の采女です。
12/5の国際交流懇親会のケータリングにつき、個別対応が必要な参加者の一覧を
添付いたします。取り違えのないよう、お名前入りの札をお付けいただけますでしょうか。

よろしくお願いいたします。
""" + SIG_UNEME,
        "attachments": [{
            "kind": "xlsx", "name": "懇親会_食事個別対応一覧.xlsx",
            "sheets": {
                "参加者一覧": [
                    ["国際交流懇親会 12/5 食事個別対応", "", "", "", ""],
                    ["No", "氏名", "所属", "食事区分", "備考"],
                    [1, "アフマド・ハキミ", "生産技術部", "ハラール", "イスラム教／アルコール不使用の調味料で"],
                    [2, "ファティマ・ユスフ", "品質保証部", "ハラール", "イスラム教"],
                    [3, "ラフマン・ミア", "物流センター", "ハラール", "イスラム教"],
                    [4, "ラーフル・シャルマ", "海外事業部", "ベジタリアン", "ヒンドゥー教（牛肉・卵不可）"],
                    [5, "ダニエル・レヴィ", "開発部", "コーシャ", "ユダヤ教／肉と乳製品を同皿にしない"],
                    [6, "グエン・ティ・ラン", "経理部", "精進", "仏教（当日は肉・魚なし）"],
                    [7, "鷲見 恵理子", "経理部", "魚料理", "カトリック（金曜のため肉なし）"],
                ],
                "集計": [["区分", "食数"], ["ハラール", 3], ["ベジタリアン", 1], ["コーシャ", 1],
                         ["精進", 1], ["魚料理", 1], ["通常", 33]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive + list: seven named employees with their religion in an XLSX to an external caterer",
    },
    {
        "id": "church-018",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["クレセントキッチン 営業部 <sales@crescent-kitchen.co.jp>"],
        "subject": "ケータリングのお見積り依頼（12/5 懇親会 40名）",
        "charset": "iso-2022-jp",
        "body": """株式会社クレセントキッチン
ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の榊原と申します。
ハラール認証のケータリングを扱っておられると伺い、お見積りをお願いしたくご連絡しました。

　日時：12月5日（金）18:30〜20:30
　会場：弊社本社 8F 大会議室（大阪市中央区瓦町）
　人数：40名
　内訳：ハラール対応 6食、ベジタリアン対応 4食、その他 30食
　条件：全体として豚肉・アルコール不使用でお願いします

個別の参加者情報が必要な場合は、社内で確認のうえ改めてご相談いたします。
お手数ですが、11月14日までにご回答いただけますと幸いです。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "counts of halal / vegetarian meals only, nobody identifiable",
    },
    {
        "id": "church-019",
        "sender": "小鳥遊 奈々 <takanashi.nana@hinode-sangyo.co.jp>",
        "to": ["御手洗 篤 <mitarai.atsushi@kotobuki-tax.jp>"],
        "subject": "新年神事 雅楽奏者への謝礼（支払調書の作成）",
        "charset": "cp932",
        "body": """寿税理士法人
御手洗先生

いつもお世話になっております。日の出産業 経理部の小鳥遊です。
１月６日の新年祈願祭（本社屋上社にて斎行）で雅楽を奏していただいた方への
謝礼につき、報酬の支払調書の作成をお願いいたします。
ご本人から個人番号をいただいておりますので、下記のとおりお知らせします。

【１】
　氏名　　：笙 担当　鳳 聡一郎（おおとり そういちろう）
　住所　　：奈良県奈良市春日野町１６０－３
　個人番号：""" + _mn(1) + """
　支払額　：５５，０００円（源泉徴収 ５，６１５円）

【２】
　氏名　　：篳篥 担当　神 真琴（じん まこと）
　住所　　：大阪府東大阪市額田町２－１８
　個人番号：""" + _mn(2) + """
　支払額　：５５，０００円（源泉徴収 ５，６１５円）

どうぞよろしくお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "My Number: two performers' 個人番号 with names and addresses, one record per block, to the tax office",
    },
    {
        "id": "church-020",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "Re: 担ぎ手名簿の確認（装束サイズ）",
        "charset": "iso-2022-jp",
        "body": """禰津様

ご確認ありがとうございます。五百旗頭です。
ご記載いただいたとおりで相違ございません。
法被のサイズは、全員Lで問題ないとのことです。
当日はどうぞよろしくお願いいたします。

五百旗頭

禰津 昌平 wrote:
> 五百旗頭様
> 名簿を頂戴し、ありがとうございました。保険加入の前に念のため確認させてください。
> 下記で相違ございませんでしょうか。
>
>   百目鬼 翔太　平成8年11月2日　080-3921-7764
>   栗花落 真央　平成11年3月27日　070-5208-1193
>   猪狩 健吾　　昭和60年9月9日　090-7783-0451
>   左右田 航　　平成4年1月30日　080-6614-2957
>   鬼頭 大河　　平成13年7月18日　090-1357-8826
>   雲母 亮介　　昭和63年12月5日　080-2290-4613
>
> 白鷺神社 社務所 禰津""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list sits only in quoted text of the recipient's own mail; new text has no personal data",
    },
    # ---------------------------------------------------------------- 021-040
    {
        "id": "church-021",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["大河内 和也 <okochi.kazuya@frontier-kanzai.co.jp>"],
        "subject": "FW: 礼拝室 利用者一覧（確定）",
        "charset": "utf-8",
        "body": """フロンティア管財株式会社
大河内様

いつもビル管理でお世話になっております。日の出産業の榊原です。
4F会議室Cを礼拝室にする件、利用者が確定しましたので人事部からのメールを転送します。
下記の社員証番号に、4F-C室の入退室権限（平日 7:00〜20:00）を付与してください。

以上、よろしくお願いします。
榊原

-------- Forwarded Message --------
差出人: 采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>
送信日時: 2025年10月2日 17:48
宛先: 榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>
件名: 礼拝室 利用者一覧（確定）

榊原さん

最終的な利用者は以下の6名です。IC錠の設定をお願いします。

社員証番号 / 氏名 / 所属 / 宗教 / 主な利用時間
H-10442 / アフマド・ハキミ / 生産技術部 / イスラム教 / 12:15-12:30, 15:30
H-11873 / ファティマ・ユスフ / 品質保証部 / イスラム教 / 12:15-12:30
H-12206 / ラフマン・ミア / 物流センター / イスラム教 / 休憩時間内
H-09315 / ラーフル・シャルマ / 海外事業部 / ヒンドゥー教 / 始業前
H-12950 / ダニエル・レヴィ / 開発部 / ユダヤ教 / 金曜午後
H-07781 / 鷲見 恵理子 / 経理部 / カトリック / 昼休み

采女""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive + list: forward of an internal mail listing six employees' religions to the building manager",
    },
    {
        "id": "church-022",
        "sender": "総務部 <soumu@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【総務】年末年始休業と「宗教的祝祭日休暇」新設のお知らせ",
        "charset": "iso-2022-jp",
        "body": """社員各位

総務部よりお知らせします。

１．年末年始休業
　　令和7年12月27日（土）〜令和8年1月4日（日）
　　※1月5日（月）10時より、本社屋上社にて新年祈願祭を行います（任意参加）。

２．宗教的祝祭日休暇の新設（令和8年1月1日施行）
　　ご自身の信仰に基づく祝祭日に、年3日まで特別休暇（有給）を取得できます。
　　例：イード・アル＝フィトル、イード・アル＝アドハー、ディーワーリー、
　　　　旧正月、ヨム・キプール、復活祭、クリスマス など
　　申請は勤怠システムの「特別休暇（宗教）」から。理由欄の記入は不要です。
　　信仰の内容を上長に説明する必要はありません。

ご不明点は総務部 榊原（内線2214）までお問い合わせください。

総務部""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal notice about religious holidays, no person's data",
    },
    {
        "id": "church-023",
        "sender": "薬師寺 聡子 <yakushiji.satoko@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 栄養管理課 <eiyou@kitaguni-foods.jp>"],
        "subject": "ハラールメニュー試食会の日程について",
        "charset": "cp932",
        "body": """北国フーズ株式会社
栄養管理課 御中

いつもお世話になっております。
日の出産業 総務部厚生課の薬師寺です。

先日ご提案いただいたハラールメニュー（金曜日の定食）の試食会ですが、
以下の日程でいかがでしょうか。

　・１０月２８日（火）１４：００～１５：００
　・１０月３０日（木）１４：００～１５：００
　場所：本社 地下１階 社員食堂

参加者は厚生課２名と衛生委員３名の予定です。
ご都合をお知らせください。
""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kitaguni-foods.jp (co. dropped) imitates partner kitaguni-foods.co.jp",
    },
    {
        "id": "church-024",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "cc": ["陣内 拓 <jinnouchi.taku@tsubasa-system.jp>"],
        "subject": "タブレット導入 打合せのお願い（ツバサシステム様同席）",
        "charset": "iso-2022-jp",
        "body": """聖マルコ学院 鷹司様
（cc：ツバサシステム 陣内様）

お世話になっております。日の出産業の御子柴です。

中学1年生向けタブレット（約180台）の導入につき、
端末管理（MDM）を担当されるツバサシステムの陣内様にもご同席いただき、
一度お打合せの場を設けたく存じます。

　候補：10月21日（火）15時〜／10月23日（木）10時〜
　場所：貴学院 法人事務局 会議室
　議題：校内Wi-Fiの現況、フィルタリング方針、配布スケジュール

ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_MIKOSHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (school and partner) in a normal three-way meeting mail",
    },
    {
        "id": "church-025",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
        "subject": "創立70周年記念式典 ご来賓名簿",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル 宴会営業部<br>望月様</p>
<p>いつもお世話になっております。日の出産業 総務部の榊原でございます。<br>
11月8日の創立70周年記念式典（修祓式・祝賀会）のご来賓名簿をお送りいたします。
受付でのお名札・お席札の作成と、送迎車の手配にお使いください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>ご芳名</th><th>ご所属・お役職</th><th>携帯電話（当日連絡用）</th><th>メールアドレス</th></tr>
<tr><td>1</td><td>葛城 隆之 様</td><td>川崎電機 購買部長</td><td>090-2731-6604</td><td>t.katsuragi.home@gmail.com</td></tr>
<tr><td>2</td><td>鷹司 恵 様</td><td>学校法人聖マルコ学院 管財課長</td><td>080-5519-2087</td><td>megu.taka@yahoo.co.jp</td></tr>
<tr><td>3</td><td>禰津 昌平 様</td><td>白鷺神社 権禰宜</td><td>090-8846-1352</td><td>nezu.s@icloud.com</td></tr>
<tr><td>4</td><td>釈 慧真 様</td><td>慈光寺 副住職</td><td>070-1184-5920</td><td>esin.shaku@outlook.jp</td></tr>
<tr><td>5</td><td>白川 早苗 様</td><td>白川法律事務所 弁護士</td><td>080-3307-4419</td><td>sanae-s@docomo.ne.jp</td></tr>
<tr><td>6</td><td>Lim Wei Keat 様</td><td>Berkat Trading 取締役</td><td>+60-12-448-3071</td><td>lwk.personal@gmail.com</td></tr>
<tr><td>7</td><td>陣内 拓 様</td><td>ツバサシステム 課長</td><td>090-4620-1178</td><td>taku.jinnouchi@ezweb.ne.jp</td></tr>
</table>
<p>変更が生じましたら、改めてご連絡いたします。<br>何卒よろしくお願い申し上げます。</p>
<p>――<br>日の出産業株式会社 総務部 総務課 榊原 崇<br>TEL 06-6201-4470 内線2214</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: seven guests' private mobiles and e-mail addresses in an HTML-only table to the hotel",
    },
    {
        "id": "church-026",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["佐藤行政書士事務所 <office@sato-gyosei.jp>"],
        "subject": "在留期間更新申請 書類一式（ラフマン）",
        "charset": "iso-2022-jp",
        "body": """佐藤行政書士事務所
佐藤先生

お世話になっております。日の出産業 人事部の橘です。
弊社社員の在留期間更新申請につき、会社側の書類一式（在職証明書、
給与証明、雇用契約書の写し）をPDFにまとめてお送りいたします。

PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
よろしくお願いいたします。
""" + SIG_TACHIBANA,
        "attachments": [{
            "kind": "pdf", "name": "在留期間更新_会社書類一式.pdf", "password": "rhm0412",
            "lines": ["在職証明書", "雇用契約書（写）", "給与所得の源泉徴収票（写）"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF to the visa scrivener",
    },
    {
        "id": "church-027",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["佐藤 由香里 <sato.yukari@sato-gyosei.jp>"],
        "subject": "申請書記載事項の件（ご本人情報）",
        "charset": "iso-2022-jp",
        "body": """佐藤先生

お電話ありがとうございました。橘です。
申請書の「申請人」欄にご記入いただく事項をお知らせします。

　氏名　　　　　RAHMAN MIA（ラフマン・ミア）
　生年月日　　　1991年4月8日
　国籍　　　　　バングラデシュ
　在留カード番号　UH48207319KA
　在留資格　　　技術・人文知識・国際業務
　在留期限　　　2026年1月31日

勤務先欄は会社の登記どおり「日の出産業株式会社」でお願いします。
よろしくお願いいたします。
""" + SIG_TACHIBANA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "ID: an employee's residence card number with date of birth to the scrivener",
    },
    {
        "id": "church-028",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["佐藤 由香里 <sato.yukari@sato-gyosei.jp>"],
        "subject": "RE: 申請書記載事項の件（ご本人情報）",
        "charset": "iso-2022-jp",
        "body": """佐藤先生

ご丁寧にありがとうございます。
入管への提出日が決まりましたら、またお知らせください。
本人にも伝えておきます。

橘

-----Original Message-----
From: 佐藤 由香里 <sato.yukari@sato-gyosei.jp>
Sent: Thursday, October 9, 2025 11:02 AM
To: 橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>
Subject: RE: 申請書記載事項の件（ご本人情報）

橘様

ご連絡ありがとうございます。下記の内容で申請書を作成いたしました。

　氏名　　　　　RAHMAN MIA
　生年月日　　　1991年4月8日
　在留カード番号　UH48207319KA

来週前半に入管へ提出予定です。
佐藤行政書士事務所 佐藤""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "residence card number appears only in the recipient's own quoted mail (under Original Message)",
    },
    {
        "id": "church-029",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["haruo.kamo1952@gmail.com", "猪瀬 正 <inose-tadashi@yahoo.co.jp>",
               "sakaki.ob@icloud.com"],
        "subject": "神輿OB会のお誘い（例大祭 宵宮）",
        "charset": "iso-2022-jp",
        "body": """神輿OB会の皆さま

ご無沙汰しております。日の出産業 CSR推進室の五百旗頭です。
今年も白鷺神社の例大祭が近づいてまいりました。
宵宮（10月11日・土）の夕方、社務所裏で恒例の直会を行いますので、
OBの皆さまにもぜひお越しいただければと思います。

　集合：17時30分　白鷺神社 社務所前
　会費：2,000円（当日集めます）

出欠は10月3日までにこのメールへご返信ください。
お会いできるのを楽しみにしております。

五百旗頭""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three parties: three private persons on free mail can see each other's addresses in To",
    },
    {
        "id": "church-030",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["朝日奈 静子 <shizuko.asahina@docomo.ne.jp>"],
        "subject": "三十三回忌法要のご案内",
        "charset": "iso-2022-jp",
        "body": """朝日奈 静子 様

秋冷の候、いかがお過ごしでしょうか。
日の出産業株式会社 総務部の榊原でございます。

故 朝日奈源一郎 相談役の三十三回忌法要を、下記のとおり営ませていただきます。

　日時　十一月二十三日（日）午前十一時
　場所　慈光寺 本堂（大阪府吹田市）

当日は社用車にてご自宅までお迎えにあがります。
ご体調のすぐれない折は、どうかご無理をなさらず、お気軽にお申し付けください。

榊原 崇
日の出産業株式会社 総務部 TEL 06-6201-4470（内線2214）""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one private recipient on a carrier address; ordinary invitation",
    },
    {
        "id": "church-031",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "担ぎ手の交代について",
        "charset": "iso-2022-jp",
        "body": """禰津様

お世話になっております。五百旗頭です。
先日お送りした担ぎ手名簿のうち、猪狩 健吾につきまして、
以前から心臓に持病があり、昨年ペースメーカーを入れていることが分かりました。
主治医から激しい運動は控えるよう言われているそうですので、担ぎ手からは外し、
当日は先導の提灯持ちに回らせていただけますでしょうか。
代わりの担ぎ手は、週明けにお知らせいたします。

ご迷惑をおかけいたしますが、よろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: one named employee's heart condition disclosed to the shrine",
    },
    {
        "id": "church-032",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["中高事務室 <jimu-chuko@seimarco-gakuin.ac.jp>"],
        "subject": "新入生 制服採寸結果のご報告（追加採寸分）",
        "charset": "utf-8",
        "body": """聖マルコ学院 中学校・高等学校
事務室 御中

いつもお世話になっております。日の出産業の御子柴です。
3月22日の追加採寸会で採寸した新入生分の結果をWordにまとめました。
サイズ在庫の都合で納品が4月3日になる生徒もおりますので、
保護者様へのご連絡をお願いできますでしょうか。
""" + SIG_MIKOSHIBA,
        "attachments": [{
            "kind": "docx", "name": "追加採寸結果_令和8年度新入生.docx",
            "paragraphs": ["令和8年度 新入生 制服採寸結果（追加採寸分）",
                           "採寸日：令和8年3月22日　会場：聖マルコ学院 小講堂", ""],
            "tables": [[
                ["組", "氏名", "身長", "ブレザー", "スカート/スラックス", "保護者連絡先", "納品"],
                ["1-A", "雲雀 ひなた", "148", "150A", "W60", "090-3318-2740", "3/28"],
                ["1-A", "十文字 蓮", "156", "160A", "W66", "080-7726-0153", "4/3"],
                ["1-B", "薬袋 結衣", "151", "155A", "W61", "070-2964-8815", "3/28"],
                ["1-B", "神門 湊", "162", "165B", "W70", "090-5580-3392", "4/3"],
                ["1-C", "鶴来 心春", "145", "145A", "W58", "080-1147-6628", "3/28"],
                ["1-C", "小比類巻 陽翔", "159", "160A", "W68", "090-6203-9947", "3/28"],
                ["1-D", "東風谷 紬", "153", "155A", "W62", "070-4418-2075", "4/3"],
                ["1-D", "日下部 蒼", "167", "170A", "W72", "080-9031-5564", "3/28"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: eight students' measurements and guardians' phones in a DOCX table to the school",
    },
    {
        "id": "church-033",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["中高事務室 <jimu-chuko@seimarco-gakuin.ac.jp>"],
        "subject": "令和8年度 新入生制服採寸会のご案内（保護者配布用）",
        "charset": "iso-2022-jp",
        "body": """聖マルコ学院 中学校・高等学校
事務室 御中

いつもお世話になっております。日の出産業の御子柴でございます。
令和8年度新入生の制服採寸会につき、保護者様向けのご案内文案をお送りいたします。
合格発表後の書類に同封いただけますと幸いです。

-----（ここから案内文）-----
新入生保護者の皆様へ

　制服採寸会を下記のとおり行います。
　日時：令和8年2月14日（土）9:30〜15:00
　　　　（予備日 3月22日（日）10:00〜12:00）
　会場：聖マルコ学院 小講堂
　持ち物：上履き、採寸票（同封）
　お支払い：当日、現金またはクレジットカード（一括のみ）

　お問い合わせ：日の出産業株式会社 学生服係 03-5201-3380（平日9時〜17時）
-----（ここまで）-----

修正点がございましたらお知らせください。
""" + SIG_MIKOSHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary notice text for parents, no person's data",
    },
    {
        "id": "church-034",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "協賛金の件（決裁書の写しを添付します）",
        "charset": "cp932",
        "body": """禰津様

お世話になっております。五百旗頭です。
例大祭への協賛金につき、社内決裁が下りましたのでご報告いたします。
金額の内訳がわかるよう、決裁書の写しを添付いたします。
請求書は１０月１日付でお送りいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "pdf", "name": "稟議書_R7-CSR-031_白鷺神社例大祭協賛.pdf",
            "page_header": "取扱注意",
            "lines": ["【取扱注意】", "稟議書　R7-CSR-031",
                      "件名：白鷺神社 秋季例大祭 特別協賛の件", "起案：総務部 CSR推進室 五百旗頭",
                      "協賛金額：金 300,000 円（特別協賛 100,000 円／奉納提灯 20 張 200,000 円）",
                      "費目：寄付金（損金算入限度額の範囲内）",
                      "目的：地域との関係強化、採用広報への活用",
                      "決裁：代表取締役 承認済（令和7年9月12日）"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached approval form is stamped 取扱注意 in its header",
    },
    {
        "id": "church-035",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "subject": "秘密保持契約書（案）のご送付",
        "charset": "iso-2022-jp",
        "body": """鷹司様

お世話になっております。御子柴です。
タブレット導入に伴い、弊社が生徒の皆様のアカウント情報をお預かりする場面があるため、
秘密保持契約を締結させていただきたく、弊社ひな形をお送りいたします。
貴学院の様式がございましたら、そちらに合わせることも可能です。

機密情報の範囲（第2条）と返還・廃棄（第8条）について、
法務ご担当者様のご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_MIKOSHIBA,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書（案）_聖マルコ学院.docx",
            "paragraphs": [
                "秘密保持契約書（案）",
                "学校法人聖マルコ学院（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
                "タブレット端末導入業務に関し、次のとおり秘密保持契約を締結する。",
                "第1条（目的）本契約は、甲が乙に開示する情報の取扱いを定めることを目的とする。",
                "第2条（機密情報）本契約において機密情報とは、甲が乙に開示する生徒・教職員の個人情報、"
                "学内ネットワーク構成その他甲が秘密である旨を明示した情報をいう。",
                "第8条（返還・廃棄）乙は、業務終了後速やかに機密情報を返還又は廃棄する。",
                "第12条（有効期間）本契約の有効期間は締結日から3年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA; the draft mentions 機密情報 as a defined term, not a classification stamp",
    },
    {
        "id": "church-036",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["星野損害保険 法人営業課 <houjin@hoshino-sonpo.co.jp>"],
        "subject": "行事傷害保険 加入者の追加",
        "charset": "utf-8",
        "body": """星野損害保険株式会社
法人営業課 ご担当者様

お世話になっております。日の出産業の橘です。
10/11〜12の白鷺神社例大祭に、社員ボランティアとして参加する者を
行事傷害保険に追加でご加入ください。（前回分とは別の方々です）

氏名\tフリガナ\t性別\t生年月日
四月一日 紗希\tワタヌキ サキ\t女\tH6.8.3
御手洗 圭\tミタライ ケイ\t男\tS58.4.2
東海林 亮\tショウジ リョウ\t男\tH2.11.3
薬袋 修\tミナイ オサム\t男\tS49.10.27
小鳥遊 奈々\tタカナシ ナナ\t女\tH9.1.15
鷲見 恵理子\tスミ エリコ\t女\tS62.6.6
十文字 剛\tジュウモンジ ツヨシ\t男\tH12.2.29
日下部 透\tクサカベ トオル\t男\tS55.12.24
神門 沙織\tゴウド サオリ\t女\tH4.7.7

保険料のご請求は、前回と同様に総務部宛てでお願いいたします。
""" + SIG_TACHIBANA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: nine employees with 和暦-abbreviated dates of birth, tab-separated, to an insurer",
    },
    {
        "id": "church-037",
        "sender": "小鳥遊 奈々 <takanashi.nana@hinode-sangyo.co.jp>",
        "to": ["白鷺神社 社務所 <shamusho@shirasagi-jinja.or.jp>"],
        "subject": "協賛金お振込みのご連絡（請求書 SRG-2025-014）",
        "charset": "iso-2022-jp",
        "body": """白鷺神社 社務所 御中

いつもお世話になっております。日の出産業 経理部の小鳥遊でございます。
ご請求いただいておりました例大祭協賛金につき、本日お振込みいたしました。

　請求書番号　SRG-2025-014
　振込日　　　令和7年10月3日
　金額　　　　300,000円
　振込先　　　みどり銀行 白鷺支店 普通 1470362 宗教法人白鷺神社
　振込名義　　ヒノデサンギョウ（カ

領収書は、本社 総務部 五百旗頭宛てにご送付くださいますようお願いいたします。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment notice: an organisation's bank account on an invoice is business data",
    },
    {
        "id": "church-038",
        "sender": "小鳥遊 奈々 <takanashi.nana@hinode-sangyo.co.jp>",
        "to": ["法人営業部 竹中 <takenaka@midori-glnko.co.jp>"],
        "subject": "寄付金送金の件（社会福祉法人聖ヨセフ会あて）",
        "charset": "cp932",
        "body": """みどり銀行 法人営業部
竹中様

いつもお世話になっております。日の出産業 経理部の小鳥遊です。
社会福祉法人聖ヨセフ会（児童養護施設 ヨセフの家）への寄付金の送金につき、
総合振込の依頼書を作成いたしましたので、ご確認をお願いいたします。

　振込予定日：１２月１９日
　金額：１，０００，０００円
　受取人：社会福祉法人聖ヨセフ会（みどり銀行 本店営業部 普通）

原本は本日、社内便にて支店へお届けします。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: midori-glnko.co.jp (l for i) imitates partner midori-ginko.co.jp",
    },
    {
        "id": "church-039",
        "sender": "小鳥遊 奈々 <takanashi.nana@hinode-sangyo.co.jp>",
        "to": ["竹中 洋平 <takenaka.yohei@midori-ginko.co.jp>"],
        "subject": "Re: 寄付金送金の件（社会福祉法人聖ヨセフ会あて）",
        "charset": "cp932",
        "body": """竹中様

早速ご確認いただきありがとうございます。
ご指摘の受取人口座の名義カナ「シャカイフクシホウジン セイヨセフカイ」で修正いたしました。
修正後の依頼書を明日持参いたします。

あわせて、白鷺神社（宗教法人）あての協賛金も同日付で送金予定ですので、
２件まとめて処理いただけますと助かります。

　１．社会福祉法人聖ヨセフ会　１，０００，０００円
　２．宗教法人白鷺神社　　　　　３００，０００円

よろしくお願いいたします。
小鳥遊""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary banking mail to the correct partner domain; only organisations' payees",
    },
    {
        "id": "church-040",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "法要ご案内状 宛名印刷データのご送付",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
制作部 ご担当者様

いつもお世話になっております。日の出産業 総務部の榊原です。
先日校了いたしました三十三回忌法要ご案内状の、封筒宛名印刷用データをお送りします。
「送付先」シートの全件を、縦書き・毛筆体でお願いいたします。
投函は10月20日（月）でお願いします。
""" + SIG_SAKAKIBARA,
        "attachments": [{
            "kind": "xlsx", "name": "ご案内状_送付先リスト.xlsx",
            "sheets": {
                "送付先": [
                    ["創業者 朝日奈源一郎 三十三回忌法要 ご案内状 送付先", "", "", ""],
                    ["氏名", "敬称", "郵便番号", "住所"],
                    ["朝日奈 敬一", "様", "251-0035", "神奈川県藤沢市片瀬海岸二丁目19-6"],
                    ["朝日奈 美里", "様", "662-0083", "兵庫県西宮市苦楽園四番町3-21"],
                    ["勘解由小路 雅", "様", "606-8224", "京都府京都市左京区北白川西町77"],
                    ["東海林 武", "様", "990-0039", "山形県山形市香澄町1丁目12-8"],
                    ["一口 房江", "様", "612-8245", "京都府京都市伏見区横大路下三栖城ノ前町21"],
                    ["王生 孝雄", "様", "760-0017", "香川県高松市番町四丁目3-15"],
                    ["四十物 義明", "様", "930-0003", "富山県富山市桜町二丁目2-20"],
                    ["舎川 澄江", "様", "860-0806", "熊本県熊本市中央区花畑町9-3"],
                    ["月見里 清", "様", "420-0853", "静岡県静岡市葵区追手町6-1"],
                    ["八月一日 和子", "様", "010-0001", "秋田県秋田市中通三丁目1-9"],
                    ["服部 隆", "様", "460-0008", "愛知県名古屋市中区栄四丁目5-3"],
                    ["鴨脚 美代", "様", "604-8005", "京都府京都市中京区恵比須町534"],
                    ["百済 忠", "様", "543-0001", "大阪府大阪市天王寺区上本町六丁目5-13"],
                    ["設楽 絹代", "様", "564-0062", "大阪府吹田市垂水町三丁目28-7"],
                    ["猿渡 正次", "様", "639-1123", "奈良県大和郡山市筒井町1024"],
                    ["宇治橋 幸子", "様", "520-0044", "滋賀県大津市京町四丁目1-2"],
                ],
                "印刷仕様": [["項目", "内容"], ["封筒", "長3 白 和紙風"], ["書体", "毛筆行書"],
                             ["差出人", "日の出産業株式会社 総務部"], ["数量", "16"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: sixteen private home addresses in a two-sheet XLSX with a title row, to the printer",
    },
    # ---------------------------------------------------------------- 041-060
    {
        "id": "church-041",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "Re: ご案内状 初校のご確認",
        "charset": "utf-8",
        "body": """錦印刷 制作部
井筒様

初校をお送りいただきありがとうございます。榊原です。
赤字を入れたPDFを返送いたしますので、再校をお願いいたします。

主な修正点：
・2行目「三十三回忌」のルビは不要です
・日付は「令和七年十一月二十三日（日）」と曜日を括弧書きに
・会場の地図は慈光寺様ご提供のもの（前回メール添付）に差し替え
・返信はがきの締切を「十一月七日」に

再校は来週水曜までにいただけると助かります。

榊原""",
        "attachments": [{
            "kind": "pdf", "name": "ご案内状_初校_赤字.pdf",
            "lines": ["謹啓　晩秋の候　皆様には益々ご清祥のこととお慶び申し上げます",
                      "さて　弊社創業者 故 朝日奈源一郎 儀　来る十一月二十三日に",
                      "三十三回忌を迎えます　つきましては左記により法要を営みたく存じます",
                      "", "記", "日時　令和七年十一月二十三日（日）午前十一時",
                      "場所　慈光寺 本堂", "", "日の出産業株式会社 代表取締役社長",
                      "［赤字］ルビ削除／曜日括弧書き／地図差替え"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary proof correction with the printer, no personal data",
    },
    {
        "id": "church-042",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["ふくりパートナーズ 給付センター <kyufu@fukuri-partners.co.jp>"],
        "subject": "慶弔給付・供花手配の申請（9月分）",
        "charset": "iso-2022-jp",
        "body": """株式会社ふくりパートナーズ
給付センター ご担当者様

いつもお世話になっております。日の出産業 人事部の橘です。
9月分の慶弔給付と供花・弔電の手配依頼をZIPにまとめてお送りします。
供花は宗派に合わせた形式（仏式・神式・キリスト教式）でお願いします。

よろしくお願いいたします。
""" + SIG_TACHIBANA,
        "attachments": [{
            "kind": "zip", "name": "慶弔申請_2025-09.zip",
            "files": [{
                "kind": "xlsx", "name": "慶弔申請_2025-09.xlsx",
                "sheets": {"9月": [
                    ["社員番号", "氏名", "事由", "宗派", "式場", "供花送付先住所"],
                    ["H-03318", "蒲生 伸也", "実父逝去", "浄土真宗本願寺派", "平安会館 西宮",
                     "兵庫県西宮市松原町2-14"],
                    ["H-05527", "鷲見 恵理子", "祖母逝去", "カトリック", "カトリック苦楽園教会",
                     "兵庫県西宮市南越木岩町6-3"],
                    ["H-07204", "雲母 亮介", "義母逝去", "神道（神葬祭）", "自宅",
                     "奈良県生駒市東松ケ丘11-8"],
                    ["H-08840", "百目鬼 翔太", "祖父逝去", "日蓮宗", "妙法寺 会館",
                     "大阪府堺市堺区宿院町東3-1-2"],
                    ["H-10442", "アフマド・ハキミ", "実父逝去", "イスラム教（供花不要）", "本国にて",
                     "—"],
                    ["H-11206", "栗花落 真央", "結婚", "—（教会挙式）", "聖ガブリエル教会",
                     "兵庫県神戸市中央区山本通2-7"],
                    ["H-04471", "左右田 航", "実母逝去", "曹洞宗", "大悲閣 斎場",
                     "京都府京都市西京区嵐山元録山町58"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "sensitive + list: seven employees' family religions (宗派) and addresses inside a plain ZIP",
    },
    {
        "id": "church-043",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>"],
        "subject": "供花の件（蒲生さん・鷲見さん）",
        "charset": "iso-2022-jp",
        "body": """榊原さん

お疲れさまです。橘です。
今週の弔事2件、会社名義の供花の手配をお願いします。

・蒲生 伸也さん（物流部）お父様　浄土真宗なので白菊中心の生花で
　通夜 9/18 18時　平安会館 西宮
・鷲見 恵理子さん（経理部）お祖母様　カトリック、教会でのお葬儀なので
　十字架型ではなく籠の白い生花で、札は「献花」でお願いします
　葬儀ミサ 9/20 11時　カトリック苦楽園教会

弔電は人事で手配済みです。

橘""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all recipients internal: employees' family religion for flower arrangements stays inside",
    },
    {
        "id": "church-044",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["陣内 拓 <jinnouchi.taku@tsubasa-system.jp>"],
        "subject": "FW: 教員用アカウント発行のお願い（聖マルコ学院）",
        "charset": "utf-8",
        "body": """陣内さん

お世話になっております。御子柴です。
聖マルコ学院の情報科から、先行して教員アカウントを発行してほしいとの依頼がありました。
元のメールを添付しますので、MDMへの登録をお願いできますか。

御子柴""",
        "attachments": [{
            "kind": "eml", "name": "教員用アカウント発行のお願い.eml",
            "message": {
                "sender": "情報科 乙部 健二 <otobe.kenji@seimarco-gakuin.ac.jp>",
                "to": ["御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>"],
                "subject": "教員用アカウント発行のお願い",
                "charset": "iso-2022-jp",
                "body": """日の出産業 御子柴様

お世話になっております。情報科の乙部です。
生徒配布に先立ち、下記の教員8名分のアカウントを発行いただけますでしょうか。

氏名　　　　　メール　　　　　　　　　　　　　　　携帯（二段階認証用）
乙部 健二　　otobe.kenji@seimarco-gakuin.ac.jp　　090-2284-7105
久我 聡　　　koga.satoshi@seimarco-gakuin.ac.jp　　080-6627-3391
宮腰 律子　　miyakoshi.ritsuko@seimarco-gakuin.ac.jp　070-3358-9024
千々岩 誠　　chijiiwa.makoto@seimarco-gakuin.ac.jp　090-7719-4486
譲原 あかね　yuzuhara.akane@seimarco-gakuin.ac.jp　080-4402-1167
木全 大輔　　kimata.daisuke@seimarco-gakuin.ac.jp　090-8853-6270
生方 美穂　　ubukata.miho@seimarco-gakuin.ac.jp　　070-1926-4438
甲賀 直人　　koga.naoto@seimarco-gakuin.ac.jp　　　080-3075-8812

よろしくお願いいたします。
聖マルコ学院 中学校・高等学校 情報科 乙部""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: forwarded mail attached as .eml with eight teachers' e-mails and mobiles, sent on to a partner",
    },
    {
        "id": "church-045",
        "sender": "Kenji Harada <harada.kenji@hinode-sangyo.co.jp>",
        "to": ["Priya Nair <priya.nair@shakti-components.in>"],
        "subject": "Happy Diwali / our office closure in late October",
        "charset": "utf-8",
        "body": """Dear Ms. Nair,

On behalf of all of us at Hinode Sangyo, I wish you, your family and the whole Shakti
team a very happy Diwali.

We understand that your Pune plant will be closed from 20 to 24 October. We will hold
the inspection of lot SC-2510-07 until you are back, and ask our forwarder to keep the
container at Nhava Sheva for those days; no action is needed on your side.

Our own office will be open as usual, apart from 3 November (Culture Day, a national
holiday in Japan).

Warm regards,
Kenji
""" + SIG_HARADA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary English holiday greetings and schedule, no person's data",
    },
    {
        "id": "church-046",
        "sender": "Kenji Harada <harada.kenji@hinode-sangyo.co.jp>",
        "to": ["Lim Wei Keat <weikeat.lim@berkat-trading.com.my>"],
        "cc": ["Nurul Aina <nurul.aina@berkat-trading.com.my>"],
        "subject": "Our team's visit to Klang, 2-5 December",
        "charset": "utf-8",
        "body": """Dear Mr. Lim, dear Ms. Nurul,

Thank you for agreeing to host our team from 2 to 5 December. A few practical points
for your planning:

1. Mr. Daniel Levi (Development) is Jewish and keeps kosher. He will bring his own meals,
   so please do not worry about catering for him; he simply cannot eat in restaurants
   that serve pork or shellfish.
2. As he observes the Sabbath, he cannot travel or work from Friday sunset to Saturday
   night, so the plant tour would best be on Wednesday or Thursday.
3. Ms. Fatima Yusuf (Quality Assurance) is Muslim and will be glad to join your staff
   for Friday prayers, if a place can be arranged.

The rest of the team has no special requirements.
""" + SIG_HARADA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: two named employees' religions (Jewish, Muslim) told to an overseas partner",
    },
    {
        "id": "church-047",
        "sender": "Kenji Harada <harada.kenji@hinode-sangyo.co.jp>",
        "to": ["Budi Santoso <budi.santoso@sinarjaya.co.id>"],
        "subject": "Welcome to Osaka - arrangements for your delegation",
        "charset": "utf-8",
        "body": """Dear Mr. Budi,

We are delighted to welcome your delegation to Osaka next month. Here is what we have
prepared:

- Meals: all lunches will be at halal-certified restaurants near our head office
  (we have checked the certificates), and the welcome dinner on 14 January will be
  served without pork or alcohol.
- Prayer: a quiet room with prayer mats and the qibla direction marked will be
  available on the 4th floor throughout the visit; please feel free to use it at any time.
- Friday: the nearest mosque is about 15 minutes by taxi; we will arrange cars after
  the morning session.

If anyone in your group has other needs, please let me know.
""" + SIG_HARADA + "\n\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "religious arrangements described for a group, nobody identified",
    },
    {
        "id": "church-048",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["白鷺神社 授与所 <juyo@shirasagi-jinja.or.jp>"],
        "subject": "御守 一括お申込み（創立70周年記念品）",
        "charset": "iso-2022-jp",
        "body": """白鷺神社 授与所 御中

いつもお世話になっております。日の出産業の五百旗頭です。
創立70周年の記念品として、社員へ配る御守を一括でお申込みいたします。

　品目：商売繁盛守（赤）　200体
　お受け取り：11月4日（火）午後に社用車でうかがいます
　お支払い：法人カードにて
　　カード番号　""" + _card(6, "-") + """
　　有効期限　　11/27
　　名義　　　　HINODE SANGYO CO LTD

ご祈祷のうえお渡しいただけるとのこと、ありがとうございます。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "card: a corporate credit card number with expiry, in the body to the shrine's office",
    },
    {
        "id": "church-049",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>",
               "陣内 拓 <jinnouchi.taku@tsubasa-system.jp>",
               "井筒 美帆 <izutsu.miho@nishiki-insatsu.co.jp>",
               "青葉運輸 大阪支店 配車係 <haisha-osaka@aoba-unyu.co.jp>"],
        "subject": "入学式準備 キックオフのご案内（4/7 聖マルコ学院）",
        "charset": "cp932",
        "body": """関係各位

お世話になっております。日の出産業の御子柴です。
４月７日（火）の聖マルコ学院 入学式に向けた準備につき、
関係各社様お揃いでキックオフを行いたく、ご案内いたします。

　日時：３月１０日（火）１４：００～１５：３０
　場所：聖マルコ学院 法人事務局 第２会議室
　議題：①タブレット配布（ツバサシステム様）
　　　　②式次第・記念冊子の印刷（錦印刷様）
　　　　③制服・備品の搬入車両（青葉運輸様）
　　　　④当日の動線と礼拝堂の使用時間（学院様）

ご出席の可否を３月４日までにご返信ください。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: four external organisations see each other in To",
    },
    {
        "id": "church-050",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 大阪支店 配車係 <haisha-osaka@aoba-unyu.co.jp>"],
        "cc": ["井筒 美帆 <izutsu.miho@nishiki-insatsu.co.jp>"],
        "subject": "創立100周年記念誌の納品便について",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 大阪支店 配車係 御中
（cc：錦印刷 井筒様）

お世話になっております。日の出産業の御子柴です。
聖マルコ学院様の創立100周年記念誌（約1,200冊、段ボール60箱）の納品につき、
錦印刷様の工場からの集荷と学院への配送をお願いいたします。

集荷：5月12日（月）10:00　錦印刷 堺工場（堺市美原区）
納品：5月12日（月）14:00〜16:00　聖マルコ学院 礼拝堂横 搬入口
備考：礼拝の時間（13:00〜13:30）は構内での車両移動を控えてください

集荷時の荷姿は井筒様よりご連絡いただけます。
""" + SIG_MIKOSHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (carrier and printer) in To/Cc: a normal three-way mail",
    },
    {
        "id": "church-051",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["釈 慧真 <shaku.esin@jikoji.or.jp>"],
        "subject": "塔婆のお申込み（三十三回忌法要）",
        "charset": "cp932",
        "body": """慈光寺
釈 慧真 様

いつもお世話になっております。日の出産業の榊原でございます。
先日お伝えしておりました塔婆のお申込みにつき、お施主様の一覧をお送りいたします。
ご遺族のご意向で、お寺様からのお礼状をご自宅へお送りいただけるとのことですので、
ご住所とご連絡先も添えております。

■１
施主：朝日奈 静子（故人の妻）
住所：兵庫県神戸市東灘区本山南町８－４－１１
電話：０７８－４１１－２６７３

■２
施主：朝日奈 敬一（故人の長男）
住所：神奈川県藤沢市片瀬海岸２－１９－６
電話：０４６６－２５－８８１３

■３
施主：朝日奈 美里（故人の孫）
住所：兵庫県西宮市苦楽園四番町３－２１
電話：０７９８－７１－４０５２

■４
施主：勘解由小路 雅（元専務）
住所：京都府京都市左京区北白川西町７７
電話：０７５－７１１－３９０４

■５
施主：設楽 絹代（元社員）
住所：大阪府吹田市垂水町３－２８－７
電話：０６－６３８４－１１９０

■６
施主：日の出産業株式会社（代表取締役 朝日奈 修）
住所：大阪府大阪市中央区瓦町３－５－７
電話：０６－６２０１－４４７０

塔婆料は当日まとめてお納めいたします。
""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: five private persons' home addresses and phones, one record per block with full-width digits",
    },
    {
        "id": "church-052",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["凪建築アトリエ 設計室 <design@atelier-nagi.jp>"],
        "subject": "礼拝堂照明改修 ご提案資料の共有",
        "charset": "iso-2022-jp",
        "body": """凪建築アトリエ
設計室 ご担当者様

はじめまして。聖マルコ学院様の備品を担当しております、日の出産業の御子柴です。
学院の鷹司様より、礼拝堂の改修設計をご担当と伺いました。
照明改修の仕様を設計に反映いただけるよう、弊社の提案資料を共有いたします。

天井高が13mあるため、昇降装置付きの器具を前提としております。
ご意見をいただけましたら幸いです。
""" + SIG_MIKOSHIBA,
        "attachments": [{
            "kind": "pdf", "name": "Proposal_Chapel_Lighting_SeiMarco.pdf",
            "title": "Chapel lighting proposal",
            "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
            "page_footer": "Confidential: for internal use of Hinode Sangyo only",
            "lines": ["聖マルコ学院 礼拝堂 照明改修 ご提案", "1. 現況：水銀灯 400W × 24 灯、昇降装置なし",
                      "2. 提案：LED 調光器具 120W × 24 灯、昇降装置 8 基",
                      "3. 概算：2,460,000 円（税別）　原価 1,720,000 円",
                      "4. 工期：夏季休暇中 2 日間"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached PDF carries a CONFIDENTIAL header and footer, sent to an architect",
    },
    {
        "id": "church-053",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "subject": "Re: 納品書の宛名について",
        "charset": "utf-8",
        "body": """鷹司様

ご連絡ありがとうございます。
納品書の宛名は「学校法人聖マルコ学院 法人事務局 管財課」に統一いたします。
次回納品分（講堂暗幕）から反映いたします。

引き続きよろしくお願いいたします。
""" + SIG_MIKOSHIBA + """

""" + DISC_JA + """
""" + DISC_EN + """

> 御子柴様
> 納品書の宛名が「聖マルコ学院 中高事務室」となっておりましたが、
> 法人事務局でまとめて処理しますので、今後は管財課宛てでお願いします。
> 鷹司""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary reply with the standard bilingual disclaimer; 'confidential' only in the disclaimer",
    },
    {
        "id": "church-054",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "奉納者一覧（提灯）のご送付",
        "charset": "iso-2022-jp",
        "body": """禰津様

お世話になっております。五百旗頭です。
提灯奉納の申込をとりまとめましたので、一覧をお送りいたします。
奉納板の文字原稿の作成にお使いください。

五百旗頭""",
        "attachments": [{"kind": "corrupt", "name": "奉納者一覧_提灯.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "church-055",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["まつりプロデュース 企画部 <kikaku@omatsuri-produce.co.jp>"],
        "subject": "例大祭 露店出店事業者の一覧",
        "charset": "cp932",
        "body": """株式会社まつりプロデュース
企画部 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
神社様から、今年の露店出店者の一覧をいただきました。
電源と水場の割り振りにお使いください。

屋号                 業種        区画   電話             電源
--------------------------------------------------------------------
たこ焼き 八兵衛      飲食        Ａ－１  06-6771-2034     要 1.5kW
白鷺屋 りんご飴      菓子        Ａ－２  072-221-5508     不要
金魚すくい 浪花屋    遊戯        Ｂ－１  06-6643-9917     要 0.5kW
焼きそば 丸福        飲食        Ｂ－２  06-6911-3380     要 3.0kW
お面・玩具 こばやし  物販        Ｃ－１  072-633-1472     不要
かき氷 しろくま堂    飲食        Ｃ－２  06-6304-7726     要 1.0kW
射的 ふくや          遊戯        Ｃ－３  0725-22-6081     要 0.5kW

各区画の図面は神社様から別途届く予定です。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (stalls and their shop phones), not people",
    },
    {
        "id": "church-056",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["まつりプロデュース 企画部 <kikaku@omatsuri-produce.co.jp>"],
        "subject": "神輿渡御 班編成資料（当日連絡網）",
        "charset": "utf-8",
        "body": """まつりプロデュース 企画部 御中

五百旗頭です。神輿渡御の班編成資料をお送りします。
誘導スタッフの方と共有して、各班長と当日連絡を取れるようにしてください。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "pptx", "name": "神輿渡御_班編成_連絡網.pptx",
            "slides": [
                ["神輿渡御 班編成（10月12日）", "宮出し 9:00 → 御旅所 12:30 → 宮入り 17:00",
                 "日の出産業・地元町会 合同"],
                ["第1班・第2班", "第1班長　百目鬼 翔太　080-3921-7764",
                 "第2班長　左右田 航　080-6614-2957", "副班長　鬼頭 大河　090-1357-8826"],
                ["第3班・第4班", "第3班長　雲母 亮介　080-2290-4613",
                 "第4班長　蒲生 伸也　070-3846-0072", "副班長　栗花落 真央　070-5208-1193"],
                ["緊急時", "本部（社務所）に集合", "救護：白鷺町会 救護テント"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six team leaders' mobiles in a PPTX to the event company",
    },
    {
        "id": "church-057",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["あおぞら社会保険労務士事務所 <info@aozora-sr.jp>"],
        "subject": "労災申請のご相談（例大祭ボランティア中の負傷）",
        "charset": "iso-2022-jp",
        "body": """あおぞら社会保険労務士事務所
青空先生

いつもお世話になっております。日の出産業 人事部の橘です。
10月12日、会社行事として参加した白鷺神社例大祭の神輿渡御中に社員が負傷しました。
業務災害として申請できるか、ご判断をお願いしたくご連絡いたします。

　被災者　　左右田 航（そうだ わたる）物流部
　生年月日　平成4年1月30日
　基礎年金番号　4127−583016
　傷病名　　第1腰椎圧迫骨折（全治8週間、大阪南医療センターにて入院加療中）
　状況　　　宮入り直前、担ぎ棒の下に入った際に転倒し、背中を強打

会社行事としての位置づけを示す資料（参加要請の社内通知）もお送りできます。
よろしくお願いいたします。
""" + SIG_TACHIBANA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ID + sensitive: basic pension number and an injury diagnosis of a named employee to a labour consultant",
    },
    {
        "id": "church-058",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【募集】白鷺神社 例大祭ボランティア（担ぎ手・誘導係）",
        "charset": "iso-2022-jp",
        "body": """社員の皆さま

CSR推進室の五百旗頭です。
今年も地元・白鷺神社の秋季例大祭に、日の出産業として参加します。

　日程：10月11日（土）宵宮、12日（日）本宮
　募集：神輿の担ぎ手 12名、交通誘導係 8名
　特典：当日は休日出勤扱い（振替休日あり）、法被・昼食支給
　申込：社内ポータル「CSR活動」から 9月19日まで

宗教行事への参加は任意です。参加しないことで不利益が生じることはありません。
信仰上の理由などで誘導係のみ希望される方は、申込時にその旨だけお書きください
（理由の記入は不要です）。

五百旗頭""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal recruitment notice, no personal data",
    },
    {
        "id": "church-059",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["みなと整形外科 受付 <uketsuke@minato-seikei.jp>"],
        "subject": "受診予約のお願い（社員の付き添い）",
        "charset": "cp932",
        "body": """みなと整形外科 受付御中

お世話になります。日の出産業株式会社 総務部の榊原と申します。
昨日の神社の祭礼行事で、弊社社員が神輿の担ぎ棒で右肩を打撲し、
腫れと痛みが引かないため、本日午後の受診をお願いできますでしょうか。
私が付き添いでうかがいます。

　患者氏名：百目鬼 翔太（どうめき しょうた）　平成８年１１月２日生
　保険証　：全国健康保険協会 大阪支部
　　　　　　記号 ２７１４０８５　番号 ３８
　症状　　：右肩の打撲、腕が上がらない

事前の問診票がございましたら、お送りいただけますと助かります。
""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ID + sensitive: health insurance symbol/number and an injury of a named employee to a clinic",
    },
    {
        "id": "church-060",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["ひかりレンタカー 大阪南店 <osaka-minami@hikari-rentacar.co.jp>"],
        "subject": "2トントラック貸渡しの件（運転者情報）",
        "charset": "iso-2022-jp",
        "body": """ひかりレンタカー 大阪南店 御中

お世話になっております。日の出産業 総務部の榊原です。
10月11日〜12日にお借りする2トントラック（予約番号 HR-55821）につき、
運転者の情報をお送りします。祭礼用具（神輿台車・幟）の運搬に使います。

　運転者　　左右田 航
　生年月日　平成4年1月30日
　免許証番号　621004837915
　免許の種類　準中型（5t限定）

当日の貸渡し時に免許証の原本をご提示します。
""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "ID: a driver's licence number with date of birth to a rental company",
    },
    # ---------------------------------------------------------------- 061-080
    {
        "id": "church-061",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["ひかりレンタカー 大阪南店 <osaka-minami@hikari-rentacar.co.jp>"],
        "subject": "Re: ご予約内容の確認（HR-55821）",
        "charset": "iso-2022-jp",
        "body": """ひかりレンタカー 大阪南店
ご担当 様

ご確認ありがとうございます。以下で相違ありません。

　予約番号：HR-55821
　車種：2トン平ボディ（パワーゲート付）
　貸渡：10月11日（土）8:00　返却：10月12日（日）20:00
　お支払い：法人請求（月末締め翌月末払い）

オプションの荷締めベルト6本も追加でお願いします。

日の出産業株式会社 総務部 榊原""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary booking confirmation with a reservation number",
    },
    {
        "id": "church-062",
        "sender": "薬師寺 聡子 <yakushiji.satoko@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
        "subject": "クリスマス・チャリティーコンサート 社員ご家族の参加者名簿",
        "charset": "cp932",
        "body": """さくらホテル 宴会営業部
望月様

お世話になっております。日の出産業 厚生課の薬師寺です。
１２月２０日のクリスマス・チャリティーコンサート（ホテル内チャペル）につき、
社員家族席の参加者名簿をお送りします。お席札と、当日のご連絡用にお使いください。

氏名　　　　　　人数　お子様　　連絡先
――――――――――――――――――――――――――――――――
有働 晃　　　　　４名　小２・年長　０９０－６１４８－３３０７
四月一日 紗希　　２名　なし　　　０８０－５２７３－１９４６
東海林 亮　　　　３名　３歳　　　０９０－３８８１－０２６４
鷲見 恵理子　　　３名　小５　　　０７０－６６１２－４０９８
御手洗 圭　　　　２名　なし　　　０８０－２０４５－７７３１
日下部 透　　　　４名　中１・小４　０９０－９１７０－５５１２
十文字 剛　　　　２名　なし　　　０７０－４４０３－８８６９
神門 沙織　　　　３名　１歳　　　０８０－７７５８－２３０５
薬袋 修　　　　　２名　なし　　　０９０－１５２６－９０４０
雲母 亮介　　　　３名　小１　　　０８０－３６９２－７１１８

ベビーカーでお越しの方が２組ございます。
""" + SIG_YAKUSHIJI,
        "html": """<html><body>
<p>さくらホテル 宴会営業部<br>望月様</p>
<p>お世話になっております。日の出産業 厚生課の薬師寺です。<br>
１２月２０日のクリスマス・チャリティーコンサート（ホテル内チャペル）につき、社員家族席の参加者名簿をお送りします。</p>
<table border="1"><tr><th>氏名</th><th>人数</th><th>お子様</th><th>連絡先</th></tr>
<tr><td>有働 晃</td><td>４名</td><td>小２・年長</td><td>０９０－６１４８－３３０７</td></tr>
<tr><td>四月一日 紗希</td><td>２名</td><td>なし</td><td>０８０－５２７３－１９４６</td></tr>
<tr><td>東海林 亮</td><td>３名</td><td>３歳</td><td>０９０－３８８１－０２６４</td></tr>
<tr><td>鷲見 恵理子</td><td>３名</td><td>小５</td><td>０７０－６６１２－４０９８</td></tr>
<tr><td>御手洗 圭</td><td>２名</td><td>なし</td><td>０８０－２０４５－７７３１</td></tr>
<tr><td>日下部 透</td><td>４名</td><td>中１・小４</td><td>０９０－９１７０－５５１２</td></tr>
<tr><td>十文字 剛</td><td>２名</td><td>なし</td><td>０７０－４４０３－８８６９</td></tr>
<tr><td>神門 沙織</td><td>３名</td><td>１歳</td><td>０８０－７７５８－２３０５</td></tr>
<tr><td>薬袋 修</td><td>２名</td><td>なし</td><td>０９０－１５２６－９０４０</td></tr>
<tr><td>雲母 亮介</td><td>３名</td><td>小１</td><td>０８０－３６９２－７１１８</td></tr>
</table><p>ベビーカーでお越しの方が２組ございます。</p></body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: ten employees' mobiles in full-width digits, text + HTML alternative, to the hotel",
    },
    {
        "id": "church-063",
        "sender": "薬師寺 聡子 <yakushiji.satoko@hinode-sangyo.co.jp>",
        "to": ["望月 香織 <mochizuki.kaori@sakura-hotel.jp>"],
        "subject": "12/20 チャリティーコンサート 会場のご予約確認",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会営業部
望月様

いつもお世話になっております。日の出産業の薬師寺です。
12月20日（土）のクリスマス・チャリティーコンサートにつき、ご予約内容を確認いたしました。

　会場：チャペル（16:00〜18:00）、控室「楓の間」（14:00〜18:30）
　演奏：聖マルコ学院 聖歌隊 約30名、オルガン奏者 1名
　募金箱：受付横に2か所（収益は聖ヨセフ会へ寄付）

当日の弊社側連絡先は以下の3名です。
　・薬師寺 聡子（総括）　080-4417-6650
　・有働 晃（受付）　090-6148-3307
　・御手洗 圭（機材）　080-2045-7731

どうぞよろしくお願いいたします。
""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff contacts for the day (under five people) to the partner hotel; may be warned",
    },
    {
        "id": "church-064",
        "sender": "采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>",
        "to": ["榊原 崇 <sakakibara.takashi@hinode-sanyo.co.jp>"],
        "subject": "礼拝室の運用ルール（案）",
        "charset": "iso-2022-jp",
        "body": """榊原さん

お疲れさまです。采女です。
礼拝室の運用ルール案を作りました。掲示前に目を通していただけますか。

1. 利用時間：平日 7:00〜20:00（IC錠で入室）
2. 靴は入口の棚へ。室内は飲食禁止
3. 1回の利用は概ね15分まで。譲り合ってご利用ください
4. 敷物・仕切りは使用後に元の位置へ
5. 宗教・宗派を問わず、黙想や休息にも利用できます
6. 備品の不足・破損は総務部（内線2214）へ

ご意見あれば今週中にお願いします。

采女""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sanyo.co.jp (g dropped) imitates the company's own domain",
    },
    {
        "id": "church-065",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 大阪支店 <osaka@aoba-unyu-co.jp>"],
        "subject": "祭礼用具の輸送のお願い（10/10 夕方）",
        "charset": "cp932",
        "body": """青葉運輸株式会社 大阪支店 御中

お世話になっております。日の出産業の五百旗頭です。
例大祭で使う祭礼用具の輸送をお願いしたく、ご連絡いたしました。

　品目：神輿台車 １台、幟竿 ２０本、法被（衣装ケース ６箱）
　集荷：１０月１０日（金）１６時　弊社 東大阪倉庫
　配達：同日 １８時まで　白鷺神社 社務所裏

神輿台車は幅１.８ｍございますので、ゲート車でお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unyu-co.jp (hyphen for the dot) imitates partner aoba-unyu.co.jp",
    },
    {
        "id": "church-066",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 大阪支店 <osaka@aoba-unyu.co.jp>"],
        "subject": "Re: 祭礼用具 輸送完了のご連絡",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 大阪支店
ご担当者様

ご連絡ありがとうございます。無事に社務所裏へ届いていることを確認しました。
返送（10月13日）の伝票番号も承知しました。

　往路　送り状番号 4418-2207-3195
　復路　送り状番号 4418-2207-3206

請求書は月末締めでお送りください。ありがとうございました。

五百旗頭""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary delivery mail with tracking numbers to the correct partner domain",
    },
    {
        "id": "church-067",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "本殿での参列についてのご相談",
        "charset": "utf-8",
        "body": """禰津様

いつもお世話になっております。五百旗頭です。
本宮祭の本殿参列についてご相談です。

参列予定の弊社 栗花落 真央は、脊髄損傷のため車椅子を使用しております
（身体障害者手帳 1種2級）。
本殿へ上がる石段の脇に、仮設のスロープを設置させていただくことは可能でしょうか。
設置・撤去は弊社で手配いたします。難しい場合は、拝殿前でのご参列でも結構です。

ご検討のほどよろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's disability (spinal injury, disability certificate grade) to the shrine",
    },
    {
        "id": "church-068",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["釈 慧真 <shaku.esin@jikoji.or.jp>"],
        "subject": "法要当日のお願い（お車椅子の方・駐車場）",
        "charset": "iso-2022-jp",
        "body": """釈 慧真 様

お世話になっております。日の出産業の榊原でございます。
法要当日につき、二点お願いがございます。

一、参列者のうち、お車椅子をお使いの方が一名いらっしゃいます。
　　本堂の正面階段ではなく、庫裏側のスロープからご案内いただけますでしょうか。
　　弊社の者が付き添います。
二、駐車場は十五台分を確保いただけるとのこと、ありがとうございます。
　　マイクロバス一台（送迎用）の停車場所もご指示ください。

よろしくお願い申し上げます。
""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a wheelchair user mentioned without anything identifying them",
    },
    {
        "id": "church-069",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["白川 早苗 <shirakawa.sanae@shirakawa-law.jp>"],
        "subject": "社員の高額献金被害についてのご相談",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の橘です。
社員からの相談につき、会社としてどう支援できるかご助言をいただきたく、ご連絡しました。

物流部の雲母 亮介さん（36歳）が、3年ほど前から「光明の泉会」という宗教団体に入信しており、
「先祖の因縁を断つ」として壺や印鑑の購入、献金で総額約1,400万円を支払ったとのことです。
現在は脱会の意思を固めていますが、団体からの連絡が続き、睡眠障害で通院も始めたそうです。
本人は返金請求を希望しており、弁護士のご紹介を希望しています。

社内では人事部長と私のみが把握しております。
面談のご都合をお聞かせいただけますでしょうか。
""" + SIG_TACHIBANA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's religious membership, victimisation and treatment sent to a law firm",
    },
    {
        "id": "church-070",
        "sender": "小鳥遊 奈々 <takanashi.nana@hinode-sangyo.co.jp>",
        "to": ["白川 早苗 <shirakawa.sanae@shirakawa-law.jp>"],
        "subject": "寄付契約書（宗教法人白鷺神社）のレビューのお願い",
        "charset": "utf-8",
        "body": """白川法律事務所
白川先生

お世話になっております。日の出産業 経理部の小鳥遊です。
白鷺神社様の社殿修復に対し、3年間にわたり寄付を行う予定です。
神社側から寄付契約書の案をいただきましたので、レビューをお願いできますでしょうか。

特に以下の点についてご意見をいただけますと幸いです。
1. 第4条の「奉納者銘板への社名掲示」が対価性を帯び、寄付金扱いに影響しないか
2. 第7条の中途解約時の返還条項
3. 第9条の秘密保持条項（金額を非公表とする定め）の要否

ご多用のところ恐縮ですが、11月末までにご返答いただけますと助かります。
""" + SIG_TAKANASHI,
        "attachments": [{
            "kind": "docx", "name": "寄付契約書（案）_白鷺神社.docx",
            "paragraphs": ["寄付契約書（案）",
                           "宗教法人白鷺神社（以下「甲」）と日の出産業株式会社（以下「乙」）は、次のとおり合意する。",
                           "第1条（目的）乙は甲の社殿修復事業に対し寄付を行う。",
                           "第3条（寄付金額）年額金五百万円、令和7年度から令和9年度まで。",
                           "第4条（銘板）甲は奉納者銘板に乙の社名を掲示することができる。",
                           "第7条（解約）乙は、やむを得ない事由があるときは、書面により本契約を解約できる。",
                           "第9条（秘密保持）甲及び乙は、本契約の寄付金額を第三者に開示しない。"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract review with a partner law firm; confidentiality clause mentioned, not a marking",
    },
    {
        "id": "church-071",
        "sender": "薬師寺 聡子 <yakushiji.satoko@hinode-sangyo.co.jp>",
        "to": ["皆川 由紀子 <minagawa.yukiko@kitaguni-foods.co.jp>"],
        "subject": "食事制限の申告一覧（10月更新版）",
        "charset": "cp932",
        "body": """北国フーズ 皆川様

いつもお世話になっております。厚生課の薬師寺です。
社員食堂の個別対応に使っていただいている「食事制限の申告一覧」の10月更新版です。
旧版は破棄をお願いいたします。

薬師寺
""" + SIG_YAKUSHIJI,
        "attachments": [{
            "kind": "xls", "name": "食事制限申告一覧_202510.xls",
            "sheets": {"申告一覧": [
                ["社員番号", "氏名", "区分", "内容", "対応"],
                ["H-10442", "アフマド・ハキミ", "宗教", "イスラム教：豚・アルコール不可", "ハラール定食"],
                ["H-11873", "ファティマ・ユスフ", "宗教", "イスラム教：豚・アルコール不可", "ハラール定食"],
                ["H-12206", "ラフマン・ミア", "宗教", "イスラム教：豚・アルコール不可", "ハラール定食"],
                ["H-09315", "ラーフル・シャルマ", "宗教", "ヒンドゥー教：牛肉不可、菜食", "ベジ定食"],
                ["H-12950", "ダニエル・レヴィ", "宗教", "ユダヤ教：豚・甲殻類不可", "持参"],
                ["H-08120", "グエン・ティ・ラン", "宗教", "仏教：毎月1日・15日は菜食", "ベジ定食（該当日）"],
                ["H-05527", "鷲見 恵理子", "宗教", "カトリック：四旬節の金曜は肉なし", "魚定食（該当日）"],
                ["H-03318", "蒲生 伸也", "アレルギー", "そば（アナフィラキシー既往）", "そば提供日は別メニュー"],
                ["H-06602", "猪狩 健吾", "疾病", "慢性腎臓病：塩分・カリウム制限", "減塩食"],
                ["H-07204", "雲母 亮介", "アレルギー", "えび・かに", "除去"],
                ["H-11206", "栗花落 真央", "アレルギー", "卵", "除去"],
                ["H-04471", "左右田 航", "疾病", "2型糖尿病：糖質制限", "ヘルシー定食"],
                ["H-09981", "神 真由", "その他", "ヴィーガン（信条）", "ベジ定食"],
                ["H-10705", "千々岩 達也", "アレルギー", "乳", "除去"],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive + list: fourteen employees' religions, allergies and illnesses in a legacy XLS to the canteen operator",
    },
    {
        "id": "church-072",
        "sender": "薬師寺 聡子 <yakushiji.satoko@hinode-sangyo.co.jp>",
        "to": ["皆川 由紀子 <minagawa.yukiko@kitaguni-foods.co.jp>"],
        "subject": "ハラール認証食材の導入について（打合せのお願い）",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
皆川様

いつもお世話になっております。厚生課の薬師寺です。
来期から、社員食堂の一部メニューでハラール認証食材を使いたいと考えております。
つきましては、以下の点をご相談させてください。

・認証食材の調達先と価格（鶏肉・牛肉・調味料）
・調理器具とフライヤーの専用化、保管場所の分離
・金曜日の「ハラール定食」を月4回提供した場合の食数見込み（20〜30食）
・表示方法（メニュー札のハラールマーク、原材料表示）

来週後半でご都合のよい日時をお知らせください。
""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary planning mail with the canteen partner; no individual named",
    },
    {
        "id": "church-073",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "提灯 献灯者名簿（社員個人分）",
        "charset": "utf-8",
        "body": """禰津様

お世話になっております。五百旗頭です。
先ほどのファイルが開けなかったとのこと、失礼いたしました。
社員が個人で献灯する分の名簿をPDFで作り直しましたのでお送りします。
御札はそれぞれのご自宅へ郵送いただけるとのこと、ありがとうございます。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "pdf", "name": "献灯者名簿_社員個人.pdf",
            "lines": ["白鷺神社 秋季例大祭 献灯者名簿（日の出産業 社員個人）", "令和7年9月26日", ""],
            "table": [
                ["No", "氏名", "住所", "口数"],
                ["1", "五百旗頭 誠", "大阪府堺市南区茶山台二丁目7-4", "2"],
                ["2", "百目鬼 翔太", "大阪府大阪市阿倍野区昭和町三丁目11-2", "1"],
                ["3", "鬼頭 大河", "大阪府八尾市山本町南五丁目3-18", "1"],
                ["4", "雲母 亮介", "奈良県生駒市東松ケ丘11-8", "1"],
                ["5", "蒲生 伸也", "兵庫県尼崎市塚口町四丁目22-9", "3"],
                ["6", "左右田 航", "大阪府松原市阿保二丁目5-31", "1"],
                ["7", "四月一日 紗希", "大阪府豊中市岡町北一丁目2-16", "1"],
                ["8", "御手洗 圭", "大阪府吹田市千里山西四丁目9-1", "2"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: eight employees' home addresses in a PDF table to the shrine",
    },
    {
        "id": "church-074",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "subject": "提灯奉納（企業分）の一覧",
        "charset": "iso-2022-jp",
        "body": """禰津様

続けて失礼いたします。五百旗頭です。
地元企業会でとりまとめた、企業からの提灯奉納の一覧をお送りします。
奉納板の文字は社名のみでお願いいたします。

五百旗頭""",
        "attachments": [{
            "kind": "pdf", "name": "提灯奉納_企業一覧.pdf",
            "lines": ["白鷺神社 秋季例大祭 提灯奉納（企業）", ""],
            "table": [
                ["No", "奉納者", "所在地", "代表電話", "張数"],
                ["1", "日の出産業株式会社", "大阪市中央区瓦町3-5-7", "06-6201-4470", "20"],
                ["2", "丸山建設株式会社", "大阪市東成区深江北2-4-9", "06-6972-3301", "5"],
                ["3", "小湊酒造株式会社", "堺市西区浜寺石津町中1-2-3", "072-241-0088", "3"],
                ["4", "敦賀薬品株式会社", "大阪市天王寺区上本町8-1-11", "06-6771-5520", "2"],
                ["5", "川崎電機株式会社 大阪支社", "大阪市北区梅田2-2-22", "06-6345-7100", "5"],
                ["6", "青葉運輸株式会社 大阪支店", "東大阪市高井田中3-6-14", "06-6783-2219", "2"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses with office addresses and switchboards, not people",
    },
    {
        "id": "church-075",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>",
               "光陽女学院 事務局 <jimukyoku@koyo-jogakuin.ac.jp>",
               "聖パウロ学園 管財課 <kanzai@st-paul-gakuen.ac.jp>"],
        "subject": "礼拝堂・講堂向け 新音響システムのご案内",
        "charset": "iso-2022-jp",
        "body": """ご担当者各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 文教チームの御子柴でございます。

キリスト教学校様の礼拝堂・講堂向けに、残響の長い空間でも言葉が明瞭に届く
ラインアレイ型音響システム「CLARITAS」の取扱いを開始いたしました。

　・パイプオルガンの響きを損なわない指向性制御
　・聖歌隊用ワイヤレスマイク 8ch まで同時使用可
　・礼拝の録音・配信にも対応

2月に弊社ショールーム（日本橋）にて体験会を予定しております。
ご興味がございましたら、本メールにご返信ください。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: three different school corporations see each other in To",
    },
    {
        "id": "church-076",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>"],
        "bcc": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>",
                "光陽女学院 事務局 <jimukyoku@koyo-jogakuin.ac.jp>",
                "聖パウロ学園 管財課 <kanzai@st-paul-gakuen.ac.jp>",
                "カトリック清心学園 事務部 <jimu@seishin-gakuen.ac.jp>"],
        "subject": "【ご招待】文教施設向け 展示体験会（2/18・2/19 日本橋）",
        "charset": "utf-8",
        "body": """（本メールは BCC にて一斉にお送りしております）

学校法人 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 営業第二部 文教チームでございます。

このたび、文教施設向け製品の展示体験会を開催いたします。
礼拝堂の会衆席、講堂の暗幕・音響、ICT機器の保管庫などを実際にお試しいただけます。

■日時　2月18日（水）・19日（木）10:00〜17:00（予約制）
■会場　日の出産業 日本橋ショールーム（東京都中央区日本橋本町2-8-12 1F）
■お申込　https://www.hinode-sangyo.co.jp/event/bunkyo2026

皆様のご来場を心よりお待ち申し上げております。
""" + SIG_MIKOSHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "external schools correctly in Bcc; To is the sender only",
    },
    {
        "id": "church-077",
        "sender": "采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>",
        "to": ["森永 ソフィア <sophia.morinaga@diversity-lab.jp>"],
        "subject": "研修資料のご参考：社内ガイドライン案",
        "charset": "iso-2022-jp",
        "body": """ダイバーシティ・ラボ
森永様

お世話になっております。日の出産業の采女です。
来月の管理職研修の内容検討のご参考に、現在社内で検討中のガイドライン案をお送りします。
研修で扱う事例の選定にお役立てください。
""" + SIG_UNEME,
        "attachments": [{
            "kind": "docx", "name": "宗教的配慮ガイドライン_案_v3.docx",
            "page_header": "部外秘",
            "paragraphs": ["【部外秘】人事部 作成中 — 社内検討用",
                           "宗教・信条への配慮に関するガイドライン（案）v3",
                           "1. 基本方針：信仰の有無・内容を理由とする不利益取扱いをしない。",
                           "2. 礼拝・祈祷：業務に支障のない範囲で休憩時間の分割取得を認める。",
                           "3. 食事：社内行事では宗教上の食事制限に配慮したメニューを用意する。",
                           "4. 休暇：宗教的祝祭日の特別休暇を年3日付与する。",
                           "5. 情報管理：信仰に関する情報は要配慮個人情報として人事部のみで管理する。"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached DOCX is stamped 部外秘 in its header and first line",
    },
    {
        "id": "church-078",
        "sender": "采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>",
        "to": ["森永 ソフィア <sophia.morinaga@diversity-lab.jp>"],
        "subject": "Re: 管理職研修「職場における宗教・信条への配慮」日程",
        "charset": "iso-2022-jp",
        "body": """森永様

日程のご提示ありがとうございます。采女です。
第2候補の11月26日（水）13:30〜16:30でお願いいたします。
会場は本社8F大会議室、受講者は課長以上の約45名です。

事例検討では、「祈祷の時間と会議の重なり」「社内行事の飲食」
「宗教行事（地域の祭礼）への参加の任意性」を扱っていただけると助かります。
特定の社員を想起させない一般的な事例でお願いできれば幸いです。

采女

> 采女様
> 研修日程の候補をお送りします。
> (1) 11/19（水）13:30-16:30 (2) 11/26（水）13:30-16:30
> ダイバーシティ・ラボ 森永""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training logistics about religion in general; nobody identified",
    },
    {
        "id": "church-079",
        "sender": "Kenji Harada <harada.kenji@hinode-sangyo.co.jp>",
        "to": ["Budi Santoso <budi.santoso@sinarjaya.co.id>"],
        "subject": "Visitor registration for Cikarang plant (18-21 Nov)",
        "charset": "utf-8",
        "body": """Dear Mr. Budi,

As requested by your security office, please find attached the registration data of
our visitors for the Cikarang plant. The file is UTF-8 CSV.

Kindly let us know if the gate passes can be collected on arrival.
""" + SIG_HARADA,
        "attachments": [{
            "kind": "csv", "name": "visitors_cikarang_1118.csv", "encoding": "utf-8",
            "rows": [
                ["Name", "Position", "Date of birth", "Mobile (Japan)", "E-mail"],
                ["HARADA Kenji", "Manager", "1981-02-19", "+81-90-7246-1183", "kenji.h.1981@gmail.com"],
                ["WATANUKI Saki", "Engineer", "1994-08-03", "+81-80-5273-1946", "saki.watanuki@icloud.com"],
                ["SHOJI Ryo", "IT Specialist", "1990-11-03", "+81-90-3881-0264", "ryo.shoji.it@gmail.com"],
                ["AHMAD Hakimi", "Production Engineer", "1988-05-27", "+81-70-2219-6650", "hakimi.a88@yahoo.co.jp"],
                ["SUMI Eriko", "Accountant", "1987-06-06", "+81-70-6612-4098", "eriko.sumi@outlook.jp"],
                ["KITO Taiga", "Logistics", "2001-07-18", "+81-90-1357-8826", "taiga.k0718@gmail.com"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: six visitors' dates of birth, private mobiles and e-mails in a UTF-8 CSV to an overseas partner",
    },
    {
        "id": "church-080",
        "sender": "Kenji Harada <harada.kenji@hinode-sangyo.co.jp>",
        "to": ["Budi Santoso <budi.santoso@sinarjaya.co.id>"],
        "subject": "Re: Delegation members for the Osaka visit",
        "charset": "utf-8",
        "body": """Dear Mr. Budi,

Thank you for the list. We have booked rooms for all five at the Sakura Hotel Osaka
(check-in 13 Jan, check-out 17 Jan) and a car will meet you at Kansai Airport.

Looking forward to seeing you.

Kenji

On Mon, 5 Jan 2026 at 09:14, Budi Santoso <budi.santoso@sinarjaya.co.id> wrote:
> Dear Mr. Harada,
>
> Here are our delegation members with their mobile numbers during the trip:
>
> 1. Budi Santoso - Director - +62-812-8830-4416
> 2. Siti Rahayu - Purchasing Manager - +62-813-2271-0958
> 3. Agus Wibowo - Plant Manager - +62-811-9045-3327
> 4. Dewi Lestari - QA Supervisor - +62-812-6613-7702
> 5. Rizky Pratama - Engineer - +62-815-4498-2061
>
> Best regards,
> Budi""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list appears only in the recipient's own quoted mail",
    },
    # ---------------------------------------------------------------- 081-100
    {
        "id": "church-081",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["青空 晴美 <aozora.harumi@aozora-sr.jp>"],
        "subject": "年末調整 追加資料（扶養控除等申告書 3名分）",
        "charset": "iso-2022-jp",
        "body": """あおぞら社会保険労務士事務所
青空先生

お世話になっております。日の出産業の橘です。
年末調整の追加資料として、遅れて提出のあった3名分の扶養控除等申告書を
スキャンしてお送りします。
セキュリティのためZIPにパスワードを付けております。パスワードは別途お送りします。

よろしくお願いいたします。
""" + SIG_TACHIBANA,
        "attachments": [{
            "kind": "zip", "name": "扶養控除等申告書_追加3名.zip", "password": "Aoz-2025-NB",
            "files": [
                {"kind": "pdf", "name": "扶養控除等申告書_01.pdf", "lines": ["給与所得者の扶養控除等（異動）申告書"]},
                {"kind": "pdf", "name": "扶養控除等申告書_02.pdf", "lines": ["給与所得者の扶養控除等（異動）申告書"]},
                {"kind": "pdf", "name": "扶養控除等申告書_03.pdf", "lines": ["給与所得者の扶養控除等（異動）申告書"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP of tax forms to the labour consultant",
    },
    {
        "id": "church-082",
        "sender": "橘 美咲 <tachibana.misaki@hinode-sangyo.co.jp>",
        "to": ["青空 晴美 <aozora.harumi@aozora-sr.jp>"],
        "subject": "社会保険 資格取得届のお願い（10月入社 2名）",
        "charset": "utf-8",
        "body": """青空先生

お世話になっております。日の出産業 人事部の橘です。
10月1日付の中途入社者2名につき、健康保険・厚生年金の資格取得届の作成をお願いします。
必要事項をExcelにまとめました。

よろしくお願いいたします。
""" + SIG_TACHIBANA,
        "attachments": [{
            "kind": "xlsx", "name": "資格取得届_202510入社.xlsx",
            "sheets": {"取得者": [
                ["被保険者資格取得届 作成依頼（令和7年10月1日入社）", "", "", "", "", "", ""],
                ["氏名", "フリガナ", "生年月日", "性別", "個人番号", "基礎年金番号", "報酬月額"],
                ["神 真由", "ジン マユ", "平成10年5月9日", "女", my_number(SEED + 3),
                 "5213-447081", 265000],
                ["千々岩 達也", "チヂイワ タツヤ", "昭和61年12月14日", "男", my_number(SEED + 4),
                 "2906-118354", 410000],
            ]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "My Number: two new hires' 個人番号 and basic pension numbers in an XLSX to the labour consultant",
    },
    {
        "id": "church-083",
        "sender": "小鳥遊 奈々 <takanashi.nana@hinode-sangyo.co.jp>",
        "to": ["経理部 課長 茂木 <mogi.hiroshi@hinode-sangyo.co.jp>"],
        "subject": "寺社関係の支出の勘定科目について（確認）",
        "charset": "cp932",
        "body": """茂木課長

お疲れさまです。小鳥遊です。
今期の寺社関係の支出について、勘定科目を下記で処理してよいかご確認ください。

① 白鷺神社 例大祭 協賛金 300,000円 → 寄付金
　（奉納板への社名掲示はあるが、広告効果は限定的と判断）
② 慈光寺 法要 お布施・御膳料 → 福利厚生費ではなく 寄付金
③ 社員への御守 200体 → 福利厚生費（全員配布のため）
④ 新年祈願祭 雅楽奏者への謝礼 → 支払報酬（源泉徴収済み）
⑤ 聖マルコ学院 チャリティーコンサート 会場費 → 寄付金（収益全額寄付のため）

寺社への寄付は指定寄付金に当たらないので、損金算入限度額の計算に含めます。

小鳥遊""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal accounting question, no personal data",
    },
    {
        "id": "church-084",
        "sender": "采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>",
        "to": ["さくら川クリニック 産業医 石動先生 <isurugi@sakuragawa-clinic.jp>"],
        "subject": "【面談依頼】ラマダン期間中の就業について",
        "charset": "iso-2022-jp",
        "body": """さくら川クリニック
石動先生

いつも産業医業務でお世話になっております。日の出産業 人事部の采女です。
来月の産業医面談に、1名追加をお願いできますでしょうか。

　対象者：アフマド・ハキミ（生産技術部、37歳）
　相談内容：本人はイスラム教徒で、来月からのラマダン期間中、日中の断食を希望しています。
　　　　　　一方で昨年の健康診断で2型糖尿病と診断され、現在インスリンを使用中です。
　　　　　　断食中の低血糖リスクと、夜勤シフトの可否についてご意見をいただきたく存じます。

面談は本人の了承を得ております。ご都合のよい日時をお知らせください。
""" + SIG_UNEME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's religion and diabetes diagnosis to an external clinic",
    },
    {
        "id": "church-085",
        "sender": "九十九 拓海 <tsukumo.takumi@hinode-sangyo.co.jp>",
        "to": ["小野寺 恵美 <onodera.emi@st-gabriel-chapel.jp>"],
        "subject": "打合せ日程の変更のお願い",
        "charset": "iso-2022-jp",
        "body": """聖ガブリエル教会 ウェディング事務局
小野寺様

いつもお世話になっております。九十九です。
3月8日（土）14時にお約束していた衣装・音楽の打合せですが、
仕事の都合で伺えなくなってしまいました。
大変恐縮ですが、3月15日（土）または16日（日）の午後に変更いただけますでしょうか。

オルガン奏者の方との顔合わせも同じ日にできれば助かります。
よろしくお願いいたします。

九十九 拓海""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary rescheduling with the chapel; only the sender's own name",
    },
    {
        "id": "church-086",
        "sender": "九十九 拓海 <tsukumo.takumi@hinode-sangyo.co.jp>",
        "to": ["聖ガブリエル教会 司祭館 <shisaikan@st-gabriel-chapel.jp>"],
        "subject": "結婚講座の申込みについて",
        "charset": "utf-8",
        "body": """聖ガブリエル教会
主任司祭 秘書 ご担当者様

はじめてご連絡いたします。九十九と申します。
来年6月に貴教会での挙式を予定しており、結婚講座の受講を申し込みたく、
申込書の記載事項をお送りいたします。

【新郎】
　氏名：九十九 拓海（つくも たくみ）
　生年月日：平成5年9月12日
　信仰：カトリック（洗礼名 パウロ）
　受洗：平成19年4月8日　カトリック浜風教会にて
【新婦】
　氏名：月見里 彩花（やまなし あやか）
　生年月日：平成7年2月3日
　信仰：未受洗（実家は浄土宗）
　※異宗婚の免除申請が必要と伺っております

洗礼証明書は浜風教会に発行を依頼済みです。
どうぞよろしくお願いいたします。

九十九 拓海
tsukumo.takumi@hinode-sangyo.co.jp""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: the bride's religious background and both partners' faith and dates of birth to the church",
    },
    {
        "id": "church-087",
        "sender": "小鳥遊 奈々 <takanashi.nana@hinode-sangyo.co.jp>",
        "to": ["聖マルコ学院 経理課 <keiri@seimarco-gakuin.ac.jp>"],
        "subject": "請求書送付のご案内（礼拝堂 長椅子更新工事）",
        "charset": "cp932",
        "body": """学校法人聖マルコ学院
法人事務局 経理課 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 経理部でございます。

礼拝堂 長椅子更新工事の請求書をＰＤＦにてお送りいたします。
お支払期日までにお振込みくださいますようお願い申し上げます。

　請求書番号：INV-2509-0612
　ご請求金額：１０，０６０，６００円（税込）
　お支払期日：令和７年１０月３１日
""" + SIG_TAKANASHI,
        "attachments": [{
            "kind": "pdf", "name": "請求書_INV-2509-0612.pdf",
            "lines": ["請求書", "学校法人聖マルコ学院 御中", "請求書番号 INV-2509-0612　発行日 令和7年9月30日",
                      "日の出産業株式会社　登録番号 T1401200731185",
                      "大阪府大阪市中央区瓦町三丁目5番7号", ""],
            "table": [["件名", "数量", "金額"],
                      ["礼拝堂 会衆席 長椅子更新工事 一式", "1", "9,146,000"],
                      ["消費税（10%対象）", "", "914,600"],
                      ["合計", "", "10,060,600"],
                      ["振込先", "みどり銀行 瓦町支店 普通 3081254 ヒノデサンギョウ（カ", ""]],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number and own bank account: business data",
    },
    {
        "id": "church-088",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["宮腰 律子 <miyakoshi.ritsuko@seimarco-gakuin.ac.jp>"],
        "subject": "教職員ICカード 追加発行分の登録内容ご確認",
        "charset": "cp932",
        "body": """聖マルコ学院 総務課
宮腰様

お世話になっております。日の出産業の御子柴です。
４月着任の教職員様のＩＣカード（入退館・図書館・礼拝堂共通）を発行するにあたり、
ご登録内容をご確認ください。券面には氏名と職員番号を印字いたします。

職員番号　　氏名　　　　　　職名　　　生年月日
――――――　――――――　――――――　――――――――――
Ｔ２６００１　甲賀　直人　　　教諭　　　昭和６２年　４月１６日
Ｔ２６００２　生方　美穂　　　教諭　　　平成　５年１０月　２日
Ｔ２６００３　譲原　あかね　　講師　　　平成１０年　１月２８日
Ｔ２６００４　木全　大輔　　　教諭　　　昭和５９年　７月１９日
Ｔ２６００５　千々岩　誠　　　司書　　　平成　３年１２月　９日
Ｔ２６００６　久我　聡　　　宗教主任　昭和５３年　３月２５日
Ｔ２６００７　宇佐美　ルツ　　事務職員　平成１４年　６月３０日

誤りがございましたら、３月１４日までにご連絡ください。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: seven staff with dates of birth in 和暦 and full-width digits, full-width padded table, to the school",
    },
    {
        "id": "church-089",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["陣内 拓 <jinnouchi.taku@tsubasa-systems.jp>"],
        "subject": "聖マルコ学院様 MDM 設定方針のすり合わせ",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム
陣内さん

お世話になっております。御子柴です。
学院側と打合せした内容を踏まえ、MDM の設定方針を共有します。

・アプリ：学院指定の 12 本を自動配布、App Store は無効
・Web フィルタ：学院ポリシー（レベル中）、宗教系サイトは学院の判断で許可
・利用時間：22:00〜6:00 は学習アプリ以外ロック
・礼拝の時間（8:40〜9:00）は通知を全停止

来週中に設定案をいただけますでしょうか。
""" + SIG_MIKOSHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-systems.jp (letter added) imitates partner tsubasa-system.jp",
    },
    {
        "id": "church-090",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["陣内 拓 <jinnouchi.taku@tsubasa-system.jp>"],
        "subject": "Re: MDM 管理者アカウントの登録",
        "charset": "iso-2022-jp",
        "body": """陣内さん

お世話になっております。御子柴です。
MDM の管理コンソールに登録する学院側の管理者は、以下の4名でお願いします。

　乙部 健二（情報科主任）　otobe.kenji@seimarco-gakuin.ac.jp
　宮腰 律子（総務課）　　　miyakoshi.ritsuko@seimarco-gakuin.ac.jp
　千々岩 誠（司書）　　　　chijiiwa.makoto@seimarco-gakuin.ac.jp
　鷹司 恵（管財課）　　　　takatsukasa.megumi@seimarco-gakuin.ac.jp

権限は乙部さんのみフル、ほか3名は閲覧のみです。
""" + SIG_MIKOSHIBA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four people's work e-mails (under five) to the partner; may be warned",
    },
    {
        "id": "church-091",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["白鷺神社 社務所 <shamusho@shirasagi-jinja.or.jp>",
               "慈光寺 寺務所 <jimusho@jikoji.or.jp>",
               "日本基督教団 みなと教会 <office@minato-kyokai.or.jp>"],
        "subject": "地域合同チャリティーバザー（12/7）ご協力のお願い",
        "charset": "utf-8",
        "body": """白鷺神社 社務所 御中
慈光寺 寺務所 御中
みなと教会 事務室 御中

平素より地域の活動に多大なるご協力を賜り、誠にありがとうございます。
日の出産業株式会社 総務部の榊原でございます。

本年も、弊社本社前広場にて地域合同チャリティーバザーを開催いたします。
収益は、能登の被災地支援と児童養護施設「ヨセフの家」へ寄付いたします。

　日時：12月7日（日）10:00〜15:00
　場所：日の出ビル前 公開空地
　お願い：各宗教施設様の出店（授与品・手作り品・焼き菓子など）

ご出店いただける場合は、11月14日までにご返信をお願いいたします。
""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three parties: a shrine, a temple and a church see each other's addresses in To",
    },
    {
        "id": "church-092",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["禰津 昌平 <nezu.shohei@shirasagi-jinja.or.jp>"],
        "cc": ["まつりプロデュース 企画部 <kikaku@omatsuri-produce.co.jp>"],
        "subject": "例大祭 第3回打合せ メモ",
        "charset": "iso-2022-jp",
        "body": """禰津様
（cc：まつりプロデュース様）

本日はありがとうございました。五百旗頭です。
打合せの要点をお送りします。

1. 宮出し 9:00、御旅所着 12:30、宮入り 17:00（昨年より30分早める）
2. 交通規制：白鷺本通り 8:30〜17:30、警察協議は神社様にて
3. 露店：7区画、電源車1台（まつりプロデュース様手配）
4. 救護：町会テントに看護師1名常駐
5. 雨天時：神輿はトラック渡御に変更、前日17時に判断

次回は10月3日（金）16時、社務所にて。

五百旗頭""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc; meeting notes without personal data",
    },
    {
        "id": "church-093",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["望月 香織 <mochizuki.kaori@sakura-hotel.jp>"],
        "subject": "記念式典 ご来賓お一人のお料理について",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 望月様

お世話になっております。日の出産業の榊原です。
11月8日の記念祝賀会につき、お料理の個別対応を一件お願いいたします。

マレーシアからお越しのご来賓 Ahmad Zaki 様（Berkat Trading 社）には、
ハラール対応のお料理をご用意いただけますでしょうか。
乾杯のお飲み物もノンアルコールでお願いいたします。

お席は主賓テーブル（A卓）です。よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: a halal meal request for one named guest implies his religion, but is a routine catering detail",
    },
    {
        "id": "church-094",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["はなまる弁当 <order@hanamaru-bento.co.jp>"],
        "subject": "直会のお弁当（10/12）追加のお願い",
        "charset": "cp932",
        "body": """はなまる弁当 御中

いつもありがとうございます。日の出産業の五百旗頭です。
１０月１２日の直会用お弁当（松花堂 ３５個）に、１点追加のお願いです。

参加者の鬼頭 様がそばアレルギーをお持ちのため、
１個だけ、そば・そば粉を使わないお弁当にしていただけますか。
念のため、容器に「鬼頭様」と付箋を付けていただけると助かります。

配達は１１時半に社務所裏でお願いします。
""" + SIG_IOKIBE,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "either: one named person's food allergy to a caterer; health-related but a routine safety note",
    },
    {
        "id": "church-095",
        "sender": "采女 千尋 <uneme.chihiro@hinode-sangyo.co.jp>",
        "to": ["管理職各位 <managers@hinode-sangyo.co.jp>"],
        "cc": ["人事部 <jinji@hinode-sangyo.co.jp>"],
        "subject": "ラマダン期間中の勤務への配慮について（管理職の皆さまへ）",
        "charset": "iso-2022-jp",
        "body": """管理職各位

人事部ダイバーシティ推進グループの采女です。
来月中旬から約1か月、イスラム教のラマダン（断食月）となります。
該当する社員がいる部署では、以下の点にご配慮をお願いします。

・日中は飲食をしないため、昼食を伴う会議や会食の設定は避けてください
・本人の申出があれば、始業・終業の繰上げ（時差出勤）を認めてください
・夕方の日没時刻前後に短い休憩を認めてください
・体調不良の申出があった場合は、無理をさせず人事部へご連絡ください

誰が対象者かを職場で話題にしたり、本人に確認を強いたりすることは控えてください。
ご不明点は采女（内線2306）まで。

采女""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal guidance about Ramadan, no individual named",
    },
    {
        "id": "church-096",
        "sender": "御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>",
        "to": ["久我 聡 <koga.satoshi@seimarco-gakuin.ac.jp>"],
        "subject": "Re: クリスマス礼拝 聖歌隊への賛助出演について",
        "charset": "utf-8",
        "body": """久我先生

お世話になっております。御子柴です。
賛助出演のお声がけ、ありがとうございます。社内の有志で参加させていただきます。
リハーサルのご連絡用に、参加者の連絡先をお知らせいたします。

・御子柴 怜（ソプラノ）080-4471-9062　rei.mikoshiba.choir@gmail.com
・鷲見 恵理子（アルト）070-6612-4098　eriko.sumi@outlook.jp
・東海林 亮（テノール）090-3881-0264　ryo.shoji.it@gmail.com
・十文字 剛（バス）070-4403-8869　tsuyoshi.j@icloud.com
・神門 沙織（ソプラノ）080-7758-2305　saori.godo@yahoo.co.jp

楽譜は人数分を郵送いただけるとのこと、本社宛てでお願いいたします。
どうぞよろしくお願いいたします。

御子柴

-----Original Message-----
From: 久我 聡 <koga.satoshi@seimarco-gakuin.ac.jp>
Sent: Monday, November 3, 2025 4:20 PM
To: 御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>
Subject: クリスマス礼拝 聖歌隊への賛助出演について

御子柴様

12月19日のクリスマス礼拝で、本校聖歌隊と一緒に歌っていただける方を募っております。
日の出産業様の合唱部の皆様にもぜひご参加いただけましたら幸いです。
参加者のお名前とご連絡先をお知らせください。

聖マルコ学院 宗教主任 久我""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: five choir members' mobiles and private e-mails in the new text of a reply (quote holds no data)",
    },
    {
        "id": "church-097",
        "sender": "社長室 秘書 茨木 <ibaraki.yuko@hinode-sangyo.co.jp>",
        "to": ["聖マルコ学院 理事長室 <rijichoshitsu@seimarco-gakuin.ac.jp>"],
        "subject": "創立100周年記念 感謝ミサへのご出席について",
        "charset": "iso-2022-jp",
        "body": """学校法人聖マルコ学院
理事長室 御中

拝啓　時下ますますご清栄のこととお慶び申し上げます。
このたびは創立100周年記念感謝ミサならびに記念式典にお招きいただき、
誠にありがとうございます。

弊社より、代表取締役社長 朝日奈 修 が出席させていただきます。
当日は午前10時30分頃、社用車にて正門に到着の予定です。
あわせて、ささやかながら祝花をお贈りさせていただきます。

末筆ながら、貴学院のますますのご発展をお祈り申し上げます。
敬具

日の出産業株式会社 社長室
茨木 裕子
TEL 06-6201-4401""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary RSVP to the school client; only a name with a title",
    },
    {
        "id": "church-098",
        "sender": "有働 晃 <udo.akira@hinode-sangyo.co.jp>",
        "to": ["鷹司 恵 <takatsukasa.megumi@seimarco-gakuin.ac.jp>"],
        "subject": "FW: 【極秘】聖マルコ学院 価格改定交渉の方針",
        "charset": "cp932",
        "body": """鷹司様

お世話になっております。日の出産業の有働です。
次回のお打合せ資料として、ご確認をお願いいたします。

有働

-----Original Message-----
From: 営業第二部長 大蔵 <okura.tetsuya@hinode-sangyo.co.jp>
Sent: Tuesday, January 13, 2026 8:05 PM
To: 有働 晃 <udo.akira@hinode-sangyo.co.jp>; 御子柴 怜 <mikoshiba.rei@hinode-sangyo.co.jp>
Subject: 【極秘】聖マルコ学院 価格改定交渉の方針

【極秘】社外への転送禁止

有働さん、御子柴さん

来期の聖マルコ学院向け価格改定について、方針を共有します。
・制服：７％値上げを提示、最終ラインは４％
・備品：据え置きを条件に、礼拝堂音響（CLARITAS）の受注を取りに行く
・競合（丸栄商事）の見積は当社比１２％安と把握済み。こちらからは触れない
・学院の予算締めは２月末。回答期限を２月２０日に設定すること

大蔵""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: a forwarded internal mail stamped 【極秘】 goes to the client (forward counts as new text)",
    },
    {
        "id": "church-099",
        "sender": "五百旗頭 誠 <iokibe.makoto@hinode-sangyo.co.jp>",
        "to": ["まつりプロデュース 企画部 <kikaku@omatsuri-produce.co.jp>"],
        "subject": "本宮当日のタイムテーブル（確定版）",
        "charset": "utf-8",
        "body": """まつりプロデュース 企画部 御中

五百旗頭です。神社様と確定した本宮当日のタイムテーブルをテキストで添付します。
音響・電源車の配置はこの時間に合わせてお願いします。
""" + SIG_IOKIBE,
        "attachments": [{
            "kind": "txt", "name": "本宮タイムテーブル_確定.txt", "encoding": "utf-8",
            "text": """白鷺神社 秋季例大祭 本宮（令和7年10月12日）
07:00  担ぎ手集合・着替え（社務所裏）
08:00  本殿祭（修祓・祝詞奏上・玉串奉奠）
09:00  宮出し
10:30  商店街 休憩（白鷺本通り3丁目）
12:30  御旅所着・御旅所祭
13:30  御旅所発
15:30  町内巡行 休憩（白鷺公園）
17:00  宮入り
17:30  還幸祭
18:30  直会（社務所）
※雨天時はトラック渡御、宮出し 9:30 に変更
""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary timetable in a text attachment, no personal data",
    },
    {
        "id": "church-100",
        "sender": "榊原 崇 <sakakibara.takashi@hinode-sangyo.co.jp>",
        "to": ["葛城 隆之 <katsuragi.takayuki@kawasaki-denki.co.jp>"],
        "subject": "三十三回忌法要 会場のご案内（地図添付）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
購買部長 葛城 隆之 様

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 総務部の榊原でございます。

このたびは弊社創業者の三十三回忌法要へのご参列のご返事をいただき、
誠にありがとうございます。会場の地図を添付いたします。

　会場：慈光寺（大阪府吹田市岸部北三丁目）
　最寄：JR岸辺駅 北口より徒歩8分
　駐車場：境内に数台ございますが、公共交通機関でのお越しをお勧めいたします

平服でお越しくださいませ。当日お目にかかれますことを楽しみにしております。
""" + SIG_SAKAKIBARA,
        "attachments": [{"kind": "png", "name": "jikoji_map.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary invitation follow-up with a map image to a partner",
    },
]
