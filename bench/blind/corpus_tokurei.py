"""Blind evaluation corpus — area: tokurei (特例子会社).

The mail of 日の出ハートフル株式会社, the special subsidiary (特例子会社) of 日の出産業株式会社
that employs people with disabilities: job coaches (ジョブコーチ), support plans, 障害者手帳
grades, commuting support, hiring through ハローワーク, 就労移行支援 offices and 特別支援学校,
payroll and subsidy paperwork with 社労士 / 税理士 / 労働局, family contacts, and the ordinary
business mail with the customers of its printing, cleaning and data-entry work.

Every person, number and address in this file is invented (fictional but plausible);
My Numbers and card numbers come from build.my_number / build.card_number.
Written blind from BRIEF.md, build.py and SPEC.md only (no product code, tests or other
corpus files were read).
"""

import random
import unicodedata

from build import card_number, my_number

SEED = 15601
R = random.Random(SEED)

# -- invented people --------------------------------------------------------------------

SEI = [
    ("上遠野", "カドノ", "Kadono"), ("四十物", "アイモノ", "Aimono"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("五十嵐", "イガラシ", "Igarashi"), ("十河", "ソゴウ", "Sogo"), ("百目鬼", "ドウメキ", "Domeki"),
    ("猪股", "イノマタ", "Inomata"), ("我妻", "ワガツマ", "Wagatsuma"), ("粟飯原", "アイハラ", "Aihara"),
    ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"), ("漆原", "ウルシバラ", "Urushibara"),
    ("九十九", "ツクモ", "Tsukumo"), ("鰐渕", "ワニブチ", "Wanibuchi"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("日向", "ヒナタ", "Hinata"), ("甲斐", "カイ", "Kai"), ("刈谷", "カリヤ", "Kariya"),
    ("宍戸", "シシド", "Shishido"), ("鬼塚", "オニヅカ", "Onizuka"), ("梶浦", "カジウラ", "Kajiura"),
    ("芦田", "アシダ", "Ashida"), ("篠崎", "シノザキ", "Shinozaki"), ("蓮見", "ハスミ", "Hasumi"),
    ("塙", "ハナワ", "Hanawa"), ("舘", "タチ", "Tachi"), ("榊原", "サカキバラ", "Sakakibara"),
    ("今泉", "イマイズミ", "Imaizumi"), ("大城", "オオシロ", "Oshiro"), ("千葉", "チバ", "Chiba"),
    ("本多", "ホンダ", "Honda"), ("田所", "タドコロ", "Tadokoro"), ("春日", "カスガ", "Kasuga"),
    ("能登", "ノト", "Noto"), ("久保寺", "クボデラ", "Kubodera"), ("佐久間", "サクマ", "Sakuma"),
    ("兵頭", "ヒョウドウ", "Hyodo"), ("雲母", "キララ", "Kirara"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("仁平", "ニヘイ", "Nihei"), ("栗栖", "クリス", "Kurisu"), ("米満", "ヨネミツ", "Yonemitsu"),
    ("城之内", "ジョウノウチ", "Jonouchi"), ("桑畑", "クワハタ", "Kuwahata"), ("鳥越", "トリゴエ", "Torigoe"),
]
MEI = [
    ("翔太", "ショウタ", "Shota"), ("美咲", "ミサキ", "Misaki"), ("悠人", "ユウト", "Yuto"),
    ("ゆかり", "ユカリ", "Yukari"), ("拓海", "タクミ", "Takumi"), ("晴香", "ハルカ", "Haruka"),
    ("大輔", "ダイスケ", "Daisuke"), ("彩乃", "アヤノ", "Ayano"), ("蓮", "レン", "Ren"),
    ("陽菜", "ヒナ", "Hina"), ("健太", "ケンタ", "Kenta"), ("真由", "マユ", "Mayu"),
    ("亮介", "リョウスケ", "Ryosuke"), ("さくら", "サクラ", "Sakura"), ("和也", "カズヤ", "Kazuya"),
    ("千尋", "チヒロ", "Chihiro"), ("直樹", "ナオキ", "Naoki"), ("愛", "アイ", "Ai"),
    ("隼人", "ハヤト", "Hayato"), ("結衣", "ユイ", "Yui"), ("智也", "トモヤ", "Tomoya"),
    ("舞", "マイ", "Mai"), ("慎吾", "シンゴ", "Shingo"), ("明日香", "アスカ", "Asuka"),
    ("航", "ワタル", "Wataru"), ("紗希", "サキ", "Saki"), ("颯", "ハヤテ", "Hayate"),
    ("詩織", "シオリ", "Shiori"), ("圭吾", "ケイゴ", "Keigo"), ("菜々子", "ナナコ", "Nanako"),
]
TOWNS = [
    ("222-0037", "神奈川県横浜市港北区大倉山"), ("223-0064", "神奈川県横浜市港北区下田町"),
    ("224-0015", "神奈川県横浜市都筑区牛久保西"), ("211-0041", "神奈川県川崎市中原区下小田中"),
    ("213-0001", "神奈川県川崎市高津区溝口"), ("221-0065", "神奈川県横浜市神奈川区白楽"),
    ("144-0051", "東京都大田区西蒲田"), ("226-0027", "神奈川県横浜市緑区長津田"),
    ("227-0043", "神奈川県横浜市青葉区藤が丘"), ("194-0045", "東京都町田市南成瀬"),
    ("230-0078", "神奈川県横浜市鶴見区岸谷"), ("242-0007", "神奈川県大和市中央林間"),
    ("225-0011", "神奈川県横浜市青葉区あざみ野"), ("212-0024", "神奈川県川崎市幸区塚越"),
]
BUILDINGS = ["", "", "", "", " コーポ若葉203", " サンハイツ102", " メゾン・ド・ソレイユ305",
             " グリーンヒルB-4", " 県営住宅3-411", " ハイム陽だまり2F", " パークサイド壱番館507"]
DISABILITIES = [
    ("精神障害者保健福祉手帳", "2級", "統合失調症"), ("精神障害者保健福祉手帳", "3級", "うつ病"),
    ("療育手帳", "B2", "知的障害"), ("療育手帳", "A2", "知的障害"),
    ("身体障害者手帳", "2級", "聴覚障害"), ("身体障害者手帳", "1級", "脊髄損傷（車いす使用）"),
    ("精神障害者保健福祉手帳", "3級", "自閉スペクトラム症"), ("精神障害者保健福祉手帳", "2級", "双極性障害"),
    ("身体障害者手帳", "4級", "心臓機能障害（ペースメーカー）"), ("精神障害者保健福祉手帳", "3級", "ADHD"),
    ("身体障害者手帳", "3級", "視覚障害（弱視）"), ("精神障害者保健福祉手帳", "2級", "てんかん"),
    ("身体障害者手帳", "5級", "上肢機能障害"), ("療育手帳", "B1", "知的障害・ダウン症"),
    ("精神障害者保健福祉手帳", "3級", "高次脳機能障害"),
]
RELATIONS = ["母", "父", "姉", "兄", "妻", "夫", "母", "叔母", "祖母"]


def zen(s: str) -> str:
    """ASCII digits and separators to full width, the way some staff type them."""
    return s.translate(str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）"))


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y < 1989:
        era, short, n = "昭和", "S", y - 1925
    elif y < 2019:
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "令和", "R", y - 2018
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    if style == "zenshort":
        return zen(f"{short}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    raise ValueError(style)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in str(s))


def pad(rows, gap=2, rule="-", fill=" "):
    """Columns padded with spaces under a header and a rule, as pasted from Excel."""
    widths = [max(dw(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            if fill == "　":
                extra = widths[i] - dw(c)
                cells.append(c + "　" * (extra // 2) + " " * (extra % 2))
            else:
                cells.append(c + " " * (widths[i] - dw(c)))
        out.append((fill * gap if fill == " " else "　").join(cells).rstrip())
        if k == 0 and rule:
            total = sum(widths) + gap * (len(widths) - 1)
            out.append(rule * (total // dw(rule)))
    return "\n".join(out)


def tsv(rows) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def people(n: int):
    """n distinct invented people."""
    seis = R.sample(SEI, n) if n <= len(SEI) else [R.choice(SEI) for _ in range(n)]
    out = []
    for s in seis:
        g = R.choice(MEI)
        y = R.choice([y for y in range(1966, 2005) if y != 1989])
        m, d = R.randint(1, 12), R.randint(1, 28)
        zipc, town = R.choice(TOWNS)
        addr = f"{town}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 22)}{R.choice(BUILDINGS)}"
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
            "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}", "zip": zipc, "addr": addr,
            "phone": f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
            "mail": f"{s[2].lower()}.{g[2].lower()[:3]}{R.randint(10, 99)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'outlook.jp'])}",
            "acct": f"{R.randint(1000000, 9999999)}",
            "dis": R.choice(DISABILITIES),
            "no": f"H{R.randint(1001, 1399)}",
        })
    return out


def corp_number(base12: str) -> str:
    """法人番号: the check digit leads the 12 base digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def spaced(num: str, step: int = 4, sep: str = " ") -> str:
    return sep.join(num[i:i + step] for i in range(0, len(num), step))


# -- the organisation -------------------------------------------------------------------

STAFF = {
    "fujieda": ("藤枝 真澄", "人事部 定着支援課（障害者職業生活相談員）", "fujieda.masumi@hinode-sangyo.co.jp", "211"),
    "usami": ("宇佐美 亮", "業務部 ジョブコーチ（企業在籍型職場適応援助者）", "usami.ryo@heartful.hinode-sangyo.co.jp", "231"),
    "maruoka": ("丸岡 千秋", "管理部 総務経理課", "maruoka.chiaki@hinode-sangyo.co.jp", "102"),
    "kamoshita": ("鴨下 健吾", "業務部 印刷課", "kamoshita.kengo@hinode-sangyo.co.jp", "305"),
    "sugai": ("須貝 由紀", "業務部 清掃サービス課", "sugai.yuki@heartful.hinode-sangyo.co.jp", "320"),
    "nikaido": ("二階堂 慎", "業務部 データ入力課", "nikaido.shin@hinode-sangyo.co.jp", "340"),
    "okonogi": ("小此木 彩", "営業企画部", "okonogi.aya@hinode-sangyo.co.jp", "151"),
    "mitsuya": ("三ツ矢 浩", "管理部 情報システム担当", "mitsuya.hiroshi@hinode-sangyo.co.jp", "120"),
    "enomoto": ("榎本 さやか", "人事部 採用担当", "enomoto.sayaka@hinode-sangyo.co.jp", "215"),
    "horinouchi": ("堀之内 隆", "代表取締役社長", "horinouchi.takashi@hinode-sangyo.co.jp", "100"),
    "nagumo": ("南雲 多恵", "人事部 産業保健（保健師）", "nagumo.tae@hinode-sangyo.co.jp", "218"),
}


def frm(key: str) -> str:
    name, _, mail, _ = STAFF[key]
    return f"{name} <{mail}>"


def sig(key: str, style: int = 0) -> str:
    name, dept, mail, ext = STAFF[key]
    if style == 0:
        return ("\n――――――――――――――――――――――――――\n"
                "日の出ハートフル株式会社（日の出産業株式会社 特例子会社）\n"
                f"{dept}　{name}\n"
                "〒222-0033 神奈川県横浜市港北区新横浜3-7-12 日の出第二ビル4F\n"
                f"TEL：045-472-8810（代表）内線{ext}　FAX：045-472-8811\n"
                f"E-mail：{mail}\n"
                "――――――――――――――――――――――――――")
    if style == 1:
        return ("\n**************************************************\n"
                f" {name}\n {dept}\n"
                " 日の出ハートフル株式会社\n"
                " 〒222-0033 横浜市港北区新横浜3-7-12\n"
                f" TEL 045-472-8810 / {mail}\n"
                "**************************************************")
    if style == 2:
        return f"\n--\n日の出ハートフル {dept.split()[-1]}\n{name}（内線{ext}）"
    en = name.split()
    return ("\n--\n"
            f"{STAFF_EN.get(key, en[0])}\n"
            "Hinode Heartful Co., Ltd. (a special subsidiary of Hinode Sangyo Co., Ltd.)\n"
            "3-7-12 Shin-Yokohama, Kohoku-ku, Yokohama 222-0033, Japan\n"
            f"Tel +81-45-472-8810 | {mail}")


STAFF_EN = {"fujieda": "Masumi Fujieda, Retention Support, HR",
            "kamoshita": "Kengo Kamoshita, Printing Section",
            "horinouchi": "Takashi Horinouchi, President",
            "usami": "Ryo Usami, Job Coach"}

DISC_JA = ("\n\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡いただき、本メールを削除してください。")
DISC_EN = ("\n\nThis e-mail and any attachments may contain confidential information intended "
           "solely for the addressee. If you have received it in error, please notify the "
           "sender and delete it.")

MESSAGES = []


def add(num, expect, entities, detectors, note, **msg):
    MESSAGES.append({"id": f"tokurei-{num:03d}", **msg, "expect": expect,
                     "entities": entities, "detectors": detectors, "note": note})


# =====================================================================================
# 001-020
# =====================================================================================

_p = people(6)
_rows = [["特定求職者雇用開発助成金（特定就職困難者コース）第2期 対象労働者一覧", "", "", "", "", "", "", "", ""],
         ["事業所名：日の出ハートフル株式会社　　雇用保険適用事業所番号：1412-604418-3", "", "", "", "", "", "", "", ""],
         ["No", "氏名", "フリガナ", "生年月日", "障害種別", "手帳等級", "雇入日", "週所定労働時間", "紹介機関"]]
for i, p in enumerate(_p, 1):
    _rows.append([i, p["name"], p["kana"], p["dob"],
                  {"精神障害者保健福祉手帳": "精神障害", "療育手帳": "知的障害", "身体障害者手帳": "身体障害"}[p["dis"][0]],
                  p["dis"][1],
                  f"2025/0{R.randint(4, 6)}/01", R.choice([20, 30, 30, 37.5]),
                  R.choice(["ハローワーク港南", "ハローワーク港南", "ハローワーク川崎北"])])
add(1, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Six hired workers with DOB, disability type and 手帳 grade in an XLSX to the labour bureau.",
    sender=frm("maruoka"),
    to=["神奈川労働局 助成金センター <josei-center@kanagawa-roudou.go.jp>"],
    subject="特定求職者雇用開発助成金 第2期支給申請 対象労働者一覧の送付",
    charset="iso-2022-jp",
    body="神奈川労働局 助成金センター\nご担当者様\n\n"
         "いつもお世話になっております。日の出ハートフルの丸岡でございます。\n\n"
         "先日お電話でご指示いただきました、第2期支給申請分の対象労働者一覧を添付にてお送りいたします。\n"
         "賃金台帳および出勤簿の写しは、本日付で郵送いたしました。\n\n"
         "不足書類等ございましたら、お知らせいただけますと幸いです。\n"
         "何卒よろしくお願いいたします。\n" + sig("maruoka"),
    attachments=[{"kind": "xlsx", "name": "特開金_対象労働者一覧_第2期.xlsx",
                  "sheets": {"対象者": _rows,
                             "支給額試算": [["区分", "人数", "1期あたり支給額", "合計"],
                                        ["重度以外・短時間以外", 3, 400000, 1200000],
                                        ["短時間", 2, 200000, 400000],
                                        ["重度", 1, 500000, 500000]]}}])

add(2, "pass", [], [],
    "Ordinary printing quote to a partner customer: item table, quote number, product codes, disclaimer.",
    sender=frm("kamoshita"),
    to=["小松 芳恵 <komatsu.yoshie@kawasaki-denki.co.jp>"],
    subject="社内報「かわでん通信」秋号 印刷お見積りの件（QT-2025-0412）",
    charset="cp932",
    body="川崎電機株式会社\n総務部 広報グループ\n小松様\n\n"
         "いつも大変お世話になっております。\n日の出ハートフル印刷課の鴨下です。\n\n"
         "秋号のお見積りをお送りいたします。前号と同じ仕様で算出しております。\n\n"
         + pad([["品目", "仕様", "部数", "単価", "金額"],
                ["本誌 A4 16P", "中綴じ / 4C / マットコート90kg", "1,200", "148", "177,600"],
                ["別冊付録 A5 8P", "中綴じ / 1C / 上質70kg", "1,200", "36", "43,200"],
                ["封入・仕分け", "事業所別 14か所", "1式", "—", "18,000"],
                ["小計", "", "", "", "238,800"]]) +
         "\n\n※品番 PR-A4-16C-MT / PR-A5-08K-JS（前回発注 PO-7781 と同一）\n"
         "※納期：データ入稿後 7営業日（校正1回含む）\n"
         "※消費税は別途申し受けます。\n\n"
         "ご検討のほど、よろしくお願いいたします。\n" + sig("kamoshita") + DISC_JA)

add(3, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Running-text internship report on one named trainee: schizophrenia symptoms and medication, to a 就労移行 office.",
    sender=frm("usami"),
    to=["森永 <morinaga@ashita-works.or.jp>"],
    subject="実習3日目のご報告（今泉さん）",
    charset="utf-8",
    body="あしたワークス新横浜\n森永様\n\nお世話になっております。ジョブコーチの宇佐美です。\n"
         "今泉さんの職場実習3日目のご様子をお伝えします。\n\n"
         "午前中はDM封入作業を担当していただき、ミスなく420通を仕上げてくださいました。"
         "手順書を見ながら自分で確認する姿勢がとても良かったです。\n"
         "一方で、13時過ぎから眠気が強くなり、椅子に座ったまま何度かうとうとされていました。"
         "ご本人に伺ったところ、先週から頓服が変わり、統合失調症の主治医からは「しばらく眠気が出るかも」と"
         "言われているとのことでした。\n"
         "また、休憩室で「誰かに呼ばれた気がする」と話されていたので、幻聴が強まっていないか、"
         "事業所の方でも様子を見ていただけると助かります。\n\n"
         "明日以降は午後の作業を立ち仕事（仕分け）に切り替えてみる予定です。\n"
         "よろしくお願いいたします。\n" + sig("usami", 2))

_p = people(8)
_rows = [["氏名", "所属", "障害・特性", "10月の状況", "配慮・対応"]]
_notes = ["遅刻なし。指示理解良好", "10/9-10/11 体調不良で欠勤", "作業スピード向上、ダブルチェック継続",
          "昼休みに一人で過ごす時間を確保", "通院のため第2水曜は午後休", "騒音で疲労、イヤーマフ貸与",
          "新作業（製本）に挑戦中", "服薬変更あり、眠気の訴え"]
for p, n in zip(_p, _notes):
    _rows.append([p["name"], R.choice(["印刷課", "清掃サービス課", "データ入力課"]),
                  f"{p['dis'][2]}（{p['dis'][0].replace('障害者保健福祉手帳', '').replace('障害者手帳', '')}{p['dis'][1]}）",
                  n, R.choice(["週1面談", "指示は文書で", "休憩を30分ごと", "月1家族連絡", "特になし"])])
add(4, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "Support status of eight employees with diagnoses, but every recipient is internal.",
    sender=frm("usami"),
    to=["藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>"],
    cc=["須貝 由紀 <sugai.yuki@heartful.hinode-sangyo.co.jp>"],
    subject="【定着支援】10月 個別支援状況まとめ",
    charset="utf-8",
    body="藤枝さん\n（cc 須貝さん）\n\nお疲れさまです。宇佐美です。\n10月分の個別支援状況をまとめました。"
         "Excelから貼り付けています（タブ区切り）。\n\n" + tsv(_rows) +
         "\n\n11月の定着支援会議で、上から3人目と最後の方について相談させてください。\n宇佐美")

add(5, "stop", [], ["lookalike_domain"],
    "Plain proof mail, but the recipient domain kawasaki-dennki.co.jp is a typo of the partner kawasaki-denki.co.jp.",
    sender=frm("kamoshita"),
    to=["小松 芳恵 <komatsu.yoshie@kawasaki-dennki.co.jp>"],
    subject="Re: 校正刷り（初校）送付のご連絡",
    charset="iso-2022-jp",
    body="小松様\n\nお世話になっております。鴨下です。\n"
         "初校のPDFを添付いたします。現物の色校正は明日の青葉運輸便で総務部宛にお送りします。\n\n"
         "・P3 写真差し替え（工場見学会）反映済み\n・P11 表組みの罫線を細く修正\n"
         "・裏表紙のQRコードは仮のものです\n\n"
         "赤字は10/24（金）までにいただけますと、予定どおり11/4納品が可能です。\n" + sig("kamoshita", 1),
    attachments=[{"kind": "pdf", "name": "kawaden_aki_shoko1.pdf",
                  "lines": ["かわでん通信 2025年 秋号 初校", "P1 表紙 / P2 目次 / P3 工場見学会レポート",
                            "P4-5 新製品紹介 / P6-7 部署紹介 / P8-16 連載・お知らせ"]}])

add(6, "pass", [], [],
    "Cleaning schedule for a hotel customer: dates, floors, team size, no personal data.",
    sender=frm("sugai"),
    to=["さくらホテル 施設管理課 <facility@sakura-hotel.jp>"],
    subject="11月 定期清掃スケジュール（案）のご確認",
    charset="cp932",
    body="さくらホテル 施設管理課 御中\n\nいつもお世話になっております。\n"
         "日の出ハートフル清掃サービス課の須貝でございます。\n\n11月の定期清掃スケジュール案をお送りします。\n\n"
         + pad([["日付", "曜日", "エリア", "作業内容", "人数", "時間帯"],
                ["11/4", "火", "1F ロビー・ラウンジ", "床面洗浄・ワックス", "5", "22:00-翌2:00"],
                ["11/11", "火", "2F 宴会場「桜」", "カーペット洗浄", "4", "9:00-12:00"],
                ["11/18", "火", "B1 従業員通路", "床面洗浄", "3", "14:00-16:00"],
                ["11/25", "火", "客室 5F 全室", "窓ガラス・サッシ", "6", "10:00-15:00"]]) +
         "\n\n体制は清掃Bチーム＋指導員1名です。\n"
         "宴会場のご予約状況により日程変更が必要な場合は、前週金曜までにご連絡ください。\n" + sig("sugai", 0))

add(7, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "To an employee's mother on free mail: a named employee's epileptic seizure at work (health data of one person).",
    sender=frm("fujieda"),
    to=["我妻 陽子 <wagatsuma-yoko0518@yahoo.co.jp>"],
    subject="本日の拓海さんのご様子について",
    charset="iso-2022-jp",
    body="我妻 陽子 様\n\nいつもお世話になっております。日の出ハートフルの藤枝です。\n"
         "お電話がつながらなかったため、メールにて失礼いたします。\n\n"
         "本日10時20分ごろ、印刷室で作業中に拓海さんにてんかんの発作（意識がなくなり、全身がこわばる発作で、"
         "2分ほど続きました）がありました。\n"
         "すぐに横向きに寝かせ、職場の対応手順どおり時間を計って見守りました。発作後は30分ほど医務室で休み、"
         "その後はご本人も「大丈夫」とのことで、救急搬送はしておりません。\n\n"
         "念のため今日は14時で早退とし、タクシーでご自宅までお送りしています。\n"
         "次回の通院の際に、今回の発作のことを主治医の先生にお伝えいただけますでしょうか。\n"
         "抗てんかん薬の飲み忘れが最近あったかどうかも、ご家庭で確認いただけると助かります。\n\n"
         "ご不明な点はいつでもご連絡ください。\n" + sig("fujieda"))

add(8, "pass", [], [],
    "Reply that only confirms an interview slot; the candidate's diagnosis and 手帳 are only in the quoted original.",
    sender=frm("enomoto"),
    to=["森永 <morinaga@ashita-works.or.jp>"],
    subject="RE: 【ご推薦】利用者様の職場実習・面接について",
    charset="cp932",
    body="森永様\n\nお世話になっております。日の出ハートフル採用担当の榎本です。\n"
         "ご推薦ありがとうございます。面接は 10/14（火）14:00～ で承知いたしました。\n"
         "当日は新横浜本社4Fの受付にお越しください。同行いただける場合はお名前だけ前日までにお知らせください。\n\n"
         "よろしくお願いいたします。\n榎本\n\n"
         "-----Original Message-----\n"
         "From: 森永 <morinaga@ashita-works.or.jp>\n"
         "Sent: Tuesday, October 7, 2025 5:12 PM\n"
         "To: 榎本 さやか <enomoto.sayaka@hinode-sangyo.co.jp>\n"
         "Subject: 【ご推薦】利用者様の職場実習・面接について\n\n"
         "日の出ハートフル 榎本様\n\n"
         "データ入力スタッフの求人に、当事業所利用者の以下の方を推薦いたします。\n\n"
         "　氏名：薬師寺 航（ヤクシジ ワタル）　28歳\n"
         "　障害：ADHD、うつ病（精神障害者保健福祉手帳3級）\n"
         "　服薬：コンサータ、朝1回\n"
         "　通所状況：週5日、直近3か月の通所率96％\n\n"
         "面接の候補日は 10/14 午後、10/16 午前です。\n"
         "あしたワークス新横浜 森永")

add(9, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Forward of a 就労移行 office's assessment (autism, WAIS, sensory issues, DOB) to an outside job-coach NPO: forwarded text counts.",
    sender=frm("fujieda"),
    to=["岸本 <jc-team@sasaeru-net.or.jp>"],
    subject="FW: アセスメント結果のご共有（十河さん）",
    charset="utf-8",
    body="NPO法人ささえるネット\n岸本様\n\nお世話になっております。藤枝です。\n"
         "来月から訪問型ジョブコーチ支援をお願いする十河さんについて、"
         "移行支援事業所からいただいた情報を転送いたします。支援計画作成の参考にしてください。\n\n"
         "藤枝\n\n"
         "---------- Forwarded message ---------\n"
         "差出人: 大橋 <ohashi@hikari-career.jp>\n"
         "送信日時: 2025年10月2日(木) 11:48\n"
         "宛先: 藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>\n"
         "件名: アセスメント結果のご共有（十河さん）\n\n"
         "日の出ハートフル 藤枝様\n\n"
         "ご依頼のあった十河さんのアセスメント結果をお送りします。\n\n"
         "■十河 紗希（ソゴウ サキ）　平成10年7月23日生\n"
         "■診断：自閉スペクトラム症（22歳時に診断）、精神障害者保健福祉手帳3級\n"
         "■WAIS-IV：FSIQ 88（言語理解 101／処理速度 74）\n"
         "■特性：聴覚過敏があり、コピー機の音が続くと頭痛。イヤーマフ使用で軽減。\n"
         "　口頭の指示は抜けやすく、メモ・チェックリストの併用が有効です。\n"
         "■その他：月1回 精神科通院（第3木曜 午後）\n\n"
         "ひかりキャリア 就労移行支援 大橋")

add(10, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "Event announcement with Hello Work, two 就労移行 offices and a support centre all visible in To/Cc: should have been Bcc.",
    sender=frm("enomoto"),
    to=["ハローワーク港南 専門援助部門 <senmon2@konan-hw.go.jp>",
        "あしたワークス新横浜 <shinyokohama@ashita-works.or.jp>",
        "ひかりキャリア 大橋様 <ohashi@hikari-career.jp>"],
    cc=["ふれんず港北 <nakapo@friends-kohoku.or.jp>"],
    subject="【ご案内】日の出ハートフル 企業説明会・職場見学会（12/5）",
    charset="iso-2022-jp",
    body="関係機関の皆さま\n\nいつも大変お世話になっております。\n日の出ハートフル株式会社 採用担当の榎本でございます。\n\n"
         "下記のとおり企業説明会と職場見学会を開催いたします。\n利用者様・求職者様へのご周知をお願いできますと幸いです。\n\n"
         "　日時：2025年12月5日（金）13:30～15:30\n　会場：新横浜本社 4F 研修室\n"
         "　内容：会社説明、印刷・清掃・データ入力の各職場見学、質疑応答\n"
         "　定員：20名（支援者の同行可）\n　申込：11/28（金）までに本メールへご返信ください\n\n"
         "よろしくお願いいたします。\n" + sig("enomoto"))

add(11, "pass", [], ["multiple_external_domains"],
    "Scheduling a workplace tour with Hello Work and one support centre: two external organisations is normal, no personal data.",
    sender=frm("fujieda"),
    to=["石黒 様 <ishiguro.t@konan-hw.go.jp>"],
    cc=["沢渡 様 <sawatari@friends-kohoku.or.jp>"],
    subject="職場見学会の日程調整のお願い",
    charset="cp932",
    body="ハローワーク港南 石黒様\n（cc：ふれんず港北 沢渡様）\n\nお世話になっております。日の出ハートフルの藤枝です。\n\n"
         "先日ご相談いただいた職場見学会について、当社側の候補日をお送りします。\n"
         "　① 11/12（水）10:00～11:30\n　② 11/19（水）14:00～15:30\n　③ 11/21（金）10:00～11:30\n\n"
         "見学者は1回あたり4名程度まで、支援者の方の同行も可能です。\n"
         "ご都合のよい日程をお知らせください。\n" + sig("fujieda", 1))

_p = people(12)
_rows = [["社員番号", "受取人名", "銀行コード", "銀行名", "支店コード", "支店名", "預金種目", "口座番号", "振込金額"]]
_banks = [("0397", "ミドリ", "118", "シンヨコハマ"), ("1291", "ヨコハマチユウオウシンキン", "024", "オオクラヤマ"),
          ("9900", "ユウチヨ", "018", "〇一八"), ("0397", "ミドリ", "131", "ヒヨシ")]
for p in _p:
    b = R.choice(_banks)
    _rows.append([p["no"], p["kana"].replace(" ", "　"), b[0], b[1], b[2], b[3], "1", p["acct"],
                  R.randint(98000, 231000)])
add(12, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "Payroll transfer CSV of twelve employees (kana name, branch, account number, amount) sent to the bank by mail.",
    sender=frm("maruoka"),
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    subject="11月分 給与振込データ（差替え分）の送付",
    charset="cp932",
    body="みどり銀行 法人営業部\n東雲様\n\nお世話になっております。日の出ハートフル総務経理課の丸岡です。\n"
         "本日午前にお送りした11月分給与振込データに誤りがありましたので、差替え分を添付いたします。\n"
         "（2名分の金額修正、1名の口座変更）\n\n振込指定日は11/25（火）のままでお願いいたします。\n" + sig("maruoka", 1),
    attachments=[{"kind": "csv", "name": "kyuyo_furikomi_202511_r2.csv", "encoding": "cp932", "rows": _rows}])

add(13, "pass", [], [],
    "Question to the partner bank about bulk-transfer fees; the only account number is the company's own.",
    sender=frm("maruoka"),
    to=["東雲 様 <shinonome.k@midori-ginko.co.jp>"],
    subject="総合振込の手数料についてのご質問",
    charset="iso-2022-jp",
    body="みどり銀行 新横浜支店\n東雲様\n\nいつもお世話になっております。\n"
         "来年度から、外注先（就労継続支援事業所など）への支払いを総合振込に切り替えたいと考えております。\n\n"
         "１．当社口座（新横浜支店 普通 3318472）からの総合振込で、他行宛の手数料はいくらになりますか。\n"
         "２．月20件程度の場合、インターネットバンキングの月額基本料は変わりますか。\n"
         "３．振込データの受付締切は何営業日前でしょうか。\n\n"
         "お手すきの際にご教示いただけますと幸いです。\n" + sig("maruoka"))

_p = people(1)[0]
_mn = my_number(SEED + 1)
add(14, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "JP_MY_NUMBER"],
    ["personal_data"],
    "New hire's My Number and basic pension number (with 和暦 DOB and address) mailed to the outside 社労士.",
    sender=frm("maruoka"),
    to=["社会保険労務士法人やまぶき 桐生様 <office@yamabuki-sr.jp>"],
    subject="資格取得届のお願い（11/1入社 1名）",
    charset="iso-2022-jp",
    body="社会保険労務士法人やまぶき\n桐生様\n\nお世話になっております。日の出ハートフルの丸岡です。\n"
         "11月1日入社の1名について、社会保険・雇用保険の資格取得届をお願いいたします。\n\n"
         f"氏名　　　：{_p['name']}（{_p['kana']}）\n"
         f"生年月日　：{wareki(_p['y'], _p['m'], _p['d'], 'zen')}\n"
         f"住所　　　：〒{_p['zip']} {_p['addr']}\n"
         f"基礎年金番号：{R.randint(1000, 9999)}-{R.randint(100000, 999999)}\n"
         f"個人番号　：{spaced(_mn)}\n"
         "雇入日　　：令和7年11月1日\n職種　　　：清掃サービス課 指導員（週40時間）\n月額給与　：225,000円（通勤手当別）\n\n"
         "扶養家族はおりません。\n雇用契約書の写しは別途郵送いたします。\n" + sig("maruoka", 2))

add(15, "pass", [], [],
    "Question to the 社労士 about the levy/adjustment calculation using only company-wide counts.",
    sender=frm("maruoka"),
    to=["桐生 様 <kiryu@yamabuki-sr.jp>"],
    subject="障害者雇用納付金（調整金）申告の算定についてご相談",
    charset="utf-8",
    body="桐生様\n\nいつもありがとうございます。丸岡です。\n"
         "来年4月の調整金申告に向けて、グループ適用の算定について確認させてください。\n\n"
         "・グループ全体の常用雇用労働者数（月平均）：1,248人\n"
         "・うち当社（特例子会社）：62人\n・障害者数（重度ダブルカウント・短時間0.5換算後）：41.5人\n"
         "・精神障害者の短時間労働者の特例（1カウント）の対象：7人\n\n"
         "短時間の特例の適用期限が来年切れる方がいるため、月ごとの人数の扱いがどうなるか、"
         "次回の打合せでご説明いただけますでしょうか。\n\n" + sig("maruoka", 2))

add(16, "stop", [], ["unscannable_attachment"],
    "Employment contracts in a password-protected ZIP (PPAP) to the 社労士: the attachment cannot be read.",
    sender=frm("enomoto"),
    to=["office@yamabuki-sr.jp"],
    subject="雇用契約書一式（10月入社分）の送付",
    charset="iso-2022-jp",
    body="社会保険労務士法人やまぶき 御中\n\nお世話になっております。日の出ハートフル採用担当の榎本です。\n"
         "10月入社分の雇用契約書（3名分）をお送りいたします。\n\n"
         "添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りいたします。\n\n"
         "よろしくお願いいたします。\n" + sig("enomoto", 1),
    attachments=[{"kind": "zip", "name": "koyokeiyaku_202510.zip", "password": "Hn!2510kk",
                  "files": [{"kind": "docx", "name": "雇用契約書_01.docx", "paragraphs": ["雇用契約書", "期間の定めなし"]},
                            {"kind": "docx", "name": "雇用契約書_02.docx", "paragraphs": ["雇用契約書", "有期（1年）"]}]}])

add(17, "stop", [], ["confidential_marking"],
    "Requirements document stamped 社外秘 in its page header, sent to the IT partner.",
    sender=frm("mitsuya"),
    to=["佐藤 様 <sato.k@tsubasa-system.jp>"],
    subject="勤怠システム改修 要件定義書 v0.9 のご確認",
    charset="utf-8",
    body="ツバサシステム株式会社\n佐藤様\n\nお世話になっております。三ツ矢です。\n"
         "先日の打合せ内容を反映した要件定義書 v0.9 をお送りします。\n"
         "主な変更点は、短時間勤務者の休憩自動控除と、ジョブコーチ面談時間の記録欄の追加です。\n\n"
         "11/7 の定例までにコメントをいただけますと助かります。\n" + sig("mitsuya", 2),
    attachments=[{"kind": "docx", "name": "勤怠システム改修_要件定義書_v0.9.docx",
                  "page_header": "社外秘", "title": "要件定義書 v0.9",
                  "paragraphs": ["勤怠管理システム改修 要件定義書 第0.9版",
                                 "1. 目的：短時間勤務者・通院休暇の管理を正確にする",
                                 "2. 対象範囲：打刻、休暇申請、月次集計、給与連携CSV",
                                 "3. 機能要件：休憩自動控除（6時間超で45分）、面談時間の記録欄追加",
                                 "4. 非機能要件：画面の文字サイズ拡大、ふりがな表示切替"],
                  "tables": [[["No", "要件", "優先度"], ["F-01", "休憩自動控除", "高"], ["F-02", "面談記録欄", "中"]]]}])

add(18, "pass", [], [],
    "Mail about an NDA with the draft attached: the word 機密情報 is the contract's subject, not a stamp.",
    sender=frm("okonogi"),
    to=["港リサーチ株式会社 法務部 <legal@minato-research.co.jp>"],
    subject="秘密保持契約書（案）送付の件",
    charset="cp932",
    body="港リサーチ株式会社\n法務部 ご担当者様\n\nお世話になっております。日の出ハートフル営業企画部の小此木です。\n"
         "アンケート入力業務のお取引開始にあたり、秘密保持契約書（案）をお送りいたします。\n"
         "当社ひな形をベースにしておりますので、修正のご要望があれば変更履歴でお戻しください。\n\n"
         "ご確認のほど、よろしくお願いいたします。\n" + sig("okonogi") + DISC_JA,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_港リサーチ様.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "港リサーチ株式会社（以下「甲」）と日の出ハートフル株式会社（以下「乙」）は、次のとおり契約を締結する。",
                                 "第1条（機密情報の定義）本契約において機密情報とは、甲が乙に開示する一切の技術上・営業上の情報をいう。",
                                 "第2条（秘密保持義務）乙は、機密情報を第三者に開示・漏えいしてはならない。",
                                 "第3条（返還・廃棄）業務終了後、乙は機密情報を速やかに返還または廃棄する。",
                                 "第4条（有効期間）本契約の有効期間は締結日から3年間とする。"]}])

_p = people(40)
_rows = [["受付No", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "年代", "購入商品"]]
for i, p in enumerate(_p, 1):
    _rows.append([f"KF3-{i:04d}", p["name"], p["kana"], p["zip"], p["addr"], p["phone"],
                  R.choice(["20代", "30代", "40代", "50代", "60代", "70代以上"]),
                  R.choice(["北海道ミルクスープ", "じゃがバター缶", "帆立ごはんの素", "とうきびポタージュ"])])
add(19, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "Data-entry deliverable back to the customer: 40 consumers with name, address and phone in a CSV — a list of people.",
    sender=frm("nikaido"),
    to=["北国フーズ お客様相談室 <cs-data@kitaguni-foods.co.jp>"],
    subject="アンケートはがき入力データ 納品（第3回分 40件）",
    charset="utf-8",
    body="北国フーズ株式会社\nお客様相談室 ご担当者様\n\nいつもお世話になっております。\n"
         "日の出ハートフル データ入力課の二階堂です。\n\n"
         "第3回分のアンケートはがき 40件の入力が完了しましたので、データを納品いたします。\n"
         "ダブル入力による照合済みです。判読不能な箇所は「■」としております（2件）。\n\n"
         "はがき原本は明日、青葉運輸にて返送いたします。\n" + sig("nikaido"),
    attachments=[{"kind": "csv", "name": "KF_enquete_03.csv", "encoding": "utf-8", "rows": _rows}])

add(20, "pass", [], [],
    "Data-entry progress report to the customer: daily counts and error rates only.",
    sender=frm("nikaido"),
    to=["北国フーズ お客様相談室 <cs-data@kitaguni-foods.co.jp>"],
    subject="【進捗報告】アンケート入力業務 10月第4週",
    charset="iso-2022-jp",
    body="お客様相談室 ご担当者様\n\nお世話になっております。二階堂です。\n今週の入力進捗をご報告します（詳細は添付HTML）。\n\n"
         "　受領件数：1,860件\n　入力完了：1,512件（81.3%）\n　照合エラー率：0.42%（先週 0.55%）\n"
         "　判読不能：7件（別途ご確認をお願いします）\n\n次回納品は 11/5（水）の予定です。\n" + sig("nikaido", 2),
    attachments=[{"kind": "html", "name": "progress_w4.html",
                  "html": "<html><body><h3>入力進捗 10月第4週</h3><table border='1'>"
                          "<tr><th>日付</th><th>入力件数</th><th>エラー件数</th></tr>"
                          "<tr><td>10/20</td><td>302</td><td>1</td></tr><tr><td>10/21</td><td>318</td><td>2</td></tr>"
                          "<tr><td>10/22</td><td>295</td><td>1</td></tr><tr><td>10/23</td><td>310</td><td>1</td></tr>"
                          "<tr><td>10/24</td><td>287</td><td>1</td></tr></table></body></html>"}])

# =====================================================================================
# 021-040
# =====================================================================================

add(21, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "HTML-only internship evaluation of one named student with 療育手帳 B2 / intellectual disability, to the school.",
    sender=frm("usami"),
    to=["進路指導部 栗林先生 <shinro@kohoku-sh.ed.jp>"],
    subject="現場実習 評価票（高等部3年 芦田さん）",
    charset="utf-8",
    html="<html><body style='font-family:sans-serif'>"
         "<p>県立港北特別支援学校<br>進路指導部 栗林先生</p>"
         "<p>お世話になっております。日の出ハートフルの宇佐美です。<br>"
         "10/20～10/31 の現場実習について、評価をお送りします。</p>"
         "<table border='1' cellpadding='4'>"
         "<tr><th>生徒氏名</th><td colspan='2'>芦田 陽菜（あしだ ひな）　高等部3年</td></tr>"
         "<tr><th>手帳・障害</th><td colspan='2'>療育手帳 B2／知的障害（軽度）、場面緘黙の傾向あり</td></tr>"
         "<tr><th>評価項目</th><th>評価</th><th>所見</th></tr>"
         "<tr><td>あいさつ・報告</td><td>B</td><td>声は小さいが、報告カードを使って自分から伝えられた</td></tr>"
         "<tr><td>作業の正確さ</td><td>A</td><td>封入作業でミスゼロ</td></tr>"
         "<tr><td>体力・持続力</td><td>B</td><td>午後に疲れが見られる。休憩を1回追加</td></tr>"
         "<tr><td>対人関係</td><td>C</td><td>初対面の社員には緊張が強く、指示は担当者を固定</td></tr>"
         "</table>"
         "<p>総合的には、データ入力補助・封入業務での採用を前向きに検討しております。</p>"
         "<p>--<br>日の出ハートフル株式会社 ジョブコーチ 宇佐美 亮<br>TEL 045-472-8810（内線231）</p>"
         "</body></html>")

add(22, "pass", [], [],
    "Arranging a school visit for six unnamed students and two teachers: no personal data.",
    sender=frm("enomoto"),
    to=["緑ヶ丘特別支援学校 進路担当 <shinro-tantou@midori-sh.ed.jp>"],
    subject="職場見学の受け入れについて（11/26）",
    charset="iso-2022-jp",
    body="緑ヶ丘特別支援学校\n進路担当 御中\n\nお世話になっております。日の出ハートフル株式会社の榎本です。\n\n"
         "職場見学のお申し込みありがとうございます。下記のとおりお受けいたします。\n\n"
         "　日時：11月26日（水）10:00～11:30\n　人数：生徒6名、引率の先生2名\n"
         "　集合：新横浜本社1F ロビー（9:55）\n　内容：印刷課・データ入力課の見学、先輩社員との座談会\n"
         "　持ち物：上履き、筆記用具\n\n"
         "当日の写真撮影は、学校のご判断に従います。\nどうぞよろしくお願いいたします。\n" + sig("enomoto", 2))

_mn_dummy = None
add(23, "stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], ["personal_data"],
    "A foreign cleaning employee's residence card number and DOB sent to an outside 行政書士.",
    sender=frm("sugai"),
    to=["かえで行政書士事務所 <info@kaede-gyosei.jp>"],
    subject="在留期間更新のご依頼（清掃スタッフ1名）",
    charset="cp932",
    body="かえで行政書士事務所\n楓先生\n\nいつもお世話になっております。日の出ハートフル清掃サービス課の須貝です。\n"
         "当課の清掃スタッフについて、在留期間更新の手続きをお願いしたくご連絡しました。\n\n"
         "グルン ビシャルさん（GURUNG BISHAL）\n"
         "1994年8月30日生まれ、在留資格「特定技能1号（ビルクリーニング）」\n"
         "在留カード番号 TK53816274EA、在留期限 2026年1月14日\n\n"
         "ご本人は12月の第1週であれば午前中に事務所へ伺えるとのことです。\n"
         "必要書類のリストをお送りいただけますでしょうか。\n" + sig("sugai"))

add(24, "pass", [], [],
    "English parts order to an overseas equipment vendor: part numbers and quantities only.",
    sender=frm("kamoshita"),
    to=["Kernel Press Parts Desk <parts@kernelpress.com>"],
    subject="Spare parts order - KP-2200 duplicator (Account HH-0417)",
    charset="utf-8",
    body="Dear Parts Desk team,\n\nPlease find below our order for spare parts for the KP-2200 digital duplicator "
         "(serial KP22-19-004417).\n\n"
         + pad([["Part No.", "Description", "Qty", "Unit price (USD)"],
                ["KP-DR-2200", "Master drum unit", "1", "1,240.00"],
                ["KP-RL-0310", "Paper feed roller set", "3", "58.00"],
                ["KP-IN-BK5", "Ink cartridge, black, 1000 ml", "10", "32.50"]]) +
         "\n\nShipping: DHL Express to our Shin-Yokohama office, attention Printing Section.\n"
         "Please send the proforma invoice with the expected delivery date.\n\n"
         "Best regards,\n" + sig("kamoshita", 3) + DISC_EN)

add(25, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "English case study naming one employee with his autism and anxiety diagnoses, to an outside consultant.",
    sender=frm("fujieda"),
    to=["Olivia Hartman <o.hartman@inclusionworks.com>"],
    subject="Case study draft for the Asia Disability Inclusion Forum",
    charset="utf-8",
    body="Dear Olivia,\n\nThank you for inviting us to the Forum in Singapore. Here is the first draft of our case "
         "study, as discussed on Monday.\n\n"
         "---\nFrom data entry to team lead: Ren Kasuga's story\n\n"
         "Ren Kasuga (34) joined Hinode Heartful in April 2021. He was diagnosed with autism spectrum "
         "disorder at 27 and also lives with social anxiety disorder; before joining us he had left two "
         "jobs after panic attacks at work. With a fixed desk, written instructions and a weekly check-in "
         "with our job coach, his accuracy rose to 99.8% and in 2024 he became the lead of a four-person "
         "data-entry team. He still takes Wednesday afternoons off for his psychiatric appointments.\n---\n\n"
         "Could you let me know whether the length (about 400 words in the final version) is right?\n\n"
         "Kind regards,\n" + sig("fujieda", 3))

_p = people(7)
_rows = [["氏名", "住所", "最寄駅", "経路", "1か月定期"]]
for p in _p:
    st, route = R.choice([("大倉山", "東急東横線・JR横浜線"), ("日吉", "東急新横浜線"), ("菊名", "JR横浜線"),
                          ("溝の口", "東急田園都市線・市営地下鉄"), ("長津田", "JR横浜線"), ("白楽", "東急東横線・JR横浜線"),
                          ("あざみ野", "市営地下鉄ブルーライン")])
    _rows.append([p["name"], p["addr"], st, f"{st}→新横浜（{route}）",
                  f"{R.randint(6, 16) * 1000 + R.choice([120, 340, 560, 780]):,}円"])
add(26, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "Commuting-allowance table of seven employees with home addresses sent to the outside 社労士 (internal Cc does not help).",
    sender=frm("maruoka"),
    to=["桐生 様 <kiryu@yamabuki-sr.jp>"],
    cc=["藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>"],
    subject="通勤手当 見直し対象者（7名）について",
    charset="cp932",
    body="桐生様\n\nお世話になっております。丸岡です。\n"
         "10月のダイヤ改正・運賃改定に伴い、通勤手当の見直し対象となる7名を以下にまとめました。\n"
         "随時改定（月変）に該当するかどうか、ご確認いただけますでしょうか。\n\n"
         + pad(_rows) + "\n\n以上、よろしくお願いいたします。\n" + sig("maruoka", 2))

_p = people(5)
_blocks = []
_needs = ["電動車いす使用。リフト付き車両でお願いします。", "視覚障害（全盲）のため、玄関から乗車まで誘導をお願いします。",
          "てんかん発作の既往あり。車内で発作時は停車して当社へ連絡を。", "知的障害あり。降車時に会社玄関まで付き添い。",
          "人工透析の翌日は乗車時刻が30分遅くなります。"]
for i, (p, n) in enumerate(zip(_p, _needs), 1):
    _blocks.append(f"【{i}】{p['name']} 様\n　乗車地：{p['addr']}\n　連絡先：{p['phone']}\n"
                   f"　迎え：7:{R.choice(['40', '45', '50', '55'])}（帰り 16:15 会社発）\n　備考：{n}")
add(27, "stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Five commuters' home addresses, phones and disabilities/health needs sent to a welfare-taxi company.",
    sender=frm("fujieda"),
    to=["ひかり交通 配車センター <haisha@hikari-kotsu.co.jp>"],
    subject="福祉車両による通勤送迎 12月分のご依頼",
    charset="iso-2022-jp",
    body="ひかり交通株式会社\n配車センター ご担当者様\n\nいつもお世話になっております。日の出ハートフルの藤枝です。\n"
         "12月分の通勤送迎について、下記5名をお願いいたします（平日のみ、12/29～1/3を除く）。\n\n"
         + "\n\n".join(_blocks) + "\n\n変更がある場合は前日15時までにご連絡いたします。\n" + sig("fujieda"))

_p = people(1)[0]
add(28, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Job-coach support plan in DOCX: one named employee with DOB and bipolar disorder / 手帳2級, to an outside NPO.",
    sender=frm("usami"),
    to=["岸本 様 <kishimoto@sasaeru-net.or.jp>"],
    subject="支援計画書（案）をお送りします",
    charset="utf-8",
    body="岸本様\n\nお世話になっております。宇佐美です。\n"
         "兵頭さんの支援計画書（案）を作りましたので、添付いたします。\n"
         "訪問の頻度（週2回→週1回への移行時期）について、ご意見をいただけると助かります。\n\n宇佐美",
    attachments=[{"kind": "docx", "name": "支援計画書_兵頭_案.docx",
                  "paragraphs": ["職場適応援助者（ジョブコーチ）支援計画書（案）", "作成日：2025年10月28日　作成者：宇佐美 亮"],
                  "tables": [[["対象者氏名", "兵頭 慎吾"],
                              ["生年月日", wareki(1987, 2, 14, "kanji")],
                              ["障害の状況", "双極性障害（精神障害者保健福祉手帳2級）。躁転時に多弁・睡眠減少、うつ期に欠勤が増える。"],
                              ["服薬・通院", "炭酸リチウム服用中。月2回通院（水曜午後）"],
                              ["支援目標", "季節の変わり目に体調の変化を自分で報告できる"],
                              ["支援内容", "毎朝の体調チェック表、週1回の面談、主治医意見の共有"]]]}])

add(29, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "Seminar registration for two staff with their mobile numbers: one to four people's records, may be warned.",
    sender=frm("fujieda"),
    to=["研修係 <kenshu@kanagawa-shokugyo.or.jp>"],
    subject="企業在籍型職場適応援助者養成研修 受講申込（2名）",
    charset="cp932",
    body="神奈川障害者職業センター\n研修係 御中\n\nお世話になっております。日の出ハートフル株式会社の藤枝です。\n"
         "標記研修について、当社から下記2名の受講を申し込みます。\n\n"
         "1) 須貝 由紀（清掃サービス課 主任）\n　当日連絡先（携帯）：080-5127-3390\n"
         "2) 二階堂 慎（データ入力課 係長）\n　当日連絡先（携帯）：090-2284-6071\n\n"
         "受講料の請求書は当社総務経理課宛にお送りください。\n" + sig("fujieda", 1))

add(30, "stop", [], ["lookalike_domain"],
    "Shift table meant for a colleague, sent to hinode-sangyo-co.jp (hyphen for the dot): a look-alike of the own domain.",
    sender=frm("sugai"),
    to=["鴨下 健吾 <kamoshita.kengo@hinode-sangyo-co.jp>"],
    subject="来週の清掃シフト（印刷課から応援2名の件）",
    charset="iso-2022-jp",
    body="鴨下さん\n\nお疲れさまです。須貝です。\n来週の清掃シフト、印刷課から応援に来てもらう分を入れました。\n\n"
         + pad([["", "月", "火", "水", "木", "金"],
                ["さくらホテル", "塙・舘", "塙・舘", "米満", "塙・舘", "米満"],
                ["青葉運輸 本社", "仁平", "仁平", "仁平（応援:栗栖）", "仁平", "休"],
                ["新横浜ビル", "城之内", "桑畑（応援）", "城之内", "城之内", "桑畑（応援）"]]) +
         "\n\n水曜と金曜の応援、調整よろしくお願いします。\n須貝")

_p = people(20)
_rows = [["日の出ハートフル 障害者手帳 更新期限管理表（2025年10月末現在）", "", "", "", "", "", ""],
         ["社員番号", "氏名", "手帳種別", "等級", "手帳番号", "交付日", "次回更新・再認定"]]
for p in _p:
    _rows.append([p["no"], p["name"], p["dis"][0], p["dis"][1], f"第{R.randint(10000, 99999)}号",
                  f"20{R.randint(19, 24)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}",
                  R.choice(["2026/03", "2026/07", "2027/01", "2025/12"]) if p["dis"][0] != "身体障害者手帳"
                  else R.choice(["不要", "不要", "2027/09（再認定）"])])
add(31, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "Twenty employees' 手帳 types, grades and numbers in an XLSX — but only between internal staff.",
    sender=frm("maruoka"),
    to=["藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>"],
    subject="手帳更新期限の管理表（10月末版）",
    charset="utf-8",
    body="藤枝さん\n\nお疲れさまです。丸岡です。\n10月末時点の手帳更新期限管理表を更新しました。\n"
         "12月・3月に期限が来る方には、定着面談の際に声かけをお願いします。\n\n丸岡",
    attachments=[{"kind": "xlsx", "name": "手帳更新期限管理表_202510.xlsx",
                  "sheets": {"一覧": _rows, "メモ": [["更新手続きは本人申請。会社は写しを受領して台帳更新。"]]}}])

_p = people(14)
_rows = [["No", "氏名", "障害種別", "程度", "重度判定", "週所定(h)", "カウント"]]
for i, p in enumerate(_p, 1):
    kind = {"精神障害者保健福祉手帳": "精神", "療育手帳": "知的", "身体障害者手帳": "身体"}[p["dis"][0]]
    heavy = "重度" if p["dis"][1] in ("1級", "2級", "A2") and kind != "精神" else "-"
    h = R.choice([20, 25, 30, 37.5])
    _rows.append([i, p["name"], kind, p["dis"][1], heavy, h,
                  (2 if heavy == "重度" else 1) * (1 if h >= 30 else 0.5) if kind != "精神" else 1])
add(32, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Legacy XLS of fourteen named employees with disability type and grade, to the outside 社労士.",
    sender=frm("fujieda"),
    to=["社会保険労務士法人やまぶき 桐生様 <kiryu@yamabuki-sr.jp>"],
    subject="障害者雇用状況報告（6.1報告）基礎資料",
    charset="iso-2022-jp",
    body="桐生様\n\nお世話になっております。藤枝です。\n"
         "6.1報告の記載内容の確認用に、在籍者の基礎資料をお送りします（当社分のみ）。\n"
         "短時間のカウントに誤りがないか、ご確認ください。\n\n" + sig("fujieda", 2),
    attachments=[{"kind": "xls", "name": "6.1houkoku_kiso.xls", "sheets": {"在籍者": _rows}}])

add(33, "pass", [], [],
    "Job-offer details for Hello Work (hours, wage, duties) with the one company contact person: no personal data.",
    sender=frm("enomoto"),
    to=["石黒 様 <ishiguro.t@konan-hw.go.jp>"],
    subject="求人申込書の記載内容について（データ入力スタッフ）",
    charset="cp932",
    body="ハローワーク港南\n専門援助部門 石黒様\n\nいつもお世話になっております。日の出ハートフル採用担当の榎本です。\n"
         "先日ご相談した求人について、記載内容を下記のとおり修正いたしました。\n\n"
         "■職種：データ入力スタッフ（障害者専用求人）\n■仕事内容：アンケートはがき・伝票の入力、照合作業\n"
         "■就業時間：9:30～16:00（休憩60分）、週5日・週27.5時間\n■賃金：時給1,180円、交通費実費支給（上限月2万円）\n"
         "■休日：土日祝、年末年始、夏季休暇\n■応募書類：履歴書、職務経歴書（ハローワーク紹介状を同封）\n"
         "■選考：職場見学→面接→職場実習（3日間）\n"
         "■連絡先：人事部 採用担当 榎本（045-472-8810 内線215）\n\n"
         "ご確認のうえ、公開いただけますと幸いです。\n" + sig("enomoto"))

_p = people(5)
_rows = [["紹介状No", "氏名", "手帳", "選考結果", "備考"]]
for p, (res, rem) in zip(_p, [("採用", "１２／１入社予定"), ("不採用", "体力面の不安"), ("実習へ", "１１／１７～実習"),
                              ("不採用", "－"), ("辞退", "本人希望で辞退")]):
    short = {"精神障害者保健福祉手帳": "精神", "療育手帳": "療育", "身体障害者手帳": "身体"}[p["dis"][0]]
    _rows.append([zen(f"14040-{R.randint(100000, 999999)}"), p["name"], f"{short}{zen(p['dis'][1])}", res, rem])
add(34, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Selection results for five referred job seekers with their 手帳 type and grade, full-width table, to Hello Work.",
    sender=frm("enomoto"),
    to=["ハローワーク港南 専門援助部門 <senmon2@konan-hw.go.jp>"],
    subject="選考結果のご報告（10月紹介分）",
    charset="utf-8",
    body="ハローワーク港南\n専門援助部門 御中\n\nお世話になっております。日の出ハートフルの榎本です。\n"
         "10月にご紹介いただいた方の選考結果をご報告いたします。\n\n"
         + pad(_rows, fill="　", rule="－") + "\n\n選考結果通知書は本日郵送いたしました。\n" + sig("enomoto", 2))

_mns = [my_number(SEED + k) for k in (2, 3, 4, 5)]
add(35, "stop", ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Year-end adjustment data: My Numbers of an employee and three dependants plus his 障害者控除 (手帳4級), to the tax office.",
    sender=frm("maruoka"),
    to=["税理士法人あおぞら 年末調整チーム <nenmatsu@aozora-tax.jp>"],
    subject="扶養控除等申告書の内容（鬼塚さん分）",
    charset="iso-2022-jp",
    body="税理士法人あおぞら\n年末調整ご担当様\n\nお世話になっております。日の出ハートフルの丸岡です。\n"
         "原本の到着が遅れている鬼塚さん分について、記載内容を先にお送りします。\n\n"
         f"本人　鬼塚 直樹　S53.6.19　個人番号 {_mns[0]}\n"
         f"　　　障害者控除：一般障害者（身体障害者手帳4級・心臓機能障害）\n"
         f"配偶者　鬼塚 真由　S55.1.8　個人番号 {_mns[1]}　（パート収入 年96万円見込み）\n"
         f"長男　鬼塚 颯　H21.11.30　個人番号 {_mns[2]}\n"
         f"長女　鬼塚 菜々子　H25.4.2　個人番号 {_mns[3]}\n\n"
         "よろしくお願いいたします。\n" + sig("maruoka", 1))

_cc = card_number(SEED + 1)
add(36, "stop", ["CREDIT_CARD"], ["personal_data"],
    "Corporate card number and expiry written into a hotel booking mail: any card number must stop.",
    sender=frm("okonogi"),
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="研修宿泊（12/11-12）ご予約と事前決済について",
    charset="cp932",
    body="さくらホテル 宿泊予約ご担当者様\n\nお世話になっております。日の出ハートフルの小此木です。\n"
         "12/11（木）チェックイン、1泊、シングル4室のご予約をお願いいたします。\n"
         "（うち1室はユニバーサルルームを希望します）\n\n"
         "お支払いは法人カードでの事前決済でお願いします。\n"
         f"　カード番号：{spaced(_cc)}\n　有効期限：08/28\n　名義：HINODE HEARTFUL CO LTD\n\n"
         "領収書の宛名は「日の出ハートフル株式会社」でお願いいたします。\n" + sig("okonogi", 2))

add(37, "pass", [], [],
    "Banquet-room layout and an accessible room request to the hotel, with no person named.",
    sender=frm("okonogi"),
    to=["宴会営業 ご担当 <banquet@sakura-hotel.jp>"],
    subject="12/12 研修会場のレイアウトについて",
    charset="utf-8",
    body="さくらホテル 宴会営業ご担当者様\n\nいつもお世話になっております。\n"
         "12/12（金）の研修会場「楓の間」について、レイアウトのご相談です。\n\n"
         "・スクール形式 30席（通路幅は車いすが通れるよう 120cm 以上でお願いします）\n"
         "・前方にスクリーン、プロジェクター、ワイヤレスマイク2本\n"
         "・手話通訳者用に演台の横にスポットライトを1灯\n・昼食はお弁当30個（うち2個はハラール対応）\n\n"
         "ご確認のほどよろしくお願いいたします。\n" + sig("okonogi") + DISC_JA)

add(38, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Commuting-accident report: one employee's health-insurance 記号・番号 and fracture diagnosis, to the 社労士.",
    sender=frm("sugai"),
    to=["桐生 様 <kiryu@yamabuki-sr.jp>"],
    subject="【至急】通勤災害の手続きについて",
    charset="iso-2022-jp",
    body="桐生様\n\nお世話になっております。清掃サービス課の須貝です。\n"
         "当課の宍戸 健太さんが、10/27 朝の出勤途中（大倉山駅の階段）で転倒し、右手首を骨折しました"
         "（橈骨遠位端骨折、全治8週間の見込み）。\n\n"
         "受診の際、ご本人が誤って健康保険証（記号 4127 番号 356）を使ってしまったため、労災への切り替えが必要です。\n"
         "受診先は新横浜整形外科クリニックです。\n\n"
         "様式第16号の3の記載方法と、病院への連絡について教えていただけますか。\n" + sig("sugai", 2))

_p = people(12)
_rows = [["氏名", "生年月日", "項目", "結果", "判定"]]
for p in _p:
    item = R.choice([("血圧", "152/96", "C 要再検"), ("HbA1c", "6.8%", "D 要精検"), ("肝機能 ALT", "68", "C 要再検"),
                     ("心電図", "心房細動疑い", "D 要精検"), ("胸部X線", "右上肺野 結節影", "D 要精検"),
                     ("LDL-C", "186", "C 要再検")])
    _rows.append([p["name"], wareki(p["y"], p["m"], p["d"], "short"), *item])
add(39, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], [],
    "Health-check follow-up list of twelve employees, from the company nurse to HR: all recipients internal.",
    sender=frm("nagumo"),
    to=["藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>"],
    cc=["丸岡 千秋 <maruoka.chiaki@hinode-sangyo.co.jp>"],
    subject="定期健診 要再検・要精検者リスト（ハートフル分）",
    charset="cp932",
    body="藤枝さん、丸岡さん\n\nお疲れさまです。保健師の南雲です。\n"
         "今年度の定期健診で要再検・要精検となった方のリストです。\n"
         "ご本人への受診勧奨は私から行いますが、ジョブコーチ面談の際にも声をかけていただけると助かります。\n\n"
         + pad(_rows) + "\n\n※取り扱いにはご注意ください（社内限り）。\n南雲")

_p = people(1)[0]
add(40, "stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"], ["personal_data"],
    "Driver registration for a lease car: one employee's driving-licence number and DOB to the leasing company.",
    sender=frm("maruoka"),
    to=["みなとリース 車両管理 <fleet@minato-lease.co.jp>"],
    subject="社用車 運転者追加登録のお願い（契約No. ML-55213）",
    charset="cp932",
    body="みなとリース株式会社\n車両管理ご担当者様\n\nお世話になっております。日の出ハートフル総務経理課の丸岡です。\n"
         "契約No. ML-55213（ハイエース 品川300 は 12-34）の運転者に、下記1名を追加したくお願いいたします。\n\n"
         f"　氏名：{_p['name']}\n　生年月日：{wareki(_p['y'], _p['m'], _p['d'], 'short')}\n"
         f"　運転免許証番号：第{R.randint(30, 49)}{R.randint(1000000000, 9999999999)}号\n"
         "　免許の種類：普通・準中型\n　有効期限：令和9年12月20日まで\n\n"
         "登録完了後、ご連絡いただけますと幸いです。\n" + sig("maruoka"))

# =====================================================================================
# 041-060
# =====================================================================================

add(41, "pass", [], [],
    "List of ten support offices (business names, addresses, switchboards) to a peer company: businesses, not people.",
    sender=frm("fujieda"),
    to=["楓ハートフル 人事部 <jinji@kaede-heartful.co.jp>"],
    subject="Re: 連携先の就労移行支援事業所について",
    charset="utf-8",
    body="楓ハートフル株式会社\n人事部 皆川様\n\n先日の特例子会社連絡会ではありがとうございました。藤枝です。\n"
         "お話ししていた、当社がよく連携している事業所の一覧です。\n\n"
         + pad([["事業所名", "所在地", "電話", "特徴"],
                ["あしたワークス新横浜", "横浜市港北区新横浜2-5-14", "045-620-3381", "事務系訓練が中心"],
                ["ひかりキャリア日吉", "横浜市港北区日吉本町1-4-22", "045-565-7702", "発達障害の方が多い"],
                ["ステップ菊名", "横浜市港北区菊名4-3-9", "045-430-1186", "清掃・軽作業の実習あり"],
                ["ジョブラボ溝の口", "川崎市高津区溝口2-11-5", "044-811-6640", "IT・データ入力"],
                ["ワークサポート白楽", "横浜市神奈川区白楽100-3", "045-401-5517", "精神障害の方の定着実績"],
                ["ふれあいワーク長津田", "横浜市緑区長津田5-1-30", "045-988-2203", "知的障害の方中心"],
                ["キャリアテラス蒲田", "東京都大田区西蒲田7-44-2", "03-6424-1870", "土曜開所あり"],
                ["みらい就労センター町田", "東京都町田市原町田4-9-8", "042-739-5521", "高次脳機能障害に対応"],
                ["あおば就労支援室", "横浜市青葉区藤が丘2-2-1", "045-972-4410", "少人数制"],
                ["ひまわりキャリア鶴見", "横浜市鶴見区鶴見中央3-1-5", "045-502-9968", "在宅訓練可"]]) +
         "\n\n※各事業所の窓口は代表番号です。担当者名は個別にお問い合わせください。\n" + sig("fujieda", 2))

_fam = ["千葉 様 <chiba.family@icloud.com>", "田所 様 <tadokoro-m1965@yahoo.co.jp>",
        "能登 様 <noto.hiroko@gmail.com>", "久保寺 様 <yuka-k.1972@docomo.ne.jp>",
        "春日 様 <kasuga.home@outlook.jp>", "比嘉 様 <higa-yoshiko@ezweb.ne.jp>"]
add(42, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "Invitation to a family meeting sent with six families' private addresses visible in To: should have been Bcc.",
    sender=frm("fujieda"),
    to=_fam,
    subject="ご家族懇談会（12/14）のご案内",
    charset="iso-2022-jp",
    body="ご家族の皆さま\n\nいつも日の出ハートフルの社員を支えていただき、ありがとうございます。\n人事部定着支援課の藤枝です。\n\n"
         "今年もご家族懇談会を下記のとおり開催いたします。\n\n"
         "　日時：12月14日（日）13:30～15:30\n　会場：新横浜本社 4F 研修室\n"
         "　内容：会社の近況報告、職場見学、ジョブコーチとの個別相談（希望制）\n\n"
         "出欠を 12/5（金）までにご返信ください。\n" + sig("fujieda"))

add(43, "pass", [], ["freemail_recipient"],
    "Interview invitation to one applicant on gmail: a single free-mail recipient, no personal data beyond his name.",
    sender=frm("enomoto"),
    to=["九十九 隼人 様 <h.tsukumo.1999@gmail.com>"],
    subject="面接日時のご案内（日の出ハートフル株式会社）",
    charset="iso-2022-jp",
    body="九十九 隼人 様\n\nこのたびは当社の求人にご応募いただき、ありがとうございます。\n日の出ハートフル株式会社 採用担当の榎本です。\n\n"
         "面接を下記のとおり行いますので、ご来社ください。\n\n"
         "　日時：11月10日（月）10:00～（40分程度）\n　場所：横浜市港北区新横浜3-7-12 日の出第二ビル4F\n"
         "　持ち物：履歴書（写真貼付）、筆記用具\n\n"
         "面接で配慮してほしいことがあれば、事前にお知らせください。支援機関の方の同席も可能です。\n"
         "ご都合が悪い場合はご返信ください。\n" + sig("enomoto", 1))

add(44, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
    "Diagnosis (PDD, depression) restated to the applicant himself on free mail: literally sensitive data, but his own.",
    sender=frm("fujieda"),
    to=["蓮見 葵 様 <aoi.hasumi@outlook.jp>"],
    subject="入社にあたっての配慮事項の確認",
    charset="utf-8",
    body="蓮見 葵 様\n\n日の出ハートフルの藤枝です。先日はありがとうございました。\n"
         "ご提出いただいた主治医意見書（広汎性発達障害、二次障害としての抑うつ状態）を踏まえ、"
         "入社後の配慮事項を下記のとおり整理しました。内容に相違がないかご確認ください。\n\n"
         "１．作業指示は口頭に加えてチャットで文字でもお伝えします。\n"
         "２．デスクはパーテーションで区切った窓側の席とします。\n"
         "３．抑うつ症状が強い日は、朝9時までに連絡いただければ在宅勤務に切り替え可能とします。\n"
         "４．通院日（隔週金曜午後）は時間単位の有給休暇で対応します。\n\n"
         "修正したい点があれば遠慮なくお知らせください。\n" + sig("fujieda"))

add(45, "pass", [], ["freemail_recipient"],
    "Reply to a mother on iCloud: her son's medication and hospital history appear only in the '>' quoted lines.",
    sender=frm("fujieda"),
    to=["千葉 様 <chiba.family@icloud.com>"],
    subject="Re: 明日の出勤について",
    charset="cp932",
    body="千葉様\n\nご連絡ありがとうございます。承知いたしました。\n"
         "明日は10時出勤とし、お昼休みに私から声をかけるようにします。\n"
         "職場でもいつもどおりお迎えしますので、ご安心ください。\n\n藤枝\n\n"
         "2025/11/03 21:14、千葉 <chiba.family@icloud.com> のメール:\n"
         "> 日の出ハートフル 藤枝様\n> いつもお世話になっております。翔太の母です。\n"
         "> 先週から薬（エビリファイ）が増えて、朝なかなか起きられません。\n"
         "> 去年入院したときと同じ感じではないので大丈夫だと思いますが、\n"
         "> 明日は少し遅れて出勤させてもよろしいでしょうか。\n> 千葉")

add(46, "stop", [], ["unscannable_attachment"],
    "The attendance workbook attached for the 社労士 is corrupt and cannot be inspected.",
    sender=frm("maruoka"),
    to=["桐生 様 <kiryu@yamabuki-sr.jp>"],
    subject="10月分 出勤簿の送付",
    charset="utf-8",
    body="桐生様\n\nお世話になっております。丸岡です。\n10月分の出勤簿を添付いたします。\n"
         "短時間勤務者の時間外がある月ですので、割増の計算をご確認いただけると助かります。\n\n" + sig("maruoka", 2),
    attachments=[{"kind": "corrupt", "name": "出勤簿_2025年10月.xlsx"}])

_cn = corp_number("604418290117")
add(47, "pass", ["JP_CORPORATE_NUMBER"], [],
    "Cleaning invoice PDF with the company's T-number and the company bank account: no personal data.",
    sender=frm("maruoka"),
    to=["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    subject="10月分 清掃業務委託料のご請求書送付",
    charset="iso-2022-jp",
    body="青葉運輸株式会社\n経理部 御中\n\nいつもお世話になっております。\n日の出ハートフル株式会社 総務経理課の丸岡でございます。\n\n"
         "10月分の清掃業務委託料のご請求書をお送りいたします。\nお支払期日は11月30日となっております。\n\n"
         "ご査収のほどよろしくお願いいたします。\n" + sig("maruoka"),
    attachments=[{"kind": "pdf", "name": "請求書_INV-2510-0087.pdf", "title": "請求書",
                  "lines": ["請求書", "青葉運輸株式会社 御中", "請求番号：INV-2510-0087　発行日：2025年10月31日",
                            "日の出ハートフル株式会社　〒222-0033 横浜市港北区新横浜3-7-12",
                            f"登録番号：T{_cn}", ""],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["本社ビル 日常清掃（10月）", "1式", "286,000", "286,000"],
                            ["窓ガラス清掃（臨時）", "1式", "42,000", "42,000"],
                            ["小計", "", "", "328,000"], ["消費税(10%)", "", "", "32,800"],
                            ["合計", "", "", "360,800"],
                            ["振込先：みどり銀行 新横浜支店 普通 3318472 ヒノデハートフル(カ", "", "", ""]]}])

add(48, "stop", [], ["unscannable_attachment"],
    "Outsourcing quote sent as a password-protected PDF: the attachment cannot be scanned.",
    sender=frm("okonogi"),
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="外注加工（無線綴じ）お見積り依頼書",
    charset="cp932",
    body="錦印刷株式会社\n営業部 ご担当者様\n\nお世話になっております。日の出ハートフルの小此木です。\n"
         "無線綴じ加工の外注お見積り依頼書をお送りします。\n"
         "PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。\n\n" + sig("okonogi", 1),
    attachments=[{"kind": "pdf", "name": "見積依頼書_無線綴じ_202511.pdf", "password": "nsk2511",
                  "lines": ["お見積り依頼書", "A4 無線綴じ 120P × 300部", "表紙 4C/0C コート180kg"]}])

add(49, "pass", [], [],
    "Company profile PPTX to a prospect, with only aggregate counts of employees by disability type.",
    sender=frm("okonogi"),
    to=["春風商事 総務部 <soumu@harukaze-shoji.co.jp>"],
    subject="会社案内資料の送付（日の出ハートフル）",
    charset="utf-8",
    body="春風商事株式会社\n総務部 ご担当者様\n\n先日は展示会ブースにお立ち寄りいただき、ありがとうございました。\n"
         "日の出ハートフル営業企画部の小此木です。\n\nお約束の会社案内資料をお送りします。\n"
         "オフィス清掃と名刺・封筒印刷は、スポットでのご依頼も承っております。\n\n" + sig("okonogi"),
    attachments=[{"kind": "pptx", "name": "日の出ハートフル_会社案内_2025.pptx",
                  "slides": [["日の出ハートフル株式会社", "日の出産業グループの特例子会社（2012年設立）"],
                             ["社員構成", "社員 62名（うち障害のある社員 42名）", "身体 11名／知的 17名／精神 14名",
                              "ジョブコーチ 3名、障害者職業生活相談員 4名"],
                             ["事業内容", "印刷（名刺・封筒・社内報）", "オフィス・ホテル清掃", "データ入力・スキャニング"],
                             ["品質", "ダブルチェック体制、Pマーク取得済み、入力精度 99.9%"]]}])

add(50, "stop", [], ["confidential_marking"],
    "Proposal deck whose every slide carries a CONFIDENTIAL footer, sent to a customer.",
    sender=frm("horinouchi"),
    to=["川崎電機 購買部 部長 <purchase-mgr@kawasaki-denki.co.jp>"],
    subject="来期 業務委託拡大のご提案",
    charset="iso-2022-jp",
    body="川崎電機株式会社\n購買部 部長 様\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n"
         "日の出ハートフルの堀之内でございます。\n\n"
         "先日お話しした来期の業務委託拡大について、ご提案資料をお送りいたします。\n"
         "ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。\n" + sig("horinouchi"),
    attachments=[{"kind": "pptx", "name": "ご提案_業務委託拡大_FY2026.pptx", "page_footer": "CONFIDENTIAL",
                  "slides": [["業務委託拡大のご提案", "日の出ハートフル株式会社 2025年11月"],
                             ["ご提案内容", "工場事務棟の日常清掃（週5日）", "技術文書のスキャニング・PDF化（月2万枚）"],
                             ["お見積り（概算）", "清掃：月額 420,000円", "スキャニング：1枚 9円"],
                             ["体制", "専任チーム 8名＋指導員 2名", "開始時期：2026年4月"]]}])

_p = people(7)
_lines = ["氏名,緊急連絡先（続柄）,電話番号,備考"]
for p in _p:
    _lines.append(f"{p['name']},{R.choice(RELATIONS)},{p['phone']},{R.choice(['', '平日日中は職場', '夜間可', 'SMS希望', ''])}")
add(51, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "Emergency-contact list of seven night-shift cleaners (family phone numbers), comma-separated, to the security firm.",
    sender=frm("sugai"),
    to=["東海警備 管制センター <control@tokai-keibi.co.jp>"],
    subject="夜間清掃時の緊急連絡網（11月改訂）",
    charset="cp932",
    body="東海警備株式会社\n管制センター ご担当者様\n\nお世話になっております。日の出ハートフル清掃サービス課の須貝です。\n"
         "さくらホテル夜間清掃に入るスタッフの緊急連絡網を更新しました。\n"
         "作業中に事故等があった場合、当課（須貝 080-7731-2045）につながらないときは下記へご連絡ください。\n\n"
         + "\n".join(_lines) + "\n\n旧版は破棄をお願いいたします。\n" + sig("sugai"))

_p = people(4)
add(52, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "Four site leaders' private mobile numbers for the building manager: fewer than five people, may be warned.",
    sender=frm("sugai"),
    to=["新横浜ビルマネジメント 管理室 <kanri@shinyoko-bm.co.jp>"],
    subject="清掃現場責任者の連絡先（12月から）",
    charset="iso-2022-jp",
    body="新横浜ビルマネジメント\n管理室 御中\n\nお世話になっております。日の出ハートフルの須貝です。\n"
         "12月から現場責任者が交代しますので、連絡先をお知らせします（いずれも個人携帯です）。\n\n"
         + "\n".join(f"・{p['name']}（{d}）　{p['phone']}" for p, d in
                     zip(_p, ["月・火", "水・木", "金", "土曜臨時"])) +
         "\n\n夜間・休日の緊急時のみご利用ください。\n" + sig("sugai", 2))

add(53, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "multiple_external_domains"],
    "Case-meeting minutes (DOCX) on one named employee's relapse, hospitalisation and medication, to two outside agencies.",
    sender=frm("fujieda"),
    to=["こもれび相談支援センター 栗林様 <soudan@komorebi-soudan.or.jp>"],
    cc=["グループホームきぼうの家 世話人様 <sewanin@kibou-gh.or.jp>"],
    subject="10/30 支援会議 議事録の送付",
    charset="utf-8",
    body="栗林様\n（cc：きぼうの家 世話人様）\n\n先日はお忙しいところありがとうございました。藤枝です。\n"
         "10/30 の支援会議の議事録をお送りします。修正があればお知らせください。\n\n" + sig("fujieda", 2),
    attachments=[{"kind": "docx", "name": "支援会議議事録_20251030.docx",
                  "paragraphs": ["支援会議 議事録", "日時：2025年10月30日 14:00-15:00　場所：日の出ハートフル 面談室",
                                 "出席：本多 ゆかり（本人）、栗林（こもれび）、世話人 仲宗根（きぼうの家）、藤枝・宇佐美（当社）",
                                 "1. 近況：8月に統合失調症の再燃で2週間入院。9月から短時間（1日4時間）で復職。",
                                 "2. 服薬：退院後にデポ剤（月1回注射）へ変更。眠気は軽減。",
                                 "3. 職場：データ入力の照合作業から再開。ミスは減少傾向。",
                                 "4. 今後：12月から1日5時間へ。GHでの睡眠状況を世話人から共有いただく。"]}])

add(54, "pass", [], ["multiple_external_domains"],
    "Scheduling a three-way meeting with two agencies: the employee's name only, no health or other data.",
    sender=frm("fujieda"),
    to=["栗林 様 <soudan@komorebi-soudan.or.jp>", "世話人 仲宗根様 <sewanin@kibou-gh.or.jp>"],
    subject="次回の面談日程について（大城さん）",
    charset="cp932",
    body="栗林様、仲宗根様\n\nお世話になっております。藤枝です。\n"
         "大城さんとの次回の三者面談ですが、下記の候補でいかがでしょうか。\n\n"
         "・12/3（水）16:30～\n・12/5（金）16:30～\n・12/9（火）16:30～\n\n"
         "場所は前回と同じく当社面談室を予定しています。\n" + sig("fujieda", 2))

add(55, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "Holiday notice sent to five customer companies with every address visible in To.",
    sender=frm("okonogi"),
    to=["川崎電機 総務部 <soumu@kawasaki-denki.co.jp>", "青葉運輸 総務部 <soumu@aoba-unyu.co.jp>",
        "北国フーズ 購買部 <kobai@kitaguni-foods.co.jp>", "さくらホテル 施設管理課 <facility@sakura-hotel.jp>",
        "春風商事 総務部 <soumu@harukaze-shoji.co.jp>"],
    subject="年末年始休業のお知らせ",
    charset="iso-2022-jp",
    body="お取引先各位\n\n平素は格別のご高配を賜り、厚く御礼申し上げます。\n"
         "誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。\n\n"
         "　休業期間：2025年12月27日（土）～2026年1月4日（日）\n"
         "　※印刷のご入稿は12月19日（金）受付分まで年内納品いたします。\n"
         "　※清掃業務は各契約の年末年始スケジュールに従います。\n\n"
         "ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。\n" + sig("okonogi"))

add(56, "pass", [], [],
    "Price-revision notice with the customers in Bcc and only the sender in To: nothing visible, no personal data.",
    sender=frm("okonogi"),
    to=["小此木 彩 <okonogi.aya@hinode-sangyo.co.jp>"],
    bcc=["soumu@kawasaki-denki.co.jp", "soumu@aoba-unyu.co.jp", "kobai@kitaguni-foods.co.jp",
         "facility@sakura-hotel.jp", "soumu@harukaze-shoji.co.jp", "kanri@shinyoko-bm.co.jp"],
    subject="【ご案内】2026年4月 印刷料金改定のお知らせ",
    charset="utf-8",
    html="<html><body><p>お取引先各位</p><p>平素より格別のお引き立てを賜り、誠にありがとうございます。</p>"
         "<p>用紙・インキ価格の高騰により、2026年4月ご注文分より印刷料金を改定させていただきます。</p>"
         "<table border='1'><tr><th>品目</th><th>現行</th><th>改定後</th></tr>"
         "<tr><td>名刺（片面100枚）</td><td>1,100円</td><td>1,250円</td></tr>"
         "<tr><td>長3封筒（1C 1,000枚）</td><td>9,800円</td><td>10,900円</td></tr>"
         "<tr><td>社内報 A4 16P（1,000部）</td><td>138円/部</td><td>148円/部</td></tr></table>"
         "<p>何卒ご理解賜りますようお願い申し上げます。</p>"
         "<p>日の出ハートフル株式会社 営業企画部 小此木 彩<br>TEL 045-472-8810</p></body></html>")

add(57, "stop", [], ["lookalike_domain"],
    "Cleaning quote sent to sakura-hoteI.jp (capital I instead of l): a homoglyph of the partner sakura-hotel.jp.",
    sender=frm("sugai"),
    to=["さくらホテル 施設管理課 <facility@sakura-hoteI.jp>"],
    subject="客室清掃 追加作業のお見積り",
    charset="cp932",
    body="さくらホテル 施設管理課 御中\n\nお世話になっております。須貝です。\n"
         "先日ご相談いただいた客室のエアコンフィルター清掃について、お見積りをお送りします。\n\n"
         "　対象：5F～8F 客室 計96室\n　単価：1室 1,800円\n　合計：172,800円（税別）\n"
         "　作業日：12月の平日 4日間（1日24室）\n\nご検討よろしくお願いいたします。\n" + sig("sugai"))

add(58, "stop", [], ["lookalike_domain"],
    "Delivery request sent to aoba-unyu.com instead of the partner aoba-unyu.co.jp (TLD swap).",
    sender=frm("kamoshita"),
    to=["青葉運輸 配車係 <haisha@aoba-unyu.com>"],
    subject="印刷物 配送のお願い（11/4 集荷）",
    charset="iso-2022-jp",
    body="青葉運輸 配車係 御中\n\nいつもお世話になっております。日の出ハートフル印刷課の鴨下です。\n"
         "下記の集荷・配送をお願いいたします。\n\n"
         "　集荷：11/4（火）15:00　当社1F搬入口\n　荷物：段ボール 12箱（A4冊子、約180kg）\n"
         "　届け先：川崎電機株式会社 本社 総務部（川崎市中原区）\n　指定：11/5（水）午前必着\n\n"
         "よろしくお願いいたします。\n" + sig("kamoshita", 2))

add(59, "stop", [], ["lookalike_domain"],
    "Bank paperwork mail to midori-ginkou.co.jp, a look-alike of the partner bank midori-ginko.co.jp.",
    sender=frm("maruoka"),
    to=["東雲 様 <shinonome.k@midori-ginkou.co.jp>"],
    subject="口座振替依頼書の原本送付について",
    charset="utf-8",
    body="みどり銀行 新横浜支店\n東雲様\n\nお世話になっております。丸岡です。\n"
         "ご依頼いただいた口座振替依頼書（社会保険料分）の原本を、本日レターパックで発送いたしました。\n"
         "追跡番号は 3614-2258-9041 です。\n\n到着しましたらご一報いただけますと幸いです。\n" + sig("maruoka"))

add(60, "stop", [], ["lookalike_domain"],
    "Support request with a screenshot sent to tsubasa-sytem.jp, a dropped-letter look-alike of tsubasa-system.jp.",
    sender=frm("mitsuya"),
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    subject="【障害連絡】データ入力課 VPN接続不可",
    charset="iso-2022-jp",
    body="ツバサシステム サポートご担当者様\n\n日の出ハートフルの三ツ矢です。\n"
         "本日8:50頃から、データ入力課の端末（PC-DE-07～PC-DE-12）でVPN接続ができません。\n"
         "エラー画面のキャプチャを添付します。\n\n"
         "　エラーコード：VPN-809\n　発生端末：6台（同一セグメント 10.20.4.0/24）\n"
         "　影響：お客様データの入力業務が停止中\n\n至急ご確認をお願いします。\n" + sig("mitsuya", 2),
    attachments=[{"kind": "png", "name": "vpn_error.png"}])

# =====================================================================================
# 061-080
# =====================================================================================

add(61, "pass", [], [],
    "PC replacement request to the real IT partner: asset tags and locations, no personal data.",
    sender=frm("mitsuya"),
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="PC入替（第2期）の対象端末について",
    charset="cp932",
    body="ツバサシステム株式会社\nサポートご担当者様\n\nお世話になっております。三ツ矢です。\n"
         "第2期PC入替の対象端末を確定しましたので、お知らせします。\n\n"
         "資産番号\t設置場所\t現行機種\t備考\n"
         "PC-DE-01\tデータ入力課 島A\tTS-Book 14 G3\t拡大表示設定を移行\n"
         "PC-DE-02\tデータ入力課 島A\tTS-Book 14 G3\t\n"
         "PC-DE-05\tデータ入力課 島B\tTS-Book 14 G3\tスクリーンリーダー導入済み\n"
         "PC-PR-02\t印刷課 制作室\tTS-Desk 500\tRIPソフト再インストール要\n"
         "PC-AD-03\t総務経理課\tTS-Book 14 G3\t\n\n"
         "作業日は11/22（土）を希望します。\n" + sig("mitsuya", 2))

_p = people(5)
_rows = [["氏名", "障害", "支援期間", "訪問回数", "支援結果"]]
for p in _p:
    _rows.append([p["name"], p["dis"][2], f"2025/{R.randint(4, 6)}/1～{R.randint(8, 10)}/30",
                  f"{R.randint(12, 30)}回", R.choice(["自立・終了", "フォローアップへ移行", "自立・終了", "一部継続"])])
add(62, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Job-coach completion report PDF: five named employees with their disability, to the vocational centre.",
    sender=frm("usami"),
    to=["神奈川障害者職業センター ジョブコーチ担当 <jc-center@kanagawa-shokugyo.or.jp>"],
    subject="職場適応援助者支援 終了報告（上期分）",
    charset="utf-8",
    body="神奈川障害者職業センター\nジョブコーチ担当 御中\n\nお世話になっております。日の出ハートフルの宇佐美です。\n"
         "上期に支援を行った5名の終了報告書をお送りいたします。\n\n" + sig("usami"),
    attachments=[{"kind": "pdf", "name": "JC支援終了報告_2025上期.pdf",
                  "lines": ["職場適応援助者による支援 終了報告書（2025年度上期）", "事業所名：日の出ハートフル株式会社", ""],
                  "table": _rows}])

add(63, "pass", [], [],
    "General question about the job-coach subsidy rules to the vocational centre.",
    sender=frm("fujieda"),
    to=["神奈川障害者職業センター ジョブコーチ担当 <jc-center@kanagawa-shokugyo.or.jp>"],
    subject="企業在籍型ジョブコーチの助成金について（ご質問）",
    charset="iso-2022-jp",
    body="ジョブコーチ担当 御中\n\nお世話になっております。日の出ハートフルの藤枝です。\n"
         "障害者雇用安定助成金（職場適応援助者助成コース）について2点お伺いします。\n\n"
         "1. 支援計画の期間中にジョブコーチが異動した場合、後任者で継続できますか。\n"
         "2. 短時間勤務（週20時間未満）の社員への支援も対象になりますか。\n\n"
         "お手数ですが、ご教示いただけますと幸いです。\n" + sig("fujieda", 1))

add(64, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Full-width running text to a group home: one named employee's psychiatric clinic visit and depot injection.",
    sender=frm("sugai"),
    to=["きぼうの家 世話人 <sewanin@kibou-gh.or.jp>"],
    subject="通院日の変更について",
    charset="cp932",
    body="きぼうの家\n世話人 仲宗根様\n\nいつもお世話になっております。日の出ハートフルの須貝です。\n\n"
         "本多ゆかりさんの次回の通院（みなとメンタルクリニック）ですが、クリニックの都合で"
         "１１月８日（土）から１１月７日（金）１５：３０に変更になりました。\n"
         "当日はデポ剤の注射があるため、会社は１４：００で早退とします。\n"
         "注射の翌日はだるさが出やすいので、ホームでも様子を見ていただけると助かります。\n\n"
         "よろしくお願いいたします。\n" + sig("sugai", 2))

add(65, "pass", [], [],
    "One employee's December work schedule to her group home: name and shift times only, no health data.",
    sender=frm("sugai"),
    to=["きぼうの家 世話人 <sewanin@kibou-gh.or.jp>"],
    subject="12月の勤務予定",
    charset="iso-2022-jp",
    body="仲宗根様\n\nお世話になっております。須貝です。\n本多さんの12月の勤務予定をお送りします。\n\n"
         "　月～金　9:30～15:30（12/1より1時間延長）\n　12/12（金）社外研修のため 8:45 集合・16:30 解散\n"
         "　12/26（金）仕事納め（15:00 終業）\n　12/27～1/4　年末年始休業\n\n"
         "朝の送り出しの時間が変わりますので、よろしくお願いいたします。\n" + sig("sugai", 2))

_p = people(10)
_needs = ["車いす（手動）", "えびアレルギー", "発作時の対応手順を別紙で共有", "－", "糖尿病（インスリン注射あり）",
          "－", "聴覚障害（手話通訳同行）", "－", "夜間のトイレ介助", "－"]
_rows = [["No", "氏名", "フリガナ", "生年月日", "住所", "配慮事項"]]
for i, (p, n) in enumerate(zip(_p, _needs), 1):
    _rows.append([str(i), p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], "short"), p["addr"], n])
add(66, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Staff-trip roster PDF: ten people with DOB, address and health/disability needs, to the travel agency.",
    sender=frm("maruoka"),
    to=["星空トラベル 団体旅行課 <group@hoshizora-travel.co.jp>"],
    subject="社員旅行（箱根）参加者名簿の送付",
    charset="cp932",
    body="星空トラベル\n団体旅行課 ご担当者様\n\nお世話になっております。日の出ハートフルの丸岡です。\n"
         "旅行保険の手続き用に、参加者名簿（第1班 10名分）をお送りします。\n"
         "配慮事項は宿・バス会社様にも共有をお願いいたします。\n\n" + sig("maruoka"),
    attachments=[{"kind": "pdf", "name": "参加者名簿_第1班.pdf",
                  "lines": ["社員旅行（箱根 1泊2日）参加者名簿 第1班", ""], "table": _rows}])

add(67, "pass", [], [],
    "Trip quote request with headcounts (28 people, 2 wheelchair users) but nobody named.",
    sender=frm("okonogi"),
    to=["星空トラベル 団体旅行課 <group@hoshizora-travel.co.jp>"],
    subject="社員旅行のお見積り依頼",
    charset="utf-8",
    body="星空トラベル ご担当者様\n\nはじめてご連絡いたします。日の出ハートフル株式会社の小此木です。\n"
         "来年2月の社員旅行について、お見積りをお願いしたくご連絡しました。\n\n"
         "・行先：箱根（1泊2日）\n・日程：2026年2月13日（金）～14日（土）\n"
         "・人数：28名（うち車いす利用 2名、介助者同行あり）\n"
         "・希望：リフト付きバス、バリアフリールームのある旅館、大広間での夕食\n\n"
         "ご提案をいただけますと幸いです。\n" + sig("okonogi"))

_p = people(3)
_blocks = []
for p in _p:
    _blocks.append(f"{p['ROMAJI']}\n  Passport No.: {R.choice(['TR', 'TZ', 'MU', 'TK'])}{R.randint(1000000, 9999999)}\n"
                   f"  Date of birth: {p['y']}-{p['m']:02d}-{p['d']:02d}\n  Expiry: 20{R.randint(28, 34)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}")
add(68, "stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "Air-ticket request with three travellers' passport numbers and DOBs to the travel agency's overseas desk.",
    sender=frm("fujieda"),
    to=["星空トラベル 海外デスク <overseas@hoshizora-travel.co.jp>"],
    subject="デンマーク視察 航空券手配（3名）",
    charset="iso-2022-jp",
    body="星空トラベル 海外デスク\n小野寺様\n\nお世話になっております。日の出ハートフルの藤枝です。\n"
         "2026年3月のコペンハーゲン視察（障害者雇用企業の訪問）について、航空券の手配をお願いいたします。\n"
         "パスポート記載どおりのローマ字で記載しております。\n\n" + "\n\n".join(_blocks) +
         "\n\n成田 3/8 発、3/14 帰着を希望します。\n" + sig("fujieda"))

add(69, "pass", [], [],
    "English visit arrangements with an overseas NGO: their three visitors named, no other personal data.",
    sender=frm("fujieda"),
    to=["Daniel Okafor <d.okafor@abilitybridge.org>"],
    subject="Re: Site visit on 20 November",
    charset="utf-8",
    body="Dear Daniel,\n\nThank you for confirming the names of your delegation (Ms. Grace Mensah, Mr. Tomas Lind and "
         "yourself). We look forward to welcoming you.\n\nProposed programme for Thursday, 20 November:\n"
         "  10:00  Welcome and company overview (4F training room)\n"
         "  10:30  Tour: printing, cleaning and data-entry sections\n"
         "  11:30  Q&A with our job coaches\n  12:15  Lunch\n\n"
         "An English-Japanese interpreter will accompany you. The nearest station is Shin-Yokohama "
         "(8 minutes on foot, step-free route).\n\nBest regards,\n" + sig("fujieda", 3) + DISC_EN)

_p = people(9)
_rows = [["ひかりキャリア修了生 定着状況（2025年11月1日現在）", "", "", "", ""],
         ["氏名", "入社日", "所属", "在籍状況", "備考"]]
for p, st in zip(_p, ["在籍", "在籍", "休職中", "在籍", "在籍", "退職", "在籍", "在籍", "在籍"]):
    note = {"在籍": R.choice(["", "週30h→週37.5hへ", "リーダー補佐"]), "休職中": "うつ症状の悪化により10/1より休職（3か月）",
            "退職": "体調悪化（統合失調症の再燃・入院）のため9/30退職"}[st]
    _rows.append([p["name"], f"20{R.randint(20, 24)}/{R.choice(['04', '07', '10'])}/01",
                  R.choice(["データ入力課", "印刷課", "清掃サービス課"]), st, note])
add(70, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Retention report XLSX of nine named graduates, some with depression/schizophrenia as leave or exit reasons, to a 就労移行 office.",
    sender=frm("fujieda"),
    to=["大橋 様 <ohashi@hikari-career.jp>"],
    subject="修了生の定着状況ご報告（11月）",
    charset="cp932",
    body="ひかりキャリア\n大橋様\n\nいつもお世話になっております。日の出ハートフルの藤枝です。\n"
         "ご依頼いただいた修了生の定着状況をまとめました。\n"
         "休職中の方については、復職時期が見えてきた段階で改めてご相談させてください。\n\n" + sig("fujieda", 1),
    attachments=[{"kind": "xlsx", "name": "定着状況_ひかりキャリア_202511.xlsx", "sheets": {"定着状況": _rows}}])

_p = people(9)
add(71, "pass", [], [],
    "Reply confirming employment; the list of nine names and DOBs is only in the '>' quoted request.",
    sender=frm("fujieda"),
    to=["森永 <morinaga@ashita-works.or.jp>"],
    subject="Re: 修了生の在籍確認のお願い",
    charset="iso-2022-jp",
    body="森永様\n\nお世話になっております。藤枝です。\n"
         "お問い合わせの9名の方は、いずれも11月1日時点で当社に在籍しております。\n"
         "在籍証明書が必要な場合は、様式をお送りいただければ作成いたします。\n\n藤枝\n\n"
         "森永 wrote:\n> 日の出ハートフル 藤枝様\n> 実績報告のため、下記の方の在籍状況をご確認いただけますか。\n>\n"
         + "\n".join(f"> {i}. {p['name']}（{p['dob']}生）" for i, p in enumerate(_p, 1)) +
         "\n>\n> あしたワークス新横浜 森永")

add(72, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Full-width 和暦 DOB, 手帳 number and re-assessment of one employee's mental-health handbook, to the ward office.",
    sender=frm("fujieda"),
    to=["港北区役所 障害者支援担当 <shogai-shien@kohoku-ward.lg.jp>"],
    subject="精神障害者保健福祉手帳の更新についてご相談",
    charset="cp932",
    body="港北区役所 高齢・障害支援課\n障害者支援担当 御中\n\n日の出ハートフル株式会社 人事部の藤枝と申します。\n\n"
         "当社社員の 薬師寺 智也（昭和６２年５月１日生）の精神障害者保健福祉手帳（第０４５２１８号、３級）が"
         "１２月末で有効期限を迎えます。\n"
         "ご本人が先月から入院しており、期限内に診断書を用意できない見込みです。\n"
         "このような場合、期限後の申請でも等級は引き継がれるのでしょうか。\n\n"
         "ご本人とご家族の了承は得ております。ご教示いただけますと幸いです。\n" + sig("fujieda"))

_cn2 = corp_number("302918744061")
add(73, "pass", ["JP_CORPORATE_NUMBER"], [],
    "Priority-procurement printing quote to the ward office, with the company's 法人番号: no personal data.",
    sender=frm("okonogi"),
    to=["港北区役所 総務課 契約係 <keiyaku@kohoku-ward.lg.jp>"],
    subject="障害者優先調達 印刷業務のお見積り（区民まつりチラシ）",
    charset="iso-2022-jp",
    body="港北区役所 総務課 契約係 御中\n\nお世話になっております。日の出ハートフル株式会社の小此木です。\n"
         "障害者優先調達推進法に基づく随意契約の件、お見積りをお送りいたします。\n\n"
         "　品名：区民まつりチラシ A4 両面4色\n　数量：15,000枚\n　金額：123,750円（税込）\n"
         "　納期：ご発注から10営業日\n\n"
         f"　事業者名：日の出ハートフル株式会社（法人番号 {_cn2}）\n\n"
         "見積書の原本は郵送いたします。\n" + sig("okonogi"))

_p = people(8)
_rows = [["フリガナ", "生年月日", "携帯", "入館区分"]]
for p in _p:
    style = R.choice(["short", "zenshort", "kanji", "short"])
    _rows.append([p["kana"], wareki(p["y"], p["m"], p["d"], style), p["phone"], R.choice(["常時", "夜間のみ", "常時"])])
add(74, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
    "Building-pass application: eight cleaners in kana with 和暦 DOBs and mobiles, tab-separated, to the building manager.",
    sender=frm("sugai"),
    to=["新横浜ビルマネジメント 管理室 <kanri@shinyoko-bm.co.jp>"],
    subject="入館証発行申請（清掃スタッフ8名）",
    charset="utf-8",
    body="管理室 ご担当者様\n\nお世話になっております。日の出ハートフルの須貝です。\n"
         "12月からの清掃スタッフ8名分の入館証発行をお願いします。\n"
         "指定の様式に合わせて、カナ氏名・生年月日・携帯番号を記載しています。\n\n"
         + tsv(_rows) + "\n\n写真データは別途お持ちします。\n" + sig("sugai", 2))

add(75, "pass", [], [],
    "Pass re-issue for three staff named with their company only: names without other data.",
    sender=frm("sugai"),
    to=["新横浜ビルマネジメント 管理室 <kanri@shinyoko-bm.co.jp>"],
    subject="入館証の再発行について（3枚）",
    charset="cp932",
    body="管理室 ご担当者様\n\nいつもお世話になっております。須貝です。\n"
         "入館証の磁気不良のため、下記3名分の再発行をお願いできますでしょうか。\n\n"
         "　・日の出ハートフル 清掃サービス課　塙\n　・同　舘\n　・同　米満\n\n"
         "旧カードは本日中に管理室へ返却いたします。\n" + sig("sugai", 2))

_p = people(10)
_tr = "".join(f"<tr><td>{p['name']}</td><td>{p['no']}</td><td>{R.randint(80, 260) * 1000:,}円</td>"
              f"<td>{R.choice(['みどり銀行 新横浜支店', '横浜中央信金 大倉山支店', 'ゆうちょ 〇一八店'])} 普通 {p['acct']}</td></tr>"
              for p in _p)
add(76, "stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "HTML-only mail with a table of ten employees' bonus amounts and bank accounts, to the 社労士.",
    sender=frm("maruoka"),
    to=["桐生 様 <kiryu@yamabuki-sr.jp>"],
    subject="冬季賞与 支給一覧（賞与支払届用）",
    charset="utf-8",
    html="<html><body><p>桐生様</p><p>お世話になっております。丸岡です。<br>"
         "賞与支払届の作成用に、冬季賞与の支給一覧をお送りします（12/10支給）。</p>"
         "<table border='1' cellspacing='0'><tr><th>氏名</th><th>社員番号</th><th>支給額</th><th>振込口座</th></tr>"
         + _tr + "</table><p>よろしくお願いいたします。</p>"
         "<p>日の出ハートフル株式会社 総務経理課 丸岡 千秋</p></body></html>")

add(77, "pass", [], [],
    "Delivery notice in text and HTML: items, product codes and carrier tracking numbers only.",
    sender=frm("kamoshita"),
    to=["北国フーズ 販促課 <hansoku@kitaguni-foods.co.jp>"],
    subject="販促チラシ・POP 納品のご案内",
    charset="iso-2022-jp",
    body="北国フーズ株式会社 販促課 御中\n\nお世話になっております。鴨下です。\n本日、下記のとおり発送いたしました。\n\n"
         "・冬の北海道フェア チラシ（KF-FL-2512）30,000枚\n・店頭POP A3（KF-POP-2512）600枚\n"
         "青葉運輸 お問合せ番号：4410-8823-5567 / 4410-8823-5568\n\n" + sig("kamoshita", 2),
    html="<html><body><p>北国フーズ株式会社 販促課 御中</p><p>お世話になっております。鴨下です。<br>本日、下記のとおり発送いたしました。</p>"
         "<table border='1'><tr><th>品名</th><th>品番</th><th>数量</th><th>お問合せ番号</th></tr>"
         "<tr><td>冬の北海道フェア チラシ</td><td>KF-FL-2512</td><td>30,000枚</td><td>4410-8823-5567</td></tr>"
         "<tr><td>店頭POP A3</td><td>KF-POP-2512</td><td>600枚</td><td>4410-8823-5568</td></tr></table>"
         "<p>日の出ハートフル 印刷課 鴨下</p></body></html>")

add(78, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Attached internal mail (.eml) about one employee's sick note (adjustment disorder, two months' leave) forwarded to the 社労士.",
    sender=frm("fujieda"),
    to=["桐生 様 <kiryu@yamabuki-sr.jp>"],
    subject="休職手続きのご相談（清掃サービス課 1名）",
    charset="utf-8",
    body="桐生様\n\nお世話になっております。藤枝です。\n"
         "清掃サービス課の社員1名が休職となる見込みです。経緯は添付の社内メールのとおりです。\n"
         "傷病手当金の申請と、休職中の社会保険料の扱いについてご相談させてください。\n\n" + sig("fujieda", 2),
    attachments=[{"kind": "eml", "name": "診断書提出の件.eml",
                  "message": {"sender": frm("sugai"), "to": ["藤枝 真澄 <fujieda.masumi@hinode-sangyo.co.jp>"],
                              "subject": "猪股さん 診断書提出の件", "charset": "iso-2022-jp",
                              "body": "藤枝さん\n\nお疲れさまです。須貝です。\n"
                                      "猪股 圭吾さんから本日、診断書の提出がありました。\n"
                                      "「適応障害により、11月10日から2か月間の休養加療を要する」とのことです。\n"
                                      "夜勤シフトの増加と、現場での人間関係がきっかけのようです。\n"
                                      "ご本人は不眠と食欲不振が続いていると話していました。\n\n須貝"}}])

add(79, "pass", [], [],
    "A customer's order mail attached (.eml) and forwarded to the print subcontractor: business content and one business signature.",
    sender=frm("kamoshita"),
    to=["錦印刷 製造部 <seizo@nishiki-insatsu.co.jp>"],
    subject="FW: 封筒印刷のご注文（川崎電機様）",
    charset="cp932",
    body="錦印刷 製造部 御中\n\nお世話になっております。鴨下です。\n"
         "川崎電機様からのご注文のうち、角2封筒の印刷を外注でお願いしたく、元メールを添付します。\n"
         "仕様は添付メールのとおりです。11/14 当社着でお願いできますか。\n\n" + sig("kamoshita", 1),
    attachments=[{"kind": "eml", "name": "ご注文_川崎電機.eml",
                  "message": {"sender": "小松 芳恵 <komatsu.yoshie@kawasaki-denki.co.jp>",
                              "to": ["鴨下 健吾 <kamoshita.kengo@hinode-sangyo.co.jp>"],
                              "subject": "封筒印刷のご注文", "charset": "iso-2022-jp",
                              "body": "日の出ハートフル 鴨下様\n\nいつもお世話になっております。\n下記のとおり注文いたします。\n\n"
                                      "・角2封筒 クラフト 1C（社名ロゴ） 5,000枚（品番 EN-K2-KR-1C）\n"
                                      "・長3封筒 白 2C 10,000枚（品番 EN-N3-WH-2C）\n注文番号：KD-PO-88412\n\n"
                                      "川崎電機株式会社 総務部 広報グループ\n小松 芳恵\nTEL 044-733-5120（代表）"}}])

_p = people(30)
_rows = [["応募ID", "氏名", "電話", "メール", "障害種別", "希望職種"]]
for i, p in enumerate(_p, 1):
    _rows.append([f"A25-{i:03d}", p["name"], p["phone"], p["mail"], p["dis"][2],
                  R.choice(["データ入力", "印刷補助", "清掃", "事務補助"])])
add(80, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Unencrypted ZIP with a CSV of thirty applicants (phone, private mail, disability) to an outsourced recruiter.",
    sender=frm("enomoto"),
    to=["ミライエージェント 採用代行チーム <rpo@mirai-agent.co.jp>"],
    subject="応募者データ（10月分）の共有",
    charset="iso-2022-jp",
    body="ミライエージェント株式会社\n採用代行チーム 御中\n\nお世話になっております。日の出ハートフルの榎本です。\n"
         "10月の応募者データをZIPにまとめてお送りします。一次連絡（面接日程の調整）をお願いいたします。\n\n" + sig("enomoto"),
    attachments=[{"kind": "zip", "name": "oubosha_202510.zip",
                  "files": [{"kind": "csv", "name": "oubosha_202510.csv", "encoding": "cp932", "rows": _rows},
                            {"kind": "txt", "name": "readme.txt", "text": "応募者一覧（10月受付分）。障害種別は応募書類の自己申告による。"}]}])

# =====================================================================================
# 081-100
# =====================================================================================

add(81, "pass", [], [],
    "Print-ready data in a plain ZIP (spec text and quantity CSV by department) to the print partner.",
    sender=frm("kamoshita"),
    to=["錦印刷 製造部 <seizo@nishiki-insatsu.co.jp>"],
    subject="入稿データ送付（社内報 秋号 / KD-PO-88412）",
    charset="iso-2022-jp",
    body="錦印刷 製造部 御中\n\nお世話になっております。鴨下です。\n"
         "無線綴じ加工分の入稿データと仕様書をZIPでお送りします。\n"
         "配送先別の部数表も同梱しています。\n\n" + sig("kamoshita", 2),
    attachments=[{"kind": "zip", "name": "nyuko_kawaden_aki.zip",
                  "files": [{"kind": "txt", "name": "仕様書.txt",
                             "text": "品名：かわでん通信 秋号 保存版\n判型：A4 無線綴じ 120P\n用紙：本文 上質70kg／表紙 コート180kg\n部数：300部\n納期：11/14"},
                            {"kind": "csv", "name": "配送先別部数.csv", "encoding": "utf-8",
                             "rows": [["配送先", "部数"], ["本社 総務部", "120"], ["川崎工場", "90"],
                                      ["厚木事業所", "60"], ["大阪営業所", "30"]]}]}])

_cc2 = card_number(SEED + 5)  # a JCB-range number (3528...)
add(82, "stop", ["CREDIT_CARD"], ["personal_data"],
    "Full-width card number typed into a billing complaint to an office-supply shop: any card number must stop.",
    sender=frm("maruoka"),
    to=["オフィスマート カスタマーサポート <support@officemart.jp>"],
    subject="二重請求について（注文番号 OM-2025-1103-4471）",
    charset="utf-8",
    body="オフィスマート カスタマーサポート ご担当者様\n\n"
         "日の出ハートフル株式会社 総務経理課の丸岡と申します。\n"
         "11/3 に注文したトナー（注文番号 OM-2025-1103-4471）の代金が、カード明細上で2回請求されています。\n\n"
         f"登録カード：{zen(spaced(_cc2, sep='-'))}（有効期限 ０３／２７）\n"
         "請求日：11/4 と 11/5、各 48,620円\n\n"
         "1件分の取消しをお願いいたします。\n" + sig("maruoka", 2))

_p = people(5)
_mns = [my_number(SEED + k) for k in range(6, 11)]
add(83, "pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
    "Five employees' My Numbers passed between two internal addresses (one on the internal subdomain): all internal.",
    sender=frm("maruoka"),
    to=["経理チーム <keiri@heartful.hinode-sangyo.co.jp>"],
    subject="マイナンバー未登録者5名分（給与システム登録用）",
    charset="cp932",
    body="経理チーム各位\n\nお疲れさまです。丸岡です。\n"
         "給与システムにマイナンバーが未登録だった5名分、本人確認が済みましたので登録をお願いします。\n"
         "登録後はこのメールを削除してください。\n\n"
         + "\n".join(f"{p['no']}　{p['name']}　{spaced(m, sep='-')}" for p, m in zip(_p, _mns)) + "\n\n丸岡")

add(84, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "Internship notice to four special-support schools with all teachers' addresses visible in To.",
    sender=frm("enomoto"),
    to=["港北特別支援学校 進路指導部 <shinro@kohoku-sh.ed.jp>", "緑ヶ丘特別支援学校 進路担当 <shinro-tantou@midori-sh.ed.jp>",
        "都筑特別支援学校 進路指導 <career@tsuzuki-sh.ed.jp>", "青葉台特別支援学校 <shinro@aobadai-sh.ed.jp>"],
    subject="令和8年度 現場実習の受け入れ枠のご案内",
    charset="iso-2022-jp",
    body="各特別支援学校 進路指導ご担当の先生方\n\nいつもお世話になっております。日の出ハートフル株式会社の榎本です。\n"
         "令和8年度の現場実習の受け入れ枠についてご案内いたします。\n\n"
         "　第1期：6月1日～12日（データ入力・印刷補助 各2名）\n　第2期：9月7日～18日（清掃 3名、データ入力 2名）\n"
         "　第3期：11月9日～20日（各職種 1～2名）\n\n"
         "ご希望の学校は、1月末までに希望期・職種・人数をお知らせください。\n" + sig("enomoto"))

add(85, "pass", [], ["multiple_external_domains"],
    "Review-meeting scheduling with one school and one 就労移行 office: two external organisations, no personal data.",
    sender=frm("usami"),
    to=["栗林先生 <shinro@kohoku-sh.ed.jp>"],
    cc=["森永 <morinaga@ashita-works.or.jp>"],
    subject="実習振り返り会の日程",
    charset="utf-8",
    body="栗林先生\n（cc：あしたワークス 森永様）\n\nお世話になっております。宇佐美です。\n"
         "11月の実習の振り返り会ですが、11/27（木）15:30～16:30 でいかがでしょうか。\n"
         "卒業後に移行支援の利用を検討されている生徒さんもいるため、森永様にも同席をお願いしています。\n"
         "会場は当社4F面談室です。\n\n宇佐美" + sig("usami", 2))

add(86, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Reply whose new text (above the quote) reports a named employee's panic attack and anxiety medication to a support counsellor.",
    sender=frm("usami"),
    to=["栗林 様 <soudan@komorebi-soudan.or.jp>"],
    subject="Re: 今週の田所さんのご様子",
    charset="iso-2022-jp",
    body="栗林様\n\nご連絡ありがとうございます。宇佐美です。\n"
         "実は昨日の昼休みに、田所さんが休憩室でパニック発作を起こされました。\n"
         "過呼吸と手のしびれがあり、20分ほど横になって落ち着かれました。\n"
         "頓服の抗不安薬を飲まれた後は午後の作業に戻れています。\n"
         "最近、電車の混雑がつらいと話していたので、時差出勤を検討したいと思います。\n\n宇佐美\n\n"
         "> 日の出ハートフル 宇佐美様\n> 今週の田所さんのご様子はいかがでしょうか。\n"
         "> 来週の面談の前に伺えればと思います。\n> こもれび 栗林")

add(87, "pass", [], [],
    "English reply; the visitor's own mention of using a wheelchair is only in the 'On ... wrote:' quote.",
    sender=frm("fujieda"),
    to=["Dr. Maja Lindqvist <m.lindqvist@southbay.edu.au>"],
    subject="Re: Research visit - accessibility",
    charset="utf-8",
    body="Dear Dr. Lindqvist,\n\nThank you for letting us know. Our building has step-free access from the "
         "station, an accessible toilet on the 4th floor, and the tour route has no stairs. We will reserve a "
         "parking space by the entrance for your taxi.\n\nLooking forward to meeting you on 2 December.\n\n"
         "Best regards,\n" + sig("fujieda", 3) + "\n\n"
         "On Mon, 10 Nov 2025 at 08:12, Maja Lindqvist <m.lindqvist@southbay.edu.au> wrote:\n"
         "> Dear Ms Fujieda,\n> Before my visit I should mention that I use a power wheelchair since my spinal\n"
         "> cord injury in 2019. Could you tell me whether the tour route is step-free?\n> Kind regards, Maja")

add(88, "stop", [], ["confidential_marking"],
    "Benchmark PDF stamped 'CONFIDENTIAL - INTERNAL ONLY' in its header sent to an outside consultancy.",
    sender=frm("fujieda"),
    to=["InclusionWorks Benchmark Team <benchmark@inclusionworks.com>"],
    subject="FY2025 retention data for the benchmark study",
    charset="utf-8",
    body="Dear Benchmark Team,\n\nAs agreed, please find attached our FY2025 retention figures for the "
         "Asia-Pacific benchmark study. The figures are aggregated by disability category.\n\n"
         "Best regards,\n" + sig("fujieda", 3),
    attachments=[{"kind": "pdf", "name": "HinodeHeartful_retention_FY2025.pdf",
                  "page_header": "CONFIDENTIAL - INTERNAL ONLY", "title": "Retention FY2025",
                  "lines": ["Hinode Heartful Co., Ltd. - Retention FY2025", ""],
                  "table": [["Category", "Hired", "Retained 1y", "Rate"], ["Physical", "4", "4", "100%"],
                            ["Intellectual", "6", "6", "100%"], ["Mental health", "9", "7", "78%"],
                            ["Total", "19", "17", "89%"]]}])

add(89, "pass", [], [],
    "The word 社外秘 only mentioned (we cannot send the internal version); the public version goes instead.",
    sender=frm("okonogi"),
    to=["春風商事 総務部 <soumu@harukaze-shoji.co.jp>"],
    subject="Re: 品質管理体制の資料について",
    charset="cp932",
    body="春風商事株式会社\n総務部 ご担当者様\n\nお世話になっております。小此木です。\n"
         "ご依頼の品質管理マニュアルですが、社内版は社外秘の扱いとなっているため、そのままお渡しすることができません。\n"
         "代わりに、お客様向けに公開している概要版（PDF）のURLをお送りいたします。\n\n"
         "https://www.hinode-sangyo.co.jp/heartful/quality/\n\n"
         "個人情報の取扱いやダブルチェック体制について、追加のご質問があればお打合せの場でご説明いたします。\n" + sig("okonogi"))

add(90, "stop", [], ["confidential_marking"],
    "Mail stamped 【取扱注意】 at the top, carrying a draft unit-price revision, sent to a customer.",
    sender=frm("okonogi"),
    to=["北国フーズ 購買部 <kobai@kitaguni-foods.co.jp>"],
    subject="【取扱注意】2026年度 単価改定案",
    charset="iso-2022-jp",
    body="【取扱注意】\n\n北国フーズ株式会社\n購買部 ご担当者様\n\nお世話になっております。小此木です。\n"
         "2026年度の単価改定案をお送りします。ご社内でのご検討用としてお取り扱いください。\n\n"
         + pad([["業務", "現行単価", "改定案", "改定率"],
                ["アンケート入力（1件）", "38円", "41円", "+7.9%"],
                ["はがきスキャン（1枚）", "6円", "6.5円", "+8.3%"],
                ["チラシ印刷 A4（1,000枚）", "5,200円", "5,600円", "+7.7%"]]) +
         "\n\nご意見をいただけましたら、12月の定例で調整させてください。\n" + sig("okonogi", 1))

add(91, "pass", [], [],
    "Pick-up request with a long JA/EN confidentiality disclaimer: the disclaimer is not a marking.",
    sender=frm("kamoshita"),
    to=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="集荷のお願い（11/12）",
    charset="cp932",
    body="青葉運輸 配車係 御中\n\nお世話になっております。鴨下です。\n"
         "11/12（水）14時に、段ボール6箱の集荷をお願いします。届け先は北国フーズ様 東京支店です。\n\n"
         "よろしくお願いいたします。\n" + sig("kamoshita") + DISC_JA + DISC_EN +
         "\n\n【機密保持に関するお知らせ】本メールの内容を、送信者の許可なく転載・転送することを禁じます。")

add(92, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Apology to a customer that explains the incident by a named cleaner's hearing disability.",
    sender=frm("sugai"),
    to=["さくらホテル 施設管理課 <facility@sakura-hotel.jp>"],
    subject="11/5 客室清掃の一部未実施についてのお詫び",
    charset="utf-8",
    body="さくらホテル 施設管理課 御中\n\n日の出ハートフル清掃サービス課の須貝でございます。\n"
         "11/5 の客室清掃において、6Fの3室が未実施のままとなっておりました。誠に申し訳ございません。\n\n"
         "原因を確認したところ、当日担当の鰐渕は聴覚に障害があり（身体障害者手帳2級）、"
         "インカムでの追加指示が本人に伝わっていなかったことがわかりました。\n"
         "今後は追加指示をタブレットの文字表示で行い、リーダーが完了確認をいたします。\n\n"
         "重ねてお詫び申し上げます。\n" + sig("sugai"))

add(93, "pass", [], [],
    "Apology to a customer with cause and countermeasures but no individual or disability details.",
    sender=frm("sugai"),
    to=["青葉運輸 総務部 <soumu@aoba-unyu.co.jp>"],
    subject="本社ビル清掃 作業漏れのお詫びと再発防止策",
    charset="iso-2022-jp",
    body="青葉運輸株式会社\n総務部 御中\n\n日の出ハートフル清掃サービス課の須貝でございます。\n"
         "10/30 の日常清掃で、3F会議室のゴミ回収が漏れておりました。大変申し訳ございませんでした。\n\n"
         "原因：当日の担当エリア変更が、作業チェックシートに反映されていなかったため\n"
         "対策：1) エリア変更時はリーダーがチェックシートを差し替える\n"
         "　　　2) 終業時に写真付きで完了報告を行う\n\n今後ともよろしくお願い申し上げます。\n" + sig("sugai", 1))

add(94, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Mail to the probation office naming one employee on probation with his theft conviction: criminal record of a person.",
    sender=frm("fujieda"),
    to=["横浜保護観察所 就労支援担当 <shuro-shien@yokohama-hogo.go.jp>"],
    subject="協力雇用主として雇用中の方の近況",
    charset="cp932",
    body="横浜保護観察所\n就労支援担当 御中\n\n日の出ハートフル株式会社の藤枝です。\n"
         "協力雇用主として7月から雇用している刈谷 隼人さんの近況をご報告します。\n\n"
         "窃盗罪による執行猶予・保護観察中であることは、社内では私と直属の上長のみが把握しています。\n"
         "勤務態度は真面目で、印刷課での欠勤はこれまで1日のみです。\n"
         "10月からは担当保護司の先生との面談に合わせて、第2金曜を早退扱いとしています。\n\n"
         "刑務所出所者等就労奨励金の申請書類は、今月末に郵送いたします。\n" + sig("fujieda", 2))

_p = people(6)
_rows = [["No", "乗車地点（自宅前）", "緊急連絡先", "乗車時刻"]]
for i, p in enumerate(_p, 1):
    _rows.append([str(i), p["addr"], p["phone"], f"7:{10 + i * 6:02d}"])
add(95, "stop", ["JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "Shuttle-route list of six pick-up points at employees' homes with emergency phones, no names: still a list of people.",
    sender=frm("maruoka"),
    to=["南観光バス 運行管理 <unkou@minami-kanko-bus.co.jp>"],
    subject="送迎ルート（朝便）の乗車地点について",
    charset="utf-8",
    body="南観光バス株式会社\n運行管理 ご担当者様\n\nお世話になっております。日の出ハートフルの丸岡です。\n"
         "12月からの朝便の乗車地点が確定しましたので、お送りします。\n"
         "各地点は社員の自宅前です。遅れる場合は緊急連絡先へお電話ください。\n\n"
         + pad(_rows) + "\n\nルート図は来週お持ちします。\n" + sig("maruoka", 1))

add(96, "pass", [], [],
    "Shuttle stops at stations and facilities with times: a list of places, not people.",
    sender=frm("maruoka"),
    to=["南観光バス 運行管理 <unkou@minami-kanko-bus.co.jp>"],
    subject="送迎バス（夕便）停留所と時刻の確認",
    charset="iso-2022-jp",
    body="運行管理 ご担当者様\n\nお世話になっております。丸岡です。\n夕便の停留所と時刻を下記のとおり確認させてください。\n\n"
         + pad([["停留所", "所在地", "発着時刻"],
                ["日の出第二ビル前", "横浜市港北区新横浜3-7-12", "16:15 発"],
                ["新横浜駅 篠原口", "横浜市港北区篠原町", "16:25"],
                ["菊名駅 西口ロータリー", "横浜市港北区菊名6丁目", "16:40"],
                ["大倉山駅前", "横浜市港北区大倉山1丁目", "16:50"],
                ["綱島駅 東口", "横浜市港北区綱島東1丁目", "17:02"],
                ["日吉駅 バスターミナル", "横浜市港北区日吉2丁目", "17:12 着"]]) +
         "\n\nよろしくお願いいたします。\n" + sig("maruoka", 2))

add(97, "stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    ["personal_data", "freemail_recipient"],
    "To a parent on a carrier address: son's disability-pension grade and basic pension number with full-width digits.",
    sender=frm("fujieda"),
    to=["久保寺 様 <yuka-k.1972@docomo.ne.jp>"],
    subject="障害年金の更新書類について",
    charset="iso-2022-jp",
    body="久保寺 様\n\nいつもお世話になっております。日の出ハートフルの藤枝です。\n"
         "蓮さんの障害基礎年金（２級）の更新について、会社で記入する部分が終わりましたのでご連絡します。\n\n"
         "お預かりした年金証書のコピーに記載の基礎年金番号（４５６７－８９０１２３）で書類を確認しました。\n"
         "「病歴・就労状況等申立書」の就労状況の欄には、"
         "・週３０時間勤務、・ジョブコーチによる週１回の面談、・指示は写真付き手順書で行っている、"
         "と記載しています。\n"
         "知的障害の程度が変わっていないことを主治医の先生に伝えていただく際の参考にしてください。\n\n"
         "書類は明日、蓮さんにお渡しします。\n" + sig("fujieda"))

add(98, "either", ["SENSITIVE_CATEGORY"], ["personal_data"],
    "Anonymised case study (Aさん, 30s, schizophrenia, data-entry, third year) for a training body: arguably identifiable.",
    sender=frm("usami"),
    to=["ジョブコーチ研修 事務局 <jimukyoku@jc-kenshu.or.jp>"],
    subject="事例発表の原稿（日の出ハートフル 宇佐美）",
    charset="utf-8",
    body="ジョブコーチ研修 事務局 御中\n\nお世話になっております。日の出ハートフルの宇佐美です。\n"
         "2月の事例発表会の原稿をお送りします。\n\n"
         "――――――――――\n事例：「休憩の取り方」を一緒に作った1年間\n\n"
         "Aさん（30代男性、統合失調症、精神障害者保健福祉手帳2級）は、当社データ入力課に勤務して3年目です。\n"
         "入社2年目の冬に幻聴が強まり欠勤が続いたことから、主治医・相談支援専門員と連携し、"
         "15分ごとの小休憩と、不調のサインを自分で記録するシートを導入しました。\n"
         "その結果、欠勤日数は前年の23日から4日に減少しました。\n――――――――――\n\n"
         "ご本人の了承は得ておりますが、表現に問題があればご指摘ください。\n" + sig("usami"))

_p = people(6)
_GRADE_CHANGE = {"精神障害者保健福祉手帳": ["3級→2級", "2級→3級"], "身体障害者手帳": ["4級→3級", "再交付（住所変更）"],
                 "療育手帳": ["B1→B2", "A2→B1"]}
add(99, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "Internal-looking mail with the 社労士 in Bcc: six named employees' 手帳 grade changes reach an external recipient.",
    sender=frm("fujieda"),
    to=["丸岡 千秋 <maruoka.chiaki@hinode-sangyo.co.jp>"],
    bcc=["office@yamabuki-sr.jp"],
    subject="手帳の等級変更があった方（10月）",
    charset="cp932",
    body="丸岡さん\n\nお疲れさまです。藤枝です。\n10月に手帳の等級変更・再交付があった方です。台帳の更新をお願いします。\n\n"
         + "\n".join(f"・{p['name']}　{p['dis'][0]}　{_GRADE_CHANGE[p['dis'][0]][i % 2]}"
                     for i, p in enumerate(_p)) + "\n\n雇用率カウントへの影響は、やまぶきさんにも確認しておきます。\n藤枝")

add(100, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "A named job seeker's application to a 障害者専用求人 reported to Hello Work: disability only implied by the job type.",
    sender=frm("enomoto"),
    to=["石黒 様 <ishiguro.t@konan-hw.go.jp>"],
    subject="ご紹介いただいた方の面接日程について",
    charset="iso-2022-jp",
    body="ハローワーク港南\n専門援助部門 石黒様\n\nお世話になっております。日の出ハートフルの榎本です。\n\n"
         "障害者専用求人（求人番号 14040-27183951）にご紹介いただいた 百目鬼 舞 様（求職番号 14040-2873651）について、"
         "面接を 11/18（火）13:30 に設定いたしました。\n"
         "ご本人には紹介状記載の連絡先へお電話でお伝え済みです。\n\n"
         "引き続きよろしくお願いいたします。\n" + sig("enomoto", 2))
