"""Blind corpus, area "bouhancamera": security cameras and incidents at 日の出産業's shops
(ひので生活館), offices and warehouses — footage requests from the police (捜査関係事項照会書),
shoplifting, employee theft and card-fraud reports, security company (警備会社) reports and
patrol notes, lost-and-found, camera installation and maintenance with vendors, plus the
ordinary facilities mail around them (building management, signage printing, invoices);
written blind from BRIEF.md, with labels by its policy."""

from build import card_number, my_number

SEED = 67601

MN_A = my_number(SEED + 1)
MN_B = my_number(SEED + 2)
MN_C = my_number(SEED + 3)
CARD_A = card_number(SEED + 11)
CARD_B = card_number(SEED + 12)
CARD_C = card_number(SEED + 13)

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens → full-width, as some people type them."""
    return s.translate(_ZEN)


def grp(n: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(n[i:i + size] for i in range(0, len(n), size))


HQ = "日の出産業株式会社"
HQ_ADDR = "〒103-0027 東京都中央区日本橋２－１１－４ 日の出ビル７階"
DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者にご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender and delete this e-mail.")


def sig(name: str, dept: str, tel: str, mail: str, place: str = HQ_ADDR) -> str:
    return (f"--\n{HQ}\n{dept}\n{name}\n{place}\nTEL {tel}\nMail {mail}@hinode-sangyo.co.jp")

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "bouhancamera-001",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 真琴 <m.iokibe@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 機械警備課 <kikai-keibi@towa-keibi.co.jp>"],
        "subject": "船橋店 緊急連絡先の更新について",
        "body": """東和警備保障株式会社
機械警備課 ご担当者様

いつもお世話になっております。
ひので生活館 船橋店の五百旗頭でございます。

人事異動に伴い、異常発報時の緊急連絡先が変わりましたので、
下記のとおり更新をお願いいたします（11月1日より適用）。

順位  氏名              役職      携帯電話        住所
----  ----------------  --------  --------------  ------------------------------------
 1    五百旗頭 真琴     店長      090-4418-2297   千葉県船橋市本町４－２２－９
 2    鬼頭 晴美         副店長    080-3321-7604   千葉県船橋市前原西２－８－１５－３０２
 3    纐纈 拓海         主任      070-5528-1933   千葉県習志野市津田沼５－１－１１
 4    百目鬼 和也       主任      090-7765-0148   千葉県船橋市夏見台３－４－２７
 5    栗花落 しおり     事務      080-2290-6615   千葉県八千代市大和田新田４５２－６
 6    Nguyen Thi Lan    夜間責任者 070-3184-9902   千葉県船橋市海神６－１９－３ ハイツ海神１０１

連絡は上から順にお願いします。1・2番が不在の場合は3番以降へ
おかけください。

よろしくお願いいたします。

--
日の出産業株式会社 店舗事業部
ひので生活館 船橋店 店長 五百旗頭 真琴
〒273-0005 千葉県船橋市本町７－３－１
TEL 047-431-5520（店舗代表）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six staff with mobile numbers and home addresses sent to the security company: list of people",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "bouhancamera-002",
        "charset": "utf-8",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["船橋東警察署 刑事課 <keiji-funabashihigashi@chiba-kenkei.lg.jp>"],
        "subject": "Re: 防犯カメラ映像のご提供について（照会書受領のご連絡）",
        "body": """船橋東警察署 刑事課
ご担当 巡査部長 様

日の出産業株式会社 店舗運営部 損失防止グループの葛城です。
本日、捜査関係事項照会書（原本）を確かに受領いたしました。

照会内容に基づき、以下の範囲で映像を抽出いたします。

  対象店舗 : ひので生活館 船橋店
  対象日時 : 令和７年１０月１２日（日） 18:00～19:30
  対象カメラ: 売場 CAM-03 / CAM-04、出入口 CAM-01 の計3台
  提供媒体 : DVD-R 2枚（再生ソフト同梱）

抽出作業に2営業日ほど頂戴しますので、お受け渡しは
10月17日（金）以降でご都合のよい日時をお知らせください。
受け渡しの際は、受領書へのご署名をお願いしております。

なお、当社の規程により、映像の提供は照会書に記載の範囲に
限らせていただきますので、ご了承ください。

--
日の出産業株式会社
店舗運営部 損失防止グループ
葛城 直人
〒103-0027 東京都中央区日本橋２－１１－４ 日の出ビル７階
TEL 03-5204-1187（直通）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to a police footage request with dates and camera ids only; no personal data, one external org",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "bouhancamera-003",
        "charset": "shift_jis",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川 圭吾 <k.shirakawa@shirakawa-law.jp>"],
        "subject": "【ご相談】万引き被疑者の逮捕と損害賠償請求について",
        "body": """白川法律事務所
白川 圭吾 先生

いつも大変お世話になっております。
日の出産業 リスク管理室の東海林でございます。

先日お電話でご相談した件につき、概要をお送りいたします。

■事案の概要
　発生日時：令和７年１０月３日（金）１６時２０分頃
　発生場所：ひので生活館 市川妙典店　２階 家電売場
　被害品　：ワイヤレスイヤホン 3点、モバイルバッテリー 2点（計 48,620円）

■被疑者
　氏名　　：勘解由小路 隆（かでのこうじ たかし）
　生年月日：昭和４７年８月１４日
　住所　　：千葉県市川市富浜３－９－１７ レジデンス妙典２０４
　経過　　：保安員が店外で声掛けし、通報により駆け付けた行徳警察署員に
　　　　　　現行犯逮捕されました。当店では本年２回目の検挙です。

■ご相談したい点
　1. 被害品は回収済みですが、保安員の人件費等を損害として請求できるか
　2. 出入禁止の通知を当社から送付する場合の文面

ご多忙のところ恐縮ですが、ご都合のよい日時をお知らせください。

━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　リスク管理室
東海林 玲子（しょうじ れいこ）
TEL 03-5204-1190 / FAX 03-5204-1199
━━━━━━━━━━━━━━━━━━━━
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named shoplifting suspect with DOB and address, arrested: criminal proceedings are sensitive data (one person is enough)",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "bouhancamera-004",
        "charset": "iso-2022-jp",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 保守サービス課 <hoshu@kawasaki-denki.com>"],
        "subject": "防犯カメラ定期点検の日程について（11月分）",
        "body": """川崎電機株式会社
保守サービス課 御中

お世話になっております。日の出産業 総務部施設管理課の四月一日です。
11月の防犯カメラ定期点検について、下記日程で調整をお願いできますでしょうか。

・11/5（水）10:00～ 本社ビル（B1 警備室・各フロア 計24台）
・11/12（水）9:30～ ひので生活館 船橋店（開店前に完了希望）
・11/19（水）14:00～ 物流センター（市川）

船橋店は開店が10時のため、売場カメラは9時台で終えていただけると助かります。
作業員の方の人数が決まりましたらご一報ください。

以上、よろしくお願いいたします。

日の出産業株式会社 総務部 施設管理課
四月一日 亮（わたぬき りょう）
TEL 03-5204-1102
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner kawasaki-denki.co.jp mistyped as kawasaki-denki.com (TLD swap): look-alike domain",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "bouhancamera-005",
        "charset": "utf-8",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["店舗運営部 部長 <tenpo-bucho@hinode-sangyo.co.jp>"],
        "cc": ["リスク管理室 <risk@mail.hinode-sangyo.co.jp>"],
        "subject": "9月度 万引き検挙報告（全店集計）",
        "body": """部長

9月度の万引き検挙報告を取りまとめましたので添付します。
検挙6件、うち警察引き渡し4件、被害総額は 97,340円でした。
詳細は添付の「検挙一覧」シートをご覧ください。

市川妙典店の案件は再犯のため、リスク管理室経由で弁護士相談中です。

葛城
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "万引き検挙報告_2025年9月.xlsx",
                "sheets": {
                    "集計": [
                        ["令和7年9月度 万引き検挙報告", "", ""],
                        ["店舗", "検挙件数", "被害額（円）"],
                        ["船橋店", 2, 21480],
                        ["市川妙典店", 2, 52300],
                        ["津田沼店", 1, 8760],
                        ["西葛西店", 1, 14800],
                    ],
                    "検挙一覧": [
                        ["No", "発生日", "店舗", "氏名", "生年月日", "住所", "処理"],
                        [1, "9/2", "船橋店", "宍戸 康介", "1988/03/11", "千葉県船橋市宮本２－１－８", "警察引渡し"],
                        [2, "9/7", "津田沼店", "鰐渕 さやか", "2004/11/30", "千葉県習志野市谷津３－１５－２", "保護者引取り"],
                        [3, "9/13", "市川妙典店", "勘解由小路 隆", "1972/08/14", "千葉県市川市富浜３－９－１７", "警察引渡し"],
                        [4, "9/19", "船橋店", "猪狩 ミツ", "1941/05/02", "千葉県船橋市宮本５－３－２", "家族引取り"],
                        [5, "9/24", "西葛西店", "Li Wei", "1995/07/19", "東京都江戸川区西葛西６－８－１", "警察引渡し"],
                        [6, "9/28", "市川妙典店", "毒島 翔", "1999/12/24", "千葉県市川市妙典４－２－５", "警察引渡し"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "list of shoplifters with arrests, but every recipient is internal (incl. mail.hinode-sangyo.co.jp subdomain)",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "bouhancamera-006",
        "charset": "shift_jis",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 企業損害サービス課 <kigyo-songai@heiwa-sonpo.co.jp>"],
        "subject": "盗難保険金請求書類（津田沼店 夜間侵入盗）の送付",
        "body": """平和損害保険株式会社
企業損害サービス課　ご担当者様

いつもお世話になっております。日の出産業 総務部の芦刈です。

先般ご連絡いたしました津田沼店の夜間侵入盗の件につき、
防犯カメラ映像からの切り出し画像と被害明細をZIPにまとめてお送りします。

　証券番号：KG-2025-0081774
　事故受付番号：J25-10-44821

ファイルにはパスワードを設定しております。
パスワードは別メールにてお知らせいたします。

何卒よろしくお願い申し上げます。

日の出産業株式会社　総務部 総務課
芦刈 茂
TEL 03-5204-1105
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "津田沼店_盗難被害資料.zip",
                "password": "Tsuda2025!",
                "files": [
                    {"kind": "png", "name": "CAM02_0215.png"},
                    {"kind": "png", "name": "CAM05_0218.png"},
                    {"kind": "csv", "name": "被害明細.csv", "rows": [["品名", "数量", "金額"], ["レジ内現金", 1, 182000], ["タバコ カートン", 14, 84700]]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the insurer: attachment cannot be read",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "bouhancamera-007",
        "charset": "iso-2022-jp",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 営業部 甕 様 <k.motai@kawasaki-denki.co.jp>",
            "ツバサシステム 広瀬 様 <hirose@tsubasa-system.jp>",
            "東和警備保障 営業課 <eigyo@towa-keibi.co.jp>",
        ],
        "subject": "防犯カメラ更新プロジェクト キックオフ会議のご案内",
        "body": """関係各社 ご担当者様

いつもお世話になっております。日の出産業 施設管理課の四月一日です。

本社ビルおよび全店の防犯カメラ更新（アナログ→IP化）プロジェクトにつき、
下記のとおりキックオフ会議を開催いたします。

　日時：11月7日（金）14:00～16:00
　場所：日の出ビル 7階 第2会議室（Web参加も可）
　議題：
　　1. 全体スケジュール（川崎電機様）
　　2. 録画サーバー／VMS の構成案（ツバサシステム様）
　　3. 機械警備との連動、発報時の画像送信（東和警備保障様）

ご出席者のお名前を11/4（火）までにご返信ください。

日の出産業株式会社 総務部 施設管理課
四月一日 亮
TEL 03-5204-1102
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations in To can see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "bouhancamera-008",
        "charset": "shift_jis",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "防犯ステッカー・掲示物のご注文",
        "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の芦刈です。
先日お見積りいただいた防犯関連の掲示物について、下記のとおり発注いたします。

品番          品名                              数量   単価    金額
------------  --------------------------------  -----  ------  --------
NS-ST-220     防犯カメラ作動中ステッカー A5     300    85      25,500
NS-ST-221     同 英中韓併記版 A5                120    95      11,400
NS-PS-510     「万引きは犯罪です」ポスター B2   60     240     14,400
NS-PL-030     アクリルプレート（録画中）        40     1,150   46,000
------------------------------------------------------------------------
                                                 小計           97,300

見積番号：NQ-25-03318
納品先：各店舗（別紙の店舗一覧のとおり）、納期 11月14日（金）希望

請求書は従来どおり本社総務部宛にお願いいたします。

日の出産業株式会社　総務部 総務課　芦刈 茂
TEL 03-5204-1105
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order with product codes and quote number to a partner; no personal data",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "bouhancamera-009",
        "charset": "utf-8",
        "sender": "九十九 沙耶 <s.tsukumo@hinode-sangyo.co.jp>",
        "to": ["スターカード 加盟店サポートデスク <kameiten-support@starcard.co.jp>"],
        "subject": "不正利用が疑われる取引のご報告（加盟店番号 0038-221-475）",
        "body": f"""スターカード株式会社
加盟店サポートデスク ご担当者様

日の出産業株式会社 経理部の九十九と申します。
当社 西葛西店にて、不正利用が疑われる取引がありましたのでご報告いたします。

【取引内容】
  取引日時　　　：2025年10月21日 19:42
  端末番号　　　：T-0817-03
  承認番号　　　：5520418
  金額　　　　　：164,780円（ゲーム機 2台・ギフトカード）
  カード番号　　：{grp(CARD_A, 4, "-")}
  カード名義　　：KOTARO SHIBASAKI（シバサキ コタロウ 様）

同日夜、名義人ご本人様から「カードを盗まれた」と店舗にお電話があり、
警察（葛西警察署）にも届出済みとのことです。
レジ上の防犯カメラに使用者が映っており、映像は保全しております。

チャージバック手続きの要否についてご教示ください。

日の出産業株式会社 経理部
九十九 沙耶（つくも さや）
TEL 03-5204-1131
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "full credit card number with the cardholder's name, who is a theft victim, sent to the card company",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "bouhancamera-010",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 晴美 <h.kito@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 船橋営業所 忽那 <kutsuna@towa-keibi.co.jp>"],
        "subject": "Re: 年末年始の臨時警備員配置について",
        "body": """忽那様

ご連絡ありがとうございます。船橋店の鬼頭です。
配置いただく警備員の方について、承知いたしました。
当日は9:30に通用口（北側）へお越しいただくようお伝えください。

引き続きよろしくお願いいたします。

ひので生活館 船橋店 副店長 鬼頭 晴美

> 日の出産業株式会社 船橋店 鬼頭様
>
> いつもお世話になっております。東和警備保障の忽那です。
> 12/28～1/3の臨時配置は以下の5名となります。
>
>   12/28  漆原 勇     090-1187-6620
>   12/29  樋渡 光一   080-5514-0932
>   12/30  十河 誠     090-2243-7781
>   1/2    弓削 多恵   070-6630-1245
>   1/3    廿楽 修平   080-9921-4407
>
> 変更がある場合は前日までにご連絡いたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the guard list is only quoted from the security company's own mail; the new text carries no personal data",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "bouhancamera-011",
        "charset": "utf-8",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["甕 健太郎 <k.motai@kawasaki-denki.co.jp>"],
        "subject": "船橋店 カメラ配置図の送付",
        "body": """川崎電機 甕様

お世話になっております。四月一日です。
増設工事のお見積り用に、船橋店の現行カメラ配置図をお送りします。
死角になっている箇所（化粧品売場奥、バックヤード搬入口）に赤丸を付けています。

ご確認のほどよろしくお願いいたします。

四月一日
日の出産業 総務部 施設管理課 TEL 03-5204-1102
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "船橋店_防犯カメラ配置図_v3.pdf",
                "title": "船橋店 防犯カメラ配置図",
                "page_header": "社外秘",
                "page_footer": "日の出産業株式会社 総務部施設管理課　社外秘・複製禁止",
                "lines": [
                    "ひので生活館 船橋店　防犯カメラ配置図（2025年10月現在）",
                    "",
                    "1F 出入口（正面）   CAM-01  固定 4MP  録画30日",
                    "1F 出入口（北側）   CAM-02  固定 2MP  録画30日",
                    "1F レジ上           CAM-03/04  ドーム  録画60日",
                    "1F 化粧品売場       CAM-05  PTZ   ※奥の棚は死角",
                    "2F 家電売場         CAM-06/07  ドーム",
                    "B 搬入口            なし    ※増設候補",
                    "事務所 金庫前       CAM-08  固定  録画90日",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "camera layout PDF stamped 社外秘 in its header and footer, sent to a partner",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "bouhancamera-012",
        "charset": "utf-8",
        "sender": "Daichi Yuge <d.yuge@hinode-sangyo.co.jp>",
        "to": ["Vistaview Support <support@vistaview-tech.com>"],
        "subject": "NVR firmware 4.2.1 - recording gaps after update (Case #VV-88213)",
        "body": """Hello Vistaview support team,

Following up on case #VV-88213. After updating our recorders to firmware
4.2.1, three of our NVR-3216 units show gaps of 40-90 seconds in the
recordings, roughly every six hours.

  Model      Serial          Site               Firmware
  ---------  --------------  -----------------  --------
  NVR-3216   VV3216A0417729  Funabashi store    4.2.1
  NVR-3216   VV3216A0418051  Ichikawa DC        4.2.1
  NVR-3216   VV3216A0420316  Head office B1     4.2.1

The gaps started right after the update; units still on 4.1.8 are fine.
System logs from one unit are attached as a text export. Could you tell us
whether a rollback to 4.1.8 is supported without losing the stored footage?

Best regards,
Daichi Yuge
IT Systems Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5204-1150

""" + DISC_EN,
        "attachments": [
            {
                "kind": "txt",
                "name": "nvr3216_syslog_0417729.txt",
                "text": "2025-10-18 00:00:02 REC ch01 ok\n2025-10-18 05:59:41 REC ch01 gap start\n2025-10-18 06:01:03 REC ch01 gap end (82s)\n2025-10-18 11:59:40 REC ch03 gap start\n2025-10-18 12:00:28 REC ch03 gap end (48s)\n",
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English support case with device serials and logs plus the standard disclaimer; nothing personal",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "bouhancamera-013",
        "charset": "shift_jis",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["東雲ビルマネジメント 防災センター <bosai-center@shinonome-bm.co.jp>"],
        "subject": "入館申請（防犯カメラ更新工事 11/8・11/9）",
        "body": """東雲ビルマネジメント株式会社
防災センター ご担当者様

日の出ビル7階 日の出産業の四月一日です。
防犯カメラ更新工事の作業員入館申請をお送りします。
作業員は川崎電機様の協力会社の方々です。

作業日：11月8日（土）・9日（日） 8:00～18:00
作業場所：7階 事務所内、B1 警備室
搬入：荷捌き場より台車にて

入館者の一覧は添付CSVのとおりです。入館証のご準備をお願いいたします。

日の出産業株式会社 総務部 施設管理課 四月一日
内線 1102 / 03-5204-1102
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "入館申請者一覧_1108-1109.csv",
                "encoding": "cp932",
                "rows": [
                    ["氏名", "フリガナ", "生年月日", "所属", "携帯電話"],
                    ["鍬田 正樹", "クワタ マサキ", "S54.6.21", "有限会社ワイズ電設", "090-6621-3390"],
                    ["巽 航平", "タツミ コウヘイ", "H2.11.3", "有限会社ワイズ電設", "080-4417-2286"],
                    ["米良 大輔", "メラ ダイスケ", "H8.1.15", "有限会社ワイズ電設", "070-2218-5567"],
                    ["粟生 竜也", "アオ タツヤ", "S61.9.9", "株式会社東光通信工業", "090-3345-8812"],
                    ["冨士原 健", "フジワラ ケン", "H11.4.27", "株式会社東光通信工業", "080-1193-6604"],
                    ["比嘉 朝陽", "ヒガ アサヒ", "H14.12.8", "株式会社東光通信工業", "070-8842-1175"],
                    ["我如古 譲", "ガネコ ユズル", "S49.2.28", "川崎電機株式会社", "090-5501-2749"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of seven contractor workers with dates of birth (和暦) and mobiles to building management: list of people",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "bouhancamera-014",
        "charset": "utf-8",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 市川物流センター 総務 <ichikawa-soumu@aoba-unyu.co.jp>"],
        "subject": "物流センター構内 車両乗入れ申請（カメラ増設工事）",
        "body": """青葉運輸株式会社
市川物流センター 総務ご担当 様

お世話になっております。日の出産業の四月一日です。
共同利用している市川物流センターの搬入口カメラ増設工事について、
構内への車両乗入れ申請をお送りします。

センター様の規程により運転者の免許証番号が必要とのことでしたので、
作業員名簿のシートに記載しております。ご確認をお願いいたします。

工事予定日：11月19日（水）・20日（木）

日の出産業株式会社 総務部 施設管理課
四月一日 亮 / TEL 03-5204-1102
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "作業員名簿_車両乗入申請.xlsx",
                "sheets": {
                    "作業員名簿": [
                        ["作業員名簿（市川物流センター 搬入口カメラ増設工事）"],
                        ["No", "氏名", "生年月日", "運転免許証番号", "免許の種類", "役割"],
                        [1, "鍬田 正樹", "1979/06/21", "301204567712", "中型", "職長・運転"],
                        [2, "巽 航平", "1990/11/03", "302011834405", "普通", "運転"],
                        [3, "米良 大輔", "1996/01/15", "304417720938", "普通", "作業"],
                        [4, "粟生 竜也", "1986/09/09", "301109946621", "準中型", "運転"],
                        [5, "冨士原 健", "1999/04/27", "305518302247", "普通", "作業"],
                    ],
                    "車両": [
                        ["車両番号", "車種", "運転者"],
                        ["習志野 400 さ 18-22", "2t 高所作業車", "鍬田 正樹"],
                        ["船橋 480 ま 7-05", "ハイエース", "巽 航平"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "driver's licence numbers of five workers (also a list of people) in an XLSX to a partner",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "bouhancamera-015",
        "charset": "iso-2022-jp",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["甕 健太郎 <k.motai@kawasaki-denki.co.jp>"],
        "cc": ["広瀬 真一 <hirose@tsubasa-system.jp>"],
        "subject": "IPカメラとVMS連携の打合せ日程",
        "body": """川崎電機 甕様
（cc: ツバサシステム 広瀬様）

お世話になっております。情報システム部の弓削です。

IPカメラ（川崎電機様納入予定機種）とツバサシステム様のVMSとの
連携仕様について、三者で打合せをさせてください。

候補日：
　(1) 11/11（火）10:00～11:30
　(2) 11/12（水）15:00～16:30
　(3) 11/14（金）13:00～14:30

確認したい点は、ONVIF Profile S/T の対応範囲と、
録画サーバー側での動体検知イベントの受け方です。
ご都合をお知らせいただけますと幸いです。

弓削 大地
日の出産業株式会社 情報システム部
TEL 03-5204-1150
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc for a three-way meeting: normal, may be warned",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "bouhancamera-016",
        "charset": "iso-2022-jp",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 企業損害サービス課 <kigyo-songai@heiwa-sonpo.co.jp>"],
        "subject": "【労災・傷害】強盗事件による従業員負傷の件（事故受付 J25-10-45102）",
        "body": """平和損害保険株式会社
企業損害サービス課　ご担当者様

お世話になっております。日の出産業 総務部の芦刈です。
10月24日夜に西葛西店で発生した強盗事件で負傷した従業員について、
診断書の内容をお知らせいたします。

　氏名　　　：嵯峨 みのり（さが みのり）
　生年月日　：平成１２年３月７日
　所属　　　：ひので生活館 西葛西店（パート）
　受傷状況　：レジ対応中、刃物を持った男に突き飛ばされ転倒
　診断名　　：右手関節捻挫、頸椎捻挫、急性ストレス反応
　通院先　　：江戸川中央クリニック（整形外科・心療内科）
　見込み　　：全治約３週間、当面休職

犯人は逃走中で、葛西警察署が捜査中です。
傷害保険（団体）の保険金請求書類をご送付いただけますでしょうか。

日の出産業株式会社　総務部 総務課　芦刈 茂
TEL 03-5204-1105
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee who was a robbery victim, with diagnosis (medical) and DOB: sensitive personal data",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "bouhancamera-017",
        "charset": "utf-8",
        "sender": "ひので生活館 津田沼店 <tsudanuma@hinode-sangyo.co.jp>",
        "to": ["kazu.onagawa1967@yahoo.co.jp"],
        "subject": "お忘れ物のお問い合わせについて（ひので生活館 津田沼店）",
        "body": """女川様

このたびはひので生活館 津田沼店をご利用いただき、ありがとうございます。
10月18日にお問い合わせいただいた、お忘れの傘（紺色・木製の持ち手）の件です。

店内の忘れ物保管棚と、お客様がご利用になったサービスカウンター付近を
確認いたしましたが、該当する傘は見つかりませんでした。
また、防犯カメラの映像は、ご本人様であっても原則として
お見せすることができませんので、ご了承いただけますと幸いです。

今後見つかった場合には、改めてご連絡いたします。
お役に立てず申し訳ございません。

ひので生活館 津田沼店
サービスカウンター 行田
TEL 047-475-3381（10:00～21:00）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one customer on free mail; no third person's data",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "bouhancamera-018",
        "charset": "utf-8",
        "sender": "ひので生活館 市川妙典店 <myoden@hinode-sangyo.co.jp>",
        "to": [
            "takumi.hosaka@gmail.com",
            "m-yoshinaga_0812@yahoo.co.jp",
            "r.uehara-55@docomo.ne.jp",
        ],
        "subject": "駐輪場での自転車盗難について（行徳警察署からのご連絡）",
        "body": """お客様各位

ひので生活館 市川妙典店でございます。
先日は当店駐輪場での自転車盗難被害につきまして、ご心配をおかけしております。

本日、行徳警察署の担当の方から、防犯カメラ映像の確認が終わり、
近日中に皆様へ直接ご連絡されるとの連絡がございました。
被害届の受理番号がお手元にある方は、お電話の際にお伝えください。

当店では11月より駐輪場にカメラを2台増設し、夜間の巡回も強化いたします。
ご不便をおかけし、誠に申し訳ございません。

ひので生活館 市川妙典店　店長 粟野
TEL 047-356-2210
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three private persons (theft victims) in To see each other's addresses: three external parties, should be Bcc",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "bouhancamera-019",
        "charset": "iso-2022-jp",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["東海林 玲子 <r.shoji@hinode-sangyou.co.jp>"],
        "subject": "録画データ保存期間の変更（案）について",
        "body": """東海林さん

情報システム部の弓削です。
先日の打合せで出た録画データ保存期間の見直し案をまとめました。

・売場カメラ：30日 → 45日（万引きの事後発覚に対応）
・レジ上カメラ：60日（変更なし）
・事務所・金庫前：90日 → 180日
・ストレージ増設費用：全店で約 420万円（概算）

規程改定が必要になるので、リスク管理室のご意見をいただけますか。
来週の部長会に上げたいと思っています。

弓削
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "internal colleague addressed at hinode-sangyou.co.jp (letter added to the own domain): look-alike",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "bouhancamera-020",
        "charset": "shift_jis",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["情報セキュリティ委員会 <isec-iinkai@hinode-sangyo.co.jp>"],
        "subject": "録画サーバー閲覧権限者一覧（棚卸し結果）",
        "body": """委員各位

半期ごとの録画サーバー閲覧権限の棚卸し結果です。
退職者1名（小田切）のアカウントは10/15に削除済みです。

社員番号	氏名	所属	メール	携帯	権限
H10233	葛城 直人	店舗運営部LP	n.katsuragi@hinode-sangyo.co.jp	090-2281-4473	全店閲覧・書出し
H10871	東海林 玲子	リスク管理室	r.shoji@hinode-sangyo.co.jp	080-6610-2295	全店閲覧・書出し
H11502	四月一日 亮	施設管理課	r.watanuki@hinode-sangyo.co.jp	070-1125-8890	本社閲覧
H12044	五百旗頭 真琴	船橋店	m.iokibe@hinode-sangyo.co.jp	090-4418-2297	船橋店閲覧・書出し
H12310	粟野 忠	市川妙典店	t.awano@hinode-sangyo.co.jp	080-7713-5062	市川妙典店閲覧・書出し
H12977	行田 結衣	津田沼店	y.gyoda@hinode-sangyo.co.jp	090-8830-1146	津田沼店閲覧
H13305	弓削 大地	情報システム部	d.yuge@hinode-sangyo.co.jp	070-4402-3318	管理者

書出し権限は各店の店長と損失防止グループに限定する方針で問題ないか、
次回委員会でご確認ください。

情報システム部 弓削
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "tab-separated list of seven employees with mobiles, but sent only to an internal address",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "bouhancamera-021",
        "charset": "utf-8",
        "sender": "粟野 忠 <t.awano@hinode-sangyo.co.jp>",
        "to": ["ガードライン株式会社 契約管理部 <keiyaku@guardline.co.jp>"],
        "subject": "鍵保有者届（ひので生活館 市川妙典店）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ガードライン株式会社<br>契約管理部 ご担当者様</p>
<p>お世話になっております。ひので生活館 市川妙典店の粟野でございます。<br>
12月1日からの機械警備切替えに伴い、鍵保有者届をお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>ふりがな</th><th>携帯電話</th><th>自宅住所</th><th>駆付け所要時間</th></tr>
<tr><td>1</td><td>粟野 忠</td><td>あわの ただし</td><td>080-7713-5062</td><td>千葉県市川市相之川２－１４－６</td><td>10分</td></tr>
<tr><td>2</td><td>舎川 悠斗</td><td>とねがわ ゆうと</td><td>090-3326-1178</td><td>千葉県市川市行徳駅前１－２２－３－５０５</td><td>8分</td></tr>
<tr><td>3</td><td>生天目 恵</td><td>なまため めぐみ</td><td>070-9904-2261</td><td>千葉県浦安市北栄３－３０－１２</td><td>15分</td></tr>
<tr><td>4</td><td>宇治橋 剛</td><td>うじはし つよし</td><td>080-1452-6637</td><td>東京都江戸川区南葛西４－７－２</td><td>20分</td></tr>
<tr><td>5</td><td>砂押 里奈</td><td>すなおし りな</td><td>090-6618-0734</td><td>千葉県市川市塩焼５－１－９</td><td>12分</td></tr>
<tr><td>6</td><td>鳩貝 浩二</td><td>はとがい こうじ</td><td>070-2279-8815</td><td>千葉県船橋市本中山６－３－１８</td><td>25分</td></tr>
</table>
<p>鍵の受け渡し日程は別途ご相談させてください。</p>
<p>--<br>日の出産業株式会社 ひので生活館 市川妙典店<br>店長 粟野 忠<br>TEL 047-356-2210</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six keyholders with mobiles and home addresses to a new security company",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "bouhancamera-022",
        "charset": "shift_jis",
        "sender": "行田 結衣 <y.gyoda@hinode-sangyo.co.jp>",
        "to": ["習志野市 谷津地域包括支援センター <yatsu-houkatsu@city-narashino.lg.jp>"],
        "subject": "ご相談：当店でのご高齢のお客様の件",
        "body": """谷津地域包括支援センター
ご担当者様

ひので生活館 津田沼店の行田と申します。
先日お電話でご相談した、ご高齢のお客様の件でご連絡いたします。

　お名前：箕輪 トシ 様（８４歳）
　ご住所：千葉県習志野市谷津７－１１－３
　ご家族：長男 箕輪 博 様（連絡先 090-2205-7781）

この２か月で４回、食料品を会計せずにお持ち帰りになる場面が防犯カメラで
確認されています。お声掛けすると、ご本人は支払ったと思い込まれている様子で、
ご家族のお話では昨年から認知症の診断を受け、通院されているとのことです。

警察へのご相談ではなく、見守りの面でご支援いただける方法がないか
ご相談させていただければと存じます。

ひので生活館 津田沼店　副店長 行田 結衣
TEL 047-475-3381
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named elderly customer with address and a dementia diagnosis (medical) linked to shoplifting: sensitive",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "bouhancamera-023",
        "charset": "iso-2022-jp",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 営業課 <eigyo@towa-keibi.co.jp>"],
        "subject": "Re: 9月度 機械警備 月次報告書",
        "body": """東和警備保障 営業課 御中

9月度の月次報告書、拝受いたしました。ありがとうございます。
当社側でも店舗別に整理しましたので、念のため共有いたします。

店舗            発報  うち誤報  駆付け  警察通報
--------------  ----  --------  ------  --------
船橋店             4         3       4         0
市川妙典店         2         2       2         0
津田沼店           6         4       6         1
西葛西店           3         1       3         1
物流センター       1         1       1         0

津田沼店の誤報が多いのは、搬入口センサーの感度の問題かと思います。
次回点検時に調整をご検討ください。

日の出産業 店舗運営部 損失防止G 葛城
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "alarm statistics per store to the security company; business data only",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "bouhancamera-024",
        "charset": "utf-8",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "録画サーバー稼働ログの送付（問合せ番号 TS-25-1093）",
        "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の弓削です。
先日お問い合わせした録画欠損の件で、サーバーの稼働ログを
Excelに書き出しましたので添付いたします。

調査のほどよろしくお願いいたします。

弓削 大地（情報システム部）
""",
        "attachments": [{"kind": "corrupt", "name": "録画サーバ稼働ログ_202510.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "bouhancamera-025",
        "charset": "utf-8",
        "sender": "粟野 忠 <t.awano@hinode-sangyo.co.jp>",
        "to": ["行徳警察署 生活安全課 <seian-gyotoku@chiba-kenkei.lg.jp>"],
        "subject": "被害届用 被害品一覧の送付（ひので生活館 市川妙典店）",
        "body": """行徳警察署 生活安全課
ご担当者様

お世話になっております。ひので生活館 市川妙典店の粟野です。
本日お電話でお話しした被害届に添付する被害品一覧をお送りします。
被害者は法人（日の出産業株式会社）で、届出人は店長の私となります。

JANコード        品名                         数量  売価(税込)
---------------  ---------------------------  ----  ----------
4901234567894    ワイヤレスイヤホン WX-70       2     12,980
4901234567900    モバイルバッテリー 10000mAh    3      4,378
4987654321098    電動歯ブラシ DB-300            1      8,800
4512345678904    化粧水 しっとり 200ml          4      1,650

合計 58,394円（売価ベース）

来署日時は11月4日（火）14時でお願いいたします。
印鑑と店舗の登記事項証明書を持参いたします。

日の出産業株式会社 ひので生活館 市川妙典店
店長 粟野 忠
〒272-0111 千葉県市川市妙典５－３－２０
TEL 047-356-2210
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of stolen goods for a police report by the company (a legal person); no personal data",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "bouhancamera-026",
        "charset": "iso-2022-jp",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 営業課 宍戸様 <shishido@towa-keibi.co.jp>"],
        "subject": "【部外秘】バックヤードへのカメラ臨時設置のお願い",
        "body": """【部外秘】

東和警備保障株式会社
営業課 宍戸様

いつもお世話になっております。日の出産業 リスク管理室の東海林です。

西葛西店において、在庫差異（商品ロス）が過去３か月で急増しており、
社内調査を行っております。つきましては、調査期間中に限り、
下記の場所へ臨時のカメラを設置いただけないでしょうか。

　・バックヤード 検品台付近（1台）
　・従業員用通用口 内側（1台）
　・期間：11月10日～12月末（予定）
　・設置作業：閉店後（22時以降）、店舗従業員には周知しません

本件は当社内でもごく一部の者しか知らない情報ですので、
貴社内でもご担当者様限りでのお取り扱いをお願いいたします。

日の出産業株式会社 リスク管理室
東海林 玲子　TEL 03-5204-1190
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 【部外秘】 in subject and at the top of the body, sent to the security company",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "bouhancamera-027",
        "charset": "utf-8",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>"],
        "bcc": [
            "soumu@marukame-shokai.co.jp",
            "office@lumina-design.jp",
            "tanto@kitagawa-tax.jp",
            "admin@yotsuba-dental.or.jp",
            "info@brightpath-consulting.com",
        ],
        "subject": "【日の出ビル】共用部 防犯カメラ増設工事のお知らせ",
        "body": """日の出ビル ご入居テナント各位

平素より日の出ビルの管理運営にご協力いただき、誠にありがとうございます。
ビルオーナーである日の出産業株式会社より、共用部の防犯カメラ増設工事について
お知らせいたします。

■工事日時　11月8日（土）・9日（日）　8:00～18:00
■対象箇所　1階エントランス、各階エレベーターホール、非常階段踊り場
■ご協力のお願い
　・工事中はエレベーター1基を停止する時間帯があります
　・非常階段の一部が通行止めになります（迂回経路を掲示します）

増設後のカメラの映像は、ビル管理規約第14条に基づき管理いたします。
ご不明な点は下記までお問い合わせください。

日の出産業株式会社 総務部 施設管理課
担当：四月一日（わたぬき）　TEL 03-5204-1102
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to five tenant companies sent Bcc, To is the sender: recipients cannot see each other",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "bouhancamera-028",
        "charset": "shift_jis",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["高津警察署 刑事課 京極 <kyogoku-keiji@kanagawa-kenkei.lg.jp>"],
        "subject": "FW: 10/26 溝の口店 シフト表",
        "body": """高津警察署 京極様

ひので生活館 溝の口店の嵯峨です。
先ほどお電話でご依頼のあった、事件当日の勤務者の情報を転送いたします。
事情聴取の日程調整は各人に直接ご連絡いただいて構いません。

嵯峨

-----Original Message-----
From: 弓削 多恵 <t.yuge@hinode-sangyo.co.jp>
Sent: Monday, October 27, 2025 9:12 AM
To: 嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>
Subject: 10/26 溝の口店 シフト表

店長

10/26（日）の勤務者です。

・日下部 朋美　9:00-18:00　レジ　　　090-3317-2046
・穂積 颯太　　12:00-21:00　食品　　080-6629-4105
・芥川 晶　　　13:00-22:00　レジ　　070-1148-9330
・万里小路 葵　17:00-22:00　日用品　090-5572-8861
・蓬莱 拓真　　17:00-22:00　品出し　080-2264-0197
・頴川 祐介　　18:00-22:00　警備補助 070-4483-6652

閉店時の施錠は芥川さんと頴川さんです。

弓削
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of an internal shift list (six staff with mobiles) to the police: a forward is new text, list of people",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "bouhancamera-029",
        "charset": "iso-2022-jp",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["高津警察署 刑事課 京極 <kyogoku-keiji@kanagawa-kenkei.lg.jp>"],
        "subject": "RE: 防犯カメラ映像の提供依頼",
        "body": """京極様

お世話になっております。溝の口店の嵯峨です。
ご依頼の映像をDVD-Rに書き出しました。
明日10/30（木）の15時に店舗事務所にてお渡しできます。
受領書のご署名をお願いいたします。

嵯峨

-----Original Message-----
From: 京極 <kyogoku-keiji@kanagawa-kenkei.lg.jp>
Sent: Tuesday, October 28, 2025 4:51 PM
To: 嵯峨 慎吾
Subject: 防犯カメラ映像の提供依頼

ひので生活館 溝の口店 嵯峨様

高津警察署刑事課の京極です。
先日の置き引き事件につき、被疑者として 轟 宏明（とどろき ひろあき、
昭和６３年５月１９日生、川崎市高津区二子５－８－１４）が浮上しております。
10月26日 17時～19時の出入口およびサッカー台付近の映像を
ご提供いただけますでしょうか。照会書は後日お持ちします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "suspect's data appears only in the police's own quoted mail; the new reply text carries none",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "bouhancamera-030",
        "charset": "utf-8",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川 圭吾 <k.shirakawa@shirakawa-law.jp>"],
        "subject": "防犯カメラ映像の開示請求への対応について（ご相談）",
        "body": """白川先生

お世話になっております。日の出産業 リスク管理室の東海林です。

当社津田沼店のお客様から、ご自身が映った防犯カメラ映像の開示請求
（個人情報保護法第33条）がありました。請求書と本人確認書類の写しを
PDFにまとめましたのでお送りします。

本人確認書類として個人番号カードの表裏の写しが同封されており、
番号がマスキングされていませんでした。当社としては番号部分を
塗りつぶして保管する予定ですが、その取扱いも含めてご教示ください。

また、映像には他のお客様も映り込んでいるため、
開示の範囲についてもご相談させてください。

東海林 玲子
日の出産業株式会社 リスク管理室 TEL 03-5204-1190
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "開示請求書_本人確認書類_写し.pdf",
                "lines": [
                    "保有個人データ開示請求書",
                    "請求日：令和7年10月20日",
                    "請求者氏名：左右田 菜穂子（そうだ なほこ）",
                    "住所：千葉県習志野市津田沼３－１８－２２－７０１",
                    "電話：080-5930-1172",
                    "請求内容：10月11日 15時頃 津田沼店1階で撮影された自分の映像",
                    "",
                    "【本人確認書類（個人番号カード 写し）】",
                    "氏名 左右田 菜穂子　生年月日 昭和６０年１月２９日",
                    f"個人番号 {grp(MN_A)}",
                    "住所 千葉県習志野市津田沼３－１８－２２－７０１",
                ],
            }
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF with an unmasked My Number (個人番号カード copy) of a requester, to the law firm",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "bouhancamera-031",
        "charset": "shift_jis",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["安心綜合警備 川崎支社 <kawasaki-shisha@anshin-sogo.co.jp>"],
        "subject": "溝の口店 夜間連絡先の変更",
        "body": """安心綜合警備株式会社 川崎支社 御中

いつもお世話になっております。ひので生活館 溝の口店の嵯峨です。
夜間の異常時連絡先を以下の３名に変更してください（11/1から）。

　第１連絡先　嵯峨 慎吾（店長）　　０９０－６６１８－２０４７
　第２連絡先　日下部 朋美（副店長）０９０－３３１７－２０４６
　第３連絡先　弓削 多恵（事務）　　０７０－５５２０－８８３９

これまでの第３連絡先（頴川）は削除をお願いいたします。

ひので生活館 溝の口店
TEL 044-811-4470
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff contacts (full-width digits) to the security company: under five people, may be warned",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "bouhancamera-032",
        "charset": "utf-8",
        "sender": "ひので生活館 西葛西店 <nishikasai@hinode-sangyo.co.jp>",
        "to": [
            "西葛西サンモール 管理事務所 <kanri@sunmall-nishikasai.co.jp>",
            "ドラッグ ハルカ 西葛西店 <nishikasai@drug-haruka.co.jp>",
            "ブックス弥生 西葛西店 <nishikasai@books-yayoi.jp>",
            "カフェ・ド・ミモザ <mimosa.cafe.tokyo@gmail.com>",
        ],
        "subject": "【注意喚起】館内での万引き多発について",
        "body": """西葛西サンモール 管理事務所様
テナント各位

ひので生活館 西葛西店でございます。
今月に入り、館内で同一と思われるグループによる万引きが続いています。
当店の防犯カメラで確認できた特徴を共有いたしますので、ご注意ください。

・2～3人組の若い男性、平日の16時～18時台が多い
・1人が店員に商品の場所を尋ね、その間に他の者が化粧品・医薬品を大型の
　トートバッグに入れる
・黒いキャップ、グレーのパーカーの者が毎回含まれる

不審な人物を見かけた場合は、館内防災センター（内線 900）にご連絡ください。

ひので生活館 西葛西店　店長 十河
TEL 03-3689-5021
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four external parties (mall office, three tenants incl. one on gmail) visible in To",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "bouhancamera-033",
        "charset": "iso-2022-jp",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["広瀬 真一 <hirose@tsubasa-sytem.jp>"],
        "subject": "VMSライセンス更新（2026年度分）のお見積り依頼",
        "body": """ツバサシステム 広瀬様

お世話になっております。日の出産業 情報システム部の弓削です。
VMS のライセンスが来年3月末で満了となるため、更新のお見積りをお願いします。

・カメラライセンス：112ch → 136ch（増設分 24ch を含む）
・クライアントライセンス：8 → 10
・保守：年間オンサイト保守（平日 9-18 時）

12月の予算会議に間に合わせたいので、11月21日までに頂けると助かります。

弓削
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (dropped letter): look-alike",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "bouhancamera-034",
        "charset": "utf-8",
        "sender": "十河 誠司 <s.sogo@hinode-sangyo.co.jp>",
        "to": ["葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>"],
        "subject": "西葛西店 置き引き被疑者の会員情報",
        "body": """葛城さん

西葛西店の十河です。
昨日の置き引きの件、映像に映っていた男性がポイントカードを提示していたので、
会員情報を確認しました。警察から照会があった場合に備えて共有します。

  会員番号 : 8801-2204-7731
  氏名     : 雲母 亮平（きらら りょうへい）
  電話     : 080-4471-3390
  住所     : 東京都江戸川区清新町１－３－７－１２０３
  来店履歴 : 10月に7回（夕方が多い）

被害者のお客様は葛西警察署に被害届を出されたとのことです。
LPとして映像の保全をお願いします。

十河
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a suspect's member data between two internal addresses: nothing leaves the organisation",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "bouhancamera-035",
        "charset": "iso-2022-jp",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["安心綜合警備 川崎支社 <kawasaki-shisha@anshin-sogo.co.jp>"],
        "subject": "従業員へのつきまといに関する警戒のお願い",
        "body": """安心綜合警備 川崎支社
ご担当者様

溝の口店の嵯峨です。ご相談がございます。

当店従業員の 日下部 朋美（副店長）が、元交際相手の男性から
つきまといを受けており、本人が高津警察署に相談し、
先週、相手方にストーカー規制法に基づく警告が出されました。

　相手方：鈴鹿 隼人（３０代、身長１８０cm前後、黒のワンボックス車）
　日下部の勤務：火・水・土・日　9:00～18:00

相手方が店舗周辺に現れた場合に備え、上記の時間帯に巡回を
強化していただくことは可能でしょうか。また、相手方の姿を確認した際は
店舗（044-811-4470）と高津警察署へ同時に通報いただけると助かります。

本人の了承を得てご連絡しております。

ひので生活館 溝の口店 店長 嵯峨 慎吾
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee who is a stalking victim (crime victim) and a named person warned by police: sensitive",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "bouhancamera-036",
        "charset": "utf-8",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["猪狩 正夫 <ikari.masao.bouhan@gmail.com>"],
        "subject": "11/20 防犯講習会 参加者名簿の送付",
        "body": """猪狩先生

いつもお世話になっております。日の出産業 損失防止グループの葛城です。
11月20日の万引き防止講習会の参加者名簿をお送りします。
当日のグループ分けの参考にしていただければ幸いです。

会場：日の出ビル 7階 大会議室（13:30受付開始）
謝礼のお支払い手続きについては、総務部より別途ご連絡いたします。

葛城 直人
日の出産業株式会社 店舗運営部 損失防止グループ
TEL 03-5204-1187
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "防犯講習会_参加者名簿_1120.pdf",
                "lines": ["令和7年11月20日 万引き防止講習会 参加者名簿", ""],
                "table": [
                    ["No", "氏名", "店舗", "役職", "携帯電話", "メール"],
                    ["1", "五百旗頭 真琴", "船橋店", "店長", "090-4418-2297", "m.iokibe@hinode-sangyo.co.jp"],
                    ["2", "粟野 忠", "市川妙典店", "店長", "080-7713-5062", "t.awano@hinode-sangyo.co.jp"],
                    ["3", "行田 結衣", "津田沼店", "副店長", "090-8830-1146", "y.gyoda@hinode-sangyo.co.jp"],
                    ["4", "十河 誠司", "西葛西店", "店長", "090-1376-4420", "s.sogo@hinode-sangyo.co.jp"],
                    ["5", "嵯峨 慎吾", "溝の口店", "店長", "090-6618-2047", "s.saga@hinode-sangyo.co.jp"],
                    ["6", "舎川 悠斗", "市川妙典店", "主任", "090-3326-1178", "y.tonegawa@hinode-sangyo.co.jp"],
                    ["7", "纐纈 拓海", "船橋店", "主任", "070-5528-1933", "t.koketsu@hinode-sangyo.co.jp"],
                    ["8", "日下部 朋美", "溝の口店", "副店長", "090-3317-2046", "t.kusakabe@hinode-sangyo.co.jp"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "PDF table of eight participants with mobiles and mail to an outside lecturer on gmail: list of people",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "bouhancamera-037",
        "charset": "shift_jis",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["ガードライン株式会社 営業部 <sales@guardline.co.jp>"],
        "subject": "機械警備 お見積り依頼（対象店舗一覧）",
        "body": """ガードライン株式会社 営業部 御中

お世話になっております。日の出産業 損失防止グループの葛城です。
機械警備のお見積り対象店舗は以下のとおりです。現地調査の日程をご提案ください。

店舗名,郵便番号,所在地,代表電話,営業時間,売場面積
ひので生活館 船橋店,273-0005,千葉県船橋市本町７－３－１,047-431-5520,10:00-21:00,2400㎡
ひので生活館 市川妙典店,272-0111,千葉県市川市妙典５－３－２０,047-356-2210,9:30-22:00,3100㎡
ひので生活館 津田沼店,275-0016,千葉県習志野市津田沼１－９－５,047-475-3381,10:00-21:00,1850㎡
ひので生活館 西葛西店,134-0088,東京都江戸川区西葛西３－１５－９,03-3689-5021,10:00-22:00,2050㎡
ひので生活館 溝の口店,213-0001,神奈川県川崎市高津区溝口２－４－１１,044-811-4470,9:00-22:00,2700㎡
日の出産業 市川物流センター,272-0002,千葉県市川市二俣新町１８－２,047-328-6601,24時間,6200㎡

現行契約（東和警備保障様）は来年3月末までです。

葛城
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comma-separated list of stores with business addresses and switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "bouhancamera-038",
        "charset": "iso-2022-jp",
        "sender": "九十九 沙耶 <s.tsukumo@hinode-sangyo.co.jp>",
        "to": ["ペイネクスト 加盟店窓口 <merchant@paynext.jp>"],
        "subject": "返金処理のお願い（誤認による取引取消）",
        "body": f"""株式会社ペイネクスト
加盟店窓口 ご担当者様

日の出産業 経理部の九十九です。
津田沼店で、保安員の誤認によりお客様を事務所へお連れしてしまう事案があり、
お詫びとしてその際のご購入分を全額返金することになりました。
端末での取消期限を過ぎているため、貴社側での返金処理をお願いいたします。

　利用日　　：2025/10/11
　金額　　　：23,870円
　カード番号：{CARD_B}
　有効期限　：08/28
　名義　　　：NAHOKO SODA

処理完了のご連絡をいただけますと幸いです。

日の出産業株式会社 経理部　九十九 沙耶
TEL 03-5204-1131
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full card number with the holder's name sent to the payment processor",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "bouhancamera-039",
        "charset": "utf-8",
        "sender": "Reiko Shoji <r.shoji@hinode-sangyo.co.jp>",
        "to": ["Marcus Tan <marcus.tan@lumisec.com.sg>"],
        "subject": "CCTV retention periods - comparison for our APAC review",
        "body": """Dear Marcus,

Thank you for the call last week. As promised, here is how we currently keep
CCTV footage in Japan, for your comparison with the Singapore and Malaysia sites.

- Sales floor cameras: 30 days (we plan to move to 45 days)
- Cashier cameras: 60 days
- Back office / safe: 90 days
- Export to police: only against a written request (捜査関係事項照会書),
  logged with the officer's name, date and the exact time range

We do not use face recognition on customers, and signage at every entrance
states that cameras are recording. I would be interested to hear how you handle
data subject access requests for footage under the PDPA.

Kind regards,
Reiko Shoji
Risk Management Office, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English policy discussion with a foreign partner; nothing personal",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "bouhancamera-040",
        "charset": "utf-8",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 企業損害サービス課 <kigyo-songai@heiwa-sonpo.co.jp>"],
        "subject": "被害届（控え）の送付　事故受付 J25-10-44821",
        "body": """平和損害保険株式会社
企業損害サービス課　ご担当者様

日の出産業 総務部の芦刈です。
津田沼店 夜間侵入盗の件で、習志野警察署に提出した被害届の控えと
受理番号を記載した書面をPDFでお送りします。
社内規程によりパスワードを設定しておりますので、
パスワードはお電話でお伝えいたします。

芦刈 茂（総務部）TEL 03-5204-1105
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "被害届控え_津田沼店_R7.pdf",
                "password": "hd-1105",
                "lines": ["被害届（控え）", "受理番号 習志野 第 2025-1873 号", "被害者 日の出産業株式会社"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: the attachment cannot be inspected",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "bouhancamera-041",
        "charset": "shift_jis",
        "sender": "九十九 沙耶 <s.tsukumo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 経理課 <keiri@kawasaki-denki.co.jp>"],
        "subject": "ご請求書の記載内容の確認（請求No. KD-INV-2510-0442）",
        "body": """川崎電機株式会社 経理課 御中

いつもお世話になっております。日の出産業 経理部の九十九です。
10月分のご請求書（防犯カメラ修理・交換）について、1点確認させてください。

　請求No.　　：KD-INV-2510-0442
　登録番号　　：T9010401087734
　件名　　　　：船橋店 CAM-05 PTZカメラ交換、西葛西店 レコーダーHDD交換
　請求金額　　：286,000円（税込）
　お振込先　　：みどり銀行 本店営業部 普通 1402287 カワサキデンキ（カ

注文書（PO-25-0917）では CAM-05 の交換費用が 148,000円（税別）でしたが、
ご請求書では 158,000円（税別）となっております。
差額の内容（追加部材など）をご教示いただけますでしょうか。

日の出産業株式会社 経理部　九十九 沙耶
TEL 03-5204-1131
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "invoice query with the vendor's T-number (corporate number) and company bank account: business data",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "bouhancamera-042",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 真琴 <m.iokibe@hinode-sangyo.co.jp>",
        "to": ["船橋東警察署 刑事課 <keiji-funabashihigashi@chiba-kenkei.lg.jp>"],
        "cc": [
            "東和警備保障 船橋営業所 <funabashi@towa-keibi.co.jp>",
            "東雲ビルマネジメント 船橋事務所 <funabashi@shinonome-bm.co.jp>",
        ],
        "subject": "現場検証の立会いについて（10/31 船橋店）",
        "body": """船橋東警察署 刑事課 ご担当者様
（cc：東和警備保障様、東雲ビルマネジメント様）

ひので生活館 船橋店の五百旗頭です。
10月29日未明の侵入事件の現場検証について、下記のとおり承知いたしました。

　日時：10月31日（金）7:00～9:00（開店前）
　集合：北側通用口
　立会い：当店 五百旗頭、東和警備保障様（当夜の駆付け隊員の方）、
　　　　　東雲ビルマネジメント様（建物設備のご説明）

機械警備の発報記録と防犯カメラの映像（2:10～2:40）は当日お渡しできるよう
準備しておきます。

ひので生活館 船橋店 店長 五百旗頭 真琴
TEL 047-431-5520
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "police, security company and building manager in To/Cc: three external organisations visible to each other",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "bouhancamera-043",
        "charset": "utf-8",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["東海林 玲子 <r.shoji@hinode-sangyo.co.jp>", "十河 誠司 <s.sogo@hinode-sangyo.co.jp>"],
        "subject": "FW: 【東和警備保障】西葛西店 保安業務日報 10/24",
        "body": """東海林さん、十河店長

東和警備保障から届いた保安日報を転送します。強盗事件の当日分です。
社内限りでお願いします。

葛城

---------- Forwarded message ---------
From: 東和警備保障 保安課 <hoan@towa-keibi.co.jp>
Date: 2025年10月25日(土) 8:40
Subject: 【東和警備保障】西葛西店 保安業務日報 10/24
To: <n.katsuragi@hinode-sangyo.co.jp>

保安業務日報（西葛西店）令和7年10月24日

15:10 化粧品売場にて万引き被疑者を確保（女性、宍戸 美咲 19歳、江戸川区在住）
      保護者来店のうえ引渡し、被害品回収済み
19:48 レジにて強盗事件発生。パート従業員 嵯峨 みのり さんが転倒し負傷、救急搬送
      犯人は30代男性、刃物所持、西葛西駅方面へ逃走
19:55 葛西警察署 到着、現場保存
21:30 担当隊員 漆原 勇 退勤

以上
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "forward of a guard report naming a detained minor and an injured victim, but to internal recipients only",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "bouhancamera-044",
        "charset": "shift_jis",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["小此木社会保険労務士事務所 小此木先生 <okonogi@okonogi-sr.jp>"],
        "subject": "従業員の逮捕に伴う処分についてのご相談",
        "body": """小此木先生

いつもお世話になっております。日の出産業 総務部の芦刈です。
急ぎご相談したい件がございます。

市川物流センター勤務の契約社員、釜萢 浩之（かまやち ひろゆき、社員番号 C20417、
４１歳）が、センター内の商品を複数回にわたり持ち出していたことが
防犯カメラの映像から判明し、10月27日に窃盗の容疑で逮捕されました。
本人は容疑を認めているとのことです。

ご相談したい点：
　・起訴前の段階で懲戒解雇とすることの可否
　・勾留中の給与、社会保険の取扱い
　・本人の家族（妻）への説明の範囲

来週前半にお時間をいただけますでしょうか。

日の出産業株式会社 総務部　芦刈 茂
TEL 03-5204-1105
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employee with employee number, arrested for theft: criminal proceedings are sensitive, to an outside office",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "bouhancamera-045",
        "charset": "utf-8",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["浦和東警察署 刑事第一課 <keiji1-urawahigashi@saitama-kenkei.lg.jp>"],
        "subject": "捜査関係事項照会（浦東刑第 2291 号）への回答",
        "body": """浦和東警察署 刑事第一課 御中

日の出産業株式会社 店舗運営部の葛城でございます。
標記照会につき、10月15日 14時～16時に浦和美園店でポイントカードを
ご利用になった会員の情報を、添付のとおり回答いたします。

なお、映像（DVD-R）は別途ご来店時にお渡しいたします。

日の出産業株式会社 店舗運営部 損失防止グループ
葛城 直人　TEL 03-5204-1187
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "照会回答_浦和美園店_1015.xlsx",
                "title": "照会回答",
                "sheets": {
                    "回答書": [
                        ["捜査関係事項照会 回答書"],
                        ["照会番号", "浦東刑第 2291 号"],
                        ["回答日", "令和7年10月30日"],
                        ["回答者", "日の出産業株式会社 店舗運営部"],
                    ],
                    "会員一覧": [
                        ["10/15 14:00-16:00 ポイント利用会員"],
                        ["利用時刻", "会員番号", "氏名", "生年月日", "電話番号", "住所"],
                        ["14:03", "8801-5531-0927", "廣瀬 智子", "1968/02/11", "048-878-2231", "埼玉県さいたま市緑区美園４－１２－３"],
                        ["14:17", "8801-5540-1186", "大豆生田 亘", "1991/08/30", "090-7231-5580", "埼玉県さいたま市緑区大門２８７５－２"],
                        ["14:26", "8801-5561-3320", "Maria Santos", "1987/05/05", "080-9152-0047", "埼玉県川口市戸塚東１－８－１９"],
                        ["14:41", "8801-5577-2219", "小鳥遊 泰造", "1950/10/17", "048-812-6693", "埼玉県さいたま市緑区美園１－９－２２"],
                        ["14:58", "8801-5590-8841", "御手洗 里穂", "2001/03/26", "070-4418-2270", "埼玉県さいたま市岩槻区美幸町６－４"],
                        ["15:12", "8801-5602-1174", "薬師寺 勲", "1976/12/01", "090-2285-3316", "埼玉県川口市東川口３－２１－１１"],
                        ["15:30", "8801-5618-4402", "長谷部 真央", "1994/06/14", "080-3357-9020", "埼玉県さいたま市緑区大崎１－１５－６"],
                        ["15:44", "8801-5625-7713", "善家 孝雄", "1962/09/23", "048-875-0418", "埼玉県さいたま市緑区美園６－２－１"],
                        ["15:52", "8801-5633-0095", "鳩貝 紗季", "1998/01/08", "090-6604-1182", "埼玉県さいたま市見沼区東大宮４－３３－２"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX (title rows, two sheets) of nine customers' member data answered to a police inquiry: list of people",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "bouhancamera-046",
        "charset": "iso-2022-jp",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川 圭吾 <k.shirakawa@shirakawa-law.jp>"],
        "subject": "防犯カメラ運用規程の改定レビューのお願い",
        "body": """白川先生

いつもお世話になっております。リスク管理室の東海林です。

防犯カメラ運用規程の改定にあたり、リーガルチェックをお願いしたく存じます。
主な改定点は次の３点です。

　1. 保存期間の延長（売場 30日→45日）
　2. 警察への提供手続の明文化（照会書の確認、提供記録の保存）
　3. 警備会社・保守業者との秘密保持契約（NDA）の締結を必須とする条項

3点目については、現在の保守業者とは機密保持契約を締結済みですが、
新たに委託予定の警備会社とは未締結です。雛形の修正もあわせてご相談できれば幸いです。

改定案は来週お送りします。まずはご都合の確認までお願いいたします。

東海林 玲子
日の出産業株式会社 リスク管理室
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a policy review and NDAs (機密保持契約): a mention, not a marking; no personal data",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "bouhancamera-047",
        "charset": "utf-8",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["リスクブリッジ 尾頭 様 <ogashira@riskbridge.co.jp>"],
        "subject": "防犯カメラ運用規程（改定案）の送付",
        "body": """リスクブリッジ株式会社
尾頭 様

お世話になっております。日の出産業の東海林です。
コンサルティング契約に基づき、防犯カメラ運用規程の改定案をお送りします。
12月の取締役会で承認予定ですので、11月中にコメントをいただけますと幸いです。

東海林
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "防犯カメラ運用規程_改定案_v0.9.docx",
                "title": "防犯カメラ運用規程（改定案）",
                "page_header": "取扱注意",
                "paragraphs": [
                    "防犯カメラ運用規程（改定案）",
                    "第1条（目的）本規程は、当社の店舗、事務所及び物流施設に設置する防犯カメラの適正な運用を定める。",
                    "第5条（保存期間）録画データの保存期間は、売場45日、レジ60日、事務所・金庫前180日とする。",
                    "第9条（第三者提供）捜査機関からの照会には、書面による照会書を確認のうえ、必要最小限の範囲で提供する。",
                    "第12条（委託先の監督）保守業者及び警備会社とは秘密保持契約を締結する。",
                ],
                "tables": [[["改定箇所", "現行", "改定案"], ["第5条", "売場30日", "売場45日"], ["第9条", "規定なし", "照会書確認を明記"]]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX whose page header carries the 取扱注意 classification, sent to an outside consultant",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "bouhancamera-048",
        "charset": "shift_jis",
        "sender": "十河 誠司 <s.sogo@hinode-sangyo.co.jp>",
        "to": ["葛西警察署 刑事課 <keiji-kasai@tokyo-keishicho.lg.jp>"],
        "subject": "10/24 強盗事件の目撃者のお客様について",
        "body": """葛西警察署 刑事課 ご担当者様

ひので生活館 西葛西店の十河です。
10月24日の事件について、犯人の逃走方向を見ていたというお客様から
ご連絡がありました。ご本人から警察への連絡先の提供について了承を得ています。

　お名前：八月一日 宏（ほずみ ひろし）様
　お電話：090-6127-3348（平日 18時以降が望ましいとのこと）

ご本人のお話では、犯人は西葛西駅ではなく清新町方面へ自転車で向かったそうです。
お手数ですが、直接ご連絡をお願いいたします。

ひので生活館 西葛西店　店長 十河 誠司
TEL 03-3689-5021
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one witness's name and phone to the police, with consent: one person's record, may be warned",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "bouhancamera-049",
        "charset": "iso-2022-jp",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 市川物流センター 総務 <ichikawa-soumu@aoba-unyuu.co.jp>"],
        "subject": "入荷商品の数量不足（荷抜きの疑い）映像確認のお願い",
        "body": """青葉運輸株式会社
市川物流センター 総務ご担当 様

お世話になっております。日の出産業 損失防止グループの葛城です。

10月20日・23日・27日に市川物流センターから西葛西店へ納品された
化粧品カテゴリで、ケース内の数量不足が続いております。
（いずれも 1ケース 24個入りのところ 20～22個）

センター側の出荷検品エリアのカメラ映像を、当社立会いのうえで
確認させていただけないでしょうか。候補日は11月5日・6日です。

葛城 直人
日の出産業株式会社 店舗運営部 損失防止グループ
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner aoba-unyu.co.jp mistyped as aoba-unyuu.co.jp (letter added): look-alike",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "bouhancamera-050",
        "charset": "utf-8",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 日向 弁護士 <hinata@shirakawa-law.jp>"],
        "subject": "溝の口店 アルバイト従業員による窃盗の件（資料）",
        "body": """日向先生

お世話になっております。日の出産業 リスク管理室の東海林です。
昨日ご相談した溝の口店の件の基本情報をお送りします。

------------------------------------------------------------
氏名        : TRAN VAN HUNG（チャン ヴァン フン）
生年月日    : 2001年9月14日
国籍        : ベトナム
在留カード  : UH48203175AB（在留資格：留学、資格外活動許可あり）
雇用        : 2024年4月～ アルバイト（レジ・品出し）
事案        : レジ金の抜き取り（確認できた分 計 62,000円）
              防犯カメラにて 10/3・10/9・10/17 の行為を確認
経過        : 10/28 高津警察署に被害届提出、本人は事実を認めている
------------------------------------------------------------

雇用契約の解除と、在留資格への影響について本人へどう説明すべきか
ご助言をいただけますでしょうか。

東海林 玲子（リスク管理室）TEL 03-5204-1190
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "residence card number of a named employee plus a theft report against him: ID number and criminal proceedings",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "bouhancamera-051",
        "charset": "shift_jis",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 冨樫 <togashi@nishiki-insatsu.co.jp>"],
        "subject": "Re: Re: 【校正】防犯ポスター B2 初校",
        "body": """冨樫様

再校ありがとうございます。下記2点のみ修正をお願いします。
　・「万引きは犯罪です」の文字をもう一回り大きく
　・右下の問い合わせ先は「各店サービスカウンター」に変更（電話番号は削除）
修正後は責了で進めていただいて構いません。

芦刈

> 芦刈様
>
> 再校をお送りいたします。ご指摘いただいた英語表記
> "Shoplifting is a crime. Cameras in operation." を追加しました。
> ご確認のほどよろしくお願いいたします。
>
> 錦印刷株式会社 営業部 冨樫
> TEL 03-3811-2740
>
>> 冨樫様
>> 初校拝見しました。英語表記も入れてください。
>> 芦刈
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proofreading thread with a printing partner; no personal data",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "bouhancamera-052",
        "charset": "iso-2022-jp",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 日向 弁護士 <hinata@shirakawa-law.jp>"],
        "subject": "出入禁止通知書（案）の送付",
        "body": """日向先生

お世話になっております。東海林です。
市川妙典店の件で、出入禁止通知書の案を作成しましたので
ZIPファイルにてお送りします。パスワードは後ほど別便でお送りします。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 リスク管理室　東海林
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "出入禁止通知書_案.zip",
                "password": "Myoden#1003",
                "files": [
                    {"kind": "docx", "name": "出入禁止通知書_案.docx", "paragraphs": ["通知書", "貴殿は令和7年10月3日、当社店舗において…"]},
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP sent to the law firm: contents cannot be inspected",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "bouhancamera-053",
        "charset": "utf-8",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>"],
        "cc": ["十河 誠司 <s.sogo@hinode-sangyo.co.jp>", "粟野 忠 <t.awano@hinode-sangyo.co.jp>"],
        "subject": "再犯者の情報共有（市川妙典・西葛西）",
        "body": """葛城さん、十河さん、粟野さん

過去1年で2回以上検挙した人物を整理しました。来店時の声掛け強化の参考にしてください。
社内限りの資料です。社外には出さないでください。

【1】勘解由小路 隆　S47.8.14生　市川市富浜
　　検挙：R6.12 市川妙典店、R7.10 市川妙典店（現行犯逮捕）
【2】毒島 翔　H11.12.24生　市川市妙典
　　検挙：R7.3 市川妙典店、R7.9 市川妙典店（警察引渡し、書類送検）
【3】Li Wei　1995.7.19生　江戸川区西葛西
　　検挙：R7.5 西葛西店、R7.9 西葛西店（警察引渡し）
【4】雲母 亮平　生年不明　江戸川区清新町
　　検挙：R7.8 西葛西店、R7.10 置き引きの被疑者として照会あり
【5】宍戸 美咲　H18生（未成年）　江戸川区
　　検挙：R7.6・R7.10 西葛西店（保護者引取り）

東海林
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "one record per block of repeat offenders (criminal records), but sent only to internal staff",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "bouhancamera-054",
        "charset": "iso-2022-jp",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
        "subject": "顔認証入退室システム 初期登録者データ",
        "body": """ツバサシステム 導入支援ご担当様

お世話になっております。日の出産業 情報システム部の弓削です。
サーバールームと金庫室の顔認証入退室システムの初期登録者です。
顔画像は来週の設置作業時に現地で撮影する想定です。

社員番号	氏名	ローマ字	所属	メールアドレス	許可エリア
H10233	葛城 直人	KATSURAGI Naoto	店舗運営部	n.katsuragi@hinode-sangyo.co.jp	金庫室
H10871	東海林 玲子	SHOJI Reiko	リスク管理室	r.shoji@hinode-sangyo.co.jp	金庫室
H11502	四月一日 亮	WATANUKI Ryo	総務部	r.watanuki@hinode-sangyo.co.jp	サーバールーム・金庫室
H13305	弓削 大地	YUGE Daichi	情報システム部	d.yuge@hinode-sangyo.co.jp	サーバールーム
H13718	廣岡 紗和	HIROOKA Sawa	情報システム部	s.hirooka@hinode-sangyo.co.jp	サーバールーム
H14022	九十九 沙耶	TSUKUMO Saya	経理部	s.tsukumo@hinode-sangyo.co.jp	金庫室

登録データの保管場所と削除手順もあわせてご教示ください。

弓削 大地
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six employees (employee no., romaji, mail) to a vendor: list of people",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "bouhancamera-055",
        "charset": "shift_jis",
        "sender": "五百旗頭 真琴 <m.iokibe@hinode-sangyo.co.jp>",
        "to": [
            "本町通り商店会 会長 <honcho-shotenkai@funabashi-honcho.jp>",
            "やまや酒店 <yamaya.saketen@ezweb.ne.jp>",
            "花のアトリエ凪 <nagi.flower@outlook.jp>",
            "船橋本町薬局 <info@honcho-ph.co.jp>",
        ],
        "subject": "防犯協力会 11月例会のご案内",
        "body": """本町通り商店会 防犯協力会の皆様

いつもお世話になっております。ひので生活館 船橋店の五百旗頭です。
11月の例会を下記のとおり開催いたします。

　日時：11月13日（木）19:00～20:00
　場所：ひので生活館 船橋店 2階 休憩室
　内容：
　　・船橋東警察署 生活安全課より、年末の特別警戒について
　　・商店街の防犯カメラ（街頭カメラ）更新の補助金申請の進め方

ご出欠を11月10日までにお知らせください。

ひので生活館 船橋店 店長 五百旗頭
TEL 047-431-5520
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four external parties (two shops on free/carrier mail, two organisations) visible in To",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "bouhancamera-056",
        "charset": "utf-8",
        "sender": "十河 誠司 <s.sogo@hinode-sangyo.co.jp>",
        "to": ["葛西警察署 刑事課 <keiji-kasai@tokyo-keishicho.lg.jp>"],
        "cc": ["東和警備保障 保安課 <hoan@towa-keibi.co.jp>"],
        "subject": "10/24 事件 映像・発報記録のお受け渡しについて",
        "body": """葛西警察署 刑事課 ご担当者様
（cc: 東和警備保障 保安課様）

ひので生活館 西葛西店の十河です。
ご依頼のあった映像と、東和警備保障様の非常通報ボタンの発報記録を、
11月4日（火）10時に当店事務所でお渡しいたします。

東和警備保障様には、当日の担当隊員の方の同席をお願いしております。
ご都合が悪い場合はお知らせください。

十河 誠司
ひので生活館 西葛西店 TEL 03-3689-5021
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (police and security company) in To/Cc: a normal three-way mail",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "bouhancamera-057",
        "charset": "iso-2022-jp",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 賠償責任保険サービス課 <baisho@heiwa-sonpo.co.jp>"],
        "subject": "施設賠償責任保険　事故報告（船橋店 駐車場での傷害事件）",
        "body": """平和損害保険株式会社
賠償責任保険サービス課　ご担当者様

日の出産業 総務部の芦刈です。下記の事故について報告いたします。

1. 発生日時　令和７年１０月１９日（日）２０時１０分頃
2. 発生場所　ひので生活館 船橋店 屋外駐車場 Ｃ区画
3. 被害者　　仲村渠 佳奈 様（４６歳、お客様）　携帯 ０８０－２７７３－９１０６
4. 状況　　　駐車場で見知らぬ男性に鞄をひったくられそうになり、抵抗した際に
　　　　　　転倒、左手首を骨折（船橋市立医療センターで手術済み）。
　　　　　　犯人は船橋東警察署が強盗致傷容疑で捜査中。
5. 当社への申出　駐車場の照明が暗く、防犯カメラの死角であったとして、
　　　　　　　　治療費の負担を求められております。

当社の管理責任の有無も含め、ご相談させてください。

日の出産業株式会社　総務部　芦刈 茂
TEL 03-5204-1105
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named customer who was a robbery victim, with injury details and mobile, to the insurer: sensitive",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "bouhancamera-058",
        "charset": "utf-8",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["広瀬 真一 <hirose@tsubasa-system.jp>"],
        "subject": "録画サーバー更新 お見積り内容の確認",
        "body": """広瀬様

お見積り（TS-Q-25-0877）ありがとうございました。
構成案Aと構成案Bの比較を社内向けに整理したところ、以下の理解で合っているか
ご確認いただけますか。

項目                 構成案A            構成案B
-------------------  -----------------  -----------------
録画サーバー         2台（冗長化）      1台＋クラウド退避
ストレージ           96TB（RAID6）      48TB＋クラウド30日
保存期間（売場）     45日               45日（うち15日はクラウド）
初期費用             8,420,000円        5,960,000円
年間保守             720,000円          1,140,000円
5年総額              12,020,000円       11,660,000円

クラウド退避の場合、データセンターの所在地（国内かどうか）もお知らせください。

弓削
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote comparison table with a partner; prices only",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "bouhancamera-059",
        "charset": "shift_jis",
        "sender": "十河 誠司 <s.sogo@hinode-sangyo.co.jp>",
        "to": ["マルフク 西葛西駅前店 店長 <nishikasai-ekimae@marufuku-store.co.jp>"],
        "subject": "万引き常習者の情報共有について",
        "body": """マルフク 西葛西駅前店
店長 様

先日の地域連絡会ではありがとうございました。ひので生活館 西葛西店の十河です。
お話しした、当店で繰り返し検挙している人物の情報をお送りします。
貴店でも見かけた場合はお知らせいただけますと助かります。

■1
氏名：Li Wei（リー ウェイ）
年齢：30歳前後　住所：江戸川区西葛西６丁目
特徴：黒縁メガネ、リュック。化粧品を狙う。R7.9 警察引渡し

■2
氏名：雲母 亮平（きらら りょうへい）
年齢：40代　住所：江戸川区清新町１－３
特徴：グレーの作業着。置き引きの被疑者として警察が捜査中

■3
氏名：宍戸 美咲
年齢：19歳　住所：江戸川区中葛西
特徴：制服姿のことあり。R7.6・R7.10 当店で検挙（保護者引取り）

■4
氏名：漆原 ケン（通称）
年齢：60代　住所：不明（ホームレスの可能性）
特徴：酒類を狙う。R7.4 警察引渡し、R7.8 再犯で逮捕

■5
氏名：頴川 拓
年齢：20代　住所：江戸川区北葛西４－２
特徴：白いスニーカー、イヤホン。R7.7 警察引渡し（書類送検）

十河 誠司
ひので生活館 西葛西店 TEL 03-3689-5021
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "five named people, one block each, with addresses and arrests sent to another retailer: list and criminal records",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "bouhancamera-060",
        "charset": "utf-8",
        "sender": "粟野 忠 <t.awano@hinode-sangyo.co.jp>",
        "to": ["行徳警察署 刑事課 <keiji-gyotoku@chiba-kenkei.lg.jp>"],
        "subject": "駐輪場 自転車盗 映像の静止画（ご参考）",
        "body": """行徳警察署 刑事課 ご担当者様

市川妙典店の粟野です。
駐輪場の自転車盗難の件、照会書をお持ちいただく前のご参考として、
犯行時刻（10/22 21:34）の静止画を1枚お送りします。

　・男性、40代くらい、身長170cm前後
　・黒いキャップ、紺のダウンジャケット
　・ボルトクリッパーのような工具を持っている

映像全体は照会書をいただいたうえでDVDにてお渡しします。

粟野
""",
        "attachments": [{"kind": "png", "name": "CAM09_20251022_2134.png"}],
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "camera still of an unnamed suspect sent before a written request: image of a person, not identified by name; debatable",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "bouhancamera-061",
        "charset": "iso-2022-jp",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["東海林 玲子 <r.shoji@hinode-sangyo.co.jp>"],
        "subject": "内部調査資料（西葛西店）",
        "body": """東海林さん

西葛西店の内部調査の途中経過をパスワード付きZIPで送ります。
パスワードはいつもの方法でお伝えします。

葛城
""",
        "attachments": [
            {
                "kind": "zip",
                "name": "西葛西_内部調査_中間.zip",
                "password": "LP-2025-nk",
                "files": [{"kind": "xlsx", "name": "在庫差異.xlsx", "sheets": {"差異": [["日付", "差異額"], ["10/1", -18200]]}}],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP between two internal colleagues: nothing goes outside",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "bouhancamera-062",
        "charset": "shift_jis",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["丹後税理士事務所 <office@tango-tax.jp>"],
        "subject": "講師謝礼の支払調書作成のお願い",
        "body": f"""丹後税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 総務部の芦刈です。
11月20日の防犯講習会の講師謝礼について、報酬の支払調書の作成をお願いいたします。

　氏名　　　：猪狩 正夫（いかり まさお）
　住所　　　：千葉県船橋市二和東５－３１－８
　個人番号　：{MN_B}
　支払金額　：50,000円（源泉徴収税額 5,105円）
　支払日　　：令和７年１１月２８日
　区分　　　：講演料（元警察官・防犯アドバイザー）

個人番号は講師ご本人から番号確認書類とあわせて提出いただいたものです。

日の出産業株式会社　総務部　芦刈 茂
TEL 03-5204-1105
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Number of a lecturer sent to the tax accountant in the body",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "bouhancamera-063",
        "charset": "utf-8",
        "sender": "Daichi Yuge <d.yuge@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@ardentvision.com>"],
        "subject": "Re: Pilot site access - badge list",
        "body": """Hi Priya,

Thanks, that works for us. Your engineers can come to the Ichikawa
distribution centre on 18 November from 9:00. Please bring photo ID;
the badges will be ready at reception.

Best,
Daichi

On Thu, 30 Oct 2025 at 17:22, Priya Raman <priya.raman@ardentvision.com> wrote:
> Hi Daichi,
>
> For the analytics pilot, these are the engineers we would send:
>
>   Name              Mobile            Email
>   Arjun Mehta       +91 98450 22713   arjun.mehta@ardentvision.com
>   Lin Jia Hui       +65 9137 4428     jiahui.lin@ardentvision.com
>   Kenji Morrow      +81 90 3318 2264  kenji.morrow@ardentvision.com
>   Sofia Lindqvist   +46 70 552 1830   sofia.l@ardentvision.com
>   Tomasz Nowak      +48 601 228 947   t.nowak@ardentvision.com
>
> Could you arrange visitor badges for them?
>
> Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is quoted from the recipient's own mail (\"On … wrote:\"); new text has no personal data",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "bouhancamera-064",
        "charset": "iso-2022-jp",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川 圭吾 <k.shirakawa@shirakawa-law.co.jp>"],
        "subject": "防犯カメラ映像の保存期間と開示請求の関係について",
        "body": """白川先生

お世話になっております。リスク管理室の東海林です。

映像の開示請求を受けた時点で、保存期間（30日）を過ぎて上書き予定の
映像がある場合、上書きを止めて保存しておく義務があるのか確認させてください。
請求の対象外の時間帯についても、同様に保全すべきでしょうか。

来週の定例でご回答いただければ十分です。

東海林
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner shirakawa-law.jp addressed as shirakawa-law.co.jp (co. added): look-alike",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "bouhancamera-065",
        "charset": "utf-8",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["リスクブリッジ 尾頭 様 <ogashira@riskbridge.co.jp>"],
        "subject": "ロス率データの送付（カメラ増設効果の分析用）",
        "body": """尾頭様

お世話になっております。葛城です。
カメラ増設の効果分析用に、店舗別のロス率と万引き被害額をお送りします。
数値は経営会議資料から抜き出したものです。

葛城
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "店舗別ロス率_FY2024-2025.xlsx",
                "sheets": {
                    "ロス率": [
                        ["【社外秘】店舗別 ロス率・万引き被害額（経営会議資料より）"],
                        [],
                        ["店舗", "FY2024 ロス率", "FY2025上期 ロス率", "万引き被害額（千円）", "カメラ台数"],
                        ["船橋店", "0.82%", "0.74%", 3120, 18],
                        ["市川妙典店", "1.05%", "1.21%", 5480, 22],
                        ["津田沼店", "0.64%", "0.61%", 1870, 12],
                        ["西葛西店", "1.18%", "1.36%", 6020, 16],
                        ["溝の口店", "0.71%", "0.69%", 2240, 20],
                    ],
                    "注記": [["本資料は社外秘です。第三者への開示を禁じます。"]],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX whose title row is stamped 【社外秘】, sent to an outside consultant",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "bouhancamera-066",
        "charset": "shift_jis",
        "sender": "五百旗頭 真琴 <m.iokibe@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 船橋営業所 忽那 <kutsuna@towa-keibi.co.jp>"],
        "subject": "Re: 巡回報告（10月第4週）",
        "body": """忽那様

巡回報告ありがとうございます。船橋店の五百旗頭です。
ご指摘の２点について、以下のとおり対応しました。

１．北側通用口の扉が閉まりきらない件
　　→ ドアクローザーを10/30に交換済み（東雲ビルマネジメント様手配）
２．駐車場Ｃ区画の照明切れ
　　→ 11/4にLED化工事予定。それまで仮設投光器を設置

引き続き夜間の巡回をよろしくお願いいたします。

五百旗頭
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "facilities follow-up to a patrol report; no personal data",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "bouhancamera-067",
        "charset": "utf-8",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["リスクブリッジ 調査部 <chosa@riskbridge.co.jp>"],
        "subject": "西葛西店 入退室ログ（10/1～10/20）の送付",
        "body": """リスクブリッジ株式会社 調査部 御中

日の出産業 リスク管理室の東海林です。
ご依頼の、西葛西店バックヤード入退室ログ（ICカード）をCSVでお送りします。
防犯カメラ映像との突合をよろしくお願いいたします。

東海林
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "nishikasai_access_log_1001-1020.csv",
                "encoding": "utf-8",
                "rows": [
                    ["日時", "扉", "カードID", "氏名", "区分", "結果"],
                    ["2025-10-01 08:52", "BY-01", "C-0412", "十河 誠司", "社員", "入室"],
                    ["2025-10-01 09:05", "BY-01", "C-0587", "善家 礼子", "パート", "入室"],
                    ["2025-10-01 13:40", "BY-02", "C-0613", "猪狩 大翔", "アルバイト", "入室"],
                    ["2025-10-01 21:58", "BY-01", "C-0613", "猪狩 大翔", "アルバイト", "退室"],
                    ["2025-10-02 07:15", "BY-02", "C-0499", "嵯峨 みのり", "パート", "入室"],
                    ["2025-10-02 16:30", "BY-01", "C-0701", "轟 恭平", "アルバイト", "入室"],
                    ["2025-10-02 22:10", "BY-02", "C-0701", "轟 恭平", "アルバイト", "退室"],
                    ["2025-10-03 06:48", "BY-02", "C-0522", "京極 沙織", "パート", "入室"],
                    ["2025-10-03 14:02", "BY-01", "C-0588", "芦田 陽", "アルバイト", "入室"],
                    ["2025-10-05 22:31", "BY-02", "C-0613", "猪狩 大翔", "アルバイト", "退室"],
                    ["2025-10-08 23:04", "BY-02", "C-0701", "轟 恭平", "アルバイト", "退室（警報）"],
                    ["2025-10-12 21:47", "BY-02", "C-0613", "猪狩 大翔", "アルバイト", "退室"],
                    ["2025-10-15 06:55", "BY-02", "C-0522", "京極 沙織", "パート", "入室"],
                    ["2025-10-18 22:40", "BY-02", "C-0701", "轟 恭平", "アルバイト", "退室"],
                    ["2025-10-20 09:01", "BY-01", "C-0587", "善家 礼子", "パート", "入室"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of door-access records of seven named employees (card ids, times) to an outside investigator",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "bouhancamera-068",
        "charset": "utf-8",
        "sender": "日の出産業 お客様相談室 <sodan@hinode-sangyo.co.jp>",
        "to": ["naho.soda0129@gmail.com"],
        "subject": "保有個人データ開示請求のお手続きについて",
        "body": """左右田 菜穂子 様

日の出産業株式会社 お客様相談室でございます。
このたびは、防犯カメラ映像の開示請求についてお問い合わせいただき、
ありがとうございます。お手続きについてご案内いたします。

1. 当社所定の「保有個人データ開示請求書」に必要事項をご記入ください。
2. 本人確認書類（運転免許証、パスポート等）の写しを同封してください。
   ※個人番号カードをご利用の場合、裏面（個人番号）は写さないでください。
3. 手数料 1,000円分の定額小為替を同封のうえ、ご郵送ください。

映像に他のお客様が映っている場合は、その方々の部分にぼかしを入れた
うえでのご提供となります。ご理解をお願いいたします。

日の出産業株式会社 お客様相談室
フリーダイヤル 0120-61-0880（平日 9:00～17:00）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "procedure explained to one private person on gmail; no one else's data",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "bouhancamera-069",
        "charset": "iso-2022-jp",
        "sender": "行田 結衣 <y.gyoda@hinode-sangyo.co.jp>",
        "to": ["習志野警察署 会計課 遺失物係 <ishitsubutsu-narashino@chiba-kenkei.lg.jp>"],
        "subject": "拾得物（財布）の届出について",
        "body": f"""習志野警察署 遺失物係 ご担当者様

ひので生活館 津田沼店の行田です。
本日、店内トイレで財布が拾得されましたので、お届けの前に内容をご連絡します。
施設占有者として届け出ます。

　拾得日時：令和７年１１月２日　１５時２０分頃
　拾得場所：１階 多目的トイレ
　内容物　：現金 12,350円、クレジットカード 1枚、診察券 2枚
　　　　　　運転免許証
　　　　　　　氏名 葛城 ミサヲ　昭和２６年６月３０日生
　　　　　　　住所 千葉県習志野市本大久保２－５－１９
　　　　　　　番号 第３０２５１１４８２９７０号
　　　　　　健康保険証（後期高齢者医療）
　　　　　　　被保険者番号 ３９１２４４８７
　　　　　　マイナンバーカード
　　　　　　　個人番号 {zen(MN_C)}

防犯カメラで、落とされた時刻の前後の映像を確認済みです。
明日午前中にお届けにあがります。

ひので生活館 津田沼店　副店長 行田
TEL 047-475-3381
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "JP_HEALTH_INSURANCE", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "lost wallet's licence number, health insurance number and My Number (full-width) transcribed to the police",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "bouhancamera-070",
        "charset": "shift_jis",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["東雲ビルマネジメント 設備管理課 <setsubi@shinonome-bm.co.jp>"],
        "subject": "日の出ビル 空調・非常照明の定期点検日程について",
        "body": """東雲ビルマネジメント株式会社
設備管理課 御中

お世話になっております。日の出産業 施設管理課の四月一日です。
ご案内いただいた点検日程について、以下のとおり承知しました。

　・空調フィルター清掃　　11月15日（土）9:00～12:00（7階・6階）
　・非常照明・誘導灯点検　11月22日（土）13:00～16:00（全館）
　・受水槽清掃に伴う断水　11月29日（土）8:00～11:00

非常照明点検の際、B1警備室の防犯カメラ用UPSの電源が落ちないよう、
点検順序のご配慮をお願いします。

四月一日（施設管理課）内線1102
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary facilities scheduling with the building manager",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "bouhancamera-071",
        "charset": "utf-8",
        "sender": "五百旗頭 真琴 <m.iokibe@hinode-sangyo.co.jp>",
        "to": ["船橋東警察署 刑事課 <keiji-funabashihigashi@chiba-kenkei.lg.jp>"],
        "subject": "10/29 侵入事件 当日の勤務者一覧（事情聴取の日程調整用）",
        "body": """船橋東警察署 刑事課 ご担当者様

ひので生活館 船橋店の五百旗頭です。
ご依頼いただいた、10月28日の閉店作業に関わった従業員の一覧を
Word ファイルでお送りします。聴取日程の調整にお使いください。

五百旗頭
""",
        "attachments": [
            {
                "kind": "docx",
                "name": "10月28日_閉店時勤務者一覧.docx",
                "paragraphs": ["10月28日（火）閉店作業 勤務者一覧", "ひので生活館 船橋店"],
                "tables": [
                    [
                        ["氏名", "生年月日", "住所", "電話", "担当"],
                        ["鬼頭 晴美", "平成元年５月１２日", "千葉県船橋市前原西２－８－１５－３０２", "080-3321-7604", "施錠・警備セット"],
                        ["百目鬼 和也", "昭和６２年１０月３日", "千葉県船橋市夏見台３－４－２７", "090-7765-0148", "レジ締め"],
                        ["栗花落 しおり", "平成９年２月２２日", "千葉県八千代市大和田新田４５２－６", "080-2290-6615", "事務所"],
                        ["Nguyen Thi Lan", "1998年12月4日", "千葉県船橋市海神６－１９－３", "070-3184-9902", "売場点検"],
                        ["東海林 大吾", "平成１５年７月７日", "千葉県船橋市宮本８－１－２", "090-4461-2083", "品出し"],
                        ["左右田 修", "昭和５０年１月１８日", "千葉県船橋市高根台３－９－１", "080-6651-3374", "品出し"],
                        ["廿楽 かおる", "平成６年８月２９日", "千葉県習志野市実籾５－２－１３", "070-8810-4426", "レジ"],
                        ["漆原 ひなた", "平成１７年３月１日", "千葉県船橋市三山２－２０－６", "090-1120-5937", "レジ"],
                    ]
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of eight staff with 和暦 DOB, addresses and phones to the police: list of people",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "bouhancamera-072",
        "charset": "iso-2022-jp",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 保安課 <hoan@towa-keibi.co.jp>"],
        "subject": "保安員配置計画（12月）の送付",
        "body": """東和警備保障 保安課 御中

お世話になっております。損失防止グループの葛城です。
12月の保安員配置計画をPDFでお送りします。
年末は船橋店・西葛西店を重点店舗としています。

ご確認のほどよろしくお願いいたします。

葛城
""",
        "attachments": [{"kind": "corrupt", "name": "保安員配置計画_202512.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "bouhancamera-073",
        "charset": "utf-8",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["人事部 労務課 <romu@hinode-sangyo.co.jp>"],
        "cc": ["十河 誠司 <s.sogo@hinode-sangyo.co.jp>"],
        "subject": "嵯峨さん（西葛西店）の休職と労災申請について",
        "body": """労務課 各位

10/24の強盗事件で負傷した西葛西店の嵯峨 みのりさん（H12.3.7生、社員番号 P30981）
について、診断書を受領しました。

　診断名：右手関節捻挫、頸椎捻挫、急性ストレス反応
　見込み：全治約３週間、心療内科の通院は当面継続
　連絡先：080-4420-1768（ご本人携帯）

労災（業務災害）の申請と、休職中の連絡窓口を労務課でお願いできますか。
ご本人は事件のことを思い出すのがつらいとのことなので、
連絡は必要最小限でお願いします。

総務部 芦刈
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "an employee's diagnosis after a robbery, but sent only within the company",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "bouhancamera-074",
        "charset": "shift_jis",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["甕 健太郎 <k.motai@kawasaki-denki.co.jp>"],
        "cc": [
            "青葉運輸 市川物流センター 総務 <ichikawa-soumu@aoba-unyu.co.jp>",
            "広瀬 真一 <hirose@tsubasa-system.jp>",
        ],
        "subject": "市川物流センター 搬入口カメラ増設 工程表",
        "body": """甕様
（cc：青葉運輸様、ツバサシステム様）

お世話になっております。日の出産業 施設管理課の四月一日です。
市川物流センター搬入口カメラ増設の工程を以下のとおり確定しました。

　11/19（水）配線・架台取付（川崎電機様）
　11/20（木）カメラ取付・画角調整（川崎電機様）、構内車両誘導（青葉運輸様）
　11/21（金）VMS 登録・録画設定（ツバサシステム様）

搬入口は通常どおり稼働していますので、フォークリフトの動線に
ご注意ください。

四月一日
日の出産業株式会社 総務部 施設管理課 TEL 03-5204-1102
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner organisations in To/Cc can see each other: three external parties",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "bouhancamera-075",
        "charset": "iso-2022-jp",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 営業課 宍戸様 <shishido@towa-keibi.co.jp>"],
        "cc": ["東和警備保障 保安課 <hoan@towa-keibi.co.jp>"],
        "subject": "年末特別警戒期間の保安員増員について",
        "body": """東和警備保障株式会社
営業課 宍戸様（cc：保安課様）

お世話になっております。日の出産業の葛城です。
12月15日～31日の特別警戒期間、船橋店と西葛西店の保安員を
各1名増員していただけますでしょうか。

　・船橋店　　：12/15～12/31 10:00～19:00　2名体制
　・西葛西店　：12/15～12/31 12:00～21:00　2名体制

費用は契約単価どおりで問題ありません。
ご対応の可否を11月14日までにお知らせください。

葛城 直人（店舗運営部 損失防止グループ）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "two addresses of the same security company: one external organisation, no personal data",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "bouhancamera-076",
        "charset": "utf-8",
        "sender": "Shigeru Ashikari <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["Claire Whitfield <c.whitfield@meridianrisk.com>"],
        "subject": "Claim notification - staff injury in armed robbery, Nishi-Kasai store",
        "body": """Dear Ms Whitfield,

As our broker for the group personal accident programme, please find below the
details of a staff injury for notification to the insurer.

  Employee:     Minori SAGA (part-time cashier), born 7 March 2000
  Incident:     Armed robbery at the Nishi-Kasai store, 24 October 2025, 19:48
  Injuries:     Sprained right wrist and cervical sprain; diagnosed with
                acute stress reaction, currently under psychiatric outpatient care
  Status:       Off work for approx. three weeks; the offender has not been
                caught (Kasai Police Station is investigating)

The CCTV footage has been handed to the police. Please let me know which claim
forms the insurer needs from us and whether the medical certificate should be
translated.

Kind regards,
Shigeru Ashikari
General Affairs Dept., Hinode Sangyo Co., Ltd.
+81-3-5204-1105

""" + DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English: named employee who was a robbery victim, with diagnoses and DOB, to an overseas broker: sensitive",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "bouhancamera-077",
        "charset": "iso-2022-jp",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 日向 弁護士 <hinata@shirakawa-law.jp>"],
        "subject": "映像開示請求の受付状況（令和７年度上期）",
        "body": """日向先生

お世話になっております。東海林です。
上期に受け付けた防犯カメラ映像の開示請求の一覧です。
回答期限の考え方について、次回ご相談させてください。

受付日　　　請求者　　　　　電話　　　　　　　　住所
－－－－－　－－－－－－　－－－－－－－－－　－－－－－－－－－－－－－－－－－－
Ｒ７．４．８　舟生 千尋　　０９０－２２４８－６６１０　千葉県船橋市飯山満町１－４０２－３
Ｒ７．５．２０　左右田 菜穂子　０８０－５９３０－１１７２　千葉県習志野市津田沼３－１８－２２
Ｒ７．６．３　　一口 優　　０７０－３３０６－８８４１　東京都江戸川区船堀２－１１－５
Ｒ７．７．１４　鬼頭 康成　０９０－８１０２－２５７３　神奈川県川崎市高津区久本１－７－２
Ｒ７．９．２　　樋渡 まゆ　０８０－４４７９－０３６２　千葉県市川市南行徳３－６－１８

うち２件は映り込みのため一部ぼかし処理で開示、１件は保存期間経過で不開示です。

東海林
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "full-width table of five requesters with phones and addresses to the law firm: list of people",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "bouhancamera-078",
        "charset": "shift_jis",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 保守サービス課 <hoshu@kawasaki-denki.co.jp>"],
        "subject": "防犯ゲート（EAS）交換部品の発送について",
        "body": """川崎電機株式会社 保守サービス課 御中

お世話になっております。施設管理課の四月一日です。
故障した防犯ゲートのアンテナユニットを、本日下記のとおり返送しました。

　品番　　　：EAS-ANT-58R（シリアル 58R-0021447）
　故障内容　：左側アンテナが常時発報
　送り状番号：4418-2209-6631（青葉運輸）
　代替品　　：EAS-ANT-58R を 11/6 までに津田沼店へ納品希望

修理見積りは保守契約（契約番号 KDM-2023-0158）の範囲内と理解しています。

四月一日
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "parts return with product codes, serials and a tracking number to a partner",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "bouhancamera-079",
        "charset": "utf-8",
        "sender": "九十九 沙耶 <s.tsukumo@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-glnko.co.jp>"],
        "subject": "夜間金庫・売上金集配サービスの変更について",
        "body": """みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の九十九です。
先月の西葛西店の強盗事件を受け、売上金の店舗内保管を減らすため、
集配サービスの回数を増やしたいと考えております。

　現行：週3回（月・水・金）
　変更案：毎日（年末年始を除く）、うち西葛西店・船橋店は1日2回

手数料の改定額と、変更可能な開始日をお知らせいただけますでしょうか。

日の出産業株式会社 経理部　九十九 沙耶
TEL 03-5204-1131
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner midori-ginko.co.jp spoofed as midori-glnko.co.jp (l for i homoglyph): look-alike",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "bouhancamera-080",
        "charset": "iso-2022-jp",
        "sender": "損失防止グループ <lp-group@mail.hinode-sangyo.co.jp>",
        "to": ["店長会 <tencho-kai@hinode-sangyo.co.jp>"],
        "subject": "【週報】損失防止 週次レポート 10/27～11/2",
        "body": """店長各位

今週の検挙・事故の状況です。

■検挙
　・10/28 津田沼店　芦田 陽（アルバイト従業員）レジ金抜き取りの疑いで事情聴取中
　・10/30 船橋店　　宍戸 康介（４０代）菓子類　警察引渡し、再犯
　・11/1　溝の口店　轟 宏明（３０代）置き引きの被疑者として高津署が逮捕

■事故
　・10/29 船橋店 侵入事件（現金被害なし、北側通用口破損）

■お願い
　年末に向け、閉店後の警備セット確認を徹底してください。

損失防止グループ
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "named suspects and arrests in a weekly report from an internal subdomain to an internal list",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "bouhancamera-081",
        "charset": "utf-8",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 川崎 フロント <front-kawasaki@sakura-hotel.jp>"],
        "subject": "ご宿泊のお客様の旅券のお忘れ物について",
        "body": """さくらホテル 川崎 フロントご担当者様

突然のご連絡失礼いたします。ひので生活館 溝の口店の嵯峨と申します。
本日15時頃、当店のサービスカウンターに旅券のお忘れ物があり、
挟まっていたカードキーの封筒から、貴ホテルにご宿泊の方と思われます。

　旅券番号：TZ4827716
　氏名　　：HOLLOWAY, EMMA JANE
　国籍　　：オーストラリア
　生年月日：1993年11月02日

ご本人様へお伝えいただけますでしょうか。当店でお預かりしておりますが、
本日中にご連絡がない場合は高津警察署へお届けいたします。

ひので生活館 溝の口店 店長 嵯峨 慎吾
TEL 044-811-4470
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a guest's passport number with name and DOB sent to the hotel: identity document number",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "bouhancamera-082",
        "charset": "shift_jis",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["ガードライン株式会社 契約管理部 <keiyaku@guardline.co.jp>"],
        "subject": "配置予定の保安員について（交代のお願い）",
        "body": """ガードライン株式会社
契約管理部 ご担当者様

日の出産業 損失防止グループの葛城です。
12月から市川妙典店に配置予定とご連絡いただいた保安員の
樋渡 功 様について、ご相談がございます。

当社の別店舗の従業員から、同氏が3年前に勤務先の商業施設で
窃盗事件を起こし有罪判決を受けた、との申出がありました。
事実関係は当社では確認できておりませんが、警備業法上の欠格事由に
該当しないかのご確認と、難しい場合は配置予定者の交代をお願いできますでしょうか。

デリケートな内容のため、ご担当者様限りでご対応いただけますと幸いです。

葛城 直人
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named guard's alleged criminal conviction (criminal record) sent to the security company: sensitive",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "bouhancamera-083",
        "charset": "iso-2022-jp",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["安心綜合警備 川崎支社 営業 <eigyo-kawasaki@anshin-sogo.co.jp>"],
        "subject": "警備契約の更新および秘密保持契約の締結について",
        "body": """安心綜合警備株式会社 川崎支社
営業ご担当者様

いつもお世話になっております。日の出産業の葛城です。
溝の口店の機械警備契約（契約番号 AS-K-21-0877）の更新にあたり、
以下２点をお願いいたします。

１．契約単価
　月額 68,000円 → 71,400円（改定率 5%）のご提示、承知しました。
２．秘密保持契約
　当社の規程改定により、警備会社様とも秘密保持契約（NDA）を締結することになりました。
　当社雛形をお送りしますので、法務部門でご確認ください。
　「機密情報」の定義に防犯カメラ映像を含める点がポイントです。

契約書の押印は12月中旬を予定しています。

日の出産業株式会社 店舗運営部 損失防止グループ 葛城
TEL 03-5204-1187

""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal and an NDA mention, plus the standard confidentiality disclaimer: no marking, no personal data",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "bouhancamera-084",
        "charset": "utf-8",
        "sender": "弓削 大地 <d.yuge@hinode-sangyo.co.jp>",
        "to": ["広瀬 真一 <hirose@tsubasa-system.jp>"],
        "subject": "録画サーバーの管理者パスワード変更手順について",
        "body": """広瀬様

お世話になっております。弓削です。
先日ご説明いただいた、録画サーバーの管理者パスワードの定期変更手順について、
当社の運用に合わせた手順書の叩き台を以下に書きました。

　1. 保守用アカウント（tsb-maint）で VMS 管理画面にログイン
　2. 「ユーザー管理」→ admin を選択 → パスワード変更
　3. 変更後のパスワードは当社情報システム部の金庫で保管
　4. 変更記録をチケットに残す

※この手順は社内限りの情報です。取扱いにはご注意ください。

誤りがあればご指摘ください。

弓削
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "body ends with 「社内限りの情報です。取扱いにはご注意ください」: a stamp-like note or just a remark; debatable",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "bouhancamera-085",
        "charset": "utf-8",
        "sender": "東海林 玲子 <r.shoji@hinode-sangyo.co.jp>",
        "to": ["白川 圭吾 <k.shirakawa@shirakawa-law.jp>"],
        "subject": "FW: 保安業務 月報（10月）",
        "body": """白川先生

東和警備保障から届いた10月の保安業務月報を転送いたします。
先日ご相談した市川妙典店の案件のほか、損害賠償請求の対象に
なりうる案件があればご意見をいただけますでしょうか。

東海林
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "保安業務月報_10月.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "東和警備保障 保安課 <hoan@towa-keibi.co.jp>",
                    "to": ["東海林 玲子 <r.shoji@hinode-sangyo.co.jp>"],
                    "subject": "保安業務 月報（10月）",
                    "body": """日の出産業株式会社 リスク管理室 東海林様

10月の保安業務月報です。

日付   店舗        氏名              年齢  住所              被害額   処理
-----  ----------  ----------------  ----  ----------------  -------  ------------
10/3   市川妙典店  勘解由小路 隆     53    市川市富浜        48,620   現行犯逮捕
10/8   船橋店      宍戸 康介         37    船橋市宮本        3,280    警察引渡し
10/14  津田沼店    箕輪 トシ         84    習志野市谷津      1,120    家族引取り
10/19  西葛西店    宍戸 美咲         19    江戸川区中葛西    6,400    保護者引取り
10/22  溝の口店    轟 宏明           37    川崎市高津区二子  12,800   警察引渡し
10/30  船橋店      宍戸 康介         37    船橋市宮本        2,150    警察引渡し（再犯）

東和警備保障株式会社 保安課
""",
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwarded guard report (attached .eml) listing six named offenders with arrests: list and criminal records",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "bouhancamera-086",
        "charset": "shift_jis",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["安心綜合警備 川崎支社 <kawasaki-shisha@anshin-sogo.co.jp>"],
        "subject": "RE: 鍵預かり者の確認",
        "body": """安心綜合警備 川崎支社 ご担当者様

ご確認ありがとうございます。
お送りいただいた一覧のとおりで相違ございません。

溝の口店 嵯峨

-----Original Message-----
差出人: 安心綜合警備 川崎支社 <kawasaki-shisha@anshin-sogo.co.jp>
送信日時: 2025年10月30日 11:05
宛先: 嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>
件名: 鍵預かり者の確認

ひので生活館 溝の口店 嵯峨様

当社で登録している鍵預かり者は以下のとおりです。相違があればお知らせください。

1. 嵯峨 慎吾　090-6618-2047　川崎市高津区千年２－３－１
2. 日下部 朋美　090-3317-2046　川崎市高津区溝口５－９－１４
3. 弓削 多恵　070-5520-8839　川崎市中原区上小田中６－２－８
4. 穂積 颯太　080-6629-4105　川崎市高津区久地３－１８－２
5. 芥川 晶　070-1148-9330　横浜市都筑区茅ケ崎中央２０－４
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five keyholders appear only under -----Original Message----- from the recipient itself; new text has nothing",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "bouhancamera-087",
        "charset": "iso-2022-jp",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["高津警察署 刑事課 京極 <kyogoku-keiji@kanagawa-kenkei.lg.jp>"],
        "subject": "盗難カードの使用について（ご連絡）",
        "body": f"""高津警察署 京極様

溝の口店の嵯峨です。お電話でお問い合わせのあった、盗難届の出ている
クレジットカードの件、当店での利用が確認できました。

　利用日時　：11月1日 18:27
　利用レジ　：3番
　金額　　　：38,940円（ギフトカード 3枚）
　カード番号：{grp(CARD_C, 4, " ")}
　名義　　　：MINAMI YUKO（ミナミ ユウコ 様、盗難被害の届出人）

レジ上のカメラ（CAM-12）に使用者の男性が映っています。
映像は照会書をいただいたうえでお渡しいたします。

嵯峨
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "full number of a stolen card with the victim holder's name, sent to the police",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "bouhancamera-088",
        "charset": "utf-8",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 冨樫 <togashi@nishiki-insatsu.co.jp>"],
        "cc": ["甕 健太郎 <k.motai@kawasaki-denki.co.jp>"],
        "subject": "カメラ増設に伴う掲示ステッカーの設置位置について",
        "body": """錦印刷 冨樫様
（cc：川崎電機 甕様）

お世話になっております。日の出産業の芦刈です。
市川物流センターのカメラ増設に合わせ、「防犯カメラ作動中」ステッカーを
追加で20枚（NS-ST-220）お願いします。

設置位置はカメラの画角に合わせたいので、甕様から工事図面の該当ページを
冨樫様へ直接お送りいただけますでしょうか。

納品は11/18（火）までに市川物流センター 総務宛でお願いします。

芦刈 茂（総務部）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc coordinating signage; normal three-way mail",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "bouhancamera-089",
        "charset": "utf-8",
        "sender": "Daichi Yuge <d.yuge@hinode-sangyo.co.jp>",
        "to": ["Vistaview Sales Japan <sales-jp@vistaview-tech.com>"],
        "subject": "次期セキュリティ基盤の構想資料",
        "body": """Vistaview Japan ご担当者様

お世話になっております。日の出産業 情報システム部の弓削です。
来年度以降の防犯カメラ・入退室基盤の構想資料をお送りします。
製品ラインナップでどこまでカバーできるかご提案をいただけますと幸いです。

弓削 大地
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "NextGen_Security_Platform_2026.pptx",
                "title": "次期セキュリティ基盤 構想",
                "page_footer": "Confidential - Internal Only",
                "slides": [
                    ["次期セキュリティ基盤 構想（2026-2028）", "日の出産業株式会社 情報システム部"],
                    ["現状の課題", "店舗ごとにレコーダーが分散", "録画欠損の検知が遅い", "入退室とカメラが連携していない"],
                    ["方針", "全店 IP カメラ化・VMS 集約", "クラウド退避（国内 DC）", "入退室ログと映像の自動突合"],
                    ["投資計画", "2026年度 1.8億円", "2027年度 1.2億円", "2028年度 0.6億円"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX with the footer \"Confidential - Internal Only\" on every slide, sent to a vendor",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "bouhancamera-090",
        "charset": "shift_jis",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 関東物流部 <kanto-butsuryu@kitaguni-foods.co.jp>"],
        "subject": "共同保管庫（市川）防犯カメラ設置のご提案",
        "body": """北国フーズ株式会社
関東物流部 御中

いつもお世話になっております。日の出産業 施設管理課の四月一日です。
市川物流センター内で貴社と共同利用している冷蔵保管庫について、
防犯カメラの設置をご提案いたします。資料を添付しますのでご検討ください。

費用は利用面積比（当社 60%：貴社 40%）での按分を想定しております。

四月一日
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "共同保管庫_カメラ設置提案.pptx",
                "slides": [
                    ["共同冷蔵保管庫 防犯カメラ設置のご提案", "日の出産業株式会社 総務部 施設管理課"],
                    ["設置案", "出入口 2台（低温対応ハウジング）", "庫内通路 2台", "録画は既設VMSに統合"],
                    ["費用概算", "機器・工事 1,480,000円", "按分 当社 888,000円 / 貴社 592,000円"],
                    ["スケジュール", "12月 現地調査", "1月 工事", "2月 運用開始"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proposal deck without any marking or personal data to a partner",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "bouhancamera-091",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 真琴 <m.iokibe@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 船橋営業所 忽那 <kutsuna@towa-keibi.co.jp>"],
        "subject": "駐車場 月極契約者一覧（不審車両確認用）",
        "body": """忽那様

船橋店の五百旗頭です。
夜間巡回の際に駐車場の不審車両を確認していただくため、
月極駐車場の契約者一覧をお送りします（Excel）。
一覧にない車両が夜間に停まっている場合はご連絡ください。

五百旗頭
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "月極駐車場契約者_船橋店.xls",
                "sheets": {
                    "契約者": [
                        ["区画", "契約者氏名", "車両番号", "車種・色", "携帯電話", "住所"],
                        ["D-01", "舟生 吉郎", "船橋 300 あ 12-34", "プリウス 白", "090-1184-2273", "千葉県船橋市本町４－８－２"],
                        ["D-02", "城間 ゆかり", "習志野 500 か 77-01", "N-BOX 黒", "080-2231-5596", "千葉県船橋市湊町２－１－１３"],
                        ["D-03", "渡嘉敷 亮", "船橋 330 さ 4-19", "ハリアー 銀", "070-6602-1184", "千葉県船橋市本町２－２６－５"],
                        ["D-04", "京極 優子", "千葉 501 た 88-20", "フィット 赤", "090-3376-0412", "千葉県船橋市宮本１－１９－７"],
                        ["D-05", "杁中 正人", "船橋 400 な 1-07", "ハイエース 白", "080-5507-3321", "千葉県船橋市海神町南１－１５０２"],
                        ["D-06", "芦田 晴子", "船橋 580 は 32-66", "ワゴンR 青", "070-1122-7780", "千葉県船橋市本町６－４－１０"],
                        ["D-07", "米良 孝之", "習志野 300 ま 5-55", "セレナ 白", "090-4420-8613", "千葉県船橋市西船３－７－２"],
                        ["D-08", "忽那 明美", "船橋 501 や 9-41", "アクア 緑", "080-7733-2904", "千葉県船橋市葛飾町２－３８０"],
                    ]
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of eight parking customers with plates, mobiles and addresses to the security company",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "bouhancamera-092",
        "charset": "utf-8",
        "sender": "嵯峨 慎吾 <s.saga@hinode-sangyo.co.jp>",
        "to": ["葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>"],
        "cc": ["リスク管理室 <risk@mail.hinode-sangyo.co.jp>"],
        "subject": "FW: 捜査関係事項照会書（高津署）スキャン",
        "body": """葛城さん

高津署から受け取った照会書をスキャンしました。
被疑者名が書かれているので、取扱いにご注意ください。
映像の書出しは明日私のほうで行います。

嵯峨
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "捜査関係事項照会書_高津署_20251028.pdf",
                "lines": [
                    "捜査関係事項照会書",
                    "高津刑第 1547 号　令和7年10月28日",
                    "日の出産業株式会社 ひので生活館 溝の口店 店長 殿",
                    "神奈川県高津警察署長",
                    "",
                    "被疑者 轟 宏明（昭和63年5月19日生）",
                    "住居 神奈川県川崎市高津区二子５－８－１４",
                    "罪名 窃盗（置き引き）",
                    "照会事項 令和7年10月26日17時から19時までの店内防犯カメラ映像",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "police inquiry naming a suspect, scanned and forwarded only to internal recipients",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "bouhancamera-093",
        "charset": "shift_jis",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["東雲ビルマネジメント 防災センター <bosai-center@shinonome-bm.co.jp>"],
        "subject": "共用部カメラ増設 工事計画書の提出",
        "body": """東雲ビルマネジメント 防災センター 御中

日の出産業 施設管理課の四月一日です。
11/8・9の共用部カメラ増設工事の工事計画書（Word）を提出いたします。
ご確認のうえ、問題がなければ承認印をお願いいたします。

四月一日
""",
        "attachments": [{"kind": "corrupt", "name": "工事計画書_共用部カメラ増設.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the DOCX attachment is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "bouhancamera-094",
        "charset": "utf-8",
        "sender": "Daichi Yuge <d.yuge@hinode-sangyo.co.jp>",
        "to": [
            "Vistaview Sales <sales@vistaview-tech.com>",
            "Ardent Vision Partnerships <partners@ardentvision.com>",
            "Lumisec Projects <projects@lumisec.com.sg>",
        ],
        "subject": "RFP: IP camera and VMS replacement for 6 retail sites (due 28 Nov)",
        "body": """Dear all,

Hinode Sangyo invites proposals for the replacement of CCTV at six retail and
logistics sites in the Tokyo area (approx. 136 channels).

Scope:
  - IP cameras (indoor dome, outdoor bullet, PTZ) and installation support
  - Video management software with 45-day retention and cloud offload
  - Integration with our access control logs

Please send your proposal by 28 November 2025. Questions can be raised until
14 November; answers will be shared with all bidders.

Best regards,
Daichi Yuge
IT Systems Dept., Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "RFP to three competing vendors all in To: three external organisations see each other",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "bouhancamera-095",
        "charset": "iso-2022-jp",
        "sender": "粟野 忠 <t.awano@hinode-sangyo.co.jp>",
        "to": ["行徳警察署 刑事課 <keiji-gyotoku@chiba-kenkei.lg.jp>"],
        "subject": "RE: 自転車盗の被疑者について",
        "body": """行徳警察署 刑事課 ご担当者様

ご連絡ありがとうございます。市川妙典店の粟野です。
承知いたしました。映像のDVDは11月6日14時にお渡しいたします。
当日は私が対応いたします。

粟野

差出人: 行徳警察署 刑事課 <keiji-gyotoku@chiba-kenkei.lg.jp>
送信日時: 2025年11月4日 10:12
宛先: 粟野 忠 <t.awano@hinode-sangyo.co.jp>
件名: 自転車盗の被疑者について

粟野様
駐輪場の件、静止画をもとに捜査した結果、市川市塩浜在住の
芦刈 勝也（４２歳、前科２犯）を通常逮捕しました。
正式な照会書を持参しますので、10月22日の映像一式をご準備ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the arrested suspect's details appear only in the police's quoted mail (差出人/送信日時); new text has none",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "bouhancamera-096",
        "charset": "shift_jis",
        "sender": "芦刈 茂 <s.ashikari@hinode-sangyo.co.jp>",
        "to": ["平和損害保険 賠償責任保険サービス課 <baisho@heiwa-sonpo.co.jp>"],
        "subject": "事故報告：来店客の急病（津田沼店）",
        "body": """平和損害保険 賠償責任保険サービス課 御中

日の出産業 総務部の芦刈です。念のため事故報告いたします。

　日時：令和７年１１月１日（土）１１時４５分頃
　場所：ひので生活館 津田沼店 １階 青果売場
　お客様：一口 善治 様（７２歳）　ご家族連絡先 047-472-8810
　状況：売場で倒れられ、従業員がAEDを使用。救急搬送先で急性心筋梗塞と
　　　　診断されたとご家族から伺いました。持病で糖尿病の治療中とのことです。
　映像：防犯カメラ（CAM-07）に倒れる前後の様子が記録されています。

ご家族から、床が濡れていて滑ったのではないかとのお問い合わせがあり、
映像を確認した限りでは転倒ではなく急病によるものと思われます。
今後の対応についてご指示ください。

芦刈 茂
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named customer with diagnosis and medical history (心筋梗塞, 糖尿病) sent to the insurer: sensitive",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "bouhancamera-097",
        "charset": "iso-2022-jp",
        "sender": "四月一日 亮 <r.watanuki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 保守サービス課 <hoshu@kawasaki-denki.co.jp>"],
        "subject": "日の出ビル 入館手続き変更のお知らせ（12月1日～）",
        "body": """川崎電機株式会社 保守サービス課 御中

いつもお世話になっております。日の出産業 施設管理課の四月一日です。
12月1日より、日の出ビルの入館手続きが以下のとおり変わります。

・1階受付での紙の入館票を廃止し、事前登録制（QRコード）に移行
・事前登録は来館の前営業日17時までに当社担当者へ依頼
・工事車両は地下荷捌き場のみ利用可（事前の車両番号登録が必要）

保守作業でお越しの際はご協力をお願いいたします。

四月一日
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "facilities notice of new visitor procedures to a partner",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "bouhancamera-098",
        "charset": "utf-8",
        "sender": "葛城 直人 <n.katsuragi@hinode-sangyo.co.jp>",
        "to": ["東和警備保障 保安課 <hoan@towa-keibi.co.jp>"],
        "subject": "各店 防犯責任者の連絡先（年末特別警戒用）",
        "body": """東和警備保障 保安課 御中

年末特別警戒期間中の、各店の防犯責任者と夜間の連絡先です。
保安員の方が事案を確保した際は、店舗代表電話が不通の場合に
こちらへご連絡ください。

・船橋店　　　　五百旗頭 真琴　090-4418-2297（自宅 船橋市本町４丁目）
・市川妙典店　　粟野 忠　　　　080-7713-5062（自宅 市川市相之川２丁目）
・津田沼店　　　行田 結衣　　　090-8830-1146（自宅 習志野市谷津５丁目）
・西葛西店　　　十河 誠司　　　090-1376-4420（自宅 江戸川区船堀３丁目）
・溝の口店　　　嵯峨 慎吾　　　090-6618-2047（自宅 川崎市高津区千年２丁目）
・物流センター　釜谷 伸一　　　070-2234-5618（自宅 市川市二俣１丁目）
・本社（統括）　葛城 直人　　　090-2281-4473

葛城
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "bulleted list of seven staff with personal mobiles and home areas to the security company",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "bouhancamera-099",
        "charset": "shift_jis",
        "sender": "十河 誠司 <s.sogo@hinode-sangyo.co.jp>",
        "to": ["マルフク 西葛西駅前店 店長 <nishikasai-ekimae@marufuku-store.co.jp>"],
        "subject": "年末の合同防犯パトロールの担当者",
        "body": """マルフク 西葛西駅前店 店長様

先日はありがとうございました。ひので生活館 西葛西店の十河です。
12月の合同パトロールに当店から参加する者をお知らせします。

　12/6（土）　善家 礼子　　080-3317-6624
　12/13（土）京極 沙織　　090-1182-4470
　12/20（土）芦田 陽　　　070-2205-3318
　12/27（土）猪狩 大翔　　080-6610-9027

雨天などで欠員が出た場合は、パートの廿楽 かおる（070-8810-4426、
習志野市実籾在住）が代わりに入ります。当日の集合は駅前交番前です。

十河 誠司
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four staff in a schedule plus a fifth (standby) with mobile and area in prose: four or five people's records, borderline",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "bouhancamera-100",
        "charset": "utf-8",
        "sender": "Reiko Shoji <r.shoji@hinode-sangyo.co.jp>",
        "to": ["Hannah Becker <h.becker@nordgard-audit.de>"],
        "subject": "Thank you - physical security audit, Ichikawa DC",
        "body": """Dear Ms Becker,

Thank you for the physical security audit of our Ichikawa distribution centre
last week, and for the clear debriefing.

We have already acted on two of your findings: the camera blind spot at loading
bay 3 will be covered by the new cameras installed on 19-21 November, and the
recorder room now has a logged key box. The remaining items (visitor badge
return and fence lighting) are planned for January.

We look forward to your written report. Please send it to me directly.

Kind regards,
Reiko Shoji
Risk Management Office
Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English thank-you to an auditor; no personal data",
    },
]
