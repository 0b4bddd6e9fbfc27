"""Blind corpus, area keiyakushinsa (契約審査): the legal department's contract-review mail
with business departments, counterparties and outside counsel — NDAs, service and
outsourcing agreements, data-processing memoranda, signatories, 押印申請 and
e-signature workflows.  Written from BRIEF.md alone (SEED 50601)."""

from build import card_number, my_number

SEED = 50601


def _mn(k: int) -> str:
    n = my_number(SEED + k)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _card(k: int) -> str:
    n = card_number(SEED + k)
    return "-".join(n[i:i + 4] for i in range(0, 16, 4))


def _fw(text: str) -> str:
    """ASCII digits to full-width, as some people type them."""
    return text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


# ---- signatures and disclaimers used by the legal team ------------------------------

SIG_MAKABE = """
--
日の出産業株式会社 法務部 契約審査グループ
課長 真壁 礼子（Reiko Makabe）
〒104-0033 東京都中央区新川二丁目9番11号 日の出新川ビル7F
TEL 03-5542-7310（法務部代表） 内線 4120
makabe.reiko@hinode-sangyo.co.jp
"""

SIG_SHINONOME = """
──────────────────────
日の出産業株式会社
法務部 契約審査グループ 主任
東雲 拓海 (しののめ たくみ)
TEL: 03-5542-7310 / FAX: 03-5542-7319
Mail: shinonome.t@hinode-sangyo.co.jp
──────────────────────
"""

SIG_KOGA = """
*******************************
日の出産業株式会社 法務部
古閑 美咲 Misaki Koga
〒104-0033 東京都中央区新川2-9-11
TEL 03-5542-7310（内線4127）
*******************************
"""

SIG_SAKAKIBARA = """
日の出産業株式会社
執行役員 法務部長 榊原 徹
TEL 03-5542-7300（代表）
"""

SIG_NAKAJO = """
Kevin Nakajo
Legal Department (International Contracts)
Hinode Sangyo Co., Ltd.
7F Hinode Shinkawa Bldg., 2-9-11 Shinkawa, Chuo-ku, Tokyo 104-0033, Japan
Tel: +81-3-5542-7310
"""

SIG_UZUKI = """
---------------------------------------------
日の出産業株式会社 法務部 契約管理チーム
卯月 さやか
TEL 03-5542-7310 内線4133
---------------------------------------------
"""

DISC_JA = """
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールおよび添付ファイルを削除してください。
本メールの無断転載、複製、第三者への転送を禁止いたします。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

DISC_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information and are intended solely for the addressee(s). If you have received this
e-mail in error, please notify the sender immediately and delete it from your system.
Any unauthorised use, disclosure, copying or distribution is strictly prohibited.
"""

MESSAGES = [
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-001",
        "charset": "iso-2022-jp",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["大迫 様 <osako.h@kawasaki-denki.co.jp>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "Re: 秘密保持契約書（案）へのコメントについて",
        "body": """川崎電機株式会社
法務部 大迫様

いつもお世話になっております。日の出産業の東雲です。
秘密保持契約書（案）について、当社コメントを以下のとおりお送りします。

1. 第2条（秘密情報の定義）
   口頭で開示した情報について、開示後30日以内に書面で特定したものに限る旨の
   ご提案は、当社としても異存ございません。

2. 第7条（有効期間）
   契約期間2年、終了後の存続期間3年とのご提案ですが、当社の標準は5年のため、
   折衷案として4年をご提案させていただけますと幸いです。

3. 第11条（管轄）
   東京地方裁判所を第一審の専属的合意管轄とすることで問題ございません。

修正版は来週前半にWord（変更履歴付き）でお送りいたします。
ご確認のほど、よろしくお願いいたします。
""" + SIG_SHINONOME + DISC_JA + """
> 日の出産業株式会社
> 東雲様
>
> お世話になっております。川崎電機の大迫です。
> 先日お送りしたNDA案につき、当社側の論点は第2条・第7条・第11条の3点です。
> ご検討のほどよろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary NDA negotiation with one partner; disclaimer mentions 機密情報 only in passing",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-002",
        "charset": "cp932",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 契約担当 <keiyaku@tsubasa-system.jp>"],
        "subject": "【日の出産業】システム開発委託契約書（案）送付の件",
        "body": """株式会社ツバサシステム
契約ご担当者様

お世話になっております。日の出産業 法務部の古閑でございます。

標記の件、当社修正後の契約書案をZIPファイルにてお送りいたします。
解凍用のパスワードは、別メールにてお知らせいたします。

・システム開発委託契約書（案）_20250613.docx
・個別契約書ひな形.docx

ご査収のほどよろしくお願い申し上げます。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "zip", "name": "契約書案_日の出産業.zip", "password": "Hn2025#kys",
             "files": [
                 {"kind": "docx", "name": "システム開発委託契約書（案）_20250613.docx",
                  "paragraphs": ["システム開発委託契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、甲が乙に委託する販売管理システムの開発業務について定める。"]},
                 {"kind": "docx", "name": "個別契約書ひな形.docx",
                  "paragraphs": ["個別契約書", "委託業務の内容：", "委託料：", "納期："]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password ZIP (PPAP) to an external partner: the attachment cannot be inspected (reason 7)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-003",
        "charset": "cp932",
        "sender": "鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>",
        "to": ["法務部 契約審査 <keiyaku-shinsa@hinode-sangyo.co.jp>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "【審査依頼】ミナモ化成様 秘密保持契約（先方ひな形）",
        "body": """法務部 契約審査ご担当各位

第二営業部の鬼塚です。
新規取引先候補の株式会社ミナモ化成様から、先方ひな形のNDAが届きましたので
審査をお願いします。

■案件概要
　相手方　　：株式会社ミナモ化成（本社：静岡県富士市）
　目的　　　：樹脂原料の共同開発に向けた技術情報の相互開示
　開示予定　：配合表、試験データ
　希望締結日：7月1日（初回打合せまでに締結したいとのこと）

先方ひな形は片務（当社のみ義務を負う）になっている気がしますので、
その点も含めてご確認いただけますと助かります。

以上、よろしくお願いいたします。

第二営業部 鬼塚 亮（内線 2215）
""",
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_ミナモ化成ひな形.docx",
             "title": "秘密保持契約書",
             "paragraphs": [
                 "秘密保持契約書",
                 "株式会社ミナモ化成（以下「開示者」という。）と日の出産業株式会社（以下「受領者」という。）は、開示者が受領者に開示する機密情報の取扱いについて、以下のとおり合意する。",
                 "第1条（機密情報）本契約において機密情報とは、開示者が受領者に対し書面、口頭その他の方法により開示した技術上又は営業上の一切の情報をいう。",
                 "第2条（秘密保持義務）受領者は、機密情報を厳に秘密として保持し、開示者の事前の書面による承諾なく第三者に開示してはならない。",
                 "第3条（有効期間）本契約の有効期間は締結日から3年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal review request; the attached NDA uses 機密情報 as a defined term, no marking, all recipients internal",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-004",
        "charset": "cp932",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["調査部 依頼受付 <irai@secure-research.co.jp>"],
        "subject": "反社会的勢力該当性調査のご依頼（2025年6月分・新規取引先8件）",
        "body": """株式会社セキュアリサーチ東京
調査部 ご担当者様

いつもお世話になっております。日の出産業 法務部の卯月です。

今月分の新規取引先につき、反社チェック（役員等の該当性調査）をお願いいたします。
対象者リストをCSVにて添付いたしますので、通常コースでご対応ください。
回答期限は6月27日（金）でお願いできますでしょうか。

ご不明点がございましたらご連絡ください。
""" + SIG_UZUKI,
        "attachments": [
            {"kind": "csv", "name": "調査対象者リスト_202506.csv", "encoding": "cp932",
             "rows": [
                 ["No", "法人名", "役職", "氏名", "フリガナ", "生年月日", "住所"],
                 ["1", "株式会社ミナモ化成", "代表取締役", "水面 恭一郎", "ミナモ キョウイチロウ", "1961/04/18", "静岡県富士市伝法2丁目14-7"],
                 ["1", "株式会社ミナモ化成", "取締役", "水面 琴音", "ミナモ コトネ", "1990/09/02", "静岡県富士市伝法2丁目14-7"],
                 ["2", "有限会社トキワ梱包", "代表取締役", "常盤 勝利", "トキワ カツトシ", "S32.11.23", "埼玉県川口市芝新町8-3"],
                 ["3", "株式会社ベイサイド物産", "代表取締役", "汐見 亘", "シオミ ワタル", "1975/01/30", "神奈川県横浜市中区本牧原11-22-304"],
                 ["3", "株式会社ベイサイド物産", "監査役", "汐見 典子", "シオミ ノリコ", "1977/06/14", "神奈川県横浜市中区本牧原11-22-304"],
                 ["4", "合同会社フォレストリンク", "代表社員", "樫木 大地", "カシキ ダイチ", "1988/12/07", "長野県松本市中央3-5-19"],
                 ["5", "株式会社北辰テクノ", "代表取締役", "北辰 和夫", "ホクシン カズオ", "1958/03/03", "北海道札幌市豊平区月寒東4条9丁目6-1"],
                 ["5", "株式会社北辰テクノ", "取締役", "二階堂 秀美", "ニカイドウ ヒデミ", "1969/08/25", "北海道札幌市白石区本通14丁目北2-8"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV of 8 officers with date of birth and home address to an outside screening firm: a list of people (reason 1)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-005",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Laura Bennett <l.bennett@northbridge-analytics.com>"],
        "subject": "RE: Master Services Agreement - Hinode comments on v3",
        "body": """Dear Laura,

Thank you for sending over version 3 of the MSA. Please find our comments below.

1. Clause 9 (Limitation of Liability): we can accept a cap equal to the fees paid in the
   twelve (12) months preceding the claim, but breach of confidentiality and data
   protection obligations should be carved out of the cap.
2. Clause 14 (Governing Law): we would still prefer Japanese law with the Tokyo District
   Court. If that is not acceptable, we could consider arbitration under the JCAA rules.
3. Schedule 4 (Data Processing): our privacy team will send a short mark-up of the DPA
   by the end of next week. No personal data will be transferred before the DPA is signed.

Happy to discuss on a call on Thursday or Friday, 9:00-10:00 JST.

Best regards,
""" + SIG_NAKAJO + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English MSA negotiation with one foreign partner; standard confidentiality footer only",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-006",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["青葉運輸株式会社 法務課 三上様 <mikami.j@aoba-unyu.co.jp>",
               "北国フーズ株式会社 総務部 嵯峨様 <saga.n@kitaguni-foods.co.jp>"],
        "cc": ["鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>"],
        "subject": "三者間業務委託契約（冷凍品共同配送）打合せ日程のご相談",
        "body": """青葉運輸株式会社 三上様
北国フーズ株式会社 嵯峨様

いつもお世話になっております。日の出産業 法務部の真壁でございます。

冷凍品の共同配送に関する三者間業務委託契約につきまして、
論点整理のため一度オンラインで打合せの場を設けたく、ご連絡いたしました。

候補日（各回60分程度）
　・6月24日（火）14:00～
　・6月25日（水）10:00～
　・6月26日（木）16:00～

主な論点（事前共有）
　(1) 温度逸脱時の責任分担（第8条）
　(2) 再委託の可否と事前承諾の方法（第12条）
　(3) 運賃改定のルール（別紙2）

ご都合のよい日程を、本メールに全員返信でお知らせいただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To, no personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-007",
        "charset": "utf-8",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["小野寺 先生 <onodera@shirakawa-law.com>"],
        "subject": "販売代理店契約書のレビューのお願い",
        "body": """白川法律事務所
弁護士 小野寺 先生

いつも大変お世話になっております。日の出産業の東雲です。

タイ向けの販売代理店契約につき、先方（現地代理店）から英文ドラフトが届きました。
独占権の範囲と最低購入数量の未達時の扱いについて、ご意見を伺えますでしょうか。

ドラフトは来週月曜に改めて共有フォルダへ格納いたします。
お見積りもあわせて頂戴できますと幸いです。

何卒よろしくお願いいたします。
""" + SIG_SHINONOME,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "outside counsel's domain is shirakawa-law.jp; shirakawa-law.com is a TLD-swapped look-alike (reason 5)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-008",
        "charset": "utf-8",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["花田 結衣 <hanada.yui.design@gmail.com>"],
        "cc": ["広報部 芦名 <ashina.k@hinode-sangyo.co.jp>"],
        "subject": "業務委託契約書（ロゴデザイン制作）のご送付",
        "body": """花田 結衣 様

はじめてご連絡いたします。日の出産業株式会社 法務部の古閑と申します。
広報部の芦名よりご依頼しておりますロゴデザイン制作の件で、
業務委託契約書（案）をお送りいたします。

著作権の帰属（第9条）と著作者人格権の不行使（第10条）についてご確認いただき、
ご不明な点があればお気軽にお問い合わせください。
ご住所・ご署名欄は空欄にしてありますので、内容にご同意いただけましたら
郵送にて原本2通をお送りいたします。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "docx", "name": "業務委託契約書（ロゴデザイン）案.docx",
             "paragraphs": [
                 "業務委託契約書",
                 "日の出産業株式会社（以下「甲」という。）と花田結衣（以下「乙」という。）は、甲が乙に委託するロゴデザイン制作業務について、次のとおり契約を締結する。",
                 "第4条（委託料）委託料は金33万円（消費税込）とし、甲は納品検収後の翌月末日までに乙の指定する口座へ振り込む。",
                 "第9条（著作権）成果物の著作権（著作権法第27条及び第28条の権利を含む）は、委託料の支払完了時に乙から甲へ移転する。",
                 "第10条（著作者人格権）乙は、甲及び甲の指定する者に対し、著作者人格権を行使しない。",
                 "乙　住所：＿＿＿＿＿＿＿＿＿＿　氏名：＿＿＿＿＿＿＿＿　印",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (an individual designer), contract draft with blank address fields",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-009",
        "charset": "iso-2022-jp",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["神田税理士事務所 <office@kanda-zeirishi.jp>"],
        "subject": "支払調書作成用 個人業務委託先の情報について",
        "body": """神田税理士事務所
ご担当者様

お世話になっております。日の出産業 法務部の卯月です。
経理部の依頼により、業務委託契約を締結している個人の方の情報をお送りします。
報酬、料金、契約金及び賞金の支払調書の作成にお使いください。

　氏名　　：鷲見 陽平（スミ ヨウヘイ）
　住所　　：〒338-0001 埼玉県さいたま市中央区上落合6-12-3 ハイツ与野201
　個人番号：""" + _mn(1) + """
　契約名　：社内規程整備支援業務委託契約（2024年10月1日締結）
　支払総額：1,320,000円

番号確認書類（通知カードの写し）は経理部から別途郵送いたします。
""" + SIG_UZUKI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an individual contractor's My Number with name and address sent to an outside tax office (reason 2)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-010",
        "charset": "cp932",
        "sender": "百瀬 千尋 <momose.c@hinode-sangyo.co.jp>",
        "to": ["錦印刷株式会社 営業部 桐谷様 <kiritani@nishiki-insatsu.co.jp>"],
        "subject": "Re: 取引基本契約 調印式のご出席者について",
        "body": """錦印刷株式会社
桐谷様

ご出席者のご連絡ありがとうございます。総務部の百瀬です。
6名様で承知いたしました。当日は本社7階の大会議室をご用意いたします。
受付で会社名をお伝えいただければ、ご案内いたします。

調印用の契約書原本（2通）と、代表者印は当社で準備いたします。
貴社の代表者印のご持参をお願いいたします。

日の出産業株式会社 総務部 文書課
百瀬 千尋　TEL 03-5542-7305

-----Original Message-----
From: 桐谷 聡 <kiritani@nishiki-insatsu.co.jp>
Sent: Tuesday, June 17, 2025 4:12 PM
To: 百瀬 千尋 <momose.c@hinode-sangyo.co.jp>
Subject: 取引基本契約 調印式のご出席者について

日の出産業株式会社 百瀬様

調印式の当社出席者は以下の6名です。緊急連絡先も記載いたします。

氏名　　　　　役職　　　　　携帯電話
----------------------------------------------
錦 光太郎　　　代表取締役　　090-4418-2290
錦 まどか　　　専務取締役　　090-7731-0056
桐谷 聡　　　　営業部長　　　080-3362-9147
宍戸 玲奈　　　営業部　　　　070-1189-4402
大館 修　　　　製造部長　　　090-2205-7718
小田桐 菜摘　　総務課　　　　080-6640-1935

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person attendee list is only in quoted text under -----Original Message----- from the recipient's own mail",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-011",
        "charset": "utf-8",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 小野寺先生 <onodera@shirakawa-law.jp>"],
        "subject": "自動更新条項のある契約一覧（ご相談資料）",
        "html": """<html><body style="font-family:'Yu Gothic',sans-serif;font-size:10pt">
<p>白川法律事務所<br>弁護士 小野寺 先生</p>
<p>いつもお世話になっております。日の出産業 法務部の真壁です。<br>
先日のご相談で話題に出ました、自動更新条項付きの主要契約を一覧にいたしました。<br>
解約予告期限が近いものから並べております。見直しの優先順位についてご意見をいただけますと幸いです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>契約相手方</th><th>契約名</th><th>期間満了</th><th>更新単位</th><th>解約予告期限</th></tr>
<tr><td>株式会社ツバサシステム</td><td>基幹システム保守契約</td><td>2025/09/30</td><td>1年</td><td>2025/06/30</td></tr>
<tr><td>さくらホテル株式会社</td><td>法人宿泊契約</td><td>2025/10/31</td><td>1年</td><td>2025/07/31</td></tr>
<tr><td>錦印刷株式会社</td><td>取引基本契約</td><td>2025/12/31</td><td>1年</td><td>2025/09/30</td></tr>
<tr><td>東和クリーンサービス株式会社</td><td>清掃業務委託契約</td><td>2026/03/31</td><td>1年</td><td>2025/12/31</td></tr>
<tr><td>株式会社グリーンリース</td><td>複合機リース契約</td><td>2026/03/31</td><td>6か月</td><td>2026/01/31</td></tr>
<tr><td>青葉運輸株式会社</td><td>運送基本契約</td><td>2026/03/31</td><td>1年</td><td>2026/01/31</td></tr>
</table>
<p>以上、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 法務部 契約審査グループ<br>課長 真壁 礼子<br>TEL 03-5542-7310</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only table of contracts and counterparties (businesses, not people) to outside counsel",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-012",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>",
        "to": ["川崎電機 調達部 井原様 <ihara.m@kawasaki-denki.co.jp>",
               "青葉運輸 営業課 三上様 <mikami.j@aoba-unyu.co.jp>",
               "北国フーズ 購買部 嵯峨様 <saga.n@kitaguni-foods.co.jp>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "共同配送スキーム 基本合意書（案）の条件について",
        "body": """川崎電機株式会社 井原様
青葉運輸株式会社 三上様
北国フーズ株式会社 嵯峨様

お世話になっております。日の出産業の鬼塚です。

先日の4社会議でご説明した共同配送スキームにつき、
基本合意書（案）の主要条件を以下にまとめました。

　・対象地域：北関東3県（茨城・栃木・群馬）
　・運賃負担：各社の出荷容積比で按分
　・独占交渉期間：締結日から6か月
　・費用：検討段階の費用は各社負担

各社のご意見を6月30日までにいただければ、当社法務にて案文に反映します。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations can see each other's addresses in To; should have been Bcc or separate mails (reason 4)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-013",
        "charset": "cp932",
        "sender": "百瀬 千尋 <momose.c@hinode-sangyo.co.jp>",
        "to": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
               "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>"],
        "subject": "押印申請（6/19受付分）のご確認",
        "body": """法務部 真壁さん、東雲さん

総務部文書課の百瀬です。
本日受付の押印申請7件です。法務審査済みかどうかご確認をお願いします。
審査番号の記載がないものが2件あります（No.4、No.6）。

No  申請部署      相手方                  契約書名                     印の種類     審査番号
--  ------------  ----------------------  ---------------------------  -----------  ----------
1   第二営業部    株式会社ミナモ化成      秘密保持契約書               代表者印     LG-25-0412
2   購買部        錦印刷株式会社          取引基本契約書 変更覚書      代表者印     LG-25-0398
3   情報システム  株式会社ツバサシステム  保守契約書（更新）           社印         LG-25-0405
4   人事部        株式会社キャリアノート  人材紹介契約書               代表者印     （未記載）
5   物流部        青葉運輸株式会社        運送基本契約書 別紙改定      代表者印     LG-25-0409
6   総務部        株式会社グリーンリース  リース契約書                 社印         （未記載）
7   経営企画部    北国フーズ株式会社      共同開発契約書               代表者印     LG-25-0377

よろしくお願いいたします。
総務部 文書課 百瀬（内線 1042）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal-only stamp-request list of contracts and counterparties",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-014",
        "charset": "iso-2022-jp",
        "sender": "榊原 徹 <sakakibara.toru@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "従業員の経歴詐称に関するご相談",
        "body": """白川法律事務所
白川 正臣 先生

いつもお世話になっております。日の出産業の榊原でございます。
緊急でご相談したい案件がございます。

当社物流部の倉持 健吾（社員番号 H0731、2021年4月入社）について、
2019年に傷害罪で罰金刑を受けていたことが、本人の知人からの通報で判明しました。
入社時の履歴書・面接では「賞罰なし」と申告しております。

本人は事実を認めておりますが、懲戒解雇とすることの可否、
また普通解雇・退職勧奨にとどめるべきかについてご意見を賜りたく存じます。
就業規則（第52条 懲戒事由）の抜粋は、明日改めてお送りいたします。

来週中にお打合せの時間を頂戴できますでしょうか。
""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's criminal record (要配慮個人情報) sent to outside counsel (reason 3)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-015",
        "charset": "utf-8",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["錦印刷 総務課 小田桐様 <odagiri.n@nishiki-insatsu.co.jp>"],
        "subject": "下請法・取引基本契約に関する説明会資料の送付",
        "body": """錦印刷株式会社
総務課 小田桐様

お世話になっております。日の出産業 法務部の古閑です。
来月の取引先説明会で使用する資料をお送りします。
事前にご一読いただき、ご質問があれば当日までにお寄せください。

説明会日程（いずれもオンライン、同内容）
　7月8日（火）10:00-11:00
　7月10日（木）15:00-16:00
　7月15日（火）13:30-14:30
""" + SIG_KOGA,
        "attachments": [
            {"kind": "pptx", "name": "取引先説明会_下請法と取引基本契約.pptx",
             "title": "取引先説明会 2025",
             "slides": [
                 ["取引先説明会 2025", "日の出産業株式会社 法務部", "下請法と取引基本契約の改定ポイント"],
                 ["改定の背景", "下請代金支払遅延等防止法の運用強化", "価格転嫁に関する協議の記録化"],
                 ["主な改定点", "支払期日：受領日から60日以内", "手形払いの廃止（2026年度～）", "価格協議の申入れ窓口の明記"],
                 ["今後のスケジュール", "7月：説明会", "8月：改定版契約書の送付", "9月末：締結（電子契約）"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX of a briefing deck and a list of session dates; no personal data, no marking",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-016",
        "charset": "cp932",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["経理部 江波 <enami.t@hinode-sangyo.co.jp>"],
        "subject": "締結済み契約書スキャンデータ（5月分）",
        "body": """経理部 江波さん

法務部の卯月です。
5月に締結した契約書のスキャンデータをまとめて送ります。
印紙税の確認にお使いください。パスワードは別途Teamsで送ります。

卯月
""",
        "attachments": [
            {"kind": "zip", "name": "締結済契約書_202505.zip", "password": "may2025scan",
             "files": [
                 {"kind": "pdf", "name": "LG-25-0331_運送基本契約書.pdf",
                  "lines": ["運送基本契約書", "青葉運輸株式会社", "契約金額：年額 18,000,000円"]},
                 {"kind": "pdf", "name": "LG-25-0352_清掃業務委託契約書.pdf",
                  "lines": ["清掃業務委託契約書", "東和クリーンサービス株式会社"]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP, but the only recipient is internal: must go",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-017",
        "charset": "cp932",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 購買部 嵯峨様 <saga.n@kitaguni-foods.co.jp>"],
        "subject": "取引基本契約書 改定案の送付",
        "body": """北国フーズ株式会社
購買部 嵯峨様

お世話になっております。日の出産業の東雲です。
先日お打合せした取引基本契約書の改定案を添付にてお送りします。
変更履歴を残しておりますので、ご確認ください。

よろしくお願いいたします。
""" + SIG_SHINONOME,
        "attachments": [
            {"kind": "docx", "name": "北国フーズ_取引基本契約改定_交渉方針.docx",
             "page_header": "社外秘",
             "title": "北国フーズ 取引基本契約 改定交渉方針",
             "paragraphs": [
                 "北国フーズ株式会社との取引基本契約 改定交渉方針（社内検討用）",
                 "1. 支払サイト：先方要望の45日は受け入れ不可。60日を死守、最悪50日まで。",
                 "2. 瑕疵担保期間：1年で提示、6か月までは譲歩可。",
                 "3. 価格改定：原材料指数連動を提案するが、先方が拒否した場合は年1回協議で妥結。",
                 "作成：法務部 東雲　承認：法務部長 榊原",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attachment is the internal negotiation memo stamped 社外秘 in its header, sent to the counterparty (reason 6)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-018",
        "charset": "utf-8",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["青葉運輸株式会社 法務課 三上様 <mikami.j@aoba-unyu.co.jp>"],
        "subject": "物流業務委託契約書（案）別紙3 再委託先一覧の確認",
        "body": """青葉運輸株式会社
法務課 三上様

いつもお世話になっております。日の出産業の真壁です。

物流業務委託契約書（案）の別紙3「再委託先一覧」について、
貴社からご提示いただいた内容を反映した版を添付いたします。
法人番号は国税庁の公表サイトで確認済みです。
記載に誤りがないか、ご確認をお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "物流業務委託契約書_別紙3_再委託先一覧.docx",
             "paragraphs": ["別紙3　再委託先一覧", "乙は、以下の事業者に限り、本業務の一部を再委託することができる。"],
             "tables": [[
                 ["再委託先", "法人番号", "所在地", "代表電話", "再委託業務"],
                 ["青葉ロジサービス株式会社", "8010001147823", "東京都江東区新砂3-4-18", "03-6659-2100", "倉庫内作業"],
                 ["有限会社北関東急送", "5010401093356", "栃木県宇都宮市平出工業団地38-5", "028-662-4410", "幹線輸送"],
                 ["株式会社ハーバー梱包", "8120001088412", "大阪府堺市西区築港新町2-6", "072-280-3381", "梱包・流通加工"],
             ]]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of subcontracting businesses with 法人番号, addresses and switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-019",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@meridian-foods.sg>"],
        "subject": "Re: Signing ceremony - attendee details",
        "body": """Hi Priya,

Thanks for the list. We have booked the Sakura room at our Tokyo office for the signing
on 3 July, 15:00. Our side will be our President, the head of Legal and myself.
Visitor badges will be ready at the reception on the 1st floor.

Kind regards,
Kevin
""" + SIG_NAKAJO + """
On Mon, 16 Jun 2025 at 11:02, Priya Raman <priya.raman@meridian-foods.sg> wrote:
> Dear Kevin,
>
> Please find below the Meridian delegation for the signing ceremony:
>
> Name               Title                  Mobile            Passport no.
> Daniel Goh         CEO                    +65 9127 4403     K1938274F
> Priya Raman        Legal Counsel          +65 8842 1190     K2277310M
> Wong Mei Ling      CFO                    +65 9650 2281     K1701943Q
> Arjun Pillai       Head of Supply Chain   +65 8133 0947     K2540189T
> Tan Hui Min        Executive Assistant    +65 9288 6615     K3012458W
>
> Best regards,
> Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the delegation list (with passports) is only in the quoted text from the recipient's own mail",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-020",
        "charset": "cp932",
        "sender": "舟橋 航 <funahashi.w@hinode-sangyo.co.jp>",
        "to": ["ツバササイン導入支援 <tsubasa-sign@tsubasa-system.jp>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "電子契約サービス 利用者アカウント登録依頼",
        "body": """株式会社ツバサシステム
ツバササイン導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の舟橋です。
7月からの本番運用に向け、利用者アカウントの一括登録をお願いいたします。
登録用シートを添付しますので、シート「登録者」の内容で作成してください。
SMS認証を使うため、携帯番号も記載しております。

よろしくお願いいたします。

日の出産業株式会社 情報システム部　舟橋 航
TEL 03-5542-7340
""",
        "attachments": [
            {"kind": "xlsx", "name": "ツバササイン_アカウント登録シート.xlsx",
             "sheets": {
                 "記入要領": [["アカウント登録シート（日の出産業株式会社）"], [""],
                              ["権限：A=管理者、S=署名者、V=閲覧のみ"]],
                 "登録者": [
                     ["日の出産業株式会社　ツバササイン登録者一覧", "", "", "", ""],
                     ["氏名", "所属", "メールアドレス", "携帯電話（SMS認証）", "権限"],
                     ["日野 隆", "代表取締役社長", "hino.takashi@hinode-sangyo.co.jp", "090-3817-4420", "S"],
                     ["榊原 徹", "法務部長", "sakakibara.toru@hinode-sangyo.co.jp", "080-2291-6634", "A"],
                     ["真壁 礼子", "法務部", "makabe.reiko@hinode-sangyo.co.jp", "090-6620-1178", "A"],
                     ["東雲 拓海", "法務部", "shinonome.t@hinode-sangyo.co.jp", "070-4415-0892", "S"],
                     ["仁科 早苗", "購買部長", "nishina.s@hinode-sangyo.co.jp", "090-8804-3327", "S"],
                     ["鬼塚 亮", "第二営業部長", "onizuka.r@hinode-sangyo.co.jp", "080-5536-9021", "S"],
                     ["百瀬 千尋", "総務部", "momose.c@hinode-sangyo.co.jp", "090-1173-5548", "V"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX of seven employees with e-mail and personal mobile numbers to a vendor: a list of people (reason 1)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-021",
        "charset": "iso-2022-jp",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 寺嶋様 <terashima.k@midori-ginko.co.jp>"],
        "subject": "保証契約書の保証人記載事項について",
        "body": """株式会社みどり銀行
法人営業部 寺嶋様

お世話になっております。日の出産業 法務部の東雲です。
子会社（日の出フレッシュ株式会社）の借入れに係る保証契約書につき、
個人保証人の記載事項を以下のとおりお知らせします。

　保証人氏名：日野 隆（ひの たかし）
　生年月日　：昭和38年7月9日
　住所　　　：東京都世田谷区成城5丁目21番8号
　電話番号　：０９０－３８１７－４４２０

印鑑登録証明書は本人より原本を郵送いたします。
""" + SIG_SHINONOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one person's record (the guarantor) to the partner bank: may be warned but must go",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-022",
        "charset": "utf-8",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 小野寺先生 <onodera@shirakawa-law.jp>"],
        "subject": "損害賠償請求事件 当社反論メモの送付",
        "body": """小野寺先生

お世話になっております。日の出産業の真壁です。
ご依頼のありました当社反論メモ（PDF）をお送りします。
社内規程によりパスワードを設定しております。パスワードは先生の携帯へSMSでお送りします。

よろしくお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "pdf", "name": "反論メモ_20250618.pdf", "password": "Sk-0618-memo",
             "lines": ["損害賠償請求事件　当社反論メモ", "1. 原告主張の損害額の算定根拠について",
                       "2. 検収完了の事実について"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to outside counsel cannot be inspected (reason 7)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-023",
        "charset": "cp932",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法務担当 小笠原様 <ogasawara.y@kitaguni-foods.co.jp>"],
        "subject": "不可抗力条項の文言修正案",
        "body": """北国フーズ株式会社
小笠原様

お世話になっております。日の出産業の古閑です。
売買基本契約第18条（不可抗力）の文言について、当社修正案をお送りします。

【現行】
天災地変、戦争、暴動、その他の不可抗力により本契約の履行が遅延したときは、…

【修正案】
天災地変、戦争、暴動、内乱、テロ行為、感染症の流行（新型コロナウイルス感染症、
高病原性鳥インフルエンザ及び豚熱を含むがこれらに限らない。）、法令の制定改廃、
公権力による命令処分その他当事者の責めに帰すことができない事由により…

鳥インフルエンザについては、貴社の鶏卵原料の調達に直結するため明記しました。
ご意見をお聞かせください。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diseases named only in a force majeure clause, about no person",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-024",
        "charset": "cp932",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "cc": ["鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>"],
        "subject": "反社チェック結果（5月依頼分）",
        "body": """真壁さん
（cc 鬼塚さん）

5月依頼分の反社チェック結果が調査会社から届きました。
全件「該当情報なし」です。台帳に登録済みです。

No 法人名                   氏名          生年月日     結果
1  株式会社ルミエ企画       光永 詩織     1982/05/11   該当なし
2  株式会社ルミエ企画       光永 直樹     1979/10/29   該当なし
3  有限会社丸勘商店         勘解由小路 実 S24.2.14     該当なし
4  株式会社テラノバ         寺野 亜希子   1971/07/07   該当なし
5  株式会社テラノバ         於保 浩二     1966/12/19   該当なし
6  合同会社アンビエント     榎並 ミナ     1994/03/26   該当なし

ミナモ化成様は今月分で依頼中です。
卯月
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "list of six people with dates of birth, but all recipients are internal",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-025",
        "charset": "iso-2022-jp",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["大迫 様 <osako.h@kawasaki-denkii.co.jp>"],
        "subject": "秘密保持契約書 修正版（変更履歴付き）",
        "body": """川崎電機株式会社
法務部 大迫様

お世話になっております。日の出産業の東雲です。
先日お約束しておりましたNDAの修正版を添付いたします。
第7条の存続期間は4年としております。

ご確認のほどよろしくお願いいたします。
""" + SIG_SHINONOME,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_修正版_0620.docx",
             "paragraphs": ["秘密保持契約書", "第7条（有効期間）本契約の有効期間は締結日から2年間とし、第3条及び第4条の規定は本契約終了後4年間存続する。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denkii.co.jp has an extra letter: look-alike of partner kawasaki-denki.co.jp (reason 5)",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-026",
        "charset": "iso-2022-jp",
        "sender": "法務部 契約審査グループ <keiyaku-shinsa@hinode-sangyo.co.jp>",
        "to": ["法務部 契約審査グループ <keiyaku-shinsa@hinode-sangyo.co.jp>"],
        "bcc": ["osako.h@kawasaki-denki.co.jp", "mikami.j@aoba-unyu.co.jp",
                "saga.n@kitaguni-foods.co.jp", "kiritani@nishiki-insatsu.co.jp",
                "keiyaku@tsubasa-system.jp", "houjin@sakura-hotel.jp",
                "contract@towa-clean.co.jp", "somu@greenlease.co.jp"],
        "subject": "電子契約サービス導入に関するお知らせ",
        "body": """お取引先各位

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、当社では2025年7月1日より、契約書の締結方法として電子契約サービス
「ツバササイン」（株式会社ツバサシステム提供）を導入いたします。
これにより、契約書の郵送・押印・収入印紙のご負担を軽減できる見込みです。

■対象となる契約
　取引基本契約、秘密保持契約、各種覚書（新規締結および更新）
■お取引先様のご対応
　署名依頼メールに記載のURLから内容をご確認のうえ、承認操作をお願いします。
　アカウント登録や費用のご負担はございません。
■従来どおり書面での締結をご希望の場合
　担当営業または下記窓口までお申し付けください。

本件に関するお問い合わせ先：
日の出産業株式会社 法務部 契約審査グループ
TEL 03-5542-7310（平日9:00～17:30）

敬具
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "notice to many partners correctly sent in Bcc; recipients cannot see each other",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-027",
        "charset": "utf-8",
        "sender": "仁科 早苗 <nishina.s@hinode-sangyo.co.jp>",
        "to": ["リーガルクラウド 申込受付 <billing@legalcloud-hub.jp>"],
        "cc": ["卯月 さやか <uzuki.s@hinode-sangyo.co.jp>"],
        "subject": "契約管理クラウド スタンダードプラン 申込（カード決済）",
        "body": """リーガルクラウド株式会社
お申込受付ご担当者様

日の出産業株式会社 購買部の仁科です。
契約管理クラウドのスタンダードプラン（10ユーザー、年額払い）を申し込みます。
申込フォームでエラーになったため、メールにて決済情報をお送りします。

　申込会社　：日の出産業株式会社
　ご利用部署：法務部
　プラン　　：スタンダード（10ユーザー）年額 594,000円（税込）
　決済方法　：法人クレジットカード
　カード名義：TORU SAKAKIBARA
　カード番号：""" + _card(2) + """
　有効期限　：09/28

請求書払いへの切替が可能でしたら、次年度以降はそちらを希望します。

日の出産業株式会社 購買部 仁科 早苗
TEL 03-5542-7360
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with the holder's name sent by e-mail to a vendor (reason 2)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-028",
        "charset": "cp932",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["小野寺 紘一 <onodera@shirakawa-law.jp>"],
        "subject": "RE: 証人候補者の連絡先について",
        "body": """小野寺先生

お世話になっております。真壁です。
証人候補者の連絡先一覧、拝受いたしました。
当社側からは、候補者への事前の接触は控えるよう関係部署に伝えております。
陳述書の作成日程は、先生のご都合に合わせて調整いたします。

取り急ぎ御礼まで。
真壁

差出人: 小野寺 紘一 <onodera@shirakawa-law.jp>
送信日時: 2025年6月18日 19:40
宛先: 真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>
件名: 証人候補者の連絡先について

日の出産業株式会社
真壁様

いつもお世話になっております。
貴社からいただいた資料をもとに、証人候補者を整理しました。
今後のご連絡はこちらの一覧をご参照ください。

1. 安曇 拓也（元物流部、現在は退職）　携帯 090-2847-6613　長野県安曇野市豊科4382-1
2. 勅使河原 悠（物流部 主任）　　　　　携帯 080-4419-7702
3. 米倉 亜紀（購買部）　　　　　　　　携帯 070-3358-2146
4. 樋渡 正人（元経理部、現在は退職）　携帯 090-6182-0034　千葉県松戸市六高台7-88-3
5. 蔀 恵美（品質保証部）　　　　　　　携帯 080-1296-5570

白川法律事務所
弁護士 小野寺 紘一
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five witnesses' contacts appear only in the Outlook-quoted mail from the recipient himself",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-029",
        "charset": "cp932",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["あおぞら監査法人 坂東様 <bando.r@aozora-kansa.or.jp>"],
        "subject": "期中監査 ご依頼資料（重要な契約一覧）",
        "body": """あおぞら監査法人
坂東様

お世話になっております。日の出産業 法務部の卯月です。
ご依頼いただきました「契約金額1,000万円以上の契約一覧」をお送りします。
当社の契約管理台帳からの抜粋で、古い形式（.xls）のままで失礼いたします。

・対象期間：2024年4月1日～2025年3月31日締結分
・件数：14件（うち2件は変更契約）

原本の閲覧をご希望の場合は、往査時にご用意いたします。
""" + SIG_UZUKI,
        "attachments": [
            {"kind": "xls", "name": "重要契約一覧_FY2024.xls",
             "sheets": {"一覧": [
                 ["管理番号", "契約相手方", "契約名", "締結日", "契約金額(円)", "担当部署"],
                 ["LG-24-0112", "株式会社ツバサシステム", "販売管理システム開発委託契約", "2024-05-20", "86,400,000", "情報システム部"],
                 ["LG-24-0140", "青葉運輸株式会社", "運送基本契約（変更）", "2024-06-01", "18,000,000", "物流部"],
                 ["LG-24-0187", "株式会社グリーンリース", "複合機リース契約", "2024-07-15", "11,880,000", "総務部"],
                 ["LG-24-0233", "錦印刷株式会社", "カタログ制作委託契約", "2024-08-30", "24,750,000", "販売促進部"],
                 ["LG-24-0301", "北国フーズ株式会社", "共同開発契約", "2024-10-01", "30,000,000", "経営企画部"],
                 ["LG-24-0356", "さくらホテル株式会社", "法人宿泊契約", "2024-11-01", "12,000,000", "総務部"],
             ], "注記": [["金額は税抜、複数年契約は総額"]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of contracts and counterparties (businesses, amounts) to the auditor",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-030",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["スタッフネットパートナーズ 営業部 稲垣様 <inagaki@staffnet-partners.co.jp>"],
        "cc": ["人事部 矢作 <yahagi.m@hinode-sangyo.co.jp>"],
        "subject": "労働者派遣個別契約書 別紙（就業上の配慮事項）について",
        "body": """株式会社スタッフネットパートナーズ
営業部 稲垣様

お世話になっております。日の出産業 法務部の真壁です。
7月から物流部に派遣いただく方について、個別契約書の別紙に記載する
就業上の配慮事項を以下のとおり確認させてください。

　派遣労働者：宇佐見 陸斗 様
　配慮事項　：身体障害者手帳（下肢機能障害 2級）をお持ちのため、
　　　　　　　倉庫2階への階段移動を伴う業務からは除外。
　　　　　　　通院（月1回、リハビリ）のため平日半休の取得に配慮。

上記の記載内容で差し支えないか、ご本人の同意も含めてご確認をお願いします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named worker's disability and treatment (要配慮個人情報) sent to an external staffing company (reason 3)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-031",
        "charset": "utf-8",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 小野寺先生 <onodera@shirakawa-law.jp>"],
        "subject": "FW: 株式譲渡契約書ドラフトへの相手方コメント（メール添付）",
        "body": """小野寺先生

お世話になっております。東雲です。
相手方代理人から、株式譲渡契約書ドラフトへのコメントが届きましたので、
元のメールをそのまま添付いたします。

表明保証の範囲を「知る限り」に限定したいとの要望が中心です。
明日の打合せでご意見を伺えれば幸いです。
""" + SIG_SHINONOME,
        "attachments": [
            {"kind": "eml", "name": "相手方コメント_0617.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "弁護士 葛城 <katsuragi@kotobuki-sogo-law.jp>",
                 "to": ["東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>"],
                 "subject": "株式譲渡契約書（第2稿）に対するコメント",
                 "body": """日の出産業株式会社
法務部 東雲様

寿総合法律事務所の葛城です。
第2稿に対する売主側のコメントをお送りします。

1. 第5条（売主の表明保証）：各号の冒頭に「売主の知る限り」を付加したい。
2. 第9条（補償）：補償上限を譲渡価額の10%、請求期限をクロージング後12か月としたい。
3. 第12条（競業避止）：期間を3年から2年に短縮したい。

ご検討のほどよろしくお願いいたします。

寿総合法律事務所
弁護士 葛城 理沙
TEL 03-6205-8810
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "attached mail of the other side's counsel with business comments; only a lawyer's office contact",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-032",
        "charset": "cp932",
        "sender": "百瀬 千尋 <momose.c@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人営業 今泉様 <imaizumi@sakura-hotel.jp>"],
        "subject": "法人宿泊契約書（押印済み）の送付",
        "body": """さくらホテル株式会社
法人営業部 今泉様

いつもお世話になっております。日の出産業 総務部の百瀬です。
法人宿泊契約書に当社の押印が完了しましたので、PDFをお送りします。
原本は本日、簡易書留にて2通発送いたしました。
貴社押印後、1通をご返送ください。

また、請求書の社印照合用に、当社の印影データもあわせてお送りします。

総務部 文書課 百瀬 千尋
TEL 03-5542-7305
""",
        "attachments": [
            {"kind": "pdf", "name": "法人宿泊契約書_押印済.pdf",
             "lines": ["法人宿泊契約書",
                       "日の出産業株式会社（以下「甲」という。）とさくらホテル株式会社（以下「乙」という。）は、",
                       "甲の役職員の出張時の宿泊について、次のとおり契約する。",
                       "第3条（料金）別表の法人料金を適用する。シングル 1泊 11,500円（税・サ込）",
                       "甲　東京都中央区新川二丁目9番11号　日の出産業株式会社　代表取締役 日野 隆　印",
                       "乙　京都府京都市下京区烏丸通七条下る東塩小路町721　さくらホテル株式会社　代表取締役 桜井 宗一郎"]},
            {"kind": "png", "name": "印影_日の出産業_社印.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "signed contract PDF with company addresses and representatives' names only, plus a seal image",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-033",
        "charset": "iso-2022-jp",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["久慈 様 <kuji.shigeo1952@gmail.com>",
               "久慈 洋子 様 <yoko-k.0314@yahoo.co.jp>",
               "真野 様 <mano.farm@icloud.com>"],
        "subject": "【日の出産業】資材置場用地 土地賃貸借契約の更新について",
        "body": """地権者の皆様

いつも大変お世話になっております。
日の出産業株式会社 法務部の古閑と申します。

茨城県つくばみらい市の資材置場用地につきまして、現在の土地賃貸借契約が
2025年9月30日をもって期間満了となります。
当社としては、同一条件（賃料・期間5年）での更新をお願いしたく存じます。

つきましては、更新契約書を7月中旬に郵送させていただく予定です。
ご不明点やご要望がございましたら、本メールへのご返信または
下記までお電話にてお知らせください。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private landowners on free mail in To can see each other's addresses (reason 4)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-034",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@meridian-foods.sg>"],
        "cc": ["Benjamin Lau <benjamin.lau@harbourline-legal.com.sg>"],
        "subject": "Distribution Agreement - revised Clause 7 (Exclusivity)",
        "body": """Dear Priya,
(cc: Ben, our Singapore counsel)

Following our call yesterday, please see below our revised wording for Clause 7.

7.1 During the Term, the Supplier shall not appoint any other distributor for the
    Products in the Territory, provided that the Distributor meets the Minimum Purchase
    Quantity set out in Schedule 2 in each Contract Year.
7.2 If the Distributor fails to meet the Minimum Purchase Quantity in two consecutive
    Contract Years, the Supplier may, by 60 days' written notice, convert the appointment
    to a non-exclusive one.

Ben will confirm whether any local competition law filing is needed.

Best regards,
Kevin
""" + SIG_NAKAJO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "counterparty and our own foreign counsel: two external organisations, ordinary negotiation",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-035",
        "charset": "iso-2022-jp",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["有限会社北関東急送 事務所 <office@kitakanto-kyuso.co.jp>"],
        "subject": "再委託先登録に伴う法人情報のご確認",
        "body": """有限会社北関東急送
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 法務部の卯月と申します。
青葉運輸株式会社様の再委託先としてご登録いただくにあたり、
貴社の法人情報を以下のとおり確認いたしました。相違がないかご確認ください。

　商号　　　　　：有限会社北関東急送
　法人番号　　　：5010401093356
　適格請求書発行事業者登録番号：T5010401093356
　本店所在地　　：栃木県宇都宮市平出工業団地38-5
　代表電話　　　：028-662-4410

相違がございましたら、6月30日までにご返信をお願いいたします。
""" + SIG_UZUKI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a company's 法人番号 / T-number and head-office contact: business data, not a person's",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-036",
        "charset": "utf-8",
        "sender": "榊原 徹 <sakakibara.toru@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "Project TSUBAKI 基本合意書ドラフト",
        "body": """白川先生

いつもお世話になっております。榊原です。
Project TSUBAKI（北国フーズ様の冷凍食品事業の譲受け）の基本合意書ドラフトを
お送りします。取締役会付議前に、独占交渉条項と法的拘束力の範囲について
ご確認いただけますでしょうか。
""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "pdf", "name": "ProjectTSUBAKI_基本合意書_draft3.pdf",
             "title": "Project TSUBAKI 基本合意書（極秘）",
             "page_header": "極秘　取扱厳重注意",
             "page_footer": "極秘 - 社内限り / 関係者以外閲覧禁止",
             "lines": ["基本合意書（案）", "日の出産業株式会社（以下「買主」）と北国フーズ株式会社（以下「売主」）は、",
                       "売主の冷凍食品事業の譲渡に関し、以下のとおり基本的な合意をする。",
                       "第1条（譲渡対象）冷凍食品事業に係る資産、契約及び従業員",
                       "第2条（譲渡価額）金42億円を目安とし、デューデリジェンスの結果により調整する。",
                       "第6条（独占交渉）売主は、本合意書締結日から4か月間、第三者と本件類似の交渉を行わない。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 極秘 in its header and footer sent outside (even to counsel): confidentiality marking (reason 6)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-037",
        "charset": "cp932",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["錦印刷 桐谷様 <kiritani@nishiki-insatsu.co.jp>"],
        "subject": "知的財産権条項の新旧対照（テキスト）",
        "body": """錦印刷株式会社
桐谷様

お世話になっております。古閑です。
Wordが開けない環境とのことでしたので、第15条（知的財産権）の新旧対照表を
テキストファイルでお送りします。

ご確認よろしくお願いいたします。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "txt", "name": "第15条_新旧対照.txt", "encoding": "cp932",
             "text": """第15条（知的財産権）新旧対照表

【旧】
1 本件成果物に関する著作権は、乙に留保される。

【新】
1 本件成果物に関する著作権（著作権法第27条及び第28条に定める権利を含む。）は、
  甲が委託料を完済した時点で、乙から甲に移転する。
2 乙は、従前から保有する素材（フォント、テンプレート等）の権利を留保し、
  甲に対し、本件成果物の利用に必要な範囲で無償の利用を許諾する。
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a plain-text clause comparison; no personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-038",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
        "subject": "FW: 【白川法律事務所】2025年5月分 顧問料・タイムチャージのご請求",
        "body": """経理部 支払担当 御中

法務部の真壁です。5月分の弁護士費用の請求書を転送します。
内容確認済みですので、通常どおり月末支払でお願いします。
（予算コード：LG-5210）

---------- 転送メッセージ ----------
From: 白川法律事務所 経理 <keiri@shirakawa-law.jp>
Date: 2025年6月5日
To: 真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>
Subject: 【白川法律事務所】2025年5月分 顧問料・タイムチャージのご請求

日の出産業株式会社 法務部 真壁様

平素よりお世話になっております。5月分のご請求をお送りいたします。

　請求書番号：SK-2505-0117
　顧問料　　：330,000円（税込）
　タイムチャージ（損害賠償請求事件）：12.5時間　1,237,500円（税込）
　合計　　　：1,567,500円

お振込先：みどり銀行 本店営業部 普通 1234507 ｼﾗｶﾜﾎｳﾘﾂｼﾞﾑｼﾖ
お支払期限：2025年6月30日

白川法律事務所 経理担当
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a law firm's invoice; the firm's bank account is a business account",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-039",
        "charset": "utf-8",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["小野寺 紘一 <onodera@shirakawa-law.jp>"],
        "subject": "残業代請求事件 関係者一覧の送付",
        "body": """小野寺先生

お世話になっております。日の出産業の真壁です。
残業代請求事件（原告：元物流センター従業員）につき、ご依頼の関係者一覧を
Wordで作成しましたので送付いたします。
原告と同じシフトに入っていた従業員を中心に記載しています。

ご確認のほどよろしくお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "関係者一覧_残業代請求事件.docx",
             "paragraphs": ["残業代請求事件　関係者一覧（2025年6月18日現在）",
                            "※在籍者の連絡先は本人の了解を得ていないため、取扱いにご注意ください。"],
             "tables": [[
                 ["氏名", "所属・役職", "入社日", "住所", "携帯電話", "備考"],
                 ["坪倉 和馬", "物流センター センター長", "2008/04/01", "埼玉県三郷市彦成3-14-6", "090-5521-3806", "原告の上長"],
                 ["仙波 りえ", "物流センター 事務", "2016/10/01", "埼玉県八潮市大瀬1-22-9-402", "080-7713-2250", "勤怠入力担当"],
                 ["轟 大輔", "物流センター 主任", "2012/04/01", "東京都足立区花畑5-8-17", "070-2296-8841", "同シフト"],
                 ["東海林 稔", "物流センター", "2019/07/16", "千葉県流山市南流山2-3-1-1105", "090-3398-1167", "同シフト"],
                 ["巴 智恵子", "物流センター", "2020/02/03", "埼玉県吉川市保1-34-5", "080-6624-0719", "同シフト"],
                 ["御手洗 優", "元物流センター（2024/12退職）", "2017/04/01", "茨城県守谷市松ケ丘4-6-2", "090-1842-5530", "原告の同期"],
                 ["栗花落 翔", "人事部 労務課", "2014/04/01", "東京都江戸川区西葛西6-15-3", "070-5560-4482", "勤怠システム管理"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of seven employees with home addresses and mobiles to outside counsel (reason 1)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-040",
        "charset": "cp932",
        "sender": "百瀬 千尋 <momose.c@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "7/3 調印式会場（桜の間）ご利用の件",
        "body": """さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の百瀬です。
7月3日（木）の調印式について、当日の当社側連絡先を以下のとおりお知らせします。
控室の鍵の受渡しや搬入時のご連絡は、こちらにお願いいたします。

　・百瀬 千尋（総務部・全体進行）　携帯 090-7714-2083
　・東雲 拓海（法務部・契約書原本）　携帯 070-4415-0892
　・芦名 健人（広報部・撮影）　　　携帯 080-3361-5597

会場レイアウトは先日お送りした図面のとおりで変更ございません。
総務部 文書課 百瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff members' mobile numbers to the venue: a short contact list, may be warned",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-041",
        "charset": "iso-2022-jp",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["川崎電機 法務部 大迫様 <osako.h@kawasaki-denki.co.jp>"],
        "subject": "電子契約の署名者情報（ご確認のお願い）",
        "body": """川崎電機株式会社
法務部 大迫様

お世話になっております。日の出産業の東雲です。
共同開発契約を電子契約で締結するにあたり、先日頂戴した貴社側の署名者・承認者を
ツバササインに以下のとおり登録しました。誤りがないかご確認ください。

　順序　氏名　　　　　役職　　　　　　　　　メールアドレス
　1　　川崎 敏郎　　　代表取締役社長　　　　t.kawasaki@kawasaki-denki.co.jp
　2　　猪狩 美穂　　　取締役 技術本部長　　　ikari.m@kawasaki-denki.co.jp
　3　　大迫 隼人　　　法務部 部長　　　　　　osako.h@kawasaki-denki.co.jp
　4　　七五三 昭　　　開発企画部 部長　　　　shime.a@kawasaki-denki.co.jp
　5　　井原 真一　　　調達部 課長　　　　　　ihara.m@kawasaki-denki.co.jp

署名依頼メールは来週月曜の朝に各位へ届きます。
""" + SIG_SHINONOME,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five people's business e-mails, but all of the recipient's own company sent back for confirmation: arguably a list, arguably harmless",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-042",
        "charset": "utf-8",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["青葉運輸株式会社 法務課 三上様 <mikami.j@aoba-unyu.co.jp>"],
        "subject": "個人情報の取扱いに関する覚書（案）",
        "body": """青葉運輸株式会社
三上様

お世話になっております。真壁です。
通販商品の宅配業務で貴社にお預けするお届け先情報について、
「個人情報の取扱いに関する覚書」の案を作成しました。
委託先監督（個人情報保護法第25条）の観点から、安全管理措置と事故時の報告期限を
具体的に定めています。ご確認をお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "個人情報の取扱いに関する覚書（案）.docx",
             "title": "個人情報の取扱いに関する覚書",
             "paragraphs": [
                 "個人情報の取扱いに関する覚書（案）",
                 "第1条（定義）本覚書において「個人情報」とは、個人情報の保護に関する法律第2条第1項に定める個人情報をいい、甲が乙に預託するお届け先の氏名、住所及び電話番号を含む。",
                 "第2条（要配慮個人情報）甲は、乙に要配慮個人情報を預託しない。乙が業務の過程で要配慮個人情報を取得した場合は、直ちに甲に報告し、甲の指示に従う。",
                 "第5条（安全管理措置）乙は、個人情報への不正アクセス、漏えい、滅失又は毀損の防止その他の安全管理のために必要かつ適切な措置を講じる。",
                 "第8条（事故時の措置）乙は、漏えい等の事故が発生し又はそのおそれがあることを知ったときは、24時間以内に甲に報告する。",
                 "第10条（返還・廃棄）委託業務終了後、乙は預託された個人情報を速やかに返還又は廃棄し、廃棄証明書を甲に提出する。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a data-processing memorandum that talks about 個人情報 and 要配慮個人情報 but carries no one's data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-043",
        "charset": "cp932",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["三ツ星不動産 賃貸管理部 <chintai@mitsuboshi-fudosan.co.jp>"],
        "subject": "大阪営業所 事務所賃貸借契約 連帯保証人の本人確認書類について",
        "body": """三ツ星不動産株式会社
賃貸管理部 ご担当者様

お世話になっております。日の出産業 法務部の古閑です。
大阪営業所の賃貸借契約における連帯保証人（子会社代表者）の本人確認情報を
お送りします。運転免許証の写しは別途郵送いたします。

　氏名　　　　：潮田 健司（うしおだ けんじ）
　生年月日　　：Ｈ２．１１．３
　現住所　　　：大阪府豊中市上野坂2丁目7番22号
　運転免許証番号：６２１８０４４７３９１０
　有効期限　　：令和9年12月3日まで

ご不明点がございましたらお知らせください。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number (identity document) with name, DOB and address sent outside (reason 2)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-044",
        "charset": "utf-8",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 購買部 嵯峨様 <saga.n@kitaguni-foods.co.jp>"],
        "subject": "売買基本契約 別表1（対象商品・単価）のCSV",
        "body": """北国フーズ株式会社 嵯峨様

お世話になっております。東雲です。
売買基本契約の別表1（対象商品と単価）をCSVでお送りします。
貴社システムへの取込用にUTF-8で出力しています。
単価は2025年8月1日出荷分から適用の予定です。

東雲
""" + SIG_SHINONOME,
        "attachments": [
            {"kind": "csv", "name": "別表1_対象商品単価_20250801.csv", "encoding": "utf-8",
             "rows": [
                 ["商品コード", "JANコード", "品名", "規格", "入数", "単価(円)", "適用開始日"],
                 ["HF-1021", "4901234567894", "業務用 冷凍かぼちゃ", "1kg", "10", "612", "2025-08-01"],
                 ["HF-1022", "4901234567900", "業務用 冷凍ほうれん草", "500g", "20", "298", "2025-08-01"],
                 ["HF-2040", "4901234567917", "北海道コーン（ホール）", "1kg", "12", "455", "2025-08-01"],
                 ["HF-2041", "4901234567924", "じゃがいもダイスカット", "1kg", "10", "380", "2025-08-01"],
                 ["HF-3105", "4901234567931", "鶏卵液（全卵・殺菌）", "10kg", "1", "5,820", "2025-08-01"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product codes, JAN codes and prices: numbers that are not personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-045",
        "charset": "utf-8",
        "sender": "榊原 徹 <sakakibara.toru@hinode-sangyo.co.jp>",
        "to": ["部門長各位 <bucho-all@hinode-sangyo.co.jp>"],
        "cc": ["法務部 <houmu@hinode-sangyo.co.jp>"],
        "subject": "【社内通知】7月1日から契約締結は原則電子契約になります",
        "html": """<html><body>
<p>部門長各位</p>
<p>法務部長の榊原です。<br>
7月1日より、契約書の締結は原則として電子契約（ツバササイン）で行います。<br>
押印申請のフローも以下のとおり変わりますので、部内への周知をお願いします。</p>
<ol>
<li>契約審査依頼（従来どおり、法務ポータルから）</li>
<li>審査完了後、法務部が<b>ツバササインに契約書をアップロード</b></li>
<li>社内承認（部門長 → 法務部長）はツバササイン上で実施</li>
<li>先方署名後、締結済みPDFが自動で契約台帳に登録されます</li>
</ol>
<p>紙での締結が必要な場合（公正証書、先方が電子契約に非対応など）は、従来の押印申請書に理由を記載してください。</p>
<p>説明会：6月26日（木）16:00～ 本社7F大会議室／Teams同時配信</p>
<p style="color:#888">本メールは社内限りです。</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal HTML-only notice to department heads; all recipients internal",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-046",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["青葉運輸株式会社 法務課 三上様 <mikami.j@aoba-unyu.co.jp>"],
        "subject": "運送基本契約 別紙2（運賃表）改定版",
        "body": """青葉運輸株式会社
三上様

お世話になっております。真壁です。
運送基本契約の別紙2（運賃表）について、燃料サーチャージの反映後の版を
お送りします。ご確認のうえ、問題なければ覚書の締結手続きに進みます。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "corrupt", "name": "別紙2_運賃表_改定版.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be read (reason 7)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-047",
        "charset": "cp932",
        "sender": "百瀬 千尋 <momose.c@hinode-sangyo.co.jp>",
        "to": ["グリーンリース 契約管理課 <keiyaku@greenlease.co.jp>"],
        "subject": "リース契約書原本ご返送のご連絡（契約番号 GL-2025-08817）",
        "body": """株式会社グリーンリース
契約管理課 御中

いつもお世話になっております。日の出産業 総務部の百瀬です。
下記契約書の原本に当社押印のうえ、本日レターパックプラスにてご返送しました。

　契約番号　：GL-2025-08817（複合機リース 4台）
　物件番号　：MFP-7720-A ～ MFP-7720-D
　追跡番号　：3217-4490-6632
　同封書類　：リース契約書 1通、物件受領書 1通

到着のご確認をお願いいたします。
総務部 文書課 百瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract, asset and tracking numbers only: not personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-048",
        "charset": "iso-2022-jp",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 法務部 大迫様 <osako.h@kawasaki-denki.co.jp>"],
        "subject": "共同開発契約書の印紙税について",
        "body": """川崎電機株式会社
大迫様

お世話になっております。古閑です。
お問い合わせのあった印紙税の件、当社の整理は以下のとおりです。

・共同開発契約書（紙で締結する場合）
　研究成果に係る請負の要素がなく、第7号文書にも該当しないため不課税と判断しています。
・開発委託の個別契約書（第2号文書・請負に関する契約書）
　契約金額 3,000万円 → 印紙税額 1万円
　契約金額 5,000万円超1億円以下 → 3万円
・電子契約で締結する場合は、いずれも印紙は不要です。

念のため、貴社の顧問税理士にもご確認ください。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "stamp-duty amounts and document categories: numbers that are not personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-049",
        "charset": "utf-8",
        "sender": "舟橋 航 <funahashi.w@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-systems.jp>"],
        "subject": "ツバササイン 署名依頼メールが届かない件",
        "body": """株式会社ツバサシステム サポートご担当者様

日の出産業 情報システム部の舟橋です。
昨日アップロードした契約書（文書ID：TS-20250619-00418）について、
先方の署名者に署名依頼メールが届いていないとの連絡がありました。
送信ログをご確認いただけますでしょうか。

なお、文書の有効期限は6月30日に設定しています。

日の出産業株式会社 情報システム部 舟橋
TEL 03-5542-7340
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-systems.jp adds an s to the partner domain tsubasa-system.jp (reason 5)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-050",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Marcus Feld <m.feld@quantix-labs.com>"],
        "subject": "Mutual NDA - our mark-up",
        "body": """Dear Marcus,

Thank you for your draft Mutual Non-Disclosure Agreement. Our changes are short, so
rather than sending a mark-up I list them here:

- Definition of "Confidential Information": we propose to cover information disclosed
  orally only if it is identified as confidential at the time of disclosure and summarised
  in writing within thirty (30) days.
- Term: two (2) years from the Effective Date; confidentiality obligations survive for
  three (3) years after termination.
- Residuals clause (Section 8): we cannot accept this. Please delete it.
- Governing law: Japan; venue: Tokyo District Court.

If these are acceptable, we can sign via e-signature next week.

Best regards,
Kevin
""" + SIG_NAKAJO + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail about an NDA; 'Confidential Information' is a defined term, not a marking",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-051",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Benjamin Lau <benjamin.lau@harbourline-legal.com.sg>"],
        "cc": ["人事部 矢作 <yahagi.m@hinode-sangyo.co.jp>"],
        "subject": "Secondment agreement - Mr. Haddad (workplace accommodation)",
        "body": """Dear Ben,

We are finalising the secondment agreement for Mr. Tariq Haddad (employee no. H1187),
who will be seconded from our Tokyo office to Meridian Foods in Singapore from
1 September 2025.

Mr. Haddad is a practising Muslim and has asked that the agreement guarantee a prayer
space and flexible hours during Ramadan. He also has Type 1 diabetes and needs
scheduled breaks for insulin injections; his doctor in Tokyo has provided a letter.

Could you advise whether these accommodations should be written into the secondment
agreement itself or into a side letter with the host company, and whether Singapore
employment law requires anything specific?

Best regards,
Kevin
""" + SIG_NAKAJO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's religion and medical condition sent to foreign counsel (reason 3)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-052",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["小野寺 紘一 <onodera@shirakawa-law.jp>"],
        "subject": "Re: 休職期間満了に伴う退職の件（ご回答）",
        "body": """小野寺先生

ご回答ありがとうございます。真壁です。
ご指摘のとおり、復職可否の判断の前に産業医面談を設定し、その記録を残すようにいたします。
就業規則第41条の改定案は、来月の顧問打合せでご相談させてください。

引き続きよろしくお願いいたします。

> 日の出産業株式会社
> 真壁様
>
> ご相談の件、回答いたします。
> 従業員A氏（営業部・鳴海 圭佑氏）は、うつ病の診断で2024年10月から休職しており、
> 主治医の診断書では「軽作業であれば就労可能」とのことですが、
> 休職期間満了をもって自然退職とするには、復職可否の判断を慎重に行う必要があります。
> 特に、産業医の意見聴取を経ずに判断した場合、無効とされるリスクがあります。
>
> 白川法律事務所
> 弁護士 小野寺 紘一
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the health details are only in text quoted from the counsel's own mail; the new text names no one",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-053",
        "charset": "utf-8",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["榊原 徹 <sakakibara.toru@hinode-sangyo.co.jp>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "契約審査KPI（2025年5月）",
        "body": """榊原部長

5月の契約審査KPIをCSVで送ります（部会資料用）。
平均審査日数は4.2日で、目標（5日以内）を達成しています。
NDAのひな形利用率が下がっているので、部会で営業部への周知をご相談させてください。

卯月
""",
        "attachments": [
            {"kind": "csv", "name": "契約審査KPI_202505.csv", "encoding": "utf-8",
             "rows": [
                 ["契約類型", "受付件数", "完了件数", "平均審査日数", "ひな形利用率", "差戻し件数"],
                 ["秘密保持契約", "38", "36", "2.1", "61%", "3"],
                 ["取引基本契約", "12", "10", "6.8", "83%", "1"],
                 ["業務委託契約", "21", "19", "5.4", "48%", "4"],
                 ["個人情報取扱覚書", "7", "7", "3.0", "100%", "0"],
                 ["ライセンス契約", "3", "2", "11.5", "0%", "1"],
                 ["その他", "9", "9", "3.3", "-", "0"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal statistics CSV; no personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-054",
        "charset": "cp932",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 小野寺先生 <onodera@shirakawa-law.jp>"],
        "subject": "FW: 競業避止誓約書の提出状況（退職者）",
        "body": """小野寺先生

お世話になっております。東雲です。
競業他社への転職が疑われる件で、人事部から届いた退職者の状況を転送します。
このうち誰に警告書を送るべきか、ご意見をいただけますでしょうか。

----- Forwarded Message -----
差出人: 矢作 美奈 <yahagi.m@hinode-sangyo.co.jp>
宛先: 東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>
日付: 2025/06/16 10:25
件名: 競業避止誓約書の提出状況（退職者）

東雲さん

人事の矢作です。ご依頼の件、直近1年の営業部門の退職者です。
転職先は本人申告またはSNS等で判明したものです。

■砂川 達也（2024/08退職）誓約書：提出済
　転職先：株式会社マルトモ食品（競合）
　連絡先：090-6673-1408 / t.sunagawa.88@gmail.com
■千々岩 萌（2024/10退職）誓約書：提出済
　転職先：不明
　連絡先：080-2214-5870 / moe.chijiiwa@icloud.com
■八重樫 公平（2024/12退職）誓約書：未提出
　転職先：北海フードサービス株式会社（競合）
　連絡先：070-3308-9921 / yaegashi.k@outlook.jp
■乙部 理沙（2025/02退職）誓約書：提出済
　転職先：株式会社マルトモ食品（競合）
　連絡先：090-4457-2236 / otobe-risa@yahoo.co.jp
■源田 剛（2025/03退職）誓約書：提出済
　転職先：実家の家業
　連絡先：080-9912-0453 / genda.tsuyoshi@docomo.ne.jp
■百目鬼 聡（2025/04退職）誓約書：未提出
　転職先：株式会社ヤマセ商事（競合の子会社）
　連絡先：090-1187-6642 / dodomeki.s@gmail.com

人事部 労務課 矢作
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal mail (new text to counsel) listing six former employees with phones and private e-mails (reason 1)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-055",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["川崎電機 法務部 大迫様 <osako.h@kawasaki-denki.co.jp>"],
        "cc": ["白川法律事務所 小野寺先生 <onodera@shirakawa-law.jp>"],
        "subject": "和解合意書（案）に関する三者打合せの件",
        "body": """川崎電機株式会社 法務部 大迫様
（cc：当社代理人 白川法律事務所 小野寺先生）

お世話になっております。日の出産業の真壁です。

納入部品の不具合に関する件につき、和解合意書（案）の文言調整のため、
当社代理人の小野寺弁護士を交えて打合せをお願いできればと存じます。

日時案：6月30日（月）15:00～16:00
場所　：白川法律事務所 会議室（千代田区麹町）またはWeb

論点は、(1)解決金の支払時期、(2)清算条項の範囲、(3)口外禁止条項 の3点を想定しております。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "counterparty plus our own counsel: two external organisations, a normal meeting mail",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-056",
        "charset": "utf-8",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["浜名 聡子 <satoko.hamana@yahoo.co.jp>"],
        "subject": "ご依頼の誓約書の写しについて",
        "body": """浜名 聡子 様

日の出産業株式会社 法務部の古閑でございます。
先日お電話でご依頼いただきました、ご退職時に提出いただいた誓約書の写しを
PDFにてお送りいたします。

誓約書第3条の競業避止義務の期間は退職日から1年間（2025年9月30日まで）です。
転職先での業務内容についてご不安な点がありましたら、ご遠慮なくご相談ください。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "pdf", "name": "誓約書（写し）_浜名様.pdf",
             "lines": ["誓約書", "日の出産業株式会社 代表取締役 日野 隆 殿",
                       "私は、貴社を退職するにあたり、以下の事項を遵守することを誓約いたします。",
                       "第1条　在職中に知り得た貴社の営業秘密を、退職後も第三者に開示しません。",
                       "第3条　退職後1年間、貴社と競合する事業を営む会社に就職しません。",
                       "2024年9月30日",
                       "住所　神奈川県藤沢市鵠沼石上1-9-14-603",
                       "氏名　浜名 聡子　（印）"]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one free-mail recipient receiving a copy of her own pledge (one person's name and address)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-057",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Daniel Goh <daniel.goh@meridian-foods.sg>"],
        "subject": "Deck for Thursday - distribution partnership terms",
        "body": """Dear Daniel,

Ahead of Thursday's meeting, I attach the slides we will walk through.
They summarise the commercial terms we discussed with Priya.

Looking forward to seeing you in Tokyo.

Best regards,
Kevin
""" + SIG_NAKAJO,
        "attachments": [
            {"kind": "pptx", "name": "Meridian_partnership_terms.pptx",
             "title": "Meridian partnership - negotiation strategy",
             "page_footer": "CONFIDENTIAL - INTERNAL ONLY - Hinode Sangyo Legal",
             "slides": [
                 ["Meridian Foods - partnership terms", "Negotiation strategy (internal)", "Legal / Overseas Sales"],
                 ["Our walk-away points", "Exclusivity only with MPQ of 120 containers/year",
                  "Payment terms no longer than 60 days", "No most-favoured-customer clause"],
                 ["Fallback positions", "MPQ down to 100 containers if term is 5 years",
                  "Accept SIAC arbitration instead of Tokyo courts"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX footer 'CONFIDENTIAL - INTERNAL ONLY' on every slide, sent to the counterparty (reason 6)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-058",
        "charset": "cp932",
        "sender": "舟橋 航 <funahashi.w@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <tsubasa-sign@tsubasa-system.jp>"],
        "subject": "契約台帳連携 テスト用取引先マスタ（サンプル）",
        "body": """株式会社ツバサシステム 導入支援ご担当者様

日の出産業 情報システム部の舟橋です。
契約台帳とツバササインの連携テスト用に、取引先マスタのサンプルを送ります。
シート1が項目定義、シート2がサンプルデータです（法人のみ、個人取引先は含めていません）。

よろしくお願いいたします。
舟橋
""",
        "attachments": [
            {"kind": "xlsx", "name": "取引先マスタ_テスト用.xlsx",
             "sheets": {
                 "項目定義": [["項目名", "型", "桁", "必須"],
                              ["取引先コード", "文字", "8", "○"], ["取引先名", "文字", "100", "○"],
                              ["本店所在地", "文字", "200", ""], ["代表電話", "文字", "15", ""],
                              ["反社チェック日", "日付", "", ""]],
                 "サンプル": [["取引先マスタ（テストデータ 2025/06/19 抽出）"],
                              ["取引先コード", "取引先名", "本店所在地", "代表電話", "反社チェック日"],
                              ["C0000121", "川崎電機株式会社", "神奈川県川崎市幸区堀川町580", "044-520-1100", "2025-04-10"],
                              ["C0000133", "青葉運輸株式会社", "宮城県仙台市青葉区中央2-1-30", "022-711-3300", "2025-03-22"],
                              ["C0000147", "北国フーズ株式会社", "北海道札幌市中央区北3条西4-1", "011-231-7700", "2025-02-14"],
                              ["C0000152", "錦印刷株式会社", "京都府京都市中京区錦小路通柳馬場東入", "075-221-4040", "2025-05-08"],
                              ["C0000160", "さくらホテル株式会社", "京都府京都市下京区東塩小路町721", "075-361-8800", "2024-12-02"],
                              ["C0000188", "株式会社グリーンリース", "東京都港区芝浦3-9-1", "03-5765-2200", "2025-01-17"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX of business partners (head offices, switchboards): a list of businesses, not people",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-059",
        "charset": "cp932",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["錦印刷株式会社 営業部 桐谷様 <kiritani@nishiki-insatsu.co.jp>"],
        "subject": "Re: 機密保持条項の存続期間について",
        "body": """桐谷様

お世話になっております。東雲です。
機密保持条項（第20条）の存続期間について、社内で再検討しました。

カタログの版下データや未発表商品の情報をお渡しする関係上、
契約終了後3年では短いと考えておりますが、貴社のご事情も踏まえ、
「契約終了後5年間。ただし、営業秘密に該当する情報については当該情報が
営業秘密に該当する間」とする案はいかがでしょうか。

機密情報の返還・廃棄（第21条）は、現行の規定のままで結構です。
""" + SIG_SHINONOME + """
> 日の出産業 東雲様
> 機密保持条項の存続期間ですが、当社の標準は契約終了後3年としております。
> ご検討いただけますと幸いです。
> 錦印刷 桐谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "機密 used only as the name of a contract clause; no marking, no personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-060",
        "charset": "utf-8",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 秘書 <hisho@shirakawa-law.jp>"],
        "subject": "公証人認証（海外子会社設立用の宣誓供述書）の準備資料",
        "body": """白川法律事務所
秘書室 ご担当者様

お世話になっております。日の出産業の東雲です。
来週の公証役場での認証手続きにつき、宣誓供述者の情報をお送りします。
予約時にお伝えいただけますと幸いです。

　氏名（旅券表記）：HINO TAKASHI（日野 隆）
　国籍　　　　　　：日本
　生年月日　　　　：1963年7月9日
　旅券番号　　　　：TR4418207
　旅券有効期限　　：2031年5月30日
　当社における役職：代表取締役（シンガポール子会社の取締役就任予定）

本人は公証役場に旅券原本を持参いたします。
""" + SIG_SHINONOME,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a passport number with name and date of birth sent to an outside law office (reason 2)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-061",
        "charset": "iso-2022-jp",
        "sender": "百瀬 千尋 <momose.c@hinode-sangyo.co.jp>",
        "to": ["法務部 <houmu@hinode-sangyo.co.jp>", "総務部 <somu@hinode-sangyo.co.jp>"],
        "subject": "印章管理責任者・代行者一覧（7月1日改定）",
        "body": """法務部・総務部の皆さん

7月1日付の人事異動を反映した印章管理責任者・代行者の一覧です。
夜間・休日に緊急で押印が必要な場合は、携帯に連絡してください。

印章          管理責任者            代行者                携帯（責任者／代行者）
------------  --------------------  --------------------  ------------------------------
代表者印      総務部長 乾 信彦      文書課長 百瀬 千尋    090-4471-0328 / 090-7714-2083
銀行印        経理部長 柘植 佳代    経理課 江波 忠        080-6612-9907 / 070-2285-4413
社印（角印）  文書課長 百瀬 千尋    文書課 蓮見 あかね    090-7714-2083 / 080-5590-1134
契約印        法務部長 榊原 徹      法務部 真壁 礼子      080-2291-6634 / 090-6620-1178

社外への共有は不要です。
総務部 文書課 百瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "list of seal custodians with mobile numbers, but only internal recipients",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-062",
        "charset": "iso-2022-jp",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 法務部 大迫様 <osako.h@kawasaki-denki.co.jp>"],
        "cc": ["猪狩様 <ikari.m@kawasaki-denki.co.jp>"],
        "subject": "共同開発契約 関連書類一式（ZIP）",
        "body": """川崎電機株式会社
大迫様、猪狩様

お世話になっております。日の出産業の古閑です。
共同開発契約の締結に向けて、関連書類一式をZIPにまとめてお送りします。
（パスワードは設定しておりません）

　1. 共同開発契約書（最終案）
　2. 別紙1 開発分担表
　3. 別紙2 費用負担（PDF）

ご確認のうえ、電子契約の手続きに進めさせていただきます。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "zip", "name": "共同開発契約_一式_0620.zip",
             "files": [
                 {"kind": "docx", "name": "共同開発契約書_最終案.docx",
                  "paragraphs": ["共同開発契約書", "第1条（目的）甲及び乙は、省電力型業務用冷凍ショーケースの共同開発を行う。",
                                 "第8条（成果の帰属）本開発により生じた発明は甲乙の共有とし、持分は均等とする。"]},
                 {"kind": "xlsx", "name": "別紙1_開発分担表.xlsx",
                  "sheets": {"分担": [["工程", "担当", "期限"], ["基本設計", "乙", "2025-09"],
                                      ["試作", "乙", "2025-12"], ["店舗実証", "甲", "2026-03"]]}},
                 {"kind": "pdf", "name": "別紙2_費用負担.pdf",
                  "lines": ["別紙2　費用負担", "試作費：乙負担（上限 1,800万円）", "実証費：甲負担"]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an unencrypted ZIP of contract documents to one partner; nothing personal or marked",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-063",
        "charset": "cp932",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 契約担当 <keiyaku@tsubasa-system.jp>",
               "錦印刷 桐谷様 <kiritani@nishiki-insatsu.co.jp>"],
        "cc": ["白川法律事務所 小野寺先生 <onodera@shirakawa-law.jp>"],
        "subject": "Web受注システム構築に関する三者間契約 スケジュールのご連絡",
        "body": """株式会社ツバサシステム ご担当者様
錦印刷株式会社 桐谷様
（cc：白川法律事務所 小野寺先生）

お世話になっております。日の出産業 法務部の真壁です。

Web受注システム（ツバサシステム様：開発、錦印刷様：商品画像・原稿制作）に関する
三者間契約について、締結までのスケジュールを以下のとおりご連絡します。

　6/27　当社より契約書案を送付
　7/4 　各社コメント締切
　7/11　三者打合せ（当社本社）
　7/18　最終版確定・電子契約で締結

契約書案のレビューは当社代理人の小野寺弁護士にもお願いしております。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (two vendors and a law firm) visible to each other in To/Cc (reason 4)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-064",
        "charset": "utf-8",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["法務部 全員 <houmu-all@mail.hinode-sangyo.co.jp>"],
        "subject": "7月の休日当番（契約書の緊急対応）",
        "body": """法務部の皆さん

7月の土日祝の緊急対応当番表です。
当番日は社用携帯を必ず持ち歩いてください。社用携帯がない人は個人携帯を記載しています。

日付        当番          メール                                  携帯
7/5(土)     東雲 拓海     shinonome.t@hinode-sangyo.co.jp         070-4415-0892
7/6(日)     古閑 美咲     koga.misaki@hinode-sangyo.co.jp         080-4102-6675
7/12(土)    卯月 さやか   uzuki.s@hinode-sangyo.co.jp             090-5538-1190
7/13(日)    中條 ケビン   nakajo.kevin@hinode-sangyo.co.jp        080-9917-2243
7/19(土)    真壁 礼子     makabe.reiko@hinode-sangyo.co.jp        090-6620-1178
7/20(日)    東雲 拓海     shinonome.t@hinode-sangyo.co.jp         070-4415-0892
7/21(月祝)  古閑 美咲     koga.misaki@hinode-sangyo.co.jp         080-4102-6675

真壁
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "staff rota with mobiles to an internal subdomain list: all recipients internal",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-065",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Accounts Receivable <ar@datavanta.eu>"],
        "subject": "Invoice DV-2025-04417 - payment confirmation",
        "body": """Dear Accounts team,

We confirm that invoice DV-2025-04417 (EUR 8,400.00, annual licence for the contract
analytics module, PO 4500218873) was paid on 18 June 2025 by our corporate card ending
in 4821. The card statement reference is 25169-0037.

Please send the receipt to our legal department mailbox. Could you also confirm that
the renewal on 1 July 2026 will be invoiced, not charged automatically to the card?

Best regards,
Kevin
""" + SIG_NAKAJO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice, PO and reference numbers and the last four digits of a card: no personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-066",
        "charset": "utf-8",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 寺嶋様 <terashima.k@midori-ginko.co.jp>"],
        "subject": "フランチャイズ加盟店 融資斡旋に係る連帯保証人一覧",
        "html": """<html><body style="font-family:Meiryo,sans-serif">
<p>株式会社みどり銀行<br>法人営業部 寺嶋様</p>
<p>お世話になっております。日の出産業 法務部の東雲です。<br>
加盟店向け融資斡旋制度の保証委託契約に関し、各加盟店の連帯保証人（個人）の情報をお送りします。<br>
審査のほどよろしくお願いいたします。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>加盟店</th><th>保証人氏名</th><th>続柄</th><th>生年月日</th><th>住所</th><th>電話</th></tr>
<tr><td>ひので亭 宇都宮店</td><td>車田 幸雄</td><td>代表者本人</td><td>昭和45年3月8日</td><td>栃木県宇都宮市今泉町112-4</td><td>090-2714-8830</td></tr>
<tr><td>ひので亭 高崎店</td><td>神 恵理香</td><td>代表者の配偶者</td><td>昭和52年11月21日</td><td>群馬県高崎市並榎町66-2</td><td>080-3305-7419</td></tr>
<tr><td>ひので亭 水戸店</td><td>鈴鹿 一平</td><td>代表者本人</td><td>昭和60年5月2日</td><td>茨城県水戸市元吉田町1020-15</td><td>090-8856-0172</td></tr>
<tr><td>ひので亭 つくば店</td><td>四十物 剛</td><td>代表者の父</td><td>昭和31年9月30日</td><td>茨城県つくば市竹園2-11-6</td><td>029-851-3347</td></tr>
<tr><td>ひので亭 小山店</td><td>戸祭 由紀</td><td>代表者本人</td><td>平成元年7月19日</td><td>栃木県小山市城東4-3-21</td><td>070-6631-2258</td></tr>
<tr><td>ひので亭 前橋店</td><td>雲雀 隆之</td><td>代表者本人</td><td>昭和49年1月14日</td><td>群馬県前橋市朝日町3-28-9</td><td>090-4420-9915</td></tr>
</table>
<p>日の出産業株式会社 法務部 契約審査グループ<br>東雲 拓海　TEL 03-5542-7310</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML table of six individual guarantors with DOB, home address and phone to the bank (reason 1)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-067",
        "charset": "iso-2022-jp",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法務担当 小笠原様 <ogasawara.y@kitaguni-foods.co.jp>"],
        "subject": "電子契約 署名者のご指定のお願い（売買基本契約）",
        "body": """北国フーズ株式会社
小笠原様

お世話になっております。日の出産業の古閑です。
売買基本契約の電子締結にあたり、当社側の承認・署名の順序は以下のとおりです。
貴社側の署名者様のお名前とメールアドレスをお知らせください。

【当社側】
　1. 承認　仁科 早苗（購買部長）　nishina.s@hinode-sangyo.co.jp
　2. 承認　榊原 徹（法務部長）　　sakakibara.toru@hinode-sangyo.co.jp
　3. 署名　日野 隆（代表取締役）　hino.takashi@hinode-sangyo.co.jp
""" + SIG_KOGA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three signatories' names and business e-mails to the counterparty: one to four people, may be warned",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-068",
        "charset": "cp932",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["キャリアノート 法務 <legal@careernote.co.jp>"],
        "subject": "人材紹介契約書 第11条（個人情報の第三者提供）の修正について",
        "body": """株式会社キャリアノート
法務ご担当者様

お世話になっております。日の出産業 法務部の真壁です。
人材紹介契約書（案）第11条について、以下の理由から修正をお願いしたく存じます。

1. 貴社から当社への候補者情報の提供は、個人情報保護法第27条第1項に基づく
   本人同意を前提とするものと理解しております。同意取得の方法（書面・電磁的方法）を
   条文上明記いただけますでしょうか。
2. 当社が不採用とした候補者の情報は、選考終了後30日以内に廃棄する旨を追記します。
3. 要配慮個人情報（健康状態等）は、原則として提供いただかない旨を定めたいと考えます。

修正案は第11条第1項～第4項として別途お送りします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "law article numbers and the words 個人情報 / 要配慮個人情報 used in passing; no one's data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-069",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["小野寺 紘一 <onodera@shirakawa-law.jp>"],
        "subject": "意見書ドラフト（第3稿）へのコメント",
        "body": """小野寺先生

お世話になっております。真壁です。
意見書ドラフト第3稿に、当社のコメントを吹き出しで入れたものをお戻しします。
主に第2章の事実関係の時系列について補足しております。

よろしくお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "corrupt", "name": "意見書ドラフト_v3_日の出コメント.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the DOCX attachment is corrupt and cannot be inspected (reason 7)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-070",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Daniel Goh <daniel.goh@meridian-foods.sg>", "Priya Raman <priya.raman@meridian-foods.sg>"],
        "cc": ["真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>"],
        "subject": "Governing law and dispute resolution - proposal",
        "body": """Dear Daniel, dear Priya,

To close the last open point, we propose the following:

  Governing law: the laws of Singapore.
  Dispute resolution: arbitration administered by the Singapore International
  Arbitration Centre (SIAC) under its Rules in force at the time; seat Singapore;
  one arbitrator; language English.
  Carve-out: either party may seek interim relief from any competent court.

In return, we would ask Meridian to accept the Japanese text of the product
specifications (Schedule 1) as the controlling version.

Please let us know if this works for you; we would then circulate the execution version.

Best regards,
Kevin
""" + SIG_NAKAJO + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "two people of one external organisation and an internal cc; ordinary negotiation",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-071",
        "charset": "cp932",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 小野寺先生 <onodera@shirakawa-law.jp>"],
        "subject": "損害賠償請求事件 当社担当者の交代について",
        "body": """小野寺先生

お世話になっております。日の出産業の東雲です。
本件の当社窓口を務めておりました物流部の坪倉ですが、体調を崩して
6月から休職に入っております。復帰の時期は未定です。

今後の事実確認は、後任の轟（物流センター主任）が対応いたします。
坪倉の陳述書の作成が必要になる場合は、本人の体調を見ながらの調整となりますので、
スケジュールにご配慮いただけますと幸いです。
""" + SIG_SHINONOME,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an identifiable employee is said to be on sick leave without a diagnosis; health-related but vague, to own counsel",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-072",
        "charset": "iso-2022-jp",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["グリーンリース 契約管理課 <keiyaku@greenlease.co.jp>",
               "グリーンリース 営業部 安西様 <anzai.t@greenlease.co.jp>"],
        "subject": "当社窓口変更のお知らせ（リース契約関係）",
        "body": """株式会社グリーンリース
契約管理課 御中
営業部 安西様

いつもお世話になっております。日の出産業の卯月です。
7月1日付で、リース契約に関する当社の窓口が総務部から法務部契約管理チームに変わります。
今後の契約書類のご送付先は以下にお願いいたします。

　〒104-0033 東京都中央区新川二丁目9番11号 日の出新川ビル7F
　日の出産業株式会社 法務部 契約管理チーム
　TEL 03-5542-7310 / keiyaku-kanri@hinode-sangyo.co.jp

引き続きよろしくお願いいたします。
""" + SIG_UZUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a department's business address and shared mailbox; two people at one external company",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-073",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 営業課 三上様 <mikami.j@aoba-unyu.co.jp>"],
        "subject": "運送基本契約 更新条件について",
        "body": """================================
機密区分：社外秘（法務部・営業本部限り）
================================

青葉運輸株式会社 三上様

お世話になっております。日の出産業の鬼塚です。
運送基本契約の更新条件について、法務部と整理した当社の考え方をお送りします。

　・現行運賃の据置きを第一案とする
　・燃料サーチャージの基準価格は軽油 120円/L を維持
　・値上げ要請があった場合、上限3%までは法務部長決裁で受諾可
　・3%を超える場合は、競合2社（南星ロジ、関東エクスプレス）の見積りを取得して再交渉

ご確認のほどよろしくお願いいたします。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail body carries a 機密区分：社外秘 classification block and goes to the counterparty (reason 6)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-074",
        "charset": "utf-8",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["久慈 茂雄 様 <kuji.shigeo1952@gmail.com>"],
        "cc": ["つくば中央不動産 管理部 <kanri@tsukuba-chuo-fudosan.co.jp>"],
        "subject": "土地賃貸借契約 更新契約書の郵送について",
        "body": """久慈 茂雄 様
（cc：管理ご担当 つくば中央不動産株式会社様）

いつもお世話になっております。日の出産業 法務部の古閑でございます。
先日はお電話にてご了承いただき、誠にありがとうございました。

更新契約書（2通）を本日、簡易書留にてご自宅宛てに発送いたしました。
ご署名・ご捺印のうえ、同封の返信用封筒で1通をご返送ください。
賃料のお振込み先に変更がある場合は、管理会社様経由でお知らせいただけますと幸いです。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "one private landowner on free mail and his property manager: two external parties, normal",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-075",
        "charset": "cp932",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["スタッフネットパートナーズ 営業部 稲垣様 <inagaki@staffnet-partners.co.jp>"],
        "subject": "派遣スタッフ様用 秘密保持誓約書ひな形の送付",
        "body": """株式会社スタッフネットパートナーズ
稲垣様

お世話になっております。真壁です。
当社に派遣いただくスタッフ様にご提出いただく秘密保持誓約書のひな形をお送りします。
氏名・住所欄は空欄ですので、就業初日にご本人にご記入いただく運用でお願いします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "秘密保持誓約書_派遣スタッフ用.docx",
             "paragraphs": [
                 "秘密保持誓約書",
                 "日の出産業株式会社 御中",
                 "私は、貴社において派遣労働者として就業するにあたり、以下の事項を遵守することを誓約します。",
                 "1. 就業中に知り得た貴社及び貴社取引先の機密情報を、派遣期間中及び終了後も第三者に開示しないこと。",
                 "2. 貴社の顧客の個人情報を、業務以外の目的で利用しないこと。",
                 "年　　月　　日",
                 "派遣元：株式会社スタッフネットパートナーズ",
             ],
             "tables": [[["住所", ""], ["氏名", "　　　　　　　　　　印"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank pledge template mentioning 機密情報 and 個人情報; no one's data",
    },
]

MESSAGES += [
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-076",
        "charset": "utf-8",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事総務部 嵯峨様 <saga.n@kitaguni-foods.co.jp>"],
        "cc": ["人事部 矢作 <yahagi.m@hinode-sangyo.co.jp>"],
        "subject": "出向契約書 別紙（出向者情報）の送付",
        "body": """北国フーズ株式会社
人事総務部 嵯峨様

お世話になっております。日の出産業 法務部の真壁です。
共同開発プロジェクトに伴う在籍出向について、出向契約書の別紙（出向者情報）を
お送りします。貴社で社会保険の資格取得手続きを行っていただくため、
基礎年金番号・個人番号も記載しております。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "xlsx", "name": "出向契約書_別紙1_出向者情報.xlsx",
             "title": "出向者情報",
             "sheets": {
                 "出向者": [
                     ["出向契約書 別紙1　出向者情報（2025年8月1日出向開始）"],
                     ["氏名", "フリガナ", "生年月日", "基礎年金番号", "個人番号", "現在の健康保険証（記号・番号）", "出向先所属"],
                     ["稲葉 祐介", "イナバ ユウスケ", "1987/02/11", "4127-508392", _mn(3), "記号 31010428 番号 1187", "商品開発部"],
                     ["夏目 栞", "ナツメ シオリ", "1993/06/28", "6051-224719", _mn(4), "記号 31010428 番号 2204", "品質管理部"],
                     ["蒲生 智之", "ガモウ トモユキ", "S59.10.5", "2290-617703", _mn(5), "記号 31010428 番号 0931", "商品開発部"],
                 ],
                 "出向条件": [["項目", "内容"], ["出向期間", "2025/08/01～2027/07/31"],
                              ["給与負担", "出向先が支給、差額は出向元が補填"], ["社会保険", "出向先で加入"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "three secondees' My Numbers, basic pension numbers and health insurance numbers to another company (reason 2)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-077",
        "charset": "utf-8",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 契約担当 羽鳥様 <hatori.k@tsubasa-system.jp>"],
        "subject": "Re: Re: Re: 保守契約 第14条（損害賠償の上限）",
        "body": """羽鳥様

ご検討ありがとうございます。東雲です。
「直近12か月の保守料総額」を上限とし、故意・重過失の場合は上限を適用しない、
という整理で当社も合意いたします。
この内容で最終版を作成し、来週お送りします。

東雲

On 2025/06/18 17:05, 羽鳥 恭介 wrote:
> 東雲様
> 上限額について社内で再検討しました。年額保守料の1年分でいかがでしょうか。
> 故意・重過失の除外は受け入れ可能です。
>
> On 2025/06/16 10:30, 東雲 拓海 wrote:
>> 羽鳥様
>> 当社としては上限を設けること自体は受け入れますが、
>> 個別契約の金額を上限とする案では低すぎると考えています。
>>
>> On 2025/06/13 18:44, 羽鳥 恭介 wrote:
>>> 日の出産業 東雲様
>>> 第14条について、損害賠償の上限を個別契約の金額とする案をご提示します。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a reply thread with nested quotes about a liability cap; nothing personal",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-078",
        "charset": "cp932",
        "sender": "仁科 早苗 <nishina.s@hinode-sangyo.co.jp>",
        "to": ["小林工業株式会社 営業部 <eigyo@kobayashi-kogyo.co.jp>"],
        "cc": ["古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>"],
        "subject": "製造委託基本契約 支払条件の変更について（下請法対応）",
        "body": """小林工業株式会社
営業部 御中

平素より大変お世話になっております。日の出産業 購買部の仁科です。

当社では下請代金支払遅延等防止法の運用見直しに伴い、
2025年10月納品分より支払条件を以下のとおり変更いたします。

　現行：月末締め翌々月10日払い（手形サイト90日）
　変更後：月末締め翌月末日払い（全額現金振込）

つきましては、製造委託基本契約第9条を変更する覚書をお送りしますので、
内容をご確認のうえ、ご返送をお願いいたします。
なお、振込手数料は当社負担といたします。

購買部 仁科 早苗（TEL 03-5542-7360）
法務部 古閑（契約書の文言についてのお問い合わせ）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment terms and day counts; ordinary supplier mail",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-079",
        "charset": "iso-2022-jp",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["鬼塚 亮 <onizuka.r@hinode-sanygo.co.jp>"],
        "subject": "ミナモ化成様NDA 審査結果",
        "body": """鬼塚さん

法務部の古閑です。ミナモ化成様のNDAの審査結果です。

・先方ひな形は当社のみが秘密保持義務を負う片務契約になっているため、
　双務契約への修正を求めてください（修正案を添付の予定でしたが、当社ひな形を使う方が早いです）。
・有効期間3年は問題ありません。
・第6条の損害賠償の予定（違約金1,000万円）は削除を求めてください。

当社ひな形での締結を打診していただくのが良いと思います。
古閑
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sanygo.co.jp swaps two letters of the company's own domain (reason 5)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-080",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Sofie Van Acker <sofie.vanacker@datavanta.eu>"],
        "subject": "DPA and SCCs - comments from Hinode Sangyo",
        "body": """Dear Sofie,

Thank you for the Data Processing Agreement and the Standard Contractual Clauses
(Module 2). Our comments:

1. Annex I.B - categories of data: please limit these to business contact data of our
   customers' staff (name, business e-mail, job title). We will not upload special
   categories of personal data (e.g. health data, religious beliefs) or data relating to
   criminal convictions, and the DPA should say so expressly.
2. Annex III - sub-processors: please add the hosting region for each sub-processor.
3. Clause 9 of the DPA - breach notification: 48 hours is too long; we need 24 hours to
   meet our own reporting duty to the Personal Information Protection Commission in Japan.

We would like to sign before the go-live on 1 August.

Kind regards,
Kevin
""" + SIG_NAKAJO + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English DPA negotiation mentions health data and criminal convictions as categories only",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-081",
        "charset": "iso-2022-jp",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["川崎電機 開発企画部 七五三様 <shime.a@kawasaki-denki.co.jp>"],
        "subject": "ご提供資料の社内での取扱いについて",
        "body": """川崎電機株式会社
開発企画部 七五三様

お世話になっております。日の出産業の東雲です。
先日ご提供いただいた試作機の回路図について、表紙に「取扱注意」とのご表示が
ございましたので、当社内での取扱いを以下のとおりといたします。

　・閲覧者：法務部および開発本部の本プロジェクト担当者（計6名）に限定
　・保管：施錠キャビネット、電子データは当社文書管理システムのアクセス制限フォルダ
　・複製：禁止（NDA第4条に基づく）

ほかにご要望があればお知らせください。
""" + SIG_SHINONOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 取扱注意 is mentioned (the partner's own marking), the mail itself is not marked",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-082",
        "charset": "cp932",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["人事部 矢作 <yahagi.m@hinode-sangyo.co.jp>"],
        "cc": ["榊原 徹 <sakakibara.toru@hinode-sangyo.co.jp>"],
        "subject": "FW: 鳴海氏の休職期間満了の件（白川法律事務所 意見）",
        "body": """矢作さん

白川法律事務所からの意見を転送します。
産業医面談の日程調整を人事部でお願いできますか。

真壁

---------- Forwarded message ---------
From: 小野寺 紘一 <onodera@shirakawa-law.jp>
Date: 2025年6月19日(木) 9:12
Subject: 鳴海氏の休職期間満了の件
To: 真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>

真壁様

営業部の鳴海 圭佑氏（うつ病で2024年10月から休職中）について、
主治医の診断書では軽作業であれば就労可能とされていますので、
休職期間満了による退職扱いの前に、産業医による面談を実施し、
リハビリ出勤の可否を検討することをお勧めします。

白川法律事務所 弁護士 小野寺 紘一
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "counsel's advice naming an employee's depression forwarded only to internal recipients",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-083",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["小野寺 紘一 <onodera@shirakawa-law.jp>"],
        "subject": "ハラスメント申告事案 診断書の写しの送付",
        "body": """小野寺先生

お世話になっております。真壁です。
先日ご相談したハラスメント申告事案につき、申告者本人から提出された
診断書の写しをPDFでお送りします。
労災申請の見込みも含めて、ご意見をいただけますと幸いです。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "pdf", "name": "診断書_写し_20250610.pdf",
             "lines": ["診　断　書", "",
                       "氏名　　朝比奈 瑞穂　　　　女",
                       "生年月日　平成4年8月16日",
                       "住所　　東京都江東区豊洲4丁目2番7-1205",
                       "",
                       "病名　　適応障害",
                       "",
                       "上記の者、職場での対人関係上のストレスを契機として抑うつ気分、不眠を呈しており、",
                       "2025年6月10日から約2か月間の休業加療を要する見込みである。",
                       "",
                       "令和7年6月10日",
                       "みなと心療クリニック　東京都港区芝5-31-19　医師 汐崎 順一"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's medical certificate (diagnosis) attached to mail to outside counsel (reason 3)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-084",
        "charset": "utf-8",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["錦印刷 総務課 小田桐様 <odagiri.n@nishiki-insatsu.co.jp>"],
        "subject": "7/8 説明会 当社登壇者について",
        "body": """小田桐様

お世話になっております。古閑です。
7月8日の取引先説明会の登壇者が決まりましたのでお知らせします。
当日、配信トラブルがあった場合は下記の携帯にご連絡ください。

・古閑 美咲（法務部）　080-4102-6675
・仁科 早苗（購買部）　090-8804-3327

どうぞよろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two staff members' mobiles to a partner for an event: short list, may be warned",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-085",
        "charset": "cp932",
        "sender": "鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>",
        "to": ["ミナモ化成 開発部 水面様 <k.minamo@minamo-kasei.co.jp>"],
        "cc": ["古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>"],
        "subject": "秘密保持契約書（当社ひな形）のご提案",
        "body": """株式会社ミナモ化成
開発部 水面様

お世話になっております。日の出産業の鬼塚です。
先日頂戴したNDA案につき、当社法務と検討した結果、双方が同じ義務を負う形の
当社ひな形での締結をご提案させていただきたく、PDFをお送りします。

ご検討いただき、ご意見をお聞かせいただけますと幸いです。

日の出産業株式会社 第二営業部
鬼塚 亮　TEL 03-5542-7215
""",
        "attachments": [
            {"kind": "pdf", "name": "秘密保持契約書_日の出産業ひな形.pdf",
             "title": "秘密保持契約書",
             "lines": ["秘密保持契約書",
                       "株式会社ミナモ化成（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、",
                       "相互に開示する機密情報の取扱いについて、以下のとおり契約を締結する。",
                       "第1条（機密情報の定義）本契約において「機密情報」とは、開示当事者が相手方に対し、",
                       "機密である旨を明示して開示した技術上又は営業上の情報をいう。",
                       "第2条（秘密保持）受領当事者は、機密情報を善良な管理者の注意をもって管理する。",
                       "第8条（有効期間）本契約の有効期間は締結日から3年間とする。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an NDA template PDF: 機密情報 is the subject of the contract, not a marking on the document",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-086",
        "charset": "utf-8",
        "sender": "通販事業部 片桐 <katagiri.y@hinode-sangyo.co.jp>",
        "to": ["クラウドナインBPO 移行チーム <migration@cloudnine-bpo.co.jp>"],
        "cc": ["東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>"],
        "subject": "コールセンター業務委託 データ移行テスト用ファイル",
        "body": """株式会社クラウドナインBPO
移行チーム ご担当者様

日の出産業 通販事業部の片桐です。
来月からのコールセンター業務委託に向けて、顧客データ移行のテスト用ファイルを送ります。
本番データから直近の問い合わせ顧客を抜き出したものです（ZIPにまとめています）。
文字化けや項目ずれがないか確認をお願いします。

（法務の東雲さん：業務委託契約と覚書は来週締結予定です）

通販事業部 片桐 由香
""",
        "attachments": [
            {"kind": "zip", "name": "移行テスト_20250619.zip",
             "files": [
                 {"kind": "csv", "name": "customer_sample.csv", "encoding": "utf-8",
                  "rows": [
                      ["顧客ID", "氏名", "カナ", "電話番号", "メール", "郵便番号", "住所", "最終購入日"],
                      ["K0018842", "相馬 千鶴", "ソウマ チヅル", "090-3321-7789", "chizuru.s@gmail.com", "980-0811", "宮城県仙台市青葉区一番町2-4-11", "2025/06/02"],
                      ["K0021107", "浅葱 光", "アサギ ヒカル", "080-6612-0345", "asagi.hikaru@yahoo.co.jp", "460-0008", "愛知県名古屋市中区栄3-19-8", "2025/05/28"],
                      ["K0009914", "日下部 トメ", "クサカベ トメ", "0277-44-1182", "", "376-0011", "群馬県桐生市相生町1-208", "2025/06/11"],
                      ["K0030561", "鞍馬 遼太郎", "クラマ リョウタロウ", "070-2298-4410", "kurama.r@icloud.com", "606-8101", "京都府京都市左京区高野玉岡町5-1", "2025/06/09"],
                      ["K0027730", "左近 彩", "サコン アヤ", "090-1104-5573", "aya.sakon@outlook.jp", "812-0011", "福岡県福岡市博多区博多駅前4-7-2-803", "2025/06/14"],
                      ["K0014468", "針生 孝", "ハリウ タカシ", "022-371-6624", "", "981-3133", "宮城県仙台市泉区泉中央1-33-5", "2025/05/30"],
                      ["K0031002", "雪野 みのり", "ユキノ ミノリ", "080-7760-2218", "minori.yukino@docomo.ne.jp", "930-0003", "富山県富山市桜町1-6-3", "2025/06/15"],
                      ["K0008821", "真栄田 一", "マエダ ハジメ", "098-862-4471", "", "900-0015", "沖縄県那覇市久茂地3-21-1", "2025/06/01"],
                      ["K0025519", "筧 志保", "カケイ シホ", "090-8815-3026", "kakei.shiho@gmail.com", "730-0037", "広島県広島市中区中町8-12", "2025/06/06"],
                      ["K0019973", "吾妻 健", "アヅマ ケン", "070-5531-9904", "ken.azuma@ezweb.ne.jp", "370-0841", "群馬県高崎市栄町16-11", "2025/06/12"],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP with a CSV of ten real customers' contact details sent to a vendor before the contract is signed (reason 1)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-087",
        "charset": "utf-8",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["法務部 <houmu@hinode-sangyo.co.jp>"],
        "subject": "議事録：6/19 契約審査定例",
        "body": """法務部各位

6/19 契約審査定例の議事録です。

【出席】榊原、真壁、東雲、古閑、中條、卯月

【議題】
1. 通販事業部のコールセンター委託（クラウドナインBPO）
   - 覚書締結前に顧客データがテスト用として送付されていた件、事業部に注意喚起済み。
   - 個人情報の取扱いに関する覚書を最優先で締結する（担当：東雲）。
2. 電子契約の本番開始（7/1）
   - 部門長向け説明会 6/26。押印申請フローの改定版を総務部と最終確認（担当：卯月）。
3. Meridian Foods 販売代理店契約
   - 準拠法・紛争解決はSIAC仲裁で提案済み（担当：中條）。

【次回】6/26（木）10:00
卯月
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal minutes mentioning 個人情報 in passing; internal only",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-088",
        "charset": "iso-2022-jp",
        "sender": "百瀬 千尋 <momose.c@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人営業 今泉様 <imaizumi@sakura-hotel.jp>"],
        "subject": "法人宿泊契約 締結手続き状況のご確認",
        "body": """さくらホテル株式会社
今泉様

お世話になっております。日の出産業の百瀬です。
6月12日に発送した法人宿泊契約書（当社管理番号 LG-25-0419、
貴社契約番号 SH-CORP-2025-0733）の原本は、お手元に届いておりますでしょうか。
簡易書留の問合せ番号は 430-88-21574-6 です。

また、法人料金の適用開始日（7月1日チェックイン分から）についても
あわせてご確認いただけますと幸いです。

総務部 文書課 百瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "management, contract and registered-mail numbers only",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-089",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["Daniel Goh <daniel.goh@meridian-foods.sg>",
               "Somchai Rattanakul <somchai.r@lumencold.co.th>",
               "Olivia Grant <olivia.grant@pacifica-trading.com.au>"],
        "subject": "ASEAN cold-chain JV - draft Term Sheet v2",
        "body": """Dear Daniel, Somchai and Olivia,

Thank you all for the productive workshop in Bangkok. As agreed, I summarise the key
terms for the proposed cold-chain joint venture below; the full Term Sheet v2 will
follow once our board has reviewed it.

  JV company: to be incorporated in Singapore
  Shareholding: Hinode 40% / Meridian 25% / Lumen 25% / Pacifica 10%
  Initial capital: SGD 12 million, contributed pro rata
  Board: 5 directors (Hinode 2, Meridian 1, Lumen 1, Pacifica 1)
  Reserved matters: unanimous consent for new business lines and debt above SGD 2m

Please send any comments by 4 July.

Best regards,
Kevin
""" + SIG_NAKAJO + DISC_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external companies in three countries visible to each other in To (reason 4)",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-090",
        "charset": "cp932",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["小野寺 紘一 <onodera@shirakawa-law.jp>"],
        "subject": "元従業員（証人候補）の連絡先",
        "body": """小野寺先生

お世話になっております。東雲です。
先日お話のあった元経理部の樋渡氏ですが、ご本人から、先生から直接ご連絡いただいて
差し支えないとの了解を得ました。現在の連絡先は以下のとおりです。

　氏名：樋渡 正人 様
　住所：千葉県松戸市六高台7-88-3
　携帯：090-6182-0034（平日18時以降が望ましいとのこと）

よろしくお願いいたします。
""" + SIG_SHINONOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one former employee's contact details to own counsel with his consent: one person, may be warned",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-091",
        "charset": "utf-8",
        "sender": "舟橋 航 <funahashi.w@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "cc": ["卯月 さやか <uzuki.s@hinode-sangyo.co.jp>"],
        "subject": "締結済み文書の署名検証エラーについて（文書ID TS-20250612-00377）",
        "body": """株式会社ツバサシステム サポートご担当者様

日の出産業 情報システム部の舟橋です。
下記の締結済み文書をAdobe Readerで開くと「署名の検証に失敗しました」と表示されます。
原因をご確認いただけますでしょうか。

　文書ID　　　　：TS-20250612-00377
　タイムスタンプ：2025-06-12T15:42:09+09:00
　TSA証明書シリアル：4A 91 0C 77 E2 3B 18 5D
　文書ハッシュ（SHA-256）：
　　9f2c4be1 07d3a8c6 55e1f0a2 c3b47d90 1e6a8f33 b2d5c041 7a9e6d28 f1c3b570

同日に締結した他の2件（TS-20250612-00375、-00376）は正常に検証できています。

情報システム部 舟橋
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "document IDs, certificate serial and hash values: numbers that are not personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-092",
        "charset": "iso-2022-jp",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["総務部 文書課 <bunsho@hinode-sangyo.co.jp>"],
        "subject": "印鑑証明書・登記事項証明書の取得依頼（3通ずつ）",
        "body": """総務部 文書課 御中

法務部の卯月です。
下記の契約締結用に、当社の印鑑証明書と履歴事項全部証明書を各3通取得してください。

　用途：みどり銀行 保証契約、三ツ星不動産 賃貸借契約、北国フーズ 出向契約
　会社法人等番号：0100-01-052274
　法人番号：2011101052274
　必要日：6月27日（金）まで

よろしくお願いします。
卯月（内線4133）
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "own company's corporate number in an internal request; business data, internal only",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-093",
        "charset": "utf-8",
        "sender": "榊原 徹 <sakakibara.toru@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "顧問契約の更新条件について",
        "body": """白川先生

いつもお世話になっております。日の出産業の榊原です。
来期の顧問契約の更新条件について、ご提示いただいた内容で承知いたしました。

  月額顧問料        330,000円（税込、月10時間まで）
  超過タイムチャージ  パートナー 66,000円/時、アソシエイト 38,500円/時
  契約書レビュー     顧問料の範囲内（英文契約は別途）
  契約期間          2025年10月1日から1年間（自動更新）

更新の覚書は当社でドラフトしてお送りします。
""" + SIG_SAKAKIBARA,
        "html": """<html><body>
<p>白川先生</p>
<p>いつもお世話になっております。日の出産業の榊原です。<br>
来期の顧問契約の更新条件について、ご提示いただいた内容で承知いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>月額顧問料</td><td>330,000円（税込、月10時間まで）</td></tr>
<tr><td>超過タイムチャージ</td><td>パートナー 66,000円/時、アソシエイト 38,500円/時</td></tr>
<tr><td>契約書レビュー</td><td>顧問料の範囲内（英文契約は別途）</td></tr>
<tr><td>契約期間</td><td>2025年10月1日から1年間（自動更新）</td></tr>
</table>
<p>更新の覚書は当社でドラフトしてお送りします。</p>
<p>日の出産業株式会社<br>執行役員 法務部長 榊原 徹<br>TEL 03-5542-7300（代表）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text + HTML alternative with a fee table (a price list) to the law firm",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-094",
        "charset": "cp932",
        "sender": "東雲 拓海 <shinonome.t@hinode-sangyo.co.jp>",
        "to": ["鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>"],
        "subject": "RE: 【至急】マルトモ食品からの取引基本契約（先方書式）",
        "body": """鬼塚さん

法務の東雲です。先方書式をざっと見ました。大きな問題は次の2点です。

(1) 第17条：当社の帰責事由を問わず、製品回収費用を全額当社負担とする規定
(2) 第22条：先方による一方的な契約解除（予告期間なし）

この2点が修正されない限り、締結は難しいと考えます。
交渉用のコメント案を明日午前中にお送りします。

東雲

-----Original Message-----
From: 鬼塚 亮
Sent: Thursday, June 19, 2025 6:48 PM
To: 東雲 拓海
Subject: 【至急】マルトモ食品からの取引基本契約（先方書式）

東雲さん
マルトモ食品の購買部長（蒔田様 makita@marutomo-foods.co.jp、携帯 090-3318-2071）から、
今月中に締結したいと連絡がありました。先方書式です。至急見ていただけますか。
鬼塚
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal reply; a customer contact appears only in quoted text and all recipients are internal",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-095",
        "charset": "iso-2022-jp",
        "sender": "卯月 さやか <uzuki.s@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 寺嶋様 <terashima.k@midori-ginko.co.jp>"],
        "subject": "売上金集金代行契約 別紙（対象店舗一覧）",
        "body": """株式会社みどり銀行
寺嶋様

お世話になっております。日の出産業の卯月です。
売上金集金代行契約の別紙「対象店舗一覧」をお送りします。

■対象店舗（直営店）
・ひので市場 新川店　　〒104-0033 東京都中央区新川1-28-4　　TEL 03-3551-2280
・ひので市場 門前仲町店　〒135-0048 東京都江東区門前仲町2-7-1　TEL 03-3641-0925
・ひので市場 月島店　　〒104-0052 東京都中央区月島3-11-6　　TEL 03-3533-4117
・ひので市場 豊洲店　　〒135-0061 東京都江東区豊洲5-6-15　　TEL 03-6221-8870
・ひので市場 勝どき店　〒104-0054 東京都中央区勝どき2-10-3　TEL 03-3531-6602
・ひので市場 清澄白河店　〒135-0021 東京都江東区白河1-3-13　　TEL 03-3643-7714

集金日は各店舗とも月・水・金の15時頃を希望いたします。
""" + SIG_UZUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of the company's own shops with addresses and shop phones: businesses, not people",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-096",
        "charset": "utf-8",
        "sender": "Kevin Nakajo <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["License Compliance <compliance@brightpath-software.com>"],
        "subject": "Licence audit notice - entitlement summary",
        "body": """Dear Compliance team,

Further to your audit notice dated 2 June 2025 under Section 11 of the Software Licence
Agreement (Agreement No. BPS-JP-2021-0193), please find below our entitlement summary.

  Product                         SKU            Licences   Deployed
  BrightPath Contract Studio      BP-CS-ENT      40         37
  BrightPath Clause Library       BP-CL-ADD      40         37
  BrightPath eSign Connector      BP-ESC-STD     10         10
  BrightPath Analytics (trial)    BP-AN-TRL      5          0

Under Section 11.2, audits may be conducted no more than once in any 12-month period
with 30 days' prior notice. We propose a remote review in the week of 21 July.

Best regards,
Kevin
""" + SIG_NAKAJO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English licence-audit reply with a product/SKU table; no personal data",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-097",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 亮 <onizuka.r@hinode-sangyo.co.jp>",
        "to": ["やまびこ商事 仕入部 堀之内様 <horinouchi@yamabiko-shoji.co.jp>"],
        "subject": "FW: 売買基本契約書 貴社修正案への当社法務コメント",
        "body": """やまびこ商事株式会社
仕入部 堀之内様

お世話になっております。日の出産業の鬼塚です。
貴社修正案について、当社法務部からのコメントを転送いたします。
第8条の検収期間以外はすべてお受けできる見込みです。

---------- 転送メッセージ ----------
差出人: 古閑 美咲
宛先: 鬼塚 亮
件名: 売買基本契約書 貴社修正案への当社法務コメント

鬼塚さん

やまびこ商事様の修正案を確認しました。
・第5条（所有権移転）：検収時移転への変更 → 受入れ可
・第8条（検収）：検収期間14日 → 当社物流の運用上7日を希望
・第15条（契約不適合責任）：引渡し後1年 → 受入れ可
・第19条（反社条項）：表現の修正のみ → 受入れ可

以上、先方にお伝えいただいて構いません。
古閑
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forward of an internal legal comment to the customer; new text to him but no personal data or marking",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-098",
        "charset": "cp932",
        "sender": "中條 ケビン <nakajo.kevin@hinode-sangyo.co.jp>",
        "to": ["リンガブリッジ 見積窓口 <quote@lingua-bridge.co.jp>"],
        "subject": "英文契約書の翻訳お見積りのご依頼",
        "body": """株式会社リンガブリッジ
お見積りご担当者様

日の出産業株式会社 法務部の中條と申します。
下記の契約書の日英翻訳について、お見積りをお願いいたします。
対象文書の一覧と文字数はExcelにまとめました。
納期は7月25日を希望します。翻訳前に貴社とNDAを締結させていただきます。

日の出産業株式会社 法務部 中條 ケビン
TEL 03-5542-7310
""",
        "attachments": [
            {"kind": "xlsx", "name": "翻訳対象一覧.xlsx",
             "sheets": {"対象文書": [
                 ["翻訳対象一覧（日→英）"],
                 ["No", "文書名", "文字数", "種別", "備考"],
                 ["1", "販売代理店契約書", "18,420", "契約書", "用語集あり"],
                 ["2", "製品仕様書（別紙1）", "9,860", "技術文書", ""],
                 ["3", "品質保証協定書", "12,305", "契約書", ""],
                 ["4", "個人情報の取扱いに関する覚書", "4,110", "契約書", "DPA相当"],
             ], "用語集": [["日本語", "英語"], ["甲", "Supplier"], ["乙", "Distributor"],
                          ["契約不適合", "non-conformity"]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "XLSX list of documents and character counts to a translation company",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-099",
        "charset": "utf-8",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法務担当 小笠原様 <ogasawara.y@kitaguni-foods.co.jp>"],
        "subject": "販売委託契約 第6条（広告表示）の追加について",
        "body": """北国フーズ株式会社
小笠原様

お世話になっております。古閑です。
「北国はすかっぷ青汁」の販売委託契約について、第6条（広告表示）に
以下の文言を追加させていただきたくご相談いたします。

「乙は、本商品の広告において、本商品が花粉症、アトピー性皮膚炎、糖尿病その他の
疾病の治療又は予防に効果がある旨の表示をしてはならない。」

健康食品の広告について、医薬品的な効能効果の表示は医薬品医療機器等法に抵触するおそれが
あり、景品表示法上の不実証広告規制の対象にもなりやすいため、明記をお願いしております。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "diseases named in an advertising clause about a product, not about any person",
    },
    # ------------------------------------------------------------------------------
    {
        "id": "keiyakushinsa-100",
        "charset": "iso-2022-jp",
        "sender": "真壁 礼子 <makabe.reiko@hinode-sangyo.co.jp>",
        "to": ["青葉運輸株式会社 法務課 三上様 <mikami.j@aoba-unyu.co.jp>"],
        "subject": "Re: 物流業務委託契約書 最終版",
        "body": """三上様

ご確認ありがとうございます。
本件、最終版の内容で当社の締結手続きを進めます。
電子契約の署名依頼は明日中にお送りします。

真壁
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a two-line reply to a partner",
    },
]
