"""Blind corpus: 安全衛生 (anzeneisei) — the occupational safety and health committee.

Mail of 日の出産業株式会社 (hinode-sangyo.co.jp) around its 安全衛生委員会 and the people who
run it (総務部 安全衛生課, 人事部 健康管理室, the factories' 安全管理者・衛生管理者): workplace
accident reports (労働者死傷病報告, 労災保険の請求, 協力会社との事故連絡), stress checks
(外部実施機関への対象者リスト, 高ストレス者の面接), long-working-hours interviews with the
occupational physician (長時間労働者の面接指導), health-check follow-ups (定期・特殊・雇入時
健診, 二次検査, 就業上の措置), safety patrols, training courses, the safety convention and the
ordinary business around them (venues, printing, measuring, protective equipment, 社労士,
insurers, the JV partner abroad). Every person, number, address and organisation in it is
invented; the file was written blind, from BRIEF.md, build.py and the detector/entity names
in SPEC.md only, without reading mailguard's code.
"""

from __future__ import annotations

import datetime as _dt
import random as _random

from build import card_number, my_number

SEED = 40201

# ---------------------------------------------------------------------------------------
# invented people and formatting helpers
# ---------------------------------------------------------------------------------------

_SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("森田", "もりた", "Morita"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"),
    ("藤井", "ふじい", "Fujii"), ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"),
    ("長谷川", "はせがわ", "Hasegawa"), ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("東海林", "しょうじ", "Shoji"), ("小鳥遊", "たかなし", "Takanashi"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("月見里", "やまなし", "Yamanashi"), ("百目鬼", "どうめき", "Domeki"), ("薬袋", "みない", "Minai"),
    ("纐纈", "こうけつ", "Koketsu"), ("栗花落", "つゆり", "Tsuyuri"), ("九十九", "つくも", "Tsukumo"),
    ("四月一日", "わたぬき", "Watanuki"), ("勘解由小路", "かでのこうじ", "Kadenokoji"),
    ("一尺八寸", "かまつか", "Kamatsuka"), ("御手洗", "みたらい", "Mitarai"), ("鬼頭", "きとう", "Kito"),
    ("蓬莱", "ほうらい", "Horai"), ("猪子", "いのこ", "Inoko"), ("釈迦郡", "しゃかごおり", "Shakagori"),
    ("上遠野", "かどの", "Kadono"), ("十河", "そごう", "Sogo"), ("廿日出", "はつかで", "Hatsukade"),
    ("雲母", "きら", "Kira"), ("服部", "はっとり", "Hattori"), ("設楽", "したら", "Shitara"),
    ("我妻", "わがつま", "Wagatsuma"), ("生明", "あざみ", "Azami"), ("及川", "おいかわ", "Oikawa"),
    ("宇佐美", "うさみ", "Usami"), ("桑原", "くわばら", "Kuwabara"), ("日下部", "くさかべ", "Kusakabe"),
    ("小此木", "おこのぎ", "Okonogi"), ("安曇", "あずみ", "Azumi"), ("鵜飼", "うかい", "Ukai"),
]
_GIVEN_M = [
    ("翔太", "しょうた", "Shota"), ("大輔", "だいすけ", "Daisuke"), ("健一", "けんいち", "Kenichi"),
    ("拓也", "たくや", "Takuya"), ("誠", "まこと", "Makoto"), ("浩二", "こうじ", "Koji"),
    ("隆之", "たかゆき", "Takayuki"), ("悠真", "ゆうま", "Yuma"), ("勝利", "かつとし", "Katsutoshi"),
    ("和也", "かずや", "Kazuya"), ("聡", "さとし", "Satoshi"), ("陽斗", "はると", "Haruto"),
    ("正樹", "まさき", "Masaki"), ("功", "いさお", "Isao"), ("蓮", "れん", "Ren"),
    ("義明", "よしあき", "Yoshiaki"), ("慎吾", "しんご", "Shingo"), ("智也", "ともや", "Tomoya"),
    ("恭平", "きょうへい", "Kyohei"), ("茂", "しげる", "Shigeru"), ("颯", "はやて", "Hayate"),
]
_GIVEN_F = [
    ("美咲", "みさき", "Misaki"), ("陽子", "ようこ", "Yoko"), ("真理子", "まりこ", "Mariko"),
    ("彩", "あや", "Aya"), ("奈々", "なな", "Nana"), ("由美", "ゆみ", "Yumi"), ("千尋", "ちひろ", "Chihiro"),
    ("恵", "めぐみ", "Megumi"), ("結衣", "ゆい", "Yui"), ("香織", "かおり", "Kaori"),
    ("麻衣", "まい", "Mai"), ("智子", "ともこ", "Tomoko"), ("沙織", "さおり", "Saori"),
    ("紗希", "さき", "Saki"), ("文子", "ふみこ", "Fumiko"), ("芽衣", "めい", "Mei"),
]
_TOWNS = [
    ("252-0303", "神奈川県相模原市南区相模大野"), ("252-0344", "神奈川県相模原市南区古淵"),
    ("252-0231", "神奈川県相模原市中央区相模原"), ("252-0131", "神奈川県相模原市緑区西橋本"),
    ("194-0013", "東京都町田市原町田"), ("228-0803", "神奈川県座間市相模が丘"),
    ("243-0018", "神奈川県厚木市中町"), ("242-0021", "神奈川県大和市中央"),
    ("192-0904", "東京都八王子市子安町"), ("417-0052", "静岡県富士市中央町"),
    ("416-0909", "静岡県富士市松岡"), ("419-0201", "静岡県富士市厚原"),
    ("418-0065", "静岡県富士宮市中央町"), ("411-0036", "静岡県三島市一番町"),
    ("108-0023", "東京都港区芝浦"), ("143-0023", "東京都大田区山王"),
    ("211-0004", "神奈川県川崎市中原区新丸子東"), ("335-0002", "埼玉県蕨市塚越"),
]
_DEPTS = ["製造一課", "製造二課", "品質保証課", "設備保全課", "物流課", "生産技術課",
          "総務課", "塗装課", "資材課", "開発部"]


def _crowd(tag: str, n: int, *, site: str = "相模原") -> list[dict]:
    """n invented employees, deterministic for (SEED, tag)."""
    rng = _random.Random(f"{SEED}-{tag}")
    out, seen = [], set()
    while len(out) < n:
        sur = rng.choice(_SURNAMES)
        sex = rng.choice("MMMF")
        giv = rng.choice(_GIVEN_M if sex == "M" else _GIVEN_F)
        if (sur[0], giv[0]) in seen:
            continue
        seen.add((sur[0], giv[0]))
        dob = _dt.date(rng.randrange(1966, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
        zipc, town = rng.choice([t for t in _TOWNS if (site == "富士") == ("静岡" in t[1])] or _TOWNS)
        out.append({
            "no": f"{'S' if site == '相模原' else 'F'}{rng.randrange(10000, 99999)}",
            "sei": sur[0], "mei": giv[0], "kana": f"{sur[1]} {giv[1]}",
            "kata": _kata(f"{sur[1]} {giv[1]}"), "romaji": f"{giv[2]} {sur[2]}",
            "ro_sei": sur[2], "ro_mei": giv[2],
            "name": f"{sur[0]} {giv[0]}", "sex": "男" if sex == "M" else "女", "dob": dob,
            "dept": rng.choice(_DEPTS),
            "mobile": f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
            "email": f"{giv[2].lower()}.{sur[2].lower()}@hinode-sangyo.co.jp",
            "zip": zipc,
            "addr": f"{town}{rng.randrange(1, 8)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号",
            "addr_short": f"{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}",
            "ot": rng.randrange(82, 118),
            "age": 2026 - dob.year,
        })
    return out


def _kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


_FW = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def _zen(s: str) -> str:
    """full-width digits and separators, the way some people type them."""
    return str(s).translate(_FW)


def _wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "long":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "zen":
        return _zen(f"{era}{y}年{d.month}月{d.day}日")
    return _zen(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")


def _slash(d: _dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def _corp_no(base12: str) -> str:
    """a 法人番号 with a valid check digit (first digit)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _pad(text: str, width: int) -> str:
    """pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(c) > 0x2000 else 1 for c in text)
    return text + " " * max(width - w, 1)


# ---------------------------------------------------------------------------------------
# signatures (the sender's own contacts: never labelled)
# ---------------------------------------------------------------------------------------

SIG_ISURUGI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 安全衛生課 課長　石動 昌平（いするぎ しょうへい）
〒108-0023 東京都港区芝浦三丁目9番14号 日の出ビル5F
TEL 03-5412-7730　FAX 03-5412-7739
isurugi.shohei@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_HIIRAGI = """
--
日の出産業株式会社 人事部 健康管理室
保健師　柊 真由美
TEL：03-5412-7745（直通）
Mail：hiiragi.mayumi@hinode-sangyo.co.jp"""

SIG_OMAMEUDA = """
------------------------------------------
日の出産業(株) 相模原工場
製造部 課長 兼 安全管理者　大豆生田 剛
〒252-0331 神奈川県相模原市南区大野台七丁目15番3号
TEL 042-758-3301 / 内線 214
------------------------------------------"""

SIG_SUMI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　相模原工場 総務課
第一種衛生管理者　鷲見 由佳（すみ ゆか）
TEL 042-758-3315　FAX 042-758-3390
sumi.yuka@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HASEBE = """
───────────────
日の出産業株式会社
人事部 労務課　長谷部 奈緒
TEL 03-5412-7721
───────────────"""

SIG_IKARI = """
==============================
日の出産業株式会社 富士工場
工務課 安全衛生担当　猪狩 健吾
〒417-0847 静岡県富士市比奈1455番地
TEL 0545-38-2201 FAX 0545-38-2209
=============================="""

SIG_MIKOSHIBA = """
--
Ryo Mikoshiba
Global Safety Coordinator, General Affairs Dept.
Hinode Sangyo Co., Ltd.
3-9-14 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Tel +81-3-5412-7733 | mikoshiba.ryo@hinode-sangyo.co.jp"""

SIG_JIMUKYOKU = """
――――――――――――――――
日の出産業株式会社 安全衛生委員会 事務局
（総務部 安全衛生課内）
anzen-eisei@hinode-sangyo.co.jp / 内線 7730
――――――――――――――――"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""

ISURUGI = "石動 昌平 <isurugi.shohei@hinode-sangyo.co.jp>"
HIIRAGI = "柊 真由美 <hiiragi.mayumi@hinode-sangyo.co.jp>"
OMAMEUDA = "大豆生田 剛 <omameuda.t@hinode-sangyo.co.jp>"
SUMI = "鷲見 由佳 <sumi.yuka@hinode-sangyo.co.jp>"
HASEBE = "長谷部 奈緒 <hasebe.nao@hinode-sangyo.co.jp>"
IKARI = "猪狩 健吾 <ikari.kengo@hinode-sangyo.co.jp>"
MIKOSHIBA = "Ryo Mikoshiba <mikoshiba.ryo@hinode-sangyo.co.jp>"
JIMUKYOKU = "安全衛生委員会事務局 <anzen-eisei@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def _add(**m) -> None:
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

_p = _crowd("001", 8)
_add(
    id="anzeneisei-001",
    sender=SUMI,
    to=["相模健康管理協会 健診予約センター <yoyaku@sagami-kenko.or.jp>"],
    subject="施設健診への振替者名簿（相模原工場・11月分）",
    charset="iso-2022-jp",
    body="""公益財団法人 相模健康管理協会
健診予約センター　三雲様

いつもお世話になっております。日の出産業 相模原工場の鷲見です。

先日お電話でご相談しました件、10月14日・15日の巡回健診に都合がつかなかった者を
貴協会の施設健診（11月分）へ振り替えていただきたく、名簿をお送りします。
ご予約が確定しましたら、受診日時を本メールへのご返信でお知らせください。

社員番号  氏名            生年月日     性別  携帯電話
--------------------------------------------------------------
""" + "\n".join(f"{x['no']}    {_pad(x['name'], 16)}{_slash(x['dob'])}   {x['sex']}    {x['mobile']}" for x in _p) + """

問診票と検査キットは、恐れ入りますが工場総務課（私宛）にまとめてお送りください。
各人へはこちらから配付いたします。

よろしくお願いいたします。
""" + SIG_SUMI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="list of 8 employees with birth dates and mobiles, space-padded under a ---- rule, to an outside health-check provider",
)

_add(
    id="anzeneisei-002",
    sender=SUMI,
    to=["楠 浩一 先生 <kusunoki@kusunoki-clinic.jp>"],
    cc=[OMAMEUDA],
    subject="【ご案内】10月度 相模原工場 安全衛生委員会の開催について",
    charset="iso-2022-jp",
    body="""楠メディカルクリニック
楠 浩一 先生

いつも大変お世話になっております。日の出産業 相模原工場の鷲見でございます。
10月度の安全衛生委員会を下記のとおり開催いたしますので、ご出席をお願い申し上げます。

　日時：10月21日（水）15:00〜16:30（職場巡視は13:30から）
　場所：相模原工場 管理棟2階 第1会議室
　議題：
　　1. 9月度 労働災害・ヒヤリハット報告
　　2. 職場巡視の指摘事項と是正状況（塗装ブース局所排気装置ほか）
　　3. 定期健康診断の実施状況（受診率のみ）
　　4. インフルエンザ予防接種の社内実施について
　　5. 冬季の転倒災害防止キャンペーン（案）
　　6. 産業医講話「睡眠と疲労回復」（15分）

資料は前日までにメールでお送りいたします。
当日は正門の守衛所で「安全衛生委員会」とお伝えいただければご案内いたします。

何卒よろしくお願いいたします。
""" + SIG_SUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting notice with agenda to the part-time occupational physician; no personal data",
)

_p = _crowd("003", 28, site="富士")
_add(
    id="anzeneisei-003",
    sender=HIIRAGI,
    to=["メンタルナビ 実施事務局 <sc-jimukyoku@mental-navi.co.jp>"],
    cc=[IKARI],
    subject="2026年度ストレスチェック 受検対象者リスト（富士工場分）送付",
    charset="utf-8",
    body="""株式会社メンタルナビ
ストレスチェック実施事務局 御中

お世話になっております。日の出産業 健康管理室の柊です。
今年度のストレスチェック（Web受検）につき、富士工場分の受検対象者リストを添付します。
本社・相模原工場分は先週お送りしたものから変更ありません。

・受検期間：11月4日〜11月18日
・ID／初期パスワードの通知メールは、リストのアドレス宛に11月4日朝の送信でお願いします
・休職者2名は対象から除いております

CSVはいつものとおりShift_JISで出力しています。文字化け等あればご連絡ください。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "csv", "name": "SC2026_対象者_富士工場.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "フリガナ", "所属", "メールアドレス", "生年月日", "性別"]]
        + [[x["no"], x["name"], x["kata"], "富士工場 " + x["dept"], x["email"],
            _slash(x["dob"]), x["sex"]] for x in _p],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CP932 CSV of 28 employees (name, e-mail, birth date) to the outside stress-check provider",
)

_add(
    id="anzeneisei-004",
    sender=HIIRAGI,
    to=["岡野 様 <okano@mental-navi.co.jp>"],
    subject="Re: 秘密保持契約書（案）へのコメント",
    charset="shift_jis",
    body="""株式会社メンタルナビ
営業部　岡野様

お世話になっております。日の出産業の柊です。
ご送付いただいた秘密保持契約書（案）について、当社法務と確認したコメントを
修正履歴の形で添付いたします。主な点は次の3点です。

１．第2条の「秘密情報」の範囲に、受検者の個人情報および受検結果を明記すること
２．第6条の返還・廃棄に、廃棄証明書の提出を加えること
３．契約終了後の秘密保持期間を3年から5年に延ばすこと

ストレスチェックの受検結果は労働安全衛生法上、本人の同意なく事業者に提供できない
情報ですので、再委託の禁止（第8条）も残していただければと存じます。
ご確認のうえ、問題なければ押印版のご準備をお願いいたします。

本件は個人情報の授受に先立つ契約ですので、受検者リストは締結後にお送りします。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_日の出産業コメント.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社メンタルナビ（以下「乙」という。）は、"
            "甲が乙に委託するストレスチェック実施業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
            "第2条（秘密情報）本契約において秘密情報とは、開示の方法を問わず、相手方から開示された"
            "技術上・営業上の情報をいう。【甲コメント：受検者の個人情報及び受検結果を含む旨を明記】",
            "第6条（返還・廃棄）乙は、本契約終了時、秘密情報を速やかに返還又は廃棄する。"
            "【甲コメント：廃棄証明書の提出を追加】",
            "第8条（再委託）乙は、甲の書面による承諾なく本業務を第三者に再委託してはならない。",
            "第11条（有効期間）本契約終了後も3年間（【甲コメント：5年間に変更】）効力を有する。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the NDA draft attached; the word 秘密 is contract text, not a marking",
)

_add(
    id="anzeneisei-005",
    sender=OMAMEUDA,
    to=["藤本 様 <fujimoto@fujimoto-sr.jp>"],
    cc=[HASEBE],
    subject="労働者死傷病報告（休業4日以上）作成のお願い",
    charset="iso-2022-jp",
    body="""藤本社会保険労務士事務所
藤本様

いつもお世話になっております。日の出産業 相模原工場の大豆生田です。
先週発生した休業災害について、労働者死傷病報告の作成をお願いしたく、
現時点で分かっている内容をお送りします。

【被災者】
　氏名　　：猪子 拓也（いのこ たくや）
　生年月日：平成10年7月22日（27歳）
　所属・職種：製造一課　プレス機オペレーター（経験年数 4年）
【発生状況】
　日時：10月8日（木）10時40分頃
　場所：第2工場棟 200tプレス機 No.3
　状況：金型交換作業中、段取り用の治具を押さえていた右手が上型と治具の間に挟まれた。
　　　　安全ブロック未使用。インターロックは有効だったが寸動操作中であった。
【傷病】
　傷病名：右手示指 末節骨骨折、中指挫創（相模原中央病院 整形外科）
　休業見込：約4週間（10月9日より休業中）

労基署への提出期限もありますので、ドラフトができましたらご連絡ください。
被災者本人の署名が必要な書類があればあわせてお知らせいただけると助かります。
""" + SIG_OMAMEUDA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one injured worker named with birth date and fracture diagnosis (health data) to an outside labour consultant",
)

_p = _crowd("006", 9)
_add(
    id="anzeneisei-006",
    sender=HASEBE,
    to=["宍戸 誠 <shishido.makoto@hinode-sangyo.co.jp>"],
    cc=[HIIRAGI, "大豆生田 剛 <omameuda.t@hinode-sangyo.co.jp>"],
    subject="9月度 時間外・休日労働 月80時間超過者（面接指導のご案内対象）",
    charset="iso-2022-jp",
    body="""宍戸先生

お疲れさまです。人事部 労務課の長谷部です。
9月度の勤怠締めの結果、時間外・休日労働が月80時間を超えた社員は以下の9名でした。
本人への面接指導の申出勧奨メールは本日送付済みです。申出があり次第、日程を調整します。

氏名　　　　　　　所属　　　　　　　　9月時間外　　前月
""" + "\n".join(f"{x['name']}{'　' * max(1, 8 - len(x['name']))}相模原 {x['dept']}{'　' * max(1, 7 - len(x['dept']))}{x['ot']}h　　　　{x['ot'] - 9}h" for x in _p) + """

※全員、社内限りでお願いします（産業保健スタッフと所属長のみ）。
""" + SIG_HASEBE,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=[],
    note="internal only: overtime list of 9 employees to the in-house physician and staff",
)

_add(
    id="anzeneisei-007",
    sender=OMAMEUDA,
    to=["国分 様 <kokubu@aoba-unyu.co.jp>",
        "梶原 様 <kajiwara@kawasaki-denki.co.jp>",
        "羽田野 様 <hatano@kitaguni-foods.co.jp>",
        "相模鋼材 安全担当 <anzen@sagami-kouzai.co.jp>",
        "第一設備工業 工事部 <koji@daiichi-setsubi.co.jp>"],
    subject="第3回 構内協力会社 安全衛生協議会 開催のご案内",
    charset="iso-2022-jp",
    body="""構内協力会社 各位

平素より当工場の安全衛生活動にご協力いただき、誠にありがとうございます。
日の出産業 相模原工場の大豆生田です。

第3回 構内協力会社 安全衛生協議会を下記のとおり開催いたします。
ご多忙中恐縮ですが、各社1〜2名のご出席をお願いいたします。

　日時：11月12日（木）14:00〜15:30
　場所：相模原工場 管理棟2階 大会議室
　内容：・構内通行ルールの改定（フォークリフト動線の分離）
　　　　・年末年始の設備停止工事における作業調整
　　　　・各社からの安全活動報告（各5分）
　　　　・KY活動事例の共有

出欠は11月5日までに本メールへのご返信でお知らせください。
""" + SIG_OMAMEUDA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five contractor companies all in To: each sees the others' addresses, should have been Bcc",
)

_p = _crowd("008", 6)
_add(
    id="anzeneisei-008",
    sender=SUMI,
    to=["楠 浩一 先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="長時間労働者の面接指導（11月）対象者のご連絡",
    charset="shift_jis",
    body="""楠先生

いつもお世話になっております。相模原工場 総務課の鷲見です。
11月の産業医面談日（11/18午後）に、長時間労働者の面接指導をお願いしたく、
対象者（本人申出済み）をお知らせします。Excelから貼り付けていますので崩れていたらすみません。

氏名\t社員番号\t所属\t8月\t9月\t10月\t連絡先（携帯）
""" + "\n".join(f"{x['name']}\t{x['no']}\t{x['dept']}\t{x['ot'] - 12}h\t{x['ot'] - 4}h\t{x['ot']}h\t{x['mobile']}" for x in _p) + """

疲労蓄積度チェックリストは当日本人が持参します。
面談時間は1人20分程度で組んでおりますが、延長が必要でしたらお申し付けください。
""" + SIG_SUMI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of 6 employees with employee numbers, overtime and mobiles to an outside clinic",
)

_add(
    id="anzeneisei-009",
    sender=SUMI,
    to=["楠 浩一 先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="Re: Re: 職場巡視の日程について",
    charset="iso-2022-jp",
    body="""楠先生

ご返信ありがとうございます。
それでは11月の職場巡視は 11月18日（水）13:30〜 でお願いいたします。
巡視ルートは、ご指摘いただいたとおり塗装ブースと第3倉庫（夏季に高温になる場所）を
中心に組みます。当日は安全管理者の大豆生田も同行いたします。

鷲見
""" + SIG_SUMI + """

> 鷲見様
>
> 11月は18日の午後か25日の午前でしたら伺えます。
> 前回気になった塗装ブースの排気と、第3倉庫の暑熱対策を見たいと思っています。
> 委員会は巡視のあとで結構です。
>
> 楠メディカルクリニック　楠
>
>> 楠先生
>> 11月の職場巡視のご都合をお伺いできますでしょうか。
>> 相模原工場 総務課 鷲見
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary scheduling reply with quoted thread; no personal data",
)

_add(
    id="anzeneisei-010",
    sender=OMAMEUDA,
    to=["国分 様 <kokubu@aoba-unyuu.co.jp>"],
    subject="構内通行ルール改定（12月1日施行）のお知らせ",
    charset="utf-8",
    body="""青葉運輸株式会社
相模原営業所　国分様

いつもお世話になっております。日の出産業 相模原工場の大豆生田です。
先日の協議会でご説明した構内通行ルールの改定版がまとまりましたのでお知らせします。

1. 正門〜第2倉庫間の通路を歩行者専用とし、トラックは東門から入構
2. 構内制限速度を 15km/h → 10km/h に変更
3. フォークリフトとトラックの荷役エリアを黄色ラインで区分
4. バック時は誘導員の配置を必須とする（夜間含む）

改定後の構内図（PDF）は来週改めてお送りします。
ドライバーの皆様への周知をよろしくお願いいたします。
""" + SIG_OMAMEUDA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain aoba-unyuu.co.jp is a one-letter look-alike of the partner aoba-unyu.co.jp",
)

_p = _crowd("011", 12)
_bus = _crowd("011b", 8)
_add(
    id="anzeneisei-011",
    sender=ISURUGI,
    to=["真壁 様 <makabe@sakura-hotel.jp>"],
    subject="安全衛生大会 宿泊者名簿・送迎バス乗車名簿の送付",
    charset="iso-2022-jp",
    body="""さくらホテル
宴会セールス　真壁様

いつもお世話になっております。日の出産業 安全衛生課の石動です。
7月3日の安全衛生大会につきまして、前泊される参加者の名簿と送迎バスの乗車名簿を
Excelでお送りいたします。食事のご配慮が必要な方も別シートにまとめました。

客室割りとバスの配車がお決まりになりましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_ISURUGI,
    attachments=[{
        "kind": "xlsx", "name": "安全衛生大会_宿泊・送迎名簿.xlsx",
        "title": "第32回安全衛生大会 宿泊者名簿",
        "sheets": {
            "宿泊者": [["第32回 日の出産業 安全衛生大会　宿泊者名簿（7月3日泊）"], [],
                     ["No", "氏名", "フリガナ", "性別", "住所", "携帯電話", "部屋タイプ"]]
            + [[i + 1, x["name"], x["kata"], x["sex"], f"〒{x['zip']} {x['addr']}", x["mobile"],
                "シングル" if i % 3 else "ツイン"] for i, x in enumerate(_p)],
            "送迎バス": [["送迎バス乗車名簿（7月3日 新富士駅 16:30発）"], [],
                      ["氏名", "乗車地", "携帯電話"]]
            + [[x["name"], "新富士駅" if i % 2 else "富士工場", x["mobile"]] for i, x in enumerate(_bus)],
            "食事配慮": [["夕食・朝食のご配慮"], [], ["氏名", "内容"],
                      [_p[2]["name"], "甲殻類アレルギー（エビ・カニ不可、エキスも不可）"],
                      [_p[7]["name"], "糖尿病治療中のため、ご飯少なめ・甘味なしを希望"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX (3 sheets, title rows): 12 guests with home address and mobile, 8 bus riders, plus allergy/diabetes notes, to the hotel",
)

_add(
    id="anzeneisei-012",
    sender=SUMI,
    to=["高階 様 <takashina@kankyo-sokutei.co.jp>"],
    subject="下期 作業環境測定のお見積り・日程のご相談",
    charset="shift_jis",
    body="""関東環境測定株式会社
測定部　高階様

お世話になっております。日の出産業 相模原工場の鷲見です。
下期の作業環境測定について、前回同様の内容でお見積りと日程のご相談をさせてください。

単位作業場所        対象物質                  管理区分（前回）
------------------------------------------------------------------
塗装ブースA         トルエン・キシレン        第1管理区分
塗装ブースB         トルエン・キシレン        第2管理区分
洗浄室              ノルマルヘキサン          第1管理区分
研磨工程（第1棟）   粉じん（遊離けい酸）      第1管理区分
溶接工程（第2棟）   溶接ヒューム（マンガン）  第1管理区分（個人サンプリング）
第1棟 プレスライン  騒音                      第II管理区分

塗装ブースBは9月に局所排気装置のダクトを改修しましたので、その効果も確認したく存じます。
12月第1週か第2週の平日で、稼働日に合わせて実施いただけると助かります。
""" + SIG_SUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of work areas and substances for workplace measurement; no people",
)

_add(
    id="anzeneisei-013",
    sender=HASEBE,
    to=["藤本 様 <fujimoto@fujimoto-sr.jp>"],
    subject="障害補償給付支給請求（年金）の書類について",
    charset="utf-8",
    body="""藤本先生

いつもお世話になっております。日の出産業 労務課の長谷部です。
昨年の休業災害で治療を続けていた纐纈さんが先月症状固定となりましたので、
障害補償給付（年金）の請求手続きをお願いいたします。様式第10号の記入に必要な事項をお送りします。

　氏名　　　　：纐纈 功（こうけつ いさお）
　生年月日　　：昭和46年11月3日
　住所　　　　：〒252-0344 神奈川県相模原市南区古淵四丁目12番7号
　個人番号　　：""" + my_number(SEED + 0) + """
　基礎年金番号：4120-583916
　傷病名　　　：左手 示指・中指・環指 切断（第2〜4指 PIP関節以遠欠損）
　症状固定日　：令和8年9月30日（相模原中央病院 整形外科 診断書あり）

診断書の原本とレントゲン写真は本日レターパックで発送しました。
厚生年金の障害年金との併給調整についても、ご本人が気にされていますので
あわせてご説明いただけると幸いです。
""" + SIG_HASEBE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER",
              "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a worker's My Number, basic pension number, address and amputation injury to the outside labour consultant",
)

_add(
    id="anzeneisei-014",
    sender=MIKOSHIBA,
    to=["Ingrid Solberg <ingrid.solberg@nordvik-industrial.com>"],
    subject="Hinode Sangyo - Safety KPIs for September",
    charset="utf-8",
    body="""Dear Ingrid,

Please find below our safety figures for September, as agreed for the JV quarterly review.

Site          Hours worked   LTI   Recordable   LTIFR (12-mo rolling)
------------------------------------------------------------------------
Tokyo HQ          61,200       0        0            0.00
Sagamihara       148,900       1        2            1.12
Fuji             102,400       0        1            0.54

The lost-time injury at Sagamihara was a hand injury during a die change on a press
line; the root-cause analysis is still open and I will share the corrective actions
(without personal details) once the safety committee has approved them next week.

Near-miss reports were up 18% after we simplified the reporting form, which we see as
a good sign. Heat stress: no cases this month.

Best regards,
""" + SIG_MIKOSHIBA,
    expect="pass",
    entities=[],
    detectors=[],
    note="English aggregate safety KPIs to the JV partner; no one identifiable",
)

_add(
    id="anzeneisei-015",
    sender=HIIRAGI,
    to=["楠 浩一 先生 <kusunoki@kusunoki-clinic.jp>"],
    cc=[SUMI],
    subject="復職判定面談のお願い（製造二課 東海林さん）",
    charset="iso-2022-jp",
    body="""楠先生

いつもお世話になっております。人事部 健康管理室の柊です。

相模原工場 製造二課の東海林 沙織さん（社員番号 S48213）について、
主治医（さがみ心療クリニック）から「11月16日より復職可」とする診断書が提出されました。
つきましては、復職判定のための面談をお願いできますでしょうか。

・休職期間：6月1日〜（診断名：うつ病）
・服薬：継続中（主治医より睡眠導入剤は減量中と聞いています）
・生活記録表：9月以降、起床・就寝時刻は安定しています
・本人希望：当面は日勤のみ、時間外なしでの復帰

面談日は11月10日（火）か11日（水）の午後で調整できればと思います。
主治医の診断書と生活記録表の写しは、面談当日に紙でお渡しいたします。
""" + SIG_HIIRAGI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named employee's depression diagnosis and medication sent to an outside clinic: special-care data of one person",
)

_p = _crowd("016", 7)
_add(
    id="anzeneisei-016",
    sender=OMAMEUDA,
    to=["国分 様 <kokubu@aoba-unyu.co.jp>"],
    subject="合同防災訓練（11/26）緊急連絡網のご共有",
    charset="shift_jis",
    body="""青葉運輸株式会社　国分様

お世話になっております。日の出産業 相模原工場の大豆生田です。
11月26日の合同防災訓練に向けて、当日の当社側 連絡担当者をお知らせします。
訓練中に貴社ドライバーの方から連絡を取る場合は、以下へ直接お電話ください。

・統括（自衛消防隊長）　　大豆生田 剛　（当方、下記署名の番号）
""" + "\n".join(f"・{['通報連絡班', '初期消火班', '避難誘導班', '避難誘導班', '救護班', '救護班', '設備停止班'][i]}　{x['name']}　携帯 {x['mobile']}　{x['email']}" for i, x in enumerate(_p)) + """

貴社側のご担当者様の連絡先も、同じ形で頂戴できますと幸いです。
""" + SIG_OMAMEUDA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="・-bulleted list of 7 employees with mobiles and e-mails to a partner company",
)

_add(
    id="anzeneisei-017",
    sender=OMAMEUDA,
    to=["梶原 様 <kajiwara@kawasaki-denki.co.jp>", "国分 様 <kokubu@aoba-unyu.co.jp>"],
    subject="12/5 三者打合せ（受電設備更新工事の搬入ルート）",
    charset="utf-8",
    body="""川崎電機株式会社　梶原様
青葉運輸株式会社　国分様

お世話になっております。日の出産業 相模原工場の大豆生田です。
年末の受電設備更新工事で、変圧器（約4t）を東門から搬入する件について、
三者で搬入ルートと当日の交通整理を確認させてください。

　日時：12月5日（土）10:00〜11:00
　場所：相模原工場 東門守衛所 集合 → 現地確認 → 管理棟会議室

確認したい事項
　- ユニック車の停車位置と、構内フォークリフト動線の一時閉鎖範囲
　- 青葉運輸様の入出荷トラックの待機場所（当日 8:00〜12:00）
　- 吊り荷の下の立入禁止措置と合図者の配置

ご都合が悪い場合はお知らせください。
""" + SIG_OMAMEUDA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To",
)

_add(
    id="anzeneisei-018",
    sender=HIIRAGI,
    to=["こころリンク 相談室 <soudan@kokoro-link.jp>"],
    subject="高ストレス者のうち面談希望者の件",
    charset="iso-2022-jp",
    body="""株式会社こころリンク
EAP相談室 ご担当者様

お世話になっております。日の出産業 健康管理室の柊です。
ストレスチェックで高ストレスと判定され、外部カウンセラーとの面談を希望した社員の
一覧と希望日時をお送りします。

個人情報を含むため、ファイルはパスワード付きZIPにしております。
パスワードは別メールでお送りいたします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "zip", "name": "面談希望者一覧_20261105.zip", "password": "Kk7#wq2Hinode",
        "files": [{"kind": "xlsx", "name": "面談希望者一覧.xlsx", "sheets": {"一覧": [
            ["氏名", "所属", "判定", "希望日時"],
            ["薬袋 奈々", "品質保証課", "高ストレス", "11/12 PM"],
            ["十河 恭平", "物流課", "高ストレス", "11/13 AM"],
        ]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) that cannot be inspected; the body itself names no one",
)

_q = _crowd("019", 6)
_add(
    id="anzeneisei-019",
    sender=IKARI,
    to=["芹沢 様 <kigyo@tokai-kenshin.or.jp>"],
    subject="Re: 【東海健診センター】11月巡回健診 受診予定者のご確認",
    charset="shift_jis",
    body="""東海健診センター　芹沢様

お世話になっております。日の出産業 富士工場の猪狩です。
受診予定者のご確認ありがとうございます。内容は一覧のとおりで相違ございません。

1点だけ、受付番号 F-05 の方は当日夜勤明けのため、受付時刻を 9:00 → 10:30 に
変更していただけますでしょうか。他の方は予定どおりでお願いいたします。

猪狩
""" + SIG_IKARI + """

2026年11月2日(月) 16:12 芹沢 <kigyo@tokai-kenshin.or.jp>:
> 日の出産業株式会社 富士工場　猪狩様
>
> 11月20日の巡回健診につき、受診予定者を以下のとおり承っております。
> 相違がないかご確認ください。
>
> 受付  氏名            生年月日     受付時刻
""" + "\n".join(f"> F-{i + 1:02d}  {_pad(x['name'], 16)}{_slash(x['dob'])}   {9 + i // 3}:{'00' if i % 3 == 0 else ('20' if i % 3 == 1 else '40')}" for i, x in enumerate(_q)) + """
>
> 東海健診センター 企業健診課 芹沢
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the list of examinees is quoted from the provider's own mail; the new text names no one",
)

_p = _crowd("020", 5)
_add(
    id="anzeneisei-020",
    sender=SUMI,
    to=["相模原市防災協会 講習受付 <koushu@sagamihara-bousai.or.jp>"],
    subject="普通救命講習Ⅰ（12月8日）受講申込",
    charset="utf-8",
    body="""公益財団法人 相模原市防災協会
講習受付ご担当者様

お世話になっております。日の出産業株式会社 相模原工場 総務課の鷲見と申します。
12月8日（火）の普通救命講習Ⅰ（AED講習）に、当社から5名の受講を申し込みます。
申込書の記入事項を以下に記載します。

""" + "\n\n".join(f"""【{i + 1}】
氏名　　：{x['name']}（{x['kana']}）
生年月日：{_wareki(x['dob'])}
住所　　：〒{x['zip']} {x['addr']}
電話　　：{x['mobile']}""" for i, x in enumerate(_p)) + """

受講料（テキスト代）は当日まとめて現金でお支払いします。
修了証の宛名は上記氏名でお願いいたします。
""" + SIG_SUMI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one record per block: 5 trainees with 和暦 birth dates, home addresses and phones to an outside association",
)

# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

_add(
    id="anzeneisei-021",
    sender=HIIRAGI,
    to=["御園 智子 先生 <misono@misono-iin.jp>"],
    cc=[IKARI],
    subject="ストレスチェック後の医師面接 申出者（富士工場）",
    charset="utf-8",
    body="""御園内科医院
御園 智子 先生

いつもお世話になっております。日の出産業 健康管理室の柊です。
今年度のストレスチェックで高ストレスと判定され、医師による面接指導を申し出た
富士工場の社員3名について、判定結果と面談候補日をExcelにまとめました。

面接指導の結果報告書（就業上の措置に関するご意見）は、従来どおり
先生から健康管理室宛に直接お送りいただけますと幸いです。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "xlsx", "name": "医師面接申出者_富士工場_2026.xlsx",
        "sheets": {
            "申出者": [["2026年度ストレスチェック　医師面接指導 申出者一覧（富士工場）"],
                    ["※実施者・実施事務従事者限り"],
                    ["氏名", "社員番号", "所属", "ストレス反応", "ストレス要因", "周囲の支援", "判定", "申出日"],
                    ["我妻 陽斗", "F31877", "製造一課", 92, 45, 14, "高ストレス（要面接）", "11/20"],
                    ["五百旗頭 美咲", "F40219", "品質保証課", 88, 51, 11, "高ストレス（要面接）", "11/21"],
                    ["廿日出 茂", "F27305", "物流課", 79, 60, 9, "高ストレス（要面接）", "11/24"]],
            "面談候補日": [["面談候補日"], ["日付", "時間", "対象"],
                      ["12/3(木)", "14:00-14:30", "我妻 陽斗"],
                      ["12/3(木)", "14:40-15:10", "五百旗頭 美咲"],
                      ["12/10(木)", "14:00-14:30", "廿日出 茂"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="stress-check results (high-stress judgements) of 3 named employees to an outside physician: health data",
)

_p = _crowd("022", 3)
_add(
    id="anzeneisei-022",
    sender=OMAMEUDA,
    to=["関東技能講習センター 受付 <uketsuke@kanto-ginou.co.jp>"],
    subject="玉掛け技能講習（1月コース）受講申込 3名",
    charset="iso-2022-jp",
    body="""関東技能講習センター
受付ご担当者様

お世話になっております。日の出産業 相模原工場の大豆生田です。
1月13日開講の玉掛け技能講習（1t以上・3日間コース）に、以下の3名を申し込みます。

""" + "\n".join(f"{i + 1}. {x['name']}（{x['kana']}）　{_wareki(x['dob'])}生　携帯 {x['mobile']}" for i, x in enumerate(_p)) + """

3名とも小型移動式クレーンの運転技能講習は修了済みです。
受講料は請求書払い（月末締め翌月末払い）でお願いできますでしょうか。
""" + SIG_OMAMEUDA,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three trainees' birth dates and mobiles to a course provider: under five people, may be warned",
)

_add(
    id="anzeneisei-023",
    sender=ISURUGI,
    to=["平松 様 <hiramatsu@nishiki-insatsu.co.jp>"],
    subject="安全衛生ニュース 11月号 原稿入稿",
    charset="shift_jis",
    body="""錦印刷株式会社
平松様

いつもお世話になっております。日の出産業の石動です。
安全衛生ニュース11月号の原稿（Word）をお送りします。
レイアウトは10月号と同じA4両面、写真2点は別途ギガファイル便でお送りします。
初校は11月9日（月）までにいただけますと助かります。
""" + SIG_ISURUGI,
    attachments=[{
        "kind": "docx", "name": "安全衛生ニュース11月号_原稿.docx",
        "title": "安全衛生ニュース 11月号",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 安全衛生委員会",
        "paragraphs": [
            "安全衛生ニュース　2026年11月号",
            "■ 10月の労働災害発生状況",
            "休業災害1件（相模原工場・プレス作業中の挟まれ）、不休災害2件（富士工場・切創、転倒）。"
            "前年同月比で不休災害が1件増加しました。",
            "■ 今月の重点：冬季の転倒災害防止",
            "朝夕の凍結に注意。駐車場から通用口までは融雪マットを設置します。",
            "■ 安全提案の表彰",
            "物流課から提案のあった「フォークリフト後退時の回転灯」が優秀賞に選ばれました。",
            "■ 産業医コラム「眠りの質を上げる3つの習慣」",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached DOCX carries a 社外秘 page header; sent to an outside printer",
)

_p = _crowd("024", 6)
_add(
    id="anzeneisei-024",
    sender=OMAMEUDA,
    to=["関東技能講習センター 受付 <uketsuke@kanto-ginou.co.jp>"],
    subject="フォークリフト運転技能講習 申込（6名）",
    charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>関東技能講習センター<br>受付ご担当者様</p>
<p>お世話になっております。日の出産業 相模原工場の大豆生田です。<br>
2月開講のフォークリフト運転技能講習（31時間コース）に、下記6名の受講を申し込みます。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>ふりがな</th><th>生年月日</th><th>住所</th><th>携帯電話</th><th>普通免許</th></tr>
""" + "\n".join(f"<tr><td>{i + 1}</td><td>{x['name']}</td><td>{x['kana']}</td><td>{_slash(x['dob'])}</td><td>〒{x['zip']} {x['addr']}</td><td>{x['mobile']}</td><td>{'有' if i % 4 else '無'}</td></tr>" for i, x in enumerate(_p)) + """
</table>
<p>普通免許のない者が1名おりますので、31時間コースで問題ないかご確認ください。</p>
<p>――――――――――――<br>日の出産業(株) 相模原工場<br>製造部 課長 兼 安全管理者　大豆生田 剛<br>TEL 042-758-3301</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 6 trainees (birth date, home address, mobile) to a course provider",
)

_add(
    id="anzeneisei-025",
    sender=HIIRAGI,
    to=["東海林 沙織 <s.shoji.0412@gmail.com>"],
    subject="復職面談の日程について（健康管理室 柊）",
    charset="iso-2022-jp",
    body="""東海林 沙織 様

休職中のところ失礼いたします。人事部 健康管理室の柊です。
休職中の連絡はこちらのアドレスに、とのご希望でしたので、個人アドレス宛にお送りしています。

主治医の先生からの診断書（うつ病、11月16日より復職可）を受け取りました。
つきましては、産業医の楠先生との復職面談を下記で設定したいと考えています。

　候補1：11月10日（火）14:00〜　相模原工場 健康相談室
　候補2：11月11日（水）15:00〜　同上

ご都合のよい方をお知らせください。面談には生活記録表（9月〜10月分）をお持ちください。
体調がすぐれない場合は無理をせず、日程の変更もできますので遠慮なくご連絡ください。
""" + SIG_HIIRAGI,
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="the employee's own diagnosis sent to her own private address at her request: sensitive, but to the data subject herself",
)

_add(
    id="anzeneisei-026",
    sender=MIKOSHIBA,
    to=["Ingrid Solberg <ingrid.solberg@nordvik-industrial.com>"],
    cc=["Bjorn Halvorsen <bjorn.halvorsen@nordvik-industrial.com>"],
    subject="Incident report - Nordvik technician injured at Sagamihara plant",
    charset="utf-8",
    body="""Dear Ingrid, dear Bjorn,

As promised on the phone, here is the first incident report on the injury of your
technician during the commissioning work at our Sagamihara plant.

  Injured person : Mr. Lars Eriksen, Service Technician (Nordvik Industrial AS)
  Date / time    : 4 November 2026, approx. 14:20 JST
  Location       : Sagamihara plant, Building 2, coating line No. 2 (mezzanine)
  What happened  : While stepping down from the mezzanine ladder he missed the last
                   rung and fell about 1.2 m, landing on his outstretched left hand.
  Injury         : Distal radius fracture of the left wrist (X-ray confirmed), minor
                   bruising to the left hip. Treated at Sagamihara Chuo Hospital.
  Treatment      : Closed reduction and cast; one night in hospital for observation.
                   He also told the doctor he takes medication for asthma, which was
                   taken into account for the anaesthesia.
  Return         : Discharged on 5 Nov. Fit for light duties only; no ladder work for
                   6 weeks according to the orthopaedic surgeon.

The ladder has been taken out of service and we will fit a handrail extension this week.
We will send the full root-cause analysis after our safety committee on 18 November.

Kind regards,
""" + SIG_MIKOSHIBA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English incident report naming a technician with his fracture diagnosis and asthma medication: health data of one person",
)

_p = _crowd("027", 10)
_finds = ["血圧 168/102 要精密検査", "HbA1c 7.4% 要治療", "ALT 88 γ-GTP 212 要再検査",
          "心電図 ST低下 要精密検査", "LDL 214 要治療", "胸部X線 右上肺野 結節影 要精密検査",
          "尿蛋白 2+ 要再検査", "血圧 172/98 要治療", "空腹時血糖 148 要再検査", "便潜血 陽性 要精密検査"]
_add(
    id="anzeneisei-027",
    sender=HIIRAGI,
    to=["宍戸 誠 <shishido.makoto@hinode-sangyo.co.jp>", SUMI],
    subject="定期健診 有所見者（要精密・要治療）一覧 相模原工場分",
    charset="utf-8",
    body="""宍戸先生、鷲見さん

お疲れさまです。健康管理室の柊です。
相模原工場分の定期健康診断の結果が健診機関から届きましたので、
要精密検査・要治療の判定が出た方の一覧を添付します（社内限り）。

受診勧奨の文書は来週本人宛に発送します。
先生には就業判定欄のご記入をお願いできればと思います。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "xlsx", "name": "有所見者一覧_相模原_2026.xlsx",
        "sheets": {"有所見者": [["2026年度 定期健康診断 有所見者一覧（相模原工場）"], [],
                             ["社員番号", "氏名", "所属", "年齢", "所見", "就業判定"]]
                   + [[x["no"], x["name"], x["dept"], x["age"], _finds[i], ""] for i, x in enumerate(_p)]},
    }],
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health-check findings of 10 employees, but every recipient is internal",
)

_add(
    id="anzeneisei-028",
    sender=ISURUGI,
    to=["安全マート 法人窓口 <houjin@anzen-mart.jp>"],
    subject="安全靴・耐切創手袋の注文（カード決済）",
    charset="iso-2022-jp",
    body="""安全マート 法人窓口 御中

お世話になっております。日の出産業株式会社 総務部の石動です。
見積No. AM-26-10873 の内容で注文いたします。

　・安全靴 JSAA A種 セーフティスニーカー（黒）　24.5〜28.0cm 計40足
　・耐切創手袋 レベルD（Lサイズ）　200双
　・ヘルメット用 あご紐（交換用）　50本

お支払いは法人カードでお願いします。
　カード番号：""" + card_number(SEED + 0) + """
　有効期限　：09/29
　名義　　　：HINODE SANGYO CO LTD

納品先は相模原工場 総務課（鷲見）宛でお願いいたします。
""" + SIG_ISURUGI,
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a full credit card number with expiry in the body of an order mail",
)

_add(
    id="anzeneisei-029",
    sender=OMAMEUDA,
    to=["梶原 様 <kajiwara@kawasaki-denki.jp>"],
    subject="安全パトロール指摘事項（受電設備更新工事 仮設エリア）",
    charset="shift_jis",
    body="""川崎電機株式会社
フィールドサービス部　梶原様

お世話になっております。日の出産業 相模原工場の大豆生田です。
本日の安全パトロールで、貴社仮設エリアについて以下の指摘がありました。
明日の作業開始前までに是正いただき、写真でご報告をお願いします。

１．高所作業車の作業床上で安全帯（フルハーネス）のフック未使用者あり
２．仮設分電盤の扉が開放のまま、施錠・表示なし
３．ケーブルの通路横断部に養生（ケーブルプロテクター）なし
４．KYボードの記入が前日のまま

なお、１は重大指摘のため、作業員の方への再教育をお願いいたします。
""" + SIG_OMAMEUDA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kawasaki-denki.jp drops the co. of the partner domain kawasaki-denki.co.jp: look-alike recipient",
)

_hojin = _corp_no("010401583027")
_add(
    id="anzeneisei-030",
    sender=HASEBE,
    to=["藤本 様 <fujimoto@fujimoto-sr.jp>"],
    subject="労働保険 年度更新の基礎資料送付",
    charset="utf-8",
    body=f"""藤本先生

お世話になっております。日の出産業 労務課の長谷部です。
労働保険の年度更新につき、確定保険料算定の基礎資料をお送りします。

　事業主　　　：日の出産業株式会社（法人番号 {_hojin}）
　労働保険番号：13-1-08-512734-000（本社・継続事業一括）
　賃金総額　　：常用労働者 4,182,650,000円 / 臨時労働者 96,420,000円
　業種　　　　：金属製品製造業（料率 13/1000）
　メリット制　：適用あり（前年度 収支率 62%）

一般拠出金の算定もあわせてお願いいたします。
電子申請の委任状は先日押印してお送りしたものをご利用ください。
""" + SIG_HASEBE,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="company-level payroll totals and the company's own 法人番号 to the labour consultant; no person",
)

_p = _crowd("031", 8, site="富士")
_add(
    id="anzeneisei-031",
    sender=IKARI,
    to=["中央労働安全協会 静岡支部 <shizuoka@chuo-anzen.or.jp>"],
    subject="職長・安全衛生責任者教育（12月）受講申込書の送付",
    charset="utf-8",
    body="""中央労働安全協会 静岡支部
講習担当者様

お世話になっております。日の出産業 富士工場の猪狩です。
12月9日・10日の職長・安全衛生責任者教育に、8名の受講を申し込みます。
所定の申込書（Word）に記入して添付いたしましたので、ご査収ください。

受講票は工場 工務課（猪狩）宛にまとめてお送りいただけますと幸いです。
""" + SIG_IKARI,
    attachments=[{
        "kind": "docx", "name": "受講申込書_日の出産業富士工場.docx",
        "paragraphs": ["職長・安全衛生責任者教育 受講申込書",
                       "事業場名：日の出産業株式会社 富士工場　申込担当：工務課 猪狩",
                       "受講者は以下のとおりです。"],
        "tables": [[["No", "氏名", "フリガナ", "生年月日", "所属", "現住所"]]
                   + [[str(i + 1), x["name"], x["kata"], _wareki(x["dob"], "short"), x["dept"],
                       x["addr"]] for i, x in enumerate(_p)]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 8 trainees with birth dates (S/H short form) and home addresses to a training body",
)

_add(
    id="anzeneisei-032",
    sender=IKARI,
    to=["協同組合アジア協力センター 富士事務所 <fuji@asia-kyoryoku.or.jp>"],
    subject="技能実習生 ヌルル・アフィファさんの体調について",
    charset="iso-2022-jp",
    body="""協同組合アジア協力センター
富士事務所　指導員 望月様

お世話になっております。日の出産業 富士工場の猪狩です。
貴組合から受け入れている技能実習生のヌルル・アフィファ（NURUL AFIFAH）さん
（インドネシア、実習2年目、塗装職種）の件でご相談です。

本人はイスラム教徒で、現在ラマダン中のため日中の飲食をしていません。
昨日14時頃、塗装ブース内の作業中にめまいとふらつきを訴え、熱中症の疑いで
休憩室で休ませ、工場の看護師が対応しました。経口補水はできず、30分ほどで回復しています。

断食は本人の信仰上大切なことと理解していますので、当面は
　・暑熱作業（塗装ブース内）から検査工程への一時的な配置換え
　・礼拝の時間と場所（2階会議室を昼休みに開放）
を考えています。通訳を交えて本人の意向を確認したいので、
今週中に面談の場を設けていただけないでしょうか。
""" + SIG_IKARI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named intern's religion and a suspected heat-stroke episode sent to the supervising organisation: special-care data",
)

_add(
    id="anzeneisei-033",
    sender=ISURUGI,
    to=["岩佐 晴彦 <h.iwasa.safety@gmail.com>"],
    subject="安全衛生大会でのご講話のお願い",
    charset="utf-8",
    body="""岩佐 晴彦 様

突然のご連絡失礼いたします。日の出産業株式会社 総務部 安全衛生課の石動と申します。
中央労働安全協会の講習でご講演を拝聴し、ぜひ当社の安全衛生大会でも
お話しいただきたく、協会の方からこちらのアドレスを伺ってご連絡いたしました。

　日時：2027年7月3日（土）13:30〜14:30（60分）
　場所：さくらホテル富士 2階 宴会場「芙蓉」
　聴講：当社従業員・協力会社 約250名
　テーマ（案）：「現場のKYを形骸化させないために」

謝礼・交通費は当社規程によりお支払いいたします。
ご検討いただけますようでしたら、一度お電話でご説明させてください。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a speaking request to one outside speaker on a free-mail address; nothing personal in it",
)

_p = _crowd("034", 10, site="富士")
_add(
    id="anzeneisei-034",
    sender=IKARI,
    to=["芹沢 様 <kigyo@tokai-kenshin.or.jp>"],
    subject="有機溶剤等健康診断（12月）対象者名簿",
    charset="shift_jis",
    body="""東海健診センター　芹沢様

お世話になっております。日の出産業 富士工場の猪狩です。
12月の有機溶剤等健康診断（特殊健診）の対象者名簿をPDFでお送りします。
取扱物質と作業内容も記載していますので、検査項目の設定にご利用ください。
""" + SIG_IKARI,
    attachments=[{
        "kind": "pdf", "name": "特殊健診対象者名簿_有機溶剤_202612.pdf",
        "title": "有機溶剤等健康診断 対象者名簿",
        "lines": ["有機溶剤等健康診断 対象者名簿（日の出産業株式会社 富士工場）",
                  "実施予定日：2026年12月15日　作成：工務課 猪狩", ""],
        "table": [["No", "氏名", "生年月日", "性別", "取扱物質", "作業内容"]]
        + [[str(i + 1), x["name"], _slash(x["dob"]), x["sex"],
            ["トルエン", "キシレン", "酢酸エチル", "トルエン・キシレン", "ノルマルヘキサン"][i % 5],
            ["吹付塗装", "調色", "洗浄", "吹付塗装", "脱脂"][i % 5]] for i, x in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF table of 10 employees with birth dates for a special health check, to the outside provider",
)

_add(
    id="anzeneisei-035",
    sender=OMAMEUDA,
    to=["中央労働安全協会 神奈川支部 <kanagawa@chuo-anzen.or.jp>"],
    subject="フォークリフト特別教育（外国人受講者）本人確認事項",
    charset="utf-8",
    body="""中央労働安全協会 神奈川支部
講習担当　様

お世話になっております。日の出産業 相模原工場の大豆生田です。
来月の「フォークリフト運転業務（1t未満）特別教育」に、技能実習生4名が受講します。
本人確認のため在留カードの情報を事前に送るよう言われましたので、以下にお送りします。

氏名（ローマ字）        国籍           生年月日     在留カード番号
---------------------------------------------------------------------
NGUYEN VAN HUNG         ベトナム       2001/03/14   UH48201937EA
TRAN THI MAI            ベトナム       2002/11/02   UH57392014FA
SANTOS MARK ANTHONY     フィリピン     1999/07/25   PM20583716AB
DEWI LESTARI            インドネシア   2000/05/09   ID93017248JA

当日は通訳（日本語・ベトナム語）が1名同行いたします。
""" + SIG_OMAMEUDA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="residence card numbers of four trainees (identity documents) to an outside training body",
)

_add(
    id="anzeneisei-036",
    sender=ISURUGI,
    to=["木暮 様 <kogure@tsubasa-system.jp>"],
    subject="eラーニング用 KYT基礎教材のご送付",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
導入支援部　木暮様

お世話になっております。日の出産業の石動です。
先日ご相談した安全教育eラーニングの件、素材となるKYT（危険予知訓練）基礎の
スライドをお送りします。これを元に15分程度の動画教材を作成いただけますでしょうか。

・イラストは差し替え可、社名ロゴは残してください
・確認テストは5問程度（正答率80%で修了）
・受講管理は既存のLMSに載せる想定です

お見積りとスケジュール感をいただけますと幸いです。
""" + SIG_ISURUGI + "\n" + DISCLAIMER,
    attachments=[{
        "kind": "pptx", "name": "KYT基礎_教材素材.pptx",
        "slides": [["KYT（危険予知訓練）基礎", "日の出産業株式会社 安全衛生委員会"],
                   ["KYT 4ラウンド法", "第1R 現状把握：どんな危険がひそんでいるか",
                    "第2R 本質追究：これが危険のポイントだ", "第3R 対策樹立：あなたならどうする",
                    "第4R 目標設定：私たちはこうする"],
                   ["イラスト例：脚立上での作業", "脚立の天板に乗っている", "工具を手に持って昇降している"],
                   ["指差し呼称", "ヨシ！の前に、対象をしっかり見る"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="training material to a vendor; the only 機密 is the standard disclaimer",
)

_add(
    id="anzeneisei-037",
    sender=OMAMEUDA,
    to=["国分 様 <kokubu@aoba-unyu.co.jp>"],
    subject="RE: 本日の弊社ドライバーの件",
    charset="shift_jis",
    body="""国分様

ご連絡ありがとうございます。大豆生田です。
取り急ぎ、当方で把握している状況をお知らせします。

・対象　：貴社ドライバー　上遠野 義明さん（52歳）
・発生　：本日13時15分頃、第3倉庫前の荷役場所で荷下ろし中
・状況　：ふらつき・吐き気を訴え、その場に座り込む。受け答えはできたが
　　　　　手足のしびれがあったため、13時30分に救急要請
・搬送先：相模原中央病院　診断は「熱中症（II度）・脱水症」とのこと
・その他：ご本人の話では高血圧で降圧剤を服用中とのことで、医師にも伝えています

点滴後、夕方には帰宅できる見込みと病院から聞いています。
当日の第3倉庫前のWBGTは31.2でした。荷役場所への日除けと
スポットクーラーの設置を急ぎ検討します。

大豆生田
""" + SIG_OMAMEUDA + """

-----Original Message-----
From: 国分 <kokubu@aoba-unyu.co.jp>
Sent: Thursday, August 6, 2026 2:48 PM
To: 大豆生田 剛 <omameuda.t@hinode-sangyo.co.jp>
Subject: 本日の弊社ドライバーの件

大豆生田様

青葉運輸の国分です。
本日、貴工場で弊社のドライバーが体調を崩して救急搬送されたと聞きました。
ご迷惑をおかけし申し訳ございません。状況を教えていただけますでしょうか。
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="reply whose new text names the driver with a heat-stroke diagnosis and hypertension medication; the quoted part is harmless",
)

_add(
    id="anzeneisei-038",
    sender=OMAMEUDA,
    to=["梶原 様 <kajiwara@kawasaki-denki.co.jp>"],
    subject="11月度 安全パトロール結果（川崎電機様 作業エリア）",
    charset="utf-8",
    body="""川崎電機株式会社
フィールドサービス部　梶原様

お世話になっております。日の出産業 相模原工場の大豆生田です。
11月度の安全パトロール結果のうち、貴社作業エリアに関する指摘をお送りします。
写真と指摘一覧（Excel）を添付しております。是正状況は一覧の右欄にご記入ください。

前回ご指摘した仮設分電盤の施錠は、全数是正を確認しました。ありがとうございました。
""" + SIG_OMAMEUDA,
    attachments=[
        {"kind": "xlsx", "name": "安全パトロール指摘一覧_11月_川崎電機様.xlsx",
         "sheets": {"指摘一覧": [["11月度 安全パトロール 指摘一覧（川崎電機様 作業エリア）"], [],
                               ["No", "場所", "指摘内容", "区分", "是正期限", "是正状況"],
                               [1, "受電室前", "脚立の開き止め未ロック", "B", "11/20", ""],
                               [2, "第2棟屋上", "開口部の手すり仮設 1スパン欠落", "A", "即日", ""],
                               [3, "資材置場", "ボンベ転倒防止チェーン未使用", "A", "即日", ""],
                               [4, "通路", "延長コード 通路横断部 養生なし", "B", "11/20", ""]]}},
        {"kind": "png", "name": "指摘2_屋上開口部.png"},
        {"kind": "png", "name": "指摘3_ボンベ置場.png"},
    ],
    expect="pass",
    entities=[],
    detectors=[],
    note="safety patrol findings (places and hazards) with photos to the partner; no people",
)

_p = _crowd("039", 10)
_add(
    id="anzeneisei-039",
    sender=SUMI,
    to=["高階 様 <takashina@kankyo-sokutei.co.jp>"],
    subject="個人サンプリング測定（溶接ヒューム）対象者・日程表",
    charset="iso-2022-jp",
    body="""関東環境測定株式会社　高階様

お世話になっております。相模原工場 総務課の鷲見です。
溶接ヒュームの個人ばく露測定について、対象者一覧と測定日程をZIPでお送りします。
（CSVは対象者の基本情報、Excelは日程と当日の連絡先です）

サンプラーの装着・回収の際に各人へ直接ご連絡いただけるよう、連絡先も入れてあります。
""" + SIG_SUMI,
    attachments=[{
        "kind": "zip", "name": "個人サンプリング_溶接_相模原.zip",
        "files": [
            {"kind": "csv", "name": "対象者一覧.csv", "encoding": "utf-8",
             "rows": [["氏名", "ふりがな", "性別", "生年月日", "作業内容", "勤務帯"]]
             + [[x["name"], x["kana"], x["sex"], _slash(x["dob"]), "被覆アーク溶接" if i % 2 else "CO2半自動溶接",
                 "日勤" if i % 3 else "2交替"] for i, x in enumerate(_p)]},
            {"kind": "xlsx", "name": "測定日程.xlsx",
             "sheets": {"日程": [["個人サンプリング 測定日程"], ["測定日", "氏名", "開始", "終了", "当日連絡先"]]
                        + [[f"12/{8 + i // 5}", x["name"], "8:30", "16:30", x["mobile"]] for i, x in enumerate(_p)]}},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP with a UTF-8 CSV and an XLSX: 10 employees with birth dates and mobiles to a measuring company",
)

_add(
    id="anzeneisei-040",
    sender=IKARI,
    to=["望月 工務店 <mochizuki.koumuten@gmail.com>",
        "佐野 設備 <sano-setsubi@yahoo.co.jp>",
        "鈴木 電工 <suzuki.denko.fuji@icloud.com>",
        "渡井 塗装 <watai-tosou@docomo.ne.jp>"],
    subject="【ご案内】熱中症予防セミナー（協力業者様向け）",
    charset="iso-2022-jp",
    body="""協力業者の皆様

いつも富士工場の工事・保全作業にご協力いただきありがとうございます。
日の出産業 富士工場 工務課の猪狩です。

来夏に向けて、協力業者の皆様向けの熱中症予防セミナーを開催します。
一人親方の皆様もぜひご参加ください。

　日時：2027年5月20日（木）18:00〜19:00
　場所：富士工場 厚生棟 1階 食堂
　講師：当工場 嘱託産業医 御園先生
　内容：WBGTの見方、暑熱順化、経口補水のタイミング、応急処置

参加される方は5月13日までにご返信ください。
""" + SIG_IKARI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four sole traders on private free-mail addresses all in To: they see each other's addresses",
)

# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

_add(
    id="anzeneisei-041",
    sender=MIKOSHIBA,
    to=["Kevin Lin <kevin.lin@safeguard-ppe.com>"],
    subject="Re: EN 388 / JIS T 8116 certificates for cut-resistant gloves",
    charset="utf-8",
    body="""Hi Kevin,

Thank you for the quick answer and for the test reports. Our safety committee accepted
the EN 388 cut level D result, but for the Japanese market we still need the JIS T 8116
certificate before we can switch all our plants to the new glove.

Could you tell us when the JIS test at the Osaka laboratory will be finished? If it is
before the end of January, we would place a trial order of 2,000 pairs (item GL-550D,
sizes M and L) for the Sagamihara plant.

Best regards,
Ryo
""" + SIG_MIKOSHIBA + """

On Tue, 10 Nov 2026 at 09:14, Kevin Lin <kevin.lin@safeguard-ppe.com> wrote:
> Dear Mr. Mikoshiba,
>
> Attached are the EN 388:2016+A1 test reports for GL-550D (cut level D, TDM 14.2 N).
> The JIS T 8116 test is in progress. Please let me know if you need anything else.
>
> Kevin Lin | Export Sales | SafeGuard PPE Ltd.
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English supplier mail about glove certificates; one business contact, quoted reply",
)

_add(
    id="anzeneisei-042",
    sender=HASEBE,
    to=["星空損保 法人事故受付 <jiko-uketsuke@hoshizora-sonpo.co.jp>"],
    subject="団体傷害保険 保険金請求（事故受付番号 HS-26-118204）",
    charset="iso-2022-jp",
    body="""星空損害保険株式会社
法人事故受付センター　ご担当者様

お世話になっております。日の出産業株式会社 人事部 労務課の長谷部です。
先日お電話で事故受付いただいた件につき、保険金請求に必要な事項をお送りします。

　証券番号　：GP-4471920（団体傷害保険）
　被保険者　：四月一日 芽衣（わたぬき めい）
　住所　　　：〒228-0803 神奈川県座間市相模が丘五丁目3番21号
　連絡先　　：080-4417-2938
　事故日　　：令和8年10月20日
　事故状況　：工場内階段で足を踏み外し転倒
　傷病名　　：右橈骨遠位端骨折、右膝打撲
　入院　　　：10月20日〜10月27日（8日間、観血的整復固定術）
　通院　　　：10月28日〜現在（週1回）

診断書（保険会社所定様式）は主治医に作成を依頼しており、届き次第郵送いたします。
""" + SIG_HASEBE,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="insurance claim naming one employee with home address, phone, fracture diagnosis and surgery",
)

_add(
    id="anzeneisei-043",
    sender=HASEBE,
    to=["藤本 様 <fujimoto@fujimoto-sr.jp>"],
    subject="休業補償給付の添付書類（PDF）",
    charset="shift_jis",
    body="""藤本先生

お世話になっております。日の出産業 労務課の長谷部です。
休業補償給付の請求に使う賃金台帳（直近3か月分）と出勤簿の写しをPDFでお送りします。
社内ルールによりパスワードを設定しております。パスワードはいつもの方法でお伝えします。

ご確認のほどよろしくお願いいたします。
""" + SIG_HASEBE,
    attachments=[{
        "kind": "pdf", "name": "賃金台帳_出勤簿_写し.pdf", "password": "hinode2026!",
        "lines": ["賃金台帳（写し）", "氏名 猪子 拓也　基本給 241,000円"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF that cannot be inspected",
)

_add(
    id="anzeneisei-044",
    sender=HIIRAGI,
    to=["スタッフブリッジ 相模原支店 <sagamihara@staff-bridge.co.jp>"],
    subject="派遣スタッフの皆様の健康診断受診先（提携健診機関一覧）",
    charset="utf-8",
    body="""株式会社スタッフブリッジ
相模原支店 ご担当者様

お世話になっております。日の出産業 健康管理室の柊です。
ご依頼のありました、当社提携の健診機関の一覧をお送りします。
派遣スタッフの方が当社の巡回健診に参加できない場合の受診先としてご案内ください。

■ 相模健康管理協会 健診センター
　〒252-0231 神奈川県相模原市中央区相模原2丁目8番1号　TEL 042-752-4100
■ 町田さくらクリニック 健診部
　〒194-0013 東京都町田市原町田4丁目1番10号 3F　TEL 042-720-3388
■ 厚木中央健診プラザ
　〒243-0018 神奈川県厚木市中町3丁目12番5号　TEL 046-221-7710
■ 東海健診センター 富士
　〒417-0052 静岡県富士市中央町1丁目6番8号　TEL 0545-51-2020
■ 三島ウェルネスクリニック
　〒411-0036 静岡県三島市一番町17番3号　TEL 055-972-6655

予約時に「日の出産業の提携」とお伝えいただければ、契約単価で受診できます。
""" + SIG_HIIRAGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="a list of clinics (businesses) with their addresses and phone numbers: not people",
)

_p = _crowd("045", 12)
_add(
    id="anzeneisei-045",
    sender=SUMI,
    to=["アルファ警備保障 相模原営業所 <sagamihara@alpha-keibi.co.jp>"],
    subject="FW: 【更新】夜間・休日 緊急連絡先一覧（10月改訂）",
    charset="iso-2022-jp",
    body="""アルファ警備保障株式会社
相模原営業所 ご担当者様

お世話になっております。日の出産業 相模原工場の鷲見です。
夜間・休日の異常発報時の連絡先が改訂されましたので、社内通知をそのまま転送します。
守衛所の連絡表の差し替えをお願いいたします。

---------- Forwarded message ---------
From: 大豆生田 剛 <omameuda.t@hinode-sangyo.co.jp>
Date: 2026年10月1日(木) 9:02
Subject: 【更新】夜間・休日 緊急連絡先一覧（10月改訂）
To: sagamihara-kanri@hinode-sangyo.co.jp

各位

10月1日付の人事異動に伴い、夜間・休日の緊急連絡先を改訂しました。
発報時は上から順に連絡し、つながらない場合は次の人へ。

順位  担当区分          氏名              携帯
---------------------------------------------------------
""" + "\n".join(f"{i + 1:>2}    {_pad(['火災・設備（電気）', '火災・設備（電気）', '設備（ボイラー）', '設備（ボイラー）', '薬品・危険物', '薬品・危険物', '防犯・侵入', '防犯・侵入', '物流・倉庫', '物流・倉庫', '総括', '総括'][i], 18)}{_pad(x['name'], 18)}{x['mobile']}" for i, x in enumerate(_p)) + """

以上
""" + SIG_SUMI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward of an internal mail with 12 employees' private mobiles to a security company: a forward is new text",
)

_add(
    id="anzeneisei-046",
    sender=IKARI,
    to=["富士ドライビングスクール 法人講習係 <houjin@fuji-ds.co.jp>"],
    subject="社用車運転者 安全運転講習（１２月）申込",
    charset="shift_jis",
    body="""富士ドライビングスクール
法人講習係 御中

お世話になっております。日の出産業 富士工場の猪狩です。
12月の法人向け安全運転講習（実車コース）に、社用車を運転する3名を申し込みます。
ご指示のとおり、運転免許証の記載事項をお知らせします。

１．設楽 和也（したら かずや）
　　生年月日：昭和５８年４月２日
　　免許証番号：第４９１８０２３４５６７０号（普通・中型）
２．雲母 香織（きら かおり）
　　生年月日：平成２年１１月３日
　　免許証番号：第４９１３０５１８２２９４号（普通）
３．鵜飼 正樹（うかい まさき）
　　生年月日：昭和６２年８月１９日
　　免許証番号：第４９０７９８４４１０３８号（普通・準中型）

講習日は12月14日（月）午前を希望します。
""" + SIG_IKARI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="driving licence numbers (full-width digits) and 和暦 birth dates of three drivers to a driving school",
)

_p = _crowd("047", 7)
_add(
    id="anzeneisei-047",
    sender=HIIRAGI,
    to=["宍戸 誠 <shishido.makoto@hinode-sangyo.co.jp>"],
    subject="本社分 高ストレス者一覧（実施者確認用）",
    charset="iso-2022-jp",
    body="""宍戸先生

お疲れさまです。柊です。
ストレスチェック（本社分）の高ストレス者一覧をCSVで添付します。
実施者として面接指導の要否をご確認いただけますでしょうか。
ファイルは実施者と実施事務従事者のみが見る前提です。転送はお控えください。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "csv", "name": "高ストレス者_本社_2026.csv", "encoding": "utf-8",
        "rows": [["社員番号", "氏名", "所属", "ストレス反応", "判定", "面接申出"]]
        + [[x["no"].replace("S", "H"), x["name"], ["経理部", "営業一部", "人事部", "開発部"][i % 4],
            70 + i * 3, "高ストレス", "有" if i % 3 == 0 else "未"] for i, x in enumerate(_p)],
    }],
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="stress-check results of 7 employees, but only to the in-house physician (internal)",
)

_add(
    id="anzeneisei-048",
    sender=HASEBE,
    to=["富士ドライビングスクール 法人講習係 <houjin@fuji-ds.co.jp>"],
    subject="個別安全運転指導のご相談",
    charset="utf-8",
    body="""富士ドライビングスクール
法人講習係　ご担当者様

お世話になっております。日の出産業 人事部の長谷部です。
富士工場の社員1名について、個別の安全運転指導（添乗指導）をお願いできないかご相談です。

対象者は富士工場 資材課の服部 智也さんです。昨年3月に私用車で酒気帯び運転により
検挙され、免許停止（90日）と罰金の処分を受けました。社内でも懲戒処分を経て、
本人の反省も見られることから、来春から社用車の運転業務に段階的に戻す予定です。

その前に、第三者による運転適性の確認とアルコールに関する教育をお願いしたく、
2〜3回程度の個別指導のプランとお見積りをいただけますでしょうか。
""" + SIG_HASEBE,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's arrest and penalty for drink-driving (criminal record) sent to a driving school",
)

_add(
    id="anzeneisei-049",
    sender=ISURUGI,
    to=["真壁 様 <makabe@sakura-hotel.jp>"],
    subject="第32回安全衛生大会 会場・昼食のご手配",
    charset="iso-2022-jp",
    body="""さくらホテル
宴会セールス　真壁様

いつもお世話になっております。日の出産業の石動です。
7月3日（土）の安全衛生大会につき、内容が固まりましたのでご手配をお願いいたします。

　会場　：2階「芙蓉」スクール形式 250席（前方に表彰者席 20席）
　時間　：設営 10:00〜 / 開会 13:00 / 閉会 16:30 / 撤収 17:30まで
　機材　：プロジェクター2台、ワイヤレスマイク4本、演台、受付テーブル2台
　昼食　：お弁当 40個（スタッフ・来賓分、11:30控室へ）
　控室　：来賓用1室、講師用1室
　駐車場：大型バス3台、乗用車 約30台

来賓は労働基準監督署・協力会社の方を含め10名程度を予定しています。
お見積りをいただけますと幸いです。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary venue booking with head counts; no personal data",
)

_add(
    id="anzeneisei-050",
    sender=SUMI,
    to=["相模健康管理協会 健診予約センター <yoyaku@sagami-kenko.or.jp>"],
    subject="Re: 施設健診（11月）予約確定のお知らせ",
    charset="shift_jis",
    body="""相模健康管理協会　三雲様

ご手配ありがとうございました。予約内容、確認いたしました。

1名だけ日程の変更をお願いします。
　氏名：月見里 颯（やまなし はやて）　生年月日：２００１年６月１８日
　変更前：11月12日（木）9:00　→　変更希望：11月19日（木）9:00 または 26日（木）
　本人連絡先：０９０－６６２１－４０８７
直接ご本人に確定日をお電話いただいても構いません。

鷲見
""" + SIG_SUMI + """

差出人: 相模健康管理協会 健診予約センター <yoyaku@sagami-kenko.or.jp>
送信日時: 2026年10月27日 15:40
宛先: 鷲見 由佳 <sumi.yuka@hinode-sangyo.co.jp>
件名: 施設健診（11月）予約確定のお知らせ

日の出産業株式会社　鷲見様
ご依頼の8名様の施設健診につき、予約が確定いたしました。
日時は各人の問診票に記載してお送りします。変更がある場合はご連絡ください。
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one employee's birth date and mobile for a rescheduled check-up: a single person's record, may be warned",
)

_add(
    id="anzeneisei-051",
    sender=JIMUKYOKU,
    to=["安全衛生委員 各位 <anzen-iin@hinode-sangyo.co.jp>", "猪狩 健吾 <ikari.kengo@hinode-sangyo.com>"],
    subject="11月度 全社安全衛生委員会 議題（案）",
    charset="utf-8",
    body="""安全衛生委員の皆様

事務局です。11月度の全社安全衛生委員会の議題（案）をお送りします。
追加の議題があれば11月13日までに事務局までお知らせください。

1. 10月度 労働災害発生状況（本社・相模原・富士）
2. 相模原工場 プレス災害の原因分析と再発防止策
3. ストレスチェック実施状況（受検率）
4. 長時間労働対策：月80時間超過者の推移
5. 化学物質の自律的管理：リスクアセスメント対象物の見直し
6. 年末年始 設備停止工事の安全計画

開催：11月19日（木）10:00〜12:00　Teams併用（本社 大会議室）
富士工場の猪狩さんには、議題6の説明をお願いする予定です。
""" + SIG_JIMUKYOKU,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="one recipient is at hinode-sangyo.com, a TLD look-alike of the organisation's own domain",
)

_p = _crowd("052", 8)
_add(
    id="anzeneisei-052",
    sender=HIIRAGI,
    to=["健康サポート 保健指導課 <hokenshidou@kenko-support.co.jp>"],
    subject="特定保健指導 対象者のご連絡（相模原工場）",
    charset="shift_jis",
    html="""<html><body>
<p>株式会社健康サポート<br>保健指導課 ご担当者様</p>
<p>お世話になっております。日の出産業 健康管理室の柊です。<br>
今年度の特定保健指導（積極的支援）の対象者をお知らせします。初回面談の日程調整は、
下表のメールアドレスへ直接ご連絡ください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>氏名</th><th>年齢</th><th>BMI</th><th>腹囲</th><th>血圧</th><th>HbA1c</th><th>服薬</th><th>メール</th></tr>
""" + "\n".join(f"<tr><td>{x['name']}</td><td>{x['age']}</td><td>{26.1 + i * 0.7:.1f}</td><td>{88 + i * 2}cm</td><td>{138 + i * 3}/{86 + i}</td><td>{5.8 + i * 0.1:.1f}</td><td>{'降圧剤' if i % 3 == 0 else 'なし'}</td><td>{x['email']}</td></tr>" for i, x in enumerate(_p)) + """
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 健康管理室<br>保健師　柊 真由美<br>TEL：03-5412-7745</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only table of 8 employees with health-check values, medication and e-mail to an outside health-guidance firm",
)

_add(
    id="anzeneisei-053",
    sender=HASEBE,
    to=["藤本 様 <fujimoto@fujimoto-sr.jp>"],
    subject="定期健康診断結果報告書（様式第6号）の数値",
    charset="iso-2022-jp",
    body="""藤本先生

お世話になっております。日の出産業 労務課の長谷部です。
相模原工場分の定期健康診断結果報告書の作成をお願いいたします。
集計値をPDFでお送りします。産業医の記名は楠先生にお願い済みです。
""" + SIG_HASEBE,
    attachments=[{
        "kind": "pdf", "name": "定期健診結果報告_集計_相模原.pdf",
        "lines": ["定期健康診断結果報告書 集計値（日の出産業株式会社 相模原工場）",
                  "健診年月日：2026年10月14日〜11月19日　在籍労働者数 412名　受診労働者数 405名", ""],
        "table": [["検査項目", "実施者数", "有所見者数"],
                  ["聴力検査（1000Hz）", "405", "21"], ["聴力検査（4000Hz）", "405", "47"],
                  ["胸部X線検査", "405", "9"], ["血圧", "405", "88"], ["貧血検査", "212", "14"],
                  ["肝機能検査", "212", "52"], ["血中脂質検査", "212", "79"], ["血糖検査", "212", "33"],
                  ["心電図検査", "212", "26"], ["所見のあった者の人数", "", "163"],
                  ["医師の指示人数", "", "71"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate health-check statistics for the statutory report; no individual",
)

_add(
    id="anzeneisei-054",
    sender=HASEBE,
    to=["東京トラベルクリニック 予約係 <yoyaku@tokyo-travelclinic.jp>"],
    subject="海外赴任前の予防接種・健康診断の予約（2名）",
    charset="utf-8",
    body="""東京トラベルクリニック
予約係 ご担当者様

お世話になっております。日の出産業株式会社 人事部の長谷部です。
来年2月からベトナム（ハイフォン）の合弁工場へ赴任する社員2名について、
海外派遣前健康診断と予防接種（A型肝炎、B型肝炎、破傷風、狂犬病）をお願いします。
英文の接種証明書の発行も必要ですので、旅券の情報をお送りします。

1) 鬼頭 大輔（KITO DAISUKE）
   生年月日：1984年9月12日
   旅券番号：TR4829170（有効期限 2033年5月）
2) 小此木 千尋（OKONOGI CHIHIRO）
   生年月日：1993年2月27日
   旅券番号：TS1037754（有効期限 2031年11月）

初回接種は12月第1週の平日を希望します。
""" + SIG_HASEBE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="passport numbers and birth dates of two employees to a travel clinic",
)

_add(
    id="anzeneisei-055",
    sender=ISURUGI,
    to=["真壁 様 <makabe@sakura-hotel.jp>"],
    subject="大会当日の連絡先について",
    charset="shift_jis",
    body="""真壁様

お世話になっております。石動です。
7月3日当日、会場設営から撤収まで当社側の窓口は以下の2名になります。
私が表彰式の進行で電話に出られない時間帯がありますので、その際は2人目へお願いします。

　・総務部 安全衛生課　四月一日 文子　携帯 ０９０－３１８４－７２５０
　・相模原工場 総務課　鷲見 由佳　　　携帯 ０８０－５５０２－９１６３

よろしくお願いいたします。
""" + SIG_ISURUGI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two staff contacts with mobiles for the event day: under five people, may be warned",
)

_p = _crowd("056", 6)
_add(
    id="anzeneisei-056",
    sender=MIKOSHIBA,
    to=["Ingrid Solberg <ingrid.solberg@nordvik-industrial.com>"],
    subject="Site induction - Hinode engineers visiting Stavanger plant (Jan)",
    charset="utf-8",
    body="""Dear Ingrid,

For the HSE site induction and the access cards, here are the details of our six engineers
who will join the commissioning at your Stavanger plant from 11 January.

Name,Date of birth,Mobile,E-mail,Role
""" + "\n".join(f"{x['romaji']},{x['dob'].isoformat()},+81-{x['mobile'][1:]},{x['email']},{['Process engineer', 'Maintenance', 'Quality', 'Electrical', 'Process engineer', 'Safety'][i]}" for i, x in enumerate(_p)) + """

All six have completed the working-at-height training in Japan. Please let me know if you
also need copies of their certificates.

Best regards,
""" + SIG_MIKOSHIBA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail with a comma-separated list of 6 engineers (romaji names, birth dates, mobiles, e-mails) to the JV partner",
)

_add(
    id="anzeneisei-057",
    sender=HASEBE,
    to=["星空損保 代理店 日野 様 <hino@hoshizora-agency.co.jp>"],
    subject="【取扱注意】労災事故発生の一報（相模原工場）",
    charset="iso-2022-jp",
    body="""【取扱注意】

星空損保代理店　日野様

お世話になっております。日の出産業 労務課の長谷部です。
労災上乗せ保険（使用者賠償責任特約付き）の契約に関し、事故の一報をお入れします。

・発生日：10月8日
・場所　：相模原工場 プレス工程
・概要　：金型交換作業中の挟まれ（手指）、休業見込み約4週間
・状況　：労基署へは死傷病報告を提出予定。現時点で被災者側からの請求等はありません

今後、示談や請求が発生した場合に備え、事故報告書の様式をお送りいただけますでしょうか。
""" + SIG_HASEBE,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the mail is stamped 【取扱注意】 at the top and goes to an outside agency; the worker is not named",
)

_add(
    id="anzeneisei-058",
    sender=OMAMEUDA,
    to=["安全衛生委員 各位 <anzen-iin@hinode-sangyo.co.jp>", "相模原工場 管理職 <sagamihara-kanri@mail.hinode-sangyo.co.jp>"],
    subject="【労災速報】プレス工程 挟まれ災害（休業）",
    charset="shift_jis",
    body="""関係各位

相模原工場 安全管理者の大豆生田です。本日発生した休業災害の速報です。

　被災者：製造一課　猪子 拓也（27歳、経験4年）
　日時　：10月8日 10:40頃
　場所　：第2工場棟 200tプレス No.3
　傷病　：右手示指 末節骨骨折、中指挫創（相模原中央病院にて処置）
　概要　：金型交換の寸動操作中、治具を押さえていた右手が挟まれた。安全ブロック未使用。

全プレス機について、本日中に金型交換手順の再確認と安全ブロックの使用状況を点検してください。
原因分析の結果は、来週の委員会で報告します。
""" + SIG_OMAMEUDA,
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="accident flash report naming the injured worker, but only to internal lists (including a mail. subdomain)",
)

_add(
    id="anzeneisei-059",
    sender=HIIRAGI,
    to=["スタッフブリッジ 相模原支店 <sagamihara@staff-bridge.co.jp>"],
    subject="派遣スタッフ 就業上の措置に関する産業医意見のご共有",
    charset="utf-8",
    body="""株式会社スタッフブリッジ
相模原支店　営業担当 ご担当者様

お世話になっております。日の出産業 健康管理室の柊です。
貴社から派遣いただいている物流課のスタッフの方について、産業医面談の結果、
就業上の措置が必要との意見が出ましたので、意見書を添付します。
派遣元として就業条件の見直しをご検討いただけますでしょうか。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "docx", "name": "就業上の措置に係る意見書_生明様.docx",
        "title": "就業上の措置に係る意見書",
        "paragraphs": [
            "就業上の措置に係る意見書",
            "対象者：生明 健一（あざみ けんいち）様　派遣元：株式会社スタッフブリッジ",
            "所属（派遣先）：日の出産業株式会社 相模原工場 物流課",
            "面談日：2026年10月29日　産業医：楠 浩一",
            "所見：腰椎椎間板ヘルニア（L4/5）。主治医により保存療法中。下肢のしびれあり。",
            "就業区分：就業制限",
            "措置の内容：10kgを超える重量物の取扱いを禁止。フォークリフト運転は1日2時間まで。"
            "夜勤は当面不可。",
            "措置期間：2026年11月1日〜2027年1月31日（以後、再評価）",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX physician's opinion naming a temp worker with a herniated-disc diagnosis, sent to the staffing agency",
)

_add(
    id="anzeneisei-060",
    sender=OMAMEUDA,
    to=["第一設備工業 工事部 <koji@daiichi-setsubi.co.jp>"],
    subject="Re: 10/30 貴社作業員の負傷について（ご報告）",
    charset="iso-2022-jp",
    body="""第一設備工業株式会社
工事部 ご担当者様

ご報告ありがとうございました。大事に至らず何よりです。
当方でも、ボイラー室の配管ピット開口部に固定式の蓋と注意表示を設置しました。
貴社の再発防止策（作業前の開口部確認と、単独作業の禁止）についても承知しました。
次回の協議会で、再発防止策の概要を各社に共有させていただければと思います（個人名は伏せます）。

大豆生田
""" + SIG_OMAMEUDA + """

> 日の出産業株式会社 相模原工場　大豆生田様
>
> 10月30日にボイラー室で負傷した弊社作業員についてご報告します。
> 　氏名：蓬莱 勝利（52歳）
> 　負傷：配管ピット開口部に右足を踏み外し、右足関節捻挫（全治2週間）
> 　受診：古淵整形外科（当日受診、休業なし）
> ご迷惑をおかけし申し訳ございません。
> 第一設備工業 工事部 安全担当
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the injured worker's details are quoted from the recipient's own report; the new text names no one",
)

# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

_p = _crowd("061", 22)
_add(
    id="anzeneisei-061",
    sender=SUMI,
    to=["楠メディカルクリニック 受付 <uketsuke@kusunoki-clinic.jp>"],
    subject="インフルエンザ予防接種（工場内集団接種）希望者名簿",
    charset="iso-2022-jp",
    body="""楠メディカルクリニック
受付ご担当者様

いつもお世話になっております。日の出産業 相模原工場 総務課の鷲見です。
11月25日（水）の工場内集団接種につき、希望者名簿（22名）をお送りします。
貴院のシステムに取り込めるよう、以前と同じ .xls 形式にしております。
予診票は当日の朝、各人が記入して持参します。

ワクチンの本数が確定しましたらご連絡ください。
""" + SIG_SUMI,
    attachments=[{
        "kind": "xls", "name": "予防接種希望者_相模原_1125.xls",
        "sheets": {"希望者": [["No", "社員番号", "氏名", "カナ", "生年月日", "性別", "所属"]]
                   + [[i + 1, x["no"], x["name"], x["kata"], _slash(x["dob"]), x["sex"], x["dept"]]
                      for i, x in enumerate(_p)]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS of 22 employees with birth dates to a clinic",
)

_add(
    id="anzeneisei-062",
    sender=IKARI,
    to=["芹沢 様 <kigyo@tokai-kenshin.or.jp>"],
    subject="人間ドック（健保補助）追加申込 3名",
    charset="shift_jis",
    body="""東海健診センター　芹沢様

お世話になっております。日の出産業 富士工場の猪狩です。
健保組合の補助を使った人間ドックの追加申込です。
貴センターからのご案内どおり、健康保険証の記号・番号を記載します。

保険者番号：０６２７２５４１（日の出産業健康保険組合）

１）五百旗頭 誠　昭和４９年５月１日生　記号 ２７　番号 １５３
２）栗花落 彩　　平成４年１２月２４日生　記号 ２７　番号 ４０８
３）御手洗 功　　昭和５５年２月９日生　記号 ３１　番号 ２２

受診希望日はいずれも１月の平日午前です。
""" + SIG_IKARI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="health insurance card symbols and numbers of three employees (social insurance identifiers) to a provider",
)

_add(
    id="anzeneisei-063",
    sender=IKARI,
    to=["芹沢 様 <kigyo@tokai-kenshin.or.jp>"],
    subject="健診結果の受け渡し方法の変更について",
    charset="utf-8",
    body="""東海健診センター　芹沢様

いつもお世話になっております。日の出産業 富士工場の猪狩です。
健診結果の受け渡し方法について、ご相談させてください。

健診結果は機密性の高い個人情報ですので、当社の情報セキュリティ規程の改定にあわせ、
来年度からは紙の一括郵送をやめ、貴センターの結果閲覧サービス（Web）での
受け取りに切り替えたいと考えております。

・閲覧できるのは工場の衛生管理者（私）と産業医の2名に限定したい
・アクセスログの提供が可能か
・個人票を本人に直接交付していただくオプションの費用

上記についてご教示いただけますでしょうか。
""" + SIG_IKARI,
    expect="pass",
    entities=[],
    detectors=[],
    note="the word 機密 appears in a sentence about handling results, not as a marking; no personal data",
)

_add(
    id="anzeneisei-064",
    sender=SUMI,
    to=["ワークスパートナー 相模原営業所 <sagamihara@works-partner.co.jp>"],
    subject="派遣スタッフの母性健康管理に関する措置について",
    charset="iso-2022-jp",
    body="""株式会社ワークスパートナー
相模原営業所　コーディネーター 内藤様

お世話になっております。日の出産業 相模原工場 総務課の鷲見です。
貴社から派遣いただいている品質保証課の安曇 由美さんから、主治医の
「母性健康管理指導事項連絡カード」の提出がありましたので、ご連絡いたします。

・妊娠週数：16週
・症状等　：切迫流産の診断あり（10月末に数日入院）、つわり症状継続
・指導事項：通勤緩和（時差出勤）、休憩時間の延長、立ち作業の制限
・期間　　：11月9日〜12月20日（以後、再度カードにて判断）

当社では検査工程の座り作業へ一時的に変更し、始業を9:30とする予定です。
派遣契約上の就業条件との調整が必要かと思いますので、ご確認をお願いいたします。
""" + SIG_SUMI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named temp worker's pregnancy complications and hospitalisation sent to the staffing agency: health data",
)

_add(
    id="anzeneisei-065",
    sender=IKARI,
    to=["梶原 様 <kajiwara@kawasaki-denki.co.jp>"],
    subject="富士工場 11月度 設備巡視記録の送付",
    charset="utf-8",
    body="""川崎電機株式会社　梶原様

お世話になっております。日の出産業 富士工場の猪狩です。
11月度の設備巡視記録（受変電設備・非常用発電機）をお送りします。
点検結果に対する貴社のコメント欄へのご記入をお願いいたします。
""" + SIG_IKARI,
    attachments=[{"kind": "corrupt", "name": "設備巡視記録_富士_11月.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

_add(
    id="anzeneisei-066",
    sender=HIIRAGI,
    to=["楠 浩一 先生 <kusunoki@kusunoki-clinic.jp>"],
    cc=["岡野 様 <okano@mental-navi.co.jp>"],
    subject="ストレスチェック 実施体制の打合せ（12/2）",
    charset="shift_jis",
    body="""楠先生
株式会社メンタルナビ　岡野様

お世話になっております。日の出産業 健康管理室の柊です。
来年度のストレスチェックについて、実施者（楠先生）と委託先（メンタルナビ様）、
当社の三者で実施体制を確認する打合せをお願いしたく、ご連絡いたしました。

　日時：12月2日（水）16:00〜17:00（オンライン）
　議題：
　　・実施者と共同実施者の役割分担
　　・高ストレス者の選定基準（素点換算表方式の継続可否）
　　・面接指導の申出勧奨の方法とタイミング
　　・集団分析の単位（10名未満の部署の扱い）

Teamsの招待は別途お送りします。
""" + SIG_HIIRAGI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="meeting mail to two external organisations (physician and vendor); no personal data",
)

_p = _crowd("067", 11)
_items = ["胃部X線 要精密", "便潜血 陽性", "心電図 要精密", "胸部X線 要精密", "眼底 要精密",
          "腹部エコー 胆嚢ポリープ 要精密", "尿潜血 2+ 要再検", "ALT/AST 高値 要再検", "血圧 要精密",
          "聴力 4000Hz 要再検", "HbA1c 6.9 要精密"]
_add(
    id="anzeneisei-067",
    sender=SUMI,
    to=["相模健康管理協会 健診予約センター <yoyaku@sagami-kenko.or.jp>"],
    subject="二次検査（精密検査）未受診者の予約代行のお願い",
    charset="utf-8",
    body="""相模健康管理協会　三雲様

お世話になっております。日の出産業 相模原工場の鷲見です。
定期健診で要精密・要再検となったうち、まだ二次検査を受けていない11名について、
貴協会での予約代行をお願いしたくCSVをお送りします（Excelで開けるようBOM付きUTF-8です）。
各人へは予約確定後に貴協会からお電話いただけますと助かります。
""" + SIG_SUMI,
    attachments=[{
        "kind": "csv", "name": "二次検査未受診者_相模原.csv", "encoding": "utf-8-sig",
        "rows": [["氏名", "ふりがな", "生年月日", "携帯電話", "判定項目"]]
        + [[x["name"], x["kana"], _wareki(x["dob"], "short"), x["mobile"], _items[i]] for i, x in enumerate(_p)],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 11 employees with mobiles and their abnormal health-check findings to the provider",
)

_add(
    id="anzeneisei-068",
    sender=ISURUGI,
    to=["メディカルAED 法人営業部 <houjin@medical-aed.co.jp>"],
    subject="AED 更新・追加設置のお見積り依頼",
    charset="iso-2022-jp",
    body="""メディカルAED株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業株式会社 総務部の石動です。
当社事業所のAEDについて、更新と追加設置のお見積りをお願いいたします。

事業所        設置場所                現行機種      区分
----------------------------------------------------------------
本社          5F エレベーターホール   HS-1200       更新（耐用年数）
相模原工場    守衛所                  HS-1200       更新（耐用年数）
相模原工場    第2工場棟 休憩所        なし          追加
富士工場      厚生棟 食堂入口         HS-2000       パッド交換のみ
富士工場      第3倉庫                 なし          追加

レンタル（5年）と買取の両方でお見積りいただけますと助かります。
設置後の使用方法講習（各事業所 30分程度）の費用もあわせてお願いします。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="equipment quote request listing sites and models; no people",
)

_add(
    id="anzeneisei-069",
    sender=MIKOSHIBA,
    to=["Ingrid Solberg <ingrid.solberg@nordvik-industrial.com>",
        "Kevin Lin <kevin.lin@safeguard-ppe.com>"],
    cc=["Megan Doyle <m.doyle@pacificcoatings.com.au>"],
    subject="Invitation: Hinode Supplier & Partner Safety Webinar, 3 Dec",
    charset="utf-8",
    body="""Dear partners,

We are pleased to invite you to our first Supplier & Partner Safety Webinar.

  Date : Thursday, 3 December 2026, 16:00-17:30 JST (08:00-09:30 CET)
  Agenda:
    - Hinode's 2027 safety policy and targets
    - Lessons learned from our press-line hand injury (no personal details)
    - Chemical risk assessment under the new Japanese regulations
    - Q&A

Please reply by 25 November with the names of the colleagues who will attend, and we will
send the Teams link.

Best regards,
""" + SIG_MIKOSHIBA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies in To/Cc can see each other's addresses: should have been Bcc",
)

_add(
    id="anzeneisei-070",
    sender=SUMI,
    to=["安全教育センター 講習課 <koushu@anzen-kyouiku.jp>"],
    subject="低圧電気取扱特別教育 受講者への配慮のお願い",
    charset="shift_jis",
    body="""株式会社安全教育センター
講習課 ご担当者様

お世話になっております。日の出産業 相模原工場の鷲見です。
12月の低圧電気取扱特別教育（当社申込分 4名）について、1点ご相談がございます。

受講者のうち、設備保全課の鵜飼 悠真さんは聴覚障害（身体障害者手帳 3級）があり、
口話と筆談でのコミュニケーションが中心です。
学科講習の際に、以下のいずれかのご配慮をいただけないでしょうか。

　・スライドの字幕表示、またはテキストの事前配付
　・要約筆記者（当社で手配可）の同席の許可
　・実技講習時の合図を手振りで行っていただくこと

費用が発生する場合はご提示ください。
""" + SIG_SUMI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's hearing disability and disability certificate grade sent to a training provider",
)

_add(
    id="anzeneisei-071",
    sender=OMAMEUDA,
    to=["相模原工場 管理職 <sagamihara-kanri@hinode-sangyo.co.jp>"],
    cc=[JIMUKYOKU],
    subject="11月度 安全パトロール 指摘事項と是正担当",
    charset="utf-8",
    html="""<html><body>
<p>管理職各位</p>
<p>11月度の安全パトロールの指摘事項と是正担当をまとめました。期限までに是正し、
写真を共有フォルダに保存してください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#ffd"><th>No</th><th>職場</th><th>指摘内容</th><th>ランク</th><th>是正担当</th><th>期限</th></tr>
<tr><td>1</td><td>第1棟 プレスライン</td><td>安全ブロックの保管場所が遠く、使われていない</td><td>A</td><td>鬼頭</td><td>11/20</td></tr>
<tr><td>2</td><td>第2棟 塗装ブースB</td><td>局所排気の制御風速 表示が未更新</td><td>B</td><td>我妻</td><td>11/27</td></tr>
<tr><td>3</td><td>第3倉庫</td><td>ラック最上段の荷崩れ防止ネット破損</td><td>A</td><td>十河</td><td>11/20</td></tr>
<tr><td>4</td><td>洗浄室</td><td>保護メガネの予備なし</td><td>C</td><td>薬袋</td><td>11/30</td></tr>
<tr><td>5</td><td>構内通路</td><td>歩行者通路の白線かすれ</td><td>B</td><td>設楽</td><td>12/4</td></tr>
</table>
<p>相模原工場 安全管理者　大豆生田</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="internal HTML table of patrol findings; only surnames of those in charge, no personal data, internal recipients",
)

_p = _crowd("072", 9)
_rows72 = "\n".join(f"{x['name']:<8}　〒{x['zip']} {x['addr']}　TEL {x['mobile']}" for x in _p)
_add(
    id="anzeneisei-072",
    sender=ISURUGI,
    to=["青葉運輸 宅配センター <takuhai@aoba-unyu.co.jp>"],
    subject="在宅勤務者向け 作業環境改善用品（フットレスト等）個別配送のお願い",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
宅配センター ご担当者様

お世話になっております。日の出産業 総務部の石動です。
情報機器作業の安全衛生対策として、在宅勤務者へフットレストとモニターアームを
個別配送いたします。配送先は以下のとおりです（9名、各1箱・約6kg）。

""" + _rows72 + """

集荷は11月16日（月）午後、本社5F 総務部でお願いします。
""" + SIG_ISURUGI,
    html="""<html><body>
<p>青葉運輸株式会社<br>宅配センター ご担当者様</p>
<p>お世話になっております。日の出産業 総務部の石動です。<br>
情報機器作業の安全衛生対策として、在宅勤務者へフットレストとモニターアームを個別配送いたします。
配送先は以下のとおりです（9名、各1箱・約6kg）。</p>
<table border="1" cellpadding="3"><tr><th>お届け先氏名</th><th>郵便番号</th><th>住所</th><th>電話</th></tr>
""" + "\n".join(f"<tr><td>{x['name']}</td><td>{x['zip']}</td><td>{x['addr']}</td><td>{x['mobile']}</td></tr>" for x in _p) + """
</table>
<p>集荷は11月16日（月）午後、本社5F 総務部でお願いします。</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="text+HTML mail listing 9 employees' home addresses and phones for delivery, to a carrier",
)

_add(
    id="anzeneisei-073",
    sender=SUMI,
    to=["関東ヒューマンサービス 派遣事業部 <haken@kanto-human.co.jp>"],
    subject="FW: 長時間労働者 面接指導結果報告（貴社派遣スタッフ 2名）",
    charset="utf-8",
    body="""株式会社関東ヒューマンサービス
派遣事業部 ご担当者様

お世話になっております。日の出産業 相模原工場の鷲見です。
貴社から派遣いただいているスタッフ2名について、当工場の産業医による
長時間労働者の面接指導を実施しました。産業医からの報告メールを添付で転送します。
意見を踏まえ、時間外労働の削減について派遣元としてもご対応をお願いいたします。
""" + SIG_SUMI,
    attachments=[{
        "kind": "eml", "name": "面接指導結果報告.eml",
        "message": {
            "sender": "楠 浩一 <kusunoki@kusunoki-clinic.jp>",
            "to": [SUMI],
            "subject": "面接指導結果報告（11/18実施分）",
            "charset": "iso-2022-jp",
            "body": """鷲見様

11月18日に実施した面接指導の結果です。

1. 一尺八寸 翔太 さん（派遣・物流課）
   時間外 102h。入眠困難と中途覚醒が2か月続いており、睡眠障害の疑い。
   抑うつ症状は軽度。専門医（睡眠外来）受診を勧奨しました。
   就業上の措置：時間外を月45h以内に制限、深夜勤務は当面禁止。

2. 京極 美咲 さん（派遣・品質保証課）
   時間外 88h。頭痛・肩こり、血圧 152/96 と高値。高血圧症で通院中断中。
   内科受診を再開するよう指導。
   就業上の措置：時間外を月45h以内に制限。

楠メディカルクリニック　楠
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded physician's report (attached mail) with two named temp workers' sleep disorder and hypertension",
)

_add(
    id="anzeneisei-074",
    sender=IKARI,
    to=["中央労働安全協会 静岡支部 <shizuoka@chuo-anzen.or.jp>"],
    subject="職長教育 当日の出席者のご連絡",
    charset="iso-2022-jp",
    body="""中央労働安全協会 静岡支部
講習担当者様

お世話になっております。日の出産業 富士工場の猪狩です。
明日からの職長教育（当社向け出張講習）の出席者をお知らせします。
グループ討議の班分けの参考にしてください。

　製造一課　　　我妻 陽斗
　製造一課　　　雲母 香織
　品質保証課　　五百旗頭 美咲
　物流課　　　　廿日出 茂
　設備保全課　　鵜飼 正樹

会場（厚生棟 2階 研修室）は8:30から開けております。
""" + SIG_IKARI,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="five attendees with only their section, no contact data or identifiers: a name list a privacy officer could judge either way",
)

_add(
    id="anzeneisei-075",
    sender=HIIRAGI,
    to=["御園 智子 先生 <misono@misono-iin.jp>"],
    subject="ストレスチェック 集団分析結果（富士工場）",
    charset="utf-8",
    body="""御園先生

お世話になっております。日の出産業 健康管理室の柊です。
富士工場のストレスチェック集団分析の結果を添付します。
10名未満の部署は隣接部署と合算しており、個人が特定されない形にしています。
12月の衛生委員会でコメントをいただけますと幸いです。
""" + SIG_HIIRAGI,
    attachments=[{
        "kind": "xlsx", "name": "集団分析_富士工場_2026.xlsx",
        "sheets": {
            "仕事のストレス判定図": [["2026年度 集団分析（富士工場）"], [],
                                ["集団", "人数", "量-コントロール", "職場の支援", "総合健康リスク"],
                                ["製造一課", 48, 104, 98, 102], ["製造二課", 41, 112, 105, 118],
                                ["品質保証課＋生産技術課", 19, 96, 92, 88],
                                ["物流課＋資材課", 23, 108, 110, 119],
                                ["工場全体", 131, 105, 101, 106]],
            "前年比較": [["前年比較"], ["集団", "2025", "2026"],
                       ["製造二課", 109, 118], ["物流課＋資材課", 112, 119], ["工場全体", 103, 106]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="group-level stress-check analysis (groups of 10+), no individual results",
)

_add(
    id="anzeneisei-076",
    sender=ISURUGI,
    to=["金子 様 <kaneko@kaneko-tax.jp>"],
    subject="産業医報酬の支払調書作成について（御園先生分）",
    charset="shift_jis",
    body="""金子税理士事務所
金子様

いつもお世話になっております。日の出産業 総務部の石動です。
富士工場の嘱託産業医 御園先生への報酬（個人への支払）について、
支払調書の作成をお願いいたします。先生からマイナンバーのご提供をいただきました。

　氏名　　：御園 智子
　住所　　：〒419-0201 静岡県富士市厚原1128番地の3
　個人番号：""" + " ".join([my_number(SEED + 1)[i:i + 4] for i in range(0, 12, 4)]) + """
　支払金額：年額 1,440,000円（月額 120,000円 × 12か月）
　源泉徴収：147,024円

番号の確認書類（通知カードの写し）は、本日簡易書留で事務所宛に発送しました。
""" + SIG_ISURUGI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="the physician's My Number (grouped in fours) and home address to the tax accountant",
)

_p = _crowd("077", 7)
_add(
    id="anzeneisei-077",
    sender=SUMI,
    to=["相模健康管理協会 健診予約センター <yoyaku@sagami-kenko.or.jp>"],
    subject="雇入時健康診断のご予約（１２月入社 ７名）",
    charset="shift_jis",
    body="""相模健康管理協会　三雲様

お世話になっております。日の出産業 相模原工場の鷲見です。
１２月１日入社予定者７名の雇入時健康診断をお願いしたく、名簿をＣＳＶでお送りします。
結果は本人の自宅と当工場の両方へお送りいただく契約ですので、住所も記載しています。
""" + SIG_SUMI,
    attachments=[{
        "kind": "csv", "name": "雇入時健診_１２月入社.csv", "encoding": "cp932",
        "rows": [["氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号"]]
        + [[x["name"].replace(" ", "　"), x["kata"], _wareki(x["dob"], "zen"), x["sex"], _zen(x["zip"]),
            x["addr"], _zen(x["mobile"])] for x in _p],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 7 new hires with full-width 和暦 birth dates, addresses and phones to the provider",
)

_add(
    id="anzeneisei-078",
    sender=ISURUGI,
    to=["平松 様 <hiramatsu@nishiki-insatsu.co.jp>"],
    subject="全国安全週間 ポスター・のぼり旗の印刷のお願い",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
平松様

いつもお世話になっております。日の出産業の石動です。
来年の全国安全週間に向けた掲示物の印刷をお願いいたします。

　品目　　　　　　　仕様　　　　　　　　　　数量
　ポスター　　　　　B2 4色 コート紙　　　　　120枚
　のぼり旗　　　　　600×1800 ポンジ　　　　　40本
　卓上POP　　　　　A6 三角柱　　　　　　　　300個
　ステッカー　　　　ヘルメット用 φ40　　　　1,500枚

スローガン「ひとりの気づきを みんなの安全に」の文字校正をお願いします。
デザインデータ（ai）はギガファイル便でお送りしました。
納期は6月15日、納品先は本社・相模原・富士の3か所に分納です。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="printing order for safety-week posters; business content only",
)

_add(
    id="anzeneisei-079",
    sender=HASEBE,
    to=["藤本 様 <fujimoto@fujimoto-sr.jp>"],
    subject="通勤災害（帰宅途中の被害）の請求手続きについて",
    charset="utf-8",
    body="""藤本先生

お世話になっております。日の出産業 労務課の長谷部です。
通勤災害の扱いについてご相談させてください。

相模原工場 塗装課の栗花落 結衣さんが、11月6日の夜勤明け（7時頃）、
通常の通勤経路である相模大野駅南口の歩道で、後ろから来た自転車の男にバッグを
ひったくられ、転倒しました。相模大野警察署に被害届を提出済みで、犯人はまだ捕まっていません。

けがは頭部打撲と左肋骨骨折（2本）で、相模原中央病院に通院中です。
本人は事件のショックで不眠も訴えており、心療内科の受診も始めたとのことです。

第三者行為災害になると思いますので、様式第16号の7と第三者行為災害届の作成を
お願いできますでしょうか。必要な添付書類もお知らせください。
""" + SIG_HASEBE,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee as the victim of a crime, with her fractures and psychiatric care, to the labour consultant",
)

_add(
    id="anzeneisei-080",
    sender=SUMI,
    to=["楠 浩一 先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="12月の面接指導 予約（4名）",
    charset="shift_jis",
    body="""楠先生

お世話になっております。相模原工場の鷲見です。
12月16日（水）の面接指導の予約状況です。会場はいつもの健康相談室です。

　13:30〜　釈迦郡 浩二（物流課）
　13:55〜　日下部 彩（生産技術課）
　14:20〜　安曇 浩二（生産技術課）
　14:45〜　清水 隆之（開発部）

勤務状況表と疲労蓄積度チェックリストは前日までに共有フォルダへ入れておきます。
""" + SIG_SUMI,
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="four names with appointment times for the physician: under five people and no contact data, may be warned",
)

# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

_add(
    id="anzeneisei-081",
    sender=ISURUGI,
    to=["真壁 様 <makabe@sakura-hote1.jp>"],
    subject="安全衛生大会 最終人数のご連絡",
    charset="shift_jis",
    body="""さくらホテル　真壁様

いつもお世話になっております。日の出産業の石動です。
7月3日の安全衛生大会の最終人数が確定しましたのでご連絡いたします。

　大会参加者：238名（うち来賓 11名）
　懇親会　　：164名（立食、ノンアルコール飲料多めでお願いします）
　お弁当　　：42個
　宿泊　　　：シングル 14室、ツイン 3室

請求書は大会終了後、本社 総務部宛にお送りください。
""" + SIG_ISURUGI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hote1.jp puts a digit 1 for the l of the partner sakura-hotel.jp: look-alike recipient",
)

_add(
    id="anzeneisei-082",
    sender=SUMI,
    to=["羽田野 様 <hatano@kitaguni-foods.co.jp>"],
    subject="食堂での熱中症対策（塩分補給・水分補給）のご協力のお願い",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
給食事業部 相模原事業所　羽田野様

いつも社員食堂の運営でお世話になっております。相模原工場 総務課の鷲見です。
今年も6月から9月まで、安全衛生委員会で決まった熱中症対策へのご協力をお願いします。

　・食堂入口に経口補水液と塩飴を常設（補充は1日2回）
　・味噌汁を毎日提供（麺類の日も）
　・夏季限定メニューとして、梅干し・塩昆布の小鉢を追加
　・夜勤者向けに、22時に麦茶のポットを補充

費用は従来どおり、福利厚生費として月末にまとめてご請求ください。
""" + SIG_SUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary request to the canteen operator (partner); no personal data",
)

_p = _crowd("083", 6, site="富士")
_add(
    id="anzeneisei-083",
    sender=IKARI,
    to=["芹沢 様 <kigyo@tokai-kenshin.or.jp>"],
    subject="2月 人間ドック予約者一覧の送付",
    charset="utf-8",
    body="""東海健診センター　芹沢様

お世話になっております。日の出産業 富士工場の猪狩です。
2月の人間ドック予約者の一覧をExcelでお送りします。
オプション検査（脳ドック・胃カメラ）の希望も記載しています。
""" + SIG_IKARI,
    attachments=[{
        "kind": "xlsx", "name": "人間ドック予約者_2月.xlsx",
        "sheets": {
            "予約者": [["2月 人間ドック予約者（日の出産業 富士工場）"],
                    ["氏名", "生年月日", "性別", "希望日", "オプション"]]
            + [[x["name"], _slash(x["dob"]), x["sex"], f"2/{3 + i * 2}", ["胃カメラ", "脳ドック", "なし"][i % 3]]
               for i, x in enumerate(_p)],
            "扶養控除等申告_番号": [["年末調整用（工務課作業用）"], ["氏名", "個人番号", "扶養人数"]]
            + [[x["name"], my_number(SEED + 2 + i), i % 3] for i, x in enumerate(_p)],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="XLSX of 6 bookings with birth dates, and a second sheet left in by mistake with their My Numbers",
)

_add(
    id="anzeneisei-084",
    sender=SUMI,
    to=["相模原市消防局 南消防署 予防課 <minami-yobou@fd.sagamihara-city.lg.jp>"],
    subject="消防訓練実施計画書の提出（日の出産業 相模原工場）",
    charset="iso-2022-jp",
    body="""相模原市消防局 南消防署
予防課 ご担当者様

お世話になっております。日の出産業株式会社 相模原工場 総務課の鷲見と申します。
11月26日（木）に実施する消防訓練（通報・消火・避難）の計画書を提出いたします。
当日は屋内消火栓の放水を行いますので、よろしくお願いいたします。

　事業所：日の出産業株式会社 相模原工場（神奈川県相模原市南区大野台七丁目15番3号）
　代表電話：042-758-3300
　訓練時間：14:00〜15:00
　参加人数：約180名（協力会社 青葉運輸様を含む）

ご講評のための職員派遣をお願いできる場合は、ご連絡いただけますと幸いです。
""" + SIG_SUMI,
    attachments=[{
        "kind": "docx", "name": "消防訓練実施計画書_相模原工場.docx",
        "paragraphs": ["消防訓練実施計画書", "事業所名：日の出産業株式会社 相模原工場",
                       "想定：第2工場棟 塗装ブースBより出火、延焼のおそれ",
                       "自衛消防隊の編成は以下のとおり。"],
        "tables": [[["班", "役割", "班長"], ["本部", "指揮・情報収集", "工場長"],
                    ["通報連絡班", "119番通報・館内放送", "総務課長"],
                    ["初期消火班", "消火器・屋内消火栓", "設備保全課長"],
                    ["避難誘導班", "避難誘導・人員点呼", "製造一課長"],
                    ["救護班", "負傷者の応急手当", "衛生管理者"]]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="fire-drill plan to the fire department: company address and switchboard, roles not people",
)

_add(
    id="anzeneisei-085",
    sender=MIKOSHIBA,
    to=["Ingrid Solberg <ingrid.solberg@nordvik-industrial.com>"],
    subject="Internal safety audit 2026 - Sagamihara coating line",
    charset="utf-8",
    body="""Dear Ingrid,

Ahead of the JV board meeting, please find attached the summary of our internal safety
audit of the Sagamihara coating line, which will also be supplied by Nordvik for the new
line in Stavanger. I thought the findings on the local exhaust ventilation and on the
solvent storage would be useful for your design review.

Best regards,
""" + SIG_MIKOSHIBA,
    attachments=[{
        "kind": "pdf", "name": "Safety_Audit_2026_Sagamihara_Coating.pdf",
        "title": "Internal Safety Audit 2026 - Sagamihara Coating Line",
        "page_header": "CONFIDENTIAL - Internal Only",
        "page_footer": "Hinode Sangyo Co., Ltd. - CONFIDENTIAL - Do not distribute",
        "lines": ["Internal Safety Audit 2026 - Sagamihara Coating Line",
                  "Audit date: 22-23 October 2026   Lead auditor: General Affairs / Safety", "",
                  "1. Local exhaust ventilation: booth B capture velocity 0.38 m/s (target 0.5 m/s).",
                  "2. Solvent storage: quantity in the mixing room exceeds the designated limit by 30%.",
                  "3. Static electricity: grounding clamps missing on two 200 L drums.",
                  "4. Emergency shower: weekly test records incomplete for September.",
                  "5. Training: 4 of 26 operators overdue for organic solvent refresher training."],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="attached PDF is stamped CONFIDENTIAL - Internal Only in header and footer, sent outside",
)

_q = _crowd("001", 8)  # the same eight as in anzeneisei-001
_add(
    id="anzeneisei-086",
    sender=SUMI,
    to=[HIIRAGI, "宍戸 誠 <shishido.makoto@hinode-sangyo.co.jp>"],
    subject="FW: 施設健診（11月）予約確定のお知らせ",
    charset="shift_jis",
    body="""柊さん、宍戸先生

相模健康管理協会から施設健診の予約確定の連絡が来ましたので転送します。
受診日時は以下のとおりです。各人への連絡は工場総務でやります。

鷲見

-------- 転送メッセージ --------
差出人: 相模健康管理協会 健診予約センター <yoyaku@sagami-kenko.or.jp>
件名: 施設健診（11月）予約確定のお知らせ

日の出産業株式会社　鷲見様

ご依頼の8名様の予約が確定しました。

氏名            生年月日      受診日時
""" + "\n".join(f"{_pad(x['name'], 16)}{_slash(x['dob'])}    11/{12 + (i // 4) * 7} {['9:00', '9:30', '10:00', '10:30'][i % 4]}" for i, x in enumerate(_q)) + """

相模健康管理協会 健診予約センター　三雲
""" + SIG_SUMI,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="forward of a provider's list of 8 examinees, but only to internal colleagues",
)

_add(
    id="anzeneisei-087",
    sender=SUMI,
    to=["相模健康管理協会 健診予約センター <yoyaku@sagami-kenko.or.jp>"],
    subject="2027年度 巡回健診 日程案の送付",
    charset="iso-2022-jp",
    body="""相模健康管理協会　三雲様

お世話になっております。日の出産業 相模原工場の鷲見です。
2027年度の巡回健診（定期・特殊）の日程案をPDFでお送りします。
健診車の配車が可能か、ご確認をお願いいたします。
""" + SIG_SUMI,
    attachments=[{
        "kind": "pdf", "name": "2027巡回健診_日程案.pdf",
        "lines": ["2027年度 巡回健診 日程案（日の出産業株式会社）", ""],
        "table": [["事業所", "健診種別", "実施日", "予定人数", "健診車"],
                  ["相模原工場", "定期", "2027/10/13", "210", "胸部・胃部 各1台"],
                  ["相模原工場", "定期", "2027/10/14", "195", "胸部・胃部 各1台"],
                  ["相模原工場", "特殊（有機溶剤）", "2027/06/09", "46", "不要"],
                  ["相模原工場", "特殊（有機溶剤）", "2027/12/08", "46", "不要"],
                  ["本社", "定期", "2027/09/22", "180", "胸部 1台"]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="schedule of health-check days per site with head counts; no individual",
)

_add(
    id="anzeneisei-088",
    sender=SUMI,
    to=["富士ペイントケミカル 品質保証部 <qa@fuji-paint-chem.co.jp>"],
    subject="SDS最新版のご提供依頼（リスクアセスメント見直しのため）",
    charset="utf-8",
    body="""富士ペイントケミカル株式会社
品質保証部 ご担当者様

お世話になっております。日の出産業 相模原工場 総務課の鷲見です。
化学物質の自律的管理への対応として、当工場で使用している貴社製品の
リスクアセスメントを見直しております。以下の製品の最新版SDSをご提供ください。

　製品コード　　製品名　　　　　　　　　　　　当方SDS版数
　FPC-U2204　　ウレタン塗料 中塗り グレー　　2023年4月版
　FPC-T110　　 塗料用シンナー T110　　　　　2022年11月版
　FPC-C3071　　洗浄剤 クリーンソルブ71　　　2024年1月版
　FPC-H550　　 硬化剤 H-550　　　　　　　　 2023年9月版

濃度基準値が設定された物質が含まれる場合は、その旨もあわせてご教示ください。
""" + SIG_SUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="request for safety data sheets by product code; no personal data",
)

_cc = card_number(SEED + 1)
_add(
    id="anzeneisei-089",
    sender="四月一日 文子 <watanuki.fumiko@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="講師の宿泊予約とお支払いについて",
    charset="shift_jis",
    body="""さくらホテル 宿泊予約 ご担当者様

お世話になっております。日の出産業株式会社 安全衛生課の四月一日（わたぬき）です。
7月2日（金）1泊、安全衛生大会の講師の方のシングル1室を予約させていただきました
（予約番号 SR-770412）。
お支払いは事前決済でお願いしたく、当方のカード情報をお送りします。

　カード番号：""" + "　".join(_zen(_cc[i:i + 4]) for i in range(0, 16, 4)) + """
　有効期限　：０８／２８
　名義　　　：ＦＵＭＩＫＯ　ＷＡＴＡＮＵＫＩ

領収書は「日の出産業株式会社」宛でお願いいたします。

--
日の出産業株式会社 総務部 安全衛生課
四月一日 文子　TEL 03-5412-7734
""",
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="a credit card number in full-width digits with expiry in the body of a mail to the hotel",
)

_add(
    id="anzeneisei-090",
    sender=IKARI,
    to=["御園 智子 先生 <misono@misono-iin.jp>"],
    subject="2027年度 富士工場 安全衛生計画（案）のご確認",
    charset="utf-8",
    body="""御園先生

いつもお世話になっております。日の出産業 富士工場の猪狩です。
2027年度の安全衛生計画（案）を作成しましたので、PDFでお送りします。
特に衛生関係（健康づくり・メンタルヘルス・暑熱対策）について、
ご意見をいただけますと幸いです。1月の衛生委員会で審議予定です。
""" + SIG_IKARI,
    attachments=[{
        "kind": "pdf", "name": "2027安全衛生計画_富士工場_案.pdf",
        "lines": ["2027年度 富士工場 安全衛生計画（案）",
                  "基本方針：ゼロ災害の達成と、心と体の健康づくり", "",
                  "重点目標", "1. 休業災害 0件、不休災害 3件以下",
                  "2. 定期健診の有所見率 前年比 3ポイント改善",
                  "3. ストレスチェック受検率 95%以上、集団分析に基づく職場改善 2職場",
                  "4. 熱中症による休業 0件（WBGT管理と暑熱順化期間の設定）", "",
                  "月別計画", "4月 新入社員安全教育 / 5月 熱中症予防セミナー / 6月 安全週間準備",
                  "7月 全国安全週間・安全衛生大会 / 9月 定期健診 / 10月 全国労働衛生週間",
                  "11月 ストレスチェック / 12月 年末年始工事の安全計画"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="annual safety and health plan to the part-time physician; no people, no marking",
)

_add(
    id="anzeneisei-091",
    sender=IKARI,
    to=["芹沢 様 <kigyo@tokai-kenshin.or.jp>"],
    subject="特殊健診（じん肺）対象者名簿の送付",
    charset="shift_jis",
    body="""東海健診センター　芹沢様

お世話になっております。日の出産業 富士工場の猪狩です。
じん肺健康診断の対象者名簿をお送りします。
ファイルはパスワード付きZIPにしてあります。パスワードは後ほどお電話でお伝えします。
""" + SIG_IKARI,
    attachments=[{
        "kind": "zip", "name": "じん肺健診対象者.zip", "password": "Fuji-2026-jinpai",
        "files": [{"kind": "csv", "name": "じん肺健診対象者.csv", "encoding": "cp932",
                   "rows": [["氏名", "生年月日", "粉じん作業歴"], ["廿日出 茂", "1971/04/02", "研磨 22年"]]}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP: its contents cannot be inspected",
)

_t_no = "T" + _corp_no("021005017318")
_add(
    id="anzeneisei-092",
    sender="経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
    to=["相模健康管理協会 経理課 <keiri@sagami-kenko.or.jp>"],
    cc=[SUMI],
    subject="お支払いのご案内（請求書番号 SKK-2610-0457）",
    charset="iso-2022-jp",
    body=f"""公益財団法人 相模健康管理協会
経理課 御中

平素より大変お世話になっております。日の出産業株式会社 経理部です。
下記請求書につき、お支払い手続きが完了しましたのでご案内いたします。

　請求書番号　：SKK-2610-0457（10月 巡回健診・施設健診 分）
　登録番号　　：{_t_no}
　請求金額　　：3,872,650円（税込、うち消費税等 18,920円）
　お支払日　　：11月30日
　お振込先　　：みどり銀行 相模原支店 普通 1234567 ザイ）サガミケンコウカンリキョウカイ

ご不明点がございましたら、経理部 支払担当（03-5412-7760）までご連絡ください。

日の出産業株式会社 経理部 支払担当
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="payment notice with the provider's invoice registration number and company bank account: business data only",
)

_add(
    id="anzeneisei-093",
    sender=HASEBE,
    to=["白川 様 <shirakawa@shirakawa-law.jp>"],
    cc=[ISURUGI],
    subject="ご相談：長時間労働後に適応障害で休職した社員の件",
    charset="iso-2022-jp",
    body="""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の長谷部です。
安全配慮義務の観点からご相談したい案件がございます。

本社 開発部の九十九 拓也さん（35歳）が、今年4月〜7月にかけて
新製品の立ち上げで月100時間前後の時間外労働が続き、8月に
「適応障害」の診断書を提出して休職に入りました。
産業医の面接指導は6月に1回実施しましたが、その後の措置（業務量の調整）が
十分でなかったことを本人が問題視しており、代理人を立てる可能性を示唆しています。

・4〜7月の勤怠記録、面接指導の記録、上司とのメールは保全済みです
・本人は現在も心療内科に通院中で、復職の目処は立っていません

当社として取るべき対応と、労災申請がなされた場合の見通しについて、
一度打合せの時間をいただけないでしょうか。
""" + SIG_HASEBE,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's adjustment-disorder diagnosis and psychiatric treatment sent to outside counsel",
)

_q = _crowd("094", 8)
_add(
    id="anzeneisei-094",
    sender=HIIRAGI,
    to=["メンタルナビ 実施事務局 <sc-jimukyoku@mental-navi.co.jp>"],
    subject="RE: 【受検状況】相模原工場 未受検者のお知らせ（11/16時点）",
    charset="utf-8",
    body="""メンタルナビ 実施事務局 ご担当者様

ご連絡ありがとうございます。柊です。
未受検者の方への受検勧奨は、社内から所属長経由で行います。
貴社からのリマインドメールは、予定どおり11月17日朝の1回のみでお願いします。
受検期間の延長は行いません。

""" + SIG_HIIRAGI + """

-----Original Message-----
From: メンタルナビ 実施事務局 <sc-jimukyoku@mental-navi.co.jp>
Sent: Monday, November 16, 2026 10:05 AM
To: 柊 真由美 <hiiragi.mayumi@hinode-sangyo.co.jp>
Subject: 【受検状況】相模原工場 未受検者のお知らせ（11/16時点）

日の出産業株式会社　柊様

11月16日時点の相模原工場の受検率は 87.4% です。
未受検の方は以下のとおりです。

氏名              メールアドレス
""" + "\n".join(f"{_pad(x['name'], 18)}{x['email']}" for x in _q) + """

リマインドの送信可否についてご指示ください。
株式会社メンタルナビ ストレスチェック実施事務局
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply: the list of 8 names and e-mails sits under -----Original Message----- from the recipient's own mail",
)

_add(
    id="anzeneisei-095",
    sender=ISURUGI,
    to=[ISURUGI],
    bcc=["岸本 様 <kishimoto@kanagawa-roudou.go.jp>",
         "中央労働安全協会 神奈川支部 <kanagawa@chuo-anzen.or.jp>",
         "御園 智子 先生 <misono@misono-iin.jp>"],
    subject="第32回 安全衛生大会 ご登壇の御礼",
    charset="iso-2022-jp",
    body="""ご登壇いただいた皆様

先日の第32回 日の出産業 安全衛生大会では、ご多用のところご講演・ご講評を賜り、
誠にありがとうございました。
参加者アンケートでは「現場ですぐに使える話が多かった」との声が多数寄せられました。
当日の記録写真と、アンケート結果の概要を後日お送りいたします。

今後とも当社の安全衛生活動へのご指導をよろしくお願い申し上げます。

※本メールは皆様にBccでお送りしております。
""" + SIG_ISURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="thank-you mail to three outside speakers correctly sent in Bcc; they cannot see each other",
)

_add(
    id="anzeneisei-096",
    sender=SUMI,
    to=["化学物質管理者講習 受付 <entry@kagaku-kanri.or.jp>"],
    subject="化学物質管理者講習（2月）受講申込",
    charset="shift_jis",
    body="""化学物質管理者講習 受付ご担当者様

日の出産業株式会社 相模原工場の鷲見と申します。
2月の化学物質管理者講習（専門的講習・2日間）に1名申し込みます。

　受講者：生産技術課　我妻 拓也（わがつま たくや）
　生年月日：1988年10月5日
　連絡先：080-2231-6604　/　takuya.wagatsuma@hinode-sangyo.co.jp

受講料のお振込先と、受講票の送付方法をご教示ください。
""" + SIG_SUMI,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one trainee's record (birth date, mobile, e-mail) to a course provider: single person, may be warned",
)

_add(
    id="anzeneisei-097",
    sender=OMAMEUDA,
    to=["相模原中央病院 地域医療連携室 <renkei@sagamihara-chuo-hp.jp>"],
    subject="労災による受診のご連絡（日の出産業 相模原工場）",
    charset="shift_jis",
    body="""相模原中央病院
地域医療連携室 ご担当者様

いつもお世話になっております。日の出産業 相模原工場の大豆生田です。
本日、当工場で負傷した社員をこれから貴院の救急外来に向かわせます。
業務上の負傷ですので、労災（様式第５号）での受診となります。

　氏名：桑原 颯（くわばら はやて）
　生年月日：平成１３年１月２９日
　状況：荷役中に段差で左足をひねった。腫れあり、歩行困難
　既往歴：１型糖尿病（インスリン自己注射）。本人がインスリンと補食を持参します

様式第５号は事業主証明を記入のうえ、明日お届けします。
付き添いは物流課の班長が同行します。
""" + SIG_OMAMEUDA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named worker's injury and type-1 diabetes history to the hospital by plain mail: special-care data",
)

_add(
    id="anzeneisei-098",
    sender=OMAMEUDA,
    to=["相模鋼材 安全担当 <anzen@sagami-kouzai.co.jp>"],
    subject="本日の熱中症疑い事案について（ご報告）",
    charset="utf-8",
    body="""相模鋼材株式会社
安全担当 ご担当者様

お世話になっております。日の出産業 相模原工場の大豆生田です。
本日午後、資材搬入の応援に来ていただいた貴社の作業員の方1名（20代男性、
今週から当工場の搬入作業に入られた方）が、第3倉庫での荷下ろし中に
熱中症の症状（めまい・大量の発汗）を訴えられました。

当工場の看護師が対応し、経口補水と冷却で30分ほどで回復されましたが、
念のため貴社の方に迎えに来ていただき、本日は作業を中止しています。
お名前等の詳細は貴社現場責任者の方へ口頭でお伝え済みです。

暑熱順化期間が取れていなかった可能性がありますので、
新たに入られる方は最初の1週間の作業時間を短くするなどのご配慮をお願いします。
""" + SIG_OMAMEUDA,
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="heat-stroke symptoms of an unnamed worker, yet identifiable to the recipient from context; a judgement call",
)

_add(
    id="anzeneisei-099",
    sender=HIIRAGI,
    to=["健康サポート 講座担当 <kouza@kenko-support.co.jp>"],
    subject="腰痛予防ストレッチ講座（オンライン）参加者",
    charset="utf-8",
    body="""株式会社健康サポート
講座担当 ご担当者様

お世話になっております。日の出産業 健康管理室の柊です。
12月3日のオンライン講座「デスクワーカーのための腰痛予防ストレッチ」の
当社参加者をお知らせします（4名）。Zoomの招待を各人に直接お送りください。

氏名,メール,携帯
小鳥遊 結衣,yui.takanashi@hinode-sangyo.co.jp,090-5518-2047
桑原 慎吾,shingo.kuwabara@hinode-sangyo.co.jp,080-7731-9025
日下部 千尋,chihiro.kusakabe@hinode-sangyo.co.jp,070-2296-4410
設楽 悠真,yuma.shitara@hinode-sangyo.co.jp,090-8842-1376

よろしくお願いいたします。
""" + SIG_HIIRAGI,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated list of four participants with e-mails and mobiles: under five people, may be warned",
)

_add(
    id="anzeneisei-100",
    sender=ISURUGI,
    to=["安全マート 法人窓口 <houjin@anzen-mart.jp>"],
    subject="Re: 【お見積り】セーフティスニーカー 追加分",
    charset="iso-2022-jp",
    body="""安全マート 法人窓口 御中

お見積りありがとうございます。石動です。
下記のサイズ別数量で追加注文いたします（お支払いは前回と同じく請求書払いで）。

　24.5cm：4足　25.0cm：6足　25.5cm：9足　26.0cm：11足
　26.5cm：8足　27.0cm：5足　27.5cm：3足　28.0cm：2足　（計48足）

納品は富士工場 工務課（猪狩）宛にお願いします。
""" + SIG_ISURUGI + """

> 日の出産業株式会社　石動様
> セーフティスニーカー（JSAA A種・黒）のお見積りです。
> 　品番 SS-770BK　単価 4,980円（税別）　50足以上で 4,680円
> 　納期：ご注文後 5営業日
> 安全マート 法人窓口
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order of safety shoes by size, price quote quoted; no personal data",
)
