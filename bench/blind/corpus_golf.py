"""Blind corpus — AREA golf: 日の出産業株式会社 ゴルフ事業部（日の出カントリー倶楽部）と会員権事業室.

会員と会員権の名義書換・売買仲介、月例杯・クラブ選手権のエントリーと組合せ、キャディの
シフトと派遣、コース内の事故（打球事故・熱中症・カート事故）、取引先ゲストを招く法人コンペ、
年会費の請求・口座振替・カード決済。すべての人物・番号・住所は架空のもの。
"""

from build import card_number, my_number

_ZEN = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def zen(s: str) -> str:
    """ASCII digits → full-width, as some staff type them."""
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12-digit base."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced(n: str) -> str:
    return f"{n[0:4]} {n[4:8]} {n[8:12]}"


def card4(n: str) -> str:
    return "-".join(n[i:i + 4] for i in range(0, 16, 4))


# -- signatures (the sender's own contacts: never labelled) ------------------------------

SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　ゴルフ事業部　会員課
日の出カントリー倶楽部
佐伯 美穂（Saeki Miho）
〒290-0532 千葉県市原市日の出台1200番地
TEL 0436-95-1180（代）／FAX 0436-95-1189
E-mail m.saeki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KURAMOTO = """
--
日の出産業株式会社
会員権事業室　課長　蔵元 隆之
〒103-0027 東京都中央区日本橋2-11-4 日の出ビル6F
TEL 03-5201-7730　携帯 080-4471-2093
t.kuramoto@hinode-sangyo.co.jp"""

SIG_NADA = """
――――――――――――――――
日の出カントリー倶楽部　競技課
灘 秀一
TEL：0436-95-1183（競技課直通）
s.nada@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_OGURA = """
日の出カントリー倶楽部
キャディマスター室　小椋 久美子
TEL 0436-95-1185 / FAX 0436-95-1189"""

SIG_MAKABE = """
****************************************
日の出産業株式会社 ゴルフ事業部
総務課（安全管理担当）　真壁 亮
〒290-0532 千葉県市原市日の出台1200
TEL 0436-95-1181 内線 215
r.makabe@hinode-sangyo.co.jp
****************************************"""

SIG_USAMI = """
─────────────────
日の出産業株式会社
ゴルフ事業部 法人営業課
宇佐美 俊介 / Shunsuke Usami
Mobile: 090-6627-3105
Tel: 0436-95-1180  Fax: 0436-95-1189
─────────────────"""

SIG_HATTA = """
日の出産業株式会社 ゴルフ事業部 経理課
八田 直子
TEL 0436-95-1187（直通）"""

SIG_YUKI = """
--
柚木 健太 (Yuki Kenta)
日の出産業株式会社 情報システム課
k.yuki@hinode-sangyo.co.jp / ext. 7742"""

SIG_MITSUYA = """
日の出カントリー倶楽部
支配人　三ツ矢 敏郎
日の出産業株式会社 ゴルフ事業部
〒290-0532 千葉県市原市日の出台1200番地　TEL 0436-95-1180"""

SIG_EN = """
Shunsuke Usami
Corporate Sales, Golf Division
Hinode Sangyo Co., Ltd. / Hinode Country Club
1200 Hinodedai, Ichihara, Chiba 290-0532, Japan
Tel +81-436-95-1180"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを破棄してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it."""

SAEKI = "佐伯 美穂 <m.saeki@hinode-sangyo.co.jp>"
KURAMOTO = "蔵元 隆之 <t.kuramoto@hinode-sangyo.co.jp>"
NADA = "灘 秀一 <s.nada@hinode-sangyo.co.jp>"
OGURA = "小椋 久美子 <k.ogura@hinode-sangyo.co.jp>"
MAKABE = "真壁 亮 <r.makabe@hinode-sangyo.co.jp>"
USAMI = "宇佐美 俊介 <s.usami@hinode-sangyo.co.jp>"
HATTA = "八田 直子 <n.hatta@hinode-sangyo.co.jp>"
YUKI = "Kenta Yuki <k.yuki@hinode-sangyo.co.jp>"
MITSUYA = "三ツ矢 敏郎 <t.mitsuya@hinode-sangyo.co.jp>"

MN = {i: my_number(2400 + i) for i in range(1, 12)}
CC = {i: card_number(2400 + i) for i in range(1, 12)}

MESSAGES: list[dict] = []
M = MESSAGES.append

# ======================================================================================
# STOP
# ======================================================================================

M({
    "id": "golf-001",
    "charset": "iso-2022-jp",
    "sender": KURAMOTO,
    "to": ["大河内 様 <ookouchi@tohto-kaiinken.co.jp>"],
    "subject": "名義書換申請書類の件（正会員 A-0318）",
    "body": """東都ゴルフ会員権株式会社
大河内様

いつも大変お世話になっております。日の出産業 会員権事業室の蔵元です。

先日お預かりしました日の出カントリー倶楽部 正会員権（会員番号A-0318）の名義書換につき、
譲受人様の本人確認書類の記載内容を下記のとおり控えました。
12月の理事会（入会審査）に回しますので、念のため相違がないかご確認いただけますでしょうか。

【譲受人】
　氏名　　　：篠塚 雅人（しのづか まさと）
　生年月日　：昭和４７年８月１９日
　現住所　　：東京都江東区豊洲５丁目３番１２－１５０４号
　運転免許証：第３０１２９８４５７１２０号（東京都公安委員会）
　勤務先　　：株式会社篠塚設計　代表取締役

印鑑証明書は発行後３か月以内のものが必要ですので、理事会前に有効期限が切れる場合は
再取得をお願いすることになります。その際はあらためてご連絡いたします。

引き続きよろしくお願いいたします。
""" + SIG_KURAMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a transferee's driving-licence number, DOB and address sent to a broker",
})

M({
    "id": "golf-002",
    "charset": "shift_jis",
    "sender": HATTA,
    "to": ["みどり銀行 市原支店 口座振替係 <furikae.ichihara@midori-ginko.co.jp>"],
    "subject": "年会費口座振替データ送付（2025年1月27日引落分）",
    "body": """みどり銀行 市原支店
口座振替ご担当者様

平素より大変お世話になっております。
日の出産業（日の出カントリー倶楽部）経理課の八田でございます。

2025年1月27日引落分の年会費口座振替データを添付にてお送りいたします。
件数：9件　合計金額：396,000円（税込）

全銀フォーマットへの変換は従来どおり貴行にてお願いできますと幸いです。
不明点がございましたらご連絡ください。
""" + SIG_HATTA,
    "attachments": [{
        "kind": "csv", "encoding": "cp932", "name": "nenkaihi_furikae_20250127.csv",
        "rows": [
            ["会員番号", "会員氏名（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号", "引落金額"],
            ["A-0112", "ｱﾗｷ ｼｹﾞﾙ", "0178", "214", "普通", "1042871", "44000"],
            ["A-0127", "ｳﾂﾐ ﾖｼｺ", "0178", "214", "普通", "3318064", "44000"],
            ["A-0203", "ｵﾉﾃﾞﾗ ｺｳｼﾞ", "0009", "452", "普通", "7720315", "44000"],
            ["A-0251", "ｶｼﾞﾜﾗ ﾏｻﾙ", "0178", "201", "当座", "0081142", "44000"],
            ["B-0034", "ｷﾘﾀﾆ ﾐﾁﾖ", "0005", "118", "普通", "5562098", "33000"],
            ["B-0061", "ｸﾞｼｹﾝ ﾀｶｼ", "0178", "214", "普通", "2249730", "33000"],
            ["A-0307", "ｻｶﾞﾗ ﾃﾂｵ", "0001", "062", "普通", "6031157", "55000"],
            ["A-0315", "ｼﾗﾄﾘ ｴﾐ", "0178", "230", "普通", "4475826", "44000"],
            ["B-0090", "ｽｹﾞﾇﾏ ｹﾝｲﾁ", "0178", "214", "普通", "1186403", "55000"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of nine members' bank accounts for direct debit, sent to the bank",
})

M({
    "id": "golf-003",
    "charset": "iso-2022-jp",
    "sender": NADA,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "12月月例杯 組合せ表・スコアカード印刷用データ",
    "body": """錦印刷株式会社
制作部 ご担当者様

お世話になっております。日の出CC競技課の灘です。
12月月例杯（12/15開催）のエントリーが締まりましたので、組合せ表とスコアカード
印刷用のデータをお送りします。Aクラス・Bクラスでシートを分けています。

組合せは当方で確定後、12/10（火）までに別途お送りします。
今回は差込印刷で氏名入りスコアカードをお願いしたく、フリガナ列も入れておきました。
""" + SIG_NADA,
    "attachments": [{
        "kind": "xlsx", "name": "12月月例杯_エントリー一覧.xlsx",
        "sheets": {
            "Aクラス": [
                ["第212回 日の出カントリー倶楽部 12月月例杯　エントリー一覧（Aクラス）"],
                [],
                ["No", "会員番号", "氏名", "フリガナ", "HDCP", "携帯電話", "希望スタート"],
                [1, "A-0044", "檜山 宗一郎", "ヒヤマ ソウイチロウ", 4.2, "090-2215-8830", "OUT"],
                [2, "A-0118", "御手洗 健", "ミタライ ケン", 7.9, "080-3370-1146", "IN"],
                [3, "A-0152", "百瀬 晴美", "モモセ ハルミ", 9.1, "090-8842-0371", "OUT"],
                [4, "A-0209", "鰐部 拓海", "ワニベ タクミ", 3.6, "070-1093-5528", "どちらでも"],
                [5, "A-0277", "東風平 亮介", "コチンダ リョウスケ", 8.4, "090-6618-2407", "IN"],
                [6, "A-0291", "四十物 勝", "アイモノ マサル", 10.0, "080-5524-9913", "OUT"],
            ],
            "Bクラス": [
                ["第212回 日の出カントリー倶楽部 12月月例杯　エントリー一覧（Bクラス）"],
                [],
                ["No", "会員番号", "氏名", "フリガナ", "HDCP", "携帯電話", "希望スタート"],
                [1, "B-0012", "小鳥遊 真澄", "タカナシ マスミ", 18.5, "090-4471-6620", "IN"],
                [2, "B-0057", "薬師寺 和夫", "ヤクシジ カズオ", 21.3, "080-1187-3054", "OUT"],
                [3, "B-0073", "一尺八寸 浩", "カマツカ ヒロシ", 16.8, "090-7730-2291", "どちらでも"],
                [4, "B-0088", "目黒 さと子", "メグロ サトコ", 24.0, "070-3345-8816", "IN"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX entry list (two sheets, title row) of ten members with mobiles to the printer",
})

M({
    "id": "golf-004",
    "charset": "shift_jis",
    "sender": OGURA,
    "to": ["グリーンスタッフ 派遣課 <haken@greenstaff.co.jp>"],
    "subject": "12月第1週 キャディ配置表（派遣分）",
    "body": """株式会社グリーンスタッフ
派遣課 御中

いつもお世話になっております。日の出CCキャディマスター室の小椋です。
12月第1週の派遣キャディさんの配置を下記のとおりお願いします。
当日連絡が取れないことがあったので、今回から携帯番号も併記しています。

氏名            携帯             12/2(月)  12/3(火)  12/4(水)  12/5(木)
--------------------------------------------------------------------------
北条 さゆり     090-3318-7702    早番      休        遅番      早番
江頭 真由美     080-6621-0457    早番      早番      休        遅番
仲宗根 あかね   090-2290-8813    休        遅番      早番      早番
巽 良子         070-4418-3326    遅番      早番      早番      休
粟津 千春       090-5570-1198    早番      休        早番      遅番
榎戸 典子       080-3009-6642    遅番      遅番      休        早番
鬼頭 ひとみ     090-1176-2034    休        早番      遅番      早番

早番 6:30集合、遅番 9:00集合です。
12/4は午前中コンペが2本入っているため、早番を厚めにしています。
""" + SIG_OGURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "space-padded shift table of seven caddies with mobile numbers to the staffing agency",
})

M({
    "id": "golf-005",
    "charset": "utf-8",
    "sender": MAKABE,
    "to": ["常盤損保 企業損害サービス課 <sonsa-chiba@tokiwa-sonpo.co.jp>"],
    "subject": "【事故報告】11/23 8番ホール 打球事故（施設賠償責任保険）",
    "body": """常盤損害保険株式会社
企業損害サービス課　ご担当者様

いつもお世話になっております。日の出産業 ゴルフ事業部 総務課の真壁です。
11月23日に当倶楽部8番ホールで発生した打球事故について、事故報告書を添付いたします。
施設賠償責任保険（証券番号 GL-2291-004718）での対応可否をご検討ください。

ご不明点は真壁までご連絡ください。
""" + SIG_MAKABE,
    "attachments": [{
        "kind": "docx", "name": "事故報告書_20241123_8番H.docx",
        "title": "事故報告書",
        "paragraphs": [
            "事故報告書",
            "報告日：2024年11月25日　報告者：総務課 真壁 亮",
            "発生日時：2024年11月23日（土）10時42分頃",
            "発生場所：INコース8番ホール（パー4）フェアウェイ左 カート道付近",
            "被害者：会員 鍋島 吉徳 様（会員番号 A-0186、68歳）",
            "被害者住所：千葉県市原市五井中央西2丁目14番地8",
            "被害者連絡先：090-7712-4058",
            "状況：後続組のティーショットが被害者の左側頭部に当たる。打球者は同伴競技者の声掛けなしに打った模様。",
            "負傷の程度：市原中央病院へ救急搬送。診断名：頭部打撲、脳震盪。CT異常なし。全治2週間の見込み。",
            "対応：支配人・総務課長が同日病院を訪問し謝罪。打球者（ビジター）の連絡先は別紙。",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX accident report naming an injured member with his diagnosis (要配慮) to the insurer",
})

_guests = [
    ("丸茂 正晴", "株式会社丸茂製作所", "代表取締役", "090-1120-5573", "maru@marumo-ss.co.jp"),
    ("蓼科 孝之", "蓼科工業株式会社", "取締役営業部長", "080-2267-4401", "t.tateshina@tateshina-kk.co.jp"),
    ("五味 弘美", "五味電装株式会社", "常務取締役", "090-3349-0582", "h-gomi@gomidenso.jp"),
    ("漆原 健次", "漆原商事株式会社", "代表取締役社長", "090-6681-2276", "urushibara@urushi-shoji.co.jp"),
    ("保坂 英二", "ホサカ精機株式会社", "購買部長", "080-4412-9930", "e.hosaka@hosaka-seiki.co.jp"),
    ("伊集院 徹", "伊集院ビルサービス株式会社", "専務取締役", "090-7023-1164", "t-ijuin@ijuin-bs.co.jp"),
    ("茅原 清志", "茅原電機工業株式会社", "代表取締役", "090-5539-6618", "kayahara@kayahara-ee.co.jp"),
    ("椎葉 良典", "シイバ物流株式会社", "執行役員", "080-9901-3347", "shiiba.y@shiiba-logi.co.jp"),
    ("矢萩 聡子", "矢萩設計事務所", "所長", "090-2284-7719", "yahagi@yahagi-arch.jp"),
    ("栗林 修", "栗林化成株式会社", "営業本部長", "080-6630-2251", "o.kuribayashi@kuri-kasei.co.jp"),
    ("真栄田 悟", "沖縄真栄田産業株式会社", "東京支店長", "090-8817-4402", "maeda-s@maeda-sangyo.co.jp"),
    ("千々岩 誠", "千々岩鋼材株式会社", "代表取締役", "090-3372-5598", "chijiiwa@chijiiwa-kozai.co.jp"),
]
_rows = "".join(
    f"<tr><td>{i}</td><td>{n}</td><td>{c}</td><td>{p}</td><td>{t}</td><td>{e}</td></tr>\n"
    for i, (n, c, p, t, e) in enumerate(_guests, 1))

M({
    "id": "golf-006",
    "charset": "utf-8",
    "sender": USAMI,
    "to": ["川崎電機 総務部 中条様 <y.nakajo@kawasaki-denki.co.jp>"],
    "subject": "秋季お取引先様ゴルフコンペ 参加者確認表（12/6開催）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>川崎電機株式会社<br>総務部 中条様</p>
<p>いつも大変お世話になっております。日の出CC法人営業課の宇佐美でございます。</p>
<p>12月6日（金）開催の「川崎電機 秋季お取引先様ゴルフコンペ」につきまして、
ご招待のお客様の参加者確認表を作成いたしました。<br>
当日のクラブバス配車とお名前入りキャディバッグタグの準備に使用いたしますので、
誤りがございましたら12月2日までにお知らせください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dfeee0"><th>No</th><th>お名前</th><th>会社名</th><th>役職</th><th>携帯電話</th><th>メールアドレス</th></tr>
""" + _rows + """</table>
<p>スタートは8:12 OUT/IN同時、表彰パーティーは16:00より2階「欅の間」を予定しております。</p>
<p>─────────────────<br>日の出産業株式会社 ゴルフ事業部 法人営業課<br>
宇佐美 俊介<br>Tel: 0436-95-1180 / Mobile: 090-6627-3105<br>─────────────────</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of twelve guests' mobiles and e-mails sent out",
})

M({
    "id": "golf-007",
    "charset": "shift_jis",
    "sender": HATTA,
    "to": ["ペイゲートサービス カスタマーサポート <support@paygate-service.jp>"],
    "subject": "カード決済エラーの照会（年会費 会員番号B-0142）",
    "body": f"""ペイゲートサービス株式会社
カスタマーサポートご担当者様

お世話になっております。加盟店ID HNCC-0771 日の出カントリー倶楽部の八田です。

11/30に実行した年会費の継続課金で、下記1件のみ「与信NG（コード G12）」となりました。
会員様からは「カードは有効で限度額にも余裕がある」とのお申し出があり、
念のためカード番号を含め登録内容の確認をお願いできますでしょうか。

　会員氏名　：西園寺 智恵 様
　会員番号　：B-0142
　カード番号：{card4(CC[1])}
　有効期限　：08/27
　請求金額　：33,000円

お手数ですが、12/6までにご回答いただけますと助かります。
""" + SIG_HATTA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a member's full credit card number pasted into mail to the payment processor",
})

M({
    "id": "golf-008",
    "charset": "iso-2022-jp",
    "sender": HATTA,
    "to": ["桐生税理士事務所 桐生先生 <kiryu@kiryu-tax.jp>"],
    "subject": "紹介料の支払調書について（個人紹介者分）",
    "body": f"""桐生先生

いつもお世話になっております。日の出産業 経理課の八田です。

会員権事業室で今年度、個人の方にお支払いした会員紹介料（報酬）について、
支払調書の作成をお願いしたく、必要事項をお送りします。

　支払先　　：宍戸 恒夫 様
　住所　　　：千葉県千葉市緑区おゆみ野中央４－２２－７
　個人番号　：{spaced(MN[1])}
　支払金額　：550,000円（源泉徴収税額 56,155円）
　支払日　　：2024年9月30日

本人からは番号確認書類（通知カードの写し）と身元確認書類をお預かりしています。
原本は経理課の金庫で保管しております。
""" + SIG_HATTA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an introducer's My Number in the body to an outside tax accountant",
})

M({
    "id": "golf-009",
    "charset": "iso-2022-jp",
    "sender": MITSUYA,
    "to": [
        "中条 康隆 <y.nakajo@kawasaki-denki.co.jp>",
        "大須賀 誠 <m.osuga@midori-ginko.co.jp>",
        "上総建設 羽鳥様 <hatori@kazusa-kensetsu.co.jp>",
    ],
    "subject": "第48回 理事会開催のご案内（12月18日）",
    "body": """理事各位

平素より当倶楽部の運営にご尽力を賜り、厚く御礼申し上げます。
第48回理事会を下記のとおり開催いたしますので、ご出席くださいますようお願い申し上げます。

　日時：2024年12月18日（水）15:00～16:30
　場所：日の出カントリー倶楽部 クラブハウス2階 特別会議室
　議題：
　　1. 2025年度 年会費改定（案）
　　2. 入会審査（3件）
　　3. 9番ホール グリーン改修工事の進捗報告
　　4. その他

ご出欠を12月11日までにご返信いただけますと幸いです。
ご欠席の場合は委任状を郵送にてお送りください。
""" + SIG_MITSUYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three outside directors of three organisations in To, visible to each other",
})

M({
    "id": "golf-010",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": [
        "kanemaru.shigeo@gmail.com",
        "上原 文江 <fumie_uehara1952@yahoo.co.jp>",
        "Takuya Hirose <t.hirose.golf@icloud.com>",
    ],
    "subject": "シニア会 1月例会のご案内",
    "body": """シニア会 会員の皆様

いつも日の出カントリー倶楽部をご利用いただき、誠にありがとうございます。
会員課の佐伯でございます。

シニア会1月例会を下記のとおり開催いたします。
　日時：2025年1月22日（水）　8:30 OUTスタート
　会費：3,000円（賞品代・昼食代込み、プレー代別途）
　締切：1月10日（金）

寒い時期ですので、防寒対策をしてお越しください。
ご参加の方はこのメールにご返信をお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three members' private addresses in To instead of Bcc",
})

M({
    "id": "golf-011",
    "charset": "shift_jis",
    "sender": NADA,
    "to": ["青葉運輸 千葉営業所 <chiba-eigyo@aoba-unyu.jp>"],
    "subject": "クラブ選手権 景品配送のお願い",
    "body": """青葉運輸株式会社
千葉営業所 ご担当者様

いつもお世話になっております。日の出CC競技課の灘です。
クラブ選手権の景品（ゴルフボール24ダース、記念トロフィー6点）の集荷をお願いします。

　集荷日：12/3（火）午後
　集荷先：日の出カントリー倶楽部 クラブハウス裏 搬入口
　配送先：当倶楽部 表彰式会場（同敷地内の別棟）→ 12/8 午前着希望

トロフィーは割れ物のため、梱包は当方で済ませておきます。
""" + SIG_NADA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp",
})

M({
    "id": "golf-012",
    "charset": "iso-2022-jp",
    "sender": HATTA,
    "to": ["法人営業部 大須賀様 <m.osuga@midori-ginkou.co.jp>"],
    "subject": "RE: 11月分 入金明細の照合について",
    "body": """みどり銀行 法人営業部
大須賀様

お世話になっております。日の出産業 経理課の八田です。
11月分入金明細、拝受いたしました。ありがとうございます。

照合の結果、11/15付の振込（振込依頼人名 ｶ)ﾅﾝﾌﾞﾂｼｮｳｼﾞ、165,000円）のみ、
当方の請求書番号 INV-2411-0387 と金額が一致しておりません（請求額 176,000円）。
先方に確認のうえ、差額の扱いについて改めてご相談させてください。

よろしくお願いいたします。
""" + SIG_HATTA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp has an extra letter against the partner bank's midori-ginko.co.jp",
})

M({
    "id": "golf-013",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["本社経理部 樋渡 <k.hiwatari@hinode-sanyo.co.jp>"],
    "subject": "11月 ゴルフ事業部 月次売上（速報）",
    "body": """樋渡さん

お疲れさまです。会員課の佐伯です。
11月の月次売上速報をお送りします（確定値は12/5に経理課から送付予定です）。

　来場者数　　　：6,842名（前年同月比 104.1%）
　うち会員　　　：2,317名
　グリーンフィー：48,210千円
　レストラン　　：11,936千円
　プロショップ　：4,402千円
　年会費（11月計上分）：3,960千円

コンペ需要が戻ってきており、12月も予約は前年を上回っています。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sanyo.co.jp drops a letter of the company's own domain",
})

M({
    "id": "golf-014",
    "charset": "utf-8",
    "sender": KURAMOTO,
    "to": ["丸星ゴルフ 営業企画部 <kikaku@maruboshi-golf.co.jp>"],
    "subject": "会員権相場の分析資料（2025年販売計画たたき台）",
    "body": """丸星ゴルフ株式会社
営業企画部 御中

お世話になっております。日の出産業 会員権事業室の蔵元です。
先日の打合せでお話しした、来期の販売計画のたたき台を添付します。
当社の仕入れ価格帯と在庫口数を含みますので、取扱いにはご注意ください。
""" + SIG_KURAMOTO,
    "attachments": [{
        "kind": "pdf", "name": "2025_販売計画_たたき台.pdf",
        "title": "2025年 会員権販売計画（案）",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 会員権事業室　社外秘",
        "lines": [
            "2025年 日の出カントリー倶楽部 会員権 販売計画（案）",
            "1. 相場動向：正会員 平均成約 1,850千円（前年比 +12%）",
            "2. 当社在庫：正会員 14口、平日会員 9口",
            "3. 仕入上限価格：正会員 1,600千円、平日会員 480千円",
            "4. 販売目標：正会員 20口、平日会員 15口",
            "5. 名義書換料改定案：550千円 → 770千円（2025年7月～）",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 社外秘 in header and footer sent to a broker",
})

M({
    "id": "golf-015",
    "charset": "iso-2022-jp",
    "sender": MITSUYA,
    "to": ["アーク・コースデザイン 榊原様 <sakakibara@arc-coursedesign.com>"],
    "subject": "【社外秘】9番・17番ホール改修計画（理事会前資料）",
    "body": """━━━━━━━━━━━━━━
　社外秘／取扱注意
━━━━━━━━━━━━━━

アーク・コースデザイン
榊原様

いつもお世話になっております。日の出CC支配人の三ツ矢です。
理事会に諮る前の段階ですが、9番・17番ホール改修の社内案を共有いたします。

・9番：グリーン面積を約15％縮小、左バンカー新設（予算 38百万円）
・17番：ティーイングエリアを12ヤード後方へ移設、池の護岸改修（予算 52百万円）
・工期：2025年6月～9月（夏季は仮グリーン運用）

会員への公表は理事会承認後となりますので、それまで外部への開示はお控えください。
ご意見を12/13までにいただけますと幸いです。
""" + SIG_MITSUYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and body stamped 社外秘／取扱注意 to an outside course designer",
})

M({
    "id": "golf-016",
    "charset": "shift_jis",
    "sender": KURAMOTO,
    "to": ["丸星ゴルフ 営業部 花房様 <hanabusa@maruboshi-golf.co.jp>"],
    "subject": "売却希望会員リスト送付（パスワード別送）",
    "body": """丸星ゴルフ株式会社
花房様

お世話になっております。蔵元です。
先日お話しした売却希望の会員様リストをお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。
""" + SIG_KURAMOTO,
    "attachments": [{
        "kind": "zip", "name": "baikyaku_kibou_1202.zip", "password": "Hnd#2412kr",
        "files": [{
            "kind": "xlsx", "name": "売却希望会員.xlsx",
            "sheets": {"リスト": [
                ["会員番号", "氏名", "電話", "希望価格"],
                ["A-0071", "嵯峨 敏明", "047-332-1180", "1,700,000"],
                ["A-0133", "雨宮 律子", "03-3719-5520", "1,650,000"],
                ["A-0240", "館林 勇", "0436-41-7702", "1,800,000"],
                ["B-0015", "塙 康夫", "043-291-4408", "520,000"],
                ["B-0044", "逢坂 由紀", "090-3381-6617", "500,000"],
            ]},
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected",
})

M({
    "id": "golf-017",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "会報「ひので」58号 原稿（差し替え版）",
    "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出CC会員課の佐伯です。
会報58号の原稿（差し替え版）を添付いたします。
P.4のコース管理だよりと、P.7の競技日程表を修正しています。
初校は12/10頃にいただけますと助かります。
""" + SIG_SAEKI,
    "attachments": [{"kind": "corrupt", "name": "kaiho58_genko_r2.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX attachment cannot be read",
})

M({
    "id": "golf-018",
    "charset": "iso-2022-jp",
    "sender": HATTA,
    "to": ["株式会社房総エンジニアリング 経理部 <keiri@boso-eng.co.jp>"],
    "subject": "法人会員 年会費ご請求書（2025年度）",
    "body": """株式会社房総エンジニアリング
経理部 御中

平素より日の出カントリー倶楽部をご利用いただき、誠にありがとうございます。
2025年度の法人会員年会費のご請求書をPDFにてお送りいたします。
PDFにはパスワードを設定しております。パスワードは御社の電話番号（ハイフンなし）です。

お支払期日：2025年1月31日
""" + SIG_HATTA,
    "attachments": [{
        "kind": "pdf", "name": "請求書_INV-2501-0042.pdf", "password": "0436227788",
        "lines": ["ご請求書", "株式会社房総エンジニアリング 御中", "法人会員年会費 2口 132,000円（税込）",
                  "登録者：相馬 政宏 様、柘植 康一 様"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF invoice cannot be inspected",
})

M({
    "id": "golf-019",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["ひばりトラベル 法人旅行課 <golf-desk@hibari-travel.co.jp>"],
    "subject": "12/21(土) キャンセル待ちのお客様一覧",
    "body": """ひばりトラベル株式会社
法人旅行課 ご担当者様

いつもお世話になっております。日の出CC会員課の佐伯です。
12/21（土）はすでに満組のため、キャンセル待ちでお受けしているお客様を下記に貼ります。
キャンセルが出た場合、御社パッケージのお客様と当方で受けた個人のお客様で
順番が前後しないよう、一覧を共有させていただきます。

受付順	代表者名	人数	電話番号	メールアドレス
1	葛城 俊彦	4	090-4120-3378	katsuragi.t@outlook.jp
2	阿久津 陽子	3	080-2279-6641	yoko.akutsu@docomo.ne.jp
3	神保 大輔	4	090-7731-0082	d-jimbo@jimbo-shoukai.co.jp
4	浜辺 光一	2	070-5512-9047	hamabe1966@gmail.com
5	戸叶 健作	4	090-6634-2218	tokano.kensaku@yahoo.co.jp
6	猪股 理恵	3	080-4490-1175	rie.inomata@icloud.com

ご不明点がございましたらご連絡ください。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated waiting list of six customers with phones and e-mails in the body",
})

M({
    "id": "golf-020",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["錦印刷 カード製作課 <card@nishiki-insatsu.co.jp>"],
    "subject": "会員証発行データ（12月入会分）",
    "body": """錦印刷株式会社
カード製作課 ご担当者様

お世話になっております。日の出CC会員課の佐伯です。
12月入会分の会員証発行データ（UTF-8 CSV）をお送りします。
台紙送付用に住所も含めています。発送は当方から行いますので、完成品は倶楽部宛にお願いします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "csv", "encoding": "utf-8", "name": "kaiinsho_202412.csv",
        "rows": [
            ["会員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "会員種別"],
            ["A-0331", "國分 英樹", "コクブ ヒデキ", "1969/03/14", "272-0023", "千葉県市川市南八幡3-8-21", "正会員"],
            ["A-0332", "勅使河原 葵", "テシガワラ アオイ", "1981/11/02", "135-0061", "東京都江東区豊洲2-4-9-2201", "正会員"],
            ["A-0333", "宗像 直人", "ムナカタ ナオト", "1958/07/29", "299-0111", "千葉県市原市姉崎1420-6", "正会員"],
            ["B-0121", "百々 芳江", "ドド ヨシエ", "1962/01/18", "260-0012", "千葉県千葉市中央区本町2-5-13", "平日会員"],
            ["B-0122", "舛添 昭", "マスゾエ アキラ", "1955/09/05", "292-0056", "千葉県木更津市木更津2-7-10", "平日会員"],
            ["B-0123", "祖父江 理沙", "ソブエ リサ", "1977/05/23", "263-0043", "千葉県千葉市稲毛区小仲台6-15-4", "平日会員"],
            ["A-0334", "轟 信吾", "トドロキ シンゴ", "1973/12/30", "154-0004", "東京都世田谷区太子堂4-22-1", "正会員"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of seven new members with DOB and home addresses to the card printer",
})

M({
    "id": "golf-021",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "会報58号「新入会員のご紹介」ページ素材",
    "body": """錦印刷 制作部 御中

いつもお世話になっております。佐伯です。
会報58号の「新入会員のご紹介」ページの素材をPowerPointでお送りします。
誌面ではご住所は市区町村までに丸めてください（素材には番地まで入っています）。
お写真は別途、郵送いたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pptx", "name": "新入会員紹介_58号.pptx",
        "title": "新入会員のご紹介",
        "slides": [
            ["新入会員のご紹介（1）",
             "國分 英樹 様　昭和44年3月14日生",
             "千葉県市川市南八幡3-8-21　株式会社國分工務店 代表取締役",
             "紹介者：檜山 宗一郎 様・百瀬 晴美 様",
             "勅使河原 葵 様　昭和56年11月2日生",
             "東京都江東区豊洲2-4-9-2201　勅使河原法律事務所 弁護士",
             "紹介者：御手洗 健 様・鰐部 拓海 様"],
            ["新入会員のご紹介（2）",
             "宗像 直人 様　昭和33年7月29日生",
             "千葉県市原市姉崎1420-6　宗像医院 院長",
             "百々 芳江 様　昭和37年1月18日生",
             "千葉県千葉市中央区本町2-5-13　（有）百々商店 取締役"],
            ["新入会員のご紹介（3）",
             "舛添 昭 様　昭和30年9月5日生",
             "千葉県木更津市木更津2-7-10",
             "祖父江 理沙 様　昭和52年5月23日生",
             "千葉県千葉市稲毛区小仲台6-15-4　ソブエデザイン室 代表"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PPTX with six new members' 和暦 DOB and home addresses to the printer",
})

M({
    "id": "golf-022",
    "charset": "shift_jis",
    "sender": HATTA,
    "to": ["桐生税理士事務所 担当 井筒様 <izutsu@kiryu-tax.jp>"],
    "subject": "11月分 委託キャディ報酬 支払一覧（源泉確認のお願い）",
    "body": """桐生税理士事務所
井筒様

お世話になっております。日の出産業 経理課の八田です。
業務委託契約のキャディさん（個人事業主）への11月分報酬の支払一覧をPDFでお送りします。
源泉徴収の要否について、前回ご指摘いただいた2名分を含めご確認をお願いします。
振込は12/10実行予定です。
""" + SIG_HATTA,
    "attachments": [{
        "kind": "pdf", "name": "委託キャディ報酬_202411.pdf",
        "title": "委託キャディ報酬支払一覧 2024年11月",
        "lines": ["委託キャディ報酬 支払一覧（2024年11月分）", "日の出産業株式会社 ゴルフ事業部"],
        "table": [
            ["氏名", "住所", "振込先", "口座番号", "出務数", "報酬額"],
            ["朝比奈 節子", "千葉県市原市青柳1-12-3", "みどり銀行 五井支店 普通", "2047713", "18", "198,000"],
            ["乾 美代子", "千葉県袖ケ浦市蔵波台4-7-15", "京葉信用金庫 袖ケ浦支店 普通", "0318842", "15", "165,000"],
            ["卯月 和枝", "千葉県市原市辰巳台東2-9", "みどり銀行 辰巳台支店 普通", "6670219", "20", "220,000"],
            ["雲野 泰子", "千葉県市原市能満1582-4", "ゆうちょ銀行 〇一八店 普通", "1182046", "12", "132,000"],
            ["榎本 しのぶ", "千葉県木更津市請西南3-14-2", "房総銀行 木更津支店 普通", "5504381", "17", "187,000"],
            ["小此木 恵", "千葉県市原市国分寺台中央5-3-8", "みどり銀行 五井支店 普通", "3391270", "9", "99,000"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "PDF table of six contract caddies' addresses and bank accounts to the tax office",
})

M({
    "id": "golf-023",
    "charset": "utf-8",
    "sender": KURAMOTO,
    "to": ["白川法律事務所 坂巻先生 <sakamaki@shirakawa-law.jp>"],
    "subject": "入会審査資料のご確認依頼（12月理事会分）",
    "body": """白川法律事務所
坂巻先生

いつもお世話になっております。日の出産業 会員権事業室の蔵元です。
12月理事会で審査予定の入会申込6件について、会則第9条（入会資格）との関係で
ご確認いただきたい点があり、資料一式をZIPでお送りします。

・申込者一覧.csv … 申込者の基本情報
・審査メモ.docx … 事務局の所見と論点

お忙しいところ恐縮ですが、12/13（金）までにご意見をいただけますと幸いです。
""" + SIG_KURAMOTO,
    "attachments": [{
        "kind": "zip", "name": "nyukai_shinsa_202412.zip",
        "files": [
            {"kind": "csv", "encoding": "cp932", "name": "申込者一覧.csv",
             "rows": [
                 ["受付No", "氏名", "生年月日", "住所", "電話", "勤務先", "紹介者"],
                 ["2412-01", "篠塚 雅人", "1972/08/19", "東京都江東区豊洲5-3-12-1504", "090-3318-2271", "株式会社篠塚設計", "檜山 宗一郎"],
                 ["2412-02", "鳩山 和臣", "1966/04/03", "千葉県浦安市日の出2-1-7", "080-5527-4410", "鳩山総合会計事務所", "百瀬 晴美"],
                 ["2412-03", "能勢 一輝", "1985/10/27", "千葉県千葉市美浜区打瀬1-5-3-804", "090-8816-0372", "株式会社ノセ", "鰐部 拓海"],
                 ["2412-04", "仁科 久美", "1970/02/11", "東京都港区白金台3-19-6", "03-3447-8821", "仁科クリニック", "御手洗 健"],
                 ["2412-05", "安曇 昌平", "1961/06/30", "千葉県市原市八幡北町2-8-1", "0436-43-5501", "安曇建材株式会社", "東風平 亮介"],
                 ["2412-06", "日置 崇", "1979/12/08", "神奈川県川崎市中原区小杉町3-264", "090-1173-9920", "日置物産株式会社", "四十物 勝"],
             ]},
            {"kind": "docx", "name": "審査メモ.docx",
             "paragraphs": [
                 "入会審査メモ（事務局）",
                 "2412-02 鳩山様：紹介者の在籍年数が5年未満（会則上は5年以上）。",
                 "2412-05 安曇様：法人会員からの個人会員への切替。名義書換料の扱いを要確認。",
                 "その他4件は書類上の不備なし。",
             ]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP holding a CSV of six applicants with DOB, address and phone, sent to the law firm",
})

M({
    "id": "golf-024",
    "charset": "iso-2022-jp",
    "sender": USAMI,
    "to": ["さくらホテル 宿泊予約課 <yoyaku@sakura-hotel.jp>"],
    "subject": "川崎電機様コンペ 前泊のお客様（幹事様メールを添付します）",
    "body": """さくらホテル 宿泊予約課
ご担当者様

いつもお世話になっております。日の出CC法人営業課の宇佐美です。
12/6 川崎電機様コンペの前泊（12/5泊）のお客様について、幹事の中条様から届いた
メールをそのまま添付いたします。お部屋割りはメールのとおりでお願いします。
チェックインが22時を過ぎる方がいらっしゃいますので、その旨ご承知おきください。
""" + SIG_USAMI,
    "attachments": [{
        "kind": "eml", "name": "前泊者リスト_川崎電機中条様.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "中条 康隆 <y.nakajo@kawasaki-denki.co.jp>",
            "to": [USAMI],
            "subject": "前泊者について",
            "body": """宇佐美様

お世話になっております。川崎電機の中条です。
前泊されるお客様は以下の8名です。シングル8室でお願いします。

蓼科 孝之 様　080-2267-4401　到着 19:00頃
五味 弘美 様　090-3349-0582　到着 20:30頃
漆原 健次 様　090-6681-2276　到着 18:00頃
伊集院 徹 様　090-7023-1164　到着 22:30頃（遅くなります）
茅原 清志 様　090-5539-6618　到着 19:30頃
椎葉 良典 様　080-9901-3347　到着 21:00頃
真栄田 悟 様　090-8817-4402　到着 20:00頃
千々岩 誠 様　090-3372-5598　到着 18:30頃

よろしくお願いいたします。
川崎電機株式会社 総務部 中条
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached mail (message/rfc822) listing eight guests with mobiles, forwarded to the hotel",
})

M({
    "id": "golf-025",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["東海カートサービス 技術課 <gijutsu@tokai-cart.co.jp>"],
    "subject": "FW: 乗用カートの誘導ケーブルについて（会員様からのお問い合わせ）",
    "body": """東海カートサービス株式会社
技術課 ご担当者様

お世話になっております。日の出CC会員課の佐伯です。
会員様から下記のお問い合わせをいただきました。電磁誘導式カートの誘導ケーブルが
ペースメーカーに影響しないか、メーカーとしての見解をいただけますでしょうか。

-------- 転送メッセージ --------
差出人: 曽我部 孝 <sogabe.takashi@nifty.com>
宛先: 日の出カントリー倶楽部 会員課
件名: 乗用カートの誘導ケーブルについて

会員番号A-0097の曽我部です。
先月、心臓ペースメーカーの植込み手術を受けました（洞不全症候群）。
主治医からはゴルフ再開の許可をもらっていますが、カート道路の下に誘導ケーブルが
埋まっていると聞き、影響がないか心配しています。
カートに乗っている間は問題ないのか、何かお分かりでしたら教えてください。
連絡は携帯 090-2281-7736 までお願いします。
--------------------------------

お手数ですがよろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded member mail disclosing his pacemaker and heart condition, sent to a vendor",
})

M({
    "id": "golf-026",
    "charset": "shift_jis",
    "sender": SAEKI,
    "to": ["さくらホテル フロント 岩永様 <iwanaga@sakura-hotel.jp>"],
    "subject": "バリアフリールームのご相談（1/18ご宿泊）",
    "body": """さくらホテル
フロント 岩永様

いつもお世話になっております。日の出CC会員課の佐伯です。
1/18（土）に当倶楽部のゴルフパックでご宿泊予定の会員様について、ご相談です。

　会員様：汐見 康介 様（ご予約番号 SK-250118-033）
　汐見様は脊髄損傷により車椅子をご利用で、身体障害者手帳（1種2級）をお持ちです。
　ゴルフは当倶楽部のパラゴルフ用カートでプレーされます。

つきましては、車椅子対応のお部屋と、駐車場から客室までの動線をご確認いただけますか。
ご本人様から、入浴介助は不要と伺っております。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's disability (脊髄損傷, 障害者手帳) sent to a hotel",
})

M({
    "id": "golf-027",
    "charset": "iso-2022-jp",
    "sender": USAMI,
    "to": ["北国フーズ 宴会事業部 <enkai@kitaguni-foods.co.jp>"],
    "subject": "12/6 表彰パーティー 特別食のお願い",
    "body": """北国フーズ株式会社
宴会事業部 ご担当者様

お世話になっております。日の出CC法人営業課の宇佐美です。
12/6の川崎電機様コンペ表彰パーティー（48名、立食）について、特別食のお願いです。

・アフマド・ハリム様（マレーシア法人 副社長）
　イスラム教徒でいらっしゃるため、ハラール対応のお料理をお願いします。
　豚由来の食材・アルコールを含む調味料は不可、乾杯はノンアルコールでご用意ください。
・矢萩 聡子様：えびアレルギー

当日はテーブルに名札を置きますので、別皿でのご提供をお願いできますでしょうか。
""" + SIG_USAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest's religion (イスラム教徒) sent to the caterer",
})

M({
    "id": "golf-028",
    "charset": "utf-8",
    "sender": KURAMOTO,
    "to": ["白川法律事務所 坂巻先生 <sakamaki@shirakawa-law.jp>"],
    "subject": "入会申込者の経歴に関するご相談",
    "body": """坂巻先生

お世話になっております。蔵元です。
入会申込者1名について、ご相談させてください。

申込者：伴 隆一郎 様（昭和41年5月9日生、受付No.2411-07）
紹介者からの情報で、伴様が2019年に傷害事件で逮捕され、その後罰金刑が確定していることが
分かりました（ご本人も面談で認めておられます）。
会則第9条では「倶楽部の品位を損なうおそれのある者」は入会を認めないとしていますが、
5年前の罰金刑のみを理由に否決してよいものか、判断に迷っております。

理事会への説明の仕方も含め、ご助言をいただけますと幸いです。
""" + SIG_KURAMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an applicant's arrest and criminal conviction (要配慮) sent to outside counsel",
})

M({
    "id": "golf-029",
    "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": ["房総セキュリティ 市原営業所 <ichihara@boso-security.co.jp>"],
    "subject": "男性ロッカー室 盗難被害の件（防犯カメラ映像のご提供依頼）",
    "body": """房総セキュリティ株式会社
市原営業所 ご担当者様

いつもお世話になっております。日の出CC総務課の真壁です。
11/30（土）に男性ロッカー室で盗難被害が発生しましたので、防犯カメラ映像の
ご提供をお願いします。

　被害者：会員 芦田 昌之 様（携帯 080-7725-3319）
　被害品：財布（現金約8万円、クレジットカード2枚、運転免許証）
　時間帯：11:40～12:30（昼食休憩中）
　ロッカー番号：M-214（施錠されていたとのこと）

芦田様は同日、市原警察署に被害届を提出済みです（受理番号は後日連絡）。
ロッカー室入口カメラ（CAM-07）の該当時間帯の映像をご確認ください。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member as victim of a theft (犯罪被害) sent to the security company",
})

M({
    "id": "golf-030",
    "charset": "shift_jis",
    "sender": OGURA,
    "to": ["グリーンスタッフ 派遣課 福留様 <fukudome@greenstaff.co.jp>"],
    "subject": "派遣キャディさんの健康状態について",
    "body": """グリーンスタッフ
福留様

お世話になっております。キャディマスター室の小椋です。
派遣でお越しいただいている江頭 真由美さんの件でご相談です。

先日ご本人から、当社の健康診断（10月実施）の結果を見せていただいたところ、
血圧が178/104で「要精密検査」、心電図にも所見ありとのことでした。
ご本人は大丈夫と言っていますが、1日2ラウンド付くのは負担が大きいと思いますので、
精密検査の結果が出るまで1ラウンドのみの配置にしたいと考えています。
派遣元として受診の状況を確認していただけますか。
""" + SIG_OGURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one caddie's health-check results (要配慮) sent to the staffing agency",
})

M({
    "id": "golf-031",
    "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": ["常盤損保 企業損害サービス課 <sonsa-chiba@tokiwa-sonpo.co.jp>"],
    "subject": "熱中症による救急搬送のご報告（8/17 来場者）",
    "body": """常盤損害保険株式会社
企業損害サービス課 ご担当者様

お世話になっております。日の出産業 ゴルフ事業部 総務課の真壁です。
8/17に発生した来場者の救急搬送について、第一報をお送りします。

■発生状況
　8月17日（土）13時10分頃、OUTコース14番ホールのグリーン上で倒れる。
　気温36.2℃、WBGT 31.5（危険）。
■ご本人
　伊佐早 徹 様（ビジター、昭和２９年１１月３日生）
　同伴者によると、2型糖尿病で通院中、インスリン使用とのこと。
■処置
　キャディがAEDを用意、意識ありのため使用せず。救急車で市原中央病院へ搬送。
　診断：熱中症（Ⅱ度）、低血糖の疑い。1泊入院。

ご家族からは、倶楽部側の暑さ対策について説明を求められております。
施設賠償の対象となるかも含め、ご相談させてください。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named visitor's diabetes and heatstroke diagnosis (要配慮) sent to the insurer",
})

M({
    "id": "golf-032",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["ひばりトラベル 海外旅行課 薬袋様 <minai@hibari-travel.co.jp>"],
    "subject": "会員親睦 済州島ゴルフ旅行 旅券情報（追加3名）",
    "body": """ひばりトラベル株式会社
海外旅行課 薬袋様

いつもお世話になっております。日の出CC会員課の佐伯です。
3月の済州島ゴルフ旅行について、追加でお申込みの3名様の旅券情報をお送りします。
航空券の発券にお使いください。

1) 氏名：ENOKIDA SHINJI（榎田 伸二）
   旅券番号：TS4480217　生年月日：1957/02/14　有効期限：2031/06/20
2) 氏名：ENOKIDA KAYOKO（榎田 佳代子）
   旅券番号：TS4480218　生年月日：1960/09/03　有効期限：2031/06/20
3) 氏名：MOGAMI RYOTA（最上 亮太）
   旅券番号：TR9015526　生年月日：1974/12/21　有効期限：2028/03/11

残金のご請求は会員様へ直接お願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three members' passport numbers and DOB sent to the travel agency",
})

M({
    "id": "golf-033",
    "charset": "utf-8",
    "sender": OGURA,
    "to": ["松濤行政書士事務所 <info@shoto-gyosei.jp>"],
    "subject": "外国籍キャディ採用に伴う在留資格の確認",
    "body": """松濤行政書士事務所
ご担当者様

はじめてご連絡いたします。日の出カントリー倶楽部 キャディマスター室の小椋と申します。
キャディとして採用を予定している方の在留資格について、就労可否のご確認をお願いしたく
ご連絡しました。

　氏名：NGUYEN THI LAN（グエン・ティ・ラン）
　生年月日：1996年4月12日
　在留カード番号：UH48271936FA
　在留資格：家族滞在（資格外活動許可あり）
　在留期間満了日：2026年2月3日

フルタイム勤務が可能か、必要な手続きがあれば費用とあわせてお見積りください。
""" + SIG_OGURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a candidate's residence card number sent to an outside immigration lawyer",
})

M({
    "id": "golf-034",
    "charset": "shift_jis",
    "sender": "総務課 社会保険担当 <soumu-golf@hinode-sangyo.co.jp>",
    "to": ["すずらん社会保険労務士法人 <tetsuzuki@suzuran-sr.jp>"],
    "subject": "被保険者資格取得届の作成依頼（キャディ 1名）",
    "body": """すずらん社会保険労務士法人
手続きご担当者様

いつもお世話になっております。日の出産業 ゴルフ事業部 総務課です。
12/1付で正社員登用となったキャディ1名について、健康保険・厚生年金の
資格取得届の作成をお願いします。

　氏名　　　　：巽 良子（タツミ ヨシコ）
　生年月日　　：Ｓ５３．６．２７
　住所　　　　：千葉県市原市五井東３－１８－５　サンハイツ五井２０３
　基礎年金番号：４１０７－２２８９５１
　報酬月額　　：235,000円

扶養家族はいないとのことです。
""" + SIG_MAKABE.replace("真壁 亮", "社会保険担当"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an employee's basic pension number, DOB and address to the labour consultant",
})

M({
    "id": "golf-035",
    "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": ["市原中央病院 医事課 <iji@ichihara-chuo-hp.or.jp>"],
    "subject": "11/9 救急搬送の患者様の医療費精算について",
    "body": """市原中央病院
医事課 ご担当者様

お世話になっております。日の出カントリー倶楽部 総務課の真壁です。
11/9に当倶楽部から救急搬送されたビジターの方の医療費について、
当倶楽部の施設賠償保険で精算することになりましたので、ご連絡します。

　患者様：湯浅 芙美子 様
　傷病名：左橈骨遠位端骨折（カート乗車中の転落による）
　健康保険証：記号 ７１２０４　番号 ３３８　（全国健康保険協会 千葉支部）

窓口でお支払いいただいた自己負担分は、当方より後日ご本人に返金いたします。
病院様への追加のお支払いが発生する場合は、請求書を当倶楽部宛にお送りください。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a patient's health insurance card symbol/number and fracture diagnosis to the hospital",
})

M({
    "id": "golf-036",
    "charset": "utf-8",
    "sender": HATTA,
    "to": ["ペイゲートサービス 加盟店サポート <merchant@paygate-service.jp>"],
    "subject": "年会費カード払い 新規登録3件（登録代行のお願い）",
    "body": """ペイゲートサービス株式会社
加盟店サポート ご担当者様

お世話になっております。日の出カントリー倶楽部（加盟店ID HNCC-0771）の八田です。
紙の申込書でお受けした年会費カード払いの新規登録3件について、
管理画面からの登録ができないため、登録代行をお願いします。
""" + SIG_HATTA,
    "attachments": [{
        "kind": "xlsx", "name": "カード登録代行依頼_202412.xlsx",
        "sheets": {"登録依頼": [
            ["年会費カード払い 登録代行依頼（日の出カントリー倶楽部）"],
            ["会員番号", "氏名", "カード番号", "有効期限", "課金額", "課金開始月"],
            ["A-0318", "篠塚 雅人", CC[2], "11/28", 44000, "2025-01"],
            ["B-0119", "十河 里美", CC[3], "04/27", 33000, "2025-01"],
            ["A-0326", "二階堂 尚", CC[4], "09/29", 44000, "2025-02"],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "XLSX with three members' full card numbers",
})

M({
    "id": "golf-037",
    "charset": "iso-2022-jp",
    "sender": HATTA,
    "to": ["桐生税理士事務所 井筒様 <izutsu@kiryu-tax.jp>"],
    "subject": "支払調書（案）のご確認",
    "body": """井筒様

お世話になっております。八田です。
先日ご依頼した支払調書の案を作成しましたので、PDFでお送りします。
個人番号の記載箇所に誤りがないか、あわせてご確認ください。
""" + SIG_HATTA,
    "attachments": [{
        "kind": "pdf", "name": "支払調書_案_2024.pdf",
        "title": "報酬、料金、契約金及び賞金の支払調書（案）",
        "lines": ["令和6年分 報酬、料金、契約金及び賞金の支払調書（案）",
                  "支払者：日の出産業株式会社"],
        "table": [
            ["支払を受ける者", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"],
            ["宍戸 恒夫", "千葉県千葉市緑区おゆみ野中央4-22-7", MN[1], "紹介料", "550,000", "56,155"],
            ["三枝 ゆかり", "東京都墨田区錦糸3-6-10-502", MN[2], "紹介料", "330,000", "33,693"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF with two individuals' My Numbers sent to the tax office",
})

M({
    "id": "golf-038",
    "charset": "shift_jis",
    "sender": KURAMOTO,
    "to": ["東都ゴルフ会員権 大河内様 <ookouchi@tohto-kaiinken.co.jp>"],
    "subject": "購入希望のお客様（平日会員）ご紹介",
    "body": """大河内様

お世話になっております。蔵元です。
当倶楽部に直接お問い合わせのあった平日会員権の購入希望者を、以下のとおりご紹介します。
御社から順次ご連絡いただけますでしょうか。

　氏名　　　　　電話番号　　　　　　　　ご希望　　　　　　備考
　――――――――――――――――――――――――――――――――――――――
　宇津木　誠　　""" + zen("090-6612-0438") + """　　　平日会員１口　　　予算５０万円
　鏑木　良枝　　""" + zen("047-451-3320") + """　　　　平日会員１口　　　夫婦で検討中
　姉小路　諭　　""" + zen("080-2291-5587") + """　　　平日会員２口　　　法人名義希望
　指宿　和也　　""" + zen("03-5689-1142") + """　　　　平日会員１口　　　年明け以降
　笹ヶ瀬　恵子　""" + zen("090-4438-7716") + """　　　平日会員１口　　　女性会員の比率を質問

いずれも当倶楽部でビジターとしてのご来場歴がある方です。
""" + SIG_KURAMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "full-width padded table of five prospects with full-width phone numbers to a broker",
})

M({
    "id": "golf-039",
    "charset": "utf-8",
    "sender": OGURA,
    "to": ["グリーンスタッフ 派遣課 <haken@greenstaff.co.jp>"],
    "subject": "1月シフト表と連絡先一覧（更新版）",
    "body": """グリーンスタッフ 派遣課 御中

お世話になっております。小椋です。
1月のシフト表をお送りします。2枚目のシートに、派遣の方の連絡先一覧（更新版）を
入れてありますので、御社の台帳と照合をお願いします。
""" + SIG_OGURA,
    "attachments": [{
        "kind": "xlsx", "name": "2025年1月_キャディシフト.xlsx",
        "sheets": {
            "1月シフト": [
                ["2025年1月 キャディシフト（派遣分）"],
                ["氏名", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9", "1/10"],
                ["北条 さゆり", "早", "早", "休", "遅", "早", "休", "早"],
                ["江頭 真由美", "遅", "休", "早", "早", "休", "早", "遅"],
                ["仲宗根 あかね", "早", "遅", "早", "休", "遅", "早", "休"],
                ["粟津 千春", "休", "早", "遅", "早", "早", "遅", "早"],
                ["榎戸 典子", "早", "早", "早", "休", "休", "遅", "遅"],
                ["鬼頭 ひとみ", "遅", "休", "早", "遅", "早", "早", "休"],
            ],
            "連絡先": [
                ["氏名", "携帯", "住所", "緊急連絡先"],
                ["北条 さゆり", "090-3318-7702", "千葉県市原市姉崎東2-3-11", "夫 090-3318-7710"],
                ["江頭 真由美", "080-6621-0457", "千葉県市原市五井西4-8-2", "母 0436-21-4478"],
                ["仲宗根 あかね", "090-2290-8813", "千葉県袖ケ浦市奈良輪1-21-6", "夫 080-2290-1124"],
                ["粟津 千春", "090-5570-1198", "千葉県市原市郡本3-5-17", "夫 090-5570-3302"],
                ["榎戸 典子", "080-3009-6642", "千葉県木更津市清見台南2-11-9", "長男 090-8851-2206"],
                ["鬼頭 ひとみ", "090-1176-2034", "千葉県市原市ちはら台西1-4-3", "夫 080-1176-5519"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX whose second sheet lists six caddies' mobiles and addresses",
})

_arrears = [
    ("A-0056", "久米田 勝利", "千葉県千葉市若葉区都賀3-12-8", "043-231-6604", "88,000"),
    ("A-0139", "鮫島 隆二", "東京都大田区田園調布2-41-5", "03-3721-0938", "132,000"),
    ("B-0027", "香西 由美子", "千葉県市原市若宮4-2-19", "0436-42-1187", "66,000"),
    ("A-0188", "楢崎 英明", "千葉県船橋市夏見台1-9-14", "047-424-5523", "44,000"),
    ("A-0264", "古閑 仁", "神奈川県横浜市青葉区美しが丘5-3-2", "045-901-7736", "88,000"),
    ("B-0071", "蛭田 将司", "千葉県袖ケ浦市長浦駅前6-4-1-305", "0438-62-9014", "99,000"),
]
_arr_html = "".join(
    f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td align=\"right\">{e}</td></tr>"
    for a, b, c, d, e in _arrears)

M({
    "id": "golf-040",
    "charset": "utf-8",
    "sender": HATTA,
    "to": ["ちばサービサー 債権管理部 <saiken@chiba-servicer.co.jp>"],
    "subject": "年会費 長期未納者の督促委託について",
    "html": """<div style="font-family:MS PGothic">
<p>ちばサービサー株式会社<br>債権管理部 御中</p>
<p>お世話になっております。日の出産業 ゴルフ事業部 経理課の八田です。<br>
先般ご契約いただいた督促業務委託の第1回分として、年会費を2年以上未納の会員を下記に記載します。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>会員番号</th><th>氏名</th><th>住所</th><th>電話</th><th>未納額（円）</th></tr></thead>
<tbody>""" + _arr_html + """</tbody></table>
<p>いずれも内容証明での督促に応答がありません。会則上、3年未納で除名となります。</p>
<p>日の出産業株式会社 ゴルフ事業部 経理課<br>八田 直子　TEL 0436-95-1187</p>
</div>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with six defaulting members' addresses and phones to a collector",
})

M({
    "id": "golf-041",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "2025年版 会員名簿 追加・変更分の原稿",
    "body": """錦印刷 制作部 御中

いつもお世話になっております。日の出CC会員課の佐伯です。
2025年版会員名簿の追加・変更分をお送りします。（掲載同意は全員から取得済みです）

■追加
【A-0331】國分 英樹（こくぶ ひでき）
　自宅：〒272-0023 千葉県市川市南八幡3-8-21
　電話：047-378-2204
　生年月日：1969年3月14日

【A-0333】宗像 直人（むなかた なおと）
　自宅：〒299-0111 千葉県市原市姉崎1420-6
　電話：0436-61-0318
　生年月日：1958年7月29日

【B-0121】百々 芳江（どど よしえ）
　自宅：〒260-0012 千葉県千葉市中央区本町2-5-13
　電話：043-222-7045
　生年月日：1962年1月18日

■変更（転居）
【A-0127】宇津見 佳子（うつみ よしこ）
　新住所：〒263-0031 千葉県千葉市稲毛区稲毛東4-9-1-1102
　電話：043-243-6610
　生年月日：1951年10月4日

【A-0203】小野寺 浩二（おのでら こうじ）
　新住所：〒104-0054 東京都中央区勝どき5-2-15-3407
　電話：03-6204-1193
　生年月日：1964年2月26日

【B-0061】具志堅 隆（ぐしけん たかし）
　新住所：〒292-0834 千葉県木更津市潮見2-10-3
　電話：0438-36-5572
　生年月日：1970年8月8日

初校は年明けで構いません。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six member records as blocks (address, phone, DOB) in the body to the printer",
})

M({
    "id": "golf-042",
    "charset": "shift_jis",
    "sender": USAMI,
    "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "12/6 送迎 乗車名簿（五井駅・姉ケ崎駅）",
    "body": """青葉運輸株式会社
貸切バス課 ご担当者様

お世話になっております。日の出CCの宇佐美です。
12/6の送迎便の乗車名簿をお送りします。遅れている方への連絡用に携帯番号を付けています。

＜五井駅東口 7:10発＞
・五味 弘美 様（090-3349-0582）
・漆原 健次 様（090-6681-2276）
・保坂 英二 様（080-4412-9930）
・栗林 修 様（080-6630-2251）

＜姉ケ崎駅西口 7:25発＞
・茅原 清志 様（090-5539-6618）
・矢萩 聡子 様（090-2284-7719）
・丸茂 正晴 様（090-1120-5573）

帰りは表彰式終了後、17:30発を予定しています。
""" + SIG_USAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "bullet list of seven passengers with mobile numbers to the bus company",
})

M({
    "id": "golf-043",
    "charset": "utf-8",
    "sender": "Shunsuke Usami <s.usami@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitcombe <d.whitcombe@pacificlinks.com.au>"],
    "subject": "Draft term sheet - reciprocal membership programme",
    "body": """Dear Daniel,

Thank you for your time on the call last Thursday.
As promised, please find attached our draft term sheet for the reciprocal membership
programme between Hinode Country Club and your resorts in Queensland.

The figures in section 3 (green fee split and minimum guaranteed rounds) have not been
approved by our board yet, so please treat them as indicative.

I look forward to your comments.

Best regards,
""" + SIG_EN,
    "attachments": [{
        "kind": "docx", "name": "Term_Sheet_Reciprocal_Draft_v2.docx",
        "title": "Reciprocal Membership Programme - Term Sheet",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Hinode Sangyo Co., Ltd. - Confidential - Draft v2",
        "paragraphs": [
            "Reciprocal Membership Programme - Term Sheet (Draft v2)",
            "1. Parties: Hinode Sangyo Co., Ltd. and Pacific Links Management Pty Ltd.",
            "2. Term: 3 years from 1 April 2025.",
            "3. Green fee split 70/30; minimum guaranteed rounds 1,200 per year.",
            "4. Marketing: joint campaign budget JPY 6,000,000.",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX stamped CONFIDENTIAL in header and footer sent abroad",
})

M({
    "id": "golf-044",
    "charset": "iso-2022-jp",
    "sender": NADA,
    "to": [
        "鹿島台ゴルフ倶楽部 競技委員会 <kyogi@kashimadai-gc.jp>",
        "養老渓谷カントリークラブ 競技課 <compe@yoro-cc.co.jp>",
        "上総富士ゴルフクラブ 事務局 <jimukyoku@kazusafuji-gc.jp>",
        "房総ヒルズGC 支配人室 <manager@bosohills-gc.com>",
    ],
    "subject": "第15回 房総五倶楽部対抗戦 開催要項",
    "body": """各倶楽部 競技ご担当者様

いつもお世話になっております。本年の幹事倶楽部を務めます日の出CC競技課の灘です。
第15回房総五倶楽部対抗戦の開催要項をお送りします。

　日程：2025年4月14日（月）
　会場：日の出カントリー倶楽部
　競技方法：各倶楽部6名、ストロークプレー上位5名の合計
　使用ティー：青ティー（6,812ヤード）
　エントリー締切：3月20日（木）

選手名簿は締切までに各倶楽部から幹事倶楽部宛にご送付ください。
""" + SIG_NADA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four other clubs' addresses in To, visible to each other",
})

M({
    "id": "golf-045",
    "charset": "utf-8",
    "sender": USAMI,
    "to": ["さくらホテル 宴会予約 <enkai@sakura-hote1.jp>"],
    "subject": "2/20 懇親会会場のご予約（青葉運輸様コンペ）",
    "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出CCの宇佐美です。
2/20（木）の青葉運輸様コンペ後の懇親会について、会場の仮押さえをお願いします。

　人数：約40名
　時間：18:00～20:00
　ご予算：お一人様 8,000円（飲み放題込み）

当日の幹事様は青葉運輸 総務部の日下部 亘様（携帯 080-3352-7719）です。
メニューの詳細は日下部様と直接ご調整いただいて構いません。
""" + SIG_USAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "sakura-hote1.jp uses the digit 1 for l in the partner hotel's domain",
})

M({
    "id": "golf-046",
    "charset": "shift_jis",
    "sender": USAMI,
    "to": ["北国フーズ 宴会事業部 <enkai@kitaguni-foods.com>"],
    "subject": "12/13 表彰パーティー 料理のご発注",
    "body": """北国フーズ 宴会事業部 ご担当者様

お世話になっております。日の出CC法人営業課の宇佐美です。
12/13（金）のみどり銀行様コンペ 表彰パーティーの料理を下記のとおり発注します。

　人数：36名（立食）
　コース：Bプラン（4,500円／人）
　開始：16:30（搬入は15:30までにお願いします）
　お飲み物：倶楽部側で手配します

発注書は別途FAXでもお送りします。
""" + SIG_USAMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods.com swaps the TLD of the partner's kitaguni-foods.co.jp",
})

M({
    "id": "golf-047",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu-co.jp>"],
    "subject": "年賀状・カレンダー 印刷のお見積り依頼",
    "body": """錦印刷株式会社 営業部 御中

いつもお世話になっております。日の出CC会員課の佐伯です。
来年の会員様向け年賀状と卓上カレンダーのお見積りをお願いします。

・年賀状：2,400枚（表面 宛名印刷なし、裏面 フルカラー）
・卓上カレンダー：1,200部（コース写真 13点、当方支給）
・納期：年賀状 12/16、カレンダー 12/20

昨年の仕様書（見積No. NS-2311-204）と同じ内容です。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatsu-co.jp puts a hyphen where the partner's domain has a dot",
})

M({
    "id": "golf-048",
    "charset": "utf-8",
    "sender": YUKI,
    "to": ["リンクスウェブ 開発チーム <dev@links-web.jp>"],
    "subject": "ハンディキャップ更新データ（12月分）",
    "body": """株式会社リンクスウェブ
開発チーム 御中

お世話になっております。日の出産業 情報システム課の柚木です。
会員サイトに反映する12月分のハンディキャップ更新データを送ります。
いつもどおりパスワード付きZIPです。パスワードは Teams でお伝えします。
""" + SIG_YUKI,
    "attachments": [{
        "kind": "zip", "name": "hdcp_update_202412.zip", "password": "LinksHdcp-1224",
        "files": [{"kind": "csv", "encoding": "utf-8", "name": "hdcp_update.csv",
                   "rows": [["member_no", "name", "hdcp_old", "hdcp_new"],
                            ["A-0044", "檜山 宗一郎", "4.5", "4.2"],
                            ["A-0118", "御手洗 健", "8.3", "7.9"],
                            ["B-0012", "小鳥遊 真澄", "19.0", "18.5"]]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password ZIP cannot be inspected",
})

M({
    "id": "golf-049",
    "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": ["常盤損保 企業損害サービス課 <sonsa-chiba@tokiwa-sonpo.co.jp>"],
    "subject": "RE: 打球事故（8番H）現場写真の追送",
    "body": """常盤損保 企業損害サービス課
ご担当者様

お世話になっております。真壁です。
ご依頼のありました事故現場の写真と見取図をPDFにまとめて追送します。
ファイルが開けない場合はお知らせください。
""" + SIG_MAKABE,
    "attachments": [{"kind": "corrupt", "name": "事故現場写真_8番H.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt PDF attachment cannot be read",
})

M({
    "id": "golf-050",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "FW: 退会者一覧（名簿削除分）",
    "body": """錦印刷 制作部 御中

いつもお世話になっております。佐伯です。
会員名簿から削除していただく方の一覧です。社内で回っていたメールを転送します。
宛名ラベルの差込データからも外していただけますでしょうか。

---------- Forwarded message ---------
From: 八田 直子 <n.hatta@hinode-sangyo.co.jp>
Date: 2024年12月2日(月) 9:41
Subject: 退会者一覧（名簿削除分）
To: 佐伯 美穂 <m.saeki@hinode-sangyo.co.jp>

佐伯さん

11月末までに退会手続きが完了した方です。名簿と宛名データからの削除をお願いします。

会員番号,氏名,住所
A-0039,塩谷 善次郎,千葉県市原市八幡1088-3
A-0102,大甕 章,千葉県千葉市中央区亥鼻2-7-11
B-0018,鰺坂 富子,千葉県袖ケ浦市神納2-14-6
A-0165,巌谷 正道,東京都杉並区荻窪4-31-9
B-0049,喜屋武 清,千葉県市原市白金町3-52
A-0230,土師 和雄,千葉県君津市久保5-8-20

八田
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail with six members' addresses is new text to the printer",
})

M({
    "id": "golf-051",
    "charset": "shift_jis",
    "sender": KURAMOTO,
    "to": ["みどり銀行 個人ローン推進室 <loan-suishin@midori-ginko.co.jp>"],
    "subject": "提携会員権ローン 事前審査申込者の一覧",
    "body": """みどり銀行
個人ローン推進室 御中

お世話になっております。日の出産業 会員権事業室の蔵元です。
提携会員権ローンの事前審査をご希望のお客様一覧をPDFでお送りします。
""" + SIG_KURAMOTO,
    "attachments": [{
        "kind": "pdf", "name": "提携ローン事前審査_申込者一覧.pdf",
        "title": "提携会員権ローン 事前審査申込者一覧",
        "page_header": "機密",
        "page_footer": "機密 — 日の出産業株式会社 会員権事業室",
        "lines": ["提携会員権ローン 事前審査申込者一覧（2024年12月）"],
        "table": [
            ["No", "氏名", "生年月日", "電話", "年収（万円）", "借入希望額"],
            ["1", "能勢 一輝", "1985/10/27", "090-8816-0372", "1,200", "1,500,000"],
            ["2", "日置 崇", "1979/12/08", "090-1173-9920", "950", "1,800,000"],
            ["3", "宇津木 誠", "1968/05/15", "090-6612-0438", "780", "500,000"],
            ["4", "鏑木 良枝", "1972/11/30", "047-451-3320", "650", "450,000"],
            ["5", "指宿 和也", "1981/03/07", "03-5689-1142", "1,050", "520,000"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data", "confidential_marking"],
    "note": "PDF stamped 機密 with five applicants' DOB, phone and income to the bank",
})

_tsv_rows = [
    ("member_no", "name", "kana", "email", "tel", "birth"),
    ("A-0044", "檜山 宗一郎", "ヒヤマ ソウイチロウ", "hiyama.s@hiyama-corp.co.jp", "090-2215-8830", "1963-05-21"),
    ("A-0118", "御手洗 健", "ミタライ ケン", "ken.mitarai@gmail.com", "080-3370-1146", "1971-09-09"),
    ("A-0152", "百瀬 晴美", "モモセ ハルミ", "harumi.momose@yahoo.co.jp", "090-8842-0371", "1966-12-02"),
    ("A-0209", "鰐部 拓海", "ワニベ タクミ", "wanibe@wanibe-kogyo.jp", "070-1093-5528", "1984-07-17"),
    ("A-0277", "東風平 亮介", "コチンダ リョウスケ", "kochinda.r@outlook.jp", "090-6618-2407", "1975-03-28"),
    ("A-0291", "四十物 勝", "アイモノ マサル", "aimono-m@aimono.co.jp", "080-5524-9913", "1959-10-11"),
    ("B-0012", "小鳥遊 真澄", "タカナシ マスミ", "masumi.t@icloud.com", "090-4471-6620", "1978-01-30"),
    ("B-0057", "薬師寺 和夫", "ヤクシジ カズオ", "yakushiji.k@ezweb.ne.jp", "080-1187-3054", "1952-06-14"),
    ("B-0073", "一尺八寸 浩", "カマツカ ヒロシ", "kamatsuka@kamatsuka-law.jp", "090-7730-2291", "1969-08-25"),
    ("B-0088", "目黒 さと子", "メグロ サトコ", "satoko.meguro@gmail.com", "070-3345-8816", "1974-04-04"),
]

M({
    "id": "golf-052",
    "charset": "utf-8",
    "sender": YUKI,
    "to": ["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
    "subject": "予約システム移行 テストデータ（本番抽出）",
    "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 情報システム課の柚木です。
新予約システムへの移行テスト用に、現行システムから会員マスタを抽出しました。
まずは10件だけですが、文字コードと項目の対応をご確認ください（UTF-8、タブ区切り）。
""" + SIG_YUKI,
    "attachments": [{
        "kind": "txt", "encoding": "utf-8", "name": "member_master_sample.tsv",
        "text": "\n".join("\t".join(r) for r in _tsv_rows) + "\n",
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "TSV extract of ten real members (e-mail, phone, DOB) sent to the system vendor",
})

M({
    "id": "golf-053",
    "charset": "utf-8",
    "sender": "Shunsuke Usami <s.usami@hinode-sangyo.co.jp>",
    "to": ["Reservations <reservations@pacificlinks.com.au>"],
    "subject": "Hinode CC members' tour - rooming list and passport details",
    "body": """Dear Reservations Team,

Please find below the rooming list for the Hinode Country Club members' tour
(arrival 10 March 2025, 5 nights). The resort asked for passport details for check-in.

Name               Passport No.  Date of birth  Room
-----------------  ------------  -------------  ---------------
HIYAMA Soichiro    TK3381045     21 May 1963    Twin (w/ MITARAI)
MITARAI Ken        TK5520713     09 Sep 1971    Twin (w/ HIYAMA)
MOMOSE Harumi      TR2207648     02 Dec 1966    Single
WANIBE Takumi      TS8814302     17 Jul 1984    Twin (w/ KOCHINDA)
KOCHINDA Ryosuke   TH6091127     28 Mar 1975    Twin (w/ WANIBE)
AIMONO Masaru      TZ1145930     11 Oct 1959    Single

Please confirm the rooms by return.

Kind regards,
""" + SIG_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English rooming list with six members' passport numbers and DOB sent abroad",
})

M({
    "id": "golf-054",
    "charset": "iso-2022-jp",
    "sender": OGURA,
    "to": ["グリーンスタッフ 派遣課 福留様 <fukudome@greenstaff.co.jp>"],
    "subject": "派遣キャディ 緊急連絡先の確認",
    "body": """福留様

お世話になっております。小椋です。
先日の熱中症対策の見直しで、派遣キャディさんの緊急連絡先を倶楽部でも持つことになりました。
こちらで把握している内容をWordにまとめましたので、御社の登録内容と違う点があれば
赤字で修正して返送してください。
""" + SIG_OGURA,
    "attachments": [{
        "kind": "docx", "name": "派遣キャディ_緊急連絡先.docx",
        "paragraphs": ["派遣キャディ 緊急連絡先一覧（2024年12月現在）", "日の出カントリー倶楽部 キャディマスター室"],
        "tables": [[
            ["氏名", "本人携帯", "緊急連絡先（続柄）", "緊急連絡先 電話"],
            ["北条 さゆり", "090-3318-7702", "北条 剛（夫）", "090-3318-7710"],
            ["江頭 真由美", "080-6621-0457", "江頭 キヨ（母）", "0436-21-4478"],
            ["仲宗根 あかね", "090-2290-8813", "仲宗根 司（夫）", "080-2290-1124"],
            ["巽 良子", "070-4418-3326", "巽 正一（父）", "0439-52-3018"],
            ["粟津 千春", "090-5570-1198", "粟津 浩之（夫）", "090-5570-3302"],
            ["榎戸 典子", "080-3009-6642", "榎戸 大地（長男）", "090-8851-2206"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of six caddies' and their relatives' phone numbers to the agency",
})

M({
    "id": "golf-055",
    "charset": "utf-8",
    "sender": KURAMOTO,
    "to": ["白川法律事務所 坂巻先生 <sakamaki@shirakawa-law.jp>"],
    "subject": "会則の国籍条項についてのご相談",
    "body": """坂巻先生

いつもお世話になっております。蔵元です。
会則の国籍条項に関わる入会申込が1件あり、ご相談させてください。

申込者：金 成浩（キム・ソンホ）様、受付No.2412-09
市原市内で自動車販売会社を経営されている方で、在日韓国人三世（特別永住者）です。
当倶楽部の会則第8条には「日本国籍を有する者」との規定が残っており、
理事の一部から規定どおり否決すべきとの意見が出ています。

事務局としては規定自体の見直しが必要と考えておりますが、
今回の申込みへの対応と、会則改正の進め方についてご助言いただけますでしょうか。
""" + SIG_KURAMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named applicant's ethnic origin (在日韓国人) is 要配慮 even for one person",
})

# ======================================================================================
# PASS
# ======================================================================================

M({
    "id": "golf-056",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["ikeshiro.daisuke@gmail.com"],
    "subject": "ご予約確認（1月11日(土) 8:45 OUTスタート）",
    "body": """池城 大輔 様

このたびは日の出カントリー倶楽部をご予約いただき、誠にありがとうございます。
下記のとおりご予約を承りました。

　ご予約番号：R-250111-0462
　日時　　　：2025年1月11日（土）8:45 OUTスタート
　人数　　　：4名様（1組）
　プラン　　：冬季土日 昼食付プラン 18,900円（税込・利用税別）

当日はスタート30分前までにフロントでチェックインをお願いいたします。
キャンセルは3日前の17時までにお電話（0436-95-1180）でご連絡ください。
当日は冷え込みが予想されます。暖かい服装でお越しください。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a reservation confirmation to one customer on free mail about his own booking",
})

M({
    "id": "golf-057",
    "charset": "shift_jis",
    "sender": SAEKI,
    "to": ["ひばりトラベル 法人旅行課 <golf-desk@hibari-travel.co.jp>"],
    "subject": "相互利用提携コース一覧（2025年度）",
    "body": """ひばりトラベル 法人旅行課 御中

お世話になっております。日の出CC会員課の佐伯です。
2025年度の相互利用提携コースが確定しましたので、一覧をお送りします。
パッケージ商品の企画にご利用ください。

コース名　　　　　　　　　所在地　　　　　　　　　　　　　代表電話
----------------------------------------------------------------------------
鹿島台ゴルフ倶楽部　　　　茨城県鉾田市鹿島台2100　　　　　0291-37-2211
養老渓谷カントリークラブ　千葉県夷隅郡大多喜町小田代45　　0470-85-0311
上総富士ゴルフクラブ　　　千葉県君津市上総富士1-1　　　　0439-37-3101
房総ヒルズGC　　　　　　　千葉県長生郡長柄町上野1500　　　0475-35-4411
那須高原ロイヤルCC　　　　栃木県那須郡那須町高久乙3321　　0287-78-2240

※提携料金は各コースの平日ビジター料金の20％引きです（土日祝は対象外）。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of golf courses (businesses) with switchboard numbers, not people",
})

M({
    "id": "golf-058",
    "charset": "utf-8",
    "sender": USAMI,
    "to": ["さくらホテル 営業企画 藤代様 <fujishiro@sakura-hotel.jp>"],
    "subject": "2025年春 ゴルフ宿泊パック 料金表",
    "body": """さくらホテル
営業企画 藤代様

いつもお世話になっております。日の出CCの宇佐美です。
2025年春（3～5月）の宿泊パックについて、ゴルフ側の料金表をお送りします。
ホテル様側の料金と合わせて、パンフレット案を作成いただけますと幸いです。
""" + SIG_USAMI,
    "attachments": [{
        "kind": "pdf", "name": "2025春_ゴルフパック料金表.pdf",
        "title": "2025年春 ゴルフ宿泊パック 料金表",
        "lines": ["日の出カントリー倶楽部 × さくらホテル 2025年春 ゴルフ宿泊パック", "（ゴルフ料金部分、税込・利用税別）"],
        "table": [
            ["期間", "平日", "土日祝", "備考"],
            ["3/1～3/31", "13,800円", "21,500円", "昼食付・カート代込"],
            ["4/1～4/30", "15,900円", "24,800円", "昼食付・カート代込"],
            ["5/1～5/31", "15,400円", "23,900円", "GW（5/3～5/6）は除外"],
            ["2サム保証", "+2,200円", "+3,300円", "土日祝は12時以降のみ"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a price list PDF to a partner hotel",
})

M({
    "id": "golf-059",
    "charset": "utf-8",
    "sender": HATTA,
    "to": ["みどり銀行 法人営業部 大須賀様 <m.osuga@midori-ginko.co.jp>"],
    "subject": "11月 来場者数・売上実績（コベナンツ報告）",
    "body": """みどり銀行 法人営業部
大須賀様

お世話になっております。日の出産業 経理課の八田です。
融資契約に基づく月次報告として、11月の来場者数と売上の実績をお送りします。
""" + SIG_HATTA,
    "attachments": [{
        "kind": "xlsx", "name": "月次報告_2024年11月.xlsx",
        "sheets": {
            "来場者数": [
                ["日の出カントリー倶楽部 来場者数（2024年11月）"],
                ["区分", "平日", "土日祝", "合計", "前年同月"],
                ["会員", 1482, 835, 2317, 2251],
                ["ビジター", 2210, 1644, 3854, 3702],
                ["コンペ", 431, 240, 671, 620],
                ["合計", 4123, 2719, 6842, 6573],
            ],
            "売上": [
                ["部門", "売上（千円）", "前年比"],
                ["グリーンフィー", 48210, "106.3%"],
                ["レストラン", 11936, "103.8%"],
                ["プロショップ", 4402, "97.1%"],
                ["年会費", 3960, "100.0%"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate visitor and sales statistics, no people",
})

M({
    "id": "golf-060",
    "charset": "iso-2022-jp",
    "sender": KURAMOTO,
    "to": ["丸星ゴルフ 法務担当 和久井様 <wakui@maruboshi-golf.co.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": """丸星ゴルフ株式会社
法務ご担当 和久井様

お世話になっております。日の出産業 会員権事業室の蔵元です。
先日お送りいただいた秘密保持契約書（案）について、当社法務からのコメントをお伝えします。

1. 第2条（機密情報の定義）：口頭で開示した情報も、開示後14日以内に書面で特定すれば
　機密情報に含める形にしたいとのことです。
2. 第5条（有効期間）：契約終了後3年間 → 5年間への延長をお願いしたいです。
3. 第8条（返還・破棄）：破棄証明書の提出は、求めがあった場合のみとしたいです。

修正版を作成いただけましたら、当社で押印手続きを進めます。
会員権の共同販売スキームの具体的な数字は、締結後にお出しする予定です。
""" + SIG_KURAMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA; 機密 appears only as a contract term",
})

M({
    "id": "golf-061",
    "charset": "utf-8",
    "sender": USAMI,
    "to": ["川崎電機 総務部 中条様 <y.nakajo@kawasaki-denki.co.jp>"],
    "subject": "Re: 春季コンペの日程候補",
    "body": """中条様

いつもお世話になっております。日の出CCの宇佐美です。
春季コンペの日程候補について、以下の日程でしたら12組まで確保可能です。

　・4月18日（金）
　・4月25日（金）
　・5月9日（金）

いずれもOUT/IN 同時スタートで8:00～8:42の枠をご用意できます。
パーティー会場も同日で仮押さえいたしますので、社内でご検討のうえご連絡ください。

引き続きよろしくお願いいたします。
""" + SIG_USAMI + "\n" + DISCLAIMER,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling mail with signature and the standard disclaimer",
})

M({
    "id": "golf-062",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["ひばりトラベル 法人旅行課 久住様 <kusumi@hibari-travel.co.jp>"],
    "subject": "Re: 1/25 ツアー参加者名簿",
    "body": """久住様

お世話になっております。日の出CCの佐伯です。
参加者名簿、確かに受領いたしました。
2組でお受けし、スタートは9:06・9:14（IN）となります。当日はフロントにて
ツアー名（ひばり冬のゴルフ日帰り）をお伝えいただければ結構です。

よろしくお願いいたします。
""" + SIG_SAEKI + """

> 日の出カントリー倶楽部 佐伯様
>
> お世話になっております。ひばりトラベルの久住です。
> 1/25のツアー参加者名簿をお送りします。
>
> 1. 今泉 勝彦　090-1184-6620　S36.2.11
> 2. 今泉 由美　090-1184-6621　S38.7.30
> 3. 海老沢 剛　080-3326-1190　S45.11.5
> 4. 鴨志田 進　090-7765-0213　S33.4.19
> 5. 鴨志田 典子　090-7765-0214　S35.9.2
> 6. 稗田 幸雄　070-2281-4439　S41.1.27
> 7. 栗栖 道子　080-9930-1546　S44.6.13
> 8. 栗栖 敬一　080-9930-1547　S42.3.8
>
> 以上8名、2組でお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the eight-person list is only quoted (>) from the recipient's own mail",
})

M({
    "id": "golf-063",
    "charset": "shift_jis",
    "sender": OGURA,
    "to": ["グリーンスタッフ 派遣課 福留様 <fukudome@greenstaff.co.jp>"],
    "subject": "RE: 2月の派遣可能者について",
    "body": """福留様

お世話になっております。小椋です。
ご連絡ありがとうございます。2月は下記の5名で確定とさせてください。
初めての方（亀井さん、萩野さん）には、初日に30分ほどコース研修を行います。

小椋

-----Original Message-----
From: 福留 智子 <fukudome@greenstaff.co.jp>
Sent: Monday, December 9, 2024 4:12 PM
To: 小椋 久美子 <k.ogura@hinode-sangyo.co.jp>
Subject: 2月の派遣可能者について

小椋様

いつもお世話になっております。グリーンスタッフの福留です。
2月に派遣可能なスタッフは以下のとおりです。

亀井 幸子　090-6624-1180　市原市在住　経験3年
萩野 朋美　080-2207-5549　袖ケ浦市在住　経験1年
北条 さゆり　090-3318-7702　市原市在住　経験8年
粟津 千春　090-5570-1198　市原市在住　経験5年
仲宗根 あかね　090-2290-8813　袖ケ浦市在住　経験6年

ご検討のほどよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-caddie list sits under -----Original Message----- from the recipient",
})

M({
    "id": "golf-064",
    "charset": "utf-8",
    "sender": USAMI,
    "to": ["川崎電機 総務部 中条様 <y.nakajo@kawasaki-denki.co.jp>"],
    "subject": "12/6 コンペ 1組目（役員組）の確認",
    "body": """中条様

お世話になっております。宇佐美です。
12/6の1組目（役員組、8:12 OUT）の皆様について、当日朝にスタート室から
直接ご連絡する場合があるため、携帯番号を確認させてください。

　1. 川崎 宗一郎 様（川崎電機 代表取締役社長）　090-1102-8841
　2. 丸茂 正晴 様（丸茂製作所）　090-1120-5573
　3. 伊集院 徹 様（伊集院ビルサービス）　090-7023-1164
　4. 千々岩 誠 様（千々岩鋼材）　090-3372-5598

誤りがあればお知らせください。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's mobiles (one group) to the organiser: under five, may be warned",
})

M({
    "id": "golf-065",
    "charset": "iso-2022-jp",
    "sender": USAMI,
    "to": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "2/20 懇親会 幹事様のご連絡先",
    "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出CCの宇佐美です。
2/20の青葉運輸様 懇親会（約40名）について、料理・飲物の詳細は幹事様と
直接ご調整いただくことになりました。幹事様のご連絡先をお知らせします。

　青葉運輸株式会社 総務部　日下部 亘 様
　携帯：080-3352-7719
　メール：w.kusakabe@aoba-unyu.co.jp

どうぞよろしくお願いいたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one business contact's details passed to a partner hotel",
})

M({
    "id": "golf-066",
    "charset": "shift_jis",
    "sender": HATTA,
    "to": ["本社 経理部 出納係 <suitou@hinode-sangyo.co.jp>"],
    "cc": [SAEKI],
    "subject": "年会費 口座振替不能分（1月）",
    "body": """出納係 各位

お疲れさまです。ゴルフ事業部 経理課の八田です。
1月27日引落分のうち、振替不能となった会員を下記にまとめます。
会員課から本人に連絡し、振込での納付をお願いする予定です。

会員番号	氏名	銀行	支店	種目	口座番号	金額	不能事由
A-0127	宇津見 佳子	みどり銀行	市原支店	普通	3318064	44,000	資金不足
B-0061	具志堅 隆	みどり銀行	市原支店	普通	2249730	33,000	口座解約
A-0307	相良 哲夫	あさひ銀行	五井支店	普通	6031157	55,000	資金不足
A-0315	白鳥 恵美	みどり銀行	姉崎支店	普通	4475826	44,000	預金者の都合
B-0090	菅沼 健一	みどり銀行	市原支店	普通	1186403	55,000	資金不足

以上、よろしくお願いします。
""" + SIG_HATTA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "bank accounts of five members but every recipient is internal",
})

M({
    "id": "golf-067",
    "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": ["ゴルフ事業部 幹部会 <golf-kanbu@hinode-sangyo.co.jp>"],
    "subject": "【報告】8/17 熱中症搬送事案 経過",
    "body": """幹部会 各位

総務課の真壁です。8/17の熱中症搬送事案の経過をご報告します。

・伊佐早 徹 様（ビジター、70歳）は翌8/18に退院されました。
・病院の診断は熱中症（Ⅱ度）と低血糖。ご本人は2型糖尿病で通院中とのこと。
・ご家族から倶楽部の暑さ対策について説明を求められており、8/24に支配人と私で
　ご自宅を訪問する予定です。
・再発防止策として、WBGT31以上の日は9番・18番終了後の給水休憩を必須とする案を
　次回安全委員会に諮ります。

保険会社には第一報済みです。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a visitor's diagnosis reported within the company only",
})

M({
    "id": "golf-068",
    "charset": "utf-8",
    "sender": KURAMOTO,
    "to": [HATTA],
    "subject": "紹介料支払 三枝様分（個人番号）",
    "body": f"""八田さん

お疲れさまです。蔵元です。
紹介料の支払調書用に、三枝様から個人番号をいただきました。

　三枝 ゆかり 様
　東京都墨田区錦糸3-6-10-502
　個人番号：{MN[2]}

番号確認書類（個人番号カード表裏の写し）は本日社内便で経理課に送りました。
メールは確認後に削除をお願いします。
""" + SIG_KURAMOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "a My Number sent between two internal colleagues only",
})

M({
    "id": "golf-069",
    "charset": "iso-2022-jp",
    "sender": MITSUYA,
    "to": ["取締役 ゴルフ事業本部長 <honbucho@mail.hinode-sangyo.co.jp>"],
    "cc": [KURAMOTO],
    "subject": "【社外秘】会員権価格の引上げと追加募集について",
    "body": """本部長

三ツ矢です。
【社外秘】表記のとおり、理事会前の検討資料です。

・現在の市場相場（正会員）は平均185万円前後で推移
・2025年7月に名義書換料を55万円→77万円に改定
・同時に正会員の追加募集（50口、1口250万円）を実施したい
・追加募集による収入見込み：1億2,500万円（コース改修費に充当）

理事会（12/18）前に一度ご説明の時間をいただけますでしょうか。
""" + SIG_MITSUYA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 stamp but the recipients are internal (a subdomain of the company's own)",
})

M({
    "id": "golf-070",
    "charset": "shift_jis",
    "sender": USAMI,
    "to": ["川崎電機 総務部 中条様 <y.nakajo@kawasaki-denki.co.jp>"],
    "cc": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "12/6 表彰パーティー会場変更のご連絡",
    "body": """川崎電機 中条様
（cc：さくらホテル 宴会予約ご担当者様）

お世話になっております。日の出CCの宇佐美です。
12/6の表彰パーティーですが、参加人数が48名に増えたため、倶楽部2階の「欅の間」から
さくらホテル様の「桜花の間」に会場を変更させていただくことになりました。

　開始：17:30（倶楽部からホテルまではクラブバスでご案内します）
　料理・飲物：ホテル様のプランB（7,500円／人）

ホテル様とは本メールで三者間共有とさせていただきます。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way mail with two partner organisations in To/Cc",
})

M({
    "id": "golf-071",
    "charset": "utf-8",
    "sender": NADA,
    "to": ["北国フーズ 物流課 <butsuryu@kitaguni-foods.co.jp>",
           "青葉運輸 千葉営業所 <chiba-eigyo@aoba-unyu.co.jp>"],
    "subject": "クラブ選手権 副賞（北国フーズ様ギフト）の配送段取り",
    "body": """北国フーズ 物流課 ご担当者様
青葉運輸 千葉営業所 ご担当者様

いつもお世話になっております。日の出CC競技課の灘です。
クラブ選手権の副賞ギフト（冷蔵品 32箱）の配送について、両社にまとめてご連絡します。

　集荷：12/6（金）14:00　北国フーズ様 船橋物流センター
　納品：12/7（土）午前　日の出CC 搬入口（冷蔵庫に保管します）
　伝票：青葉運輸様のクール便、送り状番号は集荷時にお知らせください。

不明点はこのメールに全員返信でお願いします。
""" + SIG_NADA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner organisations coordinated in one mail",
})

M({
    "id": "golf-072",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["錦印刷 制作部 真鍋様 <manabe@nishiki-insatsu.co.jp>"],
    "subject": "Re: 会報58号 初校戻し",
    "body": """真鍋様

お世話になっております。佐伯です。
初校ありがとうございました。赤字を入れたPDFは本日中にお戻しします。
主な修正はP.3の写真キャプションとP.7の競技日程（4/14 → 4/15）です。
再校は12/18頃にいただけると助かります。

━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　ゴルフ事業部　会員課
日の出カントリー倶楽部
佐伯 美穂（Saeki Miho）
〒290-0532 千葉県市原市日の出台1200番地
TEL 0436-95-1180（代）／FAX 0436-95-1189
携帯 090-4428-6617（土日はこちらへ）
E-mail m.saeki@hinode-sangyo.co.jp
URL https://www.hinode-cc.jp/
━━━━━━━━━━━━━━━━━━━━━━━━""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "only the sender's own signature carries contact details",
})

M({
    "id": "golf-073",
    "charset": "shift_jis",
    "sender": HATTA,
    "to": ["上総建設株式会社 経理課 <keiri@kazusa-kensetsu.co.jp>"],
    "subject": "ご請求書送付のご案内（INV-2412-0115）",
    "body": f"""上総建設株式会社
経理課 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
11/22に開催されました御社コンペのご利用代金につき、ご請求申し上げます。

　請求書番号：INV-2412-0115
　ご請求金額：1,284,800円（うち消費税 116,800円、ゴルフ場利用税 52,800円）
　お支払期限：2024年12月27日
　お振込先　：みどり銀行 市原支店 普通 0774412 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ
　登録番号　：T{corp_number("010401092731")}

請求書原本は本日郵送いたしました。
""" + SIG_HATTA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice with the company's own bank account and T-number; no personal data",
})

M({
    "id": "golf-074",
    "charset": "utf-8",
    "sender": NADA,
    "to": ["房総エンジニアリング 総務部 <soumu@boso-eng.co.jp>"],
    "subject": "コンペ賞品の発送完了のお知らせ",
    "body": """株式会社房総エンジニアリング
総務部 ご担当者様

お世話になっております。日の出CC競技課の灘です。
先日のコンペで当日お渡しできなかった賞品（ドラコン賞・ニアピン賞 計4点）を
本日、青葉運輸の宅配便で発送いたしました。

　お問い合わせ番号：4412-8830-2176、4412-8830-2187
　お届け予定：12月11日（水）午前中

お受け取りのほど、よろしくお願いいたします。
""" + SIG_NADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers only",
})

M({
    "id": "golf-075",
    "charset": "iso-2022-jp",
    "sender": KURAMOTO,
    "to": ["岩佐 様 <iwasa_golf55@yahoo.co.jp>"],
    "subject": "近隣倶楽部の会員権相場（ご参考）",
    "body": """岩佐様

いつも日の出カントリー倶楽部をご利用いただきありがとうございます。
会員権事業室の蔵元です。先日お尋ねのあった近隣倶楽部の会員権相場をお送りします。
（12月第1週、業者間の気配値、名義書換料・年会費は別途）

倶楽部名　　　　　　　　　　売り気配　　　買い気配　　名義書換料
────────────────────────────────────────
日の出カントリー倶楽部　　　195万円　　　170万円　　　55万円
上総富士ゴルフクラブ　　　　120万円　　　 95万円　　　44万円
養老渓谷カントリークラブ　　 80万円　　　 60万円　　　33万円
房総ヒルズGC　　　　　　　　 65万円　　　 45万円　　　22万円

ご不明点がございましたら、お気軽にお問い合わせください。
""" + SIG_KURAMOTO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a price table of clubs (no people) to one private customer on free mail",
})

M({
    "id": "golf-076",
    "charset": "utf-8",
    "sender": NADA,
    "to": ["月刊ゴルフ千葉 編集部 <henshu@golf-chiba.jp>"],
    "subject": "2024年 月例杯の参加状況（取材資料）",
    "body": """月刊ゴルフ千葉 編集部 御中

お世話になっております。日の出CC競技課の灘です。
取材でご依頼のあった、2024年の月例杯の参加状況をまとめました。個人のデータは含めていません。

月	参加者数	平均グロス(A)	平均グロス(B)	女性比率
1月	58	81.4	92.7	12%
4月	96	80.2	91.8	15%
7月	71	82.9	94.1	11%
10月	104	79.8	90.6	17%

年間の延べ参加者は1,012名で、前年より約8％増えています。
30代・40代の新入会員が増えたことが大きいと見ています。
""" + SIG_NADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tab-separated statistics without people",
})

M({
    "id": "golf-077",
    "charset": "utf-8",
    "sender": "Shunsuke Usami <s.usami@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitcombe <d.whitcombe@pacificlinks.com.au>"],
    "subject": "Re: Visit to Hinode CC in February",
    "body": """Dear Daniel,

Thank you for your message. We would be delighted to host you and your colleague
at Hinode Country Club on 17 or 18 February.

Our General Manager, Mr Mitsuya, will join the round, and we can continue the
discussion on the reciprocal programme over lunch in the clubhouse.
Please let me know which date suits you, and I will arrange the tee time and a car
from Goi Station.

Best regards,
""" + SIG_EN + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English business mail with signature and the standard disclaimer",
})

M({
    "id": "golf-078",
    "charset": "shift_jis",
    "sender": KURAMOTO,
    "to": ["東都ゴルフ会員権 大河内様 <ookouchi@tohto-kaiinken.co.jp>"],
    "subject": "売却のご相談（正会員 A-0240）",
    "body": """大河内様

お世話になっております。蔵元です。
正会員A-0240の館林様から、会員権を売却したいとのご相談がありました。
御社で買い手を探していただけますでしょうか。ご本人の了解はいただいています。

　館林 勇 様
　〒290-0062 千葉県市原市八幡1210-4
　TEL 0436-41-7702
　ご希望価格：180万円（年内の成約を希望）

年会費は2025年分まで納付済みです。
""" + SIG_KURAMOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one seller's contact details to a broker, with consent: one person's record",
})

M({
    "id": "golf-079",
    "charset": "iso-2022-jp",
    "sender": OGURA,
    "to": ["グリーンスタッフ 派遣課 <haken@greenstaff.co.jp>"],
    "subject": "12/14 シフト変更（2名）",
    "body": """グリーンスタッフ 派遣課 御中

お世話になっております。小椋です。
12/14（土）のシフトを以下のとおり変更させてください。
ご本人には御社から連絡をお願いできますか。念のため携帯を書いておきます。

・巽 良子さん（070-4418-3326）：遅番 → 早番
・鬼頭 ひとみさん（090-1176-2034）：休 → 遅番

急なお願いで申し訳ありません。
""" + SIG_OGURA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two caddies' mobiles for a shift change: under five people",
})

M({
    "id": "golf-080",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["房総エンジニアリング 総務部 <soumu@boso-eng.co.jp>"],
    "subject": "会員優待のある練習場・工房のご案内",
    "body": """株式会社房総エンジニアリング
総務部 ご担当者様

お世話になっております。日の出CC会員課の佐伯です。
法人会員の登録者様向けに、会員証の提示で優待を受けられる施設をご案内します。
社内でご周知いただけますと幸いです。

・五井ゴルフセンター（練習場）　市原市五井東1-12　TEL 0436-22-5511　打席料無料
・ちはら台ドライビングレンジ　市原市ちはら台南2-4　TEL 0436-75-3300　ボール10%増量
・クラフトマン工房 房総店（クラブ工房）　木更津市潮見4-5　TEL 0438-38-1120　グリップ交換20%引
・日の出CC プロショップ（クラブハウス1F）　内線 260　ウェア10%引

ご不明点はお気軽にお問い合わせください。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of shops and ranges (businesses), not people",
})

M({
    "id": "golf-081",
    "charset": "shift_jis",
    "sender": USAMI,
    "to": ["青葉運輸 総務部 日下部様 <w.kusakabe@aoba-unyu.co.jp>"],
    "subject": "コンペ前泊用 近隣ホテルのご案内",
    "body": """日下部様

いつもお世話になっております。宇佐美です。
前泊をご希望の方がいらっしゃるとのことで、倶楽部から近いホテルをまとめました。

ホテル名	所在地	電話	倶楽部まで
さくらホテル 市原	市原市五井中央東1-1	0436-21-8800	車で20分（提携・送迎あり）
ホテル姉崎リバーサイド	市原市姉崎東3-2-7	0436-62-3311	車で15分
ビジネスイン五井	市原市五井2270	0436-23-0505	車で25分
木更津ベイホテル	木更津市富士見1-4-1	0438-22-7000	車で35分

さくらホテルは当倶楽部の提携ホテルのため、送迎バスをご利用いただけます。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a tab-separated list of hotels with switchboards",
})

M({
    "id": "golf-082",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": ["ゴルフ雑誌 パーオン編集部 <info@paron-mag.jp>"],
    "subject": "Re: 会員名簿のご提供について",
    "body": """パーオン編集部
ご担当者様

お問い合わせありがとうございます。日の出カントリー倶楽部 会員課の佐伯でございます。

ご依頼の「会員名簿のご提供」につきましては、個人情報保護および機密保持の観点から、
外部の方へのご提供は一切お断りしております。申し訳ございません。
倶楽部の概要（会員数、設立年、コースデータ）でしたら、ホームページに掲載している
範囲でご利用いただけますので、そちらをご参照ください。

何卒ご理解のほどよろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "declines to send the member list; 機密 and 個人情報 are only mentioned",
})

M({
    "id": "golf-083",
    "charset": "utf-8",
    "sender": "Shunsuke Usami <s.usami@hinode-sangyo.co.jp>",
    "to": ["Reservations <reservations@pacificlinks.com.au>"],
    "subject": "Re: Group booking - Queensland Golf Week",
    "body": """Dear Team,

Thank you very much. We confirm the tee times below for the five players and will
let them know. Transfers from the airport will be arranged by our travel agent.

Best regards,
Shunsuke

On Tue, 10 Dec 2024 at 09:14, Reservations <reservations@pacificlinks.com.au> wrote:
> Dear Mr Usami,
>
> We have reserved the following players for 12 March, 7:40 and 7:50:
>
> HIYAMA Soichiro   +81-90-2215-8830  soichiro.h@hiyama-corp.co.jp
> MITARAI Ken       +81-80-3370-1146  ken.mitarai@gmail.com
> MOMOSE Harumi     +81-90-8842-0371  harumi.momose@yahoo.co.jp
> WANIBE Takumi     +81-70-1093-5528  wanibe@wanibe-kogyo.jp
> KOCHINDA Ryosuke  +81-90-6618-2407  kochinda.r@outlook.jp
>
> Kind regards,
> Pacific Links Reservations
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-player list is only quoted under \"On ... wrote:\" from the recipient",
})

M({
    "id": "golf-084",
    "charset": "iso-2022-jp",
    "sender": SAEKI,
    "to": [SAEKI],
    "bcc": [
        "kanemaru.shigeo@gmail.com",
        "fumie_uehara1952@yahoo.co.jp",
        "t.hirose.golf@icloud.com",
        "ikeshiro.daisuke@gmail.com",
        "sogabe.takashi@nifty.com",
    ],
    "subject": "【日の出CC】積雪によるクローズのお知らせ（1/9）",
    "body": """会員各位

日の出カントリー倶楽部 会員課でございます。
昨夜からの積雪のため、本日1月9日（木）は終日クローズとさせていただきます。
ご予約いただいていた皆様には大変申し訳ございません。

明日以降の営業可否は、本日15時に倶楽部ホームページでお知らせいたします。
ご予約の振替は、お電話（0436-95-1180）にて承ります。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "members' private addresses in Bcc, so they cannot see each other",
})

M({
    "id": "golf-085",
    "charset": "shift_jis",
    "sender": OGURA,
    "to": ["yoshiko.tatsumi0627@docomo.ne.jp"],
    "subject": "12月後半のシフトです",
    "body": """巽さん

お疲れさまです。小椋です。
12月後半のシフトが決まりましたのでお送りします。

12/16（月）早　12/17（火）休　12/18（水）早　12/19（木）遅
12/20（金）早　12/21（土）早　12/22（日）休

21日はコンペが3本入っているので、6時15分集合でお願いします。
年末年始のシフトは来週お知らせします。
""" + SIG_OGURA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a caddie's own shift sent to her carrier mail address",
})

M({
    "id": "golf-086",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["ひばりトラベル 国内旅行課 <kokunai@hibari-travel.co.jp>"],
    "subject": "那須遠征（会員4名）のお申込み",
    "body": """ひばりトラベル 国内旅行課 ご担当者様

お世話になっております。日の出CC会員課の佐伯です。
会員有志の那須遠征（1組4名）について、宿泊とプレーの手配をお願いします。
参加者と連絡先は添付のとおりです。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "xlsx", "name": "那須遠征_参加者.xlsx",
        "sheets": {"参加者": [
            ["那須遠征 参加者（2025/5/12～13）"],
            ["氏名", "携帯", "メール", "部屋"],
            ["國分 英樹", "090-5512-0087", "kokubu@kokubu-koumuten.co.jp", "ツイン①"],
            ["宗像 直人", "080-7740-3319", "munakata.naoto@gmail.com", "ツイン①"],
            ["轟 信吾", "090-2206-4481", "todoroki.s@outlook.jp", "ツイン②"],
            ["舛添 昭", "0438-22-6617", "masuzoe1955@yahoo.co.jp", "ツイン②"],
        ]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX of four people's contacts: under five, may be warned",
})

M({
    "id": "golf-087",
    "charset": "iso-2022-jp",
    "sender": MITSUYA,
    "to": ["みどり銀行 法人営業部 大須賀様 <m.osuga@midori-ginko.co.jp>"],
    "subject": "会員構成の推移（ご説明資料）",
    "body": """大須賀様

いつもお世話になっております。日の出CC支配人の三ツ矢です。
先日ご要望のあった会員構成の推移について、説明資料をお送りします。
年代別・種別の集計のみで、個人が特定できる情報は含まれておりません。
""" + SIG_MITSUYA,
    "attachments": [{
        "kind": "pptx", "name": "会員構成の推移_2024.pptx",
        "slides": [
            ["会員数の推移", "2020年 1,842名 → 2024年 1,915名", "正会員 1,206名／平日会員 598名／法人登録者 111名"],
            ["年代別構成（2024年12月）", "30代以下 4%　40代 11%　50代 22%", "60代 31%　70代以上 32%"],
            ["新入会員の傾向", "2024年の新入会員 62名（うち40代以下 27名）", "退会 49名（主な理由：高齢・健康上の理由）"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX of aggregate membership statistics, no individuals",
})

M({
    "id": "golf-088",
    "charset": "utf-8",
    "sender": NADA,
    "to": ["川崎電機 総務部 中条様 <y.nakajo@kawasaki-denki.co.jp>"],
    "subject": "コンペ用 ローカルルールと競技方法のご案内",
    "body": """中条様

お世話になっております。日の出CC競技課の灘です。
12/6コンペの参加者様に配布いただくローカルルールと競技方法の案内をお送りします。
""" + SIG_NADA,
    "attachments": [{
        "kind": "pdf", "name": "ローカルルール_競技方法_1206.pdf",
        "lines": [
            "川崎電機 秋季お取引先様ゴルフコンペ　競技方法・ローカルルール",
            "1. 競技方法：新ペリア方式（ハンディキャップ上限36）",
            "2. 使用ティー：男性 白ティー、女性・70歳以上 赤ティー",
            "3. OB：各ホールの白杭。7番・16番は前進4打ティーあり",
            "4. 修理地：青杭で囲まれた区域、およびカート道路の補修箇所",
            "5. 冬季につき、フェアウェイ内は6インチプレースを認める",
            "6. ドラコン：4番・13番　ニアピン：3番・8番・12番・17番",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "competition rules PDF, no personal data",
})

M({
    "id": "golf-089",
    "charset": "shift_jis",
    "sender": USAMI,
    "to": ["漆原商事 総務課 <soumu@urushi-shoji.co.jp>"],
    "subject": "コンペご案内状のひな形（Word）",
    "body": """漆原商事株式会社
総務課 ご担当者様

お世話になっております。日の出CCの宇佐美です。
先日お問い合わせいただいたコンペ案内状のひな形をお送りします。
〇〇の部分を書き換えてお使いください。
""" + SIG_USAMI,
    "attachments": [{
        "kind": "docx", "name": "コンペ案内状_ひな形.docx",
        "paragraphs": [
            "令和〇年〇月〇日",
            "お取引先各位",
            "〇〇株式会社　代表取締役 〇〇 〇〇",
            "第〇回 〇〇会ゴルフコンペのご案内",
            "拝啓　時下ますますご清栄のこととお慶び申し上げます。",
            "さて、恒例のゴルフコンペを下記のとおり開催いたします。ご多用中とは存じますが、ぜひご参加ください。",
            "記",
        ],
        "tables": [[
            ["日時", "令和〇年〇月〇日（〇）　〇時〇分 スタート"],
            ["会場", "日の出カントリー倶楽部（千葉県市原市日の出台1200）"],
            ["競技方法", "新ペリア方式"],
            ["会費", "〇,〇〇〇円（プレー代別）"],
            ["お申込み", "〇月〇日までに幹事 〇〇 までご連絡ください"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a DOCX template with placeholders only",
})

M({
    "id": "golf-090",
    "charset": "utf-8",
    "sender": SAEKI,
    "to": ["ひばりトラベル 企画課 <kikaku@hibari-travel.co.jp>"],
    "subject": "パンフレット用素材一式（コース図・料金表）",
    "body": """ひばりトラベル 企画課 御中

お世話になっております。日の出CC会員課の佐伯です。
来春パンフレット用の素材一式をZIPでお送りします（パスワードはかけていません）。
・コースレイアウト（PDF）
・ビジター料金表（CSV）
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip", "name": "hinode_cc_sozai_2025.zip",
        "files": [
            {"kind": "pdf", "name": "course_layout.pdf",
             "lines": ["日の出カントリー倶楽部 コースレイアウト", "OUT 3,412Y Par36 / IN 3,400Y Par36",
                       "設計：アーク・コースデザイン（1978年開場、2019年改修）"]},
            {"kind": "csv", "encoding": "cp932", "name": "visitor_price_2025.csv",
             "rows": [["区分", "平日", "土曜", "日祝"],
                      ["通常期", "14500", "24800", "23800"],
                      ["冬季", "11800", "19800", "18800"],
                      ["薄暮", "7700", "11000", "11000"]]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an unencrypted ZIP of a course map and a price list",
})

M({
    "id": "golf-091",
    "charset": "shift_jis",
    "sender": "プロショップ 高階 <proshop@hinode-sangyo.co.jp>",
    "to": ["株式会社ティーアップ商会 受注センター <juchu@teeup-shokai.co.jp>"],
    "subject": "発注書（プロショップ 12月補充分）",
    "body": """ティーアップ商会 受注センター 御中

いつもお世話になっております。日の出CCプロショップの高階です。
12月補充分を発注します。明細はCSVのとおりです。納品は12/12までにお願いします。

日の出カントリー倶楽部 プロショップ　高階
TEL 0436-95-1190
""",
    "attachments": [{
        "kind": "csv", "encoding": "cp932", "name": "hacchu_202412.csv",
        "rows": [["商品コード", "品名", "カラー", "数量", "単価"],
                 ["BL-PRO-V1-12", "ゴルフボール PRO V1（1ダース）", "ホワイト", "24", "5,280"],
                 ["GL-M-23", "グローブ メンズ 23cm", "ホワイト", "30", "1,650"],
                 ["GL-M-24", "グローブ メンズ 24cm", "ホワイト", "30", "1,650"],
                 ["TE-WD-70", "ウッドティー 70mm（100本）", "ナチュラル", "20", "440"],
                 ["MK-HNCC", "マーカー 倶楽部ロゴ入り", "ゴールド", "100", "330"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a purchase order with product codes",
})

M({
    "id": "golf-092",
    "charset": "iso-2022-jp",
    "sender": USAMI,
    "to": ["青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "FW: 県道81号線 通行止めのお知らせ（12/9～12/13）",
    "body": """青葉運輸 貸切バス課 ご担当者様

お世話になっております。宇佐美です。
市原市から下記のお知らせがありました。期間中の送迎ルートのご確認をお願いします。

----- 転送メッセージ -----
差出人: 市原市 土木管理課 <doboku-kanri@city.ichihara.lg.jp>
件名: 県道81号線 通行止めのお知らせ（12/9～12/13）

関係事業者各位

県道81号線（日の出台交差点～高滝ダム入口）において、舗装補修工事のため
下記のとおり全面通行止めを行います。
　期間：令和6年12月9日（月）～12月13日（金） 9:00～16:00
　迂回路：市道日の出台線（大型車通行可）
ご理解とご協力をお願いいたします。
市原市 土木部 土木管理課　TEL 0436-23-9851
--------------------------
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a forwarded public notice with no personal data",
})

M({
    "id": "golf-093",
    "charset": "shift_jis",
    "sender": MITSUYA,
    "to": ["アーク・コースデザイン 榊原様 <sakakibara@arc-coursedesign.com>"],
    "subject": "9番グリーン 現地確認の日程",
    "body": """榊原様

お世話になっております。三ツ矢です。
9番グリーンの現地確認は12/17（火）10時からでお願いします。
当日は施工業者の房総造園から、現場責任者の沼尻 真一さん（携帯 090-4471-2038）が
立ち会います。当日の集合場所は沼尻さんと直接ご調整いただいて結構です。

雨天の場合は翌18日に順延します。
""" + SIG_MITSUYA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one contractor's site contact passed on: one business contact",
})

M({
    "id": "golf-094",
    "charset": "utf-8",
    "sender": NADA,
    "to": ["鹿島台ゴルフ倶楽部 競技委員会 <kyogi@kashimadai-gc.jp>"],
    "bcc": ["養老渓谷カントリークラブ 競技課 <compe@yoro-cc.co.jp>",
            "上総富士ゴルフクラブ 事務局 <jimukyoku@kazusafuji-gc.jp>"],
    "subject": "対抗戦 会場下見日程のご連絡",
    "body": """各倶楽部 競技ご担当者様

お世話になっております。日の出CC競技課の灘です。
対抗戦の会場下見を以下の日程で受け付けます（各倶楽部2名まで、プレー費無料）。

　3月3日（月）・3月10日（月）　いずれも8:30～

ご希望の日程を灘までご返信ください（このメールは一部の倶楽部様にBccでお送りしています）。
""" + SIG_NADA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one club in To and two in Bcc: no three parties can see each other",
})

_int_rows = "".join(
    f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in [
        ("A-0044", "檜山 宗一郎", "090-2215-8830"), ("A-0118", "御手洗 健", "080-3370-1146"),
        ("A-0152", "百瀬 晴美", "090-8842-0371"), ("A-0209", "鰐部 拓海", "070-1093-5528"),
        ("A-0277", "東風平 亮介", "090-6618-2407"), ("A-0291", "四十物 勝", "080-5524-9913"),
        ("B-0012", "小鳥遊 真澄", "090-4471-6620")])

M({
    "id": "golf-095",
    "charset": "utf-8",
    "sender": NADA,
    "to": ["スタート室 <start@hinode-sangyo.co.jp>", OGURA],
    "subject": "12/15 月例杯 雨天時の連絡網",
    "html": """<p>スタート室、キャディマスター室の皆さん</p>
<p>競技課の灘です。12/15の月例杯、雨天でスタートを遅らせる場合の連絡先です。
1組目の方には6時に電話でお知らせしてください。</p>
<table border="1"><tr><th>会員番号</th><th>氏名</th><th>携帯</th></tr>""" + _int_rows + """</table>
<p>灘（競技課 内線 183）</p>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "HTML-only list of seven members' mobiles, internal recipients only",
})

M({
    "id": "golf-096",
    "charset": "iso-2022-jp",
    "sender": MAKABE,
    "to": ["常盤損保 企業営業部 <kigyo-chiba@tokiwa-sonpo.co.jp>"],
    "subject": "2024年 コース内事故の発生件数（更新手続き用）",
    "body": """常盤損害保険株式会社
企業営業部 ご担当者様

お世話になっております。日の出CC総務課の真壁です。
施設賠償責任保険の更新手続き用に、2024年（1～11月）のコース内事故件数をまとめました。

　打球事故　　　　　　：4件（うち救急搬送 1件）
　カート事故（転落等）：3件（うち救急搬送 1件）
　熱中症　　　　　　　：6件（うち救急搬送 2件）
　転倒（クラブハウス）：2件
　蜂刺され　　　　　　：5件

前年比では熱中症が2件増、打球事故が1件減です。
再発防止策は別途、安全委員会の議事録をお送りします。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "accident counts only, no identifiable person",
})

M({
    "id": "golf-097",
    "charset": "utf-8",
    "sender": USAMI,
    "to": ["蓼科工業 総務部 <soumu@tateshina-kk.co.jp>"],
    "subject": "法人会員のご案内資料",
    "body": """蓼科工業株式会社
総務部 ご担当者様

先日はご来場いただき、ありがとうございました。日の出CC法人営業課の宇佐美です。
法人会員制度のご案内資料をお送りします。
なお、会社として社外秘扱いの資料は含めておりませんので、社内で自由に回覧いただいて
差し支えありません。

ご検討のほど、よろしくお願いいたします。
""" + SIG_USAMI,
    "attachments": [{
        "kind": "pdf", "name": "法人会員のご案内.pdf",
        "lines": ["日の出カントリー倶楽部 法人会員のご案内",
                  "登録者：1口につき2名まで（記名式）",
                  "入会金：1,100,000円　年会費：66,000円／口",
                  "特典：登録者はメンバーフィーでプレー可、コンペ優先予約、会報送付"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a brochure; 社外秘 is only mentioned, not a marking",
})

# ======================================================================================
# EITHER
# ======================================================================================

M({
    "id": "golf-098",
    "charset": "shift_jis",
    "sender": NADA,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "12月月例杯 組合せ表（確定版）",
    "body": """錦印刷 制作部 御中

お世話になっております。競技課の灘です。
12月月例杯の組合せが確定しましたので、掲示用の組合せ表の印刷をお願いします（A2判 2枚）。

スタート  コース  組合せ
--------------------------------------------------------------
8:00      OUT     檜山 宗一郎 / 御手洗 健 / 百瀬 晴美 / 鰐部 拓海
8:08      OUT     東風平 亮介 / 四十物 勝 / 國分 英樹 / 宗像 直人
8:00      IN      小鳥遊 真澄 / 薬師寺 和夫 / 一尺八寸 浩 / 目黒 さと子
8:08      IN      百々 芳江 / 舛添 昭 / 祖父江 理沙 / 轟 信吾

クラブハウス掲示用ですので、12/13（金）中の納品でお願いします。
""" + SIG_NADA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "sixteen names with start times only, no contact data: a public pairing sheet or a member list",
})

M({
    "id": "golf-099",
    "charset": "iso-2022-jp",
    "sender": USAMI,
    "to": ["さくらホテル 宴会予約 <enkai@sakura-hotel.jp>"],
    "subject": "12/6 表彰パーティー 名札・席札の作成依頼",
    "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。宇佐美です。
12/6 表彰パーティーの来賓席の名札・席札の作成をお願いします。

　丸茂 正晴 様　　株式会社丸茂製作所　代表取締役
　蓼科 孝之 様　　蓼科工業株式会社　取締役営業部長
　五味 弘美 様　　五味電装株式会社　常務取締役
　漆原 健次 様　　漆原商事株式会社　代表取締役社長
　伊集院 徹 様　　伊集院ビルサービス株式会社　専務取締役
　千々岩 誠 様　　千々岩鋼材株式会社　代表取締役

当日15時までに会場にご用意いただけますと助かります。
""" + SIG_USAMI,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six guests with company and title only (business-card data, no contacts)",
})

M({
    "id": "golf-100",
    "charset": "utf-8",
    "sender": MAKABE,
    "to": ["常盤損保 企業損害サービス課 <sonsa-chiba@tokiwa-sonpo.co.jp>"],
    "subject": "12/1 カート転落事故の第一報",
    "body": """常盤損保 企業損害サービス課 ご担当者様

お世話になっております。日の出CC総務課の真壁です。
本日発生したカート事故について第一報をお送りします。

　日時：12月1日（日）11時20分頃
　場所：INコース15番ホール 下り坂のカート道路
　被害者：70代の男性会員1名
　状況：カートが急カーブで傾き、後部座席から転落
　負傷：右肩脱臼・肋骨骨折の疑いで救急搬送（市原中央病院）

被害者のお名前とご連絡先は、ご本人とご家族の了解を得てから改めてお知らせします。
""" + SIG_MAKABE,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "injuries of an unnamed member, identifiable only by date, hole and age band",
})
