"""Blind corpus — 日の出産業 情報システム部 and its vendors (its-001 … its-100).

Account migrations, HR master extracts for SaaS, help-desk exports, VPN / sign-in logs,
incident reports, asset ledgers, server inventories, design documents, PPAP, look-alike
domains, English mail with overseas vendors.  All people, numbers and addresses invented.
"""

import json
import random
import unicodedata
from datetime import date, timedelta
from types import SimpleNamespace

from build import card_number, my_number

INT = "hinode-sangyo.co.jp"

# -- invented people ----------------------------------------------------------------------

SEI = [
    ("佐々木", "ササキ", "Sasaki"), ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("鬼頭", "キトウ", "Kito"), ("百目鬼", "ドウメキ", "Domeki"),
    ("栗林", "クリバヤシ", "Kuribayashi"), ("真壁", "マカベ", "Makabe"), ("宍戸", "シシド", "Shishido"),
    ("九十九", "ツクモ", "Tsukumo"), ("相馬", "ソウマ", "Soma"), ("日下部", "クサカベ", "Kusakabe"),
    ("服部", "ハットリ", "Hattori"), ("堤", "ツツミ", "Tsutsumi"), ("芦田", "アシダ", "Ashida"),
    ("南雲", "ナグモ", "Nagumo"), ("蓮見", "ハスミ", "Hasumi"), ("猪瀬", "イノセ", "Inose"),
    ("大和田", "オオワダ", "Owada"), ("濱口", "ハマグチ", "Hamaguchi"), ("若林", "ワカバヤシ", "Wakabayashi"),
    ("樋口", "ヒグチ", "Higuchi"), ("湊", "ミナト", "Minato"), ("羽鳥", "ハトリ", "Hatori"),
    ("水野", "ミズノ", "Mizuno"), ("藤堂", "トウドウ", "Todo"), ("設楽", "シタラ", "Shitara"),
    ("今泉", "イマイズミ", "Imaizumi"), ("鶴見", "ツルミ", "Tsurumi"), ("安齋", "アンザイ", "Anzai"),
    ("笹本", "ササモト", "Sasamoto"), ("柳田", "ヤナギダ", "Yanagida"), ("乙部", "オトベ", "Otobe"),
    ("生田目", "ナマタメ", "Namatame"), ("一ノ瀬", "イチノセ", "Ichinose"), ("山内", "ヤマウチ", "Yamauchi"),
    ("菅原", "スガワラ", "Sugawara"), ("岩渕", "イワブチ", "Iwabuchi"), ("片桐", "カタギリ", "Katagiri"),
    ("古閑", "コガ", "Koga"), ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"),
    ("金城", "キンジョウ", "Kinjo"), ("三ツ矢", "ミツヤ", "Mitsuya"), ("榎本", "エノモト", "Enomoto"),
    ("田頭", "タガシラ", "Tagashira"), ("眞鍋", "マナベ", "Manabe"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("小野寺", "オノデラ", "Onodera"), ("東", "アズマ", "Azuma"),
    ("都築", "ツヅキ", "Tsuzuki"), ("保坂", "ホサカ", "Hosaka"), ("城之内", "ジョウノウチ", "Jonouchi"),
    ("木佐貫", "キサヌキ", "Kisanuki"), ("雨宮", "アメミヤ", "Amemiya"), ("糸川", "イトカワ", "Itokawa"),
    ("長谷部", "ハセベ", "Hasebe"),
]

MEI = [
    ("翔太", "ショウタ", "Shota", "M"), ("美咲", "ミサキ", "Misaki", "F"), ("健一", "ケンイチ", "Kenichi", "M"),
    ("由紀子", "ユキコ", "Yukiko", "F"), ("大輔", "ダイスケ", "Daisuke", "M"), ("彩", "アヤ", "Aya", "F"),
    ("拓海", "タクミ", "Takumi", "M"), ("真由美", "マユミ", "Mayumi", "F"), ("浩二", "コウジ", "Koji", "M"),
    ("千尋", "チヒロ", "Chihiro", "F"), ("優斗", "ユウト", "Yuto", "M"), ("沙織", "サオリ", "Saori", "F"),
    ("隆", "タカシ", "Takashi", "M"), ("恵理", "エリ", "Eri", "F"), ("亮介", "リョウスケ", "Ryosuke", "M"),
    ("奈々", "ナナ", "Nana", "F"), ("修", "オサム", "Osamu", "M"), ("陽菜", "ヒナ", "Hina", "F"),
    ("誠", "マコト", "Makoto", "M"), ("香織", "カオリ", "Kaori", "F"), ("悠真", "ユウマ", "Yuma", "M"),
    ("智子", "トモコ", "Tomoko", "F"), ("聡", "サトシ", "Satoshi", "M"), ("芽衣", "メイ", "Mei", "F"),
    ("勇気", "ユウキ", "Yuki", "M"), ("律子", "リツコ", "Ritsuko", "F"), ("直樹", "ナオキ", "Naoki", "M"),
    ("舞", "マイ", "Mai", "F"), ("桃子", "モモコ", "Momoko", "F"), ("昌平", "ショウヘイ", "Shohei", "M"),
    ("久美子", "クミコ", "Kumiko", "F"), ("蓮", "レン", "Ren", "M"), ("結衣", "ユイ", "Yui", "F"),
    ("哲也", "テツヤ", "Tetsuya", "M"), ("静香", "シズカ", "Shizuka", "F"), ("康弘", "ヤスヒロ", "Yasuhiro", "M"),
    ("綾乃", "アヤノ", "Ayano", "F"), ("忠", "タダシ", "Tadashi", "M"), ("夏美", "ナツミ", "Natsumi", "F"),
    ("圭吾", "ケイゴ", "Keigo", "M"),
]

DEPTS = ["営業部", "経理部", "総務部", "人事部", "製造管理部", "物流部", "品質保証部", "経営企画部",
         "購買部", "東日本営業部", "西日本営業部", "法務部", "技術開発部", "カスタマーサポート部"]

TOWNS = [
    ("185-0012", "東京都国分寺市本町"), ("330-0846", "埼玉県さいたま市大宮区大門町"),
    ("251-0052", "神奈川県藤沢市藤沢"), ("273-0005", "千葉県船橋市本町"), ("194-0013", "東京都町田市原町田"),
    ("222-0033", "神奈川県横浜市港北区新横浜"), ("343-0845", "埼玉県越谷市南越谷"),
    ("135-0016", "東京都江東区東陽"), ("179-0074", "東京都練馬区春日町"), ("206-0033", "東京都多摩市落合"),
    ("260-0015", "千葉県千葉市中央区富士見"), ("210-0007", "神奈川県川崎市川崎区駅前本町"),
    ("300-1207", "茨城県牛久市ひたち野東"), ("359-1111", "埼玉県所沢市緑町"), ("182-0022", "東京都調布市国領町"),
    ("532-0011", "大阪府大阪市淀川区西中島"), ("564-0051", "大阪府吹田市豊津町"), ("663-8204", "兵庫県西宮市高松町"),
    ("461-0005", "愛知県名古屋市東区東桜"), ("980-0811", "宮城県仙台市青葉区一番町"),
]
BUILDINGS = ["", "", "", " メゾン本町203", " コーポ緑302", " グランシティ1105", " ハイツ若葉101",
             " パークハウス805", " サンライズ壱番館402"]


def fw(s, hyphen="－"):
    """Full-width digits / letters / punctuation (ISO-2022-JP mail: hyphen="−")."""
    out = []
    for ch in s:
        if ch == "-":
            out.append(hyphen)
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def wareki(d, style="kanji"):
    if d >= date(2019, 5, 1):
        era, e, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    else:
        era, e, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{e}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{e}{y}.{d.month}.{d.day}")
    if style == "slash":
        return f"{e}{y:02d}/{d.month:02d}/{d.day:02d}"
    if style == "kanji_fw":
        return f"{era}{fw(str(y))}年{fw(str(d.month))}月{fw(str(d.day))}日"
    raise ValueError(style)


def staff(seed, n):
    """n invented employees (deterministic per seed)."""
    rng = random.Random(f"itops-{seed}")
    seis = rng.sample(SEI, n) if n <= len(SEI) else [rng.choice(SEI) for _ in range(n)]
    people = []
    for i in range(n):
        s, sk, sr = seis[i]
        g, gk, gr, sex = rng.choice(MEI)
        dob = date(rng.randint(1964, 2002), rng.randint(1, 12), rng.randint(1, 28))
        hire = date(max(dob.year + 22, 1987) + rng.randint(0, 6), rng.choice([4, 4, 4, 7, 10]), 1)
        if hire.year > 2026:
            hire = date(2026, 4, 1)
        z, town = rng.choice(TOWNS)
        people.append(SimpleNamespace(
            sei=s, mei=g, sei_k=sk, mei_k=gk, sei_r=sr, mei_r=gr, sex=sex,
            name=f"{s} {g}", name_nosp=f"{s}{g}", kana=f"{sk} {gk}", roma=f"{gr} {sr}",
            ROMA=f"{sr.upper()} {gr.upper()}",
            emp=str(rng.randint(100000, 289999)),
            dept=rng.choice(DEPTS),
            mail_dot=f"{gr.lower()}.{sr.lower()}@{INT}",
            mail_init=f"{gr[0].lower()}-{sr.lower()}@{INT}",
            mail_old=f"{sr.lower()}{gr[0].lower()}@{INT}",
            mobile=f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            ext=str(rng.randint(2100, 7899)),
            dob=dob, hire=hire,
            zip=z, addr=f"{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
                         f"{rng.choice(BUILDINGS)}",
            ip=f"{rng.choice(['203.0.113', '198.51.100', '192.0.2'])}.{rng.randint(2, 250)}",
            rng=rng,
        ))
    return people


def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def padtable(rows, sep="  ", rule="-"):
    """Columns padded with ASCII spaces under a header and a rule."""
    widths = [max(w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append(sep.join(str(c) + " " * (widths[i] - w(c)) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            lines.append(sep.join(rule * widths[i] for i in range(len(widths))))
    return "\n".join(lines)


def fwtable(rows, sep="　"):
    """Columns padded with full-width spaces (cells assumed full-width)."""
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(sep.join(str(c) + "　" * (widths[i] - len(str(c))) for i, c in enumerate(r)).rstrip("　")
                     for r in rows)


def corp_number(base12):
    """13-digit 法人番号 (check digit first)."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - total % 9) + base12


# -- signatures -----------------------------------------------------------------------------

SIG_KAWAI = """
──────────────────────────
日の出産業株式会社 情報システム部 インフラ課
河合 俊介（かわい しゅんすけ）
〒103-0027 東京都中央区日本橋3-8-12 日の出ビル7F
TEL 03-5201-4410（代表） 内線 7312
Mail s-kawai@hinode-sangyo.co.jp
──────────────────────────"""

SIG_SAOTOME = """
--
早乙女 玲奈 / Rena Saotome
日の出産業株式会社 情報システム部 業務システム課
TEL: 03-5201-4410 / FAX: 03-5201-4419
r-saotome@hinode-sangyo.co.jp"""

SIG_OKONOGI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　情報システム部
ITサービスデスク　小此木 達也
内線：7400　外線：03-5201-4430（直通）
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_NIWA = """
丹羽 さやか
情報システム部 情報セキュリティ推進室
日の出産業株式会社
Tel 03-5201-4410 (ext. 7350)"""

SIG_KIRYU = """
-----------------------------------------
日の出産業株式会社
情報システム部 部長　桐生 正和
〒103-0027 東京都中央区日本橋3-8-12
TEL：03-5201-4410
-----------------------------------------"""

SIG_ETO = """
江藤 純＠日の出産業 情シス（内線7321）"""

SIG_MORISHITA = """
Best regards,

Kenta Morishita
IT Infrastructure, Information Systems Dept.
Hinode Sangyo Co., Ltd.
3-8-12 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4410"""

SIG_OSAKA = """
****************************************
日の出産業株式会社 大阪支店 情報システム担当
鴨志田 亘（かもしだ わたる）
〒530-0001 大阪府大阪市北区梅田2-5-8 梅田フロントビル9F
TEL 06-6345-2210 / FAX 06-6345-2219
****************************************"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential
information intended solely for the addressee. If you have received this e-mail in
error, please notify the sender immediately and delete it. Any unauthorised use,
disclosure or copying is prohibited."""

S_KAWAI = "河合 俊介 <s-kawai@hinode-sangyo.co.jp>"
S_SAOTOME = "早乙女 玲奈 <r-saotome@hinode-sangyo.co.jp>"
S_OKONOGI = "小此木 達也 <t-okonogi@hinode-sangyo.co.jp>"
S_NIWA = "丹羽 さやか <s-niwa@hinode-sangyo.co.jp>"
S_KIRYU = "桐生 正和 <m-kiryu@hinode-sangyo.co.jp>"
S_ETO = "江藤 純 <j-eto@hinode-sangyo.co.jp>"
S_MORISHITA = "Kenta Morishita <k-morishita@hinode-sangyo.co.jp>"
S_OSAKA = "鴨志田 亘 <w-kamoshida@osaka.hinode-sangyo.co.jp>"

MESSAGES = []

# -- its-001 … its-010 ------------------------------------------------------------------------

_p = staff(1, 18)
MESSAGES.append(dict(
    id="its-001",
    sender=S_SAOTOME,
    to=["真田 様 <sanada@tsubasa-system.jp>"], cc=[S_KAWAI],
    subject="【M365移行】移行対象アカウント一覧（第1陣）のご送付",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
真田様

いつもお世話になっております。日の出産業 情報システム部の早乙女です。

先日の定例でお話ししました Microsoft 365 テナント移行の件、
第1陣（本社 営業部・経理部ほか）の移行対象アカウント一覧をお送りいたします。

・対象：18アカウント
・MFA 用の携帯番号は移行当日の SMS 認証で使用しますので、事前登録をお願いします
・新UPN は「名.姓@hinode-sangyo.co.jp」形式で統一しています

カナの表記ゆれ等ございましたらご指摘ください。
何卒よろしくお願いいたします。
{SIG_SAOTOME}""",
    attachments=[{"kind": "csv", "name": "移行対象_第1陣_20261005.csv", "encoding": "cp932",
                  "rows": [["ユーザーID", "氏名", "氏名カナ", "所属", "現行メールアドレス", "新UPN", "MFA携帯番号"]]
                  + [[f"hs{p.emp}", p.name, p.kana, p.dept, p.mail_old, p.mail_dot, p.mobile] for p in _p]}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="18 employees' names, e-mails and MFA mobiles in a CP932 CSV to the SI vendor",
))

MESSAGES.append(dict(
    id="its-002",
    sender=S_KAWAI,
    to=["真田様 <sanada@tsubasa-system.jp>", "本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="サーバー台帳（2026年10月版）送付の件",
    charset="iso-2022-jp",
    body=f"""ツバサシステム
真田様、本庄様

お世話になっております。日の出産業の河合です。

来期の基盤更改のお見積りにあたり、サーバー台帳の最新版を添付いたします。
本社DC・大阪DR の2シートに分けてあります。

保守期限が 2027/03 に切れる hns-file01 / hns-app03 については、
仮想化基盤への統合を前提にサイジングいただけますと助かります。
また、大阪DR 側の osk-bk01 は既に停止済みのため台帳上は「撤去予定」としております。

以上、よろしくお願いします。
{SIG_KAWAI}""",
    attachments=[{"kind": "xlsx", "name": "サーバー台帳_202610.xlsx", "sheets": {
        "本社DC": [["サーバー台帳（本社DC）", "", "", "", "", "", "", "更新日 2026/10/02"],
                  ["ホスト名", "用途", "OS", "IPアドレス", "vCPU", "メモリ(GB)", "保守期限", "備考"],
                  ["hns-ad01", "ADドメインコントローラ", "Windows Server 2022", "10.10.1.11", 4, 16, "2029/03", ""],
                  ["hns-ad02", "ADドメインコントローラ", "Windows Server 2022", "10.10.1.12", 4, 16, "2029/03", ""],
                  ["hns-file01", "ファイルサーバ", "Windows Server 2016", "10.10.1.21", 8, 32, "2027/03", "統合対象"],
                  ["hns-app03", "販売管理AP", "RHEL 7.9", "10.10.2.13", 8, 64, "2027/03", "統合対象"],
                  ["hns-db01", "販売管理DB", "RHEL 8.8", "10.10.2.31", 16, 128, "2028/09", "Oracle 19c"],
                  ["hns-web01", "社内ポータル", "Ubuntu 22.04", "10.10.3.11", 2, 8, "2028/09", ""],
                  ["hns-mon01", "監視(Zabbix)", "AlmaLinux 9", "10.10.9.5", 4, 16, "2029/03", ""]],
        "大阪DR": [["ホスト名", "用途", "OS", "IPアドレス", "vCPU", "メモリ(GB)", "保守期限", "備考"],
                  ["osk-db01", "販売管理DB(DR)", "RHEL 8.8", "10.20.2.31", 16, 128, "2028/09", ""],
                  ["osk-bk01", "バックアップ", "Windows Server 2012 R2", "10.20.9.21", 4, 16, "-", "撤去予定"],
                  ["osk-ad01", "ADドメインコントローラ", "Windows Server 2022", "10.20.1.11", 4, 16, "2029/03", ""]],
    }}],
    expect="pass",
    entities=[], detectors=[],
    note="server inventory (hostnames, IPs, OS) to the SI vendor: no personal data",
))

_p = staff(3, 25)
MESSAGES.append(dict(
    id="its-003",
    sender=S_SAOTOME,
    to=["株式会社クモワークス 島袋様 <shimabukuro@kumoworks.co.jp>"],
    cc=["onboarding@kumoworks.co.jp", S_KAWAI],
    subject="社員マスタ連携テスト用データのご送付（日の出産業）",
    charset="utf-8",
    body=f"""株式会社クモワークス
導入支援ご担当 島袋様

お世話になっております。日の出産業の早乙女です。

人事クラウド「KUMO HR」への社員マスタ連携テストの件、
先週の打合せでご依頼いただいたデータを添付にてお送りします。

本番の人事システムから 本社 部署の一部（25名分）を抽出しています。
生年月日は人事システムの出力仕様上、和暦のままになっていますので、
取込時の西暦変換をご確認いただければと存じます。

シート「所属コード」に所属コードと名称の対応表を入れてあります。

ご確認のほど、よろしくお願いいたします。
{SIG_SAOTOME}""",
    attachments=[{"kind": "xlsx", "name": "社員マスタ抽出_KUMO連携テスト.xlsx", "sheets": {
        "社員マスタ": [["社員マスタ抽出（クモワークス連携テスト用）", "", "", "抽出日：2026/10/07"], []]
        + [["社員番号", "氏名", "フリガナ", "性別", "生年月日", "入社年月日", "所属コード", "所属名", "メールアドレス"]]
        + [[p.emp, p.name, p.kana, "男" if p.sex == "M" else "女", wareki(p.dob, "kanji"),
            p.hire.strftime("%Y/%m/%d"), f"D{DEPTS.index(p.dept) + 101}", p.dept, p.mail_dot] for p in _p],
        "所属コード": [["所属コード", "所属名"]] + [[f"D{i + 101}", d] for i, d in enumerate(DEPTS)],
    }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HR master extract of 25 employees (name, kana, DOB, e-mail) in XLSX with a title row, to an HR SaaS",
))

_p = staff(4, 14)
_cats = ["PC", "メール", "VPN", "プリンタ", "アカウント", "Teams", "PC", "基幹システム", "VPN", "メール",
         "スマホ", "アカウント", "プリンタ", "PC"]
_subj = ["起動しない", "送信できない", "接続が切れる", "印刷できない", "パスワードロック解除", "会議に入れない",
         "キーボード不良", "帳票が出力されない", "MFAが通らない", "容量超過", "機種変更", "退職者の権限削除",
         "用紙詰まり", "画面が暗い"]
MESSAGES.append(dict(
    id="its-004",
    sender=S_OKONOGI,
    to=["ヘルプナビ株式会社 五味様 <gomi@helpnavi.co.jp>"], cc=[],
    subject="問合せ履歴（9月分）エクスポートの送付",
    charset="cp932",
    body=f"""ヘルプナビ株式会社
五味様

いつも大変お世話になっております。
日の出産業 ITサービスデスクの小此木でございます。

11月からの窓口切替に向けて、ナレッジ整備用に9月分の問合せ履歴を
エクスポートしましたのでお送りします。
（旧委託先のシステムから出力したものをそのまま添付しております）

折返し連絡先の列は空欄のものもございます。
ご確認をお願いいたします。
{SIG_OKONOGI}""",
    attachments=[{"kind": "csv", "name": "問合せ履歴_202609.csv", "encoding": "cp932",
                  "rows": [["問合せ番号", "受付日時", "依頼者氏名", "依頼者所属", "内線", "折返し携帯", "カテゴリ", "件名", "ステータス"]]
                  + [[f"INC-2609{i + 11:04d}", f"2026/09/{i * 2 + 1:02d} {9 + i % 8}:{(i * 17) % 60:02d}",
                      p.name, p.dept, p.ext, p.mobile if i % 4 != 3 else "", _cats[i], _subj[i],
                      "完了" if i % 5 else "対応中"] for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="help-desk ticket export with 14 callers' names and mobiles in a CSV to the new help-desk vendor",
))

_p = staff(5, 8)
_log = []
_res = ["FAIL reason=bad_password", "OK", "FAIL reason=bad_password", "FAIL reason=locked", "OK",
        "FAIL reason=mfa_timeout", "OK", "FAIL reason=bad_password"]
for i in range(16):
    p = _p[i % 8]
    _t = 7 * 60 + 2 + i * 19
    _log.append(f"2026-10-12T{_t // 60:02d}:{_t % 60:02d}:{(i * 7) % 60:02d}+09:00 vpn-gw01 "
                f"sslvpn[2214]: auth user={p.mei_r[0].lower()}.{p.sei_r.lower()} src={p.ip} "
                f"result={_res[(i * 3) % 8]}")
MESSAGES.append(dict(
    id="its-005",
    sender=S_KAWAI,
    to=["藤枝様 <fujieda@hoshizora-net.co.jp>"], cc=[],
    subject="Re: SSL-VPN 認証失敗の件（ログ抜粋）",
    charset="utf-8",
    body=f"""星空ネットワークス 藤枝様

お世話になっております。日の出産業の河合です。

月曜朝の SSL-VPN 認証失敗多発の件、ゲートウェイのログを抜粋します。
7時台〜11時台に、複数ユーザーで bad_password / mfa_timeout が出ています。

{chr(10).join(_log)}

RADIUS 側のタイムアウト値（現在 5 秒）が原因ではないかと推測していますが、
ご見解をいただけますでしょうか。

河合""",
    expect="either",
    entities=[], detectors=[],
    note="VPN log: 8 employees' login IDs with home source IPs, no e-mails or names; arguably a list of people",
))

_p = staff(6, 11)
_apps = ["Office 365 Exchange Online", "Microsoft Teams", "Azure Portal", "Office 365 SharePoint Online"]
_rows = [["Date (UTC)", "Request ID", "User", "Username", "Application", "IP address", "Location", "Status", "MFA result"]]
for i, p in enumerate(_p):
    _rows.append([f"2026-10-{3 + i % 5:02d}T{(i * 5) % 24:02d}:{(i * 11) % 60:02d}:12Z",
                  f"{(i + 1) * 7919:08x}-5e1c-4b8a-9d2e-{(i + 3) * 104729:012x}",
                  p.roma, p.mail_dot, _apps[i % 4],
                  "185.220.101.%d" % (30 + i) if i % 3 == 0 else p.ip,
                  "Frankfurt am Main, Hessen, DE" if i % 3 == 0 else "Tokyo, Tokyo, JP",
                  "Success" if i % 3 else "Failure", "MFA requirement satisfied by claim in the token" if i % 3 else "N/A"])
MESSAGES.append(dict(
    id="its-006",
    sender=S_NIWA,
    to=["鵜飼 様 <ukai@sekiguchi-sec.co.jp>"], cc=["soc@sekiguchi-sec.co.jp"],
    subject="不審サインイン調査のご依頼（Entra ID サインインログ添付）",
    charset="utf-8",
    body=f"""関口セキュリティ株式会社
鵜飼様

お世話になっております。日の出産業 情報セキュリティ推進室の丹羽です。

昨日お電話でご相談した件です。10/3〜10/7 にドイツからのサインイン試行が複数アカウントで
確認されたため、該当期間のサインインログ（対象11アカウント分）をエクスポートして添付します。

一部は成功ステータスになっているため、トークン窃取の可能性も含めて
ご確認いただけますと幸いです。

どうぞよろしくお願いいたします。
{SIG_NIWA}""",
    attachments=[{"kind": "csv", "name": "SignInLogs_2026-10-03_2026-10-07.csv", "encoding": "utf-8-sig",
                  "rows": _rows}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="sign-in log export: 11 employees' names and UPN e-mails with source IPs, to a security vendor",
))

MESSAGES.append(dict(
    id="its-007",
    sender=S_NIWA,
    to=["鵜飼 様 <ukai@sekiguchi-sec.co.jp>"], cc=[],
    subject="インシデント報告書（ドラフト）の送付",
    charset="iso-2022-jp",
    body=f"""鵜飼様

お世話になっております。丹羽です。

先日の不正ログイン調査の件、弊社側でまとめた経緯を報告書ドラフトとして添付します。
当該アカウントの利用者ヒアリング結果も記載しておりますので、
フォレンジック結果と突き合わせていただけますでしょうか。

よろしくお願いいたします。
{SIG_NIWA}""",
    attachments=[{"kind": "docx", "name": "インシデント報告書_ドラフトv0.3.docx", "title": "インシデント報告書（ドラフト）",
                  "paragraphs": [
                      "インシデント報告書（ドラフト v0.3）",
                      "1. 概要",
                      "2026年10月5日、経理部 柳田 康弘（社員番号 204417）のアカウントで海外IPアドレスからのサインイン成功が確認された。",
                      "2. 利用者ヒアリング",
                      "柳田氏は2026年8月よりうつ病の診断を受け休職中であり、当該期間に業務PCを使用していないことを本人及び上長に確認した。",
                      "休職中のため、本人への連絡は人事部経由で行うこと。",
                      "3. 暫定対応",
                      "同日 14:20 にアカウントを無効化、全セッションを失効させた。",
                      "4. 今後の対応",
                      "フォレンジック調査結果を受けて、再発防止策を策定する。",
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="incident report DOCX names an employee and states his depression diagnosis / sick leave (要配慮)",
))

_p = staff(8, 5)
_scim = []
for p in _p:
    _scim.append({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                  "externalId": p.emp, "userName": p.mail_dot,
                  "name": {"familyName": p.sei_r, "givenName": p.mei_r},
                  "displayName": p.roma,
                  "emails": [{"value": p.mail_dot, "type": "work", "primary": True}],
                  "phoneNumbers": [{"value": "+81" + p.mobile[1:].replace("-", ""), "type": "mobile"}],
                  "active": True})
MESSAGES.append(dict(
    id="its-008",
    sender=S_MORISHITA,
    to=["Erik Lindqvist <erik.lindqvist@nordvault.com>"], cc=["support@nordvault.com"],
    subject="SCIM provisioning fails with 400 for some users (case #NV-58213)",
    charset="utf-8",
    body=f"""Hi Erik,

Thanks for the quick call yesterday. As requested, here are the SCIM payloads our
connector sent for the five users that were rejected with "400 invalidValue". The
other 212 users in the same batch were provisioned without problems.

{json.dumps(_scim, indent=2, ensure_ascii=False)}

Our guess is the phoneNumbers value format, but the same format works for everyone else.
Could your team check the tenant logs on your side?
{SIG_MORISHITA}
{DISC_EN}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five real SCIM user objects (names, e-mails, mobiles) as JSON in the body, to an overseas IdP vendor",
))

MESSAGES.append(dict(
    id="its-009",
    sender=S_MORISHITA,
    to=["Nordvault Support <support@nordvault.com>"], cc=[],
    subject="Re: [NV-58213] SCIM test user still failing",
    charset="utf-8",
    body="""Hello Sara,

Thanks for the update. I re-ran the request with our test account and still get the
same error. Request and response below (token removed):

POST /scim/v2/Users HTTP/1.1
Host: hinode.nordvault.com
Content-Type: application/scim+json

{
  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
  "userName": "svc-scim-test01@hinode-sangyo.co.jp",
  "name": {"familyName": "Test", "givenName": "Scim"},
  "active": true
}

HTTP/1.1 400 Bad Request
{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],
 "scimType":"invalidValue","detail":"attribute 'locale' is required","status":"400"}

Is "locale" now mandatory since your 26.9 release? It is not in the docs.

Kind regards,
Kenta""",
    expect="pass",
    entities=[], detectors=[],
    note="JSON request/response for a service test account only; no personal data",
))

_p = staff(10, 6)
_yaml = []
for p in _p:
    _yaml.append(f"""  - emp_no: "{p.emp}"
    name: {p.name}
    name_kana: {p.kana}
    birth_date: {p.dob.isoformat()}
    mobile: "{p.mobile}"
    dept: {p.dept}""")
MESSAGES.append(dict(
    id="its-010",
    sender=S_ETO,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=[],
    subject="インポート定義（YAML）の件",
    charset="iso-2022-jp",
    body=f"""クモワークス 島袋様

お世話になります、日の出産業の江藤です。

インポート定義ファイルの書き方で詰まっておりまして、ご相談させてください。
下記の employees ブロックを読ませると 4 件目以降が「birth_date の形式不正」で落ちます。
（実データで試しております）

import:
  format: yaml
  encoding: utf-8
  key: emp_no
employees:
{chr(10).join(_yaml)}

日付は ISO 形式にしているつもりなのですが、何かお気づきの点があればご教示ください。
{SIG_ETO}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="YAML in the body with six real employees' names, kana, DOBs and mobiles, to the HR SaaS vendor",
))

# -- its-011 … its-020 ------------------------------------------------------------------------

_p = staff(11, 22)
_tsv = ["id\tlogin_id\tfull_name\tfull_name_kana\temail\ttel\tbirth_date\tdept_cd\tcreated_at"]
for i, p in enumerate(_p):
    _tsv.append(f"{1001 + i * 3}\t{p.sei_r.lower()}{p.emp[-3:]}\t{p.name_nosp}\t{p.kana}\t{p.mail_init}\t"
                f"{p.mobile.replace('-', '')}\t{p.dob.isoformat()}\t{DEPTS.index(p.dept) + 10}\t"
                f"2019-0{1 + i % 9}-1{i % 10} 10:2{i % 10}:33")
MESSAGES.append(dict(
    id="its-011",
    sender=S_SAOTOME,
    to=["本庄 様 <honjo@tsubasa-system.jp>"], cc=["真田 様 <sanada@tsubasa-system.jp>"],
    subject="ワークフロー移行：usersテーブルのダンプ",
    charset="cp932",
    body=f"""本庄様

お世話になっております。早乙女です。

ワークフローシステム移行のリハーサル用に、現行DBの users テーブルを
TSV でダンプしました（PostgreSQL の COPY で出力、ヘッダ付き）。

件数：22件（本社 稼働中ユーザーのみ）
文字コード：UTF-8 ／ 改行 CRLF

tel 列はハイフンなしで格納されていますのでご注意ください。
リハーサル後はデータの削除をお願いいたします。
{SIG_SAOTOME}""",
    attachments=[{"kind": "txt", "name": "users_dump_20261009.tsv", "text": "\n".join(_tsv), "encoding": "utf-8"}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="DB dump (TSV attachment) of 22 users with names, e-mails, phones, DOBs to the SI vendor",
))

MESSAGES.append(dict(
    id="its-012",
    sender=S_SAOTOME,
    to=["真田様 <sanada@tsubasa-system.jp>"], cc=[],
    subject="勤怠連携 基本設計書 v1.2 の送付",
    charset="iso-2022-jp",
    body=f"""真田様

お世話になっております。早乙女です。

勤怠システム連携の基本設計書 v1.2 を添付いたします。
前回レビューの指摘事項（No.4〜No.11）を反映済みです。
変更箇所は赤字にしてあります。

来週水曜のレビューまでにご確認いただけますと幸いです。
{SIG_SAOTOME}""",
    attachments=[{"kind": "docx", "name": "勤怠連携_基本設計書_v1.2.docx", "page_header": "社外秘",
                  "page_footer": "日の出産業株式会社 情報システム部",
                  "paragraphs": ["勤怠システム連携 基本設計書", "版数：1.2　作成：情報システム部 業務システム課",
                                 "1. 目的", "勤怠管理SaaSと給与計算システム間の打刻・勤務実績データ連携を自動化する。",
                                 "2. 連携方式", "日次バッチ（02:00）にてSFTPでCSVを授受する。差分連携とし、月次締め時は全件連携とする。",
                                 "3. エラー処理", "取込エラーは運用監視(Zabbix)に通知し、翌営業日9時までに業務システム課が一次対応する。",
                                 "4. 非機能要件", "連携データ量：最大 1,200 レコード/日。処理時間：15分以内。"],
                  "tables": [[["項目", "連携元", "連携先", "頻度"], ["打刻データ", "勤怠SaaS", "給与システム", "日次"],
                              ["勤務区分マスタ", "給与システム", "勤怠SaaS", "随時"]]]}],
    expect="stop",
    entities=[], detectors=["confidential_marking"],
    note="design document whose DOCX page header is stamped 社外秘; the mail body does not say so",
))

MESSAGES.append(dict(
    id="its-013",
    sender=S_KIRYU,
    to=["ツバサシステム株式会社 営業部 中津川様 <nakatsugawa@tsubasa-system.jp>"], cc=[S_SAOTOME],
    subject="秘密保持契約書（NDA）ドラフトのご確認のお願い",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
営業部 中津川様

平素より大変お世話になっております。日の出産業の桐生でございます。

次期基幹システム更改のご提案依頼に先立ち、秘密保持契約を締結させていただきたく、
弊社ひな形をベースにしたドラフトをお送りいたします。

主な論点は以下の2点かと存じます。
　・機密情報の定義（口頭で開示した情報の取扱い）
　・契約終了後の秘密保持義務の存続期間（弊社案：3年）

御社法務部門でご確認のうえ、修正案があれば変更履歴付きでお戻しいただけますでしょうか。
なお、RFP本体は NDA 締結後に送付させていただきます。

何卒よろしくお願い申し上げます。
{SIG_KIRYU}
{DISC_JA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_日の出産業.docx",
                  "paragraphs": ["秘密保持契約書", "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                 "甲乙間の次期基幹システム更改に関する検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                                 "第1条（機密情報）本契約において機密情報とは、本目的のために相手方から開示された技術上又は営業上の情報をいう。",
                                 "第2条（秘密保持）甲及び乙は、機密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
                                 "第8条（存続期間）本契約終了後も3年間、第2条の規定は効力を有する。"]}],
    expect="pass",
    entities=[], detectors=[],
    note="mail about an NDA with an unmarked NDA draft; 機密 only as contract wording, plus a disclaimer",
))

MESSAGES.append(dict(
    id="its-014",
    sender=S_MORISHITA,
    to=["James Whitfield <james.whitfield@kestrel-analytics.co.uk>"], cc=[],
    subject="Log pipeline architecture for the SIEM PoC",
    charset="utf-8",
    body=f"""Dear James,

Ahead of next Tuesday's workshop, please find attached our current log pipeline
architecture (collectors, retention tiers and the planned forwarding to your platform).

Section 4 lists the sources we would like to include in the PoC. We expect around
35 GB/day in total, of which roughly 60 % is firewall traffic logs.

Looking forward to discussing it.
{SIG_MORISHITA}""",
    attachments=[{"kind": "pdf", "name": "Hinode_LogPipeline_Architecture_v2.pdf",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Internal Use Only",
                  "lines": ["Log Pipeline Architecture v2", "", "1. Scope", "Collection of security-relevant logs from HQ and Osaka.",
                            "2. Collectors", "Fluent Bit agents on Linux hosts; WEF for Windows event logs.",
                            "3. Retention", "Hot 30 days, warm 180 days, archive 7 years (object storage).",
                            "4. PoC sources"],
                  "table": [["Source", "Format", "Volume/day"], ["FortiGate FW", "syslog", "21 GB"],
                            ["Windows DC", "EVTX via WEF", "6 GB"], ["SSL-VPN", "syslog", "1.5 GB"],
                            ["Entra ID", "API", "0.8 GB"]]}],
    expect="stop",
    entities=[], detectors=["confidential_marking"],
    note="architecture PDF whose page footer is a CONFIDENTIAL / Internal Use Only marking, to an overseas vendor",
))

_p = staff(15, 12)
MESSAGES.append(dict(
    id="its-015",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="【第2陣】移行対象アカウント一覧",
    charset="iso-2022-jp",
    body=f"""本庄様

お世話になっております。日の出産業の早乙女です。

M365 移行 第2陣の対象アカウント一覧を送付いたします。
添付ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りします。

よろしくお願いいたします。
{SIG_SAOTOME}""",
    attachments=[{"kind": "zip", "name": "移行対象_第2陣.zip", "password": "Hn#2026mig1014",
                  "files": [{"kind": "csv", "name": "移行対象_第2陣.csv", "encoding": "cp932",
                             "rows": [["ユーザーID", "氏名", "メールアドレス", "MFA携帯"]]
                             + [[f"hs{p.emp}", p.name, p.mail_dot, p.mobile] for p in _p]}]}],
    expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) holding an account list; content cannot be inspected",
))

MESSAGES.append(dict(
    id="its-016",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="【パスワード】【第2陣】移行対象アカウント一覧",
    charset="iso-2022-jp",
    body=f"""本庄様

先ほどお送りしたファイルのパスワードをお知らせします。

　パスワード：Hn#2026mig1014

※記号を含みますのでコピー＆ペーストでのご入力をお勧めします。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[], detectors=[],
    note="the second PPAP mail: only a ZIP password, nothing personal or attached",
))

MESSAGES.append(dict(
    id="its-017",
    sender=S_ETO,
    to=["ツバサシステム 真田様 <sanada@tsubasa-system.jp>"], cc=[],
    subject="アカウント棚卸結果（2026年度上期）",
    charset="cp932",
    body=f"""真田様

お世話になっております。江藤です。

上期のアカウント棚卸の結果をExcelで添付します。
「要確認」になっているアカウントについて、基幹システム側の最終ログイン日を
調べていただけますでしょうか。

期限は今月末でお願いできれば助かります。
{SIG_ETO}""",
    attachments=[{"kind": "corrupt", "name": "アカウント棚卸結果_2026上期.xlsx"}],
    expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
))

MESSAGES.append(dict(
    id="its-018",
    sender=S_KAWAI,
    to=["ツバサシステム 真田様 <sanada@tsubasa-system.jp>", "星空ネットワークス 藤枝様 <fujieda@hoshizora-net.co.jp>",
        "ミナモト電算 関様 <seki@minamoto-densan.co.jp>"],
    cc=[S_KIRYU],
    subject="【ご調整】12/5（土）基幹系計画停止に伴う作業調整会議",
    charset="iso-2022-jp",
    body=f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の河合です。

12月5日（土）に予定しております基幹系の計画停止（UPS更新・コアスイッチ入替）について、
各社の作業順序を確認するため、下記のとおり調整会議を開催したく存じます。

　日時：11月18日（水）15:00〜16:30
　場所：弊社本社 7F 第2会議室（Teams 併用）
　議題：作業タイムチャート、切り戻し判断基準、当日の連絡体制

ご都合の悪い方は 11/11 までに河合までご連絡ください。
{SIG_KAWAI}""",
    expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three vendor organisations in To can see each other's addresses; should have been Bcc",
))

MESSAGES.append(dict(
    id="its-019",
    sender=S_KAWAI,
    to=["真田様 <sanada@tsubasa-system.jp>", "藤枝様 <fujieda@hoshizora-net.co.jp>"],
    cc=["江藤 <j-eto@hinode-sangyo.co.jp>"],
    subject="大阪支店 回線切替の三者打合せ日程について",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 真田様
星空ネットワークス 藤枝様

お世話になっております。日の出産業の河合です。

大阪支店のWAN回線切替について、三者で一度打合せをさせてください。
候補日は以下です。

　A）11/10（火）10:00〜11:00
　B）11/12（木）14:00〜15:00
　C）11/13（金）16:00〜17:00

Teams で実施予定です。ご都合のよい候補をお知らせください。
{SIG_KAWAI}""",
    expect="pass",
    entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To",
))

MESSAGES.append(dict(
    id="its-020",
    sender=S_SAOTOME,
    to=["真田 様 <sanada@tsubasa-sytem.jp>"], cc=[],
    subject="10月定例会の資料送付",
    charset="iso-2022-jp",
    body=f"""真田様

お世話になっております。日の出産業の早乙女です。

明日の定例会の資料をお送りします。

　1. 前回議事録の確認
　2. M365移行 第2陣の進捗
　3. 勤怠連携 設計レビュー指摘の対応状況
　4. 次回日程

ご確認のほどよろしくお願いいたします。
{SIG_SAOTOME}""",
    attachments=[{"kind": "pptx", "name": "定例会資料_1015.pptx",
                  "slides": [["10月定例会", "日の出産業 × ツバサシステム", "2026/10/15"],
                             ["M365移行 進捗", "第1陣：完了（18/18）", "第2陣：準備中（12名）", "第3陣：12月予定"],
                             ["課題", "MFA 登録率 87%", "共有メールボックスの移行方式"]]}],
    expect="stop",
    entities=[], detectors=["lookalike_domain"],
    note="look-alike of partner tsubasa-system.jp: 'sytem' drops a letter",
))

# -- its-021 … its-030 ------------------------------------------------------------------------

_p = staff(21, 7)
MESSAGES.append(dict(
    id="its-021",
    sender=S_ETO,
    to=["本庄様 <honjo@tsubasa.system.jp>"], cc=[],
    subject="共有メールボックス アクセス権付与対象者",
    charset="cp932",
    body="本庄様\n\nお世話になります。江藤です。\n\n"
         "共有メールボックス（eigyo-support@）へのフルアクセス権を付与する対象者です。\n"
         "Excelからそのまま貼り付けています。\n\n"
         "社員番号\t氏名\t所属\tメールアドレス\n"
         + "\n".join(f"{p.emp}\t{p.name}\t{p.dept}\t{p.mail_dot}" for p in _p)
         + "\n\n本日中に設定いただけると助かります。\n" + SIG_ETO,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="look-alike tsubasa.system.jp (dot for hyphen) and 7 employees' names and e-mails tab-separated",
))

_p = staff(22, 1)[0]
MESSAGES.append(dict(
    id="its-022",
    sender=S_OKONOGI,
    to=["鴨志田さん <w-kamoshida@hinode-sangyo.jp>"], cc=[],
    subject="【大阪】PC交換依頼の件（INC-26100342）",
    charset="iso-2022-jp",
    body=f"""鴨志田さん

お疲れさまです。サービスデスク小此木です。

大阪支店の方から PC 交換の依頼が入っていますので、現地対応をお願いします。

　依頼者：{_p.name}（{_p.kana}）さん／{_p.dept}
　連絡先：{_p.mobile}（日中は外出が多いそうです）
　症状：電源を入れてもファンが回り続け、Windows が起動しない
　代替機：大阪在庫の HN-NB-0412 を使用してください

交換後、旧PCは本社あてに返送をお願いします。
{SIG_OKONOGI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyo.jp, a look-alike of the own domain (dropped co.)",
))

MESSAGES.append(dict(
    id="its-023",
    sender=S_SAOTOME,
    to=["真田様 <sanada@tsubasa-system.jp>"], cc=["本庄様 <honjo@tsubasa-system.jp>", S_KAWAI],
    subject="議事録：勤怠連携 設計レビュー（10/21）",
    charset="utf-8",
    body=f"""真田様、本庄様

本日はありがとうございました。議事録を共有いたします。
修正点があれば金曜までにご指摘ください。

■日時　2026年10月21日（水）14:00〜15:30
■場所　日の出産業 本社7F 第2会議室
■出席者（敬称略）
　ツバサシステム：真田、本庄
　日の出産業　　：桐生、河合、早乙女

■決定事項
　1. 勤務区分マスタは給与システムをマスタとし、変更時のみ連携する
　2. 連携エラー時の通知先は業務システム課の共有アドレスとする
　3. 総合テストは 12/7 開始

■宿題
　・ツバサ：SFTP サーバの鍵交換手順書（11/4）
　・日の出：テストケース一覧のレビュー（11/6）
{SIG_SAOTOME}""",
    expect="pass",
    entities=[], detectors=[],
    note="minutes of a two-company meeting: attendee names only, no personal data",
))

MESSAGES.append(dict(
    id="its-024",
    sender=S_ETO,
    to=["相沢様 <aizawa@kawasaki-denkl.co.jp>"], cc=[],
    subject="複合機リース更新対象機の件",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
相沢様

いつもお世話になっております。日の出産業の江藤です。

来年3月でリース満了となる複合機の一覧です。
後継機のお見積りをお願いできますでしょうか。

　本社 5F　　機番 KD-C5540-118207
　本社 7F　　機番 KD-C5540-118233
　大阪支店　機番 KD-C4030-207714
　仙台営業所 機番 KD-C3020-310052

カウンター料金の条件は現行と同等を希望します。
{SIG_ETO}""",
    expect="stop",
    entities=[], detectors=["lookalike_domain"],
    note="look-alike of partner kawasaki-denki.co.jp: 'denkl' (l for i)",
))

_p = staff(25, 9)
_csv = ["employee_id,last_name,first_name,email,mobile,department,role"]
for i, p in enumerate(_p):
    _csv.append(f"{p.emp},{p.sei_r.upper()},{p.mei_r.upper()},{p.mail_dot},"
                f"+81-{p.mobile[1:]},{['Sales', 'Finance', 'HR', 'Logistics', 'QA'][i % 5]},"
                f"{'admin' if i == 0 else 'user'}")
MESSAGES.append(dict(
    id="its-025",
    sender=S_MORISHITA,
    to=["Sara Holm <sara.holm@nordvault.com>"], cc=[],
    subject="Pilot group for passwordless rollout",
    charset="utf-8",
    body=f"""Hi Sara,

As agreed, here is the pilot group for the passwordless (FIDO2 + SMS fallback) rollout.
Could you pre-register them in the tenant so that the enrolment mails go out on Monday?
The mobile numbers are for the SMS fallback.

{chr(10).join(_csv)}

Please let me know if you need the data in another format.
{SIG_MORISHITA}""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="9 employees in CSV pasted in an English body (all-caps romaji names, e-mails, +81 mobiles) to an overseas vendor",
))

_p = staff(26, 6)
_lines = []
for p in _p:
    _lines.append(f"・{p.name}（{p.kana}）　{wareki(p.dob, 'kanji')}生　配属：{p.dept}")
MESSAGES.append(dict(
    id="its-026",
    sender=S_SAOTOME,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=[],
    subject="FW: 【人事】12月入社者のアカウント発行依頼",
    charset="iso-2022-jp",
    body=f"""島袋様

お世話になっております。早乙女です。
人事部から下記の依頼が来ましたので、KUMO HR 側のアカウント事前登録をお願いできますか。
入社日は 12/1 です。

-------- Forwarded Message --------
差出人: 人事部 栗原 <h-kurihara@hinode-sangyo.co.jp>
送信日時: 2026年10月26日 17:42
宛先: 情報システム部 <isys@hinode-sangyo.co.jp>
件名: 【人事】12月入社者のアカウント発行依頼

情報システム部 御中

12月1日付の中途入社者6名について、PC・アカウントの準備をお願いします。

{chr(10).join(_lines)}

以上、よろしくお願いします。
人事部 栗原
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="forward of an internal HR mail: six new hires with names, kana and 和暦 DOBs go to the SaaS vendor",
))

_p = staff(27, 10)
MESSAGES.append(dict(
    id="its-027",
    sender=S_OKONOGI,
    to=["五味様 <gomi@helpnavi.co.jp>"], cc=[],
    subject="FW: 未完了チケット一覧（引継ぎ用）",
    charset="cp932",
    body=f"""五味様

お世話になっております。小此木です。

旧委託先のデータリンクサポート様から未完了チケットの一覧が届きましたので、
そのまま転送いたします。11/1 以降はこちらの案件を御社で引き継いでいただく形になります。

添付のメールをご確認ください。
{SIG_OKONOGI}""",
    attachments=[{"kind": "eml", "name": "未完了チケット一覧（引継ぎ用）.eml", "message": {
        "sender": "浅香 由里 <asaka@datalink-support.jp>",
        "to": ["小此木様 <t-okonogi@hinode-sangyo.co.jp>"],
        "subject": "未完了チケット一覧（引継ぎ用）",
        "charset": "iso-2022-jp",
        "body": "日の出産業 小此木様\n\nお世話になっております。データリンクサポートの浅香です。\n"
                "引継ぎ用の未完了チケット一覧をお送りします。\n\nデータリンクサポート株式会社 浅香",
        "attachments": [{"kind": "csv", "name": "open_tickets.csv", "encoding": "cp932",
                         "rows": [["チケットNo", "起票日", "依頼者", "メール", "携帯", "内容"]]
                         + [[f"DL-{88120 + i * 7}", f"2026/10/{10 + i}", p.name, p.mail_init, p.mobile,
                             ["VPN不調", "PC動作遅延", "共有フォルダ権限", "スマホ初期化", "メール転送設定"][i % 5]]
                            for i, p in enumerate(_p)]}],
    }}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded mail (.eml attachment) whose CSV lists 10 callers with e-mail and mobile",
))

_p = staff(28, 8)
_tr = "\n".join(f"<tr><td>{p.name}</td><td>{p.dept}</td><td>{p.mail_dot}</td><td>{p.mobile}</td>"
                f"<td>{'未登録' if i % 3 == 0 else '登録済'}</td></tr>" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="its-028",
    sender=S_NIWA,
    to=["ゲートキーパーズ 木ノ下様 <kinoshita@gatekeepers.co.jp>"], cc=[],
    subject="MFA 未登録者の状況について",
    charset="utf-8",
    html=f"""<html><body style="font-family:Meiryo, sans-serif; font-size:10pt">
<p>株式会社ゲートキーパーズ<br>木ノ下様</p>
<p>お世話になっております。日の出産業の丹羽です。</p>
<p>MFA の登録状況を管理画面から抽出しました。「未登録」の方について、登録済の電話番号に
SMS が届かないとの申告が続いています。キャリア側の受信拒否設定の可能性はありますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>氏名</th><th>所属</th><th>UPN</th><th>登録電話番号</th><th>状態</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>丹羽 さやか<br>情報システム部 情報セキュリティ推進室<br>日の出産業株式会社</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 8 employees (name, UPN, phone) to the MFA reseller",
))

_p = staff(29, 6)
_rows = [["氏名", "所属", "携帯番号", "機種"]]
for i, p in enumerate(_p):
    _rows.append([p.name.replace(" ", "　"), p.dept, fw(p.mobile, "−"),
                  ["ｉＰｈｏｎｅ１５", "ｉＰｈｏｎｅ１３", "Ｐｉｘｅｌ８", "ＡＱＵＯＳ"][i % 4]])
MESSAGES.append(dict(
    id="its-029",
    sender=S_OKONOGI,
    to=["木ノ下様 <kinoshita@gatekeepers.co.jp>"], cc=[],
    subject="機種変更に伴うMFA再登録のお願い（6名）",
    charset="iso-2022-jp",
    body=f"""木ノ下様

いつもお世話になっております。日の出産業 サービスデスクの小此木です。

社用スマホの一斉機種変更に伴い、下記6名の MFA 再登録をお願いいたします。
旧端末の登録は削除していただいて構いません。

{fwtable(_rows)}

作業完了後にご一報いただけますと幸いです。
{SIG_OKONOGI}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 employees with full-width mobile numbers in a table padded with full-width spaces",
))

_p = staff(30, 10)
_free = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp"]
MESSAGES.append(dict(
    id="its-030",
    sender=S_NIWA,
    to=["木ノ下様 <kinoshita@gatekeepers.co.jp>"], cc=[],
    subject="セルフパスワードリセット バックアップ連絡先の一括登録",
    charset="cp932",
    body="木ノ下様\n\nお世話になっております。丹羽です。\n\n"
         "SSPR（セルフパスワードリセット）の予備連絡先の一括登録をお願いします。\n"
         "氏名は不要とのことでしたので、ユーザーIDと連絡先のみにしています。\n\n"
         "ユーザーID,予備メール,携帯電話\n"
         + "\n".join(f"hs{p.emp},{p.sei_r.lower()}.{p.mei_r.lower()}{p.dob.year % 100}@{_free[i % 5]},{p.mobile}"
                     for i, p in enumerate(_p))
         + "\n\n以上10件です。\n" + SIG_NIWA,
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="10 employees' private e-mails and mobiles keyed by user ID, no name column, comma-separated in the body",
))

# -- its-031 … its-040 ------------------------------------------------------------------------

_p = staff(31, 12)
_q = "\n".join("> " + line for line in padtable(
    [["ユーザーID", "氏名", "メールアドレス", "MFA携帯", "結果"]]
    + [[f"hs{p.emp}", p.name, p.mail_dot, p.mobile, "OK" if i not in (2, 7, 9) else "NG"] for i, p in enumerate(_p)],
    rule="").split("\n"))
MESSAGES.append(dict(
    id="its-031",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="Re: 【結果報告】第2陣 移行処理結果",
    charset="iso-2022-jp",
    body=f"""本庄様

ご報告ありがとうございます。受領いたしました。

NG になっている 3件（hs{_p[2].emp} / hs{_p[7].emp} / hs{_p[9].emp}）は、
いずれも旧環境でメールボックスの容量上限を超えていたものと思われます。
こちらでアーカイブを実施のうえ、再実行のタイミングをご相談させてください。

早乙女

2026/10/22 18:05、本庄 <honjo@tsubasa-system.jp> のメール:
> 日の出産業 早乙女様
>
> お世話になっております。ツバサシステムの本庄です。
> 第2陣の移行処理が完了しましたので、結果をご報告いたします。
>
{_q}
>
> NG の3件は原因調査中です。
> 本庄""",
    expect="pass",
    entities=[], detectors=[],
    note="reply: the 12-person list is only in '>' quoted text from the vendor's mail; new text has user IDs only",
))

_p = staff(32, 5)
MESSAGES.append(dict(
    id="its-032",
    sender=S_OKONOGI,
    to=["木ノ下様 <kinoshita@gatekeepers.co.jp>"], cc=[],
    subject="Re: SMS が届かない利用者の件",
    charset="iso-2022-jp",
    body=f"""木ノ下様

ご確認ありがとうございます。
ご指摘のとおり、登録番号が古いままの方がいました。
本人に確認した正しい番号は以下のとおりです。上書き登録をお願いします。

　{_p[0].name}　→ {_p[0].mobile}
　{_p[1].name}　→ {_p[1].mobile}
　{_p[2].name}　→ {_p[2].mobile}
　{_p[3].name}　→ {_p[3].mobile}
　{_p[4].name}　→ {_p[4].mobile}

小此木

-----Original Message-----
From: 木ノ下 <kinoshita@gatekeepers.co.jp>
Sent: Thursday, October 29, 2026 11:20 AM
To: 小此木 <t-okonogi@hinode-sangyo.co.jp>
Subject: RE: SMS が届かない利用者の件

小此木様

ログを確認したところ、配信先の番号が「現在使われていない」で
エラーになっているものが5件ありました。
登録番号が最新かどうか、ご本人にご確認いただけますでしょうか。

木ノ下
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose NEW text lists five employees with their mobiles (the quoted part has no data)",
))

_p = staff(33, 5)
_blocks = []
for i, p in enumerate(_p):
    ret = date(2026, 10, 31 if i % 2 else 15)
    _blocks.append(f"■{i + 1}\n　社員番号：{p.emp}\n　氏名　　：{p.name}\n　退職日　：{ret.year}/{ret.month}/{ret.day}\n"
                   f"　転送先　：{p.mei_r.lower()}{p.sei_r.lower()[:3]}{p.dob.year % 100}@{['gmail.com', 'yahoo.co.jp', 'icloud.com'][i % 3]}")
MESSAGES.append(dict(
    id="its-033",
    sender=S_ETO,
    to=["真田様 <sanada@tsubasa-system.jp>"], cc=[],
    subject="退職者アカウント停止および自動転送設定のお願い",
    charset="cp932",
    body="真田様\n\nお世話になっております。江藤です。\n\n"
         "10月退職者のアカウント停止をお願いします。\n"
         "なお、取引先からのメールを本人へ転送する期間（退職後1か月）について、"
         "下記の転送先を設定してください。\n\n"
         + "\n\n".join(_blocks)
         + "\n\n以上5名です。よろしくお願いいたします。\n" + SIG_ETO,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five retirees, one record per block, with their private forwarding e-mail addresses",
))

_p = staff(34, 6)
_dbg = []
for i, p in enumerate(_p):
    _dbg.append(f"2026-11-02 02:00:{14 + i:02d}.{(i * 137) % 1000:03d} DEBUG [batch-sync-3] c.h.hr.sync.EmployeeWriter - "
                f"upsert Employee(empNo={p.emp}, name={p.name_nosp}, kana={p.kana}, mail={p.mail_dot}, "
                f"tel={p.mobile}, dept={p.dept})")
MESSAGES.append(dict(
    id="its-034",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="人事連携バッチ 異常終了（11/2 02:00）",
    charset="utf-8",
    body=f"""本庄様

夜間の人事連携バッチが異常終了しました。直前のログを貼り付けます。
DEBUG レベルのままになっていたため、レコード内容も出力されています。

{chr(10).join(_dbg)}
2026-11-02 02:00:20.511 ERROR [batch-sync-3] c.h.hr.sync.EmployeeWriter - flush failed
org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "employee_mail_key"
    at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
    at org.postgresql.jdbc.PgStatement.executeBatch(PgStatement.java:873)
    at c.h.hr.sync.EmployeeWriter.flush(EmployeeWriter.java:118)

mail の一意制約違反のようですが、同一アドレスの重複は見当たりません。
調査をお願いできますでしょうか。

早乙女""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="looks like a stack trace but the DEBUG lines dump six employee records (name, e-mail, phone)",
))

MESSAGES.append(dict(
    id="its-035",
    sender=S_KAWAI,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="ポータル 500エラー（スタックトレース）",
    charset="utf-8",
    body=f"""本庄様

お世話になっております。河合です。
社内ポータルで午前中から断続的に 500 エラーが出ています。ログは以下です。

2026-11-04 10:42:07,311 ERROR [http-nio-8080-exec-17] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() for servlet [dispatcherServlet] threw exception
java.lang.NullPointerException: Cannot invoke "jp.co.hinode.portal.model.Notice.getTitle()" because "notice" is null
    at jp.co.hinode.portal.web.NoticeController.detail(NoticeController.java:88)
    at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
    at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
    at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)
    ... 48 common frames omitted

リクエスト: GET /notice/detail?id=20261104-003 (user=svc-portal-check)
ヒープ使用率は 40% 前後で問題なさそうです。

お手数ですが調査をお願いします。
{SIG_KAWAI}""",
    expect="pass",
    entities=[], detectors=[],
    note="a plain Java stack trace with a service account: nothing personal",
))

MESSAGES.append(dict(
    id="its-036",
    sender=S_KAWAI,
    to=["藤枝様 <fujieda@hoshizora-net.co.jp>"], cc=[],
    subject="RADIUS / sssd の設定ファイル送付",
    charset="cp932",
    body=f"""藤枝様

お世話になっております。河合です。

VPN 認証のタイムアウトの件、現在の設定ファイルを添付します。
（共有シークレットとバインドパスワードは伏字にしています）

radiusd の client 定義と、LDAP 参照側の sssd.conf の2点です。
ご確認よろしくお願いします。
{SIG_KAWAI}""",
    attachments=[{"kind": "txt", "name": "sssd.conf", "encoding": "utf-8", "text": """[sssd]
services = nss, pam
domains = HINODE.LOCAL

[domain/HINODE.LOCAL]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://hns-ad01.hinode.local, ldaps://hns-ad02.hinode.local
ldap_search_base = dc=hinode,dc=local
ldap_default_bind_dn = cn=svc-radius,ou=ServiceAccounts,dc=hinode,dc=local
ldap_default_authtok = ********
ldap_network_timeout = 3
ldap_opt_timeout = 5
cache_credentials = True
"""},
                 {"kind": "txt", "name": "clients.conf", "encoding": "utf-8", "text": """client vpn-gw01 {
    ipaddr = 10.10.0.2
    secret = ********
    require_message_authenticator = yes
    nas_type = other
}
client vpn-gw02 {
    ipaddr = 10.20.0.2
    secret = ********
}
"""}],
    expect="pass",
    entities=[], detectors=[],
    note="configuration files (hosts, timeouts, masked secrets): no personal data",
))

_p = staff(37, 3)
MESSAGES.append(dict(
    id="its-037",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="給与システム移行 テストデータ（年末調整パターン）",
    charset="cp932",
    body=f"""本庄様

お世話になっております。早乙女です。

年末調整パターンのテストデータを添付します。
架空データでは扶養控除の計算が再現できなかったため、
本番データから該当パターンの3名分を抽出しています。
テスト完了後は速やかに削除をお願いします。
{SIG_SAOTOME}""",
    attachments=[{"kind": "xlsx", "name": "年調テストデータ_3名.xlsx", "sheets": {
        "本人": [["社員番号", "氏名", "生年月日", "個人番号", "扶養人数"]]
        + [[p.emp, p.name, p.dob.strftime("%Y/%m/%d"), my_number(3700 + i), i + 1] for i, p in enumerate(_p)],
        "扶養親族": [["社員番号", "続柄", "生年月日"], [_p[0].emp, "妻", "1979/06/11"],
                 [_p[1].emp, "長男", "2014/02/27"], [_p[1].emp, "妻", "1981/12/03"]],
    }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="three employees' マイナンバー (real production data) in an XLSX test file to the SI vendor",
))

_cc = card_number(38)
MESSAGES.append(dict(
    id="its-038",
    sender=S_MORISHITA,
    to=["BrightDesk Billing <billing@brightdesk.com>"], cc=[],
    subject="Payment method for subscription HINODE-BD-2207",
    charset="utf-8",
    body=f"""Hello,

Our invoice for November failed because the corporate card on file expired.
Please update the payment method for subscription HINODE-BD-2207 as follows:

  Card holder : DAISUKE HATTORI
  Card number : {_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
  Expiry      : 09/29

Mr. Hattori is our IT manager and the holder of the corporate card. Please charge
the outstanding amount (USD 1,840.00) to this card.
{SIG_MORISHITA}""",
    expect="stop",
    entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number with the holder's name in an English mail to a SaaS billing desk",
))

MESSAGES.append(dict(
    id="its-039",
    sender=S_NIWA,
    to=["トラストシール 申請窓口 <apply@trustseal.co.jp>"], cc=[],
    subject="電子証明書（管理者用）発行申請　本人確認書類情報",
    charset="iso-2022-jp",
    body=f"""株式会社トラストシール
申請窓口 御中

いつもお世話になっております。日の出産業株式会社の丹羽です。

管理者用クライアント証明書の発行申請につき、申請者の本人確認情報をお送りします。

　申請者氏名：我妻 圭吾（ワガツマ ケイゴ）
　生年月日　：昭和６０年７月１８日
　住所　　　：〒３５９−１１１１ 埼玉県所沢市緑町２−１１−６
　本人確認書類：運転免許証
　免許証番号：第３０２１１８４４７０６５号
　有効期限　：令和１０年８月１８日

免許証の写しが必要な場合はお知らせください。
{SIG_NIWA}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="an employee's driver's licence number, DOB and home address (full-width digits) to a certificate authority",
))

MESSAGES.append(dict(
    id="its-040",
    sender=S_OKONOGI,
    to=["五味様 <gomi@helpnavi.co.jp>"], cc=[],
    subject="【引継ぎ】個別配慮が必要な利用者について",
    charset="cp932",
    body=f"""五味様

お世話になっております。小此木です。

窓口切替にあたり、1点だけ個別に申し送りさせてください。

品質保証部の 設楽 奈々 さんは視覚障害（弱視）があり、画面拡大ソフト（ZoomText）と
ハイコントラスト設定を使用しています。PC交換やOSアップデートの際は、
この設定が引き継がれているかを必ず確認し、リモート操作の前にはお電話で一声かけてください。
ご本人の内線は 4126 です。

よろしくお願いいたします。
{SIG_OKONOGI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named employee's visual disability (要配慮個人情報) told to the outsourced help desk",
))

# -- its-041 … its-050 ------------------------------------------------------------------------

_p = staff(41, 9)
MESSAGES.append(dict(
    id="its-041",
    sender=S_NIWA,
    to=["木ノ下様 <kinoshita@gatekeepers.co.jp>"], cc=[],
    subject="ハードウェアトークン貸与台帳（PDF）",
    charset="utf-8",
    body=f"""木ノ下様

お世話になっております。丹羽です。
ハードウェアトークンの貸与台帳をPDFにしてお送りします。
シリアルと利用者の紐づけ登録をお願いいたします。
{SIG_NIWA}""",
    attachments=[{"kind": "pdf", "name": "トークン貸与台帳_202611.pdf",
                  "lines": ["ハードウェアトークン貸与台帳", "日の出産業株式会社 情報システム部　2026年11月6日現在", ""],
                  "table": [["No", "トークンS/N", "利用者", "所属", "予備連絡先(携帯)", "貸与日"]]
                  + [[str(i + 1), f"GK-OTP-{770012 + i * 31}", p.name, p.dept, p.mobile,
                      f"2026/1{i % 2}/0{1 + i % 9}"] for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 9 token holders with names and mobiles",
))

_p = staff(42, 16)
MESSAGES.append(dict(
    id="its-042",
    sender=S_SAOTOME,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=[],
    subject="本番移行データ（大阪支店分）",
    charset="iso-2022-jp",
    body=f"""島袋様

お世話になっております。早乙女です。

大阪支店分の本番移行データをZIPにまとめてお送りします。
　・社員マスタ_大阪.csv（16名）
　・所属コード表.xlsx

住所は通勤手当の計算に使用するため、番地まで含めています。
取込後、件数の確認をお願いいたします。
{SIG_SAOTOME}""",
    attachments=[{"kind": "zip", "name": "移行データ_大阪支店_20261109.zip", "files": [
        {"kind": "csv", "name": "社員マスタ_大阪.csv", "encoding": "utf-8",
         "rows": [["社員番号", "氏名", "カナ", "生年月日", "郵便番号", "住所", "メール"]]
         + [[p.emp, p.name, p.kana, p.dob.strftime("%Y%m%d"), p.zip, p.addr, p.mail_init] for p in _p]},
        {"kind": "xlsx", "name": "所属コード表.xlsx",
         "sheets": {"コード": [["コード", "名称"]] + [[f"O{i + 1:03d}", d] for i, d in enumerate(DEPTS)]}},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="plain ZIP with a CSV of 16 employees' names, DOBs, home addresses and e-mails",
))

MESSAGES.append(dict(
    id="its-043",
    sender=S_ETO,
    to=["アサヒリース 宮森様 <miyamori@asahi-lease.co.jp>"], cc=[],
    subject="リース端末 ライセンス台帳（旧形式）",
    charset="cp932",
    body=f"""宮森様

お世話になっております。江藤です。

返却予定のリース端末について、Office ライセンスの割当状況がわかる台帳を添付します。
古い管理表のため .xls 形式ですがご容赦ください。

ライセンス解除が済んでいない端末（備考欄「未解除」）は、返却前にこちらで処理します。
{SIG_ETO}""",
    attachments=[{"kind": "xls", "name": "ライセンス台帳_2019.xls", "sheets": {
        "台帳": [["資産番号", "PC名", "機種", "シリアル", "Officeライセンス", "設置場所", "備考"],
               ["AL-19-0031", "HNS-PC0031", "ThinkPad L590", "PF1X7ZQ2", "Office 2019 Std", "本社5F", ""],
               ["AL-19-0032", "HNS-PC0032", "ThinkPad L590", "PF1X7ZQ9", "Office 2019 Std", "本社5F", "未解除"],
               ["AL-19-0047", "HNS-PC0047", "ThinkPad L590", "PF1X80B4", "Office 2019 Std", "本社7F", ""],
               ["AL-19-0048", "HNS-PC0048", "Latitude 5400", "7GQ2KX2", "Office 2019 Std", "大阪支店", "未解除"],
               ["AL-19-0052", "HNS-PC0052", "Latitude 5400", "7GQ2KY8", "Office 2019 Std", "仙台営業所", ""],
               ["AL-19-0060", "HNS-PC0060", "Latitude 5400", "7GQ2L03", "なし", "倉庫", "予備機"]],
    }}],
    expect="pass",
    entities=[], detectors=[],
    note="legacy XLS ledger of devices and licences (serials, PC names, places): no people",
))

_p = staff(44, 6)
MESSAGES.append(dict(
    id="its-044",
    sender=S_KAWAI,
    to=["関様 <seki@minamoto-densan.co.jp>"], cc=[],
    subject="緊急連絡先一覧の更新（データセンター運用）",
    charset="iso-2022-jp",
    body=f"""ミナモト電算株式会社
関様

いつもお世話になっております。日の出産業の河合です。

データセンターでの障害発生時の連絡先一覧を更新しましたので、Word で添付します。
夜間・休日は一覧の上から順にご連絡ください。
{SIG_KAWAI}""",
    attachments=[{"kind": "docx", "name": "緊急連絡先一覧_2026年11月.docx",
                  "paragraphs": ["日の出産業株式会社　障害時緊急連絡先一覧", "（2026年11月10日改訂）",
                                 "夜間・休日は上から順に連絡し、30分応答がない場合は次の者へ連絡すること。"],
                  "tables": [[["順位", "氏名", "役割", "携帯電話", "自宅電話"]]
                             + [[str(i + 1), p.name, ["一次対応", "一次対応", "二次対応", "二次対応", "責任者", "責任者"][i],
                                 p.mobile, (["03-%04d-%04d", "042-%03d-%04d", "044-%03d-%04d", "048-%03d-%04d"][i % 4]
                                            % (p.rng.randint(3000, 6999) if i % 4 == 0 else p.rng.randint(300, 899),
                                               p.rng.randint(1000, 9999))) if i % 2 else ""] for i, p in enumerate(_p)]]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of six employees' mobile and home phone numbers to the data-centre operator",
))

_p = staff(45, 4)
MESSAGES.append(dict(
    id="its-045",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="キックオフ資料（体制図入り）",
    charset="utf-8",
    body=f"""本庄様

来週のキックオフ資料をお送りします。
体制図のページに弊社側メンバー4名の連絡先を載せていますので、
御社側の体制図もいただけますと助かります。
{SIG_SAOTOME}""",
    attachments=[{"kind": "pptx", "name": "ワークフロー更改_キックオフ.pptx",
                  "slides": [["ワークフロー更改プロジェクト キックオフ", "2026年11月16日", "日の出産業株式会社 情報システム部"],
                             ["プロジェクト概要", "現行WF（2014年導入）のクラウド移行", "2027年4月 本番稼働"],
                             ["体制（日の出産業）"] + [f"{p.name}（{['PM', 'リーダー', '業務担当', 'インフラ担当'][i]}）  "
                                                     f"{p.mobile}  {p.mail_dot}" for i, p in enumerate(_p)],
                             ["スケジュール", "要件定義 11月〜12月", "設計 1月", "構築・テスト 2月〜3月"]]}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="kickoff deck with four project members' work contacts: under five people, may be warned",
))

MESSAGES.append(dict(
    id="its-046",
    sender=S_KIRYU,
    to=["中津川様 <nakatsugawa@tsubasa-system.jp>"], cc=[S_SAOTOME],
    subject="【社外秘】次期基幹システム更改 構想概要",
    charset="iso-2022-jp",
    body=f"""取扱区分：社外秘
━━━━━━━━━━━━━━━━━━━━

中津川様

お世話になっております。桐生です。
NDA 締結ありがとうございました。構想の概要を共有いたします。

１．更改対象
　販売管理・在庫管理・生産管理の3システム（現行はオンプレミス、2014年稼働）

２．方針
　・販売／在庫はSaaS（Fit to Standard）、生産管理はスクラッチを継続
　・2028年4月の全面稼働を目標

３．予算枠
　初期費用 3.2億円（税別）、5年TCO 7.5億円を上限として経営会議で承認済み

４．スケジュール
　2027年1月 RFP発行、3月 ベンダー選定

ご提案に向けたご質問があればお寄せください。
{SIG_KIRYU}""",
    expect="stop",
    entities=[], detectors=["confidential_marking"],
    note="mail stamped 【社外秘】 in the subject and 取扱区分：社外秘 in the body (budget and plans)",
))

MESSAGES.append(dict(
    id="its-047",
    sender=S_MORISHITA,
    to=["Megan O'Connor <megan.oconnor@brightdesk.com>"], cc=[],
    subject="Request for proposal: IT service desk platform (Hinode Sangyo)",
    charset="utf-8",
    body=f"""Dear Ms. O'Connor,

Thank you for the introduction call last week. As discussed, we would like to invite
BrightDesk to submit a proposal for our IT service desk platform.

Key requirements:
  - About 1,300 end users, 12 agents (Japanese UI required for end users)
  - Entra ID SSO and SCIM provisioning
  - Ticket data residency in Japan or the EU
  - Import of approx. 40,000 historical tickets from CSV

Please send your proposal by December 4. A mutual NDA is not required at this stage;
we will share detailed integration specifications after the shortlist.
{SIG_MORISHITA}
{DISC_EN}""",
    expect="pass",
    entities=[], detectors=[],
    note="English RFP mail with no classification marking; 'confidential' only in the standard disclaimer",
))

MESSAGES.append(dict(
    id="its-048",
    sender=S_KAWAI,
    to=["関様 <seki@minamoto-densan.co.jp>"], cc=[],
    subject="ラック収容機器一覧の送付",
    charset="cp932",
    body=f"""関様

お世話になっております。河合です。

年次点検に向けて、弊社ラック（B-14, B-15）の収容機器一覧を送付します。
電源容量の確認をお願いいたします。
{SIG_KAWAI}""",
    attachments=[{"kind": "xlsx", "name": "ラック収容機器一覧.xlsx", "page_header": "部外秘",
                  "sheets": {"B-14": [["U", "機器", "型番", "電源(W)", "管理IP"],
                                      ["42", "コアSW#1", "C9500-24Y4C", "650", "10.10.0.1"],
                                      ["40", "FW#1", "FG-601F", "350", "10.10.0.254"],
                                      ["30-33", "仮想化ホスト#1", "PowerEdge R760", "1400", "10.10.8.11"],
                                      ["26-29", "仮想化ホスト#2", "PowerEdge R760", "1400", "10.10.8.12"]],
                             "B-15": [["U", "機器", "型番", "電源(W)", "管理IP"],
                                      ["20-23", "ストレージ", "PowerStore 1200T", "1800", "10.10.8.30"],
                                      ["10", "UPS監視", "NMC3", "20", "10.10.0.40"]]}}],
    expect="stop",
    entities=[], detectors=["confidential_marking"],
    note="rack inventory XLSX whose print header is 部外秘; nothing in the body says so",
))

MESSAGES.append(dict(
    id="its-049",
    sender=S_KIRYU,
    to=["中津川様 <nakatsugawa@tsubasa-system.jp>"], cc=[],
    subject="RFP（次期基幹システム）送付のご案内",
    charset="iso-2022-jp",
    body=f"""中津川様

お世話になっております。桐生です。

次期基幹システムの提案依頼書（RFP）を送付いたします。
PDF にはパスワードを設定しておりますので、別途お電話でお伝えいたします。

提出期限は 2027年2月26日（金）17時 です。
{SIG_KIRYU}""",
    attachments=[{"kind": "pdf", "name": "RFP_次期基幹システム_v1.0.pdf", "password": "Tsb-2027rfp!",
                  "lines": ["提案依頼書", "次期基幹システム更改", "日の出産業株式会社"]}],
    expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
))

MESSAGES.append(dict(
    id="its-050",
    sender=S_KAWAI,
    to=["真田様 <sanada@tsubasa-system.jp>", "藤枝様 <fujieda@hoshizora-net.co.jp>",
        "関様 <seki@minamoto-densan.co.jp>", "木ノ下様 <kinoshita@gatekeepers.co.jp>"],
    cc=["高見沢 <takamizawa.dev@gmail.com>"],
    subject="ネットワーク更改プロジェクト キックオフのご案内",
    charset="utf-8",
    body=f"""各位

お世話になっております。日の出産業の河合です。

ネットワーク更改プロジェクトのキックオフを下記のとおり開催いたします。
業務委託で参画いただく高見沢さんにも Cc でご案内しています。

日時：2026年11月24日（火）13:30〜15:00
場所：日の出産業 本社 7F 大会議室／Teams
内容：プロジェクト概要、各社の役割分担、マイルストーン

資料は当日画面共有いたします。
{SIG_KAWAI}""",
    expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four vendor organisations and a Gmail freelancer all visible in To/Cc",
))

# -- its-051 … its-060 ------------------------------------------------------------------------

MESSAGES.append(dict(
    id="its-051",
    sender=S_ETO,
    to=["久住 様 <kusumi.eng@yahoo.co.jp>", "Ohara <t.ohara1987@gmail.com>", "能登 様 <noto-h@icloud.com>"],
    cc=[],
    subject="年末年始 PC キッティング作業のお願い（業務委託）",
    charset="iso-2022-jp",
    body=f"""皆様

お世話になっております。日の出産業 情報システム部の江藤です。

昨年に引き続き、年末年始の PC キッティング作業へのご協力をお願いできればと思います。

　期間：12/26〜12/28、1/5〜1/7（計6日、うち都合のよい日で結構です）
　場所：本社 6F 作業室
　作業：Windows 11 端末 約120台のセットアップ、資産ラベル貼付
　単価：昨年同額

参加可能な日程を 12/5 までにご返信ください。
{SIG_ETO}""",
    expect="stop",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons on free mail in To can see each other's addresses",
))

_p = staff(52, 7)
_rows = "".join(f"<tr><td>{p.name}</td><td>{p.kana}</td><td>{p.dept}</td><td>{p.mail_old}</td><td>{p.mobile}</td>"
                f"<td>{['パスワード失効', 'PC貸出', 'VPN', 'メール誤送信', 'プリンタ', 'Teams', 'ファイル復元'][i]}</td></tr>\n"
                for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="its-052",
    sender=S_OKONOGI,
    to=["五味様 <gomi@helpnavi.co.jp>"], cc=[],
    subject="VIP対応リスト（HTMLレポート）",
    charset="cp932",
    body=f"""五味様

お世話になっております。小此木です。

役員・部長クラスで、問合せ時に優先対応している方々のリストです。
旧システムのレポート機能でHTML出力したものを添付します。
着信時に名前で判別できるよう、ナレッジに登録をお願いします。
{SIG_OKONOGI}""",
    attachments=[{"kind": "html", "name": "vip_callers_report.html", "html": f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>VIP Callers Report</title></head>
<body><h1>優先対応者レポート</h1><p>出力日時: 2026-11-12 09:03</p>
<table border="1"><thead><tr><th>氏名</th><th>カナ</th><th>部署</th><th>メール</th><th>携帯</th><th>直近の問合せ</th></tr></thead>
<tbody>
{_rows}</tbody></table></body></html>"""}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML report attachment listing 7 executives with e-mails and mobiles",
))

_p = staff(53, 6)
_styles = ["short", "kanji", "slash", "short", "kanji", "slash"]
MESSAGES.append(dict(
    id="its-053",
    sender=S_NIWA,
    to=["木ノ下様 <kinoshita@gatekeepers.co.jp>"], cc=[],
    subject="本人確認用 秘密の質問データの移行について",
    charset="cp932",
    body="木ノ下様\n\n丹羽です。お世話になっております。\n\n"
         "旧パスワードリセットツールでは、本人確認に生年月日を使っておりました。\n"
         "新ポータルでも同じ運用にしたいので、試験的に下記6名分を登録していただけますか。\n\n"
         + "\n".join(f"{p.sei_k}{p.mei_k},{p.sei_r.lower()}{p.emp[-4:]},{wareki(p.dob, s)}"
                     for p, s in zip(_p, _styles))
         + "\n\n（カナ氏名,ログインID,生年月日 の順です）\n\n問題なければ残りの社員分も同じ形式でお送りします。\n" + SIG_NIWA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="six employees' katakana names, login IDs and 和暦 dates of birth, comma-separated without a header",
))

_p = staff(54, 5)
_banks = [("みどり銀行", "日本橋支店"), ("東都信用金庫", "大宮支店"), ("みどり銀行", "新宿西口支店"),
          ("ひかり銀行", "船橋支店"), ("ゆうちょ銀行", "〇一八店")]
MESSAGES.append(dict(
    id="its-054",
    sender=S_SAOTOME,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=["payroll-support@kumoworks.co.jp"],
    subject="給与振込テスト用 口座データ",
    charset="cp932",
    body=f"""島袋様

お世話になっております。早乙女です。

KUMO給与の振込データ作成テスト用に、情報システム部員5名の口座情報を添付します。
（本人の同意は取得済みです）
全銀フォーマットの出力結果を確認させていただければと思います。
{SIG_SAOTOME}""",
    attachments=[{"kind": "xlsx", "name": "振込口座_テスト5名.xlsx", "sheets": {
        "口座": [["社員番号", "氏名", "金融機関", "支店", "種別", "口座番号", "口座名義"]]
        + [[p.emp, p.name, b, br, "普通", f"{p.rng.randint(1000000, 9999999)}", f"{p.sei_k} {p.mei_k}"]
           for p, (b, br) in zip(_p, _banks)]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five employees' bank accounts (bank, branch, 普通, 7 digits, kana holder) in XLSX to a payroll SaaS",
))

MESSAGES.append(dict(
    id="its-055",
    sender=S_SAOTOME,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=[],
    subject="在留期限アラート機能の検証データ",
    charset="utf-8",
    body=f"""島袋様

お世話になっております。早乙女です。

在留期限アラート機能の検証のため、外国籍社員2名のデータを登録いただけますでしょうか。
期限が近い方と余裕のある方で、通知タイミングを確認したいと考えています。

1) NGUYEN VAN THANH（グエン ヴァン タイン）社員番号 231187
   在留カード番号：UH48213075EA
   在留資格：技術・人文知識・国際業務
   在留期間満了日：2027年1月14日

2) MARIA CLARA SANTOS（マリア クララ サントス）社員番号 226604
   在留カード番号：EM90517326QB
   在留資格：永住者
   在留期間満了日：―（カード有効期限 2031年8月2日）

よろしくお願いいたします。
{SIG_SAOTOME}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="two employees' 在留カード numbers with names sent to the HR SaaS vendor",
))

_p = staff(56, 3)
MESSAGES.append(dict(
    id="its-056",
    sender=S_ETO,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=[],
    subject="社会保険項目の取込エラーについて",
    charset="iso-2022-jp",
    body=f"""島袋様

江藤です。お世話になります。

社会保険タブの一括取込で、以下3名だけエラーになります。
桁数は合っているように見えるのですが、原因を見ていただけますか。

{_p[0].name}　保険証 記号 ２１０３　番号 ４５７　／ 基礎年金番号 ４１２３−５６７８９０
{_p[1].name}　保険証 記号 ２１０３　番号 １２２８　／ 基礎年金番号 ２９８７−６５４３２１
{_p[2].name}　保険証 記号 ２１０４　番号 ９０　　／ 基礎年金番号 １０５５−２０４８１６

エラーメッセージは「E-2207 記号番号形式不正」です。
{SIG_ETO}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="three employees' health-insurance 記号・番号 and 基礎年金番号 in full-width digits",
))

MESSAGES.append(dict(
    id="its-057",
    sender=S_ETO,
    to=["青葉運輸 塚越様 <tsukagoshi@aoba-unyu.co.jp>"], cc=[],
    subject="キッティング済PCの拠点配送のお願い",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
塚越様

いつもお世話になっております。日の出産業の江藤です。

キッティング済みPCの各拠点への配送をお願いいたします。
集荷は 12/8（火）午前、本社6F作業室からです。

　配送先　　　　住所　　　　　　　　　　　　　　　　　　　　電話（代表）　台数
　大阪支店　　　大阪府大阪市北区梅田2-5-8 梅田フロントビル9F　06-6345-2210　18台
　名古屋営業所　愛知県名古屋市中区錦3-14-2 錦センタービル5F　052-961-3380　9台
　仙台営業所　　宮城県仙台市青葉区中央1-6-21 青葉第一ビル3F　022-224-7715　6台
　福岡営業所　　福岡県福岡市博多区博多駅前4-2-11 博多駅前ビル6F　092-411-5562　5台

各拠点とも受取担当は総務担当者です。
精密機器扱いでお願いします。
{SIG_ETO}""",
    expect="pass",
    entities=[], detectors=[],
    note="delivery to four branch offices (business addresses and switchboards) via the partner carrier",
))

MESSAGES.append(dict(
    id="its-058",
    sender=S_KAWAI,
    to=["真田様 <sanada@tsubasa-system.jp>"], cc=[],
    subject="障害報告書（11/9 販売管理システム停止）",
    charset="cp932",
    body=f"""真田様

お世話になっております。河合です。

11/9 の販売管理システム停止について、弊社側の障害報告書を添付します。
御社の報告書と時系列の突き合わせをお願いできますでしょうか。
{SIG_KAWAI}""",
    attachments=[{"kind": "corrupt", "name": "障害報告書_20261109.pdf"}],
    expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="the PDF attachment is damaged and cannot be read",
))

MESSAGES.append(dict(
    id="its-059",
    sender=S_MORISHITA,
    to=["James Whitfield <james.whitfield@kestrel-analytics.co.uk>"], cc=[],
    subject="Sample export for the correlation rules",
    charset="utf-8",
    body=f"""Hi James,

As promised, here is a sample of the authentication database export so your team can
tune the correlation rules. The archive is AES-encrypted; I will send the password by
SMS to your mobile.

It contains one week of records (approx. 48,000 rows).
{SIG_MORISHITA}""",
    attachments=[{"kind": "zip", "name": "auth_export_sample.zip", "password": "K3strel!Nov26",
                  "files": [{"kind": "txt", "name": "auth_export.tsv", "encoding": "utf-8",
                             "text": "ts\tuser\tsrc_ip\tresult\n2026-11-01T00:01:12Z\tsvc-backup\t10.10.9.21\tOK\n"}]}],
    expect="stop",
    entities=[], detectors=["unscannable_attachment"],
    note="AES-encrypted ZIP to an overseas vendor: content cannot be inspected",
))

_p = staff(60, 3)
_ins = "\n".join(f"INSERT INTO m_user (user_id, user_name, mail, tel, dept_cd) VALUES "
                 f"('{p.sei_r.lower()}{p.emp[-3:]}', '{p.name}', '{p.mail_dot}', '{p.mobile}', '{DEPTS.index(p.dept) + 10}');"
                 for p in _p)
MESSAGES.append(dict(
    id="its-060",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="m_user への手動登録SQL（3件）",
    charset="utf-8",
    body=f"""本庄様

お世話になっております。早乙女です。

連携漏れになっていた3名分を手動で登録したいので、以下のSQLで問題ないか
ご確認いただけますか。本番投入は明朝こちらで行います。

BEGIN;
{_ins}
COMMIT;

dept_cd は m_dept の値に合わせています。
{SIG_SAOTOME}""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="SQL INSERTs for three employees (name, e-mail, phone): under five people, may be warned",
))

# -- its-061 … its-070 ------------------------------------------------------------------------

MESSAGES.append(dict(
    id="its-061",
    sender=S_KAWAI,
    to=["関様 <seki@minamoto-densan.co.jp>"], cc=["dc-ops@minamoto-densan.co.jp"],
    subject="ご報告：データセンター内での作業員の体調不良について",
    charset="iso-2022-jp",
    body=f"""ミナモト電算株式会社
関様

お世話になっております。日の出産業の河合です。

昨日（8/27）B-14 ラック前で弊社作業員が倒れた件、ご対応ありがとうございました。
経過をご報告いたします。

弊社インフラ課の 羽鳥 悠真（はとり ゆうま）は搬送先の病院で熱中症と診断され、
点滴を受けて当日中に帰宅しました。本人から、以前より不整脈の持病があり
服薬中であったとの申告もありましたので、今後の夜間作業は単独作業を避けるよう
社内で調整しております。

入館記録の「途中退館」の扱いについては、別途ご相談させてください。
{SIG_KAWAI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="names an employee with his diagnosis (heat stroke) and a chronic heart condition: 要配慮 of one person",
))

_p = staff(62, 12)
MESSAGES.append(dict(
    id="its-062",
    sender=S_ETO,
    to=["塚越様 <tsukagoshi@aoba-unyu.co.jp>"], cc=[],
    subject="テレワーク端末回収（自宅集荷）のお願い",
    charset="cp932",
    body=f"""塚越様

お世話になっております。日の出産業の江藤です。

リース満了に伴い、テレワーク用端末を社員の自宅から回収したく、
集荷のお手配をお願いいたします。回収先一覧を添付します（12件）。

集荷日時は各社員と調整済みで、一覧の「希望日時」の列に記載しています。
梱包資材は当日お持ちいただけますと助かります。
{SIG_ETO}""",
    attachments=[{"kind": "csv", "name": "端末回収先一覧.csv", "encoding": "cp932",
                  "rows": [["No", "氏名", "郵便番号", "住所", "電話", "資産番号", "希望日時"]]
                  + [[str(i + 1), p.name, p.zip, p.addr, p.mobile, f"AL-21-{300 + i * 7:04d}",
                      f"12/{14 + i % 4} {['午前', '14-16時', '16-18時', '18-20時'][i % 4]}"] for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 employees' home addresses and phones in a CSV for pick-up by the carrier",
))

_p = staff(63, 5)
MESSAGES.append(dict(
    id="its-063",
    sender=S_OKONOGI,
    to=["モバイルリンク 法人窓口 <houjin@mobilelink.co.jp>"], cc=[],
    subject="SIM再発行のお願い",
    charset="utf-8",
    body="モバイルリンク株式会社\n法人窓口 御中\n\n"
         "いつもお世話になっております。日の出産業株式会社の小此木です。\n\n"
         "SIMカードの破損・紛失があったため、以下の回線のSIM再発行をお願いいたします。\n\n"
         + "\n".join(f"{p.sei_k} {p.mei_k}　{p.mobile}" for p in _p)
         + "\n\n送付先は本社 情報システム部 小此木宛でお願いします。\n" + SIG_OKONOGI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five katakana names with their mobile numbers, unlabelled lines, to the carrier agent",
))

_p = staff(64, 12)
MESSAGES.append(dict(
    id="its-064",
    sender=S_ETO,
    to=["錦印刷 カード事業部 大迫様 <osako@nishiki-insatsu.co.jp>"], cc=[],
    subject="社員証（ICカード）印刷データの入稿",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
カード事業部 大迫様

いつもお世話になっております。日の出産業の江藤です。

1月入社者分の社員証の印刷データを入稿いたします。
顔写真は別途ストレージでお渡しします（ファイル名は一覧の「写真」列のとおりです）。

納品は 12/22 までに本社総務部宛でお願いいたします。
{SIG_ETO}""",
    attachments=[{"kind": "xlsx", "name": "社員証印刷データ_2027年1月入社.xlsx", "sheets": {
        "印刷データ": [["社員証 印刷データ（2027年1月入社）"], [],
                   ["社員番号", "氏名", "ローマ字", "所属", "入社日", "ICカードID", "写真"]]
        + [[f"27{p.emp[2:]}", p.name, p.ROMA, p.dept, "2027/01/05", f"04A1{p.rng.randint(10**7, 10**8 - 1)}",
            f"{p.emp}.jpg"] for p in _p]}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="12 new employees' names, romaji, employee numbers and departments for ID-card printing: a list of people",
))

MESSAGES.append(dict(
    id="its-065",
    sender=S_KAWAI,
    to=["sanada@xn--tsubsa-system-z1k.jp"], cc=[],
    subject="11月度 作業報告書の件",
    charset="utf-8",
    body=f"""真田様

お世話になっております。河合です。

11月度の作業報告書を確認しました。
作業項目 No.7（バックアップ世代数変更）の実績工数が見積より大きいようですので、
内訳をいただけますでしょうか。

よろしくお願いします。
{SIG_KAWAI}""",
    expect="stop",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain is an IDN homoglyph of tsubasa-system.jp (Cyrillic а, punycode)",
))

MESSAGES.append(dict(
    id="its-066",
    sender=S_NIWA,
    to=["真田様 <sanada@tsubasa-system.jp>"], cc=[],
    subject="【注意喚起】御社名をかたるなりすましメールについて",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
真田様

お世話になっております。日の出産業の丹羽です。

本日、弊社の複数の社員宛に「tsubasa-sytem.jp」「tsubasa-systems.jp」という
御社に似たドメインから、請求書を装ったメールが届いております。
添付ファイルはマクロ付きの Excel でした。

弊社ではゲートウェイで当該ドメインをブロック済みですが、
御社でも他のお客様への注意喚起をご検討いただけますでしょうか。
ヘッダ情報が必要でしたらお送りします。
{SIG_NIWA}""",
    expect="pass",
    entities=[], detectors=[],
    note="sent to the genuine partner domain; look-alike domains are only mentioned in the text",
))

_p = staff(67, 5)
MESSAGES.append(dict(
    id="its-067",
    sender=S_NIWA,
    to=["鵜飼 様 <ukai@sekiguchi-sec.co.jp>"], cc=[],
    subject="フィッシング訓練外の実被害：認証情報入力者の一覧",
    charset="cp932",
    body="鵜飼様\n\nお世話になっております。丹羽です。\n\n"
         "11/16 に届いた偽の M365 サインイン画面のメールで、以下の5名が ID・パスワードを入力していました。\n"
         "いずれもパスワードはリセット済みです。侵害有無の調査をお願いします。\n\n"
         + padtable([["氏名", "所属", "アカウント", "入力日時"]]
                    + [[p.name, p.dept, p.mail_dot, f"11/16 {9 + i}:{(i * 19) % 60:02d}"] for i, p in enumerate(_p)])
         + "\n\n" + SIG_NIWA,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five phishing victims' names and e-mails in a space-padded table to a security vendor",
))

MESSAGES.append(dict(
    id="its-068",
    sender=S_KIRYU,
    to=["白川法律事務所 野々村先生 <nonomura@shirakawa-law.jp>"], cc=[],
    subject="元従業員による不正アクセス事案のご相談",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
野々村先生

いつもお世話になっております。日の出産業の桐生でございます。

先日お電話でご相談した件、経緯をまとめました。

2026年9月末に退職した元社員 小野寺 哲也（元 購買部、社員番号 187725）が、
退職後も共有アカウントを使って社内システムに接続していたことが判明いたしました。
同人は 11月20日、別件の不正アクセス禁止法違反の容疑で警視庁に逮捕されたと
報道されております。

弊社として被害届の提出、及び取引先への説明の要否についてご助言をいただきたく存じます。
アクセスログ等の資料は面談時にお持ちいたします。
{SIG_KIRYU}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named former employee's arrest (criminal record, 要配慮) described to outside counsel",
))

MESSAGES.append(dict(
    id="its-069",
    sender=S_MORISHITA,
    to=["Erik Lindqvist <erik.lindqvist@nordvault.com>", "Megan O'Connor <megan.oconnor@brightdesk.com>"],
    cc=[],
    subject="Joint call: SSO integration between Nordvault and BrightDesk",
    charset="utf-8",
    body=f"""Hi Erik, hi Megan,

Let me introduce you to each other: Erik is our contact at Nordvault (our identity provider),
Megan leads the BrightDesk onboarding for us.

We would like to set up SAML SSO and SCIM provisioning between the two platforms before
our go-live in February. Could we have a 45-minute call next week? Proposed slots (JST):

  - Tue Dec 1, 17:00-17:45
  - Thu Dec 3, 17:00-17:45

Tokyo 17:00 is 09:00 in Stockholm and 08:00 in Dublin, I believe.
{SIG_MORISHITA}""",
    expect="pass",
    entities=[], detectors=["multiple_external_domains"],
    note="introduction mail to two external organisations; a normal three-way meeting",
))

_p = staff(70, 30)
MESSAGES.append(dict(
    id="its-070",
    sender=S_SAOTOME,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=[],
    subject="通勤経路自動算出の検証データ（氏名なし）",
    charset="cp932",
    body=f"""島袋様

早乙女です。お世話になっております。

通勤経路の自動算出機能の検証用データです。
個人情報に配慮して氏名は除外しておりますのでご安心ください。
社員番号と住所から経路が正しく出るか確認いただけますでしょうか。
{SIG_SAOTOME}""",
    attachments=[{"kind": "xlsx", "name": "通勤経路検証データ.xlsx", "sheets": {
        "データ": [["社員番号", "性別", "生年月日", "郵便番号", "住所", "勤務地", "入社日"]]
        + [[p.emp, "男" if p.sex == "M" else "女", p.dob.strftime("%Y-%m-%d"), p.zip, p.addr,
            "本社" if i % 3 else "大阪支店", p.hire.strftime("%Y-%m-%d")] for i, p in enumerate(_p)]}}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="30 employees' DOBs and home addresses keyed by employee number: a list of people with no name column",
))

# -- its-071 … its-080 ------------------------------------------------------------------------

_p = staff(71, 15)
MESSAGES.append(dict(
    id="its-071",
    sender=S_ETO,
    to=["電子契約サービス サポート窓口 <support@denshi-keiyaku.jp>"], cc=[],
    subject="送信者ホワイトリスト登録のお願い（15アドレス）",
    charset="iso-2022-jp",
    body="ご担当者様\n\nお世話になっております。日の出産業株式会社 情報システム部の江藤です。\n\n"
         "電子契約サービスの送信権限を付与するユーザーのアドレスをお送りします。\n"
         "契約書送付の権限（送信者ロール）で登録をお願いいたします。\n\n"
         + "\n".join(p.mail_dot for p in _p)
         + "\n\n以上15件です。\n" + SIG_ETO,
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="15 employees' personal work e-mail addresses (firstname.lastname), one per line, no other columns",
))

MESSAGES.append(dict(
    id="its-072",
    sender=S_MORISHITA,
    to=["BrightDesk Onboarding <onboarding@brightdesk.com>"], cc=[],
    subject="Agent accounts for the trial tenant",
    charset="utf-8",
    body=f"""Hello,

Please create agent accounts on our trial tenant (hinode-trial.brightdesk.com) for:

| Name             | E-mail                                  | Role        |
|------------------|-----------------------------------------|-------------|
| Tatsuya OKONOGI  | t-okonogi@hinode-sangyo.co.jp           | Agent       |
| Chihiro NAGUMO   | chihiro.nagumo@hinode-sangyo.co.jp      | Team lead   |

We will add the remaining ten agents after the trial.
{SIG_MORISHITA}""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="two agents' names and work e-mails in a markdown table: under five people, may be warned",
))

_p = staff(73, 8)
MESSAGES.append(dict(
    id="its-073",
    sender=S_ETO,
    to=["宮森様 <miyamori@asahi-lease.co.jp>"], cc=[],
    subject="リース満了PC 回収対象者（本社分）",
    charset="iso-2022-jp",
    body="宮森様\n\nお世話になっております。江藤です。\n\n"
         "本社分の回収対象PCと利用者の一覧です。回収当日に不在の場合は携帯に連絡してください。\n\n"
         + padtable([["EmpNo", "Name", "Dept", "Asset", "Return by", "Mobile"]]
                    + [[p.emp, p.name, p.dept, f"AL-21-{510 + i * 3:04d}", f"2026/12/{10 + i}", p.mobile]
                       for i, p in enumerate(_p)], sep="   ")
         + "\n\nよろしくお願いいたします。\n" + SIG_ETO,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 PC users with mobiles in a space-padded ASCII table with a ---- rule, to the leasing company",
))

MESSAGES.append(dict(
    id="its-074",
    sender=S_NIWA,
    to=["鵜飼 様 <ukai@sekiguchi-sec.co.jp>"], cc=[],
    subject="11月度 セキュリティ運用レポートの確認",
    charset="cp932",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'ＭＳ Ｐゴシック'; font-size:10.5pt">
<div>鵜飼様</div><br>
<div>お世話になっております。丹羽です。<br>
11月度の運用レポートを拝見しました。弊社側の集計と突き合わせた結果です。</div><br>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr bgcolor="#e8eef7"><th>区分</th><th>御社集計</th><th>弊社集計</th></tr>
<tr><td>不審メール報告</td><td align="right">142</td><td align="right">142</td></tr>
<tr><td>マルウェア検知</td><td align="right">7</td><td align="right">7</td></tr>
<tr><td>不正サインイン試行</td><td align="right">388</td><td align="right">391</td></tr>
<tr><td>USB 利用申請</td><td align="right">26</td><td align="right">26</td></tr>
</table><br>
<div>不正サインイン試行の差分3件は、月末日の集計時刻の違いと思われます。<br>
12月度からは弊社側の一次対応を 服部 と 湊 の2名体制にいたします。</div><br>
<div>丹羽 さやか<br>情報システム部 情報セキュリティ推進室<br>日の出産業株式会社<br>Tel 03-5201-4410 (ext. 7350)</div>
</body></html>""",
    expect="pass",
    entities=[], detectors=[],
    note="monthly security statistics (counts only) and two staff surnames without other data",
))

_p = staff(75, 14)
MESSAGES.append(dict(
    id="its-075",
    sender=S_ETO,
    to=["宮森様 <miyamori@asahi-lease.co.jp>"], cc=[],
    subject="資産台帳（使用者付き）",
    charset="cp932",
    body=f"""宮森様

お世話になっております。江藤です。
ご依頼の資産台帳を CSV でお送りします。使用者名は現時点のものです。
{SIG_ETO}""",
    attachments=[{"kind": "csv", "name": "資産台帳_使用者付き.csv", "encoding": "cp932",
                  "rows": [["資産番号", "機種", "シリアル", "使用者"]]
                  + [[f"AL-22-{120 + i:04d}", ["ThinkPad E14 Gen5", "Latitude 3540", "dynabook G83"][i % 3],
                      f"{['PF4', 'GX7', 'ZB2'][i % 3]}{p.rng.randint(100000, 999999)}", p.name] for i, p in enumerate(_p)]}],
    expect="either",
    entities=[], detectors=[],
    note="asset ledger: device serials with the owner's name only (14 people); whether that is a list of people is debatable",
))

MESSAGES.append(dict(
    id="its-076",
    sender=S_KAWAI,
    to=["藤枝様 <fujieda@hoshizora-net.co.jp>"], cc=[],
    subject="新拠点（福岡）IPアドレス設計",
    charset="iso-2022-jp",
    body=f"""藤枝様

お世話になっております。河合です。
福岡営業所の開設に伴う IP アドレス設計案です。ルータ設定の作成をお願いします。

　セグメント　　VLAN　ネットワーク　　　　 GW
　業務PC　　　　110　 10.40.10.0/24　　　 10.40.10.1
　プリンタ　　　120　 10.40.20.0/26　　　 10.40.20.1
　無線（社員）　130　 10.40.30.0/23　　　 10.40.30.1
　無線（ゲスト）190　 172.31.90.0/24　　　172.31.90.1
　管理　　　　　999　 10.40.99.0/28　　　 10.40.99.1

WAN：IPsec で本社（203.0.113.10）及び大阪（198.51.100.24）と接続
DHCP：業務PC・無線はルータで払い出し（リース 8時間）
{SIG_KAWAI}""",
    expect="pass",
    entities=[], detectors=[],
    note="IP address plan for a branch: network data only",
))

MESSAGES.append(dict(
    id="its-077",
    sender=S_MORISHITA,
    to=["Erik Lindqvist <erik.lindqvist@nordvault.com>"], cc=["legal@nordvault.com"],
    subject="Contract renewal and updated mutual NDA",
    charset="utf-8",
    body=f"""Dear Erik,

Our annual subscription (contract NV-JP-2024-0113) renews on February 1. Before we sign,
our legal team asked for two changes:

1. The mutual NDA should be updated to the 2026 version of your template, including the
   clause on confidential information disclosed orally (survival period of 3 years).
2. The DPA annex should list the Tokyo region as the primary data location.

Could your legal team send us the revised NDA and renewal quote? The quote may stay at
the current 1,350 seats (EUR 4.20 per seat/month).
{SIG_MORISHITA}
{DISC_EN}""",
    expect="pass",
    entities=[], detectors=[],
    note="English mail about contract renewal and an NDA; 'confidential' only as topic and in the disclaimer",
))

_p = staff(78, 9)
_orig = "\n".join(f"{p.emp}　{p.name}　入社日：{p.hire.strftime('%Y%m%d')}　E-1042 社員番号桁数不正" for p in _p[:3]) + "\n" + \
        "\n".join(f"{p.emp}　{p.name}　生年月日：{p.dob.strftime('%Y/%m/%d')}　E-1107 メール重複（{p.mail_dot}）" for p in _p[3:])
MESSAGES.append(dict(
    id="its-078",
    sender=S_SAOTOME,
    to=["島袋様 <shimabukuro@kumoworks.co.jp>"], cc=[],
    subject="RE: 取込エラーのご報告（社員マスタ）",
    charset="iso-2022-jp",
    body=f"""島袋様

ご確認ありがとうございます。
E-1042 の3件は人事システム側の出力設定の誤りでしたので、修正して再送します。
E-1107 の6件は兼務者の重複登録でした。兼務の扱いについて仕様を確認させてください。

早乙女

-----Original Message-----
From: 島袋 <shimabukuro@kumoworks.co.jp>
Sent: Monday, November 30, 2026 4:12 PM
To: 早乙女 <r-saotome@hinode-sangyo.co.jp>
Subject: 取込エラーのご報告（社員マスタ）

早乙女様

お世話になっております。クモワークスの島袋です。
取込テストの結果、以下9件がエラーとなりました。

{_orig}

ご確認をお願いいたします。
島袋""",
    expect="pass",
    entities=[], detectors=[],
    note="reply whose personal data (9 rows) is only in the quoted Original Message from the recipient",
))

MESSAGES.append(dict(
    id="its-079",
    sender=S_KAWAI,
    to=["高見沢さん <takamizawa.dev@gmail.com>"], cc=[],
    subject="VPN アカウント発行のお知らせ（業務委託）",
    charset="utf-8",
    body=f"""高見沢さん

お疲れさまです。日の出産業の河合です。

ネットワーク更改の作業用に VPN アカウントを発行しました。

　ユーザーID：ext-takamizawa
　初期パスワード：別途 SMS でお送りします
　接続先：vpn.hinode-sangyo.co.jp（FortiClient）
　利用期間：2027/3/31 まで

初回ログイン時に MFA の登録が求められますので、ご自身のスマートフォンで登録をお願いします。
{SIG_KAWAI}""",
    expect="pass",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (a freelancer) receiving his own account ID",
))

_p = staff(80, 20)
MESSAGES.append(dict(
    id="its-080",
    sender=S_OKONOGI,
    to=["情報システム部 <isys@hinode-sangyo.co.jp>"], cc=["河合 <s-kawai@hinode-sangyo.co.jp>"],
    subject="【部内共有】MFA 未登録者リスト（12/1 時点）",
    charset="iso-2022-jp",
    body="部内各位\n\nお疲れさまです。小此木です。\n"
         "MFA 未登録者のリストです。今週中に各自で電話フォローをお願いします。\n\n"
         + "\n".join(f"{i + 1:>2}. {p.name}（{p.dept}） {p.mail_dot}  携帯 {p.mobile}" for i, p in enumerate(_p))
         + "\n\n" + SIG_OKONOGI,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="20 employees' contacts, but every recipient is internal",
))

# -- its-081 … its-090 ------------------------------------------------------------------------

MESSAGES.append(dict(
    id="its-081",
    sender=S_NIWA,
    to=["情報セキュリティ委員会 <sec-committee@hinode-sangyo.co.jp>"], cc=[S_KIRYU],
    subject="【委員会限り】不正ログイン事案 中間報告",
    charset="cp932",
    body=f"""委員各位

情報セキュリティ推進室の丹羽です。
10月に発生した不正ログイン事案の中間報告です。

１．被害アカウント
　経理部 柳田 康弘（社員番号 204417）
　※本人はうつ病により8月から休職中。連絡は人事部経由とすること。

２．原因（推定）
　休職前に私物スマートフォンへ転送設定していたメールから、パスワードリセット用のリンクが
　第三者に取得された可能性。関口セキュリティ社でフォレンジック中。

３．影響
　経理部共有フォルダへのアクセスあり（閲覧のみ、持出しは確認されず）

最終報告は12月の委員会で行います。
{SIG_NIWA}""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="sensitive health information about a named employee, but sent only to internal addresses",
))

_p = staff(82, 24)
MESSAGES.append(dict(
    id="its-082",
    sender=S_SAOTOME,
    to=["鴨志田 亘 <w-kamoshida@osaka.hinode-sangyo.co.jp>"], cc=["人事部 <jinji@mail.hinode-sangyo.co.jp>"],
    subject="大阪支店 社員マスタ（照合用）",
    charset="iso-2022-jp",
    body=f"""鴨志田さん

お疲れさまです。早乙女です。

クモワークスへの本番移行前に、大阪支店分の社員マスタの照合をお願いします。
人事部にも Cc しています。住所・連絡先に古いものがあれば赤字で修正してください。

金曜までに戻していただけると助かります。
{SIG_SAOTOME}""",
    attachments=[{"kind": "xlsx", "name": "社員マスタ_大阪支店_照合用.xlsx", "sheets": {
        "大阪支店": [["社員番号", "氏名", "カナ", "生年月日", "住所", "携帯", "メール"]]
        + [[p.emp, p.name, p.kana, wareki(p.dob, "slash"), f"〒{p.zip} {p.addr}", p.mobile, p.mail_init] for p in _p]}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="24 employees' master data, but the recipients are internal subdomains (osaka., mail.)",
))

_p = staff(83, 1)[0]
MESSAGES.append(dict(
    id="its-083",
    sender=S_OKONOGI,
    to=["五味様 <gomi@helpnavi.co.jp>"], cc=[],
    subject="【エスカレーション】INC-26120057 メール送信不可",
    charset="cp932",
    body=f"""五味様

小此木です。お世話になっております。
一次対応で解決しなかった案件をエスカレーションします。

【チケット】INC-26120057
【依頼者】{_p.name}（{_p.dept}）
【連絡先】{_p.mobile} ／ {_p.mail_dot}
【事象】Outlook で社外宛のメールが「550 5.7.520」で返ってくる
【一次対応】プロファイル再作成、キャッシュクリア → 改善せず

転送ルールの設定が疑わしいと見ています。ご本人に直接ご連絡いただいて構いません。
{SIG_OKONOGI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one caller's name, mobile and e-mail in an escalated ticket: a single person, may be warned",
))

_p = staff(84, 3)
MESSAGES.append(dict(
    id="its-084",
    sender=S_OKONOGI,
    to=["木ノ下様 <kinoshita@gatekeepers.co.jp>"], cc=[],
    subject="MFA リセット依頼（3名）",
    charset="iso-2022-jp",
    body=f"""木ノ下様

お世話になっております。小此木です。
スマートフォン紛失・故障により、以下3名の MFA リセットをお願いします。

1. {_p[0].name}　携帯 {_p[0].mobile}（紛失、回線停止済み）
2. {_p[1].name}　携帯 {_p[1].mobile}（故障）
3. {_p[2].name}　携帯 {_p[2].mobile}（機種変更）

本人確認は弊社側で実施済みです。
{SIG_OKONOGI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three employees with mobiles: fewer than five people, may be warned",
))

_p = staff(85, 4)
MESSAGES.append(dict(
    id="its-085",
    sender=S_KAWAI,
    to=["dc-ops@minamoto-densan.co.jp"], cc=[],
    subject="入館申請：12/5（土）計画停止作業",
    charset="utf-8",
    body=f"""ミナモト電算 DC運用ご担当者様

いつもお世話になっております。日の出産業の河合です。
12/5（土）の計画停止作業に伴い、下記のとおり入館を申請いたします。

入館日時：2026年12月5日（土）7:00〜19:00
作業場所：3F サーバールーム B-14、B-15
作業者：
  1) {_p[0].name}（日の出産業）携帯 {_p[0].mobile}
  2) {_p[1].name}（日の出産業）携帯 {_p[1].mobile}
  3) {_p[2].name}（日の出産業）携帯 {_p[2].mobile}
  4) {_p[3].name}（日の出産業）携帯 {_p[3].mobile}
持込機材：ノートPC 2台、コンソールケーブル
{SIG_KAWAI}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="data-centre entry request for four workers with mobiles: four people, below the list threshold",
))

MESSAGES.append(dict(
    id="its-086",
    sender=S_ETO,
    to=["ツバサシステム 営業部 中津川様 <nakatsugawa@tsubasa-system.jp>"], cc=[],
    subject="Re: Microsoft 365 ライセンス更新のお見積り",
    charset="utf-8",
    body=f"""中津川様

お見積りありがとうございます。以下の数量で再見積りをお願いできますでしょうか。

　品目　　　　　　　　　　　　SKU　　　　　　　　数量　単価（年額）
　Microsoft 365 Business Premium　CFQ7TTC0LCHC　　　1,180　　36,120円
　Microsoft 365 E3　　　　　　　　CFQ7TTC0LFLX　　　　 95　　64,800円
　Exchange Online Plan 1　　　　CFQ7TTC0LH16　　　　 60　　 9,720円
　Defender for Endpoint P2　　　CFQ7TTC0LGZT　　　　 95　　 8,640円

E3 の95ライセンスは管理職向けです。Business Premium との差額もご教示ください。
見積番号 TSQ-2026-11873 の改版でお願いします。
{SIG_ETO}""",
    expect="pass",
    entities=[], detectors=[],
    note="licence quote: SKUs, quantities, prices and a quotation number",
))

MESSAGES.append(dict(
    id="its-087",
    sender=S_ETO,
    to=["塚越様 <tsukagoshi@aoba-unyu.co.jp>"], cc=[],
    subject="Re: 配送完了のご連絡",
    charset="utf-8",
    body=f"""塚越様

配送完了のご連絡ありがとうございました。
各拠点での受領も確認できました。

念のため、控えとして下記を記録させていただきます。

　発注番号：PO-2026-04417
　伝票番号：4127-8830-5562（大阪）／4127-8830-5573（名古屋）
　　　　　　4127-8830-5584（仙台）／4127-8830-5595（福岡）
　請求書番号：AU-INV-261208-031

名古屋営業所の1箱に外装の凹みがありましたが、中身は問題ありませんでした。
{SIG_ETO}""",
    expect="pass",
    entities=[], detectors=[],
    note="order, tracking and invoice numbers only",
))

MESSAGES.append(dict(
    id="its-088",
    sender=S_KAWAI,
    to=["藤枝様 <fujieda@hoshizora-net.co.jp>"], cc=[],
    subject="回線工事 拠点一覧（住所・代表番号）",
    charset="cp932",
    body=f"""藤枝様

お世話になっております。河合です。
光回線の工事調整用に、拠点一覧を添付します。
現地の立会いは各拠点の総務担当が行います（代表電話にご連絡ください）。
{SIG_KAWAI}""",
    attachments=[{"kind": "xlsx", "name": "拠点一覧_回線工事.xlsx", "sheets": {
        "拠点": [["拠点名", "郵便番号", "住所", "代表電話", "FAX", "工事希望時期"],
               ["本社", "103-0027", "東京都中央区日本橋3-8-12 日の出ビル7F", "03-5201-4410", "03-5201-4419", "2027年1月"],
               ["大阪支店", "530-0001", "大阪府大阪市北区梅田2-5-8 梅田フロントビル9F", "06-6345-2210", "06-6345-2219", "2027年1月"],
               ["名古屋営業所", "460-0003", "愛知県名古屋市中区錦3-14-2 錦センタービル5F", "052-961-3380", "052-961-3389", "2027年2月"],
               ["仙台営業所", "980-0021", "宮城県仙台市青葉区中央1-6-21 青葉第一ビル3F", "022-224-7715", "022-224-7716", "2027年2月"],
               ["福岡営業所", "812-0011", "福岡県福岡市博多区博多駅前4-2-11 博多駅前ビル6F", "092-411-5562", "092-411-5563", "2027年3月"],
               ["厚木物流センター", "243-0021", "神奈川県厚木市岡田3-19-4", "046-229-8810", "046-229-8811", "2027年3月"]]}}],
    expect="pass",
    entities=[], detectors=[],
    note="list of the company's own sites with office addresses and switchboards: businesses, not people",
))

MESSAGES.append(dict(
    id="its-089",
    sender=S_ETO,
    to=["宮森様 <miyamori@asahi-lease.co.jp>"], cc=[],
    subject="返却対象機器一覧（CSV）",
    charset="utf-8",
    body=f"""宮森様

江藤です。返却対象の機器一覧を CSV でお送りします。
使用者情報は不要とのことでしたので、部署と設置場所のみ記載しています。
{SIG_ETO}""",
    attachments=[{"kind": "csv", "name": "return_devices.csv", "encoding": "utf-8",
                  "rows": [["asset_no", "model", "serial", "department", "location", "lease_end"]]
                  + [[f"AL-21-{400 + i}", ["ThinkPad L14 Gen2", "Latitude 5420", "VersaPro VKT16"][i % 3],
                      f"{['PF2', '9HX', '1NC'][i % 3]}{(i * 7919 + 104729) % 1000000:06d}", DEPTS[i % len(DEPTS)],
                      ["本社5F", "本社6F", "本社7F", "大阪支店"][i % 4], "2026-12-31"] for i in range(26)]}],
    expect="pass",
    entities=[], detectors=[],
    note="device ledger with serials, departments and locations only: no people",
))

MESSAGES.append(dict(
    id="its-090",
    sender=S_SAOTOME,
    to=["真田様 <sanada@tsubasa-system.jp>"], cc=[],
    subject="次回打合せの資料について",
    charset="iso-2022-jp",
    body=f"""真田様

お世話になっております。早乙女です。

次回 12/10 の打合せでは、現行システムの詳細設計書を確認いただく予定です。
なお、詳細設計書は弊社規程上「社外秘」の区分となっておりますので、
メールでの送付は控え、当日紙でお渡しし、打合せ後に回収させていただきます。
あらかじめご了承ください。

当日は 14:00 に本社 7F 受付までお越しください。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[], detectors=[],
    note="mentions that a document is 社外秘 (and will not be mailed); the mail itself is not marked",
))

# -- its-091 … its-100 ------------------------------------------------------------------------

MESSAGES.append(dict(
    id="its-091",
    sender=S_KAWAI,
    to=[S_KAWAI], cc=[],
    bcc=["sanada@tsubasa-system.jp", "fujieda@hoshizora-net.co.jp", "seki@minamoto-densan.co.jp",
         "kinoshita@gatekeepers.co.jp", "gomi@helpnavi.co.jp", "miyamori@asahi-lease.co.jp"],
    subject="【お知らせ】年末年始の問合せ窓口について（日の出産業 情報システム部）",
    charset="utf-8",
    body=f"""お取引先各位
（本メールは BCC にて一斉送信しております）

平素より大変お世話になっております。
日の出産業株式会社 情報システム部です。

年末年始休業期間中の弊社側窓口を下記のとおりご案内いたします。

休業期間：2026年12月29日（火）〜2027年1月4日（月）
緊急連絡先：情報システム部 当番携帯（代表番号 03-5201-4410 より転送）

障害・セキュリティインシデント等の緊急案件は上記へご連絡ください。
本年も大変お世話になりました。来年もよろしくお願い申し上げます。
{SIG_KAWAI}""",
    expect="pass",
    entities=[], detectors=[],
    note="announcement to six vendors correctly in Bcc; To is the sender himself",
))

MESSAGES.append(dict(
    id="its-092",
    sender=S_KAWAI,
    to=["真田様 <sanada@dev.tsubasa-system.jp>"], cc=["本庄様 <honjo@tsubasa-system.jp>"],
    subject="検証環境のアクセス制限について",
    charset="utf-8",
    body=f"""真田様

お世話になっております。河合です。
（検証環境の通知用アドレス宛にお送りしています）

検証環境（stg-wf.hinode.local）へのアクセスについて、御社の作業用セグメント
（192.0.2.64/27）からのみ許可する設定に変更しました。
他のセグメントから接続が必要な場合はご連絡ください。
{SIG_KAWAI}""",
    expect="pass",
    entities=[], detectors=[],
    note="sent to a subdomain of the genuine partner domain (dev.tsubasa-system.jp): not a look-alike",
))

MESSAGES.append(dict(
    id="its-093",
    sender=S_MORISHITA,
    to=["Megan O'Connor <megan.oconnor@brightdesk.com>"], cc=[],
    subject="SAML settings for hinode-trial.brightdesk.com",
    charset="utf-8",
    body=f"""Hi Megan,

Here are the SAML settings from our side for the trial tenant:

  IdP Entity ID      : https://sso.nordvault.com/saml/hinode-sangyo
  SSO URL            : https://sso.nordvault.com/saml/hinode-sangyo/sso
  Certificate (SHA-256 fingerprint):
    4A:7F:1C:92:0B:3E:55:D8:A1:6C:22:9F:E0:47:B3:18:6D:90:C4:2A:71:F5:08:BE:33:19:5C:E7:A4:02:6B:DD
  NameID format      : urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress
  Attributes         : email, givenName, surname, department

Please send us your SP metadata XML (ACS URL and entity ID) so we can finish the app
registration in Nordvault.
{SIG_MORISHITA}""",
    expect="pass",
    entities=[], detectors=[],
    note="SSO configuration values only",
))

MESSAGES.append(dict(
    id="its-094",
    sender=S_OKONOGI,
    to=["五味様 <gomi@helpnavi.co.jp>"], cc=[],
    subject="問合せ件数の月次推移（参考）",
    charset="utf-8",
    body=f"""五味様

小此木です。体制検討のご参考に、過去6か月の問合せ件数を CSV でお送りします。
カテゴリ別・月別の件数のみです。
{SIG_OKONOGI}""",
    attachments=[{"kind": "csv", "name": "問合せ件数_月次.csv", "encoding": "cp932",
                  "rows": [["カテゴリ", "2026/06", "2026/07", "2026/08", "2026/09", "2026/10", "2026/11"],
                           ["アカウント・パスワード", "212", "198", "176", "230", "251", "244"],
                           ["PC・周辺機器", "145", "160", "121", "139", "150", "137"],
                           ["メール・Teams", "98", "87", "75", "102", "120", "96"],
                           ["VPN・ネットワーク", "61", "58", "49", "77", "92", "70"],
                           ["基幹システム", "44", "39", "31", "52", "48", "45"],
                           ["その他", "33", "28", "25", "30", "29", "31"]]}],
    expect="pass",
    entities=[], detectors=[],
    note="help-desk statistics: counts per category and month",
))

MESSAGES.append(dict(
    id="its-095",
    sender=S_KAWAI,
    to=["関様 <seki@minamoto-densan.co.jp>"], cc=[],
    subject="FW: 【星空ネットワークス】閉域網 計画メンテナンスのお知らせ（12/15）",
    charset="iso-2022-jp",
    body=f"""関様

お世話になっております。河合です。
回線事業者から下記のメンテナンス通知が来ております。
DC 側のルータでアラームが上がると思いますので、ご承知おきください。

---------- Forwarded message ----------
From: 星空ネットワークス 保守センター <noc@hoshizora-net.co.jp>
Date: 2026年12月1日(火) 10:00
Subject: 【星空ネットワークス】閉域網 計画メンテナンスのお知らせ（12/15）
To: <s-kawai@hinode-sangyo.co.jp>

お客様各位

平素より弊社サービスをご利用いただき、誠にありがとうございます。
下記の日程で閉域網サービスの計画メンテナンスを実施いたします。

　日時：2026年12月15日（火）01:00〜05:00
　影響：作業中に最大10分程度の通信断が2回発生します
　対象回線：HZ-VPN-0047821、HZ-VPN-0047822

ご迷惑をおかけいたしますが、何卒ご理解のほどお願い申し上げます。
星空ネットワークス株式会社 保守センター
""",
    expect="pass",
    entities=[], detectors=[],
    note="forward of a vendor's maintenance notice: circuit IDs and times, no personal data",
))

MESSAGES.append(dict(
    id="its-096",
    sender=S_SAOTOME,
    to=["本庄様 <honjo@tsubasa-system.jp>"], cc=[],
    subject="検証環境の docker-compose について",
    charset="utf-8",
    body=f"""本庄様

早乙女です。検証環境の compose ファイルですが、以下の構成で問題ないでしょうか。
DB のパスワードは .env 側に逃がしています。

services:
  wf-app:
    image: registry.hinode.local/wf/app:2.4.1
    ports:
      - "8080:8080"
    environment:
      SPRING_PROFILES_ACTIVE: stg
      DB_URL: jdbc:postgresql://wf-db:5432/wf
      DB_USER: wf_app
      DB_PASSWORD: ${{DB_PASSWORD}}
      MAIL_FROM: wf-noreply@hinode-sangyo.co.jp
    depends_on:
      - wf-db
  wf-db:
    image: postgres:16
    volumes:
      - wf-data:/var/lib/postgresql/data
volumes:
  wf-data:

メール送信は検証環境では MailHog に向ける想定です。
{SIG_SAOTOME}""",
    expect="pass",
    entities=[], detectors=[],
    note="docker-compose YAML with service names and a no-reply address: no personal data",
))

_cn = corp_number("010401058831")
MESSAGES.append(dict(
    id="its-097",
    sender=S_ETO,
    to=["クモワークス 契約管理ご担当 <contract@kumoworks.co.jp>"], cc=[],
    subject="取引先登録情報のご連絡（日の出産業株式会社）",
    charset="iso-2022-jp",
    body=f"""株式会社クモワークス
契約管理ご担当者様

お世話になっております。日の出産業株式会社 情報システム部の江藤です。
ご依頼の取引先登録情報をお送りいたします。

　商号　　　　：日の出産業株式会社
　法人番号　　：{_cn}
　本店所在地　：〒103-0027 東京都中央区日本橋3-8-12 日の出ビル
　代表電話　　：03-5201-4410
　請求書送付先：経理部 支払担当（keiri-shiharai@hinode-sangyo.co.jp）
　支払条件　　：月末締め翌月末払い

ご不明点がございましたらお知らせください。
{SIG_ETO}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="the company's own registration data (法人番号, head-office address, switchboard): no personal data",
))

MESSAGES.append(dict(
    id="its-098",
    sender=S_OKONOGI,
    to=["五味様 <gomi@helpnavi.co.jp>"], cc=[],
    subject="ナレッジ用スクリーンショット（VPN エラー -6005）",
    charset="cp932",
    body=f"""五味様

小此木です。
FortiClient で「-6005」エラーが出た際の画面キャプチャを添付します。
原因は証明書の有効期限切れで、以下の手順で解消します。

　１．FortiClient を終了
　２．「証明書の更新」ショートカットを実行
　３．PC を再起動して再接続

ナレッジ KB-0142 として登録をお願いします。
{SIG_OKONOGI}""",
    attachments=[{"kind": "png", "name": "forticlient_6005.png"}],
    expect="pass",
    entities=[], detectors=[],
    note="screenshot and a procedure for the help-desk knowledge base",
))

MESSAGES.append(dict(
    id="its-099",
    sender=S_NIWA,
    to=["鵜飼 様 <ukai@sekiguchi-sec.co.jp>"], cc=[],
    subject="ノートPC紛失の件（初動のご相談）",
    charset="iso-2022-jp",
    body=f"""鵜飼様

お世話になっております。丹羽です。

本日、営業部の社員が帰宅途中の電車内でノートPCを紛失しました。
BitLocker 有効、MDM 管理下の端末です。リモートワイプの実行タイミングについて
ご相談させてください。

　使用者：鶴見 恵理（営業部）
　連絡先：０８０−４４１７−２０９３（本人携帯）
　端末　：HNS-PC1187（ThinkPad E14、資産番号 AL-24-0187）
　紛失時刻：12/3 19:40 頃（JR 京浜東北線 車内）

警察への遺失届は本人が提出済みです。
{SIG_NIWA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one employee's name and mobile (full-width) in an incident mail: a single person, may be warned",
))

_p = staff(100, 7)
_q = "\n".join(f"> {p.roma:<22} {p.mail_dot:<36} {'locked' if i % 2 else 'active'}" for i, p in enumerate(_p))
MESSAGES.append(dict(
    id="its-100",
    sender=S_MORISHITA,
    to=["Sara Holm <sara.holm@nordvault.com>"], cc=[],
    subject="Re: Accounts locked after the policy change",
    charset="utf-8",
    body=f"""Hi Sara,

Thank you, that explains it. We will roll back the lockout threshold to 10 attempts
tonight and let you know tomorrow whether the accounts unlock as expected.

Kenta

On Thu, Dec 3, 2026 at 6:14 PM Sara Holm <sara.holm@nordvault.com> wrote:
> Hi Kenta,
>
> The accounts below were locked by the new policy (threshold 3 attempts):
>
{_q}
>
> The lockout counter resets after 30 minutes unless the threshold is changed.
>
> Best,
> Sara""",
    expect="pass",
    entities=[], detectors=[],
    note="reply: the 7-user list is only in the quoted text of the vendor's own mail",
))
