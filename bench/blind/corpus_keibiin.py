"""ブラインド評価コーパス — 業務領域: 警備事業（keibiin）。

日の出産業株式会社の警備子会社的な部門「警備事業部」（施設警備・交通誘導・雑踏警備）の
メール 100 通。警備員名簿、欠格事由の確認（誓約書・診断書）、検定資格、配置表、
顧客施設（ビル・ホテル・工場・病院・大学）、警察（公安委員会）への届出、
教育（新任・現任教育）記録、制服業者とのやり取り。

AREA = keibiin, SEED = 28801
（マイナンバーとカード番号は my_number(SEED + k) / card_number(SEED + k) のみ、k は重複なし）
人物・住所・番号はすべて架空。
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 28801
_K = itertools.count()


def _mn() -> str:
    return my_number(SEED + next(_K))


def _card() -> str:
    return card_number(SEED + next(_K))


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str, dash: str = "－") -> str:
    return s.translate(_ZEN).replace("－", dash)


def _w(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(1, width - _w(s))


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, short, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "zen":
        return zen(f"{era}{n}年{m}月{d}日")
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zshort":
        return f"{short}{n}．{m}．{d}".translate(str.maketrans("0123456789HSR", "０１２３４５６７８９ＨＳＲ"))
    raise ValueError(style)


_SUR = [("猪股", "イノマタ", "Inomata"), ("鬼頭", "キトウ", "Kito"), ("四十物", "アイモノ", "Aimono"),
        ("一尺八寸", "カマツカ", "Kamatsuka"), ("東江", "アガリエ", "Agarie"),
        ("仲宗根", "ナカソネ", "Nakasone"), ("釘宮", "クギミヤ", "Kugimiya"),
        ("寒川", "サムカワ", "Samukawa"), ("鰐渕", "ワニブチ", "Wanibuchi"),
        ("樋渡", "ヒワタシ", "Hiwatashi"), ("佐々木", "ササキ", "Sasaki"),
        ("高橋", "タカハシ", "Takahashi"), ("渡邉", "ワタナベ", "Watanabe"),
        ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
        ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
        ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
        ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("阿部", "アベ", "Abe"),
        ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
        ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"),
        ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
        ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
        ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
        ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("藤井", "フジイ", "Fujii"),
        ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
        ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"),
        ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"), ("中山", "ナカヤマ", "Nakayama"),
        ("石田", "イシダ", "Ishida"), ("上野", "ウエノ", "Ueno"), ("森田", "モリタ", "Morita"),
        ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"),
        ("横山", "ヨコヤマ", "Yokoyama"), ("宮崎", "ミヤザキ", "Miyazaki"),
        ("宮本", "ミヤモト", "Miyamoto"), ("内田", "ウチダ", "Uchida"), ("轟", "トドロキ", "Todoroki"),
        ("左右田", "ソウダ", "Soda"), ("月見里", "ヤマナシ", "Yamanashi"),
        ("御手洗", "ミタライ", "Mitarai"), ("比嘉", "ヒガ", "Higa"), ("真栄田", "マエダ", "Maeda"),
        ("勅使河原", "テシガハラ", "Teshigahara"), ("饗庭", "アイバ", "Aiba"),
        ("舘野", "タテノ", "Tateno"), ("蓮沼", "ハスヌマ", "Hasunuma"), ("笹生", "サソウ", "Saso")]
_GIV = [("健吾", "ケンゴ", "Kengo"), ("孝", "タカシ", "Takashi"), ("誠", "マコト", "Makoto"),
        ("勇次", "ユウジ", "Yuji"), ("文雄", "フミオ", "Fumio"), ("清", "キヨシ", "Kiyoshi"),
        ("和也", "カズヤ", "Kazuya"), ("大輔", "ダイスケ", "Daisuke"), ("翔太", "ショウタ", "Shota"),
        ("博之", "ヒロユキ", "Hiroyuki"), ("正樹", "マサキ", "Masaki"), ("幸子", "サチコ", "Sachiko"),
        ("美穂", "ミホ", "Miho"), ("由美子", "ユミコ", "Yumiko"), ("智恵", "チエ", "Chie"),
        ("達也", "タツヤ", "Tatsuya"), ("剛", "ツヨシ", "Tsuyoshi"), ("秀樹", "ヒデキ", "Hideki"),
        ("浩二", "コウジ", "Koji"), ("昭", "アキラ", "Akira"), ("稔", "ミノル", "Minoru"),
        ("拓海", "タクミ", "Takumi"), ("悠斗", "ユウト", "Yuto"), ("陽菜", "ヒナ", "Hina"),
        ("茂", "シゲル", "Shigeru"), ("勝利", "カツトシ", "Katsutoshi"), ("義男", "ヨシオ", "Yoshio"),
        ("恵美", "エミ", "Emi"), ("隆之", "タカユキ", "Takayuki"), ("洋平", "ヨウヘイ", "Yohei"),
        ("光男", "ミツオ", "Mitsuo"), ("紀子", "ノリコ", "Noriko"), ("航", "ワタル", "Wataru"),
        ("修", "オサム", "Osamu"), ("弘美", "ヒロミ", "Hiromi")]
_TOWNS = [("230-0051", "神奈川県横浜市鶴見区鶴見中央"), ("212-0055", "神奈川県川崎市幸区南加瀬"),
          ("144-0051", "東京都大田区西蒲田"), ("252-0303", "神奈川県相模原市南区相模大野"),
          ("251-0047", "神奈川県藤沢市辻堂"), ("194-0012", "東京都町田市金森"),
          ("237-0064", "神奈川県横須賀市追浜町"), ("242-0007", "神奈川県大和市中央林間"),
          ("272-0133", "千葉県市川市行徳駅前"), ("254-0043", "神奈川県平塚市紅谷町"),
          ("142-0041", "東京都品川区戸越"), ("243-0014", "神奈川県厚木市旭町"),
          ("253-0021", "神奈川県茅ヶ崎市浜竹"), ("252-0011", "神奈川県座間市相武台"),
          ("235-0022", "神奈川県横浜市磯子区汐見台"), ("226-0025", "神奈川県横浜市緑区十日市場町"),
          ("210-0024", "神奈川県川崎市川崎区日進町"), ("224-0032", "神奈川県横浜市都筑区茅ケ崎中央"),
          ("233-0002", "神奈川県横浜市港南区上大岡西"), ("240-0005", "神奈川県横浜市保土ケ谷区神戸町")]
_BLDG = ["", "", "", "コーポ若葉203", "ハイツ汐見105", "メゾン相武台2-B", "グランシャトー401",
         "サンライズ鶴見302", "", "パークサイド辻堂1F"]
_QUAL = ["施設警備業務検定2級", "施設警備業務検定1級", "交通誘導警備業務検定2級",
         "交通誘導警備業務検定1級", "雑踏警備業務検定2級", "なし", "なし", "なし",
         "警備員指導教育責任者（1号）", "自衛消防業務講習修了", "防災センター要員講習修了"]
_BANKS = [("みどり銀行", "0199", "本店営業部", "001"), ("みどり銀行", "0199", "鶴見支店", "214"),
          ("横浜中央信用金庫", "1291", "上大岡支店", "033"), ("ゆうちょ銀行", "9900", "〇一八店", "018"),
          ("湘南さざなみ銀行", "0561", "藤沢支店", "120"), ("みどり銀行", "0199", "川崎支店", "305")]


def _mobile(rng: random.Random) -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def _people(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    surs = rng.sample(_SUR, n)
    out = []
    for s in surs:
        g = rng.choice(_GIV)
        y = rng.randrange(1956, 2004)
        m, d = rng.randrange(1, 13), rng.randrange(1, 29)
        zp, town = rng.choice(_TOWNS)
        addr = f"{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        b = rng.choice(_BLDG)
        bank = rng.choice(_BANKS)
        out.append({
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}", "roma": f"{g[2]} {s[2]}",
            "ROMA": f"{s[2].upper()} {g[2]}", "dob": (y, m, d), "mobile": _mobile(rng),
            "zip": zp, "addr": addr + (" " + b if b else ""), "qual": rng.choice(_QUAL),
            "emp": f"K{rng.randrange(10000, 99999)}", "bank": bank,
            "acct": f"{rng.randrange(1000000, 9999999)}", "age": 2026 - y,
            "height": rng.randrange(152, 188), "blood": rng.choice(["A", "B", "O", "AB"]),
        })
    return out


def iso(d: tuple[int, int, int]) -> str:
    return f"{d[0]}-{d[1]:02d}-{d[2]:02d}"


def slash(d: tuple[int, int, int]) -> str:
    return f"{d[0]}/{d[1]}/{d[2]}"


DOM = "hinode-sangyo.co.jp"
STAFF = {
    "shoji": ("東海林 勇", "shoji.isamu", "業務課 課長", "045-662-7150"),
    "minase": ("水無瀬 かおり", "minase.kaori", "業務課（配置担当）", "045-662-7153"),
    "iokibe": ("五百旗頭 亮", "iokibe.ryo", "管理課", "045-662-7152"),
    "yakushiji": ("薬師寺 文子", "yakushiji.fumiko", "教育課 警備員指導教育責任者", "045-662-7155"),
    "domeki": ("百目鬼 卓也", "domeki.takuya", "営業課", "045-662-7160"),
    "takanashi": ("小鳥遊 実", "takanashi.minoru", "総務課", "045-662-7158"),
    "ichinose": ("一ノ瀬 早苗", "ichinose.sanae", "採用担当", "045-662-7157"),
    "kamiizumi": ("上泉 剛志", "kamiizumi.tsuyoshi", "業務課 現場統括", "045-662-7154"),
}


def frm(key: str) -> str:
    name, local, _, _ = STAFF[key]
    return f"{name} <{local}@{DOM}>"


def sig(key: str, style: int = 0) -> str:
    name, local, dept, tel = STAFF[key]
    if style == 0:
        return (f"--\n日の出産業株式会社\n警備事業部 {dept}　{name}\n"
                f"〒231-0023 横浜市中区山下町214-3 日の出ビル5F\n"
                f"TEL {tel} / FAX 045-662-7199\nE-mail: {local}@{DOM}\n")
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社　警備事業部\n"
                f"{dept}　{name}\n〒231-0023 神奈川県横浜市中区山下町２１４−３ 日の出ビル５Ｆ\n"
                f"TEL：{tel}（直通）\n神奈川県公安委員会認定 第45000873号\n"
                "━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return (f"*****************************\n日の出産業（株）警備事業部\n{dept} {name.split()[0]}\n"
                f"TEL {tel}\n*****************************\n")
    if style == 3:
        return (f"______________________\n{name}\nHinode Sangyo Co., Ltd. — Security Services Division\n"
                "214-3 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan\n"
                f"Tel: +81-{tel[1:]}  Mail: {local}@{DOM}\n")
    return f"日の出産業株式会社 警備事業部\n{name}（{tel}）\n"


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail. "
           "Any unauthorised copying or disclosure is prohibited.\n")

P = _people(70, SEED)          # 隊員プール（各メッセージはこの中から切り出す）
Q = _people(40, SEED + 7)      # 二つ目のプール（応募者・他社隊員など）

MESSAGES: list[dict] = []


def M(**kw) -> None:
    kw["id"] = f"keibiin-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)

# ---------------------------------------------------------------------------------------
# 001 入館証発行用の隊員名簿（本文・ASCII 空白で桁揃え）
_g = P[0:6]
_rows = "\n".join(pad(p["name"], 14) + pad(p["kana"], 22) + pad(slash(p["dob"]), 14)
                  + pad(p["mobile"], 16) + p["qual"] for p in _g)
M(charset="iso-2022-jp", sender=frm("minase"),
  to=["長谷部 聡 <hasebe.satoshi@shinonome-bm.co.jp>"],
  subject="【東雲スクエアタワー】常駐警備隊員名簿（入館証発行用）",
  body=f"""東雲ビルマネジメント株式会社
施設管理部　長谷部様

いつもお世話になっております。
日の出産業 警備事業部の水無瀬でございます。

来月１日から東雲スクエアタワーの常駐警備に入る隊員の名簿をお送りします。
防災センターの入館証発行に必要とのことでしたので、生年月日と緊急連絡用の
携帯番号も記載しております。

{pad("氏名", 14)}{pad("フリガナ", 22)}{pad("生年月日", 14)}{pad("携帯電話", 16)}保有資格
{"-" * 12}  {"-" * 20}  {"-" * 12}  {"-" * 14}  {"-" * 20}
{_rows}

入館証の受け取りは、隊長の上泉が２８日（木）午後に伺う予定です。
ご不明点がございましたらご連絡ください。

{sig("minase")}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="6名の隊員名簿（生年月日・携帯）を本文に空白区切りで貼り付けて社外の顧客へ")

# 002 警備日報（個人情報なし）
M(charset="shift_jis", sender=frm("kamiizumi"),
  to=["早乙女 理沙 <saotome.risa@sakura-hotel.jp>"],
  subject="警備日報（本館・西館）のご報告",
  body=f"""さくらホテル 総務部 保安担当
早乙女様

お世話になっております。日の出産業の上泉です。
昨晩の警備日報を以下のとおりご報告いたします。

■勤務体制：夜間 4名（本館防災センター2、西館巡回1、通用口1）
■巡回：22:00／01:00／04:00 の3回実施、異常なし
■特記事項
　・23:40 西館3階 非常口扉の半開きを発見、閉鎖済み（ドアクローザー不調の可能性）
　・02:15 宴会場ホワイエの照明消し忘れを消灯
　・05:30 搬入口に食材業者のトラック到着、入構記録済み
■拾得物：なし
■来館者対応：深夜帯の問い合わせ2件（タクシー手配）

ドアクローザーの件は、施設課様で点検をご手配いただけますと幸いです。
引き続きよろしくお願いいたします。

{sig("kamiizumi", 4)}""",
  expect="pass", entities=[], detectors=[],
  note="顧客への通常の日報、個人データなし")

# 003 配置表 XLSX（複数シート、連絡先シートに住所）
_g = P[6:16]
_posts = ["本館防災センター", "本館防災センター", "西館巡回", "通用口", "駐車場", "宴会場"]
_days = ["5/1(金)", "5/2(土)", "5/3(日)"]
_sheet1 = [["さくらホテル横浜 警備配置表（2026年5月 第1週）"], [],
           ["日付", "勤務帯", "ポスト", "隊員名", "携帯", "保有資格"]]
for _i, _d in enumerate(_days):
    for _j in range(4):
        _p = _g[(_i * 3 + _j) % len(_g)]
        _sheet1.append([_d, "日勤 8:00-17:00" if _j < 2 else "夜勤 17:00-翌8:00",
                        _posts[(_i + _j) % len(_posts)], _p["name"], _p["mobile"], _p["qual"]])
_sheet2 = [["隊員緊急連絡先一覧"], ["氏名", "フリガナ", "携帯", "郵便番号", "住所"]] + [
    [p["name"], p["kana"], p["mobile"], p["zip"], p["addr"]] for p in _g]
M(charset="utf-8", sender=frm("minase"),
  to=["saotome.risa@sakura-hotel.jp"], cc=["minase.kaori@hinode-sangyo.co.jp"],
  subject="5月第1週 配置表の送付",
  body=f"""早乙女様

お世話になっております。水無瀬です。
ゴールデンウィーク期間（5/1〜5/3）の配置表を添付いたします。
宴会場ポストは大型婚礼が入る2日・3日のみ増員しています。

念のため、隊員の緊急連絡先も別シートに入れております。
ご確認のほどよろしくお願いいたします。

{sig("minase", 1)}""",
  attachments=[{"kind": "xlsx", "name": "配置表_2026年5月第1週.xlsx",
                "sheets": {"配置表": _sheet1, "緊急連絡先": _sheet2, "メモ": [["宴会場は婚礼2件"]]}}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="XLSX の配置表と緊急連絡先シート（10名の携帯・自宅住所）を顧客へ")

# 004 診断書 PDF（1名、既往歴あり）
_p = P[16]
M(charset="iso-2022-jp", sender=frm("iokibe"),
  to=["施設課 保坂 <hosaka.j@yokohama-minami-hp.or.jp>"],
  subject="新任配置隊員の診断書（写し）送付の件",
  body=f"""横浜南総合病院
施設課　保坂様

お世話になっております。日の出産業 警備事業部 管理課の五百旗頭です。

ご依頼いただいておりました、来週から夜間救急入口に配置する隊員
{_p["name"]}の医師の診断書（写し）をPDFでお送りいたします。
原本は当社にて保管しております。

何卒よろしくお願いいたします。

{sig("iokibe", 1)}""",
  attachments=[{"kind": "pdf", "name": "shindansho_copy.pdf", "title": "診断書",
                "lines": ["診　断　書", "",
                          f"氏名：{_p['name']}（{_p['kana']}）",
                          f"生年月日：{wareki(*_p['dob'])}",
                          f"住所：{_p['addr']}", "",
                          "既往歴：高血圧症（平成30年より内服加療中）、腰椎椎間板ヘルニア（令和2年 手術）",
                          "現症：血圧 138/86 mmHg、その他特記すべき所見なし", "",
                          "上記の者は、アルコール、麻薬、大麻、あへん又は覚醒剤の中毒者ではなく、",
                          "また心身の障害により警備業務を適正に行うことができない者ではないと診断する。",
                          "", "令和8年3月12日", "みなと内科クリニック　医師　汐見 康弘　印"]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="1名の診断書（既往歴・通院）を顧客の病院へ: 要配慮個人情報")

# 005 社内: 誓約書・診断書の回収状況（社内のみ）
_g = Q[0:8]
_lines = "\n".join(f"{i + 1}. {p['name']}\t{p['mobile']}\t誓約書:{'済' if i % 3 else '未'}\t診断書:{'済' if i % 2 else '未'}\t入社予定 4/{6 + i}"
                   for i, p in enumerate(_g))
M(charset="iso-2022-jp", sender=frm("ichinose"),
  to=["人事部 給与担当 <jinji-kyuyo@hinode-sangyo.co.jp>"],
  cc=["iokibe.ryo@hinode-sangyo.co.jp"],
  subject="4月入社（警備職）誓約書・診断書の回収状況",
  body=f"""人事部 各位

採用担当の一ノ瀬です。4月入社予定の警備職8名について、欠格事由確認書類の
回収状況を共有します。未提出者には本日中に電話で督促します。

{_lines}

※診断書が未提出のまま新任教育を始めることはできませんので、
　4/3時点で未提出の方は入社日を後ろ倒しにします。

一ノ瀬
""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
  note="社内宛てのみ（人事部と管理課）: 名簿があっても通す")

# 006 社労士へ 資格取得届（マイナンバー・基礎年金番号 1名）
_p = P[17]
_mnum = _mn()
M(charset="shift_jis", sender=frm("iokibe"),
  to=["かもめ社会保険労務士法人 岩清水様 <iwashimizu@kamome-sr.jp>"],
  subject="資格取得届のご依頼（4/1入社 警備職1名）",
  body=f"""かもめ社会保険労務士法人
岩清水様

いつも大変お世話になっております。
日の出産業 警備事業部の五百旗頭でございます。

4月1日付で入社した警備職1名の社会保険・雇用保険の資格取得手続きをお願いいたします。

　氏名　　　：{_p["name"]}（{_p["kana"]}）
　生年月日　：{wareki(*_p["dob"])}
　住所　　　：〒{_p["zip"]} {_p["addr"]}
　個人番号　：{_mnum[:4]} {_mnum[4:8]} {_mnum[8:]}
　基礎年金番号：{4410 + _p["dob"][2]}-{_p["acct"][:6]}
　雇用形態　：正社員（施設警備）
　月額給与　：235,000円

扶養家族はおりません。
ご不明点はご連絡くださいませ。

{sig("iokibe")}""",
  expect="stop",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
  detectors=["personal_data"],
  note="マイナンバーと基礎年金番号を本文で社外（社労士）へ")

# 007 交通誘導の工程調整: 社外4社が To/Cc に
M(charset="iso-2022-jp", sender=frm("shoji"),
  to=["港北建設 工事部 三ツ矢様 <mitsuya@kohoku-kensetsu.co.jp>"],
  cc=["丸長土木 現場代理人 <genba-ikeda@marucho-doboku.co.jp>",
      "トーカイガード 配車係 <haisha@tokai-guard.co.jp>",
      "青葉運輸 厚木営業所 <atsugi@aoba-unyu.co.jp>"],
  subject="県道45号 舗装工事 交通誘導員の配置日程（第2工区）",
  body=f"""関係各位

お世話になっております。日の出産業 警備事業部の東海林です。
第2工区の舗装工事に伴う交通誘導員の配置日程を取りまとめました。

　6/8（月）〜6/12（金）　8:30〜17:00　片側交互通行　誘導員4名（うち1名は検定合格者）
　6/15（月）〜6/17（水）　21:00〜翌5:00　夜間全面規制　誘導員6名
　資材搬入（青葉運輸様）は6/9・6/16の2回、搬入時は誘導員を1名追加します。

トーカイガード様には夜間の2名分の応援をお願いしております。
変更がございましたら本メールに全員返信でお知らせください。

{sig("shoji", 2)}""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="社外4社（建設・土木・警備・運輸）が To/Cc で互いに見える")

# 008 社外2社の打合せ（To/Cc）
M(charset="utf-8", sender=frm("shoji"),
  to=["三ツ矢 <mitsuya@kohoku-kensetsu.co.jp>"],
  cc=["genba-ikeda@marucho-doboku.co.jp"],
  subject="Re: 第2工区 安全協議会の日程",
  body=f"""三ツ矢様
（cc: 丸長土木 池田様）

お世話になっております。東海林です。
安全協議会は6/3（水）14:00〜、現場事務所2階でお願いできれば幸いです。
当社からは私と教育課の薬師寺の2名で伺います。

議題案：
1. 片側交互通行時の誘導位置と合図方法
2. 夜間規制時の照明・保安設備の確認
3. 緊急時の連絡体制

よろしくお願いいたします。

{sig("shoji", 2)}
> 東海林様
> 安全協議会の日程について、6/3か6/4でご都合いかがでしょうか。
> 港北建設 三ツ矢""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="社外2社の三者打合せ: 通常業務")

# 009 自社ドメインの類似ドメイン（u が一文字多い）
M(charset="iso-2022-jp", sender=frm("minase"),
  to=["経理部 締め担当 <keiri-shime@hinode-sangyou.co.jp>"],
  subject="4月分 配置実績（請求根拠）の提出",
  body=f"""経理部 ご担当者様

警備事業部の水無瀬です。
4月分の配置実績（顧客別の延べ人工数）を以下のとおり報告します。

　東雲スクエアタワー　　　常駐　延べ 248人工
　さくらホテル横浜　　　　常駐　延べ 186人工／臨時 12人工
　川崎電機 川崎工場　　　 常駐　延べ 120人工
　県道45号 舗装工事　　　 交通誘導　延べ 64人工

請求書の発行をよろしくお願いいたします。

水無瀬
""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="宛先 hinode-sangyou.co.jp は自社ドメインの類似（u を追加）")

# 010 パスワード付き ZIP（PPAP）で名簿
_g = P[18:30]
M(charset="shift_jis", sender=frm("minase"),
  to=["旭セキュリティ 業務部 <gyomu@asahi-security.co.jp>"],
  subject="応援隊員名簿（7月 花火大会）",
  body=f"""旭セキュリティ株式会社
業務部 御中

お世話になっております。日の出産業の水無瀬です。
7月の花火大会雑踏警備で共同配置となる当社隊員の名簿を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

{sig("minase")}""",
  attachments=[{"kind": "zip", "name": "oen_meibo_0725.zip", "password": "Hn7725fire",
                "files": [{"kind": "xlsx", "name": "応援隊員名簿.xlsx",
                           "sheets": {"名簿": [["氏名", "生年月日", "携帯", "資格"]] + [
                               [p["name"], iso(p["dob"]), p["mobile"], p["qual"]] for p in _g]}}]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="暗号化 ZIP（中身は名簿）: 検査できない添付")

# 011 PPAP のパスワード通知（本文のみ）
M(charset="shift_jis", sender=frm("minase"),
  to=["旭セキュリティ 業務部 <gyomu@asahi-security.co.jp>"],
  subject="【パスワード】応援隊員名簿（7月 花火大会）",
  body=f"""旭セキュリティ株式会社
業務部 御中

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn7725fire

お手数ですがご確認ください。

{sig("minase", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="PPAP の後送パスワードのみ: 個人データなし")

# 012 運転免許証番号（自動車保険の運転者追加）
_p = P[30]
M(charset="utf-8", sender=frm("takanashi"),
  to=["あおぞら損害保険 代理店部 小此木様 <okonogi@aozora-sonpo.co.jp>"],
  subject="巡回車（ハイエース 横浜300 た 12-34）運転者追加のお願い",
  body=f"""あおぞら損害保険株式会社
代理店部　小此木様

お世話になっております。日の出産業 警備事業部 総務課の小鳥遊です。

機械警備の緊急対処用巡回車について、運転者を1名追加したくご連絡いたしました。

　運転者氏名　：{_p["name"]}
　生年月日　　：{slash(_p["dob"])}
　運転免許証番号：第 {_p["acct"][:2]}07{_p["acct"][2:]}{_p["dob"][2]:02d}1 号
　免許の色　　：ゴールド（有効期限 2029年{_p["dob"][1]}月）

追加は5月1日からでお願いできますでしょうか。
保険料の差額が出る場合はお知らせください。

{sig("takanashi")}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="運転免許証番号（本人確認書類の番号）を社外へ")

# 013 警備計画書 DOCX（ヘッダーに「社外秘」）
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["川崎電機 総務課 真壁様 <makabe@kawasaki-denki.co.jp>"],
  subject="川崎工場 警備計画書（改訂版）の送付",
  body=f"""川崎電機株式会社
総務課　真壁様

お世話になっております。日の出産業の百目鬼です。
先日の打合せを踏まえ、川崎工場の警備計画書を改訂いたしましたので送付します。
主な変更点は第3章（夜間巡回経路）と第5章（機械警備との連携）です。

ご確認のほどよろしくお願いいたします。

{sig("domeki", 2)}""",
  attachments=[{"kind": "docx", "name": "川崎工場_警備計画書_v3.docx", "title": "警備計画書",
                "page_header": "社外秘", "page_footer": "日の出産業株式会社 警備事業部",
                "paragraphs": ["川崎工場 警備計画書（第3版）", "第1章 目的",
                               "本計画は川崎工場構内における盗難・侵入・火災の未然防止を目的とする。",
                               "第3章 夜間巡回経路", "正門 → 第1倉庫 → 変電設備 → 研究棟 → 北門 → 正門（所要40分）",
                               "第5章 機械警備との連携", "研究棟のセンサー発報時は、常駐隊員1名が現場確認を行う。"],
                "tables": [[["時間帯", "人数", "配置"], ["8:00-17:00", "3", "正門・受付・巡回"],
                            ["17:00-8:00", "2", "正門・巡回"]]]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="添付 DOCX のヘッダーに「社外秘」の表示")

# 014 NDA の話題
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["真壁 <makabe@kawasaki-denki.co.jp>"],
  subject="秘密保持契約書の押印について",
  body=f"""真壁様

お世話になっております。百目鬼です。

研究棟の警備業務開始にあたり、御社法務部様からご提示いただいた秘密保持契約書
（NDA）について、当社の法務確認が完了しました。修正のご依頼はございません。

原本2部に押印のうえ、本日郵送いたしましたので、ご落手いただけますと幸いです。
なお、契約に基づく機密情報の取扱いについては、配置隊員にも教育を実施いたします。

{sig("domeki", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="NDA（秘密保持契約）についてのメール: マーキングではない")

# 015 HTML のみの表で隊員名簿
_g = P[31:38]
_trs = "".join(f"<tr><td>{p['name']}</td><td>{wareki(*p['dob'], style='short')}</td><td>{p['mobile']}</td><td>{p['qual']}</td></tr>" for p in _g)
M(charset="utf-8", sender=frm("minase"),
  to=["北国フーズ 物流センター 総務 <somu-lc@kitaguni-foods.co.jp>"],
  subject="夜間構内警備 隊員のご紹介",
  html=f"""<html><body>
<p>北国フーズ株式会社<br>物流センター 総務ご担当者様</p>
<p>お世話になっております。日の出産業 警備事業部の水無瀬です。<br>
来月から夜間構内警備を担当する隊員は以下のとおりです。入構証の作成をお願いいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddeeff"><th>氏名</th><th>生年月日</th><th>携帯</th><th>資格</th></tr>
{_trs}
</table>
<p>どうぞよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 警備事業部 業務課 水無瀬<br>TEL 045-662-7153</p>
</body></html>""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="HTML のみのメールの表に7名の生年月日・携帯")

# 016 返信（顧客が送ってきたドライバー一覧を > で引用）
_q = "\n".join(f"> {p['name']}　{p['mobile']}　車番 相模 100 あ {10 + i * 7}-{21 + i}"
               for i, p in enumerate(Q[8:13]))
M(charset="iso-2022-jp", sender=frm("kamiizumi"),
  to=["北国フーズ 物流センター 総務 <somu-lc@kitaguni-foods.co.jp>"],
  subject="Re: 来週の入構予定ドライバーについて",
  body=f"""ご担当者様

上泉です。一覧を受領しました。
正門にて車番とお名前を照合のうえ入構させます。夜間は通用門側へ誘導します。

{sig("kamiizumi", 4)}
2026/04/20 15:02、北国フーズ 物流センター 総務 のメール:
> 日の出産業 上泉様
> 来週、臨時便で以下のドライバーが入構します。よろしくお願いします。
{_q}
> 北国フーズ 物流センター""",
  expect="pass", entities=[], detectors=[],
  note="一覧は相手から届いたメールの引用（>）のみ: 新しい本文に個人データなし")

# 017 転送（FW）: 社内メールの名簿を下請けへ
_g = P[38:44]
_fw = "\n".join(f"{p['name']}（{p['kana']}）　携帯：{p['mobile']}　住所：{p['addr']}" for p in _g)
M(charset="shift_jis", sender=frm("kamiizumi"),
  to=["旭セキュリティ 業務部 <gyomu@asahi-security.co.jp>"],
  subject="FW: 花火大会 当社側の班長・副班長",
  body=f"""旭セキュリティ 業務部 様

お世話になります。日の出産業の上泉です。
当日の当社側の班長・副班長のリストを社内で回していたもの、そのまま転送します。
班単位の無線割当にお使いください。

---------- Forwarded message ---------
From: 水無瀬 かおり <minase.kaori@hinode-sangyo.co.jp>
Date: 2026年6月30日(火) 10:12
Subject: 花火大会 当社側の班長・副班長
To: 上泉 剛志 <kamiizumi.tsuyoshi@hinode-sangyo.co.jp>

上泉さん
当日の班長・副班長は以下で確定です。
{_fw}

水無瀬
""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="社内メールの転送: 6名の携帯・住所が社外の新しい本文として届く")

# 018 English: roster XLSX to an overseas hotel group
_g = P[44:52]
M(charset="utf-8", sender=frm("domeki"),
  to=["Grace Lim <grace.lim@harbourline-hotels.com>"],
  subject="Security team roster for the Yokohama opening",
  body=f"""Dear Ms. Lim,

Thank you for your time on the call yesterday.
As requested, please find attached the roster of the security officers we will deploy
for the pre-opening period of Harbourline Yokohama (May 11-31). It includes each
officer's date of birth and mobile number for your building pass registration.

Should you need anything else, please let me know.

Best regards,
{sig("domeki", 3)}{DISC_EN}""",
  attachments=[{"kind": "xlsx", "name": "Harbourline_Yokohama_security_roster.xlsx",
                "sheets": {"Roster": [["Harbourline Yokohama — Security Officer Roster (pre-opening)"],
                                      ["No.", "Name", "Date of birth", "Mobile", "Licence / qualification"]] + [
                    [i + 1, p["ROMA"], iso(p["dob"]), "+81-" + p["mobile"][1:], p["qual"]]
                    for i, p in enumerate(_g)],
                    "Shifts": [["Shift", "Time", "Officers"], ["Day", "07:00-19:00", 3],
                               ["Night", "19:00-07:00", 2]]}}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="英語メール: 8名の生年月日・携帯の XLSX を海外の顧客へ（定型の免責文つき）")

# 019 English: proposal, no personal data
M(charset="utf-8", sender=frm("domeki"),
  to=["Daniel Foster <d.foster@pacificshield.com.au>"],
  subject="Re: Partnership for event security at Yokohama Bay Expo",
  body=f"""Dear Daniel,

Thank you for your proposal. We would be glad to cooperate on crowd management for the
Yokohama Bay Expo in October.

A few points from our side:
- Under the Japanese Security Services Act, all officers on site must be employed by a
  licensed Japanese security company, so your staff would act as advisers only.
- We can provide 40 officers per day, 12 of whom hold the crowd-control (雑踏警備) licence.
- Our rate would be JPY 32,000 per officer per day, excluding transport.

I am happy to discuss this in a call next week. Tuesday or Wednesday afternoon JST works
for me.

Kind regards,
{sig("domeki", 3)}{DISC_EN}""",
  expect="pass", entities=[], detectors=[],
  note="英語の提案メール、定型の免責文のみ: 個人データなし")

# 020 法人カード番号を本文に
_c = _card()
M(charset="iso-2022-jp", sender=frm("takanashi"),
  to=["山吹ユニフォーム 受注センター <juchu@yamabuki-uniform.co.jp>"],
  subject="追加注文（防寒ジャンパー）と決済について",
  body=f"""山吹ユニフォーム株式会社
受注センター 御中

いつもお世話になっております。日の出産業 警備事業部 総務課の小鳥遊です。

防寒ジャンパー（品番 YB-W520 紺）を追加で注文いたします。
　Ｍ×4、Ｌ×6、ＬＬ×3、3Ｌ×1　計14着

今回は急ぎのため、請求書払いではなく法人カードで決済をお願いします。
　カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD

納期をご連絡いただけますと助かります。

{sig("takanashi", 1)}""",
  expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
  note="クレジットカード番号を本文で社外へ")
# 021 制服の発注（品番・サイズのみ）
M(charset="shift_jis", sender=frm("takanashi"),
  to=["山吹ユニフォーム 営業部 蒲生様 <gamo@yamabuki-uniform.co.jp>"],
  subject="夏服 発注書（2026年度 第1回）",
  body=f"""山吹ユニフォーム株式会社
営業部　蒲生様

いつもお世話になっております。小鳥遊です。
夏服の第1回発注をお願いいたします。

品番　　　　品名　　　　　　　　色　　　Ｓ　Ｍ　Ｌ　ＬＬ　3Ｌ
YB-S110　　半袖シャツ　　　　　ライトブルー　4　18　22　10　3
YB-P210　　夏スラックス　　　　紺　　　　　3　15　20　9　2
YB-C030　　制帽（メッシュ）　　紺　　　　　フリー 52
YB-A901　　腕章「警備」　　　　黄　　　　　60

納品先：本社 警備事業部（日の出ビル5F）
希望納期：5月20日
発注番号：HS-K-26-0041

よろしくお願いいたします。

{sig("takanashi")}""",
  expect="pass", entities=[], detectors=[],
  note="品番・数量だけの発注書: 個人データなし")

# 022 旧形式 XLS の採寸表（自宅直送先つき）
_g = P[52:60]
M(charset="utf-8", sender=frm("takanashi"),
  to=["蒲生 <gamo@yamabuki-uniform.co.jp>"],
  subject="新任隊員 制服採寸表（自宅直送分）",
  body=f"""蒲生様

小鳥遊です。新任隊員8名分の採寸表を添付します。
今回は研修開始前に各自宅へ直送していただく形でお願いします（送料は別途ご請求ください）。
古いExcel形式で恐縮ですが、よろしくお願いします。

{sig("takanashi", 2)}""",
  attachments=[{"kind": "xls", "name": "saisun_shinnin_0420.xls",
                "sheets": {"採寸": [["氏名", "身長", "胸囲", "ウエスト", "靴", "送付先〒", "送付先住所", "電話"]] + [
                    [p["name"], p["height"], 84 + i * 3, 72 + i * 2, 24.5 + (i % 4) * 0.5, p["zip"], p["addr"], p["mobile"]]
                    for i, p in enumerate(_g)]}}],
  expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="XLS（旧形式）の採寸表: 8名の自宅住所・電話を制服業者へ")

# 023 出荷の伝票番号（営業所宛て）
M(charset="iso-2022-jp", sender=frm("takanashi"),
  to=["gamo@yamabuki-uniform.co.jp"],
  subject="Re: 出荷のご連絡（夏服 第1回）",
  body=f"""蒲生様

出荷のご連絡ありがとうございます。伝票番号、承知しました。

　本社（横浜）　　　 ヤマネコ便 4418-2093-6651
　川崎営業所　　　　 ヤマネコ便 4418-2093-6662
　厚木営業所　　　　 ヤマネコ便 4418-2093-6673

到着後、数量を確認してご連絡します。

小鳥遊
{sig("takanashi", 4)}
> 日の出産業 小鳥遊様
> 本日、夏服 第1回分を3か所に分けて出荷いたしました。
> 山吹ユニフォーム 蒲生""",
  expect="pass", entities=[], detectors=[],
  note="営業所宛ての送り状番号: 個人データなし")

# 024 在留カード番号（就労可否の確認）
_p = Q[13]
M(charset="utf-8", sender=frm("ichinose"),
  to=["はまかぜ行政書士事務所 浜口先生 <hamaguchi@hamakaze-gyosei.jp>"],
  subject="外国籍応募者の在留資格確認のお願い",
  body=f"""はまかぜ行政書士事務所
浜口先生

いつもお世話になっております。日の出産業 警備事業部 採用担当の一ノ瀬です。

施設警備職に応募された方について、警備業務に就労可能かどうかご確認をお願いできますでしょうか。

　氏名：SANTOS Maria Lucia（サントス マリア ルシア）
　国籍：フィリピン
　生年月日：1991年8月23日
　在留カード番号：UH48213907EA
　在留資格：定住者（在留期限 2028年2月14日）

在留カードの表裏の画像は、面接時にご本人の了承を得て取得済みです。
必要でしたら別途お送りします。

{sig("ichinose")}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
  detectors=["personal_data"],
  note="在留カード番号（本人確認書類）を社外へ")

# 025 応募者3名へ一斉送信（To に個人アドレス）
M(charset="iso-2022-jp", sender=frm("ichinose"),
  to=["keigo.tatsumi1988@gmail.com", "m-hoshikawa@yahoo.co.jp", "sakurada.tm@docomo.ne.jp"],
  subject="【日の出産業】警備職 二次面接のご案内",
  body=f"""応募者各位

この度は日の出産業株式会社 警備事業部の求人にご応募いただき、ありがとうございます。
二次面接を下記のとおり実施いたします。

　日時：5月9日（土）10:00〜（お一人30分程度、時間は個別にご連絡します）
　場所：横浜市中区山下町214-3 日の出ビル5F
　持参物：筆記用具、運転免許証等の本人確認書類

ご都合が悪い場合は5月7日までにご返信ください。

{sig("ichinose", 4)}""",
  expect="stop", entities=[],
  detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
  note="個人の応募者3名（フリーメール・携帯）を To で一斉送信: Bcc にすべき")

# 026 応募者1名へ
M(charset="iso-2022-jp", sender=frm("ichinose"),
  to=["辰巳 様 <keigo.tatsumi1988@gmail.com>"],
  subject="Re: 面接日程について",
  body=f"""辰巳 様

ご連絡ありがとうございます。日の出産業 採用担当の一ノ瀬です。
ご希望の5月9日（土）11:00で承りました。

当日は受付で「警備職の面接」とお伝えください。
スーツでなくても構いません。お気をつけてお越しください。

{sig("ichinose", 4)}""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="フリーメールの応募者1名への面接連絡")

# 027 類似ドメイン（sakura-hote1.jp）
M(charset="shift_jis", sender=frm("kamiizumi"),
  to=["早乙女様 <saotome.risa@sakura-hote1.jp>"],
  subject="4月度 月次警備報告書",
  body=f"""さくらホテル 総務部
早乙女様

お世話になっております。日の出産業の上泉です。
4月度の月次警備報告をお送りします。

・巡回実施回数：270回（計画どおり）
・防災設備の発報：2件（いずれも誤報、厨房の湯気による感知）
・不審者対応：1件（ロビー滞留者への声掛け、退館確認済み）
・拾得物：14件（フロントへ引継ぎ済み）

来月の定例会で詳細をご説明いたします。

{sig("kamiizumi", 1)}""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="宛先 sakura-hote1.jp は取引先 sakura-hotel.jp の類似（l→1）")

# 028 勤務中の救急搬送（1名、病名）
_p = P[60]
M(charset="iso-2022-jp", sender=frm("shoji"),
  to=["早乙女様 <saotome.risa@sakura-hotel.jp>"],
  cc=["kamiizumi.tsuyoshi@hinode-sangyo.co.jp"],
  subject="【ご報告】隊員の救急搬送について",
  body=f"""さくらホテル 総務部　早乙女様

日の出産業の東海林でございます。昨夜はご心配とご迷惑をおかけいたしました。

昨夜23時過ぎ、西館巡回中の当社隊員 {_p["name"]}（{_p["age"]}歳）が
手足のしびれを訴えて座り込み、救急搬送されました。
搬送先の病院で「脳梗塞（軽度）」と診断され、現在入院中です。

同人は以前から不整脈の持病があり、服薬しながら勤務しておりました。
本日以降の西館巡回は代わりの隊員を配置しておりますので、業務への影響はございません。
改めて経過をご報告いたします。

{sig("shoji")}""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="氏名の分かる隊員1名の病名・持病を顧客へ: 要配慮個人情報")

# 029 事故報告（匿名の隊員、けがの程度）
M(charset="utf-8", sender=frm("shoji"),
  to=["三ツ矢 <mitsuya@kohoku-kensetsu.co.jp>"],
  subject="【速報】第2工区 誘導員の転倒について",
  body=f"""港北建設 三ツ矢様

東海林です。取り急ぎご報告します。

本日10:20頃、第2工区の片側交互通行箇所で、当社の誘導員1名が段差につまずいて転倒しました。
本人は自力で歩行可能で、念のため近隣の整形外科を受診させています。
第三者・車両への影響はありません。誘導は交代要員で継続中です。

原因は仮設スロープ端部の段差と考えております。
明朝の朝礼で全誘導員に注意喚起し、段差部には明日中に黄色テープで表示をお願いできますでしょうか。

{sig("shoji", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="事故報告だが隊員は特定されていない（氏名なし）")

# 030 CSV（UTF-8）: 基礎年金番号 3名
_g = P[61:64]
M(charset="utf-8", sender=frm("iokibe"),
  to=["iwashimizu@kamome-sr.jp"],
  subject="資格取得届 追加3名分（CSV）",
  body=f"""岩清水様

五百旗頭です。
先週お願いした件に続き、5月入社の3名分の情報をCSVでお送りします。
基礎年金番号はご本人の年金手帳で確認済みです。

{sig("iokibe", 2)}""",
  attachments=[{"kind": "csv", "name": "shikaku_shutoku_202605.csv", "encoding": "utf-8",
                "rows": [["氏名", "フリガナ", "生年月日", "基礎年金番号", "資格取得日", "標準報酬月額"]] + [
                    [p["name"], p["kana"], iso(p["dob"]), f"{3120 + i * 41}-{p['acct'][1:7]}", "2026-05-01", 240000]
                    for i, p in enumerate(_g)]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
  detectors=["personal_data"],
  note="3名だが基礎年金番号を含む CSV を社外へ")

# 031 PDF の表: 検定講習の受講申込者一覧
_g = Q[14:20]
M(charset="iso-2022-jp", sender=frm("yakushiji"),
  to=["関東警備教育センター 講習受付 <koshu@kanto-keibi-edu.or.jp>"],
  subject="施設警備業務検定2級 特別講習 受講申込（6名）",
  body=f"""公益社団法人 関東警備教育センター
講習受付 御中

お世話になっております。日の出産業 警備事業部 教育課の薬師寺です。
7月期の施設警備業務検定2級 特別講習について、当社から6名の受講を申し込みます。
申込者一覧をPDFで添付いたします。受講料は請求書払いでお願いいたします。

{sig("yakushiji", 1)}""",
  attachments=[{"kind": "pdf", "name": "受講申込者一覧_7月期.pdf",
                "lines": ["施設警備業務検定2級 特別講習 受講申込者一覧", "申込事業者：日の出産業株式会社（認定番号 第45000873号）", ""],
                "table": [["No", "氏名", "ふりがな", "生年月日", "住所", "電話"]] + [
                    [str(i + 1), p["name"], p["kana"], wareki(*p["dob"]), p["addr"], p["mobile"]]
                    for i, p in enumerate(_g)]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="PDF の表に6名の生年月日・住所・電話")

# 032 現任教育の枠の相談（人数のみ）
M(charset="shift_jis", sender=frm("yakushiji"),
  to=["湘南警備業協会 研修係 <kenshu@shonan-keibi.or.jp>"],
  subject="現任教育（合同講習）の参加枠について",
  body=f"""一般社団法人 湘南警備業協会
研修係 御中

いつもお世話になっております。日の出産業の薬師寺です。

9月の合同現任教育（交通誘導コース）について、当社から5名、
雑踏警備コースに3名の参加を予定しております。
枠に余裕がございましたら、交通誘導コースをあと2名追加できますでしょうか。

参加者の氏名は、確定次第、所定の申込書でお送りします。

{sig("yakushiji")}""",
  expect="pass", entities=[], detectors=[],
  note="人数だけの問い合わせ: 個人データなし")

# 033 PPTX の提案書に隊員紹介（5名の携帯・経歴）
_g = P[64:69]
M(charset="utf-8", sender=frm("domeki"),
  to=["港南学院大学 管財課 <kanzai@konan-gakuin.ac.jp>"],
  subject="キャンパス警備業務のご提案資料",
  body=f"""港南学院大学
管財課 御中

お世話になっております。日の出産業の百目鬼です。
先日のヒアリングを踏まえ、キャンパス警備業務のご提案資料をお送りします。
配置予定の主要メンバーもご紹介しておりますので、選定の参考になれば幸いです。

{sig("domeki", 2)}""",
  attachments=[{"kind": "pptx", "name": "港南学院大学_警備業務ご提案.pptx", "title": "ご提案",
                "slides": [["キャンパス警備業務のご提案", "日の出産業株式会社 警備事業部", "2026年4月"],
                           ["配置体制", "平日 日勤5名・夜勤3名", "土日祝 日勤3名・夜勤2名", "入試期間は臨時増員"],
                           ["配置予定メンバー"] + [f"{p['name']}（{p['age']}歳）{p['qual']}　携帯 {p['mobile']}" for p in _g],
                           ["お見積り", "月額 4,380,000円（税別）"]]}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="PPTX のスライドに5名の隊員（年齢・携帯）")

# 034 PPTX の提案書（個人データなし）
M(charset="utf-8", sender=frm("domeki"),
  to=["港南学院大学 管財課 <kanzai@konan-gakuin.ac.jp>"],
  subject="Re: ご提案資料の修正版",
  body=f"""管財課 ご担当者様

百目鬼です。ご指摘いただいた点を反映した修正版をお送りします。
・オープンキャンパス時の臨時増員を追加
・夜間の巡回回数を3回→4回に変更
・お見積りを更新

{sig("domeki", 2)}""",
  attachments=[{"kind": "pptx", "name": "ご提案_修正版.pptx",
                "slides": [["キャンパス警備業務のご提案（修正版）", "日の出産業株式会社"],
                           ["変更点", "オープンキャンパス（年3回）臨時増員4名", "夜間巡回 4回／夜"],
                           ["お見積り", "月額 4,520,000円（税別）", "臨時警備 1名1日 28,000円"]]}],
  expect="pass", entities=[], detectors=[],
  note="個人データのない提案資料 PPTX")

# 035 壊れた XLSX
M(charset="iso-2022-jp", sender=frm("minase"),
  to=["長谷部 <hasebe.satoshi@shinonome-bm.co.jp>"],
  subject="6月シフト表",
  body=f"""長谷部様

お世話になっております。水無瀬です。
6月の常駐警備シフト表を添付いたします。

{sig("minase", 4)}""",
  attachments=[{"kind": "corrupt", "name": "shift_202606.xlsx"}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="添付 XLSX が壊れていて検査できない")

# 036 パスワード付き PDF
_g = P[2:14]
M(charset="shift_jis", sender=frm("iokibe"),
  to=["hosaka.j@yokohama-minami-hp.or.jp"],
  subject="警備員名簿（4月1日現在）",
  body=f"""保坂様

五百旗頭です。4月1日現在の警備員名簿をお送りします。
PDFにはパスワードをかけております（いつものものです）。

{sig("iokibe", 2)}""",
  attachments=[{"kind": "pdf", "name": "keibiin_meibo_20260401.pdf", "password": "minami2026",
                "lines": ["警備員名簿（横浜南総合病院 配置分）"],
                "table": [["氏名", "生年月日", "住所", "検定"]] + [
                    [p["name"], iso(p["dob"]), p["addr"], p["qual"]] for p in _g]}],
  expect="stop", entities=[], detectors=["unscannable_attachment"],
  note="パスワード保護された PDF: 検査できない")

# 037 警察へ: 臨時警備の配置警備員一覧 CSV（CP932）
_g = P[20:29]
M(charset="shift_jis", sender=frm("iokibe"),
  to=["みなと中央警察署 生活安全課 <seian-minatochuo@police.kanagawa-ken.lg.jp>"],
  subject="臨時雑踏警備（みなと花火大会）配置警備員の一覧",
  body=f"""みなと中央警察署
生活安全課　警備業担当　御中

平素より大変お世話になっております。
日の出産業株式会社 警備事業部の五百旗頭でございます。

7月25日開催のみなと花火大会の雑踏警備について、ご指示いただいた配置警備員の
一覧（雑踏警備業務検定の合格者を含む）をCSVにて提出いたします。
配置図は別途紙でお持ちいたします。

{sig("iokibe", 1)}""",
  attachments=[{"kind": "csv", "name": "haichi_keibiin_hanabi.csv", "encoding": "cp932",
                "rows": [["配置区分", "氏名", "生年月日", "検定種別", "合格証明書番号", "携帯"]] + [
                    [f"第{i // 3 + 1}区", p["name"], wareki(*p["dob"], style="short"),
                     "雑踏2級" if i % 2 == 0 else "-", f"第{240100 + i * 13}号" if i % 2 == 0 else "", p["mobile"]]
                    for i, p in enumerate(_g)]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="CP932 の CSV で9名の生年月日・携帯を社外（警察署）へ")

# 038 警察へ: 変更届出の予定（法人番号）
M(charset="iso-2022-jp", sender=frm("iokibe"),
  to=["seian-minatochuo@police.kanagawa-ken.lg.jp"],
  subject="営業所移転に伴う変更届出の提出について",
  body=f"""みなと中央警察署　生活安全課　御中

日の出産業株式会社 警備事業部の五百旗頭です。

当社川崎営業所の移転（6月1日付）に伴い、警備業法第11条に基づく変更届出書を
提出いたします。提出書類は以下を予定しておりますが、不足がございましたらご教示ください。

　・変更届出書（別記様式第6号）
　・新営業所の賃貸借契約書の写し
　・登記事項証明書

　法人名：日の出産業株式会社
　法人番号：2020001047763
　認定番号：神奈川県公安委員会 第45000873号

6月3日（水）午前中に窓口へお持ちする予定です。

{sig("iokibe", 1)}""",
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="会社の法人番号・認定番号のみ: 個人データなし")

# 039 勤務外の逮捕（1名、犯罪歴）
_p = P[29]
M(charset="iso-2022-jp", sender=frm("shoji"),
  to=["みどり銀行 関内支店 総務 矢萩様 <yahagi@midori-ginko.co.jp>"],
  subject="関内支店 配置隊員の交代について（お詫び）",
  body=f"""みどり銀行 関内支店
総務ご担当　矢萩様

平素より大変お世話になっております。日の出産業の東海林でございます。

貴支店に配置しておりました隊員 {_p["name"]}（{_p["kana"]}）が、
先週末の勤務外の時間に酒気帯び運転の疑いで警察に逮捕されたとの連絡を受けました。
現在、本人は勾留中であり、本日付で貴支店の配置から外しております。

後任には施設警備1級の検定合格者を配置いたします。
ご心配をおかけし、誠に申し訳ございません。

{sig("shoji")}""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="氏名の分かる隊員1名の逮捕を顧客へ: 要配慮個人情報（犯罪・逮捕）")

# 040 体調不良で欠勤（判断が分かれる）
_p = P[33]
M(charset="shift_jis", sender=frm("minase"),
  to=["長谷部 <hasebe.satoshi@shinonome-bm.co.jp>"],
  subject="本日の日勤 隊員交代のご連絡",
  body=f"""長谷部様

水無瀬です。本日の日勤について、{_p["name"]}が体調不良のため欠勤となりました。
代わりに予備隊員が9:00までに防災センターへ入ります。引継ぎは夜勤隊員から行います。

ご迷惑をおかけします。

{sig("minase", 4)}""",
  expect="either", entities=["PERSON_NAME"], detectors=[],
  note="氏名＋「体調不良」: 病歴と言えるか微妙、判断が分かれる")
# 041 1名1ブロックの緊急連絡網（元請へ）
_g = Q[20:25]
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　携帯：{p['mobile']}\n　住所：〒{p['zip']} {p['addr']}\n　血液型：{p['blood']}型\n　資格：{p['qual']}"
    for i, p in enumerate(_g))
M(charset="iso-2022-jp", sender=frm("kamiizumi"),
  to=["丸長土木 現場代理人 池田様 <genba-ikeda@marucho-doboku.co.jp>"],
  subject="緊急連絡網（交通誘導員）提出",
  body=f"""丸長土木株式会社
現場代理人　池田様

お世話になっております。日の出産業の上泉です。
安全書類の一部として、第2工区に入る交通誘導員の緊急連絡網をお送りします。

{_blocks}

作業員名簿（グリーンサイト）への登録は、明日中に当社で行います。

{sig("kamiizumi")}""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="1人1ブロックで5名の携帯・自宅住所")

# 042 隊長・副隊長の2名の連絡先
_a, _b = P[40], P[41]
M(charset="utf-8", sender=frm("kamiizumi"),
  to=["genba-ikeda@marucho-doboku.co.jp"],
  subject="夜間規制時の当社責任者",
  body=f"""池田様

上泉です。6/15〜17の夜間全面規制時の当社責任者は以下の2名です。
何かあれば直接ご連絡ください。

　隊長　　{_a["name"]}　{_a["mobile"]}
　副隊長　{_b["name"]}　{_b["mobile"]}

{sig("kamiizumi", 4)}""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="2名の携帯だけ: 1〜4名の連絡先は通す（警告可）")

# 043 「・」の箇条書き 6名
_g = Q[25:31]
_bul = "\n".join(f"・{p['name']}　{zen(p['mobile'])}　（{p['qual']}）" for p in _g)
M(charset="shift_jis", sender=frm("minase"),
  to=["somu-lc@kitaguni-foods.co.jp"],
  subject="明日の棚卸し立会い 臨時応援の隊員",
  body=f"""北国フーズ 物流センター
総務ご担当者様

水無瀬です。明日の棚卸し時の臨時応援（搬出入口の立哨）は以下6名で伺います。
当日の連絡は各自の携帯にお願いします。

{_bul}

集合は7:45、守衛所前です。

{sig("minase", 2)}""",
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="「・」箇条書きで6名の携帯（全角数字）")

# 044 「・」の箇条書き 4名（境界）
_g = Q[31:35]
M(charset="iso-2022-jp", sender=frm("minase"),
  to=["早乙女様 <saotome.risa@sakura-hotel.jp>"],
  subject="6/20 大宴会場 臨時警備の担当者",
  body=f"""早乙女様

お世話になっております。水無瀬です。
6月20日（土）の株主懇親会の臨時警備は、以下4名で担当いたします。

""" + "\n".join(f"・{p['name']}（{p['mobile']}）" for p in _g) + f"""

入館証は当日フロントで受け取ります。よろしくお願いいたします。

{sig("minase")}""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="4名の携帯: 5名未満なので通す（警告可）")

# 045 タブ区切り: 現任教育の受講者（生年月日）
_g = P[0:8]
_tsv = "\n".join(f"{i + 1}\t{p['name']}\t{p['kana']}\t{wareki(*p['dob'], style='kanji')}\t{p['qual']}" for i, p in enumerate(_g))
M(charset="utf-8", sender=frm("yakushiji"),
  to=["kenshu@shonan-keibi.or.jp"],
  subject="合同現任教育 参加者名簿（交通誘導コース）",
  body=f"""湘南警備業協会 研修係 御中

日の出産業の薬師寺です。先日ご相談した合同現任教育の参加者が確定しましたので、
Excelから貼り付けで失礼いたしますが、以下のとおりお送りします。

No\t氏名\tフリガナ\t生年月日\t保有資格
{_tsv}

当日は各自、警備員手帳を持参させます。

{sig("yakushiji", 1)}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="タブ区切りで8名の生年月日（和暦）を社外の協会へ")

# 046 社内: 検定合格者一覧（社内のみ）
_g = P[10:20]
M(charset="iso-2022-jp", sender=frm("yakushiji"),
  to=["総務部 <somu@hinode-sangyo.co.jp>", "keibi-kanri@keibi.hinode-sangyo.co.jp"],
  subject="2025年度 検定合格者一覧（資格手当の反映用）",
  body=f"""総務部 各位

教育課の薬師寺です。2025年度の検定合格者を取りまとめました。
4月分給与から資格手当の反映をお願いします。

""" + "\n".join(f"{p['emp']}  {pad(p['name'], 12)} {iso(p['dob'])}  {['施設警備業務検定2級', '交通誘導警備業務検定2級', '雑踏警備業務検定2級', '施設警備業務検定1級'][i % 4]}  合格証 第{250300 + i * 17}号"
                for i, p in enumerate(_g)) + """

薬師寺
""",
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
  note="宛先はすべて社内（サブドメイン含む）: 名簿でも通す")

# 047 健康診断の結果 XLSX を産業医へ（要配慮・一覧）
_g = P[46:52]
_res = ["異常なし", "要経過観察（血圧）", "要精密検査（心電図）", "要治療（糖尿病）", "異常なし", "要再検査（肝機能）"]
M(charset="utf-8", sender=frm("iokibe"),
  to=["みなとみらい健診クリニック 産業医 <sangyoi@mm-kenshin-clinic.jp>"],
  subject="夜勤従事者の就業判定のお願い",
  body=f"""みなとみらい健診クリニック
産業医　稲葉先生

お世話になっております。日の出産業 警備事業部の五百旗頭です。
深夜業に従事する隊員6名の定期健康診断結果をまとめました。
夜勤継続の可否について、就業判定をお願いできますでしょうか。

{sig("iokibe")}""",
  attachments=[{"kind": "xlsx", "name": "夜勤者_健診結果_就業判定依頼.xlsx",
                "sheets": {"健診結果": [["夜勤従事者 定期健康診断結果（2026年4月実施）"],
                                       ["氏名", "年齢", "血圧", "HbA1c", "判定", "既往歴"]] + [
                    [p["name"], p["age"], f"{128 + i * 6}/{80 + i * 3}", 5.4 + i * 0.5, _res[i],
                     ["なし", "高血圧", "狭心症", "2型糖尿病", "なし", "脂肪肝"][i]] for i, p in enumerate(_g)]}}],
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="6名の健康診断結果・既往歴の一覧: 要配慮個人情報")

# 048 DOCX の扶養控除等申告書（本人と扶養家族のマイナンバー）
_p = P[52]
_m1, _m2, _m3 = _mn(), _mn(), _mn()
M(charset="iso-2022-jp", sender=frm("iokibe"),
  to=["岩清水様 <iwashimizu@kamome-sr.jp>"],
  subject="扶養控除等（異動）申告書の送付（警備職 1名）",
  body=f"""岩清水様

五百旗頭です。
中途入社の{_p["name"]}さんの扶養控除等（異動）申告書をWordで作成しましたので送付します。
扶養家族2名分の個人番号も記入済みです。

{sig("iokibe", 2)}""",
  attachments=[{"kind": "docx", "name": "扶養控除等申告書_令和8年分.docx",
                "paragraphs": ["令和8年分 給与所得者の扶養控除等（異動）申告書",
                               f"氏名：{_p['name']}　生年月日：{wareki(*_p['dob'])}",
                               f"住所：〒{_p['zip']} {_p['addr']}",
                               f"個人番号：{_m1}"],
                "tables": [[["区分", "氏名", "続柄", "生年月日", "個人番号"],
                            ["源泉控除対象配偶者", f"{_p['name'].split()[0]} 典子", "妻", "昭和57年11月3日", _m2],
                            ["控除対象扶養親族", f"{_p['name'].split()[0]} 湊", "長男", "平成24年6月18日", _m3]]]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
  detectors=["personal_data"],
  note="DOCX に本人と扶養家族のマイナンバー")

# 049 XLSX: 10名のマイナンバーを給与システム会社へ
_g = P[53:63]
M(charset="utf-8", sender=frm("iokibe"),
  to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
  subject="【給与システム連携】個人番号の一括登録データ",
  body=f"""ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業 警備事業部の五百旗頭です。
年末調整に向けて、警備職10名の個人番号をシステムへ一括登録したく、
取込用のデータを作成しました。取込の代行をお願いできますでしょうか。

{sig("iokibe")}""",
  attachments=[{"kind": "xlsx", "name": "mynumber_import.xlsx",
                "sheets": {"取込": [["社員番号", "氏名", "生年月日", "個人番号"]] + [
                    [p["emp"], p["name"], iso(p["dob"]), _mn()] for p in _g],
                    "説明": [["列の説明"], ["個人番号はハイフンなし12桁"]]}}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
  detectors=["personal_data"],
  note="10名のマイナンバーの XLSX を社外のシステム会社へ")

# 050 勤怠システムの不具合問い合わせ
M(charset="iso-2022-jp", sender=frm("minase"),
  to=["support@tsubasa-system.jp"],
  subject="勤怠クラウドで夜勤の日跨ぎ打刻が二重計上される件（問合せ番号 TS-20260412-0088）",
  body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の水無瀬です。
先日お問い合わせした件（TS-20260412-0088）の続報です。

17:00〜翌8:00 の夜勤で、0:00 を跨いだ打刻が2日分の勤務として計上される現象が
本日も発生しました。該当は「東雲スクエアタワー」現場の夜勤者のみで、
他現場（同じ勤務パターンを設定）では発生していません。
集計処理のエラーログを添付します。

現場マスタの設定画面のスクリーンショットが必要でしたらお送りします。

{sig("minase")}""",
  attachments=[{"kind": "txt", "name": "batch_error_20260419.log.txt", "encoding": "cp932",
                "text": "2026-04-19 08:05:12 [WARN] site=SN-TOWER shift=NIGHT split_day=true records=2\n"
                        "2026-04-19 08:05:12 [WARN] duplicate worktime detected (site=SN-TOWER, pattern=Y17)\n"
                        "2026-04-19 08:05:13 [INFO] 集計処理 完了 件数=1,284 警告=6\n"}],
  expect="pass", entities=[], detectors=[],
  note="システムの不具合問い合わせ: 問い合わせ番号のみ")

# 051 類似ドメイン（tsubasa-sytem.jp）＋勤怠データ
_g = P[0:12]
M(charset="shift_jis", sender=frm("minase"),
  to=["support@tsubasa-sytem.jp"],
  subject="Re: 二重計上の再現データ",
  body=f"""サポートご担当者様

水無瀬です。ご依頼の再現データ（4月分の夜勤者の打刻）をCSVでお送りします。

{sig("minase", 4)}""",
  attachments=[{"kind": "csv", "name": "dakoku_202604_yakin.csv", "encoding": "cp932",
                "rows": [["社員番号", "氏名", "日付", "出勤", "退勤", "計上時間"]] + [
                    [p["emp"], p["name"], f"2026/04/{10 + i % 5}", "17:00", "08:00", "15:00"] for i, p in enumerate(_g)]}],
  expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
  note="宛先 tsubasa-sytem.jp は取引先の類似（s が欠落）、12名の勤怠 CSV つき")

# 052 類似ドメイン（別 TLD: kawasaki-denki.com）
M(charset="utf-8", sender=frm("domeki"),
  to=["真壁様 <makabe@kawasaki-denki.com>"],
  subject="研究棟 警備開始日のご確認",
  body=f"""真壁様

お世話になっております。百目鬼です。
研究棟の警備業務は、6月1日（月）8:00開始で準備を進めております。
前日（5/31）に機械警備のセンサー試験を行いたいのですが、立会いは可能でしょうか。

{sig("domeki", 2)}""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="宛先 kawasaki-denki.com は取引先 kawasaki-denki.co.jp の TLD 違い")

# 053 類似ドメイン（co. の脱落: midori-ginko.jp）
M(charset="iso-2022-jp", sender=frm("takanashi"),
  to=["法人営業部 <hojin-eigyo@midori-ginko.jp>"],
  subject="給与振込データの送信日程について",
  body=f"""みどり銀行 法人営業部 御中

日の出産業 警備事業部 総務課の小鳥遊です。
5月分の給与振込データは、5月21日（木）15時までに伝送いたします。
振込指定日は25日（月）です。伝送件数は前月と同程度（約180件）の見込みです。

{sig("takanashi")}""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="宛先 midori-ginko.jp は取引先 midori-ginko.co.jp の類似（co. の脱落）")

# 054 給与振込口座の一覧（みどり銀行の正規ドメイン）
_g = P[30:38]
M(charset="shift_jis", sender=frm("takanashi"),
  to=["法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
  subject="新規振込先の事前登録（警備職 新任者）",
  body=f"""みどり銀行 法人営業部 御中

小鳥遊です。4月入社の新任隊員の給与振込先を事前登録いただきたく、一覧をお送りします。

{sig("takanashi", 2)}""",
  attachments=[{"kind": "csv", "name": "furikomisaki_shinnin.csv", "encoding": "cp932",
                "rows": [["受取人名(ｶﾅ)", "銀行コード", "銀行名", "支店コード", "支店名", "種目", "口座番号"]] + [
                    [p["kana"], p["bank"][1], p["bank"][0], p["bank"][3], p["bank"][2], "普通", p["acct"]] for p in _g]}],
  expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
  note="8名の給与振込口座の CSV を社外へ")

# 055 請求書（会社の口座・登録番号）
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["矢萩様 <yahagi@midori-ginko.co.jp>"],
  subject="4月分 施設警備業務委託料のご請求",
  body=f"""みどり銀行 関内支店
総務ご担当　矢萩様

お世話になっております。日の出産業の百目鬼です。
4月分の施設警備業務委託料のご請求書をお送りいたします。

　請求書番号：INV-K-2604-0117
　ご請求金額：1,023,000円（税込）
　お支払期限：5月31日
　お振込先：みどり銀行 横浜中央支店 普通 1184520 ニチノデサンギヨウ（カ
　適格請求書発行事業者登録番号：T2020001047763

よろしくお願いいたします。

{sig("domeki", 1)}""",
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="請求書: 会社の振込口座と登録番号のみ")

# 056 同形異字（キリル文字 о）の IDN ドメイン
M(charset="utf-8", sender=frm("minase"),
  to=["物流センター 総務 <somu-lc@xn--kitaguni-fds-egka.co.jp>"],
  subject="夏季休業中の警備体制",
  body=f"""北国フーズ 物流センター 総務ご担当者様

水無瀬です。8/13〜16の夏季休業中は、日勤2名・夜勤2名の体制とし、
搬入口は閉鎖、通用門のみで入構管理いたします。
休業中の緊急連絡先（御社側）をお知らせいただけますでしょうか。

{sig("minase")}""",
  expect="stop", entities=[], detectors=["lookalike_domain"],
  note="宛先は kitaguni-foods.co.jp のキリル文字 о を使った同形異字ドメイン（punycode）")

# 057 類似ドメイン（nishiki-insatu.co.jp）＋ 身分証印刷データ
_g = P[12:18]
M(charset="iso-2022-jp", sender=frm("takanashi"),
  to=["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
  subject="警備員証（身分証明書）印刷のお願い 6名分",
  body=f"""錦印刷株式会社 営業部 御中

日の出産業 総務課の小鳥遊です。
警備員証（警備業法第23条の身分証明書）の印刷を6名分お願いします。
顔写真は別途データ便でお送りします。

""" + "\n".join(f"{p['emp']} / {p['name']} / {p['kana']} / {slash(p['dob'])}" for p in _g) + f"""

前回と同じレイアウトでお願いします。

{sig("takanashi", 2)}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
  detectors=["lookalike_domain", "personal_data"],
  note="宛先 nishiki-insatu.co.jp は取引先の類似（s の欠落）、6名の生年月日つき")

# 058 ZIP（暗号化なし）に CSV と DOCX: 身分証の印刷データ
_g = P[18:25]
M(charset="shift_jis", sender=frm("takanashi"),
  to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
  subject="Re: 警備員証 印刷データ（7名）",
  body=f"""錦印刷 営業部 御中

小鳥遊です。先ほどは失礼しました（宛先を誤っておりました）。
改めて、警備員証7名分の印刷データをZIPでお送りします。
中にCSV（氏名・生年月日・社員番号）と、レイアウト指示書（Word）が入っています。

{sig("takanashi", 2)}""",
  attachments=[{"kind": "zip", "name": "keibiinsho_data.zip",
                "files": [{"kind": "csv", "name": "keibiinsho.csv", "encoding": "utf-8",
                           "rows": [["社員番号", "氏名", "フリガナ", "生年月日", "発行日"]] + [
                               [p["emp"], p["name"], p["kana"], iso(p["dob"]), "2026-05-01"] for p in _g]},
                          {"kind": "docx", "name": "レイアウト指示.docx",
                           "paragraphs": ["警備員証 レイアウト指示", "表面：社名ロゴ、氏名、顔写真、社員番号",
                                          "裏面：認定番号、本社所在地、発行日"]},
                          {"kind": "png", "name": "logo.png"}]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="暗号化なし ZIP の中の CSV に7名の生年月日")

# 059 名刺の印刷（自社社員1名）
M(charset="utf-8", sender=frm("takanashi"),
  to=["eigyo@nishiki-insatsu.co.jp"],
  subject="名刺印刷のお願い（1名）",
  body=f"""錦印刷 営業部 御中

小鳥遊です。名刺を1名分（100枚）お願いします。

　日の出産業株式会社 警備事業部
　現場統括　上泉 剛志（かみいずみ つよし）
　TEL 045-662-7154　携帯 080-5521-3307
　kamiizumi.tsuyoshi@hinode-sangyo.co.jp

デザインは前回の五百旗頭の名刺と同じでお願いします。

{sig("takanashi", 4)}""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
  note="自社社員1名の名刺の記載内容: 1名分の連絡先は通す（警告可）")

# 060 本文冒頭に「極秘」
M(charset="iso-2022-jp", sender=frm("shoji"),
  to=["早乙女様 <saotome.risa@sakura-hotel.jp>"],
  subject="VIP来館時の警備計画（案）",
  body=f"""【極秘】

さくらホテル 総務部　早乙女様

東海林でございます。6月12日の要人ご来館に伴う警備計画（案）をお送りします。

　到着：地下2階 VIP専用車寄せ（一般車両は15:00〜17:00 進入禁止）
　動線：専用エレベーター（4号機）→ 18階 貴賓室
　配置：私服隊員4名、地下車寄せ2名、18階EVホール2名
　警察との連絡：所轄警備課と当日14:00に最終打合せ

取扱いには十分ご注意ください。

{sig("shoji")}""",
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="本文に「【極秘】」のスタンプ")
# 061 「機密文書」の単なる言及
M(charset="shift_jis", sender=frm("domeki"),
  to=["長谷部 <hasebe.satoshi@shinonome-bm.co.jp>"],
  subject="テナント様の機密文書廃棄作業に伴う立会い警備",
  body=f"""長谷部様

百目鬼です。
7階テナント様の機密文書廃棄（溶解処理業者による搬出）について、
搬出経路の立会い警備を1名追加でご用意できます。

　日時：5月16日（土）9:00〜12:00
　料金：臨時警備 1名 半日 16,500円（税別）

機密保持の観点から、搬出経路は貨物用エレベーターのみとし、
荷捌き場での積込みまで隊員が同行いたします。

{sig("domeki", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="「機密文書」は業務の話題: 文書への機密表示ではない")

# 062 件名に【取扱注意】
M(charset="iso-2022-jp", sender=frm("kamiizumi"),
  to=["トーカイガード 配車係 <haisha@tokai-guard.co.jp>"],
  subject="【取扱注意】北国フーズ物流センター 巡回ルートと鍵管理表",
  body=f"""トーカイガード 配車係 御中

上泉です。来週から夜間巡回の一部をお願いするにあたり、巡回ルートと鍵の保管場所をお送りします。

　巡回ルート：守衛所 → 冷凍倉庫A → 冷凍倉庫B → 事務棟 → 搬入口 → 守衛所
　鍵：守衛所キーボックス（暗証番号は当日口頭でお伝えします）
　警報解除：事務棟通用口の操作盤、解除後は必ず守衛所へ連絡

取扱いにはご注意ください。

{sig("kamiizumi", 4)}""",
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="件名の【取扱注意】は機密区分の表示")

# 063 社内のみ「社外秘」
M(charset="utf-8", sender=frm("shoji"),
  to=["警備事業部 課長会 <keibi-kachokai@hinode-sangyo.co.jp>"],
  subject="【社外秘】2026年度 料金改定案",
  body=f"""課長各位

東海林です。【社外秘】
最低賃金の改定を受け、2026年10月からの料金改定案をまとめました。

　施設警備（常駐）　現行 2,850円/h → 改定案 3,050円/h
　交通誘導（日勤）　現行 22,000円/日 → 改定案 23,500円/日
　臨時警備（半日）　現行 15,000円 → 改定案 16,500円

顧客への説明は7月の定例訪問から。各課の意見を来週の課長会で伺います。

東海林
""",
  expect="pass", entities=[], detectors=[],
  note="社外秘の表示があるが宛先は社内のみ")

# 064 英語 PDF（ページヘッダーに CONFIDENTIAL）
M(charset="utf-8", sender=frm("domeki"),
  to=["grace.lim@harbourline-hotels.com"],
  subject="Site security assessment — Harbourline Yokohama",
  body=f"""Dear Ms. Lim,

Please find attached our site security assessment for Harbourline Yokohama,
covering entrances, CCTV blind spots and the loading dock.

We would appreciate your comments by Friday.

Best regards,
{sig("domeki", 3)}""",
  attachments=[{"kind": "pdf", "name": "Harbourline_Yokohama_Security_Assessment.pdf",
                "page_header": "CONFIDENTIAL", "title": "Security Assessment",
                "lines": ["Site Security Assessment — Harbourline Yokohama", "",
                          "1. Entrances: the staff entrance on B1 has no card reader.",
                          "2. CCTV: two blind spots in the car park (levels B2, B3).",
                          "3. Loading dock: shutter left open during deliveries (avg. 45 min).",
                          "4. Recommendation: add two cameras and a card reader; staff the dock 06:00-10:00."]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="PDF の各ページのヘッダーに CONFIDENTIAL")

# 065 PPTX（フッターに「部外秘」）
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["長谷部 <hasebe.satoshi@shinonome-bm.co.jp>"],
  subject="警備体制見直し案（次回定例会資料）",
  body=f"""長谷部様

百目鬼です。次回の定例会でご説明する警備体制の見直し案を、事前にお送りします。
防災センターの夜間人員を1名減らし、機械警備の発報対応に切り替える内容です。

{sig("domeki", 2)}""",
  attachments=[{"kind": "pptx", "name": "警備体制見直し案.pptx", "page_footer": "部外秘",
                "slides": [["東雲スクエアタワー 警備体制見直し案", "2026年5月 定例会資料"],
                           ["現状", "夜間 防災センター3名＋巡回1名", "発報件数 月平均4件"],
                           ["見直し案", "夜間 防災センター2名＋巡回1名", "機械警備（遠隔監視）を追加"],
                           ["効果", "月額 約38万円の削減"]]}],
  expect="stop", entities=[], detectors=["confidential_marking"],
  note="PPTX のスライドフッターに「部外秘」")

# 066 メール添付（.eml）で社内の配置変更を転送 ＋ 類似ドメイン（ハイフンとドット）
_g = Q[0:6]
_inner = {"charset": "iso-2022-jp", "sender": frm("minase"),
          "to": ["上泉 剛志 <kamiizumi.tsuyoshi@hinode-sangyo.co.jp>"],
          "subject": "青葉運輸 厚木営業所 構内警備 配置変更",
          "body": "上泉さん\n\n厚木営業所の配置を以下に変更します。\n\n" + "\n".join(
              f"{p['name']}　{p['mobile']}　{['日勤', '夜勤'][i % 2]}　{p['addr']}" for i, p in enumerate(_g))
                  + "\n\n水無瀬\n"}
M(charset="utf-8", sender=frm("kamiizumi"),
  to=["厚木営業所 所長 <atsugi@aoba-unyu-co.jp>"],
  subject="FW: 構内警備 配置変更",
  body=f"""青葉運輸 厚木営業所
所長様

上泉です。来月からの配置変更について、社内連絡のメールを添付で転送します。
各隊員の連絡先も記載しておりますので、構内の緊急連絡網にお使いください。

{sig("kamiizumi", 4)}""",
  attachments=[{"kind": "eml", "name": "配置変更.eml", "message": _inner}],
  expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
  detectors=["lookalike_domain", "personal_data"],
  note="宛先 aoba-unyu-co.jp は aoba-unyu.co.jp のドット→ハイフン、添付メールに6名の携帯・住所")

# 067 メール添付（.eml）: 顧客からの見積依頼を参考送付（個人データなし）
_inner = {"charset": "shift_jis", "sender": "青葉運輸 厚木営業所 <atsugi@aoba-unyu.co.jp>",
          "to": ["百目鬼 卓也 <domeki.takuya@hinode-sangyo.co.jp>"],
          "subject": "海老名センター 構内警備のお見積り依頼",
          "body": "日の出産業 百目鬼様\n\n海老名センター開設に伴い、構内警備のお見積りをお願いします。\n"
                  "・24時間 守衛所1名\n・夜間巡回 1名（22時〜6時）\n・開始 9月1日\n\n青葉運輸 厚木営業所\n"}
M(charset="shift_jis", sender=frm("domeki"),
  to=["海老名センター 開設準備室 <ebina-junbi@aoba-unyu.co.jp>"],
  subject="FW: 海老名センター 構内警備のお見積り依頼",
  body=f"""開設準備室 御中

日の出産業の百目鬼です。
厚木営業所様からいただいたお見積り依頼を添付で転送いたします。
開設準備室様が窓口になられると伺いましたので、今後はこちらにご連絡いたします。
見積書は来週中にお送りします。

{sig("domeki", 2)}""",
  attachments=[{"kind": "eml", "name": "見積依頼.eml", "message": _inner}],
  expect="pass", entities=[], detectors=[],
  note="同じ顧客の見積依頼メールを添付転送: 個人データなし")

# 068 全角数字・和暦で傷害保険の加入者名簿
_g = P[60:66]
_rows = "\n".join(f"{p['name']}　　{wareki(*p['dob'], style='zen')}　　{zen(p['mobile'], '−')}　　{p['addr']}" for p in _g)
M(charset="iso-2022-jp", sender=frm("takanashi"),
  to=["小此木様 <okonogi@aozora-sonpo.co.jp>"],
  subject="団体傷害保険 加入者追加（臨時警備員）",
  body=f"""あおぞら損害保険　小此木様

小鳥遊です。夏季イベント用に雇用する臨時警備員の団体傷害保険への追加加入をお願いします。
加入期間は7月1日〜8月31日です。

氏名　　　　生年月日　　　　　　　電話　　　　　　　　住所
――――――――――――――――――――――――――――――――――――――
{_rows}

よろしくお願いいたします。

{sig("takanashi", 1)}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="全角数字・和暦で6名の生年月日・電話・住所")

# 069 1名の障害（配置上の配慮）
_p = Q[35]
M(charset="utf-8", sender=frm("minase"),
  to=["港南学院大学 管財課 <kanzai@konan-gakuin.ac.jp>"],
  subject="図書館棟 受付ポストの配置について",
  body=f"""管財課 ご担当者様

水無瀬です。図書館棟の受付ポストについてご相談です。

当該ポストに配置予定の{_p["name"]}（{_p["age"]}歳）は、聴覚障害（身体障害者手帳 4級）があり、
補聴器を使用しております。受付での対面対応は問題ありませんが、館内放送や電話の聞き取りに
支障がありますので、内線電話の代わりに館内チャットをお使いいただけないでしょうか。

{sig("minase")}""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="氏名の分かる1名の障害を社外へ: 要配慮個人情報")

# 070 犯罪被害（隊員が暴行を受けた）
_p = P[42]
M(charset="iso-2022-jp", sender=frm("shoji"),
  to=["長谷部 <hasebe.satoshi@shinonome-bm.co.jp>"],
  cc=["shoji.isamu@hinode-sangyo.co.jp"],
  subject="【事故報告】1階エントランスでの暴行事案について",
  body=f"""東雲ビルマネジメント株式会社
長谷部様

東海林です。昨日の事案について第一報をお送りします。

　日時：5月8日（金）21:35頃
　場所：1階エントランス（風除室）
　概要：閉館後に入館しようとした男性を当社隊員 {_p["name"]} が制止したところ、
　　　　男性に顔面を殴打されました。男性はその場で駆け付けた警察官に引き渡しています。
　被害：{_p["name"]} は鼻骨骨折（全治4週間）と診断され、本日、被害届を提出しました。

防犯カメラ映像の提出について、警察から御社にご依頼が行くかと存じます。
ご対応のほどよろしくお願いいたします。

{sig("shoji", 1)}""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="氏名の分かる隊員1名が犯罪被害者であること・負傷内容: 要配慮個人情報")

# 071 1名の信仰（シフト配慮）
M(charset="utf-8", sender=frm("minase"),
  to=["早乙女様 <saotome.risa@sakura-hotel.jp>"],
  subject="金曜日の昼のシフトについてご相談",
  body=f"""早乙女様

水無瀬です。ご相談がございます。

来月から本館に配置するアフマド・ラフマン（Ahmad Rahman）さんはイスラム教徒で、
金曜日の正午から1時間ほど礼拝のための休憩を取らせたいと考えています。
その時間帯は別の隊員が本館ロビーを兼務いたしますので、警備上の空白は生じません。
また、社員食堂のメニューで豚肉を使わないものがあるかも教えていただけますと助かります。

{sig("minase", 4)}""",
  expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="氏名の分かる1名の信仰（宗教）を顧客へ: 要配慮個人情報")

# 072 社外2社（ホテル＋印刷会社）
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["早乙女様 <saotome.risa@sakura-hotel.jp>"],
  cc=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
  subject="株主懇親会 誘導看板の件",
  body=f"""早乙女様
（cc：錦印刷 営業部様）

百目鬼です。株主懇親会の誘導看板（A1サイズ 6枚）は錦印刷様にお願いすることになりました。
設置位置の図面を錦印刷様へ直接お送りいただけますでしょうか。
納品は6月19日（金）15時、搬入口でお願いします。

{sig("domeki", 2)}""",
  expect="pass", entities=[], detectors=["multiple_external_domains"],
  note="社外2社の三者連絡: 通常業務")

# 073 自社営業所の一覧（事業所情報）
M(charset="shift_jis", sender=frm("domeki"),
  to=["湾岸ロジパーク 総務課 <somu@wangan-logipark.co.jp>"],
  subject="弊社営業所のご案内",
  body=f"""株式会社湾岸ロジパーク
総務課 御中

先日はお時間をいただき、ありがとうございました。日の出産業の百目鬼です。
お問い合わせのあった、弊社警備事業部の営業所一覧をお送りします。
夜間の緊急対処は最寄りの営業所から出動いたします。

営業所　　　住所　　　　　　　　　　　　　　　　　　代表電話
本社　　　　横浜市中区山下町214-3 日の出ビル5F　　045-662-7150
川崎　　　　川崎市川崎区駅前本町11-2 　　　　　　 044-211-8830
厚木　　　　厚木市中町2-6-10　　　　　　　　　　　046-225-4417
藤沢　　　　藤沢市藤沢496 藤沢第一ビル3F 　　　　0466-24-9902
町田　　　　東京都町田市原町田4-1-14　　　　　　 042-728-6651

{sig("domeki", 2)}""",
  expect="pass", entities=[], detectors=[],
  note="営業所（事業所）の住所・代表電話の一覧: 人の一覧ではない")

# 074 顧客施設の一覧（配送先）
M(charset="utf-8", sender=frm("takanashi"),
  to=["蒲生 <gamo@yamabuki-uniform.co.jp>"],
  subject="冬服の配送先（現場直送分）",
  body=f"""蒲生様

小鳥遊です。冬服のうち、現場に直接お届けいただく分の配送先です。
いずれも防災センター（警備室）宛てでお願いします。

1. 東雲スクエアタワー 防災センター　〒135-0062 東京都江東区東雲1-9-41　03-5534-2210（代表）
2. さくらホテル横浜 警備室　〒231-0002 横浜市中区海岸通3-12　045-201-8800（代表）
3. 川崎電機 川崎工場 守衛所　〒210-0858 川崎市川崎区大川町8-1　044-344-1100（代表）
4. 横浜南総合病院 防災センター　〒232-0024 横浜市南区浦舟町4-57　045-261-5656（代表）
5. 北国フーズ 物流センター 守衛所　〒236-0003 横浜市金沢区幸浦2-18　045-785-3300（代表）
6. 港南学院大学 警備員室　〒233-0013 横浜市港南区丸山台1-2-1　045-846-1500（代表）

{sig("takanashi")}""",
  expect="pass", entities=[], detectors=[],
  note="顧客施設の住所・代表電話の一覧: 事業所であって人ではない")

# 075 隊員コードだけのシフト表（判断が分かれる）
M(charset="iso-2022-jp", sender=frm("minase"),
  to=["トーカイガード 配車係 <haisha@tokai-guard.co.jp>"],
  subject="6月 応援シフト（コード表記）",
  body=f"""トーカイガード 配車係 御中

水無瀬です。6月の応援シフトをお送りします。隊員はコードで表記しています。

日付　　 日勤(8-17)　　　夜勤(17-8)
6/1(月)　HS-014, HS-022　TG-03
6/2(火)　HS-014, HS-031　TG-03, TG-07
6/3(水)　HS-022, HS-031　TG-07
6/4(木)　HS-009, HS-014　TG-03
6/5(金)　HS-009, HS-022　TG-05, TG-07

TG-xx は御社の隊員様です。ご確認ください。

{sig("minase", 2)}""",
  expect="either", entities=[], detectors=[],
  note="氏名のない隊員コードと勤務日のみ: 個人の記録と見るか判断が分かれる")

# 076 返信（-----Original Message----- の下に相手の一覧）
_q = "\n".join(f"{p['name']}　基礎年金番号 {2950 + i * 37}-{p['acct'][:6]}　手続：{['完了', '完了', '書類待ち', '完了', '書類待ち'][i]}"
               for i, p in enumerate(P[5:10]))
M(charset="shift_jis", sender=frm("iokibe"),
  to=["iwashimizu@kamome-sr.jp"],
  subject="RE: 4月入社者 手続き状況のご報告",
  body=f"""岩清水様

五百旗頭です。ご報告ありがとうございます。
書類待ちの2名については、本人に確認し今週中に不足書類を郵送いたします。

{sig("iokibe", 2)}
-----Original Message-----
From: 岩清水 <iwashimizu@kamome-sr.jp>
Sent: Monday, April 20, 2026 9:41 AM
To: 五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>
Subject: 4月入社者 手続き状況のご報告

五百旗頭様

4月入社の方の資格取得手続きの状況です。
{_q}

かもめ社会保険労務士法人 岩清水""",
  expect="pass", entities=[], detectors=[],
  note="個人データは相手のメールの引用（Original Message 以下）のみ")

# 077 English reply with quoted list ("On … wrote:")
_q = "\n".join(f"> {n} ({r}) - mobile +65 {9000 + i * 137} {4100 + i * 59}" for i, (n, r) in enumerate(
    [("Grace Lim", "Regional Security"), ("Arjun Menon", "Front Office"), ("Chloe Tan", "Engineering"),
     ("Marcus Wee", "Duty Manager"), ("Ivy Koh", "HR")]))
M(charset="utf-8", sender=frm("domeki"),
  to=["grace.lim@harbourline-hotels.com"],
  subject="Re: Hotel-side contacts for the opening week",
  body=f"""Dear Grace,

Thank you, well received. We will add these contacts to our site instructions
and brief the night team accordingly.

Best regards,
Takuya Domeki

On Tue, Apr 28, 2026 at 4:12 PM Grace Lim <grace.lim@harbourline-hotels.com> wrote:
> Dear Mr. Domeki,
> Below are our contacts for the opening week:
{_q}
> Regards, Grace""",
  expect="pass", entities=[], detectors=[],
  note="英語の返信: 一覧は相手のメールの引用のみ")

# 078 定例会議事録（日本語の免責文つき）
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["真壁 <makabe@kawasaki-denki.co.jp>"],
  subject="5月度 警備定例会 議事録",
  body=f"""真壁様

お世話になっております。百目鬼です。
本日の定例会の議事録をお送りします。

1. 4月の実績：巡回 360回、異常なし。正門の来訪者受付 1,284件。
2. 研究棟の警備開始（6/1）に向けた準備状況：センサー試験 5/31 実施予定。
3. 御社からのご要望：朝の通勤時間帯（7:30〜8:30）の正門の混雑緩和
   → 誘導員を1名追加する方向で見積りを提出します。
4. 次回：6月18日（木）15:00〜

以上、ご確認のほどお願いいたします。

{sig("domeki", 1)}{DISC_JA}""",
  expect="pass", entities=[], detectors=[],
  note="通常の議事録と定型の免責文: 機密表示ではない")

# 079 氏名列のない一覧（生年月日・住所・携帯）
_g = Q[1:7]
M(charset="utf-8", sender=frm("minase"),
  to=["真壁 <makabe@kawasaki-denki.co.jp>"],
  subject="研究棟 入構許可申請（隊員情報）",
  body=f"""真壁様

水無瀬です。研究棟の入構許可申請に必要な隊員情報です。
氏名は御社の申請システムに別途入力済みですので、申請番号順に記載しています。

申請番号,生年月日,現住所,携帯電話
""" + "\n".join(f"KD-2605-{31 + i:03d},{slash(p['dob'])},{p['addr']},{p['mobile']}" for i, p in enumerate(_g)) + f"""

{sig("minase")}""",
  expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
  note="氏名列はないが6名分の生年月日・住所・携帯の一覧")

# 080 現場の配置図（PNG）
M(charset="shift_jis", sender=frm("kamiizumi"),
  to=["三ツ矢 <mitsuya@kohoku-kensetsu.co.jp>"],
  subject="第2工区 誘導員の配置図",
  body=f"""三ツ矢様

上泉です。第2工区の誘導員配置図（画像）をお送りします。
①〜④が誘導員の立ち位置、Ａ・Ｂが看板の設置位置です。

{sig("kamiizumi", 4)}""",
  attachments=[{"kind": "png", "name": "haichizu_2kouku.png"}],
  expect="pass", entities=[], detectors=[],
  note="配置図の画像: 個人データなし")
# 081 巡回チェックポイントの CSV
M(charset="iso-2022-jp", sender=frm("kamiizumi"),
  to=["長谷部 <hasebe.satoshi@shinonome-bm.co.jp>"],
  subject="巡回チェックポイントの登録データ",
  body=f"""長谷部様

上泉です。巡回記録システムに登録するチェックポイントの一覧をCSVでお送りします。
NFCタグの貼付位置は、前回の立会いでご確認いただいたとおりです。

{sig("kamiizumi", 4)}""",
  attachments=[{"kind": "csv", "name": "checkpoints.csv", "encoding": "cp932",
                "rows": [["ポイントID", "場所", "巡回順", "想定時刻"],
                         ["CP-01", "防災センター前", 1, "22:00"], ["CP-02", "B1 機械室", 2, "22:06"],
                         ["CP-03", "B2 駐車場 東側", 3, "22:14"], ["CP-04", "B2 駐車場 西側", 4, "22:20"],
                         ["CP-05", "1F 荷捌き場", 5, "22:27"], ["CP-06", "屋上 設備ヤード", 6, "22:41"],
                         ["CP-07", "10F 非常階段", 7, "22:50"]]}],
  expect="pass", entities=[], detectors=[],
  note="チェックポイントの CSV: 個人データなし")

# 082 ZIP（暗号化なし）で月次報告
M(charset="utf-8", sender=frm("kamiizumi"),
  to=["saotome.risa@sakura-hotel.jp"],
  subject="4月度 月次報告一式",
  body=f"""早乙女様

上泉です。先日は宛先を誤ったメールをお送りしそうになり、失礼いたしました。
改めて4月度の月次報告一式（報告書PDFと集計表）をZIPでお送りします。

{sig("kamiizumi", 1)}""",
  attachments=[{"kind": "zip", "name": "monthly_report_202604.zip",
                "files": [{"kind": "pdf", "name": "月次警備報告書_202604.pdf",
                           "lines": ["月次警備報告書（2026年4月）", "巡回実施：270回", "防災設備発報：2件（誤報）",
                                     "不審者対応：1件", "拾得物：14件"]},
                          {"kind": "xlsx", "name": "集計表.xlsx",
                           "sheets": {"集計": [["項目", "件数"], ["巡回", 270], ["発報", 2], ["拾得物", 14]]}}]}],
  expect="pass", entities=[], detectors=[],
  note="暗号化なし ZIP の報告書と集計表: 個人データなし")

# 083 料金表 XLSX
M(charset="shift_jis", sender=frm("domeki"),
  to=["湾岸ロジパーク 総務課 <somu@wangan-logipark.co.jp>"],
  subject="警備料金表とお見積りの前提条件",
  body=f"""湾岸ロジパーク 総務課 御中

百目鬼です。弊社の標準料金表をお送りします。
お見積りは現地調査後、正式にご提出いたします。

{sig("domeki", 2)}""",
  attachments=[{"kind": "xlsx", "name": "警備料金表_2026.xlsx",
                "sheets": {"料金表": [["日の出産業株式会社 警備事業部 標準料金表（2026年4月改定）"], [],
                                      ["区分", "単位", "単価（税別）", "備考"],
                                      ["施設警備（常駐）", "1時間", 2850, "検定合格者は+300円"],
                                      ["交通誘導（日勤）", "1日", 22000, "8時間"],
                                      ["交通誘導（夜勤）", "1日", 26000, "8時間"],
                                      ["雑踏警備", "1日", 25000, "検定合格者配置時"],
                                      ["機械警備", "月額", 38000, "センサー10点まで"]],
                           "前提条件": [["交通費は実費"], ["深夜割増 25%"]]}}],
  expect="pass", entities=[], detectors=[],
  note="料金表の XLSX: 個人データなし")

# 084 取引先登録: 認定証の写し PDF と法人番号
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["湾岸ロジパーク 購買部 <kobai@wangan-logipark.co.jp>"],
  subject="取引先登録書類の提出",
  body=f"""株式会社湾岸ロジパーク
購買部 御中

日の出産業の百目鬼です。取引先登録に必要な書類をお送りします。

　・警備業認定証の写し（PDF）
　・会社概要
　法人番号：2020001047763
　適格請求書発行事業者登録番号：T2020001047763

{sig("domeki", 1)}""",
  attachments=[{"kind": "pdf", "name": "ninteisho_copy.pdf",
                "lines": ["認　定　証", "", "認定番号　第45000873号",
                          "氏名又は名称　日の出産業株式会社", "主たる営業所の所在地　神奈川県横浜市中区山下町214-3",
                          "代表者の氏名　代表取締役 日野出 一郎", "有効期間　令和5年8月1日から令和10年7月31日まで",
                          "", "神奈川県公安委員会"]}],
  expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="会社の認定証・法人番号: 個人データなし（代表者名のみ）")

# 085 業務委託契約書（案）DOCX、秘密保持条項
M(charset="utf-8", sender=frm("domeki"),
  to=["kanzai@konan-gakuin.ac.jp"],
  subject="警備業務委託契約書（案）のご確認",
  body=f"""管財課 ご担当者様

百目鬼です。警備業務委託契約書（案）をお送りします。
第12条（秘密保持）は、貴学の個人情報保護規程に合わせて文言を調整しております。
法務ご担当の方にもご確認いただけますと幸いです。

{sig("domeki", 2)}""",
  attachments=[{"kind": "docx", "name": "警備業務委託契約書_案.docx",
                "paragraphs": ["警備業務委託契約書（案）",
                               "学校法人港南学院（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、次のとおり契約を締結する。",
                               "第1条（目的）甲は乙に対し、甲の施設における警備業務を委託する。",
                               "第12条（秘密保持）乙は、本契約の履行により知り得た甲の秘密情報を、甲の書面による承諾なく第三者に開示してはならない。",
                               "第13条（個人情報）乙は、業務上取り扱う学生・教職員の個人情報を適切に管理する。"]}],
  expect="pass", entities=[], detectors=[],
  note="秘密保持条項のある契約書案: 機密表示ではない")

# 086 携帯キャリアの応募者へ返信（本人の経歴を引用）
M(charset="shift_jis", sender=frm("ichinose"),
  to=["sakurada.tm@docomo.ne.jp"],
  subject="Re: 警備員の求人について",
  body=f"""桜田 様

お問い合わせありがとうございます。採用担当の一ノ瀬です。
警備業務の経験がなくても、入社後に新任教育（20時間以上）を行いますのでご安心ください。
一度、会社説明会（毎週水曜 14:00〜）にお越しいただけますでしょうか。

{sig("ichinose", 4)}
> 日の出産業 採用ご担当者様
> 桜田と申します。現在52歳で、先月まで製造業で働いていました。
> 警備の経験はありませんが応募できますでしょうか。
> 連絡先は 090-6613-2948 です。""",
  expect="pass", entities=[], detectors=["freemail_recipient"],
  note="携帯キャリアの個人1名への返信: 本人の情報は引用のみ")

# 087 履歴書 DOCX（1名、持病）を同業者へ紹介
_p = Q[36]
M(charset="iso-2022-jp", sender=frm("ichinose"),
  to=["トーカイガード 採用担当 <saiyo@tokai-guard.co.jp>"],
  subject="応募者のご紹介（厚木エリア希望）",
  body=f"""トーカイガード 採用ご担当者様

日の出産業の一ノ瀬です。
弊社にご応募いただいた方で、厚木エリアでの勤務をご希望の方がいらっしゃいます。
弊社では厚木の募集がないため、ご本人の了承を得て御社にご紹介いたします。
履歴書を添付しますので、ご検討ください。

{sig("ichinose")}""",
  attachments=[{"kind": "docx", "name": "履歴書_応募者.docx",
                "paragraphs": ["履　歴　書", f"氏名：{_p['name']}（{_p['kana']}）",
                               f"生年月日：{wareki(*_p['dob'])}（満{_p['age']}歳）",
                               f"現住所：〒{_p['zip']} {_p['addr']}", f"電話：{_p['mobile']}",
                               "健康状態：持病あり（2型糖尿病、通院・服薬中。夜勤は月4回まで希望）"],
                "tables": [[["年", "月", "学歴・職歴"], ["2010", "4", "株式会社相模精工 入社"],
                            ["2025", "12", "同社 退職"]]]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="1名の履歴書に病歴（持病・通院）: 要配慮個人情報")

# 088 社内（サブドメイン）へ診断書
_p = Q[37]
M(charset="utf-8", sender=frm("ichinose"),
  to=["警備事業部 管理課 <keibi-kanri@keibi.hinode-sangyo.co.jp>"],
  subject="診断書の回収（{}さん）".format(_p["name"].split()[0]),
  body=f"""管理課 各位

一ノ瀬です。{_p["name"]}さんの診断書を回収しましたので、スキャンしたPDFを送ります。
原本は本日、社内便で送ります。警備員名簿への記載をお願いします。

一ノ瀬""",
  attachments=[{"kind": "pdf", "name": "診断書_scan.pdf",
                "lines": ["診断書", f"氏名　{_p['name']}", f"生年月日　{wareki(*_p['dob'])}",
                          "既往歴　気管支喘息（小児期）", "上記の者は、心身の障害により警備業務を適正に行うことができない者ではない。",
                          "令和8年4月2日　さがみ台診療所　医師 湯浅 守"]}],
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
  note="宛先は社内サブドメインのみ: 診断書でも通す")

# 089 社内の同僚へ顧客メールを転送
M(charset="iso-2022-jp", sender=frm("domeki"),
  to=["水無瀬 かおり <minase.kaori@hinode-sangyo.co.jp>"],
  cc=["上泉 剛志 <kamiizumi.tsuyoshi@hinode-sangyo.co.jp>"],
  subject="FW: 研究棟 入構者の事前登録について",
  body=f"""水無瀬さん、上泉さん

百目鬼です。川崎電機さんから下記の依頼が来ています。
来週月曜までに配置予定者の登録をお願いします。

---------- 転送メッセージ ----------
差出人: 真壁 <makabe@kawasaki-denki.co.jp>
送信日時: 2026年5月11日 10:05
宛先: 百目鬼 卓也
件名: 研究棟 入構者の事前登録について

百目鬼様
研究棟の警備に入られる方の事前登録をお願いします。
登録フォーム：社内システム「KD-Gate」（IDは別途お送りします）
必要項目：氏名、生年月日、現住所、携帯番号
川崎電機 総務課 真壁""",
  expect="pass", entities=[], detectors=[],
  note="社内宛ての転送: 個人データなし、宛先も社内のみ")

# 090 年末年始の案内を顧客4社に To で一斉送信
M(charset="shift_jis", sender=frm("domeki"),
  to=["hasebe.satoshi@shinonome-bm.co.jp", "saotome.risa@sakura-hotel.jp",
      "makabe@kawasaki-denki.co.jp", "somu-lc@kitaguni-foods.co.jp"],
  subject="年末年始の警備体制と緊急連絡先のご案内",
  body=f"""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 警備事業部でございます。

年末年始（12月29日〜1月4日）の警備体制および本社窓口の営業について、下記のとおりご案内いたします。

　・各現場の警備は通常どおり実施いたします。
　・本社窓口は12月29日〜1月4日休業いたします。
　・期間中の緊急連絡は、24時間管制センター（045-662-7100）までお願いいたします。

今後ともよろしくお願い申し上げます。

{sig("domeki", 1)}""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="顧客4社を To に並べた一斉送信: Bcc にすべき")

# 091 全員返信で3社目を Cc に追加
M(charset="utf-8", sender=frm("kamiizumi"),
  to=["somu-lc@kitaguni-foods.co.jp"],
  cc=["atsugi@aoba-unyu.co.jp", "gyomu@asahi-security.co.jp"],
  subject="Re: 冷凍倉庫前の車両待機列について",
  body=f"""北国フーズ 物流センター 総務ご担当者様
（cc：青葉運輸 厚木営業所様、旭セキュリティ様）

上泉です。待機列の件、旭セキュリティ様にも夜間応援で入っていただくため、cc に加えました。

6:00〜7:30の搬入ピーク時は、公道上に待機車両が並ばないよう、
構内の第2駐車場を待機場所として開放し、誘導員を1名配置します。
青葉運輸様にはドライバーの皆様への周知をお願いできますでしょうか。

{sig("kamiizumi", 4)}
> 上泉様
> 朝の搬入時に冷凍倉庫前で車両が公道まで並んでしまい、近隣から苦情が出ています。
> 北国フーズ 物流センター""",
  expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
  note="社外3社が To/Cc で互いに見える")

# 092 自治体のイベント担当へ現場責任者1名の携帯
_p = P[43]
M(charset="iso-2022-jp", sender=frm("kamiizumi"),
  to=["みなと区 地域振興課 <chiiki-shinko@city.minato-ku.lg.jp>"],
  subject="みなと花火大会 当日の警備責任者",
  body=f"""みなと区 地域振興課 御中

日の出産業の上泉です。
当日の当社側の警備責任者は{_p["name"]}（警備員指導教育責任者）です。
本部テントに常駐しますが、無線が届かない場合は携帯 {_p["mobile"]} へご連絡ください。

{sig("kamiizumi", 1)}""",
  expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="現場責任者1名の携帯のみ: 通す（警告可）")

# 093 警察へ選任届（指導教育責任者1名）
_p = P[44]
M(charset="shift_jis", sender=frm("iokibe"),
  to=["seian-minatochuo@police.kanagawa-ken.lg.jp"],
  subject="警備員指導教育責任者 選任届出書の事前確認のお願い",
  body=f"""みなと中央警察署 生活安全課 御中

日の出産業の五百旗頭です。
川崎営業所の警備員指導教育責任者の交代に伴う選任届出書の記載内容について、
提出前にご確認いただけますでしょうか。

　選任する者：{_p["name"]}（{_p["kana"]}）
　生年月日：{wareki(*_p["dob"])}
　住所：{_p["addr"]}
　資格者証：警備員指導教育責任者資格者証（2号業務）第{_p["acct"][:5]}号
　選任年月日：令和8年6月1日

添付書類（住民票の写し、誓約書、資格者証の写し）は窓口へ持参いたします。

{sig("iokibe", 1)}""",
  expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
  note="1名の住所・生年月日（届出の事前確認）: 1名分なので通す（警告可）")

# 094 弁護士へ匿名の前科相談（判断が分かれる）
M(charset="iso-2022-jp", sender=frm("ichinose"),
  to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
  subject="欠格事由の該当性についてご相談",
  body=f"""白川先生

いつもお世話になっております。日の出産業 警備事業部の一ノ瀬です。
採用選考中の方について、警備業法の欠格事由に該当するかご相談させてください。

応募者（40代男性、氏名は伏せます）が面接で、6年前に窃盗罪で懲役1年・執行猶予3年の
判決を受けたと自己申告されました。執行猶予期間は満了しています。
警備業法第3条第2号（禁錮以上の刑の執行を終わり…5年を経過しない者）に該当しないと
考えてよいか、ご見解をいただけますでしょうか。

{sig("ichinose")}""",
  expect="either", entities=["SENSITIVE_CATEGORY"], detectors=[],
  note="前科の内容だが氏名は伏せてある（40代男性）: 識別可能かで判断が分かれる")

# 095 受講者本人のカードで受講料を支払う
_c = _card()
_p = Q[38]
M(charset="utf-8", sender=frm("yakushiji"),
  to=["koshu@kanto-keibi-edu.or.jp"],
  subject="受講料のカード決済について（交通誘導2級 特別講習）",
  body=f"""関東警備教育センター 講習受付 御中

日の出産業の薬師寺です。
交通誘導警備業務検定2級の特別講習について、受講者本人が自費で受講料を支払うことになりました。
本人から預かったカード情報をお伝えします。

　受講者：{_p["name"]}
　カード番号：{_c}
　有効期限：11/27
　名義：{_p["ROMA"].upper()}

お手数ですが決済をお願いいたします。

{sig("yakushiji", 2)}""",
  expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
  note="個人のクレジットカード番号を本文で社外へ")

# 096 旅券番号（海外パートナーの連絡要員の入館登録）
M(charset="utf-8", sender=frm("domeki"),
  to=["早乙女様 <saotome.risa@sakura-hotel.jp>"],
  subject="国際会議 海外警備アドバイザーの入館登録",
  body=f"""早乙女様

百目鬼です。10月の国際会議で当社にアドバイザーとして同行する
Pacific Shield社の担当者の入館登録をお願いします。

　氏名：Daniel James FOSTER
　国籍：オーストラリア
　生年月日：1979年3月14日
　旅券番号：PA7730418
　滞在期間：10月12日〜10月18日

{sig("domeki", 2)}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
  note="旅券番号（本人確認書類）を社外へ")

# 097 健康保険証の記号・番号（入院先へ）
_p = P[60]
M(charset="shift_jis", sender=frm("iokibe"),
  to=["横浜港北脳神経外科病院 医事課 <iji@kohoku-nouge.or.jp>"],
  subject="入院中の弊社従業員の保険証情報について",
  body=f"""横浜港北脳神経外科病院
医事課 御中

日の出産業株式会社の五百旗頭でございます。
先日救急搬送で貴院に入院いたしました弊社従業員 {_p["name"]}（{wareki(*_p["dob"])}生）の
健康保険証について、本人が原本を持参できないため、記号・番号をお知らせいたします。

　保険者名：ひので産業健康保険組合
　保険者番号：06140392
　記号：7102　番号：388
　被保険者氏名：{_p["name"]}

原本は本日ご家族が持参いたします。

{sig("iokibe", 1)}""",
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="健康保険証の記号・番号と入院の事実を社外へ")

# 098 新任教育の実施報告（集計のみ）
M(charset="iso-2022-jp", sender=frm("yakushiji"),
  to=["湘南警備業協会 事務局 <jimukyoku@shonan-keibi.or.jp>"],
  subject="教育実施状況調査へのご回答",
  body=f"""湘南警備業協会 事務局 御中

日の出産業の薬師寺です。教育実施状況調査について、以下のとおり回答いたします。

　2025年度 新任教育：受講者 42名（基本教育 10時間以上、業務別教育 10時間以上を全員実施）
　2025年度 現任教育：受講者 186名（年度1回・10時間以上）
　検定合格者：施設2級 9名、交通誘導2級 14名、雑踏2級 3名
　教育担当：警備員指導教育責任者 4名

{sig("yakushiji", 1)}""",
  expect="pass", entities=[], detectors=[],
  note="教育実績の集計値のみ: 個人データなし")

# 099 教育実施記録簿 DOCX（7名）を元請へ
_g = Q[2:9]
M(charset="utf-8", sender=frm("yakushiji"),
  to=["三ツ矢 <mitsuya@kohoku-kensetsu.co.jp>"],
  subject="交通誘導員の教育実施記録（ご依頼分）",
  body=f"""港北建設 三ツ矢様

薬師寺です。ご依頼いただいた、第2工区に配置する誘導員の教育実施記録をお送りします。
直近の現任教育の受講記録と、保有資格を記載しています。

{sig("yakushiji")}""",
  attachments=[{"kind": "docx", "name": "教育実施記録簿_第2工区.docx", "title": "教育実施記録簿",
                "paragraphs": ["教育実施記録簿（抜粋）", "事業者：日の出産業株式会社 警備事業部",
                               "教育責任者：薬師寺 文子"],
                "tables": [[["氏名", "生年月日", "受講日", "教育区分", "時間", "保有資格"]] + [
                    [p["name"], wareki(*p["dob"], style="short"), f"2026/03/{3 + i * 2}", "現任教育", "10h", p["qual"]]
                    for i, p in enumerate(_g)]]}],
  expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
  note="DOCX の表に7名の生年月日と教育記録")

# 100 退職者1名の制服回収先
_p = Q[39]
M(charset="iso-2022-jp", sender=frm("takanashi"),
  to=["蒲生 <gamo@yamabuki-uniform.co.jp>"],
  subject="退職者の制服回収（クリーニング・再利用）",
  body=f"""蒲生様

小鳥遊です。退職者1名の制服一式の回収をお願いします。
ご自宅へ集荷に伺っていただく形で、本人の了承を得ています。

　氏名：{_p["name"]} 様
　集荷先：〒{_p["zip"]} {_p["addr"]}
　電話：{_p["mobile"]}
　内容：夏服上下2組、冬服上下1組、制帽、防寒ジャンパー

{sig("takanashi", 2)}""",
  expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
  note="1名の集荷先住所・電話: 通す（警告可）")
