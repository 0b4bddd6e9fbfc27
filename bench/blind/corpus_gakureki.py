"""Blind corpus, area "gakureki": 日の出産業 人事部 verifying new hires' education and
qualifications — degree certificates (学位記・卒業証明書), transcripts (成績証明書),
enquiries to universities' registrars (教務課・証明書係) and overseas credential services,
qualification bodies (検定協会・試験センター: 合格証番号照会, 受験上の配慮), tuition-support
schemes (奨学金代理返還, 教育訓練給付, 教育ローン利子補給, e-learning), background-check
vendors, 社労士 onboarding paperwork, plus ordinary HR mail (入社手続き案内, 研修会場,
請求書, NDA), in Japanese and English, with the lists, identifiers, sensitive notes,
markings, look-alike domains and unreadable attachments such mail tends to carry."""

from build import card_number, my_number

SEED = 68001

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _sp(n: str) -> str:
    """Digits in groups of four, as people type a My Number or a card number."""
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


_SIG_MAKABE = """--
日の出産業株式会社 人事部 採用グループ
真壁 友香（Makabe Yuka）
〒103-0027 東京都中央区日本橋2丁目14番3号 日の出ビル7F
TEL 03-5820-4471（代表） / 内線 2318
makabe.yuka@hinode-sangyo.co.jp"""

_SIG_IOKIBE = """────────────────────
日の出産業株式会社
人事部 労務グループ  五百旗頭 健
〒103-0027 東京都中央区日本橋2-14-3
TEL：03-5820-4475  FAX：03-5820-4490
────────────────────"""

_SIG_TAKANASHI = """━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部 人材開発課
小鳥遊 美咲 / Takanashi Misaki
TEL 03-5820-4482  Mail takanashi.misaki@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

_SIG_NISHINA = """Haruka Nishina
Global HR, Hinode Sangyo Co., Ltd.
7F Hinode Bldg., 2-14-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5820-4486"""

_DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

_DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you
are not the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES = [
# ---------------------------------------------------------------- 001-020
{
    "id": "gakureki-001",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 照会センター <shokai@verify-japan.co.jp>"],
    "subject": "【学歴照会依頼】2026年4月入社予定者 8名分",
    "body": """株式会社ベリファイ・ジャパン
照会センター ご担当者様

いつもお世話になっております。日の出産業の真壁でございます。

2026年4月入社予定者の学歴照会をお願いしたく、照会依頼書をお送りいたします。
対象は添付ファイル「照会対象」シートの8名です。各人から照会に関する同意書は
取得済みで、原本は当社にて保管しております。

恐れ入りますが、2月13日（金）までにご回答いただけますと幸いです。
ご不明点がございましたらお知らせください。

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "xlsx",
        "name": "学歴照会依頼_2026入社.xlsx",
        "title": "学歴照会依頼書",
        "sheets": {
            "照会対象": [
                ["学歴照会依頼書（2026年4月入社予定者）", "", "", "", "", "", "", "", ""],
                ["依頼元：日の出産業株式会社 人事部", "", "", "", "", "", "", "", ""],
                ["No", "氏名", "フリガナ", "生年月日", "最終学歴（学校名）", "学部・研究科", "学位", "卒業（見込）年月", "学籍番号"],
                [1, "雲雀 颯太", "ヒバリ ソウタ", "2003/07/22", "北斗大学", "経済学部", "学士（経済学）", "2026年3月", "HK22E0457"],
                [2, "大豆生田 芽衣", "オオマメウダ メイ", "2003/11/03", "東雲学院大学", "文学部", "学士（文学）", "2026年3月", "S22L2031"],
                [3, "喜屋武 大河", "キャン タイガ", "2002/04/18", "琴平工業大学", "工学部 機械工学科", "学士（工学）", "2026年3月", "K21M118"],
                [4, "栗花落 紗希", "ツユリ サキ", "2003/09/09", "瀬田女子大学", "人間科学部", "学士（人間科学）", "2026年3月", "SW22-0764"],
                [5, "小比類巻 拓海", "コヒルイマキ タクミ", "2001/12/27", "高遠大学大学院", "理工学研究科", "修士（工学）", "2026年3月", "T24GM052"],
                [6, "安居院 玲奈", "アグイ レナ", "2003/02/06", "湊川外国語大学", "国際コミュニケーション学部", "学士（言語学）", "2026年3月", "MG21-3390"],
                [7, "六車 陸", "ムグルマ リク", "2002/08/30", "信濃経済大学", "経営学部", "学士（経営学）", "2025年9月", "SK21B0715"],
                [8, "汐見 ひなた", "シオミ ヒナタ", "2003/06/01", "北斗大学", "法学部", "学士（法学）", "2026年3月", "HK22L1192"],
            ],
            "記入要領": [
                ["照会結果の記入方法"],
                ["・在籍確認欄には「卒業」「卒業見込」「在籍」「該当なし」のいずれかをご記入ください。"],
                ["・学位名称が申告と異なる場合は備考欄に正式名称をご記入ください。"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: 8 candidates' names, birth dates, schools and student IDs in an XLSX to an external verification vendor",
},
{
    "id": "gakureki-002",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["芦刈 智也 <ashikari.tomoya.0907@gmail.com>"],
    "subject": "入社手続きのご案内（ご提出書類のお願い）",
    "body": """芦刈 智也 様

日の出産業株式会社 人事部の真壁です。
このたびは内定をご承諾いただき、誠にありがとうございます。

4月1日の入社に向けて、下記の書類のご準備をお願いいたします。
3月10日（火）までに同封の返信用封筒でご郵送ください。

　■ ご提出書類
　　1. 卒業証明書（原本・発行後3か月以内のもの）
　　　※3月時点で未発行の場合は卒業見込証明書で結構です。
　　2. 成績証明書（原本）
　　3. 資格の合格証書・免許証の写し（履歴書に記載された資格のみ）
　　4. 入社誓約書・身元保証書（同封の様式）
　　5. 給与振込口座届（同封の様式）

マイナンバーや年金関係の書類は、入社後に別途セキュアな方法でご提出いただきますので、
メールでは送らないようお願いいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + _SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "onboarding instructions to one new hire on free mail; no personal data beyond the salutation",
},
{
    "id": "gakureki-003",
    "charset": "iso-2022-jp",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["早乙女社会保険労務士事務所 手続担当 <tetsuzuki@saotome-sr.jp>"],
    "subject": "4月入社者 資格取得届の件（3名）",
    "body": f"""早乙女社会保険労務士事務所
手続ご担当 様

いつもお世話になっております。日の出産業の五百旗頭です。
4月1日入社の3名について、健康保険・厚生年金および雇用保険の資格取得手続きを
お願いいたします。必要事項は以下のとおりです。

【1】
氏名　　　：乙部 颯（オトベ ハヤテ）
生年月日　：平成15年5月8日
個人番号　：{_sp(my_number(SEED + 1))}
基礎年金番号：4521-738106
住所　　　：〒171-0021 東京都豊島区西池袋3丁目28番5号 ハイツ西池袋203

【2】
氏名　　　：嘉手納 詩織（カデナ シオリ）
生年月日　：平成14年10月21日
個人番号　：{_sp(my_number(SEED + 2))}
基礎年金番号：6190-254837
住所　　　：〒231-0045 神奈川県横浜市中区伊勢佐木町4-117-2

【3】
氏名　　　：十河 航平（ソゴウ コウヘイ）
生年月日　：平成12年1月30日
個人番号　：{_sp(my_number(SEED + 3))}
基礎年金番号：3068-915274
住所　　　：〒330-0063 埼玉県さいたま市浦和区高砂2-9-14

標準報酬月額の算定用資料は、明日お送りします。
よろしくお願いいたします。

""" + _SIG_IOKIBE,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "My Numbers and basic pension numbers of three new hires in the body to an external 社労士 office",
},
{
    "id": "gakureki-004",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["北斗大学 学務部教務課 証明書係 <shomei@hokuto-u.ac.jp>"],
    "subject": "卒業事実の確認について（ご依頼）",
    "body": """北斗大学 学務部教務課
証明書係 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の真壁と申します。

当社の採用選考において、貴学ご卒業と申告のあった下記の方について、
卒業の事実をご確認いただきたくご連絡いたしました。
ご本人の同意書（署名済）をPDFにて添付しております。

　氏名　　：鷲尾 真央（ワシオ マオ）
　生年月日：2002年1月19日
　学籍番号：HK20L1138
　学部学科：法学部 法律学科
　卒業年月：2024年3月（申告）

貴学所定の照会手続きがございましたら、ご教示いただけますと幸いです。
何卒よろしくお願い申し上げます。

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "pdf",
        "name": "照会同意書_鷲尾.pdf",
        "title": "学歴照会に関する同意書",
        "lines": [
            "学歴照会に関する同意書",
            "",
            "日の出産業株式会社 御中",
            "私は、貴社が採用選考のため、私の出身校に対し卒業の事実を照会することに同意します。",
            "",
            "令和８年１月２６日",
            "氏名　鷲尾 真央　（署名）",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one graduate's verification request (name, birth date, student ID) to her university: one person, may warn",
},
{
    "id": "gakureki-005",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": [
        "北斗大学 証明書係 <shomei@hokuto-u.ac.jp>",
        "東雲学院大学 教務課 <kyomu@shinonome-gakuin.ac.jp>",
        "琴平工業大学 学生支援課 <gakusei@kotohira-tech.ac.jp>",
    ],
    "subject": "在籍・卒業確認のお手続きについて（ご教示のお願い）",
    "body": """各大学 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の真壁でございます。

当社では来年度より、内定者の卒業事実の確認を、ご本人の同意のうえで
各大学様へ直接照会する運用に切り替えることを検討しております。

つきましては、以下の点についてご教示いただけますでしょうか。
　1. 企業からの卒業確認照会の受付可否
　2. 必要な書類（本人同意書の様式指定の有無など）
　3. 受付窓口（郵送・メール・Webフォーム）と回答までの目安期間
　4. 手数料の有無

ご多用のところ恐縮ですが、1月末頃までにご回答いただけますと幸いです。
よろしくお願いいたします。

""" + _SIG_MAKABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three universities' registrars in To can see each other's addresses; should have been Bcc",
},
{
    "id": "gakureki-006",
    "charset": "iso-2022-jp",
    "sender": "鬼頭 直人 <kito.naoto@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 宇佐美先生 <usami@shirakawa-1aw.jp>"],
    "subject": "内定者の学歴申告相違への対応について（ご相談）",
    "body": """白川法律事務所
宇佐美 先生

いつも大変お世話になっております。日の出産業 法務・コンプライアンス室の鬼頭です。

先日お電話でお話しした件につき、論点を整理してお送りいたします。

　・内定者1名について、履歴書記載の最終学歴（大学院修了）と、大学からの
　　回答（修了の事実なし）に相違がありました。
　・本人は「修了見込みのつもりで記載した」と説明しています。
　・当社の内定通知書には「経歴詐称が判明した場合は内定を取り消す」旨の条項があります。

ご相談したいのは、
　(1) 本件で内定取消しが認められる可能性
　(2) 取消し前に本人へ弁明の機会を与える場合の進め方
の2点です。来週中にお打合せのお時間をいただけますと幸いです。

--
日の出産業株式会社 法務・コンプライアンス室
鬼頭 直人
TEL 03-5820-4402""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain shirakawa-1aw.jp is a look-alike of the partner law firm shirakawa-law.jp (l→1)",
},
{
    "id": "gakureki-007",
    "charset": "shift_jis",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["東雲学院大学 教務課 <kyomu@shinonome-gakuin.ac.jp>"],
    "subject": "休学期間のご確認のお願い（卒業生 猪狩様）",
    "body": """東雲学院大学 教務課 御中

お世話になっております。日の出産業株式会社 人事部の真壁でございます。
先日は卒業確認のご対応をいただき、ありがとうございました。

同じく貴学卒業の猪狩様について、成績証明書上、在学期間が5年となっております。
ご本人からは「3年次にうつ病の治療のため1年間休学した」との説明を受けており、
休学期間が申告どおりかを確認させていただきたく存じます。

　氏名：猪狩 優斗（イガリ ユウト）
　生年月日：平成13年6月12日
　学籍番号：S19E1047
　卒業：令和6年3月　経済学部 経済学科

本人の同意書は前回の照会時にお送りしたものに本件も含まれております。
お手数をおかけしますが、よろしくお願いいたします。

""" + _SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identified graduate's medical history (treatment for depression) sent to an external university",
},
{
    "id": "gakureki-008",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["琴平工業大学 学生支援課 溝呂木様 <mizorogi@kotohira-tech.ac.jp>"],
    "subject": "Re: 卒業見込証明書の発行状況について",
    "body": """溝呂木様

ご丁寧にご連絡いただきありがとうございます。
発行状況、承知いたしました。3月下旬の学位授与後に卒業証明書（原本）を
各人から提出してもらう形で進めますので、貴学からの追加のご対応は不要です。

引き続きよろしくお願いいたします。

真壁

> 日の出産業株式会社
> 真壁様
>
> お問い合わせの件、本学在籍の貴社内定者の卒業見込証明書の発行状況は下記のとおりです。
>
>   氏名          学籍番号   学科          発行日
>   -----------------------------------------------
>   喜屋武 大河   K21M118    機械工学科    2025/10/02
>   弓削 剛士     K21M064    機械工学科    2025/10/02
>   穂積 楓       K21E233    電気電子工学科 2025/10/09
>   樋渡 蓮       K21E190    電気電子工学科 未発行
>   蓬田 奏太     K21C041    情報工学科    2025/10/15
>   眞鍋 ゆい     K21C118    情報工学科    2025/10/15
>   古謝 晴人     K21A012    建築学科      未発行
>   八角 彩花     K21A087    建築学科      2025/11/04
>
> 未発行の2名には本学より発行申請を促しております。
>
> 琴平工業大学 学生支援課 溝呂木
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 8-row list is only in quoted text written by the recipient; the new text carries no personal data",
},
{
    "id": "gakureki-009",
    "charset": "utf-8",
    "sender": "鬼頭 直人 <kito.naoto@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 宇佐美先生 <usami@shirakawa-law.jp>"],
    "cc": ["勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】学歴詐称事案の調査方針（案）",
    "body": """社外秘
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
文書区分：社外秘　　作成：法務・コンプライアンス室　　版：0.3
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

宇佐美先生

お世話になっております。鬼頭です。
先日ご相談した件、社内での調査方針案をまとめましたのでご確認をお願いいたします。

1. 調査範囲
　過去5年間の中途採用者のうち、最終学歴を「大学院修了」と申告した者について、
　卒業（修了）証明書の原本提出状況を確認する。
2. 調査方法
　未提出者には本人同意のうえ証明書の提出を求める。大学への直接照会は同意取得後とする。
3. 判明した場合の対応
　就業規則第58条（経歴詐称）の適用可否を個別に検討する。

特に3.について、先生のご見解を伺えますと幸いです。

鬼頭""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail classified 社外秘 (subject tag and classification header) sent to an external law firm",
},
{
    "id": "gakureki-010",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["北斗大学 卒業生照会窓口 <alumni-check@hokuto-u.ac.jp>"],
    "subject": "卒業事実照会のお願い（6名）",
    "body": """北斗大学 学務部 卒業生照会窓口 御中

いつもお世話になっております。日の出産業株式会社 人事部の真壁です。
先般ご案内いただいた手続きに従い、中途採用予定者6名の卒業事実の照会をお願いいたします。
本人同意書6通は本日、簡易書留にて発送いたしました。

氏名            生年月日     学籍番号     学部・学科             卒業年月
--------------------------------------------------------------------------------
相良 一真       H4.09.17     HK11E0382    経済学部 経済学科      H27.03
我妻 千尋       H6.02.28     HK12L0915    法学部 法律学科        H28.03
天白 怜央       H3.11.05     HK10S0147    理学部 数学科          H26.03
宇佐見 紬       H7.07.01     HK14B0630    経営学部 経営学科      H30.03
鴨志田 匠       S63.04.23    HK06E1009    経済学部 国際経済学科  H23.03
丹生 日和       H5.12.14     HK12B0221    経営学部 会計学科      H28.03

回答は書面・メールいずれでも差し支えございません。
よろしくお願いいたします。

""" + _SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: six people's names, 和暦 birth dates and student IDs in a padded table to an external university",
},
{
    "id": "gakureki-011",
    "charset": "utf-8",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>"],
    "cc": ["労務グループ <romu-g@hinode-sangyo.co.jp>"],
    "subject": "従業員台帳登録用データ（4月入社者）",
    "body": """真壁さん

お疲れさまです。五百旗頭です。
4月入社者の台帳登録用データを添付します。マイナンバーは提出済みの人だけ入れています。
未提出の方への督促をお願いできますか。

登録は来週月曜に労務Gで行います。
ファイルは共有フォルダ（人事\\労務\\2026入社）にも置いてあります。

五百旗頭""",
    "attachments": [{
        "kind": "xlsx",
        "name": "台帳登録_2026入社.xlsx",
        "sheets": {
            "登録データ": [
                ["社員番号", "氏名", "生年月日", "住所", "携帯電話", "個人番号", "最終学歴"],
                ["260401", "乙部 颯", "2003-05-08", "東京都豊島区西池袋3-28-5 ハイツ西池袋203", "090-4418-2207", my_number(SEED + 11), "北斗大学 経済学部"],
                ["260402", "嘉手納 詩織", "2002-10-21", "神奈川県横浜市中区伊勢佐木町4-117-2", "080-6631-0954", my_number(SEED + 12), "瀬田女子大学 人間科学部"],
                ["260403", "十河 航平", "2000-01-30", "埼玉県さいたま市浦和区高砂2-9-14", "070-2284-5519", my_number(SEED + 13), "高遠大学大学院 理工学研究科"],
                ["260404", "栗花落 紗希", "2003-09-09", "千葉県船橋市本町6-3-11", "090-7725-3068", "未提出", "瀬田女子大学 人間科学部"],
                ["260405", "六車 陸", "2002-08-30", "長野県松本市中央1-19-8", "080-3391-4472", "未提出", "信濃経済大学 経営学部"],
                ["260406", "汐見 ひなた", "2003-06-01", "東京都杉並区阿佐谷南2-31-6", "090-1187-6640", "未提出", "北斗大学 法学部"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "all recipients internal: the employee register with My Numbers stays inside the company",
},
{
    "id": "gakureki-012",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 牛腸様 <gocho@verify-japan.co.jp>"],
    "subject": "成績証明書（写し）送付の件",
    "body": """株式会社ベリファイ・ジャパン
牛腸 様

お世話になっております。日の出産業の真壁です。

先日ご依頼した照会のうち、大学から回答が得られなかった3名分について、
本人から提出を受けた成績証明書の写しをお送りします。

添付ファイルはパスワード付きZIPです。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "zip",
        "name": "成績証明書_3名.zip",
        "password": "Hn2026#shokai",
        "files": [
            {"kind": "pdf", "name": "seiseki_01.pdf", "lines": ["成績証明書", "氏名 天白 怜央", "生年月日 平成3年11月5日", "GPA 3.12"]},
            {"kind": "pdf", "name": "seiseki_02.pdf", "lines": ["成績証明書", "氏名 丹生 日和", "生年月日 平成5年12月14日", "GPA 2.87"]},
            {"kind": "pdf", "name": "seiseki_03.pdf", "lines": ["成績証明書", "氏名 鴨志田 匠", "生年月日 昭和63年4月23日", "GPA 3.40"]},
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of transcripts: the attachment cannot be inspected",
},
{
    "id": "gakureki-013",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 羽賀様 <haga@career-bridge.co.jp>"],
    "subject": "主要大学の証明書発行窓口一覧",
    "body": """株式会社キャリアブリッジ
羽賀 様

お世話になっております。日の出産業の真壁です。
先日お話しした、候補者の方に証明書を取り寄せていただく際の窓口一覧をお送りします。
候補者へのご案内にお使いください（各大学の公開情報から作成しています）。

・北斗大学 学務部教務課 証明書係
　〒060-0812 北海道札幌市北区北十二条西5丁目　TEL 011-706-2210（代表）
・東雲学院大学 教務課
　〒162-0825 東京都新宿区神楽坂4-8　TEL 03-3269-5100（代表）
・琴平工業大学 学生支援課
　〒760-0017 香川県高松市番町1-6-1　TEL 087-831-4400（代表）
・瀬田女子大学 教務部
　〒520-2134 滋賀県大津市瀬田3丁目2-5　TEL 077-543-2111（代表）
・高遠大学 大学院課
　〒396-0213 長野県伊那市高遠町西高遠1800　TEL 0265-94-3300（代表）
・湊川外国語大学 学務課
　〒652-0801 兵庫県神戸市兵庫区中道通2-3-10　TEL 078-577-1212（代表）
・信濃経済大学 教務課
　〒390-0802 長野県松本市旭2-11-20　TEL 0263-35-7700（代表）

オンライン申請に対応している大学もありますので、詳細は各大学のWebサイトをご確認ください。

""" + _SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of universities' offices with switchboards and addresses: businesses, not people",
},
{
    "id": "gakureki-014",
    "charset": "iso-2022-jp",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["学生奨学支援機構 返還支援課 <henkan-shien@gakusei-shogaku.or.jp>"],
    "subject": "企業等返還支援（代理返還）対象者届の提出について",
    "body": """独立行政法人 学生奨学支援機構
返還支援課 御中

いつもお世話になっております。
日の出産業株式会社 経理部の東海林でございます。

企業等返還支援（代理返還）制度の令和8年度対象者届を、CSV形式にてお送りいたします。
新規対象者は7名です。送金は毎月27日、当社名義口座からの振込を予定しております。

内容にご不明点がございましたら、ご連絡ください。

--
日の出産業株式会社 経理部
東海林 里美
TEL 03-5820-4460""",
    "attachments": [{
        "kind": "csv",
        "name": "代理返還対象者届_R8.csv",
        "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "フリガナ", "生年月日", "奨学生番号", "貸与種別", "月額返還額", "支援開始月"],
            ["230415", "比嘉 美月", "ヒガ ミツキ", "2000/03/14", "810-22-114583", "第一種", "14400", "2026/04"],
            ["230422", "鶴見 怜", "ツルミ レイ", "1999/10/07", "810-21-097204", "第二種", "17800", "2026/04"],
            ["240403", "城ヶ崎 結衣", "ジョウガサキ ユイ", "2001/06/25", "810-23-226019", "第一種", "12900", "2026/04"],
            ["240411", "仲宗根 翔", "ナカソネ ショウ", "2001/01/09", "810-23-180337", "第二種", "15600", "2026/04"],
            ["240419", "越智 遥香", "オチ ハルカ", "2000/12/02", "810-22-301752", "第二種", "20100", "2026/04"],
            ["250407", "芦刈 智也", "アシカリ トモヤ", "2002/09/07", "810-24-058841", "第一種", "13300", "2026/04"],
            ["250413", "弓削 剛士", "ユゲ ツヨシ", "2002/05/19", "810-24-072196", "第二種", "16250", "2026/04"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: seven employees with birth dates and scholarship numbers in a CP932 CSV to an external scholarship body",
},
{
    "id": "gakureki-015",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["東雲学院大学 キャリアセンター 左右田様 <soda@shinonome-gakuin.ac.jp>"],
    "cc": ["ベリファイ・ジャパン 牛腸様 <gocho@verify-japan.co.jp>"],
    "subject": "デジタル卒業証明書の受け取り方式に関するお打合せ日程",
    "body": """東雲学院大学 キャリアセンター 左右田様
（cc：ベリファイ・ジャパン 牛腸様）

お世話になっております。日の出産業の真壁です。

貴学が来年度から導入されるデジタル卒業証明書（検証用URL付きPDF）について、
当社および照会業務を委託しているベリファイ・ジャパン様を交えて、受け取り・検証の
手順を確認させていただきたく、オンラインでのお打合せをお願いできればと存じます。

候補日（各60分）
　・2月3日（火）10:00〜
　・2月4日（水）15:00〜
　・2月6日（金）13:30〜

ご都合のよい日時をお知らせください。Teamsの招待をお送りいたします。

""" + _SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting mail: two external organisations in To/Cc",
},
{
    "id": "gakureki-016",
    "charset": "utf-8",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["今給黎 大輝 <imakiire.daiki@gmail.com>"],
    "subject": "個人番号のご確認（入社手続き）",
    "body": f"""今給黎 大輝 様

日の出産業 人事部 労務グループの五百旗頭です。
先日ご郵送いただいた個人番号カードの写しについて、一部が読み取りにくかったため、
当方で転記した番号に誤りがないかご確認をお願いいたします。

　個人番号：{_sp(my_number(SEED + 4))}

相違がある場合のみ、番号は書かずに「相違あり」とご返信ください。
改めて写しをご郵送いただく方法をご案内いたします。

""" + _SIG_IOKIBE,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a new hire's full My Number sent by mail to his free-mail address",
},
{
    "id": "gakureki-017",
    "charset": "iso-2022-jp",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["青柳クリニック 健診センター <kenshin@aoyagi-clinic.jp>"],
    "subject": "雇入時健康診断 再検査のお願い（目黒様）",
    "body": """青柳クリニック 健診センター 御中

いつもお世話になっております。日の出産業 人事部の五百旗頭です。
先日受診した新入社員のうち、下記の方が要再検査となりましたので、
再検査の予約をお願いいたします。

　氏名：目黒 蒼（メグロ アオイ）
　生年月日：平成14年3月3日
　所見：血圧 158/98 mmHg（要再検）、尿蛋白（2+）
　希望日：2月第2週の午前

費用は当社請求でお願いいたします。
よろしくお願いいたします。

""" + _SIG_IOKIBE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identified new hire's health check findings (要配慮個人情報) sent outside",
},
{
    "id": "gakureki-018",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 牛腸様 <gocho@verify-japan.co.jp>"],
    "subject": "成績証明書（写し）の追加送付：雲井様",
    "body": """牛腸様

お世話になっております。真壁です。
ご依頼いただいていた雲井様の成績証明書（写し）を、本人提出のものから転記して
お送りします。原本は当社で保管しています。

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "docx",
        "name": "成績証明書_写し_雲井.docx",
        "paragraphs": [
            "成績証明書（写し・転記）",
            "氏名：雲井 朔（クモイ サク）　生年月日：2001年8月16日",
            "所属：湊川外国語大学 国際コミュニケーション学部　学籍番号：MG20-1874",
            "在籍：2020年4月入学　2025年3月卒業",
            "学籍異動：令和４年度　休学（療養のため）",
        ],
        "tables": [[
            ["科目", "単位", "評価", "年度"],
            ["英語コミュニケーションI", "2", "A", "2020"],
            ["言語学概論", "2", "B", "2020"],
            ["通訳演習", "2", "S", "2023"],
            ["卒業研究", "8", "A", "2024"],
        ]],
    }],
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one person's transcript to the vendor; 「休学（療養のため）」 hints at health without naming a condition — sensitive or not is a judgement call",
},
{
    "id": "gakureki-019",
    "charset": "iso-2022-jp",
    "sender": "鬼頭 直人 <kito.naoto@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 法務部 <legal@verify-japan.co.jp>"],
    "subject": "秘密保持契約書（案）の送付",
    "body": """株式会社ベリファイ・ジャパン
法務部 御中

お世話になっております。日の出産業 法務・コンプライアンス室の鬼頭です。

学歴照会業務の委託開始にあたり、秘密保持契約書（案）をお送りいたします。
第3条（秘密情報の範囲）に、照会対象者の個人情報を含める形で修正しております。
ご確認のうえ、修正のご要望があれば変更履歴付きでご返送ください。

何卒よろしくお願いいたします。

--
日の出産業株式会社 法務・コンプライアンス室
鬼頭 直人  TEL 03-5820-4402""",
    "attachments": [{
        "kind": "docx",
        "name": "秘密保持契約書_案_v2.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社ベリファイ・ジャパン（以下「乙」という。）は、"
            "甲が乙に委託する学歴照会業務に関し、以下のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、前記業務の遂行にあたり相互に開示される秘密情報の取扱いを定める。",
            "第3条（秘密情報の範囲）秘密情報には、照会対象者の氏名、生年月日、学歴その他の個人情報を含む。",
            "第5条（返還・廃棄）乙は、業務終了後30日以内に秘密情報を返還又は廃棄する。",
            "第9条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA draft; the word 秘密 is content, not a classification stamp",
},
{
    "id": "gakureki-020",
    "charset": "utf-8",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": [
        "hibari.sota03@gmail.com",
        "meimei.omameuda@yahoo.co.jp",
        "kyan.taiga@icloud.com",
        "tsuyuri-saki@docomo.ne.jp",
        "agui.rena@outlook.jp",
    ],
    "subject": "【日の出産業】入社前研修（eラーニング）受講のご案内",
    "body": """内定者の皆さま

こんにちは。日の出産業 人事部 人材開発課の小鳥遊です。

入社前研修として、eラーニング「ビジネス基礎」講座をご用意しました。
2月16日（月）から受講できますので、3月13日（金）までに全6単元の修了をお願いします。

　受講サイト：https://learn.manabi-next.co.jp/hinode
　ログインID：各自のメールアドレス
　初期パスワード：別途郵送でお知らせします

受講状況は人事部でも確認しています。分からないことがあれば、このメールにご返信ください。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "five private persons' addresses visible to each other in To (should have been Bcc)",
},
# ---------------------------------------------------------------- 021-040
{
    "id": "gakureki-021",
    "charset": "shift_jis",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["情報技術資格認定機構 合格証明担当 <gokaku@itqc.or.jp>"],
    "subject": "合格証書番号の照会について（資格手当申請者5名）",
    "body": """一般財団法人 情報技術資格認定機構
合格証明ご担当者様

お世話になっております。日の出産業株式会社 人事部 人材開発課の小鳥遊です。

当社の資格手当制度にもとづき、社員から申請のあった下記5名の合格について、
合格証書番号の照会をお願いいたします。（本人の同意は取得済みです）

氏名\t生年月日\t試験区分\t合格年月\t合格証書番号
鷲見 大和\t1994/02/11\t応用情報技術者\t2025年6月\tAP-2025-06-018842
神内 まどか\t1997/08/30\t情報セキュリティマネジメント\t2025年9月\tSG-2025-09-004417
渡嘉敷 功\t1989/12/05\tネットワークスペシャリスト\t2025年11月\tNW-2025-11-000963
浮島 紗英\t1999/04/17\t基本情報技術者\t2025年8月\tFE-2025-08-031276
杢 尚之\t1992/10/28\tデータベーススペシャリスト\t2025年11月\tDB-2025-11-001538

照会結果は、当社宛に書面でお送りいただけますと幸いです。
何卒よろしくお願いいたします。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: five employees' names, birth dates and certificate numbers tab-separated in the body to a qualification body",
},
{
    "id": "gakureki-022",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["まなびネクスト 法人営業部 <houjin@manabi-next.co.jp>"],
    "subject": "法人受講申込（注文番号 HS-EL-260203）",
    "body": """株式会社まなびネクスト
法人営業部 御中

いつもお世話になっております。日の出産業の小鳥遊です。
下記のとおり受講ライセンスを申し込みます。

　注文番号：HS-EL-260203
　講座コード／講座名／数量／単価（税抜）
　　BZ-101　ビジネス基礎（新入社員向け）　　　12　　8,800円
　　IT-210　情報セキュリティ入門　　　　　　　12　　5,500円
　　BK-302　簿記3級 合格講座　　　　　　　　　 4　 19,800円
　受講期間：2026年2月16日〜2026年6月30日
　請求書送付先：経理部 東海林（shoji.satomi@hinode-sangyo.co.jp）

受講者の登録は、ライセンス発行後に管理画面から当方で行います。
よろしくお願いいたします。

""" + _SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order with order number, course codes and prices; no personal data",
},
{
    "id": "gakureki-023",
    "charset": "utf-8",
    "sender": "仁科 遥 <nishina.haruka@hinode-sangyo.co.jp>",
    "to": ["GCS Evaluation Desk <evaluation@gcs-eval.com>"],
    "subject": "Credential evaluation request - new hire (ref. HS-2026-014)",
    "body": """Dear Evaluation Desk,

We would like to request a credential evaluation for a new hire who joined us on
1 February. She holds a master's degree from a university outside Japan and has
given written consent to the evaluation (form attached to our portal upload).

  Full name:            Nguyen Thi Lan Anh
  Date of birth:        14 March 1996
  Passport No.:         C7318452
  Residence card No.:   UH48207153EA
  Degree:               Master of Science in Industrial Engineering
  Institution:          Southern Lotus University of Technology
  Year of graduation:   2021

Please let us know if you need certified copies of the diploma and transcript.

Kind regards,

""" + _SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "passport and residence card numbers of a new hire sent to an overseas evaluation service",
},
{
    "id": "gakureki-024",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["今給黎 恵 <imakiire.megumi@osaka.hinode-sangyou.co.jp>"],
    "subject": "来週の大阪合同面接の段取り",
    "body": """今給黎さん

お疲れさまです。本社人事の真壁です。
来週の大阪での合同面接について、段取りを共有します。

　日時：2月12日（木）13:00〜18:00
　会場：大阪支店 5F 第1・第2会議室
　面接官：勅使河原部長、大阪支店 営業課長、真壁
　当日準備：評価シート、学歴・資格の証明書原本の確認リスト

面接後に証明書原本を確認するので、受付で預かる運用にしたいと思います。
受付の人員だけ手配をお願いできますか。

真壁""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "the Osaka colleague's address is on hinode-sangyou.co.jp, a look-alike of the internal domain (letter added)",
},
{
    "id": "gakureki-025",
    "charset": "utf-8",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["GCS Accounts <accounts@gcs-eval.com>"],
    "subject": "Invoice GCS-INV-20260117 - question on the fee",
    "body": """Dear GCS Accounts team,

Thank you for your invoice GCS-INV-20260117 dated 17 January 2026.

The invoice shows three evaluations at USD 185 each plus an express fee of USD 60,
but our purchase order PO-HS-25-0932 covered the standard service only. Could you
confirm whether the express fee was requested by our team? If not, we would
appreciate a corrected invoice.

Payment will be made by bank transfer within 30 days of receipt of the corrected
invoice.

Best regards,
Satomi Shoji
Accounting Dept., Hinode Sangyo Co., Ltd.
Tel: +81-3-5820-4460

""" + _DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invoice query in English with invoice and PO numbers and the standard disclaimer",
},
{
    "id": "gakureki-026",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["日本実務会計検定協会 試験部 <shiken@jitsumu-kaikei.or.jp>"],
    "subject": "受験上の配慮申請について（団体受験 受験番号 2611-0073）",
    "body": """一般社団法人 日本実務会計検定協会
試験部 御中

お世話になっております。日の出産業株式会社 人事部の小鳥遊です。
3月の団体受験に申し込んだ当社社員について、受験上の配慮をお願いしたくご連絡しました。

　受験番号：2611-0073
　氏名：祝 弘樹（ホウリ ヒロキ）
　生年月日：1998年7月4日
　配慮の理由：聴覚障害（身体障害者手帳 3級）
　希望する配慮：試験開始・終了等の指示の文書による伝達、座席を前方に

貴協会所定の申請書と手帳の写しが必要でしたら、ご案内いただけますと幸いです。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an identified employee's disability (hearing impairment, 手帳の等級) sent to an external exam body",
},
{
    "id": "gakureki-027",
    "charset": "shift_jis",
    "sender": "薬師寺 和也 <yakushiji.kazuya@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 保坂様 <hosaka@nishiki-insatsu.co.jp>"],
    "subject": "内定式案内状の宛名印字データ（地方在住者分）",
    "body": """錦印刷株式会社 営業部
保坂 様

いつもお世話になっております。日の出産業 総務部の薬師寺です。
内定式案内状の宛名印字について、地方在住の内定者分の宛先をお送りします。
（首都圏在住者分は先週お渡ししたデータのとおりです）

■1
　氏名：九十九 壮真 様
　〒０６４－０８０４ 北海道札幌市中央区南四条西１５丁目２－１８
　電話：０９０－３３８１－７０４２

■2
　氏名：左右田 凛 様
　〒９２０－０９６２ 石川県金沢市広坂１－９－２２ コーポ広坂３０１
　電話：０８０－５５２０－１９３６

■3
　氏名：東風谷 湊 様
　〒７３０－００１１ 広島県広島市中区基町１２－３
　電話：０７０－４１１２－８８０５

■4
　氏名：古謝 晴人 様
　〒９００－００１５ 沖縄県那覇市久茂地２－１５－７
　電話：０９０－９２０４－６６１３

■5
　氏名：鶴見 まりな 様
　〒８１０－００４１ 福岡県福岡市中央区大名１－８－２９
　電話：０８０－２７４５－３３０１

発送は2月20日（金）着でお願いいたします。

--
日の出産業株式会社 総務部
薬師寺 和也
TEL 03-5820-4410""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: five people's addresses and phone numbers (full-width, one block each) to an external printer",
},
{
    "id": "gakureki-028",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 羽賀様 <haga@career-bridge.co.jp>"],
    "subject": "FW: 【北斗大学】各種証明書発行手数料の改定について",
    "body": """羽賀様

お世話になっております。真壁です。
北斗大学から下記の案内が届きました。4月以降に証明書を取り寄せる候補者の方には、
手数料が変わる旨をお伝えいただけますでしょうか。

よろしくお願いいたします。

-------- Forwarded Message --------
件名: 【北斗大学】各種証明書発行手数料の改定について
差出人: 北斗大学 学務部教務課 <shomei@hokuto-u.ac.jp>
日付: 2026年1月20日 10:02

関係各位

2026年4月1日発行分より、各種証明書の発行手数料を以下のとおり改定いたします。

　卒業証明書（和文）　　　300円 → 400円
　卒業証明書（英文）　　　500円 → 600円
　成績証明書（和文・英文） 300円 → 400円
　郵送申請の手数料　　　　　据え置き

お問い合わせ：北斗大学 学務部教務課 証明書係
　TEL 011-706-2210（平日 9:00〜17:00）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of a university's public fee notice; only the office's business contact",
},
{
    "id": "gakureki-029",
    "charset": "utf-8",
    "sender": "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 湯浅様 <yuasa@tsubasa-system.jp>"],
    "subject": "資格取得奨励金マスタの設定資料",
    "body": """ツバサシステム株式会社
湯浅 様

お世話になっております。日の出産業 情報システム部の百目鬼です。
人事システムの資格マスタ設定用に、奨励金の支給基準表をお送りします。
資格コードと金額の対応をこのとおり設定いただけますでしょうか。

よろしくお願いいたします。

--
日の出産業株式会社 情報システム部 百目鬼 亮
TEL 03-5820-4530""",
    "attachments": [{
        "kind": "xlsx",
        "name": "資格取得奨励金_支給基準表_2026.xlsx",
        "page_header": "部外秘",
        "sheets": {
            "支給基準": [
                ["部外秘　資格取得奨励金 支給基準表（2026年度）", "", "", ""],
                ["資格コード", "資格名", "一時金（円）", "月額手当（円）"],
                ["Q-IT-01", "基本情報技術者", 30000, 0],
                ["Q-IT-02", "応用情報技術者", 50000, 3000],
                ["Q-IT-05", "ネットワークスペシャリスト", 100000, 5000],
                ["Q-AC-03", "日商簿記2級", 30000, 2000],
                ["Q-LG-01", "衛生管理者（第一種）", 20000, 2000],
                ["Q-EN-02", "英語運用能力試験 730点以上", 30000, 0],
            ],
            "改定履歴": [
                ["版", "日付", "内容"],
                ["1.0", "2025-04-01", "初版"],
                ["1.1", "2026-01-15", "英語試験の基準点を変更"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attachment stamped 部外秘 (page header and title row) sent to an external vendor",
},
{
    "id": "gakureki-030",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会・宿泊予約 <banquet@sakura-hotel.jp>"],
    "subject": "新入社員研修（4/6〜4/10）宿泊・会場のご予約",
    "body": """さくらホテル 宴会・宿泊予約 ご担当者様

いつもお世話になっております。日の出産業の小鳥遊です。
昨年に引き続き、新入社員研修の会場と宿泊をお願いしたく、ご予約をお願いいたします。

　期間：2026年4月6日（月）チェックイン 〜 4月10日（金）チェックアウト（4泊）
　人数：新入社員 42名（男性24名・女性18名）、講師・事務局 4名
　客室：シングル 46室
　会場：大広間（スクール形式 50席）、分科会用の小会議室 4室
　食事：朝食・昼食（会場弁当）、初日のみ懇親会 夕食ブッフェ

見積書をお送りいただけますと幸いです。参加者の名簿は3月下旬にお送りします。

""" + _SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "hotel booking with head counts only; no personal data",
},
{
    "id": "gakureki-031",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["湊川外国語大学 学務課 <gakumu@minatogawa-fl.ac.jp>"],
    "subject": "卒業証明書の真正性確認のお願い",
    "body": """湊川外国語大学 学務課 御中

お世話になっております。日の出産業株式会社 人事部の真壁でございます。

当社の中途採用候補者から提出された貴学の卒業証明書（写し）について、
発行番号と記載内容が貴学の発行記録と一致するかご確認いただけますでしょうか。

写しのPDFには閲覧パスワードを設定しております。
パスワードはお電話にてお伝えいたします。

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "pdf",
        "name": "卒業証明書_写し.pdf",
        "password": "mfl-2026",
        "lines": [
            "卒業証明書",
            "発行番号 第2024-05831号",
            "氏名 乙部 颯",
            "生年月日 平成15年5月8日",
            "上記の者は本学国際コミュニケーション学部を卒業したことを証明する。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF attachment cannot be inspected",
},
{
    "id": "gakureki-032",
    "charset": "utf-8",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    "subject": "新入社員研修 ルーミングリスト（第1次）",
    "html": """<html><body>
<p>さくらホテル 宿泊予約 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の小鳥遊です。<br>
4月6日からの新入社員研修のルーミングリスト（第1次分）をお送りします。<br>
当日、緊急時の連絡先として各人の携帯番号も記載しております。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No</th><th>氏名</th><th>カナ</th><th>性別</th><th>携帯電話</th><th>喫煙</th></tr>
<tr><td>1</td><td>雲雀 颯太</td><td>ヒバリ ソウタ</td><td>男</td><td>090-5127-3384</td><td>禁煙</td></tr>
<tr><td>2</td><td>大豆生田 芽衣</td><td>オオマメウダ メイ</td><td>女</td><td>080-4419-2076</td><td>禁煙</td></tr>
<tr><td>3</td><td>喜屋武 大河</td><td>キャン タイガ</td><td>男</td><td>070-3308-9951</td><td>禁煙</td></tr>
<tr><td>4</td><td>栗花落 紗希</td><td>ツユリ サキ</td><td>女</td><td>090-7725-3068</td><td>禁煙</td></tr>
<tr><td>5</td><td>小比類巻 拓海</td><td>コヒルイマキ タクミ</td><td>男</td><td>080-1193-6627</td><td>喫煙</td></tr>
<tr><td>6</td><td>安居院 玲奈</td><td>アグイ レナ</td><td>女</td><td>090-6634-0215</td><td>禁煙</td></tr>
<tr><td>7</td><td>六車 陸</td><td>ムグルマ リク</td><td>男</td><td>080-3391-4472</td><td>禁煙</td></tr>
<tr><td>8</td><td>汐見 ひなた</td><td>シオミ ヒナタ</td><td>女</td><td>090-1187-6640</td><td>禁煙</td></tr>
<tr><td>9</td><td>乙部 颯</td><td>オトベ ハヤテ</td><td>男</td><td>090-4418-2207</td><td>禁煙</td></tr>
<tr><td>10</td><td>嘉手納 詩織</td><td>カデナ シオリ</td><td>女</td><td>080-6631-0954</td><td>禁煙</td></tr>
<tr><td>11</td><td>十河 航平</td><td>ソゴウ コウヘイ</td><td>男</td><td>070-2284-5519</td><td>喫煙</td></tr>
<tr><td>12</td><td>芦刈 智也</td><td>アシカリ トモヤ</td><td>男</td><td>090-8852-1740</td><td>禁煙</td></tr>
</table>
<p>残りの30名分は3月27日までにお送りします。<br>よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 人材開発課<br>小鳥遊 美咲<br>TEL 03-5820-4482</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: twelve new hires' names and mobile numbers in an HTML-only table to the hotel",
},
{
    "id": "gakureki-033",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["薬師寺 和也 <yakushiji.kazuya@hinode-sangyo.co.jp>"],
    "cc": ["総務部 <somu@hinode-sangyo.co.jp>"],
    "subject": "入社書類の郵送先（首都圏在住の内定者）",
    "body": """薬師寺さん

お疲れさまです。入社書類の郵送先一覧です（HTML版でご覧ください）。
錦印刷さんへは宛名データだけ別途お送りいただけますか。個人データは外に出さない形で
お願いします。

真壁""",
    "html": """<html><body>
<p>薬師寺さん</p>
<p>お疲れさまです。入社書類の郵送先一覧です。</p>
<table border="1">
<tr><th>氏名</th><th>郵便番号</th><th>住所</th><th>電話</th><th>出身校</th></tr>
<tr><td>雲雀 颯太</td><td>154-0004</td><td>東京都世田谷区太子堂4-12-9</td><td>090-5127-3384</td><td>北斗大学</td></tr>
<tr><td>大豆生田 芽衣</td><td>181-0013</td><td>東京都三鷹市下連雀3-30-2-405</td><td>080-4419-2076</td><td>東雲学院大学</td></tr>
<tr><td>喜屋武 大河</td><td>213-0001</td><td>神奈川県川崎市高津区溝口2-7-15</td><td>070-3308-9951</td><td>琴平工業大学</td></tr>
<tr><td>栗花落 紗希</td><td>273-0005</td><td>千葉県船橋市本町6-3-11</td><td>090-7725-3068</td><td>瀬田女子大学</td></tr>
<tr><td>小比類巻 拓海</td><td>185-0012</td><td>東京都国分寺市本町2-5-20</td><td>080-1193-6627</td><td>高遠大学大学院</td></tr>
<tr><td>安居院 玲奈</td><td>336-0017</td><td>埼玉県さいたま市南区南浦和1-4-3</td><td>090-6634-0215</td><td>湊川外国語大学</td></tr>
<tr><td>汐見 ひなた</td><td>166-0004</td><td>東京都杉並区阿佐谷南2-31-6</td><td>090-1187-6640</td><td>北斗大学</td></tr>
<tr><td>乙部 颯</td><td>171-0021</td><td>東京都豊島区西池袋3-28-5</td><td>090-4418-2207</td><td>北斗大学</td></tr>
<tr><td>嘉手納 詩織</td><td>231-0045</td><td>神奈川県横浜市中区伊勢佐木町4-117-2</td><td>080-6631-0954</td><td>瀬田女子大学</td></tr>
<tr><td>十河 航平</td><td>330-0063</td><td>埼玉県さいたま市浦和区高砂2-9-14</td><td>070-2284-5519</td><td>高遠大学大学院</td></tr>
</table>
<p>真壁</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "ten new hires' addresses and phones, but every recipient is internal",
},
{
    "id": "gakureki-034",
    "charset": "iso-2022-jp",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["英語運用能力試験センター 団体受付 <dantai@eigo-unyo.or.jp>"],
    "subject": "団体特別受験 受験料のお支払い（申込番号 D-26-00418）",
    "body": f"""英語運用能力試験センター 団体受付 御中

お世話になっております。日の出産業 経理部の東海林です。
申込番号 D-26-00418（団体特別受験 3月実施回・18名）の受験料について、
申込フォームのカード決済がエラーとなったため、下記の法人カードでの決済をお願いいたします。

　カード番号：{_sp(card_number(SEED + 51))}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD
　決済金額：126,000円（7,000円×18名）

決済が完了しましたら、領収書をPDFでお送りください。

--
日の出産業株式会社 経理部
東海林 里美
TEL 03-5820-4460""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number (corporate card) written in the body to an exam centre",
},
{
    "id": "gakureki-035",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["情報技術資格認定機構 広報 <koho@itqc.or.jp>"],
    "cc": [
        "日本実務会計検定協会 <info@jitsumu-kaikei.or.jp>",
        "全国技能検定協会 受付 <uketsuke@ginou-kentei.or.jp>",
        "英語運用能力試験センター <info@eigo-unyo.or.jp>",
    ],
    "subject": "2026年度 試験日程のご確認（資格取得支援制度の案内作成のため）",
    "body": """各試験実施団体 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部 人材開発課の小鳥遊と申します。

当社では社員の資格取得支援制度の案内を毎年作成しており、2026年度の試験日程と
申込期間を掲載したいと考えております。
公表済みの日程がございましたら、掲載ページのURLをお知らせいただけますでしょうか。
未公表の場合は、公表予定時期のみでも結構です。

お手数をおかけしますが、よろしくお願いいたします。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four unrelated external organisations in To/Cc can see each other",
},
{
    "id": "gakureki-036",
    "charset": "iso-2022-jp",
    "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
    "to": ["人事部 採用G <saiyo-g@hinode-sangyo.co.jp>"],
    "cc": ["鬼頭 直人 <kito.naoto@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】採用基準（学歴・資格要件）改定案",
    "body": """採用G各位

勅使河原です。来年度の採用基準改定案を添付します。社外秘扱いでお願いします。
金曜の部会で議論しますので、目を通しておいてください。

勅使河原""",
    "attachments": [{
        "kind": "docx",
        "name": "採用基準改定案_2027.docx",
        "page_header": "社外秘",
        "paragraphs": [
            "社外秘",
            "採用基準（学歴・資格要件）改定案",
            "1. 総合職の応募要件から「大学卒業以上」を削除し、職務遂行能力の評価に一本化する。",
            "2. 技術職は、応用情報技術者相当の資格または同等の実務経験を要件とする。",
            "3. 学歴の確認は、内定後に卒業証明書原本の提出で行う（照会は本人同意の上で実施）。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 document, but all recipients are internal",
},
{
    "id": "gakureki-037",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 羽賀様 <haga@career-bridge.co.jp>"],
    "subject": "FW: 経歴調査報告（候補者ID CB-25-7731）",
    "body": """羽賀様

お世話になっております。真壁です。
ご紹介いただいた候補者について、調査会社から下記の報告がありました。
最終面接前でしたが、選考を見送る方向で社内調整しております。
ご本人への伝え方についてご相談させてください。

真壁

---------- Forwarded message ----------
From: 調査第二部 <report@verify-japan.co.jp>
Date: 2026年1月22日(木) 16:41
Subject: 経歴調査報告（候補者ID CB-25-7731）
To: 真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>

日の出産業株式会社 真壁様

ご依頼の経歴調査の結果をご報告いたします。

　対象者：鴨志田 匠（カモシダ タクミ）　昭和63年4月23日生
　学歴：北斗大学 経済学部 卒業（H23.3）… 申告どおり
　職歴：申告の3社いずれも在籍確認済
　特記事項：2019年に傷害事件で逮捕歴あり（同年 罰金刑確定）との報道記録を確認

以上、ご査収ください。
株式会社ベリファイ・ジャパン 調査第二部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward (new text to the agency) of a report naming a candidate's arrest and criminal record",
},
{
    "id": "gakureki-038",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル フロント 井筒様 <front@sakura-hotel.jp>"],
    "subject": "4/6 到着が遅れる研修参加者について",
    "body": """さくらホテル フロント
井筒 様

いつもお世話になっております。日の出産業の小鳥遊です。

4月6日の研修初日、下記4名が地方からの移動のため21時以降の到着となります。
チェックインの際、何かございましたら本人の携帯へご連絡ください。

　・九十九 壮真　　090-3381-7042
　・左右田 凛　　　080-5520-1936
　・古謝 晴人　　　090-9204-6613
　・鶴見 まりな　　080-2745-3301

夕食は会場に取り置きをお願いできますと助かります。
よろしくお願いいたします。

""" + _SIG_TAKANASHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four late arrivals with mobile numbers to the hotel: under five people, may warn",
},
{
    "id": "gakureki-039",
    "charset": "utf-8",
    "sender": "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 湯浅様 <yuasa@tsubasa-sytem.jp>"],
    "subject": "学歴マスタ項目追加の仕様確認",
    "body": """湯浅様

お世話になっております。日の出産業 情報システム部の百目鬼です。

人事システムの学歴マスタに、次の項目を追加したいと考えています。
　・学位の種類（学士／修士／博士／専門職／その他）
　・証明書の確認方法（原本／デジタル証明書／大学照会）
　・確認日、確認者

既存の「最終学歴」項目との関係や、画面レイアウトへの影響について、
概算工数とあわせてご教示いただけますでしょうか。

--
日の出産業株式会社 情報システム部 百目鬼 亮
TEL 03-5820-4530""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp drops a letter from the partner domain tsubasa-system.jp",
},
{
    "id": "gakureki-040",
    "charset": "utf-8",
    "sender": "仁科 遥 <nishina.haruka@hinode-sangyo.co.jp>",
    "to": ["Office of the Registrar <registrar@eastbrook.edu>"],
    "subject": "Degree verification request - Mr. Daniel Okafor",
    "body": """Dear Registrar,

Hinode Sangyo Co., Ltd. (Tokyo) has offered employment to a graduate of your
university and would like to verify his degree. His signed release form is attached.

  Name:            Daniel Chukwuemeka Okafor
  Date of birth:   2 September 1995
  Student ID:      EB-1401-77215
  Degree:          Bachelor of Engineering (Civil)
  Graduation:      May 2018

If your office uses a third-party verification service, please let us know and we
will submit the request there instead.

With thanks and best regards,

""" + _SIG_NISHINA,
    "attachments": [{
        "kind": "pdf",
        "name": "Release_Form_Okafor.pdf",
        "lines": [
            "Authorization for Release of Educational Records",
            "I authorize Eastbrook University to release my degree information to Hinode Sangyo Co., Ltd.",
            "Signature: D. C. Okafor        Date: 12 January 2026",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one graduate's verification request to his university: a single person, may warn",
},
# ---------------------------------------------------------------- 041-060
{
    "id": "gakureki-041",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 羽賀様 <haga@career-bridge.co.jp>"],
    "subject": "書類選考結果のご連絡（冬季インターンシップ）",
    "body": """羽賀様

お世話になっております。日の出産業の真壁です。
冬季インターンシップにご推薦いただいた9名の書類選考結果をPDFでお送りします。
通過者への面接日程のご案内をお願いできますでしょうか。

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "pdf",
        "name": "書類選考結果_冬季インターン.pdf",
        "title": "書類選考結果",
        "lines": ["冬季インターンシップ 書類選考結果（2026年1月）", "日の出産業株式会社 人事部", ""],
        "table": [
            ["候補者ID", "氏名", "大学・学部", "GPA", "TOEIC", "メール", "結果"],
            ["CB-2611", "桑名 悠真", "北斗大学 経済学部", "3.42", "820", "kuwana.yuma@gmail.com", "通過"],
            ["CB-2614", "久徳 あかり", "東雲学院大学 文学部", "3.05", "690", "kyutoku.akari@yahoo.co.jp", "通過"],
            ["CB-2620", "甘粕 隼", "琴平工業大学 工学部", "2.71", "545", "amakasu.jun@outlook.jp", "見送り"],
            ["CB-2623", "蓬田 奏太", "琴平工業大学 工学部", "3.58", "760", "yomogita.sota@gmail.com", "通過"],
            ["CB-2627", "眞鍋 ゆい", "琴平工業大学 工学部", "3.21", "705", "manabe.yui22@icloud.com", "通過"],
            ["CB-2631", "八角 彩花", "琴平工業大学 工学部", "2.96", "610", "yasumi.ayaka@gmail.com", "見送り"],
            ["CB-2635", "我妻 悠", "瀬田女子大学 人間科学部", "3.77", "880", "wagatsuma.haru@yahoo.co.jp", "通過"],
            ["CB-2638", "猪狩 凪", "湊川外国語大学 国際コミュニケーション学部", "3.33", "915", "ikari.nagi@gmail.com", "通過"],
            ["CB-2642", "目黒 陽翔", "信濃経済大学 経営学部", "2.58", "480", "meguro.haruto@docomo.ne.jp", "見送り"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: nine applicants' names, e-mails, GPA and results in a PDF table to a recruiting agency",
},
{
    "id": "gakureki-042",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>"],
    "subject": "学歴照会結果（1月分）",
    "body": """勅使河原部長

お疲れさまです。真壁です。
1月分の学歴照会結果をまとめました。照会業者のルールに合わせてパスワード付きZIPにしています。
パスワードはTeamsでお送りします。

相違が出ているのは1名で、詳細はファイル内のメモに記載しています。

真壁""",
    "attachments": [{
        "kind": "zip",
        "name": "学歴照会結果_202601.zip",
        "password": "teshi0131",
        "files": [
            {"kind": "xlsx", "name": "照会結果_202601.xlsx", "sheets": {"結果": [
                ["氏名", "生年月日", "申告学歴", "照会結果"],
                ["天白 怜央", "1991-11-05", "北斗大学 理学部", "一致"],
                ["丹生 日和", "1993-12-14", "北斗大学 経営学部", "一致"],
            ]}},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "encrypted ZIP, but sent only to an internal recipient",
},
{
    "id": "gakureki-043",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 照会センター <shokai@verify-japan.co.jp>"],
    "subject": "本人確認書類情報の送付（中途採用候補者 1名）",
    "body": """ベリファイ・ジャパン 照会センター 御中

お世話になっております。日の出産業の真壁です。
先日ご依頼した中途採用候補者の経歴調査について、本人確認書類の情報をお送りします。

　氏名：甘粕 俊介（アマカス シュンスケ）
　生年月日：昭和６１年９月２日
　住所：〒２５１－００５２ 神奈川県藤沢市藤沢５３２－７
　本人確認書類：運転免許証
　　免許証番号　第３０１９０４５５８１６０号
　　有効期限　令和９年１０月２日まで

調査の着手をお願いいたします。

""" + _SIG_MAKABE,
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a candidate's driver's licence number (full-width digits) sent to an external vendor",
},
{
    "id": "gakureki-044",
    "charset": "utf-8",
    "sender": "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 湯浅様 <yuasa@tsubasa-system.jp>"],
    "subject": "学校コードマスタ（追加分）",
    "body": """湯浅様

お世話になっております。百目鬼です。
学校コードマスタの追加分をCSV（UTF-8）でお送りします。
来年度の内定者の出身校のうち、現行マスタに無い学校です。取り込みをお願いします。

百目鬼""",
    "attachments": [{
        "kind": "csv",
        "name": "school_master_add_2026.csv",
        "encoding": "utf-8",
        "rows": [
            ["学校コード", "学校名", "区分", "設置", "所在都道府県"],
            ["U01-0412", "北斗大学", "大学", "私立", "北海道"],
            ["U13-1187", "東雲学院大学", "大学", "私立", "東京都"],
            ["U37-0065", "琴平工業大学", "大学", "私立", "香川県"],
            ["U25-0031", "瀬田女子大学", "大学", "私立", "滋賀県"],
            ["G20-0019", "高遠大学大学院", "大学院", "公立", "長野県"],
            ["U28-0540", "湊川外国語大学", "大学", "私立", "兵庫県"],
            ["S13-2210", "若葉看護専門学校", "専門学校", "私立", "東京都"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "master data of schools (institutions, not people) to the HR system vendor",
},
{
    "id": "gakureki-045",
    "charset": "utf-8",
    "sender": "仁科 遥 <nishina.haruka@hinode-sangyo.co.jp>",
    "to": ["GCS Evaluation Desk <evaluation@gcs-eval.com>"],
    "subject": "Our education verification policy (for the service agreement)",
    "body": """Dear Evaluation Desk,

As discussed on our call, I attach our internal policy on verifying the education
of new hires, so that you can align the scope of the service agreement with it.
Sections 4 and 5 describe what we expect from an external evaluator.

Best regards,

""" + _SIG_NISHINA,
    "attachments": [{
        "kind": "pdf",
        "name": "HS_Education_Verification_Policy_v1.2.pdf",
        "title": "Education Verification Policy",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Hinode Sangyo Co., Ltd. - CONFIDENTIAL - Internal Use Only",
        "lines": [
            "Education Verification Policy (v1.2)",
            "1. Purpose",
            "2. Scope: all permanent hires and contract staff in professional grades",
            "3. Consent: written consent is obtained before any enquiry",
            "4. Foreign credentials: evaluated by an external evaluator under contract",
            "5. Retention: evaluation reports are kept for 3 years after separation",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PDF marked CONFIDENTIAL / Internal Use Only in header and footer, sent outside",
},
{
    "id": "gakureki-046",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["全国技能検定協会 団体受検係 <dantai@ginou-kentei.or.jp>"],
    "subject": "団体受検の申込について（技能検定 前期）",
    "body": """公益財団法人 全国技能検定協会
団体受検係 御中

お世話になっております。日の出産業株式会社 人事部の小鳥遊です。
前期技能検定の団体受検について、下記のとおり申し込みます。
受検者の個人情報は、貴協会の申込システムから各自で登録いたします。

【申込団体】
　名称：日の出産業株式会社
　法人番号：1010401087213
　所在地：〒103-0027 東京都中央区日本橋2-14-3
　担当：人事部 人材開発課 小鳥遊（03-5820-4482）

【申込内容】
　機械保全（2級） 6名 / 電気系保全作業（3級） 4名
　請求書払いを希望します。

よろしくお願いいたします。

""" + _SIG_TAKANASHI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "group exam application with the company's own 法人番号 and head counts; no people's data",
},
{
    "id": "gakureki-047",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 料飲部 <fb@sakura-hotel.jp>"],
    "subject": "研修時のお食事の個別対応について",
    "body": """さくらホテル 料飲部 ご担当者様

お世話になっております。日の出産業の小鳥遊です。
4月6日からの新入社員研修で、お食事の個別対応をお願いしたい方がおります。

　1) 安居院 玲奈 様　…　イスラム教を信仰されているため、ハラール対応の食事を希望
　　　（豚肉・アルコールを含む調味料不可）。礼拝のため、昼休みに小部屋の利用を希望。
　2) 喜屋武 大河 様　…　特になし（辛い料理が苦手とのこと。可能な範囲で）

1)について対応可能な範囲をご教示ください。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named new hire's religion (要配慮個人情報) sent to the hotel",
},
{
    "id": "gakureki-048",
    "charset": "iso-2022-jp",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人営業 <hojin-nihonbashi@midori-ginko.co.jp>"],
    "subject": "新入社員 給与振込口座の事前登録データ",
    "body": """みどり銀行 日本橋支店
法人営業ご担当 様

いつもお世話になっております。日の出産業の五百旗頭です。
4月入社者の給与振込口座の事前登録用データを、ZIPでお送りいたします。
初回給与の振込日は4月24日です。口座の有効性確認をお願いいたします。

""" + _SIG_IOKIBE,
    "attachments": [{
        "kind": "zip",
        "name": "furikomi_touroku_202604.zip",
        "files": [{
            "kind": "csv",
            "name": "振込口座_2026入社.csv",
            "encoding": "utf-8",
            "rows": [
                ["社員番号", "氏名カナ", "銀行コード", "支店コード", "預金種目", "口座番号"],
                ["260401", "ｵﾄﾍﾞ ﾊﾔﾃ", "0397", "112", "普通", "3018842"],
                ["260402", "ｶﾃﾞﾅ ｼｵﾘ", "0397", "245", "普通", "1460397"],
                ["260403", "ｿｺﾞｳ ｺｳﾍｲ", "0005", "301", "普通", "7725510"],
                ["260404", "ﾂﾕﾘ ｻｷ", "0009", "718", "普通", "2204186"],
                ["260405", "ﾑｸﾞﾙﾏ ﾘｸ", "0397", "530", "普通", "5093374"],
                ["260406", "ｼｵﾐ ﾋﾅﾀ", "0001", "048", "普通", "8831629"],
                ["260407", "ﾋﾊﾞﾘ ｿｳﾀ", "0397", "112", "普通", "4417083"],
                ["260408", "ｵｵﾏﾒｳﾀﾞ ﾒｲ", "0010", "263", "普通", "6650412"],
                ["260409", "ｷｬﾝ ﾀｲｶﾞ", "0397", "401", "普通", "1129875"],
                ["260410", "ｺﾋﾙｲﾏｷ ﾀｸﾐ", "0005", "088", "普通", "3376021"],
            ],
        }],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "list: ten new hires' bank accounts in a CSV inside a plain ZIP to the bank",
},
{
    "id": "gakureki-049",
    "charset": "utf-8",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 経理部 <keiri@verify-japan.co.jp>"],
    "subject": "請求書受領のご連絡（請求番号 VJ-2601-0288）",
    "body": """株式会社ベリファイ・ジャパン
経理部 御中

お世話になっております。日の出産業 経理部の東海林です。
下記の請求書を受領いたしました。2月末日に指定口座へお振込みいたします。

　請求番号：VJ-2601-0288
　件名：学歴・職歴照会業務（2026年1月分）
　金額：88,000円（税込）
　登録番号：T2011001054627（貴社）

なお、請求書の宛名が「日の出産業株式会社 人事部 御中」となっておりますが、
次回以降は「経理部」宛でお送りいただけますと幸いです。

--
日の出産業株式会社 経理部
東海林 里美
TEL 03-5820-4460""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice acknowledgement with the vendor's invoice registration (T-)number; no people's data",
},
{
    "id": "gakureki-050",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": [
        "まなびネクスト 法人営業部 <houjin@manabi-next.co.jp>",
        "スキルアップ・ラボ 営業 <sales@skillup-lab.jp>",
        "学びの杜 法人窓口 <corporate@manabinomori.com>",
    ],
    "subject": "【見積依頼】社員向け資格取得講座（2026年度）",
    "body": """各社 ご担当者様

お世話になっております。日の出産業株式会社 人事部の小鳥遊です。
2026年度の資格取得支援制度で利用するオンライン講座について、お見積りをお願いいたします。

　対象講座：簿記2級、基本情報技術者、衛生管理者（第一種）
　想定受講者数：各講座 10〜15名
　受講期間：2026年5月〜2027年3月
　希望事項：受講進捗の管理画面、修了証の発行

2月20日（金）までにご提出いただけますと幸いです。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three competing vendors in To see each other's addresses (a quote request that should use Bcc)",
},
{
    "id": "gakureki-051",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 羽賀様 <haga@career-bridge.co.jp>"],
    "subject": "大学キャリアセンターのご担当者一覧",
    "body": """羽賀様

お世話になっております。真壁です。
来月の学内説明会の調整用に、当社が普段やり取りしている各大学キャリアセンターの
ご担当者をまとめました。日程調整はこちらへ直接ご連絡いただいて構いません。

大学名            ご担当者        部署                  直通電話        メール
--------------------------------------------------------------------------------------------
北斗大学          谷地 康平 様    キャリア支援課        011-706-2245    yachi@hokuto-u.ac.jp
東雲学院大学      左右田 綾 様    キャリアセンター      03-3269-5188    soda@shinonome-gakuin.ac.jp
琴平工業大学      溝呂木 誠 様    学生支援課            087-831-4421    mizorogi@kotohira-tech.ac.jp
瀬田女子大学      廿日出 奈央 様  キャリア開発室        077-543-2170    hatsukade@seta-wu.ac.jp
湊川外国語大学    上遠野 智 様    就職課                078-577-1260    katono@minatogawa-fl.ac.jp

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five university staff with direct lines and e-mails: business contacts, yet five named people's details — honestly either",
},
{
    "id": "gakureki-052",
    "charset": "iso-2022-jp",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 個人ローン推進室 <loan-suishin@midori-ginko.jp>"],
    "subject": "教育ローン利子補給制度の提携について",
    "body": """みどり銀行 個人ローン推進室 御中

いつもお世話になっております。日の出産業 経理部の東海林です。

当社で検討中の「社員の教育ローン利子補給制度」について、先日ご説明いただいた
提携スキームで進めたいと考えております。

　・対象：社員本人または子の進学・資格取得に係る教育ローン
　・補給：年利1.5%相当を当社が負担（上限 年間6万円／人）
　・手続：社員が貴行で借入後、返済予定表を人事部に提出

契約書案と、社員向け案内のひな形をお送りいただけますでしょうか。

--
日の出産業株式会社 経理部
東海林 里美
TEL 03-5820-4460""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginko.jp drops the co. of the partner bank's domain midori-ginko.co.jp",
},
{
    "id": "gakureki-053",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["廿日出 紬 <tsumugi.hatsukade@yahoo.co.jp>"],
    "subject": "Re: 成績証明書の取り寄せについて",
    "body": """廿日出 紬 様

ご連絡ありがとうございます。日の出産業の真壁です。

成績証明書は大学へのオンライン申請で取り寄せていただいて問題ありません。
申請フォームには、念のため当方で控えている下記の情報をご入力ください。

　氏名：廿日出 紬
　生年月日：2003年4月9日
　学籍番号：SW22-0815
　所属：瀬田女子大学 人間科学部

送付先は当社人事部（〒103-0027 東京都中央区日本橋2-14-3 日の出ビル7F）を
指定していただければ、本人からの再送は不要です。

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "the candidate's own details sent back to her single free-mail address: one person",
},
{
    "id": "gakureki-054",
    "charset": "utf-8",
    "sender": "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム データ移行チーム <migration@tsubasa-system.jp>"],
    "subject": "学歴・資格データ移行ファイル（第2回）",
    "body": """データ移行チーム ご担当者様

お世話になっております。日の出産業 情報システム部の百目鬼です。
第2回移行分のファイルをお送りします。前回と同じレイアウトです。
取り込みエラーがあればログをお送りください。

百目鬼""",
    "attachments": [{"kind": "corrupt", "name": "gakureki_shikaku_migration_02.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be inspected",
},
{
    "id": "gakureki-055",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 羽賀様 <haga@career-bridge.co.jp>"],
    "subject": "FW: 最終面接 候補者一覧（2/9〜2/13）",
    "body": """羽賀様

お世話になっております。真壁です。
来週の最終面接の候補者一覧です（社内向けに回したものをそのまま転送します）。
御社ご紹介分以外の方も含まれていますが、日程の参考にしてください。

真壁

-----Original Message-----
From: 真壁 友香
Sent: Wednesday, February 4, 2026 9:12 AM
To: 採用G
Subject: 最終面接 候補者一覧（2/9〜2/13）

採用Gの皆さん

来週の最終面接の候補者です。面接官の割り振りをお願いします。

・2/9 10:00　桑名 悠真（北斗大学 経済学部 卒見込）　090-2183-4470
・2/9 14:00　久徳 あかり（東雲学院大学 文学部 卒見込）　080-6092-5513
・2/10 10:00　蓬田 奏太（琴平工業大学 工学部 卒見込）　070-1846-2290
・2/10 14:00　眞鍋 ゆい（琴平工業大学 工学部 卒見込）　090-3725-9016
・2/12 10:00　我妻 悠（瀬田女子大学 人間科学部 卒見込）　080-2270-6638
・2/12 14:00　猪狩 凪（湊川外国語大学 卒見込）　090-4451-8027
・2/13 10:00　鷲尾 真央（北斗大学 法学部 既卒）　080-7318-0942

真壁
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of an internal mail: seven candidates' schools and mobile numbers are new text to the agency",
},
{
    "id": "gakureki-056",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["鬼頭 直人 <kito.naoto@hinode-sangyo.co.jp>"],
    "subject": "FW: 経歴調査報告（候補者ID CB-25-7731）",
    "body": """鬼頭さん

お疲れさまです。真壁です。
調査会社から下記の報告がありました。選考見送りの判断にあたり、
この情報をどこまで考慮してよいか法務の見解をいただけますか。

---------- Forwarded message ----------
From: 調査第二部 <report@verify-japan.co.jp>
Subject: 経歴調査報告（候補者ID CB-25-7731）

　対象者：鴨志田 匠（カモシダ タクミ）　昭和63年4月23日生
　学歴：北斗大学 経済学部 卒業（H23.3）… 申告どおり
　特記事項：2019年に傷害事件で逮捕歴あり（同年 罰金刑確定）との報道記録を確認
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "criminal record of a candidate, but forwarded only to an internal colleague",
},
{
    "id": "gakureki-057",
    "charset": "shift_jis",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    "subject": "被扶養者異動届の事前確認（新入社員 我妻様）",
    "body": """関東機械工業健康保険組合
適用課 御中

いつもお世話になっております。日の出産業 人事部 労務グループの五百旗頭です。

4月入社の社員が、配偶者を被扶養者とする届出を予定しております。
配偶者は現在、学生（大学院在学中）のため、在学証明書の添付で足りるか確認させてください。

　被保険者：我妻 千尋（ワガツマ チヒロ）　平成6年2月28日生
　被保険者証：記号 ３１０７　番号 ２２４
　被扶養者（予定）：我妻 慧（配偶者）　平成8年11月2日生
　在学先：高遠大学大学院 理工学研究科 博士後期課程

よろしくお願いいたします。

""" + _SIG_IOKIBE,
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "health insurance card 記号・番号 of an employee sent to an external insurer",
},
{
    "id": "gakureki-058",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["情報技術資格認定機構 合格証明担当 <gokaku@itqc.or.jp>"],
    "subject": "Re: 合格証書番号の照会について（資格手当申請者5名）",
    "body": """合格証明ご担当者様

早速のご回答ありがとうございました。
5名とも照会どおりであることを確認いたしました。
書面の原本は届き次第、当社で保管いたします。

今後ともよろしくお願いいたします。
小鳥遊

2026年1月23日(金) 11:05 情報技術資格認定機構 合格証明担当 <gokaku@itqc.or.jp>:
> 日の出産業株式会社 小鳥遊様
>
> ご照会の件、下記のとおり回答いたします。
>
> 鷲見 大和       1994/02/11  AP-2025-06-018842  合格の事実あり
> 神内 まどか     1997/08/30  SG-2025-09-004417  合格の事実あり
> 渡嘉敷 功       1989/12/05  NW-2025-11-000963  合格の事実あり
> 浮島 紗英       1999/04/17  FE-2025-08-031276  合格の事実あり
> 杢 尚之         1992/10/28  DB-2025-11-001538  合格の事実あり
>
> 書面は本日発送いたしました。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person list is only in the quoted reply from the recipient itself",
},
{
    "id": "gakureki-059",
    "charset": "utf-8",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["就労支援センターあかり ジョブコーチ 宍戸様 <shishido@shuro-akari.or.jp>"],
    "subject": "新入社員の職場定着支援について（ご依頼）",
    "body": """就労支援センターあかり
宍戸 様

お世話になっております。日の出産業 人事部の五百旗頭です。
先日ご相談した新入社員の職場定着支援について、配慮事項をまとめた資料をお送りします。
初回の訪問日程をご調整いただけますでしょうか。

""" + _SIG_IOKIBE,
    "attachments": [{
        "kind": "docx",
        "name": "合理的配慮シート_弓削.docx",
        "paragraphs": [
            "合理的配慮に関する確認シート",
            "作成：日の出産業株式会社 人事部　2026年2月",
        ],
        "tables": [[
            ["項目", "内容"],
            ["氏名", "弓削 剛士（ユゲ ツヨシ）"],
            ["生年月日", "2002年5月19日"],
            ["配属", "生産管理部 生産計画課"],
            ["診断名", "注意欠如・多動症（ADHD）　精神障害者保健福祉手帳 3級"],
            ["配慮事項", "口頭指示は必ずメモで補足。作業の優先順位を朝会で明示。静かな席を用意。"],
            ["服薬", "朝1回（業務への影響なし、本人申告）"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX with an identified new hire's diagnosis and disability certificate sent to an external support centre",
},
{
    "id": "gakureki-060",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["まなびネクスト 研修企画部 志村様 <shimura@manabi-next.co.jp>"],
    "subject": "新入社員向け情報セキュリティ研修の内容について",
    "body": """まなびネクスト
志村様

いつもお世話になっております。日の出産業の小鳥遊です。

4月の新入社員向け情報セキュリティ研修について、今年は以下の内容を
重点的に扱っていただきたいと考えております。

　・機密情報と個人情報の取扱い（社外秘文書の持ち出し、メール誤送信の防止）
　・パスワード付きZIP（いわゆるPPAP）を使わないファイル共有
　・SNSへの投稿と情報漏えいのリスク

講義資料のドラフトを3月上旬にいただけますと幸いです。

""" + _SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mere mentions of 機密 / 社外秘 as training topics; no classification marking, no personal data",
},
# ---------------------------------------------------------------- 061-080
{
    "id": "gakureki-061",
    "charset": "shift_jis",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["まなびネクスト 受講管理 <jukou@manabi-next.co.jp>"],
    "subject": "教育訓練給付対象講座 受講者登録（6名）",
    "body": """まなびネクスト 受講管理ご担当者様

お世話になっております。日の出産業の小鳥遊です。
専門実践教育訓練給付の対象講座「データ分析実務」の受講者6名を登録いたします。
修了証明書の発行に必要な項目を、ご指定の様式（xls）で添付いたしました。

ご確認をお願いいたします。

""" + _SIG_TAKANASHI,
    "attachments": [{
        "kind": "xls",
        "name": "受講者登録_データ分析実務.xls",
        "sheets": {
            "受講者": [
                ["講座コード", "氏名", "フリガナ", "生年月日", "雇用保険被保険者番号", "最終学歴", "受講開始日"],
                ["DA-501", "鷲見 大和", "スミ ヤマト", "1994/02/11", "5012-384917-3", "高遠大学 工学部", "2026/04/01"],
                ["DA-501", "神内 まどか", "ジンナイ マドカ", "1997/08/30", "5012-402256-8", "東雲学院大学 文学部", "2026/04/01"],
                ["DA-501", "渡嘉敷 功", "トカシキ イサオ", "1989/12/05", "5009-117643-1", "琴平工業大学 工学部", "2026/04/01"],
                ["DA-501", "浮島 紗英", "ウキシマ サエ", "1999/04/17", "5013-085521-6", "瀬田女子大学 人間科学部", "2026/04/01"],
                ["DA-501", "杢 尚之", "モク ナオユキ", "1992/10/28", "5010-733098-4", "信濃経済大学 経営学部", "2026/04/01"],
                ["DA-501", "城ヶ崎 結衣", "ジョウガサキ ユイ", "2001/06/25", "5016-220471-9", "湊川外国語大学", "2026/04/01"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: six employees' birth dates and employment-insurance numbers in a legacy XLS to a training provider",
},
{
    "id": "gakureki-062",
    "charset": "utf-8",
    "sender": "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 湯浅様 <yuasa@tsubasa-system.jp>"],
    "cc": ["まなびネクスト システム連携担当 <api@manabi-next.co.jp>", "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>"],
    "subject": "受講修了データ連携（API）の打合せについて",
    "body": """ツバサシステム 湯浅様
まなびネクスト システム連携ご担当者様

お世話になっております。日の出産業 情報システム部の百目鬼です。

eラーニングの修了データを人事システムの資格・研修履歴へ自動連携する件で、
3社でのお打合せをお願いしたく存じます。

議題
　1. 連携方式（API／夜間CSV）の比較
　2. 連携項目（社員コード、講座コード、修了日、スコア）
　3. テスト環境の準備とスケジュール

2月第3週でご都合のよい日時を2〜3候補いただけますと幸いです。

--
日の出産業株式会社 情報システム部 百目鬼 亮
TEL 03-5820-4530""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal meeting mail with two external organisations (plus an internal Cc)",
},
{
    "id": "gakureki-063",
    "charset": "iso-2022-jp",
    "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 代表取締役 檜山様 <hiyama@career-bridge.co.jp>"],
    "subject": "2027年度 採用ターゲット校について",
    "body": """檜山社長

いつもお世話になっております。日の出産業の勅使河原です。
先日の会食でお話しした来年度のターゲット校の考え方を、資料にまとめました。
御社の母集団形成の計画づくりにお役立てください。

取扱いにはくれぐれもご注意ください。

勅使河原
日の出産業株式会社 人事部長
TEL 03-5820-4400""",
    "attachments": [{
        "kind": "docx",
        "name": "2027採用_ターゲット校方針.docx",
        "page_header": "極秘",
        "paragraphs": [
            "【極秘】",
            "2027年度 新卒採用 ターゲット校方針",
            "1. 重点校（説明会・リクルーター配置）：北斗大学、琴平工業大学、高遠大学大学院",
            "2. 準重点校（Web説明会のみ）：東雲学院大学、湊川外国語大学、信濃経済大学",
            "3. 上記以外は通常エントリーで受け付け、書類選考での学校名による区別は行わない。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX stamped 極秘 (header and title) sent to an external agency",
},
{
    "id": "gakureki-064",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["真壁 友香 <makabe.yuka@hinode-sangyo.com>"],
    "subject": "入社式 進行台本（最新版）",
    "body": """自分宛て（週末に確認用）

入社式の進行台本の最新版。
・開式の辞 → 社長挨拶 → 辞令交付 → 新入社員代表挨拶 → 記念撮影
・代表挨拶は北斗大学出身の内定者に依頼済み。原稿は3/20締切
・辞令交付の読み上げ順は五十音順

月曜に勅使河原部長へ提出。""",
    "attachments": [{
        "kind": "docx",
        "name": "入社式_進行台本_v4.docx",
        "paragraphs": [
            "2026年度 入社式 進行台本",
            "10:00 開式の辞（司会：人事部 真壁）",
            "10:05 社長挨拶",
            "10:20 辞令交付",
            "10:50 新入社員代表挨拶",
            "11:00 記念撮影",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sent to hinode-sangyo.com, another TLD of the company's own domain hinode-sangyo.co.jp",
},
{
    "id": "gakureki-065",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 能力開発課 <noryoku@kawasaki-denki.co.jp>"],
    "subject": "技能検定 受検会場一覧（合同研修のご参考）",
    "body": """川崎電機株式会社 人事部 能力開発課 御中

いつもお世話になっております。日の出産業の小鳥遊です。
合同研修の受講者が受検する技能検定の会場一覧をお送りします。
各会場の問い合わせ先は、いずれも公開されている代表番号です。

会場名                         所在地                                   電話
------------------------------------------------------------------------------------------
東京技能検定センター           東京都江東区東陽5-2-11                    03-5632-8800
神奈川県職業能力開発協会       神奈川県横浜市中区寿町1-4                 045-633-5410
埼玉技能検定会場（川口）       埼玉県川口市本町4-1-8                     048-224-3310
千葉県技能検定センター         千葉県千葉市美浜区幸町1-1-3               043-296-1150
茨城県職業能力開発協会         茨城県水戸市水府町864-4                   029-221-8647
栃木県技能検定会場（宇都宮）   栃木県宇都宮市昭和1-3-10                  028-643-7002

受検票の発送は各会場から直接となります。

""" + _SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of exam venues with switchboards and addresses: institutions, not people",
},
{
    "id": "gakureki-066",
    "charset": "utf-8",
    "sender": "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 湯浅様 <yuasa@tsubasa-system.jp>"],
    "subject": "マイナンバー項目の取込テスト用データ",
    "body": """湯浅様

お世話になっております。百目鬼です。
マイナンバー項目の取込テストで桁チェックの挙動を確認したいので、
実データから3件抜き出したファイルをお送りします。テスト後は削除をお願いします。

百目鬼""",
    "attachments": [{
        "kind": "xlsx",
        "name": "mynumber_import_test.xlsx",
        "sheets": {
            "import": [
                ["社員コード", "氏名", "生年月日", "個人番号", "最終学歴コード"],
                ["250407", "芦刈 智也", "2002-09-07", my_number(SEED + 5), "U01-0412"],
                ["250413", "弓削 剛士", "2002-05-19", my_number(SEED + 6), "U37-0065"],
                ["240419", "越智 遥香", "2000-12-02", my_number(SEED + 7), "U25-0031"],
            ],
            "チェック観点": [
                ["No", "観点"],
                [1, "12桁以外はエラー"],
                [2, "チェックデジット不一致はエラー"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three employees' real My Numbers in an XLSX sent to the system vendor as 'test data'",
},
{
    "id": "gakureki-067",
    "charset": "utf-8",
    "sender": "仁科 遥 <nishina.haruka@hinode-sangyo.co.jp>",
    "to": ["Priya Raghunathan <priya.raghunathan92@gmail.com>"],
    "subject": "Welcome to Hinode Sangyo - documents for your degree verification",
    "body": """Dear Priya,

Welcome aboard! We are delighted that you will be joining our engineering team
in Yokohama on 1 April.

To complete your onboarding, please send us the following by courier (not by e-mail):

  1. A copy of your degree certificate with an apostille
  2. Your official transcript in a sealed envelope from your university
  3. The signed consent form for our credential evaluation partner

Our address is: Global HR, Hinode Sangyo Co., Ltd., 7F Hinode Bldg.,
2-14-3 Nihonbashi, Chuo-ku, Tokyo 103-0027.

If anything is unclear, just reply to this e-mail.

Best regards,

""" + _SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "welcome mail to one new hire on free mail; only the company's own address",
},
{
    "id": "gakureki-068",
    "charset": "utf-8",
    "sender": "仁科 遥 <nishina.haruka@hinode-sangyo.co.jp>",
    "to": ["GCS Evaluation Desk <evaluation@gcs-eval.com>", "WorldCred Japan <info@worldcred.jp>"],
    "cc": ["Apex Credential Review <service@apexcredreview.com>"],
    "subject": "RFP: foreign credential evaluation services 2026-2028",
    "body": """Dear all,

Hinode Sangyo Co., Ltd. is inviting proposals for foreign credential evaluation
services for the period April 2026 - March 2028.

Expected volume: 30-40 evaluations per year (mainly degrees from Vietnam, India,
the Philippines and Nigeria)
Required: course-by-course evaluation on request, English/Japanese reports,
turnaround within 10 business days.

Please submit your proposal and fee schedule by 27 February 2026.

Kind regards,

""" + _SIG_NISHINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "RFP sent to three competing vendors in To/Cc who can see each other",
},
{
    "id": "gakureki-069",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["信濃経済大学 教務課 <kyomu@shinano-keizai.ac.jp>"],
    "subject": "卒業証明書（写し）の記載内容のご確認",
    "body": """信濃経済大学 教務課 御中

お世話になっております。日の出産業株式会社 人事部の真壁です。
内定者から提出された貴学の卒業証明書の写し（スキャン）をお送りします。
学位の名称が貴学の正式名称と一致しているかご確認いただけますでしょうか。

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "attachments": [{"kind": "corrupt", "name": "卒業証明書_スキャン.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the scanned PDF attachment is corrupt and cannot be inspected",
},
{
    "id": "gakureki-070",
    "charset": "shift_jis",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
    "subject": "【人事部】2026年度 資格取得支援制度のご案内",
    "body": """社員各位

人事部 人材開発課です。
2026年度の資格取得支援制度について、下記のとおりご案内します。

■ 支援内容
　・受験料：合格時に全額支給（不合格時は1回に限り半額）
　・講座受講料：指定講座は会社負担（まなびネクスト社の法人契約）
　・奨励金：資格ごとに一時金を支給（別表のとおり）

■ 申請方法
　合格後3か月以内に、合格証書の写しを添えて人事システムから申請してください。

■ 問い合わせ
　人事部 人材開発課 小鳥遊（内線 2482）

なお、奨学金の代理返還制度・教育ローン利子補給制度については別途ご案内します。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal announcement to all staff; no personal data, no external recipient",
},
{
    "id": "gakureki-071",
    "charset": "utf-8",
    "sender": "仁科 遥 <nishina.haruka@hinode-sangyo.co.jp>",
    "to": ["GCS Evaluation Desk <evaluation@gcs-eval.com>"],
    "subject": "Batch evaluation request - April 2026 joiners (5)",
    "body": """Dear Evaluation Desk,

Please find below the five April joiners whose foreign degrees we would like
evaluated under our agreement. Consent forms have been uploaded to the portal.

name,date_of_birth,institution,degree,year,email
Nguyen Van Minh,1997-05-21,Red River Polytechnic University,B.Eng. Electrical,2019,minh.nguyenvan97@gmail.com
Arjun Venkataraman,1994-11-08,Deccan Institute of Technology,M.Tech. Mechanical,2018,arjun.venkat94@outlook.com
Maria Luisa Dizon,1996-02-14,University of Central Visayas,B.S. Accountancy,2017,ml.dizon@yahoo.com
Chinedu Obi-Nwosu,1995-09-30,Lagos State Polytechnic,HND Civil Engineering,2016,c.obinwosu@gmail.com
Tran Thi Bich Ngoc,1998-07-03,Saigon University of Economics,B.A. Finance,2020,bichngoc.tran98@gmail.com

We would appreciate the reports by 20 March.

Best regards,

""" + _SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: five people's birth dates, degrees and personal e-mails as CSV lines in an English body",
},
{
    "id": "gakureki-072",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>"],
    "bcc": [
        "hibari.sota03@gmail.com",
        "meimei.omameuda@yahoo.co.jp",
        "kyan.taiga@icloud.com",
        "tsuyuri-saki@docomo.ne.jp",
        "agui.rena@outlook.jp",
        "mugu.riku0830@gmail.com",
        "shiomi.hinata@ezweb.ne.jp",
        "kohiruimaki.t@gmail.com",
    ],
    "subject": "【日の出産業】卒業証明書ご提出のお願い（再送）",
    "body": """内定者の皆さま

日の出産業 人事部の小鳥遊です。
（このメールはBCCで一斉にお送りしています）

卒業証明書（原本）のご提出期限は3月31日です。
卒業式の後、大学の窓口またはオンライン申請で取得のうえ、人事部宛にご郵送ください。
すでにご提出いただいた方は、行き違いご容赦ください。

""" + _SIG_TAKANASHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "mass mail to new hires correctly in Bcc; free-mail recipients may warn",
},
{
    "id": "gakureki-073",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 羽賀様 <haga@career-bridge.co.jp>"],
    "subject": "成績証明書の件（候補者ID CB-2614）",
    "body": """羽賀様

お世話になっております。真壁です。
ご紹介いただいた候補者の成績証明書を確認しました。
体育実技の単位が「免除」となっている点について、備考欄に理由の記載があります。
業務上は特に問題ないと考えていますが、念のため共有します。

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "pdf",
        "name": "CB-2614_成績証明書.pdf",
        "lines": [
            "成績証明書",
            "氏名：久徳 あかり　　生年月日：2003年10月12日",
            "東雲学院大学 文学部 日本文学科　学籍番号 S22L2217",
            "",
            "体育実技I　　免除",
            "体育実技II　 免除",
            "備考：体育実技は心臓疾患（先天性心房中隔欠損症）のため医師の指示により免除",
            "修得単位合計　118単位",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "transcript PDF naming a candidate's heart condition (medical history) sent to an agency",
},
{
    "id": "gakureki-074",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["瀬田女子大学 キャリア開発室 <career@seta-wu.ac.jp>"],
    "subject": "求人票送付のお願い（2027年3月卒業予定者向け）",
    "body": """瀬田女子大学 キャリア開発室 御中

いつもお世話になっております。日の出産業株式会社 人事部の真壁でございます。
2027年3月卒業予定の学生の皆さま向けに、求人票をお送りいたします。
学内での掲示・求人検索システムへの掲載をお願いできますでしょうか。

　募集職種：総合職（営業・企画）、技術職（生産技術・品質保証）
　応募方法：当社採用サイトよりエントリー
　学内説明会：5月中旬を希望（別途ご相談させてください）

""" + _SIG_MAKABE,
    "attachments": [{
        "kind": "pdf",
        "name": "求人票_日の出産業_2027.pdf",
        "lines": [
            "求人票（2027年3月卒業予定者）",
            "会社名：日の出産業株式会社　本社：東京都中央区日本橋2-14-3",
            "事業内容：産業用資材の製造・販売",
            "初任給：学部卒 255,000円 / 修士了 275,000円",
            "採用担当：人事部 採用グループ（TEL 03-5820-4471）",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "job posting to a university; only the company's own contact details",
},
{
    "id": "gakureki-075",
    "charset": "iso-2022-jp",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["早乙女社会保険労務士事務所 給与計算担当 <kyuyo@saotome-sr.jp>"],
    "subject": "扶養控除等申告書（中途入社 渡嘉敷様）",
    "body": """早乙女社会保険労務士事務所
給与計算ご担当 様

お世話になっております。日の出産業の五百旗頭です。
2月1日付中途入社の渡嘉敷様の扶養控除等申告書を、転記したPDFでお送りします。
2月分給与から扶養2名で計算をお願いいたします。

""" + _SIG_IOKIBE,
    "attachments": [{
        "kind": "pdf",
        "name": "扶養控除等申告書_渡嘉敷.pdf",
        "title": "給与所得者の扶養控除等（異動）申告書",
        "lines": [
            "令和8年分 給与所得者の扶養控除等（異動）申告書（転記）",
            "",
            f"本人　氏名 渡嘉敷 功　　生年月日 平成元年12月5日　　個人番号 {my_number(SEED + 8)}",
            "住所　沖縄県那覇市泊2-14-6 → 東京都江東区大島5-27-3-802（2月1日転居）",
            f"配偶者　渡嘉敷 杏奈　生年月日 平成3年7月18日　個人番号 {my_number(SEED + 9)}",
            f"扶養親族　渡嘉敷 海斗（長男）　生年月日 令和2年3月29日　個人番号 {my_number(SEED + 14)}",
        ],
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF with the My Numbers of an employee, his spouse and child sent to an external 社労士",
},
{
    "id": "gakureki-076",
    "charset": "shift_jis",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 保坂様 <hosaka@nishiki-insatu.co.jp>"],
    "subject": "研修修了証の台紙デザインについて",
    "body": """錦印刷株式会社
保坂様

お世話になっております。日の出産業の小鳥遊です。
社内認定資格の修了証台紙について、前回ご提案いただいたB案で進めたいと思います。

　・用紙：上質紙 180kg、クリーム色
　・箔押し：社章（金）
　・数量：300枚（うち予備50枚）
　・納期：3月18日（水）

氏名の印字は当社で行いますので、白紙の状態で納品をお願いします。
校正をPDFでお送りいただけますか。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops a letter from the partner printer's domain nishiki-insatsu.co.jp",
},
{
    "id": "gakureki-077",
    "charset": "utf-8",
    "sender": "百目鬼 亮 <domeki.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "【不具合報告】学歴登録画面で卒業年月が保存されない",
    "body": """ツバサシステム サポートデスク ご担当者様

お世話になっております。日の出産業 情報システム部の百目鬼です。
人事システム（Ver.5.3.2）の学歴登録画面で、以下の不具合が発生しています。

　事象：卒業年月を「2026/03」と入力して保存すると、空欄に戻る
　再現手順：テスト環境で社員「テスト 太郎（社員コード T00001）」の学歴を新規追加
　発生頻度：毎回
　画面キャプチャを添付します。

お問い合わせ番号の発行をお願いいたします。

--
日の出産業株式会社 情報システム部 百目鬼 亮
TEL 03-5820-4530""",
    "attachments": [{"kind": "png", "name": "gakureki_save_error.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "bug report with a dummy test employee and a screenshot; no real personal data",
},
{
    "id": "gakureki-078",
    "charset": "iso-2022-jp",
    "sender": "薬師寺 和也 <yakushiji.kazuya@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    "subject": "内定者ウェルカムキットの配送依頼",
    "body": """青葉運輸株式会社 法人営業 御中

いつもお世話になっております。日の出産業 総務部の薬師寺です。
内定者向けウェルカムキット（段ボール1箱／人）の配送をお願いいたします。
お届け先は、人事部から回ってきたメールをそのまま添付いたしますので、ご確認ください。
集荷は3月2日（月）午後でお願いします。

--
日の出産業株式会社 総務部
薬師寺 和也
TEL 03-5820-4410""",
    "attachments": [{
        "kind": "eml",
        "name": "ウェルカムキット送付先.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
            "to": ["薬師寺 和也 <yakushiji.kazuya@hinode-sangyo.co.jp>"],
            "subject": "ウェルカムキット送付先",
            "body": """薬師寺さん

ウェルカムキットの送付先です。よろしくお願いします。

1. 雲雀 颯太　〒154-0004 東京都世田谷区太子堂4-12-9　090-5127-3384
2. 大豆生田 芽衣　〒181-0013 東京都三鷹市下連雀3-30-2-405　080-4419-2076
3. 喜屋武 大河　〒213-0001 神奈川県川崎市高津区溝口2-7-15　070-3308-9951
4. 栗花落 紗希　〒273-0005 千葉県船橋市本町6-3-11　090-7725-3068
5. 小比類巻 拓海　〒185-0012 東京都国分寺市本町2-5-20　080-1193-6627
6. 安居院 玲奈　〒336-0017 埼玉県さいたま市南区南浦和1-4-3　090-6634-0215
7. 九十九 壮真　〒064-0804 北海道札幌市中央区南四条西15-2-18　090-3381-7042
8. 左右田 凛　〒920-0962 石川県金沢市広坂1-9-22 コーポ広坂301　080-5520-1936

真壁""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: eight new hires' home addresses and phones inside an attached e-mail to the carrier",
},
{
    "id": "gakureki-079",
    "charset": "shift_jis",
    "sender": "五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>",
    "to": ["早乙女社会保険労務士事務所 手続担当 <tetsuzuki@saotome-sr.jp>"],
    "subject": "RE: 個人番号の桁数について（雲井様）",
    "body": f"""早乙女事務所 手続ご担当様

ご確認ありがとうございます。
ご指摘のとおり、当方の台帳への転記時に1桁欠落しておりました。
本人提出の写しと照合し、ご記載の番号で正しいことを確認いたしました。
その番号で手続きを進めていただけますようお願いいたします。

五百旗頭

-----Original Message-----
From: 早乙女社会保険労務士事務所 手続担当 <tetsuzuki@saotome-sr.jp>
Sent: Tuesday, February 3, 2026 4:18 PM
To: 五百旗頭 健 <iokibe.ken@hinode-sangyo.co.jp>
Subject: 個人番号の桁数について（雲井様）

日の出産業 五百旗頭様

お世話になっております。資格取得届の作成にあたり、雲井 朔様の個人番号が
11桁で届いておりました。雇用保険の届出書類の写しに記載の番号は下記のとおりです。

　{my_number(SEED + 15)}

こちらで正しいかご確認ください。

早乙女社会保険労務士事務所
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the My Number appears only in the quoted original from the recipient; the new text has none",
},
{
    "id": "gakureki-080",
    "charset": "utf-8",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["まなびネクスト 研修企画部 志村様 <shimura@manabi-next.co.jp>"],
    "subject": "内定者eラーニング 受講結果の集計",
    "body": """【取扱注意】
本メールおよび集計内容は取扱注意情報です。関係者以外への転送はお控えください。

志村様

お世話になっております。日の出産業の小鳥遊です。
内定者向けeラーニングの受講結果を集計しましたので、次年度の講座設計の参考に共有します。

　対象者数：42名　修了者：39名（修了率 92.9%）
　単元別の平均得点
　　1. ビジネスマナー　　　 86.2点
　　2. 報連相　　　　　　　 81.7点
　　3. 情報セキュリティ　　 74.5点
　　4. コンプライアンス　　 79.0点
　　5. ロジカルシンキング　 68.3点
　　6. 会計の基礎　　　　　 63.9点

会計の基礎の得点が低いため、次年度は導入部分を厚くしていただけますと幸いです。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail classified 【取扱注意】 at its top, sent to an external vendor",
},
# ---------------------------------------------------------------- 081-100
{
    "id": "gakureki-081",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["高遠大学 大学院課 <daigakuin@takato-u.ac.jp>"],
    "subject": "修了見込みの確認について（在籍者7名）",
    "body": """高遠大学 大学院課 御中

お世話になっております。日の出産業株式会社 人事部の真壁です。
貴学大学院に在籍中の当社内定者について、修了見込みの確認をお願いいたします。
氏名は同意書（郵送済）と学籍番号で照合いただけますとのことでしたので、
学籍番号・生年月日・連絡先のみ記載しております。

・T24GM052／2001年12月27日生／理工学研究科 機械／kohiruimaki.t@gmail.com
・T24GM067／2001年8月4日生／理工学研究科 機械／r.tenpaku01@yahoo.co.jp
・T24GE019／2000年10月15日生／理工学研究科 電気／yuge.k.2000@icloud.com
・T24GE033／2001年3月22日生／理工学研究科 電気／hozumi.kaede@gmail.com
・T24GC008／2001年5月30日生／理工学研究科 情報／s.dewa.0530@outlook.jp
・T24GC021／2002年1月11日生／理工学研究科 情報／aoi.higuchi@docomo.ne.jp
・T24GC040／2001年9月2日生／理工学研究科 情報／kamatsuka.n@gmail.com

ご回答は3月6日（金）までにいただけますと幸いです。

""" + _SIG_MAKABE,
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list without a name column: seven students' IDs, birth dates and personal e-mails to a university",
},
{
    "id": "gakureki-082",
    "charset": "utf-8",
    "sender": "鬼頭 直人 <kito.naoto@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 宇佐美先生 <usami@shirakawa-law.jp>"],
    "subject": "学歴申告の相違が判明した3名について（資料送付）",
    "body": """宇佐美先生

お世話になっております。鬼頭です。
先日の打合せでご依頼のあった、学歴申告と照会結果に相違のあった3名の一覧を
Word形式でお送りします。いずれも入社済みの社員です。

ご見解をいただけますと幸いです。

--
日の出産業株式会社 法務・コンプライアンス室
鬼頭 直人  TEL 03-5820-4402""",
    "attachments": [{
        "kind": "docx",
        "name": "学歴相違者一覧.docx",
        "paragraphs": ["学歴申告と照会結果の相違（3名）", "2026年2月 法務・コンプライアンス室"],
        "tables": [[
            ["社員番号", "氏名", "生年月日", "申告学歴", "照会結果", "入社日"],
            ["190712", "相良 一真", "1992/09/17", "北斗大学大学院 経済学研究科 修了", "学部卒業（大学院在籍記録なし）", "2019/07/01"],
            ["210401", "天白 怜央", "1991/11/05", "北斗大学 理学部 卒業", "中途退学（2013年）", "2021/04/01"],
            ["230301", "宇佐見 紬", "1995/07/01", "北斗大学 経営学部 卒業", "卒業（学科名相違）", "2023/03/01"],
        ]],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three employees' records to the company's own lawyer: under five people and nothing sensitive, may warn",
},
{
    "id": "gakureki-083",
    "charset": "utf-8",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["学生奨学支援機構 返還支援課 <henkan-shien@gakusei-shogaku.or.jp>"],
    "subject": "代理返還 対象者の本人確認について（奨学生番号 810-24-058841）",
    "body": f"""学生奨学支援機構 返還支援課 御中

お世話になっております。日の出産業 経理部の東海林です。
代理返還の対象者届のうち、芦刈様について本人確認書類の番号を求められましたので
お知らせいたします。

　奨学生番号：８１０－２４－０５８８４１
　氏名：芦刈 智也（アシカリ トモヤ）
　生年月日：平成１４年９月７日
　個人番号：{_sp(my_number(SEED + 10)).translate(_ZEN)}

ご確認のほどよろしくお願いいたします。

--
日の出産業株式会社 経理部
東海林 里美
TEL 03-5820-4460""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an employee's My Number in full-width digits sent to an external scholarship body",
},
{
    "id": "gakureki-084",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 能力開発課 <noryoku@kawasaki-denki.co.jp>"],
    "subject": "合同新入社員研修（5/18〜5/20）のご案内",
    "body": """川崎電機株式会社 人事部 能力開発課 御中

いつもお世話になっております。日の出産業の小鳥遊です。
今年度の合同新入社員研修の案内チラシができましたので、画像でお送りします。
貴社の新入社員の皆さまへの周知にお使いください。

　日程：5月18日（月）〜20日（水）
　会場：さくらホテル 大広間
　内容：品質管理の基礎、安全衛生、グループワーク

参加人数は4月末までにお知らせいただけますと幸いです。

""" + _SIG_TAKANASHI,
    "attachments": [{"kind": "png", "name": "godo_kenshu_2026.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "training invitation with an image flyer to a partner; no personal data",
},
{
    "id": "gakureki-085",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": [
        "kuwana.yuma@gmail.com",
        "yomogita.sota@gmail.com",
        "ikari.nagi@gmail.com",
        "washio.mao.0119@gmail.com",
    ],
    "subject": "最終面接の日程確定のお知らせ",
    "body": """皆さま

日の出産業株式会社 人事部の真壁です。
最終面接の日程が確定しましたのでお知らせします。

　場所：本社7F 人事部受付（東京都中央区日本橋2-14-3 日の出ビル）
　持ち物：卒業（見込）証明書、成績証明書、筆記用具

個別の時間は、先日お送りした個別メールのとおりです。
ご不明な点はこのメールへのご返信でお問い合わせください。

""" + _SIG_MAKABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "four private persons (each its own party) see each other's addresses in To",
},
{
    "id": "gakureki-086",
    "charset": "iso-2022-jp",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 個人ローン推進室 <loan-suishin@midori-ginko.co.jp>"],
    "subject": "教育ローン利子補給制度 契約条件のご確認",
    "body": """みどり銀行 個人ローン推進室 御中

いつもお世話になっております。日の出産業 経理部の東海林です。
教育ローン提携の契約書案をありがとうございました。下記の条件で相違ないか確認させてください。

　適用金利（変動）　　　年2.475%（提携優遇 ▲0.5%適用後）
　融資限度額　　　　　　500万円
　返済期間　　　　　　　最長15年
　利子補給の振込先　　　当社から貴行の指定口座へ毎月まとめて
　利子補給の対象期間　　在籍期間中に限る

契約締結は4月1日を予定しております。

--
日の出産業株式会社 経理部
東海林 里美
TEL 03-5820-4460""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract terms with the partner bank (correct domain); rates only, no personal data",
},
{
    "id": "gakureki-087",
    "charset": "iso-2022-jp",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["学生奨学支援機構 返還支援課 <henkan-shien@gakusei-shogaku.or.jp>"],
    "subject": "代理返還 送金明細（2月分）",
    "body": """学生奨学支援機構 返還支援課 御中

お世話になっております。日の出産業 経理部の東海林です。
2月分の代理返還の送金明細をお送りします。
社内規程により、ファイルはパスワードを付けてお送りしております。
パスワードは後ほど別のメールでお知らせいたします。

--
日の出産業株式会社 経理部
東海林 里美""",
    "attachments": [{
        "kind": "zip",
        "name": "soukin_meisai_202602.zip",
        "password": "Hs-0227",
        "files": [{"kind": "xlsx", "name": "送金明細_202602.xlsx", "sheets": {"明細": [
            ["奨学生番号", "氏名", "返還額"],
            ["810-22-114583", "比嘉 美月", 14400],
            ["810-21-097204", "鶴見 怜", 17800],
        ]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP: the attachment cannot be inspected",
},
{
    "id": "gakureki-088",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["瀬田女子大学 教務部 <kyomu@seta-wu.ac.jp>"],
    "subject": "卒業生の情報の取扱いについて（お願い）",
    "body": """瀬田女子大学 教務部 御中

お世話になっております。日の出産業株式会社 人事部の真壁でございます。

先月、卒業事実の照会でお世話になりました当社社員の栗花落 紗希さんについて、
本人から次の申し出がありましたので、お伝えいたします。

本人は以前交際していた人物からのストーカー被害を受けており、現在警察に相談中とのことです。
加害者が本人の勤務先や連絡先を探っている可能性があるため、
第三者から本人に関する問い合わせがあった場合は、当社への照会があった事実も含めて
回答をお控えいただけないか、とのことです。

貴学でのお取扱いについて、ご教示いただけますと幸いです。

""" + _SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's being a crime victim (stalking) sent to an external university",
},
{
    "id": "gakureki-089",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["琴平工業大学 学生支援課 溝呂木様 <mizorogi@kotohira-tech.ac.jp>"],
    "subject": "春季インターンシップ 受入れ学生のご連絡",
    "body": """琴平工業大学 学生支援課
溝呂木様

いつもお世話になっております。日の出産業の真壁です。
春季インターンシップ（3/2〜3/13）で、貴学から下記4名を受け入れることになりました。

　工学部 機械工学科 3年　　弓削 剛士 さん
　工学部 電気電子工学科 3年　穂積 楓 さん
　工学部 情報工学科 3年　　蓬田 奏太 さん
　工学部 建築学科 3年　　　八角 彩花 さん

単位認定の書類は、終了後に当社で記入してお送りします。
よろしくお願いいたします。

""" + _SIG_MAKABE,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "four students with department and year to their own university: under five, may warn",
},
{
    "id": "gakureki-090",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["北斗大学 卒業生照会窓口 谷地様 <alumni-check@hokuto-u.ac.jp>"],
    "subject": "Re: 卒業事実照会のお願い（6名）",
    "body": """谷地様

ご連絡ありがとうございます。
ご指摘のとおり、当方の申込内容に誤りがありました。大変失礼いたしました。
正しくは下記のとおりですので、こちらで照会をお願いいたします。

氏名　　　　　　生年月日　　　　　学籍番号　　　卒業年月
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
相良　一真　　　平成４年９月１７日　ＨＫ１１Ｅ０３８２　平成２７年３月
我妻　千尋　　　平成６年２月２８日　ＨＫ１２Ｌ０９１５　平成２８年３月
天白　怜央　　　平成３年１１月５日　ＨＫ１０Ｓ０１４７　平成２６年３月
宇佐見　紬　　　平成７年７月１日　　ＨＫ１４Ｂ０６３０　平成３０年３月
丹生　日和　　　平成５年１２月１４日　ＨＫ１２Ｂ０２２１　平成２８年３月

鴨志田様については照会を取り下げます。

真壁

> 日の出産業株式会社
> 真壁様
>
> ご照会の6名のうち、鴨志田様の学籍番号は本学の付番体系と一致しません。
> また天白様の生年月日が本学の記録と相違しています。
> ご確認のうえ、改めてご連絡ください。
>
> 北斗大学 学務部 卒業生照会窓口 谷地
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list in the new text of a reply: five people's 和暦 birth dates and student IDs in full-width characters",
},
{
    "id": "gakureki-091",
    "charset": "utf-8",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 能力開発課 <noryoku@kawasaki-denki.co.jp>"],
    "subject": "FW: 【全国技能検定協会】前期技能検定 合格発表日のお知らせ",
    "body": """能力開発課 ご担当者様

お世話になっております。小鳥遊です。
合同研修の受講者も対象になる前期技能検定の合格発表日について、協会から案内が来ましたので転送します。

------------------------------------------------
差出人: 全国技能検定協会 <info@ginou-kentei.or.jp>
送信日時: 2026年2月2日 9:30
件名: 【全国技能検定協会】前期技能検定 合格発表日のお知らせ

団体受検ご担当者各位

前期技能検定の合格発表は、2026年9月4日（金）10時に当協会Webサイトで行います。
合格証書は、合格発表後2週間以内に団体受検の申込担当者宛に一括して発送します。
個人宛の郵送はいたしませんのでご注意ください。

公益財団法人 全国技能検定協会 試験部
TEL 03-6206-3300
------------------------------------------------
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of an exam body's general notice; only its business contact",
},
{
    "id": "gakureki-092",
    "charset": "utf-8",
    "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
    "to": ["キャリアブリッジ 檜山様 <hiyama@career-bridge.co.jp>"],
    "cc": ["真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>"],
    "subject": "2027年度 新卒採用計画（ご説明資料）",
    "body": """檜山社長

お世話になっております。勅使河原です。
来週のご説明に先立ち、2027年度の新卒採用計画の資料をお送りします。
当日はこの資料に沿ってご説明します。

勅使河原""",
    "attachments": [{
        "kind": "pptx",
        "name": "2027新卒採用計画.pptx",
        "page_footer": "社外秘 / 日の出産業株式会社 人事部",
        "slides": [
            ["2027年度 新卒採用計画", "日の出産業株式会社 人事部", "社外秘"],
            ["採用人数", "総合職 30名", "技術職 20名", "前年比 +8名"],
            ["学歴・資格要件の見直し", "大卒要件を撤廃（総合職）", "技術職は資格または実務経験で評価"],
            ["スケジュール", "3月 広報開始", "6月 選考開始", "10月 内定式"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX with a 社外秘 footer and title stamp on every slide sent to an external agency",
},
{
    "id": "gakureki-093",
    "charset": "utf-8",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["まなびネクスト 法人営業部 <houjin@manabi-next.co.jp>"],
    "subject": "2026年度 受講希望講座一覧（ライセンス数）",
    "body": """まなびネクスト 法人営業部 御中

お世話になっております。日の出産業の小鳥遊です。
2026年度の受講希望講座とライセンス数をCSVでお送りします。
年間契約のお見積りに反映をお願いいたします。

""" + _SIG_TAKANASHI,
    "attachments": [{
        "kind": "csv",
        "name": "kouza_kibou_2026.csv",
        "encoding": "utf-8",
        "rows": [
            ["講座コード", "講座名", "区分", "希望ライセンス数", "標準単価（税抜）"],
            ["BK-302", "簿記3級 合格講座", "資格", "12", "19800"],
            ["BK-201", "簿記2級 合格講座", "資格", "10", "29800"],
            ["IT-110", "基本情報技術者 対策", "資格", "15", "24800"],
            ["EH-101", "衛生管理者（第一種）対策", "資格", "6", "22000"],
            ["EN-730", "英語運用能力試験 730点突破", "語学", "20", "16500"],
            ["BZ-101", "ビジネス基礎（新入社員向け）", "研修", "45", "8800"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "course codes, licence counts and prices in a UTF-8 CSV; no personal data",
},
{
    "id": "gakureki-094",
    "charset": "iso-2022-jp",
    "sender": "小鳥遊 美咲 <takanashi.misaki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 能力開発課 <noryoku@kavvasaki-denki.co.jp>"],
    "subject": "合同研修 講師派遣のご相談",
    "body": """川崎電機株式会社 人事部 能力開発課 御中

いつもお世話になっております。日の出産業の小鳥遊です。
5月の合同新入社員研修で、「品質管理の基礎」の講師を貴社からお一人ご派遣いただけないか
ご相談させてください。

　日時：5月19日（火）13:00〜16:30
　対象：両社の新入社員 約60名
　謝礼：当社規程により、講師謝金と交通費をお支払いします

ご検討のほどよろしくお願いいたします。

""" + _SIG_TAKANASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kavvasaki-denki.co.jp imitates the partner domain kawasaki-denki.co.jp (vv for w)",
},
{
    "id": "gakureki-095",
    "charset": "utf-8",
    "sender": "仁科 遥 <nishina.haruka@hinode-sangyo.co.jp>",
    "to": ["GCS Contracts <contracts@gcs-eval.com>"],
    "subject": "Renewal of our evaluation services agreement",
    "body": """Dear GCS Contracts team,

Our agreement for credential evaluation services (No. GCS-JP-2024-031) expires on
31 March 2026. We intend to renew it for two years on the same terms, with one
change: we would like the standard turnaround reduced from 15 to 10 business days.

Could you send us a renewal draft reflecting this change? Our legal team will
review it and return comments within two weeks.

Best regards,

""" + _SIG_NISHINA + "\n\n" + _DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "contract renewal mail with the standard English confidentiality disclaimer only",
},
{
    "id": "gakureki-096",
    "charset": "shift_jis",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 牛腸様 <gocho@verify-japan.co.jp>"],
    "subject": "学歴照会 追加依頼（中途採用 2月入社予定者）",
    "body": """牛腸様

お世話になっております。日の出産業の真壁です。
2月入社予定の中途採用者について、学歴照会を追加でお願いいたします。

　1) 神内 まどか　1997年8月30日生　東雲学院大学 文学部（2020年3月卒）
　2) 浮島 紗英　　1999年4月17日生　瀬田女子大学 人間科学部（2022年3月卒）
　3) 杢 尚之　　　1992年10月28日生　信濃経済大学 経営学部（2015年3月卒）
　4) 鷲見 大和　　1994年2月11日生　高遠大学 工学部（2016年3月卒）

なお、先日お伝えした渡嘉敷 功さんの分も、同じ締切でお願いできますでしょうか。
（詳細は前回のメールのとおりです）

よろしくお願いいたします。

""" + _SIG_MAKABE,
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "four full records plus a fifth person named only by reference: four or five people is a judgement call",
},
{
    "id": "gakureki-097",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["内部監査室 <audit@hinode-sangyo.co.jp>"],
    "subject": "【内部監査】学位記・卒業証明書の確認記録の提出",
    "body": """内部監査室 御中

人事部 真壁です。
内部監査でご依頼のあった、2025年度入社者の学位記・卒業証明書の確認記録を提出します。
原本の確認者・確認日を記載した一覧をPDFにしています。

真壁""",
    "attachments": [{
        "kind": "pdf",
        "name": "学位確認記録_2025年度入社.pdf",
        "lines": ["2025年度入社者 学位記・卒業証明書 確認記録", "人事部 採用グループ", ""],
        "table": [
            ["社員番号", "氏名", "生年月日", "学校名", "学位記番号", "確認日", "確認者"],
            ["250401", "城ヶ崎 結衣", "2001/06/25", "湊川外国語大学", "湊外第2025-0412号", "2025/04/03", "真壁"],
            ["250402", "仲宗根 翔", "2001/01/09", "琴平工業大学", "琴工学第1187号", "2025/04/03", "真壁"],
            ["250403", "越智 遥香", "2000/12/02", "瀬田女子大学", "瀬女第25-0931号", "2025/04/03", "真壁"],
            ["250404", "比嘉 美月", "2000/03/14", "北斗大学", "北学第25-2210号", "2025/04/04", "真壁"],
            ["250405", "鶴見 怜", "1999/10/07", "北斗大学大学院", "北修第25-0318号", "2025/04/04", "真壁"],
            ["250406", "芦刈 智也", "2002/09/07", "北斗大学", "北学第25-2451号", "2025/04/04", "真壁"],
            ["250407", "弓削 剛士", "2002/05/19", "琴平工業大学", "琴工学第1203号", "2025/04/07", "真壁"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "list of employees' degree records, but sent only to the internal audit office",
},
{
    "id": "gakureki-098",
    "charset": "iso-2022-jp",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["鬼頭 直人 <kito.naoto@hinode-sangyo.co.jp>"],
    "cc": ["勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>"],
    "subject": "学歴照会で相違のあった社員について（法務相談）",
    "body": """鬼頭さん

お疲れさまです。真壁です。
照会業者から回答があり、社員1名について申告学歴との相違が判明しました。

　社員番号：190712
　氏名：相良 一真（平成4年9月17日生）
　申告：北斗大学大学院 経済学研究科 修了
　回答：北斗大学 経済学部 卒業（大学院の在籍記録なし）
　自宅：〒135-0016 東京都江東区東陽3-22-8-1104　携帯 090-6027-3315

本人面談の前に、就業規則上の扱いについて法務の見解をいただけますか。
勅使河原部長にもccしています。

真壁""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "one employee's record and a degree discrepancy, between internal colleagues only",
},
{
    "id": "gakureki-099",
    "charset": "utf-8",
    "sender": "真壁 友香 <makabe.yuka@hinode-sangyo.co.jp>",
    "to": ["ベリファイ・ジャパン 照会センター <shokai@verify-japan.co.jp>"],
    "subject": "学歴照会依頼（新卒追加内定者 3名）",
    "body": """ベリファイ・ジャパン 照会センター 御中

お世話になっております。日の出産業の真壁です。
追加内定者3名の学歴照会をお願いいたします。同意書はポータルにアップロード済みです。

No  氏名            生年月日     学校・学部                   卒業見込
--  --------------  -----------  ---------------------------  ---------
1   桑名 悠真       2003/05/02   北斗大学 経済学部            2026年3月
2   我妻 悠         2003/12/19   瀬田女子大学 人間科学部      2026年3月
3   猪狩 凪         2003/08/08   湊川外国語大学               2026年3月

回答期限は2月27日（金）でお願いいたします。

""" + _SIG_MAKABE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three candidates' records to the contracted vendor: under five people, may warn",
},
{
    "id": "gakureki-100",
    "charset": "shift_jis",
    "sender": "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>",
    "to": ["学生奨学支援機構 返還支援課 <henkan-shien@gakusei-shogaku.or.jp>"],
    "subject": "代理返還 対象者の追加（2名）",
    "body": """学生奨学支援機構 返還支援課 御中

お世話になっております。日の出産業 経理部の東海林です。
代理返還の対象者について、3月より下記2名を追加いたします。

　・穂積 楓（ホヅミ カエデ）　平成15年1月24日生　奨学生番号 810-25-014472　第一種
　・蓬田 奏太（ヨモギタ ソウタ）　平成14年11月30日生　奨学生番号 810-25-020938　第二種

様式の提出が必要でしたらご案内ください。

--
日の出産業株式会社 経理部
東海林 里美
TEL 03-5820-4460""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "two employees' scholarship numbers and birth dates to the scholarship body: under five people, may warn",
},
]
