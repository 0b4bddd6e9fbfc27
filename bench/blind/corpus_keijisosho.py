"""Blind corpus, area: keijisosho — 従業員の刑事事件・不祥事対応.

Mail of the legal department (法務部), HR (人事部 労務課), internal audit (内部監査室) and the
compliance office of 日の出産業 as they handle employees' arrests, internal fraud and
embezzlement investigations, disciplinary action, and work with the company's counsel
(白川法律事務所), defence lawyers, the police / prosecutors, auditors, forensic vendors,
insurers and social-insurance advisers.  Every person, number and address is invented;
My Numbers and card numbers come from the build.py helpers.
"""

from build import card_number, my_number

SEED = 45401

# ---- signatures of the senders (their own contacts are never labelled) ----------------

SIG_MANABE = """
──────────────────────────
日の出産業株式会社　法務部 法務課
課長　真鍋 沙織（Saori Manabe）
〒104-0032 東京都中央区八丁堀3-14-7 日の出八丁堀ビル8F
TEL 03-5542-7710（直通）／FAX 03-5542-7719
manabe.saori@hinode-sangyo.co.jp
──────────────────────────"""

SIG_KIRYU = """
--
日の出産業株式会社
法務部長　桐生 正臣
TEL: 03-5542-7701 / Mobile: 080-3318-5520
kiryu.masaomi@hinode-sangyo.co.jp"""

SIG_OGUSU = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 法務部
大楠 拓海（おおぐす たくみ）
〒104-0032 東京都中央区八丁堀3-14-7
TEL：03-5542-7713　内線：2213
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_SHISHIDO = """
****************************************
日の出産業株式会社　人事部 労務課
課長　宍戸 亜希子
TEL 03-5542-7820（代表）内線4301
shishido.akiko@hinode-sangyo.co.jp
****************************************"""

SIG_KUSAKABE = """
日の出産業（株）人事部 労務課　日下部 翔
内線 4312 ／ kusakabe.sho@hinode-sangyo.co.jp"""

SIG_SHIOYA = """
-------------------------------------------
日の出産業株式会社 内部監査室
室長　塩谷 厚志（Atsushi Shioya）
TEL 03-5542-7690 ／ shioya.atsushi@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_KASAI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
コンプライアンス推進室　葛西 由梨
〒104-0032 東京都中央区八丁堀3-14-7
TEL 03-5542-7730 ／ FAX 03-5542-7739
━━━━━━━━━━━━━━━━━━━━"""

SIG_EN_KIRYU = """
Best regards,

Masaomi Kiryu
General Counsel, Legal Department
Hinode Sangyo Co., Ltd.
3-14-7 Hatchobori, Chuo-ku, Tokyo 104-0032, Japan
Tel: +81-3-5542-7701"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = []

# ======================================================================================
# 001-057: must stop
# ======================================================================================

MESSAGES.append({
    "id": "keijisosho-001",
    "charset": "iso-2022-jp",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "cc": ["桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>"],
    "subject": "【至急】当社従業員の逮捕について（ご相談）",
    "body": """白川法律事務所
白川 透 先生

いつも大変お世話になっております。日の出産業 法務部の真鍋でございます。

本日早朝、当社営業本部の従業員が警察に逮捕されたとの連絡をご家族から受けました。
取り急ぎ、現時点で把握している事実を以下にまとめます。

　氏名　　：樫村 大輔（かしむら だいすけ）
　生年月日：昭和６１年９月１４日
　住所　　：神奈川県川崎市中原区今井南町２２－９　ラフォーレ今井２０３
　所属　　：営業本部 営業二課 主任（入社１４年目）
　逮捕日時：１０月２１日（火）午前６時頃、自宅にて
　被疑事実：傷害（１０月１８日深夜、武蔵小杉駅付近の飲食店で他の客と口論になり、
　　　　　　相手方に全治３週間の怪我を負わせた疑い）
　留置先　：中原警察署

ご家族のお話では、当番弁護士の接見はまだとのことです。
会社としての初動（出勤の扱い、報道が出た場合の対応、社内への周知範囲）について
ご助言をいただきたく、本日午後にお電話でお時間を頂戴できませんでしょうか。
１４時以降であれば私も部長の桐生も終日対応可能です。

何卒よろしくお願い申し上げます。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "arrest of a named employee with DOB and address sent to outside counsel: 要配慮 (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-002",
    "charset": "cp932",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["榊原 修一 <sakakibara@sakakibara-sogo-law.jp>"],
    "cc": ["manabe.saori@hinode-sangyo.co.jp"],
    "subject": "在職証明書および上申書（樫村）の送付",
    "body": """榊原総合法律事務所
弁護士 榊原 修一 様

お世話になっております。日の出産業 人事部の宍戸です。
先日お電話でご依頼いただきました、保釈請求に添付する書面を作成しましたのでお送りします。

・在職証明書（代表取締役印は原本を本日郵送いたします）
・会社としての上申書（身元引受・復職後の監督体制について）

内容に不足がございましたらご指示ください。
勾留延長の見込みについても、分かり次第お知らせいただけますと幸いです。
""" + SIG_SHISHIDO,
    "attachments": [{
        "kind": "docx",
        "name": "在職証明書・上申書_樫村大輔.docx",
        "title": "在職証明書・上申書",
        "paragraphs": [
            "在 職 証 明 書",
            "氏　　名：樫村 大輔",
            "生年月日：1986年9月14日",
            "現 住 所：神奈川県川崎市中原区今井南町22-9 ラフォーレ今井203",
            "入社年月日：2011年4月1日",
            "所　　属：営業本部 営業二課 主任",
            "上記の者は、現在当社に在職していることを証明します。",
            "",
            "上 申 書",
            "当社従業員 樫村大輔は、令和7年10月21日、傷害の被疑事実により逮捕され、現在中原警察署に勾留されております。",
            "同人は入社以来14年間無遅刻無欠勤で勤務しており、保釈が許可された場合には、当社が責任をもって勤務状況を監督し、",
            "公判期日への出頭を確保いたします。何卒寛大なご判断を賜りますようお願い申し上げます。",
            "日の出産業株式会社　人事部長　御子柴 隆",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX to the defence lawyer: named employee, DOB, address and his arrest/detention (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-003",
    "charset": "utf-8",
    "sender": "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>",
    "to": ["眞壁 純 <makabe.jun@akatsuki-kansa.jp>"],
    "subject": "経費精算不正に係る処分対象者一覧のご送付",
    "body": """あかつき監査法人
眞壁様

いつもお世話になっております。内部監査室の塩谷です。

期中レビューでご質問のあった経費精算不正の件、処分対象者と金額の一覧を添付いたします。
「対象者一覧」シートが個人別、「集計」シートが部門別の合計です。
返還状況は10月31日時点のもので、懲戒委員会の最終決定は11月中旬の予定です。

ご確認のほどよろしくお願いいたします。
""" + SIG_SHIOYA,
    "attachments": [{
        "kind": "xlsx",
        "name": "経費精算不正_処分対象者一覧_20251031.xlsx",
        "sheets": {
            "対象者一覧": [
                ["経費精算不正 処分対象者一覧（2025年10月31日時点）"],
                [],
                ["No", "社員番号", "氏名", "所属", "職位", "不正件数", "不正金額(円)", "返還状況", "処分案"],
                [1, "H08815", "八木橋 俊介", "営業本部 営業一課", "課長代理", 23, 412800, "全額返還済", "降格"],
                [2, "H10274", "沼尻 香織", "営業本部 営業一課", "主任", 11, 98600, "全額返還済", "減給"],
                [3, "H11390", "漆原 健司", "営業本部 営業三課", "一般", 7, 54300, "分割返還中", "けん責"],
                [4, "H09562", "五月女 誠", "大阪支店 営業課", "係長", 31, 688200, "未返還", "諭旨解雇"],
                [5, "H12007", "蓮見 由佳", "大阪支店 営業課", "一般", 5, 31500, "全額返還済", "けん責"],
                [6, "H07731", "轟 一樹", "名古屋営業所", "所長", 18, 357000, "分割返還中", "降格"],
                [7, "H13318", "箕浦 さくら", "名古屋営業所", "一般", 4, 22400, "全額返還済", "訓戒"],
                [8, "H10955", "久世 大地", "営業本部 営業二課", "主任", 9, 87100, "全額返還済", "減給"],
            ],
            "集計": [
                ["部門", "人数", "不正金額合計(円)"],
                ["営業本部", 4, 652800],
                ["大阪支店", 2, 719700],
                ["名古屋営業所", 2, 379400],
                ["合計", 8, 1751900],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "XLSX list of 8 named employees with employee no., department, amounts and sanction to the auditor (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-004",
    "charset": "cp932",
    "sender": "矢吹 誠 <yabuki.makoto@hinode-sangyo.co.jp>",
    "to": ["調査チーム <case-0417@kairos-forensic.co.jp>"],
    "cc": ["大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>"],
    "subject": "Re: 解析対象アカウントのリストについて",
    "body": """カイロスフォレンジック株式会社
調査チーム ご担当者様

情報システム部の矢吹です。
ご依頼のあった解析対象アカウントの一覧をCSVでお送りします。
私用アドレスは、メールの自動転送設定が確認できたもののみ記載しています。
携帯番号は会社貸与端末ではなく、人事登録上の個人携帯です（SMS認証ログ照合用）。

よろしくお願いします。

日の出産業株式会社 情報システム部 矢吹
""",
    "attachments": [{
        "kind": "csv",
        "name": "target_accounts.csv",
        "encoding": "cp932",
        "rows": [
            ["アカウントID", "氏名", "所属", "社用メール", "転送先(私用)", "個人携帯", "対象期間"],
            ["h10422", "蓑輪 健吾", "購買部", "minowa.kengo@hinode-sangyo.co.jp", "kgminowa77@gmail.com", "090-4418-2093", "2023/04-2025/09"],
            ["h11873", "入江 千尋", "購買部", "irie.chihiro@hinode-sangyo.co.jp", "", "080-2271-6635", "2023/04-2025/09"],
            ["h09215", "樋渡 修", "購買部", "hiwatari.osamu@hinode-sangyo.co.jp", "osamu.hwt@yahoo.co.jp", "090-7730-1846", "2023/04-2025/09"],
            ["h12650", "戸叶 瑞穂", "経理部", "tokano.mizuho@hinode-sangyo.co.jp", "", "070-5521-9084", "2024/01-2025/09"],
            ["h08307", "曽我部 亨", "購買部", "sogabe.toru@hinode-sangyo.co.jp", "sogabe-t@icloud.com", "090-6653-2217", "2023/04-2025/09"],
            ["h13102", "仁平 真央", "物流部", "nihei.mao@hinode-sangyo.co.jp", "", "080-9146-3370", "2024/04-2025/09"],
            ["h07719", "鳩山 雅之", "経理部", "hatoyama.masayuki@hinode-sangyo.co.jp", "", "090-1184-5526", "2023/04-2025/09"],
            ["h11268", "栗栖 涼子", "購買部", "kurisu.ryoko@hinode-sangyo.co.jp", "ryoko.k.0321@outlook.jp", "080-3307-4419", "2023/04-2025/09"],
            ["h10091", "浜砂 陽平", "物流部", "hamasuna.yohei@hinode-sangyo.co.jp", "", "090-2258-7761", "2024/04-2025/09"],
            ["h12233", "舘野 美帆", "経理部", "tateno.miho@hinode-sangyo.co.jp", "", "070-4490-1128", "2024/01-2025/09"],
            ["h09988", "雨宮 崇", "購買部", "amamiya.takashi@hinode-sangyo.co.jp", "t.amamiya@docomo.ne.jp", "090-8812-0457", "2023/04-2025/09"],
            ["h13541", "小此木 蓮", "購買部", "okonogi.ren@hinode-sangyo.co.jp", "", "080-6671-2905", "2025/04-2025/09"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of 12 employees with private e-mail and personal mobile to the forensic vendor (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-005",
    "charset": "utf-8",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["及川社会保険労務士事務所 <office@oikawa-sr.jp>"],
    "subject": "資格喪失届の作成依頼（11/15付 懲戒解雇者 1名）",
    "body": f"""及川社会保険労務士事務所
及川先生

いつもお世話になっております。日の出産業 人事部の日下部です。

11月15日付で懲戒解雇となる従業員1名について、健康保険・厚生年金保険の資格喪失届と
雇用保険の離職票の作成をお願いいたします。離職理由は重責解雇（就業規則第62条）です。

【対象者】
氏名（カナ）　：蓑輪 健吾（ミノワ ケンゴ）
生年月日　　　：1978年2月27日
住所　　　　　：埼玉県さいたま市浦和区常盤6-31-12
基礎年金番号　：4127-638105
健康保険証　　：記号 1130　番号 2287
個人番号　　　：{my_number(SEED + 1)}
資格喪失日　　：2025年11月16日

最終給与の確定は11月25日の予定です。確定しましたら改めてご連絡します。
よろしくお願いいたします。
""" + SIG_KUSAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER",
                 "JP_HEALTH_INSURANCE", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "My Number, pension number and health-insurance number of one employee to the labour adviser (reason 2)",
})

MESSAGES.append({
    "id": "keijisosho-006",
    "charset": "iso-2022-jp",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["法人カードデスク <corp-desk@unity-card.co.jp>"],
    "subject": "法人カード利用明細の照会および利用停止のお願い",
    "body": f"""ユニティカード株式会社
法人カードデスク　ご担当者様

お世話になっております。日の出産業株式会社 経理部の土門と申します。
（法人会員番号：HS-0048812）

当社社員に貸与している下記法人カードについて、社内調査の対象となっております。
お手数ですが、2024年4月以降の利用明細（加盟店名・利用日時を含む詳細版）の発行と、
本日付での利用停止をお願いいたします。

　カード名義　：ＭＡＳＡＴＯ　ＮＩＳＨＩＮＡ（仁科 正人／営業本部長）
　カード番号　：{card_number(SEED + 2)}
　有効期限　　：０８／２８

再発行は不要です。ご対応可能な日程をお知らせください。

日の出産業株式会社　経理部　土門 恵
TEL 03-5542-7850
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "full card number of a named employee's corporate card to the card issuer (reason 2)",
})

MESSAGES.append({
    "id": "keijisosho-007",
    "charset": "cp932",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["常盤損害保険 自動車事故受付 <jiko-uketsuke@tokiwa-sonpo.co.jp>"],
    "subject": "事故報告（証券番号 FA-7731-0092）追加情報",
    "body": """常盤損害保険株式会社
自動車事故受付センター　ご担当者様

日の出産業 法務部の大楠です。10月30日の電話報告（受付番号 J-2510-33817）の追加情報です。

■運転者
　氏名：羽賀 伸也（はが しんや）　物流部 戸田配送センター所属
　生年月日：平成３年７月２日
　運転免許証番号：第 ３０１５２２０４８７６０ 号（東京都公安委員会）
■事故の状況
　10月30日 22時40分頃、戸田市美女木の国道17号で、当社2トン車が信号待ちの乗用車に追突。
　相手方運転者は頸椎捻挫の見込みです。
■その他
　運転者は呼気検査で基準値を超えるアルコールが検出され、道路交通法違反（酒気帯び運転）の
　現行犯で蕨警察署に逮捕されています（11月1日釈放、在宅で捜査継続）。

免責条項の適用可否についても、ご見解をお聞かせください。
""" + SIG_OGUSU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "driver's licence number and the drink-driving arrest of a named employee to the insurer (reasons 2 and 3)",
})

MESSAGES.append({
    "id": "keijisosho-008",
    "charset": "iso-2022-jp",
    "sender": "桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["加賀美 誠治 <kagami.seiji@kagami-law.jp>",
           "小鳥遊 真理 <takanashi.mari@hokuto-u.ac.jp>",
           "土屋 啓介 <tsuchiya.keisuke@seiwa-cpa.jp>"],
    "cc": ["長谷部 礼子 <hasebe.reiko@hinode-sangyo.co.jp>"],
    "subject": "第三者委員会 第1回会合のご案内",
    "body": """委員各位

日の出産業株式会社 法務部長の桐生でございます。
このたびは当社購買部における不正取引に関する第三者委員会の委員をお引き受けいただき、
誠にありがとうございます。

第1回会合を下記のとおり開催いたします。

　日時：11月12日（水）15:00～17:30
　場所：当社本社 8階 役員会議室（東京都中央区八丁堀3-14-7）
　議題：(1) 委員長の選任　(2) 調査範囲・スケジュール　(3) 事務局体制　(4) 開示方針

事前資料は、委員会専用の共有フォルダに11月7日までに格納いたします。
アクセス用のURLは別途、事務局からお一人ずつお送りします。

ご不明点は事務局（法務部 真鍋）までお問い合わせください。
""" + SIG_KIRYU,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external members from three organisations visible to each other in To: should have been Bcc (reason 4)",
})

MESSAGES.append({
    "id": "keijisosho-009",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-1aw.jp>"],
    "subject": "社内調査 進捗共有の打合せ候補日",
    "body": """白川法律事務所
門脇先生

お世話になっております。日の出産業の真鍋です。

購買部案件の社内調査について、デジタル・フォレンジックの一次報告が出そろいましたので、
進捗共有のお打合せをお願いできればと存じます。候補日は以下のとおりです。

　① 11月10日（月）10:00～11:30
　② 11月11日（火）16:00～17:30
　③ 11月13日（木）13:00～14:30

ご都合のよい日時をお知らせください。会場は貴事務所に伺う想定です。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain shirakawa-1aw.jp imitates partner shirakawa-law.jp (l→1 homoglyph) (reason 5)",
})

MESSAGES.append({
    "id": "keijisosho-010",
    "charset": "utf-8",
    "sender": "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>",
    "to": ["眞壁 純 <makabe.jun@akatsuki-kansa.jp>"],
    "cc": ["長谷部 礼子 <hasebe.reiko@hinode-sangyo.co.jp>"],
    "subject": "購買部案件 中間調査報告書の送付",
    "body": """眞壁様

内部監査室の塩谷です。
監査役会に提出した中間調査報告書（匿名化版）をお送りします。
関与者はA氏・B氏、取引先はX社・Y社と表記しています。
会計処理への影響額の見積りは第4章をご参照ください。

塩谷
""",
    "attachments": [{
        "kind": "pdf",
        "name": "中間調査報告書_購買部案件.pdf",
        "title": "中間調査報告書",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 内部監査室",
        "lines": [
            "購買部における不適切な取引に関する中間調査報告書",
            "2025年11月4日　日の出産業株式会社 内部監査室",
            "",
            "第1章 調査の経緯",
            "2025年8月、内部通報窓口に購買部の発注手続に関する通報があり、内部監査室が調査を開始した。",
            "第2章 調査の方法",
            "関係書類の精査、電子メールのレビュー（約4万通）、関係者ヒアリング（延べ14回）を実施した。",
            "第3章 判明した事実",
            "A氏は2023年度以降、X社及びY社に対し、実態のない追加作業名目の発注を行っていた疑いがある。",
            "B氏はA氏の指示により検収書類を作成していたが、不正の認識はなかったと述べている。",
            "第4章 影響額",
            "現時点で確認された過大支払額は約4,870万円（2023年度 1,920万円、2024年度 2,950万円）。",
            "第5章 今後の予定",
            "最終報告は2026年1月末を目途とする。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF stamped 社外秘 in its page header sent to the external auditor (reason 6); content anonymised",
})

MESSAGES.append({
    "id": "keijisosho-011",
    "charset": "iso-2022-jp",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "ヒアリング記録一式の送付",
    "body": """門脇先生

お世話になっております。法務部の大楠です。
これまでのヒアリング記録（第1回～第9回）をZIPにまとめてお送りします。
解凍用パスワードは、この後別メールでお送りします。

よろしくお願いいたします。
""" + SIG_OGUSU,
    "attachments": [{
        "kind": "zip",
        "name": "hearing_records_01-09.zip",
        "password": "Hs#2025kb09",
        "files": [
            {"kind": "docx", "name": "ヒアリング記録_第1回.docx",
             "paragraphs": ["ヒアリング記録（第1回）", "対象：購買部 関係者A", "聴取者：法務部 大楠、内部監査室 塩谷",
                            "発注書の承認手順について説明を受けた。"]},
            {"kind": "docx", "name": "ヒアリング記録_第2回.docx",
             "paragraphs": ["ヒアリング記録（第2回）", "対象：購買部 関係者B", "検収書の作成経緯について聴取した。"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to counsel: content cannot be inspected (reason 7)",
})

MESSAGES.append({
    "id": "keijisosho-012",
    "charset": "utf-8",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["眞壁 純 <makabe.jun@akatsuki-kansa.jp>", "井手 晴香 <ide.haruka@akatsuki-kansa.jp>"],
    "subject": "Re: 経費精算データ（2025年度上期）再送",
    "body": """眞壁様、井手様

経理部の土門です。
先ほどのファイルが開けないとのご連絡をいただきましたので、保存し直して再送いたします。
こちらでも開けない場合は、共有ストレージ経由でお渡しする方法を検討します。

土門

> 土門様
> 本日いただいた経費精算データですが、Excelで開こうとすると
> 「ファイルが破損しています」と表示されます。お手数ですが再送いただけますか。
> あかつき監査法人 井手
""",
    "attachments": [{"kind": "corrupt", "name": "経費精算データ_2025上期.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX to the auditor cannot be read (reason 7)",
})

MESSAGES.append({
    "id": "keijisosho-013",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "ハラスメント通報案件　ヒアリング対象者と希望日時",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>白川法律事務所<br>門脇先生</p>
<p>いつもお世話になっております。コンプライアンス推進室の葛西です。<br>
物流部のハラスメント通報案件につき、先生に直接ヒアリングをお願いする6名の連絡先と希望日時をお送りします。
社内メールを使いたくないという希望の方が多いため、個人の連絡先を記載しています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>No</th><th>氏名</th><th>所属</th><th>携帯電話</th><th>連絡用メール</th><th>希望日時</th></tr>
<tr><td>1</td><td>東海林 美紗</td><td>物流部 川口倉庫</td><td>090-3361-7729</td><td>misa.shoji.88@gmail.com</td><td>11/6 18時以降</td></tr>
<tr><td>2</td><td>粕谷 健人</td><td>物流部 川口倉庫</td><td>080-5527-1043</td><td>k.kasuya@yahoo.co.jp</td><td>11/7 終日</td></tr>
<tr><td>3</td><td>比嘉 菜々子</td><td>物流部 業務課</td><td>070-2218-6650</td><td>nanako-h@icloud.com</td><td>11/10 午前</td></tr>
<tr><td>4</td><td>権藤 大樹</td><td>物流部 川口倉庫</td><td>090-8804-3317</td><td>gondo.daiki@outlook.jp</td><td>11/10 午後</td></tr>
<tr><td>5</td><td>佐伯 留美</td><td>物流部 業務課</td><td>080-1195-2284</td><td>rumi.saeki@gmail.com</td><td>11/11 17時以降</td></tr>
<tr><td>6</td><td>元木 翔太</td><td>物流部 戸田配送センター</td><td>090-6630-8815</td><td>shota.motoki@docomo.ne.jp</td><td>11/12 終日</td></tr>
</table>
<p>ご都合が合わない場合は、私から本人に再調整いたします。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 コンプライアンス推進室 葛西 由梨<br>TEL 03-5542-7730</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 6 people with personal mobile and e-mail to counsel (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-014",
    "charset": "cp932",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "subject": "FW: 捜査関係事項照会書の受領について（中原署）",
    "body": """白川先生

お世話になっております。真鍋です。
総務部から、中原警察署より捜査関係事項照会書が届いたとの報告がありましたので転送します。
回答してよい範囲についてご意見をいただけますでしょうか。回答期限は11月7日です。

真鍋
""",
    "attachments": [{
        "kind": "eml",
        "name": "捜査関係事項照会書の受領について.eml",
        "message": {
            "charset": "cp932",
            "sender": "早乙女 健 <saotome.ken@hinode-sangyo.co.jp>",
            "to": ["manabe.saori@hinode-sangyo.co.jp"],
            "subject": "捜査関係事項照会書の受領について",
            "body": """法務部 真鍋さん

総務の早乙女です。本日、中原警察署 刑事課（担当：巡査部長 大鷹様）から
当社宛の捜査関係事項照会書が郵送で届きました。照会内容は以下のとおりです。

　対象者：樫村 大輔（昭和61年9月14日生）
　　　　　住所 川崎市中原区今井南町22-9 ラフォーレ今井203
　　　　　携帯 090-5173-2846
　被疑事件：傷害被疑事件
　照会事項：
　　1. 10月18日の勤務時間（出退勤記録）
　　2. 同日の業務上の会食の有無と参加者
　　3. 会社貸与携帯電話の番号と通話記録

原本は法務部のキャビネットに入れておきます。

総務部 早乙女
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded mail (attached .eml) naming the suspect of a criminal case with DOB, address, mobile (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-015",
    "charset": "utf-8",
    "sender": "Masaomi Kiryu <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["Rebecca Lindqvist <rlindqvist@lindqvist-hale.com>"],
    "cc": ["manabe.saori@hinode-sangyo.co.jp"],
    "subject": "Arrest of an Osaka employee - possible FCPA / UKBA exposure",
    "body": """Dear Rebecca,

I am writing to let you know about a development that may need your advice from the
US side.

On 3 November, Osaka Prefectural Police arrested one of our employees, Mr. Ryota
Fujisawa (born 12 March 1979), Deputy Manager of our Osaka Branch, on suspicion of
offering bribes to an official of a municipal waterworks bureau in connection with a
pump-maintenance tender. He is currently detained at Osaka Higashi police station and
the prosecutors are expected to request a 10-day detention.

As far as we know, the conduct was purely domestic, but Mr. Fujisawa also handled two
contracts with the Thai subsidiary in 2023, and we would like your view on whether we
need to review those under the FCPA.

Could we schedule a call this week? Thursday 8 am Tokyo time would work for us.
""" + SIG_EN_KIRYU + "\n" + DISCLAIMER_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English mail to US counsel naming an arrested employee with DOB (reason 3); disclaimer does not matter",
})

MESSAGES.append({
    "id": "keijisosho-016",
    "charset": "iso-2022-jp",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["こころEAP 相談窓口 <soudan@kokoro-eap.co.jp>"],
    "subject": "従業員のカウンセリング手配のお願い",
    "body": """こころEAP株式会社
相談窓口ご担当者様

いつもお世話になっております。日の出産業 人事部の宍戸です。
下記の従業員について、優先的なカウンセリングの手配をお願いしたくご連絡いたしました。

・氏名：百瀬 美咲（ももせ みさき）　総務部 総務課
・連絡先：０８０－４７２６－１１９３（本人了承済み）
・経緯：元交際相手からのつきまといの被害に遭っており、本人が警察に相談した結果、
　９月にストーカー規制法に基づく禁止命令が出ています。最近になって再び自宅付近で
　相手を見かけたとのことで、不眠が続いていると本人から申告がありました。

面談は勤務時間外・オンラインを希望しています。
本人への連絡は上記携帯へ直接お願いいたします（会社の代表電話は避けてください）。
""" + SIG_SHISHIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named employee who is a stalking (crime) victim, with her mobile, to the EAP vendor (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-017",
    "charset": "utf-8",
    "sender": "御子柴 隆 <mikoshiba.takashi@hinode-sangyo.co.jp>",
    "to": ["宍戸 亜希子 <shishido.akiko@hinode-sangyo.jp>"],
    "cc": ["kusakabe.sho@hinode-sangyo.co.jp"],
    "subject": "懲戒委員会（11/14）議題の確認",
    "body": """宍戸さん

11/14の懲戒委員会の議題、以下で確定させてください。

1. 八木橋 俊介（営業一課 課長代理）　経費精算不正　→ 降格で諮る
2. 五月女 誠（大阪支店 係長）　経費精算不正・未返還　→ 諭旨解雇で諮る
3. 轟 一樹（名古屋営業所長）　経費精算不正・部下への指示　→ 降格＋役職解任

弁明の機会の通知は11/7までに本人宛に出しておくこと。
委員への資料配布は前日夕方、紙のみで。

御子柴
""",
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for an internal colleague but To is hinode-sangyo.jp (own domain with co. dropped) (reason 5); 3 named employees with sanctions",
})

MESSAGES.append({
    "id": "keijisosho-018",
    "charset": "cp932",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "cc": ["真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>"],
    "subject": "過去の懲戒処分事例（刑事事件関係）の一覧",
    "body": """門脇先生

人事部の日下部です。
樫村の処分検討の参考として、過去10年間に刑事事件が絡んだ懲戒処分の事例を一覧にしました。
古いシステムから出力したため xls 形式です。ご容赦ください。

よろしくお願いします。
""" + SIG_KUSAKABE,
    "attachments": [{
        "kind": "xls",
        "name": "懲戒処分事例_刑事事件関係_2015-2025.xls",
        "sheets": {
            "事例一覧": [
                ["年度", "氏名", "所属(当時)", "事案", "刑事手続の結果", "懲戒処分"],
                ["2015", "真砂 昭彦", "大阪支店", "酒気帯び運転（私有車）", "罰金30万円", "出勤停止10日"],
                ["2016", "宇佐美 龍之介", "物流部", "窃盗（倉庫商品の持ち出し）", "懲役1年 執行猶予3年", "懲戒解雇"],
                ["2017", "小野寺 哲", "営業本部", "迷惑防止条例違反（痴漢）", "罰金50万円", "諭旨解雇"],
                ["2018", "有馬 陽子", "経理部", "業務上横領", "懲役2年6月 実刑", "懲戒解雇"],
                ["2019", "楢崎 敦", "名古屋営業所", "暴行（私生活上）", "不起訴（起訴猶予）", "けん責"],
                ["2020", "鬼塚 拓也", "情報システム部", "不正アクセス禁止法違反", "罰金80万円", "懲戒解雇"],
                ["2022", "早瀬 修平", "物流部", "大麻取締法違反（所持）", "懲役6月 執行猶予3年", "諭旨解雇"],
                ["2023", "千葉 貴之", "営業本部", "傷害（飲酒後の喧嘩）", "罰金20万円", "減給"],
                ["2024", "石動 恵理", "総務部", "詐欺（私生活上）", "公判中", "休職（処分保留）"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "legacy XLS listing 9 named (ex-)employees with their criminal cases and outcomes to counsel (reasons 1 and 3)",
})

MESSAGES.append({
    "id": "keijisosho-019",
    "charset": "utf-8",
    "sender": "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>",
    "to": ["眞壁 純 <makabe.jun@akatsuki-kansa.jp>"],
    "subject": "監査役会報告資料（購買部案件）",
    "body": """眞壁様

内部監査室 塩谷です。
本日の監査役会で使用した報告資料をお送りします。
関与者の整理（4枚目）は監査役からの要請で実名表記にしています。

よろしくお願いいたします。
""",
    "attachments": [{
        "kind": "pptx",
        "name": "監査役会報告_購買部案件_1105.pptx",
        "title": "監査役会報告",
        "slides": [
            ["購買部における不適切取引について", "2025年11月5日 監査役会", "内部監査室"],
            ["事案の概要", "・架空の追加作業名目での発注（2023年度～）", "・過大支払額 約4,870万円（暫定）",
             "・取引先2社からの還流の疑い"],
            ["調査の進捗", "・メールレビュー完了（約4万通）", "・ヒアリング14回実施", "・銀行取引の照会中"],
            ["関与者の整理", "・蓑輪 健吾（購買部 係長／H10422）：発注起票・主導",
             "・樋渡 修（購買部 主任／H09215）：見積書の差替え",
             "・曽我部 亨（購買部 課長／H08307）：承認（実態確認せず）",
             "・栗栖 涼子（購買部／H11268）：検収書作成（指示による）",
             "・雨宮 崇（購買部／H09988）：取引先との連絡窓口",
             "・鳩山 雅之（経理部 課長／H07719）：支払処理（異常値を看過）"],
            ["今後の対応", "・刑事告訴の要否判断（12月）", "・懲戒処分（1月）", "・再発防止策の策定"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "PPTX slide listing 6 named employees with employee IDs, positions and roles in the fraud, to the auditor (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-020",
    "charset": "iso-2022-jp",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["調査チーム <case-0417@kairos-forensic.co.jp>"],
    "subject": "資金流出先の口座情報（追加調査依頼）",
    "body": """カイロスフォレンジック 調査チーム御中

法務部の大楠です。
経理部で振込記録を洗い直した結果、取引先経由ではなく個人名義口座へ直接振り込まれていた
支払が見つかりました。口座一覧とメモをZIPにまとめましたので、名義人と蓑輪氏との関係の
調査をお願いします。

大楠
""",
    "attachments": [{
        "kind": "zip",
        "name": "資金流出先_個人口座.zip",
        "files": [
            {"kind": "csv", "name": "振込先口座一覧.csv", "encoding": "cp932",
             "rows": [
                 ["No", "振込日", "金融機関", "支店", "種別", "口座番号", "口座名義(カナ)", "金額"],
                 ["1", "2024/03/29", "みどり銀行", "浦和支店", "普通", "3318207", "ミノワ ユカ", "1,650,000"],
                 ["2", "2024/06/28", "武蔵野信用金庫", "与野支店", "普通", "0724418", "ミノワ ケンタ", "880,000"],
                 ["3", "2024/09/30", "ひかり銀行", "大宮駅前支店", "普通", "5520931", "ササキ ノリコ", "1,210,000"],
                 ["4", "2024/12/27", "みどり銀行", "川口支店", "当座", "1004562", "イリエ タツヤ", "990,000"],
                 ["5", "2025/03/31", "東都銀行", "池袋支店", "普通", "8861037", "ヒワタリ マサコ", "2,420,000"],
                 ["6", "2025/06/30", "ひかり銀行", "浦和支店", "普通", "2297715", "ミノワ ユカ", "1,320,000"],
                 ["7", "2025/08/29", "武蔵野信用金庫", "本店営業部", "普通", "0381164", "クロサワ ジュン", "770,000"],
             ]},
            {"kind": "txt", "name": "メモ.txt",
             "text": "振込先口座の抽出条件：支払先マスタ未登録、かつ摘要に「追加作業」を含むもの。\n同一名義は合算せず、振込単位で記載。\n"},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "ZIP (readable) with a CSV of 7 personal bank accounts and holders' names to the forensic vendor (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-021",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["tsuyoshi.kamo1982@gmail.com", "rie_hanazawa@yahoo.co.jp",
           "s.nakaie@icloud.com", "ikuta-kohei@outlook.jp"],
    "subject": "社内調査へのご協力のお願い（日の出産業）",
    "body": """購買部に在籍されていた皆様

ご無沙汰しております。日の出産業株式会社 コンプライアンス推進室の葛西と申します。
突然のご連絡失礼いたします。

現在当社では、購買部の過去の取引について社内調査を行っております。
在籍当時の業務の流れについてお話を伺いたく、30分～1時間程度のオンライン面談に
ご協力いただけないでしょうか。謝礼として交通費相当額をお支払いいたします。

ご協力いただける場合は、11月20日までに本メールへご返信ください。
伺った内容は調査目的以外には使用いたしません。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "four private persons (former employees) on free mail visible to each other in To: should be Bcc (reason 4)",
})

MESSAGES.append({
    "id": "keijisosho-022",
    "charset": "cp932",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>", "門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "蓑輪氏の出国について",
    "body": """白川先生、門脇先生

真鍋です。取り急ぎのご報告です。

告訴受理後、浦和警察署の担当者から「蓑輪氏が10月28日に成田からマニラへ出国している」
との連絡がありました。警察は所在確認を進めているとのことです。
人事記録に残っている旅券の写し（2021年の海外出張時に提出）の情報は以下のとおりです。

　氏名：MINOWA KENGO（蓑輪 健吾）
　旅券番号：TZ4471820
　生年月日：1978年2月27日
　有効期限：2031年6月14日

民事（仮差押え）の手続を急ぐべきか、明日ご相談させてください。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "passport number of a named suspect and the criminal complaint against him, to counsel (reasons 2 and 3)",
})

MESSAGES.append({
    "id": "keijisosho-023",
    "charset": "utf-8",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["星野 行政書士事務所 <info@hoshino-gyosei.jp>"],
    "subject": "外国籍従業員の在留資格に関するご相談",
    "body": """星野行政書士事務所
星野先生

いつもお世話になっております。日の出産業 人事部の日下部です。

当社川口倉庫で勤務しているベトナム国籍の従業員が、副業先での就労に関して
入管法違反（資格外活動）の疑いで11月2日に逮捕されました。
在留期間の更新申請中だったため、今後の在留資格への影響と、
会社として入管へ何らかの届出が必要かをご相談したく存じます。

氏名：NGUYEN VAN HOA（グエン・ヴァン・ホア）
生年月日：1996年10月5日
在留カード番号：UH58204317VN
在留資格：技術・人文知識・国際業務（在留期限 2025年12月20日）

ご都合のよい日時をお知らせいただけますと幸いです。
""" + SIG_KUSAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "residence card number and the arrest of a named foreign employee to an administrative scrivener (reasons 2 and 3)",
})

MESSAGES.append({
    "id": "keijisosho-024",
    "charset": "iso-2022-jp",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "Re: 弁明の機会の日程について",
    "body": """門脇先生

人事部の宍戸です。ご連絡ありがとうございます。

ハラスメント案件の被通報者である東海林 亮（物流部 川口倉庫 課長）について、
本人から11月4日付の診断書が提出されました。
「うつ病により１か月間の自宅療養を要する」との内容で、主治医の意見として
面談等の心理的負荷のかかる対応は控えるよう記載されています。

この場合、11月10日予定の弁明の機会を延期すべきか、書面での弁明に切り替えるべきか、
ご意見をいただけますでしょうか。

> 宍戸様
> 弁明の機会の日程ですが、11/10（月）14時で本人に通知いただいて差し支えありません。
> 白川法律事務所 門脇
""" + SIG_SHISHIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "new text gives a named employee's depression diagnosis to outside counsel (reason 3); the quote is harmless",
})

MESSAGES.append({
    "id": "keijisosho-025",
    "charset": "cp932",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 門脇 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "RE: 追加ヒアリング対象者の連絡先",
    "body": """門脇先生

葛西です。ご依頼の追加ヒアリング対象者5名の連絡先です。
いずれも本人から先生へ直接連絡してよいとの了承を得ています。

・宮路 拓真（みやじ たくま）　物流部 業務課
　携帯 090-2741-6608　／ takuma.miyaji@hinode-sangyo.co.jp
・蔵本 瑛子（くらもと えいこ）　物流部 川口倉庫
　携帯 080-6615-3392　／ eiko.kuramoto@hinode-sangyo.co.jp
・笹倉 匡（ささくら ただし）　物流部 川口倉庫
　携帯 070-3349-2017　／ tadashi.sasakura@hinode-sangyo.co.jp
・御園 莉子（みその りこ）　総務部（2024年まで物流部）
　携帯 090-9920-5146　／ riko.misono@hinode-sangyo.co.jp
・日向 健太郎（ひゅうが けんたろう）　物流部 戸田配送センター
　携帯 080-7281-4430　／ kentaro.hyuga@hinode-sangyo.co.jp

よろしくお願いいたします。

-----Original Message-----
From: 門脇 梓 <kadowaki.azusa@shirakawa-law.jp>
Sent: Tuesday, November 4, 2025 6:12 PM
To: 葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>
Subject: 追加ヒアリング対象者の連絡先

葛西様

第1回のヒアリング結果を踏まえ、追加で5名から話を伺いたいと考えています。
各人の連絡先をお知らせいただけますでしょうか。

門脇
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reply whose NEW text is a block list of 5 employees with mobile and e-mail, to counsel (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-026",
    "charset": "utf-8",
    "sender": "桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "subject": "【極秘】役員関与の可能性について",
    "body": """白川先生

桐生です。電話でお話しした件の補足です。

フォレンジックの追加レビューで、購買部案件の取引先の1社と、当社の担当役員との間で
2023年に私的な会食・ゴルフが複数回あったことを示すメールが見つかりました。
現時点で金銭授受の痕跡はありませんが、第三者委員会への報告の要否と、
当該役員への聴取の順序についてご相談したく存じます。

社内でも本件を知っているのは社長、監査役と私の3名のみです。
取り扱いには十分ご注意いただけますと幸いです。
""" + SIG_KIRYU,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject stamped 【極秘】 going to an external recipient (reason 6); no one is named",
})

MESSAGES.append({
    "id": "keijisosho-027",
    "charset": "utf-8",
    "sender": "長谷部 礼子 <hasebe.reiko@hinode-sangyo.co.jp>",
    "to": ["眞壁 純 <makabe.jun@akatsuki-kansa.jp>"],
    "cc": ["shioya.atsushi@hinode-sangyo.co.jp"],
    "subject": "再発防止策（案）の共有",
    "body": """眞壁先生

常勤監査役の長谷部でございます。
先日の意見交換でお話しした再発防止策の案を添付いたします。
取締役会付議前の段階ですので、ご意見があれば11月21日までにいただけますと幸いです。

長谷部 礼子
""",
    "attachments": [{
        "kind": "docx",
        "name": "再発防止策（案）_v0.9.docx",
        "title": "再発防止策（案）",
        "page_header": "CONFIDENTIAL／社外秘",
        "page_footer": "Draft v0.9 - 2025/11/06",
        "paragraphs": [
            "購買部案件を踏まえた再発防止策（案）",
            "1. 発注と検収の職務分離の徹底（購買システムで同一者による起票・検収を禁止）",
            "2. 追加作業発注に対する事前承認ルールの新設（500万円以上は部門長＋経理部長の二重承認）",
            "3. 取引先との私的接待・贈答の事前申請制度",
            "4. 購買担当者の定期ローテーション（最長5年）",
            "5. 内部通報制度の周知強化と外部窓口の増設",
        ],
        "tables": [[["施策", "担当部署", "期限"],
                    ["職務分離", "情報システム部", "2026年3月"],
                    ["事前承認ルール", "経理部", "2026年1月"],
                    ["ローテーション", "人事部", "2026年4月"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX with page header CONFIDENTIAL／社外秘 sent to the auditor (reason 6)",
})

MESSAGES.append({
    "id": "keijisosho-028",
    "charset": "iso-2022-jp",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 八丁堀支店 法人営業 <hatchobori-hojin@midori-ginkou.co.jp>"],
    "subject": "口座の支払停止に関するご相談",
    "body": """みどり銀行 八丁堀支店
法人営業ご担当　三田村様

いつもお世話になっております。日の出産業 経理部の土門です。
先日お電話でご相談した件について、対象の口座情報をお送りします。

　名義：ミノワ ユカ
　口座：みどり銀行 浦和支店 普通 3318207

当社から不正に送金された資金の受取口座である可能性が高く、弁護士とも相談のうえ、
振り込め詐欺救済法の適用可否、または任意での取引停止の可否についてご教示ください。

日の出産業株式会社 経理部 土門
TEL 03-5542-7850
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginkou.co.jp imitates partner midori-ginko.co.jp (letter added) (reason 5); one person's bank account",
})

MESSAGES.append({
    "id": "keijisosho-029",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "subject": "告訴状（案）v3 のご確認",
    "body": """白川先生

お世話になっております。真鍋です。
先日のご指摘を反映した告訴状（案）の第3版をお送りします。
社内規程によりパスワードを設定しています。パスワードは先生の携帯にSMSでお送りしました。

被害額の内訳（別紙2）は経理部の最終確認待ちです。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "pdf",
        "name": "告訴状（案）_v3.pdf",
        "password": "shrkw-1107",
        "title": "告訴状（案）",
        "lines": ["告 訴 状", "浦和警察署長 殿", "告訴人 日の出産業株式会社",
                  "被告訴人 元従業員", "告訴の趣旨：業務上横領罪（刑法253条）"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to counsel cannot be inspected (reason 7)",
})

MESSAGES.append({
    "id": "keijisosho-030",
    "charset": "utf-8",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["調査チーム <case-0417@kairos-forensic.co.jp>"],
    "subject": "転送: 【丸菱資材】担当者一覧のご送付",
    "body": """カイロスフォレンジック 調査チーム御中

大楠です。
蓑輪氏の通話記録と突合していただくため、X社（丸菱資材）から以前受け取った担当者一覧を転送します。
私用携帯・私用メールで蓑輪氏とやり取りしていた人物がいないか確認をお願いします。

---------- 転送メッセージ ----------
From: 丸菱資材 営業部 <eigyo@maruhishi-shizai.co.jp>
Date: 2024年4月8日(月) 10:21
Subject: 【丸菱資材】担当者一覧のご送付
To: minowa.kengo@hinode-sangyo.co.jp

日の出産業株式会社 購買部 蓑輪様

平素よりお世話になっております。
今年度の担当者一覧をお送りします。休日・夜間は各担当の携帯へご連絡ください。

氏名　　　　　役職　　　　携帯　　　　　　　メール（休日連絡用）
------------------------------------------------------------------------
堂島 一成　　　部長　　　　090-3482-7716　　kazunari.dojima@gmail.com
吉見 沙耶　　　課長　　　　080-2209-4451　　saya.yoshimi@yahoo.co.jp
五百旗頭 亘　　主任　　　　090-6617-0382　　wataru.iokibe@icloud.com
津守 結衣　　　担当　　　　070-1148-9927　　yui.tsumori@gmail.com
片桐 龍二　　　担当　　　　080-5530-2264　　ryuji-katagiri@outlook.jp
真柴 晃　　　　工事管理　　090-4428-1157　　akira.mashiba@docomo.ne.jp
西ノ園 紗希　　事務　　　　080-9902-6685　　saki.nishinosono@gmail.com

今年度もよろしくお願いいたします。
丸菱資材株式会社 営業部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward (new text to the recipient) of a padded-column list of 7 people with mobiles and private e-mails (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-031",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "元社員による顧客データ持ち出しの件（証拠サンプル）",
    "body": """門脇先生

お世話になっております。真鍋です。
9月末に退職した元営業社員が、競合他社へ転職後に当社顧客へ営業をかけている件です。
退職直前に私用クラウドへアップロードされたファイルを復元できましたので、
不正競争防止法上の営業秘密該当性の検討用に、抜粋（10件）をCSVで添付します。

全体は約3,200件です。全件の提供が必要な場合はご指示ください。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "csv",
        "name": "復元データ_抜粋10件.csv",
        "encoding": "utf-8",
        "rows": [
            ["顧客ID", "氏名", "フリガナ", "生年月日", "住所", "電話番号", "契約商品"],
            ["C-100482", "古賀 義男", "コガ ヨシオ", "1952/03/18", "東京都練馬区石神井町4-22-6", "03-3996-2841", "給湯器メンテナンス"],
            ["C-100517", "瀬戸口 はる", "セトグチ ハル", "1948/11/02", "東京都杉並区阿佐谷南2-9-14", "03-3314-7702", "浄水器レンタル"],
            ["C-100633", "板倉 茂樹", "イタクラ シゲキ", "1961/07/29", "埼玉県所沢市小手指町1-18-3", "04-2948-1176", "給湯器メンテナンス"],
            ["C-100701", "永瀬 房子", "ナガセ フサコ", "1955/01/15", "東京都三鷹市下連雀7-3-21", "0422-47-3390", "浄水器レンタル"],
            ["C-100744", "國分 正", "コクブ タダシ", "1949/09/08", "神奈川県横浜市青葉区藤が丘1-30-5", "045-971-6628", "太陽光点検"],
            ["C-100812", "柳沢 京子", "ヤナギサワ キョウコ", "1958/05/21", "東京都世田谷区桜上水3-11-9", "03-3303-5517", "給湯器メンテナンス"],
            ["C-100859", "阿久津 進", "アクツ ススム", "1946/12/30", "千葉県松戸市常盤平5-7-12", "047-387-2204", "浄水器レンタル"],
            ["C-100903", "三枝 恵美子", "サエグサ エミコ", "1963/02/11", "東京都府中市紅葉丘2-41-8", "042-363-9081", "太陽光点検"],
            ["C-100966", "梶原 勲", "カジワラ イサオ", "1951/08/04", "東京都町田市玉川学園6-2-17", "042-728-4463", "給湯器メンテナンス"],
            ["C-101025", "湊 千代", "ミナト チヨ", "1944/04/26", "神奈川県川崎市麻生区百合丘2-15-3", "044-966-7319", "浄水器レンタル"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 10 customers with DOB, address and phone sent to counsel (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-032",
    "charset": "cp932",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["浦和警察署 刑事第二課 <keiji2-urawa@kpd.pref-saitama.lg.jp>"],
    "cc": ["manabe.saori@hinode-sangyo.co.jp"],
    "subject": "捜査関係事項照会（埼浦刑二第1187号）への回答書送付",
    "body": """浦和警察署 刑事第二課
警部補 奥寺 様

お世話になっております。日の出産業株式会社 法務部の大楠でございます。
11月5日付で照会のありました事項について、回答書をPDFでお送りいたします。
原本は本日、簡易書留にて発送いたしました。

ご不明な点がございましたら、下記までご連絡ください。
""" + SIG_OGUSU,
    "attachments": [{
        "kind": "pdf",
        "name": "回答書_埼浦刑二第1187号.pdf",
        "title": "捜査関係事項照会に対する回答書",
        "lines": [
            "回 答 書",
            "浦和警察署長 殿　　　　　　　　　　　　　　　　令和7年11月10日",
            "日の出産業株式会社 代表取締役 日野 光太郎",
            "令和7年11月5日付 埼浦刑二第1187号にて照会のありました業務上横領被疑事件について、下記のとおり回答します。",
            "1. 被疑者の人定事項",
            "　氏名 蓑輪 健吾（ミノワ ケンゴ）　生年月日 昭和53年2月27日",
            "　住所 埼玉県さいたま市浦和区常盤6-31-12　電話 090-4418-2093",
            "2. 在職期間・職務　平成13年4月1日入社、令和2年4月より購買部係長（発注業務責任者）",
            "3. 令和6年度の出勤状況",
        ],
        "table": [
            ["月", "所定日数", "出勤日数", "有給取得", "備考"],
            ["4月", "21", "21", "0", ""],
            ["5月", "19", "18", "1", ""],
            ["6月", "20", "20", "0", ""],
            ["7月", "22", "19", "3", "夏季休暇"],
            ["8月", "20", "17", "3", ""],
            ["9月", "20", "20", "0", ""],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF reply to a police inquiry naming the suspect of an embezzlement case with DOB, address (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-033",
    "charset": "iso-2022-jp",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "関係者の人事情報（人事部からのメールを添付します）",
    "body": """門脇先生

真鍋です。
ご依頼のあった購買部関係者の人事情報について、人事部からのメールをそのまま添付します。
現住所は年末調整時の届出に基づくものです。

よろしくお願いいたします。
""",
    "attachments": [{
        "kind": "eml",
        "name": "購買部関係者の人事情報.eml",
        "message": {
            "charset": "utf-8",
            "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
            "to": ["manabe.saori@hinode-sangyo.co.jp"],
            "subject": "購買部関係者の人事情報",
            "body": """真鍋さん

人事部 日下部です。依頼のあった6名分です。

氏名\t生年月日\t入社日\t現住所\t携帯
樋渡 修\t1984/06/11\t2007/04/01\t埼玉県川口市芝新町3-8-15\t090-7730-1846
曽我部 亨\t1975/10/23\t1998/04/01\t東京都足立区西新井本町2-27-4\t090-6653-2217
栗栖 涼子\t1992/01/30\t2014/04/01\t埼玉県戸田市新曽南1-6-22-402\t080-3307-4419
雨宮 崇\t1988/08/17\t2011/10/01\t東京都板橋区成増4-19-7\t090-8812-0457
入江 千尋\t1995/03/04\t2017/04/01\t埼玉県さいたま市南区別所5-2-9\t080-2271-6635
小此木 蓮\t2000/12/09\t2023/04/01\t東京都北区赤羽西6-33-1-208\t080-6671-2905

日下部
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached mail (.eml) with a tab-separated list of 6 employees' DOB, address, mobile to counsel (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-034",
    "charset": "utf-8",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["リスクアイ調査部 <research@risk-eye.co.jp>"],
    "subject": "Re: 採用候補者調査報告（案件番号 RE-25-3381）",
    "body": """リスクアイ株式会社
調査部 ご担当者様

人事部の日下部です。調査報告書を拝受しました。ありがとうございます。

ご報告いただいた候補者のうち、西條 篤 氏（昭和63年生、現住所 東京都江戸川区）について、
平成29年に詐欺罪で有罪判決（懲役2年・執行猶予4年）を受けているとの記載がありました。
経理部の採用ポジションのため慎重に判断したく、以下2点を追加で確認いただけますでしょうか。

1. 判決の対象となった事件が業務に関連するものか（前職での不正か否か）
2. 執行猶予期間が満了しているか

追加費用が発生する場合は、事前にお見積りをお願いします。
""" + SIG_KUSAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's criminal conviction written in new text to a screening vendor (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-035",
    "charset": "cp932",
    "sender": "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>",
    "to": ["井手 晴香 <ide.haruka@akatsuki-kansa.jp>"],
    "subject": "経費精算不正　懲戒処分の結果",
    "body": """あかつき監査法人
井手様

内部監査室 塩谷です。
11月14日の懲戒委員会で決定した処分結果をお知らせします。

社員番号　氏名　　　　　　所属　　　　　　　　処分　　　　　発令日
────　────────　──────────　──────　─────
Ｈ０８８１５　八木橋　俊介　　営業本部　営業一課　　降格　　　　　１１／１７
Ｈ１０２７４　沼尻　香織　　　営業本部　営業一課　　減給　　　　　１１／１７
Ｈ０９５６２　五月女　誠　　　大阪支店　営業課　　　諭旨解雇　　　１１／２０
Ｈ０７７３１　轟　一樹　　　　名古屋営業所　　　　　降格　　　　　１１／１７
Ｈ１０９５５　久世　大地　　　営業本部　営業二課　　減給　　　　　１１／１７
Ｈ１１３９０　漆原　健司　　　営業本部　営業三課　　けん責　　　　１１／１７

けん責・訓戒の残り2名は所属長から口頭で通知済みです。
""" + SIG_SHIOYA,
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "full-width padded table of 6 named employees with employee no. and sanctions to the auditor (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-036",
    "charset": "utf-8",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["法人カードデスク <corp-desk@unity-card.co.jp>"],
    "subject": "法人カード一時利用停止の依頼（7枚）",
    "body": f"""ユニティカード 法人カードデスク御中

日の出産業 経理部の土門です（法人会員番号 HS-0048812）。
社内調査の関係で、下記7枚の法人カードを本日17時付で一時利用停止にしてください。
Excelから貼り付けたため見づらくて申し訳ありません。

氏名\t所属\tカード番号\t有効期限
八木橋 俊介\t営業一課\t{card_number(SEED + 3)}\t03/27
沼尻 香織\t営業一課\t{card_number(SEED + 4)}\t11/26
五月女 誠\t大阪支店\t{card_number(SEED + 5)}\t06/28
蓮見 由佳\t大阪支店\t{card_number(SEED + 6)}\t09/27
轟 一樹\t名古屋営業所\t{card_number(SEED + 7)}\t01/28
箕浦 さくら\t名古屋営業所\t{card_number(SEED + 8)}\t12/26
久世 大地\t営業二課\t{card_number(SEED + 9)}\t05/27

停止完了後、受付番号をご返信いただけますと助かります。
土門
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 7 named employees with full card numbers to the issuer (reasons 1 and 2)",
})

MESSAGES.append({
    "id": "keijisosho-037",
    "charset": "iso-2022-jp",
    "sender": "矢吹 誠 <yabuki.makoto@hinode-sangyo.co.jp>",
    "to": ["保守サポート <support@tsubasa-systems.jp>"],
    "subject": "購買システム 操作ログ抽出のお願い",
    "body": """ツバサシステム株式会社
保守サポートご担当者様

いつもお世話になっております。日の出産業 情報システム部の矢吹です。

保守契約（契約番号 TS-HS-2019-044）に基づき、購買システムの操作ログ抽出をお願いいたします。

　対象アカウント：h10422、h09215、h08307
　対象期間　　　：2023年4月1日～2025年9月30日
　対象操作　　　：発注起票、発注変更、検収登録、マスタ変更
　納品形式　　　：CSV（当社指定のSFTPへ格納）

社内調査に使用するため、抽出作業の記録（作業者・日時・抽出条件）も併せてご提出ください。

日の出産業株式会社 情報システム部 矢吹 誠
TEL 03-5542-7760
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systems.jp imitates partner tsubasa-system.jp (letter added) (reason 5)",
})

MESSAGES.append({
    "id": "keijisosho-038",
    "charset": "cp932",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["榊原 修一 <sakakibara@sakakibara-sogo-law.jp>", "樫村 恵美 <emi.kashimura0611@gmail.com>"],
    "cc": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "subject": "今後の打合せについて（三者）",
    "body": """榊原先生
樫村 恵美 様
（cc：当社顧問 白川先生）

日の出産業 人事部の宍戸です。

大輔さんの勾留が11月11日まで延長されたと伺いました。
ご家族のご心労いかばかりかとお察しいたします。

会社としては、起訴・不起訴の判断が出るまでは休職扱い（給与は規程に基づき6割支給）と
する方向で検討しております。つきましては、今後の見通しと復職時の手続について、
榊原先生、奥様、当社顧問の白川先生を交えてお話しする場を設けたく存じます。

11月13日（木）または14日（金）の午後でご都合はいかがでしょうか。
""" + SIG_SHISHIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
    "note": "three external parties (two law firms and a private person on gmail) visible in To/Cc (reason 4) and a named employee's detention (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-039",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "大阪支店 内部通報案件　面談予定者リスト",
    "body": """門脇先生

コンプライアンス推進室の葛西です。
大阪支店の通報案件（受付番号 2025-031）について、先生に面談をお願いする8名のリストをPDFでお送りします。
年齢の確認が必要とのことでしたので、生年月日も記載しています。

よろしくお願いいたします。
""" + SIG_KASAI,
    "attachments": [{
        "kind": "pdf",
        "name": "面談予定者リスト_2025-031.pdf",
        "title": "面談予定者リスト",
        "lines": ["大阪支店 内部通報案件（2025-031） 面談予定者リスト", "作成：コンプライアンス推進室　2025/11/07", ""],
        "table": [
            ["No", "氏名", "所属", "生年月日", "入社年", "携帯電話"],
            ["1", "五月女 誠", "営業課 係長", "1981/04/09", "2004", "090-3328-7715"],
            ["2", "蓮見 由佳", "営業課", "1996/12/01", "2019", "080-4471-2036"],
            ["3", "藤沢 亮太", "支店次長", "1979/03/12", "2001", "090-1157-8843"],
            ["4", "今泉 久美子", "業務課 課長", "1973/08/25", "1996", "090-6692-3301"],
            ["5", "鴨志田 悠", "営業課", "1998/02/14", "2020", "070-2284-5519"],
            ["6", "雲井 智美", "業務課", "1990/10/30", "2013", "080-9936-1170"],
            ["7", "砂川 剛", "営業課 主任", "1986/06/06", "2009", "090-4415-6627"],
            ["8", "真壁 宗一郎", "支店長", "1968/01/19", "1990", "090-2027-4468"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 8 employees with DOB and mobile to counsel (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-040",
    "charset": "utf-8",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["Kairos Forensics 調査チーム <case-0417@kairos-forensic.co.jp>"],
    "cc": ["真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>"],
    "subject": "横領事案 整理表（最新版）",
    "body": """調査チーム各位

法務部 大楠です。整理表を最新版に更新しました。
「関係者」シートに、蓑輪氏の親族・知人で資金の受取人と思われる人物を追加しています。
住所は登記簿・住民票の写し（弁護士経由で取得）によるものです。

引き続きよろしくお願いいたします。
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "横領事案_整理表_v7.xlsx",
        "sheets": {
            "時系列": [
                ["日付", "出来事", "根拠資料"],
                ["2023/05/12", "X社への初回の追加作業発注（320万円）", "発注書 PO-23-0518"],
                ["2023/11/30", "Y社への追加作業発注（480万円）", "発注書 PO-23-1377"],
                ["2024/03/29", "個人口座への初回振込", "振込記録"],
                ["2025/08/04", "内部通報受付", "通報記録 2025-027"],
            ],
            "関係者": [
                ["関係者一覧（資金受取人と思われる者を含む）"],
                ["氏名", "続柄・関係", "住所", "携帯", "メール"],
                ["蓑輪 由佳", "妻", "埼玉県さいたま市浦和区常盤6-31-12", "080-6143-2279", "yuka.minowa@gmail.com"],
                ["蓑輪 健太", "長男", "埼玉県さいたま市中央区下落合2-4-18-305", "090-5521-0086", "kenta.m.0415@icloud.com"],
                ["佐々木 典子", "妻の姉", "埼玉県上尾市柏座3-7-21", "090-2208-7431", "noriko-s@yahoo.co.jp"],
                ["入江 達也", "大学の同級生", "東京都豊島区南大塚1-44-6", "080-1173-9950", "irie.tatsuya@outlook.jp"],
                ["黒沢 潤", "元同僚（2022退職）", "埼玉県川越市新富町2-11-3", "070-6652-1184", "jun.kurosawa@docomo.ne.jp"],
                ["樋渡 昌子", "樋渡修の母", "群馬県高崎市八島町5-19", "027-322-6617", ""],
            ],
            "送金記録": [
                ["振込日", "受取人", "金額"],
                ["2024/03/29", "ミノワ ユカ", 1650000],
                ["2024/06/28", "ミノワ ケンタ", 880000],
                ["2025/03/31", "ヒワタリ マサコ", 2420000],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX (3 sheets) whose 関係者 sheet lists 6 private persons with address, phone and e-mail, to the forensic vendor (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-041",
    "charset": "utf-8",
    "sender": "Masaomi Kiryu <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["Grace Tan <grace.tan@tanlim-audit.com.sg>"],
    "subject": "Hinode Sangyo Singapore - staff list for the special audit",
    "body": """Dear Ms Tan,

Thank you for agreeing to perform the special audit of Hinode Sangyo Singapore Pte. Ltd.
As requested, please find below the Japanese expatriates who were involved in the
procurement approvals during FY2023-2025. Passport details are included because you
mentioned the immigration records check.

Name               Position                  Date of birth   Passport no.
-----------------  ------------------------  --------------  ------------
Kazuhiro Ebina     Managing Director         1969-05-03      TK8820417
Naoki Sakuraba     Finance Manager           1977-11-21      TR1163058
Chie Onodera       Procurement Manager       1983-02-08      TS5527190
Yusuke Kagawa      Sales Manager             1985-09-14      TZ0948836
Mitsuru Hoshina    Logistics Manager         1980-07-27      TH3371602

Please let me know if you need their local IC/Employment Pass numbers as well.
""" + SIG_EN_KIRYU + "\n" + DISCLAIMER_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "English padded table of 5 people with DOB and passport numbers to a Singapore audit firm (reasons 1 and 2)",
})

MESSAGES.append({
    "id": "keijisosho-042",
    "charset": "cp932",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "川口倉庫 商品持ち出しの件　事情聴取記録",
    "body": """門脇先生

法務部の大楠です。
川口倉庫の商品持ち出しの件、本人からの事情聴取記録をWordでお送りします。
本人は事実を認めており、被害届の取下げと示談を希望しています。

会社としての対応方針について、ご意見をお願いいたします。
""" + SIG_OGUSU,
    "attachments": [{
        "kind": "docx",
        "name": "事情聴取記録_猪股.docx",
        "title": "事情聴取記録",
        "paragraphs": [
            "事情聴取記録",
            "日時：2025年11月6日 10:00～11:40　場所：川口倉庫 会議室",
            "聴取者：法務部 大楠、物流部長 富樫　　記録：人事部 日下部",
            "対象者：猪股 伸吾（いのまた しんご）　物流部 川口倉庫 フォークリフト担当",
            "住所：埼玉県川口市領家4-16-2 コーポ領家102",
            "1. 経緯",
            "10月24日、倉庫の棚卸差異から電動工具12点の不足が判明。防犯カメラ映像の確認により本人の関与が疑われた。",
            "会社は10月28日に川口警察署へ被害届を提出し、本人は11月1日に同署で任意の取調べを受けている。",
            "2. 本人の説明",
            "生活費に困り、2025年6月から9月にかけて計12点をフリマアプリで売却したことを認めた。",
            "売却代金（約21万円）は全額弁済する意向。",
            "3. 本人の希望",
            "被害届の取下げと、可能であれば退職（自己都合）での処理を希望。",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX interview record: a named employee with address, a police complaint and questioning (criminal procedure) (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-043",
    "charset": "utf-8",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["HRコンパス 松永 <matsunaga@hr-compass.co.jp>"],
    "subject": "懲戒処分基準表のレビューのお願い",
    "body": """HRコンパス株式会社
松永様

お世話になっております。日の出産業 人事部の宍戸です。
先日お話しした懲戒処分基準表の現行版を添付いたします。
他社水準と比べて軽すぎる・重すぎる項目がないか、ご意見をいただけますと幸いです。

宍戸
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "懲戒処分基準表_2025.xlsx",
        "page_footer": "社外秘　日の出産業株式会社 人事部",
        "sheets": {
            "基準表": [
                ["【社外秘】懲戒処分基準表（2025年4月改定）"],
                [],
                ["区分", "非違行為", "標準的な処分", "加重事由", "軽減事由"],
                ["業務関係", "経費の不正請求", "減給～降格", "常習性・金額", "自主申告・全額返還"],
                ["業務関係", "業務上横領", "懲戒解雇", "―", "―"],
                ["業務関係", "取引先からの金品受領", "出勤停止～懲戒解雇", "金額・見返り", "自主申告"],
                ["私生活上", "飲酒運転", "出勤停止～懲戒解雇", "人身事故", "―"],
                ["私生活上", "暴行・傷害", "けん責～諭旨解雇", "報道", "示談成立"],
                ["職場秩序", "ハラスメント", "けん責～降格", "反復・地位利用", "謝罪・示談"],
            ],
            "改定履歴": [["改定日", "内容"], ["2021/04/01", "制定"], ["2025/04/01", "飲酒運転の区分を新設"]],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX stamped 【社外秘】 in its title row and page footer sent to an HR consultant (reason 6)",
})

MESSAGES.append({
    "id": "keijisosho-044",
    "charset": "iso-2022-jp",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["井手 晴香 <ide.haruka@akatsuki-kansa.jp>"],
    "subject": "購買部案件　支払明細・元帳（パスワード付）",
    "body": """井手様

経理部の土門です。
ご依頼の支払明細と買掛金元帳（2023～2025年度）を送付いたします。
添付ファイルのパスワードは以下のとおりです。

　パスワード：Akt-Hns1110

よろしくお願いいたします。
土門
""",
    "attachments": [{
        "kind": "zip",
        "name": "支払明細_元帳_2023-2025.zip",
        "password": "Akt-Hns1110",
        "files": [
            {"kind": "xlsx", "name": "支払明細_2023-2025.xlsx",
             "sheets": {"支払明細": [["支払日", "支払先", "金額"], ["2023/05/31", "丸菱資材(株)", 3520000]]}},
            {"kind": "csv", "name": "買掛金元帳.csv", "rows": [["日付", "取引先", "借方", "貸方"]]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP with the password in the same mail (PPAP): the attachment cannot be scanned (reason 7)",
})

MESSAGES.append({
    "id": "keijisosho-045",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 小松崎 <komatsuzaki@shirakawa-law.jp>"],
    "subject": "告訴状（受理版）のスキャンデータ",
    "body": """小松崎様

いつもお世話になっております。日の出産業 法務部の真鍋です。
白川先生よりご依頼のあった、浦和警察署に受理された告訴状のスキャンデータをお送りします。
複合機の調子が悪く、うまく保存できているか自信がないため、開けない場合はご連絡ください。

真鍋
""",
    "attachments": [{"kind": "corrupt", "name": "告訴状_受理版_scan.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt PDF to the law firm cannot be read (reason 7)",
})

MESSAGES.append({
    "id": "keijisosho-046",
    "charset": "iso-2022-jp",
    "sender": "伊集院 剛 <ijuin.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["桐生 正臣 <kiryu.masaomi@hinode-sangy0.co.jp>"],
    "cc": ["宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>"],
    "subject": "営業二課 樫村の件（ご報告）",
    "body": """桐生部長

営業二課長の伊集院です。
樫村の件、本日の状況をご報告します。

・本日午前、樫村の奥様から電話があり、勾留が延長されたとのことでした。
・被害者の方とは弁護人を通じて示談交渉中とのことです。
・担当顧客（12社）は当面、砂川と私で分担して対応します。
・顧客から問い合わせがあった場合は「体調不良で休職中」と回答するよう課内に指示しました。

以上、取り急ぎご報告まで。

伊集院
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangy0.co.jp imitates the own domain (o→0) (reason 5); a named employee's detention (reason 3)",
})

MESSAGES.append({
    "id": "keijisosho-047",
    "charset": "cp932",
    "sender": "入江 千尋 <irie.chihiro@hinode-sangyo.co.jp>",
    "to": ["丸菱資材 営業部 <eigyo@maruhishi-shizai.co.jp>",
           "関東パッケージ 営業課 <sales@kanto-package.co.jp>",
           "山吹トレーディング <info@yamabuki-trading.jp>",
           "北国フーズ 資材調達 <shizai@kitaguni-foods.co.jp>"],
    "subject": "当社購買部 担当者変更のお知らせ",
    "body": """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 購買部の入江でございます。

このたび社内体制の見直しに伴い、11月10日付で貴社の窓口担当を下記のとおり変更いたします。
これまでの担当者宛のご連絡は、今後すべて下記担当までお願いいたします。

　新担当：購買部 入江 千尋（TEL 03-5542-7871）
　　　　　購買部 課長代理 浅利 孝（TEL 03-5542-7872）

また、当社では発注・検収手続を見直しており、今後、発注書のない追加作業には
お支払いができませんので、あらかじめご了承ください。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

日の出産業株式会社 購買部
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four supplier organisations visible to each other in To: should have been Bcc (reason 4)",
})

MESSAGES.append({
    "id": "keijisosho-048",
    "charset": "utf-8",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>"],
    "subject": "被保険者証の返納が遅れる件（ご相談）",
    "body": """日の出産業健康保険組合
適用課 ご担当者様

人事部 労務課の日下部です。
下記被保険者について、本人が刑事事件で勾留中のため、休職手続に伴う被保険者証の回収が
できておりません。ご家族（被扶養者）分とあわせて、返納期限の猶予をお願いできますでしょうか。

　被保険者氏名：樫村 大輔
　記号・番号　：記号 ２０４　番号 １１８７
　被扶養者　　：樫村 恵美（配偶者）　同 番号 １１８７－０１
　　　　　　　　樫村 陽翔（長男）　　同 番号 １１８７－０２

ご家族の通院があるため、被扶養者分の証は当面手元に置かせていただきたいとのことです。
""" + SIG_KUSAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health insurance 記号・番号 of an employee and his dependants, plus his detention, to the health insurance society (reasons 2 and 3)",
})

MESSAGES.append({
    "id": "keijisosho-049",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["ホットラインパートナーズ 受付センター <center@hotline-partners.co.jp>"],
    "subject": "通報者へのフォローアップ連絡のお願い（10月受付分）",
    "body": """ホットラインパートナーズ 受付センター御中

コンプライアンス推進室の葛西です。
10月に貴社窓口経由で受け付けた通報のうち、下記5名の通報者（いずれも顕名）へ、
調査結果のフィードバック面談の日程調整をお願いします。

受付番号 / 氏名 / 所属 / 連絡先 / メール
HP-2510-004 / 小出 直人 / 物流部 / 090-2815-3364 / naoto.koide@gmail.com
HP-2510-007 / 真田 亜由美 / 経理部 / 080-7742-1950 / ayumi.sanada@yahoo.co.jp
HP-2510-011 / 大日向 徹 / 大阪支店 / 090-3306-8812 / toru.ohinata@hinode-sangyo.co.jp
HP-2510-015 / 水城 里奈 / 総務部 / 070-4419-2263 / rina.mizuki@icloud.com
HP-2510-019 / 羽生田 稔 / 名古屋営業所 / 080-5061-7738 / minoru.hanyuda@outlook.jp

よろしくお願いいたします。
""" + SIG_KASAI,
    "html": """<html><body>
<p>ホットラインパートナーズ 受付センター御中</p>
<p>コンプライアンス推進室の葛西です。<br>
10月に貴社窓口経由で受け付けた通報のうち、下記5名の通報者（いずれも顕名）へ、
調査結果のフィードバック面談の日程調整をお願いします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>受付番号</th><th>氏名</th><th>所属</th><th>連絡先</th><th>メール</th></tr>
<tr><td>HP-2510-004</td><td>小出 直人</td><td>物流部</td><td>090-2815-3364</td><td>naoto.koide@gmail.com</td></tr>
<tr><td>HP-2510-007</td><td>真田 亜由美</td><td>経理部</td><td>080-7742-1950</td><td>ayumi.sanada@yahoo.co.jp</td></tr>
<tr><td>HP-2510-011</td><td>大日向 徹</td><td>大阪支店</td><td>090-3306-8812</td><td>toru.ohinata@hinode-sangyo.co.jp</td></tr>
<tr><td>HP-2510-015</td><td>水城 里奈</td><td>総務部</td><td>070-4419-2263</td><td>rina.mizuki@icloud.com</td></tr>
<tr><td>HP-2510-019</td><td>羽生田 稔</td><td>名古屋営業所</td><td>080-5061-7738</td><td>minoru.hanyuda@outlook.jp</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 コンプライアンス推進室 葛西 由梨</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "text+HTML mail listing 5 named whistle-blowers with phones and e-mails to the hotline vendor (reason 1)",
})

MESSAGES.append({
    "id": "keijisosho-050",
    "charset": "iso-2022-jp",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "subject": "名古屋営業所の盗撮事件　被害者の状況",
    "body": """白川先生

真鍋です。名古屋営業所の件、被害に遭った従業員の状況を整理しました。
加害者側の弁護人から示談の申し入れが来ていますので、各人の意向を踏まえた対応方針を
ご相談させてください。

１．須賀 彩花（営業所 事務）　　携帯 080-3391-6647　示談：応じない意向、被害届維持
２．宝田 萌（営業所 営業）　　　携帯 090-7718-2253　示談：弁護士同席なら話は聞く
３．藍沢 千夏（営業所 事務）　　携帯 070-6684-9031　示談：未確認（休職中）
４．葉山 真由（営業所 営業）　　携帯 080-2047-5518　示談：応じる意向
５．若狭 詩織（派遣社員）　　　　携帯 090-5529-3384　示談：派遣元を通じて確認中

いずれの方も、加害者側へ直接連絡先を伝えることには同意していません。
""" + SIG_MANABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "list of 5 named crime victims with mobiles to counsel (reasons 1 and 3)",
})

MESSAGES.append({
    "id": "keijisosho-051",
    "charset": "utf-8",
    "sender": "早乙女 健 <saotome.ken@hinode-sangyo.co.jp>",
    "to": ["ことばPR 稲垣 <inagaki@kotoba-pr.co.jp>"],
    "subject": "想定問答（記者会見用）ドラフトの送付",
    "body": """ことばPR
稲垣様

総務部広報の早乙女です。
記者会見用の想定問答のドラフトをお送りします。
第三者委員会の設置発表に合わせて使う予定です。表現面でのご指摘をお願いします。

早乙女
""",
    "attachments": [{
        "kind": "pptx",
        "name": "想定問答_第三者委員会設置_draft.pptx",
        "title": "想定問答",
        "page_footer": "取扱注意｜日の出産業株式会社 総務部",
        "slides": [
            ["想定問答（第三者委員会設置）", "2025年11月 総務部広報"],
            ["Q1. 不正の内容は？", "A. 購買部の元従業員による不適切な発注。詳細は第三者委員会の調査に委ねる。"],
            ["Q2. 被害額は？", "A. 現時点で約4,900万円と見込む。確定次第公表する。"],
            ["Q3. 刑事告訴は？", "A. 告訴済み。捜査に全面的に協力している。"],
            ["Q4. 役員の責任は？", "A. 調査結果を踏まえ厳正に判断する。"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX with 取扱注意 footer on every slide sent to a PR agency (reason 6)",
})

MESSAGES.append({
    "id": "keijisosho-052",
    "charset": "cp932",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "cc": ["manabe.saori@hinode-sangyo.co.jp"],
    "subject": "樫村の前歴について（ご相談）",
    "body": """白川先生

人事部の宍戸です。
榊原弁護士との面談の中で、樫村が平成26年にも暴行罪で罰金刑（略式命令・罰金20万円）を
受けていたことが分かりました。入社後の出来事ですが、当時会社には報告されていません。

就業規則上、私生活上の犯罪について報告義務の定めはありませんが、
今回の処分を検討するにあたり、この前歴を考慮してよいものかご意見をいただけますか。

よろしくお願いいたします。
""" + SIG_SHISHIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's past criminal conviction to counsel (reason 3, one person is enough)",
})

MESSAGES.append({
    "id": "keijisosho-053",
    "charset": "utf-8",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["常盤損害保険 法人営業 <hojin-eigyo@tokiwa-sonpo.co.jp>"],
    "subject": "フリート契約　運転者の免許情報（戸田配送センター）",
    "body": """常盤損害保険株式会社
法人営業部　坂東様

日の出産業 法務部の大楠です。
先日の事故を受けて運転者管理を見直しており、戸田配送センターの運転者の免許情報を
お送りします。運転者限定特約の見直しの参考にしてください。

氏名：羽賀 伸也　　生年月日：Ｈ３．７．２　　免許証番号：301522048760　有効期限：2027/08/02
氏名：元木 翔太　　生年月日：Ｈ８．１．１９　免許証番号：301618335102　有効期限：2028/02/19
氏名：沼田 耕平　　生年月日：Ｓ６２．５．８　免許証番号：301207741953　有効期限：2026/06/08
氏名：鈴鹿 雄大　　生年月日：Ｈ１２．１０．３　免許証番号：301922059418　有効期限：2029/11/03
氏名：國井 翼　　　生年月日：Ｈ５．３．２７　免許証番号：301327716684　有効期限：2026/04/27
氏名：楠本 義弘　　生年月日：Ｓ５４．１２．１４　免許証番号：300911405527　有効期限：2027/01/14

よろしくお願いいたします。
""" + SIG_OGUSU,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "6 drivers with 和暦 DOB and driver's licence numbers to the insurer (reasons 1 and 2)",
})

MESSAGES.append({
    "id": "keijisosho-054",
    "charset": "iso-2022-jp",
    "sender": "桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.co.jp>"],
    "subject": "意見書作成のご依頼（取締役の善管注意義務）",
    "body": """白川先生

お世話になっております。桐生です。
購買部案件に関し、取締役会から、担当取締役の監督責任（善管注意義務違反の有無）について
外部専門家の意見書を取得するよう指示がありました。
依頼事項をWordにまとめましたので、お引き受けいただけるかご検討ください。

提出期限は12月19日を希望しております。
""" + SIG_KIRYU,
    "attachments": [{
        "kind": "docx",
        "name": "意見書依頼事項.docx",
        "paragraphs": [
            "意見書作成に関する依頼事項",
            "1. 担当取締役に、購買部における内部統制の構築・運用について善管注意義務違反が認められるか",
            "2. 会社として役員責任を追及する場合の手続と見通し",
            "3. 株主代表訴訟のリスク評価",
            "参考資料：中間調査報告書、取締役会議事録（2023～2025年度）",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp (another TLD) (reason 5)",
})

MESSAGES.append({
    "id": "keijisosho-055",
    "charset": "utf-8",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全管理部 <anzen@aoba-unyuu.co.jp>"],
    "subject": "ドライブレコーダー映像のご提供のお願い",
    "body": """青葉運輸株式会社
安全管理部 ご担当者様

いつもお世話になっております。日の出産業 法務部の大楠です。

10月30日22時40分頃、戸田市美女木の国道17号（美女木交差点付近）で当社車両が関係する
交通事故が発生しました。当時、貴社の車両が後方を走行していた可能性があり、
保険会社との協議のため、ドライブレコーダー映像をご提供いただけないでしょうか。

該当する車両の有無だけでも、ご確認いただけますと幸いです。
""" + SIG_OGUSU,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyuu.co.jp imitates partner aoba-unyu.co.jp (letter added) (reason 5)",
})

MESSAGES.append({
    "id": "keijisosho-056",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "内部通報管理台帳（2025年度上期）",
    "body": """門脇先生

葛西です。年次のレビューに向けて、上期の内部通報管理台帳をお送りします。
対応状況の記載が不十分な箇所があれば、ご指摘いただけますと助かります。
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "内部通報管理台帳_2025上期.xlsx",
        "sheets": {
            "台帳": [
                ["内部通報管理台帳（2025年4月～9月）"],
                ["受付番号", "受付日", "通報者", "通報者連絡先", "被通報者", "内容", "状況"],
                ["2025-012", "2025/04/14", "比嘉 菜々子", "070-2218-6650", "東海林 亮", "パワハラ（怒鳴る・書類を投げる）", "調査中"],
                ["2025-015", "2025/05/09", "匿名", "", "八木橋 俊介", "経費の水増し", "処分済"],
                ["2025-019", "2025/06/02", "雲井 智美", "080-9936-1170", "藤沢 亮太", "取引先との不適切な会食", "調査中"],
                ["2025-022", "2025/06/30", "御園 莉子", "090-9920-5146", "東海林 亮", "ハラスメントにより適応障害で通院中との申告", "調査中"],
                ["2025-027", "2025/08/04", "小出 直人", "090-2815-3364", "蓑輪 健吾", "発注手続の不正", "告訴済"],
                ["2025-031", "2025/09/18", "砂川 剛", "090-4415-6627", "五月女 誠", "経費の私的流用", "処分済"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "whistle-blowing log: named reporters with phones, accused persons, and a reporter's mental-health treatment (reasons 1 and 3)",
})

MESSAGES.append({
    "id": "keijisosho-057",
    "charset": "cp932",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["あおぞらクリニック 産業医 瀬尾先生 <seo@aozora-clinic.jp>"],
    "subject": "復職面談のお願い（物流部 従業員）",
    "body": """あおぞらクリニック
瀬尾先生

いつも大変お世話になっております。日の出産業 人事部の宍戸です。

物流部 戸田配送センターの鈴鹿 雄大さんについて、復職前の面談をお願いしたくご連絡しました。
本人は9月に大麻取締法違反（所持）の疑いで逮捕され、10月に処分保留で釈放されています。
本人からは、逮捕前から不眠があり、依存症の専門外来に通院を始めたとの申告がありました。

フォークリフト・車両運転業務に戻してよいかどうか、医学的なご意見を頂戴できればと存じます。
""" + SIG_SHISHIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's drug arrest and addiction treatment to the outside occupational physician (reason 3)",
})

# ======================================================================================
# 058-098: must go
# ======================================================================================

MESSAGES.append({
    "id": "keijisosho-058",
    "charset": "iso-2022-jp",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "Re: 次回お打合せの日程",
    "body": """門脇先生

ご調整ありがとうございます。
それでは 11月18日（火）14:00～ 貴事務所にて、でお願いいたします。
当社からは桐生と私の2名で伺います。

真鍋

> 真鍋様
> 次回のお打合せですが、11/18（火）14時または11/19（水）10時はいかがでしょうか。
> 白川法律事務所 門脇
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "short scheduling reply to counsel, nothing personal",
})

MESSAGES.append({
    "id": "keijisosho-059",
    "charset": "cp932",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 経理 <keiri@shirakawa-law.jp>"],
    "subject": "ご請求書（No. SKL-2025-0917）のお支払いについて",
    "body": """白川法律事務所
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の土門です。

10月分のご請求書（No. SKL-2025-0917、ご請求額 2,486,000円（税込））を拝受いたしました。
当社の支払サイクルにより、11月28日（金）に下記口座へお振込みいたします。

　振込先：みどり銀行 日本橋支店 普通 1182044　シラカワホウリツジムショ

なお、適格請求書発行事業者の登録番号（T番号）の記載がございませんでしたので、
お手数ですが次回以降のご請求書への記載をお願いできますでしょうか。

日の出産業株式会社 経理部 土門 恵
TEL 03-5542-7850
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invoice payment notice: the law firm's own business bank account and invoice number are not personal data",
})

MESSAGES.append({
    "id": "keijisosho-060",
    "charset": "utf-8",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>"],
    "cc": ["給与チーム <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "勾留中の樫村の給与・社会保険の扱い",
    "body": f"""真鍋さん
（cc：給与チーム）

宍戸です。勾留中の樫村の給与の扱いについて、法務部の見解を確認させてください。

【対象者】
氏名：樫村 大輔（社員番号 H06604）
生年月日：1986年9月14日
住所：神奈川県川崎市中原区今井南町22-9 ラフォーレ今井203
個人番号：{my_number(SEED + 10)}（年末調整用、給与チーム保管分）

【論点】
1. 10/21以降の欠勤を無給の欠勤扱いとするか、休職発令とするか
2. 起訴された場合の休職期間の上限（就業規則第18条の起訴休職）
3. 年末調整：配偶者控除の申告書が未提出。勾留先へ郵送してよいか

給与チームは11/20締めで処理したいとのことです。

宍戸
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "all recipients internal: My Number and an arrest may circulate inside the company",
})

MESSAGES.append({
    "id": "keijisosho-061",
    "charset": "utf-8",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>"],
    "cc": ["監査チーム <audit-team@hinode-sangyo.co.jp>"],
    "subject": "弁明の機会 通知先リスト（経費精算不正 12名）",
    "body": """塩谷室長

人事部 日下部です。
経費精算不正の件で弁明の機会を通知する12名のリストを添付します。
通知は本人の自宅住所宛に特定記録郵便で送ります。携帯は不着時の連絡用です。

日下部
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "弁明機会通知先_12名.xlsx",
        "sheets": {
            "通知先": [
                ["社員番号", "氏名", "所属", "郵便番号", "住所", "携帯"],
                ["H08815", "八木橋 俊介", "営業一課", "176-0022", "東京都練馬区向山3-9-2", "090-1174-5528"],
                ["H10274", "沼尻 香織", "営業一課", "335-0004", "埼玉県蕨市中央5-21-7-301", "080-6639-2217"],
                ["H11390", "漆原 健司", "営業三課", "272-0033", "千葉県市川市市川南2-6-14", "090-4402-8871"],
                ["H09562", "五月女 誠", "大阪支店", "530-0041", "大阪府大阪市北区天神橋4-3-19", "090-3328-7715"],
                ["H12007", "蓮見 由佳", "大阪支店", "564-0062", "大阪府吹田市垂水町1-33-8", "080-4471-2036"],
                ["H07731", "轟 一樹", "名古屋営業所", "464-0850", "愛知県名古屋市千種区今池5-11-4", "090-7756-3319"],
                ["H13318", "箕浦 さくら", "名古屋営業所", "453-0015", "愛知県名古屋市中村区椿町2-8", "070-5518-4406"],
                ["H10955", "久世 大地", "営業二課", "211-0063", "神奈川県川崎市中原区小杉町1-403", "080-2294-6173"],
                ["H12440", "穂積 蒼", "営業三課", "169-0075", "東京都新宿区高田馬場2-17-5", "090-8865-0142"],
                ["H11021", "帯刀 理沙", "営業一課", "143-0016", "東京都大田区大森北4-2-11", "080-3317-9928"],
                ["H09874", "宇津木 亮", "大阪支店", "663-8035", "兵庫県西宮市北口町6-21", "090-5541-7783"],
                ["H13005", "千賀 美鈴", "名古屋営業所", "460-0008", "愛知県名古屋市中区栄3-14-2", "080-1126-8890"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "list of 12 employees' home addresses and mobiles, but all recipients are internal",
})

MESSAGES.append({
    "id": "keijisosho-062",
    "charset": "cp932",
    "sender": "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>",
    "to": ["眞壁 純 <makabe.jun@akatsuki-kansa.jp>"],
    "subject": "Re: 往査時の面談対象者について",
    "body": """眞壁様

内部監査室 塩谷です。
面談対象者の件、承知いたしました。本人たちへは当方から日程を連絡し、
11月21日（金）までに確定した時間割をお送りします。

塩谷

> 塩谷様
>
> 来週の往査で、以下の方々と面談させていただきたく存じます。
> 社員番号はいただいた人員リストによるものです。
>
> 　H08307　曽我部 亨　　購買部 課長　　　内線 7810
> 　H07719　鳩山 雅之　　経理部 課長　　　内線 7842
> 　H09215　樋渡 修　　　購買部 主任　　　内線 7813
> 　H11268　栗栖 涼子　　購買部　　　　　　内線 7815
> 　H12650　戸叶 瑞穂　　経理部　　　　　　内線 7846
> 　H11873　入江 千尋　　購買部　　　　　　内線 7871
>
> 各30分程度を想定しています。
> あかつき監査法人 眞壁
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the list of 6 people is only quoted from the auditor's own mail; the new text has no personal data",
})

MESSAGES.append({
    "id": "keijisosho-063",
    "charset": "iso-2022-jp",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "フォレンジック会社との秘密保持契約について",
    "body": """門脇先生

法務部の大楠です。いつもお世話になっております。

カイロスフォレンジック社との秘密保持契約（NDA）について、先方から修正案が届きました。
主な修正点は以下の3点です。

　・秘密情報の定義から「口頭で開示された情報」を除外
　・契約終了後のデータ消去期限を30日から90日に延長
　・再委託先への開示を事前通知のみで可能とする

特に3点目は、調査データの性質上受け入れがたいと考えておりますが、
交渉の方向性についてご意見をいただけますでしょうか。
""" + SIG_OGUSU + "\n" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the standard 機密情報 disclaimer: no marking, no personal data",
})

MESSAGES.append({
    "id": "keijisosho-064",
    "charset": "utf-8",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["カイロスフォレンジック 契約担当 <contract@kairos-forensic.co.jp>"],
    "subject": "秘密保持契約書（当社修正案）の送付",
    "body": """カイロスフォレンジック株式会社
契約ご担当者様

日の出産業 法務部の大楠です。
秘密保持契約書について、当社の修正案をWordで添付いたします。
修正箇所は変更履歴ではなく、【 】で示しています。

ご確認のほどよろしくお願いいたします。
""" + SIG_OGUSU,
    "attachments": [{
        "kind": "docx",
        "name": "秘密保持契約書_当社修正案_1107.docx",
        "title": "秘密保持契約書",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（法人番号 8010401087652、以下「甲」という。）と、",
            "カイロスフォレンジック株式会社（法人番号 9011001043318、以下「乙」という。）は、",
            "甲が乙に委託するデジタル・フォレンジック調査に関し、以下のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、書面、電磁的記録又は口頭により開示された一切の情報をいう。",
            "第5条（再委託）乙は、甲の事前の書面による承諾なく、秘密情報を第三者に開示し又は再委託してはならない。【修正】",
            "第8条（返還・消去）乙は、本契約終了後30日以内に秘密情報を消去し、消去証明書を甲に提出する。【修正】",
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "NDA draft with the two companies' 法人番号: business data, no one's personal data",
})

MESSAGES.append({
    "id": "keijisosho-065",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>", "眞壁 純 <makabe.jun@akatsuki-kansa.jp>"],
    "cc": ["桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>", "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>"],
    "subject": "三者協議（会計処理と開示）のアジェンダ",
    "body": """白川先生
眞壁先生

日の出産業 法務部の真鍋です。
11月20日（木）16時からの三者協議のアジェンダをお送りします。

1. 損失額の見積りと第3四半期での計上方法（監査法人）
2. 告訴・民事請求の進捗と回収見込み（白川法律事務所）
3. 適時開示の時期と記載範囲（当社）
4. 第三者委員会報告書の受領後のスケジュール

会場は当社8階 第2会議室です。オンライン参加の場合はTeamsのリンクをお送りします。
""" + SIG_MANABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: two external organisations in To, no personal data",
})

MESSAGES.append({
    "id": "keijisosho-066",
    "charset": "iso-2022-jp",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["樫村 恵美 <emi.kashimura0611@gmail.com>"],
    "subject": "ロッカーのお荷物の件",
    "body": """樫村 恵美 様

日の出産業 人事部の宍戸です。先日はお電話ありがとうございました。

お話のあった大輔さんのロッカーと机のお荷物ですが、段ボール1箱にまとめて保管しております。
ご自宅へ宅配便でお送りしてよろしいでしょうか。
それとも、ご都合のよいときに本社受付でお受け取りになりますか。

ご希望をお知らせいただけましたら、そのように手配いたします。
何かご不明な点がございましたら、遠慮なくご連絡ください。

日の出産業株式会社 人事部 労務課　宍戸 亜希子
TEL 03-5542-7820（代表）
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one private person on gmail; returning personal belongings, no sensitive detail written",
})

MESSAGES.append({
    "id": "keijisosho-067",
    "charset": "cp932",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "緊急時対応マニュアル　拠点別の連絡先一覧（レビュー用）",
    "body": """門脇先生

コンプライアンス推進室の葛西です。
従業員が逮捕・事件に巻き込まれた場合の「緊急時対応マニュアル」の改訂案について、
巻末の拠点別連絡先一覧をお送りします。記載すべき機関に漏れがないかご確認ください。

拠点　　　　　　最寄り警察署　　　　電話　　　　　　法テラス地方事務所　　電話
-----------------------------------------------------------------------------------
本社（八丁堀）　中央警察署　　　　　03-3541-0110　　法テラス東京　　　　　0570-078301
川口倉庫　　　　川口警察署　　　　　048-251-0110　　法テラス埼玉　　　　　0570-078312
戸田配送C　　　 蕨警察署　　　　　　048-443-0110　　法テラス埼玉　　　　　0570-078312
大阪支店　　　　曽根崎警察署　　　　06-6315-1234　　法テラス大阪　　　　　0570-078329
名古屋営業所　　中村警察署　　　　　052-453-0110　　法テラス愛知　　　　　0570-078323

よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "padded list of offices and police stations with switchboard numbers: businesses, not people",
})

MESSAGES.append({
    "id": "keijisosho-068",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "Re: 購買部の元担当者への聴取",
    "body": """門脇先生

真鍋です。
ご質問の元担当者の連絡先が分かりましたのでお知らせします。
2019年まで購買部でX社を担当していた方で、現在は関西の別会社に勤務されています。
先生からご連絡いただくことについて、本人の了承を得ております。

　氏名：新発田 圭（しばた けい）
　携帯：080-4637-1592

よろしくお願いいたします。

> 真鍋様
> 2019年以前のX社との取引経緯を知る方がいれば、お話を伺いたいと考えています。
> 門脇
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one person's name and mobile to counsel: one to four records may be warned, not held",
})

MESSAGES.append({
    "id": "keijisosho-069",
    "charset": "iso-2022-jp",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 小松崎 <komatsuzaki@shirakawa-law.jp>"],
    "subject": "11/12 ご来所者（当社出席者）のご連絡",
    "body": """小松崎様

いつもお世話になっております。日の出産業 人事部の宍戸です。
11月12日（水）10時のお打合せに伺う当社出席者をお知らせいたします。
当日の緊急連絡先として携帯番号も記載しております。

　宍戸 亜希子（人事部 労務課長）　　　０９０－６２１８－４４０７
　日下部 翔（人事部 労務課）　　　　　０８０－３９４２－７７１６
　伊集院 剛（営業本部 営業二課長）　　０９０－１５５３－８０２９

受付で社名をお伝えすればよろしいでしょうか。よろしくお願いいたします。
""" + SIG_SHISHIDO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with mobiles (full-width digits): under five records, may be warned only",
})

MESSAGES.append({
    "id": "keijisosho-070",
    "charset": "utf-8",
    "sender": "Masaomi Kiryu <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["Rebecca Lindqvist <rlindqvist@lindqvist-hale.com>"],
    "subject": "Re: Procurement investigation - timeline",
    "body": """Dear Rebecca,

Thank you for your questions. Here is the current timeline of the procurement matter:

- Aug 4: hotline report received
- Aug 18: internal audit starts; forensic firm engaged on Sep 1
- Oct 10: criminal complaint filed with the local police
- Nov 12: third-party committee holds its first meeting
- Late Jan 2026: final report expected; timely disclosure to follow

We do not currently see any foreign-official element, so we believe no FCPA analysis
is needed for this matter. We will of course let you know if that changes.
""" + SIG_EN_KIRYU + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English update to foreign counsel with the standard confidentiality disclaimer only; no one named",
})

MESSAGES.append({
    "id": "keijisosho-071",
    "charset": "utf-8",
    "sender": "早乙女 健 <saotome.ken@hinode-sangyo.co.jp>",
    "to": ["ことばPR 稲垣 <inagaki@kotoba-pr.co.jp>"],
    "subject": "報道対応用コメント案（従業員の逮捕報道）",
    "html": """<html><body>
<p>ことばPR　稲垣様</p>
<p>総務部広報の早乙女です。<br>
一部報道で当社従業員の逮捕が報じられた場合に備え、問い合わせ対応用のコメント案を作成しました。
表現のチェックをお願いいたします。</p>
<div style="border:1px solid #999;padding:8px;margin:8px 0">
<p><b>【コメント案】</b></p>
<p>当社従業員が逮捕されたとの報道は承知しております。<br>
事実関係を確認中であり、現時点でのコメントは差し控えさせていただきます。<br>
当社としては捜査に全面的に協力するとともに、事実が確認された場合には社内規程に基づき厳正に対処いたします。</p>
</div>
<p>※氏名・所属・年齢などの個人に関する質問には一切お答えしない方針です。</p>
<p>よろしくお願いいたします。<br>日の出産業株式会社 総務部 広報担当 早乙女 健</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only press comment that mentions an arrest but identifies no one",
})

MESSAGES.append({
    "id": "keijisosho-072",
    "charset": "cp932",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["コンプラエデュ 講師 西園寺様 <saionji@compla-edu.co.jp>"],
    "subject": "管理職向けコンプライアンス研修　スライドのご確認",
    "body": """コンプラエデュ株式会社
西園寺様

いつもお世話になっております。日の出産業 コンプライアンス推進室の葛西です。
12月の管理職研修で使う事例スライドを作成しました。
事例はすべて架空のものですが、当社の実態に近い内容にしています。
講義の流れに合うかご確認いただけますでしょうか。
""" + SIG_KASAI,
    "attachments": [{
        "kind": "pptx",
        "name": "管理職研修_事例編_v2.pptx",
        "title": "管理職研修 事例編",
        "slides": [
            ["管理職のための不祥事対応", "2025年12月 管理職研修"],
            ["事例1：部下の逮捕", "Aさん（営業職）が週末に飲酒トラブルで逮捕された。", "月曜の朝、家族から電話が入った。あなたは課長としてまず何をするか？"],
            ["事例2：経費の水増し", "Bさん（係長）がタクシー代を私用分も含めて精算していた。", "金額は少額だが2年間続いていた。"],
            ["事例3：取引先からの接待", "購買担当のCさんが取引先から高額なゴルフ接待を繰り返し受けていた。"],
            ["まとめ", "・事実確認は人事・法務と連携して", "・本人の話は否定せず記録する", "・社外への情報発信は広報に一本化"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX training material with fictitious anonymised cases (Aさん, Bさん)",
})

MESSAGES.append({
    "id": "keijisosho-073",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["ホットラインパートナーズ 報告担当 <report@hotline-partners.co.jp>"],
    "subject": "10月分 通報件数の照合",
    "body": """ホットラインパートナーズ 報告ご担当者様

コンプライアンス推進室の葛西です。
10月分の月次レポートの件数と、当社側の受付件数を照合した結果をCSVでお送りします。
「その他」区分で1件差異がありますので、ご確認をお願いします。

葛西
""",
    "attachments": [{
        "kind": "csv",
        "name": "通報件数照合_202510.csv",
        "encoding": "utf-8",
        "rows": [
            ["区分", "貴社レポート件数", "当社受付件数", "差異"],
            ["ハラスメント", "7", "7", "0"],
            ["不正経理・横領", "2", "2", "0"],
            ["取引先との不適切な関係", "1", "1", "0"],
            ["労働時間・賃金", "3", "3", "0"],
            ["情報管理", "1", "1", "0"],
            ["その他", "4", "3", "1"],
            ["合計", "18", "17", "1"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "CSV of aggregate whistle-blowing counts by category: no individuals",
})

MESSAGES.append({
    "id": "keijisosho-074",
    "charset": "iso-2022-jp",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["御子柴 隆 <mikoshiba.takashi@hinode-sangyo.co.jp>", "桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>"],
    "subject": "懲戒委員会（11/14）議事録案",
    "body": """御子柴部長、桐生部長

人事部 日下部です。11/14懲戒委員会の議事録案を添付します。
修正があれば週明けまでにお知らせください。

日下部
""",
    "attachments": [{
        "kind": "docx",
        "name": "懲戒委員会議事録_20251114_案.docx",
        "page_header": "社外秘",
        "paragraphs": [
            "懲戒委員会 議事録（案）",
            "日時：2025年11月14日 15:00～17:10　場所：本社8階 役員会議室",
            "出席：御子柴（委員長）、桐生、塩谷、長谷部（オブザーバー）",
            "議題4　樫村 大輔（営業二課 主任）の処分について",
            "同人は傷害の被疑事実で10月21日に逮捕・勾留され、11月11日に処分保留で釈放された。",
            "被害者との間で示談が成立しており、不起訴の見込みであることを踏まえ、",
            "刑事処分の確定を待って改めて審議することとした。",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "社外秘 minutes naming an arrested employee, but sent only to internal recipients",
})

MESSAGES.append({
    "id": "keijisosho-075",
    "charset": "utf-8",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>"],
    "subject": "ヒアリング記録（第10～12回）",
    "body": """塩谷さん

大楠です。第10～12回のヒアリング記録です。
情報セキュリティ規程に従いパスワードを付けています。パスワードはTeamsで送ります。

大楠
""",
    "attachments": [{
        "kind": "zip",
        "name": "hearing_records_10-12.zip",
        "password": "Int-1112-hr",
        "files": [
            {"kind": "docx", "name": "ヒアリング記録_第10回.docx", "paragraphs": ["ヒアリング記録（第10回）"]},
            {"kind": "docx", "name": "ヒアリング記録_第11回.docx", "paragraphs": ["ヒアリング記録（第11回）"]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "password ZIP between two internal colleagues: internal mail always goes",
})

MESSAGES.append({
    "id": "keijisosho-076",
    "charset": "utf-8",
    "sender": "日下部 翔 <kusakabe.sho@hinode-sangyo.co.jp>",
    "to": ["井手 晴香 <ide.haruka@akatsuki-kansa.jp>"],
    "subject": "懲戒処分件数の推移（内部統制評価用）",
    "body": """井手様

人事部の日下部です。
内部統制評価のご依頼資料として、過去5年間の懲戒処分件数の推移をお送りします。
個人名は含めておりません。

よろしくお願いいたします。
""" + SIG_KUSAKABE,
    "attachments": [{
        "kind": "xlsx",
        "name": "懲戒処分件数推移_2021-2025.xlsx",
        "sheets": {
            "種類別": [
                ["懲戒処分件数の推移（年度別・種類別）"],
                ["年度", "戒告・けん責", "減給", "出勤停止", "降格", "諭旨解雇", "懲戒解雇", "合計"],
                [2021, 4, 2, 1, 0, 0, 1, 8],
                [2022, 3, 1, 2, 1, 1, 0, 8],
                [2023, 5, 3, 1, 0, 0, 1, 10],
                [2024, 6, 2, 2, 1, 0, 0, 11],
                [2025, 3, 3, 0, 3, 1, 1, 11],
            ],
            "事由別": [
                ["事由", "2021", "2022", "2023", "2024", "2025"],
                ["経費不正", 2, 1, 3, 4, 8],
                ["ハラスメント", 3, 4, 4, 5, 1],
                ["私生活上の非行", 2, 2, 2, 1, 1],
                ["その他", 1, 1, 1, 1, 1],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "XLSX of aggregate disciplinary counts to the auditor: statistics, no people",
})

MESSAGES.append({
    "id": "keijisosho-077",
    "charset": "cp932",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "subject": "Re: 【至急】当社従業員の逮捕について（ご相談）",
    "body": """白川先生

早速のご対応ありがとうございます。
接見の結果、承知いたしました。当面は年次有給休暇の申請があればそれを認め、
その後の扱いは起訴・不起訴の判断を見て決める方向で社内調整いたします。

明日10時に貴事務所へ伺います。

真鍋

> 真鍋様
>
> 本日15時に中原警察署で接見しました。ご本人は事実関係をおおむね認めています。
> 被害者の方との示談が成立すれば、不起訴の可能性も十分あります。
>
> > 　氏名　　：樫村 大輔（かしむら だいすけ）
> > 　生年月日：昭和６１年９月１４日
> > 　住所　　：神奈川県川崎市中原区今井南町２２－９　ラフォーレ今井２０３
> > 　被疑事実：傷害
>
> 明日の午前中にお打合せできればと思います。
> 白川
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the arrest details appear only in quoted text the lawyer already has; new text names no one",
})

MESSAGES.append({
    "id": "keijisosho-078",
    "charset": "iso-2022-jp",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["常盤損害保険 法人営業 坂東様 <hojin-eigyo@tokiwa-sonpo.co.jp>"],
    "subject": "身元信用保険の補償範囲についてのお問い合わせ",
    "body": """常盤損害保険株式会社
法人営業部　坂東様

いつもお世話になっております。日の出産業 経理部の土門です。

当社が加入している身元信用保険（証券番号 FG-2204-11873）について、
以下の点をお教えいただけますでしょうか。

1. 従業員の不正行為による損害が判明した場合、事故発生の通知期限はいつまでか
2. 損害額の立証資料として、社内調査報告書で足りるか、刑事告訴が必要か
3. 退職済みの従業員による過去の行為も補償対象となるか

ご多忙のところ恐れ入りますが、よろしくお願いいたします。

日の出産業株式会社 経理部 土門 恵
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general coverage question to an insurer with a policy number: nothing personal",
})

MESSAGES.append({
    "id": "keijisosho-079",
    "charset": "utf-8",
    "sender": "矢吹 誠 <yabuki.makoto@hinode-sangyo.co.jp>",
    "to": ["調査チーム <case-0417@kairos-forensic.co.jp>"],
    "subject": "オンサイト作業の入館手続について",
    "body": """カイロスフォレンジック 調査チーム御中

情報システム部の矢吹です。
来週のオンサイト作業について、入館手続をご案内します。

・作業場所：本社 9階 情報システム部 検証ルーム（施錠管理）
・作業期間：11月17日（月）～21日（金） 9:00～18:00
・入館証：初日に1階受付で作業者全員分をお渡しします
・持込機材：事前に機材リスト（型番・シリアル）をご提出ください

対象データには従業員の個人情報が多く含まれるため、データの社外持ち出しは不可とし、
解析は検証ルーム内の端末でのみ実施していただきます。ご理解をお願いいたします。

日の出産業株式会社 情報システム部 矢吹 誠
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "'個人情報' used only in passing in an on-site work notice",
})

MESSAGES.append({
    "id": "keijisosho-080",
    "charset": "cp932",
    "sender": "矢吹 誠 <yabuki.makoto@hinode-sangyo.co.jp>",
    "to": ["調査チーム <case-0417@kairos-forensic.co.jp>", "ツバサシステム 保守サポート <support@tsubasa-system.jp>"],
    "cc": ["大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>"],
    "subject": "購買システムのログ保全について（段取りのご相談）",
    "body": """カイロスフォレンジック 調査チーム御中
ツバサシステム 保守サポートご担当者様

日の出産業 情報システム部の矢吹です。
購買システムのログ保全について、両社の作業範囲を以下のとおり整理しました。

　ツバサシステム様：
　　・DBサーバのアーカイブログ（2023/4～）の抽出とハッシュ値の算出
　　・抽出作業記録の作成
　カイロスフォレンジック様：
　　・抽出データの受領と保全（ハッシュ値の照合）
　　・タイムライン解析

受け渡しは11月13日（木）14時、当社検証ルームで行いたいと考えております。
ご都合をお知らせください。

矢吹
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (forensic vendor and partner tsubasa-system.jp) in a normal coordination mail",
})

MESSAGES.append({
    "id": "keijisosho-081",
    "charset": "utf-8",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 八丁堀支店 法人営業 <hatchobori-hojin@midori-ginko.co.jp>"],
    "subject": "取引明細の発行依頼（当社口座・過去3年分）",
    "body": """みどり銀行 八丁堀支店
法人営業ご担当　三田村様

いつもお世話になっております。日の出産業 経理部の土門です。

監査対応のため、当社名義の下記口座について、取引明細の発行をお願いいたします。

　口座：八丁堀支店 当座 0042715（日の出産業株式会社）
　期間：2022年10月1日～2025年9月30日
　形式：紙（銀行印付）および CSV

手数料は上記口座から引落しで結構です。よろしくお願いいたします。

日の出産業株式会社 経理部 土門 恵
TEL 03-5542-7850
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the company's own bank account to its partner bank: business data, not personal",
})

MESSAGES.append({
    "id": "keijisosho-082",
    "charset": "iso-2022-jp",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "「懲戒規程改定のお知らせ」冊子の発送先",
    "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 人事部の宍戸です。
先日ご発注した「懲戒規程改定のお知らせ」冊子（計1,150部）の発送先をお知らせします。

拠点名　　　　　　部数　　住所　　　　　　　　　　　　　　　　　　電話
本社　　　　　　　４２０　東京都中央区八丁堀３－１４－７　　　　　03-5542-7700
川口倉庫　　　　　１８０　埼玉県川口市領家５－８－３３　　　　　　048-222-4410
戸田配送センター　１１０　埼玉県戸田市美女木６－２－１　　　　　　048-421-7730
大阪支店　　　　　２３０　大阪府大阪市北区梅田２－５－１０　　　　06-6341-2280
名古屋営業所　　　１４０　愛知県名古屋市中村区名駅４－２２－８　　052-561-3390
仙台出張所　　　　　７０　宮城県仙台市青葉区本町１－９－１２　　　022-262-5518

納品希望日は12月1日です。よろしくお願いいたします。
""" + SIG_SHISHIDO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites with addresses and switchboards: businesses, not people",
})

MESSAGES.append({
    "id": "keijisosho-083",
    "charset": "utf-8",
    "sender": "桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["対策本部 <taisaku-honbu@hinode-sangyo.co.jp>"],
    "subject": "対策本部 緊急連絡網（休日・夜間）",
    "html": """<html><body>
<p>対策本部メンバー各位</p>
<p>桐生です。第三者委員会の設置公表（11/12 15:00）前後は、報道対応で休日・夜間の連絡が必要になる可能性があります。<br>
緊急連絡網を共有しますので、各自の携帯に登録しておいてください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th>順</th><th>氏名</th><th>役割</th><th>個人携帯</th></tr>
<tr><td>1</td><td>日野 光太郎</td><td>本部長（社長）</td><td>090-1001-4478</td></tr>
<tr><td>2</td><td>桐生 正臣</td><td>事務局長（法務）</td><td>080-3318-5520</td></tr>
<tr><td>3</td><td>長谷部 礼子</td><td>常勤監査役</td><td>090-6227-1035</td></tr>
<tr><td>4</td><td>御子柴 隆</td><td>人事</td><td>090-8841-2296</td></tr>
<tr><td>5</td><td>塩谷 厚志</td><td>内部監査</td><td>080-2715-6630</td></tr>
<tr><td>6</td><td>早乙女 健</td><td>広報</td><td>070-3390-1847</td></tr>
<tr><td>7</td><td>真鍋 沙織</td><td>法務</td><td>090-4462-9015</td></tr>
<tr><td>8</td><td>土門 恵</td><td>経理</td><td>080-6608-3321</td></tr>
<tr><td>9</td><td>矢吹 誠</td><td>情報システム</td><td>090-7124-5586</td></tr>
</table>
<p>社外には絶対に転送しないでください。</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "HTML-only table of 9 people's private mobiles, but the only recipient is an internal list",
})

MESSAGES.append({
    "id": "keijisosho-084",
    "charset": "cp932",
    "sender": "宍戸 亜希子 <shishido.akiko@hinode-sangyo.co.jp>",
    "to": ["及川社会保険労務士事務所 及川先生 <oikawa@oikawa-sr.jp>"],
    "subject": "就業規則（懲戒の章）改定案のご確認",
    "body": """及川先生

いつもお世話になっております。人事部の宍戸です。
一連の不祥事を踏まえた就業規則の懲戒の章の改定案をお送りします。
主な変更点は、起訴休職の規定の明確化と、私生活上の犯罪行為の報告義務の新設です。

労基署への届出前に、内容のご確認をお願いできますでしょうか。
""" + SIG_SHISHIDO,
    "attachments": [{
        "kind": "docx",
        "name": "就業規則_第9章懲戒_改定案.docx",
        "paragraphs": [
            "第9章 懲戒（改定案）",
            "第60条（懲戒の種類）懲戒は、けん責、減給、出勤停止、降格、諭旨解雇及び懲戒解雇の6種とする。",
            "第61条の2（刑事事件の報告）従業員は、逮捕され又は公訴を提起されたときは、速やかに所属長を通じて人事部に報告しなければならない。",
            "第18条の2（起訴休職）刑事事件に関し起訴された従業員は、会社が必要と認めるときは休職とする。休職期間は判決確定までとし、最長2年とする。",
        ],
        "tables": [[["条", "現行", "改定案"],
                    ["第61条の2", "（新設）", "刑事事件の報告義務"],
                    ["第18条の2", "起訴休職（期間の定めなし）", "判決確定まで・最長2年"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "DOCX draft of work rules about arrests and indictment: rules text, no person",
})

MESSAGES.append({
    "id": "keijisosho-085",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 小松崎 <komatsuzaki@shirakawa-law.jp>"],
    "subject": "委任契約書（第三者委員会事務局支援）の返送",
    "body": """小松崎様

お世話になっております。日の出産業の真鍋です。
第三者委員会の事務局支援に関する委任契約書に押印のうえ、PDFでお送りします。
原本2部は本日郵送いたしましたので、1部にご押印のうえご返送ください。
""" + SIG_MANABE,
    "attachments": [{
        "kind": "pdf",
        "name": "委任契約書_押印済.pdf",
        "title": "委任契約書",
        "lines": [
            "委 任 契 約 書",
            "委任者 日の出産業株式会社（東京都中央区八丁堀3-14-7）代表取締役 日野 光太郎",
            "受任者 白川法律事務所（東京都千代田区麹町2-6-3 麹町白川ビル5階）弁護士 白川 透",
            "第1条 委任者は受任者に対し、第三者委員会の事務局支援業務を委任し、受任者はこれを受任する。",
            "第2条 報酬はタイムチャージ（パートナー 1時間 45,000円、アソシエイト 1時間 28,000円）とする。",
            "第3条 受任者は、本件に関して知り得た秘密を正当な理由なく第三者に開示しない。",
            "令和7年11月7日",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "signed engagement letter between two businesses: representatives' names and office addresses are business contacts",
})

MESSAGES.append({
    "id": "keijisosho-086",
    "charset": "utf-8",
    "sender": "Masaomi Kiryu <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["Daniel Ortega <d.ortega@us.hinode-sangyo.co.jp>"],
    "cc": ["compliance@hinode-sangyo.co.jp"],
    "subject": "Staff in the US office who dealt with the supplier",
    "body": """Dan,

Following our call, these are the people in the US office who exchanged e-mails with
the supplier under investigation. Please arrange short interviews next week and keep
this list within the compliance team.

Name                 Role                    E-mail (personal, per HR file)     Mobile
Jennifer Walsh       Purchasing Lead         jwalsh.home@gmail.com              +1 312 555 0148
Kevin Nakamura       Buyer                   kev.nakamura@yahoo.com             +1 312 555 0172
Priya Raman          AP Specialist           priya.raman84@outlook.com          +1 630 555 0193
Marcus Bell          Warehouse Supervisor    mbell1979@icloud.com               +1 773 555 0126
Laura Kim            Office Manager          laurakim.chi@gmail.com             +1 312 555 0157
Tom Hendricks        Logistics Coordinator   t.hendricks@aol.com                +1 847 555 0115

Thanks,
Masaomi
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "list of 6 people with private e-mail and mobile, but us.hinode-sangyo.co.jp is an internal subdomain",
})

MESSAGES.append({
    "id": "keijisosho-087",
    "charset": "iso-2022-jp",
    "sender": "矢吹 誠 <yabuki.makoto@hinode-sangyo.co.jp>",
    "to": ["調査チーム <case-0417@kairos-forensic.co.jp>"],
    "subject": "追加イメージング対象PC（2台）",
    "body": """調査チーム御中

情報システム部の矢吹です。
追加でイメージングをお願いするPC 2台の情報です。

　資産番号 PC-18-0733　使用者：戸叶 瑞穂（経理部）　tokano.mizuho@hinode-sangyo.co.jp
　資産番号 PC-21-1109　使用者：鳩山 雅之（経理部）　hatoyama.masayuki@hinode-sangyo.co.jp

いずれも11月18日の作業時に回収できるよう、本人に伝えてあります。

矢吹
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two employees named with their work e-mail to the forensic vendor: under five records, warning at most",
})

MESSAGES.append({
    "id": "keijisosho-088",
    "charset": "utf-8",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["加賀美 誠治 <kagami.seiji@kagami-law.jp>"],
    "subject": "第2回会合の会場変更のお知らせ（事務局）",
    "body": """加賀美先生

第三者委員会事務局の真鍋です。
第2回会合の会場が変更になりましたので、社内で回覧したお知らせをそのまま添付いたします。
ほかの委員の先生方には個別にお送りしております。

真鍋
""",
    "attachments": [{
        "kind": "eml",
        "name": "第2回会合 会場変更.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "総務部 施設管理 <shisetsu@hinode-sangyo.co.jp>",
            "to": ["manabe.saori@hinode-sangyo.co.jp"],
            "subject": "第2回会合 会場変更",
            "body": """法務部 真鍋様

総務部施設管理です。
11月26日（水）15:00～の第三者委員会 第2回会合ですが、8階役員会議室の空調工事のため、
会場を以下に変更させていただきます。

　変更後：さくらホテル八丁堀 3階 会議室「桜」
　　　　　東京都中央区八丁堀2-20-5　TEL 03-3551-8800

ご不便をおかけしますが、よろしくお願いいたします。
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "attached internal mail about a venue change (a hotel's address and switchboard): nothing personal",
})

MESSAGES.append({
    "id": "keijisosho-089",
    "charset": "cp932",
    "sender": "真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>",
    "to": ["さくらホテル八丁堀 宴会予約 <banquet-hatchobori@sakura-hotel.jp>"],
    "subject": "会議室のご予約（11/26・12/10・1/14）",
    "body": """さくらホテル八丁堀
宴会予約ご担当者様

いつもお世話になっております。日の出産業株式会社 法務部の真鍋です。
下記の日程で会議室「桜」の予約をお願いいたします。

　① 11月26日（水）14:30～18:00　10名　ロの字
　② 12月10日（水）14:30～18:00　10名　ロの字
　③ 1月14日（水）14:30～18:00　10名　ロの字

お飲み物（コーヒー・お茶）を各回10名分、プロジェクターとスクリーンをお願いします。
会議の性質上、案内板には社名を出さず「日の出様 会議」と表示していただけますでしょうか。
レイアウトの参考図を添付いたします。
""" + SIG_MANABE,
    "attachments": [{"kind": "png", "name": "layout_ronoji.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary room booking at a partner hotel with a small image attachment",
})

MESSAGES.append({
    "id": "keijisosho-090",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["ホットラインパートナーズ 営業部 <sales@hotline-partners.co.jp>"],
    "subject": "外部通報窓口 契約更新のお見積りについて",
    "body": """ホットラインパートナーズ株式会社
営業部 ご担当者様

コンプライアンス推進室の葛西です。
来年度の契約更新について、お見積りありがとうございました。以下の内容で社内稟議にかけます。

　・基本料金（電話・Web窓口）　　　月額 120,000円
　・多言語対応オプション（英・越・中）　月額 35,000円
　・通報1件あたりの対応料金　　　　　　8,000円
　・年次研修（1回）　　　　　　　　　　250,000円

なお、更新に合わせて「個人情報の取扱いに関する覚書」の条項（保存期間・再委託）を
見直したいと考えておりますので、ひな形をお送りいただけますと幸いです。
""" + SIG_KASAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price list and a passing mention of 個人情報 in a contract memo title",
})

MESSAGES.append({
    "id": "keijisosho-091",
    "charset": "iso-2022-jp",
    "sender": "桐生 正臣 <kiryu.masaomi@hinode-sangyo.co.jp>",
    "to": ["白川 透 <shirakawa.toru@shirakawa-law.jp>"],
    "subject": "明日の資料について",
    "body": """白川先生

桐生です。明日のお打合せの件です。
フォレンジックの報告書は、機密保持の観点から電子データでのお渡しは控え、
紙で2部持参いたします。お打合せ後に1部お預けしますので、保管をお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_KIRYU,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 used in passing, not as a marking; no attachment",
})

MESSAGES.append({
    "id": "keijisosho-092",
    "charset": "cp932",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>"],
    "cc": ["真鍋 沙織 <manabe.saori@hinode-sangyo.co.jp>"],
    "subject": "個人口座への振込 抽出結果",
    "body": """大楠さん

経理部 土門です。
依頼のあった、支払先マスタ未登録の個人口座への振込を抽出しました。CSVで添付します。
ミノワ ユカ名義が2回あります。

土門
""",
    "attachments": [{
        "kind": "csv",
        "name": "個人口座振込_抽出.csv",
        "encoding": "cp932",
        "rows": [
            ["振込日", "銀行", "支店", "種別", "口座番号", "名義", "金額", "起票者"],
            ["2024/03/29", "みどり銀行", "浦和支店", "普通", "3318207", "ミノワ ユカ", "1650000", "h10422"],
            ["2024/06/28", "武蔵野信用金庫", "与野支店", "普通", "0724418", "ミノワ ケンタ", "880000", "h10422"],
            ["2024/09/30", "ひかり銀行", "大宮駅前支店", "普通", "5520931", "ササキ ノリコ", "1210000", "h10422"],
            ["2024/12/27", "みどり銀行", "川口支店", "当座", "1004562", "イリエ タツヤ", "990000", "h09215"],
            ["2025/03/31", "東都銀行", "池袋支店", "普通", "8861037", "ヒワタリ マサコ", "2420000", "h09215"],
            ["2025/06/30", "ひかり銀行", "浦和支店", "普通", "2297715", "ミノワ ユカ", "1320000", "h10422"],
            ["2025/08/29", "武蔵野信用金庫", "本店営業部", "普通", "0381164", "クロサワ ジュン", "770000", "h10422"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "CSV of 7 personal bank accounts, but sender and recipients are all internal",
})

MESSAGES.append({
    "id": "keijisosho-093",
    "charset": "iso-2022-jp",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["生田 航平 様 <ikuta-kohei@outlook.jp>"],
    "subject": "Re: 面談日程について",
    "body": """生田 航平 様

ご返信ありがとうございます。日の出産業 コンプライアンス推進室の葛西です。
お忙しいところ、ご協力いただけるとのこと、心より御礼申し上げます。

ご提案いただいた 11月22日（土）10時～ で承知いたしました。
オンライン（Teams）で実施し、当社からは私と法務部の大楠の2名が参加します。
前日までに接続用のURLをお送りします。

当日はよろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one private person (former employee) on free mail; scheduling only",
})

MESSAGES.append({
    "id": "keijisosho-094",
    "charset": "utf-8",
    "sender": "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>",
    "to": ["眞壁 純 <makabe.jun@akatsuki-kansa.jp>"],
    "subject": "追加作業発注のあった取引先一覧",
    "body": """眞壁様

内部監査室 塩谷です。
2023年度以降に「追加作業」名目の発注があった取引先の一覧です（法人番号付き）。
確認状の発送先リストとしてお使いください。

取引先名,法人番号,所在地,代表電話,発注件数,発注額(千円)
丸菱資材株式会社,1040001019927,東京都江東区新砂2-4-18,03-5632-7710,14,28410
株式会社関東パッケージ,2120001075531,埼玉県草加市松原1-7-3,048-941-2205,6,8760
山吹トレーディング株式会社,5060101044217,東京都台東区蔵前3-15-9,03-3866-1042,9,12330
北辰設備工業株式会社,1013301029846,神奈川県横浜市鶴見区末広町2-1,045-504-3318,4,5120
有限会社 東和メンテナンス,7011101058770,東京都大田区東糀谷6-2-11,03-3745-6620,3,2980
株式会社 ミナト工機,5070001031165,千葉県市川市二俣新町19,047-328-5581,2,1640

塩谷
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "comma-separated list of 6 companies with 法人番号, head offices and switchboards: businesses, not people",
})

MESSAGES.append({
    "id": "keijisosho-095",
    "charset": "cp932",
    "sender": "大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>",
    "to": ["門脇 梓 <kadowaki.azusa@shirakawa-law.jp>"],
    "subject": "RE: ヒアリング時間割（確定版）",
    "body": """門脇先生

確定版のご送付ありがとうございます。内容確認いたしました。
当日は私が9時30分に受付でお待ちしております。

大楠

差出人: 門脇 梓 <kadowaki.azusa@shirakawa-law.jp>
送信日時: 2025年11月10日 19:48
宛先: 大楠 拓海 <ogusu.takumi@hinode-sangyo.co.jp>
件名: ヒアリング時間割（確定版）

大楠様

11月13日のヒアリング時間割を確定しました。各人へのご連絡をお願いします。

10:00-10:45　宮路 拓真　様（携帯 090-2741-6608）
11:00-11:45　蔵本 瑛子　様（携帯 080-6615-3392）
13:00-13:45　笹倉 匡　　様（携帯 070-3349-2017）
14:00-14:45　御園 莉子　様（携帯 090-9920-5146）
15:00-15:45　日向 健太郎 様（携帯 080-7281-4430）

白川法律事務所 門脇
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 5-person list is only in the Outlook-style quoted original from the recipient herself",
})

MESSAGES.append({
    "id": "keijisosho-096",
    "charset": "utf-8",
    "sender": "Megumi Domon <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["Finance Ops <finance-ops@hinode-sangyo.co.jp>"],
    "subject": "Corporate cards suspended today (for reconciliation)",
    "body": f"""Hi team,

For the month-end reconciliation: the following corporate cards were suspended today at
the request of Legal. Please do not process any new statements for them.

- Masato Nishina   {card_number(SEED + 11)}
- Makoto Saotome   {card_number(SEED + 12)}
- Kazuki Todoroki  {card_number(SEED + 13)}

Internal use only - please do not forward outside Finance.

Megumi
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": [],
    "note": "English mail with three full card numbers, but the only recipient is an internal team",
})

MESSAGES.append({
    "id": "keijisosho-097",
    "charset": "iso-2022-jp",
    "sender": "塩谷 厚志 <shioya.atsushi@hinode-sangyo.co.jp>",
    "to": ["井手 晴香 <ide.haruka@akatsuki-kansa.jp>"],
    "subject": "経費精算の承認者（4名）について",
    "body": """井手様

内部監査室の塩谷です。
不正のあった経費精算を承認していた所属長4名と、承認件数は以下のとおりです。
面談の際の連絡先として、会社貸与携帯の番号を併記しています。

・佐久間 隆之　営業本部 営業一課長　承認34件　０８０－５５１４－２０９７
・真壁 宗一郎　大阪支店長　　　　　承認36件　０９０－２０２７－４４６８
・轟 一樹　　　名古屋営業所長　　　承認4件 　０９０－７７５６－３３１９
・伊集院 剛　　営業本部 営業二課長　承認9件 　０９０－１５５３－８０２９

よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four named approvers with company mobiles to the auditor: under five records, warning at most",
})

MESSAGES.append({
    "id": "keijisosho-098",
    "charset": "utf-8",
    "sender": "葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>",
    "to": ["葛西 由梨 <kasai.yuri@hinode-sangyo.co.jp>"],
    "bcc": ["tsuyoshi.kamo1982@gmail.com", "rie_hanazawa@yahoo.co.jp", "s.nakaie@icloud.com",
            "ikuta-kohei@outlook.jp", "m.tsurumi@ezweb.ne.jp", "hiro.nagamine@softbank.ne.jp"],
    "subject": "面談へのご協力のお礼（日の出産業）",
    "body": """購買部に在籍されていた皆様

日の出産業株式会社 コンプライアンス推進室の葛西です。
先般は社内調査の面談にご協力いただき、誠にありがとうございました。
（本メールは、面談にご協力いただいた皆様にBccでお送りしております。）

交通費相当額の謝礼は、11月末までにご指定の方法でお支払いいたします。
調査の結果については、当社ウェブサイトで公表する予定です。

重ねて御礼申し上げます。
""" + SIG_KASAI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "six private persons correctly in Bcc, nothing personal in the body: recipients cannot see each other",
})

# ======================================================================================
# 099-100: either
# ======================================================================================

MESSAGES.append({
    "id": "keijisosho-099",
    "charset": "cp932",
    "sender": "土門 恵 <domon.megumi@hinode-sangyo.co.jp>",
    "to": ["常盤損害保険 保険金サービス課 <hoken-kin@tokiwa-sonpo.co.jp>"],
    "subject": "身元信用保険　事故発生の通知（証券番号 FG-2204-11873）",
    "body": """常盤損害保険株式会社
保険金サービス課 ご担当者様

日の出産業 経理部の土門です。
身元信用保険の約款に基づき、下記のとおり事故発生をご通知いたします。

　被保証者：購買部 係長 蓑輪 健吾（2025年11月15日付で解雇予定）
　事故内容：架空発注による会社資金の不正流出（社内調査により判明）
　損害見込額：約4,870万円（調査中）
　判明日：2025年9月24日

損害額の確定資料は、社内調査の最終報告（2026年1月予定）後にご提出いたします。
必要書類をお知らせください。
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "insurer notice naming one employee for internal fraud found by the company (no criminal procedure written): 要配慮 or not is arguable",
})

MESSAGES.append({
    "id": "keijisosho-100",
    "charset": "utf-8",
    "sender": "早乙女 健 <saotome.ken@hinode-sangyo.co.jp>",
    "to": ["ことばPR 稲垣 <inagaki@kotoba-pr.co.jp>"],
    "subject": "【速報】大阪支店の件（記者からの問い合わせ）",
    "body": """稲垣様

早乙女です。先ほど在阪の新聞社から問い合わせがありました。
大阪支店の支店次長（40代男性）が、本日、贈賄の疑いで大阪府警に逮捕されたとの情報を
掴んでいるようです。事実関係としては間違いありません。

先日いただいたコメント案をベースに、本件用の回答を至急ご相談させてください。
16時から30分ほどお電話できますでしょうか。
""",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "no name, but 'the deputy branch manager of the Osaka branch' points to one person and states his arrest: identifiable or not is arguable",
})
