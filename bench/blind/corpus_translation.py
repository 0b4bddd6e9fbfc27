"""Blind evaluation corpus — AREA: translation.

日の出産業株式会社 翻訳・通訳事業部: certified translations of 戸籍謄本・住民票・卒業証明書・
診断書・裁判書類 for clients; freelance translators' contracts and payments (報酬・支払調書);
interpreters dispatched to hospitals (医療通訳) and police (司法通訳); English mail with
overseas clients.  Every person, number and address is invented.  Seeds for
my_number()/card_number() start at 3001.
"""

from build import card_number, my_number


def corp_number(base12: str) -> str:
    """法人番号 (13 digits): check digit first, then the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def fw(s: str) -> str:
    """ASCII digits and hyphens → full-width (as some staff type them)."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def spaced(n: str, step: int = 4, sep: str = " ") -> str:
    return sep.join(n[i:i + step] for i in range(0, len(n), step))


H = "hinode-sangyo.co.jp"

OKAMOTO = f"岡本 沙織 <okamoto.saori@{H}>"
TODO = f"藤堂 健 <todo.ken@{H}>"
MIKAMI = f"三上 千尋 <mikami.chihiro@{H}>"
USAMI = f"宇佐美 颯 <usami.hayate@{H}>"
KURI = f"栗林 真由美 <kuribayashi.mayumi@{H}>"
DAN = f"Daniel Whitfield <d.whitfield@{H}>"
TAKAMINE = f"高嶺 由紀 <takamine.yuki@{H}>"
YAGI = f"八木橋 浩 <yagihashi.hiroshi@{H}>"

ADDR = "〒105-0013 東京都港区浜松町1-18-5 日の出産業ビル6F"

SIG_OKAMOTO = f"""
--------------------------------------------------
日の出産業株式会社 翻訳・通訳事業部 翻訳グループ
岡本 沙織（おかもと さおり）
{ADDR}
TEL 03-5472-3180（代表）／内線 6214　FAX 03-5472-3181
okamoto.saori@{H}
--------------------------------------------------"""

SIG_TODO = f"""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
翻訳・通訳事業部　通訳派遣チーム
藤堂　健
{ADDR}
TEL：03-5472-3180　携帯：070-4418-2263
Mail：todo.ken@{H}
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_MIKAMI = f"""
***
日の出産業（株） 翻訳・通訳事業部
医療通訳コーディネーター　三上 千尋
{ADDR}
直通 03-5472-3196 / FAX 03-5472-3181
mikami.chihiro@{H}
***"""

SIG_USAMI = f"""
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 翻訳・通訳事業部
リーガル翻訳・司法通訳担当　宇佐美 颯
{ADDR}
TEL 03-5472-3180（代）　内線 6230
usami.hayate@{H}
━━━━━━━━━━━━━━━━━━━━"""

SIG_KURI = f"""
-- 
日の出産業株式会社 翻訳・通訳事業部 業務管理課
栗林 真由美
〒105-0013 東京都港区浜松町1-18-5
TEL 03-5472-3180 内線6202
kuribayashi.mayumi@{H}"""

SIG_DAN = f"""
Best regards,

Daniel Whitfield
Project Manager, Translation & Interpreting Division
Hinode Sangyo Co., Ltd.
6F Hinode Sangyo Bldg., 1-18-5 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5472-3180 | Fax: +81-3-5472-3181
d.whitfield@{H}"""

SIG_TAKAMINE = f"""
------------------------------
日の出産業株式会社
翻訳・通訳事業部 課長 高嶺 由紀
TEL 03-5472-3180（代表）
takamine.yuki@{H}
------------------------------"""

SIG_YAGI = f"""
日の出産業株式会社
翻訳・通訳事業部長　八木橋 浩
{ADDR}
TEL 03-5472-3180"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use, disclosure or copying is
prohibited."""

M1 = [
    {
        "id": "translation-001",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["西園寺 章 <saionji@lingua-bridge.co.jp>"],
        "subject": "再委託先候補の翻訳者連絡先について",
        "body": f"""株式会社リンガブリッジ
西園寺様

いつもお世話になっております。日の出産業の岡本です。

先日お電話でご相談した年度末の繁忙対応の件、当社登録翻訳者のうち
今回の再委託に応じられるという方の連絡先を下記にまとめました。
条件面は各自と直接ご調整いただいて構わないとのことです。

氏名              言語      携帯             メール
----------------  --------  ---------------  ------------------------------
真壁 透子         英→日    090-3381-4627    makabe.toko@gmail.com
Lucas Ferreira    葡→日    080-2290-7715    lferreira.trad@outlook.jp
諏訪部 美智       中→日    090-5561-0834    suwabe.michi@yahoo.co.jp
阮 氏 秋 (Nguyen Thi Thu)  越→日  070-6612-3309  thu.nguyen.jp@gmail.com
鬼頭 隆之         独→日    080-4027-9951    kito.takayuki@icloud.com
白鳥 エレナ       露→日    090-7748-2106    elena.shiratori@gmail.com
----------------  --------  ---------------  ------------------------------

ご不明点があればお知らせください。
よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six freelance translators' mobiles and e-mails in a padded table to an outside agency",
    },
    {
        "id": "translation-002",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": ["医療福祉相談室 <iryo-soudan@jonan-hospital.or.jp>"],
        "subject": "【医療通訳】11月第2週 派遣シフト表",
        "body": f"""城南総合病院
医療福祉相談室 御中

いつもお世話になっております。日の出産業の三上でございます。
11月第2週の医療通訳者の派遣シフトをお送りします。
当日の急な変更は各通訳者の携帯へ直接ご連絡ください。

日付	時間帯	言語	通訳者	携帯
11/10(月)	9:00-12:00	中国語	王 麗華	090-2217-6843
11/10(月)	13:00-17:00	ベトナム語	ファン・ティ・ラン	080-3345-9120
11/11(火)	9:00-12:00	英語	樋渡 梓	070-5581-2297
11/12(水)	9:00-17:00	ポルトガル語	Ana Paula Kimura	090-8862-4410
11/13(木)	13:00-17:00	ネパール語	グルン・ビシャル	080-1179-5536
11/14(金)	9:00-12:00	タガログ語	Maricel Dizon	070-2290-6718

以上、よろしくお願いいたします。
{SIG_MIKAMI}""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated shift table: six interpreters' names and mobiles to a hospital",
    },
    {
        "id": "translation-003",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": KURI,
        "to": ["法人営業部 振込受付 <furikomi-uketsuke@midori-ginko.co.jp>"],
        "subject": "総合振込データ送付（10月分 翻訳者報酬）",
        "body": f"""みどり銀行 法人営業部
振込受付ご担当者様

いつもお世話になっております。
日の出産業株式会社 翻訳・通訳事業部の栗林です。

10月分の翻訳者報酬の総合振込データ（CSV）を添付いたします。
振込指定日は11月25日でお願いいたします。件数は8件です。

何卒よろしくお願い申し上げます。
{SIG_KURI}""",
        "attachments": [{
            "kind": "csv", "name": "furikomi_202510_honyaku.csv", "encoding": "cp932",
            "rows": [
                ["受取人名(カナ)", "受取人名", "銀行名", "支店名", "種目", "口座番号", "金額"],
                ["ﾏｶﾍﾞ ﾄｳｺ", "真壁 透子", "みどり銀行", "新宿支店", "普通", "3318842", "186400"],
                ["ｽﾜﾍﾞ ﾐﾁ", "諏訪部 美智", "ゆうちょ銀行", "〇一八支店", "普通", "6620154", "92300"],
                ["ｷﾄｳ ﾀｶﾕｷ", "鬼頭 隆之", "東都信用金庫", "大井町支店", "普通", "0047719", "241000"],
                ["ｼﾗﾄﾘ ｴﾚﾅ", "白鳥 エレナ", "みどり銀行", "横浜支店", "当座", "1102286", "58700"],
                ["ﾌｪﾚｲﾗ ﾙｶｽ", "Lucas Ferreira", "港南銀行", "浜松町支店", "普通", "7735021", "133900"],
                ["ﾋﾜﾀｼ ｱｽﾞｻ", "樋渡 梓", "みどり銀行", "本店営業部", "普通", "2209467", "77000"],
                ["ｸﾞﾙﾝ ﾋﾞｼｬﾙ", "グルン ビシャル", "城北銀行", "赤羽支店", "普通", "5081133", "44200"],
                ["ｵｵﾂｷ ﾘｮｳ", "大槻 凌", "みどり銀行", "立川支店", "普通", "4467320", "168500"],
            ],
        }],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of eight translators' bank accounts to the partner bank",
    },
    {
        "id": "translation-004",
        "expect": "stop",
        "charset": "utf-8",
        "sender": TODO,
        "to": ["宴会予約 山科 <banquet@sakura-hotel.jp>"],
        "subject": "医療通訳スキルアップ研修 参加者名簿の送付",
        "body": f"""さくらホテル 宴会予約ご担当
山科様

お世話になっております。日の出産業の藤堂です。
12月6日(土)の研修会場の件、参加者名簿(UTF-8のCSV)を添付します。
受付での名札準備と、当日欠席連絡の照合にお使いください。

追加があれば前日までにご連絡します。
{SIG_TODO}""",
        "attachments": [{
            "kind": "csv", "name": "kenshu_sankasha_1206.csv", "encoding": "utf-8",
            "rows": [
                ["No", "氏名", "ふりがな", "言語", "携帯電話", "メールアドレス"],
                ["1", "樋渡 梓", "ひわたし あずさ", "英語", "070-5581-2297", "a.hiwatashi@gmail.com"],
                ["2", "王 麗華", "おう れいか", "中国語", "090-2217-6843", "wang.lihua88@yahoo.co.jp"],
                ["3", "ファン・ティ・ラン", "ふぁん てぃ らん", "ベトナム語", "080-3345-9120", "lan.phan.tokyo@gmail.com"],
                ["4", "Ana Paula Kimura", "あな ぱうら きむら", "ポルトガル語", "090-8862-4410", "anapaula.k@outlook.jp"],
                ["5", "雲母 真澄", "きらら ますみ", "韓国語", "080-6634-0087", "kirara.masumi@icloud.com"],
                ["6", "Maricel Dizon", "まりせる でぃぞん", "タガログ語", "070-2290-6718", "maricel.dizon.jp@gmail.com"],
                ["7", "五百旗頭 仁", "いおきべ じん", "スペイン語", "090-1408-7723", "iokibe.jin@docomo.ne.jp"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of seven interpreters' mobiles and e-mails sent to the partner hotel",
    },
    {
        "id": "translation-005",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": TAKAMINE,
        "to": ["多文化共生課 <tabunka@kanagawa-kokusai.or.jp>"],
        "subject": "災害時多言語支援ボランティア通訳 登録者名簿（当社推薦分）",
        "body": f"""公益財団法人かながわ国際交流協会
多文化共生課 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 翻訳・通訳事業部の高嶺でございます。

ご依頼のありました災害時多言語支援の登録について、当社から推薦する
通訳者の名簿をExcelにてお送りいたします。言語別にシートを分けております。
ご本人の同意は取得済みです。

ご査収のほどよろしくお願い申し上げます。
{SIG_TAKAMINE}""",
        "attachments": [{
            "kind": "xlsx", "name": "推薦通訳者名簿_日の出産業.xlsx",
            "sheets": {
                "英語": [
                    ["災害時多言語支援 推薦通訳者名簿（英語）", "", "", "", ""],
                    ["氏名", "生年月日", "住所", "電話", "経験年数"],
                    ["樋渡 梓", "1988/07/14", "神奈川県横浜市港北区日吉本町3-22-8", "070-5581-2297", "9"],
                    ["Graham Pollard", "1976/02/03", "神奈川県川崎市中原区木月2-14-1-305", "080-9913-4428", "15"],
                    ["保科 瑞穂", "1991/11/30", "神奈川県藤沢市鵠沼海岸4-6-17", "090-3370-5186", "6"],
                ],
                "中国語": [
                    ["災害時多言語支援 推薦通訳者名簿（中国語）", "", "", "", ""],
                    ["氏名", "生年月日", "住所", "電話", "経験年数"],
                    ["王 麗華", "1983/04/22", "神奈川県横浜市中区山下町118-2-702", "090-2217-6843", "12"],
                    ["陳 志明", "1979/09/09", "神奈川県相模原市南区相模大野6-3-11", "080-4451-0962", "17"],
                ],
                "ベトナム語": [
                    ["災害時多言語支援 推薦通訳者名簿（ベトナム語）", "", "", "", ""],
                    ["氏名", "生年月日", "住所", "電話", "経験年数"],
                    ["ファン・ティ・ラン", "1993/01/18", "神奈川県大和市中央林間5-9-3", "080-3345-9120", "5"],
                    ["レ・ヴァン・フン", "1990/06/25", "神奈川県厚木市旭町2-7-20-201", "070-8826-1453", "7"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX, three sheets with title rows: seven interpreters with DOB, home address, phone",
    },
    {
        "id": "translation-006",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Sarah Okonkwo <s.okonkwo@marlowe-partners.co.uk>"],
        "subject": "Certified translation - Koseki Tohon (Family Register) of Mr. Haruto Kuzuhara",
        "body": f"""Dear Ms. Okonkwo,

Thank you for your instruction of 3 November.

Please find attached our certified English translation of the Koseki Tohon (full
family register) of your client, Mr. Haruto Kuzuhara, for submission with the UK
spouse visa application. The register lists all five members of the household; we
have kept the entries in the same order as the Japanese original.

The signed and sealed hard copy will be sent by EMS tomorrow.
{SIG_DAN}
{DISCLAIMER_EN}""",
        "attachments": [{
            "kind": "docx", "name": "Koseki_Tohon_Kuzuhara_EN_certified.docx",
            "title": "Certified Translation - Family Register",
            "paragraphs": [
                "CERTIFIED TRANSLATION",
                "Family Register (Koseki Tohon) - All Entries",
                "Registered Domicile: 2-118 Motomachi, Hakodate-shi, Hokkaido",
                "Head of Family: KUZUHARA Seiji",
            ],
            "tables": [[
                ["Relationship", "Name", "Date of Birth", "Entries"],
                ["Head of family", "KUZUHARA Seiji", "12 March 1962 (Showa 37)", "Married 20 May 1988"],
                ["Wife", "KUZUHARA Fumiko (nee ARAKAWA)", "3 September 1964 (Showa 39)", "Married 20 May 1988"],
                ["Eldest son", "KUZUHARA Haruto", "28 January 1990 (Heisei 2)", "Born in Hakodate-shi"],
                ["Eldest daughter", "KUZUHARA Nanami", "15 July 1993 (Heisei 5)", "Born in Hakodate-shi"],
                ["Second son", "KUZUHARA Sota", "4 December 1997 (Heisei 9)", "Born in Sapporo-shi"],
            ], [
                ["I hereby certify that this is a true and accurate translation of the original document."],
                ["Translator: Hinode Sangyo Co., Ltd. Translation & Interpreting Division"],
            ]],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX translation of a family register: five family members with dates of birth",
    },
    {
        "id": "translation-007",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["技術文書課 吉良様 <kira.norihiko@kawasaki-denki.co.jp>"],
        "subject": "取扱説明書 多言語化プロジェクト キックオフ資料",
        "body": f"""川崎電機株式会社
技術文書課　吉良様

いつもお世話になっております。日の出産業の岡本です。

明日のキックオフで使用する資料をお送りします。
4ページ目に今回アサインする翻訳者チームの連絡先を載せていますので、
用語確認などは各担当へ直接ご連絡いただいて差し支えございません。

どうぞよろしくお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "pptx", "name": "KD_manual_L10N_kickoff.pptx",
            "slides": [
                ["取扱説明書 多言語化プロジェクト", "川崎電機株式会社 様", "2025年11月", "日の出産業株式会社 翻訳・通訳事業部"],
                ["対象と範囲", "家庭用蓄電池 KD-ES500 取扱説明書（全212頁）", "対象言語：英・中（簡体）・越・泰・独・西", "納期：2026年2月末"],
                ["進め方", "用語集の確定 → 翻訳 → 相互チェック → DTP → 最終確認", "CATツール：翻訳メモリ共有"],
                ["翻訳チーム連絡先",
                 "英語：真壁 透子　090-3381-4627　makabe.toko@gmail.com",
                 "中国語：諏訪部 美智　090-5561-0834　suwabe.michi@yahoo.co.jp",
                 "ベトナム語：阮 氏 秋　070-6612-3309　thu.nguyen.jp@gmail.com",
                 "タイ語：ソムチャイ・ウォン　080-2754-1190　somchai.w.trans@gmail.com",
                 "ドイツ語：鬼頭 隆之　080-4027-9951　kito.takayuki@icloud.com",
                 "スペイン語：五百旗頭 仁　090-1408-7723　iokibe.jin@docomo.ne.jp"],
                ["スケジュール", "12月：用語集", "1月：翻訳", "2月：DTP・検収"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PPTX slide lists six freelance translators' mobiles and private e-mails to a client",
    },
    {
        "id": "translation-008",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": USAMI,
        "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        "subject": "法廷通訳人候補者一覧（PDF）のご送付",
        "body": f"""白川法律事務所
事務局 ご担当者様

いつも大変お世話になっております。
日の出産業 翻訳・通訳事業部の宇佐美でございます。

先日お問い合わせいただいた民事調停での通訳人手配の件、
当社で対応可能な候補者の一覧をPDFでお送りいたします。
ご指名いただければ、こちらで日程調整いたします。

よろしくお願いいたします。
{SIG_USAMI}""",
        "attachments": [{
            "kind": "pdf", "name": "tsuyakunin_kouho_list.pdf",
            "title": "通訳人候補者一覧",
            "lines": ["通訳人候補者一覧（2025年11月現在）", "日の出産業株式会社 翻訳・通訳事業部", ""],
            "table": [
                ["氏名", "言語", "生年月日", "住所", "携帯"],
                ["陳 志明", "中国語", "S54.9.9", "神奈川県相模原市南区相模大野6-3-11", "080-4451-0962"],
                ["Graham Pollard", "英語", "S51.2.3", "神奈川県川崎市中原区木月2-14-1-305", "080-9913-4428"],
                ["朴 垠智", "韓国語", "S60.10.21", "東京都新宿区大久保1-9-14-402", "090-6620-3318"],
                ["Ana Paula Kimura", "ポルトガル語", "S57.5.8", "群馬県太田市西本町33-6", "090-8862-4410"],
                ["グルン・ビシャル", "ネパール語", "H2.11.3", "東京都北区赤羽南2-4-9", "080-1179-5536"],
                ["Maricel Dizon", "タガログ語", "S62.8.30", "千葉県船橋市本町5-2-7", "070-2290-6718"],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of six court interpreter candidates with 和暦 DOB, address, phone to a partner law firm",
    },
    {
        "id": "translation-009",
        "expect": "stop",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["サポートデスク <support@tsubasa-system.jp>"],
        "subject": "翻訳支援ツール 外部翻訳者アカウント一括登録のお願い",
        "body": f"""ツバサシステム株式会社
サポートデスク ご担当者様

いつもお世話になっております。日の出産業の岡本です。

川崎電機様案件で外部翻訳者を追加するため、翻訳支援ツールの
アカウント一括登録をお願いいたします。
登録用のCSVと、権限設定のExcelをZIPにまとめて添付しております。

恐れ入りますが、今週中の発行をお願いできますでしょうか。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "zip", "name": "account_touroku_20251117.zip",
            "files": [
                {"kind": "csv", "name": "users.csv", "encoding": "utf-8", "rows": [
                    ["login_id", "display_name", "email", "phone", "language_pair"],
                    ["ext_makabe", "真壁 透子", "makabe.toko@gmail.com", "090-3381-4627", "EN-JA"],
                    ["ext_suwabe", "諏訪部 美智", "suwabe.michi@yahoo.co.jp", "090-5561-0834", "ZH-JA"],
                    ["ext_nguyen", "Nguyen Thi Thu", "thu.nguyen.jp@gmail.com", "070-6612-3309", "VI-JA"],
                    ["ext_somchai", "Somchai Wong", "somchai.w.trans@gmail.com", "080-2754-1190", "TH-JA"],
                    ["ext_kito", "鬼頭 隆之", "kito.takayuki@icloud.com", "080-4027-9951", "DE-JA"],
                    ["ext_iokibe", "五百旗頭 仁", "iokibe.jin@docomo.ne.jp", "090-1408-7723", "ES-JA"],
                ]},
                {"kind": "xlsx", "name": "kengen_settei.xlsx", "sheets": {"権限": [
                    ["login_id", "プロジェクト", "権限"],
                    ["ext_makabe", "KD-ES500", "翻訳"],
                    ["ext_suwabe", "KD-ES500", "翻訳"],
                    ["ext_nguyen", "KD-ES500", "翻訳"],
                    ["ext_somchai", "KD-ES500", "翻訳"],
                    ["ext_kito", "KD-ES500", "翻訳+レビュー"],
                    ["ext_iokibe", "KD-ES500", "翻訳"],
                ]}},
            ],
        }],
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP (not encrypted) with a CSV of six translators' e-mails and phones to the partner IT vendor",
    },
    {
        "id": "translation-010",
        "expect": "stop",
        "charset": "utf-8",
        "sender": TODO,
        "to": ["運営事務局 <info@asia-medtech-expo.jp>"],
        "subject": "展示会ブース通訳スタッフのご連絡",
        "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>アジア・メドテック展 運営事務局 御中</p>
<p>いつもお世話になっております。日の出産業 翻訳・通訳事業部の藤堂です。<br>
会期中（12/3〜12/5）にブースへ配置する通訳スタッフは以下のとおりです。<br>
入館証の発行と、当日の緊急連絡先としてご登録をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>言語</th><th>携帯電話</th><th>メール</th></tr>
<tr><td>保科 瑞穂</td><td>ホシナ ミズホ</td><td>英語</td><td>090-3370-5186</td><td>hoshina.mizuho@gmail.com</td></tr>
<tr><td>陳 志明</td><td>チン シメイ</td><td>中国語</td><td>080-4451-0962</td><td>chen.zhiming.jp@yahoo.co.jp</td></tr>
<tr><td>朴 垠智</td><td>パク ウンジ</td><td>韓国語</td><td>090-6620-3318</td><td>park.eunji@outlook.jp</td></tr>
<tr><td>Graham Pollard</td><td>グレアム ポラード</td><td>英語</td><td>080-9913-4428</td><td>g.pollard.jp@gmail.com</td></tr>
<tr><td>レ・ヴァン・フン</td><td>レ ヴァン フン</td><td>ベトナム語</td><td>070-8826-1453</td><td>levanhung.tokyo@gmail.com</td></tr>
<tr><td>雲母 真澄</td><td>キララ マスミ</td><td>韓国語</td><td>080-6634-0087</td><td>kirara.masumi@icloud.com</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 翻訳・通訳事業部 通訳派遣チーム<br>藤堂 健<br>TEL 03-5472-3180</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six interpreters' mobiles and e-mails to an event organiser",
    },
    {
        "id": "translation-011",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": KURI,
        "to": ["税理士法人みなと会計 樫村様 <kashimura@minato-kaikei.jp>"],
        "subject": "Fw: 外注翻訳者 源泉徴収対象者リスト",
        "body": f"""税理士法人みなと会計
樫村様

お世話になっております。日の出産業の栗林です。
社内で取りまとめたリストのメールをそのまま添付でお送りします。
年末の支払調書作成の際にお使いください。

栗林
{SIG_KURI}""",
        "attachments": [{
            "kind": "eml", "name": "外注翻訳者 源泉徴収対象者リスト.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": OKAMOTO,
                "to": [KURI],
                "subject": "外注翻訳者 源泉徴収対象者リスト",
                "body": f"""栗林さん

お疲れさまです。岡本です。
今年の源泉徴収対象の外注翻訳者をまとめました。

・真壁 透子　東京都杉並区阿佐谷南2-31-6　みどり銀行 新宿支店 普通 3318842
・諏訪部 美智　埼玉県さいたま市浦和区常盤7-4-15　ゆうちょ銀行 〇一八支店 普通 6620154
・鬼頭 隆之　東京都品川区大井4-12-3-801　東都信用金庫 大井町支店 普通 0047719
・白鳥 エレナ　神奈川県横浜市西区宮崎町25-1　みどり銀行 横浜支店 当座 1102286
・大槻 凌　東京都立川市錦町3-6-22　みどり銀行 立川支店 普通 4467320

よろしくお願いします。
岡本""",
            },
        }],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "attached mail (.eml) listing five translators' home addresses and bank accounts, to an outside tax firm",
    },
    {
        "id": "translation-012",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": OKAMOTO,
        "to": ["樋渡 梓 <a.hiwatashi@gmail.com>"],
        "subject": "FW: 卒業証明書・成績証明書の英訳（5名分）ご依頼",
        "body": f"""樋渡さん

いつもありがとうございます。岡本です。
下記の件、英訳をお願いできますでしょうか。納期は11/28(金)です。
原本スキャンは別途ポータルにアップします。

-----Forwarded Message-----
差出人: 人事部 採用担当 稲垣 <inagaki@seiran-gakuen.ac.jp>
送信日時: 2025年11月14日 10:22
宛先: okamoto.saori@{H}
件名: 卒業証明書・成績証明書の英訳（5名分）ご依頼

日の出産業 岡本様

いつもお世話になっております。青嵐学園 人事部の稲垣です。
海外派遣予定の教員5名について、卒業証明書・成績証明書の英訳をお願いします。
対象者は以下のとおりです。

氏名：十河 晴香（そごう はるか）
生年月日：平成4年6月11日
住所：東京都町田市原町田4-9-2

氏名：右京 大地（うきょう だいち）
生年月日：平成2年2月27日
住所：東京都八王子市旭町12-5-1103

氏名：甘利 紗英（あまり さえ）
生年月日：平成7年10月3日
住所：神奈川県相模原市中央区相模原3-8-14

氏名：Kevin O'Rourke
生年月日：1987年12月19日
住所：東京都調布市布田1-42-7

氏名：目黒 早紀（めぐろ さき）
生年月日：平成9年1月8日
住所：東京都日野市多摩平2-5-9

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "forward (new text) of a client mail with five people's DOB and address blocks, to a freelancer on gmail",
    },
    {
        "id": "translation-013",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["Jonas Lindqvist <jonas.lindqvist@gmail.com>"],
        "subject": "住民票の英訳（ご確認用ドラフト）",
        "body": f"""リンドクヴィスト 様

このたびは翻訳のご依頼をいただきありがとうございます。
日の出産業 翻訳・通訳事業部の岡本です。

住民票の英訳ドラフトを下記に貼り付けます。綴りなどご確認ください。
なお、お送りいただいた住民票は個人番号が記載された様式でしたので、
原文どおりに訳出しています。提出先で不要であればお知らせください。

――――――――――――――――――
CERTIFICATE OF RESIDENCE (Juminhyo) - DRAFT
Name: LINDQVIST Jonas Erik
Date of Birth: 14 April 1985
Sex: Male
Nationality: Sweden
Address: 3-7-12-505 Nakameguro, Meguro-ku, Tokyo
  （東京都目黒区中目黒3-7-12-505）
Date of Moving In: 1 October 2021
Individual Number (My Number): {spaced(my_number(3001))}
――――――――――――――――――

ご確認後、正式版に翻訳証明を付してお送りします。
{SIG_OKAMOTO}""",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a client's My Number in a pasted 住民票 translation, sent to his gmail",
    },
    {
        "id": "translation-014",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": KURI,
        "to": ["樫村 一樹 <kashimura@minato-kaikei.jp>"],
        "subject": "支払調書の件（追加1名）",
        "body": f"""みなと会計 樫村様

お世話になっております。栗林です。
先日お送りしたリストに1名漏れておりました。追加でお願いします。

氏名：大槻 凌（オオツキ リョウ）
住所：東京都立川市錦町3-6-22
個人番号：{fw(my_number(3002)[:4])} {fw(my_number(3002)[4:8])} {fw(my_number(3002)[8:])}
支払金額：1,486,500円（源泉徴収税額 151,799円）
区分：翻訳料

お手数をおかけしますが、よろしくお願いいたします。
{SIG_KURI}""",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one freelance translator's My Number (full-width digits) to an outside tax firm",
    },
    {
        "id": "translation-015",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Billing Support <billing@paylink-gateway.com>"],
        "subject": "Manual charge request - Order TR-25-1184",
        "body": f"""Hello PayLink team,

Our overseas client could not complete the online payment (the 3-D Secure page
kept timing out), so she sent us her card details by e-mail and asked us to
process the charge manually. Could you please run the following through our
merchant account (ID HNS-JP-0042)?

Order: TR-25-1184 (certified translation, 3 documents)
Amount: JPY 38,500
Cardholder: Maria Fernanda SILVA
Card number: {spaced(card_number(3001), 4, "-")}
Expiry: 09/28

Please let me know once it has gone through.
{SIG_DAN}""",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a client's credit card number sent on to an outside payment company",
    },
    {
        "id": "translation-016",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Visa Desk <desk@northstar-visa.com.au>"],
        "subject": "RE: Passport bio page translation - Ms. Aoi Tachibana",
        "body": f"""Hi Liam,

As requested, here are the details from Ms. Tachibana's passport exactly as they
appear in our certified translation, so you can pre-fill the online form:

  Surname / Given name : TACHIBANA / AOI
  Passport No.         : TR4419027
  Date of birth        : 02 AUG 1996
  Date of issue        : 15 MAY 2023
  Date of expiry       : 15 MAY 2033
  Place of birth       : KYOTO

The sealed translation will go out with the rest of the file on Friday.
{SIG_DAN}

> On 18 Nov 2025, Liam Hartley <desk@northstar-visa.com.au> wrote:
> Could you send me the passport details as typed in your translation?
> Cheers, Liam""",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a client's passport number and DOB in new text to an overseas visa agent",
    },
    {
        "id": "translation-017",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["行政書士 鷲尾事務所 <info@washio-gyosei.jp>"],
        "subject": "翻訳依頼書の転記内容（永住許可申請 添付書類）",
        "body": f"""鷲尾行政書士事務所
鷲尾先生

お世話になっております。日の出産業の宇佐美です。
ご紹介いただいたお客様の翻訳依頼書を受領しましたので、内容を共有します。

【依頼者】
氏名：DE LOS SANTOS, Ramon Cruz（デ・ロス・サントス　ラモン）
国籍：フィリピン
生年月日：1984年3月17日
在留カード番号：UH48213097KA
住所：埼玉県川口市芝新町8-14-203
電話：080-7714-3092

【翻訳対象】
・出生証明書（PSA発行）
・婚姻証明書
・無犯罪証明書（NBI Clearance）

見積は別途お送りします。
{SIG_USAMI}""",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a foreign client's residence card number with DOB and address to a gyoseishoshi office",
    },
    {
        "id": "translation-018",
        "expect": "stop",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["栃尾 恭平 <kyohei.tochio@icloud.com>"],
        "subject": "運転免許証の英訳が仕上がりました",
        "body": f"""栃尾 恭平 様

お世話になっております。日の出産業の岡本です。
ご依頼の運転免許証（英訳・翻訳証明付き）が仕上がりましたので、PDFをお送りします。
原本は本日レターパックで発送いたしました。

記載内容のご確認をお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "pdf", "name": "drivers_license_translation_tochio.pdf",
            "title": "Translation of Japanese Driver's License",
            "lines": [
                "TRANSLATION OF JAPANESE DRIVER'S LICENSE",
                "",
                "Name: TOCHIO Kyohei",
                "Date of Birth: 21 November 1979 (Showa 54)",
                "Address: 5-3-18 Kamiosaki, Shinagawa-ku, Tokyo",
                "License Number: 301204558170",
                "Date of Issue: 10 October 2023",
                "Valid Until: 21 December 2028",
                "Classes: Ordinary motor vehicle (Futsu), Motorcycle (Futsu-nirin)",
                "Issued by: Tokyo Metropolitan Public Safety Commission",
                "",
                "Certified by Hinode Sangyo Co., Ltd. Translation & Interpreting Division",
            ],
        }],
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "translated driver's licence (licence number) in a PDF to the client's icloud address",
    },
    {
        "id": "translation-019",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": USAMI,
        "to": ["社会保険労務士法人 ひかり <office@hikari-sr.jp>"],
        "subject": "脱退一時金請求書の翻訳（ネパール語→日本語）送付",
        "body": f"""社会保険労務士法人ひかり
ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
ご依頼の脱退一時金請求書（ネパール語記入分）の日本語訳をお送りします。

請求者：タパ・マガル　スニタ（THAPA MAGAR Sunita）
生年月日：1994年5月2日
基礎年金番号：{fw("4813-562097")}
帰国後住所：Ward No.6, Pokhara, Kaski, Nepal
振込先：Nepal Investment Mega Bank, Pokhara Branch, A/C 00710-2215-8843

ご本人記入欄の一部に判読困難な箇所がありましたので、訳注を付しています。
{SIG_USAMI}""",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "a former worker's basic pension number and DOB in a translation sent to an outside labour consultant",
    },
    {
        "id": "translation-020",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Claims Team <claims@pacific-crest-insurance.com>"],
        "subject": "Translation of Japanese health insurance card - Policyholder H. Wakatsuki",
        "body": f"""Dear Claims Team,

On behalf of your policyholder Mr. Hiroki Wakatsuki, please find below our
translation of his Japanese National Health Insurance card, which you asked for to
confirm his primary coverage in Japan.

  Card: National Health Insurance Certificate (Kokumin Kenko Hoken Hihokensha-sho)
  Insured person: WAKATSUKI Hiroki
  Date of birth: 7 June 1971
  Symbol (Kigo): 品川 12  / Number (Bango): 0458813
  Insurer number: 138099
  Address: 2-9-4 Higashigotanda, Shinagawa-ku, Tokyo

A certified copy will follow by post.
{SIG_DAN}""",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol/number of a client translated for an overseas insurer",
    },
]
M2 = [
    {
        "id": "translation-021",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": MIKAMI,
        "to": ["蒔田 玲奈 <makita.rena.med@outlook.jp>"],
        "subject": "【至急】診断書の英訳お願い（1件・A4 2枚）",
        "body": f"""蒔田さん

お疲れさまです。三上です。急ぎで1件お願いできますでしょうか。
海外の保険会社に提出する診断書の英訳です。納期は明後日午前中です。

患者氏名：篠宮 和馬（しのみや かずま）　男性　52歳
傷病名：急性心筋梗塞、2型糖尿病
入院期間：2025年9月28日〜10月14日
経過：経皮的冠動脈形成術（PCI）施行、ステント留置。術後経過良好。
　　　HbA1c 8.2％のためインスリン導入。
発行：医療法人社団 清和会 清和記念病院 循環器内科

原稿スキャンはいつものフォルダに入れてあります。
よろしくお願いします。
{SIG_MIKAMI}""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a named patient's diagnosis and treatment sent to a freelance medical translator on outlook.jp",
    },
    {
        "id": "translation-022",
        "expect": "stop",
        "charset": "utf-8",
        "sender": MIKAMI,
        "to": ["International Patient Office <ipo@bayside-general.com.sg>"],
        "subject": "Translated discharge summary - patient transfer (Ms. Chiyo Aramaki)",
        "body": f"""Dear International Patient Office,

We act as the translation service for Seiwa Memorial Hospital, Tokyo.
Attached is the English translation of the discharge summary for Ms. Chiyo Aramaki,
who will continue her treatment at your hospital from 1 December.

Please do not hesitate to contact us if any term needs clarification.

Kind regards,
Chihiro Mikami
Medical Interpreting Coordinator
Hinode Sangyo Co., Ltd.
Tel: +81-3-5472-3196""",
        "attachments": [{
            "kind": "docx", "name": "Discharge_Summary_Aramaki_EN.docx",
            "paragraphs": [
                "DISCHARGE SUMMARY (English translation)",
                "Patient: ARAMAKI Chiyo    Sex: F    DOB: 19 February 1958",
                "Admission: 2 October 2025    Discharge: 24 November 2025",
                "Diagnosis: Breast cancer (left), stage IIB; post-operative status",
                "Procedure: Left mastectomy with sentinel lymph node biopsy (10 Oct 2025)",
                "Course: Adjuvant chemotherapy (EC regimen) started; 2 of 4 cycles completed.",
                "Medication at discharge: Ondansetron 4 mg, Dexamethasone 4 mg",
                "Follow-up: Continue chemotherapy at Bayside General Hospital, Singapore.",
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX discharge summary (cancer diagnosis) of a named patient to an overseas hospital",
    },
    {
        "id": "translation-023",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["チャン・ミン・トゥアン <tuan.tran.interp@yahoo.co.jp>"],
        "subject": "明日の取調べ通訳（大森警察署）の件",
        "body": f"""トゥアンさん

お疲れさまです。宇佐美です。
急で申し訳ありませんが、明日の通訳をお願いできればと思います。

日時：11月20日(木) 10:00〜（終了未定）
場所：警視庁大森警察署 刑事組織犯罪対策課
対象：被疑者 グエン・ヴァン・ドゥック（男性・28歳・ベトナム国籍）
被疑事実：窃盗（ドラッグストアでの化粧品の万引き、11月18日逮捕）
内容：弁解録取・供述調書の読み聞かせ

受付で「日の出産業の通訳」とお伝えください。
担当は盗犯係の栗栖警部補です。
{SIG_USAMI}""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a named suspect's arrest and charge sent to a freelance interpreter on yahoo.co.jp",
    },
    {
        "id": "translation-024",
        "expect": "stop",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["Eleanor Whitcombe <e.whitcombe@harcourt-chambers.co.uk>"],
        "subject": "English translation of criminal judgment (Tokyo District Court) - your ref. HW/2291",
        "body": f"""Dear Ms. Whitcombe,

Further to your instructions, please find attached our certified English translation
of the judgment of the Tokyo District Court concerning your client.
The translation follows the layout of the original; translator's notes are marked [TN].

We will send the hard copy with our certificate of translation by courier.

Yours sincerely,

Hayate Usami
Legal Translation & Court Interpreting
Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}""",
        "attachments": [{
            "kind": "pdf", "name": "Judgment_TokyoDC_translation.pdf",
            "title": "Judgment - English translation",
            "page_header": "Certified Translation",
            "lines": [
                "JUDGMENT",
                "Tokyo District Court, Criminal Division 14",
                "Case No. Reiwa 7 (Wa) No. 1187",
                "",
                "Defendant: Daniel James FAIRCLOUGH",
                "Date of birth: 30 January 1989    Nationality: United Kingdom",
                "Offence: Violation of the Narcotics and Psychotropics Control Act (possession)",
                "",
                "MAIN TEXT",
                "The defendant is sentenced to imprisonment for 1 year and 6 months.",
                "Execution of the sentence shall be suspended for 3 years from the date",
                "on which this judgment becomes final.",
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF translation of a criminal judgment (conviction) of a named person to an overseas law firm",
    },
    {
        "id": "translation-025",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["相談支援スタッフ 高梨 <takanashi@niji-shien.or.jp>"],
        "subject": "被害者の陳述書（英語版）の翻訳が完了しました",
        "body": f"""NPO法人にじ女性支援ネットワーク
高梨様

いつもお世話になっております。日の出産業の宇佐美です。
ご依頼の陳述書の日本語訳が完了しました。以下に本文を貼り付けます。
保護命令申立ての添付書類としてご使用ください。

――陳述書（訳文）――
申立人：エミリー・ローズ・ハーパー（Emily Rose HARPER）
住所：東京都世田谷区（一時保護施設のため詳細省略）
1　私は、夫である相手方 葛城 隼人 から、2023年春頃より継続的に暴力を受けてきました。
2　2025年10月12日夜、自宅で顔面を複数回殴打され、左頬骨を骨折しました
　（全治6週間、世田谷中央病院にて診断）。
3　私は同日、北沢警察署に被害届を提出しました。
――以上――

翻訳証明書は原本郵送時に同封します。
{SIG_USAMI}""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named DV victim's statement (crime victim, injury) to an outside NPO",
    },
    {
        "id": "translation-026",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": OKAMOTO,
        "to": ["伊集院 まどか <madoka.ijuin@gmail.com>"],
        "subject": "身体障害者手帳の英訳（ご確認ください）",
        "body": f"""伊集院 まどか 様

お世話になっております。日の出産業の岡本です。
お父様の身体障害者手帳の英訳ができましたので、内容をご確認ください。

Name: IJUIN Shigeru
Date of birth: 3 April 1950 (Showa 25)
Address: 4-1-20 Hon-cho, Funabashi-shi, Chiba
Certificate: Physically Disabled Person's Certificate, Grade 1
Disability: Lower limb dysfunction (paraplegia due to spinal cord injury);
            wheelchair user
Issued by: Governor of Chiba Prefecture, 12 August 2019

航空会社へのサポート申請にお使いになるとのことでしたので、
車椅子の表記は航空会社の用語に合わせています。
{SIG_OKAMOTO}""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "translation of a disability certificate (grade and condition) of a named person to gmail",
    },
    {
        "id": "translation-027",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["Kaminari Marriage Support <support@kaminari-bridal.jp>"],
        "subject": "改宗証明書の和訳",
        "body": f"""株式会社カミナリブライダル
国際結婚サポート窓口 ご担当者様

いつもご依頼ありがとうございます。日の出産業の岡本です。
婚姻届添付用の改宗証明書（英文）の和訳をお送りします。

　　　　　　　　改宗証明書（訳文）
　本証明書は、湊谷 美紗（みなとや みさ、1996年8月9日生）が、
　2025年9月19日、当モスクにおいてイスラム教に改宗し、
　信仰告白（シャハーダ）を行ったことを証明する。
　　　宗教法人 東都マスジド（東京都台東区）
　　　イマーム　アフメト・ユルドゥズ（署名）

訳者の翻訳証明は原本とともに郵送いたします。
{SIG_OKAMOTO}""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named person's religious conversion (religion/creed) in a translation to an outside agency",
    },
    {
        "id": "translation-028",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Meridian Migration Services <docs@meridian-migration.ca>"],
        "subject": "Medical examination report - translation for Mr. Ryota Haneda",
        "body": f"""Dear Ms. Dubois,

Attached is our translation of the pre-immigration medical examination results of
your client Mr. Ryota Haneda (DOB 11 Oct 1992). Summary of the relevant findings:

- Chest X-ray: old healed tuberculosis lesion, upper right lobe; sputum culture negative
- Blood test: HIV antibody negative; syphilis (TPHA) positive, treated in 2019
- Blood pressure 148/96 (stage 1 hypertension), on amlodipine 5 mg

Please let me know if the panel physician requires a different format.
{SIG_DAN}""",
        "attachments": [{
            "kind": "xlsx", "name": "Haneda_medical_results_EN.xlsx",
            "sheets": {"Results": [
                ["Medical examination results (translation)", "", ""],
                ["Name", "HANEDA Ryota", ""],
                ["Date of birth", "1992-10-11", ""],
                ["Item", "Result", "Note"],
                ["Chest X-ray", "Old healed TB lesion (RUL)", "Culture negative"],
                ["HIV Ab", "Negative", ""],
                ["TPHA", "Positive", "Treated 2019"],
                ["Blood pressure", "148/96", "On amlodipine"],
            ]},
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named client's health check results (TB, syphilis, hypertension) to an overseas migration agent",
    },
    {
        "id": "translation-029",
        "expect": "stop",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["弁護士 真柴 悠介 <mashiba@hoshizora-law.jp>"],
        "subject": "難民認定申請 陳述書の和訳（ミャンマー出身 申請者）",
        "body": f"""ほしぞら法律事務所
真柴先生

お世話になっております。日の出産業の宇佐美です。
難民認定申請の陳述書（ビルマ語）の和訳が仕上がりましたので送付します。

申請者：モハメド・ヌール・アラム（Mohammed Noor ALAM）
生年月日：1991年1月15日

（抜粋）
私はラカイン州マウンドー出身のロヒンギャ民族です。2017年8月、
国軍兵士により村が焼かれ、父と兄は拘束されたまま行方が分かりません。
私自身もイスラム教徒であることを理由に二度にわたり拘束され、暴行を受けました。

全文はWordファイルで添付しています。
{SIG_USAMI}""",
        "attachments": [{
            "kind": "docx", "name": "陳述書_和訳_ALAM.docx",
            "paragraphs": [
                "陳述書（和訳）",
                "申請者　モハメド・ヌール・アラム　1991年1月15日生",
                "1　私はロヒンギャ民族であり、イスラム教を信仰しています。",
                "2　2017年8月、国軍兵士により村が焼き払われました。",
                "3　私は2度拘束され、取調べ中に暴行を受け、右手の指を骨折しました。",
                "4　帰国すれば再び迫害を受けるおそれがあります。",
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "refugee statement: named person's ethnic origin, religion and persecution, to an outside lawyer",
    },
    {
        "id": "translation-030",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": [
            "Mark Ellison <m.ellison@brightwater-pharma.com>",
            "Sophie Laurent <slaurent@atelier-verne.fr>",
            "Kim Jae-won <jaewon.kim@hanbit-tech.co.kr>",
            "Priya Raman <priya.raman@nimbus-analytics.in>",
            "Tom Becker <t.becker@rheinwerk-ag.de>",
        ],
        "subject": "Year-end holiday schedule - Hinode Sangyo Translation & Interpreting",
        "body": f"""Dear valued clients,

Thank you for your business throughout 2025.

Please note that our office will be closed from 27 December 2025 to 4 January 2026.
Orders received during the closure will be processed from 5 January. For urgent
interpreting requests during the holidays, please call our on-call line at
+81-3-5472-3199.

We look forward to working with you again in the new year.
{SIG_DAN}""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five overseas clients of different companies visible to each other in To: should have been Bcc",
    },
    {
        "id": "translation-031",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": [
            "makabe.toko@gmail.com",
            "suwabe.michi@yahoo.co.jp",
            "kito.takayuki@icloud.com",
            "lferreira.trad@outlook.jp",
        ],
        "subject": "【案件打診】特許明細書 英→日 約18,000ワード",
        "body": f"""登録翻訳者の皆さま

いつもお世話になっております。日の出産業の岡本です。
下記案件の打診です。ご対応可能な方はご返信ください（先着順ではありません）。

分野：特許明細書（リチウムイオン電池の電極材料）
言語：英→日
分量：約18,000ワード
納期：12月19日(金)
単価：応相談（過去実績に準じます）

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four freelance translators (private addresses) can see each other in To",
    },
    {
        "id": "translation-032",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": ["地域連携室 <renkei@jonan-hospital.or.jp>", "医事課 <iji@minami-iryo.or.jp>"],
        "cc": ["国際診療部 <kokusai@keiyo-medical.jp>"],
        "subject": "医療通訳サービス説明会のご案内（12月10日）",
        "body": f"""各病院 ご担当者様

いつもお世話になっております。日の出産業 医療通訳コーディネーターの三上です。

当社医療通訳サービスの説明会を下記のとおり開催いたします。
遠隔（タブレット）通訳の実演もございますので、ぜひご参加ください。

日時：2025年12月10日(水) 14:00〜15:30
場所：日の出産業ビル 6階 会議室A（オンライン併用）
申込：12月3日までに本メールへご返信ください。
{SIG_MIKAMI}""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three different hospitals visible to each other in To/Cc",
    },
    {
        "id": "translation-033",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["白川 宗一郎 <shirakawa@shirakawa-law.jp>"],
        "cc": ["須賀 <suga.k@midori-ginko.co.jp>", "Rebecca Tan <rtan@straitsbridge-capital.sg>"],
        "subject": "融資契約書 英訳版の最終確認日程",
        "body": f"""白川先生
みどり銀行 須賀様
Straitsbridge Capital Ms. Tan

いつもお世話になっております。日の出産業の宇佐美です。
融資契約書の英訳版について、最終読み合わせの日程候補をお送りします。

・11月26日(水) 15:00-16:30
・11月27日(木) 10:00-11:30
・11月28日(金) 16:00-17:30

ご都合をお知らせいただけますと幸いです。
{SIG_USAMI}""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (two partners and a foreign lender) in To/Cc",
    },
    {
        "id": "translation-034",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-iaw.jp>"],
        "subject": "訴状英訳の納品（ご依頼番号 SL-0412）",
        "body": f"""白川法律事務所
事務局 ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
ご依頼番号 SL-0412 の訴状英訳を納品いたします。
請求書は月末締めで別途お送りします。

よろしくお願いいたします。
{SIG_USAMI}""",
        "attachments": [{
            "kind": "docx", "name": "SL-0412_Complaint_EN.docx",
            "paragraphs": ["COMPLAINT (translation)", "Case: Claim for payment of sale price",
                           "Plaintiff: Kawasaki Denki Co., Ltd.", "Defendant: Orion Trading Pte. Ltd."],
        }],
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-iaw.jp imitates the partner law firm shirakawa-law.jp (l→i)",
    },
    {
        "id": "translation-035",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": TAKAMINE,
        "to": ["八木橋 部長 <yagihashi.hiroshi@hinode-sangyo.jp>"],
        "subject": "来期の外注単価改定案",
        "body": f"""八木橋部長

お疲れさまです。高嶺です。
来期の外注翻訳者・通訳者の単価改定案をまとめました。
ご確認のうえ、部会でご説明いただけますでしょうか。

・英日／日英：据え置き（15円／字）
・中日・韓日：0.5円アップ
・医療通訳（半日）：18,000円 → 20,000円
・司法通訳（1時間）：据え置き

高嶺
{SIG_TAKAMINE}""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo.jp is a look-alike of the internal domain hinode-sangyo.co.jp (dropped co.)",
    },
    {
        "id": "translation-036",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": KURI,
        "to": ["法人営業部 須賀 <suga.k@midori-ginkou.co.jp>"],
        "subject": "海外送金（翻訳者報酬）の手続きについて",
        "body": f"""みどり銀行 法人営業部
須賀様

お世話になっております。日の出産業の栗林です。
海外在住の翻訳者への報酬送金について、来月から件数が増える見込みです。
まとめて依頼できる方法があればご教示いただけますでしょうか。
月10件程度、通貨はUSDとEURです。

よろしくお願いいたします。
{SIG_KURI}""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp adds a letter to the partner bank's domain midori-ginko.co.jp",
    },
    {
        "id": "translation-037",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["吉良 則彦 <kira.norihiko@kawasaki-denki.com>"],
        "subject": "Re: 用語集（第2版）のご確認",
        "body": f"""吉良様

お世話になっております。日の出産業の岡本です。
用語集第2版をお送りします。赤字が前回からの変更点です。
「蓄電容量」の英訳は capacity ではなく usable capacity に統一しました。

ご確認のほどよろしくお願いいたします。
{SIG_OKAMOTO}

> 岡本様
> 用語集の改訂版ができましたらお送りください。
> 川崎電機 技術文書課 吉良""",
        "attachments": [{
            "kind": "xlsx", "name": "KD-ES500_glossary_v2.xlsx",
            "sheets": {"Glossary": [
                ["日本語", "英語", "中国語", "備考"],
                ["蓄電容量", "usable capacity", "可用容量", "変更"],
                ["定格出力", "rated output", "额定输出", ""],
                ["系統連系", "grid connection", "并网", ""],
            ]},
        }],
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.com is a TLD swap of the partner kawasaki-denki.co.jp",
    },
    {
        "id": "translation-038",
        "expect": "stop",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["制作部 井筒 <izutsu@nishiki-insatsu-co.jp>"],
        "subject": "翻訳版パンフレットの入稿データ",
        "body": f"""錦印刷株式会社
制作部 井筒様

お世話になっております。日の出産業の岡本です。
北国フーズ様の英語・中国語版パンフレットの入稿データをお送りします。
フォントはアウトライン化済みです。色校は12/2(火)着でお願いします。

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "pdf", "name": "kitaguni_pamphlet_EN_ZH.pdf",
            "lines": ["Kitaguni Foods - From Hokkaido to Your Table", "北国食品 —— 从北海道到您的餐桌"],
        }],
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatsu-co.jp puts a hyphen for the dot of the partner nishiki-insatsu.co.jp",
    },
    {
        "id": "translation-039",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": TAKAMINE,
        "to": ["営業部 津久井 <tsukui@tsubasa-sytsem.jp>"],
        "subject": "翻訳支援ツール ライセンス追加の見積依頼",
        "body": f"""ツバサシステム株式会社
営業部 津久井様

お世話になっております。日の出産業の高嶺です。
翻訳支援ツールのライセンスを5本追加したく、見積をお願いいたします。
（現契約番号：TS-LC-20231108）

納期は12月中旬希望です。
{SIG_TAKAMINE}""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytsem.jp swaps letters of the partner tsubasa-system.jp",
    },
    {
        "id": "translation-040",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": OKAMOTO,
        "to": ["海外営業課 <kaigai@kitaguni-foods.jp>"],
        "subject": "商品ラベル翻訳（タイ語・ベトナム語）の見積",
        "body": f"""北国フーズ株式会社
海外営業課 ご担当者様

いつもお世話になっております。日の出産業の岡本です。
商品ラベル12点のタイ語・ベトナム語翻訳の見積書を添付いたします。

・翻訳：12点×2言語　96,000円
・ネイティブチェック：24,000円
・合計：120,000円（税別）

ご検討のほどよろしくお願いいたします。
{SIG_OKAMOTO}""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-foods.jp drops the co. of the partner kitaguni-foods.co.jp",
    },
]
M3 = [
    {
        "id": "translation-041",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": ["三上 千尋 <mikami.chihiro@hinode-sangy0.co.jp>"],
        "subject": "来週の医療通訳 手配状況",
        "body": f"""三上さん

お疲れさまです。藤堂です。
来週分の医療通訳、ネパール語だけまだ手配できていません。
グルンさんが木曜午後なら可とのことなので、病院側に確認してもらえますか。

藤堂
{SIG_TODO}""",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangy0.co.jp (zero for o) imitates the internal domain",
    },
    {
        "id": "translation-042",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": TAKAMINE,
        "to": ["西園寺 章 <saionji@lingua-bridge.co.jp>"],
        "subject": "【社外秘】外注単価テーブル（2026年度）",
        "body": f"""リンガブリッジ 西園寺様

お世話になっております。日の出産業の高嶺です。
再委託の条件すり合わせのため、当社の外注単価テーブルを共有いたします。

高嶺
{SIG_TAKAMINE}""",
        "attachments": [{
            "kind": "xlsx", "name": "gaichu_tanka_2026.xlsx",
            "page_header": "社外秘",
            "sheets": {"翻訳": [
                ["【社外秘】外注単価テーブル 2026年度", "", ""],
                ["言語ペア", "分野", "単価（円/字・ワード）"],
                ["英→日", "一般", "12"],
                ["英→日", "特許・医薬", "16"],
                ["日→英", "一般", "22"],
                ["中→日", "一般", "10"],
            ], "通訳": [
                ["区分", "単位", "単価（円）"],
                ["医療通訳", "半日", "18000"],
                ["司法通訳", "1時間", "12000"],
                ["商談通訳", "1日", "45000"],
            ]},
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "社外秘 stamped in the subject, sheet title and page header, sent to an outside agency",
    },
    {
        "id": "translation-043",
        "expect": "stop",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["Graham Pollard <g.pollard.jp@gmail.com>"],
        "subject": "Review request: JV agreement (JA→EN) - 2nd check",
        "body": f"""Graham-san,

いつもありがとうございます。岡本です。
合弁契約書の英訳、セカンドチェックをお願いします。
Track changes でコメントを入れていただければ大丈夫です。
締切は月曜10時でお願いします。

Thanks,
Saori
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "docx", "name": "JV_Agreement_EN_draft_v3.docx",
            "page_header": "CONFIDENTIAL - Attorney-Client Privileged",
            "page_footer": "Confidential",
            "paragraphs": [
                "JOINT VENTURE AGREEMENT (Draft v3 - English translation)",
                "This Agreement is entered into between Kawasaki Denki Co., Ltd. and",
                "Orion Energy Holdings Ltd. ...",
                "Article 1 (Purpose)",
                "Article 2 (Capital Contribution)",
            ],
        }],
        "entities": [],
        "detectors": ["confidential_marking", "freemail_recipient"],
        "note": "DOCX stamped CONFIDENTIAL in header/footer sent to a freelancer's gmail",
    },
    {
        "id": "translation-044",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["翻訳部 <honyaku@kotonoha-trans.co.jp>"],
        "subject": "株式譲渡契約書 和訳の再委託（ご依頼）",
        "body": f"""株式会社ことのは翻訳
翻訳部 ご担当者様

お世話になっております。日の出産業の宇佐美です。
先日ご相談した株式譲渡契約書の和訳、原文PDFをお送りします。
約9,500ワード、納期は12月5日でお願いいたします。

よろしくお願いいたします。
{SIG_USAMI}""",
        "attachments": [{
            "kind": "pdf", "name": "SPA_original.pdf",
            "page_header": "極秘 / STRICTLY CONFIDENTIAL",
            "page_footer": "極秘 — 無断複製・開示禁止",
            "lines": ["SHARE PURCHASE AGREEMENT", "between", "Sunrise Components K.K. (Seller)",
                      "and Halvorsen Industries AS (Purchaser)", "", "Article 1 Sale and Purchase of Shares"],
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped 極秘 / STRICTLY CONFIDENTIAL on every page, sent to a subcontractor",
    },
    {
        "id": "translation-045",
        "expect": "stop",
        "charset": "utf-8",
        "sender": TAKAMINE,
        "to": ["営業部 津久井 <tsukui@tsubasa-system.jp>"],
        "subject": "来期の機械翻訳導入に関するご相談（資料送付）",
        "body": f"""ツバサシステム 津久井様

お世話になっております。日の出産業の高嶺です。
来週の打合せの前に、当部の検討資料をお送りします。
ご提案の参考にしていただければ幸いです。

高嶺
{SIG_TAKAMINE}""",
        "attachments": [{
            "kind": "pptx", "name": "MT_donyu_kento.pptx",
            "page_footer": "INTERNAL ONLY - 日の出産業 翻訳・通訳事業部",
            "slides": [
                ["機械翻訳導入の検討", "翻訳・通訳事業部 事業計画 2026"],
                ["現状の課題", "外注費が売上の58%", "英日案件の単価下落"],
                ["方針", "MT+ポストエディットを標準化", "外注者を2割削減、単価交渉を実施"],
                ["損益見込", "粗利率 22% → 31%", "投資回収 18か月"],
            ],
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX whose every slide carries an INTERNAL ONLY footer, sent to the partner vendor",
    },
    {
        "id": "translation-046",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": YAGI,
        "to": ["代表取締役 大江 <oe@kotonoha-trans.co.jp>"],
        "subject": "業務提携の条件案",
        "body": f"""■■■ 部外秘 ■■■

株式会社ことのは翻訳
大江社長

先日はお時間をいただきありがとうございました。
日の出産業の八木橋です。業務提携の条件案を以下にまとめました。

1. 医療・司法分野の案件は当社が元請、貴社へ再委託（年間目標 3,000万円）
2. 再委託料率：当社受注額の65%
3. 貴社の登録通訳者を当社の医療通訳プールに相互登録
4. 3年後を目途に資本提携を検討

取締役会前の段階ですので、取扱いにはご注意ください。
{SIG_YAGI}""",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail body stamped 部外秘 as a classification line, to an outside company",
    },
    {
        "id": "translation-047",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": OKAMOTO,
        "to": ["購買部 藤代 <fujishiro@seiran-gakuen.ac.jp>"],
        "subject": "お見積りの内訳（ご参考）",
        "body": f"""青嵐学園 購買部
藤代様

お世話になっております。日の出産業の岡本です。
お問い合わせの内訳について、Excelをお送りします。

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "xlsx", "name": "mitsumori_utiwake.xlsx",
            "page_header": "機密",
            "sheets": {"原価内訳": [
                ["機密　見積原価内訳（社内用）", "", "", ""],
                ["項目", "売価", "原価", "粗利"],
                ["英訳（証明書類5名分）", "55000", "30000", "25000"],
                ["翻訳証明", "11000", "0", "11000"],
                ["郵送費", "2400", "2400", "0"],
            ]},
        }],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped 機密 (header and title row) with internal cost breakdown, to a client",
    },
    {
        "id": "translation-048",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        "subject": "戸籍謄本・除籍謄本 英訳の納品",
        "body": f"""白川法律事務所
事務局 ご担当者様

お世話になっております。日の出産業の宇佐美です。
ご依頼の戸籍謄本・除籍謄本の英訳をZIPにて送付いたします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
{SIG_USAMI}""",
        "attachments": [{
            "kind": "zip", "name": "koseki_EN_20251119.zip", "password": "Hn7#k2Qx",
            "files": [
                {"kind": "docx", "name": "Koseki_EN.docx", "paragraphs": [
                    "Family Register - translation", "Head of family: SAGARA Tetsuo, born 4 May 1949",
                    "Wife: SAGARA Kimie, born 19 January 1952"]},
                {"kind": "docx", "name": "Joseki_EN.docx", "paragraphs": [
                    "Removed Family Register - translation", "SAGARA Genzo, born 1 July 1921, deceased 3 March 2009"]},
            ],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): contents cannot be inspected",
    },
    {
        "id": "translation-049",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Records Office <records@evergreen-credential.org>"],
        "subject": "Certified translation of academic transcript - ref. EC-77410",
        "body": f"""Dear Records Office,

Please find attached the certified translation of the academic transcript for your
reference EC-77410. As agreed, the PDF is password-protected; the password has been
sent to you separately by SMS.
{SIG_DAN}""",
        "attachments": [{
            "kind": "pdf", "name": "EC-77410_transcript_certified.pdf", "password": "EC77410tr",
            "lines": ["ACADEMIC TRANSCRIPT (Certified Translation)", "Name: MORIYAMA Kanako",
                      "Date of Birth: 22 March 1999", "Faculty of Letters, Seiran University"],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted PDF that cannot be inspected",
    },
    {
        "id": "translation-050",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["総務部 今泉 <imaizumi@aoba-unyu.co.jp>"],
        "subject": "就業規則（英語版）の翻訳納品",
        "body": f"""青葉運輸株式会社
総務部 今泉様

いつもお世話になっております。日の出産業の岡本です。
就業規則の英語版を納品いたします。
ファイルが開けない場合はお知らせください。

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{"kind": "corrupt", "name": "Work_Rules_EN_final.docx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a corrupt DOCX that cannot be read",
    },
    {
        "id": "translation-051",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": ["蒔田 玲奈 <makita.rena.med@outlook.jp>"],
        "subject": "紹介状・検査結果の翻訳原稿（3件）",
        "body": f"""蒔田さん

お疲れさまです。三上です。
今週分の原稿3件をZIPでお送りします。パスワードはいつものSMSで送ります。
納期は各ファイル名に記載のとおりです。

三上
{SIG_MIKAMI}""",
        "attachments": [{
            "kind": "zip", "name": "genko_1120.zip", "password": "mk-1120-rn",
            "files": [
                {"kind": "pdf", "name": "shokaijo_1121.pdf", "lines": ["診療情報提供書", "患者：大庭 美和 様"]},
                {"kind": "pdf", "name": "kensa_1124.pdf", "lines": ["検査結果報告書"]},
                {"kind": "pdf", "name": "shohousen_1125.pdf", "lines": ["処方内容"]},
            ],
        }],
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "encrypted ZIP of medical source files to a freelancer's outlook.jp address",
    },
    {
        "id": "translation-052",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["通訳センター 係長 久我 <kuga-t@police.pref.saitama.lg.jp>"],
        "subject": "通訳人の追加登録について（当社所属分）",
        "body": f"""埼玉県警察本部 通訳センター
久我係長

いつもお世話になっております。日の出産業の宇佐美です。
先日ご依頼のありました通訳人の追加登録について、当社所属の通訳者で
ご協力可能な者を以下のとおりご連絡いたします。

・陳 志明（中国語）　昭和54年9月9日生　相模原市南区相模大野6-3-11　080-4451-0962
・グルン・ビシャル（ネパール語）　平成2年11月3日生　東京都北区赤羽南2-4-9　080-1179-5536
・チャン・ミン・トゥアン（ベトナム語）　平成8年4月26日生　埼玉県川口市栄町1-12-5　090-2231-7704
・Maricel Dizon（タガログ語）　昭和62年8月30日生　千葉県船橋市本町5-2-7　070-2290-6718
・Ana Paula Kimura（ポルトガル語）　昭和57年5月8日生　群馬県太田市西本町33-6　090-8862-4410

身元確認書類の写しは郵送にてお送りします。
{SIG_USAMI}""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bullet list of five interpreters with 和暦 DOB, home address and mobile to the police",
    },
    {
        "id": "translation-053",
        "expect": "stop",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Evaluation Services <intake@evergreen-credential.org>"],
        "subject": "Batch submission - 5 diploma translations (Seiran Gakuen staff)",
        "body": f"""Dear Evaluation Services team,

We are submitting five diploma translations on behalf of Seiran Gakuen for
credential evaluation. Applicant details are below; the translated diplomas will be
uploaded to your portal today.

Applicant 1
  Name: SOGO Haruka
  Date of birth: 11 June 1992
  Email: haruka.sogo@seiran-gakuen.ac.jp
  Degree: Bachelor of Education, Tamagawa Women's University (2015)

Applicant 2
  Name: UKYO Daichi
  Date of birth: 27 February 1990
  Email: d.ukyo@seiran-gakuen.ac.jp
  Degree: Master of Science, Kanto Institute of Technology (2014)

Applicant 3
  Name: AMARI Sae
  Date of birth: 3 October 1995
  Email: amari.sae@seiran-gakuen.ac.jp
  Degree: Bachelor of Arts, Sagami University (2018)

Applicant 4
  Name: O'ROURKE Kevin
  Date of birth: 19 December 1987
  Email: k.orourke@seiran-gakuen.ac.jp
  Degree: Bachelor of Arts, University College Cork (2009)

Applicant 5
  Name: MEGURO Saki
  Date of birth: 8 January 1997
  Email: meguro.saki@seiran-gakuen.ac.jp
  Degree: Bachelor of Music, Musashino College of Music (2019)
{SIG_DAN}""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five applicant blocks with DOB and e-mail to an overseas evaluation service",
    },
    {
        "id": "translation-054",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": KURI,
        "to": ["樫村 一樹 <kashimura@minato-kaikei.jp>"],
        "subject": "報酬、料金、契約金及び賞金の支払調書 作成用データ",
        "body": f"""みなと会計 樫村様

お世話になっております。栗林です。
今年分の支払調書の作成用データ（xls）をお送りします。
個人番号は本人確認済みです。

ご査収ください。
{SIG_KURI}""",
        "attachments": [{
            "kind": "xls", "name": "shiharai_chosho_2025.xls",
            "sheets": {"支払調書": [
                ["氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"],
                ["真壁 透子", "東京都杉並区阿佐谷南2-31-6", my_number(3003), "翻訳料", "2318000", "236691"],
                ["諏訪部 美智", "埼玉県さいたま市浦和区常盤7-4-15", my_number(3004), "翻訳料", "1104500", "112774"],
                ["鬼頭 隆之", "東京都品川区大井4-12-3-801", my_number(3005), "翻訳料", "2877000", "293771"],
                ["白鳥 エレナ", "神奈川県横浜市西区宮崎町25-1", my_number(3006), "翻訳料", "702400", "71720"],
                ["樋渡 梓", "神奈川県横浜市港北区日吉本町3-22-8", my_number(3007), "通訳料", "964000", "98430"],
                ["大槻 凌", "東京都立川市錦町3-6-22", my_number(3002), "翻訳料", "1486500", "151799"],
            ]},
        }],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with six translators' home addresses and My Numbers to an outside tax firm",
    },
    {
        "id": "translation-055",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": TODO,
        "to": ["イベント運営部 <ops@kizuna-event.co.jp>"],
        "subject": "国際会議 同時通訳ブース要員リスト",
        "body": f"""株式会社キズナイベント
イベント運営部 ご担当者様

お世話になっております。日の出産業の藤堂です。
国際会議（12/9-10）の同時通訳ブース要員のリストをテキストで添付します。
ホテル手配と入館登録にご利用ください。

藤堂
{SIG_TODO}""",
        "attachments": [{
            "kind": "txt", "name": "booth_members.txt", "encoding": "cp932",
            "text": """同時通訳ブース要員（12/9-10 国際会議）
ブース  氏名              生年月日    住所                                  携帯
------  ----------------  ----------  ------------------------------------  -------------
EN-1    保科 瑞穂         1991/11/30  神奈川県藤沢市鵠沼海岸4-6-17          090-3370-5186
EN-1    Graham Pollard    1976/02/03  神奈川県川崎市中原区木月2-14-1-305    080-9913-4428
ZH-1    陳 志明           1979/09/09  神奈川県相模原市南区相模大野6-3-11    080-4451-0962
ZH-1    王 麗華           1983/04/22  神奈川県横浜市中区山下町118-2-702     090-2217-6843
KO-1    朴 垠智           1985/10/21  東京都新宿区大久保1-9-14-402          090-6620-3318
KO-1    雲母 真澄         1989/05/12  東京都杉並区高円寺北3-21-6            080-6634-0087
""",
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "space-padded text file (CP932) of six interpreters with DOB, address and mobile to an event company",
    },
]
M4 = [
    {
        "id": "translation-056",
        "expect": "pass",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Hannah Greer <hannah.greer@fieldstone-legal.com>"],
        "subject": "Quotation: Japanese to English translation of corporate documents",
        "body": f"""Dear Ms. Greer,

Thank you for your enquiry. Based on the sample pages you sent, our quotation is as
follows:

  Articles of Incorporation (approx. 6,800 characters)   JPY  95,200
  Certificate of Registered Matters (2 pages)            JPY  16,500
  Translator's certificate (per document)                JPY   3,300 x 2
  ---------------------------------------------------------------------
  Total (excl. consumption tax)                          JPY 118,300

Turnaround is five business days from receipt of clear scans. If you would like the
translations notarised, please allow an additional three days.
{SIG_DAN}""",
        "entities": [],
        "detectors": [],
        "note": "ordinary quotation to an overseas client; only the sender's signature",
    },
    {
        "id": "translation-057",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["吉良 則彦 <kira.norihiko@kawasaki-denki.co.jp>"],
        "subject": "Re: 安全上の注意（第3章）追加翻訳のご依頼",
        "body": f"""吉良様

お世話になっております。日の出産業の岡本です。
第3章「安全上の注意」の追加翻訳、承りました。

・対象：3.1〜3.4（約4,200字）
・言語：英・中（簡体）
・納期：12月3日(水)
・ご発注番号：KD-PO-2025-3318

担当翻訳者には本日中に手配いたします。
引き続きよろしくお願いいたします。
{SIG_OKAMOTO}

-----Original Message-----
From: 吉良 則彦 <kira.norihiko@kawasaki-denki.co.jp>
Sent: Tuesday, November 18, 2025 4:51 PM
Subject: 安全上の注意（第3章）追加翻訳のご依頼

日の出産業 岡本様
第3章の追加分をお願いできますでしょうか。原稿を添付します。
川崎電機株式会社 技術文書課 吉良 則彦
TEL 044-712-3300（代表）""",
        "entities": [],
        "detectors": [],
        "note": "order confirmation to one partner contact; quoted original and signatures only",
    },
    {
        "id": "translation-058",
        "expect": "pass",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Accounts Payable <ap@brightwater-pharma.com>"],
        "subject": "Invoice INV-TR-251107 - Clinical protocol translation",
        "body": f"""Dear Accounts Payable team,

Please find below the details of our invoice for the translation of the clinical
study protocol (your PO 4500187723).

  Invoice no.: INV-TR-251107
  Amount: JPY 1,254,000 (tax incl.)
  Due date: 31 December 2025
  Bank: Midori Bank, Head Office (SWIFT MDRIJPJT), Account 0912345
  Account name: Hinode Sangyo Co., Ltd.

Thank you for your prompt payment.
{SIG_DAN}
{DISCLAIMER_EN}""",
        "entities": [],
        "detectors": [],
        "note": "invoice with the company's own bank account and the standard English disclaimer",
    },
    {
        "id": "translation-059",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["白川 宗一郎 <shirakawa@shirakawa-law.jp>"],
        "subject": "準備書面 英訳の進捗について",
        "body": f"""白川先生

いつも大変お世話になっております。日の出産業の宇佐美です。
第2準備書面の英訳ですが、本文は完了し、現在書証番号の照合を行っております。
予定どおり11月21日(金)午前中に納品できる見込みです。

引き続きよろしくお願いいたします。
{SIG_USAMI}
{DISCLAIMER_JA}""",
        "entities": [],
        "detectors": [],
        "note": "progress report to a partner law firm with the standard Japanese disclaimer",
    },
    {
        "id": "translation-060",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": KURI,
        "to": ["須田 恵理香 <erika.suda.translate@gmail.com>"],
        "subject": "業務委託契約書・秘密保持契約書のご送付（新規ご登録）",
        "body": f"""須田 恵理香 様

このたびは当社翻訳者としてご登録いただき、ありがとうございます。
日の出産業 翻訳・通訳事業部 業務管理課の栗林です。

ご登録にあたり、以下の2点をお送りします。
・業務委託基本契約書
・秘密保持契約書（NDA）

秘密保持契約書は、お客様からお預かりする原稿や訳文を第三者に開示しない
ことなどを定めたものです。内容をご確認のうえ、署名欄にご記入いただき、
PDFでご返送ください。ご不明な点があればお気軽にお問い合わせください。
{SIG_KURI}""",
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_翻訳者用.docx",
            "paragraphs": [
                "秘密保持契約書",
                "日の出産業株式会社（以下「甲」という）と翻訳者（以下「乙」という）は、",
                "甲が乙に委託する翻訳業務に関して開示する秘密情報の取扱いについて、次のとおり契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する原稿、訳文、顧客情報その他一切の情報をいう。",
                "第2条（秘密保持）乙は、秘密情報を第三者に開示又は漏洩してはならない。",
                "第3条（返還・廃棄）業務終了後、乙は秘密情報を速やかに廃棄する。",
                "住所：＿＿＿＿＿＿＿＿　氏名：＿＿＿＿＿＿＿＿　印",
            ],
        }],
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mail about an NDA with a blank NDA template to one freelancer on gmail",
    },
    {
        "id": "translation-061",
        "expect": "pass",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Oliver Brandt <o.brandt@rheinwerk-ag.de>"],
        "subject": "Re: Mutual NDA before sharing the service manuals",
        "body": f"""Dear Mr. Brandt,

Thank you for sending over your standard mutual NDA. Our legal team has reviewed it
and we are happy to sign it as is, with one small change: in Clause 4 we would ask
that the confidentiality period be five years rather than ten, which is our usual
term with clients.

Once the NDA is signed, please feel free to upload the service manuals to our portal
and we will prepare a quotation within two business days.
{SIG_DAN}

On Mon, 17 Nov 2025 at 09:12, Oliver Brandt <o.brandt@rheinwerk-ag.de> wrote:
> Dear Mr. Whitfield,
> before we can share the manuals, we need a mutual NDA in place. Please find ours
> attached. Confidential Information shall include all technical documents...
> Best regards, Oliver Brandt""",
        "entities": [],
        "detectors": [],
        "note": "English discussion of an NDA with one overseas client; no marking, no personal data",
    },
    {
        "id": "translation-062",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": MIKAMI,
        "to": ["医療福祉相談室 <iryo-soudan@jonan-hospital.or.jp>"],
        "subject": "Re: 来週の外来通訳予約（6件）",
        "body": f"""城南総合病院 医療福祉相談室
平岡様

お世話になっております。三上です。
6件とも通訳者の手配が完了しました。当日はよろしくお願いいたします。

三上
{SIG_MIKAMI}

> 日の出産業 三上様
> 来週の外来通訳、以下6件お願いします。
>
> 11/25 09:30 李 秀英 様（中国語） 090-6671-3302 消化器内科
> 11/25 14:00 Pham Van Long 様（ベトナム語） 080-2219-7783 整形外科
> 11/26 10:00 Jessa Cruz 様（タガログ語） 070-3381-0025 産婦人科
> 11/26 15:00 Rai Sushil 様（ネパール語） 080-7710-4236 呼吸器内科
> 11/27 11:00 Carlos Yamamoto 様（ポルトガル語） 090-4428-1967 循環器内科
> 11/28 09:00 金 美淑 様（韓国語） 090-5503-8814 眼科
>
> 医療福祉相談室 平岡""",
        "entities": [],
        "detectors": [],
        "note": "the patient list is only in quoted text from the hospital; new text has no personal data",
    },
    {
        "id": "translation-063",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": ["清和記念病院 国際医療支援室 <international@seiwa-kinen.or.jp>"],
        "subject": "RE: 英文診断書の納期について",
        "body": f"""清和記念病院 国際医療支援室
香坂様

お世話になっております。日の出産業の三上です。
ご依頼の英文診断書は、明後日（11/21）正午までに納品いたします。
翻訳証明書の宛名は貴院名でよろしいでしょうか。

よろしくお願いいたします。
三上
{SIG_MIKAMI}

-----Original Message-----
From: 香坂 <international@seiwa-kinen.or.jp>
Sent: Wednesday, November 19, 2025 9:40 AM
To: mikami.chihiro@{H}
Subject: 英文診断書の納期について

三上様
先日お願いした篠宮 和馬様（急性心筋梗塞・2型糖尿病）の英文診断書ですが、
保険会社への提出期限が迫っているとのことで、納期を教えてください。
清和記念病院 国際医療支援室 香坂""",
        "entities": [],
        "detectors": [],
        "note": "the diagnosis appears only under -----Original Message----- from the same hospital",
    },
    {
        "id": "translation-064",
        "expect": "pass",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Liam Hartley <desk@northstar-visa.com.au>"],
        "subject": "Re: Family visa file - passport details",
        "body": f"""Hi Liam,

Thanks, all three passport numbers match our translations. We'll courier the
certified copies on Friday.
{SIG_DAN}

On Tue, 18 Nov 2025 at 16:02, Liam Hartley <desk@northstar-visa.com.au> wrote:
> Hi Daniel,
> Just double-checking the passport numbers against your translations:
>   TACHIBANA Kenji  - TR2210846 (DOB 14 MAR 1965)
>   TACHIBANA Yumiko - TR2210851 (DOB 30 JUL 1968)
>   TACHIBANA Aoi    - TR4419027 (DOB 02 AUG 1996)
> Can you confirm?
> Cheers, Liam""",
        "entities": [],
        "detectors": [],
        "note": "passport numbers only in quoted text (On ... wrote:) from the recipient himself",
    },
    {
        "id": "translation-065",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": MIKAMI,
        "to": ["人事部 厚生課 <kousei@aoba-unyu.co.jp>"],
        "subject": "医療通訳対応の提携医療機関一覧",
        "body": f"""青葉運輸株式会社
人事部 厚生課 ご担当者様

いつもお世話になっております。日の出産業の三上です。
外国籍社員の皆様の受診時に当社の医療通訳をご利用いただける
提携医療機関は以下のとおりです。予約は各病院の代表番号へお願いします。

医療機関名              所在地                          代表電話        対応言語
----------------------  ------------------------------  --------------  ----------------
城南総合病院            東京都大田区大森西6-11-1        03-3761-4100    英・中・越・葡
清和記念病院            東京都品川区西五反田3-2-15      03-3491-2280    英・中・韓
みなみ医療センター      神奈川県川崎市幸区南幸町2-8     044-533-7011    英・越・タガログ
京葉メディカルクリニック 千葉県市川市八幡3-4-19        047-335-1122    英・中・ネパール
さいたま東部病院        埼玉県越谷市南越谷1-20-6        048-988-4500    英・葡・西

時間外は当社通訳センター（03-5472-3199）までご連絡ください。
{SIG_MIKAMI}""",
        "entities": [],
        "detectors": [],
        "note": "a list of hospitals with switchboards and addresses: businesses, not people",
    },
    {
        "id": "translation-066",
        "expect": "pass",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["トゥアンさん <tuan.tran.interp@yahoo.co.jp>"],
        "subject": "司法通訳の主な派遣先（代表番号）",
        "body": f"""トゥアンさん

お疲れさまです。宇佐美です。
先日お話しした、派遣の多い警察署・裁判所の代表番号をまとめておきます。
遅刻しそうなときは、まず代表に電話して担当課につないでもらってください。

・警視庁 大森警察署　03-3762-0110
・警視庁 蒲田警察署　03-3731-0110
・埼玉県警 川口警察署　048-253-0110
・東京地方裁判所（刑事部）　03-3581-5411
・さいたま地方裁判所　048-863-4111

よろしくお願いします。
{SIG_USAMI}""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "list of police stations and courts (switchboards) to one freelancer on yahoo.co.jp",
    },
    {
        "id": "translation-067",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": TODO,
        "to": ["総務課 牧野 <makino@kizuna-event.co.jp>"],
        "subject": "通訳者の宿泊先候補（さくらホテル各館）",
        "body": f"""キズナイベント 牧野様

お世話になっております。藤堂です。
地方会場での通訳者の宿泊先として、さくらホテルの各館をご提案します。

・さくらホテル 札幌駅前　札幌市北区北7条西4-1　011-700-3311
・さくらホテル 仙台　仙台市青葉区中央2-5-8　022-211-8808
・さくらホテル 名古屋栄　名古屋市中区栄3-18-2　052-261-4470
・さくらホテル 博多　福岡市博多区博多駅前1-9-3　092-431-2255

法人契約料金が適用されますので、予約時に「日の出産業」とお伝えください。
{SIG_TODO}""",
        "entities": [],
        "detectors": [],
        "note": "hotel branches with addresses and switchboards: a list of businesses",
    },
    {
        "id": "translation-068",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": ["広報部 鮎川 <ayukawa@rheinwerk-japan.co.jp>"],
        "subject": "記者会見の通訳者確定のご連絡",
        "body": f"""ラインヴェルク・ジャパン株式会社
広報部 鮎川様

お世話になっております。日の出産業の藤堂です。
12月2日の記者会見の通訳者が確定しましたのでご連絡します。
当日の集合確認などは、下記の携帯に直接ご連絡いただいて構いません。

・独日通訳：鬼頭 隆之　携帯 080-4027-9951
・英日通訳：保科 瑞穂　携帯 090-3370-5186

集合は会場控室に12:30でお願いしております。
{SIG_TODO}""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two interpreters' mobiles to the client: fewer than five people (may be warned)",
    },
    {
        "id": "translation-069",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["Nguyen Van Minh <minh.nguyen.jp@yahoo.co.jp>"],
        "subject": "住民票（世帯全員）の英訳ドラフト",
        "body": f"""グエン・ヴァン・ミン 様

お世話になっております。日の出産業の岡本です。
住民票（世帯全員）の英訳ドラフトです。ローマ字の綴りをご確認ください。

Address: 2-14-9-302 Nishikasai, Edogawa-ku, Tokyo
  1) NGUYEN Van Minh  (Head of household)  DOB: 5 May 1987
  2) TRAN Thi Hoa     (Wife)               DOB: 22 September 1990
  3) NGUYEN Gia Bao   (Son)                DOB: 17 January 2019

問題なければ翻訳証明を付けて正式版をお送りします。
{SIG_OKAMOTO}""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a three-person household certificate sent to the client himself: under five people",
    },
    {
        "id": "translation-070",
        "expect": "pass",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["サポートデスク <support@tsubasa-system.jp>"],
        "subject": "外部翻訳者アカウント追加（4名）",
        "body": f"""ツバサシステム サポートデスク御中

お世話になっております。日の出産業の岡本です。
北国フーズ様案件用に、外部翻訳者アカウントを4名分追加でお願いします。
詳細は添付のExcelのとおりです。

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "xlsx", "name": "account_tsuika_4mei.xlsx",
            "sheets": {"追加": [
                ["外部翻訳者アカウント 追加申請", "", "", ""],
                ["氏名", "メール", "電話", "言語"],
                ["須田 恵理香", "erika.suda.translate@gmail.com", "080-5562-3071", "EN-JA"],
                ["ソムチャイ・ウォン", "somchai.w.trans@gmail.com", "080-2754-1190", "TH-JA"],
                ["阮 氏 秋", "thu.nguyen.jp@gmail.com", "070-6612-3309", "VI-JA"],
                ["王 麗華", "wang.lihua88@yahoo.co.jp", "090-2217-6843", "ZH-JA"],
            ]},
        }],
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with four translators' contact details to a partner: under five people",
    },
    {
        "id": "translation-071",
        "expect": "pass",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["早乙女 結衣 <yui.saotome0302@gmail.com>"],
        "subject": "卒業証明書の英訳 納品のご案内",
        "body": f"""早乙女 結衣 様

このたびはご依頼ありがとうございました。日の出産業の岡本です。
卒業証明書の英訳が完了しましたので、PDFを添付いたします。

Name: SAOTOME Yui
Date of Birth: 2 March 2001
Degree: Bachelor of Arts (English Literature), Sagami University
Date of Graduation: 20 March 2023

原本（翻訳証明付き）は明日発送いたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "pdf", "name": "Graduation_Certificate_SAOTOME_EN.pdf",
            "lines": ["CERTIFICATE OF GRADUATION (Translation)", "Name: SAOTOME Yui",
                      "Date of Birth: 2 March 2001", "Sagami University, Faculty of Letters"],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "one client's own diploma translation sent to her own gmail: one person",
    },
    {
        "id": "translation-072",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": [KURI],
        "subject": "外注翻訳者の個人番号（新規3名分）",
        "body": f"""栗林さん

お疲れさまです。岡本です。
今年度新規登録の外注翻訳者3名の個人番号を回収しましたので共有します。
番号確認・身元確認書類はキャビネットに保管しています。

須田 恵理香　{my_number(3008)}　千葉県松戸市新松戸4-120-7
ソムチャイ・ウォン　{my_number(3009)}　東京都豊島区池袋本町2-33-4-201
蒔田 玲奈　{my_number(3010)}　東京都文京区千石1-8-12

よろしくお願いします。
岡本""",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Numbers sent only to an internal colleague",
    },
    {
        "id": "translation-073",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": [TAKAMINE],
        "cc": [f"医療通訳チーム <iryo-team@{H}>"],
        "subject": "診断書英訳のダブルチェック依頼（篠宮様）",
        "body": f"""高嶺課長

お疲れさまです。三上です。
外注の蒔田さんから上がってきた英訳のダブルチェックをお願いします。

患者：篠宮 和馬 様（52歳）
Acute myocardial infarction / Type 2 diabetes mellitus
PCI with stent placement; insulin therapy initiated (HbA1c 8.2%)

"insulin therapy initiated" は原文「インスリン導入」の訳として問題ないか、
ご確認いただけますでしょうか。

三上""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a patient's diagnosis, but every recipient is internal",
    },
    {
        "id": "translation-074",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": TAKAMINE,
        "to": [f"翻訳・通訳事業部 全員 <honyaku-all@{H}>"],
        "subject": "【社外秘】2026年度 外注単価テーブル確定版",
        "body": f"""事業部各位

お疲れさまです。高嶺です。
2026年度の外注単価テーブルが確定しましたので共有します。
社外秘扱いのため、外注先・お客様への転送はしないでください。

高嶺""",
        "attachments": [{
            "kind": "xlsx", "name": "gaichu_tanka_2026_kakutei.xlsx", "page_header": "社外秘",
            "sheets": {"翻訳": [["【社外秘】外注単価テーブル 2026年度（確定）", ""],
                                ["英→日 一般", "12"], ["英→日 特許・医薬", "16"]]},
        }],
        "entities": [],
        "detectors": [],
        "note": "社外秘 document sent only to an internal distribution list",
    },
    {
        "id": "translation-075",
        "expect": "pass",
        "charset": "utf-8",
        "sender": TODO,
        "to": [f"通訳センター夜間当番 <yakan@mail.{H}>"],
        "cc": [MIKAMI],
        "subject": "年末年始 オンコール通訳者リスト",
        "body": f"""夜間当番各位

年末年始のオンコール通訳者リストをCSVで添付します。
各自の携帯・住所が載っているので、取扱いに注意してください。

藤堂""",
        "attachments": [{
            "kind": "csv", "name": "oncall_nenmatsu.csv", "encoding": "utf-8",
            "rows": [
                ["日付", "言語", "氏名", "携帯", "住所"],
                ["12/27", "英語", "樋渡 梓", "070-5581-2297", "神奈川県横浜市港北区日吉本町3-22-8"],
                ["12/28", "中国語", "陳 志明", "080-4451-0962", "神奈川県相模原市南区相模大野6-3-11"],
                ["12/29", "ベトナム語", "レ・ヴァン・フン", "070-8826-1453", "神奈川県厚木市旭町2-7-20-201"],
                ["12/30", "ネパール語", "グルン・ビシャル", "080-1179-5536", "東京都北区赤羽南2-4-9"],
                ["12/31", "ポルトガル語", "Ana Paula Kimura", "090-8862-4410", "群馬県太田市西本町33-6"],
                ["1/1", "タガログ語", "Maricel Dizon", "070-2290-6718", "千葉県船橋市本町5-2-7"],
                ["1/2", "韓国語", "朴 垠智", "090-6620-3318", "東京都新宿区大久保1-9-14-402"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "seven interpreters' records, but sent to an internal subdomain and a colleague only",
    },
    {
        "id": "translation-076",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["白川 宗一郎 <shirakawa@shirakawa-law.jp>"],
        "cc": ["須賀 <suga.k@midori-ginko.co.jp>"],
        "subject": "英文保証状の翻訳打合せ（11/27）",
        "body": f"""白川先生
みどり銀行 須賀様

お世話になっております。日の出産業の宇佐美です。
英文保証状の翻訳についての打合せ、11月27日(木) 14:00から
白川法律事務所の会議室で確定とさせていただきます。

当日は訳語の統一表をお持ちします。
どうぞよろしくお願いいたします。
{SIG_USAMI}""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc: a normal three-way meeting mail",
    },
    {
        "id": "translation-077",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": OKAMOTO,
        "to": ["吉良 則彦 <kira.norihiko@kawasaki-denki.co.jp>"],
        "cc": ["井筒 <izutsu@nishiki-insatsu.co.jp>"],
        "subject": "多言語版取扱説明書 印刷スケジュール",
        "body": f"""川崎電機 吉良様
錦印刷 井筒様

お世話になっております。日の出産業の岡本です。
多言語版取扱説明書の印刷スケジュールを共有いたします。

12/15　最終データ入稿（日の出産業→錦印刷）
12/19　色校提出（錦印刷→川崎電機）
12/24　校了
1/16　納品（川崎電機 川崎工場 資材受入）

変更がありましたらご連絡ください。
{SIG_OKAMOTO}""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations (client and printer) in To/Cc",
    },
    {
        "id": "translation-078",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["真壁 透子 <makabe.toko@gmail.com>"],
        "subject": "【ご依頼】製品カタログ 英→日 約3,500ワード",
        "body": f"""真壁さん

いつもお世話になっております。岡本です。
下記の案件をお願いできますでしょうか。

クライアント：ラインヴェルク・ジャパン様
内容：産業用ポンプの製品カタログ（英→日）
分量：約3,500ワード
納期：11月28日(金) 17:00
単価：12円/ワード
参考資料：前回の訳文とTMをポータルに置いています

ご都合をお知らせください。
{SIG_OKAMOTO}""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "job offer to one freelance translator on gmail; no personal data",
    },
    {
        "id": "translation-079",
        "expect": "pass",
        "charset": "utf-8",
        "sender": TAKAMINE,
        "to": ["経営企画室 <keiei@lingua-bridge.co.jp>"],
        "subject": "協業実績レポート（2025年4月〜10月）",
        "body": f"""リンガブリッジ 経営企画室 御中

お世話になっております。日の出産業の高嶺です。
協業実績（再委託分）の集計をお送りします。

言語ペア     件数   ワード数     売上(千円)
-----------  -----  -----------  ----------
英→日        142     1,284,300      15,412
日→英         88       611,900      13,462
中→日         37       204,800       2,048
越→日         19        61,200         734
その他        24       103,700       1,659
-----------  -----  -----------  ----------
合計         310     2,265,900      33,315

引き続きよろしくお願いいたします。
{SIG_TAKAMINE}""",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics by language pair; no people",
    },
    {
        "id": "translation-080",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": ["医療通訳推進部会 <bukai@medical-interp.or.jp>"],
        "subject": "医療通訳 利用実績（2025年度上期）のご報告",
        "body": f"""医療通訳推進部会 事務局 御中

いつもお世話になっております。日の出産業の三上です。
2025年度上期の医療通訳の利用実績をご報告します。個人が特定される情報は含んでおりません。

診療科        英語  中国語  ベトナム語  ネパール語  その他  計
------------  ----  ------  ----------  ----------  ------  ---
内科            41      38          29          17      22  147
産婦人科        12      19          24           8      11   74
小児科           9      14          18           6       7   54
整形外科        15      11          13           9       5   53
精神科           3       2           1           0       1    7
------------  ----  ------  ----------  ----------  ------  ---
計              80      84          85          40      46  335

対面：221件、遠隔（タブレット）：114件でした。
{SIG_MIKAMI}""",
        "entities": [],
        "detectors": [],
        "note": "counts by department and language: statistics without people",
    },
    {
        "id": "translation-081",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["法務部 氷室 <himuro@seiran-gakuen.ac.jp>"],
        "subject": "原稿の受け渡し方法について",
        "body": f"""青嵐学園 法務部
氷室様

お世話になっております。日の出産業の岡本です。
お問い合わせいただいた原稿の受け渡し方法についてご案内します。

当社では機密保持の観点から、原稿・訳文のやり取りはメール添付ではなく、
アクセス制限付きのファイル共有ポータルをご利用いただいております。
アカウントは本日中に発行し、ログイン情報は別途お送りします。

また、翻訳者とは全員と秘密保持契約を締結しておりますのでご安心ください。
{SIG_OKAMOTO}""",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密保持 / 秘密保持契約 in passing; no classification marking",
    },
    {
        "id": "translation-082",
        "expect": "pass",
        "charset": "utf-8",
        "sender": KURI,
        "to": ["経理部 <keiri@rheinwerk-japan.co.jp>"],
        "subject": "請求書送付のご案内（11月分）",
        "body": f"""ラインヴェルク・ジャパン株式会社
経理部 御中

いつもお世話になっております。日の出産業の栗林です。
11月分の請求書をお送りいたします。

請求書番号：HS-TR-2511-0087
ご請求金額：¥462,000（税込）
お支払期日：2025年12月31日
お振込先：みどり銀行 浜松町支店 当座 0801234 ヒノデサンギヨウ（カ
適格請求書発行事業者登録番号：T{corp_number("010401098765")}

ご確認のほどよろしくお願いいたします。
{SIG_KURI}""",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "invoice with the company's own T-number and bank account: business data only",
    },
    {
        "id": "translation-083",
        "expect": "pass",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Hannah Greer <hannah.greer@fieldstone-legal.com>"],
        "subject": "Dispatch notice: certified translations (Order TR-25-1162)",
        "body": f"""Dear Ms. Greer,

The signed and sealed hard copies of the certified translations for order
TR-25-1162 were dispatched today by EMS.

  Tracking number: EJ482210937JP
  Estimated delivery: 25-27 November

You can follow the parcel on the Japan Post website.
{SIG_DAN}""",
        "entities": [],
        "detectors": [],
        "note": "dispatch notice with an order and a tracking number",
    },
    {
        "id": "translation-084",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        "subject": "パスワードのお知らせ（戸籍謄本・除籍謄本 英訳）",
        "body": f"""白川法律事務所
事務局 ご担当者様

先ほどお送りしたZIPファイルのパスワードをお知らせします。

　koseki_EN_20251119.zip
　パスワード：Hn7#k2Qx

よろしくお願いいたします。
{SIG_USAMI}""",
        "entities": [],
        "detectors": [],
        "note": "the separate password mail: no attachment, no personal data",
    },
    {
        "id": "translation-085",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": [OKAMOTO],
        "bcc": ["makabe.toko@gmail.com", "suwabe.michi@yahoo.co.jp", "kito.takayuki@icloud.com",
                "lferreira.trad@outlook.jp", "elena.shiratori@gmail.com", "thu.nguyen.jp@gmail.com",
                "erika.suda.translate@gmail.com"],
        "subject": "【登録翻訳者の皆さまへ】年末年始の納品スケジュールについて",
        "body": f"""登録翻訳者の皆さま

いつも大変お世話になっております。日の出産業の岡本です。
（本メールはBCCでお送りしております）

年末年始の休業に伴い、納品・検収のスケジュールを以下のとおりといたします。
・12月26日(金) 17:00 までの納品分：12月検収
・12月27日〜1月4日：休業（ポータルへの納品は可能です）
・1月5日(月)以降：通常どおり

今年も一年ありがとうございました。
{SIG_OKAMOTO}""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "announcement to freelancers in Bcc (To: self): nobody sees the others",
    },
    {
        "id": "translation-086",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": USAMI,
        "to": ["刑事組織犯罪対策課 栗栖 <kurisu-m@police-omori.metro.tokyo.lg.jp>"],
        "subject": "Re: 通訳人派遣のご依頼（11/20）",
        "body": f"""大森警察署 刑事組織犯罪対策課
栗栖警部補

お世話になっております。日の出産業の宇佐美です。
11月20日(木) 10:00からの通訳人は、チャン・ミン・トゥアンが伺います。
受付で当社名をお伝えするよう申し伝えております。

よろしくお願いいたします。
{SIG_USAMI}

> 日の出産業 宇佐美様
> ベトナム語の通訳人を1名、11月20日10時からお願いしたい。
> 大森警察署 刑事組織犯罪対策課 栗栖""",
        "entities": [],
        "detectors": [],
        "note": "dispatch confirmation to the police naming the interpreter only; nothing about the case",
    },
    {
        "id": "translation-087",
        "expect": "pass",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Isabel Moreno <isabel.moreno@solvia-consulting.es>"],
        "subject": "Re: Apostille for translated documents",
        "body": f"""Dear Ms. Moreno,

Thank you for your question. In Japan, an apostille cannot be attached to a
translation on its own. The usual route is:

  1. We prepare the translation with our translator's declaration.
  2. The declaration is signed before a notary public (koshonin).
  3. The Legal Affairs Bureau certifies the notary's seal.
  4. The Ministry of Foreign Affairs issues the apostille.

The whole process takes about two weeks. Please rest assured that we treat all
documents you send us as confidential and delete them after delivery.
{SIG_DAN}""",
        "entities": [],
        "detectors": [],
        "note": "English explanation that mentions 'confidential' in prose, not as a marking",
    },
    {
        "id": "translation-088",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": KURI,
        "to": ["蒔田 玲奈 <rena.makita@icloud.com>"],
        "subject": "報酬お振込先のご確認",
        "body": f"""蒔田 玲奈 様

いつもお世話になっております。日の出産業 業務管理課の栗林です。
お振込先の変更届を受領しました。以下の内容で登録いたしましたので、
お間違いがないかご確認ください。

お名前：蒔田 玲奈（マキタ レナ）
銀行：みどり銀行　文京支店
口座：普通　5529107
名義：マキタ レナ

12月分の報酬から新しい口座にお振込みいたします。
{SIG_KURI}""",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "one translator's own bank account confirmed back to her: one person",
    },
    {
        "id": "translation-089",
        "expect": "pass",
        "charset": "utf-8",
        "sender": USAMI,
        "to": ["Chen Wei Ling <wl.chen@lexbridge-hk.com>"],
        "subject": "English translation - Complaint (claim for sale price), Tokyo District Court",
        "body": f"""Dear Ms. Chen,

Please find below the caption of the complaint as translated; the full translation
is attached.

  Plaintiff: KOMINE Takashi, 3-8-2 Jiyugaoka, Meguro-ku, Tokyo
  Defendant: ARIMURA Shinji, 1-5-11 Sakae, Naka-ku, Nagoya-shi, Aichi
  Claim: Payment of the sale price of goods (JPY 8,400,000) and late charges

Please let us know if you need the exhibits translated as well.

Best regards,
Hayate Usami
Hinode Sangyo Co., Ltd.""",
        "attachments": [{
            "kind": "docx", "name": "Complaint_EN.docx",
            "paragraphs": ["COMPLAINT (translation)", "Plaintiff: KOMINE Takashi",
                           "Defendant: ARIMURA Shinji", "Claim: Payment of sale price JPY 8,400,000"],
        }],
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "civil complaint naming two parties with addresses: two people, nothing sensitive",
    },
    {
        "id": "translation-090",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": OKAMOTO,
        "to": ["国際部 宮路 <miyaji@kitaguni-foods.co.jp>"],
        "subject": "翻訳料金表（2026年1月改定版）",
        "body": f"""北国フーズ株式会社
国際部 宮路様

いつもお世話になっております。日の出産業の岡本です。
2026年1月からの翻訳料金表をお送りします。主な変更点は中・韓の専門分野です。

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "xlsx", "name": "ryokinhyo_2026.xlsx",
            "sheets": {"翻訳": [
                ["翻訳料金表（2026年1月〜）", "", ""],
                ["言語", "一般（円/字）", "専門（円/字）"],
                ["日→英", "18", "24"],
                ["日→中", "14", "19"],
                ["日→韓", "14", "19"],
                ["日→越", "16", "21"],
            ], "証明書類": [
                ["書類", "料金（円）", ""],
                ["戸籍謄本", "6600", "1頁あたり"],
                ["住民票", "4400", ""],
                ["卒業証明書", "4400", ""],
                ["翻訳証明書発行", "3300", "1通"],
            ]},
        }],
        "entities": [],
        "detectors": [],
        "note": "price list to a partner client",
    },
    {
        "id": "translation-091",
        "expect": "pass",
        "charset": "utf-8",
        "sender": MIKAMI,
        "to": ["蒔田 玲奈 <makita.rena.med@outlook.jp>"],
        "subject": "循環器内科 用語集（最新版）",
        "body": f"""蒔田さん

お疲れさまです。三上です。
清和記念病院様向けの循環器内科用語集を更新しました。CSVで添付します。
次回の案件から、こちらの訳語でお願いします。

三上""",
        "attachments": [{
            "kind": "csv", "name": "glossary_cardiology.csv", "encoding": "utf-8",
            "rows": [
                ["日本語", "English", "備考"],
                ["急性心筋梗塞", "acute myocardial infarction", "AMIと略さない"],
                ["経皮的冠動脈形成術", "percutaneous coronary intervention (PCI)", ""],
                ["ステント留置", "stent placement", ""],
                ["心臓カテーテル検査", "cardiac catheterization", ""],
                ["労作性狭心症", "exertional angina", ""],
            ],
        }],
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "glossary of medical terms (no patient) to one freelancer on outlook.jp",
    },
    {
        "id": "translation-092",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["戸籍・住民係 <koseki@city-hanamigawa.lg.jp>"],
        "subject": "翻訳証明書の様式について",
        "body": f"""花見川市役所 市民課 戸籍・住民係
ご担当者様

お世話になっております。日の出産業の岡本です。
お問い合わせのあった当社の翻訳証明書の様式（記入前のもの）をお送りします。
届出に添付する場合はこちらに翻訳者が署名・押印いたします。

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "attachments": [{
            "kind": "pdf", "name": "honyaku_shomeisho_yoshiki.pdf",
            "lines": ["翻訳証明書", "", "原文書名：＿＿＿＿＿＿＿＿＿＿",
                      "上記文書の翻訳文は、原文を正確に翻訳したものであることを証明します。",
                      "翻訳年月日：　　年　　月　　日",
                      "翻訳者氏名：＿＿＿＿＿＿＿＿　　印",
                      "日の出産業株式会社 翻訳・通訳事業部"],
        }],
        "entities": [],
        "detectors": [],
        "note": "a blank certificate form to a city office",
    },
    {
        "id": "translation-093",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": ["医事課 <iji@minami-iryo.or.jp>"],
        "subject": "遠隔医療通訳の予約枠（12月）",
        "body": f"""みなみ医療センター 医事課 御中

お世話になっております。日の出産業の三上です。
12月の遠隔通訳（タブレット）の予約可能枠をお知らせします。

・英語／中国語：平日 9:00-17:00 常時対応
・ベトナム語：月・水・金 9:00-12:00
・タガログ語：火・木 13:00-17:00
・ネパール語：木 13:00-17:00

予約は前日15時までにWeb予約システムからお願いします。
{SIG_MIKAMI}""",
        "entities": [],
        "detectors": [],
        "note": "availability slots by language for a hospital; no patient or interpreter data",
    },
    {
        "id": "translation-094",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": ["翻訳部 <honyaku@kotonoha-trans.co.jp>"],
        "cc": ["白川 宗一郎 <shirakawa@shirakawa-law.jp>"],
        "subject": "株主間契約書 英訳の分担について",
        "body": f"""ことのは翻訳 翻訳部 御中
（cc：白川法律事務所 白川先生）

お世話になっております。日の出産業の宇佐美です。
株主間契約書の英訳は、以下の分担で進めさせていただきます。

・第1条〜第15条：ことのは翻訳様
・第16条〜第32条および別紙：日の出産業
・用語統一・最終チェック：日の出産業

白川先生には12月1日に統合版をお送りします。
{SIG_USAMI}""",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a subcontractor and a partner law firm in To/Cc: two external organisations",
    },
    {
        "id": "translation-095",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": USAMI,
        "to": [TAKAMINE],
        "subject": "Fw: 戸籍謄本・除籍謄本 英訳の納品（控え）",
        "body": f"""高嶺課長

白川法律事務所へ送付した納品物の控えを転送します。
パスワードは Hn7#k2Qx です。

宇佐美""",
        "attachments": [{
            "kind": "zip", "name": "koseki_EN_20251119.zip", "password": "Hn7#k2Qx",
            "files": [{"kind": "docx", "name": "Koseki_EN.docx",
                       "paragraphs": ["Family Register - translation"]}],
        }],
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP forwarded to an internal colleague only",
    },
    {
        "id": "translation-096",
        "expect": "pass",
        "charset": "utf-8",
        "sender": DAN,
        "to": ["Rebecca Tan <rtan@straitsbridge-capital.sg>"],
        "subject": "Our interpreting offices in Japan",
        "body": """Dear Ms. Tan,

Following our call, here are our offices that can provide on-site interpreters for
your due diligence visits:

  Tokyo (HQ)   1-18-5 Hamamatsucho, Minato-ku   +81-3-5472-3180
  Osaka        2-3-1 Umeda, Kita-ku             +81-6-6341-7720
  Nagoya       3-18-2 Sakae, Naka-ku            +81-52-261-4475
  Fukuoka      1-9-3 Hakataekimae, Hakata-ku    +81-92-431-2260

Best regards,
Daniel Whitfield
Hinode Sangyo Co., Ltd.""",
        "html": """<html><body>
<p>Dear Ms. Tan,</p>
<p>Following our call, here are our offices that can provide on-site interpreters for your due diligence visits:</p>
<table border="1" cellpadding="3">
<tr><th>Office</th><th>Address</th><th>Phone</th></tr>
<tr><td>Tokyo (HQ)</td><td>1-18-5 Hamamatsucho, Minato-ku</td><td>+81-3-5472-3180</td></tr>
<tr><td>Osaka</td><td>2-3-1 Umeda, Kita-ku</td><td>+81-6-6341-7720</td></tr>
<tr><td>Nagoya</td><td>3-18-2 Sakae, Naka-ku</td><td>+81-52-261-4475</td></tr>
<tr><td>Fukuoka</td><td>1-9-3 Hakataekimae, Hakata-ku</td><td>+81-92-431-2260</td></tr>
</table>
<p>Best regards,<br>Daniel Whitfield<br>Hinode Sangyo Co., Ltd.</p>
</body></html>""",
        "entities": [],
        "detectors": [],
        "note": "text+HTML list of the company's own offices: businesses, not people",
    },
    {
        "id": "translation-097",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": ["地域連携室 <renkei@jonan-hospital.or.jp>"],
        "subject": "Re: 通訳者の登録状況について",
        "body": f"""城南総合病院 地域連携室
平岡様

お世話になっております。藤堂です。
お問い合わせの件、現在の当社登録通訳者数（医療分野）は以下のとおりです。

　英語　　　　　24名
　中国語　　　　19名
　ベトナム語　　11名
　ポルトガル語　 7名
　ネパール語　　 4名
　タガログ語　　 6名

いずれも医療通訳の研修修了者です。
{SIG_TODO}""",
        "entities": [],
        "detectors": [],
        "note": "head-counts by language: statistics, no people",
    },
]

M5 = [
    {
        "id": "translation-098",
        "expect": "either",
        "charset": "shift_jis",
        "sender": MIKAMI,
        "to": ["医療福祉相談室 <iryo-soudan@jonan-hospital.or.jp>"],
        "subject": "12月の担当通訳者（予定）",
        "body": f"""城南総合病院 医療福祉相談室 御中

お世話になっております。三上です。
12月に貴院を担当する予定の通訳者をお知らせします。

・王 麗華　　　中国語　　医療通訳技能認定 取得
・ファン・ティ・ラン　ベトナム語　医療通訳研修 修了
・樋渡 梓　　　英語　　　医療通訳技能認定 取得
・Ana Paula Kimura　ポルトガル語　医療通訳研修 修了
・グルン・ビシャル　ネパール語　医療通訳研修 修了
・Maricel Dizon　タガログ語　医療通訳技能認定 取得

変更があれば追ってご連絡します。
{SIG_MIKAMI}""",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six named interpreters with language and qualification but no contact data: arguably a list of people",
    },
    {
        "id": "translation-099",
        "expect": "either",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["吉良 則彦 <kira.norihiko@kawasaki-denki.co.jp>"],
        "subject": "タイ語版 納期変更のお願い",
        "body": f"""吉良様

お世話になっております。日の出産業の岡本です。
誠に申し訳ございません。タイ語版を担当しているソムチャイ・ウォンが
体調を崩して入院することになり、1週間ほど作業ができない見込みです。

代替の翻訳者を手配のうえ、納期を1月23日から1月30日に変更させていただけない
でしょうか。品質面は当社のチェッカーが責任を持って確認いたします。

ご迷惑をおかけし申し訳ございません。
{SIG_OKAMOTO}""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named translator's hospitalisation told to a client: vague health info, judgement call",
    },
    {
        "id": "translation-100",
        "expect": "either",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["吉良 則彦 <kira.norihiko@kawasaki-denki.co.jp>"],
        "subject": "用語レビュー担当者の割り当て（ご確認）",
        "body": f"""吉良様

お世話になっております。日の出産業の岡本です。
先日いただいた貴社のレビュー担当の皆さまに、言語ごとに以下のとおり
割り当ててよろしいでしょうか。ポータルの招待メールは各アドレスに送ります。

英語　　　　大須賀 亮　　osuga.ryo@kawasaki-denki.co.jp
中国語　　　劉 暁峰　　　liu.xiaofeng@kawasaki-denki.co.jp
ベトナム語　堀之内 萌　　horinouchi.moe@kawasaki-denki.co.jp
タイ語　　　二階堂 聡　　nikaido.satoshi@kawasaki-denki.co.jp
ドイツ語　　Markus Engel　m.engel@kawasaki-denki.co.jp

よろしくお願いいたします。
{SIG_OKAMOTO}""",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five of the client's own staff with work e-mails sent back to that client: list or business contacts?",
    },
]

MESSAGES = M1 + M2 + M3 + M4 + M5
