"""ブラインド評価コーパス: 研究倫理審査委員会 事務局（rinri）— SEED = 25001

日の出産業株式会社 総合研究所の「研究倫理審査委員会」事務局が出し入れするメール 100 通。
研究計画の審査依頼・審査結果通知、同意撤回、有害事象報告、研究対象者リスト、外部委員
（大学教員・弁護士・一般の立場の委員）とのやり取り、共同研究先の大学・病院、スポンサー
（食品・製薬・海外企業）、CRO、印刷・運送・ホテル等の取引先、英文のやり取りを含む。

登場する人物・番号・住所はすべて架空。マイナンバーとカード番号は build.py の
my_number(SEED + k) / card_number(SEED + k) だけで作る（k は番号ごとに別）。
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 25001

# ---------------------------------------------------------------------------------------
# 架空の人物を作る小道具（一覧表の行を埋めるため。書式は各メールで個別に書く）
# ---------------------------------------------------------------------------------------

_SURNAMES = [
    ("高橋", "タカハシ", "Takahashi"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("東海林", "ショウジ", "Shoji"),
    ("九十九", "ツクモ", "Tsukumo"), ("百目鬼", "ドウメキ", "Domeki"),
    ("薬袋", "ミナイ", "Minai"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("五十嵐", "イガラシ", "Igarashi"), ("長谷部", "ハセベ", "Hasebe"),
    ("鴨志田", "カモシダ", "Kamoshida"), ("阿久津", "アクツ", "Akutsu"),
    ("雲母", "キラ", "Kira"), ("御手洗", "ミタライ", "Mitarai"),
    ("佐々木", "ササキ", "Sasaki"), ("渡部", "ワタナベ", "Watanabe"),
    ("伊集院", "イジュウイン", "Ijuin"), ("比嘉", "ヒガ", "Higa"),
    ("宇佐美", "ウサミ", "Usami"), ("栗原", "クリハラ", "Kurihara"),
    ("半田", "ハンダ", "Handa"), ("一ノ瀬", "イチノセ", "Ichinose"),
    ("猪狩", "イガリ", "Igari"), ("甲斐", "カイ", "Kai"),
    ("日下部", "クサカベ", "Kusakabe"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("相馬", "ソウマ", "Soma"), ("桐生", "キリュウ", "Kiryu"),
    ("奥寺", "オクデラ", "Okudera"), ("柳楽", "ナギラ", "Nagira"),
    ("乙部", "オトベ", "Otobe"), ("嵯峨", "サガ", "Saga"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("鮫島", "サメジマ", "Samejima"),
    ("泉谷", "イズミヤ", "Izumiya"), ("古舘", "フルタチ", "Furutachi"),
    ("瀬尾", "セオ", "Seo"), ("綿貫", "ワタヌキ", "Watanuki"),
    ("岩清水", "イワシミズ", "Iwashimizu"), ("千代田", "チヨダ", "Chiyoda"),
]
_GIVEN_F = [
    ("由美子", "ユミコ", "Yumiko"), ("さくら", "サクラ", "Sakura"), ("千尋", "チヒロ", "Chihiro"),
    ("恵理", "エリ", "Eri"), ("香織", "カオリ", "Kaori"), ("美咲", "ミサキ", "Misaki"),
    ("智子", "トモコ", "Tomoko"), ("陽菜", "ヒナ", "Hina"), ("朋美", "トモミ", "Tomomi"),
    ("里奈", "リナ", "Rina"), ("典子", "ノリコ", "Noriko"), ("彩乃", "アヤノ", "Ayano"),
    ("静江", "シズエ", "Shizue"), ("瑞穂", "ミズホ", "Mizuho"), ("加奈子", "カナコ", "Kanako"),
]
_GIVEN_M = [
    ("健一", "ケンイチ", "Kenichi"), ("翔太", "ショウタ", "Shota"), ("誠", "マコト", "Makoto"),
    ("隆之", "タカユキ", "Takayuki"), ("大輔", "ダイスケ", "Daisuke"), ("浩二", "コウジ", "Koji"),
    ("悠斗", "ユウト", "Yuto"), ("正和", "マサカズ", "Masakazu"), ("拓海", "タクミ", "Takumi"),
    ("勝也", "カツヤ", "Katsuya"), ("亮", "リョウ", "Ryo"), ("義明", "ヨシアキ", "Yoshiaki"),
    ("修平", "シュウヘイ", "Shuhei"), ("康弘", "ヤスヒロ", "Yasuhiro"), ("蓮", "レン", "Ren"),
]
_TOWNS = [
    ("243-0014", "神奈川県厚木市旭町"), ("243-0803", "神奈川県厚木市山際"),
    ("252-0231", "神奈川県相模原市中央区相模原"), ("259-1117", "神奈川県伊勢原市東成瀬"),
    ("254-0034", "神奈川県平塚市宝町"), ("242-0021", "神奈川県大和市中央"),
    ("194-0013", "東京都町田市原町田"), ("176-0012", "東京都練馬区豊玉北"),
    ("192-0046", "東京都八王子市明神町"), ("206-0033", "東京都多摩市落合"),
    ("225-0011", "神奈川県横浜市青葉区あざみ野"), ("238-0008", "神奈川県横須賀市大滝町"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("260-0013", "千葉県千葉市中央区中央"),
    ("420-0857", "静岡県静岡市葵区御幸町"), ("950-0088", "新潟県新潟市中央区万代"),
    ("980-0811", "宮城県仙台市青葉区一番町"), ("460-0008", "愛知県名古屋市中区栄"),
    ("603-8143", "京都府京都市北区小山下総町"), ("812-0011", "福岡県福岡市博多区博多駅前"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_BANKS = [("みどり銀行", "厚木支店"), ("みどり銀行", "本厚木駅前支店"), ("相模中央信用金庫", "大和支店"),
          ("ゆうちょ銀行", "〇一八店"), ("東都銀行", "町田支店"), ("湘南第一銀行", "平塚支店"),
          ("みどり銀行", "新宿西口支店"), ("北斗銀行", "仙台中央支店")]


def person(i: int, sex: str | None = None) -> dict:
    """i 番目の架空人物（何度呼んでも同じ人）。"""
    r = random.Random(f"rinri-{SEED}-{i}")
    sur = r.choice(_SURNAMES)
    sex = sex or r.choice("MF")
    given = r.choice(_GIVEN_F if sex == "F" else _GIVEN_M)
    y = r.randrange(1948, 2003)
    m = r.randrange(1, 13)
    d = r.randrange(1, 29)
    post, town = r.choice(_TOWNS)
    addr = f"{town}{r.randrange(1, 6)}-{r.randrange(1, 30)}-{r.randrange(1, 25)}"
    if r.random() < 0.35:
        addr += f" {r.choice(['コーポ', 'ハイツ', 'メゾン', 'グランシャリオ', 'サンライズ'])}" \
                f"{r.choice(['青葉', '若葉', '桜台', '旭', '東'])}{r.randrange(1, 6)}0{r.randrange(1, 9)}"
    mobile = f"{r.choice(['090', '080', '070'])}-{r.randrange(1000, 10000)}-{r.randrange(1000, 10000)}"
    mail = (f"{given[2].lower()}.{sur[2].lower()}{r.randrange(1, 99)}"
            f"@{r.choice(_FREEMAIL)}")
    bank, branch = r.choice(_BANKS)
    return {
        "sei": sur[0], "mei": given[0], "name": f"{sur[0]} {given[0]}",
        "kana": f"{sur[1]} {given[1]}", "romaji": f"{given[2]} {sur[2].upper()}",
        "sex": "男" if sex == "M" else "女", "sex_en": sex, "y": y, "m": m, "d": d,
        "dob": f"{y}/{m:02d}/{d:02d}", "age": 2025 - y - (1 if m > 6 else 0),
        "post": post, "addr": addr, "mobile": mobile, "mail": mail,
        "bank": bank, "branch": branch, "acct": f"{r.randrange(1000000, 9999999)}",
    }


def wareki(y: int, m: int, d: int, short: bool = False) -> str:
    if y < 1989:
        era, n, s = "昭和", y - 1925, "S"
    else:
        era, n, s = "平成", y - 1988, "H"
    return f"{s}{n}.{m}.{d}" if short else f"{era}{n}年{m}月{d}日"


_FW = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def zen(text: str) -> str:
    """半角数字を全角に（Shift_JIS 向け。全角ハイフンは ISO-2022-JP に無い）。"""
    return text.translate(_FW)


def pad(text: str, width: int) -> str:
    """全角を 2 桁と数えて空白で埋める（メールに貼った表らしく）。"""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in text)
    return text + " " * max(width - w, 1)


# ---------------------------------------------------------------------------------------
# 署名・定型文
# ---------------------------------------------------------------------------------------

SIG_TAKASE = """
――――――――――――――――――――――――
日の出産業株式会社 総合研究所
研究倫理審査委員会 事務局　高瀬 真理子
〒243-0021 神奈川県厚木市岡田4-12-1
TEL: 046-229-5110（内線3321）　FAX: 046-229-5119
Mail: takase.mariko@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_NONOMURA = """
-------------------------------------------
日の出産業株式会社
総合研究所 研究推進部 倫理審査委員会事務局
野々村 圭（ののむら けい）
TEL 046-229-5112 / 携帯 080-4417-2093
nonomura.kei@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_YABUKI = """
**********************************
日の出産業(株) 総合研究所
ヘルスケア研究グループ 主任研究員
矢吹 誠  Makoto Yabuki, Ph.D.
〒243-0021 厚木市岡田4-12-1 研究棟B
Tel: 046-229-5230 / yabuki.makoto@lab.hinode-sangyo.co.jp
**********************************"""

SIG_KUSUNOKI = """
--
楠 沙織（くすのき さおり）
日の出産業株式会社 総合研究所 生活科学研究グループ
046-229-5241 ／ kusunoki.saori@lab.hinode-sangyo.co.jp"""

SIG_IMAIZUMI = """
━━━━━━━━━━━━━━━━
日の出産業株式会社 経理部 支払グループ
今泉 茜
TEL 03-5219-7731 / imaizumi.akane@hinode-sangyo.co.jp
〒100-0005 東京都千代田区丸の内3-2-8 日の出ビル12F
━━━━━━━━━━━━━━━━"""

SIG_EN = """
Best regards,

Mariko Takase
Secretariat, Research Ethics Committee
Hinode Sangyo Co., Ltd. - Central Research Institute
4-12-1 Okada, Atsugi, Kanagawa 243-0021, Japan
Tel: +81-46-229-5110 | takase.mariko@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。
本メールの全部または一部の無断転載・転送を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised copying or disclosure is prohibited."""

TAKASE = "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"
NONOMURA = "野々村 圭 <nonomura.kei@hinode-sangyo.co.jp>"
YABUKI = "矢吹 誠 <yabuki.makoto@lab.hinode-sangyo.co.jp>"
KUSUNOKI = "楠 沙織 <kusunoki.saori@lab.hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 茜 <imaizumi.akane@hinode-sangyo.co.jp>"
JIMU = "研究倫理審査委員会事務局 <rinri-jimu@hinode-sangyo.co.jp>"
SHOJI = "東海林 弘道 <shoji.hiromichi@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# =======================================================================================
# 001–010
# =======================================================================================

_p = [person(i) for i in range(1, 7)]
_rows = "\n".join(
    f"{'HS17-S%02d' % (n + 1)}  {pad(p['name'], 16)}{pad(p['kana'], 22)}{p['dob']}   {p['mobile']}"
    for n, p in enumerate(_p))
add(
    id="rinri-001", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="【HS-2024-017】スクリーニング来院予定者のご連絡（第3週）",
    body=f"""メディブリッジ株式会社
臨床開発部 佐伯様

いつもお世話になっております。日の出産業 倫理審査委員会事務局の野々村です。

HS-2024-017（大麦β-グルカン飲料の食後血糖試験）につきまして、
来週のスクリーニング来院予定者を下記のとおりお知らせいたします。
当日の受付票の準備をお願いできますでしょうか。

候補番号  氏名            フリガナ              生年月日     携帯電話
--------------------------------------------------------------------------------
{_rows}

来院時間は各自 9:00〜9:30 の間で調整済みです。
ご不明点がございましたらご連絡ください。

よろしくお願いいたします。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6名の被験者候補（氏名・生年月日・携帯）を空白揃えの表で社外CROへ",
)

add(
    id="rinri-002", charset="iso-2022-jp",
    sender=TAKASE,
    to=["須藤 明彦 <sudo.akihiko@med.minamisawa-u.ac.jp>"],
    subject="第42回 研究倫理審査委員会 開催日確定のご連絡",
    body=f"""南沢大学 医学部 公衆衛生学講座
須藤 明彦 先生

いつも大変お世話になっております。
日の出産業 総合研究所 倫理審査委員会事務局の高瀬でございます。

先日は日程調整にご協力いただき、誠にありがとうございました。
第42回委員会は下記の日程で開催することとなりましたのでご連絡いたします。

　日時：2025年6月18日（水）14:00〜16:30
　場所：総合研究所 本館3階 第2会議室（オンライン併用）
　審議予定：新規2件（HS-2025-011、HS-2025-012）、変更申請1件、迅速審査報告3件

審査資料は開催1週間前までに委員専用ポータルへ掲載いたします。
当日は本厚木駅よりタクシーをご手配いたしますので、ご利用の有無をお知らせください。

引き続きどうぞよろしくお願い申し上げます。
{SIG_TAKASE}
{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="外部委員1名への日程連絡。署名と定型の機密免責文のみ",
)

_p = [person(i) for i in range(7, 14)]
_rows = "\n".join(
    f"SLP-{n + 101}\t{p['name']}\t{p['mail']}\t{p['mobile']}\t2025/07/{n + 3:02d}"
    for n, p in enumerate(_p))
add(
    id="rinri-003", charset="utf-8",
    sender=YABUKI,
    to=["中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>"],
    subject="睡眠センサー研究　参加者の連絡先（装着スケジュール用）",
    body=f"""中里先生

お疲れさまです、矢吹です。
来月からの装着期間の連絡用に、同意取得済みの参加者一覧を貼り付けます。
（Excel からそのままコピーしたのでタブ区切りになっています）

ID\t氏名\tメール\t携帯\t装着開始日
{_rows}

リマインドメールは先生の研究室から送っていただく段取りでお願いします。
デバイスの発送は川崎電機さんから直接になります。
{SIG_YABUKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="研究参加者7名の氏名・メール・携帯をタブ区切りで共同研究先の大学へ",
)

_mn = my_number(SEED + 0)
add(
    id="rinri-004", charset="shift_jis",
    sender=IMAIZUMI,
    to=["税理士法人みなと会計 小野寺様 <onodera@minato-kaikei.jp>"],
    subject="外部委員謝金　支払調書作成用の情報送付",
    body=f"""税理士法人みなと会計
小野寺様

いつもお世話になっております。日の出産業 経理部の今泉でございます。

研究倫理審査委員会の外部委員に支払った謝金について、
支払調書の作成に必要な情報をお送りいたします。

　氏名　　：白石 典子（しらいし のりこ）
　住所　　：〒225-0011 神奈川県横浜市青葉区あざみ野2-17-5
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払総額：165,000円（源泉徴収税額 16,846円）

他の委員の分は揃い次第お送りします。
お手数ですがよろしくお願いいたします。
{SIG_IMAIZUMI}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="外部委員1名のマイナンバーと住所を税理士法人へ本文で送付",
)

add(
    id="rinri-005", charset="iso-2022-jp",
    sender=TAKASE,
    to=["北国フーズ 研究開発部 岩淵様 <iwabuchi.tetsuya@kitaguni-foods.co.jp>"],
    subject="Re: 共同試験の研究計画書共有前の秘密保持契約について",
    body=f"""北国フーズ株式会社
研究開発部 岩淵様

お世話になっております。高瀬です。

ご提案いただいた件、承知いたしました。
研究計画書（案）および試験食の配合情報をご共有いただく前に、
両社間で秘密保持契約（NDA）を締結する方向で進めさせてください。

当社法務部の確認では、
・秘密情報の範囲（配合比率・製造条件を含む）
・有効期間（開示から5年）
・倫理審査委員会の委員への開示を「必要な範囲の第三者開示」として認める条項
の3点を明記したいとのことです。

ひな形は当社のものでも御社のものでも構いません。
来週前半にオンラインで15分ほどお打合せできれば幸いです。

よろしくお願いいたします。
{SIG_TAKASE}

> 高瀬様
> 先日はありがとうございました。試験食の詳細をお出しする前に、
> 念のため機密保持契約を結ばせていただけますでしょうか。
> 北国フーズ 岩淵
""",
    expect="pass", entities=[], detectors=[],
    note="NDA（機密保持契約）の締結についての相談。機密表示ではない",
)

add(
    id="rinri-006", charset="iso-2022-jp",
    sender=TAKASE,
    to=["須藤 明彦 <sudo.akihiko@med.minamisawa-u.ac.jp>",
        "白川 恭子 <kyoko.shirakawa@shirakawa-law.jp>",
        "仁科 透 <nishina@hum.seiran.ac.jp>",
        "柏木 幸代 <sachiyo.kashiwagi58@gmail.com>"],
    cc=["東海林 弘道 <shoji.hiromichi@hinode-sangyo.co.jp>"],
    subject="第43回研究倫理審査委員会のご案内（7月16日）",
    body=f"""外部委員の先生方

いつもお世話になっております。倫理審査委員会事務局の高瀬です。
第43回委員会を下記のとおり開催いたしますので、ご出席をお願い申し上げます。

日時　2025年7月16日（水）13:30〜
場所　総合研究所 本館3階 第2会議室（Teams併用）
議題　1. 新規審査 HS-2025-014「在宅勤務者の姿勢と腰痛に関する質問紙調査」
　　　2. 変更審査 HS-2024-017（症例数の追加）
　　　3. 有害事象報告（1件）

出欠を7月4日までに本メールへのご返信でお知らせください。

何卒よろしくお願いいたします。
{SIG_TAKASE}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="外部委員4名（3機関＋個人のGmail）を To に並べて送信。Bcc にすべき",
)

add(
    id="rinri-007", charset="shift_jis",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="実施医療機関の連絡先一覧（HS-2025-003）",
    body=f"""佐伯様

お世話になっております。野々村です。
お問い合わせの実施医療機関の代表連絡先を以下にまとめました。

■医療法人社団 旭ヶ丘会 旭ヶ丘総合病院
　〒243-0035 神奈川県厚木市愛甲東3-1-2　代表 046-228-3300
■やまぶき内科クリニック
　〒243-0018 神奈川県厚木市中町2-6-11 厚木中町ビル2F　代表 046-221-7788
■医療法人 湘和会 しらさぎ睡眠クリニック
　〒252-0303 神奈川県相模原市南区相模大野5-28-3　代表 042-749-5151
■南沢大学附属病院 臨床研究センター
　〒259-1193 神奈川県伊勢原市下糟屋143　代表 0463-93-1121（内線 4410）
■湖北医科大学 睡眠医療センター
　〒520-2192 滋賀県大津市瀬田月輪町2-1　代表 077-548-2111

各施設の研究責任者の先生の連絡先は、施設ごとに別途ご案内いたします。
{SIG_NONOMURA}
""",
    expect="pass", entities=[], detectors=[],
    note="医療機関の代表番号・所在地の一覧（個人ではなく施設）",
)

add(
    id="rinri-008", charset="iso-2022-jp",
    sender=YABUKI,
    to=["北国フーズ 品質保証部 <qa-report@kitaguni-foods.co.jp>"],
    cc=["高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
    subject="【第一報】HS-2024-017 有害事象発生のご報告",
    body=f"""北国フーズ株式会社 品質保証部 御中

日の出産業 総合研究所の矢吹です。
HS-2024-017 において有害事象が発生しましたので、第一報としてご報告いたします。

　被験者：月見里 香織 様（被験者番号 F-009、1979年11月23日生、女性）
　発現日：2025年5月27日（試験食摂取14日目）
　事象名：蕁麻疹（全身性）、掻痒感
　既往歴：アトピー性皮膚炎、小麦アレルギー（本人申告）
　処置　：近医皮膚科を受診し抗ヒスタミン薬を処方。試験食の摂取を中止
　重篤性：非重篤／因果関係：否定できない

詳細は第二報（1週間以内）にてご報告いたします。
倫理審査委員会へは本日付で報告書を提出済みです。
{SIG_YABUKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="被験者の実名・生年月日と既往歴・有害事象（病歴）をスポンサーへ",
)

_p = [person(i) for i in range(14, 22)]
_trs = "\n".join(
    f"<tr><td>{n + 1}</td><td>{p['name']}</td><td>{p['kana']}</td><td>{p['mobile']}</td>"
    f"<td>{p['mail']}</td><td>{'あり' if n % 3 == 0 else 'なし'}</td></tr>"
    for n, p in enumerate(_p))
add(
    id="rinri-009", charset="utf-8",
    sender=NONOMURA,
    to=["さくらホテル厚木 宴会予約係 <banquet-atsugi@sakura-hotel.jp>"],
    subject="6/28 研究説明会 ご参加者名簿の送付",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル厚木<br>宴会予約係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の野々村です。<br>
6月28日（土）「鳳凰の間」での研究説明会につきまして、受付でお使いいただく
ご参加者名簿をお送りいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No.</th><th>お名前</th><th>フリガナ</th><th>携帯電話</th><th>メール</th><th>同伴者</th></tr>
{_trs}
</table>
<p>遅れて到着される方がいらっしゃいましたら、上記携帯へご連絡いただけますと助かります。</p>
<p>よろしくお願いいたします。</p>
<pre>{SIG_NONOMURA}</pre>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="説明会参加者8名の氏名・携帯・メールをHTMLのみの表でホテルへ",
)

_p = [person(i) for i in range(1, 6)]
_q = "\n".join(f"> {p['name']}　{p['dob']}　{p['mobile']}" for p in _p)
add(
    id="rinri-010", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="Re: 【HS-2024-017】来院予定者 受付票の件",
    body=f"""佐伯様

ご確認ありがとうございます。
受付票5名分、当日朝に研究棟Bの受付へお届けいただければ大丈夫です。
駐車場は来客用P2をご利用ください。

野々村

> 野々村様
>
> お世話になっております。メディブリッジの佐伯です。
> ご連絡いただいた以下5名の受付票を準備いたしました。
>
{_q}
>
> お届け先をご指示ください。
> 佐伯
""",
    expect="pass", entities=[], detectors=[],
    note="氏名・生年月日・携帯の一覧は引用部分（> 行）のみ。相手が送ってきたもの",
)


# =======================================================================================
# 011–020
# =======================================================================================

_p = [person(i) for i in range(22, 34)]
_hx = ["なし", "アトピー性皮膚炎（小児期）", "なし", "接触皮膚炎（金属）", "なし", "なし",
       "脂漏性皮膚炎", "なし", "尋常性乾癬（治療中）", "なし", "花粉症", "なし"]
add(
    id="rinri-011", charset="shift_jis",
    sender=KUSUNOKI,
    to=["湖北医科大学 皮膚科学講座 榊原先生 <sakakibara@kohoku-med.ac.jp>"],
    subject="HS-2023-031 パッチテスト 被験者背景データ（判定前）",
    body=f"""榊原先生

いつもご指導ありがとうございます。日の出産業の楠です。
来週の判定に先立ち、被験者背景のCSVをお送りします。
皮膚疾患の既往欄は問診票の記載をそのまま転記しています。

判定日当日は9時に研究棟Bでお待ちしております。
{SIG_KUSUNOKI}
""",
    attachments=[{
        "kind": "csv", "name": "patch_subjects_20250609.csv", "encoding": "cp932",
        "rows": [["被験者番号", "氏名", "生年月日", "性別", "住所", "電話番号", "皮膚疾患既往"]] + [
            [f"PT-{n + 1:03d}", p["name"], wareki(p["y"], p["m"], p["d"]), p["sex"],
             p["addr"], p["mobile"], _hx[n]] for n, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="被験者12名の氏名・和暦生年月日・住所・電話・皮膚疾患既往のCSV（CP932）を大学へ",
)

add(
    id="rinri-012", charset="iso-2022-jp",
    sender=TAKASE,
    to=["白川 恭子 <kyoko.shirakawa@shirakawa-1aw.jp>"],
    subject="【事前審査】HS-2025-014 研究計画書（概要）のご送付",
    body=f"""白川法律事務所
白川 恭子 先生

いつもお世話になっております。高瀬です。
第43回委員会で審議予定の HS-2025-014 について、
法的観点からの事前コメントをお願いしたく、概要版をお送りいたします。

特に、オプトアウトによる既存情報の利用（調査票の回答データ）について、
個人情報保護法上の整理が適切かご確認いただけますと幸いです。

ご多忙のところ恐縮ですが、7月9日頃までにご意見を頂戴できれば助かります。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "docx", "name": "HS-2025-014_計画概要.docx",
        "title": "HS-2025-014 研究計画概要",
        "paragraphs": [
            "研究課題名：在宅勤務者の作業姿勢と腰痛に関する質問紙調査",
            "研究責任者：総合研究所 人間工学グループ 堀之内 直樹",
            "研究の目的：在宅勤務の作業環境（机・椅子・画面高さ）と腰痛の自覚症状との関連を明らかにする。",
            "対象：当社従業員のうち在宅勤務を週2日以上行う者 約600名（任意参加）",
            "方法：Webアンケート（無記名）。回答データは集計値のみを報告する。",
            "個人情報の取扱い：氏名・社員番号は取得しない。IPアドレスは記録しない。",
        ],
    }],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="外部委員（白川法律事務所）宛だが shirakawa-law.jp ではなく shirakawa-1aw.jp（l→1）",
)

_p = [person(i) for i in range(1, 13)]
add(
    id="rinri-013", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["矢吹 誠 <yabuki.makoto@lab.hinode-sangyo.co.jp>"],
    cc=["高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
    subject="研究対象者リスト（HS-2024-017）最新版です",
    body=f"""矢吹さん

お疲れさまです。野々村です。
同意撤回の2名（F-004、F-011）を反映した研究対象者リストを添付します。
撤回者は「状態」列を「撤回」にして残してあります（データ削除の対象確認用）。

共有フォルダの旧版は本日中に削除しておきます。

野々村
""",
    attachments=[{
        "kind": "xlsx", "name": "HS-2024-017_研究対象者リスト_v12.xlsx",
        "sheets": {
            "対象者一覧": [["HS-2024-017 研究対象者リスト（事務局管理）", "", "", "", "", "", ""],
                       ["被験者番号", "氏名", "フリガナ", "生年月日", "住所", "電話", "状態"]] + [
                [f"F-{n + 1:03d}", p["name"], p["kana"], p["dob"], p["addr"], p["mobile"],
                 "撤回" if n + 1 in (4, 11) else "参加中"] for n, p in enumerate(_p)],
            "更新履歴": [["版", "日付", "内容"], ["v11", "2025/05/30", "F-012 追加"],
                     ["v12", "2025/06/10", "F-004, F-011 同意撤回"]],
        },
    }],
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="研究対象者12名のリストだが宛先は社内（lab. サブドメイン含む）のみ",
)

add(
    id="rinri-014", charset="utf-8",
    sender=YABUKI,
    to=["中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>"],
    subject="研究計画書（案）v0.9 ご確認のお願い",
    body=f"""中里先生

お世話になっております。矢吹です。
倫理審査への申請前に、研究計画書（案）v0.9 をお送りします。
7章（データの管理と共有）と10章（研究資金と利益相反）を中心に
ご確認いただけますと助かります。

申請締切は6月30日です。
{SIG_YABUKI}
""",
    attachments=[{
        "kind": "docx", "name": "睡眠研究_研究計画書_v0.9.docx",
        "page_header": "社外秘　日の出産業株式会社 総合研究所",
        "page_footer": "無断複製・転載禁止",
        "title": "ウェアラブル心拍センサーを用いた睡眠の質評価研究 研究計画書",
        "paragraphs": [
            "ウェアラブル心拍センサーを用いた睡眠の質評価研究　研究計画書（案）第0.9版",
            "1. 研究の背景　市販のリストバンド型心拍センサーは睡眠段階の推定に用いられているが…",
            "7. データの管理と共有　取得データは仮名加工した上で共同研究機関間で共有する。",
            "10. 研究資金と利益相反　本研究は日の出産業株式会社の社内研究費および川崎電機株式会社の共同研究費により実施する。",
            "11. センサー試作機の仕様（未公開情報を含む）　サンプリング周波数 256Hz、PPG 3波長…",
        ],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="添付DOCXのヘッダーに「社外秘」の区分表示。社外の大学へ",
)

add(
    id="rinri-015", charset="iso-2022-jp",
    sender=TAKASE,
    to=["榊原 亘 <sakakibara@kohoku-med.ac.jp>"],
    subject="第43回委員会 審査資料の送付（パスワード別送）",
    body=f"""湖北医科大学
榊原 亘 先生

いつもお世話になっております。高瀬です。
第43回委員会の審査資料一式をお送りいたします。
ファイルにはパスワードを設定しておりますので、別メールでお知らせいたします。

・HS-2025-014 研究計画書、説明文書・同意書
・HS-2024-017 変更申請書（新旧対照表）
・有害事象報告書（第二報）

ご確認のほどよろしくお願いいたします。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "zip", "name": "第43回審査資料.zip", "password": "Rinri#0716",
        "files": [
            {"kind": "txt", "name": "目次.txt", "text": "第43回 研究倫理審査委員会 審査資料 目次\n1. HS-2025-014\n2. HS-2024-017 変更\n3. 有害事象報告"},
            {"kind": "docx", "name": "HS-2025-014_研究計画書.docx",
             "paragraphs": ["研究計画書 本文"] * 5},
        ],
    }],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）で中身を検査できない",
)

add(
    id="rinri-016", charset="utf-8",
    sender="Mariko Takase <takase.mariko@hinode-sangyo.co.jp>",
    to=["Dr. Rachel Okafor <rokafor@northbay-bio.com>"],
    subject="HS-2025-008 protocol amendment - review date",
    body=f"""Dear Dr. Okafor,

Thank you for submitting Amendment No. 2 to the protocol "Multi-site study on
workplace stress biomarkers" (HS-2025-008).

Our committee will review the amendment at its meeting on 16 July 2025. As the change
concerns only the saliva sampling schedule, the chair has proposed an expedited review;
if that is accepted, you can expect our decision letter by 20 June instead.

Could you please send us the revised informed consent form (Japanese version) with the
changes tracked? An English back-translation is not required this time.
{SIG_EN}
{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="海外スポンサーへの英文連絡。定型の confidential 免責文のみ",
)

add(
    id="rinri-017", charset="utf-8",
    sender="Saori Kusunoki <kusunoki.saori@lab.hinode-sangyo.co.jp>",
    to=["NorthBay Biosciences Pharmacovigilance <safety@northbay-bio.com>"],
    cc=["Mariko Takase <takase.mariko@hinode-sangyo.co.jp>"],
    subject="SAE initial report - HS-2025-008 - Site 02",
    body="""Dear Safety Team,

Please find below the initial report of a serious adverse event at our site.

  Study:            HS-2025-008 (workplace stress biomarkers)
  Participant:      Mr. Kenji TSUKUMO, date of birth 14 March 1971, male
  Event:            Hospitalisation for paroxysmal atrial fibrillation
  Onset:            2 June 2025, admitted to Asahigaoka General Hospital on 3 June
  Medical history:  Hypertension (on amlodipine 5 mg), type 2 diabetes
  Relationship:     Unlikely related to study procedures (saliva sampling only)
  Outcome:          Recovering; discharged 6 June

The follow-up report with the discharge summary will be sent within 7 days.

Kind regards,
Saori Kusunoki
Site 02 Study Coordinator, Hinode Sangyo Central Research Institute
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="SAE報告に参加者の実名・生年月日・入院理由と既往歴（英文）",
)

_cn = card_number(SEED + 10)
add(
    id="rinri-018", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["さくらホテル厚木 宿泊予約 <reserve-atsugi@sakura-hotel.jp>"],
    subject="宿泊予約のお願い（7/15 1泊　仁科様）",
    body=f"""さくらホテル厚木
宿泊予約ご担当者様

いつもお世話になっております。日の出産業の野々村です。
当社の委員会にご出席いただく先生の宿泊を、下記のとおり予約させてください。

　ご宿泊者：仁科 透 様（青嵐大学）
　日程　　：2025年7月15日（火）チェックイン 1泊
　部屋　　：シングル禁煙　朝食付き
　お支払い：当社法人カードにて事前決済をお願いします
　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　有効期限：09/28　名義：HINODE SANGYO CO LTD / KEI NONOMURA

領収書は当社宛（日の出産業株式会社 総合研究所）でお願いいたします。
{SIG_NONOMURA}
""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="クレジットカード番号を本文に記載してホテルへ",
)

add(
    id="rinri-019", charset="iso-2022-jp",
    sender=TAKASE,
    to=["柏木 幸代 <sachiyo.kashiwagi58@yahoo.co.jp>"],
    subject="委員会資料の閲覧方法について（ポータルのログイン）",
    body=f"""柏木 幸代 様

いつもお世話になっております。倫理審査委員会事務局の高瀬でございます。
お電話でお問い合わせいただいた、委員専用ポータルへのログイン方法をご案内いたします。

1. 招待メール（件名「[HinodePortal] アカウント有効化のお願い」）のリンクを開いてください。
2. 初回はご自身でパスワードを設定していただきます（8文字以上、英字と数字を含む）。
3. ログイン後、「第43回委員会」フォルダに資料が掲載されています。

招待メールが見当たらない場合は、再送いたしますのでお知らせください。
印刷した資料の郵送をご希望でしたら、そのようにも対応いたします。

引き続きよろしくお願いいたします。
{SIG_TAKASE}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="一般の立場の外部委員（Yahoo!メール）1名への操作案内",
)

_p = [person(i) for i in range(40, 46)]
_bl = "\n".join(
    f"・{p['name']} 様　〒{p['post']} {p['addr']}　TEL {p['mobile']}" for p in _p)
add(
    id="rinri-020", charset="shift_jis",
    sender=NONOMURA,
    to=["錦印刷 営業部 森下様 <morishita@nishiki-insatsu.co.jp>"],
    subject="委員会資料 発送用宛名ラベルの作成依頼",
    body=f"""錦印刷株式会社
営業部 森下様

お世話になっております。日の出産業の野々村です。
先日お見積りいただいた、委員会資料の印刷・封入・発送の件、正式にお願いいたします。
宛名ラベルの発送先は以下の6名です（いずれも先生方のご自宅宛）。

{_bl}

差出人は「日の出産業株式会社 総合研究所 倫理審査委員会事務局」でお願いします。
7月8日（火）発送、レターパックプラスでお願いいたします。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="外部委員6名の自宅住所・電話を「・」箇条書きで印刷会社へ",
)


# =======================================================================================
# 021–030
# =======================================================================================

_p = [person(i) for i in range(50, 66)]
_r = random.Random(SEED + 21)
add(
    id="rinri-021", charset="iso-2022-jp",
    sender=YABUKI,
    to=["岩淵 哲也 <iwabuchi.tetsuya@kitaguni-foods.co.jp>"],
    subject="HS-2024-017 被験者管理台帳（5月末時点）の共有",
    body=f"""北国フーズ 岩淵様

お世話になっております。矢吹です。
ご依頼の被験者管理台帳（5月末時点）を添付いたします。
シート「検査値」にスクリーニング時の空腹時血糖とHbA1cを入れてあります。

中間解析の進め方については、来週の定例でご相談させてください。
{SIG_YABUKI}
""",
    attachments=[{
        "kind": "xlsx", "name": "被験者管理台帳_202505.xlsx",
        "sheets": {
            "登録者": [["HS-2024-017 被験者管理台帳　2025年5月31日現在", "", "", "", ""],
                    ["", "", "", "", ""],
                    ["被験者番号", "氏名", "生年月日", "性別", "連絡先"]] + [
                [f"F-{n + 1:03d}", p["name"], p["dob"], p["sex"], p["mobile"]]
                for n, p in enumerate(_p)],
            "来院予定": [["被験者番号", "V2", "V3", "V4"]] + [
                [f"F-{n + 1:03d}", "6/03", "6/17", "7/01"] for n in range(len(_p))],
            "検査値": [["被験者番号", "空腹時血糖(mg/dL)", "HbA1c(%)", "判定"]] + [
                [f"F-{n + 1:03d}", _r.randrange(98, 126), round(_r.uniform(5.6, 6.4), 1),
                 "境界型" if _r.random() < 0.6 else "正常高値"] for n in range(len(_p))],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="16名の氏名・生年月日・電話と検査値（健診結果）を複数シートのXLSXでスポンサーへ",
)

add(
    id="rinri-022", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["さくらホテル厚木 宴会予約係 <banquet-atsugi@sakura-hotel.jp>"],
    subject="Re: 7/16 会議室ご利用の件（当日の連絡先）",
    body=f"""さくらホテル厚木 宴会予約係
平野様

ご連絡ありがとうございます。
当日会場入りする当社スタッフは以下の3名です。搬入時の連絡先としてお使いください。

　野々村 圭　　携帯 080-4417-2093（責任者）
　坂巻 瑞穂　　携帯 090-6215-3307
　千代田 蓮　　携帯 070-1852-9940

プロジェクターとマイク2本の手配をあわせてお願いいたします。
{SIG_NONOMURA}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="当日の連絡先3名の携帯番号のみ（5名未満）。警告はあり得る",
)

_p = [person(i) for i in range(70, 76)]
_blk = "\n\n".join(
    f"【{n + 1}】{p['name']}（{p['kana']}）\n"
    f"　住所：〒{p['post']} {p['addr']}\n"
    f"　振込先：{p['bank']} {p['branch']}　普通　{p['acct']}\n"
    f"　口座名義：{p['kana'].replace(' ', ' ')}\n"
    f"　謝金額：{[33000, 33000, 55000, 33000, 22000, 33000][n]:,}円"
    for n, p in enumerate(_p))
add(
    id="rinri-023", charset="shift_jis",
    sender=IMAIZUMI,
    to=["小野寺 <onodera@minato-kaikei.jp>"],
    subject="【振込代行】6月分 外部委員謝金の振込先",
    body=f"""みなと会計 小野寺様

お世話になっております。今泉です。
6月分の外部委員謝金について、振込代行をお願いいたします。
振込予定日は6月25日（水）です。

{_blk}

源泉徴収の計算は前回と同様でお願いいたします。
{SIG_IMAIZUMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="外部委員6名の住所・口座番号を1人1ブロックで税理士法人へ",
)

_mn1, _mn2 = my_number(SEED + 1), my_number(SEED + 2)
add(
    id="rinri-024", charset="utf-8",
    sender=NONOMURA,
    to=["今泉 茜 <imaizumi.akane@hinode-sangyo.co.jp>"],
    subject="外部委員の個人番号（2名分）",
    body=f"""今泉さん

お疲れさまです。野々村です。
提出が遅れていた外部委員2名分の個人番号、本人確認書類の写しと照合済みです。

仁科 透　　個人番号 {_mn1}（番号確認：通知カード／身元確認：運転免許証）
柏木 幸代　個人番号 {_mn2}（番号確認・身元確認：マイナンバーカード）

原本の写しは事務局の施錠キャビネットに保管しています。
税理士法人への送付は経理部から暗号化便でお願いします。

野々村
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="マイナンバー2名分だが社内（経理部）宛のみ",
)

add(
    id="rinri-025", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["東海林 弘道 <shoji.hiromichi@hinode-sangyou.co.jp>"],
    subject="審査結果通知書（案）ご確認のお願い　HS-2025-011",
    body=f"""東海林委員長

お疲れさまです。事務局の野々村です。
第42回委員会で「条件付き承認」となった HS-2025-011 の審査結果通知書（案）です。
付帯条件の文言をご確認いただき、問題なければ押印の手配をいたします。

【付帯条件】
1. 説明文書の「謝礼」欄に、途中で参加を取りやめた場合の扱いを明記すること
2. 質問紙の自由記載欄に、特定の個人が識別される記載をしないよう注意書きを加えること

よろしくお願いいたします。
{SIG_NONOMURA}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="社内の委員長宛のつもりが hinode-sangyou.co.jp（u が一文字多い）",
)

add(
    id="rinri-026", charset="utf-8",
    sender=YABUKI,
    to=["中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>"],
    cc=["川崎電機 大貫様 <onuki.ryo@kawasaki-denki.co.jp>",
        "楠 沙織 <kusunoki.saori@lab.hinode-sangyo.co.jp>"],
    subject="共同研究 定例ミーティング（6月）の日程",
    body=f"""中里先生、大貫様

お世話になっております。矢吹です。
6月の定例ミーティングですが、以下の候補でご都合いかがでしょうか。

　A案　6月19日（木）10:00〜11:00
　B案　6月20日（金）15:00〜16:00
　C案　6月24日（火）13:00〜14:00

議題は、試作センサーの装着感アンケート結果の共有と、
倫理審査の変更申請（測定期間の延長）の段取りです。
Teams のリンクは日程確定後にお送りします。
{SIG_YABUKI}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="外部は大学と川崎電機の2組織のみ（通常の三者打合せ）",
)

_p = [person(i) for i in range(80, 90)]
add(
    id="rinri-027", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["青葉運輸 法人営業所 <houjin-atsugi@aoba-unyu.co.jp>"],
    subject="謝礼品の一括発送　送り先リスト（PDF）",
    body=f"""青葉運輸株式会社 厚木法人営業所
ご担当者様

いつもお世話になっております。日の出産業の野々村です。
研究にご協力いただいた方々への謝礼品（クオカード同封の菓子折）の発送をお願いします。
送り先10件を添付のPDFにまとめました。配達希望日は6月21日（土）午前です。

伝票は元払い、請求は通常どおり月締めでお願いいたします。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "pdf", "name": "謝礼品送付先一覧.pdf", "title": "謝礼品送付先一覧",
        "lines": ["謝礼品 送付先一覧（2025年6月発送分）", "依頼主：日の出産業株式会社 総合研究所", ""],
        "table": [["No", "お届け先氏名", "郵便番号", "住所", "電話番号"]] + [
            [str(n + 1), p["name"], p["post"], p["addr"], p["mobile"]]
            for n, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="研究協力者10名の氏名・住所・電話のPDF表を運送会社へ",
)

add(
    id="rinri-028", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["北国フーズ 品質保証部 <qa-report@kitaguni-foods.co.jp>"],
    subject="【第二報】HS-2024-017 有害事象（被験者番号 F-017）",
    body=f"""北国フーズ株式会社 品質保証部 御中

日の出産業 総合研究所の楠です。
6月2日に第一報をお送りした有害事象について、第二報をお送りします。

　被験者番号：F-017（52歳・女性）
　事象名　　：急性胃腸炎（入院加療 3日間）
　経過　　　：6月4日退院、回復。試験は本人の意向により継続
　因果関係　：試験食との関連は否定的（同居家族にも同症状あり）
　重篤性　　：重篤（入院のため）

倫理審査委員会には本日付で第二報を提出いたしました。
{SIG_KUSUNOKI}
""",
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="病名入りの有害事象報告だが氏名なし・被験者番号と年齢性別のみ（仮名化）で判断が割れる",
)

add(
    id="rinri-029", charset="utf-8",
    sender=KUSUNOKI,
    to=["湖北医科大学 臨床研究支援室 <crsupport@kohoku-med.ac.jp>"],
    subject="外国籍の参加者の本人確認について（HS-2025-008）",
    body=f"""湖北医科大学 臨床研究支援室
ご担当者様

お世話になっております。日の出産業の楠です。
先日ご相談した、外国籍の参加者の本人確認書類の件です。
ご本人の了承を得て、在留カードの記載事項を以下のとおりお伝えします。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　生年月日：1996年8月12日
　国籍・地域：ベトナム
　在留カード番号：AB12345678CD
　在留期間（満了日）：2027年3月31日

貴院での採血時に、ご本人確認をお願いできますでしょうか。
通訳の手配は当社で行います。
{SIG_KUSUNOKI}
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="在留カード番号と氏名・生年月日を大学へ",
)

add(
    id="rinri-030", charset="iso-2022-jp",
    sender=TAKASE,
    to=["須藤 明彦 <sudo.akihiko@med.minamisawa-u.ac.jp>"],
    subject="RE: HS-2025-011 事前コメント",
    body=f"""須藤先生

ご多忙のところ、詳細なコメントをありがとうございました。
ご指摘の2点（有害事象の報告経路、データ削除の手順）は、
研究者に確認のうえ委員会当日に回答を用意いたします。

高瀬

-----Original Message-----
From: 須藤 明彦 <sudo.akihiko@med.minamisawa-u.ac.jp>
Sent: Monday, June 9, 2025 7:42 PM
To: 高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>
Subject: HS-2025-011 事前コメント

高瀬様

資料拝見しました。2点だけ。
(1) 前回報告のあった参加者（F-009 月見里さん、アトピー性皮膚炎の既往あり）のように
    既往のある方の有害事象について、研究者から委員会への報告経路が計画書で不明確です。
(2) 同意撤回時のデータ削除の手順（誰が、いつ、どのシステムから）を明記してください。

須藤
""",
    expect="pass", entities=[], detectors=[],
    note="病歴に触れる記述は Original Message 以下の引用部分のみ（相手が書いたもの）",
)


# =======================================================================================
# 031–040
# =======================================================================================

_p = [person(i) for i in range(90, 97)]
_roles = ["委員（医学・医療）", "委員（法律）", "委員（倫理学）", "委員（一般の立場）",
          "委員（医学・医療）", "委員（一般の立場）", "副委員長（外部）"]
add(
    id="rinri-031", charset="iso-2022-jp",
    sender=TAKASE,
    to=["光損害保険 企業営業部 <kigyo-eigyo@hikari-sonpo.co.jp>"],
    subject="委員賠償責任保険 加入者名簿の提出",
    body=f"""光損害保険株式会社
企業営業部 ご担当者様

いつもお世話になっております。日の出産業 倫理審査委員会事務局の高瀬です。
今年度更新分の委員賠償責任保険につきまして、外部委員の加入者名簿を
ご指定の様式（Word）で作成いたしましたので提出いたします。

保険料のご請求書は、経理部 今泉宛にお送りください。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "docx", "name": "加入者名簿_2025年度.docx",
        "paragraphs": ["委員賠償責任保険　加入者名簿（2025年度）",
                       "契約者：日の出産業株式会社　被保険者：研究倫理審査委員会 外部委員", ""],
        "tables": [[["No.", "氏名", "生年月日", "自宅住所", "電話番号", "区分"]] + [
            [str(n + 1), p["name"], wareki(p["y"], p["m"], p["d"]),
             f"〒{p['post']} {p['addr']}", p["mobile"], _roles[n]]
            for n, p in enumerate(_p)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="外部委員7名の生年月日・自宅住所・電話をDOCXの表で保険会社へ",
)

add(
    id="rinri-032", charset="utf-8",
    sender=YABUKI,
    to=["大貫 亮 <onuki.ryo@kawasaki-denki.co.jp>"],
    subject="進捗報告会の資料（装着部位の皮膚症状を含む）",
    body=f"""大貫様

お世話になっております。矢吹です。
明日の進捗報告会の資料をお送りします。
4枚目に、装着部位に皮膚症状が出た参加者の経過をまとめています。
バンド素材の改良検討にお役立てください。
{SIG_YABUKI}
""",
    attachments=[{
        "kind": "pptx", "name": "睡眠研究_進捗報告_0612.pptx",
        "title": "睡眠研究 進捗報告",
        "slides": [
            ["ウェアラブル睡眠研究 進捗報告", "2025年6月12日", "日の出産業 総合研究所 ヘルスケア研究G"],
            ["登録状況", "目標 60名 / 登録 48名 / 完了 31名", "脱落 3名（同意撤回 2、転居 1）"],
            ["データ取得率", "夜間装着率 92.4%", "欠測の主因：充電忘れ"],
            ["装着部位の皮膚症状（有害事象）",
             "SLP-104　K.M.　34歳 女性　接触皮膚炎（手首）　既往：金属アレルギー",
             "SLP-109　T.H.　51歳 男性　湿疹の悪化　既往：アトピー性皮膚炎",
             "SLP-113　Y.S.　28歳 女性　発赤・掻痒　既往：なし",
             "SLP-121　R.I.　45歳 男性　接触皮膚炎　既往：乾癬（外用治療中）",
             "SLP-127　A.W.　39歳 女性　水疱形成　既往：喘息",
             "SLP-130　N.O.　62歳 男性　発赤　既往：2型糖尿病"],
            ["今後の対応", "バンド裏地の素材変更（シリコーン→医療用ポリウレタン）", "変更申請を7月委員会へ"],
        ],
    }],
    expect="stop",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTXに参加者6名分の行（ID・イニシャル・年齢・性別・既往歴・有害事象）",
)

add(
    id="rinri-033", charset="utf-8",
    sender="Mariko Takase <takase.mariko@hinode-sangyo.co.jp>",
    to=["Prof. Henrik Lindqvist <henrik.lindqvist@umea-health.se>"],
    subject="Re: Ethics review for the joint ergonomics study",
    body=f"""Dear Professor Lindqvist,

Thank you for your interest in conducting the joint ergonomics study with our
institute.

Under the Japanese "Ethical Guidelines for Medical and Biological Research Involving
Human Subjects", each participating institution in Japan needs approval from an ethics
committee. Our committee can act as the central review board for the Japanese part of
the study, while your site will follow the Swedish Ethical Review Authority's decision.

For our review we would need:
  1. The protocol (English is fine) and a Japanese summary of about two pages
  2. The participant information sheet and consent form in Japanese
  3. A data transfer agreement covering the transfer of pseudonymised data to Sweden

Our committee meets on the third Wednesday of each month; the submission deadline is
three weeks before. I would be happy to arrange a short call to go through the process.
{SIG_EN}

On Tue, 3 Jun 2025 at 09:12, Henrik Lindqvist <henrik.lindqvist@umea-health.se> wrote:
> Dear Ms Takase,
> We are planning a study on sit-stand desks with your research group. Could you
> explain what we need to prepare for the ethics review on the Japanese side?
> Best, Henrik
""",
    expect="pass", entities=[], detectors=[],
    note="海外大学への手続き説明（英文返信、引用付き）。個人データなし",
)

_p = [person(i) for i in range(100, 109)]
add(
    id="rinri-034", charset="shift_jis",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="モニタリング用資料一式（HS-2024-017）",
    body=f"""佐伯様

お世話になっております。野々村です。
来週のモニタリング訪問の事前資料をZIPにまとめてお送りします。

　・同意取得状況一覧（CSV）
　・同意撤回申出書の控え（Word）
　・症例登録票の記入要領（PDF）

ご確認よろしくお願いいたします。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "zip", "name": "monitoring_HS-2024-017.zip",
        "files": [
            {"kind": "csv", "name": "同意取得状況.csv", "encoding": "cp932",
             "rows": [["被験者番号", "氏名", "生年月日", "同意取得日", "説明者", "連絡先"]] + [
                 [f"F-{n + 20:03d}", p["name"], wareki(p["y"], p["m"], p["d"], short=True),
                  f"2025/04/{n + 7:02d}", "矢吹", p["mobile"]] for n, p in enumerate(_p)]},
            {"kind": "docx", "name": "同意撤回申出書_F-004.docx",
             "paragraphs": ["同意撤回申出書", "研究課題名：大麦β-グルカン飲料の食後血糖に対する効果検証試験",
                            "私は、上記研究への参加について同意を撤回します。",
                            "撤回日：2025年6月5日", "被験者番号：F-004",
                            "撤回後の試料・情報の取扱い：廃棄を希望する"]},
            {"kind": "pdf", "name": "症例登録票_記入要領.pdf",
             "lines": ["症例登録票 記入要領", "1. 被験者番号は F- から始まる3桁", "2. 日付は西暦で記入"]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP内CSVに被験者9名の氏名・生年月日（S/H表記）・電話",
)

_p = [person(i) for i in range(110, 117)]
_fwd = "\n".join(f"{p['name']}, {p['kana']}, {p['mail']}, {p['mobile']}" for p in _p)
add(
    id="rinri-035", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["仁科 透 <nishina@hum.seiran.ac.jp>"],
    subject="FW: 【患者会】インタビュー調査 協力者のご紹介",
    body=f"""仁科先生

お世話になっております。楠です。
患者会の事務局から、インタビュー調査への協力者の紹介がありましたので転送します。
先生の研究室で日程調整をお願いできますでしょうか。
{SIG_KUSUNOKI}
""",
    attachments=[{
        "kind": "eml", "name": "協力者のご紹介.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "NPO法人ひだまりの会 事務局 <jimukyoku@hidamari.or.jp>",
            "to": ["楠 沙織 <kusunoki.saori@lab.hinode-sangyo.co.jp>"],
            "subject": "【患者会】インタビュー調査 協力者のご紹介",
            "body": f"""日の出産業 楠様

ひだまりの会の遠藤です。
先日ご依頼のインタビュー調査（慢性腎臓病と就労）について、
協力してもよいという会員が7名集まりましたのでご紹介します。
いずれも透析治療中の方で、ご本人の了解を得ています。

{_fwd}

平日夜か土曜日が希望の方が多いです。
よろしくお願いします。
遠藤
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="転送（eml添付）で透析治療中の患者7名の連絡先一覧を大学へ",
)

add(
    id="rinri-036", charset="shift_jis",
    sender=TAKASE,
    to=["東海林 弘道 <shoji.hiromichi@hinode-sangyo.co.jp>",
        "研究推進部 <kenkyu-suishin@hinode-sangyo.co.jp>"],
    subject="【社外秘】倫理審査委員会 年度運営計画（案）",
    body=f"""東海林委員長
研究推進部 各位

お疲れさまです。高瀬です。
来年度の委員会運営計画（案）を添付します。
審査手数料の改定と、外部委員の増員（一般の立場1名）を盛り込んでいます。
社外秘の扱いでお願いいたします。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "xlsx", "name": "運営計画_2026年度案.xlsx",
        "page_header": "社外秘", "title": "2026年度 倫理審査委員会 運営計画（案）",
        "sheets": {
            "計画": [["【社外秘】2026年度 研究倫理審査委員会 運営計画（案）"],
                   ["項目", "2025年度", "2026年度案", "備考"],
                   ["開催回数", 12, 12, "毎月第3水曜"],
                   ["外部委員数", 5, 6, "一般の立場 +1"],
                   ["審査手数料（社外案件）", 150000, 180000, "迅速審査は据置"],
                   ["委員研修", 1, 2, "eラーニング導入"]],
        },
    }],
    expect="pass", entities=[], detectors=[],
    note="社外秘の表示はあるが宛先はすべて社内",
)

add(
    id="rinri-037", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["kaname.hasebe@gmail.com", "m-igarashi1964@yahoo.co.jp",
        "tomomi.kurihara@icloud.com", "shuhei_kai@docomo.ne.jp"],
    subject="【リマインド】6月28日（土）研究説明会のご案内",
    body=f"""研究説明会にお申し込みの皆さま

日の出産業 総合研究所の野々村です。
6月28日（土）の研究説明会のご案内を再送いたします。

　日時：6月28日（土）10:00〜11:30（受付 9:40〜）
　会場：さくらホテル厚木 2階「鳳凰の間」
　持ち物：健康保険証（本人確認のため提示のみ。コピーは取りません）

説明会では研究の内容と謝礼についてご説明し、参加するかどうかは
後日ゆっくりご検討いただけます。ご不明点はお気軽にお問い合わせください。
{SIG_NONOMURA}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="参加希望の個人4名のアドレスを To に並べて一斉送信（互いに見える）",
)

add(
    id="rinri-038", charset="shift_jis",
    sender=KUSUNOKI,
    to=["光損害保険 損害サービス課 <songai-service@hikari-sonpo.co.jp>"],
    subject="臨床研究保険　補償請求のご相談（HS-2023-031）",
    body=f"""光損害保険株式会社
損害サービス課 ご担当者様

いつもお世話になっております。日の出産業の楠です。
臨床研究保険（証券番号 CRI-2023-08812）について、補償請求のご相談です。

パッチテスト参加者1名に色素沈着が残り、皮膚科で治療を継続しています。
請求に必要な本人確認情報は以下のとおりです（ご本人の同意取得済み）。

　氏名　　　　：九十九 朋美（つくも ともみ）
　生年月日　　：昭和６１年２月１９日
　運転免許証番号：第 ３０２１１８４５７６６０ 号
　傷病名　　　：炎症後色素沈着（右上腕内側）、治療期間 約３か月見込み
　受診先　　　：やまぶき内科クリニック（皮膚科外来）

診断書の原本は郵送いたします。手続きのご案内をお願いいたします。
{SIG_KUSUNOKI}
""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="参加者の運転免許証番号・和暦生年月日・傷病名を保険会社へ",
)

add(
    id="rinri-039", charset="iso-2022-jp",
    sender=TAKASE,
    to=["臨床研究支援機構 調査担当 <chosa@crs-kiko.or.jp>"],
    subject="倫理審査委員会 活動状況調査へのご回答",
    body=f"""一般社団法人 臨床研究支援機構
調査担当 御中

お世話になっております。日の出産業 総合研究所 倫理審査委員会事務局の高瀬です。
標記調査につきまして、2024年度の実績を以下のとおりご回答いたします。

　委員会開催回数　　　　12回（うち臨時 0回）
　新規審査件数　　　　　31件（承認 22／条件付承認 7／継続審査 2／不承認 0）
　迅速審査件数　　　　　46件
　変更審査件数　　　　　58件
　有害事象報告の審議　　9件（うち重篤 2件）
　同意撤回の報告　　　　14件
　委員構成　　　　　　　9名（外部 5名、女性 4名）
　委員研修の実施　　　　年1回（全委員受講）

回答票（様式2）の記入例に従い、個別の研究課題名は省略しております。
{SIG_TAKASE}
""",
    expect="pass", entities=[], detectors=[],
    note="集計値のみ（件数・構成人数）。個人データなし",
)

add(
    id="rinri-040", charset="iso-2022-jp",
    sender=YABUKI,
    to=["岩淵 哲也 <iwabuchi.tetsuya@kitaguni-food.co.jp>"],
    subject="HS-2024-017 変更申請書（症例数追加）の写し",
    body=f"""北国フーズ 岩淵様

お世話になっております。矢吹です。
7月委員会に提出する変更申請書（症例数 40→56）の写しをお送りします。
追加の試験食 16名分（ロット KF-BG24-0611）の手配をお願いできますでしょうか。

サンプルサイズ再計算の根拠は別紙2にまとめました。
{SIG_YABUKI}
""",
    attachments=[{
        "kind": "pdf", "name": "変更申請書_HS-2024-017.pdf",
        "lines": ["研究計画変更申請書", "研究課題番号：HS-2024-017",
                  "変更内容：目標症例数を40例から56例に変更する",
                  "変更理由：中間時点の脱落率（18%）が想定（10%）を上回ったため",
                  "別紙2：サンプルサイズの再計算（検出力80%、有意水準5%）"],
    }],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-foods.co.jp ではなく kitaguni-food.co.jp（s が脱落）",
)


# =======================================================================================
# 041–050
# =======================================================================================

_p = [person(i) for i in range(120, 134)]
add(
    id="rinri-041", charset="shift_jis",
    sender=NONOMURA,
    to=["文書保管センター 受付 <uketsuke@bunsho-hokan.co.jp>"],
    subject="保管期間満了前の電子記録の移管について（2015年度分）",
    body=f"""株式会社文書保管センター
受付ご担当者様

いつもお世話になっております。日の出産業の野々村です。
2015年度に終了した研究の記録を、電子媒体でも貴社保管庫へ移管したく、
まず対象者リスト（旧形式のExcel 97-2003ファイル）をお送りします。
保管箱のラベルとの突合にお使いください。

保管期限は研究終了後10年（2026年3月末）です。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "xls", "name": "H27_研究対象者名簿.xls",
        "sheets": {
            "H27-004": [["研究課題 H27-004 対象者名簿", "", "", "", ""],
                        ["No", "氏名", "生年月日", "住所", "電話"]] + [
                [n + 1, p["name"], wareki(p["y"], p["m"], p["d"]), p["addr"], p["mobile"]]
                for n, p in enumerate(_p[:8])],
            "H27-009": [["No", "氏名", "生年月日", "住所", "電話"]] + [
                [n + 1, p["name"], wareki(p["y"], p["m"], p["d"]), p["addr"], p["mobile"]]
                for n, p in enumerate(_p[8:])],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="旧形式XLSの対象者名簿14名（和暦生年月日・住所・電話）を保管業者へ",
)

add(
    id="rinri-042", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["湖北医科大学 臨床研究支援室 <crsupport@kohoku-med.ac.jp>"],
    subject="Re: 7/2 採血時の通訳者について",
    body=f"""臨床研究支援室
ご担当者様

お世話になっております。楠です。
7月2日の採血に同行する通訳者が決まりましたのでお知らせします。

　通訳者：ファム・ミン・トゥアン さん（ベトナム語／フリーランス）
　携帯　：090-3318-6624
　メール：pham.minhtuan.vn@gmail.com

当日は9時40分に正面玄関で待ち合わせの予定です。
入館証の準備をお願いできますでしょうか。
{SIG_KUSUNOKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="通訳者1名の連絡先のみ（5名未満の個人データ）。警告はあり得る",
)

add(
    id="rinri-043", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["旭ヶ丘総合病院 医事課 <iji@asahigaoka-hp.or.jp>"],
    subject="研究参加者の受診に関するお願い（補償対象）",
    body=f"""旭ヶ丘総合病院 医事課 御中

いつもお世話になっております。日の出産業 総合研究所の楠でございます。
当社の研究に参加中の方が、研究に起因する可能性のある症状で貴院を受診されます。
医療費は当社の研究補償の対象となりますので、窓口負担分のご請求は当社宛に
お願いできますでしょうか。

　患者氏名：阿久津 静江 様
　保険証　：記号 ４６１２０３　番号 ８８７
　保険者番号：06140097
　症状　　：試験食摂取後の腹痛・下痢（感染性腸炎疑い）
　受診予定：6月13日（金）午前 消化器内科

ご本人には当社発行の「研究参加証明書」をお持ちいただきます。
{SIG_KUSUNOKI}
""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="参加者1名の健康保険証の記号・番号と症状（病歴）を病院へ",
)

_p = [person(i) for i in range(140, 150)]
add(
    id="rinri-044", charset="utf-8",
    sender="Saori Kusunoki <kusunoki.saori@lab.hinode-sangyo.co.jp>",
    to=["Dr. Rachel Okafor <rokafor@northbay-bio.com>"],
    subject="Site 02 enrolment log (HS-2025-008)",
    body="""Dear Dr. Okafor,

As requested during yesterday's call, please find attached the enrolment log of
Site 02 as of 10 June. Saliva kits for the second visit will be shipped next week.

Kind regards,
Saori Kusunoki
Site 02 Study Coordinator
""",
    attachments=[{
        "kind": "csv", "name": "site02_enrolment_log.csv", "encoding": "utf-8",
        "rows": [["Subject ID", "Name", "Date of birth", "Sex", "E-mail", "Consent date"]] + [
            [f"02-{n + 1:03d}", p["romaji"], f"{p['y']}-{p['m']:02d}-{p['d']:02d}",
             p["sex_en"], p["mail"], f"2025-05-{n + 12:02d}"] for n, p in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="参加者10名のローマ字氏名・生年月日・メールのCSV（UTF-8）を海外スポンサーへ",
)

add(
    id="rinri-045", charset="shift_jis",
    sender=NONOMURA,
    to=["中里研究室 秘書 <nakazato-lab@eng.minamisawa-u.ac.jp>"],
    subject="同意書原本の返送について（発送済み）",
    body=f"""南沢大学 中里研究室
秘書ご担当者様

お世話になっております。日の出産業の野々村です。
確認のためお預かりしていた同意書原本（32部）を、本日返送いたしました。

　発送：青葉運輸 宅配便（セキュリティパック）
　お問い合わせ番号：4471-2209-8836
　お届け予定：6月12日（木）午前中

箱は2箱、いずれも封緘シールを貼付しています。
受領されましたら、お手数ですが受領書にご署名のうえPDFでお送りください。
{SIG_NONOMURA}
""",
    expect="pass", entities=[], detectors=[],
    note="配送の追跡番号と部数のみ",
)

add(
    id="rinri-046", charset="iso-2022-jp",
    sender=TAKASE,
    to=["なぎさ製薬 研究企画部 長谷川様 <hasegawa.jun@nagisa-pharma.co.jp>"],
    subject="【極秘】HS-2025-012 審査結果のお知らせ（正式通知前）",
    body=f"""━━━━━━━━━━━━━━━━
　取扱区分：極秘（関係者限り）
━━━━━━━━━━━━━━━━

なぎさ製薬株式会社
研究企画部 長谷川様

お世話になっております。高瀬です。
6月18日の委員会で審議した HS-2025-012（新規成分配合サプリメントの安全性試験）は、
「継続審査」となりました。正式な通知書は来週お送りしますが、
申請準備のため委員会の主な指摘事項を先にお伝えします。

1. 前臨床データ（反復投与毒性）の概要を説明文書に記載すること
2. 肝機能検査値による中止基準を具体的に定めること
3. 利益相反の申告書を御社担当者分も提出すること

正式通知までは社内関係者限りでのお取扱いをお願いいたします。
{SIG_TAKASE}
""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="件名・本文冒頭に「極秘」の取扱区分表示。社外スポンサーへ",
)

add(
    id="rinri-047", charset="iso-2022-jp",
    sender=TAKASE,
    to=["長谷川 純 <hasegawa.jun@nagisa-pharma.co.jp>"],
    subject="倫理審査の外部受託　審査手数料のご案内",
    body=f"""なぎさ製薬株式会社
研究企画部 長谷川様

お問い合わせいただいた、当委員会への審査委託の手数料をご案内いたします（税別）。

　区分　　　　　　　　　　　　　手数料
　----------------------------------------
　新規審査（委員会審査）　　　　150,000円
　新規審査（迅速審査）　　　　　 60,000円
　変更審査　　　　　　　　　　　 30,000円
　継続審査（年次報告）　　　　　 20,000円
　重篤な有害事象の審議　　　　　 無料
　----------------------------------------

お支払いは審査申請月の翌月末、請求書（適格請求書）を発行いたします。
審査委託契約書のひな形を添付いたしますので、ご確認ください。
{SIG_TAKASE}
""",
    html="""<html><body>
<p>なぎさ製薬株式会社<br>研究企画部 長谷川様</p>
<p>お問い合わせいただいた、当委員会への審査委託の手数料をご案内いたします（税別）。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>区分</th><th>手数料</th></tr>
<tr><td>新規審査（委員会審査）</td><td align="right">150,000円</td></tr>
<tr><td>新規審査（迅速審査）</td><td align="right">60,000円</td></tr>
<tr><td>変更審査</td><td align="right">30,000円</td></tr>
<tr><td>継続審査（年次報告）</td><td align="right">20,000円</td></tr>
<tr><td>重篤な有害事象の審議</td><td align="right">無料</td></tr>
</table>
<p>お支払いは審査申請月の翌月末、請求書（適格請求書）を発行いたします。<br>
審査委託契約書のひな形を添付いたしますので、ご確認ください。</p>
<p>日の出産業株式会社 総合研究所 研究倫理審査委員会 事務局　高瀬 真理子<br>
TEL: 046-229-5110（内線3321）</p>
</body></html>""",
    attachments=[{
        "kind": "docx", "name": "倫理審査委託契約書（ひな形）.docx",
        "paragraphs": [
            "倫理審査委託契約書",
            "（以下「委託者」という）と日の出産業株式会社（以下「受託者」という）は、次のとおり契約を締結する。",
            "第1条（目的）受託者は、委託者が実施する研究について、受託者の研究倫理審査委員会による審査を行う。",
            "第6条（秘密保持）受託者及び委員は、審査の過程で知り得た委託者の秘密情報を第三者に開示してはならない。",
            "第9条（審査手数料）委託者は、別表に定める審査手数料を受託者に支払う。",
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="手数料表と契約書ひな形（秘密保持条項の文言のみ）",
)

add(
    id="rinri-048", charset="iso-2022-jp",
    sender=TAKASE,
    to=["中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>"],
    subject="審査結果通知書（HS-2025-003 変更承認）",
    body=f"""南沢大学 中里先生

お世話になっております。高瀬です。
HS-2025-003 の変更申請（測定期間の延長）について、
審査結果通知書をPDFでお送りいたします。
PDFを開く際のパスワードは、いつもの方法で別途お伝えします。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "pdf", "name": "審査結果通知書_HS-2025-003_変更.pdf",
        "password": "hs2025003",
        "lines": ["審査結果通知書", "研究課題番号 HS-2025-003", "判定：承認",
                  "研究倫理審査委員会 委員長 東海林 弘道"],
    }],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワード保護されたPDFで中身を検査できない",
)

add(
    id="rinri-049", charset="utf-8",
    sender=TAKASE,
    to=["仁科 透 <nishina@hum.seiran.ac.jp>"],
    subject="転送: 研究参加の取りやめについて",
    body=f"""仁科先生

お世話になっております。高瀬です。
先生が研究責任者を務めておられる共同研究（HS-2024-029 インタビュー調査）の参加者から、
事務局宛に同意撤回の申し出がありましたので転送いたします。
データの削除手続きについて、先生の研究室でのご対応をお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: 鴨志田 陽菜 <hina.kamoshida0721@outlook.jp>
日付: 2025年6月9日(月) 23:14
件名: 研究参加の取りやめについて
宛先: rinri-jimu@hinode-sangyo.co.jp

日の出産業 倫理審査委員会 御中

先月インタビューを受けた鴨志田陽菜です。
その後うつ病の診断を受けて休職することになり、当時話した職場の内容を
研究に使われるのがつらくなりました。参加を取りやめたいです。
録音と記録はすべて削除してください。
連絡は上記のメールか、090-5527-1846 にお願いします。

鴨志田
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="転送した同意撤回の申出に本人の氏名・連絡先とうつ病の診断（病歴）",
)

add(
    id="rinri-050", charset="shift_jis",
    sender=YABUKI,
    to=["ツバサシステム サポート <support@tsubasa-systems.jp>"],
    subject="EDCの症例登録画面の項目追加のご依頼",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の矢吹です。
当社で利用しているEDC（案件コード HSG-EDC-07）について、
症例登録画面に以下の項目を追加していただけますでしょうか。

　・試験食ロット番号（テキスト、最大16文字）
　・摂取中止日（日付）
　・中止理由（選択式：有害事象／同意撤回／その他）

倫理審査委員会で変更承認が得られ次第、本番環境への反映をお願いしたく、
まずは検証環境での対応とお見積りをお願いいたします。
{SIG_YABUKI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="取引先 tsubasa-system.jp ではなく tsubasa-systems.jp（s が一文字多い）",
)


# =======================================================================================
# 051–060
# =======================================================================================

add(
    id="rinri-051", charset="utf-8",
    sender=TAKASE,
    to=["旅の窓トラベル 法人デスク <corporate@tabi-no-mado.co.jp>"],
    subject="招へい研究者の航空券・ビザ書類の手配（Prof. Lindqvist）",
    body=f"""旅の窓トラベル 法人デスク
ご担当者様

いつもお世話になっております。日の出産業の高瀬です。
10月の国際シンポジウムにお招きする研究者の航空券手配をお願いいたします。
査証は不要の国籍ですが、念のため招へい状に旅券情報を記載したく、
下記の内容で航空券と招へい状の下書きをご用意いただけますでしょうか。

　Name（旅券記載どおり）：LINDQVIST HENRIK ERIK
　Nationality：Sweden
　Date of birth：1968-02-27
　Passport No.：91847362
　Date of expiry：2031-05-14
　行程：ARN → HND　10月5日着／10月11日発、エコノミー（通路側希望）

ご本人の了承を得てお知らせしております。お見積りをお願いいたします。
{SIG_TAKASE}
""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="招へい研究者の旅券番号・生年月日を旅行会社へ",
)

add(
    id="rinri-052", charset="iso-2022-jp",
    sender=SHOJI,
    to=["仁科 透 <nishina@hum.seiran.ac.jp>"],
    cc=["高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
    subject="副委員長ご就任のお願い",
    body="""青嵐大学 文学部
仁科 透 先生

平素より当委員会の運営にご尽力を賜り、厚く御礼申し上げます。
日の出産業 総合研究所 研究倫理審査委員会 委員長の東海林でございます。

さて、現副委員長の任期満了（9月30日）に伴い、10月からの2年間、
仁科先生に副委員長をお引き受けいただけないかと考えております。
倫理学のご専門の立場から、これまでの審議でも多くのご示唆をいただいており、
委員の皆さまからも推薦の声が上がっております。

ご負担の点も含め、一度お電話でご相談させていただければ幸いです。
ご都合のよい日時を事務局の高瀬までお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。

――――――――――――――――――――――――――――
日の出産業株式会社 総合研究所 副所長
研究倫理審査委員会 委員長
東海林 弘道（しょうじ ひろみち）
〒243-0021 神奈川県厚木市岡田4-12-1
TEL 046-229-5001（秘書：内線 3002）　携帯 090-2871-4406
shoji.hiromichi@hinode-sangyo.co.jp
――――――――――――――――――――――――――――
""",
    expect="pass", entities=[], detectors=[],
    note="就任依頼。携帯番号入りの詳しい署名は送信者本人のもの",
)

add(
    id="rinri-053", charset="shift_jis",
    sender=NONOMURA,
    to=["かすみ社会保険労務士事務所 <info@kasumi-sr.jp>"],
    subject="非常勤嘱託（倫理委員）の資格取得届について",
    body=f"""かすみ社会保険労務士事務所
中條先生

いつもお世話になっております。日の出産業の野々村です。
7月1日付で非常勤嘱託として委嘱する一般の立場の委員1名について、
社会保険の資格取得届の作成をお願いいたします。

　氏名　　　　：相馬 静江（そうま しずえ）
　生年月日　　：Ｓ３３．１１．３
　住所　　　　：〒２４２－００２１ 神奈川県大和市中央４－８－１２
　基礎年金番号：１２３４－５６７８９０
　報酬月額　　：45,000円（月1回の委員会出席）

雇用保険は週所定労働時間の要件を満たさないため対象外と理解しています。
誤りがあればご指摘ください。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="委員1名の基礎年金番号・生年月日・住所（全角数字）を社労士へ",
)

add(
    id="rinri-054", charset="utf-8",
    sender="Mariko Takase <takase.mariko@hinode-sangyo.co.jp>",
    to=["NorthBay Biosciences Pharmacovigilance <safety@northbay-bio.com>"],
    subject="Re: Query on SAE 02-017 - causality",
    body=f"""Dear Ms Brennan,

Thank you for the query. The committee discussed the event at its meeting on
18 June and agreed with the investigator's assessment ("unlikely related").
The committee did not request any change to the protocol or the consent form.
The minutes (redacted version) will be available after approval at the next meeting.
{SIG_EN}

On Fri, Jun 13, 2025 at 4:05 AM, Claire Brennan <safety@northbay-bio.com> wrote:
> Dear Ms Takase,
>
> Regarding SAE 02-017 (Mr. Kenji Tsukumo, born 14 March 1971, hospitalised
> for paroxysmal atrial fibrillation; history of hypertension and type 2
> diabetes), could you confirm whether the ethics committee agreed with the
> investigator's causality assessment?
>
> Best regards,
> Claire Brennan
> Drug Safety, NorthBay Biosciences
""",
    expect="pass", entities=[], detectors=[],
    note="病歴付きの参加者情報は On ... wrote: 以下の引用部分のみ（相手が書いたもの）",
)

add(
    id="rinri-055", charset="iso-2022-jp",
    sender=YABUKI,
    to=["中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>",
        "榊原 亘 <sakakibara@kohoku-med.ac.jp>"],
    cc=["仁科 透 <nishina@hum.seiran.ac.jp>",
        "楠 沙織 <kusunoki.saori@lab.hinode-sangyo.co.jp>"],
    subject="多機関共同研究 キックオフ会議の議事メモ",
    body=f"""各機関の先生方

お世話になっております。日の出産業の矢吹です。
昨日のキックオフ会議の議事メモを共有いたします。

1. 一括審査：当社の倫理審査委員会で一括審査を行うことで合意
2. 各機関の役割：南沢大学（センサー解析）、湖北医科大学（睡眠ポリグラフ）、
   青嵐大学（インタビューの質的分析）
3. データ共有：仮名加工後、当社のクラウドストレージで共有。対応表は各機関で保管
4. 次回：7月下旬（各機関の研究者リスト・利益相反申告書を持ち寄り）

修正点がありましたら今週中にお知らせください。
{SIG_YABUKI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="3つの外部機関（大学3校）が To/Cc で互いに見える",
)

add(
    id="rinri-056", charset="utf-8",
    sender="Makoto Yabuki <yabuki.makoto@lab.hinode-sangyo.co.jp>",
    to=["Prof. Henrik Lindqvist <henrik.lindqvist@umea-health.se>"],
    subject="Draft protocol - sit-stand desk study",
    body="""Dear Henrik,

Following our call, I attach the draft protocol of the Japanese part of the study.
Sections 5 (sensor specification) and 9 (data flow) are the ones where your input
would help most. Our ethics submission deadline is 26 June.

Best wishes,
Makoto

--
Makoto Yabuki, Ph.D.
Principal Researcher, Healthcare Research Group
Hinode Sangyo Co., Ltd. Central Research Institute
""",
    attachments=[{
        "kind": "pdf", "name": "SitStand_Protocol_draft_v0.3.pdf",
        "title": "Sit-stand desk study protocol draft",
        "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "page_footer": "Confidential - do not distribute",
        "lines": ["Protocol: Effects of sit-stand desks on low back pain in office workers",
                  "Version 0.3 (draft)", "",
                  "5. Sensor specification: prototype seat sensor HSG-SS2 (not yet released)",
                  "9. Data flow: pseudonymised data transferred to Umea via SFTP"],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="添付PDFのヘッダー・フッターに CONFIDENTIAL の区分表示。海外大学へ",
)

add(
    id="rinri-057", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["堀之内 直樹 <horinouchi.naoki@lab.hinode-sangyo.co.jp>"],
    cc=["倫理審査委員会事務局 <rinri-jimu@hinode-sangyo.co.jp>"],
    subject="アンケート回答データ（暗号化ZIP）",
    body=f"""堀之内さん

お疲れさまです。楠です。
HS-2025-014 のパイロット回答データを暗号化ZIPでお送りします。
パスワードは Teams のチャットでお伝えします。

楠
""",
    attachments=[{
        "kind": "zip", "name": "pilot_responses.zip", "password": "Lumbar-2025",
        "files": [{"kind": "csv", "name": "pilot.csv", "encoding": "utf-8",
                   "rows": [["resp_id", "q1", "q2", "q3"], ["001", 3, 2, 4], ["002", 1, 1, 5]]}],
    }],
    expect="pass", entities=[], detectors=[],
    note="パスワード付きZIPだが宛先は社内（lab. サブドメインと事務局）のみ",
)

add(
    id="rinri-058", charset="shift_jis",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="逸脱一覧（5月分）の送付",
    body=f"""佐伯様

お世話になっております。野々村です。
5月分のプロトコル逸脱一覧をお送りします。
3件とも来院日の許容範囲外（±3日超）で、安全性への影響はありません。

よろしくお願いいたします。
{SIG_NONOMURA}
""",
    attachments=[{"kind": "corrupt", "name": "逸脱一覧_202505.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="添付のXLSXが壊れていて読めない",
)

add(
    id="rinri-059", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="秋の研究説明会　会場候補について",
    body=f"""佐伯様

お世話になっております。野々村です。
秋の説明会の会場候補を挙げました。収容人数とアクセスでご意見をいただけますか。

会場名                      所在地                    代表電話        収容
----------------------------------------------------------------------------
さくらホテル厚木            厚木市中町2-1-18          046-221-0001    80名
厚木市文化会館 小ホール     厚木市恩名1-9-20          046-224-9999   300名
本厚木ガーデンプラザ        厚木市泉町1-1             046-297-3321    60名
海老名シティホール          海老名市中央3-5-1         046-231-2288   120名
アミュー相模大野 会議室     相模原市南区相模大野4-4-1 042-749-2200    50名

個人的には駅から近い1か3が良いと思っています。
{SIG_NONOMURA}
""",
    expect="pass", entities=[], detectors=[],
    note="会場（施設）の一覧。住所・電話は施設の代表のもの",
)

add(
    id="rinri-060", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["北国フーズ 試験食製造課 <shikenshoku@kitaguni-foods.co.jp>"],
    subject="試験食の個別対応のご相談（ハラール）",
    body=f"""北国フーズ株式会社
試験食製造課 ご担当者様

お世話になっております。日の出産業の楠です。
HS-2024-017 の追加登録者のうち1名について、個別のご相談です。

参加者の比嘉 翔太さん（被験者番号 F-041）はイスラム教を信仰されており、
豚由来成分およびアルコールを含む原材料を摂取できないとのことです。
プラセボ飲料の香料にエタノールが使われているかどうか、
また製造ラインでの豚由来ゼラチンとの共用の有無をご確認いただけますでしょうか。

ご本人には、確認が取れるまで登録を保留することをご説明済みです。
{SIG_KUSUNOKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="参加者1名の氏名と信仰する宗教（要配慮個人情報）をスポンサーの製造部門へ",
)


# =======================================================================================
# 061–070
# =======================================================================================

add(
    id="rinri-061", charset="iso-2022-jp",
    sender=TAKASE,
    to=["白川 恭子 <kyoko.shirakawa@shirakawa-law.jp>"],
    subject="外部委員候補者の適格性についてご相談",
    body=f"""白川先生

いつもお世話になっております。高瀬です。
一般の立場の委員の増員について、候補者1名の適格性をご相談させてください。

候補者の古舘 康弘 氏（元市役所職員、厚木市在住）から、面談の際に
「2019年に業務上横領で逮捕され、執行猶予付きの有罪判決を受けた」との申告がありました。
現在は猶予期間も満了しています。

当委員会規程では委員の欠格事由を定めておりませんが、
・選任してよいか（法令・指針上の問題の有無）
・他の委員へこの経歴を伝える必要があるか
について、ご見解をいただけますと幸いです。

ご本人からは相談の範囲で先生にお伝えすることの了承を得ております。
{SIG_TAKASE}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="委員候補者1名の実名と逮捕歴・前科（要配慮個人情報）を法律事務所へ",
)

add(
    id="rinri-062", charset="shift_jis",
    sender=NONOMURA,
    to=["錦印刷 森下様 <morishita@nishiki-insatsu.co.jp>"],
    subject="研究だより 発送リストからの除外のお願い（1件）",
    body=f"""錦印刷株式会社
森下様

お世話になっております。野々村です。
来週発送の「研究だより 第12号」について、1件除外をお願いします。

　除外する方：宇佐美 恵理 様（整理番号 0427）
　旧住所　　：東京都町田市原町田3-11-6 ハイツ若葉203

ご本人から、元交際相手によるストーカー被害を受けて警察に相談中で、
転居先を知られないよう郵便物を一切止めてほしいとのご連絡がありました。
今後の発送リストからも恒久的に削除をお願いします。
念のため、貴社のデータからも住所を削除していただけますでしょうか。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="参加者1名の氏名・住所と犯罪被害（ストーカー被害）の事実を印刷会社へ",
)

add(
    id="rinri-063", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["やまぶき内科クリニック <info@yamabuki-clinic.jp>"],
    subject="研究参加者の検査結果についてのご連絡（受診勧奨）",
    body=f"""やまぶき内科クリニック
院長 山吹 智之 先生

突然のご連絡失礼いたします。日の出産業 総合研究所の楠と申します。
当社の研究のスクリーニング検査で、貴院かかりつけの方に腎機能の低下が
見つかりましたので、ご本人の同意のもと情報提供いたします。

　氏名　　：五十嵐 正和 様（1957年4月8日生、68歳）
　検査日　：2025年6月3日
　所見　　：血清クレアチニン 1.62 mg/dL、eGFR 33 mL/min/1.73m2（CKD G3b 相当）
　　　　　　尿蛋白（2+）
　研究参加：上記所見のため今回は不適格とさせていただきました

ご本人には近日中に貴院を受診されるようお伝えしております。
検査結果票の写しは郵送いたします。
{SIG_KUSUNOKI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="1名の検査結果（腎機能低下）を実名・生年月日付きでクリニックへ",
)

add(
    id="rinri-064", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["さくらホテル厚木 宴会予約係 <banquet-atsugi@sakura-hotel.jp>"],
    subject="6/28 説明会　車椅子をご利用の参加者について",
    body=f"""さくらホテル厚木
宴会予約係 平野様

いつもお世話になっております。野々村です。
6月28日の説明会に、車椅子をご利用の方が1名いらっしゃいます。

　お名前：奥寺 亮 様
　状況　：脊髄損傷による下肢まひ（身体障害者手帳1級）、電動車椅子
　ご来場：ご家族の運転で来場、11時頃の到着予定

つきましては、
・正面玄関に近い障害者用駐車区画の確保
・会場内の動線（段差のない通路）と多目的トイレのご案内
をお願いできますでしょうか。
{SIG_NONOMURA}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="参加者1名の実名と障害（身体障害者手帳1級）をホテルへ",
)

_p = [person(i) for i in range(160, 163)]
add(
    id="rinri-065", charset="utf-8",
    sender=IMAIZUMI,
    to=["ヒナタ・ペイロール 受託センター <jutaku@hinata-payroll.co.jp>"],
    subject="【依頼】外部委員の報酬支払データ（7月支給分）",
    body=f"""ヒナタ・ペイロール株式会社
受託センター ご担当者様

お世話になっております。日の出産業 経理部の今泉です。
7月支給分の外部委員報酬について、支払データをお送りします。
今回から新任の委員3名分を含みますので、個人番号も記載しております。
{SIG_IMAIZUMI}
""",
    attachments=[{
        "kind": "xlsx", "name": "委員報酬_202507.xlsx",
        "sheets": {
            "支払データ": [["2025年7月支給 外部委員報酬", "", "", "", ""],
                       ["氏名", "個人番号", "住所", "支給額", "源泉税"]] + [
                [p["name"], my_number(SEED + 3 + n), f"{p['post']} {p['addr']}", 33000, 3369]
                for n, p in enumerate(_p)],
            "注記": [["個人番号は本人確認済み（事務局 野々村）"]],
        },
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSXに外部委員3名のマイナンバーと住所。給与計算代行会社へ",
)

_mn = my_number(SEED + 6)
add(
    id="rinri-066", charset="shift_jis",
    sender=IMAIZUMI,
    to=["小野寺 <onodera@minato-kaikei.jp>"],
    subject="個人番号届出書（甲斐委員）",
    body=f"""小野寺様

お世話になっております。今泉です。
先日不足していた甲斐委員の個人番号届出書を、PDFにしてお送りします。
ご確認よろしくお願いいたします。
{SIG_IMAIZUMI}
""",
    attachments=[{
        "kind": "pdf", "name": "個人番号届出書_甲斐.pdf", "title": "個人番号届出書",
        "lines": ["個人番号届出書", "",
                  "日の出産業株式会社 御中", "",
                  "フリガナ：カイ ヨシアキ", "氏名：甲斐 義明",
                  "生年月日：昭和49年7月30日",
                  f"個人番号：{_mn}",
                  "住所：〒194-0013 東京都町田市原町田5-2-14",
                  "本人確認書類：マイナンバーカード（表・裏の写し添付）",
                  "利用目的：報酬、料金、契約金及び賞金の支払調書作成事務"],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDFの個人番号届出書（マイナンバー・生年月日・住所）を税理士へ",
)

add(
    id="rinri-067", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["錦印刷 森下様 <morishita@nishiki-insatsu.co.jp>"],
    subject="説明文書・同意書の印刷入稿（HS-2025-014）",
    body=f"""森下様

お世話になっております。野々村です。
委員会で承認された説明文書・同意書（第1.2版）の入稿データをお送りします。

　仕様：A4 両面、説明文書 8ページ中綴じ、同意書は3枚複写（本人用・研究者用・事務局用）
　部数：各 700部
　納期：7月25日（金）

同意書の記入欄（氏名・日付）は空欄のまま印刷してください。
版番号「第1.2版 2025年7月16日承認」はフッターに入れてあります。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "pdf", "name": "同意書_第1.2版.pdf", "title": "同意書",
        "page_footer": "第1.2版 2025年7月16日承認",
        "lines": ["同　意　書", "",
                  "日の出産業株式会社 総合研究所長 殿", "",
                  "私は、「在宅勤務者の作業姿勢と腰痛に関する質問紙調査」について、",
                  "説明文書を用いて説明を受け、内容を理解しましたので、参加に同意します。", "",
                  "□ 研究の目的と方法　□ 参加は任意であること　□ 同意の撤回",
                  "□ 個人情報の保護　□ 研究結果の公表", "",
                  "同意日：　　　　年　　月　　日",
                  "ご本人署名：＿＿＿＿＿＿＿＿＿＿＿＿",
                  "説明者署名：＿＿＿＿＿＿＿＿＿＿＿＿"],
    }],
    expect="pass", entities=[], detectors=[],
    note="同意書の白紙様式（記入欄は空欄）の印刷入稿",
)

add(
    id="rinri-068", charset="utf-8",
    sender=TAKASE,
    to=["柏木 幸代 <sachiyo.kashiwagi58@yahoo.co.jp>"],
    subject="FW: 【研修案内】一般の立場の委員向け 研究倫理セミナー（9月）",
    body=f"""柏木様

いつもお世話になっております。高瀬です。
臨床研究支援機構から、一般の立場の委員向けのセミナー案内が届きましたので転送いたします。
受講料は当社で負担いたしますので、ご関心があればお知らせください。

---------- Forwarded message ---------
From: 臨床研究支援機構 研修事務局 <kenshu@crs-kiko.or.jp>
Date: 2025年6月10日(火) 10:00
Subject: 【研修案内】一般の立場の委員向け 研究倫理セミナー（9月）

倫理審査委員会 事務局ご担当者様

本年度の「一般の立場の委員向け 研究倫理セミナー」を下記のとおり開催いたします。
　日時：9月13日（土）13:00〜16:30（オンライン）
　内容：インフォームド・コンセントの基礎／説明文書の読み方演習
　受講料：8,000円（修了証を発行します）
お申込みは機構ウェブサイトの研修ページからお願いいたします。
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="研修案内の転送（個人データなし）を一般委員のフリーメール1件へ",
)

add(
    id="rinri-069", charset="utf-8",
    sender="Mariko Takase <takase.mariko@hinode-sangyo.co.jp>",
    to=["Dr. Rachel Okafor <rokafor@northbay-bio.com>"],
    cc=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="HS-2025-008: expedited review approved",
    body=f"""Dear Dr. Okafor,

I am pleased to inform you that Amendment No. 2 (saliva sampling schedule) was approved
by expedited review on 17 June 2025. The signed approval letter will follow by post;
Ms Saeki of MediBridge (cc) will update the site file accordingly.

The next annual progress report for this study is due on 31 January 2026.
{SIG_EN}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="外部は海外スポンサーとCROの2組織のみ",
)

_p = [person(i) for i in range(170, 176)]
add(
    id="rinri-070", charset="iso-2022-jp",
    sender=YABUKI,
    to=["楠 沙織 <kusunoki.saori@lab.hinode-sangyo.com>"],
    subject="追加登録者6名の情報（EDC入力用）",
    body=f"""楠さん

お疲れさまです。矢吹です。
昨日同意をいただいた追加登録者6名の情報です。EDCへの入力をお願いします。

No. 氏名 / 生年月日 / 性別 / 携帯
1. {_p[0]['name']} / {_p[0]['dob']} / {_p[0]['sex']} / {_p[0]['mobile']}
2. {_p[1]['name']} / {_p[1]['dob']} / {_p[1]['sex']} / {_p[1]['mobile']}
3. {_p[2]['name']} / {_p[2]['dob']} / {_p[2]['sex']} / {_p[2]['mobile']}
4. {_p[3]['name']} / {_p[3]['dob']} / {_p[3]['sex']} / {_p[3]['mobile']}
5. {_p[4]['name']} / {_p[4]['dob']} / {_p[4]['sex']} / {_p[4]['mobile']}
6. {_p[5]['name']} / {_p[5]['dob']} / {_p[5]['sex']} / {_p[5]['mobile']}

紙の同意書は事務局の金庫に入れてあります。

矢吹
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="社内宛のつもりが lab.hinode-sangyo.com（TLD違い）。6名の対象者情報付き",
)


# =======================================================================================
# 071–080
# =======================================================================================

add(
    id="rinri-071", charset="utf-8",
    sender="Mariko Takase <takase.mariko@hinode-sangyo.co.jp>",
    to=["Dr. Rachel Okafor <rokafor@northbay-bio.com>",
        "Prof. Henrik Lindqvist <henrik.lindqvist@umea-health.se>"],
    cc=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>",
        "LinguaBridge Project Desk <projects@lingua-bridge.co.jp>"],
    subject="Consent form translation - timeline for the October submission",
    body=f"""Dear all,

To keep the October submission on track, here is the proposed timeline for the
translation of the participant information sheet and consent form:

  1 Jul   English master versions frozen (NorthBay / Umea)
  8 Jul   Japanese translation delivered by LinguaBridge
  15 Jul  Back-translation check by MediBridge
  22 Jul  Final Japanese versions submitted to our committee

Please let me know by Friday if any of these dates do not work for you.
{SIG_EN}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="4つの外部組織（海外スポンサー・海外大学・CRO・翻訳会社）が To/Cc で互いに見える",
)

add(
    id="rinri-072", charset="iso-2022-jp",
    sender=YABUKI,
    to=["旭ヶ丘総合病院 臨床研究センター <crc@asahigaoka-hp.or.jp>"],
    subject="入館申請：7月の測定に伺う研究者4名",
    body=f"""旭ヶ丘総合病院 臨床研究センター
ご担当者様

お世話になっております。日の出産業の矢吹です。
7月の睡眠ポリグラフ測定の立会いで、下記4名が貴院に伺います。
入館証の発行をお願いいたします。

　矢吹 誠　（主任研究員）　携帯 080-6631-2957
　楠 沙織　（研究員）　　　携帯 090-1148-7730
　日下部 蓮（研究員）　　　携帯 070-2284-5016
　嵯峨 里奈（技術スタッフ）携帯 080-9902-3361

訪問日は 7/3、7/10、7/17、7/24（いずれも木曜 20:00〜翌7:00）です。
{SIG_YABUKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="訪問する研究者4名の携帯番号（5名未満）。警告はあり得る",
)

add(
    id="rinri-073", charset="shift_jis",
    sender=YABUKI,
    to=["中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>"],
    subject="研究者等リスト（一括審査申請用）",
    body=f"""中里先生

お世話になっております。矢吹です。
一括審査の申請書に添付する「研究者等リスト」の当社分です。
先生の研究室分と合わせて、1枚の様式にまとめていただけますでしょうか。

氏名,所属,職名,役割,直通電話,メール
矢吹 誠,総合研究所 ヘルスケア研究G,主任研究員,研究責任者,046-229-5230,yabuki.makoto@lab.hinode-sangyo.co.jp
楠 沙織,総合研究所 生活科学研究G,研究員,研究分担者,046-229-5241,kusunoki.saori@lab.hinode-sangyo.co.jp
日下部 蓮,総合研究所 ヘルスケア研究G,研究員,研究分担者,046-229-5233,kusakabe.ren@lab.hinode-sangyo.co.jp
嵯峨 里奈,総合研究所 ヘルスケア研究G,技術スタッフ,測定担当,046-229-5236,saga.rina@lab.hinode-sangyo.co.jp
堀之内 直樹,総合研究所 人間工学G,グループ長,研究分担者,046-229-5250,horinouchi.naoki@lab.hinode-sangyo.co.jp
野々村 圭,研究推進部,主任,事務局,046-229-5112,nonomura.kei@hinode-sangyo.co.jp

よろしくお願いいたします。
{SIG_YABUKI}
""",
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6名分だが全員自社の研究者の業務用連絡先（直通・業務メール）。名簿とも業務連絡先とも言える",
)

add(
    id="rinri-074", charset="iso-2022-jp",
    sender=TAKASE,
    to=["白川 恭子 <kyoko.shirakawa@shirakawa-law.jp>"],
    subject="利益相反管理状況の一覧（事前確認のお願い）",
    body=f"""白川先生

お世話になっております。高瀬です。
7月委員会で報告予定の、研究課題ごとの利益相反管理状況の一覧をお送りします。
共同研究費の受入れ額が大きい案件について、管理計画の妥当性をご確認いただけますと幸いです。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "xlsx", "name": "COI管理状況_2025Q1.xlsx",
        "page_header": "取扱注意",
        "sheets": {
            "COI一覧": [["【取扱注意】研究課題別 利益相反管理状況（2025年第1四半期）", "", "", ""],
                      ["研究課題番号", "関係企業", "受入区分", "金額区分", "管理措置"],
                      ["HS-2024-017", "北国フーズ株式会社", "共同研究費", "1,000万円以上", "外部委員による監査"],
                      ["HS-2025-003", "川崎電機株式会社", "共同研究費・機器提供", "500〜1,000万円", "研究計画書に開示"],
                      ["HS-2025-008", "NorthBay Biosciences Inc.", "受託研究費", "1,000万円以上", "データ解析の独立性確保"],
                      ["HS-2025-012", "なぎさ製薬株式会社", "審査委託", "100万円未満", "なし"]],
        },
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="添付XLSXに「取扱注意」の区分表示（ヘッダーと表題）。社外の弁護士委員へ",
)

add(
    id="rinri-075", charset="utf-8",
    sender=TAKASE,
    to=["榊原 亘 <sakakibara@kohoku-med.ac.jp>"],
    subject="委員研修資料（差し替え版）",
    body=f"""榊原先生

お世話になっております。高瀬です。
来週の委員研修で先生にご講演いただく前段の、当社の審査実績のスライドです。
先生のスライドと一つにまとめる際の参考にしてください。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "pptx", "name": "委員研修_審査実績.pptx",
        "page_footer": "部外秘　日の出産業 研究倫理審査委員会",
        "slides": [
            ["2024年度 審査実績と課題", "研究倫理審査委員会 事務局"],
            ["審査件数の推移", "新規 31件（前年比 +6）", "変更 58件、迅速 46件"],
            ["指摘の多かった事項", "説明文書の平易さ", "謝礼と中止時の扱い", "データの二次利用の範囲"],
            ["今年度の課題", "一括審査への対応", "海外機関とのデータ移転"],
        ],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTXの各スライドに「部外秘」のフッター表示。社外の委員へ",
)

add(
    id="rinri-076", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["東海林 弘道 <shoji.hiromichi@hinode-sangyo.co.jp>"],
    cc=["倫理審査委員会事務局 <rinri-jimu@hinode-sangyo.co.jp>",
        "矢吹 誠 <yabuki.makoto@lab.hinode-sangyo.co.jp>"],
    subject="【重篤な有害事象】HS-2025-008 委員長へのご報告",
    body=f"""東海林委員長

研究者の楠です。HS-2025-008 で重篤な有害事象が発生しましたのでご報告いたします。

　参加者：九十九 健一 さん（1971年3月14日生、54歳、男性）
　事象　：発作性心房細動により旭ヶ丘総合病院に入院（6/3〜6/6）
　既往　：高血圧、2型糖尿病
　因果関係：研究手順（唾液採取）との関連はないと判断

スポンサーへの報告は参加者番号のみで行っています。
委員会への正式な報告書は明日提出いたします。

楠
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="実名と病歴を含むが宛先はすべて社内",
)

add(
    id="rinri-077", charset="iso-2022-jp",
    sender=TAKASE,
    to=["仁科 透 <nishina@hum.seiran.ac.jp>"],
    subject="HS-2024-029 継続審査の指摘事項への回答書",
    body=f"""仁科先生

お世話になっております。高瀬です。
研究者から指摘事項への回答書が提出されましたので、お送りいたします。
ご確認のうえ、追加のご意見がございましたらお知らせください。
{SIG_TAKASE}
""",
    attachments=[{"kind": "corrupt", "name": "回答書_HS-2024-029.docx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="添付DOCXが壊れていて中身を検査できない",
)

add(
    id="rinri-078", charset="utf-8",
    sender=NONOMURA,
    to=["ツバサシステム Web運用 <web-ope@tsubasa-system.jp>"],
    subject="Webサイト更新依頼：第42回委員会 議事要旨の掲載",
    body=f"""ツバサシステム株式会社
Web運用ご担当者様

お世話になっております。日の出産業の野々村です。
倫理審査委員会のページに、第42回委員会の議事要旨（公開版）を掲載してください。
掲載先：/research/ethics/minutes/ （既存の一覧の先頭に追加）
公開日：6月27日（金）10:00

よろしくお願いいたします。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "pdf", "name": "第42回議事要旨_公開版.pdf", "title": "第42回 研究倫理審査委員会 議事要旨",
        "lines": ["第42回 日の出産業株式会社 研究倫理審査委員会 議事要旨（公開版）",
                  "開催日時：2025年6月18日（水）14:00〜16:20",
                  "出席委員：東海林 弘道（委員長）、須藤 明彦、白川 恭子、仁科 透、柏木 幸代、",
                  "　　　　　榊原 亘、堀田 雅人、今井 律子（計8名、成立）",
                  "審議結果：",
                  "　HS-2025-011 新規　条件付き承認（説明文書の修正）",
                  "　HS-2025-012 新規　継続審査",
                  "　HS-2024-017 変更　承認",
                  "報告事項：迅速審査 3件、有害事象報告 1件（非重篤）"],
    }],
    expect="pass", entities=[], detectors=[],
    note="公開用の議事要旨。委員の氏名のみで他の個人データなし",
)

add(
    id="rinri-079", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["ツバサシステム Web運用 <web-ope@tsubasa-system.jp>"],
    subject="委員名簿（公表用）の差し替え",
    body=f"""Web運用ご担当者様

お世話になっております。野々村です。
倫理指針に基づき公表している委員名簿を、7月1日付で差し替えてください。

氏名          性別  所属・職名                              区分
--------------------------------------------------------------------------
東海林 弘道   男    日の出産業 総合研究所 副所長            内部（委員長）
仁科 透       男    青嵐大学 文学部 教授（倫理学）          外部（副委員長）
須藤 明彦     男    南沢大学 医学部 教授（公衆衛生学）      外部
白川 恭子     女    白川法律事務所 弁護士                   外部
柏木 幸代     女    一般の立場                              外部
相馬 静江     女    一般の立場                              外部
榊原 亘       男    湖北医科大学 皮膚科学講座 准教授        外部
堀田 雅人     男    日の出産業 品質保証部 部長              内部
今井 律子     女    日の出産業 人事部 産業保健師            内部

よろしくお願いいたします。
{SIG_NONOMURA}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="9名の氏名・性別・所属の表だが指針上ウェブ公表する委員名簿（連絡先なし）",
)

_p = [person(i) for i in range(180, 187)]
_reasons = ["体調不良", "転居", "仕事が多忙", "家族の反対", "採血が負担", "理由の記載なし", "体調不良（入院）"]
add(
    id="rinri-080", charset="utf-8",
    sender=NONOMURA,
    to=["中里研究室 秘書 <nakazato-lab@eng.minamisawa-u.ac.jp>"],
    subject="同意撤回者の一覧とデータ削除記録（上半期）",
    body=f"""中里研究室 ご担当者様

お世話になっております。野々村です。
上半期の同意撤回者一覧と、当社側でのデータ削除記録をZIPでお送りします。
貴研究室で保管している解析用データからの削除もお願いいたします。
削除後、記録様式に日付とご署名をいただき返送ください。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "zip", "name": "同意撤回_2025上期.zip",
        "files": [
            {"kind": "xlsx", "name": "同意撤回者一覧.xlsx",
             "sheets": {"一覧": [["研究ID", "氏名", "メール", "電話", "撤回日", "理由"]] + [
                 [f"SLP-{n + 140}", p["name"], p["mail"], p["mobile"], f"2025/0{n % 5 + 2}/1{n}",
                  _reasons[n]] for n, p in enumerate(_p)]}},
            {"kind": "docx", "name": "データ削除記録.docx",
             "paragraphs": ["データ削除記録（日の出産業 実施分）",
                            "削除対象：同意撤回者7名の測定データ・質問票回答",
                            "削除日：2025年6月6日　実施者：野々村 圭　確認者：矢吹 誠"]},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP内XLSXに同意撤回者7名の氏名・メール・電話。大学へ",
)


# =======================================================================================
# 081–090
# =======================================================================================

_p = [person(i) for i in range(190, 195)]
_txt = "\n".join(
    f"{n + 1}．{p['name']}（{p['kana']}）　{wareki(p['y'], p['m'], p['d'])}生　"
    f"ＴＥＬ {zen(p['mobile'])}　〒{zen(p['post'])} {zen(p['addr'])}"
    for n, p in enumerate(_p))
add(
    id="rinri-081", charset="shift_jis",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="電話フォローアップ対象者（HS-2024-017 追跡調査）",
    body=f"""佐伯様

お世話になっております。野々村です。
試験終了3か月後の電話フォローアップの対象者を、テキストファイルでお送りします。
（事務局の台帳システムから出力したため、全角の表記になっています）

架電は平日18時以降を希望される方が多いです。よろしくお願いいたします。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "txt", "name": "フォローアップ対象者.txt", "encoding": "cp932",
        "text": f"ＨＳ－２０２４－０１７　追跡調査　電話フォローアップ対象者（５名）\n"
                f"出力日：令和７年６月１１日\n\n{_txt}\n",
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5名の氏名・和暦生年月日・全角の電話と住所をテキスト添付（CP932）でCROへ",
)

add(
    id="rinri-082", charset="iso-2022-jp",
    sender=TAKASE,
    to=["倫理審査委員会事務局 <rinri-jimu@xn--hinode-sngyo-49j.co.jp>"],
    subject="審査申請書の受付簿（6月分）",
    body=f"""事務局各位

お疲れさまです。高瀬です。
6月分の審査申請の受付簿を共有します。
HS-2025-015 と HS-2025-016 は書類不備のため差し戻し中です。

　受付番号　研究課題番号　　申請区分　受付日
　R25-061　 HS-2025-015　　新規　　　6/02
　R25-062　 HS-2024-017　　変更　　　6/04
　R25-063　 HS-2025-016　　新規　　　6/09
　R25-064　 HS-2025-003　　変更　　　6/10

高瀬
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="事務局宛のつもりがキリル文字 а を含むホモグリフ（xn--hinode-sngyo-49j.co.jp）",
)

add(
    id="rinri-083", charset="shift_jis",
    sender=IMAIZUMI,
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.jp>"],
    subject="総合振込の締め時刻変更について",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の今泉です。
来月から外部委員への謝金を総合振込で毎月25日に支払う予定です。
データ伝送の締め時刻が2営業日前の15時に変更になったと伺いましたが、
25日が土日祝日の場合の扱い（前営業日／翌営業日）をご教示いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_IMAIZUMI}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="取引先 midori-ginko.co.jp ではなく midori-ginko.jp（co. が脱落）",
)

_p = [person(i) for i in range(200, 208)]
_orig = "\n".join(f"{p['name']}　{p['sex']}　{p['age']}歳　{p['mail']}　{p['mobile']}" for p in _p)
add(
    id="rinri-084", charset="iso-2022-jp",
    sender=KUSUNOKI,
    to=["リンガブリッジ 通訳手配 <interpret@lingua-bridge.co.jp>"],
    subject="FW: インタビュー協力者の候補（手話通訳の手配）",
    body=f"""リンガブリッジ株式会社
通訳手配ご担当者様

お世話になっております。日の出産業の楠です。
青嵐大学の仁科先生から届いた協力者候補の一覧を転送します。
この中に聴覚に障害のある方が含まれているため、手話通訳の手配をお願いしたく、
連絡先を含めてそのままお送りします。日程調整は直接ご連絡いただいて構いません。
{SIG_KUSUNOKI}

-----Original Message-----
From: 仁科 透 <nishina@hum.seiran.ac.jp>
Sent: Tuesday, June 10, 2025 5:21 PM
To: 楠 沙織 <kusunoki.saori@lab.hinode-sangyo.co.jp>
Subject: インタビュー協力者の候補

楠さん

協力者の候補8名です。2人目と5人目の方は聴覚障害があり、手話通訳が必要です。

{_orig}

仁科
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="転送（FW）なので Original Message 以下も新たな開示。8名の連絡先と障害の情報",
)

add(
    id="rinri-085", charset="utf-8",
    sender="Saori Kusunoki <kusunoki.saori@lab.hinode-sangyo.co.jp>",
    to=["NorthBay Biosciences Clinical Ops <clinops@northbay-bio.com>"],
    subject="Monitoring visit report - signed copy",
    body="""Dear Clinical Operations team,

Please find attached the signed copy of the monitoring visit report of 5 June.
Let me know if you need the original by courier.

Kind regards,
Saori Kusunoki
""",
    attachments=[{"kind": "corrupt", "name": "MVR_Site02_20250605_signed.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="添付PDFが壊れていて読めない（英文）",
)

_p = [person(i) for i in range(210, 216)]
_q = "\n".join(f"{p['name']}（{p['kana']}） {p['mobile']} {p['mail']}" for p in _p)
add(
    id="rinri-086", charset="iso-2022-jp",
    sender=YABUKI,
    to=["中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>"],
    subject="RE: 追加の参加者候補について",
    body=f"""中里先生

ありがとうございます。6名とも選択基準を満たしていることを確認しました。
同意説明は当社で行いますので、説明会の日程が決まりましたらお知らせします。

矢吹

差出人: 中里 俊 <nakazato.shun@eng.minamisawa-u.ac.jp>
送信日時: 2025年6月11日 9:48
宛先: 矢吹 誠 <yabuki.makoto@lab.hinode-sangyo.co.jp>
件名: 追加の参加者候補について

矢吹さん

研究室経由で応募のあった追加の参加者候補です。ご確認ください。

{_q}

中里
""",
    expect="pass", entities=[], detectors=[],
    note="6名の連絡先は返信の引用部分（差出人/送信日時 以下）のみ。相手が送ったもの",
)

add(
    id="rinri-087", charset="shift_jis",
    sender=KUSUNOKI,
    to=["北国フーズ 試験食製造課 <shikenshoku@kitaguni-foods.co.jp>"],
    subject="試験食 追加出荷のお願い（7月分）",
    body=f"""北国フーズ株式会社
試験食製造課 ご担当者様

いつもお世話になっております。楠です。
7月分の試験食の出荷をお願いいたします。

　品目コード　　品名　　　　　　　　　　ロット　　　　　数量
　KF-BG-250A　 大麦β-グルカン飲料 250mL　KF-BG24-0611　 480本
　KF-PL-250A　 プラセボ飲料 250mL　　　 KF-PL24-0611　 480本
　KF-BX-012　　 保冷箱（12本入）　　　　―　　　　　　　 80箱

納品先：日の出産業 総合研究所 研究棟B 搬入口（冷蔵保管庫）
納品希望日：7月1日（火）午前
発注番号：PO-RIN-2025-0142

よろしくお願いいたします。
{SIG_KUSUNOKI}
""",
    expect="pass", entities=[], detectors=[],
    note="品目コード・ロット番号・発注番号のみの業務連絡",
)

add(
    id="rinri-088", charset="iso-2022-jp",
    sender=IMAIZUMI,
    to=["なぎさ製薬 経理部 <keiri@nagisa-pharma.co.jp>"],
    cc=["高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
    subject="請求書送付：倫理審査手数料（HS-2025-012）",
    body=f"""なぎさ製薬株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の今泉でございます。
倫理審査手数料の請求書をお送りいたします。

　請求書番号：INV-2025-06-0318
　件名　　　：倫理審査手数料（HS-2025-012 新規審査）
　金額　　　：165,000円（税込、うち消費税 15,000円）
　お支払期限：2025年7月31日
　振込先　　：みどり銀行 丸の内支店 普通 1029384 ヒノデサンギヨウ（カ
　登録番号　：T1020001089237

原本は本日郵送いたしました。
{SIG_IMAIZUMI}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="請求書番号・会社の振込口座・適格請求書発行事業者の登録番号（法人）のみ",
)

add(
    id="rinri-089", charset="utf-8",
    sender="Mariko Takase <takase.mariko@hinode-sangyo.co.jp>",
    to=["Prof. Henrik Lindqvist <henrik.lindqvist@umea-health.se>"],
    subject="Re: Outcome of the committee meeting",
    body=f"""Dear Henrik,

Thank you for your patience. As the committee's deliberations are confidential
under our rules, I cannot share the individual members' comments, but I can tell
you that the study was approved subject to two minor changes to the consent form:

  - state clearly that participation can be withdrawn at any time without giving a reason;
  - explain that pseudonymised data will be stored in Sweden for ten years.

Once Dr. Yabuki has submitted the revised form, the chair will confirm the changes and
the formal approval letter will be issued, usually within a week.
{SIG_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="「審議は非公開（confidential）」と触れるだけで区分表示ではない",
)

add(
    id="rinri-090", charset="iso-2022-jp",
    sender=TAKASE,
    to=["榊原 亘 <sakakibara@kohoku-med.ac.jp>"],
    subject="委員会当日の資料の取扱いについて",
    body=f"""榊原先生

いつもお世話になっております。高瀬です。
次回から委員会当日の配布資料の取扱いを変更いたしますので、ご案内いたします。

・紙の審査資料は、機密保持の観点から会議終了後に回収させていただきます。
・ご自宅で事前にお読みいただく場合は、委員ポータルからの閲覧をお願いします。
・ポータルの資料は、審査終了後30日で自動的に閲覧できなくなります。

審査の過程で知り得た情報の守秘については、委嘱時にいただいた誓約書のとおりです。
ご不便をおかけしますが、ご理解のほどお願い申し上げます。
{SIG_TAKASE}
""",
    expect="pass", entities=[], detectors=[],
    note="機密保持・守秘への言及のみ。文書の区分表示ではない",
)


# =======================================================================================
# 091–100
# =======================================================================================

add(
    id="rinri-091", charset="utf-8",
    sender=YABUKI,
    to=["旭ヶ丘総合病院 臨床研究センター <crc@asahigaoka-hp.or.jp>"],
    subject="CRC担当者変更のお知らせ（HS-2025-003）",
    body=f"""旭ヶ丘総合病院 臨床研究センター
ご担当者様

お世話になっております。日の出産業の矢吹です。
7月からメディブリッジ社のCRC（治験コーディネーター）が交代しますので、
新しい担当者2名をご紹介します。

　主担当：乙部 千尋 さん　携帯 080-7713-0452　otobe.chihiro@medibridge-cro.co.jp
　副担当：桐生 拓海 さん　携帯 090-2206-8149　kiryu.takumi@medibridge-cro.co.jp

6月27日に前任の佐伯さんと一緒にご挨拶に伺う予定です。
{SIG_YABUKI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="担当者2名の連絡先の紹介（5名未満）。警告はあり得る",
)

add(
    id="rinri-092", charset="iso-2022-jp",
    sender=JIMU,
    to=["hina.kamoshida0721@outlook.jp"],
    subject="同意撤回のお申し出を受け付けました",
    body=f"""鴨志田 様

日の出産業株式会社 研究倫理審査委員会 事務局です。
このたびは研究参加の取りやめについてご連絡いただき、ありがとうございました。

お申し出のとおり、同意の撤回を受け付けました。
研究責任者に連絡し、これまでにご提供いただいた録音・記録は、
研究に使用することなくすべて削除いたします。削除が完了しましたら改めてご連絡いたします。

撤回によって不利益を受けることは一切ございません。
ご不明な点は、本メールにご返信いただくか、事務局（046-229-5110、平日9時〜17時）までお問い合わせください。

どうぞご自愛ください。

日の出産業株式会社 総合研究所
研究倫理審査委員会 事務局
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="申出者本人（フリーメール1件）への受付確認。病名などは書いていない",
)

add(
    id="rinri-093", charset="iso-2022-jp",
    sender=TAKASE,
    to=["北国フーズ 品質保証部 <qa-report@kitaguni-foods.co.jp>"],
    subject="HS-2024-017 年次報告書（有害事象の集計）",
    body=f"""北国フーズ株式会社 品質保証部 御中

お世話になっております。高瀬です。
委員会に提出された年次報告書のうち、有害事象の集計部分をお送りいたします。
個別の症例情報は含めておりません。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "pdf", "name": "年次報告_有害事象集計_HS-2024-017.pdf",
        "lines": ["HS-2024-017 年次報告書（抜粋）有害事象の集計", "対象期間：2024年7月1日〜2025年6月30日",
                  "登録者数 52名（試験食群 26名／プラセボ群 26名）", ""],
        "table": [["事象（MedDRA PT）", "試験食群", "プラセボ群", "重篤"],
                  ["腹部膨満", "4", "2", "0"], ["下痢", "3", "2", "0"],
                  ["蕁麻疹", "1", "0", "0"], ["急性胃腸炎", "0", "1", "1"],
                  ["頭痛", "2", "3", "0"], ["合計（件）", "10", "8", "1"]],
    }],
    expect="pass", entities=[], detectors=[],
    note="群別の件数集計のみ。個人を識別できる行なし",
)

add(
    id="rinri-094", charset="shift_jis",
    sender=TAKASE,
    to=["長谷川 純 <hasegawa.jun@nagisa-pharma.co.jp>"],
    subject="審査申請の様式一式（ZIP）",
    body=f"""長谷川様

お世話になっております。高瀬です。
審査委託契約の締結ありがとうございました。
申請に必要な様式一式をZIPにまとめてお送りいたします（パスワードはかけておりません）。
記入例のシートもご参照ください。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "zip", "name": "申請様式一式_2025.zip",
        "files": [
            {"kind": "docx", "name": "様式1_審査申請書.docx",
             "paragraphs": ["様式1　研究倫理審査申請書", "研究課題名：", "研究責任者（所属・職名・氏名）：",
                            "研究期間：　　年　　月　　日 〜 　　年　　月　　日", "研究対象者の数："]},
            {"kind": "docx", "name": "様式3_利益相反自己申告書.docx",
             "paragraphs": ["様式3　利益相反自己申告書", "申告者氏名：", "関係企業名：", "金額区分：□100万円未満 □100万円以上"]},
            {"kind": "xlsx", "name": "様式5_研究者等リスト.xlsx",
             "sheets": {"記入用": [["氏名", "所属", "職名", "役割", "教育研修の受講日"]],
                        "記入例": [["氏名", "所属", "職名", "役割", "教育研修の受講日"],
                                 ["（例）日出 太郎", "研究開発部", "主任研究員", "研究責任者", "2024/10/01"]]}},
            {"kind": "pdf", "name": "申請の手引き.pdf",
             "lines": ["研究倫理審査 申請の手引き（第5版）", "1. 申請締切は委員会開催日の3週間前",
                       "2. 様式はすべてWord/Excelで提出", "3. 説明文書は中学生が理解できる表現で"]},
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="空欄の申請様式と記入例（架空の例示名のみ）のZIP（暗号化なし）",
)

add(
    id="rinri-095", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["厚木市 市民協働推進課 <kyodo@city.atsugi-minami.lg.jp>"],
    subject="市民公開講座「研究に参加するということ」チラシ配架のお願い",
    body=f"""市民協働推進課 ご担当者様

いつもお世話になっております。日の出産業 総合研究所の野々村です。
先日お電話でご相談した市民公開講座のチラシを添付いたします。
市内の公民館・図書館での配架をご検討いただけますと幸いです。

　講座名：市民公開講座「研究に参加するということ〜説明と同意のはなし〜」
　日時　：9月20日（土）14:00〜15:30
　会場　：厚木市文化会館 小ホール（入場無料・申込不要）
　講師　：仁科 透 氏（青嵐大学 文学部 教授）

印刷物は300部ご用意できます。必要部数をお知らせください。
{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "pdf", "name": "公開講座チラシ.pdf",
        "lines": ["市民公開講座", "研究に参加するということ 〜説明と同意のはなし〜",
                  "2025年9月20日（土）14:00〜15:30　厚木市文化会館 小ホール",
                  "講師：仁科 透（青嵐大学 文学部 教授）",
                  "主催：日の出産業株式会社 総合研究所　後援：厚木市",
                  "お問い合わせ：総合研究所 倫理審査委員会事務局 046-229-5110（平日9時〜17時）"],
    }],
    expect="pass", entities=[], detectors=[],
    note="公開講座のチラシ。講師名と事務局の代表連絡先のみ",
)

add(
    id="rinri-096", charset="iso-2022-jp",
    sender=TAKASE,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="共同研究機関の倫理審査窓口一覧",
    body=f"""佐伯様

お世話になっております。高瀬です。
各共同研究機関の倫理審査の窓口（部署の代表）をCSVにまとめました。
一括審査の報告書の送付先としてお使いください。
{SIG_TAKASE}
""",
    attachments=[{
        "kind": "csv", "name": "倫理審査窓口一覧.csv", "encoding": "cp932",
        "rows": [
            ["機関名", "窓口部署", "所在地", "代表電話", "部署メール"],
            ["南沢大学", "研究推進課 倫理審査係", "神奈川県伊勢原市下糟屋143", "0463-93-1121", "rinri@minamisawa-u.ac.jp"],
            ["湖北医科大学", "臨床研究支援室", "滋賀県大津市瀬田月輪町2-1", "077-548-2111", "crsupport@kohoku-med.ac.jp"],
            ["青嵐大学", "研究支援課", "東京都八王子市明神町4-7-3", "042-646-0800", "kenkyu-shien@seiran.ac.jp"],
            ["旭ヶ丘総合病院", "臨床研究センター", "神奈川県厚木市愛甲東3-1-2", "046-228-3300", "crc@asahigaoka-hp.or.jp"],
            ["しらさぎ睡眠クリニック", "事務部", "神奈川県相模原市南区相模大野5-28-3", "042-749-5151", "office@shirasagi-sleep.jp"],
            ["Umea Health Sciences", "Research Office", "Umea, Sweden", "+46-90-786-0000", "research-office@umea-health.se"],
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="機関の部署窓口（代表電話・部署メール）の一覧。個人ではない",
)

add(
    id="rinri-097", charset="shift_jis",
    sender=KUSUNOKI,
    to=["湖北医科大学 睡眠医療センター 秋月先生 <akizuki@kohoku-med.ac.jp>"],
    cc=["旭ヶ丘総合病院 臨床研究センター <crc@asahigaoka-hp.or.jp>"],
    subject="睡眠ポリグラフ測定の手順統一について",
    body=f"""秋月先生
旭ヶ丘総合病院 臨床研究センター ご担当者様

お世話になっております。日の出産業の楠です。
2施設での睡眠ポリグラフ測定の手順をそろえるため、
電極の装着位置と判定基準（AASM 2.6）について、一度オンラインで確認させてください。

候補日：6月26日（木）17:30〜、6月27日（金）17:30〜

測定手順書（第2版）は先日お送りしたものから変更ありません。
{SIG_KUSUNOKI}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="外部は大学と病院の2機関のみ（三者打合せ）",
)

add(
    id="rinri-098", charset="utf-8",
    sender=NONOMURA,
    to=["情報システム部 ヘルプデスク <helpdesk@hinode-sangyo.co.jp>"],
    cc=["高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
    subject="メーリングリスト rinri-iin の外部メンバー更新依頼",
    body="""ヘルプデスク ご担当者様

お疲れさまです。研究推進部の野々村です。
委員会のメーリングリスト rinri-iin@hinode-sangyo.co.jp の外部メンバーを
7月1日付で以下のとおり更新してください（送信は Bcc 展開の設定のままでお願いします）。

【追加】
  相馬 静江　　 shizue.soma.1958@gmail.com
  古舘 康弘　　 furutachi.yasuhiro@outlook.jp
【継続】
  須藤 明彦　　 sudo.akihiko@med.minamisawa-u.ac.jp
  白川 恭子　　 kyoko.shirakawa@shirakawa-law.jp
  仁科 透　　　 nishina@hum.seiran.ac.jp
  柏木 幸代　　 sachiyo.kashiwagi58@yahoo.co.jp
  榊原 亘　　　 sakakibara@kohoku-med.ac.jp

申請書は ServiceNow（REQ0048213）で提出済みです。
よろしくお願いいたします。

野々村
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=[],
    note="外部委員7名の氏名とメールの一覧だが社内のヘルプデスク宛のみ",
)

add(
    id="rinri-099", charset="utf-8",
    sender="Mariko Takase <takase.mariko@hinode-sangyo.co.jp>",
    to=["Dr. Rachel Okafor <rokafor@northbay-bio.com>",
        "Claire Brennan <safety@northbay-bio.com>"],
    subject="Annual safety report - submission reminder",
    body=f"""Dear Dr. Okafor, dear Ms Brennan,

This is a friendly reminder that the annual safety report for HS-2025-008 is due to
our committee by 31 July 2025. Please use our Form 9 (English version attached to
the approval letter of 12 March) and include the cumulative number of adverse events
by system organ class; line listings of individual cases are not required.

If you expect any delay, please let me know before 20 July so that the chair can be
informed.
{SIG_EN}
{DISCLAIMER_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="同一組織（northbay-bio.com）の2名宛のリマインド。外部組織は1つ",
)

add(
    id="rinri-100", charset="iso-2022-jp",
    sender=NONOMURA,
    to=["佐伯 由紀 <saeki.yuki@medibridge-cro.co.jp>"],
    subject="Re: モニタリング報告書（6/5実施分）の受領",
    body=f"""佐伯様

お世話になっております。野々村です。
モニタリング報告書、確かに受領いたしました。
指摘事項2件（来院日の逸脱、原資料の訂正印漏れ）は、
研究者に回答を依頼し、来週中にご返信いたします。

引き続きよろしくお願いいたします。
{SIG_NONOMURA}
""",
    attachments=[{"kind": "png", "name": "hinode_logo.png"}],
    expect="pass", entities=[], detectors=[],
    note="受領連絡のみ（署名のロゴ画像添付）",
)
