"""Blind corpus — AREA: shisanunyo (財務部 資金グループ: 財務・資金運用).

The treasury team of 日の出産業 writing to banks, securities firms, auditors, rating
agencies, the share registrar, insurers and investors: cash positions, loans and
syndications, bond issues, signatories' registrations, bank mandates, investor meetings.
Written blind from BRIEF.md and the entity / detector names of SPEC.md only.
"""

from build import card_number, my_number

SEED = 50801

# -- signatures and disclaimers the team really uses ------------------------------------

SIG_SAKAKIBARA = """
――――――――――――――――――――――――
日の出産業株式会社 財務部 資金グループ
課長　榊原 理恵（さかきばら りえ）
〒104-0032 東京都中央区八丁堀3-14-7 日の出ビル8F
TEL：03-5541-2270（直通）　FAX：03-5541-2279
E-mail：sakakibara.rie@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_HOKAZONO = """
--
日の出産業(株) 財務部 資金G　外園 拓海
TEL 03-5541-2273（内線4213）
hokazono.takumi@hinode-sangyo.co.jp"""

SIG_NARUMI = """
*************************************************
 日の出産業株式会社
 財務部 資金グループ　鳴海 紗季
 〒104-0032 東京都中央区八丁堀3-14-7
 TEL 03-5541-2271 / FAX 03-5541-2279
*************************************************"""

SIG_NISHINA = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　財務部
資金グループ　仁科 悠
直通：03-5541-2274
Mail：y-nishina@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_TAKANASHI = """
----------------------------------------
日の出産業株式会社
執行役員 財務部長　高梨 修一
TEL 03-5541-2200（代表）
----------------------------------------"""

SIG_KIBI_EN = """
Best regards,

Shinya Kibi
Investor Relations Office
Hinode Sangyo Co., Ltd.
8F Hinode Bldg., 3-14-7 Hatchobori, Chuo-ku, Tokyo 104-0032, Japan
Tel: +81-3-5541-2290 | ir@hinode-sangyo.co.jp"""

SIG_KIBI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 IR室
吉備 慎也（きび しんや）
TEL 03-5541-2290　ir@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee(s). If you have received it in error, please notify the sender
immediately and delete it. Any unauthorised use or disclosure is prohibited."""

MN = [my_number(SEED + k) for k in range(1, 13)]      # k = 1 … 12
CARD = card_number(SEED + 40)                        # k = 40


def spaced(n: str) -> str:
    """A My Number written the way people type it: 4-4-4."""
    return f"{n[:4]} {n[4:8]} {n[8:]}"


MESSAGES = [
# ---------------------------------------------------------------------------- 001
{
    "id": "shisanunyo-001",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["森岡 健太 <k-morioka@midori-ginko.co.jp>"],
    "cc": ["榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>"],
    "subject": "当座貸越 借入実行のお願い（6/30実行分）",
    "body": """みどり銀行 本店営業部
森岡様

いつも大変お世話になっております。日の出産業の仁科でございます。

標記の件、下記のとおり当座貸越枠からの借入実行をお願いいたします。

　実行日　　：2026年6月30日（火）
　金額　　　：金300,000,000円
　期間　　　：1か月（7/31返済予定）
　適用金利　：TIBOR 1M ＋ 0.35%
　入金口座　：本店営業部　当座　0081234（日の出産業株式会社）

借入申込書（押印済み原本）は本日、社内便で発送いたしました。
到着まで少々お時間をいただきますので、先行してメールにてご連絡させていただきます。

ご不明な点がございましたらご連絡ください。
何卒よろしくお願い申し上げます。
""" + SIG_NISHINA + "\n" + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary drawdown request to a partner bank; the only account is the company's own current account; disclaimer only",
},
# ---------------------------------------------------------------------------- 002
{
    "id": "shisanunyo-002",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["北斗銀行 法人ＩＢサポート <ib-support@hokuto-bank.co.jp>"],
    "subject": "【日の出産業】法人インターネットバンキング 利用者追加申請",
    "body": """北斗銀行 法人IBサポートデスク御中

お世話になっております。日の出産業株式会社 財務部の外園です。

先日ご案内いただきました利用者追加の件、申請書を作成しましたので添付にてお送りします。
今回は組織変更に伴い7名の追加となります。承認権限の設定もあわせてご確認ください。

ワンタイムパスワードのトークンは各利用者分をご送付いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_HOKAZONO,
    "attachments": [{
        "kind": "xlsx",
        "name": "法人IB利用者登録申請書_日の出産業.xlsx",
        "title": "法人IB利用者登録申請書",
        "sheets": {
            "申請者一覧": [
                ["法人インターネットバンキング　利用者登録申請書（追加）", "", "", "", "", "", ""],
                ["申請日：2026/05/18", "契約者番号：HK-0042817", "", "", "", "", ""],
                [],
                ["利用者ID", "氏名", "フリガナ", "所属", "メールアドレス", "携帯電話", "権限"],
                ["HIN021", "外園 拓海", "ホカゾノ タクミ", "財務部", "hokazono.takumi@hinode-sangyo.co.jp", "090-4418-2736", "起票"],
                ["HIN022", "鳴海 紗季", "ナルミ サキ", "財務部", "narumi.saki@hinode-sangyo.co.jp", "080-6620-1954", "起票"],
                ["HIN023", "仁科 悠", "ニシナ ユウ", "財務部", "y-nishina@hinode-sangyo.co.jp", "070-3185-4402", "起票"],
                ["HIN024", "榊原 理恵", "サカキバラ リエ", "財務部", "sakakibara.rie@hinode-sangyo.co.jp", "090-7753-0861", "承認"],
                ["HIN025", "高梨 修一", "タカナシ シュウイチ", "財務部", "takanashi.shuichi@hinode-sangyo.co.jp", "090-2249-6617", "承認"],
                ["HIN026", "芦田 恵子", "アシダ ケイコ", "経理部", "ashida.keiko@hinode-sangyo.co.jp", "080-9031-5528", "照会"],
                ["HIN027", "宇佐美 直人", "ウサミ ナオト", "経理部", "usami.naoto@hinode-sangyo.co.jp", "070-8862-3170", "照会"],
            ],
            "記入要領": [
                ["※権限欄は「起票」「承認」「照会」のいずれかを記入"],
                ["※携帯電話はワンタイムパスワード再発行時のSMS送付先"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: XLSX with seven staff records (name, e-mail, personal mobile) sent to a bank",
},
# ---------------------------------------------------------------------------- 003
{
    "id": "shisanunyo-003",
    "charset": "utf-8",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>"],
    "cc": ["榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>", "fin-treasury@hinode-sangyo.co.jp"],
    "subject": "週次資金ポジション（5/22時点）",
    "body": """高梨部長

お疲れさまです。鳴海です。
5/22（金）終業時点の資金ポジションをご報告します。

金融機関          支店          種別  口座番号      残高（百万円）
----------------------------------------------------------------------
みどり銀行        本店営業部    当座  0081234            1,284
みどり銀行        本店営業部    普通  1502277              412
北斗銀行          東京営業部    普通  3318840              905
東都信託銀行      本店          普通  7720451              260
若葉信用金庫      八丁堀支店    普通  0049915               38
----------------------------------------------------------------------
合計                                                     2,899

・来週の主な出金：6/1 社債利払 48百万円、6/1 仕入先支払 1,120百万円
・CP残高：3,000百万円（6/10に1,000百万円償還、ロールオーバー予定）
・当座貸越 未使用枠：みどり 2,000／北斗 1,500

月末は売掛金回収が厚いため、追加の調達は不要と見ています。
以上、よろしくお願いいたします。

鳴海
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal only; company account balances are not personal data",
},
# ---------------------------------------------------------------------------- 004
{
    "id": "shisanunyo-004",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": [
        "みどり銀行 ストラクチャードファイナンス部 岩城様 <iwaki.jun@midori-ginko.co.jp>",
        "北斗銀行 東京営業部 <tokyo-eigyo@hokuto-bank.co.jp>",
        "東都信託銀行 法人営業部 水野様 <mizuno-h@touto-shintaku.co.jp>",
        "若葉信用金庫 八丁堀支店 <hatchobori@wakaba-shinkin.co.jp>",
    ],
    "subject": "シンジケートローン（2024年12月契約）第4回利払いのご連絡",
    "body": """参加金融機関 ご担当者様

いつもお世話になっております。日の出産業 財務部の榊原でございます。

標記シンジケートローンにつきまして、第4回利払日のご案内を申し上げます。

　利払日　　　：2026年6月25日
　計算期間　　：2025年12月25日～2026年6月25日（182日）
　元本残高　　：10,000,000,000円
　適用利率　　：年0.98500%

各行様への配分額はエージェント（みどり銀行様）より別途ご通知いただく予定です。
当社からはエージェント口座へ一括して送金いたします。

お手数ですが、ご確認のほどよろしくお願いいたします。
""" + SIG_SAKAKIBARA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reason 4: four lenders of the syndicate in To can see each other; should have been Bcc",
},
# ---------------------------------------------------------------------------- 005
{
    "id": "shisanunyo-005",
    "charset": "cp932",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["大和橋証券 引受部 佐々 <sassa.mitsuru@yamatobashi-sec.co.jp>"],
    "subject": "Re: 第12回無担保社債 投資家ミーティング 参加者のご連絡",
    "body": """佐々様

ご連絡ありがとうございます。日の出産業 IR室の吉備です。
参加者の件、承知いたしました。当社からは財務部長の高梨と私の2名で対応いたします。
会議室は御社13階をお借りできるとのこと、助かります。

当日はどうぞよろしくお願いいたします。
""" + SIG_KIBI + """

> 日の出産業株式会社 IR室 吉備様
>
> いつもお世話になっております。大和橋証券の佐々です。
> 6/3（水）個別ミーティングの参加者が確定しましたのでお知らせします。
>
>  時間         投資家                  ご出席者      連絡先
>  10:00-10:45  東邦生命保険            小田切 様    03-6212-4480 / odagiri@toho-life.co.jp
>  11:00-11:45  みなと共済連            栗林 様      03-3561-9027 / kuribayashi@minato-kyosai.or.jp
>  13:30-14:15  あさぎ投信              今野 様      03-5219-7713 / konno.s@asagi-am.co.jp
>  14:30-15:15  北陸信用金庫連合会      砂川 様      076-221-3398 / sunagawa@hokuriku-shinren.or.jp
>  15:30-16:15  Lumen Asset (Singapore) Ms. Tan     +65-6221-0834 / tan@lumen-asset.com
>
> 以上、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five investor contacts are only in the quoted text of the mail being replied to; new text has no personal data",
},
# ---------------------------------------------------------------------------- 006
{
    "id": "shisanunyo-006",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 本店営業部 森岡 健太 <k-morioka@midori-ginko.co.jp>"],
    "subject": "代表者変更届の記載事項について",
    "body": """森岡様

いつもお世話になっております。日の出産業の榊原です。

6月の株主総会後の代表者交代に伴う「代表者変更届」につきまして、
ご依頼のありました新代表者の記載事項を先にお知らせいたします。

　氏名　　　：久我 俊之（くが としゆき）
　生年月日　：1966年9月14日
　自宅住所　：東京都世田谷区奥沢6丁目21番3号
　就任日　　：2026年6月26日

届出印の変更はございません（従前の銀行届出印を継続使用）。
履歴事項全部証明書は登記完了後に原本をお持ちします。

何卒よろしくお願いいたします。
""" + SIG_SAKAKIBARA + "\n" + DISC_JA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one person's record (new representative: birth date, home address) to the bank: may be warned, not held",
},
# ---------------------------------------------------------------------------- 007
{
    "id": "shisanunyo-007",
    "charset": "cp932",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 水野 浩樹 <mizuno-h@touto-shintaku.co.jp>"],
    "subject": "借入金明細（2026年3月末）送付の件",
    "body": """東都信託銀行
水野様

お世話になっております。日の出産業の仁科です。
ご依頼いただいておりました借入金明細（3月末時点、全取引金融機関分）をお送りいたします。

添付ファイルはパスワード付きZIPとしております。
パスワードは別メールにてお送りいたしますので、ご確認をお願いいたします。

よろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "zip",
        "name": "借入金明細_202603.zip",
        "password": "Hns#2603tt",
        "files": [{
            "kind": "xlsx",
            "name": "借入金明細_202603.xlsx",
            "sheets": {"借入金明細": [
                ["借入先", "種別", "借入日", "返済期日", "残高（円）", "利率"],
                ["みどり銀行", "長期", "2022/04/28", "2029/04/27", 2400000000, "0.82%"],
                ["北斗銀行", "長期", "2023/09/29", "2028/09/29", 1500000000, "0.76%"],
                ["東都信託銀行", "長期", "2021/03/31", "2027/03/31", 800000000, "0.65%"],
                ["シンジケート", "長期", "2024/12/25", "2029/12/25", 10000000000, "0.985%"],
            ]},
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: password-protected ZIP (PPAP) to an external bank cannot be inspected",
},
# ---------------------------------------------------------------------------- 008
{
    "id": "shisanunyo-008",
    "charset": "utf-8",
    "sender": "Shinya Kibi <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["Daniel Okafor <d.okafor@harborline-am.com>"],
    "subject": "1-on-1 meeting after FY2025 results - proposed slots",
    "body": """Dear Mr. Okafor,

Thank you for your continued interest in Hinode Sangyo.

Following our full-year results announcement on May 13, our CFO Shuichi Takanashi
would be glad to meet you. We can offer the following slots (Japan time):

  - Tue, May 26   16:00-17:00  (video call)
  - Thu, May 28   09:00-10:00  (video call)
  - Mon, June 1   15:00-16:00  (our Tokyo office)

Please let me know which slot suits you best, and whether you would like the
meeting in English or with consecutive interpretation.
""" + SIG_KIBI_EN + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary IR scheduling mail in English to one investor; standard disclaimer",
},
# ---------------------------------------------------------------------------- 009
{
    "id": "shisanunyo-009",
    "charset": "utf-8",
    "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 戸叶様 <tokano@nishiki-insatsu.co.jp>"],
    "subject": "株主通信（第78期）制作スケジュールのご確認",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>錦印刷株式会社<br>営業部 戸叶様</p>
<p>いつもお世話になっております。日の出産業 総務部 株式担当の城之内です。<br>
第78期株主通信の制作スケジュールを下記のとおりご提案いたします。ご確認ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>工程</th><th>日程</th><th>担当</th></tr>
<tr><td>原稿入稿</td><td>5月29日（金）</td><td>当社</td></tr>
<tr><td>初校</td><td>6月3日（水）</td><td>錦印刷様</td></tr>
<tr><td>再校・財務数値確認</td><td>6月8日（月）</td><td>当社財務部</td></tr>
<tr><td>責了</td><td>6月10日（水）</td><td>当社</td></tr>
<tr><td>納品（発送代行先へ）</td><td>6月17日（水）</td><td>錦印刷様</td></tr>
</table>
<p>部数は前期同様 24,500部、A4・8ページを予定しております。</p>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 株式担当<br>城之内 亮<br>TEL 03-5541-2215</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only production schedule to a partner printer; a table of work steps, no people",
},
# ---------------------------------------------------------------------------- 010
{
    "id": "shisanunyo-010",
    "charset": "cp932",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["大和橋証券 持株会事務センター <mochikabu-center@yamatobashi-sec.co.jp>"],
    "subject": "日の出産業従業員持株会 新規入会者（6月拠出分）",
    "body": """大和橋証券株式会社
持株会事務センター　ご担当者様

いつもお世話になっております。
日の出産業従業員持株会 事務局（財務部）の鳴海でございます。

6月拠出分からの新規入会者2名について、入会申込書の記載内容をお送りします。
原本は本日郵送いたしました。

【1】
　会員番号：0712
　氏名　　：漆原 駿（ウルシバラ シュン）
　生年月日：平成10年3月2日
　個人番号：""" + spaced(MN[0]) + """
　拠出口数：10口（賞与時 3倍）

【2】
　会員番号：0713
　氏名　　：猪俣 ちひろ（イノマタ チヒロ）
　生年月日：H11.7.28
　個人番号：""" + MN[1] + """
　拠出口数：5口（賞与時 なし）

ご確認のほどよろしくお願い申し上げます。
""" + SIG_NARUMI,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 2: two members' My Numbers in the body to the securities firm",
},
# ---------------------------------------------------------------------------- 011
{
    "id": "shisanunyo-011",
    "charset": "cp932",
    "sender": "今泉 奈緒 <imaizumi.nao@hinode-sangyo.co.jp>",
    "to": ["仁科 悠 <y-nishina@hinode-sangyo.co.jp>"],
    "cc": ["鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>"],
    "subject": "社内住宅融資 6月返済 口座振替対象者リスト",
    "body": """財務部 仁科さん

人事部給与Gの今泉です。
6月25日の社内住宅融資返済（口座振替）の対象者リストを添付します。
前月から1名完済（社員番号 10388）、1名繰上返済ありです。
振替データの作成をお願いします。

今泉
""",
    "attachments": [{
        "kind": "csv",
        "name": "住宅融資返済_振替対象_202606.csv",
        "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号", "返済額", "残高"],
            ["10142", "石動 和也", "みどり銀行", "新宿支店", "普通", "3021548", "62000", "5580000"],
            ["10217", "楠 沙耶香", "北斗銀行", "大宮支店", "普通", "1187026", "48000", "3312000"],
            ["10259", "嶋津 大輔", "若葉信用金庫", "船橋支店", "普通", "0065391", "55000", "4125000"],
            ["10301", "東海林 亜希", "みどり銀行", "横浜支店", "普通", "2290417", "40000", "2600000"],
            ["10334", "真壁 英明", "ゆうちょ銀行", "〇一八店", "普通", "4471082", "71000", "6390000"],
            ["10356", "百瀬 瑞穂", "北斗銀行", "浦和支店", "普通", "1350664", "38000", "1824000"],
            ["10372", "鰐淵 悟", "みどり銀行", "本店営業部", "普通", "1639925", "66000", "5940000"],
            ["10401", "乙部 香織", "東都信託銀行", "本店", "普通", "7835210", "45000", "3870000"],
            ["10415", "禰津 康平", "みどり銀行", "池袋支店", "普通", "2718806", "52000", "4992000"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "nine employees' bank accounts, but every recipient is internal",
},
# ---------------------------------------------------------------------------- 012
{
    "id": "shisanunyo-012",
    "charset": "utf-8",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["青嵐監査法人 大河内様 <okochi.m@seiran-kansa.jp>"],
    "subject": "期末監査：銀行残高確認状の発送先一覧",
    "body": """青嵐監査法人
大河内様

お世話になっております。日の出産業 財務部の鳴海です。

期末監査における銀行残高確認状の発送先一覧をお送りいたします。
前期から、若葉信用金庫の取扱店が八丁堀支店に変更になっております。

確認状の宛先部署は各行にて確認済みです。
ご不明点があればお知らせください。
""" + SIG_NARUMI,
    "attachments": [{
        "kind": "csv",
        "name": "残高確認状_発送先一覧.csv",
        "encoding": "utf-8",
        "rows": [
            ["No", "金融機関", "取扱店", "宛先部署", "郵便番号", "所在地", "代表電話"],
            ["1", "みどり銀行", "本店営業部", "法人業務課", "100-8621", "東京都千代田区丸の内2-4-1", "03-3211-5500"],
            ["2", "北斗銀行", "東京営業部", "営業管理課", "103-0027", "東京都中央区日本橋2-9-3", "03-3275-8100"],
            ["3", "東都信託銀行", "本店", "証券代行・残高証明係", "100-0005", "東京都千代田区丸の内1-7-12", "03-3286-4411"],
            ["4", "若葉信用金庫", "八丁堀支店", "融資課", "104-0032", "東京都中央区八丁堀2-20-9", "03-3551-6120"],
            ["5", "大和橋証券", "本店", "カストディ業務部", "103-0022", "東京都中央区日本橋室町3-2-15", "03-3243-7000"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of financial institutions with office addresses and switchboards: businesses, not people",
},
# ---------------------------------------------------------------------------- 013
{
    "id": "shisanunyo-013",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["森岡 健太 <k-morioka@midori-ginkou.co.jp>"],
    "subject": "残高証明書 発行のお願い（3月31日現在）",
    "body": """みどり銀行 本店営業部 森岡様

いつもお世話になっております。日の出産業の仁科です。

監査法人提出用に、2026年3月31日現在の残高証明書の発行をお願いいたします。

　対象　：当座 0081234、普通 1502277、定期預金 全口座
　　　　　借入金残高（証書貸付・当座貸越）を含む
　部数　：2部
　送付先：当社財務部（上記署名の住所）

発行手数料は当座口座からの引落しで結構です。
よろしくお願いいたします。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: midori-ginkou.co.jp is a one-letter look-alike of the partner bank midori-ginko.co.jp",
},
# ---------------------------------------------------------------------------- 014
{
    "id": "shisanunyo-014",
    "charset": "iso-2022-jp",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["丸の内キャピタル証券 投資銀行本部 御手洗様 <mitarai.k@marunouchi-cs.co.jp>"],
    "cc": ["榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>"],
    "subject": "秘密保持契約書（資金調達手法のご提案）の締結について",
    "body": """丸の内キャピタル証券株式会社
投資銀行本部　御手洗様

平素より大変お世話になっております。日の出産業の高梨でございます。

先般お打合せいたしました資金調達手法のご提案に先立ち、
秘密保持契約書（NDA）を当社にて押印いたしましたので、PDFにてお送りします。
原本2通を本日郵送しておりますので、御社ご押印のうえ1通ご返送ください。

契約締結後、当社の中期資金計画に関する資料を共有させていただく予定です。

引き続きよろしくお願い申し上げます。
""" + SIG_TAKANASHI,
    "attachments": [{
        "kind": "pdf",
        "name": "秘密保持契約書_日の出産業_丸の内キャピタル証券.pdf",
        "title": "秘密保持契約書",
        "lines": [
            "秘密保持契約書",
            "",
            "日の出産業株式会社（以下「甲」という。）と丸の内キャピタル証券株式会社（以下「乙」という。）は、",
            "甲の資金調達手法の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
            "",
            "第1条（秘密情報）本契約において秘密情報とは、本目的のために相手方から開示された",
            "　技術上、営業上、財務上その他一切の情報であって、開示の際に秘密である旨を明示したものをいう。",
            "第2条（秘密保持義務）甲及び乙は、相手方の事前の書面による承諾なく、秘密情報を第三者に開示しない。",
            "第3条（目的外使用の禁止）秘密情報は本目的以外に使用しない。",
            "第4条（有効期間）本契約の有効期間は締結日から2年間とする。",
            "",
            "2026年5月20日",
            "甲　東京都中央区八丁堀3-14-7　日の出産業株式会社　代表取締役　岡部 誠一郎",
            "乙　東京都千代田区丸の内1-9-2　丸の内キャピタル証券株式会社　代表取締役　能登 隆",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the NDA itself; '秘密情報' is contract wording, not a marking",
},
# ---------------------------------------------------------------------------- 015
{
    "id": "shisanunyo-015",
    "charset": "iso-2022-jp",
    "sender": "日の出産業 株式担当 <kabushiki@hinode-sangyo.co.jp>",
    "to": ["tsurumaki.yoshiko@gmail.com"],
    "subject": "Re: 配当金の受け取り方法について",
    "body": """弦巻 様

このたびはお問い合わせいただき、誠にありがとうございます。
日の出産業株式会社 総務部 株式担当でございます。

配当金の受取方法を「配当金領収証（ゆうちょ銀行等での受取）」から
「銀行口座への振込」に変更される場合は、お取引の証券会社を通じて
お手続きいただく必要がございます。

証券会社の口座で株式を管理されていない場合（特別口座の場合）は、
特別口座管理機関である中央証券代行株式会社（フリーダイヤル 0120-38-7710）まで
お問い合わせください。所定の用紙をご郵送いたします。

今後とも当社をよろしくお願い申し上げます。

日の出産業株式会社 総務部 株式担当
TEL 03-5541-2215（平日9:00～17:00）

-----Original Message-----
From: tsurumaki.yoshiko@gmail.com
Sent: Monday, May 11, 2026 8:42 PM
To: kabushiki@hinode-sangyo.co.jp
Subject: 配当金の受け取り方法について

株主番号 00318842 の弦巻と申します。
住所は 埼玉県所沢市小手指町4-18-6 です。
毎回郵便局へ領収証を持っていくのが大変なので、銀行振込にしたいのですが
どうすればよいでしょうか。電話は 04-2948-3317 です。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one private shareholder on free mail; her own details are only in the quoted original",
},
# ---------------------------------------------------------------------------- 016
{
    "id": "shisanunyo-016",
    "charset": "iso-2022-jp",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 本店営業部 次長 岩城 純 <iwaki.jun@midori-ginko.co.jp>"],
    "subject": "ご相談：契約書類の署名者について",
    "body": """岩城次長

いつも大変お世話になっております。日の出産業の高梨でございます。

内々のご相談で恐縮ですが、弊社代表取締役の岡部誠一郎が、先週末に
急性心筋梗塞で倒れ、現在都内の病院で入院加療中です。
命に別状はないものの、医師からは少なくとも2か月の療養が必要と言われております。

つきましては、来月予定しておりますコミットメントライン契約の更新について、
代表取締役副社長の久我俊之を署名者とさせていただくことは可能でしょうか。
取締役会での委任決議は来週中に取得する予定です。

社内でも一部の役員にしか伝えておりませんので、お取り扱いにはご配慮いただけますと幸いです。
""" + SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: the named CEO's diagnosis and hospitalisation (medical information) sent to the bank",
},
# ---------------------------------------------------------------------------- 017
{
    "id": "shisanunyo-017",
    "charset": "utf-8",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["佐々 充 <sassa.mitsuru@yamatobashi-sec.co.jp>"],
    "cc": ["白川法律事務所 弁護士 真柴 <mashiba@shirakawa-law.jp>", "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>"],
    "subject": "第12回無担保社債 社債要項（案）v3 のご確認",
    "body": """大和橋証券 佐々様
白川法律事務所 真柴先生

お世話になっております。日の出産業の榊原です。

前回のお打合せでいただいたコメントを反映した社債要項（案）v3 を添付いたします。
主な変更点は以下の3点です。

　1. 財務上の特約：担保提供制限条項の適用除外に「既存の不動産担保」を追加
　2. 期限の利益喪失事由：クロスデフォルトの基準額を10億円に変更
　3. 社債管理補助者：東都信託銀行を選任する前提で条文を整理

真柴先生には、3. の条文について法的なご確認をお願いできますと幸いです。
6/2（火）までにコメントをいただけますと、発行登録追補書類のスケジュールに間に合います。

よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "docx",
        "name": "第12回無担保社債_社債要項案_v3.docx",
        "title": "社債要項（案）",
        "paragraphs": [
            "日の出産業株式会社 第12回無担保社債（社債間限定同順位特約付）社債要項（案）",
            "1. 社債の総額　金100億円",
            "2. 各社債の金額　金1億円",
            "3. 利率　年0.9%～1.2%（仮条件）",
            "4. 償還期限　2031年6月12日",
            "5. 利払日　毎年6月12日及び12月12日",
            "6. 担保提供制限　当社は、本社債の未償還残高が存する限り、…（既存の不動産担保を除く）",
            "7. 社債管理補助者　東都信託銀行株式会社",
        ],
        "tables": [[
            ["項目", "v2", "v3"],
            ["クロスデフォルト基準額", "5億円", "10億円"],
            ["担保提供制限の適用除外", "なし", "既存の不動産担保"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way mail: lead manager and partner law firm (two external organisations); bond terms only",
},
# ---------------------------------------------------------------------------- 018
{
    "id": "shisanunyo-018",
    "charset": "utf-8",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["芦田 恵子 <ashida.keiko@hinode-sangyo.co.jp>"],
    "subject": "格付会社提出資料一式（パスワード付き）",
    "body": """芦田さん

お疲れさまです。外園です。
東亜格付への年次レビュー提出資料一式を共有します。連結の数値と突合をお願いします。
パスワードはTeamsで送ります。

外園
""",
    "attachments": [{
        "kind": "zip",
        "name": "格付レビュー提出資料_2026.zip",
        "password": "Rt2026!review",
        "files": [
            {"kind": "xlsx", "name": "財務指標推移.xlsx", "sheets": {"指標": [
                ["指標", "FY2023", "FY2024", "FY2025"],
                ["EBITDA（億円）", 312, 338, 351],
                ["純有利子負債（億円）", 640, 602, 575],
                ["D/Eレシオ（倍）", 0.62, 0.57, 0.52],
            ]}},
            {"kind": "pdf", "name": "中期資金計画.pdf", "lines": ["中期資金計画（2026-2028）", "設備投資 年間180億円", "社債発行 100億円（2026年6月）"]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "password ZIP, but sent to an internal colleague only",
},
# ---------------------------------------------------------------------------- 019
{
    "id": "shisanunyo-019",
    "charset": "utf-8",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["IRブリッジ 会場運営チーム <event@irbridge.co.jp>"],
    "subject": "決算説明会（5/15）会場受付用 出席者リスト",
    "html": """<html><body>
<p>IRブリッジ株式会社<br>会場運営チーム ご担当者様</p>
<p>お世話になっております。日の出産業 IR室の吉備です。<br>
5/15（金）決算説明会の会場受付用に、事前登録いただいたアナリストの方の一覧をお送りします。
受付での本人確認と、当日の遅延連絡用にお使いください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No.</th><th>氏名</th><th>所属</th><th>携帯電話</th><th>メール</th></tr></thead>
<tbody>
<tr><td>1</td><td>芥川 智也</td><td>あさひ証券 調査部</td><td>090-3372-8815</td><td>akutagawa.t@asahi-sec.co.jp</td></tr>
<tr><td>2</td><td>榎本 舞</td><td>丸の内キャピタル証券</td><td>080-1946-2270</td><td>enomoto-m@marunouchi-cs.co.jp</td></tr>
<tr><td>3</td><td>Rahul Menon</td><td>Kestrel Partners</td><td>+81-70-4481-3306</td><td>rmenon@kestrel-partners.com</td></tr>
<tr><td>4</td><td>茅野 栄一</td><td>ひばり投資顧問</td><td>090-6618-0453</td><td>chino@hibari-ia.co.jp</td></tr>
<tr><td>5</td><td>米倉 しおり</td><td>東邦生命保険</td><td>080-2258-7791</td><td>yonekura.s@toho-life.co.jp</td></tr>
<tr><td>6</td><td>宍戸 圭</td><td>大和橋証券 リサーチ部</td><td>070-5514-9028</td><td>shishido.kei@yamatobashi-sec.co.jp</td></tr>
</tbody></table>
<p>以上6名です。当日追加があれば改めてご連絡いたします。</p>
<p>日の出産業株式会社 IR室　吉備 慎也<br>TEL 03-5541-2290</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 1: HTML table of six analysts with mobile numbers and e-mail addresses to an external event company",
},
# ---------------------------------------------------------------------------- 020
{
    "id": "shisanunyo-020",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["東亜格付 アナリスト 雨宮様 <amemiya@toa-rating.co.jp>"],
    "subject": "年次レビュー 追加資料（取引金融機関一覧）",
    "body": """東亜格付株式会社
雨宮様

いつもお世話になっております。日の出産業 財務部の外園です。

先日のミーティングでご依頼いただいた取引金融機関一覧（借入・預金・コミットメントライン）を
Excel（xls形式）でお送りいたします。金額は2026年3月末時点です。

他にご入用の資料があればお申し付けください。
""" + SIG_HOKAZONO,
    "attachments": [{
        "kind": "xls",
        "name": "取引金融機関一覧_202603.xls",
        "sheets": {
            "金融機関一覧": [
                ["金融機関", "取扱店", "代表電話", "借入残高（百万円）", "預金残高（百万円）", "コミットメントライン（百万円）"],
                ["みどり銀行", "本店営業部", "03-3211-5500", 2400, 1696, 5000],
                ["北斗銀行", "東京営業部", "03-3275-8100", 1500, 905, 3000],
                ["東都信託銀行", "本店", "03-3286-4411", 800, 260, 0],
                ["若葉信用金庫", "八丁堀支店", "03-3551-6120", 0, 38, 0],
                ["シンジケートローン（Agent：みどり銀行）", "-", "-", 10000, 0, 0],
            ],
            "注記": [["コミットメントラインは全額未使用（2026/3末）"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legacy XLS listing banks with switchboards and balances: a list of businesses",
},
# ---------------------------------------------------------------------------- 021
{
    "id": "shisanunyo-021",
    "charset": "iso-2022-jp",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 本店営業部 法人業務課 <hojin-gyomu@midori-ginko.co.jp>"],
    "cc": ["森岡 健太 <k-morioka@midori-ginko.co.jp>"],
    "subject": "グループ会社5社 決済口座開設のお願い（CMS導入）",
    "body": """みどり銀行 本店営業部 法人業務課 御中
（cc：森岡様）

お世話になっております。日の出産業 財務部の鳴海です。

グループCMS（キャッシュ・マネジメント・システム）導入に伴い、
下記グループ会社5社の決済用普通預金口座の開設をお願いいたします。
各社の登記簿謄本・印鑑証明書は来週火曜にまとめてお持ちします。

　会社名　　　　　　　　　　　　法人番号　　　　　所在地
　--------------------------------------------------------------------------
　日の出ロジスティクス株式会社　5010001148832　　東京都江東区新木場2-7-11
　日の出テクノサービス株式会社　1010401093517　　東京都港区芝浦4-16-2
　株式会社ヒノデ北海道　　　　　3020001077462　　北海道札幌市中央区北四条西6-1
　日の出リース株式会社　　　　　8010001162954　　東京都中央区八丁堀3-14-7
　日の出九州販売株式会社　　　　7040001038715　　福岡県福岡市博多区博多駅東2-5-19
　--------------------------------------------------------------------------

口座名義はいずれも各社の正式名称、届出印は各社代表者印でお願いします。
""" + SIG_NARUMI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five group companies with corporate numbers and office addresses: businesses, not people (corporate numbers listed per brief; at most a warning)",
},
# ---------------------------------------------------------------------------- 022
{
    "id": "shisanunyo-022",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["岩城 純 <iwaki.jun@midori-ginko.co.jp>"],
    "cc": ["森岡 健太 <k-morioka@midori-ginko.co.jp>"],
    "subject": "コミットメントライン更新審査用 資金繰り計画の送付",
    "body": """岩城次長
森岡様

お世話になっております。日の出産業の榊原です。

コミットメントライン更新の審査資料として、2026年度の月次資金繰り計画をお送りします。
設備投資の後ろ倒しを反映した最新版です。
ご質問があれば私までお願いいたします。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "xlsx",
        "name": "2026年度_月次資金繰り計画.xlsx",
        "title": "【社外秘】2026年度 月次資金繰り計画",
        "page_header": "社外秘",
        "sheets": {
            "資金繰り": [
                ["【社外秘】2026年度 月次資金繰り計画（単位：百万円）"],
                [],
                ["項目", "4月", "5月", "6月", "7月", "8月", "9月"],
                ["前月繰越", 2650, 2810, 2899, 3350, 2980, 3105],
                ["営業収入", 8420, 8010, 9150, 8630, 7890, 9420],
                ["営業支出", 7930, 7720, 8400, 8610, 7420, 8800],
                ["設備投資", 210, 150, 1400, 240, 190, 620],
                ["財務収支", -120, -51, 1101, -150, -155, -40],
                ["翌月繰越", 2810, 2899, 3350, 2980, 3105, 3065],
            ],
            "前提条件": [
                ["6月：第12回社債 100億円発行（うち30億円を短期借入返済に充当）"],
                ["設備投資：新工場第2期を9月に後ろ倒し"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: the attached cash-flow plan is stamped 社外秘 (header and title row) and goes to a bank",
},
# ---------------------------------------------------------------------------- 023
{
    "id": "shisanunyo-023",
    "charset": "utf-8",
    "sender": "Saki Narumi <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["Aldgate Custody Services - Client Onboarding <onboarding@aldgate-custody.com>"],
    "subject": "Standing settlement instructions - Hinode Sangyo Co., Ltd. (JPY and USD)",
    "body": """Dear Onboarding Team,

As requested, please find below our standing settlement instructions for the
custody account 60-118274 (Hinode Sangyo Co., Ltd.).

JPY
  Beneficiary bank : Midori Bank, Ltd., Head Office
  SWIFT            : MDRIJPJT
  Account number   : 1502277
  Account name     : HINODE SANGYO CO., LTD.

USD
  Correspondent    : First Harbor Bank, New York (SWIFT FHBKUS33)
  Beneficiary bank : Midori Bank, Ltd., Tokyo (SWIFT MDRIJPJT)
  Account number   : 0620-441907
  Account name     : HINODE SANGYO CO., LTD.

Authorised instructions will come only from treasury@hinode-sangyo.co.jp and will be
call-back verified on +81-3-5541-2270. Please do not act on instructions received
from any other address.

Kind regards,
Saki Narumi
Treasury Group, Finance Department
Hinode Sangyo Co., Ltd.
""" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company settlement instructions (corporate accounts, SWIFT codes) in English: no personal data",
},
# ---------------------------------------------------------------------------- 024
{
    "id": "shisanunyo-024",
    "charset": "utf-8",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["北斗銀行 市場営業部 有馬様 <arima.t@hokuto-bank.co.jp>"],
    "subject": "RE: 金利スワップ時価評価（3月末）のご送付",
    "body": """有馬様

早速ご送付いただきありがとうございます。外園です。
No.2 の取引について、当社試算（▲11,850千円）と2百万円ほど差がありますが、
評価に用いたイールドカーブの基準時刻の違いと理解してよろしいでしょうか。
監査法人への説明に使いますので、基準時刻だけご教示いただけますと助かります。

外園

-----Original Message-----
From: 有馬 拓郎 <arima.t@hokuto-bank.co.jp>
Sent: Thursday, April 2, 2026 6:15 PM
To: hokazono.takumi@hinode-sangyo.co.jp
Subject: 金利スワップ時価評価（3月末）のご送付

日の出産業株式会社 外園様

いつもお世話になっております。北斗銀行の有馬です。
3月末基準の時価評価額をお知らせします。

  取引番号        想定元本（円）     固定金利   満期          時価（円）
  SW-2021-0417    1,500,000,000     0.412%     2028/09/29    ▲4,218,330
  SW-2023-0932    2,000,000,000     0.655%     2030/03/29   ▲13,902,115

以上、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply thread about swap valuations: deal numbers and amounts, no personal data",
},
# ---------------------------------------------------------------------------- 025
{
    "id": "shisanunyo-025",
    "charset": "utf-8",
    "sender": "Shinya Kibi <kibi.shinya@hinode-sangyo.co.jp>",
    "to": [
        "Daniel Okafor <d.okafor@harborline-am.com>",
        "Rahul Menon <rmenon@kestrel-partners.com>",
        "Ingrid Solberg <ingrid.solberg@nordvik-kapital.com>",
    ],
    "subject": "Invitation: Hinode Sangyo small meeting with the CFO, June 4 (Tokyo)",
    "body": """Dear all,

We are pleased to invite you to a small-group meeting with our CFO,
Shuichi Takanashi, on Thursday, June 4, 2026, 10:00-11:30 JST at our Tokyo office.

Agenda
  1. FY2025 results and FY2026 guidance
  2. Capital allocation: capex, dividends and the planned straight bond
  3. Q&A

Kindly confirm your attendance by May 29. Dial-in details will be sent to those
joining remotely.
""" + SIG_KIBI_EN + "\n" + DISC_EN,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reason 4: three investors from three firms in To see each other's addresses; should have been Bcc",
},
# ---------------------------------------------------------------------------- 026
{
    "id": "shisanunyo-026",
    "charset": "iso-2022-jp",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "6/18 投資家説明会 会場ご予約（当日の連絡先）",
    "body": """さくらホテル 宴会予約課 御中

いつもお世話になっております。日の出産業 IR室の吉備です。
6月18日（木）「個人投資家向け会社説明会」の会場（桜の間）ご予約の件、
当日の設営立会い・緊急連絡先として当社担当者4名をお知らせいたします。

　・吉備 慎也（IR室）　　　　090-8127-4463
　・鳴海 紗季（財務部）　　　080-3306-9152
　・城之内 亮（総務部）　　　070-2291-6038
　・宇佐美 直人（経理部）　　090-5540-1879

搬入は当日12:00から、受付開始は13:30を予定しております。
見積書は請求書払い（月末締め翌月末払い）でお願いいたします。
""" + SIG_KIBI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff members' mobile numbers to a partner hotel: under five people, may be warned",
},
# ---------------------------------------------------------------------------- 027
{
    "id": "shisanunyo-027",
    "charset": "cp932",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["今泉 奈緒 <imaizumi.nao@hinode-sangyo.co.jp>"],
    "subject": "持株会 退会者の個人番号確認（支払調書用）",
    "body": """人事部 今泉さん

財務部の鳴海です。
持株会の払出に係る支払調書を作成するにあたり、今年度の退会者の個人番号を
人事マスタと突合したいので、下記が一致しているか確認をお願いできますか。

社員番号  氏名            個人番号          退会日
--------  --------------  ----------------  ----------
10088     葛城 伸介        """ + MN[2] + """      2026/01/31
10123     上条 麻衣        """ + MN[3] + """      2026/02/28
10190     蓮見 健吾        """ + MN[4] + """      2026/03/31
10244     帯刀 友里        """ + MN[5] + """      2026/03/31
10271     鵜飼 誠          """ + MN[6] + """      2026/04/30
10309     四十物 彩        """ + MN[7] + """      2026/05/15

確認後はこのメールを削除してください。
鳴海
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "six My Numbers, but from finance to HR only: every recipient is internal",
},
# ---------------------------------------------------------------------------- 028
{
    "id": "shisanunyo-028",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["青嵐監査法人 大河内 昌平 <okochi.m@seiran-kansa.jp>"],
    "subject": "債務保証残高確認書（子会社分）",
    "body": """大河内様

お世話になっております。日の出産業の仁科です。
子会社の借入に対する当社の債務保証残高確認書をPDFでお送りします。
閲覧用パスワードは、先日お打合せで決めたものです。

よろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "pdf",
        "name": "債務保証残高確認書_202603.pdf",
        "password": "Seiran0331",
        "lines": [
            "債務保証残高確認書（2026年3月31日現在）",
            "被保証会社　　　　　　　　保証先　　　　保証残高",
            "日の出ロジスティクス株式会社　みどり銀行　　　 600,000,000円",
            "株式会社ヒノデ北海道　　　　　北斗銀行　　　　 250,000,000円",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: password-protected PDF to the auditor cannot be inspected",
},
# ---------------------------------------------------------------------------- 029
{
    "id": "shisanunyo-029",
    "charset": "utf-8",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["IRブリッジ 配信担当 矢作様 <yahagi@irbridge.co.jp>"],
    "subject": "決算説明会 ライブ配信用スライド（最終版）",
    "body": """矢作様

お世話になっております。日の出産業IR室の吉備です。
明日のライブ配信用スライドの最終版をお送りします。
本日15時にTDnetで開示済みの資料と同一内容です。
配信画面への差し替えをお願いいたします。

吉備
""",
    "attachments": [{
        "kind": "pptx",
        "name": "FY2025_決算説明資料_最終.pptx",
        "title": "2026年3月期 決算説明資料",
        "page_footer": "© Hinode Sangyo Co., Ltd.",
        "slides": [
            ["2026年3月期 決算説明資料", "日の出産業株式会社", "2026年5月15日"],
            ["業績ハイライト", "売上高 4,128億円（前期比 +4.6%）", "営業利益 236億円（同 +8.1%）", "当期純利益 151億円"],
            ["財務体質", "自己資本比率 48.2%", "D/Eレシオ 0.52倍", "格付 A-（東亜格付）"],
            ["株主還元", "年間配当 68円（+6円）", "配当性向 35.4%", "自己株式取得 50億円を決議"],
            ["資金調達方針", "第12回無担保社債 100億円を6月に発行予定", "資金使途：設備投資および借入金返済"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "public results deck (already disclosed) in PPTX, copyright footer only, no marking",
},
# ---------------------------------------------------------------------------- 030
{
    "id": "shisanunyo-030",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["真柴 弁護士 <mashiba@shirakawa-law.co.jp>"],
    "subject": "社債管理補助委託契約書（案）のレビューのお願い",
    "body": """白川法律事務所
真柴先生

いつもお世話になっております。日の出産業の榊原でございます。

東都信託銀行様から提示のありました社債管理補助委託契約書（案）を添付いたします。
報酬条項（第14条）と、補助者の辞任に関する条項（第19条）について
当社に不利な点がないか、ご確認をお願いできますでしょうか。

お忙しいところ恐縮ですが、5/29（金）までにご意見をいただけますと幸いです。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "docx",
        "name": "社債管理補助委託契約書_案_東都信託.docx",
        "paragraphs": [
            "社債管理補助委託契約書（案）",
            "日の出産業株式会社（以下「委託者」）と東都信託銀行株式会社（以下「補助者」）は、次のとおり契約を締結する。",
            "第14条（報酬）委託者は補助者に対し、年額金3,000,000円（消費税別）を支払う。",
            "第19条（辞任）補助者は、やむを得ない事由があるときは、委託者の同意を得て辞任することができる。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: shirakawa-law.co.jp is a TLD look-alike of the partner law firm shirakawa-law.jp",
},
# ---------------------------------------------------------------------------- 031
{
    "id": "shisanunyo-031",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 法人営業部 水野 浩樹 <mizuno-h@touto-shintaku.co.jp>"],
    "subject": "来週の定例会（資金運用報告）の開催方法について",
    "body": """水野様

お世話になっております。日の出産業の仁科です。

来週2/12（木）の定例会ですが、社内でインフルエンザが流行しておりまして、
当面、社外の方との対面での打合せは控えるよう総務から通達が出ております。
誠に恐れ入りますが、今回はWeb会議（Teams）での開催とさせていただけますでしょうか。

議題は従来どおりです。
　1. 金銭信託（合同運用）の運用状況
　2. 満期到来分（3/16 満期 5億円）の再運用方針
　3. 外貨建債券の為替ヘッジ比率

招待URLは前日までにお送りいたします。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a disease named in passing (an office outbreak), tied to no one; ordinary meeting logistics",
},
# ---------------------------------------------------------------------------- 032
{
    "id": "shisanunyo-032",
    "charset": "iso-2022-jp",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 6/18 会場予約金のお支払いについて",
    "body": """さくらホテル 宴会予約課
ご担当者様

お世話になっております。日の出産業 IR室の吉備です。
予約金（見積額の30%）はクレジットカード決済をご希望とのことで、
法人カードの情報をお知らせします。

　カード番号：""" + CARD + """
　有効期限　：09/28
　名義　　　：SHINYA KIBI

決済後、領収書は当社IR室宛にご郵送ください。
よろしくお願いいたします。
""" + SIG_KIBI + """

> 日の出産業株式会社 吉備様
> 予約金のお支払いは、銀行振込またはクレジットカードでお願いしております。
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "reason 2: a full credit card number with holder name and expiry written into the mail",
},
# ---------------------------------------------------------------------------- 033
{
    "id": "shisanunyo-033",
    "charset": "iso-2022-jp",
    "sender": "日の出産業 IR室 <ir@hinode-sangyo.co.jp>",
    "to": ["日の出産業 IR室 <ir@hinode-sangyo.co.jp>"],
    "bcc": [
        "odagiri@toho-life.co.jp",
        "kuribayashi@minato-kyosai.or.jp",
        "konno.s@asagi-am.co.jp",
        "sunagawa@hokuriku-shinren.or.jp",
        "tan@lumen-asset.com",
        "chino@hibari-ia.co.jp",
        "d.okafor@harborline-am.com",
        "rmenon@kestrel-partners.com",
    ],
    "subject": "【日の出産業】2026年3月期 決算説明会のご案内",
    "body": """機関投資家の皆様

平素より日の出産業株式会社をご高配賜り、厚く御礼申し上げます。
2026年3月期の決算説明会を下記のとおり開催いたします。

　日時：2026年5月15日（金）16:00～17:00
　会場：さくらホテル 桜の間（東京都中央区）／ライブ配信併用
　説明者：代表取締役社長 岡部 誠一郎、執行役員 財務部長 高梨 修一

ご出席の際は、5月12日（火）までに下記フォームよりご登録ください。
https://www.hinode-sangyo.co.jp/ir/event/2026q4

※本メールはBCCにてお送りしております。

日の出産業株式会社 IR室
TEL 03-5541-2290
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invitation to eight investors properly sent in Bcc; To is internal; nobody sees anyone else",
},
# ---------------------------------------------------------------------------- 034
{
    "id": "shisanunyo-034",
    "charset": "cp932",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["大和橋証券 持株会事務センター <mochikabu-center@yamatobashi-sec.co.jp>"],
    "subject": "FW: 持株会 退会者（5月末）",
    "body": """大和橋証券 持株会事務センター ご担当者様

お世話になっております。日の出産業従業員持株会事務局の鳴海です。
人事部から届いた5月末退会者の一覧を転送いたします。
払出（株式の振替または売却代金の振込）の手続をお願いいたします。

鳴海

-----Original Message-----
From: 今泉 奈緒 <imaizumi.nao@hinode-sangyo.co.jp>
Sent: Wednesday, May 27, 2026 10:04 AM
To: 鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>
Subject: 持株会 退会者（5月末）

鳴海さん
5月末の退職に伴う持株会退会者です。よろしくお願いします。

会員番号, 氏名, 生年月日, 払出方法, 振込先
0388, 瓜生 達彦, 1971/02/18, 売却代金振込, みどり銀行 大森支店 普通 2216840
0421, 轟 美咲, 1988/11/05, 売却代金振込, 北斗銀行 川口支店 普通 1093377
0457, 宮ノ下 浩, 1965/06/30, 証券口座へ振替, -
0502, 左近 由紀子, 1979/09/12, 売却代金振込, 若葉信用金庫 本店 普通 0188254
0566, 小鳥遊 蓮, 1995/04/01, 売却代金振込, みどり銀行 錦糸町支店 普通 3360971

今泉
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "reason 1: a forward (new text to the recipient) of five members' records with birth dates and bank accounts",
},
# ---------------------------------------------------------------------------- 035
{
    "id": "shisanunyo-035",
    "charset": "utf-8",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    "cc": ["取締役会事務局 <torishimariyakukai@hinode-sangyo.co.jp>"],
    "subject": "6月取締役会 付議資料（資金調達方針）",
    "body": """経営会議メンバー各位

財務部の高梨です。
6月取締役会に付議する「2026年度 資金調達方針」の資料を添付します。
社外秘扱いのため、転送・印刷はお控えください。

高梨
""",
    "attachments": [{
        "kind": "pdf",
        "name": "取締役会付議_資金調達方針_2026.pdf",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 財務部",
        "lines": [
            "【社外秘】2026年度 資金調達方針",
            "1. 第12回無担保社債 100億円（5年）を6月に発行",
            "2. 短期借入金 30億円を社債手取金で返済",
            "3. コミットメントライン（みどり銀行 50億円）を3年で更新",
            "4. M&A資金需要（最大200億円）に備えブリッジローンの枠を確保",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘-stamped board paper, but all recipients are internal",
},
# ---------------------------------------------------------------------------- 036
{
    "id": "shisanunyo-036",
    "charset": "iso-2022-jp",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["桐生 様 <kiryu_masaaki@yahoo.co.jp>"],
    "subject": "役員持株会 退会に伴う株式引出し手続きのご案内",
    "body": """桐生 正明 様

ご無沙汰しております。日の出産業 財務部の鳴海でございます。
先日はお電話をいただき、ありがとうございました。

役員持株会の退会に伴う持分株式の引出しについて、手続きをご案内いたします。

　1. 大和橋証券から「退会届」と「株式振替依頼書」が郵送されます（6月上旬）
　2. ご記入・ご捺印のうえ、同封の返信用封筒でご返送ください
　3. ご指定の証券口座へ、単元株（100株単位）で振り替えられます
　　 単元未満の持分は売却のうえ、代金をご指定口座へお振込みします

ご不明な点がございましたら、私までお気軽にお問い合わせください。
""" + SIG_NARUMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one retired director on free mail, procedure only; his own address is the recipient's",
},
# ---------------------------------------------------------------------------- 037
{
    "id": "shisanunyo-037",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["東和生命保険 団体保険部 <dantai@towa-life.co.jp>"],
    "subject": "社内住宅融資 団体信用生命保険 加入申込書（1名）",
    "body": """東和生命保険株式会社 団体保険部 御中

いつもお世話になっております。日の出産業 財務部の仁科です。
社内住宅融資の新規貸付に伴い、団体信用生命保険の加入申込書（告知書）を送付いたします。
告知内容に既往症の記載がありますので、引受可否のご判断をお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "pdf",
        "name": "団信加入申込書_告知書_10458.pdf",
        "title": "団体信用生命保険 加入申込書兼告知書",
        "lines": [
            "団体信用生命保険 加入申込書兼告知書",
            "契約者：日の出産業株式会社　　被保険者番号：H-10458",
            "被保険者氏名：芹沢 隼人（セリザワ ハヤト）",
            "生年月日：昭和61年11月23日　　性別：男",
            "融資金額：28,000,000円　　返済期間：25年",
            "",
            "【告知事項】",
            "1. 過去3年以内に入院・手術をしたことがありますか　→ はい",
            "　　2024年8月　2型糖尿病の教育入院（14日間）",
            "2. 現在、治療・投薬を受けていますか　→ はい",
            "　　2型糖尿病（メトホルミン内服、HbA1c 7.1%）、高血圧症（降圧剤内服）",
            "3. 身体障害はありますか　→ いいえ",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: one employee's medical history and current treatment (health declaration PDF) to an insurer",
},
# ---------------------------------------------------------------------------- 038
{
    "id": "shisanunyo-038",
    "charset": "cp932",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 でんさいサポート <densai@midori-ginko.co.jp>"],
    "subject": "でんさい 割引申込（6月期日分）",
    "body": """みどり銀行 でんさいサポートデスク御中

お世話になっております。日の出産業 財務部の外園です。
6月期日の電子記録債権のうち、下記一覧の割引をお願いいたします。
明細はExcelのとおりです。割引料は当座口座からの差引でお願いします。

外園
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "でんさい割引申込明細_202606.xlsx",
        "sheets": {
            "割引申込": [
                ["電子記録債権 割引申込明細（申込日 2026/5/20）"],
                ["記録番号", "債務者", "支払期日", "債権金額（円）"],
                ["D2026031800412", "川崎電機株式会社", "2026/06/19", 48620000],
                ["D2026032500877", "北国フーズ株式会社", "2026/06/26", 12304500],
                ["D2026040100153", "青葉運輸株式会社", "2026/06/30", 7815000],
                ["D2026040800930", "株式会社マルフジ工業", "2026/06/30", 23550000],
                ["", "", "合計", 92289500],
            ],
            "集計": [["債務者数", 4], ["件数", 4], ["合計", 92289500]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "electronic notes discounting: record numbers, debtor companies and amounts; no people",
},
# ---------------------------------------------------------------------------- 039
{
    "id": "shisanunyo-039",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["森岡 健太 <k-morioka@midori-ginko.co.jp>", "ツバサシステム 坂東様 <bando@tsubasa-system.jp>"],
    "cc": ["榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>"],
    "subject": "FBシステム更改 三者打合せ（6/9）のご案内",
    "body": """みどり銀行 森岡様
ツバサシステム 坂東様

お世話になっております。日の出産業 財務部の外園です。
ファームバンキング（総合振込・口座振替）の全銀EDI移行について、
三者での打合せを下記のとおり設定させていただきました。

　日時：6月9日（火）14:00～15:30
　場所：当社8階 第2会議室（Web併用）
　議題：
　　・全銀EDIシステム（ZEDI）対応のスケジュール
　　・振込データのXML化に伴う会計システム側の改修範囲（ツバサシステム様）
　　・テスト送信の日程とテスト用口座

ご都合が悪い場合はお知らせください。
""" + SIG_HOKAZONO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting: two partner organisations in To",
},
# ---------------------------------------------------------------------------- 040
{
    "id": "shisanunyo-040",
    "charset": "iso-2022-jp",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 ストラクチャードファイナンス部 <sf-dept@touto-shintaku.co.jp>"],
    "subject": "【極秘】買収資金（ブリッジローン）のご相談",
    "body": """【極秘】
東都信託銀行 ストラクチャードファイナンス部 御中

日の出産業の高梨でございます。
先日口頭でお伝えした案件（社内呼称：Project Heron）につきまして、
買収資金のブリッジローンについて正式にご相談させていただきたく存じます。

　想定買収価額：約180億円（株式取得＋既存借入のリファイナンス）
　所要資金　　：最大200億円
　期間　　　　：12か月（社債・ハイブリッド調達によるテイクアウト前提）
　実行予定　　：2026年9月末

本件は公表前の重要事実に該当いたします。行内でも関係者限りでのお取扱いをお願いいたします。
""" + SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: the mail itself is classified 【極秘】 (subject and head of body) and goes to a bank",
},
# ---------------------------------------------------------------------------- 041
{
    "id": "shisanunyo-041",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["森岡 健太 <k-morioka@midori-ginko.co.jp>"],
    "subject": "外為取引 署名権者（サイン登録）の変更について",
    "body": """森岡様

お世話になっております。日の出産業の榊原です。
7月1日付の人事異動に伴い、外為取引（送金依頼書・為替予約）の署名権者を
下記5名に変更いたします。サイン見本（署名鑑）の原本は別途お持ちします。

　区分　　　氏名　　　　　　役職
　A署名　　高梨 修一　　　　執行役員 財務部長
　A署名　　久我 俊之　　　　代表取締役副社長
　B署名　　榊原 理恵　　　　財務部 資金グループ課長
　B署名　　外園 拓海　　　　財務部 資金グループ主任
　B署名　　芦田 恵子　　　　経理部 課長

※A署名1名＋B署名1名の連署、または A署名2名の連署
旧署名権者（宗像 晃、羽鳥 恭子）のサインは6月30日をもって抹消願います。
""" + SIG_SAKAKIBARA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five named signatories with only titles and signing class to the bank: a list of people, yet no contact or identifying data",
},
# ---------------------------------------------------------------------------- 042
{
    "id": "shisanunyo-042",
    "charset": "utf-8",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 法人IBヘルプデスク <ib-help@touto-shintaku.co.jp>"],
    "subject": "Re: 【ご案内】電子証明書の有効期限到来について",
    "body": """東都信託銀行 法人IBヘルプデスク御中

ご案内ありがとうございます。日の出産業の外園です。
対象の6名分については、各自で6/20までに更新作業を行うよう社内に周知いたしました。
鶴見については5月末で異動のため、更新せず利用者削除の申請を別途お送りします。

外園

> 日の出産業株式会社 ご担当者様
>
> 下記の利用者様の電子証明書が2026年6月30日に有効期限を迎えます。
>
> ログインID   利用者名       メールアドレス
> HNDS0003     外園 拓海      hokazono.takumi@hinode-sangyo.co.jp
> HNDS0004     鳴海 紗季      narumi.saki@hinode-sangyo.co.jp
> HNDS0007     鶴見 和彦      tsurumi.kazuhiko@hinode-sangyo.co.jp
> HNDS0008     仁科 悠        y-nishina@hinode-sangyo.co.jp
> HNDS0011     芦田 恵子      ashida.keiko@hinode-sangyo.co.jp
> HNDS0012     宇佐美 直人    usami.naoto@hinode-sangyo.co.jp
>
> 東都信託銀行 法人IBヘルプデスク
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-user list is quoted from the bank's own mail; the new text names one person with no data",
},
# ---------------------------------------------------------------------------- 043
{
    "id": "shisanunyo-043",
    "charset": "utf-8",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["資金G <fin-treasury@hinode-sangyo.co.jp>", "芦田 恵子 <ashida.keiko@hinode-sangyo.co.jp>", "宇佐美 直人 <usami.naoto@hinode-sangyo.co.jp>"],
    "subject": "FW: 【ご案内】電子証明書の有効期限到来について（要対応：6/20まで）",
    "body": """関係者各位

外園です。東都信託の法人IBの電子証明書が6/30で切れます。
下記の方は6/20までに各自PCで更新してください（手順書は共有フォルダ \\\\fs01\\財務\\IB手順 にあります）。
更新後、私に一言ください。

---------- Forwarded message ---------
From: 東都信託銀行 法人IBヘルプデスク <ib-help@touto-shintaku.co.jp>
Date: 2026年5月19日(火) 9:30
Subject: 【ご案内】電子証明書の有効期限到来について

日の出産業株式会社 ご担当者様

下記の利用者様の電子証明書が2026年6月30日に有効期限を迎えます。

ログインID   利用者名       メールアドレス
HNDS0003     外園 拓海      hokazono.takumi@hinode-sangyo.co.jp
HNDS0004     鳴海 紗季      narumi.saki@hinode-sangyo.co.jp
HNDS0007     鶴見 和彦      tsurumi.kazuhiko@hinode-sangyo.co.jp
HNDS0008     仁科 悠        y-nishina@hinode-sangyo.co.jp
HNDS0011     芦田 恵子      ashida.keiko@hinode-sangyo.co.jp
HNDS0012     宇佐美 直人    usami.naoto@hinode-sangyo.co.jp
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "forward of a six-user list, but only to internal colleagues",
},
# ---------------------------------------------------------------------------- 044
{
    "id": "shisanunyo-044",
    "charset": "utf-8",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["高梨 修一 <takanashi.shuichi@hinode-sangyo.jp>"],
    "cc": ["榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>"],
    "subject": "本日の資金ポジション速報（CP償還後）",
    "body": """高梨部長

鳴海です。本日のCP償還（1,000百万円）後の資金ポジション速報です。

・みどり当座：284百万円（午後の仕入先支払後）
・北斗普通：905百万円
・CP残高：2,000百万円（6/24 ロールオーバー分 1,000百万円は大和橋証券で発行予定、
　気配 0.52%）

当座の残高が薄くなっていますので、明日10時に北斗から300百万円を資金移動します。
問題あればご指示ください。

鳴海
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: the manager's address was typed as hinode-sangyo.jp (dropped 'co.'), a look-alike of the company's own domain",
},
# ---------------------------------------------------------------------------- 045
{
    "id": "shisanunyo-045",
    "charset": "utf-8",
    "sender": "Takumi Hokazono <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["Mark Ellison <m.ellison@toa-rating.co.jp>"],
    "cc": ["Takanashi Shuichi <takanashi.shuichi@hinode-sangyo.co.jp>"],
    "subject": "RE: Annual review - liquidity questions",
    "body": """Dear Mark,

Thank you for your questions. Please find our answers below.

Q1. Liquidity sources over the next 12 months
    Cash and deposits: JPY 28.9bn (end of March)
    Undrawn committed lines: JPY 8.0bn (Midori Bank 5.0bn / Hokuto Bank 3.0bn)
    Planned bond issue: JPY 10.0bn in June 2026

Q2. Debt maturities
    FY2026: JPY 3.0bn (short-term loans, to be repaid from bond proceeds)
    FY2027: JPY 0.8bn (Touto Trust term loan)
    FY2028: JPY 1.5bn (Hokuto term loan)

Q3. Covenants
    Net assets maintenance and positive operating profit in two consecutive years
    (syndicated loan). Both were comfortably met as of March 2026.

Please let me know if you need the underlying schedules.

Best regards,
Takumi Hokazono
Treasury Group, Hinode Sangyo Co., Ltd.
""" + DISC_EN + """

-----Original Message-----
From: Mark Ellison <m.ellison@toa-rating.co.jp>
Sent: Friday, May 22, 2026 11:20 AM
Subject: Annual review - liquidity questions

Dear Hokazono-san, a few questions on liquidity ahead of the committee...
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English answers to a rating analyst: company figures only; disclaimer mentions confidentiality in passing",
},
# ---------------------------------------------------------------------------- 046
{
    "id": "shisanunyo-046",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["森岡 健太 <k-morioka@midori-ginko.co.jp>"],
    "subject": "5/21 お打合せ議事メモの送付",
    "body": """森岡様

本日はお忙しいところお時間をいただき、ありがとうございました。
打合せの議事メモを作成しましたので、Wordファイルにてお送りします。
認識違いがございましたらご指摘ください。

仁科
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "docx",
        "name": "議事メモ_20260521_みどり銀行.docx",
        "paragraphs": [
            "みどり銀行様 お打合せ議事メモ",
            "日時：2026年5月21日（木）15:00～16:00　場所：みどり銀行 本店 応接室",
            "出席：みどり銀行 岩城次長、森岡様／当社 榊原、仁科",
            "1. コミットメントライン更新：現行50億円・3年で更新の方向。手数料は年0.10%で検討いただく。",
            "2. 社債発行後の短期借入返済：6/15に30億円を期限前返済。清算金は発生しない旨を確認。",
            "3. グループCMS：5社の口座開設書類を6/2に提出予定。",
            "次回：6月中旬（条件提示を受けて）",
        ],
        "tables": [[
            ["宿題", "担当", "期限"],
            ["更新後の手数料条件の提示", "みどり銀行", "6/5"],
            ["グループ会社口座開設書類", "日の出産業", "6/2"],
        ]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting minutes in DOCX; attendees named by role only, no personal data",
},
# ---------------------------------------------------------------------------- 047
{
    "id": "shisanunyo-047",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 法人営業部 水野 浩樹 <mizuno-h@touto-shintaku.co.jp>"],
    "subject": "取引時確認（役員情報）のご提出",
    "body": """水野様

お世話になっております。日の出産業の榊原です。
金銭信託の追加設定に伴う取引時確認につきまして、ご依頼の役員一覧をPDFでお送りいたします。
登記簿上の役員全員分を記載しております。

よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "pdf",
        "name": "役員一覧_取引時確認用.pdf",
        "title": "役員一覧",
        "lines": ["日の出産業株式会社　役員一覧（2026年5月1日現在）", ""],
        "table": [
            ["役職", "氏名", "生年月日", "住所"],
            ["代表取締役社長", "岡部 誠一郎", "1958年3月11日", "東京都目黒区八雲2-14-9"],
            ["代表取締役副社長", "久我 俊之", "1966年9月14日", "東京都世田谷区奥沢6-21-3"],
            ["専務取締役", "檜山 貴弘", "1962年12月2日", "神奈川県横浜市青葉区美しが丘5-3-17"],
            ["取締役", "宗像 晃", "1964年7月20日", "千葉県浦安市日の出1-4-2-1105"],
            ["社外取締役", "羽鳥 恭子", "1960年1月8日", "東京都杉並区善福寺3-8-26"],
            ["常勤監査役", "大鷹 伸一", "1959年10月27日", "埼玉県さいたま市浦和区常盤7-11-4"],
            ["社外監査役", "戸隠 美里", "1970年5月5日", "東京都文京区本駒込4-19-1"],
            ["社外監査役", "一ノ瀬 剛", "1957年8月16日", "東京都港区高輪3-22-8-902"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 1: PDF table of eight officers with birth dates and home addresses to a bank",
},
# ---------------------------------------------------------------------------- 048
{
    "id": "shisanunyo-048",
    "charset": "cp932",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["大和橋証券 持株会事務センター 千代田 <chiyoda.a@yamatobashi-sec.co.jp>"],
    "subject": "持株会業務委託に係る個人情報の取扱いに関する覚書について",
    "body": """大和橋証券 千代田様

いつもお世話になっております。日の出産業従業員持株会事務局の鳴海です。

当社の個人情報保護方針の改定に伴い、持株会業務の委託先である御社との間で
「個人情報の取扱いに関する覚書」を締結させていただきたく、ご連絡しました。
内容は、委託範囲、安全管理措置、再委託の事前承認、事故時の報告（72時間以内）、
契約終了時のデータ返却・消去、の5点を想定しております。

当社ひな形をお送りしてよろしいか、あるいは御社の標準書式がございましたら
そちらをご提示いただけますでしょうか。
""" + SIG_NARUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about a personal-data handling agreement: the word 個人情報 in passing, no data",
},
# ---------------------------------------------------------------------------- 049
{
    "id": "shisanunyo-049",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["北斗銀行 東京営業部 有馬 拓郎 <arima.t@hokuto-bank.co.jp>"],
    "subject": "外貨預金口座開設 取引担当者の本人確認書類について",
    "body": """有馬様

お世話になっております。日の出産業の外園です。
外貨普通預金口座開設にあたっての「取引担当者」の本人確認について、
運転免許証の記載事項をお知らせいたします。写しは明日郵送いたします。

　取引担当者：外園 拓海
　生年月日　：平成2年8月19日
　住所　　　：千葉県船橋市前原西2丁目31番5号 コーポ前原203
　免許証番号：第301822476570号
　有効期限　：令和10年9月19日まで

よろしくお願いいたします。
""" + SIG_HOKAZONO,
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 2: a driver's licence number (with birth date and home address) in the body to a bank",
},
# ---------------------------------------------------------------------------- 050
{
    "id": "shisanunyo-050",
    "charset": "utf-8",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 市場営業部 為替デスク <fx-desk@midori-ginko.co.jp>"],
    "subject": "為替予約残高の照合（5月末）",
    "body": """みどり銀行 市場営業部 為替デスク御中

日の出産業の仁科です。
5月末の為替予約残高について、当社記録をCSVでお送りします。
御社の残高明細と照合のうえ、差異があればご連絡ください。

仁科
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "csv",
        "name": "fx_forward_202605.csv",
        "encoding": "utf-8",
        "rows": [
            ["予約番号", "約定日", "売買", "通貨", "金額", "予約レート", "受渡日"],
            ["FX26-0318-001", "2026-03-18", "買", "USD", "1,200,000", "148.35", "2026-06-30"],
            ["FX26-0402-004", "2026-04-02", "買", "USD", "800,000", "146.90", "2026-07-31"],
            ["FX26-0415-002", "2026-04-15", "売", "EUR", "500,000", "161.72", "2026-06-30"],
            ["FX26-0508-007", "2026-05-08", "買", "CNY", "6,000,000", "20.41", "2026-08-31"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "FX forward contracts (deal numbers, amounts, rates) in CSV: numbers that are not personal data",
},
# ---------------------------------------------------------------------------- 051
{
    "id": "shisanunyo-051",
    "charset": "utf-8",
    "sender": "日の出産業 IR室 <ir@hinode-sangyo.co.jp>",
    "to": ["h.sawamura1962@icloud.com"],
    "subject": "Re: 株主総会の来場について",
    "body": """沢村様

日の出産業株式会社 IR室でございます。
お問い合わせいただき、ありがとうございます。

第78回定時株主総会は、2026年6月25日（木）午前10時より、
さくらホテル 2階「鳳凰の間」にて開催いたします。
車椅子でご来場の株主様には、1階正面玄関脇のスロープと専用エレベーターをご用意しております。
受付で係員にお声がけいただければ、お席までご案内いたします。

なお、本年よりお土産の配布は取り止めております。何卒ご了承ください。

日の出産業株式会社 IR室
TEL 03-5541-2290

On 2026/05/24 21:13, h.sawamura1962@icloud.com wrote:
> 株主の沢村です。今年の総会に出席したいのですが、夫が車椅子を使っています。
> 会場はバリアフリーでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one private shareholder on free mail; the wheelchair mention is only in her quoted question, the new text is venue information",
},
# ---------------------------------------------------------------------------- 052
{
    "id": "shisanunyo-052",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": [
        "大和橋証券 佐々 充 <sassa.mitsuru@yamatobashi-sec.co.jp>",
        "丸の内キャピタル証券 御手洗 <mitarai.k@marunouchi-cs.co.jp>",
        "あさひ証券 DCM部 <dcm@asahi-sec.co.jp>",
    ],
    "cc": ["白川法律事務所 真柴 <mashiba@shirakawa-law.jp>"],
    "subject": "第12回無担保社債 条件決定日程および引受シェアについて",
    "body": """引受証券各社 ご担当者様
白川法律事務所 真柴先生

お世話になっております。日の出産業 財務部の榊原でございます。

第12回無担保社債につきまして、下記のとおり日程と引受シェアを確定いたしましたので
ご連絡申し上げます。

　マーケティング開始：6月1日（月）
　条件決定日　　　　：6月5日（金）
　払込日　　　　　　：6月12日（金）
　引受シェア　　　　：大和橋証券（主幹事）50%／丸の内キャピタル証券 30%／あさひ証券 20%

引受契約書のドラフトは主幹事の大和橋証券様より配信をお願いいたします。
""" + SIG_SAKAKIBARA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reason 4: three competing securities firms plus the law firm all in To/Cc (four external organisations)",
},
# ---------------------------------------------------------------------------- 053
{
    "id": "shisanunyo-053",
    "charset": "cp932",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["青嵐監査法人 大河内 昌平 <okochi.m@seiran-kansa.jp>"],
    "cc": ["芦田 恵子 <ashida.keiko@hinode-sangyo.co.jp>"],
    "subject": "期末監査 依頼資料（借入金・社債）の送付",
    "body": """大河内様

お世話になっております。日の出産業 財務部の鳴海です。
依頼資料リストのうち、No.14～No.17（借入金・社債関係）をZIPにまとめてお送りします。

　No.14 借入金増減明細（xlsx）
　No.15 社債明細（xlsx）
　No.16 金銭消費貸借契約書（新規分）写し（pdf）
　No.17 コベナンツ遵守状況（pdf）

パスワードはかけておりません。残りの資料は来週前半にお送りします。
""" + SIG_NARUMI,
    "attachments": [{
        "kind": "zip",
        "name": "監査依頼資料_No14-17.zip",
        "files": [
            {"kind": "xlsx", "name": "No14_借入金増減明細.xlsx", "sheets": {"増減": [
                ["借入先", "期首残高", "増加", "減少", "期末残高"],
                ["みどり銀行", 2800000000, 0, 400000000, 2400000000],
                ["北斗銀行", 1500000000, 0, 0, 1500000000],
                ["東都信託銀行", 1000000000, 0, 200000000, 800000000],
            ]}},
            {"kind": "xlsx", "name": "No15_社債明細.xlsx", "sheets": {"社債": [
                ["銘柄", "発行日", "償還日", "利率", "残高"],
                ["第10回無担保社債", "2021/06/10", "2026/06/10", "0.38%", 5000000000],
                ["第11回無担保社債", "2023/11/28", "2028/11/28", "0.71%", 10000000000],
            ]}},
            {"kind": "pdf", "name": "No16_金銭消費貸借契約書_北斗銀行.pdf", "lines": ["金銭消費貸借契約証書", "借主 日の出産業株式会社　貸主 株式会社北斗銀行", "金額 金1,500,000,000円"]},
            {"kind": "pdf", "name": "No17_コベナンツ遵守状況.pdf", "lines": ["財務制限条項の遵守状況（2026年3月期）", "純資産維持：基準 1,450億円 / 実績 1,982億円　遵守", "経常利益：2期連続黒字　遵守"]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain ZIP of audit support documents (loan and bond schedules, contracts): company data only",
},
# ---------------------------------------------------------------------------- 054
{
    "id": "shisanunyo-054",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["日の出ロジスティクス 経理部 猿渡様 <saruwatari@hinode-logi.co.jp>"],
    "subject": "FW: 【みどり銀行】短期プライムレート改定のお知らせ",
    "body": """日の出ロジスティクス 経理部
猿渡様

お疲れさまです。親会社財務部の仁科です。
みどり銀行から短プラ改定の案内が届きましたので、元のメールを添付で転送します。
御社の短期借入（みどり銀行 6億円）も7月の更改時から適用になりますので、
資金計画に織り込んでおいてください。

仁科
""",
    "attachments": [{
        "kind": "eml",
        "name": "短期プライムレート改定のお知らせ.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "みどり銀行 本店営業部 <info-hojin@midori-ginko.co.jp>",
            "to": ["y-nishina@hinode-sangyo.co.jp"],
            "subject": "【みどり銀行】短期プライムレート改定のお知らせ",
            "body": """法人のお客さま各位

平素はみどり銀行をお引き立ていただき、誠にありがとうございます。
当行の短期プライムレートを、2026年6月15日より下記のとおり改定いたします。

　改定前：年1.875%
　改定後：年2.125%

既存のお借入れへの適用は、各契約の更改時または変更時からとなります。
詳しくはお取引店の担当者までお問い合わせください。

株式会社みどり銀行
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a bank's rate-change notice forwarded as an attached mail to a group company: no personal data",
},
# ---------------------------------------------------------------------------- 055
{
    "id": "shisanunyo-055",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["佐々 充 <sassa.mitsuru@yamatobashi-sec.co.jp>"],
    "subject": "条件決定表（案）の修正版",
    "body": """佐々様

お世話になっております。榊原です。
条件決定表（案）の修正版をお送りします。
スプレッドの欄を更新し、需要積み上げの集計表を別シートに追加しました。

よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
    "attachments": [{"kind": "corrupt", "name": "第12回社債_条件決定表_修正版.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: the attached XLSX is corrupt and cannot be read",
},
# ---------------------------------------------------------------------------- 056
{
    "id": "shisanunyo-056",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["北斗銀行 法人ＩＢサポート <ib-support@hokuto-bank.co.jp>"],
    "subject": "法人IB 管理者変更のお届け（2名）",
    "body": """北斗銀行 法人IBサポートデスク御中

いつもお世話になっております。日の出産業の外園です。
マスターユーザーおよび管理者ユーザーの変更をお届けします。

■マスターユーザー（新）
　氏名：榊原 理恵
　メール：sakakibara.rie@hinode-sangyo.co.jp
　携帯：090-7753-0861

■管理者ユーザー（新）
　氏名：外園 拓海
　メール：hokazono.takumi@hinode-sangyo.co.jp
　携帯：090-4418-2736

旧マスターユーザー（鶴見 和彦）は削除をお願いいたします。
変更届（書面）は本日発送しました。
""" + SIG_HOKAZONO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two users' contact records (mobile numbers) to the bank: under five people, may be warned",
},
# ---------------------------------------------------------------------------- 057
{
    "id": "shisanunyo-057",
    "charset": "utf-8",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["芦田 恵子 <ashida.keiko@hinode-sangyo.co.jp>"],
    "subject": "従業員貸付金 残高明細（5月末）",
    "body": """芦田さん

仁科です。5月末の従業員貸付金（住宅融資・教育融資）の残高明細を送ります。
勘定残高 58,104千円と一致しています。

仁科
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "従業員貸付金残高_202605.xlsx",
        "sheets": {
            "住宅融資": [
                ["従業員貸付金（住宅融資）残高明細　2026年5月末"],
                ["社員番号", "氏名", "貸付日", "当初貸付額", "残高", "利率"],
                ["10142", "石動 和也", "2019/04/25", 8000000, 5580000, "1.0%"],
                ["10217", "楠 沙耶香", "2020/10/23", 5000000, 3312000, "1.0%"],
                ["10259", "嶋津 大輔", "2018/07/25", 7000000, 4125000, "1.0%"],
                ["10301", "東海林 亜希", "2021/03/25", 3500000, 2600000, "1.0%"],
                ["10334", "真壁 英明", "2022/05/25", 8000000, 6390000, "1.0%"],
                ["10356", "百瀬 瑞穂", "2019/12/25", 3000000, 1824000, "1.0%"],
            ],
            "教育融資": [
                ["社員番号", "氏名", "貸付日", "当初貸付額", "残高"],
                ["10372", "鰐淵 悟", "2024/03/25", 2000000, 1480000],
                ["10415", "禰津 康平", "2025/03/25", 1500000, 1310000],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "employees' loan balances by name, sent finance to accounting: internal only",
},
# ---------------------------------------------------------------------------- 058
{
    "id": "shisanunyo-058",
    "charset": "iso-2022-jp",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 コンプライアンス統括部 <kyc-check@touto-shintaku.co.jp>"],
    "cc": ["水野 浩樹 <mizuno-h@touto-shintaku.co.jp>"],
    "subject": "Re: 新任役員候補者に関するご照会への回答",
    "body": """東都信託銀行 コンプライアンス統括部 御中

日の出産業の高梨でございます。
ご照会いただいた件につき、当社で確認した事実をご回答いたします。

新任監査役候補者の氷室 健司氏（1961年生）については、2009年に
業務上過失致傷の容疑で逮捕され、略式命令により罰金刑を受けた前歴があることを
本人からの申告により確認しております。
その後の処分歴はなく、反社会的勢力との関係も一切ございません。
当社指名委員会では上記を踏まえたうえで候補者に選定しております。

お取り扱いには十分ご留意いただけますよう、お願い申し上げます。
""" + SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named person's arrest and criminal record disclosed to a bank",
},
# ---------------------------------------------------------------------------- 059
{
    "id": "shisanunyo-059",
    "charset": "iso-2022-jp",
    "sender": "芦田 恵子 <ashida.keiko@hinode-sangyo.co.jp>",
    "to": ["青嵐監査法人 大河内 昌平 <okochi.m@seiran-kansa.jp>", "税理士法人みなと 税理士 堀之内 <horinouchi@minato-tax.jp>"],
    "cc": ["仁科 悠 <y-nishina@hinode-sangyo.co.jp>"],
    "subject": "繰延税金資産の回収可能性に関する三者協議（日程調整）",
    "body": """青嵐監査法人 大河内様
税理士法人みなと 堀之内先生

お世話になっております。日の出産業 経理部の芦田です。
社債発行費と金利スワップの税効果の取扱いについて、三者で協議の場を設けたく、
下記の候補日でご都合をお知らせいただけますでしょうか。

　① 6月2日（火）10:00～11:00
　② 6月3日（水）16:00～17:00
　③ 6月5日（金）13:00～14:00

いずれもWeb会議を予定しております。
よろしくお願いいたします。

日の出産業株式会社 経理部 芦田 恵子
TEL 03-5541-2240
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "scheduling with the auditor and the tax firm: two external organisations, a normal three-way mail",
},
# ---------------------------------------------------------------------------- 060
{
    "id": "shisanunyo-060",
    "charset": "utf-8",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "5月分 相殺（ネッティング）のご通知",
    "body": """北国フーズ株式会社 経理部 御中

いつもお世話になっております。日の出産業 財務部の外園です。
5月分の債権債務の相殺について、下記のとおりご通知いたします。

  当社から御社への支払額（請求書 KF-2605-0112, KF-2605-0139）  18,420,000円
  御社から当社への支払額（請求書 HS-26-05-3381）                 6,905,500円
  相殺後 当社お支払額                                          11,514,500円

お支払日：2026年6月30日
お振込先：御社ご指定口座（北国銀行 札幌中央支店 当座 0224817）

外園
""",
    "html": """<html><body>
<p>北国フーズ株式会社 経理部 御中</p>
<p>いつもお世話になっております。日の出産業 財務部の外園です。<br>5月分の債権債務の相殺について、下記のとおりご通知いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>区分</th><th>請求書番号</th><th align="right">金額（円）</th></tr>
<tr><td>当社→御社</td><td>KF-2605-0112, KF-2605-0139</td><td align="right">18,420,000</td></tr>
<tr><td>御社→当社</td><td>HS-26-05-3381</td><td align="right">6,905,500</td></tr>
<tr><td colspan="2"><b>相殺後 当社お支払額</b></td><td align="right"><b>11,514,500</b></td></tr>
</table>
<p>お支払日：2026年6月30日<br>お振込先：御社ご指定口座（北国銀行 札幌中央支店 当座 0224817）</p>
<p>外園</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "netting notice to a partner (text + HTML): invoice numbers and the partner's company account only",
},
# ---------------------------------------------------------------------------- 061
{
    "id": "shisanunyo-061",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["東亜格付 雨宮 <amemiya@toa-rating.co.jp>"],
    "subject": "格付委員会向け 事業計画説明資料",
    "body": """雨宮様

お世話になっております。日の出産業 財務部の外園です。
来週の格付委員会向けに、中期事業計画の説明資料をお送りいたします。
公表前の計数を含みますので、お取扱いにご留意ください。

外園
""" + SIG_HOKAZONO,
    "attachments": [{
        "kind": "pdf",
        "name": "格付説明資料_中期事業計画2026-2028.pdf",
        "page_header": "取扱注意",
        "page_footer": "日の出産業株式会社 財務部 ／ 取扱注意：格付目的以外の利用を禁ず",
        "lines": [
            "中期事業計画（2026-2028）格付説明資料",
            "1. 売上高目標：2028年度 4,800億円",
            "2. 設備投資：3年累計 540億円（新工場2拠点）",
            "3. M&A枠：最大200億円",
            "4. 財務規律：D/Eレシオ 0.7倍以内、格付A格の維持",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: the attached PDF carries a 取扱注意 classification in header and footer and goes to a rating agency",
},
# ---------------------------------------------------------------------------- 062
{
    "id": "shisanunyo-062",
    "charset": "utf-8",
    "sender": "Shinya Kibi <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["Ingrid Solberg <ingrid.solberg@nordvik-kapital.com>"],
    "subject": "Re: Follow-up questions on capital allocation",
    "body": """Dear Ms. Solberg,

Thank you for your follow-up questions. Our answers:

1) Dividend policy: we target a payout ratio of 35% or more with a progressive
   dividend, i.e. no cuts except in exceptional circumstances.
2) The JPY 5bn buyback announced on May 13 will be executed through ToSTNeT-3 and
   market purchases until March 2027; the shares will be cancelled.
3) The June bond (JPY 10bn, 5 years) refinances the bond maturing on June 10 and
   part of our short-term loans. It does not change our leverage target.
""" + SIG_KIBI_EN + """

On Fri, May 22, 2026 at 4:05 PM Ingrid Solberg <ingrid.solberg@nordvik-kapital.com> wrote:
> Dear Kibi-san,
> thank you for the meeting yesterday. Three follow-ups:
> 1) is the dividend progressive? 2) how will the buyback be executed?
> 3) what is the purpose of the June bond?
> Best, Ingrid
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English IR reply with an 'On … wrote:' quote; public capital-allocation facts only",
},
# ---------------------------------------------------------------------------- 063
{
    "id": "shisanunyo-063",
    "charset": "cp932",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 財形サービスセンター <zaikei@midori-ginko.co.jp>"],
    "subject": "財形貯蓄 新規申込データ（7月積立開始分）",
    "body": """みどり銀行 財形サービスセンター 御中

いつもお世話になっております。日の出産業の鳴海です。
7月積立開始分の財形貯蓄（一般・住宅・年金）新規申込データをお送りします。
フォーマットは御社指定のCSVをZIPにまとめております。

よろしくお願いいたします。
""" + SIG_NARUMI,
    "attachments": [{
        "kind": "zip",
        "name": "zaikei_shinki_202607.zip",
        "files": [{
            "kind": "csv",
            "name": "zaikei_shinki_202607.csv",
            "encoding": "cp932",
            "rows": [
                ["従業員番号", "氏名カナ", "氏名", "生年月日", "種類", "月額積立", "賞与積立", "払戻口座"],
                ["10512", "ﾐﾔｶﾞﾜ ｼｮｳﾀ", "宮川 翔太", "1997/05/14", "一般", "10000", "30000", "みどり銀行 蒲田支店 普通 4021836"],
                ["10518", "ｶｼﾞﾜﾗ ﾅﾂﾐ", "梶原 夏美", "1994/12/03", "住宅", "20000", "0", "みどり銀行 本店営業部 普通 1729943"],
                ["10523", "ｱｵﾔｷﾞ ｹﾝｼﾞ", "青柳 健二", "1983/08/21", "年金", "15000", "50000", "北斗銀行 所沢支店 普通 1448072"],
                ["10529", "ﾄﾞｲ ﾏﾕ", "土井 真由", "2000/02/29", "一般", "5000", "0", "みどり銀行 川崎支店 普通 3306615"],
                ["10534", "ﾏﾂﾅｶﾞ ﾀｶｼ", "松永 崇", "1976/10/10", "年金", "30000", "100000", "若葉信用金庫 本店 普通 0173348"],
                ["10540", "ｲｼｶﾞﾐ ﾘｮｳｺ", "石上 涼子", "1989/06/07", "住宅", "25000", "50000", "みどり銀行 自由が丘支店 普通 2568104"],
                ["10547", "ﾊｾｶﾞﾜ ｼﾞｭﾝ", "長谷川 潤", "1992/01/19", "一般", "10000", "20000", "みどり銀行 本店営業部 普通 1830276"],
                ["10551", "ｵｵﾊｼ ﾐﾅｺ", "大橋 美奈子", "1986/03/25", "年金", "20000", "40000", "みどり銀行 船橋支店 普通 3911457"],
                ["10556", "ｸﾛｷ ﾀﾞｲｷ", "黒木 大樹", "1999/09/30", "一般", "8000", "0", "北斗銀行 大宮支店 普通 1562908"],
                ["10562", "ﾆｼｵ ｱｽｶ", "西尾 明日香", "1995/07/16", "住宅", "15000", "30000", "みどり銀行 立川支店 普通 2774031"],
            ],
        }],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "reason 1: ten employees' birth dates and bank accounts in a CSV inside a plain ZIP to a bank",
},
# ---------------------------------------------------------------------------- 064
{
    "id": "shisanunyo-064",
    "charset": "iso-2022-jp",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["丸の内キャピタル証券 リサーチ部 榎本 舞 <enomoto-m@marunouchi-cs.co.jp>"],
    "subject": "Re: セグメント別の資本コストについて",
    "body": """榎本様

いつもお世話になっております。日の出産業IR室の吉備です。

ご依頼の件、社内で確認いたしましたが、セグメント別のWACCやハードルレートは
機密性の高い社内管理指標のため、開示は控えさせていただいております。
統合報告書 p.42 に記載の全社WACC（6.0%程度）と、
決算説明資料 p.18 のセグメント別ROICの推移をご参照いただけますと幸いです。

ご期待に沿えず恐縮ですが、何卒ご理解ください。
""" + SIG_KIBI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 used in passing to decline a request; nothing is marked or disclosed",
},
# ---------------------------------------------------------------------------- 065
{
    "id": "shisanunyo-065",
    "charset": "cp932",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 水野 浩樹 <mizuno-h@touto-shintaku.co.jp>"],
    "subject": "【パスワード】借入金明細（2026年3月末）送付の件",
    "body": """水野様

先ほどお送りした「借入金明細_202603.zip」のパスワードをお知らせします。

　Hns#2603tt

よろしくお願いいたします。
日の出産業 財務部 仁科
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up password mail alone: no attachment, no personal data",
},
# ---------------------------------------------------------------------------- 066
{
    "id": "shisanunyo-066",
    "charset": "utf-8",
    "sender": "芦田 恵子 <ashida.keiko@hinode-sangyo.co.jp>",
    "to": ["税理士法人みなと 堀之内 <horinouchi@minato-tax.jp>"],
    "cc": ["仁科 悠 <y-nishina@hinode-sangyo.co.jp>"],
    "subject": "社外役員 報酬の支払調書データ",
    "body": """堀之内先生

お世話になっております。日の出産業の芦田です。
社外役員3名分の報酬の支払調書作成用データをお送りします。
法定調書合計表とあわせてe-Taxでの提出をお願いいたします。

芦田
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "支払調書_社外役員_2025.xlsx",
        "sheets": {
            "報酬支払調書": [
                ["報酬、料金、契約金及び賞金の支払調書　作成データ（2025年分）"],
                ["氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"],
                ["羽鳥 恭子", "東京都杉並区善福寺3-8-26", MN[8], "社外取締役報酬", 9600000, 0],
                ["戸隠 美里", "東京都文京区本駒込4-19-1", MN[9], "社外監査役報酬", 7200000, 0],
                ["一ノ瀬 剛", "東京都港区高輪3-22-8-902", MN[10], "社外監査役報酬", 7200000, 0],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 2: three officers' My Numbers with home addresses in an XLSX to the tax firm",
},
# ---------------------------------------------------------------------------- 067
{
    "id": "shisanunyo-067",
    "charset": "iso-2022-jp",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>"],
    "subject": "資金日報（5/28）",
    "body": """外園さん

鳴海です。5/28の資金日報です。
ファイルサーバーが不安定で、保存途中で一度落ちました。開けなかったら言ってください。
共有フォルダにも同じものを置いています。

鳴海
""",
    "attachments": [{"kind": "corrupt", "name": "資金日報_20260528.xlsx"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a corrupt attachment, but between two internal colleagues",
},
# ---------------------------------------------------------------------------- 068
{
    "id": "shisanunyo-068",
    "charset": "utf-8",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["ジャパンビジネストラベル 法人営業部 <corporate@jbt-travel.co.jp>"],
    "subject": "海外ロードショー（9月 欧州）宿泊候補のご相談",
    "body": """ジャパンビジネストラベル 法人営業部 御中

お世話になっております。日の出産業 IR室の吉備です。
9月の欧州IRロードショーの宿泊について、投資家訪問先に近い下記ホテルで
空室状況と法人料金をご確認いただけますでしょうか。3名・各都市2泊です。

  都市        ホテル                          所在地                       代表電話
  ----------  ------------------------------  ---------------------------  -----------------
  London      The Moorgate Court Hotel        42 Moorgate, London EC2R     +44 20 7946 0381
  Edinburgh   Charlotte Square House          9 Charlotte Sq, Edinburgh    +44 131 496 0722
  Stockholm   Hotell Norrmalm                 Vasagatan 18, Stockholm      +46 8 555 019 40
  Frankfurt   Hotel am Opernplatz             Opernplatz 3, Frankfurt      +49 69 9043 2215
  Paris       Hôtel Saint-Lazare Affaires     21 rue de Rome, Paris 8e     +33 1 70 36 18 44

フライトは別途ご相談させてください。
""" + SIG_KIBI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of hotels with addresses and switchboards: businesses, not people",
},
# ---------------------------------------------------------------------------- 069
{
    "id": "shisanunyo-069",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 経理部 支払担当 <shiharai@kawasaki-denkl.co.jp>"],
    "subject": "債権譲渡（ファクタリング）に関するご通知",
    "body": """川崎電機株式会社 経理部 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 財務部の外園でございます。

当社は、御社に対する売掛債権（2026年7月末日支払分）につきまして、
みどりファクター株式会社へ譲渡いたしました。
つきましては、当該分のお支払いを下記口座あてにお願い申し上げます。

　振込先：みどり銀行 本店営業部 普通 6003318
　口座名義：ミドリフアクター（カ

正式な債権譲渡通知書（確定日付付き）は別途郵送いたします。
""" + SIG_HOKAZONO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "reason 5: kawasaki-denkl.co.jp ('l' for 'i') is a look-alike of the partner kawasaki-denki.co.jp",
},
# ---------------------------------------------------------------------------- 070
{
    "id": "shisanunyo-070",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["若葉信用金庫 八丁堀支店 融資課 <hatchobori@wakaba-shinkin.co.jp>"],
    "subject": "設備資金 借入申込書（案）の送付",
    "body": """若葉信用金庫 八丁堀支店 融資課 御中

いつもお世話になっております。日の出産業 財務部の仁科です。
子会社の日の出リース向け設備資金について、親会社保証付きでの借入申込書（案）をお送りします。
記載内容をご確認いただき、問題なければ正式版に押印してお持ちします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "docx",
        "name": "借入申込書_日の出リース_案.docx",
        "paragraphs": [
            "借入申込書（案）",
            "申込人：日の出リース株式会社（法人番号 8010001162954）",
            "所在地：東京都中央区八丁堀3-14-7",
            "連帯保証人：日の出産業株式会社（法人番号 6010001170463）",
            "資金使途：リース用車両（フォークリフト48台）購入資金",
        ],
        "tables": [[
            ["項目", "内容"],
            ["借入金額", "金350,000,000円"],
            ["期間", "5年（うち据置6か月）"],
            ["返済方法", "元金均等 毎月返済"],
            ["金利", "固定 年1.15%"],
        ]],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "loan application draft in DOCX: two companies' corporate numbers and office address, no people",
},
# ---------------------------------------------------------------------------- 071
{
    "id": "shisanunyo-071",
    "charset": "cp932",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 本店営業部 岩城 純 <iwaki.jun@midori-ginko.co.jp>"],
    "cc": ["森岡 健太 <k-morioka@midori-ginko.co.jp>", "日比野 颯 <hibino.hayate@midori-ginko.co.jp>"],
    "subject": "RE: 担当者変更のご挨拶",
    "body": """岩城次長
森岡様、日比野様

ご丁寧にご連絡いただき、ありがとうございます。日の出産業の榊原です。
森岡様には3年間大変お世話になりました。新任地でのご活躍をお祈り申し上げます。
日比野様、これからどうぞよろしくお願いいたします。
引継ぎのご挨拶は6/8（月）15時に当社へお越しいただく形で承知しました。

榊原
""" + SIG_SAKAKIBARA + """

差出人: 岩城 純 <iwaki.jun@midori-ginko.co.jp>
送信日時: 2026年5月26日 17:42
宛先: sakakibara.rie@hinode-sangyo.co.jp
CC: k-morioka@midori-ginko.co.jp; hibino.hayate@midori-ginko.co.jp
件名: 担当者変更のご挨拶

日の出産業株式会社
財務部 榊原様

平素は格別のお引き立てを賜り、誠にありがとうございます。
6月8日付の人事異動により、御社の担当者を下記のとおり変更させていただきます。

　【前任】森岡 健太　（異動先：名古屋支店）
　【後任】日比野 颯　直通 03-3211-5538　携帯 080-4470-2619
　【後任サブ】桑島 由依　直通 03-3211-5541

今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Outlook-style reply; the bank staff's own business contacts are only in the quoted original",
},
# ---------------------------------------------------------------------------- 072
{
    "id": "shisanunyo-072",
    "charset": "iso-2022-jp",
    "sender": "日の出産業 株式担当 <kabushiki@hinode-sangyo.co.jp>",
    "to": ["ogasawara.fumio@yahoo.co.jp", "mika-tachibana@gmail.com", "k.hanazono@outlook.jp"],
    "subject": "【日の出産業】株主様向け工場見学会 当選のお知らせ",
    "body": """株主様各位

このたびは「株主様向け工場見学会」にお申込みいただき、誠にありがとうございました。
厳正な抽選の結果、ご当選されましたのでお知らせいたします。

　日時：2026年7月11日（土）13:00～16:00
　集合：JR川崎駅 東口 バスロータリー（12:40集合）
　内容：川崎第二工場 見学、財務部長による事業説明、懇談会

当日は本メールを受付でご提示ください。
ご都合が悪くなった場合は、7月3日（金）までにご返信ください。

日の出産業株式会社 総務部 株式担当
TEL 03-5541-2215
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "reason 4: three private shareholders in To can see each other's personal addresses; should have been Bcc",
},
# ---------------------------------------------------------------------------- 073
{
    "id": "shisanunyo-073",
    "charset": "utf-8",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 市場営業部 能勢様 <nose.r@touto-shintaku.co.jp>"],
    "subject": "金利スワップ（固定払い）スキーム図のご確認",
    "body": """能勢様

お世話になっております。日の出産業の外園です。
先日ご提案いただいた金利スワップについて、社内稟議用にスキーム図を作成しました。
資金の流れに誤りがないか、ご確認いただけますでしょうか（添付PNG）。

  ・想定元本：20億円（北斗銀行の変動金利借入に対応）
  ・当社支払：固定 0.880%（年2回）
  ・当社受取：TIBOR 6M
  ・期間：2026/6/30～2031/6/30

外園
""" + SIG_HOKAZONO,
    "attachments": [{"kind": "png", "name": "swap_scheme.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "swap terms and a diagram image: no personal data",
},
# ---------------------------------------------------------------------------- 074
{
    "id": "shisanunyo-074",
    "charset": "utf-8",
    "sender": "Shinya Kibi <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["Rahul Menon <rmenon@kestrel-partners.com>"],
    "subject": "Singapore visit on June 16 - our attendees",
    "body": """Dear Rahul,

Thank you for hosting us at your Singapore office on June 16 at 14:00.
Our attendees and their mobile numbers on the day (roaming):

  Shuichi Takanashi   Executive Officer, CFO     +81 90-2249-6617
  Rie Sakakibara      Head of Treasury Group     +81 90-7753-0861
  Shinya Kibi         IR Office                  +81 90-8127-4463

Should anything change with the room, please call me directly.
""" + SIG_KIBI_EN,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff members' mobile numbers to one investor: under five people, may be warned",
},
# ---------------------------------------------------------------------------- 075
{
    "id": "shisanunyo-075",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["東和生命 法人営業 代理店担当 桧垣様 <higaki@towa-life.co.jp>"],
    "subject": "役員保険（逓増定期）加入審査 追加資料",
    "body": """桧垣様

いつもお世話になっております。日の出産業 財務部の仁科です。
専務の役員保険加入審査について、ご依頼の健康診断結果をまとめましたのでお送りします。
精密検査の結果は来月出る予定です。

仁科
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "docx",
        "name": "健診結果_檜山専務.docx",
        "page_header": "日の出産業株式会社 財務部",
        "paragraphs": [
            "役員保険 加入審査用　健康診断結果（抜粋）",
            "被保険者：檜山 貴弘　生年月日：昭和37年12月2日",
            "受診日：2026年4月14日　受診機関：八丁堀健診クリニック",
            "総合判定：D（要精密検査）",
            "所見：心電図 心房細動の疑い、γ-GTP高値、空腹時血糖高値（境界型）",
            "既往歴：2019年 大腸ポリープ切除",
        ],
        "tables": [[
            ["項目", "結果", "基準値", "判定"],
            ["血圧", "158/96", "～129/84", "C"],
            ["γ-GTP", "142", "～50", "C"],
            ["空腹時血糖", "118", "～99", "B"],
            ["心電図", "心房細動の疑い", "-", "D"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reason 3: a named director's health-check results and medical history (DOCX) to an insurer",
},
# ---------------------------------------------------------------------------- 076
{
    "id": "shisanunyo-076",
    "charset": "utf-8",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["資金G <fin-treasury@hinode-sangyo.co.jp>"],
    "cc": ["内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
    "subject": "銀行届出印・署名権者 管理台帳の更新（7/1付）",
    "body": """資金Gの皆さん

榊原です。7/1付の人事異動を反映した「銀行届出印・署名権者 管理台帳」を添付します。
内部監査室にもccしています。旧版は共有フォルダから削除しました。

榊原
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "署名権者管理台帳_20260701.xlsx",
        "title": "銀行届出印・署名権者 管理台帳",
        "sheets": {
            "署名権者": [
                ["銀行届出印・署名権者 管理台帳（2026/7/1 改定）"],
                ["区分", "氏名", "役職", "生年月日", "自宅住所", "登録金融機関"],
                ["A", "久我 俊之", "代表取締役副社長", "1966/09/14", "東京都世田谷区奥沢6-21-3", "全行"],
                ["A", "高梨 修一", "執行役員 財務部長", "1968/04/03", "神奈川県川崎市麻生区王禅寺東5-8-12", "全行"],
                ["B", "榊原 理恵", "資金G課長", "1979/11/26", "東京都江東区豊洲4-2-9-1403", "みどり・北斗"],
                ["B", "外園 拓海", "資金G主任", "1990/08/19", "千葉県船橋市前原西2-31-5-203", "みどり・北斗"],
                ["B", "芦田 恵子", "経理部課長", "1975/02/11", "埼玉県川口市芝新町11-6", "みどり"],
                ["B", "鳴海 紗季", "資金G", "1993/06/22", "東京都大田区山王1-40-7", "東都信託"],
            ],
            "届出印": [
                ["金融機関", "印鑑", "保管場所", "保管責任者"],
                ["みどり銀行", "銀行印A", "財務部金庫", "財務部長"],
                ["北斗銀行", "銀行印A", "財務部金庫", "財務部長"],
                ["東都信託銀行", "銀行印B", "財務部金庫", "資金G課長"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": [],
    "note": "six signatories with birth dates and home addresses, but sent only to internal groups",
},
# ---------------------------------------------------------------------------- 077
{
    "id": "shisanunyo-077",
    "charset": "iso-2022-jp",
    "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
    "to": ["錦印刷 戸叶様 <tokano@nishiki-insatsu.co.jp>", "中央証券代行 代行部 曽我部様 <sogabe@chuo-daiko.co.jp>"],
    "cc": ["吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>"],
    "subject": "期末配当 同封物の仕様と納品先について",
    "body": """錦印刷 戸叶様
中央証券代行 曽我部様

お世話になっております。日の出産業 株式担当の城之内です。
期末配当の発送物について、同封物の仕様と納品先を整理しましたのでご確認ください。

　同封物　　　　　　　　　　　　　　印刷　　　　封入・発送
　1. 配当金計算書／領収証　　　　　中央証券代行様（名簿から作成）
　2. 株主通信（第78期）　　　　　　錦印刷様　→ 中央証券代行様へ納品
　3. 株主アンケートはがき　　　　　錦印刷様　→ 中央証券代行様へ納品

納品日：6月17日（水）午前中
納品先：中央証券代行 府中事務センター（東京都府中市日鋼町1-40）
部数　：各24,500部

発送日は6月26日（金）を予定しております。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "printer and share registrar (two external organisations) coordinating a mailing; no shareholder data",
},
# ---------------------------------------------------------------------------- 078
{
    "id": "shisanunyo-078",
    "charset": "cp932",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["ミライカード 法人営業部 <hojin@miraicard.co.jp>"],
    "subject": "法人カード 追加発行申込（6名）",
    "body": """ミライカード株式会社 法人営業部 御中

お世話になっております。日の出産業 財務部の外園です。
海外出張の増加に伴い、法人カードの追加発行を申し込みます。
使用者情報はExcel（xls）でお送りします。利用限度額は1名あたり100万円でお願いします。
""" + SIG_HOKAZONO,
    "attachments": [{
        "kind": "xls",
        "name": "法人カード追加申込_使用者一覧.xls",
        "sheets": {
            "使用者": [
                ["氏名", "ローマ字", "生年月日", "自宅住所", "携帯電話", "所属"],
                ["吉備 慎也", "SHINYA KIBI", "1985/01/17", "東京都品川区戸越5-9-14", "090-8127-4463", "IR室"],
                ["鳴海 紗季", "SAKI NARUMI", "1993/06/22", "東京都大田区山王1-40-7", "080-3306-9152", "財務部"],
                ["城之内 亮", "RYO JONOUCHI", "1981/03/09", "神奈川県横浜市港北区日吉本町2-18-3", "070-2291-6038", "総務部"],
                ["宇佐美 直人", "NAOTO USAMI", "1987/10/30", "東京都練馬区石神井町6-22-1", "090-5540-1879", "経理部"],
                ["芥田 亮介", "RYOSUKE AKUTA", "1990/12/12", "千葉県市川市八幡3-7-25", "080-7712-0348", "海外事業部"],
                ["ヴォー・ティ・ラン", "VO THI LAN", "1996/04/05", "東京都江戸川区西葛西6-15-2", "070-6643-2187", "海外事業部"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reason 1: six cardholders' birth dates, home addresses and mobiles in an XLS to the card issuer",
},
# ---------------------------------------------------------------------------- 079
{
    "id": "shisanunyo-079",
    "charset": "iso-2022-jp",
    "sender": "吉備 慎也 <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["ミライカード 法人カードデスク <hojin-desk@miraicard.co.jp>"],
    "subject": "法人カード紛失の件（電話連絡済み）",
    "body": """ミライカード 法人カードデスク御中

日の出産業の吉備です。本日午前にお電話で利用停止をお願いした法人カードの件、
メールでも記録としてご連絡いたします。

　契約法人：日の出産業株式会社（法人契約番号 MC-55082）
　カード：末尾 6444
　紛失日時：5月26日 夜（出張先の大阪市内）
　受付番号：LS-260527-0193（電話受付時に伺った番号）

再発行カードは会社宛（財務部気付）にお送りください。
""" + SIG_KIBI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "card loss report with only the last four digits and reference numbers; no full card number",
},
# ---------------------------------------------------------------------------- 080
{
    "id": "shisanunyo-080",
    "charset": "utf-8",
    "sender": "Saki Narumi <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["Aldgate Custody Services - KYC <kyc@aldgate-custody.com>"],
    "subject": "RE: KYC refresh - authorised signatories",
    "body": """Dear KYC Team,

Thank you for your reminder. For the KYC refresh of account 60-118274 we will
upload the certified passport copies and proof of address of our two authorised
signatories through your secure client portal by June 5. As agreed, we will not
send identity documents by e-mail.

The updated certificate of incumbency and the board resolution are attached to the
portal case KYC-2026-04417 as well.

Kind regards,
Saki Narumi
Treasury Group, Hinode Sangyo Co., Ltd.

> From: KYC Team <kyc@aldgate-custody.com>
> Please provide passport copies and proof of address for all authorised signatories.
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about identity documents (passports) without any document number or personal data",
},
# ---------------------------------------------------------------------------- 081
{
    "id": "shisanunyo-081",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["東都信託銀行 水野 浩樹 <mizuno-h@touto-shintaku.co.jp>"],
    "subject": "当社担当者の一時変更について",
    "body": """水野様

いつもお世話になっております。日の出産業の榊原です。

御行とのお取引の窓口を務めております仁科ですが、体調を崩しまして、
医師の指示により6月末まで療養のため休職することとなりました。
その間は外園（hokazono.takumi@hinode-sangyo.co.jp）が窓口を引き継ぎます。
金銭信託の満期再運用のご提案は、外園宛にお送りいただけますでしょうか。

ご迷惑をおかけいたしますが、よろしくお願いいたします。
""" + SIG_SAKAKIBARA,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's sick leave told to a bank: health-related but no diagnosis; a privacy officer could go either way",
},
# ---------------------------------------------------------------------------- 082
{
    "id": "shisanunyo-082",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["情報システム部 IBセキュリティ担当 <is-security@hinode-sangyo.co.jp>"],
    "cc": ["榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>"],
    "subject": "FW: 法人IB 利用者一覧（ログイン状況）",
    "body": """情報システム部 ご担当者様

財務部の外園です。
四半期の特権ID棚卸しのため、北斗銀行から取り寄せた法人IBの利用者一覧（ログイン状況）を
元メールごと添付で転送します。90日以上ログインのないIDは削除を進めます。

外園
""",
    "attachments": [{
        "kind": "eml",
        "name": "法人IB利用者一覧_北斗銀行.eml",
        "message": {
            "charset": "utf-8",
            "sender": "北斗銀行 法人IBサポート <ib-support@hokuto-bank.co.jp>",
            "to": ["hokazono.takumi@hinode-sangyo.co.jp"],
            "subject": "法人IB 利用者一覧（ログイン状況）",
            "body": """日の出産業株式会社 外園様

ご依頼の利用者一覧（2026/5/31時点）をお送りします。

利用者ID  氏名          メールアドレス                          携帯電話        最終ログイン
HIN001    高梨 修一     takanashi.shuichi@hinode-sangyo.co.jp   090-2249-6617   2026/05/29
HIN003    榊原 理恵     sakakibara.rie@hinode-sangyo.co.jp      090-7753-0861   2026/05/31
HIN007    鶴見 和彦     tsurumi.kazuhiko@hinode-sangyo.co.jp    080-2087-5516   2026/01/15
HIN011    外園 拓海     hokazono.takumi@hinode-sangyo.co.jp     090-4418-2736   2026/05/31
HIN012    鳴海 紗季     narumi.saki@hinode-sangyo.co.jp         080-6620-1954   2026/05/30
HIN014    仁科 悠       y-nishina@hinode-sangyo.co.jp           070-3185-4402   2026/05/28
HIN015    芦田 恵子     ashida.keiko@hinode-sangyo.co.jp        080-9031-5528   2026/04/02
HIN016    宇佐美 直人   usami.naoto@hinode-sangyo.co.jp         070-8862-3170   2025/12/19

北斗銀行 法人IBサポートデスク
""",
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "an attached mail listing eight users with mobiles, forwarded to an internal department only",
},
# ---------------------------------------------------------------------------- 083
{
    "id": "shisanunyo-083",
    "charset": "utf-8",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 八丁堀支店 窓口 <hatchobori-br@midori-ginko.co.jp>"],
    "subject": "給与振込口座の開設（新入社員1名）事前のご連絡",
    "body": """みどり銀行 八丁堀支店 御中

いつもお世話になっております。日の出産業 財務部の鳴海です。
6月入社の社員1名の給与振込口座の開設について、事前に申込内容をお送りします。
本人が6/3（水）午前に来店いたしますので、ご対応をお願いいたします。
""" + SIG_NARUMI,
    "attachments": [{
        "kind": "docx",
        "name": "口座開設事前連絡票_グエン.docx",
        "paragraphs": ["給与振込口座 開設事前連絡票", "勤務先：日の出産業株式会社（財務部経由）"],
        "tables": [[
            ["項目", "内容"],
            ["氏名", "NGUYEN VAN HUNG（グエン ヴァン フン）"],
            ["生年月日", "1998年10月4日"],
            ["住所", "東京都江東区東陽3-19-8 サンハイツ東陽405"],
            ["在留カード番号", "UH48201736FQ"],
            ["在留期間（満了日）", "2029年4月30日"],
            ["来店予定", "2026年6月3日 10:00"],
        ]],
    }],
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reason 2: a residence card number of a new employee (DOCX table) sent to a bank",
},
# ---------------------------------------------------------------------------- 084
{
    "id": "shisanunyo-084",
    "charset": "iso-2022-jp",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["大和橋証券 事業法人部 <jigyohojin@yamatobashi-sec.co.jp>"],
    "subject": "政策保有株式の縮減（売却）に関するご相談",
    "body": """大和橋証券株式会社 事業法人部 御中

いつもお世話になっております。日の出産業の高梨でございます。
コーポレートガバナンス・コードへの対応として、政策保有株式の縮減を進める方針です。
今期売却を検討している銘柄の一覧（PDF）をお送りしますので、
売却方法（立会外・ブロックトレード等）と市場への影響についてご提案をお願いいたします。
""" + SIG_TAKANASHI,
    "attachments": [{
        "kind": "pdf",
        "name": "政策保有株式_売却検討銘柄.pdf",
        "lines": ["政策保有株式 売却検討銘柄（2026年5月末）", ""],
        "table": [
            ["証券コード", "銘柄", "保有株数", "時価（百万円）", "売却方針"],
            ["7xx1", "みどりフィナンシャルグループ", "1,240,000", "2,108", "半数売却"],
            ["6xx4", "東邦重機", "380,000", "912", "全株売却"],
            ["8xx9", "北斗ホールディングス", "520,000", "468", "全株売却"],
            ["9xx2", "青葉運輸", "210,000", "357", "継続保有"],
            ["2xx7", "北国フーズ", "95,000", "171", "全株売却"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PDF list of listed companies held as cross-shareholdings: businesses, not people",
},
# ---------------------------------------------------------------------------- 085
{
    "id": "shisanunyo-085",
    "charset": "cp932",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["日比野 颯 <hibino.hayate@midori-ginko.co.jp>"],
    "subject": "貸金庫 代理人届の記載内容について",
    "body": """日比野様

いつもお世話になっております。日の出産業の榊原です。
本店の貸金庫（第3号室）の代理人を3名に変更いたします。
代理人届の記載内容は下記のとおりです。届出書の原本は来店時にお持ちします。

　1）外園 拓海　　平成2年8月19日生
　2）鳴海 紗季　　平成5年6月22日生
　3）仁科 悠　　　平成8年1月30日生

現在の代理人（鶴見 和彦）は解除をお願いいたします。
""" + SIG_SAKAKIBARA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three agents' names with birth dates to the bank: under five people, may be warned",
},
# ---------------------------------------------------------------------------- 086
{
    "id": "shisanunyo-086",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["日比野 颯 <hibino.hayate@midori-ginko.co.jp>"],
    "subject": "コミットメントライン契約 変更契約書（署名済PDF）",
    "body": """日比野様

お世話になっております。日の出産業の仁科です。
コミットメントライン変更契約書の署名済みPDFをお送りします。
原本は本日レターパックで発送しました（追跡番号 3318-4402-7716）。

仁科
""" + SIG_NISHINA,
    "attachments": [{"kind": "corrupt", "name": "コミットメントライン変更契約書_署名済.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "reason 7: the signed PDF is corrupt and cannot be read",
},
# ---------------------------------------------------------------------------- 087
{
    "id": "shisanunyo-087",
    "charset": "utf-8",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["佐々 充 <sassa.mitsuru@yamatobashi-sec.co.jp>"],
    "subject": "発行登録追補書類用 財務データのご提供",
    "body": """佐々様

お世話になっております。日の出産業の榊原です。
発行登録追補書類の作成用に、直近5期の財務データと資金使途の内訳をExcelでお送りします。
シートは「主要指標」「有利子負債」「資金使途」の3つです。
有価証券報告書の数値と一致していることを経理部で確認済みです。
""" + SIG_SAKAKIBARA,
    "attachments": [{
        "kind": "xlsx",
        "name": "発行登録追補_財務データ.xlsx",
        "sheets": {
            "主要指標": [
                ["主要な経営指標等の推移（連結）", "", "", "", "", ""],
                ["決算期", "2022/3", "2023/3", "2024/3", "2025/3", "2026/3"],
                ["売上高（百万円）", 352100, 371840, 384220, 394650, 412800],
                ["経常利益（百万円）", 18240, 19760, 21080, 22310, 24150],
                ["純資産額（百万円）", 171200, 178940, 186510, 192330, 198240],
            ],
            "有利子負債": [
                ["区分", "2026/3末残高（百万円）"],
                ["短期借入金", 3000], ["CP", 3000], ["長期借入金", 14700], ["社債", 15000],
            ],
            "資金使途": [
                ["使途", "金額（百万円）", "時期"],
                ["第10回社債の償還資金", 5000, "2026年6月"],
                ["短期借入金の返済", 3000, "2026年6月"],
                ["設備投資（川崎第二工場）", 2000, "2026年度"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "multi-sheet XLSX of published financial data and use of proceeds: no personal data",
},
# ---------------------------------------------------------------------------- 088
{
    "id": "shisanunyo-088",
    "charset": "iso-2022-jp",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["資金G <fin-treasury@hinode-sangyo.co.jp>"],
    "subject": "【更新】金融機関 担当者連絡先一覧（6/8以降）",
    "body": """資金Gの皆さん

榊原です。みどり銀行の担当交代を反映した金融機関担当者の連絡先一覧です。
緊急時（送金事故・システム障害）はまず直通、つながらなければ携帯へ。

金融機関        担当            直通            携帯            メール
--------------  --------------  --------------  --------------  ----------------------------------
みどり銀行      日比野 颯       03-3211-5538    080-4470-2619   hibino.hayate@midori-ginko.co.jp
みどり銀行      岩城 純（次長） 03-3211-5520    090-1108-3364   iwaki.jun@midori-ginko.co.jp
北斗銀行        有馬 拓郎       03-3275-8142    080-5521-0937   arima.t@hokuto-bank.co.jp
東都信託銀行    水野 浩樹       03-3286-4450    070-2214-6803   mizuno-h@touto-shintaku.co.jp
東都信託銀行    能勢 亮         03-3286-4471    -               nose.r@touto-shintaku.co.jp
若葉信用金庫    鬼塚 誠司       03-3551-6124    090-6627-1150   onizuka@wakaba-shinkin.co.jp
大和橋証券      佐々 充         03-3243-7180    080-9956-2204   sassa.mitsuru@yamatobashi-sec.co.jp
丸の内C証券     御手洗 圭       03-6212-3300    -               mitarai.k@marunouchi-cs.co.jp

共有フォルダの「連絡先.xlsx」も同じ内容に更新しました。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "a list of eight bank contacts with mobile numbers, internal team only",
},
# ---------------------------------------------------------------------------- 089
{
    "id": "shisanunyo-089",
    "charset": "utf-8",
    "sender": "Shinya Kibi <kibi.shinya@hinode-sangyo.co.jp>",
    "to": ["Daniel Okafor <d.okafor@harborline-am.com>"],
    "subject": "Materials for our meeting on May 28",
    "body": """Dear Daniel,

Ahead of our call on May 28, please find attached the deck our CFO will use.
It includes the draft capital allocation framework that the Board will discuss in June.
""" + SIG_KIBI_EN,
    "attachments": [{
        "kind": "pptx",
        "name": "Hinode_CFO_meeting_deck_draft.pptx",
        "title": "CFO meeting - Confidential",
        "page_footer": "CONFIDENTIAL - Not for distribution",
        "slides": [
            ["Capital Allocation Framework (Draft)", "Hinode Sangyo Co., Ltd.", "CONFIDENTIAL"],
            ["Cash generation FY2026-2028", "Operating cash flow: JPY 95bn cumulative", "Asset disposals: JPY 12bn (cross-shareholdings)"],
            ["Uses", "Growth capex JPY 54bn", "M&A up to JPY 20bn", "Shareholder returns JPY 30bn"],
            ["Leverage policy", "Net D/E below 0.7x", "Maintain single-A rating"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "reason 6: the deck is stamped CONFIDENTIAL (title slide, footer on every slide) and goes to an investor",
},
# ---------------------------------------------------------------------------- 090
{
    "id": "shisanunyo-090",
    "charset": "cp932",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["ひかりリース 債権管理部 <saiken@hikari-lease.co.jp>"],
    "subject": "リース料 支払予定表（2026年度上期）の照合",
    "body": """ひかりリース株式会社 債権管理部 御中

お世話になっております。日の出産業 財務部の外園です。
2026年度上期のリース料支払予定表をCSVでお送りします。
御社の請求予定と相違がないかご確認をお願いします。

外園
""",
    "attachments": [{
        "kind": "csv",
        "name": "リース料支払予定_2026上期.csv",
        "encoding": "cp932",
        "rows": [
            ["契約番号", "物件", "月額（税込）", "4月", "5月", "6月", "7月", "8月", "9月", "満了"],
            ["HL-2021-08812", "フォークリフト 12台", "528000", "528000", "528000", "528000", "528000", "528000", "528000", "2026/08"],
            ["HL-2022-03347", "複合機 40台", "264000", "264000", "264000", "264000", "264000", "264000", "264000", "2027/03"],
            ["HL-2023-11520", "サーバー機器一式", "715000", "715000", "715000", "715000", "715000", "715000", "715000", "2028/11"],
            ["HL-2024-06091", "社用車 18台", "1098000", "1098000", "1098000", "1098000", "1098000", "1098000", "1098000", "2029/06"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "lease payment schedule in CSV: contract numbers and amounts only",
},
# ---------------------------------------------------------------------------- 091
{
    "id": "shisanunyo-091",
    "charset": "iso-2022-jp",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["岩城 純 <iwaki.jun@midori-ginko.co.jp>"],
    "cc": ["羽鳥 恭子 <kyoko.hatori.office@gmail.com>", "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>"],
    "subject": "社外取締役向け 資金調達勉強会（6/10）のお願い",
    "body": """岩城次長
（cc：社外取締役 羽鳥様）

いつもお世話になっております。日の出産業の高梨です。

先日ご相談した件、社外取締役の羽鳥様から、社債市場とシンジケートローンの
最近の動向についてお話を伺いたいとのご要望をいただいております。
6月10日（水）16時から1時間ほど、当社会議室で勉強会の講師をお願いできますでしょうか。

羽鳥様には本メールをccでお送りしております（ご本人のご希望により個人アドレス宛）。
資料は一般的な市場動向の範囲で結構です。
""" + SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "one bank plus one outside director on free mail: two external parties, a normal meeting request",
},
# ---------------------------------------------------------------------------- 092
{
    "id": "shisanunyo-092",
    "charset": "utf-8",
    "sender": "鳴海 紗季 <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["北斗銀行 東京営業部 為替課 <kawase-tokyo@hokuto-bank.co.jp>"],
    "subject": "総合振込（5/29分）1件 組戻しのお願い",
    "body": """北斗銀行 東京営業部 為替課 御中

お世話になっております。日の出産業 財務部の鳴海です。
本日送信した総合振込データのうち、1件を二重に計上しておりました。
恐れ入りますが、下記の1件について組戻しをお願いいたします。

　振込指定日：２０２６年５月２９日
　受取人　　：カ）マルフジコウギヨウ
　振込先　　：北斗銀行　川口支店　当座　０３１２８８４
　金額　　　：２３，５５０，０００円
　データ番号：０００４２

該当レコードを添付のテキストに抜き出しています。
組戻手数料は当座口座からの引落しで結構です。
""" + SIG_NARUMI,
    "attachments": [{
        "kind": "txt",
        "name": "sogofurikomi_20260529_kumimodoshi.txt",
        "encoding": "cp932",
        "text": """2 0178 ｶﾜｸﾞﾁ          2 0312884ｶ)ﾏﾙﾌｼﾞｺｳｷﾞﾖｳ                  0023550000 ﾆｼﾞﾕｳｹｲｼﾞﾖｳ 00042
2 0178 ｶﾜｸﾞﾁ          2 0312884ｶ)ﾏﾙﾌｼﾞｺｳｷﾞﾖｳ                  0023550000 ﾆｼﾞﾕｳｹｲｼﾞﾖｳ 00043
""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "recall of a duplicate transfer to a company payee (corporate current account, full-width digits, TXT extract): no personal data",
},
# ---------------------------------------------------------------------------- 093
{
    "id": "shisanunyo-093",
    "charset": "iso-2022-jp",
    "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
    "to": ["中央証券代行 代行部 曽我部様 <sogabe@chuo-daiko.co.jp>"],
    "subject": "株主様からの住所変更のお申し出（4件）",
    "body": """中央証券代行 代行部
曽我部様

お世話になっております。日の出産業 株式担当の城之内です。
特別口座の株主様から、当社宛に直接住所変更のお申し出が4件ございました。
お手数ですが、所定の変更届の送付をお願いできますでしょうか。

　株主番号　　氏名　　　　　　新住所
　00215537　　三ツ矢 寛治　　静岡県浜松市中央区佐鳴台2-41-6
　00230918　　奥寺 しのぶ　　宮城県仙台市青葉区国見ケ丘3-8-12
　00341102　　南雲 孝之　　　新潟県長岡市喜多町1095-3
　00402876　　東 美津子　　　大阪府吹田市千里山西4-27-15

よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four shareholders' new addresses to the share registrar: under five people, may be warned",
},
# ---------------------------------------------------------------------------- 094
{
    "id": "shisanunyo-094",
    "charset": "cp932",
    "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
    "to": ["中央証券代行 代行部 曽我部様 <sogabe@chuo-daiko.co.jp>"],
    "subject": "RE: 除斥期間経過前の未払配当金について",
    "body": """曽我部様

ご連絡ありがとうございます。城之内です。
ご提案のとおり、7名の株主様には当社名義の催告状を送付する方向で進めてください。
文案は来週お送りします。

城之内

-----Original Message-----
From: 曽我部 <sogabe@chuo-daiko.co.jp>
Sent: Tuesday, May 19, 2026 2:11 PM
To: jonouchi.ryo@hinode-sangyo.co.jp
Subject: 除斥期間経過前の未払配当金について

日の出産業 城之内様

2021年6月支払分の配当金のうち、未受領のものが下記のとおりございます。
除斥期間（5年）の満了前に催告状の送付をご検討ください。

株主番号   氏名            住所                                    金額
00118204   岩熊 弘         北海道旭川市春光4条7-3-11              12,600
00127755   丹羽 久美子     愛知県一宮市木曽川町黒田字北宿二の切65  8,400
00156309   目黒 達夫       東京都足立区千住旭町27-4               4,200
00163481   鮫島 フミ       鹿児島県鹿屋市白崎町12-8               21,000
00188027   千葉 隆司       岩手県盛岡市上田3-5-22                 4,200
00201196   吉良 悦子       広島県呉市焼山中央2-16-4               6,300
00223570   大原 淳一       福岡県北九州市小倉南区葛原本町1-9-30    8,400
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the seven-shareholder list is only in the quoted original from the registrar; new text has none",
},
# ---------------------------------------------------------------------------- 095
{
    "id": "shisanunyo-095",
    "charset": "iso-2022-jp",
    "sender": "高梨 修一 <takanashi.shuichi@hinode-sangyo.co.jp>",
    "to": ["岡部 誠一郎 <okabe.seiichiro@hinode-sangyo.co.jp>", "久我 俊之 <kuga.toshiyuki@hinode-sangyo.co.jp>"],
    "cc": ["取締役会事務局 <torishimariyakukai@hinode-sangyo.co.jp>"],
    "subject": "【極秘】Project Heron 資金調達スキーム（取締役会前ご説明）",
    "body": """【極秘】
岡部社長
久我副社長

財務部の高梨です。
来週の臨時取締役会に先立ち、Project Heron の資金調達スキームをご説明いたします。

1. ブリッジローン：東都信託銀行 200億円（12か月）
2. テイクアウト：ハイブリッド社債 100億円＋普通社債 100億円（2027年上期）
3. 格付への影響：東亜格付とは事前相談済み、A-維持の見込み

本件はインサイダー情報に該当しますので、取扱いには十分ご注意ください。
明日10時から15分ほどお時間をいただけますでしょうか。
""" + SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 極秘-marked mail, but only to internal executives",
},
# ---------------------------------------------------------------------------- 096
{
    "id": "shisanunyo-096",
    "charset": "utf-8",
    "sender": "Saki Narumi <narumi.saki@hinode-sangyo.co.jp>",
    "to": ["Aldgate Custody Services - Billing <billing@aldgate-custody.com>"],
    "subject": "Payment confirmation - invoices Q1 2026",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Billing Team,</p>
<p>Please be advised that we remitted the following invoices today by telegraphic transfer
from Midori Bank (SWIFT MDRIJPJT).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>Invoice</th><th>Period</th><th>Amount (USD)</th><th>Value date</th></tr>
<tr><td>ACS-INV-2026-01187</td><td>Jan 2026</td><td align="right">4,820.00</td><td>2026-05-29</td></tr>
<tr><td>ACS-INV-2026-02231</td><td>Feb 2026</td><td align="right">4,820.00</td><td>2026-05-29</td></tr>
<tr><td>ACS-INV-2026-03319</td><td>Mar 2026</td><td align="right">5,115.50</td><td>2026-05-29</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>14,755.50</b></td><td></td></tr>
</table>
<p>Our reference: HS-TT-260529-03. Please let us know if anything is missing.</p>
<p>Kind regards,<br>Saki Narumi<br>Treasury Group, Hinode Sangyo Co., Ltd.</p>
<p style="font-size:8pt;color:#666">This e-mail and any attachments may contain confidential information intended solely for the addressee(s). If you have received it in error, please notify the sender and delete it.</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only English payment confirmation: invoice numbers and amounts; disclaimer only",
},
# ---------------------------------------------------------------------------- 097
{
    "id": "shisanunyo-097",
    "charset": "cp932",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["東和生命保険 企業年金サービス部 <dbnenkin@towa-life.co.jp>"],
    "subject": "確定給付企業年金 退職者の年金裁定請求について",
    "body": """東和生命保険株式会社 企業年金サービス部 御中

いつもお世話になっております。日の出産業（規約番号 DB-08817）財務部の仁科です。
5月末に定年退職した者1名について、年金裁定請求の手続をお願いいたします。
請求書の原本は本人から直接郵送いたします。

　加入者番号　：0881-20544
　氏名　　　　：笹川 利夫（ササガワ トシオ）
　生年月日　　：昭和41年5月8日
　基礎年金番号：4120-583917
　退職日　　　：2026年5月31日
　受給方法　　：年金（10年確定）

よろしくお願いいたします。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "reason 2: a retiree's basic pension number (with birth date) in the body to an insurer",
},
# ---------------------------------------------------------------------------- 098
{
    "id": "shisanunyo-098",
    "charset": "iso-2022-jp",
    "sender": "外園 拓海 <hokazono.takumi@hinode-sangyo.co.jp>",
    "to": ["北斗銀行 東京営業部 有馬 拓郎 <arima.t@hokuto-bank.co.jp>"],
    "subject": "緊急連絡網（送金事故時）の確認のお願い",
    "body": """有馬様

お世話になっております。日の出産業の外園です。
BCPの見直しにあたり、送金事故・システム障害時に当社が連絡する御行の窓口を
下記のとおり登録しております。現時点で相違がないかご確認いただけますでしょうか。

　氏名　　　　　所属　　　　　　　　　　直通　　　　　　携帯
　有馬 拓郎　　東京営業部　　　　　　　03-3275-8142　　080-5521-0937
　稲葉 沙織　　東京営業部　　　　　　　03-3275-8143　　080-3348-6021
　久住 昇　　　東京営業部（課長）　　　03-3275-8120　　090-7260-4419
　宮坂 朋美　　法人IBサポート　　　　　03-3275-8890　　－
　角倉 慎吾　　為替事務センター　　　　03-3275-8705　　070-1184-5532

よろしくお願いいたします。
""" + SIG_HOKAZONO,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five of the bank's own staff with mobiles sent back to that bank to confirm: a list of people, but the recipient's own contacts",
},
# ---------------------------------------------------------------------------- 099
{
    "id": "shisanunyo-099",
    "charset": "utf-8",
    "sender": "榊原 理恵 <sakakibara.rie@hinode-sangyo.co.jp>",
    "to": ["岩城 純 <iwaki.jun@midori-ginko.co.jp>", "真柴 弁護士 <mashiba@shirakawa-law.jp>"],
    "subject": "コミットメントライン更新に伴う秘密保持条項の修正案",
    "body": """岩城次長
真柴先生

お世話になっております。日の出産業の榊原です。

コミットメントライン契約の更新にあたり、第28条（秘密保持）について
当社から下記の修正をお願いしたく、真柴先生にも入っていただいております。

　現行：借入人の機密情報は、貸付人の関係会社にも開示できる。
　修正案：開示先を「貸付人の親会社及び監督当局」に限定し、
　　　　　関係会社への開示は借入人の事前の書面承諾を要する。

背景として、当社のM&A関連情報が今後共有される可能性があるためです。
みどり銀行様の行内でご検討いただけますと幸いです。
""" + SIG_SAKAKIBARA + "\n" + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "contract clause about confidentiality (機密 in passing) to a bank and the partner law firm: two external organisations",
},
# ---------------------------------------------------------------------------- 100
{
    "id": "shisanunyo-100",
    "charset": "iso-2022-jp",
    "sender": "仁科 悠 <y-nishina@hinode-sangyo.co.jp>",
    "to": ["日比野 颯 <hibino.hayate@midori-ginko.co.jp>"],
    "subject": "残高証明書 受領のご連絡",
    "body": """日比野様

お世話になっております。日の出産業の仁科です。
本日、3月末の残高証明書2部を受領いたしました（簡易書留 お問合せ番号 4410-2287-9635）。
迅速にご対応いただき、ありがとうございました。

取り急ぎ御礼まで。
仁科
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "short thank-you with a tracking number; nothing personal",
},
]
