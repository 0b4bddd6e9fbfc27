"""Blind corpus: 日の出産業 購買部・品質保証部・製造・海外事業部 (ids mfg-001 … mfg-100).

Written from bench/blind/BRIEF.md only.  Supplier mail, drawings and specs, quality
claims, factory visitors, expatriate paperwork, travel, training, safety incidents.
"""

from build import card_number, my_number


def corp_number(base12: str) -> str:
    """法人番号: a check digit in front of a 12-digit base number."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):  # n-th digit from the right
        p = digits[12 - n]
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def fw(s: str) -> str:
    """ASCII digits and hyphens → full-width (as some people type phone numbers)."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def spaced(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


# --- signatures of the senders (their own contacts are never labelled) ---------------

SIG_OKABE = """--
日の出産業株式会社　購買部　購買一課
岡部 慎也（Shinya Okabe）
〒141-0032 東京都品川区大崎4-8-15 日の出ビル5F
TEL 03-5437-2210　FAX 03-5437-2219
okabe@hinode-sangyo.co.jp"""

SIG_MIZUNO = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 購買部 調達企画課
水野 恵理
TEL：03-5437-2214（直通）
Mail：e-mizuno@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_ODAGIRI = """==============================
 日の出産業(株) 購買部 外注管理グループ
 小田切 亮  Ryo Odagiri
 〒360-0843 埼玉県熊谷市三ヶ尻5120（熊谷工場内）
 TEL 048-533-7105 / 内線 3105
=============================="""

SIG_TODO = """------------------------------------------
日の出産業株式会社 品質保証部 部長
藤堂 浩之
〒360-0843 埼玉県熊谷市三ヶ尻5120
TEL 048-533-7140 FAX 048-533-7149
todo@hinode-sangyo.co.jp
------------------------------------------"""

SIG_ISHIGURO = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
品質保証部　顧客品質課
石黒 由佳（いしぐろ ゆか）
日の出産業株式会社 熊谷工場
TEL 048-533-7143
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KUBOTA = """--
Makoto KUBOTA / 久保田 誠
Quality Assurance Dept., Hinode Sangyo Co., Ltd.
5120 Mikajiri, Kumagaya, Saitama 360-0843 JAPAN
Tel: +81-48-533-7146
kubota-m@hinode-sangyo.co.jp"""

SIG_HORIUCHI = """-----
第一製造部 第一製造課 課長
堀内 剛
日の出産業株式会社 各務原工場
〒504-0957 岐阜県各務原市金属団地118
TEL 058-389-4021"""

SIG_MAKABE = """////////////////////////////////
日の出産業株式会社
製造本部 生産技術課　真壁 彩
TEL 058-389-4035 FAX 058-389-4039
makabe@hinode-sangyo.co.jp
////////////////////////////////"""

SIG_HIGUCHI = """--
日の出産業株式会社 熊谷工場 安全衛生課
樋口 修（衛生管理者）
TEL 048-533-7120（課直通）"""

SIG_MIYAJI = """■□■□■□■□■□■□■□■□■□
日の出産業株式会社 熊谷工場 工場総務課
宮路 直美
〒360-0843 埼玉県熊谷市三ヶ尻5120
TEL 048-533-7101 FAX 048-533-7109
■□■□■□■□■□■□■□■□■□"""

SIG_KASHIWAGI = """--------------------------------------------
日の出産業株式会社 海外事業部 海外人事企画グループ
柏木 拓海 / Takumi KASHIWAGI
〒141-0032 東京都品川区大崎4-8-15 日の出ビル7F
TEL 03-5437-2301
--------------------------------------------"""

SIG_NONOMURA = """--
海外事業部 業務グループ
野々村 玲奈
日の出産業株式会社
TEL:03-5437-2308 / nonomura@hinode-sangyo.co.jp"""

SIG_SUGAWARA = """Best regards,

Ken SUGAWARA
Manager, Overseas Business Division
Hinode Sangyo Co., Ltd.
4-8-15 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Phone: +81-3-5437-2320
sugawara@hinode-sangyo.co.jp"""

DISCLAIMER_EN = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only
for the person or entity to which they are addressed and may contain confidential
and/or privileged information. If you have received this e-mail in error, please
notify the sender immediately and delete it from your system. Any unauthorised
review, use, disclosure or distribution is prohibited."""

DISCLAIMER_JA = """※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
本メールの無断転載・転送はご遠慮ください。"""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------- 001-020

MESSAGES += [
    dict(
        id="mfg-001",
        sender="岡部 慎也 <okabe@hinode-sangyo.co.jp>",
        to=["佐久間 様 <sakuma@toho-seimitsu.co.jp>"],
        subject="ブラケット加工 お見積りのお願い（図番 HS-3308-112）",
        charset="iso-2022-jp",
        body=f"""東邦精密株式会社
営業部 佐久間様

いつも大変お世話になっております。
日の出産業 購買部の岡部でございます。

標記の件、新規部品のお見積りをお願いしたくご連絡いたしました。
図面を添付いたしますので、ご確認ください。

　図番　　：HS-3308-112 Rev.B
　品名　　：モーターブラケット
　材質　　：SPCC t2.3
　表面処理：三価クロメート
　数量　　：月産 1,200個（初回ロット 300個）
　希望納期：12月第2週 初回納入

ご回答は来週金曜日までにいただけますと幸いです。
加工上のご不明点がありましたら、お気軽にお問い合わせください。

よろしくお願いいたします。

{SIG_OKABE}
""",
        attachments=[{
            "kind": "pdf", "name": "HS-3308-112_RevB_モーターブラケット.pdf",
            "page_header": "社外秘　日の出産業株式会社",
            "page_footer": "本図面の無断複製・第三者への開示を禁ず",
            "lines": ["図番 HS-3308-112  Rev.B", "品名 モーターブラケット",
                      "材質 SPCC t2.3   表面処理 三価クロメート",
                      "一般公差 JIS B 0405-m", "尺度 1:2  第三角法",
                      "注記1: バリなきこと", "注記2: 曲げR内側 R1.5"],
            "table": [["寸法記号", "基準寸法", "公差"],
                      ["A", "48.0", "±0.1"], ["B", "22.5", "±0.05"],
                      ["C", "φ6.6", "+0.1/0"], ["D", "120.0", "±0.2"]],
        }],
        expect="stop", entities=[], detectors=["confidential_marking"],
        note="社外秘 stamp only in the header of the attached drawing PDF; body is an ordinary RFQ",
    ),
    dict(
        id="mfg-002",
        sender="水野 恵理 <e-mizuno@hinode-sangyo.co.jp>",
        to=["宮坂 様 <miyasaka@maruei-kinzoku.co.jp>"],
        cc=["岡部 慎也 <okabe@hinode-sangyo.co.jp>"],
        subject="秘密保持契約書（案）ご確認のお願い",
        charset="iso-2022-jp",
        body=f"""丸栄金属株式会社
営業部 宮坂様

お世話になっております。日の出産業の水野です。
先日はお打合せのお時間をいただき、ありがとうございました。

新規取引の開始にあたり、図面等の技術情報をお渡しする前に
秘密保持契約を締結させていただきたく、弊社ひな形の案を添付いたします。

特にご確認いただきたいのは以下の点です。
・第2条　秘密情報の定義（口頭開示の場合の取扱い）
・第5条　秘密情報の返還・破棄
・第9条　有効期間（契約終了後3年間の存続）

御社の法務ご担当様のご意見がございましたら、修正履歴付きで
お戻しいただければと存じます。

{SIG_MIZUNO}
""",
        attachments=[{
            "kind": "docx", "name": "秘密保持契約書_案_丸栄金属様.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書",
                "日の出産業株式会社（以下「甲」という。）と丸栄金属株式会社（以下「乙」という。）は、"
                "甲乙間の部品加工取引の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                "第1条（目的）本契約は、本目的のために相互に開示される秘密情報の取扱いを定める。",
                "第2条（秘密情報）本契約において秘密情報とは、開示者が受領者に対し、秘密である旨を明示して"
                "開示した技術上又は営業上の情報をいう。口頭で開示された情報については、開示後14日以内に"
                "書面で特定したものに限る。",
                "第3条（秘密保持義務）受領者は、秘密情報を善良なる管理者の注意をもって管理し、"
                "開示者の事前の書面による承諾なく第三者に開示又は漏洩してはならない。",
                "第5条（返還）受領者は、開示者の請求があったときは、秘密情報を速やかに返還又は破棄する。",
                "第9条（有効期間）本契約の有効期間は締結日から2年間とし、第3条の義務は契約終了後3年間存続する。",
                "甲　東京都品川区大崎4-8-15　日の出産業株式会社　代表取締役　日野 正臣",
                "乙　埼玉県川口市領家5-2-11　丸栄金属株式会社　代表取締役",
            ],
        }],
        expect="pass", entities=[], detectors=[],
        note="mail about an NDA with the NDA draft attached: the word 秘密 is the contract's subject, not a marking",
    ),
    dict(
        id="mfg-003",
        sender="藤堂 浩之 <todo@hinode-sangyo.co.jp>",
        to=["榊原 様 <sakakibara@kawasaki-denki.co.jp>"],
        cc=["石黒 由佳 <ishiguro@hinode-sangyo.co.jp>"],
        subject="【回答】8Dレポート クレームNo. KD-Q-24-0187（ハウジング溶接外れ）",
        charset="utf-8",
        body=f"""川崎電機株式会社 品質管理課
榊原様

平素より大変お世話になっております。日の出産業 品質保証部の藤堂です。
このたびはハウジング溶接外れにより多大なご迷惑をおかけし、誠に申し訳ございません。

ご要求のありました D4（真因）の補足として、当該期間に溶接工程に従事した
作業者の力量確認結果を以下にお示しします。

  作業者        社員番号   年齢   経験年数   保有資格                  当日シフト
  ------------------------------------------------------------------------------
  堀 健太       H-10482    27     3年        JIS溶接技能者 SN-2F       A直
  三枝 由紀夫   H-08831    44     15年       JIS溶接技能者 SN-2F/3F    A直
  熊谷 亮介     H-11207    23     1年        なし（教育中）            B直
  乙部 美奈     H-09915    35     7年        JIS溶接技能者 SN-2F       B直
  仲宗根 翔     H-11380    21     0.5年      なし（教育中）            B直
  五十嵐 忠     H-06120    52     24年       溶接管理技術者2級         B直

B直において教育中の作業者2名が単独で作業していたことが判明しており、
D5 の対策として「力量認定前の作業者は認定者とのペア作業とする」を
10月28日より実施しております。

D6 以降の内容は添付の8D様式に記載のうえ、11月8日までに提出いたします。

{SIG_TODO}
""",
        expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
        note="8D reply to a customer lists six operators' employee numbers, ages and qualifications in a space-padded table (employee records, 5+ people)",
    ),
    dict(
        id="mfg-004",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["大和樹脂株式会社 品質保証課 御中 <qa@yamato-jushi.co.jp>"],
        subject="受入検査不合格のご連絡（品番 YJ-44120 カバー／ロット 2410-B07）",
        charset="cp932",
        body=f"""大和樹脂株式会社
品質保証課 御中

いつもお世話になっております。
日の出産業 品質保証部の石黒です。

本日入荷分の受入検査にて、下記の不具合を確認しましたのでご連絡いたします。

　品番　　：YJ-44120（フロントカバー　黒）
　ロット　：2410-B07
　入荷数　：2,400個
　抜取数　：125個　→　不良 7個
　内容　　：ゲート部のショートショット、ウェルドライン目立ち

弊社受入検査担当の髙木が外観限度見本と照合し、限度外と判定しております。
写真は共有フォルダ（前回お知らせしたURL）に格納しました。

つきましては、
　１．当該ロットの全数選別または代品手配
　２．発生原因と流出原因のご報告（11/15まで）
をお願いいたします。

{SIG_ISHIGURO}
""",
        expect="pass", entities=[], detectors=[],
        note="claim to a supplier naming the inspector only by surname; lot and part numbers, no personal data",
    ),
    dict(
        id="mfg-005",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["株式会社アルファ警備 熊谷工場隊 <kumagaya@keibi-alpha.co.jp>"],
        subject="海外からの来訪者 入構手続きのお願い（11/19〜11/21）",
        charset="iso-2022-jp",
        body=f"""株式会社アルファ警備
熊谷工場隊　隊長 様

いつもお世話になっております。工場総務の宮路です。

下記の日程で海外取引先の方が来場されます。
正門での本人確認（パスポート照合）と入構証の発行をお願いいたします。

■日程：11月19日（火）〜21日（木）　8:30 正門着予定
■訪問先：品質保証部（アテンド：久保田）

No. Name (as in passport)    Nationality  Date of Birth  Passport No.  Company
--- ------------------------ ------------ -------------- ------------- --------------------------
1   Somchai WONGSAKUL        Thai         1979/03/14     AA2917735     Siam Precision Parts
2   Kanokwan SRISUK          Thai         1988/11/02     AB0648213     Siam Precision Parts
3   NGUYEN Van Hung          Vietnamese   1985/07/21     C4829103      Dong Nam Mechanical
4   TRAN Thi Mai             Vietnamese   1991/01/30     C6115472      Dong Nam Mechanical
5   Jonas BRANDT             German       1976/09/08     C5RT1X7K9     Kessler Messtechnik GmbH

※通訳として弊社海外事業部の菅原が同行します。
※車両での入構はありません（駅からタクシー）。

ご不明点は工場総務までご連絡ください。

{SIG_MIYAJI}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="overseas visitor list (5) with dates of birth and passport numbers to the security contractor",
    ),
    dict(
        id="mfg-006",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["小野寺 様 <onodera@reloc-partners.co.jp>"],
        subject="【赴任手配】バンコク赴任 松永様ご家族の情報送付",
        charset="utf-8",
        body=f"""株式会社リロケーション・パートナーズ
小野寺様

お世話になっております。日の出産業 海外事業部の柏木です。
1月付でタイ法人へ赴任予定の松永について、ご家族を含めた情報をお送りします。
ビザ（Non-B／Non-O）申請および住居探しの手配をお願いいたします。

■赴任者本人
　氏名　　：松永 隆之（MATSUNAGA TAKAYUKI）
　生年月日：1981年9月3日
　旅券番号：TZ4418203（有効期限 2031/04/09）
　役職　　：Hinode Sangyo (Thailand) Co., Ltd.  Production Manager

■配偶者
　氏名　　：松永 千晶（MATSUNAGA CHIAKI）
　生年月日：1983年12月18日
　旅券番号：TZ4418377
　携帯　　：080-4471-2956（日中の連絡はこちらへ）

■長男
　氏名　　：松永 颯太（MATSUNAGA SOTA）
　生年月日：2014年5月27日
　旅券番号：TS9902146

■長女
　氏名　　：松永 結衣（MATSUNAGA YUI）
　生年月日：2018年2月9日
　旅券番号：TS9902151

■現住所（引越し見積りの訪問先）
　〒338-0013 埼玉県さいたま市中央区鈴谷6-12-8 グランシア与野302

住居のご希望（スクンビット エリア、日本人学校のスクールバス圏内）は
別途ヒアリングシートでお送りします。

{SIG_KASHIWAGI}
""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="expatriate and three family members' passport numbers, dates of birth, address to a relocation agent",
    ),
    dict(
        id="mfg-007",
        sender="野々村 玲奈 <nonomura@hinode-sangyo.co.jp>",
        to=["そらトラベル 法人営業部 <corp-desk@sora-travel.co.jp>"],
        subject="ハノイ出張 航空券手配のお願い（3名）",
        charset="cp932",
        body=f"""そらトラベル株式会社
法人営業部 ご担当者様

いつもお世話になっております。
日の出産業 海外事業部の野々村です。

下記3名のハノイ出張について、航空券の手配をお願いいたします。

【行程】
　往路　12/2（月）成田 → ハノイ　午前便希望
　復路　12/6（金）ハノイ → 成田　深夜便可
　座席　エコノミー（通路側希望）

【渡航者】（パスポート記載どおり）
ローマ字氏名\t性別\t生年月日\t旅券番号\t有効期限\tマイレージ
SUGAWARA KEN\tM\t1977.06.11\tTR3358021\t2029.08.31\tNH 4021775630
KUBOTA MAKOTO\tM\t1984.02.25\tTK8120476\t2030.01.14\t-
HORIUCHI TSUYOSHI\tM\t1972.10.03\tMZ0937715\t2028.05.20\tJL 302948816

お見積りと空席状況を今週中にいただけますでしょうか。
請求は従来どおり部門コード OB-210 でお願いします。

{SIG_NONOMURA}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="three travellers' passport numbers and dates of birth (tab-separated) to a travel agency",
    ),
    dict(
        id="mfg-008",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["そらトラベル 国内出張デスク <domestic@sora-travel.co.jp>"],
        subject="新幹線・宿泊手配依頼（各務原→熊谷 11/13-14）",
        charset="iso-2022-jp",
        body=f"""そらトラベル 国内出張デスク 御中

いつもありがとうございます。日の出産業 各務原工場の堀内です。
熊谷工場での工程監査のため、下記の手配をお願いします。

　日程：11月13日（水）〜14日（木）1泊
　人数：3名（堀内・真壁・仲宗根）
　往路：岐阜羽島 7:40頃発 のぞみ乗継ぎ → 熊谷
　復路：熊谷 17:30以降 → 岐阜羽島
　宿泊：熊谷駅周辺 シングル3室 朝食付き

当日の代表連絡先は私の携帯 090-6623-1870 です。
チケットは工場総務宛に送付をお願いいたします。

{SIG_HORIUCHI}
""",
        expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
        note="domestic trip booking: three surnames and one contact mobile; no ID numbers",
    ),
    dict(
        id="mfg-009",
        sender="樋口 修 <higuchi@hinode-sangyo.co.jp>",
        to=["あおい損害保険 事故受付センター <jiko-uketsuke@aoi-sonpo.co.jp>"],
        subject="労災上乗せ保険　事故発生のご連絡（証券番号 AS-7720-018833）",
        charset="utf-8",
        body=f"""あおい損害保険株式会社
事故受付センター ご担当者様

日の出産業株式会社 熊谷工場 安全衛生課の樋口と申します。
弊社ご契約の労働災害総合保険について、事故発生のご連絡をいたします。

1. 発生日時　2024年10月24日（木）14時10分頃
2. 発生場所　熊谷工場 第2棟 プレス工程（200tプレス 3号機）
3. 被災者
   氏名　　新井 翔太（アライ ショウタ）
   生年月日　平成8年2月17日
   所属　　第一製造課 プレス係（勤続4年）
4. 災害の状況
   金型交換後の試し打ち中、材料位置の修正のため安全装置の
   エリア内に左手を入れたところ、光電管のミュート設定が残っていたため
   スライドが下降し、左手中指を挟まれたもの。
5. 傷病名・程度
   熊谷中央病院 整形外科にて「左手中指末節骨骨折」と診断。
   全治約6週間、当面は休業の見込み（労基署へ様式第8号を提出予定）。

診断書の写しは入手次第お送りします。必要書類をご教示ください。

{SIG_HIGUCHI}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="injured worker named with date of birth and diagnosis (要配慮) to the insurer",
    ),
    dict(
        id="mfg-010",
        sender="樋口 修 <higuchi@hinode-sangyo.co.jp>",
        to=["熊谷工場長 赤松 <akamatsu@hinode-sangyo.co.jp>",
            "人事部 労務G <roumu@hinode-sangyo.co.jp>"],
        cc=["第一製造課 <seizo1@mail.hinode-sangyo.co.jp>"],
        subject="【第一報】プレス工程 休業災害発生（10/24）",
        charset="iso-2022-jp",
        body="""関係各位

安全衛生課の樋口です。本日発生した休業災害の第一報です。

・発生：10/24（木）14:10頃　第2棟 200tプレス3号機
・被災者：第一製造課 プレス係　新井 翔太さん（28歳）
・傷病：左手中指末節骨骨折（熊谷中央病院 整形外科　診断済み）
　　　　全治6週間、休業見込み
・原因（推定）：金型交換後、光電管のミュート解除忘れ

本人は病院で処置を受け、ご家族の迎えで帰宅済みです。
明日9:00から現場検証、午後に災害調査会議を行います（第1会議室）。
労基署への報告（様式第8号）は人事部労務Gと調整します。

樋口""",
        expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
        note="same injury report but only to internal addresses (incl. an internal subdomain): must go",
    ),
    dict(
        id="mfg-011",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["青葉運輸 配車課 今泉様 <imaizumi@aoba-unyu.co.jp>"],
        subject="引取便ルート見直し用　仕入先一覧の送付",
        charset="cp932",
        body=f"""青葉運輸株式会社　配車課
今泉様

お世話になっております。日の出産業の小田切です。
先日ご相談した引取便（ミルクラン）のルート見直しの件、
対象となる仕入先の一覧をExcelでお送りします。

所在地と引取曜日を元に、１日２便で回れるルート案をいただけると助かります。
ご不明点はお電話ください。

{SIG_ODAGIRI}
""",
        attachments=[{
            "kind": "xlsx", "name": "仕入先一覧_引取便.xlsx",
            "sheets": {
                "仕入先": [
                    ["引取便 対象仕入先一覧（2024年11月現在）"],
                    [],
                    ["仕入先CD", "会社名", "所在地", "代表電話", "引取曜日", "法人番号"],
                    ["S1021", "東邦精密株式会社", "埼玉県行田市持田2-11-5", "048-553-2210", "月・木", corp_number("030001045216")],
                    ["S1044", "丸栄金属株式会社", "埼玉県川口市領家5-2-11", "048-222-6184", "火・金", corp_number("030001118834")],
                    ["S1102", "大和樹脂株式会社", "群馬県太田市新田町1504", "0276-57-3301", "月・水・金", corp_number("070001022458")],
                    ["S1130", "三河ばね製作所", "埼玉県深谷市上柴町西4-7-2", "048-571-0925", "水", corp_number("030001137712")],
                    ["S1157", "北辰化成株式会社", "埼玉県本庄市児玉町八幡山340", "0495-72-1180", "火", corp_number("030001154480")],
                    ["S1203", "関東メッキ工業株式会社", "埼玉県熊谷市久保島1877", "048-533-4412", "月・木", corp_number("030001160021")],
                    ["S1218", "有限会社石原鈑金", "埼玉県鴻巣市箕田3811-2", "048-596-2037", "金", corp_number("030002061395")],
                    ["S1250", "株式会社岩槻パッケージ", "埼玉県さいたま市岩槻区笹久保新田620", "048-798-5520", "水", corp_number("030001088127")],
                ],
                "集荷時間": [
                    ["仕入先CD", "集荷可能時間", "荷姿", "備考"],
                    ["S1021", "9:00-16:00", "通い箱", ""],
                    ["S1044", "8:30-17:00", "パレット", "フォークリフト有"],
                    ["S1102", "10:00-15:00", "段ボール", "正門受付"],
                    ["S1130", "9:00-12:00", "通い箱", "午後不可"],
                    ["S1157", "9:00-16:30", "ドラム缶", "危険物（第4類）"],
                ],
            },
        }],
        expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
        note="list of supplier companies (switchboards, office addresses, 法人番号): businesses, not people",
    ),
    dict(
        id="mfg-012",
        sender="久保田 誠 <kubota-m@hinode-sangyo.co.jp>",
        to=["川崎電機 受入検査係 <ukeire@kawasaki-denki.co.jp>"],
        subject="出荷検査成績のご送付（シャフト HS-7710／ロット 24K0913-02）",
        charset="iso-2022-jp",
        body=f"""川崎電機株式会社　受入検査係　御中

いつもお世話になっております。日の出産業 品質保証部の久保田です。
本日出荷分の検査成績を送付いたします。

品番：HS-7710（出力シャフト）　ロット：24K0913-02　出荷数：400本
規格：外径 25.000 -0.025/-0.010、内径 12.000 +0.018/0、全長 88.40±0.05、硬度 HRC56-60

シリアルNo.      製品ID         外径(mm)  内径(mm)  全長(mm)  硬度HRC  判定
---------------  -------------  --------  --------  --------  -------  ----
HS2409130021     240913002101   24.982    12.007    88.41     58.2     OK
HS2409130022     240913002208   24.979    12.009    88.38     57.9     OK
HS2409130023     240913002305   24.985    12.004    88.42     58.6     OK
HS2409130024     240913002402   24.981    12.011    88.40     58.0     OK
HS2409130025     240913002519   24.983    12.006    88.39     57.4     OK
HS2409130026     240913002616   24.978    12.010    88.43     58.8     OK
HS2409130027     240913002703   24.984    12.005    88.41     58.1     OK
HS2409130028     240913002810   24.980    12.008    88.37     57.7     OK
HS2409130029     240913002927   24.986    12.003    88.40     58.3     OK
HS2409130030     240913003002   24.982    12.007    88.42     58.5     OK

抜取 n=10 / 全数 400本　合格
測定器：三次元測定機 CMM-03（校正期限 2025/03/31）、ロックウェル硬さ試験機 HT-02

以上、よろしくお願いいたします。

{SIG_KUBOTA}
""",
        expect="pass", entities=[], detectors=[],
        note="inspection data table: serials, 12-digit product IDs and measurements, no personal data",
    ),
    dict(
        id="mfg-013",
        sender="Makoto KUBOTA <kubota-m@hinode-sangyo.co.jp>",
        to=["Jonas Brandt <j.brandt@kessler-mt.de>"],
        subject="CMM-03 annual calibration - proposed dates",
        charset="utf-8",
        body=f"""Dear Mr. Brandt,

Thank you for your quick reply regarding the annual calibration of our
coordinate measuring machine (Kessler KMX 1210, S/N 4417-0932, asset CMM-03).

We would like to propose the following dates at our Kumagaya plant:

  - Option A: 3-4 March 2025
  - Option B: 10-11 March 2025

The machine will be available from 8:30 to 17:00 on both days. Please let us
know which option suits your service engineer, and whether the probe head
(SP25M) should be sent to Germany in advance or checked on site.

Our purchase order will follow once the quotation (ref. KQ-25-0117) is
confirmed.

Kind regards,

{SIG_KUBOTA}

{DISCLAIMER_EN}
""",
        expect="pass", entities=[], detectors=[],
        note="English business mail with a standard confidentiality disclaimer at the end",
    ),
    dict(
        id="mfg-014",
        sender="岡部 慎也 <okabe@hinode-sangyo.co.jp>",
        to=["東邦精密 佐久間様 <sakuma@toho-seimitsu.co.jp>",
            "丸栄金属 宮坂様 <miyasaka@maruei-kinzoku.co.jp>",
            "大和樹脂 営業部 <eigyo@yamato-jushi.co.jp>",
            "三河ばね製作所 遠山様 <toyama@mikawa-bane.co.jp>"],
        cc=["水野 恵理 <e-mizuno@hinode-sangyo.co.jp>"],
        subject="【見積依頼】2025年度 量産部品 一括見積りのお願い",
        charset="iso-2022-jp",
        body=f"""各位

いつもお世話になっております。日の出産業 購買部の岡部です。

2025年度の量産部品について、一括でのお見積りをお願いしたく
ご連絡いたしました。対象品番と年間予定数量は下記のとおりです。

　HS-7710 出力シャフト　　　　年間 48,000本
　HS-3308 モーターブラケット　年間 14,400個
　HS-5520 ギアケース（樹脂）　年間 9,600個
　HS-0912 圧縮ばね　　　　　　年間 96,000個

・提出期限：12月13日（金）
・様式：弊社指定の見積書（前回と同じ様式）
・回答内容：単価、金型費（該当品のみ）、リードタイム

御社の得意分野以外の品目は「辞退」でご回答ください。
ご不明な点は岡部までお問い合わせください。

{SIG_OKABE}
""",
        expect="stop", entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains"],
        note="RFQ with four competing suppliers visible to each other in To (should have been Bcc)",
    ),
    dict(
        id="mfg-015",
        sender="水野 恵理 <e-mizuno@hinode-sangyo.co.jp>",
        to=["東邦精密 佐久間様 <sakuma@toho-seimitsu.co.jp>",
            "三河ばね製作所 遠山様 <toyama@mikawa-bane.co.jp>"],
        cc=["真壁 彩 <makabe@hinode-sangyo.co.jp>"],
        subject="シャフト・ばね組付け不具合の三者打合せ日程",
        charset="iso-2022-jp",
        body=f"""東邦精密株式会社　佐久間様
有限会社三河ばね製作所　遠山様

お世話になっております。日の出産業の水野です。

先日ご報告した HS-7710 シャフトと HS-0912 ばねの組付け時の
かじり不具合について、三社で打合せの場を設けたく存じます。

候補日（いずれも熊谷工場、13:30〜15:00）
　・11月20日（水）
　・11月22日（金）
　・11月26日（火）

ご都合のよい日を明日中にお知らせいただけますでしょうか。
弊社からは生産技術課の真壁と私が出席します。
当日は現品と組付け治具をご覧いただけるよう準備しておきます。

{SIG_MIZUNO}
""",
        expect="pass", entities=[], detectors=["multiple_external_domains"],
        note="ordinary three-way meeting mail: two supplier organisations in To",
    ),
    dict(
        id="mfg-016",
        sender="岡部 慎也 <okabe@hinode-sangyo.co.jp>",
        to=["佐伯 様 <saeki@kawasaki-denki.jp>"],
        subject="RE: ブラシレスモーター BLM-60 納期のご確認",
        charset="iso-2022-jp",
        body=f"""川崎電機株式会社
営業二課 佐伯様

お世話になっております。日の出産業の岡部です。
納期回答ありがとうございました。

12月分の BLM-60（注文番号 PO-2410-00855、数量 600台）について、
生産計画の前倒しにより、うち200台を12/6までに納入いただくことは
可能でしょうか。

難しい場合は、100台のみでも構いません。
お手数ですがご確認のほどよろしくお願いいたします。

{SIG_OKABE}
""",
        expect="stop", entities=[], detectors=["lookalike_domain"],
        note="partner kawasaki-denki.co.jp addressed as kawasaki-denki.jp (dropped co.)",
    ),
    dict(
        id="mfg-017",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["錦印刷 制作部 笠原様 <kasahara@nishiki-insatu.co.jp>"],
        subject="取扱説明書 HC-900 第3版 校正戻し",
        charset="cp932",
        body=f"""錦印刷株式会社　制作部
笠原様

いつもお世話になっております。日の出産業 品質保証部の石黒です。
HC-900 取扱説明書（第3版）の初校、確認いたしました。

修正箇所は以下のとおりです。
　Ｐ．４　　安全上の注意　「警告」マークの色をＪＩＳ安全色（赤）に
　Ｐ．１２　図３の配線色　「黄／緑」→「緑／黄」
　Ｐ．２８　仕様表　使用温度範囲　０～４０℃ → －１０～４０℃
　裏表紙　　お問い合わせ先の受付時間を「平日９：００～１７：００」に

再校は１１月２２日頃にいただけますと助かります。

{SIG_ISHIGURO}
""",
        expect="stop", entities=[], detectors=["lookalike_domain"],
        note="partner nishiki-insatsu.co.jp misspelt nishiki-insatu.co.jp (letter dropped)",
    ),
    dict(
        id="mfg-018",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["大塚治具製作所 設計課 <sekkei@ohtsuka-jig.co.jp>"],
        subject="溶接治具 JG-0412 製作図面の送付",
        charset="utf-8",
        body=f"""株式会社大塚治具製作所
設計課 ご担当者様

お世話になっております。日の出産業 生産技術課の真壁です。
先日お打合せした溶接治具 JG-0412 の製作図面をお送りします。

図面はパスワード付きPDFにしております。
パスワードは別メールにてお知らせします。

・JG-0412-01 ベースプレート
・JG-0412-02 クランプユニット（2式）
・JG-0412-03 位置決めピン

ご確認のうえ、見積りと納期をご連絡ください。

{SIG_MAKABE}
""",
        attachments=[{
            "kind": "pdf", "name": "JG-0412_製作図面一式.pdf", "password": "Jg0412#hns",
            "lines": ["JG-0412 溶接治具 製作図面", "ベースプレート SS400 t25",
                      "クランプユニット 2式", "位置決めピン SKS3 焼入れ HRC58-62"],
        }],
        expect="stop", entities=[], detectors=["unscannable_attachment"],
        note="password-protected drawing PDF cannot be inspected",
    ),
    dict(
        id="mfg-019",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["丸栄金属 宮坂様 <miyasaka@maruei-kinzoku.co.jp>"],
        subject="再送：ギアケース組立図 HS-5520 R3",
        charset="iso-2022-jp",
        body=f"""丸栄金属株式会社 宮坂様

お世話になっております。小田切です。
先ほどお送りした組立図が開けないとのこと、失礼いたしました。
改めて添付いたしますのでご確認ください。

R2からの変更点：
　・取付穴 4-φ5.5 → 4-φ6.6
　・板厚 t1.6 → t2.0

{SIG_ODAGIRI}
""",
        attachments=[{"kind": "corrupt", "name": "組立図_HS-5520_R3.pdf"}],
        expect="stop", entities=[], detectors=["unscannable_attachment"],
        note="the re-sent assembly drawing PDF is damaged and cannot be read",
    ),
    dict(
        id="mfg-020",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["Emily Carter <ecarter@norwood-inst.com>"],
        subject="Product roadmap deck for our meeting on Nov 28",
        charset="utf-8",
        body=f"""Hi Emily,

As promised, please find attached the product roadmap deck that we will walk
through on our call on November 28 (9:00 a.m. EST / 11:00 p.m. JST).

The main topics are the HC-900 controller successor and the timeline for the
new servo driver series. Please feel free to forward it to Mike before the call.

{SIG_SUGAWARA}
""",
        attachments=[{
            "kind": "pptx", "name": "Hinode_Roadmap_2025-2027.pptx",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
            "slides": [["Product Roadmap 2025-2027", "Hinode Sangyo Co., Ltd.", "Overseas Business Division"],
                       ["HC-900 successor (HC-1000)", "Dual-core MCU, EtherCAT", "Engineering samples: Q3 2025"],
                       ["Servo driver series SD-2", "200 W - 1.5 kW", "Mass production: Q1 2026"],
                       ["Next steps", "Joint specification review", "Pilot order for Norwood line 4"]],
        }],
        expect="stop", entities=[], detectors=["confidential_marking"],
        note="roadmap PPTX stamped CONFIDENTIAL on every slide, sent to a customer",
    ),
]

# ---------------------------------------------------------------------------- 021-040

MESSAGES += [
    dict(
        id="mfg-021",
        sender="岡部 慎也 <okabe@hinode-sangyo.co.jp>",
        to=["北辰化成 営業課 守屋様 <moriya@hokushin-kasei.co.jp>"],
        subject="11月度 定例会議 資料の送付",
        charset="cp932",
        body=f"""北辰化成株式会社
営業課　守屋様

お世話になっております。日の出産業の岡部です。
来週の定例会議で使用する資料をお送りします。

前回ご質問いただいた配合変更の件は、資料の４ページにまとめております。
なお、配合比率の詳細は秘密保持契約の対象となりますので、
当日は口頭での説明とさせていただきます。

{SIG_OKABE}
""",
        attachments=[{
            "kind": "pptx", "name": "定例会議_北辰化成様_2024年11月.pptx",
            "slides": [["北辰化成様　定例会議", "2024年11月19日（火）14:00〜", "於：熊谷工場 第3会議室"],
                       ["納入実績（10月）", "PA66樹脂ペレット 18.5t（計画比 102%）", "納期遅延 0件"],
                       ["品質状況", "受入不良 1件（異物混入、ロット K2410-118）", "対策報告書 受領済"],
                       ["配合変更の進め方", "秘密保持契約の範囲内で情報共有", "試作評価：12月〜1月"],
                       ["次回予定", "12月17日（火）14:00〜"]],
        }],
        expect="pass", entities=[], detectors=[],
        note="meeting deck without any marking; the NDA is only mentioned",
    ),
    dict(
        id="mfg-022",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["中部技能講習センター 受付係 <uketsuke@chubu-ginou.or.jp>"],
        subject="フォークリフト運転技能講習（12月開講）受講申込",
        charset="utf-8",
        body=f"""一般社団法人中部技能講習センター
受付係 御中

いつもお世話になっております。
日の出産業株式会社の宮路です。

12月開講のフォークリフト運転技能講習（31時間コース）に、
弊社各務原工場の従業員8名の受講を申し込みます。
受講者名簿を添付いたしますのでご確認ください。

受講料は請求書払い（弊社宛）でお願いいたします。
受講票の送付先は各務原工場 総務窓口にお願いします。

{SIG_MIYAJI}
""",
        attachments=[{
            "kind": "csv", "name": "受講者名簿_フォークリフト_12月.csv", "encoding": "utf-8-sig",
            "rows": [
                ["No", "受講者氏名", "フリガナ", "生年月日", "現住所", "連絡先電話", "普通免許"],
                ["1", "長谷部 大輝", "ハセベ ダイキ", "平成12年4月9日", "岐阜県各務原市那加桜町2-118", "090-3381-7720", "有"],
                ["2", "桐山 奈央", "キリヤマ ナオ", "平成9年11月22日", "岐阜県岐阜市則武東1-4-6 ハイツ則武203", "080-5102-9946", "有"],
                ["3", "Santos MARIA", "サントス マリア", "1994/06/15", "岐阜県可児市下恵土3350-1", "070-4417-2083", "無"],
                ["4", "上總 隼人", "カズサ ハヤト", "平成14年1月30日", "岐阜県各務原市鵜沼各務原町5-76", "090-8826-0154", "有"],
                ["5", "寺林 美里", "テラバヤシ ミサト", "昭和63年7月3日", "愛知県犬山市大字羽黒字新田22", "080-2231-6678", "有"],
                ["6", "杉ノ内 剛", "スギノウチ ツヨシ", "昭和55年9月19日", "岐阜県関市倉知2875-3", "090-1104-3392", "有"],
                ["7", "呉屋 健", "ゴヤ ケン", "平成3年3月8日", "岐阜県各務原市蘇原新生町1-31", "070-6650-2217", "有"],
                ["8", "安居院 由美", "アグイ ユミ", "平成6年12月1日", "岐阜県美濃加茂市太田町2590-4", "080-9013-4475", "無"],
            ],
        }],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="training application: eight employees' birth dates, home addresses and mobiles in a CSV to an external training body",
    ),
    dict(
        id="mfg-023",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["熊谷工場 課長各位 <kachou-kumagaya@hinode-sangyo.co.jp>"],
        cc=["藤堂 浩之 <todo@hinode-sangyo.co.jp>"],
        subject="【要確認】品質教育 受講記録（上期）の確認依頼",
        charset="iso-2022-jp",
        body="""課長各位

品質保証部の石黒です。
IATF16949 サーベイランス審査（1月）に向けて、上期の品質教育の
受講記録を取りまとめました。未受講者・評価未記入の方がいないか
ご確認をお願いします。

社員番号  氏名          所属        受講講座                 受講日      評価
H-06120   五十嵐 忠     第一製造課  なぜなぜ分析 基礎         2024/05/14  A
H-08831   三枝 由紀夫   第一製造課  なぜなぜ分析 基礎         2024/05/14  A
H-09915   乙部 美奈     第一製造課  FMEA 入門                2024/06/11  B
H-10482   堀 健太       第一製造課  FMEA 入門                2024/06/11  B
H-11207   熊谷 亮介     第一製造課  品質基礎（新人）          2024/04/22  B
H-11380   仲宗根 翔     第一製造課  品質基礎（新人）          2024/04/22  （未記入）
H-07745   立花 美咲     第二製造課  統計的工程管理 SPC       2024/07/09  A
H-08102   園部 拓也     第二製造課  統計的工程管理 SPC       2024/07/09  A
H-10033   秋葉 里奈     第二製造課  測定システム解析 MSA     2024/08/20  B
H-10561   鳩山 直樹     第二製造課  （未受講）               -           -
H-05518   穂積 勝       検査課      内部監査員 養成          2024/09/03  A
H-09277   滝沢 亜紀     検査課      内部監査員 養成          2024/09/03  A
H-10890   新井 翔太     第一製造課  FMEA 入門                2024/06/11  B
H-11012   徳永 蓮       生産管理課  品質基礎（新人）          2024/04/22  A
H-06655   柳瀬 悦子     検査課      測定システム解析 MSA     2024/08/20  A

修正がある場合は11/22までに石黒までご連絡ください。""",
        expect="pass", entities=["PERSON_NAME"], detectors=[],
        note="training roster of 15 employees sent only inside the company",
    ),
    dict(
        id="mfg-024",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["Anan Chaiyaporn <anan.c@siamprecision.co.th>"],
        subject="PO 4500231187 - revised delivery schedule",
        charset="utf-8",
        body=f"""Dear Khun Anan,

Thank you for your message of this morning.

We accept the revised delivery schedule for PO 4500231187 as follows:

  Item  Part No.      Description            Qty     Ship date (ETD Laem Chabang)
  10    SP-HS-2231    Gear shaft, machined   3,000   2024-12-09
  20    SP-HS-2232    Gear shaft, hardened   3,000   2024-12-16
  30    SP-HS-4410    Bearing housing        1,500   2025-01-06

Please make sure the inspection certificates (EN 10204 3.1) travel with each
shipment and that the lot numbers are printed on the carton labels.

{SIG_SUGAWARA}

This message contains confidential information and is intended only for the
individual named. If you are not the named addressee you should not
disseminate, distribute or copy this e-mail.
""",
        expect="pass", entities=[], detectors=[],
        note="English supplier mail with PO/part numbers and a standard disclaimer",
    ),
    dict(
        id="mfg-025",
        sender="野々村 玲奈 <nonomura@hinode-sangyo.co.jp>",
        to=["さくらホテル熊谷 予約課 <reserve-kumagaya@sakura-hotel.jp>"],
        subject="宿泊予約のお願い（海外ゲスト4名／11月18日〜21日）",
        charset="cp932",
        body=f"""さくらホテル熊谷
予約課 御中

いつも大変お世話になっております。
日の出産業 海外事業部の野々村でございます。

弊社工場を訪問される海外のお客様の宿泊をお願いいたします。
外国籍の方のため、宿泊者名簿記載用に旅券番号も併せてお知らせします。

　チェックイン　１１月１８日（月）　２０時頃
　チェックアウト　１１月２１日（木）
　お部屋　シングル（禁煙）×４室、朝食付き

【宿泊者】
　１．Mr. Somchai WONGSAKUL　　Thailand　　Passport AA2917735
　２．Ms. Kanokwan SRISUK　　　Thailand　　Passport AB0648213
　３．Mr. NGUYEN Van Hung　　　Viet Nam　　Passport C4829103
　４．Ms. TRAN Thi Mai　　　　　Viet Nam　　Passport C6115472

ご請求は弊社宛（法人契約 No. HS-0291）でお願いいたします。
予約確認書をメールでお送りいただけますと幸いです。

{SIG_NONOMURA}
""",
        expect="stop", entities=["PERSON_NAME", "JP_PASSPORT"], detectors=["personal_data"],
        note="four guests' passport numbers to a hotel: identity document numbers stop even under five people",
    ),
    dict(
        id="mfg-026",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["アルファ警備 熊谷工場隊 <kumagaya@keibi-alpha.co.jp>"],
        subject="設備工事 入構者のお知らせ（11/25〜11/29）",
        charset="iso-2022-jp",
        html="""<html><body style="font-family:'MS Pゴシック'">
<p>アルファ警備　熊谷工場隊　ご担当者様</p>
<p>お疲れさまです。工場総務の宮路です。<br>
第2棟の空調更新工事のため、下記の方が入構されます。<br>
各日とも朝礼後（8:15）に正門で名簿と照合のうえ、入構証をお渡しください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>お名前</th><th>所属</th><th>携帯電話</th><th>車両</th></tr>
<tr><td>1</td><td>丸高 誠司</td><td>丸高工業（元請）</td><td>090-2418-6637</td><td>熊谷 400 さ 12-08</td></tr>
<tr><td>2</td><td>久米田 浩</td><td>丸高工業（元請）</td><td>080-6920-1174</td><td>同乗</td></tr>
<tr><td>3</td><td>日向 竜也</td><td>日向空調設備</td><td>090-7731-0285</td><td>熊谷 480 な 55-17</td></tr>
<tr><td>4</td><td>サントス・ジョエル</td><td>日向空調設備</td><td>070-3385-9042</td><td>同乗</td></tr>
<tr><td>5</td><td>白土 健吾</td><td>白土電設</td><td>080-1147-5530</td><td>熊谷 400 た 3-91</td></tr>
<tr><td>6</td><td>宇佐美 聡</td><td>白土電設</td><td>090-5508-2463</td><td>同乗</td></tr>
</table>
<p>工事期間中は東門の資材搬入口も開放をお願いします。<br>
以上、よろしくお願いいたします。</p>
<p>日の出産業株式会社 熊谷工場 工場総務課<br>宮路 直美　TEL 048-533-7101</p>
</body></html>""",
        expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
        note="HTML-only mail: table of six contractor workers with their mobile numbers to the security company",
    ),
    dict(
        id="mfg-027",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["アルファ警備 熊谷工場隊 <kumagaya@keibi-alpha.co.jp>"],
        subject="来客のお知らせ 11/12（火）",
        charset="iso-2022-jp",
        body="""警備隊 ご担当者様

工場総務 宮路です。明日の来客予定です。

10:00　北辰化成株式会社 様　3名（守屋様 ほか2名）
　　　 訪問先：購買部 岡部　／　社用車1台（熊谷 300 そ 77-02）
　　　 代表者連絡先：守屋様 携帯 090-4415-3307

来客用駐車場 No.3 を空けておいてください。
よろしくお願いします。

宮路""",
        expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
        note="one visiting party, a single representative's mobile: under the list threshold",
    ),
    dict(
        id="mfg-028",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["行政書士法人ビザサポート 申請部 <shinsei@visa-gyosei.jp>"],
        subject="在留資格認定証明書交付申請（技術・人文知識・国際業務）5名分の資料",
        charset="utf-8",
        body=f"""行政書士法人ビザサポート
申請部 ご担当者様

いつもお世話になっております。日の出産業 海外事業部の柏木です。

来年4月入社予定のベトナム人エンジニア5名について、
在留資格認定証明書交付申請の代理をお願いしたく、申請人一覧をお送りします。
卒業証明書・成績証明書のスキャンは、別途共有フォルダにアップロードいたします。

不足書類がありましたらご指示ください。

{SIG_KASHIWAGI}
""",
        attachments=[{
            "kind": "xlsx", "name": "COE申請人一覧_2025年4月入社.xlsx",
            "title": "COE申請人一覧",
            "sheets": {
                "申請人": [
                    ["在留資格認定証明書交付申請　申請人一覧（日の出産業株式会社）"],
                    ["No", "氏名（ローマ字）", "性別", "生年月日", "国籍", "旅券番号", "旅券有効期限", "最終学歴", "予定月給（円）"],
                    [1, "NGUYEN THANH LONG", "男", "2001-03-17", "ベトナム", "C9036154", "2033-05-02", "ハノイ工科大学 機械工学部", 245000],
                    [2, "PHAM THI THU TRANG", "女", "2000-08-29", "ベトナム", "C8814470", "2032-11-20", "ダナン大学 電気工学部", 245000],
                    [3, "LE QUANG MINH", "男", "1999-12-05", "ベトナム", "C7721038", "2031-07-14", "ホーチミン市工科大学 メカトロニクス", 250000],
                    [4, "VU DUC ANH", "男", "2001-06-22", "ベトナム", "C9150962", "2033-09-30", "ハノイ工科大学 情報工学部", 245000],
                    [5, "DO THI HUONG", "女", "2000-02-11", "ベトナム", "C8467719", "2032-04-18", "フエ科学大学 物理学部", 245000],
                ],
                "配属予定": [
                    ["No", "配属先", "職務内容"],
                    [1, "生産技術課（各務原）", "設備設計"],
                    [2, "品質保証部（熊谷）", "測定・解析"],
                    [3, "生産技術課（各務原）", "制御プログラム"],
                    [4, "情報システム部", "生産管理システム"],
                    [5, "品質保証部（熊谷）", "信頼性試験"],
                ],
            },
        }],
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="five visa applicants' passport numbers and dates of birth in an XLSX to a visa agent",
    ),
    dict(
        id="mfg-029",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["さつき住宅サービス 法人社宅課 <houjin@satsuki-jutaku.co.jp>"],
        subject="借上社宅 入居者情報（レオパレス籠原 105号）",
        charset="cp932",
        body=f"""さつき住宅サービス株式会社
法人社宅課　ご担当者様

お世話になっております。日の出産業 熊谷工場 総務の宮路です。
１２月１日入居予定の借上社宅について、入居者情報をお送りします。

　物件　　　：レオパレス籠原　105号室
　入居者氏名：ＲＥＹＥＳ　ＭＡＲＫ　ＡＮＴＨＯＮＹ（レイエス マーク アンソニー）
　国籍　　　：フィリピン
　生年月日　：１９９２年８月１４日
　在留カード番号：ＵＨ４７２０９１５３ＦＡ
　在留期限　：２０２７年３月３１日
　勤務先　　：日の出産業株式会社 熊谷工場 生産技術課

契約書類は工場総務宛にお送りください。
よろしくお願いいたします。

{SIG_MIYAJI}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        detectors=["personal_data"],
        note="one employee's residence card number (full-width) and birth date to a housing company",
    ),
    dict(
        id="mfg-030",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["丸高工業 工事部 丸高様 <marutaka@marutaka-kogyo.co.jp>"],
        subject="Re: 空調更新工事 作業員名簿の件",
        charset="iso-2022-jp",
        body=f"""丸高様

お世話になっております。日の出産業の小田切です。
名簿のご送付ありがとうございます。6名分、承知いたしました。
入構証は工場総務で準備し、初日の朝礼時にお渡しします。

初日は8:00に正門前にお集まりください。
新規入場者教育（約30分）を実施します。

{SIG_ODAGIRI}

> 日の出産業株式会社
> 小田切様
>
> いつもお世話になっております。丸高工業の丸高です。
> 11/25からの空調更新工事の作業員名簿をお送りします。
>
> 丸高 誠司    090-2418-6637  現場代理人
> 久米田 浩    080-6920-1174  配管工
> 日向 竜也    090-7731-0285  空調設備（日向空調設備）
> サントス・ジョエル 070-3385-9042  空調設備（日向空調設備）
> 白土 健吾    080-1147-5530  電気工事（白土電設）
> 宇佐美 聡    090-5508-2463  電気工事（白土電設）
>
> よろしくお願いいたします。
""",
        expect="pass", entities=[], detectors=[],
        note="the only list is quoted with '>' from the contractor's own mail; new text has no personal data",
    ),
    dict(
        id="mfg-031",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["スタッフともに 岐阜営業所 木下様 <kinoshita@staff-tomoni.co.jp>"],
        subject="FW: 10月 派遣スタッフ勤怠状況（第一製造課）",
        charset="utf-8",
        body=f"""スタッフともに株式会社
木下様

いつもお世話になっております。各務原工場の堀内です。
社内で共有していた10月の勤怠状況を転送します。
欠勤が続いている方について、派遣元としてのフォローをお願いできますでしょうか。

-------- Forwarded Message --------
件名: 10月 派遣スタッフ勤怠状況（第一製造課）
差出人: 第一製造課 事務 <seizo1-jimu@hinode-sangyo.co.jp>
宛先: 堀内 剛 <horiuchi@hinode-sangyo.co.jp>

堀内課長

10月の派遣スタッフの勤怠をまとめました。

氏名            ライン     欠勤日数  主な理由
-------------   ---------  --------  --------------------------------------
宮坂 由香       組立A       4        腰椎椎間板ヘルニアで通院
ダ・シルバ ルーカス  組立A   1        私用
小竹 恵太       組立B       6        適応障害の診断で休職中（診断書提出済み）
森永 絢子       検査        2        子の看護
栗栖 大地       組立B       3        インフルエンザ

以上です。
""",
        expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
        note="forward (new text to the recipient) of five named temp workers with medical reasons for absence",
    ),
    dict(
        id="mfg-032",
        sender="水野 恵理 <e-mizuno@hinode-sangyo.co.jp>",
        to=["三河ばね製作所 遠山様 <toyama@mikawa-bane.co.jp>"],
        subject="取引基本契約書 第14条（秘密保持）の修正案について",
        charset="iso-2022-jp",
        body=f"""三河ばね製作所
遠山様

お世話になっております。日の出産業の水野です。
取引基本契約書の改定案について、御社からいただいたコメントを
弊社法務と確認しました。

第14条（秘密保持）については、以下の修正でいかがでしょうか。

　（現行）「乙は、本契約に関して知り得た甲の機密情報を第三者に開示してはならない。」
　（修正）「甲及び乙は、本契約に関して知り得た相手方の秘密情報を、相手方の事前の
　　　　　　書面による承諾なく第三者に開示してはならない。」

相互の義務とすることで、御社のご懸念（一方的な義務）は解消できるかと存じます。
また、秘密保持期間は契約終了後3年とさせていただきたく思います。

ご確認のほどよろしくお願いいたします。

{SIG_MIZUNO}
""",
        expect="pass", entities=[], detectors=[],
        note="discussion of a confidentiality clause: 機密 / 秘密 only mentioned, no marking",
    ),
    dict(
        id="mfg-033",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["Norwood Receiving <receiving@norwood-inst.com>"],
        cc=["Emily Carter <ecarter@norwood-inst.com>"],
        subject="Shipment notice - Invoice HS-EX-24-0412 / 12 units HC-900",
        charset="utf-8",
        body=f"""Dear Receiving Team,

Please be advised that the following shipment left our Kumagaya plant today.

Invoice No.:     HS-EX-24-0412
Your PO:         NW-PO-778215
Carrier:         FedEx International Priority
Tracking No.:    7724 1983 0056, 7724 1983 0067
HS code:         8537.10
Gross weight:    86.4 kg (2 cartons)

Serial numbers (HC-900 controller, firmware 3.2.1):
  HC9-2410-000381   HC9-2410-000382   HC9-2410-000383   HC9-2410-000384
  HC9-2410-000385   HC9-2410-000386   HC9-2410-000391   HC9-2410-000392
  HC9-2410-000393   HC9-2410-000394   HC9-2410-000395   HC9-2410-000396

Estimated delivery: November 14. The certificate of conformity is in carton 1/2.

{SIG_SUGAWARA}
""",
        expect="pass", entities=[], detectors=[],
        note="shipment notice with tracking, invoice and serial numbers; two addresses at one customer",
    ),
    dict(
        id="mfg-034",
        sender="久保田 誠 <kubota-m@hinode-sangyo.co.jp>",
        to=["川崎電機 品質管理課 榊原様 <sakakibara@kawasaki-denki.co.jp>"],
        subject="工程能力データのご提出（HS-7710 量産初期流動）",
        charset="cp932",
        body=f"""川崎電機株式会社　品質管理課
榊原様

お世話になっております。日の出産業 品質保証部の久保田です。
ご依頼いただいた HS-7710 の初期流動期間の工程能力データを添付します。

外径・全長とも Cpk 1.67 以上を確保しております。
硬度のみ Cpk 1.41 のため、熱処理条件の見直しを継続中です。

ご確認のほどよろしくお願いいたします。

久保田""",
        attachments=[{
            "kind": "xlsx", "name": "HS-7710_工程能力_初期流動.xlsx",
            "page_header": "社外秘",
            "sheets": {
                "サマリー": [
                    ["HS-7710 出力シャフト　工程能力評価（初期流動 2024/9/2〜10/31）"],
                    ["特性", "規格下限", "規格上限", "平均", "σ", "Cpk", "n"],
                    ["外径", 24.975, 24.990, 24.9822, 0.00121, 2.15, 250],
                    ["内径", 12.000, 12.018, 12.0071, 0.00162, 1.87, 250],
                    ["全長", 88.35, 88.45, 88.402, 0.0097, 1.65, 250],
                    ["硬度HRC", 56, 60, 58.1, 0.46, 1.41, 125],
                ],
                "生データ": [["ロット", "シリアル", "外径", "内径", "全長"],
                           ["24K0902-01", "HS2409020001", 24.981, 12.006, 88.40],
                           ["24K0902-01", "HS2409020002", 24.983, 12.008, 88.41],
                           ["24K0902-01", "HS2409020003", 24.982, 12.007, 88.39]],
            },
        }],
        expect="stop", entities=[], detectors=["confidential_marking"],
        note="社外秘 only as the print header of the attached XLSX; body is routine",
    ),
    dict(
        id="mfg-035",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["ツバサシステム 開発部 桑島様 <kuwajima@tsubasa-system.jp>"],
        subject="【社外秘】HC-1000 通信仕様書 v0.9 の送付",
        charset="iso-2022-jp",
        body=f"""株式会社ツバサシステム
開発部 桑島様

お世話になっております。日の出産業 生産技術課の真壁です。
HC-1000 のファームウェア開発に必要な通信仕様書 v0.9 を添付します。

前回版からの主な変更は以下です。
・EtherCAT の PDO マッピングを追加（4章）
・エラーコード体系を見直し（付録B）

ご質問は来週水曜の定例でまとめて伺えればと思います。

{SIG_MAKABE}
""",
        attachments=[{
            "kind": "docx", "name": "HC-1000_通信仕様書_v0.9.docx",
            "paragraphs": ["HC-1000 通信仕様書 v0.9", "1. 概要", "2. 物理層", "3. データリンク層",
                           "4. PDO マッピング", "付録B エラーコード一覧"],
        }],
        expect="stop", entities=[], detectors=["confidential_marking"],
        note="subject carries a 【社外秘】 classification of the attached spec sent to a partner",
    ),
    dict(
        id="mfg-036",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["ノースフィールド商事 技術営業 <tech-sales@northfield-shoji.co.jp>"],
        subject="Re: HC-900 内部構造図のご依頼について",
        charset="iso-2022-jp",
        body=f"""ノースフィールド商事株式会社
技術営業部 ご担当者様

お世話になっております。日の出産業 品質保証部の石黒です。

お問い合わせいただいた HC-900 の内部構造図・回路図につきましては、
弊社規程により社外秘扱いとなっており、お出しすることができません。
誠に申し訳ございません。

代わりに、据付に必要な外形寸法図（公開版）を添付いたしますので、
盤設計にはこちらをご利用ください。
より詳細な情報が必要な場合は、秘密保持契約の締結をご検討いただけますと幸いです。

{SIG_ISHIGURO}
""",
        attachments=[{
            "kind": "pdf", "name": "HC-900_外形寸法図_公開版.pdf",
            "lines": ["HC-900 外形寸法図", "W 180 × H 240 × D 95 (mm)",
                      "取付穴 4-M5", "質量 約 2.1 kg", "カタログ掲載図面（公開版）"],
        }],
        expect="pass", entities=[], detectors=[],
        note="body says drawings are 社外秘 and cannot be sent; the attached public drawing has no marking",
    ),
    dict(
        id="mfg-037",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["北辰化成 技術課 <gijutsu@hokushin-kasei.co.jp>"],
        subject="ギアケース用樹脂 要求仕様書の送付",
        charset="utf-8",
        body=f"""北辰化成株式会社
技術課 ご担当者様

お世話になっております。日の出産業 生産技術課の真壁です。
次期ギアケース（HS-5530）用樹脂の要求仕様書をお送りします。

耐熱・難燃の要求を満たすグレードのご提案と、
試作用ペレット（10kg）のご手配をお願いできますでしょうか。

{SIG_MAKABE}
""",
        attachments=[{
            "kind": "docx", "name": "HS-5530_樹脂要求仕様書.docx",
            "page_footer": "機密区分：Confidential – Hinode Sangyo Internal Only",
            "paragraphs": ["HS-5530 ギアケース用樹脂　要求仕様書",
                           "1. 適用範囲：次期ギアケース HS-5530",
                           "2. 要求特性：荷重たわみ温度 210℃以上（1.8MPa）、UL94 V-0（0.8mm）",
                           "3. 寸法安定性：吸水率 0.5% 以下",
                           "4. 量産開始予定：2026年4月"],
            "tables": [[["項目", "要求値", "試験方法"],
                        ["引張強さ", "150MPa以上", "ISO 527"],
                        ["曲げ弾性率", "8,000MPa以上", "ISO 178"],
                        ["シャルピー衝撃", "8kJ/m2以上", "ISO 179"]]],
        }],
        expect="stop", entities=[], detectors=["confidential_marking"],
        note="Confidential / Internal Only stamped in the footer of the attached DOCX spec",
    ),
    dict(
        id="mfg-038",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["川崎電機 設計課 <sekkei@kawasakidenki.co.jp>"],
        subject="承認図ご返却のお願い（BLM-60 取付台座）",
        charset="cp932",
        body=f"""川崎電機株式会社
設計課　御中

いつもお世話になっております。日の出産業 購買部の小田切です。
１０月２８日にご提出した BLM-60 取付台座の承認図（図番 HS-6012-03）について、
ご承認印を押印のうえ、ご返却いただけますでしょうか。

量産手配の都合上、１１月１５日までにいただけますと幸いです。

{SIG_ODAGIRI}
""",
        expect="stop", entities=[], detectors=["lookalike_domain"],
        note="partner kawasaki-denki.co.jp written without the hyphen (kawasakidenki.co.jp)",
    ),
    dict(
        id="mfg-039",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["熊谷工場 生産管理 田村 <tamura@hinode-sanngyo.co.jp>"],
        subject="年末年始 緊急連絡網（第一製造課 班長）",
        charset="iso-2022-jp",
        body="""田村さん

お疲れさまです。各務原の堀内です。
年末年始の設備トラブル時の連絡網、第一製造課の班長分です。
熊谷側と合わせて一枚にまとめてもらえますか。

　班長　　氏名　　　　　携帯
　A班　　五十嵐 忠　　090-3318-2047
　B班　　三枝 由紀夫　080-6674-1093
　C班　　乙部 美奈　　090-9025-6618
　D班　　小柳 義明　　070-2287-4410
　保全　　岩淵 昇　　　080-3346-7752
　電気　　三ツ木 徹　　090-1559-8301

よろしくお願いします。
堀内""",
        expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
        detectors=["lookalike_domain", "personal_data"],
        note="meant for a colleague but addressed to hinode-sanngyo.co.jp (look-alike of own domain), with six mobiles",
    ),
    dict(
        id="mfg-040",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["HR Thailand <hr@th.hinode-sangyo.co.jp>"],
        subject="Trainees from Japan (Jan 2025) - passport details for work permit",
        charset="utf-8",
        body="""Dear HR team,

Please find below the details of our engineers who will join the Chonburi
plant for on-the-job training from January 13, 2025 (3 months).
Please start the WP3 / work permit process.

Name (passport)        DOB          Passport No.  Expiry       Position
HORI KENTA             1997-04-18   TK5520817     2032-06-30   Welding engineer
OTOBE MINA             1989-08-02   TR0046629     2029-12-11   Line leader
NAKASONE SHO           2003-05-09   TZ7781403     2033-03-27   Operator
TACHIBANA MISAKI       1992-10-23   MZ2295180     2030-09-15   SPC analyst
SONOBE TAKUYA          1990-01-16   TK6613052     2031-02-08   Process engineer

Copies of the passports are on the shared drive (/OB/2025/trainees).

Best regards,
Ken""",
        expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=[],
        note="passport list sent only to an internal subdomain (th.hinode-sangyo.co.jp): must go",
    ),
]

# ---------------------------------------------------------------------------- 041-060

MESSAGES += [
    dict(
        id="mfg-041",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["小野寺 様 <onodera@reloc-partners.co.jp>",
            "やまびこ引越センター 国際部 <kokusai@yamabiko-hikkoshi.co.jp>",
            "松永 隆之 <t.matsunaga.1981@gmail.com>"],
        subject="松永さん バンコク赴任 引越しスケジュールの確認",
        charset="utf-8",
        body=f"""関係者各位

日の出産業 海外事業部の柏木です。
松永さんのバンコク赴任に伴う引越しについて、スケジュールを共有します。

　12/14（土）　訪問見積り（やまびこ引越センター様）
　12/21（土）　航空便・船便 梱包・搬出
　12/28（土）　不用品回収
　 1/ 6（月）　松永さん 渡航（ご家族は 1/20 渡航予定）
　 1/ 9（木）　船便 バンコク港 到着予定（通関はリロケーション・パートナーズ様）

訪問見積りの時間帯は、松永さんから直接やまびこ様へご連絡をお願いします。
変更がありましたら全員に返信でお知らせください。

{SIG_KASHIWAGI}
""",
        expect="stop", entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        note="three external parties (relocation agent, mover, an employee's private gmail) visible in To",
    ),
    dict(
        id="mfg-042",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["松永 千晶 様 <chiaki-m1218@yahoo.co.jp>"],
        subject="赴任前オリエンテーション（ご家族向け）のご案内",
        charset="iso-2022-jp",
        body=f"""松永 千晶 様

突然のご連絡失礼いたします。
日の出産業 海外事業部の柏木と申します。
ご主人様のバンコク赴任に際し、ご家族向けのオリエンテーションをご案内いたします。

　日時：12月7日（土）10:00〜12:00
　場所：日の出産業 本社 7階 セミナールーム（大崎駅 徒歩5分）
　内容：現地の生活・医療事情、日本人学校の手続き、安全対策
　講師：タイ法人 総務マネージャー（オンライン参加）

お子様連れでのご参加も可能です。
ご出欠を12月2日までにこちらのメールへご返信いただけますと幸いです。

{SIG_KASHIWAGI}
""",
        expect="pass", entities=[], detectors=["freemail_recipient"],
        note="invitation to one private (free-mail) recipient, no personal data",
    ),
    dict(
        id="mfg-043",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["東京トラベルクリニック 予約係 <yoyaku@tokyo-travel-clinic.jp>"],
        subject="赴任前予防接種のご相談（健診結果添付）",
        charset="cp932",
        body=f"""東京トラベルクリニック
予約係 御中

日の出産業株式会社 海外事業部の柏木と申します。
弊社社員の海外赴任（タイ）に際し、予防接種のスケジュールをご相談させてください。

　対象者　　：松永 隆之（１９８１年９月３日生、男性）
　渡航予定日：２０２５年１月６日
　希望ワクチン：Ａ型肝炎、Ｂ型肝炎、破傷風、狂犬病、日本脳炎

なお、先月の赴任前健康診断で以下の所見があり、
産業医からは「接種可、ただし主治医に確認のこと」との意見をもらっています。

　・高血圧症（降圧剤服用中）
　・γ－ＧＴＰ高値（要再検査）
　・卵アレルギーの既往あり

初回の接種日を１１月中にお取りいただけますでしょうか。

{SIG_KASHIWAGI}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="one named employee's health check findings and medication (要配慮) to an external clinic",
    ),
    dict(
        id="mfg-044",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["三和モールド 技術部 <gijutsu@sanwa-mold.co.jp>"],
        subject="金型設計用データ一式（HS-5530 ギアケース）",
        charset="utf-8",
        body=f"""株式会社三和モールド
技術部 ご担当者様

お世話になっております。日の出産業の真壁です。
HS-5530 ギアケースの金型設計用データ一式をお送りします。
zipにパスワードを設定しております。パスワードは追ってお知らせします。

内容：製品図（PDF）、3Dデータ（STEP）、抜き勾配の指示書

{SIG_MAKABE}
""",
        attachments=[{
            "kind": "zip", "name": "HS-5530_金型設計データ.zip", "password": "5530gc!mold",
            "files": [
                {"kind": "pdf", "name": "HS-5530_製品図.pdf", "lines": ["HS-5530 ギアケース 製品図", "材質 PA66-GF30"]},
                {"kind": "txt", "name": "HS-5530.step", "text": "ISO-10303-21;\nHEADER;\nFILE_NAME('HS-5530');\nENDSEC;\n"},
                {"kind": "txt", "name": "抜き勾配指示.txt", "text": "外側 1.0°以上、内側リブ 0.5°以上", "encoding": "cp932"},
            ],
        }],
        expect="stop", entities=[], detectors=["unscannable_attachment"],
        note="password-protected ZIP of drawings (PPAP): contents cannot be inspected",
    ),
    dict(
        id="mfg-045",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["三和モールド 技術部 <gijutsu@sanwa-mold.co.jp>"],
        subject="パスワードのお知らせ（HS-5530 金型設計データ）",
        charset="iso-2022-jp",
        body="""株式会社三和モールド
技術部 ご担当者様

先ほどお送りした「HS-5530_金型設計データ.zip」の解凍パスワードをお知らせします。

　パスワード：5530gc!mold

日の出産業 生産技術課　真壁""",
        expect="pass", entities=[], detectors=[],
        note="separate password notice, no attachment and no personal data",
    ),
    dict(
        id="mfg-046",
        sender="藤堂 浩之 <todo@hinode-sangyo.co.jp>",
        to=["日本品質認証機構 審査部 宇田川様 <udagawa@nihon-ninsho.or.jp>"],
        subject="IATF16949 サーベイランス審査 事前提出資料（力量表）",
        charset="utf-8",
        body=f"""一般財団法人日本品質認証機構
審査部 宇田川様

いつもお世話になっております。日の出産業 品質保証部の藤堂です。
1月のサーベイランス審査に先立ち、ご依頼の資料のうち
「特殊工程従事者の力量表」をCSVでお送りします。

残りの資料（内部監査報告書、マネジメントレビュー議事録）は
来週中にお送りいたします。

{SIG_TODO}
""",
        attachments=[{
            "kind": "csv", "name": "力量表_特殊工程_熊谷工場.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "生年月日", "入社日", "工程", "保有資格", "認定レベル"],
                ["H-06120", "五十嵐 忠", "1972/05/30", "1991/04/01", "溶接", "溶接管理技術者2級", "4"],
                ["H-08831", "三枝 由紀夫", "1980/02/14", "2009/04/01", "溶接", "JIS SN-2F/3F", "4"],
                ["H-09915", "乙部 美奈", "1989/08/02", "2017/10/01", "溶接", "JIS SN-2F", "3"],
                ["H-10482", "堀 健太", "1997/04/18", "2021/04/01", "溶接", "JIS SN-2F", "2"],
                ["H-07312", "小柳 義明", "1978/11/09", "2003/04/01", "熱処理", "熱処理技能士1級", "4"],
                ["H-09540", "岩淵 昇", "1985/03/21", "2015/06/01", "熱処理", "熱処理技能士2級", "3"],
                ["H-10275", "須磨 涼子", "1995/07/07", "2020/04/01", "熱処理", "-", "2"],
                ["H-05518", "穂積 勝", "1969/12/25", "1988/04/01", "めっき", "電気めっき技能士1級", "4"],
                ["H-08893", "鷲尾 佳代", "1983/09/12", "2009/10/01", "めっき", "電気めっき技能士2級", "3"],
                ["H-10744", "楠田 陸", "1999/01/28", "2022/04/01", "めっき", "-", "1"],
                ["H-07788", "三ツ木 徹", "1981/06/16", "2004/04/01", "非破壊検査", "UT レベル2", "3"],
                ["H-10033", "秋葉 里奈", "1996/10/04", "2019/04/01", "非破壊検査", "MT レベル1", "2"],
            ],
        }],
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
        note="skills matrix of 12 employees with dates of birth in a CP932 CSV to the certification body",
    ),
    dict(
        id="mfg-047",
        sender="岡部 慎也 <okabe@hinode-sangyo.co.jp>",
        to=["大和樹脂 営業部 <eigyo@yamato-jushi.co.jp>"],
        subject="Re: 2025年1月 単価改定のご提案について",
        charset="cp932",
        body=f"""大和樹脂株式会社
営業部　御中

お世話になっております。日の出産業の岡部です。
単価改定のご提案、社内で検討いたしました。
原材料高騰の事情は理解しておりますが、下記の単価でご承諾いただけないでしょうか。

品番　　　　品名　　　　　　　現行単価　　ご提案単価　　弊社回答
YJ-44120　 フロントカバー黒　　\\182.0　　　\\201.0　　　\\194.0
YJ-44121　 フロントカバー白　　\\185.5　　　\\205.0　　　\\197.5
YJ-51008　 ギアケース下　　　　\\412.0　　　\\455.0　　　\\438.0
YJ-51009　 ギアケース上　　　　\\398.0　　　\\440.0　　　\\423.0
YJ-60215　 端子カバー　　　　　 \\38.2　　　 \\42.0　　　 \\40.5

適用は２０２５年１月納入分からといたします。
ご検討のほどよろしくお願いいたします。

{SIG_OKABE}
""",
        expect="pass", entities=[], detectors=[],
        note="price list of part numbers in a reply",
    ),
    dict(
        id="mfg-048",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["東邦精密 受注センター <juchu@toho-seimitsu.co.jp>"],
        subject="注文書送付 PO-2411-00912",
        charset="iso-2022-jp",
        body=f"""東邦精密株式会社
受注センター 御中

いつもお世話になっております。日の出産業 購買部の小田切です。
注文書 PO-2411-00912 を添付いたします。
注文請書のご返送をお願いいたします。

{SIG_ODAGIRI}
""",
        attachments=[{
            "kind": "pdf", "name": "PO-2411-00912.pdf",
            "lines": ["注　文　書", "注文番号 PO-2411-00912　　発行日 2024年11月8日",
                      "東邦精密株式会社 御中",
                      "日の出産業株式会社 購買部　東京都品川区大崎4-8-15",
                      "登録番号 T" + corp_number("010401062277"),
                      "納入場所：熊谷工場 資材受入（埼玉県熊谷市三ヶ尻5120）", ""],
            "table": [["No", "品番", "品名", "数量", "単価", "金額", "納期"],
                      ["1", "HS-7710", "出力シャフト", "4,000", "312.00", "1,248,000", "2024/12/10"],
                      ["2", "HS-7711", "中間シャフト", "2,000", "268.50", "537,000", "2024/12/10"],
                      ["3", "HS-7720", "スペーサー", "8,000", "22.40", "179,200", "2024/12/17"]],
        }],
        expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
        note="purchase order PDF: part numbers, quantities and the company's own T-number",
    ),
    dict(
        id="mfg-049",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["Kanokwan Srisuk <kanokwan.s@siamprecision.co.th>"],
        subject="Request for invitation letter - audit team visit (Dec 9-12)",
        charset="utf-8",
        body=f"""Dear Khun Kanokwan,

Thank you for hosting our supplier audit next month. For the business visa
applications, could you kindly issue an invitation letter for the following
four members of our team?

  1. Taro YAMADA       born 12 Apr 1975   Passport TK2290471   QA General Manager
  2. Makoto KUBOTA     born 25 Feb 1984   Passport TK8120476   QA Engineer
  3. Aya MAKABE        born 30 Jul 1990   Passport TR6618230   Production Engineer
  4. Ryo ODAGIRI       born 17 Nov 1987   Passport MZ4407185   Purchasing

Visit dates: December 9-12, 2024. Purpose: annual supplier quality audit
(process audit of line 2 and line 5).

Thank you in advance.

{SIG_SUGAWARA}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="four employees' passport numbers and dates of birth (Taro YAMADA style) to a supplier abroad",
    ),
    dict(
        id="mfg-050",
        sender="樋口 修 <higuchi@hinode-sangyo.co.jp>",
        to=["川崎電機 購買部 <kobai@kawasaki-denki.co.jp>"],
        subject="納入遅延の可能性について（熊谷工場 プレス工程）",
        charset="iso-2022-jp",
        body=f"""川崎電機株式会社
購買部 御中

いつもお世話になっております。日の出産業 熊谷工場 安全衛生課の樋口です。

本日午後、弊社熊谷工場のプレス工程において、作業者1名（20代男性）が
左手指を負傷する労働災害が発生しました。病院での診断の結果、骨折とのことです。
現在、当該プレス機を停止し、原因調査と安全対策を実施しております。

このため、御社向け BLM-60 取付台座（HS-6012-03）の一部について、
納入が1〜2日遅れる可能性がございます。
確定次第、購買部 岡部よりご連絡いたします。

ご迷惑をおかけし申し訳ございません。

{SIG_HIGUCHI}
""",
        expect="either", entities=["SENSITIVE_CATEGORY"], detectors=[],
        note="injury and diagnosis of an unnamed worker (age band, line) to a customer: identifiability is debatable",
    ),
    dict(
        id="mfg-051",
        sender="樋口 修 <higuchi@hinode-sangyo.co.jp>",
        to=["川崎電機 横浜工場 安全環境課 <anzen-yokohama@kawasaki-denki.co.jp>"],
        subject="災害報告書の提出（御社横浜工場構内 据付工事）",
        charset="cp932",
        body=f"""川崎電機株式会社 横浜工場
安全環境課 御中

いつもお世話になっております。日の出産業 安全衛生課の樋口です。
１１月５日に御社横浜工場構内で発生した、弊社協力会社作業員の
負傷災害について、災害報告書を提出いたします。

ご迷惑をおかけしましたことを深くお詫び申し上げます。
再発防止策は報告書５項のとおり実施いたします。

{SIG_HIGUCHI}
""",
        attachments=[{
            "kind": "docx", "name": "災害報告書_横浜工場_20241105.docx",
            "paragraphs": ["災害報告書",
                           "1. 発生日時：2024年11月5日（火）10時40分頃",
                           "2. 発生場所：川崎電機株式会社 横浜工場 第5棟 2階 搬入口",
                           "3. 被災者（下表）",
                           "4. 災害状況：制御盤据付のため台車で搬入中、床の段差で台車が傾き、"
                           "支えようとした際に右足首をひねったもの。",
                           "5. 再発防止策：段差部へのスロープ設置依頼、2名以上での搬入の徹底。"],
            "tables": [[["項目", "内容"],
                        ["氏名", "鍋島 康平（なべしま こうへい）"],
                        ["年齢", "34歳"],
                        ["所属", "株式会社白土電設（日の出産業 協力会社）"],
                        ["経験年数", "12年"],
                        ["傷病名", "右足関節捻挫（横浜南病院 整形外科）"],
                        ["休業", "不休（全治2週間、軽作業に従事）"]]],
        }],
        expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
        note="incident report DOCX names the injured worker with his diagnosis (要配慮), sent to a partner",
    ),
    dict(
        id="mfg-052",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["川崎電機 技術サービス課 滝本様 <takimoto@kawasaki-denki.co.jp>",
            "錦印刷 制作部 笠原様 <kasahara@nishiki-insatsu.co.jp>"],
        subject="HC-900 OEM版 取扱説明書の表記確認（3社）",
        charset="utf-8",
        body=f"""川崎電機株式会社 滝本様
錦印刷株式会社 笠原様

お世話になっております。日の出産業 品質保証部の石黒です。

川崎電機様向け OEM 版取扱説明書について、表紙と裏表紙の社名表記を
川崎電機様仕様に差し替える件、以下で進めさせてください。

・表紙ロゴ：川崎電機様よりAIデータを錦印刷様へ直接ご支給
・裏表紙のお問い合わせ先：川崎電機様 サービスセンター（代表番号）
・製造元表記：「製造元　日の出産業株式会社」を裏表紙下部に残す

データ入稿は11/29、刷了は12/13を予定しています。
ご不明点はこのメールに全員返信でお願いします。

{SIG_ISHIGURO}
""",
        expect="pass", entities=[], detectors=["multiple_external_domains"],
        note="normal three-way mail with two partner organisations in To",
    ),
    dict(
        id="mfg-053",
        sender="水野 恵理 <e-mizuno@hinode-sangyo.co.jp>",
        to=["東邦精密 <juchu@toho-seimitsu.co.jp>",
            "丸栄金属 <eigyo@maruei-kinzoku.co.jp>",
            "大和樹脂 <eigyo@yamato-jushi.co.jp>",
            "三河ばね製作所 <info@mikawa-bane.co.jp>",
            "北辰化成 <eigyo@hokushin-kasei.co.jp>",
            "関東メッキ工業 <office@kanto-mekki.co.jp>"],
        subject="年末年始休業および受入日程のお知らせ",
        charset="cp932",
        body=f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 購買部でございます。

誠に勝手ながら、弊社の年末年始休業を下記のとおりとさせていただきます。

　休業期間：2024年12月28日（土）〜2025年1月5日（日）
　最終受入：12月27日（金）15:00まで
　受入開始：1月6日（月）8:30より

期間中の納入はお受けできませんので、納期の調整をお願いいたします。
今後ともよろしくお願い申し上げます。

{SIG_MIZUNO}
""",
        expect="stop", entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains"],
        note="holiday notice with six suppliers visible to each other in To instead of Bcc",
    ),
    dict(
        id="mfg-054",
        sender="水野 恵理 <e-mizuno@hinode-sangyo.co.jp>",
        to=["水野 恵理 <e-mizuno@hinode-sangyo.co.jp>"],
        bcc=["juchu@toho-seimitsu.co.jp", "eigyo@maruei-kinzoku.co.jp",
             "eigyo@yamato-jushi.co.jp", "info@mikawa-bane.co.jp",
             "eigyo@hokushin-kasei.co.jp", "office@kanto-mekki.co.jp"],
        subject="【お知らせ】棚卸に伴う受入停止（3月31日）",
        charset="iso-2022-jp",
        body=f"""お取引先各位
（本メールはBCCにて一斉送信しております）

いつもお世話になっております。日の出産業 購買部の水野です。

期末棚卸の実施に伴い、3月31日（月）終日、熊谷工場・各務原工場ともに
資材の受入を停止いたします。前後の日程での納入にご協力をお願いいたします。

{SIG_MIZUNO}
""",
        expect="pass", entities=[], detectors=[],
        note="the same kind of supplier notice done right: suppliers in Bcc, To is the sender",
    ),
    dict(
        id="mfg-055",
        sender="久保田 誠 <kubota-m@hinode-sangyo.co.jp>",
        to=["榊原 様 <sakakibara@kawasaki.denki.co.jp>"],
        subject="検査成績書の送付（HS-6012-03 ロット 24K1105-01）",
        charset="utf-8",
        body=f"""川崎電機株式会社 品質管理課
榊原様

お世話になっております。日の出産業の久保田です。
11/5出荷分の検査成績書をお送りします。
寸法・外観ともすべて合格です。

{SIG_KUBOTA}
""",
        attachments=[{
            "kind": "pdf", "name": "検査成績書_HS-6012-03_24K1105-01.pdf",
            "lines": ["検査成績書", "品番 HS-6012-03 取付台座　ロット 24K1105-01　数量 300",
                      "判定：合格"],
            "table": [["項目", "規格", "n=5 最小", "最大", "判定"],
                      ["全長", "150.0±0.2", "149.93", "150.08", "OK"],
                      ["穴ピッチ", "110.0±0.1", "109.96", "110.04", "OK"],
                      ["平面度", "0.1以下", "0.03", "0.06", "OK"]],
        }],
        expect="stop", entities=[], detectors=["lookalike_domain"],
        note="kawasaki-denki.co.jp written as kawasaki.denki.co.jp (dot for the hyphen)",
    ),
    dict(
        id="mfg-056",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["錦印刷 笠原様 <kasahara@nishiki-insatsu.jp>"],
        subject="銘板ラベル 版下データ入稿（HC-900／HC-900E）",
        charset="cp932",
        body=f"""錦印刷株式会社
笠原様

お世話になっております。日の出産業の石黒です。
銘板ラベルの版下データを入稿いたします。

・HC-900　　定格銘板（アルミ蒸着）　5,000枚
・HC-900E　 定格銘板（アルミ蒸着）　2,000枚
・共通　　　警告ラベル（黄）　　　　 7,000枚

色校正は不要、初回ロットのみ現物確認をお願いします。

{SIG_ISHIGURO}
""",
        attachments=[{"kind": "png", "name": "HC-900_銘板_版下.png"}],
        expect="stop", entities=[], detectors=["lookalike_domain"],
        note="partner nishiki-insatsu.co.jp addressed as nishiki-insatsu.jp (dropped co.)",
    ),
    dict(
        id="mfg-057",
        sender="岡部 慎也 <okabe@hinode-sangyo.co.jp>",
        to=["錦印刷 営業部 <eigyo@nisiki-insatsu.co.jp>"],
        subject="総合カタログ 2025年版 増刷のお見積り依頼",
        charset="iso-2022-jp",
        body=f"""錦印刷株式会社
営業部 御中

お世話になっております。日の出産業 購買部の岡部です。
総合カタログ2025年版について、増刷のお見積りをお願いいたします。

　仕様：A4 全56ページ　表紙4C/4C コート135kg　本文4C/4C マット90kg
　部数：3,000部／5,000部 の2パターン
　納期：2025年2月上旬

前回（見積No. NI-24-0833）と同条件でお願いします。

{SIG_OKABE}
""",
        expect="stop", entities=[], detectors=["lookalike_domain"],
        note="partner nishiki-insatsu.co.jp misspelt nisiki-insatsu.co.jp (h dropped)",
    ),
    dict(
        id="mfg-058",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["川崎電機 浜松工場 生技課 <seigi@factory.kawasaki-denki.co.jp>"],
        subject="BLM-60 取付治具の貸出について",
        charset="utf-8",
        body=f"""川崎電機株式会社 浜松工場
生産技術課 御中

お世話になっております。日の出産業 生産技術課の真壁です。

先日ご依頼のあった BLM-60 取付治具（治具番号 JG-0388）の貸出について、
11月18日着で発送いたします。返却は12月末までにお願いいたします。

　発送：青葉運輸 チャーター便（問合せ番号 AU-24111801）
　梱包：木箱1箱（約45kg）

{SIG_MAKABE}
""",
        expect="pass", entities=[], detectors=[],
        note="subdomain of the partner's real domain (factory.kawasaki-denki.co.jp), not a look-alike",
    ),
    dict(
        id="mfg-059",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["川崎電機 購買部 佐伯様 <saeki@kawasaki-denki.co.jp>"],
        subject="12月 納入スケジュールのご連絡",
        charset="iso-2022-jp",
        body=f"""川崎電機株式会社
購買部 佐伯様

お世話になっております。日の出産業の小田切です。
12月の納入スケジュールをお知らせします。

・12/3（火）　HS-6012-03 取付台座　300個　ロット 24L0201-01
・12/6（金）　HS-6012-03 取付台座　200個　ロット 24L0205-01
・12/10（火） HS-6015-01 補強板　　 800枚　ロット 24L0209-03
・12/17（火） HS-6012-03 取付台座　300個　ロット 24L0216-01
・12/24（火） HS-6015-01 補強板　　 800枚　ロット 24L0223-02

いずれも午前中着、青葉運輸便でお届けします。

{SIG_ODAGIRI}
""",
        expect="pass", entities=[], detectors=[],
        note="delivery schedule to the real partner domain: part and lot numbers only",
    ),
    dict(
        id="mfg-060",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["リロケーション・パートナーズ 教育サポート <school@reloc-partners.co.jp>"],
        subject="バンコク日本人学校・幼稚園 編入手続き用 情報シート",
        charset="cp932",
        body=f"""株式会社リロケーション・パートナーズ
教育サポート ご担当者様

お世話になっております。日の出産業 海外事業部の柏木です。
バンコク赴任者のお子様の編入手続きに必要な情報シートを添付します。
学校への提出をお願いいたします。

健康面の配慮事項も学校側に伝えていただきたく、シートに記載しています。

{SIG_KASHIWAGI}
""",
        attachments=[{
            "kind": "xlsx", "name": "編入情報シート_松永家.xlsx",
            "sheets": {
                "児童": [
                    ["編入情報シート（2025年1月編入希望）"],
                    ["氏名", "ふりがな", "生年月日", "編入学年", "健康上の配慮事項", "保護者"],
                    ["松永 颯太", "まつなが そうた", "H26.5.27", "小学5年", "気管支喘息（吸入薬使用、月1回通院）", "松永 隆之"],
                    ["松永 結衣", "まつなが ゆい", "H30.2.9", "幼稚園 年中", "なし", "松永 隆之"],
                ],
                "連絡先": [
                    ["続柄", "氏名", "連絡先"],
                    ["父", "松永 隆之", "タイ法人 +66-38-110-425"],
                    ["母", "松永 千晶", "080-4471-2956"],
                ],
            },
        }],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="child's asthma and medication (medical history, 要配慮) with name and birth date to a relocation agent",
    ),
]

# ---------------------------------------------------------------------------- 061-080

MESSAGES += [
    dict(
        id="mfg-061",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["税理士法人ササキ会計 国際税務部 <kokusai@sasaki-tax.jp>"],
        subject="海外赴任者の年末調整・出国時精算のご依頼（2名）",
        charset="utf-8",
        body=f"""税理士法人ササキ会計
国際税務部 ご担当者様

いつもお世話になっております。日の出産業 海外事業部の柏木です。
2025年1月に出国する赴任者2名について、出国時の年末調整と
納税管理人の届出をお願いしたく、必要情報をお送りします。

【1】松永 隆之
　個人番号：{spaced(my_number(6101))}
　住所　　：埼玉県さいたま市中央区鈴谷6-12-8 グランシア与野302
　出国予定：2025年1月6日（タイ）
　納税管理人：松永 和枝（実母）

【2】日比野 修平
　個人番号：{my_number(6102)}
　住所　　：東京都大田区南雪谷3-21-14
　出国予定：2025年1月20日（ベトナム）
　納税管理人：未定（御社にお願いしたい）

源泉徴収簿と扶養控除等申告書の写しは、共有フォルダに格納済みです。

{SIG_KASHIWAGI}
""",
        expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="two expatriates' My Numbers and home addresses to an outside tax firm",
    ),
    dict(
        id="mfg-062",
        sender="野々村 玲奈 <nonomura@hinode-sangyo.co.jp>",
        to=["そらトラベル 法人営業部 <corp-desk@sora-travel.co.jp>"],
        subject="RE: ハノイ出張 航空券手配（お支払いカード）",
        charset="iso-2022-jp",
        body=f"""そらトラベル 法人営業部
ご担当者様

お見積りありがとうございます。上記プランで確定をお願いします。

今回は部門予算の都合で、菅原の法人カード（個人決済型）でのお支払いとなります。

　カード名義：KEN SUGAWARA
　カード番号：{card_number(6201)}
　有効期限　：09/27

決済完了後、領収書を菅原宛にお送りください。

野々村

> 野々村様
> ハノイ出張の件、JAL便・ANA便の2プランでお見積りいたしました。
> ご確認のほどよろしくお願いいたします。
> そらトラベル 法人営業部 岩城
""",
        expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
        note="an employee's card number and expiry in new text to a travel agency",
    ),
    dict(
        id="mfg-063",
        sender="野々村 玲奈 <nonomura@hinode-sangyo.co.jp>",
        to=["そらトラベル 法人営業部 岩城様 <iwaki@sora-travel.co.jp>"],
        subject="予約変更のお願い（予約番号 6XK2QP）",
        charset="cp932",
        body=f"""そらトラベル株式会社
岩城様

いつもお世話になっております。日の出産業の野々村です。

予約番号 6XK2QP（ハノイ出張）のうち、久保田の復路のみ
１日前倒しの 12/5（木）ハノイ発 深夜便に変更をお願いできますでしょうか。

　航空券番号：131-2456789012
　変更前：12/6 VN310 → 変更後：12/5 VN310

変更手数料が発生する場合は、先にご連絡ください。

{SIG_NONOMURA}
""",
        expect="pass", entities=[], detectors=[],
        note="booking change with reservation and e-ticket numbers, a traveller named by surname only",
    ),
    dict(
        id="mfg-064",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["Norwood Site Security <site-security@norwood-inst.com>"],
        subject="Visitor pre-registration - Hinode Sangyo team, Dec 2-4",
        charset="utf-8",
        body=f"""Hello,

Emily Carter asked us to pre-register our team for the line 4 commissioning
at your Columbus plant. The completed visitor form is attached (PDF).

Please let me know if anything else is needed for the security clearance.

{SIG_SUGAWARA}
""",
        attachments=[{
            "kind": "pdf", "name": "Visitor_Registration_Hinode_Dec2024.pdf",
            "lines": ["Norwood Instruments - Visitor Pre-Registration Form",
                      "Host: Emily Carter (Engineering)   Visit: Dec 2-4, 2024",
                      "Company: Hinode Sangyo Co., Ltd. (Japan)", ""],
            "table": [["Surname", "Given name", "Date of birth", "Citizenship", "Passport No.", "Role"],
                      ["SUGAWARA", "Ken", "1977-06-11", "Japan", "TR3358021", "Project lead"],
                      ["MAKABE", "Aya", "1990-07-30", "Japan", "TR6618230", "Controls engineer"],
                      ["HORIUCHI", "Tsuyoshi", "1972-10-03", "Japan", "MZ0937715", "Production"],
                      ["REYES", "Mark Anthony", "1992-08-14", "Philippines", "P7745120B", "Field engineer"],
                      ["NGUYEN", "Thanh Long", "2001-03-17", "Viet Nam", "C9036154", "Trainee"]],
        }],
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="PDF table of five visitors with passport numbers and dates of birth to a customer's security desk",
    ),
    dict(
        id="mfg-065",
        sender="野々村 玲奈 <nonomura@hinode-sangyo.co.jp>",
        to=["熊谷工場 工場総務 宮路 <miyaji@hinode-sangyo.co.jp>"],
        cc=["久保田 誠 <kubota-m@hinode-sangyo.co.jp>"],
        subject="Fw: 来訪者情報（Siam Precision / Dong Nam）11/19-21",
        charset="iso-2022-jp",
        body="""宮路さん

お疲れさまです。海外事業部 野々村です。
先方から届いた来訪者情報を転送します。警備会社への連絡をお願いします。

---------- Forwarded message ---------
From: Kanokwan Srisuk <kanokwan.s@siamprecision.co.th>
Subject: Visitor information

Dear Ms. Nonomura,
Here are the details of our visitors.

1) Somchai WONGSAKUL / Thai / DOB 14 Mar 1979 / Passport AA2917735
2) Kanokwan SRISUK / Thai / DOB 02 Nov 1988 / Passport AB0648213
3) NGUYEN Van Hung / Vietnamese / DOB 21 Jul 1985 / Passport C4829103
4) TRAN Thi Mai / Vietnamese / DOB 30 Jan 1991 / Passport C6115472
5) Jonas BRANDT / German / DOB 08 Sep 1976 / Passport C5RT1X7K9

Best regards,
Kanokwan""",
        expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=[],
        note="visitor passport list forwarded only to internal colleagues",
    ),
    dict(
        id="mfg-066",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["青葉運輸 熊谷営業所 <kumagaya@aoba-unyu.co.jp>"],
        subject="RE: 12月 構内便ドライバー変更のお知らせ",
        charset="utf-8",
        body=f"""青葉運輸株式会社 熊谷営業所
ご担当者様

ご連絡ありがとうございます。
12月からの担当ドライバー変更の件、承知しました。
構内通行証は新しい方の分を工場総務で発行し、初回便の際にお渡しします。

引き続きよろしくお願いいたします。

{SIG_ODAGIRI}

-----Original Message-----
From: 青葉運輸 熊谷営業所 <kumagaya@aoba-unyu.co.jp>
Sent: Tuesday, November 12, 2024 4:05 PM
To: 小田切 亮 <odagiri@hinode-sangyo.co.jp>
Subject: 12月 構内便ドライバー変更のお知らせ

日の出産業株式会社 小田切様

いつもお世話になっております。青葉運輸 熊谷営業所です。
12月より構内便の担当ドライバーが下記のとおりとなります。

  便    ドライバー     携帯電話        車番
  1便   坂東 秀樹      090-6120-3348   熊谷 100 あ 11-25
  2便   真田 ひとみ    080-2294-7701   熊谷 100 あ 11-26
  3便   武藤 勇気      070-1853-9026   熊谷 100 あ 11-31
  4便   千葉 幸一      090-4762-5580   熊谷 100 あ 11-40
  5便   栗原 健二      080-9931-0467   熊谷 100 あ 11-42
  予備  金城 大翔      090-7205-3314   -

よろしくお願いいたします。
""",
        expect="pass", entities=[], detectors=[],
        note="driver list only in the quoted original (under -----Original Message-----) from the recipient itself",
    ),
    dict(
        id="mfg-067",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["ひばり寮管理 熊谷事務所 <kumagaya@hibari-ryo.co.jp>"],
        subject="4月入寮予定者のご連絡",
        charset="cp932",
        body=f"""ひばり寮管理株式会社
熊谷事務所 御中

いつもお世話になっております。日の出産業 熊谷工場総務の宮路です。
来年４月入社の新入社員のうち、入寮予定者の情報をお送りします。
お部屋割りと寝具のご準備をお願いいたします。
（氏名は内定者の同意取得後、３月に改めてお知らせします）

社員番号　性別　生年月日　　　緊急連絡先（保護者）　実家住所
H-25001　 男　　2006/06/03　　0266-52-1184　　　　　長野県諏訪市湖岸通り4-2-17
H-25004　 男　　2002/11/19　　090-4407-6219　　　　　新潟県長岡市千秋2-188-5
H-25007　 女　　2006/02/27　　0278-22-9073　　　　　群馬県沼田市上原町1720-3
H-25011　 男　　2003/08/08　　080-6215-0348　　　　　福島県郡山市富田町字下亀田30-6
H-25013　 男　　2006/04/15　　0241-22-5520　　　　　福島県喜多方市関柴町上高額652
H-25018　 女　　2002/12/30　　070-3391-8854　　　　　山形県米沢市城南5-3-41

入寮日は３月３０日（日）を予定しています。

{SIG_MIYAJI}
""",
        expect="stop", entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        detectors=["personal_data"],
        note="six new hires' birth dates, family phones and home addresses without a name column, to a dorm company",
    ),
    dict(
        id="mfg-068",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["関東家電サービス 修理受付 <shuri@kanto-kaden-service.co.jp>"],
        subject="【自主回収】HF-200 電気ファンヒーター 訪問修理依頼（第3回）",
        charset="iso-2022-jp",
        html="""<html><body>
<p>関東家電サービス株式会社<br>修理受付 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 品質保証部の石黒です。<br>
HF-200 の自主回収（無償修理）について、今週お申込みのあったお客様の訪問修理をお願いします。<br>
お客様には「関東家電サービスから日程調整のお電話がある」旨をお伝え済みです。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr bgcolor="#dddddd"><td>受付No</td><td>お客様名</td><td>ご住所</td><td>電話番号</td><td>製造番号</td></tr>
<tr><td>R-0341</td><td>秋元 孝雄 様</td><td>東京都練馬区関町北2-31-9</td><td>03-3929-4418</td><td>HF2-2109-04417</td></tr>
<tr><td>R-0342</td><td>瀬川 とし子 様</td><td>埼玉県所沢市小手指町3-14-22</td><td>04-2948-7360</td><td>HF2-2110-01125</td></tr>
<tr><td>R-0345</td><td>能登 昌平 様</td><td>千葉県松戸市常盤平5-8-1-402</td><td>090-8832-1045</td><td>HF2-2109-03882</td></tr>
<tr><td>R-0346</td><td>ヴォーン 恵美 様</td><td>神奈川県相模原市南区相模大野7-2-15</td><td>080-4120-6637</td><td>HF2-2111-00247</td></tr>
<tr><td>R-0348</td><td>冨樫 浩一 様</td><td>東京都八王子市めじろ台1-44-3</td><td>042-665-2091</td><td>HF2-2110-02760</td></tr>
<tr><td>R-0350</td><td>薬師寺 みどり 様</td><td>茨城県つくば市竹園2-9-7</td><td>029-851-3372</td><td>HF2-2109-04980</td></tr>
</table>
<p>作業報告は従来どおり週次でお願いいたします。</p>
<p>日の出産業株式会社 品質保証部 顧客品質課<br>石黒 由佳　TEL 048-533-7143</p>
</body></html>""",
        expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="HTML-only table of six consumers (name, address, phone) to a repair contractor",
    ),
    dict(
        id="mfg-069",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["ライフ家電流通 商品部 <shohin@life-kaden.co.jp>"],
        subject="HF-200 自主回収 対象製造番号の追加について",
        charset="utf-8",
        body=f"""ライフ家電流通株式会社
商品部 御中

いつも大変お世話になっております。日の出産業 品質保証部の石黒です。

HF-200 電気ファンヒーターの自主回収について、調査の結果、
対象となる製造番号の範囲を下記のとおり追加いたします。
店頭在庫の確認と販売停止をお願いいたします。

【対象製造番号】
  既報：HF2-2109-00001 〜 HF2-2109-05200
  追加：HF2-2110-00001 〜 HF2-2110-03150
  追加：HF2-2111-00001 〜 HF2-2111-00880

【JANコード】4 580123 456786（ホワイト）／4 580123 456793（ブラック）

【お問い合わせ窓口（お客様用）】
  日の出産業 HF-200 回収受付センター
  フリーダイヤル 0120-552-018（9:00〜18:00 土日祝も受付）

ご迷惑をおかけし、誠に申し訳ございません。

{SIG_ISHIGURO}
""",
        expect="pass", entities=[], detectors=[],
        note="recall notice to a retailer: serial ranges, JAN codes and a company freephone",
    ),
    dict(
        id="mfg-070",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["丸高工業 安全担当 <anzen@marutaka-kogyo.co.jp>"],
        subject="新規入場者教育 受講記録の返送",
        charset="cp932",
        body=f"""丸高工業株式会社
安全担当 ご担当者様

お世話になっております。日の出産業 各務原工場の堀内です。
本日実施した新規入場者教育の受講記録（入場者アンケート含む）を返送します。
御社の安全書類と照合のうえ、保管をお願いします。

高血圧の方がお一人いらっしゃるため、高所作業の配置にはご配慮ください。

{SIG_HORIUCHI}
""",
        attachments=[{
            "kind": "xls", "name": "新規入場者記録_各務原_1118.xls",
            "sheets": {
                "入場者": [
                    ["新規入場者教育 受講記録（日の出産業 各務原工場）", "", "", "", "", "", ""],
                    ["氏名", "生年月日", "血液型", "最近の健康診断", "血圧", "既往歴・持病", "緊急連絡先"],
                    ["丸高 誠司", "S49.7.12", "A", "2024/06", "128/82", "なし", "090-2418-6637"],
                    ["久米田 浩", "S58.3.30", "O", "2024/05", "162/101", "高血圧（服薬中）", "080-6920-1174"],
                    ["日向 竜也", "H2.10.5", "B", "2024/07", "118/76", "なし", "090-7731-0285"],
                    ["サントス ジョエル", "1993/01/18", "O", "2024/04", "124/80", "なし", "070-3385-9042"],
                    ["白土 健吾", "S62.12.24", "AB", "2024/06", "134/88", "腰痛（椎間板ヘルニア既往）", "080-1147-5530"],
                    ["宇佐美 聡", "H8.6.1", "A", "2024/08", "121/79", "なし", "090-5508-2463"],
                    ["西銘 一成", "S45.9.9", "B", "2024/03", "141/92", "糖尿病（通院中）", "090-3026-1187"],
                ],
            },
        }],
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="legacy XLS: seven contractor workers' birth dates, blood pressure and medical history to their employer",
    ),
    dict(
        id="mfg-071",
        sender="岡部 慎也 <okabe@hinode-sangyo.co.jp>",
        to=["東邦精密 佐久間様 <sakuma@toho-seimitsu.co.jp>"],
        subject="Re: HS-3308-112 お見積りの件",
        charset="iso-2022-jp",
        body=f"""佐久間様

お世話になっております。岡部です。
お見積り（No. TS-Q-24-1188）ありがとうございました。
単価 @148円、型費 380,000円 にて社内稟議を進めます。

1点確認させてください。
曲げ部のR指示について、R1.5 ではなく R2.0 に変更した場合、
単価への影響はございますでしょうか。

よろしくお願いいたします。

{SIG_OKABE}

{DISCLAIMER_JA}
""",
        expect="pass", entities=[], detectors=[],
        note="routine supplier reply ending with the standard Japanese 機密情報 disclaimer",
    ),
    dict(
        id="mfg-072",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["Pham Quoc Bao <bao.pq@dongnam-mech.com.vn>"],
        subject="BOM for HC-1000 sub-assembly quotation",
        charset="utf-8",
        body=f"""Dear Mr. Bao,

Thank you for your interest in quoting the HC-1000 heat-sink sub-assembly.
Attached is the bill of materials with the target quantities.

Please send us your quotation by December 20, including tooling costs and
the lead time for the first 500 sets.

{SIG_SUGAWARA}
""",
        attachments=[{
            "kind": "xlsx", "name": "HC-1000_HeatSink_BOM.xlsx",
            "page_header": "STRICTLY CONFIDENTIAL",
            "title": "HC-1000 Heat-sink BOM",
            "sheets": {
                "BOM": [
                    ["Level", "Part No.", "Description", "Material", "Qty/set", "Annual qty"],
                    [0, "HC1-HS-000", "Heat-sink sub-assembly", "-", 1, 12000],
                    [1, "HC1-HS-010", "Fin base", "A6063-T5", 1, 12000],
                    [1, "HC1-HS-020", "Thermal pad 40x40", "Silicone", 2, 24000],
                    [1, "HC1-HS-030", "Screw M3x8", "SUS304", 4, 48000],
                    [1, "HC1-HS-040", "Fan bracket", "SPCC t1.0", 1, 12000],
                ],
            },
        }],
        expect="stop", entities=[], detectors=["confidential_marking"],
        note="STRICTLY CONFIDENTIAL as the print header of the attached BOM sent abroad",
    ),
    dict(
        id="mfg-073",
        sender="樋口 修 <higuchi@hinode-sangyo.co.jp>",
        to=["あおい損害保険 企業営業部 <kigyo@aoi-sonpo.co.jp>"],
        subject="事業継続（BCP）調査票：主要協力工場一覧",
        charset="iso-2022-jp",
        body=f"""あおい損害保険株式会社
企業営業部 御中

お世話になっております。日の出産業の樋口です。
利益保険の見直しに伴うBCP調査票について、
「主要協力工場」の欄を以下のとおり回答いたします。

協力工場名              所在地                      代表電話        従業員数  供給品目
----------------------  --------------------------  --------------  --------  ----------------
東邦精密株式会社        埼玉県行田市持田2-11-5      048-553-2210    85名      切削シャフト
丸栄金属株式会社        埼玉県川口市領家5-2-11      048-222-6184    140名     板金・プレス
大和樹脂株式会社        群馬県太田市新田町1504      0276-57-3301    62名      樹脂成形
有限会社三河ばね製作所  埼玉県深谷市上柴町西4-7-2  048-571-0925    18名      ばね
北辰化成株式会社        埼玉県本庄市児玉町八幡山340 0495-72-1180    210名     樹脂材料
関東メッキ工業株式会社  埼玉県熊谷市久保島1877      048-533-4412    47名      めっき
株式会社大塚治具製作所  岐阜県各務原市須衛町4-120   058-370-2254    23名      治具

代替調達先の有無は別紙（調査票 3-2）にて回答します。

{SIG_HIGUCHI}
""",
        expect="pass", entities=[], detectors=[],
        note="space-padded list of supplier companies (switchboards, office addresses): businesses, not people",
    ),
    dict(
        id="mfg-074",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["はやてロジ 新規開拓チーム 岸本様 <kishimoto@hayate-logi.co.jp>"],
        subject="集荷先 担当者連絡先一覧（引取便 試行分）",
        charset="cp932",
        body=f"""株式会社はやてロジ
岸本様

お世話になっております。日の出産業の小田切です。
来月からの引取便試行にあたり、各仕入先の出荷担当者の連絡先をまとめました。
集荷時の直接連絡用にお使いください。

仕入先,出荷担当,携帯,メール
東邦精密,佐久間 陽介,090-5521-8807,sakuma@toho-seimitsu.co.jp
丸栄金属,宮坂 智子,080-3374-2216,miyasaka@maruei-kinzoku.co.jp
大和樹脂,羽柴 一郎,090-1189-4052,hashiba@yamato-jushi.co.jp
三河ばね,遠山 勝也,070-5542-9930,toyama@mikawa-bane.co.jp
北辰化成,守屋 彩花,090-4415-3307,moriya@hokushin-kasei.co.jp
関東メッキ,髙野 修司,080-7725-1148,takano@kanto-mekki.co.jp
大塚治具,大塚 隆,090-8804-6671,t-otsuka@ohtsuka-jig.co.jp

{SIG_ODAGIRI}
""",
        expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        detectors=["personal_data"],
        note="seven named individuals with personal mobiles and e-mails (comma-separated) to a new logistics firm",
    ),
    dict(
        id="mfg-075",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["川崎電機 浜松工場 生技課 <seigi@factory.kawasaki-denki.co.jp>"],
        subject="治具立会い 当日の担当者について",
        charset="utf-8",
        body=f"""川崎電機株式会社 浜松工場
生産技術課 御中

お世話になっております。日の出産業の真壁です。
11/21 の治具立会いですが、私が別件で伺えなくなりました。
代わりに弊社生産技術課のグエン・ヴァン・ナム（携帯 070-2281-5947）が
伺いますので、当日の連絡は本人の携帯へお願いいたします。

日本語での打合せに問題はございません。

{SIG_MAKABE}
""",
        expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
        note="one colleague (katakana name) with a mobile number as the day's contact",
    ),
    dict(
        id="mfg-076",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["東海協同組合 監理部 <kanri@tokai-kyodo.or.jp>"],
        subject="技能実習生 在留期間更新の書類準備について",
        charset="iso-2022-jp",
        body=f"""東海協同組合
監理部 ご担当者様

いつもお世話になっております。日の出産業 各務原工場の堀内です。
来年2月に在留期限を迎える技能実習生の在留期間更新について、
対象者を下記にまとめました。申請書類の準備をお願いします。

カタカナ氏名                  国籍        生年月日     在留カード番号    在留期限
---------------------------   ----------  -----------  ----------------  ----------
グエン・ティ・ラン             ベトナム    2001.04.12   AB38205517EF      2025.02.14
チャン・ヴァン・トゥアン       ベトナム    2000.09.27   AB38205602EF      2025.02.14
レ・ティ・ハー                 ベトナム    2002.01.03   AB38205789EF      2025.02.14
ブイ・ドゥック・タイン         ベトナム    1999.11.30   AB38205824EF      2025.02.14
ホアン・ミン・クアン           ベトナム    2001.07.08   AB38205911EF      2025.02.28
ダン・ティ・トゥイ             ベトナム    2000.05.19   AB38206057EF      2025.02.28

実習日誌と賃金台帳の写しは、次回巡回時にお渡しします。

{SIG_HORIUCHI}
""",
        expect="stop",
        entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        detectors=["personal_data"],
        note="six technical interns (katakana names) with residence card numbers to the supervising organisation",
    ),
    dict(
        id="mfg-077",
        sender="樋口 修 <higuchi@hinode-sangyo.co.jp>",
        to=["熊谷産業保健クリニック 村瀬先生 <murase@kumagaya-sanpo.jp>"],
        subject="有機溶剤特殊健診 有所見者の就業判定のお願い",
        charset="utf-8",
        body=f"""熊谷産業保健クリニック
村瀬先生

いつもお世話になっております。日の出産業 熊谷工場 衛生管理者の樋口です。
10月実施の有機溶剤等健康診断の結果、有所見となった塗装係の従業員について、
就業上の措置に関するご意見をいただきたくご連絡しました。

No. 氏名          生年月日      所見                              尿中代謝物
1   江波戸 勇     1968/02/11    AST/ALT 高値（肝機能障害 要精査）     馬尿酸 0.8 g/L
2   上平 沙織     1990/06/24    貧血（Hb 10.2）                    馬尿酸 0.3 g/L
3   城之内 隆     1975/12/03    頭痛・めまいの自覚症状               メチル馬尿酸 1.1 g/L
4   武居 光       1998/03/15    皮膚炎（手指）                      馬尿酸 0.2 g/L
5   千々岩 哲也   1982/09/30    AST/ALT 高値、γ-GTP 高値             メチル馬尿酸 0.9 g/L
6   波多野 由里   1986/01/07    異常なし（再検査で正常化）            馬尿酸 0.1 g/L

ご意見は様式（就業判定書）に記入のうえ、ご返送いただけますと幸いです。

{SIG_HIGUCHI}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="six workers' health examination findings (要配慮) with birth dates to an outside clinic",
    ),
    dict(
        id="mfg-078",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["丸栄金属 品質課 <hinshitsu@maruei-kinzoku.co.jp>"],
        subject="ミルシートのご提出依頼（SPCC 10月入荷分）",
        charset="iso-2022-jp",
        body=f"""丸栄金属株式会社
品質課 御中

お世話になっております。日の出産業の小田切です。
10月入荷分の材料について、ミルシートのご提出をお願いいたします。

　・SPCC t2.3 × 1219 × 2438　チャージNo. 4K21873　10/04入荷
　・SPCC t2.0 × 1219 × 2438　チャージNo. 4K22015　10/11入荷
　・SECC t1.6 × 1000 × 2000　チャージNo. 4J90562　10/18入荷
　・SUS304 2B t1.5 × 1219 × 2438　チャージNo. 24S-55102　10/25入荷

顧客監査（12月）で確認される予定ですので、11/22までにお願いします。

{SIG_ODAGIRI}
""",
        expect="pass", entities=[], detectors=[],
        note="mill certificate request with charge/heat numbers only",
    ),
    dict(
        id="mfg-079",
        sender="久保田 誠 <kubota-m@hinode-sangyo.co.jp>",
        to=["川崎電機 受入検査係 <ukeire@kawasaki-denki.co.jp>"],
        subject="検査成績書（HS-7710 ロット 24K1102-01）",
        charset="cp932",
        body=f"""川崎電機株式会社
受入検査係 御中

お世話になっております。日の出産業 品質保証部の久保田です。
本日出荷分の検査成績書を添付いたします。

ご確認のほどよろしくお願いいたします。

{SIG_KUBOTA}
""",
        attachments=[{"kind": "corrupt", "name": "検査成績書_24K1102-01.xlsx"}],
        expect="stop", entities=[], detectors=["unscannable_attachment"],
        note="the attached inspection record XLSX is corrupt and cannot be read",
    ),
    dict(
        id="mfg-080",
        sender="真壁 彩 <makabe@hinode-sangyo.co.jp>",
        to=["大塚治具製作所 大塚様 <t-otsuka@ohtsuka-jig.co.jp>"],
        subject="位置決めピン 追加工図面",
        charset="utf-8",
        body=f"""大塚様

お世話になっております。真壁です。
JG-0412 の位置決めピンについて、先端の追加工をお願いしたく
図面をお送りします（PDF、パスワードなし）。

数量は予備を含めて6本です。
納期は11月末でお願いできれば助かります。

{SIG_MAKABE}
""",
        attachments=[{
            "kind": "pdf", "name": "JG-0412-03_位置決めピン_追加工.pdf",
            "lines": ["図番 JG-0412-03A　位置決めピン（追加工）", "材質 SKS3　焼入れ HRC58-62",
                      "先端 C0.5 → R1.0 に変更", "数量 6",
                      "作図 真壁　検図 堀内　承認 藤堂　2024/11/12"],
        }],
        expect="pass", entities=[], detectors=[],
        note="plain drawing PDF without any marking; names in the title block carry no personal data",
    ),
]

# ---------------------------------------------------------------------------- 081-100

MESSAGES += [
    dict(
        id="mfg-081",
        sender="藤堂 浩之 <todo@hinode-sangyo.co.jp>",
        to=["関東メッキ工業 品質管理課 <qc@kanto-mekki.co.jp>"],
        subject="工程監査 結果報告書の送付（10/30 実施分）",
        charset="iso-2022-jp",
        body=f"""関東メッキ工業株式会社
品質管理課 御中

いつもお世話になっております。日の出産業 品質保証部の藤堂です。
先日は工程監査にご協力いただき、ありがとうございました。
監査結果報告書をお送りします。

指摘事項3件について、12月6日までに是正処置計画をご提出ください。

{SIG_TODO}
""",
        attachments=[{
            "kind": "pdf", "name": "工程監査報告書_関東メッキ工業_20241030.pdf",
            "page_footer": "取扱注意　日の出産業株式会社 品質保証部",
            "lines": ["工程監査 結果報告書", "監査日：2024年10月30日　対象：亜鉛めっきライン（第2ライン）",
                      "監査員：藤堂（主任）、石黒", "総合評価：B（条件付き合格）", "",
                      "指摘事項"],
            "table": [["No", "区分", "内容", "要求"],
                      ["1", "重", "めっき液濃度の記録に欠測（10/14〜10/16）", "是正処置"],
                      ["2", "軽", "治具の識別表示の剥がれ", "是正処置"],
                      ["3", "軽", "測定器 MK-07 校正期限切れ", "是正処置"]],
        }],
        expect="stop", entities=[], detectors=["confidential_marking"],
        note="取扱注意 stamped in the footer of the attached audit report PDF",
    ),
    dict(
        id="mfg-082",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["経営企画部 <keiki@hinode-sangyo.co.jp>"],
        cc=["海外事業部 部長 <ob-bucho@hinode-sangyo.co.jp>"],
        subject="北米事業計画 取締役会資料（ドラフト）",
        charset="utf-8",
        body="""経営企画部 ご担当者様

海外事業部の菅原です。
12月取締役会の北米事業計画の資料ドラフトをお送りします。
Norwood社との合弁検討の部分は、まだ先方に開示していない情報を含みます。
取扱いにご注意ください。

菅原""",
        attachments=[{
            "kind": "pptx", "name": "北米事業計画_取締役会_draft.pptx",
            "page_footer": "CONFIDENTIAL / 社外秘",
            "slides": [["北米事業計画 2025-2027", "海外事業部", "2024年12月 取締役会"],
                       ["Norwood社との合弁検討", "出資比率 51:49 案", "工場候補地：オハイオ州"],
                       ["投資計画", "設備投資 18億円（3年間）"]],
        }],
        expect="pass", entities=[], detectors=[],
        note="CONFIDENTIAL / 社外秘 deck sent only to internal addresses",
    ),
    dict(
        id="mfg-083",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["川崎電機 横浜工場 総務課 入門証担当 <nyumon@kawasaki-denki.co.jp>"],
        subject="長期入構証 発行申請（制御盤据付工事 12月〜3月）",
        charset="cp932",
        body=f"""川崎電機株式会社 横浜工場
総務課 入門証ご担当者様

いつもお世話になっております。日の出産業 熊谷工場 総務の宮路です。
１２月から３月までの据付工事に従事する弊社および協力会社の作業者について、
長期入構証の発行を申請いたします。

申請書（ＣＳＶ）と顔写真データをzipにまとめて添付しました。
ご確認をお願いいたします。

{SIG_MIYAJI}
""",
        attachments=[{
            "kind": "zip", "name": "入構証申請_日の出産業_12月.zip",
            "files": [
                {"kind": "csv", "name": "入構証申請書.csv", "encoding": "cp932",
                 "rows": [["申請No", "氏名", "フリガナ", "生年月日", "所属", "血液型", "写真ファイル"],
                          ["1", "堀内 剛", "ホリウチ ツヨシ", "1972/10/03", "日の出産業", "A", "01.png"],
                          ["2", "真壁 彩", "マカベ アヤ", "1990/07/30", "日の出産業", "O", "02.png"],
                          ["3", "五十嵐 忠", "イガラシ タダシ", "1972/05/30", "日の出産業", "B", "03.png"],
                          ["4", "鍋島 康平", "ナベシマ コウヘイ", "1990/04/11", "白土電設", "A", "04.png"],
                          ["5", "白土 健吾", "シラト ケンゴ", "1987/12/24", "白土電設", "AB", "05.png"],
                          ["6", "宇佐美 聡", "ウサミ サトシ", "1996/06/01", "白土電設", "A", "06.png"],
                          ["7", "グエン・ヴァン・ナム", "グエン ヴァン ナム", "1994/02/20", "日の出産業", "O", "07.png"]]},
                {"kind": "png", "name": "01.png"},
                {"kind": "png", "name": "02.png"},
            ],
        }],
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
        note="plain ZIP holding a CSV of seven workers with dates of birth for entry badges at a partner",
    ),
    dict(
        id="mfg-084",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["川崎電機 浜松工場 総務 <soumu-hamamatsu@kawasaki-denki.co.jp>"],
        subject="11/21 治具立会い 入構者のご連絡",
        charset="iso-2022-jp",
        body=f"""川崎電機株式会社 浜松工場
総務ご担当者様

お世話になっております。日の出産業 各務原工場の堀内です。
11/21（木）の治具立会いに伺う者は以下の4名です。

・堀内 剛（第一製造課）　　　携帯 090-6623-1870
・グエン・ヴァン・ナム（生産技術課）　携帯 070-2281-5947
・五十嵐 忠（第一製造課）　　携帯 090-3318-2047
・鍋島 康平（白土電設）　　　携帯 080-5560-2231

9:30 に正門受付に伺います。社用車1台（岐阜 300 ほ 20-15）で参ります。

{SIG_HORIUCHI}
""",
        expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
        note="four visitors with mobiles to the host site: under the five-person threshold",
    ),
    dict(
        id="mfg-085",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["日本生産性協会 セミナー事務局 <seminar@nihon-seisan.or.jp>"],
        subject="「品質不正防止セミナー（1/22）」申込",
        charset="cp932",
        body=f"""日本生産性協会
セミナー事務局 御中

日の出産業株式会社 品質保証部の石黒です。
標記セミナーに下記5名で申し込みます。

1) 石黒 由佳　　ishiguro@hinode-sangyo.co.jp　　携帯 080-2915-6034
2) 穂積 勝　　　hozumi@hinode-sangyo.co.jp　　　携帯 090-7741-2280
3) 滝沢 亜紀　　a-takizawa@hinode-sangyo.co.jp　携帯 070-5518-0369
4) 柳瀬 悦子　　yanase@hinode-sangyo.co.jp　　　携帯 080-1326-7795
5) 秋葉 里奈　　akiba@hinode-sangyo.co.jp　　　 携帯 090-2204-9157

受講料（5名分）は請求書払いでお願いします。
当日の緊急連絡は各自の携帯にお願いいたします。

{SIG_ISHIGURO}
""",
        expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        detectors=["personal_data"],
        note="five participants with their e-mail and personal mobiles to a seminar organiser (list of five)",
    ),
    dict(
        id="mfg-086",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["大和樹脂 品質保証課 <qa@yamato-jushi.co.jp>"],
        subject="FW: 【至急】HF-200 ご使用中の発煙事故について",
        charset="iso-2022-jp",
        body="""大和樹脂株式会社
品質保証課 御中

日の出産業の石黒です。
販売店経由で下記の事故報告がありました。発煙箇所が御社納入の
端子カバー（YJ-60215）付近のため、材料ロットの調査にご協力ください。

-------- 転送メッセージ --------
差出人: ライフ家電流通 お客様相談室 <sodan@life-kaden.co.jp>
送信日時: 2024年11月11日 17:42
宛先: 日の出産業 品質保証部 <qa@hinode-sangyo.co.jp>
件名: 【至急】HF-200 ご使用中の発煙事故について

日の出産業株式会社 品質保証部 御中

当社店舗でご購入のお客様より、下記のご申告がありました。

　お客様：北条 昭二 様（72歳）
　ご住所：埼玉県上尾市原市中2-15-8
　お電話：048-722-5190
　製品　：HF-200（製造番号 HF2-2110-01877）
　内容　：11/10 夜、使用中に本体背面から発煙。消火しようとした際に
　　　　　右手に火傷を負い、上尾中央総合病院で「右手背II度熱傷」と診断され通院中。

現品は当社で保管しております。至急ご対応をお願いいたします。""",
        expect="stop",
        entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        detectors=["personal_data"],
        note="forward (counts as new text) of a consumer's name, address, phone and burn diagnosis to a supplier",
    ),
    dict(
        id="mfg-087",
        sender="石黒 由佳 <ishiguro@hinode-sangyo.co.jp>",
        to=["大和樹脂 品質保証課 <qa@yamato-jushi.co.jp>"],
        subject="端子カバー YJ-60215 変色品の調査依頼",
        charset="cp932",
        body=f"""大和樹脂株式会社
品質保証課 御中

いつもお世話になっております。日の出産業の石黒です。

HF-200 の回収品調査で、端子カバー（YJ-60215）の変色が確認されました。
写真を２枚添付しますので、材料・成形条件の観点で調査をお願いします。

　回収品の製造番号：HF2-2110-01877、HF2-2109-04417
　端子カバーのロット：YJ-2107-0331、YJ-2107-0345
　変色範囲：端子ネジ周辺 約φ８㎜

貴社ロットの成形記録（シリンダー温度・保圧）もご提出ください。

{SIG_ISHIGURO}
""",
        attachments=[{"kind": "png", "name": "変色_01.png"}, {"kind": "png", "name": "変色_02.png"}],
        expect="pass", entities=[], detectors=[],
        note="claim with photos, serial and lot numbers; no person's data",
    ),
    dict(
        id="mfg-088",
        sender="Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>",
        to=["Sabine Vogel <s.vogel@kessler-mt.de>"],
        subject="Factory training in Pforzheim - participant details",
        charset="utf-8",
        body=f"""Dear Ms. Vogel,

Thank you for confirming the CMM operator training at your Pforzheim factory
from February 10 to 14. As requested for the site access registration, the
participant details are in the attached text file.

Our team will arrive on February 9 and stay at the Hotel Goldene Rose.

{SIG_SUGAWARA}
""",
        attachments=[{
            "kind": "txt", "name": "participants_Kessler_training.txt", "encoding": "utf-8",
            "text": """Participants - CMM operator training, Feb 10-14, 2025
Company: Hinode Sangyo Co., Ltd.

KUBOTA Makoto
  Date of birth : 25.02.1984
  Passport      : TK8120476 (Japan), valid until 14.01.2030

AKIBA Rina
  Date of birth : 04.10.1996
  Passport      : TR2276641 (Japan), valid until 07.05.2032

SUMA Ryoko
  Date of birth : 07.07.1995
  Passport      : MZ5190382 (Japan), valid until 21.11.2031
""",
        }],
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="three employees' passport numbers (SURNAME Given blocks) in a text attachment abroad",
    ),
    dict(
        id="mfg-089",
        sender="藤堂 浩之 <todo@hinode-sangyo.co.jp>",
        to=["川崎電機 品質管理課 榊原様 <sakakibara@kawasaki-denki.co.jp>",
            "東邦精密 品質課 <hinshitsu@toho-seimitsu.co.jp>"],
        cc=["北辰化成 技術課 <gijutsu@hokushin-kasei.co.jp>",
            "石黒 由佳 <ishiguro@hinode-sangyo.co.jp>"],
        subject="HS-7710 シャフト摩耗不具合 合同原因調査会の開催",
        charset="iso-2022-jp",
        body=f"""関係各位

お世話になっております。日の出産業 品質保証部の藤堂です。

川崎電機様でご指摘いただいた HS-7710 シャフトの早期摩耗について、
シャフト加工（東邦精密様）、樹脂ブッシュ材料（北辰化成様）を含めた
合同の原因調査会を開催したく、ご案内いたします。

　日時：11月27日（水）13:00〜16:00
　場所：日の出産業 熊谷工場 大会議室
　議題：(1)摩耗品の解析結果　(2)材料・加工条件の確認　(3)暫定対策

各社様にて、該当期間の工程記録をご持参いただけますと幸いです。

{SIG_TODO}
""",
        expect="stop", entities=[],
        detectors=["external_recipients_visible", "multiple_external_domains"],
        note="three external organisations see each other in To/Cc",
    ),
    dict(
        id="mfg-090",
        sender="久保田 誠 <kubota-m@hinode-sangyo.co.jp>",
        to=["川崎電機 榊原様 <sakakibara@kawasaki-denki.co.jp>",
            "川崎電機 受入検査係 <ukeire@kawasaki-denki.co.jp>"],
        cc=["藤堂 浩之 <todo@hinode-sangyo.co.jp>"],
        subject="RE: 受入検査基準の改訂（HS-6012-03）",
        charset="utf-8",
        body=f"""榊原様、受入検査係 ご担当者様

お世話になっております。日の出産業の久保田です。

受入検査基準の改訂案、拝見しました。
平面度の測定方法を「定盤＋すきまゲージ」から「三次元測定機」へ変更する件、
弊社の出荷検査も同じ方法に合わせます。12月出荷分から適用します。

{SIG_KUBOTA}

> 日の出産業 久保田様
> HS-6012-03 の受入検査基準を改訂しますので、ご確認ください。
> 川崎電機 品質管理課 榊原
""",
        expect="pass", entities=[], detectors=[],
        note="two addresses at one partner organisation plus an internal Cc",
    ),
    dict(
        id="mfg-091",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["セーフティ研修サービス 講師派遣課 <haken@safety-kenshu.co.jp>"],
        subject="職長・安全衛生責任者教育 出張講習のご依頼",
        charset="iso-2022-jp",
        body=f"""株式会社セーフティ研修サービス
講師派遣課 御中

お世話になっております。日の出産業 熊谷工場 総務の宮路です。
職長・安全衛生責任者教育の出張講習をお願いしたく、ご連絡いたしました。

　日程：2025年2月13日（木）・14日（金）の2日間
　会場：日の出産業 熊谷工場 研修センター（定員30名）
　受講予定人数：18名（製造・保全の班長クラス）
　テキスト：18部（受講者名簿は確定後、お申込書にてお送りします）

お見積りと講師のご都合をお知らせください。

{SIG_MIYAJI}
""",
        expect="pass", entities=[], detectors=[],
        note="training request with a head-count only; no participant data",
    ),
    dict(
        id="mfg-092",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["スタッフともに 岐阜営業所 木下様 <kinoshita@staff-tomoni.co.jp>"],
        subject="派遣スタッフ 勤務シフト変更のご相談",
        charset="cp932",
        body=f"""スタッフともに株式会社
木下様

いつもお世話になっております。各務原工場の堀内です。

組立Ｂラインに派遣いただいている小竹恵太さんについてご相談です。
本人から、うつ病の治療中で夜勤が負担になっていると申し出があり、
主治医の意見書にも「夜勤は避けることが望ましい」と記載がありました。

弊社としては１２月から日勤固定（８：００～１６：４５）に変更したいと考えています。
派遣契約上の手続き（就業条件明示書の変更）について、ご対応をお願いできますか。

{SIG_HORIUCHI}
""",
        expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
        note="one named temp worker's depression treatment (要配慮) in prose to the staffing agency",
    ),
    dict(
        id="mfg-093",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["アルファ警備 熊谷工場隊 <kumagaya@keibi-alpha.co.jp>"],
        subject="来客予定（12/3 顧客監査）",
        charset="utf-8",
        body="""警備隊 ご担当者様

工場総務の宮路です。12/3（火）の顧客監査の来客予定です。
8:45 に正門へ到着されます。受付簿への記入をお願いします。

  お名前          ご所属                         お役職
  榊原 正樹 様    川崎電機株式会社 品質管理課     課長
  滝本 亜希子 様  川崎電機株式会社 技術サービス課 主任
  宗像 亮 様      川崎電機株式会社 品質管理課     係長
  柿沼 直人 様    川崎電機株式会社 購買部         部長
  浦田 美穂 様    川崎電機株式会社 購買部         担当
  佐伯 誠 様      川崎電機株式会社 営業二課       担当

アテンドは品質保証部 藤堂です。駐車場は No.1〜3 をご用意ください。

宮路""",
        expect="either", entities=["PERSON_NAME"], detectors=[],
        note="six visitors with only company and job title (business-card data) to the security firm: list or not is debatable",
    ),
    dict(
        id="mfg-094",
        sender="小田切 亮 <odagiri@hinode-sangyo.co.jp>",
        to=["青葉運輸 熊谷営業所 <kumagaya@aoba-unyu.co.jp>",
            "川崎電機 受入検査係 <ukeire@kawasaki-denki.co.jp>"],
        subject="12/3 納入分 出荷情報（送り状番号）",
        charset="iso-2022-jp",
        body=f"""青葉運輸 熊谷営業所 御中
川崎電機株式会社 受入検査係 御中

お世話になっております。日の出産業の小田切です。
12/3 着の出荷情報をお知らせします。

　送り状番号　　品番　　　　　数量　　ロット　　　　　荷姿
　4018-2276-5531　HS-6012-03　300個　24L0201-01　パレット1
　4018-2276-5542　HS-6015-01　400枚　24L0130-02　ケース8
　4018-2276-5553　HS-7710　　 400本　24K1129-01　通い箱10

配達時間指定：午前中（10:00〜12:00）
受領書は従来どおり FAX にてご返送ください。

{SIG_ODAGIRI}
""",
        expect="pass", entities=[], detectors=["multiple_external_domains"],
        note="tracking and lot numbers to two partner organisations (carrier and customer)",
    ),
    dict(
        id="mfg-095",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["社会保険労務士法人あさひ 国際手続チーム <kokusai@asahi-sr.jp>"],
        subject="社会保障協定 適用証明書の交付申請（米国赴任 1名）",
        charset="utf-8",
        body=f"""社会保険労務士法人あさひ
国際手続チーム ご担当者様

いつもお世話になっております。日の出産業 海外事業部の柏木です。
米国（Norwood社との共同プロジェクト）へ派遣する社員について、
日米社会保障協定の適用証明書の交付申請をお願いいたします。

　氏名　　　　：日比野 修平（ヒビノ シュウヘイ）
　生年月日　　：昭和60年3月8日
　基礎年金番号：4102-386915
　派遣期間　　：2025年2月1日〜2027年1月31日（予定）
　派遣先　　　：Norwood Instruments Inc.（オハイオ州コロンバス）

ご家族（配偶者・子1名）は帯同予定ですが、現地での被扶養者の取扱いは
別途ご相談させてください。

{SIG_KASHIWAGI}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        detectors=["personal_data"],
        note="one employee's basic pension number and birth date (和暦) to an outside labour consultant",
    ),
    dict(
        id="mfg-096",
        sender="堀内 剛 <horiuchi@hinode-sangyo.co.jp>",
        to=["中部リース 営業課 <eigyo@chubu-lease.co.jp>"],
        subject="構内トラック 運転者追加登録のお願い",
        charset="cp932",
        body=f"""中部リース株式会社
営業課 御中

お世話になっております。日の出産業 各務原工場の堀内です。
リース中の構内トラック（契約番号 CL-2022-04418）について、
運転者を下記３名追加したく、登録をお願いいたします。

　氏名　　　　　運転免許証番号　　　　免許の種類　有効期限
　長谷部 大輝　 第５３０１２０４４８７１号　普通・中型　令和９年５月９日
　呉屋 健　　　 第５３０９１８２２６３５号　普通・準中型　令和８年４月８日
　杉ノ内 剛　　 第５３００７７６１０２８号　普通・大型　令和７年１０月１９日

保険の記名被保険者への追加も併せてお願いいたします。

{SIG_HORIUCHI}
""",
        expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
        note="three drivers' licence numbers (full-width, 第…号) to a leasing company",
    ),
    dict(
        id="mfg-097",
        sender="Makoto KUBOTA <kubota-m@hinode-sangyo.co.jp>",
        to=["Jonas Brandt <j.brandt@kessler-mt.de>"],
        cc=["Ken SUGAWARA <sugawara@hinode-sangyo.co.jp>"],
        subject="Mutual NDA - our comments on clause 4 (Confidential Information)",
        charset="iso-2022-jp",
        body=f"""Dear Mr. Brandt,

Thank you for sending the draft Mutual Non-Disclosure Agreement for the joint
development of the in-line measuring station.

Our legal department has reviewed it and has two comments:

1. Clause 4 (Definition of Confidential Information): we would like to
   include information disclosed orally, provided it is identified as
   confidential in writing within 30 days.
2. Clause 11 (Governing law): we propose the laws of Japan and the Tokyo
   District Court, or alternatively arbitration under the ICC rules.

If these points are acceptable, we can sign the NDA electronically next week.

Kind regards,

{SIG_KUBOTA}
""",
        expect="pass", entities=[], detectors=[],
        note="English mail about an NDA's 'Confidential Information' clause: a mention, not a marking",
    ),
    dict(
        id="mfg-098",
        sender="宮路 直美 <miyaji@hinode-sangyo.co.jp>",
        to=["ユニフォーム工房 法人受注センター <order@uniform-kobo.co.jp>"],
        subject="FW: 4月入社 新入社員 作業服サイズ一覧（直送分）",
        charset="utf-8",
        body=f"""ユニフォーム工房株式会社
法人受注センター 御中

お世話になっております。日の出産業 熊谷工場総務の宮路です。
新入社員の作業服について、社内でまとめたサイズ一覧のメールを添付で転送します。
今回は入社前に各自宅へ直送をお願いしたく、送り先住所も記載しています。

{SIG_MIYAJI}
""",
        attachments=[{
            "kind": "eml", "name": "新入社員 作業服サイズ一覧.eml",
            "message": {
                "sender": "人事部 採用G <saiyo@hinode-sangyo.co.jp>",
                "to": ["宮路 直美 <miyaji@hinode-sangyo.co.jp>"],
                "subject": "新入社員 作業服サイズ一覧",
                "charset": "iso-2022-jp",
                "body": """宮路さん

採用Gです。4月入社（熊谷工場配属）の作業服サイズ一覧です。

氏名         上着  ズボン(W)  安全靴   直送先住所
桑原 陽斗    L     82        26.5    長野県諏訪市湖岸通り4-2-17
本間 颯      M     76        26.0    新潟県長岡市千秋2-188-5
須藤 美羽    S     64        23.5    群馬県沼田市上原町1720-3
渡部 大和    LL    88        27.5    福島県郡山市富田町字下亀田30-6
遠藤 蒼      M     79        25.5    福島県喜多方市関柴町上高額652
斎藤 結菜    S     61        23.0    山形県米沢市城南5-3-41
大友 湊      L     84        27.0    宮城県石巻市蛇田字新下沼89-2
相馬 律      M     78        26.0    岩手県奥州市水沢東大通り1-5-34

よろしくお願いします。""",
            },
        }],
        expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
        note="attached mail (forward) lists eight new hires with home addresses, to a uniform vendor",
    ),
    dict(
        id="mfg-099",
        sender="柏木 拓海 <kashiwagi@hinode-sangyo.co.jp>",
        to=["人事部 給与・社保G <kyuyo@hinode-sangyo.co.jp>"],
        subject="海外療養費の申請（松永さんご家族）",
        charset="iso-2022-jp",
        body="""給与・社保G ご担当者様

海外事業部の柏木です。
バンコク赴任中の松永さんのご家族が現地で受診した分について、
海外療養費の申請をお願いします。

・被保険者　松永 隆之　健康保険証 記号 3105 番号 482
・受診者　　松永 颯太（長男）　受診日 2025/2/11　気管支喘息の発作で救急外来
・受診者　　松永 千晶（配偶者）　受診日 2025/2/20　急性胃腸炎
・領収書・診療内容明細書（英文）は社内便で送付済み

よろしくお願いします。
柏木""",
        expect="pass",
        entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        detectors=[],
        note="health insurance number and diagnoses of an expatriate's family, sent only inside the company",
    ),
    dict(
        id="mfg-100",
        sender="野々村 玲奈 <nonomura@hinode-sangyo.co.jp>",
        to=["ミンアン・ビザサービス 東京事務所 <tokyo@minhanh-visa.com>"],
        subject="ベトナム商用ビザ（3か月マルチ）の申請代行",
        charset="utf-8",
        body=f"""ミンアン・ビザサービス
東京事務所 ご担当者様

お世話になっております。日の出産業 海外事業部の野々村です。
ベトナム商用ビザの申請代行をお願いいたします。

今回渡航するのは弊社品質保証部の秋葉里奈で、1996年10月4日生まれ、
旅券番号は TR2276641（2032年5月7日まで有効）です。
12月16日に成田からハノイへ入り、ドンナム社の工場で3か月間の
品質指導を行う予定です。招聘状はドンナム社から直接お送りいただきます。

申請に必要なパスポートの原本は、明日バイク便でお届けします。

{SIG_NONOMURA}
""",
        expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        detectors=["personal_data"],
        note="one person's passport number and birth date written in running prose, to a visa agent",
    ),
]
