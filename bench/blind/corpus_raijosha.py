"""来訪者・イベント来賓 (raijosha): mail of 日の出産業's 総務 desk and its colleagues about
visitors and event guests: visitor pre-registration for the 芝浦 head office and the 富士 /
北上 factories, instructions to the contracted security company (平和警備保障, 駿河警備) and
the building management companies (東洋ビルサービス, 千歳ビルマネジメント), guest lists for the
70th-anniversary reception, shareholder and family factory tours and neighbourhood open days,
hotel / bus / catering / printing arrangements for guests, ID and insurance checks at the
gate, incident reports of the security desk, and the ordinary mail of the same desk
(building notices, lost property, parcels, quotes, NDAs for visitors)."""

import random as _random
import unicodedata as _ud

from build import card_number, my_number

SEED = 66201

# -- invented people, places and companies (all fictional) --------------------------------

_SEI = [
    ("四十物", "あいもの", "Aimono"), ("百目鬼", "どうめき", "Domeki"), ("東海林", "しょうじ", "Shoji"),
    ("五月女", "そうとめ", "Sotome"), ("小鳥遊", "たかなし", "Takanashi"), ("九十九", "つくも", "Tsukumo"),
    ("月見里", "やまなし", "Yamanashi"), ("栗花落", "つゆり", "Tsuyuri"), ("纐纈", "こうけつ", "Koketsu"),
    ("十河", "そごう", "Sogo"), ("六車", "むぐるま", "Muguruma"), ("帯刀", "たてわき", "Tatewaki"),
    ("日下部", "くさかべ", "Kusakabe"), ("大豆生田", "おおまめうだ", "Omameuda"), ("廿楽", "つづら", "Tsuzura"),
    ("我妻", "わがつま", "Wagatsuma"), ("雑賀", "さいか", "Saika"), ("左右田", "そうだ", "Soda"),
    ("真栄城", "まえしろ", "Maeshiro"), ("知念", "ちねん", "Chinen"), ("阿久津", "あくつ", "Akutsu"),
    ("神保", "じんぼ", "Jimbo"), ("芳賀", "はが", "Haga"), ("鰐淵", "わにぶち", "Wanibuchi"),
    ("猪股", "いのまた", "Inomata"), ("蛭田", "ひるた", "Hiruta"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("御手洗", "みたらい", "Mitarai"), ("佐々木", "ささき", "Sasaki"),
    ("渡邊", "わたなべ", "Watanabe"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("伊藤", "いとう", "Ito"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"),
    ("藤原", "ふじわら", "Fujiwara"), ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"),
    ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("藤井", "ふじい", "Fujii"), ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"),
    ("太田", "おおた", "Ota"), ("岡本", "おかもと", "Okamoto"), ("松田", "まつだ", "Matsuda"),
    ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"), ("小野", "おの", "Ono"),
    ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("中野", "なかの", "Nakano"), ("今井", "いまい", "Imai"), ("河野", "こうの", "Kono"),
    ("工藤", "くどう", "Kudo"), ("四月一日", "わたぬき", "Watanuki"), ("一尺八寸", "かまつか", "Kamatsuka"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("釈迦堂", "しゃかどう", "Shakado"), ("舎人", "とねり", "Toneri"),
    ("東風谷", "こちや", "Kochiya"), ("鬼頭", "きとう", "Kito"), ("比嘉", "ひが", "Higa"),
    ("乙部", "おとべ", "Otobe"), ("嘉手納", "かでな", "Kadena"), ("宍戸", "ししど", "Shishido"),
    ("軍司", "ぐんじ", "Gunji"), ("及川", "おいかわ", "Oikawa"), ("千葉", "ちば", "Chiba"),
    ("昆", "こん", "Kon"), ("八重樫", "やえがし", "Yaegashi"), ("望月", "もちづき", "Mochizuki"),
]

_MEI = [
    ("翔太", "しょうた", "Shota"), ("美咲", "みさき", "Misaki"), ("健一", "けんいち", "Kenichi"),
    ("由美子", "ゆみこ", "Yumiko"), ("大輔", "だいすけ", "Daisuke"), ("彩", "あや", "Aya"),
    ("隆之", "たかゆき", "Takayuki"), ("千尋", "ちひろ", "Chihiro"), ("誠", "まこと", "Makoto"),
    ("恵理", "えり", "Eri"), ("浩二", "こうじ", "Koji"), ("陽菜", "ひな", "Hina"),
    ("拓海", "たくみ", "Takumi"), ("紗希", "さき", "Saki"), ("正樹", "まさき", "Masaki"),
    ("智子", "ともこ", "Tomoko"), ("和也", "かずや", "Kazuya"), ("遥", "はるか", "Haruka"),
    ("修", "おさむ", "Osamu"), ("奈々", "なな", "Nana"), ("俊介", "しゅんすけ", "Shunsuke"),
    ("麻衣", "まい", "Mai"), ("秀樹", "ひでき", "Hideki"), ("里穂", "りほ", "Riho"),
    ("康弘", "やすひろ", "Yasuhiro"), ("真由", "まゆ", "Mayu"), ("亮", "りょう", "Ryo"),
    ("佳奈", "かな", "Kana"), ("直人", "なおと", "Naoto"), ("優子", "ゆうこ", "Yuko"),
    ("勝也", "かつや", "Katsuya"), ("志保", "しほ", "Shiho"), ("伸吾", "しんご", "Shingo"),
    ("瑞穂", "みずほ", "Mizuho"), ("悠斗", "ゆうと", "Yuto"), ("綾乃", "あやの", "Ayano"),
    ("哲也", "てつや", "Tetsuya"), ("朋美", "ともみ", "Tomomi"), ("剛", "つよし", "Tsuyoshi"),
    ("桃子", "ももこ", "Momoko"), ("雅人", "まさと", "Masato"), ("早苗", "さなえ", "Sanae"),
]

_PLACES = [
    ("東京都", "世田谷区", "用賀", "158"), ("東京都", "江東区", "豊洲", "135"),
    ("東京都", "品川区", "東五反田", "141"), ("東京都", "大田区", "南雪谷", "145"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223"), ("神奈川県", "川崎市中原区", "木月", "211"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251"), ("埼玉県", "さいたま市浦和区", "岸町", "330"),
    ("千葉県", "船橋市", "本町", "273"), ("静岡県", "富士市", "今泉", "417"),
    ("静岡県", "富士市", "比奈", "417"), ("静岡県", "富士宮市", "宮町", "418"),
    ("静岡県", "沼津市", "大手町", "410"), ("静岡県", "静岡市葵区", "呉服町", "420"),
    ("岩手県", "北上市", "鬼柳町", "024"), ("岩手県", "北上市", "村崎野", "024"),
    ("岩手県", "花巻市", "東町", "025"), ("岩手県", "盛岡市", "大通", "020"),
    ("宮城県", "仙台市青葉区", "一番町", "980"), ("愛知県", "名古屋市中区", "錦", "460"),
    ("大阪府", "大阪市北区", "天満", "530"), ("福岡県", "福岡市博多区", "博多駅前", "812"),
    ("栃木県", "宇都宮市", "駒生町", "320"),
]

_KITAKAMI_LOCAL = [
    ("岩手県", "北上市", "鬼柳町", "024"), ("岩手県", "北上市", "村崎野", "024"),
    ("岩手県", "北上市", "二子町", "024"), ("岩手県", "北上市", "飯豊", "024"),
]

_COMPANIES = [
    ("大和精機株式会社", "yamato-seiki.co.jp"), ("東邦化成株式会社", "toho-kasei.co.jp"),
    ("南海マテリアル株式会社", "nankai-material.co.jp"), ("株式会社アルタ技研", "alta-giken.co.jp"),
    ("三ツ星電装株式会社", "mitsuboshi-denso.co.jp"), ("株式会社ハヤセ工業", "hayase-kogyo.co.jp"),
    ("北斗ロジテック株式会社", "hokuto-logitech.co.jp"), ("有限会社丸岡製作所", "maruoka-ss.co.jp"),
    ("株式会社オリオン計測", "orion-keisoku.co.jp"), ("信州プレシジョン株式会社", "shinshu-precision.co.jp"),
    ("株式会社蒼天テクノ", "soten-techno.jp"), ("瀬戸内ケミカル株式会社", "setouchi-chem.co.jp"),
    ("株式会社みなと設計", "minato-sekkei.co.jp"), ("関東ファスナー株式会社", "kanto-fastener.co.jp"),
]

_TITLES = ["部長", "課長", "主任", "係長", "担当", "取締役", "技術顧問", "マネージャー", "", "課長代理"]

_VIP = ["代表取締役社長", "取締役会長", "専務取締役", "常務取締役", "代表取締役", "取締役副社長",
        "顧問", "執行役員"]

_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp"]

_PLATE_AREAS = ["品川", "練馬", "横浜", "川崎", "富士山", "沼津", "岩手", "宮城", "足立", "湘南"]


def _rng(tag):
    return _random.Random(f"{SEED}-{tag}")


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def _zen(s):
    """ASCII digits and separators to full-width, as some people type them."""
    return str(s).translate(_ZEN)


def _wareki(y, m, d, style="kanji"):
    if (y, m, d) >= (2019, 5, 1):
        era, short, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return _zen(f"{era}{n}年{m}月{d}日")
    if style == "zenshort":
        return _zen(f"{short}{n}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{era}{n}年{m}月{d}日"


def _people(tag, n, company=None, places=None):
    """n invented people with contact details; the same tag always gives the same people."""
    r = _rng(tag)
    out, used = [], set()
    while len(out) < n:
        s, g = r.choice(_SEI), r.choice(_MEI)
        if s[0] in used:
            continue
        used.add(s[0])
        comp = company or r.choice(_COMPANIES)
        pref, city, town, zip3 = r.choice(places or _PLACES)
        if r.random() < 0.5:
            street = f"{r.randrange(1, 6)}丁目{r.randrange(1, 30)}番{r.randrange(1, 20)}号"
        else:
            street = f"{r.randrange(1, 9)}-{r.randrange(1, 40)}-{r.randrange(1, 25)}"
        if r.random() < 0.3:
            street += f" {r.choice(['コーポ', 'メゾン', 'ハイツ', 'グランシャリオ'])}" \
                      f"{r.choice(['桜', '若葉', '陽光', '翠'])}{r.randrange(1, 5)}0{r.randrange(1, 9)}"
        local = r.choice([f"{g[2]}.{s[2]}", f"{s[2]}.{g[2]}", f"{g[2][0]}-{s[2]}",
                          f"{s[2]}{g[2][0]}"]).lower()
        out.append(dict(
            sei=s[0], mei=g[0], name=f"{s[0]} {g[0]}", kana=f"{s[1]} {g[1]}",
            sei_kana=s[1], romaji=f"{g[2]} {s[2]}", roma_upper=f"{s[2].upper()} {g[2].upper()}",
            company=comp[0], domain=comp[1], title=r.choice(_TITLES),
            email=f"{local}@{comp[1]}",
            private_email=f"{s[2].lower()}{r.choice(['', '.', '_'])}{g[2].lower()}"
                          f"{r.randrange(10, 99)}@{r.choice(_FREEMAIL)}",
            mobile=f"0{r.choice('789')}0-{r.randrange(1000, 10000)}-{r.randrange(10000):04d}",
            zip=f"{zip3}-{r.randrange(10000):04d}",
            addr=f"{pref}{city}{town}{street}", pref=pref, city=city, town=town,
            dob=(r.randrange(1948, 2006), r.randrange(1, 13), r.randrange(1, 29)),
            plate=f"{r.choice(_PLATE_AREAS)} {r.choice(['300', '330', '500', '531', '580'])} "
                  f"{r.choice('あいうえかさすせたなはまやらわ')} "
                  f"{r.randrange(1, 99):>2}-{r.randrange(0, 100):02d}".replace("  ", " "),
        ))
    return out


def _w(s):
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in str(s))


def _table(header, rows, gap=2, rule="-"):
    """Columns padded with spaces under a header and a rule, as pasted from a viewer."""
    widths = [max(_w(r[i]) for r in [header] + rows) for i in range(len(header))]

    def line(r):
        return (" " * gap).join(str(c) + " " * (w - _w(c)) for c, w in zip(r, widths)).rstrip()

    return "\n".join([line(header), rule * (sum(widths) + gap * (len(widths) - 1))]
                     + [line(r) for r in rows])


def _ztable(header, rows):
    """Columns padded with full-width spaces (what 〇〇 typed in Word and pasted)."""
    widths = [max(_w(r[i]) for r in [header] + rows) for i in range(len(header))]

    def cell(c, w):
        pad = w - _w(c)
        return str(c) + "　" * (pad // 2) + " " * (pad % 2)

    def line(r):
        return "　".join(cell(c, w) for c, w in zip(r, widths)).rstrip()

    return "\n".join([line(header), "－" * ((sum(widths) + 2 * (len(widths) - 1)) // 2)]
                     + [line(r) for r in rows])


_DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。無断での転載・転送はご遠慮ください。"""

_DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

_CO = "日の出産業株式会社"
_HQ = "〒108-0023 東京都港区芝浦3-9-14 日の出芝浦ビル"
_FUJI = "〒417-0847 静岡県富士市比奈2150番地"
_KITAKAMI = "〒024-0002 岩手県北上市北工業団地5-8"

# -- senders and their signatures ----------------------------------------------------------

_SAEKI = "佐伯 真由美 <saeki.mayumi@hinode-sangyo.co.jp>"
_SIG_SAEKI = f"""
──────────────────────────
{_CO} 総務部 総務課
佐伯 真由美（さえき まゆみ）
{_HQ}
TEL 03-5442-7810（代表）／内線 2215
saeki.mayumi@hinode-sangyo.co.jp
──────────────────────────"""

_KAMOSHIDA = "鴨志田 隆 <kamoshida.takashi@hinode-sangyo.co.jp>"
_SIG_KAMOSHIDA = f"""
--
日の出産業株式会社
総務部 施設管理課  鴨志田 隆
{_HQ}
TEL: 03-5442-7822  FAX: 03-5442-7899"""

_MOCHIZUKI = "望月 健吾 <mochizuki.kengo@hinode-sangyo.co.jp>"
_SIG_MOCHIZUKI = f"""
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　富士工場　管理課
望月　健吾
{_FUJI}
ＴＥＬ：０５４５−３８−２２４１（直通）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

_KIKUCHI = "菊池 亜紀 <kikuchi.aki@hinode-sangyo.co.jp>"
_SIG_KIKUCHI = f"""
****************************************
日の出産業株式会社 北上工場 総務係
菊池 亜紀 (Kikuchi Aki)
{_KITAKAMI}
TEL 0197-66-3105 / FAX 0197-66-3199
****************************************"""

_MIURA = "三浦 彩花 <miura.ayaka@hinode-sangyo.co.jp>"
_SIG_MIURA = f"""
―――――――――――――――――――
日の出産業株式会社
広報・IR室　三浦 彩花
{_HQ}
TEL 03-5442-7860 ／ ir@hinode-sangyo.co.jp
―――――――――――――――――――"""

_ISURUGI = "石動 慎也 <isurugi.shinya@hinode-sangyo.co.jp>"
_SIG_ISURUGI = f"""
--------------------------------------------
日の出産業株式会社 営業本部 第二営業部
石動 慎也（いするぎ しんや）
{_HQ}
TEL 03-5442-7901  携帯 080-4471-2290（社用）
--------------------------------------------"""

_ONODERA = "小野寺 玲子 <onodera.reiko@hinode-sangyo.co.jp>"
_SIG_ONODERA = f"""
日の出産業株式会社 秘書室
小野寺 玲子
{_HQ}
TEL 03-5442-7801"""

_UKETSUKE = "本社受付 <uketsuke@hinode-sangyo.co.jp>"
_SIG_UKETSUKE = f"""
日の出産業株式会社 総務部 本社受付（担当：粟飯原）
{_HQ} 1F
TEL 03-5442-7800"""

_HASEBE = "長谷部 翔 <hasebe.sho@hinode-sangyo.co.jp>"
_SIG_HASEBE = f"""
--
長谷部 翔 / Sho Hasebe
日の出産業株式会社 情報システム部
TEL 03-5442-7950 (内線 4410)"""

_NISHINA = "仁科 悠 <nishina.yu@hinode-sangyo.co.jp>"
_SIG_NISHINA = f"""
==============================
日の出産業株式会社 人事部 採用グループ
仁科 悠
{_HQ}
TEL 03-5442-7840
=============================="""

_HIYAMA = "桧山 誠 <hiyama.makoto@hinode-sangyo.co.jp>"
_SIG_HIYAMA = f"""
日の出産業株式会社 経理部 経理課
桧山 誠（ひやま まこと）
TEL 03-5442-7880 ／ 内線 3312"""

_HOSHINA = "保科 亮 <hoshina.ryo@hinode-sangyo.co.jp>"
_SIG_HOSHINA = f"""
―――
日の出産業株式会社 富士工場 安全衛生課
保科 亮
{_FUJI}
TEL 0545-38-2260"""

_USAMI = "宇佐美 奈央 <usami.nao@hinode-sangyo.co.jp>"
_SIG_USAMI = f"""
▼▼▼▼▼▼▼▼▼▼▼▼▼▼▼▼▼▼▼▼
日の出産業株式会社 経営企画部
創立70周年記念事業 事務局　宇佐美 奈央
{_HQ}
TEL 03-5442-7888 ／ 70th@hinode-sangyo.co.jp
▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲"""

_ICHINOSE = "Ken Ichinose <ichinose.ken@hinode-sangyo.co.jp>"
_SIG_ICHINOSE = """
Best regards,

Ken Ichinose
International Sales Dept.
Hinode Sangyo Co., Ltd.
3-9-14 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Tel: +81-3-5442-7915"""

_BOUSAI = "本社ビル防災センター <bousai-center@hinode-sangyo.co.jp>"

MESSAGES = []

# == 001-025 ================================================================================

_v = _people("001", 7)
_slots = [("10/13(火)", "10:00"), ("10/13(火)", "14:30"), ("10/14(水)", "09:30"),
          ("10/14(水)", "13:00"), ("10/15(木)", "15:00"), ("10/16(金)", "10:30"),
          ("10/16(金)", "16:00")]
MESSAGES.append({
    "id": "raijosha-001",
    "sender": _SAEKI,
    "to": ["鹿野 隊長 <shibaura-tai@heiwa-keibi.co.jp>"],
    "subject": "【来訪予定】10/13(火)〜10/16(金) 本社来訪者一覧",
    "charset": "utf-8",
    "body": f"""平和警備保障株式会社
芝浦隊 隊長 鹿野様

いつもお世話になっております。日の出産業 総務課の佐伯です。
来週（10/13〜10/16）の本社来訪者を下記のとおりお知らせいたします。
車両でお越しの方は地下駐車場（B1 来客用3台分）へご誘導をお願いします。
当日の変更は受付（内線2200）からご連絡いたします。

{_table(["日付", "時刻", "会社名", "氏名", "携帯", "車両"],
        [[d, t, p["company"], p["name"], p["mobile"], p["plate"] if i % 3 == 0 else "電車"]
         for i, ((d, t), p) in enumerate(zip(_slots, _v))])}

※面会者は各部署から受付システムに登録済みです。
以上、よろしくお願いいたします。
{_SIG_SAEKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7 visitors with mobile numbers in a padded table, sent to the external security company",
})

_v = _people("002", 12)
_hosts = ["営業2部 石動", "技術部 舟橋", "購買部 大塚", "経営企画 宇佐美", "人事部 仁科",
          "品証部 椎名", "営業1部 柿沼", "技術部 舟橋", "総務課 佐伯", "法務 三上", "購買部 大塚",
          "情シス 長谷部"]
_hh = ["09:00", "09:30", "10:00", "10:00", "11:00", "13:00", "13:30", "14:00", "14:00", "15:00",
       "16:00", "17:00"]
MESSAGES.append({
    "id": "raijosha-002",
    "sender": _UKETSUKE,
    "to": [_BOUSAI],
    "cc": ["総務課 <soumu-ka@hinode-sangyo.co.jp>"],
    "subject": "本日の来館予定（10月20日）",
    "charset": "iso-2022-jp",
    "body": "防災センター 各位\n\nおはようございます。受付の粟飯原です。\n"
            "本日の来館予定をお送りします（システムから貼り付け、タブ区切り）。\n\n"
            + "No\t予定\t会社名\t氏名\t面会者\t携帯\n"
            + "\n".join(f"{i + 1}\t{t}\t{p['company']}\t{p['name']}\t{h}\t{p['mobile']}"
                        for i, (t, h, p) in enumerate(zip(_hh, _hosts, _v)))
            + "\n\n13:30の方は2名でのご来館に変更になったそうです（お一人は当日記帳）。\n"
              "よろしくお願いします。\n" + _SIG_UKETSUKE + "\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "12 visitors with mobiles, but reception to the in-house disaster-control centre only: all internal",
})

_bus1 = _people("003a", 22)
_bus2 = _people("003b", 18)
_kubun = ["大人", "大人", "小学生", "未就学", "大人", "中学生"]


def _bus_rows(ppl, tag):
    r = _rng(tag)
    rows = []
    for i, p in enumerate(ppl):
        k = "大人" if i == 0 else r.choice(_kubun)
        rows.append([i + 1, p["name"], p["kana"], k, p["mobile"] if k == "大人" else "（同上）",
                     r.choice(["富士駅北口", "新富士駅", "吉原中央駅"])])
    return rows


MESSAGES.append({
    "id": "raijosha-003",
    "sender": _MOCHIZUKI,
    "to": ["大越様 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "11/7 ファミリー見学会 貸切バス乗車名簿の送付",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社
貸切バス営業所 大越様

お世話になっております。日の出産業 富士工場の望月です。
11月7日（土）ファミリー見学会の貸切バス2台の件、乗車名簿がまとまりましたので
添付にてお送りいたします。

・1号車 22名／2号車 18名
・乗車地ごとの人数はシート内「乗車地」列をご参照ください
・添乗は当社社員2名（緊急連絡先シート参照）

乗務員の方への共有をよろしくお願いいたします。
{_SIG_MOCHIZUKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "乗車名簿_ファミリー見学会_1107.xlsx",
        "sheets": {
            "1号車": [["令和8年11月7日（土） 富士工場ファミリー見学会 乗車名簿（1号車）"], [],
                     ["No", "氏名", "ふりがな", "区分", "携帯電話", "乗車地"]] + _bus_rows(_bus1, "003c"),
            "2号車": [["令和8年11月7日（土） 富士工場ファミリー見学会 乗車名簿（2号車）"], [],
                     ["No", "氏名", "ふりがな", "区分", "携帯電話", "乗車地"]] + _bus_rows(_bus2, "003d"),
            "緊急連絡先": [["添乗", "氏名", "携帯"], ["1号車", "望月 健吾", "080-4471-3308"],
                      ["2号車", "杉綾 美智", "080-4471-3312"]],
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "bus passenger lists (40 family members with mobiles) in an XLSX to the partner bus company",
})

MESSAGES.append({
    "id": "raijosha-004",
    "sender": _ISURUGI,
    "to": ["芳賀 様 <haga.t@yamato-seiki.co.jp>"],
    "subject": "10月22日（木）ご来社のご案内",
    "charset": "shift_jis",
    "body": f"""大和精機株式会社
調達部 芳賀様

いつも大変お世話になっております。
日の出産業の石動でございます。

10月22日（木）14:00 のご来社、誠にありがとうございます。
当日のご案内をお送りいたします。

■場所　　：本社ビル 7階 第3会議室
■受付　　：1階 正面受付にて「営業本部 石動と面会」とお伝えください。
　　　　　　入館証をお渡しします（身分証のご提示は不要です）。
■アクセス：JR田町駅 芝浦口より徒歩8分／都営三田線 三田駅 A4出口より徒歩10分
■お車　　：来客用駐車場は台数に限りがございます。
　　　　　　ご利用の際は前日までに車両ナンバーをお知らせください。

ご不明な点がございましたら、お気軽にお問い合わせください。
当日お目にかかれますことを楽しみにしております。
{_SIG_ISURUGI}
{_DISCLAIMER_JA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "visit guidance to one customer contact; only the addressee's name and the sender's signature",
})

MESSAGES.append({
    "id": "raijosha-005",
    "sender": _ONODERA,
    "to": ["宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "11/20 創立70周年記念祝賀会 ご来賓の配慮事項について",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宴会予約係
堀之内様

いつも大変お世話になっております。日の出産業 秘書室の小野寺でございます。
11月20日の祝賀会につきまして、ご来賓お一人について事前にご配慮をお願いしたく
ご連絡いたしました。

ご来賓：鰐淵 康弘 様（当社元常務取締役）
　鰐淵様は数年前の脊髄損傷の後遺症で下肢に障害があり、車椅子をご利用です。
　・正面玄関ではなく車寄せ側スロープからのご入館
　・会場内は出入口に近い卓（高さ調整可能なもの）をご用意ください
　・お手洗いは2階の多目的トイレをご案内いただけますと幸いです
　当日のご連絡先（ご本人携帯）：090-3318-5702

介助の方（奥様）もご同席になります。お席はお隣でお願いいたします。
何卒よろしくお願い申し上げます。
{_SIG_ONODERA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest's disability (spinal injury, wheelchair) sent to the hotel: 要配慮個人情報 of one person",
})

MESSAGES.append({
    "id": "raijosha-006",
    "sender": "富士工場 オープンファクトリー事務局 <open-factory@hinode-sangyo.co.jp>",
    "to": ["y.tsuzura1988@gmail.com", "hiruta_family@yahoo.co.jp", "kochiya.m@icloud.com",
           "sakura-mama.0412@docomo.ne.jp", "ryo-akutsu@outlook.jp", "k-shishido@ezweb.ne.jp"],
    "subject": "【当選のお知らせ】オープンファクトリー2026 富士工場見学",
    "charset": "utf-8",
    "body": """このたびは「オープンファクトリー2026 富士工場見学」にお申し込みいただき、
誠にありがとうございます。厳正なる抽選の結果、ご当選となりましたのでお知らせいたします。

【日時】2026年11月14日（土）13:00〜15:30（受付 12:30〜）
【集合】富士工場 正門横 見学者センター
【持ち物】本メール（印刷またはスマートフォン画面）、歩きやすい靴
【注意】工場内は撮影禁止です。小学生以下のお子さまは保護者の方と手をつないでご見学ください。

ご都合が悪くなった場合は、11月7日までに本メールへの返信でお知らせください。
皆さまのお越しを心よりお待ちしております。

日の出産業株式会社 富士工場 オープンファクトリー事務局
〒417-0847 静岡県富士市比奈2150番地
TEL 0545-38-2200（平日9:00〜17:00）
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "six private winners in To: each can see the others' addresses, should have been Bcc",
})

_v = _people("007", 8)
_q = _table(["日付", "会社名", "氏名", "携帯", "作業内容"],
            [[d, p["company"], p["name"], p["mobile"], w] for d, p, w in zip(
                ["10/26", "10/26", "10/27", "10/27", "10/28", "10/29", "10/29", "10/30"], _v,
                ["空調", "空調", "床清掃", "床清掃", "複合機保守", "電気", "電気", "植栽"])])
MESSAGES.append({
    "id": "raijosha-007",
    "sender": _SAEKI,
    "to": ["芝浦隊 <shibaura-tai@heiwa-keibi.co.jp>"],
    "subject": "Re: 【確認依頼】10月第4週 来訪者・工事業者 入館予定",
    "charset": "shift_jis",
    "body": f"""鹿野様

ご確認ありがとうございます。ご質問の3点、以下のとおり回答いたします。

1) 10/27 床清掃は当日1名増えて3名になる可能性があります。
   増員分は当日受付で記帳いただく形で問題ありません。
2) 10/28 複合機保守は地下搬入口からの入館で結構です。
3) 10/30 植栽は雨天の場合11/2（月）に順延です。決まり次第ご連絡します。

引き続きよろしくお願いいたします。
{_SIG_SAEKI}

> 日の出産業 佐伯様
>
> お世話になっております。平和警備保障 芝浦隊の鹿野です。
> 来週の入館予定、下記のとおり受領しました。3点ご確認ください。
>
""" + "\n".join("> " + ln for ln in _q.split("\n")) + """
>
> 1) 10/27 床清掃の人数に変更はありますか
> 2) 10/28 複合機保守の搬入経路
> 3) 10/30 植栽の雨天時の扱い
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 8-person list is only in the quoted text of the security company's own mail; new text has no personal data",
})

MESSAGES.append({
    "id": "raijosha-008",
    "sender": _USAMI,
    "to": ["ご予約係 <yoyaku@sakura-hotei.jp>"],
    "subject": "宴会場 仮予約のお願い（12月4日 本社忘年会）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル ご予約係 御中

いつもお世話になっております。
日の出産業 経営企画部の宇佐美です。

本年の本社忘年会につき、下記にて宴会場の仮予約をお願いできますでしょうか。

　日時：令和8年12月4日（金）18:30〜20:30
　人数：80名前後（立食）
　ご予算：お一人様 8,000円（飲み放題込み）程度
　ご希望：マイク・プロジェクター使用、控室1室

正式な人数は11月20日ごろに確定いたします。
空き状況と見積をお知らせいただけますと幸いです。
{_SIG_USAMI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotei.jp is a look-alike of the partner sakura-hotel.jp (l→i); content itself harmless",
})

MESSAGES.append({
    "id": "raijosha-009",
    "sender": _KAMOSHIDA,
    "to": ["本社勤務者各位 <honsha-all@hinode-sangyo.co.jp>"],
    "subject": "【本社ビル】11/8（日）法定電気設備点検に伴う全館停電のお知らせ",
    "charset": "shift_jis",
    "body": f"""本社勤務者 各位

施設管理課の鴨志田です。
ビル管理会社より、年1回の法定電気設備点検の日程について連絡がありました。

　日時：2026年11月8日（日）8:00～17:00（全館停電）
　影響：エレベーター・空調・入退館ゲート停止、共用部は非常照明のみ
　　　　サーバールームは非常用発電機で運転継続（情報システム部確認済み）

・休日出勤の予定がある方は、11/4（水）までに施設管理課へお知らせください。
・当日の来客受付はありません。来訪予定は別日に調整をお願いします。
・前日11/7（土）夕方までにPCの電源を落としてください。

以上
{_SIG_KAMOSHIDA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal building notice to all head-office staff",
})

MESSAGES.append({
    "id": "raijosha-010",
    "sender": _ICHINOSE,
    "to": ["Front Desk <frontdesk@shibaura-tower-mgmt.com>"],
    "subject": "Pre-registration of overseas visitors - Wed 14 Oct",
    "charset": "utf-8",
    "body": f"""Dear Front Desk team,

As required for visitors from abroad under the building's security rules, please find below
the details of our guests arriving on Wednesday 14 October (expected at 9:45, 12F reception).

Name                 Nationality  Passport No.  Date of birth  Company
-------------------  -----------  ------------  -------------  ------------------------------
Erik Sundqvist       Sweden       SE8841276     1979-03-21     Lindqvist Components AB
Maja Holmberg        Sweden       SE9017735     1986-11-08     Lindqvist Components AB
Jonas Petterqvist    Sweden       SE7723908     1991-06-30     Lindqvist Components AB
Tomoe Kamatsuka      Japan        TR3390271     1988-02-14     (interpreter, freelance)

They will show their passports at the desk. Please issue four visitor cards for floors 7 and 12.
{_SIG_ICHINOSE}
{_DISCLAIMER_EN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers and dates of birth of four visitors sent to an external building management desk",
})

MESSAGES.append({
    "id": "raijosha-011",
    "sender": _USAMI,
    "to": ["丸菱ケータリング 営業部 <eigyo@marubishi-catering.co.jp>"],
    "subject": "ご発注（11/14 オープンファクトリー 来場者向け軽食）",
    "charset": "cp932",
    "body": f"""丸菱ケータリング株式会社
営業部 御中

お世話になっております。日の出産業の宇佐美です。
お見積（No. MC-26-1187）の内容で、下記のとおり発注いたします。

品目                          単価      数量    金額
----------------------------  --------  ------  ---------
軽食ボックスA（サンドイッチ）   ￥850      180     ￥153,000
キッズボックス                  ￥600       60      ￥36,000
ペットボトル茶 500ml            ￥150      260      ￥39,000
配送・設営費                 ￥25,000        1      ￥25,000
                                              小計 ￥253,000
                                        消費税(10%) ￥25,300
                                              合計 ￥278,300

納品：2026年11月14日（土）11:30　富士工場 見学者センター搬入口
お支払：月末締め翌月末 銀行振込

ご確認のほどよろしくお願いいたします。
{_SIG_USAMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order with quote number and prices; no personal data",
})

_v = _people("012", 45)
_r = _rng("012x")
MESSAGES.append({
    "id": "raijosha-012",
    "sender": _MIURA,
    "to": ["小嶋様 <kojima@hoshizora-event.jp>"],
    "cc": ["ir@hinode-sangyo.co.jp"],
    "subject": "株主様工場見学会 受付名簿（確定版）の送付",
    "charset": "utf-8",
    "body": f"""株式会社星空イベント企画
小嶋様

お世話になっております。日の出産業 広報・IR室の三浦です。
11月2日（月）株主様工場見学会の受付名簿（確定版）をCSVでお送りします。
受付番号順に並べてあります。受付票の差し込み印刷にご利用ください。

同伴者数は本人を除いた人数です。
何かございましたらご連絡ください。
{_SIG_MIURA}
""",
    "attachments": [{
        "kind": "csv", "name": "kabunushi_kengaku_uketsuke_1102.csv", "encoding": "utf-8",
        "rows": [["受付番号", "株主番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "同伴者数"]]
        + [[f"K{i + 1:03d}", f"{_r.randrange(10000000, 99999999)}", p["name"],
            p["kana"], p["zip"], p["addr"],
            p["mobile"] if i % 3 else _r.choice([f"03-{_r.randrange(3000, 6999)}-{_r.randrange(10000):04d}",
                                                 f"045-{_r.randrange(200, 999)}-{_r.randrange(10000):04d}",
                                                 f"0545-{_r.randrange(21, 79)}-{_r.randrange(10000):04d}",
                                                 f"052-{_r.randrange(200, 999)}-{_r.randrange(10000):04d}"]),
            _r.choice([0, 0, 1, 1, 2])] for i, p in enumerate(_v)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "45 shareholders with home address and phone in a UTF-8 CSV to the event company",
})

MESSAGES.append({
    "id": "raijosha-013",
    "sender": "舟橋 晃 <funahashi.akira@hinode-sangyo.co.jp>",
    "to": ["総務課 <soumu-ka@hinode-sangyo.co.jp>"],
    "subject": "入館証紛失のご報告",
    "charset": "iso-2022-jp",
    "body": """総務課 ご担当者様

技術部の舟橋です。
本日帰宅途中（田町駅付近）で社員入館証を紛失いたしました。申し訳ございません。

　社員番号：H-20417
　入館証番号：0007-2231
　紛失日時：10月21日（水）19時ごろ
　警察への遺失届：三田警察署に届出済み（受理番号 第1215号）

カードの利用停止と再発行の手続きをお願いいたします。
明日は仮入館証で入館します。

技術部 設計2課　舟橋 晃（内線 5120）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal report of a lost staff pass; internal recipients only",
})

MESSAGES.append({
    "id": "raijosha-014",
    "sender": _USAMI,
    "to": ["小嶋様 <kojima@hoshizora-event.jp>"],
    "subject": "運営マニュアル v3 送付（70周年祝賀会）",
    "charset": "utf-8",
    "body": f"""小嶋様

お世話になっております。宇佐美です。
先日の打合せを反映した運営マニュアル v3 をお送りします。
主な変更点は、VIP動線（地下車寄せ→貨物用EV）と、受付の2列化です。

ご確認のうえ、スタッフ配置表への反映をお願いいたします。
{_SIG_USAMI}
""",
    "attachments": [{
        "kind": "docx", "name": "70周年祝賀会_運営マニュアル_v3.docx",
        "title": "創立70周年記念祝賀会 運営マニュアル",
        "page_header": "社外秘　日の出産業株式会社 経営企画部",
        "paragraphs": [
            "創立70周年記念祝賀会 運営マニュアル（第3版）",
            "1. 開催概要：令和8年11月20日（金）18:00〜20:30 さくらホテル 2階「鳳凰の間」",
            "2. 受付：来賓受付（A列）と社員受付（B列）を分ける。来賓は名刺2枚を頂戴する。",
            "3. VIP動線：地下車寄せから貨物用エレベーターで控室「桐」へ。一般動線とは交差させない。",
            "4. 警備：ホテル警備2名＋当社契約警備2名。開場後は会場出入口を1か所に限定。",
            "5. 緊急時：体調不良者は控室「萩」へ。救急要請は事務局長の判断で行う。",
        ],
        "tables": [[["時刻", "内容", "担当"], ["16:00", "会場設営開始", "星空イベント企画"],
                    ["17:15", "受付開始", "事務局"], ["18:00", "開会・社長挨拶", "司会"],
                    ["18:20", "来賓祝辞・乾杯", "司会"], ["20:30", "閉会", "司会"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX carries a 社外秘 page header; sent to the external event company",
})

MESSAGES.append({
    "id": "raijosha-015",
    "sender": _HASEBE,
    "to": ["川崎電機 大豆生田様 <omameuda@kawasaki-denki.co.jp>",
           "ツバサシステム 帯刀様 <tatewaki@tsubasa-system.jp>"],
    "cc": [_KAMOSHIDA],
    "subject": "入退館管理システム更新 キックオフ日程のご相談",
    "charset": "utf-8",
    "body": f"""川崎電機株式会社 大豆生田様
株式会社ツバサシステム 帯刀様

お世話になっております。日の出産業 情報システム部の長谷部です。
本社の入退館管理システム更新（ゲート機器：川崎電機様／受付・管理ソフト：ツバサシステム様）
につきまして、三社でのキックオフを下記候補日で調整させてください。

　候補1：11月10日（火）14:00〜15:30
　候補2：11月11日（水）10:00〜11:30
　候補3：11月13日（金）15:00〜16:30
　場所：本社 5階 中会議室（オンライン併用可）

議題：現行機器の撤去時期、カードフォーマットの互換性、来訪者QRコード発行の連携方式

ご都合のよい候補を今週中にお知らせいただけますと助かります。
{_SIG_HASEBE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "ordinary three-way meeting mail: two partner organisations in To",
})

MESSAGES.append({
    "id": "raijosha-016",
    "sender": _SAEKI,
    "to": ["芝浦隊 <shibaura-tai@heiwa-keibi.co.jp>"],
    "subject": "11月第1週 来訪者名簿（パスワード付きZIP）",
    "charset": "iso-2022-jp",
    "body": f"""平和警備保障株式会社 芝浦隊 御中

お世話になっております。総務課の佐伯です。
11月第1週の来訪者名簿をお送りします。
社内規程により、ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りします。

よろしくお願いいたします。
{_SIG_SAEKI}
""",
    "attachments": [{
        "kind": "zip", "name": "raihousha_meibo_1102-1106.zip", "password": "Hs#1102sb",
        "files": [{"kind": "xlsx", "name": "来訪者名簿_1102-1106.xlsx",
                   "sheets": {"名簿": [["日付", "会社名", "氏名", "携帯"]]
                              + [["11/2", p["company"], p["name"], p["mobile"]]
                                 for p in _people("016", 9)]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an external address: contents cannot be inspected",
})

MESSAGES.append({
    "id": "raijosha-017",
    "sender": "富士工場 見学受付 <kengaku-fuji@hinode-sangyo.co.jp>",
    "to": ["m.kadena.0723@gmail.com"],
    "subject": "Re: 工場見学の申込みについて（11/21 親子見学）",
    "charset": "iso-2022-jp",
    "body": """嘉手納 様

このたびは日の出産業 富士工場の見学にお申し込みいただき、ありがとうございます。
下記のとおり受付いたしました。

　見学日：11月21日（土）10:00〜11:30
　人数　：2名（保護者1名、小学4年生1名）
　集合　：正門横 見学者センター（9:45までにお越しください）

当日は動きやすい服装でお越しください。ヘルメットはこちらでご用意します。
駐車場は見学者センター前の来客用スペースをご利用いただけます。

ご不明点はこのメールへの返信でお問い合わせください。

日の出産業株式会社 富士工場 見学受付
TEL 0545-38-2200（平日9:00〜17:00）

> 工場見学を申し込みたいです。11/21の親子見学、大人1人と子ども1人（小4）でお願いします。
> 嘉手納
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one private applicant on free mail about her own booking",
})

MESSAGES.append({
    "id": "raijosha-018",
    "sender": _KAMOSHIDA,
    "to": ["芝浦隊 鹿野様 <shibaura-tai@heiwa-keibi.co.jp>"],
    "cc": ["東洋ビルサービス 防災センター <bousai@toyo-bs.co.jp>"],
    "subject": "入館禁止者の登録について（至急）",
    "charset": "utf-8",
    "body": f"""平和警備保障 鹿野様
東洋ビルサービス 防災センター ご担当者様

施設管理課の鴨志田です。
下記の者について、本日付で当社フロアへの入館を禁止する措置を取りましたので、
受付・ゲートでの対応をお願いいたします。

　氏名：蛭田 剛（ひるた つよし）　当社元社員
　事情：2025年に当社物流倉庫での窃盗の容疑で逮捕され、懲戒解雇となった者です。
　　　　最近、元同僚への面会を求めて1階エントランスに来訪しているとの報告があります。
　対応：来訪時は入館をお断りし、施設管理課（内線2230）へご一報ください。
　　　　退去に応じない場合は110番通報をお願いします。

顔写真を添付いたします。取扱いにはご注意ください。
{_SIG_KAMOSHIDA}
""",
    "attachments": [{"kind": "png", "name": "hiruta_photo.png"}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "multiple_external_domains"],
    "note": "a named former employee's arrest and theft suspicion (criminal record) sent to two external companies",
})

MESSAGES.append({
    "id": "raijosha-019",
    "sender": _KIKUCHI,
    "to": ["釈迦堂様 <shakado@toho-kasei.co.jp>"],
    "subject": "北上工場ご訪問時の宿泊先のご案内",
    "charset": "shift_jis",
    "body": f"""東邦化成株式会社
品質保証部 釈迦堂様

お世話になっております。日の出産業 北上工場 総務係の菊池です。
12月の工程監査でお越しの際の宿泊先について、お問い合わせいただいた件をご案内します。
工場からの距離が近い順に記載しております。

ホテル名                     最寄                  工場まで     TEL
---------------------------  --------------------  -----------  -------------
ホテル北上ステーション        北上駅西口 徒歩1分     車15分       0197-61-4400
ビジネスホテル村崎野          村崎野駅 徒歩5分       車7分        0197-71-2118
北上温泉 夏油川荘             北上駅 車20分          車25分       0197-73-5560
ルートイン風ホテル北上南      北上江釣子IC 車3分     車10分       0197-72-3900

※いずれも当社の法人契約料金（1泊朝食付 8,800円〜）がご利用いただけます。
　ご予約の際に「日の出産業の紹介」とお伝えください。

当日は北上駅西口までお迎えにあがります。
{_SIG_KIKUCHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of hotels with switchboard numbers: businesses, not people",
})

MESSAGES.append({
    "id": "raijosha-020",
    "sender": _USAMI,
    "to": ["さくらホテル 堀之内様 <banquet@sakura-hotel.jp>",
           "丸菱ケータリング 沢渡様 <sawatari@marubishi-catering.co.jp>",
           "星空イベント企画 小嶋様 <kojima@hoshizora-event.jp>"],
    "cc": ["青葉運輸 大越様 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "【70周年祝賀会】最終打合せ（11/12）のご案内",
    "charset": "utf-8",
    "body": f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 70周年記念事業事務局の宇佐美です。
祝賀会の最終打合せを下記のとおり開催いたします。

日時：11月12日（木）15:00〜16:30
場所：さくらホテル 2階「鳳凰の間」（会場下見を兼ねます）
議題：
 ・当日タイムテーブルの最終確認
 ・搬入出の時間帯と車両台数（ケータリング・イベント機材・送迎バス）
 ・雨天時の車寄せ運用

資料は当日配布いたします。ご出席者のお名前を11/10までにお知らせください。
{_SIG_USAMI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations in To/Cc can see each other: should have been Bcc",
})

_v = _people("021", 8)
_arr = ["17:20", "17:25", "17:30", "17:30", "17:40", "17:45", "17:50", "18:00"]
_rows = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['company']}</td><td>{_VIP[i % len(_VIP)]}</td>"
    f"<td>{p['mobile']}</td><td>{a}</td><td>{'随行1名' if i % 3 == 0 else '-'}</td></tr>"
    for i, (p, a) in enumerate(zip(_v, _arr)))
MESSAGES.append({
    "id": "raijosha-021",
    "sender": _ONODERA,
    "to": ["宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "11/20 祝賀会 VIPご来賓リスト（車寄せご案内用）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル 宴会予約係<br>堀之内様</p>
<p>いつもお世話になっております。日の出産業 秘書室の小野寺でございます。<br>
車寄せでお出迎えいただくVIPご来賓のリストをお送りいたします。<br>
到着が遅れる場合に備え、ご本人の携帯番号も記載しております。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde6f5"><th>No</th><th>ご芳名</th><th>ご所属</th><th>お役職</th><th>携帯電話</th><th>到着予定</th><th>随行</th></tr>
{_rows}
</table>
<p>お出迎え後は控室「桐」へのご案内をお願いいたします。</p>
<p>日の出産業株式会社 秘書室<br>小野寺 玲子<br>TEL 03-5442-7801</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of 8 VIP guests with mobile numbers sent to the hotel",
})

_v = _people("022", 30, places=_KITAKAMI_LOCAL)
_r = _rng("022x")
MESSAGES.append({
    "id": "raijosha-022",
    "sender": _KIKUCHI,
    "to": [_SAEKI],
    "cc": ["北上工場 工場長 <kojocho-kitakami@hinode-sangyo.co.jp>"],
    "subject": "北上工場 地域見学会（10/24）参加者名簿の共有",
    "charset": "shift_jis",
    "body": f"""佐伯さん

お疲れさまです。北上工場の菊池です。
10/24の地域見学会の参加者名簿を共有します（本社の記念品発送リスト作成用）。
近隣4地区の自治会経由の申込み分で、計30名です。

発送先は自宅住所で問題ないと確認済みです。
よろしくお願いします。
{_SIG_KIKUCHI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "地域見学会_参加者名簿_1024.xlsx",
        "sheets": {"参加者": [["北上工場 地域見学会 参加者名簿（令和8年10月24日）"],
                             ["No", "地区", "氏名", "郵便番号", "住所", "電話"]]
                   + [[i + 1, p["town"].rstrip("町"), p["name"], p["zip"],
                       p["addr"], p["mobile"]] for i, p in enumerate(_v)],
                   "集計": [["地区", "人数"]] + [[t, sum(1 for p in _v if p["town"].rstrip("町") == t)]
                                                for t in ["鬼柳", "村崎野", "二子", "飯豊"]]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "30 residents with home addresses, but factory to head office only: all internal",
})

MESSAGES.append({
    "id": "raijosha-023",
    "sender": _MOCHIZUKI,
    "to": ["富士工場 正門警備室 <fuji-gate@suruga-keibi.co.jp>"],
    "subject": "車両入構許可申請（10/29 大型車2台）",
    "charset": "cp932",
    "body": f"""駿河警備保障 富士工場正門警備室 御中

お世話になっております。管理課の望月です。
10月29日（木）に設備搬入のため、下記の大型車両が入構します。
構内規程に基づき運転者の免許証情報を事前登録いたしますので、
当日は入構時に免許証の照合をお願いいたします。

【車両1】
　運送会社：北斗ロジテック株式会社
　車両番号：沼津 100 か 33-07（大型トラック）
　運転者　：廿楽 哲也
　運転免許証番号：４９１２０３３８７４５０
　入構予定：８：３０

【車両2】
　運送会社：北斗ロジテック株式会社
　車両番号：沼津 130 あ 12-58（ユニック車）
　運転者　：昆 伸吾
　運転免許証番号：４９０８１７６６２０１３
　入構予定：９：００

搬入先は第2工場棟 東側シャッターです。
{_SIG_MOCHIZUKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "two drivers' licence numbers (full-width digits) sent to the external gate security company",
})

MESSAGES.append({
    "id": "raijosha-024",
    "sender": _ISURUGI,
    "to": ["纐纈様 <koketsu@orion-keisoku.co.jp>"],
    "subject": "工場見学時の秘密保持誓約書のお願い",
    "charset": "iso-2022-jp",
    "body": f"""株式会社オリオン計測
技術部 纐纈様

いつもお世話になっております。日の出産業の石動です。
12月3日の富士工場見学につきまして、事前のお願いがございます。

見学ルートに開発中ラインが含まれるため、ご見学の皆さまには当日受付にて
「秘密保持誓約書」へのご署名をお願いしております。
書式を添付いたしますので、事前にご一読いただけますと幸いです。
（御社と当社の間では既に秘密保持契約を締結済みですが、工場規程により
　個人ごとの誓約書もいただいております。）

ご不明な点があればお知らせください。
{_SIG_ISURUGI}
{_DISCLAIMER_JA}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持誓約書_見学者用.docx",
        "paragraphs": [
            "秘密保持誓約書",
            "日の出産業株式会社 御中",
            "私は、貴社工場の見学に際し知り得た技術上・営業上の情報を、貴社の事前の書面による"
            "承諾なく第三者に開示・漏えいしないことを誓約いたします。",
            "1. 見学中の撮影・録音・メモは行いません。",
            "2. 本誓約は見学日から3年間有効とします。",
            "令和　　年　　月　　日",
            "会社名：＿＿＿＿＿＿＿＿＿＿　氏名（署名）：＿＿＿＿＿＿＿＿＿＿",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about a visitor NDA with a blank form: not a confidentiality marking, no personal data",
})

_v = _people("025", 3)
MESSAGES.append({
    "id": "raijosha-025",
    "sender": _ISURUGI,
    "to": ["総務課 <soumu@hinode-sangyou.co.jp>"],
    "subject": "明日の来客3名 入館証発行のお願い",
    "charset": "utf-8",
    "body": f"""総務課 御中

営業2部の石動です。急ぎで申し訳ありません。
明日10/23(金) 10:00 に下記3名が来社されます。入館証の発行をお願いします。

""" + "\n".join(f"・{p['name']}（{p['company']} {p['title']}）携帯 {p['mobile']}" for p in _v) + f"""

会議室は7階 第2会議室を押さえています。
{_SIG_ISURUGI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for the internal 総務課 but addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
})

# == 026-050 ================================================================================

MESSAGES.append({
    "id": "raijosha-026",
    "sender": _ICHINOSE,
    "to": ["Anders Lindqvist <anders.lindqvist@lindqvist-components.se>"],
    "subject": "Your visit to Fuji Plant - itinerary (Nov 17-18)",
    "charset": "utf-8",
    "body": f"""Dear Anders,

Thank you for confirming your visit. Here is the itinerary we have arranged for you.

Tue 17 Nov
  14:05  Arrival at Shin-Fuji station (Tokaido Shinkansen, Kodama 713)
         Our driver will wait at the north exit with a "Hinode Sangyo" sign.
  15:00  Plant tour: Line 2 (die casting) and the new inspection area
  18:30  Dinner with our plant manager, Mr. Mochizuki (restaurant near the hotel)
  Hotel: Fuji Station Hotel (booked by us, 2 nights, breakfast included)

Wed 18 Nov
  09:00  Quality review meeting (Building A, meeting room 3)
  12:00  Lunch at the plant
  14:00  Departure to Shin-Fuji station

Please bring safety shoes if you have them; otherwise we will lend you a pair (size 44 noted).
Photography is not allowed inside the plant buildings.

Looking forward to seeing you in Fuji.
{_SIG_ICHINOSE}
{_DISCLAIMER_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "itinerary sent to the visitor himself; no other person's data",
})

_v = _people("027", 15)
MESSAGES.append({
    "id": "raijosha-027",
    "sender": _MIURA,
    "to": ["芝浦商工会 事務局 <jimukyoku@shibaura-shokokai.or.jp>"],
    "subject": "芝浦地区企業交流会（名刺交換会）当社参加予定者のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""芝浦商工会 事務局 御中

いつもお世話になっております。日の出産業 広報・IR室の三浦です。
12月1日の企業交流会につき、名札作成用に参加者一覧を添付いたします。
当社社員に加え、当社がお招きする取引先の方々も含めて15名です。

参加費は当社にて一括でお支払いいたします。
{_SIG_MIURA}
""",
    "attachments": [{
        "kind": "docx", "name": "企業交流会_参加者一覧_日の出産業.docx",
        "paragraphs": ["芝浦地区企業交流会 参加者一覧（日の出産業株式会社 取りまとめ分）",
                       "令和8年12月1日（火）18:00〜　芝浦商工会館 大ホール"],
        "tables": [[["No", "氏名", "会社名", "役職", "メールアドレス", "電話"]]
                   + [[str(i + 1), p["name"], p["company"], p["title"] or "一般", p["email"],
                       p["mobile"]] for i, p in enumerate(_v)]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 15 people with e-mail and phone sent to the local business association",
})

MESSAGES.append({
    "id": "raijosha-028",
    "sender": _KIKUCHI,
    "to": ["進路指導部 知念先生 <chinen-t@kitakami-kogyo-hs.ed.jp>"],
    "subject": "Re: 2年生 工場見学のお願い",
    "charset": "iso-2022-jp",
    "body": f"""北上工業高等学校
進路指導部 知念先生

お世話になっております。日の出産業 北上工場の菊池です。
工場見学のご依頼、ありがとうございます。下記の内容でお受けいたします。

・日時：12月9日（水）13:30〜15:30
・人数：2年機械科 40名＋引率の先生3名
・内容：会社概要説明（30分）→ 組立ライン見学（60分）→ 質疑応答
・集合：正門守衛所前（バスは構内の来客用駐車場に停車可能です）

生徒さんには、長い髪はまとめる・アクセサリーは外す、の2点をお伝えください。
ヘルメットと保護メガネは当方で用意いたします。
{_SIG_KIKUCHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "arrangements for a school visit with one teacher; no personal records",
})

MESSAGES.append({
    "id": "raijosha-029",
    "sender": _HOSHINA,
    "to": ["南海マテリアル 品質保証部 猪股様 <inomata@nankai-material.co.jp>"],
    "subject": "本日のクリーンルーム入室見合わせについて",
    "charset": "utf-8",
    "body": f"""南海マテリアル株式会社
品質保証部 猪股様

お世話になっております。日の出産業 富士工場 安全衛生課の保科です。
本日の工程監査でお越しいただいた御社の 月見里 早苗 様について、ご報告です。

クリーンルーム入室前の健康確認で、体温37.9℃、咳の症状がございました。
また、ご本人から「先週インフルエンザA型と診断され、昨日まで自宅療養していた」との
お申し出がありましたため、規程により本日のクリーンルーム入室はお見合わせいただき、
会議室でのご対応とさせていただきました。

監査項目のうちクリーンルーム内の確認は、後日あらためて日程を調整できればと存じます。
月見里様にはどうぞご自愛くださいとお伝えください。
{_SIG_HOSHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named visitor's health check result and diagnosis (influenza) sent to her employer",
})

MESSAGES.append({
    "id": "raijosha-030",
    "sender": _KAMOSHIDA,
    "to": ["東洋ビルサービス 設備課 <setsubi@toyo-bs.co.jp>"],
    "subject": "空調フィルター交換の日程について",
    "charset": "cp932",
    "body": f"""東洋ビルサービス株式会社
設備課 ご担当者様

いつもお世話になっております。日の出産業 施設管理課の鴨志田です。
ご提案いただいた当社専有部（5〜8階）の空調フィルター交換の件、
下記の日程でお願いできますでしょうか。

　第1候補：11月21日（土）9:00～15:00
　第2候補：11月28日（土）9:00～15:00

当日は当社社員1名が立ち会います。作業員の方の入館は
通常どおり防災センターでの記帳でお願いいたします。
お見積（No. TB-2611-042、￥418,000 税別）の内容で問題ございません。
{_SIG_KAMOSHIDA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary building maintenance scheduling with the building management company",
})

MESSAGES.append({
    "id": "raijosha-031",
    "sender": _ISURUGI,
    "to": ["大和精機 芳賀様 <haga.t@yamato-seiki.co.jp>",
           "東邦化成 釈迦堂様 <shakado@toho-kasei.co.jp>",
           "南海マテリアル 猪股様 <inomata@nankai-material.co.jp>"],
    "subject": "新製品ライン合同見学会のご案内（12/10 富士工場）",
    "charset": "shift_jis",
    "body": f"""各位

平素より大変お世話になっております。日の出産業 営業本部の石動でございます。
このたび富士工場に新設いたしました精密加工ラインにつきまして、
主要なお取引先様をお招きした合同見学会を下記のとおり開催いたします。

　日時：2026年12月10日（木）13:30～16:30
　会場：富士工場 見学者センター（新富士駅より送迎バスあり）
　内容：ライン見学、品質管理体制のご説明、意見交換会

ご出欠とご参加人数を11月27日（金）までにご返信いただけますと幸いです。
{_SIG_ISURUGI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three customer companies in To can see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "raijosha-032",
    "sender": _USAMI,
    "to": [_HIYAMA],
    "subject": "講演謝礼の支払依頼（祝賀会 記念講演）",
    "charset": "utf-8",
    "body": f"""桧山さん

お疲れさまです。70周年事務局の宇佐美です。
祝賀会の記念講演をお願いした講師への謝礼について、支払依頼をお送りします。
支払調書作成のため、個人番号もご本人から番号確認書類とあわせて受領済みです。

　講師氏名：九十九 秀樹（つくも ひでき）様
　住所　　：神奈川県藤沢市鵠沼海岸3丁目7番12号
　個人番号：{my_number(SEED + 1)}
　謝礼額　：200,000円（源泉徴収前）
　振込予定：11月30日

原本（番号確認書類の写し）は本日、社内便で経理部宛にお送りしました。
よろしくお願いします。
{_SIG_USAMI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "a speaker's My Number and address, but sent internally to accounting only",
})

MESSAGES.append({
    "id": "raijosha-033",
    "sender": _HIYAMA,
    "to": ["岡村税理士事務所 <office@okamura-tax.jp>"],
    "subject": "支払調書作成の件（講師謝礼分）",
    "charset": "iso-2022-jp",
    "body": f"""岡村税理士事務所
岡村先生

いつもお世話になっております。日の出産業 経理部の桧山です。
本年分の報酬の支払調書につき、追加で1名分の情報をお送りいたします。

　支払先　：舎人 綾乃 様（外部講師・工場見学会 特別講演）
　住所　　：〒330-0064 埼玉県さいたま市浦和区岸町4-16-3
　個人番号：{my_number(SEED + 2)}
　支払金額：150,000円（源泉徴収税額 15,315円）
　支払日　：令和8年10月30日

他の支払先分と合わせてご作成をお願いいたします。
{_SIG_HIYAMA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a lecturer's My Number and address sent to an outside tax accountant",
})

_v = _people("034", 6)
MESSAGES.append({
    "id": "raijosha-034",
    "sender": _ONODERA,
    "to": ["宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "RE: ご宿泊者様一覧のご確認（11/20 ご団体）",
    "charset": "shift_jis",
    "body": f"""さくらホテル 宿泊予約ご担当 様

お世話になっております。日の出産業 秘書室の小野寺でございます。
一覧のご確認、ありがとうございます。内容に相違ございません。
なお、祝賀会の最終出席者数は48名で確定いたしましたので、あわせてご連絡いたします。

引き続きよろしくお願いいたします。
{_SIG_ONODERA}

-----Original Message-----
From: さくらホテル 宿泊予約 <stay@sakura-hotel.jp>
Sent: Tuesday, November 10, 2026 4:12 PM
To: 小野寺 玲子 <onodera.reiko@hinode-sangyo.co.jp>
Subject: ご宿泊者様一覧のご確認（11/20 ご団体）

日の出産業株式会社 秘書室 小野寺様

いつもご利用ありがとうございます。さくらホテル宿泊予約でございます。
11月20日ご宿泊の皆様について、ご登録内容をご確認くださいませ。

""" + "\n".join(f"{i + 1}. {p['name']} 様　{p['company']}　ご連絡先 {p['mobile']}　シングル禁煙"
                for i, p in enumerate(_v)) + """

相違がございましたらお知らせください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 6-guest list sits only under -----Original Message----- from the hotel itself",
})

MESSAGES.append({
    "id": "raijosha-035",
    "sender": _MIURA,
    "to": ["小嶋様 <kojima@hoshizora-event.jp>"],
    "subject": "株主見学会 来場者集計（最終）",
    "charset": "utf-8",
    "body": f"""小嶋様

お世話になっております。三浦です。
11/2 株主様工場見学会の来場者集計（最終版）をお送りします。
受付時刻別の来場者数と、アンケート回収状況をまとめています。

請求書作成の際の人数確認にお使いください。
{_SIG_MIURA}
""",
    "attachments": [{"kind": "corrupt", "name": "来場者集計_最終.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected",
})

_v = _people("036", 10, places=_KITAKAMI_LOCAL[:1])
MESSAGES.append({
    "id": "raijosha-036",
    "sender": _KIKUCHI,
    "to": ["九十九自治会長 <tsukumo-jichikai@yahoo.co.jp>"],
    "subject": "防災見学会 参加者の確認をお願いします",
    "charset": "shift_jis",
    "body": f"""鬼柳地区自治会 会長 九十九様

いつもお世話になっております。日の出産業 北上工場の菊池です。
11/28（土）の工場防災設備見学会について、自治会経由でお申込みいただいた方の一覧です。
お名前・ご住所に誤りがないか、ご確認いただけますでしょうか。
（Excelから貼り付けたため、タブ区切りになっています）

氏名\t住所\t電話
""" + "\n".join(f"{p['name']}\t{p['addr']}\t{p['mobile']}" for p in _v) + f"""

当日は9:30に正門前集合です。雨天決行です。
{_SIG_KIKUCHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "10 residents with address and phone, tab-separated, sent to a private free-mail address",
})

_v = _people("037", 4, company=("有限会社丸岡製作所", "maruoka-ss.co.jp"))
MESSAGES.append({
    "id": "raijosha-037",
    "sender": _SAEKI,
    "to": ["芝浦隊 <shibaura-tai@heiwa-keibi.co.jp>"],
    "subject": "10/31(土) 休日作業の入館者",
    "charset": "utf-8",
    "body": f"""鹿野様

お世話になっております。佐伯です。
10/31(土)に7階会議室の什器入替があり、下記4名が休日入館します。
9:00〜17:00の予定で、当社からは施設管理課の鴨志田が立ち会います。

　有限会社丸岡製作所
""" + "\n".join(f"　　{p['name']}　{p['mobile']}" for p in _v) + f"""

搬入は地下搬入口からとなります。よろしくお願いいたします。
{_SIG_SAEKI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four contractors with mobiles to the security company: under the five-person threshold (may warn)",
})

MESSAGES.append({
    "id": "raijosha-038",
    "sender": _ONODERA,
    "to": ["東洋ビルサービス 防災センター <bousai@toyo-bs.co.jp>"],
    "cc": [_KAMOSHIDA],
    "subject": "【取扱注意】11/18 副大臣ご視察に伴うビル内動線について",
    "charset": "iso-2022-jp",
    "body": f"""取扱区分：取扱注意（関係者限り・転送不可）

東洋ビルサービス株式会社
防災センター ご担当者様

いつもお世話になっております。日の出産業 秘書室の小野寺でございます。
11月18日（水）に経済産業副大臣が当社をご視察されることとなりました。
ビル内の動線について、下記のとおりご協力をお願いいたします。

1. 14:50〜15:10　地下1階 車寄せの一般車両の進入制限
2. 14:55〜　　　　非常用エレベーター1基を当社専用運転（B1→8F）
3. 15:00〜16:30　8階 役員フロアのエレベーターホール立入制限
4. 報道関係者は1階ロビーにて待機（入館証は当社で発行）

警護の関係上、本件は関係者限りでお取り扱いくださいますようお願いいたします。
{_SIG_ONODERA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【取扱注意】 in subject and header line; sent outside",
})

MESSAGES.append({
    "id": "raijosha-039",
    "sender": _ISURUGI,
    "to": ["纐纈様 <koketsu@orion-keisoku.co.jp>"],
    "subject": "Re: 見学当日の持ち物について",
    "charset": "utf-8",
    "body": f"""纐纈様

お世話になっております。石動です。
お問い合わせの件、回答いたします。

・カメラ、スマートフォンでの撮影は工場内では一切ご遠慮いただいております。
  見学ルートには社外秘の工程が含まれるため、入構時にスマートフォンのカメラに
  シールを貼らせていただきます。
・当日の説明資料も社外秘扱いとなるため、お持ち帰り用の配布はございません。
  後日、公開可能な範囲の資料をPDFでお送りします。
・服装は自由ですが、ヒールの高い靴はお避けください。

よろしくお願いいたします。
{_SIG_ISURUGI}

> 石動様
> 12/3の見学の際、カメラの持込みは可能でしょうか。また当日の資料はいただけますか。
> 纐纈
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions 社外秘 processes and materials but carries no marking on the mail or a document",
})

MESSAGES.append({
    "id": "raijosha-040",
    "sender": _ONODERA,
    "to": ["宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "ご宿泊のクレジットカード保証について（11/19〜21 ご来賓）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宿泊予約ご担当 様

お世話になっております。日の出産業 秘書室の小野寺でございます。
先日ご予約いたしました海外からのご来賓のご宿泊につき、ギャランティー用の
カード情報をお知らせするよう依頼がございましたので、下記のとおりご連絡いたします。

　ご宿泊者：Erik Sundqvist 様（11/19〜11/21 2泊）
　カード名義：ERIK SUNDQVIST
　カード番号：{card_number(SEED + 101)}
　有効期限：09/29

ご精算はご本人様にてチェックアウト時にお願いいたします。
{_SIG_ONODERA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a guest's credit card number in the mail body to the hotel",
})

MESSAGES.append({
    "id": "raijosha-041",
    "sender": _SAEKI,
    "to": ["本社勤務者各位 <honsha-all@hinode-sangyo.co.jp>"],
    "subject": "【総務】郵便物・宅配便の受取ルール変更（12/1〜）",
    "charset": "cp932",
    "body": f"""本社勤務者 各位

総務課の佐伯です。
12月1日より、郵便物・宅配便の受取ルールを以下のとおり変更します。

①個人宛の私物の宅配便は、会社では受け取りません（返送されます）。
②書留・簡易書留は、受付で受領後、宛先部署へ内線で連絡します。
　受領簿へのサインをお願いします。
③着払いの荷物は、事前に総務課へ連絡のあったもののみ受け取ります。
④受付の荷物棚は17:30で施錠します。以降は防災センターでお預かりします。

ご協力をお願いします。
{_SIG_SAEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal notice about mail and parcel handling",
})

_v = _people("042", 20)
_r = _rng("042x")
MESSAGES.append({
    "id": "raijosha-042",
    "sender": _KAMOSHIDA,
    "to": ["千歳ビルマネジメント 入館管理 <nyukan@chitose-bm.co.jp>"],
    "subject": "協力会社 常駐者 入館証発行依頼（12月分）",
    "charset": "shift_jis",
    "body": f"""千歳ビルマネジメント株式会社
入館管理ご担当 様

お世話になっております。日の出産業 施設管理課の鴨志田です。
12月から当社フロアに常駐する協力会社社員の入館証発行をお願いいたします。
貴社指定の様式（Excel 97-2003形式）に記入しております。

計20名です。有効期限は令和9年3月31日までで結構です。
{_SIG_KAMOSHIDA}
""",
    "attachments": [{
        "kind": "xls", "name": "nyukansho_hakko_irai_202612.xls",
        "sheets": {"発行依頼": [["No", "氏名", "フリガナ", "所属会社", "入館証番号", "有効期限", "緊急連絡先"]]
                   + [[i + 1, p["name"], p["kana"], p["company"], f"T{_r.randrange(100000, 999999)}",
                       "2027/03/31", p["mobile"]] for i, p in enumerate(_v)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with 20 contractor staff and their emergency phone numbers to the building manager",
})

MESSAGES.append({
    "id": "raijosha-043",
    "sender": _MOCHIZUKI,
    "to": ["芳賀様 <haga.t@yamato-seiki.co.jp>"],
    "subject": "新富士駅からのアクセス（タクシー・バス会社のご案内）",
    "charset": "shift_jis",
    "body": f"""大和精機株式会社 芳賀様

お世話になっております。富士工場の望月です。
当日は送迎車をご用意できず申し訳ございません。
新富士駅から工場までは、タクシーで約15分（2,800円前後）です。
下記の会社が駅に常駐しております。

・富士交通タクシー　　　配車センター　0545-61-1122
・岳南ハイヤー　　　　　本社　　　　　0545-52-0303
・新富士観光タクシー　　駅前営業所　　0545-64-7700
・富士急静岡バス（路線）吉原中央駅経由　比奈入口下車 徒歩10分

タクシーの場合は「日の出産業 富士工場 正門」とお伝えください。
{_SIG_MOCHIZUKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of taxi and bus companies with their switchboards: businesses, not people",
})

MESSAGES.append({
    "id": "raijosha-044",
    "sender": _MOCHIZUKI,
    "to": ["nagisa.sotome@alta-giken.co.jp", "k-wagatsuma@mitsuboshi-denso.co.jp",
           "saika.ryo@hayase-kogyo.co.jp", "teshigawara@shinshu-precision.co.jp",
           "m.otobe@setouchi-chem.co.jp"],
    "subject": "富士工場見学会 ご参加の御礼",
    "charset": "iso-2022-jp",
    "body": f"""ご参加の皆さま

先日はご多用のところ、富士工場の技術見学会にご参加いただき、誠にありがとうございました。
当日ご質問の多かった表面処理工程につきましては、別途資料をご用意しておりますので、
ご希望の方はご返信ください。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
{_SIG_MOCHIZUKI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five participants of five different companies in To: their addresses are disclosed to each other",
})

MESSAGES.append({
    "id": "raijosha-045",
    "sender": _BOUSAI,
    "to": [_KAMOSHIDA, _SAEKI],
    "subject": "【事故報告】1F ロビーでの来訪者転倒について",
    "charset": "utf-8",
    "body": """施設管理課 鴨志田様
総務課 佐伯様

防災センターです。本日発生した事故について第一報をお送りします。

発生日時：10月26日（月）10:42
場所　　：1階 エントランス 風除室付近（清掃直後で床が濡れていた）
被災者　：来訪者　百目鬼 勝也 様（株式会社蒼天テクノ、50代男性）
状況　　：入館の際に足を滑らせ転倒。右足首の痛みを訴えたため救急要請。
　　　　　港区内の病院へ搬送。搬送先で「右足関節捻挫」との診断と、同社の方より連絡あり。
対応　　：清掃業者へ「清掃中」表示の徹底を指示済み。

続報は入り次第ご連絡します。

本社ビル防災センター（内線 2299）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a named visitor's injury and diagnosis, but internal incident report only",
})

MESSAGES.append({
    "id": "raijosha-046",
    "sender": _MOCHIZUKI,
    "to": ["東海損保 事故受付センター <jiko-uketsuke@tokai-sonpo.co.jp>"],
    "subject": "施設賠償責任保険 事故報告（富士工場 見学者の負傷）",
    "charset": "shift_jis",
    "body": f"""東海損害保険株式会社 事故受付センター 御中

いつもお世話になっております。
日の出産業株式会社 富士工場 管理課の望月でございます。
施設賠償責任保険（証券番号：SB-2026-0048813）に関し、事故のご報告をいたします。

１．事故日時　令和８年１１月１４日（土）１４時２０分ごろ
２．場所　　　富士工場 第２工場棟 見学通路 階段
３．被害者　　四十物 早苗 様（見学会参加者・一般）
　　　　　　　生年月日 昭和５２年８月１９日
４．状況　　　見学通路の階段を降りる際に足を踏み外し転倒、左手をついて負傷。
５．診断　　　富士市内の整形外科にて「左橈骨遠位端骨折」、全治約２か月との診断。
６．当社対応　救急車にて搬送、当日の治療費は当社にて立替済み。

必要書類をご教示いただけますと幸いです。
{_SIG_MOCHIZUKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named visitor's injury diagnosis and date of birth (和暦, full-width) sent to an insurer",
})

MESSAGES.append({
    "id": "raijosha-047",
    "sender": _ICHINOSE,
    "to": ["Rachel Ohmsford <r.ohmsford@harborridge.com>",
           "川崎電機 六車様 <muguruma@kawasaki-denki.co.jp>"],
    "subject": "Joint visit to Kitakami Plant - logistics (Dec 2)",
    "charset": "utf-8",
    "body": f"""Dear Rachel, Muguruma-san,

Thank you both for agreeing to the joint visit on 2 December. A few practical points:

- Meeting point: Kitakami station, west exit, 9:15. We will drive you to the plant (20 min).
- Programme: 10:00 welcome and safety briefing, 10:30 line tour (controller assembly),
  12:00 lunch, 13:00 technical discussion on the new controller housing, 15:00 end.
- Safety: long trousers and closed shoes please. Helmets and glasses are provided.
- Photos: not permitted inside the buildings.

Rachel, Muguruma-san will join from Kawasaki Denki as the supplier of the control board,
so we can discuss the interface questions directly.

Please let me know if anything changes.
{_SIG_ICHINOSE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail with two external organisations",
})

MESSAGES.append({
    "id": "raijosha-048",
    "sender": _KIKUCHI,
    "to": ["貸切バス予約 <charter@aoba-unyu.com>"],
    "subject": "貸切バス見積のお願い（12/9 北上工業高校 工場見学）",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社
貸切バスご担当者様

いつもお世話になっております。日の出産業 北上工場の菊池です。
下記の工場見学の送迎について、お見積をお願いいたします。

　日　時：12月9日（水）12:40 学校発 → 13:20 工場着／15:40 工場発 → 16:20 学校着
　区　間：北上工業高等学校 ⇔ 日の出産業 北上工場
　人　数：43名（生徒40名、引率3名）
　車　種：大型観光バス 1台

お手数ですが、11月20日ごろまでにご回答いただけますと助かります。
{_SIG_KIKUCHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.com is a TLD swap of the partner aoba-unyu.co.jp",
})

_p = _people("049", 1, company=("株式会社みなと設計", "minato-sekkei.co.jp"))[0]
MESSAGES.append({
    "id": "raijosha-049",
    "sender": _KAMOSHIDA,
    "to": ["芝浦隊 <shibaura-tai@heiwa-keibi.co.jp>"],
    "subject": "夜間入館者の事前連絡（10/28 22時〜）",
    "charset": "cp932",
    "body": f"""鹿野様

施設管理課の鴨志田です。
10/28(水) 22:00〜翌5:00、7階のレイアウト変更の図面確認のため、
設計事務所の方が1名夜間入館します。

　会社：{_p['company']}
　氏名：{_p['name']}（{_p['kana']}）
　携帯：{_p['mobile']}
　車両：{_p['plate']}（地下駐車場 来客用No.2を使用）

当社の立会いは22:00〜23:00のみです。以降はお一人での作業となります。
{_SIG_KAMOSHIDA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one visitor's contact details to the security company: a single record (may warn)",
})

_v = _people("050", 24)
MESSAGES.append({
    "id": "raijosha-050",
    "sender": _USAMI,
    "to": ["錦印刷 宛名印刷ご担当 <atena@nishiki-insatsu.co.jp>"],
    "subject": "70周年祝賀会 招待状 宛名印刷データ（OB会員分）",
    "charset": "utf-8",
    "body": f"""錦印刷株式会社
宛名印刷ご担当 様

お世話になっております。日の出産業 70周年事務局の宇佐美です。
招待状の宛名印刷につき、OB会員（退職役員・元社員）ご自宅宛の分の住所録を
PDFでお送りします。24件です。

取引先宛の分は昨日お送りしたExcelのとおりです。
発送は11月2日（月）でお願いいたします。
{_SIG_USAMI}
""",
    "attachments": [{
        "kind": "pdf", "name": "招待状宛名_OB会員.pdf",
        "title": "招待状宛名リスト OB会員",
        "lines": ["創立70周年記念祝賀会 招待状 宛名リスト（OB会員・ご自宅宛）", ""],
        "table": [["No", "郵便番号", "住所", "氏名"]]
        + [[str(i + 1), "〒" + p["zip"], p["addr"], p["name"] + " 様"] for i, p in enumerate(_v)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of 24 retirees' home addresses sent to the printer",
})

# == 051-075 ================================================================================

MESSAGES.append({
    "id": "raijosha-051",
    "sender": _USAMI,
    "to": ["錦印刷 営業部 神保様 <jimbo@nishiki-insatsu.co.jp>"],
    "subject": "招待状 初校の戻し",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
神保様

お世話になっております。宇佐美です。
招待状の初校、拝見しました。赤字を入れたPDFをお送りします。

・表紙の社章を5%ほど小さく
・開催日の曜日「（木）」→「（金）」に修正
・返信はがきの締切を「11月6日」に修正
・地図の最寄駅表記に「JR田町駅 芝浦口」を追加

再校は11月26日ごろにいただけますと助かります。
{_SIG_USAMI}
""",
    "attachments": [{
        "kind": "pdf", "name": "招待状_初校_赤字.pdf",
        "lines": ["創立70周年記念祝賀会 ご招待状（初校）", "",
                  "謹啓 晩秋の候 皆様におかれましてはますますご清祥のこととお慶び申し上げます",
                  "さて弊社はおかげさまで本年創立七十周年を迎えることとなりました",
                  "つきましては心ばかりの祝賀の宴を催したく存じます",
                  "日時 令和八年十一月二十日（金）午後六時",
                  "会場 さくらホテル 二階 鳳凰の間",
                  "【赤字】曜日（木）→（金） 返信締切 11月6日に修正"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "proof of an invitation card; no personal data",
})

MESSAGES.append({
    "id": "raijosha-052",
    "sender": _ONODERA,
    "to": ["宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "11/20 祝賀会 座席表（パスワード保護）",
    "charset": "utf-8",
    "body": f"""堀之内様

お世話になっております。秘書室の小野寺でございます。
祝賀会の座席表（最終版）をお送りいたします。
ご来賓のお名前が入っておりますため、PDFにパスワードを設定しております。
パスワードはお電話にてお伝えいたします。

よろしくお願いいたします。
{_SIG_ONODERA}
""",
    "attachments": [{
        "kind": "pdf", "name": "座席表_1120_最終.pdf", "password": "sakura1120",
        "lines": ["創立70周年記念祝賀会 座席表（最終）"],
        "table": [["卓", "お名前", "ご所属"]]
        + [[f"{chr(65 + i // 4)}卓", p["name"], p["company"]] for i, p in enumerate(_people("052", 16))],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF to an external address cannot be inspected",
})

MESSAGES.append({
    "id": "raijosha-053",
    "sender": _KAMOSHIDA,
    "to": ["総務部長 <soumu-bucho@hinode-sangyo.co.jp>", _SAEKI],
    "subject": "副大臣ご視察 当日警備計画（案）",
    "charset": "utf-8",
    "body": f"""部長、佐伯さん

施設管理課の鴨志田です。
11/18の副大臣ご視察に向けた当日の警備計画（案）を作成しました。
社内確認用です。ご意見があれば11/11までにお願いします。
確定版のうち、ビル側に必要な部分だけを抜粋して東洋ビルサービスへ連絡します。
{_SIG_KAMOSHIDA}
""",
    "attachments": [{
        "kind": "docx", "name": "副大臣視察_警備計画_案.docx",
        "page_header": "社外秘",
        "paragraphs": ["11/18 副大臣ご視察 当日警備計画（案）",
                       "1. 警備体制：平和警備保障 4名（通常2名＋臨時2名）、当社施設管理課 2名",
                       "2. 車寄せ：14:50〜15:10 一般車両進入制限（ビル管理会社へ依頼）",
                       "3. 報道対応：1階ロビー待機、撮影は8階会議室のみ可",
                       "4. 不審者対応：防災センター経由で所轄警察署へ通報"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘-marked DOCX, but recipients are all internal",
})

_v = _people("054", 6)
_r = _rng("054x")
_blocks = "\n\n".join(
    f"""━━ 申込 No.{2611040 + i} ━━
お名前　　：{p['name']}（{p['kana']}）
メール　　：{p['private_email']}
電話番号　：{p['mobile']}
ご住所　　：〒{p['zip']} {p['addr']}
参加人数　：{_r.choice([1, 2, 2, 3, 4])}名
ご質問等　：{_r.choice(['特になし', '駐車場はありますか', 'ベビーカーで回れますか', '昼食は出ますか', '特になし', '小学生の子どもが参加します'])}"""
    for i, p in enumerate(_v))
MESSAGES.append({
    "id": "raijosha-054",
    "sender": _MIURA,
    "to": ["小嶋様 <kojima@hoshizora-event.jp>"],
    "subject": "FW: 【見学会申込】フォーム受付通知（6件）",
    "charset": "utf-8",
    "body": f"""小嶋様

お世話になっております。三浦です。
昨日分のWeb申込通知を転送します。受付名簿への追加をお願いします。
（ご質問への回答は当社からいたします）
{_SIG_MIURA}

---------- Forwarded message ---------
From: 見学会申込フォーム <no-reply@hinode-sangyo.co.jp>
Date: 2026年11月4日(水) 0:05
Subject: 【見学会申込】フォーム受付通知（6件）
To: <ir@hinode-sangyo.co.jp>

11月3日に受け付けた申込は以下の6件です。

{_blocks}

※このメールはシステムから自動送信されています。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forwarded notification with 6 applicants (one block each, address/phone/e-mail): new text to the event company",
})

_v = _people("055", 6)
MESSAGES.append({
    "id": "raijosha-055",
    "sender": _MOCHIZUKI,
    "to": ["富士商工会議所 会員サービス課 <kaiin@fuji-cci.or.jp>"],
    "subject": "Re: 視察団（6名）受入れのお願い",
    "charset": "utf-8",
    "body": f"""富士商工会議所 会員サービス課
左右田様

お世話になっております。富士工場の望月です。
視察団の受入れ、承知いたしました。12月15日（火）10:00より、
見学者センターにて会社概要説明のあと、第1工場棟をご案内いたします。
参加者一覧もありがとうございました。入構証はこちらで6名分準備いたします。

当日は正門守衛所で「商工会議所視察団」とお伝えください。
{_SIG_MOCHIZUKI}

On 2026/11/24 16:03, 左右田 <kaiin@fuji-cci.or.jp> wrote:
> 日の出産業株式会社 富士工場 望月様
>
> いつもお世話になっております。富士商工会議所の左右田です。
> 先日ご相談した異業種視察団の受入れについて、参加者が確定しましたのでお送りします。
>
""" + "\n".join(f"> {i + 1}) {p['name']}　{p['company']}　{p['title'] or '担当'}　TEL {p['mobile']}"
                for i, p in enumerate(_v)) + """
>
> ご検討のほどよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "participant list appears only in the quoted text (\"On … wrote:\") of the recipient's own mail",
})

MESSAGES.append({
    "id": "raijosha-056",
    "sender": "人事部 研修担当 <kenshu@hinode-sangyo.co.jp>",
    "to": ["東洋ビルサービス 防災センター <bousai@toyo-bs.co.jp>"],
    "cc": [_SAEKI],
    "subject": "研修生の入館登録について（12/1〜12/11）",
    "charset": "cp932",
    "body": f"""東洋ビルサービス株式会社
防災センター ご担当者様

お世話になっております。日の出産業 人事部 研修担当の乙部です。
12月1日から2週間、ベトナムの関連会社から研修生3名が本社で研修を受けます。
ビルの規程により、外国籍の長期来訪者は在留カードでの事前登録が必要と伺いましたので、
下記のとおりお知らせいたします。

┌────┬──────────┬──────────┬──────┐
│No　│氏名　　　　　　　　│在留カード番号　　　│生年月日　　│
├────┼──────────┼──────────┼──────┤
│1 　│NGUYEN VAN THANH 　 │UH48213907EA　　　　│1998/05/14　│
│2 　│TRAN THI MAI 　　　 │UH50772164GB　　　　│2000/01/29　│
│3 　│LE MINH KHOA　　　　│UH39945018CA　　　　│1996/10/03　│
└────┴──────────┴──────────┴──────┘

初日は9:00に1階受付で在留カードをご提示いたします。
人事部 研修担当　乙部 由美子（内線 2420）
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three trainees' residence card numbers and dates of birth in a box-drawn table to building management",
})

MESSAGES.append({
    "id": "raijosha-057",
    "sender": _SAEKI,
    "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    "subject": "配送状況の確認のお願い（記念品 3件）",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社 お客様センター 御中

お世話になっております。日の出産業 総務課の佐伯です。
11月24日に発送した記念品のうち、下記3件が未着との連絡を先方企業よりいただきました。
配送状況をご確認いただけますでしょうか。

　お問い合わせ番号　　　 届け先
　4410-2287-6631　　　　大和精機株式会社 本社 総務部 御中
　4410-2287-6648　　　　東邦化成株式会社 川崎事業所 御中
　4410-2287-6655　　　　株式会社アルタ技研 御中

いずれも発送元は当社本社（港区芝浦）、品名は「記念品（陶器）」です。
{_SIG_SAEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers and company addressees only; partner logistics company",
})

MESSAGES.append({
    "id": "raijosha-058",
    "sender": _ISURUGI,
    "to": ["丸菱ケータリング 沢渡様 <sawatari@marubishi-catering.co.jp>"],
    "subject": "12/10 見学会 昼食の個別対応のお願い",
    "charset": "utf-8",
    "body": f"""丸菱ケータリング株式会社
沢渡様

お世話になっております。日の出産業の石動です。
12/10 合同見学会の昼食（40食）について、2名分の個別対応をお願いいたします。

・Mr. Faisal Rahman（マレーシア SRP Industries）
  ムスリムでいらっしゃるため、ハラール対応のお食事をお願いします。
  豚由来の食材・アルコール（みりん等の調味料含む）は不使用でお願いします。
・一尺八寸 健一 様（株式会社蒼天テクノ）
  ベジタリアン（卵・乳製品は可）とのことです。

器は他の方と同じもので結構です。追加料金があればお知らせください。
{_SIG_ISURUGI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest's religion (Muslim, halal meal) sent to the caterer: 要配慮個人情報 (信条)",
})

MESSAGES.append({
    "id": "raijosha-059",
    "sender": _KIKUCHI,
    "to": ["北国フーズ 営業部 乙部様 <otobe@kitaguni-foods.co.jp>"],
    "subject": "試食会ゲストのアレルギーについて",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
営業部 乙部様

いつもお世話になっております。日の出産業 北上工場の菊池です。
12/4の社員食堂新メニュー試食会で、外部からお招きするゲスト2名について
食物アレルギーのご連絡をいただきましたので共有いたします。

　・宍戸 陽菜 様（北上市役所 商工課）　えび・かに
　・我妻 正樹 様（北上工業高等学校）　そば

該当の食材を使用したメニューは別皿でのご提供をお願いいたします。
{_SIG_KIKUCHI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "food allergies of two named guests to the caterer: health data or mere catering preference, judgement call",
})

MESSAGES.append({
    "id": "raijosha-060",
    "sender": "富士工場 見学受付 <kengaku-fuji@hinode-sangyo.co.jp>",
    "to": ["aoki.shiho1985@gmail.com"],
    "cc": ["tomomi_kono@yahoo.co.jp", "nakano-ryo.0915@softbank.ne.jp"],
    "subject": "親子見学会（11/21）集合場所の変更について",
    "charset": "iso-2022-jp",
    "body": """保護者の皆さま

日の出産業 富士工場 見学受付です。
11/21（土）の親子見学会につき、正門前の道路工事のため集合場所を変更いたします。

　変更前：正門横 見学者センター
　変更後：東門（県道沿い、コンビニ向かい）

東門にスタッフが立っておりますので、お声がけください。
お車の方は東門から入って右手の臨時駐車場をご利用ください。

日の出産業株式会社 富士工場 見学受付
TEL 0545-38-2200
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons in To/Cc see each other's free-mail addresses: should have been Bcc",
})

_v = _people("061", 40)
_r = _rng("061x")
MESSAGES.append({
    "id": "raijosha-061",
    "sender": _HASEBE,
    "to": ["情報セキュリティ委員会 <isec-iinkai@hinode-sangyo.co.jp>"],
    "subject": "【週次】入退館ログ（10/19〜10/23）",
    "charset": "shift_jis",
    "body": f"""情報セキュリティ委員会 各位

情報システム部の長谷部です。
先週分の入退館ログ（来訪者カード分のみ）を添付します。
サーバールーム前ゲートの通過記録はありませんでした。
{_SIG_HASEBE}
""",
    "attachments": [{
        "kind": "csv", "name": "nyutaikan_log_20261019-1023.csv", "encoding": "cp932",
        "rows": [["日時", "ゲート", "カードID", "区分", "氏名", "会社名"]]
        + [[f"2026/10/{19 + i % 5} {8 + _r.randrange(10):02d}:{_r.randrange(60):02d}",
            _r.choice(["1F正面", "1F正面", "B1駐車場", "7F会議室"]), f"V-{_r.randrange(1000, 9999)}",
            "来訪者", p["name"], p["company"]] for i, p in enumerate(_v)],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "40-row visitor gate log in a CP932 CSV, internal committee only",
})

_v = _people("062", 9)
MESSAGES.append({
    "id": "raijosha-062",
    "sender": _ICHINOSE,
    "to": ["Guest Relations <guestrelations@eventsquare-asia.com>"],
    "subject": "Gala dinner 20 Nov - overseas & partner guest list",
    "charset": "utf-8",
    "body": f"""Hello Priya,

As discussed, here is the list of guests for whom your team will handle the welcome desk and
seating at the gala dinner. Please use the mobile numbers only for same-day coordination.

""" + "\n".join(f"{i + 1}. {p['romaji']} | {p['company']} | {p['email']} | {p['mobile'].replace('0', '+81 ', 1) if i % 2 else p['mobile']}"
                for i, p in enumerate(_v)) + f"""

Name cards should show the company name in English; we will send the translations tomorrow.
{_SIG_ICHINOSE}
{_DISCLAIMER_EN}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "English mail with 9 guests' names, e-mails and mobiles (pipe-separated) to an events agency",
})

MESSAGES.append({
    "id": "raijosha-063",
    "sender": _ISURUGI,
    "to": ["嘉手納様 <kadena@setouchi-chem.co.jp>"],
    "subject": "展示会ブースご来場の御礼",
    "charset": "iso-2022-jp",
    "body": f"""瀬戸内ケミカル株式会社
開発部 嘉手納様

先日は「国際工業材料展2026」の当社ブースにお立ち寄りいただき、
誠にありがとうございました。日の出産業の石動でございます。

お話しいただいた耐熱樹脂部品の件、技術資料（公開版）をご用意いたしました。
ご要望でしたら、富士工場の試作ラインのご見学も承っております。
ご都合のよい時期をお知らせいただけますと幸いです。

今後ともどうぞよろしくお願い申し上げます。
{_SIG_ISURUGI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you mail after a trade show; no personal data",
})

MESSAGES.append({
    "id": "raijosha-064",
    "sender": _KAMOSHIDA,
    "to": ["平和警備保障 営業所 <eigyo-minato@heiwa-keibi.co.jp>"],
    "subject": "祝賀会当日 臨時警備の配置案について",
    "charset": "utf-8",
    "body": f"""平和警備保障株式会社 港営業所 御中

お世話になっております。日の出産業 施設管理課の鴨志田です。
11/20の祝賀会当日、本社ビル側の臨時警備の配置案を添付いたします。
人員は通常2名に加えて臨時2名、16:00〜22:00でお願いしたく存じます。
お見積をいただけますと幸いです。
{_SIG_KAMOSHIDA}
""",
    "attachments": [{
        "kind": "xlsx", "name": "臨時警備配置案_1120.xlsx", "page_header": "CONFIDENTIAL",
        "sheets": {"配置": [["【機密】11/20 本社ビル 臨時警備配置案"], [],
                          ["時間帯", "場所", "人数", "任務"],
                          ["16:00-18:00", "1F 正面玄関", 1, "入館証確認"],
                          ["16:00-22:00", "B1 車寄せ", 1, "VIP車両誘導"],
                          ["18:00-22:00", "8F 役員フロア", 1, "立入制限"],
                          ["16:00-22:00", "防災センター", 1, "モニター監視"]],
                   "連絡体制": [["役割", "連絡先"], ["当社責任者", "施設管理課 内線2230"],
                            ["防災センター", "内線2299"]]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX with a CONFIDENTIAL page header and 【機密】 title row sent to the security company",
})

_v = _people("065", 7)
MESSAGES.append({
    "id": "raijosha-065",
    "sender": _ONODERA,
    "to": ["社長室 <shachoshitsu@hinode-sangyo.co.jp>", _USAMI],
    "subject": "【取扱注意】祝賀会 VIPご来賓 連絡先一覧",
    "charset": "iso-2022-jp",
    "body": f"""社長室 各位／宇佐美さん

秘書室の小野寺です。
当日の緊急連絡用に、VIPご来賓の直通・携帯番号をまとめました。
社内限りでお願いいたします。

""" + _table(["氏名", "ご所属", "役職", "携帯"],
             [[p["name"], p["company"], _VIP[k], p["mobile"]] for k, p in enumerate(_v)]) + f"""

{_SIG_ONODERA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "取扱注意 VIP mobile list, but to internal recipients only",
})

_v = _people("066", 5)
MESSAGES.append({
    "id": "raijosha-066",
    "sender": _ONODERA,
    "to": ["宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "11/20 ご宿泊者（OB来賓）のご登録内容",
    "charset": "shift_jis",
    "body": f"""さくらホテル 宿泊予約ご担当 様

お世話になっております。日の出産業 秘書室の小野寺でございます。
祝賀会後にご宿泊いただくOB来賓5名様について、宿泊者カードの事前記入用に
ご登録内容をお知らせいたします。お支払いは当社一括請求でお願いいたします。

""" + "\n".join(f"・{p['name']}様（{p['kana']}）\n　〒{p['zip']} {p['addr']}\n　TEL {p['mobile']}"
                for p in _v) + f"""

チェックインは21時前後になる見込みです。
{_SIG_ONODERA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five guests with home address and phone as 「・」 bullets to the hotel: a list of people",
})

_v = _people("067", 3, company=("東邦化成株式会社", "toho-kasei.co.jp"))
MESSAGES.append({
    "id": "raijosha-067",
    "sender": _KIKUCHI,
    "to": ["青葉運輸 北上営業所 <kitakami@aoba-unyu.co.jp>"],
    "subject": "12/2 送迎のお願い（北上駅→北上工場）",
    "charset": "cp932",
    "body": f"""青葉運輸株式会社 北上営業所 御中

お世話になっております。北上工場の菊池です。
12月2日（水）の送迎（ジャンボタクシー1台）の詳細をお送りします。

　北上駅 西口 9:40 発 → 北上工場 正門
　ご乗車：東邦化成株式会社 様 3名
""" + "\n".join(f"　　{p['name']}様　携帯 {p['mobile']}" for p in _v) + f"""

到着が遅れる場合はドライバーさんから直接ご連絡いただいて構いません。
帰りは16:10 工場発 → 北上駅の予定です。
{_SIG_KIKUCHI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three passengers with mobiles to the partner transport company: under the list threshold (may warn)",
})

MESSAGES.append({
    "id": "raijosha-068",
    "sender": _HASEBE,
    "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    "subject": "受付システム 来訪者ログのエクスポート方法について",
    "charset": "utf-8",
    "body": f"""ツバサシステム サポートご担当者様

いつもお世話になっております。日の出産業 情報システム部の長谷部です。
来訪者受付システム（VisiGate Ver.4.2）について質問させてください。

管理画面の「ログ出力」で期間を3か月以上指定すると、CSVが空で出力されます。
（エラーメッセージはなし、ファイルサイズ 0 バイト）
期間を1か月単位にすれば正常に出力されます。

仕様上の制限でしょうか、それとも不具合でしょうか。
ご確認のほどよろしくお願いいたします。
{_SIG_HASEBE}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp drops a letter from the partner domain tsubasa-system.jp",
})

MESSAGES.append({
    "id": "raijosha-069",
    "sender": _KAMOSHIDA,
    "to": ["千歳ビルマネジメント 管理課 <kanri@chitose-bm.co.jp>"],
    "subject": "Re: エレベーター定期点検のお知らせ（12月）",
    "charset": "iso-2022-jp",
    "body": f"""千歳ビルマネジメント 管理課 神保様

ご連絡ありがとうございます。日の出産業 施設管理課の鴨志田です。
12/5（土）の点検、承知いたしました。当日は当社フロアの来客予定はございません。
社内にも周知いたします。

{_SIG_KAMOSHIDA}

差出人: 千歳ビルマネジメント 管理課 <kanri@chitose-bm.co.jp>
送信日時: 2026年11月25日 10:18
宛先: テナント各位
件名: エレベーター定期点検のお知らせ（12月）

テナント各位

12月5日（土）9:00〜16:00、エレベーター（1〜4号機）の定期点検を行います。
点検中は1基ずつ停止いたします。ご不便をおかけしますがご協力をお願いいたします。

千歳ビルマネジメント株式会社 管理課
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "acknowledgement to the building manager, quoting its tenant notice",
})

MESSAGES.append({
    "id": "raijosha-070",
    "sender": _HOSHINA,
    "to": ["サンライズスタッフ 派遣営業部 <haken@sunrise-staff.co.jp>"],
    "subject": "作業体験実習 受入書類の確認（昆 様）",
    "charset": "utf-8",
    "body": f"""株式会社サンライズスタッフ
派遣営業部 ご担当者様

お世話になっております。日の出産業 富士工場 安全衛生課の保科です。
12/7からの作業体験実習（3日間）の受入書類について、1点確認させてください。

万一のけがに備えて受入票に健康保険証の記号・番号を記載いただいていますが、
いただいた内容が保険者番号の桁数と合わないようです。

　実習者：昆 綾乃 様
　保険者番号：０６２２０１４８
　記号：４１２０３　番号：８８
　資格取得日：令和７年４月１日

記号と番号が入れ替わっていないか、ご本人にご確認いただけますでしょうか。
{_SIG_HOSHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a trainee's health insurance card symbol and number sent to the staffing agency",
})

_v = _people("071", 6)
MESSAGES.append({
    "id": "raijosha-071",
    "sender": _BOUSAI,
    "to": [_KAMOSHIDA],
    "subject": "夜間立入者報告（11/6）",
    "charset": "shift_jis",
    "body": """鴨志田様

防災センターです。昨夜の夜間立入者を報告します。

""" + "\n".join(f"{t}　{p['company']}　{p['name']}様　{p['mobile']}　{w}"
                for t, p, w in zip(["21:05-23:40", "21:05-23:40", "22:10-02:15", "22:10-02:15",
                                    "23:30-04:50", "23:30-04:50"], _v,
                                   ["7F 図面確認", "7F 図面確認", "サーバ室 保守", "サーバ室 保守",
                                    "B1 設備点検", "B1 設備点検"])) + """

特記事項なし。

本社ビル防災センター（内線 2299）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "six night visitors with mobiles, internal report only",
})

MESSAGES.append({
    "id": "raijosha-072",
    "sender": _KIKUCHI,
    "to": ["知念先生 <chinen-t@kitakami-kogyo-hs.ed.jp>",
           "北上観光バス 配車係 <haisha@kitakami-kanko-bus.co.jp>"],
    "cc": ["東北トラベル 北上支店 <kitakami@tohoku-travel.co.jp>"],
    "subject": "12/9 工場見学 当日の流れ（学校・バス会社・旅行会社ご担当者様）",
    "charset": "iso-2022-jp",
    "body": f"""関係者各位

日の出産業 北上工場の菊池です。
12/9の北上工業高校2年生の工場見学について、当日の流れを共有いたします。

12:40　学校 出発（北上観光バス 大型1台）
13:20　工場 正門着 → 見学者センターへ徒歩移動
13:30　会社概要説明
14:00　組立ライン見学（2班に分かれます）
15:20　質疑応答
15:40　工場 出発 → 16:20 学校着

旅行会社様には保険手配をお願いしております。
変更があればこのメールに全員返信でお知らせください。
{_SIG_KIKUCHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "school, bus company and travel agency (three external organisations) in To/Cc",
})

MESSAGES.append({
    "id": "raijosha-073",
    "sender": _KAMOSHIDA,
    "to": ["平和警備保障 港営業所 日下部様 <eigyo-minato@heiwa-keibi.co.jp>"],
    "subject": "Re: 臨時警備 お見積の件",
    "charset": "utf-8",
    "body": f"""日下部様

お見積ありがとうございます。施設管理課の鴨志田です。
内容を確認いたしました。こちらで社内決裁を進めます。
正式な発注書は11/13までにお送りいたします。

{_SIG_KAMOSHIDA}

> 日の出産業株式会社 鴨志田様
>
> 11/20 臨時警備のお見積をお送りいたします。
>
>   項目                    単価        数量   金額
>   警備員（日勤→夜間）   ￥4,200/h    2名×6h  ￥50,400
>   隊長加算                ￥800/h     1名×6h   ￥4,800
>   交通費                  実費
>   合計（税別）                               ￥55,200
>
> 平和警備保障株式会社 港営業所 日下部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "acknowledging a quote; quoted price table only",
})

_v = _people("074", 35)
_r = _rng("074x")
_sem = [["受講番号", "氏名", "フリガナ", "会社名", "部署", "メール", "電話"]] + [
    [f"S{i + 1:03d}", p["name"], p["kana"], p["company"], _r.choice(["技術部", "品質保証部", "生産技術課", "購買部"]),
     p["email"], p["mobile"]] for i, p in enumerate(_v)]
MESSAGES.append({
    "id": "raijosha-074",
    "sender": _HASEBE,
    "to": ["ツバサシステム 帯刀様 <tatewaki@tsubasa-system.jp>"],
    "subject": "技術セミナー受付用 来訪者データ取込のお願い",
    "charset": "utf-8",
    "body": f"""帯刀様

お世話になっております。長谷部です。
12/3 技術セミナーの来訪者を受付システムへ一括登録いただきたく、
取込用データをZIPでお送りします（CSVとExcelの2形式）。
QRコード付き案内メールの送信は当社側で行います。
{_SIG_HASEBE}
""",
    "attachments": [{
        "kind": "zip", "name": "seminar_1203_import.zip",
        "files": [{"kind": "csv", "name": "seminar_1203.csv", "encoding": "cp932", "rows": _sem},
                  {"kind": "xlsx", "name": "seminar_1203.xlsx",
                   "sheets": {"受講者": [["12/3 技術セミナー 受講者一覧"], []] + _sem}}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ZIP (no password) of a CP932 CSV and an XLSX with 35 attendees' e-mails and phones to a partner",
})

MESSAGES.append({
    "id": "raijosha-075",
    "sender": _ISURUGI,
    "to": ["芳賀様 <haga.t@yamato-seiki.co.jp>"],
    "subject": "12/10 合同見学会 会場案内資料",
    "charset": "shift_jis",
    "body": f"""芳賀様

お世話になっております。石動です。
12/10の見学会の会場案内資料をまとめてお送りします（ZIP）。
・構内図（見学ルート入り）
・当日のご案内（送迎バス時刻表）

ご参加の皆さまへ共有いただけますと幸いです。
{_SIG_ISURUGI}
""",
    "attachments": [{
        "kind": "zip", "name": "kengakukai_1210_annai.zip",
        "files": [
            {"kind": "pdf", "name": "構内図_見学ルート.pdf",
             "lines": ["富士工場 構内図（見学ルート）", "正門 → 見学者センター → 第1工場棟 → 新ライン → 見学者センター",
                       "※赤線が見学ルートです"]},
            {"kind": "docx", "name": "当日のご案内.docx",
             "paragraphs": ["合同見学会 当日のご案内", "送迎バス：新富士駅北口 12:50発／13:10発",
                            "帰り：見学者センター 16:40発 → 新富士駅", "服装：自由（ヒールの高い靴はご遠慮ください）"]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ZIP of a site map PDF and a guidance DOCX; no personal data",
})

# == 076-100 ================================================================================

MESSAGES.append({
    "id": "raijosha-076",
    "sender": _HASEBE,
    "to": ["川崎電機 大豆生田様 <omameuda@kawasaki-denki.co.jp>"],
    "subject": "ゲート機器 設置工事の作業員名簿（修正版）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社 大豆生田様

お世話になっております。日の出産業 情報システム部の長谷部です。
ゲート機器設置工事の作業員名簿、ビル側の指摘を反映した修正版をお戻しします。
（入館証の発行区分の列を追加しています）

ご確認をお願いいたします。
{_SIG_HASEBE}
""",
    "attachments": [{"kind": "corrupt", "name": "作業員名簿_修正版.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt: it cannot be inspected before it leaves",
})

MESSAGES.append({
    "id": "raijosha-077",
    "sender": _KIKUCHI,
    "to": ["東邦化成 釈迦堂様 <shakado@toho-kasei.co.jp>",
           "青葉運輸 北上営業所 <kitakami@aoba-unyu.co.jp>"],
    "cc": ["北上工場 品質保証課 <qa-kitakami@hinode-sangyo.co.jp>"],
    "subject": "12/2 ご来訪時の送迎について（時刻のすり合わせ）",
    "charset": "utf-8",
    "body": f"""東邦化成株式会社 釈迦堂様
青葉運輸株式会社 北上営業所 ご担当者様

お世話になっております。日の出産業 北上工場の菊池です。
12/2の送迎の時刻につき、お二方に直接ご確認いただけるよう両社宛てにお送りします。

・釈迦堂様ご一行の新幹線：やまびこ53号 北上駅 9:32着
・お迎え：北上駅 西口ロータリー 9:40発（青葉運輸様 ジャンボタクシー）
・お帰り：工場 16:10発 → 北上駅 16:35着（やまびこ212号 16:58発に接続）

乗車時刻の変更などは、当日は直接やりとりいただいて差し支えございません。
{_SIG_KIKUCHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations plus an internal Cc: a normal coordination mail",
})

_v = _people("078", 6)
_notes = ["人工透析を受けておられるため20時で退席", "聴覚障害あり、手話通訳者1名同伴",
          "糖尿病のため糖質制限食", "-", "心臓ペースメーカー使用（IH調理器に近づけない配置）",
          "-"]
MESSAGES.append({
    "id": "raijosha-078",
    "sender": _ONODERA,
    "to": ["宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "社長主催懇親会（12/11）ご招待者の配慮事項",
    "charset": "utf-8",
    "body": f"""堀之内様

いつもお世話になっております。日の出産業 秘書室の小野寺でございます。
12/11の社長主催懇親会につき、お席の配置やお料理でご配慮いただきたい
ご招待者をまとめました。当日のご連絡先も記載しております。

""" + _ztable(["お名前", "ご所属", "携帯", "配慮事項"],
              [[p["name"], p["company"], p["mobile"], n] for p, n in zip(_v, _notes)]) + f"""

お手数をおかけしますが、どうぞよろしくお願いいたします。
{_SIG_ONODERA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six guests with mobiles and health/disability notes (dialysis, hearing impairment, diabetes) to the hotel",
})

MESSAGES.append({
    "id": "raijosha-079",
    "sender": _SAEKI,
    "to": ["リボンスタッフ 派遣事業部 <reception@ribbon-staff.co.jp>"],
    "subject": "受付業務委託 来訪者対応規程の送付",
    "charset": "shift_jis",
    "body": f"""株式会社リボンスタッフ
派遣事業部 東風谷様

お世話になっております。日の出産業 総務課の佐伯です。
12月から本社受付にご配属いただくスタッフの方向けに、当社の来訪者対応規程
（受付業務編）をお送りします。初日の研修でも使用します。

スタッフの方への事前配布をお願いいたします。
{_SIG_SAEKI}
""",
    "attachments": [{
        "kind": "docx", "name": "来訪者対応規程_受付業務編_2026.docx",
        "page_header": "部外秘",
        "title": "来訪者対応規程（受付業務編）",
        "paragraphs": ["来訪者対応規程（受付業務編） 2026年改訂版",
                       "第1条 来訪者は受付システムに事前登録された者に限り入館を認める。",
                       "第2条 未登録の来訪者は、面会者に内線で確認のうえ仮入館証を発行する。",
                       "第3条 入館禁止者リストに該当する者が来訪した場合は、施設管理課に通報する。",
                       "第4条 入館証は退館時に必ず回収し、未回収の場合は当日中に報告する。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX with a 部外秘 page header sent to the reception outsourcing company",
})

_v = _people("080", 6)
_r = _rng("080x")
MESSAGES.append({
    "id": "raijosha-080",
    "sender": _NISHINA,
    "to": ["リボンスタッフ 本社受付チーム <reception@ribbon-staff.co.jp>"],
    "subject": "来週の採用面接 来社者リスト（受付用）",
    "charset": "iso-2022-jp",
    "body": f"""リボンスタッフ 本社受付チーム 御中

人事部 採用グループの仁科です。
来週の中途採用面接の来社者です。受付でお名前を確認のうえ、
6階の面接控室へご案内をお願いします。遅刻等の連絡があった場合に備え、
ご本人の携帯番号も記載します。

日時          氏名            応募職種          携帯
------------  --------------  ----------------  -------------
""" + "\n".join(f"{d}  {p['name']:<{14 - _w(p['name']) + len(p['name'])}}  {j:<{16 - _w(j) + len(j)}}  {p['mobile']}"
                for d, p, j in zip(["11/16 10:00", "11/16 14:00", "11/17 11:00", "11/18 10:00",
                                    "11/18 15:30", "11/19 13:00"], _v,
                                   ["生産技術", "品質保証", "経理", "生産技術", "情報システム", "営業"])) + f"""

面接官への連絡は内線2400（人事部）までお願いします。
{_SIG_NISHINA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six job applicants with mobiles and applied position sent to the outsourced reception company",
})

MESSAGES.append({
    "id": "raijosha-081",
    "sender": _ICHINOSE,
    "to": ["Lin Wei-Ting <weiting.lin@formosa-precision.com.tw>"],
    "subject": "Re: Dress code and safety shoes for the plant visit",
    "charset": "utf-8",
    "body": f"""Dear Ms. Lin,

Thank you for your question.

- Dress code: business casual is fine. Please avoid skirts and sandals on the shop floor.
- Safety shoes: we will lend you a pair. Please just tell us your size (EU or cm) by Friday.
- Helmets, safety glasses and ear plugs are provided at the visitor centre.
- Smartphones may be carried, but cameras must stay covered with the sticker we provide.

We look forward to welcoming your team in Fuji on 8 December.
{_SIG_ICHINOSE}

On Tue, Nov 24, 2026 at 11:02 AM Lin Wei-Ting wrote:
> Dear Mr. Ichinose,
> Could you tell us the dress code for the plant visit, and whether we need our own safety shoes?
> Best regards, Wei-Ting
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply to one foreign visitor about dress code; no personal data",
})

MESSAGES.append({
    "id": "raijosha-082",
    "sender": _SAEKI,
    "to": ["銀座記念品工房 法人営業部 <hojin@ginza-kinenhin.co.jp>"],
    "subject": "記念品（70周年）ご注文とお支払いについて",
    "charset": "utf-8",
    "body": f"""株式会社銀座記念品工房
法人営業部 御中

お世話になっております。日の出産業 総務課の佐伯です。
お見積 No.GK-26-0932 のとおり、記念品を注文いたします。

　品名：有田焼 ペアマグカップ（社章入れ・化粧箱入り）
　数量：250セット
　納期：11月13日（金）本社1階 受付宛

お支払いは法人カードでとのことでしたので、下記をお知らせします。
　カード番号：{card_number(SEED + 102)}
　有効期限：05/28
　名義：HINODE SANGYO / TSUZURA KAZUYA

決済完了後、領収書をお送りください。
{_SIG_SAEKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a (corporate) credit card number with holder name sent by mail to a gift supplier",
})

MESSAGES.append({
    "id": "raijosha-083",
    "sender": _UKETSUKE,
    "to": ["tsuyuri.saki@yahoo.co.jp"],
    "subject": "Re: 忘れ物（折りたたみ傘）のお問い合わせ",
    "charset": "iso-2022-jp",
    "body": f"""栗花落 様

日の出産業 本社受付でございます。お問い合わせありがとうございます。
11月12日にお越しの際の紺色の折りたたみ傘、受付にてお預かりしております。

お引き取りは平日9:00〜17:30、1階受付にお声がけください。
着払いでのご郵送をご希望の場合は、送付先をご返信ください。
保管期間は1か月（12月12日まで）となっております。
{_SIG_UKETSUKE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "lost-property reply to one private visitor on free mail",
})

_v = _people("084", 12)
MESSAGES.append({
    "id": "raijosha-084",
    "sender": _SAEKI,
    "to": ["菊池 亜紀 <kikuchi.aki@hinode-sangyo.com>"],
    "subject": "祝賀会 北上工場からの招待者 一覧（確認お願いします）",
    "charset": "utf-8",
    "body": f"""菊池さん

お疲れさまです。佐伯です。
祝賀会にお招きする北上工場関係のお取引先の方々です。
連絡先に誤りがないか確認をお願いします。

""" + "\n".join(f"{i + 1:>2}. {p['name']}／{p['company']}／{p['email']}／{p['mobile']}"
                for i, p in enumerate(_v)) + f"""

今週中に戻していただけると助かります。
{_SIG_SAEKI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "12-person list meant for a colleague but sent to hinode-sangyo.com, a TLD swap of the own domain",
})

_v = _people("085", 28)
_r = _rng("085x")
MESSAGES.append({
    "id": "raijosha-085",
    "sender": _MOCHIZUKI,
    "to": ["小嶋様 <kojima@hoshizora-event.jp>"],
    "subject": "オープンファクトリー アンケート回答データ（分析ご依頼）",
    "charset": "shift_jis",
    "body": f"""株式会社星空イベント企画
小嶋様

お世話になっております。富士工場の望月です。
オープンファクトリーの来場者アンケート回答データをお送りします。
「集計」シートは当社で作成した速報値、「回答一覧」が元データです。
次回の企画に向けた分析レポートをお願いできればと存じます。
{_SIG_MOCHIZUKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "OF2026_アンケート回答.xlsx",
        "sheets": {
            "集計": [["オープンファクトリー2026 来場者アンケート 速報"], [],
                    ["設問", "とても満足", "満足", "ふつう", "不満"],
                    ["見学内容", 14, 10, 3, 1], ["説明のわかりやすさ", 12, 11, 4, 1],
                    ["また参加したい", 20, 6, 2, 0]],
            "回答一覧": [["回答No", "氏名", "年代", "メールアドレス", "満足度", "自由記述", "次回案内"]]
            + [[i + 1, p["name"], _r.choice(["20代", "30代", "40代", "50代", "60代以上"]), p["private_email"],
                _r.choice(["とても満足", "満足", "ふつう"]),
                _r.choice(["子どもが喜んでいました", "ロボットの説明がよかった", "駐車場が分かりにくい",
                           "もう少し長く見たかった", "", "スタッフの方が親切でした"]),
                _r.choice(["希望する", "希望しない"])] for i, p in enumerate(_v)],
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "second sheet lists 28 respondents with name, age band and e-mail, sent to the event company",
})

MESSAGES.append({
    "id": "raijosha-086",
    "sender": _ONODERA,
    "to": ["東洋ビルサービス 防災センター <bousai@toyo-bs.co.jp>"],
    "subject": "ご視察当日のタイムテーブル（確定版）",
    "charset": "utf-8",
    "body": f"""東洋ビルサービス 防災センター ご担当者様

お世話になっております。秘書室の小野寺でございます。
11/18 ご視察当日のタイムテーブル確定版をPDFでお送りいたします。
先日お願いした車寄せ・エレベーターの件は変更ございません。
{_SIG_ONODERA}
""",
    "attachments": [{
        "kind": "pdf", "name": "視察受入計画_1118_確定.pdf",
        "page_footer": "極秘　日の出産業株式会社 秘書室",
        "lines": ["11/18 ご視察受入計画（確定版）", "",
                  "14:50 B1車寄せ 一般車両進入制限開始",
                  "14:58 ご一行 到着（車両3台）→ 非常用EVで8Fへ",
                  "15:00 社長ご挨拶・会社概要説明（8F 役員会議室）",
                  "15:40 ショールーム視察（7F）",
                  "16:20 報道対応（8F 会議室、10分）",
                  "16:30 ご出発"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the PDF carries a 極秘 footer on every page; sent to building management",
})

MESSAGES.append({
    "id": "raijosha-087",
    "sender": _SAEKI,
    "to": ["芝浦隊 <shibaura-tai@heiwa-keibi.co.jp>"],
    "subject": "来週の来訪予定企業（参考）",
    "charset": "cp932",
    "body": f"""鹿野様

お世話になっております。佐伯です。
来週は来客が多いため、参考までに来訪予定の企業と代表番号をお知らせします。
来訪者個人のお名前は、従来どおり前日に受付システムから出力してお渡しします。

会社名                        所在地              代表電話        予定
----------------------------  ------------------  --------------  ----------
大和精機株式会社              東京都大田区        03-3754-1100    11/16 午前
東邦化成株式会社              川崎市川崎区        044-366-2200    11/16 午後
株式会社オリオン計測          横浜市都筑区        045-941-7300    11/17 終日
関東ファスナー株式会社        埼玉県川口市        048-255-6100    11/18 午後
瀬戸内ケミカル株式会社        岡山県倉敷市        086-455-3300    11/19 午前
株式会社蒼天テクノ            東京都品川区        03-5719-8800    11/20 午前

よろしくお願いいたします。
{_SIG_SAEKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of visiting companies with their switchboards: businesses, not people",
})

_v = _people("088", 12)
MESSAGES.append({
    "id": "raijosha-088",
    "sender": _USAMI,
    "to": ["宴会予約係 <banquet@sakura-hotel.jp>"],
    "subject": "席札・名札の作成データ（来賓 A〜C卓）",
    "charset": "iso-2022-jp",
    "body": f"""堀之内様

お世話になっております。宇佐美です。
A〜C卓の来賓の席札・名札の作成をお願いいたします。
表記は下記のとおり（会社名・役職・お名前）でお願いします。

""" + "\n".join(f"{'ABC'[i // 4]}卓　{p['company']}　{_VIP[i % len(_VIP)]}　{p['name']} 様"
                for i, p in enumerate(_v)) + f"""

書体は楷書体、名札は台紙白でお願いいたします。
{_SIG_USAMI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "12 guests' names with company and title only (no contact data) for name cards: list or just business names, judgement call",
})

_v = _people("089", 7, places=_KITAKAMI_LOCAL)
_blocks89 = "\n\n".join(
    f"""【{i + 1}】
氏名：{p['name']}（{p['kana']}）
生年月日：{_wareki(*p['dob'], style='zen' if i % 2 else 'kanji')}
住所：{p['addr']}
電話：{_zen(p['mobile']) if i % 3 == 0 else p['mobile']}"""
    for i, p in enumerate(_v))
MESSAGES.append({
    "id": "raijosha-089",
    "sender": _KIKUCHI,
    "to": ["みなと保険サービス 北上支店 <kitakami@minato-hoken.co.jp>"],
    "subject": "防災見学会 国内旅行傷害保険（日帰り）加入者のご連絡",
    "charset": "cp932",
    "body": f"""みなと保険サービス株式会社 北上支店
ご担当者様

お世話になっております。日の出産業 北上工場の菊池です。
11/28の防災設備見学会の参加者のうち、自治会経由で傷害保険への加入を
ご希望の方7名分をお送りします。引受手続きをお願いいたします。

{_blocks89}

保険料は当社にて負担いたします。請求書は北上工場 総務係宛でお願いします。
{_SIG_KIKUCHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven insured participants, one block each, with 和暦 dates of birth (some full-width), address and phone",
})

MESSAGES.append({
    "id": "raijosha-090",
    "sender": _KIKUCHI,
    "to": ["北国フーズ イベント事業部 <event@kitaguni-food.co.jp>"],
    "subject": "地域感謝祭（12/12）出展のお願い",
    "charset": "shift_jis",
    "body": f"""北国フーズ株式会社
イベント事業部 ご担当者様

いつもお世話になっております。日の出産業 北上工場の菊池です。
例年ご協力いただいている工場の「地域感謝祭」を今年も12月12日（土）に開催します。
今年も豚汁と焼きそばの模擬店のご出展をお願いできますでしょうか。

　時間：10:00～14:00（設営 8:30～）
　場所：北上工場 第2駐車場 特設テント
　想定来場者：約600名

ご検討のほど、よろしくお願いいたします。
{_SIG_KIKUCHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp drops the 's' of the partner kitaguni-foods.co.jp",
})

MESSAGES.append({
    "id": "raijosha-091",
    "sender": _ONODERA,
    "to": ["宿泊予約 <stay@sakura-hotel.jp>"],
    "subject": "宿泊者名簿の送付（12/11 懇親会 ご宿泊分）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宿泊予約ご担当 様

お世話になっております。日の出産業 秘書室の小野寺でございます。
12/11ご宿泊分の宿泊者名簿をお送りいたします。
ファイルはZIPで暗号化しております。解凍用パスワードは次のメールでお送りします。
{_SIG_ONODERA}
""",
    "attachments": [{
        "kind": "zip", "name": "shukuhakusha_meibo_1211.zip", "password": "1211Stay!",
        "files": [{"kind": "csv", "name": "宿泊者名簿_1211.csv", "encoding": "cp932",
                   "rows": [["氏名", "住所", "電話"]]
                   + [[p["name"], p["addr"], p["mobile"]] for p in _people("091", 8)]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP (password in a following mail) cannot be inspected",
})

_v = _people("092", 2, company=("株式会社アルタ技研", "alta-giken.co.jp"))
MESSAGES.append({
    "id": "raijosha-092",
    "sender": _KIKUCHI,
    "to": ["北国フーズ 営業部 乙部様 <otobe@kitaguni-foods.co.jp>"],
    "subject": "試食会 追加参加者のご連絡",
    "charset": "utf-8",
    "body": f"""乙部様

お世話になっております。北上工場の菊池です。
12/4の試食会に、工場に常駐している協力会社の方が2名追加で参加されます。
当日、メニューの感想をお聞きしたいとのことでしたので、連絡先をお伝えします。

""" + "\n".join(f"　{p['name']}様（{p['company']}）　{p['email']}　{p['mobile']}" for p in _v) + f"""

ご本人には了承をいただいております。
{_SIG_KIKUCHI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two people's contact details to a partner: below the five-person list threshold (may warn)",
})

MESSAGES.append({
    "id": "raijosha-093",
    "sender": _USAMI,
    "to": ["北国フーズ 乙部様 <otobe@kitaguni-foods.co.jp>",
           "丸菱ケータリング 沢渡様 <sawatari@marubishi-catering.co.jp>"],
    "cc": ["星空イベント企画 小嶋様 <kojima@hoshizora-event.jp>"],
    "subject": "Re: 祝賀会 料飲ブースの配置について",
    "charset": "utf-8",
    "body": f"""皆さま

宇佐美です。ご意見ありがとうございます。
北国フーズ様の地酒ブースは入口側、丸菱ケータリング様の温菜は窓側で確定とします。
電源容量は星空イベント企画様で確認済みです（各ブース 20A まで）。

{_SIG_USAMI}

> 宇佐美様
> 丸菱の沢渡です。温菜のウォーマーを使うため、電源に近い窓側を希望します。
>
>> 皆さま
>> 北国フーズの乙部です。地酒ブースは入口付近を希望いたします。
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "reply-all keeps three external organisations visible to each other in To/Cc",
})

_v = _people("094", 15)
_r = _rng("094x")
MESSAGES.append({
    "id": "raijosha-094",
    "sender": _HASEBE,
    "to": ["ツバサシステム 帯刀様 <tatewaki@tsubasa-system.jp>"],
    "subject": "データ移行用 来訪者カード発行履歴（サンプル15件）",
    "charset": "iso-2022-jp",
    "body": f"""帯刀様

お世話になっております。長谷部です。
新システムへの移行テスト用に、現行システムの来訪者カード発行履歴を
15件抜き出しました（タブ区切りテキスト）。文字コードと項目順のご確認をお願いします。
{_SIG_HASEBE}
""",
    "attachments": [{
        "kind": "txt", "name": "visitor_card_history_sample.txt", "encoding": "utf-8",
        "text": "発行日\tカードID\t氏名\t会社名\t連絡先\t返却\n" + "\n".join(
            f"2026/10/{_r.randrange(1, 31):02d}\tV-{_r.randrange(1000, 9999)}\t{p['name']}\t{p['company']}\t"
            f"{p['mobile']}\t{'済' if _r.random() < 0.9 else '未'}" for p in _v) + "\n",
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "real visitor records (15, with mobiles) in a tab-separated text file sent to the partner as 'sample' data",
})

_v = _people("095", 6)
_ry = _rng("095y")
_bios = ["元 経済同友会 副代表幹事", "当社 元代表取締役社長", "芝浦商店会 会長",
         "北上市 名誉市民", "富士商工会議所 顧問", "当社 元取締役 技術本部長"]
MESSAGES.append({
    "id": "raijosha-095",
    "sender": _USAMI,
    "to": ["小嶋様 <kojima@hoshizora-event.jp>"],
    "subject": "司会台本用 ご来賓紹介スライド",
    "charset": "utf-8",
    "body": f"""小嶋様

お世話になっております。宇佐美です。
祝賀会の来賓紹介用スライドの原稿です。司会者の方の台本作成にもお使いください。
生年月日は「喜寿」「米寿」などのお祝いの言葉を添えるかの判断用に入れています。
{_SIG_USAMI}
""",
    "attachments": [{
        "kind": "pptx", "name": "来賓紹介_原稿.pptx",
        "slides": [["ご来賓のご紹介", "創立70周年記念祝賀会", "令和8年11月20日"]]
        + [[f"{p['name']} 様", f"ふりがな：{p['kana']}", f"肩書：{b}",
            f"生年月日：{_wareki(_ry.randrange(1936, 1961), p['dob'][1], p['dob'][2])}",
            "ご紹介文：長年にわたり当社の発展にご尽力いただきました。"]
           for p, b in zip(_v, _bios)],
        "page_footer": "日の出産業株式会社 70周年事務局",
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PPTX: six guests with names, kana and 和暦 dates of birth, one slide each, to the event company",
})

MESSAGES.append({
    "id": "raijosha-096",
    "sender": _UKETSUKE,
    "to": ["神保様 <jimbo@minato-sekkei.co.jp>"],
    "subject": "書類（簡易書留）受領のご連絡",
    "charset": "shift_jis",
    "body": f"""株式会社みなと設計
神保様

いつもお世話になっております。日の出産業 本社受付でございます。
本日、貴社よりお送りいただいた簡易書留（お問い合わせ番号 389-41-22076-5）を
受領いたしました。宛先の施設管理課 鴨志田へ本日中に引き渡します。

取り急ぎ受領のご連絡まで。
{_SIG_UKETSUKE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary receipt notice for registered mail; tracking number only",
})

MESSAGES.append({
    "id": "raijosha-097",
    "sender": _UKETSUKE,
    "to": ["株式会社ハヤセ工業 総務部 <soumu@hayase-kogyo.co.jp>"],
    "subject": "本日の入館手続きについて（本人確認の不一致）",
    "charset": "utf-8",
    "body": f"""株式会社ハヤセ工業 総務部 ご担当者様

日の出産業 本社受付でございます。
本日、車両で来社された御社の方の入館手続きについてご連絡いたします。

駐車場の利用に際し、事前登録いただいた運転免許証番号と、当日ご提示の免許証の番号が
一致しませんでした。
　ご来社者：雑賀 拓海 様
　事前登録の番号：302011457780
　ご提示の免許証：302011475780
本日は面会者の確認のうえ入館いただきましたが、次回以降のために
登録内容の修正をお願いいたします。
{_SIG_UKETSUKE}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a visitor's driver's licence number (two variants) sent to his employer",
})

MESSAGES.append({
    "id": "raijosha-098",
    "sender": _HASEBE,
    "to": ["受付・防災センター関係者 <uketsuke-kankei@hinode-sangyo.co.jp>"],
    "subject": "受付システム移行に伴う事前登録CSVの様式変更",
    "charset": "iso-2022-jp",
    "body": f"""関係者各位

情報システム部の長谷部です。
12月の受付システム移行に伴い、各部署からの来訪者事前登録CSVの様式が変わります。
新様式のヘッダ行は以下のとおりです（データ行の例は架空のものです）。

来訪日,来訪時刻,会社名,氏名,フリガナ,面会者社員番号,車両番号
2026/12/07,10:00,サンプル株式会社,見本 太郎,ミホン タロウ,H-00000,

・「携帯番号」列は廃止します（受付では使用しないため）。
・文字コードはUTF-8（BOM付き）に変わります。
{_SIG_HASEBE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal notice with a header-only CSV format and an obvious dummy row",
})

MESSAGES.append({
    "id": "raijosha-099",
    "sender": _KAMOSHIDA,
    "to": ["芝浦隊 鹿野様 <shibaura-tai@heiwa-keibi.co.jp>"],
    "subject": "特定来訪者への対応のお願い",
    "charset": "iso-2022-jp",
    "body": f"""鹿野様

施設管理課の鴨志田です。内々のお願いです。

当社 経理部の 四月一日 真由（わたぬき まゆ）さんが、元交際相手からの
ストーカー被害に遭っており、すでに警察へ被害届を提出済みと本人・上長から相談を受けました。
相手の男性が会社に来る可能性があるため、以下の対応をお願いいたします。

・「四月一日さんに面会したい」という来訪者・電話は、在籍の有無を含め一切回答しない
・該当しそうな来訪者があれば、施設管理課（内線2230）へすぐに連絡
・本人の退勤時（18時前後）、可能であれば1階出口まで巡回の方に同行いただく

本人の意向により、本件は必要最小限の方のみで共有しています。
{_SIG_KAMOSHIDA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "an employee named as a stalking (crime) victim to the external security company",
})

MESSAGES.append({
    "id": "raijosha-100",
    "sender": _KAMOSHIDA,
    "to": ["東洋ビルサービス 管理課 <kanri@toyo-bs.co.jp>"],
    "subject": "年末年始の休館期間と入館手続きについて",
    "charset": "shift_jis",
    "body": f"""東洋ビルサービス株式会社
管理課 ご担当者様

いつもお世話になっております。日の出産業 施設管理課の鴨志田です。
当社の年末年始休業と、その期間の入館についてご連絡いたします。

　休業期間：2026年12月29日（火）～2027年1月4日（月）
　休業中の来客：なし
　休業中の入館：当社社員の緊急出社のみ（防災センターで記帳のうえ入館）
　仕事納めの大掃除：12月28日（月）15:00～　ゴミの搬出量が増えます

本年も大変お世話になりました。来年もよろしくお願いいたします。
{_SIG_KAMOSHIDA}
{_DISCLAIMER_JA}
{_DISCLAIMER_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary year-end notice to building management with standard disclaimers",
})
