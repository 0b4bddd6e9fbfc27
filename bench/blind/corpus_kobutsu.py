"""Blind evaluation corpus — AREA: kobutsu (古物商: second-hand and buy-back business).

日の出産業株式会社 リユース事業部「ひので買取センター」 (古物商許可) as the sender: sellers'
identity checks (本人確認) and the 古物台帳, police inquiries about stolen goods (品触れ・
捜査関係事項照会), online buy-back by post (宅配買取), auction houses (古物市場), appraisers
(鑑定), and bank transfers to sellers.

Every person, company (other than the organisation and partners named in BRIEF.md),
address, phone number, account, licence number and other identifier in this file is
invented; My Numbers and card numbers come from build.py's helpers.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 12501
rng = random.Random(SEED)

_counter = SEED


def mn() -> str:
    """Next check-digit-valid My Number (n counting up from SEED)."""
    global _counter
    v = my_number(_counter)
    _counter += 1
    return v


def cc() -> str:
    """Next Luhn-valid card number (n counting up from SEED)."""
    global _counter
    v = card_number(_counter)
    _counter += 1
    return v


def _d(k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def mobile() -> str:
    return f"0{rng.choice('789')}0-{_d(4)}-{_d(4)}"


def land(area: str = "03") -> str:
    rest = 10 - len(area)
    a = rest // 2
    return f"{area}-{_d(a)}-{_d(rest - a)}"


def licence(pref: str = "30") -> str:
    return pref + _d(10)


def acct() -> str:
    return str(rng.randrange(1, 10)) + _d(6)


def amount(lo: int, hi: int, step: int = 500) -> int:
    return rng.randrange(lo // step, hi // step) * step


_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fw(s: str) -> str:
    """Full-width digits and hyphens, as people paste them from Word or a phone."""
    return s.translate(_FW)


def yen(n: int) -> str:
    return f"{n:,}"


def corporate_number(base12: str) -> str:
    """法人番号: check digit = 9 - (Σ P_n×Q_n mod 9), Q_n = 1 (n odd) / 2 (n even)."""
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), 1))
    return str(9 - total % 9) + base12


# -- people of the organisation (senders) --------------------------------------------------
MURASE = "村瀬 拓真 <t.murase@hinode-sangyo.co.jp>"
ONODERA = "小野寺 美緒 <m.onodera@hinode-sangyo.co.jp>"
OKOCHI = "大河内 修 <o.okochi@hinode-sangyo.co.jp>"
KUWABARA = "桑原 里奈 <r.kuwabara@hinode-sangyo.co.jp>"
HIGA = "比嘉 未来 <m.higa@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 聡 <s.saotome@hinode-sangyo.co.jp>"
USAMI = "宇佐美 健 <k.usami@hinode-sangyo.co.jp>"
HOZUMI = "穂積 かおり <k.hozumi@hinode-sangyo.co.jp>"
KANO = "嘉納 誠一郎 <s.kano@hinode-sangyo.co.jp>"
SHIRAISHI = "Kenta Shiraishi <k.shiraishi@hinode-sangyo.co.jp>"
TAKUHAI = "ひので買取センター 宅配買取窓口 <takuhai@hinode-sangyo.co.jp>"
AUCTION = "ひのでオークション事務局 <auction@hinode-sangyo.co.jp>"

POLICE_A = "若葉県警察本部 生活安全部 生活経済課 <seikatsukeizai@police.pref.wakaba.lg.jp>"
POLICE_B = "東若葉警察署 刑事課 <keiji-higashi@police.pref.wakaba.lg.jp>"

KYOKA = "古物商許可 東京都公安委員会 第304411807256号"

SIG_MURASE = f"""
――――――――――――――――――――――――
日の出産業株式会社 リユース事業部
ひので買取センター 新宿店　店長　村瀬 拓真
〒160-0023 東京都新宿区西新宿七丁目5番12号 日の出ビル1F
TEL 03-5937-4410　FAX 03-5937-4411
Mail t.murase@hinode-sangyo.co.jp
{KYOKA}
――――――――――――――――――――――――"""

SIG_ONODERA = """
--
小野寺 美緒（おのでら みお）
日の出産業株式会社 リユース事業部 宅配買取グループ 査定担当
TEL: 0120-41-7788（受付 10:00～19:00）／ 直通 03-5937-4425
m.onodera@hinode-sangyo.co.jp"""

SIG_OKOCHI = f"""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
リユース事業部 コンプライアンス室 室長
（古物営業法上の管理者）　大河内 修
〒105-0013 東京都港区浜松町二丁目8番3号
TEL 03-5402-7100（代表）
{KYOKA}
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KUWABARA = """
------------------------------------------
日の出産業株式会社 管理本部 経理部
桑原 里奈 / Rina Kuwabara
TEL 03-5402-7135 (内線 2135)
------------------------------------------"""

SIG_HIGA = """
━━━━━━━━━━━━━━━━━━━━━
ひので買取センター 宅配買取チーム　比嘉 未来
フリーダイヤル 0120-41-7788
https://kaitori.hinode-sangyo.co.jp/
━━━━━━━━━━━━━━━━━━━━━"""

SIG_SHIRAISHI = """
Best regards,

Kenta Shiraishi
Overseas Sales, Reuse Division
Hinode Sangyo Co., Ltd.
2-8-3 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5402-7160"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender and delete this e-mail."""

MESSAGES: list[dict] = []

# ------------------------------------------------------------------------------------------
# 001 stop — 集荷依頼: six buy-back customers, padded columns, to the courier
_rows = [
    ("K26-0412", "四十物 玲奈", "東京都杉並区阿佐谷北三丁目14-6", "午前"),
    ("K26-0413", "薬袋 健司", "神奈川県川崎市中原区木月二丁目3-18 コーポ木月202", "14-16時"),
    ("K26-0415", "月見里 大地", "埼玉県さいたま市浦和区常盤九丁目21-4", "18-20時"),
    ("K26-0416", "十河 雅美", "千葉県船橋市本町五丁目7-2-803", "午前"),
    ("K26-0418", "雲母 沙耶", "東京都練馬区豊玉北四丁目30-11", "16-18時"),
    ("K26-0419", "漆原 和也", "東京都大田区蒲田本町一丁目2-9 蒲田ハイツ105", "19-21時"),
]
_lines = []
for no, name, addr, slot in _rows:
    _lines.append(f"{no:<10}{name}　{mobile():<15}{slot:<8}{addr}")
MESSAGES.append({
    "id": "kobutsu-001", "expect": "stop",
    "sender": HIGA,
    "to": ["青葉運輸 集荷センター 御中 <shuka-tokyo@aoba-unyu.co.jp>"],
    "subject": "【集荷依頼】宅配買取 6件（9/14分）",
    "charset": "iso-2022-jp",
    "body": "青葉運輸株式会社\n集荷センター ご担当者様\n\nいつもお世話になっております。ひので買取センターの比嘉です。\n"
            "9/14（月）の宅配買取キット集荷を下記のとおりお願いいたします。\n"
            "伝票は着払い（お客様コード HN-2207）でお願いします。\n\n"
            "受付番号  お名前　　　 電話番号       時間帯  集荷先\n"
            "--------------------------------------------------------------------------\n"
            + "\n".join(_lines) +
            "\n--------------------------------------------------------------------------\n\n"
            "不在の場合は再配達票を残していただければ、こちらからお客様にご連絡します。\n"
            "よろしくお願いいたします。\n" + SIG_HIGA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six sellers' names, phones and pickup addresses to the courier: a list of people",
})

# 002 pass — a single pickup for one seller
MESSAGES.append({
    "id": "kobutsu-002", "expect": "pass",
    "sender": ONODERA,
    "to": ["青葉運輸 新宿営業所 <shinjuku@aoba-unyu.co.jp>"],
    "subject": "Re: 集荷時間変更のご依頼（伝票番号 4471-2290-3315）",
    "charset": "cp932",
    "body": "青葉運輸 新宿営業所 御中\n\nお世話になっております。ひので買取センターの小野寺です。\n"
            "先ほどお電話した件、念のためメールでもお送りします。\n\n"
            "　伝票番号：4471-2290-3315\n"
            "　集荷先　：東京都中野区上高田二丁目17-4 メゾン上高田301\n"
            f"　お名前　：五月女 葵 様\n　連絡先　：{mobile()}\n"
            "　変更後　：9/16（水）18時～20時\n\n"
            "段ボール2箱（ブランドバッグ・衣類）です。お手数をおかけしますが、よろしくお願いいたします。\n"
            + SIG_ONODERA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one seller's pickup details to the courier: one person's record, may warn but must go",
})

# 003 stop — answer to a 捜査関係事項照会 with the seller's licence number
_lic3 = licence("45")
MESSAGES.append({
    "id": "kobutsu-003", "expect": "stop",
    "sender": OKOCHI,
    "to": [POLICE_B],
    "subject": "捜査関係事項照会書（東若刑第1187号）へのご回答",
    "charset": "iso-2022-jp",
    "body": "東若葉警察署 刑事課\n　警部補 高遠 様\n\n平素より大変お世話になっております。\n"
            "日の出産業株式会社 リユース事業部 コンプライアンス室の大河内でございます。\n\n"
            "令和8年9月2日付で頂戴しました捜査関係事項照会書（東若刑第1187号）につきまして、\n"
            "当社 古物台帳を確認のうえ、下記のとおりご回答申し上げます。\n\n"
            "記\n\n"
            "１．取引日時　　令和8年8月19日 15時42分（ひので買取センター 若葉駅前店）\n"
            "２．品目　　　　腕時計 OMEGA シーマスター（シリアル 8841xxxx）1点\n"
            "３．買取金額　　248,000円\n"
            "４．売主　　　　氏名　勅使河原 豊（てしがわら ゆたか）\n"
            "　　　　　　　　生年月日　昭和６２年１１月３日\n"
            "　　　　　　　　住所　若葉県若葉市中央三丁目4番21号 グランメール中央502\n"
            "　　　　　　　　職業　会社員（本人申告）\n"
            f"５．確認書類　　運転免許証（番号 第{_lic3}号、若葉県公安委員会）\n"
            "６．支払方法　　現金\n\n"
            "以上\n\n"
            "防犯カメラ映像の提出につきましては、別途ご指示をいただけますと幸いです。\n"
            + SIG_OKOCHI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "a seller's driving-licence number (identity document) in a reply to the police: any ID number stops",
})

# 004 pass — 品触れ check: nothing found, serial numbers only
MESSAGES.append({
    "id": "kobutsu-004", "expect": "pass",
    "sender": MURASE,
    "to": [POLICE_A],
    "subject": "品触れ（若生経品第２２号）照合結果のご報告",
    "charset": "cp932",
    "body": "若葉県警察本部 生活経済課 御中\n\n"
            "いつもお世話になっております。ひので買取センター新宿店の村瀬です。\n"
            "9月5日付の品触れ（若生経品第２２号）につきまして、当店の古物台帳および在庫を照合いたしました。\n\n"
            "■照合対象\n"
            "　・ROLEX デイトジャスト Ref.126234　シリアル 7Q3X0815\n"
            "　・ROLEX サブマリーナ Ref.124060　シリアル 2R88K4410\n"
            "　・Cartier タンクフランセーズ　シリアル 3217-CE-51902\n"
            "　・LOUIS VUITTON モノグラム キーポル55（製造番号 SP4187）\n\n"
            "■結果\n"
            "　令和8年6月1日～9月8日の買取分（計1,204件）に該当品はございませんでした。\n"
            "　在庫・出品予定品にも該当はありません。\n\n"
            "今後、該当品と思われる物品の持込みがあった場合は、直ちにご連絡いたします。\n"
            + SIG_MURASE,
    "entities": [],
    "detectors": [],
    "note": "police circular checked, no match; only product serial numbers, no person",
})

# 005 stop — 総合振込 data for seven sellers (kana account names only) to the bank
_bank_rows = [["ﾃﾞｰﾀ区分", "銀行ｺｰﾄﾞ", "支店ｺｰﾄﾞ", "預金種目", "口座番号", "受取人名", "振込金額", "EDI情報"]]
for kana, amt in [("ｱｲﾓﾉ ﾚﾅ", 38500), ("ﾐﾅｲ ｹﾝｼﾞ", 12000), ("ﾀｶﾅｼ ﾐﾅﾄ", 76400),
                  ("ｿｺﾞｳ ﾏｻﾐ", 5200), ("ｷﾗﾗ ｻﾔ", 143000), ("ﾂｸﾓ ﾚﾝ", 21800),
                  ("ﾂﾕﾘ ﾋｶﾙ", 9600)]:
    _bank_rows.append(["2", rng.choice(["0179", "0295", "1031", "9900"]), _d(3), "1", acct(), kana,
                       str(amt), "KAITORI" + _d(6)])
MESSAGES.append({
    "id": "kobutsu-005", "expect": "stop",
    "sender": KUWABARA,
    "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
    "subject": "総合振込データ（9/15実行分）送付の件",
    "charset": "cp932",
    "body": "みどり銀行 法人営業部\n外山様\n\nお世話になっております。日の出産業 経理部の桑原です。\n"
            "9/15実行分の総合振込データ（宅配買取代金）を添付いたします。\n"
            "件数7件、合計306,500円です。\n"
            "Webの伝送がエラーになったため、今回のみメールでお送りします。お手数をおかけします。\n"
            + SIG_KUWABARA,
    "attachments": [{"kind": "csv", "name": "sogofurikomi_0915.csv", "encoding": "cp932",
                     "rows": _bank_rows}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "seven sellers' bank accounts with kana holder names in a CSV to the bank",
})

# 006 pass — internal: monthly 古物台帳 extract with licence numbers, DOB
_ledger = [["古物台帳（抜粋）令和8年8月分　新宿店"], [],
           ["取引日", "区分", "品目", "特徴", "数量", "代価", "売主氏名", "住所", "職業", "年齢",
            "確認方法", "確認書類番号"]]
for day, item, feat, price, name, addr, job, age in [
    ("8/02", "時計", "SEIKO グランドセイコー SBGA211", 312000, "百目鬼 亮", "東京都世田谷区経堂一丁目4-11", "自営業", 44),
    ("8/05", "貴金属", "K18 喜平ネックレス 50g", 498000, "栗花落 光", "東京都中野区本町六丁目2-7", "会社員", 37),
    ("8/09", "バッグ", "HERMES ピコタンPM", 287000, "鬼頭 冬美", "神奈川県横浜市港北区日吉本町二丁目5-3", "主婦", 52),
    ("8/17", "カメラ", "Leica M6 ボディ", 165000, "唐牛 隆", "東京都品川区戸越五丁目9-14", "会社役員", 61),
    ("8/23", "ゲームソフト", "PS5ソフト 12本", 14400, "羽生田 奈央", "東京都新宿区高田馬場三丁目1-8", "学生", 20),
    ("8/28", "時計", "TAG Heuer カレラ CBN2A1B", 171000, "猪狩 陽子", "埼玉県川口市栄町二丁目6-20", "会社員", 33),
]:
    _ledger.append([day, "買受", item, feat, 1, price, name, addr, job, age, "運転免許証", licence("30")])
MESSAGES.append({
    "id": "kobutsu-006", "expect": "pass",
    "sender": MURASE,
    "to": [OKOCHI],
    "cc": ["新宿店 副店長 芦田 <y.ashida@hinode-sangyo.co.jp>"],
    "subject": "8月分 古物台帳の抜粋（新宿店）",
    "charset": "iso-2022-jp",
    "body": "大河内室長\n\nお疲れさまです。村瀬です。\n"
            "8月分の古物台帳から高額取引（10万円超）と特定品目の抜粋を添付します。\n"
            "月次点検でご確認ください。8/23のゲームソフトは18歳以上であることを確認済みです。\n\n村瀬",
    "attachments": [{"kind": "xlsx", "name": "古物台帳_抜粋_202608_新宿.xlsx",
                     "sheets": {"8月": _ledger}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": [],
    "note": "all recipients internal: the ledger with licence numbers may circulate inside",
})

# 007 stop — look-alike of the partner bank (0 for o)
MESSAGES.append({
    "id": "kobutsu-007", "expect": "stop",
    "sender": KUWABARA,
    "to": ["外山 様 <toyama@midori-gink0.co.jp>"],
    "subject": "Re: 振込予定日の変更について",
    "charset": "iso-2022-jp",
    "body": "外山様\n\nお世話になっております。経理部の桑原です。\n"
            "ご連絡ありがとうございます。9月の祝日の関係で、買取代金の振込指定日を\n"
            "9/22（火）から9/24（木）に変更したいと考えております。\n"
            "データ伝送の締切時刻に変更がないかだけ、ご教示いただけますでしょうか。\n\n"
            "> 桑原様\n> 連休前後は伝送が混み合いますので、お早めのご準備をお願いいたします。\n"
            "> みどり銀行 外山\n"
            + SIG_KUWABARA,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-gink0.co.jp: a zero for the o of the partner bank's domain",
})

# 008 stop — to the seller, repeating her licence number in full-width digits
_lic8 = licence("30")
MESSAGES.append({
    "id": "kobutsu-008", "expect": "stop",
    "sender": ONODERA,
    "to": ["東海林 すみれ <sumire.shoji.0803@gmail.com>"],
    "subject": "【ひので買取センター】本人確認書類の受領について（受付番号 T26-08812）",
    "charset": "utf-8",
    "body": "東海林 すみれ 様\n\nこのたびは宅配買取をお申し込みいただき、誠にありがとうございます。\n"
            "ひので買取センター 査定担当の小野寺でございます。\n\n"
            "お送りいただいた本人確認書類を下記のとおり受領いたしました。\n\n"
            "　書類の種類：運転免許証（表・裏）\n"
            f"　免許証番号：第{fw(_lic8)}号\n"
            "　有効期限　：令和１０年１０月１２日まで\n\n"
            "記載のご住所と、お申込書のご住所が一致していることを確認しております。\n"
            "査定結果は3営業日以内にメールでご案内いたします。\n"
            + SIG_ONODERA,
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "driving-licence number (full-width digits) in the mail: an identity document number stops even to its owner",
})

# 009 pass — reply to a seller: her address only in the quoted text
MESSAGES.append({
    "id": "kobutsu-009", "expect": "pass",
    "sender": HIGA,
    "to": ["k-minai@yahoo.co.jp"],
    "subject": "Re: 査定結果について",
    "charset": "iso-2022-jp",
    "body": "薬袋 様\n\nご返信ありがとうございます。ひので買取センターの比嘉です。\n"
            "査定金額 合計 42,300円 でのご成約、承知いたしました。\n"
            "2営業日以内にご指定の口座へお振込いたします。お振込手数料は当社負担です。\n\n"
            "またのご利用をお待ちしております。\n" + SIG_HIGA + "\n\n"
            "> ひので買取センター 比嘉様\n>\n> 査定ありがとうございました。金額に納得しましたのでお願いします。\n"
            "> 念のため住所と電話を書いておきます。\n"
            "> 〒211-0025 神奈川県川崎市中原区木月二丁目3-18 コーポ木月202\n"
            f"> TEL {mobile()}\n> 薬袋 健司\n",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the seller's own address and phone appear only in quoted text; new text has none",
})

# 010 stop — 出張買取会 invitation with four private customers in To
MESSAGES.append({
    "id": "kobutsu-010", "expect": "stop",
    "sender": MURASE,
    "to": ["takanashi.minato@icloud.com", "yoko-ikari@yahoo.co.jp",
           "t.karoji1965@docomo.ne.jp", "naomi.takeuchi.k@gmail.com"],
    "subject": "【ご招待】ひので買取センター 秋の出張買取会（さくらホテル）",
    "charset": "iso-2022-jp",
    "body": "いつもひので買取センターをご利用いただき、ありがとうございます。\n\n"
            "日頃のご愛顧に感謝して、会員様限定の出張買取会を開催いたします。\n\n"
            "　日時：10月3日（土）・4日（日）10:00～17:00\n"
            "　会場：さくらホテル 2階「桔梗の間」\n"
            "　内容：貴金属・時計・ブランド品・骨董品の無料査定（査定のみも歓迎）\n"
            "　特典：ご成約で買取金額10％アップ\n\n"
            "※ご来場の際は、運転免許証などの本人確認書類をお持ちください。\n"
            + SIG_MURASE,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "four private customers see each other's addresses in To: should have been Bcc",
})

# 011 pass — auction house and appraiser, two external organisations
MESSAGES.append({
    "id": "kobutsu-011", "expect": "pass",
    "sender": KANO,
    "to": ["東都ブランドオークション 営業部 杉浦様 <sugiura@tohto-auction.co.jp>"],
    "cc": ["日本宝飾鑑定所 鑑定部 芹沢様 <serizawa@nihon-hoshoku-kantei.co.jp>", ONODERA],
    "subject": "10月特別セール（ジュエリー）出品前の三者打合せ",
    "charset": "utf-8",
    "body": "杉浦様、芹沢様\n\nいつも大変お世話になっております。日の出産業の嘉納です。\n"
            "10月の特別セールに出品予定のジュエリー（約40点）について、鑑定書の発行範囲と\n"
            "出品区分の確認のため、一度三者でお打合せをさせてください。\n\n"
            "候補日：\n　・9/17（木）14:00～15:00\n　・9/18（金）10:00～11:00\n　・9/24（木）16:00～17:00\n\n"
            "場所は東都ブランドオークション様の会議室、もしくはWeb会議で構いません。\n"
            "ご都合をお知らせいただけますと幸いです。\n\n"
            "日の出産業株式会社 リユース事業部長　嘉納 誠一郎\nTEL 03-5402-7150",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: an ordinary three-way meeting mail",
})

# 012 stop — our own dealers' market: three dealer companies in To
MESSAGES.append({
    "id": "kobutsu-012", "expect": "stop",
    "sender": AUCTION,
    "to": ["丸福商事 仕入部 <shiire@marufuku-shoji.co.jp>",
           "有限会社ブランドリペア北斗 <info@hokuto-brand.jp>",
           "株式会社ユーズドプラザ大宮 <kaitori@usedplaza-omiya.co.jp>"],
    "subject": "第48回 ひのでオークション（ブランド・時計）開催のご案内",
    "charset": "cp932",
    "body": "会員各位\n\n平素よりひのでオークションをご利用いただき誠にありがとうございます。\n"
            "第48回の開催要項をご案内いたします。\n\n"
            "　開催日　　：令和8年10月8日（木）\n"
            "　下見　　　：10月7日（水）13:00～18:00\n"
            "　競り開始　：10:00（ネット同時開催）\n"
            "　出品締切　：9月30日（水）17:00必着\n"
            "　出品手数料：落札額の5％（税別）、出品1点につき300円\n\n"
            "参加には古物商許可証の写しのご提出が必要です（更新のあった会員様のみ）。\n\n"
            "ひのでオークション事務局\n日の出産業株式会社 リユース事業部\nTEL 03-5402-7177",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external dealer companies can see each other in To: should have been Bcc",
})

# 013 pass — the same kind of notice done right: dealers in Bcc
MESSAGES.append({
    "id": "kobutsu-013", "expect": "pass",
    "sender": AUCTION,
    "to": [AUCTION],
    "bcc": ["shiire@marufuku-shoji.co.jp", "info@hokuto-brand.jp", "kaitori@usedplaza-omiya.co.jp",
            "buyer@kotobuki-kottou.jp", "office@ginza-second.co.jp", "yamamoto@reuse-marche.co.jp"],
    "subject": "年末年始の休場日について（ひのでオークション）",
    "charset": "cp932",
    "body": "会員各位（Bccにて一斉送信しております）\n\n"
            "いつもお世話になっております。ひのでオークション事務局です。\n"
            "年末年始の開催予定をお知らせいたします。\n\n"
            "　・12月17日（木）　通常開催（年内最終）\n"
            "　・12月24日（木）～1月7日（木）　休場\n"
            "　・1月14日（木）　初市\n\n"
            "休場期間中の出品物の搬入はお受けできませんのでご注意ください。\n\n"
            "ひのでオークション事務局　TEL 03-5402-7177",
    "entities": [],
    "detectors": [],
    "note": "mass notice to dealers sent with Bcc: nobody sees anyone else",
})

# 014 stop — one seller's dementia diagnosis, to the partner law firm
MESSAGES.append({
    "id": "kobutsu-014", "expect": "stop",
    "sender": SAOTOME,
    "to": ["白川法律事務所 弁護士 久我 先生 <kuga@shirakawa-law.jp>"],
    "subject": "ご相談：買取契約の取消し申出（ご家族より）",
    "charset": "iso-2022-jp",
    "body": "久我先生\n\nいつもお世話になっております。日の出産業 法務の早乙女です。\n"
            "買取契約の取消しについてご相談させてください。\n\n"
            "8月28日、若葉駅前店で八月一日 悟（ほづみ さとる）様（82歳）から金貨5枚と\n"
            "掛軸2幅を計63万円で買い取りました。本日、同居のご長女から「父は昨年から\n"
            "アルツハイマー型認知症と診断されており、要介護2の認定も受けている。契約は\n"
            "無効ではないか」とのお申出がありました。診断書の写しもご提示いただいています。\n\n"
            "店頭では受け答えもしっかりしており、本人確認も通常どおり行っております。\n"
            "品物は未売却で当社に在庫があります。意思能力の点も含め、返還に応じるべきか\n"
            "ご意見を伺えますでしょうか。\n\n"
            "早乙女 聡\n日の出産業株式会社 法務部\nTEL 03-5402-7120",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named seller's dementia diagnosis (medical) in one sentence: 要配慮個人情報 of one person",
})

# 015 stop — warning another market about a dealer who was arrested
MESSAGES.append({
    "id": "kobutsu-015", "expect": "stop",
    "sender": KANO,
    "to": ["関東古物市場 事務局長 戸川様 <togawa@kanto-kobutsu-ichiba.jp>"],
    "subject": "出品者の件（ご参考）",
    "charset": "iso-2022-jp",
    "body": "戸川様\n\nお世話になっております。日の出産業の嘉納です。\n"
            "取り急ぎ共有させてください。\n\n"
            "貴市場にも出品のある「リサイクル左近」代表の左近充 誠氏ですが、先週、盗品等有償譲受けの\n"
            "容疑で若葉県警に逮捕されたと、当社の取引先から聞いております。当社市場では本日付で\n"
            "同氏の出品を停止しました。貴市場でも念のためご確認いただいた方がよいかと存じます。\n\n"
            "正式な情報ではありませんので、お取扱いにはご注意ください。\n\n"
            "嘉納",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named person's arrest (criminal record) told to another organisation",
})

# 016 stop — 査定基準表 stamped 社外秘 in the workbook, to the system vendor
MESSAGES.append({
    "id": "kobutsu-016", "expect": "stop",
    "sender": USAMI,
    "to": ["ツバサシステム 開発部 望月様 <mochizuki@tsubasa-system.jp>"],
    "subject": "査定マスタ取込用ファイルの送付",
    "charset": "cp932",
    "body": "望月様\n\nお世話になっております。日の出産業 情報システム部の宇佐美です。\n"
            "買取システムの査定マスタ更新用に、最新の査定基準表をお送りします。\n"
            "シート「時計」「バッグ」「貴金属」の3シートを取込対象としてください。\n\n"
            "宇佐美 健\n日の出産業株式会社 情報システム部\n内線 2210",
    "attachments": [{"kind": "xlsx", "name": "査定基準表_2026Q3.xlsx", "page_header": "社外秘",
                     "title": "査定基準表（社外秘）",
                     "sheets": {
                         "時計": [["【社外秘】査定基準表 時計 2026年第3四半期"], [],
                                ["ブランド", "モデル", "Ref.", "Aランク上限", "Bランク上限", "Cランク上限", "備考"],
                                ["ROLEX", "デイトジャスト41", "126334", 1480000, 1350000, 1100000, "付属品欠品 -5%"],
                                ["ROLEX", "エクスプローラー", "224270", 1120000, 1010000, 860000, ""],
                                ["OMEGA", "スピードマスター", "310.30.42", 680000, 590000, 470000, ""],
                                ["GRAND SEIKO", "SBGA211", "SBGA211", 420000, 360000, 280000, "OH歴で加点"]],
                         "バッグ": [["ブランド", "型", "Aランク", "Bランク", "Cランク"],
                                 ["HERMES", "バーキン25", 2600000, 2200000, 1700000],
                                 ["CHANEL", "マトラッセ25", 820000, 690000, 520000]],
                         "貴金属": [["品位", "相場連動率", "手数料"], ["K24", "97%", "0"],
                                  ["K18", "95%", "0"], ["Pt900", "93%", "0"]],
                     }}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "workbook stamped 社外秘 in its header and title row, sent outside",
})

# 017 pass — talk about the NDA with the system vendor
MESSAGES.append({
    "id": "kobutsu-017", "expect": "pass",
    "sender": USAMI,
    "to": ["ツバサシステム 営業部 藤堂様 <todo@tsubasa-system.jp>"],
    "subject": "Re: 買取システム刷新　秘密保持契約書のドラフトについて",
    "charset": "iso-2022-jp",
    "body": "藤堂様\n\nお世話になっております。宇佐美です。\n"
            "秘密保持契約書（NDA）のドラフト、法務で確認いたしました。\n"
            "第5条（秘密情報の返還・廃棄）について、当社側から「古物台帳データを含む個人情報は\n"
            "契約終了後30日以内に消去し、消去証明書を提出する」旨の追記をお願いしたいとのことです。\n"
            "修正案は来週前半にお送りします。\n\n"
            "締結後に、現行システムの仕様書をお渡しする段取りで進めさせてください。\n\n"
            "宇佐美\n\n"
            "-----Original Message-----\nFrom: 藤堂\nSent: Monday, September 7, 2026 11:02 AM\n"
            "Subject: 買取システム刷新　秘密保持契約書のドラフトについて\n\n"
            "宇佐美様\n機密保持契約のドラフトを添付いたします。ご確認のほどお願いいたします。\n",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約): talk of confidentiality is not a marking",
})

# 018 pass — corporate buy-back of used PCs, with the standard disclaimer
MESSAGES.append({
    "id": "kobutsu-018", "expect": "pass",
    "sender": MURASE,
    "to": ["川崎電機 総務部 資産管理課 <shisan-kanri@kawasaki-denki.co.jp>"],
    "subject": "使用済みPC・モニターの法人買取　回収日程のご相談",
    "charset": "cp932",
    "body": "川崎電機株式会社\n総務部 資産管理課 御中\n\n"
            "いつもお世話になっております。ひので買取センターの村瀬です。\n"
            "先日お見積りいたしましたリース満了品の買取につきまして、回収日程をご相談させてください。\n\n"
            "　・ノートPC　　　　 120台（ThinkPad L14 ほか）\n"
            "　・液晶モニター　　 80台\n"
            "　・複合機　　　　　 2台（リース会社様へ返却のため対象外）\n\n"
            "回収は10月第2週を想定しております。HDD/SSDのデータ消去は当社提携工場で行い、\n"
            "シリアル番号ごとの消去証明書を発行いたします。\n"
            + SIG_MURASE + "\n" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "ordinary corporate buy-back mail with the standard confidentiality disclaimer",
})

# 019 stop — PPAP: password ZIP of appraisal documents
MESSAGES.append({
    "id": "kobutsu-019", "expect": "stop",
    "sender": ONODERA,
    "to": ["日本宝飾鑑定所 受付 <uketsuke@nihon-hoshoku-kantei.co.jp>"],
    "subject": "鑑定依頼書類の送付（ダイヤモンドリング 2点）",
    "charset": "iso-2022-jp",
    "body": "日本宝飾鑑定所 受付ご担当者様\n\n"
            "お世話になっております。ひので買取センターの小野寺です。\n"
            "鑑定依頼書と付属の旧鑑定書のスキャンを、パスワード付きZIPでお送りします。\n"
            "パスワードは別メールにてお知らせいたします。\n"
            "現物は本日、青葉運輸のセキュリティ便で発送しました（伝票 4471-3302-8816）。\n"
            + SIG_ONODERA,
    "attachments": [{"kind": "zip", "name": "kantei_irai_0911.zip", "password": "Hn#2741kt",
                     "files": [{"kind": "docx", "name": "鑑定依頼書.docx",
                                "paragraphs": ["鑑定依頼書", "依頼者：日の出産業株式会社",
                                               "品名：Pt900 ダイヤモンドリング 1.02ct"]},
                               {"kind": "pdf", "name": "旧鑑定書.pdf", "lines": ["鑑定書 No.A-88120"]}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): its content cannot be inspected",
})

# 020 pass — the password mail that follows
MESSAGES.append({
    "id": "kobutsu-020", "expect": "pass",
    "sender": ONODERA,
    "to": ["日本宝飾鑑定所 受付 <uketsuke@nihon-hoshoku-kantei.co.jp>"],
    "subject": "パスワードのお知らせ",
    "charset": "iso-2022-jp",
    "body": "先ほどお送りした「鑑定依頼書類の送付（ダイヤモンドリング 2点）」の\n"
            "添付ファイルのパスワードをお知らせします。\n\n　Hn#2741kt\n\n"
            "ひので買取センター 小野寺",
    "entities": [],
    "detectors": [],
    "note": "just a password, no attachment and no personal data",
})

# 021 stop — corrupt workbook to a dealers' market
MESSAGES.append({
    "id": "kobutsu-021", "expect": "stop",
    "sender": HOZUMI,
    "to": ["関東古物市場 出品受付 <shuppin@kanto-kobutsu-ichiba.jp>"],
    "subject": "出品リスト（9/24開催分）",
    "charset": "cp932",
    "body": "関東古物市場 出品受付ご担当様\n\n"
            "お世話になっております。日の出産業（会員番号 K-0419）の穂積です。\n"
            "9/24開催分の出品リストを添付します。全38点、うち時計12点・バッグ26点です。\n"
            "よろしくお願いいたします。\n\n穂積 かおり\n日の出産業株式会社 リユース事業部 EC・卸販売課",
    "attachments": [{"kind": "corrupt", "name": "出品リスト_0924.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached workbook is corrupt and cannot be read",
})

# 022 stop — password-protected PDF statement to a seller on free mail
MESSAGES.append({
    "id": "kobutsu-022", "expect": "stop",
    "sender": TAKUHAI,
    "to": ["猪狩 陽子 <yoko-ikari@yahoo.co.jp>"],
    "subject": "【ひので買取センター】買取明細書のお送り",
    "charset": "iso-2022-jp",
    "body": "猪狩 陽子 様\n\nこのたびはひので買取センターの宅配買取をご利用いただきありがとうございました。\n"
            "買取明細書をPDFでお送りいたします。\n"
            "PDFを開く際のパスワードは、お申込み時にご登録いただいたお電話番号の下4桁です。\n\n"
            "ご不明な点はフリーダイヤル 0120-41-7788 までお問い合わせください。\n" + SIG_HIGA,
    "attachments": [{"kind": "pdf", "name": "kaitori_meisai_T26-09031.pdf", "password": "4471",
                     "lines": ["買取明細書", "受付番号 T26-09031", "買取金額 合計 58,700円"]}],
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "encrypted PDF cannot be scanned",
})

# 023 stop — HTML-only: DM list of members to the printer
_dm = [("雲母 沙耶", "176-0012", "東京都練馬区豊玉北四丁目30-11"),
       ("九十九 蓮", "330-0061", "埼玉県さいたま市浦和区常盤九丁目21-4"),
       ("栗花落 光", "164-0012", "東京都中野区本町六丁目2-7"),
       ("鬼頭 冬美", "223-0061", "神奈川県横浜市港北区日吉本町二丁目5-3"),
       ("唐牛 隆", "142-0041", "東京都品川区戸越五丁目9-14"),
       ("岡本 真由美", "273-0005", "千葉県船橋市本町五丁目7-2-803")]
_tr = "".join(
    f"<tr><td>M{_d(6)}</td><td>{n}</td><td>〒{z}</td><td>{a}</td><td>{mobile()}</td></tr>"
    for n, z, a in _dm)
MESSAGES.append({
    "id": "kobutsu-023", "expect": "stop",
    "sender": HOZUMI,
    "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    "subject": "秋の買取強化DM　宛名データ（テスト分）",
    "charset": "utf-8",
    "html": "<html><body><p>錦印刷 DM事業部 ご担当者様</p>"
            "<p>お世話になっております。日の出産業の穂積です。<br>"
            "宛名印字のテスト用に、会員データの一部を下表のとおりお送りします。"
            "本番データ（約3,200件）は来週、入稿フォームからアップロードいたします。</p>"
            "<table border='1' cellpadding='3'><tr><th>会員番号</th><th>氏名</th><th>郵便番号</th>"
            "<th>住所</th><th>電話番号</th></tr>" + _tr + "</table>"
            "<p>穂積 かおり<br>日の出産業株式会社 リユース事業部</p></body></html>",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML table of six members' names, addresses and phones to the printer",
})

# 024 pass — HTML-only: list of our shops (businesses) for a flyer
_shops = [("新宿店", "東京都新宿区西新宿七丁目5番12号 日の出ビル1F", "03-5937-4410", "10:00-20:00"),
          ("池袋東口店", "東京都豊島区南池袋一丁目22番5号 3F", "03-6912-3380", "11:00-20:00"),
          ("横浜西口店", "神奈川県横浜市西区南幸二丁目9番1号", "045-322-7710", "10:00-19:00"),
          ("大宮店", "埼玉県さいたま市大宮区桜木町一丁目7番3号", "048-641-5520", "10:00-19:00"),
          ("若葉駅前店", "若葉県若葉市中央一丁目1番8号 駅前ビル2F", "0470-22-8841", "10:00-19:00"),
          ("船橋店", "千葉県船橋市本町四丁目3番2号", "047-431-6605", "10:00-19:00")]
MESSAGES.append({
    "id": "kobutsu-024", "expect": "pass",
    "sender": HOZUMI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "チラシ裏面　店舗一覧の差し替え",
    "charset": "utf-8",
    "html": "<html><body><p>錦印刷 営業部 ご担当者様</p><p>いつもお世話になっております。"
            "チラシ裏面の店舗一覧を以下に差し替えてください（池袋東口店の営業時間を変更）。</p>"
            "<table border='1'><tr><th>店舗名</th><th>所在地</th><th>電話</th><th>営業時間</th></tr>"
            + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _shops)
            + "</table><p>※全店 水曜定休。" + KYOKA + "</p><p>日の出産業 穂積</p></body></html>",
    "entities": [],
    "detectors": [],
    "note": "a list of our shops with switchboard numbers and addresses: businesses, not people",
})

# 025 stop — XLSX of reservations for the hotel buy-back fair (和暦 birthdays)
_res = [["秋の出張買取会 来場予約者名簿（10/3・10/4）"], ["作成：ひので買取センター 新宿店"],
        ["No.", "予約日", "時間", "氏名", "フリガナ", "電話番号", "生年月日", "主な品目"]]
for i, (n, k, b, item) in enumerate([
    ("西村 和夫", "ニシムラ カズオ", "昭和２３年５月１日", "金貨・記念硬貨"),
    ("中島 由紀子", "ナカジマ ユキコ", "昭和３１年１２月２４日", "着物・帯"),
    ("森田 勝", "モリタ マサル", "昭和１９年８月９日", "掛軸・茶道具"),
    ("原田 里美", "ハラダ サトミ", "昭和４０年２月１１日", "ブランドバッグ"),
    ("青木 康弘", "アオキ ヤスヒロ", "昭和３５年７月３０日", "腕時計"),
    ("今井 美香", "イマイ ミカ", "昭和５８年４月２日", "ジュエリー"),
    ("北村 正志", "キタムラ マサシ", "昭和２７年１０月１７日", "カメラ・レンズ")], 1):
    _res.append([i, "10/3" if i < 5 else "10/4", f"{9 + i}:00", n, k, mobile(), b, item])
MESSAGES.append({
    "id": "kobutsu-025", "expect": "stop",
    "sender": MURASE,
    "to": ["さくらホテル 宴会営業 宮内様 <miyauchi@sakura-hotel.jp>"],
    "subject": "10/3・4 出張買取会　受付用の予約者名簿",
    "charset": "iso-2022-jp",
    "body": "さくらホテル 宴会営業 宮内様\n\nお世話になっております。ひので買取センターの村瀬です。\n"
            "当日フロントでのご案内用に、予約者名簿をお送りします。\n"
            "ご高齢のお客様が多いため、お名前でお声がけいただけますと助かります。\n"
            "2枚目のシートは当社スタッフの配置表です。\n" + SIG_MURASE,
    "attachments": [{"kind": "xlsx", "name": "来場予約者名簿_1003-1004.xlsx",
                     "sheets": {"予約者": _res,
                                "スタッフ配置": [["ブース", "担当"], ["A 貴金属", "村瀬"],
                                               ["B 時計", "小野寺"], ["C 骨董", "外部鑑定士"]]}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "seven customers with phones and 和暦 birthdays in a workbook (title rows above the header)",
})

# 026 pass — hotel booking confirmation, one contact person
MESSAGES.append({
    "id": "kobutsu-026", "expect": "pass",
    "sender": MURASE,
    "to": ["さくらホテル 宴会営業 宮内様 <miyauchi@sakura-hotel.jp>"],
    "subject": "Re: 桔梗の間 ご予約内容のご確認",
    "charset": "cp932",
    "body": "宮内様\n\nご確認ありがとうございます。内容、相違ございません。\n\n"
            "　会場　　：2階 桔梗の間（スクール形式→島型 4ブースに変更）\n"
            "　日程　　：10/3（土）・10/4（日）8:30～18:00（搬入出含む）\n"
            "　会場費　：2日間 352,000円（税込）\n"
            "　備品　　：長机12本、パーテーション8枚、延長コード4本\n\n"
            "当日の責任者は私、村瀬（携帯 090-6614-2073）です。\n"
            "搬入は8:30に青葉運輸さんのトラックが地下駐車場に入ります。\n\n"
            "引き続きよろしくお願いいたします。\n" + SIG_MURASE + "\n\n"
            "> 村瀬様\n> ご予約内容を下記のとおり承りました。ご確認をお願いいたします。\n"
            "> さくらホテル 宴会営業 宮内\n",
    "entities": [],
    "detectors": [],
    "note": "booking confirmation; the only phone is the sender's own business mobile",
})

# 027 stop — FW of a foreign seller's mail with his passport number, to a watch appraiser
_pp27 = "TR" + _d(7)
MESSAGES.append({
    "id": "kobutsu-027", "expect": "stop",
    "sender": ONODERA,
    "to": ["クロックワークス鑑定 真贋チーム <authentic@clockworks-kantei.jp>"],
    "subject": "FW: Selling my watch (Patek Philippe)",
    "charset": "utf-8",
    "body": "クロックワークス鑑定 真贋チーム 御中\n\n"
            "お世話になっております。ひので買取センターの小野寺です。\n"
            "海外のお客様から下記の買取相談が来ております。写真からの一次判定をお願いできますでしょうか。\n"
            "（写真は先方からのメールに添付されていたものです）\n\n"
            "---------- Forwarded message ---------\n"
            "From: Lukas Hoffmann <lukas.hoffmann.muc@gmail.com>\n"
            "Date: 2026/09/10 21:14\n"
            "Subject: Selling my watch (Patek Philippe)\n"
            "To: takuhai@hinode-sangyo.co.jp\n\n"
            "Hello,\n\nI am visiting Tokyo until September 20 and would like to sell my Patek Philippe\n"
            "Calatrava 5196J (bought 2014, with box and papers). I can visit your Shinjuku shop.\n"
            f"My passport number is {_pp27} (Germany), in case you need it in advance.\n"
            "I am staying at a hotel in Shinjuku, mobile +49 151 2846 0371.\n\n"
            "Best,\nLukas Hoffmann\n" + SIG_ONODERA,
    "attachments": [{"kind": "png", "name": "IMG_4012.png"}],
    "entities": ["PERSON_NAME", "JP_PASSPORT", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward is new text to the appraiser: it carries a seller's passport number",
})

# 028 stop — English mail to an overseas auction partner with a residence-card number
_rc28 = "UH" + _d(8) + "FC"
MESSAGES.append({
    "id": "kobutsu-028", "expect": "stop",
    "sender": SHIRAISHI,
    "to": ["Megan Liu <megan.liu@pacific-auctions.com>"],
    "subject": "Consignment from a private seller - KYC details",
    "charset": "utf-8",
    "body": "Dear Megan,\n\nThank you for your quick reply about the Hong Kong sale in November.\n"
            "As requested, here are the KYC details of the private consignor of lot candidates\n"
            "HS-1102 to HS-1105 (four Rolex sports models):\n\n"
            "  Name:            NGUYEN VAN THANH\n"
            "  Nationality:     Viet Nam\n"
            f"  Residence card:  {_rc28} (valid until 2029-03-14)\n"
            "  Address:         4-2-17 Kamata, Ota-ku, Tokyo\n"
            "  Source of goods: personal collection, purchased 2016-2021 (receipts attached later)\n\n"
            "We checked the card in person at our Shinjuku shop under the Japanese Antique Dealings Act.\n"
            "Please let me know if your compliance team needs anything else.\n" + SIG_SHIRAISHI,
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a consignor's residence-card number (identity document) sent abroad",
})

# 029 pass — English export mail: invoice and tracking numbers, disclaimer
MESSAGES.append({
    "id": "kobutsu-029", "expect": "pass",
    "sender": SHIRAISHI,
    "to": ["Purchasing <purchasing@lux-resale-sg.com>"],
    "subject": "Shipment of PO#SG-7731 - 48 pre-owned bags",
    "charset": "utf-8",
    "body": "Dear Purchasing Team,\n\nPlease find the shipping details for your PO#SG-7731 below.\n\n"
            "  Invoice No.   : HS-EX-2026-0917\n"
            "  Items         : 48 pre-owned handbags (LV 22 / Chanel 14 / Gucci 12)\n"
            "  Incoterms     : CIF Singapore\n"
            "  Carrier       : Aoba Unyu International, AWB 176-8841 2093\n"
            "  Tracking      : AU88410293JP\n"
            "  ETA           : September 22\n\n"
            "CITES is not required for these items. The packing list is on the commercial invoice.\n"
            + SIG_SHIRAISHI + "\n" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "ordinary export mail: invoice, PO and tracking numbers, English disclaimer",
})

# 030 stop — CSV without a name column: phones, birthdays, addresses of members
_rows30 = [["member_id", "tel", "birth_date", "pref", "address", "last_purchase", "total_amount"]]
for pref, addr in [("東京都", "杉並区阿佐谷北3-14-6"), ("神奈川県", "川崎市中原区木月2-3-18"),
                   ("埼玉県", "さいたま市浦和区常盤9-21-4"), ("千葉県", "船橋市本町5-7-2"),
                   ("東京都", "練馬区豊玉北4-30-11"), ("東京都", "大田区蒲田本町1-2-9"),
                   ("東京都", "品川区戸越5-9-14"), ("埼玉県", "川口市栄町2-6-20")]:
    _rows30.append([f"HM{_d(7)}", mobile(), f"19{rng.randrange(50, 99)}-{rng.randrange(1, 13):02d}-"
                    f"{rng.randrange(1, 29):02d}", pref, addr, f"2026-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}",
                    amount(3000, 400000)])
MESSAGES.append({
    "id": "kobutsu-030", "expect": "stop",
    "sender": USAMI,
    "to": ["ツバサシステム 望月様 <mochizuki@tsubasa-system.jp>"],
    "subject": "データ移行テスト用サンプル（会員マスタ）",
    "charset": "utf-8",
    "body": "望月様\n\nお世話になっております。宇佐美です。\n"
            "会員マスタ移行のテスト用に、現行システムから抽出したサンプルを送ります。\n"
            "氏名列は外してあるので、文字コードと日付形式の確認に使ってください。\n\n宇佐美",
    "attachments": [{"kind": "csv", "name": "member_sample_utf8.csv", "encoding": "utf-8", "rows": _rows30}],
    "entities": ["PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight members' phones, birth dates and addresses without a name column: still a list of people",
})

# 031 pass — the same kind of extract, but only to internal IT
_rows31 = [["会員ID", "氏名", "電話", "生年月日", "住所"]]
for n in ["佐々木 恵", "田村 祐介", "藤井 浩二", "石川 翔", "松尾 智子", "河野 陽菜"]:
    _rows31.append([f"HM{_d(7)}", n, mobile(), f"19{rng.randrange(55, 99)}/0{rng.randrange(1, 10)}/1{rng.randrange(0, 9)}",
                    rng.choice(["東京都新宿区高田馬場三丁目1-8", "東京都世田谷区経堂一丁目4-11",
                                "神奈川県相模原市中央区相模原四丁目2-5", "千葉県市川市八幡二丁目15-3"])])
MESSAGES.append({
    "id": "kobutsu-031", "expect": "pass",
    "sender": USAMI,
    "to": ["情報システム部 データ移行PJ <datamig-pj@hinode-sangyo.co.jp>"],
    "subject": "移行リハーサル用の抽出データ",
    "charset": "utf-8",
    "body": "PJメンバー各位\n\n移行リハーサル用の抽出データを共有します。\n"
            "社内共有フォルダにも同じものを置いています。取扱いにはご注意ください。\n\n宇佐美",
    "attachments": [{"kind": "csv", "name": "会員抽出_リハ1.csv", "encoding": "cp932", "rows": _rows31}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": [],
    "note": "members' data to an internal list only: internal mail goes whatever it carries",
})

# 032 stop — eKYC OCR log with a My Number, to the vendor
_mn32 = mn()
MESSAGES.append({
    "id": "kobutsu-032", "expect": "stop",
    "sender": USAMI,
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "【障害報告】eKYCでマイナンバーカード裏面がOCRされている件",
    "charset": "iso-2022-jp",
    "body": "ツバサシステム サポート御中\n\n日の出産業 宇佐美です。\n"
            "オンライン本人確認（eKYC）で、お客様がマイナンバーカードの裏面を撮影した場合に、\n"
            "個人番号までOCRされてログに残っています。古物営業法上も個人番号は記録してはいけないので、\n"
            "至急の対応をお願いします。該当ログを添付します。\n\n"
            "宇佐美 健（情報システム部）",
    "attachments": [{"kind": "txt", "name": "ekyc_ocr_20260911.log", "encoding": "utf-8",
                     "text": "2026-09-11 14:02:17 INFO  session=ek-5520913 doc_type=MYNUMBER_CARD side=back\n"
                             f"2026-09-11 14:02:18 DEBUG ocr.result individual_number={_mn32}\n"
                             "2026-09-11 14:02:18 DEBUG ocr.result name=九十九 蓮 birth=1991-06-14\n"
                             "2026-09-11 14:02:18 DEBUG ocr.result address=埼玉県さいたま市浦和区常盤九丁目21-4\n"
                             "2026-09-11 14:02:19 WARN  face_match skipped (back side)\n"}],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a log line with a seller's マイナンバー sent to the vendor",
})

# 033 pass — asking the vendor to mask the My Number area: the word, no number
MESSAGES.append({
    "id": "kobutsu-033", "expect": "pass",
    "sender": OKOCHI,
    "to": ["ツバサシステム 望月様 <mochizuki@tsubasa-system.jp>"],
    "cc": [USAMI],
    "subject": "eKYC画像のマスキング仕様について（ご依頼）",
    "charset": "utf-8",
    "body": "望月様\n\nコンプライアンス室の大河内です。宇佐美からの障害報告の件、対応ありがとうございます。\n"
            "再発防止として、以下の仕様変更をお願いできますでしょうか。\n\n"
            "1. マイナンバーカードは表面のみ撮影を受け付け、裏面はアップロード時に拒否する\n"
            "2. 万一裏面が保存された場合、個人番号欄を黒塗りしてから保存する\n"
            "3. 健康保険証の場合は、記号・番号・保険者番号欄を自動マスキングする\n"
            "4. OCRログには書類の種類と照合結果のみを残し、番号類は出力しない\n\n"
            "見積と対応時期をご連絡ください。\n" + SIG_OKOCHI,
    "entities": [],
    "detectors": [],
    "note": "talks about マイナンバー and 保険証 masking without carrying any number",
})

# 034 stop — double charge: full card number to the payment gateway
_card34 = cc()
MESSAGES.append({
    "id": "kobutsu-034", "expect": "stop",
    "sender": HOZUMI,
    "to": ["スマートペイ 加盟店サポート <merchant-support@smartpay-gateway.jp>"],
    "subject": "二重売上の取消依頼（注文番号 HS-EC-2026-44810）",
    "charset": "iso-2022-jp",
    "body": "スマートペイ 加盟店サポート御中\n\n"
            "いつもお世話になっております。加盟店ID 77120431 日の出産業の穂積です。\n"
            "オンラインストアで下記のご注文が二重に売上計上されておりますので、1件の取消をお願いします。\n\n"
            "　注文番号　：HS-EC-2026-44810（中古 ルイ・ヴィトン ネヴァーフルMM）\n"
            "　購入者　　：羽生田 奈央 様\n"
            f"　カード番号：{_card34}\n"
            "　有効期限　：08/29\n"
            "　売上日時　：2026/09/09 22:41 と 22:42（各 128,000円）\n\n"
            "お客様からお問い合わせをいただいており、至急ご対応いただけますと幸いです。\n\n"
            "穂積 かおり\n日の出産業株式会社 リユース事業部 EC・卸販売課\nTEL 03-5402-7166",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a customer's full credit-card number in the body",
})

# 035 stop — one seller's health-insurance card number to the ID-check BPO
MESSAGES.append({
    "id": "kobutsu-035", "expect": "stop",
    "sender": HIGA,
    "to": ["本人確認センター 審査課 <shinsa@kakunin-center.co.jp>"],
    "subject": "【再審査依頼】受付 T26-09118",
    "charset": "cp932",
    "body": "本人確認センター 審査課 御中\n\nお世話になっております。ひので買取センター 宅配チームの比嘉です。\n"
            "下記のお客様について、書類不備で差し戻しとなっておりましたが、住民票の写しが届きましたので\n"
            "再審査をお願いいたします。\n\n"
            "■受付番号：T26-09118\n"
            "■氏名：漆原 和也（ウルシハラ カズヤ）\n"
            "■生年月日：1988年3月27日\n"
            "■住所：東京都大田区蒲田本町一丁目2-9 蒲田ハイツ105\n"
            "■本人確認書類：健康保険証\n"
            f"　記号 {rng.randrange(10, 99)}{rng.randrange(100, 999)}　番号 {rng.randrange(1, 99)}　保険者番号 06{_d(6)}\n"
            "■補助書類：住民票の写し（9/10発行）\n\n"
            "以上、よろしくお願いいたします。\n" + SIG_HIGA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a seller's 健康保険証 記号・番号 sent to an outside BPO",
})

# 036 pass — instructions to a seller on masking the insurance card
MESSAGES.append({
    "id": "kobutsu-036", "expect": "pass",
    "sender": TAKUHAI,
    "to": ["kazuko.m-1957@softbank.ne.jp"],
    "subject": "Re: 本人確認書類について教えてください",
    "charset": "iso-2022-jp",
    "body": "お問い合わせありがとうございます。ひので買取センター 宅配買取窓口です。\n\n"
            "運転免許証をお持ちでない場合は、健康保険証でもお手続きいただけます。\n"
            "その際は、以下の点にご注意ください。\n\n"
            "　・保険証の「記号・番号」と「保険者番号」、QRコードは付箋などで隠してコピーしてください\n"
            "　・保険証のみの場合、住民票の写し（発行から3か月以内）を同封してください\n"
            "　・マイナンバーカードは表面のみコピーしてください（裏面は不要です）\n\n"
            "ご不明な点がございましたら、お気軽にお問い合わせください。\n" + SIG_HIGA,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "explains which numbers to hide; carries no number itself; one free-mail recipient",
})

# 037 stop — asking a consultant about a 年金手帳, pasting the pension number
MESSAGES.append({
    "id": "kobutsu-037", "expect": "stop",
    "sender": OKOCHI,
    "to": ["古物コンプライアンス研究所 鳴海先生 <narumi@kobutsu-compliance.jp>"],
    "subject": "ご質問：年金手帳は本人確認書類になりますか",
    "charset": "iso-2022-jp",
    "body": "鳴海先生\n\nいつもご指導ありがとうございます。大河内です。\n"
            "宅配買取のお客様から、本人確認書類として年金手帳のコピーが届きました。\n"
            "ご本人の記載内容は以下のとおりです。\n\n"
            "　氏名　　　　御手洗 千夏\n"
            f"　基礎年金番号　{_d(4)}-{_d(6)}\n"
            "　交付年月日　平成１５年４月１日\n\n"
            "年金手帳は顔写真がなく、基礎年金番号の告知要求制限もあると理解しておりますが、\n"
            "住民票の写しと組み合わせれば非対面取引の確認方法として認められるのでしょうか。\n"
            "お手すきの際にご教示ください。\n" + SIG_OKOCHI,
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a seller's 基礎年金番号 pasted into a question to an outside consultant",
})

# 038 pass — precious-metal price list to a pawnshop partner
MESSAGES.append({
    "id": "kobutsu-038", "expect": "pass",
    "sender": MURASE,
    "to": ["大島質店 大島様 <ooshima@ooshima-shichiten.co.jp>"],
    "subject": "本日の貴金属買取価格（9/14 10:00）",
    "charset": "iso-2022-jp",
    "body": "大島様\n\nいつもありがとうございます。本日の業者間買取価格です（1gあたり・税込）。\n\n"
            "品位        買取価格    前日比\n"
            "----------  ----------  ------\n"
            "K24         17,820円     +45\n"
            "K22         16,250円     +41\n"
            "K18         13,370円     +34\n"
            "K14         10,140円     +26\n"
            "Pt1000       6,410円     -12\n"
            "Pt900        5,760円     -11\n"
            "SV1000         231円      +2\n\n"
            "※50g以上のお持込みは＋1％。インゴットは別途お見積りいたします。\n" + SIG_MURASE,
    "entities": [],
    "detectors": [],
    "note": "a price list in padded columns: no people",
})

# 039 stop — DOCX answer to the police: five transactions with sellers
_t39 = [["No.", "取引日", "品目", "代価", "売主氏名", "生年月日", "住所", "確認書類"]]
for i, (day, item, price, name, dob, addr, doc) in enumerate([
    ("7/04", "K18ブレスレット", "86,000", "十河 雅美", "昭和５０年６月１８日", "千葉県船橋市本町五丁目7-2-803", "運転免許証 " + licence("40")),
    ("7/11", "Pt900リング", "42,000", "雲母 沙耶", "平成８年１月５日", "東京都練馬区豊玉北四丁目30-11", "マイナンバーカード（表面）"),
    ("7/19", "K18ネックレス", "121,000", "百目鬼 亮", "昭和５７年３月２日", "東京都世田谷区経堂一丁目4-11", "運転免許証 " + licence("30")),
    ("7/26", "金貨 メイプルリーフ1oz", "396,000", "唐牛 隆", "昭和４０年９月２９日", "東京都品川区戸越五丁目9-14", "運転免許証 " + licence("30")),
    ("8/02", "K18喜平チェーン", "233,000", "鬼頭 冬美", "昭和４９年１１月８日", "神奈川県横浜市港北区日吉本町二丁目5-3", "旅券 TK" + _d(7)),
], 1):
    _t39.append([i, day, item, price, name, dob, addr, doc])
MESSAGES.append({
    "id": "kobutsu-039", "expect": "stop",
    "sender": OKOCHI,
    "to": [POLICE_A],
    "subject": "照会（若生経第３０５号）回答書の送付",
    "charset": "utf-8",
    "body": "若葉県警察本部 生活経済課\n　巡査部長 的場 様\n\n"
            "お世話になっております。日の出産業 コンプライアンス室の大河内です。\n"
            "ご照会の期間（令和8年7月1日～8月10日）における貴金属の買取のうち、\n"
            "ご指定の条件に該当する取引5件の回答書を添付いたします。\n"
            "原本は本日、郵送いたしました。\n" + SIG_OKOCHI,
    "attachments": [{"kind": "docx", "name": "回答書_若生経第305号.docx",
                     "paragraphs": ["回答書", "令和8年9月11日", "若葉県警察本部長 殿",
                                    "日の出産業株式会社 リユース事業部 管理者 大河内 修",
                                    "令和8年9月3日付 捜査関係事項照会書（若生経第３０５号）について、下記のとおり回答します。"],
                     "tables": [_t39]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five sellers with birthdays, addresses and licence/passport numbers to the police",
})

# 040 pass — internal forward of the police circular to all shops
MESSAGES.append({
    "id": "kobutsu-040", "expect": "pass",
    "sender": OKOCHI,
    "to": ["買取センター全店長 <kaitori-tencho@hinode-sangyo.co.jp>"],
    "subject": "【要確認】品触れ（若生経品第２２号）全店照合のお願い",
    "charset": "iso-2022-jp",
    "body": "全店長各位\n\n若葉県警から品触れが届きました。添付の被害品リストと照合し、\n"
            "9/12（土）18時までに結果をコンプライアンス室へ報告してください。\n"
            "該当品の持込みがあった場合は、買い取らずに引き留め、直ちに警察へ通報すること。\n\n"
            "大河内",
    "attachments": [{"kind": "pdf", "name": "品触れ_若生経品第22号.pdf",
                     "title": "品触れ",
                     "lines": ["品触れ（若生経品第２２号）", "令和8年9月5日 若葉県警察本部 生活経済課",
                               "下記物品の取扱いがあった場合は直ちに届け出られたい。"],
                     "table": [["No.", "品名", "型式", "特徴"],
                               ["1", "ROLEX デイトジャスト", "126234", "シリアル 7Q3X0815 文字盤ブルー"],
                               ["2", "ROLEX サブマリーナ", "124060", "シリアル 2R88K4410"],
                               ["3", "Cartier タンクフランセーズ", "W51011Q3", "裏蓋に刻印 'M to Y 2001'"],
                               ["4", "LV キーポル55", "M41424", "製造番号 SP4187 持ち手に補修跡"]]}],
    "entities": [],
    "detectors": [],
    "note": "internal forward to shop managers; no external recipient",
})

# 041 stop — internal mail mistyped to a look-alike of our own domain (letter added)
MESSAGES.append({
    "id": "kobutsu-041", "expect": "stop",
    "sender": MURASE,
    "to": ["大河内 修 <o.okochi@hinode-sangyou.co.jp>"],
    "subject": "免許証番号の記載漏れ 3件（台帳修正）",
    "charset": "iso-2022-jp",
    "body": "大河内室長\n\nお疲れさまです。村瀬です。\n"
            "月次点検でご指摘のあった確認書類番号の記載漏れ3件、台帳を修正しました。\n\n"
            f"　8/06　森田 勝　　　運転免許証 {licence('30')}\n"
            f"　8/13　河野 陽菜　　運転免許証 {licence('45')}\n"
            f"　8/21　平野 大輔　　運転免許証 {licence('30')}\n\n"
            "再発防止として、受付時にPOSで番号入力を必須にする設定をお願いしています。\n\n村瀬",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyou.co.jp: a letter added to our own domain; carries licence numbers outside",
})

# 042 stop — printer's domain with a hyphen for the dot
MESSAGES.append({
    "id": "kobutsu-042", "expect": "stop",
    "sender": HOZUMI,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu-co.jp>"],
    "subject": "買取強化チラシ（B4両面）入稿データ",
    "charset": "iso-2022-jp",
    "body": "錦印刷 制作部 ご担当者様\n\nお世話になっております。日の出産業の穂積です。\n"
            "買取強化チラシの入稿データをお送りします（Illustrator CS6形式、アウトライン済み）。\n"
            "部数は40,000部、納品は9/25（金）午前に新宿店・池袋東口店へ各2万部でお願いします。\n\n"
            "色校正は不要です。よろしくお願いいたします。\n\n穂積",
    "attachments": [{"kind": "pdf", "name": "chirashi_B4_omote.pdf",
                     "lines": ["金・プラチナ 高価買取中！", "ブランド品・時計・カメラも査定無料",
                               "ひので買取センター 新宿店 03-5937-4410"]}],
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatsu-co.jp: the partner printer's domain with a hyphen for the dot",
})

# 043 stop — homoglyph (Cyrillic а) of the system vendor's domain, as IDN
_idn43 = "tsubas\u0430-system".encode("idna").decode() + ".jp"
MESSAGES.append({
    "id": "kobutsu-043", "expect": "stop",
    "sender": USAMI,
    "to": [f"望月 様 <mochizuki@{_idn43}>"],
    "subject": "Re: 本番切替日程のご提案",
    "charset": "utf-8",
    "body": "望月様\n\nご提案ありがとうございます。\n"
            "本番切替は 10/18（日）深夜帯で社内調整を進めます。店舗の営業時間外（21時～翌9時）で\n"
            "お願いします。ロールバック判断は翌朝7時に私が行います。\n\n"
            "宇佐美\n\n"
            "> 宇佐美様\n> 本番切替の候補日を3案お送りします。\n> ツバサシステム 望月\n",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain is tsubasa-system.jp spelt with a Cyrillic а (punycode IDN)",
})

# 044 stop — the electronics partner's name under another TLD
MESSAGES.append({
    "id": "kobutsu-044", "expect": "stop",
    "sender": MURASE,
    "to": ["川崎電機 資産管理課 <shisan-kanri@kawasaki-denki.com>"],
    "subject": "使用済みPC買取　最終お見積り",
    "charset": "cp932",
    "body": "川崎電機株式会社 資産管理課 御中\n\nお世話になっております。ひので買取センターの村瀬です。\n"
            "回収前の実機確認を踏まえ、最終のお見積りをお送りします。\n\n"
            "　ノートPC（第10世代以降）　 96台 × 14,500円 = 1,392,000円\n"
            "　ノートPC（第8・9世代）　　 24台 ×  6,000円 =   144,000円\n"
            "　液晶モニター（24型）　　　 80台 ×  2,200円 =   176,000円\n"
            "　データ消去費用　　　　　　　　　　　　　　　　　無償\n"
            "　合計（税込）　　　　　　　　　　　　　　　 1,712,000円\n\n"
            "ご承認いただけましたら、発注書をお送りください。\n" + SIG_MURASE,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denki.com: the partner's .co.jp domain under another TLD",
})

# 045 pass — data-erasure certificate to the real partner domain
MESSAGES.append({
    "id": "kobutsu-045", "expect": "pass",
    "sender": MURASE,
    "to": ["川崎電機 資産管理課 <shisan-kanri@kawasaki-denki.co.jp>"],
    "subject": "データ消去証明書の送付（10/9回収分）",
    "charset": "iso-2022-jp",
    "body": "川崎電機株式会社 資産管理課 御中\n\nお世話になっております。\n"
            "10/9に回収いたしましたPC・モニターのデータ消去が完了しましたので、\n"
            "消去証明書（シリアル番号一覧つき）をお送りします。原本は郵送いたします。\n" + SIG_MURASE,
    "attachments": [{"kind": "pdf", "name": "データ消去証明書_KD-20261009.pdf",
                     "title": "データ消去証明書",
                     "lines": ["データ消去証明書", "証明書番号 HS-DE-20261009",
                               "消去方式：NIST SP 800-88 Purge（SSD）/ 3パス上書き（HDD）",
                               "日の出産業株式会社 リユース事業部 データ消去センター"],
                     "table": [["No.", "資産管理番号", "機種", "シリアル", "媒体", "結果"]]
                     + [[str(i), f"KD-PC-{4400 + i}", "ThinkPad L14 Gen2", f"PF{_d(6)}", "SSD 256GB", "完了"]
                        for i in range(1, 13)]}],
    "entities": [],
    "detectors": [],
    "note": "list of PCs and serial numbers: assets, not people",
})

# 046 stop — training deck with a 部外秘 footer on every slide, to an outside trainer
MESSAGES.append({
    "id": "kobutsu-046", "expect": "stop",
    "sender": OKOCHI,
    "to": ["古物コンプライアンス研究所 鳴海先生 <narumi@kobutsu-compliance.jp>"],
    "subject": "10/2 店長研修の資料（事前確認のお願い）",
    "charset": "iso-2022-jp",
    "body": "鳴海先生\n\n10/2の店長研修でお使いいただく当社の社内ルール資料をお送りします。\n"
            "先生のご講義と内容が重複しないか、事前にご確認いただけますと幸いです。\n" + SIG_OKOCHI,
    "attachments": [{"kind": "pptx", "name": "本人確認の実務_店長研修.pptx", "page_footer": "部外秘　日の出産業 リユース事業部",
                     "title": "本人確認の実務（部外秘）",
                     "slides": [["本人確認の実務", "古物営業法第15条と当社ルール", "コンプライアンス室"],
                                ["対面取引", "1万円以上は本人確認", "特定品目（ゲームソフト・CD・DVD・書籍・バイク部品）は金額にかかわらず"],
                                ["非対面取引", "本人限定受取郵便", "住民票の写し＋本人名義口座への振込", "eKYC"],
                                ["不正品の疑い", "直ちに警察へ申告", "品触れとの照合"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "every slide carries a 部外秘 footer: a marked document going outside",
})

# 047 pass — sales deck for an estate-clearing partner
MESSAGES.append({
    "id": "kobutsu-047", "expect": "pass",
    "sender": KANO,
    "to": ["ひかり不動産 遺品整理事業部 <ihin@hikari-fudosan.co.jp>"],
    "subject": "提携のご提案資料（遺品・生前整理の買取）",
    "charset": "utf-8",
    "body": "ひかり不動産株式会社\n遺品整理事業部 ご担当者様\n\n"
            "先日はお時間をいただきありがとうございました。日の出産業の嘉納です。\n"
            "お打合せでお話しした提携スキームの資料をお送りします。\n"
            "ご検討のほど、よろしくお願いいたします。\n\n"
            "日の出産業株式会社 リユース事業部長　嘉納 誠一郎",
    "attachments": [{"kind": "pptx", "name": "提携スキームのご提案.pptx",
                     "slides": [["遺品・生前整理 買取提携のご提案", "日の出産業株式会社 リユース事業部"],
                                ["当社の強み", "全国6店舗・出張買取", "自社オークションによる高価買取", "古物商許可・鑑定士在籍"],
                                ["提携スキーム", "ご紹介手数料：買取額の5%", "作業当日の同時査定", "買取額を整理費用と相殺可能"]]}],
    "entities": [],
    "detectors": [],
    "note": "a sales deck with no marking and no personal data",
})

# 048 stop — plain ZIP with a CSV of members for a DM, to the printer
_rows48 = [["会員番号", "氏名", "メールアドレス", "電話番号", "郵便番号", "住所"]]
for n, em, z, a in [("佐々木 恵", "megumi.sasaki@example-mail.jp", "166-0001", "東京都杉並区阿佐谷北一丁目5-9"),
                    ("田村 祐介", "y.tamura88@gmail.com", "213-0001", "神奈川県川崎市高津区溝口三丁目8-2"),
                    ("藤井 浩二", "koji-fujii@yahoo.co.jp", "330-0843", "埼玉県さいたま市大宮区吉敷町二丁目40"),
                    ("松尾 智子", "tomoko.matsuo@icloud.com", "272-0034", "千葉県市川市市川一丁目19-6"),
                    ("河野 陽菜", "hina-kawano@outlook.jp", "150-0011", "東京都渋谷区東三丁目22-14"),
                    ("石川 翔", "sho.ishikawa@docomo.ne.jp", "171-0021", "東京都豊島区西池袋五丁目3-11"),
                    ("金子 優子", "yuko.kaneko77@gmail.com", "181-0013", "東京都三鷹市下連雀四丁目16-8"),
                    ("小池 春香", "haruka.koike@ezweb.ne.jp", "224-0003", "神奈川県横浜市都筑区中川中央一丁目2-1")]:
    _rows48.append([f"M{_d(6)}", n, em, mobile(), z, a])
MESSAGES.append({
    "id": "kobutsu-048", "expect": "stop",
    "sender": HOZUMI,
    "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    "subject": "Re: 宛名データ入稿（追加分）",
    "charset": "iso-2022-jp",
    "body": "錦印刷 DM事業部様\n\n入稿フォームの容量制限にかかったため、追加分をZIPでお送りします。\n"
            "よろしくお願いします。\n\n穂積",
    "attachments": [{"kind": "zip", "name": "dm_tsuika_0912.zip",
                     "files": [{"kind": "csv", "name": "dm_tsuika.csv", "encoding": "cp932", "rows": _rows48}]}],
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight members' contact details in a CSV inside an unencrypted ZIP",
})

# 049 pass — ZIP of photos and the consignment list (items only) to the auction house
MESSAGES.append({
    "id": "kobutsu-049", "expect": "pass",
    "sender": HOZUMI,
    "to": ["東都ブランドオークション 出品管理 <shuppin@tohto-auction.co.jp>"],
    "subject": "10/8 ブランドオークション出品データ（日の出産業 会員No.T-2281）",
    "charset": "utf-8",
    "body": "東都ブランドオークション 出品管理ご担当者様\n\n"
            "お世話になっております。日の出産業の穂積です。\n"
            "10/8開催分の出品データ（一覧CSVと画像）をZIPでお送りします。\n"
            "現物は10/5に青葉運輸で搬入予定です。\n\n"
            "穂積 かおり\n日の出産業株式会社 リユース事業部 EC・卸販売課",
    "attachments": [{"kind": "zip", "name": "shuppin_T2281_1008.zip",
                     "files": [{"kind": "csv", "name": "shuppin_list.csv", "encoding": "utf-8",
                                "rows": [["管理番号", "ブランド", "品名", "型番", "ランク", "付属品", "スタート価格"],
                                         ["HS-26-1201", "LOUIS VUITTON", "ネヴァーフルMM", "M40156", "AB", "保存袋", 65000],
                                         ["HS-26-1202", "CHANEL", "マトラッセ25 チェーンショルダー", "A01112", "B", "ギャランティ", 420000],
                                         ["HS-26-1203", "HERMES", "ピコタンロックPM", "", "A", "箱・保存袋", 380000],
                                         ["HS-26-1204", "ROLEX", "エクスプローラーI", "214270", "AB", "箱・保証書", 880000],
                                         ["HS-26-1205", "OMEGA", "スピードマスター", "311.30.42.30.01.005", "B", "なし", 310000]]},
                               {"kind": "png", "name": "HS-26-1201_1.png"},
                               {"kind": "png", "name": "HS-26-1202_1.png"}]}],
    "entities": [],
    "detectors": [],
    "note": "consignment list of goods and product photos; no people",
})

# 050 stop — the seller's own mail attached (.eml) and forwarded to the law firm
_lic50 = licence("30")
MESSAGES.append({
    "id": "kobutsu-050", "expect": "stop",
    "sender": SAOTOME,
    "to": ["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    "subject": "FW: 買い取ったバッグの返還要求について（売主のメール）",
    "charset": "iso-2022-jp",
    "body": "久我先生\n\nお世話になっております。早乙女です。\n"
            "先日お電話でご相談した件、売主から届いたメールをそのまま添付します。\n"
            "第三者から「盗まれたバッグだ」と返還を求められている件で、売主本人は\n"
            "自分の物だと主張しています。ご確認をお願いいたします。\n\n早乙女",
    "attachments": [{"kind": "eml", "name": "売主からのメール.eml",
                     "message": {
                         "sender": "小鳥遊 湊 <takanashi.minato@icloud.com>",
                         "to": ["ひので買取センター <takuhai@hinode-sangyo.co.jp>"],
                         "subject": "売ったバッグについて",
                         "charset": "utf-8",
                         "body": "ひので買取センター様\n\n8月に宅配買取で売ったエルメスのバッグのことで、"
                                 "元交際相手が「自分の物だ」と言っているそうですが、あれは私が自分で買った物です。\n"
                                 "購入時のレシートもあります。\n\n"
                                 "本人確認のときに送った免許証の情報も書いておきます。\n"
                                 "小鳥遊 湊\n〒160-0022 東京都新宿区新宿五丁目11-4 ルミエール新宿803\n"
                                 f"免許証番号 {_lic50}\n携帯 {mobile()}\n"}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forwarded .eml carrying a seller's licence number and address: forwarded text counts",
})

# 051 pass — reply under -----Original Message-----, the seller's data only in the quote
MESSAGES.append({
    "id": "kobutsu-051", "expect": "pass",
    "sender": ONODERA,
    "to": ["月見里 大地 <yamanashi-daichi@outlook.jp>"],
    "subject": "RE: キット到着しました／集荷日の件",
    "charset": "cp932",
    "body": "月見里 大地 様\n\nご連絡ありがとうございます。ひので買取センターの小野寺です。\n"
            "集荷は9/19（土）の午前中で手配いたしました。当日は青葉運輸のドライバーが伺います。\n"
            "箱の中に「買取申込書」と本人確認書類のコピーを同封してください。\n\n"
            "よろしくお願いいたします。\n" + SIG_ONODERA + "\n\n"
            "-----Original Message-----\n"
            "From: 月見里 大地 <yamanashi-daichi@outlook.jp>\n"
            "Sent: Thursday, September 17, 2026 8:12 PM\n"
            "To: takuhai@hinode-sangyo.co.jp\n"
            "Subject: キット到着しました／集荷日の件\n\n"
            "キット届きました。土曜の午前に集荷をお願いしたいです。\n"
            "住所：埼玉県さいたま市浦和区常盤九丁目21-4\n"
            f"電話：{mobile()}\n"
            "生年月日：1979年2月8日（申込書にも書きました）\n",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the seller's address, phone and birth date are only in the quoted original",
})

# 052 stop — bullets of five ledger samples with 和暦 birthdays to an outside auditor
MESSAGES.append({
    "id": "kobutsu-052", "expect": "stop",
    "sender": OKOCHI,
    "to": ["古物コンプライアンス研究所 監査チーム <audit@kobutsu-compliance.jp>"],
    "subject": "台帳監査のサンプル抽出（池袋東口店）",
    "charset": "iso-2022-jp",
    "body": "監査チーム ご担当者様\n\n大河内です。来週の台帳監査に先立ち、ご指定の抽出条件で\n"
            "池袋東口店の取引を5件抜き出しました。事前確認にお使いください。\n\n"
            "・9/01　石川 翔（H7.12.3生）　東京都豊島区西池袋五丁目3-11　ゲームソフト8本 4,800円\n"
            "・9/02　金子 優子（S56.7.21生）　東京都三鷹市下連雀四丁目16-8　K18リング 38,000円\n"
            "・9/04　小池 春香（H11.4.30生）　神奈川県横浜市都筑区中川中央一丁目2-1　iPhone 15 Pro 72,000円\n"
            "・9/05　竹内 直美（S47.10.9生）　東京都文京区千石二丁目27-3　CHANEL 財布 46,000円\n"
            "・9/07　菅原 徹（S63.1.16生）　東京都北区王子本町一丁目9-2　ブルーレイ24枚 3,600円\n\n"
            "確認書類はいずれも運転免許証です（番号は監査当日に台帳原本でご確認ください）。\n" + SIG_OKOCHI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five sellers with 和暦 birth dates and addresses as bullets to an outside auditor",
})

# 053 pass — audit scheduling, no data
MESSAGES.append({
    "id": "kobutsu-053", "expect": "pass",
    "sender": OKOCHI,
    "to": ["古物コンプライアンス研究所 監査チーム <audit@kobutsu-compliance.jp>"],
    "subject": "Re: 台帳監査の日程",
    "charset": "cp932",
    "body": "監査チーム ご担当者様\n\n日程のご提示ありがとうございます。\n"
            "9/24（木）13時～17時、池袋東口店のバックヤードでお願いいたします。\n"
            "当日は店長の辻本と私が対応します。台帳（紙・電子）と防犯カメラの保存設定を\n"
            "ご覧いただける状態にしておきます。\n\n"
            "監査費用のお見積り（No. KC-2026-118）も拝受しました。社内で稟議に回します。\n" + SIG_OKOCHI,
    "entities": [],
    "detectors": [],
    "note": "scheduling mail with a quote number only",
})

# 054 stop — kit recipients as one block per person, full-width digits
_blocks = []
for no, n, z, a in [("T26-09201", "五十嵐 千尋", "〒０６０－０８０６", "北海道札幌市北区北六条西四丁目2-15-1104"),
                    ("T26-09202", "一尺八寸 敏行", "〒９８０－００２１", "宮城県仙台市青葉区中央三丁目8-2"),
                    ("T26-09204", "菅原 徹", "〒１１４－００２２", "東京都北区王子本町一丁目9-2"),
                    ("T26-09207", "平野 大輔", "〒４６０－０００８", "愛知県名古屋市中区栄四丁目5-19"),
                    ("T26-09208", "竹内 直美", "〒１１２－００１１", "東京都文京区千石二丁目27-3"),
                    ("T26-09211", "山崎 亮介", "〒８１２－００１１", "福岡県福岡市博多区博多駅前二丁目10-7")]:
    _blocks.append(f"【{no}】\n　お名前：{n} 様\n　{z}\n　{a}\n　ＴＥＬ：{fw(mobile())}\n"
                   f"　キット：{rng.choice(['Ｍサイズ×１', 'Ｌサイズ×１', 'Ｍサイズ×２'])}")
MESSAGES.append({
    "id": "kobutsu-054", "expect": "stop",
    "sender": HIGA,
    "to": ["錦印刷 発送代行チーム <hassou@nishiki-insatsu.co.jp>"],
    "subject": "宅配買取キット　本日発送分（6件）",
    "charset": "iso-2022-jp",
    "body": "錦印刷 発送代行チーム様\n\nお世話になっております。ひので買取センターの比嘉です。\n"
            "本日発送分のキット送付先です。いつもどおり伝票作成をお願いします。\n\n"
            + "\n\n".join(_blocks) + "\n\n以上6件です。\n" + SIG_HIGA,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six customers' names, addresses and phones, one block each, full-width digits",
})

# 055 pass — four home-visit appointments to the subcontracted appraisers
MESSAGES.append({
    "id": "kobutsu-055", "expect": "pass",
    "sender": MURASE,
    "to": ["できる査定 配車担当 <haisha@dekiru-satei.co.jp>"],
    "subject": "9/20（日）出張査定の訪問先（4件）",
    "charset": "cp932",
    "body": "できる査定 配車ご担当様\n\nお世話になっております。村瀬です。\n"
            "9/20（日）の出張査定、訪問先4件をお送りします。\n\n"
            f"① 10:00　西村 和夫 様　東京都杉並区荻窪四丁目12-7　{land('03')}　金貨・記念硬貨\n"
            f"② 12:30　中島 由紀子 様　東京都武蔵野市吉祥寺本町二丁目31-5　{mobile()}　着物\n"
            f"③ 14:30　森田 勝 様　東京都三鷹市井の頭三丁目4-22　{land('0422')}　茶道具\n"
            f"④ 16:30　北村 正志 様　東京都小金井市本町一丁目8-3　{mobile()}　カメラ\n\n"
            "いずれも査定後、成約の場合は当社の買取契約書をご使用ください。\n" + SIG_MURASE,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's visit details: under five records, may warn but goes",
})

# 056 stop — religion: a named seller leaving a religious group, to a Buddhist-goods dealer
MESSAGES.append({
    "id": "kobutsu-056", "expect": "stop",
    "sender": MURASE,
    "to": ["仏具のこだま 児玉様 <kodama@butsugu-kodama.co.jp>"],
    "subject": "仏壇・仏具一式の買取査定のご相談",
    "charset": "iso-2022-jp",
    "body": "児玉様\n\nいつもお世話になっております。ひので買取センターの村瀬です。\n"
            "仏壇・仏具の査定でご協力いただきたい案件がございます。\n\n"
            "お客様は練馬区の鬼頭 冬美様で、長年信仰されていた「光明真道会」を脱会されたため、\n"
            "同会の本尊と専用の仏壇・仏具一式を手放したいとのご意向です。\n"
            "教団の専用品のため、再販の可否も含めてご意見を伺えればと思います。\n\n"
            "写真は別途お送りします。来週、ご自宅での合同査定は可能でしょうか。\n" + SIG_MURASE,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's religious affiliation (信条) in one sentence to another company",
})

# 057 stop — a named crime victim, to the auction house
MESSAGES.append({
    "id": "kobutsu-057", "expect": "stop",
    "sender": KANO,
    "to": ["東都ブランドオークション 杉浦様 <sugiura@tohto-auction.co.jp>"],
    "subject": "Re: 落札品 HS-26-1144 の件",
    "charset": "iso-2022-jp",
    "body": "杉浦様\n\nご連絡ありがとうございます。嘉納です。\n"
            "ご指摘のカルティエ（HS-26-1144）ですが、警察に確認したところ、8月に杉並区の\n"
            "栗花落 光様のご自宅が空き巣被害に遭われた際の被害品と一致しました。\n"
            "栗花落様ご本人が被害届を出されており、警察から任意提出を求められています。\n\n"
            "落札者様には大変申し訳ありませんが、取引は取消とさせてください。\n"
            "落札代金の返金手続きは当社で負担いたします。\n\n嘉納",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names a person as the victim of a burglary: 犯罪被害の事実 is 要配慮個人情報",
})

# 058 pass — withdrawal of a lot for suspected theft, no person named
MESSAGES.append({
    "id": "kobutsu-058", "expect": "pass",
    "sender": HOZUMI,
    "to": ["東都ブランドオークション 出品管理 <shuppin@tohto-auction.co.jp>"],
    "subject": "出品取下げのお願い（HS-26-1188）",
    "charset": "cp932",
    "body": "出品管理ご担当者様\n\nお世話になっております。日の出産業の穂積です。\n"
            "10/8開催に出品予定の HS-26-1188（ROLEX GMTマスターII 126710BLRO）について、\n"
            "品触れとの照合で確認が必要となったため、出品を取り下げさせてください。\n"
            "現物は返送不要です。次回搬入時に引き取ります。\n"
            "取下げ手数料が発生する場合はご請求ください。\n\n穂積",
    "entities": [],
    "detectors": [],
    "note": "withdraws a lot over a stolen-goods check; no person named",
})

# 059 stop — tab-separated LINE inquiries to the chat-support outsourcer
_tsv = ["受付日時\tLINE表示名\t氏名\t電話\tメール\t品目"]
for n, ln, em, it in [("中島 由紀子", "ゆっこ", "yukiko.n1956@gmail.com", "着物"),
                      ("山崎 亮介", "Ryo", "ryosuke.y@icloud.com", "Nintendo Switch"),
                      ("今井 美香", "mika☆", "mika.imai@yahoo.co.jp", "ダイヤネックレス"),
                      ("青木 康弘", "あおき", "y-aoki@ezweb.ne.jp", "腕時計"),
                      ("原田 里美", "satomi", "satomi.harada@outlook.jp", "バッグ"),
                      ("西村 和夫", "西村", "k.nishimura@docomo.ne.jp", "切手")]:
    _tsv.append(f"9/1{rng.randrange(0, 9)} {rng.randrange(9, 22)}:{_d(2)[:1]}5\t{ln}\t{n}\t{mobile()}\t{em}\t{it}")
MESSAGES.append({
    "id": "kobutsu-059", "expect": "stop",
    "sender": HIGA,
    "to": ["チャットデスク 運用チーム <ops@chatdesk-support.jp>"],
    "subject": "LINE査定　折り返し未対応分の引継ぎ",
    "charset": "utf-8",
    "body": "チャットデスク 運用チーム様\n\nいつもありがとうございます。比嘉です。\n"
            "先週分で折り返しができていないお客様を以下にまとめました（Excelから貼り付けです）。\n"
            "本日中に一次回答をお願いできますか。\n\n" + "\n".join(_tsv) + "\n\n比嘉",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six customers' names, phones and e-mails pasted tab-separated to an outsourcer",
})

# 060 pass — internal shift table with staff mobiles
MESSAGES.append({
    "id": "kobutsu-060", "expect": "pass",
    "sender": MURASE,
    "to": ["新宿店スタッフ <shinjuku-staff@hinode-sangyo.co.jp>"],
    "subject": "10/3・4 出張買取会 シフトと緊急連絡先",
    "charset": "iso-2022-jp",
    "body": "新宿店のみなさん\n\n出張買取会のシフトです。当日の緊急連絡先も載せています。\n\n"
            "氏名\t10/3\t10/4\t携帯\n"
            f"村瀬\t8:30-18:00\t8:30-18:00\t{mobile()}\n"
            f"芦田\t8:30-18:00\t休\t{mobile()}\n"
            f"小野寺\t10:00-18:00\t10:00-18:00\t{mobile()}\n"
            f"辻本\t休\t8:30-18:00\t{mobile()}\n"
            f"吉岡（アルバイト）\t10:00-15:00\t10:00-15:00\t{mobile()}\n"
            f"張（アルバイト）\t13:00-18:00\t13:00-18:00\t{mobile()}\n\n"
            "ホテルの搬入口は地下1階です。村瀬",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "staff list with mobiles, internal recipients only",
})

# 061 stop — classification stamp at the top of the mail body
MESSAGES.append({
    "id": "kobutsu-061", "expect": "stop",
    "sender": KANO,
    "to": ["東都ブランドオークション 営業部長 熊谷様 <kumagai@tohto-auction.co.jp>"],
    "subject": "来期の出品計画（ご参考）",
    "charset": "iso-2022-jp",
    "body": "■機密区分：社外秘■\n\n熊谷様\n\n"
            "いつもお世話になっております。日の出産業の嘉納です。\n"
            "来期（2027年度）の当社出品計画の概要を共有いたします。\n\n"
            "　・年間出品点数：約14,000点（前年比 +18%）\n"
            "　・時計：月300点、うちROLEXが約45%\n"
            "　・バッグ：月650点、HERMESは自社オークションへ移管予定\n"
            "　・貴金属：地金は引き続き精錬会社へ直接売却\n\n"
            "手数料率のご相談を含め、10月中にお時間をいただけますと幸いです。\n\n"
            "日の出産業株式会社 リユース事業部長　嘉納 誠一郎",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is stamped 社外秘 and goes to an outside company",
})

# 062 pass — mentions 社外秘 without being marked
MESSAGES.append({
    "id": "kobutsu-062", "expect": "pass",
    "sender": KANO,
    "to": ["リユースマルシェ 山本様 <yamamoto@reuse-marche.co.jp>"],
    "subject": "Re: FC加盟のご検討について",
    "charset": "iso-2022-jp",
    "body": "山本様\n\nご検討いただきありがとうございます。嘉納です。\n"
            "お問い合わせの査定マニュアルですが、社外秘の扱いとなっておりますので、\n"
            "加盟契約および秘密保持契約の締結後にお渡ししております。ご了承ください。\n\n"
            "加盟金・ロイヤリティ等の条件は、添付の募集要項（公開版）のとおりです。\n"
            "説明会は毎月第3水曜日に本社で開催しております。\n\n"
            "日の出産業株式会社 リユース事業部長　嘉納 誠一郎",
    "attachments": [{"kind": "pdf", "name": "FC募集要項_公開版.pdf",
                     "lines": ["ひので買取センター フランチャイズ募集要項", "加盟金 300万円（税別）",
                               "ロイヤリティ 粗利の8%", "研修期間 4週間"]}],
    "entities": [],
    "detectors": [],
    "note": "says the manual is 社外秘 and is not being sent: a mention, not a marking",
})

# 063 stop — DOCX marked 極秘 in its header (acquisition memo) to the law firm
MESSAGES.append({
    "id": "kobutsu-063", "expect": "stop",
    "sender": KANO,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": [SAOTOME],
    "subject": "事業譲受けの検討メモ（デューデリジェンス範囲）",
    "charset": "iso-2022-jp",
    "body": "白川先生\n\nいつもお世話になっております。嘉納です。\n"
            "先日ご相談したリサイクルショップ事業の譲受けについて、検討メモをお送りします。\n"
            "古物商許可は承継できないため、当社許可での営業所追加の手続きも含めてご助言ください。\n\n嘉納",
    "attachments": [{"kind": "docx", "name": "事業譲受け検討メモ.docx", "page_header": "極秘",
                     "title": "極秘 事業譲受け検討メモ",
                     "paragraphs": ["【極秘】事業譲受け検討メモ", "対象：株式会社エコリユース東海（仮称「案件E」）",
                                    "店舗数：8（愛知県5、岐阜県2、三重県1）", "想定譲受価額：4.2億円～5.0億円",
                                    "論点：古物商許可の取得（各県公安委員会）、在庫の来歴確認、従業員の転籍"]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "a DOCX whose header and title carry 極秘, to an outside (partner) law firm",
})

# 064 pass — compliance question to the law firm, disclaimer at the end
MESSAGES.append({
    "id": "kobutsu-064", "expect": "pass",
    "sender": SAOTOME,
    "to": ["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    "subject": "古物営業法施行規則の改正と非対面取引の確認方法",
    "charset": "cp932",
    "body": "久我先生\n\nお世話になっております。早乙女です。\n"
            "非対面取引の本人確認方法について、施行規則の改正を踏まえた社内規程の見直しを\n"
            "進めております。次の2点についてご意見をいただけますでしょうか。\n\n"
            "1) eKYC（ホ方式）で取得した画像データの保存期間を、取引記録と同じ3年とすることの可否\n"
            "2) 本人限定受取郵便を廃止し、eKYCと本人名義口座への振込に一本化することのリスク\n\n"
            "規程案は来週お送りします。\n\n"
            "早乙女 聡\n日の出産業株式会社 法務部\n" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "a legal question with no personal data; the disclaimer is not a marking",
})

# 065 stop — legacy XLS of online-auction winners for shipping, to the courier
_xls = [["落札日", "商品番号", "落札者", "郵便番号", "住所", "電話", "サイズ"]]
for n, z, a in [("佐々木 恵", "166-0001", "東京都杉並区阿佐谷北一丁目5-9"),
                ("田村 祐介", "213-0001", "神奈川県川崎市高津区溝口三丁目8-2"),
                ("松尾 智子", "272-0034", "千葉県市川市市川一丁目19-6"),
                ("河野 陽菜", "150-0011", "東京都渋谷区東三丁目22-14"),
                ("竹内 直美", "112-0011", "東京都文京区千石二丁目27-3"),
                ("五十嵐 千尋", "060-0806", "北海道札幌市北区北六条西四丁目2-15-1104")]:
    _xls.append([f"9/1{rng.randrange(0, 6)}", f"YA-{_d(6)}", n, z, a, mobile(), rng.choice(["60", "80", "100"])])
MESSAGES.append({
    "id": "kobutsu-065", "expect": "stop",
    "sender": HOZUMI,
    "to": ["青葉運輸 法人出荷センター <shukka@aoba-unyu.co.jp>"],
    "subject": "ネットオークション落札品　一括出荷データ",
    "charset": "cp932",
    "body": "青葉運輸 法人出荷センター御中\n\n日の出産業 EC課の穂積です。\n"
            "今週のネットオークション落札品の出荷データです。送り状システムに取り込む形式（xls）で\n"
            "お送りします。集荷は明日15時でお願いします。\n\n穂積",
    "attachments": [{"kind": "xls", "name": "shukka_0916.xls", "sheets": {"出荷": _xls}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six winning bidders' addresses and phones in a legacy .xls",
})

# 066 either — sole-proprietor dealers (個人事業主) with their mobiles
_dealers = [["屋号", "代表者", "古物商許可番号", "携帯", "主な取扱"]]
for shop, n, pref in [("リサイクル八雲", "八雲 正樹", "第4521"), ("古道具みなみ", "南 洋平", "第3091"),
                      ("ブランドショップ凛", "佐伯 凛", "第3041"), ("カメラのあさひ堂", "朝日 公一", "第4331"),
                      ("骨董 よしの", "吉野 千代子", "第3051"), ("ゲームショップ KAZU", "篠原 一樹", "第3071")]:
    _dealers.append([shop, n, f"{pref}{_d(8)}号", mobile(), rng.choice(["時計", "カメラ", "骨董", "ゲーム", "ブランド"])])
MESSAGES.append({
    "id": "kobutsu-066", "expect": "either",
    "sender": AUCTION,
    "to": ["関東古物市場 事務局 <jimukyoku@kanto-kobutsu-ichiba.jp>"],
    "subject": "合同市の参加業者一覧（当社会員分）",
    "charset": "cp932",
    "body": "関東古物市場 事務局様\n\nお世話になっております。ひのでオークション事務局です。\n"
            "11月の合同市に参加する当社会員（個人事業主の方々）の一覧を添付します。\n"
            "入場証の発行をお願いいたします。\n\nひのでオークション事務局",
    "attachments": [{"kind": "csv", "name": "合同市_参加業者.csv", "encoding": "cp932", "rows": _dealers}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six dealers who are sole proprietors: businesses, but each row is a person's name and mobile",
})

# 067 either — one seller's name and address with only the last 4 digits of her licence
MESSAGES.append({
    "id": "kobutsu-067", "expect": "either",
    "sender": ONODERA,
    "to": ["東都ブランドオークション 審査課 <shinsa@tohto-auction.co.jp>"],
    "subject": "Re: 出品物の来歴確認（HS-26-1203 ピコタンロック）",
    "charset": "cp932",
    "body": "審査課ご担当者様\n\nお世話になっております。日の出産業の小野寺です。\n"
            "ご照会の HS-26-1203 の仕入来歴は以下のとおりです。\n\n"
            "　仕入日　　：2026年8月9日（宅配買取）\n"
            "　売主　　　：鬼頭 冬美 様（神奈川県横浜市港北区日吉本町二丁目5-3）\n"
            "　本人確認　：運転免許証（番号下4桁 ****-****-3418）＋本人名義口座への振込\n"
            "　購入時資料：百貨店のレシート写し（2019年）あり\n\n"
            "以上、よろしくお願いいたします。\n" + SIG_ONODERA,
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one seller's name and address with a masked licence number: one record, partial ID; judgement call",
})

# 068 either — a deceased person's hospital stay, to the heirs' lawyer
MESSAGES.append({
    "id": "kobutsu-068", "expect": "either",
    "sender": MURASE,
    "to": ["大橋総合法律事務所 大橋先生 <ohashi@ohashi-sogo-law.jp>"],
    "subject": "故 唐牛 隆 様の遺品買取について",
    "charset": "iso-2022-jp",
    "body": "大橋先生\n\nお世話になっております。ひので買取センターの村瀬です。\n"
            "相続人代表の方から、先生を窓口にするよう伺いましたのでご連絡いたします。\n\n"
            "故 唐牛 隆 様（品川区戸越）は、7月に肺がんで入院されてから亡くなるまでの間に、\n"
            "当店へカメラ3点をお持込みになっていました（8/17、買取金額 165,000円）。\n"
            "ご遺族から、入院中の判断能力について疑義があるとのお話があり、当時の取引記録の\n"
            "開示をご希望されています。開示の範囲についてご相談させてください。\n" + SIG_MURASE,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "medical history of a deceased seller (APPI covers the living) told to the heirs' lawyer",
})

# 069 stop — CSV (cp932) with kana names and 和暦 birthdays in mixed forms, to a research firm
_rows69 = [["ｶｲｲﾝNO", "ｼﾒｲ", "ｾｲﾈﾝｶﾞｯﾋﾟ", "TEL", "ｼﾞｭｳｼｮ1"]]
for kana, dob in [("ｼｮｳｼﾞ ｽﾐﾚ", "Ｈ２．１１．３"), ("ｲｶﾞﾘ ﾖｳｺ", "S58.4.2"), ("ﾋﾗﾉ ﾀﾞｲｽｹ", "H4.8.19"),
                  ("ﾔﾏｻﾞｷ ﾘｮｳｽｹ", "S61.12.30"), ("ｺｲｹ ﾊﾙｶ", "H11.4.30"), ("ｷﾀﾑﾗ ﾏｻｼ", "S27.10.17"),
                  ("ﾊﾆｭｳﾀﾞ ﾅｵ", "H18.2.9")]:
    _rows69.append([f"{_d(8)}", kana, dob, mobile().replace("-", ""),
                    rng.choice(["東京都新宿区高田馬場3-1-8", "東京都北区王子本町1-9-2", "愛知県名古屋市中区栄4-5-19",
                                "福岡県福岡市博多区博多駅前2-10-7", "神奈川県横浜市都筑区中川中央1-2-1"])])
MESSAGES.append({
    "id": "kobutsu-069", "expect": "stop",
    "sender": HOZUMI,
    "to": ["みなとリサーチ 分析チーム <analysis@minato-research.co.jp>"],
    "subject": "顧客分析用データ（旧POS抽出）",
    "charset": "cp932",
    "body": "みなとリサーチ 分析チーム様\n\nお世話になっております。日の出産業の穂積です。\n"
            "旧POSからの抽出データ（サンプル7件）をお送りします。生年月日が和暦の略記で\n"
            "混在していますが、年代分析用に西暦変換をお願いできますでしょうか。\n\n穂積",
    "attachments": [{"kind": "csv", "name": "pos_kaiin_sample.csv", "encoding": "cp932", "rows": _rows69}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven members with half-width kana names, 和暦 birthdays (Ｈ２．１１．３, S58.4.2) and phones",
})

# 070 pass — stock CSV for the EC mall
MESSAGES.append({
    "id": "kobutsu-070", "expect": "pass",
    "sender": HOZUMI,
    "to": ["楽市モール 出店者サポート <shop-support@rakuichi-mall.jp>"],
    "subject": "在庫一括登録CSVのエラーについて",
    "charset": "utf-8",
    "body": "楽市モール 出店者サポート御中\n\n店舗ID rk-hinode-reuse の穂積です。\n"
            "在庫一括登録で「col 6: invalid value」のエラーが出ます。該当のCSVを添付しますので、\n"
            "原因をご確認いただけますか。状態ランクの列（S/A/AB/B/C）が原因かと思っています。\n\n穂積",
    "attachments": [{"kind": "csv", "name": "stock_upload_0914.csv", "encoding": "utf-8",
                     "rows": [["sku", "brand", "title", "model", "condition", "rank", "price", "stock"],
                              ["HS-26-0881", "GUCCI", "GGマーモント ショルダー", "443497", "used", "AB", "89800", "1"],
                              ["HS-26-0882", "PRADA", "サフィアーノ 長財布", "1MH132", "used", "B", "24800", "1"],
                              ["HS-26-0883", "Nikon", "Z6II ボディ", "Z6II", "used", "A", "168000", "1"],
                              ["HS-26-0884", "SEIKO", "プロスペックス SBDC101", "SBDC101", "used", "S", "98000", "1"]]}],
    "entities": [],
    "detectors": [],
    "note": "product stock data; no people",
})

# 071 stop — new text above a police quote adds five sellers
_five = []
for n, dob, a in [("山崎 亮介", "1986/12/30", "福岡県福岡市博多区博多駅前二丁目10-7"),
                  ("平野 大輔", "1992/08/19", "愛知県名古屋市中区栄四丁目5-19"),
                  ("篠原 一樹", "1990/01/25", "東京都江東区豊洲五丁目6-15"),
                  ("吉野 千代子", "1949/03/03", "東京都台東区谷中三丁目2-6"),
                  ("南 洋平", "1983/05/11", "千葉県松戸市松戸1180-4")]:
    _five.append(f"　{n}　{dob}生　{a}　{mobile()}")
MESSAGES.append({
    "id": "kobutsu-071", "expect": "stop",
    "sender": MURASE,
    "to": [POLICE_B],
    "subject": "Re: Nintendo Switch 大量持込みの件（追加照会）",
    "charset": "utf-8",
    "body": "高遠様\n\nお世話になっております。村瀬です。\n"
            "追加でご照会のあった期間（8/1～8/31）に、Nintendo Switch本体を3台以上まとめて\n"
            "売却された方は以下の5名でした。\n\n" + "\n".join(_five) + "\n\n"
            "いずれも運転免許証で本人確認済みです。台帳の写しが必要であればお申し付けください。\n"
            + SIG_MURASE + "\n\n"
            "> 村瀬様\n> 先日はご協力ありがとうございました。\n"
            "> 追加で、8月中にSwitch本体を3台以上売却した者の一覧をいただけますでしょうか。\n"
            "> 東若葉警察署 刑事課 高遠\n",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the new text (not the quote) lists five sellers with birthdays, addresses and phones",
})

# 072 pass — reply to the police; the suspect and his arrest are only in the quote
MESSAGES.append({
    "id": "kobutsu-072", "expect": "pass",
    "sender": OKOCHI,
    "to": [POLICE_A],
    "subject": "Re: 被疑者の持込み有無について（照会）",
    "charset": "iso-2022-jp",
    "body": "的場様\n\nご連絡ありがとうございます。大河内です。\n"
            "全店の台帳を確認のうえ、9/16（水）までに書面でご回答いたします。\n"
            "防犯カメラ映像は各店30日間保存しておりますので、該当日があればお知らせください。\n"
            + SIG_OKOCHI + "\n\n"
            "差出人: 若葉県警察本部 生活経済課 的場\n送信日時: 2026年9月11日 16:40\n"
            "宛先: o.okochi@hinode-sangyo.co.jp\n件名: 被疑者の持込み有無について（照会）\n\n"
            "日の出産業株式会社 大河内様\n\n"
            "窃盗事件で9月9日に逮捕した 漆原 和也（38）が、盗んだ貴金属を都内の買取店で\n"
            "換金したと供述しています。貴社各店における同人からの買取の有無をご確認ください。\n"
            "前科2犯のため、偽名の可能性もあります。\n",
    "entities": [],
    "detectors": [],
    "note": "the suspect's arrest and record are only in the quoted police mail; new text has no personal data",
})

# 073 stop — 転送 of the police mail to another market: the arrest becomes new text
MESSAGES.append({
    "id": "kobutsu-073", "expect": "stop",
    "sender": OKOCHI,
    "to": ["関東古物市場 事務局長 戸川様 <togawa@kanto-kobutsu-ichiba.jp>"],
    "subject": "転送: 被疑者の持込み有無について（照会）",
    "charset": "iso-2022-jp",
    "body": "戸川様\n\n大河内です。警察から当社に来た照会を参考までに転送します。\n"
            "貴市場の出品者にも同人が紛れていないか、ご確認いただいた方がよいかもしれません。\n\n"
            "-------- 転送メッセージ --------\n"
            "差出人: 若葉県警察本部 生活経済課 的場\n送信日時: 2026年9月11日 16:40\n"
            "件名: 被疑者の持込み有無について（照会）\n\n"
            "日の出産業株式会社 大河内様\n\n"
            "窃盗事件で9月9日に逮捕した 漆原 和也（38）が、盗んだ貴金属を都内の買取店で\n"
            "換金したと供述しています。貴社各店における同人からの買取の有無をご確認ください。\n"
            "前科2犯のため、偽名の可能性もあります。\n",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a forward is new text: a named person's arrest and criminal record go to another organisation",
})

# 074 stop — three co-heirs on different free mail, all in To
MESSAGES.append({
    "id": "kobutsu-074", "expect": "stop",
    "sender": MURASE,
    "to": ["唐牛 真理子 <mariko.karoji@gmail.com>", "唐牛 健 <ken.karoji@yahoo.co.jp>",
           "三浦 佳代 <kayo-miura@icloud.com>"],
    "subject": "お父様のカメラ・レンズ 査定結果のご報告",
    "charset": "iso-2022-jp",
    "body": "相続人の皆様\n\nこのたびはご依頼いただきありがとうございます。ひので買取センターの村瀬です。\n"
            "先日お預かりしたカメラ・レンズ計14点の査定結果をご報告いたします。\n\n"
            "　Leica M3 ボディ　　　　　　　 185,000円\n"
            "　Summicron 50mm F2　　　　　　 92,000円\n"
            "　Nikon F ボディ ほか12点　　　 148,000円\n"
            "　合計　　　　　　　　　　　　 425,000円\n\n"
            "ご成約の場合、お支払いは相続人代表の方の口座へのお振込となります。\n"
            "皆様でご相談のうえ、ご返信ください。\n" + SIG_MURASE,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private persons see each other's addresses in To",
})

# 075 pass — a seller and her son, two private recipients
MESSAGES.append({
    "id": "kobutsu-075", "expect": "pass",
    "sender": ONODERA,
    "to": ["中島 由紀子 <yukiko.n1956@gmail.com>"],
    "cc": ["中島 拓海 <takumi.nakajima@icloud.com>"],
    "subject": "Re: 着物の査定について（息子さまにもCCしております）",
    "charset": "utf-8",
    "body": "中島 由紀子 様\n（CC：中島 拓海 様）\n\n"
            "お世話になっております。ひので買取センターの小野寺です。\n"
            "ご依頼どおり、息子さまにもCCでお送りしております。\n\n"
            "お預かりした着物・帯 計22点の査定額は 合計 38,400円 です。\n"
            "大島紬2点に値段がつきましたが、それ以外は1点あたり数百円となります。\n"
            "お持ち帰りをご希望のお品があれば、お知らせください。\n" + SIG_ONODERA,
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "two private recipients (mother and son): fewer than three parties",
})

# 076 stop — PDF table of five transfers to sellers, to the outside tax accountant
_t76 = [["支払日", "受付番号", "受取人", "金融機関", "支店", "種目", "口座番号", "金額"]]
for n, bank, br in [("四十物 玲奈", "みどり銀行", "阿佐谷支店"), ("薬袋 健司", "若葉信用金庫", "本店営業部"),
                    ("小鳥遊 湊", "ひかり銀行", "新宿西口支店"), ("十河 雅美", "みどり銀行", "船橋支店"),
                    ("雲母 沙耶", "ゆうちょ銀行", "〇一八支店"), ("九十九 蓮", "さくら中央銀行", "浦和支店")]:
    _t76.append([f"9/{rng.randrange(1, 15)}", f"T26-0{_d(4)}", n, bank, br, "普通", acct(),
                 yen(amount(5000, 200000))])
MESSAGES.append({
    "id": "kobutsu-076", "expect": "stop",
    "sender": KUWABARA,
    "to": ["吉野税理士事務所 吉野先生 <yoshino@yoshino-zeirishi.jp>"],
    "subject": "9月前半 買取代金支払明細（ご確認用）",
    "charset": "iso-2022-jp",
    "body": "吉野先生\n\nいつもお世話になっております。経理部の桑原です。\n"
            "ご依頼のあった、宅配買取の支払明細（9月前半・抜粋）をPDFでお送りします。\n"
            "仕入計上のタイミングについて、来週のご訪問時にご相談させてください。\n" + SIG_KUWABARA,
    "attachments": [{"kind": "pdf", "name": "買取代金支払明細_202609前半.pdf",
                     "lines": ["買取代金 支払明細（抜粋）", "日の出産業株式会社 経理部", ""],
                     "table": _t76}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "six sellers' bank accounts in a PDF table to an outside accountant",
})

# 077 pass — invoice PDF with our T-number and company bank account
_t77 = "T" + corporate_number("010401" + _d(6))
MESSAGES.append({
    "id": "kobutsu-077", "expect": "pass",
    "sender": KUWABARA,
    "to": ["東都ブランドオークション 経理部 <keiri@tohto-auction.co.jp>"],
    "subject": "請求書送付のご案内（9月分 落札商品代金）",
    "charset": "iso-2022-jp",
    "body": "東都ブランドオークション株式会社\n経理部 御中\n\n"
            "いつもお世話になっております。日の出産業 経理部の桑原です。\n"
            "9月分の請求書（No. HS-INV-2026-0930）をお送りいたします。\n"
            "お支払期日は10月31日です。ご査収のほどよろしくお願いいたします。\n" + SIG_KUWABARA,
    "attachments": [{"kind": "pdf", "name": "請求書_HS-INV-2026-0930.pdf",
                     "lines": ["請求書", "東都ブランドオークション株式会社 御中", "請求番号 HS-INV-2026-0930",
                               "日の出産業株式会社", f"登録番号 {_t77}",
                               "〒105-0013 東京都港区浜松町二丁目8番3号 TEL 03-5402-7100",
                               "ご請求金額 8,613,500円（税込）",
                               "お振込先：みどり銀行 浜松町支店 普通 3318204 ヒノデサンギヨウ（カ"],
                     "table": [["品目", "数量", "金額"], ["9/10開催 出品手数料返金差引後 売上", "1式", "7,830,455"],
                               ["消費税（10%）", "", "783,045"]]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "an invoice with the company's registration number and company bank account: business data",
})

# 078 stop — bullets of five sellers' accounts to the payment-outsourcing BPO
_b78 = []
for n, k in [("森田 勝", "ﾓﾘﾀ ﾏｻﾙ"), ("原田 里美", "ﾊﾗﾀﾞ ｻﾄﾐ"), ("青木 康弘", "ｱｵｷ ﾔｽﾋﾛ"),
             ("今井 美香", "ｲﾏｲ ﾐｶ"), ("北村 正志", "ｷﾀﾑﾗ ﾏｻｼ")]:
    _b78.append(f"・{n} 様　みどり銀行 {rng.choice(['本店', '新宿支店', '吉祥寺支店', '三鷹支店'])}"
                f" 普通 {acct()}（{k}）　{yen(amount(20000, 500000))}円")
MESSAGES.append({
    "id": "kobutsu-078", "expect": "stop",
    "sender": KUWABARA,
    "to": ["経理BPOセンター 振込代行チーム <furikomi@keiri-bpo.co.jp>"],
    "subject": "【至急】出張買取会分 振込依頼（5件）",
    "charset": "iso-2022-jp",
    "body": "振込代行チーム ご担当者様\n\nお世話になっております。日の出産業の桑原です。\n"
            "出張買取会でお振込を希望されたお客様分です。本日15時までの処理をお願いします。\n\n"
            + "\n".join(_b78) + "\n\n振込手数料は当社負担でお願いします。\n" + SIG_KUWABARA,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "five sellers' bank accounts as bullets in the body to an outsourcer",
})

# 079 pass — one reversed transfer (組戻し) for one seller, to the bank
MESSAGES.append({
    "id": "kobutsu-079", "expect": "pass",
    "sender": KUWABARA,
    "to": ["みどり銀行 法人営業部 外山様 <toyama@midori-ginko.co.jp>"],
    "subject": "組戻しのご依頼（9/15実行分 1件）",
    "charset": "iso-2022-jp",
    "body": "外山様\n\nお世話になっております。桑原です。\n"
            "9/15実行分のうち1件が口座相違で返却されましたので、正しい口座で再振込をお願いします。\n\n"
            "　受取人　：ツクモ レン（九十九 蓮 様）\n"
            f"　誤　　　：さくら中央銀行 浦和支店 普通 {acct()}\n"
            f"　正　　　：さくら中央銀行 浦和支店 普通 {acct()}\n"
            "　金額　　：21,800円\n\n"
            "組戻し手数料は当社口座からの引落しで結構です。\n" + SIG_KUWABARA,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "one seller's account to the partner bank: one person's record, may warn but goes",
})

# 080 stop — internal report with one Cc on a look-alike (dropped co.)
MESSAGES.append({
    "id": "kobutsu-080", "expect": "stop",
    "sender": MURASE,
    "to": [KANO, OKOCHI],
    "cc": ["芦田 洋介 <y.ashida@hinode-sangyo.jp>"],
    "subject": "新宿店 週報（9/7～9/13）",
    "charset": "iso-2022-jp",
    "body": "嘉納部長、大河内室長\n\n新宿店の週報です。\n\n"
            "　買取件数　　 312件（前週比 +8%）\n"
            "　買取金額　　 18,420,000円\n"
            "　うち貴金属　 9,880,000円（金相場高で持込み増）\n"
            "　不正品申告　 1件（9/10、警察へ申告済み・買取なし）\n"
            "　品触れ照合　 該当なし\n\n"
            "来週は出張買取会の準備で人員を2名ホテル側に回します。\n\n村瀬",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.jp in Cc: our own domain with the co. dropped",
})

# 081 pass — internal subdomain address, ledger attachment with licence numbers
_l81 = [["受付", "日付", "売主", "住所", "生年月日", "確認書類", "番号", "品目", "代価"]]
for n, a, b in [("五十嵐 千尋", "北海道札幌市北区北六条西四丁目2-15", "1994-02-17"),
                ("一尺八寸 敏行", "宮城県仙台市青葉区中央三丁目8-2", "1968-09-01"),
                ("菅原 徹", "東京都北区王子本町一丁目9-2", "1988-01-16"),
                ("平野 大輔", "愛知県名古屋市中区栄四丁目5-19", "1992-08-19"),
                ("竹内 直美", "東京都文京区千石二丁目27-3", "1972-10-09"),
                ("山崎 亮介", "福岡県福岡市博多区博多駅前二丁目10-7", "1986-12-30")]:
    _l81.append([f"T26-0{_d(4)}", f"2026-09-{rng.randrange(1, 13):02d}", n, a, b, "運転免許証", licence(rng.choice(["10", "22", "30", "54", "90"])),
                 rng.choice(["ブランドバッグ", "腕時計", "ゲーム機", "貴金属"]), amount(5000, 300000)])
MESSAGES.append({
    "id": "kobutsu-081", "expect": "pass",
    "sender": HIGA,
    "to": ["宅配買取 台帳管理 <daicho@mail.hinode-sangyo.co.jp>"],
    "cc": [ONODERA],
    "subject": "宅配買取 取引記録（9/1～9/12）",
    "charset": "utf-8",
    "body": "台帳管理ご担当\n\n宅配買取分の取引記録（9/1～9/12）です。\n"
            "非対面取引の確認方法はすべて「免許証写し＋本人名義口座への振込」です。\n\n比嘉",
    "attachments": [{"kind": "xlsx", "name": "宅配買取_取引記録_0901-0912.xlsx",
                     "sheets": {"取引記録": _l81, "集計": [["件数", 6], ["合計", "=SUM(取引記録!I2:I7)"]]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": [],
    "note": "recipients are internal (a subdomain of hinode-sangyo.co.jp and a colleague)",
})

# 082 stop — returning a filled application form to the seller: it holds his My Number
_mn82 = mn()
MESSAGES.append({
    "id": "kobutsu-082", "expect": "stop",
    "sender": TAKUHAI,
    "to": ["唐牛 健 <ken.karoji@ezweb.ne.jp>"],
    "subject": "買取申込書の再提出のお願い",
    "charset": "iso-2022-jp",
    "body": "唐牛 健 様\n\nお世話になっております。ひので買取センター 宅配買取窓口です。\n"
            "ご提出いただいた買取申込書の「本人確認書類の番号」欄に個人番号（マイナンバー）が\n"
            "記載されておりました。当社では個人番号をお預かりすることができませんので、\n"
            "いただいた内容を添付のファイルでお返しします。運転免許証番号などに書き換えて、\n"
            "再度ご提出をお願いいたします。\n" + SIG_HIGA,
    "attachments": [{"kind": "docx", "name": "買取申込書_T26-09233.docx",
                     "paragraphs": ["買取申込書（宅配買取）", "受付番号 T26-09233"],
                     "tables": [[["お名前", "唐牛 健"], ["フリガナ", "カロウジ ケン"],
                                 ["生年月日", "昭和５４年６月２日"],
                                 ["ご住所", "東京都品川区戸越五丁目9-14"],
                                 ["電話番号", fw(mobile())],
                                 ["本人確認書類", "マイナンバーカード"],
                                 ["書類の番号", _mn82]]]}],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "the returned DOCX still carries the seller's マイナンバー: any My Number stops",
})

# 083 pass — blank application form to the printer (labels only)
MESSAGES.append({
    "id": "kobutsu-083", "expect": "pass",
    "sender": HIGA,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "買取申込書（改訂版）の印刷のお願い",
    "charset": "utf-8",
    "body": "錦印刷 営業部ご担当者様\n\nお世話になっております。ひので買取センターの比嘉です。\n"
            "キットに同梱する買取申込書を改訂しました。「書類の番号」欄の下に\n"
            "「※マイナンバー（個人番号）は記入しないでください」の注意書きを追加しています。\n"
            "A4片面・複写なしで 10,000部、見積りをお願いします。\n" + SIG_HIGA,
    "attachments": [{"kind": "docx", "name": "買取申込書_改訂版_v3.docx",
                     "paragraphs": ["買取申込書（宅配買取）", "受付番号 ________"],
                     "tables": [[["お名前", ""], ["フリガナ", ""], ["生年月日", "昭和・平成・令和　　年　　月　　日"],
                                 ["ご住所", "〒"], ["電話番号", ""], ["本人確認書類", "運転免許証・パスポート・その他（　　）"],
                                 ["書類の番号", "※マイナンバー（個人番号）は記入しないでください"],
                                 ["振込先", "銀行名　　　支店名　　　普通・当座　口座番号"]]]}],
    "entities": [],
    "detectors": [],
    "note": "a blank form: field labels without anyone's data",
})

# 084 stop — XLSX without names: member ID, birthdays, phones (title row, two sheets)
_s84 = [["2026年8月 買取会員 属性データ（分析用・氏名なし）"], [],
        ["会員ID", "性別", "生年月日", "電話番号", "居住地", "来店回数", "累計買取額"]]
for _ in range(9):
    _s84.append([f"HM{_d(7)}", rng.choice(["男", "女"]),
                 f"{rng.randrange(1945, 2005)}/{rng.randrange(1, 13)}/{rng.randrange(1, 29)}", mobile(),
                 rng.choice(["新宿区", "杉並区", "川崎市中原区", "さいたま市浦和区", "船橋市"]),
                 rng.randrange(1, 30), amount(5000, 900000)])
MESSAGES.append({
    "id": "kobutsu-084", "expect": "stop",
    "sender": HOZUMI,
    "to": ["ブライトウェーブ 伊集院様 <ijuin@brightwave-ad.co.jp>"],
    "subject": "ターゲティング広告用の会員属性データ",
    "charset": "iso-2022-jp",
    "body": "伊集院様\n\nお世話になっております。穂積です。\n"
            "ご依頼の会員属性データ（8月アクティブ会員のうちサンプル）をお送りします。\n"
            "氏名は抜いてあります。電話番号は広告プラットフォームのマッチング用です。\n\n穂積",
    "attachments": [{"kind": "xlsx", "name": "会員属性_202608_sample.xlsx",
                     "sheets": {"属性": _s84,
                                "集計": [["年代", "人数"], ["20代", 2], ["30代", 2], ["40代", 1], ["50代以上", 4]]}}],
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "nine members' birth dates and phones with no name column: a list of people",
})

# 085 pass — sales summary by shop and category to the same agency
MESSAGES.append({
    "id": "kobutsu-085", "expect": "pass",
    "sender": HOZUMI,
    "to": ["ブライトウェーブ 伊集院様 <ijuin@brightwave-ad.co.jp>"],
    "subject": "8月 店舗別・カテゴリ別 買取実績",
    "charset": "iso-2022-jp",
    "body": "伊集院様\n\n広告効果測定用の8月実績です。\n\n穂積",
    "attachments": [{"kind": "xlsx", "name": "買取実績_202608.xlsx",
                     "sheets": {"店舗別": [["店舗", "件数", "買取額"], ["新宿", 1288, 74210000], ["池袋東口", 903, 41800000],
                                         ["横浜西口", 761, 38120000], ["大宮", 512, 22040000],
                                         ["若葉駅前", 344, 13360000], ["船橋", 420, 17990000]],
                                "カテゴリ別": [["カテゴリ", "件数", "構成比"], ["貴金属", 1402, "33%"],
                                           ["時計", 598, "21%"], ["バッグ", 1120, "26%"], ["その他", 1108, "20%"]]}}],
    "entities": [],
    "detectors": [],
    "note": "aggregate figures by shop and category: no people",
})

# 086 stop — English list of five consignors (romaji names, e-mails, phones) to a US dealer
_c86 = []
for nm, em in [("Rena AIMONO", "reina.aimono@gmail.com"), ("Kenji MINAI", "k-minai@yahoo.co.jp"),
               ("Sayaka KIRARA", "sayaka.kirara@icloud.com"), ("Ren TSUKUMO", "ren.tsukumo@outlook.jp"),
               ("Hikaru TSUYURI", "h.tsuyuri@gmail.com")]:
    _c86.append(f"  {nm:<16} {em:<28} +81-{mobile()[1:]}")
MESSAGES.append({
    "id": "kobutsu-086", "expect": "stop",
    "sender": SHIRAISHI,
    "to": ["Daniel Brooks <dbrooks@westcoast-vintage.com>"],
    "subject": "Vintage camera consignors - direct contact list",
    "charset": "utf-8",
    "body": "Hi Daniel,\n\nAs discussed, these private collectors agreed to sell their vintage Leica and\n"
            "Nikon items through your store on consignment. Here are their contacts so your team\n"
            "can arrange the photo shoots directly:\n\n"
            "  Name             E-mail                       Phone\n"
            "  ---------------- ---------------------------- ----------------\n"
            + "\n".join(_c86) + "\n\nThey all prefer e-mail in Japanese or simple English.\n" + SIG_SHIRAISHI,
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five private consignors (romaji names) with e-mails and phones sent abroad",
})

# 087 pass — English mail to a gem lab: certificate and reference numbers only
MESSAGES.append({
    "id": "kobutsu-087", "expect": "pass",
    "sender": SHIRAISHI,
    "to": ["Client Services <clients@gemlab-hk.com>"],
    "subject": "Re: Grading results for job #HK-552871",
    "charset": "utf-8",
    "body": "Dear Client Services,\n\nThank you for the grading reports. We confirm receipt of:\n\n"
            "  - Report 2241873390: 1.02 ct, F, VS1, Excellent\n"
            "  - Report 2241873391: 0.71 ct, H, SI1, Very Good\n"
            "  - Report 2241873392: 2.15 ct, G, VVS2, Excellent (laser inscription verified)\n\n"
            "Please return the stones by insured courier to our Tokyo office (account HS-0091).\n"
            + SIG_SHIRAISHI + "\n\n"
            "On Sep 10, 2026, at 18:22, Client Services <clients@gemlab-hk.com> wrote:\n"
            "> Dear Mr Shiraishi, the grading for job #HK-552871 is complete. Reports attached.\n",
    "entities": [],
    "detectors": [],
    "note": "gem certificate numbers and an order reference: no people",
})

# 088 stop — damage dispute: auction house, buyer company and courier in To/Cc
MESSAGES.append({
    "id": "kobutsu-088", "expect": "stop",
    "sender": HOZUMI,
    "to": ["東都ブランドオークション 杉浦様 <sugiura@tohto-auction.co.jp>",
           "丸福商事 仕入部 <shiire@marufuku-shoji.co.jp>"],
    "cc": ["青葉運輸 事故受付 <jiko@aoba-unyu.co.jp>"],
    "subject": "落札品 HS-26-1202 輸送中破損の件",
    "charset": "iso-2022-jp",
    "body": "関係各位\n\nお世話になっております。日の出産業の穂積です。\n"
            "9/10落札の HS-26-1202（CHANEL マトラッセ25）について、丸福商事様への配送中に\n"
            "外箱が潰れ、チェーン部分に変形があったとのご連絡をいただきました。\n\n"
            "　伝票番号：4471-3355-0918\n"
            "　発送日　：9/11\n\n"
            "青葉運輸様には事故受付をお願いしております。補償の範囲が決まるまで、\n"
            "落札代金のお支払いは保留としてください。三者で一度お電話できれば幸いです。\n\n"
            "穂積 かおり\n日の出産業株式会社 リユース事業部 EC・卸販売課",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations can see each other in To/Cc",
})

# 089 pass — internal note about an arrested seller (要配慮), internal only
MESSAGES.append({
    "id": "kobutsu-089", "expect": "pass",
    "sender": OKOCHI,
    "to": ["買取センター全店長 <kaitori-tencho@hinode-sangyo.co.jp>"],
    "subject": "【全店周知】来店時の注意（特定の売主について）",
    "charset": "iso-2022-jp",
    "body": "全店長各位\n\n警察からの照会で、9/9に窃盗容疑で逮捕された 漆原 和也（38）が、\n"
            "過去に当社2店舗で貴金属を売却していたことが分かりました（8月、計3回）。\n"
            "同人は前科があり、偽名を使う可能性もあるとのことです。\n"
            "似た人物の来店があった場合は、買取を保留し、コンプライアンス室に連絡してください。\n\n"
            "※本件は社内限りとし、他社・お客様には口外しないでください。\n\n大河内",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a named person's arrest, but every recipient is internal",
})

# 090 stop — 【取扱注意】 in the subject, sent to another market
MESSAGES.append({
    "id": "kobutsu-090", "expect": "stop",
    "sender": MURASE,
    "to": ["関東古物市場 事務局 <jimukyoku@kanto-kobutsu-ichiba.jp>"],
    "subject": "【取扱注意】品触れ対象品の照合結果（当社分）",
    "charset": "iso-2022-jp",
    "body": "関東古物市場 事務局様\n\nお世話になっております。ひので買取センターの村瀬です。\n"
            "合同市の出品物のうち、当社出品分を品触れ（若生経品第２２号）と照合した結果をお送りします。\n\n"
            "　照合点数　：時計 34点、バッグ 58点\n"
            "　該当　　　：なし\n"
            "　要確認　　：1点（ROLEX 126234、シリアル末尾不一致のため対象外と判断）\n\n"
            "以上です。\n" + SIG_MURASE,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject carries the classification 【取扱注意】; goes to an outside market",
})

# 091 pass — rate revision with the courier, Japanese disclaimer
MESSAGES.append({
    "id": "kobutsu-091", "expect": "pass",
    "sender": HIGA,
    "to": ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
    "subject": "Re: 10月からの集荷料金改定について",
    "charset": "cp932",
    "body": "青葉運輸 法人営業ご担当者様\n\nご案内ありがとうございます。比嘉です。\n"
            "改定後の料金表、拝見しました。宅配買取キットの返送（着払い）は月に約2,800個あり、\n"
            "100サイズの単価について、従来どおりの契約単価を維持いただけないかご相談させてください。\n\n"
            "　現行　100サイズ 880円 → 改定案 960円\n"
            "　　　　120サイズ 1,050円 → 改定案 1,140円\n\n"
            "来週のご訪問時にお話しできれば幸いです。\n" + SIG_HIGA + "\n" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "rate negotiation with a standard disclaimer",
})

# 092 stop — one customer's dialysis schedule told to the subcontracted appraisers
MESSAGES.append({
    "id": "kobutsu-092", "expect": "stop",
    "sender": MURASE,
    "to": ["できる査定 配車担当 <haisha@dekiru-satei.co.jp>"],
    "subject": "出張査定 日程変更（吉野様）",
    "charset": "iso-2022-jp",
    "body": "配車ご担当様\n\n村瀬です。9/26の出張査定、日程変更のお願いです。\n\n"
            "吉野 千代子 様（東京都台東区谷中三丁目2-6、" + land("03") + "）は\n"
            "人工透析を受けておられ、火・木・土の午後は病院のためご不在とのことです。\n"
            "9/28（月）10時に変更をお願いします。玄関の段差が大きいので、\n"
            "車椅子のお客様の介助は不要とのことですが、ゆっくりご対応ください。\n\n村瀬",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named customer's medical treatment (dialysis) and wheelchair use: 要配慮, even for one person",
})

# 093 stop — corrupt DOCX contract to the estate-clearing partner
MESSAGES.append({
    "id": "kobutsu-093", "expect": "stop",
    "sender": KANO,
    "to": ["ひかり不動産 遺品整理事業部 <ihin@hikari-fudosan.co.jp>"],
    "subject": "業務提携契約書（案）の送付",
    "charset": "iso-2022-jp",
    "body": "ひかり不動産株式会社 遺品整理事業部 ご担当者様\n\n"
            "お世話になっております。日の出産業の嘉納です。\n"
            "業務提携契約書の案を添付いたします。ご確認のほどお願いいたします。\n\n"
            "日の出産業株式会社 リユース事業部長　嘉納 誠一郎",
    "attachments": [{"kind": "corrupt", "name": "業務提携契約書_案_v2.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the DOCX is corrupt and cannot be inspected",
})

# 094 stop — password ZIP of evidence to the partner law firm
MESSAGES.append({
    "id": "kobutsu-094", "expect": "stop",
    "sender": SAOTOME,
    "to": ["白川法律事務所 久我先生 <kuga@shirakawa-law.jp>"],
    "subject": "証拠資料一式（バッグ返還請求の件）",
    "charset": "iso-2022-jp",
    "body": "久我先生\n\n早乙女です。バッグ返還請求の件で、当社側の証拠資料一式をお送りします。\n"
            "（台帳の写し、買取時の防犯カメラ静止画、本人確認書類の写し、振込記録）\n"
            "パスワードはお電話でお伝えします。\n\n早乙女",
    "attachments": [{"kind": "zip", "name": "shoko_shiryo_T26-08421.zip", "password": "kG7p!Shira2026",
                     "files": [{"kind": "pdf", "name": "台帳写し.pdf", "lines": ["古物台帳 写し"]},
                               {"kind": "png", "name": "camera_0809_1512.png"},
                               {"kind": "pdf", "name": "振込記録.pdf", "lines": ["振込記録"]}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP: its content cannot be inspected, even to a partner",
})

# 095 pass — unencrypted ZIP of a Q&A document for a franchise shop
MESSAGES.append({
    "id": "kobutsu-095", "expect": "pass",
    "sender": OKOCHI,
    "to": ["リユースマルシェ 山本様 <yamamoto@reuse-marche.co.jp>"],
    "subject": "加盟店向け　古物営業法Q&A（改訂版）",
    "charset": "iso-2022-jp",
    "body": "山本様\n\nお世話になっております。大河内です。\n"
            "加盟店向けの古物営業法Q&Aを改訂しましたので、お送りします。\n"
            "ZIPにWord版とPDF版を入れています。店舗スタッフの皆様にご周知ください。\n" + SIG_OKOCHI,
    "attachments": [{"kind": "zip", "name": "kobutsu_QA_2026.zip",
                     "files": [{"kind": "docx", "name": "古物営業法QA_2026.docx",
                                "paragraphs": ["古物営業法 Q&A（加盟店向け）",
                                               "Q1. 本人確認が必要なのはいくらからですか？",
                                               "A1. 対価の総額が1万円以上の場合です。ただし、ゲームソフト等の特定品目は金額にかかわらず必要です。",
                                               "Q2. 取引記録はいつまで保存しますか？",
                                               "A2. 取引の日から3年間です。",
                                               "Q3. マイナンバーカードで確認してよいですか？",
                                               "A3. 表面のみで確認し、個人番号は記録・複写しないでください。"]},
                               {"kind": "pdf", "name": "古物営業法QA_2026.pdf",
                                "lines": ["古物営業法 Q&A（加盟店向け）", "Q1. 本人確認が必要なのはいくらからですか？"]}]}],
    "entities": [],
    "detectors": [],
    "note": "a readable ZIP of a general Q&A: no marking, no personal data",
})

# 096 stop — XLSX of three declined orders with full card numbers, to a fraud-check vendor
_c96 = [["不正検知 照会リスト"], ["注文番号", "注文日", "購入者", "カード番号", "金額", "判定"]]
for n in ["篠原 一樹", "佐伯 凛", "朝日 公一"]:
    _c96.append([f"HS-EC-2026-{_d(5)}", f"2026/09/{rng.randrange(1, 13):02d}", n, cc(),
                 amount(30000, 900000, 1000), "与信NG"])
MESSAGES.append({
    "id": "kobutsu-096", "expect": "stop",
    "sender": HOZUMI,
    "to": ["フロードウォッチ 調査チーム <investigation@fraudwatch.jp>"],
    "subject": "与信NG注文の調査依頼（3件）",
    "charset": "cp932",
    "body": "フロードウォッチ 調査チーム御中\n\n日の出産業 EC課の穂積です。\n"
            "今月、高額時計の注文で与信NGが続いております。添付の3件について、\n"
            "不正利用の可能性をご調査いただけますでしょうか。\n\n穂積",
    "attachments": [{"kind": "xlsx", "name": "与信NG_202609.xlsx", "sheets": {"照会": _c96}}],
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "full card numbers (even only three rows) in a workbook",
})

# 097 pass — chargeback reference with only the last four digits
MESSAGES.append({
    "id": "kobutsu-097", "expect": "pass",
    "sender": HOZUMI,
    "to": ["スマートペイ 加盟店サポート <merchant-support@smartpay-gateway.jp>"],
    "subject": "Re: チャージバック通知（CB-2026-09-0412）",
    "charset": "iso-2022-jp",
    "body": "加盟店サポート御中\n\n加盟店ID 77120431 日の出産業の穂積です。\n"
            "チャージバック通知 CB-2026-09-0412 について、反証資料を提出いたします。\n\n"
            "　取引ID　　：sp_txn_8841029935\n"
            "　カード　　：下4桁 4417\n"
            "　商品　　　：中古 OMEGA シーマスター（管理番号 HS-26-0912）\n"
            "　配送　　　：青葉運輸 4471-3390-2281（9/4 署名受領済み）\n\n"
            "受領サインの画像は管理画面からアップロード済みです。\n\n穂積",
    "entities": [],
    "detectors": [],
    "note": "a transaction ID and the last four card digits only: no card number",
})

# 098 pass — confirming the seller's own bank account to her
MESSAGES.append({
    "id": "kobutsu-098", "expect": "pass",
    "sender": HIGA,
    "to": ["四十物 玲奈 <reina.aimono@gmail.com>"],
    "subject": "お振込先のご確認（受付番号 T26-09031）",
    "charset": "iso-2022-jp",
    "body": "四十物 玲奈 様\n\nひので買取センター 宅配買取チームの比嘉です。\n"
            "ご成約ありがとうございます。お振込の前に、お振込先をご確認ください。\n\n"
            "　金融機関：みどり銀行 阿佐谷支店\n"
            f"　口座　　：普通 {acct()}\n"
            "　名義　　：アイモノ レナ\n"
            "　金額　　：38,500円\n\n"
            "古物営業法により、お振込はご本人名義の口座に限らせていただいております。\n"
            "相違がなければ、このメールへのご返信は不要です。\n" + SIG_HIGA,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one seller's own account shown to her: one person's record, may warn but goes",
})

# 099 pass — four staff with mobiles to the hotel
MESSAGES.append({
    "id": "kobutsu-099", "expect": "pass",
    "sender": MURASE,
    "to": ["さくらホテル 宴会営業 宮内様 <miyauchi@sakura-hotel.jp>"],
    "subject": "出張買取会　当日スタッフと入館証のお願い",
    "charset": "utf-8",
    "body": "宮内様\n\n当日入館するスタッフは以下の4名です。入館証のご用意をお願いします。\n\n"
            f"　・村瀬 拓真（責任者）　{mobile()}\n"
            f"　・小野寺 美緒　　　　　{mobile()}\n"
            f"　・辻本 亘　　　　　　　{mobile()}\n"
            f"　・外部鑑定士 芹沢 透　 {mobile()}\n\n"
            "駐車場は2台分（品川300 あ 12-34、練馬500 さ 88-01）でお願いします。\n" + SIG_MURASE,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four attendees with mobiles: under five records, may warn but goes",
})

# 100 stop — police circular with named victims, attached as .eml and forwarded outside
MESSAGES.append({
    "id": "kobutsu-100", "expect": "stop",
    "sender": OKOCHI,
    "to": ["東都ブランドオークション 審査課 <shinsa@tohto-auction.co.jp>"],
    "subject": "FW: 【品触れ】連続侵入窃盗事件の被害品について",
    "charset": "iso-2022-jp",
    "body": "審査課ご担当者様\n\nお世話になっております。大河内です。\n"
            "警察から届いた品触れを添付で転送します。貴社の出品物にも該当がないか、\n"
            "ご確認いただけますと幸いです。\n" + SIG_OKOCHI,
    "attachments": [{"kind": "eml", "name": "品触れ_連続侵入窃盗.eml",
                     "message": {
                         "sender": POLICE_A,
                         "to": ["大河内 修 <o.okochi@hinode-sangyo.co.jp>"],
                         "subject": "【品触れ】連続侵入窃盗事件の被害品について",
                         "charset": "iso-2022-jp",
                         "body": "古物商各位\n\n管内で発生した連続侵入窃盗事件の被害品について、下記のとおり品触れを行います。\n\n"
                                 "１　被害者　杉並区阿佐谷北一丁目5-9　佐々木 恵（３４）\n"
                                 "　　被害品　K18ネックレス（カルティエ トリニティ）、ROLEX デイトジャスト 179174\n"
                                 "２　被害者　杉並区荻窪四丁目12-7　西村 和夫（７８）\n"
                                 "　　被害品　金貨（ウィーン金貨ハーモニー 1oz）5枚\n"
                                 "３　被害者　中野区本町六丁目2-7　栗花落 光（３７）\n"
                                 "　　被害品　Cartier タンクフランセーズ\n\n"
                                 "該当品の持込みがあった場合は、直ちに生活経済課まで通報されたい。\n"}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded police mail names burglary victims with addresses: crime victims are 要配慮",
})


# ISO-2022-JP (JIS X 0208) has no FULLWIDTH TILDE / HYPHEN-MINUS: a Japanese mail client
# sends WAVE DASH and MINUS SIGN instead, so do the same for the messages written in it.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _k in _m:
                _m[_k] = _m[_k].replace("\uff5e", "\u301c").replace("\uff0d", "\u2212")

assert len(MESSAGES) == 100
