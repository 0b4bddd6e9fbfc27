"""Blind corpus — area: shihoshoshi (司法書士室).

Mail of the judicial scrivener office run by Hinode Sangyo's legal services unit
(法務サービス部 司法書士室): inheritance registrations (相続登記), heirs and family
registers (戸籍・法定相続情報), company registrations (商業登記), adult guardianship
(成年後見), debt restructuring (債務整理), and dealings with the Legal Affairs Bureau,
banks, municipalities and clients.

Every person, address, phone number, account, My Number, card number and identity
document number in this file is invented; any likeness to a real person is chance.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import random

from build import card_number, my_number

SEED = 12201
rng = random.Random(SEED)
_counter = itertools.count(SEED)


def next_my_number() -> str:
    return my_number(next(_counter))


def next_card() -> str:
    return card_number(next(_counter))


def mn_fmt(n: str, sep: str = " ") -> str:
    return sep.join((n[0:4], n[4:8], n[8:12]))


def card_fmt(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_ZEN = str.maketrans("0123456789-/.:() ", "０１２３４５６７８９－／．：（）　")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width, as pasted from Word / 年賀状ソフト."""
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: check digit = 9 - (Σ Pn·Qn mod 9), Qn = 1 (n odd) / 2 (n even)."""
    total = sum(int(d) * (1 if n % 2 else 2)
                for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


_ERAS = [(_dt.date(2019, 5, 1), "令和", "R"), (_dt.date(1989, 1, 8), "平成", "H"),
         (_dt.date(1926, 12, 25), "昭和", "S")]


def wareki(d: _dt.date, style: str = "kanji") -> str:
    for start, name, abbr in _ERAS:
        if d >= start:
            y = d.year - start.year + 1
            break
    else:  # pragma: no cover
        raise ValueError(d)
    if style == "kanji":
        return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == "abbr":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "short":
        return f"{name[0]}{y}.{d.month:02d}.{d.day:02d}"
    raise ValueError(style)


SURNAMES = [("安藤", "アンドウ"), ("五十嵐", "イガラシ"), ("宇野", "ウノ"), ("大河原", "オオカワラ"),
            ("柏木", "カシワギ"), ("久保田", "クボタ"), ("小松崎", "コマツザキ"), ("猿渡", "サルワタリ"),
            ("須藤", "スドウ"), ("瀬戸口", "セトグチ"), ("田所", "タドコロ"), ("津久井", "ツクイ"),
            ("寺門", "テラカド"), ("中嶋", "ナカジマ"), ("二階堂", "ニカイドウ"), ("能登", "ノト"),
            ("畑中", "ハタナカ"), ("日比野", "ヒビノ"), ("藤枝", "フジエダ"), ("堀之内", "ホリノウチ"),
            ("真壁", "マカベ"), ("三好", "ミヨシ"), ("村雨", "ムラサメ"), ("百瀬", "モモセ"),
            ("八木沢", "ヤギサワ"), ("湯浅", "ユアサ"), ("吉住", "ヨシズミ"), ("和久井", "ワクイ"),
            ("東海林", "ショウジ"), ("四十物", "アイモノ"), ("勅使河原", "テシガワラ"), ("鬼頭", "キトウ")]
GIVEN = [("清", "キヨシ"), ("美智子", "ミチコ"), ("隆之", "タカユキ"), ("恵理", "エリ"),
         ("雅人", "マサト"), ("千鶴", "チヅル"), ("康平", "コウヘイ"), ("裕美", "ヒロミ"),
         ("勝利", "カツトシ"), ("則子", "ノリコ"), ("大輔", "ダイスケ"), ("早苗", "サナエ"),
         ("信夫", "ノブオ"), ("絢香", "アヤカ"), ("孝", "タカシ"), ("由紀子", "ユキコ"),
         ("翔太", "ショウタ"), ("悦子", "エツコ"), ("昭二", "ショウジ"), ("麻衣", "マイ"),
         ("正彦", "マサヒコ"), ("静香", "シズカ"), ("剛", "ツヨシ"), ("和代", "カズヨ")]
TOWNS = [("350-0043", "埼玉県川越市新富町"), ("273-0005", "千葉県船橋市本町"),
         ("251-0037", "神奈川県藤沢市鵠沼海岸"), ("177-0041", "東京都練馬区石神井町"),
         ("370-0849", "群馬県高崎市八島町"), ("410-0801", "静岡県沼津市大手町"),
         ("310-0015", "茨城県水戸市宮町"), ("320-0026", "栃木県宇都宮市馬場通り"),
         ("950-0087", "新潟県新潟市中央区東大通"), ("460-0008", "愛知県名古屋市中区栄"),
         ("181-0013", "東京都三鷹市下連雀"), ("236-0021", "神奈川県横浜市金沢区泥亀"),
         ("330-0063", "埼玉県さいたま市浦和区高砂"), ("260-0013", "千葉県千葉市中央区中央"),
         ("192-0081", "東京都八王子市横山町"), ("212-0012", "神奈川県川崎市幸区中幸町")]
BRANCHES = ["日本橋支店", "川越支店", "船橋駅前支店", "藤沢支店", "高崎支店", "練馬支店",
            "三鷹支店", "浦和支店", "本店営業部", "八王子支店"]


def people(k: int, born_from: int = 1935, born_to: int = 1995) -> list[dict]:
    """k invented people, distinct names, for the longer generated lists."""
    names = rng.sample([(s, g) for s in SURNAMES for g in GIVEN], k)
    out = []
    for (s, g) in names:
        dob = _dt.date(born_from, 1, 1) + _dt.timedelta(
            days=rng.randrange((born_to - born_from) * 365))
        z, town = rng.choice(TOWNS)
        if rng.random() < 0.7:
            addr = f"{town}{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 19)}号"
        else:
            addr = f"{town}{rng.randint(1, 3)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        out.append({
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}", "dob": dob,
            "zip": z, "addr": addr,
            "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "tel": f"0{rng.randint(3, 4)}{rng.randint(1, 9)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
            "branch": rng.choice(BRANCHES), "acct": f"{rng.randint(1000000, 9999999)}",
        })
    return out


# -- people of the office (senders) ------------------------------------------------------
MORI = "森下 透 <morishita.t@hinode-sangyo.co.jp>"
SAEKI = "佐伯 まどか <saeki.m@hinode-sangyo.co.jp>"
KIRYU = "桐生 恭平 <kiryu.k@hinode-sangyo.co.jp>"
USAMI = "Sae Usami <usami.s@hinode-sangyo.co.jp>"
SHINO = "東雲 誠 <shinonome.m@hinode-sangyo.co.jp>"
BOX = "日の出産業 司法書士室 <legal-shiho@hinode-sangyo.co.jp>"

SIG_MORI = """
--
日の出産業株式会社
法務サービス部 司法書士室
司法書士　森下　透
〒103-0027 東京都中央区日本橋2-11-3 日の出ビル7F
TEL：03-5201-7740（代表）　FAX：03-5201-7741
Mail：morishita.t@hinode-sangyo.co.jp
"""

SIG_SAEKI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 法務サービス部 司法書士室
司法書士補助者　佐伯 まどか（さえき）
TEL 03-5201-7743 ／ FAX 03-5201-7741
〒103-0027 東京都中央区日本橋二丁目11番3号 日の出ビル7階
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_KIRYU = """
────────────────────────
桐生 恭平（きりゅう きょうへい）
司法書士（簡裁訴訟代理等関係業務認定）
日の出産業株式会社 法務サービス部 司法書士室
TEL 03-5201-7745　携帯 080-4417-2290
────────────────────────
"""

SIG_USAMI = """
Best regards,

Sae Usami
Judicial Scrivener Office, Legal Services Dept.
Hinode Sangyo Co., Ltd.
Hinode Bldg. 7F, 2-11-3 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7748
"""

SIG_SHINO = """
東雲 誠
日の出産業株式会社 法務サービス部長
内線 7701
"""

DISC_JA = """
―――――――――――――――――――――――――――――
本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。
―――――――――――――――――――――――――――――
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised use, disclosure or copying is prohibited.
"""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-025
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shihoshoshi-001", "expect": "stop",
    "sender": MORI,
    "to": ["みどり銀行 相続手続センター <souzoku-center@midori-ginko.co.jp>"],
    "subject": "【相続手続】故 篠原義一様 相続人のご連絡（受付番号 SZ-2025-04812）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 相続手続センター
岩城様

いつもお世話になっております。
日の出産業 司法書士室の森下でございます。

標記の件、先日お電話でご依頼いただきました相続人の一覧を下記のとおりお送りいたします。
戸籍謄本等の原本一式は、本日レターパックプラスにて発送いたしました。

 No  氏名            続柄          生年月日      住所
 --  --------------  ------------  ------------  ----------------------------------------------
  1  篠原 和子       妻            1944/03/18    東京都大田区池上五丁目8番12号
  2  篠原 健太郎     長男          1968/11/02    神奈川県川崎市中原区木月二丁目3番1-405号
  3  三浦 由美       長女          1971/06/25    埼玉県所沢市緑町一丁目19番6号
  4  篠原 拓海       孫（代襲）    1998/07/18    東京都世田谷区三軒茶屋二丁目41番9号
  5  篠原 美緒       孫（代襲）    2001/01/09    東京都世田谷区三軒茶屋二丁目41番9号
  6  篠原 陸         孫（代襲）    2004/12/21    東京都世田谷区三軒茶屋二丁目41番9号

※次男 篠原 誠二様（平成30年死亡）の代襲相続人が4〜6となります。
※代表相続人は長男の健太郎様です。払戻金の受領も健太郎様名義の口座を予定しております。

お手数をおかけしますが、ご確認のほどよろしくお願いいたします。
""" + SIG_MORI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Six heirs' names, dates of birth and addresses in a padded column list, sent to a partner bank.",
})

MESSAGES.append({
    "id": "shihoshoshi-002", "expect": "pass",
    "sender": SAEKI,
    "to": ["高梨 文江 <fumie.takanashi@yahoo.co.jp>"],
    "subject": "相続登記完了のご報告",
    "charset": "iso-2022-jp",
    "body": """高梨 文江 様

いつもお世話になっております。
日の出産業 司法書士室の佐伯です。

ご依頼いただいておりました南里市の土地・建物の相続登記が、本日完了いたしました。
登記識別情報通知書・登記完了証と、お預かりしていた戸籍謄本等の原本は、
明日、簡易書留にてご自宅へお送りいたします。

なお、来年度以降の固定資産税の納税通知書は高梨様宛てに届くようになります。
ご不明な点がございましたら、お気軽にお問い合わせください。

引き続きよろしくお願いいたします。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "Completion notice to the one client on free mail; no personal data beyond her name in the salutation.",
})

MESSAGES.append({
    "id": "shihoshoshi-003", "expect": "stop",
    "sender": KIRYU,
    "to": ["星空信用金庫 本店営業部 相続担当 <souzoku@hoshizora-shinkin.co.jp>"],
    "subject": "戸籍謄本一式の送付（故 久我山正吾様）",
    "charset": "cp932",
    "body": """星空信用金庫 本店営業部
相続ご担当　野々村様

お世話になっております。日の出産業 司法書士室の桐生です。

故 久我山正吾様の相続手続につきまして、被相続人の出生から死亡までの戸籍謄本、
相続人全員の戸籍抄本・印鑑証明書をPDFにまとめてお送りします。

　添付ファイル：戸籍一式_久我山.zip
　※解凍パスワードは別メールにてお知らせいたします。

原本は窓口へご持参の際にご提示いたします。
""" + SIG_KIRYU,
    "attachments": [{
        "kind": "zip", "name": "戸籍一式_久我山.zip", "password": "Kgym#0419",
        "files": [
            {"kind": "pdf", "name": "戸籍謄本_久我山正吾.pdf",
             "lines": ["全部事項証明", "本籍　東京都杉並区阿佐谷北三丁目120番地",
                       "氏名　久我山 正吾", "生年月日　昭和16年8月2日"]},
            {"kind": "pdf", "name": "印鑑証明書_相続人.pdf",
             "lines": ["印鑑登録証明書", "氏名　久我山 司", "生年月日　昭和44年3月30日"]},
        ]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "Password-protected ZIP (PPAP) to an external bank: the attachment cannot be inspected.",
})

MESSAGES.append({
    "id": "shihoshoshi-004", "expect": "pass",
    "sender": KIRYU,
    "to": [MORI],
    "cc": [SAEKI],
    "subject": "【ケース会議メモ】大河内ミツ様 後見開始申立て準備",
    "charset": "utf-8",
    "body": """森下さん
（cc 佐伯さん）

本日の社協・ケアマネとのケース会議のメモです。所内共有用。

■ご本人
　氏名：大河内 ミツ（おおこうち みつ）
　生年月日：昭和8年2月14日（92歳）
　現在地：特別養護老人ホーム さくらの里（南里市緑ヶ丘4-2-1）
　診断：アルツハイマー型認知症（主治医 三宅医師、HDS-R 12点）
　要介護4、身体障害者手帳4級（左下肢機能障害）

■申立人候補
　甥 大河内 秀明氏（千葉県在住）。親族間の対立なし。

■財産（概要）
　自宅土地建物（固定資産評価額 約1,800万円）、みどり銀行 普通預金 約620万円。

■次回までのTODO
　・診断書（成年後見用）と本人情報シートの取得 → 佐伯さん
　・申立書ドラフト → 桐生
　・報酬の見込み説明 → 森下さん

以上です。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "Diagnosis and disability of a guardianship client, but every recipient is internal.",
})

MESSAGES.append({
    "id": "shihoshoshi-005", "expect": "stop",
    "sender": MORI,
    "to": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 大河内様の件（後見開始申立て）",
    "charset": "iso-2022-jp",
    "body": """白川先生

いつもお世話になっております。日の出産業の森下です。

大河内様の件、申立ての段取りについてご相談させてください。
ご本人（大河内 ミツ様）は、主治医の見立てではアルツハイマー型認知症がかなり進んでおり、
長谷川式は12点、ご自分で財産管理をされるのは難しい状態とのことです。
後見類型での申立てになると考えております。

後見人候補者は、親族間の事情もあり専門職をご希望とのことで、
先生の事務所にお引き受けいただけないかと考えております。
来週、30分ほどお電話でお時間をいただけますでしょうか。

よろしくお願いいたします。
""" + SIG_MORI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "One named person's diagnosis (dementia, test score) in a sentence to a partner law firm: 要配慮個人情報.",
})

MESSAGES.append({
    "id": "shihoshoshi-006", "expect": "stop",
    "sender": SAEKI,
    "to": ["篠原 健太郎 <kentaro.shino@gmail.com>", "三浦 由美 <yumi-miura@yahoo.co.jp>",
           "篠原 拓海 <takumi.s0718@icloud.com>"],
    "subject": "遺産分割協議のお打合せ日程につきまして",
    "charset": "iso-2022-jp",
    "body": """篠原 健太郎 様
三浦 由美 様
篠原 拓海 様

お世話になっております。日の出産業 司法書士室の佐伯でございます。

故 篠原義一様の遺産分割協議書の案がまとまりましたので、
内容のご説明のお時間をいただきたく、候補日をお送りいたします。

　① 6月14日（土）10:00～11:30
　② 6月17日（火）18:30～20:00
　③ 6月21日（土）14:00～15:30

場所は弊社会議室（日本橋）、またはオンライン（Zoom）をお選びいただけます。
ご都合のよい日時を、6月10日までにご返信ください。

どうぞよろしくお願いいたします。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "Three private persons on different free-mail domains see each other in To: should have been Bcc.",
})

MESSAGES.append({
    "id": "shihoshoshi-007", "expect": "pass",
    "sender": MORI,
    "to": ["岩城 伸也 <iwaki.n@midori-ginko.co.jp>"],
    "cc": ["小坂 陽平 <kosaka@kosaka-zeirishi.jp>"],
    "subject": "【日程調整】篠原様 相続手続のお打合せ（6/24）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 岩城様
（cc：小坂税理士事務所 小坂先生）

お世話になっております。日の出産業の森下です。

篠原様の相続手続について、預金の解約と相続税申告のスケジュールをすり合わせるため、
三者で一度お打合せをさせていただけますでしょうか。

　日時案：6月24日（火）15:00〜16:00
　場所　：みどり銀行 日本橋支店 2階応接室（岩城様にご手配いただけると助かります）
　議題　：残高証明書の取得時期、解約金の振込日、申告期限（11月）までの段取り

ご都合が悪い場合は代案をお知らせください。
""" + SIG_MORI,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "Ordinary three-way meeting mail: two external organisations (bank, tax accountant) in To/Cc.",
})

MESSAGES.append({
    "id": "shihoshoshi-008", "expect": "stop",
    "sender": SAEKI,
    "to": ["みどり銀行 相続手続センター 岩城様 <iwaki.n@midori-ginkou.co.jp>"],
    "subject": "残高証明書発行依頼書の送付について（篠原様）",
    "charset": "cp932",
    "body": """みどり銀行 相続手続センター
岩城 様

お世話になっております。日の出産業 司法書士室 佐伯です。

故 篠原義一様名義の預金について、相続開始日（令和7年3月8日）時点の
残高証明書の発行をお願いいたしたく、依頼書を郵送いたしました。

発行後の送付先・ご連絡先は下記のとおりです。

　相続人代表　篠原 和子 様
　住所　〒146-0082 東京都大田区池上五丁目8番12号
　電話　03-3752-4418

手数料の引落し口座についてご不明点があれば、私までご連絡ください。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "Recipient domain midori-ginkou.co.jp is a one-letter look-alike of the partner bank midori-ginko.co.jp.",
})

_mn_kazuko, _mn_kentaro, _mn_yumi = next_my_number(), next_my_number(), next_my_number()
MESSAGES.append({
    "id": "shihoshoshi-009", "expect": "stop",
    "sender": MORI,
    "to": ["小坂税理士事務所 小坂 陽平 <kosaka@kosaka-zeirishi.jp>"],
    "subject": "相続税申告用　相続人の個人番号について",
    "charset": "cp932",
    "body": f"""小坂先生

お世話になっております。日の出産業の森下です。

篠原様の相続税申告書に記載する相続人の個人番号を、ご本人方から
番号確認書類とあわせてお預かりしましたので、お知らせいたします。

　篠原 和子　　{mn_fmt(_mn_kazuko)}
　篠原 健太郎　{mn_fmt(_mn_kentaro, "-")}
　三浦 由美　　{zen(mn_fmt(_mn_yumi))}

※由美様の分はご本人が全角で入力されたものをそのまま貼り付けています。
通知カードの写しは次回お打合せの際にお持ちします。
""" + SIG_MORI,
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "Three heirs' My Numbers (one in full-width digits) mailed to an outside tax accountant.",
})

MESSAGES.append({
    "id": "shihoshoshi-010", "expect": "pass",
    "sender": KIRYU,
    "to": ["鶴見 浩一 <tsurumi.k@aoba-unyu.co.jp>"],
    "subject": "役員変更登記のお見積り",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
総務部　鶴見様

いつもお世話になっております。日の出産業 司法書士室の桐生です。
6月の定時株主総会後の役員変更登記につき、お見積りをお送りします。

  項目                              登録免許税      報酬（税別）
  --------------------------------  --------------  --------------
  取締役・監査役の重任登記              10,000円        30,000円
  代表取締役の重任登記                  （上記に含む）   5,000円
  議事録・株主リスト作成                     -          15,000円
  登記事項証明書（2通）                    1,200円          -
  --------------------------------  --------------  --------------
  合計                                  11,200円        50,000円

※報酬には別途消費税がかかります。郵送料等の実費は別途精算となります。
※見積有効期限：発行日より3か月

ご不明点がございましたらお知らせください。
""" + SIG_KIRYU,
    "entities": [],
    "detectors": [],
    "note": "A fee quote to a partner company: price list only, no personal data.",
})

_kita_corp = corp_number("011001087321")
_share_rows = [["株主リスト"], [f"北国フーズ株式会社（法人番号 {_kita_corp}）　基準日：令和7年6月27日"],
               ["No", "氏名又は名称", "住所", "株式数", "議決権数", "議決権割合"]]
_holders = people(12, 1940, 1990)
_shares = [1800, 1200, 900, 700, 600, 450, 400, 300, 250, 200, 150, 100]
for _i, (_p, _s) in enumerate(zip(_holders, _shares), start=1):
    _share_rows.append([_i, _p["name"], _p["addr"], _s, _s, f"{_s / 10000:.2%}"])
MESSAGES.append({
    "id": "shihoshoshi-011", "expect": "stop",
    "sender": KIRYU,
    "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    "subject": "株主リスト（案）のご確認のお願い",
    "charset": "utf-8",
    "body": """北国フーズ株式会社
総務部 ご担当者様

お世話になっております。日の出産業 司法書士室の桐生です。

定時株主総会に伴う登記の添付書面として、株主リストの案を作成しました。
株主名簿からの転記ですので、住所・株式数に誤りがないかご確認をお願いいたします。
（上位10名で議決権の3分の2に達しないため、全株主を記載しています）

修正がなければ、代表者印を押印のうえ原本をご返送ください。
""" + SIG_KIRYU,
    "attachments": [{"kind": "xlsx", "name": "株主リスト_北国フーズ_案.xlsx",
                     "sheets": {"株主リスト": _share_rows,
                                "メモ": [["確認事項"], ["住所変更の届出が出ている株主はいないか"],
                                         ["相続による名義書換の未了分はないか"]]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with twelve shareholders' names and home addresses (plus the company's 法人番号) to an external client.",
})

MESSAGES.append({
    "id": "shihoshoshi-012", "expect": "pass",
    "sender": SAEKI,
    "to": ["江頭 勝 <egashira.masaru@gmail.com>"],
    "subject": "Re: 法定相続情報の申出先について",
    "charset": "iso-2022-jp",
    "body": """江頭 様

お問い合わせありがとうございます。佐伯です。
法定相続情報一覧図の保管申出は、次のいずれかの法務局でできます。
お近くの窓口をご利用ください（郵送でも申出可能です）。

・東京法務局 本局（不動産登記部門）
　〒102-8225 東京都千代田区九段南1-1-15 九段第2合同庁舎
　TEL 03-5213-1234（代表）
・東京法務局 城北出張所
　〒114-0015 東京都北区中里1-4-1
　TEL 03-3916-0241
・さいたま地方法務局 川越支局
　〒350-0066 埼玉県川越市連雀町1-2
　TEL 049-222-5301
・横浜地方法務局 川崎支局
　〒210-0012 神奈川県川崎市川崎区宮前町12-11
　TEL 044-244-4166

※受付時間は平日8:30〜17:15です。
※被相続人の本籍地・最後の住所地・申出人の住所地・不動産所在地のいずれかを管轄する局に限られます。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "A list of Legal Affairs Bureau offices with switchboard numbers: businesses, not people.",
})

MESSAGES.append({
    "id": "shihoshoshi-013", "expect": "stop",
    "sender": MORI,
    "to": ["白川法律事務所 白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "遺産分割協議書（案）のご確認（久我山家）",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。森下です。
久我山家の遺産分割協議書の案を添付いたします。
次男様の代理人として内容をご確認いただき、修正点があればお知らせください。

添付：遺産分割協議書_久我山_案v3.docx
""" + SIG_MORI,
    "attachments": [{
        "kind": "docx", "name": "遺産分割協議書_久我山_案v3.docx",
        "page_header": "取扱注意", "title": "遺産分割協議書（案）",
        "paragraphs": [
            "遺産分割協議書（案）",
            "被相続人　久我山 正吾（令和7年1月11日死亡）",
            "最後の住所　東京都杉並区阿佐谷北三丁目14番2号",
            "上記被相続人の遺産について、共同相続人全員で協議した結果、次のとおり分割する。",
            "第1条　次の不動産は、相続人 久我山 司 が取得する。",
            "第2条　星空信用金庫の預金は、相続人 久我山 敦 及び 相続人 早坂 玲子 が各2分の1の割合で取得する。",
        ],
        "tables": [[["相続人", "住所"],
                    ["久我山 司", "東京都杉並区阿佐谷北三丁目14番2号"],
                    ["久我山 敦", "東京都府中市晴見町四丁目10番地"],
                    ["早坂 玲子", "千葉県市川市八幡二丁目7番15号"]]]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "The attached DOCX carries a 取扱注意 page header; it also holds three heirs' names and addresses.",
})

MESSAGES.append({
    "id": "shihoshoshi-014", "expect": "pass",
    "sender": SAEKI,
    "to": ["三浦 由美 <yumi-miura@yahoo.co.jp>"],
    "subject": "Re: 相続人一覧の確認",
    "charset": "iso-2022-jp",
    "body": """三浦様

ご確認いただきありがとうございます。
生年月日の誤りの件、承知いたしました。こちらで修正し、銀行へ提出いたします。

佐伯

""" + SIG_SAEKI + """
>佐伯様
>
>一覧を確認しました。私の生年月日が1971/06/26になっていましたが、25日が正しいです。
>それ以外は問題ありません。
>
>> 　氏名　　　　　続柄　　生年月日　　　電話
>> 　篠原 和子　　　妻　　　1944/03/18　　03-3752-4418
>> 　篠原 健太郎　　長男　　1968/11/02　　090-2231-8804
>> 　三浦 由美　　　長女　　1971/06/26　　080-5519-0273
>> 　篠原 拓海　　　孫　　　1998/07/18　　070-3308-6612
>> 　篠原 美緒　　　孫　　　2001/01/09　　090-7742-1185
>> 　篠原 陸　　　　孫　　　2004/12/21　　080-6027-3391
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "The heirs' list is only in quoted text the client already has; the new text carries nothing.",
})

MESSAGES.append({
    "id": "shihoshoshi-015", "expect": "stop",
    "sender": MORI,
    "to": ["やまびこ不動産 売買仲介課 <baibai@yamabiko-fudosan.co.jp>"],
    "subject": "FW: 相続人の連絡先（旧 土門様宅の売却）",
    "charset": "utf-8",
    "body": """やまびこ不動産 大森様

お世話になっております。森下です。
ご依頼の相続人の連絡先、長男様からいただいたメールをそのまま転送します。
売買契約のご案内は、各相続人様へ直接お願いします。

---------- Forwarded message ---------
From: 土門 広志 <h.domon1962@gmail.com>
Date: 2025年5月19日(月) 21:14
Subject: 相続人の連絡先
To: 森下 透 <morishita.t@hinode-sangyo.co.jp>

森下先生

兄弟と甥姪の連絡先をまとめました。よろしくお願いします。

土門 広志（長男）　千葉県柏市豊四季台二丁目5番3号　　090-4410-2837
土門 静江（長女）　千葉県松戸市新松戸四丁目118番地　 080-3365-9021
三枝 道子（次女）　茨城県取手市井野三丁目22番8号　　090-6632-1147
土門 和也（三男）　東京都足立区竹の塚五丁目7番2号　　070-2284-5530
土門 翼（甥）　　　千葉県流山市南流山一丁目9番4号　 080-1190-4476
岸本 真由（姪）　　埼玉県三郷市早稲田六丁目3番11号　090-8853-2609

土門
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "A forward (new text to its recipient) of six heirs' addresses and phone numbers to a real estate agent.",
})

_card_mitarai = next_card()
MESSAGES.append({
    "id": "shihoshoshi-016", "expect": "stop",
    "sender": "日の出産業 司法書士室 経理担当 <legal-shiho@hinode-sangyo.co.jp>",
    "to": ["御手洗 陽子 <mitarai-yoko@icloud.com>"],
    "subject": "報酬お支払い（カード決済）についてのご確認",
    "charset": "utf-8",
    "body": f"""御手洗 陽子 様

いつもお世話になっております。日の出産業 司法書士室でございます。

先日お申込みいただきました相続登記報酬のカード決済ですが、
下記のカードで承認が下りず、決済が完了しておりません。

　カード名義：YOKO MITARAI
　カード番号：{card_fmt(_card_mitarai)}
　有効期限　：09/28

お手数ですが、カード会社へご確認いただくか、別のお支払い方法（銀行振込）を
ご指定いただけますでしょうか。

日の出産業株式会社 法務サービス部 司法書士室
TEL 03-5201-7740
""",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "A full credit card number mailed back to the client in clear text.",
})

MESSAGES.append({
    "id": "shihoshoshi-017", "expect": "pass",
    "sender": USAMI,
    "to": ["Daniel Cho <daniel.cho@harbourline-capital.com>"],
    "subject": "Re: NDA for the Tokyo KK set-up",
    "charset": "utf-8",
    "body": """Dear Daniel,

Thank you for sending over your draft Non-Disclosure Agreement.

We have reviewed it with Mr. Morishita and have only two comments:

1. Clause 2 (Definition of Confidential Information): we suggest excluding information
   that is publicly available from the commercial register, since articles of
   incorporation and officers' names are registered and open to inspection in Japan.
2. Clause 9 (Governing law): as the KK will be incorporated in Tokyo, we propose Japanese
   law and the Tokyo District Court.

Once the NDA is signed, we will send you the incorporation checklist and our fee
estimate for the registration at the Legal Affairs Bureau.
""" + SIG_USAMI + DISC_EN,
    "entities": [],
    "detectors": [],
    "note": "Mail about an NDA with the standard English disclaimer: no marking, no personal data.",
})

MESSAGES.append({
    "id": "shihoshoshi-018", "expect": "stop",
    "sender": KIRYU,
    "to": ["野々村 彩 <nonomura.a@hoshizora-shinkin.co.jp>"],
    "subject": "久我山様 相続手続 署名押印のスケジュールについて",
    "charset": "iso-2022-jp",
    "body": """星空信用金庫 本店営業部
野々村様

お世話になっております。日の出産業 司法書士室の桐生です。

相続手続依頼書への署名押印のスケジュールについてご報告いたします。
相続人3名のうち、長男の久我山 司様は現在、府中刑務所に収容中のため、
刑事施設を通じて書類をお送りし、署名と拇印をいただく予定です。
印鑑証明書が取得できませんので、刑事施設長の奥書証明で代替したいと考えております。
貴庫での取扱いが可能か、ご確認いただけますでしょうか。

なお、残りのお二人（敦様、早坂様）は来週中にご来店予定です。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A named heir's imprisonment (criminal record) stated in one sentence to a bank.",
})

_clients = people(30, 1938, 1992)
_csv_rows = [["顧客ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "返金先金融機関", "支店", "口座番号", "返金額"]]
for _i, _p in enumerate(_clients, start=1):
    _csv_rows.append([f"SH-{24000 + _i * 7}", _p["name"], _p["kana"], _p["zip"], _p["addr"],
                      _p["tel"] if _i % 3 else _p["mobile"], "みどり銀行", _p["branch"], _p["acct"],
                      rng.choice([1200, 3400, 5800, 2250, 660])])
MESSAGES.append({
    "id": "shihoshoshi-019", "expect": "pass",
    "sender": SAEKI,
    "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
    "subject": "預り金（実費）精算　返金リスト 6月分",
    "charset": "cp932",
    "body": """経理部 支払担当 各位

お疲れさまです。司法書士室の佐伯です。

6月に完了した案件の預り金精算で、依頼者様へ返金が発生する分をまとめました。
添付CSVのとおり、6/30 の振込にてご対応をお願いします（計30件）。

※口座名義はいずれも依頼者ご本人です。
""" + SIG_SAEKI,
    "attachments": [{"kind": "csv", "name": "返金リスト_2025-06.csv", "encoding": "cp932",
                     "rows": _csv_rows}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "Thirty clients' addresses, phones and bank accounts, but sent only to internal accounting.",
})

MESSAGES.append({
    "id": "shihoshoshi-020", "expect": "stop",
    "sender": MORI,
    "to": ["岡土地家屋調査士事務所 岡 <oka@oka-chosa.jp>"],
    "subject": "分筆登記の立会い案内送付先",
    "charset": "cp932",
    "body": """岡先生

お世話になっております。森下です。
土門家の分筆に伴う境界立会いのご案内送付先を、CSVでお送りします。
氏名は案内文に手書きで入れるとのことでしたので、続柄で区別しています。

よろしくお願いいたします。
""" + SIG_MORI,
    "attachments": [{"kind": "csv", "name": "立会い案内_送付先.csv", "encoding": "cp932",
                     "rows": [["続柄", "郵便番号", "住所", "電話", "生年月日"],
                              ["長男", "277-0005", "千葉県柏市豊四季台二丁目5番3号", "090-4410-2837", "1962/04/11"],
                              ["長女", "270-0034", "千葉県松戸市新松戸四丁目118番地", "080-3365-9021", "1964/09/02"],
                              ["次女", "302-0011", "茨城県取手市井野三丁目22番8号", "090-6632-1147", "1967/01/27"],
                              ["三男", "121-0813", "東京都足立区竹の塚五丁目7番2号", "070-2284-5530", "1970/08/15"],
                              ["甥", "270-0163", "千葉県流山市南流山一丁目9番4号", "080-1190-4476", "1993/03/08"],
                              ["姪", "341-0018", "埼玉県三郷市早稲田六丁目3番11号", "090-8853-2609", "1996/11/30"],
                              ["隣地所有者（東側）", "277-0005", "千葉県柏市豊四季台二丁目5番5号", "04-7144-3390", ""]]}],
    "entities": ["JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "CSV of seven people's addresses, phones and birth dates with no name column, to an outside surveyor.",
})

MESSAGES.append({
    "id": "shihoshoshi-021", "expect": "stop",
    "sender": KIRYU,
    "to": ["総務部 平田 <hirata.k@hinode-sangyo.jp>"],
    "subject": "代表取締役の住所変更登記について",
    "charset": "iso-2022-jp",
    "body": """平田さん

お疲れさまです。司法書士室の桐生です。
日野社長の転居に伴う代表取締役の住所変更登記、申請書の案ができました。
登記簿に載る新住所は下記で相違ないか、ご確認ください。

　代表取締役　日野 晴彦
　新住所　　　東京都目黒区八雲三丁目18番6号
　住所移転日　令和7年5月24日

住民票の写し（本籍・個人番号の記載なし）を1通ご用意いただけると助かります。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "Meant for an internal colleague, but addressed to hinode-sangyo.jp (dropped co.), a look-alike of the own domain.",
})

MESSAGES.append({
    "id": "shihoshoshi-022", "expect": "pass",
    "sender": SAEKI,
    "to": ["月見里 聡子 <satoko.yamanashi@docomo.ne.jp>"],
    "subject": "登記申請書の記載内容のご確認",
    "charset": "iso-2022-jp",
    "body": """月見里（やまなし）聡子 様

お世話になっております。日の出産業 司法書士室 佐伯です。
相続登記の申請書に記載するお客様の情報を、念のためご確認ください。

　氏名　　：月見里 聡子
　住所　　：神奈川県藤沢市鵠沼海岸三丁目6番21号
　生年月日：昭和52年10月4日
　取得持分：2分の1

誤りがなければ「確認しました」とだけご返信いただければ結構です。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "One client's own record sent back to her for confirmation: one person, may be warned.",
})

MESSAGES.append({
    "id": "shihoshoshi-023", "expect": "stop",
    "sender": KIRYU,
    "to": ["エース・クレジット 債権管理部 <saiken@ace-credit.co.jp>",
           "なのはなカード お客様相談室 <soudan@nanohana-card.co.jp>",
           "サンライズローン 管理課 <kanri@sunrise-loan.co.jp>"],
    "subject": "受任通知（債務整理）",
    "charset": "cp932",
    "body": """債権者各位

前略　当職は、下記債務者から債務整理の依頼を受け、受任いたしました。
今後、本人及び家族への直接の連絡・取立て行為はお控えください。
また、取引開始時からの取引履歴の開示をお願いいたします。

　債務者　　：勘解由小路 隆（かでのこうじ たかし）
　生年月日　：1979年2月17日
　住所　　　：埼玉県川口市芝新町11番22-301号

　受任者　　：司法書士 桐生 恭平（認定番号 第1207xx号）
　　　　　　　日の出産業株式会社 法務サービス部 司法書士室
　　　　　　　TEL 03-5201-7745　FAX 03-5201-7741
草々
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
    "note": "Three creditor companies in one To line can see each other (and the debtor's record).",
})

MESSAGES.append({
    "id": "shihoshoshi-024", "expect": "pass",
    "sender": USAMI,
    "to": ["Anna Lindqvist <anna.lindqvist@lindqvist-partners.com>"],
    "subject": "Signature certificate / affidavit for a Japanese inheritance registration",
    "charset": "utf-8",
    "body": """Dear Ms. Lindqvist,

Thank you for your call yesterday. As discussed, your client, who lives in Sweden and
has no registered seal in Japan, will need the following for the inheritance
registration of the property in Tokyo:

- a signature certificate (署名証明) issued by the Embassy of Japan in Stockholm, or a
  notarised signature with an apostille;
- a sworn affidavit of address, in place of a Japanese residence certificate;
- the signed agreement on the division of the estate (we will send the draft in
  Japanese with an English translation).

The embassy requires an appointment, and the signature must be made in front of the
consular officer. Please let us know once a date is fixed.
""" + SIG_USAMI,
    "entities": [],
    "detectors": [],
    "note": "Procedural English mail to a foreign law firm; no personal data.",
})

MESSAGES.append({
    "id": "shihoshoshi-025", "expect": "stop",
    "sender": USAMI,
    "to": ["Anna Lindqvist <anna.lindqvist@lindqvist-partners.com>"],
    "subject": "Embassy appointment - details of Mr. Ohara",
    "charset": "utf-8",
    "body": """Dear Ms. Lindqvist,

For the embassy appointment form, these are the details of your client as they appear
in his Japanese family register and passport:

  Name (kanji):     小原 健司
  Name (passport):  OHARA KENJI
  Date of birth:    12 May 1979
  Passport No.:     TZ4839215 (expires 3 Feb 2031)
  Address in Sweden: Sveavägen 118, 113 50 Stockholm

Please bring the original passport to the appointment.
""" + SIG_USAMI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "A passport number (identity document) with name and date of birth to an external firm.",
})

# ---------------------------------------------------------------------------------------
# 026-050
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shihoshoshi-026", "expect": "pass",
    "sender": KIRYU,
    "to": ["仁科 航 <wataru.nishina.dev@gmail.com>"],
    "subject": "会社設立（合同会社・株式会社）の費用について",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>仁科 航 様</p>
<p>お問い合わせありがとうございます。日の出産業 司法書士室の桐生です。<br>
会社設立にかかる費用の目安は以下のとおりです。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>項目</th><th>株式会社</th><th>合同会社</th></tr>
<tr><td>定款認証手数料（公証役場）</td><td align="right">30,000円～50,000円</td><td align="right">不要</td></tr>
<tr><td>定款印紙代（電子定款）</td><td align="right">0円</td><td align="right">0円</td></tr>
<tr><td>登録免許税</td><td align="right">150,000円～</td><td align="right">60,000円～</td></tr>
<tr><td>当室報酬（税別）</td><td align="right">88,000円</td><td align="right">66,000円</td></tr>
<tr><td>印鑑作成・証明書取得等の実費</td><td align="right">約8,000円</td><td align="right">約8,000円</td></tr>
</table>
<p>設立日のご希望（大安など）があれば、登記申請日で調整いたします。<br>
オンラインでの無料相談（30分）もご利用ください。</p>
<p>--<br>日の出産業株式会社 法務サービス部 司法書士室<br>司法書士 桐生 恭平<br>TEL 03-5201-7745</p>
</body></html>""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "HTML-only fee table to one prospective client on free mail: a price list, no personal data.",
})

MESSAGES.append({
    "id": "shihoshoshi-027", "expect": "stop",
    "sender": MORI,
    "to": ["南里市社会福祉協議会 権利擁護センター <kenri@minamisato-shakyo.or.jp>"],
    "subject": "法人後見 受任候補者の一覧（7月審査分）",
    "charset": "utf-8",
    "html": """<html><body>
<p>南里市社会福祉協議会 権利擁護センター<br>ご担当 芦田様</p>
<p>お世話になっております。日の出産業 司法書士室の森下です。<br>
7月の受任調整会議で検討いただく案件を、以下の表にまとめました。</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>受付</th><th>ご本人</th><th>生年月日</th><th>居所</th><th>要介護度</th><th>主な疾病・障害</th><th>類型</th></tr></thead>
<tbody>
<tr><td>K-0711</td><td>大河内 ミツ</td><td>昭和8年2月14日</td><td>特養 さくらの里</td><td>要介護4</td><td>アルツハイマー型認知症</td><td>後見</td></tr>
<tr><td>K-0712</td><td>畦地 良三</td><td>昭和14年9月30日</td><td>自宅（独居）</td><td>要介護2</td><td>脳血管性認知症</td><td>保佐</td></tr>
<tr><td>K-0713</td><td>筧 トシ子</td><td>昭和11年5月5日</td><td>グループホーム ひだまり</td><td>要介護3</td><td>レビー小体型認知症</td><td>後見</td></tr>
<tr><td>K-0714</td><td>水城 徹</td><td>昭和58年12月1日</td><td>障害者支援施設 みのり園</td><td>-</td><td>知的障害（療育手帳A）</td><td>後見</td></tr>
<tr><td>K-0715</td><td>猪俣 君江</td><td>昭和16年2月22日</td><td>南里中央病院 療養病棟</td><td>要介護5</td><td>統合失調症</td><td>後見</td></tr>
<tr><td>K-0716</td><td>栗林 修</td><td>昭和25年7月19日</td><td>自宅（妻と同居）</td><td>要介護1</td><td>高次脳機能障害</td><td>補助</td></tr>
</tbody></table>
<p>診断書の写しは会議当日に持参いたします。</p>
<p>日の出産業株式会社 法務サービス部 司法書士室<br>司法書士 森下 透（TEL 03-5201-7740）</p>
</body></html>""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML table of six guardianship candidates with birth dates, care levels and diagnoses to an external council.",
})

_heirs28 = [("久保 忠志", "長男", "埼玉県川越市新富町一丁目8番3号", "みどり銀行", "川越支店", "普通", "3318027"),
            ("久保 信子", "長女", "東京都練馬区石神井町四丁目2番15号", "みどり銀行", "練馬支店", "普通", "1045592"),
            ("宮坂 絹代", "次女", "群馬県高崎市八島町22番地1", "星空信用金庫", "高崎支店", "普通", "0067213"),
            ("久保 俊介", "孫（代襲）", "神奈川県藤沢市鵠沼海岸二丁目11番7号", "ゆうちょ銀行", "〇一八店", "普通", "4481107"),
            ("久保 彩", "孫（代襲）", "神奈川県藤沢市鵠沼海岸二丁目11番7号", "みどり銀行", "藤沢支店", "普通", "5502864")]
MESSAGES.append({
    "id": "shihoshoshi-028", "expect": "stop",
    "sender": SAEKI,
    "to": ["岩城 伸也 <iwaki.n@midori-ginko.co.jp>"],
    "subject": "【久保様】払戻金の分配先口座一覧",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 岩城様

お世話になっております。佐伯です。
故 久保 正三様の預金払戻しにつき、相続人ごとの分配先口座を
Excelにまとめましたのでお送りします（「分配先」シート）。
「財産目録」シートは参考としてご覧ください。

よろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{"kind": "xlsx", "name": "久保家_財産目録_分配先.xlsx",
                     "sheets": {
                         "財産目録": [["故 久保正三 財産目録（令和7年4月1日現在）"], [],
                                      ["区分", "内容", "評価額"],
                                      ["預金", "みどり銀行 川越支店 普通", 8421337],
                                      ["預金", "星空信用金庫 本店 定期", 3000000],
                                      ["不動産", "川越市新富町一丁目 宅地 182.45㎡", 23600000]],
                         "分配先": [["相続人別 分配先口座"],
                                    ["氏名", "続柄", "住所", "金融機関", "支店", "種別", "口座番号", "分配割合"]]
                                   + [list(h) + [r] for h, r in zip(_heirs28, ["1/4", "1/4", "1/4", "1/8", "1/8"])],
                         "確認欄": [["作成", "佐伯"], ["確認", "森下"]]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "XLSX (several sheets, title row) with five heirs' addresses and bank accounts to an external bank.",
})

_mn29 = [next_my_number() for _ in range(3)]
MESSAGES.append({
    "id": "shihoshoshi-029", "expect": "pass",
    "sender": MORI,
    "to": ["佐伯 まどか <saeki.m@mail.hinode-sangyo.co.jp>"],
    "subject": "久保家 相続人の個人番号（税理士連携前の控え）",
    "charset": "utf-8",
    "body": f"""佐伯さん

久保家の相続人の個人番号、本人確認済みのものです。
税理士へは書面で手渡しするので、メールでは外に出さないでください。
所内の管理台帳（鍵付きフォルダ）への転記だけお願いします。

久保 忠志　{_mn29[0]}
久保 信子　{_mn29[1]}
宮坂 絹代　{_mn29[2]}

森下
""",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "My Numbers, but the only recipient is on an internal subdomain (mail.hinode-sangyo.co.jp).",
})

MESSAGES.append({
    "id": "shihoshoshi-030", "expect": "stop",
    "sender": KIRYU,
    "to": ["鶴見 浩一 <tsurumi.k@aoba-unyu.co.jp>"],
    "subject": "登記完了書類（PDF）の送付",
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 総務部 鶴見様

お世話になっております。桐生です。
役員変更登記が完了しましたので、履歴事項全部証明書のPDFをお送りします。
PDFにはパスワードを設定しております。パスワードは別途お電話でお伝えします。

原本は本日発送いたしました。
""" + SIG_KIRYU,
    "attachments": [{"kind": "pdf", "name": "履歴事項全部証明書_青葉運輸.pdf", "password": "aoba2025",
                     "lines": ["履歴事項全部証明書", "商号　青葉運輸株式会社",
                               "本店　神奈川県横浜市鶴見区大黒町5番12号"]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "Password-protected PDF to an external client: cannot be inspected.",
})

MESSAGES.append({
    "id": "shihoshoshi-031", "expect": "pass",
    "sender": SAEKI,
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "6/21 小会議室ご予約（日の出産業）出席者のご連絡",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約課 ご担当者様

お世話になっております。日の出産業の佐伯です。
6月21日（土）14:00〜16:00 で予約しております小会議室「楓」について、
当日の出席者をお知らせします。受付でのご案内をお願いいたします。

・篠原 和子 様　　090-3318-2204
・篠原 健太郎 様　090-2231-8804
・三浦 由美 様　　080-5519-0273
・森下（弊社）　　03-5201-7740

お茶のご用意（4名分）もあわせてお願いいたします。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Three guests' names and mobiles (plus own staff) to a partner hotel: under five people, may be warned.",
})

MESSAGES.append({
    "id": "shihoshoshi-032", "expect": "stop",
    "sender": KIRYU,
    "to": ["川崎電機 法務部 関口 <sekiguchi.r@kawasaki-denki.co.jp>"],
    "subject": "川崎電機サービス㈱ 役員変更登記　就任者情報のご確認",
    "charset": "utf-8",
    "body": """川崎電機株式会社 法務部
関口様

お世話になっております。日の出産業 司法書士室の桐生です。
子会社の川崎電機サービス株式会社の役員変更につき、就任承諾書を作成するため、
新任役員の皆様の情報を表にまとめました（添付Word）。
住民票・印鑑証明書の記載と一致しているかご確認ください。
""" + SIG_KIRYU,
    "attachments": [{"kind": "docx", "name": "就任者一覧_川崎電機サービス.docx",
                     "paragraphs": ["川崎電機サービス株式会社　新任役員一覧（令和7年6月25日就任予定）"],
                     "tables": [[["役職", "氏名", "生年月日", "住所"],
                                 ["代表取締役", "関 知宏", "1969年3月8日", "神奈川県川崎市宮前区宮崎二丁目4番10号"],
                                 ["取締役", "梶原 詩織", "1975年10月19日", "東京都大田区田園調布三丁目21番6号"],
                                 ["取締役", "蓮見 光太郎", "1980年1月4日", "神奈川県横浜市青葉区美しが丘一丁目13番2号"],
                                 ["取締役", "奥寺 良", "1972年7月27日", "東京都町田市原町田五丁目8番17号"],
                                 ["監査役", "笹野 節子", "1961年12月12日", "神奈川県相模原市南区相模大野六丁目3番1号"]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five officers' home addresses and birth dates to an external company: a list of five people.",
})

MESSAGES.append({
    "id": "shihoshoshi-033", "expect": "pass",
    "sender": MORI,
    "to": ["やまびこ不動産 大森 <oomori@yamabiko-fudosan.co.jp>"],
    "subject": "Re: 7/3 決済・引渡しの段取り",
    "charset": "iso-2022-jp",
    "body": """大森様

お世話になっております。森下です。
7月3日の決済について、当日の流れを確認させてください。

　10:00　みどり銀行 日本橋支店 2F 応接室 集合
　10:10　登記書類の確認（売主様・買主様の本人確認は当職が行います）
　10:30　融資実行・売買代金の振込
　11:00　鍵の引渡し、完了

登記必要書類の一覧は、前回お送りしたものから変更ありません。
当日は登記済証（権利証）をお忘れなくとお伝えください。
""" + SIG_MORI + DISC_JA,
    "entities": [],
    "detectors": [],
    "note": "A closing-day schedule to a real estate agent with the standard Japanese disclaimer: ordinary business.",
})

MESSAGES.append({
    "id": "shihoshoshi-034", "expect": "stop",
    "sender": SHINO,
    "to": ["小坂 陽平 <kosaka@kosaka-zeirishi.jp>"],
    "cc": [MORI],
    "subject": "【社外秘】相続案件の相互紹介に関する覚書（案）",
    "charset": "iso-2022-jp",
    "body": """小坂先生

いつもお世話になっております。日の出産業 法務サービス部の東雲です。
先日お話しした相続案件の相互紹介について、覚書の骨子をお送りします。

1. 当社から貴事務所へ相続税申告案件を紹介する
2. 貴事務所から当社へ相続登記・遺言執行案件を紹介する
3. 紹介料は授受しない（各士業法・倫理規程への配慮）
4. 顧客への説明書面は共通のひな形を用いる

社内で正式決裁を得る前の段階ですので、取扱いにご留意ください。
""" + SIG_SHINO,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "The mail itself is classified 【社外秘】 in the subject and goes to an outside tax accountant.",
})

MESSAGES.append({
    "id": "shihoshoshi-035", "expect": "stop",
    "sender": MORI,
    "to": ["みどり銀行 日本橋支店 融資課 <yushi-nihonbashi@midori-ginko.co.jp>"],
    "subject": "抵当権設定　本人確認記録の写し（債務者 鵜飼様）",
    "charset": "cp932",
    "body": """みどり銀行 日本橋支店 融資課 御中

お世話になっております。日の出産業 司法書士室の森下です。
7月3日実行予定の住宅ローンにつき、当職が行った本人確認の記録をお送りします。

【本人確認記録】
　氏名　　　　：鵜飼 雄一郎
　生年月日　　：昭和60年8月23日
　住所　　　　：東京都江東区豊洲四丁目2番17-1203号
　確認書類　　：運転免許証
　免許証番号　：第3021 4488 7316号
　有効期限　　：令和10年9月23日
　確認日時・方法：令和7年6月18日 対面

以上、よろしくお願いいたします。
""" + SIG_MORI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "A driver's licence number with name, birth date and address sent to a bank.",
})

MESSAGES.append({
    "id": "shihoshoshi-036", "expect": "pass",
    "sender": USAMI,
    "to": ["Anna Lindqvist <anna.lindqvist@lindqvist-partners.com>"],
    "subject": "Re: Embassy appointment - details of Mr. Ohara",
    "charset": "utf-8",
    "body": """Dear Ms. Lindqvist,

Thank you - the corrected expiry date is noted. We will use it on the form.

Kind regards,
Sae Usami

On Thu, 19 Jun 2025 at 08:42, Anna Lindqvist <anna.lindqvist@lindqvist-partners.com> wrote:
> Dear Ms. Usami,
>
> One correction to your list below: the passport expires on 3 March 2031, not February.
>
>   Name (passport):  OHARA KENJI
>   Date of birth:    12 May 1979
>   Passport No.:     TZ4839215
>
> Best regards,
> Anna Lindqvist
> Lindqvist & Partners Advokatbyrå
""",
    "entities": [],
    "detectors": [],
    "note": "The passport details are only in the quoted text of the foreign lawyer's own mail.",
})

MESSAGES.append({
    "id": "shihoshoshi-037", "expect": "stop",
    "sender": KIRYU,
    "to": ["芦田 美穂 <ashida.m@minamisato-shakyo.or.jp>"],
    "subject": "畦地様 年金の受取口座変更について",
    "charset": "iso-2022-jp",
    "body": """南里市社会福祉協議会
芦田様

お世話になっております。桐生です。
保佐人として、畦地 良三様の年金受取口座を保佐人管理口座へ変更する手続を進めます。
年金事務所へ同行いただける件、ありがとうございます。

念のため、届出に記入する基礎年金番号は 4071-286359 です。
年金証書の原本はご本人宅の仏壇の引き出しにあるとのことでした。

7月8日 10時に南里年金事務所の前でお待ちしております。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "A named person's basic pension number (social insurance number) in a sentence to an external body.",
})

MESSAGES.append({
    "id": "shihoshoshi-038", "expect": "stop",
    "sender": MORI,
    "to": ["南里中央病院 医事課 入院係 <nyuin@minamisato-chuo-hp.or.jp>"],
    "subject": "入院手続きについて（成年後見人からのご連絡）",
    "charset": "iso-2022-jp",
    "body": """南里中央病院 医事課 入院係 御中

日の出産業株式会社 司法書士室の森下と申します。
成年後見人として、下記の方の入院手続についてご連絡いたします。

　患者氏名：筧 トシ子（かけい としこ）
　生年月日：昭和11年5月5日
　保険証　：後期高齢者医療被保険者証
　　　　　　保険者番号 39131042　被保険者番号 40281937
　入院理由：6月20日 施設内での転倒による左大腿骨頸部骨折（救急搬送済み）

入院保証書は後見人として署名いたします。限度額適用認定証は申請中です。
""" + SIG_MORI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Health insurance numbers and an injury/admission reason for a named ward, sent to a hospital.",
})

MESSAGES.append({
    "id": "shihoshoshi-039", "expect": "pass",
    "sender": SAEKI,
    "to": ["五味 佳代子 <kayoko.gomi@outlook.jp>"],
    "subject": "各金融機関の相続手続窓口（ご参考）",
    "charset": "cp932",
    "body": """五味 佳代子 様

お世話になっております。佐伯です。
お父様の口座がある金融機関の相続手続窓口をまとめました。
いずれも事前予約制ですので、ご来店前にお電話ください。

　金融機関　　　　　　　窓口　　　　　　　　　　　　電話
　--------------------　----------------------------　--------------
　みどり銀行　　　　　　相続手続センター　　　　　　0120-318-420
　星空信用金庫　　　　　本店営業部 相続係　　　　　03-3264-7711
　ゆうちょ銀行　　　　　貯金事務センター（相続）　　0120-108-420
　さくら証券　　　　　　相続専用ダイヤル　　　　　　0120-555-093

当室で手続を代行する場合の報酬は、1金融機関あたり33,000円（税込）です。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "A table of banks' inheritance desks and switchboards: businesses, one free-mail client.",
})

MESSAGES.append({
    "id": "shihoshoshi-040", "expect": "stop",
    "sender": SAEKI,
    "to": ["岩城 伸也 <iwaki.n@midori-ginko.co.jp>"],
    "subject": "相続人の本人確認書類について（グエン様）",
    "charset": "utf-8",
    "body": """岩城様

お世話になっております。佐伯です。
相続人のうちお一人が外国籍の方で、印鑑登録はございますが、
本人確認書類は在留カードとなります。

　氏名　　　　：グエン ティ ホア（NGUYEN THI HOA）
　在留カード番号：UH48215937EA
　在留期限　　：2027年4月16日

手続依頼書の本人確認欄にはこちらを記載してよろしいでしょうか。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "A residence card number of a named heir sent to a bank: identity document.",
})

MESSAGES.append({
    "id": "shihoshoshi-041", "expect": "pass",
    "sender": SHINO,
    "to": ["経営企画部 <keiki@hinode-sangyo.co.jp>"],
    "cc": [MORI, KIRYU],
    "subject": "【極秘】グループ再編に伴う登記スケジュール（ドラフト）",
    "charset": "iso-2022-jp",
    "body": """経営企画部 各位

【極秘】取扱厳重注意

グループ再編（子会社2社の吸収合併）に伴う登記スケジュールのドラフトです。

　7/15　取締役会決議（合併契約承認）
　7/18　債権者保護手続 公告・催告
　8/20　臨時株主総会
　10/1　効力発生日 → 同日 合併登記申請（司法書士室）

開示前情報ですので、社内でも関係者限りでお願いします。
""" + SIG_SHINO,
    "entities": [],
    "detectors": [],
    "note": "Marked 【極秘】 but all recipients are internal.",
})

_dm = people(10, 1940, 1985)
MESSAGES.append({
    "id": "shihoshoshi-042", "expect": "stop",
    "sender": SAEKI,
    "to": ["錦印刷 営業部 宮内 <miyauchi@nishiki-insatsu.co.jp>"],
    "subject": "相続登記義務化のご案内DM　宛名データ（第1便）",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
宮内様

お世話になっております。日の出産業 司法書士室の佐伯です。
先日お見積りいただいたDMの宛名データ（第1便 10件）をお送りします。
ZIPの中のCSV（UTF-8）をそのまま差し込み印刷にお使いください。

第2便（約300件）は来週お送りします。
""" + SIG_SAEKI,
    "attachments": [{"kind": "zip", "name": "宛名データ_第1便.zip",
                     "files": [{"kind": "csv", "name": "atena_01.csv", "encoding": "utf-8",
                                "rows": [["郵便番号", "住所1", "氏名", "敬称"]]
                                + [[p["zip"], p["addr"], p["name"], "様"] for p in _dm]}]}],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "A ZIP with a CSV of ten clients' names and home addresses to a print shop.",
})

MESSAGES.append({
    "id": "shihoshoshi-043", "expect": "pass",
    "sender": SAEKI,
    "to": ["錦印刷 営業部 宮内 <miyauchi@nishiki-insatsu.co.jp>"],
    "subject": "Re: DM校正紙（相続登記義務化のご案内）",
    "charset": "iso-2022-jp",
    "body": """宮内様

校正紙ありがとうございました。以下2点の修正をお願いします。

1. 表面タイトル「相続登記が義務になりました」→「2024年4月から相続登記が義務化されました」
2. 裏面の過料の記載「10万円」→「10万円以下」

部数は圧着はがき 3,000部、単価 28.5円（税別）で確定です。
納品は7月10日、弊社7階受付までお願いいたします。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": [],
    "note": "Proof corrections and a print order to a partner printer: no personal data.",
})

MESSAGES.append({
    "id": "shihoshoshi-044", "expect": "stop",
    "sender": KIRYU,
    "to": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "FW: 相談者（鰐淵様）からのメール",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。桐生です。
昨日お電話した債務整理のご相談者、鰐淵様からのメールを添付で転送します。
借入総額が140万円を超えるため、先生にご担当いただければと存じます。
事情はメールに詳しく書かれています。
""" + SIG_KIRYU,
    "attachments": [{"kind": "eml", "name": "相談者からのメール.eml", "message": {
        "sender": "鰐淵 亜紀 <aki.wanibuchi@gmail.com>",
        "to": [KIRYU],
        "subject": "借金の相談について",
        "charset": "utf-8",
        "body": """桐生先生

先日はありがとうございました。鰐淵です。
お話しできなかったことを書きます。

2年前にうつ病と診断されて休職し、今も心療内科に通院しています。
休職中に生活費が足りず、カードローン3社から借りてしまいました。
現在は傷病手当金も終わり、返済が月8万円あって払えません。

住所は川崎市高津区溝口二丁目15番4号、電話は090-5521-0038です。
よろしくお願いします。
""",
    }}],
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "A client's mail with her depression diagnosis forwarded as an attached .eml to a law firm.",
})

MESSAGES.append({
    "id": "shihoshoshi-045", "expect": "pass",
    "sender": MORI,
    "to": ["岩城 伸也 <iwaki.n@midori-ginko.co.jp>"],
    "subject": "担当者変更のお知らせ",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 相続手続センター
岩城様

いつもお世話になっております。森下です。
7月より、貴行との相続手続の窓口を下記の者に変更いたします。

　日の出産業株式会社 司法書士室
　司法書士補助者　佐伯 まどか
　直通 03-5201-7743
　saeki.m@hinode-sangyo.co.jp

引き続き、よろしくお願い申し上げます。
""" + SIG_MORI,
    "entities": [],
    "detectors": [],
    "note": "One business contact (a colleague's office line) handed to a partner bank: ordinary business.",
})

MESSAGES.append({
    "id": "shihoshoshi-046", "expect": "stop",
    "sender": KIRYU,
    "to": ["関口 亮 <sekiguchi.r@kawasaki-denki.co.jp>"],
    "subject": "グループ会社の商号変更・目的変更 進め方のご提案",
    "charset": "utf-8",
    "body": """関口様

お世話になっております。桐生です。
先日のご相談を踏まえ、商号変更・目的変更の進め方をスライドにまとめました。
社内のご説明にお使いください。
""" + SIG_KIRYU,
    "attachments": [{"kind": "pptx", "name": "商号変更_進め方.pptx",
                     "page_footer": "Confidential - 川崎電機グループ限り",
                     "slides": [["商号変更・目的変更のご提案", "日の出産業 法務サービス部 司法書士室", "2025年6月"],
                                ["スケジュール", "7月：類似商号調査・目的の適格性確認",
                                 "8月：臨時株主総会（定款変更）", "9月1日：変更登記申請"],
                                ["費用", "登録免許税 3万円（商号・目的 同時申請）", "報酬 6万円（税別）"]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "Every slide of the attached PPTX carries a 'Confidential' footer; sent to an external partner.",
})

MESSAGES.append({
    "id": "shihoshoshi-047", "expect": "pass",
    "sender": MORI,
    "to": ["桜ヶ丘町内会 事務局 <jimukyoku@sakuragaoka-chonaikai.jp>"],
    "subject": "7/27 相続登記セミナー 資料のご送付",
    "charset": "iso-2022-jp",
    "body": """桜ヶ丘町内会 事務局 御中

お世話になっております。日の出産業の森下です。
7月27日の「相続登記の義務化」ミニセミナーの資料をお送りします。
回覧板用に印刷していただく場合は、2枚目・3枚目のみで結構です。
""" + SIG_MORI,
    "attachments": [{"kind": "pptx", "name": "相続登記セミナー_桜ヶ丘.pptx",
                     "slides": [["知っておきたい 相続登記の義務化", "2025年7月27日 桜ヶ丘会館", "司法書士 森下 透"],
                                ["何が変わった？", "2024年4月1日から相続登記が義務に",
                                 "相続を知った日から3年以内", "正当な理由なく怠ると10万円以下の過料"],
                                ["まず何をすればいい？", "登記簿で名義を確認", "戸籍を集める",
                                 "相続人申告登記という簡易な方法も"],
                                ["ご相談窓口", "日の出産業 司法書士室 03-5201-7740（平日9時～17時半）"]]}],
    "entities": [],
    "detectors": [],
    "note": "Seminar slides for a neighbourhood association: public information, no personal data.",
})

_k48 = [("シライシ　トメ", "母", _dt.date(1938, 2, 11), "０４２－５６３－２２１８"),
        ("シライシ　コウイチ", "長男", _dt.date(1960, 7, 29), "０９０－７１２５－４４０３"),
        ("ハセガワ　ユリ", "長女", _dt.date(1963, 12, 3), "０８０－２２０９－６１７４"),
        ("シライシ　ジュンペイ", "次男", _dt.date(1966, 5, 16), "０７０－４４８１－３０２９"),
        ("シライシ　ナナミ", "孫", _dt.date(1991, 1, 8), "０９０－６６５０－２８１１")]
MESSAGES.append({
    "id": "shihoshoshi-048", "expect": "stop",
    "sender": SAEKI,
    "to": ["やまびこ不動産 大森 <oomori@yamabiko-fudosan.co.jp>"],
    "subject": "白石家　相続人の方の連絡先",
    "charset": "cp932",
    "body": "大森様\n\nお世話になっております。佐伯です。\n"
            "白石様のご実家売却の件、相続人の皆様の連絡先をお送りします。\n"
            "（漢字表記は戸籍の取り寄せ後に改めてお知らせします）\n\n"
            + "".join(f"・{n}（{r}）　{zen(wareki(d))}生　{t}\n" for n, r, d, t in _k48)
            + "\nよろしくお願いいたします。\n" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Five people in katakana with 和暦 birth dates and full-width phone numbers, bulleted, to a real estate agent.",
})

MESSAGES.append({
    "id": "shihoshoshi-049", "expect": "stop",
    "sender": USAMI,
    "to": ["Daniel Cho <daniel.cho@harbourline-capital.com>"],
    "subject": "Harbourline Japan KK - officers' details for the registration",
    "charset": "utf-8",
    "body": """Dear Daniel,

Below are the officers' details as we will enter them in the incorporation
application. Please check the spelling, dates of birth and addresses against their
passports / residence records and reply by Friday.

Role                 Name                 Date of birth   Residential address
-------------------  -------------------  --------------  ---------------------------------------------
Representative Dir.  Haruto Kamimura      1978-04-09      3-5-12 Minami-Azabu, Minato-ku, Tokyo
Director             Emily Tan Wei Ling   1984-11-23      2-18-7 Higashi, Shibuya-ku, Tokyo
Director             Ryosuke Amagi        1981-06-30      1-9-4 Nakameguro, Meguro-ku, Tokyo
Director             Priya Raman          1986-02-14      5-22-3 Shirokane, Minato-ku, Tokyo
Statutory Auditor    Keiko Fushimi        1969-08-05      4-11-20 Kichijoji-Honcho, Musashino-shi, Tokyo

Note: the Representative Director's address will appear on the public register.
""" + SIG_USAMI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Five officers in romaji with dates of birth and home addresses, to an external client.",
})

_tsubasa_sub = corp_number("010401226785")
MESSAGES.append({
    "id": "shihoshoshi-050", "expect": "pass",
    "sender": KIRYU,
    "to": ["ツバサシステム 管理本部 <kanri@tsubasa-system.jp>"],
    "subject": "【登記完了】ツバサクラウドサービス株式会社 設立登記",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム株式会社 管理本部 御中

お世話になっております。日の出産業 司法書士室の桐生です。
ツバサクラウドサービス株式会社の設立登記が完了しました。

　商号　　　：ツバサクラウドサービス株式会社
　会社成立日：令和7年6月2日
　法人番号　：{_tsubasa_sub}（国税庁の公表は1週間程度後になります）
　本店　　　：東京都港区芝浦三丁目9番1号

履歴事項全部証明書3通と印鑑カードは本日発送いたしました。
税務署・年金事務所への届出は、貴社ご担当者様でお願いいたします。
""" + SIG_KIRYU,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "A new company's 法人番号 and registered office: company data, not people's.",
})

# ---------------------------------------------------------------------------------------
# 051-075
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shihoshoshi-051", "expect": "stop",
    "sender": MORI,
    "to": ["岩城 伸也 <iwaki.n@midori-ginko.co.jp>"],
    "cc": ["小坂 陽平 <kosaka@kosaka-zeirishi.jp>", "大森 剛 <oomori@yamabiko-fudosan.co.jp>"],
    "subject": "久保様 川越の土地売却　決済日の件",
    "charset": "iso-2022-jp",
    "body": """関係者各位

お世話になっております。日の出産業の森下です。
久保様の川越の土地について、買主様側の融資承認が下りましたので、
決済日を8月5日（火）午前で調整させてください。

・みどり銀行様：売主口座への着金確認と相続預金の解約を同日にお願いできますか
・小坂先生：譲渡所得の概算を、分配前に相続人の皆様へご説明いただけると助かります
・やまびこ不動産様：買主様への日程のご連絡をお願いします

ご都合をお知らせください。
""" + SIG_MORI,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "Three external organisations (bank, tax accountant, real estate agent) see each other in To/Cc.",
})

MESSAGES.append({
    "id": "shihoshoshi-052", "expect": "pass",
    "sender": BOX,
    "to": [BOX],
    "bcc": ["fumie.takanashi@yahoo.co.jp", "egashira.masaru@gmail.com", "mitarai-yoko@icloud.com",
            "satoko.yamanashi@docomo.ne.jp", "kayoko.gomi@outlook.jp", "h.domon1962@gmail.com",
            "t-hachisuka@ezweb.ne.jp", "noriko.ichinose@softbank.ne.jp"],
    "subject": "夏季休業のお知らせ（日の出産業 司法書士室）",
    "charset": "iso-2022-jp",
    "body": """お客様各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
誠に勝手ながら、下記の期間を夏季休業とさせていただきます。

　休業期間：2025年8月13日（水）〜8月17日（日）

休業期間中にいただいたお問い合わせは、8月18日（月）以降に順次ご回答いたします。
ご不便をおかけしますが、何卒ご了承ください。

※本メールは、現在お手続き中のお客様へBCCにてお送りしております。
""" + SIG_MORI.replace("司法書士　森下　透\n", ""),
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "A notice to clients correctly sent with every external address in Bcc.",
})

_acct53 = []
for _room in ("101", "103", "108", "112", "205", "207", "211", "214"):
    _d = _dt.date(1929, 1, 1) + _dt.timedelta(days=rng.randrange(365 * 18))
    _acct53.append([_room, wareki(_d, "short"), "みどり銀行", rng.choice(["南里支店", "南里駅前出張所"]),
                    "普通", f"{rng.randint(1000000, 9999999)}", rng.choice(["後見", "後見", "保佐", "補助"])])
MESSAGES.append({
    "id": "shihoshoshi-053", "expect": "stop",
    "sender": SAEKI,
    "to": ["みどり銀行 南里支店 <minamisato@midori-ginko.co.jp>"],
    "subject": "後見制度支援預金への切替対象口座",
    "charset": "utf-8",
    "body": """みどり銀行 南里支店 御中

お世話になっております。日の出産業 司法書士室の佐伯です。
当室が後見人等を務める、特養さくらの里ご入居者様の口座のうち、
後見制度支援預金への切替を予定している口座の一覧をお送りします。
（居室番号で管理しております。お名前は来店時に照合させてください）
""" + SIG_SAEKI,
    "attachments": [{"kind": "xlsx", "name": "切替対象口座.xlsx",
                     "sheets": {"対象口座": [["後見制度支援預金 切替対象（さくらの里）"],
                                             ["居室", "生年月日", "金融機関", "支店", "種別", "口座番号", "類型"]]
                                + _acct53}}],
    "entities": ["DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "Eight wards' birth dates and bank accounts keyed by room number, no name column, to a bank.",
})

MESSAGES.append({
    "id": "shihoshoshi-054", "expect": "stop",
    "sender": KIRYU,
    "to": ["ツバサシステム 開発部 宍戸 <shishido@tsubasa-system.jp>"],
    "subject": "案件管理システム改修　現行業務フローの資料",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム 宍戸様

お世話になっております。桐生です。
案件管理システム改修の要件定義用に、現行の業務マニュアルを添付します。
第3章（登記申請の進捗ステータス）が今回の改修対象です。
""" + SIG_KIRYU,
    "attachments": [{"kind": "docx", "name": "司法書士室_業務マニュアル_v4.docx",
                     "page_footer": "部外秘　日の出産業株式会社 法務サービス部",
                     "paragraphs": ["司法書士室 業務マニュアル（第4版）",
                                    "第1章　受付と利益相反チェック",
                                    "第2章　本人確認（犯罪収益移転防止法）と記録の保存",
                                    "第3章　登記申請の進捗ステータス",
                                    "　3-1 受任 → 書類収集 → 申請 → 補正 → 完了 → 納品",
                                    "　3-2 補正連絡は法務局からの電話を受けた者が入力する"]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "The attached manual is stamped 部外秘 in its footer and goes to an outside vendor.",
})

MESSAGES.append({
    "id": "shihoshoshi-055", "expect": "pass",
    "sender": SAEKI,
    "to": ["一ノ瀬 典子 <noriko.ichinose@softbank.ne.jp>"],
    "subject": "原本書類の返却方法について",
    "charset": "iso-2022-jp",
    "body": """一ノ瀬 様

お世話になっております。佐伯です。
お預かりしている権利証と戸籍謄本の原本ですが、機密保持の観点から、
メールやFAXではなく、簡易書留で郵送にてご返却いたします。
ご不在の場合は郵便局で1週間保管されますので、お受け取りをお願いいたします。

また、ご依頼の件の秘密保持については、当室の個人情報保護方針に従い
適切に管理しておりますのでご安心ください。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "Mentions 機密保持/秘密保持 as a topic, not a marking; one free-mail client.",
})

MESSAGES.append({
    "id": "shihoshoshi-056", "expect": "stop",
    "sender": KIRYU,
    "to": ["野々村 彩 <nonomura.a@hoshizora-shinkin.co.jp>"],
    "subject": "相続財産目録の送付（久我山様）",
    "charset": "cp932",
    "body": """野々村様

お世話になっております。桐生です。
久我山様の相続財産目録をExcelでお送りします。
貴庫の定期預金の評価額（既経過利息を含む）をご確認いただけますと幸いです。
""" + SIG_KIRYU,
    "attachments": [{"kind": "corrupt", "name": "相続財産目録_久我山.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "The attached XLSX is corrupt and cannot be read.",
})

MESSAGES.append({
    "id": "shihoshoshi-057", "expect": "pass",
    "sender": USAMI,
    "to": ["Hartley Notaries <enquiries@hartley-notary.co.uk>"],
    "subject": "Enquiry: notarisation and apostille of a signature for use in Japan",
    "charset": "utf-8",
    "body": """Dear Sir or Madam,

We are a judicial scrivener office in Tokyo handling an inheritance registration.
One of the heirs lives in London and needs to have his signature on an agreement
notarised, with an apostille, for use before the Legal Affairs Bureau in Japan.

Could you let us know:
1. your fee for notarising one signature and obtaining the apostille;
2. whether the document may be in Japanese with an English translation attached;
3. your usual turnaround time.

The heir will contact you directly to book an appointment.
""" + SIG_USAMI,
    "entities": [],
    "detectors": [],
    "note": "A general enquiry in English to a foreign notary: no personal data.",
})

MESSAGES.append({
    "id": "shihoshoshi-058", "expect": "stop",
    "sender": SAEKI,
    "to": ["みどり銀行 相続手続センター <souzoku-center@midori-ginko.co.jp>"],
    "subject": "【受付番号 SZ-2025-05337】相続人に未成年・要支援者がいる場合の手続",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 相続手続センター ご担当者様

お世話になっております。日の出産業 司法書士室の佐伯です。

標記受付番号の件で一点ご相談です。相続人の一人である次男の水城 徹様（41歳）は
重度の知的障害があり（療育手帳A判定）、ご自身で遺産分割協議に参加することが
難しい状況です。現在、成年後見の申立てを準備しております。

後見人が選任されるまでの間、解約手続を保留としていただくことは可能でしょうか。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A named heir's intellectual disability (療育手帳A) in a sentence to a bank.",
})

MESSAGES.append({
    "id": "shihoshoshi-059", "expect": "stop",
    "sender": MORI,
    "to": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "土門家の祭祀承継について（ご相談）",
    "charset": "utf-8",
    "body": """白川先生

お世話になっております。森下です。
土門家の遺産分割の件で、先生のご意見を伺いたい点があります。

長男の土門 広志様が、お墓と仏壇（祭祀財産）の承継を拒否されています。
ご本人いわく、20年ほど前から○○の教会（キリスト教系の新宗教）の信者で、
仏式の法要や墓の管理には関われない、とのことです。
一方で長女の静江様は、長男が継ぐべきだと強く主張されています。

調停になる可能性もあり、先生にご対応をお願いできればと考えております。
""" + SIG_MORI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A named person's religion (creed) stated to an external law firm: 要配慮個人情報.",
})

MESSAGES.append({
    "id": "shihoshoshi-060", "expect": "stop",
    "sender": KIRYU,
    "to": ["星空信用金庫 南里支店 <minamisato@hoshizora-shinkin.co.jp>"],
    "subject": "栗林様の口座について（至急）",
    "charset": "iso-2022-jp",
    "body": """星空信用金庫 南里支店 御中

日の出産業 司法書士室の桐生です。補助人として連絡いたします。

栗林 修様（普通預金 口座番号 2209475）が、先週、息子を名乗る者からの電話で
現金280万円を騙し取られる特殊詐欺の被害に遭われました。警察には被害届を提出済みです。
再被害防止のため、当面、窓口での高額払戻しの際は当職へご一報いただけますでしょうか。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A named client's having been a crime victim, with his account number, sent to a bank.",
})

MESSAGES.append({
    "id": "shihoshoshi-061", "expect": "pass",
    "sender": KIRYU,
    "to": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "Re: 蜂須賀様 自己破産申立ての件",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。桐生です。
蜂須賀様の件、先生にご担当いただけるとのこと、ありがとうございます。
ご本人の連絡先と概要をお送りします。

　蜂須賀 達也 様
　住所：神奈川県川崎市幸区中幸町三丁目14番8号
　債権者：5社（消費者金融3社、カード会社2社）
　債務総額：約420万円
　収入：月額手取り18万円（給与所得）

家計収支表と債権調査票は、ご本人了承のうえ書留でお送りします。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "One debtor's contact and debts handed to a partner law firm: one person; bankruptcy is not 要配慮.",
})

MESSAGES.append({
    "id": "shihoshoshi-062", "expect": "stop",
    "sender": KIRYU,
    "to": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "過払い金請求　140万円超の案件（ご紹介）",
    "charset": "utf-8",
    "body": "白川先生\n\nお世話になっております。桐生です。\n"
            "認定司法書士の代理権の範囲（140万円）を超える見込みの過払い金案件を、"
            "先生にご紹介させてください。\nExcelから貼り付けたのでタブ区切りのままです。\n\n"
            "受付No\t氏名\t電話\t生年月日\t主な取引先\t推定過払額\n"
            "KB-301\t鷲尾 清美\t090-1182-5530\t1962/05/14\tエース・クレジット\t1,820,000\n"
            "KB-302\t東 孝司\t080-4471-0026\t1958/10/02\tなのはなカード\t2,340,000\n"
            "KB-305\t仙石 洋子\t070-6215-8893\t1967/03/21\tサンライズローン\t1,560,000\n"
            "KB-307\t樋渡 誠\t090-3350-1174\t1955/12/09\tエース・クレジット\t3,010,000\n"
            "KB-311\t小野寺 葵\t080-9902-6641\t1971/07/30\tなのはなカード\t1,470,000\n"
            "KB-312\t門馬 健二\t090-7736-2208\t1960/01/18\tサンライズローン\t1,990,000\n\n"
            "いずれもご本人から弁護士への引継ぎの同意をいただいております。\n" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "Tab-separated list of six debt clients with phones and birth dates to a law firm.",
})

MESSAGES.append({
    "id": "shihoshoshi-063", "expect": "either",
    "sender": KIRYU,
    "to": ["鶴見 浩一 <tsurumi.k@aoba-unyu.co.jp>"],
    "subject": "定時総会後の役員構成（登記記載予定）",
    "charset": "iso-2022-jp",
    "body": """鶴見様

お世話になっております。桐生です。
定時株主総会後の役員構成は、登記簿上、次のとおりとなる予定です。

　代表取締役　青柳 宗一郎　（重任）令和7年6月26日
　取締役　　　青柳 千晶　　（重任）令和7年6月26日
　取締役　　　加賀谷 修　　（就任）令和7年6月26日
　取締役　　　天童 恵美　　（重任）令和7年6月26日
　監査役　　　宮路 信之　　（重任）令和7年6月26日
　取締役　　　波多野 誠　　（退任）令和7年6月26日

議事録の案は明日お送りします。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "Six officers' names with roles and dates, all public register data, sent to their own company: list or not is debatable.",
})

MESSAGES.append({
    "id": "shihoshoshi-064", "expect": "stop",
    "sender": MORI,
    "to": ["芦田 美穂 <ashida.m@minamisato-shakyo.or.jp>"],
    "subject": "大河内様のご親族連絡先（緊急連絡網）",
    "charset": "cp932",
    "body": """芦田様

お世話になっております。森下です。
大河内様の緊急連絡網として、ご親族の連絡先をお知らせします。
施設とも共有いただいて構いません。

【１】大河内 秀明（甥・申立人）
　　〒２７３－０００５　千葉県船橋市本町四丁目３番２１号
　　ＴＥＬ　０９０－２６６８－４１０２
　　昭和４２年８月１日生

【２】大河内 佐和子（甥の妻）
　　〒２７３－０００５　千葉県船橋市本町四丁目３番２１号
　　ＴＥＬ　０８０－５０３７－２２５９
　　昭和４５年１月２０日生

【３】荻窪 たか（姪）
　　〒１８１－００１３　東京都三鷹市下連雀二丁目９番１７号
　　ＴＥＬ　０４２２－４４－７１３０
　　昭和３９年１１月６日生

【４】大河内 勇作（甥）
　　〒３７０－０８４９　群馬県高崎市八島町１１番地
　　ＴＥＬ　０２７－３２５－６６８４
　　昭和４８年３月２９日生

【５】荻窪 遥（姪の長女）
　　〒１８１－００１３　東京都三鷹市下連雀二丁目９番１７号
　　ＴＥＬ　０７０－３９１４－８８２６
　　平成４年６月１２日生

【６】南雲 キヨ（ご本人の妹）
　　〒３１０－００１５　茨城県水戸市宮町一丁目５番８号
　　ＴＥＬ　０２９－２２１－３４０７
　　昭和１２年１０月３日生
""" + SIG_MORI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "Six relatives, one block each, with full-width postcodes, phones and 和暦 birth dates, to an external council.",
})

MESSAGES.append({
    "id": "shihoshoshi-065", "expect": "pass",
    "sender": USAMI,
    "to": ["Daniel Cho <daniel.cho@harbourline-capital.com>"],
    "cc": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "Kick-off call: Harbourline Japan KK incorporation",
    "charset": "utf-8",
    "body": """Dear Daniel, Dear Mr. Shirakawa,

Thank you both for agreeing to a short kick-off call on the incorporation of
Harbourline Japan KK.

  Date:  Wednesday, 9 July 2025, 10:00-10:45 JST (09:00 SGT)
  Where: Zoom (link to follow)
  Agenda:
    1. Articles of incorporation - business purposes and share capital
    2. Bank account opening in Japan (Mr. Shirakawa's firm to advise on the
       representative's visa status)
    3. Timeline to registration at the Tokyo Legal Affairs Bureau

Please let me know if the time does not suit you.
""" + SIG_USAMI,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "Meeting mail to two external organisations: a normal three-way call.",
})

MESSAGES.append({
    "id": "shihoshoshi-066", "expect": "stop",
    "sender": KIRYU,
    "to": ["白川 俊介 <shirakawa@shirakawa-law.com>"],
    "subject": "鰐淵様のご相談（債務整理）引継ぎ",
    "charset": "iso-2022-jp",
    "body": """白川先生

お世話になっております。桐生です。
先ほどお電話でお話しした鰐淵様の件、引継ぎの概要をお送りします。

　ご相談者：鰐淵 亜紀 様
　連絡先　：090-5521-0038（平日18時以降希望）
　債権者　：カードローン3社、債務総額 約190万円
　希望　　：任意整理（住宅は保有なし）

ご本人には先生から直接ご連絡いただく旨、お伝えしております。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "shirakawa-law.com is a TLD-swapped look-alike of the partner law firm's shirakawa-law.jp.",
})

MESSAGES.append({
    "id": "shihoshoshi-067", "expect": "stop",
    "sender": SAEKI,
    "to": ["みどり銀行 相続手続センター <souzoku-center@rnidori-ginko.co.jp>"],
    "subject": "相続手続依頼書 発送のご連絡（久保様）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 相続手続センター ご担当者様

お世話になっております。日の出産業 司法書士室の佐伯です。
久保様の相続手続依頼書（相続人全員の署名押印済み）を、本日発送いたしました。

　追跡番号：レターパックプラス 3318-4402-7715
　同封物　：相続手続依頼書、法定相続情報一覧図の写し、印鑑証明書5通

到着後、受付のご連絡をいただけますと幸いです。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "rnidori-ginko.co.jp uses 'rn' for 'm': a homoglyph look-alike of the partner bank.",
})

MESSAGES.append({
    "id": "shihoshoshi-068", "expect": "stop",
    "sender": KIRYU,
    "to": ["鶴見 浩一 <tsurumi.k@aoba-unuy.co.jp>"],
    "subject": "役員変更登記　申請のご報告",
    "charset": "iso-2022-jp",
    "body": """鶴見様

お世話になっております。桐生です。
本日、横浜地方法務局 神奈川出張所へ役員変更登記を申請いたしました。
完了予定日は7月10日と案内されています。
完了後、履歴事項全部証明書を取得してお送りします。
""" + SIG_KIRYU,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unuy.co.jp swaps two letters of the partner's aoba-unyu.co.jp.",
})

MESSAGES.append({
    "id": "shihoshoshi-069", "expect": "pass",
    "sender": KIRYU,
    "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    "subject": "本店移転登記のお見積り（札幌市内 → 江別市）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社 総務部 御中

お世話になっております。桐生です。
管轄外への本店移転につき、お見積りは次のとおりです。

　登録免許税（旧本店所在地分）　30,000円
　登録免許税（新本店所在地分）　30,000円
　報酬（定款変更議事録作成含む）55,000円（税別）
　実費（証明書・郵送料等）　　　約3,000円

移転日は取締役会でご決定ください。移転日から2週間以内に申請が必要です。
""" + SIG_KIRYU,
    "entities": [],
    "detectors": [],
    "note": "A fee quote to the correct partner domain kitaguni-foods.co.jp; nothing to stop.",
})

MESSAGES.append({
    "id": "shihoshoshi-070", "expect": "stop",
    "sender": KIRYU,
    "to": ["関口 亮 <sekiguchi.r@kawasaki.denki.co.jp>"],
    "subject": "商号変更　類似商号調査の結果",
    "charset": "utf-8",
    "body": """関口様

お世話になっております。桐生です。
ご検討中の新商号「カワサキ電機テクノサービス株式会社」について、
同一本店所在地での同一商号はございませんでした。登記上の支障はありません。

念のため、商標の観点では別途弁理士への確認をお勧めします。
""" + SIG_KIRYU,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki.denki.co.jp puts a dot for the hyphen of the partner's kawasaki-denki.co.jp.",
})

MESSAGES.append({
    "id": "shihoshoshi-071", "expect": "pass",
    "sender": SHINO,
    "to": ["人事部 厚生課 <kosei@hinode-sangyo.co.jp>"],
    "cc": [MORI],
    "subject": "【社外秘】従業員向け法律相談 利用状況（4-6月）",
    "charset": "utf-8",
    "body": """人事部 厚生課 各位

【社外秘】

従業員向け法律相談（福利厚生）の4-6月の利用状況です。
個別の相談内容は相談者の同意の範囲で記載しています。

　相談者　　　所属　　　　相談内容
　―――――――――――――――――――――――――――――――――――
　中條 亮介　物流部　　　父の相続登記。父は認知症で施設入所中に死亡。
　今泉 美香　営業二部　　離婚に伴う自宅の財産分与登記。
　早乙女 勉　工場管理課　借入の任意整理。本人はうつ病で休職歴あり。

人事部での配慮事項の検討に限ってご利用ください。
""" + SIG_SHINO,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "Marked 社外秘 and holds an employee's health information, but every recipient is internal.",
})

_heirs72 = [["相続人", "長男", "久我山 司", "昭和44年3月30日", "東京都杉並区阿佐谷北三丁目14番2号"],
            ["相続人", "二男", "久我山 敦", "昭和47年9月12日", "東京都府中市晴見町四丁目10番地"],
            ["相続人", "長女", "早坂 玲子", "昭和50年4月1日", "千葉県市川市八幡二丁目7番15号"],
            ["相続人", "孫（代襲）", "久我山 蒼", "平成12年2月2日", "神奈川県横浜市港北区日吉本町一丁目20番3号"],
            ["相続人", "孫（代襲）", "久我山 結", "平成15年8月19日", "神奈川県横浜市港北区日吉本町一丁目20番3号"],
            ["相続人", "孫（代襲）", "久我山 大和", "平成18年11月27日", "神奈川県横浜市港北区日吉本町一丁目20番3号"]]
MESSAGES.append({
    "id": "shihoshoshi-072", "expect": "stop",
    "sender": KIRYU,
    "to": ["野々村 彩 <nonomura.a@hoshizora-shinkin.co.jp>"],
    "subject": "法定相続情報一覧図（写し）のPDF",
    "charset": "iso-2022-jp",
    "body": """野々村様

お世話になっております。桐生です。
法務局で認証を受けた法定相続情報一覧図の写しのPDFをお送りします。
原本（認証文付き）は手続依頼書とあわせて郵送いたします。
""" + SIG_KIRYU,
    "attachments": [{"kind": "pdf", "name": "法定相続情報一覧図_久我山正吾.pdf",
                     "title": "法定相続情報一覧図",
                     "lines": ["被相続人 久我山正吾 法定相続情報",
                               "最後の住所　東京都杉並区阿佐谷北三丁目14番2号",
                               "出生　昭和16年8月2日　死亡　令和7年1月11日", ""],
                     "table": [["区分", "続柄", "氏名", "生年月日", "住所"]] + _heirs72}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF table of six heirs with birth dates and addresses (法定相続情報一覧図) to a bank.",
})

_t_hinode = "T" + corp_number("010001054418")
MESSAGES.append({
    "id": "shihoshoshi-073", "expect": "pass",
    "sender": "日の出産業 司法書士室 請求担当 <legal-shiho@hinode-sangyo.co.jp>",
    "to": ["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
    "subject": "ご請求書送付のご案内（請求書番号 SH-INV-2025-0614）",
    "charset": "cp932",
    "body": """川崎電機株式会社 経理部 御中

いつもお世話になっております。日の出産業 司法書士室でございます。
川崎電機サービス株式会社 役員変更登記の報酬につき、ご請求書をお送りします。
お支払期限：2025年7月31日
""",
    "attachments": [{"kind": "pdf", "name": "請求書_SH-INV-2025-0614.pdf",
                     "lines": ["御請求書", "川崎電機株式会社 御中", "請求書番号 SH-INV-2025-0614",
                               f"日の出産業株式会社 登録番号 {_t_hinode}",
                               "振込先：みどり銀行 日本橋支店 普通 0451187 ヒノデサンギヨウ（カ", ""],
                     "table": [["品目", "数量", "金額"],
                               ["役員変更登記 報酬", "1", "50,000"],
                               ["登録免許税（立替）", "1", "10,000"],
                               ["登記事項証明書（立替）", "2", "1,200"],
                               ["消費税（10%、報酬分）", "", "5,000"],
                               ["合計", "", "66,200"]]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "An invoice PDF with the firm's T-number and company bank account: business data only.",
})

_kyoyu = people(9, 1930, 1975)
MESSAGES.append({
    "id": "shihoshoshi-074", "expect": "stop",
    "sender": MORI,
    "to": ["南里市 都市整備部 用地課 <yochi@city-minamisato.lg.jp>"],
    "subject": "市道拡幅用地（南里町字東原123番）共有者の調査結果",
    "charset": "cp932",
    "body": """南里市 都市整備部 用地課 御中

お世話になっております。日の出産業 司法書士室の森下です。
ご依頼の所有者不明土地の共有者調査が終わりましたので、結果をExcel（xls形式）でお送りします。
登記簿上の住所から転居している方は、戸籍の附票で現住所を確認しています。
""" + SIG_MORI,
    "attachments": [{"kind": "xls", "name": "共有者調査_東原123.xls",
                     "sheets": {"共有者一覧": [["持分", "氏名", "生年月日", "現住所", "備考"]]
                                + [[f"1/{9}", p["name"], p["dob"].strftime("%Y/%m/%d"), p["addr"],
                                    rng.choice(["", "登記簿住所から転居", "相続未登記（父名義）", ""])]
                                   for p in _kyoyu]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Legacy XLS listing nine co-owners with birth dates and current addresses, sent to a city office.",
})

_biz75 = [("青葉運輸株式会社", corp_number("020001033017"), "神奈川県横浜市鶴見区大黒町5番12号", "役員変更（6月）"),
          ("北国フーズ株式会社", _kita_corp, "北海道札幌市中央区北三条西七丁目1番地", "本店移転（予定）"),
          ("川崎電機サービス株式会社", corp_number("020001045562"), "神奈川県川崎市幸区堀川町580番地", "役員変更（6月）"),
          ("ツバサクラウドサービス株式会社", _tsubasa_sub, "東京都港区芝浦三丁目9番1号", "設立（6/2）"),
          ("株式会社花水木建設", corp_number("030001098840"), "埼玉県さいたま市浦和区高砂三丁目4番9号", "増資（7月予定）"),
          ("合同会社ミナミサト農園", corp_number("050003007215"), "千葉県南里市緑ヶ丘二丁目2番地", "目的変更")]
MESSAGES.append({
    "id": "shihoshoshi-075", "expect": "pass",
    "sender": KIRYU,
    "to": ["ツバサシステム 開発部 宍戸 <shishido@tsubasa-system.jp>"],
    "subject": "案件管理システム　法人顧客マスタのテストデータ",
    "charset": "utf-8",
    "body": "宍戸様\n\nお世話になっております。桐生です。\n"
            "法人顧客マスタの取込テスト用に、実在の法人顧客（公表情報のみ）を6件お送りします。\n"
            "法人番号は国税庁の公表サイトで確認済みです。\n\n"
            "商号,法人番号,本店所在地,直近の案件\n"
            + "".join(f"{n},{c},{a},{t}\n" for n, c, a, t in _biz75)
            + "\n個人のお客様のデータはテストに使わない方針ですので、ダミーでお願いします。\n" + SIG_KIRYU,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "A list of companies with 法人番号 and registered offices: businesses, not people.",
})

# ---------------------------------------------------------------------------------------
# 076-100
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "shihoshoshi-076", "expect": "stop",
    "sender": USAMI,
    "to": ["Daniel Cho <daniel.cho@harbourline-capital.com>"],
    "subject": "Draft articles of incorporation and timeline (zip)",
    "charset": "utf-8",
    "body": """Dear Daniel,

Please find attached a zip file with the draft articles of incorporation (Japanese
with English translation) and the registration timeline.
Your comments on the business purposes would be appreciated by 18 July.
""" + SIG_USAMI,
    "attachments": [{"kind": "zip", "name": "Harbourline_KK_drafts.zip", "files": [
        {"kind": "docx", "name": "Articles_draft_v2.docx", "page_header": "機密 / CONFIDENTIAL",
         "paragraphs": ["定款（案） / Articles of Incorporation (Draft)",
                        "第1条（商号）当会社は、ハーバーライン・ジャパン株式会社と称する。",
                        "Article 1 (Trade name) The Company shall be called Harbourline Japan KK.",
                        "第2条（目的）当会社は、次の事業を営むことを目的とする。1. 投資顧問業 2. 前号に附帯する一切の業務"]},
        {"kind": "xlsx", "name": "Timeline.xlsx",
         "sheets": {"Timeline": [["Step", "Target date"], ["Articles fixed", "2025-07-25"],
                                 ["Capital paid in", "2025-08-01"], ["Registration filed", "2025-08-04"]]}}]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "A DOCX inside an unencrypted ZIP is stamped 機密 / CONFIDENTIAL in its header; external recipient.",
})

MESSAGES.append({
    "id": "shihoshoshi-077", "expect": "stop",
    "sender": KIRYU,
    "to": ["鶴見 浩一 <tsurumi.k@aoba-unyu.co.jp>"],
    "subject": "委任状・就任承諾書のひな形",
    "charset": "iso-2022-jp",
    "body": """鶴見様

お世話になっております。桐生です。
登記申請の委任状と就任承諾書のひな形をお送りします。
代表者印の押印をお願いいたします。
""" + SIG_KIRYU,
    "attachments": [{"kind": "corrupt", "name": "委任状_就任承諾書.docx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "The attached DOCX is corrupt and cannot be inspected.",
})

MESSAGES.append({
    "id": "shihoshoshi-078", "expect": "pass",
    "sender": SAEKI,
    "to": ["岩城 伸也 <iwaki.n@midori-ginko.co.jp>"],
    "subject": "RE: 【久保様】払戻金の振込完了のご連絡",
    "charset": "cp932",
    "body": """岩城様

ご連絡ありがとうございます。振込完了の件、承知いたしました。
各相続人様には当方からもお知らせいたします。
このたびはお手続きいただき、ありがとうございました。

佐伯

-----Original Message-----
From: 岩城 伸也 <iwaki.n@midori-ginko.co.jp>
Sent: Tuesday, July 15, 2025 4:12 PM
To: 佐伯 まどか <saeki.m@hinode-sangyo.co.jp>
Subject: 【久保様】払戻金の振込完了のご連絡

日の出産業 佐伯様

お世話になっております。みどり銀行 岩城です。
本日、下記のとおり払戻金の振込を完了しました。

 久保 忠志 様  みどり銀行 川越支店 普通 3318027  3,105,334円
 久保 信子 様  みどり銀行 練馬支店 普通 1045592  3,105,334円
 宮坂 絹代 様  星空信用金庫 高崎支店 普通 0067213  3,105,334円
 久保 俊介 様  ゆうちょ銀行 〇一八店 普通 4481107  1,552,667円
 久保 彩 様    みどり銀行 藤沢支店 普通 5502864  1,552,668円

以上、よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "The heirs' accounts appear only in the bank's own quoted mail under -----Original Message-----.",
})

MESSAGES.append({
    "id": "shihoshoshi-079", "expect": "stop",
    "sender": KIRYU,
    "to": ["野々村 彩 <nonomura.a@hoshizora-shinkin.co.jp>"],
    "subject": "Re: 白石様 相続人の確認について",
    "charset": "utf-8",
    "body": """野々村様

お問い合わせの件、相続人は以下の5名です（戸籍で確認済み）。

  氏名          続柄   生年月日     電話
  白石 トメ      妻     1938-02-11   042-563-2218
  白石 浩一      長男   1960-07-29   090-7125-4403
  長谷川 百合    長女   1963-12-03   080-2209-6174
  白石 純平      次男   1966-05-16   070-4481-3029
  白石 七海      孫     1991-01-08   090-6650-2811

代表相続人は長男の浩一様です。

桐生

> 日の出産業 桐生様
>
> 白石 正信様の相続の件で、相続人の範囲と代表者をお知らせいただけますか。
> 手続依頼書を準備いたします。
>
> 星空信用金庫 本店営業部 野々村
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "A reply whose new text (above the quote) lists five heirs with birth dates and phones.",
})

MESSAGES.append({
    "id": "shihoshoshi-080", "expect": "pass",
    "sender": KIRYU,
    "to": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "RE: 早乙女様の件",
    "charset": "iso-2022-jp",
    "body": """白川先生

承知しました。面談は7月22日14時、弊社会議室でお待ちしております。

桐生

差出人: 白川 俊介 <shirakawa@shirakawa-law.jp>
送信日時: 2025年7月14日 11:03
宛先: 桐生 恭平 <kiryu.k@hinode-sangyo.co.jp>
件名: 早乙女様の件

桐生先生

早乙女 勉様の件、拝見しました。
うつ病で休職されていた期間の収入減が原因とのことですので、
個人再生よりも任意整理で進めるのがよいと思います。
一度、ご本人と三者で面談させてください。

白川
""",
    "entities": [],
    "detectors": [],
    "note": "The client's health information is only in the recipient's own quoted Outlook-style mail.",
})

MESSAGES.append({
    "id": "shihoshoshi-081", "expect": "stop",
    "sender": MORI,
    "to": ["大森 剛 <oomori@yamabiko-fudosan.co.jp>"],
    "subject": "転送: 大河内様ご自宅の売却について（社協より）",
    "charset": "iso-2022-jp",
    "body": """大森様

お世話になっております。森下です。
大河内様のご自宅売却の件、社協の芦田さんから届いた経緯のメールを転送します。
居住用不動産の処分には家庭裁判所の許可が必要ですので、査定書の作成をお願いします。

-------- 転送メッセージ --------
差出人: 芦田 美穂 <ashida.m@minamisato-shakyo.or.jp>
日付: 2025/07/02 9:48
宛先: 森下 透 <morishita.t@hinode-sangyo.co.jp>
件名: 大河内様ご自宅の件

森下先生

大河内 ミツ様ですが、アルツハイマー型認知症の進行に加え、
先月は誤嚥性肺炎で2週間入院されました。主治医からは、
自宅に戻っての生活はもう難しいと言われています。
空き家のままでは傷む一方ですので、売却をご検討いただけますでしょうか。

芦田
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A forward (new to the recipient) of a named ward's diagnosis and hospital stay to a real estate agent.",
})

_card82 = next_card()
MESSAGES.append({
    "id": "shihoshoshi-082", "expect": "pass",
    "sender": SAEKI,
    "to": ["経理部 入金担当 <keiri-nyukin@hinode-sangyo.co.jp>"],
    "subject": "カード決済の返金処理のお願い（御手洗様）",
    "charset": "utf-8",
    "body": f"""経理部 入金担当 各位

お疲れさまです。司法書士室の佐伯です。
二重決済になっていた御手洗様の報酬について、1件分の返金処理をお願いします。

　お客様名：御手洗 陽子 様
　カード番号：{_card82}
　返金額：55,000円（6/12 決済分）

決済代行の管理画面では取消ができなかったため、経理部からのお手続きをお願いします。
""" + SIG_SAEKI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "A card number, but only to an internal accounting mailbox.",
})

_card83 = next_card()
MESSAGES.append({
    "id": "shihoshoshi-083", "expect": "stop",
    "sender": SAEKI,
    "to": ["スマートペイ加盟店サポート <support@smartpay-gw.com>"],
    "subject": "返金（取消）処理のご依頼　加盟店ID HS-220418",
    "charset": "cp932",
    "body": f"""スマートペイ 加盟店サポート ご担当者様

日の出産業株式会社（加盟店ID HS-220418）の佐伯と申します。
下記の決済について、管理画面から取消ができないため、返金処理をお願いいたします。

　決済日　　：２０２５年６月１２日
　金額　　　：５５，０００円
　カード番号：{zen(card_fmt(_card83))}
　名義　　　：ＹＯＫＯ　ＭＩＴＡＲＡＩ

よろしくお願いいたします。
""" + SIG_SAEKI,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "A card number written in full-width digits sent to an outside payment provider.",
})

MESSAGES.append({
    "id": "shihoshoshi-084", "expect": "pass",
    "sender": SAEKI,
    "to": ["蜂須賀 多恵 <t-hachisuka@ezweb.ne.jp>"],
    "subject": "登記識別情報通知の発送について",
    "charset": "iso-2022-jp",
    "body": """蜂須賀 多恵 様

お世話になっております。佐伯です。
本日、登記識別情報通知と登記完了証を簡易書留で発送いたしました。

　お問い合わせ番号：421-88-30517-6
　お届け予定　　　：7月17日（木）午前

登記識別情報通知は再発行ができませんので、目隠しシールを剥がさずに
大切に保管してください。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "A tracking number to one client on a carrier address: ordinary business.",
})

MESSAGES.append({
    "id": "shihoshoshi-085", "expect": "either",
    "sender": MORI,
    "to": ["ひかり生命 保険金サービス課 <hokenkin@hikari-seimei.co.jp>"],
    "subject": "死亡保険金請求について（被保険者 柏葉宗一郎様）",
    "charset": "iso-2022-jp",
    "body": """ひかり生命保険株式会社 保険金サービス課 御中

日の出産業 司法書士室の森下です。
相続手続の一環として、受取人である柏葉 冴子様から委任を受け、ご連絡しております。

被保険者の柏葉 宗一郎様は、令和7年5月30日に逝去されました。
死亡診断書による直接の死因は肺腺癌で、昨年秋から南里中央病院に入院されていました。
告知義務との関係で確認が必要かどうか、ご教示いただけますでしょうか。
""" + SIG_MORI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A deceased insured person's cause of death to an insurer: APPI covers the living, yet it is medical data.",
})

MESSAGES.append({
    "id": "shihoshoshi-086", "expect": "pass",
    "sender": KIRYU,
    "to": ["一ノ瀬 典子 <noriko.ichinose@softbank.ne.jp>"],
    "subject": "登記申請書（案）　共有者の記載について",
    "charset": "utf-8",
    "body": """一ノ瀬 様

お世話になっております。桐生です。
ご実家の土地について、申請書の「権利者」欄は次のとおり記載する予定です。
ご兄弟お二人にもご確認いただけますでしょうか。

  権利者
    （住所）東京都八王子市横山町二丁目5番11号
      持分3分の1　一ノ瀬 典子
    （住所）東京都日野市多摩平一丁目7番3号
      持分3分の1　一ノ瀬 俊也
    （住所）神奈川県相模原市緑区橋本四丁目15番8号
      持分3分の1　松浦 香奈

ご確認後、委任状3通に署名押印をお願いします。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "Three co-owners' names and addresses in a draft application to one of them: under five people.",
})

MESSAGES.append({
    "id": "shihoshoshi-087", "expect": "either",
    "sender": SAEKI,
    "to": ["小坂 陽平 <kosaka@kosaka-zeirishi.jp>"],
    "subject": "相続関係説明図（土屋家）",
    "charset": "utf-8",
    "body": """小坂先生

お世話になっております。佐伯です。
土屋家の相続関係説明図をテキストでお送りします（正式版は登記申請時に作成）。

被相続人　土屋 清隆（昭和12年5月3日生／令和7年1月19日死亡）
　最後の住所　千葉県柏市旭町六丁目3番14号
　│
　├─ 妻　土屋 ハル（昭和15年9月20日生）
　│　　 千葉県柏市旭町六丁目3番14号
　├─ 長男　土屋 雅之（昭和40年2月8日生）
　│　　 東京都葛飾区金町三丁目12番5号
　├─ 長女　羽生 美紀（昭和43年6月27日生）
　│　　 埼玉県春日部市粕壁東二丁目9番1号
　└─ 二男　土屋 健二（昭和46年10月15日生）
　　　　 千葉県我孫子市本町一丁目4番22号

遺産分割により、自宅は妻ハル様が取得予定です。
""" + SIG_SAEKI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "A deceased person plus four living heirs with birth dates and addresses: five records, or four living people.",
})

MESSAGES.append({
    "id": "shihoshoshi-088", "expect": "pass",
    "sender": KIRYU,
    "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    "subject": "Re: 他社事例の資料のご依頼について",
    "charset": "iso-2022-jp",
    "body": """北国フーズ 総務部 ご担当者様

お世話になっております。桐生です。
本店移転の他社事例をお求めの件ですが、他のお客様の社外秘の資料や議事録は
守秘義務の関係でお送りできません。申し訳ございません。

代わりに、法務省の公開している記載例と、当室で作成した一般的な
スケジュール表（ひな形）をお送りできます。それでよろしければお知らせください。
""" + SIG_KIRYU,
    "entities": [],
    "detectors": [],
    "note": "The word 社外秘 is only mentioned (declining to send such material), not a marking.",
})

MESSAGES.append({
    "id": "shihoshoshi-089", "expect": "stop",
    "sender": KIRYU,
    "to": ["鶴見 浩一 <tsurumi.k@aoba-unyu.co.jp>"],
    "subject": "子会社合併スケジュール（案）",
    "charset": "iso-2022-jp",
    "body": """鶴見様

お世話になっております。桐生です。
子会社（青葉ロジスティクス）吸収合併のスケジュール案をExcelでお送りします。
ご確認のうえ、取締役会の日程をお知らせください。
""" + SIG_KIRYU,
    "attachments": [{"kind": "xlsx", "name": "合併スケジュール案.xlsx",
                     "sheets": {"スケジュール": [["【取扱注意】青葉運輸㈱ 子会社吸収合併スケジュール（案）"], [],
                                                ["手続", "期日", "担当"],
                                                ["合併契約 取締役会承認", "2025-08-05", "青葉運輸"],
                                                ["債権者保護手続（公告・催告）", "2025-08-08", "日の出産業"],
                                                ["合併契約 株主総会承認（簡易合併の場合は不要）", "-", "-"],
                                                ["効力発生日", "2025-10-01", "-"],
                                                ["合併登記申請", "2025-10-01", "日の出産業"]],
                                "費用": [["登録免許税（資本金増加なし）", 30000], ["解散登記", 30000],
                                         ["官報公告", 45000]]}}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "The title row of the attached XLSX is classified 【取扱注意】; sent to an external client.",
})

MESSAGES.append({
    "id": "shihoshoshi-090", "expect": "pass",
    "sender": USAMI,
    "to": ["Marco Bellini <marco.bellini.jp@gmail.com>"],
    "subject": "Your details for the property registration",
    "charset": "utf-8",
    "body": """Dear Mr. Bellini,

Thank you for choosing our office for the registration of your apartment purchase.
Please check the details below, which will be entered in the application exactly as
shown on your certificate of residence:

  Name:           BELLINI MARCO (ベリーニ マルコ)
  Date of birth:  21 September 1983
  Address:        東京都目黒区中目黒四丁目6番2-502号

If anything is wrong, please reply by Wednesday.
""" + SIG_USAMI,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "One client's own details sent back to him for confirmation: one person.",
})

MESSAGES.append({
    "id": "shihoshoshi-091", "expect": "stop",
    "sender": USAMI,
    "to": ["Anna Lindqvist <anna.lindqvist@lindqvist-partners.com>", "Kenji Ohara <k.ohara.sthlm@gmail.com>"],
    "cc": ["岩城 伸也 <iwaki.n@midori-ginko.co.jp>"],
    "subject": "Documents for the release of the deposit (Ohara estate)",
    "charset": "utf-8",
    "body": """Dear Ms. Lindqvist, Dear Mr. Ohara,
(cc: Mr. Iwaki, Midori Bank)

The embassy's signature certificate arrived today, thank you. With it, Midori Bank can
now release the deposit of the late Mrs. Ohara.

Next steps:
1. Mr. Iwaki will send the bank's claim form (Japanese, with our English notes).
2. Mr. Ohara signs it and returns it to our office by courier.
3. The bank pays the amount to the account Mr. Ohara designates.

Please do not hesitate to contact me with any questions.
""" + SIG_USAMI,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "A foreign law firm, a private heir on gmail and a bank see each other in To/Cc: three external parties.",
})

MESSAGES.append({
    "id": "shihoshoshi-092", "expect": "pass",
    "sender": KIRYU,
    "to": ["鰐淵 亜紀 <aki.wanibuchi@gmail.com>"],
    "cc": ["白川 俊介 <shirakawa@shirakawa-law.jp>"],
    "subject": "白川先生へのお引継ぎについて",
    "charset": "iso-2022-jp",
    "body": """鰐淵 様
（cc：白川法律事務所 白川先生）

お世話になっております。桐生です。
ご相談の件は、今後、白川法律事務所の白川先生にご担当いただくことになりました。
近日中に白川先生から直接ご連絡がありますので、よろしくお願いいたします。

当室でお預かりしていた資料は、白川先生へお渡しいたします。
""" + SIG_KIRYU,
    "entities": [],
    "detectors": ["multiple_external_domains", "freemail_recipient"],
    "note": "One private client and one partner law firm: two external parties, a normal hand-over.",
})

MESSAGES.append({
    "id": "shihoshoshi-093", "expect": "stop",
    "sender": MORI,
    "to": ["hiroshi.tamaoki@yahoo.co.jp", "keiko-sugawa@gmail.com", "m.ikarashi55@outlook.jp",
           "nao.kuribayashi@icloud.com", "yoneda-family@docomo.ne.jp"],
    "subject": "先日の「はじめての遺言書」セミナー資料です",
    "charset": "iso-2022-jp",
    "body": """ご参加の皆様

先日は「はじめての遺言書」セミナーにご参加いただき、ありがとうございました。
当日の資料（PDF）をお送りいたします。

・自筆証書遺言の書き方とよくある失敗
・法務局の自筆証書遺言書保管制度
・公正証書遺言との比較

個別のご相談は、初回30分無料で承っております。
お気軽にお問い合わせください。
""" + SIG_MORI,
    "attachments": [{"kind": "pdf", "name": "遺言書セミナー資料.pdf",
                     "lines": ["はじめての遺言書", "1. 自筆証書遺言の要件（全文自書・日付・氏名・押印）",
                               "2. 財産目録はパソコン作成可（各頁に署名押印）",
                               "3. 遺言書保管制度：手数料 3,900円"]}],
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "Five private seminar participants in To can see each other's addresses: should have been Bcc.",
})

MESSAGES.append({
    "id": "shihoshoshi-094", "expect": "pass",
    "sender": KIRYU,
    "to": ["南里地方法務局 不動産登記部門 <fudosan-touki@minamisato-houmu.go.jp>"],
    "subject": "補正のご連絡への回答（受付番号 第12418号）",
    "charset": "iso-2022-jp",
    "body": """南里地方法務局 不動産登記部門
登記官　ご担当者様

日の出産業株式会社 司法書士室の桐生です。
7月9日付で申請した所有権移転登記（受付番号 第12418号）につき、
お電話でご指摘いただいた補正の件、下記のとおり対応いたします。

　・申請書の不動産の表示（地番）「南里町字東原123番1」を「123番2」に訂正
　・登録免許税の不足額 2,000円 は収入印紙で追納

本日午後、補正書を持参いたします。申請書の該当箇所の画面写しを添付します。
""" + SIG_KIRYU,
    "attachments": [{"kind": "png", "name": "申請書_不動産の表示.png"}],
    "entities": [],
    "detectors": [],
    "note": "Reply to the Legal Affairs Bureau about a correction: parcel numbers and fees, no personal data.",
})

MESSAGES.append({
    "id": "shihoshoshi-095", "expect": "stop",
    "sender": KIRYU,
    "to": ["北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    "subject": "代表取締役の辞任と後任選定の登記について",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社 総務部 御中

お世話になっております。桐生です。
お電話でお伺いした件、社長の北条 政夫様が脳梗塞で倒れられ、
右半身の麻痺が残る見込みのため辞任されるとのこと、お見舞い申し上げます。

ご本人が辞任届に署名できない場合は、代筆の方法や、臨時株主総会での
解任ではなく任期満了を待つ方法もございます。進め方をご相談させてください。
""" + SIG_KIRYU,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A named person's stroke and paralysis (medical history) stated to an external client.",
})

MESSAGES.append({
    "id": "shihoshoshi-096", "expect": "pass",
    "sender": BOX,
    "to": ["花水木建設 総務課 <soumu@hanamizuki-kensetsu.co.jp>"],
    "subject": "【司法書士室だより 7月号】役員の任期管理をお忘れなく",
    "charset": "utf-8",
    "html": """<html><head><style>td{padding:4px 8px;border:1px solid #999}</style></head><body>
<h3>司法書士室だより　2025年7月号</h3>
<p>株式会社花水木建設 総務課 御中</p>
<p>いつもお世話になっております。日の出産業 司法書士室です。<br>
今月は、見落としがちな「役員の任期」と「登記懈怠」についてご案内します。</p>
<ul>
<li>取締役の任期は原則2年（非公開会社は定款で最長10年まで伸長可）</li>
<li>重任でも登記が必要です。期限は任期満了から2週間以内</li>
<li>12年以上登記がない株式会社は「みなし解散」の対象になります</li>
</ul>
<table>
<tr><th>登記の種類</th><th>登録免許税</th><th>当室報酬（税別）</th></tr>
<tr><td>役員変更（重任）</td><td>10,000円（資本金1億円以下）</td><td>30,000円</td></tr>
<tr><td>本店移転（管轄内）</td><td>30,000円</td><td>40,000円</td></tr>
<tr><td>募集株式の発行（増資）</td><td>増加資本金×0.7%（最低3万円）</td><td>60,000円～</td></tr>
</table>
<p>任期の確認をご希望の場合は、このメールにご返信ください。</p>
<p style="font-size:11px;color:#666">日の出産業株式会社 法務サービス部 司法書士室　TEL 03-5201-7740<br>
配信停止をご希望の場合は、お手数ですがご返信にてお知らせください。</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only newsletter with a fee table to a client company: no personal data.",
})

_heirs97 = [["1", "二階堂 昭二", "長男", "昭和36年4月18日", "新潟県新潟市中央区東大通二丁目3番7号", "新潟県新潟市中央区東大通二丁目3番7号", "025-244-7813"],
            ["2", "二階堂 静香", "長女", "昭和38年8月2日", "新潟県新潟市中央区東大通二丁目3番7号", "東京都三鷹市下連雀三丁目30番2号", "0422-47-1156"],
            ["3", "柳瀬 悦子", "二女", "昭和41年1月25日", "新潟県新潟市中央区東大通二丁目3番7号", "静岡県沼津市大手町五丁目4番1-803号", "055-962-3340"],
            ["4", "二階堂 剛", "二男", "昭和44年11月30日", "新潟県新潟市中央区東大通二丁目3番7号", "愛知県名古屋市中区栄三丁目16番21号", "090-2208-7761"],
            ["5", "二階堂 翔太", "孫（代襲）", "平成5年6月6日", "栃木県宇都宮市馬場通り四丁目1番12号", "栃木県宇都宮市馬場通り四丁目1番12号", "080-4415-0927"],
            ["6", "二階堂 麻衣", "孫（代襲）", "平成8年3月14日", "栃木県宇都宮市馬場通り四丁目1番12号", "茨城県水戸市宮町二丁目6番3号", "070-1128-5502"],
            ["7", "堀之内 絢香", "孫（代襲）", "平成10年12月1日", "栃木県宇都宮市馬場通り四丁目1番12号", "群馬県高崎市八島町7番地", "090-5573-3384"]]
MESSAGES.append({
    "id": "shihoshoshi-097", "expect": "stop",
    "sender": MORI,
    "to": ["かえで法律事務所 楓 弁護士 <kaede@kaede-law.jp>"],
    "subject": "二階堂家 相続人調査の結果について",
    "charset": "utf-8",
    "body": """かえで法律事務所
楓先生

お世話になっております。日の出産業の森下です。
遺産分割調停の申立てに向けた相続人調査の結果をExcelでお送りします。
「相続人」シートに戸籍・附票で確認した情報、「連絡状況」シートに
当室からの連絡の経過をまとめています。
""" + SIG_MORI,
    "attachments": [{"kind": "xlsx", "name": "二階堂家_相続人調査.xlsx",
                     "sheets": {"相続人": [["被相続人 二階堂 信夫（令和6年12月2日死亡）相続人調査結果"],
                                           ["No", "氏名", "続柄", "生年月日", "本籍", "現住所", "電話"]] + _heirs97,
                                "連絡状況": [["No", "初回連絡", "回答", "備考"],
                                             ["1", "5/12 電話", "協力的", "代表者希望"],
                                             ["2", "5/12 手紙", "未回答", ""],
                                             ["4", "5/14 電話", "分割に異議", "調停希望"]]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX of seven heirs with 和暦 birth dates, domiciles, addresses and phones to an outside law firm.",
})

MESSAGES.append({
    "id": "shihoshoshi-098", "expect": "pass",
    "sender": SAEKI,
    "to": ["南里市 市民課 証明係 <shomei@city-minamisato.lg.jp>"],
    "subject": "戸籍謄本等の郵送請求（職務上請求）の手数料について",
    "charset": "iso-2022-jp",
    "body": """南里市 市民課 証明係 御中

日の出産業株式会社 司法書士室の佐伯と申します。
職務上請求書による戸籍謄本等の郵送請求について、2点お伺いします。

1. 手数料は定額小為替でのお支払いのほか、現金書留でも受け付けていますか。
2. 広域交付制度の開始後も、除籍謄本・改製原戸籍の郵送請求は従来どおり
   本籍地の市区町村で受け付けているとの理解でよろしいでしょうか。

お手数をおかけしますが、ご回答いただけますと幸いです。
""" + SIG_SAEKI,
    "entities": [],
    "detectors": [],
    "note": "A procedural question to a city office: no personal data.",
})

_mn99 = next_my_number()
MESSAGES.append({
    "id": "shihoshoshi-099", "expect": "stop",
    "sender": SAEKI,
    "to": ["みどり銀行 日本橋支店 融資課 <yushi-nihonbashi@midori-ginko.co.jp>"],
    "subject": "鵜飼様　住民票の写し（PDF）",
    "charset": "cp932",
    "body": """みどり銀行 日本橋支店 融資課 御中

お世話になっております。佐伯です。
鵜飼様の住民票の写しをスキャンしたPDFをお送りします。
抵当権設定の債務者住所の確認にお使いください。
""" + SIG_SAEKI,
    "attachments": [{"kind": "pdf", "name": "住民票の写し_鵜飼.pdf",
                     "page_header": "この写しは、住民票の原本と相違ないことを証明する。",
                     "lines": ["住民票の写し",
                               "氏名　鵜飼 雄一郎",
                               "生年月日　昭和60年8月23日　性別　男",
                               "住所　東京都江東区豊洲四丁目2番17-1203号",
                               "住民となった年月日　令和3年4月1日",
                               f"個人番号　{_mn99}",
                               "令和7年6月16日　東京都江東区長"]}],
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "A scanned residence record PDF that shows the person's My Number, sent to a bank.",
})

MESSAGES.append({
    "id": "shihoshoshi-100", "expect": "pass",
    "sender": "日の出産業 司法書士室 請求担当 <legal-shiho@hinode-sangyo.co.jp>",
    "to": ["五味 佳代子 <kayoko.gomi@outlook.jp>"],
    "subject": "ご請求金額とお振込先のご案内",
    "charset": "iso-2022-jp",
    "body": """五味 佳代子 様

このたびはご依頼いただき、誠にありがとうございます。
相続手続代行の費用につき、下記のとおりご案内いたします。

　ご請求金額：132,000円（報酬 120,000円＋消費税 12,000円）
　　　　　　　※戸籍取得等の実費 6,450円は預り金から精算済みです
　お振込先　：みどり銀行 日本橋支店 普通預金 0451187
　口座名義　：ヒノデサンギヨウ（カ
　お支払期限：2025年8月29日

振込手数料はお客様のご負担でお願いいたします。
請求書（PDF）は郵送でもお送りしております。

日の出産業株式会社 法務サービス部 司法書士室
TEL 03-5201-7740
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "The firm's own company bank account on a payment notice: not personal data; one free-mail client.",
})
