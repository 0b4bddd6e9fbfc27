"""Blind evaluation corpus — area: getsuji (月次決算と顧問税理士とのやり取り).

Monthly closing with the outside tax accountant (税理士法人かえで会計事務所) and the people
around it: 月次決算資料, 仕訳の確認, 固定資産, 源泉税, 年末調整の準備, 税務調査の連絡, plus the
社労士, the bank, the city tax office and a few private persons.

Everything here is invented: every person, address, number and organisation outside
BRIEF.md's list is fictional.  The file was written blind, from BRIEF.md, build.py and
SPEC.md only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 37801
rng = random.Random(SEED)

AREA = "getsuji"

# -- small helpers (my own; nothing from mailguard) ---------------------------------------

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    """ASCII digits and hyphen to full width."""
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _w(s))


def zpad(s: str, n: int) -> str:
    """pad with full-width spaces (n in display columns)."""
    gap = max(0, n - _w(s))
    return s + "\u3000" * (gap // 2) + (" " if gap % 2 else "")


def _mn_check(d11: str) -> int:
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def not_my_number(s: str) -> str:
    """a 12-digit string whose My Number check digit is wrong (so it is no My Number)."""
    assert len(s) == 12 and s.isdigit()
    c = _mn_check(s[:11])
    if int(s[11]) == c:
        s = s[:11] + str((c + 1) % 10)
    return s


def _luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def not_card(s: str) -> str:
    if _luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def corp(base12: str) -> str:
    """法人番号 (13 digits, check digit first)."""
    total = 0
    for i, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


def rand_base12() -> str:
    return "".join(str(rng.randrange(10)) for _ in range(12))


_mn_k = 0


def next_my_number() -> str:
    global _mn_k
    v = my_number(SEED + _mn_k)
    _mn_k += 1
    return v


_card_k = 0


def next_card() -> str:
    global _card_k
    v = card_number(SEED + _card_k)
    _card_k += 1
    return v


def sp4(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 1989:
        era, ey, letter = "平成", y - 1988, "H"
    else:
        era, ey, letter = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "fwkanji":
        return fw(f"{era}{ey}年{m}月{d}日")
    if style == "letter":
        return f"{letter}{ey}.{m}.{d}"
    return f"{y}/{m:02d}/{d:02d}"


def rand_dob(lo: int = 1964, hi: int = 2003) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


TOWNS = [
    ("331-0815", "埼玉県さいたま市北区大成町"), ("331-0812", "埼玉県さいたま市北区宮原町"),
    ("330-0061", "埼玉県さいたま市浦和区常盤"), ("362-0037", "埼玉県上尾市上町"),
    ("350-0043", "埼玉県川越市新富町"), ("363-0022", "埼玉県桶川市若宮"),
    ("362-0806", "埼玉県北足立郡伊奈町小室"), ("333-0851", "埼玉県川口市芝新町"),
    ("115-0055", "東京都北区赤羽西"), ("337-0051", "埼玉県さいたま市見沼区東大宮"),
    ("365-0038", "埼玉県鴻巣市本町"), ("346-0003", "埼玉県久喜市久喜中央"),
    ("335-0004", "埼玉県蕨市中央"), ("335-0023", "埼玉県戸田市本町"),
    ("338-0002", "埼玉県さいたま市中央区下落合"), ("360-0037", "埼玉県熊谷市筑波"),
]
BLDG = ["", "", "", " コーポ桜202", " メゾン宮原105", " ハイツ若葉3-B", " グランシャトー大宮701",
        " サンライズ常盤402", ""]


def rand_addr(with_zip: bool = True) -> str:
    z, town = rng.choice(TOWNS)
    a = f"{town}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}{rng.choice(BLDG)}"
    return f"〒{z} {a}" if with_zip else a


def rand_mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


# the company's staff (invented); lists sample from this roster
ROSTER = [
    ("佐久間 健一", "サクマ ケンイチ"), ("入江 真由美", "イリエ マユミ"), ("古賀 翔太", "コガ ショウタ"),
    ("東海林 恵", "ショウジ メグミ"), ("真壁 大輔", "マカベ ダイスケ"), ("小此木 彩", "オコノギ アヤ"),
    ("轟 亮", "トドロキ リョウ"), ("蓮見 沙織", "ハスミ サオリ"), ("千葉 隆之", "チバ タカユキ"),
    ("早乙女 瞳", "サオトメ ヒトミ"), ("柘植 圭吾", "ツゲ ケイゴ"), ("宇佐美 加奈子", "ウサミ カナコ"),
    ("半田 浩二", "ハンダ コウジ"), ("能登 駿", "ノト シュン"), ("桐谷 美穂", "キリタニ ミホ"),
    ("鬼塚 誠司", "オニヅカ セイジ"), ("四方田 舞", "ヨモダ マイ"), ("一ノ瀬 拓也", "イチノセ タクヤ"),
    ("月岡 玲奈", "ツキオカ レナ"), ("外山 哲也", "トヤマ テツヤ"), ("堀之内 優", "ホリノウチ ユウ"),
    ("勅使河原 修平", "テシガハラ シュウヘイ"), ("糸井 香織", "イトイ カオリ"), ("相馬 直人", "ソウマ ナオト"),
    ("滝沢 里美", "タキザワ サトミ"), ("日下部 聡", "クサカベ サトシ"), ("比嘉 ゆかり", "ヒガ ユカリ"),
    ("御手洗 剛", "ミタライ ツヨシ"), ("甲斐 朋子", "カイ トモコ"), ("生田目 和樹", "ナマタメ カズキ"),
    ("五十嵐 陽子", "イガラシ ヨウコ"), ("安西 亮太", "アンザイ リョウタ"), ("寒川 恭子", "サムカワ キョウコ"),
    ("不破 健太郎", "フワ ケンタロウ"), ("的場 理沙", "マトバ リサ"), ("善波 俊介", "ゼンバ シュンスケ"),
    ("雨宮 千夏", "アメミヤ チナツ"), ("薬師寺 学", "ヤクシジ マナブ"), ("栗林 めぐみ", "クリバヤシ メグミ"),
    ("八木橋 隼人", "ヤギハシ ハヤト"),
]


def pick(n: int) -> list[tuple[str, str]]:
    return rng.sample(ROSTER, n)


_HK = str.maketrans(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポァィゥェォャュョッー ",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ"
    "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎﾊﾋﾌﾍﾎｧｨｩｪｫｬｭｮｯｰ ")


def hankaku(kana: str) -> str:
    # dakuten are dropped for brevity except where they matter little: bank records in
    # half-width kana are written the way the old 全銀 tools print them
    out = []
    for ch in kana:
        base = unicodedata.normalize("NFD", ch)
        if len(base) == 2 and base[1] == "\u3099":
            out.append(base[0].translate(_HK) + "ﾞ")
        elif len(base) == 2 and base[1] == "\u309a":
            out.append(base[0].translate(_HK) + "ﾟ")
        else:
            out.append(ch.translate(_HK))
    return "".join(out)


# -- the people who write and receive ----------------------------------------------------

TAKAMURA = "高村 拓海 <t-takamura@hinode-sangyo.co.jp>"
MORIMOTO = "森本 裕子 <morimoto.yuko@hinode-sangyo.co.jp>"
NOGUCHI = "野口 さやか <noguchi@hinode-sangyo.co.jp>"
OTSUKI = "大槻 修 <otsuki@hinode-sangyo.co.jp>"
ETO = "江藤 美咲 <eto.misaki@hinode-sangyo.co.jp>"

ONODERA = "小野寺 誠 <onodera@kaede-tax.jp>"
MIYASHITA = "宮下 千尋 <miyashita@kaede-tax.jp>"
NAITO = "naito@kaede-tax.jp"
MIYAKE = "三宅 亮介 <miyake@himawari-sr.jp>"
OKADA = "岡田 健司 <okada.k@midori-ginko.co.jp>"
SHIRAKAWA = "白川 直樹 <n.shirakawa@shirakawa-law.jp>"

SIG_TAKAMURA = """--
日の出産業株式会社　経理部
高村 拓海（たかむら たくみ）
〒330-0854 埼玉県さいたま市大宮区桜木町2-7-11 日の出ビル4F
TEL 048-641-3370（代表）　内線 415
t-takamura@hinode-sangyo.co.jp"""

SIG_MORIMOTO = """━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
経理部 課長　森本 裕子
〒330-0854
埼玉県さいたま市大宮区桜木町2-7-11 日の出ビル4F
TEL：048-641-3370（代表）／FAX：048-641-3379
E-mail：morimoto.yuko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_NOGUCHI = """*************************************
日の出産業株式会社 総務人事部
野口 さやか
TEL 048-641-3370 / 内線 230
noguchi@hinode-sangyo.co.jp
*************************************"""

SIG_OTSUKI = """日の出産業株式会社
取締役 管理本部長　大槻 修
TEL 048-641-3370（代表）"""

SIG_ETO = """------------------------------
日の出産業株式会社 経理部
江藤 美咲
〒330-0854 さいたま市大宮区桜木町2-7-11
TEL 048-641-3370（代表）
------------------------------"""

DISC_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete it."""

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"{AREA}-{len(MESSAGES) + 1:03d}"
    kw.setdefault("entities", [])
    kw.setdefault("detectors", [])
    MESSAGES.append(kw)


# ========================================================================================
# 001 pass — 月次試算表の送付
add(
    sender=TAKAMURA, to=[MIYASHITA], cc=[ONODERA],
    subject="10月度 月次試算表の送付",
    charset="iso-2022-jp",
    body=f"""かえで会計事務所
宮下様
（cc：小野寺先生）

いつもお世話になっております。日の出産業の高村です。

10月度の月次試算表（速報版）をお送りします。
　・貸借対照表／損益計算書（前年同月比つき）
　・部門別損益（営業1課・営業2課・物流センター）

主な変動は以下のとおりです。
　1. 売上高：前年同月比 +8.4%（北国フーズ様向け冬季商品の前倒し出荷）
　2. 荷造運賃：+1,230千円（青葉運輸様の燃料サーチャージ改定）
　3. 支払手数料：システム保守料の年払分 1,980千円は前払費用に計上し、月割で振替済み

未払賞与の引当は今月から月額 3,400千円で計上しています。
お手すきの際にご確認いただけますと幸いです。

{SIG_TAKAMURA}
""",
    attachments=[{
        "kind": "xlsx", "name": "試算表_2026年10月.xlsx",
        "sheets": {
            "BS": [["日の出産業株式会社　貸借対照表　2026年10月31日現在"], [],
                   ["科目", "当月残高", "前月残高", "増減"],
                   ["現金及び預金", 184_220_310, 171_905_442, 12_314_868],
                   ["売掛金", 96_410_020, 88_120_775, 8_289_245],
                   ["商品", 41_882_100, 44_010_650, -2_128_550],
                   ["前払費用", 2_640_000, 825_000, 1_815_000],
                   ["建物", 128_400_000, 128_850_000, -450_000],
                   ["買掛金", 52_330_415, 49_870_220, 2_460_195],
                   ["未払賞与", 13_600_000, 10_200_000, 3_400_000],
                   ["長期借入金", 120_000_000, 121_666_000, -1_666_000]],
            "PL": [["損益計算書　2026年10月（単月・累計）"], [],
                   ["科目", "当月", "前年同月", "累計"],
                   ["売上高", 118_340_500, 109_170_200, 702_118_400],
                   ["売上原価", 84_021_755, 78_603_544, 499_204_310],
                   ["荷造運賃", 6_118_300, 4_888_120, 33_470_912],
                   ["支払手数料", 1_204_330, 1_190_870, 7_551_200],
                   ["営業利益", 6_402_118, 5_877_040, 38_260_770]],
            "部門別": [["部門", "売上高", "粗利", "営業利益"],
                      ["営業1課", 61_200_000, 17_950_000, 4_120_000],
                      ["営業2課", 57_140_500, 16_368_745, 3_302_118],
                      ["物流センター", 0, 0, -1_020_000]],
        },
    }],
    expect="pass",
    note="月次試算表（会社の数字のみ）を顧問税理士へ: 個人データなし",
)

# 002 stop — 扶養控除等申告書の入力データ（18名、個人番号つき）
_rows = []
for (nm, kana) in pick(18):
    y, m, d = rand_dob(1962, 2002)
    _rows.append([f"E{rng.randint(1000, 1999)}", nm, kana, wareki(y, m, d, "letter"),
                  next_my_number(), rand_addr(with_zip=False),
                  rng.choice(["有", "無", "無"]), rng.choice([0, 0, 1, 2, 3])])
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="【年末調整】扶養控除等申告書の入力データ送付",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。日の出産業 高村です。
本年も年末調整をどうぞよろしくお願いいたします。

回収が済んだ18名分の「扶養控除等（異動）申告書」の内容をExcelに起こしましたので、
添付にてお送りします。個人番号も申告書から転記してありますので、
そちらのシステムへの取込にお使いください。

未回収は3名で、今週中に回収予定です（シート「未回収」に記載）。

{SIG_TAKAMURA}
""",
    attachments=[{
        "kind": "xlsx", "name": "扶養控除等申告書_入力データ_R8.xlsx",
        "sheets": {
            "申告書データ": [["令和8年分 扶養控除等(異動)申告書 入力データ（日の出産業株式会社）"], [],
                       ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "住所",
                        "源泉控除対象配偶者", "控除対象扶養親族数"]] + _rows,
            "未回収": [["社員番号", "備考"], ["E1412", "11/20 提出予定"], ["E1530", "産休中・郵送"],
                     ["E1677", "確認中"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="18名の氏名・生年月日・個人番号・住所の一覧を外部の税理士事務所へ（名簿かつマイナンバー）",
)

# 003 pass — 仕訳の確認（取引先とインボイス登録番号）
_t = {k: "T" + corp(rand_base12()) for k in ("nishiki", "aoba", "tsubasa", "toho")}
add(
    sender=ETO, to=[MIYASHITA],
    subject="11月分 仕訳のご確認（登録番号の記載がない請求書について）",
    charset="iso-2022-jp",
    body=f"""宮下様

いつもお世話になっております。日の出産業 経理部の江藤です。

11月分の経費仕訳のうち、以下5件についてご確認をお願いします。

日付   取引先                    勘定科目     金額(税込)   登録番号
-----  ------------------------  -----------  -----------  ---------------
11/05  {pad('錦印刷株式会社', 24)}  広告宣伝費      418,000  {_t['nishiki']}
11/08  {pad('青葉運輸株式会社', 24)}  荷造運賃      1,265,880  {_t['aoba']}
11/12  {pad('株式会社ツバサシステム', 24)}  支払手数料      198,000  {_t['tsubasa']}
11/19  {pad('有限会社 丸高商店', 24)}  消耗品費         38,500  （記載なし）
11/27  {pad('株式会社東邦クリーンサービス', 24)}  支払手数料       66,000  {_t['toho']}

丸高商店さんは免税事業者とのことで、請求書に登録番号がありません。
経過措置（80%控除）の対象として「区分：80%」で入力していますが、これで問題ないでしょうか。

よろしくお願いいたします。

{SIG_ETO}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="取引先（法人）の仕訳と適格請求書発行事業者登録番号: 人の個人データではない",
)

# 004 stop — 月次決算資料をパスワード付きZIPで
add(
    sender=MORIMOTO, to=[ONODERA, MIYASHITA],
    subject="11月度 月次決算資料の送付",
    charset="iso-2022-jp",
    body=f"""小野寺先生
宮下様

いつも大変お世話になっております。日の出産業の森本でございます。

11月度の月次決算資料一式をお送りいたします。
社内規程によりパスワード付きZIPとしておりますので、パスワードは別途メールにてお知らせします。

【同封資料】
　①試算表（BS・PL）
　②売掛金・買掛金 残高明細
　③固定資産 増減明細
　④前払費用・未払費用 明細

何卒よろしくお願い申し上げます。

{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "zip", "name": "月次決算_202611.zip", "password": "Hn-2611#kz",
        "files": [
            {"kind": "xlsx", "name": "01_試算表.xlsx",
             "sheets": {"BS": [["科目", "残高"], ["現金及び預金", 190_004_118]],
                        "PL": [["科目", "当月"], ["売上高", 121_006_300]]}},
            {"kind": "xlsx", "name": "02_債権債務明細.xlsx",
             "sheets": {"売掛金": [["得意先", "残高"], ["北国フーズ株式会社", 22_408_100]]}},
            {"kind": "pdf", "name": "03_固定資産増減.pdf", "lines": ["固定資産 増減明細 2026年11月"]},
        ],
    }],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）の添付は中身を検査できない",
)

# 005 pass — 別送のパスワード
add(
    sender=MORIMOTO, to=[ONODERA, MIYASHITA],
    subject="【パスワード】11月度 月次決算資料",
    charset="iso-2022-jp",
    body="""小野寺先生、宮下様

先ほどお送りした「月次決算_202611.zip」のパスワードをお知らせいたします。

　パスワード：Hn-2611#kz

なお、来月からは共有ストレージでのやり取りに切り替えたいと考えております。
設定方法については改めてご相談させてください。

日の出産業株式会社 経理部 森本
""",
    expect="pass",
    note="パスワード通知だけの別送メール: 添付なし・個人データなし",
)

# 006 pass — 税務調査の事前通知の連絡
add(
    sender=MORIMOTO, to=[ONODERA], cc=[MIYASHITA, OTSUKI],
    subject="【ご連絡】大宮税務署より税務調査の事前通知がありました",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。日の出産業の森本です。
取り急ぎのご連絡です。

本日10時過ぎ、大宮税務署 法人課税第2部門の上席国税調査官 坂巻様よりお電話があり、
法人税等の調査を実施したいとのことでした。税務代理権限証書を提出いただいている旨を
お伝えしたところ、先生にも別途ご連絡されるそうです。

　調査対象期間：令和5年4月期～令和7年3月期（3期分）
　税目　　　　：法人税・地方法人税・消費税・源泉所得税
　日数　　　　：2日間（臨場）、調査官2名
　先方の候補日：1月20日(火)～22日(木)、1月27日(火)～28日(水)

署の連絡先は代表 048-600-1234 で、部門名を言えばつないでいただけるとのことです。

先生のご都合の良い日程をお知らせいただけますでしょうか。
社内では大槻（管理本部長）と私が対応いたします。

{SIG_MORIMOTO}
""",
    expect="pass",
    note="税務調査の日程連絡: 調査官の名と税務署の代表番号は業務上の連絡先、個人データなし",
)

# 007 stop — 地代家賃の支払調書（個人の地主、個人番号つき）
_mn = next_my_number()
add(
    sender=TAKAMURA, to=[ONODERA],
    subject="不動産の使用料等の支払調書（第二倉庫の地代）",
    charset="cp932",
    body=f"""小野寺先生

お世話になっております。日の出産業 高村です。

第二倉庫の敷地は個人の地主さんからお借りしているため、今年も
「不動産の使用料等の支払調書」の作成をお願いできればと思います。
必要事項を以下に記載します。

■支払を受ける者
　氏名　　：篠原 邦夫（シノハラ クニオ）
　住所　　：〒362-0011 埼玉県上尾市平塚2-14-6
　個人番号：{sp4(_mn)}
■物件
　上尾市平塚字下原 1128番 ほか　土地 約1,240㎡（資材置場・倉庫敷地）
■支払金額
　年額 2,880,000円（月額 240,000円、毎月末払い）

個人番号は先月、ご本人から番号確認書類とあわせていただいたものです。

{SIG_TAKAMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="個人の地主1名の氏名・住所・マイナンバーを外部へ: マイナンバーは1件でも止める",
)

# 008 pass — 源泉所得税（納期の特例）の納付書記載内容
add(
    sender=ETO, to=[MIYASHITA],
    subject="源泉所得税（納期の特例）7月から12月分の納付書について",
    charset="cp932",
    body=f"""宮下様

お世話になっております。江藤です。
1月20日期限の源泉所得税（納期の特例分）の納付書、下記の内容で作成しました。
念のためご確認をお願いできますでしょうか。

　区分　　　　　　　人員　　　支給額　　　　　　税額
　俸給・給与等　　　 ２５８　　 ８４，２０６，５５０　　 ２，４１７，８３０
　賞与　　　　　　　　 ４３　　 ３１，９９０，０００　　 １，３０８，１２２
　税理士等の報酬　　　　６　　　　 １，３２０，０００　　　　 １３４，７７２
　合計　　　　　　　　　　　　 １１７，５１６，５５０　　 ３，８６０，７２４

※人員は月ごとの延べ人数です。
※年末調整の過不足額は12月給与で精算済み（還付超過なし）。

{SIG_ETO}
""",
    expect="pass",
    note="源泉税の集計値（延べ人数と金額）だけ: 個人の記録なし",
)

# 009 stop — 税理士・社労士・銀行を同じToに
add(
    sender=MORIMOTO, to=[ONODERA, MIYAKE, OKADA],
    subject="年末調整・12月給与振込のスケジュール共有（関係各位）",
    charset="iso-2022-jp",
    body=f"""関係各位

いつも大変お世話になっております。
日の出産業株式会社 経理部の森本でございます。

本年の年末調整は12月支給の給与で精算いたします。
各社様にお願いしている作業の日程を一覧にしましたのでご確認ください。

　11/28（金）　扶養控除等申告書・保険料控除申告書 回収締切（社内）
　12/03（水）　かえで会計様へ年調データ送付
　12/05（金）　ひまわり事務所様 社会保険料の最終確定
　12/10（水）　年調計算結果の確定
　12/22（月）　みどり銀行様へ給与振込データ送信（振込指定日 12/25）

ご不明点がございましたら、私までお知らせください。

{SIG_MORIMOTO}
""",
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="税理士法人・社労士法人・銀行の3つの外部組織がToで互いに見える: Bccにすべきだった",
)

# 010 pass — 社労士と税理士の2組織
add(
    sender=TAKAMURA, to=[MIYAKE], cc=[MIYASHITA],
    subject="Re: 年末調整ソフトへの給与データ取込について",
    charset="utf-8",
    body=f"""三宅様
（cc：かえで会計 宮下様）

お世話になっております。日の出産業 高村です。

CSVの列定義、承知しました。給与ソフトからは以下の順で出力できます。
　社員番号 / 支給年月 / 課税支給額 / 社会保険料計 / 源泉所得税 / 住民税
氏名列は付けず、社員番号で突合していただく形にします。

12月分だけ賞与を含めるかどうかは、宮下様のほうでご判断いただけますでしょうか。

{SIG_TAKAMURA}

> 高村様
> お世話になっております。ひまわり社会保険労務士事務所の三宅です。
> 年調ソフト側の取込仕様をお送りします。列の順番だけ合わせていただければ、
> 文字コードはShift_JISでもUTF-8でも大丈夫です。
> よろしくお願いいたします。
""",
    expect="pass",
    detectors=["multiple_external_domains"],
    note="社労士と税理士の2組織だけ（普通の三者のやり取り）、列定義のみで個人データなし",
)

# 011 stop — 資金繰り表に社外秘の表示
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="資金繰り予定表（12月～3月）のご確認のお願い",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。森本です。

来年3月の借入更新に向けて、12月から3月までの資金繰り予定表を作成しました。
みどり銀行さんへ提出する前に、先生に一度見ていただけますと助かります。
特に法人税・消費税の納付月の資金手当てが足りているかご確認ください。

{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "xlsx", "name": "資金繰り予定表_202612-202703.xlsx", "page_header": "社外秘",
        "sheets": {"資金繰り": [
            ["【社外秘】資金繰り予定表　2026年12月～2027年3月　日の出産業株式会社"], [],
            ["項目", "12月", "1月", "2月", "3月"],
            ["前月繰越", 184_220_310, 151_004_200, 139_880_400, 146_221_050],
            ["売上入金", 112_000_000, 98_500_000, 104_300_000, 121_800_000],
            ["仕入支払", -84_200_000, -76_100_000, -79_450_000, -90_300_000],
            ["人件費", -38_900_000, -24_300_000, -24_100_000, -24_600_000],
            ["税金納付", -4_800_000, -3_860_724, 0, 0],
            ["借入金返済", -1_666_000, -1_666_000, -1_666_000, -121_666_000],
            ["新規借入", 0, 0, 0, 120_000_000],
        ]},
    }],
    expect="stop",
    detectors=["confidential_marking"],
    note="添付Excelのヘッダと表題に「社外秘」の表示: 秘密区分のある文書を外部へ",
)

# 012 pass — 社外秘という語に触れるだけ
add(
    sender=ETO, to=[MIYASHITA],
    subject="出張日当の非課税扱いについて（旅費規程の該当箇所）",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。江藤です。

先日ご質問いただいた出張日当の件です。
旅費規程そのものは社外秘扱いの社内文書のため、ファイルでのお渡しは
ご容赦ください。該当する条文だけ以下に書き写します。

　第12条（日当）
　　出張1日につき、次の日当を支給する。
　　　役員　　　　　 4,000円
　　　管理職　　　　 3,000円
　　　一般社員　　　 2,000円
　　宿泊を伴わない出張で片道100km未満の場合は半額とする。

同業他社と比べても過大ではないと考えていますが、非課税で問題ないでしょうか。

{SIG_ETO}
""",
    expect="pass",
    note="「社外秘扱いの文書なので送れない」と語に触れるだけ: 文書に秘密区分の表示はない",
)

# 013 stop — 賞与の総合振込データ（12名の口座）を銀行へ
_bank_rows = [["振込指定日", "銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額"]]
for (nm, kana) in pick(12):
    _bank_rows.append(["20261210", rng.choice(["0155", "0017", "0009", "0005", "0397"]),
                       f"{rng.randint(1, 899):03d}", "1", f"{rng.randint(1000000, 9999999)}",
                       hankaku(kana), rng.randint(38, 95) * 10_000 + rng.randint(0, 9) * 1000])
add(
    sender=ETO, to=[OKADA],
    subject="12月賞与 総合振込データの送付",
    charset="cp932",
    body=f"""みどり銀行 大宮支店 法人営業部
岡田様

いつもお世話になっております。日の出産業の江藤です。

12月10日振込分の賞与の総合振込データをお送りします。
今回はインターネットバンキングの登録が間に合わなかった12名分のみです。
お手数ですが、お取り扱いのほどよろしくお願いいたします。

{SIG_ETO}
""",
    attachments=[{"kind": "csv", "name": "sogo_furikomi_20261210.csv", "encoding": "cp932",
                  "rows": _bank_rows}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="社員12名の口座番号と受取人名のCSVを外部（銀行）へ: 人の名簿",
)

# 014 pass — 銀行の返済予定表を転送
add(
    sender=MORIMOTO, to=[MIYASHITA],
    subject="FW: 【みどり銀行】証書貸付 返済予定表のご送付",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。森本です。
銀行から返済予定表が届きましたので転送いたします。
12月以降の利息の未払計上はこちらの予定表の金額でお願いできますでしょうか。

森本

---------- Forwarded message ---------
From: 岡田 健司 <okada.k@midori-ginko.co.jp>
Subject: 【みどり銀行】証書貸付 返済予定表のご送付

日の出産業株式会社
経理部 森本様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
先般ご契約いただきました証書貸付（融資番号 3021-0088174）の返済予定表を
お送りいたします。ご返済は毎月25日、貴社ご名義の当座預金（大宮支店 0123456）
からのお引き落としとなります。

株式会社みどり銀行 大宮支店 法人営業部
岡田 健司
TEL 048-644-7000（代表）
""",
    attachments=[{
        "kind": "pdf", "name": "返済予定表_3021-0088174.pdf",
        "lines": ["返済予定表", "お客様名：日の出産業株式会社 様", "融資番号：3021-0088174"],
        "table": [["回", "返済日", "元金", "利息", "残高"],
                  ["1", "2026/12/25", "1,666,000", "98,630", "118,334,000"],
                  ["2", "2027/01/25", "1,666,000", "101,212", "116,668,000"],
                  ["3", "2027/02/25", "1,666,000", "99,788", "115,002,000"]],
    }],
    expect="pass",
    note="銀行からの返済予定表の転送: 会社の借入と会社名義の口座だけで個人データなし",
)

# 015 stop — 報酬の支払調書データ（個人6名、住所つき）
_pay = [("鴨志田 光", "東京都杉並区阿佐谷北3-22-9", "デザイン料", 1_320_000),
        ("ウィリアムズ 恵美", "東京都目黒区中町1-8-14-305", "翻訳料", 486_000),
        ("丹羽 宗一郎", "埼玉県所沢市けやき台2-31-7", "講演料", 220_000),
        ("卜部 真琴", "千葉県船橋市本町5-4-2", "原稿料", 165_000),
        ("蒲生 隆", "埼玉県さいたま市緑区原山4-17-23", "通訳料", 390_000),
        ("高麗 あかね", "東京都練馬区豊玉北6-2-11", "写真撮影料", 275_000)]
_lines = [zpad("支払を受ける者", 20) + zpad("住所", 40) + zpad("区分", 12) + "支払金額　　源泉徴収税額"]
for nm, ad, kb, amt in _pay:
    _lines.append(zpad(nm, 20) + zpad(ad, 40) + zpad(kb, 12)
                  + f"{amt:>10,}　　{int(amt * 0.1021):>10,}")
add(
    sender=TAKAMURA, to=[MIYASHITA], cc=[ONODERA],
    subject="報酬・料金等の支払調書 作成用データ（令和8年分）",
    charset="utf-8",
    body="""宮下様

お世話になっております。日の出産業 高村です。
法定調書の準備として、個人の方への報酬の支払実績をまとめました。

""" + "\n".join(_lines) + f"""

いずれも源泉徴収済みで、納付は納期の特例でまとめて行っています。
提出の要否（5万円超）をご判断いただけますと助かります。

{SIG_TAKAMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="個人6名の氏名・住所・支払額を全角スペース揃えの表で外部へ: 5名以上の人の名簿",
)

# 016 pass — 個人デザイナー1名の源泉徴収
add(
    sender=ETO, to=[MIYASHITA],
    subject="外注デザイン料の源泉徴収の計算について",
    charset="iso-2022-jp",
    body=f"""宮下様

いつもお世話になっております。江藤です。

来年のカタログ制作を個人のデザイナーの方にお願いしており、今月請求書が届きました。

　氏名：鴨志田 光 様（屋号：hikari design studio）
　住所：東京都杉並区阿佐谷北3-22-9
　請求額：330,000円（うち消費税 30,000円）

請求書に消費税額が明記されているので、税抜の300,000円に10.21%を掛けて
源泉徴収税額 30,630円、差引支払額 299,370円で処理しようと思っています。
この扱いで問題ないかご確認ください。

{SIG_ETO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="個人の外注先1名の氏名と住所（請求書の記載）だけ: 1名分なので止めない（警告はあり得る）",
)

# 017 stop — 障害者控除（扶養親族の身体障害者手帳）
add(
    sender=NOGUCHI, to=[ONODERA],
    subject="年末調整：障害者控除の適用についてご相談",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。日の出産業 総務人事部の野口です。
年末調整の件で1点ご相談させてください。

物流センター勤務の 仁科 悠斗 さんから、扶養している長男（仁科 陽向 さん、小学生）が
今年8月に身体障害者手帳（1級）の交付を受けたとの申し出がありました。
同居しているため「同居特別障害者」として控除を受けたいとのことです。

手帳の写しは本人から預かっています。今年の扶養控除等申告書には記載がなかったので、
異動申告として追記してもらえばよいでしょうか。

{SIG_NOGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の社員の子の障害（身体障害者手帳1級）という要配慮個人情報を外部へ: 1名でも止める",
)

# 018 pass — ひとり親控除の確認（1名）
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="年末調整の区分確認（ひとり親控除）",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。総務人事部の野口です。

営業2課の 百瀬 真奈美 さんが今年6月に離婚され、現在お子さん1人（中学生）を
扶養されています。年末調整では「ひとり親控除」で申告したいとのことですが、
本人の合計所得は500万円を下回る見込みです。申告書の記入方法はこの形で大丈夫でしょうか。

　・扶養控除等申告書の「ひとり親」欄にチェック
　・子は控除対象外（16歳未満の扶養親族）欄に記載

よろしくお願いいたします。

{SIG_NOGUCHI}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="社員1名の家族状況（ひとり親）: 要配慮個人情報ではなく1名分なので止めない",
)

# 019 pass — 年末調整の進め方
add(
    sender=MORIMOTO, to=[ONODERA, MIYASHITA],
    subject="令和8年分 年末調整の進め方（スケジュール案）",
    charset="iso-2022-jp",
    body=f"""小野寺先生
宮下様

いつもお世話になっております。森本です。
今年の年末調整の進め方について、社内で以下のスケジュール案をまとめました。

■社内
　・11/ 4　全社員へ申告書（扶養控除等・基礎控除等・保険料控除）配布
　・11/28　回収締切
　・12/ 1～ 3　経理で内容確認・入力
■かえで会計様
　・12/ 3　入力データ送付（共有ストレージ経由）
　・12/10　年調計算結果のご返送
■その他
　・12/25　12月給与で過不足精算
　・ 1/20　源泉所得税（納期の特例分）納付
　・ 1/31　給与支払報告書・法定調書の提出

今年から電子での申告書提出も受け付けたいと考えております。
来週の月次訪問の際に、あわせてご相談させてください。

{SIG_MORIMOTO}
""",
    expect="pass",
    note="年末調整のスケジュールだけ: 個人データなし",
)

# 020 stop — 税務調査用の源泉徴収簿（25名）
_s1, _s2 = [], []
for i, (nm, kana) in enumerate(pick(25)):
    y, m, d = rand_dob(1960, 2003)
    row = [f"{1001 + i * 7}", nm, f"{y}/{m}/{d}", rng.choice([0, 0, 1, 2, 3]),
           rng.randint(280, 820) * 10_000, rng.randint(30, 480) * 1_000]
    (_s1 if i < 12 else _s2).append(row)
_hdr = ["社員番号", "氏名", "生年月日", "扶養親族数", "年間支給額", "年調年税額"]
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="税務調査の準備：令和7年分 源泉徴収簿の写し",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。森本です。

調査官から事前準備を求められている書類のうち、令和7年分の源泉徴収簿を
Excelにまとめましたのでお送りします（管理部門／営業・物流 の2シート）。
当日までに先生の方で気になる点があればご指摘いただけますと助かります。

{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "xlsx", "name": "源泉徴収簿_令和7年分.xlsx",
        "sheets": {"管理部門": [["令和7年分 源泉徴収簿（要約）"], _hdr] + _s1,
                   "営業・物流": [["令和7年分 源泉徴収簿（要約）"], _hdr] + _s2},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="社員25名の氏名・生年月日・給与額の源泉徴収簿を外部へ: 人の名簿",
)

# 021 pass — 固定資産台帳（資産のみ）
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="固定資産台帳（11月末現在）の送付",
    charset="cp932",
    body=f"""宮下様

お世話になっております。高村です。
11月末時点の固定資産台帳をお送りします。今月の増減は以下の2件です。
　・増加：フォークリフト（物流センター）　3,850,000円
　・除却：旧第一倉庫の空調設備一式　　帳簿価額 1円（備忘価額）

{SIG_TAKAMURA}
""",
    attachments=[{
        "kind": "xlsx", "name": "固定資産台帳_2026-11.xlsx",
        "sheets": {"台帳": [
            ["固定資産台帳　2026年11月30日現在"], [],
            ["資産番号", "資産名", "取得日", "取得価額", "耐用年数", "償却方法", "期末帳簿価額", "設置場所"],
            ["B-0012", "本社ビル 内装工事", "2015/04/01", 24_800_000, 15, "定額法", 6_611_200, "本社"],
            ["M-0140", "フォークリフト FD25", "2026/11/12", 3_850_000, 4, "定率法", 3_850_000, "物流センター"],
            ["M-0118", "自動梱包機", "2021/09/30", 6_120_000, 10, "定率法", 2_143_115, "物流センター"],
            ["V-0031", "営業車 プロボックス", "2023/06/15", 1_980_000, 5, "定率法", 712_800, "本社"],
            ["E-0207", "空調設備（第一倉庫）", "2008/03/31", 4_400_000, 13, "定率法", 1, "第一倉庫"],
        ]},
    }],
    expect="pass",
    note="固定資産台帳（資産と金額だけ）: 人の情報なし",
)

# 022 either — 使用者名のあるPC資産台帳
_pc = [["資産番号", "品名", "取得日", "取得価額", "使用者", "部署"]]
for i, (nm, kana) in enumerate(pick(12)):
    _pc.append([f"PC-{2301 + i}", rng.choice(["ThinkPad L14", "Let's note SV", "dynabook G83"]),
                f"2025/{rng.randint(1, 12)}/{rng.randint(1, 28)}", rng.choice([148_000, 186_000, 238_000]),
                nm, rng.choice(["経理部", "総務人事部", "営業1課", "営業2課", "物流センター"])])
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="少額減価償却資産の明細（ノートPC入替分）",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。

今期入れ替えたノートPC12台の明細をお送りします。
取得価額30万円未満のため、少額減価償却資産の特例で一括損金算入したいと考えています。
年間300万円の上限内に収まっているかもご確認いただけますか。
（社内の資産管理表をそのまま出力したので、使用者の列も残っています。）

{SIG_TAKAMURA}
""",
    attachments=[{"kind": "xlsx", "name": "PC入替明細_今期.xlsx", "sheets": {"PC": _pc}}],
    expect="either",
    note="資産明細に使用者名と部署の列（12名）: 連絡先も識別子もなく、人の名簿と見るかは判断が分かれる",
)

# 023 pass — フォークリフト取得の相談
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="フォークリフト取得時の付随費用の扱い",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。高村です。
物流センターでフォークリフトを1台購入しました（11/12 納品）。

　本体価格　　　　3,620,000円
　運搬・据付費　　　180,000円
　特別教育講習費　　 50,000円（オペレーター2名分）
　自賠責・登録費用　　　 ―（構内専用のため不要）

運搬・据付費は取得価額に含め、講習費は研修費で処理する予定です。
耐用年数は「車両及び運搬具（フォークリフト）」で4年と考えていますが、よろしいでしょうか。

{SIG_TAKAMURA}
""",
    expect="pass",
    note="固定資産取得の会計処理の相談: 個人データなし",
)

# 024 stop — 破損したPDF
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="固定資産台帳PDF（申告用）",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
償却資産申告に使う固定資産台帳をPDFでお送りします。
会計ソフトから直接出力したもので、先ほどのExcel版と同じ内容です。

{SIG_TAKAMURA}
""",
    attachments=[{"kind": "corrupt", "name": "固定資産台帳_申告用_2026.pdf"}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="添付PDFが壊れていて読めない: 検査できない添付",
)

# 025 pass — 市の資産税課へ償却資産申告の問い合わせ（事業所の所在地）
add(
    sender=TAKAMURA, to=["shisanzei@city.sakuragaoka.lg.jp"],
    subject="償却資産申告書の提出方法についての問い合わせ（日の出産業株式会社）",
    charset="iso-2022-jp",
    body=f"""桜ヶ丘市役所 資産税課 償却資産係 御中

いつもお世話になっております。日の出産業株式会社 経理部の高村と申します。

来年度の償却資産申告について、以下の2か所の事業所がいずれも貴市内にあるため、
申告書を1通にまとめて提出してよいか確認させてください。

　・第二倉庫　　　 〒362-0011 桜ヶ丘市平塚2-30-1　TEL 048-771-2201
　・物流センター　 〒362-0013 桜ヶ丘市上平5-8-3　 TEL 048-771-5580

また、今年はeLTAXでの提出を予定しております。

{SIG_TAKAMURA}
""",
    expect="pass",
    note="市役所（.lg.jp）への問い合わせ: 事業所の所在地と代表電話は会社の情報",
)

# 026 stop — Ccの社内アドレスが打ち間違いの類似ドメイン
add(
    sender=MORIMOTO, to=[ONODERA], cc=["大槻 修 <otsuki@hinode-sanngyo.co.jp>"],
    subject="今期の決算着地見込みと納税予定額について",
    charset="utf-8",
    body=f"""小野寺先生
（cc：大槻）

お世話になっております。森本です。

11月までの実績をもとに、今期の着地見込みをまとめました。
　売上高　　　　　 1,432百万円（前期比 +6.1%）
　経常利益　　　　　　78百万円
　法人税等（概算）　　24百万円

中間納付が9.8百万円ありますので、確定申告時の納付は14百万円前後と見ています。
役員会で納税資金の説明をしたいので、概算の前提にズレがないかご確認いただけますか。

{SIG_MORIMOTO}
""",
    expect="stop",
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="Ccの hinode-sanngyo.co.jp は自社ドメインの打ち間違い（n が1文字多い類似ドメイン）",
)

# 027 pass — 税理士からの一覧を引用して返信（新しい本文には個人データなし）
_q = []
_rel = {"母": (1938, 1960, "同居の有無"), "父": (1936, 1958, "所得見込の確認"),
        "妻": (1972, 1995, "所得見込の確認"), "長女": (2003, 2008, "年齢要件（19歳）の確認"),
        "次男": (2004, 2009, "年齢要件（16歳）の確認")}
for (nm, kana) in pick(6):
    rel = rng.choice(list(_rel))
    lo, hi, why = _rel[rel]
    y, m, d = rand_dob(lo, hi)
    _q.append(f"> {nm}さん　扶養親族：{rel}　生年月日 {wareki(y, m, d, 'kanji')}　{why}")
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="Re: 扶養親族の確認が必要な方（6名）",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。野口です。
ご指摘の6名について、本人に確認が取れました。
いずれもご指摘どおりで問題なく、申告書の修正は不要とのことです。
念のため確認した日付を社内の台帳に残しておきます。

野口

> 野口様
>
> お世話になっております。かえで会計の宮下です。
> 申告書の内容のうち、以下の方について確認をお願いいたします。
>
""" + "\n".join(_q) + """
>
> お手数ですがよろしくお願いいたします。
""",
    expect="pass",
    note="個人6名の一覧は返信元メールの引用（> 行）だけ: 受信者がすでに持っている情報、新しい本文に個人データなし",
)

# 028 stop — 人事の新入社員一覧を転送
_blocks = []
_hires = [("八木橋 隼人", "ヤギハシ ハヤト", (1998, 4, 27)), ("雨宮 千夏", "アメミヤ チナツ", (2001, 12, 2)),
          ("汐見 航", "シオミ ワタル", rand_dob(1996, 2003)), ("樋渡 小春", "ヒワタシ コハル", rand_dob(1996, 2003)),
          ("尾花 健斗", "オバナ ケント", rand_dob(1990, 2000)), ("澤辺 莉子", "サワベ リコ", rand_dob(1996, 2003))]
for (nm, kana, (y, m, d)) in _hires:
    _blocks.append(f"""【{nm}（{kana}）】
　生年月日：{wareki(y, m, d, rng.choice(['kanji', 'fwkanji', 'iso']))}
　住所　　：{rand_addr()}
　携帯　　：{fw(rand_mobile()) if rng.random() < 0.5 else rand_mobile()}""")
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="FW: 12月入社予定者の情報（給与登録用）",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
12月入社の方々の情報が人事から来ましたので、そのまま転送します。
初回給与の源泉計算でご参照ください。

-----Original Message-----
From: 野口 さやか <noguchi@hinode-sangyo.co.jp>
Sent: Monday, November 16, 2026 10:42 AM
To: 経理部 <keiri@hinode-sangyo.co.jp>
Subject: 12月入社予定者の情報（給与登録用）

経理部 各位

12月1日入社予定の6名の情報です。給与システムへの登録をお願いします。

""" + "\n\n".join(_blocks) + f"""

以上です。
{SIG_NOGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="社内メールを外部へ転送（FW: は新しい本文）: 6名の生年月日・住所・携帯のブロック形式の名簿",
)

# 029 pass — 社内だけ（個人番号つき扶養一覧）
_int = []
for (nm, kana) in pick(8):
    y, m, d = rand_dob(1950, 2015)
    _int.append(f"{nm}\t{rng.choice(['妻', '長男', '長女', '母', '次女'])}\t{y}/{m:02d}/{d:02d}\t{next_my_number()}")
add(
    sender=TAKAMURA, to=[NOGUCHI],
    subject="扶養親族の個人番号の突合結果",
    charset="utf-8",
    body="""野口さん

お疲れさまです。高村です。
扶養控除等申告書に記載された扶養親族の個人番号と、人事で保管している番号を突合しました。
下記8件が不一致または未登録です。本人への確認をお願いします。

社員氏名\t続柄\t生年月日\t申告書の個人番号
""" + "\n".join(_int) + """

確認後、人事側の台帳を更新していただければ、経理で給与システムに反映します。

高村
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    note="宛先がすべて社内（hinode-sangyo.co.jp）: 個人番号つきでも社外に出ない",
)

# 030 pass — 社内サブドメイン宛て（源泉徴収簿）
_r = [["氏名", "生年月日", "年間支給額", "年税額"]]
for (nm, kana) in pick(10):
    y, m, d = rand_dob()
    _r.append([nm, wareki(y, m, d, "letter"), rng.randint(300, 700) * 10_000, rng.randint(40, 380) * 1000])
add(
    sender=MORIMOTO, to=["佐藤 耕平 <k-sato@mail.hinode-sangyo.co.jp>"],
    subject="物流センター分 源泉徴収簿の確認依頼",
    charset="iso-2022-jp",
    body=f"""佐藤センター長

お疲れさまです。経理の森本です。
税務調査の準備で、物流センター所属の10名分の源泉徴収簿を抜き出しました。
通勤手当の金額に誤りがないか、念のためご確認ください。

{SIG_MORIMOTO}
""",
    attachments=[{"kind": "xlsx", "name": "源泉徴収簿_物流センター.xlsx", "sheets": {"物流": _r}}],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    note="宛先は mail.hinode-sangyo.co.jp（自社のサブドメイン）で社内: 名簿でも止めない",
)

# 031 stop — 在留カード番号（外国籍社員2名）
_rc1 = "QN" + f"{rng.randint(10000000, 99999999)}" + "GT"
_rc2 = "LM" + f"{rng.randint(10000000, 99999999)}" + "EA"
add(
    sender=NOGUCHI, to=[MIYASHITA], cc=[ONODERA],
    subject="国外居住親族の扶養控除（外国籍社員2名）の確認書類",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。総務人事部の野口です。
国外に住むご家族を扶養に入れている外国籍の社員2名について、確認書類の状況をお知らせします。

1) グエン・ヴァン・ナム さん（物流センター）
　　在留カード番号：{_rc1}
　　扶養親族：父・母（ベトナム在住）／送金関係書類：銀行送金明細 4回分
2) 李 美玲 さん（営業1課）
　　在留カード番号：{_rc2}
　　扶養親族：母（中国・大連在住）／送金関係書類：送金明細 2回分（合計 42万円）

李さんのお母様は、38万円以上の送金要件を満たしているかご判断いただけますか。

{SIG_NOGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="社員2名の在留カード番号を外部へ: 身分証明書の番号は1件でも止める",
)

# 032 pass — 記帳代行スタッフ（フリーメール）1名
add(
    sender=ETO, to=["石黒 由香 <ishiguro.yuka.kicho@gmail.com>"],
    subject="10月分 記帳の不明点リスト",
    charset="utf-8",
    body=f"""石黒さん

お世話になっております。日の出産業の江藤です。
10月分の記帳でいただいた不明点への回答です。

　No.1　10/03 振込 88,000円 → 錦印刷さんへのチラシ印刷代（広告宣伝費）
　No.2　10/15 カード 12,980円 → 会議用プロジェクターのランプ交換（修繕費）
　No.3　10/21 入金 1,100円 → 振込手数料の先方負担分の戻り（雑収入）
　No.4　10/31 現金 3,300円 → 物流センターの収入印紙（租税公課）

残りの2件は確認中です。宮下さんにもこの回答を共有しておきます。

{SIG_ETO}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="フリーメールの記帳代行スタッフ1名宛て: 取引の内容だけで個人データなし",
)

# 033 stop — 法人カードの番号を本文に
_card = next_card()
add(
    sender=ETO, to=[MIYASHITA],
    subject="法人カードの不正利用と返金の仕訳について",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。江藤です。

法人カード（カード番号 {_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}、
名義 ヒノデサンギョウ（カ）オオツキ オサム）の10月の明細に、海外サイトでの
身に覚えのない利用が3件（計 148,320円）ありました。カード会社に連絡済みで、
11月の明細でマイナス計上（返金）される見込みです。

10月は未払金で計上し、11月に相殺する処理でよろしいでしょうか。
それとも一旦「仮払金」で処理した方がよいでしょうか。

{SIG_ETO}
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="クレジットカード番号（全桁）を本文で外部へ: カード番号は1件でも止める",
)

# 034 pass — 下4桁だけのカード利用明細
add(
    sender=ETO, to=[MIYASHITA],
    subject="11月 法人カード利用明細",
    charset="cp932",
    body=f"""宮下様

お世話になっております。江藤です。
11月の法人カード利用明細（Web明細をExcelに変換したもの）をお送りします。
前回ご相談の不正利用分の返金 -148,320円 も反映されています。

{SIG_ETO}
""",
    attachments=[{
        "kind": "xlsx", "name": "法人カード明細_202611.xlsx",
        "sheets": {"明細": [
            ["カード番号", "****-****-****-5127"], ["締日", "2026/11/15"], [],
            ["利用日", "利用先", "金額", "備考"],
            ["10/18", "ＪＲ東日本　モバイルＳｕｉｃａ", 10_000, "チャージ"],
            ["10/22", "アマゾンジャパン", 23_408, "トナー"],
            ["10/30", "ＯＯＯ ＯＮＬＩＮＥ ＳＨＯＰ", -148_320, "返金"],
            ["11/02", "さくらホテル大宮", 48_600, "会議室利用"],
            ["11/09", "タイムズカー", 7_150, ""],
        ]},
    }],
    expect="pass",
    note="カード番号は下4桁以外マスク済みの利用明細: カード番号の開示にあたらない",
)

# 035 stop — 住民税 特別徴収の異動（退職者6名）を市へ
_tbl = [["氏名", "フリガナ", "生年月日", "住所", "退職日", "未徴収税額の扱い"]]
for (nm, kana) in pick(6):
    y, m, d = rand_dob(1958, 2000)
    _tbl.append([nm, kana, wareki(y, m, d, "kanji"), rand_addr(with_zip=False),
                 f"2026/{rng.randint(9, 11)}/{rng.choice([15, 20, 30])}",
                 rng.choice(["普通徴収へ切替", "一括徴収", "普通徴収へ切替"])])
add(
    sender=ETO, to=["shiminzei@city.sakuragaoka.lg.jp"],
    subject="給与支払報告・特別徴収に係る給与所得者異動届出書（6名分）",
    charset="utf-8",
    body=f"""桜ヶ丘市 市民税課 特別徴収担当 御中

お世話になっております。日の出産業株式会社（特別徴収義務者指定番号 0008812）の江藤です。
9月～11月に退職した6名分の異動届出書の内容を添付のとおりお送りします。
原本は本日郵送いたしましたので、先に内容のご確認をお願いできますでしょうか。

{SIG_ETO}
""",
    attachments=[{"kind": "docx", "name": "異動届出書_内容一覧_202611.docx",
                  "paragraphs": ["給与所得者異動届出書　内容一覧", "特別徴収義務者：日の出産業株式会社"],
                  "tables": [_tbl]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="退職者6名の氏名・生年月日・住所のDOCX表を外部（市役所）へ: 5名以上の名簿",
)

# 036 pass — 住民税 1名だけ
add(
    sender=ETO, to=["shiminzei@city.sakuragaoka.lg.jp"],
    subject="特別徴収から普通徴収への切替（1名）について",
    charset="iso-2022-jp",
    body=f"""桜ヶ丘市 市民税課 御中

お世話になっております。日の出産業株式会社の江藤です。
11月末で退職する社員1名について、12月以降の住民税を普通徴収へ切り替えたく、
異動届出書を郵送いたしました。念のため内容をお知らせします。

　氏名　　　：寒川 恭子
　生年月日　：昭和61年7月19日
　住所　　　：桜ヶ丘市上平3-14-2 フローラ上平202
　宛名番号　：00731265
　退職日　　：令和8年11月30日
　未徴収税額：52,800円（12月～5月分）

よろしくお願いいたします。

{SIG_ETO}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="退職者1名分の異動の連絡を市役所へ: 1名の記録なので止めない（警告はあり得る）",
)

# 037 stop — 通勤手当の非課税判定（氏名列なし、TSV）
_tsv = ["社員番号\t住所\t通勤手段\t片道距離\t支給月額"]
for i in range(7):
    _tsv.append(f"{rng.randint(1001, 1299)}\t{rand_addr(with_zip=False)}\t"
                f"{rng.choice(['自動車', '自動車', 'バイク', '電車＋バス'])}\t"
                f"{rng.randint(3, 38)}.{rng.randint(0, 9)}km\t{rng.choice([4200, 7100, 12900, 18700, 24400])}")
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="通勤手当の非課税限度額チェック対象者",
    charset="utf-8",
    body="""宮下様

お世話になっております。高村です。
マイカー通勤者のうち、距離区分の見直しが必要そうな方を給与システムから抽出しました。
（システムから貼り付けたのでタブ区切りです）

""" + "\n".join(_tsv) + f"""

住所から計った距離なので、実際の経路と差があるかもしれません。
非課税限度額を超える分の課税処理が必要か、ご確認をお願いします。

{SIG_TAKAMURA}
""",
    expect="stop",
    entities=["JP_ADDRESS"],
    detectors=["personal_data"],
    note="氏名列はないが社員番号つきで7名の自宅住所と通勤情報を外部へ: 5名以上の人の記録",
)

# 038 pass — 12桁の伝票番号（マイナンバーではない）
_den = [not_my_number(f"20261100{rng.randint(1000, 9999)}") for _ in range(4)]
add(
    sender=ETO, to=[MIYASHITA],
    subject="11月 振替伝票の修正について",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。江藤です。
先日ご指摘いただいた振替伝票、以下のとおり修正しました。

　伝票番号 {_den[0]}　前払費用 → 支払手数料（当月分 165,000円）
　伝票番号 {_den[1]}　仮払金の精算（出張旅費 42,180円）
　伝票番号 {_den[2]}　未払金の計上漏れ（電気料金 11月分 318,442円）
　伝票番号 {_den[3]}　上記の逆仕訳（重複計上の取消）

会計ソフトの伝票番号は「年月＋連番」の12桁です。
修正後の試算表は明日お送りします。

{SIG_ETO}
""",
    expect="pass",
    note="12桁の数字は会計ソフトの伝票番号（個人番号のチェックデジットも合わない）: 個人データなし",
)

# 039 stop — 健康診断の二次検査対象者と所見
_hc = pick(5)
_finds = ["血圧高値（要精密検査）", "肝機能異常（γ-GTP高値・要再検査）", "胸部X線 異常陰影（要精密検査）",
          "空腹時血糖高値（糖尿病の疑い）", "心電図異常（要精密検査）"]
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="健康診断の二次検査費用の会社負担について",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。総務人事部の野口です。
定期健康診断で二次検査の対象となった社員について、検査費用を会社負担とした場合に
福利厚生費で処理して給与課税されないか、ご相談させてください。

対象者と所見は以下のとおりです。
""" + "\n".join(f"　・{nm}　{f}　見込費用 {rng.choice([8800, 12100, 15400, 22000])}円"
                for (nm, kana), f in zip(_hc, _finds)) + f"""

全員に同じ基準で負担する予定です。

{SIG_NOGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="社員5名の氏名と健康診断の所見（要配慮個人情報）を外部へ",
)

# 040 pass — 健康診断費用（人数と金額だけ）
add(
    sender=ETO, to=[MIYASHITA],
    subject="定期健康診断費用の仕訳",
    charset="cp932",
    body=f"""宮下様

お世話になっております。江藤です。
10月実施の定期健康診断の請求が来ましたので、以下で仕訳しました。

　（借）福利厚生費　1,078,000円 ／（貸）未払金　1,078,000円
　　内訳：一般健診 42名×19,800円、生活習慣病健診 9名×27,300円

全員対象・会社全額負担なので、福利厚生費で問題ないと考えています。
二次検査の費用は今回の請求には含まれていません。

{SIG_ETO}
""",
    expect="pass",
    note="健診費用を人数と単価で集計しただけ: 個人が特定できる健康情報なし",
)

# 041 either — 入院見舞金の仕訳に社員名
add(
    sender=ETO, to=[MIYASHITA],
    subject="慶弔見舞金の仕訳（11月分）",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。江藤です。
11月の慶弔見舞金は以下の2件です。いずれも慶弔見舞金規程に基づく支給です。

　・結婚祝金　　営業1課 古賀さん　　30,000円
　・入院見舞金　製造部 川端さん（10月末より入院・手術）　10,000円

いずれも福利厚生費で処理しています。

{SIG_ETO}
""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="特定の社員が入院・手術したという情報: 病歴とまで言えるかは判断が分かれる",
)

# 042 pass — 弔慰金（家族の逝去）
add(
    sender=ETO, to=[MIYASHITA],
    subject="弔慰金の処理について",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。江藤です。
総務部の木下さんのお父様がご逝去され、慶弔規程に基づき弔慰金 30,000円と
供花代 16,500円を支出しました。

弔慰金は福利厚生費、供花代は社外の方ではないので同じく福利厚生費として
処理しています。問題ないかご確認ください。

{SIG_ETO}
""",
    expect="pass",
    note="社員名と家族の逝去に伴う弔慰金の処理: 連絡先も識別子も要配慮情報もない",
)

# 043 stop — 退職者の源泉徴収票（税務署提出用、個人番号あり）
_mn = next_my_number()
add(
    sender=NOGUCHI, to=[ONODERA],
    subject="中途退職者の源泉徴収票（税務署提出用）",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。総務人事部の野口です。
9月に退職した役職者の方は支払金額が250万円を超えるため、税務署への提出対象と
理解しています。源泉徴収票（提出用）を作成しましたので、内容をご確認ください。

{SIG_NOGUCHI}
""",
    attachments=[{
        "kind": "pdf", "name": "源泉徴収票_提出用_退職者.pdf",
        "lines": ["令和8年分　給与所得の源泉徴収票（税務署提出用）", "",
                  "支払を受ける者", "　住所：埼玉県さいたま市北区日進町1-203-5",
                  f"　個人番号：{_mn}", "　氏名：鬼塚 誠司（オニヅカ セイジ）",
                  "　生年月日：昭和44年2月11日", "",
                  "種別：給料・賞与　支払金額：6,420,000円　源泉徴収税額：318,400円",
                  "退職年月日：令和8年9月30日",
                  "支払者：日の出産業株式会社　さいたま市大宮区桜木町2-7-11"],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="源泉徴収票PDFに退職者の個人番号: マイナンバーは1件でも止める",
)

# 044 pass — 退職者本人（フリーメール）へ源泉徴収票（個人番号なし）
add(
    sender=NOGUCHI, to=["篠崎 和夫 <kazu.shinozaki1961@yahoo.co.jp>"],
    subject="源泉徴収票の送付（日の出産業）",
    charset="iso-2022-jp",
    body=f"""篠崎 和夫 様

ご無沙汰しております。日の出産業 総務人事部の野口です。
在職中は大変お世話になりました。

ご依頼いただいた令和8年分の源泉徴収票をPDFでお送りします。
原本は本日、ご自宅へ郵送いたしました。確定申告の際にご利用ください。

{SIG_NOGUCHI}
""",
    attachments=[{
        "kind": "pdf", "name": "源泉徴収票_R8_篠崎様.pdf",
        "lines": ["令和8年分　給与所得の源泉徴収票（受給者交付用）", "",
                  "住所：埼玉県上尾市原市中2-9-17", "氏名：篠崎 和夫",
                  "生年月日：昭和36年5月3日",
                  "支払金額：3,180,000円　給与所得控除後：2,098,000円　源泉徴収税額：58,200円",
                  "退職年月日：令和8年6月30日"],
    }],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["freemail_recipient", "personal_data"],
    note="本人宛てに本人1名の源泉徴収票（交付用、個人番号なし）: 1名分、フリーメール1件",
)

# 045 stop — 基礎年金番号（入社2名）を社労士へ
add(
    sender=NOGUCHI, to=[MIYAKE],
    subject="12月入社者の資格取得届について",
    charset="cp932",
    body=f"""三宅様

いつもお世話になっております。日の出産業 野口です。
12/1入社の2名について、健康保険・厚生年金の資格取得届をお願いいたします。

①氏名：八木橋 隼人（ヤギハシ ハヤト）
　生年月日：平成10年4月27日
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　報酬月額：260,000円
②氏名：雨宮 千夏（アメミヤ チナツ）
　生年月日：平成13年12月2日
　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}
　報酬月額：232,000円

被扶養者はいずれもおりません。

{SIG_NOGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="2名の基礎年金番号を外部（社労士）へ: 社会保険の番号は1件でも止める",
)

# 046 pass — マイナンバーという語だけ（番号なし）
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="扶養親族のマイナンバーの受け渡し方法について",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。野口です。

年末調整で必要な扶養親族のマイナンバーですが、メールでのやり取りは避けたいので、
例年どおり番号確認書類とあわせて簡易書留でお送りする形にさせてください。
発送は12月3日を予定しています。

なお、マイナンバーの取扱規程を今年改訂したため、受け渡し記録簿に
受領のご署名をいただく欄を追加しています。お手数をおかけしますがよろしくお願いします。

{SIG_NOGUCHI}
""",
    expect="pass",
    note="マイナンバーの受け渡し方法の相談だけで番号そのものはない",
)

# 047 stop — パスワード保護されたPDF
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="法定調書合計表（控）",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。森本です。
提出済みの法定調書合計表の控えをPDFでお送りします。
パスワードはいつものものを設定しております。

{SIG_MORIMOTO}
""",
    attachments=[{"kind": "pdf", "name": "法定調書合計表_控_R8.pdf", "password": "kaede2026",
                  "lines": ["給与所得の源泉徴収票等の法定調書合計表", "日の出産業株式会社"]}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="パスワードで保護されたPDF: 中身を検査できない添付",
)

# 048 pass — 読めるPDFの法定調書合計表（会社の法人番号だけ）
_hinode_corp = corp("030001123456")
add(
    sender=MORIMOTO, to=[MIYASHITA],
    subject="法定調書合計表の下書き確認",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。森本です。
法定調書合計表の下書きを作成しました。人数・金額の集計に誤りがないか
ご確認いただけますでしょうか。

{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "pdf", "name": "法定調書合計表_下書き.pdf",
        "lines": ["令和8年分 給与所得の源泉徴収票等の法定調書合計表（下書き）",
                  f"提出者：日の出産業株式会社　法人番号 {_hinode_corp}",
                  "所在地：埼玉県さいたま市大宮区桜木町2-7-11"],
        "table": [["区分", "人員", "支払金額", "源泉徴収税額"],
                  ["給与所得の源泉徴収票（合計）", "58", "298,441,200", "9,872,400"],
                  ["うち提出対象", "11", "92,004,000", "5,118,300"],
                  ["報酬・料金等の支払調書", "6", "2,856,000", "291,597"],
                  ["不動産の使用料等の支払調書", "1", "2,880,000", "0"]],
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="合計表は人数と金額の集計だけ、載っているのは自社の法人番号: 個人データなし",
)

# 049 stop — 機密表示のある税務調査対応メモ（弁護士と税理士）
add(
    sender=OTSUKI, to=[SHIRAKAWA], cc=[ONODERA],
    subject="税務調査の対応方針について（ご相談）",
    charset="utf-8",
    body=f"""白川先生
（cc：かえで会計 小野寺先生）

お世話になっております。日の出産業の大槻です。
来月の税務調査に向けて、社内で整理した対応方針のメモを添付いたします。
特に関連会社との取引価格の説明について、法的な観点からご意見をいただけますと幸いです。

{SIG_OTSUKI}
""",
    attachments=[{
        "kind": "docx", "name": "税務調査対応方針メモ.docx", "page_header": "機密",
        "title": "税務調査対応方針（案）",
        "paragraphs": ["【機密】税務調査 対応方針（案）", "作成：管理本部",
                       "1. 想定される論点：関連会社への業務委託料の妥当性、期末の売上計上時期",
                       "2. 説明資料：委託契約書、作業報告書、算定根拠",
                       "3. 対応者：大槻、森本（当日は小野寺税理士が立会い）"],
    }],
    expect="stop",
    detectors=["confidential_marking", "multiple_external_domains"],
    note="添付DOCXのヘッダと表題に「機密」の表示: 秘密区分のある文書を外部へ",
)

# 050 pass — 弁護士と税理士との日程調整（2組織）
add(
    sender=MORIMOTO, to=[ONODERA, SHIRAKAWA],
    subject="税務調査前の打合せ日程のご調整",
    charset="iso-2022-jp",
    body=f"""小野寺先生
白川先生

お世話になっております。日の出産業の森本でございます。
税務調査前の三者打合せの日程につきまして、以下の候補でいかがでしょうか。

　① 1月 8日（木）14:00～16:00
　② 1月 9日（金）10:00～12:00
　③ 1月13日（火）15:00～17:00

場所は弊社本社4階の会議室を予定しております。
ご都合のよい日時をお知らせいただけますと幸いです。

{SIG_MORIMOTO}

{DISC_JA}
""",
    expect="pass",
    detectors=["multiple_external_domains"],
    note="税理士と弁護士（2組織）への日程調整、定型の免責文つき: 普通の三者メール",
)

# 051 stop — 税理士と非常勤役員2名（個人アドレス）が互いに見える
add(
    sender=OTSUKI, to=[ONODERA, "岩渕 宏 <hiroshi.iwabuchi.57@gmail.com>",
                       "Sachiko Hanawa <s.hanawa@icloud.com>"],
    subject="非常勤役員報酬の源泉徴収についてのご説明",
    charset="utf-8",
    body=f"""小野寺先生
岩渕様、塙様

お世話になっております。日の出産業の大槻です。

非常勤取締役・監査役の報酬につきまして、来年から源泉徴収の方法（甲欄・乙欄）の
取扱いが変わる点を、小野寺先生から直接ご説明いただくことになりました。
先生、お手数ですが下記の日程でご都合をお知らせください。

　12月15日（月）または 12月17日（水）、いずれも午後

{SIG_OTSUKI}
""",
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="税理士法人と個人2名（gmail・icloud）の3者がToで互いに見える: Bccにすべきだった",
)

# 052 pass — 株主への案内をBccで
add(
    sender=MORIMOTO, to=[MORIMOTO],
    bcc=["tetsuo.hinode@gmail.com", "kyoko_m1960@yahoo.co.jp", "r.okabe@outlook.jp",
         "shige-kamata@docomo.ne.jp", "nanami.hinode@icloud.com"],
    subject="配当金の支払と源泉徴収についてのご案内",
    charset="iso-2022-jp",
    body=f"""株主各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 経理部の森本でございます。

先般の定時株主総会で決議されました期末配当金につきまして、12月10日に
ご指定の口座へお振込みいたしました。配当金からは所得税および復興特別所得税
（20.42%）を源泉徴収しております。

「支払通知書」は郵送にてお送りしておりますので、確定申告の際にご利用ください。
ご不明な点がございましたら、経理部までお問い合わせください。

{SIG_MORIMOTO}
""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="個人株主5名は正しくBcc（互いに見えない）、本文は一般的な案内だけ",
)

# 053 stop — HTMLだけのメールに生命保険料控除の一覧（8名）
_ins = ["ほしぞら生命", "あさなぎ生命", "JA共済", "みなと損保"]
_hr = "".join(
    f"<tr><td>{nm}</td><td>{rng.choice(_ins)}</td><td>{rng.choice(['一般', '介護医療', '個人年金'])}</td>"
    f"<td style='text-align:right'>{rng.randint(24, 180) * 1000:,}</td>"
    f"<td style='text-align:right'>{rng.choice([20000, 28000, 40000, 32500])}</td></tr>"
    for (nm, kana) in pick(8))
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="保険料控除申告書の集計（差異のある8名）",
    charset="utf-8",
    html=f"""<html><body>
<p>宮下様</p>
<p>お世話になっております。高村です。<br>
保険料控除申告書の控除額が、証明書の金額と一致しなかった8名を一覧にしました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>氏名</th><th>保険会社</th><th>区分</th><th>年間保険料</th><th>申告書の控除額</th></tr>
{_hr}
</table>
<p>本人に書き直してもらうか、こちらで訂正してよいかご指示ください。</p>
<p>日の出産業株式会社 経理部 高村<br>TEL 048-641-3370</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="HTMLだけのメールの表に社員8名の保険契約と控除額: 5名以上の人の記録",
)

# 054 pass — HTMLだけの月次決算進捗表
add(
    sender=ETO, to=[MIYASHITA, ONODERA],
    subject="月次決算 進捗状況（12月第1週）",
    charset="utf-8",
    html=f"""<html><body>
<p>宮下様、小野寺先生</p>
<p>お世話になっております。江藤です。11月度の月次決算の進捗をお知らせします。</p>
<table border="1" cellspacing="0">
<tr><th>作業</th><th>担当</th><th>期限</th><th>状況</th></tr>
<tr><td>売上・売掛金の締め</td><td>営業管理</td><td>12/3</td><td>完了</td></tr>
<tr><td>仕入・買掛金の締め</td><td>経理 江藤</td><td>12/4</td><td>完了</td></tr>
<tr><td>経費精算の締め</td><td>経理 高村</td><td>12/5</td><td>遅延（物流センター分）</td></tr>
<tr><td>減価償却・引当金</td><td>経理 高村</td><td>12/6</td><td>未着手</td></tr>
<tr><td>試算表の送付</td><td>経理 森本</td><td>12/8</td><td>予定どおり</td></tr>
</table>
<p>試算表は12/8（月）にお送りできる見込みです。</p>
<p>{SIG_ETO.replace(chr(10), '<br>')}</p>
</body></html>""",
    expect="pass",
    note="HTMLメールの作業進捗表（担当は社内の姓だけ）: 個人データなし",
)

# 055 stop — 前職源泉徴収票のデータをZIP（暗号化なし）のCSVで
_pr = [["氏名", "生年月日", "住所", "前職支払金額", "前職源泉徴収税額", "前職社会保険料"]]
for (nm, kana) in pick(5):
    y, m, d = rand_dob(1975, 2000)
    _pr.append([nm, f"{y}-{m:02d}-{d:02d}", rand_addr(), rng.randint(120, 420) * 10_000,
                rng.randint(20, 160) * 1000, rng.randint(180, 650) * 1000])
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="中途入社者の前職分データ",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。高村です。
今年の中途入社5名の前職分の源泉徴収票データをCSVにまとめ、ZIPで添付します。
（今回は社内ストレージの容量の関係で圧縮しただけで、パスワードはかけていません）

{SIG_TAKAMURA}
""",
    attachments=[{"kind": "zip", "name": "前職源泉_中途入社.zip",
                  "files": [{"kind": "csv", "name": "zenshoku_gensen.csv", "encoding": "utf-8",
                             "rows": _pr}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP内のCSVに5名の氏名・生年月日・住所と給与額: 5名以上の名簿",
)

# 056 pass — 中途入社者の名前だけ（データなし）
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="Re: 前職源泉徴収票の回収状況",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
前職の源泉徴収票は、的場さんと善波さんの分がまだ届いていません。
お二人とも前の勤務先に再発行を依頼済みとのことで、12/5までには揃う見込みです。
届き次第、ほかの方と同じ形でお送りします。

{SIG_TAKAMURA}

> 高村様
> 前職の源泉徴収票、未提出の方がいらっしゃれば教えてください。
> 宮下
""",
    expect="pass",
    note="社員2名の名前だけ（書類の回収状況）: 連絡先・識別子などの個人データはない",
)

# 057 stop — 弁護士事務所のドメインのTLD違い
add(
    sender=OTSUKI, to=["白川 直樹 <n.shirakawa@shirakawa-law.com>"],
    subject="税務調査への立会いのお願い",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業の大槻です。

先日ご相談した税務調査の件、日程が1月20日（火）・21日（水）に決まりました。
初日の午前中、関連会社との契約関係の説明の場だけでも立ち会っていただくことは
可能でしょうか。顧問の小野寺税理士も同席いたします。

{SIG_OTSUKI}
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="shirakawa-law.com は取引先 shirakawa-law.jp のTLD違いの類似ドメイン",
)

# 058 stop — 取引先ドメインの文字入れ替え（残高確認書）
add(
    sender=ETO, to=["経理ご担当者様 <keiri@kitaguni-fodos.co.jp>"],
    subject="売掛金残高確認書のご送付（11月末）",
    charset="cp932",
    body=f"""北国フーズ株式会社
経理ご担当者様

いつも大変お世話になっております。日の出産業株式会社 経理部の江藤でございます。

決算前の残高確認のため、11月末時点の弊社売掛金残高をお知らせいたします。

　請求残高合計：22,408,100円（10月請求分 11,902,300円／11月請求分 10,505,800円）

貴社の買掛金残高と相違がございましたら、12月12日までにご連絡いただけますと幸いです。

{SIG_ETO}
""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="kitaguni-fodos.co.jp は取引先 kitaguni-foods.co.jp の文字入れ替えの類似ドメイン",
)

# 059 pass — 正しいドメインへの残高確認
add(
    sender=ETO, to=["経理部 長谷部様 <hasebe@kitaguni-foods.co.jp>"],
    subject="Re: 売掛金残高確認書のご送付（11月末）",
    charset="cp932",
    body=f"""北国フーズ株式会社
経理部 長谷部様

お世話になっております。日の出産業の江藤です。
ご回答ありがとうございます。差額 38,500円は11/30出荷分の請求が12月にずれたもので、
貴社の受入計上日との違いによるものと確認できました。
調整は不要ですので、このまま締めさせていただきます。

{SIG_ETO}

-----Original Message-----
From: 長谷部 <hasebe@kitaguni-foods.co.jp>
Subject: RE: 売掛金残高確認書のご送付（11月末）

日の出産業 江藤様
弊社の買掛金残高は 22,369,600円 となっており、38,500円の差異がございます。
ご確認をお願いいたします。
""",
    expect="pass",
    note="取引先（正しいドメイン）への残高確認の返信: 会社間の数字だけ",
)

# 060 stop — 社用車事故の保険金仕訳に運転免許証番号
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="社用車の事故に伴う保険金と修理費の仕訳",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
10月に営業車（V-0031）が物損事故を起こし、修理費と車両保険金の処理が必要になりました。

　修理費　　　　　　　　 612,700円（11/18 支払）
　車両保険金（受取）　　 562,700円（免責 50,000円）

保険会社に提出した事故報告書の記載内容は以下のとおりです。
　運転者：能登 駿（営業2課）
　運転免許証番号：第 {rng.randint(30, 39)}{rng.randint(1000000000, 9999999999)} 号
　事故日時：令和8年10月24日 16:40頃、相手方なし（自損）

修理費は修繕費、保険金は雑収入で両建てにする予定ですが、よろしいでしょうか。

{SIG_TAKAMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="社員1名の運転免許証番号を外部へ: 身分証明書の番号は1件でも止める",
)

# 061 stop — パートの賃金台帳（旧形式 XLS、9名）
_xr = [["11月分 賃金台帳（パート・アルバイト）"], ["氏名", "生年月日", "時給", "労働時間", "支給額", "源泉所得税"]]
for (nm, kana) in pick(9):
    y, m, d = rand_dob(1958, 2005)
    h = rng.randint(40, 120)
    wage = rng.choice([1080, 1100, 1150, 1200])
    _xr.append([nm, f"{y}/{m}/{d}", wage, h, wage * h, rng.choice([0, 0, 1230, 2640, 3150])])
add(
    sender=ETO, to=[MIYASHITA],
    subject="パート・アルバイトの11月分賃金台帳",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。江藤です。
物流センターのパート・アルバイト9名分の賃金台帳をお送りします。
勤怠システムが古いため、Excel 97-2003形式でしか出力できません。申し訳ありません。
乙欄適用の方が2名いますので、源泉税額をご確認ください。

{SIG_ETO}
""",
    attachments=[{"kind": "xls", "name": "chingin_part_202611.xls", "sheets": {"11月": _xr}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSの賃金台帳に9名の氏名・生年月日・給与: 5名以上の人の名簿",
)

# 062 stop — 社内メールを添付（.eml）して外部へ：扶養親族の個人番号
_fam = [("轟 美由紀", "妻", "昭和62年3月8日"), ("轟 蒼", "長男", "平成26年10月21日"),
        ("轟 結衣", "長女", "平成30年1月5日")]
_eml_body = "経理部 高村さん\n\n轟さんの扶養親族の個人番号です。年末調整の入力をお願いします。\n\n" + "\n".join(
    f"　{n}（{r}）　{b}　個人番号 {next_my_number()}" for n, r, b in _fam) + "\n\n総務人事部 野口\n"
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="轟さんの扶養親族の件（人事からのメール添付）",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
轟さんの扶養親族の追加について、人事からのメールをそのまま添付します。
内容をご確認のうえ、年調の計算に反映をお願いします。

{SIG_TAKAMURA}
""",
    attachments=[{"kind": "eml", "name": "扶養親族の個人番号（轟さん）.eml",
                  "message": {"sender": NOGUCHI, "to": [TAKAMURA],
                              "subject": "扶養親族の個人番号（轟さん）", "charset": "utf-8",
                              "body": _eml_body}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="添付した社内メール（.eml）に扶養親族3名の個人番号: 外部へ出るマイナンバー",
)

# 063 stop — 件名と本文に【部外秘】の表示（役員報酬改定案、氏名なし）
add(
    sender=OTSUKI, to=[ONODERA],
    subject="【部外秘】来期役員報酬の改定案について",
    charset="iso-2022-jp",
    body=f"""【部外秘】

小野寺先生

お世話になっております。大槻です。
取締役会に諮る前に、来期の役員報酬の改定案について税務上の確認をお願いいたします。

　代表取締役　　月額 1,500,000円 → 1,650,000円
　専務取締役　　月額 1,100,000円 → 1,200,000円
　常務取締役　　月額 　950,000円 → 1,000,000円

定時株主総会（6月）から3か月以内の改定として、7月支給分からの定期同額給与と
する予定です。事前確定届出給与は今回は設けません。

{SIG_OTSUKI}
""",
    expect="stop",
    detectors=["confidential_marking"],
    note="件名と本文冒頭に【部外秘】の区分表示: 秘密区分のあるメールを外部へ",
)

# 064 stop — 海外赴任者の旅券番号
add(
    sender=NOGUCHI, to=[ONODERA],
    subject="海外赴任者の非居住者判定と年末調整について",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。総務人事部の野口です。
来年1月からシンガポール現地法人へ赴任する社員について、出国時の年末調整の
対象になるか確認させてください。

　氏名　　：相馬 直人
　旅券番号：T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}
　出国予定：令和9年1月10日（赴任期間 3年の予定）

出国日までの給与・賞与で年末調整を行い、以後は非居住者として国内源泉分のみ
20.42%で源泉徴収する理解でよろしいでしょうか。

{SIG_NOGUCHI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="社員1名の旅券番号を外部へ: 身分証明書の番号は1件でも止める",
)

# 065 either — 社員番号だけの中途退職者リスト
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="年末調整の対象外となる中途退職者",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。高村です。
今年の中途退職者で、年末調整の対象外となる方の社員番号と退職日です。

　1023　2026/03/31
　1088　2026/05/15
　1102　2026/07/31
　1140　2026/09/30
　1175　2026/10/20

いずれも源泉徴収票は退職時に交付済みです。

{SIG_TAKAMURA}
""",
    expect="either",
    note="氏名も連絡先もない社員番号と退職日の5行: 社外では識別しにくく、名簿とみるかは分かれる",
)

# ---------------------------------------------------------------------------------------
# 066 pass — 売上計上基準の相談（和英の免責文）
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="売上計上基準の変更（出荷基準→検収基準）についてのご相談",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。森本です。

川崎電機様向けの設備部品について、来期から検収基準での売上計上に変更したいと考えております。
据付・試運転後に先方の検収書が発行される取引で、出荷から検収まで平均で45日ほどかかります。

　・変更理由：収益認識基準の考え方に合わせ、実態に即した計上とするため
　・影響額　：期首の出荷済み未検収分 約38百万円が翌期に繰り延べ

継続性の観点から税務上の問題がないか、ご意見をお聞かせください。

{SIG_MORIMOTO}

{DISC_JA}
{DISC_EN}
""",
    expect="pass",
    note="会計処理の相談に定型の免責文（和英）: 機密という語はあるが区分表示ではない",
)

# 067 pass — 顧問契約の更新と秘密保持契約
add(
    sender=OTSUKI, to=[ONODERA],
    subject="顧問契約の更新および秘密保持契約書の締結について",
    charset="iso-2022-jp",
    body=f"""小野寺先生

いつも大変お世話になっております。大槻でございます。

来年4月からの顧問契約の更新について、契約書案を拝受いたしました。
内容に異存はございません。あわせて、今回から別途「秘密保持契約書」を締結したいとの
社内の方針がございますので、弊社の雛形をもとにご確認いただけますでしょうか。
（税理士法上の守秘義務とは別に、クラウドでの資料共有に関する取り決めを加えたいためです）

押印は2通とも郵送でお願いできれば幸いです。

{SIG_OTSUKI}
""",
    expect="pass",
    note="秘密保持契約（NDA）を結ぶという話題: 文書への秘密区分表示ではない",
)

# 068 pass — 事前確定届出給与（役員3名）
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="事前確定届出給与に関する届出書の作成依頼",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。森本です。
今期も役員賞与を事前確定届出給与として支給する予定ですので、届出書の作成をお願いします。

　日出 哲雄（代表取締役）　　12/20支給　2,000,000円
　大槻 修（取締役）　　　　　12/20支給　　800,000円
　日出 奈々美（取締役）　　　12/20支給　　600,000円

株主総会の決議日は9月26日です。提出期限（10月26日）が近いので、
お手数ですがお早めにお願いできますと助かります。

{SIG_MORIMOTO}
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="役員3名の氏名と賞与額: 4名以下の記録で、連絡先も識別番号もないので止めない",
)

# 069 pass — 取引先（法人）の一覧
_vend = [("株式会社東邦クリーンサービス", "埼玉県さいたま市中央区本町東4-2-8", "048-852-0011"),
         ("錦印刷株式会社", "東京都文京区小石川2-5-1", "03-3811-4470"),
         ("青葉運輸株式会社", "埼玉県戸田市笹目北町12-3", "048-421-7780"),
         ("株式会社ツバサシステム", "東京都千代田区神田小川町1-7", "03-5280-6610"),
         ("有限会社丸高商店", "埼玉県上尾市仲町1-4-22", "048-771-0035"),
         ("さくらホテル株式会社", "埼玉県さいたま市大宮区錦町6-11", "048-640-8800"),
         ("白川法律事務所", "東京都港区虎ノ門3-9-2", "03-6402-1188")]
_vl = ["No  取引先名                          法人番号        所在地                                  代表電話",
       "--  --------------------------------  -------------  --------------------------------------  ------------"]
for i, (n, a, t) in enumerate(_vend, 1):
    num = corp(rand_base12()) if "事務所" not in n else "（個人事業）"
    _vl.append(f"{i:>2}  {pad(n, 32)}  {pad(num, 13)}  {pad(a, 38)}  {t}")
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="支払調書の対象外とする取引先の確認",
    charset="utf-8",
    body="""宮下様

お世話になっております。高村です。
支払調書の対象になりそうな「報酬」の支払先のうち、法人なので対象外と判断したものの一覧です。

""" + "\n".join(_vl) + f"""

7番の白川法律事務所は個人の弁護士事務所ですので、支払調書の対象に含めています。

{SIG_TAKAMURA}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="取引先（会社）の一覧: 法人番号・所在地・代表電話は事業者の情報で人の名簿ではない",
)

# 070 pass — 新任担当者の携帯（1名）
add(
    sender=MORIMOTO, to=[MIYASHITA],
    subject="経理担当の追加とご連絡先について",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。森本です。
12月から経理部に 生田目 和樹 が加わり、月次の資料作成を一部担当いたします。

月次訪問の日は倉庫の棚卸に立ち会っていることが多いため、
当日の連絡は本人の携帯（{fw('080-4417-2905')}）にいただけますと確実です。

今後ともよろしくお願いいたします。

{SIG_MORIMOTO}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="社員1名の携帯番号だけ: 1名分の連絡先なので止めない（警告はあり得る）",
)

# 071 pass — 海外の株主（英語）への月次報告
add(
    sender=MORIMOTO, to=["Daniel Whitfield <d.whitfield@pacific-bridge.com>"],
    subject="Monthly close package - November 2026 (summary)",
    charset="utf-8",
    body="""Dear Daniel,

Please find below the summary of our November close. The full package will follow
once our tax accountant has reviewed the figures.

  Net sales          JPY 121.0m   (+7.2% YoY)
  Gross margin            28.9%   (-0.4pt)
  Operating income   JPY   6.8m
  Cash and deposits  JPY 190.0m

Two items to note:
 - We accrued JPY 3.4m per month for the winter bonus from October.
 - A new forklift (JPY 3.85m) was capitalised in the logistics centre.

Let me know if you need the departmental breakdown before the board call.

Best regards,
Yuko Morimoto
Accounting Manager, Hinode Sangyo Co., Ltd.
2-7-11 Sakuragi-cho, Omiya-ku, Saitama 330-0854, Japan
Tel +81-48-641-3370
""",
    expect="pass",
    note="海外株主への英文の月次サマリー: 会社の数字だけ",
)

# 072 pass — 顧問料の請求書と振込（事務所の口座・登録番号）
_kaede_t = "T" + corp(rand_base12())
add(
    sender=ETO, to=[MIYASHITA],
    subject="顧問料ご請求書の受領と振込予定日",
    charset="cp932",
    body=f"""宮下様

お世話になっております。江藤です。
12月分の顧問料のご請求書を拝受しました。

　請求書番号　：KT-2612-044
　登録番号　　：{_kaede_t}
　金額　　　　：110,000円（税込）うち源泉徴収税額 10,210円
　お振込先　　：みどり銀行 大宮東支店 普通 2204518 ゼイ）カエデカイケイ

源泉徴収後の 99,790円 を12月25日にお振込みいたします。

{SIG_ETO}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="税理士法人の請求書番号・登録番号・事業用口座: 事業者の情報で個人データなし",
)

# 073 pass — 年末調整説明会の出席者（4名、当日連絡用の携帯）
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="年末調整説明会（12/3）の出席者",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。野口です。
12月3日の年末調整説明会（各拠点の担当者向け）の出席者は以下の4名です。
当日は遠方の拠点から来るので、遅れる場合の連絡先も記載しておきます。

・熊谷営業所　　外山 哲也　　{rand_mobile()}
・宇都宮営業所　甲斐 朋子　　{rand_mobile()}
・物流センター　半田 浩二　　{rand_mobile()}
・本社総務　　　野口（私）

会場は本社4階の大会議室です。

{SIG_NOGUCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="出席者3名の携帯番号（4名以下の短いリスト）: 止めない、警告はあり得る",
)

# 074 pass — 事業所の一覧（会社の所在地と代表番号）
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="償却資産申告の提出先（事業所別）",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。高村です。
償却資産申告は事業所の所在する市町村ごとになりますので、事業所一覧を整理しました。

■本社　　　　 〒330-0854 埼玉県さいたま市大宮区桜木町2-7-11　TEL 048-641-3370　→ さいたま市
■第一倉庫　　 〒331-0811 埼玉県さいたま市北区吉野町1-22-5　 TEL 048-652-1020　→ さいたま市
■第二倉庫　　 〒362-0011 桜ヶ丘市平塚2-30-1　　　　　　　　TEL 048-771-2201　→ 桜ヶ丘市
■物流センター 〒362-0013 桜ヶ丘市上平5-8-3　　　　　　　　 TEL 048-771-5580　→ 桜ヶ丘市
■熊谷営業所　 〒360-0037 埼玉県熊谷市筑波3-2-14 熊谷第一ビル3F TEL 048-520-6615 → 熊谷市
■宇都宮営業所 〒321-0953 栃木県宇都宮市東宿郷2-4-3　　　　 TEL 028-610-4402　→ 宇都宮市

宇都宮営業所は今年4月開設のため、初めての申告になります。

{SIG_TAKAMURA}
""",
    expect="pass",
    note="事業所（会社の拠点）の所在地と代表電話の一覧: 人の名簿ではない",
)

# 075 pass — 事務所家賃（法人の貸主）
add(
    sender=ETO, to=[MIYASHITA],
    subject="本社家賃の改定と仕訳",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。江藤です。
本社ビルの貸主から賃料改定の通知があり、1月分から以下のとおり変更になります。

　貸主　　：株式会社大宮ビルディング（登録番号 T{corp(rand_base12())}）
　月額賃料：880,000円 → 924,000円（税込）
　共益費　：110,000円（変更なし）

貸主が法人なので支払調書の対象外という理解で、地代家賃の仕訳のみ変更します。

{SIG_ETO}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="法人の貸主と登録番号・賃料: 事業者の情報で個人データなし",
)

# 076 pass — 「-----Original Message-----」の下に先方の一覧（引用）
_orig = "\n".join(f"{nm}　{rand_addr()}　（{rng.choice(['転居', '住居表示変更', '転居'])}）"
                  for (nm, kana) in pick(5))
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="RE: 給与支払報告書の住所について",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。野口です。
ご指摘いただいた5名の住所変更、人事の台帳と給与システムの両方に反映いたしました。
給与支払報告書は新住所で作成いただいて問題ありません。

野口

-----Original Message-----
From: 宮下 千尋 <miyashita@kaede-tax.jp>
Sent: Tuesday, January 12, 2027 3:15 PM
To: noguchi@hinode-sangyo.co.jp
Subject: 給与支払報告書の住所について

野口様

給与支払報告書の作成にあたり、以下の方は扶養控除等申告書の住所と
給与システムの住所が異なっております。どちらが正しいかご確認ください。

{_orig}

かえで会計事務所 宮下
""",
    expect="pass",
    note="5名の住所は返信元メールの引用（Original Message の下）だけ: 新しい本文に個人データなし",
)

# 077 pass — 英文返信、"On ... wrote:" の下に先方チームの連絡先
add(
    sender=MORIMOTO, to=["Daniel Whitfield <d.whitfield@pacific-bridge.com>"],
    subject="Re: Finance contacts for the year-end audit",
    charset="utf-8",
    body="""Dear Daniel,

Thank you for the list. We will copy all of them on the year-end timetable
and share our own contact sheet next week.

Best regards,
Yuko Morimoto
Hinode Sangyo Co., Ltd.

On Thu, Dec 3, 2026 at 9:12 AM Daniel Whitfield <d.whitfield@pacific-bridge.com> wrote:
> Hi Yuko,
> For the year-end, please reach our finance team as follows:
>   Daniel Whitfield   d.whitfield@pacific-bridge.com   +1 415 555 0142
>   Maria Santos       m.santos@pacific-bridge.com      +1 415 555 0178
>   Kenji Arakawa      k.arakawa@pacific-bridge.com     +81 3 5501 8823
>   Priya Natarajan    p.natarajan@pacific-bridge.com   +65 6220 4471
>   Tom Eriksen        t.eriksen@pacific-bridge.com     +1 415 555 0190
> Thanks,
> Daniel
""",
    expect="pass",
    note="5名の連絡先は返信元（On … wrote:）の引用で、しかも相手方自身の業務連絡先: 新しい本文は短い返事だけ",
)

# 078 pass — e-Taxの受信通知（利用者識別番号 16桁、カードではない）
_uid = not_card(f"{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}")
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="消費税中間申告の受信通知（e-Tax）",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。森本です。
消費税の中間申告をe-Taxで送信し、受信通知を確認しました。内容を貼り付けます。

　提出先　　　　：大宮税務署
　利用者識別番号：{_uid[:4]}-{_uid[4:8]}-{_uid[8:12]}-{_uid[12:]}
　氏名又は名称　：日の出産業株式会社
　受付番号　　　：20261130123456789012
　受付日時　　　：2026/11/30 14:22:08
　手続名　　　　：消費税及び地方消費税中間申告（第2回）

納付はダイレクト納付で、期限の12月1日に引き落とされる予定です。

{SIG_MORIMOTO}
""",
    expect="pass",
    note="会社のe-Tax受信通知: 16桁の利用者識別番号はカード番号ではない（Luhnも不成立）",
)

# 079 pass — 除却資産の写真（PNG）
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="空調設備の除却の証拠写真",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。高村です。
第一倉庫の空調設備の撤去が完了しましたので、除却の証拠として撤去前後の写真と
産業廃棄物のマニフェスト番号をお送りします。

　撤去日：11月20日
　マニフェスト交付番号：1203-8845-60

除却損は 1円（備忘価額）と撤去費用 286,000円 で計上します。

{SIG_TAKAMURA}
""",
    attachments=[{"kind": "png", "name": "除却前_空調室外機.png"},
                 {"kind": "png", "name": "除却後_設置跡.png"}],
    expect="pass",
    note="固定資産の除却の写真と管理番号: 個人データなし",
)

# 080 pass — ごく短い質問
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="PC購入の件（一括償却か少額特例か）",
    charset="utf-8",
    body="""宮下様

20万円のノートPCを3台まとめて買う予定です。
一括償却資産（3年）と少額減価償却資産の特例、どちらがよいでしょうか。
今期の特例枠はまだ150万円ほど残っています。

高村
""",
    expect="pass",
    note="短い会計処理の質問: 個人データなし",
)

# 081 pass — 月次決算の早期化スケジュール（表、Shift_JIS）
add(
    sender=MORIMOTO, to=[ONODERA, MIYASHITA],
    subject="月次決算早期化のスケジュール案",
    charset="cp932",
    body=f"""小野寺先生、宮下様

お世話になっております。森本です。
来期から月次決算を「翌月8営業日」から「翌月5営業日」に短縮したいと考えています。
社内で作った案をお送りしますので、ご意見をいただけますと幸いです。

営業日  作業                          担当        現行
------  ----------------------------  ----------  ------
 1日目  売上・仕入の締め、請求書発行  営業管理    2日目
 2日目  経費精算の締め                経理        4日目
 3日目  未払・前払、減価償却の計上    経理        5日目
 4日目  試算表の作成、部門別損益      経理        7日目
 5日目  かえで会計様へ送付            経理 森本   8日目

経費精算の締めを早めるため、1月から精算システムの締め日を月末当日に変更します。

{SIG_MORIMOTO}
""",
    expect="pass",
    note="社内の作業スケジュール表: 個人データなし",
)

# 082 pass — 棚卸結果（XLSX）
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="11月末 実地棚卸の結果",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
11月末の実地棚卸の結果をお送りします。帳簿との差異は -412,300円（0.98%）でした。
主な差異は物流センターの破損品の廃棄漏れです。棚卸減耗損で処理します。

{SIG_TAKAMURA}
""",
    attachments=[{
        "kind": "xlsx", "name": "棚卸集計_202611.xlsx",
        "sheets": {
            "集計": [["倉庫", "帳簿在庫", "実地在庫", "差異"],
                     ["第一倉庫", 18_204_400, 18_190_100, -14_300],
                     ["第二倉庫", 9_880_000, 9_880_000, 0],
                     ["物流センター", 13_797_700, 13_399_700, -398_000]],
            "差異明細": [["品番", "品名", "帳簿数", "実数", "単価", "差異金額"],
                        ["KF-2201", "業務用冷凍エビ 1kg", 420, 401, 1_850, -35_150],
                        ["KF-3310", "冷凍ホタテ 500g", 180, 150, 2_980, -89_400],
                        ["GL-0045", "保冷ケース（大）", 66, 33, 8_227, -271_491]],
        },
    }],
    expect="pass",
    note="棚卸の集計と品目別差異: 個人データなし",
)

# 083 pass — 個人顧客4件の売掛金（貸倒れの相談）
_ind = [("宍戸 幸雄", "埼玉県伊奈町小室8102-4", "048-721-4408"),
        ("大和田 節子", "埼玉県蓮田市閏戸2211", "048-768-3390"),
        ("椎名 透", "東京都北区赤羽台1-5-6-302", rand_mobile()),
        ("門脇 ひろみ", "埼玉県桶川市坂田東3-17-8", rand_mobile())]
add(
    sender=ETO, to=[MIYASHITA],
    subject="個人のお客様の売掛金の貸倒処理について",
    charset="iso-2022-jp",
    body="""宮下様

お世話になっております。江藤です。
通販部門の個人のお客様で、1年以上入金がなく督促にも応答がない4件があります。
貸倒損失として処理できるかご相談させてください。

""" + "\n".join(f"・{n}様　{a}　TEL {t}　残高 {rng.randint(18, 96) * 1000:,}円" for n, a, t in _ind) + f"""

いずれも督促状を3回送付し、最終入金から1年以上経過しています。

{SIG_ETO}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="個人顧客4名の住所・電話（4名以下）: 止めない、警告はあり得る",
)

# 084 pass — 仮定の計算の質問（個人ではない）
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="賞与の源泉税の計算方法について（確認）",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
賞与の源泉税の計算で確認させてください。たとえば次のようなケースです。

　前月の社会保険料控除後の給与：300,000円
　扶養親族等の数：2人
　賞与額：600,000円（社会保険料控除後 510,000円）

「賞与に対する源泉徴収税額の算出率の表」で 4.084% を適用し、
510,000円 × 4.084% = 20,828円 という計算で合っていますでしょうか。
前月給与がない人の場合の扱いもあわせて教えてください。

{SIG_TAKAMURA}
""",
    expect="pass",
    note="仮の数字を使った計算方法の質問: 特定の人の情報ではない",
)

# 085 pass — 住宅借入金等特別控除（1名）
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="住宅ローン控除（年末調整1年目ではない方）の書類",
    charset="cp932",
    body=f"""宮下様

お世話になっております。野口です。
住宅借入金等特別控除の申告書が1名分提出されましたので、内容を記載します。

　氏名　　　　　：栗林 めぐみ
　住所（家屋）　：埼玉県さいたま市見沼区東大宮4-11-9
　居住開始日　　：令和5年3月20日
　年末残高　　　：28,640,000円（金融機関の残高証明書あり）
　控除額（申告）：200,480円

2年目以降なので税務署発行の申告書をそのまま使っています。
控除額の計算に誤りがないかご確認ください。

{SIG_NOGUCHI}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="社員1名の住宅ローン控除の内容: 1名分で要配慮情報なし、止めない（警告はあり得る）",
)

# 086 pass — 社内だけ（障害者控除の一覧）
add(
    sender=TAKAMURA, to=[NOGUCHI], cc=[MORIMOTO],
    subject="障害者控除の対象者（確認用）",
    charset="iso-2022-jp",
    body="""野口さん
（cc：森本課長）

お疲れさまです。高村です。
今年の申告書で障害者控除の記載があった方を一覧にしました。
手帳の写しの保管状況を確認したいので、人事側の記録と照合をお願いします。

　・千葉 隆之さん　本人　精神障害者保健福祉手帳 2級
　・五十嵐 陽子さん　扶養親族（父）　身体障害者手帳 1級（同居特別障害者）
　・仁科 悠斗さん　扶養親族（長男）　身体障害者手帳 1級（同居特別障害者）

かえで会計さんには、控除区分と人数だけ伝えるようにします。

高村
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="障害の情報（要配慮）だが宛先はすべて社内: 社外に出ない",
)

# 087 pass — 税理士のチェックリストについて（個人番号は書かない旨）
add(
    sender=TAKAMURA, to=[MIYASHITA],
    subject="年末調整チェックリストの記入について",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。高村です。
いただいた年末調整チェックリストについて、1点確認させてください。

チェックリストの注意書きに「機密保持の観点から、個人番号・口座番号は記載しないでください」
とありますが、社員番号と扶養人数は記入して問題ないでしょうか。
社員番号がないと、こちらでの突合が難しくなりそうです。

{SIG_TAKAMURA}
""",
    expect="pass",
    note="個人番号を書かないというルールの話題だけ: 個人データも秘密区分の表示もない",
)

# 088 pass — 本店移転の届出（会社の法人番号）
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="異動届出書（本店所在地の変更）の提出について",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。森本です。
来年2月の本店移転に伴う異動届出書の作成をお願いしたく、必要事項をお送りします。

　法人番号　　：{_hinode_corp}
　法人名　　　：日の出産業株式会社
　旧所在地　　：埼玉県さいたま市大宮区桜木町2-7-11
　新所在地　　：埼玉県さいたま市大宮区錦町682-2 大宮インフォタワー12F
　移転予定日　：令和9年2月1日
　登記予定日　：令和9年2月3日

税務署・県税事務所・市役所の3か所への提出になると理解しています。

{SIG_MORIMOTO}
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="自社の法人番号と所在地の届出: 会社の情報で個人データなし",
)

# 089 pass — 仕訳帳のCSV（取引先は会社だけ、Shift_JIS）
_acc = ["売上高", "仕入高", "荷造運賃", "支払手数料", "消耗品費", "広告宣伝費", "水道光熱費", "通信費"]
_cp = ["北国フーズ株式会社", "川崎電機株式会社", "青葉運輸株式会社", "錦印刷株式会社", "株式会社ツバサシステム",
       "東京電力エナジーパートナー", "アスクル株式会社", "さくらホテル株式会社", "有限会社丸高商店"]
_jr = [["日付", "伝票番号", "借方科目", "貸方科目", "金額", "摘要"]]
for i in range(120):
    a = rng.choice(_acc)
    _jr.append([f"2026/11/{rng.randint(1, 30):02d}", f"{i + 1:05d}", a if a != "売上高" else "売掛金",
                "買掛金" if a == "仕入高" else ("売上高" if a == "売上高" else "未払金"),
                rng.randint(3, 2500) * 100, f"{rng.choice(_cp)} {rng.choice(['11月分', '請求書', 'スポット', '定期'])}"])
add(
    sender=ETO, to=[MIYASHITA],
    subject="11月分 仕訳帳データ（CSV）",
    charset="cp932",
    body=f"""宮下様

お世話になっております。江藤です。
11月分の仕訳帳を会計ソフトからCSVで出力しました（120件）。
そちらの会計システムへの取込用にお使いください。

{SIG_ETO}
""",
    attachments=[{"kind": "csv", "name": "shiwake_202611.csv", "encoding": "cp932", "rows": _jr}],
    expect="pass",
    note="仕訳帳のCSV（摘要は取引先の会社名）: 人の名簿ではない",
)

# 090 pass — 立替精算の仕訳に社員の名前（データなし）
add(
    sender=ETO, to=[MIYASHITA],
    subject="仮払金の残高について",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。江藤です。
11月末の仮払金残高 186,400円 の内訳は以下のとおりです。

　11/05　出張仮払　営業1課 佐久間　　80,000円（12/2 精算予定）
　11/12　出張仮払　営業2課 蓮見　　　50,000円（12/4 精算予定）
　11/20　展示会立替　物流 鬼塚　　　 36,400円（領収書回収済み・未入力）
　11/27　備品立替　総務 野口　　　　 20,000円（12/1 精算済み）

12月の試算表では仮払金がほぼゼロになる見込みです。

{SIG_ETO}
""",
    expect="pass",
    note="社員の姓と仮払の金額だけ（業務上の取引）: 連絡先や識別子などの個人データはない",
)

# 091 pass — 月次報告書のPDF
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="11月度 月次報告書（取締役会提出版）",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。森本です。
取締役会に提出した11月度の月次報告書をお送りします。
次回の月次訪問の際に、下期の利益見通しについてご意見をいただければ幸いです。

{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "pdf", "name": "月次報告書_202611.pdf", "title": "月次報告書 2026年11月",
        "lines": ["日の出産業株式会社　月次報告書（2026年11月）", "",
                  "1. 業績概況：売上高は前年同月比+7.2%、営業利益は計画比+0.4百万円",
                  "2. 部門別：営業1課は冷凍食品の出荷増、営業2課は設備部品が横ばい",
                  "3. 資金：現預金190百万円、借入金残高118百万円",
                  "4. トピック：フォークリフト導入、宇都宮営業所の黒字化"],
        "table": [["", "当月実績", "当月計画", "差異"],
                  ["売上高", "121.0", "118.5", "+2.5"],
                  ["営業利益", "6.8", "6.4", "+0.4"]],
    }],
    expect="pass",
    note="月次報告書（会社の業績）: 個人データも秘密区分の表示もない",
)

# 092 pass — 税務調査の事前準備チェックリスト（DOCX）
add(
    sender=MORIMOTO, to=[ONODERA],
    subject="税務調査 事前準備書類のチェックリスト",
    charset="utf-8",
    body=f"""小野寺先生

お世話になっております。森本です。
調査官から依頼のあった準備書類を社内でチェックリストにしました。
漏れがないかご確認いただけますでしょうか。

{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "docx", "name": "税務調査_準備書類チェックリスト.docx",
        "paragraphs": ["税務調査 準備書類チェックリスト（令和5年4月期～令和7年3月期）"],
        "tables": [[["No", "書類", "保管場所", "準備状況"],
                    ["1", "総勘定元帳・仕訳帳", "会計システム", "出力済み"],
                    ["2", "請求書・領収書綴り", "本社書庫", "3期分確認済み"],
                    ["3", "契約書（業務委託・賃貸借）", "総務部", "確認中"],
                    ["4", "源泉徴収簿・賃金台帳", "総務人事部", "出力済み"],
                    ["5", "取締役会議事録", "総務部", "確認済み"],
                    ["6", "固定資産台帳", "経理部", "出力済み"]]],
    }],
    expect="pass",
    note="準備書類の一覧（書類名と状況）だけのDOCX: 個人データも秘密区分の表示もない",
)

# 093 pass — 月次決算報告のPPTX
add(
    sender=MORIMOTO, to=[ONODERA, MIYASHITA],
    subject="上期決算説明資料（スライド）",
    charset="utf-8",
    body=f"""小野寺先生、宮下様

お世話になっております。森本です。
金融機関向けの上期決算説明のスライドを作成しました。
数字の整合性についてご確認いただけますと幸いです。

{SIG_MORIMOTO}
""",
    attachments=[{
        "kind": "pptx", "name": "上期決算説明_2026.pptx",
        "slides": [["上期決算の概要", "売上高 702百万円（前年同期比 +6.8%）", "営業利益 38百万円"],
                   ["部門別の状況", "営業1課：冷凍食品が好調", "営業2課：設備部品は横ばい"],
                   ["下期の見通し", "宇都宮営業所の通期黒字化", "物流センターの稼働率向上"]],
    }],
    expect="pass",
    note="決算説明スライド（会社の数字）: 個人データも秘密区分の表示もない",
)

# 094 pass — 記入例（国税太郎、番号はダミー）
_dummy = not_my_number("123456789012")
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="社員向け 申告書の記入例（案）の確認",
    charset="iso-2022-jp",
    body=f"""宮下様

お世話になっております。野口です。
社員に配る扶養控除等申告書の記入例を作りました。
国税庁の記入例を参考にしていますので、おかしな点があればご指摘ください。

　＜記入例＞
　氏名：国税 太郎（こくぜい たろう）
　個人番号：{_dummy[:4]} {_dummy[4:8]} {_dummy[8:]}（※記入例です。ご自身の番号を記入してください）
　住所：〇〇県〇〇市〇〇町1-2-3
　源泉控除対象配偶者：国税 花子

記入例の欄外に「実在の人物・番号ではありません」と注記を入れる予定です。

{SIG_NOGUCHI}
""",
    expect="pass",
    note="記入例の架空の氏名とダミー番号（チェックデジットも不成立）: 実在の人の個人データではない",
)

# 095 pass — レターパックの追跡番号（12桁）
_track = not_my_number(f"{rng.randint(100000, 999999)}{rng.randint(100000, 999999)}")
add(
    sender=ETO, to=[MIYASHITA],
    subject="領収書原本の郵送について",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。江藤です。
ご依頼の10月分の領収書原本（経費精算分 42枚）を本日レターパックで発送しました。

　お問い合わせ番号：{_track[:4]}-{_track[4:8]}-{_track[8:]}

明日午前中には到着する見込みです。ご確認後、月次訪問の際にご返却いただければ結構です。

{SIG_ETO}
""",
    expect="pass",
    note="レターパックの12桁の追跡番号（個人番号ではない）: 個人データなし",
)

# 096 pass — 税理士とクラウド会計のサポート（2組織）
add(
    sender=TAKAMURA, to=["support@kaikei-navi.com"], cc=[MIYASHITA],
    subject="顧問税理士への閲覧権限付与について",
    charset="utf-8",
    body=f"""会計ナビ サポートご担当者様
（cc：かえで会計事務所 宮下様）

お世話になっております。日の出産業株式会社の高村です（契約ID：HS-20381）。

顧問税理士事務所の担当者に、当社の会計データの閲覧権限を付与したいと考えています。
追加するのは miyashita@kaede-tax.jp の1名で、権限は「閲覧＋仕訳コメント」を想定しています。
設定手順と、追加ユーザーの料金が発生するかどうかを教えてください。

{SIG_TAKAMURA}
""",
    expect="pass",
    detectors=["multiple_external_domains"],
    note="クラウド会計のサポートと税理士（2組織）: 業務用アドレス1件だけで個人データなし",
)

# 097 pass — 取引先（青葉運輸）との運賃の照合
add(
    sender=ETO, to=["請求担当 <seikyu@aoba-unyu.co.jp>"],
    subject="11月分 運賃請求書の金額照合について",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
請求ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の江藤です。

11月分の運賃請求書（請求書No. AU-2611-0318）を拝受しました。
弊社の出荷実績と照合したところ、以下の2件に差異がございました。

　11/14　伝票 88172034　熊谷営業所向け　請求 18,700円／弊社記録 16,500円
　11/26　伝票 88172391　宇都宮営業所向け　請求あり／弊社記録では出荷キャンセル

お手数ですがご確認のほどよろしくお願いいたします。

{SIG_ETO}
""",
    expect="pass",
    note="取引先（正しいドメイン）への請求照合: 伝票番号と金額だけ",
)

# 098 pass — 保険料控除証明書の回収状況（人数だけ）
add(
    sender=NOGUCHI, to=[MIYASHITA],
    subject="Re: 保険料控除証明書の回収状況",
    charset="cp932",
    body=f"""宮下様

お世話になっております。野口です。
11月28日時点の回収状況です。

　保険料控除申告書の提出：58名中 54名
　控除証明書の添付あり　：41名
　証明書の添付待ち　　　： 4名（12月第1週に提出予定）
　生命保険の加入なし　　： 9名

未提出の4名には本日再度リマインドしました。

{SIG_NOGUCHI}
""",
    expect="pass",
    note="回収状況の人数だけ: 個人が特定できる情報なし",
)

# 099 pass — 「差出人: … 送信日時:」形式の引用つき返信（売上計上漏れ）
add(
    sender=ETO, to=[MIYASHITA],
    subject="RE: 10月の売上計上漏れについて",
    charset="utf-8",
    body=f"""宮下様

お世話になっております。江藤です。
ご指摘ありがとうございます。川崎電機様向けの部品（請求書No. 26-10-1182、
1,485,000円）が10月の売上に計上されていませんでした。
11月の試算表で、前期損益修正ではなく通常の売上として計上いたします。

{SIG_ETO}

差出人: 宮下 千尋 <miyashita@kaede-tax.jp>
送信日時: 2026年11月10日 17:48
宛先: eto.misaki@hinode-sangyo.co.jp
件名: 10月の売上計上漏れについて

江藤様
10月の売掛金明細と請求書控えを照合したところ、川崎電機様向けの
請求書No. 26-10-1182 が売上に入っていないようです。ご確認ください。
宮下
""",
    expect="pass",
    note="取引（請求書番号と金額）の訂正連絡、引用も業務の内容だけ: 個人データなし",
)

# 100 pass — 消費税の中間納付と端数の質問（短め、宛先2名同一組織）
add(
    sender=MORIMOTO, to=[ONODERA], cc=[MIYASHITA, ETO],
    subject="消費税の中間納付額と仮払消費税の整理",
    charset="iso-2022-jp",
    body=f"""小野寺先生

お世話になっております。森本です。
消費税の中間納付（第2回）を 4,812,300円 で納付しました。
仕訳は「仮払税金」で計上し、期末に未払消費税と相殺する予定です。

なお、第1回の中間納付分が「租税公課」で計上されていたため、
11月で仮払税金に振り替えています。問題ないかご確認をお願いします。

{SIG_MORIMOTO}
""",
    expect="pass",
    note="税理士法人（1組織）と社内への税金の処理の相談: 個人データなし",
)

assert len(MESSAGES) == 100, len(MESSAGES)
