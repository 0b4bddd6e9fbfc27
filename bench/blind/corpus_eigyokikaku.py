"""Blind evaluation corpus — area: eigyokikaku (営業企画: 販売計画, 代理店会議, 見込み客リスト,
商談記録, 販促物の手配, 売上速報, 顧客アンケート結果).

Everything in this file is invented: people, companies, domains, phone numbers, addresses,
account, card and My Numbers.  It was written blind, from bench/blind/BRIEF.md,
bench/blind/build.py and shared/SPEC.md only, without reading mailguard's code, rules or
tests.  This wave leans to ordinary mail: most pass messages come close to the line
(business lists, one contact person, quoted lists, NDA talk, disclaimers, mentions of
risky words, internal-only mail) without crossing it.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 34001
rng = random.Random(SEED)

DOM = "hinode-sangyo.co.jp"

# -- the senders: 営業企画部 of 日の出産業 ------------------------------------------------

STAFF = {
    "morishita": ("森下 俊介", "morishita.s", "営業企画部 課長", "3312", "090-4417-2093"),
    "usami": ("宇佐美 遥", "usami.h", "営業企画部 販売計画グループ 主任", "3318", "080-2291-6604"),
    "tsuda": ("津田 健吾", "tsuda.k", "営業企画部 販促グループ", "3325", "070-5530-1187"),
    "okonogi": ("小此木 真理子", "okonogi.m", "営業企画部 マーケティング担当", "3327", "090-8812-3350"),
    "kajiwara": ("梶原 直人", "kajiwara.n", "営業企画部 代理店推進課", "3331", "080-6675-0912"),
    "honda": ("本多 千尋", "honda.c", "営業企画部 販促グループ", "3326", "090-3021-7748"),
    "nikaido": ("二階堂 亮", "nikaido.r", "営業企画部 部長", "3301", "090-1190-4426"),
    "ashida": ("芦田 由佳", "ashida.y", "営業企画部 アシスタント", "3310", ""),
    "sone": ("曽根 大樹", "sone.d", "営業企画部 データ分析担当", "3335", "070-2208-4419"),
}
ROMA = {
    "morishita": "Shunsuke Morishita", "usami": "Haruka Usami", "tsuda": "Kengo Tsuda",
    "okonogi": "Mariko Okonogi", "kajiwara": "Naoto Kajiwara", "honda": "Chihiro Honda",
    "nikaido": "Ryo Nikaido", "ashida": "Yuka Ashida", "sone": "Daiki Sone",
}


def frm(k: str) -> str:
    return f"{STAFF[k][0]} <{STAFF[k][1]}@{DOM}>"


def me(k: str) -> str:
    return f"{STAFF[k][1]}@{DOM}"


def sig_a(k: str) -> str:
    n, a, dept, ext, mob = STAFF[k]
    return (
        "━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "日の出産業株式会社\n"
        f"{dept}\n"
        f"{n}\n"
        "〒103-0027 東京都中央区日本橋2-11-5 日の出ビル7F\n"
        f"TEL：03-5201-3380（代表）／内線 {ext}\n"
        "FAX：03-5201-3381\n"
        f"E-mail：{a}@{DOM}\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━\n"
    )


def sig_b(k: str) -> str:
    n, a, dept, ext, mob = STAFF[k]
    line = f"携帯 {mob}" if mob else f"内線 {ext}"
    return f"--\n日の出産業（株）{dept.split(' ')[0]}　{n}\nTEL 03-5201-3384 / {line}\n{a}@{DOM}\n"


def sig_c(k: str) -> str:
    n, a, dept, ext, mob = STAFF[k]
    return (
        "-----\n"
        f"{ROMA[k]}\n"
        "Sales Planning Dept., Hinode Sangyo Co., Ltd.\n"
        "2-11-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
        f"Tel +81-3-5201-3380  Mobile +81-{mob[1:] if mob else '3-5201-3384'}\n"
        f"{a}@{DOM}\n"
    )


def sig_d(k: str) -> str:
    n, a, dept, ext, mob = STAFF[k]
    return f"\n営企 {n.split(' ')[0]}（内線{ext}）\n"


def sig_e(k: str) -> str:
    n, a, dept, ext, mob = STAFF[k]
    return (
        "\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n"
        f"　{n}\n"
        f"　日の出産業株式会社　{dept}\n"
        "　〒103-0027　東京都中央区日本橋２－１１－５\n"
        "　ＴＥＬ　０３－５２０１－３３８０\n"
        f"　Mail　{a}@{DOM}\n"
        "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n"
    )


DISCLAIMER_JA = (
    "\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。\n"
)
DISCLAIMER_EN = (
    "\nThis e-mail and any attachments may contain confidential information. If you are not "
    "the intended recipient, please notify the sender immediately and delete this e-mail. "
    "Any unauthorised copying or distribution is prohibited.\n"
)

# -- invented people, numbers and addresses -----------------------------------------------

SEI = [("佐々木", "sasaki"), ("東海林", "shoji"), ("勅使河原", "teshigawara"), ("五十嵐", "igarashi"),
       ("百目鬼", "domeki"), ("薬師寺", "yakushiji"), ("一ノ瀬", "ichinose"), ("鬼頭", "kito"),
       ("栗栖", "kurusu"), ("比嘉", "higa"), ("仲宗根", "nakasone"), ("汐見", "shiomi"),
       ("香椎", "kashii"), ("葛城", "katsuragi"), ("御手洗", "mitarai"), ("相馬", "soma"),
       ("桐生", "kiryu"), ("穂積", "hozumi"), ("上遠野", "kadono"), ("小鳥遊", "takanashi"),
       ("藤堂", "todo"), ("三ツ矢", "mitsuya"), ("宍戸", "shishido"), ("有馬", "arima"),
       ("雨宮", "amamiya"), ("真壁", "makabe"), ("榊原", "sakakibara"), ("丹羽", "niwa"),
       ("乙部", "otobe"), ("蛭田", "hiruta"), ("生駒", "ikoma"), ("砂川", "sunagawa"),
       ("門脇", "kadowaki"), ("鰐淵", "wanibuchi"), ("千早", "chihaya"), ("宝田", "takarada")]
MEI = [("健太", "kenta"), ("由美子", "yumiko"), ("翔", "sho"), ("真由", "mayu"), ("大輔", "daisuke"),
       ("彩花", "ayaka"), ("誠", "makoto"), ("千夏", "chinatsu"), ("悠真", "yuma"), ("里美", "satomi"),
       ("拓海", "takumi"), ("恵", "megumi"), ("和也", "kazuya"), ("奈緒", "nao"), ("隆之", "takayuki"),
       ("美咲", "misaki"), ("光太郎", "kotaro"), ("さくら", "sakura"), ("ひろみ", "hiromi"), ("蓮", "ren"),
       ("智恵子", "chieko"), ("圭佑", "keisuke"), ("文香", "fumika"), ("勝利", "katsutoshi")]
KANA = {"佐々木": "ササキ", "東海林": "ショウジ", "勅使河原": "テシガワラ", "五十嵐": "イガラシ",
        "百目鬼": "ドウメキ", "薬師寺": "ヤクシジ", "一ノ瀬": "イチノセ", "鬼頭": "キトウ", "栗栖": "クルス",
        "比嘉": "ヒガ", "仲宗根": "ナカソネ", "汐見": "シオミ", "香椎": "カシイ", "葛城": "カツラギ",
        "御手洗": "ミタライ", "相馬": "ソウマ", "桐生": "キリュウ", "穂積": "ホヅミ", "上遠野": "カドノ",
        "小鳥遊": "タカナシ", "藤堂": "トウドウ", "三ツ矢": "ミツヤ", "宍戸": "シシド", "有馬": "アリマ",
        "雨宮": "アメミヤ", "真壁": "マカベ", "榊原": "サカキバラ", "丹羽": "ニワ", "乙部": "オトベ",
        "蛭田": "ヒルタ", "生駒": "イコマ", "砂川": "スナガワ", "門脇": "カドワキ", "鰐淵": "ワニブチ",
        "千早": "チハヤ", "宝田": "タカラダ"}
MEIKANA = {"健太": "ケンタ", "由美子": "ユミコ", "翔": "ショウ", "真由": "マユ", "大輔": "ダイスケ",
           "彩花": "アヤカ", "誠": "マコト", "千夏": "チナツ", "悠真": "ユウマ", "里美": "サトミ",
           "拓海": "タクミ", "恵": "メグミ", "和也": "カズヤ", "奈緒": "ナオ", "隆之": "タカユキ",
           "美咲": "ミサキ", "光太郎": "コウタロウ", "さくら": "サクラ", "ひろみ": "ヒロミ", "蓮": "レン",
           "智恵子": "チエコ", "圭佑": "ケイスケ", "文香": "フミカ", "勝利": "カツトシ"}

_used: set[tuple[str, str]] = set()


def person() -> dict[str, str]:
    while True:
        s, g = rng.choice(SEI), rng.choice(MEI)
        if (s[0], g[0]) not in _used:
            _used.add((s[0], g[0]))
            break
    return {"name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0],
            "kana": f"{KANA[s[0]]} {MEIKANA[g[0]]}", "roma": f"{g[1]}.{s[1]}",
            "roma2": f"{s[1]}.{g[1][0]}", "Roma": f"{g[1].capitalize()} {s[1].capitalize()}"}


def mobile() -> str:
    return f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def landline(area: str = "") -> str:
    area = area or rng.choice(["03", "045", "06", "052", "092", "011", "022", "048", "043"])
    mid = 6 - len(area)  # 10 digits in all
    return f"{area}-{rng.randint(10 ** (mid - 1), 10 ** mid - 1)}-{rng.randint(1000, 9999)}"


def fw(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def freemail(p: dict[str, str]) -> str:
    return f"{p['roma'].replace('.', rng.choice(['.', '_', '']))}{rng.randint(1, 98)}@{rng.choice(FREEMAIL)}"


TOWNS = [("231-0023", "神奈川県横浜市中区山下町"), ("330-0063", "埼玉県さいたま市浦和区高砂"),
         ("260-0013", "千葉県千葉市中央区中央"), ("460-0008", "愛知県名古屋市中区栄"),
         ("530-0001", "大阪府大阪市北区梅田"), ("812-0011", "福岡県福岡市博多区博多駅前"),
         ("980-0021", "宮城県仙台市青葉区中央"), ("060-0001", "北海道札幌市中央区北一条西"),
         ("730-0011", "広島県広島市中区基町"), ("950-0087", "新潟県新潟市中央区東大通"),
         ("370-0841", "群馬県高崎市栄町"), ("420-0852", "静岡県静岡市葵区紺屋町"),
         ("700-0024", "岡山県岡山市北区駅元町"), ("890-0053", "鹿児島県鹿児島市中央町"),
         ("183-0023", "東京都府中市宮町"), ("181-0013", "東京都三鷹市下連雀"),
         ("920-0853", "石川県金沢市本町"), ("939-8201", "富山県富山市花園町"),
         ("640-8033", "和歌山県和歌山市本町"), ("310-0015", "茨城県水戸市宮町")]


def address(with_zip: bool = True, bldg: bool | None = None) -> str:
    z, t = rng.choice(TOWNS)
    a = f"{t}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 15)}"
    if bldg if bldg is not None else rng.random() < 0.35:
        a += f" {rng.choice(['メゾン', 'コーポ', 'グランハイツ', 'パークサイド'])}{rng.choice(['青葉', '緑', '白樺', '桜'])}{rng.randint(1, 6)}0{rng.randint(1, 9)}"
    return f"〒{z} {a}" if with_zip else a


def split_addr(a: str) -> tuple[str, str]:
    z, rest = a.split(" ", 1)
    return z.lstrip("〒"), rest


def wareki(style: int = 0) -> str:
    era, y = rng.choice([("昭和", rng.randint(35, 63)), ("平成", rng.randint(1, 12))])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if style == 0:
        return f"{era}{y}年{m}月{d}日"
    if style == 1:
        return fw(f"{era}{y}年{m}月{d}日")
    return f"{'S' if era == '昭和' else 'H'}{y}.{m}.{d}"


def seireki_dob() -> str:
    return f"{rng.randint(1958, 2000)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"


def corp_no() -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    s = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(base), 1))
    return str(9 - s % 9) + "".join(map(str, base))


def card_fmt(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


VISITOR_COS = [("丸高工業株式会社", "marutaka-kogyo.co.jp"), ("東邦精機株式会社", "toho-seiki.co.jp"),
               ("北斗メンテナンス株式会社", "hokuto-mente.jp"), ("三和冷熱工業株式会社", "sanwa-reinetsu.co.jp"),
               ("朝霧設備株式会社", "asagiri-setsubi.co.jp"), ("株式会社ミナモト技研", "minamoto-giken.co.jp"),
               ("有限会社白樺電設", "shirakaba-densetsu.jp"), ("株式会社ソラノ", "sorano.co.jp"),
               ("大和田ビルサービス株式会社", "owada-bs.co.jp"), ("株式会社青嶺エンジニアリング", "seirei-eng.co.jp"),
               ("西浦産業株式会社", "nishiura-sangyo.co.jp"), ("株式会社ニューフロンティア物流", "nf-butsuryu.co.jp")]

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("entities", [])
    m.setdefault("detectors", [])
    MESSAGES.append(m)

# ======================================================================================
# 001 — pass: 上期の共同販売計画（数字だけ）を取引先へ
add(
    sender=frm("morishita"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    subject="2025年度上期 共同販売計画（当社案）の送付",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
営業本部　加賀美様

いつもお世話になっております。日の出産業の森下です。
先日のお打合せでご相談した2025年度上期の共同販売計画について、当社側の数字を
整理しましたのでお送りします。

■上期販売計画（単位：百万円）
　　　　　　　　　　 4月   5月   6月   7月   8月   9月   上期計
業務用空調ユニット    42    45    51    58    60    47     303
制御盤オプション      12    12    14    15    15    13      81
保守契約（新規）       5     6     6     7     7     6      37
--------------------------------------------------------------
合計                  59    63    71    80    82    66     421

前年同期比は108.4%、うち貴社経由の販売分は全体の約35%を見込んでおります。
7月の新製品（型番 HAC-7200シリーズ）投入に合わせ、貴社販売店様向けの説明会を
6月中旬に設定できればと考えております。候補日をいくつかいただけますと幸いです。

引き続きよろしくお願いいたします。

{sig_a("morishita")}""",
    expect="pass",
    note="販売計画の数字と製品型番だけ、取引先1社宛て：個人データなし",
)

# 002 — stop: 展示会の来場者（名刺）リストCSVを外部のマーケ会社へ
_vis = []
for i, (co, d) in enumerate(VISITOR_COS):
    p = person()
    _vis.append([p["name"], p["kana"], co, rng.choice(["設備部", "購買部", "総務部", "施設管理課", "技術部"]),
                 rng.choice(["課長", "主任", "係長", "", "部長"]),
                 mobile() if i % 3 == 0 else landline(),
                 f"{p['roma2']}@{d}", rng.choice(["HAC-7200", "制御盤", "保守契約", "HAC-5100"]),
                 f"2025/04/{rng.choice([9, 10, 11])}"])
add(
    sender=frm("okonogi"),
    to=["早乙女 様 <saotome@pulse-mk.co.jp>"],
    subject="【ご依頼】産業機器展2025 来場者リスト（フォローメール配信用）",
    charset="shift_jis",
    body=f"""株式会社パルスマーケティング
早乙女様

お世話になっております。日の出産業の小此木です。
先週の産業機器展でブースにお立ち寄りいただき、名刺交換をした方のリストをお送りします。
お見積りでご相談したとおり、来週火曜配信のフォローメール（お礼＋資料DL案内）の
配信設定をお願いできますでしょうか。

・配信停止をご希望の方は除外済みです
・関心製品の列でメール文面を2パターンに出し分けていただけると助かります

よろしくお願いいたします。
{sig_b("okonogi")}""",
    attachments=[{"kind": "csv", "name": "来場者リスト_産業機器展2025.csv", "encoding": "cp932",
                  "rows": [["氏名", "フリガナ", "会社名", "部署", "役職", "電話番号", "E-mail", "関心製品", "来場日"]] + _vis}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="12名分の名刺情報（氏名・電話・メール）のCSVを社外のマーケ会社へ：人のリスト",
)

# 003 — pass: 三者打合せ（取引先2社）
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    cc=["堀之内 様 <horinouchi@tsubasa-system.jp>", f"森下 俊介 <{me('morishita')}>"],
    subject="Re: 共同提案の件 三者打合せ日程",
    charset="iso-2022-jp",
    body=f"""川崎電機 加賀美様
（cc：ツバサシステム 堀之内様）

お世話になっております。日の出産業の宇佐美です。
丸高工業様向け共同提案の三者打合せですが、以下の日程でいかがでしょうか。

　第1候補：5月13日（火）14:00〜15:30
　第2候補：5月15日（木）10:00〜11:30
　場所：当社 日本橋本社 7F 第2会議室（オンライン併用可）

議題は、①提案範囲の切り分け、②見積前提の確認、③スケジュールの3点を想定しています。
ご都合をお知らせください。

{sig_b("usami")}
> 宇佐美様
> 打合せの件、堀之内さんも交えて一度お話しできればと思います。
> 加賀美""",
    expect="pass",
    detectors=["multiple_external_domains"],
    note="取引先2社（川崎電機・ツバサシステム）を To/Cc に入れた通常の三者打合せ：2社までは可",
)

# 004 — stop: 商談記録で先方担当者の病気・休職を社外パートナーへ
add(
    sender=frm("tsuda"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="商談記録共有：丸高工業様（4/17）",
    charset="utf-8",
    body=f"""ツバサシステム
堀之内様

お世話になっております。日の出産業の津田です。
本日の丸高工業様との商談内容を共有します。

日時：4月17日（木）14:00〜15:00
場所：丸高工業 本社 3F会議室
先方：設備部 久我山課長、同 二瓶主任
当社：津田

【内容】
・第2工場の空調更新は来期予算で確定。HAC-7200を12台想定
・監視システム連携は貴社パッケージ前提で話が進んでいます
・見積提出は5月末希望

【その他・引継ぎ】
久我山課長は昨年末からうつ病で通院されていて、6月から1か月ほど休職される予定とのこと
（二瓶主任から内々に伺いました）。その間の窓口は二瓶主任になりますので、
貴社からのご連絡も二瓶さん宛てでお願いします。

{sig_b("tsuda")}""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="特定の個人（先方課長）の病名・通院・休職を社外へ：要配慮個人情報は1人でも止める",
)

# 005 — pass: 販促スケジュール、定型の免責文つき
add(
    sender=frm("honda"),
    to=["東海販売 販促ご担当 <hansoku@tokai-hanbai.co.jp>"],
    subject="夏季キャンペーン 販促スケジュールのご案内",
    charset="iso-2022-jp",
    body=f"""東海販売株式会社
販促ご担当者様

いつも大変お世話になっております。
日の出産業 営業企画部の本多でございます。

夏季キャンペーン（6/1〜7/31）の販促スケジュールが確定しましたのでご案内いたします。

　5月16日（金）　店頭POP・のぼり 発送
　5月23日（金）　チラシ（B4両面）発送
　5月30日（金）　キャンペーン応募はがき 発送
　6月 1日（日）　キャンペーン開始
　7月31日（木）　応募締切

数量の追加をご希望の場合は、5月9日までにご連絡いただけますと幸いです。
何卒よろしくお願い申し上げます。

{sig_e("honda")}{DISCLAIMER_JA}""",
    expect="pass",
    note="通常の販促連絡。末尾の定型免責文（機密情報が含まれている場合が…）は区分表示ではない",
)

# 006 — pass: 代理店の各支店（事業所）への販促ポスター送付先一覧
add(
    sender=frm("tsuda"),
    to=["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    subject="販促ポスター 送付先一覧（代理店各支店 12か所）",
    charset="shift_jis",
    body=f"""錦印刷株式会社 発送センター御中

お世話になっております。日の出産業 津田です。
先日ご発注したA1ポスター（夏季キャンペーン）の送付先です。各支店2部ずつお願いします。

支店名                   〒         住所                                   代表TEL
----------------------------------------------------------------------------------------
東海販売 名古屋本店      460-0003   愛知県名古屋市中区錦2-14-9             052-218-4410
東海販売 静岡支店        420-0857   静岡県静岡市葵区御幸町6-3              054-251-7720
東海販売 浜松営業所      430-0933   静岡県浜松市中央区鍛冶町118            053-453-2261
北陸商事 金沢本社        920-0919   石川県金沢市南町4-55                   076-231-8804
北陸商事 富山支店        930-0004   富山県富山市桜橋通り2-25               076-432-5517
瀬戸内機器 岡山本社      700-0907   岡山県岡山市北区下石井1-2-3            086-224-9930
瀬戸内機器 広島支店      730-0031   広島県広島市中区紙屋町2-1-18           082-541-6672
瀬戸内機器 高松営業所    760-0050   香川県高松市亀井町8-11                 087-835-1108
関東設備 さいたま支店    330-0854   埼玉県さいたま市大宮区桜木町1-9-6      048-641-3325
関東設備 千葉支店        260-0015   千葉県千葉市中央区富士見2-7-5          043-227-8841
北海道機器 札幌本社      060-0042   北海道札幌市中央区大通西7-1            011-231-4476
北海道機器 旭川営業所    070-0031   北海道旭川市一条通8-108                0166-26-3390

着日指定は5/19（月）午前でお願いいたします。
{sig_b("tsuda")}""",
    expect="pass",
    note="送付先は代理店の支店（事業所）で、住所・代表電話は会社の連絡先：人のリストではない",
)

# 007 — stop: 代理店会議の案内を5社の代理店に To で一斉送信
add(
    sender=frm("kajiwara"),
    to=["東海販売 営業部 <eigyo@tokai-hanbai.co.jp>", "北陸商事 御中 <info@hokuriku-shoji.co.jp>",
        "瀬戸内機器 営業企画 <kikaku@setouchi-kiki.co.jp>", "関東設備 営業本部 <sales@kanto-setsubi.jp>",
        "北海道機器 販売課 <hanbai@hokkaido-kiki.co.jp>"],
    subject="【ご案内】2025年度 日の出会（代理店会議）開催のお知らせ",
    charset="iso-2022-jp",
    body=f"""代理店各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 代理店推進課の梶原でございます。

標記の件、下記のとおり開催いたしますのでご案内申し上げます。

　　　　　　　　　　記
日時：2025年5月22日（木）13:30〜17:00（懇親会 17:30〜）
会場：さくらホテル東京 3F「桜の間」
内容：2024年度 販売実績のご報告／2025年度 販売方針／新製品説明／優秀代理店表彰

ご出席者のお名前を、5月9日（金）までにご返信いただけますようお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　以上

{sig_a("kajiwara")}""",
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外5社の代理店を To に並べて一斉送信：互いのアドレスが見える（Bcc にすべき）",
)

# 008 — pass: 見込み客リスト（個人）を社内だけに（サブドメインの社内アドレス含む）
_pros = []
for i in range(9):
    p = person()
    _pros.append([f"W-{2504010 + i * 3}", p["name"], mobile(), freemail(p), address(),
                  rng.choice(["浄水器 資料請求", "業務用空調 見積依頼", "ショールーム予約", "保守の相談"])])
add(
    sender=frm("sone"),
    to=[f"梶原 直人 <{me('kajiwara')}>", "札幌支店 営業 <sapporo-eigyo@mail.hinode-sangyo.co.jp>"],
    cc=[f"森下 俊介 <{me('morishita')}>"],
    subject="Web問合せからの見込み客リスト（4月前半分）",
    charset="utf-8",
    body=f"""梶原さん、札幌支店のみなさん

4月1日〜15日のWeb問合せから、営業フォロー対象を抽出しました（9件）。
CSVを添付します。北海道の2件は札幌支店でフォローをお願いします。
社外（代理店）に渡す場合は、本人同意の確認が取れてからにしてください。

曽根
{sig_d("sone")}""",
    attachments=[{"kind": "csv", "name": "prospects_202504a.csv", "encoding": "utf-8",
                  "rows": [["受付番号", "氏名", "電話", "メール", "住所", "問合せ内容"]] + _pros}],
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    note="個人の見込み客9名のリストだが宛先は全員社内（mail.hinode-sangyo.co.jp も社内）",
)

# 009 — stop: 社外秘フッターつきの下期販売戦略PPTXを広告代理店へ
add(
    sender=frm("morishita"),
    to=["総渓広告 秋月様 <akizuki@sokei-ad.co.jp>"],
    subject="下期販売戦略資料（広告計画ご検討用）",
    charset="iso-2022-jp",
    body=f"""総渓広告株式会社
秋月様

お世話になっております。日の出産業の森下です。
下期の広告計画をご検討いただくにあたり、当社の下期販売戦略資料をお送りします。
重点製品と地域別の目標を踏まえて、媒体プランのたたき台をいただけますと幸いです。

{sig_a("morishita")}""",
    attachments=[{"kind": "pptx", "name": "2025下期_販売戦略.pptx", "page_footer": "社外秘　日の出産業株式会社 営業企画部",
                  "title": "2025年度下期 販売戦略",
                  "slides": [["2025年度下期 販売戦略", "営業企画部", "2025年4月"],
                             ["重点施策", "HAC-7200 拡販（目標 1,200台）", "保守契約の更新率 85%→90%",
                              "代理店経由比率 35%→40%"],
                             ["地域別目標（百万円）", "関東 1,140／中部 620／関西 580", "九州 310／北海道 190／その他 260"],
                             ["価格施策", "7月より標準価格 3%改定", "大口向け特別価格の上限 12%"]]}],
    expect="stop",
    detectors=["confidential_marking"],
    note="添付PPTXの全スライドに「社外秘」表示：区分表示のある文書を社外へ",
)

# 010 — pass: 共同販促費の請求書（T番号・注文番号）
_t_no = corp_no()
add(
    sender=frm("ashida"),
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    cc=[f"本多 千尋 <{me('honda')}>"],
    subject="共同販促費 ご請求書送付の件（請求番号 HS-2504-0187）",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 営業企画部の芦田です。
3月実施の共同店頭キャンペーンにかかる販促費のご請求書をお送りします。

　請求番号：HS-2504-0187
　貴社注文番号：KF-PO-250311-22
　ご請求金額：1,342,000円（税込）
　お支払期日：2025年5月31日

原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。

{sig_b("ashida")}""",
    attachments=[{"kind": "pdf", "name": "請求書_HS-2504-0187.pdf", "title": "請求書",
                  "lines": ["請　求　書", "北国フーズ株式会社 御中", "",
                            "請求番号：HS-2504-0187　　発行日：2025年4月21日",
                            f"日の出産業株式会社　登録番号：T{_t_no}",
                            "〒103-0027 東京都中央区日本橋2-11-5　TEL 03-5201-3380", ""],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["店頭POP制作", "1式", "380,000", "380,000"],
                            ["のぼり（W600）", "400枚", "1,100", "440,000"],
                            ["試食販売スタッフ", "12日", "25,000", "300,000"],
                            ["小計", "", "", "1,120,000"], ["消費税(10%)", "", "", "112,000"],
                            ["振込手数料・配送費", "", "", "110,000"], ["合計", "", "", "1,342,000"],
                            ["振込先", "みどり銀行 日本橋支店 普通 1234567 ヒノデサンギヨウ（カ", "", ""]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="請求書（請求番号・注文番号・自社の登録番号と会社口座）：個人データなし",
)

# 011 — stop: 川崎電機のドメインの「co.」が抜けた宛先
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.jp>"],
    subject="修正版：上期共同販売計画（月別・製品別）",
    charset="iso-2022-jp",
    body=f"""加賀美様

お世話になっております。日の出産業の宇佐美です。
先日森下からお送りした上期の共同販売計画に、製品別・月別の内訳を追加した修正版を
お送りします。8月の数字に誤りがありましたので差し替えをお願いいたします。

{sig_b("usami")}""",
    attachments=[{"kind": "xlsx", "name": "上期共同販売計画_v2.xlsx",
                  "sheets": {"月別": [["2025年度上期 共同販売計画（修正版）"], [],
                                      ["製品", "4月", "5月", "6月", "7月", "8月", "9月"],
                                      ["HAC-7200", 0, 0, 0, 18, 24, 20], ["HAC-5100", 42, 45, 51, 40, 36, 27],
                                      ["制御盤OP", 12, 12, 14, 15, 15, 13]],
                             "前提": [["前提条件"], ["単位：百万円"], ["為替前提：1USD=145円"]]}}],
    expect="stop",
    detectors=["lookalike_domain"],
    note="宛先 kawasaki-denki.jp は取引先 kawasaki-denki.co.jp の「co.」抜け：類似ドメイン",
)

# 012 — pass: 代理店から届いた出席者リストを > で引用して返信
add(
    sender=frm("kajiwara"),
    to=["北陸商事 営業部 能登谷様 <notoya@hokuriku-shoji.co.jp>"],
    subject="Re: 日の出会 出席者のご連絡",
    charset="iso-2022-jp",
    body=f"""能登谷様

ご連絡ありがとうございます。6名様で承りました。
当日は13時より受付を開始いたします。お気をつけてお越しください。

梶原
{sig_b("kajiwara")}
> 日の出産業 梶原様
>
> いつもお世話になっております。北陸商事の能登谷です。
> 日の出会の出席者をご連絡します。
>
> 　能登谷　誠　　営業部長　　　090-3381-2267
> 　鰐淵　里美　　営業課長　　　080-7719-4405
> 　千早　拓海　　営業主任　　　090-6620-1138
> 　宝田　文香　　営業　　　　　070-4432-8819
> 　生駒　和也　　富山支店長　　080-2215-6673
> 　砂川　恵　　　業務課　　　　090-9907-3341
>
> 懇親会も全員参加予定です。
> よろしくお願いいたします。
""",
    expect="pass",
    note="6名の携帯番号は相手からのメールの引用部分（> 行）だけ：新たに送る個人データなし",
)

# 013 — pass: 個人代理店（フリーメール）に販促物の発送予定
add(
    sender=frm("honda"),
    to=["吉良 智也 様 <kira.tomoya55@gmail.com>"],
    subject="のぼり・チラシ発送のご案内（吉良様分）",
    charset="iso-2022-jp",
    body=f"""吉良様

いつもお世話になっております。日の出産業の本多です。
夏季キャンペーン用の販促物を、本日以下のとおり発送いたしました。

・のぼり（W600×H1800） 5枚
・チラシ B4両面 300部
・応募はがき 200枚

お届けは明後日の午前中の予定です。不足があればお気軽にご連絡ください。

{sig_b("honda")}""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="個人代理店のフリーメール1件への通常連絡（宛先本人のみ・個人データなし）",
)

# 014 — stop: 顧客満足度アンケート回答一覧（氏名・生年月日・住所・電話）XLSXを調査会社へ
_svy = []
for i in range(8):
    p = person()
    _svy.append([f"2025/03/{rng.randint(3, 28):02d}", p["name"], wareki(rng.choice([0, 2])), address(),
                 rng.choice([mobile(), landline()]), rng.randint(1, 5),
                 rng.choice(["設置が早くて満足", "音が少し気になる", "説明が丁寧だった", "価格が高い", "特になし"])])
add(
    sender=frm("okonogi"),
    to=["インサイトラボ 調査部 <research@insight-lab.co.jp>"],
    cc=[f"曽根 大樹 <{me('sone')}>"],
    subject="顧客満足度アンケート 回答データ送付（追加分析のお願い）",
    charset="utf-8",
    body=f"""株式会社インサイトラボ
調査部 ご担当者様

お世話になっております。日の出産業 小此木です。
家庭用浄水器の顧客満足度アンケートについて、紙回答分の入力が終わりましたので送付します。
Web回答分と合わせて、年代別のクロス集計をお願いできますでしょうか。

「回答一覧」シートが今回の追加分です。

{sig_a("okonogi")}""",
    attachments=[{"kind": "xlsx", "name": "満足度アンケート_紙回答分.xlsx",
                  "sheets": {"集計": [["設問", "回答数", "平均"], ["総合満足度", 8, 3.4], ["再購入意向", 8, 3.1]],
                             "回答一覧": [["2025年 家庭用浄水器 顧客満足度アンケート 回答一覧（紙回答）"], [],
                                          ["回答日", "氏名", "生年月日", "住所", "電話", "満足度", "コメント"]] + _svy}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="アンケート回答者8名の氏名・生年月日・住所・電話のXLSXを調査会社へ：人のリスト",
)

# 015 — pass: アンケートの集計結果（割合だけ）
add(
    sender=frm("sone"),
    to=["インサイトラボ 調査部 <research@insight-lab.co.jp>"],
    subject="Re: 満足度アンケート 集計値の確認",
    charset="utf-8",
    body=f"""インサイトラボ ご担当者様

日の出産業の曽根です。集計値の確認ありがとうございます。
当社側で再計算した値を添付しました。N数と割合は一致しています。
年代別の「60代以上」の満足度だけ0.1ずれているので、丸め方の違いかと思います。

{sig_b("sone")}""",
    attachments=[{"kind": "xlsx", "name": "集計値_当社再計算.xlsx",
                  "sheets": {"年代別": [["年代", "N", "満足(%)", "やや満足(%)", "不満(%)", "平均"],
                                        ["20代", 41, 34.1, 43.9, 22.0, 3.6], ["30代", 77, 31.2, 45.5, 23.3, 3.5],
                                        ["40代", 96, 28.1, 47.9, 24.0, 3.4], ["50代", 58, 36.2, 41.4, 22.4, 3.6],
                                        ["60代以上", 40, 42.5, 37.5, 20.0, 3.8], ["合計", 312, 32.4, 44.2, 23.4, 3.5]],
                             "地域別": [["地域", "N", "平均"], ["関東", 141, 3.5], ["中部", 62, 3.4],
                                        ["関西", 57, 3.6], ["その他", 52, 3.5]]}}],
    expect="pass",
    note="アンケートの集計値（年代別・地域別の割合）だけ：個人の記録なし",
)

# 016 — either: 懇親会の食事対応で4名のアレルギー（1名はエピペン携帯）をホテルへ
add(
    sender=frm("ashida"),
    to=["さくらホテル東京 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="5/22 日の出産業様 懇親会 お料理の個別対応について",
    charset="iso-2022-jp",
    body=f"""さくらホテル東京
宴会予約ご担当 様

お世話になっております。日の出産業の芦田です。
5月22日の懇親会（桜の間・62名）につきまして、お料理の個別対応をお願いしたい方がいます。

　・北陸商事　砂川 恵 様　　　　えび・かに（アレルギー）
　・瀬戸内機器　門脇 圭佑 様　　乳製品（アレルギー）
　・関東設備　香椎 ひろみ 様　　そば（重度のアレルギーのためエピペンを携帯されています）
　・当社　二階堂　　　　　　　　生もの不可

お席の札にお名前を入れていただけますと助かります。

{sig_b("ashida")}""",
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="4名の食物アレルギー（重度・エピペン）を氏名つきでホテルへ：病歴とみるかは判断が分かれる",
)

# 017 — pass: 先方の新しい窓口1名の連絡先をパートナーへ
add(
    sender=frm("tsuda"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="丸高工業様 窓口変更のお知らせ",
    charset="utf-8",
    body=f"""堀之内様

お世話になっております。津田です。
丸高工業様の窓口が6月から変更になりますので、連絡先をお知らせします。

　丸高工業株式会社 設備部 主任　二瓶 勝利 様
　直通：048-645-2218　携帯：080-3312-7745
　メール：nihei.k@marutaka-kogyo.co.jp

監視システムの仕様確認は二瓶様と直接進めていただいて問題ありません。

{sig_b("tsuda")}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="顧客企業の担当者1名の業務連絡先をパートナーへ：1名分なので止めない（警告は可）",
)

# 018 — stop: パスワード付きZIPの商談記録（PPAP）
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    subject="商談記録（4月分）送付",
    charset="iso-2022-jp",
    body=f"""加賀美様

お世話になっております。日の出産業の宇佐美です。
4月分の共同案件の商談記録をお送りします。
ファイルはパスワード付きZIPにしておりますので、パスワードは別メールにてお知らせします。

{sig_b("usami")}""",
    attachments=[{"kind": "zip", "name": "商談記録_202504.zip", "password": "Hn7#q2Lx",
                  "files": [{"kind": "docx", "name": "商談記録_202504.docx",
                             "paragraphs": ["商談記録 2025年4月", "丸高工業 第2工場 空調更新：来期予算確定",
                                            "東邦精機 本社ビル：競合A社と相見積"]}]}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="暗号化ZIP（PPAP）で中身を検査できない添付",
)

# 019 — pass: 販促物の送り状番号（12桁）一覧を代理店へ
_trk = [f"{rng.randint(3000, 4999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}" for _ in range(8)]
add(
    sender=frm("honda"),
    to=["瀬戸内機器 営業企画 <kikaku@setouchi-kiki.co.jp>"],
    subject="販促物 発送完了のご連絡（送り状番号）",
    charset="shift_jis",
    body=f"""瀬戸内機器株式会社
営業企画ご担当者様

お世話になっております。日の出産業 本多です。
各店舗向けの販促物を本日出荷いたしました。送り状番号は以下のとおりです。

店舗                      個口   送り状番号
岡山本店                    3    {_trk[0]}
倉敷店                      2    {_trk[1]}
津山店                      1    {_trk[2]}
広島支店                    3    {_trk[3]}
福山店                      2    {_trk[4]}
高松営業所                  2    {_trk[5]}
松山店                      1    {_trk[6]}
徳島店                      1    {_trk[7]}

青葉運輸の追跡サービスでご確認いただけます。
{sig_b("honda")}""",
    expect="pass",
    note="送り状番号（12桁）と店舗名の一覧：番号は荷物のもの、宛先は店舗で個人データなし",
)

# 020 — pass: 「機密保持の観点から顧客名は伏せて」という言及
add(
    sender=frm("okonogi"),
    to=["早乙女 様 <saotome@pulse-mk.co.jp>"],
    subject="導入事例記事の素材について",
    charset="utf-8",
    body=f"""早乙女様

お世話になっております。小此木です。
導入事例記事の素材を以下にまとめました。機密保持の観点から、顧客名はA社〜C社と
伏せてあります。掲載許可が取れ次第、社名に差し替えます。

■A社（製造業・従業員約800名）
　課題：夏場の工場内温度上昇による不良率の増加
　導入：HAC-7200 ×12台、制御盤オプション
　効果：不良率 2.1% → 0.8%、電力使用量 前年比 -14%

■B社（物流倉庫）
　課題：空調の故障が多く保守費が増大
　導入：保守契約の切替＋HAC-5100 ×6台
　効果：年間保守費 約30%削減

■C社（オフィスビル）
　課題：テナント満足度の低下
　導入：フロア別制御
　効果：空調クレーム件数 月平均9件 → 2件

初稿は5月第2週にいただけますと助かります。
{sig_b("okonogi")}""",
    expect="pass",
    note="「機密保持」は本文中の言及で区分表示ではない。顧客は匿名の企業で個人データなし",
)

# 021 — stop: 展示会で関心の高かった5名を本文の文章の中で代理店に紹介
_rt = [person() for _ in range(5)]
_rtm = [mobile() for _ in range(5)]
add(
    sender=frm("kajiwara"),
    to=["北陸商事 営業部 能登谷様 <notoya@hokuriku-shoji.co.jp>"],
    subject="北陸エリアの見込みのお客様のご紹介",
    charset="iso-2022-jp",
    body=f"""能登谷様

いつもお世話になっております。梶原です。
先週の金沢での住宅設備フェアで、浄水器に特に関心の高かった北陸エリアのお客様を
ご紹介します。いずれもご本人から「地元の販売店から連絡してよい」と伺っています。

まず金沢市の{_rt[0]['name']}様（{_rtm[0]}、{freemail(_rt[0])}）は、キッチンのリフォームを
6月に予定されていて、ビルトイン型をご希望です。次に白山市の{_rt[1]['name']}様（{_rtm[1]}）は
ご実家用にと2台の購入をご検討中でした。メールは {freemail(_rt[1])} がよいとのことです。
富山市の{_rt[2]['name']}様（{_rtm[2]}、{freemail(_rt[2])}）は店舗用の業務用タイプのお見積りを
ご希望です。また高岡市の{_rt[3]['name']}様は{_rtm[3]}まで平日夜にお電話がよいそうで、
小松市の{_rt[4]['name']}様（{_rtm[4]}、{freemail(_rt[4])}）はショールームでの実機確認を
ご希望でした。

お手数ですが、今月中に一度ご連絡いただけますでしょうか。

{sig_b("kajiwara")}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="個人客5名の氏名・携帯・メールを文章の中に書いて代理店へ：表でなくても人のリスト",
)

# 022 — pass: 代理店8社を Bcc にした説明会案内
add(
    sender=frm("kajiwara"),
    to=[f"梶原 直人 <{me('kajiwara')}>"],
    bcc=["eigyo@tokai-hanbai.co.jp", "info@hokuriku-shoji.co.jp", "kikaku@setouchi-kiki.co.jp",
         "sales@kanto-setsubi.jp", "hanbai@hokkaido-kiki.co.jp", "eigyo@minami-kyushu-trading.co.jp",
         "info@tohoku-kizai.co.jp", "sales@kinki-setsubi-hanbai.co.jp"],
    subject="HAC-7200 新製品オンライン説明会のご案内（代理店様向け）",
    charset="iso-2022-jp",
    body=f"""代理店各位
（本メールはBCCにて一斉にお送りしております）

いつもお世話になっております。日の出産業 代理店推進課の梶原です。
7月発売のHAC-7200シリーズについて、代理店様向けのオンライン説明会を開催します。

　日時：6月10日（火）15:00〜16:00
　形式：オンライン（参加URLはお申込み後にお送りします）
　内容：製品概要、価格・販売条件、販促支援メニュー

お申込みは6月3日までに本メールへのご返信でお願いいたします。

{sig_a("kajiwara")}""",
    expect="pass",
    note="代理店8社は Bcc で互いに見えない。To は自分自身：正しい一斉送信",
)

# 023 — pass: 代理店とのNDAひな形のレビュー依頼（NDAについてのメール）
add(
    sender=frm("morishita"),
    to=["宮之原 先生 <miyanohara@shirakawa-law.jp>"],
    subject="代理店との秘密保持契約書（案）のレビューのお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
宮之原先生

いつもお世話になっております。日の出産業の森下です。
代理店に見込み客情報を共有する運用を検討しており、その前提として代理店各社と
秘密保持契約（NDA）を締結したいと考えています。
当社ひな形を添付しますので、特に第1条（秘密情報の定義）と第5条（個人情報の取扱い）に
ついてご確認いただけますでしょうか。5月中旬までにコメントをいただけますと幸いです。

{sig_a("morishita")}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書（代理店用）_案.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と＿＿＿＿（以下「乙」という。）は、次のとおり契約を締結する。",
                                 "第1条（秘密情報の定義）本契約において「秘密情報」とは、甲が乙に開示する技術上・営業上の情報であって、"
                                 "開示の際に「秘」「Confidential」等の表示がなされたもの、または口頭で開示し書面で特定したものをいう。",
                                 "第2条（秘密保持）乙は、秘密情報を第三者に開示または漏えいしてはならない。",
                                 "第5条（個人情報の取扱い）甲が乙に提供する見込み客の個人情報は、本契約の目的の範囲内でのみ利用する。",
                                 "第9条（有効期間）本契約の有効期間は締結日から2年間とする。"]}],
    expect="pass",
    note="NDA（秘密保持契約）についての相談とひな形：条文中の「Confidential」等は区分表示ではない",
)

# 024 — stop: 有料セミナー参加者のカード番号を事務局へ
_card0 = card_number(SEED + 0)
add(
    sender=frm("ashida"),
    to=["産業機器展 事務局 <seminar@expo-jimukyoku.jp>"],
    subject="有料セミナー 参加申込（カード決済）の代理連絡",
    charset="utf-8",
    body=f"""産業機器展 事務局 ご担当者様

お世話になっております。出展者の日の出産業 芦田です。
当社のお客様から、5/28の有料セミナー「空調省エネ最前線」に参加したいが
Webフォームがうまく使えないとお電話があり、代わりにお申込みさせていただきます。

　お名前：水無瀬 晶 様（個人事業主・水無瀬設備）
　電話：090-2274-6618
　カード番号：{card_fmt(_card0)}
　有効期限：08/27
　名義：AKIRA MINASE

決済完了のご連絡は水無瀬様へ直接お願いいたします。

{sig_b("ashida")}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="顧客1名のクレジットカード番号を社外の事務局へ：カード番号は1件でも止める",
)

# 025 — pass: 支店別の売上速報（集計）を代理店へ
add(
    sender=frm("sone"),
    to=["東海販売 営業部 <eigyo@tokai-hanbai.co.jp>"],
    subject="4月 中部エリア売上速報（代理店様共有用）",
    charset="iso-2022-jp",
    body=f"""東海販売株式会社 営業部御中

日の出産業の曽根です。4月の中部エリア売上速報を共有いたします。

　　　　　　　　　売上(千円)　　前年比　　計画比
名古屋エリア　　　 84,210　　　 106.2%　　 98.7%
静岡エリア　　　　 31,880　　　 112.5%　　104.1%
浜松エリア　　　　 18,420　　　  97.3%　　 91.0%
岐阜・三重　　　　 22,960　　　 101.8%　　 99.2%
―――――――――――――――――――――――――――――
合計　　　　　　　157,470　　　 105.4%　　 98.8%

浜松エリアは大型案件1件の期ずれによるものです。5月計上の見込みです。

{sig_d("sone")}""",
    expect="pass",
    note="地域別の売上集計だけ：個人データなし",
)

# 026 — stop: 代理店会議の宿泊者9名（携帯・到着予定）を全角スペース揃えでホテルへ
_att = []
for co in ["東海販売", "東海販売", "北陸商事", "北陸商事", "瀬戸内機器", "関東設備", "北海道機器", "北海道機器", "南九州トレーディング"]:
    p = person()
    _att.append((p["name"], co, fw(mobile()), rng.choice(["5/21 19:00頃", "5/21 21:30頃", "5/22 10:00頃", "5/21 17:00頃"])))
_att_lines = "\n".join(f"{n:　<8}{c:　<11}{m}　　{t}" for n, c, m, t in _att)
add(
    sender=frm("ashida"),
    to=["さくらホテル東京 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="5/21〜22 日の出産業 団体宿泊 ご宿泊者名簿",
    charset="iso-2022-jp",
    body=f"""さくらホテル東京
宿泊予約ご担当 様

いつもお世話になっております。日の出産業の芦田です。
代理店会議に伴う団体宿泊（5/21泊・シングル9室）のご宿泊者をお知らせします。
到着が遅くなる方がいるため、携帯番号も記載しております。

氏名　　　　会社名　　　　　　　携帯　　　　　　　　　到着予定
――――――――――――――――――――――――――――――――――――――
{_att_lines}

精算は当社一括でお願いいたします。
{sig_b("ashida")}""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="宿泊者9名の氏名・携帯番号の名簿をホテルへ：5名以上の人のリスト",
)

# 027 — pass: 社外秘の売上速報、宛先は社内だけ
add(
    sender=frm("sone"),
    to=["営業部門 全員 <eigyo-all@mail.hinode-sangyo.co.jp>"],
    cc=[f"二階堂 亮 <{me('nikaido')}>"],
    subject="【社外秘】売上速報 4月第3週",
    charset="iso-2022-jp",
    body=f"""【社外秘】

各位

4月第3週（4/14〜4/18）の売上速報です。

　週次売上　　　　 312,480千円（計画比 101.3%）
　月累計　　　　　 884,120千円（計画比  97.6%）
　受注残　　　　 1,204,550千円

・関東は東邦精機様の本社ビル案件（約48百万円）を受注
・関西は大型案件の失注1件（競合A社、価格差約8%）
・保守契約の更新率は月累計で87.2%

代理店や社外の方への転送はしないでください。

{sig_d("sone")}""",
    expect="pass",
    note="「社外秘」表示があるが宛先は全員社内（mail.hinode-sangyo.co.jp を含む）",
)

# 028 — pass: 前泊する4名の名前と携帯をホテルへ
_pre = [person() for _ in range(3)]
add(
    sender=frm("kajiwara"),
    to=["さくらホテル東京 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="追加：5/21 前泊 4名分",
    charset="utf-8",
    body=f"""さくらホテル東京 ご担当者様

日の出産業の梶原です。先日の団体予約とは別に、準備スタッフの前泊を4室追加でお願いします。

1. {_pre[0]['name']}（当社）　{mobile()}
2. {_pre[1]['name']}（当社）　{mobile()}
3. {_pre[2]['name']}（当社）　{mobile()}
4. 梶原 直人（当社）　080-6675-0912

チェックインは4名とも22時以降になる見込みです。
よろしくお願いいたします。
{sig_b("kajiwara")}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="4名分の氏名と携帯をホテルへ：5名未満なので止めない（警告は可）",
)

# 029 — stop: 社内宛てのつもりが hinode-sangyou.co.jp（文字の追加）
add(
    sender=frm("sone"),
    to=["大阪支店 営業課 <osaka-eigyo@hinode-sangyou.co.jp>"],
    cc=[f"宇佐美 遥 <{me('usami')}>"],
    subject="関西エリア 4月売上明細（担当別）",
    charset="iso-2022-jp",
    body=f"""大阪支店 営業課 各位

営業企画の曽根です。4月の関西エリア売上明細を送ります。
失注案件の理由欄が空欄のものがあるので、今週中に記入をお願いします。

　顧客　　　　　　　　　案件　　　　　　金額(千円)　状況
　浪速精工　　　　　　　空調更新　　　　 18,400　　受注
　和泉ケミカル　　　　　保守切替　　　　  3,250　　受注
　堺ロジスティクス　　　倉庫空調　　　　 22,100　　失注（理由未記入）
　北摂メディカルビル　　フロア制御　　　  9,870　　見積中

{sig_d("sone")}""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="宛先 hinode-sangyou.co.jp は自社ドメイン hinode-sangyo.co.jp に1文字足した類似ドメイン",
)

# 030 — pass: 新商品のJANコード（13桁）一覧を量販店へ
def _jan() -> str:
    d = [4, 9] + [rng.randrange(10) for _ in range(10)]
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


add(
    sender=frm("usami"),
    to=["ホームプラザ関東 商品部 <shohin@homeplaza-kanto.co.jp>"],
    subject="新商品 商品登録情報（JAN・価格）",
    charset="shift_jis",
    body=f"""ホームプラザ関東株式会社
商品部 ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
7月発売の家庭用浄水器シリーズの商品登録情報をお送りします。

品番          JANコード        品名                        入数   希望小売価格
WP-300S       {_jan()}    浄水器 蛇口直結型 スリム       12      7,480円
WP-300C       {_jan()}    交換カートリッジ 2個入          24      3,980円
WP-500B       {_jan()}    ビルトイン浄水器                 4     39,800円
WP-500C       {_jan()}    ビルトイン用カートリッジ         12      8,800円

棚割りのご相談は6月上旬にお伺いできればと存じます。
{sig_a("usami")}""",
    expect="pass",
    note="品番・JANコード（13桁）・価格の一覧：長い数字だが商品コードで個人データなし",
)

# 031 — pass: 海外代理店へ英語の販売見通し（定型免責文つき）
add(
    sender=frm("morishita"),
    to=["Daniel Wong <daniel.wong@pacrim-distribution.com>"],
    subject="Q3 sales outlook for HAC series",
    charset="utf-8",
    body=f"""Dear Daniel,

Thank you for your time on the call last week.
As promised, here is our Q3 outlook for the HAC series in your territory:

  Model       Jul   Aug   Sep   Q3 total (units)
  HAC-5100     40    36    30     106
  HAC-7200     25    30    35      90

We expect the HAC-7200 to ramp up once the Singapore certification is complete (target: end of June).
Could you share your own forecast by May 20 so we can align the production plan?

Best regards,
{sig_c("morishita")}{DISCLAIMER_EN}""",
    expect="pass",
    note="英文の販売見通し（台数のみ）と定型の免責文：区分表示でも個人データでもない",
)

# 032 — stop: 健康食品モニター6名の既往歴・服薬をCSVで共同開発先へ
_hm = []
for cond in ["高血圧（降圧剤服用中）", "2型糖尿病で通院中", "なし", "脂質異常症", "痛風の既往あり", "なし"]:
    p = person()
    _hm.append([p["name"], rng.randint(42, 76), mobile(), cond,
                rng.choice(["飲みやすい", "少し苦い", "続けやすい量", "価格次第", "効果はまだ不明"])])
add(
    sender=frm("okonogi"),
    to=["北国フーズ 商品開発部 <kaihatsu@kitaguni-foods.co.jp>"],
    subject="共同開発品 モニターアンケート結果（個票）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
商品開発部 ご担当者様

お世話になっております。日の出産業 小此木です。
共同開発中の青汁ドリンクのモニターアンケートについて、個票をCSVでお送りします。
既往歴・服薬の欄は、モニター募集時の事前アンケートの回答を転記したものです。

{sig_b("okonogi")}""",
    attachments=[{"kind": "csv", "name": "monitor_kohyo.csv", "encoding": "utf-8",
                  "rows": [["氏名", "年齢", "電話", "既往歴・服薬", "感想"]] + _hm}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="モニター6名の氏名・電話と既往歴・服薬（要配慮個人情報）のCSVを社外へ",
)

# 033 — pass: 取引先から来た見込み客リストは -----Original Message----- の下の引用だけ
_q = [person() for _ in range(7)]
_ql = "\n".join(f"{i + 1}. {p['name']}　{rng.choice(VISITOR_COS)[0]}　{landline()}" for i, p in enumerate(_q))
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    subject="RE: 共同フォロー対象リスト",
    charset="iso-2022-jp",
    body=f"""加賀美様

リストありがとうございます。
当社側で既存顧客との重複を確認したところ、No.2、No.5、No.7 の3件が当社の既存顧客でした。
この3件は当社の担当営業から、残り4件は貴社からご連絡いただく形でいかがでしょうか。

宇佐美

-----Original Message-----
From: 加賀美 徹 <kagami.t@kawasaki-denki.co.jp>
Sent: Monday, April 21, 2025 10:12 AM
To: 宇佐美 遥 <usami.h@hinode-sangyo.co.jp>
Subject: 共同フォロー対象リスト

宇佐美様

展示会で当社ブースに来られた方のうち、貴社製品にも関心のあった方です。
重複がないかご確認ください。

{_ql}

加賀美
""",
    expect="pass",
    note="7名のリストは返信先から届いたメールの引用（Original Message の下）だけ：新たな送信なし",
)

# 034 — pass: 法人顧客リスト（会社名・代表電話・所在地）XLSX を代理店へ
_corp_rows = []
_corp_src = [("浪速精工株式会社", "製造", "大阪府東大阪市高井田元町", "06"), ("和泉ケミカル株式会社", "化学", "大阪府和泉市テクノステージ", "0725"),
             ("堺ロジスティクス株式会社", "物流", "大阪府堺市堺区築港八幡町", "072"), ("北摂メディカルビル管理株式会社", "不動産", "大阪府豊中市新千里東町", "06"),
             ("京阪フードサービス株式会社", "飲食", "京都府京都市下京区烏丸通", "075"), ("神戸マリンテック株式会社", "造船", "兵庫県神戸市中央区港島中町", "078"),
             ("奈良中央病院", "医療", "奈良県奈良市大宮町", "0742"), ("株式会社びわこ電子", "電子部品", "滋賀県草津市南草津", "077"),
             ("紀州製材株式会社", "製材", "和歌山県和歌山市湊", "073"), ("播磨鋼管株式会社", "鉄鋼", "兵庫県姫路市飾磨区細江", "079"),
             ("南港冷蔵株式会社", "倉庫", "大阪府大阪市住之江区南港東", "06"), ("株式会社あべのホテルズ", "ホテル", "大阪府大阪市阿倍野区阿倍野筋", "06"),
             ("宝塚アミューズ株式会社", "娯楽", "兵庫県宝塚市栄町", "0797"), ("学校法人摂津学園", "教育", "大阪府茨木市宿久庄", "072"),
             ("西宮ビルテック株式会社", "設備", "兵庫県西宮市北口町", "0798"), ("株式会社大和郡山製作所", "製造", "奈良県大和郡山市池沢町", "0743"),
             ("淀川化成株式会社", "化学", "大阪府大阪市淀川区西中島", "06"), ("京都精密工業株式会社", "製造", "京都府京都市南区上鳥羽", "075"),
             ("湖南ショッピングセンター株式会社", "小売", "滋賀県守山市古高町", "077"), ("明石水産加工株式会社", "食品", "兵庫県明石市大蔵海岸通", "078")]
for co, ind, town, area in _corp_src:
    _corp_rows.append([co, ind, f"{town}{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 12)}",
                       landline(area), rng.choice([45, 120, 300, 800, 1500, 2200]), rng.choice(["既存", "休眠", "新規候補"])])
add(
    sender=frm("kajiwara"),
    to=["近畿設備販売 営業部 <sales@kinki-setsubi-hanbai.co.jp>"],
    subject="関西エリア 重点法人リストの共有",
    charset="utf-8",
    body=f"""近畿設備販売株式会社
営業部 御中

お世話になっております。日の出産業の梶原です。
下期の共同拡販に向けて、関西エリアの重点法人リスト（20社）をお送りします。
取引状況が「休眠」の先は、当社の過去の納入実績がある先です。
訪問の優先順位について、来週の定例でご相談させてください。

{sig_a("kajiwara")}""",
    attachments=[{"kind": "xlsx", "name": "関西_重点法人リスト.xlsx",
                  "sheets": {"重点先": [["関西エリア 重点法人リスト（2025年下期）"], [],
                                        ["会社名", "業種", "所在地", "代表電話", "従業員数", "取引状況"]] + _corp_rows}}],
    expect="pass",
    note="法人20社の社名・所在地・代表電話：会社の連絡先のリストで人のリストではない",
)

# 035 — stop: モニター座談会の案内、個人客4名を Cc に並べた
_mon = [person() for _ in range(4)]
_mon_addr = [f"{_mon[0]['roma']}@gmail.com", f"{_mon[1]['roma2'].replace('.', '_')}77@yahoo.co.jp",
             f"{_mon[2]['roma']}.home@icloud.com", f"{_mon[3]['roma'].replace('.', '-')}@docomo.ne.jp"]
add(
    sender=frm("okonogi"),
    to=[f"小此木 真理子 <{me('okonogi')}>"],
    cc=[f"{p['name']} 様 <{a}>" for p, a in zip(_mon, _mon_addr)],
    subject="浄水器モニター座談会のご案内（5/31）",
    charset="iso-2022-jp",
    body=f"""モニターの皆さま

いつもご協力いただきありがとうございます。日の出産業の小此木です。
浄水器モニターの皆さまにお集まりいただく座談会を下記のとおり開催いたします。

　日時：5月31日（土）13:00〜15:00
　場所：日の出産業 日本橋本社 7F（東京メトロ日本橋駅 徒歩3分）
　謝礼：5,000円分のギフトカード

ご参加の可否を5月20日までにご返信ください。

{sig_e("okonogi")}""",
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="個人客4名（フリーメール）を Cc に並べ、互いのアドレスが見える：Bcc にすべき",
)

# 036 — pass: マイナンバーカード対応端末の販売計画（番号は出てこない）
add(
    sender=frm("usami"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="マイナンバーカード対応 受付端末の販売計画について",
    charset="utf-8",
    body=f"""堀之内様

お世話になっております。宇佐美です。
貴社と共同で扱う「マイナンバーカード対応 受付端末（MK-100）」の販売計画について、
当社のたたき台を共有します。

・ターゲット：病院・診療所の受付（マイナ保険証の読取り需要）、自治体窓口
・目標台数：上期 300台／下期 450台
・価格：本体 198,000円、保守 年額 24,000円
・販促：医療機器展（9月）出展、代理店向け勉強会 2回

なお、本端末はカードのICチップを読むだけで、マイナンバー（個人番号）そのものは
端末にも当社のクラウドにも保存しない仕様である点を、提案書で明記したいと考えています。

{sig_b("usami")}""",
    expect="pass",
    note="「マイナンバー」は製品名・説明での言及だけで番号はない",
)

# 037 — pass: チラシ増刷の発注、納品先は自社の3支店
add(
    sender=frm("tsuda"),
    to=["錦印刷 営業部 茅野様 <chino@nishiki-insatsu.co.jp>"],
    subject="チラシ増刷のお願い（見積番号 NS-25-0412）",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社
茅野様

お世話になっております。日の出産業の津田です。
先日お見積りいただいた件（見積番号 NS-25-0412）で、増刷をお願いします。

　品名：夏季キャンペーンチラシ B4両面フルカラー
　数量：15,000部
　納期：5月20日（火）必着

■納品先
　① 札幌支店　〒060-0807 北海道札幌市北区北7条西4-3 日の出札幌ビル2F　TEL 011-708-2210　5,000部
　② 名古屋支店　〒450-0002 愛知県名古屋市中村区名駅3-16-1　TEL 052-581-3377　5,000部
　③ 福岡支店　〒812-0013 福岡県福岡市博多区博多駅東2-9-1　TEL 092-471-6605　5,000部

各支店の受取は総務担当までお願いします。
{sig_a("tsuda")}""",
    expect="pass",
    note="発注内容と自社支店3か所の住所・代表電話（事業所の連絡先）：個人データなし",
)

# 038 — stop: 本文冒頭に【取扱注意】と表示した売上データ
add(
    sender=frm("sone"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="【取扱注意】ダッシュボード検証用 売上データ",
    charset="utf-8",
    body=f"""【取扱注意】
本メールの内容は日の出産業の営業数値です。ダッシュボード検証の目的以外には使用しないでください。

堀之内様

お世話になっております。曽根です。
売上ダッシュボードの検証用に、2024年度の月次売上（製品別・地域別）をお送りします。

月      関東     中部    関西    九州   北海道   合計(百万円)
2024/04   88.2    41.0    39.5    20.1    12.4    201.2
2024/05   91.7    43.2    40.8    21.9    13.0    210.6
2024/06  102.4    47.7    44.1    24.3    14.2    232.7
2024/07  118.9    55.3    50.6    27.8    16.9    269.5
2024/08  121.3    56.0    51.2    28.4    17.3    274.2
2024/09   97.5    45.8    42.3    22.7    13.8    222.1

粗利率の列は次回お送りします。
{sig_b("sone")}""",
    expect="stop",
    detectors=["confidential_marking"],
    note="本文冒頭に「【取扱注意】」の区分表示がある営業数値を社外へ",
)

# 039 — pass: 3名の見込み客を「・」で代理店へ（5名未満）
_p3 = [(person(), c) for c in [("三和冷熱工業", "sanwa-reinetsu.co.jp"), ("朝霧設備", "asagiri-setsubi.co.jp"), ("株式会社ソラノ", "sorano.co.jp")]]
_p3t = "\n".join(f"・{p['name']} 様（{c[0]}）　TEL {landline('048')}　{p['roma2']}@{c[1]}" for p, c in _p3)
add(
    sender=frm("kajiwara"),
    to=["関東設備 営業本部 <sales@kanto-setsubi.jp>"],
    subject="埼玉エリアの見込み案件 3件",
    charset="iso-2022-jp",
    body=f"""関東設備株式会社
営業本部 御中

お世話になっております。梶原です。
展示会でお話しした埼玉エリアの見込み案件3件、ご担当者をお知らせします。

{_p3t}

いずれも今年度中の更新を検討中とのことです。ご対応よろしくお願いします。

{sig_b("kajiwara")}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="見込み客の担当者3名の連絡先：5名未満なので止めない（警告は可）",
)

# 040 — pass: 代理店会議の議事録、出席者は氏名だけ
add(
    sender=frm("kajiwara"),
    to=["瀬戸内機器 営業企画 門脇様 <kadowaki@setouchi-kiki.co.jp>"],
    subject="中四国ブロック会議 議事録（4/24）",
    charset="utf-8",
    body=f"""門脇様

お世話になっております。梶原です。
先日のブロック会議の議事録をお送りします。ご確認ください。

――――――――――――――――
中四国ブロック会議 議事録
日時：2025年4月24日（木）14:00〜16:30
場所：瀬戸内機器 岡山本社 会議室
出席：瀬戸内機器　門脇様、有馬様、榊原様
　　　日の出産業　梶原、森下
――――――――――――――――
1. 2024年度実績：中四国計 412百万円（前年比 103.8%）
2. 2025年度目標：440百万円。HAC-7200 の初年度目標は 60台
3. 販促：7月に岡山・広島で内覧会を実施（会場は瀬戸内機器様で手配）
4. 次回：7月中旬（日程は別途調整）

以上
{sig_b("kajiwara")}""",
    expect="pass",
    note="議事録の出席者欄は氏名と社名だけで連絡先などの個人データなし",
)

# 041 — stop: 壊れたXLSXの売上速報
add(
    sender=frm("sone"),
    to=["関東設備 営業本部 <sales@kanto-setsubi.jp>"],
    subject="4月 関東エリア売上速報（代理店別）",
    charset="iso-2022-jp",
    body=f"""関東設備株式会社 営業本部御中

日の出産業の曽根です。
4月の関東エリア売上速報（代理店別）を添付いたします。ご確認ください。

{sig_d("sone")}""",
    attachments=[{"kind": "corrupt", "name": "売上速報_関東_202504.xlsx"}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="添付XLSXが壊れていて中身を検査できない",
)

# 042 — pass: アンケート自由回答（属性なし）を代理店へ
add(
    sender=frm("okonogi"),
    to=["早乙女 様 <saotome@pulse-mk.co.jp>"],
    subject="アンケート自由回答の抜粋（キャッチコピー検討用）",
    charset="utf-8",
    body=f"""早乙女様

小此木です。キャッチコピー検討用に、満足度アンケートの自由回答から
印象的なものを抜き出しました（回答者が分かる情報は付けていません）。

・水の味がまろやかになって、子どもが水を飲むようになった
・カートリッジ交換のお知らせが来るのが便利
・取付けに来た方の説明が丁寧だった
・ペットボトルを買わなくなってゴミが減った
・コーヒーの味が変わった気がする
・もう少し本体が小さいとうれしい
・価格はやや高いが、長く使えるなら納得
・蛇口の形によっては付かないのが残念
・浄水と原水の切替が分かりやすい
・問合せ窓口の電話がつながりにくかった
・デザインがキッチンになじむ
・交換用カートリッジをもう少し安くしてほしい

{sig_b("okonogi")}""",
    expect="pass",
    note="自由回答の抜粋だけで回答者を特定する情報なし",
)

# 043 — pass: 広告代理店＋フリーのデザイナー（フリーメール）の2者
add(
    sender=frm("honda"),
    to=["総渓広告 秋月様 <akizuki@sokei-ad.co.jp>"],
    cc=["汐見 彩花 様 <ayaka.shiomi.design@outlook.jp>"],
    subject="店頭POP デザイン修正の件",
    charset="iso-2022-jp",
    body=f"""秋月様
（cc：デザイナー 汐見様）

お世話になっております。日の出産業の本多です。
店頭POPの初稿ありがとうございました。以下の点の修正をお願いします。

1. 商品写真をもう一回り大きく
2. 価格表記は税込価格を大きく、税抜価格を小さく併記
3. 「今だけ」の文言は景品表示法の観点から削除
4. 右下のQRコードはキャンペーンLPに差し替え（URLは別途お送りします）

汐見様には秋月様経由でご依頼いただいていると伺いましたので、念のためccしております。

{sig_b("honda")}""",
    expect="pass",
    detectors=["multiple_external_domains", "freemail_recipient"],
    note="社外2者（広告代理店とフリーメールのデザイナー）：3者未満で通常の業務連絡",
)

# 044 — stop: 個人代理店の報酬支払調書用にマイナンバーを税理士事務所へ
_mn0 = my_number(SEED + 0)
add(
    sender=frm("ashida"),
    to=["山根税理士事務所 <office@yamane-tax.jp>"],
    subject="個人代理店 報酬の支払調書作成に必要な情報",
    charset="iso-2022-jp",
    body=f"""山根税理士事務所
ご担当者様

いつもお世話になっております。日の出産業 営業企画部の芦田です。
個人代理店として販売奨励金をお支払いしている方の支払調書作成のため、
ご依頼のあった情報をお送りします。

　氏名：吉良 智也
　住所：〒330-0063 埼玉県さいたま市浦和区高砂3-12-8
　個人番号：{_mn0[:4]} {_mn0[4:8]} {_mn0[8:]}
　2024年 支払金額：1,842,000円（源泉徴収税額 188,065円）

残りの方の分は、本人から番号の提供を受け次第お送りします。

{sig_b("ashida")}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="個人代理店1名のマイナンバー（個人番号）を社外の税理士事務所へメールで送信",
)

# 045 — pass: 代理店の代表番号・法人番号のCSV（運送会社のマスタ登録用）
_ag = [("東海販売株式会社", "愛知県名古屋市中区錦2-14-9", "052-218-4410"),
       ("北陸商事株式会社", "石川県金沢市南町4-55", "076-231-8804"),
       ("瀬戸内機器株式会社", "岡山県岡山市北区下石井1-2-3", "086-224-9930"),
       ("関東設備株式会社", "埼玉県さいたま市大宮区桜木町1-9-6", "048-641-3325"),
       ("北海道機器株式会社", "北海道札幌市中央区大通西7-1", "011-231-4476"),
       ("南九州トレーディング株式会社", "鹿児島県鹿児島市中央町19-40", "099-252-7781"),
       ("東北機材株式会社", "宮城県仙台市青葉区本町2-5-1", "022-264-3319"),
       ("近畿設備販売株式会社", "大阪府大阪市西区靱本町1-11-7", "06-6443-2290"),
       ("信越エンジニアリング株式会社", "長野県長野市南長野2-30", "026-226-5518"),
       ("四国機器販売株式会社", "愛媛県松山市三番町4-9-2", "089-941-6637")]
add(
    sender=frm("tsuda"),
    to=["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>"],
    subject="届け先マスタ登録用データ（代理店10社）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
法人営業部 御中

お世話になっております。日の出産業の津田です。
販促物の定期配送の届け先マスタ登録用に、代理店10社の情報をCSVでお送りします。
請求書の宛先確認のため法人番号も入れております。

{sig_b("tsuda")}""",
    attachments=[{"kind": "csv", "name": "todokesaki_master.csv", "encoding": "cp932",
                  "rows": [["届け先名", "法人番号", "住所", "代表電話"]] + [[n, corp_no(), a, t] for n, a, t in _ag]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    note="代理店10社の法人番号・所在地・代表電話：会社のリストで人のリストではない",
)

# 046 — pass: 「社外秘の原価情報は外した版」という言及
add(
    sender=frm("usami"),
    to=["北国フーズ 商品開発部 <kaihatsu@kitaguni-foods.co.jp>"],
    subject="共同販売計画（貴社共有版）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
商品開発部 ご担当者様

お世話になっております。宇佐美です。
共同販売計画をお送りします。社内版には社外秘の原価・粗利の情報が入っているため、
その列を削除した貴社共有版にしています。数量と販売価格はご確認のとおりです。

{sig_b("usami")}""",
    attachments=[{"kind": "xlsx", "name": "共同販売計画_共有版.xlsx",
                  "sheets": {"計画": [["共同販売計画（北国フーズ様共有版）"], [],
                                      ["商品", "チャネル", "7月", "8月", "9月", "販売価格"],
                                      ["青汁ドリンク 30本", "通販", 1200, 1500, 1800, 4980],
                                      ["青汁ドリンク 30本", "量販店", 800, 900, 1100, 4980],
                                      ["ギフトセット", "百貨店", 0, 600, 300, 6800]]}}],
    expect="pass",
    note="「社外秘の…を削除した」は本文中の言及で、文書に区分表示はない。数量と価格だけ",
)

# 047 — stop: HTMLだけのメールに個人の見込み客6名の表
_hp = []
for _ in range(6):
    p = person()
    _hp.append((p["name"], fw(mobile()) if rng.random() < 0.5 else mobile(), freemail(p),
                rng.choice(["ビルトイン型", "蛇口直結型", "業務用", "カートリッジ定期便"])))
_rows_html = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{e}</td><td>{k}</td></tr>" for n, t, e, k in _hp)
add(
    sender=frm("okonogi"),
    to=["北陸商事 営業部 能登谷様 <notoya@hokuriku-shoji.co.jp>"],
    subject="ショールーム来場者のフォローのお願い",
    charset="utf-8",
    html=f"""<html><body>
<p>北陸商事株式会社<br>能登谷様</p>
<p>お世話になっております。日の出産業の小此木です。<br>
金沢ショールームの4月の来場者のうち、購入意向の高い方をお知らせします。<br>
フォローのご連絡をお願いいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>お名前</th><th>電話</th><th>メール</th><th>関心商品</th></tr>
{_rows_html}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 営業企画部 小此木 真理子<br>TEL 03-5201-3380</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTMLだけのメールの表に個人客6名の氏名・電話・メール：人のリストを社外へ",
)

# 048 — pass: アンケート回答者（氏名・住所・電話）を社内のお客様相談室へ
_cs = []
for _ in range(6):
    p = person()
    _cs.append(f"{p['name']}様\t{address(bldg=False)}\t{mobile()}\t{rng.choice(['カートリッジが届かない', '水漏れ', '取付け位置の相談', '返品希望'])}")
add(
    sender=frm("okonogi"),
    to=["お客様相談室 <cs-center@hinode-sangyo.co.jp>"],
    cc=[f"曽根 大樹 <{me('sone')}>"],
    subject="アンケートで「要連絡」にチェックのあった方（6名）",
    charset="shift_jis",
    body=f"""お客様相談室 ご担当各位

営業企画部の小此木です。
満足度アンケートで「当社からの連絡を希望する」にチェックのあった方です。
ご対応をお願いします。

氏名\t住所\t電話\t内容
{chr(10).join(_cs)}

対応結果は共有フォルダの管理表に記入してください。
{sig_d("okonogi")}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    note="6名の氏名・住所・電話だが宛先は社内のお客様相談室だけ",
)

# 049 — pass: 製品カタログPDF（保護なし）を顧客へ
add(
    sender=frm("tsuda"),
    to=["丸高工業 設備部 二瓶様 <nihei.k@marutaka-kogyo.co.jp>"],
    subject="HAC-7200 カタログ送付",
    charset="iso-2022-jp",
    body=f"""丸高工業株式会社
設備部 二瓶様

お世話になっております。日の出産業の津田です。
先日お話しした HAC-7200 のカタログをお送りします。
仕様の詳細は P.4〜P.6 にまとめております。

{sig_a("tsuda")}""",
    attachments=[{"kind": "pdf", "name": "HAC-7200_catalog.pdf", "title": "HAC-7200 カタログ",
                  "lines": ["業務用空調ユニット HAC-7200 シリーズ", "高効率インバータ搭載／年間消費電力 約15%削減",
                            "お問い合わせ：日の出産業株式会社 0120-33-8100（平日 9:00〜17:30）"],
                  "table": [["型番", "冷房能力", "暖房能力", "消費電力", "標準価格"],
                            ["HAC-7200S", "12.5kW", "14.0kW", "3.6kW", "1,280,000円"],
                            ["HAC-7200M", "16.0kW", "18.0kW", "4.7kW", "1,560,000円"],
                            ["HAC-7200L", "22.4kW", "25.0kW", "6.5kW", "2,040,000円"]]}],
    expect="pass",
    note="製品カタログ（型番・価格・フリーダイヤル）のPDF：個人データなし、読める添付",
)

# 050 — either: 名札用に18名の氏名・社名・役職をホテルへ
_nt = []
for co, n in [("東海販売", 4), ("北陸商事", 3), ("瀬戸内機器", 3), ("関東設備", 4), ("北海道機器", 2), ("南九州トレーディング", 2)]:
    for title in ["代表取締役", "営業部長", "課長", "主任"][:n]:
        p = person()
        _nt.append(f"{co},{p['name']},{p['kana']},{title}")
add(
    sender=frm("ashida"),
    to=["さくらホテル東京 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="名札・席札の作成データ（5/22 桜の間）",
    charset="utf-8",
    body=f"""さくらホテル東京 宴会予約ご担当様

日の出産業の芦田です。名札と席札の作成をお願いしていた件、データをお送りします。
（会社名,氏名,フリガナ,役職 の順です）

{chr(10).join(_nt)}

当社社員の分は当社で用意します。
{sig_b("ashida")}""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="18名の氏名・フリガナ・社名・役職（連絡先なし）をホテルへ：名札用で人のリストとみるか分かれる",
)

# 051 — stop: 北国フーズの TLD 違い（kitaguni-foods.com）
add(
    sender=frm("honda"),
    to=["北国フーズ 販促企画 <hansoku@kitaguni-foods.com>"],
    subject="秋の共同キャンペーン 企画案",
    charset="iso-2022-jp",
    body=f"""北国フーズ株式会社
販促企画ご担当者様

お世話になっております。日の出産業の本多です。
秋の共同キャンペーン（浄水器×青汁ドリンク）の企画案をお送りします。

・期間：9月15日〜10月31日
・内容：浄水器購入者に青汁ドリンク1か月分をプレゼント
・販促物：店頭POP、チラシ、ECバナー
・費用分担：販促物 当社、景品 貴社（原価ベース）

来週の打合せで詳細を詰めさせてください。
{sig_b("honda")}""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="宛先 kitaguni-foods.com は取引先 kitaguni-foods.co.jp の TLD 違い：類似ドメイン",
)

# 052 — pass: バナー制作依頼、ロゴPNG添付
add(
    sender=frm("honda"),
    to=["スタジオはこぶね 御中 <works@studio-hakobune.jp>"],
    subject="ECサイト用バナー制作のご依頼",
    charset="utf-8",
    body=f"""スタジオはこぶね
ご担当者様

はじめてご連絡いたします。日の出産業 営業企画部の本多と申します。
総渓広告の秋月様からご紹介いただきました。

ECサイト用のキャンペーンバナーを3サイズ（1200×628、1080×1080、728×90）で
お願いしたく、当社ロゴを添付いたします。ご予算は3サイズで15万円程度を想定しています。
お見積りをいただけますでしょうか。

{sig_a("honda")}""",
    attachments=[{"kind": "png", "name": "hinode_logo.png"}],
    expect="pass",
    note="制作依頼とロゴ画像：個人データなし",
)

# 053 — pass: 「カード番号をメールで送らないで」という案内
add(
    sender=frm("ashida"),
    to=["産業機器展 事務局 <seminar@expo-jimukyoku.jp>"],
    subject="Re: 有料セミナー 参加申込の件",
    charset="iso-2022-jp",
    body=f"""産業機器展 事務局 ご担当者様

日の出産業の芦田です。先日は代理でのお申込みについてご指摘いただき、申し訳ありませんでした。
今後、当社のお客様には次のとおりご案内いたします。

・参加費のお支払いは、事務局のクレジットカード決済ページから、ご本人が入力する
・カード番号や有効期限を、メールや電話で当社や事務局に伝えない
・決済ページが使えない場合は、事務局の請求書払い（銀行振込）を選ぶ

先日お送りしたメールは、当社側でも削除いたしました。
{sig_b("ashida")}""",
    expect="pass",
    note="クレジットカードの扱いについての言及だけで、番号は含まない",
)

# 054 — stop: 営業担当者別の実績・評価XLSXを外部コンサルへ
_ev = []
for i in range(8):
    p = person()
    _ev.append([f"H{18000 + rng.randint(100, 999)}", p["name"], rng.choice(["東京営業一課", "東京営業二課", "大阪支店", "名古屋支店"]),
                rng.randint(60, 190) * 1000, round(rng.uniform(72, 131), 1), rng.choice(["S", "A", "A", "B", "B", "C"]),
                rng.choice(["", "要面談", "育成計画あり", ""])])
add(
    sender=frm("nikaido"),
    to=["ネクストステージ・コンサルティング 柊様 <hiiragi@nextstage-c.co.jp>"],
    subject="営業インセンティブ制度見直し 基礎データ",
    charset="iso-2022-jp",
    body=f"""ネクストステージ・コンサルティング株式会社
柊様

お世話になっております。日の出産業の二階堂です。
インセンティブ制度の見直しにあたり、昨年度の担当者別実績と評価を添付いたします。
まずはサンプルとして8名分です。分布の傾向を見ていただければと思います。

{sig_a("nikaido")}""",
    attachments=[{"kind": "xlsx", "name": "担当者別実績_2024.xlsx",
                  "sheets": {"実績": [["2024年度 営業担当者別 実績・評価"], [],
                                      ["社員番号", "氏名", "所属", "売上(千円)", "達成率(%)", "評価", "備考"]] + _ev}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="社員8名の社員番号・氏名・実績・人事評価（従業員データ）を社外コンサルへ：人のリスト",
)

# 055 — pass: 英文の返信、連絡先リストは "On … wrote:" の引用の中だけ
_dl = []
for _ in range(6):
    p = person()
    _dl.append(f"> - {p['Roma']}, {rng.choice(['Sales', 'Service', 'Logistics'])}, +65 {rng.randint(8000, 9999)} {rng.randint(1000, 9999)}, {p['roma']}@pacrim-distribution.com")
add(
    sender=frm("kajiwara"),
    to=["Daniel Wong <daniel.wong@pacrim-distribution.com>"],
    subject="Re: Contacts for the dealer training",
    charset="utf-8",
    body=f"""Hi Daniel,

Thanks a lot. We have everything we need for the training in June.
I will send the agenda and the hotel details by the end of this week.

Best,
{sig_c("kajiwara")}
On Wed, Apr 23, 2025 at 4:41 PM Daniel Wong <daniel.wong@pacrim-distribution.com> wrote:
> Hi Naoto,
>
> Here are the six people from our side who will join the dealer training:
>
{chr(10).join(_dl)}
>
> Regards,
> Daniel
""",
    expect="pass",
    note="6名の連絡先は相手のメールの引用（On … wrote: と > 行）だけ：新たな個人データなし",
)

# 056 — pass: 誕生月クーポン施策（生年月日という語は出るがデータはない）
add(
    sender=frm("okonogi"),
    to=["早乙女 様 <saotome@pulse-mk.co.jp>"],
    subject="会員向け 誕生月クーポン施策のご相談",
    charset="utf-8",
    body=f"""早乙女様

小此木です。次の施策のご相談です。

会員登録時に任意でいただいている生年月日のうち「月」だけを使って、
誕生月の1日にカートリッジ10%OFFクーポンを配信したいと考えています。

・対象：メール配信に同意済みの会員（約18,000名）
・配信：毎月1日 10:00
・データ連携：当社の会員DBから「会員ID・誕生月・メール配信可否」のみ毎月抽出
・生年月日の年・日、氏名、住所は貴社に渡しません

配信システム側の設定が可能か、費用感を含めてご教示ください。
{sig_b("okonogi")}""",
    expect="pass",
    note="施策の相談で「生年月日」等の語が出るだけ、個人のデータは含まない",
)

# 057 — stop: 販促物手配で印刷会社・運送会社・デザイン会社の3社を To/Cc に
add(
    sender=frm("tsuda"),
    to=["錦印刷 営業部 茅野様 <chino@nishiki-insatsu.co.jp>"],
    cc=["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>", "スタジオはこぶね <works@studio-hakobune.jp>",
        f"本多 千尋 <{me('honda')}>"],
    subject="秋キャンペーン販促物 制作・配送スケジュールの共有",
    charset="iso-2022-jp",
    body=f"""錦印刷 茅野様
（cc：青葉運輸様、スタジオはこぶね様）

お世話になっております。日の出産業の津田です。
秋キャンペーンの販促物について、関係各社のスケジュールを一覧にしました。

　8/1　　デザイン入稿（スタジオはこぶね様 → 錦印刷様）
　8/8　　色校正（当社確認）
　8/22　 印刷・加工完了
　8/25　 錦印刷様 倉庫で集荷（青葉運輸様）
　8/27〜 代理店各社へ配送

ずれが出そうな場合は、全員宛てにご連絡いただけますと助かります。
{sig_b("tsuda")}""",
    expect="stop",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3社（錦印刷・青葉運輸・スタジオはこぶね）が To/Cc で互いに見える：3者以上",
)

# 058 — pass: 短い返信（署名に自分の携帯）
add(
    sender=frm("morishita"),
    to=["東海販売 営業部 浅香様 <asaka@tokai-hanbai.co.jp>"],
    subject="Re: 5月定例の時間変更",
    charset="iso-2022-jp",
    body=f"""浅香様

承知しました。5月定例は15:00開始に変更で問題ありません。
当日は私の携帯にご連絡いただければ対応します。

{sig_b("morishita")}
> 森下様
> 5月の定例ですが、14:00から15:00開始に変更させていただけないでしょうか。
> 浅香""",
    expect="pass",
    note="短い返信。携帯番号は送信者本人の署名のもの",
)

# 059 — pass: 地域・製品別の販売計画XLSX（担当欄は社内の営業名）
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    subject="下期 地域別販売計画（担当割り付け済み）",
    charset="utf-8",
    body=f"""加賀美様

宇佐美です。下期の地域別販売計画に当社の担当を割り付けた版をお送りします。
貴社側の担当欄をご記入のうえ、ご返送いただけますでしょうか。

{sig_b("usami")}""",
    attachments=[{"kind": "xlsx", "name": "下期_地域別販売計画.xlsx",
                  "sheets": {"地域別": [["2025年度下期 地域別販売計画"], ["単位：台"],
                                        ["地域", "製品", "10月", "11月", "12月", "1月", "2月", "3月", "当社担当", "貴社担当"],
                                        ["関東", "HAC-7200", 30, 32, 28, 20, 22, 40, "森下", ""],
                                        ["関東", "HAC-5100", 25, 25, 22, 18, 18, 30, "森下", ""],
                                        ["中部", "HAC-7200", 12, 14, 12, 8, 9, 18, "宇佐美", ""],
                                        ["中部", "HAC-5100", 10, 10, 9, 7, 7, 12, "宇佐美", ""],
                                        ["関西", "HAC-7200", 14, 15, 13, 9, 10, 20, "梶原", ""],
                                        ["関西", "HAC-5100", 11, 11, 10, 8, 8, 14, "梶原", ""]],
                             "前提": [["前提", "値"], ["新製品の出荷開始", "2025/07/01"], ["価格改定", "2025/07/01 +3%"]]}}],
    expect="pass",
    note="地域×製品の計画表で「担当」は社内の営業名だけ：人の記録ではない",
)

# 060 — stop: PDFに CONFIDENTIAL ヘッダーの価格表を海外代理店へ
add(
    sender=frm("morishita"),
    to=["Daniel Wong <daniel.wong@pacrim-distribution.com>"],
    subject="Distributor price list FY2025 H2",
    charset="utf-8",
    body=f"""Dear Daniel,

Please find attached our distributor price list for FY2025 H2.
The new prices apply to orders placed on or after July 1.

Best regards,
{sig_c("morishita")}""",
    attachments=[{"kind": "pdf", "name": "Distributor_PriceList_FY2025H2.pdf", "title": "Distributor Price List FY2025 H2",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.", "page_footer": "Do not distribute",
                  "lines": ["Distributor Price List FY2025 H2", "Prices in USD, FOB Yokohama", ""],
                  "table": [["Model", "List price", "Distributor price", "MOQ"],
                            ["HAC-5100", "8,900", "6,230", "10"], ["HAC-7200S", "9,800", "6,860", "10"],
                            ["HAC-7200M", "11,900", "8,330", "5"], ["HAC-7200L", "15,600", "10,920", "5"]]}],
    expect="stop",
    detectors=["confidential_marking"],
    note="添付PDFの各ページに「CONFIDENTIAL」の区分表示：社外へ",
)

# 061 — pass: アンケートで苦情のあった個人客（フリーメール）へ本人宛ての返信
add(
    sender=frm("okonogi"),
    to=["薬師寺 美咲 様 <misaki.yakushiji@yahoo.co.jp>"],
    subject="アンケートへのご回答ありがとうございました（日の出産業）",
    charset="iso-2022-jp",
    body=f"""薬師寺 美咲 様

このたびは当社の満足度アンケートにご回答いただき、誠にありがとうございました。
日の出産業 営業企画部の小此木と申します。

「交換用カートリッジが予定日に届かなかった」とのご指摘をいただき、大変申し訳ございません。
ご注文番号 EC-2503-118842 のカートリッジは、配送業者の手違いにより遅延しておりました。
本日再発送いたしましたので、明日中にはお届けできる見込みです。

お詫びのしるしとして、次回ご注文時にご利用いただける500円分のクーポンを
ご登録のアカウントに付与いたしました。今後ともよろしくお願い申し上げます。

{sig_a("okonogi")}""",
    expect="pass",
    detectors=["freemail_recipient"],
    note="個人客本人（フリーメール1件）への返信。注文番号のみで第三者の個人データなし",
)

# 062 — pass: 応募はがきの版下（記入欄だけ）を印刷会社へ
add(
    sender=frm("honda"),
    to=["錦印刷 営業部 茅野様 <chino@nishiki-insatsu.co.jp>"],
    subject="応募はがき 版下の文言確定",
    charset="utf-8",
    body=f"""茅野様

本多です。夏季キャンペーン応募はがきの文言が確定しましたので送ります。
裏面の記入欄は以下のとおりです（罫線のみで、サンプルの記入例は入れないでください）。

　お名前（フリガナ）：＿＿＿＿＿＿＿＿
　ご住所：〒＿＿＿－＿＿＿＿
　お電話番号：＿＿＿－＿＿＿＿－＿＿＿＿
　年代：□20代 □30代 □40代 □50代 □60代以上
　ご購入店舗名：＿＿＿＿＿＿＿＿

注記：「ご記入いただいた個人情報は、賞品の発送および当社からのご案内にのみ利用します。
マイナンバーや口座番号などはご記入いただく必要はありません。」

{sig_b("honda")}""",
    expect="pass",
    note="応募はがきの記入欄（空欄）と注記だけ：個人データは含まない",
)

# 063 — stop: 海外ゲスト2名の宗教上の食事制限を氏名つきでホテルへ
add(
    sender=frm("kajiwara"),
    to=["さくらホテル東京 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="懇親会 海外ゲストのお食事について",
    charset="utf-8",
    body=f"""さくらホテル東京 宴会予約ご担当様

日の出産業の梶原です。5/22の懇親会に、シンガポールの代理店から2名が参加されます。

・Ahmad Fauzi 様：イスラム教徒のため、ハラール対応のお料理をお願いします（アルコールも不可）
・Priya Raman 様：ヒンドゥー教のため、牛肉を使わないお料理をお願いします

お席はメインテーブルの隣（A-2卓）でお願いします。
{sig_b("kajiwara")}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の2名の宗教（信条）を氏名つきで社外へ：要配慮個人情報",
)

# 064 — pass: チラシの校正文（フリーダイヤル・店舗電話）
add(
    sender=frm("honda"),
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    subject="チラシ 初校の赤字",
    charset="shift_jis",
    body=f"""錦印刷 制作部 ご担当者様

日の出産業の本多です。初校を確認しました。赤字は以下です。

p1
・キャッチ「おいしい水を、毎日。」の「、」を削除
・価格「7,480円（税込）」の（税込）を価格と同じ行に

p2 お問い合わせ欄
・誤：0120-33-8010　→　正：0120-33-8100（日の出産業 お客様相談室）
・受付時間：平日 9:00〜17:30（土日祝・年末年始を除く）

p2 取扱店一覧（変更なし）
　ホームプラザ関東 浦和店　048-882-1190
　ホームプラザ関東 柏店　　04-7146-3321
　ホームプラザ関東 船橋店　047-431-8876
　ホームプラザ関東 川越店　049-226-5540
　ホームプラザ関東 宇都宮店　028-634-2215

再校は5/12（月）までにお願いします。
{sig_b("honda")}""",
    expect="pass",
    note="フリーダイヤルと取扱店舗の代表電話：会社・店舗の連絡先で個人データなし",
)

# 065 — pass: 製品別月次売上の旧形式XLS
add(
    sender=frm("sone"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="旧システムからの出力サンプル（xls）",
    charset="iso-2022-jp",
    body=f"""堀之内様

曽根です。旧販売管理システムから出力した月次売上のサンプルです。
旧システムは xls 形式でしか出せないため、この形式での取込みも対応いただけると助かります。

{sig_d("sone")}""",
    attachments=[{"kind": "xls", "name": "monthly_sales_sample.xls",
                  "sheets": {"売上": [["年月", "製品コード", "製品名", "数量", "売上金額"],
                                      ["2025/01", "HAC-5100", "業務用空調 5100", 38, 33820000],
                                      ["2025/01", "WP-300S", "浄水器 スリム", 1240, 6482000],
                                      ["2025/02", "HAC-5100", "業務用空調 5100", 41, 36490000],
                                      ["2025/02", "WP-300S", "浄水器 スリム", 1108, 5790000],
                                      ["2025/03", "HAC-5100", "業務用空調 5100", 66, 58740000],
                                      ["2025/03", "WP-300S", "浄水器 スリム", 1532, 8010000]]}}],
    expect="pass",
    note="製品別の月次売上（旧XLS）：個人データなし、読める添付",
)

# 066 — stop: 顧客企業のキーパーソン6名（直通・携帯・メール）のDOCXをパートナーへ
_kp = [["氏名", "部署", "役職", "直通", "携帯", "メール", "メモ"]]
for dept, title, memo in [("経営企画部", "部長", "決裁者"), ("設備部", "課長", "技術面の窓口"), ("設備部", "主任", "日常の窓口"),
                          ("購買部", "部長", "価格交渉"), ("購買部", "担当", "発注事務"), ("総務部", "課長", "工事日程の調整")]:
    p = person()
    _kp.append([p["name"], dept, title, landline("048"), mobile(), f"{p['roma2']}@toho-seiki.co.jp", memo])
add(
    sender=frm("tsuda"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="東邦精機様 アカウントプラン（キーパーソン一覧）",
    charset="utf-8",
    body=f"""堀之内様

津田です。東邦精機様の共同提案に向けて、当社のアカウントプランから
キーパーソン一覧を抜き出したものを添付します。
役割分担の議論に使ってください。

{sig_b("tsuda")}""",
    attachments=[{"kind": "docx", "name": "東邦精機_キーパーソン.docx",
                  "paragraphs": ["東邦精機株式会社 アカウントプラン（抜粋）", "キーパーソン一覧"],
                  "tables": [_kp]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="顧客企業の担当者6名の氏名・直通・携帯・メールのDOCX表を社外へ：5名以上の人のリスト",
)

# 067 — pass: 販促企画書DOCX（創業日の和暦あり）
add(
    sender=frm("honda"),
    to=["総渓広告 秋月様 <akizuki@sokei-ad.co.jp>"],
    subject="創業60周年キャンペーン 企画書（ドラフト）",
    charset="iso-2022-jp",
    body=f"""秋月様

お世話になっております。本多です。
創業60周年キャンペーンの企画書ドラフトをお送りします。
コピー案を3〜4案いただけますと幸いです。

{sig_b("honda")}""",
    attachments=[{"kind": "docx", "name": "60周年キャンペーン企画書_draft.docx", "title": "創業60周年キャンペーン企画書",
                  "paragraphs": ["創業60周年キャンペーン 企画書（ドラフト）",
                                 "背景：当社は昭和40年5月1日に東京・日本橋で創業し、2025年5月1日に創業60周年を迎える。",
                                 "目的：ブランド認知の向上と既存顧客への感謝の表明。",
                                 "期間：2025年5月1日〜2025年9月30日",
                                 "施策：①記念ロゴの制定 ②抽選で60名様にプレゼント ③代理店向け記念販促キット"],
                  "tables": [[["施策", "予算(千円)", "担当"], ["記念ロゴ", "1,500", "広告代理店"],
                              ["プレゼント", "3,000", "販促グループ"], ["販促キット", "4,200", "販促グループ"]]]}],
    expect="pass",
    note="企画書。和暦の日付は会社の創業日で生年月日ではない",
)

# 068 — pass: 代理店向けの個人情報取扱いルールの周知（データなし）
add(
    sender=frm("kajiwara"),
    to=["関東設備 営業本部 <sales@kanto-setsubi.jp>"],
    subject="見込み客情報の取扱いについて（お願い）",
    charset="iso-2022-jp",
    body=f"""関東設備株式会社
営業本部 御中

いつもお世話になっております。日の出産業の梶原です。
今後、当社から見込み客をご紹介する際の個人情報の取扱いについてお願いがございます。

1. ご紹介は、ご本人の同意を得た方に限ります
2. ご紹介の連絡は1件ずつ行い、複数名の一覧をメールでお送りすることはしません
3. いただいた情報は営業活動の目的にのみご利用ください
4. 成約・失注にかかわらず、6か月経過後は削除をお願いします
5. 漏えい等が発生した場合は、直ちに当社までご連絡ください

ご不明点があれば私までお問い合わせください。
{sig_a("kajiwara")}""",
    expect="pass",
    note="個人情報の取扱いルールの周知文で、個人データは含まない",
)

# 069 — stop: 錦印刷の i を l にした宛先（nishiki-lnsatsu.co.jp）
add(
    sender=frm("tsuda"),
    to=["錦印刷 営業部 茅野様 <chino@nishiki-lnsatsu.co.jp>"],
    subject="Re: 60周年 記念グッズのお見積り",
    charset="iso-2022-jp",
    body=f"""茅野様

お世話になっております。津田です。
記念グッズのお見積りありがとうございました。以下の数量で発注したいと思います。

・記念クリアファイル　3,000枚
・記念ボールペン　　　2,000本
・ノベルティ用紙袋　　1,500枚

請求先・納品先は前回と同じでお願いします。
{sig_b("tsuda")}""",
    expect="stop",
    detectors=["lookalike_domain"],
    note="宛先 nishiki-lnsatsu.co.jp は取引先 nishiki-insatsu.co.jp の i→l（ホモグリフ）",
)

# 070 — pass: 代理店会議のスライド（区分表示なし）
add(
    sender=frm("kajiwara"),
    to=["瀬戸内機器 営業企画 門脇様 <kadowaki@setouchi-kiki.co.jp>"],
    subject="日の出会 当日投影資料",
    charset="utf-8",
    body=f"""門脇様

梶原です。日の出会で投影する資料をお送りします。
当日ご欠席の有馬様にもご共有いただいて問題ありません。

{sig_b("kajiwara")}""",
    attachments=[{"kind": "pptx", "name": "日の出会2025_投影資料.pptx", "page_footer": "© 2025 Hinode Sangyo Co., Ltd.",
                  "slides": [["2025年度 日の出会", "日の出産業株式会社", "2025年5月22日"],
                             ["2024年度 販売実績", "全国計 3,842百万円（前年比 104.6%）", "代理店経由比率 34.8%"],
                             ["2025年度 販売方針", "HAC-7200 の早期立ち上げ", "保守契約のストック化", "販促支援メニューの拡充"],
                             ["優秀代理店表彰", "最優秀賞：瀬戸内機器株式会社", "優秀賞：東海販売株式会社、北陸商事株式会社"]]}],
    expect="pass",
    note="代理店会議の投影資料（著作権表示のみで区分表示なし）：個人データなし",
)

# 071 — pass: パンフレットPDF2点のZIP（暗号化なし）
add(
    sender=frm("honda"),
    to=["北海道機器 販売課 <hanbai@hokkaido-kiki.co.jp>"],
    subject="店頭用パンフレット データ一式",
    charset="iso-2022-jp",
    body=f"""北海道機器株式会社
販売課 御中

日の出産業の本多です。店頭で印刷してお使いいただけるパンフレットのデータを
ZIPにまとめてお送りします（パスワードはかけていません）。

{sig_b("honda")}""",
    attachments=[{"kind": "zip", "name": "pamphlets_2025summer.zip",
                  "files": [{"kind": "pdf", "name": "WP-300_pamphlet.pdf",
                             "lines": ["家庭用浄水器 WP-300 シリーズ", "蛇口直結型・スリム", "希望小売価格 7,480円（税込）"]},
                            {"kind": "pdf", "name": "HAC-7200_leaflet.pdf",
                             "lines": ["業務用空調ユニット HAC-7200", "年間消費電力 約15%削減", "お問い合わせ 0120-33-8100"]}]}],
    expect="pass",
    note="暗号化していないZIPの中身はパンフレットPDFだけ：検査でき、個人データなし",
)

# 072 — stop: キャンペーン当選者8名の住所・電話CSVをZIPで発送代行へ
_win = []
for i in range(8):
    p = person()
    z, a = split_addr(address())
    _win.append([f"A{i + 1:03d}", p["name"], p["kana"], z, a, rng.choice([mobile(), landline()]), rng.choice(["A賞 浄水器", "B賞 カートリッジ1年分"])])
add(
    sender=frm("honda"),
    to=["錦印刷 発送センター <hassou@nishiki-insatsu.co.jp>"],
    subject="春キャンペーン 当選者への賞品発送データ",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 発送センター御中

お世話になっております。日の出産業の本多です。
春キャンペーンの当選者への賞品発送をお願いします。発送データをZIPで添付します。
発送完了後、送り状番号をご連絡ください。

{sig_b("honda")}""",
    attachments=[{"kind": "zip", "name": "tousensha_hassou.zip",
                  "files": [{"kind": "csv", "name": "当選者リスト.csv", "encoding": "cp932",
                             "rows": [["当選番号", "氏名", "フリガナ", "郵便番号", "住所", "電話", "賞品"]] + _win}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP内のCSVに当選者8名の氏名・住所・電話：人のリストを社外へ（委託先でも止める）",
)

# 073 — pass: 担当者別の実績を社内（サブドメイン）の営業マネージャーへ
_ev2 = "\n".join(f"{r[1]:　<8}{r[2]:　<8}{r[3]:>9,}  {r[4]:>6}%  {r[5]}" for r in _ev)
add(
    sender=frm("sone"),
    to=["営業マネージャー会議 <sales-mgr@mail.hinode-sangyo.co.jp>"],
    subject="担当者別 実績・評価一覧（マネージャー会議資料）",
    charset="utf-8",
    body=f"""マネージャー各位

曽根です。明日のマネージャー会議用に、担当者別の実績・評価一覧を送ります。

氏名　　　　所属　　　　　　 売上(千円)  達成率  評価
{_ev2}

評価の最終確定は人事と調整のうえ来週になります。
{sig_d("sone")}""",
    expect="pass",
    entities=["PERSON_NAME"],
    note="社員8名の実績・評価だが宛先は社内（mail.hinode-sangyo.co.jp）だけ",
)

# 074 — pass: PPAPのパスワード通知メール（添付なし）
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    subject="【パスワード通知】商談記録（4月分）送付",
    charset="iso-2022-jp",
    body=f"""加賀美様

先ほどお送りしたファイルのパスワードをお知らせします。

　ファイル名：商談記録_202504.zip
　パスワード：Hn7#q2Lx

次回からは当社の共有ストレージでのお渡しに切り替える予定です。

{sig_b("usami")}""",
    expect="pass",
    note="パスワード通知だけのメール（添付なし）：個人データも区分表示もない",
)

# 075 — stop: パスワード保護PDFの見積書を新規顧客へ
add(
    sender=frm("tsuda"),
    to=["浪速精工 購買部 <kobai@naniwa-seiko.co.jp>"],
    subject="お見積書送付の件（空調更新工事）",
    charset="iso-2022-jp",
    body=f"""浪速精工株式会社
購買部 御中

お世話になっております。日の出産業の津田です。
ご依頼いただいた空調更新工事のお見積書をお送りします。
PDFにはパスワードを設定しております。パスワードは担当営業よりお電話でお伝えします。

{sig_a("tsuda")}""",
    attachments=[{"kind": "pdf", "name": "御見積書_NS-2504-033.pdf", "password": "naniwa0425",
                  "lines": ["御見積書", "浪速精工株式会社 御中", "見積番号 NS-2504-033",
                            "業務用空調ユニット HAC-7200M ×8台　工事一式", "合計 14,960,000円（税込）"]}],
    expect="stop",
    detectors=["unscannable_attachment"],
    note="パスワード保護（暗号化）されたPDF：中身を検査できない添付",
)

# 076 — pass: 「極秘」表示の中期計画PPTXを社内の経営会議メンバーへ
add(
    sender=frm("nikaido"),
    to=["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    cc=[f"森下 俊介 <{me('morishita')}>"],
    subject="中期販売計画（2026-2028）経営会議資料",
    charset="iso-2022-jp",
    body=f"""経営会議メンバー各位

営業企画部の二階堂です。来週の経営会議で審議いただく中期販売計画の資料です。
事前にご一読ください。

{sig_d("nikaido")}""",
    attachments=[{"kind": "pptx", "name": "中期販売計画_2026-2028.pptx", "page_footer": "極秘　経営会議資料",
                  "slides": [["中期販売計画 2026-2028", "営業企画部"],
                             ["売上目標", "2026年度 4,200百万円", "2027年度 4,650百万円", "2028年度 5,100百万円"],
                             ["主要施策", "海外代理店網の拡大（ASEAN 3か国）", "保守ストック売上比率 30%", "M&A による販路獲得の検討"]]}],
    expect="pass",
    note="「極秘」表示の資料だが宛先は全員社内",
)

# 077 — pass: 社員の入院（病名）を社内の管理職だけに連絡
add(
    sender=frm("morishita"),
    to=["営業部 課長会 <eigyo-kacho@hinode-sangyo.co.jp>"],
    subject="桐生さんの担当案件の引継ぎについて",
    charset="iso-2022-jp",
    body=f"""課長各位

森下です。営業二課の桐生 隆之さんが、先週末に脳梗塞で入院されました。
命に別状はないものの、復帰まで2〜3か月かかる見込みとのことです。
ご家族の意向もあり、詳しい病状は社内でも課長職までにとどめてください。

桐生さんの担当案件（12件）は、当面以下のとおり引き継ぎます。
　・東邦精機、丸高工業：津田
　・その他10件：二課で分担（別途一覧を送ります）

代理店・お客様には「しばらく担当が不在になるため」とだけお伝えください。

森下
{sig_d("morishita")}""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="社員1名の病名・入院（要配慮）だが宛先は社内の課長会だけ",
)

# 078 — stop: 札幌支店からの見込み客（1件1ブロック×5件）を代理店へ転送
_blk = []
for i in range(5):
    p = person()
    _blk.append(f"【{i + 1}】\nお名前：{p['name']}（{p['kana']}）\nご住所：{address()}\nTEL：{rng.choice([mobile(), landline('011')])}\n"
                f"メール：{freemail(p)}\nメモ：{rng.choice(['ビルトイン型希望、6月リフォーム', '2台検討中', '見積依頼あり', '実機を見たい'])}")
add(
    sender=frm("kajiwara"),
    to=["北海道機器 販売課 <hanbai@hokkaido-kiki.co.jp>"],
    subject="FW: 札幌ショールーム 4月来場者（要フォロー）",
    charset="utf-8",
    body=f"""北海道機器 販売課 御中

梶原です。札幌支店から届いた来場者情報を転送します。
道内のお客様ですので、貴社でフォローをお願いできますでしょうか。

---------- Forwarded message ---------
From: 札幌支店 営業 <sapporo-eigyo@mail.hinode-sangyo.co.jp>
Date: 2025年4月22日(火) 17:48
Subject: 札幌ショールーム 4月来場者（要フォロー）
To: 梶原 直人 <kajiwara.n@hinode-sangyo.co.jp>

梶原さん

4月の札幌ショールーム来場者で、フォローが必要な方です。

{chr(10).join(_blk)}

以上5件です。よろしくお願いします。
札幌支店 営業課
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="転送（FW）で社内メール中の個人客5名の住所・電話・メールを社外の代理店へ：転送分は新たな送信",
)

# 079 — pass: 相手の内覧会スタッフ5名の携帯は「差出人／送信日時」以下の引用だけ
_stf = "\n".join(f"　{person()['name']}　{mobile()}" for _ in range(5))
add(
    sender=frm("kajiwara"),
    to=["瀬戸内機器 営業企画 門脇様 <kadowaki@setouchi-kiki.co.jp>"],
    subject="RE: 岡山内覧会 当日スタッフ",
    charset="iso-2022-jp",
    body=f"""門脇様

ご連絡ありがとうございます。当社からは梶原と津田の2名が参加します。
当日の集合は9:00、会場入口でお願いいたします。

梶原

差出人: 門脇 圭佑 <kadowaki@setouchi-kiki.co.jp>
送信日時: 2025年4月25日 9:14
宛先: 梶原 直人 <kajiwara.n@hinode-sangyo.co.jp>
件名: 岡山内覧会 当日スタッフ

梶原様

7/5の岡山内覧会、当社のスタッフは以下の5名です。当日の連絡用に携帯も記載します。

{_stf}

よろしくお願いします。
門脇
""",
    expect="pass",
    note="5名の携帯は返信先のメールの引用（差出人：…送信日時：…以下）だけ：新たな送信なし",
)

# 080 — pass: 海外の新規パートナーへ英文、NDA締結の話
add(
    sender=frm("morishita"),
    to=["Sofia Lindqvist <sofia.lindqvist@lumen-trade.com>"],
    subject="Next steps: mutual NDA before sharing the market data",
    charset="utf-8",
    body=f"""Dear Ms. Lindqvist,

Thank you for the productive meeting in Tokyo last week.

Before we share our sales data for the Nordic market study, our legal department asks that we
sign a mutual non-disclosure agreement. Our counsel at Shirakawa Law Office will send you the
draft NDA by Friday. Once it is signed, we will share the aggregated sales figures by model and
by quarter (no customer names).

Please let me know if your side prefers to use your own NDA template instead.

Kind regards,
{sig_c("morishita")}{DISCLAIMER_EN}""",
    expect="pass",
    note="NDA締結についての英文メールと定型免責文：区分表示でも個人データでもない",
)

# 081 — stop: 景品（レンタカー）当選者の運転免許証番号をレンタカー会社へ
_lic = f"30{rng.randint(10, 19)}{rng.randint(100000, 999999)}{rng.randint(0, 9)}0"
add(
    sender=frm("honda"),
    to=["ほしぞらレンタカー 法人営業 <hojin@hoshizora-rentacar.co.jp>"],
    subject="60周年キャンペーン 特賞（レンタカー1週間）当選者の事前登録",
    charset="iso-2022-jp",
    body=f"""ほしぞらレンタカー株式会社
法人営業ご担当者様

お世話になっております。日の出産業の本多です。
60周年キャンペーン特賞の当選者について、事前登録に必要な情報をお送りします。

　氏名：御手洗 光太郎 様
　生年月日：{wareki(1)}
　運転免許証番号：{_lic}
　免許証の色：ゴールド
　連絡先：{mobile()}
　ご利用希望：8月9日〜8月16日、新千歳空港営業所

ご本人には貴社からのご連絡がある旨お伝えしております。
{sig_b("honda")}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="当選者1名の運転免許証番号（本人確認書類の番号）を社外へ",
)

# 082 — pass: 取引先の正規のサブドメイン（sales.kawasaki-denki.co.jp）
add(
    sender=frm("usami"),
    to=["川崎電機 営業推進部 <suishin@sales.kawasaki-denki.co.jp>"],
    subject="販売店向け説明会 会場の件",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
営業推進部 御中

お世話になっております。日の出産業の宇佐美です。
6月の販売店向け説明会ですが、会場は当社日本橋本社7F大会議室（最大80名）を確保しました。
プロジェクター・マイクは当社で用意いたします。

出席予定人数が固まりましたら、6月2日までにご連絡ください。
{sig_b("usami")}""",
    expect="pass",
    note="宛先は取引先ドメインの正規のサブドメイン：類似ドメインではない",
)

# 083 — pass: 社名が似ているだけの別会社（日の出建設）への提案日程
add(
    sender=frm("tsuda"),
    to=["日の出建設 工務部 <komu@hinode-kensetsu.co.jp>"],
    subject="新社屋 空調設備のご提案日程",
    charset="iso-2022-jp",
    body=f"""日の出建設株式会社
工務部 御中

お世話になっております。日の出産業の津田です。
同じ「日の出」のご縁で先日ご紹介いただいた、新社屋の空調設備のご提案について、
以下の日程でお伺いできればと存じます。

　5月20日（火）10:00〜
　5月21日（水）15:00〜

ご都合をお知らせいただけますと幸いです。
{sig_a("tsuda")}""",
    expect="pass",
    note="hinode-kensetsu.co.jp は社名が一部同じ別会社で、自社・取引先ドメインの綴り違いではない",
)

# 084 — pass: 代理店別売上のCSV（会社単位）
_agr = [["代理店コード", "代理店名", "年月", "売上(円)", "前年同月(円)"]]
for code, (n, _, _) in zip(range(101, 111), _ag):
    base = rng.randint(15, 90) * 1000000
    _agr.append([f"AG{code}", n, "2025/04", base + rng.randint(0, 999) * 1000, base + rng.randint(-5000, 5000) * 1000])
add(
    sender=frm("sone"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="代理店別売上 取込テスト用CSV",
    charset="utf-8",
    body=f"""堀之内様

曽根です。ダッシュボードの代理店別ビューの取込テスト用CSVです（4月分・10社）。
文字コードは UTF-8（BOMなし）にしています。

{sig_d("sone")}""",
    attachments=[{"kind": "csv", "name": "agency_sales_202504.csv", "encoding": "utf-8", "rows": _agr}],
    expect="pass",
    note="代理店（会社）別の売上CSV：個人データなし",
)

# 085 — stop: 個人代理店5名の振込口座が入った社内メールを添付（.eml）して銀行へ
_bk = []
for _ in range(5):
    p = person()
    _bk.append(f"{p['name']}　{rng.choice(['みどり銀行', 'さくら信用金庫', 'ひかり銀行'])} {rng.choice(['本店', '浦和支店', '金沢支店', '岡山駅前支店'])}"
               f"　普通　{rng.randint(1000000, 9999999)}　{p['kana']}")
add(
    sender=frm("ashida"),
    to=["みどり銀行 日本橋支店 法人担当 <nihonbashi-hojin@midori-ginko.co.jp>"],
    subject="総合振込（販売奨励金）の振込先について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 日本橋支店
法人担当 ご担当者様

いつもお世話になっております。日の出産業の芦田です。
今月から総合振込で個人代理店への販売奨励金をお支払いするにあたり、
振込先の登録についてご相談させてください。
経理から届いた振込先一覧のメールを添付しますので、登録方法をご教示ください。

{sig_b("ashida")}""",
    attachments=[{"kind": "eml", "name": "振込先一覧（個人代理店）.eml",
                  "message": {"sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
                              "to": [f"芦田 由佳 <{me('ashida')}>"],
                              "subject": "個人代理店 振込先一覧（5月支払分）",
                              "charset": "iso-2022-jp",
                              "body": "芦田さん\n\n5月支払分の個人代理店の振込先です。\n\n" + "\n".join(_bk)
                                      + "\n\n経理部 支払担当\n"}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="添付メール（.eml）に個人5名の氏名・口座番号：人のリストを社外（取引銀行でも）へ",
)

# 086 — pass: 記念品の見積依頼（見積番号・品番）
add(
    sender=frm("tsuda"),
    to=["錦印刷 営業部 茅野様 <chino@nishiki-insatsu.co.jp>"],
    subject="お見積りのお願い（代理店会議 配布物）",
    charset="shift_jis",
    body=f"""茅野様

いつもお世話になっております。津田です。
代理店会議の配布物について、お見積りをお願いします。

　① 会議資料 冊子（A4・中綴じ・32P・カラー）　80部
　② 記念クリアファイル（A4・3色）　100枚
　③ 封筒（角2・社名入り）　100枚

前回のお見積り（NS-24-0517）と同じ仕様で、数量だけ変わっています。
5月9日までにいただけますと助かります。

{sig_b("tsuda")}""",
    expect="pass",
    note="見積依頼（仕様・数量・過去の見積番号）：個人データなし",
)

# 087 — pass: アンケート調査票の案（健康に関する設問文はあるが回答はない）
add(
    sender=frm("okonogi"),
    to=["インサイトラボ 調査部 <research@insight-lab.co.jp>"],
    subject="次回アンケート 調査票案",
    charset="utf-8",
    body=f"""インサイトラボ ご担当者様

小此木です。次回（9月実施）のアンケートの調査票案を添付します。
Q8・Q9 は健康に関する設問なので、任意回答とし、回答しない選択肢を必ず入れてください。
設問の聞き方についてご意見をいただけますと助かります。

{sig_b("okonogi")}""",
    attachments=[{"kind": "docx", "name": "調査票案_202509.docx",
                  "paragraphs": ["家庭用浄水器に関するアンケート（案）",
                                 "Q1. 浄水器をお使いになって何年になりますか。",
                                 "Q2. 浄水器を選んだ理由を教えてください（複数回答可）。",
                                 "Q8. ご家族に、健康上の理由で飲み水に気をつけている方はいらっしゃいますか。（任意）",
                                 "Q9. （Q8で「いる」と回答した方）差し支えなければ、理由を教えてください。（任意・自由記述）",
                                 "Q10. 今後も当社製品を使い続けたいと思いますか。"],
                  "tables": [[["選択肢", "コード"], ["いる", "1"], ["いない", "2"], ["回答しない", "9"]]]}],
    expect="pass",
    note="調査票の設問文だけで回答（個人のデータ）は含まない",
)

# 088 — pass: 見込み案件を会社単位で共有（担当者名なし）
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    subject="下期の共同提案候補（6社）",
    charset="iso-2022-jp",
    body=f"""加賀美様

宇佐美です。下期の共同提案候補を会社単位でまとめました。
ご担当者のお名前・連絡先は、各社から了承をいただいてから個別にお伝えします。

・東邦精機（本社ビル空調更新）　　　　　　　規模：約48百万円　確度 B
・三和冷熱工業（工場増設）　　　　　　　　　規模：約30百万円　確度 C
・浪速精工（空調更新）　　　　　　　　　　　規模：約15百万円　確度 A
・北摂メディカルビル管理（フロア制御）　　　規模：約10百万円　確度 B
・南港冷蔵（冷蔵倉庫）　　　　　　　　　　　規模：約60百万円　確度 C
・京都精密工業（クリーンルーム）　　　　　　規模：約25百万円　確度 B

{sig_b("usami")}""",
    expect="pass",
    note="会社単位の案件一覧で担当者の個人データなし",
)

# 089 — stop: 正しい青葉運輸（To）に加えて Cc に aoba-unuy.co.jp（文字の入替え）
add(
    sender=frm("tsuda"),
    to=["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>"],
    cc=["青葉運輸 配車センター <haisha@aoba-unuy.co.jp>"],
    subject="8月の定期配送 便数追加のお願い",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
法人営業部 御中（cc：配車センター様）

お世話になっております。日の出産業の津田です。
秋キャンペーンの販促物配送のため、8月最終週の定期便を2便追加でお願いできますでしょうか。

　8/26（火）錦印刷 倉庫 → 関東・中部方面
　8/28（木）錦印刷 倉庫 → 関西・中四国方面

お見積りもあわせてお願いいたします。
{sig_b("tsuda")}""",
    expect="stop",
    detectors=["lookalike_domain", "multiple_external_domains"],
    note="Cc の aoba-unuy.co.jp は取引先 aoba-unyu.co.jp の文字入替え：類似ドメイン",
)

# 090 — pass: HTML＋テキストの日次売上速報（製品別）
add(
    sender=frm("sone"),
    to=["堀之内 様 <horinouchi@tsubasa-system.jp>"],
    subject="日次売上速報メールのレイアウト確認",
    charset="utf-8",
    body="""堀之内様

曽根です。自動配信する日次売上速報メールのレイアウト案です。
HTML版とテキスト版の両方をご確認ください。

日次売上速報 2025/04/24
HAC-7200  受注 3台   4,680千円
HAC-5100  受注 5台   4,450千円
WP-300S   出荷 214台  1,601千円
合計              10,731千円
""",
    html="""<html><body>
<p>堀之内様</p><p>曽根です。自動配信する日次売上速報メールのレイアウト案です。</p>
<h3>日次売上速報 2025/04/24</h3>
<table border="1"><tr><th>製品</th><th>区分</th><th>数量</th><th>金額(千円)</th></tr>
<tr><td>HAC-7200</td><td>受注</td><td>3</td><td>4,680</td></tr>
<tr><td>HAC-5100</td><td>受注</td><td>5</td><td>4,450</td></tr>
<tr><td>WP-300S</td><td>出荷</td><td>214</td><td>1,601</td></tr>
<tr><td colspan="3">合計</td><td>10,731</td></tr></table>
</body></html>""",
    expect="pass",
    note="製品別の日次売上（HTML＋テキスト）：個人データなし",
)

# 091 — pass: 誤送信ファイルの破棄依頼（添付なし）
add(
    sender=frm("kajiwara"),
    to=["関東設備 営業本部 <sales@kanto-setsubi.jp>"],
    subject="【お詫び】先ほどのメールの添付ファイルについて",
    charset="iso-2022-jp",
    body=f"""関東設備株式会社
営業本部 御中

日の出産業の梶原です。
先ほど「販売店向け説明会のご案内」でお送りしたメールに、誤って別件の社内資料を
添付してしまいました。大変申し訳ございません。
お手数ですが、添付ファイルを開かずに破棄していただけますでしょうか。
正しい案内資料は、このあと改めてお送りいたします。

{sig_b("kajiwara")}""",
    expect="pass",
    note="誤送信のお詫びと破棄依頼だけ（添付なし）",
)

# 092 — pass: 会議アジェンダのTXT（CP932）
add(
    sender=frm("kajiwara"),
    to=["北海道機器 販売課 <hanbai@hokkaido-kiki.co.jp>"],
    subject="北海道ブロック会議 アジェンダ",
    charset="shift_jis",
    body=f"""北海道機器 販売課 御中

梶原です。6/12の北海道ブロック会議のアジェンダをテキストで添付します。
追加したい議題があれば6/5までにお知らせください。

{sig_b("kajiwara")}""",
    attachments=[{"kind": "txt", "name": "agenda_0612.txt", "encoding": "cp932",
                  "text": "北海道ブロック会議 アジェンダ\n日時：6月12日（木）13:00〜16:00\n場所：北海道機器 札幌本社\n\n"
                          "1. 2024年度実績と2025年度目標（日の出産業）\n2. 冬季の保守需要への対応（北海道機器）\n"
                          "3. HAC-7200 寒冷地仕様の発売時期\n4. 販促物の配送スケジュール\n5. その他\n"}],
    expect="pass",
    note="アジェンダのテキスト添付（CP932）：個人データなし",
)

# 093 — either: 回答者属性（年代・性別・都道府県）と持病に触れた自由回答の一覧
_fc = [["No", "年代", "性別", "都道府県", "自由回答"]]
for i, c in enumerate(["水がおいしくなった", "カートリッジ代が高い",
                       "私自身が慢性腎臓病で塩分とカリウムを制限しているので、浄水後の成分表示がほしい",
                       "取付けが簡単だった", "特になし", "もう少し流量がほしい", "デザインが良い",
                       "子どもが喜んで水を飲む", "交換時期の通知が便利", "音が静か"]):
    _fc.append([i + 1, rng.choice(["30代", "40代", "50代", "60代", "70代以上"]), rng.choice(["男性", "女性"]),
                rng.choice(["東京都", "神奈川県", "埼玉県", "千葉県", "石川県"]), c])
add(
    sender=frm("okonogi"),
    to=["早乙女 様 <saotome@pulse-mk.co.jp>"],
    subject="アンケート自由回答（属性つき）",
    charset="utf-8",
    body=f"""早乙女様

小此木です。LPのお客様の声に使う候補として、自由回答を属性つきで送ります。
氏名や連絡先は付けていません。

{sig_b("okonogi")}""",
    attachments=[{"kind": "xlsx", "name": "自由回答_属性つき.xlsx", "sheets": {"自由回答": _fc}}],
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="氏名なしの回答行（年代・性別・都道府県）に本人の持病の記述：特定可能性が低く判断が分かれる",
)

# 094 — stop: 氏名のない回答者データ（メール・住所）をタブ区切りで調査会社へ
_nn = []
for i in range(7):
    p = person()
    z, a = split_addr(address())
    _nn.append(f"R{25040 + i * 7}\t{freemail(p)}\t{z}\t{a}\t{rng.choice(['30代', '40代', '50代', '60代'])}\t{rng.randint(1, 5)}")
add(
    sender=frm("sone"),
    to=["インサイトラボ 調査部 <research@insight-lab.co.jp>"],
    subject="追跡調査の対象者（再回答依頼の送付先）",
    charset="utf-8",
    body=f"""インサイトラボ ご担当者様

曽根です。追跡調査の対象者（満足度が1〜2だった方など）を抽出しました。
再回答依頼のメールと謝礼の郵送をお願いします。Excelから貼り付けたのでタブ区切りです。

受付番号\tメールアドレス\t郵便番号\t住所\t年代\t満足度
{chr(10).join(_nn)}

{sig_b("sone")}""",
    expect="stop",
    entities=["EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="氏名の列はないが7名分のメールアドレスと住所の記録を社外へ：人のリスト",
)

# 095 — pass: 代理店向け仕切価格表XLSX
add(
    sender=frm("usami"),
    to=["北海道機器 販売課 <hanbai@hokkaido-kiki.co.jp>"],
    subject="7月改定 代理店仕切価格表",
    charset="iso-2022-jp",
    body=f"""北海道機器株式会社
販売課 御中

お世話になっております。日の出産業の宇佐美です。
7月1日受注分から適用の代理店仕切価格表をお送りします。
寒冷地仕様（-C）は今回から価格表に追加しています。

{sig_a("usami")}""",
    attachments=[{"kind": "xlsx", "name": "代理店仕切価格表_202507.xlsx",
                  "sheets": {"業務用": [["代理店仕切価格表（2025年7月1日適用）"], ["単位：円（税抜）"],
                                        ["品番", "品名", "標準価格", "仕切価格", "仕切率"],
                                        ["HAC-5100", "業務用空調 5100", 890000, 623000, "70%"],
                                        ["HAC-7200S", "業務用空調 7200 S", 1280000, 896000, "70%"],
                                        ["HAC-7200M", "業務用空調 7200 M", 1560000, 1092000, "70%"],
                                        ["HAC-7200M-C", "同 寒冷地仕様", 1690000, 1183000, "70%"]],
                             "家庭用": [["品番", "品名", "標準価格", "仕切価格"],
                                        ["WP-300S", "浄水器 スリム", 6800, 4420], ["WP-300C", "カートリッジ2個", 3620, 2350],
                                        ["WP-500B", "ビルトイン", 36180, 23520]]}}],
    expect="pass",
    note="仕切価格表（品番・価格）：個人データなし",
)

# 096 — pass: 会場候補のホテル一覧（代表電話・所在地）をイベント会社へ
add(
    sender=frm("ashida"),
    to=["イベント企画 風 <info@event-kaze.co.jp>"],
    subject="来年度 日の出会 会場候補の件",
    charset="utf-8",
    body=f"""株式会社イベント企画風
ご担当者様

日の出産業の芦田です。来年度の代理店会議の会場候補をリストアップしました。
各会場の空き状況と概算のお見積りをお願いできますでしょうか。

会場名                    所在地                              代表電話        収容
さくらホテル東京          東京都千代田区丸の内1-8-2          03-3211-8800    120名
ホテル日本橋リバーサイド  東京都中央区日本橋箱崎町5-1        03-3668-2111    100名
横浜ベイグランドホテル    神奈川県横浜市西区みなとみらい2-3  045-221-7700    150名
名古屋栄コンベンション    愛知県名古屋市中区栄3-18-1         052-263-4400     90名
大阪梅田ホール            大阪府大阪市北区梅田2-5-25         06-6345-1199    130名

日程は2026年5月の第3〜4週（木・金）を希望しています。
{sig_b("ashida")}""",
    expect="pass",
    note="ホテル・会場（事業所）の所在地と代表電話の一覧：人のリストではない",
)

# 097 — pass: 1社の2名（To/Cc）と社内Ccの通常連絡
add(
    sender=frm("kajiwara"),
    to=["東海販売 営業部 浅香様 <asaka@tokai-hanbai.co.jp>"],
    cc=["東海販売 営業部 一ノ瀬様 <ichinose@tokai-hanbai.co.jp>", f"森下 俊介 <{me('morishita')}>"],
    subject="販売店向け勉強会（浜松）講師の件",
    charset="iso-2022-jp",
    body=f"""浅香様
（cc：一ノ瀬様、当社 森下）

お世話になっております。梶原です。
6月19日の浜松での販売店向け勉強会ですが、講師は当社技術部の者が担当いたします。
投影資料は6月12日までにお送りします。
会場のプロジェクターの接続端子（HDMI／VGA）を教えていただけますでしょうか。

{sig_b("kajiwara")}""",
    expect="pass",
    note="社外は1社（東海販売）の2名だけ：通常の業務連絡",
)

# 098 — pass: 商談記録、先方の名前は出るが個人データなし
add(
    sender=frm("usami"),
    to=["加賀美 徹 <kagami.t@kawasaki-denki.co.jp>"],
    subject="東邦精機様 商談メモ（4/23）",
    charset="utf-8",
    body=f"""加賀美様

宇佐美です。昨日の東邦精機様との商談メモを共有します。

・先方：購買部 長谷部部長、設備部 鬼頭課長
・本社ビル空調更新は、競合A社と当社（貴社制御盤込み）の2社相見積
・価格は A社より約5%高いが、保守体制の評価は当社が上とのこと
・長谷部部長から「制御盤の納期を短縮できるなら当社優位」とのコメント
・回答期限：5月16日

制御盤の納期短縮が可能か、貴社でご確認いただけますでしょうか。
{sig_b("usami")}""",
    expect="pass",
    note="商談メモで先方担当者の名前は出るが、連絡先などその人のデータはない",
)

# 099 — pass: 代理店会議の案内で感染症についての一般的な注意
add(
    sender=frm("kajiwara"),
    to=["瀬戸内機器 営業企画 門脇様 <kadowaki@setouchi-kiki.co.jp>"],
    subject="日の出会 ご出席にあたってのお願い",
    charset="iso-2022-jp",
    body=f"""門脇様

梶原です。日の出会のご出席にあたり、いくつかお願いがございます。

・季節性インフルエンザ等が流行しております。当日体調のすぐれない方は、無理をなさらず
　オンライン参加（URLは前日にお送りします）に切り替えていただいて構いません
・会場内に手指消毒液を設置しております
・懇親会で食事の配慮が必要な方は、5月12日までにお知らせください

ご協力のほど、よろしくお願いいたします。
{sig_b("kajiwara")}""",
    expect="pass",
    note="健康に関する一般的な注意で、特定の個人の情報ではない",
)

# 100 — pass: 販促物の届け先7店舗（店舗の住所・電話）を運送会社へ
add(
    sender=frm("tsuda"),
    to=["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>"],
    subject="店頭什器 配送先（ホームプラザ関東 7店舗）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
法人営業部 御中

お世話になっております。日の出産業の津田です。
浄水器の店頭什器（1店舗1台・約45kg）の配送をお願いします。配送先は以下の7店舗です。

・ホームプラザ関東 浦和店　〒336-0022 埼玉県さいたま市南区白幡4-2-11　048-882-1190　搬入 9:00〜10:00
・ホームプラザ関東 川越店　〒350-1123 埼玉県川越市脇田本町22-6　049-226-5540　搬入 9:00〜10:00
・ホームプラザ関東 柏店　〒277-0005 千葉県柏市柏1-3-8　04-7146-3321　搬入 8:30〜9:30
・ホームプラザ関東 船橋店　〒273-0005 千葉県船橋市本町5-7-2　047-431-8876　搬入 8:30〜9:30
・ホームプラザ関東 宇都宮店　〒320-0811 栃木県宇都宮市大通り3-1-9　028-634-2215　搬入 10:00〜11:00
・ホームプラザ関東 高崎店　〒370-0849 群馬県高崎市八島町58-1　027-322-7781　搬入 10:00〜11:00
・ホームプラザ関東 水戸店　〒310-0015 茨城県水戸市宮町1-4-20　029-224-3356　搬入 9:00〜10:00

各店舗とも、搬入口でバックヤードの担当者に声をおかけください。
{sig_a("tsuda")}""",
    expect="pass",
    note="配送先は店舗（事業所）で住所・電話は店舗の連絡先：人のリストではない",
)

# -- ids -------------------------------------------------------------------------------
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"eigyokikaku-{_i:03d}"
