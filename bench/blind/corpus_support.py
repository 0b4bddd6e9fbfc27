"""Blind corpus: カスタマーサポート部 and 情報システム部 of 日の出産業 (ids sup-001 …).

Written from bench/blind/BRIEF.md alone.  Every person, number and address below is
invented.  Small local helpers build realistic customer rows; each message lays them
out its own way.
"""

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people
# ---------------------------------------------------------------------------------------

_SEI = [
    ("佐々木", "ササキ", "Sasaki"), ("小野寺", "オノデラ", "Onodera"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("百目鬼", "ドウメキ", "Domeki"), ("栗林", "クリバヤシ", "Kuribayashi"),
    ("久保田", "クボタ", "Kubota"), ("渡邉", "ワタナベ", "Watanabe"),
    ("菅野", "カンノ", "Kanno"), ("新垣", "アラカキ", "Arakaki"), ("比嘉", "ヒガ", "Higa"),
    ("熊谷", "クマガイ", "Kumagai"), ("砂川", "スナガワ", "Sunagawa"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("及川", "オイカワ", "Oikawa"), ("桑原", "クワバラ", "Kuwabara"),
    ("野々村", "ノノムラ", "Nonomura"), ("猪狩", "イガリ", "Igari"),
    ("小笠原", "オガサワラ", "Ogasawara"), ("鬼塚", "オニツカ", "Onitsuka"),
    ("日下部", "クサカベ", "Kusakabe"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("神林", "カンバヤシ", "Kanbayashi"), ("瀬戸口", "セトグチ", "Setoguchi"),
    ("安齋", "アンザイ", "Anzai"), ("蛭田", "ヒルタ", "Hiruta"), ("木下", "キノシタ", "Kinoshita"),
    ("田村", "タムラ", "Tamura"), ("中島", "ナカジマ", "Nakajima"), ("藤原", "フジワラ", "Fujiwara"),
    ("吉岡", "ヨシオカ", "Yoshioka"), ("松下", "マツシタ", "Matsushita"), ("石井", "イシイ", "Ishii"),
    ("森田", "モリタ", "Morita"), ("上野", "ウエノ", "Ueno"), ("宇佐美", "ウサミ", "Usami"),
    ("外山", "トヤマ", "Toyama"), ("茂木", "モテギ", "Motegi"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("四ノ宮", "シノミヤ", "Shinomiya"), ("廣瀬", "ヒロセ", "Hirose"), ("大舘", "オオダテ", "Odate"),
    ("今泉", "イマイズミ", "Imaizumi"), ("古賀", "コガ", "Koga"), ("宮里", "ミヤザト", "Miyazato"),
]
_MEI = [
    ("翔太", "ショウタ", "Shota", "男"), ("陽菜", "ヒナ", "Hina", "女"), ("大輝", "ダイキ", "Daiki", "男"),
    ("結衣", "ユイ", "Yui", "女"), ("健一", "ケンイチ", "Kenichi", "男"), ("美穂", "ミホ", "Miho", "女"),
    ("隆", "タカシ", "Takashi", "男"), ("由紀子", "ユキコ", "Yukiko", "女"), ("和也", "カズヤ", "Kazuya", "男"),
    ("智子", "トモコ", "Tomoko", "女"), ("聡", "サトシ", "Satoshi", "男"), ("真理子", "マリコ", "Mariko", "女"),
    ("浩二", "コウジ", "Koji", "男"), ("恵美", "エミ", "Emi", "女"), ("直樹", "ナオキ", "Naoki", "男"),
    ("千尋", "チヒロ", "Chihiro", "女"), ("拓海", "タクミ", "Takumi", "男"), ("彩花", "アヤカ", "Ayaka", "女"),
    ("正男", "マサオ", "Masao", "男"), ("久美子", "クミコ", "Kumiko", "女"), ("勝", "マサル", "Masaru", "男"),
    ("幸子", "サチコ", "Sachiko", "女"), ("蓮", "レン", "Ren", "男"), ("葵", "アオイ", "Aoi", "女"),
    ("義信", "ヨシノブ", "Yoshinobu", "男"), ("瑞穂", "ミズホ", "Mizuho", "女"), ("琢磨", "タクマ", "Takuma", "男"),
    ("紗希", "サキ", "Saki", "女"), ("秀樹", "ヒデキ", "Hideki", "男"), ("典子", "ノリコ", "Noriko", "女"),
    ("耕平", "コウヘイ", "Kohei", "男"),
]

# (都道府県+市区町村+町名, 〒, 市外局番)
_PLACES = [
    ("東京都練馬区豊玉北", "176-0012", "03"), ("神奈川県相模原市中央区淵野辺", "252-0206", "042"),
    ("埼玉県川口市芝新町", "333-0858", "048"), ("千葉県船橋市前原西", "274-0825", "047"),
    ("大阪府堺市北区中百舌鳥町", "591-8023", "072"), ("愛知県春日井市鳥居松町", "486-0844", "0568"),
    ("北海道旭川市豊岡四条", "078-8234", "0166"), ("宮城県仙台市泉区将監", "981-3132", "022"),
    ("福岡県久留米市東町", "830-0032", "0942"), ("広島県福山市南蔵王町", "721-0973", "084"),
    ("静岡県浜松市中央区高林", "430-0907", "053"), ("兵庫県西宮市甲子園口", "663-8113", "0798"),
    ("京都府宇治市小倉町", "611-0042", "0774"), ("新潟県長岡市東坂之上町", "940-0066", "0258"),
    ("熊本県熊本市東区健軍", "862-0911", "096"), ("沖縄県浦添市牧港", "901-2131", "098"),
    ("岡山県倉敷市老松町", "710-0826", "086"), ("長野県松本市蟻ケ崎", "390-0861", "0263"),
    ("茨城県つくば市竹園", "305-0032", "029"), ("群馬県高崎市江木町", "370-0046", "027"),
    ("東京都世田谷区経堂", "156-0052", "03"), ("神奈川県横浜市港北区日吉本町", "223-0062", "045"),
    ("大阪府豊中市庄内栄町", "561-0836", "06"), ("愛知県名古屋市千種区今池", "464-0850", "052"),
    ("福島県郡山市堂前町", "963-8025", "024"), ("石川県金沢市有松", "921-8161", "076"),
]
_BUILDINGS = ["", "", "", "", " コーポ若葉202", " グランシティ川辺805", " メゾン緑が丘101",
              " サンハイツ3F", " パークサイド東館1204", " 第二松風荘5号室"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "nifty.com", "au.com"]


class _P:
    """One invented person."""

    def __init__(self, rng):
        self.sei, self.sei_kana, self.sei_r = rng.choice(_SEI)
        self.mei, self.mei_kana, self.mei_r, self.sex = rng.choice(_MEI)
        self.name = f"{self.sei} {self.mei}"
        self.name_nospace = self.sei + self.mei
        self.kana = f"{self.sei_kana} {self.mei_kana}"
        self.romaji = f"{self.mei_r} {self.sei_r}"
        self.dob = _dt.date(rng.randint(1942, 2003), rng.randint(1, 12), rng.randint(1, 28))
        place, self.zip, area = rng.choice(_PLACES)
        if place.endswith("条"):
            num = f"{rng.randint(1, 9)}丁目{rng.randint(1, 20)}-{rng.randint(1, 30)}"
        elif rng.random() < 0.5:
            num = f"{rng.randint(1, 6)}-{rng.randint(1, 40)}-{rng.randint(1, 25)}"
        else:
            num = f"{rng.randint(1, 6)}丁目{rng.randint(1, 40)}番{rng.randint(1, 25)}号"
        self.pref_city = place
        self.addr = place + num + rng.choice(_BUILDINGS)
        local = 10 - len(area)
        if local == 8:
            self.tel = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(0, 9999):04d}"
        elif local == 7:
            self.tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}"
        else:
            self.tel = f"{area}-{rng.randint(20, 99)}-{rng.randint(0, 9999):04d}"
        self.mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        user = rng.choice([
            f"{self.mei_r.lower()}.{self.sei_r.lower()}",
            f"{self.sei_r.lower()}{rng.randint(1, 99)}",
            f"{self.mei_r[0].lower()}-{self.sei_r.lower()}{self.dob.year % 100:02d}",
            f"{self.sei_r.lower()}_{self.mei_r.lower()}{rng.randint(1, 9)}",
            f"{self.mei_r.lower()}{self.dob.month:02d}{self.dob.day:02d}",
        ])
        self.email = f"{user}@{rng.choice(_FREEMAIL)}"


def people(seed, n):
    rng = _random.Random(f"sup-{seed}")
    return [_P(rng) for _ in range(n)]


def person(seed):
    return people(seed, 1)[0]


# ---------------------------------------------------------------------------------------
# formatting helpers
# ---------------------------------------------------------------------------------------

_ZD = str.maketrans("0123456789", "０１２３４５６７８９")


def zen(s, jis=False):
    """Full-width digits; the hyphen becomes － (or − where ISO-2022-JP needs it)."""
    return s.translate(_ZD).replace("-", "−" if jis else "－").replace("/", "／")


def wareki(d, style="kanji"):
    if d >= _dt.date(1989, 1, 8):
        era, era_k, y = "H", "平成", d.year - 1988
    else:
        era, era_k, y = "S", "昭和", d.year - 1925
    if style == "kanji":
        return f"{era_k}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{era}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{era}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ").replace(".", "．")
    if style == "slash":
        return f"{era}{y:02d}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def _w(s):
    return sum(2 if _ud.east_asian_width(c) in "FWA" and not c.isascii() else 1 for c in s)


def pad(s, width, fill=" "):
    s = str(s)
    n = width - _w(s)
    if n <= 0:
        return s
    if fill == "　":
        return s + "　" * (n // 2) + " " * (n % 2)
    return s + " " * n


def table(rows, sep="  ", fill=" ", rule=None):
    """Space-padded text table, optionally with a rule line under the header."""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = [pad(c, widths[i], fill) if i < len(r) - 1 else str(c) for i, c in enumerate(r)]
        lines.append(sep.join(cells).rstrip())
        if k == 0 and rule:
            total = sum(widths) + _w(sep) * (len(widths) - 1)
            lines.append(rule * (min(total, 76) // _w(rule)))
    return "\n".join(lines)


def card4(n, sep="-"):
    n = "".join(c for c in str(n) if c.isdigit())
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def mn4(n, sep=" "):
    n = "".join(c for c in str(n) if c.isdigit())
    return sep.join(n[i:i + 4] for i in range(0, 12, 4))


def serial(rng, model):
    return f"{model}-{rng.choice(['22', '23', '24'])}{rng.choice('ABCDEFGHJK')}-{rng.randint(0, 99999):05d}"


# ---------------------------------------------------------------------------------------
# staff of 日の出産業 and their signatures
# ---------------------------------------------------------------------------------------

TAKAHASHI = "高橋 美咲 <takahashi.misaki@hinode-sangyo.co.jp>"
KIMURA = "木村 健太 <kimura.kenta@hinode-sangyo.co.jp>"
MATSUO = "松尾 里奈 <matsuo.rina@hinode-sangyo.co.jp>"
ONISHI = "大西 亮 <onishi.ryo@hinode-sangyo.co.jp>"
KOIZUMI = "小泉 沙織 <koizumi.saori@hinode-sangyo.co.jp>"
MORIMOTO = "森本 拓也 <morimoto.takuya@hinode-sangyo.co.jp>"
ISHIKAWA = "石川 真由 <ishikawa.mayu@hinode-sangyo.co.jp>"
HASEBE = "長谷部 剛 <hasebe.tsuyoshi@hinode-sangyo.co.jp>"
FUJII = "藤井 恵 <fujii.megumi@hinode-sangyo.co.jp>"
SUPPORT = "日の出産業 お客様相談室 <support@hinode-sangyo.co.jp>"

SIG_TAKAHASHI = """
--------------------------------------------------
日の出産業株式会社 カスタマーサポート部 第一グループ
高橋 美咲（Takahashi Misaki）
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル6F
TEL: 03-5201-7730（代表） FAX: 03-5201-7739
Mail: takahashi.misaki@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_KIMURA = """
***************************************
日の出産業株式会社
カスタマーサポート部　エスカレーション担当
木村 健太
TEL 03-5201-7734 / 内線 2214
***************************************"""

SIG_MATSUO = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 お客様相談室
松尾 里奈
〒103-0027 東京都中央区日本橋2-14-9
フリーダイヤル 0120-41-7730（平日9:00-18:00）
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONISHI = """
--
大西 亮 / Ryo Onishi
日の出産業株式会社 カスタマーサポート部 品質窓口
03-5201-7736"""

SIG_KOIZUMI = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
カスタマーサポート部 修理受付課
小泉 沙織
TEL：03-5201-7741　FAX：03-5201-7749
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_MORIMOTO = """
------------------------------------
日の出産業株式会社 情報システム部
森本 拓也
〒103-0027 東京都中央区日本橋2-14-9 日の出ビル4F
TEL 03-5201-7800（部代表） 内線 4102
------------------------------------"""

SIG_ISHIKAWA = """
--
石川 真由
日の出産業(株) 情報システム部 インフラ課
内線4127 / 03-5201-7800"""

SIG_HASEBE = """
-----
長谷部 剛（はせべ つよし）
日の出産業株式会社 情報システム部 部長代理
TEL 03-5201-7800"""

SIG_FUJII = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 情報システム部 業務システム課
藤井 恵　Megumi Fujii
TEL: 03-5201-7811　Mail: fujii.megumi@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_HASEBE_EN = """
--
Tsuyoshi Hasebe
Deputy General Manager, IT Department
Hinode Sangyo Co., Ltd.
2-14-9 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7800"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの無断転載・複製・転送を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES = []

# ---------------------------------------------------------------------------------------
# sup-001 … sup-020: escalations, inquiry logs, call lists, warranty, payment, complaints
# ---------------------------------------------------------------------------------------

_c1 = people(1, 20)
_r1 = _random.Random("r1")
MESSAGES.append(dict(
    id="sup-001",
    sender=KIMURA,
    to=["ツバサシステム 保守サポート窓口 <support@tsubasa-system.jp>"],
    cc=["岡部 様 <okabe@tsubasa-system.jp>", TAKAHASHI],
    subject="【至急】CRM→基幹 顧客マスタ同期エラーの件（問合せ番号 TS-24-1187）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
保守サポート窓口 ご担当者様
（CC：岡部様）

いつも大変お世話になっております。
日の出産業カスタマーサポート部の木村です。

11月18日（月）の夜間バッチ以降、CRM側で更新した顧客情報が基幹システムへ
連携されない事象が続いております。
コールセンターからの折返し時に旧住所・旧電話番号が表示され、誤配送が
1件発生しているため、至急ご確認をお願いできますでしょうか。

■事象
　・同期ジョブ CUST_SYNC_02 が「ERR-4410 文字コード変換失敗」で異常終了
　・対象はエラーログに出力された顧客20件（住所に旧字体を含むものが多い印象です）

■添付
　エラー対象20件をCRM管理画面からそのままエクスポートしたCSVです。
　再現確認にお使いください。

お手数ですが、本日中に一次回答をいただけますと幸いです。
よろしくお願いいたします。
{SIG_KIMURA}
""",
    attachments=[dict(kind="csv", name="sync_error_20241119.csv", encoding="cp932", rows=[
        ["顧客ID", "氏名", "フリガナ", "電話番号", "メールアドレス", "郵便番号", "住所", "最終更新日時"],
    ] + [[f"C-{_r1.randint(1000000, 2999999)}", p.name, p.kana,
          p.mobile if i % 3 else p.tel, p.email, p.zip, p.addr,
          f"2024/11/18 {_r1.randint(9, 20)}:{_r1.randint(0, 59):02d}"] for i, p in enumerate(_c1)])],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="escalation to the CRM vendor with a CSV export of 20 customers' records",
))

_p2 = person(2)
MESSAGES.append(dict(
    id="sup-002",
    sender=KIMURA,
    to=["support@tsubasa-system.jp"],
    subject="マイページにログインできないお客様の件（TS-24-1203）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 保守サポート窓口 御中

お世話になっております。日の出産業の木村です。

お客様からマイページにログインできないとのお申し出があり、
パスワード再設定を3回お試しいただいても「アカウントがロックされています」と
表示されるとのことです。ロック解除と原因調査をお願いいたします。

　お客様ID　　：C-2071843
　お名前　　　：{_p2.name} 様
　ご登録メール：{_p2.email}
　お電話　　　：{_p2.mobile}
　発生日時　　：2024/11/20 08:40頃〜
　端末　　　　：iPhone / Safari

お客様には本日中に折り返すとお伝えしております。
解除できましたらご一報いただけますと助かります。
{SIG_KIMURA}
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's record in an escalation to the vendor: may warn, not hold",
))

_c3 = people(3, 12)
_r3 = _random.Random("r3")
_topics3 = ["フィルター交換時期の確認", "電源が入らない", "異音がする（ブーン音）", "保証期間の確認",
            "取扱説明書の再送希望", "エラーE3表示", "においが気になる", "リモコン紛失",
            "修理品の返送状況", "アプリ連携できない", "加湿量が少ない", "設置場所の相談"]
_rows3 = [[f"Q{2410000 + i * 37}", f"2024/{10 + i // 6}/{_r3.randint(1, 28):02d} {_r3.randint(9, 17)}:{_r3.randint(0, 59):02d}",
           p.name, p.mobile if i % 2 else p.tel, p.email, _r3.choice(["HS-AP300", "HS-HM120", "HS-DW450", "HS-RC7"]),
           _topics3[i], _r3.choice(["完了", "完了", "対応中", "折返し待ち"])] for i, p in enumerate(_c3)]
_hdr3 = ["受付No", "受付日時", "お客様名", "電話番号", "メール", "製品", "問い合わせ内容", "状況"]
MESSAGES.append(dict(
    id="sup-003",
    sender=TAKAHASHI,
    to=["西田 様 <nishida@callwave.co.jp>"],
    cc=["callwave-hinode@callwave.co.jp"],
    subject="10月・11月分 問い合わせ対応履歴の共有（引継ぎ用）",
    charset="utf-8",
    body=f"""コールウェーブ株式会社
西田様

いつもお世話になっております。日の出産業の高橋です。

12月から一次受付を御社センターに移管するにあたり、
直近2か月でこちらが対応した問い合わせ履歴をお送りします。
シートは月別に分けています。「対応中」「折返し待ち」のものは
引継ぎ後に御社からご連絡いただく想定です。

ご不明点があればお知らせください。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="xlsx", name="問い合わせ履歴_2024年10-11月.xlsx", sheets={
        "10月": [["問い合わせ対応履歴（2024年10月）"], []] + [_hdr3] + _rows3[:6],
        "11月": [["問い合わせ対応履歴（2024年11月）"], []] + [_hdr3] + _rows3[6:],
    })],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="inquiry log of 12 customers (two sheets, title rows) to the call-centre outsourcer",
))

_c4 = people(4, 14)
_r4 = _random.Random("r4")
_t4 = [["No", "折返し先", "受付日", "型番", "内容"]] + [
    [str(i + 1), p.mobile if _r4.random() < 0.6 else p.tel, f"11/{_r4.randint(11, 22)}",
     _r4.choice(["HS-AP300", "HS-AP300W", "HS-HM120", "HS-RC7"]),
     _r4.choice(["運転ランプ点滅", "異音", "交換フィルター注文", "修理進捗", "アプリ登録不可", "異臭"])]
    for i, p in enumerate(_c4)]
MESSAGES.append(dict(
    id="sup-004",
    sender=MATSUO,
    to=["コールウェーブ SV 西田様 <nishida@callwave.co.jp>"],
    subject="本日分 折返しリスト（14件）",
    charset="cp932",
    body=f"""西田様

お疲れさまです。日の出産業 松尾です。
本日システム障害で受付票に転記できなかった分、折返しをお願いしたい
お客様の番号を下記にまとめました。
お名前は受付票が復旧してから照合しますので、まずはお電話で
ご用件の確認だけお願いします。

{table(_t4, rule="-")}

17時までに架電いただけると助かります。
よろしくお願いします。
{SIG_MATSUO}
""",
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="call-back list of 14 customers' phone numbers with no name column, space-padded, to the outsourcer",
))

_c5 = people(5, 18)
_r5 = _random.Random("r5")
MESSAGES.append(dict(
    id="sup-005",
    sender=ONISHI,
    to=["callwave-hinode@callwave.co.jp"],
    subject="加湿器 HS-HM120 無償点検のご案内 架電リスト送付",
    charset="iso-2022-jp",
    body=f"""コールウェーブ株式会社
日の出産業プロジェクト ご担当各位

お世話になっております。日の出産業 品質窓口の大西です。

先日お打合せした HS-HM120 無償点検のアウトバウンドについて、
第一弾の架電リスト（18件）を添付いたします。
販売店経由の登録分のため氏名が取れていないものが多く、
電話番号・設置先住所・購入日のみのリストとなっております。
トークスクリプトは昨日お送りした v1.2 をお使いください。

架電結果は「備考」列にご記入のうえ、金曜日までにご返送ください。

以上、よろしくお願いいたします。
{SIG_ONISHI}
""",
    attachments=[dict(kind="csv", name="HM120_outbound_01.csv", encoding="utf-8-sig", rows=[
        ["架電先電話番号", "郵便番号", "設置先住所", "購入日", "型番", "製造番号", "備考"],
    ] + [[p.tel if i % 2 else p.mobile, p.zip, p.addr, f"2023/{_r5.randint(9, 12)}/{_r5.randint(1, 28)}",
          "HS-HM120", serial(_r5, "HM1"), ""] for i, p in enumerate(_c5)])],
    expect="stop",
    entities=["PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="outbound call list of 18 households (phone + address, no names) to the call centre",
))

_c6 = people(6, 25)
_r6 = _random.Random("r6")
_shops6 = ["ケーズデンキ風 中央店", "家電のヤマグチ", "ナカジマ電器", "公式オンライン", "ホームセンターさくら", "エディオン風 駅前店"]
MESSAGES.append(dict(
    id="sup-006",
    sender=KOIZUMI,
    to=["東和テクノサービス 修理受付 <uketsuke@towa-techno.co.jp>"],
    cc=["坂口 様 <sakaguchi@towa-techno.co.jp>"],
    subject="保証登録データ（11月登録分）送付の件",
    charset="cp932",
    body=f"""東和テクノサービス株式会社
修理受付ご担当者様

いつもお世話になっております。
日の出産業 修理受付課の小泉でございます。

11月にWeb保証登録いただいたお客様分のデータをお送りします。
出張修理の受付時に保証期間内かどうかの確認にご利用ください。
（先月と同じフォーマットで、25件です）

よろしくお願いいたします。
{SIG_KOIZUMI}
""",
    attachments=[dict(kind="xlsx", name="保証登録_202411.xlsx", title="保証登録データ 2024年11月", sheets={
        "保証登録": [["Web保証登録 一覧（2024年11月登録分）", "", "", "", "出力日：2024/12/02"],
                    ["登録番号", "お名前", "フリガナ", "生年月日", "〒", "ご住所", "電話番号",
                     "製造番号", "購入日", "購入店"]]
        + [[f"W24-{11000 + i * 7}", p.name, p.kana, wareki(p.dob, "short"), p.zip, p.addr,
            p.tel if i % 4 == 0 else p.mobile, serial(_r6, _r6.choice(["AP3", "DW4", "RC7"])),
            f"2024/{_r6.randint(9, 11)}/{_r6.randint(1, 28)}", _r6.choice(_shops6)] for i, p in enumerate(_c6)],
    })],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="25 warranty registrations (name, 和暦 birth date, address, phone) to the repair vendor",
))

_p7 = person(7)
MESSAGES.append(dict(
    id="sup-007",
    sender=KOIZUMI,
    to=["uketsuke@towa-techno.co.jp"],
    subject="出張修理のご依頼（受付番号 R-24-11-0412）",
    charset="utf-8",
    body=f"""東和テクノサービス 修理受付 御中

お世話になっております。日の出産業の小泉です。
下記のとおり出張修理をお願いいたします。保証期間内です。

【受付番号】R-24-11-0412
【製品】食器洗い乾燥機 HS-DW450（製造番号 DW4-24C-01877）
【症状】排水エラー（E-21）が頻発、排水ホース詰まりはお客様にて確認済み
【保証登録】2024年3月15日登録／購入店：家電のヤマグチ

【お客様】{_p7.name} 様（{_p7.kana}）
【ご住所】〒{_p7.zip} {_p7.addr}
【ご連絡先】{_p7.mobile}（日中つながりやすいとのことです）
【訪問希望】平日午後、12/4以降

日程が決まりましたらお客様へ直接ご連絡ください。
{SIG_KOIZUMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's repair request to the repair vendor: a single record may warn, not hold",
))

_p8 = person(8)
_cc8 = card4(card_number(8))
MESSAGES.append(dict(
    id="sup-008",
    sender=MATSUO,
    to=["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    subject="二重決済の返金について（加盟店ID HN-00417）",
    charset="iso-2022-jp",
    body=f"""ペイネクスト株式会社
加盟店サポートご担当者様

お世話になっております。日の出産業 お客様相談室の松尾と申します。

公式オンラインストアで、同一注文が二重に決済されたとお客様から
お問い合わせがありました。1件分の取消（返金）をお願いできますでしょうか。

　注文番号　　：HNS-20241117-00583
　決済日時　　：2024/11/17 22:14 と 22:15
　金額　　　　：各 32,780円（税込）
　カード名義　：{_p8.romaji.upper()}
　カード番号　：{_cc8}
　有効期限　　：08/27

管理画面では2件とも「売上確定」になっており、こちらで取消できませんでした。
お手数ですがご確認のほどお願いいたします。
{SIG_MATSUO}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full card number pasted into a mail to the payment vendor",
))

_cc9 = card4(card_number(9), " ")
MESSAGES.append(dict(
    id="sup-009",
    sender=KIMURA,
    to=["kaga@paynext.co.jp"],
    subject="Re: オーソリエラー多発の件",
    charset="cp932",
    body=f"""加賀様

ご回答ありがとうございます。
ご依頼のあった「エラーになったカード」の件、お客様に電話で確認できたので
お知らせします。

　カード番号　{zen(_cc9)}
　エラー　　　G12（取引判定保留）
　発生　　　　11月21日 13時台に3回

お客様いわく、他サイトでは問題なく使えているとのことです。
カード会社側の判定なのか、御社ゲートウェイ側なのか切り分けをお願いします。

木村
{SIG_KIMURA}
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="card number in full-width digits with spaces, sent to the payment vendor",
))

_p10 = person(10)
_mn10 = my_number(10)
MESSAGES.append(dict(
    id="sup-010",
    sender=FUJII,
    to=["村瀬 様 <murase@tsubasa-system.jp>"],
    cc=[KIMURA],
    subject="お問い合わせフォームの登録データ削除のお願い",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
村瀬様

お世話になっております。日の出産業 情報システム部の藤井です。

お客様がお問い合わせフォームの「お問い合わせ内容」欄に
誤ってマイナンバーを入力して送信されてしまいました。
CRMの問い合わせテーブルと、フォームサーバ側のバックアップから
該当レコードの削除をお願いできますでしょうか。

該当データ（CRM画面のコピーです）
------------------------------------------------------------
受付番号：WEB-241122-0093
受付日時：2024-11-22 07:52:18
お名前　：{_p10.name}
電話番号：{_p10.tel}
メール　：{_p10.email}
お問い合わせ内容：
  保証書を紛失しました。購入証明として本人確認が必要と聞いたので
  番号を書いておきます。個人番号 {_mn10}
  製品はHS-AP300です。よろしくお願いします。
------------------------------------------------------------

削除後、削除ログを頂戴できますと助かります。
{SIG_FUJII}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="a customer's My Number (entered by mistake) pasted into a deletion request to the vendor",
))

_p11 = person(11)
MESSAGES.append(dict(
    id="sup-011",
    sender=HASEBE,
    to=["白川法律事務所 弁護士 白川 様 <shirakawa@shirakawa-law.jp>"],
    subject="返金請求案件（HNS-2024-0311）関連資料のご送付",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の長谷部です。

先日ご相談した返金請求の件、お申し出人の本人確認記録と
これまでの対応経緯をまとめた資料を添付いたします。
ご確認のほどよろしくお願い申し上げます。

来週の打合せは12月10日（火）14時からでお願いできれば幸いです。
{SIG_HASEBE}
""",
    attachments=[dict(kind="docx", name="本人確認記録_HNS-2024-0311.docx",
                      paragraphs=["本人確認記録", "案件番号：HNS-2024-0311",
                                  "返金手続きの際、お申し出人より提出された本人確認書類（個人番号カード）の記載内容を転記したもの。"],
                      tables=[[["項目", "内容"],
                               ["氏名", _p11.name],
                               ["フリガナ", _p11.kana],
                               ["生年月日", wareki(_p11.dob, "kanji")],
                               ["住所", _p11.addr],
                               ["個人番号", mn4(my_number(11))],
                               ["確認日", "2024年9月3日"],
                               ["確認者", "カスタマーサポート部 木村"]]])],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX with a customer's My Number (transcribed ID card) sent to the law firm",
))

_p12 = person(12)
MESSAGES.append(dict(
    id="sup-012",
    sender=ONISHI,
    to=["川崎電機 品質保証部 三好様 <miyoshi@kawasaki-denki.co.jp>"],
    subject="FW: 【お問い合わせ】購入2週間で電源が入らなくなった",
    charset="cp932",
    body=f"""三好様

お世話になっております。日の出産業の大西です。
御社製の電源ユニット（KD-PS220）搭載機で、下記のお申し出がありました。
同一ロットの不具合報告が今月3件目になりますので、現品回収後に
解析をお願いできますでしょうか。

-----Original Message-----
From: 日の出産業 お問い合わせフォーム <form@hinode-sangyo.co.jp>
Sent: Monday, November 25, 2024 9:12 PM
To: support@hinode-sangyo.co.jp
Subject: 【お問い合わせ】購入2週間で電源が入らなくなった

お名前：{_p12.name}
フリガナ：{_p12.kana}
ご住所：〒{_p12.zip} {_p12.addr}
電話番号：{_p12.mobile}
メールアドレス：{_p12.email}
製品：空気清浄機 HS-AP300（製造番号 AP3-24E-20981）
お問い合わせ内容：
11月上旬に購入しましたが、昨日から電源ボタンを押しても反応しません。
コンセントを差し直しても同じです。交換してもらえますか。
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward of one customer's complaint to the parts supplier: one person's record, may warn",
))

_p13 = person(13)
MESSAGES.append(dict(
    id="sup-013",
    sender=ONISHI,
    to=["miyoshi@kawasaki-denki.co.jp"],
    cc=["品質保証部 <qa@kawasaki-denki.co.jp>"],
    subject="FW: ファンモーター異音の苦情（至急）",
    charset="utf-8",
    body=f"""三好様

大西です。たびたび失礼いたします。
ファンモーター（KD-FM08）の異音について、強いお申し出をいただいているお客様の
メールを転送します。代替機の手配を急ぎたいので、良品モーターの在庫状況を
教えてください。

---------- Forwarded message ---------
From: {_p13.name} <{_p13.email}>
Date: 2024年11月26日(火) 6:48
Subject: ファンモーター異音の苦情
To: <support@hinode-sangyo.co.jp>

日の出産業 ご担当者様

{_p13.sei}と申します。
息子が小児喘息で、かかりつけの先生から空気清浄機を24時間つけておくよう
言われ、御社のHS-AP300を購入しました。
ところが1か月ほどで「カラカラ」という音がするようになり、夜中に止まって
しまうこともあります。先週も発作が出て夜間救急にかかりました。
すぐに交換品を送ってください。
連絡は携帯 {_p13.mobile} までお願いします。

{_p13.name}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded complaint reveals a named customer's child's asthma (medical history) to a partner",
))

_c14 = people(14, 7)
_r14 = _random.Random("r14")
_blk14 = "\n".join(
    f"・送り状 {_r14.randint(1000, 9999)}-{_r14.randint(1000, 9999)}-{_r14.randint(1000, 9999)}／{p.name} 様\n"
    f"　{p.addr}　{p.tel if i % 2 else p.mobile}\n"
    f"　状態：{_r14.choice(['外箱つぶれ', '本体側面にキズ', '天面へこみ', '付属品欠品', '外箱濡れ'])}"
    for i, p in enumerate(_c14))
MESSAGES.append(dict(
    id="sup-014",
    sender=KOIZUMI,
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="転送：配送時破損のご報告（家電のヤマグチ様より）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
お客様センター ご担当者様

お世話になっております。日の出産業 修理受付課の小泉です。
販売店様から、11月第3週の配送分で破損が多発しているとの連絡がありました。
原文を転送いたしますので、配送経路の調査と補償のご手配をお願いいたします。

＞＞＞＞＞＞ 以下、転送 ＞＞＞＞＞＞
差出人：家電のヤマグチ 山口 <yamaguchi@kaden-yamaguchi.co.jp>
件名：配送破損の件

日の出産業 修理受付ご担当者様

いつもお世話になっております。家電のヤマグチ 山口です。
今週お客様宅へ直送いただいた分のうち、下記7件で破損のご連絡がありました。

{_blk14}

お客様には交換品を手配すると伝えております。ご対応お願いします。
＞＞＞＞＞＞ 転送ここまで ＞＞＞＞＞＞
{SIG_KOIZUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of a dealer's mail listing 7 customers (name, address, phone) to the carrier",
))

_p15 = person(15)
MESSAGES.append(dict(
    id="sup-015",
    sender=SUPPORT,
    to=[f"{_p15.name} 様 <{_p15.email}>"],
    subject="Re: フィルターの交換について",
    charset="iso-2022-jp",
    body=f"""{_p15.name} 様

このたびは日の出産業にお問い合わせいただき、誠にありがとうございます。
お客様相談室の松尾でございます。

ご注文いただいた交換用フィルター（HS-F300）は、本日ご指定の住所宛に
発送いたしました。お届けまで2〜3日ほどお待ちください。
お問い合わせ番号：HNS-Q-241127-018

今後ともよろしくお願い申し上げます。
{SIG_MATSUO}

{_p15.email} さんは書きました:
> 日の出産業 御中
>
> 空気清浄機のフィルターを交換したいので送ってください。
> 送り先は下記です。
> 〒{_p15.zip}
> {_p15.addr}
> {_p15.name}
> 電話 {_p15.mobile}
> 代金は代引きでお願いします。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to a customer on free mail; the customer's own address and phone are only in the quoted text",
))

_c16 = people(16, 8)
_r16 = _random.Random("r16")
_q16 = table([["顧客ID", "氏名", "電話番号", "エラー内容"]] + [
    [f"C-{_r16.randint(1000000, 2999999)}", p.name, p.tel,
     _r16.choice(["住所文字化け", "郵便番号桁不足", "電話番号重複"])] for p in _c16], sep="   ")
MESSAGES.append(dict(
    id="sup-016",
    sender=KIMURA,
    to=["岡部 様 <okabe@tsubasa-system.jp>"],
    subject="RE: 【ご確認】データ補正対象8件について",
    charset="cp932",
    body=f"""岡部様

お世話になっております。木村です。

ご連絡いただいた8件、当方でCRM画面から修正を完了しました。
今夜の同期で連携されるか、明朝こちらでも確認いたします。
補正スクリプトの実行は不要です。

引き続きよろしくお願いいたします。
{SIG_KIMURA}

-----Original Message-----
From: 岡部 <okabe@tsubasa-system.jp>
Sent: Wednesday, November 27, 2024 10:03 AM
To: 木村 健太 <kimura.kenta@hinode-sangyo.co.jp>
Subject: 【ご確認】データ補正対象8件について

日の出産業 木村様

お世話になっております。ツバサシステム岡部です。
同期エラーの調査の結果、下記8件はデータ側の修正が必要です。
御社で修正されるか、当社で補正スクリプトを流すかご指示ください。

{_q16}

以上、よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose 8-customer list is only in the quoted Original Message from the same vendor",
))

_c17 = people(17, 6)
_q17 = "\n".join(f"> {p.romaji:<22} {p.sei_r.lower()}.{p.mei_r[0].lower()}@hinode-sangyo.co.jp   Agent   last login 2024-11-0{i + 1}"
                 for i, p in enumerate(_c17))
MESSAGES.append(dict(
    id="sup-017",
    sender="Tsuyoshi Hasebe <hasebe.tsuyoshi@hinode-sangyo.co.jp>",
    to=["Priya Raman <priya.raman@zendara.com>"],
    subject="Re: Seat count mismatch on your Hinode tenant",
    charset="utf-8",
    body=f"""Hi Priya,

Thanks for digging into this. Yes, all six accounts you listed are active agents and
should be billed. The two extra seats on the invoice (INV-ZD-88214) are the ones we
deactivated on 31 October, so please credit those on the next invoice.

Best regards,
Tsuyoshi
{SIG_HASEBE_EN}

On Tue, Nov 26, 2024 at 10:41 AM Priya Raman <priya.raman@zendara.com> wrote:
> Hi Tsuyoshi,
>
> Our billing system shows 8 seats, but only these 6 agents logged in this month:
>
{_q17}
>
> Could you confirm whether the other two should be removed?
>
> Priya Raman | Customer Success, Zendara Inc.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the agent account list is only in the quoted 'On … wrote:' text",
))

MESSAGES.append(dict(
    id="sup-018",
    sender=KOIZUMI,
    to=["坂口 様 <sakaguchi@towa-techno.co.jp>"],
    subject="修理品の返送先変更について（R-24-11-0387）",
    charset="iso-2022-jp",
    body=f"""東和テクノサービス株式会社
坂口様

お世話になっております。日の出産業の小泉です。

下記の修理品について、修理完了後の返送先を当社物流センターに
変更していただけますでしょうか。お客様へは当社から交換品を
お送りすることになりました。

　受付番号　：R-24-11-0387
　注文番号　：HNS-20240802-01174
　製品　　　：ロボット掃除機 HS-RC7
　製造番号　：RC7-23H-04518
　返送先　　：日の出産業 東日本物流センター 返品受付係
　　　　　　　（伝票番号の控えは本メールへの返信でお知らせください）

お客様情報は受付システムに登録済みのものから変更ありません。
よろしくお願いいたします。
{SIG_KOIZUMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="support ticket with order number, serial and repair number only: no personal data",
))

_r19 = _random.Random("r19")
_t19 = [["チケット", "起票日", "区分", "対象画面", "優先度", "状況", "当社担当"]] + [
    [f"HN-{3300 + i * 3}", f"11/{_r19.randint(1, 28):02d}", _r19.choice(["不具合", "要望", "問合せ"]),
     _r19.choice(["顧客検索", "受付票登録", "保証照会", "帳票出力", "CTI連携"]),
     _r19.choice(["高", "中", "低"]), _r19.choice(["調査中", "回答待ち", "修正済", "クローズ"]),
     _r19.choice(["木村", "高橋", "松尾", "藤井"])] for i in range(10)]
MESSAGES.append(dict(
    id="sup-019",
    sender=FUJII,
    to=["okabe@tsubasa-system.jp", "murase@tsubasa-system.jp"],
    subject="定例（12/3）前の未完了チケット一覧",
    charset="cp932",
    body=f"""岡部様、村瀬様

お世話になっております。藤井です。
明日の定例の前に、こちらで把握している未完了チケットを整理しました。
状況の認識がずれているものがあれば、定例でご指摘ください。

{table(_t19, sep=" | ")}

※HN-3303 と HN-3312 は同一事象の可能性があります。
{SIG_FUJII}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of system tickets with internal staff surnames only: no personal data, one partner",
))

_r20 = _random.Random("r20")
MESSAGES.append(dict(
    id="sup-020",
    sender=ONISHI,
    to=["miyoshi@kawasaki-denki.co.jp"],
    subject="11月分 返品（RMA）明細",
    charset="utf-8",
    body=f"""三好様

お世話になっております。日の出産業の大西です。
11月受付分のRMA明細をお送りします。現品は12/5に青葉運輸便で発送予定です。
不良コードの定義は従来どおりです（F1:起動不良、F2:異音、F3:基板焼損）。

よろしくお願いいたします。
{SIG_ONISHI}
""",
    attachments=[dict(kind="csv", name="RMA_2024-11.csv", encoding="utf-8", rows=[
        ["RMA番号", "製造番号", "部品型番", "ロット", "不良コード", "受付日", "発送予定日"],
    ] + [[f"RMA-2411-{i + 1:03d}", serial(_r20, "AP3"), _r20.choice(["KD-PS220", "KD-FM08"]),
          f"L{_r20.randint(2401, 2409)}-{_r20.randint(1, 9)}", _r20.choice(["F1", "F2", "F3"]),
          f"2024-11-{_r20.randint(1, 29):02d}", "2024-12-05"] for i in range(15)])],
    expect="pass",
    entities=[],
    detectors=[],
    note="RMA list of serials, lots and failure codes: not personal data",
))

# ---------------------------------------------------------------------------------------
# sup-021 … sup-040: IT logs/exports, inventories, PPAP, corrupt files, HTML, recipients,
# look-alike domains
# ---------------------------------------------------------------------------------------

_e21 = people(21, 8)
_r21 = _random.Random("r21")
_log21 = []
for _i in range(12):
    _u = _e21[_i % 8] if _i < 8 else _e21[_r21.randint(0, 7)]
    _log21.append(
        f"2024-11-21T0{8 + _i // 5}:{_r21.randint(0, 59):02d}:{_r21.randint(0, 59):02d}+09:00 sso-gw01 authd[{_r21.randint(2000, 2999)}]: "
        f"MFA_FAILED user={_u.sei_r.lower()}.{_u.mei_r.lower()}@hinode-sangyo.co.jp "
        f"src=10.12.{_r21.randint(1, 8)}.{_r21.randint(10, 250)} method=sms sms_to={_u.mobile.replace('-', '')} "
        f"reason={_r21.choice(['OTP_TIMEOUT', 'OTP_MISMATCH', 'SMS_GATEWAY_503'])}")
_log21 = "\n".join(sorted(_log21))
MESSAGES.append(dict(
    id="sup-021",
    sender=ISHIKAWA,
    to=["ツバサシステム 基盤チーム <infra@tsubasa-system.jp>"],
    subject="SSO多要素認証の失敗多発について（ログ抜粋）",
    charset="utf-8",
    body=f"""ツバサシステム 基盤チーム 御中

お世話になっております。日の出産業 情報システム部の石川です。

本日朝からSMS認証の失敗が多発しており、社員から問い合わせが相次いでいます。
sso-gw01 の認証ログから該当部分を抜粋しましたので、SMSゲートウェイ側の
状況確認をお願いします。

{_log21}

SMS_GATEWAY_503 が出ているので、送信側の障害ではないかと見ています。
{SIG_ISHIKAWA}
""",
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="authentication log excerpt: 8 employees' e-mail addresses and mobile numbers, sent to the vendor",
))

_e22 = people(22, 30)
_r22 = _random.Random("r22")
_depts22 = ["カスタマーサポート部", "情報システム部", "営業部", "経理部", "人事総務部", "品質保証部"]
MESSAGES.append(dict(
    id="sup-022",
    sender=MORIMOTO,
    to=["村瀬 様 <murase@tsubasa-system.jp>"],
    cc=[ISHIKAWA],
    subject="メールシステム移行用 アカウント一覧（第1陣）",
    charset="cp932",
    body=f"""ツバサシステム株式会社
村瀬様

お世話になっております。日の出産業の森本です。

Microsoft 365 移行の第1陣（本社2フロア分）のアカウント一覧を送付します。
社員番号をキーに、メールアドレスと会社貸与携帯（MFA登録用）を
入れています。フォーマットはご提示いただいたテンプレートどおりです。

ご確認よろしくお願いいたします。
{SIG_MORIMOTO}
""",
    attachments=[dict(kind="csv", name="m365_migration_wave1.csv", encoding="cp932", rows=[
        ["EmployeeID", "DisplayName", "Kana", "Department", "Mail", "Extension", "MobilePhone"],
    ] + [[f"{_r22.randint(10000, 39999)}", p.name, p.kana, _r22.choice(_depts22),
          f"{p.sei_r.lower()}.{p.mei_r.lower()}@hinode-sangyo.co.jp", f"{_r22.randint(2000, 4999)}",
          p.mobile] for p in _e22])],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV export of 30 user accounts (name, mail, mobile) to the IT vendor",
))

_r23 = _random.Random("r23")
MESSAGES.append(dict(
    id="sup-023",
    sender=ISHIKAWA,
    to=["infra@tsubasa-system.jp"],
    subject="サーバ機器一覧（保守更新見積り用）",
    charset="utf-8",
    body=f"""ツバサシステム 基盤チーム ご担当者様

お世話になっております。日の出産業の石川です。
来年度の保守更新見積り用に、現行のサーバ機器一覧を添付します。
保守期限が2025年中に切れるものは「要更新」列に○を付けています。

よろしくお願いいたします。
{SIG_ISHIKAWA}
""",
    attachments=[dict(kind="csv", name="server_inventory_2024Q4.csv", encoding="utf-8", rows=[
        ["hostname", "ip", "os", "role", "location", "model", "maint_end", "要更新"],
    ] + [[f"{_n}", f"10.12.{_r23.randint(0, 3)}.{_r23.randint(10, 200)}", _os, _role,
          _r23.choice(["本社4F サーバ室", "KDC 横浜 R12", "KDC 横浜 R13"]),
          _r23.choice(["PowerEdge R650", "PRIMERGY RX2540", "ProLiant DL360"]),
          f"202{_r23.randint(5, 7)}-0{_r23.randint(1, 9)}-30", _r23.choice(["○", ""])]
         for _n, _os, _role in [
             ("crm-app01", "RHEL 8.9", "CRM AP"), ("crm-app02", "RHEL 8.9", "CRM AP"),
             ("crm-db01", "RHEL 8.9", "CRM DB (primary)"), ("crm-db02", "RHEL 8.9", "CRM DB (standby)"),
             ("sso-gw01", "Ubuntu 22.04", "SSO gateway"), ("file01", "Windows Server 2019", "ファイルサーバ"),
             ("ad01", "Windows Server 2022", "AD DC"), ("ad02", "Windows Server 2022", "AD DC"),
             ("cti01", "Windows Server 2016", "CTI"), ("bk01", "Ubuntu 20.04", "バックアップ")]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="server inventory (hosts, IPs, models): not personal data",
))

_r24 = _random.Random("r24")
MESSAGES.append(dict(
    id="sup-024",
    sender=HASEBE,
    to=["岡部 様 <okabe@tsubasa-system.jp>"],
    subject="ネットワーク機器・サーバ管理台帳の共有",
    charset="iso-2022-jp",
    body=f"""岡部様

お世話になっております。長谷部です。
先日お話しした管理台帳を共有いたします。
機器ごとの管理担当は当社側の担当者名のみ記載しています。
緊急連絡は従来どおり情報システム部代表（03-5201-7800）までお願いします。
{SIG_HASEBE}
""",
    attachments=[dict(kind="xlsx", name="機器管理台帳_v3.xlsx", sheets={
        "サーバ": [["機器名", "種別", "設置場所", "導入年", "管理担当"]] + [
            [f"srv-{_i:02d}", _r24.choice(["AP", "DB", "FILE", "AD"]), "本社4F", f"20{_r24.randint(17, 23)}",
             _r24.choice(["森本", "石川", "長谷部"])] for _i in range(1, 13)],
        "ネットワーク": [["機器名", "種別", "設置場所", "導入年", "管理担当"]] + [
            [f"sw-{_i:02d}", _r24.choice(["L2SW", "L3SW", "FW", "AP"]), f"本社{_r24.randint(2, 7)}F",
             f"20{_r24.randint(17, 23)}", _r24.choice(["石川", "森本"])] for _i in range(1, 9)],
    })],
    expect="pass",
    entities=[],
    detectors=[],
    note="equipment ledger: device names with internal staff surnames only, department switchboard",
))

MESSAGES.append(dict(
    id="sup-025",
    sender=TAKAHASHI,
    to=["丸中商事 総務部 宮下様 <miyashita@marunaka-shoji.co.jp>"],
    subject="業務用空気清浄機 保守契約のお見積書送付",
    charset="cp932",
    body=f"""丸中商事株式会社
総務部 宮下様

いつもお世話になっております。日の出産業の高橋でございます。

先日ご依頼いただきました業務用空気清浄機（HS-AP900）20台の
年間保守契約のお見積書をお送りいたします。
ファイルはパスワード付きZIPにしております。パスワードは別途お送りいたします。

ご検討のほどよろしくお願い申し上げます。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="zip", name="お見積書_丸中商事様_20241128.zip", password="Hn7#k2Qw",
                      files=[dict(kind="pdf", name="お見積書_HS-AP900保守.pdf",
                                  lines=["御見積書", "丸中商事株式会社 御中", "件名：業務用空気清浄機 年間保守契約",
                                         "合計金額：1,188,000円（税込）"],
                                  table=[["品名", "数量", "単価", "金額"],
                                         ["HS-AP900 年間保守", "20", "54,000", "1,080,000"],
                                         ["消費税", "", "", "108,000"]])])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an outside customer: cannot be inspected",
))

MESSAGES.append(dict(
    id="sup-026",
    sender=TAKAHASHI,
    to=["miyashita@marunaka-shoji.co.jp"],
    subject="【パスワードのお知らせ】お見積書_丸中商事様_20241128.zip",
    charset="iso-2022-jp",
    body="""丸中商事株式会社
宮下様

日の出産業の高橋でございます。
先ほどお送りしたファイルのパスワードをお知らせいたします。

　パスワード：Hn7#k2Qw

よろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the separate password mail: no attachment, no personal data",
))

MESSAGES.append(dict(
    id="sup-027",
    sender=FUJII,
    to=["murase@tsubasa-system.jp"],
    subject="保守契約一覧（最新版）",
    charset="utf-8",
    body=f"""村瀬様

お世話になっております。藤井です。
ご依頼の保守契約一覧の最新版を添付します。
契約更新日でソートしてあります。

よろしくお願いします。
{SIG_FUJII}
""",
    attachments=[dict(kind="corrupt", name="保守契約一覧_最新.xlsx")],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="damaged XLSX to the vendor: its content cannot be checked",
))

MESSAGES.append(dict(
    id="sup-028",
    sender=ISHIKAWA,
    to=[MORIMOTO, HASEBE],
    subject="障害報告書ドラフト（sso-gw01）",
    charset="cp932",
    body=f"""森本さん、長谷部さん

石川です。先日のSMS認証障害の報告書ドラフトです。
保存時にWordが落ちたので、開けなかったら言ってください。
（復旧版を作り直します）
{SIG_ISHIKAWA}
""",
    attachments=[dict(kind="corrupt", name="障害報告書_sso-gw01_draft.docx")],
    expect="pass",
    entities=[],
    detectors=[],
    note="damaged DOCX but every recipient is internal",
))

_p29 = person(29)
MESSAGES.append(dict(
    id="sup-029",
    sender="日の出産業 修理センター <repair-info@hinode-sangyo.co.jp>",
    to=[f"{_p29.email}"],
    subject="【日の出産業】修理完了・返送のお知らせ（受付番号 R-24-11-0433）",
    charset="utf-8",
    html=f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:sans-serif;font-size:14px;color:#333">
<p>{_p29.name} 様</p>
<p>いつも日の出産業製品をご愛用いただき、誠にありがとうございます。<br>
お預かりしておりました製品の修理が完了し、本日返送いたしました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">受付番号</th><td>R-24-11-0433</td></tr>
<tr><th align="left">製品</th><td>ロボット掃除機 HS-RC7</td></tr>
<tr><th align="left">修理内容</th><td>メインブラシモーター交換（保証内・無償）</td></tr>
<tr><th align="left">配送会社</th><td>青葉運輸</td></tr>
<tr><th align="left">お問い合わせ伝票番号</th><td>4471-3302-8815</td></tr>
</table>
<p>お届けまで1〜2日程度かかります。<br>
本メールは送信専用です。ご不明な点は <a href="https://www.hinode-sangyo.co.jp/support/">サポートページ</a> よりお問い合わせください。</p>
<p style="font-size:12px;color:#888">日の出産業株式会社 修理センター</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="HTML-only repair notification to the customer herself (free mail), tracking number only",
))

_c30 = people(30, 7)
_r30 = _random.Random("r30")
_tr30 = "\n".join(
    f"<tr><td>12/{_r30.randint(2, 13)}</td><td>{_r30.choice(['午前', '午後', '13-15時', '15-17時'])}</td>"
    f"<td>{p.name}</td><td>{p.addr}</td><td>{p.tel if i % 3 == 0 else p.mobile}</td>"
    f"<td>{_r30.choice(['HS-DW450', 'HS-AP300', 'HS-HM120'])}</td></tr>" for i, p in enumerate(_c30))
MESSAGES.append(dict(
    id="sup-030",
    sender=KOIZUMI,
    to=["東和テクノサービス 坂口様 <sakaguchi@towa-techno.co.jp>"],
    subject="12月前半 訪問修理スケジュール（確定分）",
    charset="utf-8",
    html=f"""<html><body>
<p>東和テクノサービス株式会社<br>坂口様</p>
<p>お世話になっております。日の出産業の小泉です。<br>
12月前半の訪問修理で、お客様と日時が確定した分をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr bgcolor="#dde"><th>訪問日</th><th>時間帯</th><th>お客様</th><th>訪問先</th><th>連絡先</th><th>製品</th></tr>
{_tr30}
</table>
<p>前日までにお客様へ確認のお電話をお願いいたします。</p>
<p>--<br>日の出産業株式会社 カスタマーサポート部 修理受付課<br>小泉 沙織<br>TEL：03-5201-7741</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 customers' visits (name, address, phone) to the repair vendor",
))

_c31 = people(31, 9)
MESSAGES.append(dict(
    id="sup-031",
    sender=SUPPORT,
    to=[f"{p.email}" for p in _c31],
    subject="【重要】加湿器 HS-HM120 無償点検・部品交換のお願い",
    charset="iso-2022-jp",
    body=f"""お客様各位

平素より日の出産業製品をご愛用いただき、誠にありがとうございます。

弊社が2023年9月から12月に製造した加湿器 HS-HM120 の一部において、
給水タンクのパッキンが劣化し、水漏れが発生するおそれがあることが判明いたしました。
お客様には多大なご迷惑とご心配をおかけし、深くお詫び申し上げます。

ご愛用の製品が対象かどうかは、本体底面の製造番号でご確認いただけます。
対象製品は無償で点検・部品交換をさせていただきます。

▼対象製造番号：HM1-23J-00001 〜 HM1-23K-12000
▼お申込み：https://www.hinode-sangyo.co.jp/support/hm120/
▼専用ダイヤル：0120-41-7755（9:00〜18:00 土日祝も受付）

日の出産業株式会社 お客様相談室
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="recall notice to 9 private customers all in To: they can see each other's addresses",
))

_c32 = people(32, 11)
MESSAGES.append(dict(
    id="sup-032",
    sender=SUPPORT,
    to=["support@hinode-sangyo.co.jp"],
    bcc=[p.email for p in _c32],
    subject="年末年始休業期間のお知らせ（修理受付）",
    charset="cp932",
    body="""お客様各位

いつも日の出産業をご利用いただき、ありがとうございます。
修理をお申込みいただいているお客様にお知らせいたします。

誠に勝手ながら、下記の期間は修理センターを休業させていただきます。
　休業期間：2024年12月28日（土）〜 2025年1月5日（日）
期間中にお預かりしている製品の返送は、1月6日（月）以降順次となります。

ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

日の出産業株式会社 修理センター
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="notice to 11 customers correctly in Bcc (To is the support address)",
))

MESSAGES.append(dict(
    id="sup-033",
    sender=TAKAHASHI,
    to=["岡部 様 <okabe@tsubasa-system.jp>", "西田 様 <nishida@callwave.co.jp>"],
    cc=["坂口 様 <sakaguchi@towa-techno.co.jp>", KIMURA],
    subject="サポート体制移行キックオフのご案内（12/9）",
    charset="utf-8",
    body=f"""ツバサシステム 岡部様
コールウェーブ 西田様
東和テクノサービス 坂口様

いつもお世話になっております。日の出産業の高橋です。

12月からのサポート体制移行に向けて、三社合同のキックオフを下記のとおり
開催いたします。ご多忙のところ恐縮ですが、ご出席をお願いいたします。

日時：2024年12月9日（月）10:00〜11:30
場所：日の出産業 本社6F 第2会議室（Teams併用）
議題：
　1. 移行スケジュールの確認
　2. 受付〜修理手配のフロー（CRM・CTI連携）
　3. エスカレーション基準と連絡網

資料は前日までにお送りします。
{SIG_TAKAHASHI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies visible to each other in To/Cc: should have been Bcc per policy",
))

MESSAGES.append(dict(
    id="sup-034",
    sender=FUJII,
    to=["村瀬 様 <murase@tsubasa-system.jp>"],
    cc=["コールウェーブ 情報システム 杉浦様 <sugiura@callwave.co.jp>"],
    subject="CTI連携テストの日程調整",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 村瀬様
（CC：コールウェーブ 杉浦様）

お世話になっております。日の出産業の藤井です。

CRMとコールウェーブ様CTIの着信ポップアップ連携テストについて、
下記の候補日でご都合いかがでしょうか。

　・12月11日（水）13:00〜17:00
　・12月12日（木）10:00〜15:00

テスト用の顧客データはダミーのみを使用します。
{SIG_FUJII}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To/Cc",
))

MESSAGES.append(dict(
    id="sup-035",
    sender=FUJII,
    to=["村瀬 様 <murase@tsubasa-sytem.jp>"],
    subject="12月の定期保守作業の日程について",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
村瀬様

お世話になっております。日の出産業の藤井です。

12月の定期保守（CRMのパッチ適用）は、12月14日（土）21時からで
社内調整がつきました。作業中はCRMを停止する旨、コールセンターにも
周知済みです。

作業手順書を事前にお送りいただけますでしょうか。
{SIG_FUJII}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (letter dropped)",
))

MESSAGES.append(dict(
    id="sup-036",
    sender=MORIMOTO,
    to=["ツバサシステム 営業部 <sales@tsubasa-system.co.jp>"],
    subject="ライセンス追加の見積り依頼",
    charset="cp932",
    body=f"""ツバサシステム株式会社
営業部 ご担当者様

お世話になっております。日の出産業 情報システム部の森本です。

CRMのエージェントライセンスを、来年1月から15ライセンス追加したいと
考えております。年額でのお見積りをお願いできますでしょうか。
あわせて、現行契約の更新月（4月）に合わせた月割りの金額も
ご提示いただけると助かります。

よろしくお願いいたします。
{SIG_MORIMOTO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp addressed as tsubasa-system.co.jp (co. added)",
))

MESSAGES.append(dict(
    id="sup-037",
    sender=ISHIKAWA,
    to=["infra@tsubasa.system.jp"],
    subject="障害報告書（11/21 SMS認証障害）ご査収のお願い",
    charset="utf-8",
    body=f"""ツバサシステム 基盤チーム ご担当者様

お世話になっております。日の出産業の石川です。
11/21のSMS認証障害について、当社側でまとめた報告書を添付します。
御社側の原因分析と恒久対策をこの書式に追記いただけますでしょうか。
{SIG_ISHIKAWA}
""",
    attachments=[dict(kind="pdf", name="障害報告書_20241121.pdf",
                      lines=["障害報告書", "発生日時：2024年11月21日 08:05〜10:40",
                             "影響：社員のSSOログイン（SMS認証）不可 約140名",
                             "原因：SMSゲートウェイの応答遅延（調査中）",
                             "暫定対策：認証アプリへの切替案内", "恒久対策：（ツバサシステム様記入）"])],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-system.jp written with a dot for the hyphen (tsubasa.system.jp)",
))

MESSAGES.append(dict(
    id="sup-038",
    sender=ISHIKAWA,
    to=["infra@tsubasa-system.jp"],
    cc=[MORIMOTO],
    subject="Re: 障害報告書（11/21 SMS認証障害）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 基盤チーム ご担当者様

お世話になっております。石川です。
恒久対策の追記ありがとうございました。
SMSゲートウェイの冗長化は1月の保守日に実施、で社内承認を取りました。
作業日程は別途藤井からご連絡します。
{SIG_ISHIKAWA}

> 日の出産業 石川様
> 報告書に当社側の原因と対策を追記しましたのでご確認ください。
> ツバサシステム 基盤チーム 内藤
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the real partner domain tsubasa-system.jp, ordinary mail",
))

MESSAGES.append(dict(
    id="sup-039",
    sender=FUJII,
    to=["岡部 様 <okabe@tsubasasystem.jp>"],
    subject="帳票レイアウト変更のご相談",
    charset="iso-2022-jp",
    body=f"""岡部様

お世話になっております。藤井です。

修理受付票の帳票について、現場から「保証期限」を受付番号の横に
表示してほしいという要望が出ています。
改修の規模感だけでも教えていただけますでしょうか。
（画面イメージは来週の定例でお見せします）
{SIG_FUJII}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-system.jp with the hyphen dropped (tsubasasystem.jp)",
))

MESSAGES.append(dict(
    id="sup-040",
    sender=MATSUO,
    to=["木村 健太 <kimura.kenta@hinode-sangyo.jp>"],
    subject="明日のシフト交代の件",
    charset="cp932",
    body="""木村さん

お疲れさまです。松尾です。
明日の遅番、急ですが代わっていただけないでしょうか。
子どもの学校行事が入ってしまいまして…
代わりに来週水曜の遅番は私が入ります。

よろしくお願いします。
松尾
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="colleague addressed at hinode-sangyo.jp instead of the own domain hinode-sangyo.co.jp (co. dropped)",
))

# ---------------------------------------------------------------------------------------
# sup-041 … sup-060: more look-alikes, English mail, disclaimers, markings, ID numbers
# ---------------------------------------------------------------------------------------

MESSAGES.append(dict(
    id="sup-041",
    sender=ONISHI,
    to=["三好 様 <miyoshi@kawasaki-denki.jp>"],
    subject="KD-FM08 追加発注分の納期について",
    charset="utf-8",
    body=f"""川崎電機株式会社
品質保証部 三好様

お世話になっております。日の出産業の大西です。

ファンモーター KD-FM08 の追加発注（注文番号 PO-HN-24-0877、500個）について、
購買から納期の前倒しが可能か確認してほしいと依頼がありました。
12月20日着が可能かどうか、ご確認いただけますでしょうか。
{SIG_ONISHI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp written without co. (kawasaki-denki.jp)",
))

MESSAGES.append(dict(
    id="sup-042",
    sender=KOIZUMI,
    to=["青葉運輸 法人営業所 <houjin@aoba-unyo.co.jp>"],
    subject="集荷のお願い（12/3 修理返送品）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
法人営業所 ご担当者様

いつもお世話になっております。日の出産業 修理受付課の小泉です。

明日12月3日（火）の集荷をお願いいたします。
　集荷先：日の出産業 修理センター（東京都江東区新木場3-6-2）
　個数　：修理返送品 24個（うち大型3個）
　時間　：15時以降

よろしくお願いいたします。
{SIG_KOIZUMI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner aoba-unyu.co.jp mistyped as aoba-unyo.co.jp (one letter changed)",
))

_r43 = _random.Random("r43")
MESSAGES.append(dict(
    id="sup-043",
    sender=KOIZUMI,
    to=["houjin@aoba-unyu.co.jp"],
    subject="12/4 集荷分の伝票番号",
    charset="cp932",
    body=f"""青葉運輸 法人営業所 ご担当者様

お世話になっております。小泉です。
本日集荷いただいた分の伝票番号を念のためお送りします。
配達完了までの追跡をよろしくお願いいたします。

{chr(10).join(f"　{_i + 1:>2}. {_r43.randint(4000, 4999)}-{_r43.randint(1000, 9999)}-{_r43.randint(1000, 9999)}　{_r43.choice(['通常', '通常', '大型'])}" for _i in range(12))}

以上12個口です。
{SIG_KOIZUMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers to the real carrier domain: no personal data",
))

MESSAGES.append(dict(
    id="sup-044",
    sender=MORIMOTO,
    to=["村瀬 様 <murase@tsubasa-systern.jp>"],
    cc=[FUJII],
    subject="Re: 年間保守契約の更新について",
    charset="utf-8",
    body=f"""村瀬様

お世話になっております。森本です。
年間保守契約の更新の件、社内稟議が下りました。
契約書の原本2部をご郵送いただけますでしょうか。
押印のうえ1部返送いたします。
{SIG_MORIMOTO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systern.jp: 'rn' in place of 'm' of the partner's domain",
))

MESSAGES.append(dict(
    id="sup-045",
    sender=FUJII,
    to=["ツバサシステム サポートデスク <desk@support.tsubasa-system.jp>"],
    subject="CRM 帳票出力でタイムアウトが発生します",
    charset="iso-2022-jp",
    body=f"""ツバサシステム サポートデスク 御中

お世話になっております。日の出産業 情報システム部の藤井です。
（契約番号：TSM-0419）

本日10時頃から、CRMの「修理受付票」帳票出力で処理が終わらず
タイムアウトになる事象が発生しています。
　・対象：帳票出力全般（受付票、保証照会）
　・エラー：HTTP 504 Gateway Timeout
　・発生端末：全端末

原因調査をお願いいたします。
{SIG_FUJII}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a subdomain of the partner's real domain (support.tsubasa-system.jp): not a look-alike",
))

MESSAGES.append(dict(
    id="sup-046",
    sender=HASEBE,
    to=["みどり銀行 日本橋支店 法人営業 <nihonbashi-houjin@midori-ginko.co.jp>"],
    subject="口座振替サービス（保守料金の自動引落し）導入のご相談",
    charset="iso-2022-jp",
    body=f"""みどり銀行 日本橋支店
法人営業ご担当者様

いつも大変お世話になっております。日の出産業の長谷部でございます。

法人のお客様の年間保守料金について、口座振替での回収を検討しております。
導入に必要な書類と、振替データの受渡し方式（ファイル伝送／Web）について
ご説明の機会をいただけますでしょうか。
来週後半でご都合のよい日時をお知らせいただけますと幸いです。
{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail to the real bank partner domain",
))

MESSAGES.append(dict(
    id="sup-047",
    sender="Tsuyoshi Hasebe <hasebe.tsuyoshi@hinode-sangyo.co.jp>",
    to=["Zendara Support <support@zendara.com>"],
    subject="API rate limit errors (429) since the November release",
    charset="utf-8",
    body=f"""Hello Zendara Support team,

Since your November release (v24.11) our CRM integration has been receiving
HTTP 429 "Too Many Requests" from the /api/v2/tickets endpoint, even though our
traffic has not changed (about 40 requests per minute at peak).

Tenant: hinode-sangyo
Subscription: Enterprise (contract ZD-ENT-20931)
First seen: 2024-11-19 09:02 JST
Sample request ID: 7f3c9b2e-1a44-4c0e-9e61-02d5c8a1f7b0

A screenshot of the error dashboard is attached. Could you check whether the
per-tenant limit was changed, and if so, raise it back to 120/min?

Kind regards,
Tsuyoshi Hasebe
{SIG_HASEBE_EN}
{DISCLAIMER_EN}
""",
    attachments=[dict(kind="png", name="rate_limit_dashboard.png")],
    expect="pass",
    entities=[],
    detectors=[],
    note="English support request to a SaaS vendor with a screenshot and the standard disclaimer",
))

_c48 = people(48, 6)
_r48 = _random.Random("r48")
MESSAGES.append(dict(
    id="sup-048",
    sender="Tsuyoshi Hasebe <hasebe.tsuyoshi@hinode-sangyo.co.jp>",
    to=["Priya Raman <priya.raman@zendara.com>"],
    subject="Tickets with broken requester data after the import",
    charset="utf-8",
    body=f"""Hi Priya,

Following up on our call: after the bulk import on 20 November, the requester
fields of some tickets were swapped between customers. I've exported the affected
tickets with the requester data as it *should* be, so your engineers can fix them
on the database side.

The CSV is attached (UTF-8). Please let me know once the fix has been applied.

Thanks,
Tsuyoshi
{SIG_HASEBE_EN}
""",
    attachments=[dict(kind="csv", name="affected_tickets.csv", encoding="utf-8", rows=[
        ["ticket_id", "requester_name", "requester_name_kana", "requester_email", "requester_phone", "created_at"],
    ] + [[f"{_r48.randint(880000, 889999)}", p.romaji, p.kana, p.email, "+81-" + p.mobile[1:],
          f"2024-11-{_r48.randint(10, 19)}T{_r48.randint(9, 18)}:{_r48.randint(0, 59):02d}:00+09:00"] for p in _c48])],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail to an overseas vendor with a CSV of 6 customers (romaji names, e-mail, phone)",
))

MESSAGES.append(dict(
    id="sup-049",
    sender="Tsuyoshi Hasebe <hasebe.tsuyoshi@hinode-sangyo.co.jp>",
    to=["Daniel Okafor <d.okafor@zendara.com>"],
    subject="Re: Mutual NDA for the AI assist pilot",
    charset="utf-8",
    body=f"""Dear Daniel,

Thank you for sending over the mutual NDA. Our legal team has reviewed it and is
happy with the terms, except for clause 7 (term of confidentiality): we would
prefer three years after termination instead of five. If that works for you,
we will sign and return it by the end of next week.

Until the NDA is signed, we will only share anonymised sample tickets with you,
and no customer data will leave our environment during the pilot.

Best regards,
Tsuyoshi Hasebe
{SIG_HASEBE_EN}
{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English mail about an NDA with a confidentiality disclaimer: no marking, no data",
))

MESSAGES.append(dict(
    id="sup-050",
    sender=TAKAHASHI,
    to=["西田 様 <nishida@callwave.co.jp>"],
    subject="年末年始の受付体制について",
    charset="iso-2022-jp",
    body=f"""コールウェーブ株式会社
西田様

いつもお世話になっております。日の出産業の高橋です。

年末年始の受付体制について、下記で確定しましたのでお知らせします。
　・12/28〜1/5：電話受付は御社センターのみ（修理受付は1/6以降の対応とご案内）
　・メール受付：自動返信文を年末年始用に切替（12/27 18時）
　・緊急時の連絡先：当社当番者の携帯（当番表は別途社内で調整中）

よろしくお願いいたします。
{SIG_TAKAHASHI}
{DISCLAIMER_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail with the Japanese confidentiality disclaimer at the end",
))

MESSAGES.append(dict(
    id="sup-051",
    sender=FUJII,
    to=["岡部 様 <okabe@tsubasa-system.jp>"],
    subject="修理受付機能 改修の基本設計書（レビュー依頼）",
    charset="cp932",
    body=f"""岡部様

お世話になっております。藤井です。
修理受付機能の改修について、当社で作成した基本設計書を添付します。
画面遷移と帳票の部分を中心に、実現性の観点でレビューをお願いいたします。
来週水曜までにコメントをいただけると助かります。
{SIG_FUJII}
""",
    attachments=[dict(kind="docx", name="基本設計書_修理受付改修_v0.9.docx",
                      page_header="社外秘",
                      title="基本設計書 修理受付機能改修",
                      paragraphs=["修理受付機能改修 基本設計書", "版数：0.9　作成：情報システム部 藤井",
                                  "1. 目的", "修理受付から訪問手配までのリードタイムを短縮する。",
                                  "2. 対象範囲", "受付票登録画面、保証照会、訪問手配連携（東和テクノサービス）",
                                  "3. 画面遷移", "受付票登録 → 保証照会 → 訪問候補日選択 → 手配依頼送信",
                                  "4. 帳票", "修理受付票に保証期限と訪問予定日を追加する。"],
                      tables=[[["画面ID", "画面名", "変更内容"], ["RC-010", "受付票登録", "保証期限の自動表示"],
                               ["RC-020", "保証照会", "製造番号の部分一致検索"], ["RC-030", "訪問手配", "新規"]]])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX design document stamped 社外秘 in its page header only, sent to the vendor",
))

MESSAGES.append(dict(
    id="sup-052",
    sender=HASEBE,
    to=["ミライボット株式会社 営業部 久住様 <kusumi@miraibot.co.jp>"],
    subject="秘密保持契約書（案）の送付",
    charset="iso-2022-jp",
    body=f"""ミライボット株式会社
営業部 久住様

お世話になっております。日の出産業の長谷部でございます。

チャットボット導入のご提案をいただくにあたり、当社ひな形の
秘密保持契約書（案）をお送りいたします。
御社法務部門でご確認いただき、修正がございましたら変更履歴付きで
お戻しください。締結後に問い合わせデータの統計情報をお渡しします。

よろしくお願いいたします。
{SIG_HASEBE}
""",
    attachments=[dict(kind="docx", name="秘密保持契約書_案_日の出産業.docx",
                      paragraphs=["秘密保持契約書（案）",
                                  "日の出産業株式会社（以下「甲」という）とミライボット株式会社（以下「乙」という）は、"
                                  "甲乙間のチャットボット導入検討（以下「本件」という）に関し、次のとおり契約を締結する。",
                                  "第1条（秘密情報）本契約において秘密情報とは、本件に関して開示者が受領者に開示した"
                                  "技術上又は営業上の情報のうち、開示の際に秘密である旨を明示したものをいう。",
                                  "第2条（秘密保持義務）受領者は、秘密情報を第三者に開示又は漏えいしてはならない。",
                                  "第3条（有効期間）本契約の有効期間は締結日から2年間とする。"])],
    expect="pass",
    entities=[],
    detectors=[],
    note="a draft NDA: the document is about confidentiality but carries no classification stamp",
))

MESSAGES.append(dict(
    id="sup-053",
    sender=KIMURA,
    to=["ミライボット 久住様 <kusumi@miraibot.co.jp>"],
    subject="Re: 学習用データのご提供について",
    charset="utf-8",
    body=f"""久住様

お世話になっております。日の出産業の木村です。

ご依頼のあった「実際のお問い合わせ文」の提供については、
社内で確認しましたが、機密保持の観点からお客様の原文はお渡しできない
という結論になりました。申し訳ございません。
代わりに、当社でカテゴリ別の件数と、個人情報を含まない想定問答集
（FAQ 120問）をご用意します。

機密情報の取扱いについては先日締結したNDAの範囲内でお願いいたします。
{SIG_KIMURA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mail that merely mentions 機密 and the NDA: no marking, no data",
))

MESSAGES.append(dict(
    id="sup-054",
    sender=ISHIKAWA,
    to=["infra@tsubasa-system.jp"],
    subject="【社外秘】VPN接続設定およびFW設定値（作業用）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 基盤チーム 御中

日の出産業の石川です。
来週のSMSゲートウェイ冗長化作業で必要となる、当社側の接続設定をお送りします。

■拠点間VPN
　ピアアドレス：203.0.113.45
　IKEバージョン：IKEv2 / AES-256 / SHA-256
　対象セグメント：10.12.0.0/16 ⇔ 172.20.8.0/24

■FW許可設定（追加分）
　送信元 172.20.8.11-12 → 宛先 10.12.1.30 (sso-gw01) TCP/443, TCP/8443

作業完了後、本メールは削除をお願いいたします。
{SIG_ISHIKAWA}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail itself classified 【社外秘】 in the subject, network settings to the vendor",
))

MESSAGES.append(dict(
    id="sup-055",
    sender=TAKAHASHI,
    to=["nishida@callwave.co.jp"],
    subject="エスカレーション手順書（改訂版）の送付",
    charset="cp932",
    body=f"""西田様

お世話になっております。高橋です。
12月からの運用に合わせて改訂したエスカレーション手順書をお送りします。
変更点は黄色の行です。オペレーターの皆様への周知をお願いいたします。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="xlsx", name="エスカレーション手順書_202412.xlsx", page_header="社外秘",
                      sheets={"手順": [["エスカレーション手順（2024年12月改訂）"],
                                      ["区分", "判断基準", "連絡先", "期限"],
                                      ["製品事故の疑い", "発煙・発火・焼損・けが", "品質窓口（大西）", "即時"],
                                      ["強いお申し出", "責任者対応の要求、SNS投稿の示唆", "SV → 当社高橋", "当日中"],
                                      ["システム障害", "CRM・CTIの停止", "当社情報システム部", "即時"],
                                      ["個人情報", "誤送付・紛失の疑い", "当社個人情報保護窓口", "即時"]],
                              "改訂履歴": [["版", "日付", "内容"], ["1.0", "2024/04/01", "初版"],
                                        ["1.1", "2024/12/01", "委託先移管に伴う改訂"]]})],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX procedure manual with a 社外秘 print header, sent to the call-centre outsourcer",
))

MESSAGES.append(dict(
    id="sup-056",
    sender="Tsuyoshi Hasebe <hasebe.tsuyoshi@hinode-sangyo.co.jp>",
    to=["Priya Raman <priya.raman@zendara.com>"],
    subject="Integration architecture for the Q1 rollout",
    charset="utf-8",
    body=f"""Hi Priya,

As discussed, attached is our integration architecture for the Q1 rollout
(CRM ⇔ Zendara ⇔ CTI). Please share it with your solutions architect so we can
go through it on Thursday.

Thanks,
Tsuyoshi
{SIG_HASEBE_EN}
""",
    attachments=[dict(kind="pdf", name="Hinode_Integration_Architecture_v2.pdf",
                      page_footer="CONFIDENTIAL - Hinode Sangyo Internal Use Only",
                      lines=["Hinode Sangyo - Support Platform Integration Architecture v2",
                             "1. Components: CRM (on-prem), Zendara (SaaS), CTI (Callwave)",
                             "2. Data flows: ticket sync every 5 min via REST, webhooks for status changes",
                             "3. Authentication: OAuth 2.0 client credentials, IP allow-list",
                             "4. Network: outbound 443 only from 10.12.1.0/24 via proxy"])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF whose footer classifies it CONFIDENTIAL / internal use only, sent to an overseas vendor",
))

MESSAGES.append(dict(
    id="sup-057",
    sender=MORIMOTO,
    to=["岡部 様 <okabe@tsubasa-system.jp>", "村瀬 様 <murase@tsubasa-system.jp>"],
    subject="次期サポート基盤 構想資料（ご参考）",
    charset="iso-2022-jp",
    body=f"""岡部様、村瀬様

お世話になっております。森本です。
来期以降のサポート基盤の構想資料をお送りします。
RFPの前段階の内容ですので、ご参考程度にご覧ください。
{SIG_MORIMOTO}
""",
    attachments=[dict(kind="pptx", name="次期サポート基盤構想_2025.pptx", slides=[
        ["【極秘】次期サポート基盤構想 2025", "日の出産業株式会社 情報システム部", "2024年11月"],
        ["現状の課題", "CRMのオンプレ運用コスト増", "委託先との連携が手作業", "問い合わせ増に要員が追随できない"],
        ["構想", "SaaS型ヘルプデスクへの移行", "CTI・修理手配のAPI連携", "チャットボットによる一次回答"],
        ["スケジュール案", "2025年4月 RFP", "2025年10月 ベンダー選定", "2026年4月 本番稼働"],
    ])],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX whose title slide is stamped 【極秘】, sent to the vendor",
))

MESSAGES.append(dict(
    id="sup-058",
    sender=FUJII,
    to=["情報システム部 <is-all@mail.hinode-sangyo.co.jp>"],
    cc=[HASEBE],
    subject="修理受付改修 基本設計書 v0.9（部内レビュー）",
    charset="utf-8",
    body=f"""情シスの皆さん

藤井です。修理受付改修の基本設計書 v0.9 を共有します。
ツバサシステムさんに出す前に部内で一度見ておきたいので、
金曜までにコメントください。
{SIG_FUJII}
""",
    attachments=[dict(kind="docx", name="基本設計書_修理受付改修_v0.9.docx", page_header="社外秘",
                      paragraphs=["修理受付機能改修 基本設計書", "版数：0.9",
                                  "1. 目的", "修理受付から訪問手配までのリードタイムを短縮する。"])],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 DOCX sent only to internal recipients (a mail. subdomain of the own domain)",
))

_p59 = person(59)
MESSAGES.append(dict(
    id="sup-059",
    sender=KOIZUMI,
    to=["青葉運輸 江東営業所 <koto@aoba-unyu.co.jp>"],
    subject="営業所止め受取のお客様の本人確認について",
    charset="cp932",
    body=f"""青葉運輸 江東営業所 ご担当者様

お世話になっております。日の出産業の小泉です。

伝票番号 4471-3390-1284 の交換品（食器洗い乾燥機）について、
お客様が明日、営業所で直接お受け取りになります。
高額品のため、お客様から事前にいただいた運転免許証の情報と
照合のうえお渡しいただけますでしょうか。

　お名前　　：{_p59.name} 様
　生年月日　：{_p59.dob.year}年{_p59.dob.month}月{_p59.dob.day}日
　運転免許証：第 3010 4562 8813 号（有効期限 令和8年{_p59.dob.month}月{_p59.dob.day}日）

よろしくお願いいたします。
{SIG_KOIZUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a customer's driver's licence number (with name and birth date) sent to the carrier",
))

_c60 = people(60, 6)
_r60 = _random.Random("r60")
_banks60 = [("みどり銀行", "日本橋支店"), ("ゆうちょ銀行", "〇一八店"), ("東都信用金庫", "亀戸支店"),
            ("みどり銀行", "浦和支店"), ("北陸中央銀行", "金沢駅前支店"), ("さくら信用組合", "本店営業部")]
MESSAGES.append(dict(
    id="sup-060",
    sender=HASEBE,
    to=["nihonbashi-houjin@midori-ginko.co.jp"],
    subject="総合振込データ取込エラーのご相談（返金分）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 日本橋支店 法人営業ご担当者様

いつもお世話になっております。日の出産業の長谷部でございます。

リコール対象製品の返金（6件）を総合振込で行おうとしたところ、
法人インターネットバンキングへの取込時に「受取人名が不正です」と
エラーになってしまいました。
振込データの元になった一覧を添付いたしますので、どの項目に問題があるか
ご確認いただけますでしょうか。

お手数をおかけしますが、よろしくお願い申し上げます。
{SIG_HASEBE}
""",
    attachments=[dict(kind="xlsx", name="返金振込一覧_20241129.xlsx", sheets={
        "振込一覧": [["HS-HM120 リコール返金 振込一覧", "", "", "", "", "振込指定日 2024/12/05"],
                    ["No", "お客様名", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）", "返金額"]]
        + [[i + 1, p.name, b, br, _r60.choice(["普通", "普通", "当座"]), f"{_r60.randint(1000000, 9999999)}",
            p.kana.replace(" ", "　"), "19,800"] for i, (p, (b, br)) in enumerate(zip(_c60, _banks60))],
    })],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="refund list of 6 customers with their bank accounts, sent to the bank's sales office",
))

# ---------------------------------------------------------------------------------------
# sup-061 … sup-080: bank, sensitive categories, DM, business lists, PDF/ZIP/EML/XLS,
# internal vs external, staff lists, delivery
# ---------------------------------------------------------------------------------------

_p61 = person(61)
MESSAGES.append(dict(
    id="sup-061",
    sender=MATSUO,
    to=["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    subject="コンビニ払い済み注文の返金（口座振込）について",
    charset="utf-8",
    body=f"""ペイネクスト株式会社
加盟店サポートご担当者様

お世話になっております。日の出産業 お客様相談室の松尾です。

コンビニ払いで決済済みの下記注文がキャンセルとなりました。
御社の返金代行サービスで、お客様口座への振込をお願いいたします。

　注文番号：HNS-20241120-00214
　返金額　：12,980円
　お客様名：{_p61.name} 様
　振込先　：みどり銀行 船橋支店 普通 {_random.Random('a61').randint(1000000, 9999999)}
　口座名義：{_p61.kana}

返金完了のご連絡をいただけましたら、お客様へご案内いたします。
{SIG_MATSUO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one customer's bank account for a refund through the payment vendor: a single record, may warn",
))

_p62 = person(62)
MESSAGES.append(dict(
    id="sup-062",
    sender=KOIZUMI,
    to=["sakaguchi@towa-techno.co.jp"],
    subject="訪問修理時のご配慮のお願い（R-24-12-0021）",
    charset="iso-2022-jp",
    body=f"""坂口様

お世話になっております。日の出産業の小泉です。
12/6（金）午後に訪問いただく下記のお客様について、事前にお伝えします。

{_p62.name}様（{_p62.addr}、{_p62.tel}）は
身体障害者手帳1級をお持ちで車椅子をご利用とのことです。
玄関のスロープ側からお入りいただき、食洗機の取り外しの際は
ご家族の方が立ち会われるそうです。
作業員の方にご共有いただけますでしょうか。

よろしくお願いいたします。
{SIG_KOIZUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's physical disability (身体障害者手帳) in prose to the repair vendor",
))

_p63 = person(63)
MESSAGES.append(dict(
    id="sup-063",
    sender=MATSUO,
    to=["nishida@callwave.co.jp"],
    subject="対応時の注意事項（電話不可のお客様）",
    charset="cp932",
    body=f"""西田様

お疲れさまです。松尾です。
オペレーターの皆さんに共有していただきたいお客様がいます。

お客様ID C-1880452 の{_p63.name}様は聴覚に障害があり、お電話での
ご連絡ができません。折返しの際は必ずメール（{_p63.email}）か
FAXでお願いします。CRMのメモ欄にも記載済みですが、着信ポップアップで
見落とされやすいため念のため。

よろしくお願いします。
{SIG_MATSUO}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's hearing impairment (disability) sent to the call-centre outsourcer",
))

_p64 = person(64)
MESSAGES.append(dict(
    id="sup-064",
    sender=KOIZUMI,
    to=["uketsuke@towa-techno.co.jp"],
    subject="訪問日程の変更（R-24-11-0455）",
    charset="utf-8",
    body=f"""東和テクノサービス 修理受付ご担当者様

いつもお世話になっております。日の出産業の小泉です。

12/3に予定していた下記の訪問修理を延期させてください。
お客様ご本人が入院中のため、退院後（12月下旬以降）に改めて
日程を調整したいとのことです。

　受付番号：R-24-11-0455
　お客様　：{_p64.name} 様
　ご連絡先：{_p64.mobile}（ご家族の携帯）

再調整の際はこちらからご連絡いたします。
{SIG_KOIZUMI}
""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one customer, plus the fact of being in hospital: health-related but no diagnosis — judgement call",
))

_c65 = people(65, 6)
_t65 = [["フリガナ", "生年月日", "電話番号", "会員ランク"]] + [
    [p.kana, wareki(p.dob, "kanji").translate(_ZD), zen(p.tel, jis=True), r]
    for p, r in zip(_c65, ["ゴールド", "シルバー", "ゴールド", "一般", "シルバー", "一般"])]
MESSAGES.append(dict(
    id="sup-065",
    sender=ONISHI,
    to=["錦印刷 企画部 今井様 <imai@nishiki-insatsu.co.jp>"],
    subject="誕生月DM（1月分）テスト印字用データ",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
企画部 今井様

お世話になっております。日の出産業の大西です。

1月誕生月DMのテスト印字用に、会員データの一部をお送りします。
宛名面は別データで後日お送りしますので、まずは誕生日メッセージ面の
差込み確認にお使いください。

{table(_t65, sep="　", fill="　", rule="−")}

本番データは12/10にお送りします。
{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 members in a full-width padded table (kana names, 和暦 birth dates, phones) to the printer",
))

MESSAGES.append(dict(
    id="sup-066",
    sender=ONISHI,
    to=["imai@nishiki-insatsu.co.jp"],
    subject="冬季キャンペーンDM 印刷発注",
    charset="cp932",
    body=f"""今井様

いつもお世話になっております。大西です。
冬季キャンペーンDMの印刷を正式に発注いたします。

　仕様　　：A4三つ折り／フルカラー両面／コート紙90kg
　部数　　：38,000部
　納品日　：2024年12月16日（月）午前
　納品先　：日の出産業 東日本物流センター
　単価　　：お見積書 No.NI-24-1182 のとおり

宛名データは当社で発送代行会社に直接渡しますので、御社での宛名印字は不要です。
{SIG_ONISHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="print order with quantities and quote number: no personal data",
))

_c67 = people(67, 40)
MESSAGES.append(dict(
    id="sup-067",
    sender=ONISHI,
    to=["imai@nishiki-insatsu.co.jp"],
    cc=["錦印刷 データ処理課 <data@nishiki-insatsu.co.jp>"],
    subject="保証延長のご案内はがき 宛名データ",
    charset="utf-8",
    body=f"""今井様

お世話になっております。大西です。
保証延長のご案内はがきの宛名データ（40件）をお送りします。
郵便番号・住所・氏名の3項目で、敬称は「様」で統一してください。
{SIG_ONISHI}
""",
    attachments=[dict(kind="csv", name="hagaki_atena.csv", encoding="utf-8", rows=[
        ["郵便番号", "住所", "氏名"]] + [[p.zip.replace("-", ""), p.addr, p.name_nospace] for p in _c67])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="address label data of 40 customers (zip, address, name) to the printer",
))

_p68 = person(68)
MESSAGES.append(dict(
    id="sup-068",
    sender=MATSUO,
    to=[f"{_p68.email}"],
    subject="修理受付窓口のご案内",
    charset="iso-2022-jp",
    body=f"""{_p68.sei}様

お問い合わせいただきありがとうございます。日の出産業 お客様相談室の松尾です。
お持込みでの修理をご希望とのことで、お近くの修理受付窓口をご案内いたします。

■東京サービスセンター
　〒135-0082 東京都江東区有明3-5-7 TOC有明ウエスト4F
　TEL 03-6457-2210　受付 10:00〜18:00（水曜定休）

■横浜サービスセンター
　〒220-0011 神奈川県横浜市西区高島2-19-12 スカイビル11F
　TEL 045-451-8830　受付 10:00〜18:00（水曜定休）

■さいたまサービスセンター
　〒330-0854 埼玉県さいたま市大宮区桜木町1-10-16 シーノ大宮4F
　TEL 048-640-3371　受付 10:00〜19:00（年中無休）

お持込みの際は保証書をご持参ください。
{SIG_MATSUO}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="list of service centres (business addresses and phones) to one customer on free mail",
))

_r69 = _random.Random("r69")
_shops69 = [("家電のヤマグチ 本店", "東京都墨田区錦糸2-3-18", "03-3622-4410"),
            ("ナカジマ電器 経堂店", "東京都世田谷区経堂1-22-5", "03-3426-7781"),
            ("ホームセンターさくら 船橋店", "千葉県船橋市前原西2-9-1", "047-471-2230"),
            ("でんきのモリタ", "埼玉県川口市芝新町3-14-2", "048-266-0915"),
            ("くらしの家電 ミヤザト", "沖縄県浦添市牧港1-55-3", "098-877-4102"),
            ("オオダテ電化センター", "北海道旭川市豊岡四条1丁目4-7", "0166-31-8842"),
            ("コガ電機 久留米店", "福岡県久留米市東町30-1", "0942-33-1560"),
            ("ウエノ電器 宇治店", "京都府宇治市小倉町蓮池22", "0774-22-6188")]
MESSAGES.append(dict(
    id="sup-069",
    sender=TAKAHASHI,
    to=["callwave-hinode@callwave.co.jp"],
    subject="お客様への販売店案内用リスト（取扱店一覧）",
    charset="utf-8",
    body=f"""コールウェーブ 日の出産業チームの皆さま

お世話になっております。高橋です。
「近くで実機を見られるお店はないか」というお問い合わせ用に、
展示のある取扱店一覧をお送りします。お客様にご案内して問題ない情報です。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="csv", name="展示取扱店一覧_202412.csv", encoding="cp932", rows=[
        ["店舗名", "所在地", "電話番号", "展示機種", "営業時間"]] + [
        [n, a, t, _r69.choice(["HS-AP300 / HS-HM120", "HS-DW450", "全機種"]), "10:00-20:00"] for n, a, t in _shops69])],
    expect="pass",
    entities=[],
    detectors=[],
    note="list of dealer shops (business addresses and phones), not people",
))

_c70 = people(70, 9)
_r70 = _random.Random("r70")
MESSAGES.append(dict(
    id="sup-070",
    sender=KOIZUMI,
    to=["sakaguchi@towa-techno.co.jp", "uketsuke@towa-techno.co.jp"],
    subject="12月後半 訪問修理予定表（PDF）",
    charset="cp932",
    body=f"""坂口様

お世話になっております。小泉です。
12月後半の訪問予定表をPDFでお送りします。
作業員の方の割当てが決まりましたら、予定表に記入してご返送ください。
{SIG_KOIZUMI}
""",
    attachments=[dict(kind="pdf", name="訪問予定表_2024年12月後半.pdf",
                      page_header="日の出産業 修理受付課",
                      lines=["訪問修理予定表（2024年12月16日〜27日）", ""],
                      table=[["日付", "時間", "お客様名", "住所", "電話", "製品", "作業員"]] + [
                          [f"12/{_r70.randint(16, 27)}", _r70.choice(["AM", "PM"]), p.name, p.addr,
                           p.mobile if i % 2 else p.tel, _r70.choice(["HS-DW450", "HS-AP300"]), ""]
                          for i, p in enumerate(_c70)])],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 9 customers' visit data (name, address, phone) to the repair vendor",
))

_c71 = people(71, 15)
_r71 = _random.Random("r71")
MESSAGES.append(dict(
    id="sup-071",
    sender=FUJII,
    to=["村瀬 様 <murase@tsubasa-system.jp>"],
    subject="重複顧客の名寄せ対象データ",
    charset="utf-8",
    body=f"""村瀬様

お世話になっております。藤井です。
名寄せロジックの検証用に、重複と思われる顧客データを抽出しました。
容量が大きいのでZIPにまとめています（パスワードはかけていません）。
{SIG_FUJII}
""",
    attachments=[dict(kind="zip", name="nayose_sample.zip", files=[
        dict(kind="csv", name="nayose_candidates.csv", encoding="utf-8", rows=[
            ["group", "cust_id", "name", "kana", "tel", "mail", "addr"]] + [
            [f"G{_i // 3 + 1:02d}", f"C-{_r71.randint(1000000, 2999999)}", p.name, p.kana, p.tel, p.email, p.addr]
            for _i, p in enumerate(_c71)]),
        dict(kind="txt", name="readme.txt", text="group列が同じものが名寄せ候補です。\n抽出日：2024/11/29\n", encoding="utf-8"),
    ])],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a CSV of 15 customers' records, sent to the vendor",
))

_c72 = people(72, 5)
_r72 = _random.Random("r72")
MESSAGES.append(dict(
    id="sup-072",
    sender=ONISHI,
    to=["miyoshi@kawasaki-denki.co.jp"],
    subject="FW: 初期不良のご報告（5台）",
    charset="iso-2022-jp",
    body=f"""三好様

大西です。販売店様から初期不良の報告がまとまって届きましたので、
元のメールを添付で転送します。いずれも電源ユニット起因と思われます。
回収品は来週まとめてお送りします。
{SIG_ONISHI}
""",
    attachments=[dict(kind="eml", name="初期不良のご報告.eml", message=dict(
        sender="ナカジマ電器 経堂店 <kyodo@nakajima-denki.co.jp>",
        to=["support@hinode-sangyo.co.jp"],
        subject="初期不良のご報告（5台）",
        charset="iso-2022-jp",
        body="日の出産業 サポートご担当者様\n\nナカジマ電器 経堂店です。\n"
             "今月販売したHS-AP300のうち、下記5台で電源が入らないとの申し出がありました。\n\n"
             + "\n".join(f"{_i + 1}) {p.name}様　{p.tel}　{p.addr}　購入日11/{_r72.randint(1, 20)}　"
                         f"製造番号 {serial(_r72, 'AP3')}" for _i, p in enumerate(_c72))
             + "\n\n交換品の手配をお願いします。\nナカジマ電器 経堂店 店長 中島\n"))],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded dealer mail attached as .eml, listing 5 customers with phone and address",
))

_p73 = person(73)
MESSAGES.append(dict(
    id="sup-073",
    sender=ONISHI,
    to=["miyoshi@kawasaki-denki.co.jp"],
    subject="FW: 運転中に焦げ臭いにおい",
    charset="cp932",
    body=f"""三好様

大西です。下記のお申し出、発煙には至っていませんが念のため共有します。
現品を回収しましたので、解析をお願いできますか。
元のメールを添付します。
{SIG_ONISHI}
""",
    attachments=[dict(kind="eml", name="運転中に焦げ臭いにおい.eml", message=dict(
        sender=f"{_p73.name} <{_p73.email}>",
        to=["support@hinode-sangyo.co.jp"],
        subject="運転中に焦げ臭いにおい",
        charset="utf-8",
        body=f"日の出産業 御中\n\n加湿器HS-HM120を使っていたら、焦げたようなにおいがしました。\n"
             f"すぐに電源を切りましたが、怖いので見てもらえますか。\n\n{_p73.name}\n{_p73.mobile}\n"))],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded .eml of one customer's complaint to the parts supplier: one person, may warn",
))

_c74 = people(74, 22)
_r74 = _random.Random("r74")
MESSAGES.append(dict(
    id="sup-074",
    sender=FUJII,
    to=["okabe@tsubasa-system.jp"],
    subject="旧保守システムの契約データ（移行テスト用）",
    charset="iso-2022-jp",
    body=f"""岡部様

お世話になっております。藤井です。
旧保守システム（Access）から出力した保守契約データを添付します。
古いシステムのためExcel 97-2003形式でしか出せませんでした。
移行テストに使う22件です。生年月日は和暦の文字列のまま入っています。
{SIG_FUJII}
""",
    attachments=[dict(kind="xls", name="hoshu_keiyaku_export.xls", sheets={
        "契約": [["契約番号", "契約者名", "カナ", "生年月日", "電話", "住所", "契約開始", "機種"]] + [
            [f"HK{_r74.randint(100000, 199999)}", p.name, p.kana, wareki(p.dob, "slash"), p.tel, p.addr,
             f"20{_r74.randint(19, 23)}/04/01", _r74.choice(["HS-AP900", "HS-DW450", "HS-WP20"])] for p in _c74]})],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy .xls export of 22 maintenance contracts (name, birth date, phone, address) to the vendor",
))

_c75 = people(75, 18)
MESSAGES.append(dict(
    id="sup-075",
    sender=TAKAHASHI,
    to=[KIMURA, MATSUO, "カスタマーサポート部 <cs-all@hinode-sangyo.co.jp>"],
    subject="【部内】強いお申し出のお客様リスト（12月更新）",
    charset="utf-8",
    body=f"""CS部の皆さん

高橋です。強いお申し出をいただいているお客様のリストを更新しました。
着信時は必ずリーダーにつないでください。
社外（委託先含む）には出さないようお願いします。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="xlsx", name="要注意顧客リスト_202412.xlsx", sheets={
        "リスト": [["氏名", "電話番号", "メール", "経緯"]] + [
            [p.name, p.mobile, p.email, "交換対応済み・再発" if _i % 2 else "返金要求"] for _i, p in enumerate(_c75)]})],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="customer list of 18 sent to internal recipients only",
))

_c76 = people(76, 10)
_t76 = "\n".join(f"{p.name}\t{p.mobile}\t{p.email}" for p in _c76)
MESSAGES.append(dict(
    id="sup-076",
    sender=KIMURA,
    to=[TAKAHASHI],
    cc=["岡部 様 <okabe@tsubasa-system.jp>"],
    subject="メール配信エラーのお客様（10件）",
    charset="iso-2022-jp",
    body=f"""高橋さん
（CC：ツバサシステム岡部様）

木村です。
昨日の点検案内メールで配信エラーになったお客様10件です。
電話でアドレス確認をしてもらえますか。
岡部様、配信ログ側でもエラー理由を確認いただけると助かります。

氏名\t携帯\tメール
{_t76}

木村
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of 10 customers to a colleague with the vendor in Cc: one external recipient",
))

MESSAGES.append(dict(
    id="sup-077",
    sender=ISHIKAWA,
    to=["KDC横浜 受付 <entry@kdc-dc.co.jp>"],
    subject="12/14 入館予定者のご連絡（日の出産業）",
    charset="cp932",
    body=f"""KDC横浜データセンター 受付ご担当者様

いつもお世話になっております。日の出産業 情報システム部の石川です。
12月14日（土）21:00〜翌2:00のラック作業で、下記3名が入館します。

　1. 石川 真由（日の出産業）　携帯 080-3318-5524
　2. 森本 拓也（日の出産業）　携帯 090-6021-7783
　3. 内藤 誠　（ツバサシステム）携帯 070-2290-4416

作業ラック：R12、R13
よろしくお願いいたします。
{SIG_ISHIKAWA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three named workers with mobile numbers for a data-centre visit: under five people, may warn",
))

_c78 = people(78, 6)
MESSAGES.append(dict(
    id="sup-078",
    sender=ISHIKAWA,
    to=["entry@kdc-dc.co.jp"],
    subject="年間入館証の申請（6名）",
    charset="utf-8",
    body=f"""KDC横浜データセンター 受付ご担当者様

お世話になっております。日の出産業の石川です。
2025年の年間入館証を申請いたします。申請書の記載項目を下記にまとめました。
顔写真データは別便でお送りします。

{chr(10).join(f'''【{i + 1}】
氏名：{p.name}（{p.kana}）
生年月日：{p.dob:%Y/%m/%d}
携帯電話：{p.mobile}
所属：日の出産業株式会社 情報システム部''' for i, p in enumerate(_c78))}

よろしくお願いいたします。
{SIG_ISHIKAWA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 staff records in blocks (name, birth date, mobile) to the data-centre operator",
))

_r79 = _random.Random("r79")
MESSAGES.append(dict(
    id="sup-079",
    sender=TAKAHASHI,
    to=["丸中商事 総務部 宮下様 <miyashita@marunaka-shoji.co.jp>"],
    subject="交換フィルター納品予定のご案内",
    charset="iso-2022-jp",
    body=f"""丸中商事株式会社
総務部 宮下様

いつもお世話になっております。日の出産業の高橋でございます。
ご注文いただいた交換フィルターの納品予定をお知らせいたします。

{table([["ご注文番号", "品番", "数量", "出荷日", "お問合せ伝票番号"]] + [[f"HNB-2411-{_r79.randint(1000, 9999)}", _r79.choice(["HS-F900", "HS-F900D"]), str(_r79.randint(2, 20)), f"12/{_r79.randint(2, 6)}", f"{_r79.randint(4000, 4999)}-{_r79.randint(1000, 9999)}-{_r79.randint(1000, 9999)}"] for _i in range(5)], rule="-")}

各事業所様宛に青葉運輸にて発送いたします。
{SIG_TAKAHASHI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order numbers, product codes and tracking numbers to a corporate customer: no personal data",
))

_c80 = people(80, 8)
_r80 = _random.Random("r80")
_t80 = [["送り状番号", "お届け先", "電話", "不在回数"]] + [
    [f"{_r80.randint(4000, 4999)}-{_r80.randint(1000, 9999)}-{_r80.randint(1000, 9999)}", p.addr,
     p.mobile if _i % 3 else p.tel, str(_r80.randint(1, 3))] for _i, p in enumerate(_c80)]
MESSAGES.append(dict(
    id="sup-080",
    sender=KOIZUMI,
    to=["cs@aoba-unyu.co.jp"],
    subject="持ち戻り品の再配達依頼",
    charset="cp932",
    body=f"""青葉運輸 お客様センター ご担当者様

お世話になっております。日の出産業の小泉です。
不在で持ち戻りになっている交換品について、お客様と連絡が取れましたので
再配達をお願いいたします。いずれも12/7（土）午前指定です。

{table(_t80, sep=" / ")}

よろしくお願いいたします。
{SIG_KOIZUMI}
""",
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="redelivery list of 8 households (address and phone, no names) to the carrier",
))

# ---------------------------------------------------------------------------------------
# sup-081 … sup-105
# ---------------------------------------------------------------------------------------


def corp_number(base12):
    """法人番号: check digit in front of 12 digits (9 - Σ P×Q mod 9, Q = 1/2 alternating)."""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), start=1))
    return f"{9 - total % 9}{base12}"


MESSAGES.append(dict(
    id="sup-081",
    sender=KOIZUMI,
    to=["callwave-hinode@callwave.co.jp"],
    subject="修理料金の目安表（2025年1月改定）",
    charset="utf-8",
    body=f"""コールウェーブ 日の出産業チームの皆さま

お世話になっております。修理受付課の小泉です。
1月1日受付分から修理料金の目安を改定します。
お客様から概算を聞かれた際は、添付の表でご案内ください。
（出張料は地域によらず一律です）
{SIG_KOIZUMI}
""",
    attachments=[dict(kind="pdf", name="修理料金目安表_2025.pdf",
                      lines=["修理料金の目安（2025年1月1日受付分より）", "※保証期間内の自然故障は無償", ""],
                      table=[["製品", "症状", "技術料", "部品代（目安）", "出張料"],
                             ["HS-AP300", "電源が入らない", "8,800円", "4,000〜9,000円", "3,300円"],
                             ["HS-AP300", "異音", "6,600円", "3,500円", "3,300円"],
                             ["HS-HM120", "水漏れ", "6,600円", "1,200円", "3,300円"],
                             ["HS-DW450", "排水エラー", "11,000円", "2,000〜15,000円", "3,300円"],
                             ["HS-RC7", "走行しない", "8,800円", "6,000円", "持込のみ"]])],
    expect="pass",
    entities=[],
    detectors=[],
    note="repair price list PDF: no personal data",
))

_c82 = people(82, 11)
_r82 = _random.Random("r82")
_t82 = "\n".join(
    f"2024/11/{_r82.randint(25, 29)} {_r82.randint(0, 23):02d}:{_r82.randint(0, 59):02d}\t{p.email}\t"
    f"{_r82.choice(['修理', '消耗品', '使い方', '返品', '保証'])}\t{_r82.choice(['未返信', '未返信', '自動返信のみ'])}"
    for p in _c82)
MESSAGES.append(dict(
    id="sup-082",
    sender=MATSUO,
    to=["nishida@callwave.co.jp"],
    subject="メール問い合わせ 未返信分（週末受付）",
    charset="iso-2022-jp",
    body=f"""西田様

お疲れさまです。松尾です。
週末に受け付けたメール問い合わせのうち、まだ返信できていない分です。
メールボックスの共有設定が月曜にならないと反映されないため、
いったん一覧で送ります。返信テンプレートでご対応をお願いします。

受付日時\tメールアドレス\t種別\t状況
{_t82}

よろしくお願いします。
{SIG_MATSUO}
""",
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated log of 11 customers' e-mail addresses (no names) to the call-centre outsourcer",
))

_c83 = people(83, 3)
MESSAGES.append(dict(
    id="sup-083",
    sender=KIMURA,
    to=["久住 様 <kusumi@miraibot.co.jp>"],
    subject="チャットボット誤回答のログ（3セッション）",
    charset="utf-8",
    body=f"""久住様

お世話になっております。木村です。
トライアル中のチャットボットで、有人切替が動かなかったセッションが3件ありました。
ログを添付しますので原因をご確認ください。
（お客様が入力した連絡先がそのまま残っています。確認後は削除をお願いします）
{SIG_KIMURA}
""",
    attachments=[dict(kind="txt", name="chatlog_20241128.txt", encoding="utf-8", text="\n".join(
        f"""=== session {4410 + i} ===
[10:{12 + i}:03] bot: ご用件をお選びください。
[10:{12 + i}:21] user: 修理を申し込みたい
[10:{12 + i}:22] bot: お名前とご連絡先を入力してください。
[10:{12 + i}:58] user: {p.name} {p.mobile} {p.email}
[10:{13 + i}:00] bot: 申し訳ありません、よく分かりませんでした。
[10:{13 + i}:20] user: オペレーターにつないで
[10:{13 + i}:21] bot: 申し訳ありません、よく分かりませんでした。
""" for i, p in enumerate(_c83)))],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="chat log with three customers' contact details: under five people, may warn",
))

MESSAGES.append(dict(
    id="sup-084",
    sender=TAKAHASHI,
    to=["callwave-hinode@callwave.co.jp"],
    subject="FAQページ更新版（オペレーター参照用）",
    charset="cp932",
    body=f"""コールウェーブ 日の出産業チームの皆さま

お世話になっております。高橋です。
12/2公開予定のFAQページ更新版をHTMLで添付します。
公開前ですが内容は確定しておりますので、オペレーター参照用にお使いください。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="html", name="faq_hm120_20241202.html", html="""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>加湿器 HS-HM120 よくあるご質問</title></head>
<body>
<h1>加湿器 HS-HM120 よくあるご質問</h1>
<h2>Q. 給水タンクから水が漏れます</h2>
<p>A. 2023年9月〜12月製造の一部製品で、パッキンを無償交換しております。製造番号をご確認のうえ、
専用ダイヤル 0120-41-7755 までご連絡ください。</p>
<h2>Q. 加湿量が少ない気がします</h2>
<p>A. フィルターの汚れが原因の場合があります。月に1回のお手入れをお願いします。</p>
<h2>Q. 修理の持込先を教えてください</h2>
<p>A. 東京サービスセンター（東京都江東区有明3-5-7、TEL 03-6457-2210）ほか全国6か所で受け付けています。</p>
</body></html>""")],
    expect="pass",
    entities=[],
    detectors=[],
    note="FAQ HTML with only company phone numbers and a service-centre address",
))

_c85 = people(85, 5)
_r85 = _random.Random("r85")
MESSAGES.append(dict(
    id="sup-085",
    sender=KOIZUMI,
    to=["坂口 様 <sakaguchi@towa-techno.co.jp>"],
    subject="熊本・沖縄エリア 訪問修理のまとめ依頼",
    charset="iso-2022-jp",
    body=f"""坂口様

お世話になっております。小泉です。
九州・沖縄エリアで訪問修理の依頼が溜まってきましたので、
まとめて手配をお願いできますでしょうか。

{chr(10).join(f'''◆{p.name} 様
　〒{p.zip} {p.addr}
　TEL {p.tel} ／ 携帯 {p.mobile}
　{_r85.choice(['食洗機 HS-DW450 排水エラー', '空気清浄機 HS-AP300 異音', '浄水器 HS-WP20 水漏れ'])}
''' for p in _c85)}
いずれも平日午後希望です。
{SIG_KOIZUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five customers, one block each (name, address, phones), to the repair vendor",
))

_c86 = people(86, 4)
_r86 = _random.Random("r86")
MESSAGES.append(dict(
    id="sup-086",
    sender=KOIZUMI,
    to=["青葉運輸 法人営業所 <houjin@aoba-unyu.co.jp>"],
    subject="修理品の引取り依頼（4件）",
    charset="cp932",
    body=f"""青葉運輸 法人営業所 ご担当者様

いつもお世話になっております。日の出産業の小泉です。
下記4件、お客様宅からの修理品引取りをお願いいたします。
梱包キットはお持ちいただくようお願いします。

""" + "\n".join(f"""（{_i + 1}）{p.name}様
　　{p.addr}
　　{zen(p.tel)}
　　引取希望：12月{_r86.randint(3, 9)}日 {_r86.choice(['午前', '14-16時', '16-18時'])}""" for _i, p in enumerate(_c86)) + f"""

以上、よろしくお願いいたします。
{SIG_KOIZUMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four customers' pick-up details to the carrier: under five people, may warn",
))

_p87 = person(87)
MESSAGES.append(dict(
    id="sup-087",
    sender=MATSUO,
    to=["ひかりクレジット 加盟店審査課 <shinsa@hikari-credit.co.jp>"],
    subject="分割払いお申込みの書類不備について",
    charset="iso-2022-jp",
    body=f"""ひかりクレジット株式会社
加盟店審査課 ご担当者様

お世話になっております。日の出産業 お客様相談室の松尾です。

先日お申込みいただいた分割払い（申込番号 HK-24-77120）について、
本人確認書類の画像が不鮮明とのご連絡をいただきました。
お客様に電話で読み上げていただいた内容をお送りしますので、
こちらで審査を進めていただけますでしょうか。

　氏名　　　　：{_p87.name}（{_p87.kana}）
　生年月日　　：{wareki(_p87.dob, "kanji")}
　健康保険証　：記号 {_random.Random('h87').randint(10, 99)}-{_random.Random('h87b').randint(100, 999)}　番号 {_random.Random('h87c').randint(1000, 9999)}
　保険者番号　：06{_random.Random('h87d').randint(130000, 139999)}

よろしくお願いいたします。
{SIG_MATSUO}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a customer's health-insurance card symbol and number sent to the credit company",
))

MESSAGES.append(dict(
    id="sup-088",
    sender=MATSUO,
    to=["shinsa@hikari-credit.co.jp"],
    subject="Re: 申込番号 HK-24-77391 在留カード情報",
    charset="utf-8",
    body=f"""ひかりクレジット 加盟店審査課 ご担当者様

お世話になっております。松尾です。
外国籍のお客様の分割払い申込について、在留カードの情報をお送りします。
お客様の了承は電話でいただいております。

　氏名（カード記載）：NGUYEN THI LAN
　国籍・地域　　　　：ベトナム
　在留カード番号　　：UH48207316FA
　在留期間（満了日）：2027年3月14日
　生年月日　　　　　：1996年8月22日

審査結果はお客様に直接ご連絡いただいて構いません。
{SIG_MATSUO}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a customer's residence card number with name and birth date sent to the credit company",
))

_p89 = person(89)
MESSAGES.append(dict(
    id="sup-089",
    sender=TAKAHASHI,
    to=["タックスフリーナビ サポート <support@taxfree-navi.jp>"],
    subject="免税販売記録の訂正依頼（ショールーム銀座）",
    charset="cp932",
    body=f"""タックスフリーナビ株式会社
サポートご担当者様

お世話になっております。日の出産業の高橋です。

11月30日にショールーム銀座で行った免税販売1件について、
旅券番号の入力を誤って送信してしまいました。訂正をお願いいたします。

　取引番号　：TFN-GZ-20241130-0042
　購入者氏名：{_p89.romaji.upper()}（{_p89.name}）
　区分　　　：海外在住の日本人（在留証明書確認済み）
　旅券番号　：（誤）TR4829136 →（正）TR4829163
　購入品　　：空気清浄機 HS-AP300 1台

よろしくお願いいたします。
{SIG_TAKAHASHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="a customer's passport number (Japanese citizen living abroad) with name, to the tax-free vendor",
))

_p90 = person(90)
MESSAGES.append(dict(
    id="sup-090",
    sender=MATSUO,
    to=[f"{_p90.name} 様 <{_p90.email}>"],
    subject="RE: 注文した商品が届きません",
    charset="iso-2022-jp",
    body=f"""{_p90.name} 様

日の出産業 お客様相談室の松尾でございます。
このたびはご迷惑をおかけし、誠に申し訳ございません。

配送状況を確認いたしましたところ、お届け先住所の番地が一部欠けていたため
配送センターで保管されておりました。
本日、正しいご住所で再手配いたしましたので、明日午前中にお届けの予定です。
（お問い合わせ伝票番号：4471-5520-3390）

引き続きよろしくお願い申し上げます。
{SIG_MATSUO}

差出人: {_p90.name} <{_p90.email}>
送信日時: 2024年11月28日 19:44
宛先: support@hinode-sangyo.co.jp
件名: 注文した商品が届きません

1週間前に注文したのにまだ届きません。
注文番号 HNS-20241121-00877
住所は {_p90.addr} です。
電話 {_p90.tel}
どうなっていますか。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to the customer; her address and phone appear only under the quoted 差出人/送信日時 header",
))

_cn91 = corp_number("010401087733")
MESSAGES.append(dict(
    id="sup-091",
    sender=FUJII,
    to=["okabe@tsubasa-system.jp"],
    subject="法人顧客マスタ登録のお願い（丸中商事）",
    charset="utf-8",
    body=f"""岡部様

お世話になっております。藤井です。
保守契約の締結に伴い、下記の法人顧客をCRMの法人マスタに登録してください。
インボイス対応のため登録番号も項目に入れてください。

　法人名　　：丸中商事株式会社
　法人番号　：{_cn91}
　登録番号　：T{_cn91}
　本店所在地：東京都港区芝浦3-11-8
　代表電話　：03-5445-1200
　契約番号　：HK-B-2024-118

よろしくお願いいたします。
{SIG_FUJII}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a company's corporate number, head office and switchboard: business data, not personal",
))

MESSAGES.append(dict(
    id="sup-092",
    sender=FUJII,
    to=["murase@tsubasa-system.jp"],
    subject="問い合わせテーブルの定義（カラム追加の件）",
    charset="iso-2022-jp",
    body=f"""村瀬様

お世話になっております。藤井です。
問い合わせテーブルに「保証期限」カラムを追加したいので、
現行のテーブル定義（DDL）を添付します。データは含めていません。
影響範囲（バッチ・帳票）のご確認をお願いします。
{SIG_FUJII}
""",
    attachments=[dict(kind="txt", name="inquiry_ddl.sql", encoding="utf-8", text="""-- CRM inquiry tables (DDL only, no data)
CREATE TABLE customer (
    customer_id   VARCHAR(12) PRIMARY KEY,
    name          VARCHAR(80) NOT NULL,
    name_kana     VARCHAR(80),
    tel           VARCHAR(20),
    mobile        VARCHAR(20),
    email         VARCHAR(254),
    zip           CHAR(8),
    address       VARCHAR(200),
    birth_date    DATE,
    updated_at    TIMESTAMP NOT NULL
);

CREATE TABLE inquiry (
    inquiry_id    VARCHAR(16) PRIMARY KEY,
    customer_id   VARCHAR(12) REFERENCES customer(customer_id),
    received_at   TIMESTAMP NOT NULL,
    channel       VARCHAR(10),        -- tel / mail / web / chat
    product_code  VARCHAR(20),
    serial_no     VARCHAR(20),
    category      VARCHAR(20),
    body          TEXT,
    status        VARCHAR(10)
    -- ADD: warranty_end DATE
);
""")],
    expect="pass",
    entities=[],
    detectors=[],
    note="SQL DDL naming personal-data columns (name, tel, email) but holding no data",
))

_r93 = _random.Random("r93")
_c93 = people(93, 9)
MESSAGES.append(dict(
    id="sup-093",
    sender=ISHIKAWA,
    to=["SMSリンク テクニカルサポート <tech@smslink.jp>"],
    subject="SMS不達の調査依頼（パスワード再設定）",
    charset="utf-8",
    body=f"""SMSリンク株式会社
テクニカルサポート ご担当者様

お世話になっております。日の出産業 情報システム部の石川です。
会員サイトのパスワード再設定で、SMSが届かないという問い合わせが
昨日から9件ありました。送信ログ上は「送信済」になっています。
対象の宛先をCSVで添付しますので、キャリア側の到達状況をご確認ください。
{SIG_ISHIKAWA}
""",
    attachments=[dict(kind="csv", name="sms_undelivered_20241127.csv", encoding="utf-8", rows=[
        ["member_no", "to_number", "requested_at", "api_status", "carrier"]] + [
        [f"M{_r93.randint(100000, 999999)}", "+81" + p.mobile.replace("-", "")[1:],
         f"2024-11-27 {_r93.randint(8, 22):02d}:{_r93.randint(0, 59):02d}", "SENT",
         _r93.choice(["docomo", "au", "SoftBank", "楽天"])] for p in _c93])],
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of 9 members' mobile numbers (member numbers only, no names) to the SMS vendor",
))

_e94 = people(94, 12)
MESSAGES.append(dict(
    id="sup-094",
    sender=MORIMOTO,
    to=["カスタマーサポート部 リーダー <cs-leaders@hinode-sangyo.co.jp>"],
    cc=[ISHIKAWA],
    subject="【情シス】M365移行 第2陣の対象者確認のお願い",
    charset="iso-2022-jp",
    body=f"""CS部リーダー各位

情報システム部の森本です。
M365移行の第2陣（CS部）の対象者一覧です。
氏名・アドレス・会社貸与携帯に誤りがないか、12/6までにご確認ください。

{table([["氏名", "メールアドレス", "貸与携帯"]] + [[p.name, f"{p.sei_r.lower()}.{p.mei_r.lower()}@hinode-sangyo.co.jp", p.mobile] for p in _e94], rule="=")}

修正がある場合はこのメールに返信でお知らせください。
{SIG_MORIMOTO}
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="list of 12 staff accounts with mobiles sent only to internal recipients",
))

_c95 = people(95, 5)
MESSAGES.append(dict(
    id="sup-095",
    sender=ONISHI,
    to=["miyoshi@kawasaki-denki.co.jp"],
    subject="電源ユニット不具合 お客様からの聞き取り結果",
    charset="iso-2022-jp",
    body=f"""三好様

お世話になっております。大西です。
先週お約束した、お客様からの聞き取り結果をまとめました。

まず{_c95[0].name}さん（{_c95[0].mobile}）は、使用開始から約3週間で電源が落ちるようになり、
再起動後も10分ほどで停止するとのことでした。
{_c95[1].name}さん（{_c95[1].addr}）は加湿器と同じ延長コードに接続しており、
タコ足配線の可能性があります。
{_c95[2].name}さんは{_c95[2].tel}に何度かお電話してようやくつながりましたが、
焦げたにおいがしたと話しています。
{_c95[3].name}さん（{_c95[3].email}）と{_c95[4].name}さん（{_c95[4].mobile}）は
いずれも寝室での連続運転で、朝になると止まっていたそうです。

御社で直接お客様に聞き取りをされる場合は、上記の連絡先にお願いします。
{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five customers named in running prose with their phones/addresses, to the parts supplier",
))

MESSAGES.append(dict(
    id="sup-096",
    sender=TAKAHASHI,
    to=["nishida@callwave.co.jp"],
    subject="週次レポート（11/25〜12/1）",
    charset="utf-8",
    body=f"""西田様

お世話になっております。高橋です。
今週分の週次レポートをお送りします。
集計値のみで、個人情報は含めていません。

・入電数 1,284件（前週比 +12%）、応答率 91.4%
・HS-HM120 点検関連が全体の38%
・平均処理時間 6分12秒

来週の定例で、応答率改善の施策をご相談させてください。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="xlsx", name="週次レポート_W48.xlsx", sheets={
        "サマリ": [["指標", "今週", "前週"], ["入電数", 1284, 1146], ["応答数", 1174, 1071],
                 ["応答率", "91.4%", "93.5%"], ["平均処理時間(秒)", 372, 355]],
        "カテゴリ別": [["カテゴリ", "件数"], ["HM120点検", 488], ["修理受付", 301], ["使い方", 214],
                  ["消耗品", 167], ["その他", 114]]})],
    expect="pass",
    entities=[],
    detectors=[],
    note="weekly statistics report: counts only",
))

_c97 = people(97, 8)
_t97 = [["お名前", "電話番号", "製造番号"]] + [
    [p.name, zen(p.mobile if _i % 2 else p.tel), serial(_random.Random(f"s97{_i}"), "AP3")]
    for _i, p in enumerate(_c97)]
MESSAGES.append(dict(
    id="sup-097",
    sender=ONISHI,
    to=["川崎電機 フィールドサービス課 <field@kawasaki-denki.co.jp>"],
    cc=["miyoshi@kawasaki-denki.co.jp"],
    subject="ロットL2406-3 部品交換訪問の対象者",
    charset="cp932",
    body=f"""川崎電機株式会社
フィールドサービス課 ご担当者様

お世話になっております。日の出産業の大西です。
電源ユニット ロットL2406-3 を搭載した製品の購入者のうち、
訪問での部品交換に同意いただいた8名様です。
御社から直接日程調整のお電話をお願いいたします。

{table(_t97, sep="　", fill="　", rule="＝")}

ご住所は日程確定後に個別にお伝えします。
{SIG_ONISHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 customers (names, full-width phones) in a full-width padded table to the partner",
))

_bc98 = [("丸中商事株式会社", "総務部", "宮下 優子", "03-5445-1234", "miyashita@marunaka-shoji.co.jp"),
         ("株式会社ハルカ建設", "管理本部", "浅見 浩", "048-663-2217", "h.asami@haruka-kensetsu.co.jp"),
         ("医療法人 青陵会", "事務局", "鶴田 さやか", "06-6310-5588", "tsuruta@seiryokai.or.jp"),
         ("北浜ホールディングス株式会社", "ファシリティ課", "戸部 隆之", "06-6202-9170", "tobe.t@kitahama-hd.co.jp"),
         ("学校法人 みなと学園", "施設管理課", "宍戸 遥", "045-510-3382", "shishido@minato-gakuen.ac.jp"),
         ("有限会社 ミツワ食品", "総務", "小豆沢 誠", "0258-34-7710", "azukizawa@mitsuwa-foods.co.jp")]
MESSAGES.append(dict(
    id="sup-098",
    sender=TAKAHASHI,
    to=["西田 様 <nishida@callwave.co.jp>"],
    subject="法人窓口の引継ぎ（保守契約先のご担当者一覧）",
    charset="iso-2022-jp",
    body=f"""西田様

お世話になっております。高橋です。
1月から法人保守契約のお問い合わせ窓口も御社にお願いするにあたり、
契約先のご担当者様一覧をお送りします。
着信時の本人確認に使ってください。

""" + "\n".join(f"■{c}　{d}\n　ご担当：{n} 様\n　直通：{t}　Mail：{m}" for c, d, n, t, m in _bc98) + f"""

よろしくお願いいたします。
{SIG_TAKAHASHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six named business contacts with direct lines and e-mail: a list of people, not of companies",
))

MESSAGES.append(dict(
    id="sup-099",
    sender=FUJII,
    to=["北浜ホールディングス ファシリティ課 戸部様 <tobe.t@kitahama-hd.co.jp>"],
    subject="保守作業報告書（11月分）",
    charset="utf-8",
    body=f"""北浜ホールディングス株式会社
ファシリティ課 戸部様

いつもお世話になっております。日の出産業の藤井です。
11月分の保守作業報告書をお送りします。
PDFにはパスワードを設定しております。パスワードは御社ご指定のものです。
{SIG_FUJII}
""",
    attachments=[dict(kind="pdf", name="保守作業報告書_202411.pdf", password="Kth2024!",
                      lines=["保守作業報告書（2024年11月）", "北浜ホールディングス株式会社 御中",
                             "対象：業務用空気清浄機 HS-AP900 ×32台", "作業内容：フィルター交換・動作点検"])],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to a customer company: cannot be inspected",
))

_p100 = person(100)
MESSAGES.append(dict(
    id="sup-100",
    sender=KOIZUMI,
    to=["uketsuke@towa-techno.co.jp"],
    subject="至急：スマートドアホン録画不良の訪問点検",
    charset="iso-2022-jp",
    body=f"""東和テクノサービス 修理受付ご担当者様

お世話になっております。日の出産業の小泉です。
スマートドアホン HS-DP10 の録画不良について、至急の訪問点検をお願いします。

お客様の{_p100.name}様（{_p100.addr}／{_p100.mobile}）は、
先月ご自宅が空き巣の被害に遭われ、警察に被害届を出されたうえで
防犯のために本製品を設置されました。
録画が残っていないことに強い不安をお持ちですので、できるだけ早い日程で
お願いいたします。

受付番号：R-24-12-0037
{SIG_KOIZUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer having been a burglary victim (crime victim) told to the repair vendor",
))

_p101 = person(101)
MESSAGES.append(dict(
    id="sup-101",
    sender=KOIZUMI,
    to=["uketsuke@towa-techno.co.jp"],
    subject="設置作業の追加依頼（R-24-12-0044）",
    charset="cp932",
    body=f"""東和テクノサービス 修理受付ご担当者様

お世話になっております。小泉です。
交換品の食洗機（HS-DW450）について、通常は置き配のところ、
お客様が妊娠中で重い物を持てないとのことで、設置まで
お願いしたいとのご要望です。有償の設置作業として手配をお願いします。

　お客様：{_p101.name} 様
　電話　：{_p101.mobile}

日程はお客様と直接調整いただいて構いません。
{SIG_KOIZUMI}
""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one customer's pregnancy mentioned as the reason for installation: health-related, arguable",
))

_r102 = _random.Random("r102")
_c102 = people(102, 16)
MESSAGES.append(dict(
    id="sup-102",
    sender=TAKAHASHI,
    to=["ルミナス・リサーチ 分析チーム 真壁様 <makabe@luminous-research.co.jp>"],
    subject="入電分析用データ（サンプル）",
    charset="iso-2022-jp",
    body=f"""ルミナス・リサーチ株式会社
分析チーム 真壁様

お世話になっております。日の出産業の高橋です。
入電傾向の分析にあたり、サンプルデータをお送りします。
1枚目が日別の集計、2枚目が明細です。明細のフォーマットで問題なければ
3か月分を別途ご用意します。
{SIG_TAKAHASHI}
""",
    attachments=[dict(kind="xlsx", name="入電データ_サンプル.xlsx", sheets={
        "日別集計": [["日付", "入電", "応答", "放棄"]] + [
            [f"2024/11/{d:02d}", _r102.randint(180, 260), _r102.randint(160, 240), _r102.randint(5, 20)]
            for d in range(18, 23)],
        "明細": [["着信日時", "発信者番号", "待ち時間(秒)", "通話時間(秒)", "IVR選択"]] + [
            [f"2024/11/{_r102.randint(18, 22)} {_r102.randint(9, 17)}:{_r102.randint(0, 59):02d}",
             p.mobile if _i % 3 else p.tel, _r102.randint(5, 240), _r102.randint(60, 900),
             _r102.choice(["1:修理", "2:消耗品", "3:使い方", "9:その他"])] for _i, p in enumerate(_c102)],
    })],
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX whose second sheet lists 16 callers' phone numbers (no names) to an analytics firm",
))

_r103 = _random.Random("r103")
MESSAGES.append(dict(
    id="sup-103",
    sender=ONISHI,
    to=["miyoshi@kawasaki-denki.co.jp"],
    subject="補修用部品の在庫状況（11月末）",
    charset="iso-2022-jp",
    body=f"""三好様

お世話になっております。大西です。
11月末時点の補修用部品在庫を共有します。
KD-FM08 は残り2か月分を切っていますので、追加発注の際はご配慮ください。
{SIG_ONISHI}
""",
    attachments=[dict(kind="xlsx", name="補修部品在庫_202411末.xlsx", sheets={
        "在庫": [["部品型番", "品名", "在庫数", "月平均使用数", "在庫月数", "保管場所"]] + [
            [c, n, q, m, round(q / m, 1), _r103.choice(["東日本物流C", "西日本物流C"])]
            for c, n, q, m in [("KD-PS220", "電源ユニット", 420, 130), ("KD-FM08", "ファンモーター", 190, 110),
                               ("HS-F300", "交換フィルター", 3800, 900), ("HS-PK12", "タンクパッキン", 5200, 2100),
                               ("HS-BR07", "メインブラシ", 640, 80)]]})],
    expect="pass",
    entities=[],
    detectors=[],
    note="parts inventory spreadsheet: no personal data",
))

_c104 = people(104, 3)
MESSAGES.append(dict(
    id="sup-104",
    sender=ONISHI,
    to=[f"{_c104[0].name} 様 <{_c104[0].email}>"],
    cc=[f"{_c104[1].name} 様 <{_c104[1].email}>", f"{_c104[2].name} 様 <{_c104[2].email}>"],
    subject="モニター品ご返却のお願い",
    charset="cp932",
    body=f"""モニターにご参加の皆様

日の出産業 品質窓口の大西でございます。
このたびは新型空気清浄機のモニターにご協力いただき、誠にありがとうございました。

モニター期間が12月15日で終了いたしますので、同梱の返送キットにて
製品のご返却をお願いいたします。集荷は青葉運輸がお伺いします。
アンケートへのご回答もあわせてお願いいたします。

今後ともよろしくお願いいたします。
{SIG_ONISHI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private monitor participants in To/Cc can see each other's addresses",
))

_p105 = person(105)
MESSAGES.append(dict(
    id="sup-105",
    sender=KIMURA,
    to=[f"{_p105.name} 様 <{_p105.sei_r.lower()}.{_p105.mei_r.lower()}@icloud.com>"],
    cc=["村瀬 様 <murase@tsubasa-system.jp>"],
    subject="スマートフォンアプリの不具合について（調査状況のご報告）",
    charset="utf-8",
    body=f"""{_p105.name} 様

日の出産業 カスタマーサポート部の木村でございます。
アプリで空気清浄機を登録できない件、ご不便をおかけしております。

アプリの開発を委託しているツバサシステム株式会社の担当者（村瀬）を
CCに入れさせていただきました。
お手数ですが、エラー画面のスクリーンショットを本メールへの返信で
お送りいただけますでしょうか。お使いのiOSのバージョンもあわせて
お知らせいただけますと幸いです。

よろしくお願い申し上げます。
{SIG_KIMURA}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient", "multiple_external_domains"],
    note="one private customer and one vendor in To/Cc: two external parties, normal",
))
