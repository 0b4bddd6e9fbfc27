"""Blind corpus, area "callcenter": the mail of 日の出産業's コンタクトセンター事業部, which runs
outsourced customer call centres (札幌 and 那覇) for client companies — 川崎電機's repair line,
みどり銀行's card and loan desk, さくらホテル's reservation centre, 北国フーズ's mail-order line,
an insurer's benefits line — and so writes about inbound inquiries, call logs, callback
lists, escalations to the client, QA sampling of recorded calls, IVR/outbound lists,
operator staffing and training, and the vendors behind it (CRM/CTI, telephony, QA,
printing, staffing, lawyers). Every person, number, address and company other than those
named in BRIEF.md is invented; the file was written blind, from BRIEF.md, build.py and the
entity/detector names of SPEC.md only, without reading mailguard's code.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from build import card_number, my_number

SEED = 39801

# -- small helpers for invented data -------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("斎藤", "サイトウ", "Saito"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"),
    ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
    ("和田", "ワダ", "Wada"), ("中野", "ナカノ", "Nakano"), ("今井", "イマイ", "Imai"),
    ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("四月一日", "ワタヌキ", "Watanuki"), ("御手洗", "ミタライ", "Mitarai"),
    ("百目鬼", "ドウメキ", "Domeki"), ("薬袋", "ミナイ", "Minai"), ("鬼頭", "キトウ", "Kito"),
    ("似鳥", "ニトリ", "Nitori"), ("釜萢", "カマヤチ", "Kamayachi"), ("比嘉", "ヒガ", "Higa"),
    ("知念", "チネン", "Chinen"), ("我如古", "ガネコ", "Ganeko"), ("宇良", "ウラ", "Ura"),
]
_MEI = [
    ("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"), ("翔太", "ショウタ", "Shota"),
    ("陽菜", "ヒナ", "Hina"), ("大輔", "ダイスケ", "Daisuke"), ("由美子", "ユミコ", "Yumiko"),
    ("誠", "マコト", "Makoto"), ("恵子", "ケイコ", "Keiko"), ("拓海", "タクミ", "Takumi"),
    ("千尋", "チヒロ", "Chihiro"), ("和夫", "カズオ", "Kazuo"), ("幸子", "サチコ", "Sachiko"),
    ("直樹", "ナオキ", "Naoki"), ("真由美", "マユミ", "Mayumi"), ("隆", "タカシ", "Takashi"),
    ("明美", "アケミ", "Akemi"), ("悠斗", "ユウト", "Yuto"), ("彩", "アヤ", "Aya"),
    ("浩二", "コウジ", "Koji"), ("裕子", "ユウコ", "Yuko"), ("修", "オサム", "Osamu"),
    ("智子", "トモコ", "Tomoko"), ("亮", "リョウ", "Ryo"), ("久美子", "クミコ", "Kumiko"),
    ("勝利", "カツトシ", "Katsutoshi"), ("さくら", "サクラ", "Sakura"), ("蓮", "レン", "Ren"),
    ("結衣", "ユイ", "Yui"), ("正樹", "マサキ", "Masaki"), ("登美子", "トミコ", "Tomiko"),
]
# (〒, 都道府県+市区町村+町名, 市外局番)
_TOWNS = [
    ("060-0042", "北海道札幌市中央区大通西", "011"), ("062-0933", "北海道札幌市豊平区平岸三条", "011"),
    ("040-0011", "北海道函館市本町", "0138"), ("070-0031", "北海道旭川市一条通", "0166"),
    ("980-0811", "宮城県仙台市青葉区一番町", "022"), ("330-0063", "埼玉県さいたま市浦和区高砂", "048"),
    ("260-0013", "千葉県千葉市中央区中央", "043"), ("160-0022", "東京都新宿区新宿", "03"),
    ("171-0021", "東京都豊島区西池袋", "03"), ("180-0004", "東京都武蔵野市吉祥寺本町", "0422"),
    ("220-0011", "神奈川県横浜市西区高島", "045"), ("252-0231", "神奈川県相模原市中央区相模原", "042"),
    ("420-0857", "静岡県静岡市葵区御幸町", "054"), ("460-0008", "愛知県名古屋市中区栄", "052"),
    ("530-0001", "大阪府大阪市北区梅田", "06"), ("650-0021", "兵庫県神戸市中央区三宮町", "078"),
    ("700-0901", "岡山県岡山市北区本町", "086"), ("730-0011", "広島県広島市中区基町", "082"),
    ("812-0011", "福岡県福岡市博多区博多駅前", "092"), ("900-0006", "沖縄県那覇市おもろまち", "098"),
    ("960-8031", "福島県福島市栄町", "024"), ("390-0811", "長野県松本市中央", "0263"),
]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


def _landline(rng: random.Random, area: str) -> str:
    rest = 10 - len(area)  # digits after the area code
    local = 4 if rest == 8 else (3 if rest == 7 else 2)
    a = "".join(str(rng.randrange(10)) for _ in range(local - 1))
    return f"{area}-{rng.randrange(2, 10)}{a}-{rng.randrange(1000, 10000)}"


def _people(tag: str, n: int, region: tuple[str, ...] = (), born: tuple[int, int] = (1940, 2003)) -> list[dict]:
    """n invented people, always the same for the same tag (optionally living in region)."""
    rng = random.Random(f"{SEED}-{tag}")
    sei = rng.sample(_SEI, n)
    towns = [t for t in _TOWNS if not region or t[1].startswith(region)]
    out = []
    for s in sei:
        m = rng.choice(_MEI)
        zip_, town, area = rng.choice(towns)
        addr = f"{town}{rng.randrange(1, 8)}丁目{rng.randrange(1, 30)}-{rng.randrange(1, 25)}"
        if rng.random() < 0.3:
            addr += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランレジデンス'])}" \
                    f"{rng.choice(['桜', '緑', '青葉', '北斗', '松風'])}{rng.randrange(1, 6)}0{rng.randrange(1, 9)}"
        mobile = f"0{rng.choice('987')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
        tel = mobile if rng.random() < 0.7 else _landline(rng, area)
        dob = date(born[0], 1, 1) + timedelta(days=rng.randrange(0, 365 * (born[1] - born[0])))
        local = f"{m[2].lower()}.{s[2].lower()}{rng.randrange(10, 99)}"
        if rng.random() < 0.4:
            local = f"{s[2].lower()}{m[2][0].lower()}{rng.randrange(1960, 2005) % 100:02d}"
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
            "romaji": f"{m[2]} {s[2]}", "tel": tel, "mobile": mobile,
            "mail": f"{local}@{rng.choice(_FREE)}", "zip": zip_, "addr": addr, "dob": dob,
        })
    return out


_ZEN = str.maketrans("0123456789-.:/()", "０１２３４５６７８９－．：／（）")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _wareki(d: date, style: str = "kanji") -> str:
    if d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    ys = "元" if y == 1 else str(y)
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return _zen(f"{era}{ys}年{d.month}月{d.day}日")
    return f"{era}{ys}年{d.month}月{d.day}日"


def _card(c: str, sep: str = "-") -> str:
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def _corp(base12: str) -> str:
    """法人番号: check digit in front of the 12-digit base."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


# -- signatures and disclaimers ------------------------------------------------------------

_SAPPORO = "〒060-0005 北海道札幌市中央区北五条西6丁目2-1 日の出札幌ビル7F"
_NAHA = "〒900-0015 沖縄県那覇市久茂地3丁目9-12 久茂地スクエア5F"
_HQ = "〒105-0011 東京都港区芝公園2丁目4-7 日の出芝公園ビル"


def _sig(name: str, title: str, mail: str, site: str = "sapporo") -> str:
    where = {"sapporo": ("札幌コンタクトセンター", _SAPPORO, "011-200-4410"),
             "naha": ("那覇コンタクトセンター", _NAHA, "098-860-3321"),
             "hq": ("本社", _HQ, "03-5400-7100")}[site]
    return (f"\n--------------------------------------------\n日の出産業株式会社\n"
            f"コンタクトセンター事業部 {where[0]}\n{title}　{name}\n{where[1]}\n"
            f"TEL {where[2]}\nE-mail: {mail}\n--------------------------------------------\n")


SIG_MURASE = _sig("村瀬 かおり", "スーパーバイザー", "murase.k@hinode-sangyo.co.jp")
SIG_HASEBE = _sig("長谷部 亮", "運用マネージャー", "hasebe.r@hinode-sangyo.co.jp")
SIG_ONODERA = _sig("小野寺 真央", "品質管理グループ", "onodera.m@hinode-sangyo.co.jp")
SIG_ARAI = _sig("新井 大地", "営業推進課 課長", "arai.d@hinode-sangyo.co.jp", "hq")
SIG_HIGA = _sig("比嘉 さやか", "スーパーバイザー", "higa.s@hinode-sangyo.co.jp", "naha")
SIG_OKOCHI = _sig("大河内 修", "センターシステム担当", "okochi.o@hinode-sangyo.co.jp")
SIG_MIYAKE = _sig("三宅 美穂", "人事総務課", "miyake.m@hinode-sangyo.co.jp", "hq")
SIG_MIYASHITA = _sig("宮下 竜也", "経理課", "miyashita.t@hinode-sangyo.co.jp", "hq")
SIG_SAKUMA = _sig("佐久間 紀子", "エスカレーション窓口 リーダー", "sakuma.n@hinode-sangyo.co.jp")
SIG_OTA = ("\nBest regards,\n\nDaniel Ota\nInternational Accounts, Contact Center Division\n"
           "Hinode Sangyo Co., Ltd.\n2-4-7 Shibakoen, Minato-ku, Tokyo 105-0011, Japan\n"
           "Tel +81-3-5400-7168 | ota.d@hinode-sangyo.co.jp\n")

DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you "
           "have received it in error, please notify the sender and delete it.\n")

MESSAGES: list[dict] = []


def _add(n: int, **m) -> None:
    MESSAGES.append({"id": f"callcenter-{n:03d}", **m})


# =========================================================================================
# 001 — callback list padded with spaces under a ---- rule, to the client (stop: list)
_add(
    1,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["川崎電機 お客様相談室 池上様 <ikegami.t@kawasaki-denki.co.jp>"],
    subject="【折返し依頼】エアコン修理受付 6/11午前分",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 お客様相談室
池上様

いつもお世話になっております。日の出産業 札幌コンタクトセンターの村瀬です。

本日午前中に修理受付窓口で承ったうち、技術担当様からの折返しが必要な
お客様を下記にまとめました。14時以降でのご連絡をお願いいたします。

受付番号        お客様名          電話番号         機種        折返し希望
--------------------------------------------------------------------------------
KD-0611-003     岩淵 早苗         090-3318-2764    AC-X28S     14:00-16:00
KD-0611-007     東海林 達也       080-5521-0937    AC-Z40R     15:00以降
KD-0611-012     百目鬼 由香       011-862-4490     AC-X22S     終日可
KD-0611-015     小笠原 勝         0138-47-2215     AC-W56V     16:00-17:00
KD-0611-019     勅使河原 みどり   090-7702-3146    AC-X28S     14:00-15:00
KD-0611-021     堀内 翔太         070-4418-6653    AC-Z25R     17:00以降
KD-0611-024     九十九 雅人       0166-22-5078     AC-X36S     15:00-16:00
--------------------------------------------------------------------------------
計7件

KD-0611-012の百目鬼様は、室外機からの異音で2回目のお問い合わせです。
よろしくお願いいたします。
""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven customers' names and phone numbers in a padded list to the client: a list of people",
)

# 002 — monthly KPI report, ordinary, with the standard disclaimer (pass)
_add(
    2,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["kondo.h@kawasaki-denki.co.jp"],
    cc=["hasebe.r@hinode-sangyo.co.jp"],
    subject="5月度 修理受付窓口 運営報告のご送付",
    charset="iso-2022-jp",
    body="""川崎電機株式会社
お客様相談室 室長 近藤様

いつも大変お世話になっております。
日の出産業の新井でございます。

5月度の修理受付窓口の運営実績をご報告いたします。

　入電数　　　　 18,442件（前月比 +6.1%）
　応答数　　　　 17,305件
　応答率　　　　 93.8%（目標 90.0%）
　平均処理時間　 6分42秒
　一次完結率　　 81.2%
　エスカレーション 214件（うち技術部門 168件）

梅雨入りに伴いエアコンの試運転に関するお問い合わせが前年より早く増えております。
6月第2週からは札幌センターで4席、那覇センターで2席を増席して対応いたします。

詳細は定例会（6/14 15:00〜）にてご説明させていただきます。
引き続きよろしくお願い申し上げます。
""" + SIG_ARAI + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate KPI report to the client with the standard disclaimer: ordinary business mail",
)

# 003 — a call memo that carries the card number a customer read out (stop: card)
_c0 = card_number(SEED + 0)
_add(
    3,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["北国フーズ 通販事業部 <tsuhan-cs@kitaguni-foods.co.jp>"],
    subject="定期便お支払い方法変更のご依頼（応対メモ転記）",
    charset="shift_jis",
    body=f"""北国フーズ株式会社 通販事業部 ご担当者様

お世話になっております。日の出産業 札幌コンタクトセンターの村瀬です。

本日、定期便のお客様より、お支払いを代金引換からクレジットカードへ
変更したいとのお電話がありました。
御社の管理画面ではカード情報の登録ができないため、応対メモをそのまま転記いたします。
お手数ですが御社側での登録をお願いいたします。

■応対メモ（6/12 10:24 受付 / OP:那須）
　お客様名：菅野 美智代 様
　電話番号：080-2290-6417
　定期便番号：KF-T-0088213
　カード番号：{_card(_c0)}
　有効期限：09/28
　名義：MICHIYO SUGANO
　次回お届け：6/20 発送分から変更希望

ご登録が完了しましたら、お客様へのご連絡は当センターで行います。
よろしくお願いいたします。
""" + SIG_MURASE,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a customer's full credit card number pasted from the call memo to the client",
)

# 004 — NDA talk with the law firm, DOCX draft without any marking (pass)
_add(
    4,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["白川法律事務所 弁護士 野々村先生 <nonomura@shirakawa-law.jp>"],
    subject="秘密保持契約書（はるか化粧品様向け）ドラフトのご確認のお願い",
    charset="iso-2022-jp",
    body="""白川法律事務所
野々村先生

いつもお世話になっております。日の出産業の新井です。

新規にコールセンター業務を受託予定のはるか化粧品株式会社様との
秘密保持契約書について、先方ひな形に当社修正を加えたドラフトを添付いたします。

特にご確認いただきたい点は以下の3点です。
　1. 第2条 秘密情報の定義に「通話録音データ」を含めるか
　2. 第7条 再委託先（那覇センターの協力会社）への開示の可否
　3. 第11条 契約終了後の返還・消去の期限（先方案は終了後7日以内）

来週水曜日の先方打合せまでにご意見を頂戴できますと幸いです。
お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_ARAI,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_はるか化粧品_日の出産業修正案.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "はるか化粧品株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "甲が乙に委託するコールセンター業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
            "第2条（秘密情報）本契約において秘密情報とは、開示者が書面、電磁的記録又は口頭により"
            "開示した技術上・営業上の情報及び通話録音データをいう。【乙修正：通話録音データを追加】",
            "第7条（再委託）乙は、甲の事前の書面による承諾を得た場合に限り、秘密情報を再委託先に開示できる。",
            "第11条（返還・消去）乙は、本契約終了後30日以内に秘密情報を返還又は消去する。"
            "【乙修正：7日→30日】",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with its draft attached; 秘密情報 is the subject, not a marking",
)

# 005 — look-alike of the client's domain (i → l), ordinary content (stop: lookalike)
_add(
    5,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["kondo.h@kawasaki-denkl.co.jp"],
    subject="週次 入電状況のご報告（6/3〜6/9）",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 近藤様

お世話になっております。日の出産業の長谷部です。
先週の入電状況をご報告いたします。

　6/3（月） 3,120件　応答率 91.2%
　6/4（火） 2,874件　応答率 94.0%
　6/5（水） 2,655件　応答率 95.3%
　6/6（木） 2,590件　応答率 95.8%
　6/7（金） 2,802件　応答率 93.1%
　6/8（土） 1,944件　応答率 96.7%
　6/9（日） 1,702件　応答率 97.4%

月曜午前の集中が続いておりますので、来週から月曜9時〜12時に2席追加いたします。
以上、よろしくお願いいたします。
""" + SIG_HASEBE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain kawasaki-denkl.co.jp is a one-letter look-alike of the partner kawasaki-denki.co.jp",
)

# 006 — escalation with a medical fact (pacemaker) of one caller (stop: sensitive)
_add(
    6,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["川崎電機 製品安全推進室 <anzen@kawasaki-denki.co.jp>"],
    cc=["ikegami.t@kawasaki-denki.co.jp"],
    subject="【エスカレーション】IH調理器使用可否のお問い合わせ（要回答）",
    charset="utf-8",
    body="""川崎電機株式会社
製品安全推進室 ご担当者様

日の出産業 エスカレーション窓口の佐久間です。
オペレーターでは回答できないお問い合わせがありましたので、エスカレーションいたします。

受付日時：6月12日 11:08
お客様名：長嶺 芳江 様（78歳）
ご連絡先：0263-35-8812（ご自宅）
対象製品：IHクッキングヒーター KH-IH32

ご相談内容：
昨年、心臓ペースメーカーの植え込み手術を受けており、主治医からIH機器には注意するよう
言われている。KH-IH32を使い続けてよいか、どの程度離れれば安全か知りたい。

取扱説明書P.4の注意書きはご案内済みですが、具体的な距離についての回答を
ご希望です。本日中に御社からご連絡いただけますでしょうか。
""" + SIG_SAKUMA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identified caller's medical history (pacemaker implant) sent to the client: 要配慮個人情報",
)

# 007 — internal callback list, tab-separated, to SVs only (pass: internal)
_p7 = _people("007", 12)
_add(
    7,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["cc-sv-sapporo@hinode-sangyo.co.jp"],
    cc=["naha-sv@mail.hinode-sangyo.co.jp"],
    subject="本日の折返し残（那覇→札幌 引継ぎ）",
    charset="utf-8",
    body="""札幌SVの皆さん

お疲れさまです。那覇の比嘉です。
那覇側で17時までに架電しきれなかった折返し残を引き継ぎます。
CRMのステータスは「折返し中（札幌）」に変更済みです。

受付番号\tお名前\tフリガナ\t電話番号\t用件
""" + "\n".join(
        f"NH-{612000 + i * 7}\t{p['name']}\t{p['kana']}\t{p['tel']}\t"
        f"{['定期便の解約', 'お届け日変更', '請求金額の確認', '商品破損', '住所変更', 'ポイント照会'][i % 6]}"
        for i, p in enumerate(_p7)) + """

よろしくお願いします。
""" + SIG_HIGA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="a 12-customer callback list sent only to internal addresses (incl. a subdomain): internal mail passes",
)

# 008 — liaison meeting invitation to three client organisations in To (stop: visible)
_add(
    8,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["近藤 浩之 <kondo.h@kawasaki-denki.co.jp>",
        "北国フーズ 通販事業部 戸部様 <tobe.y@kitaguni-foods.co.jp>",
        "さくらホテル 予約統括 真壁様 <makabe@sakura-hotel.jp>"],
    subject="第3回 コンタクトセンター運営連絡会のご案内",
    charset="iso-2022-jp",
    body="""各位

平素より大変お世話になっております。日の出産業の新井でございます。

委託元各社様にご参加いただいている運営連絡会を、下記のとおり開催いたします。

　日時：7月4日（木）14:00〜16:00
　会場：日の出産業 本社 8階 大会議室（オンライン併用）
　議題：
　　1. 上期の応答率・品質評価の振り返り
　　2. 夏季繁忙期の要員計画
　　3. 新CRM（ツバサシステム社製）移行スケジュール

ご出欠を6月21日（金）までにご返信いただけますと幸いです。
よろしくお願い申し上げます。
""" + SIG_ARAI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external client organisations can see each other in To: should have been Bcc",
)

# 009 — CSV (CP932) of card-loss callers to the bank (stop: list)
_p9 = _people("009", 8, region=("北海道",))
_add(
    9,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["みどり銀行 カードセンター <card-center@midori-ginko.co.jp>"],
    subject="カード紛失受付 日次連携（6/12分）",
    charset="shift_jis",
    body="""みどり銀行 カードセンター 御中

お世話になっております。日の出産業の長谷部です。
本日分のカード紛失受付一覧をCSVにて送付いたします。
利用停止処理はお電話の時点で完了しておりますので、再発行手続きをお願いいたします。

件数：8件
""" + SIG_HASEBE,
    attachments=[{
        "kind": "csv", "name": "kanshitsu_20240612.csv", "encoding": "cp932",
        "rows": [["受付日時", "氏名", "氏名カナ", "生年月日", "電話番号", "カード下4桁", "停止処理"]] + [
            [f"2024/06/12 {9 + i}:{(i * 13) % 60:02d}", p["name"], p["kana"],
             p["dob"].strftime("%Y/%m/%d"), p["tel"], f"{(i * 2371 + 1045) % 10000:04d}", "済"]
            for i, p in enumerate(_p9)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of eight callers with name, kana, date of birth and phone to the bank: a list of people",
)

# 010 — one guest's callback request passed to the hotel (pass: one person)
_add(
    10,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["sakura-naha-front@sakura-hotel.jp"],
    subject="ご予約者様より折返しのご希望（那覇店）",
    charset="iso-2022-jp",
    body="""さくらホテル那覇 フロント ご担当者様

お世話になっております。予約センター（日の出産業 那覇）の比嘉です。

7/20ご宿泊予定のお客様から、駐車場の高さ制限について確認したいとのご連絡がありました。
予約センターでは車高の上限が分からなかったため、ホテル様から直接ご連絡をお願いできますでしょうか。

　予約番号：SHN-20240720-0415
　お名前：宮城 綾乃 様
　お電話：090-6631-2078（平日18時以降希望）

よろしくお願いいたします。
""" + SIG_HIGA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one guest's name and phone to the hotel for a callback: a single record, may be warned",
)

# 011 — a new operator's My Number and pension number to the outside 社労士 (stop: ID)
_mn0 = my_number(SEED + 0)
_add(
    11,
    sender="三宅 美穂 <miyake.m@hinode-sangyo.co.jp>",
    to=["みなと社会保険労務士事務所 森本様 <morimoto@minato-sr.jp>"],
    subject="資格取得届のお願い（札幌センター 7/1入社 1名）",
    charset="iso-2022-jp",
    body=f"""みなと社会保険労務士事務所
森本様

いつもお世話になっております。日の出産業 人事総務課の三宅です。

札幌コンタクトセンターに7月1日付で契約社員（オペレーター）が1名入社いたします。
社会保険・雇用保険の資格取得届の作成をお願いいたします。

　氏名：　　　　漆原 聡美（ウルシバラ サトミ）
　生年月日：　　平成6年2月17日
　住所：　　　　〒065-0016 北海道札幌市東区北十六条東8丁目3-22 ハイツ北光203
　個人番号：　　{_mn0[:4]} {_mn0[4:8]} {_mn0[8:]}
　基礎年金番号：4307-218865
　標準報酬月額：22万円（見込み）
　雇用保険：前職あり（被保険者番号は本人確認中）

雇用契約書の写しは別途郵送いたします。
よろしくお願いいたします。
""" + SIG_MIYAKE,
    expect="stop",
    entities=["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's マイナンバー and 基礎年金番号 in the body to an outside office",
)

# 012 — three-way meeting mail: client + CRM vendor (pass: two external organisations)
_add(
    12,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["川崎電機 情報システム部 柳田様 <yanagida.k@kawasaki-denki.co.jp>"],
    cc=["ツバサシステム 西尾様 <nishio@tsubasa-system.jp>", "hasebe.r@hinode-sangyo.co.jp"],
    subject="CTI連携（着信ポップアップ）仕様確認会の日程調整",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 柳田様
（CC：ツバサシステム株式会社 西尾様）

お世話になっております。日の出産業 センターシステム担当の大河内です。

御社修理受付システムと、ツバサシステム様のCRMとの着信ポップアップ連携について、
三社で仕様確認の場を設けたく、下記候補日からご都合をお知らせください。

　・6/18（火）10:00〜11:30
　・6/19（水）15:00〜16:30
　・6/21（金）13:00〜14:30

論点は、着信番号で修理受付番号を検索する際のAPIの呼び出し方式と、
検索結果が複数件ある場合の画面表示です。
資料はツバサシステム様より事前にご共有いただける予定です。

よろしくお願いいたします。
""" + SIG_OKOCHI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To/Cc, nothing personal",
)

# 013 — HTML-only mail with a table of guests to the hotel (stop: list)
_p13 = _people("013", 6)
_rows13 = "".join(
    f"<tr><td>SKR-{2407100 + i * 37}</td><td>{p['romaji'].split()[1].upper()} {p['romaji'].split()[0].upper()}</td><td>{p['tel']}</td>"
    f"<td>{p['mail']}</td><td>{t}</td></tr>\n"
    for i, (p, t) in enumerate(zip(_p13, [
        "誕生日ケーキの手配希望", "到着が23時過ぎになる", "禁煙ツインへの変更希望",
        "領収書の宛名変更", "ベビーベッド貸出", "連泊の延長希望"])))
_add(
    13,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊課 <shukuhaku@sakura-hotel.jp>"],
    subject="予約センター 要対応リスト（7月第2週ご宿泊分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 宿泊課 ご担当者様</p>
<p>いつもお世話になっております。予約センター（日の出産業）の比嘉です。<br>
7月第2週にご宿泊のお客様のうち、ホテル様での対応が必要なご要望を一覧にしました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>予約番号</th><th>お名前（予約サイト登録名）</th><th>電話番号</th><th>メール</th><th>ご要望</th></tr>
{_rows13}</table>
<p>ご対応状況は予約システムの備考欄にご記入いただけますと助かります。<br>
よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 那覇コンタクトセンター<br>比嘉 さやか<br>TEL 098-860-3321</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML table of six guests with phone and e-mail to the hotel: a list of people",
)

# 014 — password ZIP (PPAP) of call history for the CRM migration (stop: unreadable)
_p14 = _people("014", 20)
_add(
    14,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["nishio@tsubasa-system.jp"],
    subject="移行リハーサル用 応対履歴データの送付",
    charset="utf-8",
    body="""ツバサシステム株式会社
西尾様

お世話になっております。日の出産業の大河内です。

CRM移行リハーサル用に、旧システムから抽出した応対履歴（5月分の一部）を
お送りします。ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_OKOCHI,
    attachments=[{
        "kind": "zip", "name": "outai_rireki_202405.zip", "password": "Tsb#2406mig",
        "files": [{"kind": "csv", "name": "outai_rireki_202405.csv", "encoding": "utf-8",
                   "rows": [["受付ID", "氏名", "電話番号", "メール", "用件"]] + [
                       [f"R{5100 + i}", p["name"], p["tel"], p["mail"], "問合せ"]
                       for i, p in enumerate(_p14)]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected; its contents are not visible to a scanner",
)

# 015 — quotation PDF (price list) for a prospect (pass)
_add(
    15,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["はるか化粧品 お客様窓口準備室 谷口様 <taniguchi@haruka-cosme.co.jp>"],
    subject="お客様相談窓口 運営委託のお見積りについて",
    charset="iso-2022-jp",
    body="""はるか化粧品株式会社
お客様窓口準備室 谷口様

先日はお時間をいただき、誠にありがとうございました。
日の出産業の新井です。

ご相談いただいたお客様相談窓口の運営について、お見積書をお送りいたします。
席数は平日8席・土日4席、受付時間9:00〜18:00を前提としております。
メール・チャット対応を追加する場合の単価も併記しております。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_ARAI,
    attachments=[{
        "kind": "pdf", "name": "御見積書_HS-Q-24-0187.pdf", "title": "御見積書",
        "lines": ["御見積書　No. HS-Q-24-0187", "はるか化粧品株式会社 御中",
                  "件名：お客様相談窓口 運営業務委託", "有効期限：発行日より60日",
                  "日の出産業株式会社 コンタクトセンター事業部",
                  f"適格請求書発行事業者登録番号：T{_corp('010401012345')}", ""],
        "table": [["項目", "単位", "数量", "単価（円）", "金額（円）"],
                  ["初期構築費（FAQ作成・研修含む）", "式", "1", "1,200,000", "1,200,000"],
                  ["電話応対席（平日）", "席・月", "8", "420,000", "3,360,000"],
                  ["電話応対席（土日）", "席・月", "4", "180,000", "720,000"],
                  ["メール対応", "件", "300", "650", "195,000"],
                  ["チャット対応（オプション）", "席・月", "2", "380,000", "760,000"],
                  ["月額合計（税抜）", "", "", "", "5,035,000"]],
    }],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a quotation / price list PDF with the company's own T-number: ordinary business mail",
)

# 016 — benefit inquiry with a cancer diagnosis of one policyholder (stop: sensitive)
_add(
    16,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["ひかり生命保険 給付サービス部 <kyufu-desk@hikari-seimei.co.jp>"],
    subject="給付金請求に関するお問い合わせの引継ぎ（証券番号 HK-7730125）",
    charset="iso-2022-jp",
    body="""ひかり生命保険株式会社
給付サービス部 ご担当者様

いつもお世話になっております。日の出産業 エスカレーション窓口の佐久間です。
本日お受けしたお問い合わせについて、給付可否のご判断が必要なため引継ぎいたします。

　証券番号：HK-7730125
　ご契約者：能登 かすみ 様
　生年月日：昭和47年9月3日
　ご連絡先：045-331-7764

　内容：5月に乳がんと診断され、6月3日から市立病院に入院し手術を受けた。
　　　　退院は6月20日頃の予定。入院給付金と手術給付金の請求書類を送ってほしい。
　　　　先進医療特約の対象になるかも知りたいとのこと。

請求書類の発送は当センターで手配済みです。特約の件のみご回答をお願いいたします。
""" + SIG_SAKUMA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identified policyholder's diagnosis and hospitalisation to the insurer: medical history",
)

# 017 — 「・」 bullets of pick-up requests with addresses to the carrier (stop: list)
_p17 = _people("017", 6, region=("北海道",))
_add(
    17,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["青葉運輸 札幌営業所 配車係 <sapporo-haisha@aoba-unyu.co.jp>"],
    subject="修理品 集荷依頼（6/13分）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 札幌営業所 配車係 御中

お世話になっております。日の出産業 札幌コンタクトセンターの村瀬です。
川崎電機様 修理品の集荷を下記のとおりお願いいたします。
梱包箱はお客様のお手元にお送り済みです。

""" + "\n".join(
        f"・{p['name']} 様　〒{p['zip']} {p['addr']}　TEL {p['tel']}　"
        f"{['午前中', '14-16時', '16-18時', '18-20時', '午前中', '19-21時'][i]}"
        for i, p in enumerate(_p17)) + """

以上6件です。伝票は元払い（川崎電機様契約番号 KD-77120）でお願いいたします。
""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six customers' names, addresses and phones in bullets to the carrier: a list of people",
)

# 018 — list of repair service centres (businesses) to one customer on gmail (pass)
_add(
    18,
    sender="support-kawasaki@hinode-sangyo.co.jp",
    to=["t.okuyama1978@gmail.com"],
    subject="Re: 修理の持ち込みができる窓口について",
    charset="iso-2022-jp",
    body="""奥山様

川崎電機 修理受付センターでございます。
お問い合わせいただきました、修理品の持ち込みが可能なサービスステーションをご案内いたします。

　札幌サービスステーション　　北海道札幌市白石区本通16丁目南4-1　　011-860-2210
　仙台サービスステーション　　宮城県仙台市宮城野区扇町3丁目6-8　　022-235-7710
　東京サービスステーション　　東京都大田区平和島5丁目2-11　　　　 03-3765-4402
　名古屋サービスステーション　愛知県名古屋市港区築地町4-15　　　　052-652-1183
　大阪サービスステーション　　大阪府大阪市西区江之子島1丁目9-5　　06-6443-0955
　広島サービスステーション　　広島県広島市南区出島2丁目14-3　　　 082-250-6671
　福岡サービスステーション　　福岡県福岡市東区箱崎ふ頭3丁目1-20　092-641-8830

受付時間はいずれも平日9:00〜17:30です。
お持ち込みの際は、保証書と受付番号（KD-0612-044）をお持ちください。

※本メールは送信専用アドレスではございません。ご不明点はこのままご返信ください。
----
川崎電機 修理受付センター（運営：日の出産業株式会社）
フリーダイヤル 0120-330-781（9:00〜18:00）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a list of service stations (businesses, not people) to one free-mail customer",
)

# 019 — internal shift memo sent to a look-alike of the own domain (stop: lookalike)
_add(
    19,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["hasebe.r@hinode-sangyo.jp"],
    subject="来週のシフト変更について",
    charset="iso-2022-jp",
    body="""長谷部さん

お疲れさまです。村瀬です。

来週のシフトについて2点ご相談です。
・6/17（月）午前の川崎電機ラインが1名欠員になるため、みどり銀行ラインから1名応援を出したいです。
・6/19（水）の夕方帯は研修と重なるので、SVを1名那覇から遠隔で入れてもらえないか比嘉さんに相談中です。

明日の朝会で確定させたいので、ご確認をお願いします。
""" + SIG_MURASE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.jp is a look-alike (TLD swap) of the internal hinode-sangyo.co.jp",
)

# 020 — reply that only confirms; the client's list is quoted with '>' (pass)
_p20 = _people("020", 6, region=("北海道",))
_add(
    20,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["みどり銀行 ローン推進部 坂口様 <sakaguchi.m@midori-ginko.co.jp>"],
    subject="Re: 住宅ローン 金利見直し案内の架電対象について",
    charset="shift_jis",
    body="""坂口様

お世話になっております。日の出産業の長谷部です。
架電対象の件、承知いたしました。
明日6/14の10時から、上記6名様へ順次ご案内のお電話をいたします。
結果は夕方に架電結果シートでご報告いたします。

長谷部

> 日の出産業 長谷部様
>
> お世話になっております。みどり銀行の坂口です。
> 金利見直しのご案内について、下記のお客様への架電をお願いします。
>
""" + "\n".join(f"> {p['name']}　{p['tel']}　{_wareki(p['dob'], 'short')}生" for p in _p20) + """
>
> 不在の場合は留守電に折返し先のみ残してください。
> よろしくお願いします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list of six appears only in the quoted text of the client's own mail; the new text has no personal data",
)

# 021 — revised operation manual stamped 社外秘 to the overflow partner (stop: marking)
_add(
    21,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["沖縄BPOサービス 喜屋武様 <kyan@okinawa-bpo.co.jp>"],
    subject="【社外秘】みどり銀行ライン 応対マニュアル第4版",
    charset="shift_jis",
    body="""沖縄BPOサービス株式会社
喜屋武様

お世話になっております。日の出産業の長谷部です。
7月から溢れ呼をお願いするみどり銀行ラインの応対マニュアル第4版をお送りします。
第3版からの変更点は冒頭の改訂履歴にまとめています。
研修前に各リーダー様へ展開をお願いいたします。

""" + SIG_HASEBE,
    attachments=[{
        "kind": "docx", "name": "応対マニュアル_みどり銀行ライン_v4.docx",
        "title": "応対マニュアル みどり銀行ライン 第4版",
        "page_header": "社外秘　日の出産業株式会社",
        "page_footer": "本書の複製・転載を禁じます",
        "paragraphs": [
            "みどり銀行ライン 応対マニュアル 第4版（2024年7月1日施行）",
            "改訂履歴：第4版 本人確認の質問項目を3項目から4項目に変更。カード紛失時の一時停止手順を追記。",
            "1. 第一声：「お電話ありがとうございます。みどり銀行カードデスクでございます。」",
            "2. 本人確認：氏名・生年月日・ご登録電話番号・お取引店の4項目を確認する。",
            "3. カード紛失・盗難：本人確認後、直ちに一時停止を行い、警察への届出を案内する。",
            "4. 暗証番号は絶対に聞き取らない。お客様が言いかけた場合は制止する。",
            "5. 苦情・エスカレーション：SVへ保留転送。30分以内に折返しできない場合は銀行担当へ連絡。",
        ],
        "tables": [[["区分", "応答目標", "後処理目標"], ["紛失・盗難", "20秒以内", "3分"],
                    ["残高・入出金照会", "30秒以内", "2分"], ["苦情", "即時SV転送", "10分"]]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject and the attached manual's page header carry 社外秘, sent to an external partner",
)

# 022 — one record per block: complainants to the law firm (stop: list)
_add(
    22,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["白川法律事務所 野々村先生 <nonomura@shirakawa-law.jp>"],
    cc=["arai.d@hinode-sangyo.co.jp"],
    subject="ご相談：長期化しているお申出案件（5件）について",
    charset="utf-8",
    body="""白川法律事務所
野々村先生

いつもお世話になっております。日の出産業 エスカレーション窓口の佐久間です。
北国フーズ様ラインで、対応が長期化しているお申出が5件あり、今後の対応方針について
ご相談させてください。概要を以下にまとめました。

【1】
氏名：四月一日 誠一
住所：〒330-0063 埼玉県さいたま市浦和区高砂2丁目8-14
電話：048-822-6140
内容：おせちの配送遅延に対し、慰謝料として10万円を要求。週3回以上の入電。

【2】
氏名：小鳥遊 千景
住所：〒171-0021 東京都豊島区西池袋4丁目19-3 グランレジデンス池袋702
電話：080-4471-2093
内容：定期便の解約を受け付けたのに請求が続いたとしてSNSで公開すると主張。

【3】
氏名：御手洗 勝也
住所：〒460-0008 愛知県名古屋市中区栄5丁目1-27
電話：090-1187-5520
内容：オペレーターの個人名と自宅を教えるよう繰り返し要求。

【4】
氏名：釜萢 登志子
住所：〒960-8031 福島県福島市栄町11-6
電話：024-521-3308
内容：返品期限後の返金要求。社長宛の手紙を毎週送付。

【5】
氏名：月見里 圭
住所：〒650-0021 兵庫県神戸市中央区三宮町1丁目4-9
電話：070-3302-9186
内容：通話中の暴言が続き、録音の開示を要求。

来週ご都合のよい日に30分ほどお時間をいただけますと幸いです。
""" + SIG_SAKUMA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five complainants, one block each with address and phone, to an outside law firm: a list of people",
)

# 023 — English proposal to a foreign partner, with disclaimer (pass)
_add(
    23,
    sender="Daniel Ota <ota.d@hinode-sangyo.co.jp>",
    to=["Maricel Santos <msantos@lumencontact.com.ph>"],
    subject="Proposal: English/Tagalog overflow support for our Japanese clients",
    charset="utf-8",
    body="""Dear Maricel,

Thank you for the call last Thursday. As promised, here is a short outline of what we
have in mind for the overflow support.

- Scope: inbound calls in English and Tagalog that our Sapporo and Naha centers cannot
  take within 60 seconds, for two of our clients (an appliance maker and a hotel chain).
- Hours: 9:00-21:00 JST, seven days a week.
- Volume: roughly 1,200-1,500 calls a month at the start.
- Systems: your agents would log in to our cloud CRM; no customer data would be stored
  on your side.
- Quality: we sample 2% of recorded calls every week and share the scores with you.

Could you send us your per-seat and per-minute pricing for this model by the end of the
month? We would also like to schedule a site visit to Cebu in August.

Looking forward to hearing from you.
""" + SIG_OTA + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English business proposal to a foreign partner with the standard disclaimer",
)

# 024 — thank-you mail to five survey respondents, all in To (stop: visible)
_add(
    24,
    sender="cs-survey@hinode-sangyo.co.jp",
    to=["kazuko.hirabayashi@yahoo.co.jp", "r.tsuchiya88@gmail.com", "minami-a@icloud.com",
        "shun.kagawa@outlook.jp", "yukie-0417@docomo.ne.jp"],
    subject="アンケートご回答のお礼（さくらホテル予約センター）",
    charset="iso-2022-jp",
    body="""お客様各位

このたびは、さくらホテル予約センターのご利用後アンケートにご回答いただき、
誠にありがとうございました。

いただいたご意見は、応対品質の改善に活用させていただきます。
お礼として、さくらホテル各店でご利用いただける500円分の割引コードをお送りします。

　割引コード：SKR-THX-2406
　有効期限：2024年12月31日

今後ともさくらホテルをよろしくお願いいたします。

さくらホテル予約センター（運営：日の出産業株式会社）
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private persons' addresses visible to each other in To: should have been Bcc",
)

# 025 — XLSX with several sheets and a title row: cancellations (stop: list)
_p25 = _people("025", 9)
_add(
    25,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["tobe.y@kitaguni-foods.co.jp"],
    subject="定期便 解約受付一覧（6月前半）",
    charset="utf-8",
    body="""北国フーズ株式会社 戸部様

お世話になっております。日の出産業の村瀬です。
6月1日〜15日に受け付けた定期便の解約一覧をお送りします。
「解約受付」シートが明細、「集計」シートが理由別の件数です。
引き止めに成功した3件は一覧から除いています。

""" + SIG_MURASE,
    attachments=[{
        "kind": "xlsx", "name": "定期便解約受付_2024年6月前半.xlsx", "title": "定期便解約受付一覧",
        "sheets": {
            "解約受付": [["北国フーズ 定期便 解約受付一覧（2024/6/1〜6/15）"], [],
                         ["No", "定期便番号", "氏名", "フリガナ", "住所", "電話番号", "解約理由"]] + [
                [i + 1, f"KF-T-00{87100 + i * 41}", p["name"], p["kana"], f"〒{p['zip']} {p['addr']}",
                 p["tel"], ["量が多い", "価格", "他社へ切替", "転居", "家族構成の変化", "価格",
                            "味の好み", "量が多い", "その他"][i]]
                for i, p in enumerate(_p25)],
            "集計": [["解約理由別 件数"], ["理由", "件数"], ["価格", 2], ["量が多い", 2],
                    ["他社へ切替", 1], ["転居", 1], ["家族構成の変化", 1], ["味の好み", 1], ["その他", 1],
                    ["合計", 9]],
            "メモ": [["引き止め成功 3件（一覧から除外）"], ["次回送付：7/1（6月後半分）"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with a title row listing nine customers with addresses and phones: a list of people",
)

# 026 — internal: an operator's leave with a diagnosis, HR only (pass: internal)
_add(
    26,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["miyake.m@hinode-sangyo.co.jp"],
    subject="休職の件（札幌センター オペレーター）",
    charset="iso-2022-jp",
    body="""三宅さん

お疲れさまです。長谷部です。
札幌センターのオペレーター 葛西 真琴さん（社員番号 S-20417）から、
本日、適応障害との診断書が提出されました。医師の所見では1か月の休養が必要とのことです。

診断書の原本は本日中に社内便で人事総務課へ送ります。
休職手続きと傷病手当金の案内をお願いできますでしょうか。
シフトは私の方で7月末まで調整済みです。

よろしくお願いします。
""" + SIG_HASEBE,
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="an employee's diagnosis, but sent only to internal HR: internal mail passes",
)

# 027 — a caller's driver's licence number in an escalation to the bank (stop: ID)
_add(
    27,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["みどり銀行 事務集中部 <jimu-shuchu@midori-ginko.co.jp>"],
    subject="住所変更（本人確認書類の読み上げ）についてのご確認",
    charset="shift_jis",
    body="""みどり銀行 事務集中部 ご担当者様

お世話になっております。日の出産業 エスカレーション窓口の佐久間です。

住所変更のお電話で、お客様が本人確認として運転免許証の内容を読み上げられました。
電話での住所変更は受付対象外のため書面手続きをご案内しましたが、
お客様が「今日中に変更してほしい」と強くご希望されたため、ご判断を仰ぎたくご連絡いたします。

　お名前：　　　茅野 康弘 様
　生年月日：　　昭和３９年１１月２８日
　免許証番号：　第 101203345671 号
　新住所：　　　〒062-0933 北海道札幌市豊平区平岸三条7丁目4-18
　ご連絡先：　　090-8814-2267

OPには、今後は番号の聞き取りをしないよう指導いたしました。
""" + SIG_SAKUMA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's driver's licence number (an identity document) sent to the bank",
)

# 028 — the daily report XLSX is corrupt (stop: unreadable)
_add(
    28,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp"],
    subject="日報（6/12）送付",
    charset="iso-2022-jp",
    body="""池上様

お世話になっております。日の出産業の長谷部です。
6/12の日報を添付いたします。
入電は2,655件、応答率は95.3%でした。

よろしくお願いいたします。
""" + SIG_HASEBE,
    attachments=[{"kind": "corrupt", "name": "nippo_20240612.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 029 — replacement shipments with tracking numbers (pass)
_add(
    29,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp"],
    subject="交換品 発送完了のご報告（6/12分）",
    charset="iso-2022-jp",
    body="""池上様

お世話になっております。日の出産業の村瀬です。
本日発送した交換品の送り状番号をご報告いたします。

受付番号       品番          数量   送り状番号（青葉運輸）
---------------------------------------------------------
KD-0605-031    RC-F12W       1      4402-1187-6630
KD-0606-014    AC-RM08       1      4402-1187-6641
KD-0607-052    KH-IH32-P     1      4402-1187-6652
KD-0607-060    VC-CL200      2      4402-1187-6663
KD-0608-009    AC-RM08       1      4402-1187-6674
---------------------------------------------------------

お届け予定はいずれも6/14（金）です。
""" + SIG_MURASE,
    expect="pass",
    entities=[],
    detectors=[],
    note="order numbers, product codes and tracking numbers only: no personal data",
)

# 030 — DOCX table: QA sampling list of recorded calls to the QA vendor (stop: list)
_p30 = _people("030", 10)
_add(
    30,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["コールクオリティ・パートナーズ 評価チーム <eval-team@callqa-partners.jp>"],
    subject="6月第2週 モニタリング対象通話リスト",
    charset="utf-8",
    body="""コールクオリティ・パートナーズ株式会社
評価チーム ご担当者様

お世話になっております。日の出産業 品質管理グループの小野寺です。
6月第2週の外部モニタリング対象通話（10件）のリストをお送りします。
録音データは従来どおり共有フォルダに格納しています。
評価シートは6/21（金）までにご返送ください。

""" + SIG_ONODERA,
    attachments=[{
        "kind": "docx", "name": "モニタリング対象通話_2024W24.docx",
        "paragraphs": ["外部モニタリング対象通話リスト（2024年 第24週）",
                       "抽出条件：各ラインの全通話から無作為に2%抽出し、うち10件を外部評価対象とする。"],
        "tables": [[["通話ID", "日時", "ライン", "お客様名", "お客様電話番号", "担当OP"]] + [
            [f"C24W24-{311 + i * 17}", f"6/{10 + i % 5} {10 + i}:{(i * 7) % 60:02d}",
             ["川崎電機", "みどり銀行", "北国フーズ", "さくらホテル"][i % 4], p["name"], p["tel"],
             f"OP{2100 + i * 3}"] for i, p in enumerate(_p30)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of ten sampled calls with customers' names and phone numbers to the QA vendor",
)

# 031 — masked callback list (surname + last four digits) to the client (either)
_add(
    31,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["tobe.y@kitaguni-foods.co.jp"],
    subject="お中元ギフト 配送先確認の折返し状況",
    charset="iso-2022-jp",
    body="""戸部様

お世話になっております。日の出産業 那覇センターの比嘉です。
お中元ギフトの配送先不備について、本日の折返し状況を共有します。
個人情報保護のため、お名前は姓のみ、電話番号は下4桁のみ記載しています。

　注文番号　　　　お客様　　電話（下4桁）　状況
　KF-G-240611-08　上原様　　＊＊＊＊-3381　住所修正済
　KF-G-240611-15　森山様　　＊＊＊＊-7720　不在（留守電）
　KF-G-240611-22　大城様　　＊＊＊＊-0946　住所修正済
　KF-G-240611-31　長浜様　　＊＊＊＊-5512　番地不足、再確認中
　KF-G-240611-40　仲村渠様　＊＊＊＊-2087　住所修正済
　KF-G-240611-47　安里様　　＊＊＊＊-6630　不在（2回目）
　KF-G-240611-53　島袋様　　＊＊＊＊-1179　住所修正済

明日も不在の2件は、16時以降に再度架電します。
""" + SIG_HIGA,
    expect="either",
    entities=[],
    detectors=[],
    note="seven customers reduced to surname and last four digits with order numbers: arguably pseudonymised, arguably still a list",
)

# 032 — English mail to the overflow partner with five foreign callers (stop: list)
_add(
    32,
    sender="Daniel Ota <ota.d@hinode-sangyo.co.jp>",
    to=["Maricel Santos <msantos@lumencontact.com.ph>"],
    cc=["ota.d@hinode-sangyo.co.jp"],
    subject="Callbacks for your English desk - 13 June",
    charset="utf-8",
    body="""Hi Maricel,

Here are today's callbacks for your English desk. All five asked for an English-speaking
agent and could not be served in time by Sapporo. Please call them back before 18:00 JST
and log the result in the CRM.

1. Emily Carter / 090-7745-1302 / emily.carter.jp@gmail.com / hotel booking change (Sakura Hotel Naha, 2 nights)
2. Rahul Mehta / +81 80-2231-5598 / rahul.mehta@outlook.jp / air conditioner error code E7
3. Sophie Laurent / 070-6612-0047 / s.laurent@icloud.com / lost debit card - card already stopped, needs reissue steps
4. Tom Becker / +81 90-3380-7716 / tbecker1979@yahoo.co.jp / gift delivery date
5. Ana Souza / 080-9902-4413 / ana.souza.tokyo@gmail.com / refund status for cancelled order

Thanks a lot!
""" + SIG_OTA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five callers' names, phones and e-mails to a foreign partner: a list of people",
)

# 033 — pick-up coordination: client + carrier, one customer's address (pass)
_add(
    33,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp", "sapporo-haisha@aoba-unyu.co.jp"],
    subject="大型修理品（冷蔵庫）の引取り日程について",
    charset="iso-2022-jp",
    body="""川崎電機 池上様
青葉運輸 札幌営業所 配車係様

お世話になっております。日の出産業の村瀬です。
冷蔵庫の引取り修理について、お客様のご都合が確定しましたので、お二方にご連絡いたします。

　受付番号：KD-0610-077
　お客様：　五十嵐 雅子 様
　ご住所：　〒062-0933 北海道札幌市豊平区平岸三条9丁目2-5
　お電話：　011-831-5590
　引取日：　6/18（火）午後（13〜17時）
　製品：　　RF-K450N（2段式、搬出経路は玄関から）

青葉運輸様は2名での作業をお願いいたします。
代替機は川崎電機様より前日に発送いただく予定です。
""" + SIG_MURASE,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="one customer's record to the two organisations that need it: a single record, two external domains",
)

# 034 — a fraud victim's account reported to the bank's fraud desk (stop: sensitive)
_add(
    34,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["みどり銀行 不正利用対策室 <fusei-taisaku@midori-ginko.co.jp>"],
    subject="【至急】特殊詐欺被害のお申出（口座凍結のご確認）",
    charset="iso-2022-jp",
    body="""みどり銀行 不正利用対策室 御中

日の出産業 エスカレーション窓口の佐久間です。
カードデスクに、特殊詐欺の被害に遭われたとのお電話がありましたので至急ご連絡いたします。

　お名前：　　　坪井 ハツ 様（82歳）
　口座：　　　　みどり銀行 北一条支店 普通 3058817
　ご連絡先：　　011-251-0673（ご長男 坪井 和樹様 携帯 090-2245-8160）
　状況：　　　　6/12 14時頃、警察官を名乗る男にキャッシュカードを渡してしまった。
　　　　　　　　同日17時台にATMで計150万円が引き出されている。
　　　　　　　　札幌中央警察署に被害届を提出済み（受理番号は未確認）。

カードの利用停止は当センターで実施済みです。
口座の支払停止と、ご家族への折返しをお願いいたします。
""" + SIG_SAKUMA,
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identified customer who was a crime victim, with account number: 要配慮個人情報 (犯罪被害)",
)

# 035 — the word 機密 in a sentence about recording retention (pass)
_add(
    35,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["ツバサシステム 西尾様 <nishio@tsubasa-system.jp>"],
    subject="通話録音の保管期間設定について",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
西尾様

お世話になっております。日の出産業の大河内です。

新CRMの通話録音の保管期間について、委託元各社との契約を確認しました。
録音データは各社とも機密情報として扱う取り決めになっており、保管期間は以下のとおりです。

　川崎電機様ライン　　13か月
　みどり銀行様ライン　5年（銀行側の規程による）
　北国フーズ様ライン　6か月
　さくらホテル様ライン　6か月

ライン別に保管期間を設定できる仕様か、ご確認いただけますでしょうか。
また、期間経過後の自動削除ログが出力できるかも併せて教えてください。
""" + SIG_OKOCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="機密 appears only inside a sentence, not as a classification; ordinary vendor mail",
)

# 036 — full-width digits, kana names, 和暦 dates, padded with full-width spaces (stop: list)
_p36 = _people("036", 7)
_add(
    36,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["ひかり生命保険 募集推進部 <boshu-suishin@hikari-seimei.co.jp>"],
    subject="資料請求のお客様 折返し希望一覧（６／１２受付）",
    charset="shift_jis",
    body="""ひかり生命保険株式会社
募集推進部 ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
６月１２日に資料請求ダイヤルで受け付けたお客様のうち、
「担当者から説明を聞きたい」とご希望の方を一覧にしました。

""" + "\n".join(
        f"{p['kana'].replace(' ', '　')}　　{_wareki(p['dob'], 'zen')}生　　{_zen(p['tel'])}　　"
        f"{['医療保険', 'がん保険', '学資保険', '終身保険', '医療保険', '個人年金', '収入保障'][i]}"
        for i, p in enumerate(_p36)) + """

ご連絡は平日１０時〜１７時でお願いいたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="seven kana names with 和暦 birth dates and full-width phone numbers to the insurer: a list of people",
)

# 037 — weekly report to a look-alike of the bank (co. dropped) (stop: lookalike)
_add(
    37,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["sakaguchi.m@midori-ginko.jp"],
    subject="カードデスク 週次報告（第24週）",
    charset="iso-2022-jp",
    body="""坂口様

お世話になっております。日の出産業の長谷部です。
第24週のカードデスク実績です。

　入電　4,218件（紛失・盗難 512件、残高照会 1,377件、その他 2,329件）
　応答率　92.6%
　平均待ち時間　38秒

紛失・盗難の受付は先週比で8%増えております。
詳細は金曜日の定例でご報告します。
""" + SIG_HASEBE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.jp drops the co. of the partner midori-ginko.co.jp: a look-alike domain",
)

# 038 — HTML-only newsletter with an aggregate table (pass)
_add(
    38,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["tobe.y@kitaguni-foods.co.jp"],
    subject="【北国フーズ様】お客様の声 月次レポート 2024年5月号",
    charset="utf-8",
    html="""<html><body>
<h3>お客様の声 月次レポート（2024年5月）</h3>
<p>北国フーズ株式会社 戸部様<br>いつもお世話になっております。日の出産業の新井です。<br>
5月にコールセンターへ寄せられたお客様の声を、カテゴリ別に集計しました。</p>
<table border="1" cellpadding="3">
<tr><th>カテゴリ</th><th>件数</th><th>前月比</th><th>主な内容</th></tr>
<tr><td>お届け・配送</td><td>412</td><td>+12%</td><td>母の日ギフトの到着日指定</td></tr>
<tr><td>商品の品質</td><td>96</td><td>-5%</td><td>ホタテの解凍方法</td></tr>
<tr><td>定期便</td><td>288</td><td>+3%</td><td>お休み（スキップ）の手続き</td></tr>
<tr><td>お支払い</td><td>154</td><td>±0%</td><td>後払い請求書の再発行</td></tr>
<tr><td>お褒め</td><td>37</td><td>+19%</td><td>メロンの糖度、梱包の丁寧さ</td></tr>
</table>
<p>「お届け・配送」の増加は母の日需要によるもので、6月は例年どおりに戻る見込みです。</p>
<p>日の出産業株式会社 コンタクトセンター事業部 新井 大地</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only report with category counts only: no personal data",
)

# 039 — quality report as a password-protected PDF (stop: unreadable)
_add(
    39,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["さくらホテル 予約統括 真壁様 <makabe@sakura-hotel.jp>"],
    subject="5月度 予約センター品質報告書（パスワード付PDF）",
    charset="iso-2022-jp",
    body="""さくらホテル株式会社
予約統括 真壁様

お世話になっております。日の出産業 品質管理グループの小野寺です。
5月度の品質報告書をお送りします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えいたします。

""" + SIG_ONODERA,
    attachments=[{
        "kind": "pdf", "name": "品質報告書_2024年5月_予約センター.pdf", "password": "skr0531",
        "lines": ["予約センター 品質報告書 2024年5月", "モニタリング件数 120件 / 平均点 86.4点",
                  "改善テーマ：料金説明の正確性"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the PDF is encrypted with a password: its content cannot be inspected",
)

# 040 — internal password ZIP between colleagues (pass: internal)
_add(
    40,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["higa.s@hinode-sangyo.co.jp"],
    subject="那覇センター 座席表と内線割当（パスワード付き）",
    charset="iso-2022-jp",
    body="""比嘉さん

お疲れさまです。大河内です。
7月の席替え後の座席表と内線割当表をZIPでお送りします。
パスワードはいつもの社内ルールどおり、Teamsで別送します。

""" + SIG_OKOCHI,
    attachments=[{
        "kind": "zip", "name": "naha_seat_202407.zip", "password": "nh-seat-0701",
        "files": [{"kind": "xlsx", "name": "座席表_那覇_202407.xlsx",
                   "sheets": {"座席": [["席番", "内線", "氏名"], ["A-01", "5101", "比嘉 さやか"],
                                      ["A-02", "5102", "玉城 亜希"]]}}],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="an encrypted ZIP, but sent only to an internal colleague: internal mail passes",
)

# 041 — comma-separated visitor-pass application for on-site operators (stop: list)
_p41 = _people("041", 6, region=("東京都", "神奈川県", "埼玉県", "千葉県"), born=(1968, 2003))
_add(
    41,
    sender="三宅 美穂 <miyake.m@hinode-sangyo.co.jp>",
    to=["川崎電機 総務部 施設管理課 <shisetsu@kawasaki-denki.co.jp>"],
    subject="入館証発行申請（御社お客様相談室 常駐オペレーター6名）",
    charset="shift_jis",
    body="""川崎電機株式会社 総務部 施設管理課 御中

いつもお世話になっております。日の出産業 人事総務課の三宅です。
7月1日から御社本社お客様相談室に常駐するオペレーター6名の入館証発行を申請いたします。
御社所定の様式に合わせ、カンマ区切りで記載しております。

氏名,フリガナ,生年月日,現住所,携帯電話
""" + "\n".join(
        f"{p['name']},{p['kana']},{p['dob'].strftime('%Y/%m/%d')},{p['addr']},{p['mobile']}"
        for p in _p41) + """

顔写真データは別途、御社の申請フォームからアップロードいたします。
よろしくお願いいたします。
""" + SIG_MIYAKE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six employees' birth dates, home addresses and mobiles comma-separated to the client: a list of people",
)

# 042 — English proposal with a PDF footer "Confidential" (stop: marking)
_add(
    42,
    sender="Daniel Ota <ota.d@hinode-sangyo.co.jp>",
    to=["Karen Whitfield <kwhitfield@brightwave-appliances.com>"],
    subject="Japan customer support - pricing proposal",
    charset="utf-8",
    body="""Dear Karen,

Thank you for considering Hinode Sangyo for your customer support in Japan.
Please find attached our pricing proposal for the Japanese-language hotline for your
smart kitchen range, starting with the October launch.

The proposal covers phone, e-mail and LINE support, a bilingual escalation desk, and
weekly reporting in English. We would be glad to walk you through it on a call next week.
""" + SIG_OTA,
    attachments=[{
        "kind": "pdf", "name": "Hinode_Proposal_Brightwave_JP_Support.pdf",
        "title": "Pricing Proposal - Brightwave Japan Support",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Confidential - Hinode Sangyo Co., Ltd. - Not for distribution",
        "lines": ["Pricing Proposal: Japanese Customer Support for Brightwave Appliances",
                  "Prepared for Brightwave Appliances Inc.", ""],
        "table": [["Item", "Unit", "Price (JPY)"],
                  ["Setup (FAQ, training, IVR)", "one-time", "1,800,000"],
                  ["Phone agent seat (weekday)", "seat/month", "450,000"],
                  ["E-mail / LINE handling", "ticket", "700"],
                  ["Bilingual escalation desk", "seat/month", "620,000"],
                  ["Weekly English report", "month", "80,000"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached PDF is stamped CONFIDENTIAL in its header and footer",
)

# 043 — three staff attending a meeting, with mobiles, to the hotel (pass: three people)
_add(
    43,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["makabe@sakura-hotel.jp"],
    subject="6/20 予約センター運用打合せ 出席者のご連絡",
    charset="iso-2022-jp",
    body="""真壁様

お世話になっております。日の出産業の新井です。
6/20（木）の運用打合せには、当社から下記3名で伺います。
当日の連絡は各自の携帯までお願いいたします。

　新井 大地（営業推進課）　　　　　　　　090-4410-2231
　比嘉 さやか（那覇センター SV）　　　　080-6672-1190
　小野寺 真央（品質管理グループ）　　　070-1128-4403

会場は御社那覇店の2階会議室と伺っております。駐車場を1台分お借りできますと助かります。
""" + SIG_ARAI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees' names and mobiles to a client: under five records, may be warned",
)

# 044 — a foreign guest's passport number in an English escalation (stop: ID)
_add(
    44,
    sender="Daniel Ota <ota.d@hinode-sangyo.co.jp>",
    to=["Sakura Hotel Kyoto Front Office <kyoto-front@sakura-hotel.jp>"],
    subject="Guest request: passport copy for tax-free check-in (reservation SKK-0719-0332)",
    charset="utf-8",
    body="""Dear Front Office team,

Our reservation center received a call from a guest arriving on 19 July. He will arrive
late (around 23:30) and asked whether he could pre-register so that check-in is quick.
He read out his passport details to our agent; we pass them on for pre-registration.

Guest name: Mr. Lukas Brenner
Nationality: Germany
Passport No.: C4F7RK2M9
Date of birth: 14 March 1986
Mobile: +49 171 552 8830
Reservation: SKK-0719-0332 (2 nights, deluxe twin)

Please note he also asked for a quiet room away from the elevator.
""" + SIG_OTA,
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a guest's passport number (identity document) with date of birth sent to the hotel",
)

# 045 — plain ZIP with a UTF-8 CSV of survey respondents to the research firm (stop: list)
_p45 = _people("045", 12)
_add(
    45,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["リサーチラボ 集計担当 <shukei@researchlab.co.jp>"],
    subject="CS調査 回答データ送付（さくらホテル予約センター 5月分）",
    charset="utf-8",
    body="""株式会社リサーチラボ 集計ご担当者様

お世話になっております。日の出産業の小野寺です。
5月分のCS調査回答データをZIPでお送りいたします。
謝礼の送付に使うため、回答者の氏名とメールアドレスも含めています。
集計結果は6月末までにご報告ください。

""" + SIG_ONODERA,
    attachments=[{
        "kind": "zip", "name": "cs_survey_202405.zip",
        "files": [{"kind": "csv", "name": "cs_survey_202405.csv", "encoding": "utf-8",
                   "rows": [["回答ID", "氏名", "メールアドレス", "年代", "総合満足度", "自由記述"]] + [
                       [f"Q{4500 + i}", p["name"], p["mail"], f"{(2024 - p['dob'].year) // 10 * 10}代",
                        (i * 3) % 5 + 1, ["とても丁寧でした", "待ち時間が長い", "", "説明が分かりやすい",
                                          "折返しが遅かった", ""][i % 6]]
                       for i, p in enumerate(_p45)]},
                  {"kind": "txt", "name": "readme.txt", "text": "項目定義: 総合満足度は5段階（5が最高）"}],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP with a CSV of twelve respondents' names and e-mail addresses: a list of people",
)

# 046 — forward of the client's ordinary FAQ-change mail to the partner (pass)
_add(
    46,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["kyan@okinawa-bpo.co.jp"],
    subject="FW: 【川崎電機】FAQ改訂のお知らせ（エアコン E7エラー）",
    charset="iso-2022-jp",
    body="""喜屋武様

お世話になっております。長谷部です。
川崎電機様からFAQ改訂の連絡がありましたので転送します。
6/17の朝礼で周知をお願いします。

-----Original Message-----
差出人: 池上 拓也 <ikegami.t@kawasaki-denki.co.jp>
送信日時: 2024年6月12日 17:42
宛先: hasebe.r@hinode-sangyo.co.jp
件名: 【川崎電機】FAQ改訂のお知らせ（エアコン E7エラー）

日の出産業 長谷部様

お世話になっております。川崎電機の池上です。
エアコン AC-Xシリーズの「E7」エラーについて、FAQを改訂しました。

旧：室外機の故障の可能性があるため修理受付
新：まずブレーカーの入れ直し（5分以上）を案内し、解消しない場合に修理受付

ファームウェア更新後の一時的なエラーが多いことが分かったためです。
6/17（月）からの適用でお願いいたします。

川崎電機株式会社 お客様相談室 池上 拓也
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a forward with no personal data (a business FAQ change): ordinary mail",
)

# 047 — RFP sent to four telephony vendors visible in Cc (stop: visible)
_add(
    47,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["okochi.o@hinode-sangyo.co.jp"],
    cc=["sales@voicelink.co.jp", "info@cloudphone-japan.com", "eigyo@nextcall.jp",
        "contact@kumo-pbx.co.jp"],
    subject="クラウドPBX更改に関する提案依頼（RFP）送付",
    charset="iso-2022-jp",
    body="""ご担当者各位

突然のご連絡失礼いたします。日の出産業株式会社 コンタクトセンター事業部の大河内です。

当社札幌・那覇コンタクトセンター（計180席）のPBX更改にあたり、
クラウドPBXのご提案をお願いしたく、提案依頼書（RFP）をお送りいたします。

　提出期限：7月12日（金）17:00
　提出先：　本メール返信にて
　説明会：　6月26日（水）15:00〜（オンライン、希望社のみ）

ご質問は6月28日までにメールでお寄せください。回答は全社に共有いたします。
""" + SIG_OKOCHI,
    attachments=[{
        "kind": "pdf", "name": "RFP_クラウドPBX更改_日の出産業.pdf",
        "lines": ["提案依頼書（RFP）クラウドPBX更改", "1. 対象：札幌120席・那覇60席",
                  "2. 必須要件：ACD、IVR、通話録音（5年保管）、CRM連携API",
                  "3. 稼働開始：2025年4月"],
    }],
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four competing vendors can see each other in Cc: should have been Bcc",
)

# 048 — DOCX: two hearing-impaired customers needing text contact (stop: sensitive)
_add(
    48,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["ひかり生命保険 契約サービス部 <keiyaku-service@hikari-seimei.co.jp>"],
    subject="配慮が必要なお客様の連絡方法について（ご登録のお願い）",
    charset="iso-2022-jp",
    body="""ひかり生命保険株式会社
契約サービス部 ご担当者様

お世話になっております。日の出産業の佐久間です。
聴覚に障害があり、電話でのご連絡が難しいお客様2名について、
今後の連絡をFAXまたはメールにしてほしいとのお申出がありました（ご家族経由でのお電話）。
詳細を添付の文書にまとめましたので、御社の顧客システムへのご登録をお願いいたします。

""" + SIG_SAKUMA,
    attachments=[{
        "kind": "docx", "name": "連絡方法変更のお申出_2件.docx",
        "paragraphs": ["連絡方法変更のお申出（2024年6月12日受付）",
                       "いずれも聴覚障害（身体障害者手帳 2級）のため、電話連絡不可。"],
        "tables": [[["証券番号", "ご契約者", "障害の内容", "希望連絡方法", "FAX", "メール"],
                    ["HK-6120447", "蔵前 喜代子", "聴覚障害（両耳）", "FAX", "03-3851-2096", ""],
                    ["HK-8830215", "鮫島 徹", "聴覚障害（人工内耳装用）", "メール", "",
                     "t.sameshima.1961@ezweb.ne.jp"]]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="two identified policyholders' disability in a DOCX to the insurer: 要配慮個人情報",
)

# 049 — internal: an operator's My Number for year-end adjustment, HR to payroll (pass)
_mn1 = my_number(SEED + 1)
_add(
    49,
    sender="三宅 美穂 <miyake.m@hinode-sangyo.co.jp>",
    to=["miyashita.t@hinode-sangyo.co.jp"],
    subject="扶養控除等申告書 個人番号の追記分（1名）",
    charset="iso-2022-jp",
    body=f"""宮下さん

お疲れさまです。人事総務の三宅です。
扶養控除等申告書で個人番号が未記入だった1名分、本人から回答がありました。
給与システムへの登録をお願いします。

　社員番号：N-30512（那覇センター）
　氏名：　　玉城 亜希
　個人番号：{_mn1}

登録後、このメールは削除してください。
""" + SIG_MIYAKE,
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="an employee's My Number between HR and payroll, both internal: internal mail passes",
)

# 050 — inline forward (FW:) of the client's tab-separated list to the partner (stop: list)
_p50 = _people("050", 6)
_add(
    50,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["kyan@okinawa-bpo.co.jp"],
    subject="FW: お届け日変更の架電依頼（6/14締め）",
    charset="utf-8",
    body="""喜屋武さん

お疲れさまです。日の出産業の比嘉です。
北国フーズ様からの架電依頼、那覇だけでは回りきらないので半分お願いできますか。
下の一覧の上から6件を沖縄BPOさんでお願いします。

---------- Forwarded message ----------
From: 戸部 由佳 <tobe.y@kitaguni-foods.co.jp>
Date: 2024年6月13日 9:12
Subject: お届け日変更の架電依頼（6/14締め）
To: higa.s@hinode-sangyo.co.jp

比嘉様

いつもお世話になっております。北国フーズの戸部です。
産地の天候不良により、メロン定期便のお届けが1週間遅れます。
以下のお客様へ、お届け日変更のご案内の架電をお願いします（Excelから貼り付けています）。

注文番号\t氏名\t電話番号\t住所\t旧お届け日\t新お届け日
""" + "\n".join(
        f"KF-M-{240600 + i * 13}\t{p['name']}\t{p['tel']}\t{p['addr']}\t6/15\t6/22"
        for i, p in enumerate(_p50)) + """

よろしくお願いいたします。
北国フーズ株式会社 通販事業部 戸部
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a forwarded client mail is new to the partner: six customers with phones and addresses",
)

# 051 — four callbacks to the client (pass: four records)
_add(
    51,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp"],
    subject="技術折返し依頼（6/13 夕方分 4件）",
    charset="iso-2022-jp",
    body="""池上様

お世話になっております。村瀬です。
夕方の受付分で技術折返しが必要なものは4件でした。

1) KD-0613-088　宍戸 光男 様　090-5518-0243　洗濯機 乾燥時に焦げ臭い
2) KD-0613-091　朝比奈 綾 様　022-262-7715　食洗機 給水エラー（E1）
3) KD-0613-097　榎本 浩一 様　080-3390-4128　エアコン 冷房が効かない
4) KD-0613-102　鴨下 静江 様　0422-51-9036　冷蔵庫 製氷されない

1)は安全確認のため、本日中のご連絡をお願いいたします。
使用を中止するようお客様にはご案内済みです。
""" + SIG_MURASE,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four customers' names and phones to the client: under the five-record line, may be warned",
)

# 052 — a guest's handoff sent to sakura-hotel.com instead of sakura-hotel.jp (stop: lookalike)
_add(
    52,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["sakura-naha-front@sakura-hotel.com"],
    subject="アーリーチェックインのご相談（7/6ご宿泊）",
    charset="iso-2022-jp",
    body="""さくらホテル那覇 フロント ご担当者様

お世話になっております。予約センターの比嘉です。
7/6ご宿泊のお客様から、アーリーチェックイン（10時）が可能か確認してほしいとのご依頼がありました。

　予約番号：SHN-20240706-0122
　お名前：　上地 奈々 様
　お電話：　080-5173-6629

可否をご連絡いただければ、予約センターからお客様にお伝えします。
""" + SIG_HIGA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="sakura-hotel.com is a TLD-swapped look-alike of the partner sakura-hotel.jp",
)

# 053 — PDF table of loan-consultation callbacks to the bank (stop: list)
_p53 = _people("053", 8, region=("北海道",))
_add(
    53,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["sakaguchi.m@midori-ginko.co.jp"],
    subject="返済相談 折返し予約一覧（6/17〜6/21）",
    charset="shift_jis",
    body="""坂口様

お世話になっております。日の出産業の長谷部です。
来週、ローン返済相談の担当者様からお電話いただく予約一覧をPDFでお送りします。
本人確認用に生年月日も記載しております。

""" + SIG_HASEBE,
    attachments=[{
        "kind": "pdf", "name": "返済相談_折返し予約_0617-0621.pdf",
        "lines": ["みどり銀行 ローン返済相談 折返し予約一覧（6/17〜6/21）",
                  "作成：日の出産業 札幌コンタクトセンター", ""],
        "table": [["予約日時", "氏名", "生年月日", "電話番号", "ローン種別", "相談内容"]] + [
            [f"6/{17 + i % 5} {10 + i}:00", p["name"], p["dob"].strftime("%Y年%m月%d日"), p["tel"],
             ["住宅", "カード", "マイカー", "住宅", "教育", "カード", "住宅", "マイカー"][i],
             ["返済額の見直し", "返済日の変更", "一部繰上げ", "条件変更", "据置期間", "延滞の相談",
              "借換え", "完済手続き"][i]]
            for i, p in enumerate(_p53)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of eight borrowers with birth dates and phones to the bank: a list of people",
)

# 054 — reply whose only personal data sits in the quoted original (pass)
_add(
    54,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp"],
    subject="RE: 【ご報告】KD-0607-052 お客様への対応結果",
    charset="iso-2022-jp",
    body="""池上様

ご対応ありがとうございました。
お客様から当センターに再度ご連絡があった場合も、本件は池上様に直接おつなぎいたします。
オペレーター向けの応対メモも更新しておきます。

佐久間

-----Original Message-----
From: 池上 拓也 [mailto:ikegami.t@kawasaki-denki.co.jp]
Sent: Thursday, June 13, 2024 4:05 PM
To: 佐久間 紀子
Subject: 【ご報告】KD-0607-052 お客様への対応結果

佐久間様

KD-0607-052の件、本日お客様（江波戸 和也様 / 090-6620-3157 / 千葉市中央区中央3-8-2）に
直接お電話し、IH調理器の交換で合意いただきました。
交換品は明日発送します。

池上
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the customer's details appear only in the quoted message from the client: the recipient already has them",
)

# 055 — PDF payment records with My Numbers of freelance QA evaluators (stop: My Number)
_ev = [("鶴見 千秋", "〒063-0812 北海道札幌市西区琴似二条5丁目1-8", 384000, my_number(SEED + 2)),
       ("椎名 啓介", "〒004-0051 北海道札幌市厚別区厚別中央一条6丁目3-30", 256000, my_number(SEED + 3)),
       ("外間 美和", "〒901-2126 沖縄県浦添市宮城4丁目12-6", 198000, my_number(SEED + 4))]
_add(
    55,
    sender="宮下 竜也 <miyashita.t@hinode-sangyo.co.jp>",
    to=["税理士法人やまびこ会計 小松様 <komatsu@yamabiko-kaikei.jp>"],
    subject="報酬、料金等の支払調書（個人の評価委託者3名分）",
    charset="iso-2022-jp",
    body="""税理士法人やまびこ会計
小松様

いつもお世話になっております。日の出産業 経理課の宮下です。
通話品質の評価を個人で委託している3名分の支払調書データをお送りします。
法定調書合計表への反映をお願いいたします。

""" + SIG_MIYASHITA,
    attachments=[{
        "kind": "pdf", "name": "支払調書_評価委託者_2023年分.pdf", "title": "報酬、料金、契約金及び賞金の支払調書",
        "lines": ["報酬、料金、契約金及び賞金の支払調書（2023年分）", "支払者：日の出産業株式会社", ""],
        "table": [["氏名", "住所", "個人番号", "区分", "支払金額", "源泉徴収税額"]] + [
            [n, a, m, "通話評価業務", f"{amt:,}", f"{int(amt * 0.1021):,}"] for n, a, amt, m in _ev],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="three individuals' マイナンバー in a PDF sent to an outside tax office",
)

# 056 — KPI/cost workbook with a 取扱注意 title row (stop: marking)
_add(
    56,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["tobe.y@kitaguni-foods.co.jp"],
    subject="お中元期 増員計画とコスト試算",
    charset="utf-8",
    body="""戸部様

お世話になっております。日の出産業の新井です。
お中元期（6/20〜7/31）の増員計画とコスト試算をお送りします。
席数の前提について、来週の定例でご相談させてください。

""" + SIG_ARAI,
    attachments=[{
        "kind": "xlsx", "name": "お中元期_増員計画_試算.xlsx",
        "sheets": {
            "増員計画": [["【取扱注意】お中元期 増員計画（北国フーズ様ライン）"], [],
                         ["週", "予測入電", "必要席数", "現行席数", "増員"],
                         ["6/24週", 5200, 14, 10, 4], ["7/1週", 6800, 18, 10, 8],
                         ["7/8週", 7400, 20, 10, 10], ["7/15週", 6100, 16, 10, 6]],
            "コスト試算": [["【取扱注意】コスト試算（税抜）"], ["項目", "金額"],
                          ["増員人件費", 6480000], ["研修費", 420000], ["管理費", 650000],
                          ["合計", 7550000]],
        },
        "page_header": "取扱注意",
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the workbook is classified 【取扱注意】 in its title rows and page header",
)

# 057 — list of the company's own centres (business locations) to a prospect (pass)
_add(
    57,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["taniguchi@haruka-cosme.co.jp"],
    subject="センター見学のご案内と拠点一覧",
    charset="iso-2022-jp",
    body="""谷口様

お世話になっております。日の出産業の新井です。
センター見学のご希望ありがとうございます。当社の拠点は以下の3か所です。

■札幌コンタクトセンター（120席）
　〒060-0005 北海道札幌市中央区北五条西6丁目2-1 日の出札幌ビル7F
　TEL 011-200-4410

■那覇コンタクトセンター（60席）
　〒900-0015 沖縄県那覇市久茂地3丁目9-12 久茂地スクエア5F
　TEL 098-860-3321

■本社（営業・管理部門）
　〒105-0011 東京都港区芝公園2丁目4-7 日の出芝公園ビル
　TEL 03-5400-7100

見学は札幌センターをおすすめしております。7月の候補日をいくつかお知らせください。
""" + SIG_ARAI,
    expect="pass",
    entities=[],
    detectors=[],
    note="business locations with office addresses and switchboards: a list of businesses, not people",
)

# 058 — tab-separated list of the client's shops for call routing (pass)
_add(
    58,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["tobe.y@kitaguni-foods.co.jp"],
    subject="Re: 直営店への転送先一覧の確認",
    charset="utf-8",
    body="""戸部様

お世話になっております。比嘉です。
直営店への転送先、センターで登録している内容は以下のとおりです。
変更があれば赤字でご返信ください。

店舗名\t住所\t電話番号\t営業時間
札幌大通店\t北海道札幌市中央区大通西3丁目7\t011-241-3380\t10:00-20:00
新千歳空港店\t北海道千歳市美々987-22 国内線ターミナル2F\t0123-46-5512\t7:00-20:30
函館朝市店\t北海道函館市若松町9-19\t0138-22-6071\t6:00-14:00
旭川駅前店\t北海道旭川市宮下通8丁目3-1\t0166-25-1144\t10:00-19:00
東京銀座アンテナショップ\t東京都中央区銀座5丁目6-14\t03-3572-0918\t11:00-20:00
大阪梅田店\t大阪府大阪市北区梅田3丁目1-3\t06-6345-2270\t10:00-21:00

比嘉
""" + SIG_HIGA,
    expect="pass",
    entities=[],
    detectors=[],
    note="a tab-separated list of shops with their switchboards: businesses, not people",
)

# 059 — corrupt PDF to the carrier (stop: unreadable)
_add(
    59,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["sapporo-haisha@aoba-unyu.co.jp"],
    subject="7月 集荷スケジュール表",
    charset="iso-2022-jp",
    body="""青葉運輸 札幌営業所 配車係様

お世話になっております。日の出産業の村瀬です。
7月の定期集荷スケジュール表をお送りします。
お盆期間（8/13〜8/16）の扱いは別途ご相談させてください。
""" + SIG_MURASE,
    attachments=[{"kind": "corrupt", "name": "shuka_schedule_202407.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached PDF is corrupt and cannot be inspected",
)

# 060 — internal mail marked 社外秘 (pass: internal)
_add(
    60,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["cc-sv-sapporo@hinode-sangyo.co.jp", "naha-sv@hinode-sangyo.co.jp"],
    subject="【社外秘】下期 受託単価改定の方針について",
    charset="iso-2022-jp",
    body="""SV各位

【社外秘】

お疲れさまです。長谷部です。
下期から委託元各社への単価改定（平均+4%）を提案する方針が経営会議で決まりました。
正式な提案は新井課長から各社へ行いますので、委託元の方から質問があっても
SVからは回答せず、新井課長へつないでください。

本メールの転送は禁止します。
""" + SIG_HASEBE,
    expect="pass",
    entities=[],
    detectors=[],
    note="a 社外秘 marking, but every recipient is internal: internal mail passes",
)

# 061 — apology to three private callers, all in To (stop: visible)
_add(
    61,
    sender="support-kawasaki@hinode-sangyo.co.jp",
    to=["hiroko.y1970@yahoo.co.jp", "k-matsunaga@icloud.com", "daiki.ozawa.22@gmail.com"],
    subject="【お詫び】折返しのお電話が遅れている件について",
    charset="iso-2022-jp",
    body="""お客様各位

川崎電機 修理受付センターでございます。

6月12日にお問い合わせフォームからご依頼いただいた折返しのお電話について、
システム障害のため、ご連絡が遅れております。大変申し訳ございません。

本日6月13日中に、担当者より順次お電話いたします。
お急ぎの場合は、恐れ入りますがフリーダイヤル 0120-330-781 までお電話ください。

川崎電機 修理受付センター（運営：日の出産業株式会社）
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three private persons can see each other's addresses in To: should have been Bcc",
)

# 062 — a product-accident report with one customer's anaphylaxis (stop: sensitive)
_add(
    62,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["北国フーズ 品質保証部 <hinshitsu@kitaguni-foods.co.jp>"],
    cc=["tobe.y@kitaguni-foods.co.jp"],
    subject="【重要・健康被害】カニ味噌甲羅盛り 喫食後の救急搬送について",
    charset="shift_jis",
    body="""北国フーズ株式会社
品質保証部 ご担当者様

日の出産業 エスカレーション窓口の佐久間です。
健康被害のお申出がありましたので、第一報をお送りします。

　受付日時：6月13日 9:47
　お申出者：萩野 真理子 様（ご本人）
　ご住所：　〒980-0811 宮城県仙台市青葉区一番町2丁目5-21
　お電話：　022-227-9083
　商品：　　カニ味噌甲羅盛り（ロット KM-240601-B）
　内容：　　6/12夕食時に喫食後、約30分で全身のじんましんと呼吸困難があり救急搬送。
　　　　　　病院でアナフィラキシーと診断され、1泊入院。甲殻類アレルギーの既往あり。
　　　　　　ご本人は表示を確認して購入したが、エビの表示がなかったと主張。
　　　　　　残品は冷凍保管中。

お客様は御社からの説明を希望されています。本日中のご連絡をお願いいたします。
""" + SIG_SAKUMA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identified customer's diagnosis and hospitalisation to the client: medical information",
)

# 063 — English reply; the partner's list is only in the quoted part (pass)
_add(
    63,
    sender="Daniel Ota <ota.d@hinode-sangyo.co.jp>",
    to=["Maricel Santos <msantos@lumencontact.com.ph>"],
    subject="Re: Callback results - 13 June",
    charset="utf-8",
    body="""Hi Maricel,

Thanks for the quick turnaround - all five closed on the same day is great.
I have updated the tickets on our side. Nothing else needed for today.

Daniel

On Thu, 13 Jun 2024 at 17:55, Maricel Santos <msantos@lumencontact.com.ph> wrote:
> Hi Daniel,
>
> Results of today's callbacks:
> 1. Emily Carter / 090-7745-1302 - booking changed, confirmation sent
> 2. Rahul Mehta / 080-2231-5598 - E7 error fixed after breaker reset
> 3. Sophie Laurent / 070-6612-0047 - reissue steps explained
> 4. Tom Becker / 090-3380-7716 - delivery date confirmed (6/22)
> 5. Ana Souza / 080-9902-4413 - refund processed on 6/10, told her to check statement
>
> Best,
> Maricel
""" + SIG_OTA,
    expect="pass",
    entities=[],
    detectors=[],
    note="the five callers appear only in the quoted text of the partner's own mail",
)

# 064 — the client's callback list forwarded as an attached .eml to a new contact (stop: list)
_p64 = _people("064", 7, region=("北海道",))
_add(
    64,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["みどり銀行 ローン推進部 岩佐様 <iwasa.k@midori-ginko.co.jp>"],
    subject="転送：架電結果のご報告（坂口様宛の送付分）",
    charset="iso-2022-jp",
    body="""みどり銀行 ローン推進部
岩佐様

お世話になっております。日の出産業の長谷部です。
坂口様がご不在とのことで、先日坂口様にお送りした架電結果のメールを添付にて転送いたします。
不在だったお客様は来週再架電の予定です。

""" + SIG_HASEBE,
    attachments=[{
        "kind": "eml", "name": "架電結果のご報告.eml",
        "message": {
            "sender": "長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
            "to": ["sakaguchi.m@midori-ginko.co.jp"],
            "subject": "架電結果のご報告（金利見直しのご案内）",
            "charset": "iso-2022-jp",
            "body": "坂口様\n\nお世話になっております。長谷部です。\n本日の架電結果をご報告します。\n\n"
                    "氏名\t電話番号\tメール\t結果\n" + "\n".join(
                        f"{p['name']}\t{p['tel']}\t{p['mail']}\t"
                        f"{['来店予約（6/20）', '不在', '検討する', '資料郵送希望', '不在', '不要', '来店予約（6/22）'][i]}"
                        for i, p in enumerate(_p64)) + "\n\n以上です。\n長谷部\n",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="an earlier mail attached as .eml to a new recipient: seven customers with phones and e-mails",
)

# 065 — procedural question to a consumer centre, nobody identified (pass)
_add(
    65,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["消費生活センター 相談課 <shohi-soudan@city.sapporo-kita.lg.jp>"],
    subject="事業者からの照会：あっせん依頼を受けた場合の窓口について",
    charset="iso-2022-jp",
    body="""市消費生活センター 相談課 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社で、通販事業者様のお客様窓口を受託運営している佐久間と申します。

お客様から「消費生活センターに相談した」とのお申出があった場合、
センター様からのあっせんのご連絡は、委託元の事業者様と受託者である当社の
どちらにいただくのが一般的でしょうか。
当社としては、委託元の担当部署をご案内する運用を考えております。

個別のご相談ではなく、一般的な運用についての照会です。
お手すきの際にご教示いただけますと幸いです。
""" + SIG_SAKUMA,
    expect="pass",
    entities=[],
    detectors=[],
    note="a general procedural question to a public body: no one is identified",
)

# 066 — four apology-letter addresses to the printer, rare surnames (pass: four records)
_add(
    66,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["錦印刷 DM制作課 <dm-seisaku@nishiki-insatsu.co.jp>"],
    subject="お詫び状 宛名印字のお願い（追加4件）",
    charset="shift_jis",
    body="""錦印刷株式会社 DM制作課 御中

お世話になっております。日の出産業の村瀬です。
先日ご依頼した川崎電機様のお詫び状について、追加で4件の宛名印字をお願いいたします。

　〒040-0011 北海道函館市本町22-8　薬袋 みち子 様
　〒390-0811 長野県松本市中央2丁目11-4　百目鬼 尚 様
　〒700-0901 岡山県岡山市北区本町6-30 メゾン本町402　似鳥 康平 様
　〒812-0011 福岡県福岡市博多区博多駅前3丁目22-7　東海林 律子 様

文面は前回と同じ版でお願いします。6/19発送分に含めていただけますと幸いです。
""" + SIG_MURASE,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four mailing addresses to the printer: under five records, may be warned",
)

# 067 — operator roster for the hotel's new desk (either)
_add(
    67,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["makabe@sakura-hotel.jp"],
    subject="7月からの予約センター担当者のご紹介",
    charset="iso-2022-jp",
    body="""真壁様

お世話になっております。那覇センターの比嘉です。
7月から御社ラインを担当するオペレーターをご紹介します。
ホテル様から予約センターへ直接ご連絡いただく際は、下記の内線直通へお願いいたします。

　氏名　　　　　勤務帯　　　　　直通番号
　玉城 亜希　　 9:00-18:00　　 098-860-3341
　仲宗根 陸　　 9:00-18:00　　 098-860-3342
　新垣 優奈　　12:00-21:00　　 098-860-3343
　照屋 翼　　　12:00-21:00　　 098-860-3344
　喜納 真央　　土日祝 9:00-18:00　098-860-3345
　宮平 大和　　土日祝12:00-21:00　098-860-3346

よろしくお願いいたします。
""" + SIG_HIGA,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="six staff with shifts and work direct lines: business contacts or a staff list, honestly either",
)

# 068 — XLSX of payment errors carrying three full card numbers (stop: card)
_c68 = [card_number(SEED + 1), card_number(SEED + 2), card_number(SEED + 3)]
_add(
    68,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["北国フーズ 通販事業部 決済担当 <kessai@kitaguni-foods.co.jp>"],
    subject="決済エラー 再処理依頼（電話でカード情報を再取得した3件）",
    charset="utf-8",
    body="""北国フーズ 通販事業部 決済ご担当者様

お世話になっております。日の出産業の村瀬です。
6月の定期便で決済エラーになったお客様のうち、お電話でカード情報を再取得できた3件を
Excelにまとめました。再オーソリをお願いいたします。

""" + SIG_MURASE,
    attachments=[{
        "kind": "xlsx", "name": "決済エラー再処理_202406.xlsx",
        "sheets": {"再処理": [["定期便番号", "氏名", "電話番号", "カード番号", "有効期限"],
                              ["KF-T-0087733", "戸倉 早紀", "090-1456-7721", _c68[0], "11/27"],
                              ["KF-T-0088019", "熊谷 修一", "011-664-3908", _card(_c68[1], " "), "04/29"],
                              ["KF-T-0088254", "嶋田 夏美", "080-6031-2295", _c68[2], "02/26"]]},
    }],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three customers' full credit card numbers in an XLSX to the client",
)

# 069 — DOCX service contract draft with a confidentiality clause (pass)
_add(
    69,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["makabe@sakura-hotel.jp"],
    cc=["arai.d@hinode-sangyo.co.jp"],
    subject="予約センター業務委託契約書（更新案）の送付",
    charset="iso-2022-jp",
    body="""真壁様

お世話になっております。日の出産業の新井です。
10月の契約更新に向けて、業務委託契約書の更新案をお送りします。
変更箇所は第5条（委託料）と第9条（秘密保持）で、修正履歴を残しております。
ご法務部門でのご確認をお願いいたします。
""" + SIG_ARAI + DISC_JA,
    attachments=[{
        "kind": "docx", "name": "業務委託契約書_予約センター_更新案.docx",
        "paragraphs": [
            "予約センター業務委託契約書（更新案）",
            "第1条（委託業務）甲は乙に対し、宿泊予約の受付・変更・取消に関する電話及びメール応対業務を委託する。",
            "第5条（委託料）委託料は別紙に定めるとおりとし、毎月末日締め翌月末日払いとする。",
            "第9条（秘密保持）乙は、本業務に関して知り得た甲及び宿泊客の情報を秘密として保持し、"
            "本業務以外の目的に使用してはならない。",
            "第12条（有効期間）本契約の有効期間は2024年10月1日から1年間とする。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="a contract draft with a confidentiality clause and the standard disclaimer: ordinary mail",
)

# 070 — 極秘 stamp at the top of a mail to the CRM vendor (stop: marking)
_add(
    70,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["nishio@tsubasa-system.jp"],
    subject="センター統合に伴うシステム構成の事前相談",
    charset="iso-2022-jp",
    body="""━━━━━━━━━━━━━━━━━━━━
　極秘　（関係者限り・転送禁止）
━━━━━━━━━━━━━━━━━━━━

ツバサシステム株式会社
西尾様

お世話になっております。日の出産業の大河内です。
まだ社内でも公表前の話で恐縮ですが、2025年度中に那覇センターを札幌センターへ
統合する案が検討されています。

統合する場合、CRMのテナントを一本化する必要があるかどうか、
また移行にかかる期間の目安を事前にご相談させてください。
来週どこかで1時間ほどお時間をいただけますでしょうか。
""" + SIG_OKOCHI,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail itself is classified 極秘 in a stamp at its top, sent to an external vendor",
)

# 071 — outage notice to many customers, properly in Bcc (pass)
_p71 = _people("071", 14)
_add(
    71,
    sender="北国フーズ お客様センター <kitaguni-cs@hinode-sangyo.co.jp>",
    to=["kitaguni-cs@hinode-sangyo.co.jp"],
    bcc=[p["mail"] for p in _p71],
    subject="【北国フーズ】お客様センター 電話受付一時停止のお知らせ",
    charset="iso-2022-jp",
    body="""お客様各位

いつも北国フーズをご利用いただき、ありがとうございます。

電話設備のメンテナンスのため、下記の時間帯はお客様センターの電話受付を停止いたします。

　停止日時：6月23日（日）0:00〜6:00

この間のお問い合わせは、ウェブサイトのお問い合わせフォームをご利用ください。
ご不便をおかけいたしますが、何卒ご理解のほどお願い申し上げます。

北国フーズ お客様センター
（フリーダイヤル 0120-48-2930 受付時間 9:00〜20:00）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a notice to many private customers placed correctly in Bcc: nobody sees anyone else",
)

# 072 — legacy XLS export of inbound caller IDs with addresses, no name column (stop: list)
_p72 = _people("072", 15)
_add(
    72,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["nishio@tsubasa-system.jp"],
    subject="旧CTIの着信履歴サンプル（名寄せロジック検証用）",
    charset="shift_jis",
    body="""西尾様

お世話になっております。大河内です。
名寄せロジックの検証用に、旧CTIから出力した着信履歴を添付します。
旧システムの仕様でxls形式しか出力できませんでした。
発信者番号と、CRM上で一致した登録住所が並んでいます（氏名列は出力対象外）。

""" + SIG_OKOCHI,
    attachments=[{
        "kind": "xls", "name": "chakushin_rireki_0612.xls",
        "sheets": {"着信履歴": [["着信日時", "発信者番号", "郵便番号", "登録住所", "通話秒数", "IVR選択"]] + [
            [f"2024/06/12 {9 + i // 2}:{(i * 11) % 60:02d}", p["tel"], p["zip"], p["addr"],
             60 + (i * 37) % 400, ["1:修理", "2:部品", "3:その他"][i % 3]]
            for i, p in enumerate(_p72)]},
    }],
    expect="stop",
    entities=["PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="fifteen callers' phone numbers with home addresses, without a name column: still a list of people",
)

# 073 — CP932 CSV of hourly call volumes (pass)
_add(
    73,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["kondo.h@kawasaki-denki.co.jp"],
    subject="時間帯別 入電件数（5月）CSV",
    charset="shift_jis",
    body="""近藤様

お世話になっております。長谷部です。
ご依頼の5月の時間帯別入電件数をCSVでお送りします。
土日は別列にしております。
""" + SIG_HASEBE,
    attachments=[{
        "kind": "csv", "name": "jikantai_betsu_202405.csv", "encoding": "cp932",
        "rows": [["時間帯", "平日入電", "平日応答率", "土日入電", "土日応答率"]] + [
            [f"{h}:00-{h + 1}:00", 900 + (h * 137) % 700, f"{88 + (h * 3) % 10}.{h % 10}%",
             300 + (h * 71) % 250, f"{90 + (h * 7) % 9}.{(h * 3) % 10}%"] for h in range(9, 20)],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate call volumes by hour: no personal data",
)

# 074 — meeting material to a homoglyph look-alike (rn for m) of the bank (stop: lookalike)
_add(
    74,
    sender="長谷部 亮 <hasebe.r@hinode-sangyo.co.jp>",
    to=["sakaguchi.m@rnidori-ginko.co.jp"],
    subject="6/21定例会 資料のご送付",
    charset="iso-2022-jp",
    body="""坂口様

お世話になっております。長谷部です。
金曜日の定例会の資料をお送りします。

　1. 5月度実績（応答率・放棄呼）
　2. 紛失・盗難受付の増加要因
　3. 7月の要員計画

当日は画面共有でご説明いたします。
""" + SIG_HASEBE,
    attachments=[{
        "kind": "pptx", "name": "定例会資料_20240621.pptx",
        "slides": [["5月度実績", "応答率 92.6%", "放棄呼率 4.1%"],
                   ["紛失・盗難の増加", "GW明けの旅行帰りの申出が増加", "前年同月比 +11%"],
                   ["7月の要員計画", "平日 22席 → 24席"]],
    }],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="rnidori-ginko.co.jp imitates midori-ginko.co.jp with 'rn' for 'm': a homoglyph look-alike",
)

# 075 — XLSX of refund recipients' bank accounts (stop: list)
_p75 = _people("075", 7)
_banks = [("みどり銀行", "北一条支店"), ("北洋信用金庫", "琴似支店"), ("ゆうちょ銀行", "〇一八店"),
          ("東都銀行", "新宿西口支店"), ("みどり銀行", "大通支店"), ("南海銀行", "梅田支店"),
          ("琉球第一銀行", "おもろまち支店")]
_add(
    75,
    sender="宮下 竜也 <miyashita.t@hinode-sangyo.co.jp>",
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    cc=["murase.k@hinode-sangyo.co.jp"],
    subject="代引き二重払い 返金先口座のご連絡（7件）",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社 経理部 御中

お世話になっております。日の出産業 経理課の宮下です。
5月の代金引換の二重払いについて、コールセンターでお客様から返金先口座を伺いました。
7件分を一覧にしましたので、ご返金の手配をお願いいたします。

""" + SIG_MIYASHITA,
    attachments=[{
        "kind": "xlsx", "name": "返金先口座一覧_代引二重払い.xlsx",
        "sheets": {
            "返金先": [["代引き二重払い 返金先口座一覧（聴取日 6/10〜6/13）"],
                      ["注文番号", "氏名", "電話番号", "金融機関", "支店", "種別", "口座番号", "口座名義（カナ）", "返金額"]] + [
                [f"KF-{240500 + i * 29}", p["name"], p["tel"], b[0], b[1], "普通",
                 f"{(i * 1234567 + 2048311) % 10000000:07d}", p["kana"].replace(" ", "　"),
                 [3980, 5400, 2160, 8640, 3980, 12800, 4320][i]]
                for i, (p, b) in enumerate(zip(_p75, _banks))],
            "備考": [["ゆうちょ銀行は振込用の店名・口座番号に変換済み"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="seven customers' bank accounts with names and phones in an XLSX: a list of people",
)

# 076 — internal QA sampling notes with a caller's illness (pass: internal)
_add(
    76,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["hasebe.r@hinode-sangyo.co.jp", "sakuma.n@hinode-sangyo.co.jp"],
    subject="モニタリング所見（要指導3件）",
    charset="utf-8",
    body="""長谷部さん、佐久間さん

お疲れさまです。小野寺です。
今週のモニタリングで要指導とした3件を共有します。

1. C24W24-328（OP2103）お客様：立花 ゆかり様 011-707-2285
   お客様が「うつ病で休職中で、昼間しか電話に出られない」と話されたのに対し、
   オペレーターが理由を復唱して記録に残していた。記録不要な情報のため削除済み。

2. C24W24-345（OP2112）お客様：大槻 譲様 090-4418-7302
   本人確認前に登録住所を読み上げた。

3. C24W24-362（OP2118）お客様：千葉 恵美様 080-1197-6630
   保留が2分を超えた（保留中の声かけなし）。

来週の朝礼で全体に注意喚起します。
""" + SIG_ONODERA,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="QA notes with a caller's mental illness, but only to internal colleagues: internal mail passes",
)

# 077 — two operators' health-check results to an outside occupational physician (stop: sensitive)
_add(
    77,
    sender="三宅 美穂 <miyake.m@hinode-sangyo.co.jp>",
    to=["さっぽろ産業保健クリニック 産業医 吉岡先生 <yoshioka@sapporo-sanpo-clinic.jp>"],
    subject="定期健康診断 要再検査者の面談のお願い（札幌センター2名）",
    charset="iso-2022-jp",
    body="""さっぽろ産業保健クリニック
吉岡先生

いつもお世話になっております。日の出産業 人事総務課の三宅です。
札幌コンタクトセンターの定期健康診断で要再検査となった2名について、
就業上の措置に関する面談をお願いしたく、ご連絡いたします。

■ 石黒 智也（S-20188）　生年月日：1979年8月12日
　・血圧 168/104 mmHg（要精密検査）
　・本人より、昨年から高血圧で通院中との申告あり

■ 桑原 鈴（S-20351）　生年月日：1991年2月3日
　・空腹時血糖 142 mg/dL、HbA1c 7.1%（要再検査）
　・夜勤シフトへの配置について本人から相談あり

面談日程は7月第1週で調整させてください。
""" + SIG_MIYAKE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="two employees' health-check results sent outside (even to a physician): 要配慮個人情報",
)

# 078 — plain ZIP of FAQ documents to the partner (pass)
_add(
    78,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["kyan@okinawa-bpo.co.jp"],
    subject="北国フーズ様ライン FAQ一式（7月版）",
    charset="utf-8",
    body="""喜屋武さん

お疲れさまです。比嘉です。
7月から沖縄BPOさんにもお願いする北国フーズ様ラインのFAQ一式をZIPでお送りします。
中身はFAQ（Word）と、よくある質問の件数推移（Excel）です。

""" + SIG_HIGA,
    attachments=[{
        "kind": "zip", "name": "kitaguni_faq_202407.zip",
        "files": [
            {"kind": "docx", "name": "FAQ_北国フーズ_202407.docx",
             "paragraphs": ["北国フーズ様ライン FAQ（2024年7月版）",
                            "Q1. 定期便のお休みはできますか。 A. 次回発送日の7日前までマイページで可能です。",
                            "Q2. 冷凍品の賞味期限は。 A. 到着後30日（冷凍庫 -18℃以下）です。",
                            "Q3. のしの対応は。 A. お中元・お歳暮・内祝いの3種に対応しています。"]},
            {"kind": "xlsx", "name": "問合せ件数推移.xlsx",
             "sheets": {"推移": [["月", "定期便", "配送", "品質"], ["4月", 240, 350, 80],
                                ["5月", 288, 412, 96]]}},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="an unencrypted ZIP of FAQ and aggregate counts: nothing personal",
)

# 079 — English webinar invitation to two foreign partners (pass: two organisations)
_add(
    79,
    sender="Daniel Ota <ota.d@hinode-sangyo.co.jp>",
    to=["Maricel Santos <msantos@lumencontact.com.ph>"],
    cc=["Arjun Menon <arjun.menon@pacificvoice.in>"],
    subject="Invitation: joint QA calibration session, 3 July",
    charset="utf-8",
    body="""Dear Maricel, dear Arjun,

As both of your teams now handle overflow calls for our clients, we would like to hold a
joint QA calibration session so that everyone scores calls the same way.

Date: Wednesday, 3 July, 15:00-16:30 JST (Teams)
Agenda:
  1. Our QA form (version 5) and the scoring guide
  2. Scoring three anonymised sample calls together
  3. How disputes about scores are handled

Please let me know who from your side will join. The sample recordings will be played
during the session only and will not be sent out.
""" + SIG_OTA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal meeting invitation",
)

# 080 — reply that adds a NEW list of five under the quoted request (stop: list)
_p80 = _people("080", 5)
_add(
    80,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp"],
    subject="Re: リコール対象製品（KH-IH28）の問い合わせ者について",
    charset="iso-2022-jp",
    body="""池上様

お世話になっております。村瀬です。
ご依頼の件、6/1以降にKH-IH28についてお問い合わせいただいたお客様は5名でした。
CRMから抽出した連絡先をお送りします。

""" + "\n".join(f"{p['name']}（{p['kana']}）／{p['tel']}／{p['mail']}" for p in _p80) + """

いずれも「発煙したことはない」とのことで、使用中止のご案内は済んでおります。

村瀬

> 村瀬様
>
> お世話になっております。川崎電機の池上です。
> IH調理器KH-IH28の自主回収を来週公表する予定です。
> 6/1以降にKH-IH28についてお問い合わせのあったお客様がいれば、
> 連絡先を教えていただけますでしょうか。個別にご案内したいと考えております。
>
> 池上
""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="the reply's new text adds five customers with phones and e-mails: only the quoted part is old",
)

# 081 — PBX incident report to the vendor (pass)
_add(
    81,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    cc=["hasebe.r@hinode-sangyo.co.jp"],
    subject="【障害報告】6/13 10:12〜10:41 着信ポップアップ不可",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社 サポートデスク御中

日の出産業の大河内です。本日発生した障害について報告と原因調査をお願いいたします。

　発生：6/13 10:12頃
　復旧：6/13 10:41（CRMアプリの再起動で復旧）
　影響：札幌センター全席（120席）で着信時の顧客情報ポップアップが表示されず、
　　　　オペレーターが手動検索で対応。通話自体は正常。
　エラー：クライアントログに「CTI-LINK TIMEOUT (code 5043)」が多数
　環境：CRM 8.2.1 / CTIコネクタ 3.4.0

再発防止策と、同エラー発生時の暫定回避手順のご提示をお願いいたします。
""" + SIG_OKOCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="technical incident report to a vendor: ordinary business mail",
)

# 082 — password ZIP of QA scoring sheets to the QA vendor (stop: unreadable)
_add(
    82,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["eval-team@callqa-partners.jp"],
    subject="評価シート返却分の差し戻し（再採点のお願い）",
    charset="iso-2022-jp",
    body="""コールクオリティ・パートナーズ 評価チーム ご担当者様

お世話になっております。小野寺です。
先日ご返送いただいた評価シートのうち、採点基準の解釈に相違がある4件について
コメントを付けて差し戻します。
いつもどおりパスワード付きZIPです。パスワードは別メールでお送りします。

""" + SIG_ONODERA,
    attachments=[{
        "kind": "zip", "name": "sashimodoshi_W24.zip", "password": "CQP-w24-back",
        "files": [{"kind": "xlsx", "name": "評価シート_差し戻し_W24.xlsx",
                   "sheets": {"差し戻し": [["通話ID", "項目", "御社採点", "当社見解"],
                                         ["C24W24-328", "本人確認", 3, "5（手順どおり）"]]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

# 083 — an applicant's arrest record discussed with the staffing agency (stop: sensitive)
_add(
    83,
    sender="三宅 美穂 <miyake.m@hinode-sangyo.co.jp>",
    to=["ネクストスタッフ 札幌支店 営業 富樫様 <togashi@next-staff.co.jp>"],
    subject="ご紹介いただいた候補者様の件",
    charset="iso-2022-jp",
    body="""株式会社ネクストスタッフ 札幌支店
富樫様

いつもお世話になっております。日の出産業 人事総務課の三宅です。

先日ご紹介いただいた金融ライン向けの候補者、脇坂 蒼 様（30歳）の件でご相談です。
面談の際、ご本人から「3年前に詐欺事件の関係で逮捕されたことがある（不起訴）」との
申告がありました。
みどり銀行様ラインは委託元の規程で、配置前に反社チェックと
犯罪歴の自己申告確認が必要となっております。

ご本人の了解を得たうえで、配置先を金融以外のライン（家電・通販）に変更する形で
ご提案いただくことは可能でしょうか。
""" + SIG_MIYAKE,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identified applicant's arrest history sent to an outside agency: 要配慮個人情報 (犯罪の経歴)",
)

# 084 — job advertisement copy to a job-ad publisher (pass)
_add(
    84,
    sender="三宅 美穂 <miyake.m@hinode-sangyo.co.jp>",
    to=["求人ナビ北海道 掲載受付 <keisai@jobnavi-hokkaido.jp>"],
    subject="求人原稿のご入稿（札幌コンタクトセンター オペレーター）",
    charset="iso-2022-jp",
    body="""求人ナビ北海道 掲載受付ご担当者様

お世話になっております。日の出産業 人事総務課の三宅です。
7月1日号に掲載する求人原稿をお送りします。

【職種】コールセンターオペレーター（家電メーカーの修理受付）
【給与】時給1,250円〜（土日祝 +100円、研修中も同額）
【勤務地】札幌市中央区北5条西6丁目（JR札幌駅 徒歩5分）
【勤務時間】9:00〜18:00 / 12:00〜21:00 のシフト制（週3日〜OK）
【応募】専用ダイヤル 0120-410-556 またはWEB応募

写真は前回と同じものでお願いいたします。
""" + SIG_MIYAKE,
    expect="pass",
    entities=[],
    detectors=[],
    note="a recruiting ad with business phone and office address: no personal data",
)

# 085 — PPTX report with a slide listing five complainants (stop: list)
_p85 = _people("085", 5)
_add(
    85,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["kondo.h@kawasaki-denki.co.jp"],
    subject="定例会資料（6月）のご送付",
    charset="iso-2022-jp",
    body="""近藤様

お世話になっております。日の出産業の新井です。
明日の定例会の資料をお送りします。
4枚目に、要注意のお客様（繰り返し入電・強い苦情）を記載しております。
""" + SIG_ARAI,
    attachments=[{
        "kind": "pptx", "name": "定例会_川崎電機様_202406.pptx",
        "slides": [
            ["6月 定例会", "日の出産業株式会社 コンタクトセンター事業部"],
            ["5月度実績", "入電 18,442件", "応答率 93.8%", "一次完結率 81.2%"],
            ["トピック", "E7エラーのFAQ改訂で修理受付が約15%減少"],
            ["要注意のお客様（5名）"] + [
                f"{p['name']}　{p['tel']}　{p['addr']}　{c}" for p, c in zip(_p85, [
                    "修理代金の返金要求（8回目）", "担当者指名", "SNSへの投稿を示唆",
                    "長時間通話（平均70分）", "録音の開示要求"])],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a slide lists five customers with phones and addresses: a list of people in a PPTX",
)

# 086 — reply to one customer on yahoo.co.jp about her own repair (pass)
_add(
    86,
    sender="support-kawasaki@hinode-sangyo.co.jp",
    to=["nobuko.arakawa@yahoo.co.jp"],
    subject="Re: 修理の進捗について（受付番号 KD-0605-031）",
    charset="iso-2022-jp",
    body="""荒川 信子 様

川崎電機 修理受付センターでございます。
お問い合わせいただいた炊飯器の修理状況についてご案内いたします。

修理センターでの点検の結果、内釜の温度センサーの不具合と判明し、
本日部品交換が完了いたしました。保証期間内のため、修理代金はかかりません。

6月14日（金）に青葉運輸にてお届けの予定です（送り状番号 4402-1187-6630）。

ご不明な点がございましたら、このメールにご返信いただくか、
フリーダイヤル 0120-330-781 までお問い合わせください。

川崎電機 修理受付センター（運営：日の出産業株式会社）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a reply to one private customer about her own case: her own data only, one free-mail recipient",
)

# 087 — an operator's residence card number to the immigration lawyer (stop: ID)
_add(
    87,
    sender="三宅 美穂 <miyake.m@hinode-sangyo.co.jp>",
    to=["行政書士 高嶺事務所 <info@takamine-gyosei.jp>"],
    subject="在留期間更新申請の書類作成のご依頼（那覇センター 1名）",
    charset="utf-8",
    body="""行政書士 高嶺事務所
高嶺先生

お世話になっております。日の出産業 人事総務課の三宅です。
那覇コンタクトセンターで英語・タガログ語対応をしている社員の在留期間更新について、
申請書類の作成をお願いいたします。

　氏名：　　　　　REYES, Angelica Marie
　国籍：　　　　　フィリピン
　生年月日：　　　1994年10月5日
　在留カード番号：UH48271936KA
　在留資格：　　　技術・人文知識・国際業務
　在留期限：　　　2024年9月30日
　住所：　　　　　〒900-0006 沖縄県那覇市おもろまち4丁目7-15 メゾンおもろ302

在職証明書と給与明細（直近3か月）は本日郵送いたしました。
""" + SIG_MIYAKE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's 在留カード number (identity document) sent to an outside office",
)

# 088 — list of group hotels (businesses) for routing, to the partner (pass)
_add(
    88,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["kyan@okinawa-bpo.co.jp"],
    subject="さくらホテル各店の直通番号（転送用）",
    charset="iso-2022-jp",
    body="""喜屋武さん

お疲れさまです。比嘉です。
予約センターからホテルへ転送する際の直通番号一覧です。
フロント直通は24時間、宴会予約は10時〜19時のみです。

ホテル名              フロント直通      宴会予約
-----------------------------------------------------
さくらホテル札幌      011-222-8100      011-222-8130
さくらホテル仙台      022-267-5100      022-267-5130
さくらホテル東京ベイ  03-5530-2100      03-5530-2130
さくらホテル京都      075-343-6100      075-343-6130
さくらホテル博多      092-474-3100      092-474-3130
さくらホテル那覇      098-862-7100      098-862-7130
-----------------------------------------------------

転送後は必ずCRMに転送先を記録してください。
""" + SIG_HIGA,
    expect="pass",
    entities=[],
    detectors=[],
    note="hotels' front-desk numbers: a list of businesses, not people",
)

# 089 — proposal deck with a 部外秘 footer sent to the prospect (stop: marking)
_add(
    89,
    sender="新井 大地 <arai.d@hinode-sangyo.co.jp>",
    to=["taniguchi@haruka-cosme.co.jp"],
    subject="ご提案資料（お客様相談窓口の立ち上げ）",
    charset="iso-2022-jp",
    body="""谷口様

お世話になっております。日の出産業の新井です。
先日お話しした窓口立ち上げのご提案資料をお送りします。
ご検討のほど、よろしくお願いいたします。
""" + SIG_ARAI,
    attachments=[{
        "kind": "pptx", "name": "ご提案_はるか化粧品様_窓口立ち上げ.pptx",
        "page_footer": "部外秘（社内検討用）",
        "slides": [["はるか化粧品様 お客様相談窓口 立ち上げのご提案", "日の出産業株式会社"],
                   ["立ち上げスケジュール", "8月 要件定義", "9月 FAQ作成・研修", "10月 開設"],
                   ["価格の考え方（社内メモ）", "初期費用は値引き余地 20%まで", "競合A社の想定単価 38万円/席"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the deck carries a 部外秘 footer on every slide: an internal-only document sent outside",
)

# 090 — UTF-8 (BOM) CSV of an outbound IVR call list to the telephony provider (stop: list)
_p90 = _people("090", 30, region=("北海道",))
_add(
    90,
    sender="大河内 修 <okochi.o@hinode-sangyo.co.jp>",
    to=["ボイスリンク 導入支援 <dounyu@voicelink.co.jp>"],
    subject="自動音声架電（リマインドコール）の発信リスト",
    charset="utf-8",
    body="""株式会社ボイスリンク 導入支援ご担当者様

お世話になっております。日の出産業の大河内です。
みどり銀行様の口座振替日リマインドコールの発信リスト（初回分30件）をお送りします。
音声の読み上げで氏名を使用するため、氏名とフリガナを含めています。
6/20 10:00からの発信設定をお願いいたします。

""" + SIG_OKOCHI,
    attachments=[{
        "kind": "csv", "name": "remind_call_list_0620.csv", "encoding": "utf-8-sig",
        "rows": [["発信番号", "氏名", "フリガナ", "振替日", "振替金額"]] + [
            [p["tel"].replace("-", ""), p["name"], p["kana"], "6/27", (i * 3719) % 40000 + 5000]
            for i, p in enumerate(_p90)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 CSV of thirty customers' names and phone numbers to the telephony vendor: a list of people",
)

# 091 — internal CSV with card numbers for re-authorisation, to internal staff only (pass)
_c91 = [card_number(SEED + 4), card_number(SEED + 5)]
_add(
    91,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["miyashita.t@hinode-sangyo.co.jp"],
    subject="カード再登録の控え（監査用・社内のみ）",
    charset="shift_jis",
    body="""宮下さん

お疲れさまです。村瀬です。
先月の監査指摘を受けて、電話で聴取したカード番号の控えを経理で保管する運用になりました。
6月分の2件をCSVで送ります。保管後はこのメールを削除してください。
""" + SIG_MURASE,
    attachments=[{
        "kind": "csv", "name": "card_hikae_202406.csv", "encoding": "cp932",
        "rows": [["聴取日", "氏名", "カード番号", "聴取OP"],
                 ["2024/06/12", "菅野 美智代", _c91[0], "那須"],
                 ["2024/06/13", "戸倉 早紀", _c91[1], "村瀬"]],
    }],
    expect="pass",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=[],
    note="card numbers in a CSV, but only to an internal colleague: internal mail passes",
)

# 092 — one customer's record to a look-alike of the food client (letter dropped) (stop: lookalike)
_add(
    92,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["tobe.y@kitaguni-food.co.jp"],
    subject="お届け先住所の修正依頼（注文番号 KF-G-240611-51）",
    charset="iso-2022-jp",
    body="""戸部様

お世話になっております。比嘉です。
お中元ギフトの配送先住所に誤りがあるとご注文者様からご連絡がありました。
出荷前に修正をお願いできますでしょうか。

　注文番号：KF-G-240611-51
　お届け先：大湾 清 様
　誤：〒901-2126 沖縄県浦添市宮城4丁目12-6
　正：〒901-2126 沖縄県浦添市宮城4丁目21-6
　お届け先電話：098-877-3410

よろしくお願いいたします。
""" + SIG_HIGA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="kitaguni-food.co.jp drops a letter of the partner kitaguni-foods.co.jp: a look-alike domain",
)

# 093 — legal consultation about handling a complaint, nobody identified (pass)
_add(
    93,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["nonomura@shirakawa-law.jp"],
    subject="Re: 長期化案件のご相談の件（御礼と今後の進め方）",
    charset="iso-2022-jp",
    body="""野々村先生

先日はお時間をいただき、ありがとうございました。佐久間です。
ご助言いただいた内容を踏まえ、当社では以下の方針で進めます。

1. 同一のお申出で週3回を超える入電があった場合は、SVが対応を引き継ぎ、
   委託元と協議した書面回答に切り替える。
2. オペレーターの個人名・勤務地は一切お伝えしない（フルネームの名乗りも廃止）。
3. 録音の開示要求には、委託元を通じて書面で回答する。

社内向けの対応基準書に反映し、来月の研修で周知いたします。
引き続きよろしくお願いいたします。
""" + SIG_SAKUMA,
    expect="pass",
    entities=[],
    detectors=[],
    note="policy discussion with the law firm; no customer is identified",
)

# 094 — an elderly caller who is hard of hearing, escalated to the client (either)
_add(
    94,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp"],
    subject="訪問修理のご案内方法について（KD-0613-115）",
    charset="iso-2022-jp",
    body="""池上様

お世話になっております。村瀬です。
訪問修理のお客様について、ご連絡方法のご配慮をお願いしたくご連絡します。

　受付番号：KD-0613-115
　お客様：　安斎 トミ 様（89歳）
　お電話：　024-534-8817

ご高齢で耳が少し遠いとのことで、お電話では日時の聞き間違いが起こりやすい状況です。
訪問日時の確定は、同居のご長男（平日18時以降在宅）にお伝えいただくか、
ハガキでのご案内をお願いできますでしょうか。
""" + SIG_MURASE,
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer 'hard of hearing due to age': a health remark that may or may not be 要配慮 (disability)",
)

# 095 — a guest's religion (Muslim, halal meals) passed to the hotel (stop: sensitive)
_add(
    95,
    sender="比嘉 さやか <higa.s@hinode-sangyo.co.jp>",
    to=["さくらホテル那覇 料飲課 <naha-ryoin@sakura-hotel.jp>"],
    subject="ご朝食の特別対応のお願い（7/25〜7/27ご宿泊）",
    charset="utf-8",
    body="""さくらホテル那覇 料飲課 ご担当者様

お世話になっております。予約センターの比嘉です。
ご宿泊のお客様から、朝食についてご要望がありましたのでお伝えします。

　予約番号：SHN-20240725-0087
　お名前：　アフマド・ハキミ 様（ご家族4名）
　お電話：　080-4472-9916
　ご要望：　ご家族全員がイスラム教徒のため、豚肉・アルコールを含まない朝食を希望。
　　　　　　ハラール認証の食材が難しい場合は、事前にご説明がほしいとのこと。
　　　　　　また、滞在中にお祈りのできる静かな場所があれば知りたい。

可能な対応をご確認のうえ、予約センターまでご回答いただけますでしょうか。
""" + SIG_HIGA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an identified guest's religion (Muslim) sent to the hotel: 信条 is 要配慮個人情報",
)

# 096 — the client announces new model codes; reply with questions (pass)
_add(
    96,
    sender="村瀬 かおり <murase.k@hinode-sangyo.co.jp>",
    to=["ikegami.t@kawasaki-denki.co.jp"],
    subject="Re: 新製品（2024年秋モデル）の型番と受付開始日",
    charset="iso-2022-jp",
    body="""池上様

ご連絡ありがとうございます。村瀬です。
秋モデルの件、承知いたしました。受付システムへの型番登録について2点確認させてください。

1. AC-X28T と AC-X28S は、部品の互換（リモコン・フィルター）がありますか。
2. KH-IH35 の「P」付き型番（KH-IH35-P）は、ビルトインタイプという理解でよいでしょうか。

型番マスタは9/2（月）の朝までに登録し、同日のオペレーター研修でご案内します。

> 日の出産業 村瀬様
> 秋モデルの型番は以下のとおりです。9/5から受付開始となります。
> エアコン：AC-X22T / AC-X28T / AC-X36T
> IH調理器：KH-IH35 / KH-IH35-P
> 掃除機：VC-CL300
> 池上
""" + SIG_MURASE,
    expect="pass",
    entities=[],
    detectors=[],
    note="product codes and dates in a reply thread: no personal data",
)

# 097 — training arrangements with the training vendor, head-count only (pass)
_add(
    97,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["ことのは研修 講師派遣担当 <haken@kotonoha-kenshu.co.jp>"],
    subject="応対品質研修（7/9・7/10）の会場と受講人数について",
    charset="iso-2022-jp",
    body="""株式会社ことのは研修 講師派遣ご担当者様

お世話になっております。日の出産業 品質管理グループの小野寺です。
7月の応対品質研修について、会場と受講人数が確定しましたのでお知らせします。

　日程：7/9（火）・7/10（水）各日 13:00〜17:00
　会場：札幌コンタクトセンター 7階 研修室A（プロジェクター・ホワイトボードあり）
　受講者：各日12名（新人オペレーター8名、リーダー4名）
　テーマ：クッション言葉と敬語の使い分け、苦情初期対応のロールプレイ

テキストは受講人数分＋予備2部でお願いいたします。
講師の方の入館手続きは当日1階受付でお名前をお伝えいただければ結構です。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="training logistics with head-counts only: nobody's data",
)

# 098 — English escalation with a caller's diabetes diagnosis to a foreign client (stop: sensitive)
_add(
    98,
    sender="Daniel Ota <ota.d@hinode-sangyo.co.jp>",
    to=["Karen Whitfield <kwhitfield@brightwave-appliances.com>"],
    subject="Escalation: customer asking about insulin storage in the SmartChill fridge",
    charset="utf-8",
    body="""Dear Karen,

During the pilot week our Japanese hotline received a call that we cannot answer
without your product team, so I am escalating it.

Customer: Ms. Haruka Nishikawa
Phone: 090-6158-2274
Product: SmartChill BW-R310 (serial BWR310J-0044718)
Summary: She has type 1 diabetes and keeps her insulin pens in the door pocket of the
fridge. Twice this month the door-pocket temperature display showed 11 C overnight. She
wants to know whether the insulin is still safe to use and whether the unit is faulty.

We told her we would call back within two business days. Could your team advise on the
temperature behaviour and what we may tell her?
""" + SIG_OTA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identified caller's diagnosis (type 1 diabetes) sent to a foreign client: medical history",
)

# 099 — anonymised QA scores to the QA vendor (pass)
_add(
    99,
    sender="小野寺 真央 <onodera.m@hinode-sangyo.co.jp>",
    to=["eval-team@callqa-partners.jp"],
    subject="キャリブレーション結果（第24週）",
    charset="shift_jis",
    body="""評価チーム ご担当者様

お世話になっております。小野寺です。
第24週のキャリブレーション結果です。評価対象は記号に置き換えています。

評価対象　当社採点　御社採点　差
Ａ　　　　８８　　　８６　　　２
Ｂ　　　　７２　　　８０　　　８
Ｃ　　　　９１　　　９０　　　１
Ｄ　　　　６５　　　７４　　　９
Ｅ　　　　８４　　　８３　　　１
Ｆ　　　　７９　　　７９　　　０
Ｇ　　　　９３　　　８８　　　５
Ｈ　　　　７０　　　７１　　　１

差が5点以上のB・D・Gは「本人確認」と「クロージング」の項目で解釈が分かれています。
次回の打合せで採点ガイドのすり合わせをさせてください。
""" + SIG_ONODERA,
    expect="pass",
    entities=[],
    detectors=[],
    note="QA scores for anonymised letters A-H: no identifiable person",
)

# 100 — a caller's health-insurance card symbol and number passed to the insurer (stop: ID)
_add(
    100,
    sender="佐久間 紀子 <sakuma.n@hinode-sangyo.co.jp>",
    to=["kyufu-desk@hikari-seimei.co.jp"],
    subject="給付金請求書類の記入方法についてのお問い合わせ（引継ぎ）",
    charset="shift_jis",
    body="""ひかり生命保険 給付サービス部 ご担当者様

お世話になっております。日の出産業の佐久間です。
請求書の記入方法について、回答できないご質問がありましたので引継ぎいたします。

　証券番号：　HK-5518092
　ご契約者：　柘植 信二 様
　ご連絡先：　0138-52-4406
　保険証：　　全国健康保険協会 北海道支部　記号 ０１２３００４５　番号 ２１７
　ご質問：　　請求書の「公的医療保険の種類」欄に、保険証の記号・番号を書く必要があるか。
　　　　　　　お客様が保険証をお手元に用意され、記号・番号を読み上げられました。

ご回答は当センター経由でも、御社から直接でも構いません。
""" + SIG_SAKUMA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one customer's 健康保険証の記号・番号 sent to the client insurer",
)
