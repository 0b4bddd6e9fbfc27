"""Supply chain (調達・購買／サプライヤー監査) mail of 日の出産業: the procurement, supplier-quality
and logistics staff write to suppliers, carriers, auditors and customers about supplier
self-assessment questionnaires, factory contact sheets and emergency call trees, delivery
and pick-up schedules, quality claims and 8D reports, lists of suppliers' sites and
contacts, audit visits and site-entry applications, invoices and NDAs — and now and then a
worker's personal detail (a My Number for a payment record, a driver's licence, an
injury, a trainee's residence card) slips into what they send."""

from build import card_number, my_number

SEED = 65001

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(text: str) -> str:
    """Full-width digits and hyphens, as some people type them."""
    return text.translate(_ZEN)


def _grp(digits: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(digits[i:i + size] for i in range(0, len(digits), size))


SIG_HORI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　調達部 購買一課
堀之内 亮（ほりのうち りょう）
〒461-0005 愛知県名古屋市東区東桜二丁目14番3号
TEL 052-938-4410（直通）／FAX 052-938-4419
horinouchi.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SHOJI = """
--
日の出産業株式会社
品質保証部 サプライヤー品質課
東海林 紗英　Sae Shoji
TEL: 058-389-2210 / FAX: 058-389-2219
〒509-0109 岐阜県各務原市テクノプラザ三丁目6番地（各務原工場）
Mail: shoji.sae@hinode-sangyo.co.jp"""

SIG_YOMODA = """
------------------------------------------------------------
 日の出産業株式会社 調達部 サプライヤー管理グループ
 四方田 功（よもだ いさお）
 TEL ０５２－９３８－４４３１　内線 ２７３
 E-mail yomoda.isao@hinode-sangyo.co.jp
------------------------------------------------------------"""

SIG_YOMODA_J = SIG_YOMODA.replace("－", "−")  # as an ISO-2022-JP mailer writes it

SIG_IOKIBE = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　日の出産業（株）生産管理部 物流課
　五百旗頭 恵（いおきべ めぐみ）
　各務原工場 出荷場 TEL 058-389-2265
　iokibe.megumi@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_WANI = """
Best regards,

Kenta Wanibuchi
Overseas Procurement Section, Procurement Dept.
Hinode Sangyo Co., Ltd.
2-14-3 Higashi-sakura, Higashi-ku, Nagoya 461-0005, Japan
Tel: +81-52-938-4452 / wanibuchi.kenta@hinode-sangyo.co.jp"""

SIG_DOMEKI = """
―――――――――――――――――――――――
日の出産業株式会社 経理部 支払グループ
百目鬼 理沙
TEL 052-938-4470　FAX 052-938-4479
domeki.risa@hinode-sangyo.co.jp
―――――――――――――――――――――――"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "supplychain-001",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["纐纈 様 <kouketsu.t@kawasaki-denki.co.jp>"],
        "subject": "【納期回答のお願い】10月度 追加発注分（PO-2410-0388〜0395）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
資材営業部　纐纈様

いつも大変お世話になっております。
日の出産業の堀之内でございます。

10月度の追加発注分につきまして、下記の通り注文書をEDIにて送信いたしました。
お手数ですが、10月25日（金）までに納期のご回答をいただけますでしょうか。

発注番号       品番            品名                     数量     希望納期
-------------  --------------  -----------------------  -------  ----------
PO-2410-0388   KD-RY-2207A     リレーユニット 24V         1,200  11/05
PO-2410-0389   KD-RY-2207B     リレーユニット 12V           600  11/05
PO-2410-0391   KD-SW-0815      マイクロスイッチ            4,000  11/12
PO-2410-0393   KD-TB-1140      端子台 12P                   850  11/12
PO-2410-0395   KD-CN-3302      中継コネクタ 6極           2,400  11/19

※PO-2410-0390／0392／0394は欠番です（社内取消分）。
※KD-SW-0815は分納可です。初回分のみ11/12必着でお願いいたします。

何卒よろしくお願い申し上げます。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary delivery-date request to one partner: order numbers and part codes only",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "supplychain-002",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 名古屋配車センター <haisha-nagoya@aoba-unyu.co.jp>"],
        "subject": "夜間納品時の緊急連絡先（各務原工場）送付の件",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
名古屋配車センター ご担当者様

いつもお世話になっております。日の出産業 物流課の五百旗頭です。

11月から夜間納品（22時～翌5時）が始まりますので、守衛所が無人の時間帯に
トラブルがあった場合の連絡先を添付にまとめました。
上から順にお電話いただき、つながらない場合は次の者へお願いします。

ドライバーの皆様への周知をよろしくお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "xlsx", "name": "各務原工場_夜間緊急連絡網_202411.xlsx",
             "sheets": {
                 "表紙": [["各務原工場 夜間・休日 緊急連絡網"], ["作成：生産管理部 物流課"],
                          ["改訂：2024年10月18日"], ["※連絡網シートの順にご連絡ください"]],
                 "連絡網": [
                     ["各務原工場 夜間緊急連絡網（2024年11月～）"],
                     [],
                     ["順位", "氏名", "ふりがな", "所属", "携帯電話", "自宅電話"],
                     [1, "五百旗頭 恵", "いおきべ めぐみ", "物流課", "090-4417-2283", "058-372-1146"],
                     [2, "雲母 拓真", "きら たくま", "物流課", "080-3920-5571", ""],
                     [3, "纐纈 博之", "こうけつ ひろゆき", "製造二課", "090-8812-0364", "0583-85-2290"],
                     [4, "寒河江 瑞穂", "さがえ みずほ", "総務課", "070-2261-9038", ""],
                     [5, "鬼頭 慎吾", "きとう しんご", "保全課", "080-6675-1422", "058-383-7715"],
                     [6, "忽那 早紀", "くつな さき", "品質保証課", "090-1538-6690", ""],
                     [7, "左右田 篤", "そうだ あつし", "工場長", "090-7206-3318", "058-370-4451"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list of 7 staff with private mobile and home phones in an XLSX (second sheet) to a carrier",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "supplychain-003",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["阿久津 様 <akutsu@minato-seimitsu.co.jp>"],
        "subject": "秘密保持契約書（案）のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """港精密工業株式会社
営業部　阿久津様

お世話になっております。日の出産業の四方田です。
先日はお打合せのお時間をいただきありがとうございました。

新規お取引開始にあたり、図面をご提示する前に秘密保持契約（NDA）を
締結させていただきたく、弊社ひな形をお送りいたします。
貴社法務ご担当様にてご確認いただき、修正のご希望があれば
変更履歴付きでご返送ください。

・契約期間：締結日から3年（秘密保持義務は終了後2年存続）
・対象：図面、仕様書、見積条件など開示する技術・営業情報
・押印方法：電子契約（クラウドサイン）を予定しております

ご不明点がございましたらお気軽にお問い合わせください。
""" + SIG_YOMODA_J,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_案_日の出産業_港精密工業.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という）と港精密工業株式会社（以下「乙」という）は、"
                 "甲乙間の取引の検討に関し、次のとおり契約を締結する。",
                 "第1条（機密情報の定義）本契約において機密情報とは、一方当事者が相手方に開示した"
                 "技術上又は営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                 "第2条（秘密保持義務）受領者は、機密情報を善良なる管理者の注意をもって管理し、"
                 "相手方の書面による事前の承諾なく第三者に開示又は漏洩してはならない。",
                 "第3条（目的外使用の禁止）受領者は、機密情報を本取引の検討以外の目的に使用しない。",
                 "第4条（返還）本契約が終了したときは、受領者は機密情報を速やかに返還又は廃棄する。",
                 "第5条（有効期間）本契約の有効期間は締結日から3年間とする。",
                 "甲：愛知県名古屋市東区東桜二丁目14番3号　日の出産業株式会社　代表取締役",
                 "乙：　　　　　　　　　　　　　　　　　　　港精密工業株式会社　代表取締役",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft contract: the word 機密情報 is the subject matter, not a marking",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "supplychain-004",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 営業部 <eigyo@kawasaki-denki.co.jp>",
               "北国フーズ 営業本部 <sales@kitaguni-foods.co.jp>",
               "錦印刷 営業課 <eigyo-ka@nishiki-insatsu.co.jp>"],
        "subject": "2025年度 サプライヤー方針説明会のご案内",
        "charset": "cp932",
        "body": """お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 調達部でございます。

標記の件、下記のとおり開催いたしますので、ご出席賜りますようお願い申し上げます。

　日時：２０２５年１月２２日（水）１４：００～１６：３０
　会場：日の出産業 本社 ７階 大会議室（名古屋市東区東桜）
　内容：(1) 2025年度 調達方針
　　　　(2) 品質・環境・BCPに関するお願い
　　　　(3) 優良サプライヤー表彰
　　　　(4) 意見交換会（17:00～ 別会場）

ご出欠を１２月２０日（金）までに本メールへのご返信にてお知らせください。
ご出席の方のお名前・役職も併せてお知らせいただけますと幸いです。
""" + SIG_YOMODA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "invitation to three supplier organisations all in To: they can see each other, should be Bcc",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "supplychain-005",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["品質保証課 御中 <qa@tokai-gomu.co.jp>"],
        "cc": ["堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>"],
        "subject": "【品質異常連絡】防振ゴム TG-4410 外観不良（バリ残り）",
        "charset": "cp932",
        "body": """東海ゴム化工株式会社
品質保証課 御中

いつもお世話になっております。
日の出産業 品質保証部の東海林です。

本日の受入検査において、下記の不具合が発生しましたのでご連絡いたします。

■品番　　：TG-4410-02（防振ゴム φ32）
■納入日　：2024年11月6日
■納品書No：DN-7718024
■ロットNo：24K05-B3
■受入数　：3,000個
■不良数　：41個（抜取200個中7個 → 全数選別にて41個）
■不具合　：外周パーティングライン部のバリ残り（最大0.8mm、規格0.3mm以下）
■写真　　：添付参照

つきましては、以下のご対応をお願いいたします。
１．同ロット在庫および工程内品の選別（11/8 15時までに暫定対策のご報告）
２．原因調査および恒久対策（8Dフォーマットにて11/22まで）
３．選別済み品への識別表示（緑ラベル）

不良品41個は返却いたしますので、引取便の手配をお願いします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "png", "name": "TG-4410_バリ残り_写真01.png"},
            {"kind": "png", "name": "TG-4410_バリ残り_写真02.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quality claim with lot and delivery-note numbers and photos: no personal data",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "supplychain-006",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["水野 品質管理課長 <mizuno.k@mikawa-press.co.jp>"],
        "subject": "Re: 工程監査（11/14）当日の段取りについて",
        "charset": "utf-8",
        "body": """三河プレス工業株式会社
品質管理課 水野課長

お世話になっております。日の出産業の東海林です。
工程監査の件、ご調整いただきありがとうございます。

当日は下記2名で伺います。
駐車場の件などで当日連絡が必要な場合は、携帯までお願いいたします。

  東海林 紗英（品質保証部）　携帯 080-2931-6604
  砂原 健吾（調達部）　　　　携帯 090-5128-7733

9:30に正門守衛所にて入構手続きをさせていただきます。
監査チェックリストは前回お送りした2024年版を使用します。

よろしくお願いいたします。

> 東海林様
> お世話になっております。三河プレスの水野です。
> 11/14（木）9:30～で承知しました。来訪者のお名前と当日の連絡先を
> お知らせいただけますでしょうか。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two visitors' names with mobile numbers to one supplier: under the list threshold (may warn)",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "supplychain-007",
        "sender": "百目鬼 理沙 <domeki.risa@hinode-sangyo.co.jp>",
        "to": ["名古屋中央会計事務所 税務担当 <zeimu@nagoya-chuo-kaikei.jp>"],
        "subject": "報酬等の支払調書作成分　個人番号のご連絡（外注検査員）",
        "charset": "utf-8",
        "body": f"""名古屋中央会計事務所
税務ご担当 様

いつもお世話になっております。日の出産業 経理部の百目鬼です。

法定調書の作成に関し、外注検査員（個人事業主）の方1名分の情報が未提出でしたので、
下記のとおりご連絡いたします。

【支払先】
 氏名　　：薬袋 清志（みない きよし）
 住所　　：〒486-0945 愛知県春日井市勝川町七丁目21番地 ハイツ勝川203
 個人番号：{_grp(my_number(SEED + 1))}
 支払区分：受入検査業務委託報酬（2024年1月～12月）
 支払総額：1,842,000円（源泉徴収税額 188,083円）

本人確認書類（通知カード写し・運転免許証写し）は社内で保管しております。
ご確認のほどよろしくお願いいたします。
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an individual subcontractor's My Number and home address sent to an outside accounting firm",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "supplychain-008",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
               "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>"],
        "cc": ["調達部 管理G <chotatsu-kanri@hinode-sangyo.co.jp>"],
        "subject": "サプライヤー自己評価票　回収状況と窓口担当者一覧（社内共有）",
        "charset": "iso-2022-jp",
        "body": """堀之内さん、東海林さん

お疲れさまです。四方田です。
自己評価票の回収状況をまとめました。未回収の3社は来週督促します。
各社の窓口担当者（評価票に記入されていたもの）も一覧にしてありますので、
フォローの際にご利用ください。

回収：27社／30社（未回収：三河プレス工業、多治見陶業、港精密工業）

よろしくお願いします。
四方田
""",
        "attachments": [
            {"kind": "xlsx", "name": "自己評価票_回収状況_2024下期.xlsx",
             "sheets": {
                 "回収状況": [["サプライヤー自己評価票 回収状況（2024年度下期）"],
                              ["取引先", "送付日", "回収日", "総合点", "要フォロー"],
                              ["川崎電機", "10/01", "10/09", 88, ""],
                              ["東海ゴム化工", "10/01", "10/15", 71, "○"],
                              ["錦印刷", "10/01", "10/11", 80, ""],
                              ["三河プレス工業", "10/01", "", "", "督促"]],
                 "窓口担当者": [["取引先", "氏名", "部署", "電話", "メール"],
                               ["川崎電機", "纐纈 隆史", "資材営業部", "052-611-3380", "kouketsu.t@kawasaki-denki.co.jp"],
                               ["東海ゴム化工", "月見里 優", "品質保証課", "0568-72-4410", "yamanashi@tokai-gomu.co.jp"],
                               ["錦印刷", "帷子 美保", "営業課", "052-231-7762", "katabira@nishiki-insatsu.co.jp"],
                               ["北国フーズ", "留守 大地", "営業本部", "011-792-3304", "rusu.d@kitaguni-foods.co.jp"],
                               ["瀬戸セラミックス", "九十九 一平", "生産管理", "0561-83-2219", "tsukumo@seto-ceramics.co.jp"],
                               ["岐阜樹脂", "生明 さやか", "品証", "058-245-6671", "azami@gifu-jushi.co.jp"],
                               ["大垣機工", "甕 義隆", "営業部", "0584-77-1028", "motai@ogaki-kiko.co.jp"],
                               ["知多鋳造", "栗花落 悠", "品質管理", "0562-48-3391", "tsuyuri@chita-chuzo.co.jp"],
                               ["豊橋電装", "王生 康介", "品質保証", "0532-45-8806", "ikurumi@toyohashi-denso.co.jp"],
                               ["四日市化成", "釈迦郡 智子", "営業", "059-346-2150", "shakagori@yokkaichi-kasei.co.jp"]],
             }},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "list of 10 supplier contacts, but every recipient is internal",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "supplychain-009",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 岐阜営業所 <gifu@aoba-unyu.jp>"],
        "subject": "11月第2週 引取スケジュール（各務原工場）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 岐阜営業所 御中

お世話になっております。日の出産業 物流課の五百旗頭です。
11月第2週の引取スケジュールをお送りします。

日付　　　　便　　　引取先　　　　　　　　　　車格　　　備考
-------------------------------------------------------------------
11/11(月)　1便　　三河プレス工業 岡崎工場　　4t平　　　パレット12枚
11/11(月)　2便　　東海ゴム化工 小牧工場　　　2t箱　　　返却品あり
11/12(火)　1便　　知多鋳造 本社工場　　　　　10tウイング 鋳物 重量物
11/13(水)　1便　　瀬戸セラミックス　　　　　4t箱　　　割れ物注意
11/14(木)　1便　　三河プレス工業 岡崎工場　　4t平　　　パレット10枚
11/15(金)　1便　　岐阜樹脂 関工場　　　　　　2t箱

変更がある場合は前日15時までにご連絡ください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike of partner aoba-unyu.co.jp (co. dropped: aoba-unyu.jp)",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "supplychain-010",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買企画課 <kobai-kikaku@kawasaki-denki.co.jp>"],
        "subject": "BCP調査票ご回答：二次サプライヤー拠点一覧",
        "charset": "utf-8",
        "body": """川崎電機株式会社
購買企画課 御中

お世話になっております。日の出産業の四方田です。
ご依頼のありましたサプライチェーンBCP調査につき、弊社向け主要部材の
二次サプライヤー拠点一覧をCSVにてお送りします。
（所在地・代表電話は各社の公開情報です）

震度6弱以上を想定した復旧目標日数も記入しております。
ご確認のほどよろしくお願いいたします。
""" + SIG_YOMODA,
        "attachments": [
            {"kind": "csv", "name": "二次サプライヤー拠点一覧_日の出産業.csv", "encoding": "utf-8",
             "rows": [
                 ["拠点名", "所在地", "代表電話", "主要品目", "代替拠点", "復旧目標(日)"],
                 ["東海ゴム化工 小牧工場", "愛知県小牧市大字三ツ渕1420番地", "0568-72-4400", "防振ゴム", "有(九州)", "14"],
                 ["三河プレス工業 岡崎工場", "愛知県岡崎市橋目町字中新切52", "0564-31-7700", "プレス部品", "無", "30"],
                 ["知多鋳造 本社工場", "愛知県知多市南浜町18番地", "0562-48-3300", "鋳物", "無", "45"],
                 ["瀬戸セラミックス", "愛知県瀬戸市上陣屋町77", "0561-83-2200", "碍子", "有(岐阜)", "21"],
                 ["岐阜樹脂 関工場", "岐阜県関市倉知2950-1", "0575-24-1180", "樹脂成形品", "有(本社)", "10"],
                 ["大垣機工", "岐阜県大垣市久徳町310", "0584-77-1000", "機械加工", "無", "30"],
                 ["四日市化成 本社工場", "三重県四日市市日永東二丁目4番5号", "059-346-2100", "樹脂ペレット", "有(千葉)", "7"],
                 ["豊橋電装 第二工場", "愛知県豊橋市明海町5番地12", "0532-45-8800", "ハーネス", "無", "20"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of supplier sites with office addresses and switchboards: businesses, not people",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "supplychain-011",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["川崎電機 品質保証部 鬼頭様 <kito.m@kawasaki-denki.co.jp>"],
        "subject": "8Dレポート送付：制御盤ユニット HS-CB-550 締付トルク不足（KD-Q-2411-07）",
        "charset": "utf-8",
        "body": """川崎電機株式会社
品質保証部　鬼頭様

いつも大変お世話になっております。日の出産業 品質保証部の東海林です。

このたびは弊社製品の不具合によりご迷惑をおかけし、誠に申し訳ございません。
KD-Q-2411-07の8Dレポートを添付にてお送りいたします。
D4（根本原因）につきまして、当該作業者の体調に起因する部分がございましたので、
経緯を詳しく記載しております。

ご確認のほど、よろしくお願い申し上げます。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "8Dレポート_KD-Q-2411-07_日の出産業.docx",
             "title": "8D Report KD-Q-2411-07",
             "paragraphs": [
                 "8Dレポート　KD-Q-2411-07",
                 "D1 チーム：品質保証部 東海林、製造一課 課長 纐纈、生産技術 生明",
                 "D2 問題：HS-CB-550 端子ねじ締付トルク不足（規格1.2N・m、実測0.4N・m）3台",
                 "D3 暫定対策：11/2～11/5生産分 全数再締付・トルクチェック実施済み",
                 "D4 根本原因：組立二課 根来 俊介（勤続12年）が11/1午後の作業中、持病のてんかんによる"
                 "短時間の意識消失発作を起こし、締付工程の一部を飛ばした。本人は発作の自覚がなく、"
                 "作業再開後に後工程へ流出した。本人は現在、主治医の指示で服薬調整中。",
                 "D5 恒久対策：電動ドライバのトルク管理カウンタによる締付本数インターロック導入",
                 "D6 効果確認：11/12以降 流出ゼロ",
                 "D7 再発防止：同種工程6か所に横展開",
                 "D8 完了：2024年11月29日",
             ],
             "tables": [[["項目", "内容"], ["対象ロット", "24K01～24K05"], ["流出数", "3台"]]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "8D report names the operator and his epilepsy (medical history) to a customer",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "supplychain-012",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Ms. Nguyen Thi Lan <lan.nguyen@hoangphat-mech.com.vn>"],
        "subject": "Shipping schedule for PO HS-VN-2411-021 / vessel booking",
        "charset": "utf-8",
        "body": """Dear Ms. Lan,

Thank you for your quick reply yesterday.

Please find below our requested shipping schedule for PO HS-VN-2411-021.
We would like the goods to be loaded on the following vessels (Hai Phong -> Nagoya):

  Lot   Item code      Q'ty    ETD Hai Phong   ETA Nagoya   Vessel / Voy.
  ----  -------------  ------  --------------  -----------  ------------------
  1     HP-BRK-220     8,000   Nov 22          Dec 01       WAN HAI 302 / S118
  2     HP-BRK-220     8,000   Dec 06          Dec 15       WAN HAI 302 / S120
  3     HP-SHF-045     3,500   Dec 06          Dec 15       WAN HAI 302 / S120

Incoterms: FOB Hai Phong. Our forwarder will send you the booking confirmation
(B/L instructions, CFS cut-off) by the end of this week.

Please send the packing list and commercial invoice two days before ETD.
""" + SIG_WANI + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English shipping schedule to an overseas supplier with the standard disclaimer",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "supplychain-013",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["水野 様 <mizuno.k@mikawa-press.co.jp>", "営業部 <sales@mikawa-press.co.jp>"],
        "subject": "【社外秘】2025年度 原価低減（VA/VE）ご提案のお願いと目標単価",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━
　取扱区分：社外秘
━━━━━━━━━━━━━━
三河プレス工業株式会社
水野様、営業部の皆様

お世話になっております。日の出産業 調達部の堀之内です。

2025年度の原価低減活動につき、弊社社内で設定した目標単価を共有いたします。
本情報は弊社社内の原価企画資料からの抜粋ですので、取扱いにはご注意ください。

品番          現行単価    目標単価    低減率
HS-BR-1102    128.40円    118.00円    8.1%
HS-BR-1103    141.20円    129.90円    8.0%
HS-PL-0770    36.80円     34.20円     7.1%
HS-PL-0771    39.10円     36.30円     7.2%

VA/VE提案（材料歩留まり改善、工程集約など）を1月末までにお願いいたします。
""" + SIG_HORI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and body carry a 社外秘 classification and go to an external supplier",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "supplychain-014",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 物流管理課 <butsuryu@kawasaki-denki.co.jp>"],
        "cc": ["青葉運輸 配車センター <haisha-nagoya@aoba-unyu.co.jp>",
               "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>"],
        "subject": "年末年始の納入便について（三者調整）",
        "charset": "cp932",
        "body": """川崎電機株式会社 物流管理課 御中
（CC：青葉運輸株式会社 配車センター様）

いつもお世話になっております。日の出産業 物流課の五百旗頭です。

年末年始の納入便につき、三者で調整させていただきたくご連絡いたしました。

・最終納入便　　：12月27日（金）午前便
・初荷　　　　　：1月6日（月）午後便
・12/28～1/5　　：貴社受入停止と伺っております
・臨時便　　　　：12/26（木）に4t車1台を追加（青葉運輸様 ご手配お願いします）

川崎電機様の受入時間（8:30～11:30）に変更がないか、ご確認いただけますでしょうか。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way mail: two external organisations (both partners) in To/Cc",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "supplychain-015",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["一尺八寸 様 <kamatsuka.mokkei@gmail.com>"],
        "subject": "木型製作のお見積りのお願い（鋳物用 ブラケット型）",
        "charset": "iso-2022-jp",
        "body": """一尺八寸 様

はじめてご連絡いたします。日の出産業株式会社 調達部の堀之内と申します。
知多鋳造様よりご紹介いただき、ご連絡させていただきました。

鋳物用木型の製作をお願いしたく、お見積りをお願いできませんでしょうか。

　品名：ブラケット（FC250）用 木型 一式
　数量：1型（主型＋中子取り1）
　図面：ご承諾いただけましたら郵送いたします
　希望納期：2025年2月中旬

個人で工房を営まれていると伺っておりますので、お支払条件等も
ご都合に合わせて調整いたします。ご検討よろしくお願いいたします。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a craftsman working alone): warning at most",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "supplychain-016",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["社会監査チーム <audit-team@green-audit.co.jp>"],
        "subject": "社会的責任監査（各務原工場）事前提出資料：従業員名簿",
        "charset": "cp932",
        "body": """グリーン監査株式会社
社会監査チーム 御中

お世話になっております。日の出産業の東海林です。

12月の社会的責任監査（労働・人権）に向けた事前資料のうち、
インタビュー対象者選定用の従業員名簿（製造二課分）を添付いたします。
残りの課は来週お送りします。

よろしくお願いいたします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "csv", "name": "従業員名簿_製造二課.csv", "encoding": "cp932",
             "rows": [
                 ["社員番号", "氏名", "フリガナ", "性別", "生年月日", "入社日", "雇用形態"],
                 ["H20417", "纐纈 博之", "コウケツ ヒロユキ", "男", "1979/06/12", "2001/04/01", "正社員"],
                 ["H20533", "砂原 亜美", "スナハラ アミ", "女", "1990/02/27", "2012/04/01", "正社員"],
                 ["H21109", "寺嶋 大輔", "テラジマ ダイスケ", "男", "1985/11/03", "2015/10/01", "正社員"],
                 ["K30077", "ファム・ヴァン・トゥアン", "ファム ヴァン トゥアン", "男", "1999/08/19", "2022/06/13", "技能実習"],
                 ["K30078", "グエン・ティ・フオン", "グエン ティ フオン", "女", "2001/01/30", "2022/06/13", "技能実習"],
                 ["P40312", "鴨脚 和子", "イチョウ カズコ", "女", "1968/09/09", "2019/05/20", "パート"],
                 ["P40355", "四十物 正人", "アイモノ マサト", "男", "1961/03/14", "2021/02/01", "パート"],
                 ["H21488", "帷子 翔", "カタビラ ショウ", "男", "1996/07/22", "2018/04/01", "正社員"],
                 ["H21590", "小鳥遊 ひかり", "タカナシ ヒカリ", "女", "1998/12/05", "2020/04/01", "正社員"],
                 ["T50021", "甕 武", "モタイ タケシ", "男", "1973/04/28", "2023/09/01", "派遣"],
                 ["T50022", "留守 千尋", "ルス チヒロ", "女", "1994/10/16", "2023/09/01", "派遣"],
                 ["H21702", "忽那 蓮", "クツナ レン", "男", "2000/05/08", "2023/04/01", "正社員"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "employee roster of 12 workers with dates of birth (CP932 CSV) to an external audit firm",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "supplychain-017",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["月見里 様 <yamanashi@tokai-gomu.co.jp>"],
        "subject": "Re: 担当者変更のお知らせ（東海ゴム化工）",
        "charset": "iso-2022-jp",
        "body": """月見里様

お世話になっております。日の出産業の堀之内です。
ご丁寧にありがとうございます。承知いたしました。
社内の関係部署にも周知し、来月以降は新しいご担当の方へご連絡いたします。

今後ともよろしくお願いいたします。

堀之内

> 日の出産業株式会社
> 調達部 堀之内様
>
> いつもお世話になっております。東海ゴム化工の月見里です。
> 12月1日付の組織変更に伴い、貴社ご担当を下記のとおり変更いたします。
>
> 営業　　　　寺嶋 康平　　携帯 090-3371-8420　terajima@tokai-gomu.co.jp
> 営業（副）　一尺八寸 舞　携帯 080-6614-2297　kamatsuka@tokai-gomu.co.jp
> 品質保証　　月見里 優　　携帯 090-2208-5513　yamanashi@tokai-gomu.co.jp
> 品質保証　　鬼頭 紀之　　携帯 070-4419-3306　kito.n@tokai-gomu.co.jp
> 生産管理　　纐纈 まゆみ　携帯 080-9025-7741　kouketsu.m@tokai-gomu.co.jp
> 物流　　　　雲母 達也　　携帯 090-6630-1184　kira@tokai-gomu.co.jp
>
> 引き続きよろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person contact list is only quoted from the supplier's own mail; new text has none",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "supplychain-018",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["清和工業 資材課 <shizai@seiwa-kogyo.co.jp>"],
        "subject": "出荷のご連絡（注文番号 SW-24-11873）",
        "charset": "utf-8",
        "body": """清和工業株式会社 資材課 御中

お世話になっております。日の出産業 物流課です。
ご注文分を本日出荷いたしましたので、送り状番号をお知らせします。

注文番号　　SW-24-11873
出荷日　　　2024年11月8日
運送会社　　ヤマト運輸（宅急便）

　個口  品番            数量  送り状番号
　1/4   HS-FLT-2010     50    4829-1033-7765
　2/4   HS-FLT-2010     50    4829-1033-7776
　3/4   HS-FLT-2012     40    4829-1033-7780
　4/4   HS-GSK-0301    200    4829-1033-7791

到着予定：11月9日（土）午前中
お問合せは上記送り状番号でヤマト運輸へお願いいたします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping notice with 12-digit tracking numbers: not personal data",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "supplychain-019",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["三河プレス工業 営業部 <sales@mikawa-press.co.jp>"],
        "subject": "2024年度上期 サプライヤー評価結果の送付",
        "charset": "iso-2022-jp",
        "body": """三河プレス工業株式会社
営業部 御中

お世話になっております。日の出産業 調達部の四方田です。
2024年度上期のサプライヤー評価結果をお送りします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお送りします。

評価項目：品質（40点）、納期（30点）、価格（20点）、対応（10点）

ご不明点はお問い合わせください。
""" + SIG_YOMODA_J,
        "attachments": [
            {"kind": "zip", "name": "評価結果_三河プレス工業_2024H1.zip", "password": "Hs2024#mp",
             "files": [
                 {"kind": "xlsx", "name": "評価結果_三河プレス工業.xlsx",
                  "sheets": {"評価": [["項目", "配点", "得点"], ["品質", 40, 31], ["納期", 30, 27],
                                      ["価格", 20, 15], ["対応", 10, 8], ["合計", 100, 81]]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) cannot be inspected",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "supplychain-020",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["多治見陶業 総務課 <soumu@tajimi-togyo.co.jp>"],
        "subject": "工場見学（12/3）参加者のご連絡",
        "charset": "utf-8",
        "body": """多治見陶業株式会社
総務課 ご担当者様

お世話になっております。日の出産業 調達部の堀之内です。
12月3日（火）の工場見学につきまして、参加者をご連絡いたします。
入構証の準備にご利用ください。

氏名\tふりがな\t会社・部署\t当日連絡先
堀之内 亮\tほりのうち りょう\t日の出産業 調達部\t090-3318-0472
左右田 結衣\tそうだ ゆい\t日の出産業 調達部\t080-7720-1953
勅使河原 誠\tてしがわら まこと\t日の出産業 品質保証部\t090-2457-6619
Daniel Koh\tダニエル コー\t日の出産業 シンガポール支店\t+65-9124-3387

昼食はご用意不要です。当日はどうぞよろしくお願いいたします。
""" + SIG_HORI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four visitors with mobile numbers (tab-separated): one to four people, under the list threshold",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "supplychain-021",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["清和工業 守衛所 入構管理 <nyuko@seiwa-kogyo.co.jp>"],
        "subject": "構内入構申請（納品車両・乗務員）令和６年１２月分",
        "charset": "iso-2022-jp",
        "body": """清和工業株式会社
守衛所 入構管理ご担当者様

いつもお世話になっております。日の出産業 物流課の五百旗頭です。
12月の定期納品に伴う構内入構申請をお送りします。
ご指定の様式どおり、乗務員の運転免許証の情報を記載しております。

【乗務員１】
　氏名　　　　　：寺嶋 康二（てらじま こうじ）
　生年月日　　　：昭和５２年８月１９日
　運転免許証番号：第５３２００９１１４８７０号（大型）
　車両番号　　　：岐阜 100 か 47-21

【乗務員２】
　氏名　　　　　：左右田 大樹（そうだ だいき）
　生年月日　　　：平成３年２月３日
　運転免許証番号：第５３２１１７６０３３５１号（中型）
　車両番号　　　：岐阜 400 す 10-83

入構期間：令和６年１２月２日〜令和６年１２月２７日
ご承認のほどよろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "two drivers' licence numbers (identity document numbers) and birth dates to a customer's gate office",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "supplychain-022",
        "sender": "百目鬼 理沙 <domeki.risa@hinode-sangyo.co.jp>",
        "to": ["大垣機工 経理課 <keiri@ogaki-kiko.co.jp>"],
        "subject": "請求書再発行のお願い（11月締め分・登録番号の記載漏れ）",
        "charset": "utf-8",
        "body": """大垣機工株式会社
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の百目鬼です。

11月締め分のご請求書（請求No. OK-2411-0567、金額 3,418,220円 税込）につきまして、
適格請求書の記載事項のうち登録番号の記載が漏れておりました。
弊社の取引先マスタでは、貴社の登録番号は下記のとおりとなっております。

　登録番号：T6180001045632

恐れ入りますが、登録番号を記載のうえ再発行いただけますでしょうか。
お支払予定日（12月25日）には影響ございません。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice matter with the supplier's own T-number (法人番号): business data, not a person",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "supplychain-023",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["産業医室 <sangyoi@mail.hinode-sangyo.co.jp>"],
        "cc": ["東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>"],
        "subject": "有機溶剤健診 有所見者一覧（塗装ライン）",
        "charset": "cp932",
        "body": """産業医室 御中

総務課の寒河江です。
10月実施の有機溶剤等健康診断で有所見となった塗装ラインの作業者一覧です。
塗料メーカー変更（サプライヤー切替）の検討資料として品証にもCCしています。
社内限りでお願いします。

氏名          生年月日      所見                          判定
------------  ------------  ----------------------------  ------
鬼頭 慎吾     1975/03/21    肝機能（AST/ALT）上昇         要再検
忽那 早紀     1988/11/02    尿中馬尿酸 高値               要観察
纐纈 博之     1979/06/12    貧血（Hb 11.2）               要再検
砂原 亜美     1990/02/27    皮膚炎（手指）                要治療
甕 武         1973/04/28    肝機能（γ-GTP）上昇           要再検
四十物 正人   1961/03/14    末梢神経症状（しびれ）        要精検
帷子 翔       1996/07/22    尿中代謝物 高値               要観察
留守 千尋     1994/10/16    頭痛・めまいの訴え            要観察
寺嶋 大輔     1985/11/03    肝機能（ALT）上昇             要再検

寒河江
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health check results of nine workers, but all recipients are internal (mail. subdomain included)",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "supplychain-024",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["東海ロジスティクス 立上げ担当 <startup@tokai-logi.co.jp>"],
        "subject": "倉庫移管プロジェクト：弊社側 立会い担当者の連絡先",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>東海ロジスティクス株式会社<br>立上げご担当者様</p>
<p>お世話になっております。日の出産業 物流課の五百旗頭です。</p>
<p>1月の倉庫移管に向けて、棚卸・搬出の立会いを担当する弊社メンバーの連絡先をお送りします。
シフト調整の際は直接ご連絡いただいて構いません。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dbe5f1"><th>氏名</th><th>担当</th><th>携帯電話</th><th>メール</th></tr>
<tr><td>五百旗頭 恵</td><td>全体統括</td><td>090-4417-2283</td><td>iokibe.megumi@hinode-sangyo.co.jp</td></tr>
<tr><td>雲母 拓真</td><td>搬出（第1倉庫）</td><td>080-3920-5571</td><td>kira.takuma@hinode-sangyo.co.jp</td></tr>
<tr><td>栗花落 悠斗</td><td>搬出（第2倉庫）</td><td>070-5583-2016</td><td>tsuyuri.yuto@hinode-sangyo.co.jp</td></tr>
<tr><td>生明 さおり</td><td>棚卸</td><td>090-6128-4407</td><td>azami.saori@hinode-sangyo.co.jp</td></tr>
<tr><td>王生 剛</td><td>棚卸</td><td>080-2264-9170</td><td>ikurumi.tsuyoshi@hinode-sangyo.co.jp</td></tr>
<tr><td>薬袋 ちひろ</td><td>システム（WMS）</td><td>090-8831-5502</td><td>minai.chihiro@hinode-sangyo.co.jp</td></tr>
<tr><td>釈迦郡 誠也</td><td>安全・構内</td><td>080-1147-6638</td><td>shakagori.seiya@hinode-sangyo.co.jp</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 生産管理部 物流課<br>五百旗頭 恵<br>TEL 058-389-2265</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of seven people's mobiles and e-mails to an outside 3PL",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "supplychain-025",
        "sender": "調達部 <chotatsu@hinode-sangyo.co.jp>",
        "to": ["調達部 <chotatsu@hinode-sangyo.co.jp>"],
        "bcc": ["eigyo@kawasaki-denki.co.jp", "qa@tokai-gomu.co.jp", "sales@mikawa-press.co.jp",
                "eigyo-ka@nishiki-insatsu.co.jp", "sales@kitaguni-foods.co.jp",
                "info@seto-ceramics.co.jp", "eigyo@gifu-jushi.co.jp", "eigyo@ogaki-kiko.co.jp",
                "sales@chita-chuzo.co.jp", "eigyo@toyohashi-denso.co.jp"],
        "subject": "年末年始休業および受入停止期間のお知らせ",
        "charset": "iso-2022-jp",
        "body": """お取引先各位

拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、弊社では下記のとおり年末年始休業とさせていただきます。
休業期間中は資材の受入を停止いたしますので、納入日程のご調整をお願い申し上げます。

　　　　　　　　　　　　　記

１．休業期間　　令和６年１２月２８日（土）〜令和７年１月５日（日）
２．最終受入日　令和６年１２月２７日（金）１５：００まで
３．受入開始日　令和７年１月６日（月）８：３０より

※本メールはBCCにて一斉送信しております。

　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

日の出産業株式会社　調達部
TEL 052-938-4400（代表）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to ten suppliers done right: they are in Bcc, To is internal",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "supplychain-026",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
        "subject": "構内での熱中症対策についてのお願い",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
安全管理課 御中

いつもお世話になっております。日の出産業 物流課の五百旗頭です。

今夏は各務原工場の荷待ち場でも暑さ指数（WBGT）が31を超える日が続きました。
来年度に向けて、構内での熱中症対策を下記のとおり強化いたしますので、
乗務員の皆様への周知をお願いいたします。

・荷待ち場にミストファンと給水器（経口補水液含む）を設置します
・WBGT 31以上の日は、荷待ち中のエンジン停止ルールを一時解除します
・体調不良時は遠慮なく守衛所（内線 200）までお申し出ください
・めまい、吐き気、手足のしびれ等がある場合は作業を中止してください

一般的な注意喚起として、厚生労働省のリーフレットも添付しておきます。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "pdf", "name": "熱中症予防リーフレット_構内版.pdf",
             "lines": ["熱中症を防ごう", "・こまめな水分・塩分補給", "・休憩場所の確保",
                       "・体調不良は我慢せず申し出る", "・暑さ指数（WBGT）を確認する",
                       "日の出産業株式会社 各務原工場 安全衛生委員会"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health topic in general (heat stroke prevention), no identifiable person",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "supplychain-027",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["akimoto.kensa@gmail.com", "t-hanamura1962@yahoo.co.jp", "m.oshikiri@icloud.com"],
        "subject": "12月　外注受入検査のシフトについて",
        "charset": "iso-2022-jp",
        "body": """外注検査員の皆様

いつもお世話になっております。日の出産業 品質保証部の東海林です。
12月の受入検査シフト（案）をお送りします。

　12/2（月）〜12/6（金）　　秋元さん
　12/9（月）〜12/13（金）　 花村さん
　12/16（月）〜12/20（金）　押切さん
　12/23（月）〜12/27（金）　秋元さん・花村さん（年末増量のため2名）

ご都合の悪い日があれば、11月22日までにご返信ください。
検査手順書は改訂版（Rev.7）を使用します。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three private persons on free mail can see each other's addresses in To",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "supplychain-028",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["関スプリング製作所 営業課 <eigyo@seki-spring.co.jp>"],
        "subject": "お見積り依頼：圧縮コイルばね HS-SP-3390（新規）",
        "charset": "cp932",
        "body": """株式会社関スプリング製作所
営業課 御中

はじめてご連絡いたします。日の出産業株式会社 調達部の堀之内と申します。
展示会（メカトロテック）で貴社ブースを拝見し、ご連絡させていただきました。

新規部品のお見積りをお願いしたく、仕様書を添付いたします。

・品番：HS-SP-3390（圧縮コイルばね SWP-B φ1.2）
・数量：月産 20,000個（年間 240,000個）
・見積条件：納入先 各務原工場、車上渡し
・回答期限：12月13日（金）

図面は秘密保持契約の締結後にお送りいたします。
ご検討のほど、よろしくお願い申し上げます。
""" + SIG_HORI,
        "attachments": [
            {"kind": "docx", "name": "仕様書_HS-SP-3390_見積用.docx",
             "paragraphs": ["見積用仕様書　HS-SP-3390", "1. 材質：SWP-B（ピアノ線B種）",
                            "2. 線径：φ1.2、コイル外径：φ9.5、自由長：28.0mm",
                            "3. 表面処理：防錆油", "4. 荷姿：ポリ袋 500個入 × 段ボール"],
             "tables": [[["項目", "規格値", "公差"], ["ばね定数", "2.45 N/mm", "±10%"],
                         ["自由長", "28.0 mm", "±0.5"], ["有効巻数", "7.5", "—"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "request for quotation with a DOCX spec; mentions an NDA only in passing",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "supplychain-029",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["三河プレス工業 営業部 <sales@mikawa-press.co.jp>"],
        "subject": "パスワードのご連絡（2024年度上期 サプライヤー評価結果）",
        "charset": "iso-2022-jp",
        "body": """三河プレス工業株式会社
営業部 御中

日の出産業の四方田です。
先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Hs2024#mp

なお、来期からはファイル共有サービスでのお渡しに切り替える予定です。
""" + SIG_YOMODA_J,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "supplychain-030",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["知多鋳造 総務部 <soumu@chita-chuzo.co.jp>"],
        "cc": ["東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>"],
        "subject": "構内作業中の負傷事故について（速報）",
        "charset": "utf-8",
        "body": """知多鋳造株式会社
総務部 御中

日の出産業 各務原工場 総務課の寒河江です。
本日、弊社構内で金型搬入作業中の貴社従業員の方が負傷されました。
労働災害速報を添付いたしますので、ご確認をお願いいたします。

ご本人には弊社社員が付き添い、現在は病院で処置を受けておられます。
労災の手続き（様式第5号）につきましては貴社にてお願いできますでしょうか。
""" + "\n寒河江 瑞穂\n日の出産業株式会社 各務原工場 総務課\nTEL 058-389-2201",
        "attachments": [
            {"kind": "pdf", "name": "労働災害速報_20241112.pdf",
             "title": "労働災害速報",
             "lines": [
                 "労働災害速報（第一報）　2024年11月12日 15:40",
                 "発生日時：2024年11月12日（火）10時25分頃",
                 "発生場所：日の出産業 各務原工場 第2工場 金型置場",
                 "被災者：知多鋳造株式会社 製造部 栗花落 剛志（つゆり つよし）47歳",
                 "状況：金型（約180kg）をフォークリフトから降ろす際、右手を金型と台車の間に挟まれた",
                 "傷病：右手中指・環指 末節骨骨折、挫創（各務原中央病院 整形外科にて診断）",
                 "処置：縫合処置、ギプス固定。全治約6週間の見込み。休業見込み2週間",
                 "既往：本人申告により糖尿病で通院中のため、創部感染に注意との医師所見",
                 "報告者：日の出産業 各務原工場 総務課 寒河江",
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "accident report naming an injured worker with diagnosis and medical history, sent outside",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "supplychain-031",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["川崎電機 品質保証部 鬼頭様 <kito.m@kawasaki-denki.co.jp>"],
        "subject": "品質定例会（11月度）資料送付",
        "charset": "utf-8",
        "body": """川崎電機株式会社 品質保証部
鬼頭様

お世話になっております。日の出産業の東海林です。
明日の品質定例会の資料をお送りします。
10月度は工程内不良率が目標を下回りましたが、市場クレームが1件発生しております
（KD-Q-2411-07、8Dは先日送付済み）。

当日はよろしくお願いいたします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "pptx", "name": "品質定例会_2024年11月_日の出産業.pptx",
             "title": "品質定例会 2024年11月",
             "slides": [
                 ["品質定例会 11月度", "日の出産業株式会社 品質保証部", "2024年11月20日"],
                 ["KPI実績（10月）", "工程内不良率 0.18%（目標 0.25%）", "受入不良率 0.42%（目標 0.30%）",
                  "市場クレーム 1件（KD-Q-2411-07）"],
                 ["主な対策", "トルク管理インターロック導入（6工程）", "防振ゴム 受入検査の強化（全数外観）"],
                 ["今後の予定", "12月：工程監査（三河プレス工業）", "1月：サプライヤー方針説明会"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX meeting slides with quality KPIs: no personal data, no marking",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "supplychain-032",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mdelaney@rivertech-components.com>"],
        "subject": "Re: Updated contact list for Hinode account",
        "charset": "utf-8",
        "body": """Hi Mark,

Thanks for the update - we have changed our vendor master accordingly.
From next week, we will send the monthly forecast to Jessica as the new
planner.

Best regards,
Kenta

On Tue, Nov 19, 2024 at 8:12 AM Mark Delaney <mdelaney@rivertech-components.com> wrote:
> Hi Kenta,
>
> Following our reorganisation, please find the updated contacts for the
> Hinode account below:
>
> Mark Delaney      Account Manager    +1 (614) 555-0147   mdelaney@rivertech-components.com
> Jessica Alvarez   Demand Planner     +1 (614) 555-0192   jalvarez@rivertech-components.com
> Omar Siddiqui     Quality Engineer   +1 (614) 555-0118   osiddiqui@rivertech-components.com
> Hannah Kowalski   Logistics          +1 (614) 555-0163   hkowalski@rivertech-components.com
> Trevor Bui        Customer Service   +1 (614) 555-0175   tbui@rivertech-components.com
>
> Regards,
> Mark
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five contacts are only in the quoted text of the supplier's own mail (On ... wrote:)",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "supplychain-033",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["清和工業 資材課 <shizai@seiwa-kogyo.co.jp>"],
        "subject": "FW: 【青葉運輸】本日の配送便について",
        "charset": "cp932",
        "body": """清和工業株式会社 資材課 御中

お世話になっております。日の出産業 物流課の五百旗頭です。
本日の納品便について、運送会社から下記の連絡がありましたので転送いたします。
到着が30分ほど遅れる見込みです。申し訳ございません。

---------- 転送メッセージ ----------
差出人: 青葉運輸 名古屋配車センター <haisha-nagoya@aoba-unyu.co.jp>
日時: 2024年11月21日 9:02
宛先: iokibe.megumi@hinode-sangyo.co.jp
件名: 【青葉運輸】本日の配送便について

日の出産業 五百旗頭様

お世話になっております。青葉運輸 配車センターです。
本日の清和工業様向け便ですが、東名高速の事故渋滞により到着が
11:00頃になる見込みです。

担当乗務員：寺嶋（車番 名古屋 100 あ 12-34）
乗務員携帯：090-7781-2046

ご迷惑をおかけし申し訳ございません。
------------------------------------
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded carrier notice with one driver's work contact: a single business contact",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "supplychain-034",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["帷子 様 <katabira@nishiki-insatsu.co.jp>"],
        "subject": "製品ラベル仕様（2025年版）のご確認",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社
営業課　帷子様

お世話になっております。日の出産業の堀之内です。
2025年1月出荷分から製品ラベルの仕様を一部変更いたします。
変更箇所を一覧にしましたのでご確認ください（社内システムの都合でxls形式です）。

主な変更点：
　・QRコード追加（ロット・製造日）
　・注意表示のピクトグラム変更
　・紙質変更（ユポ80μ → ユポ110μ）

お見積りへの影響があればお知らせください。
""" + SIG_HORI,
        "attachments": [
            {"kind": "xls", "name": "製品ラベル仕様_2025.xls",
             "sheets": {"ラベル仕様": [["ラベル品番", "サイズ", "材質", "色数", "変更内容"],
                                      ["LB-HS-101", "50x30", "ユポ110", "2", "QR追加"],
                                      ["LB-HS-102", "70x40", "ユポ110", "4", "ピクト変更"],
                                      ["LB-HS-205", "100x60", "アート紙", "4", "変更なし"],
                                      ["LB-HS-310", "30x15", "ユポ80", "1", "廃止"]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS with label specs to a partner printer: business data only",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "supplychain-035",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業本部 <sales@kitaguni-food.co.jp>"],
        "subject": "社員食堂向け 12月発注予定数のご連絡",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
営業本部 御中

いつもお世話になっております。日の出産業 各務原工場 総務課の寒河江です。
12月の社員食堂向け食材の発注予定数をお知らせします。

  品目                 単位     第1週   第2週   第3週   第4週
  -------------------  -------  ------  ------  ------  ------
  冷凍ほっけ開き        ケース     12      12      10       6
  北海道産じゃがいも    10kg箱      8       8       8       4
  冷凍コーン            ケース      5       5       4       2
  牛乳（200ml）         ケース     30      30      28      14

第4週は年末休業前のため少なめです。確定数は前週水曜にご連絡いたします。

寒河江 瑞穂
日の出産業株式会社 各務原工場 総務課
TEL 058-389-2201
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike of partner kitaguni-foods.co.jp (letter dropped: kitaguni-food.co.jp)",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "supplychain-036",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 四日市 予約係 <yokkaichi-yoyaku@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（12/10〜12/11　2名）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル四日市
ご予約係 御中

いつもお世話になっております。日の出産業株式会社の東海林です。
取引先（四日市化成様）の監査のため、下記のとおり予約をお願いいたします。

・宿泊日：2024年12月10日（火）チェックイン、11日（水）チェックアウト
・人数　：2名（シングル2室、禁煙）
・宿泊者：東海林 紗英、砂原 健吾
・お支払：法人契約（請求書払い）、契約番号 SH-C-00418

到着は20時頃の予定です。よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "hotel booking for two colleagues: names only, corporate contract number, no personal data",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "supplychain-037",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Ms. Nguyen Thi Lan <lan.nguyen@hoangphat-mech.com.vn>"],
        "subject": "Invitation letter for our factory audit visit (Jan 2025)",
        "charset": "utf-8",
        "body": """Dear Ms. Lan,

As discussed, two of our staff will visit your Hai Phong factory for the
supplier audit from January 14 to 17, 2025. Could you kindly issue an
invitation letter for their business visa application? Their details, as
shown in their passports, are below.

1) Full name:      SHOJI Sae
   Date of birth:  05 MAR 1987
   Nationality:    JAPAN
   Passport No.:   TZ4081736
   Date of expiry: 21 AUG 2031
   Position:       Assistant Manager, Supplier Quality

2) Full name:      WANIBUCHI Kenta
   Date of birth:  17 OCT 1983
   Nationality:    JAPAN
   Passport No.:   TR7729054
   Date of expiry: 02 FEB 2029
   Position:       Manager, Overseas Procurement

A scanned copy of the letter by e-mail would be fine; the original can follow
by courier.
""" + SIG_WANI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers (identity documents) of two staff sent to an overseas supplier",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "supplychain-038",
        "sender": "百目鬼 理沙 <domeki.risa@hinode-sangyo.co.jp>",
        "to": ["大垣機工 経理課 <keiri@ogaki-kiko.co.jp>"],
        "subject": "振込先口座変更のご依頼について（確認のご連絡）",
        "charset": "cp932",
        "body": """大垣機工株式会社
経理課 御中

お世話になっております。日の出産業 経理部の百目鬼です。
11月15日付で郵送いただいた「振込先口座変更依頼書」を受領いたしました。

　変更前：大垣共立信用金庫 本店営業部　当座 0183304
　変更後：みどり銀行 大垣支店　普通 4471208　名義 オオガキキコウ（カ

なりすましによる口座変更詐欺防止のため、念のため貴社代表番号
（0584-77-1000）へお電話し、営業部 甕様に口頭でも確認させていただきました。
12月25日のお支払分から変更後の口座へお振込みいたします。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a company's bank account on a payment matter: business data, not a person's",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "supplychain-039",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["調達部 管理職 <chotatsu-mgr@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】サプライヤー格付け見直し案（2025年度）",
        "charset": "utf-8",
        "body": """調達部 管理職各位

品質保証部の勅使河原です。
来年度のサプライヤー格付け見直し案を添付します。
取引縮小対象（C格）の3社については、先方への通知時期を次回の部長会で決めたいと思います。
社外への転送は厳禁でお願いします。

勅使河原
""",
        "attachments": [
            {"kind": "xlsx", "name": "サプライヤー格付け見直し案_2025.xlsx",
             "page_header": "社外秘", "title": "サプライヤー格付け 2025（社外秘）",
             "sheets": {"格付け": [["【社外秘】サプライヤー格付け見直し案"],
                                  ["取引先", "現格付け", "新格付け", "理由"],
                                  ["川崎電機", "A", "A", ""],
                                  ["東海ゴム化工", "B", "C", "受入不良率悪化"],
                                  ["三河プレス工業", "B", "B", ""],
                                  ["知多鋳造", "B", "C", "納期遅延多発"],
                                  ["瀬戸セラミックス", "A", "B", "価格改定交渉不調"]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 marking, but the mail goes to an internal list only",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "supplychain-040",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["各務原観光バス 営業所 <eigyo@kakamigahara-kanko.co.jp>"],
        "subject": "従業員送迎バス 新ルート検討用データの送付",
        "charset": "utf-8",
        "body": """各務原観光バス株式会社
営業所 ご担当者様

お世話になっております。日の出産業 各務原工場 総務課の寒河江です。
1月から始まる夜勤シフトの送迎バスにつき、ルート検討用の利用者データをお送りします。
停留所の候補は、利用者の住所からご提案いただけると助かります。

添付ZIPの中のExcelをご覧ください。
よろしくお願いいたします。

寒河江 瑞穂
日の出産業株式会社 各務原工場 総務課
TEL 058-389-2201
""",
        "attachments": [
            {"kind": "zip", "name": "送迎バス利用者_202501.zip",
             "files": [
                 {"kind": "xlsx", "name": "送迎バス利用者一覧.xlsx",
                  "sheets": {"利用者": [
                      ["夜勤送迎バス 利用予定者一覧（2025年1月～）"],
                      ["No", "氏名", "住所", "電話番号", "乗車希望"],
                      [1, "鴨脚 和子", "岐阜県各務原市那加桐野町3丁目41", "058-383-2291", "往復"],
                      [2, "四十物 正人", "岐阜県各務原市鵜沼南町5-118", "090-2217-6640", "往復"],
                      [3, "グエン・ティ・フオン", "岐阜県各務原市蘇原申子町2-27 サンハイツ105", "080-4471-3309", "往復"],
                      [4, "ファム・ヴァン・トゥアン", "岐阜県各務原市蘇原申子町2-27 サンハイツ106", "080-4471-3310", "往復"],
                      [5, "寺嶋 大輔", "岐阜県岐阜市茜部新所1丁目77", "090-5561-0833", "帰りのみ"],
                      [6, "甕 武", "岐阜県羽島郡笠松町八幡町19", "070-3308-1157", "往復"],
                      [7, "留守 千尋", "岐阜県各務原市川島河田町402-3", "080-9216-4470", "往復"],
                      [8, "雲母 真理子", "愛知県犬山市大字羽黒字城屋敷12", "0568-67-3318", "行きのみ"],
                      [9, "王生 健", "岐阜県各務原市鵜沼羽場町4-90", "090-7738-2105", "往復"],
                      [10, "栗花落 ゆかり", "岐阜県各務原市那加門前町2-14", "080-1123-5587", "往復"],
                      [11, "生明 純一", "岐阜県関市小屋名1180-6", "090-8845-2211", "往復"],
                      [12, "左右田 亜希", "岐阜県各務原市緑苑中1-52", "070-6620-4418", "往復"],
                      [13, "九十九 雅", "岐阜県各務原市那加西市場町6-3", "080-2290-7731", "帰りのみ"],
                      [14, "釈迦郡 浩二", "愛知県江南市古知野町朝日210", "090-4409-6625", "往復"],
                      [15, "月見里 彩", "岐阜県各務原市鵜沼東町1-220", "080-5571-9034", "往復"],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "15 workers' home addresses and phones in an XLSX inside an (unencrypted) ZIP to a bus company",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "supplychain-041",
        "sender": "左右田 結衣 <soda.yui@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 営業本部 留守様 <rusu.d@kitaguni-foods.co.jp>"],
        "cc": ["錦印刷 営業課 帷子様 <katabira@nishiki-insatsu.co.jp>"],
        "subject": "株主優待セット 化粧箱の版下スケジュールについて",
        "charset": "utf-8",
        "body": """北国フーズ株式会社 留守様
（cc：錦印刷株式会社 帷子様）

いつもお世話になっております。日の出産業 調達部の左右田です。

株主優待セット（北海道グルメ詰合せ）の化粧箱につき、
中身の写真と原材料表示のデータを北国フーズ様から錦印刷様へ
直接お渡しいただく形で進めたいと考えております。

　12/6（金）　北国フーズ様 → 錦印刷様：商品写真・表示データ入稿
　12/13（金）　錦印刷様 → 弊社：初校
　12/18（水）　弊社校了
　1/10（金）　　化粧箱 納品（北国フーズ様 札幌工場へ直送）

アレルゲン表示（えび・かに・乳・小麦）の記載位置は前年と同じで問題ありません。
ご都合の悪い点があればお知らせください。

左右田 結衣
日の出産業株式会社 調達部 購買二課
TEL 052-938-4416
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc (normal three-way coordination); allergen labelling is product data",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "supplychain-042",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["関スプリング製作所 品質保証課 <hinsho@seki-spring.co.jp>"],
        "subject": "新規取引先調査票（サプライヤー自己評価票）ご記入のお願い",
        "charset": "iso-2022-jp",
        "body": """株式会社関スプリング製作所
品質保証課 御中

お世話になっております。日の出産業 調達部の四方田です。
新規お取引の口座開設にあたり、添付の調査票へのご記入をお願いいたします。

・シート「質問票」の黄色セルにご回答ください
・ISO9001／14001の認証書写しを併せてお送りください
・ご回答期限：12月20日（金）

項目には、品質管理体制、環境、労働安全、BCP、情報セキュリティ
（機密情報の管理規程の有無など）が含まれます。
""" + SIG_YOMODA_J,
        "attachments": [
            {"kind": "xlsx", "name": "サプライヤー自己評価票_2024版.xlsx",
             "sheets": {
                 "記入方法": [["サプライヤー自己評価票　記入方法"],
                              ["1. 各質問に「はい／いいえ／該当なし」で回答してください"],
                              ["2. 根拠となる文書名を備考欄に記入してください"]],
                 "質問票": [["サプライヤー自己評価票（2024年版）"],
                            ["No", "区分", "質問", "回答", "備考"],
                            [1, "品質", "品質マニュアルを制定していますか", "", ""],
                            [2, "品質", "変化点管理の手順がありますか", "", ""],
                            [3, "環境", "含有化学物質の管理規程がありますか", "", ""],
                            [4, "労働", "児童労働・強制労働の禁止を規定していますか", "", ""],
                            [5, "安全", "過去3年間に休業災害がありましたか", "", ""],
                            [6, "情報", "機密情報の管理規程を定めていますか", "", ""],
                            [7, "BCP", "事業継続計画を策定していますか", "", ""],
                            [8, "回答者", "部署・役職・氏名", "", ""]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank questionnaire; mentions of 機密情報 are questions, not a classification",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "supplychain-043",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Sales Dept. <sales@xinda-electronics.com>"],
        "subject": "Payment for sample order XD-S-88120",
        "charset": "utf-8",
        "body": f"""Dear Ms. Chen,

Thank you for the proforma invoice for the sample order XD-S-88120
(10 pcs of XD-PSU-60W, USD 186.00 incl. DHL express).

As our bank transfer would take longer than the sample itself, please charge
the amount to our corporate card:

  Card holder:  KENTA WANIBUCHI
  Card number:  {_grp(card_number(SEED + 2))}
  Expiry:       09/27
  CVV:          will tell you by phone

Please send the receipt to this e-mail address after charging.
""" + SIG_WANI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with holder name mailed to an overseas supplier",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "supplychain-044",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["京都計測器 通販事業部 <webshop@kyoto-keisoku.co.jp>"],
        "subject": "Re: ご注文内容の確認（注文番号 KK-WEB-5530217）",
        "charset": "cp932",
        "body": """京都計測器株式会社
通販事業部 御中

お世話になっております。日の出産業の堀之内です。
ご確認ありがとうございます。内容に相違ございません。

・ご注文番号：KK-WEB-5530217
・品名：デジタルノギス 150mm（校正証明書付）×3
・お支払：法人カード（末尾 4417）にて決済済み
・領収書宛名：日の出産業株式会社

カード番号の再入力をとのことでしたが、貴社サイト上で決済は完了しております。
番号をメールでお送りすることは社内規程でできませんので、
必要であればお電話（052-938-4410）にてご確認ください。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only a card's last four digits and an order number; the full number is deliberately withheld",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "supplychain-045",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["未来コンサルティング 製造業チーム <mfg@mirai-consulting.co.jp>"],
        "subject": "調達コスト分析プロジェクト：部品別原価内訳のご提供",
        "charset": "utf-8",
        "body": """未来コンサルティング株式会社
製造業チーム 御中

お世話になっております。日の出産業の勅使河原です。
キックオフでご依頼のありました部品別の原価内訳をPDFにてお送りします。
分析にご活用ください。

勅使河原 誠
日の出産業株式会社 品質保証部 部長
TEL 052-938-4480
""",
        "attachments": [
            {"kind": "pdf", "name": "部品別原価内訳_2024上期.pdf",
             "page_header": "機密　日の出産業株式会社", "page_footer": "機密区分：機密　複製・転送禁止",
             "title": "部品別原価内訳 2024上期",
             "lines": ["部品別原価内訳（2024年度上期）", "単位：円／個"],
             "table": [["品番", "材料費", "加工費", "購入単価", "販売単価", "粗利率"],
                       ["HS-CB-550", "2,140", "880", "3,020", "4,350", "30.6%"],
                       ["HS-BR-1102", "62", "41", "128", "196", "34.7%"],
                       ["HS-FLT-2010", "310", "205", "515", "820", "37.2%"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 機密 in header and footer, sent to an outside consultancy",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "supplychain-046",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買企画課 <kobai-kikaku@kawasaki-denki.co.jp>"],
        "subject": "主要仕入先のISO認証状況（ご依頼の件）",
        "charset": "cp932",
        "body": """川崎電機株式会社 購買企画課 御中

お世話になっております。日の出産業の四方田です。
ご依頼いただいた弊社主要仕入先のISO認証状況をCSVにてお送りします。
有効期限が半年以内の2社には更新審査の予定を確認済みです。
""" + SIG_YOMODA,
        "attachments": [
            {"kind": "csv", "name": "仕入先ISO認証一覧.csv", "encoding": "cp932",
             "rows": [["仕入先", "規格", "認証番号", "認証機関", "有効期限"],
                      ["東海ゴム化工", "ISO9001", "JQ-QM-10442", "日本品質認証機構", "2026/03/31"],
                      ["東海ゴム化工", "ISO14001", "JQ-EM-05518", "日本品質認証機構", "2025/05/14"],
                      ["三河プレス工業", "ISO9001", "QA-2207-881", "中部審査センター", "2027/01/19"],
                      ["知多鋳造", "ISO9001", "QA-1985-112", "中部審査センター", "2025/04/30"],
                      ["瀬戸セラミックス", "ISO9001", "JQ-QM-22019", "日本品質認証機構", "2026/11/08"],
                      ["豊橋電装", "IATF16949", "IA-0330-2291", "国際自動車審査", "2026/07/01"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of suppliers' certificates: companies, not people",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "supplychain-047",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買企画課 <kobai-kikaku@kawasaki-denki.co.jp>"],
        "subject": "Re: サプライチェーン監査　二次仕入先の品質責任者連絡先",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 購買企画課 御中

お世話になっております。日の出産業の四方田です。
二次仕入先への直接監査のご意向とのことで、各社の品質責任者の連絡先をお知らせします。
（各社には貴社から連絡が入る旨、事前に了承をいただいております）

■東海ゴム化工株式会社
　品質保証課長　月見里 優
　携帯：090-2208-5513
　E-mail：yamanashi@tokai-gomu.co.jp

■三河プレス工業株式会社
　品質管理課長　水野 克典
　携帯：080-4456-1209
　E-mail：mizuno.k@mikawa-press.co.jp

■知多鋳造株式会社
　品質管理係長　栗花落 悠
　携帯：090-3307-8841
　E-mail：tsuyuri@chita-chuzo.co.jp

■岐阜樹脂株式会社
　品証課長　生明 さやか
　携帯：070-1826-4490
　E-mail：azami@gifu-jushi.co.jp

■豊橋電装株式会社
　品質保証部長　王生 康介
　携帯：080-6679-3012
　E-mail：ikurumi@toyohashi-denso.co.jp

ご不明点がございましたらお知らせください。
""" + SIG_YOMODA_J,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five people's records (one block each: name, mobile, e-mail) to a customer: list threshold reached",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "supplychain-048",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["知多鋳造 営業部 <sales@chita-chuzo.co.jp>"],
        "subject": "RE: 納期遅延のお詫びとご相談",
        "charset": "iso-2022-jp",
        "body": """知多鋳造株式会社
営業部 御中

日の出産業の堀之内です。ご丁寧にご連絡いただきありがとうございます。
事情は承知いたしました。ご担当の方の一日も早いご回復をお祈りしております。

納期につきましては、ご提案のとおり12/6に半数、12/13に残数で問題ございません。
生産計画側にも調整を依頼しました。

引き続きよろしくお願いいたします。
堀之内

-----Original Message-----
From: 知多鋳造 営業部 <sales@chita-chuzo.co.jp>
Sent: Monday, November 25, 2024 5:48 PM
To: horinouchi.ryo@hinode-sangyo.co.jp
Subject: 納期遅延のお詫びとご相談

日の出産業株式会社 堀之内様

いつもお世話になっております。知多鋳造の九十九です。
大変申し上げにくいのですが、造型ラインの班長 甕 義隆が先週脳梗塞で入院し、
当面の間復帰が難しい状況です。代替要員の手配を進めておりますが、
ブラケット（FC250）12/6納期分について、半数を12/13に分納させていただけないでしょうか。

ご迷惑をおかけし申し訳ございません。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the named worker's illness is only in the quoted original; the new text names no one",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "supplychain-049",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["水野 様 <mizuno.k@mikawa-press.co.jp>"],
        "subject": "工程監査（11/14）議事録の送付",
        "charset": "utf-8",
        "body": """三河プレス工業株式会社
水野課長

先日は工程監査にご対応いただきありがとうございました。
議事録をお送りします。指摘事項3件について、12/13までに是正計画のご提出をお願いします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "工程監査議事録_三河プレス工業_20241114.docx",
             "paragraphs": ["工程監査 議事録", "日時：2024年11月14日 9:30～16:00", "場所：三河プレス工業 岡崎工場",
                            "出席者（三河プレス工業）：水野課長、寺嶋係長、鬼頭主任",
                            "出席者（日の出産業）：東海林、砂原",
                            "総評：5S・初物管理は良好。変化点管理と計測器管理に改善の余地あり。"],
             "tables": [[["No", "指摘事項", "区分", "期限"],
                         ["1", "金型交換後の初品記録にサイン漏れ", "軽微", "12/13"],
                         ["2", "ハイトゲージの校正期限切れ（1台）", "重大", "12/13"],
                         ["3", "変化点管理板の更新遅れ", "軽微", "12/13"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes listing attendees by name only: names carry no other personal data",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "supplychain-050",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha-nagoya@aoba-unyu.co.jp>",
               "濃尾エクスプレス 営業 <eigyo@nobi-express.co.jp>",
               "揖斐川運送 配車係 <haisha@ibigawa-unso.co.jp>",
               "東濃物流 岐阜支店 <gifu@tono-butsuryu.co.jp>"],
        "subject": "12月 繁忙期の配車計画（全社共通）",
        "charset": "cp932",
        "body": """運送各社 ご担当者様

いつもお世話になっております。日の出産業 物流課の五百旗頭です。
12月の繁忙期の配車計画をお送りします。各社の担当便をご確認ください。

　12/16～12/20　午前：青葉運輸様　午後：濃尾エクスプレス様
　12/23～12/26　午前：揖斐川運送様　午後：東濃物流様
　12/27　　　　最終便：青葉運輸様（4t×2台）

車両の過不足がある場合は、12/6までにご連絡ください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four carrier companies in To see each other's addresses: should have been Bcc",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "supplychain-051",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["瀬戸セラミックス 営業部 九十九様 <tsukumo@seto-ceramics.co.jp>"],
        "subject": "取引基本契約書 更新のご案内",
        "charset": "iso-2022-jp",
        "body": """瀬戸セラミックス株式会社
営業部　九十九様

平素より大変お世話になっております。日の出産業の堀之内です。

貴社と締結しております取引基本契約書（平成２９年４月１日締結）は、
令和７年３月３１日をもって期間満了となります。
第２２条の定めにより、双方から申し出がない場合は１年間の自動更新となりますが、
今回は下請法改正への対応のため、条文を一部改訂したうえで再締結させていただきたく存じます。

　・改訂案送付　　：令和６年１２月中旬
　・ご確認期限　　：令和７年２月２８日
　・新契約の始期　：令和７年４月１日

改訂案がまとまりましたら改めてお送りいたします。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal with 和暦 dates: the dates are contract terms, not birth dates",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "supplychain-052",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["岐阜樹脂 品証課 生明様 <azami@gifu-jushi.co.jp>"],
        "subject": "サプライヤー監査（11/27）指摘事項一覧の送付",
        "charset": "utf-8",
        "body": """岐阜樹脂株式会社
品証課　生明様

先日はサプライヤー監査にご対応いただきありがとうございました。
指摘事項一覧をお送りします。No.4は安全面で優先度が高いため、
暫定対策を12/6までにご報告ください。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xlsx", "name": "監査指摘事項_岐阜樹脂_20241127.xlsx",
             "sheets": {"指摘事項": [
                 ["サプライヤー監査 指摘事項一覧（岐阜樹脂 関工場 2024/11/27）"],
                 ["No", "区分", "指摘内容", "要求", "期限"],
                 [1, "品質", "成形条件表の版管理なし", "是正", "12/20"],
                 [2, "環境", "廃油保管場所の表示不備", "是正", "12/20"],
                 [3, "5S", "金型置場の区画線消失", "改善", "1/17"],
                 [4, "安全", "成形3号機担当の帷子 勇人さん（身体障害者手帳3級・聴覚障害）の持ち場で、"
                            "異常警報がブザーのみで回転灯がなく、本人が警報に気づけない", "是正", "12/6"],
                 [5, "労働", "36協定の特別条項の運用記録が不十分", "是正", "12/20"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "audit finding ties a named worker to a disability (要配慮個人情報), sent outside",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "supplychain-053",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["東海ゴム化工 営業 寺嶋様 <terajima@tokai-gomu.co.jp>"],
        "subject": "10月度 納入実績と納期遵守率のご報告",
        "charset": "utf-8",
        "body": """東海ゴム化工株式会社 寺嶋様

お世話になっております。日の出産業の堀之内です。
10月度の納入実績をお送りします。

品番         注文数  納入数  遅延回数  納期遵守率
TG-4410-02   12,000  12,000  1         96.2%
TG-4410-05    6,000   6,000  0         100%
TG-5520-01    3,600   3,200  2         88.9%

TG-5520-01の残400個は11/8納入で確認済みです。
""" + SIG_HORI,
        "html": """<html><body>
<p>東海ゴム化工株式会社 寺嶋様</p>
<p>お世話になっております。日の出産業の堀之内です。<br>10月度の納入実績をお送りします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>品番</th><th>注文数</th><th>納入数</th><th>遅延回数</th><th>納期遵守率</th></tr>
<tr><td>TG-4410-02</td><td align="right">12,000</td><td align="right">12,000</td><td>1</td><td>96.2%</td></tr>
<tr><td>TG-4410-05</td><td align="right">6,000</td><td align="right">6,000</td><td>0</td><td>100%</td></tr>
<tr><td>TG-5520-01</td><td align="right">3,600</td><td align="right">3,200</td><td>2</td><td style="color:red">88.9%</td></tr>
</table>
<p>TG-5520-01の残400個は11/8納入で確認済みです。</p>
<p>日の出産業株式会社 調達部 購買一課<br>堀之内 亮<br>TEL 052-938-4410</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text + HTML alternative with delivery performance: business data only",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "supplychain-054",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["纐纈 様 <kouketsu.t@kawasaki-denki.co.jp>"],
        "subject": "2025年1～3月 内示（フォーキャスト）送付",
        "charset": "cp932",
        "body": """川崎電機株式会社
資材営業部　纐纈様

お世話になっております。日の出産業の堀之内です。
2025年1～3月の内示数量をCSVでお送りします。
確定注文は従来どおり前月20日にEDIで送信いたします。
""" + SIG_HORI,
        "attachments": [
            {"kind": "csv", "name": "内示_202501-03_川崎電機.csv", "encoding": "cp932",
             "rows": [["品番", "品名", "2025/01", "2025/02", "2025/03", "単位"],
                      ["KD-RY-2207A", "リレーユニット 24V", "3600", "3600", "4200", "個"],
                      ["KD-RY-2207B", "リレーユニット 12V", "1800", "1800", "1800", "個"],
                      ["KD-SW-0815", "マイクロスイッチ", "12000", "10000", "14000", "個"],
                      ["KD-TB-1140", "端子台 12P", "2500", "2500", "3000", "個"],
                      ["KD-CN-3302", "中継コネクタ 6極", "7200", "7200", "8400", "個"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CP932 CSV forecast of part quantities to a partner",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "supplychain-055",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["中部技能研修協同組合 監理課 <kanri@chubu-kenshu.or.jp>"],
        "subject": "構内請負先の技能実習生　在留期間の確認のお願い",
        "charset": "utf-8",
        "body": """中部技能研修協同組合
監理課 御中

お世話になっております。日の出産業 各務原工場 総務課の寒河江です。
弊社構内で請負作業に従事している技能実習生の方につき、
在留期間の更新状況を確認させていただきたく、在留カードの記載事項を添付にまとめました。
期限が近い方がおりますので、ご確認をお願いいたします。

寒河江 瑞穂
日の出産業株式会社 各務原工場 総務課
TEL 058-389-2201
""",
        "attachments": [
            {"kind": "xlsx", "name": "技能実習生_在留カード確認_202411.xlsx",
             "sheets": {"確認表": [
                 ["技能実習生 在留カード確認表（2024年11月）"],
                 ["氏名", "生年月日", "在留カード番号", "在留資格", "在留期限"],
                 ["PHAM VAN TUAN", "1999/08/19", "UH41583062FA", "技能実習2号ロ", "2025/01/12"],
                 ["NGUYEN THI HUONG", "2001/01/30", "UH41583077FA", "技能実習2号ロ", "2025/01/12"],
                 ["TRAN MINH KHOA", "2000/04/07", "RM90217735GA", "技能実習1号ロ", "2025/06/30"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "residence card numbers (identity documents) of three trainees sent to an outside body",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "supplychain-056",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mdelaney@rivertech-components.com>"],
        "subject": "Request: Conflict Minerals Reporting Template (CMRT 6.4) for 2024",
        "charset": "utf-8",
        "body": """Hi Mark,

As part of our annual responsible sourcing survey, could you please send us
your company-level Conflict Minerals Reporting Template (CMRT, version 6.4 or
later) covering tin, tantalum, tungsten and gold, and - if available - the
Extended Minerals Reporting Template (EMRT) for cobalt and mica?

Scope: all parts supplied to Hinode Sangyo in calendar year 2024.
Deadline: January 31, 2025.

We also ask our key suppliers to confirm that their code of conduct is aligned
with the RBA Code of Conduct (labour, health & safety, environment, ethics).
A simple statement on your letterhead is sufficient.

Thank you for your cooperation.
""" + SIG_WANI + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English responsible-sourcing request with the standard disclaimer; no personal data",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "supplychain-057",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["四日市化成 総務部 <soumu@yokkaichi-kasei.co.jp>"],
        "subject": "12/11 監査に向けた事前準備のお願い",
        "charset": "iso-2022-jp",
        "body": """四日市化成株式会社
総務部 御中

お世話になっております。日の出産業 品質保証部の東海林です。
12月11日の監査（労働・安全衛生分野）に向けて、下記のご準備をお願いいたします。

１．従業員名簿（氏名・入社日・雇用形態）― 当日閲覧のみ。送付は不要です
２．直近3か月の勤怠記録（抜粋で可）
３．36協定届の写し
４．安全衛生委員会の議事録（直近1年分）
５．インタビュー用の会議室（1室、9:00〜12:00）

個人情報を含む資料はメールでお送りいただかず、当日その場で閲覧させていただきます。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks for a roster to be shown on site; the mail itself carries no personal data",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "supplychain-058",
        "sender": "左右田 結衣 <soda.yui@hinode-sangyo.co.jp>",
        "to": ["帷子 様 <katabira@nishlki-insatsu.co.jp>"],
        "subject": "総合カタログ2025 校正スケジュール",
        "charset": "utf-8",
        "body": """錦印刷株式会社
営業課 帷子様

お世話になっております。日の出産業の左右田です。
総合カタログ2025の校正スケジュールをお送りします。

　初校戻し　　12/9（月）
　再校出し　　12/16（月）
　責了　　　　12/23（月）
　納品　　　　1/15（水）　本社・各務原工場へ分納

部数は本社3,000部、各務原工場1,500部です。
よろしくお願いいたします。

左右田 結衣
日の出産業株式会社 調達部 購買二課
TEL 052-938-4416
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike of partner nishiki-insatsu.co.jp (homoglyph l for i: nishlki-insatsu.co.jp)",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "supplychain-059",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["南美濃市 環境保全課 <kankyo@city.minami-mino.lg.jp>"],
        "subject": "特定施設設置届出に関するご相談（塗装ライン増設）",
        "charset": "iso-2022-jp",
        "body": """南美濃市役所
環境保全課 御中

お世話になっております。日の出産業株式会社 南美濃工場の寒河江と申します。

来年度、当工場で塗装ラインの増設（前処理用の洗浄槽を含む）を予定しております。
水質汚濁防止法上の特定施設に該当するかどうか、また届出の時期について
ご相談させていただきたく、ご連絡いたしました。

・所在地：南美濃市工業団地内（既存工場敷地内）
・増設予定：令和７年７月着工、令和７年１０月稼働
・洗浄槽：アルカリ脱脂槽 2.5m3×2槽

来週中にお伺いできる日程があればお知らせいただけますでしょうか。

寒河江 瑞穂
日の出産業株式会社 南美濃工場 総務課
TEL 0575-31-2200
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "enquiry to a municipality (.lg.jp) about a permit: no personal data",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "supplychain-060",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mdelaney@rivertech-components.com>"],
        "subject": "Our visit to Columbus plant - attendees",
        "charset": "utf-8",
        "body": """Hi Mark,

Here are the attendees for our visit to your Columbus plant on February 4.
In case we get lost on the way from the airport, you can reach us on these
mobile numbers (roaming):

 - Kenta Wanibuchi, Procurement   +81 90-6618-2047   wanibuchi.kenta@hinode-sangyo.co.jp
 - Sae Shoji, Supplier Quality     +81 80-2931-6604   shoji.sae@hinode-sangyo.co.jp
 - Makoto Teshigawara, QA Manager  +81 90-2457-6619   teshigawara.makoto@hinode-sangyo.co.jp

No dietary restrictions. We will rent a car at CMH.
""" + SIG_WANI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three attendees with mobiles to one supplier: under the list threshold (may warn)",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "supplychain-061",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["川崎電機 品質保証部 鬼頭様 <kito.m@kawasaki-denki.co.jp>"],
        "subject": "出荷検査成績書（11月度）送付",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 品質保証部
鬼頭様

お世話になっております。日の出産業の東海林です。
11月度の出荷検査成績書をお送りします。
PDFにはパスワードを設定しております。パスワードは従来どおりお電話でお伝えします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "pdf", "name": "出荷検査成績書_202411_HS-CB-550.pdf", "password": "kd2411",
             "lines": ["出荷検査成績書 2024年11月", "品番 HS-CB-550", "検査数 1,200　合格 1,200"],
             "table": [["項目", "規格", "結果"], ["耐電圧", "AC1500V 1分", "合格"],
                       ["絶縁抵抗", "100MΩ以上", "合格"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "supplychain-062",
        "sender": "百目鬼 理沙 <domeki.risa@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 外国為替課 <gaitame@midori-ginko.co.jp>"],
        "subject": "信用状（L/C）発行依頼：Hoang Phat Mechanical 向け",
        "charset": "cp932",
        "body": """株式会社みどり銀行
外国為替課 御中

いつもお世話になっております。日の出産業 経理部の百目鬼です。
ベトナムの仕入先向けに、下記の条件で取消不能信用状の発行をお願いいたします。
発行依頼書（原本）は本日郵送いたしました。

・受益者　　：HOANG PHAT MECHANICAL CO., LTD.（Hai Phong, Vietnam）
・通知銀行　：Vietcombank Hai Phong Branch
・金額　　　：USD 48,600.00
・船積期限　：2025年1月20日
・有効期限　：2025年2月5日
・商品　　　：Steel brackets HP-BRK-220 / Shafts HP-SHF-045（PO HS-VN-2411-021）
・条件　　　：FOB Hai Phong、一部船積可、積替不可

ご不明点がございましたらご連絡ください。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "letter of credit request to the partner bank: companies and amounts only",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "supplychain-063",
        "sender": "薬袋 ちひろ <minai.chihiro@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム EDI導入チーム <edi-support@tsubasa-system.jp>"],
        "subject": "EDI接続テスト（発注データ）テスト結果",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
EDI導入チーム 御中

お世話になっております。日の出産業 情報システム課の薬袋です。
本日の発注データ接続テストの結果をご報告します。

  ケース  内容                    件数   結果   備考
  ------  ----------------------  -----  -----  ------------------------
  T-01    通常発注                   50  OK
  T-02    分納指定                   12  OK
  T-03    取消（全量）                5  OK
  T-04    単価変更                    8  NG     小数点以下桁数エラー(E107)
  T-05    品番桁あふれ（30桁）        1  OK     想定どおりエラー検知

T-04の単価は小数第2位まで（例：128.40）送信しておりますが、
受信側で第1位までに丸められているようです。ご確認をお願いいたします。

薬袋 ちひろ
日の出産業株式会社 情報システム課
TEL 052-938-4490
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "EDI test report to the system partner: test cases and error codes only",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "supplychain-064",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["岐阜産業安全協会 講習受付 <koshu@gifu-sangyo-anzen.or.jp>"],
        "subject": "フォークリフト運転技能講習 受講申込（日の出産業 9名）",
        "charset": "utf-8",
        "body": """一般社団法人 岐阜産業安全協会
講習受付 御中

お世話になっております。日の出産業 各務原工場 総務課の寒河江です。
1月のフォークリフト運転技能講習（31時間コース）に、下記9名の受講を申し込みます。
受講者名簿をPDFで添付いたしましたので、ご手配をお願いいたします。
受講料は請求書払いでお願いいたします。

寒河江 瑞穂
日の出産業株式会社 各務原工場 総務課
TEL 058-389-2201
""",
        "attachments": [
            {"kind": "pdf", "name": "受講者名簿_フォークリフト_202501.pdf",
             "title": "受講者名簿",
             "lines": ["フォークリフト運転技能講習 受講者名簿", "事業所：日の出産業株式会社 各務原工場"],
             "table": [["No", "氏名", "フリガナ", "生年月日", "住所"],
                       ["1", "PHAM VAN TUAN", "ファム ヴァン トゥアン", "1999/08/19", "岐阜県各務原市蘇原申子町2-27-106"],
                       ["2", "TRAN MINH KHOA", "チャン ミン コア", "2000/04/07", "岐阜県各務原市蘇原申子町2-27-107"],
                       ["3", "帷子 翔", "カタビラ ショウ", "1996/07/22", "岐阜県岐阜市長良福光2511-4"],
                       ["4", "忽那 蓮", "クツナ レン", "2000/05/08", "岐阜県各務原市那加日新町6-3-12"],
                       ["5", "小鳥遊 ひかり", "タカナシ ヒカリ", "1998/12/05", "岐阜県関市桜本町3-18"],
                       ["6", "王生 健", "イクルミ ケン", "1992/09/14", "岐阜県各務原市鵜沼羽場町4-90"],
                       ["7", "九十九 雅", "ツクモ ミヤビ", "1989/01/26", "岐阜県各務原市那加西市場町6-3"],
                       ["8", "釈迦郡 浩二", "シャカゴオリ コウジ", "1977/05/31", "愛知県江南市古知野町朝日210"],
                       ["9", "雲母 拓真", "キラ タクマ", "1993/03/03", "岐阜県各務原市川島松倉町1402"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF roster of nine trainees with birth dates and home addresses to an outside training body",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "supplychain-065",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["材料工学研究室 寒川先生 <samukawa@mat.tokai-kodai.ac.jp>"],
        "subject": "防振ゴム材料の劣化評価に関する共同研究のご相談",
        "charset": "iso-2022-jp",
        "body": """東海工業大学 工学部 材料工学研究室
寒川 教授

突然のご連絡失礼いたします。日の出産業株式会社 品質保証部の勅使河原と申します。

弊社では仕入先から調達している防振ゴム（NR／EPDM）の長期劣化について、
受入検査だけでは評価しきれない課題を抱えております。
先生のご論文（オゾン劣化の加速試験法）を拝読し、
共同研究または受託試験としてご相談できないかと考え、ご連絡いたしました。

・対象材料：NR系 2種、EPDM系 1種（いずれも仕入先より提供可能）
・評価内容：オゾン劣化、熱老化、圧縮永久ひずみ
・期間　　：令和７年度（１年間）を想定

一度、研究室をご訪問させていただくことは可能でしょうか。

勅使河原 誠
日の出産業株式会社 品質保証部 部長
TEL 052-938-4480
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "research enquiry to a university (.ac.jp): no personal data",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "supplychain-066",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["纐纈 様 <kouketsu.t@kawasaki-denki.co.jp>"],
        "subject": "FW: 【製造中止のお知らせ】ハーネス用コネクタ TD-CN-0420",
        "charset": "utf-8",
        "body": """川崎電機株式会社 纐纈様

お世話になっております。日の出産業の堀之内です。
弊社仕入先の豊橋電装様より、貴社向けユニットに使用しているコネクタの
製造中止案内がありましたので、原文を添付にて転送いたします。
代替品（TD-CN-0420R）の評価サンプルを手配中です。
最終発注（LTB）数量のご相談をさせてください。
""" + SIG_HORI,
        "attachments": [
            {"kind": "eml", "name": "製造中止のお知らせ_TD-CN-0420.eml",
             "message": {
                 "sender": "王生 康介 <ikurumi@toyohashi-denso.co.jp>",
                 "to": ["堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>"],
                 "subject": "【製造中止のお知らせ】ハーネス用コネクタ TD-CN-0420",
                 "charset": "iso-2022-jp",
                 "body": """日の出産業株式会社
調達部 堀之内様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
誠に勝手ながら、下記製品を製造中止とさせていただくことになりました。

　対象品番　：TD-CN-0420（ハーネス用コネクタ 4極）
　最終受注日：2025年3月31日
　最終出荷日：2025年9月30日
　代替品　　：TD-CN-0420R（端子形状変更、嵌合互換あり）

ご不明な点は下記までお問い合わせください。

豊橋電装株式会社 品質保証部
王生 康介
TEL 0532-45-8806
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded end-of-life notice (attached mail) with one supplier's business contact",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "supplychain-067",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["さくらホテル名古屋 宴会予約 <enkai-nagoya@sakura-hotel.jp>"],
        "subject": "1/22 意見交換会（日の出産業）お料理についてのご相談",
        "charset": "iso-2022-jp",
        "body": """さくらホテル名古屋
宴会予約ご担当 様

いつもお世話になっております。日の出産業の四方田です。
1月22日（水）17時からのサプライヤー意見交換会（42名）のお料理につき、ご相談です。

出席予定者のうち、以下の方々への個別対応をお願いできますでしょうか。

・三河プレス工業 水野 克典 様：そばアレルギー（過去にアナフィラキシーの既往あり）。
　そば粉・そば茶の使用を避け、調理器具も分けていただけると助かります
・弊社 勅使河原：甲殻類アレルギー（えび・かに）
・ほか2名：アルコール不可（ソフトドリンク対応）

席札は当日お持ちいたします。
""" + SIG_YOMODA_J,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named guests' food allergies (one with an anaphylaxis history) to a partner hotel: "
                "health data, yet shared for their safety; a privacy officer could judge either way",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "supplychain-068",
        "sender": "左右田 結衣 <soda.yui@hinode-sangyo.co.jp>",
        "to": ["丸井商事 仕入部 <shiire@marui-shoji.co.jp>"],
        "subject": "新商品の商品マスタ登録情報（JANコード）",
        "charset": "utf-8",
        "body": """丸井商事株式会社
仕入部 御中

お世話になっております。日の出産業の左右田です。
2月発売の新商品につき、商品マスタ登録用の情報をお送りします。

商品名\tJANコード\t入数\t発注単位\t初回発注番号
防振マット S\t4589123401017\t20\tケース\t200418873025
防振マット M\t4589123401024\t12\tケース\t200418873026
防振マット L\t4589123401031\t8\tケース\t200418873027
防振脚 4個組\t4589123401048\t30\tケース\t200418873028

初回納品は2月3日（月）、貴社春日井センター着を予定しております。

左右田 結衣
日の出産業株式会社 調達部 購買二課
TEL 052-938-4416
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "JAN codes and 12-digit order numbers: long digit strings that are not personal data",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "supplychain-069",
        "sender": "寒河江 瑞穂 <sagae.mizuho@hinode-sangyo.co.jp>",
        "to": ["東海スタッフサービス 派遣管理課 <haken-kanri@tokai-staff.co.jp>"],
        "subject": "派遣労働者の社会保険加入状況の確認について",
        "charset": "cp932",
        "body": """東海スタッフサービス株式会社
派遣管理課 御中

お世話になっております。日の出産業 各務原工場 総務課の寒河江です。

12月から受け入れている派遣労働者の方の社会保険加入状況につき、
貴社からいただいた通知書と、ご本人から提示を受けた書類の番号が一致しないため、
ご確認をお願いいたします。

　派遣労働者：甕 武（もたい たけし）様　製造二課配属
　基礎年金番号：通知書 ４４１２－６０８８１９ ／ 年金手帳 ４４１２－６０８８９１
　健康保険　　：記号 ５３１０２ 番号 ４４７（通知書どおり）
　資格取得日　：令和６年１２月１日

転記誤りの可能性もございますので、お手数ですが正しい番号をご教示ください。

寒河江 瑞穂
日の出産業株式会社 各務原工場 総務課
TEL 058-389-2201
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "a worker's basic pension number and health insurance symbol/number (full-width) to a staffing agency",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "supplychain-070",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["御手洗 様 <mitarai_k1951@yahoo.co.jp>"],
        "subject": "Re: 鋳造品の巣（ブローホール）対策についてのご助言",
        "charset": "iso-2022-jp",
        "body": """御手洗様

ご丁寧なご助言をいただき、誠にありがとうございました。
ご指摘の湯口方案と型の乾燥条件について、知多鋳造様と一緒に確認いたします。
12月中に一度、現場をご覧いただける日があればありがたく存じます。
謝礼につきましては、前回と同様の条件でお願いできればと思います。

勅使河原

> 勅使河原様
>
> 送っていただいた断面写真を見ました。巣の位置からすると、ガス欠陥というより
> 引け巣の可能性が高いと思います。押湯の位置と大きさを見直してはいかがでしょう。
> 型の乾燥が不十分な日（雨の日など）に多いかどうかも記録してみてください。
>
> 御手洗
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one retired expert on free mail with quoted advice: freemail warning only",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "supplychain-071",
        "sender": "左右田 結衣 <soda.yui@hinode-sangyo.co.jp>",
        "to": ["纐纈 様 <kouketsu.t@kawasaki-denki.co.jp>", "寺嶋 様 <terajima@tokai-gomu.co.jp>"],
        "cc": ["デザイン 生明 <azami.design.works@gmail.com>"],
        "subject": "共同展示ブース（モノづくりフェア2025）打合せ日程",
        "charset": "utf-8",
        "body": """川崎電機 纐纈様、東海ゴム化工 寺嶋様
（cc：ブースデザイン担当 生明様）

お世話になっております。日の出産業の左右田です。
モノづくりフェア2025の共同展示ブースにつき、第1回打合せの日程候補をお送りします。

　① 12/10（火）14:00～
　② 12/12（木）10:00～
　③ 12/17（火）15:00～

場所は弊社本社7階会議室、またはオンライン（Teams）です。
ご都合のよい日を返信でお知らせください。

左右田 結衣
日の出産業株式会社 調達部 購買二課
TEL 052-938-4416
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "two external companies plus a private designer on free mail all visible: three parties in To/Cc",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "supplychain-072",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["総務課 車両管理 <sharyo@hinode-sangyo.co.jp>"],
        "subject": "構内運搬車両 運転者登録（物流課 追加分）",
        "charset": "iso-2022-jp",
        "body": """総務課 車両管理ご担当

物流課の五百旗頭です。
構内運搬（トラック・フォークリフト）の運転者登録の追加をお願いします。
免許証の写しは紙で回覧します。

氏名　　　　　免許証番号　　　　　種類　　　有効期限
雲母 拓真　　　５３１８１２０４４７１０　中型　　　令和８年４月３日
栗花落 悠斗　　５３２０１６８８３２０１　準中型　　令和９年１月２０日
釈迦郡 誠也　　５３０９９５１２７７３２　大型　　　令和７年９月１４日

以上、よろしくお願いします。
五百旗頭
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": [],
        "note": "driver's licence numbers, but the mail stays internal",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "supplychain-073",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Corporate Desk <corporate@globe-travel.co.jp>"],
        "subject": "Flight booking: Nagoya - Hai Phong, Jan 13-18 (4 travellers)",
        "charset": "utf-8",
        "body": """Dear Corporate Desk,

Please book the following trip for our supplier audit in Vietnam.

Route: NGO - HAN (Jan 13, morning) / HAN - NGO (Jan 18, any)
Class: Economy, flexible fare. Hotel not required (supplier arranges).

Name (as in passport)\tDate of birth\tMobile
WANIBUCHI KENTA\t1983-10-17\t090-6618-2047
SHOJI SAE\t1987-03-05\t080-2931-6604
SUNAHARA KENGO\t1991-06-28\t090-5128-7733
TESHIGAWARA MAKOTO\t1969-12-11\t090-2457-6619

Please charge to our corporate account (contract no. GT-HS-2207).
""" + SIG_WANI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four travellers' birth dates and mobiles to a travel agency: one to four people (may warn)",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "supplychain-074",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["東海ゴム化工 品質保証課 月見里様 <yamanashi@tokai-gomu.co.jp>"],
        "subject": "Re: 【8D】TG-4410 バリ残り　D4の再検討のお願い",
        "charset": "cp932",
        "body": """東海ゴム化工株式会社
品質保証課　月見里様

8Dレポートのご提出ありがとうございました。
拝見しましたが、D4（根本原因）が「作業者の教育不足」「確認不足」で止まっており、
なぜ教育が不足していたのか、なぜ確認できない工程だったのかまで掘り下げられていません。

以下の観点で再検討をお願いいたします。
・仕上げ工程の作業標準書にバリ高さの判定基準（限度見本）があったか
・夜勤帯の仕上げ担当の人数と、1人あたりの処理数
・トリミング金型の刃の摩耗管理（交換周期）

再提出は12/6（金）でお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "corrective action discussion about workers in general, no one identified",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "supplychain-075",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["東海ロジスティクス 営業部 <sales@tokai-logi.co.jp>"],
        "subject": "倉庫業務委託　料金比較表（ご参考）",
        "charset": "utf-8",
        "body": """東海ロジスティクス株式会社
営業部 御中

お世話になっております。日の出産業 物流課の五百旗頭です。
先日の価格交渉の件、他社様のお見積りとの比較表をお送りします。
保管料・荷役料の水準感のご参考にしていただければと思います。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "xlsx", "name": "倉庫委託_見積比較_2025.xlsx",
             "page_header": "取扱注意", "page_footer": "日の出産業 物流課 取扱注意（社外持出禁止）",
             "sheets": {"比較": [["【取扱注意】倉庫業務委託 見積比較"],
                                 ["項目", "A社", "B社", "C社", "貴社"],
                                 ["保管料（円/パレット・月）", 2800, 3100, 2650, 3300],
                                 ["入庫料（円/パレット）", 450, 400, 480, 500],
                                 ["出庫料（円/パレット）", 450, 420, 480, 500]]}},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped 取扱注意 (title row, header and footer) sent to an outside logistics firm",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "supplychain-076",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["関スプリング製作所 営業課 <eigyo@seki-spring.co.jp>"],
        "subject": "NDA締結ありがとうございます／図面一式の送付",
        "charset": "iso-2022-jp",
        "body": """株式会社関スプリング製作所
営業課 御中

お世話になっております。日の出産業の堀之内です。
秘密保持契約の締結、ありがとうございました。
お約束の図面一式（3点）をZIPにまとめてお送りします。
お見積りは12月20日までにお願いできれば幸いです。
""" + SIG_HORI,
        "attachments": [
            {"kind": "zip", "name": "図面一式_HS-SP-3390ほか.zip",
             "files": [
                 {"kind": "pdf", "name": "HS-SP-3390_RevB.pdf",
                  "lines": ["図面 HS-SP-3390 Rev.B", "圧縮コイルばね", "材質 SWP-B φ1.2"]},
                 {"kind": "pdf", "name": "HS-SP-3391_RevA.pdf",
                  "lines": ["図面 HS-SP-3391 Rev.A", "引張コイルばね", "材質 SUS304-WPB φ0.8"]},
                 {"kind": "txt", "name": "図面リスト.txt", "encoding": "cp932",
                  "text": "HS-SP-3390 Rev.B 圧縮ばね\nHS-SP-3391 Rev.A 引張ばね\nHS-SP-3392 Rev.A ねじりばね（次回送付）\n"},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of drawings after an NDA: readable, no personal data, no marking",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "supplychain-077",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買企画課 <kobai-kikaku@kawasaki-denki.co.jp>"],
        "subject": "災害時の緊急連絡窓口（弊社拠点）",
        "charset": "cp932",
        "body": """川崎電機株式会社 購買企画課 御中

BCP調査票の追加質問につきご回答いたします。
災害発生時の弊社緊急連絡窓口は以下のとおりです（いずれも部署の代表番号です）。

・本社 危機管理室（24時間）　　　TEL 052-938-4499
・各務原工場 守衛所（24時間）　　TEL 058-389-2200
・南美濃工場 守衛所（24時間）　　TEL 0575-31-2299
・物流センター（小牧）事務所　　 TEL 0568-75-3310（平日8:00～20:00）
・大阪営業所　　　　　　　　　　 TEL 06-6311-2870（平日9:00～17:30）
・福岡営業所　　　　　　　　　　 TEL 092-472-6615（平日9:00～17:30）

安否確認システムの訓練結果は別途ご報告いたします。
""" + SIG_YOMODA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six sites' switchboards and hotlines: businesses, not people",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "supplychain-078",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
        "subject": "弊社担当便の乗務員交代のお願い",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
安全管理課 御中

お世話になっております。日の出産業 物流課の五百旗頭です。

先週の地元紙の報道で、弊社各務原工場便を担当されている左右田 大樹さんが
11月16日に酒気帯び運転の疑いで逮捕されたことを知りました。
私有車での事案とは伺っておりますが、弊社の構内入構規程により、
当面の間、弊社担当便からは外していただくようお願いいたします。

代わりの乗務員の方が決まりましたら、入構申請のため氏名をお知らせください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named driver's arrest (criminal record category) written to an external company",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "supplychain-079",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["岐阜樹脂 営業部 <eigyo@gifu-jushi.co.jp>"],
        "subject": "【ご確認】12月納入分の納期回答がまだのものがございます",
        "charset": "iso-2022-jp",
        "body": """岐阜樹脂株式会社
営業部 御中

お世話になっております。日の出産業の堀之内です。
12月納入分のうち、下記2件の納期回答がまだいただけておりません。
生産計画の確定に必要ですので、11月29日（金）中にご回答をお願いいたします。

　・PO-2411-0712　GJ-CV-110（カバー）　　　5,000個
　・PO-2411-0715　GJ-KN-032（ノブ 黒）　　12,000個

行き違いでしたらご容赦ください。
""" + SIG_HORI + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reminder with the standard Japanese disclaimer (機密情報 in a disclaimer is not a marking)",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "supplychain-080",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["四日市化成 品質保証課 <qa@yokkaichi-kasei.co.jp>"],
        "subject": "監査チェックリスト（2024年版）の事前送付",
        "charset": "utf-8",
        "body": """四日市化成株式会社
品質保証課 御中

12月11日の監査で使用するチェックリストを事前にお送りします。
自己評価欄にご記入のうえ、当日ご持参いただけますと進行がスムーズです。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "監査チェックリスト_2024.docx",
             "page_header": "日の出産業株式会社 サプライヤー監査", "page_footer": "様式 QA-F-031 Rev.5",
             "paragraphs": ["サプライヤー監査 チェックリスト（2024年版）",
                            "評価：A（十分）／B（概ね良好）／C（要改善）／D（不適合）"],
             "tables": [[["No", "確認項目", "自己評価", "監査評価"],
                         ["1", "品質方針・目標が周知されている", "", ""],
                         ["2", "変化点（4M）管理の手順と記録がある", "", ""],
                         ["3", "計測器の校正管理ができている", "", ""],
                         ["4", "不適合品の識別・隔離ができている", "", ""],
                         ["5", "労働時間・休日が法令に沿って管理されている", "", ""],
                         ["6", "化学物質のSDSが最新版で管理されている", "", ""]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank DOCX checklist with a form-number header: no marking, no personal data",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "supplychain-081",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["日本品質研修センター 受付 <uketsuke@jq-kenshu.or.jp>"],
        "subject": "IATF16949 内部監査員研修（2月コース）申込書",
        "charset": "utf-8",
        "body": """一般財団法人 日本品質研修センター
研修受付 御中

お世話になっております。日の出産業株式会社 品質保証部の東海林です。
2月開催の内部監査員研修（名古屋会場）につき、申込書をお送りします。
受講者は4名です。受講票は各受講者のメールアドレス宛にお送りください。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "研修申込書_日の出産業.docx",
             "paragraphs": ["研修申込書", "コース：IATF16949 内部監査員研修（2日間）名古屋 2025年2月18日～19日",
                            "申込事業所：日の出産業株式会社（〒461-0005 愛知県名古屋市東区東桜二丁目14番3号）",
                            "請求書送付先：経理部 支払グループ"],
             "tables": [[["No", "受講者氏名", "フリガナ", "所属", "メールアドレス", "連絡先"],
                         ["1", "砂原 健吾", "スナハラ ケンゴ", "調達部", "sunahara.kengo@hinode-sangyo.co.jp", "090-5128-7733"],
                         ["2", "忽那 早紀", "クツナ サキ", "品質保証課", "kutsuna.saki@hinode-sangyo.co.jp", "090-1538-6690"],
                         ["3", "生明 純一", "アザミ ジュンイチ", "生産技術課", "azami.junichi@hinode-sangyo.co.jp", "090-8845-2211"],
                         ["4", "小鳥遊 ひかり", "タカナシ ヒカリ", "製造二課", "takanashi.hikari@hinode-sangyo.co.jp", "080-3361-0958"]]]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX with four trainees' e-mails and mobiles: one to four people, under the list threshold",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "supplychain-082",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["東海ゴム化工 品質保証課 月見里様 <yamanashi@tokai-gomu.co.jp>"],
        "subject": "Re: Re: 【8D】TG-4410 バリ残り　再提出",
        "charset": "iso-2022-jp",
        "body": """月見里様

再提出ありがとうございました。
トリミング刃の交換周期（8万ショット→5万ショット）と限度見本の追加で、
D4とD5の対応が明確になりました。本件は承認とさせていただきます。
D6の効果確認として、12月〜1月の受入データを共有いたします。

東海林

> 東海林様
>
> ご指摘いただいた3点について、D4を掘り下げて再提出いたします。
> ・トリミング刃の摩耗管理が8万ショット毎で、摩耗後半にバリが増加していました
> ・夜勤帯の仕上げは1名体制で、処理数が日勤の1.6倍でした
> ・限度見本がなく、目視判定がばらついていました
>
> 月見里
>
>> 月見里様
>> 8Dレポートのご提出ありがとうございました。D4が「作業者の教育不足」で
>> 止まっておりますので、再検討をお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply thread on a quality claim with quoted history: no personal data",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "supplychain-083",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["纐纈 様 <kouketsu.t@kawasaki-denki.co.jp>"],
        "subject": "弊社担当者変更のお知らせ",
        "charset": "cp932",
        "body": """川崎電機株式会社
資材営業部　纐纈様

いつも大変お世話になっております。日の出産業の堀之内です。

12月16日付で私が購買二課へ異動となり、貴社のご担当は下記の者に交代いたします。
在任中は大変お世話になり、誠にありがとうございました。

　新担当：調達部 購買一課　左右田 結衣（そうだ ゆい）
　TEL　　：052-938-4416（直通）／携帯 080-7720-1953
　E-mail ：soda.yui@hinode-sangyo.co.jp

年内に左右田とご挨拶に伺いたく存じます。
今後とも変わらぬご愛顧を賜りますようお願い申し上げます。
""" + SIG_HORI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one person's business contact details (the new account manager): ordinary business mail",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "supplychain-084",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["堀之内 亮 <horinouchi.ryo@hinode-sangyo.com>"],
        "cc": ["東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>"],
        "subject": "下期サプライヤー評価　集計結果（速報）",
        "charset": "utf-8",
        "body": """堀之内さん
（cc：東海林さん）

四方田です。下期サプライヤー評価の速報値です。
C評価の2社は、来週の部内会議で取引方針を議論させてください。

  取引先          品質  納期  価格  対応  合計  評価
  --------------  ----  ----  ----  ----  ----  ----
  川崎電機          36    28    16     9    89  A
  三河プレス工業    31    27    15     8    81  B
  東海ゴム化工      24    25    17     7    73  C
  知多鋳造          30    19    16     7    72  C
  瀬戸セラミックス  35    27    12     8    82  B

四方田
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague's address typed with .com: hinode-sangyo.com is a look-alike of the internal domain",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "supplychain-085",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["経営企画室 <keiki@hinode-sangyo.co.jp>", "調達部長 <chotatsu-bucho@hinode-sangyo.co.jp>"],
        "subject": "【極秘】仕入先 統合（M&A）候補の原価影響試算",
        "charset": "iso-2022-jp",
        "body": """経営企画室 御中、調達部長

品質保証部の勅使河原です。
ご依頼の仕入先統合候補（2社）について、品質面のリスク評価と原価影響の試算を添付します。
極秘扱いでお願いします。役員会資料への転記は経営企画室でお願いします。

勅使河原
""",
        "attachments": [
            {"kind": "pdf", "name": "仕入先統合候補_原価影響試算.pdf", "page_header": "極秘",
             "lines": ["【極秘】仕入先統合候補 原価影響試算", "候補A：知多鋳造（鋳物）", "候補B：三河プレス工業（プレス）",
                       "統合後の年間原価低減見込み：約1億2,000万円"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "極秘 marking, but all recipients are internal",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "supplychain-086",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["豊橋電装 営業部 <eigyo@toyohashi-denso.co.jp>"],
        "subject": "1月度 納入計画表の送付",
        "charset": "cp932",
        "body": """豊橋電装株式会社
営業部 御中

お世話になっております。日の出産業の堀之内です。
1月度の納入計画表をお送りします。日別の納入数をご確認ください。
""" + SIG_HORI,
        "attachments": [
            {"kind": "corrupt", "name": "納入計画表_202501_豊橋電装.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "supplychain-087",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Mark Delaney <mdelaney@rivertech-components.com>"],
        "cc": ["Ocean Export Team <export-ops@pacific-bridge-freight.com>"],
        "subject": "Consolidated shipment from Columbus - Jan 2025",
        "charset": "utf-8",
        "body": """Hi Mark,

I am copying our forwarder, Pacific Bridge Freight, so that you can arrange
the pick-up directly with them.

  PO number       Part number     Qty     Cartons  Gross wt
  HS-US-2412-004  RT-ENC-7710     2,400   40       612 kg
  HS-US-2412-005  RT-ENC-7712     1,200   20       318 kg

Cargo ready date: Jan 10. Please share the commercial invoice and packing list
with both of us; Pacific Bridge will book the LCL space (Columbus -> Nagoya via
Long Beach) and send the pick-up window.

Terms remain FCA Columbus.
""" + SIG_WANI + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "supplier plus forwarder: two external organisations (normal three-way mail), disclaimer",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "supplychain-088",
        "sender": "堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>",
        "to": ["京都計測器 セミナー事務局 <seminar@kyoto-keisoku.co.jp>"],
        "subject": "オンラインセミナー「三次元測定の基礎」参加申込",
        "charset": "utf-8",
        "body": """京都計測器株式会社
セミナー事務局 御中

日の出産業の堀之内です。
1月24日のオンラインセミナーに、下記3名で参加を申し込みます。
視聴URLは各人のアドレス宛にお送りください。

・砂原 健吾（調達部）　sunahara.kengo@hinode-sangyo.co.jp
・忽那 早紀（品質保証課）　kutsuna.saki@hinode-sangyo.co.jp
・雲母 拓真（物流課）　kira.takuma@hinode-sangyo.co.jp

よろしくお願いいたします。
""" + SIG_HORI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three participants' names and e-mails to a supplier's seminar desk: under the list threshold",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "supplychain-089",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["豊橋電装 品質保証部 王生様 <ikurumi@toyohashi-denso.co.jp>"],
        "subject": "年末年始の品質異常時 連絡体制について",
        "charset": "utf-8",
        "body": """豊橋電装株式会社
品質保証部 王生様

お世話になっております。日の出産業の東海林です。
年末年始の特別稼働（12/28～1/5）に向けて、品質異常発生時の連絡体制表をお送りします。
1枚目が稼働計画、2枚目が弊社の呼出し当番表です。
夜間・休日は当番表の携帯へ直接お電話ください。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xlsx", "name": "年末年始_品質連絡体制_2024.xlsx",
             "sheets": {
                 "稼働計画": [["年末年始 特別稼働計画"], ["日付", "ライン", "稼働", "主な品番"],
                              ["12/28", "組立1", "日勤", "HS-CB-550"], ["12/30", "組立1", "日勤", "HS-CB-550"],
                              ["1/4", "組立2", "日勤", "HS-FLT-2010"]],
                 "呼出し当番": [["品質保証課 呼出し当番表（年末年始）"],
                                ["日付", "当番", "携帯電話", "自宅最寄駅", "備考"],
                                ["12/28", "忽那 早紀", "090-1538-6690", "名鉄 新那加", ""],
                                ["12/29", "鬼頭 慎吾", "080-6675-1422", "JR 蘇原", ""],
                                ["12/30", "砂原 亜美", "090-3376-2815", "名鉄 三柿野", ""],
                                ["12/31", "寺嶋 大輔", "080-5120-4476", "JR 岐阜", "午後のみ"],
                                ["1/1", "東海林 紗英", "080-2931-6604", "名鉄 各務原市役所前", ""],
                                ["1/2", "帷子 翔", "070-2283-9154", "名鉄 六軒", ""],
                                ["1/3", "忽那 早紀", "090-1538-6690", "名鉄 新那加", ""]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "second sheet lists six people's private mobiles (and nearest stations) to a supplier",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "supplychain-090",
        "sender": "左右田 結衣 <soda.yui@hinode-sangyo.co.jp>",
        "to": ["丸井商事 仕入部 <shiire@marui-shoji.co.jp>"],
        "subject": "2025年4月改定 価格表の送付",
        "charset": "iso-2022-jp",
        "body": """丸井商事株式会社
仕入部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
原材料価格および物流費の上昇に伴い、2025年4月1日出荷分より
一部商品の価格を改定させていただきます。改定後の価格表をお送りいたします。

何卒ご理解賜りますようお願い申し上げます。

左右田 結衣
日の出産業株式会社 調達部 購買二課
TEL 052-938-4416
""",
        "attachments": [
            {"kind": "pdf", "name": "価格表_2025年4月改定.pdf", "title": "価格表 2025年4月改定",
             "page_footer": "日の出産業株式会社 2025年4月1日改定",
             "lines": ["価格表（2025年4月1日出荷分より）", "単位：円（税抜）"],
             "table": [["品番", "品名", "入数", "旧単価", "新単価"],
                       ["HS-MAT-S", "防振マット S", "20", "980", "1,050"],
                       ["HS-MAT-M", "防振マット M", "12", "1,480", "1,580"],
                       ["HS-MAT-L", "防振マット L", "8", "2,280", "2,430"],
                       ["HS-LEG-4", "防振脚 4個組", "30", "760", "760"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list PDF to a customer",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "supplychain-091",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>"],
        "bcc": ["sales@xinda-electronics.com", "lan.nguyen@hoangphat-mech.com.vn",
                "export@siam-precision.co.th"],
        "subject": "RFQ HS-RFQ-2501: die-cast aluminium housing (annual 60k pcs)",
        "charset": "utf-8",
        "body": """Dear Sirs and Madams,

Hinode Sangyo invites you to quote for the following part. This RFQ is sent
to several suppliers individually (Bcc).

  Part:        Die-cast aluminium housing HS-HSG-880 (ADC12)
  Volume:      60,000 pcs / year (5,000 pcs / month)
  Incoterms:   FOB your nearest port
  Deadline:    January 17, 2025

Drawings will be shared through our file-transfer service after you return
the signed NDA (attached to the next mail).

Please include tooling cost, unit price at 3 volume levels and lead time.
""" + SIG_WANI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "RFQ to three overseas suppliers done right: they are all in Bcc",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "supplychain-092",
        "sender": "五百旗頭 恵 <iokibe.megumi@hinode-sangyo.co.jp>",
        "to": ["清和工業 資材課 <shizai@seiwa-kogyo.co.jp>"],
        "cc": ["堀之内 亮 <horinouchi.ryo@hinode-sangyo.co.jp>", "営業二課 <eigyo2@hinode-sangyo.co.jp>"],
        "subject": "【お詫び】11/28納品分 数量不足について",
        "charset": "iso-2022-jp",
        "body": """清和工業株式会社
資材課 御中

いつもお世話になっております。日の出産業 物流課の五百旗頭です。

11月28日に納品いたしましたHS-FLT-2010につき、50個入りケースのうち
1ケースが45個入りとなっており、5個不足しておりました。
大変ご迷惑をおかけし、誠に申し訳ございません。

不足分5個は本日、ヤマト運輸にて発送いたしました（送り状番号 4829-1047-3312）。
原因は梱包工程での計数ミスであり、計量器による重量チェックを追加いたしました。

今後このようなことがないよう、再発防止に努めてまいります。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "apology for a short shipment with a tracking number; one external organisation",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "supplychain-093",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買企画課 <kobai-kikaku@kawasaki-denki.co.jp>"],
        "subject": "令和７年度　二次仕入先監査計画（案）",
        "charset": "cp932",
        "body": """川崎電機株式会社 購買企画課 御中

お世話になっております。日の出産業の四方田です。
令和７年度の二次仕入先監査計画（案）をお送りします。
貴社の立会いをご希望の回があればお知らせください。

　仕入先　　　　　　実施予定日　　　　　　　　分野
　ーーーーーーーーーーーーーーーーーーーーーーーーーーーーーーー
　東海ゴム化工　　　令和７年５月２０日（火）　品質・工程
　知多鋳造　　　　　令和７年６月１７日（火）　品質・安全
　三河プレス工業　　令和７年９月９日（火）　　品質・環境
　瀬戸セラミックス　令和７年１１月１１日（火）品質・労働

所要時間はいずれも１日（９：３０～１６：００）を予定しております。
""" + SIG_YOMODA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "audit plan with full-width 和暦 dates for four suppliers: companies, not people",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "supplychain-094",
        "sender": "百目鬼 理沙 <domeki.risa@hinode-sangyo.co.jp>",
        "to": ["名古屋中央会計事務所 税務担当 <zeimu@nagoya-chuo-kaikei.jp>"],
        "subject": "支払調書の対象者追加（個人の運送委託先 2名）",
        "charset": "iso-2022-jp",
        "body": """名古屋中央会計事務所
税務ご担当 様

お世話になっております。日の出産業 経理部の百目鬼です。
今年から個人の軽貨物運送業者2名に配送を委託しており、支払調書の対象となります。

・委託先A：年間支払額 2,140,000円
・委託先B：年間支払額 1,386,000円

お二人の氏名・住所・個人番号（マイナンバー）は、メールではお送りせず、
従来どおり簡易書留にて、1月10日までに貴事務所へ郵送いたします。
番号の収集・本人確認は弊社にて完了しております。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "talks about My Numbers being sent by registered post; no number and no identifiable person in the mail",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "supplychain-095",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["鬼頭様 <kito.m@kawasaki-denki.co.jp>", "品質保証部 <qa@kawasaki-denki.co.jp>",
               "資材営業部 纐纈様 <kouketsu.t@kawasaki-denki.co.jp>"],
        "subject": "KD-Q-2411-07 対策品の切替日について",
        "charset": "utf-8",
        "body": """川崎電機株式会社
品質保証部 鬼頭様、資材営業部 纐纈様

お世話になっております。日の出産業の東海林です。
KD-Q-2411-07の恒久対策品（トルク管理インターロック導入後の生産品）の
切替日が決まりましたのでご連絡いたします。

　切替ロット：24L10 以降
　初回納入日：2024年12月12日
　識別表示　：外箱に「対策品」シール（青）

切替前後の在庫は混在しないよう、12/11納入分までで旧ロットを打ち切ります。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three recipients, all of one partner organisation: a single external party",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "supplychain-096",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["四日市化成 品質保証課 <qa@yokkaichi-kasei.co.jp>"],
        "subject": "樹脂ペレット 異物混入の調査依頼（製造ロット番号付き）",
        "charset": "cp932",
        "body": """四日市化成株式会社
品質保証課 御中

お世話になっております。日の出産業の東海林です。
樹脂ペレット（YK-PP-230 ナチュラル）の成形品に黒点異物が発生しました。
該当のフレコン（製造ロット番号）は下記です。保管サンプルの調査をお願いいたします。

　フレコン  製造ロット番号         入荷日      異物発生率
　No.1      2024111300017321       11/15       0.8%
　No.2      2024111300017338       11/15       1.1%
　No.3      2024111400017402       11/18       0.1%

異物サンプル（10個）は本日宅配便で発送しました。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "16-digit manufacturing lot numbers (not card numbers) in a quality claim",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "supplychain-097",
        "sender": "四方田 功 <yomoda.isao@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買企画課 <kobai-kikaku@kawasaki-denki.co.jp>"],
        "subject": "BCP調査票 追加回答：被災時の拠点別窓口",
        "charset": "utf-8",
        "body": """川崎電機株式会社 購買企画課 御中

お世話になっております。日の出産業の四方田です。
追加のご質問（被災時に直接連絡できる拠点別の窓口）につき、
各拠点の責任者と業務用携帯をお知らせします。

拠点                    窓口（役職・氏名）          業務用携帯
----------------------  --------------------------  -------------
本社（名古屋）          調達部長 勅使河原 誠        090-2457-6619
各務原工場              工場長 左右田 篤            090-7206-3318
南美濃工場              工場長 寒川 修一            080-4418-2270
物流センター（小牧）    センター長 雲母 康弘        090-3381-7042
大阪営業所              所長 鴨脚 隆                080-6627-1195

いずれも会社貸与の携帯電話です。
""" + SIG_YOMODA,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five named site managers with company mobiles: a list of five people, or a list of sites' "
                "business contacts; could be judged either way",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "supplychain-098",
        "sender": "砂原 健吾 <sunahara.kengo@hinode-sangyo.co.jp>",
        "to": ["瀬戸セラミックス 総務 <soumu@seto-ceramics.co.jp>"],
        "subject": "１２／５ご訪問時の駐車場利用について",
        "charset": "iso-2022-jp",
        "body": """瀬戸セラミックス株式会社
総務ご担当者様

お世話になっております。日の出産業 調達部の砂原です。
１２月５日（木）のご訪問の際、社用車２台で伺います。
駐車許可証の準備のため、運転者と車両をお知らせいたします。

・砂原 健吾　　車両：名古屋 ５００ さ ２１−０７　携帯：０９０−５１２８−７７３３
・左右田 結衣　車両：名古屋 ５００ さ ３３−８２　携帯：０８０−７７２０−１９５３
・同乗：堀之内 亮（調達部）

到着は１３時半頃の予定です。よろしくお願いいたします。

砂原 健吾
日の出産業株式会社 調達部 購買一課
TEL ０５２−９３８−４４１２
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two drivers' mobiles in full-width digits to one supplier: under the list threshold",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "supplychain-099",
        "sender": "東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>",
        "to": ["四日市化成 総務部 <soumu@yokkaichi-kasei.co.jp>"],
        "subject": "Re: 12/11 監査 ご来訪者の確認",
        "charset": "utf-8",
        "body": """四日市化成株式会社
総務部 御中

お世話になっております。日の出産業の東海林です。
ご来訪者の件、下記5名で伺います。当日の緊急連絡先として携帯番号を記載します。

  氏名            所属                  携帯
  --------------  --------------------  -------------
  勅使河原 誠     品質保証部 部長       090-2457-6619
  東海林 紗英     サプライヤー品質課    080-2931-6604
  砂原 健吾       調達部                090-5128-7733
  忽那 早紀       品質保証課            090-1538-6690
  鬼頭 慎吾       保全課（設備監査）    080-6675-1422

よろしくお願いいたします。

> 日の出産業 東海林様
>
> 監査のご案内ありがとうございます。四日市化成 総務部の釈迦郡です。
> 入構手続きのため、ご来訪者のお名前・所属・当日の連絡先をお知らせください。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "new text (above the quote) lists five people with mobiles to an external company",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "supplychain-100",
        "sender": "Kenta Wanibuchi <wanibuchi.kenta@hinode-sangyo.co.jp>",
        "to": ["Ms. Nguyen Thi Lan <lan.nguyen@hoangphat-mech.com.vn>"],
        "cc": ["東海林 紗英 <shoji.sae@hinode-sangyo.co.jp>"],
        "subject": "Thank you for the audit / 監査のお礼",
        "charset": "utf-8",
        "body": """Dear Ms. Lan,

Thank you very much for your hospitality during our audit last week.
We were impressed by the improvement in your welding line since our last visit.

Summary of the results:
  - Overall score: 84 / 100 (previous: 71)
  - Major findings: none
  - Minor findings: 3 (calibration labels, FIFO in raw material store,
    fire extinguisher inspection record)

The formal report will follow within two weeks. Please send your corrective
action plan for the minor findings by February 14.

（日本語）
先週の監査では大変お世話になりました。正式な報告書は2週間以内にお送りします。
軽微な指摘3件について、2月14日までに是正計画をお送りください。
""" + SIG_WANI + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bilingual thank-you after an audit with a score summary and disclaimer",
    },
]
