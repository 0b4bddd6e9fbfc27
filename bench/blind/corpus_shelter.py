"""Blind corpus — AREA: shelter.

日の出産業株式会社 社会貢献推進室 (CSR office) supporting NPO法人 女性支援ひだまりの家
(a women's shelter for DV survivors) and NPO法人 フードバンクみなと (a food bank):
DV survivors' relocation and 住民票の閲覧制限 (DV等支援措置), support meetings with the
police and the city welfare office (港浜市 福祉事務所), 就労支援 trainees, food bank
recipients' lists and deliveries, volunteers, donors' receipts, anonymous statistics.

Every person, number and address here is invented.  My Number / card seeds start at 4701.
"""

from __future__ import annotations

import unicodedata

from build import card_number, my_number

# -- people and places --------------------------------------------------------------------

SAEKI = "佐伯 真理子 <m.saeki@hinode-sangyo.co.jp>"
MORISHITA = "森下 拓海 <t.morishita@hinode-sangyo.co.jp>"
ONODERA = "小野寺 あかり <a.onodera@hinode-sangyo.co.jp>"
HATANO = "羽田野 景子 <k.hatano@hinode-sangyo.co.jp>"
KUSUNOKI = "楠 圭吾 <k.kusunoki@hinode-sangyo.co.jp>"
TAKAGI = "Ren Takagi <r.takagi@hinode-sangyo.co.jp>"
KIRA = "吉良 聡 <s.kira@hinode-sangyo.co.jp>"

SHELTER = "hidamari-no-ie.or.jp"
FB = "foodbank-minato.or.jp"
CITY = "city.minatohama.lg.jp"
POLICE = "police.pref.kanagawa.lg.jp"
SHAKYO = "minatohama-shakyo.or.jp"


def sig(name: str, mail: str, dept: str = "社会貢献推進室", ext: str = "4312",
        style: int = 0) -> str:
    """The sender's own signature (never labelled)."""
    if style == 1:
        return (f"\n--\n日の出産業株式会社 {dept}\n{name}\n"
                f"〒105-0022 東京都港区海岸1-15-9 日の出産業ビル7F\n"
                f"TEL 03-5472-6610（代表）内線{ext} / FAX 03-5472-6619\n"
                f"Mail: {mail}\n")
    if style == 2:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社\n {dept}　{name}\n"
                f" 〒105-0022 東京都港区海岸１－１５－９\n TEL：03-5472-6631（直通）\n"
                f" {mail}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 3:
        return (f"\n--\n{name}\nCSR Promotion Office, Hinode Sangyo Co., Ltd.\n"
                f"1-15-9 Kaigan, Minato-ku, Tokyo 105-0022, Japan\n"
                f"Tel +81-3-5472-6631 / {mail}\n")
    return (f"\n------------------------------------------\n日の出産業株式会社\n{dept}\n"
            f"{name}\n〒105-0022 東京都港区海岸1-15-9\nTEL 03-5472-6631 内線{ext}\n"
            f"E-mail {mail}\n------------------------------------------\n")


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除していただきますよう"
           "お願いいたします。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. "
           "If you are not the intended recipient, please notify the sender immediately "
           "and delete this e-mail.\n")


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def table(rows: list[list[str]], gap: int = 2, fullwidth: bool = False,
          rule: str = "-") -> str:
    """Rows padded with spaces under a header and a rule, as people paste them."""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for n, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            pad = widths[i] - _w(c)
            if fullwidth:
                cells.append(c + "　" * (pad // 2) + " " * (pad % 2))
            else:
                cells.append(c + " " * pad)
        sep = "　" if fullwidth else " " * gap
        out.append(sep.join(cells).rstrip())
        if n == 0:
            total = sum(widths) + (len(widths) - 1) * (2 if fullwidth else gap)
            out.append(rule * (total if rule in "-=" else total // 2))
    return "\n".join(out)


def tsv(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in rows)


def fw(s: str) -> str:
    """ASCII digits and hyphens to full width (０９０－…)."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def mn(seed: int, sep: str = "") -> str:
    n = my_number(seed)
    return sep.join([n[0:4], n[4:8], n[8:12]]) if sep else n


def cc(seed: int, sep: str = "-") -> str:
    n = card_number(seed)
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


MESSAGES: list[dict] = []


def M(**kw) -> None:
    kw["id"] = f"shelter-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)


# ---------------------------------------------------------------------------------------
# 001 body, ASCII-padded table: delivery route sheet for food bank households
M(
    sender=MORISHITA,
    to=["辻 健太 <tsuji@foodbank-minato.or.jp>"],
    subject="6/14 宅配ルート表（日の出チーム担当分）のご確認",
    charset="iso-2022-jp",
    body="""フードバンクみなと
ボランティアコーディネーター　辻様

いつもお世話になっております。日の出産業の森下です。
6/14(土)の宅配、当社社員チームの担当分を下記のとおり組みました。
住所・電話の転記ミスがないか、お手数ですがご確認いただけますでしょうか。

""" + table([
        ["No", "世帯主", "住所", "電話", "人数"],
        ["1", "大曽根 由美", "神奈川県横浜市鶴見区豊岡町12-5-203", "090-3318-4471", "3"],
        ["2", "笹倉 美和", "神奈川県横浜市鶴見区本町通3-41-8", "080-6624-1093", "2"],
        ["3", "宇田川 敏江", "神奈川県川崎市幸区南加瀬4-18-7", "044-588-2710", "1"],
        ["4", "猪俣 さゆり", "神奈川県川崎市幸区古市場2-9-15-101", "070-4127-8836", "4"],
        ["5", "根津 孝子", "神奈川県横浜市神奈川区子安通1-77", "090-8850-2264", "2"],
        ["6", "百瀬 カヨ", "神奈川県横浜市神奈川区浦島町5-3-402", "045-441-3082", "1"],
    ]) + """

車は青葉運輸さんからお借りする2台で回ります。
不在時は置き配不可の世帯（3番・6番）だけ再訪します。

よろしくお願いいたします。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six recipient households with name, address and phone in a padded body table to an external NPO",
)

# 002 internal-only: same kind of list stays inside
M(
    sender=ONODERA,
    to=["森下 拓海 <t.morishita@hinode-sangyo.co.jp>", "佐伯 真理子 <m.saeki@hinode-sangyo.co.jp>"],
    cc=["社会貢献推進室 <csr-office@hinode-sangyo.co.jp>"],
    subject="Re: 宅配ボランティア 7月分の世帯リスト",
    charset="utf-8",
    body="""森下さん、佐伯室長

7月分、フードバンクみなとさんから届いたリストを整理しました（社内共有のみ）。

・穂積 千代子　横浜市鶴見区下末吉6-2-11　045-571-8823　2人
・鮫島 里奈　横浜市鶴見区東寺尾2-30-5-305　090-2207-6619　3人（乳児あり）
・小此木 ハル　川崎市幸区北加瀬1-14-2　044-599-4107　1人
・南雲 杏奈　川崎市中原区木月住吉町8-19　080-7731-0482　4人
・久我 静香　横浜市神奈川区六角橋3-8-1　070-5519-2346　2人
・乙部 澄子　横浜市港北区篠原東1-6-22　045-402-9917　1人

ルートは先月と同じ2班体制でいけそうです。
乳児のいる鮫島さん宅はミルクの追加があります。

小野寺
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="recipient list but every recipient is internal (hinode-sangyo.co.jp)",
)

# 003 three external organisations visible in To/Cc (no personal data)
M(
    sender=SAEKI,
    to=["港浜中央警察署 生活安全課 石黒様 <ishiguro.t@police.pref.kanagawa.lg.jp>",
        "港浜市福祉事務所 生活支援課 堀江様 <horie-k@city.minatohama.lg.jp>"],
    cc=["ひだまりの家 川端様 <kawabata@hidamari-no-ie.or.jp>"],
    subject="支援調整会議（7/3）開催のご案内",
    charset="iso-2022-jp",
    body="""関係各位

いつもお世話になっております。日の出産業 社会貢献推進室の佐伯でございます。

先日お電話でご相談いたしました、当社就労支援プログラム参加者の件につき、
下記のとおり支援調整会議を開催させていただきたく、ご案内申し上げます。

　日時：7月3日（木）14:00～15:30
　場所：港浜市総合福祉センター 3階 第2会議室
　議題：職場での安全確保策、通勤経路の見直し、今後の連絡体制

対象の方のお名前等は当日、紙資料でのみお配りし、会議終了後に回収いたします。
ご都合が合わない場合は6/27までにご連絡いただけますと幸いです。

""" + sig("佐伯 真理子（室長）", "m.saeki@hinode-sangyo.co.jp", style=1),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="police, city office and shelter (three external organisations) can see each other in To/Cc; should be Bcc",
)

# 004 two external organisations: shelter + law firm (normal three-way meeting)
M(
    sender=MORISHITA,
    to=["川端 志乃 <kawabata@hidamari-no-ie.or.jp>"],
    cc=["白川 奈緒 先生 <n.shirakawa@shirakawa-law.jp>"],
    subject="法律相談会（社員向け）日程候補のご相談",
    charset="shift_jis",
    body="""ひだまりの家　川端様
白川法律事務所　白川先生

お世話になっております。日の出産業の森下です。

秋に予定している社員向け「家庭内の悩み・法律相談会」の日程候補です。

　①　10月 8日（水）12:00～13:00
　②　10月15日（水）12:00～13:00
　③　10月22日（水）17:30～18:30

会場は当社7階の研修室、オンライン併用を予定しております。
個別相談枠は社員から申し込みがあった時点で、先生へ直接おつなぎします。
ご都合のよい候補を教えていただけますでしょうか。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=2) + DISC_JA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc, scheduling only; disclaimer at the end",
)

# 005 要配慮 (crime victim: DV) for one identifiable person to the city 市民課
M(
    sender=HATANO,
    to=["港浜市 市民課 住民記録係 <shimin-jyuki@city.minatohama.lg.jp>"],
    subject="DV等支援措置の申出に関する照会（当社社員）",
    charset="iso-2022-jp",
    body="""港浜市役所 市民課 住民記録係 御中

日の出産業株式会社 人事部の羽田野と申します。
当社社員について、住民基本台帳の閲覧制限（DV等支援措置）の申出を
本人が行う予定のため、会社として必要な書類の確認をさせてください。

　氏名：松任谷 ゆかり（まつとうや ゆかり）
　生年月日：昭和６１年９月１４日
　現住所：神奈川県横浜市港北区大倉山5-21-3 サンパレス大倉山206
　状況：元夫からの暴力により本年4月よりシェルターに一時入所、
　　　　現在は上記住所に転居済み。配偶者暴力相談支援センターで相談記録あり。

在職証明書の様式に指定があれば教えていただけますでしょうか。
また、住民税の通知書の送付先についても別途ご相談させてください。

""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named DV survivor (crime victim) with DOB and new address sent to the city: sensitive data of one person",
)

# 006 one business contact (pass)
M(
    sender=ONODERA,
    to=["ひだまりの家 事務局 <office@hidamari-no-ie.or.jp>"],
    subject="Re: 担当者変更のお知らせ",
    charset="utf-8",
    body="""ひだまりの家 事務局 御中

ご連絡ありがとうございます。日の出産業の小野寺です。
担当変更の件、承知いたしました。社内の連絡表を以下のとおり更新いたします。

　NPO法人 女性支援ひだまりの家
　就労支援コーディネーター　宮内 絢子 様
　携帯：090-4418-2735（平日 9:30-17:30）
　miyauchi@hidamari-no-ie.or.jp

これまでご担当いただいた中條様には大変お世話になりました。
よろしくお伝えくださいませ。

> 7月1日付で、就労支援の担当が中條から宮内に変わります。
> 宮内の連絡先は上記のとおりです。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=1),
    expect="pass",
    entities=[],
    detectors=[],
    note="a partner NPO's one business contact person; nothing else",
)

# 007 My Number of one lecturer to an outside tax accountant
M(
    sender=KUSUNOKI,
    to=["金田税理士事務所 福留様 <fukudome@kaneda-tax.jp>"],
    subject="講師謝金の支払調書作成について（マイナンバー記載）",
    charset="shift_jis",
    body="""金田税理士事務所
福留様

いつもお世話になっております。日の出産業 総務部の楠です。
社員研修「DV・ハラスメントの基礎知識」でご登壇いただいた外部講師の方の
謝金について、支払調書の作成をお願いいたします。

　講師氏名：鳴海 千晶（なるみ ちあき）
　住所：東京都世田谷区用賀3-14-9-501
　個人番号：""" + mn(4701, " ") + """
　支払金額：55,000円（源泉徴収額 5,615円）
　支払日：2025年6月30日

番号確認書類（通知カード写し）と本人確認書類は、郵送で別途お送りします。
""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127"),
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a lecturer's My Number (with name and address) to an external tax office",
)

# 008 CSV (CP932) of donors for receipt mailing to the printer
M(
    sender=KUSUNOKI,
    to=["錦印刷 営業部 丸尾様 <maruo@nishiki-insatsu.co.jp>"],
    subject="寄附金受領証明書 宛名印字データ送付の件",
    charset="shift_jis",
    body="""錦印刷株式会社
丸尾様

お世話になっております。日の出産業の楠です。
「ひだまり基金」個人寄附者向け受領証明書の宛名印字・封入発送をお願いいたします。
宛名データをCSVで添付いたしましたので、前回と同じレイアウトで進めてください。

部数：12通（窓付き長3封筒）
発送：7月10日差出希望

""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127", style=1),
    attachments=[{
        "kind": "csv", "name": "ひだまり基金_寄附者宛名_2025上期.csv", "encoding": "cp932",
        "rows": [
            ["郵便番号", "住所", "氏名", "寄附日", "金額"],
            ["223-0062", "神奈川県横浜市港北区日吉本町2-44-7", "千賀 里美", "2025/04/03", "10000"],
            ["211-0025", "神奈川県川崎市中原区木月4-2-16", "八巻 洋平", "2025/04/11", "5000"],
            ["150-0011", "東京都渋谷区東3-9-2-804", "嶋津 恵理香", "2025/04/20", "30000"],
            ["247-0056", "神奈川県鎌倉市大船6-1-33", "能勢 和彦", "2025/05/02", "3000"],
            ["251-0025", "神奈川県藤沢市鵠沼石上1-7-10", "真柴 浩美", "2025/05/09", "20000"],
            ["176-0012", "東京都練馬区豊玉北5-28-6", "稲生 正樹", "2025/05/15", "10000"],
            ["330-0802", "埼玉県さいたま市大宮区宮町2-60", "籾山 葉子", "2025/05/28", "50000"],
            ["273-0005", "千葉県船橋市本町7-11-3-1102", "安齋 智", "2025/06/01", "5000"],
            ["236-0021", "神奈川県横浜市金沢区泥亀1-19-4", "蓮見 由紀子", "2025/06/09", "10000"],
            ["214-0014", "神奈川県川崎市多摩区登戸3012", "帯刀 亮", "2025/06/14", "3000"],
            ["238-0008", "神奈川県横須賀市大滝町2-5-18", "三上 千晴", "2025/06/20", "100000"],
            ["240-0006", "神奈川県横浜市保土ケ谷区星川3-22-1", "御園 栞", "2025/06/27", "5000"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="twelve individual donors' names and addresses in a CP932 CSV to an external printer",
)

# 009 anonymous statistics (pass)
M(
    sender=SAEKI,
    to=["港浜市 配偶者暴力相談支援センター <dv-center@city.minatohama.lg.jp>"],
    subject="就労支援プログラム 上期実績（集計値）のご報告",
    charset="iso-2022-jp",
    body="""港浜市 配偶者暴力相談支援センター 御中

いつもお世話になっております。日の出産業の佐伯でございます。
連携協定に基づき、当社就労支援プログラムの上期実績を集計値でご報告いたします。
個人が特定される情報は含めておりません。

""" + table([
        ["区分", "4月", "5月", "6月", "計"],
        ["紹介受付", "3", "2", "4", "9"],
        ["職場見学", "2", "2", "3", "7"],
        ["就労体験開始", "1", "2", "2", "5"],
        ["パート採用", "0", "1", "1", "2"],
        ["中断", "0", "0", "1", "1"],
    ]) + """

年代別（受付時）：20代 2名、30代 4名、40代 3名
同伴児童あり：6件

下期は受入部署を物流センターにも広げる予定です。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp"),
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate counts only; no individual can be identified",
)

# 010 XLSX, several sheets with a title row: recipient households to the food bank
_hh_apr = [
    ["フードバンクみなと 定期受取世帯一覧（日の出産業 受付分）", "", "", "", "", ""],
    ["受付No", "氏名", "フリガナ", "住所", "電話", "世帯人数"],
    ["H-0412", "熊谷 美奈子", "クマガイ ミナコ", "神奈川県横浜市港北区菊名6-3-19", "090-1184-5520", 3],
    ["H-0413", "藤堂 奈津", "トウドウ ナツ", "神奈川県横浜市港北区大豆戸町311-4", "080-3371-9024", 2],
    ["H-0414", "堀之内 恵", "ホリノウチ メグミ", "神奈川県横浜市神奈川区白楽45-2", "070-2290-8813", 4],
    ["H-0415", "榊原 登志子", "サカキバラ トシコ", "神奈川県横浜市鶴見区岸谷1-12-8", "045-581-6604", 1],
    ["H-0416", "与那嶺 久美", "ヨナミネ クミ", "神奈川県川崎市川崎区大師駅前2-3-7", "090-6612-7033", 3],
]
_hh_may = [
    ["フードバンクみなと 定期受取世帯一覧（5月追加分）", "", "", "", "", ""],
    ["受付No", "氏名", "フリガナ", "住所", "電話", "世帯人数"],
    ["H-0501", "阿久津 紗枝", "アクツ サエ", "神奈川県川崎市幸区小倉2-18-9", "080-5540-1176", 2],
    ["H-0502", "東海林 麻衣", "ショウジ マイ", "神奈川県横浜市鶴見区市場大和町7-2", "090-7735-2281", 5],
    ["H-0503", "平良 ちえ", "タイラ チエ", "神奈川県横浜市港北区綱島西3-9-14", "045-531-2209", 1],
]
M(
    sender=ONODERA,
    to=["野々村 貴子 <nonomura@foodbank-minato.or.jp>"],
    subject="定期受取世帯一覧（4月・5月）をお送りします",
    charset="utf-8",
    body="""フードバンクみなと
野々村様

お世話になっております。日の出産業の小野寺です。
当社窓口で受付した定期受取世帯の一覧をお送りします。
シートは月ごとに分けてあります。ご確認のほどよろしくお願いいたします。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=2),
    attachments=[{"kind": "xlsx", "name": "定期受取世帯一覧_2025_04-05.xlsx",
                  "sheets": {"4月": _hh_apr, "5月": _hh_may}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="eight recipient households' names, addresses and phones in an XLSX to the external food bank",
)

# 011 look-alike of a partner domain (letter dropped), no personal data
M(
    sender=MORISHITA,
    to=["北国フーズ CSR推進課 岩城様 <iwaki@kitaguni-food.co.jp>"],
    subject="寄贈品お引取り日程の件",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
CSR推進課　岩城様

いつもお世話になっております。日の出産業の森下です。
先日ご連絡いただいた賞味期限間近品（レトルトカレー 240箱）のお引取りですが、
7/9(水) 10:00に青葉運輸さんのトラックで厚木倉庫へ伺う段取りとなりました。

搬出口の場所と、当日の立ち会いご担当者をお知らせいただけますと助かります。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp (letter dropped)",
)

# 012 shop list (businesses, not people)
M(
    sender=ONODERA,
    to=["北国フーズ CSR推進課 岩城様 <iwaki@kitaguni-foods.co.jp>"],
    subject="フードドライブ回収ボックス設置店舗のご案内",
    charset="utf-8",
    body="""北国フーズ株式会社
岩城様

お世話になっております。日の出産業の小野寺です。
8月のフードドライブ期間中、回収ボックスを置かせていただく店舗が確定しました。
御社の社内報でご紹介いただけるとのこと、ありがとうございます。

""" + table([
        ["店舗", "住所", "電話"],
        ["まるさんストア 菊名店", "横浜市港北区菊名4-1-3", "045-430-2281"],
        ["まるさんストア 綱島店", "横浜市港北区綱島西2-7-10", "045-545-0190"],
        ["フレッシュやまと 鶴見中央店", "横浜市鶴見区鶴見中央3-5-1", "045-503-7712"],
        ["フレッシュやまと 新川崎店", "川崎市幸区鹿島田1-1-2", "044-520-3381"],
        ["生活協同組合かなはま 日吉店", "横浜市港北区日吉2-6-4", "045-560-1145"],
        ["日の出産業 本社1F ロビー", "東京都港区海岸1-15-9", "03-5472-6610"],
    ]) + """

※営業時間は各店舗の案内に準じます。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=1),
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of shops with their business addresses and switchboards, no people",
)

# 013 password-protected ZIP (PPAP)
M(
    sender=ONODERA,
    to=["辻 健太 <tsuji@foodbank-minato.or.jp>"],
    subject="ボランティア登録者名簿（パスワード付き）",
    charset="shift_jis",
    body="""辻様

お世話になっております。日の出産業の小野寺です。
社員ボランティアの登録者名簿を添付いたします。
解凍パスワードは別メールにてお送りします。

小野寺
""",
    attachments=[{"kind": "zip", "name": "volunteer_meibo_2025.zip", "password": "Hnd#0614fb",
                  "files": [{"kind": "csv", "name": "meibo.csv", "encoding": "cp932", "rows": [
                      ["氏名", "所属", "携帯", "メール"],
                      ["神保 真澄", "物流部", "090-2231-0087", "m.jimbo@hinode-sangyo.co.jp"],
                      ["浅香 翔", "営業二部", "080-4417-9932", "s.asaka@hinode-sangyo.co.jp"],
                      ["竹内 早苗", "経理課", "070-1126-5508", "s.takeuchi@hinode-sangyo.co.jp"],
                      ["篠田 航", "情報システム部", "090-8874-0215", "w.shinoda@hinode-sangyo.co.jp"],
                      ["桐生 朋美", "人事部", "080-2265-4470", "t.kiryu@hinode-sangyo.co.jp"],
                  ]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external party cannot be inspected",
)

# 014 quoted reply: the list is the recipient's own, quoted with '>'
M(
    sender=MORISHITA,
    to=["辻 健太 <tsuji@foodbank-minato.or.jp>"],
    subject="Re: 6/21 配布会 受取予定者のご連絡",
    charset="iso-2022-jp",
    body="""辻様

ご連絡ありがとうございます。森下です。
受取予定の方の件、承知しました。当日は当社から5名で受付に入ります。
本人確認は受付番号のみで行う運用でよろしいでしょうか。

森下

辻 健太 wrote:
> 日の出産業 森下様
>
> 6/21の配布会の受取予定者です。受付でのご確認用にお使いください。
>
> 受付番号  氏名          電話
> -------------------------------------
> 21-01     柴崎 典子     090-5561-2380
> 21-02     日向 沙織     080-1147-6652
> 21-03     長嶺 かおり   070-3398-2214
> 21-04     遠山 紀子     090-6620-4417
> 21-05     國分 茜       080-8812-0073
> 21-06     芦田 瑞穂     090-3304-9156
>
> フードバンクみなと　辻
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list sits only in the quoted text of the recipient's own mail; new text has no personal data",
)

# 015 credit card number of one donor, transcribed from a paper form
M(
    sender=KUSUNOKI,
    to=["ひだまりの家 寄附担当 <kifu@hidamari-no-ie.or.jp>"],
    subject="マンスリー寄附 お申込み（社員分）の転記",
    charset="utf-8",
    body="""ひだまりの家 寄附担当 御中

日の出産業 総務部の楠です。
社内の募金コーナーで紙の申込書をいただいた社員1名分を転記してお送りします。

　お名前：鬼塚 祥子
　ご連絡先：080-6651-3397
　決済：クレジットカード（VISA）
　カード番号：""" + cc(4702) + """
　有効期限：09/28
　金額：毎月2,000円

原本は社内でシュレッダー処理いたします。
""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127"),
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a donor's credit card number in the body to an external NPO",
)

# 016 HTML-only mail with a table of six volunteers
M(
    sender=ONODERA,
    to=["港浜大学 ボランティアセンター <volunteer@minatohama-u.ac.jp>"],
    subject="合同ボランティア（8/2）参加者連絡先",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo'">
<p>港浜大学 ボランティアセンター ご担当者様</p>
<p>いつもお世話になっております。日の出産業の小野寺です。<br>
8/2 の仕分けボランティアに参加する当社社員の連絡先です。当日の緊急連絡用にお使いください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>氏名</th><th>携帯</th><th>メール</th><th>集合</th></tr>
<tr><td>上条 拓真</td><td>090-3381-7726</td><td>takuma.kamijo@gmail.com</td><td>9:00</td></tr>
<tr><td>花岡 美咲</td><td>080-2954-1180</td><td>misaki.h0505@yahoo.co.jp</td><td>9:00</td></tr>
<tr><td>柳瀬 大地</td><td>070-6617-3342</td><td>d-yanase@icloud.com</td><td>9:00</td></tr>
<tr><td>戸川 真由</td><td>090-4450-8871</td><td>mayu.togawa@outlook.jp</td><td>13:00</td></tr>
<tr><td>宍戸 潤</td><td>080-7701-2296</td><td>jun.shishido88@gmail.com</td><td>13:00</td></tr>
<tr><td>雨宮 紗季</td><td>090-1129-5583</td><td>saki-amemiya@docomo.ne.jp</td><td>13:00</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 社会貢献推進室<br>小野寺 あかり<br>TEL 03-5472-6631</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six people's mobile numbers and private e-mails to a university",
)

# 017 one free-mail recipient: a donor's own receipt (pass)
M(
    sender=KUSUNOKI,
    to=["千賀 里美 様 <satomi.chiga@gmail.com>"],
    subject="【ひだまり基金】ご寄附の受領について",
    charset="iso-2022-jp",
    body="""千賀 里美 様

このたびは「ひだまり基金」へのご寄附をいただき、誠にありがとうございました。
日の出産業 総務部の楠でございます。

ご登録いただいた内容は以下のとおりです。

　ご住所：〒223-0062 神奈川県横浜市港北区日吉本町2-44-7
　ご寄附日：2025年4月3日
　金額：10,000円

寄附金受領証明書は、7月中旬にご住所宛に郵送いたします。
ご住所に変更がございましたら、本メールにご返信ください。

""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127", style=2),
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="one private donor on free mail receiving her own single record",
)

# 018 five private volunteers can see each other's addresses
M(
    sender=ONODERA,
    to=["takuma.kamijo@gmail.com", "misaki.h0505@yahoo.co.jp", "d-yanase@icloud.com",
        "mayu.togawa@outlook.jp", "saki-amemiya@docomo.ne.jp"],
    subject="先日の仕分けボランティア、ありがとうございました！",
    charset="utf-8",
    body="""皆さま

先日は暑い中、フードバンクの仕分けボランティアにご参加いただき
本当にありがとうございました。社会貢献推進室の小野寺です。

当日仕分けた食品は約1.8トン、市内32か所の子ども食堂と
ひとり親世帯へ届けられたそうです。

次回は9/6(土)を予定しています。また改めてご案内しますね。

小野寺
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="five private persons on free mail in To can see each other's addresses; should be Bcc",
)

# 019 DOCX table: volunteer phone tree to the council of social welfare
M(
    sender=MORISHITA,
    to=["港浜市社会福祉協議会 ボランティアセンター <vc@minatohama-shakyo.or.jp>"],
    subject="災害時連絡網（日の出産業ボランティア班）",
    charset="iso-2022-jp",
    body="""港浜市社会福祉協議会 ボランティアセンター御中

お世話になっております。日の出産業の森下です。
災害時の炊き出し協力に関する連絡網を更新しましたので、Word で添付いたします。
旧版は破棄をお願いいたします。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "docx", "name": "災害時連絡網_2025.docx",
                  "paragraphs": ["日の出産業株式会社 ボランティア班 災害時連絡網（2025年6月版）",
                                 "上から順に電話連絡し、つながらない場合は次の人へ。"],
                  "tables": [[
                      ["順", "氏名", "携帯電話", "自宅住所"],
                      ["1", "森下 拓海", "090-5512-3348", "東京都品川区南大井4-2-8-302"],
                      ["2", "奥寺 良平", "080-3396-1174", "神奈川県横浜市鶴見区生麦2-11-5"],
                      ["3", "樋渡 京子", "070-2281-6640", "神奈川県川崎市川崎区渡田山王町19-3"],
                      ["4", "大河内 諒", "090-7740-2218", "東京都大田区大森西6-14-1"],
                      ["5", "羽生 千尋", "080-9913-5527", "神奈川県横浜市港北区新羽町1120-4"],
                      ["6", "木暮 優作", "090-2206-3389", "東京都大田区西蒲田7-5-22"],
                  ]]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX phone tree of six people with mobiles and home addresses to an external council",
)

# 020 mail about an NDA (pass)
M(
    sender=SAEKI,
    to=["川端 志乃 <kawabata@hidamari-no-ie.or.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    charset="shift_jis",
    body="""ひだまりの家
事務局長　川端様

いつもお世話になっております。日の出産業の佐伯です。
就労支援プログラムに関する秘密保持契約書（案）について、当社法務からのコメントを
以下にまとめました。

1. 第2条（秘密情報の定義）
   利用者の所在に関する情報は、口頭で開示されたものも秘密情報に含める旨を明記したい。
2. 第5条（目的外利用の禁止）
   受入部署の上長への共有範囲を「安全配慮に必要な最小限」と限定する文言を追加。
3. 第8条（返還・廃棄）
   プログラム終了後30日以内の廃棄と、廃棄証明の提出を求める形でいかがでしょうか。

修正版は来週中に Word でお送りします。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp") + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA (秘密保持契約) with a disclaimer; no marking, no personal data",
)

# 021 PDF table of donors to an outside accountant
M(
    sender=KUSUNOKI,
    to=["金田税理士事務所 <office@kaneda-tax.jp>"],
    subject="ひだまり基金 上期寄附者明細（PDF）",
    charset="iso-2022-jp",
    body="""金田税理士事務所 御中

お世話になっております。日の出産業の楠です。
「ひだまり基金」上期の個人寄附者明細をPDFでお送りします。
寄附金控除の証明書発行分との突合をお願いできますでしょうか。
""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127"),
    attachments=[{"kind": "pdf", "name": "hidamari_kikin_2025H1.pdf",
                  "title": "ひだまり基金 寄附者明細 2025上期",
                  "lines": ["ひだまり基金 個人寄附者明細（2025年4月～6月）", "日の出産業株式会社 総務部", ""],
                  "table": [
                      ["No", "氏名", "住所", "電話", "金額"],
                      ["1", "千賀 里美", "神奈川県横浜市港北区日吉本町2-44-7", "090-2271-6630", "10,000"],
                      ["2", "八巻 洋平", "神奈川県川崎市中原区木月4-2-16", "080-5518-2274", "5,000"],
                      ["3", "嶋津 恵理香", "東京都渋谷区東3-9-2-804", "03-3409-7716", "30,000"],
                      ["4", "能勢 和彦", "神奈川県鎌倉市大船6-1-33", "0467-44-2081", "3,000"],
                      ["5", "真柴 浩美", "神奈川県藤沢市鵠沼石上1-7-10", "090-8823-1154", "20,000"],
                      ["6", "籾山 葉子", "埼玉県さいたま市大宮区宮町2-60", "048-641-3350", "50,000"],
                      ["7", "三上 千晴", "神奈川県横須賀市大滝町2-5-18", "080-1190-7742", "100,000"],
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of seven donors with addresses and phones to an external accountant",
)

# 022 a volunteer's medical condition (one person) to the food bank
M(
    sender=ONODERA,
    to=["辻 健太 <tsuji@foodbank-minato.or.jp>"],
    subject="次回シフトのご相談（藤枝さんの件）",
    charset="utf-8",
    body="""辻さん

お疲れさまです。日の出産業の小野寺です。
社員ボランティアの藤枝 美保さん（経理課、携帯 080-3345-7719）について、
ご本人から申し出があったので共有させてください。

てんかんの持病があり服薬中とのことで、
・フォークリフト周辺や高所での作業は避けたい
・発作時は横向きに寝かせて様子を見る、5分以上続く場合は救急要請
とのことです。倉庫での仕分けではなく、受付や袋詰めの担当にしていただけると助かります。

よろしくお願いします。
小野寺
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named volunteer's medical condition (epilepsy, medication) sent outside: sensitive data of one person",
)

# 023 four people's contacts to a hotel (pass, may warn)
M(
    sender=MORISHITA,
    to=["さくらホテル 宴会予約 水野様 <banquet@sakura-hotel.jp>"],
    subject="チャリティランチ当日の運営スタッフについて",
    charset="iso-2022-jp",
    body="""さくらホテル
宴会予約　水野様

お世話になっております。日の出産業の森下です。
9/20 チャリティランチ当日、搬入口から入館する当社スタッフは次の4名です。

　森下 拓海　　090-5512-3348（責任者）
　小野寺 あかり　080-1476-2290
　奥寺 良平　　080-3396-1174
　樋渡 京子　　070-2281-6640

9:30 に搬入口へ伺います。入館証の手配をお願いいたします。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=2),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four staff with mobile numbers to a partner hotel: under the five-person threshold (may warn)",
)

# 024 three external companies visible in To
M(
    sender=ONODERA,
    to=["北国フーズ 岩城様 <iwaki@kitaguni-foods.co.jp>",
        "まるさんストア 総務部 <soumu@marusan-store.co.jp>",
        "フレッシュやまと CSR室 <csr@fresh-yamato.co.jp>"],
    subject="8月 フードドライブ共同実施 打合せのお願い",
    charset="shift_jis",
    body="""各社ご担当者様

いつもお世話になっております。日の出産業 社会貢献推進室の小野寺です。
8月のフードドライブ共同実施につきまして、オンラインで打合せを行いたく存じます。

候補日：7/15(火) 10時、7/16(水) 15時、7/18(金) 11時
所要：1時間程度（Teams）

ご都合をお知らせいただけますと幸いです。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp"),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies can see each other in To; should be Bcc",
)

# 025 driver's licence number of a volunteer driver to the transport partner
M(
    sender=MORISHITA,
    to=["青葉運輸 車両管理課 戸塚様 <totsuka@aoba-unyu.co.jp>"],
    subject="宅配ボランティア用車両 運転者登録のお願い",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
車両管理課　戸塚様

いつもお世話になっております。日の出産業の森下です。
お借りしている軽バンの運転者を1名追加させてください。

　氏名：奥寺 良平
　生年月日：1989年2月17日
　運転免許証番号：第 ３０１８８２４７０５６０ 号
　免許の種類：普通（AT限定なし）
　有効期限：令和9年3月17日

任意保険の運転者範囲への追加が必要でしたらご指示ください。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a volunteer's driver's licence number (with name and DOB) to an external company",
)

# 026 tracking numbers and product codes (pass)
M(
    sender=ONODERA,
    to=["フードバンクみなと 倉庫 <souko@foodbank-minato.or.jp>"],
    subject="寄贈品発送のお知らせ（送り状番号）",
    charset="utf-8",
    body="""フードバンクみなと 倉庫ご担当者様

お世話になっております。日の出産業の小野寺です。
本日、社内フードドライブで集まった食品を発送しました。

　青葉運輸 送り状番号：4821-3390-1275、4821-3390-1286、4821-3390-1297
　個口数：3（いずれも常温）
　到着予定：7/8(火) 午前

内訳（概数）：米 60kg／缶詰 140缶／レトルト 95袋／乾麺 70袋／調味料 30本
賞味期限はすべて2025年10月以降のものです。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=1),
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and quantities only",
)

# 027 confidentiality marking in the subject
M(
    sender=SAEKI,
    to=["川端 志乃 <kawabata@hidamari-no-ie.or.jp>"],
    subject="【社外秘】就労支援プログラム 受入体制の見直し案",
    charset="iso-2022-jp",
    body="""川端様

お世話になっております。佐伯です。
社内で検討中の受入体制見直し案（社外秘扱い）を、事前にご意見をいただきたく
共有いたします。

■見直しのポイント
1. 受入部署を本社総務から物流センター（平和島）へ拡大
2. 受入前面談に産業医を同席させる
3. 社内での呼称は仮名とし、社内システム上の氏名表示を制限
4. 来訪者対応マニュアルに「家族を名乗る者」への対応を追記

正式決定は8月の経営会議の予定です。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp"),
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail is stamped 【社外秘】 in its subject and goes outside",
)

# 028 TSV attachment: event staff list with mobiles to the hotel
M(
    sender=MORISHITA,
    to=["さくらホテル 宴会予約 水野様 <banquet@sakura-hotel.jp>"],
    subject="チャリティバザー（10/11）スタッフ名簿",
    charset="shift_jis",
    body="""水野様

いつもお世話になっております。日の出産業の森下です。
10/11 チャリティバザーの運営スタッフ名簿をタブ区切りで添付しました。
入館証の作成にお使いください。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "txt", "name": "bazaar_staff_1011.tsv", "encoding": "cp932",
                  "text": tsv([
                      ["氏名", "ふりがな", "携帯", "担当"],
                      ["森下 拓海", "もりした たくみ", "090-5512-3348", "統括"],
                      ["奥寺 良平", "おくでら りょうへい", "080-3396-1174", "搬入"],
                      ["樋渡 京子", "ひわたし きょうこ", "070-2281-6640", "会計"],
                      ["大河内 諒", "おおこうち りょう", "090-7740-2218", "搬入"],
                      ["羽生 千尋", "はにゅう ちひろ", "080-9913-5527", "販売"],
                      ["木暮 優作", "こぐれ ゆうさく", "090-2206-3389", "販売"],
                      ["砂川 杏", "すながわ あん", "080-6640-3317", "受付"],
                  ]) + "\n"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="TSV attachment with seven people's names and mobiles to an external hotel",
)

# 029 internal only: notes of a police meeting with survivor details
M(
    sender=SAEKI,
    to=["楠 圭吾 <k.kusunoki@hinode-sangyo.co.jp>", "羽田野 景子 <k.hatano@hinode-sangyo.co.jp>"],
    cc=["総務部長 <soumu-bucho@mail.hinode-sangyo.co.jp>"],
    subject="【共有】港浜中央署との打合せメモ（7/3）",
    charset="utf-8",
    body="""楠さん、羽田野さん（cc 総務部長）

7/3 の支援調整会議のメモです。社内限りでお願いします。

・対象：就労体験中の 浜口 理沙 さん（1992/3/8生、物流センター勤務）
・元交際相手 相良 直人（38）は傷害で昨年12月に逮捕、罰金刑。現在も接近の恐れあり
・本人は不安障害で通院中（月2回、港浜こころクリニック）
・署から：通勤経路を毎週変える、受付に顔写真を配布（署が用意）
・市から：住民票の閲覧制限は6/20付で決定済み

次回は8月上旬、同じメンバーで。
佐伯
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="highly sensitive notes, but every recipient is internal (incl. the mail. subdomain)",
)

# 030 forward in the body (FW): a volunteer list is new text for its recipient
M(
    sender=ONODERA,
    to=["子ども食堂ネットワーク港浜 事務局 <info@kodomo-shokudo-minato.jp>"],
    subject="FW: 調理ボランティア希望者（社員）",
    charset="iso-2022-jp",
    body="""子ども食堂ネットワーク港浜 事務局 御中

お世話になっております。日の出産業の小野寺です。
社内で調理ボランティアの希望を募ったところ、下記のとおり手が挙がりました。
各食堂への割り振りをお願いできますでしょうか。

-----Forwarded Message-----
From: 社会貢献推進室 <csr-office@hinode-sangyo.co.jp>
Sent: Monday, June 30, 2025 6:12 PM
Subject: 調理ボランティア 応募集計

応募集計（6/30 締切時点）
・城之内 瑞希　090-1182-6634　土曜午前　調理師免許あり
・古閑 美和子　080-4401-5528　土曜午前
・根本 翼　　　070-3356-9107　日曜午後
・秋葉 由香里　090-6629-0341　土曜午後　アレルギー対応可
・長谷部 賢　　080-2215-7780　日曜午前
・江頭 綾乃　　090-7716-3348　土日どちらでも
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a forwarded internal mail listing six people's mobiles, now sent to an external NPO",
)

# 031 residence card number of a foreign survivor to a labour consultant
M(
    sender=HATANO,
    to=["大島社会保険労務士事務所 <info@sr-oshima.jp>"],
    subject="パート採用者の雇用手続き（外国籍の方）",
    charset="utf-8",
    body="""大島社会保険労務士事務所
大島先生

いつもお世話になっております。日の出産業 人事部の羽田野です。
就労支援プログラムからパート採用となった方の手続きをお願いいたします。

　氏名：SANTOS MARIA CRISTINA（サントス マリア クリスティーナ）
　国籍：フィリピン
　生年月日：1988年11月2日
　在留カード番号：RK48210937HA
　在留資格：定住者（在留期間満了日 2027年8月14日）
　備考：DV被害によりシェルター（ひだまりの家）から通勤中。住所は非開示扱い。

外国人雇用状況の届出もあわせてお願いできますでしょうか。
""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a residence card number and the person's DV-victim status to an external office",
)

# 032 list of public facilities (distribution points), not people
M(
    sender=MORISHITA,
    to=["港浜市 福祉事務所 生活支援課 <seikatsu-shien@city.minatohama.lg.jp>"],
    subject="夏休み食品配布会 配布拠点一覧",
    charset="shift_jis",
    body="""港浜市 福祉事務所 生活支援課 御中

お世話になっております。日の出産業の森下です。
夏休み期間の食品配布会、配布拠点が確定しましたのでお知らせします。
市の広報紙への掲載をよろしくお願いいたします。

""" + table([
        ["拠点", "所在地", "電話", "日時"],
        ["鶴見地区センター", "横浜市鶴見区鶴見中央1-31-2", "045-501-3388", "7/26 10-12時"],
        ["菊名地域ケアプラザ", "横浜市港北区菊名5-2-9", "045-433-7710", "7/27 10-12時"],
        ["幸区役所 1階ロビー", "川崎市幸区戸手本町1-11-1", "044-556-6600", "8/2 13-15時"],
        ["港浜市民活動センター", "港浜市中央2-4-1", "0466-22-4100", "8/3 13-15時"],
    ], fullwidth=False) + """

※予約不要、身分証の提示も不要です。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp"),
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of public facilities with their addresses and phones, no people",
)

# 033 corrupt XLSX
M(
    sender=ONODERA,
    to=["野々村 貴子 <nonomura@foodbank-minato.or.jp>"],
    subject="受取世帯一覧（6月分）",
    charset="iso-2022-jp",
    body="""野々村様

お世話になっております。日の出産業の小野寺です。
6月分の一覧をお送りします。開けない場合はお知らせください。

小野寺
""",
    attachments=[{"kind": "corrupt", "name": "受取世帯一覧_2025_06.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

# 034 XLSX of anonymous statistics (pass)
M(
    sender=ONODERA,
    to=["野々村 貴子 <nonomura@foodbank-minato.or.jp>"],
    subject="社内フードドライブ実績（集計）",
    charset="utf-8",
    body="""野々村様

いつもお世話になっております。日の出産業の小野寺です。
年次報告書用に、当社フードドライブの実績を集計しました。
拠点別・品目別の数量のみで、個人の情報は含んでおりません。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=2),
    attachments=[{"kind": "xlsx", "name": "fooddrive_2024_summary.xlsx", "sheets": {
        "拠点別": [["2024年度 社内フードドライブ 拠点別実績", "", ""],
                ["拠点", "回収量(kg)", "参加者数"],
                ["本社", 412, 186], ["平和島物流センター", 268, 74], ["大阪支店", 133, 41],
                ["名古屋営業所", 57, 19], ["合計", 870, 320]],
        "品目別": [["品目", "数量", "単位"], ["米", 310, "kg"], ["缶詰", 1240, "缶"],
                ["レトルト食品", 860, "袋"], ["乾麺", 520, "袋"], ["調味料", 210, "本"]],
    }}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics by site and item; no people",
)

# 035 look-alike of the company's own domain (dropped "co."), trainee list
M(
    sender=SAEKI,
    to=["人事部 採用担当 <saiyo@hinode-sangyo.jp>"],
    subject="就労体験 受入予定者（8月開始）",
    charset="iso-2022-jp",
    body="""人事部 採用担当 各位

社会貢献推進室の佐伯です。
8月から就労体験を開始する方の一覧です。入館証と制服の手配をお願いします。

""" + table([
        ["仮ID", "氏名", "生年月日", "連絡先", "配属"],
        ["T-21", "浜口 理沙", "1992/03/08", "080-2741-5596", "物流センター"],
        ["T-22", "宮坂 由衣", "1997/07/21", "090-3360-1827", "本社総務"],
        ["T-23", "西園寺 典子", "1983/12/02", "070-4418-2259", "物流センター"],
        ["T-24", "比嘉 千景", "1990/05/30", "080-1162-9904", "本社総務"],
        ["T-25", "宇佐美 恵", "1986/01/14", "090-5527-3381", "物流センター"],
    ]) + """

※全員ひだまりの家からの紹介です。社内での氏名の取扱いには十分ご注意ください。

佐伯
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo.jp is a look-alike of the own domain (co. dropped); five shelter-referred trainees' records",
)

# 036 victim and offender's arrest record to the police
M(
    sender=HATANO,
    to=["港浜中央警察署 生活安全課 石黒様 <ishiguro.t@police.pref.kanagawa.lg.jp>"],
    subject="当社社員への付きまといの件（ご相談）",
    charset="shift_jis",
    body="""港浜中央警察署 生活安全課
石黒様

日の出産業 人事部の羽田野でございます。先ほどはお電話で失礼いたしました。
当社社員の件、概要を文書でお送りいたします。

■被害を受けている社員
　浜口 理沙（はまぐち りさ）　平成４年３月８日生
　物流センター勤務、携帯 080-2741-5596

■相手方
　相良 直人（さがら なおと）　元交際相手
　昨年12月に本人への傷害容疑で逮捕歴あり（略式命令・罰金）
　7/7、7/9の夕方、物流センター正門付近で目撃（警備員の記録あり）

防犯カメラの映像は保存しております。必要でしたらお持ちいたします。
""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named crime victim and a named person's arrest record: sensitive data sent outside",
)

# 037 mention of 機密書類 (shredding), disclaimer (pass)
M(
    sender=KUSUNOKI,
    to=["東和セキュアリサイクル 営業課 <eigyo@towa-secure.co.jp>"],
    subject="機密書類溶解処理の回収日について",
    charset="iso-2022-jp",
    body="""東和セキュアリサイクル株式会社
営業課 ご担当者様

いつもお世話になっております。日の出産業 総務部の楠です。
社会貢献推進室で保管期限を過ぎた紙資料（機密書類）の溶解処理をお願いしたく、
回収日のご相談です。

　量：保存箱 約14箱
　希望日：7/24(木) または 7/25(金) 午後
　場所：本社7階 社会貢献推進室

溶解証明書の発行もあわせてお願いいたします。
""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部", ext="1127", style=1) + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="talks about shredding 機密書類 (a mention, not a marking) with the standard disclaimer",
)

# 038 PPTX with a staff contact slide (six people)
M(
    sender=MORISHITA,
    to=["フードバンクみなと 事務局 <office@foodbank-minato.or.jp>"],
    subject="秋の大規模配布会 運営計画（案）",
    charset="utf-8",
    body="""フードバンクみなと 事務局 御中

お世話になっております。日の出産業の森下です。
11/8 大規模配布会の運営計画案をお送りします。
最後のスライドに当日の連絡先をまとめています。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "pptx", "name": "配布会運営計画_1108.pptx", "slides": [
        ["秋の大規模配布会 運営計画（案）", "日時：11月8日(土) 9:00-15:00", "会場：港浜市民活動センター",
         "想定来場：約300世帯"],
        ["動線", "受付 → 整理券 → 受取ブース（A〜D） → 出口", "車椅子・ベビーカー専用レーンを設置"],
        ["当日連絡先（日の出産業）",
         "森下 拓海　090-5512-3348　t.morishita@hinode-sangyo.co.jp",
         "小野寺 あかり　080-1476-2290　akari.onodera.p@gmail.com",
         "奥寺 良平　080-3396-1174　r.okudera.home@yahoo.co.jp",
         "樋渡 京子　070-2281-6640　kyoko-hiwatashi@icloud.com",
         "大河内 諒　090-7740-2218　ryo.okochi@outlook.jp",
         "羽生 千尋　080-9913-5527　chihiro.hanyu7@gmail.com"],
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a PPTX slide with six people's mobiles and private e-mails to an external NPO",
)

# 039 English mail to a foreign foundation (pass)
M(
    sender=TAKAGI,
    to=["Grace Whitfield <g.whitfield@brightwell-foundation.org>"],
    subject="Matching gift for the Minato food bank - FY2025 figures",
    charset="utf-8",
    body="""Dear Grace,

Thank you for your call last week. As promised, here are the figures for the
employee matching gift programme we ran with Foodbank Minato this year.

  Employee donations (Apr-Jun):   JPY 1,284,000  (212 employees)
  Company match (1:1):            JPY 1,284,000
  Food drive collection:          870 kg

We would be glad to host your team at the warehouse during your Tokyo visit in
October. Please let me know which dates suit you.

Best regards,
""" + sig("Ren Takagi", "r.takagi@hinode-sangyo.co.jp", style=3) + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary English partner mail with aggregate figures, signature and disclaimer",
)

# 040 basic pension number and health insurance of a trainee hired part time
M(
    sender=HATANO,
    to=["大島社会保険労務士事務所 担当 <tetsuzuki@sr-oshima.jp>"],
    subject="社会保険 資格取得届の作成依頼（8/1入社 パート）",
    charset="iso-2022-jp",
    body="""大島社会保険労務士事務所
手続きご担当者様

お世話になっております。日の出産業 人事部の羽田野です。
8/1付でパート採用となる方の資格取得届の作成をお願いします。

　氏名：宮坂 由衣（ミヤサカ ユイ）
　生年月日：平成9年7月21日
　基礎年金番号：4127-538806
　前職の健康保険：全国健康保険協会 被保険者証 記号 32150877 番号 41
　住所：神奈川県横浜市港北区樽町3-7-12-2F

扶養家族はありません。雇用保険の取得もあわせてお願いいたします。
""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="basic pension number and health insurance card number of one person to an external office",
)

# 041 religion tied to named households, sent to a partner food company
M(
    sender=ONODERA,
    to=["北国フーズ CSR推進課 岩城様 <iwaki@kitaguni-foods.co.jp>"],
    subject="ハラール対応品のご寄贈について（ご相談）",
    charset="utf-8",
    body="""北国フーズ株式会社
岩城様

いつもお世話になっております。日の出産業の小野寺です。
フードバンクみなとの受取世帯のうち、イスラム教を信仰されている下記の世帯向けに、
豚由来原料を含まない商品をご寄贈いただけないかご相談です。

　・アフマディ ファルザナ 様（5人世帯、鶴見区）
　・ラフマン ヌルル 様（3人世帯、川崎区）
　・ユスフ アミナ 様（2人世帯、港北区）

ラマダン期間（来年2月頃）は日中の受取が難しいため、夕方の配送を考えています。
原材料表示の一覧をいただけますと助かります。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="the religion of named households (要配慮個人情報) sent to an external company",
)

# 042 reply; the survivor's details are only under -----Original Message-----
M(
    sender=MORISHITA,
    to=["宮内 絢子 <miyauchi@hidamari-no-ie.or.jp>"],
    subject="RE: 職場見学の件",
    charset="shift_jis",
    body="""宮内様

ご連絡ありがとうございます。森下です。
7/22(火) 10:30、平和島物流センターの正門ではなく東側の通用口でお待ちしております。
見学は30分程度、担当は物流部の神保が対応します。

森下

-----Original Message-----
From: 宮内 絢子 <miyauchi@hidamari-no-ie.or.jp>
Sent: Friday, July 11, 2025 4:40 PM
To: 森下 拓海 <t.morishita@hinode-sangyo.co.jp>
Subject: 職場見学の件

森下様

次回の見学希望者は 西園寺 典子 さん（41歳）です。
PTSDの診断があり、男性の大きな声が苦手とのことです。
携帯は 070-4418-2259 ですが、当日は私が同行します。

ひだまりの家 宮内
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="sensitive details appear only in the quoted original from the recipient; new text is logistics",
)

# 043 CSV UTF-8 export of volunteers to the IT vendor (partner)
M(
    sender=KIRA,
    to=["ツバサシステム 導入支援 羽生様 <hanyu@tsubasa-system.jp>"],
    subject="ボランティア管理システム 移行データ（テスト用）",
    charset="utf-8",
    body="""ツバサシステム株式会社
羽生様

お世話になっております。日の出産業 情報システム部の吉良です。
ボランティア管理システム移行の件、現行システムからのエクスポートを添付します。
まずは件数を絞った抜粋です。文字化けがないかご確認ください。
""" + sig("吉良 聡", "s.kira@hinode-sangyo.co.jp", dept="情報システム部", ext="3051"),
    attachments=[{"kind": "csv", "name": "volunteers_export_20250705.csv", "encoding": "utf-8",
                  "rows": [
                      ["volunteer_id", "name", "name_kana", "birth", "tel", "email", "zip", "address"],
                      ["V00218", "髙橋 遥", "タカハシ ハルカ", "1995-04-12", "090-6613-2047", "haruka.t95@gmail.com", "144-0052", "東京都大田区蒲田5-12-3"],
                      ["V00219", "齋藤 武志", "サイトウ タケシ", "1978-09-30", "080-2230-4418", "t-saito@yahoo.co.jp", "230-0051", "神奈川県横浜市鶴見区鶴見中央2-8-1"],
                      ["V00220", "鷲尾 加奈子", "ワシオ カナコ", "1969-01-25", "070-5571-6609", "kanako.washio@outlook.jp", "210-0005", "神奈川県川崎市川崎区東田町6-3"],
                      ["V00221", "小鳥遊 葵", "タカナシ アオイ", "2001-11-03", "090-8845-2216", "aoi.tkns@icloud.com", "222-0033", "神奈川県横浜市港北区新横浜2-4-17"],
                      ["V00222", "五十嵐 勝", "イガラシ マサル", "1956-06-18", "045-431-7760", "m.igarashi56@docomo.ne.jp", "221-0802", "神奈川県横浜市神奈川区六角橋1-9-22"],
                      ["V00223", "冨永 唯", "トミナガ ユイ", "1998-08-08", "080-1139-5528", "yui.tominaga@gmail.com", "212-0013", "神奈川県川崎市幸区堀川町580"],
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV with six volunteers' full records to an external IT vendor",
)

# 044 password-protected PDF to a private donor on free mail
M(
    sender=KUSUNOKI,
    to=["八巻 洋平 様 <yohei.yamaki@yahoo.co.jp>"],
    subject="寄附金受領証明書（PDF）送付のご案内",
    charset="iso-2022-jp",
    body="""八巻 洋平 様

日の出産業 総務部の楠でございます。
ご依頼いただきました寄附金受領証明書をPDFでお送りいたします。
PDFにはパスワードを設定しております。パスワードはご登録の電話番号の下4桁です。

""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127"),
    attachments=[{"kind": "pdf", "name": "kifu_shomei_yamaki.pdf", "password": "2274",
                  "lines": ["寄附金受領証明書", "八巻 洋平 様", "神奈川県川崎市中原区木月4-2-16",
                            "金 5,000円", "2025年4月11日 受領"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="a password-protected PDF cannot be inspected; one free-mail recipient",
)

# 045 two external organisations (food bank + transport partner)
M(
    sender=MORISHITA,
    to=["フードバンクみなと 倉庫 <souko@foodbank-minato.or.jp>"],
    cc=["青葉運輸 配送課 戸塚様 <totsuka@aoba-unyu.co.jp>"],
    subject="7月 定期便の配送スケジュール",
    charset="iso-2022-jp",
    body="""フードバンクみなと 倉庫ご担当者様
（cc: 青葉運輸 戸塚様）

お世話になっております。日の出産業の森下です。
7月の定期便は以下のとおりでお願いいたします。

　7/ 8(火)　厚木倉庫 → フードバンク倉庫　常温 3パレット
　7/15(火)　平和島センター → フードバンク倉庫　常温 2パレット
　7/29(火)　厚木倉庫 → フードバンク倉庫　冷蔵 1パレット

積込み時間はいずれも9時です。変更がある場合は前週金曜までにご連絡ください。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=2),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc, delivery schedule only",
)

# 046 attached (forwarded) mail carrying the food bank's delivery list
M(
    sender=MORISHITA,
    to=["青葉運輸 配送課 戸塚様 <totsuka@aoba-unyu.co.jp>"],
    subject="FW: 7/19 宅配先リスト",
    charset="shift_jis",
    body="""戸塚様

お世話になっております。森下です。
フードバンクさんから届いた7/19の宅配先を転送します（元メールを添付しています）。
ドライバーさんのルート作成にお使いください。

森下
""",
    attachments=[{"kind": "eml", "name": "7月19日 宅配先リスト.eml", "message": {
        "sender": "辻 健太 <tsuji@foodbank-minato.or.jp>",
        "to": ["森下 拓海 <t.morishita@hinode-sangyo.co.jp>"],
        "subject": "7/19 宅配先リスト",
        "charset": "iso-2022-jp",
        "body": """森下様

7/19の宅配先です。よろしくお願いします。

1) 梶原 さとみ　横浜市鶴見区市場富士見町4-9　090-5530-2217　3箱
2) 奈良橋 啓子　横浜市鶴見区矢向2-17-6-104　080-7712-6635　2箱
3) 漆原 みゆき　川崎市幸区塚越3-220-5　044-541-0926　2箱
4) 曽我部 咲　横浜市港北区樽町1-14-20　070-6691-2308　4箱
5) 水城 亜紀　横浜市神奈川区松見町2-310　090-2248-7710　1箱
6) 兵頭 房江　横浜市鶴見区駒岡5-3-28　045-581-4476　1箱

フードバンクみなと　辻
""",
    }}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="an attached mail with six households' names, addresses and phones sent to an external company",
)

# 047 anonymous statistics, but the PDF is stamped 取扱注意
M(
    sender=SAEKI,
    to=["港浜市 福祉事務所 生活支援課 堀江様 <horie-k@city.minatohama.lg.jp>"],
    subject="連携事業 中間報告書（PDF）",
    charset="utf-8",
    body="""港浜市 福祉事務所 生活支援課
堀江様

お世話になっております。日の出産業の佐伯です。
連携事業の中間報告書をお送りします。数値はすべて集計値です。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "pdf", "name": "renkei_chukan_houkoku.pdf",
                  "page_header": "取扱注意", "page_footer": "日の出産業株式会社 社会貢献推進室",
                  "lines": ["港浜市・日の出産業 連携事業 中間報告（2025年4月～6月）", "",
                            "1. 就労支援：紹介受付 9件、就労体験開始 5件、パート採用 2件",
                            "2. 食品支援：提供量 870kg、配布世帯 延べ 1,124世帯",
                            "3. 課題：受入部署の拡大、通勤時の安全確保"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="aggregate figures only, but the PDF carries a 取扱注意 stamp in its header",
)

# 048 three volunteers' contacts (pass, may warn)
M(
    sender=ONODERA,
    to=["辻 健太 <tsuji@foodbank-minato.or.jp>"],
    subject="Re: 7/26 配布会 応援メンバー",
    charset="iso-2022-jp",
    body="""辻さん

お疲れさまです。小野寺です。
7/26の応援、当社からは次の3名が伺います。

　・神保 真澄　090-2231-0087
　・浅香 翔　　080-4417-9932
　・竹内 早苗　070-1126-5508

9:30 に鶴見地区センター集合で承知しました。

小野寺

> 応援に来ていただける方のお名前と当日の連絡先を教えてください。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three people's names and mobiles only: below the five-record threshold",
)

# 049 passport numbers of two overseas interns to the hotel (English)
M(
    sender=TAKAGI,
    to=["Sakura Hotel Front Office <front@sakura-hotel.jp>"],
    subject="Reservation for visiting interns (SafeHaven Asia) - guest details",
    charset="utf-8",
    body="""Dear Front Office team,

We have booked two single rooms (confirmation no. SH-250811-0447) for two interns
from our partner NGO who will join our food bank volunteer programme.
For the guest registration, please find their details below.

  1. Name: NGUYEN Thi Lan     Nationality: Viet Nam
     Passport No.: C8820417   Date of birth: 14 MAR 1999
  2. Name: DELA CRUZ Joanna   Nationality: Philippines
     Passport No.: P4419026B  Date of birth: 02 OCT 1997

Check-in 11 Aug, check-out 22 Aug. Invoice to Hinode Sangyo as usual.

Kind regards,
""" + sig("Ren Takagi", "r.takagi@hinode-sangyo.co.jp", style=3),
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport numbers of two people sent to an external hotel",
)

# 050 one free-mail recipient: a volunteer applicant (pass)
M(
    sender=ONODERA,
    to=["aoi.tkns@icloud.com"],
    subject="ボランティア説明会のご案内",
    charset="utf-8",
    body="""小鳥遊 葵 様

このたびはフードバンクボランティアにお申込みいただき、ありがとうございます。
日の出産業 社会貢献推進室の小野寺です。

説明会を下記のとおり行います。

　日時：7月19日(土) 10:00～11:00
　場所：フードバンクみなと 倉庫（港浜市港町3-8）
　持ち物：動きやすい服装、軍手、飲み物

駐車場はありませんので、公共交通機関でお越しください。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=1),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private person on free mail; only her name in the salutation",
)

# 051 unencrypted ZIP of recipient data (XLSX + CSV) to the IT vendor
M(
    sender=KIRA,
    to=["ツバサシステム 導入支援 羽生様 <hanyu@tsubasa-system.jp>"],
    subject="受取世帯データ 一式（移行リハーサル用）",
    charset="iso-2022-jp",
    body="""羽生様

情報システム部の吉良です。
移行リハーサル用に、受取世帯データを一式 zip でお送りします。
（世帯マスタ xlsx と 受取履歴 csv）
""" + sig("吉良 聡", "s.kira@hinode-sangyo.co.jp", dept="情報システム部", ext="3051"),
    attachments=[{"kind": "zip", "name": "uketori_data_20250712.zip", "files": [
        {"kind": "xlsx", "name": "setai_master.xlsx", "sheets": {"世帯マスタ": [
            ["世帯ID", "代表者氏名", "住所", "電話", "人数"],
            ["S1001", "熊谷 美奈子", "神奈川県横浜市港北区菊名6-3-19", "090-1184-5520", 3],
            ["S1002", "藤堂 奈津", "神奈川県横浜市港北区大豆戸町311-4", "080-3371-9024", 2],
            ["S1003", "堀之内 恵", "神奈川県横浜市神奈川区白楽45-2", "070-2290-8813", 4],
            ["S1004", "榊原 登志子", "神奈川県横浜市鶴見区岸谷1-12-8", "045-581-6604", 1],
            ["S1005", "与那嶺 久美", "神奈川県川崎市川崎区大師駅前2-3-7", "090-6612-7033", 3],
            ["S1006", "阿久津 紗枝", "神奈川県川崎市幸区小倉2-18-9", "080-5540-1176", 2],
        ]}},
        {"kind": "csv", "name": "uketori_rireki.csv", "encoding": "utf-8", "rows": [
            ["世帯ID", "受取日", "品目数"], ["S1001", "2025-06-07", "12"], ["S1002", "2025-06-07", "9"],
            ["S1003", "2025-06-14", "15"], ["S1004", "2025-06-14", "6"], ["S1005", "2025-06-21", "11"],
        ]},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a plain ZIP holding an XLSX of six households' names, addresses and phones, to an external vendor",
)

# 052 HTML-only: support meeting record with a diagnosis
M(
    sender=SAEKI,
    to=["宮内 絢子 <miyauchi@hidamari-no-ie.or.jp>"],
    subject="7/3 支援調整会議 記録（ご確認ください）",
    charset="utf-8",
    html="""<html><body>
<p>ひだまりの家 宮内様</p>
<p>先日はありがとうございました。会議記録をお送りします。内容にご修正があればお知らせください。</p>
<table border="1" cellpadding="3">
<tr><th>項目</th><th>内容</th></tr>
<tr><td>対象者</td><td>浜口 理沙 さん（33歳、物流センター就労体験中）</td></tr>
<tr><td>心身の状況</td><td>PTSD・不安障害の診断あり。港浜こころクリニックに月2回通院、睡眠導入剤服用</td></tr>
<tr><td>加害者</td><td>元交際相手（傷害で逮捕歴）。勤務先を知っている可能性あり</td></tr>
<tr><td>決定事項</td><td>通勤経路の週替わり、受付への注意喚起、シフトを日勤固定</td></tr>
</table>
<p>日の出産業 社会貢献推進室 佐伯</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only record of one named survivor's diagnosis and victimisation sent outside",
)

# 053 look-alike of the partner law firm (.co.jp instead of .jp), survivor case
M(
    sender=HATANO,
    to=["白川 奈緒 先生 <n.shirakawa@shirakawa-law.co.jp>"],
    subject="保護命令申立ての件（当社社員）",
    charset="iso-2022-jp",
    body="""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の羽田野です。
先日ご相談した当社社員の件、本人の同意が得られましたのでご依頼させてください。

　申立人：松任谷 ゆかり（38）
　相手方：松任谷 浩二（元夫）
　経緯：婚姻中に繰り返し暴行を受け、本年4月にシェルターへ避難。
　　　　離婚後も職場周辺に現れており、接近禁止命令の申立てを希望。

初回面談の日程候補をいただけますでしょうか。
""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp; a named DV victim's case",
)

# 054 internal only: My Number collection for a new hire
M(
    sender=HATANO,
    to=["給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    subject="8/1入社 宮坂さん 個人番号の登録",
    charset="shift_jis",
    body="""給与担当 各位

人事の羽田野です。8/1入社の宮坂さんの個人番号を登録してください。
本人確認（番号確認：個人番号カード、身元確認：同カード）済みです。

　宮坂 由衣　H9.7.21生
　個人番号 """ + mn(4703, "-") + """
　住所 神奈川県横浜市港北区樽町3-7-12-2F

※就労支援プログラムからの採用のため、住所は社内システムで非表示設定にしてください。
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="My Number and address, but sent only inside hinode-sangyo.co.jp",
)

# 055 body bullets: donors' addresses for thank-you letters, to the printer
M(
    sender=ONODERA,
    to=["錦印刷 営業部 丸尾様 <maruo@nishiki-insatsu.co.jp>"],
    subject="お礼状 宛名リスト（追加分）",
    charset="iso-2022-jp",
    body="""丸尾様

いつもお世話になっております。日の出産業の小野寺です。
チャリティバザーでご寄附いただいた方へのお礼状、追加分の宛名です。
先日お送りしたデザインで、はがき印刷・投函までお願いします。

・〒211-0063 神奈川県川崎市中原区小杉町3-264-2-1205　蔵本 亜希子 様
・〒222-0001 神奈川県横浜市港北区樽町2-5-31　仁科 誠 様
・〒230-0062 神奈川県横浜市鶴見区豊岡町28-4　菱沼 佳代 様
・〒144-0051 東京都大田区西蒲田8-1-6-302　渡嘉敷 潤一 様
・〒221-0065 神奈川県横浜市神奈川区白楽122-9　日下部 弥生 様
・〒212-0054 神奈川県川崎市幸区小倉1-5-1-708　相馬 恭子 様

以上6件です。よろしくお願いいたします。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six private persons' names and home addresses as bullets to an external printer",
)

# 056 mentions 社外秘 without being marked (pass)
M(
    sender=SAEKI,
    to=["野々村 貴子 <nonomura@foodbank-minato.or.jp>"],
    subject="Re: 年次報告書への掲載内容",
    charset="utf-8",
    body="""野々村様

お世話になっております。佐伯です。
年次報告書への掲載の件、ありがとうございます。

ご依頼のあった当社の中期CSR計画については、社内で社外秘の扱いになっているため
お渡しできないのですが、公開済みの統合報告書（p.42-45）の記載でしたら
そのまま引用いただいて構いません。URLをお送りします。
https://www.hinode-sangyo.co.jp/ir/integrated-report-2024.pdf

掲載用の写真は広報から来週お送りします。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp", style=2),
    expect="pass",
    entities=[],
    detectors=[],
    note="says a plan is 社外秘 and is not sent; a mention, not a marking on the mail",
)

# 057 XLSX with a 極秘 page header (budget, no people)
M(
    sender=SAEKI,
    to=["フードバンクみなと 理事長 大門様 <daimon@foodbank-minato.or.jp>"],
    subject="来年度 支援予算の内示（案）",
    charset="iso-2022-jp",
    body="""大門理事長

いつもお世話になっております。日の出産業の佐伯です。
来年度の支援予算について、社内での内示案をお送りします。
正式決定前の数字ですので、理事会資料への転記はお控えください。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp"),
    attachments=[{"kind": "xlsx", "name": "2026_shien_yosan_an.xlsx", "page_header": "極秘",
                  "sheets": {"予算案": [["2026年度 フードバンク支援予算（案）", "", ""],
                                      ["項目", "2025年度", "2026年度案"],
                                      ["現金寄附", 3000000, 3600000],
                                      ["マッチングギフト上限", 1500000, 2000000],
                                      ["物流費（青葉運輸）", 840000, 900000],
                                      ["倉庫賃料補助", 600000, 600000]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the spreadsheet is stamped 極秘 in its page header",
)

# 058 one record per block: volunteer insurance enrolment to an agency
M(
    sender=ONODERA,
    to=["あらた保険サービス 担当 <volunteer@hoken-arata.co.jp>"],
    subject="ボランティア活動保険 加入者追加（5名）",
    charset="shift_jis",
    body="""あらた保険サービス株式会社
ご担当者様

お世話になっております。日の出産業の小野寺です。
ボランティア活動保険の加入者を5名追加したく、ご連絡いたします。

【1】氏名：城之内 瑞希（ジョウノウチ ミズキ）
　　 生年月日：1991年6月3日
　　 住所：神奈川県横浜市港北区篠原町2911-3
　　 電話：090-1182-6634

【2】氏名：古閑 美和子（コガ ミワコ）
　　 生年月日：1974年10月19日
　　 住所：神奈川県川崎市幸区南幸町2-41
　　 電話：080-4401-5528

【3】氏名：根本 翼（ネモト ツバサ）
　　 生年月日：2000年2月29日
　　 住所：東京都大田区池上6-3-12
　　 電話：070-3356-9107

【4】氏名：秋葉 由香里（アキバ ユカリ）
　　 生年月日：1982年8月7日
　　 住所：神奈川県横浜市鶴見区北寺尾4-15-8
　　 電話：090-6629-0341

【5】氏名：長谷部 賢（ハセベ ケン）
　　 生年月日：1966年12月24日
　　 住所：神奈川県横浜市神奈川区神大寺3-2-40
　　 電話：080-2215-7780

補償開始日は8/1希望です。保険料は当社でまとめてお支払いします。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people's records (DOB, address, phone), one block each, to an external agency",
)

# 059 blank application form template (pass)
M(
    sender=ONODERA,
    to=["港浜市社会福祉協議会 ボランティアセンター <vc@minatohama-shakyo.or.jp>"],
    subject="ボランティア申込書の様式（改訂版）",
    charset="utf-8",
    body="""ボランティアセンター ご担当者様

お世話になっております。日の出産業の小野寺です。
共同で使っている申込書の様式を改訂しました。以下の内容で問題ないかご確認ください。

――――――――――――――――――――
　フードバンクボランティア 申込書
　お名前：＿＿＿＿＿＿＿＿＿＿＿＿
　ふりがな：＿＿＿＿＿＿＿＿＿＿＿
　生年月日：　　年　　月　　日
　ご住所：〒＿＿＿－＿＿＿＿
　電話番号：＿＿＿－＿＿＿＿－＿＿＿＿
　メール：＿＿＿＿＿＿＿＿＿＿＿＿
　緊急連絡先：＿＿＿＿＿＿＿＿＿＿
　※個人情報はボランティア活動の連絡にのみ使用します。
――――――――――――――――――――

旧様式との違いは「緊急連絡先」欄の追加だけです。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=1),
    expect="pass",
    entities=[],
    detectors=[],
    note="a blank form: field labels without anyone's data",
)

# 060 two organisations plus a private person: three parties visible
M(
    sender=MORISHITA,
    to=["辻 健太 <tsuji@foodbank-minato.or.jp>", "港浜大学 ボランティアセンター <volunteer@minatohama-u.ac.jp>"],
    cc=["五十嵐 勝 様 <m.igarashi56@docomo.ne.jp>"],
    subject="9/6 合同仕分け会の役割分担",
    charset="iso-2022-jp",
    body="""皆さま

お世話になっております。日の出産業の森下です。
9/6 の合同仕分け会の役割分担です。

　受付・検温：港浜大学の学生さん
　仕分けライン：日の出産業 社員
　フォークリフト・搬出：フードバンクみなと スタッフ
　全体リーダー：五十嵐さん（地域ボランティア代表）

雨天決行です。よろしくお願いいたします。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp"),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two external organisations and one private person see each other: three external parties in To/Cc",
)

# 061 space-padded text file (CP932): reception list of a distribution day
M(
    sender=MORISHITA,
    to=["港浜市社会福祉協議会 地域福祉課 <chiiki@minatohama-shakyo.or.jp>"],
    subject="7/26 配布会 受付名簿（当日分）",
    charset="shift_jis",
    body="""港浜市社会福祉協議会 地域福祉課 御中

お世話になっております。日の出産業の森下です。
7/26 配布会の受付名簿をテキストで添付します。
社協さんの見守り対象の方が含まれているか照合をお願いできますでしょうか。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "txt", "name": "受付名簿_0726.txt", "encoding": "cp932",
                  "text": "7/26 鶴見地区センター 配布会 受付名簿\n\n" + table([
                      ["整理券", "氏名", "電話", "世帯", "町名"],
                      ["001", "稲垣 昌代", "090-3317-2284", "2", "鶴見中央"],
                      ["002", "鹿野 まゆみ", "080-6625-1190", "4", "豊岡町"],
                      ["003", "土門 ヨシ", "045-501-7763", "1", "本町通"],
                      ["004", "波多野 清美", "070-2219-8840", "3", "生麦"],
                      ["005", "倉持 貴子", "090-5508-3316", "2", "岸谷"],
                      ["006", "菅生 玲奈", "080-2274-6651", "5", "市場"],
                      ["007", "御子柴 トミ", "045-521-0098", "1", "潮田町"],
                  ], gap=3) + "\n"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="space-padded text attachment with seven recipients' names and phones to an external council",
)

# 062 PPTX of anonymous statistics to a partner company (pass)
M(
    sender=SAEKI,
    to=["川崎電機 CSR部 <csr@kawasaki-denki.co.jp>"],
    subject="共同寄附先の活動報告（スライド）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 CSR部 御中

いつもお世話になっております。日の出産業の佐伯です。
両社で共同支援しているシェルター・フードバンクの上期活動報告をお送りします。
社内報でご紹介いただく際にご利用ください。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "pptx", "name": "kyodo_shien_2025H1.pptx", "slides": [
        ["共同支援 活動報告 2025年上期", "NPO法人 女性支援ひだまりの家／NPO法人 フードバンクみなと"],
        ["シェルター", "新規入所 14世帯（うち子ども同伴 9世帯）", "平均入所日数 23日",
         "退所後の就労につながった方 5名"],
        ["フードバンク", "食品提供量 12.4トン", "配布世帯 延べ 3,180世帯",
         "利用者の年代：30代 28%／40代 31%／60代以上 22%"],
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics in a PPTX; no one can be identified",
)

# 063 either: pseudonymised case that the shelter could still recognise
M(
    sender=ONODERA,
    to=["宮内 絢子 <miyauchi@hidamari-no-ie.or.jp>"],
    subject="社宅入居のご相談（Aさん）",
    charset="utf-8",
    body="""宮内様

お世話になっております。小野寺です。
先日ご紹介いただいた Aさん（30代、お子さん2人）の住まいの件です。
当社の借上げ社宅（港浜市内、2DK）に9月から空きが出る見込みです。
家賃は月2.8万円（本人負担）、入居時の保証人は不要にできます。

Aさんのご意向を伺っていただけますでしょうか。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp"),
    expect="either",
    entities=[],
    detectors=[],
    note="pseudonymised (Aさん) survivor housing: not identifiable to outsiders, but the shelter knows who it is",
)

# 064 look-alike of the partner bank (ginko -> ginkou)
M(
    sender=KUSUNOKI,
    to=["みどり銀行 法人営業部 <houjin@midori-ginkou.co.jp>"],
    subject="寄附金口座への振込予約について",
    charset="shift_jis",
    body="""みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業 総務部の楠です。
フードバンクみなと様への寄附金につき、下記のとおり振込予約をお願いいたします。

　振込先：みどり銀行 港浜支店 普通 1184402
　　　　　特定非営利活動法人フードバンクみなと
　金額：1,500,000円
　振込日：7月25日

依頼書の原本は本日発送いたします。
""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127"),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp; the account is an organisation's",
)

# 065 My Number in full-width digits + DV context to the city tax office
M(
    sender=HATANO,
    to=["港浜市 市民税課 特別徴収係 <shiminzei-tokucho@city.minatohama.lg.jp>"],
    subject="特別徴収税額通知の送付先について（ご相談）",
    charset="iso-2022-jp",
    body="""港浜市 市民税課 特別徴収係 御中

日の出産業株式会社 人事部の羽田野でございます。
当社従業員1名について、DV被害により住民票の閲覧制限の支援措置を受けております。
前住所地の市町村から通知が元配偶者に届かないよう、特別徴収の取扱いをご相談させてください。

　氏名：比嘉 千景
　個人番号：""" + fw(mn(4704, "-")) + """
　生年月日：平成２年５月３０日
　指定番号：0018827

送付先は必ず当社人事部宛てとしていただきますようお願いいたします。
""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a full-width My Number and the employee's DV-victim status sent to an external office",
)

# 066 list of donated goods with product codes (pass)
M(
    sender=ONODERA,
    to=["フードバンクみなと 倉庫 <souko@foodbank-minato.or.jp>"],
    subject="寄贈品明細（7月第3週）",
    charset="utf-8",
    body="""倉庫ご担当者様

お世話になっております。日の出産業の小野寺です。
今週お届けする寄贈品の明細です。

商品コード	品名	入数	ケース	賞味期限
HN-40218	レトルトカレー 中辛 200g	30	12	2025/11/30
HN-40225	レトルトカレー 甘口 200g	30	8	2025/12/15
HN-51102	パックご飯 180g×3	16	20	2026/01/10
KF-22017	さば味噌煮缶 190g	24	10	2027/03/31
KF-22031	コーンスープ 10袋入	20	6	2026/04/30

北国フーズ様からの寄贈分（KF-）も同梱しています。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=2),
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes and quantities; no people",
)

# 067 disability of a named recipient to the transport partner's driver desk
M(
    sender=MORISHITA,
    to=["青葉運輸 配送課 <haisou@aoba-unyu.co.jp>"],
    subject="宅配時の配慮事項（1世帯）",
    charset="iso-2022-jp",
    body="""青葉運輸 配送課 御中

お世話になっております。日の出産業の森下です。
7/19 宅配先のうち、1世帯について配慮をお願いします。

　漆原 みゆき 様（川崎市幸区塚越3-220-5、電話 044-541-0926）
　ご本人が車椅子を使用（身体障害者手帳1級、脊髄損傷）。
　玄関先までではなく、室内の台所まで運び入れてください。
　インターホンに出るまで時間がかかるため、3分ほどお待ちください。

よろしくお願いいたします。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's disability and injury (要配慮個人情報) sent to an external company",
)

# 068 list of hotels (businesses) for the charity dinner (pass)
M(
    sender=MORISHITA,
    to=["川崎電機 CSR部 大槻様 <otsuki@kawasaki-denki.co.jp>"],
    subject="チャリティディナー 会場候補",
    charset="shift_jis",
    body="""川崎電機株式会社
大槻様

お世話になっております。日の出産業の森下です。
共催のチャリティディナー（12月）の会場候補を挙げました。

　1. さくらホテル 港浜　　　宴会場「桜」120名　TEL 045-662-1100
　2. ホテルベイサイド横浜　　「マリーナ」150名　TEL 045-211-7788
　3. 新横浜グランドイン　　　「光琳」100名　TEL 045-474-3300

いずれも12/12(金)夜は仮押さえ済みです。来週中に一本化したいと考えています。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=1),
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of hotels with switchboards; businesses, not people",
)

# 069 DOCX with a Confidential footer (agreement draft, no people)
M(
    sender=SAEKI,
    to=["大門 様 <daimon@foodbank-minato.or.jp>"],
    subject="連携協定書（第2版ドラフト）",
    charset="utf-8",
    body="""大門理事長

お世話になっております。佐伯です。
連携協定書の第2版ドラフトをお送りします。変更箇所は第4条と第9条です。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp"),
    attachments=[{"kind": "docx", "name": "renkei_kyotei_v2.docx",
                  "page_footer": "Confidential - Hinode Sangyo / Foodbank Minato",
                  "paragraphs": ["食品支援に関する連携協定書（案）",
                                 "第1条（目的）本協定は、食品ロスの削減と生活困窮世帯への食支援を目的とする。",
                                 "第4条（費用負担）物流費は甲が負担し、倉庫費用は乙が負担する。",
                                 "第9条（期間）本協定の有効期間は締結日から2年間とする。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the DOCX carries a 'Confidential' classification in its footer",
)

# 070 internal only: legacy XLS of past recipients
M(
    sender=ONODERA,
    to=["森下 拓海 <t.morishita@hinode-sangyo.co.jp>"],
    subject="2023年度の受取者リスト（旧Excel）",
    charset="iso-2022-jp",
    body="""森下さん

倉庫のPCに残っていた2023年度のリスト（xls）です。
移行対象か確認したら、元ファイルは削除します。

小野寺
""",
    attachments=[{"kind": "xls", "name": "uketori_2023.xls", "sheets": {"2023": [
        ["氏名", "住所", "電話", "世帯人数"],
        ["芹沢 頼子", "横浜市鶴見区下野谷町2-14", "045-502-6617", "2"],
        ["栗林 咲子", "川崎市幸区戸手4-7-22", "044-522-0389", "3"],
        ["丹羽 マツ", "横浜市神奈川区入江1-2-9", "045-432-8850", "1"],
        ["望月 華", "横浜市港北区大曽根2-40-3", "090-7728-1146", "4"],
        ["糸井 千鶴", "横浜市鶴見区潮田町3-133", "080-3390-5504", "2"],
    ]}}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="a recipient list in an XLS, but sent only to an internal colleague",
)

# 071 internal only: IT warning that quotes look-alike domains
M(
    sender=KIRA,
    to=["社会貢献推進室 <csr-office@hinode-sangyo.co.jp>"],
    cc=["情報セキュリティ委員会 <isec@hinode-sangyo.co.jp>"],
    subject="【注意喚起】当社・取引先を装ったドメインからのメール",
    charset="utf-8",
    body="""社会貢献推進室 各位

情報システム部の吉良です。
先週から、当社や寄附先を装った以下のドメインからメールが届いています。

　hinode-sangy0.co.jp（oが数字の0）
　kitaguni-food.co.jp（sが欠落）
　foodbank-minato.com（正しくは .or.jp）

振込先変更や名簿送付の依頼があっても、返信せず情報システム部へ転送してください。
宛先のオートコンプリートで誤って選択しないよう、アドレス帳の確認もお願いします。

吉良
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="look-alike domains are only mentioned in the text; every recipient is internal",
)

# 072 health check results of a trainee, PDF to the shelter
M(
    sender=HATANO,
    to=["宮内 絢子 <miyauchi@hidamari-no-ie.or.jp>"],
    subject="就労体験前 健康診断結果の共有",
    charset="shift_jis",
    body="""宮内様

お世話になっております。日の出産業 人事部の羽田野です。
8月開始予定の宇佐美さんの雇入時健康診断の結果を添付します。
要精密検査の項目があるため、受診の付き添いについてご相談させてください。
""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    attachments=[{"kind": "pdf", "name": "kenshin_usami.pdf", "lines": [
        "雇入時健康診断 結果票", "氏名：宇佐美 恵　　生年月日：1986年1月14日　　受診日：2025年7月10日",
        "身長 158.2cm　体重 44.1kg　BMI 17.6（やせ）",
        "血圧 98/60　　血液検査：Hb 9.8 g/dL（貧血）",
        "胸部X線：異常なし　　心電図：洞性頻脈",
        "判定：C（要精密検査・貧血）", "医師所見：栄養状態不良。婦人科受診を勧める。"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named person's health check results (要配慮) in a PDF sent outside",
)

# 073 thank-you with volunteers in Bcc (pass)
M(
    sender=ONODERA,
    to=["社会貢献推進室 <csr-office@hinode-sangyo.co.jp>"],
    bcc=["takuma.kamijo@gmail.com", "misaki.h0505@yahoo.co.jp", "d-yanase@icloud.com",
         "mayu.togawa@outlook.jp", "jun.shishido88@gmail.com", "saki-amemiya@docomo.ne.jp"],
    subject="【お礼】夏の配布会へのご協力ありがとうございました",
    charset="iso-2022-jp",
    body="""ボランティアの皆さま
（Bccで一斉にお送りしています）

夏の食品配布会にご協力いただき、誠にありがとうございました。
4日間で延べ612世帯に食品をお届けすることができました。

秋の配布会は11/8(土)です。詳細は10月上旬にご案内します。

日の出産業 社会貢献推進室　小野寺
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="volunteers are in Bcc, so they cannot see each other; thank-you text only",
)

# 074 English: a named survivor's victimisation to an overseas NGO
M(
    sender=TAKAGI,
    to=["Programs Team <programs@safehaven-asia.org>"],
    subject="Referral: support for a trainee returning to Manila",
    charset="utf-8",
    body="""Dear Programs Team,

I am writing on behalf of the CSR office of Hinode Sangyo, Tokyo. One of the
trainees in our employment support programme, Ms. Maria Cristina SANTOS
(born 2 November 1988), plans to return to Manila in December.

She left her Japanese husband after repeated physical abuse and has been living
at a shelter since March. The police issued a warning to the husband in April.
She would need safe accommodation and counselling on arrival.

Could your Manila office accept a referral? Her shelter caseworker in Japan
can join a video call.

Best regards,
""" + sig("Ren Takagi", "r.takagi@hinode-sangyo.co.jp", style=3) + DISC_EN,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's status as a domestic-violence victim sent to an overseas NGO",
)

# 075 two organisations, minutes with organisation names only (pass)
M(
    sender=SAEKI,
    to=["港浜市 福祉事務所 生活支援課 堀江様 <horie-k@city.minatohama.lg.jp>"],
    cc=["港浜市社会福祉協議会 地域福祉課 <chiiki@minatohama-shakyo.or.jp>"],
    subject="食支援ネットワーク会議（第2回）議事概要",
    charset="iso-2022-jp",
    body="""堀江様、社協 地域福祉課 ご担当者様

第2回会議の議事概要をお送りします。

1. 参加団体：港浜市福祉事務所、港浜市社会福祉協議会、フードバンクみなと、
   子ども食堂ネットワーク港浜、日の出産業
2. 報告：上期の配布世帯は延べ3,180世帯（前年同期比 +18%）
3. 協議：冷蔵品の受入体制、年末年始の臨時配布
4. 次回：10月下旬（事務局：社協）

ご確認のほどよろしくお願いいたします。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp"),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc; minutes name organisations and totals only",
)

# 076 look-alike of own domain (hyphen for a dot), no personal data
M(
    sender=MORISHITA,
    to=["平和島物流センター 総務 <heiwajima-soumu@hinode-sangyo-co.jp>"],
    subject="フードドライブ回収ボックスの設置について",
    charset="shift_jis",
    body="""物流センター 総務ご担当者様

お疲れさまです。社会貢献推進室の森下です。
8月のフードドライブの回収ボックスを、センター1階の休憩室前に設置させてください。
ボックスは7/31(木)に本社から社内便でお送りします。

森下
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp imitates the own domain hinode-sangyo.co.jp (hyphen for a dot)",
)

# 077 two volunteer drivers' contacts (pass)
M(
    sender=MORISHITA,
    to=["青葉運輸 車両管理課 戸塚様 <totsuka@aoba-unyu.co.jp>"],
    subject="Re: 車両受け渡しの件",
    charset="iso-2022-jp",
    body="""戸塚様

ご連絡ありがとうございます。森下です。
7/19 の車両受け渡しには、以下の2名が伺います。

　奥寺 良平（携帯 080-3396-1174）
　大河内 諒（携帯 090-7740-2218）

鍵の受け取りは8:30、返却は17:00の予定です。

森下

> 当日、車両を受け取りに来られる方のお名前と連絡先をお知らせください。
> 青葉運輸 戸塚
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two people's names and mobiles only",
)

# 078 XLSX of trainees with health/disability notes to a host store
M(
    sender=SAEKI,
    to=["まるさんストア 人事部 <jinji@marusan-store.co.jp>"],
    subject="就労体験の受入れ（店舗実習）候補者について",
    charset="utf-8",
    body="""まるさんストア株式会社 人事部 御中

お世話になっております。日の出産業の佐伯です。
店舗実習の受入れをご快諾いただき、ありがとうございます。
候補者と配慮事項を一覧にまとめました。ご確認ください。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "xlsx", "name": "jisshu_kouhosha.xlsx", "sheets": {
        "候補者": [["店舗実習 候補者一覧（ひだまりの家 紹介）", "", "", ""],
                 ["氏名", "年齢", "希望店舗", "配慮事項"],
                 ["宮坂 由衣", 28, "菊名店", "特になし"],
                 ["西園寺 典子", 41, "綱島店", "PTSD（男性の大声が苦手）、通院月1回"],
                 ["比嘉 千景", 35, "菊名店", "DV被害のため氏名を名札に出さない"],
                 ["宇佐美 恵", 39, "綱島店", "貧血で要精密検査、立ち仕事は短時間から"]],
        "日程": [["日程", "内容"], ["8/18", "顔合わせ"], ["8/25-9/5", "実習"]],
    }}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="four named trainees with diagnoses and DV-victim status: sensitive data, so the count does not matter",
)

# 079 'On ... wrote:' quote holds a roster; new text is short (pass)
M(
    sender=ONODERA,
    to=["Kenta Tsuji <tsuji@foodbank-minato.or.jp>"],
    subject="Re: 8月シフト表",
    charset="utf-8",
    body="""辻さん

シフト表ありがとうございます。当社メンバーにも周知しておきます。
8/23 だけ人数が足りないので、社内でもう一度募集をかけますね。

小野寺

On Mon, Jul 14, 2025 at 10:02 AM Kenta Tsuji <tsuji@foodbank-minato.or.jp> wrote:
> 8月のシフトです。
>
> 8/2   上条 拓真 090-3381-7726 / 花岡 美咲 080-2954-1180
> 8/9   柳瀬 大地 070-6617-3342 / 戸川 真由 090-4450-8871
> 8/16  宍戸 潤 080-7701-2296 / 雨宮 紗季 090-1129-5583
> 8/23  神保 真澄 090-2231-0087
> 8/30  浅香 翔 080-4417-9932 / 竹内 早苗 070-1126-5508
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the roster is only in the quoted original from the recipient",
)

# 080 Outlook-style Japanese quote header (差出人/送信日時) (pass)
M(
    sender=HATANO,
    to=["白川 奈緒 先生 <n.shirakawa@shirakawa-law.jp>"],
    subject="RE: 面談日程のご連絡",
    charset="iso-2022-jp",
    body="""白川先生

ご連絡ありがとうございます。羽田野です。
8/5(火) 16時、貴事務所にて承知いたしました。本人には私から伝えます。
当日は私も同席させていただきます。

羽田野

差出人: 白川 奈緒 <n.shirakawa@shirakawa-law.jp>
送信日時: 2025年7月16日 11:20
宛先: 羽田野 景子 <k.hatano@hinode-sangyo.co.jp>
件名: 面談日程のご連絡

羽田野様

松任谷 ゆかり さんの件、接近禁止命令の申立てに向けて面談を行いたく、
8/5(火) 16時はいかがでしょうか。元夫からの暴行の経緯が分かる診断書
（港浜総合病院、4月3日付）をご持参いただくようお伝えください。

白川法律事務所　弁護士 白川 奈緒
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the survivor's details are only in the quoted mail from the recipient herself",
)

# 081 card number for the charity dinner, to the hotel
M(
    sender=KUSUNOKI,
    to=["さくらホテル 宴会予約 水野様 <banquet@sakura-hotel.jp>"],
    subject="チャリティディナー 参加費のカード決済について",
    charset="shift_jis",
    body="""さくらホテル
水野様

お世話になっております。日の出産業 総務部の楠です。
チャリティディナーの参加費（個人参加分）のうち、オンライン決済がエラーになった
1件について、ご本人の了承を得てカード情報をお伝えします。

　ご芳名：鷲尾 加奈子 様
　カード番号：""" + cc(4705, " ") + """
　有効期限：2027年4月
　ご請求額：15,000円

お手数ですが、決済後に控えをお送りいただけますでしょうか。
""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127", style=1),
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a guest's credit card number sent to an external hotel",
)

# 082 internal subdomain: recipients CSV (pass)
M(
    sender=ONODERA,
    to=["平和島物流センター 出荷担当 <shukka@mail.hinode-sangyo.co.jp>"],
    subject="宅配用ラベル印字データ（7/19分）",
    charset="utf-8",
    body="""出荷担当 各位

社会貢献推進室の小野寺です。
7/19 フードバンク宅配分のラベル印字データ（CSV）を添付します。
社内ラベルプリンタで印字後、データは削除をお願いします。

小野寺
""",
    attachments=[{"kind": "csv", "name": "label_0719.csv", "encoding": "cp932", "rows": [
        ["宛名", "郵便番号", "住所", "電話"],
        ["梶原 さとみ", "230-0025", "神奈川県横浜市鶴見区市場富士見町4-9", "090-5530-2217"],
        ["奈良橋 啓子", "230-0001", "神奈川県横浜市鶴見区矢向2-17-6-104", "080-7712-6635"],
        ["漆原 みゆき", "212-0024", "神奈川県川崎市幸区塚越3-220-5", "044-541-0926"],
        ["曽我部 咲", "222-0001", "神奈川県横浜市港北区樽町1-14-20", "070-6691-2308"],
        ["水城 亜紀", "221-0005", "神奈川県横浜市神奈川区松見町2-310", "090-2248-7710"],
        ["兵頭 房江", "230-0071", "神奈川県横浜市鶴見区駒岡5-3-28", "045-581-4476"],
    ]}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="recipient list sent to an internal subdomain (mail.hinode-sangyo.co.jp) only",
)

# 083 FW of the shelter's mail about a resident, forwarded to the law firm
M(
    sender=HATANO,
    to=["岡 智也 先生 <oka@shirakawa-law.jp>"],
    subject="FW: 比嘉さんの今後について",
    charset="iso-2022-jp",
    body="""岡先生

いつもお世話になっております。日の出産業 人事部の羽田野です。
ひだまりの家の宮内さんから届いたメールを転送いたします。
離婚調停の件で、一度ご相談に乗っていただけますと幸いです。

---------- Forwarded message ---------
From: 宮内 絢子 <miyauchi@hidamari-no-ie.or.jp>
Date: 2025年7月17日(木) 18:05
Subject: 比嘉さんの今後について
To: 羽田野 景子 <k.hatano@hinode-sangyo.co.jp>

羽田野様

比嘉 千景さん（35）ですが、夫からの暴力で肋骨を骨折した際の診断書が手元にあり、
離婚調停を申し立てたいと本人が話しています。
夫は以前にも別件の暴行で執行猶予付き判決を受けているそうです。
法律相談先をご紹介いただけないでしょうか。

ひだまりの家　宮内
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a forwarded mail (new text for the lawyer) with a named victim's injury and an offender's record",
)

# 084 flyer printing order (pass)
M(
    sender=ONODERA,
    to=["錦印刷 営業部 丸尾様 <maruo@nishiki-insatsu.co.jp>"],
    subject="ボランティア募集チラシ 印刷のご依頼",
    charset="utf-8",
    body="""丸尾様

お世話になっております。日の出産業の小野寺です。
ボランティア募集チラシの入稿データをお送りします（ギガファイル便のURLは別途）。

　サイズ：A4 両面カラー
　部数：3,000部
　納品：8/8(金) 本社7階 社会貢献推進室宛
　見積番号：NI-2025-0712-03

チラシ裏面の問い合わせ先は、
「日の出産業株式会社 社会貢献推進室 TEL 03-5472-6631（平日9-17時）
　csr-office@hinode-sangyo.co.jp」
で確定です。校正は1回でお願いします。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=2),
    expect="pass",
    entities=[],
    detectors=[],
    note="a print order with the office's own contact details and an estimate number",
)

# 085 look-alike (homoglyph 0 for o) of the own domain, with a volunteer list
M(
    sender=ONODERA,
    to=["神保 真澄 <m.jimbo@hinode-sangy0.co.jp>"],
    subject="Re: 9月 仕分けボランティア 参加者一覧",
    charset="iso-2022-jp",
    body="""神保さん

お疲れさまです。小野寺です。
物流部で取りまとめていただく件、参加者の一覧を送ります。

　上条 拓真　　takuma.kamijo@gmail.com　　090-3381-7726
　花岡 美咲　　misaki.h0505@yahoo.co.jp　　080-2954-1180
　柳瀬 大地　　d-yanase@icloud.com　　　　070-6617-3342
　戸川 真由　　mayu.togawa@outlook.jp　　 090-4450-8871
　宍戸 潤　　　jun.shishido88@gmail.com　 080-7701-2296
　雨宮 紗季　　saki-amemiya@docomo.ne.jp　090-1129-5583

よろしくお願いします。
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangy0.co.jp (zero for o) imitates the own domain; six people's contacts",
)

# 086 one business contact at the city office (pass)
M(
    sender=SAEKI,
    to=["ひだまりの家 川端様 <kawabata@hidamari-no-ie.or.jp>"],
    subject="市の新しいご担当者",
    charset="shift_jis",
    body="""川端様

お世話になっております。佐伯です。
港浜市福祉事務所のご担当が8月から替わるとのことで、ご連絡先をいただきました。

　港浜市 健康福祉局 福祉事務所 生活支援課
　主査　今泉 由香里 様
　直通 0466-22-4135　imaizumi-y@city.minatohama.lg.jp

次回の会議案内からは今泉様を宛先に加えます。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp"),
    expect="pass",
    entities=[],
    detectors=[],
    note="one official's business contact at a public office",
)

# 087 TSV pasted in the body: households for a delivery route
M(
    sender=MORISHITA,
    to=["青葉運輸 配送課 <haisou@aoba-unyu.co.jp>"],
    subject="8/2 宅配先（Excelから貼り付け）",
    charset="utf-8",
    body="""配送課 ご担当者様

お世話になっております。日の出産業の森下です。
8/2 の宅配先です。Excelからそのまま貼り付けています。

""" + tsv([
        ["順", "氏名", "住所", "電話", "箱数"],
        ["1", "稲垣 昌代", "横浜市鶴見区鶴見中央4-22-6", "090-3317-2284", "2"],
        ["2", "鹿野 まゆみ", "横浜市鶴見区豊岡町33-1-501", "080-6625-1190", "3"],
        ["3", "土門 ヨシ", "横浜市鶴見区本町通2-68", "045-501-7763", "1"],
        ["4", "波多野 清美", "横浜市鶴見区生麦4-9-27", "070-2219-8840", "2"],
        ["5", "倉持 貴子", "横浜市鶴見区岸谷3-2-15", "090-5508-3316", "2"],
        ["6", "菅生 玲奈", "横浜市鶴見区市場上町8-14", "080-2274-6651", "4"],
        ["7", "御子柴 トミ", "横浜市鶴見区潮田町1-50-3", "045-521-0098", "1"],
    ]) + """

午前中に1〜4、午後に5〜7でお願いします。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp"),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of seven households' names, addresses and phones in the body to an external company",
)

# 088 either: a volunteer's own health information sent back to her free mail
M(
    sender=ONODERA,
    to=["藤枝 美保 様 <miho.fujieda@gmail.com>"],
    subject="シフトの件（ご確認）",
    charset="iso-2022-jp",
    body="""藤枝さん

小野寺です。先日はお話を聞かせてくださりありがとうございました。
てんかんの服薬のことは、フードバンクの辻さんにだけお伝えし、
倉庫作業ではなく受付担当に変えてもらいました。

発作時の対応（横向きに寝かせる、5分以上で救急要請）も共有済みです。
他に伝えておいてほしいことがあれば、いつでも言ってくださいね。

小野寺
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="the person's own medical information sent to her own private address: sensitive, but to the data subject",
)

# 089 PPTX with a 部外秘 footer (activity report, no people)
M(
    sender=SAEKI,
    to=["北国フーズ CSR推進課 岩城様 <iwaki@kitaguni-foods.co.jp>"],
    subject="共同フードドライブ 振り返り資料",
    charset="iso-2022-jp",
    body="""岩城様

お世話になっております。佐伯です。
先日の振り返り会の資料をお送りします。来年度計画のたたき台としてご覧ください。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp", style=1),
    attachments=[{"kind": "pptx", "name": "fooddrive_furikaeri.pptx", "page_footer": "部外秘",
                  "slides": [["共同フードドライブ 振り返り", "2025年8月実施分"],
                             ["実績", "回収量 1,240kg（前年比 +42%）", "参加店舗 6、参加社員 380名"],
                             ["課題", "冷蔵品の受入不可", "回収ボックスの満杯時対応"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the PPTX slides carry a 部外秘 marking",
)

# 090 matching donation by department, with the NPO's corporate number (pass)
M(
    sender=KUSUNOKI,
    to=["フードバンクみなと 会計 <kaikei@foodbank-minato.or.jp>"],
    subject="マッチングギフト 寄附内訳のご連絡",
    charset="utf-8",
    body="""フードバンクみなと 会計ご担当者様

お世話になっております。日の出産業 総務部の楠です。
上期マッチングギフトの寄附内訳をご連絡いたします。

　寄附先：特定非営利活動法人フードバンクみなと（法人番号 2020005008431）

""" + table([
        ["部門", "社員寄附", "会社拠出", "合計"],
        ["営業本部", "412,000", "412,000", "824,000"],
        ["管理本部", "298,000", "298,000", "596,000"],
        ["物流本部", "356,000", "356,000", "712,000"],
        ["情報システム部", "218,000", "218,000", "436,000"],
        ["合計", "1,284,000", "1,284,000", "2,568,000"],
    ]) + """

7/25 に一括でお振込みいたします。領収書は法人宛で1通お願いします。
""" + sig("楠 圭吾", "k.kusunoki@hinode-sangyo.co.jp", dept="総務部 経理課", ext="1127"),
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="department totals and the NPO's corporate number; no people",
)

# 091 ethnic origin / refugee status of named households
M(
    sender=ONODERA,
    to=["野々村 貴子 <nonomura@foodbank-minato.or.jp>"],
    subject="通訳ボランティアの手配について",
    charset="utf-8",
    body="""野々村様

お世話になっております。小野寺です。
次回の配布会で、通訳が必要な世帯についてご相談です。

　・ヌル・アイシャ さん（ロヒンギャ、難民認定申請中、5人世帯）
　・ミン・テッ さん（ミャンマー出身のカレン族、3人世帯）
　・ゾウ・ウィン さん（ロヒンギャ、2人世帯）

ビルマ語・ロヒンギャ語がわかる方を、港浜大学の留学生ネットワークで探してみます。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=2),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named people's ethnic origin and refugee status (要配慮個人情報) sent outside",
)

# 092 newsletter DOCX with anonymised case stories (pass)
M(
    sender=ONODERA,
    to=["錦印刷 編集部 <henshu@nishiki-insatsu.co.jp>"],
    subject="支援者向けニュースレター 秋号 原稿",
    charset="iso-2022-jp",
    body="""錦印刷 編集部 御中

お世話になっております。日の出産業の小野寺です。
秋号の原稿をWordでお送りします。体験談はすべて仮名・一部改変済みで、
ご本人とシェルターの了承を得ています。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp"),
    attachments=[{"kind": "docx", "name": "newsletter_aki_genko.docx", "paragraphs": [
        "ひだまり通信 秋号",
        "「働くことで、自分を取り戻せた」",
        "30代の女性（仮名：さくらさん）は、2人のお子さんと一緒に家を出ました。"
        "就労体験を経て、今は週4日、物流の仕事をしています。",
        "今年度の支援実績：就労体験 5名、パート採用 2名、食品提供 12.4トン",
        "ご寄附はこちら：みどり銀行 港浜支店 普通 1184402 トクヒ）フードバンクみナト",
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="pseudonymised, altered story and aggregate figures; the account is an organisation's",
)

# 093 thank-you to one corporate donor contact (pass)
M(
    sender=SAEKI,
    to=["旭製薬 総務部 CSR担当 東條様 <tojo@asahi-pharm.co.jp>"],
    subject="衛生用品のご寄贈へのお礼",
    charset="shift_jis",
    body="""旭製薬株式会社
総務部 CSR担当　東條 様

平素より大変お世話になっております。日の出産業の佐伯でございます。
このたびはシェルター向けに生理用品・消毒液等を多数ご寄贈いただき、
誠にありがとうございました。ひだまりの家の入所者の方々に大変喜ばれております。

感謝状を作成いたしましたので、8月中に御社へお届けに伺いたく存じます。
東條様のご都合のよい日時をお知らせいただけますでしょうか。
""" + sig("佐伯 真理子（室長）", "m.saeki@hinode-sangyo.co.jp", style=1) + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="thanks to one corporate donor's business contact; disclaimer",
)

# 094 internal: donor receipts register (pass)
M(
    sender=KUSUNOKI,
    to=["佐伯 真理子 <m.saeki@hinode-sangyo.co.jp>", "小野寺 あかり <a.onodera@hinode-sangyo.co.jp>"],
    subject="受領証明書 発行台帳（上期）",
    charset="utf-8",
    body="""佐伯室長、小野寺さん

楠です。上期の受領証明書 発行台帳を共有します（社内限り）。
マイナンバーの記載が必要な方はいませんでした。
""",
    attachments=[{"kind": "xlsx", "name": "受領証明書発行台帳_2025H1.xlsx", "sheets": {"台帳": [
        ["証明書No", "氏名", "住所", "金額", "発行日"],
        ["R25-001", "千賀 里美", "神奈川県横浜市港北区日吉本町2-44-7", 10000, "2025/07/10"],
        ["R25-002", "八巻 洋平", "神奈川県川崎市中原区木月4-2-16", 5000, "2025/07/10"],
        ["R25-003", "嶋津 恵理香", "東京都渋谷区東3-9-2-804", 30000, "2025/07/10"],
        ["R25-004", "能勢 和彦", "神奈川県鎌倉市大船6-1-33", 3000, "2025/07/10"],
        ["R25-005", "真柴 浩美", "神奈川県藤沢市鵠沼石上1-7-10", 20000, "2025/07/10"],
        ["R25-006", "籾山 葉子", "埼玉県さいたま市大宮区宮町2-60", 50000, "2025/07/10"],
    ]}}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="donor register with addresses, internal recipients only",
)

# 095 health insurance card symbol/number of a survivor to the partner law firm
M(
    sender=HATANO,
    to=["白川 奈緒 先生 <n.shirakawa@shirakawa-law.jp>"],
    subject="被扶養者からの離脱手続きについて",
    charset="iso-2022-jp",
    body="""白川先生

お世話になっております。日の出産業の羽田野です。
松任谷さんの件で、夫の健康保険の被扶養者から外れる手続きについてご相談です。
DV被害者の場合、夫の同意なしに資格喪失できると伺いましたが、
必要な証明書類を確認させてください。

　本人：松任谷 ゆかり
　夫の加入保険：川崎電機健康保険組合
　被保険者証 記号 ８１２０４ 番号 ３３７
　本人（被扶養者）番号：03

当社の健保への加入は8/1付を予定しています。
""" + sig("羽田野 景子", "k.hatano@hinode-sangyo.co.jp", dept="人事部 労務課", ext="2208"),
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health insurance card symbol and number plus a named DV victim, to an external law firm",
)

# 096 English mail to an overseas NGO about a site visit (pass)
M(
    sender=TAKAGI,
    to=["Dr. Anjali Mehra <a.mehra@safehaven-asia.org>"],
    subject="Re: Site visit to the shelter and food bank (October)",
    charset="utf-8",
    body="""Dear Dr. Mehra,

Thank you for your kind reply. We are delighted that your delegation can visit
on 14 October.

Proposed programme:
  10:00  Hinode Sangyo head office - overview of our CSR programmes
  11:30  Foodbank Minato warehouse - sorting line and logistics
  14:00  Meeting with the shelter's director (the shelter's location will not be
         disclosed; the meeting will take place at the city welfare centre)

Please let me know the number of participants so that we can arrange transport.

Kind regards,
Ren

> Dear Mr. Takagi, we would love to see both projects during our Tokyo trip.
""" + sig("Ren Takagi", "r.takagi@hinode-sangyo.co.jp", style=3) + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary English partner mail with one external contact",
)

# 097 either: five volunteers' names with roles only, no contact details
M(
    sender=MORISHITA,
    to=["さくらホテル 宴会予約 水野様 <banquet@sakura-hotel.jp>"],
    subject="チャリティランチ 席札の表記",
    charset="shift_jis",
    body="""水野様

お世話になっております。森下です。
9/20 のチャリティランチ、来賓・ボランティア代表の席札は以下の表記でお願いします。

　五十嵐 勝 様（地域ボランティア代表）
　城之内 瑞希 様（調理ボランティア）
　秋葉 由香里 様（調理ボランティア）
　髙橋 遥 様（学生ボランティア）
　齋藤 武志 様（配送ボランティア）

「髙」ははしご高でお願いいたします。
""" + sig("森下 拓海", "t.morishita@hinode-sangyo.co.jp", style=2),
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="five names with a volunteer role only (no contact data): a weak list a reviewer could judge either way",
)

# 098 anonymous statistics CSV (pass)
M(
    sender=ONODERA,
    to=["フードバンクみなと 事務局 <office@foodbank-minato.or.jp>"],
    subject="区別 配布世帯数（CSV）",
    charset="iso-2022-jp",
    body="""事務局 御中

お世話になっております。日の出産業の小野寺です。
助成金の報告書用に、区別・月別の配布世帯数をCSVでお送りします。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp"),
    attachments=[{"kind": "csv", "name": "haifu_setaisu_2025Q2.csv", "encoding": "cp932", "rows": [
        ["区", "4月", "5月", "6月", "うち子育て世帯", "うち高齢単身"],
        ["鶴見区", "142", "151", "168", "71", "38"],
        ["神奈川区", "96", "102", "110", "44", "29"],
        ["港北区", "118", "121", "135", "63", "22"],
        ["川崎区", "88", "94", "97", "40", "31"],
        ["幸区", "57", "61", "66", "28", "17"],
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="counts by ward and month; no individuals",
)

# 099 body, full-width padded table: student volunteers to the university
M(
    sender=ONODERA,
    to=["港浜大学 ボランティアセンター 松永様 <matsunaga@minatohama-u.ac.jp>"],
    subject="学生ボランティア保険の確認（連絡先一覧）",
    charset="shift_jis",
    body="""港浜大学 ボランティアセンター
松永様

お世話になっております。日の出産業の小野寺です。
9/6 に参加予定の学生さんについて、大学側の保険加入状況を確認させてください。
申込時にいただいた連絡先です。

""" + table([
        ["氏名", "学籍", "生年月日", "携帯"],
        ["髙橋　遥", "経済３年", "平成１３年４月１２日", fw("090-6613-2047")],
        ["冨永　唯", "文学２年", "平成１５年８月８日", fw("080-1139-5528")],
        ["小鳥遊　葵", "法学１年", "平成１６年１１月３日", fw("090-8845-2216")],
        ["甲斐　瑠璃", "看護２年", "平成１５年２月２０日", fw("070-4412-3376")],
        ["野々宮　陸", "工学３年", "平成１４年７月９日", fw("080-5516-7720")],
        ["宇津木　颯", "経営４年", "平成１３年１０月２８日", fw("090-2281-9043")],
    ], fullwidth=True, rule="―") + """

未加入の方がいれば、当社のボランティア保険に追加いたします。
""" + sig("小野寺 あかり", "a.onodera@hinode-sangyo.co.jp", style=1),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="full-width padded table of six students' DOB (和暦) and mobiles to an external university",
)

# 100 two organisations: shelter + city, training invitation (pass)
M(
    sender=SAEKI,
    to=["ひだまりの家 事務局 <office@hidamari-no-ie.or.jp>"],
    cc=["港浜市 配偶者暴力相談支援センター <dv-center@city.minatohama.lg.jp>"],
    subject="受入部署向け研修（9/10）講師のご依頼",
    charset="utf-8",
    body="""ひだまりの家 事務局 御中
（cc：港浜市 配偶者暴力相談支援センター）

お世話になっております。日の出産業の佐伯です。
就労体験の受入部署（物流センター・本社総務）の管理職向けに、
「DV被害者の就労を支える職場づくり」研修を予定しております。

　日時：9月10日(水) 15:00～16:30
　場所：日の出産業 平和島物流センター 2階会議室
　対象：受入部署の管理職 約20名

ひだまりの家様から支援の実際を、センター様から制度面（保護命令・支援措置）を
それぞれ40分ほどお話しいただけないでしょうか。謝金は規定によりお支払いします。
""" + sig("佐伯 真理子", "m.saeki@hinode-sangyo.co.jp", style=2),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc; a training request with no personal data",
)
