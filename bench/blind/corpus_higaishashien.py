"""Blind corpus, AREA = higaishashien: 従業員・顧客の被害対応.

日の出産業 リスク管理部 危機管理課 / 被害相談窓口: harassment, stalking, fraud and theft
cases affecting employees and customers, handled with the police, lawyers, victim-support
centres, insurers, card companies, security and EAP vendors.  Written blind from BRIEF.md.
"""

from build import card_number, my_number

SEED = 43801


def _zen(s: str) -> str:
    """ASCII digits and hyphens as full-width, the way some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _corp(base12: str) -> str:
    """法人番号: check digit + 12-digit base."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def _sp(mn: str) -> str:
    return f"{mn[:4]} {mn[4:8]} {mn[8:]}"


def _cardfmt(c: str) -> str:
    return "-".join(c[i:i + 4] for i in range(0, 16, 4))


SIG_SHINOHARA = """
――――――――――――――――――――――――
日の出産業株式会社
リスク管理部 危機管理課 課長
篠原 航（しのはら わたる）
〒103-0027 東京都中央区日本橋三丁目8番2号 日の出ビル7F
TEL 03-5201-7791（直通） FAX 03-5201-7799
w.shinohara@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_USAMI = """
--
日の出産業（株） リスク管理部 危機管理課
宇佐美 理沙
TEL: 03-5201-7792 / 内線 4417
r-usami@hinode-sangyo.co.jp"""

SIG_SHOJI = """
*******************************************
 日の出産業株式会社 リスク管理部 危機管理課
 東海林 健吾 (Kengo Shoji)
 〒103-0027 東京都中央区日本橋3-8-2 日の出ビル7階
 TEL 03-5201-7793  携帯 070-3318-5502
*******************************************"""

SIG_NAGUMO = """
─────────────────
日の出産業株式会社
リスク管理部 被害相談窓口（従業員・お客様相談担当）
南雲 さやか
フリーダイヤル 0120-37-8160（平日9:00～18:00）
nagumo-s@hinode-sangyo.co.jp
─────────────────"""

SIG_KIRYU = """
日の出産業株式会社
執行役員 リスク管理部長
桐生 真澄
TEL 03-5201-7790"""

SIG_TSUGE = """
======================================
日の出産業株式会社
リスク管理部 保険・補償グループ
柘植 大輔 / Daisuke Tsuge
〒103-0027 東京都中央区日本橋三丁目8番2号
TEL 03-5201-7795 FAX 03-5201-7799
======================================"""

SIG_DESK = """
日の出産業株式会社 お客様被害相談窓口
フリーダイヤル 0120-37-8161（受付時間 9:00～20:00 年末年始を除く）
〒103-0027 東京都中央区日本橋三丁目8番2号"""

DISC_JP = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you have
received it in error, please notify the sender and delete it. Any unauthorised use
or disclosure is prohibited."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------- 001 - 015
MESSAGES += [
    {
        "id": "higaishashien-001",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["岩村 警部補 <t-iwamura@nihonbashi-higashi.police.lg.jp>"],
        "cc": ["桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>"],
        "subject": "弊社社員のストーカー被害に関するご相談（先日お電話の件）",
        "charset": "iso-2022-jp",
        "body": """日本橋東警察署 生活安全課
岩村様

お世話になっております。日の出産業の篠原でございます。
昨日お電話でご相談いたしました、弊社社員へのつきまとい行為の件につき、
取り急ぎ把握している事実関係をお送りいたします。

【被害者】
　氏名：三ツ矢 美帆（みつや みほ）　女性
　生年月日：1991年7月14日
　住所：東京都江東区東陽五丁目14番3-608号
　携帯：080-4172-3359
　所属：日の出産業株式会社 営業本部 第二営業部

【相手方（元交際相手とのこと）】
　氏名：久我 直樹（くが なおき）　30代前半
　勤務先不明、黒のワンボックス車（品川ナンバー、下4桁 58-21）

【経緯】
　・9月下旬より、退勤時に本社ビル前で待ち伏せされることが週2～3回
　・10月3日、自宅マンションのエントランスで面会を強要され、腕をつかまれる
　・私用携帯に1日数十件の着信・SMS（本人がスクリーンショットを保存済み）
　・本人は不眠を訴え、現在心療内科を受診中

本人は被害届の提出も含めて相談を希望しております。
来週前半で、本人と私（篠原）が同行して伺える日時をご指示いただけますでしょうか。

何卒よろしくお願い申し上げます。
""" + SIG_SHINOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                     "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employee's stalking victimisation, address, DOB, mobile and clinic visit sent to the police: special-care data of one person (reason 3).",
    },
    {
        "id": "higaishashien-002",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["小田切 玲奈 <odagiri@shirakawa-law.jp>"],
        "cc": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>", "篠原 航 <w.shinohara@hinode-sangyo.co.jp>"],
        "subject": "【日程調整】案件RM-2025-031 三者お打合せのお願い",
        "charset": "utf-8",
        "body": """白川法律事務所
小田切先生

ときわ損害保険株式会社
大河内様

いつも大変お世話になっております。日の出産業の柘植でございます。

弊社管理番号 RM-2025-031（店舗における来店客トラブル）の件につきまして、
費用保険の適用範囲と今後の対応方針を三者ですり合わせたく、
1時間ほどお時間を頂戴できればと存じます。

以下の候補からご都合のよい日時をお知らせください。
  (1) 11月18日(火) 10:00～11:00
  (2) 11月19日(水) 15:00～16:00
  (3) 11月21日(金) 13:30～14:30

場所は弊社7階会議室、またはTeamsでも結構です。
資料は前日までに事務局（柘植）よりお送りいたします。

よろしくお願いいたします。
""" + SIG_TSUGE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Scheduling a three-way meeting with one law firm and one insurer; case number only, no personal data; two external organisations is normal.",
    },
    {
        "id": "higaishashien-003",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["日栄カード 不正利用調査室 <fusei-chosa@nichiei-card.co.jp>"],
        "subject": "弊社ECサイトでの不正利用被害 対象会員一覧の送付について",
        "charset": "cp932",
        "body": """日栄カード株式会社
不正利用調査室 御中

お世話になっております。日の出産業 リスク管理部の宇佐美です。

10月28日にご連絡いたしました、弊社オンラインストアにおけるクレジットカード
不正利用の件です。社内調査の結果、被害が確認できた会員12名分の一覧を
添付いたします（カード番号・利用日・金額・連絡先）。

チャージバック手続きと、各会員様へのカード再発行のご案内を
お願いできますでしょうか。

ご不明点がございましたらご連絡ください。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "csv", "name": "不正利用被害会員一覧_20251030.csv", "encoding": "cp932",
             "rows": [["会員ID", "氏名", "フリガナ", "カード番号", "有効期限", "不正利用日", "利用額", "電話番号"]] + [
                 [f"HS{7710230 + i * 37}", n, k, card_number(SEED + 101 + i), e, d, a, t]
                 for i, (n, k, e, d, a, t) in enumerate([
                     ("大庭 瑞穂", "オオバ ミズホ", "08/27", "2025/10/21", "38,500", "090-2217-4410"),
                     ("菅生 達也", "スゴウ タツヤ", "11/26", "2025/10/21", "12,980", "080-6634-0921"),
                     ("井狩 奈央", "イカリ ナオ", "03/28", "2025/10/22", "54,200", "070-1145-8873"),
                     ("百瀬 康平", "モモセ コウヘイ", "05/27", "2025/10/22", "9,800", "090-8871-3306"),
                     ("鬼頭 智美", "キトウ トモミ", "12/29", "2025/10/23", "126,400", "080-3390-5512"),
                     ("五味 遼", "ゴミ リョウ", "07/26", "2025/10/23", "41,000", "090-4026-7781"),
                     ("滝本 沙耶", "タキモト サヤ", "02/28", "2025/10/24", "22,660", "070-5581-2094"),
                     ("鶴見 和彦", "ツルミ カズヒコ", "09/27", "2025/10/24", "67,300", "080-1209-6647"),
                     ("乙部 千尋", "オトベ チヒロ", "04/29", "2025/10/25", "15,400", "090-7735-1180"),
                     ("比嘉 仁", "ヒガ ジン", "10/26", "2025/10/25", "88,000", "080-9952-4431"),
                     ("能勢 恵理子", "ノセ エリコ", "01/28", "2025/10/26", "5,500", "090-3318-2267"),
                     ("皆川 拓", "ミナガワ タク", "06/27", "2025/10/27", "31,240", "070-2268-9015"),
                 ])
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV of 12 fraud-victim customers with full card numbers and phones to a card company: list of people and card numbers (reasons 1, 2, 3).",
    },
    {
        "id": "higaishashien-004",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["伊集院 恵 <ijuin.megumi@hinode-sangyo.co.jp>"],
        "cc": ["桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>"],
        "subject": "第3四半期 ハラスメント相談受付状況（人事部共有）",
        "charset": "iso-2022-jp",
        "body": """伊集院さん

お疲れさまです。南雲です。
7～9月に被害相談窓口で受け付けたハラスメント関係の相談者一覧です。
休職・配置転換の検討が必要な方がいるため、人事部でも把握をお願いします。

受付日      氏名          所属              相談内容            現状
----------  ------------  ----------------  ------------------  ----------------------
2025/07/03  広沢 葵        物流部 川口DC       上司からの叱責・暴言    適応障害の診断、休職中
2025/07/22  曽我部 隼人    経理部            同僚からの無視          面談継続
2025/08/05  土門 真理子    第一営業部        取引先担当者のセクハラ  心療内科通院中
2025/08/19  丹羽 菜摘      店舗運営部 錦糸町店  来店客からの暴言・つきまとい  警察に相談済
2025/09/02  楠 俊介        情報システム部    上司からの過大な要求    うつ状態で通院、時短勤務
2025/09/26  戸倉 美月      広報部            SNSでの誹謗中傷        弁護士相談中

※本一覧は社内限りです。転送の際はご注意ください。

南雲
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "List of six harassment consultations with diagnoses, but all recipients are internal: must go.",
    },
    {
        "id": "higaishashien-005",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["岸本 由紀子 <kishimoto@minato-vsc.or.jp>"],
        "subject": "ご相談者のご紹介（弊社従業員）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>公益社団法人 みなと被害者支援センター<br>相談員 岸本 由紀子 様</p>
<p>いつもお世話になっております。日の出産業 被害相談窓口の南雲です。</p>
<p>先日お電話でお話しした弊社従業員について、ご本人の了承を得ましたので、
以下のとおりご紹介させていただきます。カウンセリングと、刑事手続きへの付添いについて
ご支援をお願いできれば幸いです。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th align="left">氏名</th><td>早瀬 ひかり（はやせ ひかり）様 / 28歳</td></tr>
<tr><th align="left">連絡先</th><td>090-6120-8847（平日19時以降希望）</td></tr>
<tr><th align="left">被害の概要</th><td>10月9日夜、帰宅途中に路上で見知らぬ男性から暴行を受け、顔面打撲。<br>
城東警察署に被害届提出済み（受理番号はご本人が保管）。</td></tr>
<tr><th align="left">現在の状況</th><td>事件後、急性ストレス障害と診断され、11月末まで休職中。<br>夜間の外出に強い不安あり。</td></tr>
</table>
<p>ご本人からのご連絡をお待ちいただくか、上記番号へお電話いただいても構わないとのことです。</p>
<p>どうぞよろしくお願いいたします。</p>
<p>―――――――――――<br>日の出産業株式会社 リスク管理部 被害相談窓口<br>南雲 さやか<br>TEL 0120-37-8160</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only referral of a named employee who was assaulted, with diagnosis and phone, to a victim-support centre: special-care data (reason 3).",
    },
    {
        "id": "higaishashien-006",
        "sender": "日の出産業 お客様被害相談窓口 <higai-soudan@hinode-sangyo.co.jp>",
        "to": ["haruka.m1987@gmail.com", "k-tamaki@yahoo.co.jp", "tomo.s-0712@docomo.ne.jp"],
        "subject": "弊社を装った偽通販サイトに関するお詫びと今後のご案内",
        "charset": "iso-2022-jp",
        "body": """お客様各位

このたびは、弊社の名称・ロゴを無断で使用した偽の通販サイトにより、
ご迷惑とご心配をおかけしておりますことを深くお詫び申し上げます。

お問い合わせをいただいたお客様に、今後のご案内をお送りいたします。

1. 偽サイトでお支払いされた代金については、お支払いに使われたカード会社・
   金融機関へ早急にご相談ください。
2. 最寄りの警察署、または警察相談専用電話（#9110）へのご相談をお勧めいたします。
3. 弊社として警察へ被害申告を行っております。お客様のご了承をいただけた場合に限り、
   お問い合わせ内容を捜査機関へ提供いたします。

ご不明な点は、下記窓口までお問い合わせください。
""" + SIG_DESK,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Three private customers on free mail in To can see each other's addresses (and that each contacted the fraud desk): should have been Bcc (reason 4).",
    },
    {
        "id": "higaishashien-007",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["小田切 玲奈 <odagiri@shirakawa-iaw.jp>"],
        "subject": "Re: 警告書ドラフトの件",
        "charset": "iso-2022-jp",
        "body": """小田切先生

お世話になっております。篠原です。
ドラフトを拝受しました。ありがとうございます。

社内で確認したところ、以下2点のみ修正をお願いしたく存じます。
・第2項の「当社店舗」を「当社が運営する全店舗」に
・送付は内容証明郵便＋配達証明でお願いします

その他は原案どおりで問題ございません。
引き続きよろしくお願いいたします。

篠原

> 篠原様
> ご依頼の警告書ドラフトを添付いたします。
> ご確認のうえ、修正点があればお知らせください。
> 白川法律事務所 小田切
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Reply to the partner law firm goes to shirakawa-iaw.jp (l→i) instead of shirakawa-law.jp: look-alike domain (reason 5).",
    },
    {
        "id": "higaishashien-008",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["矢作 巡査部長 <yahagi-k@minatokita.police.lg.jp>"],
        "subject": "Re: 防犯カメラ映像のご提供および従業員への事情聴取について",
        "charset": "cp932",
        "body": """みなと北警察署 刑事課
矢作様

お世話になっております。日の出産業の東海林です。
ご連絡ありがとうございます。

ご指定の5名につきまして、11月12日（水）13時から順に
弊社品川倉庫2階の応接室にて聴取いただけるよう調整いたしました。
防犯カメラ映像（10/30 21:00～23:30分）はDVD-Rにて当日お渡しします。

当日は私が立ち会います。よろしくお願いいたします。
""" + SIG_SHOJI + """

-----Original Message-----
From: 矢作 <yahagi-k@minatokita.police.lg.jp>
Sent: Monday, November 10, 2025 4:12 PM
To: 東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>
Subject: 防犯カメラ映像のご提供および従業員への事情聴取について

> 日の出産業株式会社 東海林様
>
> 品川倉庫での窃盗事件について、下記の従業員の方から事情を伺いたく存じます。
>
>  氏名        所属           連絡先
>  ----------  -------------  -------------
>  戸塚 信也    出荷チーム     090-1276-3308
>  有賀 萌      出荷チーム     080-5583-1120
>  葛西 陽一    入荷チーム     070-6621-0437
>  真壁 翔太    夜間警備       090-2245-9916
>  小松原 由香  事務           080-7713-4482
>
> 日程についてご調整をお願いします。
> みなと北警察署 刑事課 矢作
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The list of five employees is only in the quoted police mail the recipient wrote; new text carries no personal data.",
    },
    {
        "id": "higaishashien-009",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 損害サービス課 <songai-service@tokiwa-sonpo.co.jp>"],
        "cc": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "動産総合保険 事故受付No.TK25-118804 被害明細の送付",
        "charset": "utf-8",
        "body": """ときわ損害保険株式会社
損害サービス課 ご担当者様

いつもお世話になっております。
日の出産業 保険・補償グループの柘植でございます。

川口物流センター更衣室のロッカー盗難事案（事故受付No.TK25-118804）につき、
被害に遭った従業員ごとの被害明細と、保険金の振込先を取りまとめましたので送付いたします。
警察への被害届は10月17日に提出済みです（受理番号は別紙）。

ご確認のほど、よろしくお願いいたします。
""" + SIG_TSUGE + DISC_JP,
        "attachments": [
            {"kind": "xlsx", "name": "ロッカー盗難_被害明細_TK25-118804.xlsx",
             "title": "ロッカー盗難 被害明細",
             "sheets": {
                 "被害明細": [
                     ["川口物流センター 更衣室ロッカー盗難事案 被害者別明細（2025年10月16日発生）"],
                     [],
                     ["No", "社員番号", "氏名", "所属", "被害品", "被害額(円)", "振込先金融機関", "支店", "種別", "口座番号", "口座名義"],
                     [1, "H20417", "向井 亮介", "入荷チーム", "財布（現金含む）", 48000, "みどり銀行", "川口支店", "普通", "3318472", "ムカイ リヨウスケ"],
                     [2, "H19882", "嶋田 ゆかり", "出荷チーム", "腕時計", 65000, "ゆうちょ銀行", "〇一八店", "普通", "4472910", "シマダ ユカリ"],
                     [3, "H21103", "久保寺 誠", "出荷チーム", "スマートフォン", 112000, "みどり銀行", "蕨支店", "普通", "2209814", "クボデラ マコト"],
                     [4, "H18450", "立川 美沙", "事務", "財布・定期券", 23500, "さいたま協和銀行", "川口東支店", "普通", "5561037", "タチカワ ミサ"],
                     [5, "H22019", "ラモス ジョアン", "入荷チーム", "現金", 30000, "みどり銀行", "川口支店", "普通", "1094458", "ラモス ジヨアン"],
                     [6, "H20733", "野々村 健", "フォークリフト", "ワイヤレスイヤホン", 29800, "東和信用金庫", "本店営業部", "普通", "0083371", "ノノムラ ケン"],
                     [7, "H21560", "垣内 沙織", "事務", "ブランドバッグ", 89000, "みどり銀行", "西川口支店", "普通", "6627105", "カキウチ サオリ"],
                 ],
                 "集計": [["項目", "件数", "金額"], ["被害者数", 7, ""], ["被害総額", "", 397300]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX listing seven theft-victim employees with their bank accounts sent to the insurer: list of people (reasons 1, 3).",
    },
    {
        "id": "higaishashien-010",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["真鍋 周平 <manabe@aozora-sogo-law.jp>"],
        "subject": "証拠資料一式の送付（暗号化ZIP）",
        "charset": "iso-2022-jp",
        "body": """あおぞら総合法律事務所
真鍋先生

お世話になっております。日の出産業の篠原です。

ご依頼いただいておりました証拠資料（通話記録、メール写し、社内報告書）を
ZIPファイルにまとめてお送りします。
解凍パスワードは別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_SHINOHARA,
        "attachments": [
            {"kind": "zip", "name": "証拠資料一式_20251105.zip", "password": "Hn#2025-1105",
             "files": [
                 {"kind": "docx", "name": "社内報告書.docx",
                  "paragraphs": ["社内報告書", "本件の経緯は以下のとおりである。", "（本文略）"]},
                 {"kind": "pdf", "name": "メール写し.pdf", "lines": ["メール写し", "（略）"]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP) to a law firm: contents cannot be inspected (reason 7).",
    },
    {
        "id": "higaishashien-011",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["鳥居 聡 <s-torii@anzen-keibi.co.jp>"],
        "subject": "巡回警備対象店舗と最寄り警察署の一覧",
        "charset": "utf-8",
        "body": """安全警備保障株式会社
営業部 鳥居様

お世話になっております。日の出産業の東海林です。
先日ご相談した夜間巡回の対象店舗と、各店舗の最寄り警察署をまとめました。
緊急時の通報先としてご活用ください。

店舗名           店舗所在地                         店舗TEL        最寄り警察署        警察署TEL
---------------  ---------------------------------  -------------  ------------------  -------------
日本橋本店       東京都中央区日本橋室町1-5-4        03-5201-8001   日本橋東警察署      03-3661-0110
錦糸町店         東京都墨田区江東橋3-11-2           03-5600-2215   本所南警察署        03-3631-0110
品川港南店       東京都港区港南2-16-8               03-5783-4410   みなと北警察署      03-3450-0110
川口店           埼玉県川口市栄町2-4-11             048-240-3371   川口中央警察署      048-252-0110
大宮西口店       埼玉県さいたま市大宮区桜木町1-9-3  048-645-7720   大宮西警察署        048-641-0110
横浜西口店       神奈川県横浜市西区南幸2-8-15       045-312-6650   西が丘警察署        045-311-0110
船橋店           千葉県船橋市本町4-3-20             047-431-8892   船橋東警察署        047-435-0110
立川店           東京都立川市曙町2-7-1              042-521-4436   立川北警察署        042-527-0110

巡回開始は12月1日からを予定しています。お見積りの件、引き続きよろしくお願いします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "List of shops and police stations with their switchboards: businesses, not people.",
    },
    {
        "id": "higaishashien-012",
        "sender": "桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>",
        "to": ["尾上 智之 <onoe@risk-solutions.co.jp>"],
        "subject": "被害者対応マニュアル改訂案のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """株式会社リスクソリューションズ
尾上様

お世話になっております。日の出産業の桐生です。
先月のワークショップを踏まえ、被害者対応マニュアルの改訂案を作成しました。
第4章（初動対応）と第6章（外部機関との連携）を中心に、ご意見をいただけますと幸いです。

12月上旬の取締役会に諮る予定ですので、11月28日頃までにコメントを頂戴できれば助かります。
""" + SIG_KIRYU,
        "attachments": [
            {"kind": "pdf", "name": "被害者対応マニュアル_第3版_改訂案.pdf",
             "title": "被害者対応マニュアル 第3版（改訂案）", "page_header": "社外秘",
             "page_footer": "日の出産業株式会社 リスク管理部 社外秘・複製禁止",
             "lines": ["【社外秘】被害者対応マニュアル 第3版（改訂案）", "",
                       "第1章 目的と適用範囲", "　本マニュアルは、従業員および顧客が犯罪・ハラスメント等の被害を受けた場合の",
                       "　当社の対応手順を定める。",
                       "第4章 初動対応", "　4.1 被害申告の受付（被害相談窓口）", "　4.2 安全確保と医療機関受診の勧奨",
                       "　4.3 証拠の保全（防犯カメラ映像、通話記録、メール）",
                       "第6章 外部機関との連携", "　6.1 警察への相談・被害届", "　6.2 顧問弁護士への相談",
                       "　6.3 被害者支援センターの紹介", "　6.4 保険会社への事故報告"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached PDF stamped 社外秘 on every page goes to an outside consultant (reason 6).",
    },
]

# ---------------------------------------------------------------- 013 - 025
MESSAGES += [
    {
        "id": "higaishashien-013",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
        "cc": ["堀 千夏 <hori@shirakawa-law.jp>"],
        "subject": "物流部ハラスメント申告事案 聴取記録の送付",
        "charset": "utf-8",
        "body": """白川法律事務所
白川先生

お世話になっております。日の出産業の宇佐美です。

物流部のハラスメント申告事案につき、10月中に実施した関係者聴取の記録を
Word形式で添付いたします。申告者・行為者・目撃者の計6名分です。
行為者の処分の相当性について、ご見解を伺えれば幸いです。

なお、申告者は現在も休職中のため、追加聴取はご本人の体調を見ながら
調整させていただきたく存じます。

宇佐美
""" + SIG_USAMI,
        "attachments": [
            {"kind": "docx", "name": "聴取記録_物流部事案_2025年10月.docx",
             "title": "聴取記録",
             "paragraphs": ["物流部ハラスメント申告事案 関係者聴取記録", "作成：リスク管理部 危機管理課 宇佐美",
                            "聴取期間：2025年10月6日～10月24日", ""],
             "tables": [[
                 ["No", "氏名", "所属", "立場", "携帯番号", "聴取日", "要旨"],
                 ["1", "広沢 葵", "川口DC 出荷チーム", "申告者", "080-2931-4476", "10/6",
                  "4月以降、班長から連日大声で叱責。7月に適応障害と診断され休職。"],
                 ["2", "沼田 剛", "川口DC 班長", "行為者", "090-5528-0163", "10/9",
                  "指導の範囲と認識。大声については一部認める。"],
                 ["3", "宮地 聡子", "川口DC 出荷チーム", "目撃者", "070-4402-8839", "10/14",
                  "朝礼で申告者だけが名指しで叱責されるのを複数回見た。"],
                 ["4", "遠山 拓海", "川口DC 出荷チーム", "目撃者", "080-6617-2250", "10/14",
                  "「使えない」「辞めろ」との発言を聞いた。"],
                 ["5", "千葉 里奈", "川口DC 事務", "目撃者", "090-3364-7718", "10/21",
                  "申告者が事務所で泣いていたことがある。"],
                 ["6", "志賀 敏行", "川口DC センター長", "管理者", "090-8810-5547", "10/24",
                  "6月に申告者から相談を受けたが、具体的な対応はしていなかった。"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six interviewees with mobiles and a named complainant's diagnosis to an outside law firm (reasons 1, 3).",
    },
    {
        "id": "higaishashien-014",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["防犯係 森下様 <morishita-a@nihonbashi-higashi.police.lg.jp>"],
        "subject": "防犯講習会（12/4）参加者のご連絡",
        "charset": "iso-2022-jp",
        "body": """日本橋東警察署 生活安全課 防犯係
森下様

いつもお世話になっております。日の出産業の東海林です。
12月4日の店舗向け防犯講習会について、弊社からの参加者をお知らせいたします。

・東海林 健吾（リスク管理部）　携帯 070-3318-5502
・新発田 綾（店舗運営部 日本橋本店 店長）　携帯 090-2874-6615
・大門 悠真（店舗運営部 錦糸町店 副店長）　携帯 080-4419-0378

当日は13:30に署の1階受付に伺います。
急な変更等がございましたら、上記の携帯までご連絡ください。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three staff attending a police seminar with their work mobiles: a short attendee list (under five), may be warned.",
    },
    {
        "id": "higaishashien-015",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "傷害保険金のお支払いに係る個人番号のご提供について",
        "charset": "cp932",
        "body": """ときわ損害保険株式会社
大河内様

いつもお世話になっております。日の出産業の柘植です。

先日ご依頼のありました、支払調書作成のための個人番号につき、
ご本人の同意を得ましたので下記のとおりお知らせいたします。

　事故受付No.：TK25-120377（錦糸町店 来店客による暴行事案）
　被保険者　　：丹羽 菜摘（にわ なつみ）
　住所　　　　：東京都墨田区石原四丁目22番7号 グランレジデンス石原305
　個人番号　　：""" + _sp(my_number(SEED + 1)) + """
　傷病名　　　：右前腕骨折（全治6週間）

番号確認書類（通知カード写し）は、郵送にて別途お送りいたします。
よろしくお願いいたします。
""" + SIG_TSUGE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "An assaulted employee's My Number, address and injury written in the body to the insurer (reasons 2, 3).",
    },
    {
        "id": "higaishashien-016",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["mizuki.tokura.0318@gmail.com"],
        "subject": "面談記録のご確認のお願い（南雲）",
        "charset": "utf-8",
        "body": """戸倉 美月 様

お疲れさまです。被害相談窓口の南雲です。
休職中のため、ご希望どおり私用のアドレスにお送りしています。

昨日の面談内容を以下のとおりまとめました。事実と異なる点があれば教えてください。

・9月以降、匿名アカウントによるSNS上の誹謗中傷（業務内容・容姿に関するもの）が継続
・9月30日に心療内科を受診し、抑うつ状態との診断。12月15日まで休職
・発信者情報開示請求について、白川法律事務所に相談を開始済み
・会社への要望：復職時の在宅勤務併用、広報部での窓口業務の免除

内容をご確認いただけましたら、このメールへの返信でお知らせください。
ご無理のないようにお過ごしください。

南雲
""" + SIG_NAGUMO,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "The employee's own diagnosis and victimisation sent to her own private address at her request: special-care data, but to the data subject herself; defensible either way.",
    },
    {
        "id": "higaishashien-017",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["安全警備保障 監視センター <kanshi-center@anzen-keibi.co.jp>"],
        "subject": "防犯カメラ映像確認のお願い（10/30 品川倉庫 入館者記録添付）",
        "charset": "cp932",
        "body": """安全警備保障株式会社
監視センター ご担当者様

日の出産業の東海林です。お世話になります。

10月30日夜に品川倉庫で発生した商品盗難の件で、当日の入館記録を添付します。
記録と照合のうえ、通用口カメラの映像から各入館者の入退館時刻を
確認していただけますでしょうか。警察への提出資料に使用します。

急ぎで恐縮ですが、11/11中にご回答いただけると助かります。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xls", "name": "入館記録_品川倉庫_20251030.xls",
             "sheets": {"入館記録": [
                 ["入館日", "入館時刻", "退館時刻", "氏名", "会社名", "連絡先", "訪問先", "入館証No"],
                 ["2025/10/30", "18:05", "18:40", "富樫 良平", "青葉運輸", "090-3321-7745", "出荷チーム", "V-031"],
                 ["2025/10/30", "18:52", "21:10", "芹沢 歩", "ツバサシステム", "080-2207-6638", "情報システム", "V-032"],
                 ["2025/10/30", "19:30", "22:45", "城之内 拓", "（派遣）ヒューマンリンク", "070-8842-1903", "入荷チーム", "V-033"],
                 ["2025/10/30", "20:12", "20:35", "雨宮 しずく", "錦印刷", "090-6659-2281", "総務", "V-034"],
                 ["2025/10/30", "21:03", "23:58", "江副 大樹", "（派遣）ヒューマンリンク", "080-1134-5570", "入荷チーム", "V-035"],
                 ["2025/10/30", "22:40", "23:15", "浜口 優", "青葉運輸", "090-7720-3364", "出荷チーム", "V-036"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS visitor log of six named people with mobile numbers sent to a security company: list of people (reason 1).",
    },
    {
        "id": "higaishashien-018",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["永瀬 圭 <k.nagase@toto-research.co.jp>"],
        "subject": "秘密保持契約書（案）の件",
        "charset": "iso-2022-jp",
        "body": """株式会社東都リサーチ
永瀬様

お世話になっております。日の出産業の篠原です。

ご依頼予定の調査業務に先立ち、秘密保持契約を締結させていただきたく、
弊社法務部で作成した契約書案をお送りします。

主な条件は以下のとおりです。
・秘密情報の範囲：調査対象案件に関して開示する一切の情報（個人情報を含む）
・有効期間：契約締結日から3年間（秘密保持義務は終了後も5年間存続）
・再委託：事前の書面承諾がない限り不可
・調査終了後の資料は返却または廃棄し、廃棄証明書を提出

御社のひな形をご希望の場合はお知らせください。
ご確認のほど、よろしくお願いいたします。
""" + SIG_SHINOHARA + DISC_JP,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書（案）_東都リサーチ様.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": ["秘密保持契約書（案）",
                            "日の出産業株式会社（以下「甲」という。）と株式会社東都リサーチ（以下「乙」という。）は、"
                            "甲が乙に委託する調査業務に関し、以下のとおり秘密保持契約を締結する。",
                            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいう。",
                            "第2条（秘密保持義務）乙は、秘密情報を第三者に開示または漏えいしてはならない。",
                            "第3条（目的外使用の禁止）乙は、秘密情報を本業務以外の目的に使用してはならない。",
                            "第4条（有効期間）本契約の有効期間は、締結日から3年間とする。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with a draft contract; the words 秘密 and 個人情報 are used in passing, not as a marking.",
    },
    {
        "id": "higaishashien-019",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["生活経済課 灰谷様 <haitani@nishigaoka.police.lg.jp>"],
        "subject": "当社名をかたる投資勧誘の被害者一覧（被害届添付資料）",
        "charset": "utf-8",
        "body": """西が丘警察署 生活経済課
灰谷様

お世話になっております。日の出産業の篠原でございます。

当社の社名・役員名をかたった「社債」名目の投資勧誘につきまして、
当社窓口に相談のあったお客様のうち、警察への情報提供に同意いただいた8名の一覧を
PDFにて添付いたします。被害届の添付資料としてお使いください。

各お客様には、警察から連絡が入る可能性がある旨お伝え済みです。
""" + SIG_SHINOHARA,
        "attachments": [
            {"kind": "pdf", "name": "被害者一覧_社債名目詐欺_20251107.pdf",
             "title": "被害者一覧",
             "lines": ["当社名をかたる投資勧誘 被害者一覧（2025年11月7日現在）",
                       "作成：日の出産業株式会社 リスク管理部", ""],
             "table": [
                 ["No", "氏名", "年齢", "住所", "電話番号", "被害日", "被害額"],
                 ["1", "二階堂 正雄", "78", "神奈川県横浜市保土ケ谷区川辺町3-14", "045-331-2287", "2025/09/12", "3,000,000"],
                 ["2", "桑名 フミ子", "82", "神奈川県横浜市旭区鶴ケ峰2-41-6", "045-951-6630", "2025/09/18", "5,000,000"],
                 ["3", "長谷部 徹", "69", "東京都町田市原町田4-7-2", "042-722-4915", "2025/09/25", "1,200,000"],
                 ["4", "宍戸 和代", "74", "神奈川県大和市中央1-9-18", "046-261-3074", "2025/10/02", "2,500,000"],
                 ["5", "猪俣 勝", "80", "神奈川県横浜市西区浅間町5-22", "045-312-8846", "2025/10/06", "800,000"],
                 ["6", "日下部 静江", "76", "東京都八王子市旭町11-3", "042-626-5518", "2025/10/14", "4,000,000"],
                 ["7", "梶原 俊夫", "71", "神奈川県相模原市南区相模大野6-2-9", "042-741-0963", "2025/10/21", "1,500,000"],
                 ["8", "米倉 節子", "85", "神奈川県横浜市保土ケ谷区星川1-8-30", "045-333-7129", "2025/10/28", "6,000,000"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of eight fraud victims with ages, addresses and phones to the police: list of people who were crime victims (reasons 1, 3).",
    },
    {
        "id": "higaishashien-020",
        "sender": "経理部 三宅 <miyake.j@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 経理ご担当 <keiri@shirakawa-law.jp>"],
        "cc": ["篠原 航 <w.shinohara@hinode-sangyo.co.jp>"],
        "subject": "ご請求書（No.SL-2025-0912）お支払い完了のご連絡",
        "charset": "cp932",
        "body": """白川法律事務所
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の三宅です。

下記ご請求につき、本日お振込みいたしましたのでご連絡いたします。

　請求書番号　：SL-2025-0912
　件名　　　　：顧問料（10月分）および個別案件着手金（RM-2025-027）
　ご請求額　　：880,000円（税込）
　登録番号　　：T""" + _corp("011204837715") + """
　お振込日　　：2025年11月10日
　お振込先　　：みどり銀行 虎ノ門支店 普通 1876543 シラカワホウリツジムシヨ

振込手数料は弊社にて負担しております。
ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 経理部 三宅 順子
TEL 03-5201-7730
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Payment notice for a law firm's invoice: the firm's registration number and business bank account, no person's data.",
    },
    {
        "id": "higaishashien-021",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 不正対策室 <fusei-taisaku@midori-ginkou.co.jp>"],
        "subject": "詐欺の振込先口座に関する情報提供（口座凍結のご検討のお願い）",
        "charset": "iso-2022-jp",
        "body": """株式会社みどり銀行
不正対策室 御中

お世話になっております。日の出産業 リスク管理部の宇佐美です。

当社を装った偽の通販サイトにおいて、代金の振込先として下記の口座が
指定されていることを確認いたしました。複数のお客様から同口座へ振り込んだ
との申告を受けております。

　金融機関：みどり銀行 上野駅前支店
　口座　　：普通 8204417
　名義　　：カ）サンライズトレーディング

振り込め詐欺救済法に基づく取引停止等の措置をご検討いただけますでしょうか。
当社から警察（上野中央警察署）へも情報提供済みです。

よろしくお願いいたします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Meant for the partner bank midori-ginko.co.jp but addressed to midori-ginkou.co.jp (letter added): look-alike domain (reason 5).",
    },
    {
        "id": "higaishashien-022",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 不正対策室 <fusei-taisaku@midori-ginko.co.jp>"],
        "subject": "Re: 詐欺の振込先口座に関する情報提供 ― 振込人の情報",
        "charset": "utf-8",
        "body": """みどり銀行 不正対策室
吉永様

ご連絡ありがとうございます。宇佐美です。
被害回復分配金の手続きに必要とのことでしたので、当社窓口に申告のあったお客様のうち
情報提供に同意いただいた方の振込情報をお送りします（タブ区切り）。

氏名	振込日	振込額	振込元口座	連絡先
高瀬 みのり	2025/10/18	24,800	みどり銀行 浦和支店 普通 2217734	090-6631-4408
石動 亘	2025/10/19	39,600	ゆうちょ銀行 〇三八店 普通 5540921	080-2290-1176
木佐貫 圭子	2025/10/19	18,700	東和信用金庫 本店 普通 0447183	048-822-3901
甲斐 大地	2025/10/21	52,000	みどり銀行 新宿西口支店 普通 3309215	070-4418-2265
鏑木 春香	2025/10/22	24,800	さいたま協和銀行 所沢支店 普通 7712064	090-8003-5517
宇津木 浩	2025/10/24	15,300	みどり銀行 船橋支店 普通 6620318	047-433-7042

追加の申告があり次第、順次お知らせいたします。

宇佐美
""" + SIG_USAMI + """

> 日の出産業株式会社 宇佐美様
> 情報提供ありがとうございます。当該口座は本日付で取引停止措置を講じました。
> 被害回復分配金の手続きのため、振込をされた方の情報をご提供いただけますでしょうか。
> みどり銀行 不正対策室 吉永
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "New text in a reply: tab-separated list of six fraud victims with bank accounts and phones to the bank (reasons 1, 3).",
    },
    {
        "id": "higaishashien-023",
        "sender": "日の出産業 お客様被害相談窓口 <higai-soudan@hinode-sangyo.co.jp>",
        "to": ["oshiro.kenta@yahoo.co.jp"],
        "subject": "Re: 御社を名乗るSMSについて",
        "charset": "iso-2022-jp",
        "body": """大城 様

お問い合わせいただきありがとうございます。
日の出産業 お客様被害相談窓口でございます。

お知らせいただいた「お荷物の配送に問題があります」というSMSは、
弊社から送信したものではございません。
記載のURLにはアクセスせず、SMSは削除していただきますようお願いいたします。

万一、URL先でIDやパスワード、カード情報を入力されてしまった場合は、
お手数ですが改めて当窓口までご連絡ください。

弊社ホームページでも注意喚起を掲載しております。
https://www.hinode-sangyo.co.jp/notice/sms-fraud

今後とも日の出産業をよろしくお願いいたします。
""" + SIG_DESK,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Answer to one customer on free mail about a phishing SMS he only received; no personal data beyond his own address.",
    },
    {
        "id": "higaishashien-024",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["真鍋 周平 <manabe@aozora-sogo-law.jp>"],
        "subject": "新規ご相談：宗教を理由とする職場での嫌がらせ申告",
        "charset": "iso-2022-jp",
        "body": """あおぞら総合法律事務所
真鍋先生

いつもお世話になっております。日の出産業の篠原です。
新たに1件、ご相談させていただきたい案件がございます。

申告者：アフマド・ラフィク（経理部 主任、2019年入社）
内容　：申告者はイスラム教徒であり、礼拝のための休憩やラマダン中の
　　　　勤務調整を申し出たところ、所属長の二瓶課長から
　　　　「宗教を職場に持ち込むな」「日本で働くなら合わせろ」等の発言を
　　　　繰り返し受けた、というものです。
　　　　礼拝用に使っていた空き会議室の利用も一方的に禁止されたとのことです。

社内規程上はハラスメントに該当すると考えておりますが、
所属長への処分と、申告者への配慮措置（礼拝スペースの確保等）の範囲について
ご助言をいただけますでしょうか。

来週中にお打合せの機会をいただけますと幸いです。
""" + SIG_SHINOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Names an employee and his religion in a harassment complaint sent to an outside law firm: special-care data (religion) of one person (reason 3).",
    },
    {
        "id": "higaishashien-025",
        "sender": "Wataru Shinohara <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["Helen Lindqvist <h.lindqvist@lindqvist-park.com>"],
        "subject": "Inquiry: support for employees who become crime victims overseas",
        "charset": "utf-8",
        "body": """Dear Ms. Lindqvist,

I hope this message finds you well. My name is Wataru Shinohara, and I manage the
crisis management section of Hinode Sangyo's risk management department.

We are reviewing our procedures for employees who become victims of crime (theft,
assault, fraud) while on business trips in Singapore and Malaysia. Could your firm
advise us on the following points?

  1. Typical steps for filing a police report as a foreign national, and whether a
     local lawyer should accompany the employee.
  2. How to obtain copies of police reports for insurance claims.
  3. Whether there are victim-support services available in English or Japanese.

We are not asking about a specific case at this stage; this is for updating our
internal manual. A short call in the week of 24 November would be ideal.

Best regards,

Wataru Shinohara
Manager, Crisis Management Section, Risk Management Dept.
Hinode Sangyo Co., Ltd.
3-8-2 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7791
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English general inquiry to a foreign law firm, no specific case or person; standard disclaimer only.",
    },
]

# ---------------------------------------------------------------- 026 - 040
MESSAGES += [
    {
        "id": "higaishashien-026",
        "sender": "桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>",
        "to": ["尾上 智之 <onoe@risk-solutions.co.jp>"],
        "subject": "ケースレビュー会議資料（11/20）",
        "charset": "utf-8",
        "body": """尾上様

お世話になっております。桐生です。
11月20日のケースレビュー会議で使用する資料をお送りします。
対応中の案件について、担当者別の進捗と本人の状況を1枚ずつまとめています。
当日は各案件の対応の妥当性について、第三者の立場からご講評をお願いします。

桐生
""" + SIG_KIRYU,
        "attachments": [
            {"kind": "pptx", "name": "ケースレビュー_20251120.pptx",
             "title": "被害対応 ケースレビュー",
             "slides": [
                 ["被害対応ケースレビュー（2025年11月）", "日の出産業株式会社 リスク管理部", "対象：対応中 6案件"],
                 ["案件1：ストーカー被害", "被害者：三ツ矢 美帆（第二営業部）携帯 080-4172-3359",
                  "警察に相談済、警告実施。自宅付近の巡回強化を依頼中", "心療内科に通院中"],
                 ["案件2：来店客による暴行", "被害者：丹羽 菜摘（錦糸町店）携帯 090-5512-8430",
                  "右前腕骨折で休業中。加害者は現行犯逮捕、起訴済み"],
                 ["案件3：パワハラ申告", "申告者：広沢 葵（川口DC）携帯 080-2931-4476",
                  "適応障害で休職中。行為者の処分を検討中"],
                 ["案件4：SNS誹謗中傷", "被害者：戸倉 美月（広報部）携帯 090-1183-6624",
                  "抑うつ状態で休職。発信者情報開示請求を準備中"],
                 ["案件5：通勤途中の暴行", "被害者：早瀬 ひかり（経理部）携帯 090-6120-8847",
                  "急性ストレス障害。被害者支援センターを紹介済み"],
                 ["案件6：宗教を理由とする嫌がらせ", "申告者：アフマド・ラフィク（経理部）携帯 070-2846-1937",
                  "弁護士相談中。礼拝スペースの確保を検討"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTX with six named victims, their mobiles, diagnoses, religion and an arrest, to an outside consultant (reasons 1, 3).",
    },
    {
        "id": "higaishashien-027",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["やまびこ火災海上 事故受付センター <jiko-uketsuke@yamabiko-kasai.co.jp>"],
        "subject": "事故報告書の送付（盗難・証券番号 YK-8830-2147）",
        "charset": "iso-2022-jp",
        "body": """やまびこ火災海上保険株式会社
事故受付センター 御中

お世話になっております。日の出産業株式会社の柘植でございます。

標記の件、事故報告書をPDFにてお送りいたします。
ファイルにはパスワードを設定しております。パスワードは、
ご担当者様へお電話でお伝えいたします。

よろしくお願い申し上げます。
""" + SIG_TSUGE,
        "attachments": [
            {"kind": "pdf", "name": "事故報告書_YK-8830-2147.pdf", "password": "yk2147tg",
             "title": "事故報告書",
             "lines": ["事故報告書", "証券番号：YK-8830-2147", "事故種別：盗難", "（詳細は本文参照）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF to an insurer: the attachment cannot be inspected (reason 7).",
    },
    {
        "id": "higaishashien-028",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["法務部 <legal@hinode-sangyo.co.jp>", "伊集院 恵 <ijuin.megumi@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】懲戒委員会資料（川口DC事案）",
        "charset": "iso-2022-jp",
        "body": """法務部 各位
人事部 伊集院さん

お疲れさまです。篠原です。
11月25日の懲戒委員会で使用する資料一式を送ります。
関係者の聴取記録を含むため、パスワード付きZIPにしています。
パスワードはTeamsのチャットで個別にお伝えします。

【社外秘】委員会終了後は各自のPCから削除してください。

篠原
""" + SIG_SHINOHARA,
        "attachments": [
            {"kind": "zip", "name": "懲戒委員会資料_川口DC.zip", "password": "kc-1125-dc",
             "files": [
                 {"kind": "docx", "name": "事案概要.docx", "page_header": "社外秘",
                  "paragraphs": ["事案概要", "川口DC 班長による部下へのハラスメント行為について"]},
                 {"kind": "xlsx", "name": "聴取一覧.xlsx",
                  "sheets": {"一覧": [["氏名", "立場"], ["広沢 葵", "申告者"], ["沼田 剛", "行為者"]]}},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 marking and an encrypted ZIP, but every recipient is internal: must go.",
    },
    {
        "id": "higaishashien-029",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
        "subject": "ノートPC盗難に伴う個人データ漏えいの件（対象者データ送付）",
        "charset": "utf-8",
        "body": """白川先生

お世話になっております。篠原です。

11月3日に営業担当者が電車内で盗難に遭ったノートPCについて、
保存されていた顧客データの範囲が判明しましたのでお送りします。
個人情報保護委員会への報告と、ご本人への通知文案のご確認をお願いできればと存じます。

添付ZIPの内容
・対象顧客一覧.csv（ファイルに保存されていた顧客の氏名・住所・電話）
・盗難経緯報告書.docx

なお、PCはBitLockerで暗号化されておりましたが、
付箋にPINが記載されていた可能性があり、漏えいのおそれを否定できない状況です。
""" + SIG_SHINOHARA,
        "attachments": [
            {"kind": "zip", "name": "PC盗難_対象者データ_20251106.zip",
             "files": [
                 {"kind": "csv", "name": "対象顧客一覧.csv", "encoding": "utf-8",
                  "rows": [
                      ["顧客No", "氏名", "郵便番号", "住所", "電話番号", "最終購入日"],
                      ["C-0048812", "芦田 真一", "330-0063", "埼玉県さいたま市浦和区高砂3-6-9", "048-824-1176", "2025/08/14"],
                      ["C-0051177", "市来 涼子", "331-0812", "埼玉県さいたま市北区宮原町2-51-3", "048-663-4408", "2025/09/02"],
                      ["C-0052290", "今泉 光", "333-0844", "埼玉県川口市上青木2-18-11", "048-267-9025", "2025/09/10"],
                      ["C-0053318", "瓜生 和樹", "335-0004", "埼玉県蕨市中央4-3-21", "048-431-5582", "2025/09/21"],
                      ["C-0054006", "蛯名 彩花", "332-0017", "埼玉県川口市栄町1-14-7", "090-4471-2036", "2025/10/01"],
                      ["C-0054721", "大江 浩二", "336-0022", "埼玉県さいたま市南区白幡5-19-2", "080-3329-6610", "2025/10/12"],
                      ["C-0055093", "笠原 里美", "338-0001", "埼玉県さいたま市中央区上落合8-4-15", "048-853-7741", "2025/10/25"],
                  ]},
                 {"kind": "docx", "name": "盗難経緯報告書.docx",
                  "paragraphs": ["盗難経緯報告書", "発生日時：2025年11月3日 22時頃",
                                 "場所：JR京浜東北線 車内（網棚）",
                                 "被害品：業務用ノートPC 1台（資産番号 HS-NB-2231）",
                                 "11月4日 川口中央警察署に被害届提出"]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Plain ZIP holding a CSV of seven customers' names, addresses and phones, sent to the law firm (reason 1).",
    },
    {
        "id": "higaishashien-030",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["堀 千夏 <hori@shirakawa-law.jp>"],
        "subject": "RE: 【ご確認】被害者ご本人の陳述書ドラフト",
        "charset": "cp932",
        "body": """堀様

お世話になっております。宇佐美です。
陳述書ドラフト、確かに受領いたしました。
ご本人との読み合わせを来週水曜に予定しておりますので、
修正があれば木曜中にご連絡いたします。

取り急ぎ受領のご連絡まで。
""" + SIG_USAMI + """

-----Original Message-----
From: 堀 千夏 <hori@shirakawa-law.jp>
Sent: Tuesday, November 11, 2025 6:48 PM
To: 宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>
Subject: 【ご確認】被害者ご本人の陳述書ドラフト

宇佐美様

白川法律事務所の堀です。
ご本人の陳述書ドラフトを作成しましたのでご確認ください。

　陳述人：丹羽 菜摘（昭和62年5月9日生）
　住所：東京都墨田区石原四丁目22番7号 グランレジデンス石原305
　電話：090-5512-8430

　私は、令和7年9月14日午後7時ころ、勤務先である錦糸町店のレジにおいて、
　来店客の男性から突然右腕をつかまれ、床に引き倒されました。
　その結果、右前腕を骨折し、現在も通院を続けています……

以上、よろしくお願いいたします。
白川法律事務所 パラリーガル 堀 千夏
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Victim's details are only in the quoted Original Message the law firm itself wrote; the new text is a receipt.",
    },
    {
        "id": "higaishashien-031",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["みずほし保険サービス 河野様 <kono@mizuhoshi-hoken.co.jp>"],
        "subject": "社有車 車上ねらい被害の事故報告（運転者情報）",
        "charset": "iso-2022-jp",
        "body": """株式会社みずほし保険サービス
河野様

お世話になっております。日の出産業の柘植です。
昨日お電話した社有車の車上ねらいの件、運転者の情報をお送りします。

　発生日時：2025年11月8日（土）20時頃
　発生場所：千葉県船橋市本町4丁目 コインパーキング
　車両　　：社有車 習志野 400 さ 12-08
　運転者　：船橋店 店長 小此木 一郎
　運転免許証番号：第 """ + _zen("302108844570") + """ 号
　被害内容：助手席窓ガラス破損、店舗売上金入りバッグ（現金約18万円）、
　　　　　　運転者個人のカバン（財布・免許証以外のカード類）
　届出　　：船橋東警察署 受理番号 第2025-04417号

運転者は免許証を身に着けていたため、免許証自体は無事です。
車両保険と動産総合保険の両方で手続きが必要かご確認ください。
""" + SIG_TSUGE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's driver's licence number (full-width digits) and theft victimisation sent to an insurance agency (reasons 2, 3).",
    },
    {
        "id": "higaishashien-032",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["矢作 巡査部長 <yahagi-k@minatokita.police.lg.jp>",
               "真鍋 周平 <manabe@aozora-sogo-law.jp>",
               "大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "品川倉庫窃盗事案 関係機関連絡会のご案内",
        "charset": "iso-2022-jp",
        "body": """関係各位

お世話になっております。日の出産業の篠原です。
品川倉庫での窃盗事案について、今後の進め方を共有するため、
下記のとおり連絡会を開催いたします。ご多用のところ恐縮ですが、ご出席をお願いいたします。

　日時：2025年11月20日（木）14:00～15:00
　場所：日の出産業 本社7階 第2会議室
　議題：捜査状況の共有、損害額の確定、保険請求と加害者への損害賠償請求の進め方

ご出欠を11月17日までにお知らせください。
""" + SIG_SHINOHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Police, a law firm and an insurer (three external organisations) all in To and visible to each other: should have been Bcc (reason 4).",
    },
    {
        "id": "higaishashien-033",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["森下様 <morishita-a@nihonbashi-higashi.police.lg.jp>"],
        "cc": ["岸本 由紀子 <kishimoto@minato-vsc.or.jp>"],
        "subject": "被害者支援の連携に関する意見交換会（日程のご相談）",
        "charset": "utf-8",
        "body": """日本橋東警察署 生活安全課 森下様
みなと被害者支援センター 岸本様

いつもお世話になっております。日の出産業 被害相談窓口の南雲です。

先日お話しのあった、企業の相談窓口・警察・支援センターの連携に関する
意見交換会の件、日程のご相談です。

　候補日：12月9日（火）、12月11日（木）、12月16日（火）　いずれも15時～
　場所　：弊社本社7階会議室（日本橋三丁目）
　内容　：各機関の相談受付から支援までの流れ、紹介時の同意取得の方法 等

個別の案件を取り上げる予定はございません。
ご都合をお知らせいただけますと幸いです。
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Meeting scheduling with the police in To and one support centre in Cc: two external organisations, no personal data.",
    },
    {
        "id": "higaishashien-034",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "FW: 【至急】大宮西口店 強盗事件 負傷者の状況",
        "charset": "utf-8",
        "body": """大河内様

お世話になっております。柘植です。
昨夜の大宮西口店の強盗事件について、店長からの報告メールを転送いたします。
負傷した従業員5名の状況が記載されておりますので、
傷害保険・労災上乗せ保険の請求準備にお役立てください。

よろしくお願いいたします。
""" + SIG_TSUGE,
        "attachments": [
            {"kind": "eml", "name": "【至急】大宮西口店 強盗事件 負傷者の状況.eml",
             "message": {
                 "sender": "大宮西口店 店長 笹川 <sasagawa.k@hinode-sangyo.co.jp>",
                 "to": ["リスク管理部 <risk-desk@hinode-sangyo.co.jp>"],
                 "subject": "【至急】大宮西口店 強盗事件 負傷者の状況",
                 "charset": "iso-2022-jp",
                 "body": """リスク管理部 各位

大宮西口店の笹川です。昨夜21時40分頃の強盗事件について、
負傷した従業員の状況を報告します。犯人は刃物を所持、現金約60万円を奪って逃走。

1) 阿久津 翔（レジ担当）生年月日 1998/03/22 携帯 090-2268-3314
   左手切創 7針縫合、さいたま中央病院で処置済み
2) 潮田 さくら（レジ担当）生年月日 2001/11/05 携帯 080-7749-0052
   転倒による頭部打撲、経過観察。強い恐怖感を訴えている
3) 笹川 浩二（店長）生年月日 1979/06/30 携帯 090-1130-8826
   右肩打撲
4) 宇田川 みゆき（品出し）生年月日 1985/09/17 携帯 070-3391-6647
   逃走時に突き飛ばされ腰椎捻挫
5) 玄田 勇気（アルバイト）生年月日 2004/01/28 携帯 080-5520-1983
   外傷なし、過呼吸で救急搬送。心療内科受診を勧めた

大宮西警察署が捜査中です。以上、取り急ぎ。
笹川""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Forwarded internal mail (attached .eml) with five robbery victims' birth dates, mobiles and injuries to the insurer (reasons 1, 3).",
    },
    {
        "id": "higaishashien-035",
        "sender": "桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>",
        "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
        "subject": "【取扱注意】取締役会報告用 被害対応方針（案）",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━━━━━━━━━━━
　取扱注意　／　社内関係者および顧問弁護士限り
━━━━━━━━━━━━━━━━━━━━━━━━━━

白川先生

いつもお世話になっております。桐生です。
取締役会に報告予定の、カスタマーハラスメント対応方針の案をお送りします。
法的観点から問題がないか、ご確認をお願いできますでしょうか。

1. 基本方針
　 当社は、従業員の人格や尊厳を傷つける顧客の言動を容認しない。
2. 対象となる行為
　 暴言・威嚇、長時間の拘束、土下座の要求、SNSへの無断掲載、つきまとい 等
3. 対応
　 (1) 一次対応は複数名で行い、録音を原則とする
　 (2) 悪質な場合は対応を打ち切り、以後の来店・取引をお断りする
　 (3) 暴行・脅迫・業務妨害に該当する場合は、ためらわず警察に通報する
4. 従業員の保護
　 被害を受けた従業員には、休養・医療機関受診・カウンセリングを会社負担で提供する

12月1日の取締役会の前に、先生のご意見を反映したいと考えております。
""" + SIG_KIRYU,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Mail stamped 【取扱注意】 in subject and body as its classification, sent to an outside law firm (reason 6).",
    },
    {
        "id": "higaishashien-036",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["河野 <kono@mizuhoshi-hoken.co.jp>"],
        "subject": "Re: 2026年度 費用保険・動産総合保険 更改見積のご提示",
        "charset": "cp932",
        "body": """河野様

お世話になっております。柘植です。
更改見積をお送りいただきありがとうございます。社内で比較したうえで、
以下のプランBで進めたいと考えております。

保険種目                       プランA        プランB        現行
-----------------------------  -------------  -------------  -------------
カスハラ対応費用保険           1,240,000円    1,480,000円    980,000円
動産総合保険（全店舗）         3,860,000円    3,860,000円    3,610,000円
雇用慣行賠償責任保険           2,100,000円    2,350,000円    2,100,000円
-----------------------------  -------------  -------------  -------------
合計（年額）                   7,200,000円    7,690,000円    6,690,000円

プランBの弁護士費用特約の上限（1事案500万円）について、
現行証券（証券番号 TS-44710832）からの変更点を一覧でいただけますでしょうか。
""" + SIG_TSUGE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Insurance renewal premiums and a policy number: business figures, no personal data.",
    },
    {
        "id": "higaishashien-037",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["芹沢 歩 <serizawa.a@tsubasa-system.jp>"],
        "subject": "不正ログイン被害アカウントのログ調査依頼",
        "charset": "utf-8",
        "html": """<html><body>
<div style="font-family:'Yu Gothic',sans-serif;font-size:14px">
<p>ツバサシステム株式会社<br>芹沢様</p>
<p>お世話になっております。日の出産業の東海林です。</p>
<p>会員サイトへのリスト型攻撃により、第三者に不正ログインされポイントを不正使用された会員が
判明しました。以下の会員について、10月1日以降のアクセスログ（IP・UA・操作履歴）の抽出をお願いします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr style="background:#dde"><th>会員番号</th><th>氏名</th><th>メールアドレス</th><th>電話番号</th><th>不正使用ポイント</th><th>被害申告日</th></tr></thead>
<tbody>
<tr><td>M00218845</td><td>桃井 千晶</td><td>chiaki.momoi@gmail.com</td><td>090-3326-1187</td><td>12,000</td><td>10/14</td></tr>
<tr><td>M00230172</td><td>権藤 修</td><td>o.gondo@outlook.jp</td><td>080-6621-4409</td><td>30,500</td><td>10/15</td></tr>
<tr><td>M00241903</td><td>寺西 遥</td><td>haru.teranishi@icloud.com</td><td>070-1802-6635</td><td>8,400</td><td>10/15</td></tr>
<tr><td>M00255316</td><td>一ノ瀬 隆司</td><td>ichinose-t@ezweb.ne.jp</td><td>090-4458-2271</td><td>45,000</td><td>10/16</td></tr>
<tr><td>M00262087</td><td>三上 加奈</td><td>kana.mikami@yahoo.co.jp</td><td>080-9917-3350</td><td>5,000</td><td>10/18</td></tr>
<tr><td>M00270648</td><td>古賀 悠斗</td><td>yuto-koga@gmail.com</td><td>070-6634-8820</td><td>21,800</td><td>10/19</td></tr>
</tbody></table>
<p>警察（サイバー犯罪相談窓口）へ提出する資料として使用します。<br>
お手数ですが、11月14日までにご対応いただけますと幸いです。</p>
<p>日の出産業株式会社 リスク管理部 危機管理課<br>東海林 健吾<br>TEL 03-5201-7793</p>
</div></body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six account-takeover victims (names, personal e-mails, phones) to the IT vendor (reasons 1, 3).",
    },
    {
        "id": "higaishashien-038",
        "sender": "Daisuke Tsuge <tsuge@hinode-sangyo.co.jp>",
        "to": ["Claims Asia <claims.asia@meridian-assurance.com>"],
        "subject": "Travel insurance claim - theft in Kuala Lumpur (Policy MA-TRV-559103)",
        "charset": "utf-8",
        "body": """Dear Claims Team,

We would like to file a claim under our corporate travel policy MA-TRV-559103.
Two of our employees were robbed of their bags, including their passports, near
their hotel in Bukit Bintang on 2 November 2025. A police report was filed at the
Dang Wangi police station (report no. DW/RPT/2025/118734).

Insured persons:
  1) Name: KOBAYAKAWA Ren     Date of birth: 14 Feb 1990
     Passport No.: TR4418276 (stolen; emergency travel document issued)
  2) Name: SHIBUSAWA Aiko     Date of birth: 3 Aug 1995
     Passport No.: TS9027731 (stolen; emergency travel document issued)

Losses: cash (approx. MYR 2,400), two laptops (company property), personal items.
Mr. Kobayakawa also suffered a minor head injury and was treated at a local clinic.

Please let us know which documents you need in addition to the police report.

Kind regards,
Daisuke Tsuge
Insurance & Compensation Group, Risk Management Dept.
Hinode Sangyo Co., Ltd.  Tel +81-3-5201-7795
""" + DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English claim mail with two employees' passport numbers, birth dates and robbery/injury to a foreign insurer (reasons 2, 3).",
    },
    {
        "id": "higaishashien-039",
        "sender": "桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>",
        "to": ["尾上 智之 <onoe@risk-solutions.co.jp>"],
        "subject": "上期 被害相談の集計（講演資料用）",
        "charset": "utf-8",
        "body": """尾上様

お世話になっております。桐生です。
来月の業界団体向け講演で使いたいとのことでしたので、
上期の被害相談件数の集計をお送りします。件数のみで、個別案件の情報は含めておりません。
出典は「日の出産業 リスク管理部調べ」としてください。
""" + SIG_KIRYU,
        "attachments": [
            {"kind": "pptx", "name": "上期_被害相談集計.pptx",
             "slides": [
                 ["2025年度上期 被害相談の状況", "日の出産業 リスク管理部調べ"],
                 ["相談件数（類型別）", "ハラスメント（社内）：23件", "カスタマーハラスメント：41件",
                  "ストーカー・つきまとい：4件", "詐欺（当社名の悪用を含む）：57件", "盗難：12件"],
                 ["外部機関との連携", "警察への相談・通報：19件", "弁護士への相談：11件",
                  "被害者支援センターの紹介：3件", "保険請求：8件"],
                 ["今後の課題", "店舗での一次対応の標準化", "夜間・休日の相談受付体制"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregated counts of cases in a PPTX, no individual or marking.",
    },
    {
        "id": "higaishashien-040",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["鳥居 聡 <s-torii@anzen-keibi.co.jp>"],
        "cc": ["篠原 航 <w.shinohara@hinode-sangyo.co.jp>"],
        "subject": "脅迫文書の件 身辺警護（送迎）対象者について",
        "charset": "iso-2022-jp",
        "body": """鳥居様

お世話になっております。東海林です。
本日ご相談した脅迫文書の件、文書内で名指しされた従業員について、
当面の間、通勤時の送迎警護をお願いしたく対象者をお知らせします。
いずれも所轄（日本橋東警察署）に被害相談済みです。

・新発田 綾（日本橋本店 店長）
　自宅：東京都葛飾区金町三丁目21番4号　携帯：090-2874-6615
　通勤：JR金町駅 7:40発 → 新日本橋駅

・大門 悠真（錦糸町店 副店長）
　自宅：千葉県市川市八幡二丁目9番12-203　携帯：080-4419-0378
　通勤：JR本八幡駅 8:05発 → 錦糸町駅

・笠井 由美子（本社 広報部長）
　自宅：東京都杉並区阿佐谷南一丁目33番8号　携帯：090-6627-3381
　通勤：自家用車（首都高4号線経由）

・三ツ矢 美帆（第二営業部）
　自宅：東京都江東区東陽五丁目14番3-608号　携帯：080-4172-3359
　通勤：東京メトロ東陽町駅 8:20発 → 日本橋駅

・沖田 伸二（店舗運営部長）
　自宅：神奈川県川崎市中原区今井南町17番5号　携帯：070-5548-2209
　通勤：JR武蔵小杉駅 7:30発 → 東京駅

開始は11月13日（木）朝からを希望します。お見積りを併せてお願いします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Bulleted blocks of five threatened employees with home addresses, mobiles and commute routes to a security company (reasons 1, 3).",
    },
]

# ---------------------------------------------------------------- 041 - 055
MESSAGES += [
    {
        "id": "higaishashien-041",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "損害額算定表の再送",
        "charset": "cp932",
        "body": """大河内様

柘植です。お世話になっております。
先ほどお送りした損害額算定表が開けないとのご連絡をいただきましたので、
保存し直したファイルを再送いたします。
こちらでも開けない場合は、お手数ですがお電話ください。
""" + SIG_TSUGE,
        "attachments": [
            {"kind": "corrupt", "name": "損害額算定表_品川倉庫_v2.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached XLSX is corrupt and cannot be read (reason 7).",
    },
    {
        "id": "higaishashien-042",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["堀 千夏 <hori@shirakawa-law.jp>"],
        "subject": "原本書類の発送のご連絡",
        "charset": "iso-2022-jp",
        "body": """堀様

お世話になっております。宇佐美です。
ご依頼の原本書類を本日、以下のとおり発送いたしました。

　発送方法：レターパックプラス（対面受け取り）
　追跡番号：4471-8830-2264
　内容　　：委任状（原本）1通、防犯カメラ映像DVD-R 1枚、社内報告書（押印版）1通
　到着予定：11月13日（木）午前

もう一件、案件RM-2025-033の資料は宅配便でお送りしています。
　ヤマト運輸 伝票番号：3392-1187-4406

ご査収のほどよろしくお願いいたします。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Shipping notice with tracking numbers and a case number; no personal data.",
    },
    {
        "id": "higaishashien-043",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["サイバー犯罪対策課 鵜飼様 <ukai-s@cyber.police.lg.jp>"],
        "subject": "社長を装ったLINEによるギフトカード詐欺 被害従業員の情報",
        "charset": "utf-8",
        "body": """サイバー犯罪対策課
鵜飼様

お世話になっております。日の出産業の篠原です。
先日ご相談した、弊社社長になりすましたLINEアカウントからの指示により
従業員がギフトカードを購入・送信してしまった件について、
被害に遭った従業員の情報を取りまとめましたのでお送りします。

────────────
社員番号：H17702
氏名：古畑 雅人（ふるはた まさと）
所属：営業本部 第一営業部 課長
携帯：090-8824-1137
被害額：150,000円（ギフトカード 5万円×3枚）
購入店舗：ファミリーマート日本橋室町店
────────────
社員番号：H18841
氏名：新谷 直美（しんたに なおみ）
所属：経理部
携帯：080-3306-7792
被害額：100,000円
購入店舗：ローソン日本橋三丁目店
────────────
社員番号：H20156
氏名：森岡 啓太（もりおか けいた）
所属：店舗運営部
携帯：070-2219-4458
被害額：200,000円
購入店舗：セブン-イレブン人形町店
────────────
社員番号：H21390
氏名：大須賀 玲（おおすが れい）
所属：総務部
携帯：090-7741-0623
被害額：50,000円
購入店舗：ファミリーマート新日本橋駅前店
────────────
社員番号：H19027
氏名：松任谷 健太郎（まつとうや けんたろう）
所属：物流部
携帯：080-6650-2318
被害額：250,000円
購入店舗：ローソン八丁堀店
────────────

LINEのトーク画面のスクリーンショットは各人から提出を受けており、
来署時にお持ちします。
""" + SIG_SHINOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "One block per person: five employees who fell victim to CEO-impersonation fraud, with mobiles and losses, to the police (reasons 1, 3).",
    },
    {
        "id": "higaishashien-044",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["かながわ被害者支援センター 事務局 <jimukyoku@kana-vsc.or.jp>"],
        "subject": "企業向け研修「従業員が被害に遭ったとき」開催のお願い",
        "charset": "iso-2022-jp",
        "body": """かながわ被害者支援センター
事務局 御中

突然のご連絡失礼いたします。日の出産業株式会社 被害相談窓口の南雲と申します。

弊社では、店舗・物流拠点の管理職を対象に、従業員が犯罪被害に遭った際の
初期対応に関する研修を計画しております。つきましては、貴センターの相談員の方に
講師としてお越しいただくことは可能でしょうか。

　対象　：店長・センター長 約40名
　時期　：2026年1月～2月のいずれか（平日午後、2時間程度）
　会場　：弊社横浜西口店 3階研修室
　謝礼　：貴センターの規程に従います

研修では実際の相談事例は用いず、架空事例で進行する予定です。
また、受講者アンケートなどで取得する情報は、機密として適切に管理いたします。

ご検討いただけますと幸いです。
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Training request to a support centre; 機密 used in passing, no personal data, no marking.",
    },
    {
        "id": "higaishashien-045",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["川口市消費生活センター <shohi@shohi-center.kawaguchi.lg.jp>"],
        "subject": "当社社員を名乗る点検商法の被害相談者について",
        "charset": "cp932",
        "body": """川口市消費生活センター 相談員各位

お世話になっております。日の出産業 リスク管理部の宇佐美です。

当社の社員を名乗る者が「給湯器の無料点検」と称して高齢者宅を訪問し、
高額な部品交換代金を請求する事案が相次いでおります。
当社川口店に相談に来られた方のうち、貴センターへの情報提供をご了承いただいた
方々について、下記のとおりお知らせいたします。

氏名　　　　　生年月日　　　　　電話　　　　　　　　　住所　　　　　　　　　　　　　請求額
－－－－－－　－－－－－－－－　－－－－－－－－－－　－－－－－－－－－－－－－－　－－－－－－
仙波　トミ　　昭和１４年２月９日　""" + _zen("048-251-3306") + """　川口市本町３丁目５番２号　　　　１６５，０００円
浅利　重雄　　昭和１９年８月２０日　""" + _zen("048-222-7148") + """　川口市幸町１丁目１２番９号　　　９８，０００円
瀬戸口　操　　昭和２２年１１月３日　""" + _zen("048-255-0917") + """　川口市青木４丁目２番１８号　　　２２０，０００円
鹿島　ヨシ子　昭和１６年５月２７日　""" + _zen("048-283-6642") + """　川口市芝新町７番３号　　　　　　１３２，０００円
久米　清　　　昭和２５年１月１５日　""" + _zen("048-266-4480") + """　川口市西川口５丁目６番２２号　　８８，０００円
杉崎　キヨ　　昭和１２年１２月１日　""" + _zen("048-252-9015") + """　川口市元郷２丁目１１番４号　　　１９８，０００円

当社では、社員が予告なくご自宅を訪問して点検を行うことはない旨、
店頭およびホームページで注意喚起を行っております。
クーリング・オフ等のご支援をお願いできれば幸いです。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Full-width padded list of six elderly fraud victims with 和暦 birth dates, phones and addresses to a municipal consumer centre (reasons 1, 3).",
    },
    {
        "id": "higaishashien-046",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["沖田 伸二 <okita.shinji@hinode-sangyo.com>"],
        "subject": "夜間一人勤務となっている店舗スタッフ（カスハラ対策）",
        "charset": "iso-2022-jp",
        "body": """沖田部長

お疲れさまです。東海林です。
先日の会議でご依頼のあった、閉店時間帯に一人勤務となっているスタッフの一覧です。
このうち、過去に来店客からの暴言・つきまといの申告があった方に★を付けています。
シフト見直しの検討にお使いください。

店舗        氏名          携帯            一人勤務の曜日  申告
----------  ------------  --------------  --------------  ----
錦糸町店    丹羽 菜摘      090-5512-8430   火・木          ★
錦糸町店    早見 航平      080-2269-7714   土
立川店      渡来 ひとみ    070-3318-6602   月・水・金      ★
船橋店      阿南 匠        090-4416-2283   日
船橋店      小此木 一郎    090-6638-0041   火
横浜西口店  鴨下 千里      080-7752-3019   木・土          ★
大宮西口店  潮田 さくら    080-7749-0052   水

よろしくお願いします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Meant for an internal colleague but addressed to hinode-sangyo.com (TLD swap of the own domain), carrying a seven-person staff list: look-alike plus list (reasons 5, 1).",
    },
    {
        "id": "higaishashien-047",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["鳥居 聡 <s-torii@anzen-keibi.co.jp>"],
        "subject": "店舗別 防犯カメラ設置状況（更新見積の前提資料）",
        "charset": "utf-8",
        "body": """鳥居様

お世話になっております。東海林です。
防犯カメラ更新のお見積りの前提として、店舗ごとの設置状況を一覧にしました。
録画機の保存期間が短い店舗を優先して更新したいと考えています。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xlsx", "name": "防犯カメラ設置状況_2025年11月.xlsx",
             "sheets": {
                 "店舗一覧": [
                     ["日の出産業 店舗別防犯カメラ設置状況（2025年11月1日時点）"],
                     ["店舗コード", "店舗名", "所在地", "店舗電話", "カメラ台数", "録画保存日数", "設置年", "更新優先度"],
                     ["S001", "日本橋本店", "東京都中央区日本橋室町1-5-4", "03-5201-8001", 16, 30, 2019, "C"],
                     ["S004", "錦糸町店", "東京都墨田区江東橋3-11-2", "03-5600-2215", 8, 7, 2014, "A"],
                     ["S007", "品川港南店", "東京都港区港南2-16-8", "03-5783-4410", 10, 14, 2017, "B"],
                     ["S011", "川口店", "埼玉県川口市栄町2-4-11", "048-240-3371", 6, 7, 2013, "A"],
                     ["S012", "大宮西口店", "埼玉県さいたま市大宮区桜木町1-9-3", "048-645-7720", 9, 14, 2016, "A"],
                     ["S015", "横浜西口店", "神奈川県横浜市西区南幸2-8-15", "045-312-6650", 12, 30, 2021, "C"],
                     ["S018", "船橋店", "千葉県船橋市本町4-3-20", "047-431-8892", 7, 10, 2015, "B"],
                     ["S021", "立川店", "東京都立川市曙町2-7-1", "042-521-4436", 8, 14, 2018, "B"],
                 ],
                 "物流拠点": [
                     ["拠点名", "所在地", "代表電話", "カメラ台数", "録画保存日数"],
                     ["品川倉庫", "東京都品川区東品川5-2-30", "03-3471-2260", 24, 30],
                     ["川口DC", "埼玉県川口市領家4-18-6", "048-229-1145", 32, 30],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX of shops and warehouses with their addresses and switchboards: a list of business sites, not people.",
    },
    {
        "id": "higaishashien-048",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["NPO法人 在日外国人労働相談ネット 呉様 <go@gaikokujin-soudan.or.jp>"],
        "subject": "弊社従業員（ベトナム国籍）の賃貸詐欺被害についてのご相談",
        "charset": "utf-8",
        "body": """NPO法人 在日外国人労働相談ネット
呉様

はじめまして。日の出産業株式会社 被害相談窓口の南雲と申します。
川口DCで勤務している従業員が、SNSで知り合った仲介業者を名乗る人物に
賃貸物件の初期費用をだまし取られる被害に遭いました。
日本語での手続きに不安があるため、ベトナム語での相談支援をお願いできないかと思い
ご連絡いたしました。

　氏名：グエン・ティ・ホア（NGUYEN THI HOA）
　在留カード番号：UH48217735FA
　在留資格：特定技能1号
　携帯：080-9916-2247（日本語は簡単な会話のみ）
　被害額：約38万円（2025年10月、現金手渡し）

ご本人は警察への相談をためらっており、在留資格への影響を心配しています。
一度お電話でご相談させていただけますでしょうか。
""" + SIG_NAGUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A foreign employee's residence card number, nationality and fraud victimisation sent to an NPO (reasons 2, 3).",
    },
    {
        "id": "higaishashien-049",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["産業保健スタッフ <sangyo-hoken@hr.hinode-sangyo.co.jp>"],
        "subject": "被害を受けた従業員のフォローアップ対象者一覧",
        "charset": "utf-8",
        "body": """産業医 小山先生
保健師 大杉さん

お疲れさまです。リスク管理部の宇佐美です。
今年度、事件・事故で被害を受けた従業員のうち、産業保健面談での
フォローアップをお願いしたい方の一覧をお送りします。
受診状況は本人申告ベースです。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "xlsx", "name": "フォローアップ対象者_2025.xlsx",
             "sheets": {"対象者": [
                 ["社員番号", "氏名", "所属", "生年月日", "事案", "受診状況", "希望面談時期"],
                 ["H21877", "三ツ矢 美帆", "第二営業部", "1991/07/14", "ストーカー被害", "心療内科通院（不眠）", "11月中"],
                 ["H19350", "丹羽 菜摘", "錦糸町店", "1987/05/09", "来店客による暴行", "整形外科通院（骨折）", "復職前"],
                 ["H22406", "早瀬 ひかり", "経理部", "1997/02/11", "通勤途中の暴行", "急性ストレス障害", "12月上旬"],
                 ["H20988", "戸倉 美月", "広報部", "1993/10/30", "SNS誹謗中傷", "抑うつ状態", "復職前"],
                 ["H23514", "潮田 さくら", "大宮西口店", "2001/11/05", "強盗事件", "経過観察", "11月中"],
                 ["H24102", "玄田 勇気", "大宮西口店", "2004/01/28", "強盗事件", "過呼吸・心療内科受診予定", "11月中"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Health and victimisation list of six employees, but the only recipient is on an internal subdomain (hr.hinode-sangyo.co.jp): must go.",
    },
    {
        "id": "higaishashien-050",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["真鍋 周平 <manabe@aozora-sogo-law.jp>"],
        "subject": "FW: 立川店 特定顧客による迷惑行為の報告",
        "charset": "iso-2022-jp",
        "body": """真鍋先生

お世話になっております。篠原です。
先日ご相談した立川店の特定顧客の件、店長からの報告を転送いたします。
出入禁止の通知と、接近禁止の仮処分の可否についてご検討をお願いいたします。

篠原

---------- Forwarded message ---------
From: 立川店 店長 蓮見 <hasumi.t@hinode-sangyo.co.jp>
Date: 2025年11月7日(金) 21:14
Subject: 立川店 特定顧客による迷惑行為の報告
To: 篠原 航 <w.shinohara@hinode-sangyo.co.jp>

篠原課長

立川店の蓮見です。例の男性客（50代、常連）の件で、被害を受けたスタッフを
まとめました。本人たちの了承は取っています。

1. 渡来 ひとみ（パート）090-3318-6602
   レジで連日1時間以上つきまとわれ、退勤後に駐車場で待ち伏せ。睡眠障害で通院中
2. 笹森 玲奈（アルバイト、大学生）080-2275-4419
   私用SNSを特定され、DMが毎日届く
3. 蓮見 徹（店長）090-6614-2087
   「殺すぞ」と怒鳴られた（10/28、録音あり）
4. 糸井 まどか（パート）070-1183-5520
   商品を投げつけられ左手打撲（10/31、通院）
5. 井上 ソフィア（アルバイト）080-6630-9174
   容姿や出身（フィリピン）について侮辱的な発言を繰り返される

立川北警察署には10/29に相談済みです。
よろしくお願いします。
蓮見
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Forward (new text to the lawyer) of a store report listing five harassed staff with mobiles, injuries, a sleep disorder and origin (reasons 1, 3).",
    },
    {
        "id": "higaishashien-051",
        "sender": "Daisuke Tsuge <tsuge@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@meridian-assurance.com>"],
        "subject": "Re: Claim MA-CLM-77120 - documents received",
        "charset": "utf-8",
        "body": """Dear Ms. Raman,

Thank you for confirming receipt. We will send the hotel's incident statement and the
receipts for the replacement laptops by Friday, 21 November.

Regarding your question on the payment, please transfer the reimbursement to our
corporate account as stated on the claim form (not to the individual employees).

Best regards,
Daisuke Tsuge
Hinode Sangyo Co., Ltd.

On Mon, 17 Nov 2025 at 10:02, Priya Raman <priya.raman@meridian-assurance.com> wrote:
> Dear Mr. Tsuge,
>
> We have received the following documents for claim MA-CLM-77120:
>
>   Claimant           DOB           Passport     Police report
>   KOBAYAKAWA Ren     14-02-1990    TR4418276    DW/RPT/2025/118734
>   SHIBUSAWA Aiko     03-08-1995    TS9027731    DW/RPT/2025/118734
>
> Still outstanding: hotel incident statement, receipts for replacement items.
>
> Kind regards,
> Priya Raman, Claims Handler, Meridian Assurance (Asia)
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the passport numbers and birth dates are only in the insurer's own quoted text ('On … wrote:').",
    },
    {
        "id": "higaishashien-052",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["早乙女 香 <saotome@kokochi-care.jp>"],
        "subject": "カウンセリングのご依頼（横浜西口店 従業員）",
        "charset": "iso-2022-jp",
        "body": """株式会社ここちケア
臨床心理士 早乙女様

いつもお世話になっております。日の出産業の南雲です。
EAP契約に基づき、従業員1名のカウンセリングをお願いしたくご連絡いたしました。

対象者は横浜西口店の鴨下 千里さん（41歳）です。
在日コリアン3世であることを知った常連客から、来店のたびに
出自を揶揄する発言や「国に帰れ」といった暴言を受けており、
9月頃から不眠と動悸が続いているとのことです。
ご本人は店舗の異動を希望されていますが、まずは専門家に話を聞いてほしいとのことでした。

初回は対面を希望されています。ご本人の連絡先（携帯 080-7752-3019）に
直接ご連絡いただいて構わないとのことです。
""" + SIG_NAGUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's ethnic origin and health symptoms sent to an EAP counselling firm: special-care data of one person (reason 3).",
    },
    {
        "id": "higaishashien-053",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["ベルリンク 運用チーム <ops-hinode@bell-link.co.jp>"],
        "subject": "アウトバウンド架電リスト（不正ログイン注意喚起）",
        "charset": "utf-8",
        "body": """ベルリンク株式会社
運用チーム ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
不正ログインの注意喚起・パスワード変更のお願いの架電対象リストです。
スクリプトは昨日お送りした v1.2 をご利用ください。氏名は会員番号で照合のうえ、
お電話口でご本人確認をお願いします。

会員番号,電話番号,郵便番号,住所,生年月日
M00281134,090-2215-8846,170-0013,東京都豊島区東池袋4-21-9-302,1978/04/12
M00281790,080-6643-1129,160-0023,東京都新宿区西新宿7-14-3,1985/09/30
M00282215,070-3309-5546,180-0004,東京都武蔵野市吉祥寺本町2-8-11,1969/12/02
M00283067,090-7718-2240,211-0063,神奈川県川崎市中原区小杉町3-44-1,1992/06/25
M00283512,080-1126-9037,273-0005,千葉県船橋市本町6-2-14,1988/01/17
M00284400,048-861-3372,338-0002,埼玉県さいたま市中央区下落合5-10-8,1957/08/08
M00285129,090-4402-6618,190-0012,東京都立川市曙町1-25-7-1105,2000/03/03

架電結果は日次でご報告ください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Comma-separated list of seven customers (no name column) with phones, addresses and birth dates to a call-centre vendor (reason 1).",
    },
    {
        "id": "higaishashien-054",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["雨宮 しずく <amemiya@nishiki-insatsu.co.jp>"],
        "subject": "被害相談窓口カード・ポスター 入稿データについて",
        "charset": "cp932",
        "body": """錦印刷株式会社
雨宮様

いつもお世話になっております。日の出産業の南雲です。
従業員向け「被害相談窓口カード」と店舗掲示用ポスターの入稿データをお送りします。

【カード】名刺サイズ 両面カラー 3,000枚
　表：「ひとりで悩まないで。被害相談窓口」
　裏：フリーダイヤル 0120-37-8160（平日9:00～18:00）
　　　メール higai-soudan@hinode-sangyo.co.jp
　　　夜間・休日：警察相談専用電話 #9110 ／ 性犯罪被害相談 #8103

【ポスター】B2 200枚
　「当社は、従業員へのハラスメントを許しません」
　お客様相談室 0120-37-8161

納期は12月5日でお願いできますでしょうか。お見積りもあわせてお願いいたします。
""" + SIG_NAGUMO,
        "attachments": [
            {"kind": "pdf", "name": "相談窓口カード_入稿用.pdf",
             "lines": ["ひとりで悩まないで。被害相談窓口", "フリーダイヤル 0120-37-8160",
                       "higai-soudan@hinode-sangyo.co.jp", "警察相談専用電話 #9110"]},
            {"kind": "png", "name": "poster_preview.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Print order for hotline cards and posters: company hotline numbers and public numbers only.",
    },
    {
        "id": "higaishashien-055",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["日栄カード 不正利用調査室 <fusei-chosa@nichiei-card.co.jp>"],
        "subject": "追加1件：店頭決済端末でのスキミング疑い",
        "charset": "cp932",
        "body": """日栄カード株式会社 不正利用調査室
ご担当者様

日の出産業の宇佐美です。たびたび失礼いたします。

船橋店の決済端末に不審な装置が取り付けられていた件で、
当該端末を利用された後に不正利用の被害に遭ったとのお申し出が、
お客様から1件追加でございました。

　お客様氏名：榊原 美奈子 様
　カード番号：""" + _cardfmt(card_number(SEED + 113)) + """
　当店利用日：2025年11月2日（船橋店 レジ3番）
　不正利用日：2025年11月5日～6日（海外EC 3件、計84,320円）

お客様にはカード会社へのご連絡をお願いしておりますが、
当社からも念のため共有いたします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A customer's full card number with her name and skimming victimisation in the body to a card company (reasons 2, 3).",
    },
]

# ---------------------------------------------------------------- 056 - 070
MESSAGES += [
    {
        "id": "higaishashien-056",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["河野 <kono@mizuhoshi-hoken.co.jp>"],
        "subject": "来期 被害対応関連費用の見込み（保険設計のご参考）",
        "charset": "utf-8",
        "body": """河野様

お世話になっております。柘植です。
来期の保険設計のご参考として、被害対応関連費用の見込みをお送りします。
社内の予算資料をそのまま抜粋していますので、お取り扱いにはご注意ください。
""" + SIG_TSUGE,
        "attachments": [
            {"kind": "xlsx", "name": "2026年度_被害対応費用見込み.xlsx",
             "page_header": "部外秘", "page_footer": "日の出産業 リスク管理部 部外秘",
             "sheets": {
                 "費用見込み": [
                     ["【部外秘】2026年度 被害対応関連費用見込み（リスク管理部）"],
                     ["費目", "2024年度実績", "2025年度見込", "2026年度計画", "備考"],
                     ["弁護士費用", 6200000, 8400000, 9000000, "顧問料＋個別案件"],
                     ["警備費用（身辺警護含む）", 3100000, 5600000, 4800000, ""],
                     ["カウンセリング（EAP）", 1800000, 2100000, 2400000, ""],
                     ["見舞金・休業補償", 2400000, 4900000, 4000000, ""],
                     ["防犯設備", 12000000, 7500000, 15000000, "カメラ更新"],
                     ["合計", 25500000, 28500000, 35200000, ""],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached budget workbook stamped 部外秘 in its title row and page header/footer, sent to an insurance agency (reason 6).",
    },
    {
        "id": "higaishashien-057",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["矢作 巡査部長 <yahagi-k@minatokita.police.lg.jp>"],
        "subject": "目撃者の連絡先について（品川港南店 10/30 事案）",
        "charset": "iso-2022-jp",
        "body": """矢作様

お世話になっております。日の出産業の東海林です。
先日お問い合わせのあった目撃者の方について、ご本人から警察への連絡先提供の
了承をいただきましたのでお知らせします。

　氏名：柴崎 康弘 様（当日来店されていたお客様）
　電話：090-6625-1047（平日18時以降がつながりやすいとのこと）

事件当時、レジ付近で不審な男性を見かけたとのことです。
よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One witness's name and phone (given with consent) to the police: one person's record, no special-care data; may be warned.",
    },
    {
        "id": "higaishashien-058",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["早乙女 香 <saotome@kokochi-care.jp>"],
        "subject": "10月分 相談引継ぎリスト",
        "charset": "utf-8",
        "body": """早乙女様

お世話になっております。南雲です。
10月に窓口で受け付けた相談のうち、EAPカウンセリングへの引継ぎを
ご本人が希望された方のリストをCSVでお送りします。
各人への初回連絡をお願いいたします。
""" + SIG_NAGUMO,
        "attachments": [
            {"kind": "csv", "name": "EAP引継ぎ_202510.csv", "encoding": "utf-8-sig",
             "rows": [
                 ["受付番号", "カナ氏名", "社員番号", "携帯電話", "相談区分", "症状・状況(本人申告)", "希望連絡時間"],
                 ["C25-1003", "ヒロサワ アオイ", "H22871", "080-2931-4476", "パワハラ", "適応障害で休職中", "平日午前"],
                 ["C25-1011", "カモシタ チサト", "H17460", "080-7752-3019", "カスハラ(出自への侮辱)", "不眠・動悸", "平日夜"],
                 ["C25-1015", "ワタライ ヒトミ", "H19915", "070-3318-6602", "つきまとい", "睡眠障害で通院中", "午後"],
                 ["C25-1019", "トクラ ミヅキ", "H20988", "090-1183-6624", "SNS誹謗中傷", "抑うつ状態", "いつでも"],
                 ["C25-1022", "ゲンダ ユウキ", "H24102", "080-5520-1983", "強盗事件の被害", "過呼吸・不安", "平日夕方"],
                 ["C25-1027", "ソガベ ハヤト", "H18806", "090-4473-2208", "同僚からの無視", "食欲不振", "昼休み"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 (BOM) CSV of six employees in kana with mobiles and mental-health symptoms to an EAP vendor (reasons 1, 3).",
    },
    {
        "id": "higaishashien-059",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["みなと被害者支援センター <info@minato-vsc.or.jp>",
               "東京西部被害者支援ネット <office@tokyo-west-vs.or.jp>",
               "かながわ被害者支援センター <jimukyoku@kana-vsc.or.jp>",
               "北関東被害者支援センター <soudan@kitakanto-vsc.or.jp>"],
        "subject": "【ご案内】企業の被害相談窓口担当者向け勉強会（1/22）",
        "charset": "utf-8",
        "body": """各被害者支援センター ご担当者様

いつも大変お世話になっております。日の出産業株式会社 被害相談窓口の南雲です。

昨年に引き続き、企業の相談窓口担当者と支援センターの皆さまとの勉強会を
下記のとおり開催いたします。ぜひご参加ください。

　日時：2026年1月22日（木）14:00～16:30
　会場：日の出産業本社 7階 大会議室（東京都中央区日本橋三丁目8番2号）
　内容：第1部 講演「企業内で被害を打ち明けられたとき」
　　　　第2部 意見交換（紹介の手順、情報共有時の同意取得）
　定員：30名（各センター2名まで）

ご出欠は1月9日までに、本メールへの返信でお知らせください。
""" + SIG_NAGUMO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Invitation with four external support centres openly in To: recipients visible to each other, should have been Bcc (reason 4).",
    },
    {
        "id": "higaishashien-060",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["小田切 玲奈 <odagiri@shirakawa-law.jp>"],
        "subject": "Re: 時系列表のご送付のお願い",
        "charset": "iso-2022-jp",
        "body": """小田切先生

お世話になっております。宇佐美です。
ご依頼の時系列表をお送りします。Word形式です。
社内報告書の内容を整理したものですが、不足があればお知らせください。

宇佐美

> 宇佐美様
> 次回打合せまでに、事案の時系列表をWordでお送りいただけますでしょうか。
> 小田切
""",
        "attachments": [
            {"kind": "corrupt", "name": "時系列表_RM-2025-033.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached DOCX is corrupt and cannot be inspected (reason 7).",
    },
    {
        "id": "higaishashien-061",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["中央区防犯協会 事務局 <jimu@chuo-bouhan.or.jp>"],
        "subject": "防犯協会会報への寄稿（当社のカスハラ対策）",
        "charset": "cp932",
        "body": """中央区防犯協会 事務局 御中

お世話になっております。日の出産業の東海林です。
会報への寄稿原稿をお送りします。個人情報保護の観点から、
事例はすべて件数と傾向のみとし、個人が特定されない表現にしております。

――――（原稿）――――
「店舗従業員を守るために ― 日の出産業の取り組み」

当社では2024年4月に被害相談窓口を設置し、この1年半で延べ180件の相談を受けました。
うち約4割が来店客による暴言・長時間の拘束などのカスタマーハラスメントでした。
対策として、①複数名対応と録音の原則化、②悪質事案の警察への早期通報、
③被害を受けた従業員へのカウンセリング費用の会社負担、を進めています。
昨年度は警察への通報が12件、出入禁止の通知が7件ありました。
――――――――――――

文字数は約1,200字です。修正等ございましたらご指示ください。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Article with aggregated figures for a crime-prevention association; 個人情報 mentioned in passing, no one identifiable.",
    },
    {
        "id": "higaishashien-062",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会セキュリティ担当 <security@sakura-hotel.jp>"],
        "subject": "12/12 お客様感謝祭 来場お断り対象者リストのご共有",
        "charset": "utf-8",
        "body": """さくらホテル
宴会セキュリティご担当 各位

いつもお世話になっております。日の出産業の東海林です。
12月12日（金）の「お客様感謝祭」につき、過去に当社店舗で暴行・脅迫等の
トラブルを起こし、出入禁止としている人物のリストをお送りします。
受付で該当者を確認された場合は、入場をお断りのうえ当社スタッフにご連絡ください。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xlsx", "name": "来場お断り対象者_20251212.xlsx",
             "title": "来場お断り対象者",
             "sheets": {
                 "対象者": [
                     ["お客様感謝祭（12/12 さくらホテル）来場お断り対象者一覧"],
                     ["作成：日の出産業 リスク管理部　2025年11月"],
                     ["No", "氏名", "生年（推定）", "住所（判明分）", "電話", "特徴", "経緯"],
                     [1, "郷田 勝利", "1971", "東京都墨田区錦糸4-8-2", "090-3377-1182", "坊主頭、身長180cm程度",
                      "錦糸町店で従業員に暴行、2025年9月現行犯逮捕・起訴"],
                     [2, "樋渡 修一", "1965", "東京都立川市錦町3-11-5", "080-2204-6671", "白髪、眼鏡",
                      "立川店で従業員へのつきまとい。警察から警告済み"],
                     [3, "赤星 まゆみ", "1980", "", "070-6615-2093", "茶髪ロング",
                      "大宮西口店で長時間の恫喝、威力業務妨害で2024年に逮捕歴あり"],
                     [4, "竹中 昇", "1958", "千葉県船橋市湊町1-4-9", "090-8872-3315", "杖を使用",
                      "船橋店で「殺す」等の脅迫電話を繰り返す"],
                     [5, "氏家 拓也", "1990", "神奈川県横浜市西区平沼2-6-1", "", "黒キャップ、マスク",
                      "横浜西口店で従業員の盗撮、2025年6月に書類送検"],
                 ],
                 "連絡先": [["当日責任者", "東海林 健吾", "070-3318-5502"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX (title rows above the header) listing five banned people with addresses, phones and arrest/prosecution records, sent to a hotel (reasons 1, 3).",
    },
    {
        "id": "higaishashien-063",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["灰谷 <haitani@nishigaoka.police.lg.jp>"],
        "subject": "RE: 被害者の方々への連絡について",
        "charset": "iso-2022-jp",
        "body": """灰谷様

お世話になっております。篠原です。
承知いたしました。下記の方々には、警察から直接ご連絡が入る旨を
当社からも改めてお伝えしておきます。
当社窓口への問い合わせがあった場合は、灰谷様へおつなぎいたします。

よろしくお願いいたします。

篠原

差出人: 灰谷 <haitani@nishigaoka.police.lg.jp>
送信日時: 2025年11月12日 水曜日 10:31
宛先: 篠原 航 <w.shinohara@hinode-sangyo.co.jp>
件名: 被害者の方々への連絡について

篠原様

被害者一覧ありがとうございました。以下の方々には来週、当署から
事情聴取のため直接連絡いたします。

　二階堂 正雄　045-331-2287
　桑名 フミ子　045-951-6630
　猪俣 勝　　　045-312-8846
　日下部 静江　042-626-5518
　米倉 節子　　045-333-7129

西が丘警察署 生活経済課 灰谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The five victims' names and phones are only in the police's own quoted mail (差出人/送信日時 block); new text has no personal data.",
    },
    {
        "id": "higaishashien-064",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["葛城社会保険労務士事務所 葛城様 <katsuragi@katsuragi-sr.jp>"],
        "subject": "第三者行為災害届の作成依頼（錦糸町店）",
        "charset": "cp932",
        "body": """葛城先生

いつもお世話になっております。日の出産業の宇佐美です。
錦糸町店の従業員が来店客から暴行を受けて負傷した件で、
労災の第三者行為災害届の作成をお願いしたく、必要事項をお送りします。

　被災者氏名　：丹羽 菜摘
　生年月日　　：昭和62年5月9日
　健康保険証　：記号 4411 番号 2087（協会けんぽ 東京支部）
　傷病名　　　：右前腕骨折
　災害発生日時：令和7年9月14日 19時05分頃
　第三者　　　：郷田 勝利（逮捕・起訴済み）
　医療機関　　：墨田中央病院 整形外科

診断書の写しは郵送でお送りします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "An employee's health-insurance card symbol/number, injury and the assailant's arrest sent to a labour consultant (reasons 2, 3).",
    },
    {
        "id": "higaishashien-065",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotels.jp>"],
        "subject": "会議室のご予約（1/22 勉強会）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の南雲です。
下記のとおり会議室の仮予約をお願いいたします。

　日時：2026年1月22日（木）13:00～17:00（設営含む）
　人数：30名（スクール形式）
　備品：プロジェクター、マイク2本
　飲み物：ペットボトルのお茶 30本

当日の担当は南雲と宇佐美です。
お見積りをいただけますでしょうか。
""" + SIG_NAGUMO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Booking meant for partner sakura-hotel.jp goes to sakura-hotels.jp (letter added): look-alike domain (reason 5).",
    },
    {
        "id": "higaishashien-066",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 吉永様 <yoshinaga.m@midori-ginko.co.jp>"],
        "subject": "偽請求書（ビジネスメール詐欺）を受領した取引先一覧",
        "charset": "utf-8",
        "body": """みどり銀行 法人営業部
吉永様

お世話になっております。日の出産業の宇佐美です。

当社の請求書を装い、振込先口座の変更を求める偽メールが取引先に送られていた件、
受領が確認できた取引先の一覧をCSVでお送りします。
いずれも実際の振込はなかったとのことですが、念のため当社の正規口座への
入金モニタリングを強化いただけますと幸いです。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "csv", "name": "偽請求書受領_取引先一覧.csv", "encoding": "cp932",
             "rows": [
                 ["取引先名", "法人番号", "所在地", "代表電話", "受領日", "振込有無"],
                 ["川崎電機株式会社", _corp("020001046217"), "神奈川県川崎市幸区堀川町580", "044-520-1100", "2025/10/27", "なし"],
                 ["北国フーズ株式会社", _corp("043001027854"), "北海道札幌市中央区北三条西4-1", "011-231-7700", "2025/10/27", "なし"],
                 ["青葉運輸株式会社", _corp("037001013366"), "宮城県仙台市青葉区本町2-9-3", "022-262-4410", "2025/10/28", "なし"],
                 ["株式会社マルヤマ商会", _corp("010701018825"), "東京都品川区大崎1-6-4", "03-3491-2238", "2025/10/28", "なし"],
                 ["有限会社とよた精工", _corp("018002004471"), "愛知県豊田市元城町2-15", "0565-32-6610", "2025/10/29", "なし"],
                 ["株式会社ハマナ製作所", _corp("080401006639"), "静岡県浜松市中央区板屋町110", "053-453-8821", "2025/10/30", "なし"],
             ]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "CSV of six business partners with corporate numbers, head-office addresses and switchboards: a list of businesses, not people.",
    },
    {
        "id": "higaishashien-067",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["白川 透 <shirakawa@shirakawa-law.jp>"],
        "subject": "ご相談：障害のある社員への同僚からの嫌がらせ",
        "charset": "utf-8",
        "body": """白川先生

お世話になっております。篠原です。
1件、ご相談させてください。

情報システム部の楠 俊介さん（身体障害者手帳2級、聴覚障害）について、
同じチームの複数の社員が、本人に聞こえないことを前提に会議中に陰口を言ったり、
チャットで本人を揶揄するスタンプを送り合っていたことが判明しました。
本人はこれが原因でうつ状態となり、通院しながら時短勤務をしています。

障害者雇用促進法上の合理的配慮の観点も含め、会社としての責任の範囲と、
関与した社員への処分の相当性についてご意見をいただけますでしょうか。
チャットのログは保全済みです。
""" + SIG_SHINOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's disability and depression in a harassment consultation to an outside law firm (reason 3).",
    },
    {
        "id": "higaishashien-068",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["吉永 <yoshinaga.m@midori-ginko.co.jp>"],
        "subject": "法人口座の入出金通知設定の変更について",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部
吉永様

いつもお世話になっております。日の出産業の宇佐美です。

ビジネスメール詐欺の対策として、当社法人口座（本店営業部 当座 0012874）の
入出金通知の設定を下記のとおり変更したいと考えております。

・振込先口座の新規登録時に、経理部長宛てに即時通知
・100万円以上の振込はダブル承認を必須化
・通知先アドレス：keiri-alert@hinode-sangyo.co.jp

必要な申込書類がございましたら、ご教示いただけますでしょうか。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Company account settings with the bank; a corporate account number only, no personal data.",
    },
    {
        "id": "higaishashien-069",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["岩村 警部補 <t-iwamura@nihonbashi-higashi.police.lg.jp>"],
        "subject": "Re: 脅迫電話の受電状況について",
        "charset": "iso-2022-jp",
        "body": """岩村様

お世話になっております。東海林です。
ご依頼のあった、脅迫電話を直接受けた従業員の一覧をお送りします。
いずれも本人の了承を得ております。

氏名　　　　所属　　　　　　内線　　携帯　　　　　　　受電日時　　　　　内容
堤 一樹　　 お客様相談室　　4521　　090-1172-6638　　11/4 10:12　　　「社長を刺す」
鮫島 玲子　 お客様相談室　　4523　　080-3345-9021　　11/4 15:40　　　「店に火をつける」
新発田 綾　 日本橋本店　　　8010　　090-2874-6615　　11/5 19:55　　　名指しで「帰り道に気をつけろ」
狩野 亮　　 お客様相談室　　4527　　070-6619-2284　　11/6 09:30　　　「爆弾を仕掛けた」
鮫島 玲子　 お客様相談室　　4523　　080-3345-9021　　11/6 14:02　　　同一人物と思われる声
柚木 舞　　 総務部　　　　　4105　　090-5537-1846　　11/7 11:18　　　「社員の家族も知っている」

録音データは、来署時にUSBメモリでお持ちします。

東海林

> 東海林様
> 脅迫電話を受けた方の氏名・連絡先と、受電日時・内容をお知らせください。
> 日本橋東警察署 岩村
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "New text of a reply lists five employees who received threats, with mobiles, to the police (reasons 1, 3); only the request is quoted.",
    },
    {
        "id": "higaishashien-070",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["岸本 由紀子 <kishimoto@minato-vsc.or.jp>"],
        "subject": "先日の付添いのお礼",
        "charset": "utf-8",
        "body": """岸本様

先日は、ご本人の警察署への付添いをしていただき、誠にありがとうございました。
おかげさまで、ご本人も落ち着いて手続きを終えられたと伺っております。

今後も何かとご相談させていただくことがあるかと存じますが、
引き続きどうぞよろしくお願いいたします。

南雲
""" + SIG_NAGUMO + DISC_JP,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Short thank-you to a support centre naming no one; standard disclaimer only.",
    },
]

# ---------------------------------------------------------------- 071 - 085
MESSAGES += [
    {
        "id": "higaishashien-071",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["みやび社労士法人 障害年金チーム <nenkin@miyabi-sr.or.jp>"],
        "subject": "障害年金請求のご依頼（弊社従業員）",
        "charset": "iso-2022-jp",
        "body": """みやび社労士法人
障害年金チーム ご担当者様

はじめてご連絡いたします。日の出産業株式会社 リスク管理部の宇佐美と申します。
弊社の従業員が、業務中に第三者から暴行を受けた後遺症により就労が難しくなっており、
障害年金の請求手続きについてご支援をお願いしたく存じます。

　氏名　　　　：真壁 翔太（まかべ しょうた）
　生年月日　　：平成元年12月3日
　基礎年金番号：""" + "4418-702316" + """
　初診日　　　：令和6年2月19日（品川総合病院 脳神経外科）
　傷病名　　　：外傷性脳損傷による高次脳機能障害
　経緯　　　　：夜間警備中、倉庫に侵入した窃盗犯に殴打され負傷

ご本人とご家族の同意は得ております。
初回面談の日程をご相談させてください。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "An employee's basic pension number, diagnosis and assault victimisation to an outside labour-consultant firm (reasons 2, 3).",
    },
    {
        "id": "higaishashien-072",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["永瀬 圭 <k.nagase@toto-research.co.jp>"],
        "subject": "調査方針のご説明資料",
        "charset": "utf-8",
        "body": """永瀬様

お世話になっております。篠原です。
秘密保持契約の締結、ありがとうございました。
来週の打合せに先立ち、調査方針の説明資料をお送りします。
""" + SIG_SHINOHARA,
        "attachments": [
            {"kind": "pptx", "name": "調査方針_品川倉庫案件.pptx", "page_footer": "極秘　日の出産業株式会社",
             "title": "調査方針（極秘）",
             "slides": [
                 ["品川倉庫 在庫差異に関する調査方針", "2025年11月　リスク管理部"],
                 ["背景", "2025年4月以降、特定品目で在庫差異が拡大", "外部侵入の形跡は確認されていない"],
                 ["調査範囲", "入出庫データと防犯カメラ映像の突合", "夜間帯の入館記録の分析", "協力会社の出入り状況"],
                 ["スケジュール", "11月：データ分析", "12月：関係者ヒアリング", "1月：報告書"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX with a 極秘 footer on every slide (and in its title) sent to an outside investigator (reason 6).",
    },
    {
        "id": "higaishashien-073",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["鳥居 聡 <s-torii@anzen-keibi.co.jp>"],
        "subject": "Re: 警備員配置・身辺警護のお見積り",
        "charset": "cp932",
        "body": """鳥居様

お見積りありがとうございました。東海林です。
社内決裁用に、発注内容を整理したファイルをお送りします。
数量に誤りがないかご確認いただけますでしょうか。

注文番号は PO-2025-11-0472 で発行予定です。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xls", "name": "発注内訳_安全警備保障.xls",
             "sheets": {"内訳": [
                 ["品目", "単価", "数量", "単位", "金額"],
                 ["常駐警備員（日本橋本店・日中）", 38000, 22, "人日", 836000],
                 ["巡回警備（8店舗・夜間）", 12000, 240, "回", 2880000],
                 ["身辺警護（送迎・2名体制）", 65000, 20, "日", 1300000],
                 ["防犯ブザー貸与", 800, 50, "個", 40000],
                 ["小計", "", "", "", 5056000],
                 ["消費税", "", "", "", 505600],
                 ["合計", "", "", "", 5561600],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Order breakdown with prices and a PO number in an XLS: business data only.",
    },
    {
        "id": "higaishashien-074",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様サービス課 <cs-kanto@aoba-unyu.co.jp>"],
        "subject": "置き配荷物の盗難被害 お客様一覧（補償手続きのお願い）",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
お客様サービス課 御中

いつもお世話になっております。日の出産業の宇佐美です。

11月に入り、当社通販商品の置き配後に荷物がなくなったとのお申し出が
同一エリアで相次いでおります。お客様にはそれぞれ最寄りの警察署へ
被害届を出していただいております。
配送記録のご確認と、運送約款に基づく補償のご検討をお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "csv", "name": "置き配盗難_お客様一覧.csv", "encoding": "utf-8",
             "rows": [
                 ["伝票番号", "お客様氏名", "お届け先住所", "電話番号", "配達完了日時", "商品金額", "被害届受理署"],
                 ["4418-2207-6631", "栗山 葉月", "東京都世田谷区三軒茶屋2-14-8-201", "080-3324-7716", "2025/11/03 14:22", "12800", "世田谷北署"],
                 ["4418-2207-7045", "田所 陽介", "東京都世田谷区太子堂4-6-11", "090-6618-2294", "2025/11/04 11:05", "23400", "世田谷北署"],
                 ["4418-2207-8812", "真田 りえ", "東京都世田谷区下馬1-30-5-103", "070-2291-0458", "2025/11/05 16:40", "8900", "世田谷北署"],
                 ["4418-2208-0127", "八代 悟", "東京都目黒区五本木2-9-3", "080-5573-3318", "2025/11/06 10:18", "45600", "目黒南署"],
                 ["4418-2208-1390", "保坂 沙希", "東京都世田谷区若林3-17-20", "090-1139-6672", "2025/11/08 13:51", "15200", "世田谷北署"],
                 ["4418-2208-2276", "牧野 健", "東京都世田谷区上馬5-2-7-405", "070-4480-1126", "2025/11/09 17:33", "31000", "世田谷北署"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of six theft-victim customers with addresses and phones sent to the carrier (reasons 1, 3).",
    },
    {
        "id": "higaishashien-075",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["真鍋 周平 <manabe@aozora-sogo-law.jp>"],
        "subject": "カスハラ被害の類型整理（匿名化済み）",
        "charset": "iso-2022-jp",
        "body": """真鍋先生

お世話になっております。篠原です。
来月の社内研修資料の監修をお願いしている件で、実際の被害事例を
匿名化して整理しました。事例として使ってよいかどうかも含めてご確認ください。

記号  年代・性別  勤務店舗      被害内容                           その後
----  ----------  ------------  ---------------------------------  --------------------------
A     40代女性    立川店        閉店後の駐車場での待ち伏せ          睡眠障害で通院、異動
B     20代女性    立川店        私用SNSの特定、連日のDM             本人希望で退職
C     30代女性    錦糸町店      腕をつかまれ引き倒され骨折          休業4か月、加害者は起訴
D     40代女性    横浜西口店    出自を揶揄する暴言                  不眠、カウンセリング中
E     50代男性    立川店        「殺すぞ」等の脅迫                  警察に相談
F     10代男性    大宮西口店    強盗事件で過呼吸                    心療内科受診

店舗名を出すと特定されるおそれがあるかどうか、ご意見をいただけますと幸いです。
""" + SIG_SHINOHARA,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Pseudonymised six-row list with age band, sex, shop and health outcomes: no names or contacts, but small shops make people re-identifiable; a privacy officer could go either way.",
    },
    {
        "id": "higaishashien-076",
        "sender": "Wataru Shinohara <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["Marcus Tan <marcus.tan@pacificrim-trading.com.sg>",
               "Lena Hoffmann <l.hoffmann@rheinmetall-handel.de>",
               "Arjun Mehta <arjun.mehta@mehta-exports.in>"],
        "subject": "Fraud alert: e-mails impersonating Hinode Sangyo's accounts team",
        "charset": "utf-8",
        "body": """Dear partners,

We have learned that several of our overseas business partners have received
e-mails that appear to come from our accounts department, asking them to send
payments to a new bank account in Hong Kong. These e-mails are fraudulent.

Please note:
  - Hinode Sangyo has NOT changed its bank details.
  - Genuine mail from us always comes from @hinode-sangyo.co.jp.
  - If you receive such a request, please do not reply; call us at +81-3-5201-7730.

We have reported the matter to the Japanese police. We apologise for any
inconvenience this may cause.

Best regards,
Wataru Shinohara
Risk Management Dept., Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Alert to three overseas companies all in To, visible to each other: should have been Bcc (reason 4).",
    },
    {
        "id": "higaishashien-077",
        "sender": "Daisuke Tsuge <tsuge@hinode-sangyo.co.jp>",
        "to": ["Corporate Underwriting <underwriting.jp@meridian-assurance.com>"],
        "subject": "Question on coverage: employee assistance after crime abroad",
        "charset": "utf-8",
        "body": """Dear Underwriting Team,

We are considering adding an endorsement to our corporate travel policy
(MA-TRV-559103) and would appreciate your guidance on two points:

1. Does the current policy cover counselling costs for employees who become
   victims of crime during a business trip? If not, what would an endorsement cost
   for approximately 120 travelling employees per year?
2. Is emergency accommodation for an accompanying colleague covered when the
   victim is hospitalised?

No specific claim is involved; this is for our renewal in April 2026.

Thank you in advance.

Daisuke Tsuge
Insurance & Compensation Group
Hinode Sangyo Co., Ltd.
""" + DISC_EN + """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
宛先以外の方が受信された場合は、破棄してくださいますようお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English coverage question with bilingual confidentiality disclaimers; no person, no marking.",
    },
    {
        "id": "higaishashien-078",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["ときわ損保 損害サービス課 <songai-service@tokiwa-sonpo.co.jp>"],
        "subject": "保険金請求書式一式（記入前）のご確認",
        "charset": "iso-2022-jp",
        "body": """ときわ損害保険 損害サービス課 ご担当者様

お世話になっております。日の出産業の柘植です。
店舗に配布する予定の保険金請求書式（未記入のひな形）をZIPでお送りします。
御社の最新様式と相違がないか、ご確認いただけますでしょうか。
""" + SIG_TSUGE,
        "attachments": [
            {"kind": "zip", "name": "請求書式ひな形_2025.zip",
             "files": [
                 {"kind": "docx", "name": "保険金請求書_ひな形.docx",
                  "paragraphs": ["保険金請求書", "請求者氏名：＿＿＿＿＿＿＿＿", "住所：＿＿＿＿＿＿＿＿＿＿＿",
                                 "事故日時：＿＿年＿＿月＿＿日", "事故の状況：", ""]},
                 {"kind": "pdf", "name": "事故状況説明書_ひな形.pdf",
                  "lines": ["事故状況説明書", "1. 事故の日時", "2. 事故の場所", "3. 事故の状況（図示）",
                            "4. 警察への届出（届出署・受理番号）"]},
                 {"kind": "txt", "name": "記入要領.txt",
                  "text": "記入要領\n・黒のボールペンで記入してください\n・訂正は二重線と訂正印\n"},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Plain ZIP of blank claim-form templates (DOCX, PDF, TXT): readable, no personal data.",
    },
    {
        "id": "higaishashien-079",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["経理部 三宅 <miyake.j@hinode-sangyo.co.jp>"],
        "subject": "見舞金支払分の支払調書作成用データ",
        "charset": "cp932",
        "body": """三宅さん

お疲れさまです。柘植です。
今年度、会社から見舞金・休業補償を支払った従業員の支払調書用データです。
個人番号を含むため、経理部の番号管理フォルダに格納後、このメールは削除してください。

氏名,個人番号,住所,支払額
丹羽 菜摘,""" + my_number(SEED + 2) + """,東京都墨田区石原4-22-7-305,300000
早瀬 ひかり,""" + my_number(SEED + 3) + """,東京都江東区大島6-1-14-502,150000
真壁 翔太,""" + my_number(SEED + 4) + """,東京都品川区南大井3-19-6,500000
阿久津 翔,""" + my_number(SEED + 5) + """,埼玉県さいたま市北区日進町2-1180-3,100000
潮田 さくら,""" + my_number(SEED + 6) + """,埼玉県さいたま市大宮区三橋1-803,100000

よろしくお願いします。
""" + SIG_TSUGE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "Five employees' My Numbers and addresses, but sent only to the internal accounting department: must go.",
    },
    {
        "id": "higaishashien-080",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["西が丘警察署 生活安全課 <seian-ka@nishigaoka.police.lg.jp>"],
        "subject": "横浜西口店 試着室盗撮事案 被害のお客様への聴取日程",
        "charset": "utf-8",
        "body": """西が丘警察署 生活安全課 御中

お世話になっております。日の出産業の東海林です。
横浜西口店の試着室で発見された盗撮機器の件、映像から特定でき、
かつ聴取にご協力いただけるお客様との日程調整の結果を
Wordファイルにまとめましたので送付いたします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "被害者聴取日程_横浜西口店.docx",
             "page_footer": "日の出産業株式会社 リスク管理部",
             "paragraphs": ["横浜西口店 試着室盗撮事案 被害者聴取日程（案）", "",
                            "1. 菅谷 ゆり 様（32歳）TEL 080-6627-1193",
                            "　 聴取希望：11月17日（月）10:00 署にて",
                            "2. 中条 千佳 様（27歳）TEL 090-2258-4410",
                            "　 聴取希望：11月17日（月）14:00 署にて",
                            "3. 奥寺 恵 様（45歳）TEL 070-3316-8827",
                            "　 聴取希望：11月18日（火）11:00 自宅近くの交番",
                            "4. 羽鳥 なつき 様（19歳）TEL 080-1142-6605",
                            "　 聴取希望：11月19日（水）16:00 署にて（保護者同伴）",
                            "5. 三好 彩乃 様（38歳）TEL 090-7781-3320",
                            "　 聴取希望：11月20日（木）10:30 署にて",
                            "", "※いずれも女性警察官による聴取をご希望です。"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX listing five customers who were voyeurism victims, with ages and phones, to the police (reasons 1, 3).",
    },
    {
        "id": "higaishashien-081",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 総務部 防犯担当 <soumu@sakura-hotel.jp>"],
        "subject": "FW: 【防犯情報】年末年始の特殊詐欺・ひったくりにご注意ください",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 総務部 ご担当者様

お世話になっております。日の出産業の東海林です。
先日の防犯連絡会でお話しした件、日本橋東警察署の防犯メールを転送します。
フロントでのご案内にお役立てください。

-------- Forwarded Message --------
件名: 【防犯情報】年末年始の特殊詐欺・ひったくりにご注意ください
差出人: 日本橋東警察署 生活安全課 <bouhan-mail@nihonbashi-higashi.police.lg.jp>
日付: 2025/11/10 9:00

管内の事業所の皆さまへ

年末年始にかけて、次の犯罪が増加する傾向にあります。
・警察官や金融機関職員を名乗り、キャッシュカードをだまし取る「預貯金詐欺」
・自転車やバイクによる「ひったくり」（特に夕方の駅周辺）
・ホテル・飲食店での置き引き

従業員の皆さまへの周知と、来訪者への声かけにご協力をお願いします。
不審な人物を見かけた場合は、ためらわず110番通報してください。

日本橋東警察署 生活安全課 防犯係
TEL 03-3661-0110（代表）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Forward of a general police crime-prevention bulletin: no personal data.",
    },
    {
        "id": "higaishashien-082",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様サービス課 <cs-kanto@aoba-unyu.jp>"],
        "subject": "伝票番号 4418-2208-3301 の配達状況確認",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 お客様サービス課 御中

お世話になっております。日の出産業の宇佐美です。

伝票番号 4418-2208-3301（11月10日配達完了）の荷物について、
お届け先のお客様から「受け取っていない」とのお申し出がありました。
配達時の写真・GPS記録のご確認をお願いできますでしょうか。

お届け先：世田谷区若林の個人のお客様（詳細は伝票番号でご確認ください）

よろしくお願いいたします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Addressed to aoba-unyu.jp instead of the partner aoba-unyu.co.jp (co. dropped): look-alike domain (reason 5).",
    },
    {
        "id": "higaishashien-083",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["小田切 玲奈 <odagiri@shirakawa-law.jp>"],
        "subject": "就業規則（ハラスメント条項）改定案のご確認",
        "charset": "utf-8",
        "body": """小田切先生

お世話になっております。篠原です。
カスタマーハラスメント対応を就業規則に明記するため、改定案を作成しました。
新旧対照表をWordでお送りしますので、ご確認をお願いいたします。
""" + SIG_SHINOHARA,
        "attachments": [
            {"kind": "docx", "name": "就業規則_新旧対照表_ハラスメント条項.docx",
             "paragraphs": ["就業規則 新旧対照表（第42条～第44条）"],
             "tables": [[
                 ["条", "現行", "改定案"],
                 ["第42条", "従業員は、職場におけるハラスメントを行ってはならない。",
                  "従業員は、職場におけるハラスメントを行ってはならない。会社は、顧客等からの著しい迷惑行為から従業員を保護する。"],
                 ["第43条", "（新設）", "会社は、被害を受けた従業員に対し、休養、医療機関の受診及びカウンセリングの機会を提供する。"],
                 ["第44条", "相談窓口は人事部に置く。", "相談窓口はリスク管理部及び人事部に置く。"],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Draft work-rule amendment in a DOCX table to the company's law firm: no personal data, no marking.",
    },
    {
        "id": "higaishashien-084",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["真鍋 周平 <manabe@aozora-sogo-law.jp>"],
        "subject": "Re: 警告書の送付先について",
        "charset": "iso-2022-jp",
        "body": """真鍋先生

お世話になっております。篠原です。
お問い合わせの件、警告書の送付先は相手方の勤務先とすることで社内合意しました。
取引先企業の担当窓口は以下のとおりです。

　株式会社ミナモト商事 総務部 法務課
　課長 桑田 健一 様
　〒150-0002 東京都渋谷区渋谷2-21-5 ミナモトビル8F
　TEL 03-6418-2250（代表）

先方には、事前に当社の営業担当から連絡を入れておきます。
よろしくお願いいたします。

> 篠原様
> 警告書は相手方個人の自宅宛てとするか、勤務先宛てとするか、ご方針をお知らせください。
> 真鍋
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "One business contact of a client company (office address and switchboard): business contact data, not a personal record.",
    },
    {
        "id": "higaishashien-085",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "Re: 会議室のご予約（1/22 勉強会）― 宛先誤りのお詫びと再送",
        "charset": "utf-8",
        "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の南雲です。
先ほどのメールを誤ったアドレスに送ってしまいましたので、改めてお送りいたします。

　日時：2026年1月22日（木）13:00～17:00（設営含む）
　人数：30名（スクール形式）
　備品：プロジェクター、マイク2本、演台
　飲み物：ペットボトルのお茶 30本

お見積りは、請求先「日の出産業株式会社 リスク管理部」でお願いいたします。
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Room booking with the real partner hotel domain: ordinary business mail.",
    },
]

# ---------------------------------------------------------------- 086 - 100
MESSAGES += [
    {
        "id": "higaishashien-086",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["やまびこ火災海上 事故受付センター <jiko-uketsuke@yamabiko-kasai.co.jp>"],
        "cc": ["河野 <kono@mizuhoshi-hoken.co.jp>"],
        "subject": "個人情報漏えい保険 事故報告（緊急連絡網の盗難）",
        "charset": "utf-8",
        "body": """やまびこ火災海上保険株式会社
事故受付センター ご担当者様

お世話になっております。日の出産業株式会社の柘植です。
（代理店：みずほし保険サービス 河野様にもCCしております）

11月9日、錦糸町店の副店長が帰宅途中にひったくり被害に遭い、
バッグ内にあった店舗の緊急連絡網（紙）が盗まれました。
記載されていた従業員の情報を添付のとおり取りまとめましたので、
個人情報漏えい保険の事故報告としてお受けください。
本所南警察署に被害届提出済みです。
""" + SIG_TSUGE,
        "attachments": [
            {"kind": "xlsx", "name": "盗難_緊急連絡網_記載内容.xlsx",
             "sheets": {
                 "錦糸町店": [
                     ["錦糸町店 緊急連絡網（2025年10月版）記載内容"],
                     ["順", "氏名", "役職", "自宅住所", "携帯電話", "緊急連絡先（続柄）"],
                     [1, "大門 悠真", "副店長", "千葉県市川市八幡2-9-12-203", "080-4419-0378", "大門 佳子（妻）090-3370-1152"],
                     [2, "丹羽 菜摘", "主任", "東京都墨田区石原4-22-7-305", "090-5512-8430", "丹羽 康夫（父）03-3622-4187"],
                     [3, "早見 航平", "スタッフ", "東京都江東区亀戸5-3-18", "080-2269-7714", "早見 律子（母）080-6615-2290"],
                     [4, "桐谷 あかね", "パート", "東京都墨田区太平2-11-4", "070-1187-3325", "桐谷 誠（夫）090-4428-6613"],
                     [5, "マリア・サントス", "パート", "東京都江戸川区平井6-30-2-101", "080-9931-4472", "—"],
                     [6, "須藤 勇人", "アルバイト", "千葉県市川市南八幡4-5-9", "090-2215-8890", "須藤 弘美（母）047-377-2214"],
                 ],
                 "本部連絡先": [
                     ["部署", "電話"],
                     ["店舗運営部", "03-5201-7740"],
                     ["リスク管理部", "03-5201-7791"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "XLSX (two sheets) with six employees' home addresses, mobiles and family contacts to an insurer and agency (reason 1); two external organisations.",
    },
    {
        "id": "higaishashien-087",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["miho.m.0714@icloud.com"],
        "subject": "来週のお打合せの件",
        "charset": "iso-2022-jp",
        "body": """三ツ矢さん

こんにちは、南雲です。
ご希望どおり、こちらのアドレスにご連絡しますね。

来週のお打合せですが、11月19日（水）15時から、本社7階の小会議室で
確保できました。篠原課長も同席します。
ご都合が悪ければ、遠慮なくおっしゃってください。

当日は正面玄関ではなく、地下駐車場側の通用口からお入りください。
警備員に伝えてあります。

南雲
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Meeting arrangement sent to one employee's private address; no case details or special-care data.",
    },
    {
        "id": "higaishashien-088",
        "sender": "Wataru Shinohara <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["Helen Lindqvist <h.lindqvist@lindqvist-park.com>"],
        "subject": "CONFIDENTIAL - Engagement for investigation support (Singapore)",
        "charset": "utf-8",
        "body": """CONFIDENTIAL
Attorney-client privileged communication

Dear Ms. Lindqvist,

Thank you for the call yesterday. As discussed, we would like to engage your firm
to support our internal investigation of the suspected misappropriation of funds at
our Singapore sales office.

Scope of work (draft):
  1. Review of the office's expense and payment records from April 2024.
  2. Advice on reporting obligations to the Singapore Police Force.
  3. Advice on the recovery of funds and on insurance notification.

Please send us your engagement letter and fee estimate. We would like to start
on 1 December 2025.

Kind regards,
Wataru Shinohara
Manager, Crisis Management Section
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Mail classified CONFIDENTIAL in the subject and as a header stamp, sent to a foreign law firm (reason 6).",
    },
    {
        "id": "higaishashien-089",
        "sender": "Wataru Shinohara <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["Helen Lindqvist <h.lindqvist@lindqvist-park.com>"],
        "subject": "Re: Request for your crime-victim support policy",
        "charset": "utf-8",
        "body": """Dear Ms. Lindqvist,

Thank you for your message. Our full victim-support manual is classified as
Internal Only, so I am afraid I cannot share it as it is. However, the main
points of our policy are as follows:

  - Every employee can contact our victim-support desk 24/7.
  - We cover counselling and medical costs resulting from crime during work.
  - We accompany employees to the police if they wish.

I hope this is sufficient for your benchmarking survey. Please let me know if
you need anything else.

Best regards,
Wataru Shinohara

> Dear Mr. Shinohara,
> For our benchmarking survey of Japanese companies, could you share your
> policy on supporting employees who become victims of crime?
> Best, Helen
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "'Internal Only' is mentioned about a document that is not sent; the mail itself is not marked and carries no personal data.",
    },
    {
        "id": "higaishashien-090",
        "sender": "南雲 さやか <nagumo-s@hinode-sangyo.co.jp>",
        "to": ["東京西部被害者支援ネット 相談室 <soudan@tokyo-west-vs.or.jp>"],
        "subject": "立川駅前の通り魔事件 被害従業員のご紹介（5名）",
        "charset": "cp932",
        "body": """東京西部被害者支援ネット
相談室 ご担当者様

お世話になっております。日の出産業 被害相談窓口の南雲です。
11月6日夕方、立川駅北口で発生した通り魔事件で、帰宅途中の弊社立川店の
従業員5名が被害に遭いました。いずれもご本人が支援センターでの相談を希望しており、
ご紹介させていただきます。詳細は添付のとおりです。

ご多忙のところ恐縮ですが、各人へのご連絡をお願いいたします。
""" + SIG_NAGUMO,
        "attachments": [
            {"kind": "csv", "name": "ご紹介者一覧_立川駅前事件.csv", "encoding": "cp932",
             "rows": [
                 ["氏名", "ふりがな", "年齢", "電話番号", "負傷・心身の状況", "希望する支援"],
                 ["渡来 ひとみ", "わたらい ひとみ", "44", "070-3318-6602", "左腕切創。不眠・フラッシュバック", "カウンセリング"],
                 ["笹森 玲奈", "ささもり れいな", "20", "080-2275-4419", "外傷なし。強い恐怖感", "カウンセリング、保護者への説明"],
                 ["糸井 まどか", "いとい まどか", "52", "070-1183-5520", "転倒し右膝骨折、入院中", "犯罪被害給付制度の説明"],
                 ["樫村 大介", "かしむら だいすけ", "36", "090-4471-6658", "背部刺創、入院中。PTSDの疑い", "法廷付添い、給付制度"],
                 ["井上 ソフィア", "いのうえ そふぃあ", "23", "080-6630-9174", "右手切創。通院中", "カウンセリング（英語可）"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of five crime-victim employees with phones, injuries and PTSD suspicion to a support centre (reasons 1, 3).",
    },
    {
        "id": "higaishashien-091",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["miho.m.0714@icloud.com",
               "日向 弁護士 <hyuga@himawari-law.jp>",
               "岩村 警部補 <t-iwamura@nihonbashi-higashi.police.lg.jp>"],
        "subject": "三ツ矢さんの件 今後の進め方について",
        "charset": "iso-2022-jp",
        "body": """三ツ矢さん
ひまわり法律事務所 日向先生
日本橋東警察署 岩村様

お世話になっております。日の出産業の篠原です。
三ツ矢さんへのストーカー被害の件、本日の打合せ内容を共有いたします。

・11月14日：警察から相手方（久我氏）へ2回目の警告を実施（岩村様）
・日向先生より、接近禁止の仮処分申立ての準備に着手
・会社として、三ツ矢さんの勤務地を当面在宅中心とし、出社時は警備会社の送迎を手配
・三ツ矢さんの通院（心療内科）は継続、費用は会社負担

次回は11月28日に改めて状況を確認させてください。
""" + SIG_SHINOHARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient", "personal_data"],
        "note": "The victim (free mail), her lawyer and the police, three external parties, all in To; the mail also names her stalking case and clinic visits (reasons 4, 3).",
    },
    {
        "id": "higaishashien-092",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "Re: 事故受付No.TK25-118804 お支払額のご案内",
        "charset": "cp932",
        "body": """大河内様

お世話になっております。柘植です。
お支払額のご案内ありがとうございます。下記の内容で承知いたしました。

　事故受付No.：TK25-118804
　認定損害額　：397,300円
　免責金額　　：10,000円
　お支払額　　：387,300円
　お支払予定日：2025年11月28日

お支払いは、先日お伝えした各人の口座へ直接お振込みいただく形で問題ございません。
受領後、こちらで各人に確認いたします。

> 日の出産業株式会社 柘植様
> 標記事故について、お支払額が確定いたしましたのでご案内いたします。
> ときわ損害保険 大河内
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Claim settlement amounts and a claim number; no one named, no account numbers.",
    },
    {
        "id": "higaishashien-093",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "忘年会会場での置き引き被害 被害届控えの送付",
        "charset": "utf-8",
        "body": """大河内様

お世話になっております。柘植です。
12月5日の部門忘年会（会場：さくらホテル）で発生した置き引きの件、
被害に遭った社員の被害届控えをPDFにしてお送りします。
施設賠償の対象となるか、ホテル側の保険との関係も含めてご確認ください。
""" + SIG_TSUGE,
        "attachments": [
            {"kind": "pdf", "name": "被害届控え_20251205.pdf", "title": "被害届（控）",
             "lines": ["被害届（控）", "",
                       "届出人　　：萩原 涼子（日の出産業株式会社 経理部）",
                       "生年月日　：1984年3月21日",
                       "住所　　　：東京都台東区根岸3-14-6-402",
                       "電話　　　：090-6645-2218",
                       "被害日時　：2025年12月5日 20時30分頃",
                       "被害場所　：さくらホテル日本橋 2階 宴会場「楓」",
                       "被害品　　：ハンドバッグ（財布、現金約35,000円、スマートフォン）",
                       "　　　　　　クレジットカード 1枚 番号 " + _cardfmt(card_number(SEED + 114)),
                       "カード会社への利用停止連絡：12月5日 22時10分",
                       "受理署　　：日本橋東警察署 受理番号 第2025-06218号"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD",
                     "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF copy of a theft report with an employee's card number, address, DOB and victimisation sent to the insurer (reasons 2, 3).",
    },
    {
        "id": "higaishashien-094",
        "sender": "桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事総務部 <jinji-soumu@kitaguni-foods.co.jp>"],
        "subject": "カスタマーハラスメント対策 合同勉強会のご案内",
        "charset": "utf-8",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>北国フーズ株式会社<br>人事総務部 ご担当者様</p>
<p>いつも大変お世話になっております。日の出産業の桐生でございます。</p>
<p>小売・食品業界の数社で、カスタマーハラスメント対策の合同勉強会を開催することになりました。
御社にもぜひご参加いただきたく、ご案内申し上げます。</p>
<ul>
<li>日時：2026年2月6日（金）13:30～17:00</li>
<li>会場：日の出産業本社 7階 大会議室</li>
<li>講師：白川法律事務所 弁護士 白川 透 氏／みなと被害者支援センター 相談員</li>
<li>参加費：無料（各社3名まで）</li>
</ul>
<p>ご参加の可否を1月16日までにお知らせいただけますと幸いです。</p>
<p style="color:#555;font-size:9pt">日の出産業株式会社 執行役員 リスク管理部長 桐生 真澄<br>
〒103-0027 東京都中央区日本橋三丁目8番2号 TEL 03-5201-7790</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only invitation to a partner company's department: speakers named only in their professional role, no personal data.",
    },
    {
        "id": "higaishashien-095",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["森下様 <morishita-a@nihonbashi-higashi.police.lg.jp>"],
        "subject": "店舗向け防犯講習会 次第（案）",
        "charset": "iso-2022-jp",
        "body": """森下様

お世話になっております。日の出産業の東海林です。
12月4日の防犯講習会の次第（案）をPDFでお送りします。
講師の方のお名前・ご所属の表記に誤りがないか、ご確認いただけますでしょうか。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "pdf", "name": "防犯講習会_次第_案.pdf", "title": "防犯講習会 次第",
             "lines": ["店舗向け防犯講習会 次第（案）", "日時：2025年12月4日（木）14:00～16:00",
                       "会場：日本橋東警察署 3階 講堂", "",
                       "1. 開会挨拶　日の出産業株式会社 リスク管理部 東海林 健吾",
                       "2. 講話「店舗を狙う犯罪の最近の傾向」　日本橋東警察署 生活安全課 森下 氏",
                       "3. 実習「不審者への声かけ・通報の手順」",
                       "4. 質疑応答", "5. 閉会"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Seminar programme in a PDF with speakers named only by role; no personal data.",
    },
    {
        "id": "higaishashien-096",
        "sender": "宇佐美 理沙 <r-usami@hinode-sangyo.co.jp>",
        "to": ["小田切 玲奈 <odagiri@shirakawa-law.jp>"],
        "subject": "Re: 社内調査についてのご質問",
        "charset": "iso-2022-jp",
        "body": """小田切先生

お世話になっております。宇佐美です。
ご質問の件、以下のとおり回答いたします。

> 1. 聴取は何名で実施しましたか。録音はありますか。
2名（篠原・宇佐美）で実施し、全員の同意を得て録音しています。

> 2. 行為者に弁明の機会を与えましたか。
10月9日の聴取の際に弁明を聴取し、記録に残しています。

> 3. 同種の申告は過去にありましたか。
2022年度に同じ部署で1件ありましたが、当時は注意指導で終了しています。

> 4. 申告者の意向（処分の希望等）は確認済みですか。
確認済みです。詳細は次回のお打合せで口頭でお伝えします。

以上、よろしくお願いいたします。
""" + SIG_USAMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Inline answers to a lawyer's quoted questions; no names or personal data in the new text.",
    },
    {
        "id": "higaishashien-097",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 安全管理課 <anzen-kanri@kawasakl-denki.co.jp>"],
        "subject": "合同防犯訓練（川崎DC・川崎電機様 隣接工場）の打合せ",
        "charset": "utf-8",
        "body": """川崎電機株式会社
総務部 安全管理課 御中

いつもお世話になっております。日の出産業の篠原です。

隣接する弊社川崎DCと御社工場での合同防犯訓練（不審者侵入想定）について、
打合せの日程をご相談させてください。

　候補：11月26日（水）、27日（木）、12月2日（火）いずれも10:00～11:00
　場所：弊社川崎DC 1階会議室

参加予定は弊社3名（危機管理課、川崎DCセンター長、警備担当）です。
よろしくお願いいたします。
""" + SIG_SHINOHARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Addressed to kawasakl-denki.co.jp (l for i) instead of the partner kawasaki-denki.co.jp: homoglyph look-alike (reason 5).",
    },
    {
        "id": "higaishashien-098",
        "sender": "東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>",
        "to": ["危機管理課 <kikikanri@hinode-sangyo.co.jp>"],
        "cc": ["物流部 品川倉庫 所長 <shinagawa-soko@mail.hinode-sangyo.co.jp>"],
        "subject": "FW: 事情聴取対象者の追加について（みなと北署）",
        "charset": "utf-8",
        "body": """課内各位、品川倉庫 所長

東海林です。みなと北署から聴取対象者の追加連絡がありましたので、
元のメールを添付で共有します。該当者への声かけは所長からお願いします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "eml", "name": "事情聴取対象者の追加について.eml",
             "message": {
                 "sender": "矢作 <yahagi-k@minatokita.police.lg.jp>",
                 "to": ["東海林 健吾 <shoji.kengo@hinode-sangyo.co.jp>"],
                 "subject": "事情聴取対象者の追加について",
                 "charset": "iso-2022-jp",
                 "body": """日の出産業株式会社 東海林様

先日の5名に加え、以下の方々からもお話を伺いたく、調整をお願いします。

　城之内 拓　（派遣 入荷チーム）　070-8842-1903　1996年8月2日生
　江副 大樹　（派遣 入荷チーム）　080-1134-5570　1993年2月15日生
　浜口 優　　（青葉運輸 ドライバー）090-7720-3364　1988年11月9日生
　富樫 良平　（青葉運輸 ドライバー）090-3321-7745　1979年4月28日生
　芹沢 歩　　（ツバサシステム）　　080-2207-6638　1990年6月6日生

みなと北警察署 刑事課 矢作""",
             }},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "Forward of a police mail listing five people with phones and birth dates, but only to internal addresses (incl. mail.hinode-sangyo.co.jp): must go.",
    },
    {
        "id": "higaishashien-099",
        "sender": "篠原 航 <w.shinohara@hinode-sangyo.co.jp>",
        "to": ["法務部 <legal@hinode-sangyo.co.jp>"],
        "cc": ["伊集院 恵 <ijuin.megumi@hinode-sangyo.co.jp>", "桐生 真澄 <kiryu.masumi@hinode-sangyo.co.jp>"],
        "subject": "【至急】従業員の逮捕について（お客様の財布窃取の容疑）",
        "charset": "iso-2022-jp",
        "body": """法務部 各位

篠原です。取り急ぎご報告です。

本日午前、日本橋本店のスタッフ 氷室 拓真（社員番号 H23377、26歳）が、
来店客の財布を窃取した容疑で日本橋東警察署に逮捕されたとの連絡が、
ご家族（母親、携帯 090-2286-5514）からありました。

・被害に遭われたお客様は、11月8日に店頭で財布の紛失を申し出た60代の女性と思われます
・本人は容疑を認めているとのこと（ご家族経由の情報）
・店舗の防犯カメラ映像は保全済み

被害者対応（お詫び・弁済）と、本人の処分、報道対応の方針について、
本日17時から協議させてください。

篠原
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "An employee's arrest (special-care data) is reported, but only to internal recipients: must go.",
    },
    {
        "id": "higaishashien-100",
        "sender": "柘植 大輔 <tsuge@hinode-sangyo.co.jp>",
        "to": ["大河内 隆 <t.okochi@tokiwa-sonpo.co.jp>"],
        "subject": "カスハラ対応費用保険の請求様式について",
        "charset": "iso-2022-jp",
        "body": """大河内様

いつもお世話になっております。日の出産業の柘植です。

カスハラ対応費用保険で弁護士費用・カウンセリング費用を請求する場合の
様式一式をお送りいただけますでしょうか。
また、外部の調査会社に委託した費用も対象となるか、ご教示ください。
調査会社とは秘密保持契約を締結済みで、報告書の提出には先方の同意が必要です。

来月以降、数件の請求を予定しております。
どうぞよろしくお願いいたします。
""" + SIG_TSUGE + DISC_JP + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Question about claim forms; mentions an NDA and carries bilingual disclaimers, no personal data, no marking.",
    },
]
