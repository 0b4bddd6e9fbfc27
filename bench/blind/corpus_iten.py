"""Blind evaluation corpus — area: iten (本社オフィス移転).

日の出産業株式会社 moves its head office from 内神田 to 芝浦 in November: mail with the
interior contractor, the moving company, the new and old building managers and their
security firm, seating charts, 入館証 applications, telephone / network line moves, the
社労士 office, the bank, the printer of the removal notices, and 移転のご案内 to business
partners and customers.

Everything here (people, companies other than those named in BRIEF.md, addresses, phone
numbers, identifiers) is invented.  The file was written blind, from BRIEF.md, build.py
and SPEC.md only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 35201
rng = random.Random(SEED)

DOM = "hinode-sangyo.co.jp"

# --------------------------------------------------------------------------- people pools
SURNAMES = [
    ("勅使河原", "テシガワラ", "teshigawara"), ("四十物", "アイモノ", "aimono"),
    ("小鳥遊", "タカナシ", "takanashi"), ("東海林", "ショウジ", "shoji"),
    ("百目鬼", "ドウメキ", "domeki"), ("我妻", "ワガツマ", "wagatsuma"),
    ("丹下", "タンゲ", "tange"), ("薬師寺", "ヤクシジ", "yakushiji"),
    ("善波", "ゼンバ", "zemba"), ("十文字", "ジュウモンジ", "jumonji"),
    ("比嘉", "ヒガ", "higa"), ("仲宗根", "ナカソネ", "nakasone"),
    ("嘉陽", "カヨウ", "kayo"), ("菅原", "スガワラ", "sugawara"),
    ("佐久間", "サクマ", "sakuma"), ("宇佐美", "ウサミ", "usami"),
    ("小此木", "オコノギ", "okonogi"), ("鷲尾", "ワシオ", "washio"),
    ("大森", "オオモリ", "omori"), ("岩城", "イワキ", "iwaki"),
    ("黒沢", "クロサワ", "kurosawa"), ("秋元", "アキモト", "akimoto"),
    ("早瀬", "ハヤセ", "hayase"), ("結城", "ユウキ", "yuki"),
    ("相馬", "ソウマ", "soma"), ("江藤", "エトウ", "eto"),
    ("葛西", "カサイ", "kasai"), ("越智", "オチ", "ochi"),
    ("槙野", "マキノ", "makino"), ("椎名", "シイナ", "shiina"),
    ("日下部", "クサカベ", "kusakabe"), ("長尾", "ナガオ", "nagao"),
    ("平良", "タイラ", "taira"), ("瀬戸口", "セトグチ", "setoguchi"),
    ("桐谷", "キリタニ", "kiritani"), ("能登", "ノト", "noto"),
    ("猪股", "イノマタ", "inomata"), ("柘植", "ツゲ", "tsuge"),
    ("乙部", "オトベ", "otobe"), ("榎本", "エノモト", "enomoto"),
    ("雨宮", "アメミヤ", "amemiya"), ("唐沢", "カラサワ", "karasawa"),
]
GIVEN = [
    ("美咲", "ミサキ", "misaki"), ("健太", "ケンタ", "kenta"), ("翔", "ショウ", "sho"),
    ("陽菜", "ヒナ", "hina"), ("大輔", "ダイスケ", "daisuke"), ("由紀子", "ユキコ", "yukiko"),
    ("拓海", "タクミ", "takumi"), ("真理", "マリ", "mari"), ("直樹", "ナオキ", "naoki"),
    ("彩花", "アヤカ", "ayaka"), ("浩一", "コウイチ", "koichi"), ("恵", "メグミ", "megumi"),
    ("隼人", "ハヤト", "hayato"), ("千尋", "チヒロ", "chihiro"), ("俊介", "シュンスケ", "shunsuke"),
    ("奈々", "ナナ", "nana"), ("悠斗", "ユウト", "yuto"), ("紗希", "サキ", "saki"),
    ("和也", "カズヤ", "kazuya"), ("瑞穂", "ミズホ", "mizuho"), ("雄大", "ユウダイ", "yudai"),
    ("詩織", "シオリ", "shiori"), ("康平", "コウヘイ", "kohei"), ("香織", "カオリ", "kaori"),
    ("達也", "タツヤ", "tatsuya"), ("明日香", "アスカ", "asuka"), ("正樹", "マサキ", "masaki"),
    ("綾乃", "アヤノ", "ayano"), ("修", "オサム", "osamu"), ("芽衣", "メイ", "mei"),
]
DEPTS = ["営業部", "営業企画部", "総務部", "人事部", "経理部", "情報システム部",
         "商品開発部", "品質保証部", "物流管理部", "経営企画室"]
HOME_AREAS = [
    ("330-0061", "埼玉県さいたま市浦和区常盤"), ("333-0831", "埼玉県川口市木曽呂"),
    ("273-0005", "千葉県船橋市本町"), ("272-0021", "千葉県市川市八幡"),
    ("211-0004", "神奈川県川崎市中原区新丸子東"), ("223-0062", "神奈川県横浜市港北区日吉本町"),
    ("145-0066", "東京都大田区南雪谷"), ("136-0072", "東京都江東区大島"),
    ("176-0012", "東京都練馬区豊玉北"), ("154-0011", "東京都世田谷区上馬"),
    ("123-0851", "東京都足立区梅田"), ("252-0344", "神奈川県相模原市南区古淵"),
    ("270-0014", "千葉県松戸市小金"), ("183-0022", "東京都府中市宮西町"),
    ("359-1111", "埼玉県所沢市緑町"), ("206-0033", "東京都多摩市落合"),
]

_used: set[str] = set()


def person():
    """A fresh (kanji, kana, romaji-local-part) person, never repeated in this file."""
    while True:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN)
        key = s[0] + g[0]
        if key not in _used:
            _used.add(key)
            return (f"{s[0]} {g[0]}", f"{s[1]} {g[1]}", f"{g[2]}.{s[2]}")


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def emp_no() -> str:
    return f"H{rng.randint(1990, 2026) % 100:02d}{rng.randint(100, 999)}"


def home_address() -> tuple[str, str]:
    zipc, area = rng.choice(HOME_AREAS)
    if rng.random() < 0.5:
        street = f"{rng.randint(1, 6)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    else:
        street = f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    if rng.random() < 0.4:
        street += rng.choice([" メゾン欅", " コーポ若葉", " パークハイツ", " グランシティ"]) + \
            f"{rng.randint(1, 9)}0{rng.randint(1, 9)}"
    return zipc, area + street


def fw(s: str) -> str:
    """ASCII digits and hyphens to full width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def wareki(y: int, m: int, d: int, style: int) -> str:
    if y >= 1989:
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "昭和", "S", y - 1925
    if style == 0:
        return f"{era}{ey}年{m}月{d}日"
    if style == 1:
        return f"{e}{ey}.{m}.{d}"
    if style == 2:
        return fw(f"{era}{ey}年{m}月{d}日").replace("－", "")
    return f"{y}/{m:02d}/{d:02d}"


def dob(style: int) -> str:
    return wareki(rng.randint(1962, 2003), rng.randint(1, 12), rng.randint(1, 28), style)


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (2 if n % 2 == 0 else 1)
    return str(9 - total % 9) + base12


def not_my_number(seed: int) -> str:
    """12 digits whose last digit is NOT the 個人番号 check digit (e.g. a line contract no.)."""
    good = my_number(seed)
    return good[:11] + str((int(good[11]) + 3) % 10)


def pad(s: str, width: int) -> str:
    """Pad to a display width (full-width chars count 2)."""
    w = sum(2 if ord(c) > 0x7F else 1 for c in s)
    return s + " " * max(width - w, 0)


# --------------------------------------------------------------------------- signatures
OLD_ADDR = "〒101-0047 東京都千代田区内神田二丁目8番4号 日の出ビル5階"
NEW_ADDR = "〒108-0023 東京都港区芝浦三丁目14番9号 芝浦ウォーターフロントタワー12階"

SIG_HASEBE = f"""
――――――――――――――――――――――
日の出産業株式会社　総務部 総務課
本社移転プロジェクト事務局
長谷部 美佳（Hasebe Mika）
{OLD_ADDR}
TEL 03-3251-4410（代表）　内線 213
E-mail hasebe.mika@{DOM}
――――――――――――――――――――――"""

SIG_KAMIYA = f"""
--
日の出産業株式会社 総務部 施設管理グループ
神谷 亮
{OLD_ADDR}
TEL: 03-3251-4418 / 携帯: 080-4471-2093
kamiya.ryo@{DOM}"""

SIG_MIYAKE = f"""
━━━━━━━━━━━━━━━━━━━━
 情報システム部　インフラ課
 三宅 拓真 / Takuma Miyake
 日の出産業株式会社
 {OLD_ADDR}
 Tel 03-3251-4460  Fax 03-3251-4409
 miyake.takuma@{DOM}
━━━━━━━━━━━━━━━━━━━━"""

SIG_INAGAKI = f"""
-------------------------------------
日の出産業株式会社
人事部 労務グループ　稲垣 彩
TEL：03-3251-4430（直通）
Mail：inagaki.aya@{DOM}
-------------------------------------"""

SIG_TODO = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 経理部
藤堂 誠（とうどう まこと）
TEL 03-3251-4440　FAX 03-3251-4409
todo.makoto@{DOM}
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KATAGIRI = f"""
────────────────────────
日の出産業株式会社　営業部 第二営業課
片桐 遼平
11/16より新住所となります：
{NEW_ADDR}
TEL 03-6453-7130（営業部直通）
katagiri.ryohei@{DOM}
────────────────────────"""

SIG_ONODERA = f"""
日の出産業株式会社
取締役 総務部長　小野寺 浩二
{OLD_ADDR}
TEL 03-3251-4410（代表）"""

SIG_NEW_SUPPORT = f"""
=====================================
日の出産業株式会社 カスタマーサポートセンター
柳田 和美
フリーダイヤル 0120-46-1192（平日9:00～17:30）
support@{DOM}
{NEW_ADDR}
====================================="""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete
it. Any unauthorised use, disclosure or copying is prohibited."""

# external contacts (vendors)
MIRAI = "株式会社ミライ空間デザイン 今泉様 <imaizumi@mirai-kukan.co.jp>"
MIRAI_GENBA = "桑原 現場所長 <kuwabara@mirai-kukan.co.jp>"
AOBA = "青葉運輸株式会社 法人移転営業部 大河内様 <okochi@aoba-unyu.co.jp>"
SBM = "芝浦ビルマネジメント 永瀬様 <nagase@shibaura-bm.co.jp>"
SBM_BOUSAI = "芝浦ウォーターフロントタワー防災センター <bousai@shibaura-bm.co.jp>"
TSUBASA = "ツバサシステム 佐藤様 <sato.t@tsubasa-system.jp>"
NISHIKI = "錦印刷株式会社 村瀬様 <murase@nishiki-insatsu.co.jp>"
KANDA = "神田不動産管理株式会社 木全様 <kimata@kanda-fudosan.co.jp>"
OFFICEFORM = "株式会社オフィスフォルム 坂巻様 <sakamaki@officeform.co.jp>"
SR = "やまぶき社会保険労務士法人 我如古様 <ganeko@yamabuki-sr.jp>"
WANGAN = "湾岸セキュリティ株式会社 芝浦隊 <shibaura-tai@wangan-security.co.jp>"
TOTO = "東都リアルティ株式会社 二階堂様 <nikaido@toto-realty.co.jp>"

HASEBE = f"長谷部 美佳 <hasebe.mika@{DOM}>"
KAMIYA = f"神谷 亮 <kamiya.ryo@{DOM}>"
MIYAKE = f"三宅 拓真 <miyake.takuma@{DOM}>"
INAGAKI = f"稲垣 彩 <inagaki.aya@{DOM}>"
TODO = f"藤堂 誠 <todo.makoto@{DOM}>"
KATAGIRI = f"片桐 遼平 <katagiri.ryohei@{DOM}>"
ONODERA = f"小野寺 浩二 <onodera.koji@{DOM}>"

MESSAGES: list[dict] = []


def add(num: str, **m):
    assert int(num) == len(MESSAGES) + 1, num
    MESSAGES.append({"id": f"iten-{num}", **m})


# =========================================================================== 001-020
add("001",
    sender=KATAGIRI,
    to=["川崎電機株式会社 購買部 森下様 <morishita.k@kawasaki-denki.co.jp>"],
    subject="【ご案内】本社移転のお知らせ（11月16日より新住所にて営業）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
購買部　森下 様

いつも大変お世話になっております。
日の出産業 営業部の片桐でございます。

さて、このたび弊社は業務拡大に伴い、本社を下記へ移転する運びとなりました。
11月16日（月）より新事務所にて営業を開始いたします。

　■新住所
　　〒108-0023 東京都港区芝浦三丁目14番9号
　　芝浦ウォーターフロントタワー12階
　■電話番号（代表）
　　TEL：03-6453-7100　FAX：03-6453-7101
　■営業部直通
　　TEL：03-6453-7130

※旧事務所での業務は11月13日（金）までとなります。
※メールアドレスに変更はございません。

お手数をおかけいたしますが、納品先・請求書送付先のご登録変更につきまして
ご対応のほどよろしくお願い申し上げます。
正式なご案内状は追って郵送させていただきます。

今後とも変わらぬお引き立てを賜りますよう、お願い申し上げます。
{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="移転のご案内を取引先1名へ。新住所・代表/部署番号は会社の連絡先で個人データではない")

# ---- 002: 入館証 申請 XLSX, 12 employees -> building manager
_rows002 = []
for i in range(12):
    kj, kn, rm = person()
    _rows002.append([i + 1, emp_no(), kj, kn, rng.choice(DEPTS), f"{rm}@{DOM}",
                     rng.choice(["常時", "常時", "常時", "フロア限定"]), "2026/11/14"])
add("002",
    sender=HASEBE,
    to=[SBM],
    cc=[KAMIYA],
    subject="入館証（ICカード）発行申請書の送付について／日の出産業（12F）",
    charset="iso-2022-jp",
    body=f"""芝浦ビルマネジメント株式会社
テナント担当　永瀬 様

いつもお世話になっております。日の出産業の長谷部です。
先日はご説明のお時間をいただきありがとうございました。

11月14日（土）の搬入作業に先立ち、入館証（ICカード）の発行申請書を
お送りいたします。まずは先行入館が必要な第1次分（12名）です。
残りの社員分は来週中にまとめてお送りいたします。

カードのお受け取りは11月12日（木）に私がお伺いする予定です。
不備等ございましたらご指摘ください。

どうぞよろしくお願いいたします。
{SIG_HASEBE}
""",
    attachments=[{
        "kind": "xlsx", "name": "入館証発行申請書_日の出産業_第1次.xlsx",
        "sheets": {
            "申請書": [["芝浦ウォーターフロントタワー　入館証発行申請書（テナント用）"],
                       ["テナント名：日の出産業株式会社　入居階：12F　申請日：2026/10/19"],
                       [],
                       ["No.", "社員番号", "氏名", "フリガナ", "所属", "メールアドレス",
                        "カード種別", "利用開始日"]] + _rows002,
            "記入要領": [["項目", "説明"], ["カード種別", "常時／フロア限定／臨時"],
                         ["利用開始日", "搬入日以降の日付をご記入ください"]],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="社員12名分（社員番号・氏名・フリガナ・メール）の入館証申請XLSXを社外のビル管理会社へ")

# ---- 003: reply to interior estimate, quoted vendor mail
add("003",
    sender=KAMIYA,
    to=[MIRAI],
    cc=[HASEBE],
    subject="Re: 【御見積】日の出産業様 本社移転内装工事（第2版）",
    charset="utf-8",
    body=f"""今泉様

お世話になっております。神谷です。
第2版のお見積り、ありがとうございました。

社内で確認したところ、以下3点についてご相談させてください。
1. 項目3「間仕切り（ガラスパーティション）」：会議室Cは不要となりましたので、
   W3,600分を減額でお願いします。
2. 項目7「OAフロア」：既設利用とのことですが、受付周りのみ嵩上げが必要か
   現地でご確認いただけますでしょうか。
3. 支払条件：着手時30％／完了時70％で社内稟議を上げる予定です。

来週の定例でも改めてご説明いただけますと助かります。
{SIG_KAMIYA}

> 日の出産業株式会社
> 総務部 神谷様
>
> いつもお世話になっております。ミライ空間デザインの今泉です。
> 先日の打合せ内容を反映した第2版のお見積書をお送りいたします。
>
>   見積番号：MK-2610-0387（第2版）
>   工事件名：日の出産業様 本社移転内装工事
>   御見積金額：￥18,420,000－（税抜）
>   工期：2026年10月26日～11月13日
>
> ご不明点がございましたらお気軽にお問い合わせください。
>
> 株式会社ミライ空間デザイン　設計部
> 今泉 早苗
> TEL 03-5789-2261　携帯 090-3318-5520
""",
    expect="pass", entities=[], detectors=[],
    note="内装業者への見積の相談。引用部は相手自身のメールで、金額・見積番号は業務情報")

# ---- 004: zoning plan PDF, departments only
add("004",
    sender=HASEBE,
    to=[MIRAI, MIRAI_GENBA],
    subject="新オフィス ゾーニング案（部署配置）のご送付",
    charset="cp932",
    body=f"""ミライ空間デザイン
今泉様、桑原様

お世話になっております。長谷部です。
社内調整の結果、部署配置（ゾーニング）が固まりましたのでPDFでお送りします。
個人の席割りは各部署で決めるため、今回は部署ごとの席数のみとなります。

フリーアドレスのエリア（営業部）は、ロッカー数を席数＋5で見ていただけますと幸いです。
{SIG_HASEBE}
""",
    attachments=[{
        "kind": "pdf", "name": "ゾーニング案_v4.pdf", "title": "新オフィス ゾーニング案",
        "lines": ["日の出産業株式会社 新本社（芝浦ウォーターフロントタワー12F）",
                  "ゾーニング案 第4版　2026年10月5日", ""],
        "table": [["ゾーン", "部署", "席数", "備考"],
                  ["A（北側窓際）", "経営企画室・役員", "8", "役員室2室"],
                  ["B", "営業部", "34", "フリーアドレス"],
                  ["C", "営業企画部", "12", ""],
                  ["D", "総務部・人事部", "18", "来客動線に近い位置"],
                  ["E", "経理部", "10", "金庫設置"],
                  ["F", "情報システム部", "9", "サーバー室隣接"],
                  ["G（南側）", "商品開発部・品質保証部", "22", "試作品棚"],
                  ["-", "会議室 A～D", "-", "Dは可動間仕切り"]],
    }],
    expect="pass", entities=[], detectors=[],
    note="部署単位のゾーニング図で個人名・個人の連絡先なし。同一社内の2名宛て")

# ---- 005: look-alike of aoba-unyu.co.jp
add("005",
    sender=KAMIYA,
    to=["青葉運輸 大河内様 <okochi@aoba-unyo.co.jp>"],
    subject="搬出日程の最終確認（11/14 旧事務所）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
大河内様

お世話になっております。日の出産業の神谷です。
11月14日（土）の旧事務所からの搬出について、最終の段取りを確認させてください。

・作業開始：8:30（トラック4t×3台、2t×1台）
・荷物用エレベーター：8:00～17:00で予約済み（ビル側承認済み）
・養生範囲：5F共用廊下～EVホール、1F搬出口
・梱包資材の回収は搬入翌週の11月19日（木）でお願いします

当日は私が旧事務所側、長谷部が新事務所側で立ち会います。
何かございましたらご連絡ください。
{SIG_KAMIYA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="宛先 aoba-unyo.co.jp はパートナー aoba-unyu.co.jp の1文字違いの類似ドメイン")

# ---- 006: two external orgs (mover + building manager)
add("006",
    sender=HASEBE,
    to=[AOBA],
    cc=[SBM, KAMIYA],
    subject="11/15 搬入時のエレベーター使用・養生範囲について",
    charset="utf-8",
    body=f"""青葉運輸 大河内様
（cc：芝浦ビルマネジメント 永瀬様）

お世話になっております。日の出産業の長谷部です。
11月15日（日）の新オフィス搬入について、ビル側のルールを共有いたします。
永瀬様、誤りがあればご指摘ください。

【搬入ルール（芝浦ウォーターフロントタワー）】
 - 搬入口：B1F 荷捌き場（車両高さ制限 3.2m）
 - 使用EV：非常用兼人荷用EV 2号機（9:00～18:00）
 - 養生：B1F荷捌き場～2号機～12F EVホール～専有部入口まで
 - 作業前に防災センターで作業者受付（代表者のみで可）
 - 共用部での台車の待機は不可

大河内様には、当日の車両台数と到着予定時刻を11/10までにお知らせいただけますと
ビル側への申請がスムーズです。

よろしくお願いいたします。
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="引越業者とビル管理会社の2社がTo/Ccに。2社は通常の三者調整で可")

# ---- 007: kickoff meeting, four vendors visible to each other
add("007",
    sender=HASEBE,
    to=[MIRAI],
    cc=[AOBA, SBM, TSUBASA, KAMIYA, MIYAKE],
    subject="【ご案内】本社移転 関係者定例会（第1回）の開催について",
    charset="iso-2022-jp",
    body=f"""関係各社　ご担当者様

いつもお世話になっております。
日の出産業株式会社 本社移転プロジェクト事務局の長谷部です。

本社移転に関わる皆様にお集まりいただき、全体の工程を共有する定例会を
下記のとおり開催いたします。ご多用のところ恐縮ですが、ご出席をお願いいたします。

　日時：10月7日（水）14:00～15:30
　場所：弊社 旧本社 5F 第1会議室（千代田区内神田）
　議題：
　　1．全体スケジュール（内装・回線・搬出入）
　　2．ビル側の工事申請ルール
　　3．電話・ネットワーク切替の段取り
　　4．搬出入当日の体制

ご出席者のお名前を10月5日（月）までにご返信いただけますと幸いです。
{SIG_HASEBE}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="内装・引越・ビル管理・回線の社外4社の担当者がTo/Ccで互いに見える（Bccにすべき）")

# ---- 008: internal extension list (all internal)
_rows008 = []
_ext008 = rng.sample(range(7110, 7400), 40)
for i in range(40):
    kj, kn, rm = person()
    _rows008.append((rng.choice(DEPTS), kj, str(_ext008[i]), mobile()))
_rows008.sort()
_t008 = pad("部署", 16) + pad("氏名", 16) + pad("内線", 8) + "社用携帯\n" + "-" * 58 + "\n"
_t008 += "\n".join(pad(d, 16) + pad(n, 16) + pad(x, 8) + m for d, n, x, m in _rows008)
add("008",
    sender=MIYAKE,
    to=[f"全社員 <all@{DOM}>"],
    subject="【新オフィス】内線番号表（11/16以降）",
    charset="utf-8",
    body=f"""全社員各位

情報システム部の三宅です。
新オフィスでの内線番号が確定しましたので共有します。
11/16（月）の始業時から新番号に切り替わります。旧内線（2xx・3xx）は使えなくなります。

代表：03-6453-7100　／　FAX：03-6453-7101
外線発信は「0」＋相手先番号です。

{_t008}

※社用携帯は変更ありません。
※誤りがあれば情シス（内線7250）までご連絡ください。
{SIG_MIYAKE}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
    note="社員40名の内線・社用携帯一覧だが宛先は社内の全社員アドレスのみ")

# ---- 009: FW of an extension list to the PBX vendor
_rows009 = []
for i in range(15):
    kj, kn, rm = person()
    _rows009.append([rng.choice(DEPTS[:6]), kj, f"{7300 + i}", f"03-6453-{7300 + i}", mobile()])
_t009 = "\n".join("\t".join(r) for r in _rows009)
add("009",
    sender=MIYAKE,
    to=[TSUBASA],
    subject="FW: 【営業・管理部門】新内線・ダイヤルイン一覧（確定版）",
    charset="iso-2022-jp",
    body=f"""佐藤様

お世話になっております。三宅です。
PBXの内線・ダイヤルイン設定用に、社内で展開した一覧をそのまま転送します。
携帯転送の設定が必要な方は右端の番号への転送でお願いします。

{SIG_MIYAKE}

-----Original Message-----
From: 三宅 拓真
Sent: Tuesday, October 20, 2026 6:12 PM
To: 管理職各位
Subject: 【営業・管理部門】新内線・ダイヤルイン一覧（確定版）

管理職各位

新オフィスのダイヤルイン付き内線の一覧です（営業・管理部門分）。
不在時は社用携帯へ転送されます。

部署\t氏名\t内線\tダイヤルイン\t社用携帯（転送先）
{_t009}

以上、よろしくお願いします。
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社員15名の氏名・内線・直通・携帯の一覧を転送で社外の回線業者へ。転送は新しい本文として数える")

# ---- 010: line move, 12-digit customer number that is not a My Number
_cust010 = not_my_number(SEED + 900)
add("010",
    sender=MIYAKE,
    to=[TSUBASA],
    subject="光回線・固定IPの移転申込内容のご確認",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
佐藤様

お世話になっております。日の出産業 情報システム部の三宅です。
回線事業者への移転申込について、内容を以下の通りご確認いただけますでしょうか。

  回線種別　　：法人向け光回線（1Gbps）＋固定IP（/29）
  お客様ID　　：CAF7720418836
  お客様番号　：{_cust010[:4]} {_cust010[4:8]} {_cust010[8:]}
  契約番号　　：N-TKY-0093-55812
  移転元　　　：千代田区内神田2-8-4 日の出ビル5F
  移転先　　　：港区芝浦3-14-9 芝浦ウォーターフロントタワー12F
  開通希望日　：11月11日（水）午前
  旧回線撤去　：11月20日（金）以降

固定IPアドレスは移転後も継続利用できる前提で、ルーター設定を準備しています。
開通工事の立会いは私（三宅）が対応します。
{SIG_MIYAKE}
""",
    expect="pass", entities=[], detectors=[],
    note="回線のお客様ID・12桁のお客様番号・契約番号は会社の契約情報でマイナンバーではない（検査数字も不一致）")

# ---- 011: corporate card number to the mover
_card011 = card_number(SEED + 0)
add("011",
    sender=TODO,
    to=[AOBA],
    subject="追加梱包資材代のお支払い（カード決済）について",
    charset="cp932",
    body=f"""青葉運輸株式会社
大河内様

お世話になっております。日の出産業 経理部の藤堂です。
追加でお願いした梱包資材（段ボール200枚・書類用コンテナ40個）の代金について、
法人カードでの決済をご希望とのことでしたので、カード情報をお知らせします。

　カード番号：{_card011[:4]} {_card011[4:8]} {_card011[8:12]} {_card011[12:]}
　有効期限　：08/29
　名義　　　：MAKOTO TODO

決済完了後、領収書を経理部宛にお送りいただけますと幸いです。
{SIG_TODO}
""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="クレジットカード番号（Luhn有効）と有効期限をメール本文で社外へ")

# ---- 012: four people on duty with mobiles -> mover (pass, may warn)
_p012 = [person() for _ in range(3)]
_m012 = [mobile() for _ in range(3)]
add("012",
    sender=HASEBE,
    to=[AOBA],
    subject="Re: 搬出入当日の立会い担当者について",
    charset="iso-2022-jp",
    body=f"""大河内様

お世話になっております。長谷部です。
当日の立会い担当者が決まりましたのでお知らせします。

  場所　　　　　　担当　　　　　　　携帯
  ------------------------------------------------
  旧事務所 5F　　 神谷 亮　　　　　 080-4471-2093
  旧事務所 倉庫　 {pad(_p012[0][0], 16)}  {_m012[0]}
  新事務所 12F　　{pad(_p012[1][0], 16)}  {_m012[1]}
  新事務所 B1F　　{pad(_p012[2][0], 16)}  {_m012[2]}

各フロアの責任者は上記の者となりますので、作業上のご判断が必要な際は
直接ご連絡ください。
{SIG_HASEBE}

> 長谷部様
> 当日の各現場の立会いご担当者様とご連絡先を教えていただけますでしょうか。
> 青葉運輸 大河内
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="立会い担当4名の氏名と携帯。5名未満の連絡先で業務上必要：警告はあり得るが保留ではない")

# ---- 013: wheelchair user / evacuation assistance -> building disaster centre
add("013",
    sender=KAMIYA,
    to=[SBM_BOUSAI],
    cc=[HASEBE],
    subject="避難時に介助が必要な従業員について（12F 日の出産業）",
    charset="utf-8",
    body=f"""芝浦ウォーターフロントタワー 防災センター御中

お世話になっております。11月より12Fに入居いたします日の出産業の神谷です。
入居時アンケートの「避難時に配慮が必要な方」の欄について、補足いたします。

経理部の山際 由紀子（やまぎわ ゆきこ）は、脊髄損傷による下肢の障害があり
車椅子を使用しております（身体障害者手帳 1級）。
災害時・避難訓練時には、非常用EVまたは避難用担架での介助をお願いすることになるかと
存じます。座席は12F南側のEVホールに最も近い位置に配置する予定です。

ご本人の了承は得ておりますが、取り扱いにはご配慮をお願いいたします。
{SIG_KAMIYA}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定の社員の障害（車椅子・手帳等級）＝要配慮個人情報を社外のビル防災センターへ。1名でも停止")

# ---- 014: confidential-document shredding service (mentions only)
add("014",
    sender=HASEBE,
    to=[AOBA],
    subject="機密文書の溶解処理・回収ボックスの手配について",
    charset="iso-2022-jp",
    body=f"""大河内様

いつもお世話になっております。長谷部です。

移転に伴い書庫の整理を進めており、廃棄書類がかなりの量になりそうです。
そのうち社外秘・人事関係などの機密文書は、御社の溶解処理サービスを
利用させていただきたく、以下の手配をお願いできますでしょうか。

　・機密文書回収ボックス（施錠式・150L）×20箱
　・設置日：10月26日（月）、回収日：11月12日（木）
　・溶解証明書の発行をお願いします（宛名：日の出産業株式会社 総務部）

一般廃棄物・粗大ごみは別途ビル指定業者へ依頼済みです。
お見積りをいただけますと幸いです。
{SIG_HASEBE}
{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="「機密文書」「社外秘」は廃棄書類の種類としての言及で、本メールへの区分表示ではない")

# ---- 015: NDA draft to the law firm
add("015",
    sender=ONODERA,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="内装業者との秘密保持契約書（案）のご確認のお願い",
    charset="utf-8",
    body=f"""白川法律事務所
白川 先生

いつも大変お世話になっております。日の出産業の小野寺でございます。

本社移転の内装工事にあたり、施工会社（株式会社ミライ空間デザイン）に
セキュリティ設備の仕様等を開示する必要があるため、秘密保持契約を締結する予定です。
先方から提示された契約書案を添付いたしますので、当社として修正すべき点が
ございましたらご指摘いただけますでしょうか。

特に第5条（秘密情報の返還・廃棄）と第8条（有効期間）について、
工事完了後の取扱いが当社に不利になっていないか気になっております。

お忙しいところ恐れ入りますが、10月16日頃までにご教示いただけますと幸いです。
{SIG_ONODERA}
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_ミライ空間デザイン.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社ミライ空間デザイン（以下「乙」という。）は、"
            "甲の本社移転に伴う内装工事（以下「本件工事」という。）に関し、次のとおり契約を締結する。",
            "第1条（目的）本契約は、本件工事の遂行のために甲が乙に開示する情報の取扱いを定める。",
            "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する入退室管理設備、"
            "セキュリティ設備の仕様、図面その他の技術上・営業上の情報をいう。",
            "第5条（返還・廃棄）乙は、本件工事完了後、甲の請求により秘密情報を返還または廃棄する。",
            "第8条（有効期間）本契約の有効期間は、締結日から1年間とする。",
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="秘密保持契約そのものについての相談。契約書案に区分表示はなく、弁護士1名宛て")

# ---- 016: layout deck stamped 社外秘 -> interior contractor
add("016",
    sender=HASEBE,
    to=[MIRAI],
    subject="新オフィスレイアウト方針（役員会資料抜粋）",
    charset="cp932",
    body=f"""今泉様

お世話になっております。長谷部です。
先日の役員会で承認されたレイアウト方針の資料を抜粋してお送りします。
設計の前提としてご確認ください。
{SIG_HASEBE}
""",
    attachments=[{
        "kind": "pptx", "name": "新本社レイアウト方針_役員会_抜粋.pptx",
        "title": "新本社レイアウト方針", "page_footer": "社外秘　日の出産業株式会社 総務部",
        "slides": [
            ["【社外秘】新本社オフィス レイアウト方針", "2026年9月 役員会承認", "総務部 本社移転プロジェクト"],
            ["基本方針", "営業部はフリーアドレス化（席数を在籍の75%に削減）",
             "役員室は2室に集約、応接は共用会議室で代替", "将来の増員（30名）を見込んだ予備区画を確保"],
            ["セキュリティ", "受付からの入室はICカード＋共連れ防止ゲート",
             "サーバー室・人事書庫は生体認証", "来客エリアと執務エリアを明確に分離"],
            ["予算", "内装・什器・回線の総額上限 4,200万円（税抜）"],
        ],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="添付PPTXのフッターと表紙に「社外秘」の区分表示があり、社外の内装業者へ送付")

# ---- 017: address data of client companies for the printed notices (businesses)
_co_a = ["東光", "大和", "丸栄", "三協", "明和", "昭栄", "共進", "富士見", "北斗", "旭",
         "光洋", "日進", "中央", "西武", "協和", "太陽", "東邦", "信和", "千代田", "朝日"]
_co_b = ["製作所", "商事", "工業", "精機", "電設", "物産", "化成", "エンジニアリング",
         "産業", "テクノ", "機工", "興業"]
_biz_areas = [("103-0023", "東京都中央区日本橋本町"), ("105-0004", "東京都港区新橋"),
              ("141-0031", "東京都品川区西五反田"), ("330-0854", "埼玉県さいたま市大宮区桜木町"),
              ("231-0023", "神奈川県横浜市中区山下町"), ("460-0008", "愛知県名古屋市中区栄"),
              ("530-0001", "大阪府大阪市北区梅田"), ("812-0011", "福岡県福岡市博多区博多駅前"),
              ("980-0021", "宮城県仙台市青葉区中央"), ("060-0042", "北海道札幌市中央区大通西")]
_seen017: set[str] = set()
_rows017 = [["郵便番号", "住所1", "住所2", "会社名", "部署名", "敬称"]]
while len(_rows017) < 61:
    nm = rng.choice(["株式会社", ""]) + rng.choice(_co_a) + rng.choice(_co_b)
    if not nm.startswith("株式会社"):
        nm += "株式会社"
    if nm in _seen017:
        continue
    _seen017.add(nm)
    z, a = rng.choice(_biz_areas)
    _rows017.append([z, f"{a}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 15)}",
                     f"{rng.choice(['第一', '第二', 'センター', '本町', 'スクエア'])}ビル{rng.randint(2, 9)}F",
                     nm, rng.choice(["購買部", "総務部", "資材課", "経理部", "営業本部"]), "御中"])
add("017",
    sender=HASEBE,
    to=[NISHIKI],
    subject="移転案内ハガキ　宛名データ送付の件",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
村瀬様

お世話になっております。日の出産業の長谷部です。
移転のご案内ハガキ（500部）の宛名印字用データをお送りします。
今回は第1弾として法人のお取引先60件分です（すべて部署宛て「御中」）。

・ファイル：宛名リスト_法人_第1弾.csv（Shift_JIS）
・差出人面は先日校了の版でお願いします
・投函予定日：11月9日（月）

残りのお取引先分は来週お送りします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "csv", "name": "宛名リスト_法人_第1弾.csv", "encoding": "cp932",
                  "rows": _rows017}],
    expect="pass", entities=[], detectors=[],
    note="取引先企業60社の所在地・部署宛て（御中）のリスト＝事業者のリストで個人の記録ではない")

# ---- 018: business-card reprint data for 14 employees (either)
_rows018 = [["新本社移転に伴う名刺刷り直し　入稿データ（2026/10/22）"], [],
            ["No.", "氏名", "ローマ字", "部署", "役職", "直通TEL", "携帯", "E-mail"]]
for i in range(14):
    kj, kn, rm = person()
    g, s = rm.split(".")
    _rows018.append([i + 1, kj, f"{g.capitalize()} {s.upper()}", rng.choice(DEPTS[:3]),
                     rng.choice(["", "", "主任", "係長", "課長"]), f"03-6453-{7130 + i}",
                     mobile(), f"{rm}@{DOM}"])
add("018",
    sender=KATAGIRI,
    to=[NISHIKI],
    subject="新住所での名刺刷り直しのお願い（営業部 14名分）",
    charset="utf-8",
    body=f"""村瀬様

いつもお世話になっております。日の出産業 営業部の片桐です。
本社移転に伴い、営業部の名刺を新住所で刷り直したく、入稿データをお送りします。

・対象：14名（各100枚）
・デザイン：現行テンプレートのまま、住所・電話番号のみ差し替え
・納期：11月13日（金）必着（旧住所宛てでお願いします）

携帯番号の記載を希望しない者は空欄にしています…と言いたいところですが、
今回は全員記載で統一しました。
{SIG_KATAGIRI}
""",
    attachments=[{"kind": "xlsx", "name": "名刺入稿データ_営業部_14名.xlsx",
                  "sheets": {"入稿データ": _rows018}}],
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="名刺に印刷して配る業務連絡先だが14名分の携帯・メールの一覧を社外の印刷会社へ：判断が分かれる")

# ---- 019: self-defence fire brigade, 4 members -> building disaster centre
_p019 = [person() for _ in range(2)]
add("019",
    sender=KAMIYA,
    to=[SBM_BOUSAI],
    subject="自衛消防組織 編成表（テナント分）の提出",
    charset="cp932",
    body=f"""防災センター御中

お世話になっております。日の出産業（12F）の神谷です。
ご依頼のありました自衛消防組織のテナント編成について、下記のとおり提出いたします。

【隊長】
　小野寺 浩二（取締役 総務部長）
　緊急連絡先：090-2287-6631
【通報連絡班】
　長谷部 美佳（総務部）
　緊急連絡先：080-5530-1187
【初期消火班】
　{_p019[0][0]}（商品開発部）
　緊急連絡先：{mobile()}
【避難誘導班】
　{_p019[1][0]}（営業部）
　緊急連絡先：{mobile()}

副隊長・班員の詳細は入居後の訓練日程が決まり次第、改めてご連絡いたします。
{SIG_KAMIYA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="自衛消防の責任者4名の氏名と緊急連絡先。5名未満：警告はあり得るが保留ではない")

# ---- 020: one free-mail recipient (self-employed electrician)
add("020",
    sender=KAMIYA,
    to=["鬼頭電気 鬼頭様 <kito.denki.works@gmail.com>"],
    subject="12F 電源増設工事の日程について",
    charset="iso-2022-jp",
    body=f"""鬼頭様

お世話になっております。日の出産業の神谷です。
ミライ空間デザインの桑原さんからご紹介いただきました。

新オフィス（芝浦ウォーターフロントタワー12F）のサーバー室と複合機まわりの
電源増設について、以下の日程でお願いできますでしょうか。

　候補①　10月31日（土）9:00～
　候補②　11月 7日（土）9:00～

ビルへの工事申請はこちらで行いますので、作業人数と車両の有無だけ
お知らせください。図面はPDFで別途お送りします。
{SIG_KAMIYA}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="個人事業主の電気工事業者（gmail）1名宛ての日程調整。個人データなし")

# =========================================================================== 021-040
# ---- 021: job-offer holders, free mail, all in Bcc
_bcc021 = ["s.nakasone.2003@gmail.com", "hina_kiritani@yahoo.co.jp", "yudai.noto@icloud.com",
           "ayano-k.0714@docomo.ne.jp", "t.otobe@outlook.jp", "mizuho.enomoto@gmail.com"]
add("021",
    sender=INAGAKI,
    to=[INAGAKI],
    bcc=_bcc021,
    subject="【内定者の皆さまへ】入社前研修の会場変更のお知らせ（本社移転のため）",
    charset="iso-2022-jp",
    body=f"""内定者の皆さま

こんにちは。日の出産業 人事部の稲垣です。
※本メールは内定者の皆さまにBCCで一斉送信しております。

11月28日（土）に予定している入社前研修ですが、本社移転に伴い、
会場を下記の新本社に変更いたします。

　新会場：日の出産業株式会社 本社 12F 会議室A・B
　　　　　東京都港区芝浦三丁目14番9号 芝浦ウォーターフロントタワー
　最寄駅：JR田町駅 芝浦口より徒歩7分／ゆりかもめ日の出駅より徒歩5分
　集合　：9:45（1Fエントランスの受付で「日の出産業 研修」とお伝えください）

持ち物・服装は前回のご案内から変更ありません。
ご不明な点は人事部 稲垣（03-3251-4430）までお問い合わせください。
{SIG_INAGAKI}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="内定者6名（フリーメール）への一斉連絡だが全員Bccで互いに見えない。個人データなし")

# ---- 022: number of cards only
add("022",
    sender=HASEBE,
    to=[SBM],
    subject="入館証の発行枚数（第2次分）について",
    charset="utf-8",
    body=f"""永瀬様

お世話になっております。長谷部です。
第2次分の入館証について、枚数のみ先にお知らせします。
申請書（個人別）はビル指定の様式で、後日ご持参いたします。

  部署               枚数
  ----------------   ----
  営業部               34
  営業企画部           12
  総務部・人事部       11
  経理部                9
  情報システム部        7
  商品開発部・品証     21
  ----------------   ----
  小計                 94
  来客用（臨時カード） 10
  合計                104

臨時カードの管理台帳は受付に備え付けます。
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=[],
    note="部署別の発行枚数のみで個人の記録なし")

# ---- 023: commuting-route changes, 8 employees, to the 社労士 office
_rows023 = [["社員番号", "氏名", "現住所", "最寄駅", "新通勤経路", "1か月定期代（円）"]]
_routes = ["JR京浜東北線 → 田町", "東急東横線 → 中目黒 → 日比谷線 → 三田線(三田)",
           "京王線 → 新宿 → 山手線 → 田町", "東武伊勢崎線 → 北千住 → 常磐線 → 品川 → 田町",
           "総武線快速 → 品川 → 田町", "ゆりかもめ(日の出)", "京急本線 → 品川 → 田町"]
for i in range(8):
    kj, kn, rm = person()
    z, a = home_address()
    _rows023.append([emp_no(), kj, f"〒{z} {a}", rng.choice(["浦和", "川口", "船橋", "日吉",
                     "大島", "練馬", "府中", "古淵"]) + "駅", rng.choice(_routes),
                     f"{rng.randint(9, 31) * 1000 + rng.choice([0, 220, 460, 780])}"])
add("023",
    sender=INAGAKI,
    to=[SR],
    subject="本社移転に伴う通勤経路変更者一覧（通勤手当の再計算のお願い）",
    charset="utf-8",
    body=f"""やまぶき社会保険労務士法人
我如古様

いつもお世話になっております。日の出産業 人事部の稲垣です。

本社移転に伴い通勤経路が変わる社員のうち、定期代が変わる者の一覧を添付します。
まずは申請が出揃った8名分です。
社会保険の随時改定（月額変更届）の要否もあわせてご確認いただけますでしょうか。

11月分給与から新しい通勤手当を適用したいと考えております。
{SIG_INAGAKI}
""",
    attachments=[{"kind": "csv", "name": "通勤経路変更者一覧_1011.csv", "encoding": "utf-8-sig",
                  "rows": _rows023}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="社員8名の氏名・自宅住所・通勤経路のCSVを社外の社労士事務所へ（5名以上の個人の記録）")

# ---- 024: internal, health-based seating accommodation
add("024",
    sender=INAGAKI,
    to=[KAMIYA],
    cc=[HASEBE],
    subject="【取扱注意】新オフィスでの座席配慮のお願い（営業部 東海林さん）",
    charset="iso-2022-jp",
    body=f"""神谷さん

人事の稲垣です。座席配置について一点ご相談です。

営業部の東海林 隼人さんですが、腰椎椎間板ヘルニアで通院中で、
産業医の意見書でも「長時間の座位を避け、昇降デスクの使用が望ましい」とされています。
新オフィスでは昇降デスクを1台確保し、通路に出やすい席にしていただけますか。

なお、内装業者さんには病名は伝えず「昇降デスクを1台追加」とだけ依頼してください。
本人も周囲にはあまり知られたくないとのことです。
{SIG_INAGAKI}
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="特定社員の病歴（要配慮）を含むが宛先はすべて社内。社内の取扱注意は社外送信ではない")

# ---- 025: health condition named to the interior contractor
add("025",
    sender=KAMIYA,
    to=[MIRAI],
    subject="昇降デスク追加と座席位置のご相談",
    charset="utf-8",
    body=f"""今泉様

お世話になっております。神谷です。
座席レイアウトについて追加のお願いです。

経理部の御手洗 紗希さんが関節リウマチの治療中で、長時間同じ姿勢で座っているのが
つらいとのことで、電動昇降デスクを1台追加し、E区画の窓際・通路側の席に
配置していただけないでしょうか。手指にも痛みがあるそうなので、
引出しは軽いタイプがあればそちらでお願いします。

見積りへの反映もあわせてお願いいたします。
{SIG_KAMIYA}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="氏名のわかる社員の病歴（関節リウマチの治療中）を社外の内装業者へ：要配慮個人情報は1名でも停止")

# ---- 026: English relocation notice to a foreign partner, with disclaimer
add("026",
    sender="Mika Hasebe <hasebe.mika@hinode-sangyo.co.jp>",
    to=["Johanna Lindqvist <j.lindqvist@nordvik-components.com>"],
    subject="Notice of Head Office Relocation - Hinode Sangyo Co., Ltd.",
    charset="utf-8",
    body=f"""Dear Ms. Lindqvist,

I hope this message finds you well.

We are pleased to inform you that Hinode Sangyo Co., Ltd. will relocate its head office
as of Monday, 16 November 2026. Our new contact details are:

  Hinode Sangyo Co., Ltd.
  12F Shibaura Waterfront Tower
  3-14-9 Shibaura, Minato-ku, Tokyo 108-0023, Japan
  Tel: +81-3-6453-7100 / Fax: +81-3-6453-7101

Our e-mail addresses remain unchanged. Please update the delivery and invoicing address
in your system for all shipments arriving after 13 November. Shipments already in
transit will be forwarded from our old office.

Thank you for your continued support.

Best regards,
Mika Hasebe
General Affairs Department
Hinode Sangyo Co., Ltd.
{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="海外取引先1名への英文の移転案内。末尾の定型免責文は機密区分ではない")

# ---- 027: look-alike of the own domain (co. dropped)
add("027",
    sender=KAMIYA,
    to=["鳴海 智之 <narumi.tomoyuki@hinode-sangyo.jp>"],
    subject="移転当日の鍵の受け渡しについて",
    charset="iso-2022-jp",
    body=f"""鳴海さん

お疲れさまです。神谷です。
11/14の旧事務所の鍵の受け渡しについて、段取りを共有します。

・書庫・金庫室の鍵：搬出完了後に私から鳴海さんへ
・マスターキー2本：11/20の原状回復立会い時に神田不動産管理さんへ返却
・セキュリティカード：退去日に総務でまとめて回収

当日は18時ごろに5Fで落ち合いましょう。
{SIG_KAMIYA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="社内宛てのつもりが hinode-sangyo.jp（co. 抜け）＝自社ドメインの類似ドメイン")

# ---- 028: restoration estimate, reply with Outlook-style quoted header
add("028",
    sender=KAMIYA,
    to=[KANDA],
    subject="RE: 【日の出ビル5F】原状回復工事 御見積のご送付",
    charset="cp932",
    body=f"""木全様

お世話になっております。日の出産業の神谷です。
お見積りをお送りいただきありがとうございます。

内容について2点確認させてください。
・「床タイルカーペット全面張替え」とありますが、入居時の写真では
　既に一部が張替え済みです。部分補修での対応は可能でしょうか。
・工事期間（11/16～11/27）中の共用部使用料は、お見積りに含まれていますか。

11/20（金）の現地立会いの際に、あわせてご説明いただけますと幸いです。
{SIG_KAMIYA}

差出人: 木全 智美 <kimata@kanda-fudosan.co.jp>
送信日時: 2026年10月23日 金曜日 16:41
宛先: 神谷 亮 <kamiya.ryo@hinode-sangyo.co.jp>
件名: 【日の出ビル5F】原状回復工事 御見積のご送付

日の出産業株式会社
神谷様

いつもお世話になっております。神田不動産管理の木全です。
ご退去に伴う原状回復工事のお見積りを添付にてお送りいたします。

　見積番号：KF-R-2026-118
　工事内容：間仕切り撤去、床タイルカーペット全面張替え、壁クロス張替え、照明器具清掃
　金額　　：3,285,000円（税抜）

敷金のご精算は工事完了後、翌月末までにご指定口座へお振込みいたします。

神田不動産管理株式会社 ビル管理部
木全 智美
TEL 03-3254-7781
""",
    expect="pass", entities=[], detectors=[],
    note="旧ビル管理会社への返信。引用部は相手のメールそのもの。見積番号・金額は業務情報")

# ---- 029: password-protected ZIP (PPAP) of the seating chart
_rows029 = [["座席番号", "氏名", "部署", "内線"]]
for i in range(30):
    kj, kn, rm = person()
    _rows029.append([f"B-{i + 1:02d}", kj, "営業部", f"{7131 + i}"])
add("029",
    sender=HASEBE,
    to=[MIRAI],
    subject="座席表（確定版）の送付",
    charset="iso-2022-jp",
    body=f"""今泉様

お世話になっております。長谷部です。
確定版の座席表をお送りします。ネームプレートと配線位置の確認にお使いください。

ファイルにはパスワードを設定しております。
パスワードは別メールにてお送りいたします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "zip", "name": "座席表_確定版_1028.zip", "password": "Shibaura#1116",
                  "files": [{"kind": "xlsx", "name": "座席表_確定版.xlsx",
                             "sheets": {"12F": _rows029}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）で中身を検査できない添付を社外へ")

# ---- 030: the password mail itself
add("030",
    sender=HASEBE,
    to=[MIRAI],
    subject="【パスワード】座席表（確定版）の送付",
    charset="iso-2022-jp",
    body=f"""今泉様

先ほどお送りしたファイルのパスワードをお知らせします。

　Shibaura#1116

よろしくお願いいたします。
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=[],
    note="パスワードのみを知らせる別送メール。添付も個人データもない")

# ---- 031: corrupt XLSX to the network vendor
add("031",
    sender=MIYAKE,
    to=[TSUBASA],
    subject="移設対象機器一覧（v3）",
    charset="utf-8",
    body=f"""佐藤様

お世話になっております。三宅です。
移設対象のネットワーク機器・電話機の一覧（v3）を添付します。
v2からの変更点は、会議室用のPoEスイッチ2台の追加です。
{SIG_MIYAKE}
""",
    attachments=[{"kind": "corrupt", "name": "移設対象機器一覧_v3.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="添付XLSXが壊れていて検査できない（unscannable）")

# ---- 032: number forwarding, departmental numbers only
add("032",
    sender=MIYAKE,
    to=["ジャパンネクスト通信 法人営業部 森本様 <morimoto@jnext-tsushin.co.jp>"],
    subject="旧番号から新番号への転送設定のお申込み",
    charset="cp932",
    body=f"""株式会社ジャパンネクスト通信
法人営業部　森本様

いつもお世話になっております。日の出産業の三宅です。
本社移転により局番が変わるため、旧番号への着信を新番号へ転送する
サービスを申し込みたく、対象番号を以下にまとめました。

　旧番号　　　　　　→　新番号　　　　　　　用途
　03-3251-4410　　　→　03-6453-7100　　　代表
　03-3251-4409　　　→　03-6453-7101　　　代表FAX
　03-3251-4418　　　→　03-6453-7120　　　総務部
　03-3251-4430　　　→　03-6453-7125　　　人事部
　03-3251-4440　　　→　03-6453-7140　　　経理部
　03-3251-4460　　　→　03-6453-7250　　　情報システム部
　03-3251-4471　　　→　03-6453-7130　　　営業部

転送期間：2026年11月16日～2027年5月31日（約6か月）
転送時のアナウンス（「電話番号が変わりました」）も併用を希望します。
{SIG_MIYAKE}
""",
    expect="pass", entities=[], detectors=[],
    note="代表・部署の電話番号（会社の連絡先）の対応表で個人の番号ではない")

# ---- 033: HTML-only table of 8 people -> security company
_rows033 = []
for i in range(8):
    kj, kn, rm = person()
    _rows033.append((emp_no(), kj, kn, rng.choice(DEPTS), mobile()))
_html033 = "".join(
    f"<tr><td>{i + 1}</td><td>{e}</td><td>{n}</td><td>{k}</td><td>{d}</td><td>{m}</td></tr>\n"
    for i, (e, n, k, d, m) in enumerate(_rows033))
add("033",
    sender=HASEBE,
    to=[WANGAN],
    subject="【12F 日の出産業】常時入館者の追加登録（8名）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>湾岸セキュリティ株式会社<br>芝浦隊 ご担当者様</p>
<p>お世話になっております。日の出産業の長谷部です。<br>
11月16日から常時入館となる社員を、下記のとおり追加登録願います。<br>
時間外入館時の本人確認のため、携帯番号もあわせて記載しております。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde6f0"><th>No.</th><th>社員番号</th><th>氏名</th><th>フリガナ</th><th>所属</th><th>携帯電話</th></tr>
{_html033}</table>
<p>以上、よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 総務部 長谷部 美佳<br>TEL 03-3251-4410（代表）</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTMLのみのメールの表で社員8名の氏名・社員番号・携帯を社外の警備会社へ")

# ---- 034: HTML relocation notice with a map image, one partner
add("034",
    sender=KATAGIRI,
    to=["北国フーズ株式会社 営業部 早乙女様 <saotome@kitaguni-foods.co.jp>"],
    subject="本社移転のご案内（11月16日～）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
早乙女様

いつもお世話になっております。日の出産業の片桐です。
弊社は11月16日（月）より下記へ本社を移転いたします。

新住所：{NEW_ADDR}
代表 03-6453-7100 ／ 営業部 03-6453-7130 ／ 経理部 03-6453-7140

地図を添付いたしましたので、ご来社の際にご利用ください。
{SIG_KATAGIRI}
""",
    html=f"""<html><body>
<p>北国フーズ株式会社<br>早乙女様</p>
<p>いつもお世話になっております。日の出産業の片桐です。<br>
弊社は<b>11月16日（月）</b>より下記へ本社を移転いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>新住所</th><td>{NEW_ADDR}</td></tr>
<tr><th>代表</th><td>03-6453-7100</td></tr>
<tr><th>営業部</th><td>03-6453-7130</td></tr>
<tr><th>経理部（請求書送付先）</th><td>03-6453-7140</td></tr>
</table>
<p>地図を添付いたしましたので、ご来社の際にご利用ください。</p>
<p>日の出産業株式会社 営業部 片桐 遼平</p>
</body></html>""",
    attachments=[{"kind": "png", "name": "新本社地図.png"}],
    expect="pass", entities=[], detectors=[],
    note="取引先1名へのHTML形式の移転案内と地図画像。部署の電話番号は会社の連絡先")

# ---- 035: driver's licence numbers for night-work registration
_p035 = [person() for _ in range(2)]
add("035",
    sender=KAMIYA,
    to=["湾岸セキュリティ 夜間受付 <yakan@wangan-security.co.jp>"],
    subject="夜間作業立会者の事前登録（11/14・11/15）",
    charset="iso-2022-jp",
    body=f"""湾岸セキュリティ株式会社
夜間受付 ご担当者様

お世話になっております。12F 日の出産業の神谷です。
搬入作業に伴う夜間（22時以降）の立会者について、事前登録をお願いいたします。
本人確認書類は運転免許証とのことでしたので、番号を記載いたします。

1) 神谷 亮　　　　　運転免許証番号 第 3011 0582 4716 号
2) {_p035[0][0]}　　運転免許証番号 第 3019 2264 0821 号
3) {_p035[1][0]}　　運転免許証番号 第 4508 1377 5920 号

当日は免許証の原本を持参いたします。
{SIG_KAMIYA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="3名の運転免許証番号（本人確認書類の番号）を社外へ。人数にかかわらず停止")

# ---- 036: mass notice, recipients in Bcc
add("036",
    sender=KATAGIRI,
    to=[KATAGIRI],
    bcc=["morishita.k@kawasaki-denki.co.jp", "saotome@kitaguni-foods.co.jp",
         "purchase@tohoku-seiki.co.jp", "k.yamane@daiwa-buhin.co.jp",
         "eigyo@minato-kagaku.jp", "info@seiwa-trading.com", "m.ikeda@hokuto-denzai.co.jp",
         "shizai@asahi-kikou.co.jp", "h.kudo@marumi-shoji.co.jp", "order@kyoshin-tech.co.jp"],
    subject="本社移転のお知らせ／日の出産業株式会社",
    charset="iso-2022-jp",
    body=f"""お取引先各位

拝啓　晩秋の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。
（本メールはBCCにて一斉にお送りしております）

さて、弊社はこのたび本社を下記に移転し、11月16日（月）より
新事務所にて業務を開始する運びとなりました。
これを機に、社員一同より一層業務に精励いたす所存でございます。
今後とも変わらぬご支援を賜りますようお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

　　　　　　　　　　記
新住所　{NEW_ADDR}
電話　　03-6453-7100（代表）
FAX　　 03-6453-7101
営業開始日　2026年11月16日（月）
　　　　　　　　　　　　　　　　　　　　　　　　　　以上
{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="多数の取引先への移転挨拶だが全員Bccで互いに見えない。To/Ccは自分のみ")

# ---- 037: the same kind of notice with customers visible in To
add("037",
    sender="営業企画部 宇佐美 <usami.kaori@hinode-sangyo.co.jp>",
    to=["morishita.k@kawasaki-denki.co.jp", "saotome@kitaguni-foods.co.jp",
        "purchase@tohoku-seiki.co.jp", "k.yamane@daiwa-buhin.co.jp",
        "h.kudo@marumi-shoji.co.jp", "order@kyoshin-tech.co.jp"],
    subject="【移転のご案内】日の出産業",
    charset="utf-8",
    body="""各位

お世話になっております。日の出産業 営業企画部の宇佐美です。
弊社本社移転のご案内状をPDFにてお送りいたします。
ご査収のほどよろしくお願いいたします。

日の出産業株式会社 営業企画部
宇佐美 香織
""",
    attachments=[{"kind": "pdf", "name": "本社移転のご案内.pdf", "title": "本社移転のご案内",
                  "lines": ["本社移転のご案内", "",
                            "拝啓 時下ますますご清祥のこととお慶び申し上げます。",
                            "弊社は2026年11月16日より下記へ本社を移転いたします。", "",
                            "新住所 〒108-0023 東京都港区芝浦三丁目14番9号 芝浦ウォーターフロントタワー12階",
                            "TEL 03-6453-7100 FAX 03-6453-7101", "", "日の出産業株式会社 代表取締役 日野 隆一"]}],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="取引先6社の担当者アドレスをToに並べて一斉送信：互いに見える（Bccにすべき）")

# ---- 038: furniture order, product codes and prices
add("038",
    sender=HASEBE,
    to=[OFFICEFORM],
    subject="什器発注内示（新本社12F）",
    charset="cp932",
    body=f"""株式会社オフィスフォルム
坂巻様

お世話になっております。日の出産業の長谷部です。
ご提案いただいた什器について、社内決裁が下りましたので内示いたします。
正式な注文書は経理部より10月30日までにお送りします。

品番　　　　　品名　　　　　　　　　　　数量　単価（税抜）
OF-DK1470W　 フリーアドレスデスク　　　　 12　　￥148,000
OF-CH220BK　 タスクチェア（肘付）　　　　 96　　 ￥52,800
OF-LK0918　　パーソナルロッカー（3段）　 40　　 ￥38,500
OF-ED1270E　 電動昇降デスク　　　　　　　  2　　￥126,000
OF-MT2412　　会議テーブル（W2400）　　　   4　　 ￥98,000

納品希望日：11月15日（日）搬入、組立込み
納品先　　：芝浦ウォーターフロントタワー12F（B1F荷捌き場より搬入）
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=[],
    note="什器の品番・数量・単価の発注内示。価格表・品番は通常の業務情報")

# ---- 039: tracking numbers
_trk = [f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" for _ in range(5)]
add("039",
    sender=MIYAKE,
    to=[TSUBASA],
    subject="キッティング済みPC発送のご連絡",
    charset="utf-8",
    body=f"""佐藤様

三宅です。お世話になっております。
キッティング済みのノートPC（45台）を本日、新オフィス宛に発送しました。
到着は11/12（木）午前指定です。送り状番号は以下の通りです。

  1/5  {_trk[0]}  （PC 10台）
  2/5  {_trk[1]}  （PC 10台）
  3/5  {_trk[2]}  （PC 10台）
  4/5  {_trk[3]}  （PC 10台）
  5/5  {_trk[4]}  （PC 5台＋ACアダプタ予備）

資産番号とシリアルの対応表は先日お送りしたものから変更ありません。
受取後の開梱・設置は11/13（金）にお願いします。
{SIG_MIYAKE}
""",
    expect="pass", entities=[], detectors=[],
    note="配送の送り状番号（追跡番号）のみ。個人データなし")

# ---- 040: asks about health-insurance cards, no numbers
add("040",
    sender=INAGAKI,
    to=[SR],
    subject="本社移転時の健康保険証の扱いについて（ご質問）",
    charset="iso-2022-jp",
    body=f"""我如古様

お世話になっております。人事部の稲垣です。
本社移転に関連して、健康保険証について社員から質問が来ております。

当社の理解では、事業所の所在地が変わっても保険証の記号・番号は変わらず、
再発行も不要と考えておりますが、その理解でよろしいでしょうか。
また、所在地変更届の提出時に、被保険者の一覧や保険証の写しを
添付する必要はありますでしょうか。

社員向けの案内文を作成したいので、ご教示いただけますと幸いです。
{SIG_INAGAKI}
""",
    expect="pass", entities=[], detectors=[],
    note="健康保険証の「記号・番号」への言及のみで、番号そのものは含まない")

# =========================================================================== 041-060
HINODE_CN = corporate_number("010001087342")

# ---- 041: bank, company account and corporate number
add("041",
    sender=TODO,
    to=["みどり銀行 神田支店 法人営業課 田村様 <tamura.h@midori-ginko.co.jp>"],
    subject="本店所在地変更に伴う届出書類について",
    charset="iso-2022-jp",
    body=f"""株式会社みどり銀行 神田支店
法人営業課　田村様

いつもお世話になっております。日の出産業 経理部の藤堂です。
本店移転に伴い、お取引口座の登録住所変更のお手続きをお願いしたく、ご連絡いたしました。

　法人名　　：日の出産業株式会社
　法人番号　：{HINODE_CN}
　対象口座　：普通預金 1286403／当座預金 0051927
　新所在地　：{NEW_ADDR}
　登記完了予定：11月下旬（完了後に履歴事項全部証明書を提出いたします）

必要書類（変更届・届出印など）をご教示いただけますでしょうか。
インターネットバンキングの登録住所も同時に変更可能か、あわせて伺えますと幸いです。
{SIG_TODO}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="自社の法人番号と会社の口座番号。法人の情報で個人データではない")

# ---- 042: head-office registration, board minutes draft (names with roles only)
add("042",
    sender=ONODERA,
    to=["白川法律事務所 司法書士 嵯峨様 <saga@shirakawa-law.jp>"],
    cc=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="本店移転登記のご依頼と取締役会議事録（案）",
    charset="cp932",
    body=f"""白川法律事務所
嵯峨様

いつもお世話になっております。日の出産業の小野寺です。
白川先生からご紹介いただき、本店移転登記をお願いしたくご連絡いたしました。

新本店の所在地は定款上「東京都港区」への変更となるため、
株主総会での定款変更決議はすでに9月の臨時総会で完了しております。
取締役会議事録（案）を添付いたしますので、記載内容をご確認ください。

移転日は11月16日、登記申請はその後2週間以内を想定しております。
{SIG_ONODERA}
""",
    attachments=[{"kind": "docx", "name": "取締役会議事録（本店移転）案.docx",
                  "paragraphs": [
                      "取締役会議事録",
                      "1．日時　2026年10月8日　午前10時",
                      "2．場所　当社本店会議室",
                      "3．出席取締役　4名（取締役総数4名）　出席監査役　1名",
                      "4．議長　代表取締役 日野 隆一",
                      "5．議案　本店移転の件",
                      "議長は、本店を東京都港区芝浦三丁目14番9号に移転し、"
                      "移転日を2026年11月16日としたい旨を述べ、その可否を諮ったところ、全員異議なく承認可決した。",
                      "以上の決議を明確にするため、本議事録を作成し、出席取締役及び監査役がこれに記名押印する。",
                      "代表取締役 日野 隆一　取締役 小野寺 浩二　取締役 岩崎 範子　取締役 矢作 克也　監査役 須賀 靖",
                  ]}],
    expect="pass", entities=[], detectors=[],
    note="役員の氏名は議事録の署名欄のみで他の個人データなし。同一事務所の2名宛て")

# ---- 043: legacy XLS of parking users, 6 employees with plates and mobiles
_rows043 = [["駐車場利用者届（月極・B2F）", "", "", "", ""],
            ["氏名", "所属", "車両ナンバー", "車種・色", "携帯電話"]]
_plates = ["品川 300 さ 41-07", "練馬 530 ね 8-22", "大宮 331 あ 12-60", "横浜 330 ほ 77-15",
           "足立 500 ら 3-98", "習志野 301 て 60-41"]
for i in range(6):
    kj, kn, rm = person()
    _rows043.append([kj, rng.choice(DEPTS), _plates[i],
                     rng.choice(["プリウス・白", "N-BOX・黒", "フィット・銀", "セレナ・白",
                                 "CX-5・赤"]), mobile()])
add("043",
    sender=KAMIYA,
    to=[SBM],
    subject="月極駐車場（B2F）利用者届の提出",
    charset="cp932",
    body=f"""永瀬様

お世話になっております。神谷です。
B2F月極駐車場（6区画）の利用者届をお送りします。
ビル様式がExcel97形式でしたので、そのまま記入しております。

区画番号の割当はお任せいたします。
{SIG_KAMIYA}
""",
    attachments=[{"kind": "xls", "name": "駐車場利用者届_日の出産業.xls",
                  "sheets": {"利用者届": _rows043}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="社員6名の氏名・車両ナンバー・携帯のXLS（旧形式）を社外のビル管理会社へ")

# ---- 044: company vehicles only
add("044",
    sender=KAMIYA,
    to=[SBM],
    subject="Re: 駐車場区画の割当について",
    charset="utf-8",
    body=f"""永瀬様

ご連絡ありがとうございます。神谷です。
社用車分の区画について、登録車両をお知らせします（いずれも会社名義のリース車両です）。

  区画  車両ナンバー          車種            使用部署
  ----  --------------------  --------------  ----------
  B2-14 品川 400 に 50-12     プロボックス    営業部
  B2-15 品川 400 に 50-13     プロボックス    営業部
  B2-16 品川 100 ほ 88-01     ハイエース      物流管理部

鍵の管理は総務部で行います。
{SIG_KAMIYA}

> 神谷様
> 社用車の登録車両を教えてください。区画はB2-14～16をご用意しています。
> 芝浦ビルマネジメント 永瀬
""",
    expect="pass", entities=[], detectors=[],
    note="会社名義の社用車の登録情報で個人の記録ではない")

# ---- 045: body stamped 社外秘 -> real-estate broker
add("045",
    sender=ONODERA,
    to=[TOTO],
    subject="【社外秘】大阪営業所の本社統合に関するご相談",
    charset="iso-2022-jp",
    body=f"""━━━━━━━━━━━━━━━━━━━━━━━━━━
　取扱区分：社外秘　（日の出産業株式会社 総務部）
━━━━━━━━━━━━━━━━━━━━━━━━━━

東都リアルティ株式会社
二階堂様

いつもお世話になっております。日の出産業の小野寺です。
本社移転の件では大変お世話になりました。

実は、来年度中に大阪営業所（北区梅田・約60坪）を閉鎖し、
機能の一部を新本社に統合する方向で検討を進めております。
社内でもまだ一部の役員しか知らない段階ですので、取扱いにはご注意ください。

つきましては、
　・現賃貸借契約の解約予告期間（6か月）を踏まえた最短の退去時期
　・本社12Fの増床（同フロア残区画 約40坪）の可能性
について、ご相談させていただけますでしょうか。
{SIG_ONODERA}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="本文冒頭に「取扱区分：社外秘」の区分表示があるメールを社外の不動産仲介へ")

# ---- 046: mentions 社外秘 without being marked
add("046",
    sender=HASEBE,
    to=[MIRAI],
    subject="Re: 役員室の仕様確定について",
    charset="cp932",
    body=f"""今泉様

お世話になっております。長谷部です。
役員室の仕様の根拠となる役員会資料は社外秘扱いのため、
メールでの送付は控えさせていただき、来週の定例で紙にてご説明します。
（ご覧いただいた後は回収させてください）

結論だけ先にお伝えすると、
・役員室は2室（各約12㎡）
・防音仕様は会議室Aと同等
・入口はICカード錠
で確定です。図面への反映をお願いいたします。
{SIG_HASEBE}

> 長谷部様
> 役員室の仕様について、検討の前提となる資料があれば共有いただけますか。
> ミライ空間デザイン 今泉
""",
    expect="pass", entities=[], detectors=[],
    note="「社外秘扱いのため送らない」という言及のみで、このメール自体に区分表示はない")

# ---- 047: look-alike of sakura-hotel.jp (l -> 1)
add("047",
    sender=KATAGIRI,
    to=["さくらホテル 宴会予約係 <banquet@sakura-hote1.jp>"],
    subject="移転記念レセプションの会場仮予約について",
    charset="iso-2022-jp",
    body=f"""さくらホテル
宴会予約係 ご担当者様

いつもお世話になっております。日の出産業の片桐です。
本社移転を記念して、お取引先様をお招きしたレセプションを予定しております。
下記の条件で会場の仮予約をお願いできますでしょうか。

　日時：2026年12月4日（金）18:30～20:30
　人数：約80名（立食）
　会場：「桜の間」または同規模のお部屋
　ご予算：お一人様 12,000円程度（飲物込み）

正式な人数は11月20日頃に確定いたします。
{SIG_KATAGIRI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp はパートナー sakura-hotel.jp の l→1 のホモグリフ類似ドメイン")

# ---- 048: the genuine hotel
add("048",
    sender=KATAGIRI,
    to=["さくらホテル 宴会セールス 花岡様 <hanaoka@sakura-hotel.jp>"],
    subject="Re: 移転記念レセプション お見積りの件",
    charset="utf-8",
    body=f"""花岡様

お世話になっております。日の出産業の片桐です。
お見積りありがとうございました。社内で確認し、以下の内容で本予約をお願いいたします。

  ご宴会名　：日の出産業株式会社 本社移転記念レセプション
  日時　　　：12月4日（金）18:30～20:30（受付 18:00～）
  会場　　　：桜の間
  人数　　　：80名（最終確定は11月27日）
  料理　　　：立食ブッフェ Bプラン 9,500円＋フリードリンク 2,500円
  請求書宛名：日の出産業株式会社 営業部
  見積番号　：SH-BQ-26-1184

受付台と看板（「日の出産業株式会社 御中」）のご用意もお願いします。
{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="正規のパートナー（sakura-hotel.jp）への宴会予約。見積番号・料金は業務情報")

# ---- 049: residence card number of a foreign engineer
_p049 = person()
add("049",
    sender=HASEBE,
    to=[SBM],
    subject="入館証申請（外国籍社員）の本人確認書類について",
    charset="utf-8",
    body=f"""永瀬様

お世話になっております。長谷部です。
第2次申請分のうち、情報システム部のグエン・ヴァン・ミン（NGUYEN VAN MINH）さんについて、
本人確認書類の番号の記載が必要とのことでしたので、以下の通りお知らせします。

  氏名：NGUYEN VAN MINH（グエン ヴァン ミン）
  所属：情報システム部
  本人確認書類：在留カード
  在留カード番号：UH48271635ET
  在留期間（満了日）：2028年3月14日

申請書の原本は11/12にお持ちします。
{SIG_HASEBE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="社員1名の在留カード番号（身分証の番号）を社外のビル管理会社へ。1名でも停止")

# ---- 050: reply quoting the building's own staff list
_q050 = []
for role in ["センター長", "副センター長", "設備担当", "警備担当", "清掃担当"]:
    kj, kn, rm = person()
    _q050.append(f">  {pad(role, 14)}{pad(kj, 14)}{mobile()}")
_q050s = "\n".join(_q050)
add("050",
    sender=KAMIYA,
    to=[SBM_BOUSAI],
    subject="Re: 【芝浦WFT】防災センター 緊急連絡先のご案内",
    charset="iso-2022-jp",
    body=f"""防災センター御中

ご連絡ありがとうございます。日の出産業の神谷です。
緊急連絡先一覧、拝受いたしました。
社内の緊急時対応マニュアルに防災センター代表番号（03-6453-0119）を記載し、
夜間の連絡手順を総務部内で共有いたします。

今後ともよろしくお願いいたします。
{SIG_KAMIYA}

> テナント各位
>
> 防災センターの緊急連絡先を下記のとおりご案内いたします。
> 夜間・休日は代表番号が繋がらない場合、下記担当者の携帯へご連絡ください。
>
>  代表 03-6453-0119（24時間）
{_q050s}
>
> 芝浦ビルマネジメント株式会社 芝浦ウォーターフロントタワー防災センター
""",
    expect="pass", entities=[], detectors=[],
    note="5名の氏名・携帯は相手（防災センター）のメールの引用部分のみ。新しい本文に個人データなし")

# ---- 051: forwards an internal mail (as .eml) listing home delivery addresses
_lines051 = []
for i in range(6):
    kj, kn, rm = person()
    z, a = home_address()
    _lines051.append(f"{i + 1}. {kj}（{rng.choice(DEPTS)}）\n   〒{z} {a}\n   TEL {mobile()}\n"
                     f"   品目：{rng.choice(['私物段ボール2箱', '私物段ボール1箱', 'デスクチェア（私物）', '観葉植物・段ボール1箱'])}")
_inner051 = {
    "sender": INAGAKI,
    "to": [HASEBE],
    "subject": "私物の自宅配送希望者（取りまとめ）",
    "charset": "iso-2022-jp",
    "body": "長谷部さん\n\n人事の稲垣です。\n"
            "移転時に私物を自宅へ送りたい人の取りまとめです（6名）。\n"
            "費用は会社負担で承認済みです。\n\n" + "\n\n".join(_lines051) + "\n\n稲垣\n",
}
add("051",
    sender=HASEBE,
    to=[AOBA],
    subject="私物の自宅配送のお願い（6件）",
    charset="iso-2022-jp",
    body=f"""大河内様

お世話になっております。長谷部です。
搬出日に、社員の私物を自宅へ直送していただきたい分があります。
社内で取りまとめたメールを添付しますので、配送先はそちらをご参照ください。
費用は当社への一括請求でお願いします。
{SIG_HASEBE}
""",
    attachments=[{"kind": "eml", "name": "私物の自宅配送希望者（取りまとめ）.eml",
                  "message": _inner051}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="添付メール（.eml）に社員6名の氏名・自宅住所・電話。添付として社外の引越業者へ")

# ---- 052: unprotected ZIP of drawings and a furniture list
add("052",
    sender=HASEBE,
    to=[MIRAI],
    subject="既存図面・既存什器リスト一式（zip）",
    charset="utf-8",
    body=f"""今泉様

お世話になっております。長谷部です。
ビル側から入手した竣工図（12F平面図・天井伏図）と、移設予定の既存什器リストを
zipにまとめてお送りします（パスワードはかけておりません）。
{SIG_HASEBE}
""",
    attachments=[{"kind": "zip", "name": "12F_図面_既存什器.zip", "files": [
        {"kind": "pdf", "name": "12F_平面図.pdf", "title": "12F 平面図",
         "lines": ["芝浦ウォーターフロントタワー 12F 平面図（竣工図）", "縮尺 1/200",
                   "専有面積 1,182.45㎡（357.6坪）", "天井高 2,800mm　OAフロア 100mm",
                   "電気容量 60VA/㎡　空調 個別ゾーン 24系統"]},
        {"kind": "xlsx", "name": "既存什器リスト.xlsx", "sheets": {"移設": [
            ["資産番号", "品名", "数量", "サイズ", "移設/廃棄"],
            ["F-0012", "書庫（両開き）", 14, "W900×D450×H1850", "移設"],
            ["F-0031", "耐火金庫", 1, "W700×D650×H1200", "移設"],
            ["F-0047", "応接セット", 2, "-", "廃棄"],
            ["F-0102", "複合機", 3, "-", "移設（リース会社手配）"]]}}]}],
    expect="pass", entities=[], detectors=[],
    note="パスワードなしZIP（図面PDF・什器XLSX）で中身は検査可能、個人データなし")

# ---- 053: unprotected ZIP with a CSV of 15 people and dates of birth
_rows053 = [["社員番号", "氏名", "氏名カナ", "生年月日", "所属"]]
for i in range(15):
    kj, kn, rm = person()
    _rows053.append([emp_no(), kj, kn, dob(rng.choice([0, 1, 3])), rng.choice(DEPTS)])
add("053",
    sender=MIYAKE,
    to=["株式会社ゲートウェル 導入担当 宮脇様 <miyawaki@gatewell.co.jp>"],
    subject="顔認証ゲート登録用データの送付（第1弾）",
    charset="cp932",
    body=f"""株式会社ゲートウェル
宮脇様

お世話になっております。日の出産業 情報システム部の三宅です。
新オフィス入口の顔認証ゲートへの事前登録用データをお送りします。
御社指定のフォーマット（CSV）で作成し、zipにまとめています。
顔写真データは別途、御社の登録ツールからアップロードします。
{SIG_MIYAKE}
""",
    attachments=[{"kind": "zip", "name": "gate_register_01.zip", "files": [
        {"kind": "csv", "name": "register_01.csv", "encoding": "cp932", "rows": _rows053},
        {"kind": "txt", "name": "readme.txt", "text": "文字コード: Shift_JIS\n件数: 15件\n作成: 情報システム部 三宅\n"}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="ZIP内CSVに社員15名の氏名・カナ・生年月日を社外のゲート業者へ")

# ---- 054: internal, password ZIP between departments
add("054",
    sender=INAGAKI,
    to=[HASEBE],
    subject="入館証申請用の社員データ（第2次分）",
    charset="iso-2022-jp",
    body=f"""長谷部さん

お疲れさまです。人事の稲垣です。
第2次分の入館証申請に必要な社員データ（94名）を、人事システムから出力しました。
念のためパスワード付きzipにしています。パスワードはTeamsで送ります。
ビル側へ出す際は、必要な項目だけ申請書に転記してください。
{SIG_INAGAKI}
""",
    attachments=[{"kind": "zip", "name": "入館証_第2次_社員データ.zip", "password": "hr-1022-7x",
                  "files": [{"kind": "csv", "name": "社員データ_第2次.csv",
                             "rows": [["社員番号", "氏名", "所属"], ["H12345", "（省略）", "営業部"]]}]}],
    expect="pass", entities=[], detectors=[],
    note="パスワード付きZIPだが宛先は社内のみ：社内宛てはそのまま通す")

# ---- 055: internal, stamped layout deck
add("055",
    sender=ONODERA,
    to=[f"役員各位 <yakuin@{DOM}>"],
    cc=[HASEBE],
    subject="【社外秘】新本社レイアウト最終案（10/14役員会付議）",
    charset="utf-8",
    body=f"""役員各位

総務部の小野寺です。
10/14役員会に付議する新本社レイアウトの最終案をお送りします。
社外秘資料ですので、社外への転送はご遠慮ください。
{SIG_ONODERA}
""",
    attachments=[{"kind": "pptx", "name": "新本社レイアウト最終案.pptx", "page_footer": "社外秘",
                  "slides": [["新本社レイアウト最終案", "役員会付議資料　総務部"],
                             ["主な変更点", "役員室を3室から2室へ", "営業部フリーアドレス化",
                              "受付の無人化（タブレット受付）"]]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘表示の資料だが宛先はすべて社内（役員ML）")

# ---- 056: relocation requirements doc, no marking, NDA mentioned
add("056",
    sender=ONODERA,
    to=[TOTO],
    subject="大阪拠点の移転先候補探しのお願い（要件書）",
    charset="iso-2022-jp",
    body=f"""二階堂様

お世話になっております。日の出産業の小野寺です。
本社移転に続き、大阪営業所についても移転先の候補を探していただきたく、
要件をまとめた資料を添付いたします。
御社とは秘密保持契約を締結済みですので、具体的な条件も記載しております。

ご多用のところ恐縮ですが、12月上旬までに3～4件ご提案いただけますと幸いです。
{SIG_ONODERA}
""",
    attachments=[{"kind": "docx", "name": "大阪拠点_移転要件書.docx", "title": "大阪拠点 移転要件書",
                  "paragraphs": ["大阪拠点 移転要件書", "1．希望エリア：大阪市北区・中央区（梅田・淀屋橋・本町）",
                                 "2．面積：40～50坪", "3．入居希望時期：2027年7月",
                                 "4．賃料上限：坪単価 16,000円（共益費込）",
                                 "5．その他：駅徒歩5分以内、24時間入館可、個別空調"],
                  "tables": [[["項目", "現状", "希望"], ["面積", "60坪", "40～50坪"],
                              ["在籍人数", "22名", "18名"], ["会議室", "2室", "1室＋Web会議ブース"]]]}],
    expect="pass", entities=[], detectors=[],
    note="要件書に区分表示はなく、秘密保持契約への言及のみ。個人データなし")

# ---- 057: draft text of the printed notice to the printer
add("057",
    sender=HASEBE,
    to=[NISHIKI],
    subject="移転案内ハガキ　文面データ（入稿）",
    charset="cp932",
    body=f"""村瀬様

お世話になっております。長谷部です。
移転案内ハガキの文面データをWordでお送りします。
レイアウトはお任せしますが、地図はご提案いただいたB案でお願いします。

初校は10月28日頃にいただけますと助かります。
{SIG_HASEBE}
""",
    attachments=[{"kind": "docx", "name": "移転案内ハガキ_文面.docx",
                  "paragraphs": ["拝啓　晩秋の候　ますますご清栄のこととお慶び申し上げます",
                                 "平素は格別のご高配を賜り厚く御礼申し上げます",
                                 "さて　弊社はこのたび本社を下記に移転し　十一月十六日より営業を開始いたします",
                                 "これを機に社員一同なお一層業務に精励いたす所存でございます",
                                 "今後とも倍旧のご支援を賜りますようお願い申し上げます　　敬具",
                                 "記",
                                 "新住所　〒108-0023 東京都港区芝浦三丁目14番9号 芝浦ウォーターフロントタワー12階",
                                 "電話 03-6453-7100（代表）　FAX 03-6453-7101",
                                 "日の出産業株式会社　代表取締役社長　日野 隆一"]}],
    expect="pass", entities=[], detectors=[],
    note="移転挨拶状の文面データ。会社の住所・代表番号と代表者名のみ")

# ---- 058: English network cutover plan PDF, no marking, disclaimer
add("058",
    sender="Takuma Miyake <miyake.takuma@hinode-sangyo.co.jp>",
    to=["Rahul Mehta <rahul.mehta@bluepeak-networks.com>"],
    subject="Network cutover plan for our office move (v2)",
    charset="utf-8",
    body=f"""Hi Rahul,

Thanks for the call yesterday. Attached is v2 of the cutover plan for our head office
move. Changes from v1: the SD-WAN edge is now installed on 11 Nov instead of 12 Nov, and
the old site's MPLS circuit is kept until 20 Nov as a fallback.

Could you confirm that your NOC can monitor both sites during the overlap week?

Best regards,
Takuma Miyake
IT Infrastructure, Hinode Sangyo Co., Ltd.
Tel +81-3-3251-4460
{DISCLAIMER_EN}
""",
    attachments=[{"kind": "pdf", "name": "Network_Cutover_Plan_v2.pdf", "title": "Network Cutover Plan v2",
                  "page_footer": "Hinode Sangyo Co., Ltd. - IT Infrastructure - v2 (2026-10-21)",
                  "lines": ["Network Cutover Plan - Head Office Relocation (v2)", "",
                            "11 Nov  SD-WAN edge installed at new site (12F)",
                            "12 Nov  Core switch / Wi-Fi APs installed, VLAN 10/20/30/99",
                            "13 Nov  Acceptance test, PBX registration",
                            "16 Nov  Go-live 08:00 JST; hypercare until 20 Nov",
                            "20 Nov  Old MPLS circuit decommissioned"]}],
    expect="pass", entities=[], detectors=[],
    note="海外ベンダー1名への英文の切替計画。PDFに区分表示なし、本文末は定型の免責文")

# ---- 059: two external organisations in Cc (interior + furniture)
add("059",
    sender=HASEBE,
    to=[MIRAI],
    cc=[OFFICEFORM, KAMIYA],
    subject="什器搬入と内装仕上げの工程調整（11/12～11/15）",
    charset="utf-8",
    body=f"""今泉様、坂巻様

お世話になっております。日の出産業の長谷部です。
什器搬入と内装の仕上げ工事が重なる期間の工程について、お二方で直接
ご調整いただきたく、メールをお繋ぎいたします。

・11/12（木）　内装：床仕上げ・クリーニング
・11/13（金）　オフィスフォルム様：デスク・チェア搬入（午前）、ロッカー（午後）
・11/14（土）　内装：手直し／オフィスフォルム様：組立
・11/15（日）　引越搬入（青葉運輸様）

床仕上げ後の養生が必要かどうか、今泉様からご指示いただけますでしょうか。
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="社外2社（内装・什器）をTo/Ccでつなぐ通常の三者調整")

# ---- 060: pregnancy mentioned for seating (either)
add("060",
    sender=HASEBE,
    to=[MIRAI],
    subject="座席配置についての追加のお願い",
    charset="iso-2022-jp",
    body=f"""今泉様

お世話になっております。長谷部です。
座席配置について1点追加でお願いがございます。

総務部の五月女 綾乃さんが現在妊娠中（2月に出産予定）のため、
産休に入るまでの間、トイレと休憩室に近い通路側の席にしたいと考えております。
D区画の南端（D-01）を割り当てる前提で、椅子はクッション性の高いタイプを
1脚追加いただけますでしょうか。

ご本人の了承はいただいております。
{SIG_HASEBE}
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定社員の妊娠（健康に関わる情報）を社外の内装業者へ。要配慮個人情報に当たるかは判断が分かれる")

# =========================================================================== 061-080
# ---- 061: tab-separated records without a name column
_rows061 = []
for i in range(9):
    kj, kn, rm = person()
    _rows061.append("\t".join([emp_no(), dob(3), mobile(), f"{rm}@{DOM}", rng.choice(["一般", "一般", "管理者"])]))
_t061 = "\n".join(_rows061)
add("061",
    sender=MIYAKE,
    to=["キーステーション サポート <support@keystation.jp>"],
    subject="スマートロック管理アプリ　利用者一括登録の件",
    charset="utf-8",
    body=f"""キーステーション サポートご担当者様

お世話になっております。日の出産業の三宅です。
会議室・倉庫のスマートロック用アプリの利用者を一括登録したいのですが、
管理画面のCSV取込がエラーになるため、以下のデータの登録を代行いただけますか。
（本人認証に生年月日と携帯番号を使う設定です）

社員ID\t生年月日\t携帯番号\tメールアドレス\t権限
{_t061}

取込エラーの内容は「文字コード不正」と表示されました。
{SIG_MIYAKE}
""",
    expect="stop", entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="氏名列はないが9名分の生年月日・携帯・メールのタブ区切り一覧を社外のアプリ業者へ")

# ---- 062: three new hires (pass, may warn)
_p062 = [person() for _ in range(3)]
add("062",
    sender=HASEBE,
    to=[SBM],
    subject="12月入社者の入館証発行について（3名）",
    charset="cp932",
    body=f"""永瀬様

いつもお世話になっております。長谷部です。
12月1日付の入社者3名について、入館証の発行をお願いいたします。

　・{_p062[0][0]}（社員番号 H26141／営業部）
　・{_p062[1][0]}（社員番号 H26142／商品開発部）
　・{_p062[2][0]}（社員番号 H26143／経理部）

利用開始日はいずれも12月1日（火）です。
お受け取りは11月30日（月）に伺います。
{SIG_HASEBE}
""",
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="入社者3名の氏名・社員番号・所属のみ。5名未満で連絡先もなく保留の対象ではない")

# ---- 063: My Number of one employee to the 社労士
_mn063 = my_number(SEED + 0)
_p063 = person()
_z063, _a063 = home_address()
add("063",
    sender=INAGAKI,
    to=[SR],
    subject="住所変更届（営業部 百目鬼）の件",
    charset="iso-2022-jp",
    body=f"""我如古様

お世話になっております。人事部の稲垣です。
本社移転に合わせて転居した社員について、住所変更の手続きをお願いします。

　氏名　　：百目鬼 達也（ドウメキ タツヤ）
　社員番号：H19077
　新住所　：〒{_z063} {_a063}
　転居日　：2026年11月1日
　個人番号：{_mn063[:4]} {_mn063[4:8]} {_mn063[8:]}

厚生年金の住所変更はマイナンバーで紐づいているため不要かと思いますが、
念のため番号もお送りしておきます。
{SIG_INAGAKI}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="社員1名のマイナンバー（検査数字有効）と新住所をメール本文で社外へ")

# ---- 064: establishment numbers only
add("064",
    sender=INAGAKI,
    to=[SR],
    subject="事業所所在地変更届の作成のお願い",
    charset="utf-8",
    body=f"""我如古様

お世話になっております。稲垣です。
本社移転に伴う各種届出（健康保険・厚生年金保険の適用事業所所在地変更届、
雇用保険の事業所各種変更届、労働保険の名称・所在地等変更届）の作成をお願いします。

  事業所整理記号　：01-ヒノテ
  事業所番号　　　：28614
  雇用保険適用事業所番号：1301-582716-4
  労働保険番号　　：13101-512345-000
  新所在地　　　　：{NEW_ADDR}
  移転日　　　　　：2026年11月16日

登記簿謄本は登記完了後（11月末予定）にPDFでお送りします。
{SIG_INAGAKI}
""",
    expect="pass", entities=[], detectors=[],
    note="事業所整理記号・雇用保険適用事業所番号など事業所の番号のみで個人データなし")

# ---- 065: look-alike of tsubasa-system.jp (letter added)
add("065",
    sender=MIYAKE,
    to=["佐藤 貴之 <sato.t@tsubasa-systems.jp>"],
    subject="PBX設定変更のお願い（代表番号の着信グループ）",
    charset="iso-2022-jp",
    body=f"""佐藤様

お世話になっております。三宅です。
新オフィスでの代表番号の着信グループについて、以下の通り変更をお願いします。

・代表（7100）着信：総務部の固定電話4台 → 受付タブレット＋総務部4台
・20秒無応答時：営業部グループへ転送
・夜間（18:00～9:00）：音声ガイダンス「本日の営業は終了しました」

切替は11/16の朝、始業前でお願いします。
{SIG_MIYAKE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systems.jp はパートナー tsubasa-system.jp に1文字足した類似ドメイン")

# ---- 066: the genuine network vendor, technical details
add("066",
    sender=MIYAKE,
    to=[TSUBASA],
    cc=["ツバサシステム 技術部 岡 <oka.r@tsubasa-system.jp>"],
    subject="新オフィス ネットワーク設計の確認事項",
    charset="utf-8",
    body=f"""佐藤様、岡様

お世話になっております。三宅です。
ネットワーク設計書（v1.2）について、確認事項をまとめました。

1. VLAN設計
   VLAN10 業務系   192.168.10.0/24
   VLAN20 音声系   192.168.20.0/24
   VLAN30 来客Wi-Fi 172.16.30.0/23（インターネットのみ）
   VLAN99 管理系   10.99.0.0/28
2. 固定IP（/29）はFW外側に .1～.6 を割当、.2 をVPN終端で使用
3. 無線AP：12台（会議室A～Dは各1台、執務エリア8台）
4. 複合機3台は VLAN10、プリントサーバー経由

旧拠点とのL2延伸は不要です。11/11の開通後、11/12に疎通試験をお願いします。
{SIG_MIYAKE}
""",
    expect="pass", entities=[], detectors=[],
    note="正規のパートナー（tsubasa-system.jp）へのネットワーク設計の技術的確認。IPアドレスは個人データではない")

# ---- 067: reply to an individual customer (free mail), quoted customer text
add("067",
    sender=f"日の出産業 カスタマーサポート <support@{DOM}>",
    to=["砂川 弘子 <hiroko.sunagawa@yahoo.co.jp>"],
    subject="Re: 修理品の送付先について（受付番号 R26-10-0451）",
    charset="iso-2022-jp",
    body=f"""砂川 弘子 様

このたびはお問い合わせいただき、誠にありがとうございます。
日の出産業 カスタマーサポートセンターの柳田でございます。

弊社は11月16日に本社を移転いたしますが、修理品の受付窓口は
従来どおり下記の修理センターとなっております。
お手数ですが、同梱の返送用伝票にて修理センター宛にお送りくださいませ。

　日の出産業 修理センター
　〒343-0824 埼玉県越谷市流山1-3-8（物流センター内）
　受付番号：R26-10-0451

修理完了後は、ご登録のご住所へお届けいたします。
{SIG_NEW_SUPPORT}

> 先日修理を申し込んだ砂川です。
> 本社が移転すると聞きましたが、修理品はどちらに送ればよいでしょうか。
> 〒272-0021 千葉県市川市八幡3-22-5　電話 047-331-0862
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="個人のお客様（フリーメール）1名への返信。本人の住所・電話は引用部分のみ、修理センターは会社の所在地")

# ---- 068: two external organisations, restoration work
add("068",
    sender=KAMIYA,
    to=[KANDA],
    cc=[MIRAI_GENBA],
    subject="原状回復工事 現地立会い（11/20）のご案内",
    charset="cp932",
    body=f"""木全様
（cc：ミライ空間デザイン 桑原様）

お世話になっております。日の出産業の神谷です。
旧事務所（日の出ビル5F）の原状回復工事について、現地立会いを下記で設定いたしました。
間仕切り撤去はミライ空間デザイン様に施工いただくため、桑原様にもご同席いただきます。

　日時：11月20日（金）10:00～11:30
　場所：日の出ビル5F 旧日の出産業事務所
　内容：撤去範囲の確認、B工事・C工事区分の確認、工程の確認

当日、マスターキー2本をご返却いたします。
{SIG_KAMIYA}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="社外2社（旧ビル管理・内装）への立会い案内。2社は通常の三者調整")

# ---- 069: returning the old building's key cards (serial numbers only)
add("069",
    sender=KAMIYA,
    to=[KANDA],
    subject="セキュリティカード・鍵の返却リスト",
    charset="utf-8",
    body=f"""木全様

お世話になっております。神谷です。
11/20にご返却するセキュリティカードと鍵のリストをお送りします。

  区分               番号                         数量
  -----------------  ---------------------------  ----
  セキュリティカード 5F-0021 ～ 5F-0118（連番）     98
  　うち紛失         5F-0044, 5F-0097                2
  来客用カード       5F-V01 ～ 5F-V10               10
  マスターキー       MK-5-01, MK-5-02                2
  書庫鍵             S-501 ～ S-514                 14

紛失2枚分の再発行費用（1枚 3,300円）は、敷金精算時に相殺いただけますでしょうか。
{SIG_KAMIYA}
""",
    expect="pass", entities=[], detectors=[],
    note="カード・鍵の管理番号のみで、誰が持っていたかなど個人の記録はない")

# ---- 070: home deliveries for five people written in running text
_p070 = [person() for _ in range(4)]
_a070 = [home_address() for _ in range(4)]
add("070",
    sender=HASEBE,
    to=[AOBA],
    subject="私物配送の件（追加5名）",
    charset="iso-2022-jp",
    body=f"""大河内様

度々失礼いたします。長谷部です。
私物の自宅配送について、追加で5名分お願いいたします。

営業部の勅使河原 健太さんは、段ボール2箱を〒{_a070[0][0]} {_a070[0][1]}のご自宅へ。
日中不在が多いので、お届け前に携帯（{mobile()}）へご連絡をお願いします。
同じく営業部の{_p070[0][0]}さんは、デスクチェア1脚を〒{_a070[1][0]} {_a070[1][1]}へ、
電話は{mobile()}です。
商品開発部の{_p070[1][0]}さんの分（段ボール3箱）は{_a070[2][1]}
（〒{_a070[2][0]}）、連絡先は{mobile()}とのことです。
経理部の{_p070[2][0]}さんは{_a070[3][1]}へ段ボール1箱、{mobile()}。
最後に、総務部の{_p070[3][0]}さんは観葉植物を1鉢、お届け先はご実家の
〒386-0012 長野県上田市中央4-7-21、連絡先 0268-22-4915（ご実家）でお願いします。

配送日はいずれも11月17日（火）以降で構いません。
{SIG_HASEBE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="文章の中に社員5名の氏名・自宅住所・電話を書き並べて社外の引越業者へ（5名以上）")

# ---- 071: two people only (pass, may warn)
_p071 = [person() for _ in range(2)]
_a071 = [home_address() for _ in range(2)]
add("071",
    sender=HASEBE,
    to=["青葉運輸 配送センター 森様 <haisou-center@aoba-unyu.co.jp>"],
    subject="自宅配送2件の追加（伝票作成のお願い）",
    charset="utf-8",
    body=f"""青葉運輸 配送センター
森様

大河内様よりご紹介いただきました、日の出産業の長谷部です。
私物の自宅配送について、2件追加をお願いいたします。

【1件目】
  お届け先：{_p071[0][0]} 様
  住所　　：〒{_a071[0][0]} {_a071[0][1]}
  電話　　：{mobile()}
  荷物　　：段ボール2箱
【2件目】
  お届け先：{_p071[1][0]} 様
  住所　　：〒{_a071[1][0]} {_a071[1][1]}
  電話　　：{mobile()}
  荷物　　：書籍段ボール1箱（重量物）

費用は当社への一括請求でお願いします。
{SIG_HASEBE}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="配送先として社員2名の住所・電話。5名未満で業務上必要：警告はあり得るが保留ではない")

# ---- 072: construction application, signature-heavy, PDF form
add("072",
    sender=KAMIYA,
    to=[SBM],
    subject="工事申請書（12F 内装工事）の提出",
    charset="iso-2022-jp",
    body=f"""永瀬様

お世話になっております。神谷です。
12F内装工事の工事申請書をPDFにてお送りいたします。
原本は次回お伺いする際にお持ちします。

ご不明点は私の携帯までご連絡ください。
{SIG_KAMIYA}
""",
    attachments=[{"kind": "pdf", "name": "工事申請書_12F内装.pdf", "title": "工事申請書",
                  "lines": ["工事申請書", "芝浦ビルマネジメント株式会社 御中", "",
                            "テナント名：日の出産業株式会社（12F）",
                            "工事件名　：本社移転に伴う内装工事",
                            "施工会社　：株式会社ミライ空間デザイン（東京都渋谷区）",
                            "工期　　　：2026年10月26日～11月13日（平日 8:00～18:00）",
                            "騒音作業　：10月27日～29日（夜間 19:00～22:00 に実施）",
                            "使用EV　　：2号機（人荷用）", "",
                            "申請者　日の出産業株式会社 総務部 神谷 亮"]}],
    expect="pass", entities=[], detectors=[],
    note="工事申請書。携帯番号は送信者自身の署名の連絡先、施工会社は会社の情報のみ")

# ---- 073: work notification with one vendor supervisor's mobile
add("073",
    sender=KAMIYA,
    to=[SBM_BOUSAI],
    subject="作業届（10/27-10/29 夜間騒音作業）",
    charset="cp932",
    body=f"""防災センター御中

お世話になっております。日の出産業の神谷です。
夜間の騒音作業に関する作業届をお送りします。
作業責任者は施工会社の現場所長となります。
{SIG_KAMIYA}
""",
    attachments=[{"kind": "docx", "name": "作業届_夜間騒音作業.docx",
                  "paragraphs": ["作業届", "作業場所：12F 専有部",
                                 "作業日時：10月27日（火）～29日（木） 19:00～22:00",
                                 "作業内容：既存間仕切りの解体、アンカー打設"],
                  "tables": [[["項目", "内容"],
                              ["施工会社", "株式会社ミライ空間デザイン"],
                              ["作業責任者", "現場所長 桑原 剛"],
                              ["作業責任者 連絡先", "090-6124-3378"],
                              ["作業人数", "8名"],
                              ["火気使用", "なし"]]]}],
    expect="pass", entities=[], detectors=[],
    note="施工会社の作業責任者1名の業務上の連絡先のみ（取引先の担当者1名）")

# ---- 074: emergency contacts of six contractors' staff, full-width padded columns
_rows074 = []
for co, role in [("ミライ空間デザイン", "現場所長"), ("ミライ空間デザイン", "副所長"),
                 ("鬼頭電気", "電気工事"), ("ツバサシステム", "ＬＡＮ・電話"),
                 ("オフィスフォルム", "什器組立"), ("青葉運輸", "搬入責任者")]:
    kj, kn, rm = person()
    _rows074.append(f"{co.ljust(10, '　')}{role.ljust(6, '　')}{kj.replace(' ', '　').ljust(7, '　')}{fw(mobile())}")
_t074 = "\n".join(_rows074)
add("074",
    sender=KAMIYA,
    to=[SBM],
    cc=[SBM_BOUSAI],
    subject="工事・搬入関係者 緊急連絡先一覧（11月）",
    charset="utf-8",
    body=f"""永瀬様
防災センター御中

お世話になっております。神谷です。
11月の工事・搬入期間中の関係者の緊急連絡先を一覧にしました。
夜間・休日に何かあった場合は、当社の私（神谷）に加え、下記へ直接ご連絡ください。

会社名　　　　　　　担当　　　　　氏名　　　　　　携帯
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_t074}

当社側の責任者：総務部 神谷（携帯 080-4471-2093）
{SIG_KAMIYA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="関係業者の担当者6名の氏名・携帯（全角）を一覧にして社外のビル管理会社へ（5名以上の個人の連絡先）")

# ---- 075: press release to a trade paper
add("075",
    sender="広報 相馬 <soma.kohei@hinode-sangyo.co.jp>",
    to=["日刊機械新聞 編集部 <henshu@kikai-shimbun.co.jp>"],
    subject="【プレスリリース】日の出産業、本社を港区芝浦へ移転",
    charset="utf-8",
    body=f"""日刊機械新聞 編集部 御中

いつもお世話になっております。日の出産業 広報担当の相馬です。
本社移転に関するプレスリリースをお送りいたします。
掲載をご検討いただけますと幸いです。

────────────────────
日の出産業株式会社は、2026年11月16日に本社を東京都港区芝浦へ移転します。
営業・開発部門を同一フロアに集約し、部門間の連携強化と働き方改革を進めます。
新本社ではフリーアドレスやWeb会議ブースを導入し、オフィス面積は約1.3倍となります。

【新本社】東京都港区芝浦三丁目14番9号 芝浦ウォーターフロントタワー12階
【移転日】2026年11月16日（月）
────────────────────

本件に関するお問い合わせ：
日の出産業株式会社 広報担当 相馬 康平
TEL 03-3251-4410（代表）　E-mail soma.kohei@{DOM}
""",
    expect="pass", entities=[], detectors=[],
    note="報道機関1件へのプレスリリース。問い合わせ先は送信者自身")

# ---- 076: three private persons (alumni) visible in To
add("076",
    sender=INAGAKI,
    to=["大森 正樹 <omori.masaki1951@yahoo.co.jp>", "kayo.nobuko@icloud.com",
        "岩城 修 <iwaki-osamu@ezweb.ne.jp>"],
    subject="OB会の皆さまへ：本社移転と見学会のご案内",
    charset="iso-2022-jp",
    body=f"""OB会 幹事の皆さま

ご無沙汰しております。日の出産業 人事部の稲垣です。
このたび本社が港区芝浦へ移転することになりました。
長年お世話になった内神田の事務所は11月13日が最後の営業日となります。

つきましては、12月12日（土）14時から、OB会の皆さま向けに
新本社の見学会を開催したいと考えております。
ご出席の可否を、11月末までにご返信いただけますと幸いです。

寒さに向かう折、どうぞご自愛ください。
{SIG_INAGAKI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="個人（フリーメール）3名をToに並べて送信：3者が互いのアドレスを見られる（Bccにすべき）")

# ---- 077: English reply, quoted list of the partner's staff
add("077",
    sender="Mika Hasebe <hasebe.mika@hinode-sangyo.co.jp>",
    to=["Johanna Lindqvist <j.lindqvist@nordvik-components.com>"],
    subject="Re: Updated contact list for Hinode Sangyo account",
    charset="utf-8",
    body=f"""Dear Johanna,

Thank you for sending the updated contact list. We have entered it in our supplier
records, and our new address has been passed to your logistics team as you suggested.

We look forward to welcoming you at our new office in December.

Kind regards,
Mika Hasebe
General Affairs, Hinode Sangyo Co., Ltd.

On Wed, 28 Oct 2026 at 09:14, Johanna Lindqvist <j.lindqvist@nordvik-components.com> wrote:
> Dear Ms. Hasebe,
>
> Congratulations on the move. Please find below our team for your account:
>
>   Johanna Lindqvist  Key Account Manager   +46 31 702 44 18
>   Erik Sandberg      Logistics             +46 31 702 44 27
>   Maja Holm          Customer Service      +46 31 702 44 30
>   Oskar Nyström      Quality               +46 70 588 12 09
>   Linnea Berg        Finance / Invoicing   +46 31 702 44 51
>
> Best regards,
> Johanna
""",
    expect="pass", entities=[], detectors=[],
    note="5名の氏名・電話は相手が送ってきたメールの引用（On … wrote:）のみ。新しい本文に個人データなし")

# ---- 078: crime victim (stalking) to the security company
add("078",
    sender=ONODERA,
    to=["湾岸セキュリティ株式会社 芝浦隊 隊長 大垣様 <ogaki@wangan-security.co.jp>"],
    subject="【ご相談】特定人物の入館制限について",
    charset="iso-2022-jp",
    body=f"""湾岸セキュリティ株式会社
大垣様

お世話になっております。日の出産業の小野寺です。
入居にあたり、警備上のご相談がございます。

当社総務部の漆畑 千尋が、元交際相手からストーカー被害を受けており、
すでに警察（三田警察署）に相談し、警告が出ている状況です。
相手方が新オフィスを訪れる可能性もあるため、
受付で漆畑を名指しした面会申し出があった場合は取り次がず、
当社総務部（小野寺または神谷）へご連絡いただけますでしょうか。

相手方の氏名・写真は、次回お伺いした際に直接お渡しいたします。
{SIG_ONODERA}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定の社員が犯罪（ストーカー）被害者であること＝要配慮個人情報を社外の警備会社へ")

# ---- 079: generic security request, no one named
add("079",
    sender=ONODERA,
    to=["湾岸セキュリティ株式会社 芝浦隊 隊長 大垣様 <ogaki@wangan-security.co.jp>"],
    subject="受付での在籍確認への対応について",
    charset="utf-8",
    body=f"""大垣様

お世話になっております。日の出産業の小野寺です。
入居後の受付対応について、一点お願いがございます。

来訪者や電話で「○○さんは御社に在籍していますか」といった問い合わせがあった場合、
当社社員の在籍の有無はお答えにならず、当社代表番号（03-6453-7100）へ
ご案内いただけますでしょうか。
最近、社員の在籍確認を装った営業電話が増えているための措置です。

他のテナント様と同様の運用で差し支えございません。
{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="受付運用の一般的な依頼。特定の個人に関する情報はない")

# ---- 080: internal survey export with health remarks
_rows080 = [["回答No.", "氏名", "部署", "新オフィスへの要望（自由記述）"]]
_wishes = ["喘息の持病があるため、空調の吹出口の真下は避けたい",
           "会議室の数をもっと増やしてほしい",
           "低血圧で朝がつらいので、始業時刻の柔軟化を希望",
           "ロッカーを大きめにしてほしい",
           "うつ病で通院中のため、人通りの少ない席を希望します",
           "Web会議ブースを各フロアに",
           "特になし"]
for i, w in enumerate(_wishes):
    kj, kn, rm = person()
    _rows080.append([i + 1, kj, rng.choice(DEPTS), w])
add("080",
    sender=INAGAKI,
    to=[ONODERA, HASEBE],
    subject="新オフィスに関する社員アンケート　回答一覧（記名）",
    charset="cp932",
    body=f"""小野寺部長、長谷部さん

人事の稲垣です。
新オフィスに関する社員アンケートの回答（記名式）を出力しました。
健康上の理由の記載があるものも含まれますので、取扱いにご注意ください。
レイアウトへの反映は、個人が特定されない形で内装業者さんに伝えていただけますと幸いです。
{SIG_INAGAKI}
""",
    attachments=[{"kind": "xlsx", "name": "新オフィスアンケート_回答一覧.xlsx",
                  "sheets": {"回答": _rows080, "集計": [["設問", "回答数"], ["要望あり", 6], ["特になし", 1]]}}],
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="記名アンケートに病歴の記載があるが宛先はすべて社内")

# =========================================================================== 081-100
# ---- 081: power / LAN plan by desk id, no people
_rows081 = [["新本社12F 電源・LAN配置表（v2）"], ["島番号", "席番号", "OAタップ", "LANポート", "電話", "備考"]]
for isl in "ABCDEFG":
    for n in range(1, 5):
        _rows081.append([isl, f"{isl}-{n:02d}", "2口", f"P{isl}{n:02d}", "有" if n % 2 else "無", ""])
add("081",
    sender=MIYAKE,
    to=[MIRAI],
    subject="電源・LAN配置表（v2）のご確認",
    charset="utf-8",
    body=f"""今泉様

お世話になっております。三宅です。
床下配線の施工用に、電源・LANの配置表を更新しました（v2）。
席番号は座席表の番号と一致していますが、個人の割当は入っておりません。
「機器」シートのサーバーラック位置もあわせてご確認ください。
{SIG_MIYAKE}
""",
    attachments=[{"kind": "xlsx", "name": "電源LAN配置表_v2.xlsx", "sheets": {
        "配置": _rows081,
        "機器": [["機器", "設置場所", "電源"], ["サーバーラック 42U", "サーバー室", "200V 30A×2"],
                 ["複合機", "コピーコーナー×3", "100V 15A 専用"], ["UPS", "サーバー室", "200V"]]}}],
    expect="pass", entities=[], detectors=[],
    note="島・席番号ごとの電源・LANの配置で、個人の割当も連絡先もない")

# ---- 082: old furniture list with asset numbers
add("082",
    sender=HASEBE,
    to=[OFFICEFORM],
    subject="旧什器の下取り・処分リスト",
    charset="iso-2022-jp",
    body=f"""坂巻様

お世話になっております。長谷部です。
旧事務所の什器のうち、下取り・処分をお願いしたいもののリストを添付いたします。
資産番号は当社の固定資産台帳の番号です。
{SIG_HASEBE}
""",
    attachments=[{"kind": "xlsx", "name": "旧什器_下取り処分リスト.xlsx", "sheets": {
        "下取り": [["資産番号", "品名", "メーカー", "購入年", "数量"],
                   ["F-0201", "片袖デスク W1200", "オカモト", 2015, 42],
                   ["F-0202", "事務用チェア", "オカモト", 2015, 48],
                   ["F-0230", "ミーティングテーブル", "コクヨウ", 2017, 3]],
        "処分": [["資産番号", "品名", "数量", "備考"],
                 ["F-0105", "スチール書庫", 10, "一部破損"],
                 ["F-0140", "パーティション", 22, ""],
                 ["-", "シュレッダー（故障）", 1, "資産計上なし"]]}}],
    expect="pass", entities=[], detectors=[],
    note="什器の資産番号・品名・数量のみ。個人データなし")

# ---- 083: PDF with four people and dates of birth (pass, may warn)
_rows083 = [["No.", "氏名", "フリガナ", "生年月日", "所属", "カード種別"]]
for i in range(4):
    kj, kn, rm = person()
    _rows083.append([str(i + 1), kj, kn, dob(0), rng.choice(DEPTS), "臨時（30日）"])
add("083",
    sender=HASEBE,
    to=["芝浦ビルマネジメント カード発行窓口 <card@shibaura-bm.co.jp>"],
    subject="臨時入館証の発行申請（派遣スタッフ 4名）",
    charset="cp932",
    body=f"""カード発行窓口 ご担当者様

お世話になっております。12F 日の出産業の長谷部です。
移転作業期間中に受け入れる派遣スタッフ4名分の臨時入館証を申請いたします。
ビル指定の申請書（PDF）に記入しております。
{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "臨時入館証申請書_日の出産業.pdf", "title": "臨時入館証申請書",
                  "lines": ["臨時入館証 発行申請書", "テナント：日の出産業株式会社（12F）",
                            "利用期間：2026年11月9日～12月8日", ""],
                  "table": _rows083}],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="4名分の氏名・生年月日の申請書。5名未満で身分証番号等もない：警告はあり得るが保留ではない")

# ---- 084: proof of the printed notice, reply with quoted header block
add("084",
    sender=HASEBE,
    to=[NISHIKI],
    subject="RE: 【初校】移転案内ハガキ",
    charset="utf-8",
    body=f"""村瀬様

初校ありがとうございました。長谷部です。
修正点を赤字でPDFに記入しましたので、添付にてお戻しします。

・3行目「精励いたす所存」の後の句点は不要です
・地図の「田町駅」表記を「JR田町駅」に
・電話番号の書体を本文と揃えてください

再校は11/2（月）にいただけますと幸いです。
{SIG_HASEBE}

-----Original Message-----
From: 村瀬 一樹 <murase@nishiki-insatsu.co.jp>
Sent: Wednesday, October 28, 2026 11:20 AM
To: 長谷部 美佳 <hasebe.mika@hinode-sangyo.co.jp>
Subject: 【初校】移転案内ハガキ

日の出産業株式会社 長谷部様

お世話になっております。錦印刷の村瀬です。
移転案内ハガキの初校をお送りいたします。ご確認をお願いいたします。

錦印刷株式会社 営業部　村瀬 一樹
TEL 03-3812-5521
""",
    attachments=[{"kind": "pdf", "name": "移転案内ハガキ_初校_赤字.pdf",
                  "lines": ["【赤字】移転案内ハガキ 初校", "",
                            "拝啓 晩秋の候 ますますご清栄のこととお慶び申し上げます",
                            "（3行目）…精励いたす所存でございます ← 句点トル",
                            "地図：田町駅 → JR田町駅", "TEL 03-6453-7100（代表） ← 書体を本文に合わせる"]}],
    expect="pass", entities=[], detectors=[],
    note="印刷会社への校正戻し。引用は相手のメール、添付は挨拶状の赤字のみ")

# ---- 085: accounts payable, invoice destination change
add("085",
    sender=TODO,
    to=["株式会社丸栄紙業 経理課 ご担当者様 <keiri@maruei-shigyo.co.jp>"],
    subject="請求書送付先変更のお願い（取引先コード HS-0381）",
    charset="iso-2022-jp",
    body=f"""株式会社丸栄紙業
経理課　ご担当者様

いつもお世話になっております。日の出産業 経理部の藤堂です。
弊社本社移転に伴い、請求書の送付先が変わりますのでご連絡いたします。

　御社取引先コード：HS-0381
　変更適用　　　　：11月締め分（12月発行分）の請求書より
　新送付先　　　　：{NEW_ADDR}
　　　　　　　　　　日の出産業株式会社 経理部 宛
　電話　　　　　　：03-6453-7140（経理部直通）

なお、10月締め分（請求書No. MS-2610-2217）は旧住所宛で問題ございません。
郵便の転送届も提出済みです。
{SIG_TODO}
""",
    expect="pass", entities=[], detectors=[],
    note="仕入先への請求書送付先変更。取引先コード・請求書番号・会社住所のみ")

# ---- 086: delivery change for the office snack/canteen supplier (partner)
add("086",
    sender=HASEBE,
    to=["北国フーズ株式会社 配送管理 新田様 <nitta@kitaguni-foods.co.jp>"],
    subject="社内売店への納品先変更について",
    charset="cp932",
    body=f"""北国フーズ株式会社
配送管理　新田様

いつもお世話になっております。日の出産業 総務部の長谷部です。
社内売店（置き菓子・飲料）の納品先が、11月16日以降は新本社に変わります。

　納品先　：芝浦ウォーターフロントタワー 12F 日の出産業 リフレッシュコーナー
　搬入口　：B1F 荷捌き場（防災センターで受付後、2号機EVで12Fへ）
　納品時間：平日 10:00～16:00（11:45～13:15は避けてください）
　納品曜日：月・木（変更なし）

11月12日（木）分は旧事務所、11月16日（月）分から新本社でお願いします。
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=[],
    note="パートナー（kitaguni-foods.co.jp）への納品先変更。個人データなし")

# ---- 087: password-protected PDF lease contract
add("087",
    sender=ONODERA,
    to=[TOTO],
    subject="賃貸借契約書（押印済み）のご送付",
    charset="utf-8",
    body=f"""二階堂様

お世話になっております。日の出産業の小野寺です。
押印済みの賃貸借契約書をスキャンしてお送りいたします。
PDFには閲覧パスワードを設定しております（パスワードは先日お電話でお伝えしたものです）。
原本は本日、簡易書留にて発送いたしました。
{SIG_ONODERA}
""",
    attachments=[{"kind": "pdf", "name": "賃貸借契約書_芝浦WFT12F_押印済.pdf",
                  "password": "wft12f-1008", "title": "賃貸借契約書",
                  "lines": ["建物賃貸借契約書", "賃貸人：芝浦ウォーターフロント特定目的会社",
                            "賃借人：日の出産業株式会社", "物件：芝浦ウォーターフロントタワー12階"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="閲覧パスワード付き（暗号化）PDFで中身を検査できない添付を社外へ")

# ---- 088: lease terms discussion
add("088",
    sender=ONODERA,
    to=[TOTO],
    subject="Re: 契約条件の最終確認（芝浦WFT 12F）",
    charset="iso-2022-jp",
    body=f"""二階堂様

お世話になっております。小野寺です。
最終条件、以下の内容で社内決裁が下りましたのでご連絡いたします。

　契約番号　：SWF-L-2026-0412
　賃料　　　：坪単価 23,800円（共益費込）×357.6坪
　敷金　　　：賃料の10か月分
　フリーレント：2か月（2026年11月・12月）
　契約期間　：2026年11月1日から5年（普通借家）
　仲介手数料：賃料の1か月分（請求書は経理部 藤堂宛にお願いします）

契約書の製本版をお待ちしております。
{SIG_ONODERA}
""",
    expect="pass", entities=[], detectors=[],
    note="賃貸借の条件・契約番号の業務連絡。個人データなし")

# ---- 089: internal forward to a subdomain address with a staff list
_rows089 = ["氏名,メールアドレス,PC資産番号,社用携帯"]
for i in range(12):
    kj, kn, rm = person()
    _rows089.append(f"{kj},{rm}@{DOM},PC-{rng.randint(2100, 2399)},{mobile()}")
_t089 = "\n".join(_rows089)
add("089",
    sender=MIYAKE,
    to=[f"ヘルプデスク <helpdesk@mail.{DOM}>"],
    cc=[f"情シス <is-team@{DOM}>"],
    subject="FW: 移転日のPC・携帯の持ち出し対象者",
    charset="utf-8",
    body=f"""ヘルプデスク各位

三宅です。移転日に自宅へPCと社用携帯を持ち帰る対象者の一覧です（12名）。
11/13の終業前に持ち出し申請の確認をお願いします。

{_t089}

以上
{SIG_MIYAKE}
""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="12名の氏名・メール・社用携帯だが宛先は社内（mail.サブドメインも社内）のみ")

# ---- 090: partner, two people of the same company
add("090",
    sender=KATAGIRI,
    to=["川崎電機株式会社 物流課 関口様 <sekiguchi@kawasaki-denki.co.jp>"],
    cc=["川崎電機株式会社 購買部 森下様 <morishita.k@kawasaki-denki.co.jp>"],
    subject="サンプル品の送付先変更について（11/16以降）",
    charset="cp932",
    body=f"""川崎電機株式会社
物流課　関口様
（cc：購買部 森下様）

いつもお世話になっております。日の出産業の片桐です。
来月お送りいただく評価用サンプル品（注番 KD-PO-88152）の送付先について、
11月16日以降着の分は新本社宛にお願いできますでしょうか。

　送付先：{NEW_ADDR}
　　　　　日の出産業株式会社 商品開発部 受入担当
　電話　：03-6453-7100（代表）

11月13日までに到着する分は旧住所で問題ございません。
{SIG_KATAGIRI}
""",
    expect="pass", entities=[], detectors=[],
    note="パートナー1社（同一ドメイン2名）への送付先変更の連絡")

# ---- 091: copier lease relocation, serial numbers
add("091",
    sender=MIYAKE,
    to=["ヒカリビジネスリース 保守窓口 <hoshu@hikari-lease.co.jp>"],
    subject="複合機の移設申請（契約番号 HL-2023-07719）",
    charset="utf-8",
    body=f"""ヒカリビジネスリース株式会社
保守窓口　ご担当者様

お世話になっております。日の出産業の三宅です。
本社移転に伴い、リース中の複合機3台の移設をお願いいたします。

  契約番号：HL-2023-07719
  機種　　：HX-C5570（3台）
  製造番号：3927-0415-88, 3927-0415-91, 3927-0416-02
  移設日　：11月14日（土）搬出 → 11月15日（日）設置
  移設先　：{NEW_ADDR}

設置後のFAX番号は 03-6453-7101 に変更となります。
カウンター検針の担当者様にもお伝えいただけますと幸いです。
{SIG_MIYAKE}
""",
    expect="pass", entities=[], detectors=[],
    note="リース契約番号・機器の製造番号のみで個人データなし")

# ---- 092: relocation schedule deck for the mover
add("092",
    sender=HASEBE,
    to=[AOBA],
    subject="移転スケジュール資料（搬出入編）",
    charset="iso-2022-jp",
    body=f"""大河内様

お世話になっております。長谷部です。
社内説明会で使用した移転スケジュール資料のうち、搬出入に関するページを
抜粋してお送りします。作業計画書との突き合わせにお使いください。
{SIG_HASEBE}
""",
    attachments=[{"kind": "pptx", "name": "移転スケジュール_搬出入編.pptx",
                  "slides": [["本社移転スケジュール（搬出入編）", "日の出産業株式会社 総務部"],
                             ["11月13日（金）", "17:00 梱包完了・ラベル貼付確認", "18:00 PC・電話機の取外し"],
                             ["11月14日（土）", "8:30 旧事務所 搬出開始", "15:00 搬出完了予定"],
                             ["11月15日（日）", "9:00 新事務所 搬入開始", "16:00 開梱・配置完了予定"],
                             ["ラベルの色分け", "赤：営業部　青：管理部門　緑：開発・品証",
                              "黄：共用（書庫・会議室）"]]}],
    expect="pass", entities=[], detectors=[],
    note="搬出入の工程表のスライドのみで個人データなし")

# ---- 093: mentions 基礎年金番号 / マイナンバー without any number
add("093",
    sender=INAGAKI,
    to=[SR],
    subject="Re: 所在地変更届に必要な書類について",
    charset="cp932",
    body=f"""我如古様

ご回答ありがとうございます。稲垣です。
念のための確認ですが、今回の所在地変更届では、従業員の基礎年金番号や
マイナンバーの一覧を提出する必要はない、という理解でよろしいでしょうか。
人事システムから出力する準備をしていたのですが、不要であれば控えたいと思います。

必要な書類は、登記簿謄本（履歴事項全部証明書）と賃貸借契約書の写しのみ、
と承知しました。
{SIG_INAGAKI}

> 稲垣様
> 所在地変更届には登記簿謄本の写しと、賃貸借契約書の写しをご用意ください。
> やまぶき社会保険労務士法人 我如古
""",
    expect="pass", entities=[], detectors=[],
    note="「基礎年金番号」「マイナンバー」への言及のみで番号は含まない")

# ---- 094: meeting-room signage, tab-separated rooms (not people)
add("094",
    sender=HASEBE,
    to=["サインワークス株式会社 制作部 <seisaku@signworks.co.jp>"],
    subject="会議室サインの制作データ",
    charset="utf-8",
    body=f"""サインワークス株式会社
制作部　ご担当者様

お世話になっております。日の出産業の長谷部です。
会議室入口に設置するサインの表記内容をお送りします。

室名\t英語表記\t定員\t内線\t予約システムID
会議室A\tMeeting Room A\t16\t7501\tMR-12A
会議室B\tMeeting Room B\t8\t7502\tMR-12B
会議室C\tMeeting Room C\t6\t7503\tMR-12C
会議室D\tMeeting Room D\t12\t7504\tMR-12D
応接室\tReception Room\t4\t7510\tMR-12R
Web会議ブース1\tWeb Booth 1\t1\t-\tWB-01

サイズ・書体は先日お見積りいただいた仕様でお願いします。
{SIG_HASEBE}
""",
    expect="pass", entities=[], detectors=[],
    note="会議室ごとの内線・定員のタブ区切り表で、人ではなく部屋のリスト")

# ---- 095: bullet list of four people on duty (pass, may warn)
_p095 = [person() for _ in range(3)]
add("095",
    sender=KAMIYA,
    to=[WANGAN],
    subject="搬入当日（11/15）のテナント側責任者について",
    charset="iso-2022-jp",
    body=f"""湾岸セキュリティ株式会社
芝浦隊 ご担当者様

お世話になっております。日の出産業の神谷です。
11月15日（日）の搬入当日、テナント側の責任者として下記の者が入館します。
休日入館の受付にあたり、ご確認をお願いいたします。

・神谷 亮（総務部）　携帯 080-4471-2093
・{_p095[0][0]}（総務部）　携帯 {fw(mobile())}
・{_p095[1][0]}（情報システム部）　携帯 {fw(mobile())}
・{_p095[2][0]}（営業部）　携帯 {mobile()}

引越業者（青葉運輸）の作業員は、別途作業者名簿を当日持参いたします。
{SIG_KAMIYA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="当日の責任者4名の氏名・携帯（一部全角）。5名未満で業務上必要：警告はあり得るが保留ではない")

# ---- 096: metropolitan tax office (.lg.jp)
add("096",
    sender=TODO,
    to=["都税事務所 法人課税 <hojin-kazei@tozei-minato.lg.jp>"],
    subject="法人都民税の異動届出（本店移転）についての問い合わせ",
    charset="utf-8",
    body=f"""ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 経理部の藤堂と申します。
当社は2026年11月16日付で本店を千代田区から港区へ移転いたします。

異動届出書の提出先について確認させてください。
・移転前の所轄（千代田都税事務所）と移転後の所轄のいずれに提出すべきでしょうか。
・添付書類として登記簿謄本の写しが必要と理解しておりますが、
　登記完了前に届出だけ先に提出することは可能でしょうか。

お手数ですが、ご教示いただけますと幸いです。
{SIG_TODO}
""",
    expect="pass", entities=[], detectors=[],
    note="行政機関（.lg.jp）1件への手続きの問い合わせ。個人データなし")

# ---- 097: mover's invoice, registration number and company bank account
AOBA_CN = corporate_number("011001045518")
add("097",
    sender=TODO,
    to=["青葉運輸株式会社 経理課 <keiri@aoba-unyu.co.jp>"],
    cc=[AOBA],
    subject="ご請求書（No. AU-2611-00873）受領のご連絡",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
経理課　ご担当者様

いつもお世話になっております。日の出産業 経理部の藤堂です。
移転作業のご請求書を受領いたしました。以下の内容でお支払いいたします。

　請求書番号：AU-2611-00873
　登録番号　：T{AOBA_CN}
　ご請求金額：5,186,400円（税込）
　お支払日　：12月25日（金）
　お振込先　：みどり銀行 芝支店 普通 2260318 アオバウンユ（カ
　
振込手数料は当社負担といたします。
なお、カード決済いただいた梱包資材代は本請求から除かれていることを確認しました。
{SIG_TODO}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="取引先の適格請求書登録番号（T＋法人番号）と会社の振込口座。法人の情報で個人データではない")

# ---- 098: name-plate list, seat numbers and names only (either)
_rows098 = [["座席番号", "氏名（ネームプレート表記）", "部署"]]
for i in range(24):
    kj, kn, rm = person()
    _rows098.append([f"{'CDE'[i // 8]}-{i % 8 + 1:02d}", kj, rng.choice(["営業企画部", "総務部", "人事部", "経理部"])])
add("098",
    sender=HASEBE,
    to=[MIRAI],
    subject="ネームプレート制作用リスト（固定席分）",
    charset="utf-8",
    body=f"""今泉様

お世話になっております。長谷部です。
固定席（C～E区画）のネームプレート制作用に、座席番号と氏名の一覧をお送りします。
表記は漢字のみ、部署名は不要です（部署の列は配置確認用です）。
{SIG_HASEBE}
""",
    attachments=[{"kind": "csv", "name": "ネームプレート_固定席.csv", "encoding": "utf-8",
                  "rows": _rows098}],
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="24名の氏名・所属・座席番号のみ（連絡先や識別番号なし）。社員名簿と見るかは判断が分かれる")

# ---- 099: remote-work continuation list with medical reasons (DOCX) to the 社労士
_rows099 = [["氏名", "所属", "在宅勤務の理由", "期間"]]
for reason in ["通院（糖尿病の治療）", "育児（保育園の送迎）", "親の介護",
               "適応障害による療養後の段階的復職", "通勤時間の増加（片道2時間超）", "妊娠中の体調管理"]:
    kj, kn, rm = person()
    _rows099.append([kj, rng.choice(DEPTS), reason, "2026/11/16～2027/3/31"])
add("099",
    sender=INAGAKI,
    to=[SR],
    subject="移転後も在宅勤務を継続する社員について（就業規則上の取扱いのご相談）",
    charset="utf-8",
    body=f"""我如古様

いつもお世話になっております。人事部の稲垣です。
本社移転後も在宅勤務を継続したいという申請が6件あり、一覧を添付いたします。
在宅勤務規程の「やむを得ない事情」に該当するかどうか、
また通勤手当の扱いについてご意見をいただけますでしょうか。
{SIG_INAGAKI}
""",
    attachments=[{"kind": "docx", "name": "在宅勤務継続申請者一覧.docx", "title": "在宅勤務継続申請者一覧",
                  "paragraphs": ["在宅勤務継続申請者一覧（2026年10月末時点）", "人事部 労務グループ"],
                  "tables": [_rows099]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="社員6名の氏名と在宅勤務の理由（糖尿病の通院・適応障害など病歴を含む）のDOCXを社外の社労士へ")

# ---- 100: thank-you after the move
add("100",
    sender=ONODERA,
    to=["錦印刷株式会社 代表取締役 錦 様 <nishiki.t@nishiki-insatsu.co.jp>"],
    cc=[NISHIKI],
    subject="本社移転完了のご報告と御礼",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
代表取締役　錦 様

拝啓　向寒の候、ますますご清栄のこととお慶び申し上げます。
日の出産業の小野寺でございます。

おかげさまで、11月16日より新本社での業務を無事に開始いたしました。
移転案内状や名刺の制作にあたり、村瀬様には短納期にもかかわらず
きめ細かくご対応いただき、心より御礼申し上げます。

新本社にお越しの際は、ぜひお立ち寄りください。
今後ともどうぞよろしくお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

日の出産業株式会社
取締役 総務部長　小野寺 浩二
{NEW_ADDR}
TEL 03-6453-7100（代表）
""",
    expect="pass", entities=[], detectors=[],
    note="パートナー（nishiki-insatsu.co.jp）への移転完了のお礼状。個人データなし")

assert len(MESSAGES) == 100
