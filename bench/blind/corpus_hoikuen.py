"""Blind corpus, area "hoikuen": the childcare-support desk of 日の出産業 (人事部 福利厚生課 and
総務部 両立支援グループ) and its partner nursery — reserving places in the jointly used
企業主導型保育所 for employees' children, enrolment forms and rosters, children's health and
allergy notes, city childcare certificates (就労証明書, 施設等利用給付認定), babysitter discount
vouchers and sitter registrations, plus the ordinary scheduling, contract, invoice and notice
mail of the same desk, sent to nurseries, the city office, the voucher association, sitter
companies, caterers, photographers, partners and employees' private addresses."""

from build import card_number, my_number

SEED = 64601


def _sp(n: str) -> str:
    """A 12-digit number written in groups of four."""
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _zen(s: str) -> str:
    """ASCII digits and hyphens to full width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _card(n: str) -> str:
    return "-".join(n[i:i + 4] for i in range(0, 16, 4))


SIG_MAKABE = """
--
日の出産業株式会社 人事部 福利厚生課
真壁 里沙（Makabe Risa）
〒231-0023 神奈川県横浜市中区山下町118-3 日の出産業ビル7F
TEL 045-662-3170（内線2241） FAX 045-662-3199
r.makabe@hinode-sangyo.co.jp
"""

SIG_OKONOGI = """
――――――――――――――――――――
日の出産業株式会社
総務部 両立支援グループ
小此木 健吾
TEL: 045-662-3185 / 内線 2315
Mail: k.okonogi@hinode-sangyo.co.jp
――――――――――――――――――――
"""

SIG_IOKIBE = """
**********************************
 五百旗頭 葵（いおきべ あおい）
 日の出産業株式会社 人事部 福利厚生課
 〒231-0023 横浜市中区山下町118-3
 TEL 045-662-3172 / a.iokibe@hinode-sangyo.co.jp
**********************************
"""

SIG_TESHIGAWARA = """
----------------------------------------
勅使河原 亮
人事部 給与厚生チーム 課長
日の出産業株式会社
045-662-3160（直通）
----------------------------------------
"""

SIG_SHOJI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
 日の出産業株式会社　総務部 庶務担当
 東海林 美保（しょうじ みほ）
 ＴＥＬ ０４５－６６２－３１０５
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""

SIG_URUSHIBARA = """
Best regards,

Jessica Urushibara
Global HR / Family Support
Hinode Sangyo Co., Ltd.
118-3 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan
Tel +81-45-662-3177
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。無断での複製・転送を禁じます。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail.
"""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "hoikuen-001",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["こもれび保育園 汐見園長 <shiomi@komorebi-cc.co.jp>"],
        "cc": ["五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>"],
        "subject": "4月入園予定の社員児童について（6名）",
        "charset": "iso-2022-jp",
        "body": """こもれびチャイルドケア株式会社
こもれび保育園 みなとみらい園
園長 汐見 千尋 様

いつもお世話になっております。日の出産業の真壁です。

先日ご連絡いただきました共同利用枠（従業員枠）について、
4月入園を予定している社員のお子様を下記のとおりご連絡いたします。
面談日程は追ってご相談させてください。

児童氏名        ふりがな            生年月日      保護者氏名      緊急連絡先
--------------  ------------------  ------------  --------------  -------------
薬師寺 湊       やくしじ みなと     2022/05/14    薬師寺 恵美     090-4418-2735
九十九 紬       つくも つむぎ       2023/01/09    九十九 航平     080-2291-6604
鰐淵 蓮         わにぶち れん       2021/11/30    鰐淵 由香里     070-3357-9812
栗花落 杏       つゆり あん         2022/08/02    栗花落 大輔     090-6620-1473
相良 颯太       さがら そうた       2023/03/21    相良 真奈美     080-9914-3360
乙部 澪         おとべ みお         2022/12/17    乙部 崇         090-1187-5046

※0歳児クラスは九十九さん・相良さんの2名です。
ご不明点があればお知らせください。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Six children's records (name, DOB, parent, phone) in a padded table to the external nursery: a list of people.",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "hoikuen-002",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
        "subject": "11月分 保育料補助 支給対象者（振込先）",
        "charset": "shift_jis",
        "body": """経理部 支払担当 各位

お疲れさまです。給与厚生チームの勅使河原です。
11月分の保育料補助（上限3万円）の支給対象者と振込先です。
給与とは別振込になりますので、25日付での処理をお願いします。

社員番号	氏名	補助額	振込先
H10482	阿久津 沙織	30000	みどり銀行 関内支店 普通 2048813
H11307	猪狩 慎也	18500	みどり銀行 日吉支店 普通 1175520
H09915	蓮見 奈緒	30000	ゆうちょ銀行 〇二八店 普通 3390417
H12044	舘林 陽介	22000	みどり銀行 本店営業部 普通 6601382
H10876	朝比奈 理恵	30000	横浜中央信用金庫 鶴見支店 普通 0457729
H11590	神宮寺 諒	27400	みどり銀行 港北支店 普通 5513906
H12218	宇賀神 千夏	30000	みどり銀行 関内支店 普通 8826154

合計 188,900円
よろしくお願いいたします。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "Seven employees' bank accounts, but every recipient is internal: passes.",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "hoikuen-003",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "subject": "【ご相談】来月入園の園児の食物アレルギー対応について",
        "charset": "utf-8",
        "body": """こもれび保育園 みなとみらい園
事務ご担当 宇賀神様

お世話になっております。日の出産業 福利厚生課の五百旗頭です。

12月1日から入園予定の 設楽 結菜ちゃん（令和4年7月19日生、1歳児クラス）について、
保護者の設楽さん（当社営業部）から給食の件でご相談がありましたので共有します。

・かかりつけの小児科で「鶏卵・牛乳の即時型アレルギー」と診断されています
・昨年アナフィラキシーを起こしたことがあり、エピペンを処方されています
・医師の生活管理指導表は保護者が入園面談時に持参予定です

除去食のご対応が可能かどうか、また園でのエピペンの保管方法について
事前にご教示いただけますと助かります。

何卒よろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named child's allergy diagnosis and anaphylaxis history to the external nursery: 要配慮個人情報 of one person.",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "hoikuen-004",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["にじいろキッズガーデン 茅根様 <chine@nijiiro-kids.jp>"],
        "subject": "Re: 園見学の日程につきまして",
        "charset": "shift_jis",
        "body": """茅根様

ご返信ありがとうございます。日の出産業の小此木です。

ご提示いただいた候補のうち、
　1/16（木）10:00～11:00
でお願いできますでしょうか。当日は弊社から2名（小此木・東海林）で伺います。
駐車場は不要です（電車で伺います）。

当日の持ち物などがあればお知らせください。
よろしくお願いいたします。

> 小此木様
> お問い合わせありがとうございます。見学は以下の日程でご案内可能です。
>  ・1/14（火）14:00～
>  ・1/16（木）10:00～
>  ・1/21（火）10:00～
> ご都合をお知らせください。
> にじいろキッズガーデン 主任 茅根
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary scheduling of a nursery visit; no personal data.",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "hoikuen-005",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["宇賀神 千鶴 <ugajin@komorebi-cc.co.jp>"],
        "subject": "施設等利用給付認定申請書の記載内容（朝比奈さん分）",
        "charset": "utf-8",
        "body": f"""宇賀神様

お世話になっております。日の出産業の真壁です。
市へ提出いただく「施設等利用給付認定申請書」について、朝比奈さんから
記入内容をお預かりしましたので、転記をお願いいたします。
（原本は明日の送迎時に保護者から園へお渡しする予定です）

■児童
　氏名：朝比奈 律（あさひな りつ）
　生年月日：令和3年10月4日
　住所：神奈川県横浜市港北区日吉本町3-14-7 メゾン日吉202

■保護者1
　氏名：朝比奈 理恵
　個人番号：{_sp(my_number(SEED + 1))}
　勤務先：日の出産業株式会社（フルタイム）

■保護者2
　氏名：朝比奈 健司
　個人番号：{_sp(my_number(SEED + 2))}
　勤務先：青葉運輸株式会社

ご確認のほどよろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Two parents' My Numbers for the city application, sent to the nursery operator.",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "hoikuen-006",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["shiomi@komorebi-cc.co.jp", "info@nijiiro-kids.jp", "kikaku@donguri-mori.co.jp"],
        "subject": "【ご案内】2月合同保育施設説明会（社員向け）出展のお願い",
        "charset": "iso-2022-jp",
        "body": """保育施設ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 総務部の小此木でございます。

弊社では育児中の社員向けに、提携保育施設の合同説明会を下記のとおり開催いたします。
各園様にブース出展をお願いしたく、ご案内申し上げます。

　日時：2月8日（土）13:00～16:00
　会場：日の出産業ビル 2階 多目的ホール
　内容：各園のご紹介（1園15分）、個別相談ブース

出展の可否を1月24日（金）までにご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three different nursery operators in To can see each other: should have been Bcc.",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "hoikuen-007",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["hasumi.nao.0312@gmail.com"],
        "subject": "保育園共同利用枠の内定のお知らせ",
        "charset": "utf-8",
        "body": """蓮見 奈緒 さん

育休中のところ失礼いたします。福利厚生課の五百旗頭です。
社用メールが使えない期間とのことでしたので、ご登録の個人アドレスにお送りしています。

申込みいただいていた「こもれび保育園 みなとみらい園」の共同利用枠について、
4月1日からの入園が内定しました。おめでとうございます。

今後の流れ：
　1. 2月中旬 園から面談日程のご連絡
　2. 3月上旬 入園説明会（保護者のみ）
　3. 4月1日～ 慣らし保育

必要書類は園から直接ご案内があります。
ご不明な点は、このアドレスまでお気軽にどうぞ。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One employee's private address, an ordinary notice with no records: passes (free-mail warning).",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "hoikuen-008",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["support@tsubasa-sytem.jp"],
        "subject": "保育枠予約システム：キャンセル待ち画面のエラーについて",
        "charset": "iso-2022-jp",
        "body": """株式会社ツバサシステム
サポートセンター 御中

いつもお世話になっております。日の出産業の東海林です。

保育枠予約システム（Ver.2.3）で、キャンセル待ち一覧を開くと
「E-4102 データ取得に失敗しました」と表示され、画面が進みません。
本日9時頃から発生しており、ブラウザを変えても同様でした。

お手数ですがご確認をお願いいたします。
画面キャプチャが必要であればお送りします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp is a typo of the partner domain tsubasa-system.jp (letter dropped).",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "hoikuen-009",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "subject": "入園書類一式（神宮寺さん・猪狩さん分）",
        "charset": "shift_jis",
        "body": """宇賀神様

お世話になっております。日の出産業の真壁です。
4月入園予定のお二人分の入園書類（入園申込書・児童票・就労証明書の写し）を
ZIPにまとめてお送りします。パスワードは別メールでお知らせいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "zip", "name": "入園書類_0207.zip", "password": "Kmr#2025hs",
             "files": [
                 {"kind": "pdf", "name": "入園申込書_神宮寺.pdf",
                  "lines": ["入園申込書", "児童氏名 神宮寺 朔", "生年月日 令和4年2月11日",
                            "住所 神奈川県横浜市西区戸部町5-22-3", "保護者 神宮寺 諒 080-3164-2297"]},
                 {"kind": "pdf", "name": "入園申込書_猪狩.pdf",
                  "lines": ["入園申込書", "児童氏名 猪狩 芽依", "生年月日 令和5年6月3日",
                            "住所 神奈川県川崎市中原区木月1-22-5", "保護者 猪狩 慎也 090-5530-8841"]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP): the attachment cannot be inspected.",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "hoikuen-010",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["給与計算担当 <kyuyo@hinode-sangyo.co.jp>"],
        "cc": ["真壁 里沙 <r.makabe@hinode-sangyo.co.jp>"],
        "subject": "扶養追加（新生児）5名分の個人番号",
        "charset": "utf-8",
        "body": """給与計算担当 各位

10月～11月に出生届を出した社員のお子様5名について、扶養追加のため
個人番号を収集しました。添付のExcelで年末調整データへの反映をお願いします。
ファイルは共有フォルダ（人事限定）にも格納済みです。

よろしくお願いします。
""" + SIG_TESHIGAWARA,
        "attachments": [
            {"kind": "xlsx", "name": "扶養追加_202411.xlsx",
             "sheets": {
                 "扶養追加": [
                     ["2024年10-11月 扶養追加（新生児）", "", "", "", ""],
                     ["社員番号", "社員氏名", "子の氏名", "子の生年月日", "子の個人番号"],
                     ["H11307", "猪狩 慎也", "猪狩 樹", "2024/10/03", my_number(SEED + 3)],
                     ["H10244", "比嘉 真司", "比嘉 琴音", "2024/10/15", my_number(SEED + 4)],
                     ["H12501", "仲宗根 彩", "仲宗根 悠真", "2024/10/28", my_number(SEED + 5)],
                     ["H09873", "鬼頭 雄大", "鬼頭 詩", "2024/11/06", my_number(SEED + 6)],
                     ["H11942", "百目鬼 綾", "百目鬼 蒼", "2024/11/19", my_number(SEED + 7)],
                 ],
                 "メモ": [["収集方法", "本人から紙で回収、原本はキャビネットB-3に施錠保管"]],
             }},
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "My Numbers of five children, but sent only to internal payroll: passes.",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "hoikuen-011",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["こもれびチャイルドケア 営業部 鳩山様 <hatoyama@komorebi-cc.co.jp>"],
        "subject": "共同利用契約 更新条件の弊社案",
        "charset": "iso-2022-jp",
        "body": """鳩山様

いつもお世話になっております。日の出産業の小此木です。
来年度の共同利用契約の更新条件について、弊社としての案をPDFでお送りします。
社内の稟議前の段階ですので、数字は変わる可能性がございます。

来週のお打ち合わせでご意見をいただけますと幸いです。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "pdf", "name": "共同利用契約_更新条件案.pdf",
             "page_header": "社外秘", "title": "共同利用契約 更新条件案",
             "lines": ["2025年度 共同利用契約 更新条件（日の出産業案）",
                       "1. 従業員枠：0歳児2枠、1歳児3枠、2歳児3枠（計8枠）",
                       "2. 枠確保料：1枠あたり月額45,000円（現行48,000円）",
                       "3. 空き枠の地域開放：7月以降、空き枠は地域枠へ振替可",
                       "4. 契約期間：2025年4月1日～2026年3月31日（自動更新なし）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The attached PDF carries a 社外秘 page stamp and goes to an external company.",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "hoikuen-012",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "cc": ["r.makabe@hinode-sangyo.co.jp"],
        "subject": "2025年度 従業員枠 利用予定者一覧の送付",
        "charset": "utf-8",
        "body": """宇賀神様

お世話になっております。五百旗頭です。
ご依頼いただいておりました来年度の従業員枠の利用予定者一覧をお送りします。
「利用予定者」シートに8名分を記載しています。

ご確認よろしくお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "xlsx", "name": "従業員枠_利用予定者_R7.xlsx",
             "sheets": {
                 "利用予定者": [
                     ["令和7年度 こもれび保育園 従業員枠 利用予定者一覧（日の出産業）"],
                     [],
                     ["No", "保護者氏名", "児童氏名", "児童生年月日", "住所", "携帯電話"],
                     [1, "舘林 陽介", "舘林 凪", "R5.4.18", "神奈川県横浜市神奈川区六角橋2-8-11", "090-7731-0485"],
                     [2, "阿久津 沙織", "阿久津 瑛太", "R4.9.2", "神奈川県横浜市南区大岡1-3-20-405", "080-6142-9930"],
                     [3, "我那覇 剛", "我那覇 柚希", "R6.1.27", "東京都大田区南雪谷2-5-9", "070-2208-7716"],
                     [4, "漆原 友美", "漆原 碧", "R5.7.7", "神奈川県横浜市鶴見区豊岡町11-4", "090-3845-1128"],
                     [5, "喜屋武 翔", "喜屋武 ひなた", "R4.12.25", "神奈川県川崎市幸区南幸町3-41", "080-5529-6073"],
                     [6, "龍造寺 麻衣", "龍造寺 晴", "R5.10.13", "神奈川県横浜市中区本牧町1-77", "090-9066-2351"],
                     [7, "汐崎 直人", "汐崎 こはる", "R6.3.3", "神奈川県横浜市保土ケ谷区岩間町2-9-15", "070-4471-3389"],
                     [8, "茂木 桃子", "茂木 陸", "R4.6.30", "神奈川県横浜市磯子区森3-12-8", "080-1193-5524"],
                 ],
                 "クラス別集計": [["クラス", "人数"], ["0歳児", 2], ["1歳児", 3], ["2歳児", 3]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) with eight families' names, 和暦 DOB, addresses and phones to the nursery.",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "hoikuen-013",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "subject": "途中入園の保護者連絡先（1名）",
        "charset": "iso-2022-jp",
        "body": """宇賀神様

お世話になっております。真壁です。
1月から途中入園となる社員の連絡先をお知らせします。
面談日程の調整は直接ご本人とお願いできますでしょうか。

　保護者氏名：鬼頭 雄大（きとう ゆうだい）
　携帯電話　：090-2573-4418
　メール　　：kito.yudai@hinode-sangyo.co.jp
　※日中は会議が多いため、メールの方がつながりやすいそうです。

よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "One parent's contact details to the nursery: a single person's record, may warn.",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "hoikuen-014",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["ナニーズハート 会員窓口 <kaiin@nannys-heart.co.jp>"],
        "subject": "法人会員経由の利用者登録（決済カード登録のお願い）",
        "charset": "utf-8",
        "body": f"""株式会社ナニーズハート
会員窓口 ご担当者様

いつもお世話になっております。日の出産業 福利厚生課の五百旗頭です。
法人契約経由でベビーシッターを利用する社員1名の利用者登録をお願いいたします。
本人が出張中のため、決済用カードの情報を代理でお送りします。

　利用者氏名：御手洗 沙耶
　カード番号：{_card(card_number(SEED + 8))}
　有効期限　：08/28
　名義　　　：SAYA MITARAI

割引券の適用は初回から可能か、あわせてご教示ください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "An employee's credit card number sent to the sitter company.",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "hoikuen-015",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["みなとみらい園 <minatomirai@komorebi-cc.co.jp>"],
        "subject": "本日お休みの連絡（ひよこ組 比嘉琴音）",
        "charset": "utf-8",
        "body": """こもれび保育園 みなとみらい園 ご担当者様

日の出産業の小此木です。
保護者の比嘉さんが朝から客先に直行しており、園に電話がつながらないとのことで
代わりにご連絡いたします。

ひよこ組の 比嘉 琴音ちゃんですが、昨夜から37.8度の熱と咳があり、
本日はお休みさせていただきます。
明日の登園については、夕方に保護者から改めて連絡するそうです。

よろしくお願いいたします。
""" + SIG_OKONOGI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named child's fever and cough to the nursery: minor health information that a privacy officer could treat either way.",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "hoikuen-016",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "subject": "入園前健康調査票（左右田 晴くん）",
        "charset": "shift_jis",
        "body": """宇賀神様

お世話になっております。真壁です。
左右田さんから預かった入園前健康調査票をWordでお送りします。
既往歴の欄に記載がありますので、担任の先生にも共有をお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "docx", "name": "健康調査票_左右田晴.docx",
             "paragraphs": ["入園前 健康調査票", "こもれび保育園 みなとみらい園 園長 殿",
                            "記入日：令和7年2月3日"],
             "tables": [[
                 ["項目", "記入内容"],
                 ["児童氏名", "左右田 晴（そうだ はる）"],
                 ["生年月日", "令和5年5月9日"],
                 ["既往歴", "川崎病（令和6年3月、冠動脈瘤なし）、熱性けいれん2回"],
                 ["服薬", "アスピリン内服は終了。けいれん時ダイアップ座薬あり"],
                 ["かかりつけ医", "みなと小児科クリニック"],
                 ["予防接種", "母子手帳のとおり（BCG済）"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX health questionnaire with a named child's medical history (Kawasaki disease, febrile seizures) to the nursery.",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "hoikuen-017",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["一般社団法人こども家庭支援サービス協会 <jigyo@kodomo-shien.or.jp>"],
        "subject": "提携保育施設一覧のご送付（割引券事業 登録確認用）",
        "charset": "iso-2022-jp",
        "body": """一般社団法人こども家庭支援サービス協会
事業部 ご担当者様

平素より大変お世話になっております。日の出産業株式会社 総務部の東海林です。
ベビーシッター割引券事業の登録確認にあたり、弊社が提携している保育施設の一覧を
お送りいたします。

施設名                          所在地                                  代表電話
------------------------------  --------------------------------------  ------------
こもれび保育園 みなとみらい園   横浜市西区みなとみらい4-6-2 1F          045-228-7150
こもれび保育園 関内園           横浜市中区相生町3-52                    045-228-7160
にじいろキッズガーデン 日吉     横浜市港北区日吉2-1-18                  045-560-3321
どんぐりの森保育園 武蔵小杉     川崎市中原区小杉町1-403                 044-711-2086
陽光会 病児保育室ぽかぽか       横浜市神奈川区鶴屋町2-24-1 3F           045-324-8819
Maple Leaf Intl. Preschool      横浜市中区山手町184                     045-623-0472
どんぐりの森保育園 新横浜       横浜市港北区新横浜3-9-5                 045-470-1193

以上7施設です。ご確認のほどよろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A list of facilities (businesses) with addresses and switchboards, not people: passes.",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "hoikuen-018",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["真壁 里沙 <r.makabe@hinode-sangyou.co.jp>"],
        "subject": "FW: 1歳児クラス 慣らし保育スケジュール（確定版）",
        "charset": "utf-8",
        "body": """真壁さん

お疲れさまです。園から確定版が来たので転送します。
社員への個別連絡は明日私の方で行います。

---------- Forwarded message ---------
From: こもれび保育園 宇賀神 <ugajin@komorebi-cc.co.jp>
Subject: 1歳児クラス 慣らし保育スケジュール（確定版）

日の出産業 五百旗頭様

1歳児クラスの慣らし保育スケジュールが確定しました。

・阿久津 瑛太（R4.9.2生）　4/1～4/5　保護者携帯 080-6142-9930
・栗花落 杏（R4.8.2生）　　4/1～4/7　保護者携帯 090-6620-1473
・喜屋武 ひなた（R4.12.25生）4/2～4/8　保護者携帯 080-5529-6073
・茂木 陸（R4.6.30生）　　　4/2～4/5　保護者携帯 080-1193-5524
・乙部 澪（R4.12.17生）　　 4/3～4/9　保護者携帯 090-1187-5046

よろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "Meant for a colleague, but hinode-sangyou.co.jp is a look-alike of the own domain; the forward carries five children's records.",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "hoikuen-019",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["鳩山 様 <hatoyama@komorebi-cc.co.jp>"],
        "cc": ["ツバサシステム 伊集院様 <ijuin@tsubasa-system.jp>"],
        "subject": "予約システムと園側台帳の連携に関する打合せ（1/29）",
        "charset": "iso-2022-jp",
        "body": """こもれびチャイルドケア 鳩山様
ツバサシステム 伊集院様

いつもお世話になっております。日の出産業の東海林です。

保育枠予約システムと園側の入退園台帳の連携について、
三者でのお打ち合わせを下記で設定させていただきました。

　日時：1月29日（水）15:00～16:00
　場所：オンライン（Teams、URLは別途お送りします）
　議題：1) 現行の運用フロー確認　2) CSV連携の項目案　3) スケジュール

ご都合が悪い場合はお知らせください。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Two external organisations in To/Cc for a normal three-way meeting: passes.",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "hoikuen-020",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["にじいろキッズガーデン 茅根様 <chine@nijiiro-kids.jp>"],
        "subject": "延長保育 利用登録者一覧（日の出産業分）",
        "charset": "shift_jis",
        "body": """茅根様

いつもお世話になっております。日の出産業の小此木です。
1月からの延長保育（～20:00）の利用登録者をCSVでお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "csv", "name": "延長保育_登録者.csv", "encoding": "cp932",
             "rows": [
                 ["児童氏名", "クラス", "保護者氏名", "保護者携帯", "連絡用メール", "利用曜日"],
                 ["猪狩 芽依", "りす", "猪狩 慎也", "090-5530-8841", "s.igari.home@yahoo.co.jp", "月水金"],
                 ["神宮寺 朔", "うさぎ", "神宮寺 諒", "080-3164-2297", "jinguji.r@icloud.com", "火木"],
                 ["雲母 紗良", "ぱんだ", "雲母 隆之", "070-6693-0152", "kirara-t@outlook.jp", "月～金"],
                 ["四十物 隼", "りす", "四十物 加奈", "090-8850-3307", "aimono.kana@gmail.com", "水"],
                 ["月見里 ほのか", "ぱんだ", "月見里 剛士", "080-4427-6619", "yamanashi.tsuyoshi@gmail.com", "月木"],
                 ["八月一日 暖", "うさぎ", "八月一日 円香", "070-1302-9948", "hozumi.madoka@docomo.ne.jp", "火金"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV with six families' phones and private e-mail addresses to the nursery.",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "hoikuen-021",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "subject": "Re: 3月 お迎え時間変更の届出一覧",
        "charset": "iso-2022-jp",
        "body": """宇賀神様

ご連絡ありがとうございます。真壁です。
一覧の内容、社内の勤務シフトと照合しましたが相違ございませんでした。
各社員への周知は不要とのこと、承知いたしました。

引き続きよろしくお願いいたします。

-----Original Message-----
差出人: 宇賀神 千鶴 <ugajin@komorebi-cc.co.jp>
送信日時: 2025年2月26日 17:42
宛先: 真壁 里沙
件名: 3月 お迎え時間変更の届出一覧

真壁様

3月のお迎え時間変更の届出がありましたので、念のため共有いたします。

　薬師寺 湊　　18:30→19:00　保護者 090-4418-2735
　鰐淵 蓮　　　17:30→18:15　保護者 070-3357-9812
　九十九 紬　　18:00→18:45　保護者 080-2291-6604
　相良 颯太　　18:30→19:15　保護者 080-9914-3360
　乙部 澪　　　17:45→18:30　保護者 090-1187-5046

こもれび保育園 みなとみらい園 宇賀神
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The five-row list is only in the quoted original from the recipient; the new text carries nothing.",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "hoikuen-022",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["chine@nijiiro-kids.jp"],
        "subject": "Re: 加配保育士の配置について",
        "charset": "utf-8",
        "body": """茅根様

ご返信ありがとうございます。小此木です。
ご質問の件、保護者の四十物さんご本人から了承を得ましたのでお伝えします。

隼くん（りす組、令和4年3月8日生）は、昨年11月に地域療育センターで
自閉スペクトラム症の診断を受けており、現在は月2回の療育に通っています。
集団の切り替えの場面で不安が強くなることがあるため、
加配の先生をつけていただけるようであれば大変ありがたいとのことです。

市の加配申請に必要な書類は、保護者から直接園にお持ちするそうです。

> 小此木様
> 加配の件、市への申請に際して、診断の有無と通所先について
> 差し支えない範囲で教えていただけますでしょうか。
> にじいろキッズガーデン 茅根
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "New reply text gives a named child's developmental disability diagnosis to the external nursery.",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "hoikuen-023",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["hatoyama@komorebi-cc.co.jp"],
        "subject": "秘密保持契約書（共同利用検討用）の締結について",
        "charset": "shift_jis",
        "body": """鳩山様

お世話になっております。日の出産業の小此木です。

共同利用の条件検討を進めるにあたり、先に秘密保持契約（NDA）を締結させていただきたく、
弊社法務から雛形を取り寄せております。
貴社の雛形をお使いいただく形でも問題ございませんので、ご都合の良い方をお知らせください。

なお、締結までの間は、具体的な料金条件や園児情報のやり取りは控えさせていただきます。
""" + SIG_OKONOGI + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA plus the standard disclaimer: no marking, no data.",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "hoikuen-024",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["aimono.kana@gmail.com", "yamanashi.tsuyoshi@gmail.com",
               "s.igari.home@yahoo.co.jp", "jinguji.r@icloud.com"],
        "subject": "【育休中の皆さまへ】復職前 オンライン座談会のご案内",
        "charset": "utf-8",
        "body": """育児休業中の皆さま

こんにちは。人事部 福利厚生課の五百旗頭です。
育休中で社用メールをご覧になれない方へ、ご登録の個人アドレス宛にお送りしています。

4月復職予定の方を対象に、先輩社員との座談会をオンラインで開催します。

　日時：2月15日（土）10:00～11:00
　形式：Zoom（お子さま同席OKです）
　申込：2月10日までにこのメールに返信

保育園の慣らし保育と復職日の調整についても、人事からご説明します。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Four private persons' addresses in To can all see each other: should have been Bcc.",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "hoikuen-025",
        "sender": "総務部 両立支援グループ <ryoritsu@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【募集】2025年度 提携保育園 従業員枠の申込受付を開始します",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>社員の皆さま</p>
<p>総務部 両立支援グループです。<br>
2025年度の提携保育園（従業員枠）の申込受付を開始します。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>園名</th><th>所在地</th><th>募集枠</th><th>保育時間</th></tr>
<tr><td>こもれび保育園 みなとみらい園</td><td>横浜市西区みなとみらい4-6-2</td><td>8枠</td><td>7:00～20:00</td></tr>
<tr><td>にじいろキッズガーデン 日吉</td><td>横浜市港北区日吉2-1-18</td><td>4枠</td><td>7:30～19:30</td></tr>
<tr><td>どんぐりの森保育園 武蔵小杉</td><td>川崎市中原区小杉町1-403</td><td>3枠</td><td>7:00～19:00</td></tr>
</table>
<p>申込は社内ポータルの「保育枠予約システム」から、<b>1月31日（金）</b>までにお願いします。<br>
応募多数の場合は、育休からの復職時期・通勤時間等を考慮して調整します。</p>
<p>問い合わせ：内線2315（小此木）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only internal announcement to all staff.",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "hoikuen-026",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["jigyo@kodomo-shien.or.jp"],
        "subject": "ベビーシッター割引券 交付申請（12月分・7名）",
        "charset": "utf-8",
        "html": """<div style="font-family:sans-serif;font-size:13px">
<p>一般社団法人こども家庭支援サービス協会<br>事業部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の東海林でございます。<br>
12月分の割引券交付申請者を下記のとおりご報告いたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>申請者氏名</th><th>社員番号</th><th>対象児童</th><th>児童生年月日</th><th>連絡先メール</th><th>枚数</th></tr></thead>
<tbody>
<tr><td>阿久津 沙織</td><td>H10482</td><td>阿久津 瑛太</td><td>2022/09/02</td><td>s.akutsu@hinode-sangyo.co.jp</td><td>4</td></tr>
<tr><td>猪狩 慎也</td><td>H11307</td><td>猪狩 芽依</td><td>2023/06/03</td><td>s.igari@hinode-sangyo.co.jp</td><td>2</td></tr>
<tr><td>比嘉 真司</td><td>H10244</td><td>比嘉 琴音</td><td>2022/02/21</td><td>s.higa@hinode-sangyo.co.jp</td><td>6</td></tr>
<tr><td>龍造寺 麻衣</td><td>H12087</td><td>龍造寺 晴</td><td>2023/10/13</td><td>m.ryuzoji@hinode-sangyo.co.jp</td><td>4</td></tr>
<tr><td>設楽 千尋</td><td>H11763</td><td>設楽 結菜</td><td>2022/07/19</td><td>c.shitara@hinode-sangyo.co.jp</td><td>2</td></tr>
<tr><td>鳥飼 亮平</td><td>H12390</td><td>鳥飼 葵</td><td>2019/12/08</td><td>r.torikai@hinode-sangyo.co.jp</td><td>8</td></tr>
<tr><td>一尺八寸 萌</td><td>H10911</td><td>一尺八寸 蒼</td><td>2021/04/26</td><td>m.kamatsuka@hinode-sangyo.co.jp</td><td>4</td></tr>
</tbody></table>
<p>交付枚数合計：30枚<br>ご確認のほどよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 庶務担当 東海林 美保<br>TEL 045-662-3105</p>
</div>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of seven applicants with children's DOB and e-mail to the voucher association: a list.",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "hoikuen-027",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["経理課 <keiri@kodomo-shien.or.jp>"],
        "subject": "割引券 事業負担金 請求書受領のご連絡（請求No. KS-2411-0387）",
        "charset": "iso-2022-jp",
        "body": """こども家庭支援サービス協会 経理課 御中

いつもお世話になっております。日の出産業の勅使河原です。

11月分の事業負担金の請求書（請求No. KS-2411-0387、金額 66,000円）を受領いたしました。
12月20日に下記の弊社口座からお振込みいたします。

適格請求書発行事業者の登録番号につき、請求書記載の番号（T2010401093318）で
照合が取れております。念のため弊社の法人番号もお知らせいたします。
　日の出産業株式会社　法人番号 4020001087345

今後ともよろしくお願いいたします。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Invoice receipt with invoice number and corporate numbers (companies, not people): passes.",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "hoikuen-028",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "subject": "児童票の保険証欄について（一尺八寸 蒼くん）",
        "charset": "shift_jis",
        "body": """宇賀神様

お世話になっております。真壁です。
児童票の「健康保険」欄が未記入だったとのこと、失礼いたしました。
保護者の一尺八寸さんに確認しましたので、以下の内容でご記入ください。

　児童氏名　　：一尺八寸 蒼（かまつか あお）　令和３年４月２６日生
　保険者番号　：06139928
　被保険者証　：記号 ４１２７　番号 ８８
　被保険者氏名：一尺八寸 萌（母・被扶養者として登録）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Health insurance card 記号・番号 of a child sent to the nursery: an identifier.",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "hoikuen-029",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["Admissions <admissions@mapleleaf-preschool.com>"],
        "subject": "Campus tour request for a relocating family",
        "charset": "utf-8",
        "body": """Dear Admissions Team,

I am writing from the Global HR team at Hinode Sangyo. One of our colleagues is relocating
from our Singapore office to Yokohama in March with a three-year-old, and the family would
like to visit Maple Leaf before applying.

Would any of the following slots work for a campus tour?
  - Tue 11 Feb, 10:00
  - Thu 13 Feb, 14:00
  - Fri 14 Feb, 10:30

The parents will contact you directly to complete the enquiry form; I am only arranging the
visit. Could you also let me know whether you offer a corporate enrolment arrangement?
""" + SIG_URUSHIBARA + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English tour request with no personal records; the standard disclaimer only.",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "hoikuen-030",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 八木橋様 <yagihashi@midori-ginkou.co.jp>"],
        "subject": "保育料補助 振込の組戻し依頼（1件）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部
八木橋様

いつもお世話になっております。日の出産業の勅使河原です。
11月25日付の総合振込のうち、以下1件について口座番号の誤りが判明しました。
組戻しの手続きをお願いできますでしょうか。

　受取人　：ハスミ ナオ
　振込先　：みどり銀行 日吉支店 普通 3390471（誤）→ 3390417（正）
　金額　　：30,000円

必要な書類があればご指示ください。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp (letter added).",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "hoikuen-031",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["若葉台市 保育課 <hoiku@city.wakabadai.lg.jp>"],
        "subject": "保育の必要性の事由（疾病）に関する事業所からの補足",
        "charset": "utf-8",
        "body": """若葉台市 こども未来局 保育課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の五百旗頭と申します。
当社社員 鳥飼 亮平（市内在住）の配偶者・鳥飼 由梨さまの保育所入所申込について、
ご本人の同意のもと、事業所として補足させていただきます。

由梨さまは第二子出産後に産後うつ病と診断され、現在も心療内科に通院中です。
主治医からは当面の育児負担の軽減を指示されており、
亮平は時短勤務中ですが、日中の保育が困難な状況にあります。
診断書の写しはご本人が窓口へ提出済みと伺っております。

ご配慮いただけますと幸いです。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named person's postpartum depression diagnosis sent to the city office: 要配慮個人情報.",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "hoikuen-032",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>"],
        "cc": ["健康管理室 <kenko@hinode-sangyo.co.jp>"],
        "subject": "Re: Re: エピペン保管の件",
        "charset": "iso-2022-jp",
        "body": """五百旗頭さん

ありがとうございます。健康管理室にも入ってもらいました。
設楽さんのところ（結菜ちゃん・卵/乳）に加えて、
阿久津さんのお子さん（瑛太くん）も小麦アレルギーで通院中と聞いています。
園への共有は保護者の同意書が揃ってからにしましょう。

真壁

> 真壁さん
> 園からエピペンの保管について質問が来ています。
> 社内で対象のお子さんを把握しておいた方がよいと思うのですが、どうでしょうか。
> 五百旗頭
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Children's allergy information, but only between internal staff and the health office.",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "hoikuen-033",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["ワークライフデザイン研究所 神田様 <kanda@wld-lab.co.jp>"],
        "subject": "【社外秘】保育料補助制度 改定案（ドラフト）",
        "charset": "iso-2022-jp",
        "body": """神田様

お世話になっております。日の出産業の勅使河原です。
先日ご相談した保育料補助制度の改定案（ドラフト）を本文にて共有します。
労組との協議前のため、取り扱いにはご注意ください。

　・補助上限：月3万円 → 月4万円（0～2歳児）
　・対象拡大：認可外（企業主導型以外）も対象に追加
　・ベビーシッター割引券：年24枚 → 年48枚
　・財源：福利厚生費の組み替え（年間約1,800万円）

他社水準との比較についてご意見をいただけますと幸いです。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Subject classified 【社外秘】, sent to an external consultant.",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "hoikuen-034",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["hoiku@city.wakabadai.lg.jp"],
        "subject": "就労証明書（電子交付分）の送付",
        "charset": "shift_jis",
        "body": """若葉台市 保育課 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
ご依頼のありました就労証明書（3名分）をPDFにてお送りいたします。
PDFにはパスワードを設定しております。パスワードは別途お電話にてお伝えします。

よろしくお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "pdf", "name": "就労証明書_3名分.pdf", "password": "wkb0131",
             "lines": ["就労証明書", "事業所名 日の出産業株式会社", "就労者 鳥飼 亮平",
                       "就労者 設楽 千尋", "就労者 仲宗根 彩"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Encrypted PDF: the attachment cannot be inspected.",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "hoikuen-035",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["どんぐりの森保育園 武蔵小杉 <musashikosugi@donguri-mori.co.jp>"],
        "subject": "緊急時連絡先（災害時引き取り者）の登録",
        "charset": "utf-8",
        "body": """どんぐりの森保育園 武蔵小杉 ご担当者様

日の出産業 総務部の小此木です。
災害時の引き取り者として、保護者以外の連絡先の登録をお願いいたします。
（社員５名分、各ご家庭から了承をいただいております）

【１】鰐淵 蓮くん（ぱんだ組）
　　引き取り者：鰐淵 澄子（祖母）
　　電話：０４４－７２２－３９０８
　　住所：神奈川県川崎市中原区今井南町１２－３

【２】宇賀神 千夏さんの長男 宇賀神 朔くん（りす組）
　　引き取り者：宇賀神 正男（祖父）
　　電話：０９０－３３１８－７２６５
　　住所：神奈川県川崎市高津区溝口２－１４－６

【３】栗花落 杏ちゃん（うさぎ組）
　　引き取り者：栗花落 美和子（祖母）
　　電話：０８０－６６０４－１９７２
　　住所：東京都世田谷区玉川台１－９－２２

【４】我那覇 柚希ちゃん（ひよこ組）
　　引き取り者：我那覇 ゆかり（叔母）
　　電話：０７０－５１８２－４４０３
　　住所：神奈川県川崎市中原区新丸子町７３３

【５】舘林 凪くん（ひよこ組）
　　引き取り者：舘林 修（祖父）
　　電話：０４５－５９１－２８７４
　　住所：神奈川県横浜市港北区綱島西４－２－１７

以上、よろしくお願いいたします。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Five record blocks with full-width phone numbers and home addresses to the nursery: a list.",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "hoikuen-036",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "12/21 社員家族クリスマス会 託児室ご利用者（4家族）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約ご担当 様

いつもお世話になっております。日の出産業の東海林です。
12月21日の社員家族クリスマス会で託児室をご利用になるご家族が確定しました。
当日、保育スタッフの方から連絡が必要な場合は下記へお願いいたします。

　・比嘉 真司 様（お子様2名）　090-8204-1156
　・龍造寺 麻衣 様（お子様1名）080-3379-2640
　・鳥飼 亮平 様（お子様2名）　070-9915-0338
　・設楽 千尋 様（お子様1名）　090-6623-7781

合計 お子様6名です。よろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Four parents' phone numbers to the partner hotel: under five people, may warn.",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "hoikuen-037",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["Nanny's Heart Registration <register@nannys-heart.co.jp>"],
        "subject": "Sitter registration - identity details for Mr. Okafor",
        "charset": "utf-8",
        "body": """Dear Registration Team,

Following your phone call this morning, here are the identity details you need to complete
the sitter-service registration for our colleague, who is not yet able to read Japanese
forms. He has agreed that I send them on his behalf.

  Name:                 Chinedu OKAFOR (オカフォー チネドゥ)
  Date of birth:        1988-06-14
  Nationality:          Nigeria
  Residence card no.:   UK48203917EA  (valid until 2027-09-30)
  Status of residence:  Engineer/Specialist in Humanities/International Services

His daughter will use the service on weekday evenings from February.
""" + SIG_URUSHIBARA,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "An employee's residence card number sent to the sitter company (English mail).",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "hoikuen-038",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["hoiku@city.wakabadai.lg.jp"],
        "subject": "就労証明書の様式（令和7年度版）についての確認",
        "charset": "shift_jis",
        "body": """若葉台市 保育課 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の真壁と申します。

令和7年度入所分の就労証明書について、国の標準様式（Excel版）で作成したものを
そのまま提出してよいか確認させてください。
また、押印欄が削除された様式でも受け付けていただけますでしょうか。

当社の社員から市への提出期限（11月15日）について問い合わせが多く、
事前に確認しておきたく存じます。お手数ですがご回答いただけますと幸いです。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Procedural question to the city office; no personal data.",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "hoikuen-039",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["汐見 千尋 <shiomi@komorebi-cc.co.jp>"],
        "cc": ["すこやか給食サービス 栄養士 漆間様 <urushima@sukoyaka-kyushoku.co.jp>",
               "若葉台市 保育課 <hoiku@city.wakabadai.lg.jp>"],
        "subject": "食物アレルギー対応研修（3月）の日程調整",
        "charset": "utf-8",
        "body": """汐見園長、漆間様、若葉台市 保育課 ご担当者様

お世話になっております。日の出産業の小此木です。

3月に予定しております食物アレルギー対応研修について、
講師（市の保健師様）と給食業者様のご都合を伺いたく、皆さまにまとめてご連絡しました。

候補日：3/4（火）、3/6（木）、3/11（火） いずれも 14:00～16:00
会場　：こもれび保育園 みなとみらい園 2階ホール

ご都合の悪い日があれば、今週中にお知らせください。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three external organisations (nursery, caterer, city) see each other in To/Cc.",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "hoikuen-040",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["総務部 庶務 <shomu@hinode-sangyo.co.jp>"],
        "subject": "社員家族クリスマス会 アレルギー申告一覧（社内限り）",
        "charset": "utf-8",
        "body": """庶務の皆さま

クリスマス会の軽食手配用に、申込時のアレルギー申告を集計しました。
ホテルへは「卵なし3食・小麦なし2食」のように数だけ伝えてください。
個人名は出さないようお願いします。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "csv", "name": "allergy_xmas.csv", "encoding": "utf-8",
             "rows": [
                 ["社員氏名", "子の名前", "子の生年月日", "申告内容"],
                 ["比嘉 真司", "比嘉 琴音", "2022-02-21", "卵（加熱も不可）"],
                 ["比嘉 真司", "比嘉 大翔", "2019-08-30", "なし"],
                 ["龍造寺 麻衣", "龍造寺 晴", "2023-10-13", "乳・小麦"],
                 ["鳥飼 亮平", "鳥飼 葵", "2019-12-08", "そば・ピーナッツ（アナフィラキシー歴あり）"],
                 ["設楽 千尋", "設楽 結菜", "2022-07-19", "卵・乳（エピペン持参）"],
                 ["阿久津 沙織", "阿久津 瑛太", "2022-09-02", "小麦"],
                 ["一尺八寸 萌", "一尺八寸 蒼", "2021-04-26", "えび・かに"],
                 ["猪狩 慎也", "猪狩 芽依", "2023-06-03", "なし"],
             ]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Children's allergy list in a UTF-8 CSV, sent only to an internal team.",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "hoikuen-041",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["kaiin@nannys-heart.co.jp"],
        "subject": "FW: 法人契約ベビーシッター 利用希望者（取りまとめ）",
        "charset": "iso-2022-jp",
        "body": """ナニーズハート 会員窓口 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
社内で取りまとめた利用希望者の一覧を転送いたします。
各自へのID発行をお願いできますでしょうか。

-------- 転送メッセージ --------
差出人: 真壁 里沙 <r.makabe@hinode-sangyo.co.jp>
宛先: 五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>
件名: 法人契約ベビーシッター 利用希望者（取りまとめ）

五百旗頭さん

社内ポータルの申込を締めました。6名です。

氏名, 所属, メール, 携帯
茂木 桃子, 経理部, m.motegi@hinode-sangyo.co.jp, 080-1193-5524
汐崎 直人, 営業二部, n.shiozaki@hinode-sangyo.co.jp, 070-4471-3389
漆原 友美, 情報システム部, t.urushibara@hinode-sangyo.co.jp, 090-3845-1128
喜屋武 翔, 物流企画部, s.kyan@hinode-sangyo.co.jp, 080-5529-6073
百目鬼 綾, 法務部, a.domeki@hinode-sangyo.co.jp, 090-7245-3816
仲宗根 彩, 人事部, a.nakasone@hinode-sangyo.co.jp, 070-8830-2947

よろしくお願いします。
真壁
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "A forward of an internal six-person list (e-mail, mobile) to the sitter company: the forwarded text counts.",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "hoikuen-042",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["ナニーズハート 法人営業 <hojin@nannys-heart.co.jp>"],
        "subject": "法人会員向け料金の確認",
        "charset": "shift_jis",
        "body": """ナニーズハート 法人営業ご担当者様

お世話になっております。日の出産業の東海林です。
社内周知資料を作成するにあたり、法人会員向け料金を以下のとおり理解しておりますが、
相違ないかご確認いただけますでしょうか。

　区分　　　　　　　　　　 平日(8-19時)　 早朝・夜間　　 土日祝
　------------------------ -------------- -------------- ------------
　基本料金（1時間）　　　　 2,420円　　　 2,860円　　　 2,860円
　2人目以降加算（1時間）　 　 880円　　　 　880円　　　 　880円
　入会金（法人会員）　　　　　　 0円
　交通費　　　　　　　　　　 実費（上限1,000円）

割引券（1枚4,400円）は1回の利用につき最大2枚まで、という理解で合っておりますか。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A price table, no people: passes.",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "hoikuen-043",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["minatomirai@komorebi-cc.co.jp"],
        "subject": "お迎え代理人の登録（本人確認書類の情報）",
        "charset": "iso-2022-jp",
        "body": """こもれび保育園 みなとみらい園 ご担当者様

お世話になっております。日の出産業の真壁です。
薬師寺さん（湊くんの保護者）から、お迎え代理人の登録について依頼がありました。
園の規定により本人確認書類の情報が必要とのことですので、お送りします。

　代理人氏名：薬師寺 タエ（祖母）
　生年月日　：昭和３１年９月２２日
　住所　　　：神奈川県横浜市青葉区美しが丘２－１９－４
　本人確認　：運転免許証　第 ３０１９０４５２７８３０ 号

当日は免許証の原本をお持ちするとのことです。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "A driver's licence number (full-width digits) of a pick-up proxy sent to the nursery.",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "hoikuen-044",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 設楽様 <shitara@nishiki-insatsu.co.jp>"],
        "subject": "両立支援ハンドブック 入稿データ",
        "charset": "utf-8",
        "body": """錦印刷 設楽様

いつもお世話になっております。日の出産業の小此木です。
両立支援ハンドブック（A5・16ページ）の入稿データをZIPでお送りします。

・本文原稿（Word）
・提携保育園の料金表（Excel）
・表紙案（PDF）

初校は2月14日頃にいただけると助かります。部数は800部でお願いします。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "zip", "name": "handbook_nyuko.zip", "files": [
                {"kind": "docx", "name": "本文原稿.docx",
                 "paragraphs": ["第1章 妊娠がわかったら", "第2章 育児休業と給付",
                                "第3章 保育園の探し方と提携園の利用", "第4章 ベビーシッター割引券",
                                "問い合わせ先：総務部 両立支援グループ（内線2315）"]},
                {"kind": "xlsx", "name": "提携園料金表.xlsx", "sheets": {"料金": [
                    ["園名", "0歳児", "1歳児", "2歳児", "延長(30分)"],
                    ["こもれび保育園 みなとみらい園", 37100, 37100, 37100, 300],
                    ["にじいろキッズガーデン 日吉", 35000, 35000, 33000, 250],
                    ["どんぐりの森保育園 武蔵小杉", 36500, 36500, 34000, 300]]}},
                {"kind": "pdf", "name": "表紙案.pdf",
                 "lines": ["仕事と育児の両立支援ハンドブック 2025", "日の出産業株式会社 総務部"]},
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Open ZIP of a handbook draft, a price table and a cover: no people, no marking.",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "hoikuen-045",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["漆間 様 <urushima@sukoyaka-kyushoku.co.jp>"],
        "subject": "4月入園児の給食対応（宗教上の配慮）",
        "charset": "utf-8",
        "body": """すこやか給食サービス
栄養士 漆間様

お世話になっております。日の出産業の五百旗頭です。
4月からこもれび保育園に入園する当社社員のお子さんについて、
園長の汐見様から給食業者様へ直接相談するよう言われましたのでご連絡します。

　児童：ラフマン アイシャ ちゃん（1歳児クラス）
　保護者：ラフマン ファイサル（当社 技術開発部）

ご家庭がイスラム教を信仰されており、豚肉・豚由来のエキス・ゼラチン、
アルコールを含む調味料を除去したハラール対応をご希望です。
代替食のご対応が可能か、ご検討いただけますでしょうか。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named family's religion, tied to a child, sent to the caterer: 要配慮個人情報 (信条).",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "hoikuen-046",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["汐見 千尋 <shiomi@komorebi-cc.co.jp>", "乙部 崇 <otobe.takashi@outlook.jp>"],
        "subject": "入園面談の件：園長と乙部さんをおつなぎします",
        "charset": "iso-2022-jp",
        "body": """汐見園長
乙部さん

お世話になっております。日の出産業 福利厚生課の真壁です。

乙部さんは現在育休中のため、個人アドレスを入れさせていただきました。
面談日程の調整は、以降お二人で直接やり取りいただけますと幸いです。
（私はこのスレッドから外れますので、必要があればまたご連絡ください）

汐見園長、乙部さんは4月から1歳児クラスに入園予定の澪ちゃんのお父さまです。
どうぞよろしくお願いいたします。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "Two external parties (the nursery and one private person): a normal introduction mail.",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "hoikuen-047",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
        "subject": "託児室の追加予約（12/21 夕方の部）",
        "charset": "shift_jis",
        "body": """さくらホテル 宴会予約ご担当様

いつもお世話になっております。日の出産業の東海林です。
12月21日のクリスマス会について、託児室の夕方の部（17:00～20:00）を
追加で予約させていただけますでしょうか。
人数はお子様6名、保育スタッフ2名の想定です。

お見積りをいただけますと幸いです。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotel.co.jp is a TLD swap of the partner domain sakura-hotel.jp.",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "hoikuen-048",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 伊集院様 <ijuin@tsubasa-system.jp>"],
        "subject": "抽選結果データの取込依頼（テスト環境）",
        "charset": "utf-8",
        "body": """伊集院様

お世話になっております。日の出産業の東海林です。
本番移行前の取込テスト用に、今年度の抽選結果をWordの表でお送りします。
本来はCSVでお渡しすべきところ、システム部の手が空かず申し訳ありません。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "抽選結果_R7.docx",
             "paragraphs": ["令和7年度 提携保育園 従業員枠 抽選結果", "（結果区分 A=内定 B=補欠）"],
             "tables": [[
                 ["社員番号", "氏名", "メールアドレス", "児童生年月日", "希望園", "結果"],
                 ["H12044", "舘林 陽介", "y.tatebayashi@hinode-sangyo.co.jp", "2023/04/18", "こもれび", "A"],
                 ["H10482", "阿久津 沙織", "s.akutsu@hinode-sangyo.co.jp", "2022/09/02", "こもれび", "A"],
                 ["H12633", "我那覇 剛", "t.ganaha@hinode-sangyo.co.jp", "2024/01/27", "こもれび", "A"],
                 ["H11058", "漆原 友美", "t.urushibara@hinode-sangyo.co.jp", "2023/07/07", "にじいろ", "A"],
                 ["H12771", "喜屋武 翔", "s.kyan@hinode-sangyo.co.jp", "2022/12/25", "こもれび", "A"],
                 ["H12087", "龍造寺 麻衣", "m.ryuzoji@hinode-sangyo.co.jp", "2023/10/13", "どんぐり", "A"],
                 ["H12805", "汐崎 直人", "n.shiozaki@hinode-sangyo.co.jp", "2024/03/03", "こもれび", "B"],
                 ["H10399", "茂木 桃子", "m.motegi@hinode-sangyo.co.jp", "2022/06/30", "にじいろ", "A"],
                 ["H11942", "百目鬼 綾", "a.domeki@hinode-sangyo.co.jp", "2024/11/19", "どんぐり", "B"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "DOCX table of nine employees with e-mail and children's DOB to the system vendor: a list.",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "hoikuen-049",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["hatoyama@komorebi-cc.co.jp"],
        "subject": "従業員枠の利用実績（4月～12月）",
        "charset": "iso-2022-jp",
        "body": """鳩山様

お世話になっております。真壁です。
契約更新のご検討用に、従業員枠の月別利用実績をExcelでお送りします。
人数のみの集計で、個人が特定される情報は含めておりません。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "xlsx", "name": "従業員枠_利用実績_R6.xlsx",
             "sheets": {
                 "月別": [
                     ["従業員枠 利用実績（令和6年4月～12月）"],
                     ["月", "0歳児", "1歳児", "2歳児", "計", "空き枠"],
                     ["4月", 1, 3, 3, 7, 1], ["5月", 2, 3, 3, 8, 0], ["6月", 2, 3, 3, 8, 0],
                     ["7月", 2, 3, 2, 7, 1], ["8月", 2, 3, 2, 7, 1], ["9月", 2, 3, 3, 8, 0],
                     ["10月", 2, 3, 3, 8, 0], ["11月", 2, 2, 3, 7, 1], ["12月", 2, 2, 3, 7, 1],
                 ],
                 "延長保育": [["月", "延べ利用回数"], ["4月", 22], ["5月", 31], ["6月", 28]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Monthly counts only, no individuals.",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "hoikuen-050",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["chine@nijiiro-kids.jp"],
        "subject": "【至急】お迎え・問い合わせ対応についてのお願い（漆原さん）",
        "charset": "utf-8",
        "body": """茅根様

日の出産業の小此木です。急ぎのお願いでご連絡いたしました。

にじいろ組の 漆原 碧くんのお母様（当社社員 漆原 友美さん）は、
元配偶者からのDV被害により、現在保護命令が出ている状況です。
元配偶者が園に来る、または電話で在籍を問い合わせる可能性がありますので、
お迎えは友美さんと祖母の2名に限定し、在籍の有無も含めて
一切回答しないようお願いできますでしょうか。

詳細はご本人が明日の登園時に園長先生へ直接ご説明するとのことです。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee being a DV victim (crime victim) is disclosed to the nursery.",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "hoikuen-051",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["社会保険手続センター <shaho-center@mail.hinode-sangyo.co.jp>"],
        "subject": "育児休業等取得者申出書（社保免除）作成依頼：仲宗根 彩",
        "charset": "iso-2022-jp",
        "body": f"""社会保険手続センター 御中

給与厚生チームの勅使河原です。
育児休業開始に伴う社会保険料免除の申出書作成をお願いします。

　被保険者氏名：仲宗根 彩（なかそね あや）
　生年月日　　：平成２年８月１７日
　個人番号　　：{my_number(SEED + 9)}
　育休期間　　：令和7年1月6日～令和7年10月27日
　養育する子　：仲宗根 悠真（令和6年10月28日生）

年金事務所への電子申請は1月10日までにお願いします。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "A My Number sent to an internal subdomain (mail.hinode-sangyo.co.jp): internal, passes.",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "hoikuen-052",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["病児保育室ぽかぽか <pokapoka@yokokai-clinic.or.jp>"],
        "subject": "法人契約による事前登録者の送付",
        "charset": "shift_jis",
        "body": """医療法人社団 陽光会
病児保育室ぽかぽか ご担当者様

いつもお世話になっております。日の出産業 総務部の小此木です。
法人契約に基づく事前登録者を、以下のとおりお送りいたします。
（Excelから貼り付けたため、見づらい点はご容赦ください）

児童氏名	生年月日	保護者氏名	住所	電話
鳥飼 葵	H31.4.8	鳥飼 亮平	神奈川県横浜市神奈川区白楽118-2	070-9915-0338
比嘉 大翔	R1.8.30	比嘉 真司	神奈川県横浜市港北区大倉山5-31-9	090-8204-1156
一尺八寸 蒼	R3.4.26	一尺八寸 萌	神奈川県横浜市緑区中山町302-14	080-7718-2290
雲母 紗良	R2.11.3	雲母 隆之	神奈川県横浜市鶴見区鶴見中央4-16-1-1102	070-6693-0152
月見里 ほのか	R3.1.15	月見里 剛士	神奈川県川崎市川崎区砂子2-7-3	080-4427-6619
八月一日 暖	R4.5.5	八月一日 円香	神奈川県横浜市神奈川区鶴屋町1-9-40	070-1302-9948

利用時は保護者から直接お電話でご予約いたします。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Tab-separated six children with 和暦 DOB, addresses and phones to the sick-child care room.",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "hoikuen-053",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["hoiku@city.wakabadai.lg.jp"],
        "subject": "施設等利用給付認定申請書（写）の送付について",
        "charset": "utf-8",
        "body": """若葉台市 保育課 ご担当者様

いつもお世話になっております。日の出産業の五百旗頭です。
お電話でお話しした件、社員の比嘉から預かった申請書の写しをPDFでお送りします。
原本は本人が郵送済みです。受付状況をご確認いただけますと幸いです。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "pdf", "name": "給付認定申請書_写_比嘉.pdf",
             "title": "施設等利用給付認定申請書（写）",
             "lines": ["子育てのための施設等利用給付認定 申請書（写）",
                       "若葉台市長 殿　　　　　　　　　　申請日：令和6年12月2日"],
             "table": [
                 ["区分", "氏名", "生年月日", "個人番号", "住所"],
                 ["保護者", "比嘉 真司", "昭和63年3月9日", my_number(SEED + 10),
                  "神奈川県横浜市港北区大倉山5-31-9"],
                 ["保護者", "比嘉 祥子", "平成2年1月24日", my_number(SEED + 11), "同上"],
                 ["児童", "比嘉 琴音", "令和4年2月21日", my_number(SEED + 13), "同上"],
             ]},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF with three family members' My Numbers sent to the city by e-mail.",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "hoikuen-054",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["九十九 航平 <tsukumo.kohei@yahoo.co.jp>"],
        "subject": "RE: 紬の入園時期についてのご相談",
        "charset": "shift_jis",
        "body": """九十九さん

ご連絡ありがとうございます。福利厚生課の真壁です。
入園時期を5月に後ろ倒しすることは可能です。園には私から伝えておきます。
枠は確保したままになりますので、ご安心ください。
まずはお大事になさってください。

-----Original Message-----
From: 九十九 航平 <tsukumo.kohei@yahoo.co.jp>
Sent: Monday, March 3, 2025 8:12 AM
To: 真壁 里沙
Subject: 紬の入園時期についてのご相談

真壁さん

育休中の九十九です。私用アドレスから失礼します。
紬が先週RSウイルスで入院し、今週退院の予定です。
小児科の先生からは1か月ほど集団生活を控えるよう言われており、
4月1日の入園を5月にずらせないかご相談させてください。

九十九 航平
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "Reply to one private person; the child's illness is only in the quoted original that the recipient wrote.",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "hoikuen-055",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["urushima@sukoyaka-kyushoku.co.jp"],
        "subject": "4月新入園児 除去食対応表（3名）",
        "charset": "iso-2022-jp",
        "body": """漆間様

お世話になっております。五百旗頭です。
4月から除去食が必要な3名分の対応表をExcelにまとめました。
献立作成時にご参照ください。医師の指示書の写しは園で保管しています。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "xlsx", "name": "除去食対応表_R7-4.xlsx",
             "sheets": {
                 "対応表": [
                     ["こもれび保育園 みなとみらい園　除去食対応表（令和7年4月～）"],
                     ["児童氏名", "クラス", "生年月日", "診断名", "除去品目", "備考"],
                     ["設楽 結菜", "1歳児", "R4.7.19", "食物アレルギー（即時型）", "鶏卵・牛乳",
                      "エピペン処方あり"],
                     ["阿久津 瑛太", "2歳児", "R4.9.2", "小麦アレルギー", "小麦", "しょうゆ可"],
                     ["喜屋武 ひなた", "1歳児", "R4.12.25", "アトピー性皮膚炎・卵アレルギー",
                      "鶏卵", "加熱卵も不可"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Three named children's diagnoses and allergies to the caterer: sensitive data, even under five rows.",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "hoikuen-056",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 柚木先生 <yuzuki@shirakawa-Iaw.jp>"],
        "subject": "保育所共同利用契約書（案）のリーガルチェックのお願い",
        "charset": "utf-8",
        "body": """白川法律事務所
弁護士 柚木先生

いつもお世話になっております。日の出産業の小此木です。
こもれびチャイルドケア社との保育所共同利用契約書（案）について、
リーガルチェックをお願いできますでしょうか。

特に第9条（事故発生時の責任分担）と第14条（中途解約）を重点的に
ご確認いただきたく存じます。ご回答は2月末までに頂戴できますと幸いです。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "docx", "name": "保育所共同利用契約書_案_v3.docx",
             "paragraphs": ["保育所共同利用契約書（案）",
                            "日の出産業株式会社（以下「甲」）とこもれびチャイルドケア株式会社（以下「乙」）は、"
                            "乙が運営する企業主導型保育施設の共同利用に関し、次のとおり契約を締結する。",
                            "第9条（事故発生時の責任分担）", "第14条（中途解約）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-Iaw.jp uses a capital I for the l of the partner domain shirakawa-law.jp (homoglyph).",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "hoikuen-057",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["jigyo@kodomo-shien.or.jp"],
        "subject": "未使用割引券の返送について（簡易書留）",
        "charset": "iso-2022-jp",
        "body": """こども家庭支援サービス協会 事業部 御中

お世話になっております。日の出産業の東海林です。
年度末で使用期限を迎える未使用の割引券を本日返送いたしました。

　発送方法：簡易書留
　お問い合わせ番号：1234-5678-9012-3
　返送枚数：17枚（券番号 B24-0031201 ～ B24-0031217）

到着後、受領のご連絡をいただけますと幸いです。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Tracking and voucher serial numbers only.",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "hoikuen-058",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["kanda@wld-lab.co.jp"],
        "subject": "来期 両立支援施策の予算案",
        "charset": "utf-8",
        "body": """神田様

お世話になっております。勅使河原です。
来期の両立支援施策の予算案をお送りします。
ベンチマークとの比較コメントをいただけますと助かります。
""" + SIG_TESHIGAWARA,
        "attachments": [
            {"kind": "xlsx", "name": "両立支援_予算案_FY25.xlsx", "page_header": "部外秘",
             "sheets": {
                 "予算案": [
                     ["部外秘　FY2025 両立支援施策 予算案（人事部）"],
                     ["施策", "FY24実績", "FY25案", "増減"],
                     ["提携保育園 枠確保料", 4608000, 4320000, -288000],
                     ["保育料補助", 7920000, 10560000, 2640000],
                     ["ベビーシッター割引券 事業負担金", 792000, 1584000, 792000],
                     ["病児保育 法人契約", 360000, 480000, 120000],
                 ],
                 "前提": [["前提", "対象社員数 FY25見込 44名（FY24 33名）"]],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The XLSX is stamped 部外秘 (page header and title row) and goes to an external consultant.",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "hoikuen-059",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["スタジオひなた 撮影担当 <satsuei@studio-hinata.jp>"],
        "subject": "社員家族フォトデー 名札作成用の参加者",
        "charset": "utf-8",
        "body": """スタジオひなた ご担当者様

お世話になっております。日の出産業の小此木です。
3月のフォトデーで使う名札用に、参加するお子さんの名前をお送りします。
（ひらがなで名札に入れていただけますでしょうか）

・ひが ことね（2さい）
・りゅうぞうじ はる（1さい）
・とりかい あおい（5さい）
・しだら ゆいな（2さい）
・かまつか あお（3さい）
・もぎ りく（2さい）

撮影順は当日受付順でお願いします。
""" + SIG_OKONOGI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Six children's kana names with ages only, no contact data: a list of people or harmless name tags, arguable.",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "hoikuen-060",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["proposals@carebridge.jp", "sales@kinderlink.com", "bd@sproutbenefits.co.jp"],
        "subject": "RFP: Family support benefit programme 2025 - clarification session",
        "charset": "utf-8",
        "body": """Dear all,

Thank you for your interest in our RFP for the 2025 family support benefit programme
(childcare place brokerage, sitter vouchers and a parent helpdesk).

We will hold a single online clarification session for all bidders:
  Date:  Wednesday 22 January, 16:00-17:00 JST
  Link:  will be sent the day before

Please send any written questions by 20 January. Answers will be shared with all bidders
without identifying who asked.
""" + SIG_URUSHIBARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Three competing vendors in To can see each other: should have been Bcc.",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "hoikuen-061",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["両立支援グループ <ryoritsu@hinode-sangyo.co.jp>"],
        "subject": "FW: こもれび通信 2月号",
        "charset": "iso-2022-jp",
        "body": """両立支援グループの皆さま

園のお便りが届いたので共有します。節分の行事と保護者会の日程が載っています。
社内ポータルの「提携園だより」にも掲載しておきます。

真壁

-------- Original Message --------
Subject: こもれび通信 2月号
Date: Fri, 31 Jan 2025 16:05:11 +0900
From: こもれび保育園 みなとみらい園 <minatomirai@komorebi-cc.co.jp>
To: 提携企業ご担当者様

こもれび通信 2月号

・2/3（月）節分の集い　各クラスで豆まきをします（豆は使わず紙の玉です）
・2/15（土）保護者会　10:00～11:30
・2/24（月・祝）休園日
・インフルエンザが流行しています。登園前の検温にご協力ください。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Internal forward of a nursery newsletter.",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "hoikuen-062",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["banquet@sakura-hotel.jp"],
        "subject": "FW: 託児室 前払い金のお支払いについて",
        "charset": "utf-8",
        "body": """さくらホテル 宴会予約ご担当様

お世話になっております。日の出産業の東海林です。
託児室の前払い金について、今回は社員が個人のカードで立替払いをすることになりました。
本人からのメールを添付で転送しますので、決済をお願いいたします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "eml", "name": "託児室前払い_決済カード.eml", "message": {
                "sender": "比嘉 真司 <s.higa@hinode-sangyo.co.jp>",
                "to": ["東海林 美保 <m.shoji@hinode-sangyo.co.jp>"],
                "subject": "託児室の前払い、私のカードでお願いします",
                "charset": "utf-8",
                "body": f"""東海林さん

託児室の前払い金（16,500円）は私のカードで払います。ホテルに伝えてください。

カード番号 {card_number(SEED + 12)}
有効期限 11/27
名義 SHINJI HIGA

比嘉
""",
            }},
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A forwarded mail (attached .eml) carries an employee's credit card number to the hotel.",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "hoikuen-063",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 柚木先生 <yuzuki@shirakawa-law.jp>"],
        "subject": "Re: 共同利用契約書 ご指摘事項の反映",
        "charset": "shift_jis",
        "body": """柚木先生

ご指摘ありがとうございました。小此木です。
第9条の責任分担と、新たに設けた第11条（機密保持）を修正した版をお送りします。
機密保持条項は、先生のご提案どおり園児情報の目的外利用禁止を明記しました。

再度ご確認いただけますでしょうか。

> 第9条の「重大な過失がある場合を除き」は削除を推奨します。
> また、園児・保護者の個人情報の取扱いについて、機密保持条項を別に設けるべきです。
> 柚木
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "docx", "name": "保育所共同利用契約書_案_v4.docx",
             "paragraphs": ["保育所共同利用契約書（案）v4",
                            "第9条（事故発生時の責任分担）乙は、保育中の事故について、乙の責に帰すべき事由による場合に責任を負う。",
                            "第11条（機密保持）甲及び乙は、本契約に関して知り得た相手方の情報及び園児・保護者の個人情報を、"
                            "本契約の目的以外に利用してはならない。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A contract draft whose 機密保持 clause is content, not a marking; correct partner domain.",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "hoikuen-064",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["ugajin@komorebi-cc.co.jp"],
        "subject": "保護者会 出欠表",
        "charset": "iso-2022-jp",
        "body": """宇賀神様

お世話になっております。五百旗頭です。
2月15日の保護者会について、当社社員の出欠を取りまとめました。
添付のExcelをご確認ください。
""" + SIG_IOKIBE,
        "attachments": [{"kind": "corrupt", "name": "保護者会_出欠表.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The XLSX attachment is corrupt and cannot be inspected.",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "hoikuen-065",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 八木橋様 <yagihashi@midori-ginko.co.jp>"],
        "subject": "12月 保育料補助 総合振込データ（確認用）",
        "charset": "utf-8",
        "body": """八木橋様

いつもお世話になっております。日の出産業の勅使河原です。
先月の組戻しの件ではお手数をおかけしました。
今月分はインターネットバンキングでの伝送前に、念のため振込先一覧をPDFでお送りします。
口座の有効性をご確認いただけますでしょうか。
""" + SIG_TESHIGAWARA,
        "attachments": [
            {"kind": "pdf", "name": "保育料補助_振込先_202412.pdf",
             "lines": ["令和6年12月分 保育料補助 振込先一覧", "振込指定日：令和6年12月25日"],
             "table": [
                 ["受取人（カナ）", "金融機関", "支店", "種目", "口座番号", "金額"],
                 ["アクツ サオリ", "みどり銀行", "関内", "普通", "2048813", "30,000"],
                 ["イガリ シンヤ", "みどり銀行", "日吉", "普通", "1175520", "18,500"],
                 ["ハスミ ナオ", "ゆうちょ銀行", "〇二八", "普通", "3390417", "30,000"],
                 ["タテバヤシ ヨウスケ", "みどり銀行", "本店営業部", "普通", "6601382", "22,000"],
                 ["アサヒナ リエ", "横浜中央信用金庫", "鶴見", "普通", "0457729", "30,000"],
                 ["ジングウジ リョウ", "みどり銀行", "港北", "普通", "5513906", "27,400"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "PDF table of six employees' bank accounts to the partner bank: a list of people.",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "hoikuen-066",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["ijuin@tsubasa-system.jp"],
        "subject": "施設マスタ（提携園）の更新データ",
        "charset": "iso-2022-jp",
        "body": """伊集院様

お世話になっております。東海林です。
予約システムの施設マスタ更新用CSVをお送りします。
どんぐりの森保育園 新横浜を追加し、病児保育室の受付時間を修正しています。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "csv", "name": "facility_master_20250201.csv", "encoding": "cp932",
             "rows": [
                 ["施設コード", "施設名", "郵便番号", "所在地", "電話", "受付時間"],
                 ["F001", "こもれび保育園 みなとみらい園", "220-0012", "横浜市西区みなとみらい4-6-2", "045-228-7150", "7:00-20:00"],
                 ["F002", "こもれび保育園 関内園", "231-0012", "横浜市中区相生町3-52", "045-228-7160", "7:00-20:00"],
                 ["F003", "にじいろキッズガーデン 日吉", "223-0061", "横浜市港北区日吉2-1-18", "045-560-3321", "7:30-19:30"],
                 ["F004", "どんぐりの森保育園 武蔵小杉", "211-0063", "川崎市中原区小杉町1-403", "044-711-2086", "7:00-19:00"],
                 ["F005", "どんぐりの森保育園 新横浜", "222-0033", "横浜市港北区新横浜3-9-5", "045-470-1193", "7:00-19:00"],
                 ["F006", "病児保育室ぽかぽか", "221-0835", "横浜市神奈川区鶴屋町2-24-1", "045-324-8819", "8:00-18:00"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A facility master (businesses with addresses and phones), not people.",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "hoikuen-067",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["minatomirai@komorebi-cc.co.jp"],
        "subject": "Re: 午睡時の吸入について",
        "charset": "utf-8",
        "body": """ご担当者様

お問い合わせの件、保護者の龍造寺さんに確認しました。真壁です。

晴くん（ひよこ組）は、昨年秋に小児科で気管支喘息と診断されており、
毎日朝晩の吸入ステロイド（フルタイド）と、発作時の頓用吸入薬が処方されています。
園での吸入は発作時のみで、午睡時の定時吸入は不要とのことです。
主治医の指示書は来週月曜に保護者が持参します。

よろしくお願いいたします。

On 2025/01/22 11:03, こもれび保育園 みなとみらい園 wrote:
> 日の出産業 真壁様
> ひよこ組の保護者様から吸入器をお預かりしました。
> 午睡時にも使用が必要か、保護者様にご確認いただけますか。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "The new reply text states a named child's asthma diagnosis and medication to the nursery.",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "hoikuen-068",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["kaiin@nannys-heart.co.jp"],
        "subject": "法人会員 追加登録（2名）",
        "charset": "shift_jis",
        "body": """ナニーズハート 会員窓口 ご担当者様

いつもお世話になっております。日の出産業の五百旗頭です。
法人会員として、以下2名の追加登録をお願いいたします。

（１）月見里 剛士　　y.tsuyoshi@hinode-sangyo.co.jp　０８０－４４２７－６６１９
（２）八月一日 円香　m.hozumi@hinode-sangyo.co.jp　　０７０－１３０２－９９４８

登録完了のご連絡はご本人宛にお願いします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Two employees' contact records to the sitter company: under five people, may warn.",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "hoikuen-069",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 商品開発部 <kaihatsu@kitaguni-food.co.jp>"],
        "subject": "保育園給食向け 冷凍離乳食の試食会について",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社 商品開発部 御中

いつもお世話になっております。日の出産業の小此木です。
先日ご紹介いただいた保育園給食向けの冷凍離乳食について、
提携園の園長先生方にも試食いただく機会を設けたいと考えております。

3月上旬で、弊社の会議室にて1時間程度を想定しております。
サンプルのご提供が可能か、ご検討いただけますでしょうか。
""" + SIG_OKONOGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops the s of the partner domain kitaguni-foods.co.jp.",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "hoikuen-070",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["admissions@mapleleaf-preschool.com"],
        "subject": "Re: Enrolment documents for Lucas",
        "charset": "utf-8",
        "body": """Dear Ms. Carter,

Thank you for confirming the place for April. The parents asked me to send the remaining
details for the enrolment form while they are still in transit.

  Child:             Lucas Bergström-Ito
  Date of birth:     14 May 2021
  Passport (Sweden): 91736458  / Japanese passport: TZ4810736
  Parent:            Erik Bergström, passport no. AA5519302

Copies of the passports will be handed over at the orientation on 28 March.

On Tue, Feb 4, 2025 at 9:41 AM Emma Carter <admissions@mapleleaf-preschool.com> wrote:
> Could you send us the child's passport numbers for the enrolment form?
""" + SIG_URUSHIBARA,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Passport numbers of a child and parent sent to an external preschool (English).",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "hoikuen-071",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["鰐淵 由香里 <wanibuchi.yukari@icloud.com>"],
        "subject": "就労証明書の郵送について",
        "charset": "iso-2022-jp",
        "body": """鰐淵さん

お疲れさまです。人事部の真壁です。
ご依頼の就労証明書（市提出用）を作成しました。
ご指定いただいたご自宅（神奈川県川崎市中原区今井南町12-3）宛に、
本日普通郵便で発送しています。2～3日で届くと思います。

届かない場合はご連絡ください。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One private recipient, told her own home address: the recipient's own data, passes.",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "hoikuen-072",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["どんぐりの森保育園 新横浜 <shinyokohama@donguri-mori.co.jp>"],
        "subject": "一時保育 事前登録（日の出産業）",
        "charset": "utf-8",
        "body": """どんぐりの森保育園 新横浜 ご担当者様

お世話になっております。日の出産業の小此木です。
一時保育の事前登録を希望する社員の情報をZIPでお送りします。
中身はCSV（UTF-8）1ファイルです。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "zip", "name": "ichiji_touroku.zip", "files": [
                {"kind": "csv", "name": "一時保育_登録希望.csv", "encoding": "utf-8",
                 "rows": [
                     ["保護者氏名", "児童氏名", "児童生年月日", "住所", "電話"],
                     ["鬼頭 雄大", "鬼頭 詩", "2024-11-06", "神奈川県横浜市港北区新横浜2-14-27-908", "090-2573-4418"],
                     ["百目鬼 綾", "百目鬼 蒼", "2024-11-19", "神奈川県横浜市港北区篠原町1121", "090-7245-3816"],
                     ["汐崎 直人", "汐崎 こはる", "2024-03-03", "神奈川県横浜市保土ケ谷区岩間町2-9-15", "070-4471-3389"],
                     ["蓮見 奈緒", "蓮見 大和", "2023-08-12", "神奈川県横浜市港北区大豆戸町88-5", "080-2936-4410"],
                     ["朝比奈 理恵", "朝比奈 律", "2021-10-04", "神奈川県横浜市港北区日吉本町3-14-7", "070-8182-5533"],
                 ]},
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "An open ZIP holding a UTF-8 CSV of five families with addresses and phones.",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "hoikuen-073",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["chine@nijiiro-kids.jp"],
        "subject": "見学時にお預かりした資料の件",
        "charset": "shift_jis",
        "body": """茅根様

先日は見学のお時間をいただき、ありがとうございました。日の出産業の東海林です。

見学の際に「社外秘の資料は持ち帰れない」とのお話がありましたが、
いただいたパンフレットと料金表以外はお預かりしておりませんのでご安心ください。
社内では、いただいた公開資料のみを使って周知いたします。

引き続きよろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The word 社外秘 is only mentioned in passing, not a classification of this mail.",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "hoikuen-074",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["Ken Sato <ken.sato@carebridge.jp>"],
        "subject": "Our current family support scheme - background for your proposal",
        "charset": "utf-8",
        "body": """Dear Mr. Sato,

As discussed, please find attached a short paper describing how our current family support
scheme works and where we see gaps. It should help you tailor your proposal.
""" + SIG_URUSHIBARA,
        "attachments": [
            {"kind": "docx", "name": "Family_Support_Scheme_Background.docx",
             "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
             "paragraphs": ["Family Support Scheme - Background Paper",
                            "1. Partner nursery places: 15 employee places in three nurseries.",
                            "2. Childcare subsidy: up to JPY 30,000 per month per child under 3.",
                            "3. Gaps: evening care after 20:00, sick-child care capacity, sitter availability on weekends.",
                            "4. Budget envelope FY2025: JPY 17m."]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX footer classifies the paper Confidential / Internal Only; sent to an external bidder.",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "hoikuen-075",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["chine@nijiiro-kids.jp"],
        "subject": "送迎代理人届（漆原さん・3名）",
        "charset": "utf-8",
        "body": """茅根様

お世話になっております。真壁です。
先日の件を受け、漆原さんから送迎代理人届（3名分）を預かりましたのでPDFでお送りします。
記載以外の方が来られた場合は、お引き渡しをしないようお願いいたします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "pdf", "name": "送迎代理人届_漆原.pdf",
             "lines": ["送迎代理人届", "児童氏名：漆原 碧（にじいろ組）", "保護者：漆原 友美"],
             "table": [
                 ["代理人氏名", "続柄", "連絡先"],
                 ["漆原 静江", "祖母", "045-581-2294"],
                 ["漆原 悟", "祖父", "090-6618-3072"],
                 ["舟橋 真由", "叔母", "080-4490-7715"],
             ]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three pick-up proxies with phone numbers (under five people); may warn.",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "hoikuen-076",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["大槻社会保険労務士事務所 大槻先生 <otsuki@otsuki-sr.jp>"],
        "subject": "育児休業給付金（初回）申請資料",
        "charset": "iso-2022-jp",
        "body": """大槻先生

いつもお世話になっております。日の出産業の勅使河原です。
育児休業給付金の初回申請について、下記社員の分をお願いいたします。

　氏名　　　　　　　：百目鬼 綾（どうめき あや）
　生年月日　　　　　：平成元年６月３０日
　基礎年金番号　　　：４１０２－７７３５８１
　雇用保険被保険者番号：5013-488207-4
　育休開始日　　　　：令和7年1月14日（子 百目鬼 蒼 R6.11.19生）

賃金台帳と出勤簿は明日までに共有フォルダへ格納します。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "An employee's basic pension number sent to an outside labour-law office.",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "hoikuen-077",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["accounts@mapleleaf-preschool.com"],
        "subject": "Purchase order PO-HS-25-0142 - corporate place reservation",
        "charset": "utf-8",
        "body": """Dear Accounts Team,

Please find below our purchase order for the corporate place reservation agreed with your
admissions office.

  PO number:      PO-HS-25-0142
  Description:    Corporate place reservation, 1 place, April 2025 - March 2026
  Amount:         JPY 1,320,000 (incl. consumption tax)
  Payment terms:  End of month following invoice

Kindly quote the PO number on your invoice and include your qualified invoice registration
number (T-number).
""" + SIG_URUSHIBARA + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Purchase order with a PO number and amounts; standard disclaimer.",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "hoikuen-078",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["kanda@wld-lab.co.jp"],
        "subject": "両立支援アンケート 追加ヒアリング候補者",
        "charset": "shift_jis",
        "body": """神田様

お世話になっております。勅使河原です。
アンケートで「追加ヒアリングに協力可」と回答した社員の一覧を旧形式のExcelでお送りします。
氏名は伏せていますが、連絡は直接取っていただいて構いません（本人同意済み）。
""" + SIG_TESHIGAWARA,
        "attachments": [
            {"kind": "xls", "name": "hearing_kouho.xls", "sheets": {"候補者": [
                ["回答ID", "年代", "子の年齢", "勤務形態", "メール", "電話", "住所"],
                ["Q-0012", "30代", "1歳", "時短", "q0012.hs@gmail.com", "090-3318-0274", "神奈川県横浜市青葉区荏田北1-3-5"],
                ["Q-0027", "30代", "0歳・4歳", "フル", "taro.0719@yahoo.co.jp", "080-2267-9140", "神奈川県横浜市都筑区中川中央2-6-1"],
                ["Q-0031", "40代", "2歳", "フル", "k-mama31@icloud.com", "070-1849-6603", "東京都町田市原町田4-12-8"],
                ["Q-0044", "20代", "0歳", "育休中", "hs.q44@outlook.jp", "090-5572-3381", "神奈川県川崎市宮前区宮崎2-7-19"],
                ["Q-0058", "30代", "3歳", "時短", "nico.papa58@gmail.com", "080-9130-4426", "神奈川県横浜市港南区上大岡西1-15-2"],
                ["Q-0063", "30代", "1歳・3歳", "フル", "m63.home@docomo.ne.jp", "070-3345-0918", "神奈川県横浜市戸塚区戸塚町4170"],
                ["Q-0071", "40代", "5歳", "フル", "yk.71@ezweb.ne.jp", "090-6027-5513", "神奈川県藤沢市鵠沼石上1-8-3"],
                ["Q-0085", "30代", "2歳", "時短", "q85.family@gmail.com", "080-4481-2267", "神奈川県横浜市旭区二俣川2-50"],
                ["Q-0090", "20代", "1歳", "フル", "sora.q90@icloud.com", "070-7703-3820", "神奈川県大和市中央3-2-14"],
                ["Q-0102", "30代", "0歳", "育休中", "hs102.mama@yahoo.co.jp", "090-8812-0639", "神奈川県横浜市栄区小菅ケ谷1-5-1"],
                ["Q-0117", "40代", "4歳", "フル", "p117.hs@outlook.jp", "080-1156-7734", "神奈川県川崎市麻生区万福寺1-2-2"],
                ["Q-0123", "30代", "2歳・5歳", "時短", "q123.kazoku@gmail.com", "070-2290-8451", "神奈川県横浜市緑区長津田5-4-31"],
            ]}},
        ],
        "expect": "stop",
        "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Legacy XLS with twelve people's e-mail, phone and address but no name column: still a list of people.",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "hoikuen-079",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["汐見 千尋 <shiomi@komorebi-cc.co.jp>", "漆間 <urushima@sukoyaka-kyushoku.co.jp>"],
        "cc": ["設楽 千尋 <shitara.chihiro@gmail.com>"],
        "subject": "Re: 除去食の試食について",
        "charset": "utf-8",
        "body": """汐見園長、漆間様、設楽さん

皆さまご調整ありがとうございます。五百旗頭です。
試食は2月20日（木）15時から、こもれび保育園の調理室で決まりとさせてください。
設楽さんは結菜ちゃんと一緒にお越しいただく形で大丈夫です。

> 2/20の15時でしたら、栄養士の漆間が伺えます。
> すこやか給食サービス 漆間
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "Reply-all: the nursery, the caterer and a parent's private address (three external parties) see each other.",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "hoikuen-080",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["hoiku@city.wakabadai.lg.jp"],
        "subject": "企業主導型保育施設の地域枠に関する照会",
        "charset": "shift_jis",
        "body": """若葉台市 保育課 ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の小此木です。

当社が共同利用しているこもれび保育園では、従業員枠の空きを地域枠に振り替える
運用を検討しております。市の待機児童の状況を参考にしたく、
差し支えない範囲で以下をご教示いただけますでしょうか。

　・西区／中区の令和6年4月時点 待機児童数（年齢別）
　・企業主導型の地域枠を利用した場合の、市の利用調整上の扱い

公表資料があれば、URLをお知らせいただくだけでも結構です。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Statistical inquiry to the city; no personal data.",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "hoikuen-081",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["pokapoka@yokokai-clinic.or.jp"],
        "subject": "病児保育 利用申込書（明日分）",
        "charset": "iso-2022-jp",
        "body": """病児保育室ぽかぽか ご担当者様

日の出産業の真壁です。お電話で仮予約した明日分の利用申込書をPDFでお送りします。
医師連絡票の原本は、明朝保護者がお持ちします。
""" + SIG_MAKABE,
        "attachments": [
            {"kind": "pdf", "name": "病児保育利用申込書_鳥飼.pdf",
             "lines": ["病児保育 利用申込書", "利用希望日：令和7年2月6日（木）8:30～18:00",
                       "児童氏名：鳥飼 葵（とりかい あおい）　平成31年4月8日生",
                       "保護者：鳥飼 亮平　携帯 070-9915-0338",
                       "病名（医師連絡票より）：溶連菌感染症　2月4日発症、抗菌薬内服2日目",
                       "体温：2/5朝 38.4℃　既往：熱性けいれん（1回）",
                       "アレルギー：そば・ピーナッツ"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF application with a named child's diagnosis and medical history to the sick-child care room.",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "hoikuen-082",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["chine@nijiiro-kids.jp"],
        "subject": "慣らし保育の開始日（途中入園 1名）",
        "charset": "utf-8",
        "body": """茅根様

お世話になっております。五百旗頭です。
5月から途中入園する社員のお子さんについて、慣らし保育の開始日をご相談させてください。

　児童：蓮見 大和（はすみ やまと）くん
　生年月日：２０２３年８月１２日
　希望開始日：５月７日（水）～、保護者の復職は５月１９日です

ご都合のよい開始日をお知らせいただけますと幸いです。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "One child's name and date of birth: a single record, may warn.",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "hoikuen-083",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["jigyo@kodomo-shien.or.jp"],
        "subject": "割引券の社内運用ルール（改定案）へのご意見のお願い",
        "charset": "utf-8",
        "body": """■■■■■■■■■■■■■■■■■■
■　取扱注意　社内検討資料　　　　■
■　日の出産業株式会社 総務部　　■
■■■■■■■■■■■■■■■■■■

こども家庭支援サービス協会 事業部 ご担当者様

お世話になっております。日の出産業の東海林です。
割引券の社内運用ルールの改定案です。協会のルールとの整合についてご意見をいただけますか。

1. 1人あたりの年間上限を24枚から48枚に引き上げる
2. 多胎児家庭は上限を2倍とする
3. 未使用券は翌年度への繰越不可（協会ルールどおり）
4. 不正利用が判明した場合は、当該年度の交付を停止し、懲戒の対象とする

""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The mail body is stamped 取扱注意・社内検討資料 and sent outside.",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "hoikuen-084",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["jigyo@kodomo-shien.or.jp"],
        "subject": "令和6年度 第3四半期 割引券利用実績報告",
        "charset": "shift_jis",
        "body": """こども家庭支援サービス協会 事業部 御中

お世話になっております。日の出産業の東海林です。
第3四半期（10～12月）の割引券利用実績をご報告いたします。

　月　　交付枚数　使用枚数　券番号（使用分）
　10月　　 24　　　 19　　 B24-0028801～B24-0028819
　11月　　 30　　　 27　　 B24-0029944～B24-0029970
　12月　　 30　　　 22　　 B24-0031101～B24-0031122
　計　　　 84　　　 68

利用者の内訳（人数）：0～2歳児の家庭 11世帯、3歳以上 6世帯
所定の様式は郵送にてお送りします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Aggregate usage figures and voucher serial numbers only.",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "hoikuen-085",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["register@nannys-heart.co.jp"],
        "subject": "利用者情報（4月登録分）の送付",
        "charset": "iso-2022-jp",
        "body": """ナニーズハート 登録窓口 ご担当者様

お世話になっております。日の出産業の五百旗頭です。
4月登録分の利用者情報をお送りします。
ファイルはパスワード付きZIPです。解凍パスワードは追ってお送りいたします。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "zip", "name": "nh_touroku_202504.zip", "password": "nh2504!hs",
             "files": [{"kind": "xlsx", "name": "利用者情報_4月.xlsx", "sheets": {"利用者": [
                 ["氏名", "メール", "携帯", "子の生年月日"],
                 ["茂木 桃子", "m.motegi@hinode-sangyo.co.jp", "080-1193-5524", "2022/06/30"],
                 ["喜屋武 翔", "s.kyan@hinode-sangyo.co.jp", "080-5529-6073", "2022/12/25"],
             ]}}]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Encrypted ZIP (password sent separately): cannot be inspected.",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "hoikuen-086",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["musashikosugi@donguri-mori.co.jp"],
        "subject": "4月入園 3家庭の保護者連絡先",
        "charset": "utf-8",
        "body": """どんぐりの森保育園 武蔵小杉 ご担当者様

お世話になっております。日の出産業の小此木です。
4月入園の3家庭について、ご両親それぞれの連絡先をお知らせします。

◇鰐淵家（蓮くん）
　父 鰐淵 拓也 090-5103-7789 ／ 母 鰐淵 由香里 070-3357-9812
◇我那覇家（柚希ちゃん）
　父 我那覇 剛 070-2208-7716 ／ 母 我那覇 美咲 080-6647-0391
◇宇賀神家（朔くん）
　父 宇賀神 大樹 090-4416-2258 ／ 母 宇賀神 千夏 080-3392-1174

面談日程のご連絡は、いずれも母親の携帯へお願いいたします。
""" + SIG_OKONOGI,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three household records naming six parents with phones: three records or six people, a judgement call.",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "hoikuen-087",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["Emma Carter <admissions@mapleleaf-preschool.com>"],
        "subject": "Re: Summer camp sign-ups from Hinode families",
        "charset": "utf-8",
        "body": """Dear Emma,

Thank you, the list matches our records. We have no further sign-ups to add, and the
families will pay the camp fee directly to you.

Best,
Jessica

On Mon, Jun 2, 2025 at 5:12 PM Emma Carter <admissions@mapleleaf-preschool.com> wrote:
> Dear Jessica,
> Here are the Hinode families registered for the summer camp. Could you confirm?
>
> Child              DOB          Parent phone
> Mia Okafor         2020-03-11   080-7731-2048
> Lucas Bergstrom    2021-05-14   090-2218-6640
> Hana Whitfield     2019-09-02   070-5562-1983
> Leo Nakamura       2020-12-20   080-3390-4471
> Aria Santos        2021-01-08   090-6612-0937
> Noah Kimura        2019-07-27   070-1248-5566
>
> Kind regards, Emma
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The six-child list is only in the quoted text from the recipient; the new text adds nothing.",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "hoikuen-088",
        "sender": "Jessica Urushibara <j.urushibara@hinode-sangyo.co.jp>",
        "to": ["admissions@mapleleaf-preschool.com"],
        "subject": "Hinode employees' children - autumn term applications",
        "charset": "utf-8",
        "body": """Dear Emma,

As agreed, here are the children of our overseas assignees who wish to apply for the autumn
term under our corporate arrangement.

Child name           Date of birth   Parent            Parent e-mail
-------------------  --------------  ----------------  ----------------------------
Sofia Lindqvist      2021-02-17      Anna Lindqvist    anna.lindqvist@gmail.com
Rahul Menon          2020-10-05      Priya Menon       priya.menon.yk@gmail.com
Chloe Dubois         2021-06-29      Marc Dubois       marc.dubois@outlook.jp
Ethan Park           2020-08-14      Jisoo Park        jisoo.park.jp@icloud.com
Amelia Hughes        2021-11-03      Tom Hughes        tom.hughes@hinode-sangyo.co.jp

Could you send the application forms directly to the parents?
""" + SIG_URUSHIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English padded table of five children with DOB and parents' e-mails to an external preschool.",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "hoikuen-089",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亮 <r.teshigawara@hinode-sangyo-co.jp>"],
        "subject": "保育料補助の申請書類 不備一覧",
        "charset": "shift_jis",
        "body": """勅使河原さん

お疲れさまです。真壁です。
12月分の保育料補助申請で、書類に不備があった方の一覧です。
本人への差し戻し連絡は明日行います。

・猪狩 慎也さん：領収書の宛名が配偶者（要：続柄の分かる書類）
・神宮寺 諒さん：11月分の領収書が未添付
・雲母 隆之さん：申請額が上限超過（31,200円→30,000円に修正）
・四十物 加奈さん：振込先口座の名義相違

以上です。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo-co.jp replaces the dot of the own domain with a hyphen: a look-alike, though meant for a colleague.",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "hoikuen-090",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["shinyokohama@donguri-mori.co.jp"],
        "subject": "一時保育の利用予約（2/22 社内イベント時）",
        "charset": "iso-2022-jp",
        "body": """どんぐりの森保育園 新横浜 ご担当者様

お世話になっております。日の出産業の小此木です。
2月22日（土）の社内イベント当日、以下4名の一時保育を予約させてください。
いずれも事前登録済みのお子さんです。

　鬼頭 詩　　　Ｒ６．１１．６生
　百目鬼 蒼　　Ｒ６．１１．１９生
　汐崎 こはる　Ｒ６．３．３生
　朝比奈 律　　Ｒ３．１０．４生

時間は9:00～15:00を予定しています。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Four children with 和暦 dates of birth: under five people, may warn.",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "hoikuen-091",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["musashikosugi@donguri-mori.co.jp"],
        "subject": "送迎時の駐車スペースについてのお願い",
        "charset": "utf-8",
        "body": """どんぐりの森保育園 武蔵小杉 ご担当者様

お世話になっております。日の出産業の真壁です。
4月から入園する宇賀神 朔くんのお父さま（宇賀神 大樹さん、当社社員）について、
送迎時のご配慮をお願いしたくご連絡いたしました。

大樹さんは脊髄損傷により車いすを使用しており、身体障害者手帳（1種2級）をお持ちです。
送迎は車で行うため、園の前の駐車スペースを優先的に使わせていただけないでしょうか。
ご本人からは、園にお伝えすることの了承をいただいております。
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named parent's disability (physical disability certificate) disclosed to the nursery.",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "hoikuen-092",
        "sender": "総務部 両立支援グループ <ryoritsu@hinode-sangyo.co.jp>",
        "to": ["育児中社員 <ikuji-ml@hinode-sangyo.co.jp>"],
        "subject": "両立支援だより vol.14 ― 病児保育の法人契約を拡大しました",
        "charset": "utf-8",
        "body": """育児中の社員の皆さま

両立支援だより vol.14 をお届けします。

1. 病児保育室ぽかぽか（鶴屋町）の法人契約枠を1日2名→4名に拡大しました
2. ベビーシッター割引券の申請締切：毎月10日
3. 3月の座談会：テーマ「小学校入学前後の働き方」

詳しくは社内ポータルをご覧ください。
""",
        "html": """<html><body>
<h3>両立支援だより vol.14</h3>
<ol>
<li>病児保育室ぽかぽか（鶴屋町）の法人契約枠を<b>1日2名→4名</b>に拡大しました</li>
<li>ベビーシッター割引券の申請締切：<b>毎月10日</b></li>
<li>3月の座談会：テーマ「小学校入学前後の働き方」</li>
</ol>
<p>詳しくは社内ポータルをご覧ください。<br>総務部 両立支援グループ（内線2315）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Internal newsletter in text and HTML alternatives.",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "hoikuen-093",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["shitara@nishiki-insatsu.co.jp"],
        "subject": "新制度告知ポスターの原稿（発表前）",
        "charset": "iso-2022-jp",
        "body": """錦印刷 設楽様

お世話になっております。小此木です。
4月に発表予定の新しい育児支援制度の告知ポスター原稿をPowerPointでお送りします。
社内発表前の内容のため、扱いにはご留意ください。
A2サイズで30部、3月25日納品でお見積りをお願いします。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "pptx", "name": "新制度ポスター原稿.pptx", "page_footer": "極秘 ― 4/1 社内発表まで",
             "slides": [
                 ["はぐくみサポート 2025 スタート！", "保育料補助 月4万円に拡大",
                  "ベビーシッター割引券 年48枚", "病児保育 利用料 全額会社負担"],
                 ["お問い合わせ", "総務部 両立支援グループ 内線2315"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The PPTX carries a 極秘 footer on every slide and goes to the printer.",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "hoikuen-094",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 舟木様 <funaki@kawasaki-denki.co.jp>"],
        "subject": "提携保育園の共同利用（企業間連携）についてのご相談",
        "charset": "shift_jis",
        "body": """川崎電機株式会社 人事部
舟木様

いつもお世話になっております。日の出産業の小此木です。
先日の業界団体の会合でお話しした、提携保育園の共同利用の件です。

弊社がこもれび保育園と契約している従業員枠のうち、2枠程度を
貴社の社員の方にもご利用いただく形を検討できればと考えております。
費用負担や運用の方法について、一度ご相談の場をいただけないでしょうか。

2月後半でご都合のよい日時をいくつかお知らせいただけますと幸いです。
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary business proposal to a partner company.",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "hoikuen-095",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["minatomirai@komorebi-cc.co.jp"],
        "subject": "Re: 災害時引き渡しカードの記載内容",
        "charset": "iso-2022-jp",
        "body": """ご担当者様

お待たせしました。真壁です。
未提出だった5家庭分の引き渡し者を、各保護者に確認のうえまとめました。

・薬師寺 湊　／ 薬師寺 タエ（祖母）　045-902-6613
・九十九 紬　／ 九十九 弘子（祖母）　080-7724-1096
・相良 颯太　／ 相良 真一（祖父）　　090-3368-5521
・栗花落 杏　／ 栗花落 美和子（祖母）080-6604-1972
・乙部 澪　　／ 乙部 千代（祖母）　　070-4019-8832

カードへの転記をお願いいたします。

> 真壁様
> 災害時引き渡しカードについて、以下5名分が未提出となっております。
> 薬師寺 湊、九十九 紬、相良 颯太、栗花落 杏、乙部 澪
> 引き渡し者のお名前と連絡先をお知らせください。
> こもれび保育園 みなとみらい園
""" + SIG_MAKABE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "The new reply text adds five pick-up persons with phone numbers: a list (the quote held names only).",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "hoikuen-096",
        "sender": "東海林 美保 <m.shoji@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 総務部 喜多様 <kita@aoba-unyu.co.jp>"],
        "cc": ["鳩山様 <hatoyama@komorebi-cc.co.jp>"],
        "subject": "共同利用枠 費用按分の件（青葉運輸様・こもれび様）",
        "charset": "utf-8",
        "body": """青葉運輸 喜多様
こもれびチャイルドケア 鳩山様

いつもお世話になっております。日の出産業の東海林です。
来年度から青葉運輸様にも共同利用枠に加わっていただくにあたり、
枠確保料の按分について確認させてください。

　・日の出産業：6枠（0歳2・1歳2・2歳2）
　・青葉運輸　：2枠（1歳1・2歳1）
　・請求は園から各社へ直接、という理解でよろしいでしょうか

ご確認のほどよろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Two external organisations in To/Cc (partner and nursery): a normal three-way mail.",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "hoikuen-097",
        "sender": "五百旗頭 葵 <a.iokibe@hinode-sangyo.co.jp>",
        "to": ["jigyo@kodomo-shien.or.jp"],
        "subject": "割引券 利用状況報告書（様式第3号）",
        "charset": "shift_jis",
        "body": """こども家庭支援サービス協会 事業部 御中

お世話になっております。日の出産業の五百旗頭です。
様式第3号の利用状況報告書をWordでお送りいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [{"kind": "corrupt", "name": "様式第3号_利用状況報告書.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The DOCX attachment is corrupt and cannot be inspected.",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "hoikuen-098",
        "sender": "真壁 里沙 <r.makabe@hinode-sangyo.co.jp>",
        "to": ["wanibuchi.takuya@docomo.ne.jp"],
        "subject": "入園手続きで必要な書類（ご案内）",
        "charset": "iso-2022-jp",
        "body": """鰐淵 拓也 様

日の出産業 人事部の真壁です。奥さまの由香里さんからご依頼があり、
入園手続きに必要な書類をご案内いたします。

　1. 入園申込書（園の様式）
　2. 児童票・健康調査票（園の様式）
　3. 就労証明書（ご夫婦それぞれの勤務先発行）
　4. 施設等利用給付認定通知書の写し（市から届いたもの）

由香里さんの就労証明書は当社で作成済みです。
拓也さんの分は、お勤め先でご依頼ください。
""" + SIG_MAKABE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One carrier-mail recipient; a list of forms, no records.",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "hoikuen-099",
        "sender": "小此木 健吾 <k.okonogi@hinode-sangyo.co.jp>",
        "to": ["真壁 里沙 <r.makabe@hinode-sangyo.co.jp>", "健康管理室 <kenko@hinode-sangyo.co.jp>"],
        "subject": "FW: 復職時期についてのご相談（四十物）",
        "charset": "utf-8",
        "body": """真壁さん、健康管理室の皆さま

四十物さんから相談があったので共有します。
保育園（にじいろ）の加配の件とも関係するので、面談に健康管理室も入っていただけますか。

---------- Forwarded message ---------
From: 四十物 加奈 <aimono.kana@gmail.com>
Subject: 復職時期についてのご相談

小此木さん

いつもありがとうございます。四十物です。
隼が自閉スペクトラム症と診断され、療育の通所が週2回に増えることになりました。
私自身も不眠で心療内科にかかっており、4月の復職を6月に延ばせないかご相談したいです。

四十物 加奈
""" + SIG_OKONOGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "A forward with health information of an employee and her child, but only to internal recipients.",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "hoikuen-100",
        "sender": "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>",
        "to": ["kanda@wld-lab.co.jp"],
        "subject": "管理職向け説明会のスライド（ご確認のお願い）",
        "charset": "iso-2022-jp",
        "body": """神田様

お世話になっております。勅使河原です。
3月の管理職向け説明会で使うスライドの案です。
制度の説明部分は公開済みの内容のみで構成しています。
表現でわかりにくい箇所があればご指摘ください。
""" + SIG_TESHIGAWARA,
        "attachments": [
            {"kind": "pptx", "name": "管理職説明会_両立支援.pptx",
             "slides": [
                 ["育児と仕事の両立支援 ― 管理職の皆さんへ", "制度の全体像", "部下から相談を受けたら"],
                 ["使える制度", "提携保育園の従業員枠", "保育料補助（月3万円まで）",
                  "ベビーシッター割引券", "病児保育の法人契約"],
                 ["相談を受けたときのポイント", "個人の事情は本人の同意なく共有しない",
                  "人事部 福利厚生課（内線2241）へつなぐ"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Training slides without people or markings to an outside consultant.",
    },
]
