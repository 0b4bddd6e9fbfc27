"""Blind corpus, area "yakuin": mail of Hinode Sangyo's board secretariat (取締役会事務局・役員室・株式担当),
who handle officers' registrations through judicial scriveners at the legal affairs bureau, D&O and
officers' insurance, remuneration and its payment, tax and social insurance filings, the notice of the
shareholders' meeting and its venue, and background checks of candidate directors. Written blind from
bench/blind/BRIEF.md (and the message format of build.py, the names of SPEC.md) without reading
mailguard's code or any other corpus file.
"""

from build import card_number, my_number

SEED = 54201

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(text):
    return text.translate(_ZEN)


def _mn(k, sep=""):
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def _cc(k, sep=""):
    n = card_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:12], n[12:])) if sep else n


DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information intended solely "
           "for the addressee. If you have received it in error, please notify the sender and "
           "delete it. Any unauthorised use or disclosure is prohibited.")

SIG_ONODERA = """--------------------------------------------------
日の出産業株式会社
総務部 取締役会事務局
小野寺 真澄（おのでら ますみ）
〒103-0027 東京都中央区日本橋三丁目8番2号 日の出ビル9F
TEL 03-5201-7734（直通） FAX 03-5201-7790
onodera.masumi@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_KIRYU = """==================================
日の出産業株式会社 総務部 法務・株式グループ
課長　桐生 剛史
〒103-0027 東京都中央区日本橋3-8-2
TEL:03-5201-7731 / 携帯:080-4417-2093
Mail:kiryu.takeshi@hinode-sangyo.co.jp
=================================="""

SIG_KIRYU_EN = """Takeshi Kiryu
Manager, Legal & Shareholder Relations Group, General Affairs Dept.
Hinode Sangyo Co., Ltd.
3-8-2 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7731"""

SIG_MAMIYA = """――――――――――――――――
日の出産業株式会社　秘書室
間宮 沙織
TEL 03-5201-7700（代表） 内線 2105
――――――――――――――――"""

SIG_MADARAME = """**************************************
日の出産業株式会社
人事部 役員人事担当
斑目 千晶 (Madarame Chiaki)
〒103-0027 東京都中央区日本橋三丁目8番2号
TEL: 03-5201-7745
**************************************"""

SIG_WASHIO = """--
日の出産業株式会社 経理部 税務・支払チーム
鷲尾 健
TEL 03-5201-7762 / FAX 03-5201-7799"""

SIG_TSUJI = """________________________________
日の出産業株式会社
総務部 株主総会準備室
辻 陽菜 Hina Tsuji
〒103-0027 東京都中央区日本橋3丁目8番2号
TEL 03-5201-7738
________________________________"""

SIG_KUGA = """-- 
久我 亮介 / Ryosuke Kuga
日の出産業株式会社 経営企画部 IR・広報グループ
TEL 03-5201-7751
https://www.hinode-sangyo.co.jp/"""

MESSAGES = [
    # 001 ------------------------------------------------------------------------------
    {
        "id": "yakuin-001",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["三国 様 <mikuni@minato-touki.jp>"],
        "cc": ["桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>"],
        "subject": "役員変更登記のご依頼（第78期定時株主総会分）",
        "body": """司法書士法人みなと登記事務所
三国 様

いつも大変お世話になっております。日の出産業の小野寺です。

6月26日開催予定の第78期定時株主総会後の役員変更登記につきまして、
対象となる役員の情報を下記のとおりお送りいたします。
就任承諾書・印鑑証明書の原本は、総会終了後にまとめて郵送いたします。

区分  氏名            生年月日        住所
----  --------------  --------------  ------------------------------------------------
重任  日高 宗一郎     1958年3月14日   東京都世田谷区等々力四丁目12番8号
重任  宇佐美 恭平     1961年11月2日   神奈川県横浜市青葉区美しが丘二丁目21番5号
重任  篠崎 和馬       1964年7月29日   東京都杉並区善福寺一丁目4番17号
新任  四月一日 環     1970年1月8日    千葉県浦安市日の出五丁目3番2-1104号
新任  滝本 律子       1968年9月23日   東京都文京区本駒込六丁目9番11号
退任  柘植 孝之       1955年5月30日   埼玉県さいたま市浦和区常盤七丁目15番3号

※代表取締役は日高が引き続き選定される予定です（同日の取締役会にて）。
ご不明点がございましたらご連絡ください。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six officers' rows with date of birth and home address to an outside scrivener: a list of people",
    },
    # 002 ------------------------------------------------------------------------------
    {
        "id": "yakuin-002",
        "charset": "utf-8",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["mikuni@minato-touki.jp"],
        "subject": "定時総会後の登記スケジュールとお見積りのお願い",
        "body": """三国先生

お世話になっております。日の出産業 取締役会事務局の小野寺でございます。
本年も定時株主総会後の登記手続をお願いしたく、スケジュールをご連絡いたします。

■会社情報
　商号　　　　：日の出産業株式会社
　法人番号　　：1010001087654
　会社法人等番号：0100-01-087654
　本店　　　　：東京都中央区日本橋三丁目8番2号

■日程（予定）
　6月26日(木)　定時株主総会・取締役会
　6月27日(金)　議事録ご確認（PDF送付）
　7月1日(火)　 原本書類の郵送
　7月3日(木)　 登記申請

■必要書類（当社で準備するもの）
　・株主総会議事録／取締役会議事録
　・就任承諾書（新任2名、重任3名）
　・本人確認証明書（新任者分）
　・株主リスト
　・辞任届（該当者なし、任期満了退任1名）

登録免許税と報酬を含めたお見積りを頂戴できますと幸いです。
昨年同様、登記事項証明書は3通取得をお願いいたします。

""" + SIG_ONODERA + "\n\n" + DISC_JA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "schedule and document checklist for the registration; only the company's own corporate number",
    },
    # 003 ------------------------------------------------------------------------------
    {
        "id": "yakuin-003",
        "charset": "cp932",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["司法書士法人みなと登記事務所 三国様 <mikuni@minato-touki.jp>"],
        "subject": "【新任取締役】本人確認証明書（運転免許証写し）送付",
        "body": """三国様

いつもお世話になっております。日の出産業の桐生です。

新任取締役の本人確認証明書として、運転免許証の写し（表裏）を添付いたします。
原本証明は本人の記名をいただいたうえで、他の書類と同封いたします。

　氏名　　　：四月一日　環（わたぬき　たまき）
　生年月日　：昭和４５年１月８日
　住所　　　：千葉県浦安市日の出五丁目３番２－１１０４号
　免許証番号：第５３１２０４８８６７１０号
　有効期限　：令和１０年０２月０８日まで

住民票の住所と免許証の住所が一致していることは確認済みです。
よろしくお願いいたします。

""" + SIG_KIRYU,
        "attachments": [
            {"kind": "png", "name": "menkyo_watanuki_omote.png"},
            {"kind": "png", "name": "menkyo_watanuki_ura.png"},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number (full-width digits) of a new director: identity document",
    },
    # 004 ------------------------------------------------------------------------------
    {
        "id": "yakuin-004",
        "charset": "utf-8",
        "sender": "Takeshi Kiryu <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["三国 様 <mikuni@minato-touki.jp>"],
        "subject": "社外取締役 ロバート・ケイン氏の就任登記書類について",
        "body": """三国様

お世話になっております。桐生です。
米国籍の社外取締役候補 ロバート・ケイン氏について、先日ご指示いただいた情報をお送りします。
サイン証明の取得は不要で、在留カードの写しで本人確認証明書とする方針で承知しました。

　Name: Robert James KANE
　Date of birth: 1963-10-17
　Nationality: United States
　Passport No.: 583316207（有効期限 2031年4月）
　在留カード番号: UH48207315KT（在留資格 永住者）
　住居地: 東京都港区南麻布四丁目7番22-503号

就任承諾書は英文・和文併記のものを用意しております。ドラフトを後ほどお送りします。

""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "passport and residence card numbers of a foreign director: identity documents",
    },
    # 005 ------------------------------------------------------------------------------
    {
        "id": "yakuin-005",
        "charset": "iso-2022-jp",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["磯辺 亮 先生 <isobe@shirakawa-lavv.jp>"],
        "subject": "Re: 想定問答集（第78期）ご確認のお願い",
        "body": """磯辺先生

お世話になっております。日の出産業の桐生です。
早速のご確認ありがとうございます。
ご指摘のQ12（政策保有株式の縮減方針）とQ19（女性取締役比率）は、
IR部門と調整のうえ回答案を修正し、来週月曜までに再送いたします。

引き続きよろしくお願いいたします。

> 桐生様
> 想定問答集拝見しました。全体として問題ありませんが、Q12とQ19は
> 開示資料の記載との整合をご確認ください。
> 白川法律事務所 磯辺

""" + SIG_KIRYU,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "reply goes to shirakawa-lavv.jp, a look-alike (w→vv) of the partner law firm shirakawa-law.jp",
    },
    # 006 ------------------------------------------------------------------------------
    {
        "id": "yakuin-006",
        "charset": "utf-8",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 磯辺先生 <isobe@shirakawa-law.jp>"],
        "cc": ["辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>"],
        "subject": "想定問答集（第78期）ご確認のお願い",
        "body": """磯辺先生

いつも大変お世話になっております。
日の出産業 総務部の桐生でございます。

第78期定時株主総会の想定問答集（第1稿）を添付にてお送りいたします。
法的な観点から、特に役員報酬・買収防衛策・政策保有株式に関する回答について
ご確認いただけますと幸いです。

勝手ながら6月6日(金)までにコメントを頂戴できればと存じます。
何卒よろしくお願い申し上げます。

""" + SIG_KIRYU + "\n\n" + DISC_JA,
        "attachments": [
            {"kind": "docx", "name": "想定問答集_第78期_v1.docx", "title": "第78期 想定問答集",
             "paragraphs": [
                 "第78期定時株主総会 想定問答集（第1稿）",
                 "Q1．当期の減益の主因は何か。",
                 "A1．原材料価格の高騰と物流費の上昇によるものです。下期には価格改定の効果が見込まれます。",
                 "Q2．配当性向の目標はどうなっているか。",
                 "A2．中期経営計画において連結配当性向35％以上を目標としております。",
                 "Q3．役員報酬の決定方針はどのように定めているか。",
                 "A3．任意の報酬委員会の答申を踏まえ、取締役会で決定しております。",
                 "Q12．政策保有株式の縮減方針は。",
                 "A12．2027年度末までに純資産比10％未満とする方針です。",
             ],
             "tables": [[["区分", "回答者", "想定所要時間"], ["業績", "社長", "3分"],
                         ["ガバナンス", "総務担当取締役", "2分"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Q&A draft for the meeting sent to the partner law firm: no personal data, no marking",
    },
    # 007 ------------------------------------------------------------------------------
    {
        "id": "yakuin-007",
        "charset": "cp932",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["isobe@shirakawa-law.jp"],
        "subject": "5月度取締役会議事録（案）のご確認",
        "body": """白川法律事務所
磯辺 亮 先生

お世話になっております。日の出産業の小野寺です。
5月度定例取締役会の議事録（案）を添付いたします。
第3号議案（子会社株式の譲渡）の記載について、特に表現をご確認いただけますでしょうか。

ご多忙のところ恐縮ですが、よろしくお願い申し上げます。

""" + SIG_ONODERA,
        "attachments": [
            {"kind": "docx", "name": "取締役会議事録_2025年5月度_案.docx",
             "page_header": "社外秘", "title": "取締役会議事録（案）",
             "paragraphs": [
                 "取締役会議事録",
                 "1．日時　2025年5月20日（火）午前10時00分～午前11時40分",
                 "2．場所　当社本店 第1会議室",
                 "3．出席取締役 9名（総数9名）、出席監査役 3名（総数3名）",
                 "4．議長　代表取締役社長 日高宗一郎",
                 "第1号議案 第78期計算書類及び事業報告承認の件",
                 "第2号議案 第78期定時株主総会招集の件",
                 "第3号議案 子会社（日の出ロジテック株式会社）株式の一部譲渡の件",
                 "議長は、譲渡価格の算定根拠について説明し、審議の結果、全員異議なく承認可決した。",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "board minutes draft stamped 社外秘 in the document header, sent outside",
    },
    # 008 ------------------------------------------------------------------------------
    {
        "id": "yakuin-008",
        "charset": "iso-2022-jp",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["ミツバ保険サービス 砂川様 <sunagawa@mitsuba-hoken.co.jp>"],
        "subject": "会社役員賠償責任保険（D&O）更新：被保険者名簿の送付",
        "body": """株式会社ミツバ保険サービス
法人営業部　砂川様

いつもお世話になっております。日の出産業 人事部の斑目です。
D&O保険の更新手続きに必要とのことで、記名被保険者の名簿をお送りします。
7月1日付の異動（新任2名、退任1名）を反映済みです。

ご確認のほど、よろしくお願いいたします。

""" + SIG_MADARAME,
        "attachments": [
            {"kind": "xlsx", "name": "被保険者名簿_2025.xlsx", "title": "D&O被保険者名簿",
             "sheets": {
                 "当社役員": [
                     ["会社役員賠償責任保険　記名被保険者一覧（2025年7月1日現在）"],
                     [],
                     ["No", "役職", "氏名", "フリガナ", "生年月日", "就任日", "区分"],
                     [1, "代表取締役社長", "日高 宗一郎", "ヒダカ ソウイチロウ", "1958/03/14", "2015/06/25", "社内"],
                     [2, "取締役副社長", "宇佐美 恭平", "ウサミ キョウヘイ", "1961/11/02", "2017/06/27", "社内"],
                     [3, "常務取締役", "篠崎 和馬", "シノザキ カズマ", "1964/07/29", "2019/06/26", "社内"],
                     [4, "取締役", "早乙女 里美", "サオトメ サトミ", "1972/02/11", "2021/06/24", "社内"],
                     [5, "取締役", "四月一日 環", "ワタヌキ タマキ", "1970/01/08", "2025/06/26", "社内"],
                     [6, "社外取締役", "楠木 弥生", "クスノキ ヤヨイ", "1966/12/05", "2020/06/25", "社外"],
                     [7, "社外取締役", "門脇 悟", "カドワキ サトル", "1957/08/19", "2022/06/28", "社外"],
                     [8, "社外取締役", "Robert James Kane", "ロバート ケイン", "1963/10/17", "2025/06/26", "社外"],
                     [9, "社外取締役", "滝本 律子", "タキモト リツコ", "1968/09/23", "2025/06/26", "社外"],
                     [10, "常勤監査役", "東雲 雅彦", "シノノメ マサヒコ", "1960/04/27", "2023/06/27", "社内"],
                     [11, "社外監査役", "鳥飼 奈緒子", "トリカイ ナオコ", "1969/06/03", "2021/06/24", "社外"],
                     [12, "社外監査役", "芦原 透", "アシハラ トオル", "1962/01/30", "2024/06/26", "社外"],
                 ],
                 "子会社役員": [
                     ["会社名", "役職", "氏名", "生年月日"],
                     ["日の出ロジテック株式会社", "代表取締役", "小鳥遊 誠", "1967/05/21"],
                     ["日の出ロジテック株式会社", "取締役", "東海林 葵", "1975/10/09"],
                     ["日の出テクノサービス株式会社", "代表取締役", "勘解由小路 篤", "1963/03/02"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "xlsx of fifteen insured officers with dates of birth to the insurance broker: a list of people",
    },
    # 009 ------------------------------------------------------------------------------
    {
        "id": "yakuin-009",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["sunagawa@mitsuba-hoken.co.jp"],
        "subject": "D&O保険 更新申込書（会社情報）のご送付",
        "body": """砂川様

お世話になっております。日の出産業の斑目です。
D&O保険の更新申込書（会社情報の部）を記入しましたのでPDFでお送りします。
支払限度額は昨年と同じ10億円、株主代表訴訟担保特約は継続でお願いいたします。
保険料の見積りが出ましたら、7月の経営会議に諮りたいと存じます。

以上、よろしくお願いいたします。

""" + SIG_MADARAME + "\n\n" + DISC_JA,
        "attachments": [
            {"kind": "pdf", "name": "DO更新申込書_会社情報.pdf", "title": "D&O更新申込書",
             "lines": [
                 "会社役員賠償責任保険 更新申込書（会社情報）",
                 "商号：日の出産業株式会社　法人番号：1010001087654",
                 "本店所在地：東京都中央区日本橋三丁目8番2号",
                 "上場市場：東証スタンダード　決算期：3月",
                 "連結売上高：1,284億円　連結総資産：1,015億円　連結従業員数：3,412名",
                 "海外子会社：2社（タイ、ベトナム）　米国での上場・資金調達：なし",
                 "過去5年間の損害賠償請求・株主代表訴訟：なし",
                 "支払限度額：10億円（1請求・期間中）　免責金額：0円",
             ]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "company-level insurance application (figures, corporate number), no people's data",
    },
    # 010 ------------------------------------------------------------------------------
    {
        "id": "yakuin-010",
        "charset": "iso-2022-jp",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["sunagawa@mitsuba-hoken.co.jp"],
        "subject": "【D&O】告知書類一式の送付",
        "body": """砂川様

お世話になっております。斑目です。
D&O保険の告知書類一式をZIPファイルにてお送りいたします。
解凍用のパスワードは別メールにてお知らせいたします。

よろしくお願いいたします。

""" + SIG_MADARAME,
        "attachments": [
            {"kind": "zip", "name": "DO_kokuchi_2025.zip", "password": "Hn#2025do",
             "files": [
                 {"kind": "pdf", "name": "告知書.pdf", "lines": ["告知書", "過去の請求事案：なし"]},
                 {"kind": "xlsx", "name": "子会社一覧.xlsx",
                  "sheets": {"子会社": [["社名", "所在国", "出資比率"], ["Hinode Thai Co., Ltd.", "タイ", "100%"]]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
    },
    # 011 ------------------------------------------------------------------------------
    {
        "id": "yakuin-011",
        "charset": "iso-2022-jp",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["sunagawa@mitsuba-hoken.co.jp"],
        "subject": "【パスワード】DO_kokuchi_2025.zip",
        "body": """砂川様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Hn#2025do

斑目
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    # 012 ------------------------------------------------------------------------------
    {
        "id": "yakuin-012",
        "charset": "cp932",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["磯辺先生 <isobe@shirakawa-law.jp>"],
        "subject": "社外取締役候補者の経歴に関するご相談",
        "body": """磯辺先生

いつもお世話になっております。日の出産業の桐生です。
内密のご相談で恐縮ですが、来期の社外取締役候補として検討中の
伏見 大和 氏（1966年生、現 伏見コンサルティング代表）について、調査会社の報告により、
2011年に業務上過失致傷罪で罰金50万円の略式命令を受けた前科があることが判明しました。

会社法331条の欠格事由には当たらないと理解しておりますが、
・参考書類での開示の要否
・指名委員会への報告の仕方
について、先生のご見解をお聞かせいただけますでしょうか。

お電話でも結構です。よろしくお願いいたします。

""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named candidate's criminal record (前科) goes outside: sensitive personal data of one person",
    },
    # 013 ------------------------------------------------------------------------------
    {
        "id": "yakuin-013",
        "charset": "cp932",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["株式会社リサーチ・ガード 調査部 <chosa@research-guard.co.jp>"],
        "subject": "反社会的勢力該当性調査のご依頼（役員候補者5名）",
        "body": """株式会社リサーチ・ガード
調査部 御中

平素より大変お世話になっております。
日の出産業株式会社 人事部の斑目でございます。

来期役員候補者5名について、反社会的勢力該当性および風評の調査をお願いいたします。
対象者の情報は添付のCSVをご参照ください。
ご報告は5月30日（金）までにいただけますと助かります。

""" + SIG_MADARAME,
        "attachments": [
            {"kind": "csv", "name": "反社チェック依頼_役員候補_202505.csv", "encoding": "cp932",
             "rows": [
                 ["No", "氏名", "フリガナ", "生年月日", "現住所", "現職"],
                 ["1", "伏見 大和", "フシミ ヤマト", "1966/02/14", "東京都目黒区八雲三丁目18番6号", "伏見コンサルティング代表"],
                 ["2", "滝本 律子", "タキモト リツコ", "1968/09/23", "東京都文京区本駒込六丁目9番11号", "公認会計士"],
                 ["3", "四月一日 環", "ワタヌキ タマキ", "1970/01/08", "千葉県浦安市日の出五丁目3番2-1104号", "当社執行役員"],
                 ["4", "御手洗 聡", "ミタライ サトシ", "1969/04/17", "大阪府豊中市上野東二丁目7番30号", "元 地方銀行役員"],
                 ["5", "鬼頭 みのり", "キトウ ミノリ", "1974/11/28", "愛知県名古屋市昭和区八事本町41番地の3", "大学教授"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV of five candidates with birth dates and home addresses to a screening firm: a list of people",
    },
    # 014 ------------------------------------------------------------------------------
    {
        "id": "yakuin-014",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["chosa@research-guard.co.jp"],
        "subject": "社外役員候補者の兼職先 法人調査のご依頼",
        "body": """リサーチ・ガード 調査部 ご担当者様

お世話になっております。日の出産業の斑目です。
社外役員候補者の兼職先となる法人5社について、法人としての反社チェックをお願いします。
（個人の調査は別途ご依頼済みです）

1. 株式会社伏見コンサルティング
   法人番号 9020001034417／東京都目黒区自由が丘一丁目 ※本社所在地
2. 滝本公認会計士事務所（個人事務所のため法人番号なし）
   東京都千代田区神田小川町二丁目
3. 東邦セラミックス株式会社
   法人番号 7011101052286／東京都新宿区西新宿
4. 株式会社なにわアセットパートナーズ
   法人番号 3040001019933／大阪府大阪市北区梅田
5. 中部メディカルシステム株式会社
   法人番号 4120001077105／愛知県名古屋市中区錦

調査範囲は前回と同じ（商業登記・新聞記事・独自DB照会）でお願いいたします。

""" + SIG_MADARAME,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a list of businesses (corporate numbers, head-office towns), not of people",
    },
    # 015 ------------------------------------------------------------------------------
    {
        "id": "yakuin-015",
        "charset": "iso-2022-jp",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["chosa@research-guard.co.jp"],
        "subject": "追加調査のお願い（1名）",
        "body": """リサーチ・ガード 調査部 御中

いつもお世話になっております。日の出産業の斑目です。
先日の5名に加え、補欠監査役候補1名の調査を追加でお願いいたします。

　氏名：鬼塚 泰造（おにづか たいぞう）
　生年月日：昭和37年8月9日
　住所：神奈川県川崎市麻生区王禅寺西五丁目11番2号

納期は先の5名と同じで差し支えございません。
費用は同単価にてご請求ください。

""" + SIG_MADARAME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one person's name, birth date and address: below the list threshold, may be warned",
    },
    # 016 ------------------------------------------------------------------------------
    {
        "id": "yakuin-016",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["isobe@shirakawa-law.jp"],
        "cc": ["kiryu.takeshi@hinode-sangyo.co.jp"],
        "subject": "FW: 【調査報告】役員候補者 御手洗様",
        "body": """磯辺先生

お世話になっております。人事部の斑目です。
調査会社から下記の報告がありました。候補者としての適格性について、
桐生とともにご相談させていただけますでしょうか。

From: リサーチ・ガード 調査部 <chosa@research-guard.co.jp>
Sent: Thursday, May 29, 2025 4:12 PM
To: 斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>
Subject: 【調査報告】役員候補者 御手洗様

日の出産業株式会社 斑目様

ご依頼の件、ご報告いたします。

対象者：御手洗 聡（ミタライ サトシ） 昭和44年4月17日生
結果：反社会的勢力との関係を示す情報は確認されませんでした。
特記事項：2016年3月、前職在籍時に金融商品取引法違反（インサイダー取引）の容疑で
　　　　　逮捕された旨の報道あり（同年4月 不起訴処分）。

詳細は別添報告書（郵送）をご確認ください。
株式会社リサーチ・ガード 調査部

""" + SIG_MADARAME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward (new text to the lawyer) of a report naming a candidate's arrest: sensitive data",
    },
    # 017 ------------------------------------------------------------------------------
    {
        "id": "yakuin-017",
        "charset": "utf-8",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["税理士法人まほろば 桑名様 <kuwana@mahoroba-tax.jp>"],
        "subject": "新任役員の個人番号（支払調書作成用）",
        "body": """桑名様

お世話になっております。日の出産業 経理部の鷲尾です。
今期就任した役員3名分の個人番号を添付のExcelにまとめました。
役員報酬の源泉徴収票作成にご使用ください。

""" + SIG_WASHIO,
        "attachments": [
            {"kind": "xlsx", "name": "役員_個人番号_R7.xlsx",
             "sheets": {"R7新任": [
                 ["令和7年度 新任役員 個人番号一覧"],
                 ["氏名", "役職", "個人番号", "住所"],
                 ["四月一日 環", "取締役", _mn(1), "千葉県浦安市日の出五丁目3番2-1104号"],
                 ["滝本 律子", "社外取締役", _mn(2), "東京都文京区本駒込六丁目9番11号"],
                 ["Robert James Kane", "社外取締役", _mn(3), "東京都港区南麻布四丁目7番22-503号"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Numbers of three officers in an xlsx to the tax accountants",
    },
    # 018 ------------------------------------------------------------------------------
    {
        "id": "yakuin-018",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"],
        "cc": ["kiryu.takeshi@mail.hinode-sangyo.co.jp"],
        "subject": "新任役員の個人番号 回収状況",
        "body": """小野寺さん

経理の鷲尾です。新任役員の個人番号、以下2名分の回収を確認しました。
本人確認書類のコピーは経理の金庫で保管しています。

・早乙女 里美　""" + _mn(4, "-") + """
・東雲 雅彦　　""" + _mn(5, " ") + """

残り1名（ケイン氏）はまだですので、秘書室経由で催促をお願いします。
鷲尾
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers, but every recipient is internal (including the mail. subdomain)",
    },
    # 019 ------------------------------------------------------------------------------
    {
        "id": "yakuin-019",
        "charset": "cp932",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-ginko.co.jp>"],
        "subject": "6月分 役員報酬 振込データ",
        "body": """みどり銀行 日本橋支店
法人営業課 ご担当者様

いつもお世話になっております。日の出産業 経理部の鷲尾でございます。
6月分役員報酬の振込データをお送りします。
インターネットバンキングの障害のため、今回は貴行にて代行入力をお願いできますでしょうか。
振込指定日は6月25日です。

""" + SIG_WASHIO,
        "attachments": [
            {"kind": "csv", "name": "yakuin_hoshu_furikomi_202506.csv", "encoding": "utf-8",
             "rows": [
                 ["受取人名(カナ)", "銀行コード", "支店コード", "預金種目", "口座番号", "振込金額"],
                 ["ﾋﾀﾞｶ ｿｳｲﾁﾛｳ", "0158", "412", "普通", "3082217", "3450000"],
                 ["ｳｻﾐ ｷｮｳﾍｲ", "0158", "103", "普通", "1174609", "2610000"],
                 ["ｼﾉｻﾞｷ ｶｽﾞﾏ", "0005", "251", "普通", "4418825", "2170000"],
                 ["ｻｵﾄﾒ ｻﾄﾐ", "0009", "640", "普通", "7720341", "1620000"],
                 ["ﾜﾀﾇｷ ﾀﾏｷ", "0158", "088", "普通", "5006172", "1580000"],
                 ["ｸｽﾉｷ ﾔﾖｲ", "0001", "017", "普通", "2298810", "800000"],
                 ["ｶﾄﾞﾜｷ ｻﾄﾙ", "0010", "330", "当座", "0093317", "800000"],
                 ["ﾀｷﾓﾄ ﾘﾂｺ", "0158", "219", "普通", "6651048", "800000"],
                 ["ｼﾉﾉﾒ ﾏｻﾋｺ", "0005", "118", "普通", "3317956", "1250000"],
                 ["ﾄﾘｶｲ ﾅｵｺ", "0009", "027", "普通", "8830162", "600000"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "ten officers' bank accounts and pay amounts in a CSV to the bank: a list of people",
    },
    # 020 ------------------------------------------------------------------------------
    {
        "id": "yakuin-020",
        "charset": "utf-8",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["hojin-nihonbashi@midori-ginko.co.jp"],
        "subject": "役員報酬 振込指定日変更のご連絡",
        "body": """みどり銀行 日本橋支店 法人営業課 御中

お世話になっております。日の出産業 経理部の鷲尾です。
8月分の役員報酬につき、25日が休業日のため振込指定日を8月22日（金）に変更いたします。

　件数：11件
　総額：38,420,000円
　振込元口座：当社 普通預金（いつもの口座）

データは従来どおりインターネットバンキングから21日中に承認いたします。
ご確認のほどよろしくお願いいたします。

""" + SIG_WASHIO + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment date change with count and total only",
    },
    # 021 ------------------------------------------------------------------------------
    {
        "id": "yakuin-021",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業課 <hojin-nihonbashi@midori-ginko.com>"],
        "subject": "頭取ご来訪の日程について",
        "body": """みどり銀行 日本橋支店
法人営業課 御中

いつもお世話になっております。日の出産業 秘書室の間宮でございます。
先日ご打診いただきました頭取のご来訪の件、弊社社長の日程を確認いたしました。

　候補①　7月8日（火）14:00～15:00
　候補②　7月10日（木）10:30～11:30
　候補③　7月15日（火）16:00～17:00

場所は弊社本社14階の役員応接室を予定しております。
ご都合をお知らせいただけますと幸いです。

""" + SIG_MAMIYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.com instead of the partner bank's midori-ginko.co.jp: a TLD look-alike",
    },
    # 022 ------------------------------------------------------------------------------
    {
        "id": "yakuin-022",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["ブライトリーフ・コンサルティング 奥寺様 <okudera@brightleaf-consulting.jp>"],
        "subject": "役員報酬制度見直し：個別報酬実績データのご提供",
        "body": """奥寺様

お世話になっております。日の出産業 人事部の斑目です。
報酬制度見直しプロジェクトのキックオフでご依頼のあった、役員別の報酬実績データをお送りします。
「個別報酬」シートが実績、「前提」シートが算定の前提条件です。

次回の報酬委員会（7月17日）までに、水準比較の初回分析をお願いできれば幸いです。

""" + SIG_MADARAME,
        "attachments": [
            {"kind": "xlsx", "name": "役員別報酬実績_2024年度.xlsx", "title": "役員別報酬実績",
             "sheets": {
                 "個別報酬": [
                     ["2024年度 役員別報酬実績（単位：千円）"],
                     ["氏名", "役職", "生年月日", "基本報酬", "業績連動賞与", "株式報酬", "合計", "評価"],
                     ["日高 宗一郎", "代表取締役社長", "1958/03/14", 41400, 18200, 9600, 69200, "A"],
                     ["宇佐美 恭平", "取締役副社長", "1961/11/02", 31320, 12100, 6400, 49820, "B+"],
                     ["篠崎 和馬", "常務取締役", "1964/07/29", 26040, 9800, 4800, 40640, "B"],
                     ["早乙女 里美", "取締役", "1972/02/11", 19440, 6900, 3200, 29540, "A-"],
                     ["柘植 孝之", "取締役", "1955/05/30", 19440, 5100, 3200, 27740, "C"],
                     ["楠木 弥生", "社外取締役", "1966/12/05", 9600, 0, 0, 9600, "-"],
                     ["門脇 悟", "社外取締役", "1957/08/19", 9600, 0, 0, 9600, "-"],
                     ["東雲 雅彦", "常勤監査役", "1960/04/27", 15000, 0, 0, 15000, "-"],
                     ["鳥飼 奈緒子", "社外監査役", "1969/06/03", 7200, 0, 0, 7200, "-"],
                 ],
                 "前提": [
                     ["項目", "内容"],
                     ["賞与算定", "連結営業利益達成率×個人評価係数"],
                     ["株式報酬", "譲渡制限付株式（付与時株価で換算）"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "nine officers' rows with birth dates, pay and evaluation to a consultant: a list of people",
    },
    # 023 ------------------------------------------------------------------------------
    {
        "id": "yakuin-023",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["okudera@brightleaf-consulting.jp"],
        "subject": "報酬委員会 論点整理（たたき台）",
        "body": """奥寺様

いつもお世話になっております。斑目です。
次回報酬委員会の論点整理のたたき台を作りましたので、ご意見をいただけますか。

当社の現状（有価証券報告書の開示ベース）は以下のとおりです。
　取締役（社外を除く）　5名　総額 216,940千円
　社外取締役　　　　　　2名　総額  19,200千円
　監査役（社外を除く）　1名　総額  15,000千円
　社外監査役　　　　　　2名　総額  14,400千円
固定：業績連動：株式 ＝ 60：25：15 を、55：25：20 に寄せる案を軸に検討しています。

""" + SIG_MADARAME,
        "attachments": [
            {"kind": "pptx", "name": "報酬委員会_論点整理_v0.3.pptx",
             "slides": [
                 ["報酬委員会 論点整理", "2025年7月 第2回報酬委員会", "人事部"],
                 ["1. 現状の報酬構成", "固定60%・業績連動25%・株式15%", "同業10社中央値：固定52%"],
                 ["2. 見直しの方向性", "株式報酬比率の引上げ", "ESG指標の賞与への組込み", "クローバック条項の導入"],
                 ["3. スケジュール", "9月 答申案", "11月 取締役会決議", "翌年6月 総会付議（報酬枠改定）"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate remuneration figures by officer class (statistics) and a slide deck without names",
    },
    # 024 ------------------------------------------------------------------------------
    {
        "id": "yakuin-024",
        "charset": "iso-2022-jp",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["okudera@brightleaf-consulting.jp"],
        "subject": "第3回報酬委員会資料の送付",
        "body": """奥寺様

お世話になっております。斑目です。
第3回報酬委員会の資料（委員長確認済み版）をお送りいたします。
委員会当日は事務局席でご同席いただく予定です。

斑目
""",
        "attachments": [
            {"kind": "pdf", "name": "報酬委員会資料_第3回.pdf", "title": "第3回報酬委員会資料",
             "page_header": "Confidential", "page_footer": "社外秘　日の出産業株式会社 人事部",
             "lines": [
                 "第3回 報酬委員会 資料",
                 "1．役員報酬方針の改定案",
                 "　固定報酬：業績連動賞与：株式報酬 ＝ 55：25：20",
                 "2．業績連動指標",
                 "　連結営業利益（70%）、ROE（20%）、CO2排出削減率（10%）",
                 "3．株式報酬の上限",
                 "　年額1億2,000万円以内、年12万株以内",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "committee paper stamped Confidential / 社外秘 in the PDF header and footer",
    },
    # 025 ------------------------------------------------------------------------------
    {
        "id": "yakuin-025",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["okudera@brightleaf-consulting.jp"],
        "subject": "秘密保持契約書（案）のご確認",
        "body": """奥寺様

お世話になっております。日の出産業の斑目です。
報酬データをご提供する前に、弊社書式の秘密保持契約書を締結させていただきたく、
案をお送りします。第5条（返還・廃棄）について貴社のご要望があればお知らせください。
押印は電子契約（クラウドサイン）で進めたいと考えております。

""" + SIG_MADARAME + "\n\n" + DISC_JA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_案_ブライトリーフ.docx",
             "paragraphs": [
                 "秘密保持契約書",
                 "日の出産業株式会社（以下「甲」という。）と株式会社ブライトリーフ・コンサルティング（以下「乙」という。）は、"
                 "役員報酬制度の見直しに関する検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
                 "第1条（秘密情報）本契約において秘密情報とは、本件に関し甲が乙に開示する一切の情報をいう。",
                 "第2条（秘密保持）乙は、秘密情報を機密として保持し、甲の事前の書面による承諾なく第三者に開示しない。",
                 "第3条（目的外使用の禁止）乙は、秘密情報を本件の目的以外に使用してはならない。",
                 "第5条（返還・廃棄）乙は、本件終了後、甲の指示に従い秘密情報を返還又は廃棄する。",
                 "第9条（有効期間）本契約の有効期間は締結日から3年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft: the word 秘密/機密 in clauses is not a marking",
    },
    # 026 ------------------------------------------------------------------------------
    {
        "id": "yakuin-026",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["楠木 弥生 <yayoi.kusunoki@gmail.com>",
               "門脇 悟 <kadowaki.s1957@yahoo.co.jp>",
               "Robert Kane <rkane.tokyo@icloud.com>"],
        "subject": "【日程調整】7月度取締役会および社外役員懇談会",
        "body": """社外取締役各位

いつも大変お世話になっております。日の出産業 秘書室の間宮でございます。
7月度取締役会および社外役員懇談会の日程につきまして、ご都合を伺いたくご連絡いたしました。

　案1）7月22日(火) 13:00～16:00
　案2）7月24日(木) 9:30～12:30
　案3）7月29日(火) 13:00～16:00

恐れ入りますが、7月4日(金)までにご返信いただけますでしょうか。
（Mr. Kane: please let us know which of the three dates above works for you.）

""" + SIG_MAMIYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three outside directors' private addresses openly in To: three parties see each other",
    },
    # 027 ------------------------------------------------------------------------------
    {
        "id": "yakuin-027",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["楠木 弥生 <yayoi.kusunoki@gmail.com>"],
        "bcc": ["kadowaki.s1957@yahoo.co.jp", "rkane.tokyo@icloud.com"],
        "subject": "7月度取締役会資料掲載のお知らせ",
        "body": """社外取締役各位
（本メールはBCCにてお送りしております）

お世話になっております。日の出産業 秘書室の間宮です。
7月度取締役会の資料を取締役会ポータルに掲載いたしました。
ログインのうえご確認ください。ご質問は事前に事務局までお寄せください。

　開催日時：7月24日(木) 9:30～12:30
　場所　　：本社14階 大会議室（Web参加も可）

""" + SIG_MAMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one private address in To, the others properly in Bcc; no personal data",
    },
    # 028 ------------------------------------------------------------------------------
    {
        "id": "yakuin-028",
        "charset": "cp932",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["楠木先生 <kusunoki@kusunoki-law.jp>",
               "門脇様 <s.kadowaki@kitaguni-foods.co.jp>",
               "鳥飼先生 <torikai@seiryo-u.ac.jp>"],
        "cc": ["間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>"],
        "subject": "社外役員連絡会の開催について",
        "body": """社外取締役・社外監査役 各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
取締役会事務局の小野寺でございます。

独立社外役員のみで構成する「社外役員連絡会」を下記のとおり開催いたします。

　日時：2025年9月2日（火）17:30～19:00
　場所：本社14階 役員会議室
　議題：取締役会実効性評価アンケートの結果について
　　　　後継者計画の進捗について

ご出欠を8月22日（金）までにお知らせください。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (law office, partner company, university) visible in To",
    },
    # 029 ------------------------------------------------------------------------------
    {
        "id": "yakuin-029",
        "charset": "utf-8",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["磯辺 亮 <isobe@shirakawa-law.jp>"],
        "cc": ["三国 <mikuni@minato-touki.jp>", "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"],
        "subject": "定款変更（電子提供措置・バーチャル総会）に関するお打合せ",
        "body": """磯辺先生
三国先生

いつもお世話になっております。日の出産業の桐生です。
来年の定時総会で予定している定款変更（場所の定めのない株主総会、目的追加）について、
定款の文案と登記手続をあわせてご相談したく、三者でのお打合せをお願いできればと存じます。

候補日：
　・8月5日（火）15時～
　・8月7日（木）10時～
　・8月8日（金）14時～
場所は弊社会議室、またはTeamsでも結構です。

よろしくお願いいたします。

""" + SIG_KIRYU + "\n\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (law firm and scrivener): a normal three-way meeting mail",
    },
    # 030 ------------------------------------------------------------------------------
    {
        "id": "yakuin-030",
        "charset": "utf-8",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["錦印刷 有村様 <arimura@nishiki-insatsu.co.jp>"],
        "subject": "株主懇談会 招待状の宛名データ",
        "body": """錦印刷株式会社
営業第二部 有村様

お世話になっております。日の出産業 株主総会準備室の辻です。
株主懇談会（10月開催）の招待状について、宛名印字用のデータをお送りします。
封筒は長3、窓なしで、宛名は直接印字でお願いします。

""" + SIG_TSUJI,
        "attachments": [
            {"kind": "csv", "name": "kondankai_atena.csv", "encoding": "utf-8",
             "rows": [
                 ["株主番号", "郵便番号", "住所", "氏名", "所有株式数"],
                 ["A0012874", "150-0012", "東京都渋谷区広尾三丁目9番4号", "乙部 晴美", "12000"],
                 ["A0031190", "231-0023", "神奈川県横浜市中区山下町118番地2", "蔵元 宗佑", "8500"],
                 ["A0045528", "330-0062", "埼玉県さいたま市浦和区仲町二丁目3番15号", "薬師寺 和代", "6300"],
                 ["A0051306", "273-0005", "千葉県船橋市本町四丁目40番1号", "安曇 直樹", "5100"],
                 ["A0060022", "460-0008", "愛知県名古屋市中区栄五丁目2番11号", "祖父江 久美子", "5000"],
                 ["A0072219", "530-0041", "大阪府大阪市北区天神橋三丁目6番8号", "能勢 浩一", "4800"],
                 ["A0080875", "650-0021", "兵庫県神戸市中央区三宮町一丁目8番1号", "甲斐田 昌代", "4200"],
                 ["A0093341", "980-0811", "宮城県仙台市青葉区一番町二丁目5番22号", "五十嵐 竜也", "4000"],
                 ["A0101187", "812-0011", "福岡県福岡市博多区博多駅前三丁目14番9号", "筑紫 千鶴", "3900"],
                 ["A0113064", "060-0042", "北海道札幌市中央区大通西十丁目4番", "白鳥 晃", "3600"],
                 ["A0120458", "730-0011", "広島県広島市中区基町12番3号", "毛利 さやか", "3500"],
                 ["A0135592", "900-0015", "沖縄県那覇市久茂地一丁目7番2号", "比嘉 守", "3200"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "twelve shareholders' names and home addresses in a CSV to the printer: a list of people",
    },
    # 031 ------------------------------------------------------------------------------
    {
        "id": "yakuin-031",
        "charset": "iso-2022-jp",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["arimura@nishiki-insatsu.co.jp"],
        "subject": "第78期招集通知 印刷仕様とスケジュール",
        "body": """有村様

いつもお世話になっております。日の出産業の辻です。
第78期定時株主総会招集通知の印刷について、仕様とスケジュールを台割とともにお送りします。

【仕様】A4判 中綴じ 32頁（表紙4色／本文2色）、部数 18,500部
　　　　議決権行使書 ハガキ 18,500枚（QRコード印字）
【日程】初校 5月16日／再校 5月23日／責了 5月30日／発送 6月4日

英訳版（PDFのみ）は別途ご相談させてください。

""" + SIG_TSUJI,
        "attachments": [
            {"kind": "pdf", "name": "招集通知_台割_v2.pdf",
             "lines": ["第78期 定時株主総会招集ご通知 台割",
                       "P1 表紙　P2 目次　P3-4 招集ご通知",
                       "P5-14 株主総会参考書類（第1号～第4号議案）",
                       "P15-26 事業報告　P27-30 連結計算書類　P31-32 監査報告・会場案内図"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print specification and schedule to the partner printer",
    },
    # 032 ------------------------------------------------------------------------------
    {
        "id": "yakuin-032",
        "charset": "utf-8",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["arimura@nishiki-insatsu.co.jp"],
        "subject": "参考書類 第2号議案（取締役選任）原稿",
        "body": """有村様

お世話になっております。辻です。
株主総会参考書類 第2号議案「取締役8名選任の件」の原稿をWordでお送りします。
候補者の顔写真は明日、別便でお送りします。
略歴欄は2段組みでレイアウトをお願いいたします。

""" + SIG_TSUJI,
        "attachments": [
            {"kind": "docx", "name": "第2号議案_取締役候補者.docx",
             "paragraphs": ["第2号議案　取締役8名選任の件",
                            "本総会終結の時をもって取締役全員（8名）は任期満了となります。つきましては、取締役8名の選任をお願いするものであります。"],
             "tables": [[
                 ["候補者番号", "氏名（生年月日）", "略歴、地位、担当及び重要な兼職の状況", "所有する当社の株式数"],
                 ["1", "日高 宗一郎（1958年3月14日生）", "1981年4月 当社入社／2015年6月 代表取締役社長（現任）", "48,200株"],
                 ["2", "宇佐美 恭平（1961年11月2日生）", "1984年4月 当社入社／2017年6月 取締役副社長（現任）", "31,500株"],
                 ["3", "篠崎 和馬（1964年7月29日生）", "1987年4月 当社入社／2019年6月 常務取締役（現任）", "22,100株"],
                 ["4", "早乙女 里美（1972年2月11日生）", "1995年4月 当社入社／2021年6月 取締役（現任）", "9,800株"],
                 ["5", "四月一日 環（1970年1月8日生）", "1993年4月 当社入社／2023年4月 執行役員（現任）", "7,400株"],
                 ["6", "楠木 弥生（1966年12月5日生）", "1994年4月 弁護士登録／2020年6月 当社社外取締役（現任）", "0株"],
                 ["7", "門脇 悟（1957年8月19日生）", "1980年4月 株式会社北国フーズ入社／2022年6月 当社社外取締役（現任）", "1,000株"],
                 ["8", "滝本 律子（1968年9月23日生）", "1992年10月 監査法人入所／2010年7月 公認会計士事務所開設", "0株"],
             ]]},
        ],
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "eight candidates with birth dates: formally a list, but it is the legally published notice text going to the partner printer",
    },
    # 033 ------------------------------------------------------------------------------
    {
        "id": "yakuin-033",
        "charset": "iso-2022-jp",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["有村様 <arimura@nishiki-insatu.co.jp>"],
        "subject": "Re: 招集通知 再校のご送付",
        "body": """有村様

再校ありがとうございました。赤字をPDFに入れましたのでご確認ください。
主な修正は以下の3点です。
　・P4 議決権行使期限の曜日（木→水）
　・P12 社外取締役の独立性基準の脚注追加
　・P29 連結株主資本等変動計算書の桁ずれ

責了は予定どおり5月30日で問題ございません。

""" + SIG_TSUJI,
        "attachments": [
            {"kind": "pdf", "name": "再校_赤字.pdf",
             "lines": ["再校 赤字一覧", "P4 6月25日（木）→ 6月25日（水）", "P12 脚注※3 追加", "P29 表の右寄せ修正"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops a letter of the partner printer's nishiki-insatsu.co.jp",
    },
    # 034 ------------------------------------------------------------------------------
    {
        "id": "yakuin-034",
        "charset": "utf-8",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会セールス 大河内様 <okouchi@sakura-hotel.jp>"],
        "subject": "2026年 定時株主総会 会場仮予約のお願い",
        "body": """さくらホテル 宴会セールス
大河内様

いつもお世話になっております。日の出産業の辻です。
来年の定時株主総会の会場につき、本年と同じ条件で仮予約をお願いいたします。

・日程：2026年6月25日（木）設営日／6月26日（金）本番
・会場：鳳凰の間（スクール形式 株主席350席）
・控室：役員控室1、事務局控室1、受付用ホワイエ
・機材：プロジェクター2台、ワイヤレスマイク6本、同時配信用回線

お見積りをいただけますと幸いです。

""" + SIG_TSUJI,
        "html": """<html><body>
<p>さくらホテル 宴会セールス<br>大河内様</p>
<p>いつもお世話になっております。日の出産業の辻です。<br>
来年の定時株主総会の会場につき、本年と同じ条件で仮予約をお願いいたします。</p>
<ul>
<li>日程：2026年6月25日（木）設営日／6月26日（金）本番</li>
<li>会場：鳳凰の間（スクール形式 株主席350席）</li>
<li>控室：役員控室1、事務局控室1、受付用ホワイエ</li>
<li>機材：プロジェクター2台、ワイヤレスマイク6本、同時配信用回線</li>
</ul>
<p>お見積りをいただけますと幸いです。</p>
<p>辻 陽菜<br>日の出産業株式会社 総務部 株主総会準備室<br>TEL 03-5201-7738</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking with the partner hotel (text + HTML alternative)",
    },
    # 035 ------------------------------------------------------------------------------
    {
        "id": "yakuin-035",
        "charset": "cp932",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["大河内様 <okouchi@sakura-hotel.jp>"],
        "subject": "取締役会合宿 宿泊者名簿のご送付",
        "body": """大河内様

お世話になっております。日の出産業 秘書室の間宮です。
9月の取締役会合宿（2泊）の宿泊者名簿をお送りします。
緊急時のご連絡は各自の携帯にお願いいたします。

氏名\tフリガナ\t性別\t携帯電話\t到着予定
日高 宗一郎\tヒダカ ソウイチロウ\t男\t090-3318-6604\t9/11 15:00
宇佐美 恭平\tウサミ キョウヘイ\t男\t090-7752-0318\t9/11 15:00
篠崎 和馬\tシノザキ カズマ\t男\t080-2214-9957\t9/11 17:30
早乙女 里美\tサオトメ サトミ\t女\t070-5183-2206\t9/11 15:00
楠木 弥生\tクスノキ ヤヨイ\t女\t090-6620-4471\t9/12 09:00
門脇 悟\tカドワキ サトル\t男\t080-9031-5528\t9/11 18:00

お部屋割りは追ってご連絡いたします。

""" + SIG_MAMIYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six guests' names and mobile numbers, tab-separated, to the hotel: a list of people",
    },
    # 036 ------------------------------------------------------------------------------
    {
        "id": "yakuin-036",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
        "subject": "6/25 前泊のご予約（3名）",
        "body": """さくらホテル フロント御中

いつもお世話になっております。日の出産業 秘書室の間宮でございます。
株主総会前日の前泊として、下記3名のシングル1泊をお願いいたします。

　1. 日高 宗一郎　携帯 090-3318-6604
　2. 宇佐美 恭平　携帯 090-7752-0318
　3. 篠崎 和馬　　携帯 080-2214-9957

チェックインは20時頃の予定です。お支払いは法人請求でお願いします。

""" + SIG_MAMIYA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three guests with mobile numbers: under five people, may be warned",
    },
    # 037 ------------------------------------------------------------------------------
    {
        "id": "yakuin-037",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["front@sakura-hotel.jp"],
        "subject": "Re: 前泊ご予約の保証について",
        "body": """さくらホテル フロント御中

ご連絡ありがとうございます。
ご依頼のクレジットカードによる保証ですが、社長の法人カードでお願いいたします。

　カード名義：SOICHIRO HIDAKA
　カード番号：""" + _cc(51, "-") + """
　有効期限　：09/28

当日の精算も同じカードでお願いいたします。

間宮

> 日の出産業株式会社 間宮様
> 前泊のご予約を承りました。恐れ入りますが、ご予約の保証として
> クレジットカード情報をお知らせいただけますでしょうか。
> さくらホテル フロント 水野
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a credit card number with holder name and expiry written in the new text",
    },
    # 038 ------------------------------------------------------------------------------
    {
        "id": "yakuin-038",
        "charset": "utf-8",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["大河内様 <okouchi@sakura-hotei.jp>"],
        "subject": "株主総会後の役員懇親会 料理コース変更のお願い",
        "body": """大河内様

お世話になっております。日の出産業の辻です。
総会終了後の役員懇親会（18名）につきまして、料理を「和洋折衷コース 12,000円」から
「会席コース 15,000円」へ変更させていただけますでしょうか。
飲み放題プランは変更ございません。

ご確認をお願いいたします。

""" + SIG_TSUJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotei.jp swaps l for i in the partner hotel's sakura-hotel.jp",
    },
    # 039 ------------------------------------------------------------------------------
    {
        "id": "yakuin-039",
        "charset": "utf-8",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["東和信託銀行 証券代行部 志賀様 <shiga@towa-shintaku.co.jp>"],
        "subject": "譲渡制限付株式 割当対象者データの送付",
        "body": """東和信託銀行 証券代行部
志賀様

いつもお世話になっております。日の出産業の桐生です。
7月の譲渡制限付株式（RS）割当に関し、対象役員の明細をお送りします。
口座管理機関への特定口座開設状況もあわせてご確認いただけますと幸いです。

""" + SIG_KIRYU,
        "attachments": [
            {"kind": "xlsx", "name": "RS割当対象者_2025.xlsx",
             "sheets": {"割当明細": [
                 ["2025年7月 譲渡制限付株式 割当明細"],
                 [],
                 ["氏名", "住所", "口座管理機関", "加入者口座コード", "割当株数"],
                 ["日高 宗一郎", "東京都世田谷区等々力四丁目12番8号", "みどり証券", "1102-3308-8127", 6400],
                 ["宇佐美 恭平", "神奈川県横浜市青葉区美しが丘二丁目21番5号", "みどり証券", "1102-3308-1194", 4300],
                 ["篠崎 和馬", "東京都杉並区善福寺一丁目4番17号", "大和橋証券", "2250-0071-6602", 3200],
                 ["早乙女 里美", "東京都品川区旗の台五丁目3番19号", "みどり証券", "1102-3309-4410", 2100],
                 ["四月一日 環", "千葉県浦安市日の出五丁目3番2-1104号", "北斗証券", "3871-2200-5173", 2100],
                 ["伊集院 晴彦", "東京都練馬区石神井台三丁目22番1号", "みどり証券", "1102-3310-0235", 1200],
                 ["鶴来 美帆", "埼玉県所沢市小手指町四丁目6番12号", "北斗証券", "3871-2201-0988", 1200],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "seven officers' home addresses and securities accounts to the transfer agent: a list of people",
    },
    # 040 ------------------------------------------------------------------------------
    {
        "id": "yakuin-040",
        "charset": "iso-2022-jp",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["shiga@towa-shintaku.co.jp"],
        "subject": "議決権行使状況（6/20時点）の確認",
        "body": """志賀様

お世話になっております。桐生です。
6月20日時点の行使状況レポート、拝受しました。社内報告用に要約したものを添付します。
数値に誤りがないかご確認いただけますでしょうか。

""" + SIG_KIRYU,
        "attachments": [
            {"kind": "html", "name": "行使状況_0620.html",
             "html": """<html><head><meta charset="utf-8"><title>議決権行使状況</title></head><body>
<h3>議決権行使状況（2025年6月20日 17時現在）</h3>
<p>議決権を有する株主数 21,406名／総議決権数 412,880個／行使率 63.2％</p>
<table border="1">
<tr><th>議案</th><th>賛成</th><th>反対</th><th>棄権</th></tr>
<tr><td>第1号 剰余金処分</td><td>98.9%</td><td>1.0%</td><td>0.1%</td></tr>
<tr><td>第2号 取締役8名選任（最低）</td><td>87.4%</td><td>12.5%</td><td>0.1%</td></tr>
<tr><td>第3号 監査役1名選任</td><td>95.2%</td><td>4.7%</td><td>0.1%</td></tr>
<tr><td>第4号 役員報酬額改定</td><td>91.6%</td><td>8.3%</td><td>0.1%</td></tr>
</table></body></html>"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "voting statistics by proposal in an HTML attachment: no person's data",
    },
    # 041 ------------------------------------------------------------------------------
    {
        "id": "yakuin-041",
        "charset": "cp932",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["志賀様 <shiga@towa-shintaku.co.jp>"],
        "subject": "出席株主集計（確定版）",
        "body": """志賀様

本日の総会、ありがとうございました。
当日出席株主の集計（確定版）を添付します。議事録の記載と突合のうえ、
臨時報告書用の賛成数の確定値をお知らせください。

桐生
""",
        "attachments": [
            {"kind": "corrupt", "name": "出席株主集計_確定版.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the xlsx attachment is corrupt and cannot be read",
    },
    # 042 ------------------------------------------------------------------------------
    {
        "id": "yakuin-042",
        "charset": "iso-2022-jp",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["荻窪 義則 <ogikubo.yoshinori@yahoo.co.jp>"],
        "subject": "Re: 株主総会の会場について",
        "body": """荻窪 義則 様

このたびはお問い合わせいただき、誠にありがとうございます。
日の出産業株式会社 株主総会準備室の辻でございます。

本年の定時株主総会は、昨年と同じ さくらホテル 2階「鳳凰の間」にて開催いたします。
最寄り駅からの徒歩ルートは招集ご通知の最終頁の地図をご覧ください。
なお、車椅子でお越しの場合は、ホテル正面玄関のスロープをご利用いただけます。

今後とも変わらぬご支援を賜りますようお願い申し上げます。

""" + SIG_TSUJI + """

----- Original Message -----
> 日の出産業 株主総会ご担当者様
> 株主番号 A0204417 の荻窪と申します。
> 住所：東京都府中市清水が丘二丁目8番13号
> 電話：042-361-7720
> 今年の総会も昨年と同じ会場でしょうか。足が悪いので、駅からの経路を教えてください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one shareholder on free mail; his address and phone are only in the quoted text",
    },
    # 043 ------------------------------------------------------------------------------
    {
        "id": "yakuin-043",
        "charset": "utf-8",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["総会サポート・パートナーズ 運営チーム <ops@somu-partners.co.jp>"],
        "subject": "総会当日の緊急連絡網",
        "body": """総会サポート・パートナーズ
運営チーム 御中

お世話になっております。日の出産業の辻です。
当日の事務局側の連絡網をお送りします。進行上の急な変更は下記へ直接お電話ください。

・辻 陽菜（事務局統括）　　　　090-2218-4406
・桐生 剛史（議事進行・シナリオ）080-4417-2093
・小野寺 真澄（役員対応）　　　090-8870-3152
・間宮 沙織（社長秘書）　　　　070-1126-5590
・久我 亮介（受付・IR）　　　　080-6623-0471
・雲母 大輔（会場設営・総務）　090-4409-7731
・纐纈 咲良（受付）　　　　　　080-3396-1188
・百目鬼 湊（受付）　　　　　　070-9035-2614
・鷲尾 健（出欠集計）　　　　　090-5527-0063
・道祖土 悠（記録・録音）　　　080-7184-3320
・九十九 彩花（救護・案内）　　090-1162-8457
・一寸木 亘（警備連絡）　　　　070-4480-9911

""" + SIG_TSUJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "twelve staff with personal mobile numbers as 「・」 bullets to a vendor: a list of people",
    },
    # 044 ------------------------------------------------------------------------------
    {
        "id": "yakuin-044",
        "charset": "iso-2022-jp",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["ops@somu-partners.co.jp"],
        "subject": "リハーサルの進め方と役割分担",
        "body": """運営チーム 御中

お世話になっております。辻です。
6月24日（火）のリハーサルについて、以下の段取りでお願いいたします。

13:00　会場設営確認（雲母）
14:00　第1回通しリハーサル（議長：日高、進行：桐生）
15:30　質疑応答シミュレーション（回答役員：宇佐美、篠崎）
16:30　受付導線確認（久我、纐纈、百目鬼）
17:30　振り返り

議長シナリオの最新版は当日紙で配布します。

辻
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "rehearsal plan with surnames only, no contact data",
    },
    # 045 ------------------------------------------------------------------------------
    {
        "id": "yakuin-045",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["東雲クリニック 健診センター <kenshin@shinonome-clinic.jp>"],
        "subject": "人間ドック予約のお願い（日高）",
        "body": """東雲クリニック 健診センター 御中

いつもお世話になっております。日の出産業 秘書室の間宮です。
弊社代表取締役 日高の人間ドック（1泊2日コース）の予約をお願いいたします。

　受診者：日高 宗一郎（ひだか そういちろう）
　生年月日：1958年3月14日
　希望日：8月18日（月）～19日（火）
　既往歴等：2型糖尿病で服薬治療中です。また心臓ペースメーカーを埋め込んでいるため、
　　　　　　MRI検査は除外していただき、代替の検査をご提案ください。

ご確認のほどよろしくお願いいたします。

""" + SIG_MAMIYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named executive's medical history (diabetes, pacemaker) to a clinic: sensitive data",
    },
    # 046 ------------------------------------------------------------------------------
    {
        "id": "yakuin-046",
        "charset": "cp932",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["kenshin@shinonome-clinic.jp"],
        "subject": "役員健診 予約者一覧（7名）",
        "body": """健診センター ご担当者様

お世話になっております。日の出産業 秘書室の間宮です。
今年度の役員健診の予約者一覧をCSVでお送りします。
保険証の記号・番号も記載しましたので、受付時の確認にご利用ください。

間宮
""",
        "attachments": [
            {"kind": "csv", "name": "役員健診_予約者.csv", "encoding": "cp932",
             "rows": [
                 ["氏名", "生年月日", "性別", "保険者番号", "記号", "番号", "希望日"],
                 ["宇佐美 恭平", "S36.11.2", "男", "06131457", "4021", "118", "9/2"],
                 ["篠崎 和馬", "S39.7.29", "男", "06131457", "4021", "203", "9/2"],
                 ["早乙女 里美", "S47.2.11", "女", "06131457", "4021", "355", "9/3"],
                 ["四月一日 環", "S45.1.8", "男", "06131457", "4021", "361", "9/3"],
                 ["東雲 雅彦", "S35.4.27", "男", "06131457", "4021", "097", "9/4"],
                 ["伊集院 晴彦", "S49.6.15", "男", "06131457", "4021", "412", "9/4"],
                 ["鶴来 美帆", "S51.3.30", "女", "06131457", "4021", "438", "9/5"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "seven officers with 和暦 birth dates and health-insurance card symbols/numbers: list and identifier",
    },
    # 047 ------------------------------------------------------------------------------
    {
        "id": "yakuin-047",
        "charset": "utf-8",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["kenshin@shinonome-clinic.jp"],
        "subject": "役員健診 契約料金のご確認",
        "body": """東雲クリニック 健診センター
ご担当者様

お世話になっております。日の出産業の間宮です。
今年度の契約料金について、お送りいただいた料金表の内容で社内決裁を進めます。
念のため、下記の理解で相違ないかご確認ください。

　Aコース（日帰り）　　　 55,000円（税別）
　Bコース（1泊2日）　　　 132,000円（税別）
　オプション 脳ドック　　 38,000円
　オプション 胃内視鏡　　 +8,000円（バリウムからの変更）

請求書は従来どおり「日の出産業株式会社 秘書室」宛てに月末締めでお願いいたします。

""" + SIG_MAMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a price list confirmation with the clinic: no person named",
    },
    # 048 ------------------------------------------------------------------------------
    {
        "id": "yakuin-048",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["鳥飼 奈緒子 先生 <torikai@seiryo-u.ac.jp>"],
        "subject": "6月度取締役会の出席者について",
        "body": """鳥飼先生

いつもお世話になっております。取締役会事務局の小野寺です。
6月度取締役会の出席予定についてご連絡いたします。

取締役の柘植は、5月中旬より体調を崩して入院しており、
今回の取締役会は欠席となる見込みです。定足数には影響ございません。
監査役会でのご説明の際のご参考にしていただければ幸いです。

""" + SIG_ONODERA,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named director's hospitalisation told to an outside auditor: vague health data, judgement call",
    },
    # 049 ------------------------------------------------------------------------------
    {
        "id": "yakuin-049",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["霞社会保険労務士事務所 手島様 <tejima@kasumi-sr.jp>"],
        "subject": "新任常勤監査役の社会保険資格取得手続き",
        "body": """手島先生

お世話になっております。日の出産業 人事部の斑目です。
7月1日付で就任した常勤監査役について、健康保険・厚生年金の資格取得届の作成をお願いいたします。

【対象者】
氏名　　　　：芦原 透（あしはら とおる）
生年月日　　：1962年1月30日
住所　　　　：東京都調布市深大寺北町三丁目27番4号
基礎年金番号：4102-738815
個人番号　　：""" + _mn(6, " ") + """
報酬月額　　：1,250,000円
資格取得日　：2025年7月1日

被扶養者（配偶者）の届出書類は、ご本人から回収でき次第お送りします。

""" + SIG_MADARAME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one officer's basic pension number and My Number to the labour consultant",
    },
    # 050 ------------------------------------------------------------------------------
    {
        "id": "yakuin-050",
        "charset": "iso-2022-jp",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["tejima@kasumi-sr.jp"],
        "subject": "役員報酬改定に伴う月額変更届の要否",
        "body": """手島先生

いつもお世話になっております。斑目です。
7月の総会で役員報酬枠が改定され、取締役2名の固定報酬を8月支給分から増額する予定です。
この場合、随時改定（月額変更届）の対象となるのは11月からという理解でよろしいでしょうか。
また、業績連動賞与は賞与支払届の対象と考えておりますが、念のためご確認をお願いします。

対象者の具体的な金額は、確定後にお電話でお伝えします。

""" + SIG_MADARAME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a procedural question about social insurance; nobody identified",
    },
    # 051 ------------------------------------------------------------------------------
    {
        "id": "yakuin-051",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["日高 宗一郎 <hidaka.soichiro@hinode-sangyo.jp>"],
        "subject": "明日（7/9）のご予定",
        "body": """社長

秘書室の間宮です。明日のご予定をお送りします。

 8:30　お迎え（ご自宅）
 9:30　経営会議（14F大会議室）
12:00　みどり銀行 頭取 ご来訪（役員応接室、昼食あり）
14:00　報酬委員会
16:00　錦印刷 社長 表敬
18:30　業界団体 理事会懇親会（帝都会館）

資料はポータルに掲載済みです。

間宮
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo.jp drops the co. of the company's own hinode-sangyo.co.jp: look-alike, external",
    },
    # 052 ------------------------------------------------------------------------------
    {
        "id": "yakuin-052",
        "charset": "utf-8",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["取締役各位 <board@hinode-sangyo.co.jp>"],
        "cc": ["東雲 雅彦 <shinonome.masahiko@mail.hinode-sangyo.co.jp>"],
        "subject": "【極秘】臨時取締役会（7/15）資料",
        "body": """取締役各位

取締役会事務局の小野寺です。
7月15日の臨時取締役会の資料をお送りします。
本件は公表前の重要事実を含みますので、取扱いには十分ご注意ください。

小野寺
""",
        "attachments": [
            {"kind": "pdf", "name": "臨時取締役会資料_0715.pdf", "page_header": "極秘",
             "lines": ["臨時取締役会 議案", "第1号議案 株式会社カネハチ物流の株式取得（子会社化）の件",
                       "取得予定価額：約84億円（デューデリジェンス結果を踏まえ最終決定）",
                       "公表予定日：2025年7月31日（決算発表と同時）"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "極秘-marked board paper, but every recipient is internal",
    },
    # 053 ------------------------------------------------------------------------------
    {
        "id": "yakuin-053",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["石黒 様 <k.ishiguro@northbridge-exec.com>"],
        "subject": "CFO候補サーチ：要件定義書のご送付",
        "body": """Northbridge Executive Search
石黒 様

お世話になっております。日の出産業 人事部の斑目です。
先日お打合せしたCFO候補のサーチにつき、要件定義書を添付いたします。
指名委員会で承認済みの内容です。

""" + SIG_MADARAME,
        "attachments": [
            {"kind": "docx", "name": "CFO後任_要件定義書.docx", "page_header": "極秘",
             "paragraphs": ["CFO後任候補 要件定義書",
                            "1．ポジション：取締役 常務執行役員 CFO（2026年6月就任予定）",
                            "2．必須要件：上場企業での財務責任者経験5年以上、M&A・PMIの実務経験",
                            "3．歓迎要件：海外子会社管理の経験、IFRS導入経験",
                            "4．報酬レンジ：年額 3,500万～4,500万円（株式報酬を除く）",
                            "5．スケジュール：10月末までにロングリスト、12月末までに最終候補2名"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "search brief stamped 極秘 in the document header, sent to the search firm",
    },
    # 054 ------------------------------------------------------------------------------
    {
        "id": "yakuin-054",
        "charset": "iso-2022-jp",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["k.ishiguro@northbridge-exec.com"],
        "subject": "Re: 秘密保持契約締結のご報告と面談日程",
        "body": """石黒様

お世話になっております。斑目です。
秘密保持契約書、双方の押印が完了したとのこと、承知いたしました。
本件は同契約に基づき、情報の開示範囲を指名委員会メンバーと事務局に限定して進めます。

候補者面談の日程は、社長の予定から以下を確保しました。
　10月21日（火）16:00～17:00
　10月23日（木）10:00～11:00
面談場所は御社の会議室をお借りできればと存じます。

""" + SIG_MADARAME + """

> 斑目様
> 秘密保持契約書の締結が完了しましたのでご報告いたします。
> つきましては、社長面談の候補日をいただけますでしょうか。
> Northbridge Executive Search 石黒
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a mail about an NDA and interview dates: no data, no marking",
    },
    # 055 ------------------------------------------------------------------------------
    {
        "id": "yakuin-055",
        "charset": "cp932",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["k.ishiguro@northbridge-exec.com"],
        "subject": "社内候補者のプロフィール（外部候補との比較用）",
        "body": """石黒様

お世話になっております。斑目です。
外部候補との比較評価のため、社内の後継候補5名のプロフィールをお送りします。
アセスメントの設計にご活用ください。

""" + SIG_MADARAME,
        "attachments": [
            {"kind": "xlsx", "name": "社内後継候補_プロフィール.xlsx",
             "sheets": {
                 "候補者": [
                     ["社内後継候補者一覧（CFO）"],
                     ["氏名", "生年月日", "現職", "入社年", "360度評価", "強み", "課題"],
                     ["伊集院 晴彦", "1974/06/15", "執行役員 経理財務本部長", 1997, 4.1, "IFRS・開示", "対外折衝"],
                     ["鶴来 美帆", "1976/03/30", "財務部長", 1999, 4.4, "資金調達・IR", "管理範囲"],
                     ["六車 崇", "1972/12/01", "経営企画部長", 1995, 3.8, "M&A", "部下育成"],
                     ["猪狩 奈々", "1978/08/22", "海外事業管理部長", 2001, 4.0, "海外子会社管理", "財務実務"],
                     ["大嶽 恭介", "1971/05/09", "監査室長", 1994, 3.6, "内部統制", "戦略立案"],
                 ],
                 "凡例": [["360度評価", "5段階（部下・同僚・上司の平均）"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five employees' birth dates and evaluations in an xlsx to a search firm: a list of people",
    },
    # 056 ------------------------------------------------------------------------------
    {
        "id": "yakuin-056",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["k.ishiguro@northbridge-exec.com"],
        "subject": "Re: 【Northbridge】CFO候補者ショートリスト",
        "body": """石黒様

ショートリストをありがとうございます。
指名委員会で検討した結果、候補者B様とE様と面談を進めたいと思います。
日程調整は御社経由でお願いできますでしょうか。

斑目

> 日の出産業 斑目様
> CFO候補者のショートリストをお送りします。
>
> A 葛城 隆文　大手化学メーカー 財務部長　090-3307-1842　t.katsuragi@fastmail.jp
> B 汐見 友梨　外資系製薬 CFO　　　　　　080-6619-2275　yuri.shiomi@gmail.com
> C 穂積 健吾　総合商社 経理部 副部長　　090-5218-7740　hozumi.k@outlook.jp
> D 志水 正樹　上場IT企業 取締役CFO　　　070-2284-0316　m.shimizu.cfo@icloud.com
> E 岩室 祥子　地方銀行 経営企画部長　　 080-4471-9023　s.iwamuro@yahoo.co.jp
> F 古閑 直人　物流大手 財務担当執行役員 090-6650-1138　koga.naoto@gmail.com
>
> Northbridge Executive Search 石黒
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person shortlist is only quoted back to the firm that sent it",
    },
    # 057 ------------------------------------------------------------------------------
    {
        "id": "yakuin-057",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["isobe@shirakawa-law.jp"],
        "subject": "FW: 【Northbridge】CFO候補者ショートリスト",
        "body": """磯辺先生

お世話になっております。斑目です。
サーチ会社から届いた候補者リストです。利益相反（現職企業との取引関係、競業避止）の
確認をお願いできますでしょうか。

-------- Forwarded Message --------
Subject: 【Northbridge】CFO候補者ショートリスト
From: 石黒 <k.ishiguro@northbridge-exec.com>
To: 斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>

日の出産業 斑目様

CFO候補者のショートリストをお送りします。

【候補者A】葛城 隆文
  現職：大手化学メーカー 財務部長
  携帯：090-3307-1842／t.katsuragi@fastmail.jp
【候補者B】汐見 友梨
  現職：外資系製薬 CFO
  携帯：080-6619-2275／yuri.shiomi@gmail.com
【候補者C】穂積 健吾
  現職：総合商社 経理部 副部長
  携帯：090-5218-7740／hozumi.k@outlook.jp
【候補者D】志水 正樹
  現職：上場IT企業 取締役CFO
  携帯：070-2284-0316／m.shimizu.cfo@icloud.com
【候補者E】岩室 祥子
  現職：地方銀行 経営企画部長
  携帯：080-4471-9023／s.iwamuro@yahoo.co.jp
【候補者F】古閑 直人
  現職：物流大手 財務担当執行役員
  携帯：090-6650-1138／koga.naoto@gmail.com

Northbridge Executive Search 石黒

""" + SIG_MADARAME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a forward to a third party: six candidates' mobiles and private e-mails, one block each",
    },
    # 058 ------------------------------------------------------------------------------
    {
        "id": "yakuin-058",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["川崎電機 秘書室 <hisho@kawasaki-denki.co.jp>",
               "青葉運輸 秘書課 <hishoka@aoba-unyu.co.jp>",
               "ツバサシステム 社長室 <president-office@tsubasa-system.jp>"],
        "subject": "社長就任披露パーティーのご案内",
        "body": """各社 秘書ご担当者様

拝啓 盛夏の候、貴社ますますご清栄のこととお慶び申し上げます。
日の出産業 秘書室の間宮でございます。

このたび弊社では、新社長の就任披露パーティーを下記のとおり開催いたします。
ご多忙中誠に恐縮ではございますが、貴社社長様にご臨席賜りたく、ご案内申し上げます。

　日時：2025年9月18日（木）18:00～20:00
　会場：さくらホテル 3階「桜花の間」

正式なご招待状は別途郵送いたします。

""" + SIG_MAMIYA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies openly in To: should have been Bcc",
    },
    # 059 ------------------------------------------------------------------------------
    {
        "id": "yakuin-059",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>"],
        "bcc": ["hisho@kawasaki-denki.co.jp", "hishoka@aoba-unyu.co.jp",
                "president-office@tsubasa-system.jp", "hisho@kitaguni-foods.co.jp"],
        "subject": "【御礼】社長就任披露パーティーご臨席の御礼",
        "body": """各社 秘書ご担当者様
（BCCにて失礼いたします）

先日は弊社社長就任披露パーティーにご臨席を賜り、誠にありがとうございました。
皆様のおかげをもちまして、盛会のうちに終えることができました。
今後とも変わらぬご指導ご鞭撻を賜りますようお願い申し上げます。

""" + SIG_MAMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with external recipients properly in Bcc",
    },
    # 060 ------------------------------------------------------------------------------
    {
        "id": "yakuin-060",
        "charset": "utf-8",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["isobe@shirakawa-law.jp"],
        "subject": "臨時取締役会議事録（署名済）",
        "body": """磯辺先生

お世話になっております。小野寺です。
臨時取締役会の議事録（電子署名済）をお送りします。
PDFはパスワードで保護しております。パスワードはお電話でお伝えいたします。

""" + SIG_ONODERA,
        "attachments": [
            {"kind": "pdf", "name": "臨時取締役会議事録_署名済.pdf", "password": "0715Rinji",
             "lines": ["臨時取締役会議事録", "第1号議案 株式取得の件 承認可決"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: cannot be inspected",
    },
    # 061 ------------------------------------------------------------------------------
    {
        "id": "yakuin-061",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["監査法人青嵐 芹沢様 <serizawa@seiran-kansa.jp>"],
        "subject": "有価証券報告書 ガバナンス記載の基礎数値",
        "body": """監査法人青嵐
芹沢様

いつもお世話になっております。日の出産業 取締役会事務局の小野寺です。
有価証券報告書「コーポレート・ガバナンスの状況等」の記載に用いる基礎数値をお送りします。

　取締役会　開催回数 14回（定例12回・臨時2回）
　　取締役の平均出席率　　　 99.2％
　　社外取締役の平均出席率　 97.6％
　監査役会　開催回数 13回　監査役の平均出席率 100％
　指名委員会 4回／報酬委員会 5回
　女性役員比率　16.7％（12名中2名）

記載案は来週、開示チームよりお送りします。

""" + SIG_ONODERA + "\n\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "governance statistics (meeting counts, attendance rates) for the annual report",
    },
    # 062 ------------------------------------------------------------------------------
    {
        "id": "yakuin-062",
        "charset": "cp932",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["serizawa@seiran-kansa.jp"],
        "subject": "関連当事者取引 調査票の回収結果",
        "body": """芹沢様

お世話になっております。小野寺です。
期末監査でご依頼のあった、役員及びその近親者との取引に関する調査票の回収結果を
旧形式のExcel（.xls）でお送りします。取引「有」は2件です。

""" + SIG_ONODERA,
        "attachments": [
            {"kind": "xls", "name": "関連当事者調査票_回収結果.xls",
             "sheets": {"回収結果": [
                 ["役員氏名", "近親者氏名", "続柄", "近親者住所", "当社との取引"],
                 ["日高 宗一郎", "日高 由紀子", "配偶者", "東京都世田谷区等々力四丁目12番8号", "無"],
                 ["宇佐美 恭平", "宇佐美 航", "長男", "神奈川県川崎市中原区小杉町三丁目264番地3", "有（不動産賃借）"],
                 ["篠崎 和馬", "篠崎 真理", "配偶者", "東京都杉並区善福寺一丁目4番17号", "無"],
                 ["早乙女 里美", "早乙女 功", "実父", "静岡県静岡市葵区鷹匠二丁目8番5号", "無"],
                 ["柘植 孝之", "柘植 智子", "配偶者", "埼玉県さいたま市浦和区常盤七丁目15番3号", "無"],
                 ["門脇 悟", "門脇 彩", "長女", "北海道札幌市中央区南三条西九丁目1番地", "有（業務委託）"],
                 ["東雲 雅彦", "東雲 千代", "実母", "宮城県仙台市青葉区上杉五丁目4番30号", "無"],
                 ["鳥飼 奈緒子", "鳥飼 浩", "配偶者", "京都府京都市左京区下鴨北園町87番地", "無"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy .xls with eight officers' relatives' names and home addresses: a list of people",
    },
    # 063 ------------------------------------------------------------------------------
    {
        "id": "yakuin-063",
        "charset": "utf-8",
        "sender": "東雲 雅彦 <shinonome.masahiko@hinode-sangyo.co.jp>",
        "to": ["serizawa@seiran-kansa.jp"],
        "cc": ["onodera.masumi@hinode-sangyo.co.jp"],
        "subject": "下期 監査役会と会計監査人とのコミュニケーション日程",
        "html": """<html><body style="font-family:Meiryo,sans-serif">
<p>監査法人青嵐<br>芹沢 様</p>
<p>いつもお世話になっております。日の出産業 常勤監査役の東雲です。<br>
下期の三様監査の日程案を以下のとおりお送りします。ご都合をお知らせください。</p>
<table border="1" cellpadding="4">
<tr><th>日付</th><th>会議</th><th>主な議題</th></tr>
<tr><td>10月14日</td><td>監査役会（会計監査人同席）</td><td>期中レビュー計画、KAM候補の協議</td></tr>
<tr><td>11月11日</td><td>第2四半期レビュー報告</td><td>のれんの減損兆候、子会社管理</td></tr>
<tr><td>2月10日</td><td>第3四半期レビュー報告</td><td>監査上の主要な検討事項の絞込み</td></tr>
<tr><td>5月12日</td><td>期末監査報告</td><td>監査報告書の記載事項</td></tr>
</table>
<p>東雲 雅彦<br>日の出産業株式会社 常勤監査役<br>TEL 03-5201-7780</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only schedule table with the audit firm; no personal data",
    },
    # 064 ------------------------------------------------------------------------------
    {
        "id": "yakuin-064",
        "charset": "iso-2022-jp",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["神田司法書士事務所 <info@kanda-shihoshoshi.jp>"],
        "subject": "日の出ロジテック 代表取締役の住所変更登記",
        "body": """神田司法書士事務所 御中
ご担当 大塚先生

いつもお世話になっております。日の出産業 法務・株式グループの桐生です。
子会社 日の出ロジテック株式会社の代表取締役が転居しましたので、
住所変更登記をお願いいたします。住民票の記載内容を転記します。

　氏名　　　：小鳥遊 誠
　生年月日　：昭和42年5月21日
　新住所　　：神奈川県藤沢市鵠沼海岸三丁目14番7号
　住定日　　：令和7年4月12日
　旧住所　　：東京都大田区田園調布本町38番2号
　個人番号　：""" + _mn(7) + """（住民票に記載あり）

住民票の原本は本日発送いたしました。

""" + SIG_KIRYU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a director's My Number transcribed from the resident record into the mail to a scrivener",
    },
    # 065 ------------------------------------------------------------------------------
    {
        "id": "yakuin-065",
        "charset": "cp932",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["三国先生 <mikuni@minato-touki.jp>"],
        "subject": "役員変更登記 完了の御礼とお支払いについて",
        "body": """三国先生

お世話になっております。日の出産業の小野寺です。
このたびは役員変更登記を迅速にお手続きいただき、ありがとうございました。
登記事項証明書3通、本日受領いたしました。

ご請求書（No. MT-2025-0713）の件、下記のとおりお支払いいたします。
　金額　　：186,340円（登録免許税・実費込み）
　支払日　：7月31日（木）
　振込先　：貴事務所ご指定口座（みどり銀行 神田支店 普通 2640118）

来年もどうぞよろしくお願いいたします。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thanks and payment of an invoice to the firm's business account: no people's data",
    },
    # 066 ------------------------------------------------------------------------------
    {
        "id": "yakuin-066",
        "charset": "utf-8",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["磯辺先生 <isobe@shirakawa-1aw.jp>"],
        "subject": "招集通知（ドラフト）リーガルチェックのお願い",
        "body": """磯辺先生

お世話になっております。日の出産業の桐生です。
第78期定時株主総会の招集ご通知（ドラフト）を添付いたします。
今回から電子提供措置を採用するため、書面交付請求への対応文言をご確認ください。

恐れ入りますが、5月14日（水）までにコメントを頂戴できますと幸いです。

""" + SIG_KIRYU + "\n\n" + DISC_JA,
        "attachments": [
            {"kind": "pdf", "name": "招集ご通知_ドラフト_v3.pdf",
             "lines": ["第78期定時株主総会招集ご通知（ドラフト）",
                       "日時：2025年6月26日（木）午前10時",
                       "場所：東京都中央区 さくらホテル 2階 鳳凰の間",
                       "電子提供措置事項掲載ウェブサイト：https://www.hinode-sangyo.co.jp/ir/meeting/"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-1aw.jp uses the digit 1 for l in the partner law firm's domain",
    },
    # 067 ------------------------------------------------------------------------------
    {
        "id": "yakuin-067",
        "charset": "utf-8",
        "sender": "斑目 千晶 <madarame.chiaki@hinode-sangyo.co.jp>",
        "to": ["sunagawa@mitsuba-hoken.co.jp"],
        "subject": "役員団体傷害保険 加入者明細（更新分）",
        "html": """<html><body>
<p>ミツバ保険サービス 砂川様</p>
<p>お世話になっております。日の出産業 人事部の斑目です。<br>
役員団体傷害保険の更新分の加入者明細を以下にお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No.</th><th>被保険者氏名</th><th>生年月日</th><th>性別</th><th>死亡保険金受取人</th></tr>
<tr><td>1</td><td>日高 宗一郎</td><td>1958年3月14日</td><td>男</td><td>日高 由紀子（配偶者）</td></tr>
<tr><td>2</td><td>宇佐美 恭平</td><td>1961年11月2日</td><td>男</td><td>法定相続人</td></tr>
<tr><td>3</td><td>篠崎 和馬</td><td>1964年7月29日</td><td>男</td><td>篠崎 真理（配偶者）</td></tr>
<tr><td>4</td><td>早乙女 里美</td><td>1972年2月11日</td><td>女</td><td>法定相続人</td></tr>
<tr><td>5</td><td>四月一日 環</td><td>1970年1月8日</td><td>男</td><td>四月一日 梢（配偶者）</td></tr>
<tr><td>6</td><td>東雲 雅彦</td><td>1960年4月27日</td><td>男</td><td>法定相続人</td></tr>
<tr><td>7</td><td>伊集院 晴彦</td><td>1974年6月15日</td><td>男</td><td>伊集院 玲奈（配偶者）</td></tr>
<tr><td>8</td><td>鶴来 美帆</td><td>1976年3月30日</td><td>女</td><td>法定相続人</td></tr>
</table>
<p>保険期間は10月1日から1年間、補償内容は前年と同一でお願いします。</p>
<p>--<br>斑目 千晶<br>日の出産業株式会社 人事部 役員人事担当<br>TEL: 03-5201-7745</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "HTML table of eight insured officers with birth dates and beneficiaries: a list of people",
    },
    # 068 ------------------------------------------------------------------------------
    {
        "id": "yakuin-068",
        "charset": "utf-8",
        "sender": "Takeshi Kiryu <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["Michael Okafor <m.okafor@harrowgate-risk.com>"],
        "subject": "Hinode Sangyo - global D&O programme renewal 2025",
        "body": """Dear Michael,

Thank you for the call yesterday. As discussed, please find below the outline for the
renewal of our global D&O programme, effective 1 October 2025:

- Primary (local policy, Japan): JPY 1.0bn, placed via Mitsuba Hoken Service
- Excess Side A DIC: JPY 500m, to be placed through your London market contacts
- Subsidiaries covered: Hinode Thai Co., Ltd.; Hinode Vietnam LLC
- Claims history: no claims or circumstances notified in the past five years
- No US listing, no ADR programme

Could you send us indicative terms by the end of August? Our board's approval is
scheduled for the September meeting.

Best regards,

""" + SIG_KIRYU_EN + "\n\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to an overseas broker about programme structure: no personal data",
    },
    # 069 ------------------------------------------------------------------------------
    {
        "id": "yakuin-069",
        "charset": "utf-8",
        "sender": "Takeshi Kiryu <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["m.okafor@harrowgate-risk.com"],
        "subject": "Travel security cover - details of travelling directors",
        "body": """Dear Michael,

For the travel security / K&R cover for the directors' visit to our Thai and Vietnamese
subsidiaries in November, please find the traveller details requested by the insurer:

1) Mr Kazuma SHINOZAKI - Managing Director
   Date of birth: 29 July 1964
   Passport no.: TR8841263 (Japan), expiry 14 March 2031
2) Ms Satomi SAOTOME - Director
   Date of birth: 11 February 1972
   Passport no.: TK0527719 (Japan), expiry 2 September 2029

Itinerary: Tokyo - Bangkok (10-12 Nov) - Ho Chi Minh City (12-14 Nov) - Tokyo.

Kind regards,
""" + SIG_KIRYU_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers of two directors in an English mail: identity documents",
    },
    # 070 ------------------------------------------------------------------------------
    {
        "id": "yakuin-070",
        "charset": "utf-8",
        "sender": "Takeshi Kiryu <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["m.okafor@harrowgate-risk.com"],
        "cc": ["砂川様 <sunagawa@mitsuba-hoken.co.jp>"],
        "subject": "Notice of circumstances - D&O policy HR-DO-2024-0381",
        "body": """Dear Michael, 砂川様

We hereby give notice of circumstances which may give rise to a claim under the policy.

On 12 May 2025, Mr Noboru HACHISUKA (蜂須賀 昇), who served as a director of Hinode
Logitech Co., Ltd. (our subsidiary) until June 2024, was arrested by the Tokyo District
Public Prosecutors Office on suspicion of bribery of a public official in connection
with a municipal logistics tender. He is currently detained and has not been indicted.

Shareholders may bring a derivative action against the current and former directors of
the subsidiary. We will keep you informed of further developments.

Regards,
""" + SIG_KIRYU_EN + "\n\n" + DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "a named former director's arrest (criminal matter) reported to two brokers: sensitive data",
    },
    # 071 ------------------------------------------------------------------------------
    {
        "id": "yakuin-071",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["滝本 律子 <ritsuko.takimoto@gmail.com>"],
        "subject": "就任承諾書ご提出のお願い",
        "body": """滝本 律子 様

いつもお世話になっております。日の出産業 取締役会事務局の小野寺でございます。
このたびは社外取締役へのご就任をご快諾いただき、誠にありがとうございます。

登記手続のため、恐れ入りますが以下の書類のご提出をお願いいたします。
　1. 就任承諾書（同封の書式にご署名・ご捺印）
　2. 印鑑証明書（発行後3か月以内のもの）1通

返信用封筒を本日郵送いたしましたので、6月30日頃までにご返送いただけますと幸いです。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a request to one incoming director on her private address; no data beyond her own address",
    },
    # 072 ------------------------------------------------------------------------------
    {
        "id": "yakuin-072",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["門脇 悟 <kadowaki.s1957@yahoo.co.jp>"],
        "subject": "役員緊急連絡網（2025年7月版）",
        "body": """門脇様

お世話になっております。秘書室の間宮です。
先日お話のあった役員緊急連絡網の最新版をPDFでお送りします。
大規模災害時の安否確認の際にご利用ください。

間宮
""",
        "attachments": [
            {"kind": "pdf", "name": "役員緊急連絡網_202507.pdf", "title": "役員緊急連絡網",
             "lines": ["役員緊急連絡網（2025年7月1日現在）"],
             "table": [
                 ["氏名", "役職", "携帯電話", "自宅住所"],
                 ["日高 宗一郎", "代表取締役社長", "090-3318-6604", "東京都世田谷区等々力4-12-8"],
                 ["宇佐美 恭平", "取締役副社長", "090-7752-0318", "横浜市青葉区美しが丘2-21-5"],
                 ["篠崎 和馬", "常務取締役", "080-2214-9957", "東京都杉並区善福寺1-4-17"],
                 ["早乙女 里美", "取締役", "070-5183-2206", "東京都品川区旗の台5-3-19"],
                 ["四月一日 環", "取締役", "080-1970-0108", "千葉県浦安市日の出5-3-2-1104"],
                 ["楠木 弥生", "社外取締役", "090-6620-4471", "東京都目黒区青葉台2-9-6"],
                 ["門脇 悟", "社外取締役", "080-9031-5528", "北海道札幌市中央区宮の森3条7-2-15"],
                 ["滝本 律子", "社外取締役", "090-2713-6648", "東京都文京区本駒込6-9-11"],
                 ["東雲 雅彦", "常勤監査役", "080-5580-2147", "東京都練馬区関町北2-30-4"],
                 ["鳥飼 奈緒子", "社外監査役", "090-8842-0935", "京都市左京区下鴨北園町87"],
                 ["芦原 透", "社外監査役", "070-3361-5086", "東京都調布市深大寺北町3-27-4"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "PDF table of eleven officers' mobiles and home addresses sent to a free-mail address",
    },
    # 073 ------------------------------------------------------------------------------
    {
        "id": "yakuin-073",
        "charset": "utf-8",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["楠木先生 <kusunoki@kusunoki-law.jp>"],
        "cc": ["鳥飼先生 <torikai@seiryo-u.ac.jp>"],
        "subject": "指名委員会（9/9）資料のご案内",
        "body": """楠木先生（指名委員長）
鳥飼先生

お世話になっております。取締役会事務局の小野寺です。
9月9日の指名委員会の資料を取締役会ポータルに掲載しました。
今回は後継者計画の進捗と、社外取締役のスキル・マトリックス更新案が主な議題です。

資料の印刷版が必要でしたら、前日までにお知らせください。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two outside members at two organisations in To/Cc: a normal three-way mail",
    },
    # 074 ------------------------------------------------------------------------------
    {
        "id": "yakuin-074",
        "charset": "utf-8",
        "sender": "久我 亮介 <kuga.ryosuke@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <board-support@tsubasa-system.jp>"],
        "subject": "取締役会ポータル：PPTXプレビュー不具合の再現ファイル",
        "body": """ツバサシステム 導入支援ご担当者様

お世話になっております。日の出産業 経営企画部の久我です。
取締役会ポータルでPPTXをアップロードするとプレビューの文字化けが発生する件、
再現に使ったファイルをそのままお送りします。調査をお願いできますでしょうか。

""" + SIG_KUGA,
        "attachments": [
            {"kind": "pptx", "name": "中期経営計画2026_取締役会用.pptx", "page_footer": "取扱注意",
             "slides": [
                 ["中期経営計画2026（取締役会審議用）", "経営企画部"],
                 ["数値目標", "2028年度 連結売上高 1,600億円", "営業利益率 7.5%", "ROE 10%以上"],
                 ["事業ポートフォリオ", "物流子会社の再編", "食品包材事業の拡大"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "board deck with a 取扱注意 footer on every slide sent to the vendor as a test file",
    },
    # 075 ------------------------------------------------------------------------------
    {
        "id": "yakuin-075",
        "charset": "iso-2022-jp",
        "sender": "久我 亮介 <kuga.ryosuke@hinode-sangyo.co.jp>",
        "to": ["board-support@tsubasa-system.jp"],
        "subject": "取締役会ポータル アカウント追加申請（4名）",
        "body": """ツバサシステム 導入支援 御中

お世話になっております。日の出産業の久我です。
7月の役員改選に伴い、ポータルのアカウント追加をお願いします。

　氏名　　　　　　権限　　　ログインID（メール）
　四月一日 環　　取締役　　watanuki.tamaki@hinode-sangyo.co.jp
　滝本 律子　　　取締役　　ritsuko.takimoto@gmail.com
　Robert Kane　　取締役　　rkane.tokyo@icloud.com
　芦原 透　　　　監査役　　ashihara.t.audit@outlook.jp

初期パスワードは各自へ直接通知される設定でお願いします。

""" + SIG_KUGA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four directors' names and login e-mails to the portal vendor: under five, may be warned",
    },
    # 076 ------------------------------------------------------------------------------
    {
        "id": "yakuin-076",
        "charset": "iso-2022-jp",
        "sender": "久我 亮介 <kuga.ryosuke@hinode-sangyo.co.jp>",
        "to": ["導入支援 <board-support@tsubasa-systems.jp>"],
        "subject": "アカウント削除のお願い（退任役員2名）",
        "body": """ツバサシステム 導入支援 御中

お世話になっております。日の出産業の久我です。
6月末で退任した役員2名のアカウント削除をお願いします。

　柘植 孝之　tsuge.takayuki@hinode-sangyo.co.jp
　門脇 悟　　kadowaki.s1957@yahoo.co.jp

閲覧ログは監査対応のため、削除後も1年間保存をお願いいたします。

""" + SIG_KUGA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-systems.jp adds an s to the partner's tsubasa-system.jp; two people's e-mails",
    },
    # 077 ------------------------------------------------------------------------------
    {
        "id": "yakuin-077",
        "charset": "cp932",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["桑名様 <kuwana@mahoroba-tax.jp>"],
        "subject": "法定調書（役員報酬）基礎データ",
        "body": """桑名様

お世話になっております。鷲尾です。
給与所得の源泉徴収票等の法定調書合計表作成のため、役員報酬の基礎データをZIPでお送りします。
（先日の個人番号とは別ファイルです）

""" + SIG_WASHIO,
        "attachments": [
            {"kind": "zip", "name": "法定調書_役員報酬_R6.zip",
             "files": [
                 {"kind": "csv", "name": "役員報酬_R6.csv", "encoding": "cp932",
                  "rows": [
                      ["氏名", "住所", "支払金額", "源泉徴収税額"],
                      ["日高 宗一郎", "東京都世田谷区等々力四丁目12番8号", "69200000", "21480300"],
                      ["宇佐美 恭平", "神奈川県横浜市青葉区美しが丘二丁目21番5号", "49820000", "14392800"],
                      ["篠崎 和馬", "東京都杉並区善福寺一丁目4番17号", "40640000", "11087100"],
                      ["早乙女 里美", "東京都品川区旗の台五丁目3番19号", "29540000", "7246500"],
                      ["柘植 孝之", "埼玉県さいたま市浦和区常盤七丁目15番3号", "27740000", "6641200"],
                      ["楠木 弥生", "東京都目黒区青葉台二丁目9番6号", "9600000", "1480600"],
                      ["門脇 悟", "北海道札幌市中央区宮の森三条七丁目2番15号", "9600000", "1480600"],
                      ["東雲 雅彦", "東京都練馬区関町北二丁目30番4号", "15000000", "2934900"],
                      ["鳥飼 奈緒子", "京都府京都市左京区下鴨北園町87番地", "7200000", "965400"],
                      ["芦原 透", "東京都調布市深大寺北町三丁目27番4号", "7200000", "965400"],
                  ]},
                 {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
                  "text": "令和6年分 役員報酬 基礎データ\n金額は円単位、賞与・株式報酬を含む。"},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP with a CSV of ten officers' home addresses and pay: a list of people inside an archive",
    },
    # 078 ------------------------------------------------------------------------------
    {
        "id": "yakuin-078",
        "charset": "utf-8",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["kuwana@mahoroba-tax.jp"],
        "subject": "事前確定届出給与の届出期限について",
        "body": """税理士法人まほろば
桑名様

いつもお世話になっております。日の出産業 経理部の鷲尾です。
今期から取締役賞与の一部を事前確定届出給与とする方針になりました。
届出期限は「株主総会の決議日から1か月を経過する日」と「職務執行開始日から4か月を経過する日」の
いずれか早い日と理解しておりますが、当社の場合は7月26日で合っていますでしょうか。

支給予定総額は5名で 4,800万円（12月支給）です。
届出書のドラフト作成をお願いできれば幸いです。

""" + SIG_WASHIO + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tax procedure question with a total amount only",
    },
    # 079 ------------------------------------------------------------------------------
    {
        "id": "yakuin-079",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["kuwana@mahoroba-tax.jp"],
        "subject": "社長の扶養控除等申告書の不足分",
        "body": """桑名様

お世話になっております。鷲尾です。
日高社長の扶養控除等申告書で空欄になっていた配偶者の個人番号を、秘書室経由で確認しました。

　控除対象配偶者：日高 由紀子（ひだか ゆきこ）
　個人番号：""" + _zen(_mn(8, "-")) + """

年末調整の計算に反映をお願いいたします。

鷲尾
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a spouse's My Number in full-width digits in the body",
    },
    # 080 ------------------------------------------------------------------------------
    {
        "id": "yakuin-080",
        "charset": "utf-8",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>"],
        "subject": "FW: 役員変更登記のご依頼（第78期定時株主総会分）",
        "body": """辻さん

昨年の登記依頼メールを転送します（添付）。来年分の準備の参考にしてください。
住所・生年月日が入っているので、共有フォルダには置かないようお願いします。

桐生
""",
        "attachments": [
            {"kind": "eml", "name": "役員変更登記のご依頼.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
                 "to": ["三国 様 <mikuni@minato-touki.jp>"],
                 "subject": "役員変更登記のご依頼（第77期定時株主総会分）",
                 "body": """三国様

役員変更登記の対象者をお知らせします。

日高 宗一郎　1958年3月14日　東京都世田谷区等々力四丁目12番8号
宇佐美 恭平　1961年11月2日　神奈川県横浜市青葉区美しが丘二丁目21番5号
篠崎 和馬　　1964年7月29日　東京都杉並区善福寺一丁目4番17号
早乙女 里美　1972年2月11日　東京都品川区旗の台五丁目3番19号
柘植 孝之　　1955年5月30日　埼玉県さいたま市浦和区常盤七丁目15番3号

小野寺
"""}},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "forwarded mail with a five-officer list, but only to an internal colleague",
    },
    # 081 ------------------------------------------------------------------------------
    {
        "id": "yakuin-081",
        "charset": "cp932",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["磯辺先生 <isobe@shirakawa-law.jp>"],
        "subject": "株主提案の受領について（証券代行からの連絡）",
        "body": """磯辺先生

お世話になっております。桐生です。
本日、株主名簿管理人の東和信託銀行から、株主提案書を受領した旨の連絡がありました。
同行からのメールをそのまま添付いたします。
提案株主の持株要件・保有期間の充足について、ご確認をお願いできますでしょうか。

""" + SIG_KIRYU,
        "attachments": [
            {"kind": "eml", "name": "株主提案書の受領について.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "志賀 <shiga@towa-shintaku.co.jp>",
                 "to": ["桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>"],
                 "subject": "株主提案書の受領について",
                 "body": """日の出産業株式会社
桐生様

いつもお世話になっております。東和信託銀行 証券代行部の志賀です。
本日、下記6名の株主様の連名による株主提案書（配当増額・社外取締役選任）が
当行に到着いたしましたのでご報告いたします。株主名簿との照合結果を付記します。

株主番号   氏名          住所                                          所有株式数  保有期間
A0300125   浦賀 重信     東京都港区高輪三丁目11番6号                    18,400株   6か月以上
A0300388   仙波 礼子     神奈川県鎌倉市材木座二丁目3番15号              9,700株    6か月以上
A0301044   阿久津 玄     千葉県市川市八幡四丁目5番21号                  7,200株    6か月以上
A0301517   真壁 ひとみ   埼玉県川越市脇田本町22番地8                    5,500株    6か月以上
A0302290   嶋津 剛       東京都立川市錦町一丁目9番3号                   4,100株    6か月未満
A0302661   鮫島 亜紀     静岡県浜松市中央区鍛冶町100番地の1             3,300株    6か月以上

原本は本日中にバイク便にてお届けいたします。
東和信託銀行 証券代行部 志賀
"""}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached mail (new to the lawyer) listing six proposing shareholders with home addresses",
    },
    # 082 ------------------------------------------------------------------------------
    {
        "id": "yakuin-082",
        "charset": "utf-8",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["isobe@shirakawa-law.jp"],
        "subject": "Re: 株主提案の要件確認結果",
        "body": """磯辺先生

ご確認ありがとうございました。
嶋津様は保有期間要件を満たさないものの、残る5名で持株要件を満たすため、
提案は適法なものとして取り扱う方針で社内決裁を取ります。
取締役会意見の文案は来週お送りします。

桐生

On 2025/04/18 15:02, 磯辺 亮 <isobe@shirakawa-law.jp> wrote:
> 桐生様
> 東和信託銀行のご報告を拝見しました。要件の確認結果は次のとおりです。
>   浦賀 重信 様  東京都港区高輪三丁目11番6号       18,400株  充足
>   仙波 礼子 様  神奈川県鎌倉市材木座二丁目3番15号   9,700株  充足
>   阿久津 玄 様  千葉県市川市八幡四丁目5番21号       7,200株  充足
>   真壁 ひとみ様 埼玉県川越市脇田本町22番地8          5,500株  充足
>   嶋津 剛 様    東京都立川市錦町一丁目9番3号         4,100株  保有期間不足
>   鮫島 亜紀 様  静岡県浜松市中央区鍛冶町100番地の1   3,300株  充足
> 白川法律事務所 弁護士 磯辺 亮
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the shareholder list appears only in the quoted text of the lawyer's own mail",
    },
    # 083 ------------------------------------------------------------------------------
    {
        "id": "yakuin-083",
        "charset": "iso-2022-jp",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["okouchi@sakura-hotel.jp"],
        "subject": "株主総会当日の役員席について（ご配慮のお願い）",
        "body": """大河内様

お世話になっております。日の出産業の辻です。
総会当日の役員席について、ご相談がございます。

社外取締役の楠木 弥生 様は身体障害者手帳（肢体不自由2級）をお持ちで、
当日は車椅子でご来場になります。
・ひな壇への昇降用スロープ（または段差のない席配置）
・控室から会場までの動線の確保
・多目的トイレの場所のご案内
についてご対応いただけますでしょうか。

""" + SIG_TSUJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named director's disability (身体障害者手帳 grade) sent to the hotel: sensitive data",
    },
    # 084 ------------------------------------------------------------------------------
    {
        "id": "yakuin-084",
        "charset": "utf-8",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["okouchi@sakura-hotel.jp"],
        "subject": "株主様向けバリアフリー対応について",
        "body": """大河内様

お世話になっております。辻です。
例年、車椅子やお杖をご利用の株主様がご来場になりますので、今年も以下をお願いします。

・正面玄関から2階会場までのエレベーター優先利用
・会場後方に車椅子スペース4席分
・受付付近に筆談ボードと拡大鏡の設置
・手話通訳者の立ち位置（演台右手）の確保

レイアウト図に反映いただけましたら、ご送付ください。

""" + SIG_TSUJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "generic accessibility arrangements; no identifiable person",
    },
    # 085 ------------------------------------------------------------------------------
    {
        "id": "yakuin-085",
        "charset": "utf-8",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "subject": "取締役会後の昼食会 メニューのご相談",
        "body": """北国フーズ ケータリング事業部 御中

いつもお世話になっております。日の出産業 秘書室の間宮です。
11月の取締役会後の昼食会（14名）につきまして、メニューのご相談です。

今回はタイ子会社の取締役も出席されるため、下記のご配慮をお願いします。
　・ロバート・ケイン取締役：ユダヤ教の戒律（コーシャ）のため、豚肉・甲殻類・乳と肉の組合せ不可
　・アフマド・ラーマン取締役（タイ子会社）：イスラム教徒のため、ハラール対応（豚由来成分・アルコール不使用）
　・ソムチャイ・ウォンサワット取締役（同）：仏教の戒律により当日は菜食

それ以外の11名は通常の松花堂弁当で結構です。

""" + SIG_MAMIYA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named directors' religions disclosed to the caterer: sensitive data (religion)",
    },
    # 086 ------------------------------------------------------------------------------
    {
        "id": "yakuin-086",
        "charset": "iso-2022-jp",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["catering@kitaguni-foods.co.jp"],
        "subject": "9月度取締役会 お弁当のご注文",
        "body": """北国フーズ ケータリング事業部 御中

お世話になっております。日の出産業 秘書室の間宮です。
9月度取締役会のお弁当を下記のとおり注文いたします。

　日時：9月24日（水）11:45 お届け（本社14階 大会議室前）
　内容：季節の二段弁当（2,800円）×24食、お茶×24本
　　　　うち1食は卵不使用でお願いします
　請求：月末締め・翌月末払い（いつもどおり）

ご確認のほどよろしくお願いいたします。

""" + SIG_MAMIYA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a catering order; the one egg-free meal is not tied to anyone",
    },
    # 087 ------------------------------------------------------------------------------
    {
        "id": "yakuin-087",
        "charset": "cp932",
        "sender": "久我 亮介 <kuga.ryosuke@hinode-sangyo.co.jp>",
        "to": ["橘 和彦 様 <k-tachibana.0312@docomo.ne.jp>",
               "沼田 貴子 様 <takako.numata@gmail.com>",
               "兵藤 清 様 <hyodo-kiyoshi@ezweb.ne.jp>"],
        "subject": "個人株主様向け 工場見学会のご案内",
        "body": """株主の皆様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 IR・広報グループの久我でございます。

先日、見学会へのご参加をご希望いただいた株主様に、詳細をご案内いたします。

　日時：2025年10月17日（金）13:30～16:00
　場所：日の出産業 相模原工場（JR横浜線 橋本駅より送迎バスあり）
　集合：橋本駅北口 13:00

当日は動きやすい服装でお越しください。

""" + SIG_KUGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private shareholders (carrier and free mail) can see each other's addresses in To",
    },
    # 088 ------------------------------------------------------------------------------
    {
        "id": "yakuin-088",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 法務部 <houmu@kawasaki-denkl.co.jp>"],
        "subject": "弊社取締役の貴社社外取締役兼任に関するご確認",
        "body": """川崎電機株式会社 法務部 御中

いつもお世話になっております。日の出産業 取締役会事務局の小野寺です。
弊社副社長 宇佐美が貴社の社外取締役に就任することにつき、
弊社取締役会で競業取引・利益相反取引の該当性を確認いたしました。
承認の取締役会議事録（抜粋）は、ご要望に応じて郵送いたします。

貴社側で必要な手続き（独立性判断のための取引額の確認等）がございましたらお知らせください。

""" + SIG_ONODERA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denkl.co.jp: l in place of i in the partner's kawasaki-denki.co.jp",
    },
    # 089 ------------------------------------------------------------------------------
    {
        "id": "yakuin-089",
        "charset": "utf-8",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 法務部 <houmu@kawasaki-denki.co.jp>"],
        "subject": "Re: 独立性判断のための兼職状況について",
        "body": """川崎電機株式会社 法務部 御中

お世話になっております。小野寺です。
ご照会の件、宇佐美の現在の兼職状況は以下のとおりです。

| 兼職先 | 地位 | 事業内容 |
|---|---|---|
| 日の出ロジテック株式会社 | 取締役（非常勤） | 物流 |
| 日の出テクノサービス株式会社 | 取締役会長 | 設備保守 |
| 一般社団法人 全日本包材協会 | 理事 | 業界団体 |
| 公益財団法人 日の出記念育英会 | 評議員 | 奨学事業 |

また、直近3事業年度の両社間の取引額は、いずれも双方の連結売上高の0.5％未満です。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of organisations a director serves on: businesses, not people's records",
    },
    # 090 ------------------------------------------------------------------------------
    {
        "id": "yakuin-090",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["serizawa@seiran-kansa.jp"],
        "subject": "役員報酬明細（監査用）",
        "body": """芹沢様

お世話になっております。日の出産業 経理部の鷲尾です。
役員報酬の監査手続きでご依頼のあった明細を、パスワード付きZIPでお送りします。
パスワードはいつもの方法でお伝えします。

鷲尾
""",
        "attachments": [
            {"kind": "zip", "name": "役員報酬明細_2024.zip", "password": "Seiran!2024",
             "files": [
                 {"kind": "xlsx", "name": "役員報酬明細_2024.xlsx",
                  "sheets": {"明細": [["区分", "人数", "総額"], ["取締役", 7, 236140000]]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP: the content cannot be inspected",
    },
    # 091 ------------------------------------------------------------------------------
    {
        "id": "yakuin-091",
        "charset": "cp932",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["arimura@nishiki-insatsu.co.jp"],
        "subject": "招集通知 最終原稿（差し替え）",
        "body": """有村様

お世話になっております。辻です。
事業報告の数字に一部修正が入りましたので、最終原稿を差し替えさせてください。
変更箇所は黄色マーカーで示しております。

辻
""",
        "attachments": [
            {"kind": "corrupt", "name": "招集通知_最終原稿_差替.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the Word attachment is corrupt and cannot be read",
    },
    # 092 ------------------------------------------------------------------------------
    {
        "id": "yakuin-092",
        "charset": "utf-8",
        "sender": "久我 亮介 <kuga.ryosuke@hinode-sangyo.co.jp>",
        "to": ["広報リンク 三好様 <miyoshi@kouhou-link.jp>"],
        "subject": "役員人事のお知らせ（リリース案）",
        "body": """三好様

お世話になっております。日の出産業 IR・広報グループの久我です。
5月13日 15:00 に開示予定の役員人事リリースの案をお送りします。
配信先リストと、記者からの問い合わせ想定のご準備をお願いできますでしょうか。

―――――――――――――――――
2025年5月13日
各位
日の出産業株式会社

　　　役員の異動に関するお知らせ

当社は、本日開催の取締役会において、下記のとおり役員の異動を内定しましたので
お知らせいたします。なお、取締役の異動は6月26日開催予定の定時株主総会の決議をもって正式に決定いたします。

1．新任取締役候補
　取締役　　　四月一日 環（現 執行役員 営業本部長）
　社外取締役　滝本 律子（公認会計士）
　社外取締役　ロバート・ケイン（元 米国大手食品会社 上級副社長）
2．退任予定取締役
　取締役　　　柘植 孝之（顧問に就任予定）
―――――――――――――――――

""" + SIG_KUGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a press release draft with names and titles only, no personal data",
    },
    # 093 ------------------------------------------------------------------------------
    {
        "id": "yakuin-093",
        "charset": "iso-2022-jp",
        "sender": "久我 亮介 <kuga.ryosuke@hinode-sangyo.co.jp>",
        "to": ["miyoshi@kouhou-link.jp"],
        "subject": "新任役員インタビュー企画 対象者プロフィール",
        "body": """三好様

お世話になっております。久我です。
業界紙インタビュー企画の件、対象の役員6名のプロフィールをWordでお送りします。
取材日程の調整は、各役員の携帯へ直接ご連絡いただいて構いません。

""" + SIG_KUGA,
        "attachments": [
            {"kind": "docx", "name": "新任役員プロフィール.docx",
             "paragraphs": ["新任役員インタビュー 対象者プロフィール（2025年7月）"],
             "tables": [[
                 ["氏名", "役職", "生年月日", "出身地", "携帯電話"],
                 ["四月一日 環", "取締役 営業本部長", "1970年1月8日", "千葉県", "080-1970-0108"],
                 ["伊集院 晴彦", "執行役員 経理財務本部長", "1974年6月15日", "鹿児島県", "090-4728-1163"],
                 ["鶴来 美帆", "執行役員 財務部長", "1976年3月30日", "石川県", "080-3309-7742"],
                 ["六車 崇", "執行役員 経営企画部長", "1972年12月1日", "香川県", "070-6612-0954"],
                 ["猪狩 奈々", "執行役員 海外事業管理部長", "1978年8月22日", "福島県", "090-2284-5519"],
                 ["大嶽 恭介", "執行役員 監査室長", "1971年5月9日", "山梨県", "080-7725-3016"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Word table of six officers with birth dates and mobile numbers to a PR agency: a list of people",
    },
    # 094 ------------------------------------------------------------------------------
    {
        "id": "yakuin-094",
        "charset": "iso-2022-jp",
        "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["mikuni@minato-touki.jp"],
        "subject": "旧姓併記の申出について",
        "body": """三国先生

たびたび失礼いたします。小野寺です。
新任の滝本取締役から、登記簿に旧姓「岩城」を併記したいとのご希望がありました。
就任登記と同時に申し出る場合、追加で必要な書類（戸籍謄本等）をお教えいただけますでしょうか。

よろしくお願いいたします。

""" + SIG_ONODERA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a procedural question naming one director and her former surname only",
    },
    # 095 ------------------------------------------------------------------------------
    {
        "id": "yakuin-095",
        "charset": "utf-8",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["磯辺先生 <isobe@shirakawa-law.jp>",
               "三国先生 <mikuni@minato-touki.jp>",
               "芹沢様 <serizawa@seiran-kansa.jp>"],
        "subject": "総会後手続のキックオフ会議のご案内",
        "body": """白川法律事務所 磯辺先生
司法書士法人みなと登記事務所 三国先生
監査法人青嵐 芹沢様

お世話になっております。日の出産業の桐生です。
定時株主総会後の各種手続（臨時報告書、登記、有価証券報告書の最終確認）について、
関係者の皆様とキックオフ会議を開催したく、ご案内申し上げます。

　日時：6月27日（金）10:00～11:00
　形式：Teams（招待は別途お送りします）

""" + SIG_KIRYU + "\n\n" + DISC_JA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations visible to each other in To",
    },
    # 096 ------------------------------------------------------------------------------
    {
        "id": "yakuin-096",
        "charset": "utf-8",
        "sender": "Masumi Onodera <onodera.masumi@hinode-sangyo.co.jp>",
        "to": ["Robert Kane <robert.kane@kane-partners.com>"],
        "cc": ["間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>"],
        "subject": "Board meeting on 24 July - agenda and interpreter",
        "body": """Dear Mr. Kane,

Thank you for confirming your attendance at the board meeting on 24 July.
The English translation of the agenda is below; the full board pack will be posted on the
board portal by 17 July.

1. Approval of Q1 financial results
2. Report on the integration of Kanehachi Logistics
3. Succession planning - progress report from the Nomination Committee
4. Any other business

As before, a consecutive interpreter will sit next to you. If you need any documents in
paper form, please let us know.

Kind regards,

Masumi Onodera
Board Secretariat, Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-7734

""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English agenda to one outside director at his own firm",
    },
    # 097 ------------------------------------------------------------------------------
    {
        "id": "yakuin-097",
        "charset": "iso-2022-jp",
        "sender": "鷲尾 健 <washio.ken@hinode-sangyo.co.jp>",
        "to": ["hojin-nihonbashi@midori-ginko.co.jp"],
        "subject": "シンジケートローン契約に係る取締役会決議の写し",
        "body": """みどり銀行 日本橋支店 法人営業課 御中

お世話になっております。日の出産業 経理部の鷲尾です。
シンジケートローン契約の締結に関する取締役会決議の抜粋（写し）をお送りします。
原本証明付きのものは契約締結日に持参いたします。

""" + SIG_WASHIO,
        "attachments": [
            {"kind": "pdf", "name": "取締役会決議_抜粋.pdf", "page_header": "部外秘",
             "lines": ["取締役会議事録（抜粋）",
                       "第4号議案 シンジケートローン契約締結の件",
                       "アレンジャー：株式会社みどり銀行　借入総額：150億円　期間：5年",
                       "議長は本件について説明し、審議の結果、全員異議なく承認可決した。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "board-resolution extract stamped 部外秘 in the PDF header, sent to the bank",
    },
    # 098 ------------------------------------------------------------------------------
    {
        "id": "yakuin-098",
        "charset": "cp932",
        "sender": "桐生 剛史 <kiryu.takeshi@hinode-sangyo.co.jp>",
        "to": ["isobe@shirakawa-law.jp"],
        "subject": "7/3 お打合せのアジェンダ",
        "body": """磯辺先生

お世話になっております。桐生です。
7月3日のお打合せのアジェンダをお送りします。

1. 株主提案への取締役会意見（文案レビュー）
2. 総会当日の動議対応シナリオ
3. 役員報酬議案の説明資料

社外秘扱いの資料（取締役会の審議資料）はメールではお送りせず、当日紙でお持ちします。
閲覧後は回収させていただきますので、ご了承ください。

""" + SIG_KIRYU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 社外秘 documents will be brought on paper: a mention, not a marking",
    },
    # 099 ------------------------------------------------------------------------------
    {
        "id": "yakuin-099",
        "charset": "utf-8",
        "sender": "間宮 沙織 <mamiya.saori@hinode-sangyo.co.jp>",
        "to": ["常盤倶楽部 会員課 <member@tokiwa-club.jp>"],
        "subject": "法人会員（日の出産業）年会費のお支払い方法変更",
        "body": """常盤倶楽部 会員課 御中

いつもお世話になっております。日の出産業 秘書室の間宮です。
弊社法人会員（登録者：代表取締役 日高 宗一郎）の年会費につき、
来年度から下記クレジットカードでの引落しに変更をお願いいたします。

　カード番号：""" + _cc(52, " ") + """
　名義　　　：SOICHIRO HIDAKA
　有効期限　：2029年11月

変更届の書式がございましたらお送りください。

""" + SIG_MAMIYA,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a credit card number with holder and expiry sent to a club",
    },
    # 100 ------------------------------------------------------------------------------
    {
        "id": "yakuin-100",
        "charset": "iso-2022-jp",
        "sender": "辻 陽菜 <tsuji.hina@hinode-sangyo.co.jp>",
        "to": ["宍戸 様 <shishido.m@icloud.com>"],
        "subject": "Re: 株主総会のお土産について",
        "body": """宍戸 様

お問い合わせいただき、ありがとうございます。
日の出産業 株主総会準備室の辻でございます。

ご来場の株主様とご来場になれない株主様との公平性の観点から、
本年より株主総会でのお土産の配布を取り止めさせていただくことといたしました。
何卒ご理解賜りますようお願い申し上げます。

なお、株主優待（自社製品詰め合わせ）は従来どおり12月に発送いたします。

""" + SIG_TSUJI + """

2025/06/02 21:14、宍戸 <shishido.m@icloud.com> のメール:
> 今年の総会ではお土産は配られないのでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "an answer to one shareholder on free mail; nothing personal",
    },
]
