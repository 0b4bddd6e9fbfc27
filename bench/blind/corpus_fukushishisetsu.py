"""Blind evaluation corpus — area: fukushishisetsu (障害福祉サービス事業所の運営).

Mail of 日の出産業 福祉事業部 and its welfare service offices (生活介護「ひので生活支援センター」,
就労継続支援B型「ひのでワークス」, 放課後等デイサービス「ひのでキッズ」, グループホーム
「ひのでハウス東林間」): users' service plans, the city's benefit certificates (受給者証),
guardians, transport (送迎), incident reports, billing to the 国保連, staff matters.
Written blind from BRIEF.md; every person, number and address is invented.
"""

from build import card_number, my_number

SEED = 48001

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(text: str) -> str:
    return text.translate(_ZEN)


def _mn(k: int, sep: str = "") -> str:
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def _card(k: int, sep: str = " ") -> str:
    n = card_number(SEED + k)
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def _corp(base12: str) -> str:
    """A 法人番号 (13 digits): check digit in front of the 12-digit base."""
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base12)))
    return str(9 - total % 9) + base12


HINODE_CORP = _corp("020001084417")      # 日の出産業株式会社
KITAGUNI_CORP = _corp("430001067202")    # 北国フーズ株式会社

# -- signatures ---------------------------------------------------------------------------

SIG_SAEKI = """
――――――――――――――――――――
日の出産業株式会社 福祉事業部
ひので生活支援センター（生活介護）
サービス管理責任者　佐伯 真理子
〒252-0303 神奈川県相模原市南区相模大野7-18-3
TEL 042-765-4410　FAX 042-765-4411
Mail: saeki.mariko@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_DOMEKI = """
--
日の出産業(株) 福祉事業部 送迎管理
百目鬼 剛（どうめき つよし）
TEL 042-765-4410（代）／ 携帯 080-4471-2296
domeki.tsuyoshi@hinode-sangyo.co.jp"""

SIG_JONOUCHI = """
*************************************
日の出産業株式会社
福祉事業部 業務管理課（請求担当）
城之内 彩　Aya Jonouchi
〒101-0047 東京都千代田区内神田2-9-14 日の出ビル6F
TEL:03-5294-7710 FAX:03-5294-7719
*************************************"""

SIG_HASEBE = """
────────────────────
日の出産業株式会社
福祉事業部 部長　長谷部 恒一
〒101-0047 東京都千代田区内神田2-9-14 日の出ビル6F
TEL 03-5294-7700（代表）
────────────────────"""

SIG_IGARASHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
放課後等デイサービス ひのでキッズ
児童発達支援管理責任者　五十嵐 結衣
〒194-0004 東京都町田市鶴間3-12-5 1F
TEL 042-799-6630
（運営：日の出産業株式会社 福祉事業部）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_SHOJI = """
-------------------------------------------
グループホーム ひのでハウス東林間
管理者 東海林 大地（しょうじ だいち）
〒252-0311 神奈川県相模原市南区東林間4-2-11
TEL/FAX 042-743-8802
日の出産業株式会社 福祉事業部
-------------------------------------------"""

SIG_TAKANASHI = """
==
ひので生活支援センター 看護師　小鳥遊 葵
日の出産業株式会社 福祉事業部
TEL 042-765-4410（内線23）"""

SIG_TESHIGAWARA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 福祉事業部 総務・人事グループ
勅使河原 修　Osamu Teshigawara
〒101-0047 東京都千代田区内神田2-9-14 日の出ビル6F
TEL 03-5294-7705 / teshigawara.osamu@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_WATARAI = """
----
就労継続支援B型 ひのでワークス
生活支援員　渡会 瑞穂
〒252-0011 神奈川県座間市相武台1-30-8
TEL 046-252-3390"""

SIG_ICHINOSE = """
□■□■□■□■□■□■□■□■
就労継続支援B型 ひのでワークス
職業指導員　一ノ瀬 朋美
TEL 046-252-3390　FAX 046-252-3391
□■□■□■□■□■□■□■□■"""

SIG_ONIZUKA = """
--
鬼塚 蓮 / Ren Onizuka
日の出産業株式会社 情報システム部（福祉事業部担当）
TEL 03-5294-7720"""

SIG_TATEWAKI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社 福祉事業部 経理担当
帯刀 千尋
TEL：03-5294-7708　FAX：03-5294-7719
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_NISHINA = """
―――
日の出産業株式会社 福祉事業部
品質・リスク管理室 室長（虐待防止責任者）
仁科 俊介
TEL 03-5294-7712"""

SIG_MORIYAMA_EN = """
--
Kenji Moriyama
Planning & International Exchange, Welfare Services Division
Hinode Sangyo Co., Ltd.
Hinode Bldg. 6F, 2-9-14 Uchikanda, Chiyoda-ku, Tokyo 101-0047, Japan
Tel: +81-3-5294-7730"""

SIG_MORIYAMA = """
--
日の出産業株式会社 福祉事業部 企画・国際交流担当
森山 健司
TEL 03-5294-7730"""

DISC_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの無断転載・複製・転送を禁じます。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete it."""

# -- frequently written addresses ----------------------------------------------------------

SAEKI = "佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 剛 <domeki.tsuyoshi@hinode-sangyo.co.jp>"
JONOUCHI = "城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>"
HASEBE = "長谷部 恒一 <hasebe.koichi@hinode-sangyo.co.jp>"
IGARASHI = "五十嵐 結衣 <igarashi.yui@hinode-sangyo.co.jp>"
SHOJI = "東海林 大地 <shoji.daichi@hinode-sangyo.co.jp>"
TAKANASHI = "小鳥遊 葵 <takanashi.aoi@hinode-sangyo.co.jp>"
TESHIGAWARA = "勅使河原 修 <teshigawara.osamu@hinode-sangyo.co.jp>"
WATARAI = "渡会 瑞穂 <watarai.mizuho@hinode-sangyo.co.jp>"
ICHINOSE = "一ノ瀬 朋美 <ichinose.tomomi@hinode-sangyo.co.jp>"
ONIZUKA = "鬼塚 蓮 <onizuka.ren@hinode-sangyo.co.jp>"
TATEWAKI = "帯刀 千尋 <tatewaki.chihiro@hinode-sangyo.co.jp>"
NISHINA = "仁科 俊介 <nishina.shunsuke@hinode-sangyo.co.jp>"
MORIYAMA = "Kenji Moriyama <moriyama.kenji@hinode-sangyo.co.jp>"

SHISHIDO = "相談支援センターひかり 宍戸 美穂 <shishido@soudan-hikari.or.jp>"
GAMO = "青葉運輸 蒲生様 <gamo.hiroshi@aoba-unyu.co.jp>"
CITY_KYUFU = "相模原市 障害福祉課 給付班 <shogai-kyufu@city.sagamihara.lg.jp>"
KOKUHOREN = "神奈川県国保連 障害者支援課 <shogai-seikyu@kanagawa-kokuhoren.or.jp>"

MESSAGES: list[dict] = []

# ==========================================================================================
# 001 – 025
# ==========================================================================================

MESSAGES += [
    {
        "id": "fukushishisetsu-001",
        "sender": DOMEKI,
        "to": [GAMO],
        "cc": [SAEKI],
        "subject": "【送迎委託】11月分 南区ルート送迎表の送付（ひので生活支援センター）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
福祉輸送課　蒲生様

いつも大変お世話になっております。
日の出産業 福祉事業部の百目鬼です。

11月2日（月）から委託開始となる南区ルートの送迎表をお送りします。
乗車位置・時刻は先週の試走結果を反映しております。

【南区ルート（リフト車）】
No 氏名          住所                                         電話           迎え  備考
-- ------------  -------------------------------------------  -------------  ----  ------------------------------------
1  香取 拓海     神奈川県相模原市南区上鶴間本町4-22-7          042-745-3318   8:32  玄関前。母が付き添い
2  鏑木 俊       神奈川県相模原市南区東林間5-13-9             090-3381-2207  8:41  車いす（リクライニング）リフト使用
3  上遠野 直子   神奈川県相模原市南区新磯野3-44-8              046-251-8843   8:50  てんかん発作あり。発作時は座薬（母管理）
4  巽 一輝       神奈川県座間市ひばりが丘4-7-2                080-6612-0459  9:02  強度行動障害。最後列右側に着席
5  栗栖 美和     神奈川県相模原市南区相武台団地2-3-15-402      070-2284-1193  9:10
6  能登 勝也     神奈川県座間市相武台2-41-16 コーポ相武台203   042-767-5512   9:18  高次脳機能障害のため乗車前に声かけ
7  菅生 修平     神奈川県相模原市南区麻溝台1-8-21             090-7745-3060  9:25  車いす（電動）固定ベルト4点

帰りは16:10センター発、上記の逆順でお願いいたします。
添乗は当方職員が1名乗車します。

ご不明点があれば私の携帯までご連絡ください。
よろしくお願いいたします。
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "7 users' names, home addresses and phones with disability/medical notes to the transport partner (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-002",
        "sender": DOMEKI,
        "to": ["青葉運輸 整備課 <seibi@aoba-unyu.co.jp>"],
        "subject": "Re: 送迎車両の法定点検日程について",
        "charset": "cp932",
        "body": """青葉運輸 整備課
須賀様

お世話になっております。百目鬼です。
日程のご提示ありがとうございます。以下の通りお願いできればと思います。

・相模 800 さ 12-34（ハイエース リフト付）　11/17（火）
・相模 500 ふ 56-78（NV200 スロープ付）　　11/19（木）
・相模 501 ほ 90-12（セレナ）　　　　　　　11/24（火）

いずれも前日17時に入庫、当日16時までに返却いただければ送迎に影響ありません。
代車は不要です。

> 日の出産業株式会社
> 百目鬼様
>
> いつもありがとうございます。青葉運輸整備課の須賀です。
> 12ヶ月点検の時期が近づいておりますので、下記の候補日からご都合をお知らせください。
>   11/16, 11/17, 11/19, 11/24, 11/26
> 所要は各1日です。
>
> 青葉運輸株式会社 整備課 須賀 智之
> TEL 042-778-3150
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "vehicle plate numbers and dates to a partner: no personal data",
    },
    {
        "id": "fukushishisetsu-003",
        "sender": JONOUCHI,
        "to": [CITY_KYUFU],
        "subject": "受給者証更新申請に係る個人番号の記載漏れについて（矢作 里奈 様）",
        "charset": "iso-2022-jp",
        "body": """相模原市 障害福祉課 給付班
米倉様

いつもお世話になっております。
日の出産業 福祉事業部 請求担当の城之内でございます。

先日代理提出いたしました支給申請書（更新）につきまして、個人番号欄が空欄となって
おりましたとのご連絡をいただき、申し訳ございませんでした。
ご家族の了承を得ておりますので、以下の通りお知らせいたします。

　氏名　　　　：矢作 里奈（ヤハギ リナ）
　生年月日　　：平成4年11月3日
　受給者証番号：1400237815
　個人番号　　：""" + _mn(1, " ") + """
　サービス種類：生活介護（障害支援区分４）

お手数ですが、申請書への追記をお願いできますでしょうか。
原本確認が必要な場合はご指示ください。
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a user's My Number with birth date and disability support class mailed to the city (reasons 2, 3)",
    },
    {
        "id": "fukushishisetsu-004",
        "sender": HASEBE,
        "to": ["相模原市 指導監査課 <shido-kansa@city.sagamihara.lg.jp>"],
        "subject": "指定更新申請 様式一式（記入前）の確認のお願い",
        "charset": "utf-8",
        "body": """相模原市 福祉基盤課 指導監査班
ご担当者様

日の出産業株式会社 福祉事業部の長谷部でございます。
来年2月に指定更新を迎える「ひので生活支援センター」（事業所番号 1412500871）について、
市のホームページから取得した様式一式を添付いたします。

令和8年度版の様式で相違ないか、念のためご確認いただけますでしょうか。
記入・押印済みのものは12月中旬に窓口へ持参する予定です。

何卒よろしくお願い申し上げます。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "zip", "name": "指定更新様式_R8.zip", "files": [
                {"kind": "docx", "name": "付表1_生活介護.docx",
                 "paragraphs": ["付表１　生活介護事業所の指定に係る記載事項",
                                "事業所名称：", "所在地：", "管理者氏名：",
                                "サービス管理責任者氏名：", "営業日・営業時間：", "利用定員：　　名"]},
                {"kind": "xlsx", "name": "勤務形態一覧表.xlsx",
                 "sheets": {"勤務形態一覧表": [["従業者の勤務の体制及び勤務形態一覧表（　年　月分）"],
                                              ["職種", "勤務形態", "氏名", "第1週", "第2週", "第3週", "第4週", "合計"],
                                              ["", "", "", "", "", "", "", ""]]}},
                {"kind": "txt", "name": "提出書類チェックリスト.txt",
                 "text": "□ 指定更新申請書\n□ 付表1\n□ 勤務形態一覧表\n□ 平面図\n□ 運営規程\n□ 協力医療機関との契約書写し\n"},
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank application forms in a plain ZIP to the city: nothing personal",
    },
    {
        "id": "fukushishisetsu-005",
        "sender": SAEKI,
        "to": [SHISHIDO],
        "subject": "モニタリング用 利用者基本情報の送付",
        "charset": "utf-8",
        "body": """相談支援センターひかり
宍戸様

お世話になっております。ひので生活支援センターの佐伯です。
先日お電話でお話しした、計画相談をお願いしている方の基本情報を
Excelにまとめましたのでお送りします（生活介護・GHのシート別）。

支援区分・手帳の等級は10月1日時点のものです。
更新時期が近い方は黄色にしてあります。

よろしくお願いします。
""" + SIG_SAEKI,
        "attachments": [
            {"kind": "xlsx", "name": "利用者基本情報_ひかり様.xlsx", "sheets": {
                "生活介護": [
                    ["ひので生活支援センター 利用者基本情報（令和8年10月1日現在）"],
                    [],
                    ["氏名", "ふりがな", "生年月日", "住所", "電話", "障害種別", "支援区分", "手帳", "受給者証番号"],
                    ["香取 拓海", "かとり たくみ", "H10.5.21", "神奈川県相模原市南区上鶴間本町4-22-7", "042-745-3318", "知的（自閉スペクトラム症）", "5", "療育A2", "1400198821"],
                    ["矢作 里奈", "やはぎ りな", "H4.11.3", "神奈川県大和市中央林間7-3-28", "046-274-0916", "知的（ダウン症）", "4", "療育B1", "1400237815"],
                    ["鏑木 俊", "かぶらぎ しゅん", "S63.2.14", "神奈川県相模原市南区東林間5-13-9", "090-3381-2207", "身体（脳性麻痺）", "6", "身体1級", "1400104473"],
                    ["上遠野 直子", "かどの なおこ", "S55.8.30", "神奈川県相模原市南区新磯野3-44-8", "046-251-8843", "知的・てんかん", "5", "療育A2", "1400166290"],
                    ["巽 一輝", "たつみ かずき", "H13.1.9", "神奈川県座間市ひばりが丘4-7-2", "080-6612-0459", "知的（強度行動障害）", "6", "療育A1", "1400311058"],
                    ["御手洗 千夏", "みたらい ちなつ", "H8.7.7", "東京都町田市南つくし野2-30-17", "042-796-2281", "知的・てんかん", "3", "療育B1", "1300452297"],
                    ["比嘉 ゆかり", "ひが ゆかり", "H2.4.18", "神奈川県相模原市中央区上溝6-18-2", "042-762-5530", "重症心身障害（胃ろう）", "6", "身体1級・療育A1", "1400120934"],
                ],
                "GH": [
                    ["ひのでハウス東林間 入居者（計画相談：ひかり）"],
                    ["氏名", "生年月日", "電話", "障害種別", "支援区分", "主治医"],
                    ["五味 達郎", "S45.6.20", "080-2231-7714", "知的", "4", "ことぶきクリニック"],
                    ["轟 正樹", "S53.10.8", "090-5529-0381", "精神（統合失調症）", "3", "相模中央病院 精神科"],
                    ["鮫島 幸子", "S60.3.27", "070-6618-2245", "知的", "3", "ことぶきクリニック"],
                    ["舘野 弘", "S39.12.1", "042-743-8802", "身体（脳梗塞後遺症）", "4", "相模中央病院 脳神経内科"],
                    ["茂木 千里", "H1.9.15", "080-9930-1176", "知的・自閉症", "4", "こころの森クリニック"],
                ],
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX with 12 users' contact data, disability types and support classes to an external consultation office (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-006",
        "sender": SAEKI,
        "to": [SHISHIDO],
        "subject": "Re: 11月モニタリング訪問の日程（案）",
        "charset": "iso-2022-jp",
        "body": """宍戸様

お世話になっております。佐伯です。
日程案ありがとうございます。いずれもセンター内の相談室をご用意します。
10/28の方だけ、午前は通院同行のため13時半以降にしていただけると助かります。

以上、よろしくお願いいたします。

> 佐伯様
>
> いつもお世話になっております。ひかりの宍戸です。
> 11月のモニタリング訪問について、以下の日程でお伺いしたいと考えております。
>
> 10/28(水) 10:00  上遠野 直子さん   （母 046-251-8843）
> 10/28(水) 11:00  鏑木 俊さん       （母 090-3381-2207）
> 11/4 (水) 10:00  巽 一輝さん       （父 080-6612-0459）
> 11/4 (水) 11:00  御手洗 千夏さん   （本人 042-796-2281）
> 11/11(水) 10:00  比嘉 ゆかりさん   （母 042-762-5530）
>
> ご家族には私から連絡いたします。
> ご都合の悪い枠があればお知らせください。
>
> 相談支援センターひかり 宍戸
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of five users is only in quoted text from the recipient; the new text carries nobody's data",
    },
    {
        "id": "fukushishisetsu-007",
        "sender": SAEKI,
        "to": [SHISHIDO,
               "訪問看護ステーションあさひ 所長 <tokita@houkan-asahi.co.jp>",
               "相模原市 南区福祉課 CW 笹森様 <sasamori.k@city.sagamihara.lg.jp>",
               "鏑木 恵子 <keiko.kabu55@gmail.com>"],
        "subject": "サービス担当者会議の日程調整のお願い（K.S.様）",
        "charset": "utf-8",
        "body": """関係者各位

いつもお世話になっております。
ひので生活支援センターの佐伯です。

K.S.様の個別支援計画の見直しに伴い、サービス担当者会議を開催したく、
日程調整のご連絡をさせていただきました。

候補日（いずれも14:00～15:00、会場：ひので生活支援センター 2階相談室）
　① 11月16日（月）
　② 11月18日（水）
　③ 11月20日（金）

ご都合のよい日を11月9日までにご返信ください。
オンライン参加をご希望の方はその旨お知らせいただければURLをお送りします。

よろしくお願いいたします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four external parties (consultation office, nursing station, city, a guardian on gmail) all in To: should be Bcc (reason 4)",
    },
    {
        "id": "fukushishisetsu-008",
        "sender": DOMEKI,
        "to": ["蒲生 博 <gamo.hiroshi@aoba-unyo.co.jp>"],
        "subject": "年末年始の送迎運休日について",
        "charset": "cp932",
        "body": """青葉運輸株式会社
蒲生様

お世話になっております。日の出産業の百目鬼です。

年末年始の送迎運休日が決まりましたのでご連絡します。

　運休：12月29日（火）～1月3日（日）
　1月4日（月）から通常運行

12月28日は午前のみの開所のため、帰りの便が12:30センター発となります。
車両・運転手の配置についてご調整をお願いいたします。
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain aoba-unyo.co.jp is a one-letter look-alike of the partner aoba-unyu.co.jp (reason 5)",
    },
    {
        "id": "fukushishisetsu-009",
        "sender": JONOUCHI,
        "to": [KOKUHOREN],
        "subject": "電子請求 受付結果のエラーコードについてのお問い合わせ",
        "charset": "cp932",
        "body": """神奈川県国民健康保険団体連合会
障害者支援課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 福祉事業部の城之内と申します。

事業所番号 1412900342（就労継続支援B型 ひのでワークス）の
令和8年9月サービス提供分の請求につきまして、受付結果に
「EG09 警告」が12件表示されております。

エラーではなく警告のため審査には進むと理解しておりますが、
このまま支払いに影響がないかご教示いただけますでしょうか。
受付結果画面の表示内容をテキストで添付いたします（利用者情報は削除しています）。

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_JONOUCHI,
        "attachments": [
            {"kind": "txt", "name": "受付結果_抜粋.txt", "encoding": "cp932",
             "text": "請求年月: 令和8年10月\n事業所番号: 1412900342\n処理結果: 受付\n警告: EG09 x 12件\n"
                     "メッセージ: 就労継続支援の利用日数が原則の日数を超えています\n"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "billing question to the 国保連 with only the office number and error codes",
    },
    {
        "id": "fukushishisetsu-010",
        "sender": JONOUCHI,
        "to": [KOKUHOREN],
        "subject": "令和8年9月提供分 返戻明細の内容確認（事業所番号1412500871）",
        "charset": "utf-8",
        "body": """神奈川県国保連 障害者支援課
ご担当者様

お世話になっております。日の出産業 城之内です。
9月提供分で返戻となった明細について、事由の確認をお願いしたく
一覧をCSVでお送りします。

市町村側の受給者台帳との突合エラーと思われるものが多く、
再請求を来月にまとめてよいかご教示ください。
""" + SIG_JONOUCHI,
        "attachments": [
            {"kind": "csv", "name": "henrei_202609.csv", "encoding": "cp932", "rows": [
                ["市町村番号", "受給者証番号", "氏名", "氏名カナ", "生年月日", "サービス種類", "障害支援区分", "返戻事由コード", "備考"],
                ["141500", "1400198821", "香取 拓海", "カトリ タクミ", "1998/05/21", "生活介護", "5", "PE01", "支給期間外"],
                ["141500", "1400104473", "鏑木 俊", "カブラギ シュン", "1988/02/14", "生活介護", "6", "PE02", "区分相違"],
                ["141500", "1400166290", "上遠野 直子", "カドノ ナオコ", "1980/08/30", "生活介護", "5", "PE01", ""],
                ["142158", "1400311058", "巽 一輝", "タツミ カズキ", "2001/01/09", "生活介護", "6", "PE11", "上限管理未了"],
                ["132098", "1300452297", "御手洗 千夏", "ミタライ チナツ", "1996/07/07", "生活介護", "3", "PE01", "町田市"],
                ["141500", "1400120934", "比嘉 ゆかり", "ヒガ ユカリ", "1990/04/18", "生活介護", "6", "PE02", ""],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CSV of six users with birth dates, benefit certificate numbers and disability support classes to the 国保連 by mail (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-011",
        "sender": TATEWAKI,
        "to": ["おおぞら税理士法人 栗林様 <kuribayashi@ozora-tax.jp>"],
        "subject": "10月分 給与・賞与データの送付",
        "charset": "iso-2022-jp",
        "body": """おおぞら税理士法人
栗林様

いつもお世話になっております。日の出産業 福祉事業部 経理の帯刀です。

10月分の給与データ（福祉事業部 4事業所分）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

ご確認のほどよろしくお願いいたします。
""" + SIG_TATEWAKI,
        "attachments": [
            {"kind": "zip", "name": "kyuyo_202610.zip", "password": "Hn#2026kyuyo", "files": [
                {"kind": "csv", "name": "kyuyo_202610.csv", "rows": [
                    ["社員番号", "氏名", "個人番号", "基本給", "処遇改善手当", "夜勤手当", "総支給"],
                    ["F1021", "佐伯 真理子", _mn(13), "285000", "32000", "0", "317000"],
                    ["F1034", "渡会 瑞穂", _mn(14), "231000", "28000", "0", "259000"],
                    ["F1047", "宇佐美 亮", _mn(15), "224000", "28000", "42000", "294000"],
                    ["F1052", "木暮 晴美", _mn(16), "198000", "21000", "0", "219000"],
                    ["F1066", "真田 昌平", _mn(17), "226000", "28000", "35000", "289000"],
                ]},
            ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the tax accountant: the attachment cannot be inspected (reason 7)",
    },
    {
        "id": "fukushishisetsu-012",
        "sender": TATEWAKI,
        "to": ["おおぞら税理士法人 栗林様 <kuribayashi@ozora-tax.jp>"],
        "subject": "パスワードのお知らせ（10月分 給与・賞与データ）",
        "charset": "iso-2022-jp",
        "body": """栗林様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn#2026kyuyo

よろしくお願いいたします。
""" + SIG_TATEWAKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the follow-up mail with only a password: no personal data, no attachment",
    },
    {
        "id": "fukushishisetsu-013",
        "sender": NISHINA,
        "to": ["相模原市 障害福祉課 事業者指導班 <shogai-jigyosha@city.sagamihara.lg.jp>"],
        "cc": [HASEBE],
        "subject": "事故報告書（第一報）の提出について／ひので生活支援センター",
        "charset": "utf-8",
        "body": """相模原市 障害福祉課 事業者指導班
ご担当者様

日の出産業株式会社 福祉事業部 品質・リスク管理室の仁科でございます。

10月21日にひので生活支援センターで発生した利用者の負傷事故について、
事故報告書（第一報）を添付にて提出いたします。
ご家族へは当日中に説明を行い、了承をいただいております。
詳細な原因分析と再発防止策は第二報にてご報告いたします。

ご迷惑をおかけし誠に申し訳ございません。
""" + SIG_NISHINA,
        "attachments": [
            {"kind": "docx", "name": "事故報告書_第一報_20261021.docx",
             "title": "事故報告書（第一報）",
             "paragraphs": ["障害福祉サービス事業所等 事故報告書（第一報）",
                            "報告日：令和8年10月22日",
                            "事業所名：ひので生活支援センター（生活介護） 事業所番号 1412500871"],
             "tables": [[
                 ["項目", "内容"],
                 ["利用者氏名", "比嘉 ゆかり（ひが ゆかり）"],
                 ["生年月日", "平成2年4月18日（36歳）"],
                 ["障害の状況", "重症心身障害、障害支援区分6、胃ろう造設、全介助"],
                 ["発生日時", "令和8年10月21日 13時40分頃"],
                 ["発生場所", "2階 静養室"],
                 ["事故の概要", "ベッドから車いすへの移乗時、職員1名介助で実施し右下肢をベッド柵に強打"],
                 ["対応", "看護師確認後、相模中央病院へ救急搬送。右大腿骨骨幹部骨折の診断、入院"],
                 ["家族への連絡", "13時55分 母へ電話連絡、病院にて面会"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "incident report naming a user with her disability, medical condition and fracture diagnosis, sent to the city by mail (reason 3)",
    },
    {
        "id": "fukushishisetsu-014",
        "sender": NISHINA,
        "to": ["福祉事業部 管理者会議 <fukushi-kanrisha@hinode-sangyo.co.jp>"],
        "cc": [HASEBE, TAKANASHI],
        "subject": "【社外秘】比嘉様 骨折事故の経過共有と再発防止策（案）",
        "charset": "cp932",
        "body": """管理者各位

仁科です。社外秘扱いでお願いします。

10/21 ひので生活支援センターで発生した事故について共有します。

■対象者：比嘉 ゆかり様（36歳・重症心身障害・区分6・胃ろう）
■内容：移乗時に右下肢をベッド柵に強打 → 右大腿骨骨幹部骨折、相模中央病院に入院中
■原因（暫定）：
　・二人介助のルールが昼休憩時間帯に守られていなかった
　・ベッド柵のクッションカバーが外れていた
■再発防止策（案）：
　1. 全介助の方の移乗は時間帯にかかわらず二人介助とする（11/1～）
　2. ベッド柵カバーの始業点検をチェックリストに追加
　3. 11月の全体研修で移乗介助の実技を実施

市への第一報は提出済み、第二報は11/6期限です。
各事業所でも同様のリスクがないか確認をお願いします。
""" + SIG_NISHINA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "incident details marked 社外秘 but every recipient is internal",
    },
    {
        "id": "fukushishisetsu-015",
        "sender": SAEKI,
        "to": ["さくらホテル箱根 宴会・団体予約 皆川様 <minagawa@sakura-hotel.jp>"],
        "subject": "一泊旅行（12/3～4）予約金のお支払いについて",
        "charset": "iso-2022-jp",
        "body": """さくらホテル箱根
団体予約ご担当　皆川様

いつもお世話になっております。
日の出産業 ひので生活支援センターの佐伯です。

12月3日～4日の一泊旅行につきまして、予約金（総額の30%）のお支払いは
法人カードでお願いしたく、カード情報をお知らせいたします。

　カード番号　：""" + _card(31) + """
　有効期限　　：08/29
　名義　　　　：HINODE SANGYO CO LTD
　お支払金額　：186,300円

決済が完了しましたら、領収書を当センター宛にご郵送ください。
よろしくお願いいたします。
""" + SIG_SAEKI,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a full credit card number with expiry in the body to the hotel (reason 2)",
    },
    {
        "id": "fukushishisetsu-016",
        "sender": SAEKI,
        "to": ["さくらホテル箱根 宴会・団体予約 皆川様 <minagawa@sakura-hotel.jp>"],
        "subject": "団体宿泊のお見積りのお願い（障害福祉事業所の一泊旅行）",
        "charset": "utf-8",
        "body": """さくらホテル箱根
皆川様

はじめてご連絡いたします。
日の出産業株式会社が運営する生活介護事業所「ひので生活支援センター」の佐伯と申します。

毎年恒例の一泊旅行を今年は箱根で計画しており、下記条件でお見積りをお願いできますでしょうか。

　日程　　：令和8年12月3日（木）～4日（金）
　人数　　：利用者12名（うち車いす使用3名）、職員8名　計20名
　お部屋　：バリアフリールーム3室を含め、和洋室6室程度
　お食事　：夕食・朝食とも個室会場希望。刻み食2名分、ミキサー食1名分の対応可否
　その他　：大浴場の貸切時間帯（30分程度）が取れるか

お手数ですが、11月6日頃までにご回答いただけますと幸いです。
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote request with head counts only; no identifiable person",
    },
    {
        "id": "fukushishisetsu-017",
        "sender": SAEKI,
        "to": ["さくらホテル箱根 宴会・団体予約 皆川様 <minagawa@sakura-hotel.jp>"],
        "subject": "【ひので生活支援センター】一泊旅行 参加者名簿・お部屋割り",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル箱根<br>皆川様</p>
<p>お世話になっております。ひので生活支援センターの佐伯です。<br>
12/3～4 一泊旅行の参加者名簿とお部屋割りをお送りします。<br>
お食事と夜間の対応についての配慮事項も記載しましたので、調理場・フロントの皆様とご共有ください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#ddeeff"><th>部屋</th><th>氏名</th><th>性別</th><th>年齢</th><th>車いす</th><th>食事形態</th><th>配慮事項</th></tr>
<tr><td>301</td><td>鏑木 俊</td><td>男</td><td>38</td><td>○</td><td>刻み</td><td>脳性麻痺。入浴は職員2名介助</td></tr>
<tr><td>301</td><td>菅生 修平</td><td>男</td><td>40</td><td>○</td><td>常食</td><td>脊髄損傷。夜間2時間ごとに体位交換</td></tr>
<tr><td>302</td><td>香取 拓海</td><td>男</td><td>28</td><td></td><td>常食</td><td>自閉スペクトラム症。大きな音が苦手</td></tr>
<tr><td>302</td><td>巽 一輝</td><td>男</td><td>25</td><td></td><td>常食</td><td>強度行動障害。夜間離室の可能性あり</td></tr>
<tr><td>303</td><td>能登 勝也</td><td>男</td><td>50</td><td></td><td>常食</td><td>高次脳機能障害。えびアレルギー</td></tr>
<tr><td>305</td><td>上遠野 直子</td><td>女</td><td>46</td><td></td><td>刻み</td><td>てんかん。発作時は座薬、職員同室</td></tr>
<tr><td>305</td><td>栗栖 美和</td><td>女</td><td>31</td><td></td><td>常食</td><td>てんかん。夕食後服薬</td></tr>
<tr><td>306</td><td>比嘉 ゆかり</td><td>女</td><td>36</td><td>○</td><td>ミキサー</td><td>胃ろう併用、夜間おむつ</td></tr>
<tr><td>306</td><td>御手洗 千夏</td><td>女</td><td>30</td><td></td><td>常食</td><td>卵アレルギー</td></tr>
<tr><td>306</td><td>雲雀 七海</td><td>女</td><td>23</td><td></td><td>常食</td><td></td></tr>
</table>
<p>職員の部屋割りは別途お知らせします。<br>どうぞよろしくお願いいたします。</p>
<p>日の出産業株式会社 福祉事業部<br>ひので生活支援センター サービス管理責任者 佐伯 真理子<br>TEL 042-765-4410</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of ten users, their disabilities, allergies and night care, to the hotel (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-018",
        "sender": HASEBE,
        "to": ["ケアナビコンサルティング 久住様 <kusumi@care-navi-consulting.co.jp>"],
        "subject": "GH新設の収支計画（ドラフトv0.3）",
        "charset": "utf-8",
        "body": """ケアナビコンサルティング
久住様

お世話になっております。長谷部です。
先日の打合せを踏まえて、東林間第二ホームの収支計画を修正しました。
前提条件のシートで入居率と夜間支援体制加算の区分を変えています。

ご意見いただければ幸いです。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "xlsx", "name": "GH東林間第二_収支計画_v0.3.xlsx",
             "page_header": "社外秘", "title": "【社外秘】GH東林間第二 収支計画",
             "sheets": {
                 "前提条件": [["【社外秘】グループホーム東林間第二 収支計画 v0.3"],
                              ["項目", "値", "備考"],
                              ["定員", 10, "2ユニット"],
                              ["入居率（初年度）", "70%", "2年目以降90%"],
                              ["平均支援区分", 3.8, ""],
                              ["夜間支援体制加算", "Ⅰ", "夜勤1名配置"],
                              ["家賃（月）", 52000, "家賃補助1万円別"]],
                 "収支計画": [["年度", "給付費収入", "家賃等収入", "人件費", "賃借料", "その他経費", "差引"],
                              ["R9", 38400000, 7488000, 31200000, 7800000, 4100000, 2788000],
                              ["R10", 49300000, 9626000, 36500000, 7800000, 4600000, 10026000],
                              ["R11", 50100000, 9626000, 37200000, 7800000, 4700000, 10026000]],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached business plan is stamped 社外秘 (sheet title and page header) and goes to an outside consultant (reason 6)",
    },
    {
        "id": "fukushishisetsu-019",
        "sender": TATEWAKI,
        "to": ["ケアナビコンサルティング 久住様 <kusumi@care-navi-consulting.co.jp>"],
        "subject": "月次の稼働率・加算取得状況（9月分）",
        "charset": "utf-8",
        "body": """久住様

お世話になっております。経理の帯刀です。
ご依頼の9月分 稼働率と加算の取得状況をお送りします。
事業所単位の集計のみで、個別の利用者情報は含めておりません。

ご確認よろしくお願いします。
""" + SIG_TATEWAKI,
        "attachments": [
            {"kind": "xlsx", "name": "稼働率_202609.xlsx", "sheets": {
                "稼働率": [["令和8年9月 事業所別稼働率"],
                           ["事業所", "定員", "延べ利用", "開所日数", "稼働率"],
                           ["ひので生活支援センター", 20, 402, 22, "91.4%"],
                           ["ひのでワークス", 20, 371, 21, "88.3%"],
                           ["ひのでキッズ", 10, 214, 23, "93.0%"],
                           ["ひのでハウス東林間", 6, 180, 30, "100.0%"]],
                "加算": [["事業所", "処遇改善", "人員配置体制", "送迎", "食事提供", "欠席時対応"],
                         ["ひので生活支援センター", "Ⅰ", "Ⅱ", "○", "○", "○"],
                         ["ひのでワークス", "Ⅰ", "-", "○", "○", "○"],
                         ["ひのでキッズ", "Ⅱ", "-", "○", "-", "○"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated figures per office, no marking, no persons",
    },
    {
        "id": "fukushishisetsu-020",
        "sender": TAKANASHI,
        "to": ["みらい薬局 相模大野店 寺嶋様 <terashima@mirai-pharmacy.co.jp>"],
        "subject": "服薬のヒヤリハット報告と一包化のご相談",
        "charset": "cp932",
        "body": """みらい薬局 相模大野店
薬剤師　寺嶋様

いつもお世話になっております。ひので生活支援センター看護師の小鳥遊です。

本日昼の服薬介助で、以下のヒヤリハットがありましたのでご報告します。

・栗栖 美和さん（てんかん：デパケンR 400mg 朝夕、ラミクタール 昼）の昼薬と
　能登 勝也さん（降圧剤 アムロジピン、高次脳機能障害後の抗けいれん薬）の昼薬を
　配薬トレイ上で取り違えかけ、服薬直前に別の職員が気付きました。
・実際の誤薬はなく、お二人とも体調に変化はありません。

原因は昼薬の包装が同じ白色で名前の印字が小さいことと考えています。
お二人分について、一包化の袋に氏名を大きく印字するか、色分けが可能か
ご相談させてください。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named users with their diagnoses and medication sent to an outside pharmacy (reason 3)",
    },
    {
        "id": "fukushishisetsu-021",
        "sender": TAKANASHI,
        "to": ["みらい薬局 相模大野店 寺嶋様 <terashima@mirai-pharmacy.co.jp>"],
        "subject": "職員向け「服薬介助の基本」研修の講師ご依頼",
        "charset": "iso-2022-jp",
        "body": """寺嶋様

いつもお世話になっております。ひので生活支援センターの小鳥遊です。

昨年好評だった職員研修を、今年もお願いできないかと思いご連絡しました。

　日時：12月10日（木）17:30～18:30
　場所：ひので生活支援センター 1階 多目的室
　対象：生活支援員・パート職員 約15名
　内容：配薬・服薬介助の基本、よくあるヒヤリハット事例、頓服の扱い

謝礼は昨年と同額（1万円）を予定しております。
ご都合はいかがでしょうか。
""" + SIG_TAKANASHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training request to a pharmacy with no personal data",
    },
    {
        "id": "fukushishisetsu-022",
        "sender": SAEKI,
        "to": [SHISHIDO],
        "subject": "個別支援計画（鏑木様）署名済みのご送付",
        "charset": "utf-8",
        "body": """宍戸様

お世話になっております。佐伯です。
鏑木様の個別支援計画について、ご本人・お母様の署名をいただきましたので
PDFでお送りします。原本は次回モニタリング時にお渡しします。
""" + SIG_SAEKI,
        "attachments": [
            {"kind": "pdf", "name": "個別支援計画_鏑木様_R8後期.pdf", "title": "個別支援計画書",
             "lines": ["個別支援計画書（令和8年10月～令和9年3月）",
                       "事業所：ひので生活支援センター（生活介護）",
                       "利用者氏名：鏑木 俊　　生年月日：昭和63年2月14日",
                       "障害の状況：脳性麻痺（痙直型四肢麻痺）、身体障害者手帳1級、障害支援区分6",
                       "医療的配慮：嚥下機能低下のため刻み食・とろみ付き。誤嚥性肺炎の既往（令和7年6月入院）",
                       "本人の意向：「みんなと一緒に外に出かけたい」",
                       "長期目標：体調を整え、月2回の外出活動に参加する",
                       "短期目標：食事時の姿勢保持を30分続けられる",
                       "支援内容：食事介助（職員1名）、排泄介助（2名）、リハビリ体操（週3回）",
                       "作成者：サービス管理責任者 佐伯 真理子",
                       "本人署名：鏑木 俊（代筆：母 鏑木 恵子）"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named user's service plan PDF with diagnosis, disability grade and medical history to an external office (reason 3)",
    },
    {
        "id": "fukushishisetsu-023",
        "sender": SHOJI,
        "to": ["清瀬社会保険労務士事務所 清瀬先生 <kiyose@kiyose-sr.jp>"],
        "subject": "障害年金（更新）の診断書取得前のご相談／入居者 轟様",
        "charset": "utf-8",
        "body": """清瀬先生

お世話になっております。ひのでハウス東林間の東海林です。
以前ご相談した入居者の障害年金の件、ご本人の同意が取れましたので
申立てに必要な情報を添付のWordにまとめました。

来月の更新に間に合うか、一度お電話でご相談させてください。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "docx", "name": "障害年金_轟様_基本情報.docx",
             "paragraphs": ["障害基礎年金 更新に係る基本情報",
                            "氏名：轟 正樹（とどろき まさき）",
                            "生年月日：昭和53年10月8日",
                            "住所：神奈川県相模原市南区東林間4-2-11 ひのでハウス東林間",
                            "基礎年金番号：4521-083316",
                            "傷病名：統合失調症（初診日 平成14年5月、相模中央病院 精神科）",
                            "現在の等級：2級（令和4年更新）",
                            "主治医：相模中央病院 精神科 野々宮医師",
                            "日常生活の状況：服薬管理・金銭管理に支援を要する。日中は就労継続支援B型に週4日通所"]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a resident's 基礎年金番号 and psychiatric diagnosis in a DOCX to a labour consultant (reasons 2, 3)",
    },
    {
        "id": "fukushishisetsu-024",
        "sender": TESHIGAWARA,
        "to": ["清瀬社会保険労務士事務所 清瀬先生 <kiyose@kiyose-sr.jp>"],
        "subject": "就業規則（夜勤・宿直）改定と秘密保持誓約書の見直しについて",
        "charset": "utf-8",
        "body": """清瀬先生

いつもお世話になっております。
日の出産業 福祉事業部 総務の勅使河原です。

グループホーム開設に向けて、以下2点のご相談をお願いできますでしょうか。

1. 就業規則の夜勤・宿直に関する条文の改定
　 宿直許可の申請要否、夜勤明けの休息時間の定め方についてご意見をいただきたいです。

2. 入職時の秘密保持誓約書（個人情報の取扱い）の見直し
　 利用者の個人情報を退職後も漏らさない旨の条項を明確にしたいと考えています。
　 他法人の例などあれば参考にさせてください。

来週のご訪問時に30分ほどお時間をいただければ幸いです。
""" + SIG_TESHIGAWARA + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about work rules and a confidentiality pledge; the standard disclaimer only mentions 機密情報",
    },
    {
        "id": "fukushishisetsu-025",
        "sender": DOMEKI,
        "to": ["丸高保険サービス 蓮見様 <hasumi@hoken-marutaka.co.jp>"],
        "subject": "送迎ドライバーの運転者登録（年齢条件確認用）",
        "charset": "cp932",
        "body": """丸高保険サービス
蓮見様

お世話になっております。日の出産業の百目鬼です。
自動車保険の更新にあたり、送迎を担当する職員の一覧をお送りします。
年齢条件の設定と、免許の色による割引の確認をお願いします。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "xls", "name": "運転者一覧_R8.xls", "sheets": {
                "運転者": [["氏名", "生年月日", "運転免許証番号", "免許の色", "有効期限", "担当車両"],
                           ["百目鬼 剛", "1979/03/22", "452003118640", "ゴールド", "2029/04/22", "相模 800 さ 12-34"],
                           ["真田 昌平", "1991/11/05", "452109284417", "ブルー", "2027/12/05", "相模 500 ふ 56-78"],
                           ["阿久津 隼人", "1999/06/30", "452203561192", "グリーン", "2027/07/30", "相模 501 ほ 90-12"],
                           ["藤堂 静香", "1985/01/17", "302004472309", "ゴールド", "2028/02/17", "相模 500 ふ 56-78"],
                           ["宇佐美 亮", "1988/09/09", "452107730851", "ブルー", "2029/10/09", "相模 800 さ 12-34"],
                           ["楠木 つばさ", "1996/12/24", "452201948826", "ブルー", "2028/01/24", "相模 501 ほ 90-12"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with six drivers' licence numbers and birth dates to an insurance agency (reasons 1, 2)",
    },
]

# ==========================================================================================
# 026 – 050
# ==========================================================================================

MESSAGES += [
    {
        "id": "fukushishisetsu-026",
        "sender": DOMEKI,
        "to": ["丸高保険サービス 蓮見様 <hasumi@hoken-marutaka.co.jp>"],
        "subject": "車両入替に伴う契約内容変更のお願い",
        "charset": "cp932",
        "body": """蓮見様

お世話になっております。百目鬼です。

12月1日付で送迎車両を1台入れ替えますので、契約変更をお願いします。

　旧車両：日産 NV200（登録番号 相模 500 ふ 56-78／車台番号 VM20-118432）
　新車両：トヨタ ハイエース 車いす仕様（登録番号 相模 800 さ 45-67／車台番号 TRH200-0391726）
　使用目的：業務使用（利用者送迎）

車検証の写しは郵送いたします。
補償内容は旧車両と同じで構いません。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "vehicle registration and chassis numbers only",
    },
    {
        "id": "fukushishisetsu-027",
        "sender": TESHIGAWARA,
        "to": ["グローバルブリッジ支援機構 支援担当 <shien@global-bridge-support.jp>"],
        "subject": "特定技能職員2名の定期面談に係る在留カード情報",
        "charset": "iso-2022-jp",
        "body": """一般社団法人グローバルブリッジ支援機構
支援担当　ご担当者様

いつもお世話になっております。日の出産業の勅使河原です。

当社で就労中の特定技能（介護）職員2名の定期面談（11月）に向けて、
ご依頼のあった在留カード情報をお送りします。

１．グエン・ティ・ラン（NGUYEN THI LAN）
　　生年月日：1999年3月14日
　　在留カード番号：UH48207531FA
　　在留期間満了日：2027年6月30日
　　勤務先：ひので生活支援センター

２．レジェス・マリア・サントス（REYES MARIA SANTOS）
　　生年月日：1996年10月2日
　　在留カード番号：PK73015926JB
　　在留期間満了日：2027年2月15日
　　勤務先：ひのでハウス東林間

面談日程は追ってご相談させてください。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "two staff members' residence card numbers and birth dates to an outside support body (reason 2)",
    },
    {
        "id": "fukushishisetsu-028",
        "sender": TESHIGAWARA,
        "to": ["湊 翔太 <minato.shota.1998@gmail.com>"],
        "subject": "【日の出産業】生活支援員 採用面接日程のご案内",
        "charset": "utf-8",
        "body": """湊 翔太 様

このたびは日の出産業株式会社 福祉事業部の生活支援員募集にご応募いただき、
誠にありがとうございます。総務・人事グループの勅使河原です。

書類選考の結果、面接にお越しいただきたく、ご案内いたします。

　日時：11月12日（木）14:00～15:00
　場所：ひので生活支援センター（神奈川県相模原市南区相模大野7-18-3）
　　　　小田急線 相模大野駅 北口より徒歩8分
　持ち物：筆記用具、資格証の写し（お持ちの場合）

ご都合が悪い場合は、このメールにご返信ください。
当日お会いできることを楽しみにしております。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview invitation to one applicant on gmail; only the office address, no third-party data",
    },
    {
        "id": "fukushishisetsu-029",
        "sender": IGARASHI,
        "to": ["大鳥 美咲 <misaki.otori.0510@gmail.com>",
               "綿貫 智子 <watanuki_tomoko@yahoo.co.jp>",
               "百瀬 剛志 <momose.t@docomo.ne.jp>",
               "神林 由佳 <yuka-kanbayashi@icloud.com>",
               "久遠 聡 <kuon.satoshi@ezweb.ne.jp>",
               "樋渡 恵理 <eri.hiwatashi@outlook.jp>"],
        "subject": "【ひのでキッズ】11/5（木）お迎え時間変更のお知らせ",
        "charset": "iso-2022-jp",
        "body": """保護者の皆様

いつもひのでキッズへのご理解・ご協力をありがとうございます。
児童発達支援管理責任者の五十嵐です。

11月5日（木）は職員研修のため、お迎え（送り）の時間を次のように変更させてください。

　通常　：17:30 事業所発
　11/5　：17:00 事業所発（各ご家庭への到着は30分ほど早まります）

ご都合の悪いご家庭は、前日までに事業所までお電話ください。
ご迷惑をおかけしますが、どうぞよろしくお願いいたします。
""" + SIG_IGARASHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "six parents' private addresses all in To: each sees the others (reason 4)",
    },
    {
        "id": "fukushishisetsu-030",
        "sender": IGARASHI,
        "to": ["ひのでキッズ <hinode-kids@hinode-sangyo.co.jp>"],
        "bcc": ["misaki.otori.0510@gmail.com", "watanuki_tomoko@yahoo.co.jp", "momose.t@docomo.ne.jp",
                "yuka-kanbayashi@icloud.com", "kuon.satoshi@ezweb.ne.jp", "eri.hiwatashi@outlook.jp",
                "uruma.family@gmail.com", "kotone-mama@softbank.ne.jp"],
        "subject": "台風14号の接近に伴う臨時休所のお知らせ（10/30）",
        "charset": "cp932",
        "body": """保護者の皆様（BCCにて一斉送信しております）

ひのでキッズの五十嵐です。

台風14号の接近により、明日10月30日（金）は警報の発令にかかわらず
臨時休所とさせていただきます。
31日（土）の開所については、明朝7時までにこのメールでお知らせします。

お休みの間にご心配なことがあれば、事業所の携帯（080-2045-7718）へご連絡ください。
""" + SIG_IGARASHI,
        "html": """<html><body style="font-size:12pt">
<p>保護者の皆様（BCCにて一斉送信しております）</p>
<p>ひのでキッズの五十嵐です。</p>
<p style="font-weight:bold;color:#c00000">台風14号の接近により、明日10月30日（金）は警報の発令にかかわらず臨時休所とさせていただきます。</p>
<p>31日（土）の開所については、明朝7時までにこのメールでお知らせします。</p>
<p>お休みの間にご心配なことがあれば、事業所の携帯（080-2045-7718）へご連絡ください。</p>
<p>放課後等デイサービス ひのでキッズ<br>児童発達支援管理責任者　五十嵐 結衣<br>TEL 042-799-6630</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to parents correctly sent in Bcc; only the office's own phone",
    },
    {
        "id": "fukushishisetsu-031",
        "sender": IGARASHI,
        "to": ["大鳥 美咲 <misaki.otori.0510@gmail.com>"],
        "subject": "本日の陽向さんの様子について（発作のご報告）",
        "charset": "utf-8",
        "body": """大鳥 陽向さんのお母様

ひのでキッズの五十嵐です。お電話でもお伝えしましたが、改めてご報告いたします。

本日15時20分頃、おやつの後に陽向さんに発作（意識がぼんやりし、右手がぴくつく状態が約1分）が
ありました。主治医の先生の指示書どおり様子を見て、3分後には普段どおりに戻りました。
頓服（ダイアップ）は使用していません。体温36.8℃、その後は元気に過ごしています。

9月にも一度同様のことがありましたので、次回の受診時に主治医の先生へお伝えいただけますと
幸いです。記録表のコピーは連絡帳に挟んでお渡しします。
""" + SIG_IGARASHI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a child's seizure reported to the child's own mother on gmail: health data, but to the person's legal guardian",
    },
    {
        "id": "fukushishisetsu-032",
        "sender": JONOUCHI,
        "to": ["ツバサシステム サポートセンター <support@tsubasa-sytem.jp>"],
        "subject": "「ふくし請求ネクスト」実績取込時のエラーについて（お客様番号 HN-20418）",
        "charset": "cp932",
        "body": """ツバサシステム株式会社
サポートセンター ご担当者様

お世話になっております。日の出産業株式会社の城之内です（お客様番号 HN-20418）。

本日、10月分の実績データ取込時に以下のエラーが出て取込が止まります。

　エラー：E-3021 実績記録票の日付が請求年月と一致しません
　バージョン：ふくし請求ネクスト Ver.8.4.2
　端末：Windows 11 Pro（事務所PC-03）

9月分までは問題なく取り込めていました。
エラーログをテキストで添付しますのでご確認ください。
""" + SIG_JONOUCHI,
        "attachments": [
            {"kind": "txt", "name": "import_error.log", "encoding": "utf-8",
             "text": "2026-11-02 09:41:12 INFO import start month=202610 office=1412500871\n"
                     "2026-11-02 09:41:13 ERROR E-3021 record_date=2026-09-30 month=202610 row=118\n"
                     "2026-11-02 09:41:13 INFO import aborted\n"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp is a misspelling (letters dropped/swapped) of the partner tsubasa-system.jp (reason 5)",
    },
    {
        "id": "fukushishisetsu-033",
        "sender": ONIZUKA,
        "to": ["ツバサシステム 芦田様 <ashida@tsubasa-system.jp>"],
        "subject": "端末入替後のライセンス認証について",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
芦田様

お世話になっております。日の出産業 情報システム部の鬼塚です。

ひのでワークスの事務PCを入れ替えたところ、ふくし請求ネクスト起動時に
ライセンス認証画面が出て先に進めません（画面キャプチャを添付します）。
旧端末のライセンス解除はまだ行っていません。

リモートでの対応をお願いできる日時をいくつかいただけますでしょうか。
""" + SIG_ONIZUKA,
        "attachments": [
            {"kind": "png", "name": "license_error.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "support request with a screenshot to the real partner domain",
    },
    {
        "id": "fukushishisetsu-034",
        "sender": JONOUCHI,
        "to": ["ツバサシステム 芦田様 <ashida@tsubasa-system.jp>"],
        "subject": "FW: 利用者マスタ（移行テスト用）",
        "charset": "iso-2022-jp",
        "body": """芦田様

お世話になっております。城之内です。
新システムへの移行テスト用に、生活介護の利用者マスタを転送いたします。
佐伯から届いたものをそのままお送りしますので、取込テストにお使いください。

-----Original Message-----
From: 佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>
Sent: Monday, November 2, 2026 10:14 AM
To: 城之内 彩 <jonouchi.aya@hinode-sangyo.co.jp>
Subject: 利用者マスタ（移行テスト用）

城之内さん

移行用の利用者マスタです。タブ区切りで貼ります。

受給者証番号	氏名	カナ	生年月日	性別	支援区分	支給量
1400198821	香取 拓海	カトリ タクミ	H10.5.21	男	5	当該月の日数-8日
1400237815	矢作 里奈	ヤハギ リナ	H4.11.3	女	4	当該月の日数-8日
1400104473	鏑木 俊	カブラギ シュン	S63.2.14	男	6	当該月の日数-8日
1400166290	上遠野 直子	カドノ ナオコ	S55.8.30	女	5	当該月の日数-8日
1400311058	巽 一輝	タツミ カズキ	H13.1.9	男	6	当該月の日数-8日
1300452297	御手洗 千夏	ミタライ チナツ	H8.7.7	女	3	22日
1400120934	比嘉 ゆかり	ヒガ ユカリ	H2.4.18	女	6	当該月の日数-8日

佐伯
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a forward: the internal tab-separated master of seven users with birth dates and disability support classes is new to the vendor (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-035",
        "sender": ONIZUKA,
        "to": ["ツバサシステム 営業部 桑原様 <kuwabara@tsubasa-system.jp>"],
        "cc": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "データ移行業務に関する秘密保持契約書（案）の送付",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社
営業部　桑原様

いつもお世話になっております。日の出産業の鬼塚です。

新請求システムへのデータ移行業務に先立ち、秘密保持契約書（案）を作成しました。
当社顧問の白川先生にもCCでお送りしております。
第4条（個人情報の取扱い）と第7条（返還・廃棄）を中心にご確認いただき、
修正のご希望があれば変更履歴付きでお戻しください。

実データの受け渡しは、本契約締結後に専用の受け渡しサービスで行う予定です。
""" + SIG_ONIZUKA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_案_20261104.docx",
             "paragraphs": ["秘密保持契約書（案）",
                            "日の出産業株式会社（以下「甲」という）とツバサシステム株式会社（以下「乙」という）は、"
                            "甲の障害福祉サービス請求データの移行業務に関し、次のとおり契約を締結する。",
                            "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                            "第2条（秘密情報）秘密情報とは、開示の方法を問わず、甲が乙に開示する一切の情報をいう。",
                            "第4条（個人情報の取扱い）乙は、甲から預託された個人情報（要配慮個人情報を含む）を"
                            "本業務の目的以外に利用してはならない。",
                            "第7条（返還・廃棄）乙は、本業務終了後速やかに秘密情報を返還又は廃棄し、その証明書を甲に提出する。",
                            "第10条（有効期間）本契約の有効期間は締結日から3年間とする。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "an NDA draft sent to the vendor with the company lawyer in Cc: mail about confidentiality, two external organisations",
    },
    {
        "id": "fukushishisetsu-036",
        "sender": ONIZUKA,
        "to": ["ツバサシステム 芦田様 <ashida@tsubasa-system.jp>"],
        "subject": "Re: 請求データ連携のインタフェース項目について",
        "charset": "utf-8",
        "body": """芦田様

鬼塚です。インタフェース項目一覧のご送付ありがとうございました。
当社側で確認した結果をPDFにまとめましたのでお送りします。

なお、機密保持契約の締結が済むまでは実データではなくダミーデータで
疎通確認をさせてください。

> 鬼塚様
> 連携項目の一覧を作成しましたので、過不足がないかご確認ください。
> ツバサシステム 芦田
""" + SIG_ONIZUKA,
        "attachments": [
            {"kind": "pdf", "name": "IF項目確認結果_v1.pdf", "title": "インタフェース項目確認結果",
             "lines": ["請求データ連携 インタフェース項目確認結果（日の出産業）", ""],
             "table": [["No", "項目名", "型", "桁", "当社確認"],
                       ["1", "事業所番号", "数字", "10", "OK"],
                       ["2", "受給者証番号", "数字", "10", "OK"],
                       ["3", "サービスコード", "数字", "6", "OK"],
                       ["4", "提供日", "日付", "8", "OK"],
                       ["5", "開始時刻", "時刻", "4", "送迎加算との関係要確認"],
                       ["6", "送迎区分", "区分", "1", "OK"],
                       ["7", "食事提供", "区分", "1", "追加希望"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "field definitions only; 機密保持契約 mentioned in passing, no marking",
    },
    {
        "id": "fukushishisetsu-037",
        "sender": SHOJI,
        "to": ["白川法律事務所 白川 恵 先生 <shirakawa@shirakawa-law.jp>"],
        "cc": [HASEBE],
        "subject": "入居者の訪問販売被害についてのご相談",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。ひのでハウス東林間の東海林です。
入居者の件で至急ご相談させてください。

入居者の鮫島 幸子さん（41歳、知的障害・療育手帳B1、成年後見人なし）が、
10月24日の日中、ホームに来訪した業者から羽毛布団2組とマットレスを
総額48万6千円で契約してしまったことが分かりました。
頭金として手元の現金8万円を渡しており、残額はクレジット契約になっています。

・業者名：株式会社ドリームスリープ（名刺のみ、所在地不明）
・契約書の写し：手元にあります
・ご本人は「断れなかった」と話しています

クーリングオフの期限が迫っているため、取るべき手続きをご教示いただけますでしょうか。
お電話でも構いません（ホーム 042-743-8802）。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named resident's intellectual disability and her having been the victim of a fraudulent sale, to the law firm (reason 3)",
    },
    {
        "id": "fukushishisetsu-038",
        "sender": HASEBE,
        "to": ["白川法律事務所 白川 恵 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "利用契約書・重要事項説明書（雛形）改定版のリーガルチェック依頼",
        "charset": "utf-8",
        "body": """白川先生

お世話になっております。長谷部です。
令和9年度報酬改定に合わせて、利用契約書と重要事項説明書の雛形を改定しました。
変更箇所は黄色でマーキングしています。

特に「個人情報の取扱い」の条項で、関係機関への情報提供の同意範囲の書き方が
適切かどうかご確認いただけますと助かります。

11月末までにご意見をいただければ幸いです。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "docx", "name": "利用契約書_雛形_R9改定案.docx",
             "paragraphs": ["障害福祉サービス利用契約書（雛形）",
                            "利用者　　　　　　　　（以下「利用者」という。）と日の出産業株式会社（以下「事業者」という。）は、"
                            "事業者が提供するサービスについて、次のとおり契約を締結します。",
                            "第12条（個人情報の取扱い）事業者は、利用者及びその家族の個人情報を、サービス担当者会議、"
                            "関係機関との連絡調整等、別紙に定める目的の範囲内で利用します。",
                            "利用者氏名：＿＿＿＿＿＿＿＿　　代理人氏名：＿＿＿＿＿＿＿＿",
                            "住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank contract template for legal review; 個人情報 only as a clause title",
    },
    {
        "id": "fukushishisetsu-039",
        "sender": HASEBE,
        "to": ["白川 恵 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "Re: 利用契約書・重要事項説明書（雛形）改定版のリーガルチェック依頼",
        "charset": "iso-2022-jp",
        "body": """白川先生

早速のご確認ありがとうございました。長谷部です。
2点だけ追加で質問させてください。

1. 第12条の同意範囲に「災害時の避難支援」を加える場合、別紙に列挙すれば足りるか
2. 代理人が成年後見人でない家族の場合の署名欄の表記

ご多忙のところ恐縮ですが、よろしくお願いいたします。

> 長谷部様
> 雛形拝見しました。第12条は概ね問題ありませんが、第3項の文言を修正案のとおり
> 整理されるとよいと思います。
> 白川法律事務所 白川
""" + SIG_HASEBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp is the partner law firm's domain with co. added (another TLD) (reason 5)",
    },
    {
        "id": "fukushishisetsu-040",
        "sender": WATARAI,
        "to": ["錦印刷 営業部 桐谷様 <kiriya@nishiki-insatsu.co.jp>"],
        "subject": "広報誌「ひので通信」冬号 発送先リストの送付",
        "charset": "utf-8",
        "body": """錦印刷株式会社
桐谷様

いつもお世話になっております。ひのでワークスの渡会です。

冬号（12月10日発送）の宛名印字用リストをCSVでお送りします。
今回はご家族分と関係機関分を一つのファイルにまとめました。
宛名ラベルの様式は前回と同じでお願いします。
""" + SIG_WATARAI,
        "attachments": [
            {"kind": "csv", "name": "hinode_tsushin_fuyu_atesaki.csv", "encoding": "utf-8-sig", "rows": [
                ["郵便番号", "住所1", "住所2", "宛名", "敬称", "区分"],
                ["252-0318", "神奈川県相模原市南区上鶴間本町4-22-7", "", "香取 恵美", "様", "家族"],
                ["242-0007", "神奈川県大和市中央林間7-3-28", "", "矢作 和子", "様", "家族"],
                ["252-0311", "神奈川県相模原市南区東林間5-13-9", "", "鏑木 恵子", "様", "家族"],
                ["252-0327", "神奈川県相模原市南区新磯野3-44-8", "", "上遠野 里美", "様", "家族"],
                ["252-0003", "神奈川県座間市ひばりが丘4-7-2", "", "巽 由香里", "様", "家族"],
                ["194-0203", "東京都町田市南つくし野2-30-17", "", "御手洗 健", "様", "家族"],
                ["252-0011", "神奈川県座間市相武台2-41-16", "コーポ相武台203", "能登 真由", "様", "家族"],
                ["252-0236", "神奈川県相模原市中央区上溝6-18-2", "", "比嘉 良子", "様", "家族"],
                ["242-0006", "神奈川県大和市南林間9-14-3", "サニーハイツ105", "猿渡 孝子", "様", "家族"],
                ["243-0405", "神奈川県海老名市国分南1-28-11", "", "纐纈 幸三", "様", "家族"],
                ["252-0328", "神奈川県相模原市南区麻溝台1-8-21", "", "菅生 律子", "様", "家族"],
                ["252-0303", "神奈川県相模原市南区相模大野6-22-1", "相模原市南区役所", "福祉課", "御中", "関係機関"],
                ["252-0344", "神奈川県相模原市南区古淵2-4-7", "", "相談支援センターひかり", "御中", "関係機関"],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV with eleven families' names and home addresses to the printer (reason 1)",
    },
    {
        "id": "fukushishisetsu-041",
        "sender": WATARAI,
        "to": ["錦印刷 営業部 桐谷様 <kiriya@nishiki-insatsu.co.jp>"],
        "subject": "「ひので通信」冬号 原稿の入稿",
        "charset": "utf-8",
        "body": """桐谷様

お世話になっております。渡会です。
冬号の原稿（Word）をお送りします。写真は別便のストレージでお送りします。

写真は個人情報保護の観点から、利用者さんのお顔が分からないものだけを選んでいます。
念のため、校正の際にお名前が写り込んでいないかも見ていただけると助かります。

初校は11月20日頃にいただけますでしょうか。
""" + SIG_WATARAI,
        "attachments": [
            {"kind": "docx", "name": "ひので通信_冬号_原稿.docx",
             "paragraphs": ["ひので通信　令和8年 冬号",
                            "◆ 秋祭りを開催しました",
                            "10月18日、ひのでワークスの中庭で秋祭りを開催し、地域の皆さま約120名にご来場いただきました。"
                            "利用者さんが焼いたクッキーは開始30分で完売しました。",
                            "◆ 新しい職員を紹介します",
                            "生活支援員として一ノ瀬が着任しました。「作業の楽しさを一緒に見つけたいです」",
                            "◆ 年末年始の休所日",
                            "12月29日（火）～1月3日（日）はお休みです。",
                            "◆ 自主製品のご注文はひのでワークス（046-252-3390）まで"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "newsletter copy; 個人情報 mentioned in passing, only a staff surname and the office phone",
    },
    {
        "id": "fukushishisetsu-042",
        "sender": ICHINOSE,
        "to": ["錦印刷 生産管理課 <seisan@nishiki-insatsu.co.jp>"],
        "subject": "DM封入作業のお見積り（ひのでワークス）",
        "charset": "cp932",
        "body": """錦印刷株式会社
生産管理課 ご担当者様

いつもお仕事をいただきありがとうございます。
就労継続支援B型 ひのでワークスの一ノ瀬です。

ご依頼いただいたDM封入作業について、お見積りをお送りします。

　作業内容：チラシ2種＋返信はがきの三つ折り・封入・封緘
　数量　　：3,000通
　単価　　：4.5円／通（税別）
　納期　　：材料受領後 7営業日
　受け渡し：貴社便での引取り・納品

検品は職員が全数行います。
ご検討よろしくお願いいたします。
""" + SIG_ICHINOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price quote for packing work; no personal data",
    },
    {
        "id": "fukushishisetsu-043",
        "sender": WATARAI,
        "to": ["桐谷様 <kiriya@nishikl-insatsu.co.jp>"],
        "subject": "Re: 「ひので通信」冬号 初校のお戻し",
        "charset": "utf-8",
        "body": """桐谷様

初校ありがとうございました。渡会です。
赤字を入れたPDFは明日お送りしますが、先に大きな修正点だけお伝えします。

・2ページ目の写真キャプション「秋祭りの様子」→「中庭でのステージ発表」
・裏表紙の電話番号の市外局番が抜けています

再校は11月27日頃でお願いできますか。

> 渡会様
> 冬号の初校をお送りします。ご確認のほどよろしくお願いいたします。
> 錦印刷 桐谷
""" + SIG_WATARAI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishikl-insatsu.co.jp uses an l for the i of the partner nishiki-insatsu.co.jp (homoglyph) (reason 5)",
    },
    {
        "id": "fukushishisetsu-044",
        "sender": TATEWAKI,
        "to": ["みどり銀行 相模大野支店 野々村様 <nonomura@midori-ginko.co.jp>"],
        "subject": "11月 口座振替依頼データ（利用者負担金・食費）",
        "charset": "utf-8",
        "body": """みどり銀行 相模大野支店
法人営業課　野々村様

いつもお世話になっております。日の出産業 経理の帯刀です。

11月27日引落し分の口座振替依頼データをお送りします。
伝送サービスの登録がまだ完了していないため、今回に限りExcelでお願いいたします。
""" + SIG_TATEWAKI,
        "attachments": [
            {"kind": "xlsx", "name": "口座振替依頼_202611.xlsx", "sheets": {
                "振替依頼": [
                    ["口座振替依頼明細（委託者：日の出産業株式会社　引落日：2026/11/27）"],
                    ["顧客番号", "預金者名（カナ）", "金融機関", "支店", "種目", "口座番号", "金額"],
                    ["H0012", "カトリ エミ", "みどり銀行", "相模大野", "普通", "3081126", 9300],
                    ["H0015", "ヤハギ カズコ", "横浜中央信金", "大和", "普通", "0442917", 12840],
                    ["H0021", "カブラギ ケイコ", "みどり銀行", "東林間", "普通", "2275034", 9300],
                    ["H0024", "カドノ サトミ", "ゆうちょ銀行", "〇一八", "普通", "6620183", 15600],
                    ["H0031", "タツミ ユカリ", "みどり銀行", "座間", "普通", "1190476", 9300],
                    ["H0033", "ミタライ ケン", "町田さくら銀行", "南町田", "普通", "5038812", 11200],
                    ["H0040", "ヒガ ヨシコ", "みどり銀行", "上溝", "普通", "4410297", 18450],
                    ["H0042", "ノト マユ", "みどり銀行", "相武台", "当座", "0081564", 9300],
                    ["H0047", "スゴウ リツコ", "横浜中央信金", "麻溝", "普通", "0926631", 9300],
                ],
                "集計": [["件数", 9], ["合計金額", 104590]],
            }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "nine account holders' names and account numbers to the bank by mail (reason 1)",
    },
    {
        "id": "fukushishisetsu-045",
        "sender": TATEWAKI,
        "to": ["みどり銀行 相模大野支店 野々村様 <nonomura@midori-ginko.co.jp>"],
        "subject": "口座振替の件数・手数料のご確認",
        "charset": "iso-2022-jp",
        "html": """<div style="font-family:'MS PGothic';font-size:11pt">
<p>野々村様</p>
<p>いつもお世話になっております。帯刀です。</p>
<p>10月分の口座振替結果について、通帳記帳で確認した内容と合わせて<br>
以下の理解で相違ないかご確認ください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>振替件数</th><td>38件（うち振替不能 2件）</td></tr>
<tr><th>振替金額合計</th><td align="right">412,300円</td></tr>
<tr><th>手数料</th><td>38件 × 110円 ＝ 4,180円（税込）</td></tr>
</table>
<p>振替不能の2件は当方からご家族へ連絡済みです。<br>
来月から伝送サービスに切り替える件、申込書は来週お持ちします。</p>
<p>＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝<br>日の出産業株式会社 福祉事業部 経理担当<br>帯刀 千尋<br>
TEL：03-5294-7708　FAX：03-5294-7719<br>＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝</p>
</div>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "totals and fees only; no account holders named",
    },
    {
        "id": "fukushishisetsu-046",
        "sender": HASEBE,
        "to": ["みどり銀行 法人融資部 若林様 <wakabayashi@midori-ginko.co.jp>"],
        "subject": "就労B事業所の事業譲受に関する資金計画のご説明資料",
        "charset": "utf-8",
        "body": """みどり銀行 法人融資部
若林様

いつも大変お世話になっております。日の出産業の長谷部でございます。

先日お話しした、座間市内の就労継続支援B型事業所の事業譲受について、
社内の経営会議で使用した説明資料をお送りいたします。
融資のご検討にあたり、ご不明点があればお知らせください。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "pptx", "name": "事業譲受計画_経営会議資料.pptx", "page_footer": "極秘　日の出産業株式会社",
             "title": "事業譲受計画（極秘）",
             "slides": [["事業譲受計画（案）", "対象：就労継続支援B型 事業所（座間市）", "定員20名／稼働率82%"],
                        ["スキーム", "事業譲渡（資産・従業員承継）", "譲受予定日：令和9年4月1日"],
                        ["資金計画", "譲受対価：3,800万円", "うち借入：3,000万円（10年）", "自己資金：800万円"],
                        ["収支見通し", "初年度営業利益：420万円", "3年目：1,150万円"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "slides stamped 極秘 on every page and in the title go to the bank (reason 6)",
    },
    {
        "id": "fukushishisetsu-047",
        "sender": TATEWAKI,
        "to": ["野々村 <nonomura@midori-ginko.com>"],
        "subject": "口座振替 伝送サービス申込書の記入方法について",
        "charset": "cp932",
        "body": """みどり銀行
野々村様

お世話になっております。日の出産業 経理の帯刀です。

伝送サービスの申込書について、2点教えてください。
　1. 委託者コードは既存の振替契約のものを記入すればよいか
　2. 利用開始希望日は12月1日でも間に合うか

お手すきの際にご回答いただけますと幸いです。
""" + SIG_TATEWAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginko.com: the partner bank's name on another TLD (reason 5)",
    },
    {
        "id": "fukushishisetsu-048",
        "sender": ICHINOSE,
        "to": ["北国フーズ 給食事業部 真壁様 <makabe@kitaguni-foods.co.jp>"],
        "subject": "昼食の個別対応についてのお願い（ひのでワークス）",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
給食事業部　真壁様

いつもおいしい昼食をありがとうございます。ひのでワークスの一ノ瀬です。

12月から以下の3名について、昼食の個別対応をお願いできますでしょうか。

■ラーマン・モハマドさん
　イスラム教を信仰されているため、豚肉・豚由来の調味料（ラード、ゼラチン等）とアルコールを含む
　料理は提供不可。可能であればハラール対応の肉をお願いします。

■纐纈 由美さん
　嚥下機能の低下（10月に主治医より指示あり）により、主菜・副菜を刻み食、汁物にとろみをお願いします。

■漆原 大輔さん
　2型糖尿病のため、主治医の指示で主食（ご飯）を150gに。揚げ物の日は代替メニューを希望します。

対応可能な範囲と追加費用をお知らせください。
""" + SIG_ICHINOSE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three named users' religion, swallowing disorder and diabetes to the catering company (reason 3)",
    },
    {
        "id": "fukushishisetsu-049",
        "sender": ICHINOSE,
        "to": ["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
        "subject": "10月分ご請求書の登録番号について",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
経理課 ご担当者様

いつもお世話になっております。日の出産業 ひのでワークスの一ノ瀬です。

10月分のご請求書（請求No. KF-2610-0873、金額 342,650円）について、
適格請求書発行事業者の登録番号の記載が以前と異なっているようでしたので確認させてください。

　ご請求書の記載：T""" + KITAGUNI_CORP + """
　当社の登録台帳：T""" + KITAGUNI_CORP[:-1] + str((int(KITAGUNI_CORP[-1]) + 3) % 10) + """

どちらが正しい番号かご教示いただけますと助かります。
お支払いは11月末の予定です。
""" + SIG_ICHINOSE,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a supplier's invoice registration (T-)number and an invoice number: business data only",
    },
    {
        "id": "fukushishisetsu-050",
        "sender": ICHINOSE,
        "to": ["北国フーズ 給食事業部 真壁様 <makabe@kitaguni-foods.co.jp>"],
        "subject": "Re: クリスマス行事食のメニュー案",
        "charset": "iso-2022-jp",
        "body": """真壁様

メニュー案ありがとうございます。一ノ瀬です。
Bのローストチキンのメニューでお願いします。
12月24日は利用者・職員あわせて28食です。
（個別対応の方の分は、先日お伝えした内容で変わりありません）

> 一ノ瀬様
>
> クリスマスの行事食として、以下の2案をご用意しました。
> A：ハンバーグ、ポテトサラダ、コーンスープ、ショートケーキ
> B：ローストチキン、ミモザサラダ、ミネストローネ、ブッシュドノエル
> 12/15までにご連絡いただければ手配いたします。
>
> 北国フーズ株式会社 給食事業部 真壁
""" + SIG_ICHINOSE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "menu choice and a meal count; no one named",
    },
]

# ==========================================================================================
# 051 – 075
# ==========================================================================================

_FWD_071 = {
    "sender": SHISHIDO,
    "to": [SAEKI],
    "subject": "計画相談の事業所変更になる方について",
    "charset": "iso-2022-jp",
    "body": """佐伯様

お世話になっております。ひかりの宍戸です。
当センターの相談員減員に伴い、来年1月から以下の方の計画相談を
「わかば相談支援事業所」に引き継ぐことになりました。

・香取 拓海さん　区分5　自閉スペクトラム症　　母 042-745-3318
・矢作 里奈さん　区分4　ダウン症　　　　　　　母 046-274-0916
・巽 一輝さん　　区分6　強度行動障害　　　　　父 080-6612-0459
・栗栖 美和さん　区分4　知的障害・てんかん　　本人 070-2284-1193
・雲雀 七海さん　区分4　知的障害　　　　　　　母 090-1183-6620

ご家族には12月中に私から説明します。
引継ぎの際は事業所からも情報提供をお願いすることになると思います。

相談支援センターひかり 宍戸 美穂
""",
}

MESSAGES += [
    {
        "id": "fukushishisetsu-051",
        "sender": WATARAI,
        "to": ["神奈川県地域生活定着支援センター 熊谷様 <kumagai@kanagawa-teichaku.or.jp>"],
        "subject": "Re: 受入れ先の調整について（出所予定の方）",
        "charset": "utf-8",
        "body": """神奈川県地域生活定着支援センター
熊谷様

お世話になっております。ひのでワークスの渡会です。
ご紹介いただいた方について、事業所内で受入れを検討した結果をお伝えします。

　氏名：蛭田 和也 様（昭和54年7月2日生、47歳）
　経過：窃盗（常習累犯）により懲役1年6月、横浜刑務所を令和8年12月14日に満期出所予定
　障害：軽度知的障害の疑い（療育手帳は未取得、出所後に判定予定）。アルコール依存の既往あり

当事業所としては、出所後の住まい（ひのでハウス東林間の空き1室）と
日中活動をセットで受け入れる方向で考えています。
ただし、金銭管理の支援体制について、保護観察所とも一度協議させてください。

> 渡会様
> 先日お電話でお話しした方の資料を郵送しました。受入れのご検討をお願いいたします。
> 熊谷
""" + SIG_WATARAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new text names a person with his criminal record, imprisonment and suspected disability (reason 3)",
    },
    {
        "id": "fukushishisetsu-052",
        "sender": NISHINA,
        "to": ["相模原市障害者虐待防止センター <gyakutai-boshi@city.sagamihara.lg.jp>"],
        "cc": [HASEBE],
        "subject": "障害者虐待の疑いに関する通報（ひのでハウス東林間）",
        "charset": "cp932",
        "body": """相模原市障害者虐待防止センター 御中

日の出産業株式会社 福祉事業部 虐待防止責任者の仁科です。
障害者虐待防止法第16条に基づき、下記のとおり通報いたします。

１．虐待を受けたと思われる方
　　氏名：五味 達郎 様（昭和45年6月20日生、56歳、男性）
　　障害：知的障害（療育手帳A2）、障害支援区分4
　　所在：ひのでハウス東林間（神奈川県相模原市南区東林間4-2-11）

２．虐待を行ったと思われる者
　　当ホーム 夜勤職員　宇佐美 亮（生活支援員）

３．状況
　　11月1日朝、日中活動先の職員が五味様の右上腕内側に指の形のあざ（3か所）を発見。
　　ご本人は「夜、腕をつかまれた」と話している。当該職員は否定している。

４．対応
　　当該職員は11月2日から夜勤業務を外し、自宅待機としています。
　　ご家族（兄）には11月1日に連絡済みです。

今後の調査にはすべて協力いたします。
""" + SIG_NISHINA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "abuse report naming the victim with his disability and the suspected staff member, by mail to the city (reason 3)",
    },
    {
        "id": "fukushishisetsu-053",
        "sender": NISHINA,
        "to": ["虐待防止委員会 <gyakutai-iinkai@hinode-sangyo.co.jp>"],
        "cc": [HASEBE, SHOJI],
        "subject": "虐待防止委員会（第3回・臨時）議事録",
        "charset": "iso-2022-jp",
        "body": """委員各位

仁科です。11月4日の臨時委員会の議事録です。

【議題】ひのでハウス東林間における虐待疑い事案
【出席】長谷部、仁科、東海林、佐伯、小鳥遊、外部委員（弁護士）はオンライン

1. 経過報告（東海林）
　・五味 達郎さん（56歳、知的障害・区分4）の右上腕にあざ。11/2に市へ通報済み
　・宇佐美 亮さんは自宅待機中。本人は「転倒しそうになったので腕を支えた」と説明
2. 市の事実確認への対応
　・夜勤記録、見守りセンサーのログ、ナースコール履歴を11/6までに提出
3. 再発防止
　・夜勤の一人体制の時間帯（2時～5時）の見直し
　・全職員への虐待防止研修を11月中に追加実施

次回は11月18日（水）17時です。
""" + SIG_NISHINA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "minutes about a named resident's case but every recipient is internal",
    },
    {
        "id": "fukushishisetsu-054",
        "sender": TESHIGAWARA,
        "to": ["アルセック警備保障 相模原営業所 <sagamihara@alsec-guard.co.jp>"],
        "subject": "異常時駆けつけ 緊急連絡先の更新（ひので生活支援センター）",
        "charset": "utf-8",
        "body": """アルセック警備保障株式会社
相模原営業所 ご担当者様

いつもお世話になっております。日の出産業の勅使河原です。
人事異動に伴い、ひので生活支援センター（契約番号 SG-448213）の
緊急連絡先を下記のとおり更新してください（連絡順）。

順位	氏名	役職	携帯電話	自宅住所
1	佐伯 真理子	サービス管理責任者	090-6204-3817	神奈川県相模原市南区相南2-15-4
2	百目鬼 剛	送迎主任	080-4471-2296	神奈川県座間市入谷西3-22-9
3	小鳥遊 葵	看護師	070-3349-5521	神奈川県大和市上草柳8-1-12 グリーンコート302
4	真田 昌平	生活支援員	090-8816-0274	神奈川県相模原市南区大野台5-30-18
5	木暮 晴美	生活支援員	080-1157-6683	東京都町田市つくし野1-9-21
6	長谷部 恒一	部長	090-2238-9041	東京都世田谷区用賀3-14-6

旧リストの破棄をお願いいたします。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of six staff with private mobiles and home addresses to the security company (reason 1)",
    },
    {
        "id": "fukushishisetsu-055",
        "sender": SHOJI,
        "to": ["アルセック警備保障 相模原営業所 <sagamihara@alsec-guard.co.jp>"],
        "subject": "ひのでハウス東林間 鍵預託者の変更について",
        "charset": "cp932",
        "body": """アルセック警備保障 相模原営業所
ご担当者様

お世話になっております。ひのでハウス東林間の東海林です。
12月1日から鍵の預託者を次の2名に変更します。

　・東海林 大地（管理者）　携帯 090-4520-8137
　・汐見 剛（世話人）　　　携帯 080-7731-0462

預託証の書き換えに伺う日時をお知らせください。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two staff contacts (name and mobile) to the security company: under the five-person line, may be warned",
    },
    {
        "id": "fukushishisetsu-056",
        "sender": IGARASHI,
        "to": ["県立相模南特別支援学校 地域連携担当 牧之瀬先生 <makinose@sagamiminami-sb.ed.jp>"],
        "subject": "放課後等デイサービス 下校時お迎え対象児童一覧（12月～）",
        "charset": "utf-8",
        "body": """県立相模南特別支援学校
地域連携担当　牧之瀬先生

いつもお世話になっております。ひのでキッズの五十嵐です。
12月からの下校時お迎え対象児童の一覧をPDFでお送りします。
先生方の引き渡し確認にお使いください。
""" + SIG_IGARASHI,
        "attachments": [
            {"kind": "pdf", "name": "お迎え対象児童一覧_202612.pdf",
             "lines": ["ひのでキッズ　下校時お迎え対象児童一覧（令和8年12月～）", ""],
             "table": [["学年", "氏名", "生年月日", "診断名", "保護者", "保護者連絡先", "曜日"],
                       ["小3", "大鳥 陽向", "H29.5.10", "ASD・てんかん", "大鳥 美咲", "090-2718-5540", "月水金"],
                       ["小2", "綿貫 芽衣", "H30.9.22", "ADHD", "綿貫 智子", "080-3304-1192", "火木"],
                       ["小4", "百瀬 蒼", "H28.1.15", "ダウン症", "百瀬 剛志", "090-6655-2031", "月火水木金"],
                       ["小1", "神林 悠真", "R1.7.4", "知的障害", "神林 由佳", "070-4408-7716", "水金"],
                       ["小5", "久遠 結菜", "H27.11.30", "脳性麻痺（車いす）", "久遠 聡", "080-9021-3357", "月木"],
                       ["小3", "樋渡 湊", "H29.2.28", "ASD", "樋渡 恵理", "090-1374-8826", "火金"],
                       ["小1", "漆間 紬", "R2.3.8", "発達遅滞", "漆間 奈央", "080-6129-4403", "月水"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of seven children with birth dates, diagnoses and parents' phones to a school (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-057",
        "sender": IGARASHI,
        "to": ["県立相模南特別支援学校 地域連携担当 牧之瀬先生 <makinose@sagamiminami-sb.ed.jp>"],
        "cc": [SHISHIDO],
        "subject": "下校時の引き渡し方法の変更（三者確認）",
        "charset": "utf-8",
        "body": """牧之瀬先生
（cc：相談支援センターひかり 宍戸様）

お世話になっております。ひのでキッズの五十嵐です。

12月から校舎改修工事が始まるとのことで、下校時の引き渡し場所を
次のとおり変更したいと考えております。

　現在：正門前ロータリー
　変更後：西門（体育館側）駐車スペース　※送迎車2台分を確保いただけるとのこと

引き渡し時刻（14:50）と方法（担任の先生から職員へ口頭で引継ぎ）は変わりません。
計画相談の面でも影響がないか、宍戸様にも念のため共有いたします。
""" + SIG_IGARASHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a normal three-way mail with a school and a consultation office; no children named",
    },
    {
        "id": "fukushishisetsu-058",
        "sender": WATARAI,
        "to": ["相模原市社会福祉協議会 ボランティアセンター <volunteer@sagamihara-shakyo.or.jp>"],
        "subject": "秋祭りボランティア参加者のボランティア保険加入について",
        "charset": "iso-2022-jp",
        "body": """相模原市社会福祉協議会
ボランティアセンター ご担当者様

お世話になっております。ひのでワークスの渡会です。
10月18日の秋祭りにご参加いただいたボランティアの方のうち、
まだボランティア保険に未加入だった方の加入手続きをお願いします。

―――――――――――――
氏名：木原 菜々子（きはら ななこ）
生年月日：平成15年4月9日
住所：神奈川県相模原市南区松が枝町12-6
電話：080-2291-4475
メール：nanako.kihara@gmail.com
―――――――――――――
氏名：大仏 隆（おさらぎ たかし）
生年月日：昭和28年11月30日
住所：神奈川県座間市相模が丘6-33-2
電話：046-255-0712
メール：なし
―――――――――――――
氏名：椎葉 理沙（しいば りさ）
生年月日：平成13年8月17日
住所：神奈川県相模原市南区上鶴間7-4-19-305
電話：070-5583-1290
メール：shiiba.risa@yahoo.co.jp
―――――――――――――
氏名：甘粕 信吾（あまかす しんご）
生年月日：昭和49年2月5日
住所：神奈川県大和市下鶴間2-28-3
電話：090-3367-8815
メール：amakasu-s@outlook.jp
―――――――――――――
氏名：雫石 陽菜（しずくいし ひな）
生年月日：平成17年12月1日
住所：東京都町田市小川4-11-8
電話：080-6640-3027
メール：hina.shizuku@icloud.com
―――――――――――――

保険料は当事業所で負担いたします。請求書の送付先は下記署名欄のとおりです。
""" + SIG_WATARAI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five volunteers' records (one block each: birth date, address, phone, e-mail) to the council of social welfare (reason 1)",
    },
    {
        "id": "fukushishisetsu-059",
        "sender": WATARAI,
        "to": ["相模原市社会福祉協議会 ボランティアセンター 茅野様 <volunteer@sagamihara-shakyo.or.jp>"],
        "subject": "ボランティアさんご紹介のお礼",
        "charset": "cp932",
        "body": """茅野様

お世話になっております。ひのでワークスの渡会です。
ボランティアさんをご紹介いただきありがとうございました。

木暮 晴美様（携帯 080-5528-0931）と昨日お電話でお話しし、
12月6日（日）10時に事業所見学にいらっしゃることになりました。
当日は私が対応いたします。

引き続きよろしくお願いいたします。
""" + SIG_WATARAI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one volunteer's name and mobile back to the body that introduced her: a single person's contact",
    },
    {
        "id": "fukushishisetsu-060",
        "sender": SAEKI,
        "to": ["ことぶきクリニック 院長 蔵本先生 <kuramoto@kotobuki-clinic.jp>"],
        "cc": [TAKANASHI],
        "subject": "定期健康相談（11/12）対象者の資料",
        "charset": "utf-8",
        "body": """蔵本先生

いつもお世話になっております。ひので生活支援センターの佐伯です。
11月12日の定期健康相談でご相談したい方の資料をお送りします。
当日は看護師の小鳥遊が同席いたします。
""" + SIG_SAEKI,
        "attachments": [
            {"kind": "docx", "name": "健康相談資料_20261112.docx",
             "paragraphs": ["定期健康相談　対象者一覧（令和8年11月12日）", "ひので生活支援センター"],
             "tables": [[["氏名", "年齢", "主な疾患", "服薬", "相談事項"],
                         ["上遠野 直子", "46", "てんかん、知的障害", "イーケプラ 500mg 1日2回", "10月に発作3回。増量の要否"],
                         ["巽 一輝", "25", "自閉症、強度行動障害", "リスパダール 1mg", "体重増加（+6kg/半年）"],
                         ["能登 勝也", "50", "高次脳機能障害、高血圧", "アムロジピン 5mg", "血圧150台が続く"],
                         ["比嘉 ゆかり", "36", "重症心身障害、胃ろう", "経管栄養", "骨折後のリハビリ再開時期"],
                         ["菅生 修平", "40", "頸髄損傷", "マグミット", "仙骨部の発赤"],
                         ["矢作 里奈", "33", "ダウン症、甲状腺機能低下症", "チラーヂンS", "定期採血の結果説明"]]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six users with diagnoses and medication to the contracted doctor's clinic by mail (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-061",
        "sender": IGARASHI,
        "to": ["かながわ福祉人材研修センター 研修課 <kenshu@fukushi-kenshu.or.jp>"],
        "subject": "児発管更新研修 事例発表スライドの提出",
        "charset": "utf-8",
        "body": """かながわ福祉人材研修センター
研修課 ご担当者様

児童発達支援管理責任者 更新研修（12月8日）の受講者、
ひのでキッズの五十嵐です（受講番号 R8-JK-0417）。
事前課題の事例発表スライドを提出いたします。
""" + SIG_IGARASHI,
        "attachments": [
            {"kind": "pptx", "name": "事例発表_五十嵐_ひのでキッズ.pptx",
             "slides": [["集団活動での参加を支える工夫", "放課後等デイサービス ひのでキッズ 五十嵐 結衣"],
                        ["対象児童", "大鳥 陽向（小3）ASD・てんかん", "樋渡 湊（小3）ASD",
                         "綿貫 芽衣（小2）ADHD", "百瀬 蒼（小4）ダウン症", "久遠 結菜（小5）脳性麻痺・車いす"],
                        ["課題", "大鳥さん：音への過敏さから集団活動に入れない", "綿貫さん：順番待ちでトラブルになる"],
                        ["取組", "活動の見通しを絵カードで提示", "イヤーマフの導入（大鳥さん）", "待ち時間の役割づくり（綿貫さん）"],
                        ["結果と考察", "3か月で集団活動への参加時間が平均12分→25分に"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "case presentation slides name five children with their diagnoses; sent to a training body (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-062",
        "sender": TESHIGAWARA,
        "to": ["かながわ福祉人材研修センター 研修課 <kenshu@fukushi-kenshu.or.jp>"],
        "subject": "強度行動障害支援者養成研修（基礎）の受講申込",
        "charset": "utf-8",
        "body": """かながわ福祉人材研修センター
研修課 ご担当者様

日の出産業株式会社 福祉事業部の勅使河原です。
標記研修（1月期）に、当社職員3名の受講を申し込みます。

1) 真田 昌平　ひので生活支援センター　携帯 090-8816-0274　sanada.shohei@hinode-sangyo.co.jp
2) 楠木 つばさ　ひので生活支援センター　携帯 080-2209-4418　kusunoki.tsubasa@hinode-sangyo.co.jp
3) 阿久津 隼人　ひのでハウス東林間　　携帯 070-6613-2950　akutsu.hayato@hinode-sangyo.co.jp

受講料の請求書は当社総務宛にお送りください。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three staff applicants' contacts to a training body: under five people, may be warned",
    },
    {
        "id": "fukushishisetsu-063",
        "sender": TESHIGAWARA,
        "to": ["あおぞら産業医事務所 蓮沼先生 <hasunuma@aozora-sangyoui.jp>"],
        "subject": "定期健康診断結果（有所見者）のご確認のお願い",
        "charset": "cp932",
        "body": """蓮沼先生

いつもお世話になっております。日の出産業の勅使河原です。
福祉事業部の定期健康診断で要精密検査・要治療となった職員の一覧をお送りします。
就業上の措置の要否についてご意見をいただけますでしょうか。
""" + SIG_TESHIGAWARA,
        "attachments": [
            {"kind": "xls", "name": "健診有所見者_R8.xls", "sheets": {
                "有所見者": [["社員番号", "氏名", "年齢", "所属", "血圧", "HbA1c", "判定", "所見"],
                             ["F1034", "渡会 瑞穂", 34, "ひのでワークス", "118/76", 5.4, "要精検", "乳房 要精密検査"],
                             ["F1047", "宇佐美 亮", 38, "ひのでハウス東林間", "162/104", 5.9, "要治療", "高血圧"],
                             ["F1052", "木暮 晴美", 57, "ひので生活支援センター", "138/88", 7.8, "要治療", "糖尿病"],
                             ["F1066", "真田 昌平", 35, "ひので生活支援センター", "126/80", 5.6, "要精検", "肝機能障害（γ-GTP 248）"],
                             ["F1071", "藤堂 静香", 41, "ひので生活支援センター", "112/70", 5.2, "要精検", "心電図 心房細動の疑い"],
                             ["F1083", "汐見 剛", 62, "ひのでハウス東林間", "148/92", 6.8, "要治療", "高血圧・脂質異常症"],
                             ["F1090", "阿久津 隼人", 27, "ひのでハウス東林間", "120/74", 5.3, "要精検", "尿潜血（2+）"]],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLS of seven staff members' health check findings to the occupational physician by mail (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-064",
        "sender": SHOJI,
        "to": ["相模中央病院 地域医療連携室 羽鳥様 <renkei@sagami-chuo-hp.or.jp>"],
        "subject": "入院時情報提供（轟 正樹 様）",
        "charset": "utf-8",
        "body": """相模中央病院 地域医療連携室
MSW　羽鳥様

お世話になっております。ひのでハウス東林間の東海林です。
本日 精神科病棟へ入院となった轟 正樹様（昭和53年10月8日生）について、
入院前の服薬状況を一覧にしましたのでお送りします。

診断：統合失調症。10月下旬から拒薬があり、幻聴の訴えが増えていました。
ホームでの生活の様子は別紙の「入院時情報提供書」で明日お持ちします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "csv", "name": "todoroki_fukuyaku.csv", "encoding": "utf-8", "rows": [
                ["薬品名", "規格", "用量", "用法", "処方元", "最終服薬"],
                ["エビリファイ", "6mg", "1錠", "朝食後", "相模中央病院 精神科", "10/31 朝"],
                ["デパケンR", "200mg", "2錠", "朝夕食後", "相模中央病院 精神科", "10/30 夕"],
                ["ブロチゾラム", "0.25mg", "1錠", "就寝前", "相模中央病院 精神科", "11/1 就寝前"],
                ["酸化マグネシウム", "330mg", "2錠", "朝夕食後", "ことぶきクリニック", "11/1 夕"],
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named resident's psychiatric diagnosis and medication list to a hospital (reason 3)",
    },
    {
        "id": "fukushishisetsu-065",
        "sender": TATEWAKI,
        "to": ["三和監査法人 福祉チーム 石動様 <isurugi@sanwa-audit.jp>"],
        "subject": "【機密】福祉事業部 セグメント別損益（期中監査用）",
        "charset": "iso-2022-jp",
        "body": """┏━━━━━━━━━━━━━━━━━━━━━━━┓
　機密区分：機密（監査目的以外での利用・転送禁止）
┗━━━━━━━━━━━━━━━━━━━━━━━┛

三和監査法人
石動様

お世話になっております。日の出産業 経理の帯刀です。
期中監査でご依頼のあった、福祉事業部のセグメント別損益（4～9月）をお送りします。

　　　　　　　　　　　売上高　　　営業利益
生活介護　　　　　　　98,420千円　 8,610千円
就労継続支援B型　　　 61,330千円　 2,940千円
放課後等デイサービス　44,870千円　 5,220千円
共同生活援助　　　　　27,150千円　△1,380千円
合計　　　　　　　　 231,770千円　15,390千円

GHの赤字は開設2年目の入居率によるものです（詳細は来週のヒアリングで）。
""" + SIG_TATEWAKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself carries the stamp 機密区分：機密 and 【機密】 in the subject, to the auditor (reason 6)",
    },
    {
        "id": "fukushishisetsu-066",
        "sender": HASEBE,
        "to": ["相模原市 指導監査課 <shido-kansa@city.sagamihara.lg.jp>"],
        "subject": "運営指導（11/19）事前提出資料の送付",
        "charset": "utf-8",
        "body": """相模原市 福祉基盤課 指導監査班
ご担当者様

日の出産業株式会社 福祉事業部の長谷部でございます。
11月19日に予定されております運営指導の事前提出資料をお送りいたします。
PDFにはパスワードを設定しておりますので、お電話にてお伝えいたします。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "pdf", "name": "運営指導_事前提出資料_ひので生活支援センター.pdf", "password": "hinode1119",
             "lines": ["運営指導 事前提出資料", "1. 勤務形態一覧表（10月分）", "2. 利用者一覧",
                       "3. 個別支援計画（抽出3名分）", "4. 苦情・事故記録"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: its content cannot be inspected before it leaves (reason 7)",
    },
    {
        "id": "fukushishisetsu-067",
        "sender": SAEKI,
        "to": [SHISHIDO],
        "subject": "サービス提供実績記録票（10月分）",
        "charset": "iso-2022-jp",
        "body": """宍戸様

お世話になっております。佐伯です。
10月分のサービス提供実績記録票をお送りします。
モニタリング報告書作成の際にご利用ください。
""" + SIG_SAEKI,
        "attachments": [
            {"kind": "corrupt", "name": "実績記録票_202610.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be read (reason 7)",
    },
    {
        "id": "fukushishisetsu-068",
        "sender": ICHINOSE,
        "to": ["カフェこもれび 仕入担当 <shiire@cafe-komorebi.co.jp>"],
        "subject": "10月分 焼き菓子納品のご請求書",
        "charset": "cp932",
        "body": """カフェこもれび
仕入ご担当者様

いつもひのでワークスの焼き菓子をお取り扱いいただきありがとうございます。
10月分のご請求書をお送りします。

　請求番号：HW-2610-021
　ご請求額：48,620円（税込）
　お支払期限：11月30日

ご確認をお願いいたします。
""" + SIG_ICHINOSE,
        "attachments": [
            {"kind": "corrupt", "name": "請求書_HW-2610-021.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the invoice PDF is damaged and cannot be inspected (reason 7)",
    },
    {
        "id": "fukushishisetsu-069",
        "sender": SHOJI,
        "to": ["茂木 恭子 <kyoko.motegi@icloud.com>"],
        "subject": "10月分 ご利用料明細のお送り（ひのでハウス東林間）",
        "charset": "utf-8",
        "body": """茂木 恭子 様

いつもお世話になっております。ひのでハウス東林間の東海林です。
千里さんの10月分のご利用料明細をお送りします。
ファイルを開くためのパスワードは、いつものとおりショートメッセージでお知らせします。

ご不明な点があればお電話ください。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "zip", "name": "meisai_202610.zip", "password": "chisato1015", "files": [
                {"kind": "pdf", "name": "利用料明細_202610.pdf",
                 "lines": ["利用料明細（令和8年10月分）", "家賃 52,000円", "食材費 27,900円", "光熱水費 9,000円",
                           "日用品費 3,000円", "特定障害者特別給付費 △10,000円", "合計 81,900円"]},
            ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient"],
        "note": "password ZIP to a family member's iCloud address: encrypted attachment (reason 7)",
    },
    {
        "id": "fukushishisetsu-070",
        "sender": TATEWAKI,
        "to": [TESHIGAWARA],
        "subject": "年末調整 扶養控除等申告書（福祉事業部分）",
        "charset": "utf-8",
        "body": """勅使河原さん

経理の帯刀です。
福祉事業部の扶養控除等申告書を集計したファイルを送ります。
個人番号を含むのでパスワード付きにしました。パスワードはTeamsで送ります。
""" + SIG_TATEWAKI,
        "attachments": [
            {"kind": "zip", "name": "fuyo_R8_fukushi.zip", "password": "Tw-2026nencho", "files": [
                {"kind": "xlsx", "name": "扶養控除申告_集計.xlsx", "sheets": {
                    "本人": [["氏名", "個人番号", "生年月日"],
                             ["一ノ瀬 朋美", _mn(10), "1990/02/11"],
                             ["東海林 大地", _mn(11), "1983/07/29"],
                             ["五十嵐 結衣", _mn(12), "1987/05/03"]]}},
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP with My Numbers but sent only to an internal colleague",
    },
    {
        "id": "fukushishisetsu-071",
        "sender": SAEKI,
        "to": ["わかば相談支援事業所 三國様 <mikuni@wakaba-soudan.jp>"],
        "subject": "FW: 計画相談の事業所変更になる方について",
        "charset": "iso-2022-jp",
        "body": """わかば相談支援事業所
三國様

はじめまして。ひので生活支援センターの佐伯と申します。
来年1月から計画相談を引き継いでいただく方について、ひかりの宍戸さんからの
連絡メールを添付でお送りします。対象の方の確認にお使いください。

引継ぎ会議の日程は改めてご相談させてください。
""" + SIG_SAEKI,
        "attachments": [
            {"kind": "eml", "name": "計画相談の事業所変更になる方について.eml", "message": _FWD_071},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "an attached mail (forward) listing five users with diagnoses and family phones goes to a new external office (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-072",
        "sender": SHOJI,
        "to": ["相談支援センターそら 相談員 仲宗根様 <nakasone@sora-soudan.or.jp>"],
        "subject": "計画相談の引継ぎ資料一式（ひのでハウス東林間）",
        "charset": "utf-8",
        "body": """相談支援センターそら
仲宗根様

お世話になっております。ひのでハウス東林間の東海林です。
1月からの計画相談の引継ぎにあたり、入居者一覧とアセスメントシートを
ZIPにまとめてお送りします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "zip", "name": "引継ぎ資料_ひのでハウス.zip", "files": [
                {"kind": "csv", "name": "入居者一覧.csv", "rows": [
                    ["氏名", "生年月日", "障害種別", "支援区分", "日中活動", "家族連絡先"],
                    ["五味 達郎", "昭和45年6月20日", "知的（療育A2）", "4", "ひので生活支援センター", "兄 046-231-5578"],
                    ["轟 正樹", "昭和53年10月8日", "精神（統合失調症）", "3", "ひのでワークス", "母 042-748-2096"],
                    ["鮫島 幸子", "昭和60年3月27日", "知的（療育B1）", "3", "ひのでワークス", "姉 080-3315-9027"],
                    ["舘野 弘", "昭和39年12月1日", "身体（右片麻痺）", "4", "デイケア", "妻 042-755-6631"],
                    ["茂木 千里", "平成元年9月15日", "知的・自閉症", "4", "ひので生活支援センター", "母 090-7204-4418"],
                    ["汐見 陸", "平成5年1月22日", "精神（双極性障害）", "2", "一般就労（週20時間）", "父 046-264-1180"],
                ]},
                {"kind": "docx", "name": "アセスメント_舘野様.docx",
                 "paragraphs": ["アセスメントシート", "氏名：舘野 弘　　生年月日：昭和39年12月1日",
                                "既往：脳梗塞（平成30年）、右片麻痺、失語症（軽度）、2型糖尿病",
                                "ADL：杖歩行、入浴は一部介助", "本人の希望：妻の住む自宅へ月1回外泊したい"]},
            ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a CSV of six residents (birth dates, disabilities, family phones) and an assessment DOCX (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-073",
        "sender": DOMEKI,
        "to": [GAMO],
        "subject": "Re: 11/21（土）行事用 臨時便の手配について",
        "charset": "utf-8",
        "body": """蒲生様

百目鬼です。臨時便お受けいただきありがとうございます。
当日ご乗車いただく方は以下の5名です（自宅→会場の片道のみ）。

香取 拓海, 神奈川県相模原市南区上鶴間本町4-22-7, 042-745-3318, 9:00
矢作 里奈, 神奈川県大和市中央林間7-3-28, 046-274-0916, 9:15
雲雀 七海, 神奈川県相模原市南区旭町21-4-2, 090-1183-6620, 9:25
御手洗 千夏, 東京都町田市南つくし野2-30-17, 042-796-2281, 9:40
栗栖 美和, 神奈川県相模原市南区相武台団地2-3-15-402, 070-2284-1193, 9:50

会場は相模女子大学グリーンホール（相模大野）です。

> 百目鬼様
> 11/21の臨時便、セレナ1台・運転手1名で手配可能です。
> 乗車される方のお名前と乗車場所をお知らせください。
> 青葉運輸 蒲生
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a reply whose new text is a comma-separated list of five people's addresses and phones (reason 1)",
    },
    {
        "id": "fukushishisetsu-074",
        "sender": SAEKI,
        "to": ["訪問看護ステーションあさひ 常田様 <tokita@houkan-asahi.co.jp>"],
        "subject": "RE: 比嘉様の訪問時のご様子",
        "charset": "cp932",
        "body": """常田様

ご連絡ありがとうございます。佐伯です。
承知しました。明日の送迎は通常どおりとし、センターでの様子は
連絡ノートに記入してご家族経由でお渡しします。

引き続きよろしくお願いいたします。

差出人: 常田 雅美 <tokita@houkan-asahi.co.jp>
送信日時: 2026年11月9日 17:42
宛先: 佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>
件名: 比嘉様の訪問時のご様子

佐伯様

訪問看護ステーションあさひの常田です。
本日ご自宅に訪問した際、比嘉 ゆかりさん（36歳）の胃ろう周囲に軽い発赤があり、
主治医に報告のうえ軟膏を処方してもらいました。骨折部の腫れは引いてきています。
センターでの入浴は、あと1週間は控えていただけますでしょうか。

常田
""" + SIG_SAEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health details only in the quoted mail from the nurse (差出人/送信日時 block); the new text adds nothing personal",
    },
    {
        "id": "fukushishisetsu-075",
        "sender": MORIYAMA,
        "to": ["Emily Carter <emily.carter@talkbridge-aac.com>"],
        "subject": "Case study for your Asia-Pacific user conference",
        "charset": "utf-8",
        "body": """Dear Emily,

Thank you again for inviting us to present at the TalkBridge Asia-Pacific user conference.
As requested, here is a short outline of the case we would like to present.

User: Mr. Shun Kaburagi (38), attending our day activity centre since 2015.
Diagnosis: cerebral palsy (spastic quadriplegia), severe dysarthria; physical disability
certificate grade 1. Hospitalised for aspiration pneumonia in June 2025.
AAC history: switch-based device from 2018; moved to your eye-gaze system (TB-Eye 3)
in April 2026. He now composes 3-4 word sentences and uses it to choose his meals.

His mother has agreed to the presentation. Could you tell us whether photos of
Mr. Kaburagi using the device can be shown on the conference slides?

Best regards,
""" + SIG_MORIYAMA_EN + DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English mail naming a user with his diagnosis, disability grade and hospitalisation to a foreign vendor (reason 3)",
    },
]

# ==========================================================================================
# 076 – 100
# ==========================================================================================

MESSAGES += [
    {
        "id": "fukushishisetsu-076",
        "sender": MORIYAMA,
        "to": ["TalkBridge Sales APAC <sales-apac@talkbridge-aac.com>"],
        "subject": "Quotation request: TB-Eye 3 x 3 units, shipping to Japan",
        "charset": "utf-8",
        "body": """Hello,

I am writing from the Welfare Services Division of Hinode Sangyo Co., Ltd. in Tokyo.
We run four disability service offices and would like a quotation for:

  - TB-Eye 3 eye-gaze communication device: 3 units
  - Floor stand with tilt arm (TB-FS2): 3 units
  - Japanese voice package licence: 3
  - Extended warranty, 3 years

Delivery address: Hinode Seikatsu Shien Center, 7-18-3 Sagami-Ono, Minami-ku,
Sagamihara, Kanagawa 252-0303, Japan. Please quote in USD, DAP Incoterms.

We would also appreciate information on remote training for our staff.

Kind regards,
""" + SIG_MORIYAMA_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English quotation request with the company's own delivery address",
    },
    {
        "id": "fukushishisetsu-077",
        "sender": MORIYAMA,
        "to": ["Mette Sørensen <mette.sorensen@nordlys-care.dk>",
               "James Whitfield <j.whitfield@brightpath-support.org.uk>",
               "Olivia Tran <olivia.tran@sunrise-disability.com.au>"],
        "cc": ["長谷部 恒一 <hasebe.koichi@hinode-sangyo.co.jp>"],
        "subject": "Invitation: online exchange meeting on community living (Jan 2027)",
        "charset": "utf-8",
        "body": """Dear colleagues,

Greetings from Tokyo. Following the contacts we made at the Copenhagen conference,
I would like to invite you to a short online exchange meeting on supported community
living for people with intellectual disabilities.

  Date:   Thursday 21 January 2027
  Time:   08:00 GMT / 09:00 CET / 17:00 JST / 19:00 AEDT
  Format: 90 minutes on Zoom (link to follow)
  Agenda: 15-minute introduction from each organisation, then open discussion on
          night support staffing and small group homes

Please let me know by 18 December whether you can join.

Warm regards,
""" + SIG_MORIYAMA_EN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations in different countries all in To, visible to each other (reason 4)",
    },
    {
        "id": "fukushishisetsu-078",
        "sender": MORIYAMA,
        "to": ["Mette Sørensen <mette.sorensen@nordlys-care.dk>"],
        "subject": "Study visit in March: draft programme",
        "charset": "utf-8",
        "body": """Dear Mette,

Thank you for agreeing to host our study visit. Here is the draft programme on our side:

  9 March   arrival in Copenhagen, evening briefing
  10 March  visit to Nordlys group homes (morning), discussion with staff (afternoon)
  11 March  visit to a day activity centre, meeting with the municipality
  12 March  wrap-up session, departure

We will be a group of three: our division manager, a service manager and myself.
Please let me know if any part of the programme is difficult for your team.

Best wishes,
""" + SIG_MORIYAMA_EN + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to one foreign partner with the standard confidentiality disclaimer only",
    },
    {
        "id": "fukushishisetsu-079",
        "sender": MORIYAMA,
        "to": ["旅の窓ツーリスト 法人営業 宇喜多様 <ukita@tabi-no-mado.co.jp>"],
        "subject": "デンマーク視察（3/8発）航空券手配のための旅券情報",
        "charset": "cp932",
        "body": """旅の窓ツーリスト
宇喜多様

お世話になっております。日の出産業の森山です。
3月のデンマーク視察について、航空券の発券に必要な旅券情報をお送りします。

氏名（ローマ字）        生年月日      旅券番号     有効期限
HASEBE KOICHI           1968/08/14    TZ4418023    2031/05/20
SAEKI MARIKO            1981/02/27    TR7702561    2029/11/03
MORIYAMA KENJI          1985/10/09    TK2093318    2033/01/15

座席は3名並びでお願いします。マイレージ番号は追ってお知らせします。
""" + SIG_MORIYAMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "three staff members' passport numbers with birth dates to a travel agency (reason 2)",
    },
    {
        "id": "fukushishisetsu-080",
        "sender": MORIYAMA,
        "to": ["旅の窓ツーリスト 法人営業 宇喜多様 <ukita@tabi-no-mado.co.jp>"],
        "cc": ["Mette Sørensen <mette.sorensen@nordlys-care.dk>"],
        "subject": "Re: デンマーク視察 現地移動の手配 / local transport in Copenhagen",
        "charset": "utf-8",
        "body": """宇喜多様、Mette

（日本語の後に英語が続きます / English follows）

宇喜多様
3/10・3/11の現地移動について、Metteさんから施設の所在地をいただきましたので
CCに入っていただいています。貸切車（ワゴン1台）で手配をお願いできますでしょうか。

Dear Mette,
I have copied in Ms Ukita of our travel agency, who is arranging our local transport.
Could you confirm that a minibus can park near the group home entrance on 10 March?

Best regards / よろしくお願いいたします。
""" + SIG_MORIYAMA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (travel agency, Danish host) in a normal coordination mail",
    },
    {
        "id": "fukushishisetsu-081",
        "sender": JONOUCHI,
        "to": [CITY_KYUFU],
        "subject": "高額障害福祉サービス等給付費の支給申請（世帯員の個人番号の補記）",
        "charset": "iso-2022-jp",
        "body": """相模原市 障害福祉課 給付班
ご担当者様

お世話になっております。日の出産業 福祉事業部の城之内です。
先日郵送いたしました高額障害福祉サービス等給付費の支給申請書について、
世帯員欄の個人番号が未記入とのご連絡をいただきました。
ご本人・ご家族の了承のもと、以下のとおりお知らせいたします。

　申請者　　：安曇 浩二（昭和47年9月1日生）
　　　　　　　精神障害者保健福祉手帳2級、就労継続支援B型 利用中
　申請者の個人番号：""" + _zen(_mn(3, "-")) + """
　配偶者　　：安曇 弥生
　配偶者の個人番号：""" + _zen(_mn(2, "-")) + """

申請書への転記をお願いできますでしょうか。
""" + SIG_JONOUCHI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two My Numbers in full-width digits with a psychiatric disability certificate, mailed to the city (reasons 2, 3)",
    },
    {
        "id": "fukushishisetsu-082",
        "sender": TAKANASHI,
        "to": ["ことぶきクリニック 受付 <uketsuke@kotobuki-clinic.jp>"],
        "subject": "11/13 通院同行の予約と保険証情報について",
        "charset": "utf-8",
        "body": """ことぶきクリニック 受付ご担当者様

いつもお世話になっております。ひので生活支援センター看護師の小鳥遊です。
11月13日（金）10:30に、下記の方の受診で同行いたします。

　氏名：御手洗 千夏（みたらい ちなつ）
　生年月日：平成8年7月7日
　健康保険証：国民健康保険（町田市）保険者番号 130096　記号 町田 番号 0482217
　受診理由：てんかん発作の回数が10月から増えているため（月2回→5回）
　現在の処方：ラミクタール 100mg 朝夕、デパケンR 200mg 朝夕

保険証の原本は当日お持ちします。
""" + SIG_TAKANASHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a user's health insurance card number with her epilepsy history and medication to a clinic (reasons 2, 3)",
    },
    {
        "id": "fukushishisetsu-083",
        "sender": HASEBE,
        "to": ["白川法律事務所 白川 恵 先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "運営規程（身体拘束等の適正化）改定案のご確認",
        "charset": "utf-8",
        "body": """白川先生

お世話になっております。長谷部です。
身体拘束等の適正化に関する運営規程の改定案を作成しましたのでお送りします。
やむを得ず身体拘束を行う場合の手続きの記載について、法的な観点からご意見をください。
""" + SIG_HASEBE,
        "attachments": [
            {"kind": "docx", "name": "運営規程_改定案_身体拘束.docx", "page_header": "部外秘",
             "page_footer": "日の出産業株式会社 福祉事業部　部外秘",
             "paragraphs": ["運営規程 改定案（身体拘束等の適正化）",
                            "第20条 事業者は、利用者又は他の利用者の生命又は身体を保護するため緊急やむを得ない場合を除き、"
                            "身体拘束等を行わない。",
                            "2 やむを得ず身体拘束等を行う場合には、切迫性・非代替性・一時性の三要件を満たすことを"
                            "身体拘束適正化検討委員会において確認し、その態様及び時間を記録する。",
                            "3 委員会は3か月に1回以上開催し、その結果を従業者に周知する。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached DOCX carries 部外秘 in its page header and footer and goes to the law firm (reason 6)",
    },
    {
        "id": "fukushishisetsu-084",
        "sender": TESHIGAWARA,
        "to": ["清瀬社会保険労務士事務所 清瀬先生 <kiyose@kiyose-sr.jp>"],
        "subject": "【取扱注意】処遇改善加算 配分案（令和8年度）",
        "charset": "cp932",
        "body": """＜取扱注意＞

清瀬先生

お世話になっております。勅使河原です。
令和8年度の処遇改善加算の配分案（職種別）を作成しました。
賃金規程との整合性についてご確認いただけますでしょうか。

　職種　　　　　　　　　人数　月額配分（平均）
　サービス管理責任者　　　3名　　38,000円
　生活支援員（常勤）　　 18名　　29,000円
　生活支援員（非常勤）　 12名　　14,500円
　看護師　　　　　　　　　2名　　24,000円
　世話人　　　　　　　　　5名　　16,000円
　事務員　　　　　　　　　2名　　 8,000円

全体の加算見込額は年間 1,842万円です。
""" + SIG_TESHIGAWARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is stamped 【取扱注意】 in the subject and at the top of the body, to an outside consultant (reason 6)",
    },
    {
        "id": "fukushishisetsu-085",
        "sender": SAEKI,
        "to": ["生活介護さがみ野 管理者様 <info@sagamino-seikatsu.or.jp>",
               "就労支援センターあおぞら <aozora-shuro@aozora-fukushikai.or.jp>",
               "ケアセンターみなみ <care-minami@minami-care.co.jp>",
               "多機能型事業所ふたば <futaba@futaba-welfare.jp>",
               "グループホームこだま <kodama.gh@kodama-net.jp>"],
        "subject": "【ご案内】相模原南地区 事業所合同研修会（強度行動障害支援）",
        "charset": "utf-8",
        "body": """相模原南地区 障害福祉サービス事業所 ご担当者様

いつもお世話になっております。
今年度の地区合同研修会の幹事をしております、ひので生活支援センターの佐伯です。

下記のとおり合同研修会を開催いたします。

　日時：令和8年12月11日（金）14:00～16:30
　会場：相模原市南区役所 4階 第1会議室
　テーマ：強度行動障害のある方の支援 ～チームで取り組む環境調整～
　講師：かながわ福祉人材研修センター 講師 鳴海 浩一 氏
　定員：各事業所2名まで

お申込みは12月1日までに、このメールへの返信でお願いいたします。
""" + SIG_SAEKI,
        "html": """<html><body>
<p>相模原南地区 障害福祉サービス事業所 ご担当者様</p>
<p>いつもお世話になっております。<br>今年度の地区合同研修会の幹事をしております、ひので生活支援センターの佐伯です。</p>
<p>下記のとおり合同研修会を開催いたします。</p>
<table border="0" cellpadding="2">
<tr><td><b>日時</b></td><td>令和8年12月11日（金）14:00～16:30</td></tr>
<tr><td><b>会場</b></td><td>相模原市南区役所 4階 第1会議室</td></tr>
<tr><td><b>テーマ</b></td><td>強度行動障害のある方の支援 ～チームで取り組む環境調整～</td></tr>
<tr><td><b>講師</b></td><td>かながわ福祉人材研修センター 講師 鳴海 浩一 氏</td></tr>
<tr><td><b>定員</b></td><td>各事業所2名まで</td></tr>
</table>
<p>お申込みは<span style="color:red">12月1日まで</span>に、このメールへの返信でお願いいたします。</p>
<p>日の出産業株式会社 福祉事業部 ひので生活支援センター<br>サービス管理責任者 佐伯 真理子<br>TEL 042-765-4410</p>
</body></html>""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five other providers in To see each other's addresses: should have been Bcc (reason 4)",
    },
    {
        "id": "fukushishisetsu-086",
        "sender": HASEBE,
        "to": ["相模原市 障害政策課 計画班 <shogai-seisaku@city.sagamihara.lg.jp>"],
        "cc": [SHISHIDO],
        "subject": "グループホーム新設に係る事前協議の日程について",
        "charset": "iso-2022-jp",
        "body": """相模原市 障害政策課 計画班
ご担当者様
（cc：相談支援センターひかり 宍戸様）

日の出産業株式会社 福祉事業部の長谷部でございます。

令和9年度に東林間地区で予定しているグループホーム（定員10名）の新設について、
事前協議の日程を調整させていただきたく、ご連絡いたしました。
地域の相談支援の状況についてご意見を伺いたく、宍戸様にもご同席をお願いしております。

候補日：11月24日（火）、26日（木）、27日（金） いずれも午後

ご都合をお知らせいただけますと幸いです。
""" + SIG_HASEBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a three-way meeting mail with two external organisations (city, consultation office); no personal data",
    },
    {
        "id": "fukushishisetsu-087",
        "sender": SHOJI,
        "to": ["長谷部 恒一 <hasebe.koichi@hinode-sangyo.jp>"],
        "subject": "夜勤体制の見直し案（ひのでハウス東林間）",
        "charset": "cp932",
        "body": """長谷部部長

お疲れさまです。東海林です。
先日の虐待防止委員会で話が出た夜勤体制について、見直し案をまとめました。

　現行：22:00～7:00 夜勤1名
　案①：22:00～2:00 宿直1名追加（週3日、非常勤で対応）
　案②：見守りセンサーを全室に設置し、夜勤1名のまま巡回を2時間ごと→1時間ごとに

人件費は①で月12万円程度の増、②は初期費用180万円（川崎電機見積）です。
来週の管理者会議で議論させてください。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for an internal colleague but addressed to hinode-sangyo.jp (the own domain with co. dropped) (reason 5)",
    },
    {
        "id": "fukushishisetsu-088",
        "sender": ONIZUKA,
        "to": ["情報システム部 ヘルプデスク <helpdesk@hinode-sangyo-co.jp>"],
        "subject": "ひのでワークス VPN接続不可の件",
        "charset": "utf-8",
        "body": """ヘルプデスク各位

鬼塚です。ひのでワークスから本社ファイルサーバにVPNで接続できないと連絡がありました。

・発生：11/5 9:10頃から
・端末：事務PC-02、PC-03（両方）
・エラー：「リモートサーバーに接続できません（809）」
・ルーター再起動済み、回線は正常

今日の午後に現地へ行きますので、FortiGate側のログを確認しておいてもらえますか。
""" + SIG_ONIZUKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo-co.jp: the own domain with a hyphen for the dot, an outside look-alike (reason 5)",
    },
    {
        "id": "fukushishisetsu-089",
        "sender": MORIYAMA,
        "to": ["Mette Sørensen <mette.sorensen@nordlys-care.dk>"],
        "subject": "Re: Contact persons for the study visit",
        "charset": "utf-8",
        "body": """Dear Mette,

Thank you very much for the list. We will contact Lars directly about the parking
and keep the others in copy when we send our final arrival times.

Best regards,
Kenji

On Wed, 4 Nov 2026 at 10:12, Mette Sørensen <mette.sorensen@nordlys-care.dk> wrote:
> Dear Kenji,
>
> Here are the people who will look after your group during the visit:
>
> Lars Holm          group home manager       +45 21 44 87 19   lars.holm@nordlys-care.dk
> Sofie Andersen     night support lead       +45 28 90 13 55   sofie.andersen@nordlys-care.dk
> Peter Nygaard      day centre coordinator   +45 40 17 62 08   peter.nygaard@nordlys-care.dk
> Ida Kristensen     municipal liaison        +45 31 65 02 94   ida.kristensen@nordlys-care.dk
> Jonas Berg         driver                   +45 22 73 58 41   jonas.berg@nordlys-care.dk
>
> Best,
> Mette
""" + SIG_MORIYAMA_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five contacts are only in the quoted mail ('On ... wrote:') from the recipient herself",
    },
    {
        "id": "fukushishisetsu-090",
        "sender": SHOJI,
        "to": ["川崎電機 ソリューション営業部 柘植様 <tsuge@kawasaki-denki.co.jp>"],
        "subject": "ナースコール・見守りセンサー更新の現地調査資料",
        "charset": "cp932",
        "body": """川崎電機株式会社
柘植様

お世話になっております。ひのでハウス東林間の東海林です。
来週の現地調査に向けて、居室ごとの現行機器の一覧をお送りします（旧形式のExcelですみません）。
入居者の方のお名前は記載していません。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xls", "name": "居室別機器一覧.xls", "sheets": {
                "機器一覧": [["居室", "階", "ナースコール子機", "見守りセンサー", "設置年", "備考"],
                             ["101", "1F", "KD-NC20", "なし", "2019", "車いす対応トイレ隣"],
                             ["102", "1F", "KD-NC20", "KD-MS3（ベッド）", "2021", ""],
                             ["103", "1F", "KD-NC20", "なし", "2019", ""],
                             ["201", "2F", "KD-NC20", "KD-MS3（ベッド）", "2021", ""],
                             ["202", "2F", "KD-NC20", "なし", "2019", "子機ボタン不良"],
                             ["203", "2F", "KD-NC20", "なし", "2019", ""],
                             ["詰所", "1F", "KD-NC20 親機", "受信盤 KD-R1", "2019", ""]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "room and device list in a legacy XLS to the equipment partner; no residents named",
    },
    {
        "id": "fukushishisetsu-091",
        "sender": "東海林 大地 <shoji.daichi@fukushi.hinode-sangyo.co.jp>",
        "to": ["ひのでハウス職員 <gh-staff@fukushi.hinode-sangyo.co.jp>"],
        "cc": [TAKANASHI],
        "subject": "12月の夜間服薬・体調管理の注意点（入居者一覧）",
        "charset": "utf-8",
        "body": """ひのでハウス職員の皆さん

東海林です。12月からの夜勤の申し送り用に、入居者ごとの注意点をまとめました。
印刷して詰所に貼らず、夜勤ファイルに綴じてください。

・五味 達郎さん（S45.6.20）知的障害。右腕のあざの経過観察を継続、入浴時に確認
・轟 正樹さん（S53.10.8）統合失調症。退院後、眠前薬の服薬確認を必ず2名で
・鮫島 幸子さん（S60.3.27）知的障害。夜間の来訪者・電話の勧誘に注意（消費者被害あり）
・舘野 弘さん（S39.12.1）脳梗塞後遺症・糖尿病。夕食前の血糖測定、低血糖時はブドウ糖
・茂木 千里さん（H1.9.15）自閉症。年末の帰省前後は不安が強まるので声かけ多めに
・汐見 陸さん（H5.1.22）双極性障害。睡眠時間を記録、3時間未満が2日続いたら小鳥遊さんへ
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "six residents' diagnoses sent only within the company (internal subdomain)",
    },
    {
        "id": "fukushishisetsu-092",
        "sender": TESHIGAWARA,
        "to": [TATEWAKI],
        "subject": "12月入職者の個人番号・基本情報（社会保険手続き用）",
        "charset": "iso-2022-jp",
        "body": """帯刀さん

勅使河原です。12月1日入職の5名分、社会保険・雇用保険の手続きに必要な情報です。
マイナンバーは番号確認・本人確認済みです。

氏名　　　　　生年月日　　個人番号　　　　　住所
雁屋 紗希　　H10.2.16　　""" + _mn(4) + """　　神奈川県相模原市南区古淵3-8-21
門馬 悠人　　H12.7.30　　""" + _mn(5) + """　　神奈川県座間市栗原中央5-2-9
伊集院 薫　　S51.11.4　　""" + _mn(6) + """　　東京都町田市成瀬台2-17-3
柚木 蓮太郎　H6.5.25　　 """ + _mn(7) + """　　神奈川県大和市つきみ野6-31-14
姉帯 みのり　S59.9.18　　""" + _mn(8) + """　　神奈川県相模原市中央区淵野辺本町1-44-7

入力が終わったらこのメールは削除をお願いします。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "five new hires' My Numbers and addresses, but HR to accounting inside the company only",
    },
    {
        "id": "fukushishisetsu-093",
        "sender": ICHINOSE,
        "to": ["雑貨ひだまり 店長 栗原様 <kurihara@zakka-hidamari.jp>"],
        "subject": "ひのでワークス自主製品 冬季価格表の送付",
        "charset": "cp932",
        "body": """雑貨ひだまり
栗原様

いつもひのでワークスの製品をお取り扱いいただきありがとうございます。
12月～2月の冬季商品を加えた価格表をCSVでお送りします。
ご発注は従来どおり、このアドレスかFAX（046-252-3391）でお願いします。
""" + SIG_ICHINOSE,
        "attachments": [
            {"kind": "csv", "name": "hinodeworks_price_winter.csv", "encoding": "cp932", "rows": [
                ["商品コード", "商品名", "入数", "卸単価", "参考上代", "JANコード"],
                ["HW-C01", "手作りクッキー（プレーン）", "8枚", "280", "400", "4582516340012"],
                ["HW-C02", "手作りクッキー（ココア）", "8枚", "280", "400", "4582516340029"],
                ["HW-C11", "ジンジャーマンクッキー（冬季限定）", "5枚", "320", "450", "4582516340111"],
                ["HW-F03", "さをり織りコースター", "2枚", "350", "500", "4582516340302"],
                ["HW-F07", "手編みミトン（冬季限定）", "1組", "1100", "1600", "4582516340708"],
                ["HW-P01", "和紙のぽち袋", "5枚", "210", "300", "4582516341019"],
            ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list with product codes and JAN codes",
    },
    {
        "id": "fukushishisetsu-094",
        "sender": HASEBE,
        "to": ["ことぶきクリニック 院長 蔵本先生 <kuramoto@kotobuki-clinic.jp>"],
        "subject": "嘱託医契約の更新について（令和9年度）",
        "charset": "iso-2022-jp",
        "body": """ことぶきクリニック
院長　蔵本先生

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 福祉事業部の長谷部でございます。

現在ご契約いただいております嘱託医契約（ひので生活支援センター・ひのでハウス東林間）が
令和9年3月31日で期間満了となりますため、更新のお願いを申し上げます。

契約条件は現行どおり（月2回の定期健康相談、オンコール対応、年1回の職員研修）とし、
報酬につきましては別途ご相談させていただければと存じます。
契約書案は12月中にお持ちいたします。

今後とも何卒よろしくお願い申し上げます。
""" + SIG_HASEBE + """

――――――――――――――――――――――――――
本メールおよび添付ファイルには、機密情報が含まれている場合があります。
本メールの宛先に該当しない方が受信された場合は、直ちに送信者にご連絡のうえ、
本メールを破棄してください。無断での複製・転送・開示は固くお断りいたします。
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information. If you are not the intended recipient, please delete it.
――――――――――――――――――――――――――""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal letter with a long bilingual confidentiality disclaimer, not a document marking",
    },
    {
        "id": "fukushishisetsu-095",
        "sender": DOMEKI,
        "to": ["湘南ウェルキャブ販売 営業 辻様 <tsuji@shonan-welcab.co.jp>"],
        "subject": "車いす移動車 ご注文書の送付",
        "charset": "utf-8",
        "body": """湘南ウェルキャブ販売株式会社
辻様

お世話になっております。日の出産業の百目鬼です。
先日お見積りいただいた車いす移動車1台について、注文書をPDFでお送りします。
原本は郵送いたします。納車日は12月1日を希望します。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "pdf", "name": "注文書_HS-2611-004.pdf", "title": "注文書",
             "lines": ["注　文　書", "注文番号：HS-2611-004　　注文日：令和8年11月6日",
                       "湘南ウェルキャブ販売株式会社 御中",
                       "日の出産業株式会社　東京都千代田区内神田2-9-14",
                       "登録番号：T" + HINODE_CORP, ""],
             "table": [["品名", "型式", "数量", "単価", "金額"],
                       ["ハイエース 車いす仕様 タイプⅡ", "3BF-TRH200V", "1", "4,862,000", "4,862,000"],
                       ["電動ウインチ", "WC-EW2", "1", "198,000", "198,000"],
                       ["登録諸費用", "", "1", "86,500", "86,500"],
                       ["", "", "", "合計（税込）", "5,146,500"]]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "purchase order PDF with the company's own registration (T-)number; business data only",
    },
    {
        "id": "fukushishisetsu-096",
        "sender": TESHIGAWARA,
        "to": ["湘南福祉大学 実習指導室 岩城先生 <jisshu@shonan-fukushi.ac.jp>"],
        "subject": "社会福祉士 相談援助実習（2月期）受入れ学生の確認",
        "charset": "utf-8",
        "body": """湘南福祉大学 実習指導室
岩城先生

お世話になっております。日の出産業 福祉事業部の勅使河原です。
2月期の実習について、受入れ学生と当社の実習指導者を下記のとおり確定しました。
初日の集合時刻は8:45、場所はひので生活支援センターです。

学籍番号    氏名          携帯電話        配属             実習指導者
22SW1043    宮之原 柚子   080-4417-2259   生活介護          佐伯
22SW1077    戸叶 蒼太     090-6632-0815   生活介護          佐伯
22SW1102    千々岩 瑠奈   070-1948-3362   就労継続支援B型   渡会
22SW1130    八月一日 航   080-2956-7704   グループホーム     東海林

緊急時はこちらから学生の携帯へ直接連絡させていただきます。
""" + SIG_TESHIGAWARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four students' names and mobiles back to their own university: under the five-person line, may be warned",
    },
    {
        "id": "fukushishisetsu-097",
        "sender": WATARAI,
        "to": [SHISHIDO],
        "subject": "体験利用（11/2～11/6）の振り返りについて",
        "charset": "cp932",
        "body": """宍戸様

お世話になっております。ひのでワークスの渡会です。
先週体験利用いただいたAさん（40代男性）について、振り返りをお伝えします。

・作業：軽作業（箱折り）は集中して2時間継続できました
・体調：統合失調症の服薬の影響か、午後に眠気が強い様子がありました
・対人：初対面の利用者との会話は少なめですが、職員には自分から相談できていました
・ご本人の希望：週3日、午前中心の利用から始めたい

正式利用に向けて、支給申請の手続きをお願いできますでしょうか。
""" + SIG_WATARAI,
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "diagnosis of 'Aさん (40代男性)' to the consultant who referred him: not named, but identifiable to the recipient",
    },
    {
        "id": "fukushishisetsu-098",
        "sender": SHOJI,
        "to": ["東林間四丁目自治会 会長 鴨志田様 <kamoshida.shigeru@gmail.com>"],
        "subject": "災害時の避難支援についてのお願い（ひのでハウス東林間）",
        "charset": "utf-8",
        "body": """東林間四丁目自治会
会長　鴨志田様

いつもホームの入居者を温かく見守っていただきありがとうございます。
ひのでハウス東林間の東海林です。

先日の防災訓練の打合せでお話しした、夜間に災害が起きた場合の避難支援について、
入居者ごとの配慮事項をお知らせします。夜間は世話人1名のため、ご協力をお願いできれば幸いです。

氏名,年齢,居室,避難時の配慮
五味 達郎,56,101,知的障害。大きな声に驚くので静かに誘導を
舘野 弘,61,102,右片麻痺で杖歩行。階段は介助が必要
鮫島 幸子,41,103,知的障害。避難先の説明を繰り返し伝えてください
轟 正樹,48,201,統合失調症。薬（緑の袋）を必ず持ち出し
茂木 千里,37,202,自閉症。イヤーマフを持参。知らない人に触られるとパニックに
汐見 陸,33,203,双極性障害。特になし（自力避難可）

どうぞよろしくお願いいたします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "comma-separated list of six residents with their disabilities and diagnoses to a neighbourhood chairman's gmail (reasons 1, 3)",
    },
    {
        "id": "fukushishisetsu-099",
        "sender": JONOUCHI,
        "to": [CITY_KYUFU],
        "subject": "上限額管理結果票の送付（レターパック）",
        "charset": "iso-2022-jp",
        "body": """相模原市 障害福祉課 給付班
ご担当者様

お世話になっております。日の出産業 福祉事業部の城之内です。

ご依頼のありました10月分の利用者負担上限額管理結果票（原本）を、
本日レターパックプラスにて発送いたしました。

　お問い合わせ番号：3462-7719-0583
　到着予定：11月10日（火）

到着しましたらご確認をお願いいたします。
""" + SIG_JONOUCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking number of a mailed envelope only; the paper forms are not in the mail",
    },
    {
        "id": "fukushishisetsu-100",
        "sender": SHOJI,
        "to": ["訪問看護ステーションあさひ 常田様 <tokita@houkan-asahi.co.jp>"],
        "subject": "Re: 舘野様 訪問看護の報告書",
        "charset": "iso-2022-jp",
        "body": """常田様

報告書ありがとうございました。東海林です。
ホームでの様子を追加でお伝えします。

舘野 弘さんですが、11/7の入浴時に仙骨部に直径2cmほどの発赤を見つけました。
押しても消えない状態で、ご本人は痛みを訴えています。
また糖尿病の血糖値が夕食前で250～280と高めの日が続いており、
主治医の相模中央病院 脳神経内科にも今週中に相談する予定です。

次回の訪問（11/10）で褥瘡の評価をお願いできますでしょうか。

> 東海林様
> 11/5訪問分の報告書を送付いたします。バイタルは安定しています。
> 訪問看護ステーションあさひ 常田
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "new text in a reply reports a named resident's pressure sore and diabetes to a nursing station (reason 3)",
    },
]
