"""Blind evaluation corpus, area "museum": mail of 日の出産業株式会社's corporate museum and
company archive (日の出産業ミュージアム & 社史アーカイブ) — incoming and outgoing loans of
exhibits, lenders (museums and private collectors), art transport and insurance, tour groups
and travel agencies, school visits, the members' club (友の会), researchers' access and
reproduction requests, and press.  Written blind from bench/blind/BRIEF.md (and the entity
and detector names of SPEC.md) without reading mailguard's code; every person, address and
number in it is invented.
"""

from build import card_number, my_number

SEED = 52201

# Signatures of the museum's staff (the sender's own contacts: never labelled).
SIG_KUBOTA = """
──────────────────────────
日の出産業株式会社 日の出産業ミュージアム
学芸課 学芸員　久保田 沙織（Saori Kubota）
〒211-0063 神奈川県川崎市中原区小杉町9-41-2
TEL 044-733-5160（代）／FAX 044-733-5169
s-kubota@hinode-sangyo.co.jp
──────────────────────────"""

SIG_HANYU = """
--
日の出産業株式会社　社史アーカイブ室
アーキビスト　羽生 拓真（はにゅう たくま）
〒211-0063 川崎市中原区小杉町9-41-2 ミュージアム棟3F
Tel: 044-733-5174  Mail: t-hanyu@hinode-sangyo.co.jp
閲覧室開室日：火・木・金 10:00-16:00"""

SIG_SHIINA = """
****************************************
日の出産業ミュージアム 広報担当
椎名 美穂
TEL：044-733-5162 ／ 携帯：080-2291-7734
E-mail：m-shiina@hinode-sangyo.co.jp
****************************************"""

SIG_ONODERA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業ミュージアム　教育普及係
小野寺 健
〒211-0063 神奈川県川崎市中原区小杉町９－４１－２
ＴＥＬ　０４４－７３３－５１６５
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_MARUOKA = """
------------------------------------------
日の出産業ミュージアム 団体予約デスク
丸岡 由香（Maruoka Yuka）
TEL 044-733-5163（平日9:00～17:30）
FAX 044-733-5169
y-maruoka@hinode-sangyo.co.jp
------------------------------------------"""

SIG_TOTSUKA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業ミュージアム友の会 事務局
戸塚 綾
〒211-0063 川崎市中原区小杉町9-41-2
TEL 044-733-5168　（受付 10:00～16:00／月曜休館）
tomonokai@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.
Hinode Sangyo Co., Ltd. accepts no liability for any damage caused by viruses."""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "museum-001",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["早乙女 雅人 様 <saotome@minatogawa-sangyoshi.or.jp>"],
        "subject": "企画展「電気が暮らしに来た日」資料借用のお願い",
        "body": """県立湊川産業史博物館
学芸課　早乙女 雅人 様

突然のご連絡失礼いたします。
日の出産業ミュージアム学芸課の久保田と申します。

当館では来年度秋に、企画展「電気が暮らしに来た日 ― 昭和の家電と工場」
（会期：10月4日〜12月14日）を開催する予定でございます。
つきましては、貴館ご所蔵の下記資料を拝借いたしたく、ご相談申し上げます。

　・資料番号 MS-1957-032　卓上扇風機（試作品）
　・資料番号 MS-1961-118　電気釜 初期型 取扱説明書
　・資料番号 MS-1963-004　工場作業風景写真（ガラス乾板）一式

正式な借用依頼書（案）を添付いたしましたので、ご検討いただけますと幸いです。
輸送は美術品輸送専門業者（青葉運輸）、保険は釘から釘までの全期間付保を予定しております。

ご多用のところ恐縮ですが、何卒よろしくお願い申し上げます。
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "docx", "name": "借用依頼書_案_湊川産業史博物館.docx",
             "title": "資料借用依頼書（案）",
             "paragraphs": [
                 "県立湊川産業史博物館 館長 殿",
                 "日の出産業株式会社 日の出産業ミュージアム 館長 真壁 恭一郎",
                 "資料借用依頼書（案）",
                 "下記のとおり資料の借用をお願い申し上げます。",
                 "展覧会名：電気が暮らしに来た日 ― 昭和の家電と工場",
                 "会期：10月4日〜12月14日（会場：日の出産業ミュージアム 2階企画展示室）",
                 "借用期間：9月22日〜12月26日（集荷・返却日を含む）",
             ],
             "tables": [[
                 ["資料番号", "資料名", "員数", "展示方法", "保険評価額"],
                 ["MS-1957-032", "卓上扇風機（試作品）", "1", "独立ケース", "貴館ご指定額"],
                 ["MS-1961-118", "電気釜 初期型 取扱説明書", "1冊", "覗きケース", "貴館ご指定額"],
                 ["MS-1963-004", "工場作業風景写真（ガラス乾板）", "12枚", "ライトボックス", "貴館ご指定額"],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "loan request to one museum curator: institution data and object numbers only",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "museum-002",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["湊観光バス 運行管理課 <unko@minato-kanko-bus.co.jp>"],
        "subject": "【送迎バス】6/18 市立若葉台小学校 乗車名簿の送付",
        "body": """湊観光バス株式会社
運行管理課 ご担当者様

いつも大変お世話になっております。
日の出産業ミュージアム教育普及係の小野寺です。

6月18日（水）の「こども工場見学プログラム」送迎便につきまして、
学校様から乗車名簿をいただきましたので添付にてお送りします。
乗車確認と緊急時の連絡にご利用ください。

　出発　8:40　若葉台小学校 正門前
　到着　9:30　当館 団体バス乗降場（北側）
　帰り　14:10 当館発

名簿は当日運転手様にも印刷してお渡しいただけますと助かります。
よろしくお願いいたします。
""" + SIG_ONODERA,
        "attachments": [
            {"kind": "csv", "name": "乗車名簿_若葉台小4年2組.csv", "encoding": "cp932",
             "rows": [
                 ["号車", "座席", "氏名", "ふりがな", "保護者氏名", "緊急連絡先"],
                 ["1", "A1", "葛西 陽翔", "かさい はると", "葛西 真澄", "090-6128-4471"],
                 ["1", "A2", "永瀬 結菜", "ながせ ゆいな", "永瀬 亮介", "080-3390-1257"],
                 ["1", "B1", "百瀬 蒼", "ももせ あおい", "百瀬 千晴", "070-2214-8836"],
                 ["1", "B2", "設楽 琴音", "したら ことね", "設楽 和也", "090-7745-0392"],
                 ["1", "C1", "宍戸 大翔", "ししど ひろと", "宍戸 美奈", "080-5561-2908"],
                 ["1", "C2", "阿久津 芽依", "あくつ めい", "阿久津 拓", "090-1183-6624"],
                 ["1", "D1", "芦原 湊", "あしはら みなと", "芦原 沙耶", "070-6402-7715"],
                 ["1", "D2", "栗栖 ひより", "くりす ひより", "栗栖 浩二", "080-9027-3341"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: CSV of 8 pupils with guardians' mobile numbers to the bus company",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "museum-003",
        "charset": "cp932",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["ほしぞら旅行 企画二課 <kikaku2@hoshizora-travel.co.jp>"],
        "subject": "Re: 団体見学のご予約（9/27 産業遺産めぐりツアー）",
        "body": """ほしぞら旅行株式会社
企画二課　綿貫様

お世話になっております。日の出産業ミュージアムの丸岡でございます。
9月27日（土）の団体見学につきまして、下記のとおり予約を確定いたしました。

■予約番号　GR-2025-0927-03
■ご来館　　10:30（見学時間 約70分、ガイド付き）
■人数　　　大人 32名 ／ 添乗員 1名（添乗員様は無料）
■料金　　　団体料金 600円 × 32名 ＝ 19,200円（当日窓口にて一括精算）
■昼食　　　館内カフェ「ひので食堂」にて 12:00～（別途カフェへご予約済み）

当日の添乗員様は 大森 様（携帯 090-4836-1175）と伺っております。
バス到着が遅れる場合は、団体予約デスクまでお電話ください。

どうぞよろしくお願いいたします。
""" + SIG_MARUOKA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "booking confirmation to a travel agency with one tour conductor's mobile",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "museum-004",
        "charset": "iso-2022-jp",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["税理士法人みなと総合会計 支払調書担当 <shiharai@minato-sogo-kaikei.jp>"],
        "subject": "講演謝金の支払調書作成について（講師1名分）",
        "body": f"""税理士法人みなと総合会計
支払調書ご担当　各位

いつもお世話になっております。日の出産業ミュージアム総務の今泉です。
先月開催の連続講座「技術史セミナー」第3回の講師謝金につき、
報酬、料金、契約金及び賞金の支払調書の作成をお願いいたします。

講師氏名　　：鷲尾 律子（わしお りつこ）
住所　　　　：東京都世田谷区上用賀8丁目14番3号 ヴィラ上用賀305
生年月日　　：1971年11月23日
個人番号　　：{my_number(SEED + 1)}
支払金額　　：100,000円（源泉徴収税額 10,210円）
支払日　　　：7月31日

本人確認書類の写しは別途簡易書留にてお送りします。
よろしくお願いいたします。

日の出産業株式会社 日の出産業ミュージアム 総務・施設担当
今泉 篤　TEL 044-733-5161
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: a lecturer's My Number with address and date of birth to an outside tax firm",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "museum-005",
        "charset": "utf-8",
        "sender": "日の出産業ミュージアム 運営企画 <museum-info@hinode-sangyo.co.jp>",
        "to": ["川崎なかはら観光協会 事務局 <jimukyoku@nakahara-kanko.or.jp>"],
        "subject": "上半期 入館者数のご報告",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>川崎なかはら観光協会 事務局 御中</p>
<p>平素より大変お世話になっております。<br>
日の出産業ミュージアム 運営企画担当でございます。<br>
観光統計へのご協力依頼に基づき、上半期（4月～9月）の入館者数をご報告いたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>月</th><th>個人</th><th>団体</th><th>学校団体</th><th>合計</th><th>前年同月比</th></tr>
<tr><td>4月</td><td>3,412</td><td>1,105</td><td>620</td><td>5,137</td><td>104.2%</td></tr>
<tr><td>5月</td><td>5,870</td><td>1,442</td><td>1,933</td><td>9,245</td><td>111.8%</td></tr>
<tr><td>6月</td><td>2,964</td><td>988</td><td>2,410</td><td>6,362</td><td>97.5%</td></tr>
<tr><td>7月</td><td>4,221</td><td>1,370</td><td>514</td><td>6,105</td><td>102.0%</td></tr>
<tr><td>8月</td><td>7,608</td><td>2,016</td><td>88</td><td>9,712</td><td>118.6%</td></tr>
<tr><td>9月</td><td>3,795</td><td>1,254</td><td>871</td><td>5,920</td><td>99.1%</td></tr>
<tr><td><b>計</b></td><td>27,870</td><td>8,175</td><td>6,436</td><td>42,481</td><td>106.9%</td></tr>
</table>
<p>※団体は20名以上。外国人来館者の比率は約8.4%（アンケート回答ベース）です。</p>
<p>日の出産業ミュージアム 運営企画担当<br>TEL 044-733-5160</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate visitor statistics in an HTML table: no person's data",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "museum-006",
        "charset": "iso-2022-jp",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": [
            "神奈川経済日報 文化部 <bunka@kanagawa-keizai-nippo.co.jp>",
            "タウンニュース川崎 編集部 <henshu@townnews-kawasaki.jp>",
            "月刊ミュージアムウォーカー <press@museum-walker.com>",
            "テレビみなと 報道局 <news-desk@tv-minato.co.jp>",
            "産業技術タイムズ 編集部 <editor@sangyo-gijutsu-times.jp>",
        ],
        "subject": "【プレスリリース】企画展「電気が暮らしに来た日」開催のお知らせ",
        "body": """報道関係者各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業ミュージアムでは、10月4日（土）より企画展
「電気が暮らしに来た日 ― 昭和の家電と工場」を開催いたします。

詳細は添付のプレスリリースをご覧ください。
10月3日（金）14時よりプレス内覧会を開催いたします。ご取材をご希望の方は
9月26日までに広報担当までご連絡ください。
""" + SIG_SHIINA,
        "attachments": [
            {"kind": "pdf", "name": "PressRelease_denki_kurashi.pdf",
             "title": "プレスリリース 企画展 電気が暮らしに来た日",
             "lines": [
                 "PRESS RELEASE　日の出産業ミュージアム",
                 "企画展「電気が暮らしに来た日 ― 昭和の家電と工場」",
                 "会期：10月4日（土）〜12月14日（日）　休館日：月曜",
                 "会場：日の出産業ミュージアム 2階企画展示室",
                 "観覧料：一般 800円／大学生 500円／高校生以下無料",
                 "主な出品：試作扇風機、初期型電気釜、工場作業風景ガラス乾板 ほか約120点",
                 "お問い合わせ：日の出産業ミュージアム 広報担当 044-733-5162",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: press release with five media outlets in To instead of Bcc",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "museum-007",
        "charset": "utf-8",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 水嶋先生 <mizushima@shirakawa-law.jp>"],
        "subject": "展示デザイン会社との秘密保持契約書（案）のご確認依頼",
        "body": """白川法律事務所
弁護士　水嶋 先生

いつも大変お世話になっております。
日の出産業ミュージアムの久保田でございます。

来年度の常設展リニューアルにあたり、展示デザインを委託予定の
株式会社スタジオかなで様と秘密保持契約を締結する予定です。
先方から提示された秘密保持契約書（案）を添付いたしますので、
特に以下の点についてご確認いただけますでしょうか。

1. 第2条「秘密情報」の定義に、当社未発表製品の試作品写真が含まれるか
2. 第7条 秘密保持期間（契約終了後3年）が妥当か
3. 第9条 損害賠償の上限額の定め

ご返答は来週中を目安にいただけましたら幸いです。
""" + SIG_KUBOTA + "\n" + DISCLAIMER_JA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書（案）_スタジオかなで.docx",
             "title": "秘密保持契約書（案）",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と株式会社スタジオかなで（以下「乙」という。）は、"
                 "甲の常設展示リニューアルに関する業務に関し、次のとおり秘密保持契約を締結する。",
                 "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
                 "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上又は営業上の情報であって、"
                 "開示の際に秘密である旨を明示したものをいう。",
                 "第7条（有効期間）本契約の有効期間は締結日から2年間とし、秘密保持義務は契約終了後3年間存続する。",
                 "第9条（損害賠償）乙が本契約に違反した場合、甲に生じた損害を賠償する。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (draft contract to the company's law firm), no marking, no personal data",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "museum-008",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 美術品輸送課 浅利様 <asari@aoba-unyuu.co.jp>"],
        "subject": "返却輸送スケジュール（湊川産業史博物館・12/22）",
        "body": """青葉運輸株式会社
美術品輸送課　浅利様

お世話になっております。日の出産業ミュージアムの久保田です。
企画展終了後の返却輸送について、スケジュール案をお送りします。

12月16日（火）　撤収・点検（当館学芸員立会い）
12月17日（水）　梱包（エアキャップ＋中性紙、木箱3点）
12月22日（月）　当館 9:00積込 → 湊川産業史博物館 13:30着
　　　　　　　　　　※先方学芸員立会いのもと開梱・状態確認

車両は空調・エアサス付き 4t車1台、作業員3名でお願いできますでしょうか。
お見積りも併せてご送付いただけますと幸いです。
""" + SIG_KUBOTA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unyuu.co.jp (letter added) instead of partner aoba-unyu.co.jp",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "museum-009",
        "charset": "iso-2022-jp",
        "sender": "日の出産業ミュージアム友の会 <tomonokai@hinode-sangyo.co.jp>",
        "to": ["tamura.kazuyo1962@yahoo.co.jp"],
        "subject": "Re: 友の会の入会について",
        "body": """田村 様

このたびは友の会についてお問い合わせいただき、ありがとうございます。
ご質問の点についてご案内いたします。

【会員種別と年会費】
　・一般会員　　　3,000円（ご本人のみ常設展・企画展 無料）
　・ペア会員　　　5,000円（ご本人＋同伴者1名）
　・シニア会員　　2,000円（65歳以上）

【特典】
　ミュージアムショップ10％割引、会報「ひのでだより」年4回送付、
　会員限定バックヤードツアー（年2回・抽選）

入会は館内受付、またはホームページの申込フォームから承っております。
ご不明な点がございましたらお気軽にお問い合わせください。

> 先日、夫婦で伺ってとても楽しかったので、友の会に入りたいと思います。
> 夫婦二人で入る場合はどの会員がお得でしょうか。
""" + SIG_TOTSUKA.replace('～', '〜'),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private person on free mail about membership fees",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "museum-010",
        "charset": "cp932",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["芙蓉損害保険 川崎支社 賠償責任保険担当 <kawasaki-baisho@fuyo-sonpo.co.jp>"],
        "subject": "施設賠償責任保険 事故報告（来館者転倒）",
        "body": """芙蓉損害保険株式会社 川崎支社
賠償責任保険ご担当 様

いつもお世話になっております。日の出産業ミュージアム総務の今泉です。
施設賠償責任保険（証券番号 FB-88201437）につき、下記のとおり事故をご報告いたします。

1. 発生日時　8月9日（土）15時20分頃
2. 発生場所　2階企画展示室 出口付近の段差
3. 被害者　　芹沢 房江 様（78歳）
　　　　　　連絡先　045-872-6319
4. 状況　　　段差に気付かず転倒。救急搬送先の病院にて
　　　　　　「右橈骨遠位端骨折」と診断。全治約8週間の見込み。
　　　　　　既往症として骨粗鬆症で通院中とのこと。
5. 当館の対応　救急要請、ご家族へ連絡、翌日館長がお見舞い

今後の手続きについてご指示いただけますようお願いいたします。

総務・施設担当　今泉 篤
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named visitor's diagnosis and medical history sent to the insurer",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "museum-011",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["大和田 恵 <m-owada@hinode-sangyo.co.jp>"],
        "cc": ["教育普及係 <edu-museum@hinode-sangyo.co.jp>"],
        "subject": "FW: 明日の若葉台小 引率者一覧（念のため）",
        "body": """大和田さん

明日の若葉台小の受け入れ、私が午前中外出のため代わりにお願いします。
引率の先生方の連絡先を下に貼っておきます（館内限り）。

学年   氏名            役割        携帯
----   --------------  ----------  -------------
4年    須賀 典子       学年主任    090-3318-6627
4-1    羽田野 翼       担任        080-7702-4153
4-2    沓掛 美緒       担任        070-1294-8860
4-3    一ノ瀬 剛       担任        090-5561-3079
-      能勢 里佳子     養護教諭    080-4419-2236
-      穂積 健太郎     支援員      090-8840-1572

バスは8:40学校発です。よろしくお願いします。

小野寺
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "list of six teachers' mobiles, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "museum-012",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["東都大学 経済学部 杉浦先生 <sugiura.k@econ.toto-u.ac.jp>"],
        "subject": "社史アーカイブ 閲覧申請の承認について",
        "body": """東都大学経済学部
杉浦 先生

社史アーカイブ室の羽生でございます。
先日ご提出いただいた閲覧申請（申請番号 AR-2025-041）を承認いたしましたので
ご連絡いたします。

　閲覧日時：11月13日（木）10:00〜16:00
　閲覧資料：営業月報（1958〜1964年）、工場日誌（第二工場分）
　閲覧場所：ミュージアム棟3F 閲覧室

閲覧にあたっての注意事項を添付しております。鉛筆以外の筆記具の持込不可、
撮影は事前許可の資料のみとなります。当日は受付で入館証をお受け取りください。
""" + SIG_HANYU,
        "attachments": [
            {"kind": "pdf", "name": "閲覧室利用の注意事項.pdf", "title": "閲覧室利用の注意事項",
             "lines": [
                 "日の出産業株式会社 社史アーカイブ 閲覧室利用の注意事項",
                 "1. 閲覧は事前申請制です（開室日：火・木・金 10:00-16:00）。",
                 "2. 筆記具は鉛筆のみ。飲食・ペン・カッターの持込はできません。",
                 "3. 撮影は許可された資料に限り、フラッシュ不可。",
                 "4. 複写は所定の複写申請書により受け付けます（1枚 30円）。",
                 "5. 論文等で引用する場合は「日の出産業株式会社所蔵」と明記してください。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "access approval to one researcher with the reading-room rules",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "museum-013",
        "charset": "cp932",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 唐沢様 <karasawa@nishiki-insatsu.co.jp>"],
        "subject": "会報「ひのでだより」秋号 発送用宛名データ",
        "body": """錦印刷株式会社
営業部　唐沢様

いつもお世話になっております。友の会事務局の戸塚です。
会報秋号の封入・発送用の宛名データをお送りします。
シートは「一般」「ペア・シニア」の2つに分かれています。
宛名ラベルは前号と同じレイアウトでお願いいたします。

発送予定日：10月1日（水）
部数：添付データ分＋事務局控え20部
""" + SIG_TOTSUKA,
        "attachments": [
            {"kind": "xlsx", "name": "ひのでだより秋号_宛名リスト.xlsx",
             "title": "会報 宛名リスト",
             "sheets": {
                 "一般": [
                     ["友の会 会報発送リスト（一般会員）", "", "", "", ""],
                     ["会員番号", "氏名", "郵便番号", "住所", "電話番号"],
                     ["T-10231", "宇佐美 敏行", "213-0012", "神奈川県川崎市高津区坂戸4-7-18", "044-811-3067"],
                     ["T-10244", "鳴海 加奈子", "226-0025", "神奈川県横浜市緑区十日市場町2-33-5", "045-982-4410"],
                     ["T-10259", "柚木 正臣", "146-0082", "東京都大田区池上9-2-11 メゾン池上201", "03-3753-1186"],
                     ["T-10262", "桐生 さとみ", "211-0041", "神奈川県川崎市中原区下小田中6-15-2", "090-2278-5513"],
                     ["T-10270", "千秋 大地", "224-0032", "神奈川県横浜市都筑区茅ケ崎中央18-4-902", "080-6623-9048"],
                 ],
                 "ペア・シニア": [
                     ["友の会 会報発送リスト（ペア・シニア会員）", "", "", "", ""],
                     ["会員番号", "氏名", "郵便番号", "住所", "電話番号"],
                     ["P-00418", "海老沢 清・海老沢 和子", "215-0004", "神奈川県川崎市麻生区万福寺3-21-7", "044-966-2051"],
                     ["S-00907", "相馬 ミツ", "210-0845", "神奈川県川崎市川崎区渡田山王町22-9", "044-344-7126"],
                     ["S-00913", "伊集院 實", "152-0023", "東京都目黒区八雲5-30-14", "03-3718-6642"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: XLSX of eight members' addresses and phones to the printing company",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "museum-014",
        "charset": "iso-2022-jp",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["たびのき 国内団体課 寺尾様 <terao@tabinoki.jp>"],
        "subject": "Re: 10/8 シニアクラブ様 参加者名簿",
        "body": """寺尾様

お世話になっております。丸岡です。
参加者名簿、確かに受領いたしました。入館証は「シニアクラブ様」名義で
人数分（6名＋添乗員様）ご用意いたします。当日は受付前でお待ちしております。

丸岡

> 丸岡様
>
> 10/8ご来館予定のシニアクラブ様の参加者名簿をお送りします。
>
> No 氏名          年齢 連絡先
> 1  小宮山 惣一    74  090-2218-6650
> 2  小宮山 節子    71  090-2218-6651
> 3  蜂谷 徳子      79  044-977-3128
> 4  雨宮 孝        76  080-1136-4492
> 5  塙 良枝        73  045-531-8870
> 6  真柴 英明      81  044-966-0317
>
> 株式会社たびのき 国内団体課 寺尾
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the participant list is only in quoted text from the agency's own mail",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "museum-015",
        "charset": "utf-8",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["芙蓉損害保険 動産総合保険課 <dosan@fuyo-sonpo.co.jp>"],
        "subject": "企画展 借用資料の保険評価額一覧（見積依頼）",
        "body": """芙蓉損害保険株式会社
動産総合保険課 御中

お世話になっております。日の出産業ミュージアムの久保田です。
企画展「電気が暮らしに来た日」の借用資料につき、動産総合保険（美術品特約）の
お見積りをお願いしたく、評価額一覧を添付いたします。

保険期間：9月22日～12月26日（釘から釘まで）
補償範囲：輸送中・展示中・保管中

よろしくお願いいたします。
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "xlsx", "name": "借用資料_保険評価額一覧.xlsx",
             "page_header": "社外秘",
             "sheets": {
                 "評価額": [
                     ["【社外秘】企画展 借用資料 保険評価額一覧", "", "", ""],
                     ["資料番号", "資料名", "所蔵館", "評価額（円）"],
                     ["MS-1957-032", "卓上扇風機（試作品）", "湊川産業史博物館", 3500000],
                     ["MS-1961-118", "電気釜 初期型 取扱説明書", "湊川産業史博物館", 400000],
                     ["KD-A-0091", "真空管ラジオ 5球スーパー", "川崎電機 技術資料室", 1800000],
                     ["PR-22", "工場作業風景 ガラス乾板", "個人蔵", 2200000],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: attachment stamped 社外秘 (header and title row) goes to the insurer",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "museum-016",
        "charset": "utf-8",
        "sender": "Takuma Hanyu <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["Dr. Eleanor Whitcombe <e.whitcombe@hist.northbridge.ac.uk>"],
        "subject": "Your visit to the Hinode archive - practical information",
        "body": """Dear Dr. Whitcombe,

Thank you for your message. We are pleased to confirm your reading-room booking
for 4-6 March (Tue-Thu), 10:00-16:00.

As requested, here are a few hotels within walking distance of the museum:

  Hotel                         Distance   Tel             Note
  ----------------------------  ---------  --------------  ------------------------
  Sakura Hotel Musashi-Kosugi   5 min      044-711-8200    corporate rate available
  Kosugi Station Inn            8 min      044-733-1919    breakfast included
  Hotel Nakahara Garden         12 min     044-722-4545    quiet, near the river
  Tamagawa Business Hotel       15 min     044-755-0808    budget option

From Haneda Airport, take the Keikyu line to Keikyu-Kamata and then a taxi (about
25 minutes), or the limousine bus to Musashi-Kosugi Station.

Please bring your passport or university ID card to the reception on the first day.

Best regards,
""" + SIG_HANYU + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of hotels (businesses, switchboards) to one foreign researcher; disclaimer",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "museum-017",
        "charset": "iso-2022-jp",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["ペイフロント 加盟店サポート <support@payfront-kessai.co.jp>"],
        "subject": "FW: 年会費のカード払いについて",
        "body": f"""ペイフロント株式会社
加盟店サポート ご担当者様

お世話になっております。日の出産業ミュージアム友の会事務局の戸塚です。
会員様から、カード番号をメール本文に記載した申込が届きました。
オンライン決済画面でエラーになったとのことですので、
管理画面から代行でのお手続きが可能かご確認いただけますでしょうか。

-------- 転送メッセージ --------
差出人: 氷室 哲也
件名: 年会費のカード払いについて

友の会事務局 御中

更新手続きで決済画面がエラーになってしまいましたので、
こちらで処理をお願いできますでしょうか。

会員番号：T-09874
氏名：氷室 哲也（ヒムロ テツヤ）
カード番号：{card_number(SEED + 3)}
有効期限：08/29
金額：3,000円

よろしくお願いいたします。
-------------------------------
""" + SIG_TOTSUKA.replace('～', '〜'),
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a member's credit card number forwarded to the payment vendor",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "museum-018",
        "charset": "utf-8",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["神奈川経済日報 文化部 村雨様 <murasame@kanagawa-keizai-nippo.co.jp>"],
        "subject": "Re: 企画展の掲載用画像について",
        "body": """神奈川経済日報 文化部
村雨様

お世話になっております。日の出産業ミュージアム広報の椎名です。
ご依頼の掲載用画像をお送りします。

・画像1：卓上扇風機（試作品）1957年　県立湊川産業史博物館蔵
・画像2：第二工場 組立ライン 1963年　日の出産業株式会社蔵

クレジットは上記のとおり表記をお願いいたします。
掲載紙を1部、広報担当宛にお送りいただけますと幸いです。
トリミングは可、文字の重ね載せはご遠慮ください。

村雨様の記事、楽しみにしております。
""" + SIG_SHIINA,
        "attachments": [
            {"kind": "png", "name": "img01_fan_1957.png"},
            {"kind": "png", "name": "img02_line_1963.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press images with credit lines to one reporter",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "museum-019",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["早乙女 雅人 様 <saotome@minatogawa-sangyoshi.or.jp>"],
        "cc": ["青葉運輸 美術品輸送課 浅利様 <asari@aoba-unyu.co.jp>"],
        "subject": "集荷・梱包の事前打合せ日程のご相談",
        "body": """早乙女様
（cc：青葉運輸 浅利様）

お世話になっております。日の出産業ミュージアムの久保田です。
ご貸出いただく資料の集荷に先立ち、貴館にて梱包方法の事前打合せを
お願いしたく、候補日をお送りします。

　(1) 9月2日（火）14:00〜
　(2) 9月4日（木）10:00〜
　(3) 9月5日（金）14:00〜

所要時間は1時間程度、当館からは久保田と学芸員1名、青葉運輸様から
浅利様ほか1名が伺う予定です。ガラス乾板の梱包仕様（中箱・緩衝材）も
その場でご相談できればと存じます。

ご都合のよい日をお知らせいただけますと幸いです。
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: lender museum in To, transport partner in Cc",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "museum-020",
        "charset": "cp932",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["月刊ミュージアムウォーカー 編集部 <press@museum-walker.com>"],
        "subject": "高解像度画像データの送付（パスワードは別送します）",
        "body": """月刊ミュージアムウォーカー 編集部
ご担当 様

お世話になっております。日の出産業ミュージアム広報の椎名です。
特集「企業ミュージアムへ行こう」掲載用の高解像度画像データを
ZIPファイルにてお送りします。

解凍用パスワードは、この後別メールにてお送りいたします。
画像の使用は今回の特集記事に限らせていただきます。
""" + SIG_SHIINA,
        "attachments": [
            {"kind": "zip", "name": "hinode_museum_images.zip", "password": "Hn2025#press",
             "files": [
                 {"kind": "png", "name": "exterior.png"},
                 {"kind": "png", "name": "gallery_2f.png"},
                 {"kind": "txt", "name": "credit.txt",
                  "text": "写真提供：日の出産業ミュージアム\n撮影：2025年4月"},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) to a magazine",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "museum-021",
        "charset": "iso-2022-jp",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["経理部 源泉担当 <keiri-gensen@hinode-sangyo.co.jp>"],
        "subject": "【社内】講師謝金 個人番号のご連絡（ミュージアム講座）",
        "body": f"""経理部 源泉ご担当 各位

ミュージアム総務の今泉です。
9月の連続講座の講師謝金について、支払調書用の情報をお送りします。
マイナンバーの保管は経理部の規程どおりお願いいたします。

講師：巴山 周平（はやま しゅうへい）
住所：千葉県船橋市前原西9-26-4
個人番号：{my_number(SEED + 2)}
支払額：50,000円（税込、源泉前）

本人確認書類（運転免許証の写し）は社内便でお送りしました。

今泉
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Number sent only to the internal accounting department",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "museum-022",
        "charset": "utf-8",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["東都大学 経営史研究センター <keieishi-center@toto-u.ac.jp>"],
        "subject": "共同研究 実績報告用：閲覧者記録（上半期）",
        "body": """東都大学 経営史研究センター
事務ご担当 様

社史アーカイブ室の羽生です。
共同研究「戦後日本の製造業と地域社会」の実績報告用に、
上半期に当室で資料を閲覧された研究者の記録を添付いたします。
報告書の様式に合わせて適宜ご編集ください。
""" + SIG_HANYU,
        "attachments": [
            {"kind": "xlsx", "name": "閲覧者記録_上半期.xlsx",
             "sheets": {
                 "閲覧記録": [
                     ["社史アーカイブ 閲覧者記録（4月～9月）"],
                     [],
                     ["閲覧日", "氏名", "所属", "メールアドレス", "電話番号", "閲覧資料"],
                     ["2025-04-17", "杉浦 恭平", "東都大学 経済学部", "sugiura.k@econ.toto-u.ac.jp", "090-5528-1047", "営業月報 1958-1964"],
                     ["2025-05-09", "比嘉 麻里子", "琉球国際大学 大学院", "higa.mariko.r@gmail.com", "080-2736-9915", "工場日誌 第二工場"],
                     ["2025-05-22", "Eleanor Whitcombe", "Northbridge University", "e.whitcombe@hist.northbridge.ac.uk", "+44 7700 914 233", "社内報 1960年代"],
                     ["2025-06-13", "南雲 篤史", "フリーランス（技術史）", "nagumo.a@outlook.jp", "070-4451-2280", "製品カタログ 1955-1970"],
                     ["2025-07-04", "嶋津 千尋", "湘南文化大学 文学部", "shimazu@shonan-bunka.ac.jp", "090-6674-3309", "労働組合ニュース"],
                     ["2025-08-28", "城之内 海斗", "東都大学 大学院 経済学研究科", "kaito.jonouchi@toto-u.ac.jp", "080-1190-5526", "取締役会資料（公開分）"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six researchers' e-mails and phones in an XLSX sent outside",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "museum-023",
        "charset": "cp932",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["湘南トラベルサービス 仕入課 <shiire@shonan-travel.co.jp>"],
        "subject": "来年度 団体料金表・受入条件のご案内",
        "body": """湘南トラベルサービス株式会社
仕入課 御中

平素より格別のお引き立てを賜り、ありがとうございます。
日の出産業ミュージアム団体予約デスクの丸岡でございます。

来年度（4月1日以降ご来館分）の団体料金表および受入条件を
PDFにてお送りいたします。企画のご参考にしていただけますと幸いです。
""" + SIG_MARUOKA,
        "attachments": [
            {"kind": "pdf", "name": "団体料金表_来年度.pdf", "title": "団体料金表",
             "lines": ["日の出産業ミュージアム 団体料金表（来年度）",
                       "団体は20名以上。添乗員・乗務員は2名まで無料。"],
             "table": [
                 ["区分", "個人料金", "団体料金", "ガイド付き（1団体）"],
                 ["一般", "800円", "600円", "5,000円"],
                 ["大学生", "500円", "400円", "5,000円"],
                 ["高校生以下", "無料", "無料", "無料（学校団体）"],
                 ["65歳以上", "600円", "500円", "5,000円"],
                 ["ショップ利用券付き", "-", "900円", "-"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list PDF to a travel agency",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "museum-024",
        "charset": "iso-2022-jp",
        "sender": "真壁 恭一郎 <k-makabe@hinode-sangyo.co.jp>",
        "to": [
            "早乙女 雅人 様 <saotome@minatogawa-sangyoshi.or.jp>",
            "川崎電機 技術資料室 <gijutsu-shiryo@kawasaki-denki.co.jp>",
            "鷹野 義明 様 <takano.yoshiaki@gmail.com>",
            "志茂田 千景 様 <chikage.shimoda@icloud.com>",
        ],
        "subject": "企画展閉幕のご報告と御礼",
        "body": """ご出品者の皆様

日の出産業ミュージアム館長の真壁でございます。
企画展「電気が暮らしに来た日」は、12月14日をもちまして無事閉幕いたしました。
会期中の来場者数は 21,486 名と、当館企画展として過去最高となりました。

これもひとえに、貴重な資料をご出品くださった皆様のご厚意の賜物と存じ、
心より御礼申し上げます。返却につきましては担当の久保田より
個別にご連絡申し上げます。

今後とも当館の活動にご支援を賜りますよう、お願い申し上げます。

日の出産業ミュージアム 館長　真壁 恭一郎
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "visible parties: four lenders (two institutions, two private collectors) see each other in To",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "museum-025",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["川崎市教育委員会 指導課 <shido-ka@city-kawasaki-edu.lg.jp>"],
        "subject": "学校団体受入実績（市内・市外別）のご報告",
        "body": """川崎市教育委員会 指導課 御中

いつもお世話になっております。日の出産業ミュージアム教育普及係の小野寺です。
昨年度の学校団体受入実績を、ご依頼の様式で添付いたします。
個々の学校名は「学校別」シートに、児童・生徒数の合計のみ記載しております。
""" + SIG_ONODERA,
        "attachments": [
            {"kind": "xlsx", "name": "学校団体受入実績_昨年度.xlsx",
             "sheets": {
                 "集計": [
                     ["学校団体受入実績（昨年度）"],
                     ["区分", "校数", "児童・生徒数", "引率者数"],
                     ["市内小学校", 38, 3104, 162],
                     ["市内中学校", 11, 1287, 54],
                     ["市外小学校", 14, 1022, 61],
                     ["市外中学校・高校", 9, 806, 37],
                     ["特別支援学校", 3, 64, 29],
                     ["合計", 75, 6283, 343],
                 ],
                 "学校別": [
                     ["学校名", "所在地", "学年", "人数", "来館月"],
                     ["川崎市立若葉台小学校", "川崎市中原区", "4年", 104, "6月"],
                     ["川崎市立小杉中学校", "川崎市中原区", "1年", 212, "10月"],
                     ["川崎市立宮内小学校", "川崎市中原区", "3年", 88, "11月"],
                     ["川崎市立有馬中央小学校", "川崎市宮前区", "4年", 131, "1月"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics and a list of schools (organisations) to the board of education",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "museum-026",
        "charset": "iso-2022-jp",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["ものづくり工房リンク 講師 蔵前様 <kuramae@monozukuri-link.jp>"],
        "subject": "11/6 小杉中学校 ワークショップ当日の配慮事項",
        "body": """ものづくり工房リンク
蔵前 様

お世話になっております。日の出産業ミュージアム教育普及係の小野寺です。
11月6日の「モーターをつくろう」ワークショップについて、
学校から配慮のお願いがありましたので共有いたします。

・1年3組 鮫島 悠真 さん
　てんかんの持病があり服薬中とのこと。強い点滅光で発作が起きることがあるため、
　LEDの点滅実験の際は席を窓側の端にし、点滅は短時間でお願いいたします。
　発作時は養護教諭が対応しますので、すぐに声をかけてください。

・はんだごては使用しない工程に変更済みです。

当日は9:15に搬入口でお待ちしております。
""" + SIG_ONODERA.replace('－', '−'),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named pupil's epilepsy and medication told to an outside instructor",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "museum-027",
        "charset": "utf-8",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["プロダクション青嵐 制作部 <seisaku@seiran-pro.co.jp>"],
        "subject": "Re: 番組ロケのご相談（収蔵庫の撮影について）",
        "body": """プロダクション青嵐
制作部 ご担当 様

お世話になっております。日の出産業ミュージアム広報の椎名です。
ロケのご相談ありがとうございます。社内で確認した結果をお知らせします。

1. 常設展示室・エントランス：撮影可（開館前 8:00～9:30）
2. 収蔵庫：撮影可。ただし未発表製品の試作品が保管されている棚は画角から外していただきます。
   この点について、事前に弊社と秘密保持契約（NDA）を締結いただく必要がございます。
   契約書のひな形は法務部から別途お送りします。
3. 社史アーカイブ：資料の接写は不可、閲覧風景のみ可。

撮影料は無料ですが、放送日と番組名を事前にお知らせください。
""" + SIG_SHIINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "filming conditions that mention an NDA to be signed: no marking, no personal data",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "museum-028",
        "charset": "cp932",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
        "subject": "請求書（No. NI-24-1187）受領および支払予定日のご連絡",
        "body": """錦印刷株式会社
経理課 御中

いつもお世話になっております。日の出産業ミュージアム友の会事務局の戸塚です。
下記請求書を受領いたしましたので、支払予定日をご連絡いたします。

　請求書番号：NI-24-1187
　適格請求書発行事業者登録番号：T6702011458832
　件名：会報「ひのでだより」夏号 印刷・封入・発送
　金額：287,320円（税込）
　支払予定日：9月30日（当社規定により月末締め翌月末払い）
　振込先：みどり銀行 川崎支店 当座 0081234 ニシキインサツ（カ

ご確認のほどよろしくお願いいたします。
""" + SIG_TOTSUKA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice number, supplier's T-number and company bank account to the printer's accounts",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "museum-029",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 設楽様 <shitara@nishiki-insatu.co.jp>"],
        "subject": "図録 再校の戻しについて",
        "body": """錦印刷株式会社
制作部　設楽様

お世話になっております。日の出産業ミュージアムの久保田です。
企画展図録の再校、確認いたしました。赤字は以下のとおりです。

　p.12　図版キャプション「1957年頃」→「1957年」
　p.38　本文3行目「エアサス」→「エアサスペンション」
　p.64　出品リスト No.41 の所蔵者表記を「個人蔵」に統一
　p.88　奥付の発行日を「10月4日」に

三校は不要です。責了でお願いいたします。納品は9月30日厳守でお願いします。
""" + SIG_KUBOTA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: nishiki-insatu.co.jp (letter dropped) for partner nishiki-insatsu.co.jp",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "museum-030",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["南雲 篤史 様 <nagumo.a@outlook.jp>"],
        "subject": "Re: 社史資料の閲覧について",
        "body": """南雲 様

社史アーカイブ室の羽生です。お問い合わせありがとうございます。
個人で研究されている方の閲覧もお受けしております。
添付の閲覧申請書にご記入のうえ、ご希望日の2週間前までにご返送ください。

・閲覧可能な資料：製品カタログ（1955-1970）、社内報（1950-1985）、広告資料
・閲覧できない資料：人事記録、取締役会議事録の非公開部分、個人宛書簡

ご来室の際は身分証明書をお持ちください。

---- 南雲様のメール ----
> 技術史を個人で研究している南雲と申します。
> 御社の昭和30年代の製品カタログを拝見したく、閲覧は可能でしょうか。
""" + SIG_HANYU,
        "attachments": [
            {"kind": "docx", "name": "閲覧申請書_様式1.docx", "title": "社史アーカイブ 閲覧申請書",
             "paragraphs": ["社史アーカイブ 閲覧申請書（様式1）",
                            "日の出産業株式会社 社史アーカイブ室 御中",
                            "下記のとおり閲覧を申請します。閲覧規程を遵守します。"],
             "tables": [[
                 ["申請日", ""], ["氏名", ""], ["所属", ""], ["連絡先（電話・メール）", ""],
                 ["閲覧希望日", ""], ["閲覧希望資料", ""], ["利用目的", ""],
             ]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply with a blank application form to one private researcher on free mail",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "museum-031",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["hoshino.craft.studio@gmail.com"],
        "subject": "夏休み親子工作教室 参加者一覧（8/2午前の部）",
        "body": """星野先生

お世話になっております。小野寺です。
8月2日（土）午前の部の参加者一覧をお送りします。
材料の準備と名札の作成にお使いください。

受付No\t保護者名\tお子さま\t学年\t電話\tメール
P-01\t牧原 慎吾\t牧原 蓮\t小3\t090-3302-7718\tmakihara.s@docomo.ne.jp
P-02\t石動 由紀\t石動 さくら\t小5\t080-6619-0241\tyuki.isurugi@gmail.com
P-03\t湯浅 直樹\t湯浅 樹\t小4\t070-2285-6634\tnaoki_yuasa@yahoo.co.jp
P-04\t東雲 香織\t東雲 陽菜\t小2\t090-9915-3306\tshinonome.k@icloud.com
P-05\t薬師寺 亘\t薬師寺 琉生\t小6\t080-4471-5528\tw.yakushiji@outlook.jp
P-06\t猪狩 朋美\t猪狩 奏太\t小3\t090-7730-2261\ttomomi.igari@ezweb.ne.jp

当日は9:30集合です。よろしくお願いいたします。
""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "list: six families' phones and e-mails (tab-separated) to an instructor's gmail",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "museum-032",
        "charset": "utf-8",
        "sender": "Saori Kubota <s-kubota@hinode-sangyo.co.jp>",
        "to": ["Registrar <registrar@lindqvist-technikmuseum.se>"],
        "subject": "Loan LN-2025-07: courier schedule for the installation",
        "body": """Dear Ms. Holmberg,

Thank you for confirming the loan of the two telephone switchboard models
(inv. nos. LTM 1938:14 and LTM 1952:03) for our exhibition.

Proposed schedule for the courier supervision:
  - 22 Sep: arrival of the crates at Narita, bonded storage (Aoba Unyu)
  - 24 Sep: delivery to the museum, acclimatisation for 24 hours
  - 25 Sep: unpacking and condition check with your courier, installation
  - 26 Sep: courier free / departure

We will book the courier's hotel (Sakura Hotel Musashi-Kosugi, 3 nights) and
cover the per diem as stated in the loan agreement. Could you let us know the
courier's name and flight details once they are decided? We only need these
for the hotel booking and airport pick-up.

Kind regards,
""" + SIG_KUBOTA + "\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English loan logistics mail to a foreign museum, no personal data",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "museum-033",
        "charset": "iso-2022-jp",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["テレビみなと 報道局 <news-desk@tv-minato.co.jp>"],
        "subject": "10/3 プレス内覧会 ご来場者の確認",
        "body": """テレビみなと 報道局 ご担当 様

お世話になっております。日の出産業ミュージアム広報の椎名です。
10月3日（金）のプレス内覧会につき、ご登録内容を確認させてください。
入館証の発行と駐車場の手配に使用いたします。

　・国府田 直人 様（ディレクター）　携帯 090-6671-2904
　・鬼塚 亮 様（カメラ）　　　　　　携帯 080-3325-7719
　・嵯峨 由布子 様（音声）　　　　　携帯 070-5508-1146

中継車の駐車は北側搬入口をご利用ください。
相違がございましたらご連絡ください。
""" + SIG_SHIINA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three crew members' mobiles back to their own TV station: under five, may be warned",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "museum-034",
        "charset": "utf-8",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 国際美術品課 <kokusai-art@aoba-unyu.co.jp>"],
        "subject": "成田空港 保税エリア立会い クーリエ2名の情報",
        "body": """青葉運輸株式会社
国際美術品課 ご担当 様

お世話になっております。日の出産業ミュージアムの久保田です。
スウェーデンからの借用資料（LN-2025-07）について、成田空港の保税エリアで
貨物に立ち会うクーリエ2名の情報をお送りします。入構申請にご利用ください。

■ クーリエ1
Name: Ingrid Holmberg
Nationality: Sweden
Date of birth: 1979-03-14
Passport No.: 94218376
Flight: SK983 CPH-NRT, 22 Sep 08:35 arr.

■ クーリエ2
Name: 佐伯 まどか（SAEKI MADOKA）
Nationality: Japan（同館 東アジア部門スタッフ）
Date of birth: 1985-10-02
Passport No.: TR4820917
Flight: SK983 CPH-NRT, 22 Sep 08:35 arr.

当日は当館学芸員の久保田も空港に伺います。
""" + SIG_KUBOTA,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: two couriers' passport numbers and dates of birth to the transport partner",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "museum-035",
        "charset": "cp932",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["ほしぞら旅行 企画二課 綿貫様 <watanuki@hoshizora-travel.co.jp>"],
        "subject": "産業遺産めぐり 周辺施設リスト（ご参考）",
        "body": """綿貫様

お世話になっております。丸岡です。
ツアー企画のご参考に、当館と組み合わせやすい周辺施設の一覧をお送りします。
各施設の団体窓口の代表番号です。団体受入条件は各施設に直接ご確認ください。

丸岡
""",
        "attachments": [
            {"kind": "csv", "name": "周辺施設一覧.csv", "encoding": "cp932",
             "rows": [
                 ["施設名", "種別", "所在地", "団体窓口TEL", "所要時間（当館から）"],
                 ["県立湊川産業史博物館", "博物館", "横浜市神奈川区湊川町1-1", "045-441-2200", "バス40分"],
                 ["川崎電機 ものづくり館", "企業ミュージアム", "川崎市幸区南加瀬6-2-1", "044-580-7711", "バス25分"],
                 ["北国フーズ 工場見学センター", "工場見学", "川崎市川崎区浮島町18-3", "044-280-5566", "バス35分"],
                 ["多摩川ふれあい公園", "公園", "川崎市中原区上丸子天神町1000", "044-733-9900", "徒歩15分"],
                 ["なかはら歴史資料館", "資料館", "川崎市中原区小杉陣屋町2-8", "044-722-3014", "徒歩10分"],
                 ["さくらホテル武蔵小杉", "ホテル（昼食会場）", "川崎市中原区新丸子東3-4-5", "044-711-8200", "徒歩5分"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of facilities and switchboards (businesses, not people) to a travel agency",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "museum-036",
        "charset": "iso-2022-jp",
        "sender": "真壁 恭一郎 <k-makabe@hinode-sangyo.co.jp>",
        "to": ["スタジオかなで 代表 音羽様 <otowa@studio-kanade.jp>"],
        "subject": "【取扱注意】常設展リニューアル 基本構想（社内検討版）",
        "body": """株式会社スタジオかなで
代表取締役　音羽 様

お世話になっております。日の出産業ミュージアムの真壁です。
常設展リニューアルの基本構想（社内検討版）をお送りします。
まだ経営会議の承認前の資料ですので、お取り扱いにはご注意ください。

-----------------------------------------
機密区分：部外秘
文書番号：HM-PLN-2025-011
-----------------------------------------

主な検討事項
　1. ゾーニング案（創業期／高度成長期／現代・未来）
　2. 未発表の次世代製品の先行展示コーナーの可否
　3. 総事業費の上限（添付 p.6）

来週の打合せでご意見を伺えれば幸いです。
日の出産業ミュージアム 館長　真壁 恭一郎
""",
        "attachments": [
            {"kind": "pptx", "name": "常設展リニューアル基本構想_v3.pptx",
             "page_footer": "部外秘　日の出産業株式会社",
             "slides": [
                 ["常設展リニューアル 基本構想（社内検討版）", "部外秘", "日の出産業ミュージアム"],
                 ["ゾーニング案", "Zone A 創業期 1948-1960", "Zone B 高度成長期 1960-1990",
                  "Zone C 現代・未来"],
                 ["事業費", "総事業費上限：3億2,000万円（税別）", "うち展示工事 2億1,000万円"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: 取扱注意 in the subject, 部外秘 classification in body and slides",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "museum-037",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["嶋津 千尋 先生 <shimazu@shonan-bunka.ac.jp>"],
        "subject": "Re: 社内報の複写について",
        "body": """嶋津先生

社史アーカイブ室の羽生です。
ご依頼の社内報（1962年〜1968年）について確認いたしました。

一般向けの社内報「ひので」は複写可能です（1枚30円、郵送可）。
一方、同時期の管理職向け「部課長通信」は当時「社外秘」扱いで発行された
ものであり、現在も公開の対象外となっておりますので、閲覧・複写とも
ご容赦ください。論文中で存在に言及されることは差し支えありません。

複写をご希望のページ番号をお知らせいただければ、見積りをお送りします。
""" + SIG_HANYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned (why a source is closed), not a marking",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "museum-038",
        "charset": "cp932",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング課 <catering@kitaguni-foods.co.jp>"],
        "subject": "FW: 【名簿】11/15 OB会見学ツアー参加者",
        "body": """北国フーズ株式会社
ケータリング課 ご担当 様

お世話になっております。日の出産業ミュージアムの丸岡です。
11月15日の昼食会（12名様）の席札作成用に、旅行会社からの名簿を転送します。
席順は名簿順でお願いします。

-----Original Message-----
From: 湘南トラベルサービス 団体課 <dantai@shonan-travel.co.jp>
Sent: Monday, November 3, 2025 10:12 AM
To: y-maruoka@hinode-sangyo.co.jp
Subject: 【名簿】11/15 OB会見学ツアー参加者

丸岡様

11/15 日の出産業OB会様の参加者名簿です。

No.　氏名　　　　　　フリガナ　　　　　　年齢　携帯電話
１　　戸祭　勝利　　　トマツリ　カツトシ　　７８　０９０－３１２８－４４７０
２　　戸祭　昌代　　　トマツリ　マサヨ　　　７５　０９０－３１２８－４４７１
３　　梓川　源一　　　アズサガワ　ゲンイチ　８２　０８０－５５１３－２０６６
４　　能登谷　孝夫　　ノトヤ　タカオ　　　　７６　０９０－８８０２－１９３５
５　　御厨　文江　　　ミクリヤ　フミエ　　　７９　０７０－１４４２－６６０８
６　　椎葉　勇　　　　シイバ　イサム　　　　８０　０９０－６２３７－５１８４
７　　神馬　和子　　　ジンバ　カズコ　　　　７４　０８０－２９０３－７７４２

※残り5名は追ってお送りします。

湘南トラベルサービス 団体課 高遠
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a forwarded name list of seven people with mobiles (full-width digits) to the caterer",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "museum-039",
        "charset": "utf-8",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["情報システム課 菅野 <kanno@mail.hinode-sangyo.co.jp>"],
        "subject": "友の会会員データ 移行用CSVの件",
        "body": """菅野さん

お疲れさまです。友の会事務局の戸塚です。
新しい会員管理システムへの移行テスト用に、会員データの一部をCSVで送ります。
文字化けがないか、住所の分割が正しく取り込めるかご確認ください。
本番データなので、テスト後は削除をお願いします。

戸塚
""",
        "attachments": [
            {"kind": "csv", "name": "member_export_sample.csv", "encoding": "utf-8",
             "rows": [
                 ["member_id", "name", "kana", "zip", "address", "tel", "email", "joined"],
                 ["T-10231", "宇佐美 敏行", "ウサミ トシユキ", "213-0012", "神奈川県川崎市高津区坂戸4-7-18", "044-811-3067", "usami.t@nifty-mail.jp", "2019-05-11"],
                 ["T-10244", "鳴海 加奈子", "ナルミ カナコ", "226-0025", "神奈川県横浜市緑区十日市場町2-33-5", "045-982-4410", "kanako.narumi@gmail.com", "2020-02-01"],
                 ["T-10259", "柚木 正臣", "ユノキ マサオミ", "146-0082", "東京都大田区池上9-2-11", "03-3753-1186", "", "2020-07-19"],
                 ["T-10262", "桐生 さとみ", "キリュウ サトミ", "211-0041", "神奈川県川崎市中原区下小田中6-15-2", "090-2278-5513", "satomi.k@icloud.com", "2021-04-03"],
                 ["T-10270", "千秋 大地", "センシュウ ダイチ", "224-0032", "神奈川県横浜市都筑区茅ケ崎中央18-4-902", "080-6623-9048", "d.senshu@outlook.jp", "2022-10-22"],
                 ["S-00907", "相馬 ミツ", "ソウマ ミツ", "210-0845", "神奈川県川崎市川崎区渡田山王町22-9", "044-344-7126", "", "2015-06-30"],
             ]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "member list to an internal subdomain (mail.hinode-sangyo.co.jp): internal only",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "museum-040",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["スタジオかなで 設計チーム <design@studio-kanade.jp>"],
        "subject": "企画展 出品リスト（最終版）と展示ケース割付",
        "body": """スタジオかなで 設計チームの皆様

お世話になっております。久保田です。
企画展の出品リスト最終版をお送りします。ケース割付の検討にお使いください。
寸法は梱包前の実測値です（単位：mm）。

よろしくお願いします。
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "xlsx", "name": "出品リスト_最終版.xlsx",
             "sheets": {
                 "出品リスト": [
                     ["No.", "資料名", "年代", "所蔵", "W", "D", "H", "ケース"],
                     [1, "卓上扇風機（試作品）", "1957", "県立湊川産業史博物館", 320, 240, 410, "独立1"],
                     [2, "電気釜 初期型", "1961", "日の出産業株式会社", 300, 300, 280, "壁付A"],
                     [3, "真空管ラジオ 5球スーパー", "1954", "川崎電機株式会社", 460, 230, 300, "壁付A"],
                     [4, "白黒テレビ 14型", "1960", "なかはら歴史資料館", 520, 480, 500, "独立2"],
                     [5, "工場作業風景 ガラス乾板", "1963", "個人蔵", 120, 5, 165, "ライトボックス"],
                     [6, "営業用ポスター「家庭に電化を」", "1958", "日の出産業株式会社", 728, 3, 1030, "壁面"],
                     [7, "電話交換機模型", "1938", "Lindqvist Technikmuseum", 600, 400, 720, "独立3"],
                 ],
                 "ケース一覧": [
                     ["ケース", "内寸W", "内寸D", "内寸H", "照度上限(lx)"],
                     ["独立1", 600, 600, 900, 150],
                     ["独立2", 800, 700, 900, 150],
                     ["壁付A", 3600, 550, 1800, 150],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "object list naming lending institutions (and 個人蔵): no person's data",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "museum-041",
        "charset": "cp932",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル武蔵小杉 宴会予約 <banquet-kosugi@sakura-hotel.jp>"],
        "subject": "10/18 友の会昼食会 ご参加者のご配慮について",
        "body": """さくらホテル武蔵小杉
宴会予約ご担当 様

お世話になっております。日の出産業ミュージアムの丸岡です。
10月18日の友の会昼食会（28名様、「桜の間」）につき、
ご配慮いただきたい方がいらっしゃいますのでご連絡します。

・芳賀 信子 様（会員番号 S-00688）
　身体障害者手帳1種2級（下肢機能障害）をお持ちで、車椅子でご来場されます。
　段差のない動線と、出入口に近いお席をお願いいたします。
　介助のご家族（芳賀 茂 様）がご同伴です。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named member's disability certificate grade sent to the hotel",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "museum-042",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["川崎電機 技術資料室 桐ヶ谷様 <kirigaya@kawasaki-denki.co.jp>"],
        "subject": "真空管ラジオ（KD-A-0091）ご出品の御礼と今後の予定",
        "body": """川崎電機株式会社
技術資料室　桐ヶ谷 様

いつも大変お世話になっております。日の出産業ミュージアムの久保田です。
このたびは貴社の真空管ラジオ「5球スーパー」（資料番号 KD-A-0091）の
ご出品をご快諾いただき、誠にありがとうございます。

今後の予定は以下のとおりです。
　9月10日　借用書の取り交わし（郵送）
　9月24日　集荷（青葉運輸、貴社立会い）
　12月22日　返却

キャプションのクレジットは「川崎電機株式会社蔵」とさせていただきます。
ご確認のほどよろしくお願いいたします。
""" + SIG_KUBOTA + "\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary loan mail to a partner with the Japanese confidentiality disclaimer",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "museum-043",
        "charset": "utf-8",
        "sender": "日の出産業ミュージアム ショップ <museum-shop@hinode-sangyo.co.jp>",
        "to": ["ブックス鶴見 仕入部 <shiire@books-tsurumi.co.jp>"],
        "subject": "企画展図録 委託分の発送のお知らせ",
        "body": """ブックス鶴見株式会社
仕入部 御中

いつもお世話になっております。日の出産業ミュージアム ミュージアムショップです。
ご注文いただきました企画展図録を、本日下記のとおり発送いたしました。

　ご注文番号：BT-PO-558213
　品名：図録「電気が暮らしに来た日」（ISBN 978-4-905871-22-6）
　数量：40冊（2箱）
　運送会社：青葉運輸 宅配便
　お問い合わせ番号：4412-7790-3365 / 4412-7790-3376
　お届け予定：10月7日（火）午前中

納品書は箱1に同梱しております。
ミュージアムショップ担当 飯干（いいぼし）
TEL 044-733-5167
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order number, ISBN and tracking numbers to a bookshop",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "museum-044",
        "charset": "iso-2022-jp",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": [
            "若葉台小学校 須賀先生 <suga-n@wakabadai-es.ed.jp>",
            "小杉中学校 理科 丹羽先生 <niwa@kosugi-jhs.ed.jp>",
        ],
        "cc": ["有馬中央小学校 教務 <kyomu@arimachuo-es.ed.jp>"],
        "subject": "連携授業プログラム 第1回打合せのご案内",
        "body": """各校 ご担当の先生方

いつもお世話になっております。日の出産業ミュージアム教育普及係の小野寺です。
今年度の「ミュージアム連携授業」の第1回打合せを、下記のとおり開催いたします。

　日時：5月21日（水）16:00〜17:00
　場所：当館 1階 レクチャールーム（オンライン参加も可）
　内容：年間スケジュール、ワークシートの改訂、来館時の動線

ご出欠を5月14日までにお知らせください。
""" + SIG_ONODERA.replace('－', '−'),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three schools' teachers see each other in To/Cc",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "museum-045",
        "charset": "cp932",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["鷹野 義明 様 <takano.yoshiaki@gmail.com>"],
        "subject": "RE: ガラス乾板の集荷日について",
        "body": """鷹野様

ご返信ありがとうございます。
それでは9月24日（水）午後2時に、青葉運輸の作業員2名と私の計3名で
ご自宅に伺います。作業時間は1時間ほどの見込みです。
当日の朝、出発時にお電話いたします。

久保田

-----Original Message-----
From: 鷹野 義明 <takano.yoshiaki@gmail.com>
Sent: Thursday, September 11, 2025 9:41 PM
To: 久保田 沙織 <s-kubota@hinode-sangyo.co.jp>
Subject: Re: ガラス乾板の集荷日について

久保田様

24日の午後で結構です。住所は以前お伝えしたとおり
〒227-0043 横浜市青葉区藤が丘2-19-6 です。
駐車場はありませんので、近くのコインパーキングをご利用ください。
携帯は 090-2847-1163 です。

鷹野
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "lender's own address and phone appear only in his quoted mail; one free-mail recipient",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "museum-046",
        "charset": "utf-8",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["なかはら歴史資料館 学芸係 <gakugei@nakahara-rekishi.or.jp>"],
        "subject": "返却時コンディションレポートの送付",
        "body": """なかはら歴史資料館 学芸係 御中

お世話になっております。日の出産業ミュージアムの久保田です。
ご貸出いただいた白黒テレビ14型の返却時コンディションレポートを送付します。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えします。

展示期間中、新たな損傷はございませんでした。
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "pdf", "name": "ConditionReport_TV14_return.pdf", "password": "nkr1222",
             "title": "Condition Report",
             "lines": ["コンディションレポート（返却時）", "資料名：白黒テレビ14型（1960）",
                       "外装：経年による微細な擦れ（貸出時記録どおり）", "新たな損傷：なし"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF to a lender museum",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "museum-047",
        "charset": "iso-2022-jp",
        "sender": "日の出産業ミュージアム 運営企画 <museum-info@hinode-sangyo.co.jp>",
        "to": ["リサーチ・ラボ湘南 調査部 <chosa@research-lab-shonan.co.jp>"],
        "subject": "来館者アンケート 集計結果（分析のご依頼）",
        "body": """株式会社リサーチ・ラボ湘南
調査部 御中

お世話になっております。日の出産業ミュージアム運営企画です。
上半期の来館者アンケートの単純集計をお送りします。
ご提案いただいたクロス分析の前提資料としてお使いください。
個票データは、分析方針が固まり次第、匿名加工したうえでお渡しします。

【回答数】1,842件

【年代】
　10代以下　 9.8％
　20代　　　12.4％
　30代　　　15.1％
　40代　　　21.7％
　50代　　　17.3％
　60代　　　14.2％
　70代以上　 9.5％

【満足度（5段階）】平均 4.31
【来館のきっかけ】ＳＮＳ 28％／口コミ 24％／ポスター 13％／旅行会社 11％／その他 24％
【再来館意向】「ぜひ来たい」「機会があれば」計 87.6％

運営企画担当　TEL 044-733-5160
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate survey statistics only",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "museum-048",
        "charset": "cp932",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人たまがわ <tetsuzuki@tamagawa-sr.jp>"],
        "subject": "パートタイム館内ガイド 資格取得届の件",
        "body": """社会保険労務士法人たまがわ
手続きご担当 様

いつもお世話になっております。日の出産業ミュージアム総務の今泉です。
10月1日付で週30時間勤務に変更となる館内ガイド1名につき、
社会保険の資格取得手続きをお願いいたします。

　氏名：　　　　　甲斐田 芙美（カイダ フミ）
　生年月日：　　　昭和５８年４月２日
　住所：　　　　　神奈川県川崎市高津区久本７－１２－３０
　基礎年金番号：　4821-603715
　資格取得日：　　10月1日
　標準報酬月額：　200,000円

扶養家族はおりません。よろしくお願いいたします。

総務・施設担当 今泉
""",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: a guide's basic pension number with 和暦 birth date to an outside labour office",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "museum-049",
        "charset": "iso-2022-jp",
        "sender": "日の出産業ミュージアム友の会 <tomonokai@hinode-sangyo.co.jp>",
        "to": ["日の出産業ミュージアム友の会 <tomonokai@hinode-sangyo.co.jp>"],
        "bcc": [
            "usami.t@nifty-mail.jp", "kanako.narumi@gmail.com", "satomi.k@icloud.com",
            "d.senshu@outlook.jp", "ebisawa.kiyoshi@ezweb.ne.jp", "ijuin.minoru@yahoo.co.jp",
        ],
        "subject": "【友の会】秋のバックヤードツアー 参加者募集のお知らせ",
        "body": """友の会会員の皆様

いつも日の出産業ミュージアムをご支援いただき、ありがとうございます。
会員限定「秋のバックヤードツアー」の参加者を募集いたします。

　日時：11月8日（土）(1)10:30〜　(2)14:00〜（各回約60分）
　定員：各回15名（応募多数の場合は抽選）
　内容：収蔵庫・修復室・社史アーカイブ閲覧室の見学
　申込：10月20日までに、本メールへの返信で「希望回・会員番号・お名前」をお送りください。

※本メールは会員の皆様にBCCでお送りしております。
""" + SIG_TOTSUKA.replace('～', '〜'),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "member newsletter with every member in Bcc: nobody sees anybody",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "museum-050",
        "charset": "utf-8",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["PRパートナーズ横浜 アカウント担当 <account@pr-partners-yokohama.co.jp>"],
        "subject": "プレス内覧会 招待リスト（媒体担当者）",
        "body": """PRパートナーズ横浜
アカウントご担当 様

お世話になっております。広報の椎名です。
10/3のプレス内覧会の招待状送付をお願いしたく、媒体ご担当者のリストをお送りします。
各媒体の編集部宛てでお送りいただければ結構です。

媒体名                   部署        担当者          電話（直通）      メール
-----------------------  ----------  --------------  ----------------  ---------------------------------------
神奈川経済日報           文化部      村雨 紀子       045-212-6631      murasame@kanagawa-keizai-nippo.co.jp
タウンニュース川崎       編集部      戸来 慎也       044-520-1187      herai@townnews-kawasaki.jp
月刊ミュージアムウォーカー 編集部    綾瀬 ほのか     03-5412-7790      ayase@museum-walker.com
テレビみなと             報道局      国府田 直人     045-663-2201      koda@tv-minato.co.jp
産業技術タイムズ         編集部      宇都 圭吾       03-6277-4413      uto@sangyo-gijutsu-times.jp

よろしくお願いいたします。
""" + SIG_SHIINA,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five journalists' business contacts (desk lines, work mail) to the PR agency: people list or business contacts",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "museum-051",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["ミュージアム・エデュケーション研究所 研修事務局 <kenshu@museum-edu-lab.or.jp>"],
        "subject": "ボランティアガイド研修 受講者名簿",
        "html": """<html><body>
<p>ミュージアム・エデュケーション研究所<br>研修事務局 御中</p>
<p>いつもお世話になっております。日の出産業ミュージアム教育普及係の小野寺です。<br>
12月のボランティアガイド研修（全3回）の受講者名簿をお送りします。<br>
修了証の作成と、各回の案内の送付にご利用ください。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>住所</th><th>電話</th><th>メール</th></tr></thead>
<tbody>
<tr><td>1</td><td>九条 雅彦</td><td>クジョウ マサヒコ</td><td>S27.7.19</td><td>川崎市中原区井田三舞町14-8</td><td>044-755-2318</td><td>kujo.m@nifty-mail.jp</td></tr>
<tr><td>2</td><td>諏訪部 玲子</td><td>スワベ レイコ</td><td>S31.1.5</td><td>川崎市高津区末長1-42-9</td><td>090-1864-5207</td><td>reiko.suwabe@gmail.com</td></tr>
<tr><td>3</td><td>仁科 邦夫</td><td>ニシナ クニオ</td><td>S24.11.30</td><td>横浜市港北区日吉本町6-3-21</td><td>045-561-0982</td><td>k-nishina@yahoo.co.jp</td></tr>
<tr><td>4</td><td>若狭 みどり</td><td>ワカサ ミドリ</td><td>S35.4.12</td><td>川崎市中原区木月住吉町33-2</td><td>080-4437-6610</td><td>midori.w@icloud.com</td></tr>
<tr><td>5</td><td>五味 隆之</td><td>ゴミ タカユキ</td><td>H2.11.3</td><td>川崎市幸区小倉5-11-17</td><td>070-3392-8845</td><td>gomi.takayuki@outlook.jp</td></tr>
<tr><td>6</td><td>眞鍋 昭</td><td>マナベ アキラ</td><td>S22.3.8</td><td>川崎市中原区上平間1700-4</td><td>044-533-1276</td><td></td></tr>
</tbody></table>
<p>日の出産業ミュージアム 教育普及係 小野寺 健<br>TEL 044-733-5165</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: HTML table of six volunteers with 和暦 birth dates, addresses, phones, mail",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "museum-052",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
        "subject": "収蔵品管理システム 画像登録時のエラーについて（問合せ番号 TS-77120）",
        "body": """ツバサシステム株式会社
サポートセンター 御中

いつもお世話になっております。日の出産業株式会社 社史アーカイブ室の羽生です。
収蔵品管理システム「ArcaVault」で、画像を一括登録する際にエラーが発生します。

・発生日時：10月14日 15:02頃
・操作：資料番号 HS-1960-0001〜0250 の画像一括登録（TIFF、計250件）
・現象：約120件目で処理が停止し、「E-4107 タイムアウト」が表示される
・バージョン：ArcaVault 5.2.3（サーバ：AV-SRV01）

アプリケーションログを添付いたします。利用者情報などの個人データは
含まれていないことを確認済みです。ご調査をお願いいたします。
""" + SIG_HANYU,
        "attachments": [
            {"kind": "txt", "name": "arcavault_app_20251014.log",
             "text": "2025-10-14 15:01:55 INFO  batch-import start job=BI-3318 count=250\n"
                     "2025-10-14 15:02:31 INFO  imported HS-1960-0118.tif (18.2MB)\n"
                     "2025-10-14 15:02:44 WARN  slow response from storage node ST-02 (12004 ms)\n"
                     "2025-10-14 15:03:44 ERROR E-4107 timeout while writing HS-1960-0121.tif\n"
                     "2025-10-14 15:03:44 INFO  batch-import aborted job=BI-3318 done=120\n"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "support ticket with an application log to the IT partner, no personal data",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "museum-053",
        "charset": "cp932",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 川崎支店 法人営業課 <kawasaki-hojin@midori-ginko.co.jp>"],
        "subject": "ミュージアム寄附金口座 開設書類の件",
        "body": """株式会社みどり銀行 川崎支店
法人営業課　担当 様

いつもお世話になっております。日の出産業株式会社 ミュージアム総務の今泉です。
ミュージアムの寄附金受入専用口座の開設につき、ご依頼の書類を確認しました。

・口座名義：日の出産業株式会社 ミュージアム寄附金口
・法人番号：1304017726150
・届出印：別送（社内決裁後、10月20日までに持参いたします）
・代表者：代表取締役社長 名義（登記簿謄本を同封）

振込入金の際の依頼人名の表示（「キフ」＋寄附者名）について、
通帳記載の仕様をご教示いただけますでしょうか。

総務・施設担当 今泉 篤（TEL 044-733-5161）
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "company bank-account paperwork with the company's own 法人番号: no person's data",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "museum-054",
        "charset": "iso-2022-jp",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["大和田 恵 <m-owada@hinode-sangyo.jp>"],
        "subject": "来週の団体予約状況（共有）",
        "body": """大和田さん

お疲れさまです。丸岡です。
来週の団体予約状況を共有します。私が水曜休みなので、受付をお願いします。

10/21(火)  10:00  ほしぞら旅行「産業遺産めぐり」      32名  ガイド付
10/22(水)  10:30  川崎市立宮内小学校 3年              88名  ワークシート
10/22(水)  13:30  湘南トラベル シニアクラブ           24名  ガイドなし
10/24(金)  11:00  北国フーズ 新入社員研修             40名  ガイド付・昼食

水曜の小学校は雨天時レクチャールームに変更です。

丸岡
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: colleague addressed at hinode-sangyo.jp (co. dropped) instead of the own domain",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "museum-055",
        "charset": "iso-2022-jp",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["湘南文化大学 文学部 嶋津先生 <shimazu@shonan-bunka.ac.jp>"],
        "subject": "技術史セミナー 第5回ご登壇のお礼と謝金のお手続き",
        "body": """嶋津 千尋 先生

日の出産業ミュージアム総務の今泉でございます。
このたびは「技術史セミナー」第5回にご登壇いただき、誠にありがとうございました。
受講者アンケートでも大変好評でございました。

謝金（50,000円・税込）のお支払いにあたり、税法上、先生の個人番号（マイナンバー）を
頂戴する必要がございます。メールでは受け付けておりませんので、
別途郵送する「個人番号提供書」に番号をご記入のうえ、本人確認書類の写しとともに
同封の返信用封筒（簡易書留）でご返送くださいますようお願いいたします。

お振込は11月28日を予定しております。
何卒よろしくお願い申し上げます。

日の出産業株式会社 日の出産業ミュージアム 総務・施設担当
今泉 篤　TEL 044-733-5161
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks for a My Number by registered post: mentions マイナンバー but carries none",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "museum-056",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["川崎市立宮内小学校 3学年 <gakunen3@miyauchi-es.ed.jp>"],
        "subject": "10/22 ご来館前の事前学習ワークシート",
        "body": """宮内小学校 3学年の先生方

いつもお世話になっております。日の出産業ミュージアムの小野寺です。
10月22日のご来館に向けて、事前学習用ワークシートと当日の行程表をお送りします。
印刷してお使いください（A4・モノクロで問題ありません）。

・ワークシート「むかしの道具・いまの道具」（2ページ）
・当日の行程表（クラス別の見学順）

雨天の場合は、お弁当はレクチャールームでお召し上がりいただけます。
""" + SIG_ONODERA,
        "attachments": [
            {"kind": "pdf", "name": "事前学習ワークシート_3年.pdf",
             "lines": ["ワークシート「むかしの道具・いまの道具」",
                       "1. おうちの人に、子どものころ家にあった電気の道具をきいてみよう。",
                       "2. ミュージアムで見つけた「いちばん古い道具」をかこう。",
                       "3. むかしの電気釜と、いまの炊飯器のちがいを3つ書こう。",
                       "なまえ（　　　　　　　　）　　くみ（　　）"]},
            {"kind": "pdf", "name": "当日行程表.pdf",
             "table": [["時刻", "1組", "2組", "3組"],
                       ["10:30", "常設展A", "常設展B", "映像ホール"],
                       ["11:10", "常設展B", "映像ホール", "常設展A"],
                       ["11:50", "映像ホール", "常設展A", "常設展B"],
                       ["12:30", "昼食（屋外広場）", "昼食（屋外広場）", "昼食（屋外広場）"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "teaching materials and a class timetable to a school",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "museum-057",
        "charset": "cp932",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["収納サービス・ジャパン 口座振替センター <furikae@shuno-service-japan.co.jp>"],
        "subject": "友の会年会費 口座振替依頼データ（11月振替分）",
        "body": """株式会社収納サービス・ジャパン
口座振替センター 御中

お世話になっております。日の出産業ミュージアム友の会事務局の戸塚です。
11月27日振替分の口座振替依頼データをZIPで送付いたします。
委託者番号：HN-40218

件数：7件　合計金額：19,000円
""" + SIG_TOTSUKA,
        "attachments": [
            {"kind": "zip", "name": "furikae_202511.zip",
             "files": [
                 {"kind": "csv", "name": "furikae_202511.csv", "encoding": "cp932",
                  "rows": [
                      ["会員番号", "預金者名（カナ）", "金融機関", "支店", "種目", "口座番号", "金額"],
                      ["T-10231", "ウサミ トシユキ", "みどり銀行", "高津支店", "普通", "3318427", "3000"],
                      ["T-10244", "ナルミ カナコ", "横浜中央信用金庫", "十日市場支店", "普通", "0726615", "3000"],
                      ["P-00418", "エビサワ キヨシ", "ゆうちょ銀行", "〇一八支店", "普通", "4471903", "5000"],
                      ["T-10262", "キリュウ サトミ", "みどり銀行", "武蔵小杉支店", "普通", "5590128", "3000"],
                      ["S-00907", "ソウマ ミツ", "川崎協働信用組合", "本店営業部", "普通", "0193384", "2000"],
                      ["T-10281", "アイザワ ケイスケ", "さがみ野銀行", "溝口支店", "普通", "6602571", "3000"],
                      ["T-10288", "タチバナ ユウコ", "みどり銀行", "元住吉支店", "当座", "0048822", "3000"],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: seven members' bank accounts in a CSV inside a ZIP to a collection agency",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "museum-058",
        "charset": "iso-2022-jp",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル武蔵小杉 宴会予約 <banquet-kosugi@sakura-hotel.jp>"],
        "subject": "10/18 友の会昼食会 追加2名様",
        "body": """さくらホテル武蔵小杉
宴会予約ご担当 様

お世話になっております。友の会事務局の戸塚です。
10月18日の昼食会に、2名様の追加をお願いいたします（合計30名）。

　1) 久我 博之 様　会員番号 T-10302　連絡先 090-5016-3387
　2) 久我 典子 様　（同伴者）　　　　 連絡先 090-5016-3388

お席は既存のテーブル5にご用意いただけますでしょうか。
お料理は他の方と同じコースで結構です。
""" + SIG_TOTSUKA.replace('～', '〜'),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two guests' phone numbers to the partner hotel: a short list, may be warned",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "museum-059",
        "charset": "utf-8",
        "sender": "日の出産業ミュージアム 総合案内 <museum-info@hinode-sangyo.co.jp>",
        "to": ["matsunaga.h.1958@gmail.com"],
        "subject": "Re: 車椅子での見学について",
        "body": """松永様

お問い合わせいただき、ありがとうございます。日の出産業ミュージアム総合案内です。
館内のバリアフリー設備についてご案内いたします。

・館内は全フロア段差がなく、エレベーター（2基）で各階に移動できます。
・車椅子を3台ご用意しており、受付でお貸出ししています（予約不要・無料）。
・多目的トイレは1階・2階にございます。
・障害者手帳をお持ちの方とご同伴者1名は、観覧料が無料になります。
・北側駐車場に車椅子使用者用の区画が2台分ございます。

ご来館を心よりお待ちしております。

日の出産業ミュージアム 総合案内
TEL 044-733-5160（9:30～17:00、月曜休館）

> 来月、家族と見学に伺いたいのですが、館内は車椅子で回れますか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "general accessibility information to one free-mail visitor; nothing about the person in new text",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "museum-060",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["湊川産業史博物館 資料課 <shiryo@minatogawa-sangyoshi.or.jp>"],
        "subject": "閲覧者に関する情報共有（ご内密に）",
        "body": """県立湊川産業史博物館
資料課 ご担当 様

社史アーカイブ室の羽生です。先日の研究会ではお世話になりました。
お話ししていた件、念のため書面でお伝えします。

当室に閲覧申請のあった 六角 晃司 氏（自称 郷土史研究家、60代）は、
2019年に他県の資料館で古文書を持ち出したとして窃盗罪で逮捕され、
翌年に有罪判決（執行猶予付き）を受けた人物と同一と思われます。
当室では閲覧をお断りしましたが、貴館にも申請があるかもしれないとのことでしたので、
ご参考までにお知らせします。

羽生
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named person's arrest and criminal conviction shared with another museum",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "museum-061",
        "charset": "utf-8",
        "sender": "Miho Shiina <m-shiina@hinode-sangyo.co.jp>",
        "to": ["Rights & Permissions <permissions@harrowgate-press.com>"],
        "subject": "RE: Image permission request HP-2025-3391",
        "body": """Dear Mr. Pemberton,

Thank you for your request. We are happy to grant a non-exclusive licence for
the following image in "Factories of the Pacific Rim" (print and e-book, world
English rights, one edition):

  Image: Assembly line, Hinode No. 2 Plant, 1963 (ref. HS-1963-0442)
  Credit line: Courtesy of Hinode Sangyo Co., Ltd., Kawasaki
  Fee: JPY 33,000 (incl. tax), invoice no. HM-IMG-25-0871 to follow
  File: TIFF, 600 dpi, delivered by download link after payment

We would be grateful for two copies of the book for our library.

Best regards,

Miho Shiina
Public Relations, Hinode Museum of Industry
Hinode Sangyo Co., Ltd.
9-41-2 Kosugi-cho, Nakahara-ku, Kawasaki 211-0063, Japan
Tel +81 44 733 5162
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English image licence with fee and invoice number to a foreign publisher",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "museum-062",
        "charset": "cp932",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["総務部 リスク管理課 <risk-kanri@hinode-sangyo.co.jp>"],
        "cc": ["真壁 恭一郎 <k-makabe@hinode-sangyo.co.jp>"],
        "subject": "【社内報告】来館者負傷事故 第2報",
        "body": """リスク管理課 各位

ミュージアム総務の今泉です。8月9日の来館者転倒事故の第2報です。

被害者：芹沢 房江 様（78歳）　自宅 045-872-6319
診断：右橈骨遠位端骨折（手術済み、入院約10日の見込み）
既往：骨粗鬆症、高血圧で通院中（ご家族談）
保険：芙蓉損保へ事故報告済み（受付番号 FS-0809-2271）
対策：企画展示室出口の段差に黄色テープと注意喚起サインを設置済み、
　　　スロープ設置の見積りを取得中

引き続き、ご家族と連絡を取りながら対応いたします。

今泉
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a visitor's diagnosis, but only to internal risk management",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "museum-063",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["早乙女 雅人 様 <saotome@minatogawa-sangyoshi.or.jp>"],
        "subject": "借用資料 返却受領書のご送付",
        "body": """早乙女様

お世話になっております。日の出産業ミュージアムの久保田です。
12月22日の返却の際には、立会いいただきありがとうございました。
受領書（貴館のご署名入り）のスキャンをお送りします。原本は郵送いたします。

これをもちまして、今回の借用に関する手続きはすべて完了となります。
長期間にわたり貴重な資料をお貸しいただき、誠にありがとうございました。
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "pdf", "name": "返却受領書_湊川産業史博物館.pdf",
             "lines": ["返却受領書",
                       "日の出産業株式会社 日の出産業ミュージアム 館長 真壁 恭一郎 殿",
                       "下記資料の返却を受け、状態に異常のないことを確認しました。",
                       "受領日：12月22日　受領者：県立湊川産業史博物館 学芸課 早乙女 雅人（署名）"],
             "table": [["資料番号", "資料名", "員数", "状態"],
                       ["MS-1957-032", "卓上扇風機（試作品）", "1", "異常なし"],
                       ["MS-1961-118", "電気釜 初期型 取扱説明書", "1", "異常なし"],
                       ["MS-1963-004", "工場作業風景写真（ガラス乾板）", "12", "異常なし"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "signed return receipt: object list and the curator's name only",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "museum-064",
        "charset": "utf-8",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["なかはら歴史資料館 管理係 <kanri@nakahara-rekishi.or.jp>"],
        "subject": "集荷時の搬入口入構者について",
        "body": """なかはら歴史資料館
管理係 ご担当 様

お世話になっております。日の出産業ミュージアムの久保田です。
9月24日の集荷時、貴館の搬入口に入構する車両と運転者の情報をお送りします。
警備室への事前登録をお願いいたします。

　車両：4tウイング車（空調付）　ナンバー 川崎 100 さ 47-21
　運転者：檜山 慶太（ひやま けいた）
　運転免許証番号：第 301823456710 号
　入構予定：9:30～11:00

なお作業員2名は青葉運輸の社員証を提示いたします。
""" + SIG_KUBOTA,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a driver's licence number sent to the lender museum's security",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "museum-065",
        "charset": "iso-2022-jp",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["湘南トラベルサービス 仕入課 <shiire@shonan-travel.co.jp>"],
        "subject": "FW: 昼食プランのご提案（さくらホテル武蔵小杉）",
        "body": """湘南トラベルサービス 仕入課 御中

お世話になっております。丸岡です。
先日お問い合わせいただいた団体昼食について、さくらホテル様から
提案が届きましたので、元のメールを添付でお送りします。
ご予約はホテル様へ直接お願いいたします。

丸岡
""",
        "attachments": [
            {"kind": "eml", "name": "昼食プランのご提案.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "さくらホテル武蔵小杉 宴会予約 <banquet-kosugi@sakura-hotel.jp>",
                 "to": ["y-maruoka@hinode-sangyo.co.jp"],
                 "subject": "昼食プランのご提案",
                 "body": """日の出産業ミュージアム 丸岡様

いつもお世話になっております。さくらホテル武蔵小杉 宴会予約でございます。
ミュージアムご見学の団体様向けに、以下の昼食プランをご用意いたしました。

・松花堂弁当（和食）　2,800円
・洋食ランチコース　　3,300円
・ビュッフェ（30名以上）3,800円
※いずれも税・サービス料込み、ソフトドリンク1杯付き

会場：2F「桜の間」（最大60名）
お問い合わせ：宴会予約 044-711-8210
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded hotel offer as an attached .eml: prices and a switchboard only",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "museum-066",
        "charset": "cp932",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 設楽様 <shitara@nishiki-insatsu.co.jp>"],
        "subject": "展示パネル入稿データ（ZIP）",
        "body": """錦印刷株式会社
制作部　設楽様

お世話になっております。久保田です。
先ほどは失礼しました（宛先を誤って一度送信しかけました）。
展示パネル12枚分の入稿データをZIPでお送りします。パスワードはかけていません。

サイズ：B1 ×8枚、A1 ×4枚
素材：アルミ複合板3mm、UVインクジェット、マット仕上げ
納期：9月26日（金）当館搬入

よろしくお願いします。
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "zip", "name": "panel_data_v2.zip",
             "files": [
                 {"kind": "pdf", "name": "panel_01_introduction.pdf",
                  "lines": ["電気が暮らしに来た日", "― 昭和の家電と工場 ―",
                            "1950年代、家庭に電気の道具がやってきた。"]},
                 {"kind": "pdf", "name": "panel_02_factory.pdf",
                  "lines": ["第二工場の誕生", "1959年、川崎市中原区に第二工場が完成。",
                            "最盛期には1日3,000台の電気釜を生産した。"]},
                 {"kind": "txt", "name": "入稿仕様.txt",
                  "text": "B1: panel_01-08 / A1: panel_09-12\nフォント：アウトライン化済み\n"},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of exhibition panels to the printing partner",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "museum-067",
        "charset": "utf-8",
        "sender": "Saori Kubota <s-kubota@hinode-sangyo.co.jp>",
        "to": ["Registrar <registrar@lindqvist-technikmuseum.se>"],
        "subject": "Draft loan agreement LN-2025-07 for your review",
        "body": """Dear Ms. Holmberg,

Please find attached our draft of the loan agreement for the two switchboard
models. Our legal department has marked it as confidential until both parties
have signed; we would appreciate your comments by 15 August.

Main points:
  - Insurance: nail-to-nail, agreed values as per your facility report
  - Climate: 50% RH +/- 5%, 20-22 C, max. 150 lux
  - Courier: one courier for installation and one for de-installation

Kind regards,
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "docx", "name": "LoanAgreement_LN-2025-07_draft.docx",
             "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
             "title": "Loan Agreement (draft)",
             "paragraphs": [
                 "CONFIDENTIAL",
                 "LOAN AGREEMENT (DRAFT)",
                 "between Lindqvist Technikmuseum (the Lender) and Hinode Sangyo Co., Ltd., "
                 "Hinode Museum of Industry (the Borrower)",
                 "1. Objects: telephone switchboard models LTM 1938:14 and LTM 1952:03.",
                 "2. Period: 20 September to 28 December.",
                 "3. Insurance values: SEK 420,000 and SEK 310,000 respectively.",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the draft agreement carries a CONFIDENTIAL header and stamp",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "museum-068",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["城之内 海斗 様 <kaito.jonouchi@toto-u.ac.jp>"],
        "subject": "Re: 入館者数の推移データについて",
        "body": """城之内 様

社史アーカイブ室の羽生です。
修士論文でお使いになる入館者数の推移データをお送りします。
古い集計システムから出力したため、Excel 97-2003形式（.xls）です。
出典は「日の出産業ミュージアム年報」としてください。
""" + SIG_HANYU,
        "attachments": [
            {"kind": "xls", "name": "入館者数推移_1998-2024.xls",
             "sheets": {"推移": [
                 ["年度", "入館者数", "うち団体", "うち学校", "開館日数"],
                 [1998, 31204, 9120, 5402, 298],
                 [2003, 35877, 10340, 6015, 301],
                 [2008, 40112, 11805, 6620, 300],
                 [2013, 44290, 12466, 7104, 299],
                 [2018, 52736, 15010, 7388, 302],
                 [2020, 18402, 1203, 410, 214],
                 [2024, 61555, 16872, 6436, 303],
             ]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "yearly statistics in a legacy .xls to a student researcher",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "museum-069",
        "charset": "cp932",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["ほしぞら旅行 企画二課 <kikaku2@hoshizora-travel.co.jp>"],
        "cc": [
            "たびのき 国内団体課 <dantai@tabinoki.jp>",
            "湘南トラベルサービス 仕入課 <shiire@shonan-travel.co.jp>",
            "ゆうゆう観光 営業部 <eigyo@yuyu-kanko.co.jp>",
        ],
        "subject": "【ご案内】冬季限定 夜間特別見学プランのご案内",
        "body": """旅行会社ご担当者様

いつも日の出産業ミュージアムをご利用いただき、ありがとうございます。
団体予約デスクの丸岡です。

この冬、団体様限定の「夜間特別見学プラン」を新設いたしました。

　期間：12月～2月の金・土曜日　18:00～20:00
　内容：学芸員による解説ツアー＋収蔵庫特別公開＋記念品
　料金：お一人様 1,800円（20名以上）
　受付：各回1団体限定、ご希望日の1か月前まで

パンフレットは来週郵送いたします。ご検討のほどよろしくお願いいたします。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four competing travel agencies in To/Cc instead of Bcc",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "museum-070",
        "charset": "iso-2022-jp",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["NPO法人かわさき市民活動ネット 事務局 <info@kawasaki-shimin-net.or.jp>"],
        "subject": "ボランティアガイド募集情報の掲載のお願い",
        "body": """NPO法人かわさき市民活動ネット
事務局 御中

いつもお世話になっております。日の出産業ミュージアム教育普及係の小野寺です。
来年度のボランティアガイド募集につき、貴法人のメールマガジンおよび
ウェブサイトへの掲載をお願いできますでしょうか。

【募集概要】
・活動内容：常設展示の解説、学校団体の案内補助、ワークショップ補助
・活動日：週1日以上（火〜日、10:00〜16:00の間で3時間程度）
・募集人数：10名程度
・応募資格：18歳以上、全3回の研修に参加できる方
・交通費：1日500円を支給
・申込締切：2月28日（当館ウェブサイトのフォームから）

掲載用の画像が必要でしたらお送りします。
""" + SIG_ONODERA.replace('－', '−'),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "volunteer recruitment notice to an NPO: no personal data",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "museum-071",
        "charset": "utf-8",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["湘南文化大学 文学部 嶋津先生 <shimazu@shonan-bunka.ac.jp>"],
        "subject": "ゼミ合同閲覧（12/5）ご参加者の確認",
        "body": """嶋津先生

羽生です。12月5日のゼミ合同閲覧について、ご登録いただいた方々を確認させてください。
入館証は以下のお名前で作成いたします。

・嶋津 千尋 先生
・廿日出 凛 さん（M2）　rin.hatsukade@shonan-bunka.ac.jp
・鴨志田 航 さん（M1）　w.kamoshida@shonan-bunka.ac.jp
・宇喜多 優芽 さん（B4）　yume.ukita@shonan-bunka.ac.jp

閲覧室は最大6名ですので、この4名で確定とさせていただきます。
""" + SIG_HANYU,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four attendees (three students' university mail) to their professor: under five",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "museum-072",
        "charset": "iso-2022-jp",
        "sender": "今泉 篤 <a-imaizumi@hinode-sangyo.co.jp>",
        "to": ["東都大学 社会連携課 <renkei@toto-u.ac.jp>"],
        "subject": "共催講座 聴講生（学外）名簿のご送付",
        "body": """東都大学 社会連携課 御中

いつもお世話になっております。日の出産業ミュージアム総務の今泉です。
共催講座「企業と地域の150年」の学外聴講生（当館受付分）の名簿をお送りします。
貴学の図書館利用証の発行にご利用ください。今回は4名です。

今泉 篤（総務・施設担当）
""",
        "attachments": [
            {"kind": "docx", "name": "聴講生名簿_当館受付分.docx",
             "paragraphs": ["共催講座「企業と地域の150年」学外聴講生名簿（日の出産業ミュージアム受付分）"],
             "tables": [[
                 ["No", "氏名", "住所", "電話"],
                 ["1", "鷲見 昌平", "神奈川県川崎市中原区今井南町28-6", "044-711-0937"],
                 ["2", "楠田 恵理子", "東京都大田区田園調布本町41-12", "03-3721-5580"],
                 ["3", "大河内 実", "神奈川県横浜市港北区綱島西4-9-1-805", "090-6612-0483"],
                 ["4", "茅野 志保", "神奈川県川崎市高津区二子3-17-22", "080-2205-7169"],
             ]]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX with four people's addresses to the co-host university: under five, may be warned",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "museum-073",
        "charset": "utf-8",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["たびのき 国内団体課 寺尾様 <terao@tabinoki.jp>"],
        "subject": "添乗員様向け 館内案内スライド",
        "body": """寺尾様

お世話になっております。丸岡です。
ガイドなしでご見学の団体様向けに、添乗員様がバス車内で使える
館内案内スライドを作成しました。ご自由にお使いください。

丸岡
""",
        "attachments": [
            {"kind": "pptx", "name": "館内案内_添乗員様向け.pptx",
             "slides": [
                 ["日の出産業ミュージアムへようこそ", "開館 1988年", "常設展・企画展・社史アーカイブ"],
                 ["見どころ1：創業期の工房", "1948年 創業時の作業場を再現", "所要 約10分"],
                 ["見どころ2：電気釜の歴史", "初期型から最新型まで42台を展示", "所要 約15分"],
                 ["お願い", "展示室内は飲食禁止", "フラッシュ撮影はご遠慮ください",
                  "集合は1階エントランス"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "guide slides (PPTX) for tour conductors",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "museum-074",
        "charset": "cp932",
        "sender": "真壁 恭一郎 <k-makabe@hinode-sangyo.co.jp>",
        "to": ["川崎市 市民文化局 文化振興課 <bunka-shinko@city-kawasaki.lg.jp>"],
        "subject": "後援名義使用承認申請書の提出について",
        "body": """川崎市 市民文化局 文化振興課 御中

平素より大変お世話になっております。日の出産業ミュージアム館長の真壁でございます。
来年度開催予定の企画展につき、川崎市の後援名義使用のご承認をいただきたく、
申請書および企画書を提出いたします。

・事業名：企画展「まちと工場 ― 中原の100年」
・会期：来年7月19日～9月28日
・入場料：一般800円（市内在住の小中学生は無料）

不足書類がございましたらご指示ください。

日の出産業ミュージアム 館長　真壁 恭一郎
（担当：総務・施設 今泉 044-733-5161）
""",
        "attachments": [
            {"kind": "docx", "name": "後援名義使用承認申請書.docx",
             "paragraphs": ["後援名義使用承認申請書", "川崎市長 様",
                            "申請者：日の出産業株式会社 日の出産業ミュージアム 館長 真壁 恭一郎",
                            "所在地：川崎市中原区小杉町9-41-2　電話 044-733-5160",
                            "事業名：企画展「まちと工場 ― 中原の100年」",
                            "事業の目的：地域の産業史を市民に紹介し、次世代のものづくりへの関心を育む。",
                            "予想入場者数：18,000人"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "application form to the city: organisation data only",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "museum-075",
        "charset": "utf-8",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["杉浦 恭平 先生 <sugiura.k@econ.toto-u.ac.jp>"],
        "subject": "昭和33年 第二工場 従業員名簿（翻刻）について",
        "body": """杉浦先生

社史アーカイブ室の羽生です。
ご依頼のあった昭和33年の第二工場開設時の従業員名簿のうち、
先生の論文に必要な「組立課」の部分を翻刻しましたのでお送りします。
67年前の資料で、掲載者の多くは故人と思われますが、ご存命の方もいらっしゃる
可能性がありますので、論文では氏名を伏せてご利用ください。

（昭和33年4月現在　組立課）
氏名　　　　生年　　　本籍　　　住所（当時）
石動 辰造　 大正14年　富山県　　川崎市中原区小杉陣屋町12 第二寮
鰐淵 キヨ　 昭和9年　 秋田県　　川崎市中原区新丸子町734
宍倉 勝利　 昭和13年　福島県　　川崎市中原区小杉町3-118 第二寮
安曇 喜一　 昭和12年　長野県　　川崎市幸区南加瀬1021
猪俣 トミ　 昭和7年　 新潟県　　川崎市中原区今井上町55
廿日市 清　 大正15年　広島県　　川崎市中原区小杉陣屋町12 第二寮
""" + SIG_HANYU,
        "expect": "either",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "historical 1958 staff roster (mostly deceased, old addresses) to a researcher: archive use or people list",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "museum-076",
        "charset": "cp932",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング課 <catering@kitaguni-foods.co.jp>"],
        "subject": "11/20 海外視察団 昼食の特別対応のお願い",
        "body": """北国フーズ株式会社
ケータリング課 ご担当 様

お世話になっております。日の出産業ミュージアムの丸岡です。
11月20日の海外視察団（マレーシア・インドネシアの技術者 18名）の昼食につき、
宗教上の理由で特別対応が必要な方のお名前をお知らせします。
お弁当に個別に名札を付けていただけますでしょうか。

【ハラール対応（イスラム教）】
　Ahmad Faizal bin Rosli 様
　Nurul Huda binti Ismail 様
　Rizky Pratama 様
【ベジタリアン（ヒンドゥー教、牛肉・豚肉不可）】
　Kavitha Subramaniam 様

ほかの14名様は通常の松花堂弁当でお願いいたします。
礼拝のため、昼食時間は12:30～13:30の1時間を確保しております。
""" + SIG_MARUOKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: named visitors' religion sent to the caterer",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "museum-077",
        "charset": "iso-2022-jp",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["タウンニュース川崎 編集部 戸来様 <herai@townnews-kawasaki.jp>"],
        "subject": "10月16日号 掲載記事の訂正のお願い",
        "body": """タウンニュース川崎 編集部
戸来 様

いつもお世話になっております。日の出産業ミュージアム広報の椎名です。
10月16日号にて企画展をご紹介いただき、誠にありがとうございました。
大変恐縮ですが、記事中に1点誤りがございましたのでご連絡いたします。

　誤：観覧料 一般500円
　正：観覧料 一般800円（高校生以下無料）

ウェブ版の修正と、次号での訂正記事の掲載をご検討いただけますと幸いです。
当方の資料の書き方がわかりにくかったことが原因かと存じます。申し訳ございません。
""" + SIG_SHIINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "correction request to one newspaper",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "museum-078",
        "charset": "utf-8",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["東都大学 国際交流課 <kokusai@toto-u.ac.jp>"],
        "subject": "インターンシップ受入（留学生1名）の保険加入手続き",
        "body": """東都大学 国際交流課 御中

いつもお世話になっております。日の出産業株式会社 社史アーカイブ室の羽生です。
来月から当室でアーカイブ実習を行う貴学の留学生について、
学研災付帯賠償責任保険の加入確認のため、ご依頼の情報をお送りします。

　氏名：NGUYEN THI THANH HUONG（グエン ティ タイン フオン）
　学籍番号：E24-1187
　国籍：ベトナム
　生年月日：2001年6月17日
　在留カード番号：UB47180392EN
　在留期限：2027年3月31日
　実習期間：11月4日～12月19日（週2日）

ご確認のほどよろしくお願いいたします。
""" + SIG_HANYU,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "identifier: an intern's residence card number and date of birth to the university",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "museum-079",
        "charset": "iso-2022-jp",
        "sender": "丸岡 由香 <y-maruoka@hinode-sangyo.co.jp>",
        "to": ["団体予約デスク <dantai-yoyaku@hinode-sangyo.co.jp>"],
        "bcc": [
            "kikaku2@hoshizora-travel.co.jp", "dantai@tabinoki.jp", "shiire@shonan-travel.co.jp",
            "eigyo@yuyu-kanko.co.jp", "group@minato-tourist.co.jp", "info@kanto-bus-tour.jp",
            "dantai@east-travel-planning.com", "kikaku@seaside-tours.co.jp",
        ],
        "subject": "【訂正】冬季限定 夜間特別見学プランのご案内",
        "body": """旅行会社ご担当者様

団体予約デスクの丸岡です。
先ほどお送りしたご案内につきまして、宛先の設定に誤りがございました。
大変失礼いたしました。改めて、各社様にBCCにてお送りいたします。
前のメールは削除していただけますと幸いです。

【夜間特別見学プラン】
　期間：12月〜2月の金・土曜日　18:00〜20:00
　料金：お一人様 1,800円（20名以上）
　受付：各回1団体限定、ご希望日の1か月前まで
""" + SIG_MARUOKA.replace('～', '〜'),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the same offer resent with every agency in Bcc: nobody sees anybody",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "museum-080",
        "charset": "iso-2022-jp",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": [
            "若葉台小学校 須賀先生 <suga-n@wakabadai-es.ed.jp>",
            "湊観光バス 運行管理課 <unko@minato-kanko-bus.co.jp>",
        ],
        "subject": "6/18 送迎バスの時刻変更について",
        "body": """若葉台小学校 須賀先生
湊観光バス 運行管理課 ご担当 様

お世話になっております。日の出産業ミュージアムの小野寺です。
6月18日の送迎について、学校様のご都合により出発時刻が変更となりました。
お手数ですが、両者で共有いただけますようお願いいたします。

　変更前：8:40 若葉台小学校 正門前 出発
　変更後：8:55 若葉台小学校 正門前 出発（当館着 9:45予定）

帰りの時刻（14:10当館発）は変更ございません。
""" + SIG_ONODERA.replace('－', '−'),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (school and bus company) in To: a normal three-way mail",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "museum-081",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["比嘉 麻里子 様 <higa.mariko.r@gmail.com>"],
        "subject": "工場日誌 目録データのご送付",
        "body": """比嘉 様

社史アーカイブ室の羽生です。
先日ご依頼のあった第二工場「工場日誌」の目録データをお送りします。
簿冊番号、年月、件名の一覧になっております。
ファイルが開けない場合はお知らせください。
""" + SIG_HANYU,
        "attachments": [
            {"kind": "corrupt", "name": "工場日誌_目録.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "unreadable: the attached XLSX is corrupt",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "museum-082",
        "charset": "utf-8",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["産業技術タイムズ 編集部 宇都様 <uto@sangyo-gijutsu-times.jp>"],
        "subject": "プレスキット一式（企画展「まちと工場」）",
        "body": """産業技術タイムズ 編集部
宇都 様

お世話になっております。広報の椎名です。
ご依頼のプレスキット一式をZIPにまとめてお送りします（パスワードなし）。

・プレスリリース（Word）
・広報用画像 2点（キャプション・クレジットはリリース末尾に記載）

館長インタビューのご希望日がございましたら、お知らせください。
""" + SIG_SHIINA,
        "attachments": [
            {"kind": "zip", "name": "presskit_machi_to_kojo.zip",
             "files": [
                 {"kind": "docx", "name": "プレスリリース_まちと工場.docx",
                  "paragraphs": ["報道関係各位", "企画展「まちと工場 ― 中原の100年」開催のお知らせ",
                                 "会期：7月19日～9月28日",
                                 "画像1：1962年の第二工場正門（日の出産業株式会社蔵）",
                                 "画像2：中原街道を走るオート三輪（なかはら歴史資料館蔵）",
                                 "お問い合わせ：日の出産業ミュージアム 広報 044-733-5162"]},
                 {"kind": "png", "name": "press_img1_gate1962.png"},
                 {"kind": "png", "name": "press_img2_autosanrin.png"},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted press kit ZIP (DOCX and images) to one editor",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "museum-083",
        "charset": "cp932",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["まちづくりコンサルタンツ 文化事業部 <bunka@machizukuri-consul.co.jp>"],
        "subject": "友の会 会員構成データ（集計値）",
        "body": """株式会社まちづくりコンサルタンツ
文化事業部 御中

お世話になっております。友の会事務局の戸塚です。
友の会活性化計画の策定にあたり、ご依頼の会員構成データ（集計値のみ）を
お送りします。個人が特定できる情報は含めておりません。
""" + SIG_TOTSUKA,
        "attachments": [
            {"kind": "xlsx", "name": "友の会_会員構成_集計.xlsx",
             "sheets": {
                 "年代別": [["年代", "一般", "ペア", "シニア", "計"],
                            ["20代以下", 41, 12, 0, 53], ["30代", 88, 35, 0, 123],
                            ["40代", 132, 61, 0, 193], ["50代", 154, 58, 0, 212],
                            ["60代", 97, 44, 118, 259], ["70代以上", 12, 9, 301, 322]],
                 "地域別": [["地域", "会員数"], ["川崎市中原区", 402], ["川崎市その他", 311],
                            ["横浜市", 268], ["東京都", 142], ["その他", 39]],
                 "継続率": [["入会年度", "継続率"], ["3年前", "71.2%"], ["2年前", "78.5%"],
                            ["前年", "84.0%"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "member statistics by age band and area: aggregates only",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "museum-084",
        "charset": "utf-8",
        "sender": "Saori Kubota <s-kubota@hinode-sangyo.co.jp>",
        "to": ["Ingrid Holmberg <ingrid.holmberg@lindqvist-technikmuseum.se>"],
        "subject": "Re: Facility report and insurance values",
        "body": """Dear Ingrid,

Many thanks for the facility report questionnaire and for sending the agreed
insurance values separately by post. We understand that the values are
confidential, and they will be shared only with our insurer and not quoted in
any publication or label.

Our answers to your remaining questions:
  - Fire suppression: nitrogen gas system in the galleries and the store
  - Security: 24-hour guards, CCTV recorded for 30 days
  - Showcases: airtight, silica gel conditioned, laminated glass

We look forward to welcoming you and your colleague in September.

Best wishes,
Saori

> Dear Saori, please find attached our facility report questionnaire.
> The insurance values will follow by post. Best, Ingrid
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word confidential is only mentioned about values kept out of the mail",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "museum-085",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 設楽様 <shitara@nishiki-insatsu.co.jp>"],
        "subject": "協賛・寄贈企業 銘板の版下データ",
        "body": """設楽様

お世話になっております。久保田です。
エントランスに掲示する「協賛・寄贈企業」銘板の版下用リストをお送りします。
五十音順、社名のみの表記でお願いします（所在地は校正確認用です）。

久保田
""",
        "attachments": [
            {"kind": "pdf", "name": "協賛寄贈企業一覧_銘板用.pdf",
             "lines": ["日の出産業ミュージアム 協賛・寄贈企業一覧（銘板用）"],
             "table": [["No", "企業名", "所在地", "代表電話", "区分"],
                       ["1", "青葉運輸株式会社", "横浜市鶴見区大黒町8-12", "045-502-3300", "協賛"],
                       ["2", "川崎電機株式会社", "川崎市幸区南加瀬6-2-1", "044-580-7700", "資料寄贈"],
                       ["3", "北国フーズ株式会社", "川崎市川崎区浮島町18-3", "044-280-5500", "協賛"],
                       ["4", "錦印刷株式会社", "東京都大田区東糀谷5-4-9", "03-3741-2020", "協賛"],
                       ["5", "株式会社みどり銀行", "川崎市川崎区駅前本町14-2", "044-211-8800", "協賛"],
                       ["6", "ツバサシステム株式会社", "東京都品川区大崎7-1-3", "03-5436-1200", "資料寄贈"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of sponsor companies with switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "museum-086",
        "charset": "utf-8",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["小杉中学校 理科 丹羽先生 <niwa@kosugi-jhs.ed.jp>"],
        "subject": "見学後アンケート（先生用）のご協力のお願い",
        "body": """丹羽先生

先日はご来館いただきありがとうございました。教育普及係の小野寺です。
プログラム改善のため、引率の先生向けのアンケートにご協力いただけますでしょうか。
添付のHTMLファイルをブラウザで開き、回答後に「送信」を押してください（5分程度）。
""" + SIG_ONODERA,
        "attachments": [
            {"kind": "html", "name": "teacher_survey.html",
             "html": """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>見学後アンケート（先生用）</title></head><body>
<h1>日の出産業ミュージアム 見学後アンケート（先生用）</h1>
<form action="https://museum.hinode-sangyo.co.jp/survey/teacher" method="post">
<p>Q1. 学校名 <input name="school"></p>
<p>Q2. 見学内容は授業のねらいに合っていましたか
<select name="q2"><option>とても合っていた</option><option>合っていた</option>
<option>あまり合っていなかった</option></select></p>
<p>Q3. ワークシートの難易度 <input type="radio" name="q3" value="easy">易しい
<input type="radio" name="q3" value="ok">適切 <input type="radio" name="q3" value="hard">難しい</p>
<p>Q4. ご意見・ご要望 <textarea name="q4"></textarea></p>
<button type="submit">送信</button></form></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank HTML survey form to one teacher",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "museum-087",
        "charset": "cp932",
        "sender": "真壁 恭一郎 <k-makabe@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング課 <catering@kitaguni-foods.co.jp>"],
        "subject": "開会式レセプションの料理内容について",
        "body": """北国フーズ株式会社
ケータリング課 ご担当 様

いつもお世話になっております。日の出産業ミュージアム館長の真壁です。
10月3日の企画展開会式レセプション（約80名・立食）について、
ご提案いただいたメニューＢ案で進めていただきたく存じます。

・時間：17:30～19:00（搬入 16:30～、エントランスホール）
・お料理：Ｂ案（お一人様 5,500円）、北国産チーズの盛り合わせを追加
・お飲み物：ソフトドリンク中心、乾杯用スパークリングワイン
・展示室内への飲食物の持込は不可のため、導線のご配慮をお願いします

お見積書（No. KF-Q-25-0412）の修正版をお送りいただけますと幸いです。

日の出産業ミュージアム 館長　真壁 恭一郎
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "catering order to a partner with a quotation number",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "museum-088",
        "charset": "iso-2022-jp",
        "sender": "日の出産業ミュージアム ショップ <museum-shop@hinode-sangyo.co.jp>",
        "to": ["トイクラフト横浜 受注センター <juchu@toycraft-yokohama.co.jp>"],
        "subject": "ご注文（ミュージアムショップ 11月補充分）",
        "body": """株式会社トイクラフト横浜
受注センター 御中

いつもお世話になっております。日の出産業ミュージアム ミュージアムショップです。
下記のとおり注文いたします。

発注番号：HMS-PO-25-1103

品番　　　　品名　　　　　　　　　　　　数量　単価
TC-2281　　ミニチュア電気釜キーホルダー　200　 320
TC-2290　　昭和家電ミニカード（12種）　　500　  90
TC-3105　　組立キット 手回し発電機　　　　60　 880
TC-3107　　組立キット 真空管ラジオ風　　　40　1,450

納品希望日：11月14日（金）午前
納品先：日の出産業ミュージアム 北側搬入口（ショップ 飯干宛）

ミュージアムショップ担当 飯干
TEL 044-733-5167
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order with product codes to a supplier",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "museum-089",
        "charset": "utf-8",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["杉浦 恭平 先生 <sugiura.k@econ.toto-u.ac.jp>"],
        "subject": "複写申請（AR-2025-041-C）のお見積りと請求書",
        "body": """杉浦先生

社史アーカイブ室の羽生です。
先日の複写申請について、お見積りと請求書をお送りします（PDFは郵送分と同じものです）。

　申請番号：AR-2025-041-C
　内容：営業月報 1959年4月～1960年3月 複写 184枚
　金額：5,520円（1枚30円）＋送料 520円 ＝ 6,040円
　請求書番号：HS-ARC-2025-0213
　振込先：みどり銀行 武蔵小杉支店 普通 1234560 ヒノデサンギョウ（カ

ご入金確認後、レターパックにて発送いたします。
公費でのお支払いの場合、見積書・納品書の宛名をお知らせください。
""" + SIG_HANYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reproduction fees, invoice number and the company's own bank account",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "museum-090",
        "charset": "iso-2022-jp",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["月刊ミュージアムウォーカー 編集部 綾瀬様 <ayase@museum-walker.com>"],
        "subject": "館長インタビュー 日程確定のご連絡",
        "body": """月刊ミュージアムウォーカー 編集部
綾瀬 様

お世話になっております。広報の椎名です。
館長インタビューの日程が確定しましたのでご連絡いたします。

　日時：11月12日（水）14:00〜15:30
　場所：当館 3階 応接室（撮影は2階企画展示室でも可）
　対応：館長 真壁、広報 椎名
　ご来館：ライター様・カメラマン様の計2名と伺っております

質問事項を事前にお送りいただけますと、資料を準備しておきます。
当日は1階受付で「広報 椎名」とお声がけください。
""" + SIG_SHIINA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "interview arrangements with a magazine",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "museum-091",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["NPO法人かわさき市民活動ネット コーディネーター <coordinator@kawasaki-shimin-net.or.jp>"],
        "subject": "12月 ボランティアガイド活動予定（共有）",
        "body": """かわさき市民活動ネット
コーディネーター 様

お世話になっております。教育普及係の小野寺です。
貴法人経由で登録いただいているボランティアガイドの12月の活動予定を共有します。
活動証明書の発行にお使いください。

　九条 雅彦　　　火・木　午前
　諏訪部 玲子　　水　　　午後
　仁科 邦夫　　　土・日　午前
　若狭 みどり　　金　　　終日
　五味 隆之　　　日　　　午後
　眞鍋 昭　　　　火　　　午後（12/23は休み）

年末は12月27日まで活動、1月は5日から再開です。
""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "six volunteers' names with their shift days only: a people list without contact data",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "museum-092",
        "charset": "iso-2022-jp",
        "sender": "日の出産業ミュージアム友の会 <tomonokai@hinode-sangyo.co.jp>",
        "to": ["久住 達彦 様 <t.kusumi.1955@gmail.com>"],
        "subject": "Re: 年会費の支払い",
        "body": f"""久住 様

友の会事務局の戸塚でございます。ご連絡ありがとうございます。
大変恐れ入りますが、安全のため、カード番号はメールでお送りにならないでください。
いただいたメールは事務局で削除いたしました。
年会費のお支払いは、以下のいずれかの方法でお願いいたします。

　・ホームページの会員ページからのカード決済
　・館内受付での現金またはカード払い
　・同封の払込票によるコンビニ払い

お手数をおかけして申し訳ございません。

> 友の会の年会費をカードで払いたいので、番号を送ります。
> {card_number(SEED + 4)}　期限 11/28
> 久住 達彦
""" + SIG_TOTSUKA.replace('～', '〜'),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "card number only in the member's own quoted mail; reply tells him not to send it",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "museum-093",
        "charset": "utf-8",
        "sender": "Saori Kubota <s-kubota@hinode-sangyo.co.jp>",
        "to": ["Ingrid Holmberg <ingrid.holmberg@lindqvist-technikmuseum.se>"],
        "cc": ["青葉運輸 国際美術品課 <kokusai-art@aoba-unyu.co.jp>"],
        "subject": "Crate dimensions and packing method for LN-2025-07",
        "body": """Dear Ingrid,
(cc: Aoba Unyu, international fine-art department)

Aoba Unyu will handle the customs clearance and the transport from Narita.
Could you please send them and us the final crate data?

  - outer dimensions (L x W x H, cm) and gross weight of each crate
  - whether the crates may be tilted or stacked
  - the required acclimatisation time before unpacking

Aoba Unyu will then book an air-ride truck with climate control.

Kind regards,
Saori Kubota
Hinode Museum of Industry
""" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "foreign lender in To, transport partner in Cc: two external organisations",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "museum-094",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["志茂田 千景 様 <chikage.shimoda@icloud.com>"],
        "subject": "借用書のご確認のお願い（ガラス乾板）",
        "body": """志茂田 千景 様

日の出産業ミュージアムの久保田でございます。
このたびはお祖父様が撮影されたガラス乾板のご出品をご快諾いただき、
誠にありがとうございます。

借用書（案）を添付いたします。ご住所・お名前の表記にお間違いがないか
ご確認ください。問題なければ、正本2通を郵送いたしますので、
ご署名・ご捺印のうえ1通をご返送ください。
""" + SIG_KUBOTA,
        "attachments": [
            {"kind": "docx", "name": "借用書_案_志茂田様.docx",
             "paragraphs": ["借用書（案）",
                            "貸出者：志茂田 千景 様",
                            "住所：東京都目黒区自由が丘3-8-21",
                            "借用者：日の出産業株式会社 日の出産業ミュージアム 館長 真壁 恭一郎",
                            "借用資料：工場作業風景 ガラス乾板 12枚（撮影：志茂田 正雄、1963年）",
                            "借用期間：9月24日〜12月22日",
                            "保険：当館負担にて全期間付保（評価額は別紙）"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "loan agreement draft holding only the recipient's own name and address; one private lender",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "museum-095",
        "charset": "cp932",
        "sender": "小野寺 健 <k-onodera@hinode-sangyo.co.jp>",
        "to": ["川崎市立宮内小学校 3学年 <gakunen3@miyauchi-es.ed.jp>"],
        "subject": "FW: 【川崎電機】夏休み親子工場見学会のご案内",
        "body": """宮内小学校 3学年の先生方

小野寺です。先日のご来館の際にお話しした、川崎電機さんの親子工場見学会の
ご案内が届きましたので転送します。よろしければ児童の皆さんにご紹介ください。

---------- Forwarded message ----------
From: 川崎電機 広報部 <koho@kawasaki-denki.co.jp>
Subject: 【川崎電機】夏休み親子工場見学会のご案内

関係各位

川崎電機株式会社では、今年も夏休み親子工場見学会を開催します。
　日程：7月28日（月）・29日（火）・8月4日（月）
　対象：小学3年生～6年生とその保護者
　定員：各日20組（先着順）
　申込：当社ホームページの申込フォームから（7月10日締切）
　会場：川崎電機 ものづくり館（川崎市幸区南加瀬6-2-1）

お問い合わせ：川崎電機株式会社 広報部 044-580-7711
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of a partner's public event notice: no personal data",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "museum-096",
        "charset": "iso-2022-jp",
        "sender": "羽生 拓真 <t-hanyu@hinode-sangyo.co.jp>",
        "to": ["東都大学 経営史研究センター <keieishi-center@toto-u.ac.jp>"],
        "subject": "共同研究 実績報告用：アーカイブ利用統計",
        "body": """経営史研究センター 事務ご担当 様

社史アーカイブ室の羽生です。
先日お送りした閲覧者記録は個人情報を含むため、報告書には使わず、
こちらの集計値をお使いいただけますでしょうか。前のファイルは破棄をお願いします。

【上半期 アーカイブ利用統計】
利用区分　　　　　件数　　閲覧点数
大学教員　　　　　　12　　　　318
大学院生・学生　　　 9　　　　204
個人研究者　　　　　 6　　　　 97
報道・出版　　　　　 4　　　　 38
社内　　　　　　　　21　　　　415
合計　　　　　　　　52　　　1,072

複写申請：17件（計2,306枚）／画像利用申請：8件
""" + SIG_HANYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate archive-usage statistics to the university",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "museum-097",
        "charset": "utf-8",
        "sender": "戸塚 綾 <a-totsuka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 唐沢様 <karasawa@nishiki-insatsu.co.jp>"],
        "subject": "会員証 追加発行分（3名）",
        "body": """唐沢様

お世話になっております。友の会事務局の戸塚です。
9月入会の方の会員証（プラスチックカード）の追加発行をお願いします。
カードへの印字はお名前と会員番号のみ、発送先は事務局でお願いします。

■ T-10302
氏名：久我 博之（クガ ヒロユキ）
種別：ペア会員（主）
有効期限：2026年9月末

■ T-10303
氏名：久我 典子（クガ ノリコ）
種別：ペア会員（同伴）
有効期限：2026年9月末

■ S-00951
氏名：兵頭 ハル（ヒョウドウ ハル）
種別：シニア会員
有効期限：2026年9月末

よろしくお願いいたします。
""" + SIG_TOTSUKA,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "three member-card blocks (name, member number) to the printer: few people, no contact data",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "museum-098",
        "charset": "iso-2022-jp",
        "sender": "久保田 沙織 <s-kubota@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 美術品輸送課 浅利様 <asari@aoba-unyu.co.jp>"],
        "subject": "Re: 返却輸送スケジュール（湊川産業史博物館・12/22）",
        "body": """浅利様

お世話になっております。久保田です。
先日、誤ったアドレス宛にお送りしてしまいましたので、改めてお送りします。
お手数をおかけし申し訳ございません。

木箱の仕様は以下でお願いいたします。

　箱1：扇風機用　外寸 600×500×700mm　内部ウレタン固定、天地無用
　箱2：電気釜取扱説明書用　外寸 450×350×150mm　中性紙タトウ＋発泡ボード
　箱3：ガラス乾板用　外寸 400×300×350mm　仕切り12区画、衝撃検知シール貼付

積込は12月22日 9:00、当館北側搬入口です。
""" + SIG_KUBOTA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "packing specifications to the real transport partner",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "museum-099",
        "charset": "utf-8",
        "sender": "椎名 美穂 <m-shiina@hinode-sangyo.co.jp>",
        "to": ["プロダクション青嵐 制作部 <seisaku@seiran-pro.co.jp>"],
        "subject": "Re: ロケハンの日程について",
        "body": """プロダクション青嵐 制作部 御中

お世話になっております。広報の椎名です。
ロケハンは10月29日（水）10:00からで承りました。

当日は施設管理の担当者がご案内します。
　施設担当：日の出産業ミュージアム 総務・施設 今泉（館内PHS 044-733-5161）
ロケハン当日、万一遅れる場合は、制作進行の米澤様の携帯（080-7115-3926）に
こちらからご連絡を差し上げる、という理解でよろしいでしょうか。

駐車場は北側搬入口の来客用（2台）をお使いください。
""" + SIG_SHIINA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "one production coordinator's mobile back to their own company",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "museum-100",
        "charset": "iso-2022-jp",
        "sender": "真壁 恭一郎 <k-makabe@hinode-sangyo.co.jp>",
        "to": ["川崎市 市民文化局 文化振興課 <bunka-shinko@city-kawasaki.lg.jp>"],
        "cc": ["さくらホテル武蔵小杉 営業部 <sales-kosugi@sakura-hotel.jp>"],
        "subject": "「中原ミュージアムウィーク」連携の打合せについて",
        "body": """川崎市 市民文化局 文化振興課 御中
（cc：さくらホテル武蔵小杉 営業部 様）

いつもお世話になっております。日の出産業ミュージアム館長の真壁です。
来年5月の「中原ミュージアムウィーク」について、宿泊とセットにした
周遊プランの検討のため、三者で打合せの機会をいただけますでしょうか。

候補日：2月12日（木）15時／2月17日（火）10時／2月19日（木）15時
会場：当館 3階会議室

ご都合をお知らせいただけましたら幸いです。

日の出産業ミュージアム 館長　真壁 恭一郎
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way meeting with the city and a partner hotel: two external organisations",
    },
]
