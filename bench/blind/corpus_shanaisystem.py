"""shanaisystem: mail that 日の出産業's information-systems, HR, general-affairs and accounting
staff send while rolling out internal business systems with outside vendors (requirements
reviews, test data, account provisioning, data migration, the outsourced help desk, licence
counts and go-live), written blind from BRIEF.md and SPEC.md without reading mailguard's
code; every person, number, address and organisation outside the brief is invented."""

import random

from build import card_number, my_number

SEED = 55601

# -- invented people and small formatting helpers ----------------------------------------

_SEI = [("相葉", "アイバ", "aiba"), ("乾", "イヌイ", "inui"), ("鵜飼", "ウカイ", "ukai"),
        ("榎本", "エノモト", "enomoto"), ("大鷹", "オオタカ", "otaka"),
        ("柏崎", "カシワザキ", "kashiwazaki"), ("木佐貫", "キサヌキ", "kisanuki"),
        ("久我", "クガ", "kuga"), ("毛利", "モウリ", "mori"),
        ("小比類巻", "コヒルイマキ", "kohiruimaki"), ("早乙女", "サオトメ", "saotome"),
        ("志賀", "シガ", "shiga"), ("須磨", "スマ", "suma"), ("瀬能", "セノウ", "seno"),
        ("十河", "ソゴウ", "sogo"), ("田母神", "タモガミ", "tamogami"),
        ("千々岩", "チヂイワ", "chijiiwa"), ("蔦", "ツタ", "tsuta"), ("手塚", "テヅカ", "tezuka"),
        ("轟", "トドロキ", "todoroki"), ("仲宗根", "ナカソネ", "nakasone"), ("丹生", "ニュウ", "nyu"),
        ("布施", "フセ", "fuse"), ("根津", "ネヅ", "nezu"), ("野々村", "ノノムラ", "nonomura"),
        ("芳賀", "ハガ", "haga"), ("比嘉", "ヒガ", "higa"), ("福士", "フクシ", "fukushi"),
        ("逸見", "ヘンミ", "henmi"), ("穂積", "ホヅミ", "hozumi"), ("真栄田", "マエダ", "maeda"),
        ("三納", "ミノウ", "mino"), ("六車", "ムグルマ", "muguruma")]
_MEI = [("陽菜", "ヒナ", "hina"), ("悠斗", "ユウト", "yuto"), ("美咲", "ミサキ", "misaki"),
        ("颯太", "ソウタ", "sota"), ("芽衣", "メイ", "mei"), ("蓮", "レン", "ren"),
        ("紗希", "サキ", "saki"), ("拓海", "タクミ", "takumi"), ("千尋", "チヒロ", "chihiro"),
        ("大和", "ヤマト", "yamato"), ("詩織", "シオリ", "shiori"), ("隼人", "ハヤト", "hayato"),
        ("琴音", "コトネ", "kotone"), ("航", "ワタル", "wataru"), ("真央", "マオ", "mao"),
        ("樹", "イツキ", "itsuki"), ("彩乃", "アヤノ", "ayano"), ("健吾", "ケンゴ", "kengo"),
        ("菜摘", "ナツミ", "natsumi"), ("修平", "シュウヘイ", "shuhei"), ("遥", "ハルカ", "haruka"),
        ("智也", "トモヤ", "tomoya"), ("麻衣", "マイ", "mai"), ("康介", "コウスケ", "kosuke")]
_DEPTS = ["経理部", "人事部", "営業一課", "営業二課", "購買部", "品質保証部", "総務部",
          "物流管理部", "海外事業部", "生産管理部"]
_TOWNS = [("神奈川県", "川崎市中原区", "上小田中"), ("埼玉県", "さいたま市浦和区", "常盤"),
          ("千葉県", "船橋市", "夏見台"), ("東京都", "練馬区", "石神井台"),
          ("東京都", "大田区", "久が原"), ("神奈川県", "横浜市港北区", "日吉本町"),
          ("埼玉県", "川越市", "霞ケ関北"), ("東京都", "府中市", "白糸台"),
          ("千葉県", "市川市", "国府台"), ("茨城県", "取手市", "戸頭")]


def _people(n, off):
    """n invented people: (sei, mei, sei_kana, mei_kana, sei_romaji, mei_romaji)."""
    out = []
    for i in range(n):
        s = _SEI[(off + i * 5) % len(_SEI)]
        m = _MEI[(off * 3 + i * 7) % len(_MEI)]
        out.append((s[0], m[0], s[1], m[1], s[2], m[2]))
    return out


def _tel(key, lead=None):
    rng = random.Random(f"{SEED}-tel-{key}")
    lead = lead or rng.choice(["090", "080", "070"])
    return f"{lead}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"


def _dob(key, lo=1966, hi=2001):
    rng = random.Random(f"{SEED}-dob-{key}")
    return (rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))


def _wareki(y, m, d):
    if y >= 1989:
        era, n = "平成", y - 1988
    else:
        era, n = "昭和", y - 1925
    return f"{era}{'元' if n == 1 else n}年{m}月{d}日"


def _addr(key):
    rng = random.Random(f"{SEED}-addr-{key}")
    pref, city, town = _TOWNS[rng.randrange(len(_TOWNS))]
    return (f"{rng.randrange(100, 400)}-{rng.randrange(0, 10000):04d}",
            f"{pref}{city}{town}{rng.randrange(1, 6)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}")


def _fw(text):
    """ASCII digits and hyphens as full-width, the way some people type them."""
    return text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _card(num, sep="-"):
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _corp(base12):
    """A 13-digit 法人番号 whose leading check digit is valid."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def _pad(text, width):
    """Pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in text)
    return text + " " * max(width - w, 1)


# -- signatures and disclaimers ----------------------------------------------------------

_ADDR_HQ = "〒105-0013 東京都港区浜松町3-14-9 日の出ビル7F"

SIG_SAEKI = """
──────────────────────────
日の出産業株式会社
情報システム部 基幹システム刷新プロジェクト
佐伯 透（Saeki Toru）
""" + _ADDR_HQ + """
TEL: 03-5408-7720（代表）  内線: 4312
Mail: saeki.toru@hinode-sangyo.co.jp
──────────────────────────"""

SIG_ONODERA = """
-- 
日の出産業（株） 情報システム部 ITサービス課
ヘルプデスク窓口担当　小野寺 真澄
TEL 03-5408-7731 ／ 内線 4330
onodera.masumi@hinode-sangyo.co.jp"""

SIG_MAKITA = """
********************************
日の出産業株式会社 人事部 人事システムグループ
蒔田 亜希子
""" + _ADDR_HQ + """
TEL 03-5408-7740 FAX 03-5408-7749
********************************"""

SIG_ICHINOSE = """
---
Hinode Sangyo Co., Ltd. / 情報システム部 インフラ課
一之瀬 諒 (Ryo Ichinose)
Tel: 03-5408-7735 / Mail: ichinose.ryo@hinode-sangyo.co.jp"""

SIG_HIGUCHI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　総務部　資産管理担当
樋口 恭平
〒105-0013 東京都港区浜松町3丁目14番9号
電話 03-5408-7760（直通）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_USAMI = """
――――――――――――――――――
日の出産業株式会社 経理部 経理課
宇佐美 智恵（うさみ ちえ）
TEL：03-5408-7752
――――――――――――――――――"""

SIG_KITO = """
==============================
日の出産業株式会社 営業管理部
鬼頭 広志 / Hiroshi Kito
TEL 03-5408-7781 携帯 090-3318-2046
==============================
"""

SIG_SANDANDA = """
--
三反田 舞（さんだんだ まい）
日の出産業株式会社 情報システム部 データ移行チーム
""" + _ADDR_HQ + """
TEL 03-5408-7736"""

SIG_KONOE = """
――
日の出産業株式会社
情報システム部長　近衛 亮介
TEL 03-5408-7720（代表）"""

SIG_ISHIGURO = """
--
Tomoko Ishiguro
IT Planning, Information Systems Dept.
Hinode Sangyo Co., Ltd.
3-14-9 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5408-7738"""

DISC_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES = [
# 001 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-001",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "cc": ["近衛 亮介 <konoe.ryosuke@hinode-sangyo.co.jp>"],
    "subject": "【新人事システム導入】キックオフ会議の日程について",
    "charset": "iso-2022-jp",
    "body": """株式会社ツバサシステム
戸叶様

いつもお世話になっております。日の出産業の佐伯です。

新人事システム導入プロジェクトのキックオフ会議につきまして、
社内の調整がつきましたので、下記の日程でお願いできますでしょうか。

　日時：10月7日（火）14:00～16:00
　場所：弊社 本社7F 第3会議室（浜松町）
　出席：弊社 情報システム部 近衛・佐伯、人事部 蒔田 ほか 計6名

当日は、プロジェクト計画書（ドラフト）と体制図についてご説明いただけますと幸いです。
プロジェクタ・Wi-Fi（ゲスト用）はこちらでご用意いたします。

ご都合が悪いようでしたら、候補日を2～3いただけますでしょうか。
以上、よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary kickoff scheduling to one partner vendor; staff named without any data",
},
# 002 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-002",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["なぎさクラウド 導入支援窓口 <onboarding@nagisa-cloud.co.jp>"],
    "cc": ["須藤 剛 <sudo.tsuyoshi@nagisa-cloud.co.jp>"],
    "subject": "経費精算クラウド 初期ユーザー登録用データ送付の件",
    "charset": "cp932",
    "body": """株式会社なぎさクラウド
導入支援ご担当者様（CC: 須藤様）

お世話になっております。日の出産業 情報システム部の一之瀬です。

先日のお打合せでご依頼いただきました、経理部・購買部の先行利用者12名分の
ユーザー登録用データをCSVにてお送りいたします。
フォーマットは御社テンプレート（v2.3）の列順に合わせております。

承認者の紐付けは「承認者社員番号」列をご参照ください。
携帯電話は多要素認証（SMS）用です。

ご確認のほど、よろしくお願いいたします。
""" + SIG_ICHINOSE,
    "attachments": [{
        "kind": "csv", "name": "user_import_20251003.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "フリガナ", "メールアドレス", "所属部署", "役職",
                  "承認者社員番号", "携帯電話"]] + [
            [f"H{21040 + i * 37}", f"{p[0]} {p[1]}", f"{p[2]} {p[3]}",
             f"{p[4]}.{p[5]}@hinode-sangyo.co.jp", ["経理部", "購買部"][i % 2],
             ["課長", "主任", "一般", "一般"][i % 4], "H20118" if i % 2 == 0 else "H19877",
             _tel(f"002-{i}")]
            for i, p in enumerate(_people(12, 2))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of 12 employees (name, e-mail, mobile) to a SaaS vendor: list of people",
},
# 003 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-003",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["鶴見 啓介 <tsurumi.keisuke@kumo-license.jp>"],
    "subject": "ライセンス利用状況（9月末時点）のご報告",
    "charset": "iso-2022-jp",
    "body": """株式会社クモライセンス
鶴見様

いつもお世話になっております。日の出産業 総務部の樋口です。

年次の契約更新に向けて、9月末時点の部署別ライセンス利用数を
Excelにまとめましたので、お送りいたします。

・E3 は 412 → 398 に減少（退職・異動による回収分）
・F3（現場端末向け）は 物流センター増員により 56 → 71 に増加
・Visio / Project は今回の更新で見直し予定です

更新時の見積りは、上記数量ベースでご作成いただけますでしょうか。
""" + SIG_HIGUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "ライセンス利用状況_202509.xlsx",
        "sheets": {
            "部署別": [["ライセンス利用状況（2025年9月末）", "", "", "", ""],
                    ["部署", "E3", "F3", "Visio", "合計"],
                    ["本社 管理部門", 142, 0, 6, 148], ["営業本部", 118, 0, 1, 119],
                    ["生産管理部", 61, 12, 4, 77], ["物流管理部", 22, 59, 0, 81],
                    ["情報システム部", 35, 0, 9, 44], ["海外事業部", 20, 0, 0, 20],
                    ["合計", 398, 71, 20, 489]],
            "前年比": [["種別", "2024/9", "2025/9", "増減"], ["E3", 412, 398, -14],
                    ["F3", 56, 71, 15], ["Visio", 23, 20, -3]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "licence counts per department: statistics, no people",
},
# 004 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-004",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["星見サポート エスカレーション窓口 <hd-escalation@hoshimi-support.co.jp>"],
    "subject": "【エスカレーション】HD-2025-04417 経費精算画面が表示されない件",
    "charset": "utf-8",
    "body": """星見サポート株式会社
エスカレーション窓口 ご担当者様

お世話になっております。日の出産業 ヘルプデスクの小野寺です。

一次受付いただいた HD-2025-04417 について、二次対応をお願いしたくご連絡いたしました。

■ 申告者
　経理部 経理課　梅津 千尋 様
　折り返し先：03-5408-7793（直通）、本日は17時まで在席

■ 事象
　Edge から経費精算画面を開くと、ログイン後に白画面のまま止まる。
　Chrome では再現せず。キャッシュ削除・再起動は実施済み。

■ 発生端末
　資産番号 PC-HN-22871（Windows 11 23H2）

画面キャプチャはチケットに添付済みです。
よろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one employee's name and callback number in a help-desk escalation: one record, may warn",
},
# 005 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-005",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 <sales@tsubasa-system.jp>",
           "なぎさクラウド 法人営業 <biz@nagisa-cloud.co.jp>",
           "ひびき勤怠 営業ご担当 <eigyo@hibiki-kintai.com>"],
    "subject": "【提案依頼】勤怠管理システム更改に関するRFPのご送付",
    "charset": "iso-2022-jp",
    "body": """各社 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 情報システム部の佐伯でございます。

このたび弊社では、勤怠管理システムの更改を計画しており、
添付の提案依頼書（RFP）にてご提案をお願いしたく、ご連絡いたしました。

　・提案書提出期限：11月14日（金）17:00
　・質問受付期限　：10月24日（金）
　・提出先　　　　：本メールの送信者宛

ご多用のところ恐れ入りますが、ご検討のほどよろしくお願い申し上げます。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pdf", "name": "RFP_勤怠管理システム更改_v1.0.pdf",
        "title": "勤怠管理システム更改 提案依頼書",
        "lines": ["勤怠管理システム更改 提案依頼書（RFP） 第1.0版", "",
                  "1. 背景と目的", "  現行の勤怠システム（2016年導入）の保守終了に伴い、クラウド型サービスへ移行する。",
                  "2. 対象範囲", "  全従業員 約1,150名（パート・アルバイト含む）、拠点 14か所",
                  "3. 主な要件", "  打刻（ICカード・スマートフォン）、36協定アラート、給与システム連携",
                  "4. スケジュール", "  2026年4月 本稼働", "5. 提出物", "  提案書、概算見積、体制図"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "RFP to three competing vendors all in To: three external organisations see each other",
},
# 006 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-006",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "Re: 検証環境アカウント発行完了のご連絡",
    "charset": "utf-8",
    "body": """浅利様

ご対応ありがとうございます。一之瀬です。
6名分、こちらでもログインできることを確認しました。
初回パスワードの変更も各自完了しています。

来週からの単体確認、引き続きよろしくお願いいたします。
""" + SIG_ICHINOSE + """

2025/10/09 16:42、浅利 由佳 <asari.yuka@tsubasa-system.jp> のメール:
> 日の出産業 一之瀬様
>
> お世話になっております。ツバサシステムの浅利です。
> ご依頼の検証環境アカウントを下記のとおり発行いたしました。
>
""" + "\n".join(f"> {p[0]} {p[1]}\t{p[4]}.{p[5]}@hinode-sangyo.co.jp\tstg-{p[4]}"
                for p in _people(6, 9)) + """
>
> 初回パスワードは別途SMSでお送りしております。
> 以上、よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the list of six accounts is only in quoted text from the vendor; new text has no data",
},
# 007 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-007",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "cc": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
    "subject": "給与モジュール移行テスト 突合結果（差異3件）",
    "charset": "cp932",
    "body": """戸叶様

お世話になっております。人事部の蒔田です。

第2回移行テストの突合を行ったところ、個人番号の項目で3件差異がありました。
新システム側で空欄になっており、旧システムの値と並べて明細に記載しています。
原因のご調査をお願いできますでしょうか。

年末調整の準備に影響するため、来週中にご回答いただけると助かります。
""" + SIG_MAKITA,
    "attachments": [{
        "kind": "xlsx", "name": "移行テスト2_突合差異.xlsx",
        "sheets": {"差異明細": [["第2回移行テスト 突合差異明細", "", "", "", "", ""],
                             ["社員番号", "氏名", "生年月日", "個人番号（旧）", "個人番号（新）", "差異内容"]] + [
            [f"H{18220 + k * 113}", f"{p[0]} {p[1]}",
             "{}/{:02d}/{:02d}".format(*_dob(f"007-{k}")), my_number(SEED + k), "",
             "新システム側 空欄"]
            for k, p in zip((1, 2, 3), _people(3, 14))]},
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three employees' My Numbers in a migration diff sent to the vendor",
},
# 008 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-008",
    "sender": "近衛 亮介 <konoe.ryosuke@hinode-sangyo.co.jp>",
    "to": ["白川 真理子 <shirakawa.mariko@shirakawa-law.jp>"],
    "cc": ["樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>"],
    "subject": "ヘルプデスク委託先との秘密保持契約書（案）のご確認のお願い",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業の近衛でございます。

来年1月から社内ヘルプデスクを星見サポート株式会社へ委託する予定で、
先方から秘密保持契約書の案を受領しました。
弊社の個人情報を扱う業務のため、特に以下の点についてご意見を頂戴できれば幸いです。

　1. 秘密情報の定義に「従業員の個人情報」が明記されていない点
　2. 再委託の事前承諾の規定
　3. 契約終了時のデータ返還・消去証明

ご多忙のところ恐縮ですが、10月末までにご確認いただけますと助かります。
""" + SIG_KONOE,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_星見サポート.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": ["秘密保持契約書（案）", "",
                       "日の出産業株式会社（以下「甲」という。）と星見サポート株式会社（以下「乙」という。）は、"
                       "甲が乙に委託するヘルプデスク業務に関し、以下のとおり秘密保持契約を締結する。",
                       "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報をいう。",
                       "第2条（目的外使用の禁止）乙は秘密情報を本業務の目的以外に使用してはならない。",
                       "第3条（再委託）乙は、甲の書面による事前の承諾なく、本業務を第三者に再委託してはならない。",
                       "第4条（有効期間）本契約の有効期間は、締結日から3年間とする。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA to the company's law firm; the draft has no marking or personal data",
},
# 009 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-009",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-sytem.jp>"],
    "subject": "結合テスト環境のサーバ構成について",
    "charset": "utf-8",
    "body": """戸叶様

お世話になっております。一之瀬です。

結合テスト環境について、弊社側の準備状況をお知らせします。

- APサーバ 2台（stg-ap01 / stg-ap02）：OS・ミドルウェア導入済み
- DBサーバ 1台（stg-db01）：ストレージ増設の作業を 10/16 に実施予定
- 踏み台：既存の保守用踏み台をそのまま利用いただく想定です

FWの通信許可申請は、御社からいただいた一覧で本日申請を出しました。
開通は来週火曜の見込みです。
""" + SIG_ICHINOSE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain tsubasa-sytem.jp drops an s from partner tsubasa-system.jp",
},
# 010 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-010",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "cc": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
    "subject": "Re: 基本設計書（人事評価モジュール）レビュー指摘の送付",
    "charset": "cp932",
    "body": """浅利様

お世話になっております。人事部の蒔田です。
基本設計書（人事評価モジュール）v0.8 のレビュー指摘をまとめましたのでお送りします。

重要度「高」の2件は、評価期間の途中で異動した社員の扱いに関するものです。
次回定例（10/21）でご説明いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_MAKITA + """

-----Original Message-----
From: 浅利 由佳 <asari.yuka@tsubasa-system.jp>
Sent: Thursday, October 9, 2025 11:05 AM
To: 蒔田 亜希子
Subject: 基本設計書（人事評価モジュール）レビュー依頼

蒔田様
基本設計書 v0.8 を共有フォルダに格納しました。レビューをお願いいたします。
""",
    "attachments": [{
        "kind": "docx", "name": "レビュー指摘一覧_人事評価_v0.8.docx",
        "paragraphs": ["基本設計書（人事評価モジュール）v0.8 レビュー指摘一覧", "指摘者：人事部 人事システムG"],
        "tables": [[["No", "章", "指摘内容", "重要度"],
                    ["1", "3.2 評価期間", "期中異動者の評価者切替タイミングが未定義", "高"],
                    ["2", "3.4 評価確定", "二次評価者不在時の代理承認ルートがない", "高"],
                    ["3", "4.1 画面", "評価シートの自己評価欄の文字数上限（400字）を明記", "中"],
                    ["4", "5.3 帳票", "部門別分布表にグレード別の集計行を追加", "低"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "design review comments, no personal data; quoted original is the vendor's own mail",
},
# 011 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-011",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム PMチーム <pm-team@tsubasa-system.jp>"],
    "subject": "要件定義書 v1.2 送付",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム PMチーム各位

お世話になっております。佐伯です。

前回定例の指摘を反映した要件定義書 v1.2 をお送りします。
変更箇所は変更履歴（2ページ目）をご参照ください。

よろしくお願いします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "docx", "name": "新人事システム_要件定義書_v1.2.docx",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 情報システム部",
        "title": "新人事システム 要件定義書",
        "paragraphs": ["【社外秘】", "新人事システム 要件定義書 第1.2版", "",
                       "1. システム化の目的", "人事・給与・評価の各業務をひとつの基盤に統合し、月次処理の工数を30%削減する。",
                       "2. 業務要件", "2.1 異動発令から各システムへの反映を翌営業日までに行う。",
                       "2.2 評価確定後、賞与計算へ自動連携する。",
                       "3. 非機能要件", "可用性 99.5%、RPO 24時間、RTO 8時間。"],
        "tables": [[["版", "日付", "変更内容"], ["1.1", "2025/09/26", "初版レビュー反映"],
                    ["1.2", "2025/10/10", "評価・賞与連携の要件追加"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached requirements document is stamped 社外秘 in its header and first line",
},
# 012 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-012",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム インフラチーム <infra@tsubasa-system.jp>"],
    "subject": "拠点一覧（閉域網接続の設計用）",
    "charset": "utf-8",
    "body": """インフラチーム ご担当者様

お世話になっております。日の出産業の一之瀬です。
閉域網の設計用に、接続対象の拠点一覧をCSVでお送りします。
利用者数は各拠点の端末台数ベースの概数です。

不明点があればご連絡ください。
""" + SIG_ICHINOSE,
    "attachments": [{
        "kind": "csv", "name": "kyoten_list.csv", "encoding": "utf-8",
        "rows": [["拠点名", "郵便番号", "所在地", "代表電話", "回線種別", "利用者数"],
                 ["本社", "105-0013", "東京都港区浜松町3-14-9 日の出ビル7F", "03-5408-7720", "専用線 1Gbps", "420"],
                 ["横浜営業所", "220-0011", "神奈川県横浜市西区高島2-6-32", "045-451-3310", "光 1Gbps", "38"],
                 ["大宮営業所", "330-0854", "埼玉県さいたま市大宮区桜木町1-7-5", "048-643-2271", "光 1Gbps", "25"],
                 ["名古屋支店", "450-0002", "愛知県名古屋市中村区名駅4-24-16", "052-581-4409", "光 1Gbps", "61"],
                 ["大阪支店", "530-0001", "大阪府大阪市北区梅田2-5-25", "06-6344-1180", "専用線 500Mbps", "74"],
                 ["福岡営業所", "812-0011", "福岡県福岡市博多区博多駅前3-2-1", "092-472-5536", "光 1Gbps", "19"],
                 ["千葉物流センター", "275-0024", "千葉県習志野市茜浜1-8-3", "047-408-6625", "光 1Gbps", "88"],
                 ["仙台営業所", "980-0021", "宮城県仙台市青葉区中央1-3-1", "022-261-9072", "光 1Gbps", "14"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own branches with office addresses and switchboards: businesses, not people",
},
# 013 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-013",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["なぎさクラウド 導入支援窓口 <onboarding@nagisa-cloud.co.jp>"],
    "subject": "[ファイル送付] 追加ユーザー登録申請書（第2陣）",
    "charset": "iso-2022-jp",
    "body": """なぎさクラウド 導入支援ご担当者様

お世話になっております。日の出産業の一之瀬です。

第2陣（営業本部）の追加ユーザー登録申請書をお送りします。
ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお知らせいたします。
""" + SIG_ICHINOSE,
    "attachments": [{
        "kind": "zip", "name": "追加ユーザー登録申請書_第2陣.zip", "password": "Kp7#tR2m",
        "files": [{"kind": "xlsx", "name": "追加ユーザー登録申請書_第2陣.xlsx",
                   "sheets": {"申請": [["社員番号", "氏名", "メールアドレス", "所属"]] + [
                       [f"H{23100 + i}", f"{p[0]} {p[1]}", f"{p[4]}.{p[5]}@hinode-sangyo.co.jp", "営業本部"]
                       for i, p in enumerate(_people(9, 20))]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected; its contents are not visible to a scanner",
},
# 014 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-014",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["なぎさクラウド 導入支援窓口 <onboarding@nagisa-cloud.co.jp>"],
    "subject": "[パスワード通知] 追加ユーザー登録申請書（第2陣）",
    "charset": "iso-2022-jp",
    "body": """なぎさクラウド 導入支援ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　Kp7#tR2m

※次回からは御社のファイル共有ポータル経由でお渡しする形に切り替えます。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "separate password notice only: no attachment, no personal data",
},
# 015 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-015",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "アカウント一時停止のご依頼（営業二課 1名）",
    "charset": "utf-8",
    "body": """星見サポート株式会社
根岸様

お世話になっております。日の出産業 ヘルプデスクの小野寺です。

営業二課の 渡会 怜央（わたらい れお）さんが、適応障害との診断を受けて
10月15日から約3か月間休職されることになりました。

つきましては、休職期間中の以下の対応をお願いいたします。
　・社内ポータル、経費精算、CRM のアカウント一時停止（10/15 9:00 まで）
　・メールは上長の 真壁 課長 へ自動転送
　・貸与スマートフォンは本人から総務へ返却済み

ご本人からヘルプデスクに問い合わせがあった場合は、
事情を詮索せず小野寺までおつなぎください。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names one employee and his medical diagnosis (適応障害) to the outsourced help desk",
},
# 016 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-016",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
    "cc": ["三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>"],
    "subject": "移行前 社員マスタ抽出（本社分）",
    "charset": "cp932",
    "body": """佐伯さん、三反田さん

お疲れさまです。蒔田です。
移行リハーサル用に、本社所属分の社員マスタを抽出しました。
ツバサさんに渡す前に、マスキングの要否を一緒に確認させてください。
（このファイル自体は社外に出さないでください）

蒔田
""",
    "attachments": [{
        "kind": "xlsx", "name": "社員マスタ抽出_本社_20251010.xlsx",
        "sheets": {"社員マスタ": [["社員番号", "氏名", "カナ", "生年月日", "所属", "携帯電話", "自宅住所"]] + [
            [f"H{15000 + i * 41}", f"{p[0]} {p[1]}", f"{p[2]} {p[3]}",
             "{}-{:02d}-{:02d}".format(*_dob(f"016-{i}")), _DEPTS[i % 10], _tel(f"016-{i}"),
             _addr(f"016-{i}")[1]]
            for i, p in enumerate(_people(30, 4))]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "30-employee master extract, but every recipient is internal",
},
# 017 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-017",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitford <d.whitford@northwind-soft.com>"],
    "subject": "Annual true-up: named user count for FY2025",
    "charset": "utf-8",
    "body": """Hi Daniel,

Thank you for the reminder. Here is our true-up for the annual licence review.

  Licence type            Contracted   In use (30 Sep)   Delta
  ----------------------  ----------   ---------------   -----
  Planner Pro (named)            180               193     +13
  Planner Viewer                 400               371     -29
  API connector                    4                 4       0
  Sandbox environment              2                 3      +1

The +13 Planner Pro users come from the Osaka branch rollout in August.
Could you send a quote for the additional 13 named users, prorated to the
renewal date (1 April)? We would also like to drop the third sandbox at renewal.

Best regards,
""" + SIG_ISHIGURO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "licence true-up figures to a foreign vendor: counts only",
},
# 018 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-018",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "subject": "顧客データ移行 第1回リハーサル エラーレコードの件",
    "charset": "utf-8",
    "body": """未来データラボ
丹羽様

お世話になっております。三反田です。
第1回リハーサルで個人顧客テーブルの取込エラーになった8件を貼り付けます。
いずれも住所の番地部分で桁あふれしているように見えます。

""" + _pad("顧客番号", 10) + _pad("氏名", 16) + _pad("電話番号", 15) + "住所\n"
    + "-" * 78 + "\n" + "\n".join(
        _pad(f"C{740211 + i * 97}", 10) + _pad(f"{p[0]} {p[1]}", 16) + _pad(_tel(f"018-{i}"), 15)
        + _addr(f"018-{i}")[1] + f" グランメゾン{['東', '西', '南'][i % 3]}館{100 + i * 3}号室"
        for i, p in enumerate(_people(8, 11))) + """

変換ルールの見直しをお願いできますでしょうか。
""" + SIG_SANDANDA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight individual customers (name, phone, home address) pasted as padded columns",
},
# 019 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-019",
    "sender": "鬼頭 広志 <kito.hiroshi@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "subject": "取引先マスタ 名寄せ用データ（法人番号付き）",
    "charset": "iso-2022-jp",
    "body": """丹羽様

いつもお世話になっております。営業管理部の鬼頭です。

CRM移行の名寄せ用に、法人取引先マスタのうち法人番号を登録済みの
分をCSVでお送りします（全2,184社のうち、まずはサンプル8社分）。
法人番号が同じで名称が異なるものを同一企業として寄せる想定です。
""" + SIG_KITO,
    "attachments": [{
        "kind": "csv", "name": "torihikisaki_sample.csv", "encoding": "cp932",
        "rows": [["取引先コード", "法人番号", "取引先名", "本社所在地", "代表電話"],
                 ["T00412", _corp("010401093381"), "株式会社丸高製作所", "東京都大田区東糀谷4-2-11", "03-3741-2208"],
                 ["T00413", _corp("010401093381"), "（株）丸高製作所", "東京都大田区東糀谷4-2-11", "03-3741-2208"],
                 ["T01177", _corp("120001177420"), "浪速化成工業株式会社", "大阪府東大阪市高井田元町1-5-3", "06-6782-4410"],
                 ["T01520", _corp("180001052267"), "東海パッケージ株式会社", "愛知県春日井市鷹来町4009", "0568-88-3120"],
                 ["T02009", _corp("290001020098"), "九州ロジテック株式会社", "福岡県糟屋郡粕屋町戸原東3-1-8", "092-939-5571"],
                 ["T02310", _corp("040001045321"), "房総精機株式会社", "千葉県木更津市潮浜2-4", "0438-36-7102"],
                 ["T02788", _corp("070001027880"), "みちのく電子株式会社", "福島県郡山市富久山町福原字泉崎41", "024-943-6655"],
                 ["T03056", _corp("010701030560"), "湘南メディカル資材株式会社", "神奈川県藤沢市桐原町12", "0466-44-0913"]],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "company master with 法人番号, addresses and switchboards: a list of businesses",
},
# 020 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-020",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "cc": ["須藤 剛 <sudo.tsuyoshi@nagisa-cloud.co.jp>", "宇佐美 智恵 <usami.chie@hinode-sangyo.co.jp>"],
    "subject": "人事システム⇔経費精算クラウド 連携仕様の打合せ（10/22）",
    "charset": "iso-2022-jp",
    "body": """ツバサシステム 戸叶様
なぎさクラウド 須藤様

お世話になっております。日の出産業の佐伯です。

人事システムから経費精算クラウドへの組織・社員情報の連携について、
両社にお集まりいただいて仕様を詰めたく、下記で打合せを設定させてください。

　日時：10月22日（水）10:00～11:30
　形式：Teams（招待は別途お送りします）
　議題：
　　1) 連携項目（組織コード、役職、承認ルート）
　　2) 連携タイミング（日次バッチ／発令日基準）
　　3) エラー時の再送と通知先

事前に、なぎさクラウド様のユーザー連携APIの仕様書をご共有いただけますと助かります。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: two external organisations in To/Cc",
},
# 021 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-021",
    "sender": "宇佐美 智恵 <usami.chie@hinode-sangyo.co.jp>",
    "to": ["なぎさクラウド 請求担当 <billing@nagisa-cloud.co.jp>"],
    "subject": "ご利用料金のお支払い方法変更（クレジットカード払い）について",
    "charset": "cp932",
    "body": """株式会社なぎさクラウド
請求ご担当者様

いつもお世話になっております。日の出産業 経理部の宇佐美です。

11月分のご利用料金から、お支払い方法を請求書払いから法人カード払いへ
変更したく、ご連絡いたしました。カード情報は以下のとおりです。

　カード番号：""" + _card(card_number(SEED + 10), " ") + """
　有効期限　：08/28
　名義　　　：RYOSUKE KONOE（法人カード／情報システム部長名義）

管理画面からの登録ができなかったため、メールでのご連絡となり恐縮です。
お手続き完了後、ご連絡いただけますと幸いです。
""" + SIG_USAMI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "full credit card number with expiry and holder name in the body",
},
# 022 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-022",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "9月度ヘルプデスク月次報告へのフィードバック",
    "charset": "utf-8",
    "body": """根岸様

お世話になっております。小野寺です。
9月度の月次報告、ありがとうございました。社内の定例で共有しました。

数字についていくつかコメントです。

　受付件数　　　1,284件（前月比 +18%）
　　うち パスワード関連　　412件（32.1%）
　　うち 経費精算クラウド　287件（22.4%）
　一次解決率　　　78.6%（目標 80%）
　平均応答時間　　41秒（目標 60秒以内 ◎）

パスワード関連が多いのは、9/1 の有効期限ポリシー変更の影響だと思います。
10月からセルフリセットを案内していただく文面を、次回定例で相談させてください。

経費精算の件数は、新システム稼働直後のため想定の範囲内です。
FAQ の追加候補を10件ほど挙げていただけますか。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "help-desk statistics and feedback: no people",
},
# 023 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-023",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["まなび研修サービス 受付 <uketsuke@manabi-kenshu.co.jp>"],
    "subject": "新人事システム 管理者研修（10/28）受講者のご連絡",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>まなび研修サービス株式会社<br>研修受付ご担当者様</p>
<p>お世話になっております。日の出産業 人事部の蒔田です。<br>
10月28日の「新人事システム 管理者研修」の受講者が確定しましたので、ご連絡いたします。<br>
受講用アカウントの発行と事前案内メールの送付をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde7f3"><th>No</th><th>氏名</th><th>所属</th><th>メールアドレス</th><th>直通電話</th></tr>
""" + "\n".join(
        f"<tr><td>{i + 1}</td><td>{p[0]}　{p[1]}</td><td>{_DEPTS[(i + 3) % 10]}</td>"
        f"<td>{p[4]}.{p[5]}@hinode-sangyo.co.jp</td><td>03-5408-{7800 + i * 13}</td></tr>"
        for i, p in enumerate(_people(7, 17))) + """
</table>
<p>当日はPCを各自持参いたします。<br>どうぞよろしくお願いいたします。</p>
<p>――<br>日の出産業株式会社 人事部 人事システムグループ<br>蒔田 亜希子<br>TEL 03-5408-7740</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML table of seven trainees with e-mail and direct line to a training vendor",
},
# 024 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-024",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["まなび研修サービス 受付 <uketsuke@manabi-kenshu.co.jp>"],
    "subject": "Re: 11/5 追加開催分 受講者について",
    "charset": "iso-2022-jp",
    "body": """まなび研修サービス
受付ご担当者様

お世話になっております。蒔田です。
11/5 の追加開催分は、以下の3名でお願いします。

　・鵜飼 悠斗（大阪支店 総務課）　ukai.yuto@hinode-sangyo.co.jp
　・比嘉 紗希（名古屋支店 総務課）　higa.saki@hinode-sangyo.co.jp
　・穂積 康介（生産管理部）　hozumi.kosuke@hinode-sangyo.co.jp

3名ともオンライン受講です。URLの送付をお願いいたします。
""" + SIG_MAKITA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three trainees' names and work e-mails: under five records, may warn",
},
# 025 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-025",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "結合テスト用ダミーデータ（架空の社員8名）",
    "charset": "utf-8",
    "body": """浅利様

お世話になっております。三反田です。
結合テスト用に、人事部と一緒に作成した架空の社員データをお送りします。
実在の社員とは一切関係のないダミーですが、住所・電話番号は形式チェックを
通すため実在しうる形にしてあります。
""" + SIG_SANDANDA,
    "attachments": [{
        "kind": "xlsx", "name": "IT_dummy_employees.xlsx",
        "sheets": {"ダミー社員": [["※本データは架空です（結合テスト用）", "", "", "", "", ""],
                               ["社員番号", "氏名", "生年月日", "電話番号", "メール", "住所"]] + [
            [f"Z{90001 + i}", f"{p[0]} {p[1]}", "{}/{}/{}".format(*_dob(f"025-{i}")),
             _tel(f"025-{i}"), f"{p[4]}{i}@example.com", _addr(f"025-{i}")[1]]
            for i, p in enumerate(_people(8, 27))]},
    }],
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight realistic-looking person records declared fictional test data: a list in form, not in substance",
},
# 026 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-026",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "Re: 権限テスト用アカウント一覧",
    "charset": "utf-8",
    "body": """浅利様

三反田です。権限テスト用のテストアカウント一覧を添付します。
人物に紐づかない汎用IDで作成しています（表示名もテスト用の連番です）。
ロールの組み合わせは、要件定義書 5.2 の権限マトリクスに合わせました。
""" + SIG_SANDANDA,
    "attachments": [{
        "kind": "csv", "name": "test_accounts_role.csv", "encoding": "utf-8",
        "rows": [["login_id", "display_name", "role", "org_code", "approver_id"]] + [
            [f"test_user{n:02d}", f"テスト利用者{n:02d}",
             ["一般", "一般", "承認者", "人事担当", "システム管理者"][n % 5], f"ORG{100 + (n % 4) * 10}",
             f"test_user{((n // 5) * 5 + 2):02d}" if n % 5 != 2 else ""]
            for n in range(1, 21)],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "generic test accounts (test_user01…) with roles: no people",
},
# 027 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-027",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["須藤 剛 <sudo.tsuyoshi@nagisa-cloud.co.jp>"],
    "subject": "FW: 【人事】11月1日付 入社者情報の共有",
    "charset": "iso-2022-jp",
    "body": """須藤様

お世話になっております。一之瀬です。
弊社人事部からの連絡を転送します。下記6名分の経費精算アカウントを
11/1 の朝までに作成いただけますでしょうか。
初期パスワードの案内は、入社日前のため各自の個人メール宛にお願いします。

---------- 転送メッセージ ----------
From: 蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>
Date: 2025年10月14日(火) 9:12
Subject: 【人事】11月1日付 入社者情報の共有
To: 情報システム部 <is-all@hinode-sangyo.co.jp>

情シス各位

11月1日付の中途入社者は以下のとおりです。各種アカウントの準備をお願いします。

""" + "\n".join(
        f"【{i + 1}】{p[0]} {p[1]}（{p[2]} {p[3]}）\n"
        f"　　生年月日：{_wareki(*_dob(f'027-{i}', 1978, 1998))}\n"
        f"　　配属：{_DEPTS[(i * 3) % 10]}\n"
        f"　　個人メール：{p[5]}.{p[4]}{(i * 37) % 90 + 10}@{['gmail.com', 'yahoo.co.jp', 'icloud.com'][i % 3]}\n"
        f"　　携帯：{_fw(_tel(f'027-{i}'))}\n"
        for i, p in enumerate(_people(6, 6))) + """
以上、よろしくお願いします。
人事部 蒔田
""" + SIG_ICHINOSE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of an internal HR mail: six new hires with birth date, private e-mail and mobile",
},
# 028 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-028",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["伏見 健太 <fushimi.kenta.dev@gmail.com>"],
    "subject": "来週の移行リハーサル立会いのお願い",
    "charset": "utf-8",
    "body": """伏見さん

お世話になっております。日の出産業の三反田です。
先日はお打合せありがとうございました。

第2回移行リハーサルの立会いについて、下記でお願いできればと思います。

・日時：10/25（土）9:00 ～ 18:00 目途
・場所：本社7F プロジェクトルーム（入館証は受付でお渡しします）
・お願いしたいこと：移行ツールのログ確認、件数突合の手順レビュー

業務委託契約の個別契約書は、総務から別途お送りします。
交通費は実費精算となりますので、領収書の保管をお願いします。
""" + SIG_SANDANDA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "ordinary request to one freelance consultant on free mail",
},
# 029 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-029",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["渋谷 玲奈 <rena.shibuya.qa@gmail.com>", "ohkubo_tester@yahoo.co.jp",
           "Kaito Mizushima <kaito.mizushima@icloud.com>"],
    "subject": "受入テスト補助 業務のご案内（11月）",
    "charset": "iso-2022-jp",
    "body": """皆さま

お世話になっております。日の出産業 情報システム部の佐伯です。
このたびは受入テスト補助のご依頼をお引き受けいただき、ありがとうございます。

期間　：11月4日（火）～11月21日（金）のうち12日間
場所　：本社7F（初日 9:30 に1F受付へお越しください）
内容　：テストシナリオに沿った画面操作と結果記録

初日にオリエンテーションを行います。
ご不明点はこのメールにご返信ください。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private testers on free mail all in To can see each other's addresses",
},
# 030 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-030",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
    "bcc": ["sales@tsubasa-system.jp", "biz@nagisa-cloud.co.jp", "eigyo@hibiki-kintai.com"],
    "subject": "【RFP】勤怠管理システム更改 質問回答の共有",
    "charset": "iso-2022-jp",
    "body": """各社 ご担当者様
（本メールはBCCにてお送りしております）

お世話になっております。日の出産業の佐伯です。
RFPに関していただいたご質問と回答を、公平性の観点から全社に共有いたします。

Q1. 打刻端末（ICカードリーダー）は既存機器の流用が可能か。
A1. 既存機器は2019年導入のものです。流用可否を含めてご提案ください。

Q2. 給与システムとの連携方式に指定はあるか。
A2. CSVファイル連携（日次）を基本とし、API連携もご提案可能です。

Q3. 利用者数の内訳は。
A3. 正社員 約820名、契約社員・パート 約330名です。

引き続き、よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "three competing vendors correctly in Bcc; To is the sender himself",
},
# 031 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-031",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "cc": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
    "subject": "第2回移行リハーサル タイムテーブル（案）",
    "charset": "cp932",
    "body": """丹羽様

三反田です。第2回リハーサルのタイムテーブル案です。
前回の実績（全体 9時間40分）から、顧客テーブルの並列度を上げた前提にしています。

時刻        作業                                   担当
----------  -------------------------------------  ------------
 8:30       旧システム 更新停止・バックアップ       日の出（情シス）
 9:00       抽出（社員・組織・顧客・取引先）       未来データラボ
10:30       変換・クレンジング                      未来データラボ
13:00       新システムへの取込                      ツバサシステム
15:30       件数突合・金額突合                      日の出（業務部門）
17:00       判定会議（Go / No-Go）                  全員

判定基準は、件数差異 0件、金額差異 0円、エラーレコード 10件以下 としたいと考えています。
ご意見をお聞かせください。
""" + SIG_SANDANDA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "rehearsal timetable with company names only",
},
# 032 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-032",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["鶴見 啓介 <tsurumi.keisuke@kumo-license.jp>"],
    "subject": "注文書送付（見積番号 KL-Q-25-03318）",
    "charset": "iso-2022-jp",
    "body": """株式会社クモライセンス
鶴見様

お世話になっております。樋口です。
お見積りいただいた内容で発注いたします。注文書をPDFで添付いたしますので、
ご確認のうえ、注文請書のご返送をお願いいたします。

納品（ライセンスキー発行）は11月1日付でお願いします。
""" + SIG_HIGUCHI,
    "attachments": [{
        "kind": "pdf", "name": "注文書_HS-PO-2025-0917.pdf", "title": "注文書",
        "lines": ["注 文 書", "", "株式会社クモライセンス 御中", "注文番号：HS-PO-2025-0917",
                  "発行日：2025年10月15日", "見積番号：KL-Q-25-03318", "",
                  "日の出産業株式会社 総務部", _ADDR_HQ, ""],
        "table": [["品目", "型番", "数量", "単価", "金額"],
                  ["グループウェア年間ライセンス", "GW-STD-1Y", "430", "4,800", "2,064,000"],
                  ["ウイルス対策 年間更新", "AV-EP-1Y", "480", "2,200", "1,056,000"],
                  ["", "", "", "小計", "3,120,000"], ["", "", "", "消費税", "312,000"],
                  ["", "", "", "合計", "3,432,000"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order with order/quote numbers and prices: ordinary business",
},
# 033 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-033",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["なぎさクラウド サポート <support@nagisa-cloud.co.jp>"],
    "subject": "【お問い合わせ】スクリーンリーダー利用時の申請画面の読み上げについて",
    "charset": "utf-8",
    "body": """なぎさクラウド サポートご担当者様

お世話になっております。日の出産業 情報システム部の一之瀬です。

弊社 購買部の 野々村 詩織 さんは視覚障害（身体障害者手帳1級）があり、
業務ではスクリーンリーダー（NVDA 2024.4）を使用しています。

経費申請画面で、以下の箇所が読み上げられず申請を完了できないとの相談がありました。
　1. 明細行の「勘定科目」プルダウン
　2. 領収書添付ボタン（アイコンのみで代替テキストなし）

アクセシビリティ対応の予定、または回避策があれば教えていただけますでしょうか。
ご本人との画面共有での確認も可能です。
""" + SIG_ICHINOSE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "names one employee with her disability (視覚障害・手帳等級) to a SaaS vendor",
},
# 034 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-034",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["星見サポート 受付 <hd-desk@hoshimi-support.co.jp>"],
    "subject": "パスワードロック解除のお願い（社員番号 H20417）",
    "charset": "iso-2022-jp",
    "body": """星見サポート 受付ご担当者様

小野寺です。以下1件、ロック解除をお願いします。

　社員番号：H20417
　氏名　　：鴇田 様（品質保証部）
　対象　　：社内ポータル（SSO）

ご本人確認は当方で実施済みです。
解除後、ご本人へは小野寺から連絡します。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "one employee's surname and staff number in a routine unlock request",
},
# 035 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-035",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "cc": ["三反田 舞 <sandanda.mai@hinode-sangyo.jp>"],
    "subject": "Re: 移行ツールのライセンス費用について",
    "charset": "iso-2022-jp",
    "body": """丹羽様

お世話になっております。佐伯です。

移行ツールのライセンス費用につきまして、社内で確認しました。
リハーサル2回分と本番1回分を含めた期間（3か月）でお見積りいただけますでしょうか。
延長が必要になった場合の月額単価も併記いただけると助かります。

（CCの三反田が以後の窓口になります）
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain", "multiple_external_domains"],
    "note": "colleague cc'd at hinode-sangyo.jp, the own domain without co.: a look-alike",
},
# 036 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-036",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "RE: 操作説明会 当日の御社参加者について",
    "charset": "cp932",
    "body": """浅利様

ご連絡ありがとうございます。蒔田です。
承知しました。当日は受付に5名様分の入館証を用意しておきます。
会場は本社7Fの大会議室に変更になりましたので、ご注意ください。

よろしくお願いいたします。
""" + SIG_MAKITA + """

差出人: 浅利 由佳 <asari.yuka@tsubasa-system.jp>
送信日時: 2025年10月16日 18:20
宛先: 蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>
件名: 操作説明会 当日の御社参加者について

蒔田様

10/30の操作説明会に、弊社から以下の5名が伺います。
緊急連絡先として携帯番号を記載しております。

""" + "\n".join(f"・{n}　携帯 {_tel(f'036-{i}')}" for i, n in enumerate(
        ["浅利 由佳", "戸叶 大輔", "千代延 慎", "阿武 めぐみ", "四十物 拓"])) + """

よろしくお願いいたします。
ツバサシステム 浅利
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "five mobiles appear only in the quoted vendor mail (差出人/送信日時 block); reply text has none",
},
# 037 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-037",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["鶴見 啓介 <tsurumi.keisuke@kumo-license.jp>"],
    "subject": "CADライセンス 利用者割当一覧の送付",
    "charset": "iso-2022-jp",
    "body": """鶴見様

お世話になっております。樋口です。
CADライセンスの名義変更手続き用に、利用者の割当一覧をお送りします。
「割当一覧」シートが25名分、「集計」シートが種別ごとの数量です。
""" + SIG_HIGUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "CADライセンス割当一覧_202510.xlsx",
        "title": "CADライセンス割当一覧",
        "sheets": {
            "割当一覧": [["CADライセンス 利用者割当一覧（2025年10月）", "", "", "", ""],
                      ["", "", "", "", ""],
                      ["No", "利用者名", "メールアドレス", "所属", "ライセンス種別"]] + [
                [i + 1, f"{p[0]} {p[1]}", f"{p[4]}.{p[5]}@hinode-sangyo.co.jp",
                 ["生産管理部", "品質保証部", "設計開発部"][i % 3], ["3D Pro", "2D Std"][i % 2]]
                for i, p in enumerate(_people(25, 1))],
            "集計": [["種別", "数量"], ["3D Pro", 13], ["2D Std", 12], ["合計", 25]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX with 25 named users and their e-mail addresses under a title row",
},
# 038 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-038",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["鶴見 啓介 <tsurumi.keisuke@kumo-license.jp>"],
    "subject": "テナント管理者の追加登録について",
    "charset": "utf-8",
    "body": """鶴見様

お世話になっております。一之瀬です。
ライセンス管理ポータルの管理者を1名追加したく、登録をお願いします。

  数量：管理者アカウント 1（現在 2 → 3）
  追加する副管理者：情報システム部 真壁 葵
  連絡先（携帯）：070-5128-3946

真壁は12月からライセンス棚卸しの主担当になります。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one colleague's name and mobile as a new administrator contact: one record",
},
# 039 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-039",
    "sender": "近衛 亮介 <konoe.ryosuke@hinode-sangyo.co.jp>",
    "to": ["関口 史朗 <sekiguchi.shiro@sekiguchi-pmo.co.jp>"],
    "subject": "【極秘】勤怠システム ベンダー選定 評価結果（役員会前）",
    "charset": "iso-2022-jp",
    "body": """関口様

近衛です。役員会前の段階ですので、取扱いにはご注意ください。

最終評価（100点満点）
　A社（ツバサシステム）　　78点　　コスト○　機能○　保守体制◎
　B社（なぎさクラウド）　　81点　　コスト◎　機能○　保守体制○
　C社（ひびき勤怠）　　　　64点　　コスト○　機能△　保守体制△

B社を第一候補として11/20の役員会に諮る予定です。
リスク評価のコメントを金曜までにいただけますでしょうか。
""" + SIG_KONOE,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the subject is classified 【極秘】 and goes to an outside consultant",
},
# 040 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-040",
    "sender": "近衛 亮介 <konoe.ryosuke@hinode-sangyo.co.jp>",
    "to": ["関口 史朗 <sekiguchi.shiro@sekiguchi-pmo.co.jp>"],
    "subject": "Re: 評価資料の共有可否について",
    "charset": "iso-2022-jp",
    "body": """関口様

近衛です。お問い合わせの件、回答いたします。

ベンダー各社の見積明細は社外秘扱いとなっておりますので、
恐れ入りますが資料そのものの共有は控えさせてください。
代わりに、評価観点と配点のみ下記にお示しします。

　機能適合性　40点
　コスト　　　30点
　保守体制　　20点
　導入実績　　10点

詳細は来週のお打合せで画面を投影しながらご説明します。
""" + SIG_KONOE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions that the quotes are 社外秘 (a statement, not a marking); only scoring criteria sent",
},
# 041 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-041",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "subject": "リモート保守用VPNアカウント発行のお知らせ（3名分）",
    "charset": "cp932",
    "body": """戸叶様

お世話になっております。一之瀬です。
ご申請いただいた御社エンジニアの方3名分、リモート保守用VPNアカウントを発行しました。

　氏名　　　　　ログインID　　　登録メールアドレス
　戸叶 大輔　　　vpn-tsb-011　　tokano.daisuke@tsubasa-system.jp
　千代延 慎　　　vpn-tsb-012　　chiyonobu.shin@tsubasa-system.jp
　四十物 拓　　　vpn-tsb-013　　aimono.taku@tsubasa-system.jp

ワンタイムパスワードのトークンは、登録メールアドレス宛に自動送信されます。
利用期間は 2026/3/31 までです。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three vendor engineers' names and work addresses back to their own company: under five",
},
# 042 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-042",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["湾岸データセンター 入館受付 <nyukan@wangan-dc.co.jp>"],
    "subject": "入館申請（11/8 サーバ移設作業）日の出産業",
    "charset": "iso-2022-jp",
    "body": """湾岸データセンター 入館受付ご担当者様

いつもお世話になっております。日の出産業の一之瀬です。
下記のとおり入館を申請いたします。

　契約番号：WDC-2231
　日時　　：11月8日（土）21:00 ～ 11月9日（日）5:00
　作業場所：3F ラック C-14, C-15
　作業内容：サーバ移設（新人事システム用 2台搬入、旧サーバ 3台搬出）
　入館者　：日の出産業 一之瀬 諒、ツバサシステム 戸叶 大輔
　搬入出　：あり（台車使用）

当日は顔写真付き身分証を持参いたします。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "data-centre entry request with two names and companies only",
},
# 043 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-043",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "未解決チケット3件のフォローアップ",
    "charset": "utf-8",
    "body": """根岸様

小野寺です。週次で確認している未解決チケットのうち、
利用者から催促のあった3件について、本日中に折り返しをお願いできますか。

チケット\t申告者\t所属\t連絡先\t状況
HD-2025-04388\t十河 隼人\t物流管理部\t047-408-6631\tプリンタ認識せず（3日経過）
HD-2025-04402\t乾 琴音\t海外事業部\t03-5408-7857\tVPN切断多発
HD-2025-04419\t逸見 修平\t生産管理部\t03-5408-7862\t経費精算の承認者誤り

よろしくお願いします。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three requesters with contact numbers, tab-separated: under five records, may warn",
},
# 044 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-044",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["即報キッティング 手配窓口 <tehai@sokuho-kitting.co.jp>"],
    "subject": "PC入替 対象機器一覧（第3期）",
    "charset": "cp932",
    "body": """即報キッティング株式会社
手配窓口ご担当者様

お世話になっております。日の出産業 総務部の樋口です。
第3期PC入替の対象機器一覧をお送りします。
回収機器はデータ消去証明書の発行をお願いします。
""" + SIG_HIGUCHI,
    "attachments": [{
        "kind": "csv", "name": "PC入替_第3期_対象機器.csv", "encoding": "cp932",
        "rows": [["資産番号", "機種", "OS", "設置拠点", "導入年月", "入替後機種"]] + [
            [f"PC-HN-{19800 + i * 17}", ["LB-X240", "LB-X250", "VT-5400"][i % 3], "Windows 10",
             ["本社", "横浜営業所", "大宮営業所", "千葉物流センター"][i % 4],
             f"2019/{(i % 12) + 1:02d}", "LB-X890"] for i in range(24)],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PC asset list (asset numbers, models, sites): no people",
},
# 045 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-045",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "subject": "第1回リハーサル 検証結果報告書（PDF）",
    "charset": "iso-2022-jp",
    "body": """丹羽様

三反田です。第1回リハーサルの検証結果報告書をお送りします。
社内ルールによりPDFにパスワードを設定しています。
パスワードは前回お打合せでお伝えしたものと同じです。
""" + SIG_SANDANDA,
    "attachments": [{
        "kind": "pdf", "name": "移行リハーサル1_検証結果報告書.pdf", "password": "mdl-2025-r1",
        "lines": ["第1回 移行リハーサル 検証結果報告書", "件数突合：社員 1,148件 一致、顧客 52,310件 差異 8件",
                  "金額突合：売掛残高 差異 0円"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
},
# 046 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-046",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["Northwind APAC Support <apac-support@northwind-soft.com>"],
    "subject": "[Case 00481733] SAML login fails after IdP certificate rollover",
    "charset": "utf-8",
    "body": """Hello Support team,

Since we rolled over the signing certificate on our IdP yesterday (17 Oct, 22:00 JST),
users cannot sign in to Planner Pro. The browser shows "Invalid SAML response".

What we have checked:
  - new certificate (SHA-256, valid until 2027-10-17) uploaded under Admin > SSO
  - the IdP metadata URL is unchanged
  - clock skew between IdP and your service is under 5 seconds

Excerpt from the admin audit log (tenant hinode-prod):

  2025-10-18T01:12:44Z  SSO  ERROR  signature validation failed (cert thumbprint 7A:1F:...:C3)
  2025-10-18T01:12:44Z  SSO  INFO   fallback to cached metadata: disabled

Could you check whether the old thumbprint is still cached on your side?
This is blocking about 190 users, so we would appreciate a priority response.

Regards,
""" + SIG_ISHIGURO + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "technical support case with logs and a standard disclaimer: no personal data",
},
# 047 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-047",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "subject": "社会保険項目の移行差異（2名）ご確認のお願い",
    "charset": "utf-8",
    "body": """戸叶様

お世話になっております。蒔田です。
社会保険関連項目の移行結果を確認したところ、2名分で値が一致しませんでした。
明細をWordにまとめましたのでご確認ください。
桁数チェックで先頭のゼロが落ちているように見えます。
""" + SIG_MAKITA,
    "attachments": [{
        "kind": "docx", "name": "社保項目_移行差異.docx",
        "paragraphs": ["社会保険項目 移行差異明細（第2回移行テスト）", ""],
        "tables": [[["社員番号", "氏名", "項目", "旧システム", "新システム"],
                    ["H17703", "布施 遥", "基礎年金番号", "0412-086735", "412-086735"],
                    ["H17703", "布施 遥", "健康保険証 記号・番号", "記号 04120831 番号 57", "記号 4120831 番号 57"],
                    ["H19255", "根津 航", "基礎年金番号", "0098-513204", "98-513204"],
                    ["H19255", "根津 航", "健康保険証 記号・番号", "記号 04120831 番号 112", "記号 4120831 番号 112"]]],
    }],
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "two employees' basic pension numbers and health-insurance symbols/numbers in a DOCX",
},
# 048 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-048",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>", "浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "項目マッピング定義書 v0.9（社員・組織）",
    "charset": "utf-8",
    "body": """丹羽様、浅利様

三反田です。社員・組織テーブルの項目マッピング定義書 v0.9 を送付します。
黄色セルが前回からの変更箇所です。変換ルール欄の「要確認」は次回定例で決めましょう。
""" + SIG_SANDANDA,
    "attachments": [{
        "kind": "xlsx", "name": "項目マッピング定義書_v0.9.xlsx",
        "sheets": {
            "社員": [["旧テーブル.項目", "型", "新テーブル.項目", "型", "変換ルール"],
                   ["EMP.EMP_NO", "CHAR(6)", "employee.code", "VARCHAR(10)", "そのまま"],
                   ["EMP.NAME_KANJI", "NCHAR(20)", "employee.name", "NVARCHAR(50)", "全角空白→半角空白"],
                   ["EMP.BIRTH_YMD", "CHAR(8)", "employee.birth_date", "DATE", "和暦区分を西暦に変換"],
                   ["EMP.TEL_MOBILE", "CHAR(13)", "employee.mobile", "VARCHAR(20)", "ハイフン除去"],
                   ["EMP.MYNO_REF", "CHAR(12)", "（移行対象外）", "", "マイナンバー管理システムで保持"],
                   ["EMP.RETIRE_FLG", "CHAR(1)", "employee.status", "VARCHAR(10)", "要確認"]],
            "組織": [["旧テーブル.項目", "型", "新テーブル.項目", "型", "変換ルール"],
                   ["ORG.ORG_CD", "CHAR(5)", "org.code", "VARCHAR(10)", "先頭に'H'付与"],
                   ["ORG.PARENT_CD", "CHAR(5)", "org.parent", "VARCHAR(10)", "同上"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "field mapping definitions (column names only) to two vendors: no data values",
},
# 049 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-049",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "cc": ["関口 史朗 <sekiguchi.shiro@sekiguchi-pmo.co.jp>"],
    "subject": "10月度 プロジェクト進捗報告資料の送付",
    "charset": "iso-2022-jp",
    "body": """戸叶様
（CC：PMO 関口様）

お世話になっております。佐伯です。
明日のステアリングコミッティ用の進捗報告資料をお送りします。
課題一覧のうち No.14（帳票の納期遅延）はツバサ様からご説明をお願いします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pptx", "name": "進捗報告_2025年10月.pptx", "title": "10月度 進捗報告",
        "slides": [["10月度 プロジェクト進捗報告", "新人事システム導入プロジェクト", "2025年10月23日"],
                   ["全体状況", "基本設計：完了（遅延なし）", "詳細設計：85%（帳票のみ1週間遅れ）",
                    "移行：第1回リハーサル完了"],
                   ["課題", "No.14 帳票の納期遅延 → 11/7 リカバリ予定", "No.17 承認ルート設定の工数増"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "progress report deck to vendor with the PMO consultant in Cc: two organisations",
},
# 050 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-050",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["須藤 剛 <sudo.tsuyoshi@nagisa-cloud.co.jp>"],
    "subject": "SSO連携 初期取込データ（物流センター分）",
    "charset": "utf-8",
    "body": """須藤様

一之瀬です。SSO連携の初期取込データ（千葉物流センター分 15名）をZIPでお送りします。
中身は UTF-8 の CSV です。mobile列は多要素認証のSMS送信先です。
""" + SIG_ICHINOSE,
    "attachments": [{
        "kind": "zip", "name": "sso_import_chiba.zip",
        "files": [{"kind": "csv", "name": "sso_import_chiba/users.csv", "encoding": "utf-8",
                   "rows": [["userPrincipalName", "displayName", "employeeId", "department", "mobile"]] + [
                       [f"{p[4]}.{p[5]}@hinode-sangyo.co.jp", f"{p[0]} {p[1]}", f"H{24400 + i * 3}",
                        "物流管理部 千葉物流センター", "+81 " + _tel(f"050-{i}")[1:]]
                       for i, p in enumerate(_people(15, 13))]},
                  {"kind": "txt", "name": "sso_import_chiba/README.txt",
                   "text": "文字コード UTF-8 / 区切り カンマ / 1行目ヘッダ\n件数 15件\n"}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plain ZIP holding a CSV of 15 employees with e-mail and mobile",
},
# 051 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-051",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム PMチーム <pm-team@tsubasa-system.jp>"],
    "subject": "詳細設計 インプット資料一式（ZIP）",
    "charset": "utf-8",
    "body": """PMチーム各位

佐伯です。詳細設計のインプットとして、業務フローと帳票レイアウトをZIPでまとめました。
・業務フロー（異動・昇格・退職）：Word
・帳票レイアウト（辞令・在籍証明書）：Excel
ダミー値で記入しています。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip", "name": "詳細設計インプット_20251024.zip",
        "files": [
            {"kind": "docx", "name": "業務フロー_異動昇格退職.docx",
             "paragraphs": ["業務フロー：異動・昇格・退職", "1. 所属長が異動案を起票",
                            "2. 人事部が発令日・等級を確定", "3. 発令日前日のバッチで各システムへ連携",
                            "4. 退職者はアカウント停止（最終出社日の翌日0時）"]},
            {"kind": "xlsx", "name": "帳票レイアウト_辞令_在籍証明.xlsx",
             "sheets": {"辞令": [["項目", "桁", "記入例"], ["氏名", 20, "（氏名）"],
                                ["発令日", 10, "YYYY/MM/DD"], ["新所属", 30, "（部署名）"]],
                        "在籍証明書": [["項目", "桁", "記入例"], ["氏名", 20, "（氏名）"],
                                  ["入社日", 10, "YYYY/MM/DD"], ["発行番号", 12, "ZS-000000"]]}},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "unencrypted ZIP of design documents with placeholder values: nothing personal",
},
# 052 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-052",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "定例会 日程変更のお願い（10/30 → 10/31）",
    "charset": "iso-2022-jp",
    "body": """根岸様

お世話になっております。小野寺です。

10/30（木）の月次定例ですが、社内の監査対応と重なってしまったため、
10/31（金）15:00～ に変更させていただけないでしょうか。
場所・Web会議URLは変更ありません。

急なお願いで申し訳ございません。
""" + SIG_ONODERA + """

""" + DISC_JA + """
""" + DISC_EN + """
【個人情報の取扱いについて】当社の個人情報保護方針は https://www.hinode-sangyo.co.jp/privacy/ をご覧ください。""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "schedule change with the standard Japanese and English confidentiality disclaimers",
},
# 053 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-053",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "cc": ["伏見 健太 <fushimi.kenta.dev@gmail.com>"],
    "subject": "件数突合スクリプトのレビュー依頼",
    "charset": "utf-8",
    "body": """丹羽様
（CC：外部アドバイザーの伏見さん）

三反田です。件数突合のSQLを伏見さんにレビューいただくことになりましたので、
丹羽様からリポジトリの閲覧権限を伏見さんに付与していただけますか。
対象は migration-check リポジトリのみで、期間は11月末までです。
""" + SIG_SANDANDA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains", "freemail_recipient"],
    "note": "one vendor and one freelance free-mail address: two parties, an ordinary three-way mail",
},
# 054 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-054",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
    "cc": ["蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>"],
    "subject": "休職者のアカウント停止状況（10月末時点）",
    "charset": "cp932",
    "body": """労務グループ各位

ヘルプデスクの小野寺です。
休職中の方のアカウント停止状況を確認しました。人事部からいただいた事由欄もそのまま残しています。
復職予定日が近い方は、再開手続きのタイミングを教えてください。

社員番号　氏名　　　　　　事由　　　　　　　　　停止日　　　復職予定
""" + "\n".join(
        f"{'H' + str(16100 + i * 57)}　{_pad(p[0] + ' ' + p[1], 14)}{_pad(r, 22)}{s}　{e}"
        for i, (p, r, s, e) in enumerate(zip(_people(10, 23), [
            "病気休職（うつ病）", "育児休業", "病気休職（腰椎椎間板ヘルニア）", "介護休業", "病気休職（がん治療）",
            "育児休業", "病気休職（適応障害）", "私傷病（骨折）", "育児休業", "病気休職（統合失調症）"],
            ["2025/04/01", "2025/05/12", "2025/06/02", "2025/07/01", "2025/07/15",
             "2025/08/01", "2025/08/18", "2025/09/01", "2025/09/16", "2025/10/01"],
            ["2025/11/01", "2026/04/01", "2025/12/01", "2025/12/31", "未定",
             "2026/08/01", "2025/11/17", "2025/11/04", "2026/09/16", "未定"]))) + """

※このメールは社内限りです。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "ten employees with medical leave reasons, but sent only to internal HR",
},
# 055 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-055",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "【不具合】休職者の賞与計算で支給率が反映されない",
    "charset": "utf-8",
    "body": """浅利様

蒔田です。結合テストで不具合を見つけましたので報告します。

休職期間を含む社員の賞与計算で、支給率（休職月数按分）が反映されず満額になります。
再現データとして、本番から抽出した1名分のレコードを貼ります。

  社員番号   : H17046
  氏名       : 柏崎 芽衣
  生年月日   : 1984/06/19
  休職区分   : 病気休職（うつ病）
  休職期間   : 2025/03/01 - 2025/08/31
  賞与算定期間: 2024/12/01 - 2025/05/31
  期待値     : 支給率 50%　実績: 100%

計算ロジックの確認をお願いいたします。
""" + SIG_MAKITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a real employee record with the diagnosis behind the sick leave, to the vendor: sensitive data of one person",
},
# 056 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-056",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "Re: 【不具合】休職者の賞与計算で支給率が反映されない（再現データ差替え）",
    "charset": "utf-8",
    "body": """浅利様

蒔田です。先ほどの再現データは、社内ルールに沿ってマスキングしたものに差し替えます。
大変失礼いたしました。前のメールは破棄をお願いします。

  社員番号   : H9XXXX（テスト用に採番）
  氏名       : ＊＊＊＊
  休職区分   : 休職（区分コード 21）
  休職期間   : 2025/03/01 - 2025/08/31
  賞与算定期間: 2024/12/01 - 2025/05/31
  期待値     : 支給率 50%　実績: 100%

区分コード 21 以外（22, 23）でも同じ事象が出るか、御社側でもご確認ください。
""" + SIG_MAKITA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the same defect report with the record masked and the reason replaced by a code",
},
# 057 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-057",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["カギトークン 出荷センター <shukka@kagi-token.co.jp>"],
    "subject": "ハードウェアトークン 個別発送のお願い（在宅勤務者分）",
    "charset": "iso-2022-jp",
    "body": """カギトークン株式会社
出荷センター ご担当者様

お世話になっております。日の出産業の一之瀬です。
多要素認証用のハードウェアトークンを、在宅勤務のパート社員へ直接発送していただきたく、
総務部からの依頼メールを添付いたします。送付先は添付メールに記載のとおりです。

発送完了後、追跡番号をご連絡いただけますと幸いです。
""" + SIG_ICHINOSE,
    "attachments": [{
        "kind": "eml", "name": "トークン送付先一覧（総務部より）.eml",
        "message": {
            "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
            "to": ["一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>"],
            "subject": "トークン送付先（在宅パート5名）",
            "charset": "iso-2022-jp",
            "body": "一之瀬さん\n\n在宅勤務のパート社員5名の送付先です。\n\n" + "\n".join(
                f"{i + 1}. {p[0]} {p[1]}\n   〒{_addr(f'057-{i}')[0]} {_addr(f'057-{i}')[1]}\n"
                f"   TEL {_tel(f'057-{i}')}\n"
                for i, p in enumerate(_people(5, 30))) + "\n樋口\n",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached .eml lists five part-timers' home addresses and phones",
},
# 058 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-058",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["関口 史朗 <sekiguchi.shiro@sekiguchi-pmo.co.jp>"],
    "subject": "FW: 第12回定例 議事録",
    "charset": "iso-2022-jp",
    "body": """関口様

佐伯です。ツバサシステムさんから届いた第12回定例の議事録を添付で転送します。
決定事項3点目（移行判定基準）について、PMOとしてのご意見をいただけますか。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "eml", "name": "第12回定例 議事録.eml",
        "message": {
            "sender": "浅利 由佳 <asari.yuka@tsubasa-system.jp>",
            "to": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
            "subject": "第12回定例 議事録",
            "charset": "iso-2022-jp",
            "body": """佐伯様

第12回定例の議事録です。

■決定事項
1. 帳票の納期を11/7に変更
2. 承認ルートの初期設定は人事部で実施
3. 移行判定基準：件数差異0件、金額差異0円、エラー10件以下

■宿題
・ツバサ：性能試験計画書の提出（10/31）
・日の出：UATシナリオの確定（11/5）

ツバサシステム 浅利
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded meeting minutes as .eml: decisions and tasks only",
},
# 059 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-059",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "cc": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
    "subject": "結合テスト 不具合トリアージ結果（第3週）",
    "charset": "utf-8",
    "body": """戸叶様

一之瀬です。第3週分の不具合トリアージ結果を共有します。
重大度Aの2件は、UAT開始前（11/5）までの修正をお願いします。
""" + SIG_ICHINOSE,
    "attachments": [{
        "kind": "xlsx", "name": "不具合管理表_IT_w3.xlsx",
        "sheets": {
            "不具合一覧": [["ID", "機能", "概要", "重大度", "状態", "修正予定"],
                      ["IT-0211", "異動発令", "発令日前日バッチで組織コードが旧コードのまま", "A", "対応中", "10/31"],
                      ["IT-0214", "賞与計算", "休職月数按分が反映されない", "A", "調査中", "11/4"],
                      ["IT-0219", "帳票", "在籍証明書の和暦表示が令和元年で崩れる", "B", "修正済", "10/27"],
                      ["IT-0222", "画面", "検索結果の並び順が社員番号順にならない", "C", "保留", "-"]],
            "集計": [["重大度", "件数", "未完了"], ["A", 2, 2], ["B", 7, 3], ["C", 12, 5]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "defect tracking sheet with functions and statuses: no people",
},
# 060 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-060",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "稼働初週の現地キーユーザー連絡先",
    "charset": "cp932",
    "body": """根岸様

小野寺です。新システム稼働初週（11/17～21）に、各フロアで一次対応を担う
キーユーザー4名の連絡先をお知らせします。ヘルプデスクで解決できない操作質問は、
該当フロアのキーユーザーへ直接おつなぎください。

　■ 5F 経理部　　　早乙女 琴音　直通 03-5408-7871　携帯 080-2716-5530
　■ 6F 人事部　　　轟 健吾　　　直通 03-5408-7874　携帯 090-6642-1187
　■ 6F 総務部　　　芳賀 真央　　直通 03-5408-7876　携帯 070-3390-8412
　■ 7F 営業本部　　須磨 航　　　直通 03-5408-7879　携帯 080-5501-2964

稼働初週のみの体制です。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four key users with direct lines and mobiles: one to four records, may warn",
},
# 061 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-061",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "ICカード社員証 追加発行の見積依頼",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の樋口です。

入退室システムの更新に伴い、ICカード社員証の追加発行を検討しております。
下記条件でお見積りをお願いできますでしょうか。

　枚数　　：約180枚（11月中途入社・契約社員の切替分）
　仕様　　：現行デザイン（前回ご発注 2023年 受注番号 NS-23-1142）と同一
　チップ　：FeliCa Lite-S
　納期　　：12月第2週

対象者の氏名・写真データは、発注確定後に御社の入稿ポータルへアップロードいたします。
""" + SIG_HIGUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ID-card quotation request to a partner: counts and specs only, names to follow via portal",
},
# 062 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-062",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "名刺印刷のお願い（1名・100枚）",
    "charset": "iso-2022-jp",
    "body": """錦印刷 営業部 ご担当者様

お世話になっております。樋口です。
10月着任の情報システム部員の名刺を、いつものレイアウトでお願いします。

　氏名　　　：真壁 葵（まかべ あおい）
　英字　　　：Aoi Makabe
　所属・役職：情報システム部 ITサービス課 主任
　直通　　　：03-5408-7734
　携帯　　　：070-5128-3946
　メール　　：makabe.aoi@hinode-sangyo.co.jp

枚数は100枚、校正はPDFでお送りください。
""" + SIG_HIGUCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "business-card order for one employee: a single record",
},
# 063 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-063",
    "sender": "宇佐美 智恵 <usami.chie@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人EBサポート <eb-support@midori-ginko.co.jp>"],
    "subject": "総合振込データのフォーマットについて（新給与システム切替）",
    "charset": "cp932",
    "body": """みどり銀行 法人EBサポート ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部の宇佐美です。

来年1月から給与システムを切り替える予定で、振込データの出力形式を確認させてください。

　1. ヘッダーレコードの「委託者コード」は現行の10桁のままでよいか
　2. 振込指定日に土日を指定した場合の扱い
　3. 全銀協フォーマット（120バイト固定長）のほか、CSV形式でのアップロード可否

参考までに、弊社の引落口座は 本店営業部 普通 1234567（ヒノデサンギヨウ（カ））です。
テスト送信の手順もあわせてご教示いただけますと幸いです。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "format question to the bank with the company's own account: no personal data",
},
# 064 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-064",
    "sender": "宇佐美 智恵 <usami.chie@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人EBサポート <eb-support@midori-ginko.co.jp>"],
    "subject": "Re: 給与振込 テストデータ送付の件",
    "charset": "cp932",
    "body": """みどり銀行 法人EBサポート ご担当者様

宇佐美です。テスト送信用のデータを添付します。
新システムから出力したものをそのまま使いたかったため、
12月支給分の実データから6名分を抜き出しています。金額のみ1円に置き換えました。
""" + SIG_USAMI,
    "attachments": [{
        "kind": "txt", "name": "kyuyo_furikomi_test.txt", "encoding": "cp932",
        "text": "銀行コード\t支店コード\t預金種目\t口座番号\t受取人名\t金額\n" + "\n".join(
            f"{b}\t{br}\t1\t{acct}\t{p[2]} {p[3]}\t1"
            for (b, br, acct), p in zip(
                [("0158", "241", "3046172"), ("0009", "615", "1187450"), ("0158", "103", "2290836"),
                 ("0005", "338", "0417752"), ("0158", "241", "5561039"), ("0001", "082", "1829946")],
                _people(6, 19))) + "\n",
    }],
    "expect": "stop",
    "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six employees' bank accounts (bank/branch/account/kana name) from real payroll data",
},
# 065 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-065",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "二次エスカレーション先（ベンダー担当者）一覧",
    "charset": "utf-8",
    "body": """根岸様

小野寺です。稼働後の二次エスカレーション先として、各ベンダーの担当者を一覧にしました。
障害時は上から順にご連絡ください（いずれも各社の業務用連絡先です）。

会社            担当             メール                                  携帯（業務用）
--------------  ---------------  --------------------------------------  -------------
ツバサシステム  戸叶 大輔        tokano.daisuke@tsubasa-system.jp        080-4471-2209
ツバサシステム  千代延 慎        chiyonobu.shin@tsubasa-system.jp        080-4471-2231
なぎさクラウド  須藤 剛          sudo.tsuyoshi@nagisa-cloud.co.jp        090-2218-6604
未来データラボ  丹羽 悠真        niwa.yuma@mirai-datalab.co.jp           070-1193-4485
クモライセンス  鶴見 啓介        tsurumi.keisuke@kumo-license.jp         080-9025-3317

夜間・休日は携帯へお願いします。
""" + SIG_ONODERA,
    "expect": "either",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five vendor staff with business e-mail and work mobiles: a list of people, but business contacts",
},
# 066 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-066",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "subject": "第2回リハーサル 件数突合結果",
    "charset": "iso-2022-jp",
    "body": """丹羽様

三反田です。第2回リハーサルの件数突合結果です。お疲れさまでした。

テーブル　　　　旧システム　　新システム　　差異
社員　　　　　　　 1,148　　　　 1,148　　　　0
組織　　　　　　　　 212　　　　　 212　　　　0
顧客（法人）　　　 2,184　　　　 2,184　　　　0
顧客（個人）　　　52,310　　　　52,307　　　　3
受注明細　　　　 418,922　　　 418,922　　　　0

顧客（個人）の差異3件は、前回ご修正いただいた変換ルールの対象外のパターンでした。
ログのレコード番号を共有フォルダに置いています。
所要時間は 7時間55分（前回比 -1時間45分）でした。
""" + SIG_SANDANDA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "record counts per table: statistics only",
},
# 067 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-067",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitford <d.whitford@northwind-soft.com>"],
    "subject": "Steering committee deck (draft) for your comments",
    "charset": "utf-8",
    "body": """Hi Daniel,

Attached is the draft deck for next week's steering committee. Slide 3 covers the
budget overrun; I'd appreciate your view on the phasing options before Friday.

Best,
""" + SIG_ISHIGURO,
    "attachments": [{
        "kind": "pptx", "name": "SteerCo_2025-11_draft.pptx", "title": "Steering Committee November",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
        "slides": [["Planner Pro rollout - Steering Committee", "November 2025", "Draft v0.3"],
                   ["Status", "Phase 1 (HQ, Osaka): live", "Phase 2 (plants): UAT from 17 Nov"],
                   ["Budget", "Forecast JPY 148M vs approved JPY 132M", "Options: defer plant phase / reduce scope"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "deck carries a CONFIDENTIAL / internal-use-only footer on every slide",
},
# 068 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-068",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "subject": "UAT 説明会資料（利用部門向け）",
    "charset": "iso-2022-jp",
    "body": """戸叶様

佐伯です。来週の利用部門向けUAT説明会の資料です。
操作デモのパート（4～5枚目）について、画面イメージの差し替えをお願いできますか。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "pptx", "name": "UAT説明会_利用部門向け.pptx",
        "slides": [["受入テスト（UAT）説明会", "新人事システム", "情報システム部"],
                   ["UATの目的", "業務シナリオどおりに操作できるかを利用部門が確認する"],
                   ["スケジュール", "11/5～11/21　3週間", "判定会議 11/25"],
                   ["操作デモ（1）", "ログイン～異動発令の起票"], ["操作デモ（2）", "承認・差戻し"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "UAT briefing deck without any marking or personal data",
},
# 069 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-069",
    "sender": "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "在留資格情報の項目チェックでエラーになる件",
    "charset": "utf-8",
    "body": """浅利様

蒔田です。外国籍社員の在留資格情報を登録しようとすると、入力チェックでエラーになります。
該当者の登録内容は以下です。

　氏名：NGUYEN THI HOA（グエン ティ ホア）
　在留カード番号：UH48203917ER
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2027年3月14日

カード番号の末尾2桁が英字の場合にエラーになっているように見えます。
御社の入力チェック仕様をご確認いただけますか。
""" + SIG_MAKITA,
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "an employee's residence card number with her name, sent to the vendor",
},
# 070 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-070",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["Northwind Security Office <security@northwind-soft.com>"],
    "subject": "Request for SOC 2 Type II report (NDA signed)",
    "charset": "utf-8",
    "body": """Dear Security Office,

As part of our annual vendor review, could you share your latest SOC 2 Type II report
and the bridge letter covering the period up to 30 September?

Our mutual non-disclosure agreement was countersigned on 2 October (your ref.
NW-NDA-2025-0887), so I understand the report can be released under it.
We would also appreciate your sub-processor list and data residency statement for
the Tokyo region.

Kind regards,
""" + SIG_ISHIGURO + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English request referencing a signed NDA, plus disclaimer: a mention, no marking",
},
# 071 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-071",
    "sender": "近衛 亮介 <konoe.ryosuke@hinode-sangyo.co.jp>",
    "to": ["星見サポート 営業部 <sales@hoshimi-support.co.jp>"],
    "cc": ["小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"],
    "subject": "ヘルプデスク委託 SLA・料金の最終確認",
    "charset": "iso-2022-jp",
    "body": """星見サポート株式会社
営業部 ご担当者様

近衛です。委託契約の締結前に、SLAと料金の最終条件を確認させてください。

【SLA】
　・受付時間：平日 8:30～19:00（月末3営業日は 21:00 まで）
　・応答率：95%以上（30秒以内）
　・一次解決率：80%以上
　・未達時：月額基本料の5%を減額

【料金】
　・月額基本料：1,280,000円（税別、想定 1,300件／月）
　・超過単価　：850円／件
　・初期費用　：600,000円（ナレッジ移管を含む）

上記で問題なければ、契約書ドラフトを法務経由でお送りします。
""" + SIG_KONOE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "SLA and pricing terms for outsourcing: ordinary business",
},
# 072 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-072",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "社内向けKPIレポート（HTML版）のご参考送付",
    "charset": "utf-8",
    "body": """根岸様

小野寺です。社内ポータルに掲載しているヘルプデスクKPIレポートを、
参考までにHTMLファイルでお送りします。来月から同じ形式でいただけると助かります。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "html", "name": "helpdesk_kpi_202509.html",
        "html": """<html><head><meta charset="utf-8"><title>ヘルプデスクKPI 2025年9月</title></head><body>
<h2>ヘルプデスクKPI（2025年9月）</h2>
<table border="1"><tr><th>指標</th><th>実績</th><th>目標</th><th>判定</th></tr>
<tr><td>受付件数</td><td>1,284</td><td>-</td><td>-</td></tr>
<tr><td>一次解決率</td><td>78.6%</td><td>80%</td><td>△</td></tr>
<tr><td>平均応答時間</td><td>41秒</td><td>60秒</td><td>○</td></tr>
<tr><td>満足度（5段階）</td><td>4.2</td><td>4.0</td><td>○</td></tr>
</table>
<h3>カテゴリ別</h3>
<ul><li>パスワード・アカウント 412件</li><li>経費精算 287件</li><li>PC・周辺機器 219件</li>
<li>ネットワーク 133件</li><li>その他 233件</li></ul>
</body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML KPI report: aggregate figures only",
},
# 073 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-073",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["川崎電機 EDI窓口 <edi@kawasaki-denki.co.jp>"],
    "subject": "【ご案内】11/15 システム切替に伴うEDI停止のお知らせ",
    "charset": "utf-8",
    "html": """<html><body>
<p>川崎電機株式会社<br>EDIご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 情報システム部の一之瀬です。</p>
<p>弊社基幹システムの切替作業に伴い、下記の時間帯にEDIによる受発注データの送受信を停止いたします。</p>
<table border="1" cellpadding="3">
<tr><th>停止開始</th><td>2025年11月15日（土）18:00</td></tr>
<tr><th>再開予定</th><td>2025年11月16日（日）20:00</td></tr>
<tr><th>影響</th><td>停止中の注文データは再開後に順次送信されます</td></tr>
</table>
<p>ご不便をおかけしますが、ご理解のほどよろしくお願い申し上げます。</p>
<p>--<br>日の出産業株式会社 情報システム部 インフラ課<br>一之瀬 諒<br>TEL 03-5408-7735</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only maintenance notice to a partner",
},
# 074 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-074",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "保守窓口一覧（ハード・回線・SaaS）",
    "charset": "cp932",
    "body": """根岸様

小野寺です。ヘルプデスクから直接問い合わせていただく保守窓口の一覧です。
各社の代表窓口・サポートセンターのみ記載しています。

・複合機　　　　　錦印刷 機器サポートセンター　　0120-218-447（平日9-18時）
・PC（ハード）　　即報キッティング 保守受付　　　0120-556-031（24時間）
・社内回線　　　　ツバサシステム ネットワーク運用　03-6811-2590
・経費精算SaaS　　なぎさクラウド サポート　　　　support@nagisa-cloud.co.jp
・勤怠（現行）　　ひびき勤怠 カスタマーセンター　050-3786-1142
・データセンター　湾岸データセンター 監視センター　03-5530-8871

契約番号は共有フォルダの「保守契約台帳」をご参照ください。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of vendors' support desks and switchboards: businesses, not people",
},
# 075 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-075",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitford <d.whitford@northwind-soft.com>"],
    "subject": "Re: Renewal quote NW-Q-2026-0412",
    "charset": "utf-8",
    "body": """Hi Daniel,

Thanks for the quote. Two questions before I send it for approval:

1. The unit price for Planner Pro went from USD 38 to USD 41. Is the 3-year
   commitment discount (8%) already applied?
2. Can the 13 additional users be co-termed to 1 April instead of starting a new term?

Regards,
Tomoko

On Mon, Oct 20, 2025 at 9:14 AM Daniel Whitford <d.whitford@northwind-soft.com> wrote:
> Hi Tomoko,
>
> Please find the renewal quote attached (NW-Q-2026-0412):
>   Planner Pro named user  x 193  USD 41.00
>   Planner Viewer          x 371  USD  6.50
>   Sandbox                 x   2  USD 900.00
> Valid until 30 November.
>
> Best,
> Daniel
""" + SIG_ISHIGURO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "licence renewal questions; the quoted quote is the vendor's own text",
},
# 076 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-076",
    "sender": "佐伯 透 <saeki.toru@hinode-sangyo.co.jp>",
    "to": ["なぎさクラウド 法人営業 <biz@nagisa-cloud.co.jp>"],
    "subject": "勤怠クラウド 利用者数の内訳（見積前提）",
    "charset": "cp932",
    "body": """なぎさクラウド 法人営業ご担当者様

お世話になっております。日の出産業の佐伯です。
お見積りの前提となる利用者数の内訳をお送りします（10月1日現在）。

　区分　　　　　　　　本社　　支店・営業所　　工場・物流　　合計
　――――――――――――――――――――――――――――――――――――
　正社員　　　　　　　３８２　　　　２１４　　　　　２２４　　８２０
　契約社員　　　　　　　４１　　　　　２６　　　　　　５８　　１２５
　パート・アルバイト　　１２　　　　　１８　　　　　１７５　　２０５
　――――――――――――――――――――――――――――――――――――
　合計　　　　　　　　４３５　　　　２５８　　　　　４５７　１，１５０

打刻端末は工場・物流で ICカード、その他はPCとスマートフォンを想定しています。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "head-count breakdown in full-width digits: statistics, no people",
},
# 077 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-077",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["なぎさクラウド サポート <support@nagisa-cloud.co.jp>"],
    "subject": "退職者アカウントの削除依頼（10月末退職 2名）",
    "charset": "iso-2022-jp",
    "body": """なぎさクラウド サポートご担当者様

お世話になっております。一之瀬です。
10月31日付の退職者2名について、アカウントの削除をお願いいたします。
未精算の申請がないことは経理部で確認済みです。

　1) 大鷹 美咲　misaki.otaka@hinode-sangyo.co.jp　退職日 2025/10/31
　2) 久我 拓海　takumi.kuga@hinode-sangyo.co.jp　退職日 2025/10/31

削除完了後、監査ログのエクスポートをいただけますと助かります。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two leavers' names and work e-mails for account deletion: under five records",
},
# 078 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-078",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "スケジューラの定期予定の非公開設定について",
    "charset": "utf-8",
    "body": """浅利様

お世話になっております。小野寺です。
グループウェアのスケジューラについてご相談です。

海外事業部の アフマド・ラフィ さん（社員番号 H22591）はイスラム教徒で、
1日数回の礼拝の時間を定期予定として登録したいとのことです。
周囲には「予定あり」とだけ表示し、件名を他の社員に見せない設定は可能でしょうか。
金曜の昼（12:15～13:15）は毎週のため、繰り返し予定で登録したいと伺っています。

ご本人には対応方法が分かり次第ご連絡します。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ties a named employee to his religion (イスラム教) in mail to the vendor",
},
# 079 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-079",
    "sender": "鬼頭 広志 <kito.hiroshi@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "cc": ["三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>"],
    "subject": "CRM移行範囲の決定事項（個人顧客は対象外）",
    "charset": "iso-2022-jp",
    "body": """丹羽様

営業管理部の鬼頭です。先日の移行範囲の検討結果をお知らせします。

1. 法人顧客（2,184社）と担当者情報は全件移行する
2. 個人顧客は、5年以上取引のないもの（約3.1万件）を移行対象外とし、旧システムで参照のみ
3. 商談履歴は直近3年分のみ移行（それ以前はPDFでアーカイブ）

2. の判断は、個人情報の保有期間の社内規程に基づくものです。
対象外データの抽出条件は、三反田から別途お送りします。
""" + SIG_KITO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "scope decision mail: counts and rules, no records",
},
# 080 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-080",
    "sender": "鬼頭 広志 <kito.hiroshi@hinode-sangyo.co.jp>",
    "to": ["丹羽 悠真 <niwa.yuma@mirai-datalab.co.jp>"],
    "subject": "代理店マスタ（旧形式 .xls）の件",
    "charset": "cp932",
    "body": """丹羽様

鬼頭です。代理店マスタは旧システムの出力が .xls 形式しかなく、そのままお送りします。
シート「代理店」に全国の販売代理店（法人）12社、「地区」に地区コード表を入れています。
""" + SIG_KITO,
    "attachments": [{
        "kind": "xls", "name": "dairiten_master.xls",
        "sheets": {
            "代理店": [["代理店コード", "代理店名", "地区", "所在地", "代表電話"]] + [
                [f"D{301 + i}", n, a, ad, t] for i, (n, a, ad, t) in enumerate([
                    ("北海商事株式会社", "北海道", "北海道札幌市中央区北3条西4-1-1", "011-231-4470"),
                    ("株式会社みちのく機材", "東北", "宮城県仙台市宮城野区榴岡3-4-1", "022-297-1186"),
                    ("上州産業株式会社", "関東", "群馬県高崎市栄町16-11", "027-326-5502"),
                    ("株式会社房総テクノ", "関東", "千葉県千葉市中央区富士見2-3-1", "043-224-8815"),
                    ("信越物産株式会社", "甲信越", "長野県長野市南長野末広町1361", "026-228-0347"),
                    ("株式会社北陸サプライ", "北陸", "石川県金沢市広岡3-1-1", "076-263-9021"),
                    ("東海機工株式会社", "東海", "静岡県静岡市葵区紺屋町17-1", "054-255-6630"),
                    ("株式会社なにわ資材", "近畿", "大阪府大阪市中央区本町3-5-7", "06-6264-2291"),
                    ("山陽システム販売株式会社", "中国", "岡山県岡山市北区駅元町1-4", "086-225-7418"),
                    ("四国ビジネス株式会社", "四国", "香川県高松市番町1-6-8", "087-831-5540"),
                    ("株式会社筑紫トレーディング", "九州", "福岡県福岡市中央区天神2-8-38", "092-714-3362"),
                    ("琉球マテリアル株式会社", "沖縄", "沖縄県那覇市久茂地1-7-1", "098-862-1905")])],
            "地区": [["地区コード", "地区名"], ["01", "北海道"], ["02", "東北"], ["03", "関東"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "legacy XLS of 12 dealer companies with switchboards: a list of businesses",
},
# 081 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-081",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["加賀美監査法人 IT監査チーム <it-audit@kagami-audit.co.jp>"],
    "subject": "IT全般統制 質問票へのご回答（アクセス管理）",
    "charset": "utf-8",
    "body": """加賀美監査法人
IT監査チーム ご担当者様

お世話になっております。日の出産業 情報システム部の一之瀬です。
IT全般統制の質問票のうち、アクセス管理の項目について回答をお送りします。

Q3-1 新規ユーザー登録の承認プロセス
　→ 人事発令データを起点に、所属長の承認後、情報システム部が登録します。
　　 SaaS（経費精算）はSCIMで自動連携しています。
Q3-2 退職者アカウントの削除
　→ 最終出社日の翌日0時に自動停止、30日後に削除。月次で突合しています。
Q3-4 特権IDの管理
　→ 特権ID（6個）は貸出簿で管理し、操作ログを四半期ごとにレビューしています。

根拠資料（手順書・レビュー記録）は、監査ポータルにアップロード済みです。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "audit questionnaire answers about process: no personal data",
},
# 082 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-082",
    "sender": "宇佐美 智恵 <usami.chie@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人EBサポート <eb-support@rnidori-ginko.co.jp>"],
    "subject": "総合振込 テスト送信の日程について",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 法人EBサポート ご担当者様

お世話になっております。日の出産業 経理部の宇佐美です。
新給与システムからのテスト送信ですが、12月3日（水）の午前中で調整させてください。
当日は経理部2名と、システムベンダーの担当者1名が立ち会います。

テスト用の委託者コードの払い出し状況をご教示いただけますでしょうか。
""" + SIG_USAMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain rnidori-ginko.co.jp imitates partner midori-ginko.co.jp (rn for m)",
},
# 083 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-083",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["川崎電機 EDI窓口 <edi@kawasaki-denki.co.jp>"],
    "subject": "新EDI接続テストの実施について",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
EDIご担当者様

お世話になっております。日の出産業の一之瀬です。

基幹システム切替後の EDI 接続テストを、下記のとおりお願いしたく存じます。

　日時　：11月18日（火）13:00～17:00
　方式　：JX手順（現行と同じ）
　テスト：注文データ（テスト用伝票番号 T-900001～T-900020）の送受信
　接続先：stg-edi.hinode-sangyo.co.jp

御社側のテスト用取引先コードは現行のものをそのまま使わせていただきます。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "EDI test arrangement with a partner on its correct domain",
},
# 084 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-084",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "FAQ原稿（経費精算・新システム）ドラフト",
    "charset": "utf-8",
    "body": """根岸様

小野寺です。稼働に合わせて公開するFAQの原稿ドラフトです。
回答文のトーン（です・ます、専門用語の言い換え）をご確認いただき、
ナレッジベースへの登録をお願いします。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "docx", "name": "FAQ原稿_経費精算_ドラフト.docx",
        "paragraphs": ["経費精算システム よくあるご質問（ドラフト）", "",
                       "Q1. 領収書の写真がアップロードできません。",
                       "A1. 1ファイル10MBまでです。スマートフォンの場合は「高画質」設定をオフにしてください。",
                       "Q2. 承認者が不在のときはどうすればよいですか。",
                       "A2. 申請画面の「代理承認者」欄から、所属長が指定した代理者を選択してください。",
                       "Q3. 交通費の経路検索結果が古い運賃になっています。",
                       "A3. 運賃改定は毎月1日に反映されます。反映前の場合は手入力で修正してください。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "FAQ draft document, no people",
},
# 085 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-085",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人予約 <corporate@sakura-hotel.jp>"],
    "subject": "宿泊予約（11/16～11/22）宿泊者情報のご連絡",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 法人予約ご担当者様

いつもお世話になっております。日の出産業の石黒です。
先日お電話で予約いたしました件（予約番号 SH-884120）、宿泊者情報をお知らせします。

　宿泊者：結城 航平 様（Northwind Software シンガポール法人）
　国籍　：日本（シンガポール在住）
　旅券番号：TZ4821096
　チェックイン：11月16日（日） 21時頃
　チェックアウト：11月22日（土）

国内に住所がないため、旅券番号の控えが必要とのことでしたのでお送りします。
請求は弊社宛（法人契約）でお願いいたします。
""" + SIG_ISHIGURO,
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a visiting engineer's passport number with his name, e-mailed to a hotel",
},
# 086 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-086",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人予約 <corporate@sakura-hotel.jp>"],
    "subject": "会議室・宿泊のご予約（本稼働立会い）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 法人予約ご担当者様

お世話になっております。日の出産業の石黒です。
本稼働の立会いで来日するベンダーの方の宿泊と、会議室を予約させてください。

　宿泊：シングル 1室　11月16日～11月22日（6泊）
　　　　宿泊者 結城様（詳細は後日ご連絡します）
　会議室：「桜の間」 11月17日（月）9:00～18:00（プロジェクタ利用）

法人契約（契約番号 HC-0219）の料金でお願いいたします。
""" + SIG_ISHIGURO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "hotel booking with a guest surname only",
},
# 087 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-087",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitford <d.whitford@northwind-soft.com>"],
    "subject": "UAT tester accounts for the plant phase",
    "charset": "utf-8",
    "body": """Hi Daniel,

Please create UAT tenant accounts for the following four testers from our plants.
They will log in with SSO, so no passwords are needed.

Name:  Shiga Ayano
Email: shiga.ayano@hinode-sangyo.co.jp
Phone: +81-3-5408-7881
Role:  Planner (Gunma plant)

Name:  Fukushi Hayato
Email: fukushi.hayato@hinode-sangyo.co.jp
Phone: +81-3-5408-7884
Role:  Planner (Gunma plant)

Name:  Tsuta Kotone
Email: tsuta.kotone@hinode-sangyo.co.jp
Phone: +81-3-5408-7886
Role:  Approver (Mie plant)

Name:  Mino Shuhei
Email: mino.shuhei@hinode-sangyo.co.jp
Phone: +81-3-5408-7889
Role:  Viewer (Mie plant)

Thanks,
""" + SIG_ISHIGURO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four testers as one block each, in English: under five records, may warn",
},
# 088 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-088",
    "sender": "Tomoko Ishiguro <ishiguro.tomoko@hinode-sangyo.co.jp>",
    "to": ["Daniel Whitford <d.whitford@northwind-soft.com>"],
    "subject": "Plant phase UAT plan",
    "charset": "utf-8",
    "body": """Hi Daniel,

Here is the outline for the plant phase UAT, for your team's resource planning.

Week 1 (17-21 Nov): production planning scenarios P-01 to P-12, Gunma plant
Week 2 (24-28 Nov): approval and reporting scenarios R-01 to R-08, Mie plant
Week 3 (1-5 Dec):   regression and sign-off

Roles we need covered from your side:
  - 1 functional consultant on site in week 1
  - remote support (JST 9:00-18:00) in weeks 2 and 3

Exit criteria: no open severity-1 defects, fewer than 5 open severity-2 defects.

Best regards,
""" + SIG_ISHIGURO + "\n" + DISC_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "UAT plan with roles and dates; standard disclaimer",
},
# 089 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-089",
    "sender": "近衛 亮介 <konoe.ryosuke@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>", "須藤 剛 <sudo.tsuyoshi@nagisa-cloud.co.jp>",
           "根岸 里奈 <negishi.rina@hoshimi-support.co.jp>", "鶴見 啓介 <tsurumi.keisuke@kumo-license.jp>"],
    "cc": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>"],
    "subject": "新人事システム 本稼働判定のご報告",
    "charset": "iso-2022-jp",
    "body": """関係各社の皆さま

いつも大変お世話になっております。日の出産業 情報システム部の近衛でございます。

本日の判定会議において、新人事システムの本稼働を「Go」と判定いたしました。
11月17日（月）より、予定どおり本番運用を開始いたします。

稼働初週は、各社とも緊急連絡体制の維持をお願いいたします。
皆さまのご尽力に、心より御礼申し上げます。
""" + SIG_KONOE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four vendor organisations in To see each other's addresses: should have been Bcc",
},
# 090 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-090",
    "sender": "近衛 亮介 <konoe.ryosuke@hinode-sangyo.co.jp>",
    "to": ["戸叶 大輔 <tokano.daisuke@tsubasa-system.jp>"],
    "cc": ["佐伯 透 <saeki.toru@hinode-sangyo.co.jp>", "蒔田 亜希子 <makita.akiko@hinode-sangyo.co.jp>",
           "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>", "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
           "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"],
    "subject": "本稼働1週間を終えて（御礼）",
    "charset": "iso-2022-jp",
    "body": """株式会社ツバサシステム
戸叶様

近衛です。本稼働から1週間、大きな障害なく運用できております。
初週の問い合わせは想定の半分程度（312件）で、ほとんどが操作に関するものでした。
現地に常駐いただいた皆さまにも、くれぐれもよろしくお伝えください。

12月の月次処理（給与・賞与）が本当の山場ですので、引き続きご支援をお願いいたします。
""" + SIG_KONOE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you mail to one vendor with many internal colleagues in Cc",
},
# 091 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-091",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "問い合わせ対応時のお願い（経理部 1名）",
    "charset": "utf-8",
    "body": """根岸様

小野寺です。ひとつ対応上のお願いです。

経理部の 毛利 遥 さんは現在妊娠中で、つわりがひどく、12月から産前休暇に入る予定です。
それまでの間は在宅勤務が中心になるため、PC・VPNのトラブルで電話があった場合は
オンサイト対応ではなくリモート対応を優先していただけますか。

ご本人も了承済みです。
""" + SIG_ONODERA,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's pregnancy and symptoms: health information, arguably not 要配慮 per se",
},
# 092 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-092",
    "sender": "宇佐美 智恵 <usami.chie@hinode-sangyo.co.jp>",
    "to": ["未来データラボ 経理ご担当 <keiri@mirai-datalab.co.jp>"],
    "subject": "ご請求書の登録番号の記載について（請求書番号 MDL-INV-2510-044）",
    "charset": "cp932",
    "body": """株式会社未来データラボ
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の宇佐美です。

10月分のご請求書（請求書番号 MDL-INV-2510-044、金額 3,960,000円（税込））を
受領いたしました。ありがとうございます。

1点確認させてください。請求書に記載の適格請求書発行事業者登録番号が
T""" + _corp("011001087712") + """ となっておりますが、国税庁の公表サイトで検索すると
御社名ではなく別の法人が表示されます。弊社の取引先マスタには
T""" + _corp("011001087721") + """ で登録されております。

お手数ですが、正しい登録番号をご確認のうえ、必要であれば再発行をお願いいたします。
""" + SIG_USAMI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice query with invoice numbers and companies' T-numbers: business data",
},
# 093 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-093",
    "sender": "鬼頭 広志 <kito.hiroshi@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "会員ポイント機能テスト用データ（本番抽出）",
    "charset": "utf-8",
    "body": """浅利様

営業管理部の鬼頭です。
ポイント計算のテストで、実際の顧客のパターンで確認したいとのことでしたので、
本番の会員データから典型的な10件を抜き出しました。
生年月日は誕生月ポイントの確認用です。
""" + SIG_KITO,
    "attachments": [{
        "kind": "csv", "name": "member_sample_prod.csv", "encoding": "utf-8",
        "rows": [["会員番号", "氏名", "フリガナ", "生年月日", "電話番号", "メールアドレス", "郵便番号", "住所",
                  "保有ポイント"]] + [
            [f"M{8830012 + i * 1371}", f"{p[0]}{p[1]}", f"{p[2]}{p[3]}",
             "{}/{:02d}/{:02d}".format(*_dob(f"093-{i}", 1950, 2003)), _tel(f"093-{i}"),
             f"{p[5]}{['_', '.', ''][i % 3]}{p[4]}{(i * 13) % 99}@{['gmail.com', 'docomo.ne.jp', 'yahoo.co.jp', 'outlook.jp'][i % 4]}",
             _addr(f"093-{i}")[0], _addr(f"093-{i}")[1], str(120 + i * 731)]
            for i, p in enumerate(_people(10, 15))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "production extract of ten customers (birth date, phone, e-mail, address) used as test data",
},
# 094 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-094",
    "sender": "三反田 舞 <sandanda.mai@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "Re: テストデータのご提供について",
    "charset": "utf-8",
    "body": """浅利様

三反田です。ご依頼の件、社内で確認しました。
本番の顧客データをそのままご提供することはできないため、
マスキング済みのデータを用意しました。形式のサンプルは以下のとおりです。

会員番号,氏名,生年月日,電話番号,メールアドレス,住所
M00000001,カイイン　イチ,1900/05/01,090-****-****,masked0001@example.invalid,東京都＊＊＊
M00000002,カイイン　ニ,1900/11/01,080-****-****,masked0002@example.invalid,大阪府＊＊＊
M00000003,カイイン　サン,1900/02/01,070-****-****,masked0003@example.invalid,福岡県＊＊＊

誕生月の確認ができるよう、生年月日は月のみ残して年と日を固定値にしています。
全件（5万件）は御社のファイル共有ポータルにアップロードします。

> 実データに近いパターンでの確認が必要なため、
> 本番データのご提供をご検討いただけますでしょうか。
""" + SIG_SANDANDA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "masked sample rows (asterisks, placeholder names, example.invalid): nothing identifies a person",
},
# 095 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-095",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["鶴見 啓介 <tsurumi.keisuke@kumo-license.jp>"],
    "subject": "Re: 更新見積のご相談（数量割引について）",
    "charset": "iso-2022-jp",
    "body": """鶴見様

お世話になっております。樋口です。
更新見積ありがとうございました。社内で検討したところ、
予算が前年比 +3% までとなっており、現状の見積（+7.4%）では稟議が通りそうにありません。

　・E3 を3年契約にした場合の単価
　・Visio を20→12に減らした場合の総額
　・支払を年一括にした場合の割引

上記の組み合わせで再見積りをお願いできますでしょうか。
11月7日の稟議締切に間に合えば助かります。
""" + SIG_HIGUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price negotiation with a licence reseller",
},
# 096 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-096",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["鶴見 啓介 <tsurumi.keisuke@kumo-license.jp>"],
    "subject": "同時接続ライセンスのカウント方法について",
    "charset": "utf-8",
    "body": """鶴見様

一之瀬です。BIツールの同時接続ライセンスについて教えてください。

1. ブラウザのタブを2つ開いた場合、1接続と数えますか、2接続ですか。
2. スケジュール実行のレポート配信（サービスアカウント）は接続数に含まれますか。
3. 上限（現在 50）を超えた場合、51人目はエラーになるのか、超過課金になるのか。

現在のピークは平日朝9時台で 46 接続です。来春の利用拡大で 60 程度を見込んでいます。
""" + SIG_ICHINOSE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "licensing question with usage figures",
},
# 097 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-097",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["根岸 里奈 <negishi.rina@hoshimi-support.co.jp>"],
    "subject": "操作マニュアル v0.9 送付（ナレッジ登録用）",
    "charset": "cp932",
    "body": """根岸様

小野寺です。新人事システムの操作マニュアル v0.9 をお送りします。
ナレッジベースへの登録と、一次回答テンプレートの作成にお使いください。
容量が大きいため、開けない場合はお知らせください。
""" + SIG_ONODERA,
    "attachments": [{"kind": "corrupt", "name": "新人事システム_操作マニュアル_v0.9.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is truncated/corrupt and cannot be inspected",
},
# 098 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-098",
    "sender": "一之瀬 諒 <ichinose.ryo@hinode-sangyo.co.jp>",
    "to": ["浅利 由佳 <asari.yuka@tsubasa-system.jp>"],
    "subject": "【障害】本番 ログイン後にエラーダイアログ（画面キャプチャ添付）",
    "charset": "iso-2022-jp",
    "body": """浅利様

一之瀬です。本番環境で、本日 8:52 ごろから一部の利用者がログイン直後に
「E-4031 セッション情報を取得できませんでした」のダイアログになります。
画面キャプチャを添付します。

発生は営業所（VPN経由）のみで、本社LANからは再現しません。
ロードバランサのセッション維持設定の影響を疑っています。至急ご確認ください。
""" + SIG_ICHINOSE,
    "attachments": [{"kind": "png", "name": "error_E-4031.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "incident report with a screenshot image: no personal data",
},
# 099 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-099",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["y.kurosaki-0713@docomo.ne.jp"],
    "subject": "貸与PC返却受領およびアカウント削除完了のご連絡",
    "charset": "iso-2022-jp",
    "body": """黒崎様

日の出産業 総務部の樋口です。業務委託期間中は大変お世話になりました。

ご返却いただいた貸与PC（資産番号 PC-HN-23310）を本日受領いたしました。
あわせて、社内システムのアカウント（メール・ポータル・VPN）の削除が完了しております。

PC内のデータは、当社規程に従い消去のうえ証明書を保管いたします。
ご不明な点がありましたら、本メールにご返信ください。
""" + SIG_HIGUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one former contractor on a carrier address: ordinary closing notice",
},
# 100 ------------------------------------------------------------------------------------
{
    "id": "shanaisystem-100",
    "sender": "樋口 恭平 <higuchi.kyohei@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    "subject": "キッティング済みPCの拠点配送のお願い",
    "charset": "cp932",
    "body": """青葉運輸株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業 総務部の樋口です。

キッティング済みPCを、即報キッティング様の倉庫から各拠点へ配送いただきたく、
下記のとおりお願いいたします。精密機器のため、天地無用・緩衝材ありでお願いします。

集荷　：11月10日（月）午前　即報キッティング 江東倉庫（東京都江東区新木場2-5-12）

配送先（各拠点の総務受付宛）
・横浜営業所　神奈川県横浜市西区高島2-6-32　045-451-3310　18台
・大宮営業所　埼玉県さいたま市大宮区桜木町1-7-5　048-643-2271　12台
・名古屋支店　愛知県名古屋市中村区名駅4-24-16　052-581-4409　30台
・大阪支店　　大阪府大阪市北区梅田2-5-25　06-6344-1180　35台
・福岡営業所　福岡県福岡市博多区博多駅前3-2-1　092-472-5536　9台

着日指定：11月12日（水）午前中
お見積りと送り状の手配をお願いいたします。
""" + SIG_HIGUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "delivery list of the company's own branches with office addresses: businesses, not people",
},
]
