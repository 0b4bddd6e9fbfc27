"""Blind corpus, area kondankai: invitations to and RSVPs for 懇親会, 交流会, OB会 and dinners with business partners — booking the venue with the hotel or restaurant, counting who attends, collecting the fee (会費) and refunds, name badges (名札) from the printer, shuttle buses and hired cars (送迎), the after-party (二次会); with the lists, dietary notes, payment details, forwards, reply threads and attachments that such mail really carries, in Japanese (ISO-2022-JP, Shift_JIS, UTF-8) and English."""

from build import card_number, my_number

SEED = 70001

_CARD_DEPOSIT = card_number(SEED + 1)
_MN_SPEAKER = my_number(SEED + 2)
_MN_SPEAKER_INTERNAL = my_number(SEED + 3)
_MN_NEWHIRE = my_number(SEED + 4)
_CARD_QUOTED = card_number(SEED + 5)
_CARD_INTERNAL = card_number(SEED + 6)


def _sp(n: str) -> str:
    """A card number written in groups of four, as people type it."""
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


_SIG_MORISHITA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　総務部 総務課
森下 陽子（もりした ようこ）
〒105-0013 東京都港区浜松町3-8-12 日の出ビル5F
TEL 03-5403-7710（代表）／内線 2231
morishita.yoko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

_SIG_KAGAYA = """
--
日の出産業株式会社
営業本部 営業一部　加賀谷 亮
TEL: 03-5403-7721  FAX: 03-5403-7799
Mobile: 080-4417-2309
r.kagaya@hinode-sangyo.co.jp"""

_SIG_OB = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業OB会 事務局（日の出産業株式会社 人事部内）
担当：野々村 恭子
〒105-0013 東京都港区浜松町3-8-12
TEL 03-5403-7740（人事部直通）
ob-jimukyoku@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

_SIG_SAKAMAKI = """
------------------------------------------------------------
日の出産業株式会社 営業企画部
坂巻 智子 Tomoko Sakamaki
〒105-0013 東京都港区浜松町3-8-12 日の出ビル
Tel 03-5403-7735 / sakamaki-t@hinode-sangyo.co.jp
------------------------------------------------------------"""

_SIG_TACHIBANA = """
===========================
日の出産業株式会社　秘書室
立花 みのり
TEL：03-5403-7702
tachibana.minori@hinode-sangyo.co.jp
==========================="""

_DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

_DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it."""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "kondankai-001",
        "charset": "utf-8",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "cc": ["r.kagaya@hinode-sangyo.co.jp"],
        "subject": "【日の出産業】11/20 取引先懇親会 出席者名簿のご送付",
        "body": """さくらホテル 宴会予約係
篠原様

いつも大変お世話になっております。日の出産業の森下でございます。

11月20日（金）「桜の間」にて開催いたします取引先懇親会につきまして、
出席者名簿がまとまりましたので添付にてお送りいたします。

・受付での名札のお渡し
・お車でお越しの方へのご連絡（駐車券の件）
に使っていただければと存じます。

当日の受付は18:00開始を予定しております。
ご不明な点がございましたらご連絡くださいませ。

よろしくお願いいたします。
""" + _SIG_MORISHITA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "懇親会_出席者名簿_1120.xlsx",
                "title": "取引先懇親会 出席者名簿",
                "sheets": {
                    "出席者": [
                        ["取引先懇親会 出席者名簿（2026年11月20日 さくらホテル 桜の間）"],
                        [],
                        ["氏名", "ふりがな", "会社名", "役職", "携帯電話", "メールアドレス"],
                    ] + [
            ["真壁 舞", "まかべ まい", "株式会社ツバサシステム", "次長", "070-8728-5341", "m.makabe@tsubasa-system.jp"],
            ["釜石 和子", "かまいし かずこ", "株式会社ツバサシステム", "主任", "070-2815-5382", "k.kamaishi@tsubasa-system.jp"],
            ["甘粕 博", "あまかす ひろし", "青葉運輸株式会社", "次長", "090-7855-0106", "h.amakasu@aoba-unyu.co.jp"],
            ["八木橋 隆之", "やぎはし たかゆき", "東雲化成株式会社", "係長", "080-6891-0154", "t.yagihashi@shinonome-kasei.co.jp"],
            ["一戸 昌平", "いちのへ しょうへい", "川崎電機株式会社", "次長", "070-3470-6630", "s.ichinohe@kawasaki-denki.co.jp"],
            ["百目鬼 香織", "どうめき かおり", "北国フーズ株式会社", "係長", "090-6100-2968", "k.domeki@kitaguni-foods.co.jp"],
            ["田名部 亮", "たなぶ りょう", "川崎電機株式会社", "部長", "080-9752-7246", "r.tanabu@kawasaki-denki.co.jp"],
            ["四月一日 由紀子", "わたぬき ゆきこ", "株式会社みどり銀行", "担当", "070-9967-7315", "y.watanuki@midori-ginko.co.jp"],
            ["猪瀬 美穂", "いのせ みほ", "株式会社ツバサシステム", "係長", "090-6740-7586", "m.inose@tsubasa-system.jp"],
            ["相馬 昌平", "そうま しょうへい", "株式会社みどり銀行", "部長", "080-4349-6962", "s.soma@midori-ginko.co.jp"],
            ["鬼頭 悠人", "きとう ゆうと", "有限会社丸十精機", "課長", "070-1198-0231", "y.kito@marujyu-seiki.co.jp"],
            ["舘 紀子", "たち のりこ", "川崎電機株式会社", "部長", "080-4907-4476", "n.tachi@kawasaki-denki.co.jp"],
            ["御手洗 隆之", "みたらい たかゆき", "青葉運輸株式会社", "主任", "070-5721-5661", "t.mitarai@aoba-unyu.co.jp"],
            ["仲宗根 光代", "なかそね みつよ", "株式会社みどり銀行", "部長", "070-9459-1086", "m.nakasone@midori-ginko.co.jp"],
            ["斑目 舞", "まだらめ まい", "有限会社丸十精機", "次長", "070-8329-3316", "m.madarame@marujyu-seiki.co.jp"],
            ["日下部 綾乃", "くさかべ あやの", "北国フーズ株式会社", "次長", "090-6215-4918", "a.kusakabe@kitaguni-foods.co.jp"],
            ["五十嵐 直樹", "いがらし なおき", "株式会社みどり銀行", "主任", "080-1663-4031", "n.igarashi@midori-ginko.co.jp"],
            ["木暮 昌平", "こぐれ しょうへい", "株式会社みどり銀行", "主任", "090-4349-0551", "s.kogure@midori-ginko.co.jp"],
            ["桑畑 弥生", "くわはた やよい", "東雲化成株式会社", "取締役", "080-3350-7985", "y.kuwahata@shinonome-kasei.co.jp"],
            ["長谷部 修", "はせべ おさむ", "株式会社ツバサシステム", "部長", "070-8368-5553", "o.hasebe@tsubasa-system.jp"],
            ["東海林 昌平", "しょうじ しょうへい", "東雲化成株式会社", "課長", "070-4907-5849", "s.shoji@shinonome-kasei.co.jp"],
            ["三瓶 由紀子", "さんぺい ゆきこ", "株式会社ツバサシステム", "取締役", "070-4144-7352", "y.sanpei@tsubasa-system.jp"],
            ["榎戸 耕一", "えのきど こういち", "株式会社ツバサシステム", "課長", "070-2720-9710", "k.enokido@tsubasa-system.jp"],
            ["羽賀 菜々子", "はが ななこ", "東雲化成株式会社", "取締役", "070-2797-1810", "n.haga@shinonome-kasei.co.jp"],
        ],
                    "卓割": [
                        ["卓", "会社名", "人数"],
                        ["A", "川崎電機株式会社", 5],
                        ["B", "青葉運輸株式会社", 4],
                        ["C", "北国フーズ株式会社", 4],
                        ["D", "株式会社ツバサシステム／株式会社みどり銀行", 6],
                        ["E", "東雲化成株式会社／有限会社丸十精機", 5],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "24 guests with mobile numbers and e-mail addresses in an XLSX sent to the hotel: a list of people to an external recipient.",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "kondankai-002",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "Re: 【さくらホテル】ご宴会お見積り（見積番号 BQ-26-0917）",
        "body": """篠原様

お世話になっております。日の出産業の加賀谷です。
お見積りありがとうございました。

社内で確認し、以下で確定とさせてください。
  人数　　　：42名（最終確定は11/13までにご連絡します）
  お料理　　：和洋ブッフェ「錦」 8,500円
  お飲み物　：フリードリンク 2時間 2,500円
  会場　　　：桜の間（18:30〜20:30）

人数が前後した場合の扱いだけ、念のためご教示いただけますと助かります。
""" + _SIG_KAGAYA + """

> 日の出産業株式会社
> 加賀谷様
>
> いつもご利用いただき誠にありがとうございます。
> さくらホテル宴会予約の篠原でございます。
> ご依頼いただきました11月20日のご宴会につき、お見積りを下記のとおりお送りいたします。
>
> 見積番号：BQ-26-0917
> 会場：桜の間（立食 〜60名様）
> 合計（税・サービス料込）：約 510,000円（42名様の場合）
>
> さくらホテル 宴会予約 篠原 真理
> TEL 03-3581-2200（代表）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Confirming a quote to the hotel: head count, menu and quote number only; no personal data.",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "kondankai-003",
        "charset": "shift_jis",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["大森 健司 <k.omori@nishiki-insatsu.co.jp>"],
        "subject": "OB会総会 案内状の宛名印刷データ",
        "body": """錦印刷株式会社
大森様

いつもお世話になっております。
日の出産業OB会事務局の野々村でございます。

先日お願いいたしました総会・懇親会の案内状（往復はがき）ですが、
宛名印刷用のデータを添付いたします（CSV、Shift_JIS）。
今回は30名分です。差出人面は前回と同じ版でお願いいたします。

投函は10月6日（火）を希望しております。
お手数をおかけしますが、よろしくお願いいたします。
""" + _SIG_OB,
        "attachments": [
            {
                "kind": "csv",
                "name": "OB会_宛名_30名.csv",
                "encoding": "cp932",
                "rows": [["会員番号", "氏名", "郵便番号", "住所", "電話番号"]] + [
            ["OB-1200", "千葉　千尋", "194-0013", "東京都町田市原町田2-19-7", "048-976-3762"],
            ["OB-1207", "一戸　菜々子", "156-0054", "東京都世田谷区桜丘5-29-15", "080-5609-3535"],
            ["OB-1214", "新井　正信", "251-0037", "神奈川県藤沢市鵠沼海岸2-5-14", "080-1678-7890"],
            ["OB-1221", "芦原　菜々子", "330-0061", "埼玉県さいたま市浦和区常盤4-22-4", "03-5100-4735"],
            ["OB-1228", "猪瀬　博", "359-1141", "埼玉県所沢市小手指町5-20-13", "080-1327-9010"],
            ["OB-1235", "佐久間　昌平", "359-1141", "埼玉県所沢市小手指町1-11-10", "090-2059-2892"],
            ["OB-1242", "五十嵐　亮", "211-0067", "神奈川県川崎市中原区今井南町2-19-3", "042-271-9226"],
            ["OB-1249", "相馬　隆之", "177-0041", "東京都練馬区石神井町5-5-2", "080-8443-5419"],
            ["OB-1256", "蛭田　悠人", "359-1141", "埼玉県所沢市小手指町3-13-6", "070-9789-1553"],
            ["OB-1263", "榎戸　正信", "194-0013", "東京都町田市原町田2-11-3", "03-6138-1768"],
            ["OB-1270", "桑畑　悠人", "211-0067", "神奈川県川崎市中原区今井南町3-25-10", "090-3668-6723"],
            ["OB-1277", "斑目　綾乃", "330-0061", "埼玉県さいたま市浦和区常盤5-2-13", "080-7785-4130"],
            ["OB-1284", "仲宗根　紀子", "359-1141", "埼玉県所沢市小手指町4-29-19", "047-310-4766"],
            ["OB-1291", "御手洗　拓海", "359-1141", "埼玉県所沢市小手指町1-27-11", "090-1151-1952"],
            ["OB-1298", "長谷部　直樹", "330-0061", "埼玉県さいたま市浦和区常盤1-21-18", "090-7170-1922"],
            ["OB-1305", "葛西　美穂", "194-0013", "東京都町田市原町田1-25-18", "03-4583-1094"],
            ["OB-1312", "鬼頭　昌平", "156-0054", "東京都世田谷区桜丘4-19-16", "080-2481-4814"],
            ["OB-1319", "小鳥遊　弥生", "410-0022", "静岡県沼津市大岡5-8-11", "090-9429-7655"],
            ["OB-1326", "東海林　弥生", "177-0041", "東京都練馬区石神井町4-15-13", "042-901-0008"],
            ["OB-1333", "真壁　弥生", "223-0062", "神奈川県横浜市港北区日吉本町2-17-4", "080-8967-0368"],
            ["OB-1340", "百目鬼　和子", "274-0825", "千葉県船橋市前原西1-4-3", "080-7144-5386"],
            ["OB-1347", "八木橋　直樹", "359-1141", "埼玉県所沢市小手指町3-29-11", "03-3874-3436"],
            ["OB-1354", "米谷　沙織", "330-0061", "埼玉県さいたま市浦和区常盤3-6-16", "090-7546-1798"],
            ["OB-1361", "栃尾　正信", "305-0032", "茨城県つくば市竹園3-2-5", "080-8295-9028"],
            ["OB-1368", "木暮　隆之", "177-0041", "東京都練馬区石神井町3-12-4", "042-681-6151"],
            ["OB-1375", "宍戸　耕一", "251-0037", "神奈川県藤沢市鵠沼海岸4-18-7", "090-1710-0456"],
            ["OB-1382", "能登谷　大輔", "410-0022", "静岡県沼津市大岡1-27-9", "080-2744-6038"],
            ["OB-1389", "柘植　翔", "274-0825", "千葉県船橋市前原西2-23-10", "03-5903-6511"],
            ["OB-1396", "舘　香織", "177-0041", "東京都練馬区石神井町2-10-14", "090-8595-5343"],
            ["OB-1403", "日下部　由紀子", "156-0054", "東京都世田谷区桜丘3-25-6", "080-6072-9882"],
        ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Address list of 30 OB members (name, postal address, phone) in a CP932 CSV sent to the printer.",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "kondankai-004",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["ob-jimukyoku@hinode-sangyo.co.jp"],
        "bcc": [
            "t.ichinohe1952@gmail.com",
            "sayuri-kumano@yahoo.co.jp",
            "h-makabe.ob@outlook.jp",
            "gonpachi.shiraishi@icloud.com",
            "m-yoneya@ezweb.ne.jp",
            "kazu.tanabu@docomo.ne.jp",
        ],
        "subject": "日の出産業OB会 令和8年度 総会・懇親会のご案内",
        "body": """OB会会員の皆さま

秋冷の候、皆さまにはますますご清祥のこととお慶び申し上げます。
本年度の総会ならびに懇親会を下記のとおり開催いたします。
久しぶりの方もぜひお誘いあわせのうえご参加ください。

　　　　　　　　　　　記

・日時　　令和8年11月14日（土）　総会 11:00〜／懇親会 12:00〜14:00
・会場　　さくらホテル 2階「楓の間」（JR浜松町駅 徒歩4分）
・会費　　6,000円（当日受付にて申し受けます）
・出欠　　10月30日（金）までに、本メールへのご返信または往復はがきでお知らせください
・その他　二次会は近隣の店を予定しております（会費別途 3,000円程度）

ご家族の付き添いでのご参加も歓迎いたします。
ご不明な点は事務局までお気軽にどうぞ。

　　　　　　　　　　　　　　　　　　　　以上
""" + _SIG_OB,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Invitation to OB members sent Bcc (they cannot see each other); private free-mail recipients only warn.",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "kondankai-005",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": [
            "宍戸 部長 <shishido@kawasaki-denki.co.jp>",
            "鰐部 様 <t-wanibe@aoba-unyu.co.jp>",
            "一戸 課長 <ichinohe.k@kitaguni-foods.co.jp>",
            "榎戸 様 <enokido@tsubasa-system.jp>",
        ],
        "cc": ["r.kagaya@hinode-sangyo.co.jp", "eigyo1-bucho@hinode-sangyo.co.jp"],
        "subject": "年末懇親会のご案内（12月11日）",
        "body": """お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 営業一部の加賀谷でございます。

本年も一年の感謝を込めまして、ささやかながら懇親の席を設けました。
ご多用中とは存じますが、ご臨席賜りますようご案内申し上げます。

　日時：12月11日（金）18:30〜20:30
　会場：料亭 菊水（港区芝大門2-5-9）
　ご出欠：11月27日（金）までに本メールにご返信ください

ご出席の人数（社名・お名前）をお知らせいただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + _SIG_KAGAYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Invitation with four partner companies visible to each other in To: should have been Bcc.",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "kondankai-006",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>"],
        "bcc": [
            "shishido@kawasaki-denki.co.jp",
            "t-wanibe@aoba-unyu.co.jp",
            "ichinohe.k@kitaguni-foods.co.jp",
            "enokido@tsubasa-system.jp",
            "h.kurihara@midori-ginko.co.jp",
            "sales@shinonome-kasei.co.jp",
        ],
        "subject": "2027年 新春賀詞交歓会のご案内",
        "body": """関係各位

謹んで新春のお慶びを申し上げます。
恒例の賀詞交歓会を下記のとおり開催いたします。

日時　2027年1月8日（金）17:00〜19:00
会場　さくらホテル 3F 鳳凰の間
会費　無料（ご招待）
ご返信　12月18日までに、お名前・ご人数をお知らせください

※本メールはBCCにてお送りしております。
""" + _SIG_SAKAMAKI,
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>関係各位</p>
<p>謹んで新春のお慶びを申し上げます。<br>恒例の賀詞交歓会を下記のとおり開催いたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>日時</th><td>2027年1月8日（金）17:00〜19:00</td></tr>
<tr><th>会場</th><td>さくらホテル 3F 鳳凰の間</td></tr>
<tr><th>会費</th><td>無料（ご招待）</td></tr>
<tr><th>ご返信</th><td>12月18日までに、お名前・ご人数をお知らせください</td></tr>
</table>
<p style="font-size:small;color:#666">※本メールはBCCにてお送りしております。</p>
<p>日の出産業株式会社 営業企画部<br>坂巻 智子<br>Tel 03-5403-7735</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "New-year reception invitation to six partners correctly in Bcc; no personal data.",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "kondankai-007",
        "charset": "iso-2022-jp",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["料亭 菊水 ご予約係 <yoyaku@ryotei-kikusui.co.jp>"],
        "subject": "12/5 ご会食の予約金について",
        "body": """料亭 菊水
ご予約係 御中

お世話になっております。日の出産業 秘書室の立花でございます。
12月5日（土）19時より「萩の間」で6名にて予約しております件、
予約金のお支払いはカード決済で承れるとのことでしたので、下記にてお願いいたします。

　カード種別：法人カード
　カード番号：""" + _sp(_CARD_DEPOSIT) + """
　有効期限　：08/29
　名義　　　：HINODE SANGYO CO LTD

予約金 30,000円の決済後、領収書を当日お渡しいただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + _SIG_TACHIBANA,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "A full credit card number with expiry sent to a restaurant by mail: card number to an external recipient.",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "kondankai-008",
        "charset": "utf-8",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 貸切バス予約 <charter@aoba-unyu.co.jp>"],
        "subject": "送迎バス（中型1台）手配のお願い 11/20",
        "body": """青葉運輸株式会社 貸切バスご担当者様

いつもお世話になっております。日の出産業 総務部の森下です。
11月20日の取引先懇親会に伴い、送迎バスの手配をお願いできますでしょうか。

  便     発         時刻    着                  人数(見込)
  -----  ---------  ------  ------------------  ----------
  往路1  本社前      17:40   さくらホテル正面      約25名
  往路2  品川駅港南口 17:50   さくらホテル正面      約10名
  復路   さくらホテル 20:45   品川駅／本社前経由    約30名

車両：中型（定員27名）1台＋必要に応じてマイクロ1台
お見積りとあわせて、乗務員の方の待機場所についてもご教示ください。

以上、よろしくお願いいたします。
""" + _SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Bus booking with a padded timetable of pick-up points and head counts; no one's personal data.",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "kondankai-009",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["鰐部 達也 <t-wanibe@aoba-unyu.co.jp>"],
        "subject": "Re: 送迎バス手配の件（乗車名簿）",
        "body": """鰐部様

お世話になっております。日の出産業の森下です。
乗車名簿のご依頼の件、下記のとおりお送りします。
当日遅れる方がいた場合に乗務員の方から直接ご連絡いただけるよう、携帯番号も記載しています。

No  氏名           乗車地        携帯
----------------------------------------------
1   羽賀 咲        本社前        090-2280-3857
2   鬼頭 耕一      新横浜駅      090-9979-8460
3   一戸 大輔      品川駅港南口  090-4322-2249
4   日下部 誠      品川駅港南口  070-1669-0432
5   能登谷 翔      本社前        080-9619-9422
6   百目鬼 亮      本社前        090-8878-0482
7   阿久津 拓海    本社前        070-6913-6497
8   桑畑 香織      本社前        090-7842-5096
9   四月一日 沙織  新横浜駅      080-2809-1461
10  御手洗 香織    品川駅港南口  080-3728-4400
11  栃尾 菜々子    本社前        070-2578-4178
12  城之内 美穂    本社前        070-3137-8171

※往路1便の分です。2便の方は追ってお送りします。

""" + _SIG_MORISHITA + """

-----Original Message-----
From: 鰐部 達也 <t-wanibe@aoba-unyu.co.jp>
Sent: Tuesday, November 10, 2026 4:12 PM
To: 森下 陽子
Subject: 送迎バス手配の件

森下様
ご用命ありがとうございます。当日の点呼用に乗車名簿をいただけますでしょうか。
青葉運輸 鰐部
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Padded plain-text boarding list of 12 people with mobile numbers sent to the bus company.",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "kondankai-010",
        "charset": "shift_jis",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 ハイヤー配車センター <hire@aoba-unyu.co.jp>"],
        "subject": "ハイヤー3台の手配（12/5 夜・料亭菊水）",
        "body": """青葉運輸株式会社　ハイヤー配車センター御中

いつもお世話になっております。日の出産業 秘書室の立花です。
12月5日の会食後、お客様のお帰りのハイヤーを3台お願いいたします。

■お迎え　21:15　料亭 菊水 正面（港区芝大門2-5-9）

■ご乗車のお客様（当日の連絡先）
　1号車　川崎電機株式会社　会長　御手洗 正信 様　　０９０－３３１８－７７２０
　2号車　川崎電機株式会社　専務　斑目 光代 様　　　０８０－５９０２－１１６４
　3号車　株式会社みどり銀行　常務　能登谷 修 様　　０７０－２２４６－８０５３

行先は各お客様から直接お伝えいただきます。
請求は通常どおり当社宛てでお願いいたします（お客様番号 AH-00417）。
""" + _SIG_TACHIBANA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three guests' names and mobile numbers (full-width digits) to the car company: under five people, may warn but must go.",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "kondankai-011",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "11/20 懇親会 ご来賓のお席について",
        "body": """篠原様

お世話になっております。日の出産業の加賀谷です。
ご相談が一点ございます。

ご来賓の川崎電機株式会社 常務取締役 纐纈 博様ですが、
昨年の事故の後遺症で下肢に障害があり、現在は車椅子をご利用です。
つきましては
　・正面玄関からエレベーターまでのスロープのご案内
　・お席は出入口に近い卓の端（椅子を1脚外していただく形）
　・多目的トイレの場所
をご準備いただけますでしょうか。

ご本人は「特別扱いは不要」とおっしゃっていますので、さりげなくご対応いただけますと幸いです。
""" + _SIG_KAGAYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named guest's disability (wheelchair, after-effects of an accident) told to the hotel: 要配慮個人情報 of one identifiable person.",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "kondankai-012",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.jp"],
        "subject": "11/20 お料理の個別対応（人数のみ）",
        "body": """さくらホテル 宴会予約係 御中

お世話になっております。日の出産業の森下です。
お料理の個別対応について、出欠の回答から人数をまとめました。

　甲殻類（えび・かに）を召し上がれない方　1名
　ベジタリアンの方　2名
　アルコールを召し上がらない方　5名程度

お名前はお出しできないため、当日受付で「個別対応」の札をお渡しし、
スタッフの方にお声がけいただく形にできればと考えております。
お手数ですがご検討ください。
""" + _SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Dietary needs given as head counts only, no one identifiable: nothing personal leaves.",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "kondankai-013",
        "charset": "utf-8",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "Re: お料理の個別対応について",
        "body": """篠原様

ご確認ありがとうございます。
席札でスタッフの方にわかるようにとのことでしたので、お名前でお伝えします。

・北国フーズ株式会社　猪瀬 弥生 様（D卓）……そばアレルギー（少量でも不可とのこと）
・青葉運輸株式会社　　鬼頭 拓海 様（B卓）……卵アレルギー

以上2名です。どうぞよろしくお願いいたします。

日の出産業 総務部 森下

> 森下様
> 個別対応のお客様につきまして、可能でしたらお名前（お席）を教えていただけますと、
> 配膳の取り違えを防ぐことができます。
> さくらホテル 篠原
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Two named guests' food allergies to the hotel: allergy as health information (要配慮) is debatable, the hotel needs it to serve safely.",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "kondankai-014",
        "charset": "iso-2022-jp",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
        "subject": "賀詞交歓会 会場下見の日程について",
        "body": """さくらホテル 宴会予約係 御中

お世話になっております。日の出産業 営業企画部の坂巻です。
1月8日の賀詞交歓会につき、鳳凰の間の下見をお願いしたく存じます。

候補日：12月2日（水）15時／12月4日（金）10時
人数：弊社3名（坂巻、ほか総務部2名）

音響設備（ワイヤレスマイク2本）とスクリーンの位置も確認させてください。
ご都合をお知らせいただけますと幸いです。
""" + _SIG_SAKAMAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Sent to sakura-hotel.co.jp, a look-alike (added co.) of the partner sakura-hotel.jp.",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "kondankai-015",
        "charset": "utf-8",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["宍戸 昌平 <shishido@kawasaki-denki.co.jp>"],
        "subject": "二次会のお店の候補です",
        "body": """宍戸部長

いつもお世話になっております。加賀谷です。
先日お話しした懇親会後の二次会ですが、会場から歩ける範囲で候補を挙げました。

・炉端 うみかぜ 浜松町店
　港区浜松町1-22-4 第二松本ビル1F／03-3436-5581
　個室16名まで、飲み放題2時間 4,000円
・Bar Lantern（バー ランタン）
　港区芝公園1-3-11 B1／03-5472-0093
　貸切は20名〜、ワインが充実
・カラオケ ハーモニー 大門駅前店
　港区芝大門1-16-2 4F／03-3432-8810
　パーティールーム30名、フリータイムあり
・居酒屋 きたぐに
　港区浜松町2-4-1 浜松町センタービルB1／03-3459-1177
　北国フーズさん直営、海鮮がおすすめです

御社の皆さまのお好みを伺えれば、こちらで予約いたします。
""" + _SIG_KAGAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A bullet list of shops with addresses and phone numbers: businesses, not people.",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "kondankai-016",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["薬師寺 勝也 <k.yakushiji.1949@gmail.com>"],
        "subject": "OB会名簿（2026年版）の送付",
        "body": """薬師寺幹事長

いつもお世話になっております。OB会事務局の野々村です。
幹事会でご依頼のありました会員名簿（2026年版）をお送りします。
個人情報のため、パスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。
""" + _SIG_OB,
        "attachments": [
            {
                "kind": "zip",
                "name": "OB会名簿_2026.zip",
                "password": "Ob2026-hinode!",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "OB会名簿_2026.xlsx",
                        "sheets": {"名簿": [["氏名", "住所", "電話"], ["東海林 博", "東京都府中市住吉町2-8-3", "042-361-0822"], ["雲野 和子", "千葉県柏市豊四季1-5-12", "04-7143-2290"]]},
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "Password-protected ZIP (PPAP) to a private address: the attachment cannot be inspected.",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "kondankai-017",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["薬師寺 勝也 <k.yakushiji.1949@gmail.com>"],
        "subject": "パスワードのご連絡（OB会名簿）",
        "body": """薬師寺様

先ほどお送りしたファイルのパスワードをお知らせします。

　Ob2026-hinode!

開けない場合はお電話ください（人事部直通 03-5403-7740）。
OB会事務局　野々村
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "The follow-up mail with only a password to one private free-mail address: no attachment, no personal data.",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "kondankai-018",
        "charset": "utf-8",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["料亭 菊水 女将 <okami@ryotei-kikusui.co.jp>"],
        "subject": "12/5 会食の進行とお料理のタイミングについて",
        "body": """料亭 菊水
女将様

いつも細やかなお心遣いをありがとうございます。
12月5日の会食について、当日の流れを添付にまとめましたのでご確認ください。
乾杯のご挨拶の後、最初のお料理をお出しいただく時間が一番大事になります。

立花
""" + _SIG_TACHIBANA,
        "attachments": [
            {
                "kind": "docx",
                "name": "会食次第_1205.docx",
                "title": "川崎電機様 会食次第",
                "page_header": "社外秘",
                "paragraphs": [
                    "川崎電機様 会食次第（12月5日）",
                    "目的：来期の大口契約（約3.2億円）の継続に向けた関係強化。先方は他社への切替を検討中。",
                    "予算上限：1名あたり45,000円（接待交際費 営業本部枠）",
                    "19:00 ご到着・ご案内（女将様お出迎え）",
                    "19:10 社長ご挨拶・乾杯",
                    "19:15 先付・お造り",
                    "20:30 手土産お渡し（北国フーズ 詰合せ）",
                    "21:00 お開き・ハイヤー",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached DOCX carries a 社外秘 header stamp (internal budget and deal strategy) and goes to the restaurant.",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "kondankai-019",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["榎戸 綾乃 <enokido@tsubasa-system.jp>"],
        "subject": "技術交流会（2月）の参加企業について",
        "body": """ツバサシステム
榎戸様

お世話になっております。坂巻です。
2月の技術交流会ですが、発表内容に開発中の製品が含まれるため、
参加は秘密保持契約（NDA）を締結済みの企業に限らせていただく方針となりました。

御社とは2024年に締結済みの機密保持契約がございますので、そのままご参加いただけます。
交流会後の懇親会（会費 4,000円）もぜひご一緒できればと思います。

取り急ぎご連絡まで。
""" + _SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA and a networking event; mentions 機密保持契約 but carries no marking and no personal data.",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "kondankai-020",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["soumu-ka@hinode-sangyo.co.jp"],
        "cc": ["jinji-ka@hinode-sangyo.co.jp"],
        "subject": "全社懇親会 出欠集計（10/9時点）",
        "body": """総務課各位

全社懇親会の出欠、10/9時点の集計です。
未回答の方には各部の幹事から声をかけてもらっています。
当日の緊急連絡用に携帯番号も入れてあります（取扱いに注意してください）。

社員番号  氏名           所属            内線  携帯           出欠
====================================================================
H020150   四月一日 恵理  物流部          2174  080-9916-6228  未回答
H020163   薬師寺 光代    経理部          2897  090-4504-2278  出席
H020176   釜石 修        情報システム部  2189  080-5605-4606  出席
H020189   比嘉 耕一      情報システム部  2115  080-4611-8879  欠席
H020202   真壁 香織      営業二部        2237  090-2318-0111  出席
H020215   田名部 悠人    営業二部        2111  090-1901-9973  出席
H020228   一戸 勝也      品質保証部      2598  070-3469-8922  出席
H020241   長谷部 亮      経理部          2558  090-3374-5681  未回答
H020254   逢坂 耕一      経理部          2849  070-8744-2652  出席
H020267   猪瀬 直樹      物流部          2759  080-4810-5552  欠席
H020280   鬼頭 博        営業二部        2504  090-5947-7627  欠席
H020293   木暮 沙織      経理部          2100  070-1859-2797  出席
H020306   仲宗根 拓海    人事部          2120  090-6601-3652  出席
H020319   宇留野 昌平    総務部          2503  090-7233-4189  未回答
H020332   雲野 博        営業二部        2143  080-8164-9538  出席
H020345   阿久津 大輔    経理部          2552  090-5501-2829  出席
H020358   千葉 拓海      営業一部        2891  070-5372-9179  未回答
H020371   栃尾 修        情報システム部  2403  070-3299-3979  欠席
H020384   葛西 菜々子    営業二部        2176  080-7474-9161  出席
H020397   宍戸 美穂      経理部          2696  090-2171-9785  出席
H020410   戸来 弥生      営業一部        2715  090-4583-6758  出席
H020423   米谷 和子      情報システム部  2737  090-7472-1627  欠席
H020436   甘粕 誠        総務部          2701  090-4454-7574  欠席
H020449   鰐部 悠人      総務部          2495  070-2143-5138  出席
H020462   相馬 光代      総務部          2418  090-4610-5610  出席
H020475   神保 菜々子    経理部          2842  090-8190-3464  出席
H020488   城之内 美穂    総務部          2857  070-8877-6417  未回答
H020501   百目鬼 光代    経理部          2803  080-6634-2177  欠席
H020514   新井 正信      品質保証部      2718  090-6928-7970  出席
H020527   纐纈 大輔      物流部          2148  090-4695-1329  出席
H020540   犬飼 勝也      営業二部        2139  090-3664-4018  未回答
H020553   勅使河原 沙織  人事部          2344  070-8514-8464  欠席
H020566   八木橋 咲      人事部          2530  090-6449-3685  未回答
H020579   舘 亮          品質保証部      2400  070-3567-5038  未回答
H020592   三瓶 直樹      総務部          2837  080-7127-4499  出席
H020605   桑畑 大輔      総務部          2333  090-4286-5552  欠席
H020618   柘植 恵理      営業二部        2386  070-8905-4588  出席
H020631   斑目 沙織      経理部          2866  090-1989-5713  出席
H020644   砂金 紀子      営業二部        2375  070-5640-7499  欠席
H020657   日下部 直樹    品質保証部      2355  080-7043-9147  出席

森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "40 employees with mobile numbers, but all recipients are internal: must go.",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "kondankai-021",
        "charset": "utf-8",
        "sender": "宮地 敏夫 <miyaji@hinode-sangyo.co.jp>",
        "to": ["栗原 様 <h.kurihara@midori-ginko.co.jp>"],
        "subject": "懇親会費 返金分の振込についてご相談",
        "body": """みどり銀行 浜松町支店
法人営業課 栗原様

いつもお世話になっております。日の出産業 経理部の宮地です。

先月の懇親会が台風で中止となり、事前に会費を振り込んでいただいた方への
返金が発生しました。件数が少ないので、窓口での総合振込をお願いできればと思い、
振込先一覧を添付いたします。手数料は当社負担でお願いいたします。

お手数ですが、ご対応可能かご確認いただけますでしょうか。

--------------------------------
日の出産業株式会社 経理部
宮地 敏夫　TEL 03-5403-7760
--------------------------------""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "会費返金_振込先一覧.xlsx",
                "sheets": {
                    "振込先": [
                        ["懇親会費 返金 振込先一覧（2026年9月分）"],
                        ["氏名", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）", "返金額"],
                    ] + [
            ["長谷部 紀子", "みどり銀行", "本店営業部", "普通", "1781787", "ハセベ ノリコ", "5,000"],
            ["猪瀬 香織", "ゆうちょ銀行", "〇一八", "普通", "3957047", "イノセ カオリ", "5,000"],
            ["真壁 誠", "東都信用金庫", "高円寺支店", "普通", "5730535", "マカベ マコト", "5,000"],
            ["神保 菜々子", "みどり銀行", "船橋支店", "普通", "7187191", "ジンボ ナナコ", "5,000"],
            ["比嘉 光代", "関東中央銀行", "浦和支店", "普通", "9908762", "ヒガ ミツヨ", "5,000"],
            ["砂金 綾乃", "さくら台銀行", "日吉支店", "普通", "3207521", "イサゴ アヤノ", "5,000"],
            ["三瓶 多恵", "みどり銀行", "柏支店", "普通", "2546727", "サンペイ タエ", "5,000"],
        ],
                    "合計": [["件数", 7], ["返金額合計", "35,000"], ["振込指定日", "2026/10/15"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Seven people's bank accounts (name, branch, account number, holder kana) in an XLSX to the bank: a list of people.",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "kondankai-022",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["sayuri-kumano@yahoo.co.jp"],
        "subject": "Re: 会費の振込先を教えてください",
        "body": """熊野 様

お問い合わせありがとうございます。OB会事務局の野々村です。
当日ご欠席でも年会費はお振込みいただけます。振込先は次のとおりです。

　みどり銀行　浜松町支店（店番 214）
　普通預金　3058127
　口座名義　ヒノデサンギヨウオービーカイ　カイケイ　アカマツ　ケンジ

お振込みの際は、お名前の前に会員番号（OB-xxxx）を入れていただけると助かります。
""" + _SIG_OB + """

> 事務局さま
> 今年は孫の行事があり総会は欠席いたしますが、会費だけでもお納めしたいと思います。
> 振込先を教えていただけますか。
> 熊野 小百合
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "The association's own bank account given to one member on free mail; an organisation's account is not personal data.",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "kondankai-023",
        "charset": "utf-8",
        "sender": "Ryo Kagaya <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["Reservations <reservations@grand-formosa-hotel.com.tw>"],
        "subject": "Room reservation for the Taipei partner reception (Nov 26-28)",
        "body": """Dear Reservations Team,

Thank you for your quick reply. As requested for the check-in registration,
please find below the passport details of our two guests attending the partner
reception at your hotel on November 27.

1) Name: KAGAYA RYO
   Passport No.: TR4418207
   Nationality: Japan
   Date of birth: 14 MAR 1986

2) Name: SAKAMAKI TOMOKO
   Passport No.: TZ0962351
   Nationality: Japan
   Date of birth: 02 SEP 1990

Booking reference: GF-2611-88342 (2 single rooms, 2 nights)
Please let us know if anything else is needed before arrival.

Best regards,
Ryo Kagaya
Sales Dept. 1, Hinode Sangyo Co., Ltd.
3-8-12 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5403-7721
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Two passport numbers with dates of birth sent to an overseas hotel: identity-document numbers to an external recipient.",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "kondankai-024",
        "charset": "utf-8",
        "sender": "Ryo Kagaya <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["James Whitfield <james.whitfield@brightwave-tech.com>"],
        "subject": "Dinner after the Osaka trade show - 14 November",
        "body": """Dear James,

It was a pleasure to see you at the Osaka Industrial Fair last spring.
We are hosting a small dinner for our overseas partners after the show this
year and would be honoured if you could join us.

  Date:   Saturday, 14 November, 19:00-21:00
  Venue:  Kushikatsu Naniwa-tei (private room), 2-7-15 Namba, Chuo-ku, Osaka
  Dress:  Business casual

A car will take you back to your hotel afterwards. Could you let me know by
30 October whether you can attend, and whether you have any dietary
requirements?

Looking forward to seeing you again.

Best regards,
Ryo Kagaya
Hinode Sangyo Co., Ltd.
Mobile +81-80-4417-2309
""" + _DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English dinner invitation to one foreign partner with the standard confidentiality disclaimer: ordinary business mail.",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "kondankai-025",
        "charset": "shift_jis",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": [
            "薬師寺 勝也 <k.yakushiji.1949@gmail.com>",
            "熊野 小百合 <sayuri-kumano@yahoo.co.jp>",
            "真壁 博 <h-makabe.ob@outlook.jp>",
            "白石 権八 <gonpachi.shiraishi@icloud.com>",
            "米谷 正信 <m-yoneya@ezweb.ne.jp>",
            "田名部 和夫 <kazu.tanabu@docomo.ne.jp>",
        ],
        "subject": "OB会 幹事会の日程調整のお願い",
        "body": """幹事の皆さま

いつもOB会の運営にご協力いただきありがとうございます。
総会の準備のため、幹事会を開催したく日程調整をお願いします。

候補（いずれも14:00〜15:30、本社8階会議室）
　①10月7日（水）
　②10月9日（金）
　③10月14日（水）

ご都合の良い日を全員に返信いただければ、調整いたします。
""" + _SIG_OB,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Six private persons' addresses visible to each other in To: three or more external parties, should have been Bcc.",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "kondankai-026",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["宍戸 昌平 <shishido@kawasaki-denki.co.jp>"],
        "cc": ["榎戸 綾乃 <enokido@tsubasa-system.jp>", "sakamaki-t@hinode-sangyo.co.jp"],
        "subject": "RE: 3社での会食の日程",
        "body": """宍戸部長、榎戸様

日程のご回答ありがとうございます。
お二方とも12月3日（木）がご都合よろしいとのことですので、同日19時で店を押さえます。
場所は決まり次第ご案内いたします。

加賀谷

-----Original Message-----
From: 榎戸 綾乃 <enokido@tsubasa-system.jp>
Sent: Monday, November 9, 2026 10:02 AM
To: 加賀谷 亮; 宍戸 昌平
Subject: RE: 3社での会食の日程

加賀谷様、宍戸様
ツバサシステムの榎戸です。弊社は12/3（木）、12/4（金）のどちらでも大丈夫です。

-----Original Message-----
From: 宍戸 昌平 <shishido@kawasaki-denki.co.jp>
Sent: Friday, November 6, 2026 6:45 PM
To: 加賀谷 亮; 榎戸 綾乃
Subject: RE: 3社での会食の日程

川崎電機の宍戸です。12/3なら私と課長の2名で伺えます。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "A three-way dinner thread with two partner companies in To/Cc: a normal meeting mail, may warn, must go.",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "kondankai-027",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["薬師寺 勝也 <k.yakushiji.1949@gmail.com>"],
        "subject": "FW: 斑目さんの総会ご欠席について",
        "body": """薬師寺会長

ご参考までに、人事部から回ってきた連絡を転送いたします。
お見舞いの件、幹事会でご相談できればと思います。

野々村

-------- Forwarded Message --------
件名: 斑目さんの総会ご欠席について
日付: 2026/10/05 11:20
差出人: 人事部 厚生課 鬼頭 <kito.h@hinode-sangyo.co.jp>
宛先: ob-jimukyoku@hinode-sangyo.co.jp

野々村さん

OB会員の斑目 正信さん（1978年入社、元物流部長）から厚生課にお電話があり、
今年の総会は欠席とのことです。
先月、肺がんの手術を受けられ、現在も抗がん剤治療で通院中だそうです。
奥様からは、見舞いは落ち着いてからにしてほしいとのことでした。

鬼頭
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "Forward (new text to the recipient) of a named OB member's cancer surgery and treatment to a private address: 要配慮個人情報.",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "kondankai-028",
        "charset": "shift_jis",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["東海林 博 <shoji.hiroshi55@gmail.com>"],
        "subject": "Re: 総会欠席のご連絡",
        "body": """東海林様

ご丁寧にご連絡いただきありがとうございます。
ご無理なさらず、どうぞお大事になさってください。
今年の会費は不要ですので、お気遣いなく。
総会の様子は会報でお届けいたします。

OB会事務局　野々村

--- 2026/10/02 (金) 21:14 東海林 博 <shoji.hiroshi55@gmail.com> wrote:
> OB会事務局 御中
> 楽しみにしておりましたが、8月に心筋梗塞で倒れ、まだリハビリ中のため
> 今年の総会は欠席させていただきます。
> 来年はぜひ伺いたいと思っております。
> 東海林
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "The health details are only in the quoted text of the member's own mail; the new text carries nothing sensitive.",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "kondankai-029",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["イベントプラザ 運営チーム <staff@event-plaza.co.jp>"],
        "subject": "異業種交流会 受付名簿（当日用）",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>イベントプラザ 運営チーム 御中</p>
<p>いつもお世話になっております。日の出産業の坂巻です。<br>
10/22 異業種交流会の受付名簿をお送りします。受付でのチェックと、
お見えにならない方へのご連絡にお使いください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>お名前</th><th>会社名</th><th>電話</th><th>メール</th></tr>
<tr><td>1</td><td>阿久津 綾乃</td><td>株式会社ミナト設計</td><td>090-7731-2048</td><td>akutsu@minato-sekkei.co.jp</td></tr>
<tr><td>2</td><td>百目鬼 耕一</td><td>東雲化成株式会社</td><td>080-2295-6610</td><td>domeki.k@shinonome-kasei.co.jp</td></tr>
<tr><td>3</td><td>砂金 千尋</td><td>ルミナ企画合同会社</td><td>070-4418-9035</td><td>isago@lumina-kikaku.jp</td></tr>
<tr><td>4</td><td>宇留野 直樹</td><td>株式会社ツバサシステム</td><td>090-5126-3387</td><td>uruno@tsubasa-system.jp</td></tr>
<tr><td>5</td><td>甘粕 香織</td><td>有限会社丸十精機</td><td>080-9062-1174</td><td>amakasu@marujyu-seiki.co.jp</td></tr>
<tr><td>6</td><td>比嘉 悠人</td><td>琉和トレーディング株式会社</td><td>090-3387-5542</td><td>y.higa@ryuwa-trading.co.jp</td></tr>
<tr><td>7</td><td>相馬 由紀子</td><td>個人事業主（デザイン）</td><td>080-6650-2931</td><td>soma.yukiko.design@gmail.com</td></tr>
</table>
<p>当日は17:30に受付設営をお願いいたします。</p>
<p>日の出産業株式会社 営業企画部 坂巻 智子<br>Tel 03-5403-7735</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of seven participants' phones and e-mail addresses to the event company.",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "kondankai-030",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["イベントプラザ 運営チーム <staff@event-plaza.co.jp>"],
        "subject": "登壇者控室のご案内先",
        "html": """<html><body>
<p>運営チームの皆さま</p>
<p>登壇者の方は控室（3F 小会議室）へのご案内をお願いします。到着が遅れる場合の連絡先も記載します。</p>
<table border="1" cellpadding="3">
<tr><th>登壇者</th><th>所属</th><th>当日連絡先</th><th>到着予定</th></tr>
<tr><td>城之内 亮</td><td>ツバサシステム CTO</td><td>090-8812-4406</td><td>16:30</td></tr>
<tr><td>佐久間 沙織</td><td>ミナト設計 代表</td><td>080-3150-7729</td><td>16:45</td></tr>
<tr><td>芦原 誠</td><td>東都大学 工学部 准教授</td><td>070-1964-0385</td><td>17:00</td></tr>
</table>
<p>司会は弊社 坂巻が務めます。</p>
<p>坂巻</p>
</body></html>""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of three speakers with their mobile numbers: fewer than five people, may warn, must go.",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "kondankai-031",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング係 <catering@kitaguni-food.co.jp>"],
        "subject": "社内懇親会 ケータリングのご注文",
        "body": """北国フーズ株式会社
ケータリング係 御中

いつもお世話になっております。日の出産業 総務部の森下です。
下記のとおりケータリングを注文いたします。

　日時：10月23日（金）17:30 お届け（本社8階 大会議室）
　内容：オードブル盛合せ（L）×6、寿司桶（30貫）×4、サンドイッチ×3
　飲料：ビール 48本、ソフトドリンク 36本
　回収：20:30

お見積り書を頂戴できますでしょうか。
""" + _SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Recipient domain kitaguni-food.co.jp drops a letter of the partner kitaguni-foods.co.jp: look-alike.",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "kondankai-032",
        "charset": "utf-8",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング係 <catering@kitaguni-foods.co.jp>"],
        "subject": "発注書送付（社内懇親会ケータリング／注文番号 HS-PO-26-1183）",
        "body": """北国フーズ株式会社 ケータリング係 御中

お見積りありがとうございました（見積番号 KF-Q-5521）。
発注書をPDFでお送りします。お届け先・時間は前回ご連絡のとおりです。

日の出産業 総務部 森下
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "発注書_HS-PO-26-1183.pdf",
                "title": "発注書",
                "lines": [
                    "発注書　注文番号 HS-PO-26-1183　発注日 2026年10月14日",
                    "北国フーズ株式会社 御中",
                    "日の出産業株式会社 総務部（東京都港区浜松町3-8-12）",
                    "納品日時：2026年10月23日 17:30　納品場所：本社8階 大会議室",
                    "",
                ],
                "table": [
                    ["品番", "品名", "数量", "単価", "金額"],
                    ["KF-OD-L", "オードブル盛合せ L", "6", "12,000", "72,000"],
                    ["KF-SU-30", "寿司桶 30貫", "4", "9,800", "39,200"],
                    ["KF-SW-01", "サンドイッチ", "3", "4,500", "13,500"],
                    ["KF-BR-01", "ビール 中瓶", "48", "420", "20,160"],
                    ["KF-SD-01", "ソフトドリンク", "36", "180", "6,480"],
                    ["", "", "", "小計", "151,340"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Purchase order PDF with order number, product codes and prices to the right partner domain.",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "kondankai-033",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "出欠表（最終版）",
        "body": """篠原様

お世話になっております。森下です。
最終の出欠表を添付いたします。人数は41名で確定です。
よろしくお願いいたします。
""" + _SIG_MORISHITA,
        "attachments": [{"kind": "corrupt", "name": "出欠表_最終.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached XLSX is corrupt and cannot be inspected.",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "kondankai-034",
        "charset": "utf-8",
        "sender": "宮地 敏夫 <miyaji@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 経理課 <keiri@sakura-hotel.jp>"],
        "subject": "お支払いのご通知（請求書番号 SH-INV-2611-0457）",
        "body": """さくらホテル 経理課 御中

日の出産業 経理部の宮地でございます。
11月20日ご宴会分のご請求につき、支払通知書を添付いたします。
11月30日にお振込みの予定です。

--------------------------------
日の出産業株式会社 経理部
宮地 敏夫　TEL 03-5403-7760
--------------------------------""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "支払通知書_SH-INV-2611-0457.pdf",
                "lines": [
                    "支払通知書",
                    "株式会社さくらホテル 御中（登録番号 T5352359832205）",
                    "請求書番号：SH-INV-2611-0457　ご請求日：2026年11月21日",
                    "件名：11月20日 取引先懇親会（桜の間）ご宴会代",
                    "",
                ],
                "table": [
                    ["項目", "金額（税込）"],
                    ["ご宴会料理・飲物（41名）", "451,000"],
                    ["会場費・音響", "55,000"],
                    ["サービス料", "45,100"],
                    ["合計", "551,100"],
                    ["お支払予定日", "2026年11月30日"],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Payment notice to the hotel with its invoice registration number (T-number) and amounts; no people's data.",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "kondankai-035",
        "charset": "iso-2022-jp",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["神崎税理士事務所 <office@kanzaki-tax.jp>"],
        "subject": "交流会講師謝礼の支払調書作成のお願い",
        "body": """神崎税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 営業企画部の坂巻です。
10月の技術交流会でご講演いただいた講師の方への謝礼について、
支払調書の作成をお願いいたします。

　氏名　　　：芦原 誠（あしはら まこと）
　住所　　　：〒305-0032 茨城県つくば市竹園2-14-9 グランテラス竹園 402
　個人番号　：""" + _MN_SPEAKER + """
　支払金額　：100,000円（源泉徴収税額 10,210円）
　支払日　　：2026年10月30日

ご確認のほどよろしくお願いいたします。
""" + _SIG_SAKAMAKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "A speaker's My Number with name and home address sent by mail to an outside tax office.",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "kondankai-036",
        "charset": "iso-2022-jp",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["宮地 敏夫 <miyaji@hinode-sangyo.co.jp>"],
        "subject": "講師謝礼の件（個人番号の提供を受けました）",
        "body": """宮地さん

お疲れさまです。坂巻です。
交流会でご講演いただいた講師の方から、謝礼の支払いに必要な個人番号の提供を受けました。
本人確認書類（運転免許証）は原本を確認済みです。

　講師：渡貫 正信（わたぬき まさのぶ）
　住所：〒410-0022 静岡県沼津市大岡3-17-6
　個人番号：""" + _MN_SPEAKER_INTERNAL + """
　謝礼：80,000円（税込）

以降の処理（源泉・支払調書）をお願いいたします。
坂巻
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "A speaker's My Number passed between two employees: every recipient is internal, so it must go.",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "kondankai-037",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["イベントプラザ 企画部 <planning@event-plaza.co.jp>"],
        "subject": "来春の取引先交流会 企画案（たたき台）",
        "body": """イベントプラザ 企画部 御中

いつもお世話になっております。坂巻です。
来春の取引先交流会について、社内で検討中の企画案をお送りします。
会場と演出のアイデアをいただけますと幸いです。

坂巻
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "2027取引先交流会_企画案.pptx",
                "page_footer": "部外秘　日の出産業株式会社 営業企画部",
                "slides": [
                    ["2027年 取引先交流会 企画案", "営業企画部", "2026年10月"],
                    ["目的", "主要取引先との関係強化", "新製品ライン（HX-900）の非公式お披露目"],
                    ["招待先（案）", "重点：川崎電機、北国フーズ、ツバサシステム", "見直し候補：取引縮小予定の3社は招待しない"],
                    ["予算", "総額 320万円（前年比 +15%）", "1社あたりの上限 8万円"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached PPTX marked 部外秘 on every slide goes to an outside event company.",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "kondankai-038",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["イベントプラザ 運営チーム <staff@event-plaza.co.jp>"],
        "subject": "10/22 交流会 当日の進行表",
        "body": """運営チームの皆さま

当日の進行表をお送りします。前回からの変更点は乾杯の時刻（18:05→18:10）のみです。

坂巻
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "交流会_当日進行.pptx",
                "slides": [
                    ["10/22 異業種交流会 進行", "会場：浜松町コンベンションルーム"],
                    ["タイムテーブル", "17:30 受付開始", "18:00 開会挨拶", "18:10 乾杯", "18:20 ショートプレゼン（3社）", "19:30 中締め"],
                    ["スタッフ配置", "受付 2名", "クローク 1名", "マイク係 1名"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Run-of-show slides without marking or personal data.",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "kondankai-039",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["イベントプラザ 運営チーム <staff@event-plaza.co.jp>"],
        "subject": "当日の弊社スタッフ連絡先",
        "body": """運営チームの皆さま

当日の弊社側スタッフと連絡先です（タブ区切りで貼っています）。
何かあれば直接携帯にお電話ください。

氏名	ふりがな	担当	携帯
坂巻 智子	さかまき ともこ	全体統括	080-2713-4469
岩渕 翔	いわぶち しょう	受付	090-6620-1837
栃尾 菜々子	とちお ななこ	受付	070-3398-5120
神保 大輔	じんぼ だいすけ	音響・PC	080-9147-2266

よろしくお願いします。
坂巻
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Tab-separated list of four staff with mobile numbers: under five people, may warn, must go.",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "kondankai-040",
        "charset": "shift_jis",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["大森 健司 <k.omori@nishiki-insatsu.co.jp>"],
        "subject": "名札印刷のお願い（社内参加者分）",
        "body": """錦印刷株式会社　大森様

お世話になっております。日の出産業の森下です。
懇親会用の名札（社内参加者分）の印刷をお願いいたします。
書式は前回と同じ「氏名＋ふりがな」のみで結構です。

　　勅使河原　隆之　　てしがわら　たかゆき
　　小鳥遊　　美穂　　たかなし　みほ
　　百目鬼　　健太郎　どうめき　けんたろう
　　四月一日　沙織　　わたぬき　さおり
　　纐纈　　　誠　　　こうけつ　まこと
　　鰐部　　　由紀子　わにべ　ゆきこ
　　日下部　　翔　　　くさかべ　しょう
　　戸来　　　千尋　　へらい　ちひろ
　　八木橋　　昌平　　やぎはし　しょうへい
　　宇留野　　和子　　うるの　かずこ
　　斑目　　　大輔　　まだらめ　だいすけ
　　城之内　　舞　　　じょうのうち　まい
　　三瓶　　　博　　　さんぺい　ひろし
　　仲宗根　　恵理　　なかそね　えり
　　莇　　　　直樹　　あざみ　なおき
　　桑畑　　　多恵　　くわはた　たえ
　　柘植　　　悠人　　つげ　ゆうと
　　蛭田　　　弥生　　ひるた　やよい

以上18名、11月18日までに納品いただけますと助かります。
""" + _SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Name badges: names and readings only, no contact details or other attributes; names alone carry no personal record.",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "kondankai-041",
        "charset": "utf-8",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["大森 健司 <k.omori@nishiki-insatsu.co.jp>"],
        "subject": "名札印刷のお願い（ご来賓分）",
        "body": """大森様

続けてすみません、森下です。
ご来賓分の名札は社名・役職入りでお願いしたく、Wordの表でお送りします。
社内分と同じく11月18日納品でお願いいたします。

森下
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "名札_ご来賓.docx",
                "paragraphs": ["取引先懇親会　名札（ご来賓）　10名"],
                "tables": [
                    [
                        ["会社名", "役職", "氏名"],
                        ["川崎電機株式会社", "代表取締役会長", "御手洗 正信"],
                        ["川崎電機株式会社", "専務取締役", "斑目 光代"],
                        ["川崎電機株式会社", "常務取締役", "纐纈 博"],
                        ["株式会社みどり銀行", "常務執行役員", "能登谷 修"],
                        ["株式会社みどり銀行", "浜松町支店長", "栗原 紀子"],
                        ["青葉運輸株式会社", "代表取締役社長", "鰐部 正"],
                        ["北国フーズ株式会社", "取締役営業本部長", "一戸 勝也"],
                        ["株式会社ツバサシステム", "代表取締役", "榎戸 耕一"],
                        ["東雲化成株式会社", "取締役", "百目鬼 香織"],
                        ["白川法律事務所", "弁護士", "白川 咲"],
                    ]
                ],
            }
        ],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Ten guests' names with company and title for name badges: business-card data, arguably a list of people, arguably just business contacts.",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "kondankai-042",
        "charset": "iso-2022-jp",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["阿久津 綾乃 <akutsu@minato-sekkei.co.jp>"],
        "cc": [
            "domeki.k@shinonome-kasei.co.jp",
            "isago@lumina-kikaku.jp",
            "uruno@tsubasa-system.jp",
            "y.higa@ryuwa-trading.co.jp",
        ],
        "subject": "異業種交流会 ご参加のお礼",
        "body": """交流会にご参加の皆さま

先日はお忙しいところ、異業種交流会にご参加いただき誠にありがとうございました。
おかげさまで大変盛況のうちに終えることができました。

当日のショートプレゼン資料は、下記よりダウンロードいただけます（11/30まで）。
https://files.hinode-sangyo.co.jp/share/kouryukai-1022

次回は来年4月を予定しております。今後ともよろしくお願い申し上げます。
""" + _SIG_SAKAMAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Thank-you mail with five external companies visible in To/Cc: should have been Bcc.",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "kondankai-043",
        "charset": "utf-8",
        "sender": "Tomoko Sakamaki <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["Tomoko Sakamaki <sakamaki-t@hinode-sangyo.co.jp>"],
        "bcc": [
            "james.whitfield@brightwave-tech.com",
            "l.chen@formosa-precision.com.tw",
            "k.nguyen@saigon-components.vn",
            "m.schreiber@rheinwerk-gmbh.de",
        ],
        "subject": "Thank you for joining our Partner Evening in Osaka",
        "body": """Dear partners,

Thank you very much for joining our Partner Evening in Osaka last Saturday.
It was wonderful to have guests from five countries around one table.

The group photo and the slides from the short talks are available here until
30 November:
https://files.hinode-sangyo.co.jp/share/partner-evening-2026

We look forward to welcoming you again next year.

(This message was sent to all guests in Bcc.)

Kind regards,
Tomoko Sakamaki
Sales Planning, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English thank-you to foreign partners, all in Bcc: nobody sees the others.",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "kondankai-044",
        "charset": "iso-2022-jp",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["料亭 菊水 女将 <okami@ryotei-kikusui.co.jp>"],
        "subject": "1/15 会食のお料理についてご相談",
        "body": """女将様

いつもお世話になっております。秘書室の立花です。
1月15日の会食でお迎えする琉和トレーディング株式会社の比嘉 悠人社長ですが、
イスラム教を信仰されており、豚肉・豚由来の食材とアルコール（みりん・料理酒を含む）が召し上がれません。
お祈りの時間もございますので、19時半ごろに10分ほど別室をお借りできますでしょうか。

献立をご検討いただけますと幸いです。
""" + _SIG_TACHIBANA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named guest's religion (Islam) told to the restaurant: 信条 is 要配慮個人情報 even for one person.",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "kondankai-045",
        "charset": "utf-8",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["串かつ なにわ亭 <info@naniwatei.jp>"],
        "subject": "11/14 貸切のお料理について",
        "body": """なにわ亭 ご担当者様

11月14日（土）19時から個室で14名の予約をしております日の出産業の加賀谷です。
海外からのお客様が多いため、次の対応をお願いできますでしょうか。

- ハラール対応のお料理　2名分
- ノンアルコールのお飲み物を多めに
- 英語のお品書き（簡単なもので結構です）

お名前でのご指定は不要です。当日こちらからお席をご案内します。
""" + _SIG_KAGAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Halal meals ordered as counts, no person named: nothing sensitive is tied to anyone.",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "kondankai-046",
        "charset": "shift_jis",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["ひかりレンタカー 浜松町店 <hamamatsucho@hikari-rentacar.co.jp>"],
        "subject": "ワゴン車ご予約（11/20）と運転者情報",
        "body": """ひかりレンタカー浜松町店 御中

お世話になっております。日の出産業の森下です。
懇親会当日の荷物運搬・送迎用にワゴン車（10人乗り）を予約いたします。
事前登録が必要とのことでしたので、運転者の情報をお送りします。

【予約内容】
　貸出：11月20日（金）13:00　返却：11月21日（土）10:00
　車種：ハイエース ワゴン（10人乗り）

【運転者】
　氏名　　：神保 大輔
　生年月日：平成２年７月１９日
　免許証番号：第 ３０１８ ４４７２ ９０６１ 号（東京都公安委員会）
　有効期限：令和９年８月１９日
""" + _SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "An employee's driving licence number and date of birth (full-width digits, 和暦) sent to the rental-car shop.",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "kondankai-047",
        "charset": "shift_jis",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["ひかりレンタカー 浜松町店 <hamamatsucho@hikari-rentacar.co.jp>"],
        "subject": "Re: ご予約確認（予約番号 HR-884120）",
        "body": """ひかりレンタカー浜松町店 御中

予約確認のメールありがとうございました。
運転者の免許証は、当日店頭で原本をご提示いたします。
ETCカードの貸出もあわせてお願いいたします。

日の出産業 総務部 森下

> 日の出産業株式会社 森下様
> この度はご予約ありがとうございます。
> 予約番号：HR-884120　車種：ハイエース ワゴン
> 貸出：11/20 13:00　返却：11/21 10:00
> 運転される方の免許証を当日お持ちください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reservation number only; the licence will be shown in person, no ID number in the mail.",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "kondankai-048",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "FW: 懇親会 出席者のご連絡（川崎電機）",
        "body": """篠原様

川崎電機様から出席者の連絡がありましたので、そのまま転送します。
受付表への追加をお願いいたします。

加賀谷

---------- Forwarded message ---------
From: 宍戸 昌平 <shishido@kawasaki-denki.co.jp>
Date: 2026年11月9日(月) 17:32
Subject: 懇親会 出席者のご連絡
To: 加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>

加賀谷様

懇親会の件、弊社からは以下6名で伺います。
当日の連絡先もあわせてお知らせします。

1. 御手洗 正信　会長　　　090-3318-7720　mitarai@kawasaki-denki.co.jp
2. 斑目 光代　　専務　　　080-5902-1164　madarame@kawasaki-denki.co.jp
3. 纐纈 博　　　常務　　　090-2281-4039　koketsu@kawasaki-denki.co.jp
4. 宍戸 昌平　　営業部長　080-7719-3305　shishido@kawasaki-denki.co.jp
5. 逢坂 咲　　　営業課長　070-6624-0918　osaka.saki@kawasaki-denki.co.jp
6. 甘粕 亮　　　営業担当　090-1187-5562　amakasu.r@kawasaki-denki.co.jp

川崎電機 宍戸
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Forward of a partner's list of six attendees with mobiles and e-mails to the hotel: forwarded text is new to the recipient.",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "kondankai-049",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["宍戸 昌平 <shishido@kawasaki-denki.co.jp>"],
        "subject": "Re: 懇親会 出席者のご連絡",
        "body": """宍戸部長

ご連絡ありがとうございます。6名様、承知いたしました。
会長様・専務様のお席はメインテーブルにご用意いたします。
当日はどうぞよろしくお願いいたします。

加賀谷

宍戸 昌平 さんは書きました:
> 加賀谷様
>
> 懇親会の件、弊社からは以下6名で伺います。
> 当日の連絡先もあわせてお知らせします。
>
> 1. 御手洗 正信　会長　　　090-3318-7720　mitarai@kawasaki-denki.co.jp
> 2. 斑目 光代　　専務　　　080-5902-1164　madarame@kawasaki-denki.co.jp
> 3. 纐纈 博　　　常務　　　090-2281-4039　koketsu@kawasaki-denki.co.jp
> 4. 宍戸 昌平　　営業部長　080-7719-3305　shishido@kawasaki-denki.co.jp
> 5. 逢坂 咲　　　営業課長　070-6624-0918　osaka.saki@kawasaki-denki.co.jp
> 6. 甘粕 亮　　　営業担当　090-1187-5562　amakasu.r@kawasaki-denki.co.jp
>
> 川崎電機 宍戸
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply to the partner quoting their own six-person list with '>': quoted text the recipient already has.",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "kondankai-050",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["岩渕 翔 <iwabuchi.s@hinode-sangyo.jp>"],
        "subject": "懇親会 幹事打合せ（明日15時）",
        "body": """岩渕さん

お疲れさまです。森下です。
明日15時から、懇親会の幹事打合せをしたいので8階小会議室に来てください。
以下を持ってきてもらえると助かります。
・受付の段取り案
・名札の最終リスト（社内分）
・二次会の店の候補（2〜3軒）

よろしくお願いします。
森下
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "A colleague addressed at hinode-sangyo.jp: the organisation's own domain with co. dropped, a look-alike outside the company.",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "kondankai-051",
        "charset": "utf-8",
        "sender": "北浦 直子 <kitaura@osaka.hinode-sangyo.co.jp>",
        "to": ["morishita.yoko@hinode-sangyo.co.jp"],
        "cc": ["osaka-soumu@osaka.hinode-sangyo.co.jp"],
        "subject": "大阪支店 懇親会 出欠（タブ区切り）",
        "body": """森下さん

大阪支店分の出欠をまとめました。Excelにそのまま貼れるようタブ区切りにしています。
当日の連絡用に携帯も入れています。

氏名	携帯	懇親会	二次会
千葉 和子	070-3873-2938	○	○
纐纈 和子	090-5943-2789	×	×
柘植 大輔	090-9431-6488	○	未定
比嘉 拓海	090-4730-1787	○	○
猪瀬 悠人	080-4257-3307	×	×
八木橋 耕一	090-8949-1083	○	○
舘 沙織	090-7786-9915	○	未定
宇留野 菜々子	090-9410-5521	○	×
城之内 正信	090-1150-1417	○	未定
蛭田 誠	090-5152-6147	○	×
一戸 千尋	090-7728-1008	○	○
御手洗 咲	080-5480-3057	○	×
仲宗根 弥生	070-3138-8748	○	未定
五十嵐 誠	080-9934-3082	○	未定
三瓶 正信	080-5254-5842	○	×
阿久津 恵理	080-7826-3835	○	○
神保 大輔	080-7226-5365	×	○
米谷 昌平	070-5403-2134	×	○
砂金 悠人	090-5568-0348	×	未定
四月一日 多恵	080-5757-5700	○	未定
相馬 多恵	090-1818-5116	×	×
羽賀 翔	070-8162-1739	○	未定
百目鬼 紀子	070-9696-9441	○	○
真壁 美穂	070-9641-7378	○	未定
桑畑 正信	080-1781-2254	○	×

大阪支店 総務 北浦
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "25 employees' mobiles between the Osaka branch subdomain and head office: all internal.",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "kondankai-052",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["日下部 耕一 <kusakabe-koichi@outlook.jp>"],
        "subject": "令和7年度 会計報告（監査のお願い）",
        "body": """日下部様

会計監査をお引き受けいただきありがとうございます。
令和7年度の会計報告を添付いたします。PDFには閲覧用パスワードを設定しております。
パスワードはお電話でお伝えいたします。

OB会事務局　野々村
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "OB会_会計報告_R7.pdf",
                "password": "kansa-R7",
                "lines": ["日の出産業OB会 令和7年度 会計報告", "収入の部", "会費収入 312,000円", "支出の部", "懇親会費 268,400円"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "Password-protected PDF: the attachment cannot be inspected.",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "kondankai-053",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["日下部 耕一 <kusakabe-koichi@outlook.jp>"],
        "subject": "Re: 会計報告のPDFが開けません",
        "body": """日下部様

ご不便をおかけしました。パスワードなしのものを改めてお送りします。
収支のみで個人名は入っておりませんので、このままご確認ください。

野々村

> 事務局さま
> パスワード付きのPDFがスマートフォンで開けませんでした。
> お手数ですが別の形でいただけますか。日下部
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "OB会_会計報告_R7_閲覧用.pdf",
                "lines": [
                    "日の出産業OB会 令和7年度 会計報告（令和7年4月1日〜令和8年3月31日）",
                    "",
                ],
                "table": [
                    ["区分", "科目", "金額（円）"],
                    ["収入", "年会費（52名）", "312,000"],
                    ["収入", "懇親会費（46名）", "276,000"],
                    ["収入", "会社補助金", "100,000"],
                    ["支出", "懇親会 会場・飲食費", "368,400"],
                    ["支出", "案内状 印刷・郵送", "41,820"],
                    ["支出", "慶弔費", "30,000"],
                    ["", "次年度繰越", "247,780"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Readable accounts PDF with totals only, to one member on free mail: no personal data.",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "kondankai-054",
        "charset": "utf-8",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["相馬 隆之 <t.soma.hinode-ob@icloud.com>"],
        "subject": "新幹事ご就任にあたっての資料",
        "body": """相馬様

このたびは幹事をお引き受けいただき、ありがとうございます。
担当していただく「関東北部ブロック」の会員名簿をお送りします。
年賀状や総会のご案内の際にお使いください。

シート「ブロック名簿」が担当分、「連絡網」は電話連絡の順番です。

OB会事務局　野々村
""" + _SIG_OB,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "関東北部ブロック_会員名簿.xlsx",
                "title": "OB会 関東北部ブロック 会員名簿",
                "sheets": {
                    "ブロック名簿": [
                        ["日の出産業OB会　関東北部ブロック　会員名簿（2026年9月現在）"],
                        ["氏名", "入社年", "退職年", "生年月日", "郵便番号", "住所", "電話"],
                    ] + [
            ["猪瀬 修", 1983, 2019, "1960/1/12", "177-0041", "東京都練馬区石神井町3-28-10", "080-8678-9773"],
            ["榎戸 弥生", 1984, 2015, "1961/1/17", "305-0032", "茨城県つくば市竹園5-25-16", "090-5930-1748"],
            ["御手洗 昌平", 1999, 2024, "1975/8/4", "183-0034", "東京都府中市住吉町3-18-4", "070-3755-0899"],
            ["柘植 多恵", 1997, 2024, "1973/11/8", "330-0061", "埼玉県さいたま市浦和区常盤1-22-1", "070-7577-8328"],
            ["日下部 誠", 2017, 2024, "1994/6/27", "251-0037", "神奈川県藤沢市鵠沼海岸5-8-5", "070-9013-6651"],
            ["四月一日 翔", 1988, 2014, "1964/2/15", "211-0067", "神奈川県川崎市中原区今井南町4-10-3", "070-4762-9338"],
            ["勅使河原 香織", 2008, 2024, "1984/5/8", "274-0825", "千葉県船橋市前原西3-7-12", "080-2789-1649"],
            ["千葉 勝也", 2009, 2024, "1985/5/11", "177-0041", "東京都練馬区石神井町2-5-1", "070-9737-8502"],
            ["木暮 光代", 1983, 2017, "1960/7/5", "359-1141", "埼玉県所沢市小手指町2-1-1", "090-9585-6485"],
            ["神保 耕一", 2013, 2024, "1991/9/14", "194-0013", "東京都町田市原町田4-1-15", "080-5870-1514"],
            ["鰐部 博", 2001, 2024, "1979/4/3", "166-0003", "東京都杉並区高円寺南2-4-7", "090-3383-5381"],
            ["真壁 耕一", 1998, 2024, "1974/10/6", "177-0041", "東京都練馬区石神井町1-21-8", "090-2797-2436"],
            ["百目鬼 香織", 2009, 2024, "1986/9/15", "156-0054", "東京都世田谷区桜丘1-18-8", "080-2255-2130"],
            ["田名部 咲", 1992, 2024, "1968/9/4", "183-0034", "東京都府中市住吉町3-29-10", "090-2051-8920"],
            ["犬飼 咲", 1979, 2008, "1956/2/25", "156-0054", "東京都世田谷区桜丘5-26-9", "090-3683-7499"],
            ["相馬 菜々子", 2011, 2024, "1989/12/14", "305-0032", "茨城県つくば市竹園4-13-18", "070-8065-0436"],
            ["桑畑 博", 1997, 2024, "1974/1/24", "330-0061", "埼玉県さいたま市浦和区常盤3-15-11", "090-3478-3382"],
            ["纐纈 大輔", 1988, 2022, "1964/10/10", "223-0062", "神奈川県横浜市港北区日吉本町3-21-13", "070-4816-5504"],
        ],
                    "連絡網": [
                        ["順", "発信", "受信"],
                        [1, "相馬 隆之", "猪瀬 修"],
                        [2, "猪瀬 修", "次の方（名簿順）"],
                    ],
                    "メモ": [["退会・物故の連絡は事務局まで"]],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "18 OB members with birth dates, home addresses and phones in a multi-sheet XLSX to a private iCloud address.",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "kondankai-055",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["栃尾 正 <tochio.tadashi@gmail.com>"],
        "subject": "ご住所変更の件、承りました",
        "body": """栃尾様

ご連絡ありがとうございます。OB会事務局の野々村です。
会員情報を以下のとおり変更いたしました。念のためご確認ください。

　お名前　　：栃尾 正 様（会員番号 OB-1347）
　新ご住所　：〒359-1141 埼玉県所沢市小手指町4-11-2 コスモ小手指305
　お電話　　：04-2948-6613
　変更日　　：2026年10月1日

総会のご案内は新しいご住所にお送りします。
""" + _SIG_OB,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "One member's own new address confirmed back to him: a single person's record, may warn, must go.",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "kondankai-056",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["逢坂 咲 <osaka.saki@kawasaki-denki.co.jp>"],
        "subject": "共催懇親会の案内文（修正版）",
        "body": """逢坂課長

お世話になっております。加賀谷です。
共催の懇親会の案内文、ご指摘の箇所を直しました。

・主催者名を「川崎電機株式会社・日の出産業株式会社」の順に変更
・会費を 5,000円 → 5,500円 に訂正
・前回添付の資料のうち、弊社の社外秘の記載があったページ（予算の内訳）は削除しました

案内文は本文に貼り付けておきます。

--------
川崎電機株式会社・日の出産業株式会社 合同懇親会のご案内
日時：2027年2月5日（金）18:30〜
会場：さくらホテル 桜の間
会費：5,500円
--------

ご確認をお願いいたします。
""" + _SIG_KAGAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mentions that a 社外秘 page was removed: the word is talked about, not a marking on this mail or an attachment.",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "kondankai-057",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["浜松町タワー 防災センター <bosai@hamamatsucho-tower.co.jp>"],
        "subject": "入館申請（10/22 交流会 来訪者）",
        "body": """浜松町タワー 防災センター 御中

テナントの日の出産業（18F）坂巻です。
10月22日（木）17:00以降、交流会のため下記の方が来訪されますので入館登録をお願いします。

  来訪者         会社名
  -------------  ------------------------
  城之内 亮      株式会社ツバサシステム
  佐久間 沙織    株式会社ミナト設計
  芦原 誠        東都大学

ほか一般参加者は18F受付にて当社が対応します。
""" + _SIG_SAKAMAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Building entry request with three visitors' names and companies only: business contacts, no personal record.",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "kondankai-058",
        "charset": "iso-2022-jp",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["料亭 菊水 ご予約係 <yoyaku@ryotei-kikusui.co.jp>"],
        "subject": "【社外秘】役員懇談会（12/18）出席者調整",
        "body": """【社外秘】

料亭 菊水 ご予約係 御中

いつもお世話になっております。秘書室の立花です。
12月18日の役員懇談会は、出席が8名から6名に減る見込みです。
お部屋は「萩の間」のままで結構です。お料理は6名分でお願いいたします。

※本件は社内でもまだ公表前の案件に関する懇談のため、取扱いにご注意ください。
""" + _SIG_TACHIBANA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The mail itself is stamped 【社外秘】 in subject and body and goes to the restaurant.",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "kondankai-059",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["白川 咲 <s.shirakawa@shirakawa-law.jp>"],
        "subject": "年末懇親会へのご招待",
        "body": """白川法律事務所
白川 咲 先生

平素より大変お世話になっております。日の出産業の加賀谷でございます。
本年も顧問として多大なるご支援をいただき、誠にありがとうございました。

ささやかではございますが年末懇親会を催しますので、ご臨席いただけますと幸いです。

　日時：12月11日（金）18:30〜
　会場：料亭 菊水（港区芝大門2-5-9）

ご多忙のところ恐縮ですが、ご都合をお知らせいただけますと幸いです。
""" + _SIG_KAGAYA + "\n" + _DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Invitation to the company's lawyer with the standard Japanese confidentiality disclaimer: no marking, no personal data.",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "kondankai-060",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["榎戸 綾乃 <enokido@tsubasa-system.jp>"],
        "subject": "共催交流会 フォーム回答のエクスポート",
        "body": """榎戸様

お疲れさまです。坂巻です。
申込フォームの回答をCSVでエクスポートしました（UTF-8）。
御社側でも受付準備にお使いください。

坂巻
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "kouryukai_form_responses.csv",
                "encoding": "utf-8",
                "rows": [["タイムスタンプ", "お名前", "メールアドレス", "会社名", "交流会", "懇親会", "備考"]] + [
            ["2026/10/09 10:48:57", "蛭田 翔", "hiruta.sho@hinode-sangyo.co.jp", "日の出産業株式会社", "出席", "不参加", "遅れて参加します"],
            ["2026/10/04 13:25:42", "四月一日 舞", "watanuki.mai@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "参加", "車で来場"],
            ["2026/10/13 20:48:58", "斑目 多恵", "madarame.tae@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "参加", "遅れて参加します"],
            ["2026/10/10 22:20:13", "神保 沙織", "jinbo.saori@hinode-sangyo.co.jp", "日の出産業株式会社", "出席", "参加", "遅れて参加します"],
            ["2026/10/14 22:54:02", "砂金 由紀子", "isago.yukiko@kawasaki-denki.co.jp", "川崎電機株式会社", "出席", "参加", ""],
            ["2026/10/08 15:17:59", "真壁 咲", "makabe.saki@tsubasa-system.jp", "株式会社ツバサシステム", "出席", "参加", "遅れて参加します"],
            ["2026/10/08 18:20:45", "八木橋 修", "yagihashi.osamu@minato-sekkei.co.jp", "株式会社ミナト設計", "欠席", "参加", ""],
            ["2026/10/05 21:38:02", "犬飼 香織", "inukai.kaori@tsubasa-system.jp", "株式会社ツバサシステム", "出席", "不参加", ""],
            ["2026/10/11 20:36:01", "御手洗 多恵", "mitarai.tae@kawasaki-denki.co.jp", "川崎電機株式会社", "出席", "参加", "遅れて参加します"],
            ["2026/10/01 20:53:17", "甘粕 修", "amakasu.osamu@hinode-sangyo.co.jp", "日の出産業株式会社", "出席", "参加", ""],
            ["2026/10/08 9:40:34", "猪瀬 由紀子", "inose.yukiko@tsubasa-system.jp", "株式会社ツバサシステム", "出席", "参加", "車で来場"],
            ["2026/10/04 21:30:16", "鰐部 菜々子", "wanibe.nanako@hinode-sangyo.co.jp", "日の出産業株式会社", "出席", "不参加", ""],
            ["2026/10/09 19:02:11", "戸来 隆之", "herai.takayuki@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "参加", ""],
            ["2026/10/12 16:32:39", "勅使河原 悠人", "teshigawara.yuuto@minato-sekkei.co.jp", "株式会社ミナト設計", "出席", "参加", "車で来場"],
            ["2026/10/02 14:59:57", "羽賀 由紀子", "haga.yukiko@hinode-sangyo.co.jp", "日の出産業株式会社", "欠席", "参加", "遅れて参加します"],
            ["2026/10/04 18:56:58", "柘植 直樹", "tsuge.naoki@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "参加", ""],
            ["2026/10/11 22:32:50", "佐久間 恵理", "sakuma.eri@minato-sekkei.co.jp", "株式会社ミナト設計", "出席", "参加", ""],
            ["2026/10/02 19:55:52", "百目鬼 翔", "domeki.sho@hinode-sangyo.co.jp", "日の出産業株式会社", "出席", "参加", ""],
            ["2026/10/02 12:34:50", "鬼頭 勝也", "kito.katsuya@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "参加", "車で来場"],
            ["2026/10/06 16:05:02", "小鳥遊 綾乃", "takanashi.ayano@tsubasa-system.jp", "株式会社ツバサシステム", "欠席", "参加", ""],
            ["2026/10/13 12:31:58", "三瓶 多恵", "sanpei.tae@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "参加", ""],
            ["2026/10/13 8:11:34", "一戸 沙織", "ichinohe.saori@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "不参加", ""],
            ["2026/10/03 16:57:46", "木暮 咲", "kogure.saki@shinonome-kasei.co.jp", "東雲化成株式会社", "欠席", "参加", ""],
            ["2026/10/13 11:28:33", "千葉 咲", "chiba.saki@tsubasa-system.jp", "株式会社ツバサシステム", "出席", "不参加", ""],
            ["2026/10/09 16:53:58", "仲宗根 昌平", "nakasone.shohei@hinode-sangyo.co.jp", "日の出産業株式会社", "出席", "参加", "車で来場"],
            ["2026/10/14 21:57:39", "宍戸 紀子", "shishido.noriko@shinonome-kasei.co.jp", "東雲化成株式会社", "出席", "参加", ""],
            ["2026/10/09 12:36:31", "榎戸 大輔", "enokido.daisuke@minato-sekkei.co.jp", "株式会社ミナト設計", "出席", "参加", ""],
            ["2026/10/09 8:38:24", "宇留野 直樹", "uruno.naoki@tsubasa-system.jp", "株式会社ツバサシステム", "出席", "不参加", ""],
            ["2026/10/07 16:51:36", "田名部 沙織", "tanabu.saori@minato-sekkei.co.jp", "株式会社ミナト設計", "出席", "参加", ""],
            ["2026/10/02 22:34:29", "阿久津 紀子", "akutsu.noriko@hinode-sangyo.co.jp", "日の出産業株式会社", "欠席", "参加", ""],
            ["2026/10/08 15:08:21", "城之内 勝也", "jonochi.katsuya@hinode-sangyo.co.jp", "日の出産業株式会社", "欠席", "参加", ""],
            ["2026/10/02 11:26:39", "米谷 翔", "maiya.sho@kawasaki-denki.co.jp", "川崎電機株式会社", "出席", "参加", ""],
            ["2026/10/01 11:09:14", "長谷部 亮", "hasebe.ryo@tsubasa-system.jp", "株式会社ツバサシステム", "出席", "不参加", ""],
            ["2026/10/12 13:15:39", "新井 健太郎", "arai.kentaro@kawasaki-denki.co.jp", "川崎電機株式会社", "欠席", "参加", "遅れて参加します"],
            ["2026/10/02 21:32:39", "東海林 誠", "shoji.makoto@minato-sekkei.co.jp", "株式会社ミナト設計", "出席", "不参加", ""],
        ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV export of 35 registrants with names and e-mail addresses sent to the co-hosting partner.",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "kondankai-061",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["榎戸 綾乃 <enokido@tsubasa-system.jp>"],
        "subject": "共催交流会 申込状況（10/15時点）",
        "body": """榎戸様

申込状況の集計です（個人名は省いています）。

■全体
　交流会　出席 27名／欠席 8名
　懇親会　参加 22名／不参加 13名

■会社別（交流会 出席）
　日の出産業株式会社　　　　 9名
　株式会社ツバサシステム　　 7名
　川崎電機株式会社　　　　　 5名
　東雲化成株式会社　　　　　 3名
　株式会社ミナト設計　　　　 3名

懇親会は立食30名規模で会場を押さえています。
坂巻
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Registration totals by company, no individuals: aggregate counts only.",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "kondankai-062",
        "charset": "utf-8",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": [
            "宍戸 昌平 <shishido@kawasaki-denki.co.jp>",
            "一戸 勝也 <ichinohe.k@kitaguni-foods.co.jp>",
            "阿久津 綾乃 <akutsu@minato-sekkei.co.jp>",
            "相馬 由紀子 <soma.yukiko.design@gmail.com>",
        ],
        "subject": "今夜の二次会、こちらです！",
        "body": """皆さま

本日はありがとうございました！
二次会は「炉端 うみかぜ 浜松町店」です。会場を出て右、徒歩3分です。

　港区浜松町1-22-4 第二松本ビル1F
　会費 4,000円（飲み放題）

先に行って席を取っておきます。迷ったら私の携帯までどうぞ。
加賀谷（080-4417-2309）
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "After-party notice with four external parties (three companies and a private person) visible in To.",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "kondankai-063",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "cc": ["鰐部 達也 <t-wanibe@aoba-unyu.co.jp>"],
        "subject": "送迎バスの到着・待機場所について（ホテル様・バス会社様）",
        "body": """篠原様、鰐部様

お世話になっております。日の出産業の森下です。
お二方に直接ご調整いただいたほうが早いと思い、同じメールでお送りします。

・往路バス到着：17:55ごろ　正面車寄せ
・待機：ホテル様の第2駐車場（大型可）でよろしいでしょうか
・復路出発：20:45　正面車寄せ

駐車料金が発生する場合は当社請求でお願いいたします。
""" + _SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Hotel and bus company (two external organisations) in To/Cc to settle logistics: a normal three-way mail.",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "kondankai-064",
        "charset": "utf-8",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["大森 健司 <k.omori@nishiki-insatsu.co.jp>"],
        "subject": "OB会報 第38号 原稿入稿",
        "body": """大森様

お世話になっております。OB会事務局の野々村です。
会報第38号の原稿を入稿いたします。レイアウトは前号と同じでお願いします。
初校は10月20日ごろにいただけますと幸いです。

野々村
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "OB会報38号_原稿.docx",
                "title": "日の出産業OB会報 第38号",
                "paragraphs": [
                    "日の出産業OB会報　第38号（令和8年秋）",
                    "■会長あいさつ　薬師寺 勝也",
                    "今年も総会・懇親会を無事に開催できますこと、心より御礼申し上げます。",
                    "■会員の近況",
                    "真壁 博さん（昭和50年入社・元経理部）：昨年春に脳梗塞で倒れ、現在は自宅でリハビリを続けておられます。右手が不自由とのことですが、お元気な声を聞かせてくださいました。",
                    "米谷 正信さん（昭和54年入社・元営業部）：うつ病で長く休養されていましたが、最近は家庭菜園を楽しんでいるそうです。",
                    "田名部 和夫さん（昭和57年入社・元物流部）：地元の少年野球のコーチを続けておられます。",
                    "■事務局より",
                    "会費納入のお願い（年額 6,000円）",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Newsletter manuscript to the printer names members with stroke and depression: 病歴 of identifiable people.",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "kondankai-065",
        "charset": "shift_jis",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["大森 健司 <k.omori@nishiki-insatsu.co.jp>"],
        "subject": "OB会報 第39号 原稿",
        "body": """大森様

いつもありがとうございます。OB会報第39号の原稿です。
写真は別便（ストレージのリンク）でお送りします。

OB会事務局　野々村
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "OB会報39号_原稿.docx",
                "paragraphs": [
                    "日の出産業OB会報　第39号（令和9年春）",
                    "■総会・懇親会のご報告",
                    "11月14日、さくらホテル楓の間にて総会・懇親会を開催し、46名が参加しました。",
                    "■会員の近況",
                    "宇留野 耕一さん（昭和55年入社）：四国八十八か所を歩き通されました。",
                    "犬飼 多恵さん（昭和61年入社）：地域の合唱団で指揮を務めておられます。",
                    "■訃報",
                    "元常務取締役 三瓶 修様が令和8年12月に逝去されました。謹んでご冥福をお祈り申し上げます。",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Newsletter with members' hobbies and an obituary notice: no contact data, nothing 要配慮.",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "kondankai-066",
        "charset": "iso-2022-jp",
        "sender": "岩渕 翔 <iwabuchi.s@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "FW: 新入社員歓迎会の人数について",
        "body": """さくらホテル 篠原様

お世話になっております。日の出産業 総務部の岩渕です。
新入社員歓迎会の人数について、人事部からの連絡を添付で転送いたします。
中途入社が1名増えて、合計23名となります。

よろしくお願いいたします。
岩渕
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "新入社員歓迎会の人数について.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "人事部 採用課 <saiyo@hinode-sangyo.co.jp>",
                    "to": ["iwabuchi.s@hinode-sangyo.co.jp"],
                    "subject": "新入社員歓迎会の人数について",
                    "body": """岩渕さん

歓迎会の件、10/1付で中途採用の方が1名入社しますので、出席者は23名になります。

なお、同じ方の入社手続きで、給与担当に回す情報をこちらにメモしておきます（後で消します）。
　氏名：羽賀 拓海（はが たくみ）
　個人番号：""" + _MN_NEWHIRE + """
　配属：物流部

人事部 採用課
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "A forwarded internal mail, attached as .eml, carries a new hire's My Number and goes to the hotel.",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "kondankai-067",
        "charset": "utf-8",
        "sender": "人事部 採用課 <saiyo@hinode-sangyo.co.jp>",
        "to": ["all-tokyo@hinode-sangyo.co.jp"],
        "subject": "新入社員歓迎会のお知らせ（10/16）",
        "body": """社員各位

10月16日（金）18:30より、さくらホテル「楓の間」にて新入社員歓迎会を行います。
今年度の新入社員を紹介します。当日は気軽に声をかけてください。

  氏名           配属先          生年月日     出身
  -------------  --------------  -----------  ----------
  羽賀 拓海      物流部          1998/05/21   宮城県
  真壁 咲        営業一部        2003/11/02   沖縄県
  犬飼 悠人      情報システム部  2002/07/30   東京都
  日下部 菜々子  経理部          2003/02/14   北海道
  砂金 直樹      営業二部        2002/09/09   宮城県
  仲宗根 舞      人事部          2003/04/18   沖縄県

会費：社員 3,000円（新入社員は無料）
出欠は10/9までに各部の幹事へ。
人事部 採用課
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "New hires' birth dates in a padded table to an internal distribution list only.",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "kondankai-068",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["鰐部 達也 <t-wanibe@aoba-unyo.co.jp>"],
        "subject": "送迎バス 復路の出発時刻変更",
        "body": """鰐部様

お世話になっております。日の出産業の森下です。
懇親会が30分延長になりましたので、復路の出発を 20:45 → 21:15 に変更させてください。
乗務員の方の待機時間延長分はご請求いただいて構いません。

取り急ぎよろしくお願いいたします。
""" + _SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyo.co.jp swaps a letter of the partner aoba-unyu.co.jp: look-alike recipient.",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "kondankai-069",
        "charset": "shift_jis",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["鰐部 達也 <t-wanibe@aoba-unyu.co.jp>"],
        "subject": "Re: 配車確定のお知らせ（予約番号 AU-C-260931）",
        "body": """鰐部様

配車確定のご連絡ありがとうございます。内容承知しました。
当日は総務の岩渕が本社前で誘導いたします。

森下

>> 予約番号：AU-C-260931
>> 車両：中型観光バス（品川230あ 12-07）
>> 乗務員：1名
>> 本社前 17:40 発 → さくらホテル 18:00 着
>> 復路：20:45 さくらホテル発
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Booking confirmation with reservation and vehicle numbers to the correct partner domain.",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "kondankai-070",
        "charset": "utf-8",
        "sender": "岩渕 翔 <iwabuchi.s@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "歓迎会の資料一式（ZIP）",
        "body": """篠原様

岩渕です。歓迎会の資料一式をZIPにまとめました。
・会場レイアウト
・参加者一覧（受付用）
ご確認をお願いいたします。
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "歓迎会資料_1016.zip",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "会場レイアウト.pdf",
                        "lines": ["楓の間 レイアウト（立食）", "正面：ステージ／マイク2本", "左奥：ドリンクカウンター", "受付：入口右"],
                    },
                    {
                        "kind": "xlsx",
                        "name": "参加者一覧_受付用.xlsx",
                        "sheets": {
                            "参加者": [["No", "氏名", "所属", "携帯", "メール"]] + [
            [1, "八木橋 由紀子", "物流部", "080-6159-2891", "yagihashiy@gmail.com"],
            [2, "真壁 直樹", "営業一部", "090-1235-7534", "makabe1n@hinode-sangyo.co.jp"],
            [3, "逢坂 美穂", "物流部", "070-9699-0242", "osaka2m@hinode-sangyo.co.jp"],
            [4, "佐久間 美穂", "物流部", "070-6505-0419", "sakumam@hinode-sangyo.co.jp"],
            [5, "長谷部 由紀子", "総務部", "080-7509-3826", "hasebe1y@gmail.com"],
            [6, "薬師寺 美穂", "経理部", "090-1046-7531", "yakushiji2m@hinode-sangyo.co.jp"],
            [7, "新井 沙織", "経理部", "090-2172-8550", "arais@hinode-sangyo.co.jp"],
            [8, "木暮 千尋", "経理部", "070-6896-5499", "kogure1c@hinode-sangyo.co.jp"],
            [9, "桑畑 舞", "総務部", "070-9785-8598", "kuwahata2m@gmail.com"],
            [10, "蛭田 弥生", "経理部", "070-3299-9109", "hirutay@hinode-sangyo.co.jp"],
            [11, "猪瀬 舞", "情報システム部", "070-5177-2091", "inose1m@hinode-sangyo.co.jp"],
            [12, "勅使河原 咲", "総務部", "090-6322-6389", "teshigawara2s@hinode-sangyo.co.jp"],
            [13, "榎戸 誠", "情報システム部", "080-6320-8535", "enokidom@gmail.com"],
            [14, "四月一日 舞", "情報システム部", "070-7223-0519", "watanuki1m@hinode-sangyo.co.jp"],
            [15, "栃尾 沙織", "経理部", "080-2306-0279", "tochio2s@hinode-sangyo.co.jp"],
            [16, "御手洗 博", "経理部", "080-1178-7158", "mitaraih@hinode-sangyo.co.jp"],
            [17, "比嘉 咲", "経理部", "090-7185-2058", "higa1s@gmail.com"],
            [18, "柘植 咲", "営業二部", "090-7093-2410", "tsuge2s@hinode-sangyo.co.jp"],
            [19, "芦原 香織", "総務部", "080-3508-3956", "ashiharak@hinode-sangyo.co.jp"],
            [20, "相馬 健太郎", "経理部", "080-1325-2343", "soma1k@hinode-sangyo.co.jp"],
        ],
                        },
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Unencrypted ZIP holding an XLSX of 20 employees with mobiles and e-mails (some private) sent to the hotel.",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "kondankai-071",
        "charset": "utf-8",
        "sender": "岩渕 翔 <iwabuchi.s@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "Re: 歓迎会の資料一式（ZIP）",
        "body": """篠原様

ご指摘ありがとうございます。参加者一覧は受付で当社が持参しますので、
お送りする資料はレイアウトと進行表のみに差し替えます。
先ほどのメールは破棄していただけますと幸いです。

岩渕
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "歓迎会資料_1016_差替.zip",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "会場レイアウト.pdf",
                        "lines": ["楓の間 レイアウト（立食）", "正面：ステージ／マイク2本", "左奥：ドリンクカウンター", "受付：入口右"],
                    },
                    {
                        "kind": "docx",
                        "name": "進行表.docx",
                        "tables": [[["時刻", "内容", "担当"], ["18:30", "開会・社長挨拶", "人事部長"], ["18:40", "乾杯", "総務部長"], ["19:00", "新入社員紹介", "採用課"], ["20:20", "中締め", "営業本部長"]]],
                    },
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Replacement ZIP with only a layout PDF and a run-of-show DOCX: nothing personal.",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "kondankai-072",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["薬師寺 勝也 <k.yakushiji.1949@gmail.com>"],
        "subject": "総会・懇親会の写真",
        "body": """薬師寺会長

先日はお疲れさまでした。当日の写真を何枚かお送りします。
会報に載せる写真を選んでいただけますと幸いです。

野々村
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "総会写真_1114.zip",
                "files": [
                    {"kind": "png", "name": "IMG_0412.png"},
                    {"kind": "png", "name": "IMG_0418.png"},
                    {"kind": "png", "name": "IMG_0433_集合写真.png"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "A plain ZIP of event photos to one private address: readable, no records.",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "kondankai-073",
        "charset": "shift_jis",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["炉端 うみかぜ 浜松町店 <hamamatsucho@robata-umikaze.jp>"],
        "subject": "11/20 二次会のご予約（20名）",
        "body": """炉端 うみかぜ 浜松町店 ご担当者様

はじめてご連絡いたします。日の出産業の加賀谷と申します。
下記で個室の予約をお願いできますでしょうか。

　日時：11月20日（金）21:00〜23:00
　人数：20名前後（前日までに確定します）
　コース：飲み放題付き 4,000円コース
　お支払い：当日現金（領収書は「日の出産業株式会社」宛て）

当日の幹事は私です。遅れる場合は下記携帯にご連絡ください。
""" + _SIG_KAGAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "After-party booking; the only phone number is the sender's own in his signature.",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "kondankai-074",
        "charset": "utf-8",
        "sender": "Ryo Kagaya <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["Lin Chen <l.chen@formosa-precision.com.tw>"],
        "subject": "Re: Dinner on 14 November",
        "body": """Dear Ms. Chen,

Thank you for your reply. I have booked a table for you and Mr. Wu.
The restaurant is a 5-minute walk from Namba station; I will meet you both at
the hotel lobby at 18:40 and we can walk there together.

Best regards,
Ryo Kagaya

On Thu, Oct 22, 2026 at 11:05 AM Lin Chen <l.chen@formosa-precision.com.tw> wrote:
> Dear Mr. Kagaya,
> Thank you for the kind invitation. My colleague Mr. Wu Jian-hong and I
> would be happy to join. Neither of us has dietary restrictions.
> We are staying at the Namba Oriental Hotel.
> Best regards,
> Lin Chen
> Formosa Precision Co., Ltd. | +886-2-2718-5530
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply in a thread to one foreign partner; personal details only in the quoted text.",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "kondankai-075",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["一戸 勝也 <ichinohe.k@kitaguni-foods.co.jp>"],
        "subject": "Re: 年末懇親会 出欠のご回答",
        "body": """一戸様

ご回答ありがとうございます。
一戸様、猪瀬様、鬼頭様の3名様でのご出席、承りました。
当日は18:15から受付を開始しております。お気をつけてお越しください。

加賀谷

> 加賀谷様
> 年末懇親会、弊社からは3名で伺います。
> 北国フーズ 一戸
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Names of three attendees with no other data about them: a salutation-level mention.",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "kondankai-076",
        "charset": "shift_jis",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>"],
        "subject": "席次表（会社単位）",
        "body": """篠原様

お世話になっております。森下です。
卓割りを会社単位でまとめた席次表をお送りします。
卓札の作成にお使いください（個人名は当日の名札で対応します）。

森下
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "席次表_会社単位.xlsx",
                "sheets": {
                    "席次": [
                        ["11/20 取引先懇親会　席次（会社単位）"],
                        ["卓", "会社名", "人数", "弊社アテンド"],
                        ["A（メイン）", "川崎電機株式会社", 6, "社長・営業本部長"],
                        ["B", "青葉運輸株式会社", 4, "総務部長"],
                        ["C", "北国フーズ株式会社", 3, "営業一部"],
                        ["D", "株式会社ツバサシステム", 5, "営業企画部"],
                        ["E", "株式会社みどり銀行", 3, "経理部長"],
                        ["F", "東雲化成株式会社／有限会社丸十精機", 5, "営業二部"],
                    ],
                    "印刷設定": [["用紙", "A3 横"], ["部数", 3]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Seating chart by company: a list of organisations, not people.",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "kondankai-077",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["猪瀬 弥生 <inose.y@kitaguni-foods.co.jp>"],
        "cc": ["r.kagaya@hinode-sangyo.co.jp"],
        "subject": "ご会食のご案内（1月22日）",
        "body": """北国フーズ株式会社
猪瀬様

いつも大変お世話になっております。日の出産業の加賀谷です。
先日お話ししましたご会食の件、下記で席をご用意いたしました。

　日時：1月22日（金）19:00〜
　場所：割烹 しらかわ（中央区日本橋室町1-9-3 2F／03-3241-6680）
　地図：https://maps.example.jp/shirakawa-kappo

弊社からは営業本部長の城之内と私の2名で伺います。
ご会食代は弊社にてご用意しますので、お気遣いなくお越しください。
""" + _SIG_KAGAYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A dinner invitation to one partner contact with the restaurant's address and phone: business information.",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "kondankai-078",
        "charset": "iso-2022-jp",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["料亭 菊水 ご予約係 <yoyaku@ryotei-kikusui.co.jp>"],
        "subject": "Re: Re: 予約金のお支払いについて",
        "body": """ご予約係 御中

ご連絡ありがとうございます。決済のご完了、承知いたしました。
領収書は当日お受け取りいたします。

秘書室　立花

-----Original Message-----
差出人: 料亭 菊水 ご予約係 <yoyaku@ryotei-kikusui.co.jp>
送信日時: 2026年11月27日 14:02
宛先: 立花 みのり
件名: Re: 予約金のお支払いについて

立花様
予約金 30,000円の決済が完了いたしました。
料亭 菊水 ご予約係

-----Original Message-----
差出人: 立花 みのり
送信日時: 2026年11月26日 10:31
宛先: 料亭 菊水 ご予約係
件名: 予約金のお支払いについて

予約金のお支払いは下記のカードにてお願いいたします。
　カード番号：""" + _sp(_CARD_QUOTED) + """
　有効期限　：11/28
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The card number appears only in quoted text under 差出人/送信日時 headers, which the restaurant already has; the new text carries nothing.",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "kondankai-079",
        "charset": "utf-8",
        "sender": "宮地 敏夫 <miyaji@hinode-sangyo.co.jp>",
        "to": ["立花 みのり <tachibana.minori@hinode-sangyo.co.jp>"],
        "subject": "会食予約金の決済用カードについて",
        "body": """立花さん

経理の宮地です。料亭の予約金の件、秘書室用の法人カードはこちらを使ってください。

  カード番号: """ + _CARD_INTERNAL + """
  有効期限: 03/29
  利用上限: 1回 100,000円

カード番号をお店に伝える際はメールではなく電話でお願いします。
宮地
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD"],
        "detectors": [],
        "note": "Corporate card number between two employees: all recipients internal, must go.",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "kondankai-080",
        "charset": "shift_jis",
        "sender": "北浦 直子 <kitaura@osaka.hinode-sangyo.co.jp>",
        "to": ["宮地 敏夫 <miyaji@hinode-sangyo.co.jp>"],
        "subject": "大阪支店 懇親会費の徴収状況",
        "body": """宮地さん

大阪支店分の懇親会費の徴収状況をCSVで送ります。
未納の方には携帯に連絡して、今週中に回収します。

北浦
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "会費徴収状況_大阪.csv",
                "encoding": "cp932",
                "rows": [["氏名", "所属", "納付", "方法", "携帯"]] + [
            ["宍戸 隆之", "総務部", "済", "振込", "090-1494-2205"],
            ["長谷部 悠人", "物流部", "済", "振込", "090-2964-4419"],
            ["米谷 多恵", "物流部", "済", "現金", "080-9279-9158"],
            ["勅使河原 舞", "物流部", "済", "現金", "070-5029-5698"],
            ["三瓶 修", "経理部", "済", "振込", "090-7992-6739"],
            ["木暮 大輔", "営業二部", "済", "給与天引き", "080-9949-0284"],
            ["蛭田 恵理", "経理部", "済", "振込", "080-4008-4488"],
            ["真壁 健太郎", "営業二部", "済", "現金", "070-8359-6115"],
            ["四月一日 綾乃", "品質保証部", "済", "現金", "090-4708-1119"],
            ["日下部 健太郎", "総務部", "済", "現金", "070-1751-4572"],
            ["薬師寺 亮", "総務部", "済", "振込", "070-7680-2336"],
            ["相馬 和子", "営業二部", "済", "現金", "080-5429-5784"],
            ["東海林 大輔", "品質保証部", "済", "現金", "080-5543-0643"],
            ["葛西 正信", "情報システム部", "未", "振込", "070-1434-7137"],
            ["佐久間 舞", "物流部", "済", "振込", "080-9659-9421"],
        ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Fee-collection CSV of 15 employees with mobiles, branch to head office: internal only.",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "kondankai-081",
        "charset": "shift_jis",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["栗原 紀子 <n.kurihara@midori-ginko.co.jp>", "みどり銀行 浜松町支店 秘書 <hamamatsucho-hisho@midori-ginko.co.jp>"],
        "cc": ["miyaji@hinode-sangyo.co.jp"],
        "subject": "弊社社長との会食日程のご相談",
        "body": """株式会社みどり銀行 浜松町支店
支店長 栗原様

いつも大変お世話になっております。日の出産業 秘書室の立花でございます。
弊社社長の日の出より、ご着任のご挨拶を兼ねて一席設けたいと申しております。

下記の日程でご都合はいかがでしょうか。
　第1候補　12月9日（水）18:30〜
　第2候補　12月15日（火）18:30〜
　第3候補　12月17日（木）18:30〜

場所は弊社近くの和食店を予定しております。
ご多用中恐縮ですが、秘書の方とご調整いただけますと幸いです。
""" + _SIG_TACHIBANA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Two addresses at one partner bank in To: a single external organisation, ordinary scheduling mail.",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "kondankai-082",
        "charset": "utf-8",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": [
            "mitarai@kawasaki-denki.co.jp",
            "madarame@kawasaki-denki.co.jp",
            "koketsu@kawasaki-denki.co.jp",
            "shishido@kawasaki-denki.co.jp",
            "osaka.saki@kawasaki-denki.co.jp",
            "amakasu.r@kawasaki-denki.co.jp",
        ],
        "subject": "明日の懇親会 集合場所のご案内",
        "body": """川崎電機株式会社
御手洗会長、斑目専務、纐纈常務、宍戸部長、逢坂課長、甘粕様

明日はどうぞよろしくお願いいたします。
バスでお越しの皆さまは、17:40に弊社本社ビル前（浜松町3-8-12）にお集まりください。
直接会場へお越しの場合は、さくらホテル2階「桜の間」受付までお願いいたします。

日の出産業 加賀谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Six recipients, all at one partner company: one external party, nobody exposed to another organisation.",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "kondankai-083",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["薬師寺 勝也 <k.yakushiji.1949@gmail.com>", "東海林 博 <shoji.hiroshi55@gmail.com>"],
        "subject": "総会の司会・乾杯のご依頼",
        "body": """薬師寺会長、東海林様

いつもお世話になっております。OB会事務局の野々村です。
11月14日の総会・懇親会について、お二人にお願いがございます。

　・司会：東海林様（昨年に引き続き）
　・乾杯のご発声：薬師寺会長

ご都合が合わない場合はお知らせください。
どうぞよろしくお願いいたします。
""" + _SIG_OB,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Two private persons in To (two parties, fewer than three): they may see each other; free mail warns only.",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "kondankai-084",
        "charset": "shift_jis",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["大森 健司 <k.omori@nishiki-insatsu.co.jp>"],
        "subject": "Re: 名札 初校のご確認",
        "body": """大森様

初校ありがとうございました。修正点をPDFにまとめましたのでご確認ください。
2点のみですので、修正後はそのまま本刷りに進めていただいて結構です。

森下

> 森下様
> 名札（社内分18名・ご来賓10名）の初校をお送りします。
> ご確認のほどよろしくお願いいたします。
> 錦印刷 大森
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "名札_校正指示.pdf",
                "lines": [
                    "名札 初校 校正指示（日の出産業 総務部）",
                    "1. 社内分 No.3　ふりがな「どうめぎ」→「どうめき」",
                    "2. ご来賓分　社名ロゴの位置を左寄せに",
                    "3. 以上、修正後は本刷りで結構です",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Proof corrections for name badges: no personal records.",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "kondankai-085",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["榎戸 綾乃 <enokido@tsubasa-system.jp>"],
        "subject": "遠方からのご参加者向け 宿泊先のご案内",
        "body": """榎戸様

御社の福岡拠点からご参加の方向けに、会場周辺のホテルをまとめました。
いずれも弊社の法人契約料金が使えます（予約時に「日の出産業の交流会」とお伝えください）。

ホテル名                        住所                          電話            1泊(税込)
------------------------------  ----------------------------  --------------  ---------
さくらホテル                    港区浜松町2-1-6               03-3581-2200    14,800円
ホテル芝公園ステイ              港区芝公園2-4-9               03-5470-3311    11,500円
浜松町ビジネスイン              港区浜松町1-27-3              03-3434-8080     8,900円
ダイワロイネット大門（仮称）    港区芝大門1-3-14              03-5402-7700    12,200円
品川ベイサイドホテル            港区港南2-18-1                03-6718-2424    13,600円

ご不明点があればお知らせください。
坂巻
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Padded table of hotels with addresses and switchboards: a list of businesses.",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "kondankai-086",
        "charset": "iso-2022-jp",
        "sender": "立花 みのり <tachibana.minori@hinode-sangyo.co.jp>",
        "to": ["日本橋交通 法人センター <houjin@nihonbashi-kotsu.co.jp>"],
        "subject": "迎車のお願い（1/22 21:00 割烹しらかわ）",
        "body": """日本橋交通 法人センター 御中

いつもお世話になっております。日の出産業 秘書室の立花です。
下記の迎車をお願いいたします。

　日時：1月22日（金）21:00
　場所：割烹 しらかわ 前（中央区日本橋室町1-9-3）
　ご乗車：北国フーズ株式会社 猪瀬様（お一人）
　お支払い：法人チケット（契約番号 NK-20931）

よろしくお願いいたします。
""" + _SIG_TACHIBANA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Taxi booking naming one guest with no other data about her; contract number only.",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "kondankai-087",
        "charset": "utf-8",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["宍戸 昌平 <shishido@kawasaki-denki.co.jp>"],
        "subject": "送迎バスの乗車場所と時刻",
        "html": """<html><body>
<p>宍戸部長</p>
<p>いつもお世話になっております。加賀谷です。<br>送迎バスの乗車場所と時刻をお知らせします。ご都合のよい場所からご乗車ください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<thead><tr><th>便</th><th>乗車場所</th><th>時刻</th><th>目印</th></tr></thead>
<tbody>
<tr><td>往路1</td><td>日の出産業 本社前</td><td>17:40</td><td>正面玄関の植栽前</td></tr>
<tr><td>往路2</td><td>JR品川駅 港南口</td><td>17:50</td><td>バスロータリー 3番のりば横</td></tr>
<tr><td>復路</td><td>さくらホテル 正面車寄せ</td><td>20:45</td><td>ドアマンが誘導します</td></tr>
</tbody></table>
<p>日の出産業株式会社 営業一部 加賀谷 亮</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only table of pick-up points and times: places, not people.",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "kondankai-088",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 ハイヤー配車センター <hire@aoba-unyu.co.jp>"],
        "subject": "ジャンボタクシーの手配（OB会 11/14）",
        "body": """青葉運輸株式会社 ハイヤー配車センター御中

日の出産業OB会事務局の野々村です。
ご高齢の方が多いため、OB会総会の日にジャンボタクシー1台で下記の方々を順にお迎えいただけますでしょうか。

　9:30　宍戸 修 様　　　世田谷区桜丘3丁目 ご自宅前
　9:45　雲野 和子 様　　世田谷区桜丘5丁目 ご自宅前
　10:00 日下部 多恵 様　杉並区高円寺南2丁目 ご自宅前
　10:15 斑目 勝也 様　　杉並区高円寺南4丁目 ご自宅前
　10:30 三瓶 光代 様　　練馬区石神井町6丁目 ご自宅前
　→ 11:00までに さくらホテル着

詳しい番地は前日にお電話でお伝えします。
""" + _SIG_OB,
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Five named members with partial home locations (町名・丁目 only, no house numbers) for pick-up: borderline between a list of people and a route sheet.",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "kondankai-089",
        "charset": "iso-2022-jp",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["白石 権八 <gonpachi.shiraishi@icloud.com>"],
        "subject": "Re: 同期の連絡先を教えてください",
        "body": """白石様

お問い合わせありがとうございます。OB会事務局の野々村です。
大変申し訳ございませんが、会員名簿や他の会員の方のご連絡先は、
個人情報保護の観点から事務局からお知らせすることができません。

代わりに、事務局から昭和48年入社の皆さまへ
「白石様が連絡を取りたいとおっしゃっている」旨をお伝えし、
ご了承いただけた方から直接ご連絡いただく形ではいかがでしょうか。

ご理解のほどよろしくお願いいたします。

> 事務局さま
> 同期の葛西くん、木暮くんの住所と電話を教えてもらえませんか。
> 総会のあとに同期会をやりたいと思っています。 白石
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Declines to give out contacts; mentions a list and 個人情報 but carries none. Free-mail recipient only warns.",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "kondankai-090",
        "charset": "utf-8",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["榎戸 綾乃 <enokido@tsubasa-system.jp>"],
        "subject": "会場周辺地図（懇親会）",
        "body": """榎戸様

懇親会会場の周辺地図を添付します。御社の案内メールにそのままお使いください。
最寄りは都営浅草線 大門駅 A6出口です。

坂巻
""",
        "attachments": [{"kind": "png", "name": "会場周辺地図.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A map image to the co-host: nothing personal.",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "kondankai-091",
        "charset": "shift_jis",
        "sender": "坂巻 智子 <sakamaki-t@hinode-sangyo.co.jp>",
        "to": ["榎戸 綾乃 <enokido@tsubasa-system.jp>"],
        "subject": "共催交流会 予算案と費用分担",
        "body": """榎戸様

共催交流会の予算案です（古い形式のExcelで失礼します）。
費用分担は前回と同じく折半を想定しています。ご確認ください。

坂巻
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "交流会予算案.xls",
                "sheets": {
                    "予算": [
                        ["項目", "単価", "数量", "金額", "分担"],
                        ["会場費（半日）", 180000, 1, 180000, "折半"],
                        ["料理（立食）", 6500, 40, 260000, "折半"],
                        ["飲物", 2000, 40, 80000, "折半"],
                        ["音響・プロジェクター", 35000, 1, 35000, "日の出"],
                        ["名札・案内状印刷", 28000, 1, 28000, "ツバサ"],
                        ["合計", "", "", 583000, ""],
                    ],
                    "収入": [["会費", 4000, 30, 120000]],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Legacy XLS budget with amounts only to the co-host partner.",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "kondankai-092",
        "charset": "iso-2022-jp",
        "sender": "宮地 敏夫 <miyaji@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 経理課 <keiri@sakura-hotel.jp>"],
        "subject": "Re: 請求書の宛名・登録番号の確認",
        "body": """さくらホテル 経理課 御中

ご確認ありがとうございます。請求書の記載は以下でお願いいたします。

　宛名：日の出産業株式会社 総務部
　弊社法人番号：6198157230707
　件名：取引先懇親会（11/20）ご宴会代
　送付先：〒105-0013 東京都港区浜松町3-8-12 日の出ビル5F 総務部 森下宛

ご不明点は経理部 宮地までお願いいたします（TEL 03-5403-7760）。

> 日の出産業 御中
> 請求書発行にあたり、宛名と送付先をご教示ください。
> さくらホテル 経理課
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "The company's own corporate number and office address for an invoice: business data, no personal data.",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "kondankai-093",
        "charset": "shift_jis",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["米谷 正信 <m-yoneya@ezweb.ne.jp>"],
        "subject": "会費受領のご連絡",
        "body": """米谷様

年会費 6,000円、確かに受領いたしました（受領番号 OB-R-0331）。
ありがとうございました。
領収書が必要な場合はお知らせください。総会当日にお渡しいたします。

OB会事務局　野々村
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Short receipt confirmation to one member on a carrier address: no personal data beyond the salutation.",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "kondankai-094",
        "charset": "utf-8",
        "sender": "日の出産業OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>",
        "to": ["人事部 厚生課 <kosei-ka@hinode-sangyo.co.jp>"],
        "subject": "往復はがき 返信分の集計（第1回）",
        "body": """厚生課の皆さま

OB会総会の往復はがき、返信分（第1回）を集計しました。
住所変更のあった方は名簿の更新をお願いします（Word表の住所が最新です）。

野々村
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "返信はがき集計_第1回.docx",
                "paragraphs": ["OB会総会 返信はがき集計（第1回・12件）"],
                "tables": [[["氏名", "郵便番号", "住所", "出欠"]] + [
            ["相馬 舞", "305-0032", "茨城県つくば市竹園4-4-19", "出席"],
            ["五十嵐 悠人", "359-1141", "埼玉県所沢市小手指町3-3-7", "出席"],
            ["真壁 直樹", "359-1141", "埼玉県所沢市小手指町2-23-3", "欠席"],
            ["宍戸 咲", "211-0067", "神奈川県川崎市中原区今井南町4-22-18", "出席"],
            ["八木橋 正信", "183-0034", "東京都府中市住吉町3-14-18", "出席"],
            ["榎戸 大輔", "156-0054", "東京都世田谷区桜丘5-4-11", "出席"],
            ["木暮 耕一", "177-0041", "東京都練馬区石神井町1-7-11", "出席"],
            ["鰐部 沙織", "410-0022", "静岡県沼津市大岡2-22-19", "出席"],
            ["日下部 健太郎", "166-0003", "東京都杉並区高円寺南5-18-1", "出席"],
            ["甘粕 翔", "359-1141", "埼玉県所沢市小手指町5-25-5", "欠席"],
            ["田名部 博", "211-0067", "神奈川県川崎市中原区今井南町2-1-12", "欠席"],
            ["纐纈 咲", "177-0041", "東京都練馬区石神井町5-16-12", "欠席"],
        ]],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "Twelve members' home addresses in a DOCX table, sent only to an internal department.",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "kondankai-095",
        "charset": "utf-8",
        "sender": "Ryo Kagaya <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["Emily Carter <e.carter@brightwave-tech.com>"],
        "subject": "Airport pick-up for the Osaka partner dinner",
        "body": """Dear Emily,

Thank you for sending the flight details. Our driver will meet your two
colleagues at Kansai Airport. In case of delay, the driver will call them on
the numbers below, so please check they are correct:

  - Mr. Daniel Brooks   arriving 13 Nov, UA 33, 15:40   mobile +1 415 555 0187
  - Ms. Priya Raman     arriving 13 Nov, UA 33, 15:40   mobile +1 650 555 0142

The driver will hold a sign with "BRIGHTWAVE / HINODE".

Best regards,
Ryo Kagaya
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Two visitors' names and mobile numbers back to their own company's assistant: two people, may warn, must go.",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "kondankai-096",
        "charset": "iso-2022-jp",
        "sender": "加賀谷 亮 <r.kagaya@hinode-sangyo.co.jp>",
        "to": ["逢坂 咲 <osaka.saki@kawasaki-denki.co.jp>"],
        "subject": "FW: 合同懇親会 お見積り（さくらホテル）",
        "body": """逢坂課長

合同懇親会の件、さくらホテルからの見積メールを添付で転送します。
費用は折半の想定です。ご意見をお聞かせください。

加賀谷
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "合同懇親会お見積り.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "篠原 真理 <m.shinohara@sakura-hotel.jp>",
                    "to": ["r.kagaya@hinode-sangyo.co.jp"],
                    "subject": "合同懇親会 お見積り（BQ-27-0112）",
                    "body": """日の出産業株式会社 加賀谷様

いつもありがとうございます。合同懇親会のお見積りをお送りいたします。

　見積番号：BQ-27-0112
　日時：2027年2月5日（金）18:30〜20:30
　会場：桜の間（立食60名様）
　お料理：8,500円×60名　お飲物：2,500円×60名
　会場費：110,000円
　合計（税・サ込）：約 836,000円

さくらホテル 宴会予約 篠原 真理
TEL 03-3581-2200（代表）
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Forwarded hotel quote as an attached .eml: prices and a business contact only.",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "kondankai-097",
        "charset": "utf-8",
        "sender": "羽生 健 <hanyu.k@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "交流会会場のWi-Fi・プロジェクター接続について",
        "body": """ツバサシステム サポートご担当者様

日の出産業 情報システム部の羽生です。
10/22の交流会で、御社のデモ機を会場のプロジェクターにつなぐ件です。

- 会場側：HDMI（4K非対応）、有線LANあり
- ゲストWi-Fi：SSID「HINODE-GUEST」、パスワードは当日受付でお渡しします
- デモ機は御社の社内ネットワークにVPNで接続されるとのことですので、
  ゲストWi-FiのVPN通過は事前に確認済みです

ご不明な点があればご連絡ください。

羽生 健
日の出産業株式会社 情報システム部
TEL 03-5403-7790

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information. If you are not the intended recipient, please notify the sender
immediately and delete this e-mail. 本メールには機密情報が含まれている場合があります。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Technical set-up mail ending with the standard bilingual confidentiality disclaimer: not a marking.",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "kondankai-098",
        "charset": "iso-2022-jp",
        "sender": "森下 陽子 <morishita.yoko@hinode-sangyo.co.jp>",
        "to": ["篠原 真理 <m.shinohara@sakura-hotel.jp>", "鰐部 達也 <t-wanibe@aoba-unyu.co.jp>"],
        "subject": "【延期】11/20 取引先懇親会について",
        "body": """さくらホテル 篠原様
青葉運輸 鰐部様

いつもお世話になっております。日の出産業の森下です。
誠に申し訳ございませんが、社内事情により11月20日の取引先懇親会を
12月4日（金）に延期することとなりました。

会場・バスともに、同じ内容で12月4日に振り替えていただくことは可能でしょうか。
キャンセル料が発生する場合はお知らせください。

ご迷惑をおかけし申し訳ございません。
""" + _SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Postponement sent to the hotel and the bus company together: two external organisations, may warn, must go.",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "kondankai-099",
        "charset": "utf-8",
        "sender": "人事部 採用課 <saiyo@hinode-sangyo.co.jp>",
        "to": ["jinji-ka@hinode-sangyo.co.jp", "soumu-ka@hinode-sangyo.co.jp"],
        "subject": "歓迎会アンケート結果（回答者一覧つき）",
        "body": """人事部・総務部の皆さま

新入社員歓迎会のアンケート結果をまとめました。
自由記述に体調面の配慮の要望もあったため、社内限りでお願いします。

採用課
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "歓迎会アンケート結果.xlsx",
                "sheets": {
                    "集計": [["設問", "とても良い", "良い", "普通", "悪い"], ["会場", 12, 9, 2, 0], ["料理", 8, 10, 4, 1], ["時間", 5, 11, 6, 1]],
                    "回答者": [
                        ["氏名", "所属", "内線", "自由記述"],
                        ["羽賀 拓海", "物流部", "2417", "先輩と話せてよかった"],
                        ["真壁 咲", "営業一部", "2238", "妊娠中のため立食が少しつらかった。椅子が欲しい"],
                        ["犬飼 悠人", "情報システム部", "2790", "特になし"],
                        ["日下部 菜々子", "経理部", "2761", "持病（喘息）があるので喫煙所が近いのは避けてほしい"],
                        ["砂金 直樹", "営業二部", "2255", "二次会も楽しかった"],
                        ["仲宗根 舞", "人事部", "2741", "次回はカラオケがいい"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Named survey answers with health remarks (asthma, pregnancy) inside the company only: internal recipients.",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "kondankai-100",
        "charset": "iso-2022-jp",
        "sender": "人事部 厚生課 鬼頭 <kito.h@hinode-sangyo.co.jp>",
        "to": ["ob-jimukyoku@hinode-sangyo.co.jp"],
        "subject": "Re: 総会 ご欠席の方について",
        "body": """野々村さん

追加で1件です。
OB会員の葛西 耕一さん（元品質保証部）の奥様から、ご本人は認知症が進み施設に入所されたため、
今後の案内は不要とのご連絡がありました。名簿の扱いをご検討ください。

鬼頭

> 鬼頭さん
> 欠席のご連絡が入ったら、こちらにもまわしてください。
> 野々村
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "A named member's dementia reported between two internal addresses: sensitive, but nothing leaves the company.",
    },
]
