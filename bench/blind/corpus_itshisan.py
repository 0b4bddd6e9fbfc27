"""Blind evaluation corpus — area: itshisan (IT asset management).

ソフトウェアライセンス管理、PC・スマートフォンの資産台帳、リース会社とのやり取り、
返却・データ消去証明、監査対応 — mail written by 日の出産業's 情報システム部・総務部・経理部
and 内部監査室.

Everything here is invented: people, numbers, addresses, companies and domains (apart from
the organisation and partner domains given in BRIEF.md). This file was written blind, from
BRIEF.md, build.py and SPEC.md only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 35801
rng = random.Random(SEED)

DOM = "hinode-sangyo.co.jp"

# -- small helpers -------------------------------------------------------------------------

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    """ASCII digits and hyphens to full-width."""
    return s.translate(_FW)


def mobile() -> str:
    return f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"


def zipcode() -> str:
    return f"{rng.randrange(100, 990)}-{rng.randrange(10000):04d}"


_TOWNS = [
    ("東京都", "世田谷区", "桜新町"), ("東京都", "練馬区", "石神井台"), ("東京都", "江戸川区", "西葛西"),
    ("東京都", "府中市", "紅葉丘"), ("神奈川県", "横浜市港北区", "日吉本町"),
    ("神奈川県", "川崎市中原区", "木月住吉町"), ("神奈川県", "相模原市南区", "上鶴間本町"),
    ("埼玉県", "さいたま市浦和区", "岸町"), ("埼玉県", "川口市", "芝新町"), ("千葉県", "船橋市", "前原西"),
    ("千葉県", "市川市", "八幡"), ("千葉県", "柏市", "豊四季"), ("大阪府", "吹田市", "江坂町"),
    ("大阪府", "豊中市", "曽根東町"), ("兵庫県", "西宮市", "甲子園口"), ("愛知県", "名古屋市千種区", "覚王山通"),
    ("福岡県", "福岡市早良区", "西新"), ("宮城県", "仙台市青葉区", "八幡"), ("北海道", "札幌市白石区", "本郷通"),
    ("静岡県", "浜松市中央区", "佐鳴台"),
]


def address(building: bool | None = None) -> str:
    pref, city, town = rng.choice(_TOWNS)
    s = f"{pref}{city}{town}{rng.randrange(1, 8)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
    if building is None:
        building = rng.random() < 0.4
    if building:
        s += f" {rng.choice(['コーポ', 'メゾン', 'ハイツ', 'グランド'])}{rng.choice(['桜', '緑ヶ丘', '若葉', '清風', '白鷺'])} {rng.randrange(1, 6)}0{rng.randrange(1, 9)}"
    return s


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei() -> str:
    body = "35" + "".join(str(rng.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


def corporate_number(base12: str) -> str:
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def serial(prefix: str, n: int = 8) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


# people (all invented): kanji, kana, romaji (given.family for mail)
PEOPLE = [
    ("五十嵐 智也", "イガラシ トモヤ", "tomoya.igarashi"), ("勅使河原 美咲", "テシガハラ ミサキ", "misaki.teshigahara"),
    ("御手洗 慎吾", "ミタライ シンゴ", "shingo.mitarai"), ("長谷部 由紀", "ハセベ ユキ", "yuki.hasebe"),
    ("一ノ瀬 蓮", "イチノセ レン", "ren.ichinose"), ("薬師寺 早苗", "ヤクシジ サナエ", "sanae.yakushiji"),
    ("百目鬼 隆", "ドウメキ タカシ", "takashi.domeki"), ("舎人 航平", "トネリ コウヘイ", "kohei.toneri"),
    ("神園 紗希", "カミゾノ サキ", "saki.kamizono"), ("比嘉 大輔", "ヒガ ダイスケ", "daisuke.higa"),
    ("唐沢 真央", "カラサワ マオ", "mao.karasawa"), ("奥寺 和宏", "オクデラ カズヒロ", "kazuhiro.okudera"),
    ("鷲尾 はるか", "ワシオ ハルカ", "haruka.washio"), ("永江 俊介", "ナガエ シュンスケ", "shunsuke.nagae"),
    ("仲宗根 彩", "ナカソネ アヤ", "aya.nakasone"), ("瀬戸口 直樹", "セトグチ ナオキ", "naoki.setoguchi"),
    ("桐谷 萌", "キリタニ モエ", "moe.kiritani"), ("忽那 悠人", "クツナ ユウト", "yuto.kutsuna"),
    ("日下部 亮", "クサカベ リョウ", "ryo.kusakabe"), ("芦田 美月", "アシダ ミツキ", "mitsuki.ashida"),
    ("檜山 孝", "ヒヤマ タカシ", "takashi.hiyama"), ("宇佐美 玲奈", "ウサミ レナ", "rena.usami"),
    ("古賀 翔", "コガ ショウ", "sho.koga"), ("能登 結衣", "ノト ユイ", "yui.noto"),
    ("羽鳥 慶太", "ハトリ ケイタ", "keita.hatori"), ("竹之内 絢子", "タケノウチ アヤコ", "ayako.takenouchi"),
    ("鬼頭 雅人", "キトウ マサト", "masato.kito"), ("設楽 理沙", "シタラ リサ", "risa.shitara"),
    ("乙部 正和", "オトベ マサカズ", "masakazu.otobe"), ("湊 いずみ", "ミナト イズミ", "izumi.minato"),
    ("伏見 篤", "フシミ アツシ", "atsushi.fushimi"), ("千々岩 洋平", "チヂイワ ヨウヘイ", "yohei.chijiiwa"),
    ("阿久津 茜", "アクツ アカネ", "akane.akutsu"), ("楠 祐介", "クスノキ ユウスケ", "yusuke.kusunoki"),
    ("南雲 彩花", "ナグモ アヤカ", "ayaka.nagumo"), ("糸井 拓真", "イトイ タクマ", "takuma.itoi"),
    ("蛭田 恵", "ヒルタ メグミ", "megumi.hiruta"), ("保科 隼", "ホシナ ハヤト", "hayato.hoshina"),
    ("我妻 千夏", "ワガツマ チナツ", "chinatsu.wagatsuma"), ("三ツ矢 拓郎", "ミツヤ タクロウ", "takuro.mitsuya"),
]


def people(n: int) -> list[tuple[str, str, str]]:
    return rng.sample(PEOPLE, n)


DEPTS = ["営業一部", "営業二部", "経理部", "総務部", "人事部", "物流管理部", "品質保証部", "購買部",
         "大阪支店", "名古屋営業所", "福岡営業所", "生産技術部"]


def emp_no() -> str:
    return f"{rng.choice(['H', 'HS', ''])}{rng.randrange(10000, 99999)}"


# signatures of the senders (our own contact data: not labelled)
def sig_saeki() -> str:
    return ("--\n日の出産業株式会社\n情報システム部 IT資産管理課\n佐伯 拓海（さえき たくみ）\n"
            "〒105-0012 東京都港区芝大門2-10-8 日の出ビル6F\nTEL 03-5400-1234（代表） 内線 4521\n"
            f"Mail saeki.takumi@{DOM}")


def sig_miyawaki() -> str:
    return ("━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社 情報システム部\n 宮脇 里奈\n"
            " TEL：03-5400-1238 / FAX：03-5400-1299\n"
            f" E-mail：miyawaki.rina@{DOM}\n━━━━━━━━━━━━━━━━━━━━")


def sig_shoji() -> str:
    return ("**************************************\n日の出産業株式会社\n情報システム部 課長　東海林 学\n"
            "〒105-0012 東京都港区芝大門2-10-8\nTEL:03-5400-1234  携帯:080-3391-2077\n"
            "**************************************")


def sig_onodera() -> str:
    return (f"----------------------------------------\n日の出産業株式会社　総務部 総務課\n小野寺 葵\n"
            f"直通 03-5400-1250\nonodera.aoi@{DOM}\n----------------------------------------")


def sig_isurugi() -> str:
    return "日の出産業（株） 経理部 固定資産担当\n石動 健  TEL 03-5400-1262"


def sig_mashiba() -> str:
    return ("＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n日の出産業株式会社 内部監査室\n真柴 陽子\n"
            "TEL 03-5400-1280\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝")


def sig_en() -> str:
    return ("Best regards,\n\nTakumi Saeki\nIT Asset Management, Information Systems Dept.\n"
            "Hinode Sangyo Co., Ltd.\n2-10-8 Shiba-Daimon, Minato-ku, Tokyo 105-0012, Japan\n"
            "Tel: +81-3-5400-1234")


DISC_JA = ("本メールおよび添付ファイルには機密情報が含まれている場合があります。"
           "万一誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"
           "無断での複製・転送はご遠慮ください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised copying or distribution is prohibited.")

SAEKI = f"佐伯 拓海 <saeki.takumi@{DOM}>"
MIYAWAKI = f"宮脇 里奈 <miyawaki.rina@{DOM}>"
SHOJI = f"東海林 学 <shoji.manabu@{DOM}>"
ONODERA = f"小野寺 葵 <onodera.aoi@{DOM}>"
ISURUGI = f"石動 健 <isurugi.ken@{DOM}>"
MASHIBA = f"真柴 陽子 <mashiba.yoko@{DOM}>"

M: list[dict] = []


def add(**kw) -> None:
    M.append(kw)


# =======================================================================================
# STOP
# =======================================================================================

# S1 — license reassignment CSV (names + e-mail + employee no.) to the helpdesk vendor
_p = people(12)
_rows = [["社員番号", "氏名", "メールアドレス", "所属", "現ライセンス", "変更後"]]
for kan, kana, rom in _p:
    _rows.append([emp_no(), kan, f"{rom}@{DOM}", rng.choice(DEPTS),
                  rng.choice(["CloudOffice E1", "CloudOffice E3"]), rng.choice(["CloudOffice E3", "CloudOffice F3", "解除"])])
add(sender=SAEKI, to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"],
    subject="【依頼】CloudOfficeライセンス付替え対象者（4月分）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム株式会社
ヘルプデスク ご担当者様

いつもお世話になっております。日の出産業の佐伯です。

4月の組織変更に伴うライセンス付替えの対象者リストを添付いたします。
12名分です。変更後の欄が「解除」の方はライセンスを外したうえで
メールボックスを30日保持の設定にしてください。

作業完了後、完了報告をいただけますと幸いです。
よろしくお願いいたします。

{sig_saeki()}
""",
    attachments=[{"kind": "csv", "name": "license_change_202404.csv", "encoding": "cp932", "rows": _rows}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of 12 employees (name, e-mail, employee no.) sent to an outside helpdesk vendor: list of people")

# S2 — return-kit shipping list padded with full-width spaces, to the courier
_p = people(7)
_lines = ["氏名　　　　　　郵便番号　　住所　　　　　　　　　　　　　　　　　　　電話番号",
          "－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－"]
for kan, _k, _r in _p:
    _lines.append(f"{kan:　<8}{zipcode()}　{address(False):　<24}{mobile()}")
add(sender=ONODERA, to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="PC返却キット集荷・配送先のご連絡",
    charset="cp932",
    body="青葉運輸株式会社\n法人営業部 御中\n\nお世話になっております。日の出産業 総務部の小野寺です。\n"
         "先日ご相談した、退職予定者・在宅勤務者への返却キット（PC用緩衝箱）の配送先は以下のとおりです。\n"
         "到着後、各自で梱包のうえ集荷依頼をいたしますので、着払い伝票の同梱をお願いします。\n\n"
         + "\n".join(_lines) +
         "\n\n配送希望日：来週水曜午前着\n以上、よろしくお願いいたします。\n\n" + sig_onodera(),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="7 people's home addresses and phone numbers pasted as a padded table to a courier")

# S3 — HTML-only table of company phone users to the carrier dealer
_p = people(8)
_tr = "".join(
    f"<tr><td>{kan}</td><td>{rng.choice(DEPTS)}</td><td>{mobile()}</td><td>{rom}@{DOM}</td><td>{rng.choice(['iPhone 15', 'iPhone SE3', 'Galaxy A54'])}</td></tr>"
    for kan, _k, rom in _p)
add(sender=MIYAWAKI, to=["モバイルパートナーズ 法人窓口 <biz-support@mobile-partners.co.jp>"],
    subject="法人携帯 機種変更対象者一覧",
    charset="utf-8",
    html=f"""<html><body>
<p>株式会社モバイルパートナーズ<br>法人窓口 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の宮脇です。<br>
今期の機種変更対象となる利用者の一覧をお送りします。MNPはなく、番号はそのまま引継ぎです。</p>
<table border="1" cellpadding="3">
<tr><th>利用者</th><th>部署</th><th>電話番号</th><th>メール</th><th>現機種</th></tr>
{_tr}
</table>
<p>端末の納品は本社 情報システム部宛てでお願いいたします。</p>
<p>日の出産業株式会社 情報システム部<br>宮脇 里奈<br>TEL 03-5400-1238</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only table of 8 employees with their mobile numbers and e-mails to a carrier dealer")

# S4 — no name column: employee no. + home address + mobile, tab separated, to kitting vendor
_lines = ["社員番号\t郵便番号\t配送先住所\t連絡先\t希望日"]
for i in range(6):
    _lines.append(f"{emp_no()}\t〒{zipcode()}\t{address()}\t{mobile()}\t{rng.choice(['5/13', '5/14', '5/15'])} {rng.choice(['午前', '14-16時', '18-20時'])}")
add(sender=SAEKI, to=["kitting@kitting-works.jp"], cc=[f"shoji.manabu@{DOM}"],
    subject="Re: テレワーク用PC 直送先について",
    charset="iso-2022-jp",
    body="キッティングワークス 森様\n\nお世話になっております。日の出産業 佐伯です。\n"
         "直送分6台の配送先をお送りします（Excelから貼り付けたので崩れていたらすみません）。\n\n"
         + "\n".join(_lines) +
         "\n\n資産ラベルは貼付済みの状態で発送してください。\nよろしくお願いします。\n\n" + sig_saeki(),
    expect="stop", entities=["JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="6 rows of home address + mobile keyed by employee no. (no name column) to a kitting vendor")

# S5 — XLSX with summary sheet + user detail sheet to the license reseller
_p = people(15)
_detail = [["ライセンス利用者明細（2024年3月末時点）"], [],
           ["No", "氏名", "ローマ字", "メールアドレス", "社員番号", "ライセンス", "最終サインイン"]]
for i, (kan, kana, rom) in enumerate(_p, 1):
    _detail.append([i, kan, rom.replace(".", " ").title(), f"{rom}@{DOM}", emp_no(),
                    rng.choice(["DesignPro Std", "DesignPro Plus"]), f"2024/03/{rng.randrange(1, 29):02d}"])
add(sender=SHOJI, to=["ソフトマーケット 営業部 北條 <hojo@softmarket.co.jp>"],
    subject="DesignPro トゥルーアップ資料の送付",
    charset="iso-2022-jp",
    body=f"""株式会社ソフトマーケット
北條様

お世話になっております。日の出産業の東海林です。
年次トゥルーアップのご依頼について、利用状況の資料を添付いたします。
「集計」シートが部署別の本数、「利用者明細」シートが個別の割当状況です。

Plusへのアップグレード希望が3本ございますので、お見積りも併せてお願いします。

{sig_shoji()}
""",
    attachments=[{"kind": "xlsx", "name": "DesignPro_利用状況_202403.xlsx", "sheets": {
        "集計": [["部署別ライセンス数"], ["部署", "Std", "Plus"], ["生産技術部", 8, 3], ["品質保証部", 4, 0], ["営業一部", 2, 1]],
        "利用者明細": _detail,
        "備考": [["最終サインインが90日超の利用者は回収予定"]]}}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="XLSX detail sheet of 15 named users with e-mails and employee numbers to a reseller")

# S6 — forward of an internal mail with a lender list to the lease company
_p = people(6)
_lines = []
for kan, _k, _r in _p:
    _lines.append(f"・{kan}（{rng.choice(DEPTS)}） 内線{rng.randrange(2000, 4999)} 携帯 {mobile()}  資産番号 HS-NB-{rng.randrange(1000, 9999)}")
add(sender=MIYAWAKI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="FW: 貸与PCの回収対象者について",
    charset="iso-2022-jp",
    body="ひかりリース株式会社\n小松様\n\nお世話になっております。\n"
         "回収日の調整は各利用者と直接していただいて構いませんので、社内で共有した一覧を転送します。\n\n"
         "宮脇\n\n---------- 転送メッセージ ----------\n"
         f"From: 東海林 学 <shoji.manabu@{DOM}>\nDate: 2024年4月8日(月) 10:12\n"
         f"To: 宮脇 里奈 <miyawaki.rina@{DOM}>\nSubject: 貸与PCの回収対象者について\n\n"
         "宮脇さん\n\nリース満了で回収になるPCの利用者です。連絡お願いします。\n\n"
         + "\n".join(_lines) + "\n\n東海林\n",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="forward (new text to the recipient) of a list of 6 employees with mobile numbers, sent to a lease company")

# S7 — DOCX table: new-hire account request with dates of birth
_p = people(6)
_dobs = ["平成13年5月2日", "H14.1.23", "平成12年11月30日", "2001/08/17", "平成１３年７月９日", "H13.12.4"]
_tbl = [["氏名", "フリガナ", "生年月日", "入社日", "配属"]]
for (kan, kana, _r), dob in zip(_p, _dobs):
    _tbl.append([kan, kana, dob, "2024/04/01", rng.choice(DEPTS)])
add(sender=SAEKI, to=["アカウント管理 <id-admin@tsubasa-system.jp>"],
    subject="新入社員アカウント発行依頼（第2陣）",
    charset="utf-8",
    body="ツバサシステム ID管理チーム ご担当者様\n\n日の出産業 佐伯です。\n"
         "第2陣の新入社員6名分のアカウント発行依頼書を添付します。\n"
         "初期パスワードは生年月日ではなくランダム発行でお願いします（前回の指摘事項）。\n\n" + sig_saeki(),
    attachments=[{"kind": "docx", "name": "アカウント発行依頼書_第2陣.docx", "title": "アカウント発行依頼書",
                  "paragraphs": ["アカウント発行依頼書", "依頼部署：情報システム部", "下記の者のアカウント発行を依頼します。"],
                  "tables": [_tbl]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="DOCX table of 6 new hires with kana names and dates of birth (和暦 mixed) to an outside vendor")

# S8 — plain ZIP holding a UTF-8 CSV of BYOD registrations to the MDM vendor
_p = people(10)
_rows = [["氏名", "私用携帯番号", "私用メール", "OS", "登録日"]]
for kan, _k, rom in _p:
    _rows.append([kan, mobile(), f"{rom.split('.')[0]}{rng.randrange(10, 99)}@{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp'])}",
                  rng.choice(["iOS 17", "Android 14"]), f"2024-0{rng.randrange(1, 4)}-{rng.randrange(10, 28)}"])
add(sender=MIYAWAKI, to=["MDMクラウド サポート <support@mdm-cloud.jp>"],
    subject="BYOD端末の登録不具合について（問合せ番号 MC-240311-0087）",
    charset="utf-8",
    body="MDMクラウド サポートご担当者様\n\nお世話になっております。日の出産業の宮脇です。\n"
         "問合せ番号 MC-240311-0087 の件、登録に失敗している利用者の一覧をzipでお送りします。\n"
         "管理画面では「登録待ち」のまま止まっています。ログの確認をお願いできますでしょうか。\n\n" + sig_miyawaki(),
    attachments=[{"kind": "zip", "name": "byod_failed.zip", "files": [
        {"kind": "csv", "name": "byod_failed.csv", "encoding": "utf-8", "rows": _rows}]}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="unencrypted ZIP with a CSV of 10 employees' private phone numbers and private e-mails to an MDM vendor")

# S9 — one record per block: unreturned devices of leavers, to a collection agent
_p = people(5)
_blocks = []
for i, (kan, _k, _r) in enumerate(_p, 1):
    _blocks.append(f"【{i}】\n氏名：{kan} 様\n住所：〒{zipcode()} {address()}\n連絡先：{fw(mobile())}\n"
                   f"未返却：{rng.choice(['ノートPC 1台、ACアダプタ', 'スマートフォン 1台', 'ノートPC、社員証', 'モバイルルーター'])}")
add(sender=ONODERA, to=["回収サポート 受付 <uketsuke@kaishu-support.co.jp>"],
    subject="未返却機器の訪問回収のお願い",
    charset="cp932",
    body="株式会社回収サポート\nご担当者様\n\n平素より大変お世話になっております。\n"
         "日の出産業株式会社 総務部の小野寺でございます。\n\n"
         "退職者のうち、再三の連絡にもかかわらず貸与機器が未返却となっている方について、\n"
         "訪問回収をお願いしたく、対象者をお知らせいたします。\n\n" + "\n\n".join(_blocks) +
         "\n\n回収時には受領書へのご署名をいただけますようお願いいたします。\n\n" + sig_onodera(),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="5 leavers, one block each with home address and phone (full-width digits), to a collection agent")

def _era() -> str:
    return f"{rng.choice(['S58', 'S62', 'H2', 'H5', 'H8', 'H11'])}.{rng.randrange(1, 13)}.{rng.randrange(1, 29)}"


# S10 — attached original HR mail (eml) with joiners' DOB and phones, to kitting vendor
_p = people(6)
_lines = ["氏名, 生年月日, 携帯, 配属"]
for kan, _k, _r in _p:
    _lines.append(f"{kan}, {_era()}, {mobile()}, {rng.choice(DEPTS)}")
add(sender=SAEKI, to=["キッティングワークス 森 <mori@kitting-works.jp>"],
    subject="5月入社者分のセットアップ依頼",
    charset="iso-2022-jp",
    body="森様\n\nお世話になっております。佐伯です。\n5月中途入社者分のPCセットアップをお願いします。\n"
         "人事からの連絡メールをそのまま添付しますので、配属先ごとにプロファイルを分けてください。\n\n" + sig_saeki(),
    attachments=[{"kind": "eml", "name": "5月入社者のお知らせ.eml", "message": {
        "sender": f"人事部 <jinji@{DOM}>", "to": [f"saeki.takumi@{DOM}"],
        "subject": "5月入社者のお知らせ", "charset": "iso-2022-jp",
        "body": "情報システム部 佐伯さん\n\n5月1日入社の6名です。PC・スマホの準備をお願いします。\n\n"
                + "\n".join(_lines) + "\n\n人事部 採用担当"}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="attached HR mail listing 6 joiners with dates of birth and mobiles, sent outside")

# S11 — driver's licence of the contract signer for a corporate mobile contract
add(sender=ONODERA, to=["biz-contract@mobile-partners.co.jp"],
    subject="法人契約 追加回線の申込書類について",
    charset="iso-2022-jp",
    body="モバイルパートナーズ 法人契約ご担当 様\n\nお世話になっております。日の出産業 総務部の小野寺です。\n"
         "追加回線10回線の申込につき、ご案内いただいた来店者（手続担当者）の本人確認情報をお送りします。\n\n"
         "　手続担当者：奥寺 和宏（総務部）\n　生年月日：昭和６１年３月１９日\n"
         "　本人確認書類：運転免許証\n　免許証番号：第 3012 8640 1750 号\n　有効期限：令和8年04月19日\n\n"
         "当日は原本を持参いたします。\nよろしくお願いいたします。\n\n" + sig_onodera(),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="driver's licence number (with name and DOB) of one employee sent to a carrier dealer")

# S12 — credit card number for a SaaS license purchase
_card = card_number(SEED + 0)
_cardfmt = " ".join(_card[i:i + 4] for i in range(0, 16, 4))
add(sender=ISURUGI, to=["ソフトマーケット 受注センター <order@softmarket.co.jp>"],
    subject="Re: 見積書 Q-2024-03318 ご注文",
    charset="iso-2022-jp",
    body=f"""ソフトマーケット 受注センター 御中

お世話になっております。日の出産業 経理部の石動です。
見積書 Q-2024-03318（ScreenCap Pro 年間ライセンス 20本）で発注いたします。
お支払いは法人カードでお願いします。

カード番号：{_cardfmt}
有効期限：11/27
名義：KEN ISURUGI

請求書は不要、領収書のみPDFでお送りください。

{sig_isurugi()}
""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a corporate card number written in the mail to a reseller")

# S13 — My Numbers in "test data" for a payroll SaaS migration
_p = people(5)
_rows = [["従業員番号", "氏名", "生年月日", "住所", "個人番号"]]
for k, (kan, _k, _r) in enumerate(_p):
    _rows.append([emp_no(), kan, f"19{rng.randrange(62, 99)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}",
                  address(False), my_number(SEED + k)])
add(sender=SAEKI, to=["導入支援チーム <onboarding@kyuyo-cloud.jp>"],
    subject="データ移行テスト用ファイルの送付",
    charset="utf-8",
    body="給与クラウド 導入支援チーム ご担当者様\n\nお世話になっております。日の出産業 情報システム部の佐伯です。\n"
         "移行テスト用に、現行システムから5名分を抽出したCSVをお送りします。\n"
         "文字コードはUTF-8、個人番号列はハイフンなしです。取込エラーの箇所をご教示ください。\n\n" + sig_saeki(),
    attachments=[{"kind": "csv", "name": "migration_test_5.csv", "encoding": "utf-8", "rows": _rows}],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="My Numbers of 5 employees in 'test data' sent to a SaaS vendor")

# S14 — residence card number of a foreign employee for a phone contract
add(sender=ONODERA, to=["モバイルパートナーズ 佐久間様 <sakuma@mobile-partners.co.jp>"],
    subject="貸与スマートフォン 名義追加の件",
    charset="utf-8",
    body="株式会社モバイルパートナーズ\n佐久間様\n\nいつもお世話になっております。日の出産業の小野寺です。\n"
         "先日お電話でご相談した、外国籍社員の利用者登録に必要な情報です。\n\n"
         "利用者：NGUYEN VAN MINH（グエン・ヴァン・ミン）\n生年月日：1996年8月14日\n"
         "在留カード番号：UH48207316FA\n在留期限：2026年9月30日\n\n"
         "カード画像は当日窓口で提示します。\nどうぞよろしくお願いいたします。\n\n" + sig_onodera(),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="residence card number of one employee sent to a carrier dealer")

# S15 — passport number for an overseas rental of a Wi-Fi router / laptop
add(sender=MIYAWAKI, to=["法人予約 <corp@sekai-wifi.jp>"],
    subject="海外出張用 モバイルWi-Fi・PCレンタル予約（6/3〜6/14）",
    charset="iso-2022-jp",
    body="セカイWi-Fi 法人予約センター御中\n\nお世話になっております。日の出産業 情報システム部の宮脇です。\n"
         "下記の通りレンタルを申し込みます。\n\n"
         "　渡航者：比嘉 大輔\n　渡航先：ベトナム（ホーチミン）\n　期間：6/3〜6/14\n"
         "　旅券番号：TZ4418092\n　受取：成田空港第1ターミナル カウンター\n"
         "　レンタル品：モバイルWi-Fi 1台、ノートPC 1台（英語OS）\n\n"
         "請求は法人請求書払いでお願いします。\n\n" + sig_miyawaki(),
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT"], detectors=["personal_data"],
    note="passport number of one traveller sent to a rental company")

# S16 — disability of one employee, to the accessibility software vendor
add(sender=SAEKI, to=["アクセステック 営業 <sales@access-tech.co.jp>"],
    subject="画面読み上げソフトの導入相談",
    charset="iso-2022-jp",
    body=f"""株式会社アクセステック
営業ご担当者様

はじめてご連絡いたします。日の出産業株式会社 情報システム部の佐伯と申します。

この度、経理部の唐沢 真央が視覚障害（身体障害者手帳1種2級、全盲）のため、
業務用PCに画面読み上げソフトと点字ディスプレイの導入を検討しております。
会計システムはブラウザ画面、帳票はPDFが中心です。

デモ機の貸出や、本人同席での操作確認が可能でしたらご相談させてください。

{sig_saeki()}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's disability (要配慮個人情報) sent to a vendor")

# S17 — sick leave (depression) explained to the lease company
add(sender=MIYAWAKI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="Re: 満了PC 1台未返却の件",
    charset="iso-2022-jp",
    body="小松様\n\nお世話になっております。宮脇です。\n"
         "未返却の1台（資産番号 HS-NB-2231）ですが、利用者の鷲尾 はるかが\n"
         "うつ病で3月から休職しており、自宅にPCを置いたままになっております。\n"
         "ご本人の体調を見ながら回収日を決めたいので、満了日を1か月延長していただけないでしょうか。\n"
         "延長分のリース料はお支払いいたします。\n\n宮脇\n\n"
         "> 満了PCのうち1台が未返却となっております。状況をご確認いただけますでしょうか。\n"
         "> ひかりリース 小松\n",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's mental illness and sick leave written to a lease company")

# S18 — theft of a smartphone: crime victim, to the insurer
add(sender=ONODERA, to=["平和損保 法人事故受付 <jiko-uketsuke@heiwa-sonpo.co.jp>"],
    subject="動産総合保険 事故報告（スマートフォン盗難）",
    charset="utf-8",
    body="平和損害保険株式会社 法人事故受付センター 御中\n\n"
         "証券番号 DS-7731-0042 の契約者、日の出産業株式会社 総務部の小野寺です。\n"
         "下記の通り事故のご報告をいたします。\n\n"
         "■発生日時：2024年5月9日 21時頃\n■場所：JR川崎駅東口付近の飲食店\n"
         "■被害者：営業二部 古賀 翔（貸与端末の利用者）\n"
         "■内容：置き引きによりカバンごと貸与スマートフォンを盗まれ、翌日川崎警察署に被害届を提出（受理番号 第1187号）。\n"
         "■端末：iPhone 15（電話番号 080-6617-3042）\n■対応：MDMにて遠隔ロック・初期化済み\n\n"
         "必要書類をご案内ください。\n\n" + sig_onodera(),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a named employee as the victim of a theft (被害届) reported to an insurer: 要配慮個人情報")

# S19 — RFP to four lease companies, all in To
add(sender=SHOJI,
    to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>", "東海リース 営業部 <eigyo@tokai-lease.co.jp>",
        "中央リース 西田様 <nishida@chuo-lease.co.jp>", "富士キャピタルリース <pc-lease@fuji-capital-lease.co.jp>"],
    subject="【お見積依頼】PCリース更新（約320台）のご案内",
    charset="iso-2022-jp",
    body=f"""各位

いつもお世話になっております。日の出産業株式会社 情報システム部の東海林です。

2024年10月に満了を迎えるPCリースの更新につき、お見積りをお願いしたくご連絡いたしました。

・対象：ノートPC 約320台（14型、メモリ16GB以上）
・期間：48か月
・付帯：データ消去証明書の発行、キッティング、返却物流
・回答期限：6月14日（金）

詳細な要件書は別途お送りいたします。ご不明点は本メールにご返信ください。

{sig_shoji()}
""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four competing lease companies openly in To: should have been Bcc")

# S20 — leavers' private addresses all in To
add(sender=ONODERA,
    to=["tomoya.igarashi.77@gmail.com", "misaki_t0412@yahoo.co.jp", "r.ichinose@icloud.com",
        "domeki-t@docomo.ne.jp"],
    subject="貸与スマートフォンご返却のお願い",
    charset="iso-2022-jp",
    body="退職者の皆さま\n\nご無沙汰しております。日の出産業 総務部の小野寺です。\n"
         "在職中に貸与しておりましたスマートフォンのご返却が確認できておりません。\n"
         "お手数ですが、5月末までに同封の返信用封筒でご返送ください。\n"
         "既に処分された等の場合も、ご一報いただけますと助かります。\n\n" + sig_onodera(),
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four former employees on private free-mail addresses visible to each other in To")

# S21 — audit meeting: auditor in To, three other companies in Cc
add(sender=MASHIBA,
    to=["明星監査法人 IT監査チーム <it-audit@meisei-audit.jp>"],
    cc=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>", "ひかりリース 小松様 <komatsu@hikari-lease.co.jp>",
        "クリーンデータサービス 江藤様 <eto@clean-data.co.jp>", f"shoji.manabu@{DOM}"],
    subject="IT全般統制 往査日程のご連絡（資産管理・委託先管理）",
    charset="utf-8",
    body="明星監査法人 IT監査チームの皆様\n（CC：委託先各社ご担当者様）\n\n"
         "日の出産業 内部監査室の真柴です。\n往査日程が確定しましたのでご連絡します。\n\n"
         "7月10日(水) 10:00-12:00 IT資産管理（台帳・棚卸）\n"
         "7月10日(水) 13:30-15:00 委託先管理（ヘルプデスク、リース、データ消去）\n\n"
         "委託先各社には、午後の枠でオンライン参加をお願いできれば幸いです。\n\n" + sig_mashiba(),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations (auditor + 3 vendors) visible to each other in To/Cc")

# S22 — look-alike: tsubasa-sytem.jp (letters swapped)
add(sender=SAEKI, to=["田代 様 <tashiro@tsubasa-sytem.jp>"],
    subject="資産台帳 5月更新分",
    charset="iso-2022-jp",
    body="ツバサシステム 田代様\n\nお世話になっております。佐伯です。\n"
         "5月更新分の資産台帳（差分）を添付いたします。新規12台、廃棄4台です。\n"
         "CMDBへの反映をお願いいたします。\n\n" + sig_saeki(),
    attachments=[{"kind": "xlsx", "name": "asset_diff_202405.xlsx", "sheets": {"差分": [
        ["区分", "資産番号", "機種", "シリアル", "設置場所"],
        *[[rng.choice(["新規", "新規", "廃棄"]), f"HS-NB-{rng.randrange(3000, 3999)}", "LB-14 G5", serial("5CG", 7), rng.choice(["本社6F", "本社3F", "大阪支店"])] for _ in range(16)]]}}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a letter-swap look-alike of partner tsubasa-system.jp")

# S23 — look-alike: kawasaki-denki.jp (dropped co.)
add(sender=MIYAWAKI, to=["kawasaki-denki.jp サポート <support@kawasaki-denki.jp>"],
    subject="複合機リース 保守契約番号の確認",
    charset="iso-2022-jp",
    body="川崎電機株式会社 サポート窓口 御中\n\nお世話になっております。日の出産業の宮脇です。\n"
         "本社3Fに設置している複合機（機番 KD-C4520-118734）の保守契約番号を確認させてください。\n"
         "手元の台帳では MC-2021-0457 となっておりますが、請求書の記載と異なっておりました。\n\n" + sig_miyawaki(),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denki.jp drops the co. of partner kawasaki-denki.co.jp: look-alike domain")

# S24 — look-alike of our own domain: hinode-sangyo.com
add(sender=SHOJI, to=[f"佐伯 拓海 <saeki.takumi@hinode-sangyo.com>"],
    subject="ライセンス棚卸の集計",
    charset="iso-2022-jp",
    body="佐伯さん\n\n集計ありがとう。部署別の数字を貼っておきます。明日の会議で使います。\n\n"
         "部署　　　　　CloudOffice　DesignPro　ScreenCap\n"
         "営業一部　　　　　　42　　　　　 0　　　　　 6\n"
         "生産技術部　　　　　31　　　　　11　　　　　 2\n"
         "品質保証部　　　　　18　　　　　 4　　　　　 0\n\n東海林",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo.com is our own name on another TLD: look-alike of the internal domain")

# S25 — look-alike: aoba-unyu-co.jp (hyphen for dot)
add(sender=ONODERA, to=["青葉運輸 配車係 <haisha@aoba-unyu-co.jp>"],
    subject="廃棄PCの引取り日程",
    charset="cp932",
    body="青葉運輸株式会社 配車係 御中\n\nいつもお世話になっております。日の出産業の小野寺です。\n"
         "データ消去済み廃棄PC（45台、パレット2枚）の引取りを6月20日午前でお願いできますでしょうか。\n"
         "搬出場所は本社ビル地下1階 荷捌き場です。\n\n" + sig_onodera(),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp puts a hyphen for the dot of partner aoba-unyu.co.jp")

# S26 — 社外秘 stamped ITGC report to the auditor
add(sender=MASHIBA, to=["明星監査法人 森岡様 <morioka@meisei-audit.jp>"],
    subject="IT全般統制 自己評価結果のご送付",
    charset="iso-2022-jp",
    body="明星監査法人\n森岡様\n\nお世話になっております。日の出産業 内部監査室の真柴です。\n"
         "2023年度のIT全般統制 自己評価結果を添付いたします。ご査収ください。\n\n" + sig_mashiba(),
    attachments=[{"kind": "docx", "name": "ITGC自己評価結果_2023.docx", "page_header": "社外秘",
                  "title": "IT全般統制 自己評価結果",
                  "paragraphs": ["【社外秘】", "2023年度 IT全般統制 自己評価結果", "1. IT資産管理",
                                 "資産台帳と実機棚卸の差異：3件（うち2件は廃棄処理漏れ）",
                                 "2. アクセス管理", "退職者アカウントの削除遅延：2件（最大12日）",
                                 "3. 委託先管理", "データ消去証明書の回収率 100%"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached report stamped 社外秘 in header and body, sent to an external auditor")

# S27 — "Confidential" footer on a network diagram pptx
add(sender=SHOJI, to=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="拠点ネットワーク更改 構成案",
    charset="iso-2022-jp",
    body="田代様\n\nお世話になっております。東海林です。\n"
         "拠点ネットワーク更改の構成案を添付します。来週の打合せまでにご確認をお願いします。\n\n" + sig_shoji(),
    attachments=[{"kind": "pptx", "name": "NW_redesign_v3.pptx", "title": "拠点ネットワーク更改 構成案",
                  "page_footer": "Confidential - Hinode Sangyo Internal Only",
                  "slides": [["拠点ネットワーク更改 構成案 v3", "2024年5月 情報システム部"],
                             ["現行構成", "本社：コアSW 2台（冗長）", "拠点：IPsec VPN 6拠点", "FW：2017年導入、保守終了予定"],
                             ["新構成", "SD-WAN 導入", "FW 更改（UTM）", "管理VLAN 10.10.99.0/24"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTX with a 'Confidential - Internal Only' footer on every slide sent to a vendor")

# S28 — 【部外秘】 in subject and body, to the law firm
add(sender=SHOJI, to=["白川法律事務所 青山先生 <aoyama@shirakawa-law.jp>"],
    subject="【部外秘】ライセンス監査への回答方針（案）",
    charset="iso-2022-jp",
    body="白川法律事務所\n青山先生\n\nいつもお世話になっております。日の出産業の東海林です。\n\n"
         "━━━━━━━━━━━━\n　部外秘\n━━━━━━━━━━━━\n\n"
         "ノースブリッジ社からのライセンス監査通知について、社内で整理した回答方針（案）をお送りします。\n"
         "・過去3年分のインストール実績は提出する\n・仮想環境の扱いは契約書第7条の解釈で争う余地あり\n"
         "・不足分が判明した場合の買取単価の交渉\n\n"
         "ご意見をいただけますと幸いです。\n\n" + sig_shoji(),
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail classified 部外秘 (subject and stamp) sent to an outside law firm: marking stops even for counsel")

# S29 — password ZIP of the asset ledger to the lease company (PPAP)
add(sender=ISURUGI, to=["ひかりリース 契約管理部 <keiyaku@hikari-lease.co.jp>"],
    subject="リース資産照合用データ（パスワード別送）",
    charset="iso-2022-jp",
    body="ひかりリース株式会社 契約管理部 御中\n\nお世話になっております。日の出産業 経理部の石動です。\n"
         "期末のリース資産照合用データを送付いたします。\nパスワードは別メールにてお送りいたします。\n\n" + sig_isurugi(),
    attachments=[{"kind": "zip", "name": "lease_assets_FY2023.zip", "password": "Hn2024#lease",
                  "files": [{"kind": "xlsx", "name": "lease_assets_FY2023.xlsx", "sheets": {"Sheet1": [
                      ["契約番号", "資産番号", "機種", "台数"], ["HL-19-00831", "HS-NB-1001〜1120", "LB-14 G3", 120]]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected")

# S30 — protected PDF of erasure certificates to the auditor
add(sender=MASHIBA, to=["明星監査法人 森岡様 <morioka@meisei-audit.jp>"],
    subject="データ消去証明書（2023年度分）の提出",
    charset="iso-2022-jp",
    body="森岡様\n\nお世話になっております。真柴です。\n"
         "ご依頼のありましたデータ消去証明書（2023年度分、計212台）をPDFで提出いたします。\n"
         "閲覧パスワードは後ほどお電話でお伝えします。\n\n" + sig_mashiba(),
    attachments=[{"kind": "pdf", "name": "erasure_certificates_FY2023.pdf", "password": "cds-2023",
                  "title": "データ消去証明書", "lines": ["データ消去証明書", "対象：212台", "消去方式：NIST SP800-88 Purge"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF: the attachment cannot be read")

# S31 — corrupt xlsx to the erasure vendor
add(sender=SAEKI, to=["クリーンデータサービス 江藤様 <eto@clean-data.co.jp>"],
    subject="消去作業対象リスト（6月搬出分）",
    charset="utf-8",
    body="江藤様\n\nお世話になっております。佐伯です。\n6月搬出分の消去作業対象リストをお送りします。\n"
         "HDD 38台、SSD 51台、スマートフォン 22台です。\n\n" + sig_saeki(),
    attachments=[{"kind": "corrupt", "name": "消去対象_202406.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read")

# =======================================================================================
# EITHER
# =======================================================================================

_p = people(7)
_lines = ["資産番号      シリアル       機種           最終利用者", "-" * 60]
for kan, _k, _r in _p:
    _lines.append(f"HS-NB-{rng.randrange(1000, 1999)}   {serial('5CG', 7)}     LB-14 G3       {kan}")
add(sender=MIYAWAKI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="満了PC 返却明細（第3回）",
    charset="iso-2022-jp",
    body="小松様\n\nお世話になっております。宮脇です。\n第3回返却分の明細です。最終利用者は参考として記載しています。\n\n"
         + "\n".join(_lines) + "\n\n引取りは来週火曜でお願いします。\n\n宮脇",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="7 employee names tied only to asset/serial numbers (no contact data): a privacy officer could go either way")

add(sender=SAEKI, to=["エルゴデバイス 販売部 <hanbai@ergo-device.co.jp>"],
    subject="トラックボール・縦型マウスの見積依頼",
    charset="iso-2022-jp",
    body="エルゴデバイス株式会社 販売部 御中\n\nお世話になっております。日の出産業 情報システム部の佐伯です。\n"
         "物流管理部の忽那 悠人が腱鞘炎で通院しており、医師から負担の少ないマウスを勧められたとのことで、\n"
         "トラックボール（有線）と縦型マウスを各1台、試用のうえ購入したいと考えております。\n"
         "お見積りと試用貸出の可否をご教示ください。\n\n" + sig_saeki(),
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's minor ailment (腱鞘炎, seeing a doctor) to a vendor: is it medical history? borderline")

# =======================================================================================
# PASS
# =======================================================================================

# P1 license renewal quote
add(sender=SAEKI, to=["ソフトマーケット 北條様 <hojo@softmarket.co.jp>"],
    subject="ライセンス更新のお見積り依頼（契約番号 SM-LA-20210744）",
    charset="iso-2022-jp",
    body=f"""株式会社ソフトマーケット
北條様

いつもお世話になっております。日の出産業の佐伯です。
9月末で更新を迎える下記ライセンスについて、お見積りをお願いいたします。

  品名                         品番              数量
  ----------------------------------------------------
  DesignPro Std 年間            DP-STD-1Y-JP       24
  DesignPro Plus 年間           DP-PLS-1Y-JP        6
  ScreenCap Pro 年間            SCP-1Y-VL          40
  PDF Studio Business 永続      PDS-BIZ-PERP       10

PDF Studioは永続版からサブスクリプションへの切替も検討しているため、
参考として両方の価格をいただけますと助かります。

{sig_saeki()}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary quotation request with product codes and quantities")

# P2 lease contract renewal with serials
_lines = [f"  {i:>2}. {serial('5CG', 7)} / 資産番号 HS-NB-{1100 + i}" for i in range(1, 11)]
add(sender=ISURUGI, to=["ひかりリース 契約管理部 <keiyaku@hikari-lease.co.jp>"],
    subject="再リース契約の手続きについて（契約番号 HL-19-00831）",
    charset="cp932",
    body="ひかりリース株式会社\n契約管理部 御中\n\nお世話になっております。日の出産業 経理部の石動です。\n"
         "契約番号 HL-19-00831 のうち、下記10台を1年間の再リースとしたくご連絡いたしました。\n"
         "残り110台は予定どおり返却いたします。\n\n" + "\n".join(_lines) +
         "\n\n再リース料の試算をいただけますでしょうか。\n\n" + sig_isurugi() + "\n\n" + DISC_JA,
    expect="pass", entities=[], detectors=[],
    note="contract numbers and device serials only, plus the standard disclaimer")

# P3 receipt of erasure certificates: 25 serials, no people
_lines = ["No.\tシリアル\t種別\t消去方式\t結果"]
for i in range(1, 26):
    _lines.append(f"{i}\t{serial('S4', 8)}\t{rng.choice(['SSD', 'SSD', 'HDD'])}\t{rng.choice(['暗号化消去', '上書き3回', '物理破壊'])}\tOK")
add(sender=SAEKI, to=["クリーンデータサービス 江藤様 <eto@clean-data.co.jp>"],
    subject="Re: 消去証明書発行のご案内（作業番号 CD-24-1182）",
    charset="iso-2022-jp",
    body="江藤様\n\nお世話になっております。佐伯です。\n消去証明書、確かに受領しました。\n"
         "台帳との照合で以下25台の記載を確認済みです。念のため控えとしてお送りします。\n\n"
         + "\n".join(_lines) + "\n\n残り3台（作業保留分）は来月の搬出に回します。\n\n" + sig_saeki(),
    expect="pass", entities=[], detectors=[],
    note="list of 25 disk serials and erasure results: devices, not people")

# P4 NDA draft with the erasure vendor
add(sender=SHOJI, to=["クリーンデータサービス 法務 <legal@clean-data.co.jp>"],
    cc=["江藤様 <eto@clean-data.co.jp>"],
    subject="秘密保持契約書（案）の送付",
    charset="iso-2022-jp",
    body="クリーンデータサービス株式会社\n法務ご担当者様\n\nお世話になっております。日の出産業の東海林です。\n"
         "データ消去業務委託に先立ち、秘密保持契約書（案）を当社書式にて作成しましたので添付いたします。\n"
         "第4条（秘密情報の返還・廃棄）について、貴社の消去証明書の様式を引用する形にしております。\n"
         "修正がございましたら変更履歴付きでご返送ください。\n\n" + sig_shoji(),
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v1.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）とクリーンデータサービス株式会社（以下「乙」という）は、"
                                 "甲が乙に委託するデータ消去業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示し又は乙が業務上知り得た一切の情報をいう。",
                                 "第4条（返還・廃棄）乙は、業務終了後速やかに秘密情報を消去し、消去証明書を甲に提出する。",
                                 "第8条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the NDA draft attached: no marking, no personal data")

# P5 meeting scheduling with disclaimer
add(sender=MIYAWAKI, to=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="月次定例の日程変更のお願い",
    charset="iso-2022-jp",
    body="田代様\n\nいつもお世話になっております。宮脇です。\n"
         "来週木曜の月次定例ですが、社内監査対応と重なってしまったため、\n金曜15時からに変更いただけないでしょうか。\n"
         "議題はヘルプデスク月報とPC入替計画の進捗で変更ありません。\n\n" + sig_miyawaki() +
         "\n\n※" + DISC_JA,
    expect="pass", entities=[], detectors=[],
    note="ordinary scheduling mail; 機密情報 appears only in the standard disclaimer")

# P6 reply quoting the lease rep's signature
add(sender=SAEKI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="Re: 返却立会いの件",
    charset="iso-2022-jp",
    body="小松様\n\n承知しました。当日は佐伯が立ち会います。\n車両は地下駐車場の搬入口に停めていただければ大丈夫です。\n\n佐伯\n\n"
         "> 佐伯様\n>\n> 6/20の返却立会いですが、当社からは小松と作業員2名で伺います。\n"
         "> 当日の緊急連絡先は私の携帯 090-5582-1946 までお願いいたします。\n>\n"
         "> ひかりリース株式会社 営業第二部 小松 誠\n",
    expect="pass", entities=[], detectors=[],
    note="the only phone number is the recipient's own, in quoted text")

# P7 three-way: lease + erasure vendor
add(sender=SAEKI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    cc=["クリーンデータサービス 江藤様 <eto@clean-data.co.jp>", f"miyawaki.rina@{DOM}"],
    subject="返却PCのデータ消去フローについて（三者打合せ）",
    charset="iso-2022-jp",
    body="ひかりリース 小松様\nクリーンデータサービス 江藤様\n\nお世話になっております。日の出産業の佐伯です。\n"
         "返却PCのデータ消去をリース会社様の引取り前に実施するか、後に実施するかについて、\n"
         "三者で一度整理させていただきたく、オンラインでのお打合せをお願いできますでしょうか。\n\n"
         "候補：6/4(火)10時、6/5(水)14時、6/6(木)16時\n\n" + sig_saeki(),
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To/Cc")

# P8 one retiree on gmail
add(sender=ONODERA, to=["舎人 航平様 <kohei.toneri.1984@gmail.com>"],
    subject="貸与PCご返却の件",
    charset="iso-2022-jp",
    body="舎人 様\n\nご退職後のお忙しいところ失礼いたします。日の出産業 総務部の小野寺です。\n"
         "在職中に貸与しておりましたノートPC（資産番号 HS-NB-2087）のご返却について、\n"
         "返却キットをお送りしてもよろしいでしょうか。送付先はご退職時にお伺いしたご住所でよろしければ、\n"
         "その旨ご返信ください。\n\n" + sig_onodera(),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one former employee on a free-mail address: a warning at most")

# P9 internal: lender list with home addresses
_p = people(9)
_lines = ["氏名,部署,携帯,自宅住所,資産番号"]
for kan, _k, _r in _p:
    _lines.append(f"{kan},{rng.choice(DEPTS)},{mobile()},{address(False)},HS-NB-{rng.randrange(2000, 2999)}")
add(sender=ONODERA, to=[f"saeki.takumi@{DOM}", f"miyawaki.rina@{DOM}"],
    subject="在宅勤務者 貸与PC一覧（回収用）",
    charset="cp932",
    body="佐伯さん、宮脇さん\n\n回収キット発送用に、在宅勤務者の一覧を共有します。\n社内限りでお願いします。\n\n"
         + "\n".join(_lines) + "\n\n小野寺",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="list of 9 people with addresses but all recipients are internal")

# P10 internal: sick leave
add(sender=MIYAWAKI, to=[f"shoji.manabu@{DOM}"], cc=[f"jinji@{DOM}"],
    subject="鷲尾さんの貸与PCについて",
    charset="iso-2022-jp",
    body="東海林課長\n\n鷲尾さんが適応障害で休職に入られたと人事から連絡がありました。\n"
         "貸与PCは自宅にあるとのことなので、リース満了の延長をひかりリースに相談します。\n"
         "休職の理由は先方には伝えず「長期不在」とだけ伝える予定です。\n\n宮脇",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health information of an employee, but the mail stays internal")

# P11 internal: 社外秘 report
add(sender=MASHIBA, to=[f"shoji.manabu@{DOM}", f"saeki.takumi@{DOM}"],
    subject="ITGC自己評価結果（最終版）",
    charset="iso-2022-jp",
    body="東海林さん、佐伯さん\n\n最終版です。監査法人への提出は私から行います。\n\n真柴",
    attachments=[{"kind": "docx", "name": "ITGC自己評価結果_2023_final.docx", "page_header": "社外秘",
                  "paragraphs": ["【社外秘】", "2023年度 IT全般統制 自己評価結果（最終版）", "資産台帳と実機棚卸の差異：3件"]}],
    expect="pass", entities=[], detectors=[],
    note="社外秘 document to internal recipients only")

# P12 internal password zip via subdomain
add(sender=ISURUGI, to=[f"saeki.takumi@mail.{DOM}"],
    subject="固定資産台帳（IT機器分）",
    charset="iso-2022-jp",
    body="佐伯さん\n\n固定資産台帳のIT機器分を抜き出しました。パスワードはいつものものです。\n\n石動",
    attachments=[{"kind": "zip", "name": "fixed_assets_IT.zip", "password": "kotei2024",
                  "files": [{"kind": "xlsx", "name": "fixed_assets_IT.xlsx", "sheets": {"台帳": [["資産番号", "取得価額"], ["HS-SV-0012", 1280000]]}}]}],
    expect="pass", entities=[], detectors=[],
    note="password ZIP but the recipient is on an internal subdomain")

# P13 quoted ">" list of the vendor's own engineers
_p = people(5)
_q = "\n".join(f"> {i}. {kan}（{kana}） 携帯 {mobile()}" for i, (kan, kana, _r) in enumerate(_p, 1))
add(sender=SAEKI, to=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="Re: PC入替作業 作業員名簿のご連絡",
    charset="iso-2022-jp",
    body="田代様\n\n作業員名簿ありがとうございます。受付に入館証を5枚用意しておきます。\n"
         "当日は8:30に1F受付へお越しください。\n\n佐伯\n\n"
         "> 佐伯様\n>\n> 6/8(土)のPC入替作業の作業員は以下の5名です。\n>\n" + _q +
         "\n>\n> ツバサシステム 田代\n",
    expect="pass", entities=[], detectors=[],
    note="the list of 5 people is only in '>' quoted text the recipient sent")

# P14 Outlook-style quoted list
_p = people(6)
_q = "\n".join(f"{kan}\t{mobile()}\t{rng.choice(['搬出', '梱包', '運転'])}" for kan, _k, _r in _p)
add(sender=ONODERA, to=["青葉運輸 配車係 <haisha@aoba-unyu.co.jp>"],
    subject="RE: 搬出作業員のご連絡",
    charset="cp932",
    body="青葉運輸 配車係 御中\n\n承知いたしました。警備室へ申請しておきます。\n"
         "当日はよろしくお願いいたします。\n\n小野寺\n\n"
         "-----Original Message-----\nFrom: 青葉運輸 配車係 <haisha@aoba-unyu.co.jp>\n"
         "Sent: Tuesday, June 11, 2024 4:02 PM\nTo: 小野寺 葵\nSubject: 搬出作業員のご連絡\n\n"
         "日の出産業 小野寺様\n\n当日の作業員は以下のとおりです。\n\n" + _q + "\n\n青葉運輸 配車係\n",
    expect="pass", entities=[], detectors=[],
    note="the list of 6 workers sits under -----Original Message----- (quoted from the recipient)")

# P15 business list of sites
_sites = [("本社", "〒105-0012 東京都港区芝大門2-10-8", "03-5400-1234"),
          ("大阪支店", "〒530-0001 大阪府大阪市北区梅田3-4-12 梅田第二ビル8F", "06-6345-7710"),
          ("名古屋営業所", "〒460-0008 愛知県名古屋市中区栄4-2-19", "052-251-3380"),
          ("福岡営業所", "〒812-0011 福岡県福岡市博多区博多駅前2-17-5", "092-441-6092"),
          ("仙台営業所", "〒980-0021 宮城県仙台市青葉区中央1-6-30", "022-211-4417"),
          ("横浜物流センター", "〒236-0004 神奈川県横浜市金沢区福浦3-9-2", "045-785-2031")]
add(sender=MIYAWAKI, to=["ひかりリース 回収センター <kaishu@hikari-lease.co.jp>"],
    subject="拠点別 回収先一覧",
    charset="iso-2022-jp",
    body="ひかりリース 回収センター 御中\n\nお世話になっております。日の出産業の宮脇です。\n"
         "満了PCの拠点別回収先です。各拠点とも受付は総務担当、平日9-17時です。\n\n"
         + "\n".join(f"■{n}\n　{a}\n　代表 {t}\n　台数 {rng.randrange(4, 60)}台" for n, a, t in _sites) +
         "\n\n" + sig_miyawaki(),
    expect="pass", entities=[], detectors=[],
    note="list of company sites with office addresses and switchboards: businesses, not people")

# P16 mention of 社外秘
add(sender=SHOJI, to=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="Re: 現行構成資料のご提供について",
    charset="iso-2022-jp",
    body="田代様\n\nお世話になっております。東海林です。\n"
         "ご依頼の現行構成資料ですが、当社規程上「社外秘」扱いのためメールでの送付はできかねます。\n"
         "来週の定例で画面共有にてご説明いたしますので、それでご容赦ください。\n"
         "必要な箇所があれば、公開可能な範囲に編集したものを後日お渡しします。\n\n" + sig_shoji(),
    expect="pass", entities=[], detectors=[],
    note="社外秘 is only mentioned (why a document is not sent), not a marking on this mail")

# P17 datacenter entry for 3 staff
add(sender=SAEKI, to=["東京データセンター 入館受付 <nyukan@dc-tokyo.jp>"],
    subject="入館申請（6/15 サーバ撤去作業）",
    charset="iso-2022-jp",
    body="東京データセンター 入館受付ご担当者様\n\nいつもお世話になっております。日の出産業株式会社の佐伯です。\n"
         "下記のとおり入館を申請いたします。\n\n"
         "日時：6月15日(土) 9:00〜17:00\nラック：B3-12、B3-13\n作業内容：旧サーバ撤去・搬出\n\n"
         "入館者（3名）\n　佐伯 拓海　　080-4410-2763\n　日下部 亮　　090-7723-5081\n　芦田 美月　　070-2291-6634\n\n"
         "よろしくお願いいたします。\n\n" + sig_saeki(),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three staff with mobile numbers for a datacenter visit: under the five-person line (may warn)")

# P18 four new hires
_p = people(4)
_lines = [f"{i}) {kan} / {rom}@{DOM} / {rng.choice(DEPTS)} / 6月1日入社" for i, (kan, _k, rom) in enumerate(_p, 1)]
add(sender=SAEKI, to=["アカウント管理 <id-admin@tsubasa-system.jp>"],
    subject="中途入社者 アカウント作成のお願い（4名）",
    charset="iso-2022-jp",
    body="ツバサシステム ID管理チーム様\n\nお世話になっております。佐伯です。\n6月1日付の中途入社者4名のアカウント作成をお願いします。\n\n"
         + "\n".join(_lines) + "\n\nライセンスは全員CloudOffice E3です。\n\n" + sig_saeki(),
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four people's names and e-mails: below the list threshold, may warn")

# P19 IMEI list (15 digits, Luhn-valid) — not cards
_lines = ["No  機種            IMEI             色"]
for i in range(1, 21):
    _lines.append(f"{i:>2}  {rng.choice(['iPhone 15     ', 'iPhone SE3    '])}  {imei()}  {rng.choice(['黒', '白'])}")
add(sender=MIYAWAKI, to=["モバイルパートナーズ 佐久間様 <sakuma@mobile-partners.co.jp>"],
    subject="納品端末のIMEI照合結果",
    charset="iso-2022-jp",
    body="佐久間様\n\nお世話になっております。宮脇です。\n本日納品いただいた20台、IMEIを照合しました。すべて納品書と一致しています。\n"
         "MDM登録用に控えをお送りします。\n\n" + "\n".join(_lines) + "\n\n" + sig_miyawaki(),
    expect="pass", entities=[], detectors=[],
    note="20 device IMEIs (15-digit, Luhn-valid): hardware identifiers, not card numbers or people")

# P20 license key for a support ticket
add(sender=SAEKI, to=["PDF Studio サポート <support@pdfstudio-soft.com>"],
    subject="ライセンス認証エラーについて（ケース番号 00482217）",
    charset="utf-8",
    body="PDF Studio サポートご担当者様\n\nお世話になっております。日の出産業株式会社の佐伯です。\n"
         "ケース番号 00482217 の件、該当のライセンスキーと認証エラーの内容をお送りします。\n\n"
         "ライセンスキー：PDSB-7KQ2-M4XT-99RC-H3WD\n購入番号：SO-2021-118542\n"
         "エラー：E-1043 Activation limit reached (10/10)\n\n"
         "PC入替で旧端末の認証を解除し忘れたものと思われます。リセットをお願いできますでしょうか。\n\n" + sig_saeki(),
    expect="pass", entities=[], detectors=[],
    note="license key, order number and error code to vendor support: no personal data")

# P21 used-PC buy-back invoice with our T-number
_cn = corporate_number("010401" + "".join(str(rng.randrange(10)) for _ in range(6)))
add(sender=ISURUGI, to=["リサイクルPCジャパン 買取担当 <kaitori@recycle-pc.co.jp>"],
    subject="中古PC売却 請求書の送付",
    charset="iso-2022-jp",
    body="リサイクルPCジャパン株式会社\n買取ご担当者様\n\nお世話になっております。日の出産業 経理部の石動です。\n"
         "先日査定いただいた中古PC 38台の売却代金につき、請求書を添付いたします。\n\n" + sig_isurugi(),
    attachments=[{"kind": "pdf", "name": "請求書_HS-2406-0112.pdf", "title": "請求書",
                  "lines": ["請求書", "請求番号：HS-2406-0112", "リサイクルPCジャパン株式会社 御中",
                            "日の出産業株式会社", f"登録番号：T{_cn}", "〒105-0012 東京都港区芝大門2-10-8"],
                  "table": [["品名", "数量", "単価", "金額"], ["中古ノートPC LB-14 G3", "38", "6,500", "247,000"],
                            ["消費税(10%)", "", "", "24,700"], ["合計", "", "", "271,700"],
                            ["振込先", "みどり銀行 芝支店 普通 1234567 ヒノデサンギョウ（カ", "", ""]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with our T-number and company bank account: business data only")

# P22 lease payment with the lessor's company account
add(sender=ISURUGI, to=["ひかりリース 経理部 <keiri@hikari-lease.co.jp>"],
    subject="5月分リース料のお支払いについて",
    charset="cp932",
    body="ひかりリース株式会社 経理部 御中\n\nお世話になっております。日の出産業 経理部の石動です。\n"
         "5月分リース料（請求番号 HLI-2405-33871、1,284,360円）は5月31日に下記口座へお振込みいたします。\n\n"
         "　みどり銀行 本店営業部　当座　0071452　ヒカリリース（カ\n\n"
         "振込手数料は当社負担とします。\n\n" + sig_isurugi(),
    expect="pass", entities=[], detectors=[],
    note="company bank account on a payment notice: not personal data")

# P23 tracking numbers for returned devices
add(sender=ONODERA, to=["ひかりリース 回収センター <kaishu@hikari-lease.co.jp>"],
    subject="返却機器 発送のご連絡",
    charset="iso-2022-jp",
    body="ひかりリース 回収センター 御中\n\n日の出産業 総務部の小野寺です。\n本日、拠点分の返却機器を青葉運輸で発送しました。\n\n"
         "・大阪支店　12台　お問合せ番号 4471-2290-8835\n・名古屋営業所　7台　お問合せ番号 4471-2290-8846\n"
         "・福岡営業所　5台　お問合せ番号 4471-2290-8850\n\n到着のご確認をお願いいたします。\n\n" + sig_onodera(),
    expect="pass", entities=[], detectors=[],
    note="tracking numbers and counts: no personal data")

# P24 English license audit mail with disclaimer
add(sender=SAEKI, to=["Compliance Team <license-compliance@northbridge-software.com>"],
    subject="RE: Software License Review - Hinode Sangyo (Ref. NB-LR-2024-0193)",
    charset="utf-8",
    body=f"""Dear Northbridge Compliance Team,

Thank you for your message. We acknowledge the license review (Ref. NB-LR-2024-0193).

Please find below our deployment summary as of 31 May 2024:

  Product                  Entitled   Deployed
  NB Modeler Standard          60         57
  NB Modeler Enterprise        10         12
  NB Viewer (free)             --        143

The two additional Enterprise installs are on test VMs; we are checking whether the
non-production clause of the agreement applies. We will send the tool output by 14 June.

{sig_en()}

{DISC_EN}
""",
    expect="pass", entities=[], detectors=[],
    note="English license audit reply; 'confidential' appears only in the standard disclaimer")

# P25 auditor + helpdesk vendor: two organisations
add(sender=MASHIBA, to=["明星監査法人 森岡様 <morioka@meisei-audit.jp>"],
    cc=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="アカウント棚卸の手順についてのご質問",
    charset="iso-2022-jp",
    body="森岡様\n（cc：ツバサシステム 田代様）\n\nお世話になっております。真柴です。\n"
         "ご質問いただいたアカウント棚卸の手順は、運用を委託しているツバサシステム様から直接ご説明いただく形でよろしいでしょうか。\n"
         "田代様、お手数ですが森岡様とご調整をお願いいたします。\n\n" + sig_mashiba(),
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations introduced to each other: normal three-way mail")

# P26 five addresses but only two organisations
add(sender=SHOJI,
    to=["小松 誠 <komatsu@hikari-lease.co.jp>", "大越 <okoshi@hikari-lease.co.jp>", "回収センター <kaishu@hikari-lease.co.jp>"],
    cc=["田代 <tashiro@tsubasa-system.jp>", "ツバサ 現地作業 <onsite@tsubasa-system.jp>", f"saeki.takumi@{DOM}"],
    subject="PC入替・旧機回収 全体スケジュール",
    charset="iso-2022-jp",
    body="関係者各位\n\nお世話になっております。日の出産業の東海林です。\n入替と回収の全体スケジュールを共有します。\n\n"
         "6/8(土)　本社3F・6F 入替（ツバサシステム様）\n6/10(月)　旧機 データ消去前の保管（本社B1）\n"
         "6/20(木)　旧機 回収（ひかりリース様）\n\n変更がある場合は全員返信でお知らせください。\n\n" + sig_shoji(),
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="five external addresses but only two organisations (lease company and helpdesk vendor)")

# P27 partner subdomain
add(sender=MIYAWAKI, to=["川崎電機 保守センター <hoshu@support.kawasaki-denki.co.jp>"],
    subject="複合機 トナー交換後のエラーについて",
    charset="iso-2022-jp",
    body="川崎電機株式会社 保守センター 御中\n\nお世話になっております。日の出産業 情報システム部の宮脇です。\n"
         "本社6Fの複合機（機番 KD-C4520-118752）で、トナー交換後に「E-302」が表示され印刷できなくなっています。\n"
         "保守契約番号は MC-2021-0458 です。訪問修理の手配をお願いいたします。\n\n" + sig_miyawaki(),
    expect="pass", entities=[], detectors=[],
    note="support.kawasaki-denki.co.jp is a real subdomain of the partner, not a look-alike")

# P28 classification criteria explained to a partner
add(sender=SHOJI, to=["ツバサシステム 品質管理部 <qa@tsubasa-system.jp>"],
    subject="委託先向け 情報資産の取扱いについて（説明資料）",
    charset="utf-8",
    body="ツバサシステム株式会社 品質管理部 御中\n\nお世話になっております。日の出産業の東海林です。\n"
         "委託先様向けに、当社の情報資産の分類と取扱いをまとめた説明資料をお送りします。\n"
         "年次の委託先評価の際にご参照ください。\n\n" + sig_shoji(),
    attachments=[{"kind": "docx", "name": "委託先向け_情報資産取扱い説明.docx", "title": "情報資産の取扱いについて",
                  "paragraphs": ["情報資産の取扱いについて（委託先様向け説明資料）",
                                 "当社では情報資産を次の4区分に分類しています。各区分の意味と取扱いは下表のとおりです。",
                                 "委託業務で当社から「社外秘」区分の資料をお渡しする場合は、別途の取決めに従ってください。"],
                  "tables": [[["区分", "定義", "取扱い"],
                              ["極秘", "経営に重大な影響を与える情報", "役員の許可なく開示不可"],
                              ["社外秘", "社外に開示しない情報", "委託先へは契約に基づき必要最小限"],
                              ["社内限", "社内での共有を前提とする情報", "社内で共有可"],
                              ["公開", "公開済みの情報", "制限なし"]]]}],
    expect="pass", entities=[], detectors=[],
    note="a document that defines 極秘/社外秘 levels for partners: mentions, not a marking on this document")

# P29 hardware diagnosis result
add(sender=SAEKI, to=["ツバサシステム 修理受付 <repair@tsubasa-system.jp>"],
    subject="診断結果：HS-NB-2714 SSD異常",
    charset="iso-2022-jp",
    body="修理受付ご担当者様\n\nお世話になっております。佐伯です。\nHS-NB-2714 のハードウェア診断結果です。\n\n"
         "診断ツール：PC Diagnostics 4.2\n結果：SSD SMART エラー（代替処理済みセクタ数 しきい値超過）\n"
         "バッテリー：健康状態 良好（設計容量の91%）\nメモリ：異常なし\n\n"
         "保証期間内のため、SSD交換の手配をお願いします。データは消去証明付きで廃棄してください。\n\n" + sig_saeki(),
    expect="pass", entities=[], detectors=[],
    note="'診断結果' and '健康状態' describe a laptop, not a person: no sensitive data")

# P30 battery recall / swelling
add(sender=MIYAWAKI, to=["リース保守窓口 <hoshu@hikari-lease.co.jp>"],
    subject="バッテリー膨張の疑い 3台",
    charset="iso-2022-jp",
    body="ひかりリース 保守窓口 御中\n\n日の出産業の宮脇です。\n"
         "リース中の下記3台で、バッテリー膨張の疑い（キーボード浮き）があります。\n"
         "メーカーのリコール対象（製造番号 5CG12xxxx 帯）に該当するかご確認ください。\n\n"
         "・HS-NB-1874　5CG1207QX9\n・HS-NB-1902　5CG1211MW3\n・HS-NB-1933　5CG1219PL0\n\n"
         "安全のため利用を停止し、代替機を貸し出しています。\n\n" + sig_miyawaki(),
    expect="pass", entities=[], detectors=[],
    note="device serials and a maintenance request only")

# P31 My Number card readers purchase
add(sender=ONODERA, to=["ソフトマーケット 北條様 <hojo@softmarket.co.jp>"],
    subject="ICカードリーダーの追加注文",
    charset="iso-2022-jp",
    body="北條様\n\nお世話になっております。日の出産業 総務部の小野寺です。\n"
         "年末調整の電子化に向けて、マイナンバーカード対応のICカードリーダー（品番 ICR-5310U）を\n"
         "20台追加で注文させてください。納品先は本社総務部です。\n"
         "なお、マイナンバーの取扱いは人事部の専用端末のみで行うため、情報システム部の資産登録は不要です。\n\n" + sig_onodera(),
    expect="pass", entities=[], detectors=[],
    note="mentions マイナンバー as a topic; no number of anyone")

# P32 credit card mention
add(sender=ISURUGI, to=["ソフトマーケット 受注センター <order@softmarket.co.jp>"],
    subject="Re: お支払い方法について（注文番号 SM-O-2406-0441）",
    charset="iso-2022-jp",
    body="受注センター 御中\n\nお世話になっております。石動です。\n"
         "クレジットカード決済の場合は御社Webフォームからの入力とのこと、承知しました。\n"
         "カード情報はメールではお送りせず、本日中にフォームから入力いたします。\n"
         "（注文番号 SM-O-2406-0441、金額 396,000円）\n\n" + sig_isurugi(),
    expect="pass", entities=[], detectors=[],
    note="talks about paying by credit card but contains no card number")

# P33 one employee's phone repair
_im = imei()
add(sender=MIYAWAKI, to=["モバイルパートナーズ 修理受付 <repair@mobile-partners.co.jp>"],
    subject="貸与端末の修理依頼（画面割れ）",
    charset="iso-2022-jp",
    body="モバイルパートナーズ 修理受付 御中\n\nお世話になっております。日の出産業 情報システム部の宮脇です。\n"
         "下記端末の修理をお願いいたします。\n\n"
         f"利用者：設楽 理沙（営業一部）\n電話番号：080-3127-5546\nIMEI：{_im}\n症状：画面割れ（落下）\n\n"
         "代替機の手配も併せてお願いします。\n\n" + sig_miyawaki(),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's name and company phone number for a repair: one person, may warn")

# P34 one retiree's address for pickup
add(sender=ONODERA, to=["青葉運輸 集荷センター <shuka@aoba-unyu.co.jp>"],
    subject="個人宅からの集荷依頼（1件）",
    charset="cp932",
    body="青葉運輸 集荷センター 御中\n\n日の出産業 総務部の小野寺です。法人契約（お客様コード 70144-021）で集荷をお願いします。\n\n"
         "集荷先：百目鬼 隆 様\n住所：〒353-0004 埼玉県志木市本町5-14-2\n電話：０４８－４７１－３３０８\n"
         "品物：ノートPC 1箱（返却キット使用）\n希望日時：6月22日(土) 午前\n届け先：当社本社 総務部\n\n"
         "よろしくお願いいたします。\n\n" + sig_onodera(),
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one former employee's home address and phone for a pickup: one person, may warn")

# P35 lost (not stolen) phone report
add(sender=MIYAWAKI, to=["モバイルパートナーズ 法人窓口 <biz-support@mobile-partners.co.jp>"],
    subject="【至急】貸与スマートフォン紛失 回線停止のお願い",
    charset="iso-2022-jp",
    body="モバイルパートナーズ 法人窓口 御中\n\n日の出産業の宮脇です。至急のお願いです。\n"
         "下記回線の端末を紛失したと利用者から報告がありました。回線の一時停止をお願いします。\n\n"
         "回線番号：070-4418-2290\n利用者：楠 祐介\n紛失日：6月3日夜（出張先の新幹線車内と思われます）\n\n"
         "MDMからの遠隔ロックは実施済みです。JRの忘れ物センターにも問い合わせ中です。\n\n" + sig_miyawaki(),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="lost phone of one named employee (no crime involved): one person, may warn")

# P36 vendors all in Bcc
add(sender=SHOJI, to=[f"shoji.manabu@{DOM}"],
    bcc=["komatsu@hikari-lease.co.jp", "eigyo@tokai-lease.co.jp", "nishida@chuo-lease.co.jp",
         "pc-lease@fuji-capital-lease.co.jp"],
    subject="【お見積依頼】PCリース更新 要件書の送付",
    charset="iso-2022-jp",
    body="お取引先各位\n\n（本メールはBCCにてお送りしております）\n\n日の出産業株式会社 情報システム部の東海林です。\n"
         "先日ご案内したPCリース更新の要件書を添付いたします。回答期限は6月14日です。\n\n" + sig_shoji(),
    attachments=[{"kind": "pdf", "name": "PCリース更新_要件書.pdf", "title": "PCリース更新 要件書",
                  "lines": ["PCリース更新 要件書", "1. 対象台数 約320台", "2. 期間 48か月",
                            "3. データ消去：NIST SP800-88準拠、証明書を機器単位で発行", "4. 回答期限 2024年6月14日"]}],
    expect="pass", entities=[], detectors=[],
    note="four lease companies correctly in Bcc: no one sees the others")

# P37 retirees in Bcc
add(sender=ONODERA, to=[f"onodera.aoi@{DOM}"],
    bcc=["tomoya.igarashi.77@gmail.com", "misaki_t0412@yahoo.co.jp", "r.ichinose@icloud.com"],
    subject="【再送】貸与機器ご返却のお願い",
    charset="iso-2022-jp",
    body="退職者の皆さま\n\n※個別にBCCでお送りしています。\n\n日の出産業 総務部の小野寺です。\n"
         "貸与機器のご返却について、先日のご案内の再送です。お手元にある場合は返却をお願いします。\n\n" + sig_onodera(),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="former employees' free-mail addresses in Bcc only: nobody sees the others")

# P38 contractor on gmail
add(sender=SAEKI, to=["Yuji Tamaki <tamaki.kitting@gmail.com>"],
    subject="土曜のキッティング作業の件",
    charset="iso-2022-jp",
    body="玉木さん\n\nお疲れさまです。佐伯です。\n土曜のキッティング、30台の予定です。イメージは v2024.05 を使ってください。\n"
         "作業場所は本社6Fの会議室Cです。入館証は1F受付で名前を言えば受け取れます。\n"
         "作業完了後、チェックシートの写真を送ってください。\n\n佐伯",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one freelance contractor on gmail, ordinary work instructions")

# P39 password notification mail
add(sender=ISURUGI, to=["ひかりリース 契約管理部 <keiyaku@hikari-lease.co.jp>"],
    subject="【パスワード】リース資産照合用データ",
    charset="iso-2022-jp",
    body="ひかりリース株式会社 契約管理部 御中\n\n先ほどお送りしたファイルのパスワードです。\n\n　Hn2024#lease\n\n"
         "今後はファイル共有サービスでのお渡しに切り替えたいと考えております。\n\n" + sig_isurugi(),
    expect="pass", entities=[], detectors=[],
    note="the separate password mail carries no attachment and no personal data")

# P40 English reply quoting the vendor's list of engineers
_p = people(5)
_q = "\n".join(f"> - {rom.replace('.', ' ').title()}, mobile +81-{mobile()[1:]}" for _k, _kk, rom in _p)
add(sender=SAEKI, to=["Field Services <fieldservices@northbridge-software.com>"],
    subject="Re: On-site license scan - engineer list",
    charset="utf-8",
    body="Hi team,\n\nThanks, that works. Visitor badges will be ready at the reception on the 1st floor.\n"
         "Please bring the scanning laptop with the agreed tool version (7.2).\n\nTakumi\n\n"
         "On Mon, 10 Jun 2024 at 17:42, Field Services <fieldservices@northbridge-software.com> wrote:\n"
         "> Dear Saeki-san,\n>\n> The following engineers will visit on 18 June:\n>\n" + _q +
         "\n>\n> Regards,\n> Northbridge Field Services\n",
    expect="pass", entities=[], detectors=[],
    note="the list of 5 engineers is quoted back to the sender who wrote it")

# P41 asset ledger xlsx without users
_rows = [["IT資産台帳（リース物件）2024年5月末"], [],
         ["資産番号", "種別", "機種", "シリアル", "設置場所", "契約番号", "満了日"]]
for i in range(30):
    _rows.append([f"HS-NB-{1001 + i}", "ノートPC", "LB-14 G3", serial("5CG", 7),
                  rng.choice(["本社3F", "本社6F", "大阪支店", "名古屋営業所", "福岡営業所"]), "HL-19-00831", "2024/10/31"])
add(sender=MIYAWAKI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="満了物件 台帳の突合せ",
    charset="iso-2022-jp",
    body="小松様\n\nお世話になっております。宮脇です。\n当社側の台帳を添付します。設置場所は5月末時点です。\n"
         "貴社の物件リストと差異があればご指摘ください。\n\n" + sig_miyawaki(),
    attachments=[{"kind": "xlsx", "name": "lease_ledger_202405.xlsx",
                  "sheets": {"台帳": _rows, "拠点": [["拠点", "代表電話"], ["本社", "03-5400-1234"], ["大阪支店", "06-6345-7710"]]}}],
    expect="pass", entities=[], detectors=[],
    note="asset ledger of 30 devices with locations: no people")

# P42 software inventory by hostname
_rows = [["hostname", "product", "version", "install_date"]]
for i in range(40):
    _rows.append([f"HSPC{rng.randrange(1000, 3000)}", rng.choice(["DesignPro Std", "DesignPro Plus", "ScreenCap Pro"]),
                  rng.choice(["12.4.1", "12.3.0", "8.0.2"]), f"2023/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"])
add(sender=SAEKI, to=["ソフトマーケット 北條様 <hojo@softmarket.co.jp>"],
    subject="インストール実績データ（端末別）",
    charset="iso-2022-jp",
    body="北條様\n\nお世話になっております。佐伯です。\nトゥルーアップ用に、端末別のインストール実績（資産管理ツールの出力）を添付します。\n"
         "利用者情報は除いてあります。\n\n" + sig_saeki(),
    attachments=[{"kind": "csv", "name": "install_by_host.csv", "encoding": "utf-8", "rows": _rows}],
    expect="pass", entities=[], detectors=[],
    note="software inventory keyed by hostname only, user data removed")

# P43 unprotected erasure certificate PDF to the auditor
add(sender=MASHIBA, to=["明星監査法人 森岡様 <morioka@meisei-audit.jp>"],
    subject="Re: サンプル資料のご依頼（消去証明書）",
    charset="iso-2022-jp",
    body="森岡様\n\nお世話になっております。真柴です。\nサンプルとしてご指定いただいた作業番号 CD-24-1182 の消去証明書を添付します。\n\n" + sig_mashiba(),
    attachments=[{"kind": "pdf", "name": "CD-24-1182_消去証明書.pdf", "title": "データ消去証明書",
                  "lines": ["データ消去証明書", "作業番号：CD-24-1182", "依頼者：日の出産業株式会社 御中",
                            "消去方式：NIST SP800-88 Rev.1 Purge", "作業責任者：クリーンデータサービス株式会社 技術部 江藤"],
                  "table": [["No", "シリアル", "種別", "結果"]] + [[str(i), serial("S4", 8), "SSD", "消去完了"] for i in range(1, 11)]}],
    expect="pass", entities=[], detectors=[],
    note="readable erasure certificate with disk serials and the vendor's responsible person: no personal data")

# P44 audit schedule
add(sender=MASHIBA, to=["明星監査法人 IT監査チーム <it-audit@meisei-audit.jp>"],
    subject="棚卸立会いの日程候補",
    charset="iso-2022-jp",
    body="明星監査法人 IT監査チーム御中\n\nお世話になっております。日の出産業 内部監査室の真柴です。\n"
         "IT資産の実地棚卸への立会いについて、日程候補をお送りします。\n\n"
         "①9月26日(木) 終日\n②9月27日(金) 午前\n③10月1日(火) 午後\n\n"
         "対象は本社の在庫保管庫（未使用PC 約40台）と、サーバルームです。\n\n" + sig_mashiba(),
    expect="pass", entities=[], detectors=[],
    note="ordinary audit scheduling")

# P45 answers to the auditor's questions
add(sender=SHOJI, to=["明星監査法人 森岡様 <morioka@meisei-audit.jp>"],
    subject="Re: IT全般統制 質問事項への回答",
    charset="iso-2022-jp",
    body="森岡様\n\nお世話になっております。東海林です。ご質問に回答いたします。\n\n"
         "Q1. 退職者アカウントの削除状況\nA1. 2023年度の退職者 47名のうち、45名は退職日当日、2名は翌営業日に削除しております。\n\n"
         "Q2. 貸与PCの返却確認\nA2. 総務部の返却チェックリストで確認し、未返却は月次で部門長に通知しております（年度末時点 未返却 3台）。\n\n"
         "Q3. データ消去証明\nA3. 全件について消去証明書を回収し、資産台帳の廃棄欄に証明書番号を記録しております。\n\n" + sig_shoji(),
    expect="pass", entities=[], detectors=[],
    note="aggregate counts only, no individuals")

# P46 order from the reseller's price list
add(sender=SAEKI, to=["ソフトマーケット 北條様 <hojo@softmarket.co.jp>"],
    subject="Re: 2024年度 PC周辺機器 価格表",
    charset="iso-2022-jp",
    body="北條様\n\n価格表ありがとうございます。下記で発注いたします。\n\n"
         "  USB-Cドック DK-400        単価 18,900円 × 25\n  24型モニタ MN-24F          単価 21,800円 × 25\n"
         "  有線キーボード KB-JP10     単価  2,480円 × 30\n\n発注書は経理から別途お送りします。\n\n佐伯",
    expect="pass", entities=[], detectors=[],
    note="ordinary order against a price list")

# P47 HTML device table (no people)
_tr = "".join(f"<tr><td>HS-MB-{rng.randrange(100, 999)}</td><td>{rng.choice(['モバイルルーター MR-05', 'iPad 第10世代'])}</td><td>{serial('DMP', 8)}</td><td>{rng.choice(['貸出中', '在庫', '修理中'])}</td></tr>" for _ in range(12))
add(sender=MIYAWAKI, to=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="共用端末 在庫状況（6月第2週）",
    charset="utf-8",
    body="田代様\n\n共用端末の在庫状況です（HTMLでご覧ください）。\n\n宮脇",
    html=f"<html><body><p>田代様</p><p>共用端末の在庫状況です。</p><table border='1'><tr><th>資産番号</th><th>機種</th><th>シリアル</th><th>状態</th></tr>{_tr}</table><p>宮脇</p></body></html>",
    expect="pass", entities=[], detectors=[],
    note="HTML table of shared devices and their status: no people")

# P48 forward of vendor business mail to another partner
add(sender=SAEKI, to=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="FW: 【メンテナンスのお知らせ】MDMクラウド 6/22 計画停止",
    charset="iso-2022-jp",
    body="田代様\n\nMDMクラウドの計画停止のお知らせです。ヘルプデスクの問合せ対応にご留意ください。\n\n佐伯\n\n"
         "---------- 転送メッセージ ----------\nFrom: MDMクラウド <info@mdm-cloud.jp>\nSubject: 【メンテナンスのお知らせ】MDMクラウド 6/22 計画停止\n\n"
         "お客様各位\n\n平素よりMDMクラウドをご利用いただきありがとうございます。\n"
         "下記日程でシステムメンテナンスを実施いたします。\n\n日時：2024年6月22日(土) 1:00〜5:00\n"
         "影響：管理コンソールへのログイン、遠隔ロックのコマンド送信\n\nMDMクラウド運営事務局",
    expect="pass", entities=[], detectors=[],
    note="forward of a vendor's maintenance notice: no personal data")

# P49 internal license assignment CSV
_p = people(25)
_rows = [["社員番号", "氏名", "メール", "ライセンス"]] + [[emp_no(), kan, f"{rom}@{DOM}", rng.choice(["E1", "E3"])] for kan, _k, rom in _p]
add(sender=SAEKI, to=[f"shoji.manabu@{DOM}"], cc=[f"miyawaki.rina@{DOM}"],
    subject="CloudOffice 割当一覧（6月）",
    charset="iso-2022-jp",
    body="東海林さん\n\n6月時点の割当一覧です。E3→E1への変更候補に印をつけてあります。\n\n佐伯",
    attachments=[{"kind": "csv", "name": "cloudoffice_assign_202406.csv", "rows": _rows}],
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="list of 25 employees but sent internally only")

# P50 internal mail marked 社外秘
add(sender=SHOJI, to=[f"it-all@{DOM}"],
    subject="【社外秘】セキュリティ診断結果の共有",
    charset="iso-2022-jp",
    body="情シス各位\n\n【社外秘】\n外部セキュリティ診断の結果を共有します。高リスク 2件、中リスク 7件です。\n"
         "対応方針は来週の部会で決めます。取扱いに注意してください。\n\n東海林",
    expect="pass", entities=[], detectors=[],
    note="社外秘 marking but the recipients are internal")

# P51 English mail with CONFIDENTIALITY NOTICE footer
add(sender=SAEKI, to=["Renewals <renewals@northbridge-software.com>"],
    subject="Renewal quote for NB Modeler - customer no. 300418872",
    charset="utf-8",
    body="Hello,\n\nCould you please send us a renewal quote for our NB Modeler subscription\n"
         "(customer no. 300418872, contract NB-SUB-2021-5520), 60 Standard and 12 Enterprise seats,\n"
         "for a 12-month and a 36-month term?\n\nThank you.\n\n" + sig_en() +
         "\n\n------------------------------------------------------------\nCONFIDENTIALITY NOTICE: "
         + DISC_EN + "\n------------------------------------------------------------",
    expect="pass", entities=[], detectors=[],
    note="routine renewal request; the CONFIDENTIALITY NOTICE is the standard footer, not a classification")

# P52 introducing the lease company's rep (one person)
add(sender=SHOJI, to=["ツバサシステム 田代様 <tashiro@tsubasa-system.jp>"],
    subject="回収当日の連絡先について",
    charset="iso-2022-jp",
    body="田代様\n\nお世話になっております。東海林です。\n6/20の旧機回収では、ひかりリースの小松様が現場責任者です。\n"
         "搬出経路の確認などは直接ご連絡いただいて構わないとのことです。\n\n"
         "　ひかりリース株式会社 営業第二部 小松 誠 様\n　携帯：090-5582-1946\n\n" + sig_shoji(),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one partner's business contact passed on: one person, may warn")

# P53 差出人/送信日時 quoted block with one person's data
add(sender=ONODERA, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="RE: 未返却PCの回収について",
    charset="cp932",
    body="小松様\n\nご連絡ありがとうございます。ご本人とは回収日を調整済みとのこと、承知いたしました。\n\n小野寺\n\n"
         "差出人: 小松 誠 <komatsu@hikari-lease.co.jp>\n送信日時: 2024年6月12日 11:20\n宛先: 小野寺 葵\n"
         "件名: 未返却PCの回収について\n\n小野寺様\n\n"
         "長谷部 由紀様（携帯 080-2241-7735、横浜市港北区日吉本町4-11-6）の回収日は6/18午前で確定しました。\n\n小松",
    expect="pass", entities=[], detectors=[],
    note="one person's data only in the quoted original (差出人/送信日時) from the recipient")

# P54 error log to vendor support
add(sender=MIYAWAKI, to=["MDMクラウド サポート <support@mdm-cloud.jp>"],
    subject="同期エラーのログ送付（問合せ番号 MC-240603-0112）",
    charset="utf-8",
    body="サポートご担当者様\n\n日の出産業の宮脇です。同期エラーのログ抜粋をお送りします。\n\n"
         "2024-06-03 09:14:22.118 [WARN] device=HSPH-0841 os=17.5.1 sync failed code=0x80072EE2\n"
         "2024-06-03 09:14:22.907 [INFO] retry 1/3 interval=300s\n"
         "2024-06-03 09:19:23.004 [ERROR] device=HSPH-0841 profile=HS-Corp-WiFi install failed\n"
         "2024-06-03 09:19:23.122 [DEBUG] cert serial=4F:A2:19:0C:77 expires=2024-06-30\n\n"
         "同様のエラーが約30台で発生しています。\n\n" + sig_miyawaki(),
    expect="pass", entities=[], detectors=[],
    note="log lines with timestamps, device ids and hex codes: number-like but no personal data")

# P55 internal vendor comparison
add(sender=SHOJI, to=[f"it-all@{DOM}"],
    subject="PCリース 見積比較（社内検討用）",
    charset="iso-2022-jp",
    body="各位\n\n4社の見積を比較しました。\n\n"
         "会社名　　　　　　　　月額/台　消去証明　回収物流\n"
         "ひかりリース　　　　　3,180円　　込み　　　込み\n東海リース　　　　　　3,050円　　別途　　　込み\n"
         "中央リース　　　　　　3,240円　　込み　　　別途\n富士キャピタルリース　2,990円　　別途　　　別途\n\n東海林",
    expect="pass", entities=[], detectors=[],
    note="internal comparison of business quotes")

# P56 internal theft incident report
add(sender=ONODERA, to=[f"shoji.manabu@{DOM}", f"risk@{DOM}"],
    subject="インシデント報告：貸与スマホ盗難（営業二部）",
    charset="iso-2022-jp",
    body="東海林課長、リスク管理室各位\n\n営業二部 古賀 翔さんの貸与スマホが置き引きに遭い、川崎警察署に被害届を提出済みです。\n"
         "MDMで遠隔初期化済み、回線停止済みです。保険会社への事故報告はこれから行います。\n\n小野寺",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a named crime victim, but only internal recipients")

# P57 license audit counts per department
add(sender=SHOJI, to=["Compliance Team <license-compliance@northbridge-software.com>"],
    subject="Deployment by department - Ref. NB-LR-2024-0193",
    charset="utf-8",
    body="Dear Compliance Team,\n\nAs requested, here is the breakdown of NB Modeler installs by department.\n\n"
         "Department               Std   Ent\nProduction Engineering    31     8\nQuality Assurance         14     2\n"
         "R&D (test VMs)             0     2\nSales Engineering         12     0\n\nKind regards,\nManabu Shoji\nHinode Sangyo Co., Ltd.",
    expect="pass", entities=[], detectors=[],
    note="counts per department only")

# P58 kitting request
add(sender=SAEKI, to=["キッティングワークス 森 <mori@kitting-works.jp>"],
    subject="7月入替分 キッティング依頼（40台）",
    charset="iso-2022-jp",
    body="森様\n\nお世話になっております。佐伯です。7月入替分のキッティングをお願いします。\n\n"
         "・台数：40台（LB-14 G5）\n・イメージ：HS-Win11-v2024.06\n・資産ラベル：HS-NB-3401〜3440\n"
         "・BIOSパスワード：別途手順書のとおり\n・納品：7月5日 本社B1\n\n" + sig_saeki(),
    expect="pass", entities=[], detectors=[],
    note="kitting instructions, asset label range: no personal data")

# P59 MDM configuration questions
add(sender=MIYAWAKI, to=["MDMクラウド 導入支援 <onboarding@mdm-cloud.jp>"],
    subject="紛失モードのメッセージ設定について",
    charset="iso-2022-jp",
    body="導入支援ご担当者様\n\n日の出産業の宮脇です。紛失モードで表示するメッセージについて質問です。\n"
         "「この端末は日の出産業株式会社の所有物です。拾得された方は 03-5400-1234 までご連絡ください」\n"
         "という文言を全端末共通で設定したいのですが、グループ単位での設定は可能でしょうか。\n\n" + sig_miyawaki(),
    expect="pass", entities=[], detectors=[],
    note="only the company switchboard number appears")

# P60 reply to auditor with control list docx
add(sender=MASHIBA, to=["明星監査法人 森岡様 <morioka@meisei-audit.jp>"],
    subject="Re: 統制一覧のご提出",
    charset="iso-2022-jp",
    body="森岡様\n\n統制一覧を添付します。前年からの変更は3件（C-07、C-11、C-15）です。\n\n真柴\n\n"
         "> 真柴様\n> 今年度の統制一覧のご提出をお願いいたします。\n> 明星監査法人 森岡",
    attachments=[{"kind": "docx", "name": "IT統制一覧_2024.docx",
                  "paragraphs": ["IT全般統制 統制一覧（2024年度）"],
                  "tables": [[["ID", "統制", "頻度", "担当"],
                              ["C-07", "IT資産台帳と実機の突合せ", "年1回", "情報システム部"],
                              ["C-11", "退職者アカウントの削除確認", "月次", "情報システム部"],
                              ["C-15", "データ消去証明書の回収確認", "都度", "総務部"]]]}],
    expect="pass", entities=[], detectors=[],
    note="list of controls by department, no people, no marking")

# P61 lawyer on a license agreement
add(sender=SHOJI, to=["白川法律事務所 青山先生 <aoyama@shirakawa-law.jp>"],
    subject="ライセンス契約書 第7条・第12条のご確認",
    charset="iso-2022-jp",
    body="青山先生\n\nいつもお世話になっております。日の出産業の東海林です。\n"
         "ノースブリッジ社とのライセンス契約について、第7条（利用範囲）と第12条（機密保持）の解釈をご相談させてください。\n"
         "監査ツールの出力結果を先方に提出する場合、第12条の秘密情報として扱われるかが論点です。\n"
         "契約書の写しは先日お渡ししたものから変更ありません。\n\n" + sig_shoji(),
    expect="pass", entities=[], detectors=[],
    note="discusses a confidentiality clause with counsel; no marking, no personal data")

# P62 vendor notice forwarded as an attachment
add(sender=MIYAWAKI, to=["キッティングワークス 森 <mori@kitting-works.jp>"],
    subject="メーカーからのBIOS更新案内（ご参考）",
    charset="iso-2022-jp",
    body="森様\n\nメーカーからBIOS更新の案内が届いたので、元メールを添付します。\n7月入替分はこの版を適用してから出荷をお願いできますか。\n\n宮脇",
    attachments=[{"kind": "eml", "name": "BIOS更新のご案内.eml", "message": {
        "sender": "LBシリーズ サポート <notice@lb-pc-support.com>", "to": [f"miyawaki.rina@{DOM}"],
        "subject": "【重要】LB-14 G5 BIOS更新のご案内", "charset": "iso-2022-jp",
        "body": "お客様各位\n\nLB-14 G5 向けBIOS v1.12 を公開しました。スリープ復帰時の不具合を修正しています。\n"
                "対象製造番号：5CG4xxxxxx\n\nLBシリーズ サポートセンター"}}],
    expect="pass", entities=[], detectors=[],
    note="attached vendor notice (eml) with no personal data")

# P63 CP932 CSV of devices to be returned
_rows = [["資産番号", "機種", "シリアル", "拠点", "返却予定日"]]
for i in range(18):
    _rows.append([f"HS-NB-{1200 + i}", "LB-14 G3", serial("5CG", 7), rng.choice(["本社", "大阪支店", "仙台営業所"]), "2024/06/20"])
add(sender=ONODERA, to=["ひかりリース 回収センター <kaishu@hikari-lease.co.jp>"],
    subject="返却予定機器一覧（CSV）",
    charset="cp932",
    body="回収センター御中\n\n日の出産業 総務部の小野寺です。6/20返却予定の18台の一覧です。\n\n" + sig_onodera(),
    attachments=[{"kind": "csv", "name": "返却予定_0620.csv", "encoding": "cp932", "rows": _rows}],
    expect="pass", entities=[], detectors=[],
    note="device list only (asset no., serial, site)")

# P64 PPTX lifecycle proposal
add(sender=SHOJI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="PCライフサイクル管理のご提案について（当社要望）",
    charset="iso-2022-jp",
    body="小松様\n\n先日の打合せを受けて、当社の要望を整理した資料をお送りします。\n次回のご提案に反映いただけますと幸いです。\n\n" + sig_shoji(),
    attachments=[{"kind": "pptx", "name": "PCライフサイクル_要望.pptx",
                  "slides": [["PCライフサイクル管理 当社要望", "日の出産業 情報システム部"],
                             ["調達〜廃棄の一元化", "リース・キッティング・回収・消去を一括で", "機器単位の消去証明書"],
                             ["レポート", "月次で稼働台数、故障率、返却状況を報告"]]}],
    expect="pass", entities=[], detectors=[],
    note="proposal slides without marking or personal data")

# P65 plain ZIP of certificate PDFs
add(sender=SAEKI, to=["ひかりリース 小松様 <komatsu@hikari-lease.co.jp>"],
    subject="消去証明書の写し（返却第1回・第2回分）",
    charset="iso-2022-jp",
    body="小松様\n\n返却第1回・第2回分の消去証明書の写しをzipでお送りします（パスワードなし）。\n\n佐伯",
    attachments=[{"kind": "zip", "name": "erasure_certs_round1-2.zip", "files": [
        {"kind": "pdf", "name": "CD-24-1101.pdf", "lines": ["データ消去証明書", "作業番号 CD-24-1101", "対象 42台 消去完了"]},
        {"kind": "pdf", "name": "CD-24-1137.pdf", "lines": ["データ消去証明書", "作業番号 CD-24-1137", "対象 38台 消去完了"]}]}],
    expect="pass", entities=[], detectors=[],
    note="unencrypted ZIP of readable certificates, no personal data")

# P66 full-width asset numbers
add(sender=ISURUGI, to=["ひかりリース 契約管理部 <keiyaku@hikari-lease.co.jp>"],
    subject="中途解約の可否について",
    charset="cp932",
    body="ひかりリース株式会社 契約管理部 御中\n\n日の出産業 経理部の石動です。\n"
         "契約番号 ＨＬ－２１－０２２１７ のうち、下記２台が故障により使用不能となりました。\n\n"
         "　資産番号 ＨＳ－ＮＢ－２４０１　製造番号 ５ＣＧ２０３１ＫＸＰ\n"
         "　資産番号 ＨＳ－ＮＢ－２４１８　製造番号 ５ＣＧ２０３３ＭＡＲ\n\n"
         "中途解約または物件入替が可能か、規定損害金の試算と併せてご教示ください。\n\n" + sig_isurugi(),
    expect="pass", entities=[], detectors=[],
    note="full-width contract and asset numbers: not personal data")

# P67 BitLocker recovery key to the helpdesk vendor
add(sender=SAEKI, to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"],
    subject="Re: HS-NB-2650 BitLocker回復キーの件（チケット #58817）",
    charset="iso-2022-jp",
    body="ヘルプデスク ご担当者様\n\nチケット #58817 の件、HS-NB-2650 の回復キーです。\n\n"
         "回復キーID：7A1C39E2\n回復キー：418012-236764-559133-091410-667291-302863-144320-585805\n\n"
         "解除後、利用者に新しいPINを設定させてください。\n\n佐伯",
    expect="pass", entities=[], detectors=[],
    note="a BitLocker recovery key (digit groups) for one device: not personal data")

# =======================================================================================

rng_order = random.Random(SEED + 1)
rng_order.shuffle(M)
MESSAGES = [{"id": f"itshisan-{i:03d}", **m} for i, m in enumerate(M, 1)]
