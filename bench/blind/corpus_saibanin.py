"""Saibanin / court-duty area: mail of Hinode Sangyo's legal desk (法務部) and HR desk
(人事部・労務課) around employees called as lay judges (裁判員) or as witnesses, court
summonses (呼出状・期日呼出), the special leave that goes with them (裁判員休暇・証人休暇),
attorneys' and bar-association requests for employee records (弁護士会照会・文書提出),
litigation holds and e-discovery preservation, plus the ordinary day-to-day mail of those
two desks with outside counsel (白川法律事務所 and others), 社会保険労務士, hotels, IT and
e-discovery vendors, and employees' or former employees' private addresses."""

from build import card_number, my_number

SEED = 62601


def _fw(s: str) -> str:
    """ASCII digits and hyphens to full-width, the way some people type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


SIG_KURANOUCHI = """--
日の出産業株式会社 法務部 法務課
蔵之内 彩葉（くらのうち いろは）
〒103-0027 東京都中央区日本橋3-14-8 日の出産業ビル7F
TEL 03-5201-7731（直通）／内線 4412
kuranouchi.i@hinode-sangyo.co.jp"""

SIG_SASABE = """――――――――――――――――――――
日の出産業株式会社
人事部 労務課　雀部 真澄（ささべ ますみ）
TEL：03-5201-7745　FAX：03-5201-7790
Mail：sasabe.m@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_HOZUMI = """*********************************
日の出産業株式会社 法務部長
八月一日 宏（ほずみ ひろし）
〒103-0027 東京都中央区日本橋3-14-8
Tel. 03-5201-7730 (代表)
*********************************"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = [
{
    "id": "saibanin-001",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "cc": ["八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>"],
    "subject": "【未払残業代請求事件】対象従業員の勤怠集計について",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
白川 直哉 先生

いつも大変お世話になっております。日の出産業 法務部の蔵之内です。

先日の打合せでご依頼いただきました、原告側が主張している対象期間
（令和５年４月〜令和６年３月）の勤怠集計を取りまとめましたので、
下記のとおりお送りいたします。数値は勤怠システムからの抽出値で、
人事部にて手修正はしておりません。

社員番号  氏名            生年月日      入社日       月平均残業(h)  基本給(円)
--------  --------------  ------------  -----------  -------------  ----------
H-10233   四十物 健吾     S61.3.14      H21.4.1              52.5     312,000
H-11507   月見里 由佳     H2.11.3       H25.4.1              47.0     284,500
H-11892   百目鬼 翔太     H4.6.27       H27.10.1             61.25    268,000
H-12040   纐纈 麻衣子     S63.1.9       H28.4.1              38.75    291,000
H-12716   栗花落 亮       H6.8.30       R1.7.16              55.0     251,500
H-13101   猪狩 早苗       H8.2.18       R3.4.1               44.5     240,000

※ 深夜時間帯（22時以降）の内訳は別途集計中です。来週中にお送りできる見込みです。
※ 猪狩は令和５年１０月から時短勤務に切り替わっております。

ご確認のほど、よろしくお願いいたします。

""" + SIG_KURANOUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six employees' rows (name, DOB, hire date, salary) in a space-padded table to outside counsel: a list of people",
},
{
    "id": "saibanin-002",
    "sender": "人事部 労務課 <roumu@hinode-sangyo.co.jp>",
    "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
    "subject": "［人事部］裁判員休暇・証人休暇の取得手続きについて（再周知）",
    "charset": "utf-8",
    "body": """社員各位

人事部 労務課です。

年末が近づき、最高裁判所から「裁判員候補者名簿への記載のお知らせ」が届く時期と
なりました。例年、お知らせを受け取った方から手続きに関するご質問をいただきますので、
改めて当社の取扱いを周知します。

1. 裁判員休暇（就業規則 第42条の3）
   ・裁判員候補者として呼び出された日、裁判員・補充裁判員として選任された期間は
     特別休暇（有給）となります。
   ・裁判所から支給される日当は会社に返納する必要はありません。
2. 証人休暇
   ・業務上の事件・私的な事件を問わず、裁判所から証人として呼出しを受けた日は
     特別休暇（有給）とします。
3. 手続き
   ・勤怠システムで「特別休暇（公務）」を選択し、呼出状または選任を証する書面の
     写しを所属長経由で人事部に提出してください。
   ・呼出状に記載された事件の内容を上司や同僚に話す必要はありません。
     裁判員には守秘義務がありますので、評議の内容は社内でも話さないでください。

ご不明な点は労務課（内線 4520）までお問い合わせください。

人事部 労務課
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal-only policy reminder about jury and witness leave; no personal data",
},
{
    "id": "saibanin-003",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["風祭社会保険労務士事務所 <info@sr-kazamatsuri.jp>"],
    "subject": "資格取得届の件（１２月入社　１名）",
    "charset": "iso-2022-jp",
    "body": """風祭社会保険労務士事務所
風祭様

いつもお世話になっております。日の出産業 人事部の雀部です。

１２月１日付で中途入社した社員１名について、健康保険・厚生年金保険の
資格取得届の作成をお願いいたします。必要事項は以下のとおりです。

　氏名　　　　：漆原　大輔（ウルシバラ　ダイスケ）
　生年月日　　：平成３年７月１９日
　性別　　　　：男
　個人番号　　：""" + _fw(_g4(my_number(SEED + 1), "-")).replace("－", "−") + """
　住所　　　　：〒２５２−０２３１　神奈川県相模原市中央区相模原５−１１−２　ルミエール相模原３０２
　報酬月額　　：３２０，０００円
　被扶養者　　：なし

入社書類の原本は本日レターパックで発送しております。
お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_SASABE,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a new hire's My Number (full-width, hyphenated) with DOB and address to an outside 社労士",
},
{
    "id": "saibanin-004",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-lavv.jp>"],
    "subject": "Re: 証人尋問の事前打合せ日程",
    "charset": "utf-8",
    "body": """白川法律事務所
尾久様

お世話になっております。日の出産業の蔵之内です。

証人尋問の事前打合せの件、ご調整ありがとうございます。
ご提示いただいた候補のうち、当社側は以下であれば出席可能です。

  ・1月14日（火）14:00～16:00
  ・1月16日（木）10:00～12:00

出席者は、法務部から私と八月一日、証人予定者として製造部の担当者1名の
計3名を予定しております。場所は貴事務所の会議室でよろしいでしょうか。

よろしくお願いいたします。

""" + SIG_KURANOUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-lavv.jp imitates the partner law firm shirakawa-law.jp (w written as vv); content is harmless",
},
{
    "id": "saibanin-005",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "RE: 証人尋問の事前打合せ日程（確定）",
    "charset": "utf-8",
    "body": """尾久様

お世話になっております。日の出産業の蔵之内です。

1月16日（木）10:00からで確定とのこと、承知いたしました。
当日は製造部の五百旗頭が同席いたします。尋問事項案は前日までに
白川先生からお送りいただけるとのことで、本人にもその旨伝えております。

引き続きよろしくお願いいたします。

""" + SIG_KURANOUCHI + """

""" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "scheduling mail to the partner law firm; a witness named without any data; standard disclaimer only",
},
{
    "id": "saibanin-006",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "倉庫内での暴行事件（刑事）における当社従業員の証人出廷について",
    "charset": "shift_jis",
    "body": """白川先生

いつもお世話になっております。八月一日です。

先日お電話でご相談した件、経緯を整理してお送りします。

当社 川口倉庫の契約社員である 鰐部 孝之（わにべ たかゆき、４１歳）が、
本年８月２２日の夜勤中に取引先の運転手から殴打され、顔面骨折で全治２か月の
けがを負いました。加害者は傷害罪で起訴されており、鰐部は被害者として
検察側証人で出廷を求められています（さいたま地方裁判所、２月６日）。

鰐部は現在も月２回、川口市内の形成外科に通院しており、事件以降は不眠の症状が
あるとのことで、心療内科も受診していると本人から聞いております。

つきましては、
　１．被害者参加制度の利用について会社としてどこまで支援できるか
　２．出廷日および通院日の休暇の扱い（労災との関係）
　３．ビデオリンク方式での尋問を申し出ることの可否
についてご助言をいただけますでしょうか。

よろしくお願いいたします。

""" + SIG_HOZUMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee who was a crime victim, with injuries and psychiatric treatment: 要配慮個人情報 of one person to outside counsel",
},
{
    "id": "saibanin-007",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["Lexgate Japan 保全チーム <preservation@lexgate-japan.com>"],
    "cc": ["情報システム部 <is-desk@hinode-sangyo.co.jp>"],
    "subject": "訴訟ホールド対象カストディアン一覧のご送付（案件番号 LG-24-0318）",
    "charset": "utf-8",
    "body": """Lexgate Japan 株式会社
保全チーム ご担当者様

お世話になっております。日の出産業 法務部の蔵之内です。

標記案件につき、データ保全の対象となるカストディアンの一覧を添付いたします。
メールボックス・OneDrive・Teams チャットの保全をお願いいたします。
保全期間の始期は 2022年4月1日、終期は現時点で未定です。

添付：custodians_LG-24-0318.xlsx（シート「対象者」「端末」）

ご不明点があればご連絡ください。

""" + SIG_KURANOUCHI,
    "attachments": [{
        "kind": "xlsx",
        "name": "custodians_LG-24-0318.xlsx",
        "sheets": {
            "対象者": [
                ["訴訟ホールド対象者一覧（LG-24-0318）", "", "", "", ""],
                ["No.", "氏名", "所属", "メールアドレス", "携帯電話"],
                [1, "御手洗 慎一", "営業本部", "mitarai.s@hinode-sangyo.co.jp", "080-4417-2290"],
                [2, "左右田 恵", "営業本部 第二営業部", "souda.m@hinode-sangyo.co.jp", "090-3302-1187"],
                [3, "苫米地 悟", "購買部", "tomabechi.s@hinode-sangyo.co.jp", "070-5521-9043"],
                [4, "千々和 みなみ", "購買部", "chijiwa.m@hinode-sangyo.co.jp", "080-2290-6615"],
                [5, "躑躅森 博", "経営企画室", "tsutsujimori.h@hinode-sangyo.co.jp", "090-8871-0342"],
                [6, "宍戸 理沙", "経理部", "shishido.r@hinode-sangyo.co.jp", "080-6634-7218"],
                [7, "丹下 勇気", "営業本部", "tange.y@hinode-sangyo.co.jp", "070-1198-5530"],
                [8, "上遠野 聡子", "法務部", "katono.s@hinode-sangyo.co.jp", "090-4756-2281"],
                [9, "眞榮田 剛", "物流部", "maeda.t@hinode-sangyo.co.jp", "080-9902-3317"],
                [10, "禰宜田 舞", "購買部", "negita.m@hinode-sangyo.co.jp", "090-2215-8804"],
                [11, "朝比奈 蓮", "営業本部", "asahina.r@hinode-sangyo.co.jp", "080-3371-4462"],
                [12, "瓜生 幸恵", "経営企画室", "uryu.y@hinode-sangyo.co.jp", "070-6650-1129"],
            ],
            "端末": [
                ["資産番号", "利用者No.", "種別", "OS"],
                ["PC-22-0451", 1, "ノートPC", "Windows 11"],
                ["PC-22-0452", 2, "ノートPC", "Windows 11"],
                ["PC-21-1180", 3, "ノートPC", "Windows 10"],
                ["SP-23-0077", 5, "スマートフォン", "iOS"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with twelve custodians' names, e-mail and mobile numbers sent to an external e-discovery vendor: a list of people",
},
{
    "id": "saibanin-008",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 証人候補者の件",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。蔵之内です。
ご連絡ありがとうございます。下記５名の方について、社内で出廷可否を確認いたします。
金曜日までにご回答いたします。

蔵之内

> 蔵之内様
>
> 先日頂いた資料から、証人候補を以下の５名に絞りました。
> 各人の出廷可否をご確認ください。
>
> １．東海林 拓　　　　携帯 090-1123-4587
> ２．九十九 沙織　　　携帯 080-6672-3310
> ３．砂金 康弘　　　　携帯 070-2248-9951
> ４．雲母 千晶　　　　携帯 090-5530-7726
> ５．仁平 信行　　　　携帯 080-1189-0463
>
> 白川法律事務所　弁護士　白川 直哉
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person list is only quoted back to the lawyer who sent it; the new text carries no personal data",
},
{
    "id": "saibanin-009",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>", "神楽 敏明 <kagura@kagura-sogo-law.jp>"],
    "cc": ["東海海上火災保険 損害サービス課 <songai-svc@tokai-kaijo.co.jp>"],
    "subject": "第３回和解期日に向けた日程調整のお願い（令和６年(ワ)第４１１７号）",
    "charset": "utf-8",
    "body": """関係各位

いつもお世話になっております。日の出産業株式会社 法務部の八月一日でございます。

標記事件につき、裁判所から次回和解期日の候補として以下の日程が示されました。
各位のご都合をお聞かせいただけますでしょうか。

　（１）２月１８日（火）午後１時３０分
　（２）２月２５日（火）午前１０時
　（３）３月４日（火）午後３時

なお、保険会社様には和解金の支払い枠について、期日前に改めてご相談させて
いただきたく存じます。

何卒よろしくお願い申し上げます。

""" + SIG_HOZUMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "own counsel, opposing counsel and the insurer (three external organisations) all visible in To/Cc",
},
{
    "id": "saibanin-010",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["kirara.chiaki0815@gmail.com"],
    "subject": "裁判員休暇の承認について",
    "charset": "utf-8",
    "body": """雲母さん

人事部の雀部です。私用アドレスへのご連絡とのことで、こちらにお返事します。

裁判員に選任されたとのこと、ご連絡ありがとうございます。
1月20日（月）～1月31日（金）の平日9日間を特別休暇（裁判員休暇）として
承認しました。勤怠システムへの登録は人事部で代行しますので、
ご自身での入力は不要です。

選任を証する書面（選任通知）の写しは、復帰後で構いませんので
所属長経由でご提出ください。

大変なお役目かと思いますが、どうぞお気をつけて。

""" + SIG_SASABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one employee's private address, approving her jury-duty leave; no sensitive or identifying data beyond the dates",
},
{
    "id": "saibanin-011",
    "sender": "総務部 鴇田 <tokita.s@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    "subject": "宿泊予約（法人）のお願い　1/15〜1/16　1名",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 予約センター ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の鴇田です。

下記のとおり宿泊の予約をお願いいたします。
裁判所への出廷のため前泊するものです。

　宿泊者　　：栗花落 亮 様（当社社員）
　日程　　　：１月１５日（水）チェックイン／１月１６日（木）チェックアウト
　部屋　　　：シングル・禁煙・朝食付
　お支払い　：法人カードにて事前決済

　カード番号：""" + _g4(card_number(SEED + 11), "-") + """
　有効期限　：０８／２７
　名義　　　：HINODE SANGYO / S TOKITA

予約確定のご連絡をこのアドレスにいただけますと幸いです。

――――
日の出産業株式会社 総務部 総務課
鴇田 俊介　TEL 03-5201-7760
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with expiry written into a hotel booking mail",
},
{
    "id": "saibanin-012",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "【送付】人事記録一式（パスワードは別送します）",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。蔵之内です。

ご依頼のあった原告の人事記録一式（人事考課表、異動履歴、懲戒関係書類）を
ZIP にまとめて添付いたします。パスワードは別メールにてお送りします。

ご査収のほどよろしくお願いいたします。

""" + SIG_KURANOUCHI,
    "attachments": [{
        "kind": "zip",
        "name": "jinji_kiroku_20250110.zip",
        "password": "Hs#7rQ2m",
        "files": [
            {"kind": "xlsx", "name": "人事考課表_2019-2024.xlsx",
             "sheets": {"考課": [["年度", "氏名", "評価", "評価者"],
                                 ["2019", "漆原 大輔", "B", "苫米地"],
                                 ["2020", "漆原 大輔", "C", "苫米地"]]}},
            {"kind": "txt", "name": "異動履歴.txt",
             "text": "2016/04 物流部\n2019/10 購買部\n2023/04 物流部（川口倉庫）\n"},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to outside counsel: the attachment cannot be inspected",
},
{
    "id": "saibanin-013",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "【パスワード】人事記録一式",
    "charset": "utf-8",
    "body": """白川先生

先ほどお送りした「jinji_kiroku_20250110.zip」のパスワードです。

  Hs#7rQ2m

蔵之内
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail of a PPAP pair: no attachment, no personal data",
},
{
    "id": "saibanin-014",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "文書保全の実施状況報告書（ドラフト）",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。八月一日です。

相手方代理人からの照会に対応するため、当社における文書保全の実施状況を
報告書の形にまとめました。ドラフトを添付しますので、表現ぶりについて
ご意見をいただけますと幸いです。

来週中に最終化し、先生のお名前で相手方へ回答いただく想定です。

八月一日
""",
    "attachments": [{
        "kind": "docx",
        "name": "文書保全実施状況報告書_draft_v2.docx",
        "page_header": "社外秘",
        "title": "文書保全実施状況報告書",
        "paragraphs": [
            "文書保全実施状況報告書（案）",
            "作成：日の出産業株式会社 法務部　作成日：令和７年１月９日",
            "１．保全通知の発出　令和６年１１月２５日、関係部署（営業本部、購買部、経営企画室）に対し訴訟ホールド通知を発出した。",
            "２．電子データ　メールサーバ上の対象メールボックスについて、同月２７日に自動削除設定を停止した。",
            "３．紙媒体　川口倉庫に保管されている出荷伝票（２０２２年度分）は、倉庫内の施錠キャビネットに移管済みである。",
            "４．今後の対応　外部業者による電子データの保全コピー作成を令和７年１月中に完了する予定である。",
        ],
        "tables": [[["対象", "保全開始日", "方法"],
                    ["メール", "2024/11/27", "Litigation Hold 設定"],
                    ["ファイルサーバ", "2024/12/02", "スナップショット"],
                    ["紙媒体", "2024/12/05", "施錠保管"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached DOCX carries a 社外秘 page header, sent to an external law firm",
},
{
    "id": "saibanin-015",
    "sender": "法務部 <legal@hinode-sangyo.co.jp>",
    "to": ["御手洗 慎一 <mitarai.s@hinode-sangyo.co.jp>", "左右田 恵 <souda.m@hinode-sangyo.co.jp>",
           "苫米地 悟 <tomabechi.s@hinode-sangyo.co.jp>", "千々和 みなみ <chijiwa.m@hinode-sangyo.co.jp>",
           "躑躅森 博 <tsutsujimori.h@hinode-sangyo.co.jp>", "宍戸 理沙 <shishido.r@hinode-sangyo.co.jp>"],
    "cc": ["情報システム部 <is-desk@mail.hinode-sangyo.co.jp>"],
    "subject": "【社外秘】訴訟ホールド通知（Legal Hold Notice）— 必ずお読みください",
    "charset": "utf-8",
    "body": """社外秘

各位

法務部です。

当社が当事者となっている訴訟に関連して、下記の方々が保有する文書・データの
保全（訴訟ホールド）をお願いします。本通知が解除されるまで、関連する
メール・ファイル・チャット・紙資料を削除・廃棄・改変しないでください。

対象者（敬称略）
・御手洗 慎一（営業本部）　mitarai.s@hinode-sangyo.co.jp
・左右田 恵（第二営業部）　souda.m@hinode-sangyo.co.jp
・苫米地 悟（購買部）　　　tomabechi.s@hinode-sangyo.co.jp
・千々和 みなみ（購買部）　chijiwa.m@hinode-sangyo.co.jp
・躑躅森 博（経営企画室）　tsutsujimori.h@hinode-sangyo.co.jp
・宍戸 理沙（経理部）　　　shishido.r@hinode-sangyo.co.jp

対象となる情報
・2022年4月以降の、川崎電機向け部材の価格改定に関するもの一切
・私物スマートフォンでのやり取り（LINE 等）も含みます

受領確認のため、本メールに「確認しました」と返信してください。

法務部（内線 4410）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "all recipients internal (including a mail. subdomain): a marked hold notice with a custodian list stays inside",
},
{
    "id": "saibanin-016",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "cc": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "弁護士会照会（照会番号 第２４−１８８３号）回答書案のご確認",
    "charset": "iso-2022-jp",
    "body": """尾久様

いつもお世話になっております。日の出産業の蔵之内です。

第二東京弁護士会から当社宛てに届いた照会について、人事部で回答書案を作成しました。
照会対象者の特定事項を含めて以下に転記しますので、回答範囲として適切か
白川先生にご確認いただけますでしょうか。

――――――――――――――――
照会対象者
　氏名　　　　　：舎利弗　一馬（とどろき　かずま）
　生年月日　　　：昭和５３年１２月２日
　最終住所　　　：埼玉県川越市新富町２−２６−１１−５０４
　基礎年金番号　：４２１７−６６０３９８
　在籍期間　　　：平成２４年４月１日〜令和５年９月３０日

照会事項に対する回答
　１．在籍の有無：上記期間在籍しておりました。
　２．退職時の住所：上記のとおりです。
　３．退職金の支払状況：令和５年１１月１０日に全額支払済みです。
――――――――――――――――

年金番号まで回答する必要があるかどうかも含め、ご意見をお聞かせください。

""" + SIG_KURANOUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a former employee's 基礎年金番号 with DOB and address in a bar-association inquiry draft to counsel",
},
{
    "id": "saibanin-017",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "cc": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>", "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>"],
    "subject": "労働審判の第１回期日に向けた三者打合せのお願い",
    "charset": "utf-8",
    "body": """白川先生、風祭先生

いつもお世話になっております。日の出産業 人事部の雀部です。

労働審判の申立書が届きましたので、答弁書の作成に向けて一度三者で
打合せの場を設けさせていただけないでしょうか。

候補日時：
  1月22日（水）15:00～
  1月23日（木）10:00～
  1月27日（月）13:00～

場所は当社本社7階の会議室、またはオンライン（Teams）を予定しております。
申立書の写しは、打合せ前に白川先生から風祭先生へ共有いただけると助かります。

よろしくお願いいたします。

""" + SIG_SASABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (law firm and 社労士) in To/Cc for a normal three-way meeting; no personal data",
},
{
    "id": "saibanin-018",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "証人候補者（退職者を含む）の連絡先",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>白川先生</p>
<p>お世話になっております。蔵之内です。<br>
証人候補者の連絡先を一覧にしました。退職者については人事部が把握している
最新の連絡先です（本人の了解は未取得です）。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>区分</th><th>携帯電話</th><th>メール</th></tr>
<tr><td>東海林 拓</td><td>在籍</td><td>090-1123-4587</td><td>shoji.taku.88@gmail.com</td></tr>
<tr><td>九十九 沙織</td><td>在籍</td><td>080-6672-3310</td><td>saori-t99@yahoo.co.jp</td></tr>
<tr><td>砂金 康弘</td><td>退職（R5.3）</td><td>070-2248-9951</td><td>isago.yasu@outlook.jp</td></tr>
<tr><td>雲母 千晶</td><td>在籍</td><td>090-5530-7726</td><td>kirara.chiaki0815@gmail.com</td></tr>
<tr><td>仁平 信行</td><td>退職（R4.9）</td><td>080-1189-0463</td><td>nihei-nobu@icloud.com</td></tr>
<tr><td>蓬莱 美保</td><td>在籍</td><td>090-7781-2046</td><td>miho.horai@docomo.ne.jp</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 法務部 蔵之内 彩葉<br>TEL 03-5201-7731</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a six-row table of witnesses' mobile numbers and private e-mail addresses, to counsel",
},
{
    "id": "saibanin-019",
    "sender": "Hiroshi Hozumi <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["Rebecca Lindqvist <rlindqvist@pacifica-llp.com>"],
    "subject": "Litigation hold scope - Hinode Sangyo / Orion Components matter",
    "charset": "utf-8",
    "body": """Dear Rebecca,

Thank you for your memo of 6 January. We have reviewed the proposed scope of the
litigation hold and can confirm the following on our side:

1. Date range: 1 April 2022 to the present. We agree this covers the negotiation
   of the 2022 supply agreement and the subsequent price adjustments.
2. Data sources: Exchange Online mailboxes, SharePoint project sites, Teams chats,
   and the paper order files kept at our Kawaguchi warehouse.
3. Custodians: we have identified eleven custodians in Sales, Procurement and
   Corporate Planning. Our IT team will share the technical details directly with
   your e-discovery vendor once the engagement letter is signed.

Could you let us know whether the US court is likely to expect the preservation of
personal messaging apps as well? Some of our sales staff use LINE with customers.

Best regards,

Hiroshi Hozumi
General Manager, Legal Department
Hinode Sangyo Co., Ltd.
3-14-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7730

""" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail to foreign counsel on hold scope; the disclaimer is standard, no personal data",
},
{
    "id": "saibanin-020",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["人事部 勤怠担当 <kintai@hinode-sangyo.jp>"],
    "subject": "特別休暇（証人）登録依頼：製造部 五百旗頭",
    "charset": "iso-2022-jp",
    "body": """勤怠担当 各位

お疲れさまです。労務課の雀部です。

製造部の五百旗頭さんについて、下記のとおり特別休暇（証人）の登録をお願いします。
呼出状の写しは受領済みで、人事部のキャビネットに保管しています。

　対象日：２月６日（木）終日
　区分　：特別休暇（公務・証人）
　裁判所：さいたま地方裁判所

以上、よろしくお願いします。

雀部
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.jp (the co. dropped) looks like the own domain hinode-sangyo.co.jp but is external",
},
{
    "id": "saibanin-021",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["おおはら内科クリニック <uketsuke@ohara-naika-clinic.jp>"],
    "subject": "診断書作成のお願い（裁判員辞退申立て用）",
    "charset": "shift_jis",
    "body": """おおはら内科クリニック
受付ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の雀部と申します。

貴院に通院中の当社社員より、裁判員候補者としての呼出しを受けたものの、
持病のため長時間の着席が難しく、辞退を申し立てたいとの相談がありました。
つきましては、裁判所に提出する診断書の作成をお願いできますでしょうか。

　患者氏名：十六沢　紀子（いざさわ　のりこ）
　生年月日：昭和４７年５月２１日
　傷病名　：２型糖尿病、糖尿病性神経障害（本人申告）
　提出期限：１月２４日（金）必着

本人も同意のうえで人事部からご連絡しております。
ご不明な点は下記までお問い合わせください。

""" + SIG_SASABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's diagnosis (medical history) with DOB sent to an outside clinic",
},
{
    "id": "saibanin-022",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["常盤総合法律事務所 <contact@tokiwa-sogo-law.jp>"],
    "subject": "秘密保持契約書のレビューに関するお見積りのお願い",
    "charset": "utf-8",
    "body": """常盤総合法律事務所 御中

はじめてご連絡いたします。日の出産業株式会社 法務部の上遠野と申します。

当社では、海外の部品メーカーとの共同開発に先立ち、英文の秘密保持契約（NDA）を
締結する予定です。相手方ドラフトのレビューおよび修正案の作成について、
お見積りをいただくことは可能でしょうか。

・契約書：Mutual Non-Disclosure Agreement（英文、約9ページ）
・準拠法：シンガポール法（当社としては日本法への変更を希望）
・希望納期：2月上旬

機密情報の定義と、残存条項の期間が主な論点になると考えております。
ご検討のほどよろしくお願いいたします。

日の出産業株式会社 法務部 法務課
上遠野 聡子
TEL 03-5201-7733
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約, 機密情報 as a topic): no marking, no personal data",
},
{
    "id": "saibanin-023",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "特別休暇（公務）取得実績データの送付",
    "charset": "shift_jis",
    "body": """風祭先生

お世話になっております。雀部です。

就業規則改定のご相談にあたり、過去２年分の特別休暇（裁判員・証人・
検察審査員）の取得実績をCSVで添付いたします。
有給扱いとした日数の妥当性についてご意見をいただければ幸いです。

雀部
""",
    "attachments": [{
        "kind": "csv",
        "name": "tokubetsu_kyuka_2023-2024.csv",
        "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "生年月日", "所属", "休暇種別", "開始日", "終了日", "日数"],
            ["H-09882", "甕 正和", "1969/04/07", "物流部", "裁判員候補者呼出", "2023/03/09", "2023/03/09", "1"],
            ["H-10233", "四十物 健吾", "1986/03/14", "営業本部", "証人", "2023/06/22", "2023/06/22", "1"],
            ["H-10871", "雲母 千晶", "1990/08/15", "経理部", "裁判員", "2023/10/16", "2023/10/27", "10"],
            ["H-11355", "薬袋 拓郎", "1975/12/01", "製造部", "検察審査員", "2024/02/05", "2024/02/05", "1"],
            ["H-11892", "百目鬼 翔太", "1992/06/27", "製造部", "証人", "2024/05/14", "2024/05/14", "1"],
            ["H-12388", "廿日出 優", "1983/09/30", "品質保証部", "裁判員", "2024/09/02", "2024/09/06", "5"],
            ["H-12716", "栗花落 亮", "1994/08/30", "営業本部", "裁判員候補者呼出", "2024/11/18", "2024/11/18", "1"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of seven employees with DOB and leave records sent to an outside 社労士: a list of people",
},
{
    "id": "saibanin-024",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["isago.yasu@outlook.jp", "nihei-nobu@icloud.com", "k.oonishi.1961@yahoo.co.jp"],
    "subject": "【日の出産業】証人尋問の事前打合せのお願い",
    "charset": "utf-8",
    "body": """砂金様、仁平様、大西様

ご無沙汰しております。日の出産業株式会社 法務部の蔵之内です。
在職中にご担当いただいていた川崎電機様との取引に関する訴訟について、
先日お電話でご説明したとおり、証人としてご協力いただけることになり
誠にありがとうございます。

つきましては、当社代理人の白川弁護士との事前打合せを以下の日程で
お願いしたく存じます。

　日時：1月29日（水）14:00～16:00
　場所：白川法律事務所（東京都千代田区麹町2-7-4 麹町KSビル5F）

交通費は当社にて実費精算いたします。ご都合が悪い場合はご返信ください。

""" + SIG_KURANOUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three former employees' private addresses visible to each other in To (three private persons = three parties): should have been Bcc",
},
{
    "id": "saibanin-025",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>"],
    "bcc": ["isago.yasu@outlook.jp", "nihei-nobu@icloud.com", "k.oonishi.1961@yahoo.co.jp",
            "tsukumo.h.1958@gmail.com"],
    "subject": "【日の出産業】事前打合せ会場の変更について（Bcc送信）",
    "charset": "utf-8",
    "body": """証人としてご協力いただく皆様

日の出産業株式会社 法務部の蔵之内です。
本メールは Bcc にて一斉にお送りしております。

1月29日（水）の事前打合せについて、会場が変更となりましたのでご連絡いたします。

　変更前：白川法律事務所（麹町）
　変更後：日の出産業株式会社 本社 7階 第3会議室
　　　　　（東京都中央区日本橋3-14-8、東京メトロ日本橋駅 B9出口 徒歩3分）

時間の変更はございません。受付で「法務部との打合せ」とお伝えください。

""" + SIG_KURANOUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "same kind of notice sent correctly with the private recipients in Bcc; only the office address is given",
},
{
    "id": "saibanin-026",
    "sender": "情報システム部 日月 <tachimori.k@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 保守窓口 <support@tsubasa-system.jp>"],
    "subject": "メールアーカイブ保全作業のスケジュール（ご確認）",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
保守窓口 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の日月です。

先日ご相談したメールアーカイブの保全作業について、当社側で作業スケジュール表を
作成しました。添付をご確認のうえ、各工程の担当欄に貴社の作業者名を
ご記入いただけますでしょうか。

作業日は土日を想定しております。

日の出産業株式会社 情報システム部
日月 航（たちもり わたる）　内線 3307
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "保全作業スケジュール_v1.xlsx",
        "page_header": "Confidential",
        "sheets": {
            "工程表": [
                ["【機密】メールアーカイブ保全作業 工程表", "", "", ""],
                ["工程", "作業内容", "予定日", "担当"],
                ["1", "アーカイブサーバのスナップショット取得", "2025/02/01", ""],
                ["2", "対象メールボックスの Litigation Hold 設定確認", "2025/02/01", ""],
                ["3", "PST エクスポート（検証用）", "2025/02/02", ""],
                ["4", "ハッシュ値の記録と引渡し", "2025/02/08", ""],
            ],
            "連絡体制": [
                ["役割", "部署"],
                ["作業責任者", "情報システム部"],
                ["法務窓口", "法務部"],
                ["ベンダー窓口", "ツバサシステム 保守窓口"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX stamped Confidential in its page header and 【機密】 in its title row, sent to an external IT vendor",
},
{
    "id": "saibanin-027",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["鴇田 俊介 <tokita.s@hinode-sangyo.co.jp>"],
    "subject": "FW: 呼出状の件（品質保証部 廿日出さん）",
    "charset": "iso-2022-jp",
    "body": """鴇田さん

お疲れさまです。雀部です。
廿日出さんから届いた連絡を転送します。前泊が必要とのことなので、
ホテル手配をお願いできますか。呼出状の記載住所が旧住所のままだったので、
人事マスタの住所も併せて更新しておきました。

雀部

-------- Forwarded Message --------
From: 廿日出 優 <hatsukade.y@hinode-sangyo.co.jp>
Subject: 呼出状の件

雀部さん

品質保証部の廿日出です。
仙台地方裁判所から証人としての呼出状が届きました。

　期日　　：令和７年２月１３日（木）午前１０時
　事件番号：令和６年（ワ）第６２８号
　呼出状の宛先住所：宮城県仙台市青葉区上杉４−８−１７−２０３（旧住所）
　現住所　：東京都大田区南雪谷２−１５−９　コーポ雪谷１０１

朝10時なので前日から仙台に入りたいと思います。
よろしくお願いします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "internal forward between HR and general affairs of one employee's summons and home address: internal only",
},
{
    "id": "saibanin-028",
    "sender": "経理部 宍戸 <shishido.r@hinode-sangyo.co.jp>",
    "to": ["花村税理士事務所 <office@zeirishi-hanamura.jp>"],
    "subject": "報酬の支払調書作成用データ（証人協力謝礼 3名分）",
    "charset": "utf-8",
    "body": """花村先生

いつもお世話になっております。日の出産業 経理部の宍戸です。

訴訟で証人としてご協力いただいた退職者3名に謝礼をお支払いしたため、
支払調書の作成用データをお送りします。個人番号は本人から番号確認書類を
受領済みです。

添付：shiharai_chosho_R6.xlsx

よろしくお願いいたします。

日の出産業株式会社 経理部　宍戸 理沙
TEL 03-5201-7750
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "shiharai_chosho_R6.xlsx",
        "title": "報酬、料金、契約金及び賞金の支払調書 作成用",
        "sheets": {
            "R6支払分": [
                ["令和６年分 報酬等支払調書 作成用データ", "", "", "", "", ""],
                ["支払を受ける者", "フリガナ", "住所", "個人番号", "支払金額", "源泉徴収税額"],
                ["砂金 康弘", "イサゴ ヤスヒロ", "千葉県船橋市本町6-3-21", my_number(SEED + 2), 50000, 5105],
                ["仁平 信行", "ニヘイ ノブユキ", "東京都八王子市元本郷町1-19-4", my_number(SEED + 3), 50000, 5105],
                ["大西 久美子", "オオニシ クミコ", "神奈川県横浜市港北区日吉本町3-40-2-305", my_number(SEED + 4), 30000, 3063],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX with three people's My Numbers and home addresses sent to an outside tax accountant",
},
{
    "id": "saibanin-029",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "勤怠データ（深夜時間帯内訳）",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。蔵之内です。
先日お約束していた深夜時間帯の内訳データを添付いたします。
ファイルが開けない等ありましたらお知らせください。

蔵之内
""",
    "attachments": [{"kind": "corrupt", "name": "kintai_shinya_uchiwake.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected",
},
{
    "id": "saibanin-030",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "2/6 期日の傍聴・同行者について",
    "charset": "utf-8",
    "body": """尾久様

お世話になっております。日の出産業の蔵之内です。

2月6日の期日には、当社から以下の4名が傍聴・同行いたします。
当日、裁判所で行き違いがあった場合の連絡先として携帯番号を記載します。

・八月一日 宏（法務部長）　090-2281-6654
・蔵之内 彩葉（法務部）　　080-7719-3320
・雀部 真澄（人事部）　　　070-4436-1182
・五百旗頭 亘（製造部・証人）090-6603-2479

集合は9時40分に1階ロビーでお願いできればと存じます。

""" + SIG_KURANOUCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's mobile numbers to the law firm: under the five-person threshold (may be warned)",
},
{
    "id": "saibanin-031",
    "sender": "鴇田 俊介 <tokita.s@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "FW: 送達先住所一覧（証人申請予定者）",
    "charset": "utf-8",
    "body": """尾久様

総務部の鴇田です。法務部の蔵之内が不在のため、代わってお送りします。
人事部から届いた送達先の一覧を、元のメールごと添付で転送いたします。

鴇田
""",
    "attachments": [{
        "kind": "eml",
        "name": "送達先住所一覧.eml",
        "message": {
            "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
            "to": ["蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>"],
            "subject": "送達先住所一覧（証人申請予定者）",
            "charset": "iso-2022-jp",
            "body": """蔵之内さん

証人申請予定者の現住所です（人事マスタより）。

氏名　　　　　　住所
――――――――――――――――――――――――――――――――――――――
東海林　拓　　　東京都足立区西新井本町３－２－８
九十九　沙織　　埼玉県草加市松原１－４－１１－７０２
雲母　千晶　　　東京都江戸川区船堀６－１９－３
蓬莱　美保　　　千葉県市川市南八幡４－７－２２－２０１
五百旗頭　亘　　埼玉県さいたま市浦和区常盤９－２５－１
左右田　恵　　　東京都世田谷区用賀２－３１－５
躑躅森　博　　　神奈川県川崎市中原区木月１－１４－６
百目鬼　翔太　　東京都板橋区成増３－４０－１７－３０５
丹下　勇気　　　東京都練馬区石神井町８－２－１
瓜生　幸恵　　　神奈川県横浜市青葉区青葉台２－１１－９

雀部
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwarded internal mail (attached .eml) with ten employees' home addresses, now sent to an external law firm",
},
{
    "id": "saibanin-032",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "【至急ご相談】社員の逮捕について",
    "charset": "shift_jis",
    "body": """白川先生

夜分に失礼いたします。八月一日です。

本日夕方、警視庁○○警察署から当社に連絡があり、営業本部の社員
丹下 勇気（３２歳）が、昨夜、私鉄車内での迷惑防止条例違反（痴漢）の容疑で
現行犯逮捕され、現在勾留請求中とのことでした。本人は容疑を否認していると
聞いております。

明朝にでも以下についてご相談させてください。
　・当番弁護士とは別に、会社として私選弁護人をご紹介いただくべきか
　・勾留中の勤怠の扱い（欠勤／休職）
　・就業規則上の懲戒処分を検討する時期
　・取引先・社内への説明の範囲

家族（配偶者）とは人事部が連絡を取っております。
取り急ぎご報告まで。

八月一日
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's arrest and detention (criminal proceedings): 要配慮個人情報 of one person to outside counsel",
},
{
    "id": "saibanin-033",
    "sender": "総務部 鴇田 <tokita.s@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人営業部 <hojin-eigyo@aoba-unyu.co.jp>"],
    "subject": "書類搬送のお見積り依頼（裁判所・法律事務所宛て）",
    "charset": "utf-8",
    "body": """青葉運輸株式会社 法人営業部 御中

いつもお世話になっております。日の出産業 総務部の鴇田です。

訴訟関係の書類（段ボール数箱）を、以下の搬送先へ定期的に届ける必要が
生じました。当日便でのお見積りをお願いできますでしょうか。

搬送先                    住所                                   代表電話
------------------------  -------------------------------------  -------------
東京地方裁判所 民事受付   東京都千代田区霞が関1-1-4              03-3581-5411
さいたま地方裁判所        埼玉県さいたま市浦和区高砂3-16-45      048-863-4111
横浜地方裁判所            神奈川県横浜市中区日本大通9            045-201-9631
白川法律事務所            東京都千代田区麹町2-7-4 麹町KSビル5F   03-3262-1150
神楽総合法律事務所        東京都港区西新橋1-22-3 新橋MCビル8F    03-5510-2281
常盤総合法律事務所        東京都中央区八重洲2-5-12               03-6262-4470

集荷は当社本社（日本橋）からとなります。

日の出産業株式会社 総務部 鴇田 俊介
TEL 03-5201-7760
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a table of courts and law offices with switchboards: businesses, not people",
},
{
    "id": "saibanin-034",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 債権管理部 <saiken-kanri@midori-ginkou.co.jp>"],
    "subject": "Re: 債権差押命令に関するお問い合わせ（当社従業員 給与債権）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 債権管理部 ご担当者様

お世話になっております。日の出産業株式会社 法務部の上遠野です。

お問い合わせのありました件、当社は第三債務者として、東京地方裁判所に
陳述書を提出済みです。概要は以下のとおりです。

　債務者（当社従業員）：薬袋 拓郎
　差押えの対象　　　　：給与債権（手取額の４分の１）
　１月支給分の差押額　：６２，４５０円
　供託の予定　　　　　：２月末日までに東京法務局へ供託

ご不明点がございましたらご連絡ください。

日の出産業株式会社 法務部　上遠野 聡子
""",
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp imitates the partner bank midori-ginko.co.jp (an extra u); it also names one employee with his garnished wages",
},
{
    "id": "saibanin-035",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 債権管理部 <saiken-kanri@midori-ginko.co.jp>"],
    "subject": "第三債務者陳述書の提出について（ご報告）",
    "charset": "utf-8",
    "body": """みどり銀行 債権管理部
伊集院様

お世話になっております。日の出産業 法務部の上遠野です。

ご照会のあった債権差押命令（令和６年(ル)第９０３２号）について、当社は
第三債務者として1月20日付で東京地方裁判所に陳述書を提出いたしました。

  債務者：薬袋 拓郎（当社従業員、製造部）
  差押えの範囲：給与の手取額の4分の1
  弁済方法：毎月の支給日に、差押額を貴行ご指定口座へお振込み

初回のお振込みは2月25日を予定しております。

日の出産業株式会社 法務部 法務課
上遠野 聡子　TEL 03-5201-7733
""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "one employee's garnishment details to the genuine partner bank (the creditor): a single person, not sensitive, no contact or ID data",
},
{
    "id": "saibanin-036",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "社内ヒアリング実施記録（一覧）",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。蔵之内です。

ハラスメント申告に関する社内ヒアリングの実施状況を一覧にしました（Word）。
個別の聴取メモは別途お持ちします。

蔵之内
""",
    "attachments": [{
        "kind": "docx",
        "name": "ヒアリング実施記録一覧.docx",
        "paragraphs": ["社内ヒアリング実施記録一覧", "対象期間：令和６年１２月２日～令和７年１月１０日"],
        "tables": [[
            ["No.", "氏名", "所属", "立場", "内線", "携帯", "実施日"],
            ["1", "左右田 恵", "第二営業部", "申告者", "4107", "090-3302-1187", "12/2"],
            ["2", "御手洗 慎一", "営業本部", "被申告者", "4101", "080-4417-2290", "12/4"],
            ["3", "朝比奈 蓮", "営業本部", "同僚", "4115", "080-3371-4462", "12/5"],
            ["4", "丹下 勇気", "営業本部", "同僚", "4118", "070-1198-5530", "12/5"],
            ["5", "禰宜田 舞", "購買部", "元同僚", "4302", "090-2215-8804", "12/9"],
            ["6", "鬼頭 雅人", "第二営業部", "上司", "4100", "090-6017-3358", "12/11"],
            ["7", "及川 夏美", "人事部", "相談窓口", "4522", "080-5246-9901", "12/12"],
            ["8", "比嘉 健太", "第二営業部", "同僚", "4109", "070-8833-2104", "1/10"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of eight interviewees with extension and mobile numbers, to outside counsel",
},
{
    "id": "saibanin-037",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 証人の差し替えについて",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。蔵之内です。

第二営業部の左右田さんについてですが、先月から体調を崩して通院中とのことで、
上司からも2月の期日に出廷させるのは難しいのではないかと言われております。
本人も出廷には消極的です。

代わりの証人として、同じく当時の担当だった朝比奈を立てることは可能でしょうか。
朝比奈本人の了解は得ております。

蔵之内

> 蔵之内様
> 左右田様の出廷可否について、ご確認いただけましたでしょうか。
> 白川
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee 'in poor health and seeing a doctor' without any diagnosis: health data or not is a judgement call",
},
{
    "id": "saibanin-038",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["給与チーム <kyuyo@mail.hinode-sangyo.co.jp>"],
    "subject": "1月入社者 個人番号登録用データ",
    "charset": "utf-8",
    "body": """給与チーム各位

1月入社者5名の個人番号を給与システムに登録してください。
番号確認・身元確認は人事部で完了しています。登録後、このメールは削除してください。

雀部
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "mynumber_202501.xlsx",
        "sheets": {
            "登録用": [
                ["社員番号", "氏名", "生年月日", "個人番号"],
                ["H-13410", "鰐部 理恵", "1996-04-02", my_number(SEED + 5)],
                ["H-13411", "甕 大地", "1999-10-23", my_number(SEED + 6)],
                ["H-13412", "釈迦郡 悠", "2001-01-17", my_number(SEED + 7)],
                ["H-13413", "猪狩 航平", "1993-07-08", my_number(SEED + 8)],
                ["H-13414", "苫米地 紗季", "2000-12-29", my_number(SEED + 9)],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "My Numbers of five new hires sent only to an internal subdomain (mail.hinode-sangyo.co.jp): internal",
},
{
    "id": "saibanin-039",
    "sender": "Iroha Kuranouchi <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["Marcus Oyelaran <moyelaran@pacifica-llp.com>"],
    "cc": ["Hiroshi Hozumi <hozumi.h@hinode-sangyo.co.jp>"],
    "subject": "Deposition in San Jose - travel details for our witness",
    "charset": "utf-8",
    "body": """Dear Marcus,

As requested, here are the details your travel desk needs to book the flights and
the hotel for our witness for the deposition on 11 March.

  Full name (as in passport): ISAGO, Yasuhiro
  Date of birth:              17 September 1965
  Nationality:                Japan
  Passport number:            TZ4418207
  Passport expiry:            3 August 2031
  Preferred departure:        Narita, 9 March (afternoon)

Mr. Isago retired from our company in 2023 but has kindly agreed to testify.
He does not need an interpreter for small talk, but we would prefer one to be
present during the deposition itself.

Kind regards,
Iroha Kuranouchi
Legal Department, Hinode Sangyo Co., Ltd.
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a witness's passport number and date of birth sent to foreign counsel",
},
{
    "id": "saibanin-040",
    "sender": "Iroha Kuranouchi <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["Marcus Oyelaran <moyelaran@pacifica-llp.com>"],
    "subject": "RE: Deposition schedule",
    "charset": "utf-8",
    "body": """Dear Marcus,

Thank you. 11 March at 9:30 a.m. Pacific Time works for us. Mr. Isago will be
accompanied by me and by Mr. Hozumi, our General Manager of Legal.

Could you send us the list of exhibits you intend to show him in advance? We would
like to arrange a preparation session in Tokyo in the last week of February.

Best regards,
Iroha

-----Original Message-----
From: Marcus Oyelaran <moyelaran@pacifica-llp.com>
Sent: Tuesday, January 14, 2025 8:12 AM
To: Iroha Kuranouchi <kuranouchi.i@hinode-sangyo.co.jp>
Subject: Deposition schedule

Dear Iroha,
Opposing counsel has proposed 11 March at 9:30 a.m. for Mr. Isago's deposition.
Please confirm at your earliest convenience.
Marcus
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English scheduling reply; a witness is named but no data about him; quoted original below",
},
{
    "id": "saibanin-041",
    "sender": "人事部 及川 <oikawa.n@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 吉良様 <kira.t@kawasaki-denki.co.jp>",
           "青葉運輸 総務人事課 戸来様 <herai.m@aoba-unyu.co.jp>",
           "北国フーズ 人事総務部 宇佐美様 <usami.k@kitaguni-foods.co.jp>"],
    "subject": "【ご案内】人事担当者勉強会「裁判員制度と企業の対応」（2/19開催）",
    "charset": "iso-2022-jp",
    "body": """各社 人事ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の及川でございます。

昨年ご好評をいただいた取引先人事担当者の勉強会を、今年も開催いたします。
今回は、社員が裁判員や証人として呼び出された場合の休暇制度や、
業務調整の実務について、社会保険労務士の風祭先生にご講演いただきます。

　日時：２月１９日（水）１５：００〜１７：００（懇親会 １７：３０〜）
　会場：日の出産業株式会社 本社７階 大会議室
　定員：３０名
　参加費：無料

ご参加いただける場合は、２月７日（金）までに本メールにご返信ください。

日の出産業株式会社 人事部 人事企画課
及川 夏美　TEL 03-5201-7741
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "HR contacts of three partner companies visible to one another in To: should have been Bcc",
},
{
    "id": "saibanin-042",
    "sender": "人事部 及川 <oikawa.n@hinode-sangyo.co.jp>",
    "to": ["人事部 及川 <oikawa.n@hinode-sangyo.co.jp>"],
    "bcc": ["kira.t@kawasaki-denki.co.jp", "herai.m@aoba-unyu.co.jp", "usami.k@kitaguni-foods.co.jp",
            "nakaseko@tsubasa-system.jp"],
    "subject": "【ご案内・再送】裁判員制度と企業の対応 勉強会 資料の事前配布",
    "charset": "utf-8",
    "body": """各社 人事ご担当者様

※本メールは Bcc にてお送りしております。

日の出産業 人事部の及川です。2/19 の勉強会にお申込みいただき、ありがとうございます。
当日の資料（PDF）を下記から事前にダウンロードいただけます。

  https://www.hinode-sangyo.co.jp/seminar/2025/saibanin/

ダウンロード期限：2月28日まで

当日は本社1階受付で名刺を1枚頂戴いたします。
どうぞよろしくお願いいたします。

日の出産業株式会社 人事部 人事企画課　及川 夏美
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up goes to the partner companies in Bcc, so they cannot see each other",
},
{
    "id": "saibanin-043",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["北村行政書士事務所 <kitamura@gyosei-kitamura.jp>"],
    "subject": "在留期間更新と証人出廷の件（製造部 グエンさん）",
    "charset": "utf-8",
    "body": """北村先生

いつもお世話になっております。日の出産業 人事部の雀部です。

製造部のグエンさんの在留期間更新について、申請日程のご相談です。
本人が3月に横浜地方裁判所で証人として出廷する予定があり、その前後で
入管に出頭する日を調整したいと考えております。

  氏名：NGUYEN VAN THANH（グエン・ヴァン・タイン）
  生年月日：1995年2月11日
  国籍：ベトナム
  在留資格：技術・人文知識・国際業務
  在留カード番号：UH83027715EA
  在留期限：2025年4月18日

更新申請は3月中に提出できればと思いますが、いかがでしょうか。

""" + SIG_SASABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a foreign employee's residence card number and DOB sent to an outside administrative scrivener",
},
{
    "id": "saibanin-044",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "弁護士会照会（別件）の回答範囲について",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。蔵之内です。

別件で、東京弁護士会から元従業員に関する照会が届いております。
照会事項は「在籍の有無と在籍期間」のみで、当社としては以下のとおり
回答する予定です。

　対象者：躑躅森 亜希子
　在籍期間：平成２８年４月１日〜令和４年３月３１日（自己都合退職）

照会申出の理由は「離婚調停における婚姻費用算定のため」とあります。
本人の同意は得ておりませんが、この範囲であれば回答して差し支えない
という理解でよろしいでしょうか。

蔵之内
""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "one former employee's name and dates of employment to counsel: one person, no contact, ID or sensitive data",
},
{
    "id": "saibanin-045",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["m.shishido.home@outlook.jp"],
    "subject": "休職期間の延長と今後の手続きについて",
    "charset": "utf-8",
    "body": """宍戸 理沙 様

人事部の雀部です。療養中のところご連絡失礼します。

先日ご提出いただいた主治医（みなと心療クリニック）の診断書で、
「うつ病、今後3か月の休養を要する」とされていましたので、
休職期間を4月30日まで延長する手続きを進めます。

また、以前ご相談のあった裁判の証人の件は、白川弁護士とも相談のうえ、
今回は別の方にお願いすることになりました。ご心配なさらず、療養に専念してください。

傷病手当金の申請書は、来週ご自宅に郵送します。

""" + SIG_SASABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "an employee's diagnosis (depression) and sick leave written to a private free-mail address: 要配慮個人情報 leaving the company",
},
{
    "id": "saibanin-046",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "退職者の在籍情報（4名）",
    "charset": "utf-8",
    "body": """尾久様

人事部の雀部です。ご依頼の退職者4名の在籍情報です（タブ区切りで貼り付けています）。

氏名\t入社日\t退職日\t最終所属\t最終連絡先
砂金 康弘\t1988/04/01\t2023/03/31\t購買部 課長\t070-2248-9951
仁平 信行\t1985/04/01\t2022/09/30\t営業本部 部長代理\t080-1189-0463
大西 久美子\t1992/10/01\t2021/06/30\t経理部\t045-561-3092
九十九 浩二\t1981/04/01\t2020/03/31\t物流部 部長\t090-4420-7781

5人目としてご依頼のあった方は、当社での在籍が確認できませんでした。

雀部
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated records of four former employees: below the five-person list threshold (may be warned)",
},
{
    "id": "saibanin-047",
    "sender": "Hiroshi Hozumi <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["Rebecca Lindqvist <rlindqvist@pacifica-llp.com>"],
    "subject": "Re: Custodian list - please confirm",
    "charset": "utf-8",
    "body": """Rebecca,

Confirmed, the list below is complete. Please go ahead and forward it to the vendor.

Hiroshi

On Wed, Jan 15, 2025 at 6:40 PM Rebecca Lindqvist <rlindqvist@pacifica-llp.com> wrote:
> Hiroshi,
> Based on our call, this is the custodian list we will give the vendor:
>
> Name              Department          E-mail
> ----------------  ------------------  ---------------------------------
> Shinichi Mitarai  Sales HQ            mitarai.s@hinode-sangyo.co.jp
> Megumi Souda      Sales Dept. 2       souda.m@hinode-sangyo.co.jp
> Satoru Tomabechi  Procurement         tomabechi.s@hinode-sangyo.co.jp
> Minami Chijiwa    Procurement         chijiwa.m@hinode-sangyo.co.jp
> Hiroshi Tsutsujimori Corp. Planning   tsutsujimori.h@hinode-sangyo.co.jp
> Risa Shishido     Finance             shishido.r@hinode-sangyo.co.jp
>
> Please confirm it is complete.
> Rebecca
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the custodian list is only quoted from counsel's own mail ('On … wrote:'); the new text is one line",
},
{
    "id": "saibanin-048",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["神楽 敏明 <kagura@kagura-sogo-law.jp>"],
    "subject": "和解条件に関する当社案",
    "charset": "utf-8",
    "body": """神楽総合法律事務所
神楽 敏明 先生

いつもお世話になっております。日の出産業の八月一日でございます。

先日の期日で裁判所から示された方向性を踏まえ、当社としての和解条件案を
PDFにまとめましたので、ご検討いただけますでしょうか。

八月一日
""",
    "attachments": [{
        "kind": "pdf",
        "name": "wakai_joken_an_20250121.pdf",
        "page_header": "極秘　取扱注意",
        "title": "和解条件案",
        "lines": [
            "和解条件案（日の出産業株式会社）",
            "",
            "１．当社は原告に対し、解決金として金３５０万円を支払う。",
            "２．原告は令和７年３月３１日付で当社を合意退職する。",
            "３．当事者双方は、本件に関し互いに誹謗中傷しないことを約する。",
            "４．当事者双方は、本和解の内容を第三者に口外しない。",
            "５．その余の請求を放棄する。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 極秘・取扱注意 in its page header sent to an external (opposing) law firm",
},
{
    "id": "saibanin-049",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "就業規則・賃金規程（最新版）の送付",
    "charset": "shift_jis",
    "body": """白川先生

人事部の雀部です。ご依頼の就業規則と賃金規程の最新版（令和６年１０月改定）を
お送りします。社内規程のため、閲覧用パスワードを設定しております。
パスワードは先日お電話でお伝えしたものと同じです。

雀部
""",
    "attachments": [{
        "kind": "pdf",
        "name": "shugyokisoku_chinginkitei_R6-10.pdf",
        "password": "hinode1024",
        "lines": ["就業規則（令和６年１０月１日改定）", "第１章 総則", "第１条（目的）",
                  "この規則は、日の出産業株式会社の従業員の就業に関する事項を定める。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF: the attachment cannot be inspected",
},
{
    "id": "saibanin-050",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "特別休暇規程（抜粋）の送付",
    "charset": "utf-8",
    "body": """風祭先生

お世話になっております。雀部です。
勉強会でお話しいただく際の参考として、当社の特別休暇規程の該当部分を
PDFで添付いたします。公開前提で問題ない部分のみ抜粋しています。

雀部
""",
    "attachments": [{
        "kind": "pdf",
        "name": "特別休暇規程_抜粋.pdf",
        "title": "特別休暇規程（抜粋）",
        "lines": [
            "特別休暇規程（抜粋）",
            "第５条（公務休暇）",
            "従業員が次の各号に該当する場合は、必要な日数の特別休暇を与える。",
            "　(1) 裁判員、補充裁判員又は裁判員候補者として裁判所に出頭するとき",
            "　(2) 証人、鑑定人又は参考人として裁判所その他の官公署に出頭するとき",
            "　(3) 検察審査員として検察審査会に出頭するとき",
            "２　前項の休暇は有給とし、通常の賃金を支払う。",
            "３　裁判所等から支給される日当及び旅費は、本人の収入とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a plain PDF excerpt of the leave regulations, no marking and no personal data",
},
{
    "id": "saibanin-051",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "裁判員候補者通知を受けた社員（今年度）",
    "charset": "iso-2022-jp",
    "body": """風祭先生

雀部です。勉強会の事例紹介用に、今年度、裁判員候補者の通知を受けたと
申告のあった社員を整理しました。当社の休暇取得状況の説明にお使いください。

氏名　　　　　　　生年月日　　　　　　住所（市区町村まで）　　　　　取得休暇
――――――――　――――――――――　――――――――――――――　――――
甕　正和　　　　　昭和４４年４月７日　埼玉県川口市　　　　　　　　　１日
雲母　千晶　　　　平成２年８月１５日　東京都江戸川区　　　　　　　１０日
廿日出　優　　　　昭和５８年９月３０日　東京都大田区　　　　　　　　５日
栗花落　亮　　　　平成６年８月３０日　東京都品川区　　　　　　　　　１日
十六沢　紀子　　　昭和４７年５月２１日　千葉県松戸市　　　　　　　　０日
鬼頭　雅人　　　　昭和５５年１月１２日　神奈川県川崎市　　　　　　　３日

ご参考まで。

雀部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "full-width padded table of six employees with 和暦 birth dates and home towns, to an outside 社労士",
},
{
    "id": "saibanin-052",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "社用車事故の件：運転者の免許情報",
    "charset": "utf-8",
    "body": """尾久様

お世話になっております。日の出産業の蔵之内です。

社用車の追突事故（昨年11月、国道16号）の損害賠償請求について、
相手方代理人から運転者の免許の状況について求釈明がありました。
運転していた社員の免許情報は以下のとおりです。

  運転者：百目鬼 翔太（製造部）
  免許証番号：第 301907452260 号
  種類：普通・準中型
  交付：令和4年6月27日　有効期限：令和9年7月27日まで
  条件：眼鏡等

事故当時の車両の点検記録も必要でしたら、総務部から取り寄せます。

""" + SIG_KURANOUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "an employee's driver's licence number sent to the law firm",
},
{
    "id": "saibanin-053",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全管理部 <anzen@aoba-unyu.co.jp>"],
    "subject": "国道16号の追突事故に関する証人尋問の日程について",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
安全管理部 御中

いつもお世話になっております。日の出産業株式会社 法務部の蔵之内でございます。

昨年１１月の国道１６号での追突事故に関する損害賠償請求訴訟で、
事故を目撃された貴社ドライバーの鮫島様に証人としてご協力いただく件、
改めて御礼申し上げます。

裁判所から、証人尋問の期日が３月１２日（水）午後２時と指定されました。
鮫島様のご乗務の調整をお願いできますでしょうか。当日の交通費と休業補償は
当社が負担いたします。

何卒よろしくお願い申し上げます。

""" + SIG_KURANOUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary mail to a partner asking to free up their driver for a hearing; the driver is only named",
},
{
    "id": "saibanin-054",
    "sender": "情報システム部 日月 <tachimori.k@hinode-sangyo.co.jp>",
    "to": ["中世古 様 <nakaseko@tsubasa-sytem.jp>"],
    "subject": "Re: 保全コピーの作成日程",
    "charset": "utf-8",
    "body": """中世古様

お世話になっております。日の出産業の日月です。

保全コピーの作成は2月1日（土）9時から開始でお願いいたします。
当日はサーバ室の入館手続きが必要ですので、作業者様のお名前を
前日までにお知らせください。

日月
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp (an s dropped) imitates the partner IT vendor tsubasa-system.jp",
},
{
    "id": "saibanin-055",
    "sender": "情報システム部 日月 <tachimori.k@hinode-sangyo.co.jp>",
    "to": ["中世古 様 <nakaseko@tsubasa-system.jp>"],
    "subject": "作業依頼書 No.TS-2025-0117 の発行について",
    "charset": "utf-8",
    "body": """ツバサシステム株式会社
中世古様

お世話になっております。日の出産業 情報システム部の日月です。

メールアーカイブ保全作業について、社内決裁が下りましたので
作業依頼書を発行いたします。

  作業依頼書番号：TS-2025-0117
  作業内容：アーカイブサーバのスナップショット取得、PST エクスポート
  見積番号：Q-TS-24-1209（金額 880,000円 税込）
  納期：2025年2月8日

請求書は作業完了後、経理部宛てにお送りください。

日月
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "work order to the genuine vendor: order, quote numbers and amounts only",
},
{
    "id": "saibanin-056",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "元社員の社会保険資格に関する資料",
    "charset": "shift_jis",
    "body": """白川先生

人事部の雀部です。
原告（元社員）の社会保険の資格取得・喪失の時期について、求釈明への回答に
必要とのことでしたので、当社の記録を転記します。

　氏名　　　　　：漆原　大輔
　健康保険　　　：日の出産業健康保険組合
　被保険者証　　：記号　３１０５　番号　２７７
　資格取得日　　：平成２８年４月１日
　資格喪失日　　：令和６年１０月１日（退職日の翌日）

任意継続の手続きは本人が行っていないようです。

雀部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a former employee's health insurance card 記号・番号 sent to the law firm",
},
{
    "id": "saibanin-057",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>"],
    "cc": ["八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>"],
    "subject": "弁護士会照会（第２４－２０４１号）の対象者について",
    "charset": "utf-8",
    "body": """雀部さん

法務部の上遠野です。
大阪弁護士会から以下の照会が届きました。人事記録の確認をお願いします。

  対象者：薬袋 拓郎（昭和50年12月1日生）
  住所：東京都北区赤羽西4-22-6
  照会事項：
   (1) 在籍の有無
   (2) 令和5年度の休職の有無と、その理由となった疾病名
   (3) 直近3か月の給与支給額

(2)について、本人から以前、腰椎椎間板ヘルニアで手術したと聞いていますが、
疾病名は要配慮個人情報なので、回答するかどうかは白川先生に相談するつもりです。
まずは事実関係の確認だけお願いします。

上遠野
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "internal mail between legal and HR: DOB, address and a medical history, but no external recipient",
},
{
    "id": "saibanin-058",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["Lexgate Japan 保全チーム <preservation@lexgate-japan.com>"],
    "subject": "追加カストディアンの情報（ZIP）",
    "charset": "utf-8",
    "body": """Lexgate Japan 保全チーム ご担当者様

お世話になっております。日の出産業の蔵之内です。

先方代理人との協議の結果、カストディアンが9名追加となりました。
一覧をCSVにしてZIPで添付いたします（パスワードなし）。
スマートフォンのデータ保全もご対応いただく前提で、携帯番号を入れております。

蔵之内
""",
    "attachments": [{
        "kind": "zip",
        "name": "additional_custodians.zip",
        "files": [{
            "kind": "csv",
            "name": "additional_custodians_utf8.csv",
            "encoding": "utf-8",
            "rows": [
                ["name", "name_kana", "dept", "email", "mobile"],
                ["鬼頭 雅人", "キトウ マサト", "第二営業部", "kito.m@hinode-sangyo.co.jp", "090-6017-3358"],
                ["比嘉 健太", "ヒガ ケンタ", "第二営業部", "higa.k@hinode-sangyo.co.jp", "070-8833-2104"],
                ["與那覇 司", "ヨナハ ツカサ", "物流部", "yonaha.t@hinode-sangyo.co.jp", "080-2715-6630"],
                ["新垣 瑞穂", "アラガキ ミズホ", "購買部", "aragaki.m@hinode-sangyo.co.jp", "090-3348-1027"],
                ["渕上 崇", "フチガミ タカシ", "経営企画室", "fuchigami.t@hinode-sangyo.co.jp", "080-9461-5572"],
                ["樋口 奈央", "ヒグチ ナオ", "経理部", "higuchi.n@hinode-sangyo.co.jp", "070-2290-8813"],
                ["蛭子 大樹", "エビス ダイキ", "営業本部", "ebisu.d@hinode-sangyo.co.jp", "090-5562-0374"],
                ["一番ヶ瀬 蘭", "イチバンガセ ラン", "購買部", "ichibangase.r@hinode-sangyo.co.jp", "080-1047-2286"],
                ["釈迦郡 悠", "シャカゴオリ ハルカ", "経営企画室", "shakagori.h@hinode-sangyo.co.jp", "070-6638-9150"],
            ],
        }],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plain ZIP holding a UTF-8 CSV of nine custodians with e-mail and mobile numbers, to an external vendor",
},
{
    "id": "saibanin-059",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["Lexgate Japan 営業部 <sales@lexgate-japan.com>"],
    "subject": "業務委託契約および秘密保持契約の締結について",
    "charset": "iso-2022-jp",
    "body": """Lexgate Japan 株式会社
営業部 ご担当者様

お世話になっております。日の出産業 法務部の上遠野です。

eディスカバリー支援業務の委託に先立ち、秘密保持契約書と業務委託契約書の
当社修正版をお送りする予定です。主な修正点は以下のとおりです。

　・秘密保持義務の存続期間を契約終了後５年間に延長
　・再委託先への機密情報の開示には当社の事前書面承諾を要する旨を追加
　・データ返却・消去証明書の提出義務を追加

修正版は明日中にお送りします。押印は電子契約（クラウドサイン）を希望します。

日の出産業株式会社 法務部　上遠野 聡子
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA and a service contract; 機密情報 is a contract term, not a marking",
},
{
    "id": "saibanin-060",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "配置転換無効確認請求事件：原告の障害特性に関する当社の把握状況",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。八月一日です。

答弁書の「合理的配慮」の項について、当社が把握していた事実を整理します。

・原告 新垣 瑞穂は、平成30年に障害者雇用枠で採用（精神障害者保健福祉手帳 2級）。
・診断名は入社時の本人申告で「双極性障害」。産業医面談は年2回実施。
・令和5年の配置転換時、人事部は主治医意見書を取得していない。
・本人からは、通勤時間が延びることへの不安が繰り返し示されていた。

配置転換の判断過程で配慮が足りなかったと評価されかねない点があり、
率直なご意見をいただければと思います。

八月一日
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's disability certificate and diagnosis sent to outside counsel",
},
{
    "id": "saibanin-061",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>", "五百旗頭 亘 <iokibe.wataru@gmail.com>"],
    "cc": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "証人出廷日の勤務・休暇の取扱いについて",
    "charset": "utf-8",
    "body": """白川先生、風祭先生、五百旗頭さん

人事部の雀部です。

五百旗頭さんから、出廷日当日の扱いについてご質問をいただきましたので、
三者の皆さまに同じ内容をお送りします。

・2月6日（木）は特別休暇（証人）として有給扱いとします。
・証人尋問の前日（2月5日）の打合せ時間は業務扱いとします。
・裁判所から支給される旅費・日当はご本人の収入となります。

五百旗頭さんは在宅のため私用アドレス宛てにもお送りしています。

""" + SIG_SASABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "law firm, 社労士 and an employee's private gmail all visible in To/Cc: three external parties",
},
{
    "id": "saibanin-062",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["tsukumo.h.1958@gmail.com"],
    "cc": ["八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>"],
    "subject": "ご協力のお願い（日の出産業 法務部）",
    "charset": "iso-2022-jp",
    "body": """九十九 浩二 様

ご無沙汰しております。日の出産業 法務部の蔵之内と申します。
人事部から、こちらのアドレスをお知らせいただきました。

現在当社が対応している訴訟で、九十九様が物流部長でいらした当時の
出荷管理の運用について、お話を伺えないかと考えております。
まずは３０分ほどお電話でお話しできれば幸いです。

ご都合のよい日時をお知らせいただけますでしょうか。
突然のご連絡で恐縮ですが、何卒よろしくお願いいたします。

""" + SIG_KURANOUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one former employee on free mail, internal Cc: an ordinary request for cooperation",
},
{
    "id": "saibanin-063",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "証人申請書作成用の情報（５名）",
    "charset": "utf-8",
    "body": """尾久様

お世話になっております。蔵之内です。
証人申請書（証人等目録）作成用に、５名の情報をお送りします。

■１
氏名：東海林 拓（しょうじ たく）
所属：営業本部 第一営業部
携帯：090-1123-4587
住所：東京都足立区西新井本町3-2-8

■２
氏名：九十九 沙織（つくも さおり）
所属：経理部
携帯：080-6672-3310
住所：埼玉県草加市松原1-4-11-702

■３
氏名：雲母 千晶（きらら ちあき）
所属：経理部
携帯：090-5530-7726
住所：東京都江戸川区船堀6-19-3

■４
氏名：蓬莱 美保（ほうらい みほ）
所属：購買部
携帯：090-7781-2046
住所：千葉県市川市南八幡4-7-22-201

■５
氏名：五百旗頭 亘（いおきべ わたる）
所属：製造部
携帯：090-6603-2479
住所：埼玉県さいたま市浦和区常盤9-25-1

呼出状の送達先は全員自宅で差し支えないとのことです。

蔵之内
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five witnesses, one record per block, with mobile numbers and home addresses, to the law firm",
},
{
    "id": "saibanin-064",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "陳述書作成の面談に参加する社員について",
    "charset": "utf-8",
    "body": """尾久様

お世話になっております。蔵之内です。
陳述書作成のための面談に参加する社員3名の連絡先です。
日程調整は各自と直接していただいて構いません。

【1】鬼頭 雅人（第二営業部 部長）
　　TEL 03-5201-7810（直通）　kito.m@hinode-sangyo.co.jp
【2】比嘉 健太（第二営業部）
　　TEL 03-5201-7812（直通）　higa.k@hinode-sangyo.co.jp
【3】及川 夏美（人事部 相談窓口）
　　TEL 03-5201-7741（直通）　oikawa.n@hinode-sangyo.co.jp

よろしくお願いいたします。

蔵之内
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three employees' business contacts for interview scheduling: fewer than five people (may be warned)",
},
{
    "id": "saibanin-065",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "【社外秘】川崎電機向け価格改定訴訟 当社対応方針（取締役会報告版）",
    "charset": "utf-8",
    "body": """社外秘
―――――――――――――――――――――――――――――――

白川先生

お世話になっております。八月一日です。
本日の取締役会に報告した対応方針を、そのままお送りします。

1. 訴訟の見通し
   一審での全面勝訴の可能性は五分五分。損害額の主張が過大な点は
   十分に争える。
2. 和解の上限
   取締役会は、和解金 2,000万円までを法務部長の判断に一任した。
3. 取引関係
   川崎電機との他の取引は継続する。営業本部には相手方担当者との
   本件に関するやり取りを控えるよう指示済み。
4. 広報
   判決まで対外的なコメントはしない。

上記を前提に、次回期日の準備をお願いいたします。

八月一日
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject and first line carry 【社外秘】 as a classification, sent to an external law firm",
},
{
    "id": "saibanin-066",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["tange.yuki.0311@docomo.ne.jp"],
    "subject": "Re: マイナンバーの登録内容の確認",
    "charset": "shift_jis",
    "body": """丹下さん

人事部の雀部です。
お問い合わせの件、人事システムに登録されている個人番号は以下のとおりです。

　""" + _g4(my_number(SEED + 12)) + """

番号に誤りがある場合は、通知カードまたはマイナンバーカードの写しを
あらためてご提出ください。

雀部

> 人事部 雀部様
> 年末調整の書類を書いていて、会社に登録されている私のマイナンバーが
> 正しいか不安になりました。確認していただけますか。
> 丹下
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "an employee's My Number written out to his carrier (docomo) address: a My Number leaving the company",
},
{
    "id": "saibanin-067",
    "sender": "鬼頭 雅人 <kito.m@hinode-sangyo.co.jp>",
    "to": ["雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>"],
    "subject": "Re: Re: 比嘉さんの裁判員休暇について",
    "charset": "iso-2022-jp",
    "body": """雀部さん

ありがとうございます。了解しました。
比嘉さんの担当顧客は、選任期間中は私と渕上さんで分担します。

鬼頭

-----Original Message-----
From: 雀部 真澄
Sent: Monday, January 13, 2025 10:02 AM
To: 鬼頭 雅人
Subject: Re: 比嘉さんの裁判員休暇について

鬼頭部長

人事部の雀部です。
裁判員に選任された場合、期間中は特別休暇（有給）となりますので、
評価や賞与で不利に扱うことはできません。業務の引継ぎのみお願いします。

> 雀部さん
> 部下の比嘉が裁判員候補者として呼び出されました。選ばれた場合、
> 最長で何日くらい不在になるのでしょうか。
> 鬼頭
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal reply thread between a manager and HR about jury leave",
},
{
    "id": "saibanin-068",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["神楽 敏明 <kagura@kagura-sogo-law.jp>"],
    "cc": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "文書送付嘱託に基づく賃金台帳（抜粋）の写し",
    "charset": "utf-8",
    "body": """神楽総合法律事務所
神楽 敏明 先生

日の出産業株式会社 法務部の八月一日です。

裁判所の文書送付嘱託の対象となった賃金台帳の抜粋について、
当社代理人の白川弁護士と協議のうえ、写しをPDFでお送りいたします。
原本は裁判所に送付済みです。

八月一日
""",
    "attachments": [{
        "kind": "pdf",
        "name": "chingin_daicho_bassui_R5.pdf",
        "title": "賃金台帳（抜粋）令和5年度",
        "lines": ["賃金台帳（抜粋）　令和５年度　営業本部", ""],
        "table": [
            ["氏名", "基本給", "時間外手当", "総支給額", "振込先"],
            ["四十物 健吾", "312,000", "98,400", "451,200", "みどり銀行 日本橋支店 普通 3381027"],
            ["月見里 由佳", "284,500", "80,150", "402,650", "みどり銀行 本店営業部 普通 1029384"],
            ["百目鬼 翔太", "268,000", "99,600", "398,800", "ゆうちょ銀行 〇一八店 普通 6650213"],
            ["纐纈 麻衣子", "291,000", "67,900", "390,900", "東都信用金庫 亀戸支店 普通 0044718"],
            ["栗花落 亮", "251,500", "83,700", "367,200", "みどり銀行 品川支店 普通 7720146"],
            ["猪狩 早苗", "240,000", "64,100", "330,100", "さくら信用組合 本店 普通 0193382"],
            ["丹下 勇気", "258,000", "71,250", "356,750", "みどり銀行 練馬支店 普通 5518820"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "PDF table of seven employees' pay and bank accounts to the opposing law firm (own counsel in Cc): a list of people",
},
{
    "id": "saibanin-069",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 人事総務部 宇佐美様 <usami.k@kitaguni-food.co.jp>"],
    "subject": "出向者の証人出廷に伴う勤務の取扱い",
    "charset": "utf-8",
    "body": """北国フーズ株式会社
人事総務部 宇佐美様

いつもお世話になっております。日の出産業 人事部の雀部です。

当社から貴社へ出向中の社員が、3月に証人として出廷する予定です。
出向契約上、特別休暇の付与は出向先の就業規則に従う取決めとなっておりますが、
貴社で公務休暇の制度がない場合、当社の制度を準用いただくことは可能でしょうか。

一度お電話でご相談させていただけますと幸いです。

""" + SIG_SASABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp (an s dropped) imitates the partner kitaguni-foods.co.jp",
},
{
    "id": "saibanin-070",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 人事総務部 宇佐美様 <usami.k@kitaguni-foods.co.jp>"],
    "subject": "Re: 出向者の公務休暇について（お電話の御礼）",
    "charset": "utf-8",
    "body": """宇佐美様

本日はお電話でのご対応、ありがとうございました。
お打合せの内容を念のため整理いたします。

・出向者の証人出廷日は、貴社の特別休暇（その他会社が認めるもの）として処理いただく。
・当日の給与は貴社負担とし、出向負担金の精算で調整する。
・出廷後、呼出状の写しを当社人事部にも共有いただく。

引き続きよろしくお願いいたします。

雀部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary follow-up to the genuine partner HR; no one identified by data",
},
{
    "id": "saibanin-071",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "裁判員の辞退事由についてのご相談",
    "charset": "iso-2022-jp",
    "body": """白川先生

いつもお世話になっております。人事部の雀部です。

物流部の與那覇 司さんから、裁判員候補者として呼び出しを受けたが、
自身が信仰している宗教（エホバの証人）の教えにより人を裁くことはできないので、
辞退したいと相談がありました。

会社として、辞退の申立てに協力する書面（業務上の支障を理由とするもの）を
出すべきか、それとも本人の思想・信条に関わることなので本人に任せるべきか、
ご意見をいただけますでしょうか。

なお、本人は社内で宗教のことを知られたくないとのことで、上司にも伝えていません。

雀部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's religion (信条) sent to an external law firm",
},
{
    "id": "saibanin-072",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "一般的なご質問：裁判員休暇を有給とする義務の有無",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。人事部の雀部です。
個別の案件ではなく、一般的なご質問です。

当社は裁判員休暇を有給としていますが、グループ会社の中には
無給としているところがあります。労働基準法第7条は公民権行使の時間を
保障していますが、有給とする義務まではないという理解でよいでしょうか。

また、裁判員であることを理由とした不利益取扱いの禁止（裁判員法第100条）との
関係で、無給扱いが問題となる余地はあるでしょうか。

お手すきの際にご教示いただけますと幸いです。

雀部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a general legal question, no individual named",
},
{
    "id": "saibanin-073",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "陳述書（人事部長）ドラフト",
    "charset": "utf-8",
    "body": """風祭先生

労働審判で提出予定の人事部長の陳述書ドラフトを添付します。
事実関係の記載に誤りがないか、ご確認いただけますでしょうか。

雀部
""",
    "attachments": [{"kind": "corrupt", "name": "陳述書_人事部長_draft.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be inspected",
},
{
    "id": "saibanin-074",
    "sender": "人事部 労務課 <roumu@hinode-sangyo.co.jp>",
    "to": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "算定基礎届の準備データ（川口倉庫分）",
    "charset": "shift_jis",
    "body": """風祭先生

労務課です。算定基礎届の準備データのうち、川口倉庫の契約社員分を
旧形式（xls）でお送りします。システムの都合で xlsx に変換できませんでした。

よろしくお願いいたします。

日の出産業株式会社 人事部 労務課
""",
    "attachments": [{
        "kind": "xls",
        "name": "santei_kawaguchi.xls",
        "sheets": {
            "川口倉庫": [
                ["氏名", "生年月日", "住所", "4月報酬", "5月報酬", "6月報酬"],
                ["鰐部 孝之", "1983/05/09", "埼玉県川口市並木2-14-7", 268000, 271500, 265200],
                ["甕 正和", "1969/04/07", "埼玉県川口市芝中田1-33-2", 243000, 243000, 251800],
                ["與那覇 司", "1990/11/28", "埼玉県蕨市塚越5-6-10-402", 236500, 240100, 238000],
                ["蛭子 大樹", "1997/02/14", "東京都北区赤羽台3-1-18", 229000, 233400, 231200],
                ["鮫島 花蓮", "2000/07/03", "埼玉県戸田市上戸田2-20-4", 214000, 214000, 219500],
                ["渕上 崇", "1978/10/19", "埼玉県川口市栄町1-9-12", 281000, 284700, 279900],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with six employees' DOB, home address and pay, sent to an outside 社労士",
},
{
    "id": "saibanin-075",
    "sender": "経理部 宍戸 <shishido.r@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 経理 <keiri@shirakawa-law.jp>"],
    "subject": "ご請求書（No.SL-2024-1287）の登録番号について",
    "charset": "utf-8",
    "body": """白川法律事務所 経理ご担当者様

いつもお世話になっております。日の出産業 経理部の宍戸です。

12月分のご請求書（請求書番号 SL-2024-1287、ご請求額 1,210,000円）を受領いたしました。
適格請求書の登録番号として T4010401087342 が記載されておりますが、
国税庁の公表サイトで検索したところ、別の法人名が表示されました。

恐れ入りますが、正しい登録番号をご確認のうえ、再発行いただけますでしょうか。
お支払予定日（1月31日）には影響ございません。

日の出産業株式会社 経理部
宍戸 理沙　TEL 03-5201-7750
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice query with an invoice number and a T-registration (法人番号) number: business data only",
},
{
    "id": "saibanin-076",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "FW: 12/3 夜間の入退館記録（本社7F）",
    "charset": "utf-8",
    "body": """白川先生

蔵之内です。総務部から入退館記録の抽出結果が届きましたので転送します。
申告者の主張する日時に、被申告者がフロアにいたかどうかの確認にお使いください。

蔵之内

---------- 転送メッセージ ----------
差出人: 鴇田 俊介 <tokita.s@hinode-sangyo.co.jp>
日付: 2025年1月15日(水) 11:48
件名: 12/3 夜間の入退館記録（本社7F）
宛先: 蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>

蔵之内さん

ご依頼の入退館記録です。12/3 18:00以降に7Fゲートを通過した方のみ抽出しました。
緊急連絡先として登録されている携帯番号も併記しています。

社員番号,氏名,入館,退館,携帯
H-10542,御手洗 慎一,18:02,22:47,080-4417-2290
H-11037,左右田 恵,18:15,21:30,090-3302-1187
H-11290,朝比奈 蓮,18:40,20:05,080-3371-4462
H-11788,比嘉 健太,19:11,22:51,070-8833-2104
H-12003,鬼頭 雅人,19:30,23:10,090-6017-3358
H-12561,蛭子 大樹,20:02,20:45,090-5562-0374

鴇田
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the recipient) of comma-separated entry logs of six employees with mobile numbers",
},
{
    "id": "saibanin-077",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["神楽 敏明 <kagura@kagura-sogo-law.jp>"],
    "subject": "RE: 証人の呼出しについて",
    "charset": "shift_jis",
    "body": """神楽先生

日の出産業 法務部の蔵之内です。
ご連絡いただいた件、当社代理人の白川弁護士を通じてご回答いたします。
恐れ入りますが、今後のご連絡は白川弁護士宛てにお願いできますでしょうか。

蔵之内

-----Original Message-----
From: 神楽 敏明 [mailto:kagura@kagura-sogo-law.jp]
Sent: Thursday, January 16, 2025 5:21 PM
To: 蔵之内 彩葉
Subject: 証人の呼出しについて

日の出産業株式会社 法務部 御中

原告代理人の神楽です。当方は以下の方々の証人申請を予定しております。
送達先として、各人の現住所をご教示いただけますでしょうか。

　御手洗 慎一　（昭和５２年６月３日生）
　左右田 恵　　（平成元年１０月２５日生）
　朝比奈 蓮　　（平成５年２月９日生）
　鬼頭 雅人　　（昭和５５年１月１２日生）
　比嘉 健太　　（平成３年７月３０日生）

神楽総合法律事務所　弁護士　神楽 敏明
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five names with birth dates are only in the quoted original from the recipient himself; the reply adds nothing",
},
{
    "id": "saibanin-078",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["健康管理室 産業医 <sangyoi@hinode-sangyo.co.jp>"],
    "subject": "証人出廷予定者の就業上の配慮について（ご意見依頼）",
    "charset": "utf-8",
    "body": """健康管理室 御中

人事部の雀部です。
2月に証人として出廷予定の社員について、出廷当日の配慮事項をご相談します。
配慮申出書を添付します。

雀部
""",
    "attachments": [{
        "kind": "docx",
        "name": "配慮申出書_五百旗頭.docx",
        "paragraphs": [
            "就業上の配慮に関する申出書",
            "申出者：製造部　五百旗頭 亘（社員番号 H-10917）",
            "生年月日：昭和６１年１０月４日",
            "定期健康診断結果（令和６年９月）：血圧 172/104 mmHg（要精密検査）、心電図 所見あり",
            "現在、降圧剤を服用中。長時間の緊張状態が続くと頭痛が出ることがある。",
            "希望する配慮：尋問の途中での休憩の申出を会社から代理人に依頼してほしい。",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health-check results of one employee, but sent only to the in-house occupational physician (internal)",
},
{
    "id": "saibanin-079",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 中世古様 <nakaseko@tsubasa-system.jp>",
           "Lexgate Japan 保全チーム <preservation@lexgate-japan.com>",
           "クラウドネスト サポート <support@cloudnest.co.jp>"],
    "subject": "【お願い】データ保全（Legal Hold）に伴う削除処理の停止について",
    "charset": "utf-8",
    "body": """関係ベンダー各位

いつもお世話になっております。日の出産業株式会社 法務部の蔵之内です。

当社が当事者となっている訴訟に関連し、下記のシステムについて
自動削除・ローテーション処理を当面停止していただくようお願いいたします。

  ・メールアーカイブ（ツバサシステム様 保守）
  ・eディスカバリー用保全環境（Lexgate Japan様）
  ・ファイル共有サービス（クラウドネスト様）

停止の期間は、当社から書面で解除をご連絡するまでとします。
各社で停止が完了した時点で、本メールにご返信いただけますと幸いです。

""" + SIG_KURANOUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external vendors addressed together in To and visible to one another",
},
{
    "id": "saibanin-080",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["情報システム部 <is-desk@hinode-sangyo.co.jp>"],
    "subject": "Legal Hold 設定対象アカウント（追加8名）",
    "charset": "utf-8",
    "body": """Confidential / Internal Only

情報システム部 各位

法務部の上遠野です。以下8名のメールボックスに Litigation Hold を設定してください。

| # | 氏名 | 所属 | アカウント |
|---|------|------|-----------|
| 1 | 鬼頭 雅人 | 第二営業部 | kito.m@hinode-sangyo.co.jp |
| 2 | 比嘉 健太 | 第二営業部 | higa.k@hinode-sangyo.co.jp |
| 3 | 與那覇 司 | 物流部 | yonaha.t@hinode-sangyo.co.jp |
| 4 | 新垣 瑞穂 | 購買部 | aragaki.m@hinode-sangyo.co.jp |
| 5 | 渕上 崇 | 経営企画室 | fuchigami.t@hinode-sangyo.co.jp |
| 6 | 樋口 奈央 | 経理部 | higuchi.n@hinode-sangyo.co.jp |
| 7 | 蛭子 大樹 | 営業本部 | ebisu.d@hinode-sangyo.co.jp |
| 8 | 一番ヶ瀬 蘭 | 購買部 | ichibangase.r@hinode-sangyo.co.jp |

設定完了後、チケット（INC-250117-22）をクローズしてください。

上遠野
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "marked custodian list sent only to the internal IT desk",
},
{
    "id": "saibanin-081",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["人事部 給与チーム <kyuyo@hinode-sangyo-co.jp>"],
    "subject": "1月度 勤怠締め：特別休暇（公務）の計上漏れ",
    "charset": "utf-8",
    "body": """給与チーム 各位

労務課の雀部です。
1月度の勤怠締めで、特別休暇（公務）の計上漏れが1件ありました。

  品質保証部 廿日出 優さん　2/13 → 1/16 に訂正（期日が前倒しになったため）

給与計算への影響はありませんが、勤怠データの修正をお願いします。

雀部
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo-co.jp (a hyphen where the dot should be) imitates the own domain hinode-sangyo.co.jp",
},
{
    "id": "saibanin-082",
    "sender": "総務部 鴇田 <tokita.s@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
    "subject": "Re: 宿泊予約確認（予約番号 SH-88201734）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 予約センター ご担当者様

お世話になっております。日の出産業 総務部の鴇田です。
予約確認書をお送りいただき、ありがとうございました。

１点変更をお願いしたく、ご連絡いたしました。
宿泊者が２名になりましたので、もう１室追加をお願いできますでしょうか。

　予約番号　　：ＳＨ−８８２０１７３４
　追加の宿泊者：廿日出 優 様
　日程　　　　：２月１２日（水）〜２月１３日（木）１泊
　お支払い　　：既存の予約と同じく請求書払い

よろしくお願いいたします。

鴇田
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "hotel booking change with a reservation number and one guest name; no card, no personal data",
},
{
    "id": "saibanin-083",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "地位確認請求事件：比較対象者の人事評価データ",
    "charset": "utf-8",
    "body": """白川先生

八月一日です。
原告と同期入社で同じ職群の社員について、評価・昇格の推移をまとめました。
原告のみ不利に扱ったわけではないことの立証にお使いください。
シート1が一覧、シート2が評価基準です。

八月一日
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "比較対象者_評価推移.xlsx",
        "sheets": {
            "一覧": [
                ["平成２８年４月入社 総合職（営業系）評価推移", "", "", "", "", "", ""],
                ["", "", "", "", "", "", ""],
                ["氏名", "生年月日", "現住所", "R3評価", "R4評価", "R5評価", "現等級"],
                ["漆原 大輔（原告）", "H5.7.19", "神奈川県相模原市中央区相模原5-11-2", "C", "C", "D", "S2"],
                ["朝比奈 蓮", "H5.2.9", "東京都杉並区阿佐谷南1-30-8", "B", "A", "B", "S3"],
                ["比嘉 健太", "H3.7.30", "東京都中野区野方5-2-14", "B", "B", "B", "S3"],
                ["渕上 崇", "H4.12.6", "千葉県浦安市入船4-9-3-1102", "C", "B", "C", "S2"],
                ["樋口 奈央", "H5.9.21", "東京都墨田区錦糸3-6-1", "A", "B", "A", "S4"],
                ["蛭子 大樹", "H6.3.3", "東京都北区赤羽台3-1-18", "B", "C", "B", "S2"],
            ],
            "評価基準": [
                ["評価", "定義"],
                ["A", "期待を大きく上回る"],
                ["B", "期待どおり"],
                ["C", "期待をやや下回る"],
                ["D", "期待を大きく下回る"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX (title row, two sheets) with six employees' DOB, address and ratings, to outside counsel",
},
{
    "id": "saibanin-084",
    "sender": "Masumi Sasabe <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["Grace Tan <grace.tan@hinode-asia.com.sg>"],
    "subject": "Jury duty / court leave policy - group comparison",
    "charset": "utf-8",
    "body": """Hi Grace,

Thanks for your question about court leave. In Japan our rules are:

- Lay judge (saiban-in) duty and witness summons: paid special leave for the days
  the employee has to attend court. Court allowances are kept by the employee.
- No cap on the number of days, but trials rarely run over two weeks.
- Employees only need to submit a copy of the court notice to HR.

If Singapore law requires something different (I understand jury trials no longer
exist there, but witness summons do), please feel free to keep your local rules.
We only need the information for the group HR policy comparison table due at the
end of February.

Best,
Masumi Sasabe
HR Department, Hinode Sangyo Co., Ltd. (Tokyo)
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English policy comparison mail to an overseas affiliate (an external domain); no personal data",
},
{
    "id": "saibanin-085",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "被害者として出廷する社員の休暇・勤務配慮について",
    "charset": "utf-8",
    "body": """風祭先生

いつもお世話になっております。人事部の雀部です。

経理部の樋口 奈央さんが、元交際相手によるストーカー行為の被害者として、
刑事裁判で証言することになりました（ストーカー規制法違反、東京地裁）。

本人の希望として、
  ・出廷日（3月5日）と、検察官との事前面談日を特別休暇としたい
  ・加害者が会社の場所を知っているため、当面は在宅勤務を中心にしたい
  ・社内で事情を知る人を最小限にしてほしい
という申出がありました。

特別休暇の規程上、「証人として出頭するとき」に当たると考えていますが、
在宅勤務の長期適用も含め、規程運用上の注意点をご教示ください。

""" + SIG_SASABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee who was a victim of a crime (stalking), sent to an outside 社労士",
},
{
    "id": "saibanin-086",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["常盤 遼 <tokiwa@tokiwa-sogo-law.jp>"],
    "subject": "社内調査委員会への外部委員ご就任のお願い",
    "charset": "utf-8",
    "body": """常盤総合法律事務所
常盤 遼 先生

謹啓 時下ますますご清祥のこととお慶び申し上げます。
日の出産業株式会社 法務部長の八月一日でございます。

当社では、取引先との価格改定をめぐる訴訟の提起を受け、社内の意思決定過程を
検証するための調査委員会を設置することといたしました。つきましては、
先生に外部委員としてご参画いただけないかと考え、ご連絡を差し上げた次第です。

委員会は2月から5月にかけて月1回程度の開催を予定しております。
詳細につきましては、改めてご説明に伺わせていただきたく存じます。

謹白

""" + SIG_HOZUMI + """

""" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a formal request to an outside lawyer; the 機密情報 wording is only the standard disclaimer",
},
{
    "id": "saibanin-087",
    "sender": "総務部 鴇田 <tokita.s@hinode-sangyo.co.jp>",
    "to": ["旅の間トラベル 法人デスク <hojin@tabinoma-travel.co.jp>"],
    "subject": "航空券手配申込書（証人出張・2名）",
    "charset": "utf-8",
    "body": """旅の間トラベル 法人デスク ご担当者様

いつもお世話になっております。日の出産業 総務部の鴇田です。

福岡地方裁判所への証人出張に伴う航空券の手配をお願いいたします。
申込書をPDFで添付します。今回は法人カードではなく、出張者本人の個人カードで
決済（後日精算）となりますので、カード情報を申込書に記載しております。

鴇田
""",
    "attachments": [{
        "kind": "pdf",
        "name": "koukuuken_moushikomi_0220.pdf",
        "title": "航空券手配申込書",
        "lines": [
            "航空券手配申込書",
            "申込会社：日の出産業株式会社 総務部（担当 鴇田）",
            "",
            "搭乗者１：渕上 崇（フチガミ タカシ）　男性",
            "搭乗者２：新垣 瑞穂（アラガキ ミズホ）　女性",
            "往路：２月２０日 羽田 07:30 → 福岡 09:25",
            "復路：２月２１日 福岡 18:00 → 羽田 19:35",
            "",
            "決済カード：" + _g4(card_number(SEED + 13), " ") + "　有効期限 11/28",
            "カード名義：TAKASHI FUCHIGAMI",
        ],
    }],
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a traveller's personal credit card number inside a PDF application form, to a travel agency",
},
{
    "id": "saibanin-088",
    "sender": "給与チーム 樋口 <higuchi.n@hinode-sangyo.co.jp>",
    "to": ["雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>"],
    "subject": "Re: 個人番号の登録エラーについて",
    "charset": "iso-2022-jp",
    "body": """雀部さん

給与チームの樋口です。
甕 大地さんの個人番号がチェックデジットエラーで登録できませんでした。
提出された書類の転記ミスと思われます。

　登録しようとした番号：""" + (lambda n: n[:11] + str((int(n[11]) + 1) % 10))(my_number(SEED + 14)) + """
　　（正しくは本人提出の通知カードの写しをご確認ください）

本人に再確認をお願いできますか。

樋口

> 樋口さん
> 1月入社者5名の個人番号、登録をお願いします（別メールで送ったファイルです）。
> 雀部
""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "internal reply about a mistyped My Number (fails its check digit); internal only in any case",
},
{
    "id": "saibanin-089",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["Lexgate Japan 研修担当 <training@lexgate-japan.com>"],
    "subject": "訴訟ホールド説明会 資料（ご確認用）",
    "charset": "utf-8",
    "body": """Lexgate Japan 研修ご担当者様

お世話になっております。日の出産業 法務部の蔵之内です。
来週の社内説明会で使用するスライドの案を添付いたします。
最終ページの「対象者・連絡先」は、当日の出欠確認のために入れています。
講師用の補足があればご指摘ください。

蔵之内
""",
    "attachments": [{
        "kind": "pptx",
        "name": "legal_hold_setsumeikai_v3.pptx",
        "slides": [
            ["訴訟ホールドとは", "訴訟に関係しうる文書・データを保全する義務",
             "違反した場合の制裁（米国訴訟の場合）", "日常業務で注意すること"],
            ["保全の対象", "メール、チャット、ファイルサーバ、紙資料", "私物スマートフォンも含む"],
            ["対象者・連絡先",
             "御手洗 慎一　営業本部　mitarai.s@hinode-sangyo.co.jp　080-4417-2290",
             "左右田 恵　第二営業部　souda.m@hinode-sangyo.co.jp　090-3302-1187",
             "苫米地 悟　購買部　tomabechi.s@hinode-sangyo.co.jp　070-5521-9043",
             "千々和 みなみ　購買部　chijiwa.m@hinode-sangyo.co.jp　080-2290-6615",
             "躑躅森 博　経営企画室　tsutsujimori.h@hinode-sangyo.co.jp　090-8871-0342",
             "宍戸 理沙　経理部　shishido.r@hinode-sangyo.co.jp　080-6634-7218"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX whose last slide lists six custodians with e-mail and mobile numbers, sent to an external vendor",
},
{
    "id": "saibanin-090",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["Lexgate Japan 保全チーム <preservation@lexgate-japan.com>"],
    "subject": "レビュー対象の優先順位について",
    "charset": "utf-8",
    "body": """Lexgate Japan 保全チーム ご担当者様

お世話になっております。日の出産業 法務部の上遠野です。

一次レビューは、以下の5名のデータから優先して着手をお願いします。

  ・御手洗（営業本部）
  ・左右田（第二営業部）
  ・苫米地（購買部）
  ・千々和（購買部）
  ・躑躅森（経営企画室）

残りのカストディアンは2月以降で構いません。

上遠野
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five employees by surname and department only, no contact or ID data: whether that is a 'list of people' is debatable",
},
{
    "id": "saibanin-091",
    "sender": "人事部 労務課 <roumu@hinode-sangyo.co.jp>",
    "to": ["風祭 智子 <kazamatsuri@sr-kazamatsuri.jp>"],
    "subject": "懲戒処分の量定に関するご相談",
    "charset": "utf-8",
    "html": """<html><body>
<p style="color:#c00;font-weight:bold;border:2px solid #c00;display:inline-block;padding:2px 8px">取扱注意</p>
<p>風祭先生</p>
<p>いつもお世話になっております。人事部労務課です。</p>
<p>就業規則の懲戒規定の運用についてご相談させてください。<br>
業務時間中に私的な理由で長時間離席した事案（３件）について、
過去の処分例との均衡から、けん責とするか減給とするかで社内の意見が分かれております。</p>
<ul>
<li>事案A：離席 延べ18時間／3か月、前歴なし</li>
<li>事案B：離席 延べ31時間／3か月、けん責1回</li>
<li>事案C：離席 延べ9時間／1か月、前歴なし</li>
</ul>
<p>個人が特定されないよう、事案の概要のみお送りしております。<br>
来週のご訪問時にご意見をいただければ幸いです。</p>
<p>日の出産業株式会社 人事部 労務課</p>
</body></html>""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "HTML-only mail stamped 取扱注意 at the top, sent to an outside 社労士 (no personal data)",
},
{
    "id": "saibanin-092",
    "sender": "法務部 <legal@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.jp>"],
    "subject": "2月・3月の期日一覧（当社把握分）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:sans-serif">
<p>尾久様</p>
<p>日の出産業 法務部です。当社で把握している期日を一覧にしました。
漏れがないかご確認ください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>期日</th><th>裁判所</th><th>事件番号</th><th>内容</th></tr>
<tr><td>2/6 (木) 10:30</td><td>さいたま地裁 第3刑事部</td><td>令和6年(わ)第1552号</td><td>証人尋問（当社社員）</td></tr>
<tr><td>2/13 (木) 10:00</td><td>仙台地裁 第2民事部</td><td>令和6年(ワ)第628号</td><td>証人尋問（当社社員）</td></tr>
<tr><td>2/18 (火) 13:30</td><td>東京地裁 民事第45部</td><td>令和6年(ワ)第4117号</td><td>和解期日</td></tr>
<tr><td>2/27 (木) 14:00</td><td>東京地裁 労働部</td><td>令和7年(労)第88号</td><td>労働審判 第1回</td></tr>
<tr><td>3/12 (水) 14:00</td><td>横浜地裁 第6民事部</td><td>令和6年(ワ)第3090号</td><td>証人尋問（青葉運輸ドライバー）</td></tr>
</table>
<p>日の出産業株式会社 法務部（代表 03-5201-7730）</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of hearing dates, courts and case numbers: no personal data",
},
{
    "id": "saibanin-093",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["神楽 敏明 <kagura@kagura-sogo-law.jp>", "白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "cc": ["ADRセンター 事務局 <jimukyoku@tokyo-rodo-adr.or.jp>"],
    "subject": "ADR手続の期日変更のお願い（申立番号 TRA-2024-0733）",
    "charset": "iso-2022-jp",
    "body": """ＡＤＲセンター 事務局 御中
神楽先生、白川先生

日の出産業株式会社 法務部の八月一日でございます。

標記手続の第２回期日（２月１０日）について、当社担当役員の出張と重なったため、
期日の変更をお願いしたく、関係者の皆様に同時にご連絡しております。

代替の候補日：２月１７日（月）、２月２０日（木）、２月２４日（月）
（いずれも午後であれば終日対応可能です）

ご迷惑をおかけし申し訳ございませんが、ご検討のほどよろしくお願いいたします。

""" + SIG_HOZUMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "two law firms and an ADR centre (three external organisations) visible in To/Cc",
},
{
    "id": "saibanin-094",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["Lexgate Japan 保全チーム <preservation@lexgate-japan.com>"],
    "subject": "保全済みデータのサンプル（暗号化ZIP）",
    "charset": "utf-8",
    "body": """Lexgate Japan 保全チーム ご担当者様

お世話になっております。日の出産業 法務部の上遠野です。
レビュー基準の検討用に、保全済みデータから抜き出したサンプル文書を
暗号化ZIPでお送りします。解凍パスワードはお電話でお伝えします。

上遠野
""",
    "attachments": [{
        "kind": "zip",
        "name": "sample_docs_0122.zip",
        "password": "Lx-0122-hnd",
        "files": [
            {"kind": "docx", "name": "議事録_価格改定会議_20220615.docx",
             "paragraphs": ["議事録", "日時：2022年6月15日", "出席者：御手洗、苫米地、躑躅森",
                            "議題：川崎電機向け部材の価格改定について"]},
            {"kind": "txt", "name": "readme.txt", "text": "サンプル文書 2点\n"},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "AES-encrypted ZIP attached: its contents cannot be inspected",
},
{
    "id": "saibanin-095",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["常盤 遼 <tokiwa@tokiwa-sogo-law.jp>"],
    "subject": "Re: 調査委員会の進め方について",
    "charset": "utf-8",
    "body": """常盤先生

ご快諾いただき、誠にありがとうございます。八月一日です。

本件は機密性が高く、社内でも限られた者しか経緯を知りません。
お送りする資料はお取扱いに十分ご注意いただけますと幸いです。
第1回の委員会資料は、2月3日の週にお届けいたします。

委員会の議事録は、先生のご確認を経てから確定させたいと考えております。

八月一日
""",
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "says the matter is highly confidential and asks for care: a plain-language request rather than a marking stamp, could be read either way",
},
{
    "id": "saibanin-096",
    "sender": "総務部 鴇田 <tokita.s@hinode-sangyo.co.jp>",
    "to": ["uryu.sachie@icloud.com"],
    "subject": "証人出廷に伴う交通費精算のご案内",
    "charset": "utf-8",
    "body": """瓜生様

日の出産業 総務部の鴇田です。
在宅勤務中とのことで、ご指定の個人アドレスにお送りします。

3月12日の横浜地裁への出廷に伴う交通費は、以下の手順で精算してください。

  1. 裁判所から支給される旅費の金額を確認してください（日当・旅費は本人の収入です）。
  2. 裁判所の旅費で不足する分のみ、経費精算システムで「公務交通費」として申請してください。
  3. 領収書は不要ですが、経路のスクリーンショットを添付してください。

ご不明な点は総務部（内線 3120）までお問い合わせください。

鴇田
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "procedural notice to one employee's private iCloud address; no personal data",
},
{
    "id": "saibanin-097",
    "sender": "雀部 真澄 <sasabe.m@hinode-sangyo.co.jp>",
    "to": ["白川 直哉 <shirakawa@shirakawa-law.jp>"],
    "subject": "休職者一覧（求釈明への回答準備）",
    "charset": "utf-8",
    "body": """白川先生

人事部の雀部です。
相手方から「過去3年間の休職者の復職状況」について求釈明があった件、
回答準備のため当社の休職者一覧をCSVでお送りします。
どこまで開示するかは先生のご判断に従います。

雀部
""",
    "attachments": [{
        "kind": "csv",
        "name": "kyushokusha_2022-2024.csv",
        "encoding": "utf-8",
        "rows": [
            ["氏名", "生年月日", "所属", "休職開始", "休職事由", "復職"],
            ["宍戸 理沙", "1988-03-22", "経理部", "2024-11-01", "うつ病", "休職中"],
            ["薬袋 拓郎", "1975-12-01", "製造部", "2023-05-15", "腰椎椎間板ヘルニア（手術）", "2023-08-01 復職"],
            ["新垣 瑞穂", "1992-06-18", "購買部", "2023-01-10", "双極性障害", "2023-07-03 復職"],
            ["鰐部 孝之", "1983-05-09", "物流部", "2024-08-23", "顔面骨折（傷害事件の被害）", "2024-10-21 復職"],
            ["十六沢 紀子", "1972-05-21", "総務部", "2022-09-01", "乳がん治療", "2023-03-01 復職"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of five employees with DOB and the illnesses behind their sick leave, to outside counsel: list and 要配慮個人情報",
},
{
    "id": "saibanin-098",
    "sender": "蔵之内 彩葉 <kuranouchi.i@hinode-sangyo.co.jp>",
    "to": ["仙台地方裁判所 第2民事部 書記官室 <minji2@sendai-chisai-renraku.go.jp>"],
    "subject": "令和6年(ワ)第628号 証人の出頭について（連絡）",
    "charset": "utf-8",
    "body": """仙台地方裁判所 第2民事部 担当書記官殿

日の出産業株式会社 法務部の蔵之内と申します。
標記事件で呼出しを受けている当社社員2名について、期日当日の連絡先を
お知らせいたします。交通事情等で遅れる場合に備えてのものです。

  廿日出 優（品質保証部）　携帯 080-3526-9184
  瓜生 幸恵（経営企画室）　携帯 070-6650-1129

当日は私も同行いたします（携帯 080-7719-3320）。
どうぞよろしくお願いいたします。

""" + SIG_KURANOUCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two witnesses' mobile numbers to the court clerk: fewer than five people (may be warned)",
},
{
    "id": "saibanin-099",
    "sender": "上遠野 聡子 <katono.s@hinode-sangyo.co.jp>",
    "to": ["尾久 さやか <oku@shirakawa-law.com>"],
    "subject": "Re: 弁護士会照会（第２４−２０４１号）回答方針",
    "charset": "iso-2022-jp",
    "body": """尾久様

お世話になっております。日の出産業 法務部の上遠野です。

大阪弁護士会からの照会について、人事部で事実確認が終わりました。

　対象者　　：薬袋 拓郎（昭和５０年１２月１日生）
　在籍の有無：在籍中（製造部）
　休職の有無：令和５年５月１５日〜同年７月３１日まで休職

疾病名については回答しない方向で考えておりますが、白川先生のご意見を
お伺いできますでしょうか。

上遠野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-law.com swaps the partner's .jp for .com; the mail also carries an employee's DOB and leave record",
},
{
    "id": "saibanin-100",
    "sender": "八月一日 宏 <hozumi.h@hinode-sangyo.co.jp>",
    "to": ["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    "cc": ["法務部 <legal@hinode-sangyo.co.jp>"],
    "subject": "2024年 訴訟・紛争案件の年間報告",
    "charset": "utf-8",
    "body": """経営会議メンバー各位

法務部の八月一日です。2024年の訴訟・紛争案件の状況をご報告します。

                         件数   前年比
-----------------------  -----  ------
係属中の民事訴訟             4     +1
労働審判・労働ADR            2     +1
刑事事件での社員の証人出廷   3      0
弁護士会照会への回答        11     +3
裁判員休暇の取得             4     +2
訴訟ホールドの発出           2     +2

主なトピック
・川崎電機との価格改定訴訟：2月に和解期日。取締役会の方針に沿って対応中。
・米国子会社の取引先との紛争で、初めて米国型のディスカバリー対応を実施。
・弁護士会照会が増加傾向。回答基準（特に健康情報の扱い）を3月までに整備する。

詳細は次回の経営会議でご説明します。

八月一日
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal annual summary with counts only",
},
]
