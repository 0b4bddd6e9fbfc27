"""Blind corpus, area jidoteate: 児童手当・子ども医療費・扶養の手続き. Mail of 日の出産業's 人事部
給与・社会保険グループ and 総務部 about employees' children and dependants: 被扶養者（異動）届 and
扶養控除等申告書 sent to the 社労士 office, the 健康保険組合 and the payroll outsourcer
(ツバサシステム), 就労証明書 and 子ども医療費 / 児童手当 questions to municipalities (….lg.jp) and
nurseries, 家族手当 lists for auditors and benefit vendors, notices to employees on 育児休業 at
their private addresses, and the internal traffic between 給与担当 and 総務 (which may carry
anything). Layouts range from padded and tab-separated lists, CSV, bullets and blocks to
HTML-only tables, XLSX/XLS/DOCX/PDF/PPTX, ZIPs, attached mails, password ZIPs / protected PDFs
and corrupt files, in ISO-2022-JP, Shift_JIS and UTF-8, with reply threads, forwards,
disclaimers and English mail to foreign staff and partners.
"""

from build import card_number, my_number

SEED = 69201


def _zen(s: str) -> str:
    """ASCII digits and hyphens as people type them in full width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp(n: str, sep: str = " ") -> str:
    """A 12-digit My Number written in groups of four."""
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def _mn(k: int) -> str:
    return my_number(SEED + k)


# ---- senders and their signatures -------------------------------------------------------

MATSUURA = "松浦 千景 <matsuura.chikage@hinode-sangyo.co.jp>"
SIG_MATSUURA = """
--------------------------------------------------
日の出産業株式会社　人事部 給与・社会保険グループ
松浦 千景（まつうら ちかげ）
〒105-0014 東京都港区芝2-14-7 日の出ビル5F
TEL 03-5442-7810（代）　内線 2315
Mail matsuura.chikage@hinode-sangyo.co.jp
--------------------------------------------------
"""

KASAI = "葛西 亮介 <kasai.ryosuke@hinode-sangyo.co.jp>"
SIG_KASAI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 総務部 総務課
葛西 亮介
TEL：03-5442-7800　FAX：03-5442-7899
〒105-0014 東京都港区芝2丁目14番7号
"""

MIKUMO = "三雲 由佳 <mikumo.yuka@hinode-sangyo.co.jp>"
SIG_MIKUMO = """
━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 人事部 給与・社会保険G　給与担当
 三雲 由佳 (Mikumo Yuka)
 内線：2318 ／ 直通：03-5442-7818
━━━━━━━━━━━━━━━━━━━━
"""

SAMEJIMA = "鮫島 透 <samejima.toru@osaka.hinode-sangyo.co.jp>"
SIG_SAMEJIMA = """
--
日の出産業(株) 大阪支社 総務チーム
鮫島 透
〒530-0047 大阪府大阪市北区西天満4-9-21 天満橋ロイヤルビル7階
TEL 06-6365-2210
"""

OKONOGI = "小此木 奈央 <okonogi.nao@hinode-sangyo.co.jp>"
SIG_OKONOGI = """
─────────────────
日の出産業株式会社
人事部 労務グループ　小此木 奈央
TEL 03-5442-7812（直通）
─────────────────
"""

HARAGUCHI = "Kenta Haraguchi <haraguchi.kenta@hinode-sangyo.co.jp>"
SIG_HARAGUCHI = """
Best regards,

Kenta Haraguchi
Global HR, Human Resources Department
Hinode Sangyo Co., Ltd.
2-14-7 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel: +81-3-5442-7815
"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者にご連絡のうえ、本メールを削除してください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.
"""

MESSAGES = [
    # 001 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-001",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "newborn's マイナンバー with name and birth date sent to the external 社労士 office",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "被扶養者（異動）届のお願い：営業二課 汐見さん 第二子ご出生",
        "charset": "iso-2022-jp",
        "body": f"""社会保険労務士法人みなと総合事務所
矢萩様

いつもお世話になっております。日の出産業の松浦です。

営業二課の汐見 航平さん（社員番号 H-20417）に第二子が誕生しましたので、
健康保険の被扶養者追加と、扶養控除の異動の手続きをお願いいたします。

■追加する被扶養者
　氏名　　　：汐見 紬（しおみ つむぎ）
　続柄　　　：長女
　生年月日　：令和８年８月１９日
　個人番号　：{_sp(_mn(1))}
　同居／別居：同居

出生届は８月２５日に区役所へ提出済とのことです。
健保組合への提出期限を過ぎておりますので、遅延理由書が必要でしたらご指示ください。

よろしくお願いいたします。
{SIG_MATSUURA}""",
    },
    # 002 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-002",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "家族手当 list of eight employees' children, but every recipient is internal",
        "sender": MIKUMO,
        "to": ["葛西 亮介 <kasai.ryosuke@hinode-sangyo.co.jp>"],
        "cc": ["松浦 千景 <matsuura.chikage@hinode-sangyo.co.jp>"],
        "subject": "10月支給分 家族手当（子）対象者の確認",
        "charset": "iso-2022-jp",
        "body": """葛西さん

お疲れさまです、三雲です。
10月支給分から家族手当（子）の対象になる・外れる方を下記にまとめました。
総務側で把握されている出生・進学の情報と相違ないかご確認ください。

社員番号  社員氏名      子の氏名        生年月日      区分
--------  ------------  --------------  ------------  --------
H-18822   東海林 圭     東海林 陽葵     2026/07/30    追加
H-20417   汐見 航平     汐見 紬         2026/08/19    追加
H-15503   五百旗頭 誠   五百旗頭 蒼     2004/09/02    22歳到達
H-19340   森下 彩乃     森下 湊         2026/06/11    追加
H-11287   鬼頭 まゆみ   鬼頭 拓真       2004/10/15    22歳到達
H-21076   李 俊傑       李 美玲         2026/08/03    追加
H-16648   左右田 拓     左右田 結子     2004/09/28    22歳到達
H-20931   今泉 沙織     今泉 律         2026/09/01    追加

※22歳到達の３名は年度末まで支給継続（規程第12条）なので、今回は区分のみの確認です。

よろしくお願いします。
""" + SIG_MIKUMO,
    },
    # 003 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-003",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CSV of twelve dependants (name, relation, birth date) to the payroll outsourcer",
        "sender": MIKUMO,
        "to": ["長南 修 <chonan@tsubasa-system.jp>"],
        "cc": ["payroll-ops@tsubasa-system.jp"],
        "subject": "【日の出産業】扶養親族異動データ（2026年9月分）送付",
        "charset": "shift_jis",
        "body": """ツバサシステム株式会社
給与計算アウトソーシング部　長南様

いつも大変お世話になっております。
日の出産業 給与担当の三雲でございます。

9月分の扶養親族の異動データをCSVでお送りいたします。
9月25日の給与計算から反映をお願いできますでしょうか。

・ファイル：fuyo_idou_202609.csv（12件）
・文字コード：Shift_JIS

ご不明点がございましたらご連絡ください。
何卒よろしくお願いいたします。
""" + SIG_MIKUMO,
        "attachments": [
            {"kind": "csv", "name": "fuyo_idou_202609.csv", "encoding": "cp932", "rows": [
                ["社員番号", "社員氏名", "扶養親族氏名", "フリガナ", "続柄", "生年月日", "異動区分", "異動日"],
                ["H-18822", "東海林 圭", "東海林 陽葵", "ショウジ ヒマリ", "長女", "2026/07/30", "追加", "2026/07/30"],
                ["H-20417", "汐見 航平", "汐見 紬", "シオミ ツムギ", "長女", "2026/08/19", "追加", "2026/08/19"],
                ["H-19340", "森下 彩乃", "森下 湊", "モリシタ ミナト", "長男", "2026/06/11", "追加", "2026/06/11"],
                ["H-21076", "李 俊傑", "李 美玲", "リ メイリン", "長女", "2026/08/03", "追加", "2026/08/03"],
                ["H-20931", "今泉 沙織", "今泉 律", "イマイズミ リツ", "長男", "2026/09/01", "追加", "2026/09/01"],
                ["H-13055", "柘植 大輔", "柘植 千春", "ツゲ チハル", "妻", "1991/03/14", "削除", "2026/08/31"],
                ["H-17761", "三ツ矢 剛", "三ツ矢 花梨", "ミツヤ カリン", "長女", "2003/12/05", "削除", "2026/09/01"],
                ["H-10492", "宍戸 美奈子", "宍戸 英二", "シシド エイジ", "父", "1955/05/21", "追加", "2026/09/01"],
                ["H-16012", "真壁 一樹", "真壁 楓", "マカベ カエデ", "次女", "2026/08/22", "追加", "2026/08/22"],
                ["H-22108", "桑名 遥", "桑名 蓮", "クワナ レン", "長男", "2026/09/04", "追加", "2026/09/04"],
                ["H-14470", "井之上 直人", "井之上 朋美", "イノウエ トモミ", "妻", "1988/11/30", "追加", "2026/09/01"],
                ["H-19903", "阿久津 周", "阿久津 心", "アクツ ココロ", "長女", "2026/07/12", "追加", "2026/07/12"],
            ]},
        ],
    },
    # 004 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-004",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question to a city's nursery section about the 就労証明書 form; no one's data",
        "sender": KASAI,
        "to": ["さくら川市 保育課 <hoiku@city.sakuragawa.lg.jp>"],
        "subject": "就労証明書の様式（令和9年度入所分）についてのお問い合わせ",
        "charset": "iso-2022-jp",
        "body": """さくら川市 こども未来部 保育課 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 総務部の葛西と申します。

弊社社員から、令和9年度の保育所入所申込に使う就労証明書について相談を受けております。
以下2点、ご教示いただけますと幸いです。

1. 国の標準様式（Excel版）に貴市独自の追記欄はございますか。
2. 事業主の押印は不要という理解でよろしいでしょうか。

なお、電子申請（ぴったりサービス）経由での提出可否につきましても
お分かりになれば併せてお知らせください。

お忙しいところ恐れ入りますが、よろしくお願い申し上げます。
""" + SIG_KASAI,
    },
    # 005 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-005",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named child's diagnosis and hospital stay (要配慮) sent to the health insurance society",
        "sender": OKONOGI,
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kantokikai-kenpo.or.jp>"],
        "subject": "付加給付（家族療養費）の支給時期について",
        "charset": "utf-8",
        "body": """関東機械工業健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業 人事部 労務グループの小此木です。

被保険者 鷲尾 岳人さん（記録上の事業所：本社）のご家族の件でご相談です。
長男の鷲尾 陸（平成31年4月8日生）が川崎病のため7月14日から7月29日まで
市立病院に入院し、γグロブリン治療を受けました。

ご本人より、限度額適用認定証の申請が間に合わず窓口で全額（3割）を支払ったため、
高額療養費と付加給付がいつ頃振り込まれるのか知りたいとの問い合わせがありました。
診療月から何か月後の支給になるか、目安を教えていただけますでしょうか。

恐れ入りますが、よろしくお願いいたします。
""" + SIG_OKONOGI,
    },
    # 006 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-006",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three employees on childcare leave addressed at private Gmail in To: each sees the others",
        "sender": KASAI,
        "to": [
            "森下 彩乃 <ayano.morishita.0611@gmail.com>",
            "今泉 沙織 <saori.imaizumi.mama@gmail.com>",
            "東海林 圭 <kei.shoji.family@gmail.com>",
        ],
        "subject": "【育休中の皆さまへ】児童手当の手続きと会社への届出について",
        "charset": "iso-2022-jp",
        "body": """育児休業中の皆さま

いつもお疲れさまです。総務部の葛西です。
ご出産おめでとうございます。休業中のところ失礼いたします。

お子さまが生まれた方には、次の手続きをお願いしております。

・児童手当：お住まいの市区町村へ、出生日の翌日から15日以内に認定請求
・子ども医療費助成：健康保険の資格確認ができる書類を添えて市区町村へ申請
・会社への届出：扶養追加の申請はポータルの「家族情報変更」から（郵送不要）

健康保険の資格情報のお知らせ（被扶養者分）は、健保組合から届き次第
ご自宅へ簡易書留でお送りします。

ご不明な点があれば、このアドレスまでお気軽にどうぞ。
""" + SIG_KASAI,
    },
    # 007 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-007",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one employee on leave at her private address; procedure only, no personal data",
        "sender": MATSUURA,
        "to": ["今泉 沙織 <saori.imaizumi.mama@gmail.com>"],
        "subject": "Re: 扶養に入れる手続き、何を出せばいいですか？",
        "charset": "utf-8",
        "body": """今泉さん

ご連絡ありがとうございます。人事の松浦です。
ご出産おめでとうございます！

お子さんを健康保険の扶養に入れる手続きは、会社のポータルから進められます。

 1) ポータル > 各種申請 > 家族情報変更 を開く
 2) 「被扶養者の追加」を選び、お子さんの情報を入力
 3) 出生届の受理証明か、住民票（続柄入り）の画像をアップロード

マイナンバーや書類の画像は、メールには添付せずポータルからお願いします。
入力が終わったら、こちらで健保組合へ提出します。

お身体大切になさってください。

松浦
""",
    },
    # 008 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-008",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "a child's health insurance 記号・番号 given to the town's 子ども医療費 desk",
        "sender": OKONOGI,
        "to": ["東浜町 福祉課 子育て支援係 <kosodate@town.higashihama.lg.jp>"],
        "subject": "子ども医療費受給資格の確認依頼への回答（森下 湊様分）",
        "charset": "shift_jis",
        "body": """東浜町役場 福祉課 子育て支援係
ご担当　　様

日の出産業株式会社 人事部の小此木でございます。
9月30日付でお問い合わせいただいた件につき、下記のとおり回答いたします。

　　　　　　　　　　記

受給対象児　　森下　湊（もりした　みなと）
生年月日　　　令和８年６月１１日
被保険者　　　森下　彩乃（弊社社員）
保険者名称　　関東機械工業健康保険組合（保険者番号　０６１３５２４８）
記号　　　　　４１２
番号　　　　　３０８７
枝番　　　　　０２
資格取得日　　令和８年６月１１日

　　　　　　　　　　　　　　　　　　　　　　　　　以上

資格確認書は本人宛に郵送済みです。
ご不明点がございましたら、下記までお問い合わせください。
""" + SIG_OKONOGI,
    },
    # 009 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-009",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-sytem.jp is a typo of the partner tsubasa-system.jp; two dependants' data",
        "sender": MIKUMO,
        "to": ["長南 修 <chonan@tsubasa-sytem.jp>"],
        "subject": "Re: 年末調整 扶養控除等申告書の差し替え2件",
        "charset": "utf-8",
        "body": """長南様

お世話になっております。三雲です。
先日お送りした申告書のうち2件、内容に誤りがありましたので差し替えをお願いします。

- H-14470 井之上 直人さん
  配偶者 井之上 朋美（1988年11月30日生）を源泉控除対象配偶者に追加
- H-10492 宍戸 美奈子さん
  父 宍戸 英二（1955年5月21日生）を同居老親等に変更

修正後のPDFは明日ポータルにアップロードいたします。
お手数をおかけしますが、よろしくお願いいたします。

三雲

> 三雲様
> 申告書データ一式、受領いたしました。取込は10/28を予定しております。
> ツバサシステム 長南
""",
    },
    # 010 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-010",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "draft 家族手当規程 stamped 社外秘 in the document header, sent to the 社労士",
        "sender": OKONOGI,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "家族手当規程 改定案（第3稿）のご確認のお願い",
        "charset": "iso-2022-jp",
        "body": """矢萩先生

いつもお世話になっております。小此木です。
先日の打合せを踏まえ、家族手当規程の改定案（第3稿）を作成しました。

主な変更点は以下の3点です。
　・配偶者手当を段階的に廃止し、子の手当に振り替える
　・子の対象年齢を「18歳到達年度末」から「22歳到達年度末（在学中）」へ拡大
　・支給要件から「税法上の扶養」を外し、「生計を一にする」に一本化

労基法・就業規則との整合性の観点からご意見をいただけますと幸いです。
11月6日（金）までにお返事いただけますでしょうか。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "docx", "name": "家族手当規程_改定案_第3稿.docx",
             "page_header": "社外秘",
             "page_footer": "日の出産業株式会社 人事部　2026.10",
             "title": "家族手当規程 改定案",
             "paragraphs": [
                 "家族手当規程（改定案）",
                 "第1条（目的）この規程は、就業規則第38条に基づき、家族手当の支給に関し必要な事項を定める。",
                 "第2条（支給対象）家族手当は、社員と生計を一にする子を有する社員に支給する。",
                 "第3条（子の範囲）子とは、22歳に達する日以後の最初の3月31日までの間にある者をいう。",
                 "第4条（支給額）子1人につき月額15,000円とする。",
                 "第5条（配偶者手当の経過措置）令和9年4月から令和11年3月までの間、配偶者手当を段階的に減額する。",
                 "附則　この規程は令和9年4月1日から施行する。",
             ]},
        ],
    },
    # 011 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-011",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) of 扶養 forms: its contents cannot be inspected",
        "sender": MATSUURA,
        "to": ["みなと総合事務所 手続チーム <tetsuzuki@minato-sr.jp>"],
        "subject": "【日の出産業】被扶養者異動届 一式（パスワード別送）",
        "charset": "iso-2022-jp",
        "body": """みなと総合事務所 手続チーム御中

お世話になっております。日の出産業の松浦です。
10月届出分の被扶養者異動届一式を送付いたします。
解凍用パスワードは別メールにてお送りいたします。

添付：hinode_fuyo_202610.zip

よろしくお願いいたします。
""" + SIG_MATSUURA,
        "attachments": [
            {"kind": "zip", "name": "hinode_fuyo_202610.zip", "password": "Hn#2610fuyo",
             "files": [
                 {"kind": "csv", "name": "fuyo_202610.csv", "encoding": "cp932", "rows": [
                     ["社員番号", "被保険者", "被扶養者", "続柄", "生年月日"],
                     ["H-22108", "桑名 遥", "桑名 蓮", "長男", "2026/09/04"],
                     ["H-16012", "真壁 一樹", "真壁 楓", "次女", "2026/08/22"],
                     ["H-19903", "阿久津 周", "阿久津 心", "長女", "2026/07/12"],
                     ["H-21530", "羽賀 聡", "羽賀 真理恵", "妻", "1993/02/17"],
                     ["H-12914", "乙部 信也", "乙部 昌子", "母", "1957/08/09"],
                 ]},
             ]},
        ],
    },
    # 012 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-012",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one employee's 就労証明書 to the city at her request: a single person's record (warn)",
        "sender": KASAI,
        "to": ["緑ヶ丘市 保育課 入所係 <nyusho@city.midorigaoka.lg.jp>"],
        "subject": "就労証明書の送付（申込者：桑名 遥 様）",
        "charset": "utf-8",
        "body": """緑ヶ丘市 保育課 入所係 ご担当者様

いつもお世話になっております。
日の出産業株式会社 総務部の葛西でございます。

弊社社員 桑名 遥 より、保育所入所申込に必要な就労証明書を
貴課へ直接提出してほしいとの依頼を受けましたので、PDFにてお送りいたします。
原本は本人経由で提出いたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_KASAI,
        "attachments": [
            {"kind": "pdf", "name": "就労証明書_桑名遥.pdf", "title": "就労証明書",
             "lines": [
                 "就労証明書（令和9年度 保育所入所申込用）",
                 "",
                 "事業所名：日の出産業株式会社　所在地：東京都港区芝2-14-7",
                 "証明日：令和8年10月9日",
                 "",
                 "就労者氏名：桑名　遥（くわな　はるか）",
                 "生年月日：平成4年6月3日",
                 "住所：神奈川県横浜市青葉区藤が丘2-31-8 ラフィネ藤が丘203",
                 "就労者連絡先：090-4127-6653",
                 "雇用の形態：正社員（無期）",
                 "就労時間：月曜～金曜 9:00～17:30（休憩60分）　月間就労時間 150時間",
                 "育児休業：令和8年9月4日～令和9年3月31日（復職予定日 令和9年4月1日）",
             ]},
        ],
    },
    # 013 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-013",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "HTML table of seven newborns and their parents sent to the benefits vendor",
        "sender": KASAI,
        "to": ["くらしベネフィット 法人サポート <support@kurashi-benefit.co.jp>"],
        "subject": "出産祝い品の発送依頼（2026年第3四半期分）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社くらしベネフィット<br>法人サポートデスク ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の葛西です。<br>
第3四半期に出生届のあった社員の出産祝い品（カタログギフトB）の発送をお願いいたします。
送付先は各社員の登録住所（貴社システム登録済）でお願いします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>会員ID</th><th>社員氏名</th><th>お子さまのお名前</th><th>ふりがな</th><th>生年月日</th><th>備考</th></tr>
<tr><td>HS-0881</td><td>東海林 圭</td><td>陽葵</td><td>ひまり</td><td>2026年7月30日</td><td></td></tr>
<tr><td>HS-1204</td><td>汐見 航平</td><td>紬</td><td>つむぎ</td><td>2026年8月19日</td><td>のし：名入れ希望</td></tr>
<tr><td>HS-0977</td><td>森下 彩乃</td><td>湊</td><td>みなと</td><td>2026年6月11日</td><td></td></tr>
<tr><td>HS-1310</td><td>李 俊傑</td><td>美玲</td><td>めいりん</td><td>2026年8月3日</td><td></td></tr>
<tr><td>HS-1289</td><td>今泉 沙織</td><td>律</td><td>りつ</td><td>2026年9月1日</td><td>双子のため2点</td></tr>
<tr><td>HS-1289</td><td>今泉 沙織</td><td>凛</td><td>りん</td><td>2026年9月1日</td><td>同上</td></tr>
<tr><td>HS-0712</td><td>阿久津 周</td><td>心</td><td>こころ</td><td>2026年7月12日</td><td></td></tr>
</table>
<p>お手数ですが、発送完了後に伝票番号をご連絡ください。</p>
<p>--<br>日の出産業株式会社 総務部 総務課　葛西 亮介<br>TEL：03-5442-7800</p>
</body></html>""",
    },
    # 014 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-014",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "Osaka branch (internal subdomain) sends children's My Numbers to head-office payroll: internal only",
        "sender": SAMEJIMA,
        "to": ["三雲 由佳 <mikumo.yuka@hinode-sangyo.co.jp>"],
        "subject": "大阪支社分 扶養控除等申告書（子の個人番号）取りまとめ",
        "charset": "shift_jis",
        "body": """三雲さん

お疲れさまです。大阪支社総務の鮫島です。
年末調整に向けて、支社で紙で回収した扶養控除等申告書のうち
子の個人番号が新たに記入されたものをExcelに起こしました。
原本は本日レターパックで本社人事部宛てに発送済みです。

よろしくお願いします。
""" + SIG_SAMEJIMA,
        "attachments": [
            {"kind": "xlsx", "name": "大阪支社_扶養親族_個人番号_R8.xlsx",
             "sheets": {
                 "子（16歳未満含む）": [
                     ["大阪支社 扶養親族 個人番号一覧（令和8年分）"],
                     [],
                     ["社員番号", "社員氏名", "親族氏名", "続柄", "生年月日", "個人番号"],
                     ["O-3021", "御手洗 慎吾", "御手洗 葵", "長女", "H30.4.22", _mn(2)],
                     ["O-3021", "御手洗 慎吾", "御手洗 樹", "長男", "R3.1.9", _mn(3)],
                     ["O-2876", "湯浅 早紀", "湯浅 創", "長男", "H27.11.2", _mn(4)],
                     ["O-3390", "辻本 隆之", "辻本 ひなた", "長女", "R8.5.16", _mn(5)],
                     ["O-2411", "米倉 直子", "米倉 悠真", "長男", "H22.8.30", _mn(6)],
                     ["O-3107", "岩佐 健", "岩佐 柚月", "次女", "R6.2.28", _mn(7)],
                 ],
                 "メモ": [["辻本さん分は出生届受理証明の写しあり"], ["米倉さん分は特定扶養に該当せず（16歳）"]],
             }},
        ],
    },
    # 015 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-015",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "English mail to a foreign employee's private Outlook address with his children's My Numbers and residence card numbers",
        "sender": HARAGUCHI,
        "to": ["Daniel Whitfield <d.whitfield77@outlook.com>"],
        "subject": "Your dependants' details for the year-end tax adjustment - please check",
        "charset": "utf-8",
        "body": f"""Hi Daniel,

Thanks for sending the photos of the residence cards last week. Before we file your
Form for Declaration of Dependants, could you please check that we have transcribed
everything correctly?

  Dependant 1
    Name:              Whitfield, Emily Rose
    Relationship:      daughter
    Date of birth:     14 March 2015
    Residence card no: QE72814063FA
    My Number:         {_sp(_mn(8), "-")}

  Dependant 2
    Name:              Whitfield, Oliver James
    Relationship:      son
    Date of birth:     2 November 2019
    Residence card no: QE72814071FA
    My Number:         {_sp(_mn(9), "-")}

If anything is wrong, just reply to this mail by Friday 30 October.
{SIG_HARAGUCHI}""",
    },
    # 016 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-016",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the city: the child's data appears only in the quoted original",
        "sender": OKONOGI,
        "to": ["さくら川市 こども家庭課 <kodomo@city.sakuragawa.lg.jp>"],
        "subject": "Re: 児童手当（高校生年代）の認定に関する確認",
        "charset": "iso-2022-jp",
        "body": """さくら川市 こども家庭課
宇佐美様

ご連絡ありがとうございます。日の出産業の小此木です。
ご照会の件、本人に確認のうえ、来週中に改めてご連絡いたします。
取り急ぎ受領のご連絡まで。

小此木

> 日の出産業株式会社 人事部 ご担当者様
>
> さくら川市こども家庭課の宇佐美です。
> 貴社にお勤めの左右田 拓様から、次のお子様について児童手当の認定請求が出ております。
>
>   左右田 結子　平成20年9月28日生（高校3年生）
>   左右田 航　　平成23年1月17日生
>
> 左右田様が令和8年4月以降も貴社の健康保険に加入されているか、
> 勤務先として確認させていただけますでしょうか。
""",
    },
    # 017 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-017",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named child's intellectual disability (療育手帳 grade) told to the city: 要配慮 of one person",
        "sender": OKONOGI,
        "to": ["さくら川市 障害福祉課 <shogai@city.sakuragawa.lg.jp>"],
        "subject": "特別児童扶養手当の申請に伴う在職確認について",
        "charset": "utf-8",
        "body": """さくら川市 障害福祉課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の小此木と申します。

弊社社員の乙部 信也より、長男 乙部 陽翔くん（療育手帳 A2、知的障害の判定）に係る
特別児童扶養手当の申請にあたり、勤務先の在職確認と所得に関する書類の提出を
求められていると相談を受けました。

会社として必要な書類（在職証明書で足りるか、給与支払証明書も要るか）を
教えていただけますでしょうか。様式の指定があればあわせてお知らせください。

よろしくお願いいたします。
""" + SIG_OKONOGI,
    },
    # 018 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-018",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "社労士, health insurance society and payroll outsourcer all in To/Cc: three external organisations see each other",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>",
               "適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "cc": ["長南 修 <chonan@tsubasa-system.jp>"],
        "subject": "被扶養者の再確認（検認）スケジュール共有",
        "charset": "iso-2022-jp",
        "body": """関係者各位

いつもお世話になっております。日の出産業の松浦です。
今年度の被扶養者資格の再確認について、スケジュールを共有いたします。

　10/19（月）　健保組合より対象者リスト受領
　10/23（金）　社内で対象者へ調書配布
　11/13（金）　社内回収締切
　11/20（金）　みなと総合事務所様にて取りまとめ・健保組合へ提出
　12月給与　　 扶養削除者の保険料・家族手当の反映（ツバサシステム様）

ご都合の悪い日程がございましたらお知らせください。
""" + SIG_MATSUURA,
    },
    # 019 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-019",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way mail with two external organisations (社労士 and payroll outsourcer); no personal data",
        "sender": MIKUMO,
        "to": ["長南 修 <chonan@tsubasa-system.jp>"],
        "cc": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "年末調整：扶養控除等申告書の回収締切について",
        "charset": "shift_jis",
        "body": """長南様
（cc：みなと総合事務所 矢萩様）

お世話になっております。日の出産業 給与担当の三雲です。

今年の扶養控除等申告書（令和9年分）と基礎控除申告書等の社内回収締切を
11月20日（金）とすることになりました。
ツバサシステム様への取込データ送付は11月27日（金）を予定しております。

16歳未満の扶養親族欄の記入漏れが例年多いため、
社内説明会の資料を矢萩先生に監修いただく予定です。

引き続きよろしくお願いいたします。
""" + SIG_MIKUMO,
    },
    # 020 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-020",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a spouse's 基礎年金番号 for the 第3号被保険者 notification sent to the 社労士",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "国民年金第3号被保険者関係届（羽賀さん配偶者）",
        "charset": "iso-2022-jp",
        "body": """矢萩様

お世話になっております。松浦です。
羽賀 聡さん（H-21530）の配偶者が退職に伴い扶養に入りますので、
健康保険の被扶養者届とあわせて第3号被保険者関係届をお願いします。

　配偶者氏名　　羽賀 真理恵（はが まりえ）
　生年月日　　　平成５年２月１７日
　基礎年金番号　６２１０－４８３９１７
　退職日　　　　令和８年９月３０日（前職：株式会社コスモ物産）
　今後の見込年収　０円（求職中・失業給付は受給しない予定）

雇用保険の離職票のコピーは本人から届き次第お送りいたします。
""" + SIG_MATSUURA,
    },
    # 021 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-021",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "tab-separated list of ten employees' children between payroll and 総務: all internal",
        "sender": MIKUMO,
        "to": ["総務部 総務課 <somu@hinode-sangyo.co.jp>"],
        "subject": "家族手当 支給額変更一覧（11月給与反映分）",
        "charset": "utf-8",
        "body": """総務課 各位

給与担当の三雲です。11月給与で家族手当の支給額が変わる方の一覧です。
Excelに貼り付けられるようタブ区切りにしています。

社員番号\t氏名\t対象の子\t子の生年月日\t変更前\t変更後\t理由
H-22108\t桑名 遥\t桑名 蓮\t2026/09/04\t0\t15000\t出生
H-16012\t真壁 一樹\t真壁 楓\t2026/08/22\t15000\t30000\t出生
H-19903\t阿久津 周\t阿久津 心\t2026/07/12\t0\t15000\t出生
H-13055\t柘植 大輔\t柘植 大和\t2012/04/03\t15000\t15000\t配偶者分廃止
H-17761\t三ツ矢 剛\t三ツ矢 花梨\t2003/12/05\t15000\t0\t就職
H-20555\t檜山 譲\t檜山 すず\t2019/10/10\t15000\t30000\t養子縁組
H-18034\t雲井 朋子\t雲井 晴\t2026/08/29\t0\t15000\t出生
H-12914\t乙部 信也\t乙部 陽翔\t2017/05/06\t15000\t15000\t障害加算なし確認
H-21998\t戸叶 健太\t戸叶 紗良\t2026/09/18\t0\t15000\t出生
H-15620\t蒲生 佳奈\t蒲生 光\t2008/02/14\t15000\t0\t別居・独立

差額は11月25日支給分で精算します。
""" + SIG_MIKUMO,
    },
    # 022 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-022",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX of nine dependants living apart (names, birth dates, addresses) sent to the health insurance society",
        "sender": MATSUURA,
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "被扶養者資格再確認：別居扶養者の回答取りまとめ（日の出産業）",
        "charset": "iso-2022-jp",
        "body": """関東機械工業健康保険組合
適用課 御中

いつもお世話になっております。
日の出産業株式会社 人事部の松浦でございます。

被扶養者資格再確認のうち、別居の被扶養者について
仕送り状況と住所の回答を取りまとめましたので、Excelにて提出いたします。
送金証明（振込控え）の写しは郵送にてお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_MATSUURA,
        "attachments": [
            {"kind": "xlsx", "name": "kenin_bekkyo_hinode_2026.xlsx",
             "title": "被扶養者資格再確認 別居者一覧",
             "sheets": {
                 "別居扶養者": [
                     ["令和8年度 被扶養者資格再確認　別居扶養者一覧　（事業所：日の出産業株式会社）"],
                     ["被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "被扶養者住所", "仕送り月額", "別居理由"],
                     ["五百旗頭 誠", "五百旗頭 蒼", "長男", "2004/09/02", "京都府京都市左京区北白川久保田町18-4 コーポ白川102", 60000, "就学"],
                     ["宍戸 美奈子", "宍戸 トシ", "祖母", "1938/01/25", "秋田県大仙市大曲通町6-11", 40000, "高齢"],
                     ["鬼頭 まゆみ", "鬼頭 拓真", "長男", "2004/10/15", "宮城県仙台市青葉区川内亀岡町31-2-405", 70000, "就学"],
                     ["蒲生 佳奈", "蒲生 光", "長男", "2008/02/14", "北海道札幌市北区北十八条西5丁目2-7", 50000, "就学"],
                     ["柘植 大輔", "柘植 幸三", "父", "1951/07/08", "三重県伊賀市上野丸之内121", 30000, "親元"],
                     ["御手洗 慎吾", "御手洗 キヨ", "母", "1949/12/19", "大分県中津市豊田町14-3", 35000, "親元"],
                     ["小鳥遊 彰", "小鳥遊 実", "次男", "2005/05/30", "福岡県福岡市東区箱崎6-10-1 学生寮B-214", 55000, "就学"],
                     ["勅使河原 怜", "勅使河原 澄江", "母", "1954/03/03", "長野県松本市蟻ケ崎2-8-15", 30000, "親元"],
                     ["四十物 徹", "四十物 沙耶", "長女", "2006/06/21", "石川県金沢市角間町ヌ7 学生アパート角間201", 60000, "就学"],
                 ],
                 "提出状況": [
                     ["区分", "対象", "回答済", "未回答"],
                     ["同居", 212, 209, 3],
                     ["別居", 9, 9, 0],
                 ],
             }},
        ],
    },
    # 023 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-023",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four seminar participants' contacts sent to the external lecturer: under five people (warn)",
        "sender": OKONOGI,
        "to": ["WLBコンサルティング 大江 <oe@wlb-consult.co.jp>"],
        "subject": "育休復帰者向けセミナー（11/12）参加者のご連絡",
        "charset": "utf-8",
        "body": """WLBコンサルティング株式会社
大江様

お世話になっております。日の出産業の小此木です。
11月12日の「育休復帰前セミナー」オンライン参加者が確定しましたのでお知らせします。
事前アンケートのURLは、恐れ入りますが各自のアドレスへ直接お送りください。

・真壁 一樹（営業三課）　kazuki.makabe@hinode-sangyo.co.jp　携帯 080-3391-2076
・雲井 朋子（経理部）　　tomoko.kumoi@hinode-sangyo.co.jp　　携帯 090-7725-4018
・戸叶 健太（物流企画）　kenta.tokano@hinode-sangyo.co.jp　　携帯 070-2284-9930
・阿久津 周（情報システム）shu.akutsu@hinode-sangyo.co.jp　　携帯 080-6610-5347

当日、通信トラブルがあった場合は携帯へご連絡いただいて構いません。
""" + SIG_OKONOGI,
    },
    # 024 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-024",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but sent to hinode-sangyou.co.jp, a look-alike of the own domain",
        "sender": SAMEJIMA,
        "to": ["三雲 由佳 <mikumo.yuka@hinode-sangyou.co.jp>"],
        "subject": "RE: 辻本さん 扶養追加の件",
        "charset": "shift_jis",
        "body": """三雲さん

鮫島です。お問い合わせの件、本人に確認しました。

　辻本 ひなた（長女）　令和８年５月１６日生
　出生届提出：５月２２日（大阪市北区役所）

健保の届は支社でまだ出していません。本社でまとめて出していただけると助かります。

鮫島

-----Original Message-----
From: 三雲 由佳
Sent: Thursday, October 8, 2026 10:12 AM
Subject: 辻本さん 扶養追加の件

鮫島さん
大阪支社の辻本さん、5月にお子さんが生まれていると思うのですが扶養の届が出ていません。
生年月日だけ教えてもらえますか。
""",
    },
    # 025 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-025",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the 社労士: cannot be inspected",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "扶養認定に係る収入証明（パスワード付PDF）",
        "charset": "iso-2022-jp",
        "body": """矢萩様

お世話になっております。松浦です。
井之上さんの配偶者の扶養認定に必要な収入証明（給与明細3か月分）を
本人から受け取りましたので転送いたします。
PDFにはパスワードを設定しております（いつもの方式です）。

よろしくお願いいたします。
""" + SIG_MATSUURA,
        "attachments": [
            {"kind": "pdf", "name": "inoue_shunyu_shomei.pdf", "password": "minato2026",
             "lines": ["給与明細 令和8年7月～9月", "氏名 井之上 朋美", "支給額 7月 86,400円 8月 91,200円 9月 88,050円"]},
        ],
    },
    # 026 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-026",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "list of ward-office desks (business contacts) to one employee's carrier address",
        "sender": KASAI,
        "to": ["雲井 朋子 <kumo-tomo.0829@docomo.ne.jp>"],
        "subject": "子ども医療費の窓口一覧です",
        "charset": "shift_jis",
        "body": """雲井さん

総務の葛西です。先日お電話でお話しした窓口の一覧を送ります。
転居予定先の区も入れておきました。

・さいたま市 浦和区役所 支援課　　　048-829-6143（平日 8:30～17:15）
・さいたま市 南区役所 支援課　　　　048-844-7173
・戸田市 こども家庭課　　　　　　　048-441-1800（代表）
・川口市 子育て相談課　　　　　　　048-258-1110（代表）

※子ども医療費は転出先で改めて申請が必要です。
　転入届と同じ日に窓口で手続きすると早いそうです。

お大事に。
""" + SIG_KASAI,
    },
    # 027 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-027",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forward to the external 産業医 office of an employee's mail naming her child's ASD diagnosis and her own 適応障害",
        "sender": OKONOGI,
        "to": ["さくらい産業医事務所 桜井 <sakurai@sangyoi-sakurai.jp>"],
        "subject": "FW: 時短勤務の延長についてのご相談",
        "charset": "utf-8",
        "body": """桜井先生

いつもお世話になっております。小此木です。
来週の面談対象者の件で、本人からの相談メールを転送いたします。
面談時の参考にしていただけますと幸いです。

小此木

---------- 転送メッセージ ----------
From: 千早 すみれ <sumire.chihaya@hinode-sangyo.co.jp>
Date: 2026年10月5日(月) 19:42
Subject: 時短勤務の延長についてのご相談
To: 小此木 奈央 <okonogi.nao@hinode-sangyo.co.jp>

小此木さん

経理部の千早です。ご相談があってメールしました。
長女のこはる（小1）が、夏に自閉スペクトラム症と診断されました。
放課後等デイサービスの送迎があるため、短時間勤務を小学校卒業まで延長できないでしょうか。

私自身も、7月から心療内科で適応障害の治療を受けていて、
フルタイムに戻るのは正直難しい状況です。

よろしくお願いいたします。
千早
""",
    },
    # 028 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-028",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "internal forward of an employee's mail (attached) with his son's My Number: internal only",
        "sender": KASAI,
        "to": ["三雲 由佳 <mikumo.yuka@hinode-sangyo.co.jp>"],
        "subject": "FW: 子どものマイナンバー（戸叶）",
        "charset": "iso-2022-jp",
        "body": """三雲さん

戸叶さんから総務宛てに届いてしまったので、元のメールごと転送します。
給与側で扶養控除の登録をお願いします。総務の受信箱からは削除しました。

葛西
""",
        "attachments": [
            {"kind": "eml", "name": "子どものマイナンバー（戸叶）.eml", "message": {
                "sender": "戸叶 健太 <kenta.tokano@hinode-sangyo.co.jp>",
                "to": ["somu@hinode-sangyo.co.jp"],
                "subject": "子どものマイナンバー",
                "charset": "iso-2022-jp",
                "body": f"""総務ご担当者様

物流企画の戸叶です。9月に生まれた子どものマイナンバーが届いたのでお知らせします。

名前：戸叶 紗良（とかの さら）
生年月日：2026年9月18日
マイナンバー：{_mn(10)}

よろしくお願いします。
""",
            }},
        ],
    },
    # 029 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-029",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four dependants' My Numbers in an XLSX to the payroll outsourcer",
        "sender": MIKUMO,
        "to": ["ツバサシステム 給与計算チーム <payroll-ops@tsubasa-system.jp>"],
        "subject": "【追加】扶養親族マイナンバー登録データ 4件",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
給与計算チーム 御中

お世話になっております。日の出産業の三雲です。
先週お送りした扶養親族データに漏れていた4件の個人番号を追加でお送りします。
マスタへの登録をお願いいたします。

三雲
""",
        "attachments": [
            {"kind": "xlsx", "name": "mynumber_tsuika_20261014.xlsx",
             "sheets": {"追加分": [
                 ["社員CD", "扶養親族氏名", "続柄", "生年月日", "個人番号", "備考"],
                 ["H-22108", "桑名 蓮", "子", "2026-09-04", _mn(11), ""],
                 ["H-16012", "真壁 楓", "子", "2026-08-22", _mn(12), ""],
                 ["H-19903", "阿久津 心", "子", "2026-07-12", _mn(13), ""],
                 ["H-21530", "羽賀 真理恵", "配偶者", "1993-02-17", _mn(14), "10/1扶養追加"],
             ]}},
        ],
    },
    # 030 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-030",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two employees' work certificates for an after-school club: two people's records (warn)",
        "sender": KASAI,
        "to": ["NPO法人ほしのこ学童クラブ <jimukyoku@gakudo-hoshinoko.or.jp>"],
        "subject": "在職証明書の件（ほしのこ学童クラブ ご利用申込）",
        "charset": "iso-2022-jp",
        "body": """NPO法人ほしのこ学童クラブ
事務局 ご担当者様

お世話になっております。日の出産業株式会社 総務部の葛西です。
弊社社員2名より、貴クラブの利用申込に必要な在職証明をご依頼いただきました。
内容は以下のとおりです。押印済みの原本は各社員から提出いたします。

１．真壁 一樹（昭和62年1月24日生）
　　正社員／営業三課／勤務時間 9:00～18:00（月～金）／入社 平成21年4月1日
２．雲井 朋子（平成2年7月7日生）
　　正社員／経理部／短時間勤務 9:30～16:00（月～金）／入社 平成25年4月1日

以上、よろしくお願いいたします。
""" + SIG_KASAI,
    },
    # 031 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-031",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF of fifteen employees' family-allowance rows with children's birth dates sent to the auditors",
        "sender": MIKUMO,
        "to": ["あすか監査法人 鳴海 <narumi@asuka-audit.jp>"],
        "subject": "期中監査資料：家族手当 支給明細（サンプル15件）",
        "charset": "utf-8",
        "body": """あすか監査法人
鳴海様

お世話になっております。日の出産業 給与担当の三雲です。
ご依頼のサンプル15件について、家族手当の支給根拠をPDFにまとめました。
扶養状況の証憑（住民票等）は、来週の往査時に現物をご覧ください。

よろしくお願いいたします。
""" + SIG_MIKUMO,
        "attachments": [
            {"kind": "pdf", "name": "家族手当_サンプル15件_2026年9月.pdf",
             "page_footer": "日の出産業株式会社 人事部 給与・社会保険G",
             "lines": ["家族手当 支給明細（監査サンプル）　対象月：2026年9月", ""],
             "table": [
                 ["No", "社員番号", "氏名", "扶養子数", "子の生年月日", "支給額"],
                 ["1", "H-10233", "丹羽 俊介", "2", "2011/05/02, 2014/08/19", "30,000"],
                 ["2", "H-10492", "宍戸 美奈子", "1", "2009/12/01", "15,000"],
                 ["3", "H-11287", "鬼頭 まゆみ", "1", "2004/10/15", "15,000"],
                 ["4", "H-11902", "嘉納 隆", "3", "2010/03/30, 2013/06/06, 2018/01/15", "45,000"],
                 ["5", "H-12914", "乙部 信也", "1", "2017/05/06", "15,000"],
                 ["6", "H-13055", "柘植 大輔", "1", "2012/04/03", "15,000"],
                 ["7", "H-13881", "浜岡 詩織", "2", "2015/11/11, 2020/02/29", "30,000"],
                 ["8", "H-14470", "井之上 直人", "1", "2016/09/09", "15,000"],
                 ["9", "H-15503", "五百旗頭 誠", "1", "2004/09/02", "15,000"],
                 ["10", "H-15620", "蒲生 佳奈", "1", "2008/02/14", "15,000"],
                 ["11", "H-16012", "真壁 一樹", "2", "2021/04/17, 2026/08/22", "30,000"],
                 ["12", "H-16648", "左右田 拓", "2", "2008/09/28, 2011/01/17", "30,000"],
                 ["13", "H-17761", "三ツ矢 剛", "1", "2003/12/05", "15,000"],
                 ["14", "H-18822", "東海林 圭", "1", "2026/07/30", "15,000"],
                 ["15", "H-20555", "檜山 譲", "2", "2019/10/10, 2023/03/25", "30,000"],
             ]},
        ],
    },
    # 032 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-032",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "children's food allergies told to the partner caterer for a family event: allergy as health data is arguable",
        "sender": KASAI,
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "subject": "ファミリーデー（11/21）お弁当のアレルギー対応について",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
ケータリング事業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の葛西です。
11月21日（土）の社員ファミリーデーのお子さま弁当（42食）について、
アレルギー対応が必要な方をお知らせいたします。

・檜山 すず ちゃん（7歳）：卵・乳
・御手洗 樹 くん（5歳）：小麦
・嘉納 悠 くん（8歳）：えび・かに

上記3食は別容器・個別包装で、名札を付けていただけますと助かります。
よろしくお願いいたします。
""" + SIG_KASAI,
    },
    # 033 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-033",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX whose page header carries 社外秘, sent to the payroll outsourcer (aggregates only)",
        "sender": MIKUMO,
        "to": ["長南 修 <chonan@tsubasa-system.jp>"],
        "subject": "家族手当見直しの試算条件（システム改修見積り用）",
        "charset": "shift_jis",
        "body": """長南様

お世話になっております。三雲です。
来年4月の家族手当見直しに伴う給与システムの改修見積りをお願いしたく、
試算条件と影響人数のサマリーをお送りします。
個人別のデータは含めておりません。

見積りは11月中にいただけますと幸いです。
""" + SIG_MIKUMO,
        "attachments": [
            {"kind": "xlsx", "name": "家族手当見直し_試算条件.xlsx", "page_header": "社外秘",
             "sheets": {
                 "条件": [
                     ["項目", "現行", "改定後"],
                     ["配偶者手当", "10,000円", "令和9年度 5,000円 → 令和10年度 廃止"],
                     ["子の手当（1人あたり）", "15,000円", "20,000円"],
                     ["子の対象年齢", "18歳年度末", "22歳年度末（在学）"],
                 ],
                 "影響人数": [
                     ["区分", "人数", "月額影響（千円）"],
                     ["配偶者手当 受給者", 184, -920],
                     ["子の手当 受給者", 347, 2135],
                     ["対象年齢拡大による新規", 41, 820],
                 ],
             }},
        ],
    },
    # 034 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-034",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that the 社外秘 規程 will be brought by hand: a mention, not a marking; no personal data",
        "sender": OKONOGI,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "Re: 規程改定の打合せ日程",
        "charset": "utf-8",
        "body": """矢萩先生

ご調整ありがとうございます。11月10日（火）14時からでお願いいたします。

なお、家族手当規程の現行版は社外秘扱いのため、メールではお送りせず
当日紙でお持ちいたします。お手数ですがその場でご確認ください。

小此木

> 小此木様
> 打合せの候補日ですが、11/10(火)14時、11/12(木)10時はいかがでしょうか。
> 矢萩
""",
    },
    # 035 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-035",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six newborns with full-width padded columns (names, birth dates, parents) sent to the health insurance society",
        "sender": MATSUURA,
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kantokikai-kenpo.or.jp>"],
        "subject": "出産育児一時金（家族）付加金の対象者ご連絡",
        "charset": "iso-2022-jp",
        "body": """関東機械工業健康保険組合
給付課　ご担当者様

お世話になっております。日の出産業の松浦です。
当社規程の出産祝金と貴組合の家族出産育児一時金付加金の支給を
突合させていただきたく、第３四半期の出生者を下記にご連絡いたします。

被保険者氏名　　　子の氏名　　　　　生年月日　　　　　　出生届
－－－－－－－　　－－－－－－－　　－－－－－－－－　　－－－－
東海林　圭　　　　東海林　陽葵　　　令和８年７月３０日　済
汐見　航平　　　　汐見　紬　　　　　令和８年８月１９日　済
李　俊傑　　　　　李　美玲　　　　　令和８年８月　３日　済
今泉　沙織　　　　今泉　律　　　　　令和８年９月　１日　済
今泉　沙織　　　　今泉　凛　　　　　令和８年９月　１日　済
雲井　朋子　　　　雲井　晴　　　　　令和８年８月２９日　済
戸叶　健太　　　　戸叶　紗良　　　　令和８年９月１８日　未（９月末予定）

今泉さんは双生児のため２件となっております。
""" + SIG_MATSUURA,
    },
    # 036 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-036",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "two external organisations (社労士, health insurance) and one child's name and birth date (warn)",
        "sender": MATSUURA,
        "to": ["適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "cc": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "Re: 被扶養者異動届の受付状況について",
        "charset": "iso-2022-jp",
        "body": """関東機械工業健康保険組合 適用課
杉浦様
（cc：みなと総合事務所 矢萩様）

お世話になっております。日の出産業の松浦です。
お問い合わせの件、10月2日に電子申請で提出したのは下記1件です。

　被扶養者：雲井 晴（令和8年8月29日生）

到達番号は矢萩様のほうで控えておられますので、
恐れ入りますが矢萩様からご連絡いただけますでしょうか。

> 日の出産業 松浦様
> 10月上旬に提出されたとお伺いしている異動届が、当組合で確認できておりません。
> 提出日と対象者を教えていただけますか。  杉浦
""" + SIG_MATSUURA,
    },
    # 037 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-037",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "two children's 保険証 記号・番号 in full-width digits for the 子ども医療費 受給者証 renewal",
        "sender": SAMEJIMA,
        "to": ["東浜町 福祉課 <fukushi@town.higashihama.lg.jp>"],
        "subject": "子ども医療費受給者証更新に係る保険資格の回答（湯浅様）",
        "charset": "shift_jis",
        "body": """東浜町役場 福祉課 御中

いつもお世話になっております。
日の出産業株式会社 大阪支社 総務の鮫島でございます。

弊社社員 湯浅 早紀 のお子様の保険資格について、以下のとおり回答申し上げます。

【１】湯浅 創（ゆあさ そう）　平成２７年１１月２日生
　　　記号：３０２　番号：１１４７　枝番：０３
【２】湯浅 凪（ゆあさ なぎ）　令和２年４月２５日生
　　　記号：３０２　番号：１１４７　枝番：０４

保険者：関東機械工業健康保険組合（０６１３５２４８）
被保険者：湯浅 早紀　資格取得　平成２４年４月１日

以上、よろしくお願い申し上げます。
""" + SIG_SAMEJIMA,
    },
    # 038 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-038",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "all-staff announcement on the 児童手当 reform to the internal mailing list; no personal data",
        "sender": OKONOGI,
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【人事部】児童手当の拡充と会社への届出のお願い",
        "charset": "utf-8",
        "html": """<html><body style="font-family:sans-serif">
<h3>児童手当の制度が変わっています</h3>
<p>社員の皆さま<br>人事部 労務グループです。児童手当の拡充について改めてお知らせします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>項目</th><th>以前</th><th>現在</th></tr>
<tr><td>支給対象</td><td>中学生まで</td><td>高校生年代（18歳年度末）まで</td></tr>
<tr><td>所得制限</td><td>あり</td><td>なし</td></tr>
<tr><td>第3子以降</td><td>月15,000円</td><td>月30,000円</td></tr>
<tr><td>支払月</td><td>年3回</td><td>年6回（偶数月）</td></tr>
</table>
<p>児童手当は<b>お住まいの市区町村</b>への申請です。会社では申請できません。<br>
市区町村から勤務先の健康保険の確認を求められた場合は、人事部までご連絡ください。</p>
<p>人事部 労務グループ（内線 2312）</p>
</body></html>""",
    },
    # 039 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-039",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number sent to the babysitting service for billing",
        "sender": KASAI,
        "to": ["キッズケアサポート 法人窓口 <houjin@kids-care-support.co.jp>"],
        "subject": "法人契約（ベビーシッター補助）の決済カード変更",
        "charset": "iso-2022-jp",
        "body": f"""株式会社キッズケアサポート
法人窓口 ご担当者様

いつもお世話になっております。日の出産業 総務部の葛西です。
ベビーシッター利用補助の法人契約について、決済用のカードを変更いたします。
11月利用分から下記カードでのご請求をお願いいたします。

　カード番号：{_sp(card_number(SEED + 901), "-")}
　有効期限：08/30
　名義：HINODE SANGYO CO LTD / KASAI RYOSUKE

旧カードは10月末で解約予定です。
""" + SIG_KASAI,
    },
    # 040 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-040",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about the NDA with the 社労士 office, with the standard disclaimer; nothing personal",
        "sender": OKONOGI,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "秘密保持契約書（マイナンバー取扱業務委託）の締結について",
        "charset": "utf-8",
        "body": """矢萩先生

お世話になっております。小此木です。
扶養手続きの委託範囲を広げるにあたり、秘密保持契約書と
特定個人情報の取扱いに関する覚書を更新したいと考えております。

法務からの修正コメントは以下の2点です。
　1. 第7条（再委託）に事前の書面承諾を明記
　2. 第11条（返還・廃棄）に廃棄証明書の提出期限（30日以内）を追記

修正版は法務から改めてお送りします。ご確認のほどお願いいたします。
""" + SIG_OKONOGI + DISCLAIMER_JA,
    },
    # 041 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-041",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a CSV and a DOCX covering six dependants (names, birth dates, addresses) to the 社労士",
        "sender": MATSUURA,
        "to": ["みなと総合事務所 手続チーム <tetsuzuki@minato-sr.jp>"],
        "subject": "11月届出分 扶養異動（6件）",
        "charset": "utf-8",
        "body": """手続チーム ご担当者様

日の出産業の松浦です。いつもありがとうございます。
11月届出分の扶養異動6件をZIPにまとめました（一覧CSVと申立書の下書き）。
別居の1件（蒲生さん）は申立書の内容をご確認ください。

松浦
""",
        "attachments": [
            {"kind": "zip", "name": "fuyo_202611.zip", "files": [
                {"kind": "csv", "name": "fuyo_202611/ichiran.csv", "encoding": "utf-8", "rows": [
                    ["社員番号", "被保険者", "被扶養者", "続柄", "生年月日", "住所", "区分"],
                    ["H-18034", "雲井 朋子", "雲井 晴", "長男", "2026-08-29", "埼玉県さいたま市浦和区常盤7-3-12", "追加"],
                    ["H-21998", "戸叶 健太", "戸叶 紗良", "長女", "2026-09-18", "千葉県市川市八幡3-22-5-701", "追加"],
                    ["H-20555", "檜山 譲", "檜山 すず", "長女", "2019-10-10", "東京都練馬区石神井町4-9-17", "追加（養子）"],
                    ["H-15620", "蒲生 佳奈", "蒲生 光", "長男", "2008-02-14", "北海道札幌市北区北十八条西5-2-7", "継続（別居）"],
                    ["H-17761", "三ツ矢 剛", "三ツ矢 花梨", "長女", "2003-12-05", "東京都府中市紅葉丘1-40-3", "削除"],
                    ["H-13055", "柘植 大輔", "柘植 千春", "配偶者", "1991-03-14", "神奈川県相模原市南区相模大野6-8-2", "削除"],
                ]},
                {"kind": "docx", "name": "fuyo_202611/moushitate_gamou.docx", "paragraphs": [
                    "別居に関する申立書（下書き）",
                    "被保険者 蒲生 佳奈 は、長男 蒲生 光（平成20年2月14日生）が大学進学のため",
                    "北海道札幌市北区北十八条西5丁目2-7 に居住していることを申し立てます。",
                    "仕送り額：月額50,000円（毎月25日 振込）",
                ]},
            ]},
        ],
    },
    # 042 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-042",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the health insurance society: the list of names is only in its quoted mail",
        "sender": MATSUURA,
        "to": ["適用課 杉浦 <sugiura@kantokikai-kenpo.or.jp>"],
        "subject": "Re: 【至急】調書未提出者について",
        "charset": "iso-2022-jp",
        "body": """杉浦様

ご連絡ありがとうございます。日の出産業の松浦です。
ご指摘の未提出者については、本日付で各人に督促いたしました。
金曜日までに回収し、まとめてご提出いたします。

引き続きよろしくお願いいたします。

-----Original Message-----
From: 杉浦 恵 [mailto:sugiura@kantokikai-kenpo.or.jp]
Sent: Tuesday, November 17, 2026 9:05 AM
To: 松浦 千景
Subject: 【至急】調書未提出者について

日の出産業 松浦様

被扶養者資格再確認の調書が、以下の方について未提出です。

  被保険者 丹羽 俊介   被扶養者 丹羽 理沙（配偶者）  S60.10.4生
  被保険者 嘉納 隆     被扶養者 嘉納 節子（母）      S28.2.11生
  被保険者 浜岡 詩織   被扶養者 浜岡 颯（長男）      H27.11.11生

11月20日までにご提出ください。
関東機械工業健康保険組合 適用課 杉浦
""",
    },
    # 043 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-043",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "dependants' disability status (特別障害者 / 障害者手帳) in an XLSX for the payroll outsourcer",
        "sender": MIKUMO,
        "to": ["長南 修 <chonan@tsubasa-system.jp>"],
        "subject": "障害者控除の対象者追加（年末調整）",
        "charset": "utf-8",
        "body": """長南様

お世話になっております。三雲です。
年末調整で障害者控除の対象となる扶養親族が2名追加となりましたので、
区分の登録をお願いいたします。

三雲
""" + SIG_MIKUMO,
        "attachments": [
            {"kind": "xlsx", "name": "shogaisha_kojo_tsuika.xlsx", "sheets": {"Sheet1": [
                ["社員番号", "社員氏名", "扶養親族氏名", "続柄", "生年月日", "障害者区分", "根拠", "同居"],
                ["H-12914", "乙部 信也", "乙部 陽翔", "長男", "2017/05/06", "特別障害者", "療育手帳A（重度知的障害）", "同居"],
                ["H-11902", "嘉納 隆", "嘉納 節子", "母", "1953/02/11", "一般の障害者", "身体障害者手帳4級（下肢機能障害）", "別居"],
            ]}},
        ],
    },
    # 044 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-044",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three employees' spouses (private persons) addressed together in To/Cc instead of Bcc",
        "sender": MATSUURA,
        "to": ["丹羽 理沙 <risa.niwa@icloud.com>"],
        "cc": ["浜岡 大地 <daichi-hamaoka@icloud.com>", "嘉納 由紀 <yuki.kano.1984@icloud.com>"],
        "subject": "【日の出産業健保】被扶養者の方の特定健診のご案内",
        "charset": "iso-2022-jp",
        "body": """被扶養者の皆さま

日の出産業株式会社 人事部の松浦と申します。
社員のご家族で、関東機械工業健康保険組合の被扶養者となっている40歳以上の方へ
特定健診（無料）のご案内をお送りしています。

　受診期間：2026年12月1日～2027年2月28日
　申込方法：健保組合のWebサイトから受診券を申し込み
　費用　　：無料（オプション検査は自己負担）

ご自宅に届く受診券をお持ちのうえ、提携医療機関でご受診ください。
ご不明な点は、人事部 松浦までお問い合わせください。
""" + SIG_MATSUURA,
    },
    # 045 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-045",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English procedural advice to one employee's Gmail; no personal data",
        "sender": HARAGUCHI,
        "to": ["Priya Raman <priya.raman.tokyo@gmail.com>"],
        "subject": "Re: How do I apply for the child allowance?",
        "charset": "utf-8",
        "body": """Hi Priya,

Congratulations on the birth of your son! Here is how the child allowance works:

- The child allowance (jido teate) is paid by your city office, not by the company.
  Please apply at the ward office where you are registered within 15 days of the birth.
- Bring your residence card, your bank cash card and your own My Number card.
  The ward office may ask for proof of your health insurance; the portal has a PDF you
  can download under "Insurance > Certificate".
- For the children's medical subsidy, apply at the same counter on the same day.

For adding your son to the company health insurance, please use the HR portal
(Family > Add dependant) rather than e-mail, and upload the birth certificate there.

Best regards,
Kenta
""" + DISCLAIMER_EN,
    },
    # 046 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-046",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp; an employee's account",
        "sender": MIKUMO,
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
        "subject": "給与振込口座（家族手当分割振込）の変更依頼",
        "charset": "shift_jis",
        "body": """みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 給与担当の三雲です。
家族手当を別口座に分割振込している社員1名について、振込先の変更をお願いします。

　社員：浜岡 詩織（社員番号 H-13881）
　変更後：みどり銀行 武蔵小杉支店　普通預金　口座番号 ３８１７２０６
　口座名義：ハマオカ シオリ
　適用：12月支給分から

総合振込データは従来どおり伝送いたします。
よろしくお願いいたします。
""" + SIG_MIKUMO,
    },
    # 047 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-047",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three children's names and birth dates to the contracted nursery: fewer than five people (warn)",
        "sender": KASAI,
        "to": ["こどもの森保育園 園長 <encho@kodomonomori-hoiku.jp>"],
        "subject": "企業枠 4月入園予定者のご連絡",
        "charset": "iso-2022-jp",
        "body": """こどもの森保育園
園長　日下部様

いつもお世話になっております。日の出産業 総務部の葛西です。
来年4月からの企業枠（3枠）の利用予定者が決まりましたのでご連絡いたします。

・辻本 ひなた ちゃん（令和8年5月16日生）　保護者：辻本 隆之
・真壁 楓 ちゃん（令和8年8月22日生）　　　保護者：真壁 一樹
・桑名 蓮 くん（令和8年9月4日生）　　　　 保護者：桑名 遥

面談日程は、各保護者から直接ご連絡するよう伝えております。
よろしくお願いいたします。
""" + SIG_KASAI,
    },
    # 048 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-048",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
        "sender": MATSUURA,
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "再送：被扶養者調書 取りまとめ表",
        "charset": "iso-2022-jp",
        "body": """適用課 杉浦様

お世話になっております。松浦です。
先ほどのファイルが開けないとのことでしたので、再送いたします。
こちらでも開けない場合はお電話ください。

松浦
""",
        "attachments": [
            {"kind": "corrupt", "name": "chosho_torimatome_hinode.xlsx"},
        ],
    },
    # 049 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-049",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "CSV of dependants' My Numbers from HR to payroll: every recipient internal",
        "sender": OKONOGI,
        "to": ["三雲 由佳 <mikumo.yuka@hinode-sangyo.co.jp>"],
        "cc": ["松浦 千景 <matsuura.chikage@hinode-sangyo.co.jp>"],
        "subject": "ポータル回収分の個人番号（扶養親族）エクスポート",
        "charset": "utf-8",
        "body": """三雲さん

小此木です。ポータルで回収できた扶養親族の個人番号をエクスポートしました。
年調システムへの取込にお使いください。取込後はファイルを削除してください。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "csv", "name": "portal_export_dependants.csv", "encoding": "utf-8", "rows": [
                ["emp_no", "dependant_name", "kana", "relation", "birth", "my_number"],
                ["H-18034", "雲井 晴", "クモイ ハル", "子", "2026-08-29", _mn(15)],
                ["H-21998", "戸叶 紗良", "トカノ サラ", "子", "2026-09-18", _mn(16)],
                ["H-20555", "檜山 すず", "ヒヤマ スズ", "子", "2019-10-10", _mn(17)],
                ["H-20555", "檜山 奏太", "ヒヤマ カナタ", "子", "2023-03-25", _mn(18)],
                ["H-13881", "浜岡 颯", "ハマオカ ハヤテ", "子", "2015-11-11", _mn(19)],
                ["H-13881", "浜岡 凜花", "ハマオカ リンカ", "子", "2020-02-29", _mn(20)],
                ["H-11902", "嘉納 節子", "カノウ セツコ", "母", "1953-02-11", _mn(21)],
            ]},
        ],
    },
    # 050 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-050",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "employee's mail with her twins' My Numbers forwarded as an attachment to the 社労士",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "FW: 双子の扶養追加とマイナンバー",
        "charset": "iso-2022-jp",
        "body": """矢萩様

お世話になっております。松浦です。
今泉さんから届いたメールをそのまま添付いたします。
双子のため2名分の被扶養者届となります。よろしくお願いいたします。

松浦
""",
        "attachments": [
            {"kind": "eml", "name": "双子の扶養追加.eml", "message": {
                "sender": "今泉 沙織 <saori.imaizumi@hinode-sangyo.co.jp>",
                "to": ["松浦 千景 <matsuura.chikage@hinode-sangyo.co.jp>"],
                "subject": "双子の扶養追加とマイナンバー",
                "charset": "iso-2022-jp",
                "body": f"""松浦さん

今泉です。出生届を出してマイナンバーの通知が来ました。
扶養追加をお願いします。

１人目　今泉 律（いまいずみ りつ）　2026年9月1日生　個人番号 {_mn(22)}
２人目　今泉 凛（いまいずみ りん）　2026年9月1日生　個人番号 {_mn(23)}

よろしくお願いします。
""",
            }},
        ],
    },
    # 051 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-051",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated eight employees' changed dependants with addresses sent to the payroll outsourcer",
        "sender": MIKUMO,
        "to": ["payroll-ops@tsubasa-system.jp"],
        "subject": "住所・扶養変更（12月給与反映）",
        "charset": "utf-8",
        "body": """ツバサシステム 給与計算チーム 御中

日の出産業の三雲です。12月給与に反映する住所・扶養の変更です。
（いつものフォーマット、タブ区切りで貼ります）

社員番号	社員氏名	新住所	扶養親族	続柄	生年月日	変更
H-18034	雲井 朋子	埼玉県さいたま市浦和区常盤7-3-12	雲井 晴	子	2026/08/29	扶養追加
H-21998	戸叶 健太	千葉県市川市八幡3-22-5-701	戸叶 紗良	子	2026/09/18	扶養追加
H-20555	檜山 譲	東京都練馬区石神井町4-9-17	檜山 奏太	子	2023/03/25	扶養追加
H-13881	浜岡 詩織	神奈川県川崎市中原区今井南町11-6	浜岡 大地	夫	1986/07/19	扶養削除
H-19340	森下 彩乃	神奈川県横浜市港北区日吉本町2-40-3	森下 湊	子	2026/06/11	住所変更のみ
H-22108	桑名 遥	神奈川県横浜市青葉区藤が丘2-31-8	桑名 蓮	子	2026/09/04	住所変更のみ
H-14470	井之上 直人	東京都杉並区高円寺北3-5-21	井之上 朋美	妻	1988/11/30	扶養追加
H-12914	乙部 信也	東京都足立区竹の塚6-12-2	乙部 昌子	母	1957/08/09	扶養削除

ご確認をお願いします。
三雲
""",
    },
    # 052 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-052",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of the company's own offices with its 法人番号 for the 社労士: businesses, not people",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "電子申請用の事業所情報",
        "charset": "iso-2022-jp",
        "body": """矢萩様

お世話になっております。松浦です。
電子申請の委任状作成に必要な事業所情報をお送りします。

法人番号：3010401097722
法人名　：日の出産業株式会社

事業所名　　　　所在地　　　　　　　　　　　　　　　　　　電話
－－－－－－－　－－－－－－－－－－－－－－－－－－－－　－－－－－－－－
本社　　　　　　東京都港区芝2-14-7 日の出ビル　　　　　　03-5442-7800
大阪支社　　　　大阪府大阪市北区西天満4-9-21　　　　　　 06-6365-2210
名古屋営業所　　愛知県名古屋市中区錦1-18-24 錦ビル8階　　052-211-6630
福岡営業所　　　福岡県福岡市博多区博多駅前3-27-5　　　　 092-452-3318

委任状の押印が必要でしたら、総務に回しますのでお知らせください。
""" + SIG_MATSUURA,
    },
    # 053 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-053",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "support ticket to the attendance-system vendor names an employee and her son's asthma hospitalisation",
        "sender": OKONOGI,
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【問合せ】子の看護等休暇の日数上限を超えた登録について",
        "charset": "utf-8",
        "body": """ツバサシステム サポートデスク 御中

日の出産業（契約番号 TS-40218）の小此木です。
勤怠システムで子の看護等休暇を登録しようとしたところ、上限超過のエラーになりました。

対象：浜岡 詩織（社員番号 H-13881）
事情：長男（浜岡 颯）が気管支喘息の発作で11月に2回入院しており、
　　　付き添いのため看護等休暇を合計6日取得済み。今回さらに2日申請。
当社規程：子が2人以上の場合は年10日まで（法定どおり）

規程上は残り4日あるはずなのですが、システムでは5日上限で判定されているようです。
設定の確認方法を教えていただけますでしょうか。
""" + SIG_OKONOGI,
    },
    # 054 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-054",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "English mail to two external organisations (payroll outsourcer and a foreign payroll provider); no personal data",
        "sender": HARAGUCHI,
        "to": ["Laura Mendes <l.mendes@globalpay-partners.com>"],
        "cc": ["長南 修 <chonan@tsubasa-system.jp>"],
        "subject": "Dependant data fields for the Japan payroll interface",
        "charset": "utf-8",
        "body": """Hi Laura,

As discussed on Tuesday, here are the dependant-related fields that Tsubasa System
(cc'd, our Japanese payroll provider) will send in the monthly interface file:

  - dependant_count_u16   number of dependants under 16 (no tax deduction, but needed
                          for the resident tax report)
  - dependant_count_tax   dependants counted for withholding tax
  - family_allowance_jpy  monthly family allowance amount

No names, dates of birth or My Numbers will leave Japan; the global system only needs
the counts and amounts. Mr Chonan, please correct me if the field names differ.

Best regards,
Kenta
""" + DISCLAIMER_EN,
    },
    # 055 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-055",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail itself classified 【社外秘】 in subject and header line, sent to the 社労士",
        "sender": OKONOGI,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "【社外秘】配偶者手当廃止に関する労使協議の進め方",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━
　取扱区分：社外秘
━━━━━━━━━━━━━━━━

矢萩先生

お世話になっております。小此木です。
配偶者手当の廃止について、組合との協議に入る前に進め方をご相談させてください。

１．経過措置期間（2年）で不利益変更の合理性は足りるか
２．代償措置として子の手当増額（15,000円→20,000円）で説明可能か
３．協議開始の時期（春闘前か後か）

経営会議の資料では、影響額は年間約1,100万円の減となる見込みです。
来週のお打合せでご意見をいただければ幸いです。
""" + SIG_OKONOGI,
    },
    # 056 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-056",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a child's passport number given to the 社労士 for the dependant recognition",
        "sender": HARAGUCHI,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "海外居住の子の被扶養者認定（李さん）",
        "charset": "utf-8",
        "body": """矢萩先生

いつもお世話になっております。人事部 グローバル人事の原口です。
李 俊傑さん（H-21076）の長男が中国に居住しており、被扶養者認定の申請を
したいとの相談がありました。海外居住者の要件確認をお願いできますでしょうか。

　氏名：李 浩然（リ ハオラン）
　生年月日：2014年3月8日
　旅券番号：EH4829173（中華人民共和国）
　居住地：中国 江蘇省蘇州市
　続柄：長男（前妻との子、養育費を毎月送金）

送金記録と在学証明書の翻訳は本人が準備中です。
""" + SIG_HARAGUCHI.replace("Best regards,\n\n", ""),
    },
    # 057 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-057",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal seminar slides on the 扶養 income thresholds; internal and no personal data",
        "sender": OKONOGI,
        "to": ["管理職各位 <managers@hinode-sangyo.co.jp>"],
        "subject": "説明会資料：「年収の壁」と扶養の基本（管理職向け）",
        "charset": "utf-8",
        "body": """管理職の皆さま

人事部の小此木です。来週の管理職向け説明会の資料を先にお送りします。
部下から扶養の相談を受けたときの一次回答の参考にしてください。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "pptx", "name": "扶養の基本_管理職向け.pptx", "slides": [
                ["扶養の基本", "税法上の扶養と健康保険の扶養は別物", "会社の家族手当はさらに別の基準"],
                ["年収の壁", "106万円：社会保険の加入（勤務先の規模等による）", "130万円：健康保険の被扶養者から外れる",
                 "150万円：配偶者特別控除の満額の上限"],
                ["子の扶養", "16歳未満は扶養控除なし（住民税の申告には必要）", "19～22歳は特定扶養親族"],
                ["相談を受けたら", "個別の収入や家族の事情はメールで回さない", "人事部 労務G（内線2312）へ"],
            ]},
        ],
    },
    # 058 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-058",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the city; the child's details sit only in the quoted original under 差出人/送信日時",
        "sender": KASAI,
        "to": ["緑ヶ丘市 子ども医療係 <iryo@city.midorigaoka.lg.jp>"],
        "subject": "RE: 医療証の送付先について",
        "charset": "shift_jis",
        "body": """緑ヶ丘市 子ども医療係
吉岡様

お世話になっております。日の出産業の葛西です。
ご連絡いただいた件、本人（森下）へ伝えました。
医療証は自宅宛てにお送りいただければ結構です。会社宛ての送付は不要です。

以上、よろしくお願いいたします。

差出人: 吉岡 亜紀 <iryo@city.midorigaoka.lg.jp>
送信日時: 2026年10月20日 11:32
宛先: 葛西 亮介
件名: 医療証の送付先について

日の出産業株式会社 葛西様

森下 湊さん（令和8年6月11日生、保護者 森下 彩乃様）の子ども医療費受給者証について、
申請書の送付先欄に貴社住所が記載されていました。
ご自宅（横浜市港北区日吉本町2-40-3）宛てでよろしいか、ご確認をお願いします。
""",
    },
    # 059 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-059",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of seven short-hours employees with children's birth dates and mobiles to the 社労士",
        "sender": OKONOGI,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "育児短時間勤務者一覧（労使協定見直し用）",
        "charset": "iso-2022-jp",
        "body": """矢萩先生

お世話になっております。小此木です。
育児短時間勤務の労使協定見直しにあたり、現在の利用者一覧をお送りします。
ご確認をお願いいたします。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "docx", "name": "育児短時間勤務者一覧_202610.docx",
             "paragraphs": ["育児短時間勤務者一覧（2026年10月1日現在）", ""],
             "tables": [[
                 ["氏名", "所属", "子の生年月日", "勤務時間", "期間", "緊急連絡先"],
                 ["雲井 朋子", "経理部", "2022/01/13", "9:30-16:00", "～2027/01/12", "090-7725-4018"],
                 ["千早 すみれ", "経理部", "2019/06/02", "9:00-15:30", "～2028/03/31", "080-1942-6637"],
                 ["浜岡 詩織", "総務部", "2020/02/29", "10:00-16:30", "～2027/03/31", "070-3358-1120"],
                 ["湯浅 早紀", "大阪支社", "2020/04/25", "9:00-16:00", "～2027/03/31", "090-8816-2274"],
                 ["嘉納 由紀", "営業一課", "2021/07/02", "9:30-16:30", "～2028/03/31", "080-5507-9913"],
                 ["真壁 一樹", "営業三課", "2021/04/17", "8:30-15:30", "～2027/04/16", "080-3391-2076"],
                 ["米倉 直子", "大阪支社", "2022/12/08", "9:00-15:00", "～2029/03/31", "070-6124-8850"],
             ]]},
        ],
    },
    # 060 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-060",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five names with only a count of children (for gift counts) to a vendor: a weak list, arguable",
        "sender": KASAI,
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "クリスマス絵本セットの発送数について",
        "charset": "utf-8",
        "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 総務の葛西です。
社員のお子さま向け絵本セットの件、発送数の内訳をお知らせします。
（本社受取分は別途まとめてお送りください）

名古屋営業所　小鳥遊 彰さん　2セット
名古屋営業所　嘉納 隆さん　　3セット
福岡営業所　　四十物 徹さん　1セット
福岡営業所　　丹羽 俊介さん　2セット
大阪支社　　　御手洗 慎吾さん　2セット

送付先は各拠点の代表住所でお願いします。
""" + SIG_KASAI,
    },
    # 061 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-061",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three municipalities addressed together in To: three external organisations see each other",
        "sender": KASAI,
        "to": ["さくら川市 保育課 <hoiku@city.sakuragawa.lg.jp>",
               "緑ヶ丘市 保育課 <hoiku@city.midorigaoka.lg.jp>",
               "東浜町 福祉課 <fukushi@town.higashihama.lg.jp>"],
        "subject": "就労証明書の電子提出に関するお願い（日の出産業株式会社）",
        "charset": "iso-2022-jp",
        "body": """各市町 保育・子育て担当課 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 総務部の葛西と申します。

弊社では来年度から、社員の就労証明書を事業者から市町村へ
直接電子提出する運用を検討しております。
つきましては、貴課における以下の受付状況をお教えいただけますでしょうか。

　・マイナポータル（ぴったりサービス）での事業者提出の可否
　・メール添付（PDF）での提出の可否、及び送付先アドレス
　・郵送の場合の宛先

お忙しいところ恐縮ですが、11月末までにご回答いただけますと幸いです。
""" + SIG_KASAI,
    },
    # 062 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-062",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "an employee's own baby's name and birth date to her one private address: one person's record (warn)",
        "sender": MATSUURA,
        "to": ["雲井 朋子 <tomoko_kumoi_0707@yahoo.co.jp>"],
        "subject": "扶養追加の手続きが完了しました",
        "charset": "iso-2022-jp",
        "body": """雲井さん

人事の松浦です。育休中にご対応いただきありがとうございました。
健保組合での扶養追加の手続きが完了しましたのでお知らせします。

　被扶養者：雲井 晴 さん
　生年月日：令和8年8月29日
　資格取得日：令和8年8月29日

「資格情報のお知らせ」は来週ご自宅に簡易書留で届きます。
市役所での子ども医療費の申請にお使いください。
""" + SIG_MATSUURA,
    },
    # 063 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-063",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a filled 扶養控除等申告書 PDF with the family's My Numbers and the son's 特別障害者 status sent to the employee's Gmail",
        "sender": MIKUMO,
        "to": ["乙部 信也 <otobe.shinya1979@gmail.com>"],
        "subject": "扶養控除等申告書（令和9年分）の内容確認のお願い",
        "charset": "shift_jis",
        "body": """乙部さん

給与担当の三雲です。
ご自宅で確認したいとのことでしたので、入力済みの申告書をPDFでお送りします。
誤りがなければ、ポータル上で「確認済」ボタンを押してください。
""" + SIG_MIKUMO,
        "attachments": [
            {"kind": "pdf", "name": "扶養控除等申告書_R9_乙部信也.pdf", "title": "給与所得者の扶養控除等（異動）申告書",
             "lines": [
                 "令和9年分 給与所得者の扶養控除等（異動）申告書",
                 "",
                 f"氏名：乙部 信也　生年月日：昭和54年6月12日　個人番号：{_sp(_mn(24))}",
                 "住所：東京都足立区竹の塚6-12-2 ヴィラ竹の塚301",
                 "",
                 f"源泉控除対象配偶者：乙部 由美子　昭和56年1月30日生　個人番号：{_sp(_mn(25))}",
                 "",
                 "16歳未満の扶養親族",
                 f"　乙部 陽翔　長男　平成29年5月6日生　個人番号：{_sp(_mn(26))}",
                 f"　乙部 咲良　長女　令和3年11月19日生　個人番号：{_sp(_mn(27))}",
                 "",
                 "障害者控除：長男 陽翔（特別障害者・同居）",
             ]},
        ],
    },
    # 064 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-064",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "new dependants' insurance 記号・番号 listed between HR and 総務: internal only",
        "sender": MATSUURA,
        "to": ["葛西 亮介 <kasai.ryosuke@hinode-sangyo.co.jp>"],
        "subject": "新規被扶養者の資格情報（医療証申請の問合せ対応用）",
        "charset": "iso-2022-jp",
        "body": """葛西さん

松浦です。市役所から資格確認の電話が来た際に総務で答えられるよう、
10月に資格取得した被扶養者の記号・番号をまとめておきます。
（社内限り。回答は電話口で本人確認してからでお願いします）

被扶養者        生年月日     記号   番号   枝番  被保険者
--------------  -----------  -----  -----  ----  ------------
桑名 蓮         2026/09/04   412    3344   02    桑名 遥
真壁 楓         2026/08/22   412    2187   04    真壁 一樹
阿久津 心       2026/07/12   412    3019   02    阿久津 周
雲井 晴         2026/08/29   412    2765   03    雲井 朋子
戸叶 紗良       2026/09/18   412    3402   02    戸叶 健太
羽賀 真理恵     1993/02/17   412    3371   01    羽賀 聡

保険者番号はすべて 06135248 です。
""" + SIG_MATSUURA,
    },
    # 065 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-065",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "reply to a colleague at hinode-sangyo.jp, a TLD look-alike of the own domain; one family's data",
        "sender": KASAI,
        "to": ["森下 彩乃 <ayano.morishita@hinode-sangyo.jp>"],
        "subject": "Re: 医療証が届かないのですが",
        "charset": "utf-8",
        "body": """森下さん

総務の葛西です。市役所に確認しました。
申請書の送付先が会社住所になっていたため、確認待ちで止まっていたそうです。
以下の内容で自宅宛てに再発送していただくよう依頼済みです。

　対象：森下 湊（令和8年6月11日生）
　送付先：〒223-0062 神奈川県横浜市港北区日吉本町2-40-3 グランデ日吉205

1週間ほどで届くとのことです。

葛西

> 葛西さん
> 子ども医療費の医療証がまだ届かないのですが、会社で何か止まっていますか？
> 森下
""",
    },
    # 066 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-066",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "CSV of eleven dependants' incomes and birth dates to the health insurance society",
        "sender": MATSUURA,
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "被扶養者収入確認（年収130万円判定）回答データ",
        "charset": "utf-8",
        "body": """適用課 杉浦様

お世話になっております。日の出産業の松浦です。
収入確認の対象となった被扶養者11名分の回答をCSV（UTF-8）でお送りします。
収入証明の写しは追って郵送いたします。
""" + SIG_MATSUURA,
        "attachments": [
            {"kind": "csv", "name": "shunyu_kakunin_hinode.csv", "encoding": "utf-8", "rows": [
                ["被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "見込年収", "収入の種類"],
                ["丹羽 俊介", "丹羽 理沙", "妻", "1985/10/04", "1,080,000", "給与"],
                ["井之上 直人", "井之上 朋美", "妻", "1988/11/30", "1,065,000", "給与"],
                ["浜岡 詩織", "浜岡 大地", "夫", "1986/07/19", "0", "なし"],
                ["嘉納 隆", "嘉納 由紀", "妻", "1984/04/16", "1,240,000", "給与"],
                ["嘉納 隆", "嘉納 節子", "母", "1953/02/11", "1,020,000", "年金"],
                ["宍戸 美奈子", "宍戸 英二", "父", "1955/05/21", "1,450,000", "年金（60歳以上基準180万円）"],
                ["五百旗頭 誠", "五百旗頭 蒼", "長男", "2004/09/02", "880,000", "給与（アルバイト）"],
                ["鬼頭 まゆみ", "鬼頭 拓真", "長男", "2004/10/15", "1,180,000", "給与（アルバイト）"],
                ["乙部 信也", "乙部 由美子", "妻", "1981/01/30", "960,000", "給与"],
                ["柘植 大輔", "柘植 幸三", "父", "1951/07/08", "1,120,000", "年金"],
                ["勅使河原 怜", "勅使河原 澄江", "母", "1954/03/03", "790,000", "年金"],
            ]},
        ],
    },
    # 067 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-067",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "question to the health insurance society about one spouse's eligibility: a single person's record (warn)",
        "sender": OKONOGI,
        "to": ["適用課 杉浦 <sugiura@kantokikai-kenpo.or.jp>"],
        "subject": "配偶者の扶養認定（パート収入・月額変動）についてご相談",
        "charset": "iso-2022-jp",
        "body": """関東機械工業健康保険組合
適用課　杉浦様

お世話になっております。日の出産業の小此木です。
1件、認定の可否についてご相談させてください。

被保険者：嘉納 隆
配偶者　：嘉納 由紀（昭和59年4月16日生）
状況　　：パート勤務。9月から月収が約11万円に増加（繁忙期のみ、12月まで）。
　　　　　1～8月は月7～8万円程度で、年間では130万円を下回る見込み。

一時的な増加として扶養継続でよいか、事業主の証明があれば足りるか
ご教示いただけますでしょうか。
""" + SIG_OKONOGI,
    },
    # 068 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-068",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee as a DV victim (crime victim, 要配慮) and gives her shelter address to the city",
        "sender": OKONOGI,
        "to": ["さくら川市 こども家庭課 <kodomo@city.sakuragawa.lg.jp>"],
        "subject": "児童手当の受給者変更について（ご相談）",
        "charset": "utf-8",
        "body": """さくら川市 こども家庭課
宇佐美様

いつもお世話になっております。日の出産業の小此木です。
先日お電話でご相談した件について、改めてご連絡いたします。

弊社社員の苫米地 千春は、配偶者からの暴力（DV）により
9月からお子さん2人と別居しており、警察に被害届を提出済みです。
児童手当の受給者を夫から本人に変更したいとの意向です。

　現住所（避難先）：東京都調布市国領町5-21-8 ハイツこくりょう102
　※夫には住所を知られないよう、特段のご配慮をお願いいたします。

必要な書類（保護命令の写し等）がありましたら、ご指示ください。
会社としての在職証明は、本人から依頼があり次第すぐに発行いたします。
""" + SIG_OKONOGI,
    },
    # 069 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-069",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "payment notice to the 社労士 office with invoice numbers and its registration T-number; nothing personal",
        "sender": MIKUMO,
        "to": ["みなと総合事務所 経理 <keiri@minato-sr.jp>"],
        "subject": "お支払いのご案内（10月分 手続報酬）",
        "charset": "iso-2022-jp",
        "body": """社会保険労務士法人みなと総合事務所
経理ご担当者様

いつもお世話になっております。日の出産業の三雲です。
10月分のご請求につきまして、下記のとおりお支払いいたします。

　請求書番号：MS-2026-10-0418
　登録番号　：T6011205003847
　内訳　　　：被扶養者異動届 14件／第3号被保険者関係届 2件／顧問料
　お支払額　：187,550円（税込）
　お支払日　：2026年11月30日（みどり銀行より振込）

振込手数料は弊社負担とさせていただきます。
""" + SIG_MIKUMO,
    },
    # 070 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-070",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 部外秘 in its header sent to the partner law firm (cases anonymised)",
        "sender": OKONOGI,
        "to": ["白川法律事務所 氷室 <himuro@shirakawa-law.jp>"],
        "subject": "家族手当の不支給事案に関するご相談資料",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
氷室先生

いつもお世話になっております。日の出産業 人事部の小此木です。
来週ご相談予定の家族手当の不支給事案について、論点整理のメモをお送りします。
個人が特定されないよう、事案はA～Cとしております。

よろしくお願いいたします。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "docx", "name": "家族手当_不支給事案_論点整理.docx", "page_header": "部外秘",
             "paragraphs": [
                 "家族手当 不支給事案 論点整理",
                 "事案A：離婚後、子と別居し養育費を送金している社員への支給可否",
                 "事案B：事実婚の相手方の子（養子縁組なし）への支給可否",
                 "事案C：遡及申請（2年超）の取扱いと時効",
                 "論点：規程上の「扶養」の定義が税法基準か生計同一基準か不明確である点",
             ]},
        ],
    },
    # 071 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-071",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password ZIP of work certificates to the city: cannot be inspected",
        "sender": KASAI,
        "to": ["緑ヶ丘市 保育課 入所係 <nyusho@city.midorigaoka.lg.jp>"],
        "subject": "就労証明書（3名分）の送付",
        "charset": "shift_jis",
        "body": """緑ヶ丘市 保育課 入所係 御中

お世話になっております。日の出産業 総務部の葛西です。
社員3名分の就労証明書をお送りします。
ファイルにはパスワードを設定しておりますので、
お手数ですが、お電話にてパスワードをお問い合わせください。

総務部 葛西（03-5442-7800）
""",
        "attachments": [
            {"kind": "zip", "name": "shuro_shomei_3mei.zip", "password": "midori1109",
             "files": [
                 {"kind": "pdf", "name": "shuro_makabe.pdf", "lines": ["就労証明書", "真壁 一樹"]},
                 {"kind": "pdf", "name": "shuro_tokano.pdf", "lines": ["就労証明書", "戸叶 健太"]},
                 {"kind": "pdf", "name": "shuro_akutsu.pdf", "lines": ["就労証明書", "阿久津 周"]},
             ]},
        ],
    },
    # 072 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-072",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "legacy XLS export of dependants with addresses between internal staff",
        "sender": SAMEJIMA,
        "to": ["松浦 千景 <matsuura.chikage@hinode-sangyo.co.jp>"],
        "subject": "旧人事システムの扶養データ（大阪支社分）",
        "charset": "shift_jis",
        "body": """松浦さん

鮫島です。旧システムから大阪支社分の扶養データを出しました。
Excel 97-2003形式でしか出せなかったので、そのまま添付します。
新システム移行時の突合にお使いください。
""" + SIG_SAMEJIMA,
        "attachments": [
            {"kind": "xls", "name": "OSAKA_FUYO_OLD.xls", "sheets": {"FUYO": [
                ["SHAIN_CD", "SHAIN_NM", "FUYO_NM", "ZOKUGARA", "BIRTH", "JUSHO"],
                ["O-3021", "御手洗 慎吾", "御手洗 葵", "長女", "20180422", "大阪府豊中市新千里東町1-5-3-1204"],
                ["O-3021", "御手洗 慎吾", "御手洗 樹", "長男", "20210109", "大阪府豊中市新千里東町1-5-3-1204"],
                ["O-2876", "湯浅 早紀", "湯浅 創", "長男", "20151102", "兵庫県西宮市甲子園口3-18-9"],
                ["O-2876", "湯浅 早紀", "湯浅 凪", "長女", "20200425", "兵庫県西宮市甲子園口3-18-9"],
                ["O-3390", "辻本 隆之", "辻本 ひなた", "長女", "20260516", "大阪府吹田市江坂町2-7-14"],
                ["O-2411", "米倉 直子", "米倉 悠真", "長男", "20100830", "京都府長岡京市神足2-3-1"],
                ["O-3107", "岩佐 健", "岩佐 柚月", "次女", "20240228", "奈良県奈良市学園北1-9-6"],
            ]}},
        ],
    },
    # 073 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-073",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five insured children, one block each with birth date and parent's mobile (full-width), to the insurance agency",
        "sender": KASAI,
        "to": ["ほけんパートナー 団体保険課 <dantai@hoken-partner.co.jp>"],
        "subject": "団体こども総合保険 新規加入申込（5件）",
        "charset": "iso-2022-jp",
        "body": """株式会社ほけんパートナー
団体保険課 ご担当者様

お世話になっております。日の出産業 総務部の葛西です。
福利厚生の団体こども総合保険に、下記5件の新規加入申込がありました。
12月1日始期での手続きをお願いいたします。

【１】
　被保険者（子）：東海林　陽葵（ショウジ　ヒマリ）
　生年月日　　　：２０２６年７月３０日
　契約者（社員）：東海林　圭
　連絡先　　　　：０９０－３８１２－４４０５

【２】
　被保険者（子）：汐見　紬（シオミ　ツムギ）
　生年月日　　　：２０２６年８月１９日
　契約者（社員）：汐見　航平
　連絡先　　　　：０８０－６２０４－１１７８

【３】
　被保険者（子）：李　美玲（リ　メイリン）
　生年月日　　　：２０２６年８月３日
　契約者（社員）：李　俊傑
　連絡先　　　　：０７０－４４９１－３０６２

【４】
　被保険者（子）：阿久津　心（アクツ　ココロ）
　生年月日　　　：２０２６年７月１２日
　契約者（社員）：阿久津　周
　連絡先　　　　：０８０－６６１０－５３４７

【５】
　被保険者（子）：桑名　蓮（クワナ　レン）
　生年月日　　　：２０２６年９月４日
　契約者（社員）：桑名　遥
　連絡先　　　　：０９０－４１２７－６６５３

保険料は12月給与から控除いたします。
""" + SIG_KASAI,
    },
    # 074 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-074",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "meeting invitation to the 社労士 and the health insurance society (two external organisations); no personal data",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>", "杉浦 恵 <sugiura@kantokikai-kenpo.or.jp>"],
        "subject": "【ご案内】被扶養者認定基準すり合わせ会（12/3 15:00～）",
        "charset": "utf-8",
        "body": """矢萩様、杉浦様

お世話になっております。日の出産業の松浦です。
先日お話しした三者の打合せを、以下のとおり設定いたしました。

日時：2026年12月3日（木）15:00～16:00
場所：オンライン（Teams）※URLは前日にお送りします
議題：
  1. 海外居住の被扶養者の認定書類（翻訳の要否）
  2. 収入確認の時期と「一時的な収入増」の取扱い
  3. 電子申請の到達確認の運用

ご都合が悪い場合はお知らせください。
""" + SIG_MATSUURA,
    },
    # 075 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-075",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only table with one family's My Numbers sent to the 社労士",
        "sender": MATSUURA,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "檜山さん 養子縁組に伴う扶養追加",
        "charset": "utf-8",
        "html": f"""<html><body>
<p>矢萩様</p>
<p>お世話になっております。松浦です。<br>
檜山 譲さん（H-20555）が配偶者の連れ子と養子縁組をしましたので、扶養追加をお願いします。
戸籍謄本の写しはポータル経由でお送りします。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>氏名</th><th>続柄</th><th>生年月日</th><th>個人番号</th><th>縁組日</th></tr>
<tr><td>檜山 すず</td><td>養女</td><td>2019年10月10日</td><td>{_sp(_mn(28))}</td><td>2026年9月30日</td></tr>
<tr><td>檜山 奏太</td><td>長男</td><td>2023年3月25日</td><td>{_sp(_mn(29))}</td><td>（実子）</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 給与・社会保険グループ<br>松浦 千景　TEL 03-5442-7810</p>
</body></html>""",
    },
    # 076 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-076",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to an employee's private address; her child's data only in the quoted text",
        "sender": OKONOGI,
        "to": ["森下 彩乃 <ayano.morishita.0611@gmail.com>"],
        "subject": "Re: 子どもの保険証について",
        "charset": "utf-8",
        "body": """森下さん

小此木です。お問い合わせありがとうございます。
保険証は新規発行が終了しているため、お子さんには「資格確認書」が交付されます。
健保組合から10日ほどでご自宅に届きますので、もう少しお待ちください。
届いたら、医療証の申請にはそちらをお使いいただけます。

小此木

On 2026/10/12 21:04, 森下 彩乃 wrote:
> 小此木さん
> 息子（森下 湊、2026年6月11日生まれ）の保険証がまだ届きません。
> 市役所で医療証を作るのに必要なのですが、いつ頃になりますか？
> 森下
""",
    },
    # 077 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-077",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PPTX naming six employees with children's birth dates and leave periods, sent to an outside consultant",
        "sender": OKONOGI,
        "to": ["WLBコンサルティング 大江 <oe@wlb-consult.co.jp>"],
        "subject": "講演用資料（当社の男性育休事例）ご確認のお願い",
        "charset": "utf-8",
        "body": """大江様

お世話になっております。小此木です。
12月の講演でご紹介いただく当社事例のスライド案をお送りします。
ご本人の了承は口頭で取っておりますが、掲載範囲についてご意見ください。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "pptx", "name": "hinode_ikukyu_jirei.pptx", "slides": [
                ["日の出産業の男性育休", "取得率 2024年 38% → 2026年 71%", "平均取得日数 47日"],
                ["事例1　営業二課 汐見 航平", "第二子 2026年8月19日生", "育休 2026/8/19～2026/10/31"],
                ["事例2　情報システム 阿久津 周", "長女 2026年7月12日生", "育休 2026/7/12～2027/1/11"],
                ["事例3　物流企画 戸叶 健太", "長女 2026年9月18日生", "産後パパ育休 28日＋育休 3か月"],
                ["事例4　営業三課 真壁 一樹", "次女 2026年8月22日生", "育休 2026/9/1～2026/12/28"],
                ["事例5　海外事業 李 俊傑", "長女 2026年8月3日生", "育休 2026/8/3～2026/9/30"],
                ["事例6　購買 東海林 圭", "長女 2026年7月30日生", "育休 2026/8/1～2027/3/31"],
            ]},
        ],
    },
    # 078 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-078",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a foreign spouse's 在留カード番号 sent to the health insurance society",
        "sender": HARAGUCHI,
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "外国籍配偶者の被扶養者届（添付書類の確認）",
        "charset": "utf-8",
        "body": """関東機械工業健康保険組合 適用課 御中

お世話になっております。日の出産業 グローバル人事の原口です。
弊社社員 Priya Raman の配偶者を被扶養者に追加する届について、
在留カードの情報で足りるか確認させてください。

  氏名　　　：RAMAN ARJUN
  生年月日　：1989年2月6日
  国籍　　　：インド
  在留資格　：家族滞在（在留期限 2028年4月30日）
  在留カード番号：UH48271935EA

住民票（続柄記載）は本人が取得済みです。
ほかに必要な書類があればご教示ください。
""" + SIG_HARAGUCHI,
    },
    # 079 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-079",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal forward about an employee's child's disability and care needs: internal only",
        "sender": OKONOGI,
        "to": ["堀之内 亘 <horinouchi.wataru@hinode-sangyo.co.jp>"],
        "subject": "FW: 勤務配慮のお願い（乙部さん）",
        "charset": "iso-2022-jp",
        "body": """堀之内部長

小此木です。乙部さんから下記の相談がありました。
来月の異動の内示前に、ご配慮いただけるか検討をお願いします。

---------- Forwarded message ----------
From: 乙部 信也
To: 小此木 奈央
Subject: 勤務配慮のお願い

小此木さん

長男の陽翔は重度の知的障害があり、療育手帳A1を持っています。
特別支援学校への送迎を妻と交代でしているため、
転居を伴う異動は難しい状況です。ご配慮いただけると助かります。

乙部
""",
    },
    # 080 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-080",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a child's medical certificate (diagnosis) attached as PDF to the 社労士",
        "sender": OKONOGI,
        "to": ["矢萩 智子 <yahagi@minato-sr.jp>"],
        "subject": "育児休業の延長（子の疾病）に関する添付書類",
        "charset": "iso-2022-jp",
        "body": """矢萩先生

お世話になっております。小此木です。
東海林さんの育児休業延長について、お子さんの診断書の写しをお送りします。
保育所の入所保留通知とは別の理由での延長となりますので、
雇用保険の育児休業給付の延長要件に該当するかご確認ください。
""" + SIG_OKONOGI,
        "attachments": [
            {"kind": "pdf", "name": "診断書_写し_東海林.pdf", "lines": [
                "診　断　書",
                "",
                "氏名：東海林 陽葵　　生年月日：令和8年7月30日（女）",
                "病名：先天性心疾患（心室中隔欠損症）",
                "付記：令和9年2月に根治手術予定。術後3か月程度は集団保育を避けることが望ましい。",
                "",
                "令和8年11月2日　さくら川市立こども医療センター　小児循環器科　医師 塩谷 篤",
            ]},
        ],
    },
    # 081 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-081",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text+HTML question to a city about the employer's proof for 児童手当; no one's data",
        "sender": OKONOGI,
        "to": ["緑ヶ丘市 こども家庭課 手当係 <teate@city.midorigaoka.lg.jp>"],
        "subject": "児童手当の「勤務先の証明」について",
        "charset": "utf-8",
        "body": """緑ヶ丘市 こども家庭課 手当係 ご担当者様

日の出産業株式会社 人事部の小此木と申します。
貴市にお住まいの社員から、児童手当の手続きで「勤務先の証明」を求められたと相談がありました。

当社は公務員ではなく、健康保険は健保組合に加入しております。
この場合、会社としてどのような書類を用意すればよいでしょうか。
（資格情報のお知らせの写しで足りるか、別途様式があるか）

よろしくお願いいたします。
""" + SIG_OKONOGI,
        "html": """<html><body>
<p>緑ヶ丘市 こども家庭課 手当係 ご担当者様</p>
<p>日の出産業株式会社 人事部の小此木と申します。<br>
貴市にお住まいの社員から、児童手当の手続きで「勤務先の証明」を求められたと相談がありました。</p>
<p>当社は公務員ではなく、健康保険は健保組合に加入しております。<br>
この場合、会社としてどのような書類を用意すればよいでしょうか。<br>
（資格情報のお知らせの写しで足りるか、別途様式があるか）</p>
<p>よろしくお願いいたします。</p>
<p style="color:#666">日の出産業株式会社 人事部 労務グループ　小此木 奈央<br>TEL 03-5442-7812（直通）</p>
</body></html>""",
    },
    # 082 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-082",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "shirakawa-law.co.jp is a look-alike of the partner shirakawa-law.jp; one employee's child data",
        "sender": OKONOGI,
        "to": ["氷室 俊 <himuro@shirakawa-law.co.jp>"],
        "subject": "Re: 事案Aの件（養育費と家族手当）",
        "charset": "iso-2022-jp",
        "body": """氷室先生

ご回答ありがとうございました。小此木です。
事案Aについて、ご指摘の点を本人に確認しました。

　社員：李 俊傑
　子　：李 浩然（2014年3月8日生）、前妻と中国に居住
　送金：毎月 人民元3,000元相当（銀行送金の記録あり）

生計維持の実態はあるものと考えておりますが、
規程上「同居」を要件としていないため、支給対象としてよいでしょうか。

小此木

> 小此木様
> 事案Aについては、送金の実態と子の居住地を確認のうえ判断すべきと考えます。
> 白川法律事務所 氷室
""",
    },
    # 083 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-083",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four newborns' names and birth dates to the health insurance society: under five people (warn)",
        "sender": MATSUURA,
        "to": ["適用課 杉浦 <sugiura@kantokikai-kenpo.or.jp>"],
        "subject": "資格情報のお知らせ 発行状況の確認（4件）",
        "charset": "iso-2022-jp",
        "body": """杉浦様

お世話になっております。日の出産業の松浦です。
9月に届出した下記4件について、資格情報のお知らせがまだ事業所に届いておりません。
発行状況をご確認いただけますでしょうか。

  社員番号  被扶養者      生年月日
  H-22108   桑名 蓮       R8.9.4
  H-16012   真壁 楓       R8.8.22
  H-19903   阿久津 心     R8.7.12
  H-21998   戸叶 紗良     R8.9.18

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_MATSUURA,
    },
    # 084 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-084",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX migration file of twenty dependants with birth dates and addresses for the payroll outsourcer",
        "sender": MIKUMO,
        "to": ["長南 修 <chonan@tsubasa-system.jp>"],
        "cc": ["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"],
        "subject": "新給与システム移行データ（家族マスタ）第1回",
        "charset": "utf-8",
        "body": """長南様

お世話になっております。三雲です。
新給与システムへの移行データのうち、家族マスタの第1回分（本社・営業部門）をお送りします。
残りは12月第2週にお送りします。
""" + SIG_MIKUMO,
        "attachments": [
            {"kind": "xlsx", "name": "家族マスタ_移行_第1回.xlsx", "title": "家族マスタ移行データ",
             "sheets": {
                 "家族マスタ": [
                     ["日の出産業株式会社　家族マスタ移行データ（第1回）　作成日：2026/11/24"],
                     ["社員番号", "社員氏名", "家族氏名", "続柄", "生年月日", "同居区分", "家族住所（別居のみ）", "税扶養", "健保扶養", "家族手当"],
                     ["H-10233", "丹羽 俊介", "丹羽 理沙", "妻", "1985/10/04", "同居", "", "○", "○", "×"],
                     ["H-10233", "丹羽 俊介", "丹羽 結衣", "長女", "2011/05/02", "同居", "", "○", "○", "○"],
                     ["H-10233", "丹羽 俊介", "丹羽 颯太", "長男", "2014/08/19", "同居", "", "△", "○", "○"],
                     ["H-10492", "宍戸 美奈子", "宍戸 英二", "父", "1955/05/21", "同居", "", "○", "○", "×"],
                     ["H-10492", "宍戸 美奈子", "宍戸 トシ", "祖母", "1938/01/25", "別居", "秋田県大仙市大曲通町6-11", "○", "○", "×"],
                     ["H-11287", "鬼頭 まゆみ", "鬼頭 拓真", "長男", "2004/10/15", "別居", "宮城県仙台市青葉区川内亀岡町31-2-405", "○", "○", "○"],
                     ["H-11902", "嘉納 隆", "嘉納 由紀", "妻", "1984/04/16", "同居", "", "○", "○", "×"],
                     ["H-11902", "嘉納 隆", "嘉納 悠", "長男", "2018/01/15", "同居", "", "△", "○", "○"],
                     ["H-11902", "嘉納 隆", "嘉納 節子", "母", "1953/02/11", "別居", "静岡県浜松市中央区佐鳴台4-22-8", "○", "○", "×"],
                     ["H-13055", "柘植 大輔", "柘植 大和", "長男", "2012/04/03", "同居", "", "△", "○", "○"],
                     ["H-13055", "柘植 大輔", "柘植 幸三", "父", "1951/07/08", "別居", "三重県伊賀市上野丸之内121", "○", "○", "×"],
                     ["H-13881", "浜岡 詩織", "浜岡 颯", "長男", "2015/11/11", "同居", "", "△", "○", "○"],
                     ["H-13881", "浜岡 詩織", "浜岡 凜花", "長女", "2020/02/29", "同居", "", "△", "○", "○"],
                     ["H-14470", "井之上 直人", "井之上 朋美", "妻", "1988/11/30", "同居", "", "○", "○", "×"],
                     ["H-15503", "五百旗頭 誠", "五百旗頭 蒼", "長男", "2004/09/02", "別居", "京都府京都市左京区北白川久保田町18-4", "○", "○", "○"],
                     ["H-15620", "蒲生 佳奈", "蒲生 光", "長男", "2008/02/14", "別居", "北海道札幌市北区北十八条西5-2-7", "○", "○", "○"],
                     ["H-16012", "真壁 一樹", "真壁 楓", "次女", "2026/08/22", "同居", "", "△", "○", "○"],
                     ["H-16648", "左右田 拓", "左右田 結子", "長女", "2008/09/28", "同居", "", "○", "○", "○"],
                     ["H-16648", "左右田 拓", "左右田 航", "長男", "2011/01/17", "同居", "", "△", "○", "○"],
                     ["H-18822", "東海林 圭", "東海林 陽葵", "長女", "2026/07/30", "同居", "", "△", "○", "○"],
                 ],
                 "コード表": [["記号", "意味"], ["○", "対象"], ["△", "16歳未満（控除なし・住民税申告のみ）"], ["×", "対象外"]],
             }},
        ],
    },
    # 085 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-085",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "children's health insurance 記号・番号 sent in English to an employee's private Gmail",
        "sender": HARAGUCHI,
        "to": ["Priya Raman <priya.raman.tokyo@gmail.com>"],
        "subject": "Re: Insurance numbers for the ward office",
        "charset": "utf-8",
        "body": """Hi Priya,

The health insurance society has registered your son. The ward office asked for the
insurance details, so here they are for the medical subsidy form:

  Insured person : RAMAN PRIYA
  Dependant      : RAMAN AARAV (son)
  Insurer no.    : 06135248
  Symbol (kigo)  : 412
  Number (bango) : 3418
  Branch (edaban): 03

The paper notice ("shikaku joho no oshirase") will arrive by registered post next week,
but you can already write these on the form.

Best regards,
Kenta
""",
    },
    # 086 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-086",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to seven employees on leave correctly sent in Bcc (To is the sender's own team address)",
        "sender": OKONOGI,
        "to": ["人事部 労務グループ <romu@hinode-sangyo.co.jp>"],
        "bcc": ["ayano.morishita.0611@gmail.com", "saori.imaizumi.mama@gmail.com",
                "kei.shoji.family@gmail.com", "tomoko_kumoi_0707@yahoo.co.jp",
                "kumo-tomo.0829@docomo.ne.jp", "haruka.kuwana.92@outlook.jp",
                "priya.raman.tokyo@gmail.com"],
        "subject": "【育休中の方へ】年末調整の書類について（Bccでお送りしています）",
        "charset": "iso-2022-jp",
        "body": """育児休業中の皆さま

人事部 労務グループの小此木です。
本メールはBccで一斉にお送りしています。

年末調整の扶養控除等申告書は、休業中の方もポータルから提出いただけます。
締切は11月20日（金）です。育休中で給与の支払いがない月があっても、
今年中に給与・賞与の支払いがあった方は年末調整の対象となります。

お子さんが生まれた方は、「16歳未満の扶養親族」欄への記入をお忘れなく。

ご不明点は romu@hinode-sangyo.co.jp までお問い合わせください。
""" + SIG_OKONOGI,
    },
    # 087 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-087",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking", "multiple_external_domains"],
        "note": "PDF classified CONFIDENTIAL in its header and footer, sent to two external organisations",
        "sender": HARAGUCHI,
        "to": ["Laura Mendes <l.mendes@globalpay-partners.com>"],
        "cc": ["Tom Becker <t.becker@fairbridge-benefits.com>"],
        "subject": "Family allowance benchmark - Hinode Japan",
        "charset": "utf-8",
        "body": """Hi Laura, hi Tom,

Attached is our internal benchmark of family and child allowances in Japan, which we
used for the 2027 revision. It covers market practice only (no employee data).
Please use it for the APAC harmonisation workshop on 9 December.
""" + SIG_HARAGUCHI,
        "attachments": [
            {"kind": "pdf", "name": "Family_Allowance_Benchmark_JP_2026.pdf",
             "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
             "page_footer": "Confidential",
             "title": "Family Allowance Benchmark Japan 2026",
             "lines": ["Family allowance benchmark - Japan manufacturing (n=42)", ""],
             "table": [
                 ["Item", "Median", "Hinode now", "Hinode 2027"],
                 ["Spouse allowance (JPY/month)", "8,000", "10,000", "0 (phased out)"],
                 ["Child allowance (JPY/month)", "12,500", "15,000", "20,000"],
                 ["Child age limit", "18", "18", "22 (students)"],
                 ["Companies abolishing spouse allowance", "41%", "-", "-"],
             ]},
        ],
    },
    # 088 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-088",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "business mail to the contracted nursery about contract slots, with the standard disclaimer",
        "sender": KASAI,
        "to": ["こどもの森保育園 運営本部 <honbu@kodomonomori-hoiku.jp>"],
        "subject": "企業主導型保育 共同利用契約の更新について",
        "charset": "utf-8",
        "body": """株式会社こどもの森
運営本部 ご担当者様

いつもお世話になっております。日の出産業 総務部の葛西です。
来年度の共同利用契約について、以下の条件で更新を希望いたします。

・契約枠：0歳児 2枠、1～2歳児 3枠（今年度と同じ）
・利用料の会社負担：月額 1枠あたり 20,000円
・契約期間：2027年4月1日～2028年3月31日

見積書（契約番号 KM-2027-0113）を12月中にお送りいただけますでしょうか。
よろしくお願いいたします。
""" + SIG_KASAI + DISCLAIMER_JA,
    },
    # 089 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-089",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "CSV pasted in the body with ten children's data, sent only to internal colleagues",
        "sender": KASAI,
        "to": ["松浦 千景 <matsuura.chikage@hinode-sangyo.co.jp>", "三雲 由佳 <mikumo.yuka@hinode-sangyo.co.jp>"],
        "subject": "ファミリーデー参加申込（子ども分）CSV",
        "charset": "shift_jis",
        "body": """松浦さん、三雲さん

総務の葛西です。ファミリーデーの子ども参加者のうち、
保険（イベント傷害保険）加入に必要な項目をCSVで貼ります。
扶養情報と食い違いがないか、念のため見ていただけますか。

社員番号,社員氏名,子の氏名,生年月日,住所
H-20555,檜山 譲,檜山 すず,2019/10/10,東京都練馬区石神井町4-9-17
H-20555,檜山 譲,檜山 奏太,2023/03/25,東京都練馬区石神井町4-9-17
H-11902,嘉納 隆,嘉納 悠,2018/01/15,東京都世田谷区桜新町2-11-4
H-13881,浜岡 詩織,浜岡 颯,2015/11/11,神奈川県川崎市中原区今井南町11-6
H-13881,浜岡 詩織,浜岡 凜花,2020/02/29,神奈川県川崎市中原区今井南町11-6
H-10233,丹羽 俊介,丹羽 颯太,2014/08/19,東京都品川区荏原5-3-18
H-16648,左右田 拓,左右田 航,2011/01/17,埼玉県川口市芝新町9-2
H-14470,井之上 直人,井之上 芽依,2016/09/09,東京都杉並区高円寺北3-5-21
H-13055,柘植 大輔,柘植 大和,2012/04/03,神奈川県相模原市南区相模大野6-8-2
H-16012,真壁 一樹,真壁 葵衣,2021/04/17,東京都江東区大島7-19-1

よろしくお願いします。
""" + SIG_KASAI,
    },
    # 090 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-090",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX 扶養控除等申告書 with the employee's and children's My Numbers sent to the payroll outsourcer",
        "sender": MIKUMO,
        "to": ["ツバサシステム 年調センター <nencho@tsubasa-system.jp>"],
        "subject": "紙提出分の申告書データ化（丹羽 俊介さん）",
        "charset": "utf-8",
        "body": """ツバサシステム 年調センター 御中

日の出産業の三雲です。
紙で提出された扶養控除等申告書1件を、Word形式で書き起こしました。
年調データへの取込をお願いします。
""",
        "attachments": [
            {"kind": "docx", "name": "申告書_丹羽俊介_R9.docx",
             "paragraphs": ["令和9年分 給与所得者の扶養控除等（異動）申告書（書き起こし）",
                            "住所：東京都品川区荏原5-3-18 パークホーム荏原406"],
             "tables": [[
                 ["区分", "氏名", "続柄", "生年月日", "個人番号"],
                 ["本人", "丹羽 俊介", "-", "昭和58年4月2日", _mn(30)],
                 ["源泉控除対象配偶者", "丹羽 理沙", "妻", "昭和60年10月4日", _mn(31)],
                 ["控除対象扶養親族（特定）", "丹羽 結衣", "長女", "平成23年5月2日", _mn(32)],
                 ["16歳未満", "丹羽 颯太", "長男", "平成26年8月19日", _mn(33)],
             ]]},
        ],
    },
    # 091 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-091",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one employee and her baby named with a birth date to the city: two people's records (warn)",
        "sender": KASAI,
        "to": ["さくら川市 子ども医療係 <iryo@city.sakuragawa.lg.jp>"],
        "subject": "子ども医療費助成の申請期限についてのお問い合わせ",
        "charset": "iso-2022-jp",
        "body": """さくら川市 子ども医療係 ご担当者様

お世話になっております。日の出産業 総務部の葛西です。
弊社社員の阿久津 周より、次のお子さまの子ども医療費助成の申請が
出生から2か月以上経ってしまったがまだ間に合うか、と相談がありました。

　お子さま：阿久津 心（令和8年7月12日生）

遡って助成を受けられる期間があれば、あわせて教えていただけますでしょうか。
（ご本人から直接お問い合わせすべき内容でしたら、その旨お知らせください）
""" + SIG_KASAI,
    },
    # 092 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-092",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the health insurance society: cannot be inspected",
        "sender": SAMEJIMA,
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "大阪支社分 被扶養者調書（暗号化PDF）",
        "charset": "shift_jis",
        "body": """関東機械工業健康保険組合 適用課 御中

日の出産業 大阪支社 総務の鮫島でございます。
大阪支社分の被扶養者調書をスキャンしてお送りいたします。
PDFを開くパスワードは、別途お電話でお伝えいたします。
""" + SIG_SAMEJIMA,
        "attachments": [
            {"kind": "pdf", "name": "chosho_osaka_2026.pdf", "password": "osk-2026-kenin",
             "lines": ["被扶養者調書（大阪支社）", "御手洗 慎吾　御手洗 葵 / 御手洗 樹", "湯浅 早紀　湯浅 創 / 湯浅 凪"]},
        ],
    },
    # 093 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-093",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "ZIP of dependants' My Number records sent between head office and Osaka: internal only",
        "sender": MIKUMO,
        "to": ["鮫島 透 <samejima.toru@osaka.hinode-sangyo.co.jp>"],
        "subject": "照合用：大阪支社 扶養親族の個人番号（本社登録分）",
        "charset": "utf-8",
        "body": """鮫島さん

三雲です。本社側で登録済みの大阪支社分をZIPで送ります。
支社の原本と照合して、違いがあれば教えてください。
照合が終わったらファイルは削除をお願いします。
""" + SIG_MIKUMO,
        "attachments": [
            {"kind": "zip", "name": "osaka_mynumber_check.zip", "files": [
                {"kind": "csv", "name": "osaka_dependants.csv", "encoding": "cp932", "rows": [
                    ["社員番号", "扶養親族", "生年月日", "個人番号"],
                    ["O-3021", "御手洗 葵", "2018/04/22", _mn(34)],
                    ["O-3021", "御手洗 樹", "2021/01/09", _mn(35)],
                    ["O-2876", "湯浅 創", "2015/11/02", _mn(36)],
                    ["O-2876", "湯浅 凪", "2020/04/25", _mn(37)],
                    ["O-3390", "辻本 ひなた", "2026/05/16", _mn(38)],
                ]},
                {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
                 "text": "照合後は削除してください。\n不一致は三雲（内線2318）まで。\n"},
            ]},
        ],
    },
    # 094 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-094",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six employees' home addresses, phones and children's birth years in a text+HTML table to the babysitting company",
        "sender": KASAI,
        "to": ["キッズケアサポート 法人窓口 <houjin@kids-care-support.co.jp>"],
        "subject": "ベビーシッター利用補助 新規登録者（6名）",
        "charset": "utf-8",
        "body": """株式会社キッズケアサポート 法人窓口 御中

日の出産業 総務部の葛西です。補助制度の新規登録者6名分です。

氏名         住所                                         電話           子の生年月日
-----------  -------------------------------------------  -------------  ------------
桑名 遥      神奈川県横浜市青葉区藤が丘2-31-8            090-4127-6653  2026/09/04
雲井 朋子    埼玉県さいたま市浦和区常盤7-3-12             090-7725-4018  2026/08/29
戸叶 健太    千葉県市川市八幡3-22-5-701                   070-2284-9930  2026/09/18
浜岡 詩織    神奈川県川崎市中原区今井南町11-6             070-3358-1120  2020/02/29
嘉納 由紀    東京都世田谷区桜新町2-11-4                   080-5507-9913  2021/07/02
真壁 一樹    東京都江東区大島7-19-1                       080-3391-2076  2026/08/22

利用券の発行をお願いいたします。
""" + SIG_KASAI,
        "html": """<html><body>
<p>株式会社キッズケアサポート 法人窓口 御中</p>
<p>日の出産業 総務部の葛西です。補助制度の新規登録者6名分です。</p>
<table border="1" cellpadding="3">
<tr><th>氏名</th><th>住所</th><th>電話</th><th>子の生年月日</th></tr>
<tr><td>桑名 遥</td><td>神奈川県横浜市青葉区藤が丘2-31-8</td><td>090-4127-6653</td><td>2026/09/04</td></tr>
<tr><td>雲井 朋子</td><td>埼玉県さいたま市浦和区常盤7-3-12</td><td>090-7725-4018</td><td>2026/08/29</td></tr>
<tr><td>戸叶 健太</td><td>千葉県市川市八幡3-22-5-701</td><td>070-2284-9930</td><td>2026/09/18</td></tr>
<tr><td>浜岡 詩織</td><td>神奈川県川崎市中原区今井南町11-6</td><td>070-3358-1120</td><td>2020/02/29</td></tr>
<tr><td>嘉納 由紀</td><td>東京都世田谷区桜新町2-11-4</td><td>080-5507-9913</td><td>2021/07/02</td></tr>
<tr><td>真壁 一樹</td><td>東京都江東区大島7-19-1</td><td>080-3391-2076</td><td>2026/08/22</td></tr>
</table>
<p>利用券の発行をお願いいたします。</p>
</body></html>""",
    },
    # 095 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-095",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient", "personal_data"],
        "note": "nursery, city and the employee's Gmail all in To/Cc: three external parties see each other",
        "sender": KASAI,
        "to": ["ひまわり保育園 <info@himawari-hoikuen.jp>", "緑ヶ丘市 保育課 入所係 <nyusho@city.midorigaoka.lg.jp>"],
        "cc": ["辻本 隆之 <takayuki.tsujimoto.88@gmail.com>"],
        "subject": "入園時期の調整について（辻本 ひなたちゃん）",
        "charset": "iso-2022-jp",
        "body": """ひまわり保育園 ご担当者様
緑ヶ丘市 保育課 入所係 ご担当者様
（cc：弊社社員 辻本）

日の出産業株式会社 総務部の葛西です。
弊社社員 辻本 隆之 の長女 ひなたちゃん（令和8年5月16日生）の入園時期について、
本人の大阪支社から本社への異動が決まったため、1月入園から4月入園への変更をご相談させてください。

異動日：令和9年1月1日（住所変更予定：緑ヶ丘市内）

ご調整のほど、よろしくお願いいたします。
""" + SIG_KASAI,
    },
    # 096 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-096",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order to the partner printer with order numbers and product codes; no personal data",
        "sender": KASAI,
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "ご注文：出産祝いカード・熨斗（2027年上期分）",
        "charset": "shift_jis",
        "body": """錦印刷株式会社
営業部　ご担当者様

いつもお世話になっております。日の出産業 総務部の葛西です。
下記のとおり注文いたします。

　注文番号：HS-PO-270112
　品目　　：出産祝いカード（NK-CARD-B12）　200枚
　　　　　　熨斗紙「御出産祝」（NK-NOSHI-07）　200枚
　　　　　　入学祝いカード（NK-CARD-E03）　150枚
　納期　　：2027年1月15日
　納品先　：本社 総務部（東京都港区芝2-14-7 日の出ビル3F）

請求書は従来どおり月末締めでお願いいたします。
""" + SIG_KASAI,
    },
    # 097 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-097",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named family's religion (Muslim, halal meals) sent to the partner caterer: 要配慮 of identifiable people",
        "sender": KASAI,
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "subject": "Re: ファミリーデー お弁当の件（追加のお願い）",
        "charset": "utf-8",
        "body": """北国フーズ ケータリング事業部
ご担当者様

葛西です。先ほどのアレルギーの件に加え、もう1件お願いがあります。

社員のアフマド・ハリム（海外事業部）のご家族4名（本人、奥様、お子さま2名）は
イスラム教徒のため、ハラール対応のお弁当を4食ご用意いただけますでしょうか。
豚由来の食材・アルコールを含む調味料は使用不可とのことです。

対応が難しい場合は、市販のハラール認証弁当の手配でも構いません。

葛西

> 葛西様
> アレルギー対応の3食、承知いたしました。別容器・名札付きでご用意いたします。
> 北国フーズ 前川
""",
    },
    # 098 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-098",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "internal thread between 総務 and payroll with a child's insurance number: internal only",
        "sender": MATSUURA,
        "to": ["葛西 亮介 <kasai.ryosuke@hinode-sangyo.co.jp>"],
        "cc": ["小此木 奈央 <okonogi.nao@hinode-sangyo.co.jp>"],
        "subject": "Re: Re: 市役所からの電話（李さんのお子さん）",
        "charset": "iso-2022-jp",
        "body": """葛西さん

松浦です。李さんのお子さんの資格情報はこちらです。
電話口で本人確認のうえ回答してください。

　李 美玲　2026年8月3日生
　記号 412　番号 2950　枝番 02（保険者番号 06135248）

松浦

> 松浦さん
> さくら川市の子ども医療係から、李さんのお子さんの保険資格を確認したいと電話がありました。
> 記号番号を教えてもらえますか。
> 葛西
>
>> 葛西さん
>> 市役所から電話があったら回してください。
>> 小此木
""",
    },
    # 099 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-099",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-system.co.jp swaps the partner's .jp for .co.jp; a dependant's data",
        "sender": MIKUMO,
        "to": ["長南 修 <chonan@tsubasa-system.co.jp>"],
        "subject": "扶養削除1件（12月給与反映）",
        "charset": "iso-2022-jp",
        "body": """長南様

お世話になっております。三雲です。
12月給与から、下記1件の扶養削除を反映してください。

・社員：蒲生 佳奈（H-15620）
・扶養親族：蒲生 光（長男、平成20年2月14日生）
・削除理由：就職（2026年11月1日付）
・家族手当：12月支給分から停止

よろしくお願いいたします。
三雲
""",
    },
    # 100 ------------------------------------------------------------------------------
    {
        "id": "jidoteate-100",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "DOCX notification of one spouse leaving the dependants, to the health insurance society: one person's record (warn)",
        "sender": MATSUURA,
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
        "subject": "被扶養者削除の事前連絡（丹羽 理沙様）",
        "charset": "utf-8",
        "body": """関東機械工業健康保険組合
適用課 御中

お世話になっております。日の出産業の松浦です。
被扶養者1名が就職により扶養から外れますので、事前にご連絡いたします。
正式な異動届は電子申請で提出いたします。
""" + SIG_MATSUURA,
        "attachments": [
            {"kind": "docx", "name": "被扶養者削除_事前連絡.docx",
             "paragraphs": [
                 "被扶養者削除 事前連絡票",
                 "被保険者：丹羽 俊介（日の出産業株式会社 本社）",
                 "削除する被扶養者：丹羽 理沙（妻）　昭和60年10月4日生",
                 "削除理由：就職（株式会社ルミナス物流に正社員として入社、社会保険加入）",
                 "資格喪失日：令和8年12月1日",
                 "資格確認書の回収：本人から12月10日までに回収予定",
             ]},
        ],
    },
]
