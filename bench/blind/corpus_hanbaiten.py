"""Blind corpus — area: hanbaiten (販売店・代理店網).

Mail of 日の出産業株式会社 (hinode-sangyo.co.jp), a maker of home equipment (浄水器「ひので清流」,
家庭用蓄電池「サンライズセル」, エコ給湯器) sold through a nationwide network of dealers
(特約店・販売店) and overseas distributors: dealer contracts and their renewal or
termination, NDAs with dealer candidates, sales incentives and rebates (販売奨励金), the
dealer staff training programme (集合研修, e-ラーニング, 認定試験), co-marketing with dealers,
the ad agency and the printer (共同販促, チラシ, キャンペーン), dealer rankings and awards, and
the referral of end customers to dealers (顧客紹介). Every person, company, number, address
and domain below is invented (partners are the fictional ones named in BRIEF.md), and the
whole file was written blind, from BRIEF.md, build.py and SPEC.md only, without reading
mailguard's code.
"""

from build import card_number, my_number

SEED = 41201


def mn(k: int, sep: str = "") -> str:
    """My Number k of this file (SEED + k), optionally grouped 4-4-4."""
    n = my_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:])) if sep else n


def cc_no(k: int, sep: str = "") -> str:
    n = card_number(SEED + k)
    return sep.join((n[:4], n[4:8], n[8:12], n[12:])) if sep else n


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return s.translate(_ZEN)


ADDR = "〒103-0027 東京都中央区日本橋2-7-1 日の出日本橋ビル"


def sig(name: str, dept: str, mail: str, tel: str = "03-5201-7700（代表）") -> str:
    return (
        "\n--\n日の出産業株式会社\n"
        f"{dept}\n{name}\n{ADDR}\nTEL {tel}\nMail {mail}@hinode-sangyo.co.jp\n"
    )


def sig2(name: str, dept: str, mail: str, tel: str) -> str:
    return (
        "\n━━━━━━━━━━━━━━━━━━━━━━━━\n"
        f" 日の出産業株式会社　{dept}\n"
        f" {name}\n"
        f" TEL：{tel}　FAX：03-5201-7710\n"
        f" E-mail：{mail}@hinode-sangyo.co.jp\n"
        " https://www.hinode-sangyo.co.jp/\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━\n"
    )


def sig_en(name: str, title: str, mail: str) -> str:
    return (
        f"\nBest regards,\n\n{name}\n{title}\nHinode Sangyo Co., Ltd.\n"
        "2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
        f"Tel: +81-3-5201-7700 / {mail}@hinode-sangyo.co.jp\n"
    )


DISCLAIMER = (
    "\n本メールおよび添付ファイルには機密情報が含まれている場合があります。"
    "宛先に誤りがある場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n"
)

DISCLAIMER_EN = (
    "\nThis e-mail and any attachments may contain confidential information intended "
    "solely for the addressee. If you have received it in error, please notify the sender "
    "and delete it.\n"
)


MESSAGES = []


def corp(base12: str) -> str:
    """A 13-digit 法人番号 whose leading check digit is valid."""
    total = sum(int(base12[-n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


HINODE_T = "T" + corp("010001087215")

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "hanbaiten-001",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["丸山 正和 <m.maruyama@maruyama-densetsu.co.jp>"],
        "subject": "【ご案内】特約店契約の更新手続きについて（令和９年度）",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社マルヤマ電設\n代表取締役　丸山 正和 様\n\n"
            "いつも大変お世話になっております。\n日の出産業の小野寺でございます。\n\n"
            "貴社との特約店契約（令和６年４月１日締結）は、令和９年３月３１日をもって"
            "現契約期間が満了いたします。\n"
            "つきましては、更新のお手続きを下記のとおりご案内申し上げます。\n\n"
            "　１．更新後の契約期間　令和９年４月１日～令和１２年３月３１日（３年間）\n"
            "　２．主な変更点　　　　販売奨励金の算定基準（第１２条）、販促物の費用負担（第１５条）\n"
            "　３．ご返送期限　　　　令和９年１月２９日（金）\n\n"
            "変更点の詳細につきましては、来月の地区特約店会議でもご説明いたしますが、"
            "事前にご質問がございましたら遠慮なくお申し付けください。\n"
            "契約書の製本版は、後日、郵送にてお送りいたします。\n\n"
            "引き続きよろしくお願い申し上げます。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
            + DISCLAIMER
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal notice to one dealer; the only 機密 is the standard disclaimer",
    },
    {
        "id": "hanbaiten-002",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["eigyo@tokai-living.co.jp"],
        "subject": "Re: 11月度 販売スタッフ基礎研修の申込み",
        "charset": "shift_jis",
        "body": (
            "東海リビング販売株式会社\n営業推進部　佐治様\n\n"
            "お世話になっております。研修センターの堀之内です。\n"
            "お申込みいただいた６名様、確かに受け付けました。\n"
            "受講票は研修日の１週間前までに各受講者様宛てにお送りします。\n"
            "当日は筆記用具と社員証をご持参ください。\n\n"
            "何卒よろしくお願いいたします。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
            + "\n> 日の出産業 研修センター 堀之内様\n>\n"
            "> いつもお世話になっております。東海リビング販売の佐治です。\n"
            "> 11月18日（水）の基礎研修に、下記6名の参加を申し込みます。\n>\n"
            "> 氏名          所属店舗      携帯電話        メール\n"
            "> ------------------------------------------------------------------\n"
            "> 杉浦 亮太     岡崎店        090-4417-2203   sugiura@tokai-living.co.jp\n"
            "> 早川 奈々     岡崎店        080-2291-6640   hayakawa@tokai-living.co.jp\n"
            "> 鈴村 拓       豊田店        090-7305-1187   suzumura@tokai-living.co.jp\n"
            "> 榊原 恵梨香   豊田店        070-1198-3352   sakakibara@tokai-living.co.jp\n"
            "> 神谷 翔       安城店        080-6623-0471   kamiya@tokai-living.co.jp\n"
            "> 都築 美穂     安城店        090-3348-9926   tsuzuki@tokai-living.co.jp\n>\n"
            "> よろしくお願いいたします。\n"
            "> 佐治\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list is only in the quoted text of the dealer's own mail; new text has no personal data",
    },
    {
        "id": "hanbaiten-003",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["宴会予約課 <banquet@sakura-hotel.jp>"],
        "subject": "12/3-4 特約店スタッフ研修　参加者名簿と宿泊者の送付",
        "charset": "utf-8",
        "body": (
            "さくらホテル　宴会予約課　御中\n\n"
            "いつもお世話になっております。日の出産業 研修センターの堀之内です。\n"
            "12月3日（木）〜4日（金）の特約店スタッフ研修（会場：桜の間）について、"
            "参加者名簿を添付いたします。\n"
            "「宿泊者」シートの方が3日夜にご宿泊です。チェックイン時の本人確認にご利用ください。\n"
            "名札の作成もあわせてお願いできますと幸いです。\n\n"
            "よろしくお願いいたします。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "特約店スタッフ研修_参加者名簿_1203.xlsx",
                "title": "特約店スタッフ研修 参加者名簿",
                "sheets": {
                    "参加者一覧": [
                        ["令和8年12月 特約店スタッフ研修　参加者名簿", "", "", "", "", ""],
                        ["作成：日の出産業 研修センター", "", "", "", "", ""],
                        [],
                        ["No", "氏名", "フリガナ", "販売店", "携帯電話", "メールアドレス"],
                        [1, "四十物 剛", "アイモノ ツヨシ", "北陸ホームサービス", "090-5521-3380", "aimono.t@hokuriku-hs.co.jp"],
                        [2, "百目鬼 彩花", "ドウメキ アヤカ", "ホクト設備", "080-3317-0942", "doumeki@hokuto-setsubi.jp"],
                        [3, "勅使河原 崇", "テシガワラ タカシ", "マルヤマ電設", "090-8802-4156", "teshigawara@maruyama-densetsu.co.jp"],
                        [4, "五月女 瞳", "ソウトメ ヒトミ", "サンエー住宅機器", "070-4483-2290", "s.hitomi@san-ei-jk.co.jp"],
                        [5, "東海林 大悟", "ショウジ ダイゴ", "いずみ商会", "090-1276-5508", "shoji.d@izumi-shokai.co.jp"],
                        [6, "鬼頭 舞", "キトウ マイ", "東海リビング販売", "080-9941-7723", "kito@tokai-living.co.jp"],
                        [7, "薬師寺 光", "ヤクシジ ヒカル", "みなと電器", "090-6630-1845", "yakushiji@minato-denki.co.jp"],
                        [8, "忽那 俊介", "クツナ シュンスケ", "九州ライフテック", "080-2258-6614", "kutsuna@kyushu-lifetech.co.jp"],
                    ],
                    "宿泊者": [
                        ["12月3日 宿泊者（シングル）", "", ""],
                        ["氏名", "携帯電話", "到着予定"],
                        ["四十物 剛", "090-5521-3380", "前日21時頃"],
                        ["百目鬼 彩花", "080-3317-0942", "当日朝"],
                        ["東海林 大悟", "090-1276-5508", "当日朝"],
                        ["薬師寺 光", "090-6630-1845", "前日22時頃"],
                        ["忽那 俊介", "080-2258-6614", "前日20時頃"],
                    ],
                    "会場手配": [
                        ["項目", "内容"],
                        ["会場", "桜の間（スクール形式 12席）"],
                        ["昼食", "12月3日・4日 各12食"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list of eight dealer staff with mobile phones and e-mail in an XLSX sent to the hotel",
    },
    {
        "id": "hanbaiten-004",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "秋の浄水器キャンペーン　チラシ裏面の取扱店一覧データ",
        "charset": "shift_jis",
        "body": (
            "錦印刷株式会社　制作部　ご担当者様\n\n"
            "お世話になっております。日の出産業 営業企画部の三宅です。\n"
            "先日ご相談したチラシ裏面の「お近くの取扱店」欄のデータをお送りします。\n"
            "関東版・東海版で掲載店が異なりますので、CSVの「地区」列で振り分けてください。\n"
            "店名の表記は各店の正式名称のままでお願いします。\n\n"
            "初校は10月9日（金）にいただけると助かります。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "csv",
                "name": "取扱店一覧_チラシ用.csv",
                "encoding": "cp932",
                "rows": [
                    ["地区", "店名", "郵便番号", "住所", "電話番号", "営業時間"],
                    ["関東", "マルヤマ電設 本店", "160-0022", "東京都新宿区新宿5-14-3", "03-3352-8810", "9:00-18:00"],
                    ["関東", "マルヤマ電設 中野店", "164-0001", "東京都中野区中野3-36-9", "03-5342-1177", "9:30-18:30"],
                    ["関東", "サンエー住宅機器 川口ショールーム", "332-0012", "埼玉県川口市本町4-2-18", "048-222-5061", "10:00-18:00"],
                    ["関東", "いずみ商会 船橋店", "273-0005", "千葉県船橋市本町6-1-2", "047-431-9920", "9:00-17:30"],
                    ["関東", "みなと電器 横浜店", "231-0023", "神奈川県横浜市中区山下町122", "045-662-3408", "10:00-19:00"],
                    ["東海", "東海リビング販売 岡崎店", "444-0043", "愛知県岡崎市唐沢町9-7", "0564-24-3361", "9:00-18:00"],
                    ["東海", "東海リビング販売 豊田店", "471-0025", "愛知県豊田市西町2-40", "0565-31-7782", "9:00-18:00"],
                    ["東海", "東海リビング販売 安城店", "446-0032", "愛知県安城市御幸本町15-8", "0566-75-0214", "9:00-18:00"],
                    ["東海", "ホクト設備 浜松営業所", "430-0933", "静岡県浜松市中央区鍛冶町100-1", "053-452-6638", "8:30-17:30"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of dealer shops (business addresses and shop phones) for a flyer: businesses, not people",
    },
    {
        "id": "hanbaiten-005",
        "sender": "Daisuke Fujimaki <d.fujimaki@hinode-sangyo.co.jp>",
        "to": ["Rachel Tan <rachel.tan@phs-sg.com>"],
        "subject": "Q3 distributor rebate tiers - confirmation",
        "charset": "utf-8",
        "body": (
            "Dear Rachel,\n\n"
            "Thank you for the call yesterday. As promised, here is a summary of the Q3 rebate "
            "tiers that will apply to Pacific Home Solutions under the distribution agreement "
            "(Schedule 2):\n\n"
            "  Tier   Units shipped (Q3)     Rebate on net invoice\n"
            "  ----   -------------------    ---------------------\n"
            "  A      1 - 499                1.5%\n"
            "  B      500 - 1,199            2.5%\n"
            "  C      1,200 and above        3.5% + display support\n\n"
            "Shipments are counted by the date on the bill of lading, not the invoice date. "
            "The rebate will be settled as a credit note against the first invoice of Q4.\n\n"
            "Your current run rate (812 units to the end of August) puts you comfortably in "
            "Tier B. If the Johor project closes in September, Tier C is within reach.\n\n"
            "Please let me know if your finance team needs the calculation sheet.\n"
            + sig_en("Daisuke Fujimaki", "Manager, Overseas Sales Dept.", "d.fujimaki")
            + DISCLAIMER_EN
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English rebate mail to an overseas distributor: business figures and the standard confidentiality disclaimer",
    },
    {
        "id": "hanbaiten-006",
        "sender": "井筒 直樹 <izutsu.naoki@hinode-sangyo.co.jp>",
        "to": ["経理部 支払グループ <shiharai@hinode-sangyo.co.jp>"],
        "cc": ["浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>"],
        "subject": "販売コンテスト個人賞（報酬扱い）　支払調書用データ",
        "charset": "iso-2022-jp",
        "body": (
            "支払グループ各位\n\n"
            "上期販売コンテストの個人賞のうち、販売店スタッフ個人へ直接お支払いする分は"
            "報酬扱いとなるため、支払調書の作成が必要です。\n"
            "本人から提出された個人番号をまとめました（社内限り）。\n\n"
            "氏名　　　　　個人番号　　　　　　住所　　　　　　　　　　　　　　　　支払額\n"
            "―――――――――――――――――――――――――――――――――――――――――――――\n"
            f"九十九 浩二　　{mn(0, ' ')}　　宮城県仙台市青葉区国分町2-9-14　　　　150,000\n"
            f"左右田 美雪　　{mn(1, ' ')}　　福岡県福岡市博多区博多駅南4-3-7　　　100,000\n"
            f"御手洗 亮　　　{mn(2, ' ')}　　広島県広島市中区紙屋町1-5-22　　　　　 50,000\n"
            f"小鳥遊 翼　　　{mn(3, ' ')}　　愛知県名古屋市中村区名駅南2-8-1　　　　50,000\n"
            f"八月一日 直　　{mn(4, ' ')}　　北海道札幌市中央区北3条西7-1-5　　　　 50,000\n\n"
            "源泉徴収税額は支払額の10.21％で計算済みです。\n"
            "番号確認書類の写しは番号管理ファイル（鍵付きキャビネット）に保管しています。\n\n"
            "井筒\n"
        ),
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Numbers of five dealer staff, but every recipient is internal (hinode-sangyo.co.jp)",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-007",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": [
            "m.maruyama@maruyama-densetsu.co.jp",
            "eigyo@tokai-living.co.jp",
            "honbu@hokuto-setsubi.jp",
            "sales@kyushu-lifetech.co.jp",
            "izumi@izumi-shokai.co.jp",
        ],
        "subject": "下期　販売奨励金制度の改定について（ご案内）",
        "charset": "iso-2022-jp",
        "body": (
            "特約店各位\n\n"
            "平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
            "日の出産業 販売店支援室の浅利でございます。\n\n"
            "下期（10月～3月）より、販売奨励金制度を以下のとおり改定いたします。\n\n"
            "・蓄電池「サンライズセル」の台数奨励金を１台あたり８，０００円から１０，０００円へ増額\n"
            "・浄水器カートリッジ定期便の新規獲得奨励金（１件２，０００円）を新設\n"
            "・前年同期比１１０％達成店への達成奨励金を継続\n"
            "・支払サイクルを四半期ごとから月次へ変更\n\n"
            "詳細な算定方法は、来週開催の説明会（オンライン）にてご説明いたします。\n"
            "ご不明な点は担当営業までお問い合わせください。\n\n"
            "今後ともよろしくお願い申し上げます。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "announcement to five dealers of five different companies, all visible in To (should have been Bcc)",
    },
    {
        "id": "hanbaiten-008",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["大河内 誠 <okouchi@aizu-setsubi.co.jp>"],
        "subject": "秘密保持契約書（案）のご送付　― 特約店契約のご検討にあたって",
        "charset": "utf-8",
        "body": (
            "会津設備工業株式会社\n常務取締役　大河内 誠 様\n\n"
            "お世話になっております。日の出産業 法務部の河野でございます。\n"
            "先日は弊社営業の庄司がお時間を頂戴し、ありがとうございました。\n\n"
            "特約店契約のご検討にあたり、弊社の仕切価格表および販売奨励金の詳細をご開示するため、"
            "事前に秘密保持契約を締結させていただきたく、契約書（案）をお送りします。\n"
            "第２条の「秘密情報」の定義、第７条の有効期間（開示後３年）については、"
            "貴社のご事情に応じて調整可能です。\n"
            "修正のご希望がございましたら、Wordの変更履歴でお戻しいただけますと幸いです。\n\n"
            "よろしくお願い申し上げます。\n"
            + sig2("河野 瑞穂", "法務部　契約管理課", "kono.mizuho", "03-5201-7760")
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書（案）_会津設備工業様.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "日の出産業株式会社（以下「甲」という。）と会津設備工業株式会社（以下「乙」という。）は、"
                    "甲乙間の特約店取引の検討（以下「本目的」という。）に関し、相互に開示する秘密情報の取扱いについて、"
                    "次のとおり契約を締結する。",
                    "第１条（目的）本契約は、本目的のために開示される秘密情報の取扱いを定める。",
                    "第２条（秘密情報）秘密情報とは、開示者が秘密である旨を明示して開示した技術上・営業上の情報をいう。"
                    "ただし、次の各号のいずれかに該当するものを除く。",
                    "第３条（秘密保持義務）受領者は、秘密情報を第三者に開示・漏えいしてはならない。",
                    "第７条（有効期間）本契約の有効期間は締結日から１年間とし、秘密保持義務は開示後３年間存続する。",
                    "甲：東京都中央区日本橋2-7-1　日の出産業株式会社　代表取締役社長　日野 昇",
                    "乙：福島県会津若松市（住所）　会津設備工業株式会社　代表取締役　（氏名）",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "NDA draft sent to a dealer candidate: mail about a 秘密保持契約, no marking, no personal data",
    },
    {
        "id": "hanbaiten-009",
        "sender": "庄司 拓海 <shoji.takumi@hinode-sangyo.co.jp>",
        "to": ["フロント 宿泊予約 <reserve@sakura-hotel.jp>"],
        "subject": "11/26 仙台地区販売店研修　宿泊3名の予約依頼",
        "charset": "iso-2022-jp",
        "body": (
            "さくらホテル仙台\n宿泊予約ご担当者様\n\n"
            "いつもお世話になっております。日の出産業 仙台営業所の庄司です。\n"
            "11月26日（木）1泊、シングル3室の予約をお願いいたします。\n"
            "宿泊費は弊社への一括請求でお願いします（請求書宛名：日の出産業株式会社 仙台営業所）。\n\n"
            "・九十九 浩二 様（ツクモ コウジ）　携帯 ０９０－３８１２－４４７０\n"
            "・渡會 千尋 様（ワタライ チヒロ）　携帯 ０８０－６１０９－２２８５\n"
            "・遠藤 瑠衣 様（エンドウ ルイ）　　携帯 ０７０－２２６４－９０１３\n\n"
            "到着が22時を過ぎる方がいる場合は、当日ご本人からホテルへ直接ご連絡いたします。\n\n"
            "よろしくお願いいたします。\n"
            + sig("庄司 拓海", "東日本販売店営業部　仙台営業所", "shoji.takumi", "022-263-5510")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three guests' names with mobile numbers for a hotel booking: under five people, may be warned",
    },
    {
        "id": "hanbaiten-010",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["営業部 <eigyo@nishiki-insatu.co.jp>"],
        "subject": "Re: 蓄電池キャンペーン　のぼり・POPの追加発注",
        "charset": "utf-8",
        "body": (
            "錦印刷　営業部　ご担当者様\n\n"
            "お世話になっております。日の出産業の三宅です。\n"
            "のぼりとPOPの追加発注をお願いいたします。\n\n"
            "　品目　　　　　　　　　　数量　　納品先\n"
            "　－－－－－－－－－－－－－－－－－－－－－－－－－－－－\n"
            "　のぼり（サンライズセル）　40枚　　弊社 物流センター（市川）\n"
            "　卓上POP（A5）　　　　　 120枚　 弊社 物流センター（市川）\n"
            "　店頭パネル（B1）　　　　　 8枚　 弊社 物流センター（市川）\n\n"
            "前回と同じデータで問題ございません。納期は10月20日着でお願いできますでしょうか。\n"
            "見積書をいただけましたら社内決裁を回します。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "ordinary reorder to the printer, but the domain is nishiki-insatu.co.jp: a dropped letter of partner nishiki-insatsu.co.jp",
    },
    {
        "id": "hanbaiten-011",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["九州ライフテック 営業本部 <sales@kyushu-lifetech.co.jp>"],
        "subject": "上期　九州・沖縄地区 特約店ランキング（速報）",
        "charset": "utf-8",
        "html": (
            "<html><body style=\"font-family:'Meiryo',sans-serif;font-size:10pt\">"
            "<p>九州ライフテック株式会社<br>営業本部　御中</p>"
            "<p>いつもお世話になっております。日の出産業 販売店支援室の浅利です。<br>"
            "上期（4月～9月）の九州・沖縄地区ランキング速報をお知らせします。"
            "貴社は昨年の3位から<b>1位</b>に上がられました。おめでとうございます。</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
            "<tr style=\"background:#f4d9a8\"><th>順位</th><th>特約店</th><th>販売台数</th>"
            "<th>売上（千円）</th><th>前年比</th></tr>"
            "<tr><td>1</td><td>九州ライフテック株式会社</td><td>1,284</td><td>196,420</td><td>124%</td></tr>"
            "<tr><td>2</td><td>株式会社博多住設センター</td><td>1,102</td><td>171,880</td><td>108%</td></tr>"
            "<tr><td>3</td><td>有限会社くまもとエコライフ</td><td>866</td><td>129,305</td><td>97%</td></tr>"
            "<tr><td>4</td><td>株式会社南国ホームテック</td><td>701</td><td>110,246</td><td>115%</td></tr>"
            "<tr><td>5</td><td>大分住まいの設備株式会社</td><td>512</td><td>76,118</td><td>102%</td></tr>"
            "</table>"
            "<p>確定版は10月15日に特約店ポータルへ掲載いたします。<br>"
            "表彰式のご案内は別途お送りします。</p>"
            "<p>--<br>日の出産業株式会社　販売店支援室<br>浅利 早苗<br>TEL 03-5201-7738</p>"
            "</body></html>"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only dealer ranking of companies (sales figures by business), to one dealer",
    },
    {
        "id": "hanbaiten-012",
        "sender": "井筒 直樹 <izutsu.naoki@hinode-sangyo.co.jp>",
        "to": ["経理課 <keiri@san-ei-jk.co.jp>"],
        "subject": "共同広告費（9月分）ご請求書の送付",
        "charset": "shift_jis",
        "body": (
            "株式会社サンエー住宅機器\n経理課　御中\n\n"
            "平素より大変お世話になっております。\n"
            "9月に実施した共同広告（地域情報誌への合同出稿）の貴社ご負担分につき、"
            "請求書をPDFにてお送りいたします。\n"
            "原本は本日付で郵送いたしました。\n\n"
            "お支払期日：令和8年10月31日\n\n"
            "ご査収のほどよろしくお願いいたします。\n"
            + sig("井筒 直樹", "経理部　債権管理グループ", "izutsu.naoki", "03-5201-7722")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "請求書_HS-2609-0147.pdf",
                "title": "請求書 HS-2609-0147",
                "lines": [
                    "請　求　書",
                    "請求番号：HS-2609-0147　　発行日：令和8年9月30日",
                    "株式会社サンエー住宅機器　御中",
                    "日の出産業株式会社　東京都中央区日本橋2-7-1　TEL 03-5201-7700",
                    f"登録番号：{HINODE_T}",
                    "件名：共同広告費（月刊さいたま暮らし 10月号 合同出稿）貴社負担分",
                ],
                "table": [
                    ["品目", "数量", "単価", "金額"],
                    ["広告掲載料（1/2ページ）負担分 50%", "1", "180,000", "180,000"],
                    ["デザイン制作費 負担分 50%", "1", "35,000", "35,000"],
                    ["小計", "", "", "215,000"],
                    ["消費税（10%）", "", "", "21,500"],
                    ["合計", "", "", "236,500"],
                    ["振込先：みどり銀行 日本橋支店 普通 1284406 ﾋﾉﾃﾞｻﾝｷﾞｮｳ(ｶ", "", "", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice for co-op advertising: the company's T-number and company bank account only",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-013",
        "sender": "井筒 直樹 <izutsu.naoki@hinode-sangyo.co.jp>",
        "to": ["税理士法人みやび 担当 桐生様 <kiryu@miyabi-tax.jp>"],
        "subject": "報酬の支払調書作成のご依頼（販売コンテスト個人賞分）",
        "charset": "iso-2022-jp",
        "body": (
            "税理士法人みやび\n桐生 様\n\n"
            "いつもお世話になっております。日の出産業 経理部の井筒です。\n"
            "例年お願いしております報酬の支払調書の件、今年度分の対象者情報をお送りします。\n"
            "販売店スタッフ個人へ支払った販売コンテスト個人賞です。\n\n"
            "【１】\n"
            "氏名：九十九 浩二（ツクモ コウジ）\n"
            "住所：宮城県仙台市青葉区国分町2-9-14　ライオンズ国分町502\n"
            f"個人番号：{mn(0)}\n"
            "支払金額：150,000円　源泉徴収税額：15,315円\n\n"
            "【２】\n"
            "氏名：左右田 美雪（ソウダ ミユキ）\n"
            "住所：福岡県福岡市博多区博多駅南4-3-7-1103\n"
            f"個人番号：{mn(1)}\n"
            "支払金額：100,000円　源泉徴収税額：10,210円\n\n"
            "【３】\n"
            "氏名：御手洗 亮（ミタライ リョウ）\n"
            "住所：広島県広島市中区紙屋町1-5-22\n"
            f"個人番号：{mn(2)}\n"
            "支払金額：50,000円　源泉徴収税額：5,105円\n\n"
            "残り２名分は番号の提出待ちですので、揃い次第お送りします。\n"
            "よろしくお願いいたします。\n"
            + sig("井筒 直樹", "経理部　支払グループ", "izutsu.naoki", "03-5201-7722")
        ),
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Numbers of three dealer staff (with names and home addresses) sent in plain text to an outside tax firm",
    },
    {
        "id": "hanbaiten-014",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["いずみ商会 船橋店 <funabashi@izumi-shokai.co.jp>"],
        "subject": "【お客様ご紹介】浄水器 取付けご希望（船橋市）",
        "charset": "utf-8",
        "body": (
            "株式会社いずみ商会　船橋店　ご担当者様\n\n"
            "いつもお世話になっております。日の出産業 お客様紹介デスクの相良です。\n"
            "弊社ホームページからお問い合わせのあったお客様をご紹介いたします。\n"
            "ご本人には、貴店からご連絡が入ることをご了承いただいております。\n\n"
            "・お名前：月見里 和子 様（やまなし かずこ）\n"
            "・ご住所：千葉県船橋市前原西3-18-6\n"
            "・お電話：047-472-3815（日中は携帯 090-6281-4407 が確実とのこと）\n"
            "・ご希望商品：ひので清流 ビルトインタイプ（HS-BW300）\n"
            "・ご希望日時：10月の土曜午前\n"
            "・備考：築25年の戸建て。キッチン下の配管の状態を見てほしいとのこと\n\n"
            "ご対応結果は、紹介管理シートへのご入力をお願いいたします。\n"
            + sig("相良 ひかり", "お客様紹介デスク", "sagara.hikari", "0120-661-022")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one end customer referred to a dealer with her consent: one person's record, may be warned",
    },
    {
        "id": "hanbaiten-015",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>"],
        "bcc": [
            "m.maruyama@maruyama-densetsu.co.jp", "eigyo@tokai-living.co.jp",
            "honbu@hokuto-setsubi.jp", "sales@kyushu-lifetech.co.jp",
            "izumi@izumi-shokai.co.jp", "info@minato-denki.co.jp",
            "office@hokuriku-hs.co.jp", "somu@san-ei-jk.co.jp",
            "takahashi@takahashi-jyusetsu.co.jp",
        ],
        "subject": "【特約店各位】e-ラーニング「ひので清流 施工基礎」公開のお知らせ",
        "charset": "iso-2022-jp",
        "body": (
            "特約店　ご担当者各位\n\n"
            "（本メールは特約店の皆様へBCCにてお送りしております）\n\n"
            "日の出産業 研修センターの堀之内です。\n"
            "販売店スタッフ向けe-ラーニングに、新コース「ひので清流 施工基礎（全６回・各２０分）」を"
            "公開しました。\n\n"
            "■受講方法　特約店ポータル ＞ 研修 ＞ e-ラーニング から各スタッフのIDでログイン\n"
            "■受講期限　令和９年１月３１日\n"
            "■修了特典　修了者は認定施工スタッフ試験の一次試験が免除されます\n\n"
            "スタッフIDの追加発行は、ポータルの「スタッフ管理」から店舗管理者様が行えます。\n"
            "ご不明点は研修センター（03-5201-7790）までお問い合わせください。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to many dealers correctly sent in Bcc, To is the sender himself",
    },
    {
        "id": "hanbaiten-016",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["会場運営 <unei@bf-osaka.co.jp>"],
        "subject": "10/22 西日本販売店研修　ご参加者への配慮事項のお願い",
        "charset": "shift_jis",
        "body": (
            "ビジネスフォーラム大阪\n会場運営ご担当　御中\n\n"
            "お世話になっております。日の出産業 福岡営業所の古閑です。\n"
            "10月22日（木）にお借りする第３会議室の件で、ご参加者への配慮をお願いしたく"
            "ご連絡しました。\n\n"
            "みなと電器様の鵜飼 隼人様（ウカイ ハヤト様）が車いすをご利用です。"
            "昨年の事故で脊髄を損傷され、身体障害者手帳１級をお持ちとのことです。\n"
            "・会場入口のスロープ、多目的トイレの位置を事前にご案内いただけますか\n"
            "・席は最前列の通路側、机の高さ調整が可能であればお願いします\n"
            "・長時間の同一姿勢がつらいとのことで、途中退席される場合があります\n\n"
            "ご本人からは、必要な範囲で会場の方へ伝えてよいとご了承をいただいております。\n"
            "お手数ですがよろしくお願いいたします。\n"
            + sig("古閑 美咲", "西日本販売店営業部　福岡営業所", "koga.misaki", "092-471-3320")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named dealer staff member's disability and injury (要配慮個人情報) sent to an outside venue",
    },
    {
        "id": "hanbaiten-017",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["庄司 拓海 <shoji.takumi@hinode-sangyo.co.jp>"],
        "subject": "転送: 9月度 東北地区 紹介案件一覧",
        "charset": "utf-8",
        "body": (
            "庄司さん\n\n"
            "東北地区の9月分の紹介案件です。未対応の3件（★）について、"
            "担当特約店への再プッシュをお願いできますか。\n"
            "※特約店への共有は1件ずつ、お客様の同意済みのものだけでお願いします。\n\n"
            "相良\n\n"
            "-------- 転送メッセージ --------\n"
            "差出人: 紹介管理システム <referral-noreply@mail.hinode-sangyo.co.jp>\n"
            "件名: 9月度 東北地区 紹介案件一覧\n\n"
            "受付日\t氏名\t電話\t住所\t商品\t紹介先\t状況\n"
            "9/02\t佐々木 良子\t022-374-1180\t宮城県仙台市泉区南光台2-3-9\t清流BW\tマルヤマ電設仙台\t成約\n"
            "9/04\t菅野 徹\t024-553-2761\t福島県福島市南矢野目字谷地5-2\t蓄電池\t会津設備工業\t商談中\n"
            "9/07\t及川 ミツ\t0197-24-6603\t岩手県奥州市水沢大町8-14\t給湯器\t北上住設\t★未対応\n"
            "9/11\t阿部 真一郎\t090-7731-2058\t宮城県石巻市中央1-7-3\t蓄電池\tマルヤマ電設仙台\t商談中\n"
            "9/15\t工藤 さやか\t080-1192-6637\t青森県弘前市土手町41\t清流BW\t津軽ホームズ\t★未対応\n"
            "9/18\t斎藤 健\t0238-22-9154\t山形県米沢市中央3-4-10\t給湯器\t置賜設備\t成約\n"
            "9/22\t千葉 優子\t090-4418-3396\t宮城県名取市増田4-2-27\t清流BW\tマルヤマ電設仙台\t訪問済\n"
            "9/25\t熊谷 武\t0229-23-7745\t宮城県大崎市古川駅前大通1-6-8\t蓄電池\t北上住設\t★未対応\n"
            "9/28\t高橋 恵美\t018-864-2290\t秋田県秋田市山王5-11-3\t給湯器\t秋田エコハウス\t商談中\n"
            "9/30\t菊地 大輔\t070-3305-8812\t宮城県仙台市若林区連坊1-4-20\t清流BW\tマルヤマ電設仙台\t成約\n"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "ten end customers' records, tab-separated, but forwarded between two internal staff only",
    },
    {
        "id": "hanbaiten-018",
        "sender": "椎名 涼 <shiina.ryo@hinode-sangyo.co.jp>",
        "to": ["kenji.oguri1974@gmail.com"],
        "subject": "Re: 蓄電池の取扱店について",
        "charset": "iso-2022-jp",
        "body": (
            "小栗 様\n\n"
            "このたびは日の出産業へお問い合わせいただき、誠にありがとうございます。\n"
            "お客様相談室の椎名でございます。\n\n"
            "ご自宅（さいたま市見沼区）から近い認定特約店は次の２店でございます。\n"
            "いずれも蓄電池「サンライズセル」の施工資格を持つスタッフが在籍しております。\n\n"
            "　サンエー住宅機器　大宮ショールーム\n"
            "　　さいたま市大宮区桜木町2-285　TEL 048-643-2271（10時～18時、水曜定休）\n\n"
            "　マルヤマ電設　川越営業所\n"
            "　　川越市脇田本町8-3　TEL 049-246-5502（9時～18時、日祝休み）\n\n"
            "ご来店の際に「ホームページを見た」とお伝えいただければ、"
            "現在実施中のキャンペーン価格でお見積りいたします。\n"
            "ご不明な点がございましたら、お気軽にお問い合わせください。\n"
            + sig("椎名 涼", "お客様相談室", "shiina.ryo", "0120-661-011")
            + "\n> 蓄電池の購入を考えています。さいたま市見沼区在住です。\n"
            "> 近くで実物を見られるお店はありますか。\n"
            "> 小栗\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private customer on free mail; only shop (business) contacts in the new text",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-019",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["全国ひので特約店会 事務局 <jimukyoku@tokuyakuten-kai.or.jp>"],
        "subject": "特約店表彰（上期）の選考資料",
        "charset": "utf-8",
        "body": (
            "全国ひので特約店会　事務局　御中\n\n"
            "お世話になっております。日の出産業 販売店支援室の浅利です。\n"
            "11月の総会で行う上期表彰について、選考資料をお送りします。\n"
            "最優秀・優秀・敢闘賞の候補店と、弊社営業部による評価コメントをまとめております。\n"
            "理事会でのご審議にお使いください。\n\n"
            "よろしくお願いいたします。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "上期特約店表彰_選考資料.pdf",
                "title": "上期特約店表彰 選考資料",
                "page_header": "社外秘　日の出産業株式会社 販売店支援室",
                "page_footer": "本資料の複製・転送を禁じます",
                "lines": [
                    "令和8年度上期　特約店表彰　選考資料",
                    "評価軸：販売台数、前年比、施工品質（クレーム率）、研修受講率",
                ],
                "table": [
                    ["候補", "特約店", "台数", "前年比", "クレーム率", "営業部評価"],
                    ["最優秀", "九州ライフテック", "1,284", "124%", "0.4%", "蓄電池の提案力が突出。与信枠拡大を検討"],
                    ["優秀", "東海リビング販売", "1,190", "112%", "0.6%", "3店舗体制が定着。次期は仕切率見直し候補"],
                    ["優秀", "マルヤマ電設", "1,077", "103%", "0.9%", "施工品質にばらつき。研修強化を条件に"],
                    ["敢闘", "北陸ホームサービス", "604", "131%", "0.5%", "新規開拓。来期は重点支援先"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF is stamped 社外秘 in its page header and goes to the external dealer association",
    },
    {
        "id": "hanbaiten-020",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["みなと電器 販促担当 吉良様 <kira@minato-denki.co.jp>"],
        "cc": ["アドプラス 中条様 <nakajo@adplus-ag.co.jp>", "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>"],
        "subject": "横浜店リニューアル　共同販促プラン（案）のご共有",
        "charset": "utf-8",
        "body": (
            "みなと電器株式会社　吉良様\n"
            "（cc：アドプラス 中条様、弊社 小野寺）\n\n"
            "お世話になっております。日の出産業の三宅です。\n"
            "先日の打合せを踏まえ、横浜店リニューアルオープンの共同販促プラン（案）を"
            "アドプラスさんにまとめていただきました。\n\n"
            "費用分担は、チラシ・ポスティングを弊社50％、店頭イベントを貴社負担、"
            "Web広告を折半とする前提で試算しています。\n"
            "11月5日（木）の三者打合せまでに、ご意見をいただけますと幸いです。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "pptx",
                "name": "横浜店リニューアル_共同販促プラン_v2.pptx",
                "title": "横浜店リニューアル 共同販促プラン",
                "slides": [
                    ["横浜店リニューアル 共同販促プラン（案）", "みなと電器株式会社 × 日の出産業株式会社", "制作：株式会社アドプラス"],
                    ["スケジュール", "11/28 リニューアルオープン", "11/14 チラシ配布開始（3万部）", "11/21 Web広告開始"],
                    ["施策と費用", "チラシ・ポスティング 120万円（日の出50%）", "店頭体験イベント 40万円（みなと電器）", "Web広告 60万円（折半）"],
                    ["KPI", "来店 600組", "蓄電池見積 80件", "浄水器成約 120台"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way co-marketing mail: two external organisations (dealer and ad agency) in To/Cc",
    },
    {
        "id": "hanbaiten-021",
        "sender": "井筒 直樹 <izutsu.naoki@hinode-sangyo.co.jp>",
        "to": ["ホクト設備 経理 <keiri@hokuto-setsubi.jp>"],
        "subject": "パスワードのお知らせ（奨励金支払明細_9月分）",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社ホクト設備　経理ご担当者様\n\n"
            "お世話になっております。日の出産業 経理部の井筒です。\n"
            "先ほど別メールにてお送りした「奨励金支払明細_9月分.pdf」の閲覧パスワードをお知らせします。\n\n"
            "　パスワード：Hs2609#hokuto\n\n"
            "なお、来月分より明細は特約店ポータルでのダウンロードに切り替わります。\n"
            "メールでのお送りは今回が最後となりますので、ご承知おきください。\n"
            + sig("井筒 直樹", "経理部　支払グループ", "izutsu.naoki", "03-5201-7722")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password notice sent separately, no attachment and no personal data",
    },
    {
        "id": "hanbaiten-022",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["ホクト設備 総務部 <soumu@hokuto-setsubi.jp>"],
        "subject": "特約店契約書（押印済）のご送付",
        "charset": "shift_jis",
        "body": (
            "株式会社ホクト設備\n総務部　御中\n\n"
            "お世話になっております。日の出産業 法務部の河野です。\n"
            "双方押印済みの特約店契約書（PDF）と、覚書（販売地域の追加）をお送りします。\n"
            "ファイルはパスワード付きZIPにしております。パスワードは別途お送りします。\n\n"
            "原本は本日、簡易書留にて発送いたしました。\n"
            + sig2("河野 瑞穂", "法務部　契約管理課", "kono.mizuho", "03-5201-7760")
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "特約店契約書_ホクト設備.zip",
                "password": "Hk-20261001",
                "files": [
                    {
                        "kind": "pdf",
                        "name": "特約店契約書_押印済.pdf",
                        "lines": ["特約店契約書", "日の出産業株式会社（甲）と株式会社ホクト設備（乙）は、次のとおり特約店契約を締結する。"],
                    },
                    {
                        "kind": "docx",
                        "name": "覚書_販売地域追加.docx",
                        "paragraphs": ["覚書", "乙の販売地域に静岡県西部（浜松市・磐田市・湖西市）を追加する。"],
                    },
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a dealer: its content cannot be inspected",
    },
    {
        "id": "hanbaiten-023",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["高橋 達也 <takahashi@takahashi-jyusetsu.co.jp>"],
        "subject": "11月1日改定　特約店仕切価格表の送付",
        "charset": "utf-8",
        "body": (
            "有限会社たかはし住設\n高橋 達也 様\n\n"
            "いつもお世話になっております。日の出産業の小野寺です。\n"
            "11月1日出荷分から適用の仕切価格表をお送りします。\n"
            "給湯器は部材高騰のため平均3.2％の改定、浄水器・カートリッジは据え置きです。\n"
            "「改定比較」シートに旧価格との差額を載せております。\n\n"
            "10月中のご注文は旧価格で承りますので、在庫の積み増しもご検討ください。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "特約店仕切価格表_20261101.xlsx",
                "title": "特約店仕切価格表 2026年11月",
                "sheets": {
                    "浄水器": [
                        ["特約店仕切価格表（浄水器）　2026年11月1日適用", "", "", ""],
                        ["税抜・円", "", "", ""],
                        ["品番", "品名", "希望小売価格", "仕切価格"],
                        ["HS-BW300", "ひので清流 ビルトイン", 98000, 58800],
                        ["HS-TP120", "ひので清流 蛇口直結", 19800, 11880],
                        ["HS-CT300", "交換カートリッジ（BW300用）", 8800, 5280],
                    ],
                    "給湯器": [
                        ["特約店仕切価格表（給湯器）　2026年11月1日適用", "", "", ""],
                        ["税抜・円", "", "", ""],
                        ["品番", "品名", "希望小売価格", "仕切価格"],
                        ["HE-460A", "エコ給湯器 460L", 620000, 384400],
                        ["HE-370A", "エコ給湯器 370L", 548000, 339760],
                    ],
                    "改定比較": [
                        ["旧価格との比較", "", "", ""],
                        ["品番", "旧仕切", "新仕切", "差額"],
                        ["HE-460A", 372000, 384400, 12400],
                        ["HE-370A", 329000, 339760, 10760],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list XLSX with title rows on several sheets: product codes and prices only",
    },
    {
        "id": "hanbaiten-024",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["丸山 正和 <m.maruyama@maruyama-densetsu.co.jp>"],
        "subject": "来春の新製品について（概要のご案内）",
        "charset": "iso-2022-jp",
        "body": (
            "丸山社長\n\n"
            "いつもお世話になっております。小野寺です。\n"
            "昨日お電話でお尋ねのあった来春の新製品の件、現時点でお伝えできる範囲でご案内します。\n\n"
            "・蓄電池の大容量モデル（１２ｋＷｈ）を４月に発売予定\n"
            "・既存の「サンライズセル」との併設が可能\n"
            "・特約店向けの先行受注は２月から\n\n"
            "仕様や価格の詳細は、貴社と締結済みの機密保持契約に基づき、１２月の特約店会議の"
            "クローズドセッションでご説明する段取りです。\n"
            "それまでは店頭やＳＮＳでの告知はお控えいただけますと助かります。\n\n"
            "引き続きよろしくお願いいたします。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 appears only in a sentence about the existing NDA; no marking on the mail",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-025",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["ホクト設備 浜松営業所 <hamamatsu@hokuto-setsubi.jp>"],
        "subject": "浜松地区　紹介案件のまとめ送付（10月前半分）",
        "charset": "shift_jis",
        "body": (
            "株式会社ホクト設備　浜松営業所　御中\n\n"
            "お世話になっております。お客様紹介デスクの相良です。\n"
            "10月前半に受け付けた浜松地区の紹介案件をまとめてお送りします。\n"
            "各お客様への初回連絡は、受付から３営業日以内にお願いいたします。\n\n"
            "よろしくお願いいたします。\n"
            + sig("相良 ひかり", "お客様紹介デスク", "sagara.hikari", "0120-661-022")
        ),
        "attachments": [
            {
                "kind": "csv",
                "name": "紹介案件_浜松_202610前半.csv",
                "encoding": "cp932",
                "rows": [
                    ["受付No", "氏名", "フリガナ", "電話番号", "住所", "希望商品", "備考"],
                    ["R26-10-0412", "一尺八寸 弘", "カマツカ ヒロシ", "053-434-2187", "静岡県浜松市中央区助信町21-8", "エコ給湯器", "平日夕方希望"],
                    ["R26-10-0415", "鈴木 加代子", "スズキ カヨコ", "090-2561-7730", "静岡県浜松市中央区高林3-9-14", "ひので清流", ""],
                    ["R26-10-0421", "河合 将司", "カワイ マサシ", "080-4402-1963", "静岡県浜松市浜名区貴布祢1128-3", "蓄電池", "太陽光設置済"],
                    ["R26-10-0428", "袴田 紗英", "ハカマタ サエ", "053-587-0344", "静岡県浜松市浜名区三ヶ日町三ヶ日220", "ひので清流", "土日のみ在宅"],
                    ["R26-10-0433", "名倉 勝利", "ナグラ カツトシ", "090-9918-2245", "静岡県磐田市中泉2-6-11", "エコ給湯器", "現行機が故障中"],
                    ["R26-10-0440", "山下 美千代", "ヤマシタ ミチヨ", "053-576-8812", "静岡県湖西市鷲津3-1-7", "蓄電池", "見積比較中"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six end customers' names, phones and home addresses in a CP932 CSV to a dealer",
    },
    {
        "id": "hanbaiten-026",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["北陸ホームサービス 総務 <office@hokuriku-hs.co.jp>"],
        "subject": "認定施工スタッフ　修了証の送付（四十物様）",
        "charset": "utf-8",
        "body": (
            "北陸ホームサービス株式会社　総務ご担当者様\n\n"
            "お世話になっております。日の出産業 研修センターの堀之内です。\n"
            "先日の認定施工スタッフ試験に合格された四十物様の修了証（PDF）をお送りします。\n"
            "原本（カード）は店舗宛てに郵送しております。\n"
            "認定番号は施工報告書への記載が必要となりますので、ご本人へお伝えください。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "修了証_HSC-26-0318.pdf",
                "title": "認定施工スタッフ 修了証",
                "lines": [
                    "修　了　証",
                    "認定番号　HSC-26-0318",
                    "氏名　四十物 剛　殿",
                    "生年月日　昭和６２年５月１０日",
                    "所属　北陸ホームサービス株式会社",
                    "あなたは日の出産業株式会社が実施する認定施工スタッフ課程（蓄電池・給湯器）を修了し、",
                    "試験に合格したことを証します。",
                    "有効期限　令和１１年９月３０日",
                    "日の出産業株式会社　研修センター長　宮園 敏行",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one certificate for one dealer staff member (name, birth date) to his employer: one person",
    },
    {
        "id": "hanbaiten-027",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["いずみ商会 本部 <izumi@izumi-shokai.co.jp>"],
        "subject": "9月度　販売奨励金の算定結果（店舗別）",
        "charset": "shift_jis",
        "body": (
            "株式会社いずみ商会\n本部　営業管理ご担当様\n\n"
            "お世話になっております。日の出産業 販売店支援室の浅利です。\n"
            "9月度の販売奨励金の算定結果をお知らせします（店舗別、税抜）。\n"
            "Excelに貼り付けやすいようタブ区切りにしています。\n\n"
            "店舗コード\t店舗名\t蓄電池台数\t台数奨励金\tカートリッジ定期便\t新規奨励金\t合計\n"
            "D2041-01\t船橋店\t7\t56,000\t18\t36,000\t92,000\n"
            "D2041-02\t津田沼店\t4\t32,000\t11\t22,000\t54,000\n"
            "D2041-03\t市川店\t9\t72,000\t6\t12,000\t84,000\n"
            "D2041-04\t松戸店\t2\t16,000\t14\t28,000\t44,000\n"
            "D2041-05\t柏店\t5\t40,000\t9\t18,000\t58,000\n"
            "合計\t\t27\t216,000\t58\t116,000\t332,000\n\n"
            "10月25日に貴社ご指定口座へお振込みいたします。\n"
            "内容にご不明点があれば10月18日までにご連絡ください。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tab-separated incentive figures by shop: business data, no people",
    },
    {
        "id": "hanbaiten-028",
        "sender": "椎名 涼 <shiina.ryo@hinode-sangyo.co.jp>",
        "to": ["サンエー住宅機器 受注センター <juchu@san-ei-jk.co.jp>"],
        "subject": "カートリッジ定期便　お支払方法変更のお客様（川口市）",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社サンエー住宅機器\n受注センター　ご担当者様\n\n"
            "お世話になっております。日の出産業 お客様相談室の椎名です。\n"
            "貴社担当の定期便のお客様から、弊社窓口にお支払方法変更のお電話がありました。\n"
            "貴社で決済手続きをしていただく必要があるため、お伺いした内容をお送りします。\n\n"
            "お客様名：　五十嵐 房江 様\n"
            "お電話：　　０４８－２５８－６１４２\n"
            "定期便番号：TK-118204\n"
            "変更内容：　口座振替 → クレジットカード払い（１２月お届け分から）\n"
            f"カード番号：{zen(cc_no(0, '-'))}\n"
            "有効期限：　０９／２９\n"
            "名義：　　　FUSAE IGARASHI\n\n"
            "お手数ですが、変更完了後にお客様へご連絡をお願いいたします。\n"
            + sig("椎名 涼", "お客様相談室", "shiina.ryo", "0120-661-011")
        ),
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an end customer's full credit card number (full-width digits) sent to a dealer",
    },
    {
        "id": "hanbaiten-029",
        "sender": "片桐 潤 <katagiri.jun@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "[特約店ポータル] 奨励金明細ダウンロード時の500エラー（チケット#4471）",
        "charset": "utf-8",
        "body": (
            "ツバサシステム株式会社\nサポートご担当者様\n\n"
            "日の出産業 情報システム部の片桐です。\n"
            "特約店ポータルで、一部の特約店アカウントから奨励金明細をダウンロードすると"
            "500エラーになる事象が続いています。アプリケーションログを抜粋します。\n\n"
            "2026-10-06 09:14:22 ERROR [incentive.export] dealer=D2041 user=D2041-adm01 "
            "period=2026-09 msg=NullPointerException at StatementPdf.render(line 218)\n"
            "2026-10-06 09:15:03 ERROR [incentive.export] dealer=D3107 user=D3107-adm02 "
            "period=2026-09 msg=NullPointerException at StatementPdf.render(line 218)\n"
            "2026-10-06 09:31:47 INFO  [incentive.export] dealer=D1502 user=D1502-adm01 "
            "period=2026-09 status=200 size=48213\n\n"
            "エラーになるのは、9月に店舗を追加した特約店（店舗コードが6店以上）のようです。\n"
            "再現手順と画面キャプチャはチケット#4471に登録済みです。\n"
            "本日中に暫定対応の目処をご連絡いただけますでしょうか。\n"
            + sig("片桐 潤", "情報システム部　業務システム課", "katagiri.jun", "03-5201-7705")
        ),
        "attachments": [{"kind": "png", "name": "portal_error_500.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bug report to the portal vendor: dealer codes and account IDs in log lines, no personal data",
    },
    {
        "id": "hanbaiten-030",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["法務部 契約管理課 <keiyaku@hinode-sangyo.co.jp>"],
        "subject": "特約店契約書スキャン（10月締結分）　※パスワード付き",
        "charset": "iso-2022-jp",
        "body": (
            "契約管理課各位\n\n"
            "10月に締結した特約店契約書のスキャンです。\n"
            "契約管理台帳への登録と、原本の書庫保管をお願いします。\n"
            "パスワードはいつもの課内共有のものです。\n\n"
            "河野\n"
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "契約書スキャン_202610.zip",
                "password": "keiyaku-2026",
                "files": [
                    {"kind": "pdf", "name": "ホクト設備_特約店契約書.pdf", "lines": ["特約店契約書（写）"]},
                    {"kind": "pdf", "name": "会津設備工業_秘密保持契約書.pdf", "lines": ["秘密保持契約書（写）"]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "password ZIP, but sent only to an internal team address",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-031",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": [
            "九州ライフテック 営業本部 <sales@kyushu-lifetech.co.jp>",
            "アドプラス 福岡支社 <fukuoka@adplus-ag.co.jp>",
        ],
        "cc": [
            "錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>",
            "青葉運輸 福岡営業所 <fukuoka@aoba-unyu.co.jp>",
        ],
        "subject": "冬の給湯器キャンペーン（九州）キックオフ日程のご連絡",
        "charset": "utf-8",
        "body": (
            "関係者の皆様\n\n"
            "お世話になっております。日の出産業 福岡営業所の古閑です。\n"
            "冬の給湯器キャンペーン（九州地区）のキックオフを下記で行います。\n\n"
            "日時：11月10日（火）14:00〜15:30\n"
            "場所：九州ライフテック様 本社 2階会議室（オンライン併用）\n"
            "議題：\n"
            "　1. キャンペーン概要と販売目標（日の出産業）\n"
            "　2. 新聞折込・ポスティングのスケジュール（アドプラス様）\n"
            "　3. チラシ・店頭POPの入稿と納期（錦印刷様）\n"
            "　4. 各店舗への販促物配送（青葉運輸様）\n\n"
            "ご出席者のお名前を11月6日までにお知らせください。\n"
            + sig("古閑 美咲", "西日本販売店営業部　福岡営業所", "koga.misaki", "092-471-3320")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations (dealer, ad agency, printer, carrier) can see each other in To/Cc",
    },
    {
        "id": "hanbaiten-032",
        "sender": "Daisuke Fujimaki <d.fujimaki@hinode-sangyo.co.jp>",
        "to": ["Kevin Lin <kevin.lin@formosa-living.com.tw>"],
        "subject": "Installer training in Chiba, 17-19 November",
        "charset": "utf-8",
        "body": (
            "Dear Kevin,\n\n"
            "Thank you for confirming the two participants for the installer training at our "
            "Ichikawa training centre. The programme is as follows:\n\n"
            "  17 Nov (Tue)  Product overview, Sunrise Cell battery wiring (classroom)\n"
            "  18 Nov (Wed)  Hands-on installation, commissioning and fault codes\n"
            "  19 Nov (Thu)  Written and practical test; certificates are issued the same day\n\n"
            "Participants: Mr. Chen Wei-Ting and Ms. Huang Yu-Chen (Formosa Living).\n\n"
            "We will arrange the hotel near Motoyawata station and the transport between the "
            "hotel and the centre. Lunch is provided. Please make sure they bring safety shoes; "
            "helmets and gloves will be lent on site.\n\n"
            "An English interpreter will be with the group all three days.\n"
            + sig_en("Daisuke Fujimaki", "Manager, Overseas Sales Dept.", "d.fujimaki")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English training plan for an overseas distributor; two participants named with no other data",
    },
    {
        "id": "hanbaiten-033",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 市川センター <ichikawa@aoba-unyu.co.jp>"],
        "subject": "展示機（蓄電池）配送依頼　10/19出荷分",
        "charset": "iso-2022-jp",
        "body": (
            "青葉運輸株式会社　市川センター　御中\n\n"
            "いつもお世話になっております。日の出産業 販売推進課の小野寺です。\n"
            "特約店ショールーム向けの展示機配送をお願いいたします。\n"
            "いずれも平日９時～１７時の納品、搬入は店舗スタッフが立ち会います。\n\n"
            "納品先                          住所                                  電話            台数\n"
            "--------------------------------------------------------------------------------------------\n"
            "マルヤマ電設 本店               東京都新宿区新宿5-14-3                03-3352-8810    1\n"
            "サンエー住宅機器 川口SR         埼玉県川口市本町4-2-18                048-222-5061    2\n"
            "いずみ商会 船橋店               千葉県船橋市本町6-1-2                 047-431-9920    1\n"
            "みなと電器 横浜店               神奈川県横浜市中区山下町122           045-662-3408    1\n"
            "たかはし住設 本社               茨城県水戸市城南2-3-15                029-224-6671    1\n\n"
            "品名：サンライズセル SC-07（展示用、木枠梱包）\n"
            "出荷：10月19日（月）午前　弊社市川物流センターより\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "padded list of five delivery points, all dealer shops with shop phones: businesses, not people",
    },
    {
        "id": "hanbaiten-034",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["宴会予約課 <banquet@sakura-hotel.co.jp>"],
        "subject": "11/20 特約店表彰式・懇親会　お見積りのお願い",
        "charset": "shift_jis",
        "body": (
            "さくらホテル　宴会予約課　御中\n\n"
            "いつもお世話になっております。日の出産業 販売店支援室の浅利です。\n"
            "例年お願いしております特約店表彰式・懇親会について、今年も下記でお見積りをお願いします。\n\n"
            "日時：11月20日（金）　表彰式 16:00～17:00／懇親会 17:30～19:30\n"
            "人数：約120名（特約店様 95名、弊社 25名）\n"
            "会場：鳳凰の間（表彰式はシアター形式、懇親会は立食）\n"
            "料理：お一人様 12,000円程度、フリードリンク\n"
            "その他：演台、ワイヤレスマイク2本、プロジェクター\n\n"
            "お見積りは10月16日までにいただけますと助かります。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "harmless banquet request, but to sakura-hotel.co.jp: a TLD swap of partner sakura-hotel.jp",
    },
    {
        "id": "hanbaiten-035",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["たかはし住設 高橋様 <takahashi@takahashi-jyusetsu.co.jp>"],
        "subject": "RE: ご紹介案件の対応結果",
        "charset": "utf-8",
        "body": (
            "高橋様\n\n"
            "ご報告ありがとうございます。紹介管理シートを「成約」に更新しました。\n"
            "今回の紹介奨励金（3件分）は11月の奨励金と合わせてお支払いします。\n"
            "引き続きよろしくお願いいたします。\n\n"
            "相良\n\n"
            "-----Original Message-----\n"
            "From: 高橋 達也 <takahashi@takahashi-jyusetsu.co.jp>\n"
            "Sent: Tuesday, October 13, 2026 6:42 PM\n"
            "To: 相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>\n"
            "Subject: ご紹介案件の対応結果\n\n"
            "相良様\n\n"
            "ご紹介いただいた件、以下のとおり対応しました。\n\n"
            "■ 小松崎 勇 様（水戸市見和2-241-5、029-251-3370）\n"
            "　10/3訪問、給湯器 HE-460A 成約、10/20工事予定\n"
            "■ 根本 八重子 様（ひたちなか市東石川3-12-7、029-273-8816）\n"
            "　10/5訪問、浄水器 BW300 成約\n"
            "■ 海老沢 健吾 様（那珂市菅谷4510-2、090-3371-2094）\n"
            "　10/8訪問、蓄電池 見積提出済、10/15に再訪\n"
            "■ 飛田 順子 様（笠間市笠間1218、0296-72-4480）\n"
            "　10/9訪問、給湯器 成約\n"
            "■ 大貫 清 様（水戸市千波町1880-4、029-243-0157）\n"
            "　不在2回、お手紙投函済み\n\n"
            "たかはし住設　高橋\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five customers' records appear only under -----Original Message----- from the recipient himself",
    },
    {
        "id": "hanbaiten-036",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["有限会社南部ホームライフ 代表取締役 南部 敏 様 <info@nanbu-homelife.co.jp>"],
        "cc": ["庄司 拓海 <shoji.takumi@hinode-sangyo.co.jp>"],
        "subject": "特約店契約の終了について（ご通知）",
        "charset": "iso-2022-jp",
        "body": (
            "有限会社南部ホームライフ\n代表取締役　南部 敏 様\n\n"
            "日の出産業株式会社　法務部の河野でございます。\n\n"
            "貴社との特約店契約につきまして、第２２条第１項に基づき、"
            "令和９年３月３１日の期間満了をもって更新しない旨をご通知申し上げます。\n"
            "同日以降の新規のご発注はお受けできかねますが、既にご販売いただいた製品の"
            "保証・修理につきましては、引き続き弊社が責任をもって対応いたします。\n\n"
            "在庫品の買取り、販促物の返却、未払奨励金の精算の方法につきましては、"
            "別途、担当の庄司よりご説明に伺います。\n\n"
            "長年にわたりご尽力を賜りましたこと、心より御礼申し上げます。\n\n"
            "なお、本通知は内容証明郵便にても送付しております。\n"
            + sig2("河野 瑞穂", "法務部　契約管理課", "kono.mizuho", "03-5201-7760")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "formal notice of non-renewal to one dealer; serious in tone but carries no protected data",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-037",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["マルヤマ電設 仙台営業所 <sendai@maruyama-densetsu.co.jp>"],
        "subject": "【至急・お客様ご紹介】蓄電池　停電対策のご相談（名取市）",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社マルヤマ電設　仙台営業所　ご担当者様\n\n"
            "お世話になっております。日の出産業 お客様紹介デスクの相良です。\n"
            "急ぎのご相談のため、本日中にお客様へご連絡いただけますでしょうか。\n\n"
            "お名前　　佐久間 登美子 様\n"
            "ご住所　　宮城県名取市愛島台6-11-3\n"
            "お電話　　022-384-7716\n"
            "ご相談　　蓄電池（サンライズセル）の設置\n"
            "事情　　　ご主人（佐久間 勝 様）がＣＯＰＤで在宅酸素療法中のため、停電時に酸素濃縮器の\n"
            "　　　　　電源を確保したいとのこと。先月の停電で救急搬送されたそうです。\n"
            "ご希望　　できるだけ早い現地調査。平日午後在宅\n\n"
            "お見積りの際は、濃縮器の消費電力（約３００Ｗ）を前提にご提案をお願いします。\n"
            + sig("相良 ひかり", "お客様紹介デスク", "sagara.hikari", "0120-661-022")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "referral naming a customer's husband with his disease, treatment and emergency transport (要配慮個人情報) to a dealer",
    },
    {
        "id": "hanbaiten-038",
        "sender": "井筒 直樹 <izutsu.naoki@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-ginko.co.jp>"],
        "subject": "総合振込の新規登録先（特約店8社）について",
        "charset": "shift_jis",
        "body": (
            "みどり銀行　日本橋支店\n法人営業課　御中\n\n"
            "いつもお世話になっております。日の出産業 経理部の井筒です。\n"
            "販売奨励金の月次払い化に伴い、総合振込の登録先を追加したく、一覧をお送りします。\n"
            "いずれも法人名義の口座です。\n\n"
            "No 振込先名（カナ）                 銀行・支店                 種別 口座番号\n"
            "-- -------------------------------- -------------------------- ---- --------\n"
            " 1 ｶ)ﾏﾙﾔﾏﾃﾞﾝｾﾂ                     東都銀行 新宿支店           普通 3021847\n"
            " 2 ﾄｳｶｲﾘﾋﾞﾝｸﾞﾊﾝﾊﾞｲ(ｶ               三河信用金庫 岡崎支店       当座 0118264\n"
            " 3 ｶ)ﾎｸﾄｾﾂﾋﾞ                       遠州銀行 浜松駅前支店       普通 7720391\n"
            " 4 ｷﾕｳｼﾕｳﾗｲﾌﾃﾂｸ(ｶ                  筑紫銀行 博多支店           普通 1594402\n"
            " 5 ｶ)ｲｽﾞﾐｼﾖｳｶｲ                     房総銀行 船橋支店           普通 4408815\n"
            " 6 ﾐﾅﾄﾃﾞﾝｷ(ｶ                       みどり銀行 横浜支店         普通 2267130\n"
            " 7 ﾎｸﾘｸﾎｰﾑｻｰﾋﾞｽ(ｶ                  越中銀行 富山駅前支店       普通 6631058\n"
            " 8 ﾕ)ﾀｶﾊｼｼﾞﾕｳｾﾂ                    常陽中央銀行 水戸支店       普通 5089224\n\n"
            "登録に必要な書式がございましたらお知らせください。\n"
            + sig("井筒 直樹", "経理部　支払グループ", "izutsu.naoki", "03-5201-7722")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "eight dealer companies' corporate bank accounts for payment set-up: business accounts, not people",
    },
    {
        "id": "hanbaiten-039",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["宴会予約課 <banquet@sakura-hotel.jp>"],
        "subject": "11/20 表彰式　受賞者席札・名札の作成のお願い",
        "charset": "utf-8",
        "body": (
            "さくらホテル　宴会予約課　ご担当者様\n\n"
            "お世話になっております。日の出産業の浅利です。\n"
            "表彰式で前列にお座りいただく個人賞受賞者の席札をお願いします。\n"
            "表記は「販売店名＋氏名＋様」でお願いします。\n\n"
            "・九州ライフテック株式会社　左右田 美雪 様\n"
            "・株式会社マルヤマ電設　九十九 浩二 様\n"
            "・株式会社みなと電器　御手洗 亮 様\n"
            "・東海リビング販売株式会社　小鳥遊 翼 様\n\n"
            "団体賞の代表者席は、当日朝にお知らせします。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "four names with their employer for place cards: names carry no personal data",
    },
    {
        "id": "hanbaiten-040",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>"],
        "subject": "夏のモニターキャンペーン当選者への景品発送（データ送付）",
        "charset": "utf-8",
        "body": (
            "青葉運輸株式会社　法人営業部　ご担当者様\n\n"
            "お世話になっております。日の出産業 営業企画部の三宅です。\n"
            "夏のモニターキャンペーン当選者様への景品（カートリッジ1年分）の発送データをお送りします。\n"
            "CSVは送り状発行システムの取込形式に合わせてあります。\n"
            "出荷日は10月21日、時間帯指定がある方は備考欄のとおりでお願いします。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "csv",
                "name": "monitor_touchen_hassou.csv",
                "encoding": "utf-8",
                "rows": [
                    ["お届け先郵便番号", "お届け先住所", "お届け先氏名", "お届け先電話", "品名", "備考"],
                    ["060-0062", "北海道札幌市中央区南二条西9-1-18", "八月一日 直", "011-261-4438", "HS-CT300×4", ""],
                    ["980-0811", "宮城県仙台市青葉区一番町1-8-10", "渡會 千尋", "080-6109-2285", "HS-CT300×4", "午前中"],
                    ["370-0801", "群馬県高崎市上並榎町451-3", "Tomoko Saitou", "090-5528-6171", "HS-CT300×4", ""],
                    ["194-0013", "東京都町田市原町田4-10-2", "薗田 由紀", "042-723-9055", "HS-CT300×4", "18-20時"],
                    ["236-0021", "神奈川県横浜市金沢区泥亀1-22-9", "長谷部 修", "045-781-6326", "HS-CT300×4", ""],
                    ["500-8069", "岐阜県岐阜市今小町3", "栗本 れい", "070-8812-4470", "HS-CT300×4", ""],
                    ["630-8226", "奈良県奈良市小西町25", "乾 武史", "0742-22-3847", "HS-CT300×4", "午前中"],
                    ["700-0821", "岡山県岡山市北区中山下1-9-55", "難波 さとみ", "086-224-1093", "HS-CT300×4", ""],
                    ["790-0004", "愛媛県松山市大街道2-6-1", "越智 孝一", "089-932-5518", "HS-CT300×4", "14-16時"],
                    ["890-0053", "鹿児島県鹿児島市中央町22-16", "有村 ひとみ", "099-255-7720", "HS-CT300×4", ""],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ten prize winners' names, home addresses and phones in a UTF-8 CSV to the carrier",
    },
    {
        "id": "hanbaiten-041",
        "sender": "片桐 潤 <katagiri.jun@hinode-sangyo.co.jp>",
        "to": ["北陸ホームサービス 総務 <office@hokuriku-hs.co.jp>"],
        "subject": "特約店ポータル　スタッフアカウント発行のご連絡",
        "charset": "iso-2022-jp",
        "body": (
            "北陸ホームサービス株式会社　総務ご担当者様\n\n"
            "日の出産業 情報システム部の片桐です。\n"
            "ご依頼いただいたスタッフアカウントを発行しました。\n"
            "初回ログイン時にパスワード設定画面が表示されます（招待メールは各スタッフ宛てに送信済み）。\n\n"
            "スタッフID　　　氏名　　　　　メールアドレス\n"
            "-------------------------------------------------------------\n"
            "D3107-s11　　　四十物 剛　　　aimono.t@hokuriku-hs.co.jp\n"
            "D3107-s12　　　米田 梢　　　　yoneda.k@hokuriku-hs.co.jp\n"
            "D3107-s13　　　宮腰 颯太　　　miyakoshi.s@hokuriku-hs.co.jp\n"
            "D3107-s14　　　中陳 ゆかり　　nakajin.y@hokuriku-hs.co.jp\n\n"
            "退職者のアカウント停止もポータルの「スタッフ管理」から行えます。\n"
            + sig("片桐 潤", "情報システム部　業務システム課", "katagiri.jun", "03-5201-7705")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four staff accounts (names and work e-mail) sent back to their own employer: under five people",
    },
    {
        "id": "hanbaiten-042",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["中条 遥 <nakajo@adplus-ag.co.jp>"],
        "subject": "Web特設ページ用素材一式",
        "charset": "utf-8",
        "body": (
            "アドプラス　中条様\n\n"
            "お世話になっております。三宅です。\n"
            "冬キャンペーンのWeb特設ページ用の素材をZIPでお送りします。\n"
            "・商品カタログ（PDF）\n"
            "・取扱店一覧（CSV、店舗検索用）\n"
            "・キャンペーン規約（テキスト）\n"
            "店舗一覧は11月1日時点のものです。増減があれば差し替えます。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "winter_campaign_web_sozai.zip",
                "files": [
                    {"kind": "pdf", "name": "catalog_2026winter.pdf",
                     "lines": ["日の出産業 2026冬 商品カタログ", "エコ給湯器 HE-460A / HE-370A", "ひので清流 BW300"]},
                    {"kind": "csv", "name": "shop_list.csv", "encoding": "utf-8",
                     "rows": [
                         ["shop_id", "name", "pref", "address", "tel"],
                         ["D1502-01", "マルヤマ電設 本店", "東京都", "新宿区新宿5-14-3", "03-3352-8810"],
                         ["D1502-02", "マルヤマ電設 中野店", "東京都", "中野区中野3-36-9", "03-5342-1177"],
                         ["D2041-01", "いずみ商会 船橋店", "千葉県", "船橋市本町6-1-2", "047-431-9920"],
                         ["D2210-01", "みなと電器 横浜店", "神奈川県", "横浜市中区山下町122", "045-662-3408"],
                         ["D3107-01", "北陸ホームサービス 富山本店", "富山県", "富山市桜町1-4-8", "076-432-5590"],
                         ["D4420-01", "九州ライフテック 博多店", "福岡県", "福岡市博多区博多駅東2-13-1", "092-441-7806"],
                     ]},
                    {"kind": "txt", "name": "kiyaku.txt",
                     "text": "冬の給湯器キャンペーン規約\n1. 期間 2026年11月14日〜2027年1月31日\n2. 対象 キャンペーン期間中にエコ給湯器をご購入のお客様\n"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP with a catalogue, a shop list (businesses) and campaign terms",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-043",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["みなと電器 常務 吉良 康弘 様 <y.kira@minato-denki.co.jp>"],
        "subject": "【取扱注意】次期 販売奨励金制度（案）　ご意見のお願い",
        "charset": "shift_jis",
        "body": (
            "【取扱注意】本メールは特約店会 理事店様限りの検討資料です\n"
            "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
            "株式会社みなと電器\n常務取締役　吉良 康弘 様\n\n"
            "いつも大変お世話になっております。日の出産業 販売店支援室の浅利です。\n"
            "特約店会の理事店様にのみ、来期の奨励金制度（案）を事前にご相談しております。\n\n"
            "主な変更案：\n"
            "・台数奨励金を廃止し、粗利連動型（仕切額の２．５～４．０％）へ移行\n"
            "・ランキング上位１０店に特別協賛金（年間１００万円上限）\n"
            "・研修受講率８０％未満の店舗は奨励金を１０％減額\n\n"
            "他の特約店様への公表は１２月の総会を予定しております。\n"
            "１１月１３日までに、率直なご意見をいただけますと幸いです。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "次期販売奨励金制度（案）_v0.9.docx",
                "title": "次期販売奨励金制度（案）",
                "page_header": "取扱注意　理事店限り",
                "paragraphs": [
                    "次期販売奨励金制度（案）　第0.9版",
                    "1. 目的　量から質への転換",
                    "2. 粗利連動型奨励金　仕切額に対し、前年比に応じて2.5％〜4.0％",
                    "3. 特別協賛金　ランキング上位10店、年間100万円上限",
                    "4. 研修受講率要件　80％未満の店舗は奨励金の10％を減額",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail and the DOCX are marked 【取扱注意】 and go to an external dealer",
    },
    {
        "id": "hanbaiten-044",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["営業本部長 <eigyo-honbu@hinode-sangyo.co.jp>"],
        "cc": ["小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>", "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】上期特約店評価と来期の重点支援先（経営会議資料）",
        "charset": "iso-2022-jp",
        "body": (
            "本部長\n\n"
            "来週の経営会議に提出する特約店評価資料です。\n"
            "与信枠と仕切率の見直し候補を含みますので、社外秘扱いでお願いします。\n"
            "特約店会への説明版は、評価コメントを除いたものを別途作成します。\n\n"
            "浅利\n"
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "特約店評価_上期_経営会議.pdf",
                "page_header": "社外秘",
                "lines": ["上期特約店評価（経営会議資料）", "重点支援先：北陸ホームサービス、会津設備工業（新規）"],
                "table": [
                    ["特約店", "売上（千円）", "前年比", "与信枠", "提案"],
                    ["九州ライフテック", "196,420", "124%", "50,000", "与信枠 +20,000"],
                    ["マルヤマ電設", "168,300", "103%", "40,000", "施工品質改善を条件に現状維持"],
                    ["南部ホームライフ", "12,880", "61%", "5,000", "契約不更新"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 document, but every recipient is internal",
    },
    {
        "id": "hanbaiten-045",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["全国ひので特約店会 会報編集 <kaiho@tokuyakuten-kai.or.jp>"],
        "subject": "会報12月号　「販売スタッフ個人ランキング」掲載データ",
        "charset": "utf-8",
        "body": (
            "特約店会　会報編集ご担当様\n\n"
            "お世話になっております。日の出産業の浅利です。\n"
            "会報12月号の「上期 販売スタッフ個人ランキング」の掲載データをお送りします。\n"
            "顔写真は掲載許諾をいただいた方の分のみ、後日お送りします。\n\n"
            "順位  氏名            特約店              蓄電池  給湯器  浄水器  成約金額（万円）\n"
            "----  --------------  ------------------  ------  ------  ------  ----------------\n"
            " 1    左右田 美雪     九州ライフテック        41      18      77   2,980\n"
            " 2    九十九 浩二     マルヤマ電設            36      22      51   2,744\n"
            " 3    小鳥遊 翼       東海リビング販売        33      15      90   2,512\n"
            " 4    御手洗 亮       みなと電器              29      20      48   2,306\n"
            " 5    八月一日 直     北陸ホームサービス      27      11      62   1,987\n"
            " 6    忽那 俊介       九州ライフテック        24      16      39   1,860\n"
            " 7    鬼頭 舞         東海リビング販売        22      13      71   1,702\n"
            " 8    薬師寺 光       みなと電器              21      12      44   1,655\n\n"
            "個人賞の対象は上位4名です。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "eight dealer staff named with their sales results for a newsletter: performance data of people, but no contact data and meant for publication",
    },
    {
        "id": "hanbaiten-046",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["帝都リサーチ 調査部 <chosa@teito-research.co.jp>"],
        "subject": "新規特約店候補　代表者の反社チェックのご依頼",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社帝都リサーチ\n調査部　御中\n\n"
            "いつもお世話になっております。日の出産業 法務部の河野です。\n"
            "新規特約店候補（個人事業主）について、代表者の反社会的勢力該当性の調査をお願いします。\n"
            "ご本人から提出いただいた運転免許証の写しより、記載事項を転記します。\n\n"
            "屋号　　　　：ひらぬま設備\n"
            "氏名　　　　：平沼 豪（ヒラヌマ ゴウ）\n"
            "生年月日　　：昭和４９年１１月２日\n"
            "住所　　　　：埼玉県越谷市南越谷３－１４－６\n"
            "運転免許証　：第３０１８２２４５６７９０号（埼玉県公安委員会）\n\n"
            "ご回答は１０月３０日までにいただけますと助かります。\n"
            + sig2("河野 瑞穂", "法務部　契約管理課", "kono.mizuho", "03-5201-7760")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a sole trader's driver's licence number with birth date and home address sent to an outside research firm",
    },
    {
        "id": "hanbaiten-047",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["中条 遥 <nakajo@adplus-ag.co.jp>"],
        "subject": "購入者アンケート集計結果（秋キャンペーン）",
        "charset": "shift_jis",
        "body": (
            "アドプラス　中条様\n\n"
            "お世話になっております。三宅です。\n"
            "秋キャンペーンの購入者アンケート（回答 412件）の集計をお送りします。\n"
            "個票はお送りしておりません。集計値のみです。\n"
            "「購入のきっかけ」で店頭POPが前回より増えている点、次回の企画に活かせればと思います。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "秋キャンペーン_購入者アンケート集計.pdf",
                "lines": ["秋キャンペーン 購入者アンケート集計（n=412）", "回答期間：2026年9月1日〜9月30日"],
                "table": [
                    ["設問", "選択肢", "件数", "構成比"],
                    ["購入のきっかけ", "店頭POP・のぼり", "138", "33.5%"],
                    ["", "チラシ", "97", "23.5%"],
                    ["", "販売店スタッフの提案", "121", "29.4%"],
                    ["", "Web広告", "56", "13.6%"],
                    ["年代", "30代以下", "64", "15.5%"],
                    ["", "40〜50代", "203", "49.3%"],
                    ["", "60代以上", "145", "35.2%"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated survey figures only, no individual responses",
    },
    {
        "id": "hanbaiten-048",
        "sender": "椎名 涼 <shiina.ryo@hinode-sangyo.co.jp>",
        "to": ["東海リビング販売 豊田店 <toyota@tokai-living.co.jp>"],
        "subject": "FW: 給湯器の工事後の不具合について",
        "charset": "utf-8",
        "body": (
            "東海リビング販売　豊田店　店長様\n\n"
            "お世話になっております。日の出産業 お客様相談室の椎名です。\n"
            "貴店で10月に施工いただいたお客様から、弊社窓口へ下記のご連絡がありました。\n"
            "原文を添付で転送いたします。\n"
            "お手数ですが、本日中にお客様へご連絡のうえ、訪問日程の調整をお願いします。\n"
            "対応結果は相談室にもご共有ください。\n"
            + sig("椎名 涼", "お客様相談室", "shiina.ryo", "0120-661-011")
        ),
        "attachments": [
            {
                "kind": "eml",
                "name": "給湯器の工事後の不具合について.eml",
                "message": {
                    "sender": "加藤 敏行 <t_kato_1962@yahoo.co.jp>",
                    "to": ["お客様相談室 <soudan@hinode-sangyo.co.jp>"],
                    "subject": "給湯器の工事後の不具合について",
                    "charset": "iso-2022-jp",
                    "body": (
                        "日の出産業 お客様相談室 御中\n\n"
                        "10月6日に東海リビング販売さんでエコ給湯器（HE-460A）に交換しました。\n"
                        "3日ほど前から、夜中に室外機から「ブーン」という大きな音がして眠れません。\n"
                        "工事をした方に電話しましたがつながりませんでした。\n"
                        "早めに見に来ていただけないでしょうか。\n\n"
                        "加藤 敏行\n"
                        "愛知県豊田市挙母町4-58-2\n"
                        "電話 0565-33-1429（携帯 090-8814-2276）\n"
                    ),
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of one customer's complaint (his contact details) to the dealer who installed it: one person",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-049",
        "sender": "井筒 直樹 <izutsu.naoki@hinode-sangyo.co.jp>",
        "to": ["ホクト設備 経理 <keiri@hokuto-setsubi.jp>"],
        "subject": "奨励金支払明細（9月分）の送付",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社ホクト設備　経理ご担当者様\n\n"
            "お世話になっております。日の出産業 経理部の井筒です。\n"
            "9月分の販売奨励金の支払明細をお送りします。\n"
            "PDFには閲覧パスワードを設定しております。パスワードは別メールにてお知らせします。\n\n"
            "お振込予定日：10月25日\n"
            + sig("井筒 直樹", "経理部　支払グループ", "izutsu.naoki", "03-5201-7722")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "奨励金支払明細_9月分.pdf",
                "password": "Hs2609#hokuto",
                "lines": ["販売奨励金 支払明細（2026年9月分）", "株式会社ホクト設備 御中"],
                "table": [["店舗", "台数奨励金", "新規奨励金", "合計"], ["浜松営業所", "64,000", "22,000", "86,000"]],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to a dealer: the guard cannot read it",
    },
    {
        "id": "hanbaiten-050",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["宿泊営業 <sales@sakura-hotel.jp>"],
        "subject": "特約店会議（12/10-11）客室ブロックのお願い",
        "charset": "utf-8",
        "body": (
            "さくらホテル　宿泊営業ご担当者様\n\n"
            "いつもお世話になっております。日の出産業 販売店支援室の浅利です。\n"
            "12月の全国特約店会議に伴う客室ブロックをお願いいたします。\n"
            "特約店ごとの必要室数を添付にまとめました（お名前は11月末にお送りします）。\n"
            "合計 シングル42室・ツイン6室、12月10日1泊です。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "attachments": [
            {
                "kind": "xls",
                "name": "客室ブロック_特約店会議_1210.xls",
                "sheets": {
                    "室数": [
                        ["特約店", "地区", "シングル", "ツイン"],
                        ["九州ライフテック", "九州", 5, 1],
                        ["東海リビング販売", "東海", 6, 0],
                        ["マルヤマ電設", "関東", 4, 1],
                        ["ホクト設備", "東海", 3, 0],
                        ["北陸ホームサービス", "北陸", 4, 1],
                        ["みなと電器", "関東", 3, 0],
                        ["いずみ商会", "関東", 3, 1],
                        ["サンエー住宅機器", "関東", 4, 0],
                        ["たかはし住設", "関東", 2, 0],
                        ["会津設備工業", "東北", 2, 1],
                        ["日の出産業（事務局）", "", 6, 1],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS of room counts per dealer: companies and numbers only",
    },
    {
        "id": "hanbaiten-051",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["サンエー住宅機器 営業部 田淵様 <tabuchi@san-ei-jk.co.jp>"],
        "subject": "Re: 達成奨励金の対象になるかどうか",
        "charset": "shift_jis",
        "body": (
            "田淵様\n\n"
            "お世話になっております。小野寺です。\n"
            "ご質問の件、結論から申しますと、今期は達成奨励金の対象になります。\n\n"
            "達成判定は「前年同期の出荷額」との比較で、返品分を差し引いた純額で行います。\n"
            "いただいた数字ですと、上期純額 54,210千円 ÷ 前年 48,900千円 ＝ 110.9％ で、"
            "110％の基準をわずかに上回っています。\n"
            "ただし、11月に予定されている川口SRの展示機入替で返品が出ると割り込む可能性が"
            "ありますので、入替は12月以降にされるのが安全かと思います。\n\n"
            "よろしくお願いいたします。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
            + "\n> 小野寺様\n"
            "> いつもお世話になっております。サンエー住宅機器の田淵です。\n"
            "> 上期の当社の実績は以下のとおりです。達成奨励金の対象になりますでしょうか。\n"
            "> 　出荷額（総額）　 56,880千円\n"
            "> 　返品　　　　　　  2,670千円\n"
            "> 　前年同期（純額） 48,900千円\n"
            "> 川口SRの展示機入替を11月に考えています。\n"
            "> 田淵\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply about incentive eligibility with quoted sales figures: business data only",
    },
    {
        "id": "hanbaiten-052",
        "sender": "井筒 直樹 <izutsu.naoki@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 日本橋支店 法人営業課 <hojin-nihonbashi@midori-ginko.co.jp>"],
        "subject": "【至急】本日付 振込のご依頼（個人賞 6件）",
        "charset": "iso-2022-jp",
        "body": (
            "みどり銀行　日本橋支店　法人営業課　ご担当者様\n\n"
            "日の出産業 経理部の井筒です。\n"
            "法人インターネットバンキングの障害で総合振込データが送信できないため、"
            "先ほどお電話でご相談したとおり、本日付の振込をお願いしたく、内容をお送りします。\n"
            "販売コンテスト個人賞（販売店スタッフ個人宛て）です。\n\n"
            "受取人名（カナ）        金融機関・支店               種別  口座番号   金額\n"
            "----------------------------------------------------------------------------------\n"
            "ﾂｸﾓ ｺｳｼﾞ                七十七銀行 国分町支店        普通  5128804    134,685\n"
            "ｿｳﾀﾞ ﾐﾕｷ                福岡中央銀行 博多駅前支店    普通  0772615     89,790\n"
            "ﾐﾀﾗｲ ﾘﾖｳ                もみじ信用金庫 紙屋町支店    普通  3309172     44,895\n"
            "ﾀｶﾅｼ ﾂﾊﾞｻ               名古屋商工銀行 名駅支店      普通  6641203     44,895\n"
            "ﾎｽﾞﾐ ﾅｵ                 北海中央銀行 札幌駅前支店    普通  2285960     44,895\n"
            "ｸﾂﾅ ｼﾕﾝｽｹ               福岡中央銀行 天神支店        普通  1407738     30,000\n\n"
            "振込依頼書の原本は、本日15時までに支店へお持ちします。\n"
            + sig("井筒 直樹", "経理部　支払グループ", "izutsu.naoki", "03-5201-7722")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six individuals' personal bank accounts (kana names, branch, number) in a padded list to the bank",
    },
    {
        "id": "hanbaiten-053",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["帝都リサーチ 調査部 <chosa@teito-research.co.jp>"],
        "subject": "企業調査のご依頼（新規特約店候補 6社）",
        "charset": "utf-8",
        "body": (
            "株式会社帝都リサーチ　調査部　御中\n\n"
            "お世話になっております。日の出産業 法務部の河野です。\n"
            "新規特約店候補6社について、通常の企業調査（信用・反社）をお願いします。\n"
            "法人番号と本店所在地は国税庁の法人番号公表サイトで確認済みです。\n"
            + sig2("河野 瑞穂", "法務部　契約管理課", "kono.mizuho", "03-5201-7760")
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "企業調査依頼_202610.xlsx",
                "sheets": {
                    "調査対象": [
                        ["企業調査依頼（2026年10月）", "", "", ""],
                        ["法人番号", "商号", "本店所在地", "代表者"],
                        [corp("011001052288"), "株式会社会津設備工業", "福島県会津若松市大町1-2-9", "会津 一郎"],
                        [corp("013301017744"), "株式会社北上住設", "岩手県北上市本通り2-4-1", "北上 勝"],
                        [corp("020001066131"), "津軽ホームズ株式会社", "青森県弘前市土手町112", "成田 和彦"],
                        [corp("030001098812"), "株式会社置賜設備", "山形県米沢市中央4-1-20", "遠藤 康"],
                        [corp("040001077603"), "秋田エコハウス株式会社", "秋田県秋田市山王3-7-1", "佐藤 美紀"],
                        [corp("050001012946"), "有限会社ひらぬま設備", "埼玉県越谷市南越谷3-9-2", "平沼 豪"],
                    ],
                    "依頼条件": [["項目", "内容"], ["調査種別", "標準（信用・反社）"], ["納期", "2026年11月6日"]],
                },
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "company check of six dealer candidates: corporate numbers, head offices and representatives' names only",
    },
    {
        "id": "hanbaiten-054",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["研修センター <kenshu-center@hinode-sangyo.co.jp>"],
        "subject": "西日本 特約店スタッフ連絡先（研修案内送付用）",
        "charset": "utf-8",
        "body": (
            "研修センター各位\n\n"
            "来期の研修案内の送付用に、西日本の特約店スタッフ連絡先をまとめました（社内用）。\n"
            "タブ区切りなので、そのまま名簿管理表に貼り付けてください。\n\n"
            "特約店\t氏名\t携帯\tメール\n"
            "九州ライフテック\t左右田 美雪\t090-2271-5503\tsoda.m@kyushu-lifetech.co.jp\n"
            "九州ライフテック\t忽那 俊介\t080-2258-6614\tkutsuna@kyushu-lifetech.co.jp\n"
            "九州ライフテック\t比嘉 健太\t090-7720-3318\thiga.k@kyushu-lifetech.co.jp\n"
            "九州ライフテック\t中園 みどり\t080-4421-9906\tnakazono@kyushu-lifetech.co.jp\n"
            "博多住設センター\t安武 剛志\t090-3358-1147\tyasutake@hakata-jyusetsu.co.jp\n"
            "博多住設センター\t馬場 千晶\t070-6619-2284\tbaba.c@hakata-jyusetsu.co.jp\n"
            "くまもとエコライフ\t緒方 大地\t090-1188-4052\togata@kumamoto-ecolife.jp\n"
            "くまもとエコライフ\t坂梨 優\t080-5530-7761\tsakanashi@kumamoto-ecolife.jp\n"
            "南国ホームテック\t東郷 隆\t090-8813-0249\ttogo.t@nangoku-hometech.co.jp\n"
            "南国ホームテック\t上村 彩\t080-2204-6685\tkamimura@nangoku-hometech.co.jp\n"
            "みなと電器 神戸店\t御手洗 亮\t090-4470-3312\tmitarai@minato-denki.co.jp\n"
            "みなと電器 神戸店\t鵜飼 隼人\t080-9920-1136\tukai@minato-denki.co.jp\n\n"
            "古閑\n"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "twelve dealer staff contacts, tab-separated, sent to an internal team only",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-055",
        "sender": "庄司 拓海 <shoji.takumi@hinode-sangyo.co.jp>",
        "to": [
            "佐々木 良子 様 <ryoko.sasaki55@gmail.com>",
            "阿部 真一郎 様 <s-abe0321@yahoo.co.jp>",
            "千葉 優子 様 <yuko.chiba.natori@icloud.com>",
            "菊地 大輔 様 <d.kikuchi-1988@outlook.jp>",
        ],
        "subject": "蓄電池 体験見学会（仙台ショールーム）のご案内",
        "charset": "iso-2022-jp",
        "body": (
            "お客様各位\n\n"
            "先日は日の出産業の製品にご関心をお寄せいただき、ありがとうございました。\n"
            "日の出産業 仙台営業所の庄司でございます。\n\n"
            "下記のとおり、特約店マルヤマ電設様の仙台ショールームにて、蓄電池の体験見学会を開催いたします。\n"
            "停電を想定した切替えの実演や、電気代シミュレーションをご用意しております。\n\n"
            "日時：１１月１４日（土）・１５日（日）　１０時～１６時\n"
            "会場：マルヤマ電設 仙台ショールーム（仙台市若林区卸町２－８－１）\n"
            "ご予約：下記お電話またはご返信にて\n\n"
            "ご家族でのご来場も歓迎いたします。\n"
            + sig("庄司 拓海", "東日本販売店営業部　仙台営業所", "shoji.takumi", "022-263-5510")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "four private customers on free mail can see each other's addresses in To (should have been Bcc)",
    },
    {
        "id": "hanbaiten-056",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["くまもとエコライフ 坂梨様 <sakanashi@kumamoto-ecolife.jp>"],
        "subject": "SNSでの製品紹介ガイドライン（特約店向け）",
        "charset": "utf-8",
        "body": (
            "くまもとエコライフ　坂梨様\n\n"
            "お世話になっております。日の出産業の三宅です。\n"
            "お問い合わせいただいた、SNSで弊社製品を紹介する際のガイドラインです。\n\n"
            "1. 製品画像は特約店ポータルの素材集のものをお使いください\n"
            "2. 「業界最安」「必ず電気代が下がる」等の断定表現はお控えください\n"
            "3. 施工事例にお客様宅を掲載する場合は、書面での同意を取り、住所が分かる写り込みは避けてください\n"
            "4. ハッシュタグは #ひので清流 #サンライズセル をご利用ください\n"
            "5. キャンペーン価格の掲載は期間中のみとしてください\n\n"
            "共同販促の費用補助（上限月3万円）の対象になる投稿広告もございます。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "html": (
            "<html><body><p>くまもとエコライフ　坂梨様</p>"
            "<p>お世話になっております。日の出産業の三宅です。<br>"
            "お問い合わせいただいた、SNSで弊社製品を紹介する際のガイドラインです。</p>"
            "<ol><li>製品画像は特約店ポータルの素材集のものをお使いください</li>"
            "<li>「業界最安」「必ず電気代が下がる」等の断定表現はお控えください</li>"
            "<li>施工事例にお客様宅を掲載する場合は、書面での同意を取り、住所が分かる写り込みは避けてください</li>"
            "<li>ハッシュタグは #ひので清流 #サンライズセル をご利用ください</li>"
            "<li>キャンペーン価格の掲載は期間中のみとしてください</li></ol>"
            "<p>共同販促の費用補助（上限月3万円）の対象になる投稿広告もございます。</p>"
            "<p>--<br>日の出産業株式会社 営業企画部 共同販促グループ<br>三宅 由衣<br>TEL 03-5201-7745</p>"
            "</body></html>"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text+HTML guideline mail to one dealer, no personal data",
    },
    {
        "id": "hanbaiten-057",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["中条 遥 <nakajo@adplus-ag.co.jp>"],
        "subject": "お客様の声（掲載許諾済み）　カタログ用原稿",
        "charset": "shift_jis",
        "body": (
            "アドプラス　中条様\n\n"
            "お世話になっております。三宅です。\n"
            "カタログの「お客様の声」コーナー用の原稿です。掲載許諾書は弊社で保管しています。\n"
            "お名前は「Ｍ・Ｋ様」のイニシャル表記、写真は後ろ姿のみの条件です。\n\n"
            "――――――――――――――――\n"
            "松永 京子 様（63歳・広島県廿日市市）\n"
            "「停電のたびに冷蔵庫の中身が心配でしたが、サンライズセルを入れてからは安心です。"
            "施工してくれたみなと電器の方が、使い方を何度も丁寧に説明してくれました。」\n"
            "――――――――――――――――\n\n"
            "施工写真は特約店から届き次第お送りします。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one consenting customer's name, age and town for a testimonial: one person, nothing sensitive",
    },
    {
        "id": "hanbaiten-058",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["宮園 敏行 <miyazono.toshiyuki@hinode-sangyo.com>"],
        "subject": "市川トレーニングセンター　11月実技研修の講師割当て",
        "charset": "iso-2022-jp",
        "body": (
            "宮園センター長\n\n"
            "お疲れさまです。堀之内です。\n"
            "11月の実技研修の講師割当て案です。ご確認をお願いします。\n\n"
            "　11/10（火）蓄電池 配線基礎　　　講師：堀之内／補助：外部講師 大和田氏\n"
            "　11/17（火）給湯器 交換施工　　　講師：宮園センター長\n"
            "　11/24（火）浄水器 ビルトイン　　講師：堀之内\n\n"
            "受講者のうち、実技の再受験者は次の３名です（連絡先は受付用）。\n"
            "　勅使河原 崇（マルヤマ電設）　090-8802-4156\n"
            "　米田 梢（北陸ホームサービス）　080-6650-3129\n"
            "　鈴村 拓（東海リビング販売）　090-7305-1187\n\n"
            "堀之内\n"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "internal memo addressed to hinode-sangyo.com, a TLD look-alike of the company's own domain",
    },
    {
        "id": "hanbaiten-059",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["平沼 豪 様 <hiranuma_setsubi@yahoo.co.jp>"],
        "subject": "特約店お取引開始にあたっての書類のご案内",
        "charset": "utf-8",
        "body": (
            "ひらぬま設備\n平沼 豪 様\n\n"
            "いつもお世話になっております。日の出産業の小野寺です。\n"
            "社内審査が完了いたしましたので、お取引開始にあたって必要な書類をご案内いたします。\n\n"
            "1. 特約店契約書（2部、署名・押印のうえ1部ご返送）\n"
            "2. 取引口座開設申込書\n"
            "3. 適格請求書発行事業者の登録番号のお知らせ（お持ちの場合）\n"
            "4. 振込先口座の届出書\n\n"
            "書類一式は本日、郵送にてお送りしました。\n"
            "なお、個人事業主の方の本人確認書類は、郵送で原本確認のうえご返却いたしますので、"
            "メールには添付なさらないようお願いいたします。\n\n"
            "ご不明な点はお気軽にお電話ください。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a sole-trader dealer who uses a free-mail address: one free-mail recipient, no personal data",
    },
    {
        "id": "hanbaiten-060",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["マルヤマ電設 総務 <soumu@maruyama-densetsu.co.jp>"],
        "subject": "認定施工スタッフ試験　貴社受験者の結果",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社マルヤマ電設　総務ご担当者様\n\n"
            "お世話になっております。日の出産業 研修センターの堀之内です。\n"
            "10月8日に実施した認定施工スタッフ試験の、貴社受験者の結果をお知らせします。\n\n"
            "　勅使河原 崇 様　　筆記 ８２点　実技 不合格（配線の締付トルク不足）\n"
            "　丸山 拓真 様　　　筆記 ９１点　実技 合格\n"
            "　石動 いずみ 様　　筆記 ７８点　実技 合格\n\n"
            "合格基準：筆記７０点以上かつ実技合格\n"
            "勅使河原様は１１月１０日の実技再試験にお申込みいただけます。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "test results of three dealer staff reported to their employer: under five people",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-061",
        "sender": "藤巻 大輔 <d.fujimaki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 本八幡 フロント <front-motoyawata@sakura-hotel.jp>"],
        "subject": "11/16〜19 海外代理店研修生 2名のご予約（旅券情報）",
        "charset": "utf-8",
        "body": (
            "さくらホテル本八幡　フロントご担当者様\n\n"
            "お世話になっております。日の出産業 海外営業部の藤巻です。\n"
            "台湾の代理店から研修に来る2名の宿泊をお願いいたします（11/16チェックイン、3泊）。\n"
            "外国籍のお客様のため、宿泊者名簿用の旅券情報を事前にお送りします。\n\n"
            "1) CHEN WEI-TING（陳 威廷）\n"
            "   国籍：台湾　生年月日：1991/03/08\n"
            "   旅券番号：358142706\n\n"
            "2) HUANG YU-CHEN（黃 語辰）\n"
            "   国籍：台湾　生年月日：1994/12/21\n"
            "   旅券番号：361907553\n\n"
            "お支払いは弊社への後日請求でお願いします。\n"
            + sig("藤巻 大輔", "海外営業部", "d.fujimaki", "03-5201-7780")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "passport numbers and birth dates of two distributor trainees sent to the hotel by mail",
    },
    {
        "id": "hanbaiten-062",
        "sender": "Daisuke Fujimaki <d.fujimaki@hinode-sangyo.co.jp>",
        "to": ["Rachel Tan <rachel.tan@phs-sg.com>"],
        "subject": "Re: Dealer ranking in Japan - benchmark for our partners",
        "charset": "utf-8",
        "body": (
            "Hi Rachel,\n\n"
            "Happy to help. We cannot share individual dealers' results (our dealer agreements "
            "treat them as confidential between us and each dealer), but here are regional "
            "aggregates for H1 that you can use as a benchmark:\n\n"
            "  Region            Dealers   Units/dealer   Attach rate (cartridge sub.)\n"
            "  Hokkaido/Tohoku      14         312              38%\n"
            "  Kanto                41         505              44%\n"
            "  Chubu/Hokuriku       23         461              41%\n"
            "  Kansai               19         398              36%\n"
            "  Kyushu/Okinawa       16         547              47%\n\n"
            "The Kyushu dealers do particularly well with the cartridge subscription because "
            "they sell it at the installation visit rather than afterwards. I can introduce "
            "you to our Fukuoka office if a visit would be useful.\n\n"
            "Best,\nDaisuke\n\n"
            "On Tue, 13 Oct 2026 at 10:02, Rachel Tan <rachel.tan@phs-sg.com> wrote:\n"
            "> Hi Daisuke,\n"
            "> Our board asked how our dealers compare with Hinode's dealers in Japan.\n"
            "> Could you share the H1 dealer ranking, or anything we could use as a benchmark?\n"
            "> Thanks, Rachel\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply with regional aggregates; 'confidential' only in a sentence",
    },
    {
        "id": "hanbaiten-063",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["丸山 正和 <m.maruyama@maruyama-densetsu.co.jp>"],
        "cc": ["浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>"],
        "subject": "Re: 8月分奨励金の減額について",
        "charset": "shift_jis",
        "body": (
            "丸山社長\n\n"
            "ご指摘ありがとうございます。小野寺です。\n"
            "8月分の奨励金が想定より少なかった件、社内で確認いたしました。\n\n"
            "減額となったのは、7月出荷分のうち、お客様都合でキャンセルとなった蓄電池2台分"
            "（16,000円）を8月分で相殺したためです。\n"
            "相殺のご連絡が明細の備考欄のみで、事前のご説明が漏れておりました。大変失礼いたしました。\n\n"
            "なお、キャンセル分の1台は別のお客様に転売済みとのこと、伺っております。\n"
            "こちらは転売先の設置報告をポータルにご登録いただければ、9月分で再計上いたします。\n\n"
            "今後は相殺が発生する場合、明細確定前にご連絡するよう改めます。\n"
            "ご迷惑をおかけしました。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an incentive dispute with a dealer: tense but ordinary business mail",
    },
    {
        "id": "hanbaiten-064",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "ご相談：特約店従業員の逮捕報道と契約上の対応",
        "charset": "iso-2022-jp",
        "body": (
            "白川法律事務所\n白川 先生\n\n"
            "いつもお世話になっております。日の出産業 法務部の河野です。\n"
            "急ぎご相談させてください。\n\n"
            "特約店「南国ホームテック」（鹿児島）の営業担当、上村 翔太（うえむら しょうた、３４歳）が、"
            "高齢者宅への訪問販売で蓄電池の点検を装い高額契約を結ばせたとして、"
            "１０月１２日に特定商取引法違反（不実告知）の疑いで鹿児島県警に逮捕されたと報道されました。\n"
            "同人は弊社の認定施工スタッフ（認定番号 HSC-24-0992）でもあります。\n\n"
            "ご相談したい点：\n"
            "１．特約店契約第１９条（信用失墜行為）に基づく契約解除が可能か\n"
            "２．同人の認定資格の停止を、起訴前の段階で行ってよいか\n"
            "３．弊社がお客様へ直接連絡を取ることの可否\n\n"
            "報道記事の写しは追ってお送りします。\n"
            + sig2("河野 瑞穂", "法務部　契約管理課", "kono.mizuho", "03-5201-7760")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named dealer employee's arrest (criminal record, 要配慮個人情報) sent outside, even to the company's law firm",
    },
    {
        "id": "hanbaiten-065",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["全国ひので特約店会 事務局 <jimukyoku@tokuyakuten-kai.or.jp>"],
        "subject": "9月度　地区別・特約店別 販売実績（会員共有用）",
        "charset": "utf-8",
        "body": (
            "特約店会　事務局　御中\n\n"
            "お世話になっております。日の出産業の浅利です。\n"
            "会員共有用の9月度販売実績（特約店別）をCSVでお送りします。\n"
            "例月どおり、会員ページへの掲載をお願いいたします。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "attachments": [
            {
                "kind": "csv",
                "name": "hanbai_jisseki_202609.csv",
                "encoding": "utf-8",
                "rows": [
                    ["地区", "特約店コード", "特約店名", "蓄電池", "給湯器", "浄水器", "前年同月比"],
                    ["東北", "D1190", "会津設備工業", "4", "7", "12", "-"],
                    ["関東", "D1502", "マルヤマ電設", "31", "22", "58", "104%"],
                    ["関東", "D2041", "いずみ商会", "27", "15", "61", "112%"],
                    ["関東", "D2210", "みなと電器", "25", "19", "40", "99%"],
                    ["関東", "D2305", "サンエー住宅機器", "22", "24", "35", "108%"],
                    ["東海", "D2810", "東海リビング販売", "34", "21", "73", "115%"],
                    ["東海", "D2902", "ホクト設備", "18", "12", "29", "101%"],
                    ["北陸", "D3107", "北陸ホームサービス", "16", "9", "33", "131%"],
                    ["九州", "D4420", "九州ライフテック", "39", "17", "66", "124%"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "UTF-8 CSV of sales by dealer company for the dealer association: business figures",
    },
    {
        "id": "hanbaiten-066",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["スキルアップ研究所 講師派遣 <haken@skillup-lab.co.jp>"],
        "subject": "店長マネジメント研修　事前面談の対象者（4名）",
        "charset": "shift_jis",
        "body": (
            "株式会社スキルアップ研究所　講師派遣ご担当　加賀美様\n\n"
            "お世話になっております。日の出産業 研修センターの堀之内です。\n"
            "店長マネジメント研修の事前面談（オンライン30分）の対象者をお知らせします。\n"
            "日程は講師の方から直接ご本人へご連絡いただく段取りで、ご本人の了承を得ております。\n\n"
            "【1】\n東海リビング販売 豊田店 店長\n鈴村 拓 様\nTEL：090-7305-1187\nMail：suzumura@tokai-living.co.jp\n\n"
            "【2】\nいずみ商会 船橋店 店長\n東海林 大悟 様\nTEL：090-1276-5508\nMail：shoji.d@izumi-shokai.co.jp\n\n"
            "【3】\nサンエー住宅機器 川口ショールーム 店長\n五月女 瞳 様\nTEL：070-4483-2290\nMail：s.hitomi@san-ei-jk.co.jp\n\n"
            "【4】\n九州ライフテック 博多店 店長\n中園 みどり 様\nTEL：080-4421-9906\nMail：nakazono@kyushu-lifetech.co.jp\n\n"
            "よろしくお願いいたします。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four store managers' contacts, one block each, to the training vendor: four people, may be warned",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-067",
        "sender": "庄司 拓海 <shoji.takumi@hinode-sangyo.co.jp>",
        "to": ["会津設備工業 営業部 <eigyo@aizu-setsubi.co.jp>"],
        "subject": "FW: 会津地区のお客様の引継ぎについて",
        "charset": "utf-8",
        "body": (
            "会津設備工業　営業部　ご担当者様\n\n"
            "お世話になっております。日の出産業 仙台営業所の庄司です。\n"
            "マルヤマ電設さんが会津地区の対応を終了されるため、下記のお客様を貴社へ"
            "引き継いでいただきたく、マルヤマ電設さんからのメールを転送します。\n"
            "定期点検の時期が近い方から順にご連絡をお願いします。\n\n"
            "庄司\n\n"
            "---------- Forwarded message ----------\n"
            "From: 丸山 拓真 <t.maruyama@maruyama-densetsu.co.jp>\n"
            "Date: 2026年10月14日(水) 17:20\n"
            "Subject: 会津地区のお客様の引継ぎについて\n"
            "To: 庄司 拓海 <shoji.takumi@hinode-sangyo.co.jp>\n\n"
            "庄司さん\n"
            "会津地区で当社が施工・保守しているお客様です（CSV形式で貼ります）。\n\n"
            "氏名,電話,住所,製品,設置日,次回点検\n"
            "渡部 清,0242-27-5513,福島県会津若松市東山町石山院内112,HE-460A,2022/11/08,2026/11\n"
            "猪俣 春江,0242-32-0086,福島県会津若松市門田町工業団地8-2,SC-07,2023/05/19,2026/11\n"
            "目黒 公一,090-6612-4408,福島県喜多方市字寺町4711,HE-370A,2021/12/02,2026/12\n"
            "星 ちづる,0241-62-3971,福島県南会津郡南会津町田島字後原甲3505,HS-BW300,2024/02/14,2027/02\n"
            "五十嵐 優斗,080-3341-7720,福島県耶麻郡猪苗代町字新町4870,SC-07,2024/08/30,2027/02\n"
            "小檜山 正,0242-83-2209,福島県会津若松市北会津町下荒井字西河原29,HE-460A,2020/10/21,2026/10\n\n"
            "丸山\n"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded (new to this recipient) comma-separated list of six customers sent to another dealer",
    },
    {
        "id": "hanbaiten-068",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["スキルアップ研究所 営業部 加賀美様 <kagami@skillup-lab.co.jp>"],
        "subject": "e-ラーニング教材制作のお見積り依頼（蓄電池 提案トーク編）",
        "charset": "utf-8",
        "body": (
            "株式会社スキルアップ研究所　加賀美様\n\n"
            "先日はありがとうございました。日の出産業の堀之内です。\n"
            "特約店スタッフ向けe-ラーニング教材（蓄電池の提案トーク編）の制作について、"
            "仕様書をお送りしますので、お見積りをお願いいたします。\n"
            "なお、教材に含める弊社の販売データは、ご契約後に秘密保持契約を締結のうえご提供します。\n\n"
            "ご提出期限：11月6日（金）\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "教材制作仕様書_蓄電池提案トーク編.docx",
                "title": "e-ラーニング教材制作 仕様書",
                "paragraphs": [
                    "e-ラーニング教材制作 仕様書（蓄電池 提案トーク編）",
                    "1. 対象者：特約店の販売スタッフ（経験1年未満）約600名",
                    "2. 構成：全5章、各15分程度の動画＋確認テスト",
                    "3. 納品形式：SCORM 1.2（特約店ポータルのLMSに搭載）",
                    "4. 納期：2027年2月末",
                ],
                "tables": [[
                    ["章", "テーマ", "想定尺"],
                    ["1", "停電対策ニーズの聞き出し方", "15分"],
                    ["2", "電気代シミュレーションの見せ方", "15分"],
                    ["3", "補助金制度の説明", "12分"],
                    ["4", "よくある断り文句への対応", "18分"],
                    ["5", "契約時の重要事項説明", "15分"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote request with a DOCX specification; mentions a future NDA only",
    },
    {
        "id": "hanbaiten-069",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["九州ライフテック 営業本部 <sales@kyushu-lifetech.co.jp>"],
        "cc": ["小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>"],
        "subject": "10/8 定例会議事録の送付",
        "charset": "shift_jis",
        "body": (
            "九州ライフテック株式会社　営業本部　御中\n\n"
            "先日はお時間をいただきありがとうございました。日の出産業の古閑です。\n"
            "10月8日の定例会の議事録をお送りします。\n"
            "修正点がございましたら10月16日までにお知らせください。\n"
            + sig("古閑 美咲", "西日本販売店営業部　福岡営業所", "koga.misaki", "092-471-3320")
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "議事録_九州ライフテック定例_1008.docx",
                "paragraphs": [
                    "九州ライフテック様 定例会 議事録",
                    "日時：2026年10月8日（木）15:00〜16:30　場所：九州ライフテック本社",
                    "出席：九州ライフテック 有村部長、左右田課長、忽那主任／日の出産業 古閑、小野寺",
                    "1. 上期実績：販売台数1,284台（前年比124%）。地区ランキング1位。",
                    "2. 冬キャンペーン：給湯器の目標を月120台に設定。チラシは11/14配布開始。",
                    "3. 研修：新人4名を11月の基礎研修に派遣予定（名簿は別途）。",
                    "4. 宿題：日の出産業は展示機の追加（博多店1台）を11月中に手配。",
                ],
                "tables": [[
                    ["No", "宿題", "担当", "期限"],
                    ["1", "展示機の追加手配", "日の出産業 古閑", "11/30"],
                    ["2", "研修派遣者の名簿提出", "九州ライフテック 忽那主任", "10/30"],
                ]],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes in DOCX naming attendees by role only: no personal data",
    },
    {
        "id": "hanbaiten-070",
        "sender": "Daisuke Fujimaki <d.fujimaki@hinode-sangyo.co.jp>",
        "to": ["Kevin Lin <kevin.lin@formosa-living.com.tw>"],
        "subject": "2027 distributor pricing and margin structure (draft)",
        "charset": "utf-8",
        "body": (
            "Dear Kevin,\n\n"
            "As discussed in Taipei, please find attached the draft 2027 price and margin "
            "structure for Formosa Living. It includes our landed-cost breakdown, so please "
            "keep it within your management team until the agreement is signed.\n\n"
            "The main changes are the lower transfer price for the 7 kWh battery and a new "
            "marketing development fund of 2% of purchases.\n"
            + sig_en("Daisuke Fujimaki", "Manager, Overseas Sales Dept.", "d.fujimaki")
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "FormosaLiving_2027_pricing_DRAFT.xlsx",
                "title": "Formosa Living 2027 pricing (draft)",
                "page_header": "CONFIDENTIAL",
                "sheets": {
                    "Summary": [
                        ["CONFIDENTIAL - Hinode Sangyo / Formosa Living - 2027 pricing draft", "", "", ""],
                        [],
                        ["Model", "Transfer price (USD)", "Suggested retail (TWD)", "Distributor margin"],
                        ["SC-07 Sunrise Cell 7kWh", 3180, 158000, "32%"],
                        ["HS-BW300 water purifier", 285, 13800, "35%"],
                    ],
                    "Landed cost": [
                        ["CONFIDENTIAL - internal cost build-up", "", ""],
                        ["Model", "Ex-works cost (USD)", "Freight+duty (USD)"],
                        ["SC-07", 2210, 264],
                        ["HS-BW300", 176, 21],
                    ],
                    "MDF": [["Marketing development fund", "2% of purchases, claimable quarterly"]],
                },
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX stamped CONFIDENTIAL (page header and title rows) sent to an overseas distributor",
    },
    {
        "id": "hanbaiten-071",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["北陸ホームサービス 米田様 <yoneda.k@hokuriku-hs.co.jp>"],
        "cc": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "subject": "金沢店オープン　チラシ入稿スケジュールの件",
        "charset": "iso-2022-jp",
        "body": (
            "北陸ホームサービス　米田様\n"
            "（ｃｃ：錦印刷 営業部様）\n\n"
            "お世話になっております。日の出産業の小野寺です。\n"
            "金沢店オープンのチラシについて、錦印刷さんと入稿スケジュールを詰めました。\n\n"
            "　１０月２３日（金）　原稿確定（店舗地図・営業時間・オープン特典）\n"
            "　１０月２８日（水）　初校\n"
            "　１１月　２日（月）　校了\n"
            "　１１月１０日（火）　新聞折込（金沢市・野々市市　４万部）\n\n"
            "費用はオープン支援制度により弊社７割・貴社３割で、錦印刷さんから各社へ請求となります。\n"
            "店舗地図の元データを錦印刷さんへ直接お送りいただけますか。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "dealer in To and the partner printer in Cc: two external organisations, a normal three-way mail",
    },
    {
        "id": "hanbaiten-072",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["販売店営業部 <hanbaiten-eigyo@hinode-sangyo.co.jp>"],
        "subject": "個人賞候補者の確認（社内）",
        "charset": "utf-8",
        "html": (
            "<html><body>"
            "<p>販売店営業部各位</p>"
            "<p>個人賞候補者の連絡先と振込先を確認しています。各担当特約店の分に誤りがないか、"
            "10/16までに見てください。<b>社内限り</b>です。</p>"
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
            "<tr><th>氏名</th><th>特約店</th><th>生年月日</th><th>携帯</th><th>振込先</th></tr>"
            "<tr><td>左右田 美雪</td><td>九州ライフテック</td><td>平成２年７月１９日</td><td>090-2271-5503</td><td>福岡中央銀行 博多駅前 普通 0772615</td></tr>"
            "<tr><td>九十九 浩二</td><td>マルヤマ電設</td><td>S58.4.2</td><td>090-3812-4470</td><td>七十七銀行 国分町 普通 5128804</td></tr>"
            "<tr><td>小鳥遊 翼</td><td>東海リビング販売</td><td>H6.11.3</td><td>080-7714-2051</td><td>名古屋商工銀行 名駅 普通 6641203</td></tr>"
            "<tr><td>御手洗 亮</td><td>みなと電器</td><td>1987/01/28</td><td>090-4470-3312</td><td>もみじ信用金庫 紙屋町 普通 3309172</td></tr>"
            "<tr><td>八月一日 直</td><td>北陸ホームサービス</td><td>平成４年２月２９日</td><td>080-3356-9174</td><td>北海中央銀行 札幌駅前 普通 2285960</td></tr>"
            "<tr><td>忽那 俊介</td><td>九州ライフテック</td><td>1995/10/06</td><td>080-2258-6614</td><td>福岡中央銀行 天神 普通 1407738</td></tr>"
            "</table><p>浅利</p></body></html>"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "HTML-only table of six people's birth dates, phones and accounts, but to an internal list only",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-073",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 岩槻工場 総務課 <iwatsuki-somu@kawasaki-denki.co.jp>"],
        "subject": "11/5 工場見学（特約店優秀スタッフ）入構者情報の送付",
        "charset": "shift_jis",
        "body": (
            "川崎電機株式会社　岩槻工場　総務課　御中\n\n"
            "いつもお世話になっております。日の出産業 研修センターの堀之内です。\n"
            "11月5日（木）の蓄電池セル製造ライン見学の入構者をお知らせします。\n"
            "外国籍の方は在留カードの情報が必要とのことでしたので、あわせて記載します。\n\n"
            "・左右田 美雪（九州ライフテック）\n"
            "・九十九 浩二（マルヤマ電設）\n"
            "・NGUYEN VAN KHANH（グエン・ヴァン・カイン／みなと電器）\n"
            "　　国籍：ベトナム　生年月日：1996年8月14日\n"
            "　　在留カード番号：UH48215937KT　在留期限：2028年4月30日\n"
            "・堀之内 聡（日の出産業・引率）\n\n"
            "当日は9時45分に正門守衛所へ伺います。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a dealer employee's residence card number and birth date sent to a partner's factory",
    },
    {
        "id": "hanbaiten-074",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["東海リビング販売 営業推進部 <eigyo@tokai-living.co.jp>"],
        "subject": "ノベルティ（エコバッグ）発送のお知らせ",
        "charset": "utf-8",
        "body": (
            "東海リビング販売株式会社　営業推進部　佐治様\n\n"
            "お世話になっております。日の出産業の三宅です。\n"
            "冬キャンペーンのノベルティを本日、青葉運輸にて各店舗宛てに発送しました。\n\n"
            "・岡崎店　エコバッグ 300枚　お問合せ番号 4418-2207-6631\n"
            "・豊田店　エコバッグ 300枚　お問合せ番号 4418-2207-6642\n"
            "・安城店　エコバッグ 200枚　お問合せ番号 4418-2207-6653\n"
            "・刈谷店　エコバッグ 200枚　お問合せ番号 4418-2207-6664\n"
            "・本社　　卓上POP 40部　　　お問合せ番号 4418-2207-6675\n\n"
            "到着予定は明後日午前です。不足があればご連絡ください。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipment tracking numbers per shop: no personal data",
    },
    {
        "id": "hanbaiten-075",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["九州ライフテック 総務部 <somu@kyushu-lifetech.co.jp>"],
        "subject": "特約店契約　変更覚書（反社条項・個人情報条項）のご確認",
        "charset": "iso-2022-jp",
        "body": (
            "九州ライフテック株式会社\n総務部　御中\n\n"
            "お世話になっております。日の出産業 法務部の河野です。\n"
            "全特約店様にお願いしている契約の変更覚書について、ご説明いたします。\n\n"
            "１．反社会的勢力の排除（第２５条の全面改定）\n"
            "　暴力団排除条例の改正に合わせ、表明保証の対象に役員の近親者を加えます。\n\n"
            "２．個人情報の取扱い（第２７条の新設）\n"
            "　弊社がご紹介するお客様の個人情報について、利用目的を紹介案件の対応に限定し、"
            "案件終了後は速やかに削除いただくことを明記します。\n"
            "　また、お客様の一覧を他の特約店様と共有する場合は、弊社の事前承諾を要することとします。\n\n"
            "覚書は２部郵送いたしますので、ご捺印のうえ１部ご返送ください。\n"
            + sig2("河野 瑞穂", "法務部　契約管理課", "kono.mizuho", "03-5201-7760")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract amendment explained to one dealer; talks about personal data, carries none",
    },
    {
        "id": "hanbaiten-076",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["eigyo@tokai-living.co.jp", "soumu@maruyama-densetsu.co.jp"],
        "cc": ["office@hokuriku-hs.co.jp", "somu@san-ei-jk.co.jp"],
        "subject": "12月 認定施工スタッフ研修の日程（関東・東海・北陸）",
        "charset": "iso-2022-jp",
        "body": (
            "特約店　研修ご担当者様\n\n"
            "日の出産業 研修センターの堀之内です。\n"
            "１２月の認定施工スタッフ研修の日程が決まりましたのでお知らせします。\n\n"
            "　会場　　　　日程　　　　　　　定員\n"
            "　―――――――――――――――――――――\n"
            "　市川（千葉）１２／１～２　　　１６名\n"
            "　名古屋　　　１２／８～９　　　１２名\n"
            "　金沢　　　　１２／１５～１６　 ８名\n\n"
            "お申込みは特約店ポータルから、１１月２０日までにお願いします。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four dealer companies' addresses visible to each other in To and Cc",
    },
    {
        "id": "hanbaiten-077",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["根本 八重子 様 <yaeko.nemoto@icloud.com>"],
        "subject": "Re: 浄水器の設置ありがとうございました",
        "charset": "utf-8",
        "body": (
            "根本 八重子 様\n\n"
            "このたびは温かいお便りをいただき、ありがとうございます。\n"
            "日の出産業 お客様紹介デスクの相良でございます。\n\n"
            "たかはし住設様の工事にご満足いただけたとのこと、担当の高橋様にもお伝えいたしました。\n"
            "カートリッジの交換時期（約１年）が近づきましたら、たかはし住設様からご案内がございます。\n"
            "定期便をご希望の場合は、同社（029-224-6671）へお申し付けください。\n\n"
            "今後とも日の出産業の製品をよろしくお願い申し上げます。\n"
            + sig("相良 ひかり", "お客様紹介デスク", "sagara.hikari", "0120-661-022")
            + "\n> 日の出産業さま\n"
            "> 紹介していただいた、たかはし住設の方がとても丁寧で、水もおいしくなりました。\n"
            "> ありがとうございました。\n"
            "> ひたちなか市　根本\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private customer on iCloud; only the dealer's business phone in the new text",
    },
    {
        "id": "hanbaiten-078",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["会津設備工業 大河内様 <okouchi@aizu-setsubi.co.jp>"],
        "subject": "販売奨励金制度のご説明資料",
        "charset": "shift_jis",
        "body": (
            "会津設備工業株式会社　大河内様\n\n"
            "このたびは特約店契約のご締結、誠にありがとうございます。\n"
            "日の出産業 販売店支援室の浅利でございます。\n"
            "販売奨励金制度の説明資料をお送りいたします。\n"
            "初年度は新規特約店向けの立上げ支援（6か月間、台数奨励金1.5倍）が適用されます。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
            + DISCLAIMER
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "販売奨励金制度のご案内_2026下期.pdf",
                "title": "販売奨励金制度のご案内",
                "lines": [
                    "販売奨励金制度のご案内（2026年度下期）",
                    "1. 台数奨励金　蓄電池 1台 10,000円／給湯器 1台 6,000円",
                    "2. 新規獲得奨励金　カートリッジ定期便 1件 2,000円",
                    "3. 達成奨励金　前年同期比110％達成で出荷額の1.0％",
                    "4. 紹介奨励金　弊社紹介案件の成約 1件 3,000円",
                    "5. 支払　月末締め翌月25日払い（特約店ポータルで明細確認）",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "incentive programme PDF for a new dealer, with the standard disclaimer mentioning 機密",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-079",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["中条 遥 <nakajo@adplus-ag.co.jp>"],
        "subject": "インタビュー候補のお客様（アンケート回答より）",
        "charset": "utf-8",
        "html": (
            "<html><body style=\"font-size:10pt\">"
            "<p>アドプラス　中条様</p>"
            "<p>お世話になっております。三宅です。<br>"
            "カタログのインタビュー記事用に、アンケートで「取材協力可」と回答された方を抜き出しました。"
            "アドプラスさんから直接ご連絡いただき、3名ほどに絞っていただけますか。</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
            "<tr><th>回答No</th><th>お名前</th><th>年齢</th><th>お住まい</th><th>電話</th><th>メール</th><th>購入商品</th></tr>"
            "<tr><td>A-0032</td><td>薗田 由紀</td><td>44</td><td>東京都町田市原町田4-10-2</td><td>042-723-9055</td><td>yuki.sonoda@gmail.com</td><td>清流BW300</td></tr>"
            "<tr><td>A-0118</td><td>長谷部 修</td><td>67</td><td>神奈川県横浜市金沢区泥亀1-22-9</td><td>045-781-6326</td><td>hasebe.o@nifty-mail.jp</td><td>SC-07</td></tr>"
            "<tr><td>A-0154</td><td>乾 武史</td><td>52</td><td>奈良県奈良市小西町25</td><td>0742-22-3847</td><td>t-inui@kcn-net.jp</td><td>HE-460A</td></tr>"
            "<tr><td>A-0207</td><td>難波 さとみ</td><td>38</td><td>岡山県岡山市北区中山下1-9-55</td><td>086-224-1093</td><td>satomi.nanba@yahoo.co.jp</td><td>清流BW300</td></tr>"
            "<tr><td>A-0291</td><td>越智 孝一</td><td>71</td><td>愛媛県松山市大街道2-6-1</td><td>089-932-5518</td><td>—</td><td>SC-07</td></tr>"
            "<tr><td>A-0355</td><td>有村 ひとみ</td><td>49</td><td>鹿児島県鹿児島市中央町22-16</td><td>099-255-7720</td><td>h.arimura@icloud.com</td><td>HE-370A</td></tr>"
            "</table>"
            "<p>--<br>日の出産業株式会社 営業企画部 共同販促グループ<br>三宅 由衣<br>TEL 03-5201-7745</p>"
            "</body></html>"
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six survey respondents with addresses, phones and e-mail sent to the ad agency",
    },
    {
        "id": "hanbaiten-080",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": [
            "高橋 達也 <takahashi@takahashi-jyusetsu.co.jp>",
            "水戸エコホーム 菊池様 <kikuchi@mito-ecohome.co.jp>",
            "日立電機工房 鯉渕様 <hitachi.denkikobo@gmail.com>",
        ],
        "subject": "茨城地区 特約店連絡会（11/12）のご案内",
        "charset": "iso-2022-jp",
        "body": (
            "茨城地区　特約店の皆様\n\n"
            "お世話になっております。日の出産業の小野寺です。\n"
            "茨城地区の特約店連絡会を下記のとおり開催します。\n\n"
            "日時：１１月１２日（木）１５時～１７時\n"
            "場所：水戸市民会館　第２会議室\n"
            "議題：冬キャンペーンの地区施策、施工エリアの分担、紹介案件の対応状況\n\n"
            "ご出欠を１１月５日までにご返信ください。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "expect": "either",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three dealers of one regional group see each other; two are companies, the third a sole trader on gmail: a party count of 2 or 3",
    },
    {
        "id": "hanbaiten-081",
        "sender": "庄司 拓海 <shoji.takumi@hinode-sangyo.co.jp>",
        "to": ["会津設備工業 営業部 <eigyo@aizu-setsubi.co.jp>"],
        "subject": "新規特約店向け　導入研修のスケジュール",
        "charset": "shift_jis",
        "body": (
            "会津設備工業株式会社　営業部　御中\n\n"
            "お世話になっております。日の出産業 仙台営業所の庄司です。\n"
            "新規特約店様向けの導入研修（全4回）のスケジュールをお送りします。\n\n"
            "回  日程          時間          内容                          会場\n"
            "--  ------------  ------------  ----------------------------  ----------------\n"
            "1   11/04(水)     13:00-17:00   会社・製品概要、受発注の流れ  貴社会議室\n"
            "2   11/11(水)     13:00-17:00   浄水器の施工実習              貴社会議室\n"
            "3   11/18(水)     10:00-17:00   給湯器・蓄電池の施工実習      仙台営業所\n"
            "4   11/25(水)     13:00-16:00   ポータル操作、奨励金の仕組み  オンライン\n\n"
            "各回の参加人数を前週の金曜日までにお知らせください。\n"
            + sig("庄司 拓海", "東日本販売店営業部　仙台営業所", "shoji.takumi", "022-263-5510")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "padded plain-text schedule of training sessions: no people",
    },
    {
        "id": "hanbaiten-082",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["いずみ商会 本部 <izumi@izumi-shokai.co.jp>"],
        "subject": "上期 店舗別実績と下期目標（ご確認用）",
        "charset": "utf-8",
        "body": (
            "株式会社いずみ商会　本部　御中\n\n"
            "お世話になっております。日の出産業の浅利です。\n"
            "上期の店舗別実績と、下期の目標案をExcelでお送りします。\n"
            "11月の定例会でご相談させてください。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "attachments": [{"kind": "corrupt", "name": "いずみ商会_店舗別実績_下期目標.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected",
    },
    {
        "id": "hanbaiten-083",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["いずみ商会 本部 <izumi@izumi-shokai.co.jp>"],
        "subject": "【再送】上期 店舗別実績と下期目標（ご確認用）",
        "charset": "utf-8",
        "body": (
            "株式会社いずみ商会　本部　御中\n\n"
            "たびたび失礼いたします。日の出産業の浅利です。\n"
            "先ほどお送りしたファイルが破損して開けないとのご連絡をいただきました。\n"
            "大変失礼いたしました。改めてお送りします。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "いずみ商会_店舗別実績_下期目標.xlsx",
                "sheets": {
                    "上期実績": [
                        ["いずみ商会様　上期店舗別実績（2026年4月〜9月）", "", "", ""],
                        ["店舗", "蓄電池", "給湯器", "浄水器"],
                        ["船橋店", 38, 22, 96],
                        ["津田沼店", 21, 17, 64],
                        ["市川店", 44, 19, 58],
                        ["松戸店", 12, 25, 71],
                        ["柏店", 27, 14, 49],
                    ],
                    "下期目標": [
                        ["下期目標（案）", "", "", ""],
                        ["店舗", "蓄電池", "給湯器", "浄水器"],
                        ["船橋店", 42, 30, 100],
                        ["津田沼店", 24, 20, 70],
                        ["市川店", 46, 24, 60],
                        ["松戸店", 16, 30, 75],
                        ["柏店", 30, 18, 55],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "re-send of the same figures in a readable XLSX: shop-level business data",
    },
    {
        "id": "hanbaiten-084",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["販売店営業部 <hanbaiten-eigyo@hinode-sangyo.co.jp>"],
        "cc": ["椎名 涼 <shiina.ryo@hinode-sangyo.co.jp>"],
        "subject": "紹介デスク週報（10/5〜10/9）",
        "charset": "iso-2022-jp",
        "body": (
            "販売店営業部各位\n\n"
            "紹介デスクの週報です。今週の受付は１１件、うち６件を特約店へ紹介済みです。\n"
            "未紹介の５件は担当エリアの特約店が未定のため、各営業所で割振りをお願いします。\n\n"
            "受付日,氏名,電話,住所,希望商品\n"
            "10/05,万里小路 澄江,03-3724-5581,東京都目黒区自由が丘2-11-4,清流BW300\n"
            "10/06,舎人 一馬,080-5561-0297,東京都足立区舎人4-9-12,SC-07\n"
            "10/07,四月一日 聡美,045-933-2140,神奈川県横浜市緑区長津田6-3-8,HE-460A\n"
            "10/08,漆原 泰三,0294-22-6108,茨城県日立市助川町2-14-7,SC-07\n"
            "10/09,雲母 里奈,090-1473-8820,静岡県沼津市大手町3-6-19,清流BW300\n\n"
            "相良\n"
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "comma-separated list of five end customers, but only internal recipients",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-085",
        "sender": "藤巻 大輔 <d.fujimaki@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
        "subject": "11/20 懇親会　海外代理店ご招待客のお食事について",
        "charset": "utf-8",
        "body": (
            "さくらホテル　宴会予約課　ご担当者様\n\n"
            "お世話になっております。日の出産業 海外営業部の藤巻です。\n"
            "11月20日の懇親会に、マレーシアの代理店から3名をご招待しています。\n"
            "お食事について、個別のご配慮をお願いいたします。\n\n"
            "・Mr. Ahmad Faizal bin Hassan：イスラム教徒のため、ハラール対応の料理をお願いします"
            "（豚肉・アルコールを含む調味料不可）。乾杯はソフトドリンクで。\n"
            "・Ms. Nur Aisyah binti Rahman：同上（イスラム教徒）。\n"
            "・Mr. Rajesh Kumar：ヒンドゥー教徒のため牛肉不可、ベジタリアンメニューを希望。\n\n"
            "立食形式のため、3名様分は個別プレートでご用意いただけると助かります。\n"
            "お席の近くに、料理の内容を英語で示したカードを置いていただけますでしょうか。\n"
            + sig("藤巻 大輔", "海外営業部", "d.fujimaki", "03-5201-7780")
        ),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "three named guests' religion (信条, 要配慮個人情報) sent to the hotel",
    },
    {
        "id": "hanbaiten-086",
        "sender": "小野寺 健太 <onodera.kenta@hinode-sangyo.co.jp>",
        "to": ["サンエー住宅機器 営業部 田淵様 <tabuchi@san-ei-jk.co.jp>"],
        "cc": ["青葉運輸 市川センター <ichikawa@aoba-unyu.co.jp>"],
        "subject": "川口SR 展示機入替の搬入日程",
        "charset": "iso-2022-jp",
        "body": (
            "サンエー住宅機器　田淵様\n"
            "（ｃｃ：青葉運輸 市川センター様）\n\n"
            "お世話になっております。小野寺です。\n"
            "川口ショールームの展示機入替は、１２月３日（木）１０時搬入で青葉運輸さんと調整しました。\n"
            "旧展示機２台は同じ便で引き取ります。\n\n"
            "当日の立会いは、田淵様のご指示どおり店長の五月女様にお願いしています。\n"
            "青葉運輸さんは、到着３０分前に五月女様の携帯（０７０－４４８３－２２９０）へご連絡ください。\n\n"
            "よろしくお願いいたします。\n"
            + sig("小野寺 健太", "販売店営業部　販売推進課", "onodera.kenta", "03-5201-7731")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["multiple_external_domains", "personal_data"],
        "note": "dealer and carrier (two organisations) plus one contact person's mobile for the delivery",
    },
    {
        "id": "hanbaiten-087",
        "sender": "Satoshi Horinouchi <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["Licensing Team <licensing@brightpath-learning.com>"],
        "subject": "Licence renewal - \"Consultative Selling Basics\" video series",
        "charset": "utf-8",
        "body": (
            "Dear Licensing Team,\n\n"
            "We would like to renew our licence for the \"Consultative Selling Basics\" video "
            "series (contract BPL-JP-2291), which we use in the training programme for the "
            "sales staff of our dealers in Japan.\n\n"
            "Two changes compared with the current term:\n"
            "  1. Seats: from 400 to 650 named learners (our dealer network has grown).\n"
            "  2. Japanese subtitles: we would like to host our own subtitle files on our LMS.\n\n"
            "Could you send us a quotation for a 24-month term starting 1 January 2027? "
            "If a new NDA is needed for the subtitle source files, our legal department will "
            "be happy to sign your standard form.\n\n"
            "Kind regards,\n\nSatoshi Horinouchi\nDealer Training Team, Hinode Sangyo Co., Ltd.\n"
            "+81-3-5201-7790\n"
            + DISCLAIMER_EN
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English licence renewal to a training vendor; NDA mention and disclaimer only",
    },
    {
        "id": "hanbaiten-088",
        "sender": "片桐 潤 <katagiri.jun@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発 <dev@tsubasa-sytem.jp>"],
        "subject": "特約店ポータル　11月リリースの内容確認",
        "charset": "utf-8",
        "body": (
            "ツバサシステム　開発ご担当者様\n\n"
            "日の出産業 情報システム部の片桐です。\n"
            "11月リリース分の対応内容について、弊社側の認識を共有します。\n\n"
            "・奨励金明細PDFの500エラー修正（チケット#4471）\n"
            "・紹介案件画面に「お客様同意日」欄を追加\n"
            "・スタッフ管理画面で、退職者アカウントの一括停止\n"
            "・e-ラーニング修了データのCSV出力\n\n"
            "リリース日は11月17日（火）夜間、メンテナンス画面の文言は別途お送りします。\n"
            + sig("片桐 潤", "情報システム部　業務システム課", "katagiri.jun", "03-5201-7705")
        ),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "ordinary release mail, but to tsubasa-sytem.jp: a dropped letter of partner tsubasa-system.jp",
    },
    {
        "id": "hanbaiten-089",
        "sender": "古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>",
        "to": ["九州ライフテック 忽那主任 <kutsuna@kyushu-lifetech.co.jp>"],
        "subject": "RE: 11月基礎研修　派遣者名簿",
        "charset": "shift_jis",
        "body": (
            "忽那様\n\n"
            "名簿ありがとうございます。5名様で受け付けました。\n"
            "福岡から市川までの移動がありますので、前泊用にシングル5室を弊社で押さえます。\n"
            "交通費は研修支援制度で半額を奨励金に上乗せしてお支払いします。\n\n"
            "古閑\n\n"
            "差出人: 忽那 俊介 <kutsuna@kyushu-lifetech.co.jp>\n"
            "送信日時: 2026年10月28日 11:05\n"
            "宛先: 古閑 美咲 <koga.misaki@hinode-sangyo.co.jp>\n"
            "件名: 11月基礎研修　派遣者名簿\n\n"
            "古閑様\n"
            "11月の基礎研修の派遣者です。よろしくお願いします。\n"
            "・比嘉 健太　090-7720-3318　higa.k@kyushu-lifetech.co.jp\n"
            "・中園 みどり　080-4421-9906　nakazono@kyushu-lifetech.co.jp\n"
            "・松隈 蓮　090-5527-1036　matsuguma@kyushu-lifetech.co.jp\n"
            "・宇都 ひより　070-3318-4462　uto.h@kyushu-lifetech.co.jp\n"
            "・財部 航　080-6674-2915　takarabe@kyushu-lifetech.co.jp\n"
            "忽那\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five staff records only in the quoted original (差出人/送信日時) from the recipient himself",
    },
    {
        "id": "hanbaiten-090",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["北陸ホームサービス 代表取締役 宮腰 修 様 <miyakoshi@hokuriku-hs.co.jp>"],
        "subject": "ゴールド特約店 認定のお知らせ",
        "charset": "iso-2022-jp",
        "body": (
            "北陸ホームサービス株式会社\n代表取締役　宮腰 修 様\n\n"
            "謹啓　平素は格別のご高配を賜り、厚く御礼申し上げます。\n\n"
            "このたび貴社を、令和８年度下期より「ゴールド特約店」に認定いたしましたので、"
            "ここにお知らせ申し上げます。\n"
            "上期の販売実績が前年比１３１％と大きく伸長されたこと、研修受講率１００％を"
            "達成されたことを高く評価いたしました。\n\n"
            "ゴールド特約店には、仕切価格の優遇（１％）、展示機の無償貸与、"
            "共同販促費の補助率引上げ（５０％→６０％）が適用されます。\n"
            "認定証の画像を添付いたします。原本は１１月の表彰式にてお渡しいたします。\n\n"
            "謹白\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "attachments": [
            {
                "kind": "pdf",
                "name": "ゴールド特約店認定証.pdf",
                "lines": [
                    "認　定　証",
                    "北陸ホームサービス株式会社　殿",
                    "貴社を令和8年度下期 ゴールド特約店に認定します",
                    "令和8年10月1日",
                    "日の出産業株式会社　代表取締役社長　日野 昇",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "dealer rank-up notice and certificate for a company: no personal data",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-091",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["スキルアップ研究所 加賀美様 <kagami@skillup-lab.co.jp>"],
        "subject": "認定更新講習の受講対象者データ",
        "charset": "utf-8",
        "body": (
            "株式会社スキルアップ研究所　加賀美様\n\n"
            "お世話になっております。日の出産業の堀之内です。\n"
            "来年1月の認定更新講習（委託分）の受講対象者をWordでお送りします。\n"
            "受講票の作成と、受講者本人への日程連絡をお願いいたします。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "attachments": [
            {
                "kind": "docx",
                "name": "認定更新講習_対象者一覧_202701.docx",
                "title": "認定更新講習 対象者一覧",
                "paragraphs": [
                    "認定施工スタッフ　更新講習　対象者一覧（2027年1月実施分）",
                    "認定の有効期限が2027年3月末までの方",
                ],
                "tables": [[
                    ["認定番号", "氏名", "生年月日", "所属特約店", "携帯電話", "メール"],
                    ["HSC-21-0144", "薬師寺 光", "昭和５８年４月２日", "みなと電器", "090-6630-1845", "yakushiji@minato-denki.co.jp"],
                    ["HSC-21-0152", "鬼頭 舞", "Ｈ２．１１．３", "東海リビング販売", "080-9941-7723", "kito@tokai-living.co.jp"],
                    ["HSC-21-0167", "忽那 俊介", "1995/10/06", "九州ライフテック", "080-2258-6614", "kutsuna@kyushu-lifetech.co.jp"],
                    ["HSC-21-0173", "百目鬼 彩花", "平成元年６月１７日", "ホクト設備", "080-3317-0942", "doumeki@hokuto-setsubi.jp"],
                    ["HSC-21-0188", "五月女 瞳", "S61.9.25", "サンエー住宅機器", "070-4483-2290", "s.hitomi@san-ei-jk.co.jp"],
                    ["HSC-21-0190", "東海林 大悟", "昭和６３年１月８日", "いずみ商会", "090-1276-5508", "shoji.d@izumi-shokai.co.jp"],
                    ["HSC-21-0203", "Yamamoto Kenji", "1979/03/30", "マルヤマ電設", "090-2218-6604", "yamamoto.k@maruyama-densetsu.co.jp"],
                ]],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of seven dealer staff with birth dates (和暦 and western), phones and e-mail to the training vendor",
    },
    {
        "id": "hanbaiten-092",
        "sender": "相良 ひかり <sagara.hikari@hinode-sangyo.co.jp>",
        "to": ["みなと電器 横浜店 <yokohama@minato-denki.co.jp>"],
        "subject": "【お客様ご紹介】横浜市内 4件",
        "charset": "iso-2022-jp",
        "body": (
            "株式会社みなと電器　横浜店　ご担当者様\n\n"
            "お世話になっております。日の出産業 お客様紹介デスクの相良です。\n"
            "横浜市内のお客様４件をご紹介します。いずれも貴店からの連絡にご同意済みです。\n\n"
            "◆１件目\n"
            "　長谷部 修 様　０４５－７８１－６３２６\n"
            "　横浜市金沢区泥亀１－２２－９\n"
            "　蓄電池のご相談（太陽光 4.2kW 設置済み）\n\n"
            "◆２件目\n"
            "　芹澤 ユリ 様　０８０－２２９３－５５１７\n"
            "　横浜市港北区日吉本町３－４１－６\n"
            "　浄水器 ビルトインへの交換\n\n"
            "◆３件目\n"
            "　Matthew Collins 様（英語対応希望）　０９０－４４７１－０３８２\n"
            "　横浜市中区山手町２４６\n"
            "　給湯器の交換見積り\n\n"
            "◆４件目\n"
            "　伊集院 博 様　０４５－４０１－７７６８\n"
            "　横浜市神奈川区六角橋１－９－２\n"
            "　蓄電池（停電対策）\n\n"
            "対応状況は紹介管理シートへのご入力をお願いいたします。\n"
            + sig("相良 ひかり", "お客様紹介デスク", "sagara.hikari", "0120-661-022")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four consenting customers referred to a dealer, one block each: under five people, may be warned",
    },
    {
        "id": "hanbaiten-093",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["東海リビング販売 営業推進部 <eigyo@tokai-living.co.jp>"],
        "subject": "下期 共同販促費の精算表（案）",
        "charset": "utf-8",
        "body": (
            "東海リビング販売株式会社　営業推進部　佐治様\n\n"
            "お世話になっております。三宅です。\n"
            "下期の共同販促費の精算表（案）をお送りします。\n"
            "「施策別」シートの負担割合に相違がないかご確認ください。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "attachments": [
            {
                "kind": "xlsx",
                "name": "共同販促費精算表_東海リビング販売_下期.xlsx",
                "sheets": {
                    "施策別": [
                        ["共同販促費 精算表（2026年度下期）東海リビング販売様", "", "", "", ""],
                        ["単位：円（税抜）", "", "", "", ""],
                        ["施策", "総額", "日の出負担率", "日の出負担額", "貴社負担額"],
                        ["新聞折込（冬キャンペーン）", 1800000, "50%", 900000, 900000],
                        ["店頭イベント（岡崎・豊田）", 640000, "30%", 192000, 448000],
                        ["地域情報誌", 360000, "50%", 180000, 180000],
                        ["SNS広告", 240000, "50%", 120000, 120000],
                    ],
                    "月別": [
                        ["月別支払予定", "", ""],
                        ["月", "日の出負担額", "備考"],
                        ["11月", 612000, "折込・情報誌"],
                        ["12月", 600000, "折込・SNS"],
                        ["1月", 180000, "イベント"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "co-marketing cost split XLSX between Hinode and a dealer: business figures",
    },
    {
        "id": "hanbaiten-094",
        "sender": "椎名 涼 <shiina.ryo@hinode-sangyo.co.jp>",
        "to": ["九州ライフテック 営業本部 <sales@kyushu-lifetech.co.jp>"],
        "subject": "保証登録状況（機種別・月別集計）の送付",
        "charset": "shift_jis",
        "body": (
            "九州ライフテック株式会社　営業本部　御中\n\n"
            "お世話になっております。日の出産業 お客様相談室の椎名です。\n"
            "ご依頼の保証登録状況を、機種別・月別に集計してお送りします（個人情報は含みません）。\n"
            "登録率が低い給湯器について、施工時の登録案内の徹底をお願いできれば幸いです。\n"
            + sig("椎名 涼", "お客様相談室", "shiina.ryo", "0120-661-011")
        ),
        "attachments": [
            {
                "kind": "zip",
                "name": "hosho_toroku_shukei_kyushu.zip",
                "files": [
                    {"kind": "csv", "name": "kishubetsu.csv", "encoding": "cp932",
                     "rows": [["機種", "出荷台数", "保証登録数", "登録率"],
                              ["SC-07", "512", "488", "95.3%"],
                              ["HE-460A", "301", "214", "71.1%"],
                              ["HE-370A", "166", "121", "72.9%"],
                              ["HS-BW300", "905", "802", "88.6%"]]},
                    {"kind": "csv", "name": "tsukibetsu.csv", "encoding": "cp932",
                     "rows": [["月", "保証登録数"], ["2026-04", "241"], ["2026-05", "263"],
                              ["2026-06", "270"], ["2026-07", "288"], ["2026-08", "301"], ["2026-09", "262"]]},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "plain ZIP of two aggregate CSVs (counts by model and month), no individual registrations",
    },
    {
        "id": "hanbaiten-095",
        "sender": "浅利 早苗 <asari.sanae@hinode-sangyo.co.jp>",
        "to": ["たかはし住設 高橋様 <takahashi@takahashi-jyusetsu.co.jp>"],
        "subject": "【ご依頼】四半期販売報告のご登録（期限 10/20）",
        "charset": "iso-2022-jp",
        "body": (
            "有限会社たかはし住設\n高橋 達也 様\n\n"
            "お世話になっております。日の出産業 販売店支援室の浅利です。\n"
            "７月～９月の四半期販売報告が、まだポータルにご登録いただけていないようです。\n"
            "達成奨励金の算定に必要となりますので、１０月２０日（火）までにご登録をお願いいたします。\n\n"
            "ご登録は「ポータル ＞ 実績報告 ＞ 四半期報告」から、機種別の台数を入力するだけです。\n"
            "お客様のお名前やご住所の入力は不要です。\n\n"
            "ご不明な点があればお電話ください。\n"
            + sig("浅利 早苗", "販売店支援室", "asari.sanae", "03-5201-7738")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reminder to a dealer about a sales report: ordinary mail",
    },
    {
        "id": "hanbaiten-096",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "特約店通信 冬号　入稿原稿",
        "charset": "utf-8",
        "body": (
            "錦印刷株式会社　制作部　ご担当者様\n\n"
            "お世話になっております。三宅です。\n"
            "「特約店通信」冬号の原稿をお送りします。巻頭インタビューは先方の校正済みです。\n\n"
            "■巻頭インタビュー　「地域に根ざして30年」\n"
            "北陸ホームサービス株式会社　代表取締役　宮腰 修 氏\n"
            "富山市で創業して30年。給湯器の修理から始まった同社は、いまや北陸3県に5店舗を構える。"
            "「お客様の家の配管を一番知っているのは地元の設備屋。だから蓄電池も、"
            "家全体を見て提案できるんです」と宮腰社長は語る。\n\n"
            "■特集　冬の給湯器キャンペーン\n"
            "■研修だより　認定施工スタッフが全国で1,000名を突破\n"
            "■お知らせ　特約店ポータル 11月リリースの新機能\n\n"
            "写真データは別途、大容量転送でお送りします。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "newsletter copy naming a dealer's president in an interview: a public business role, no personal data",
    },
]

MESSAGES += [
    {
        "id": "hanbaiten-097",
        "sender": "三宅 由衣 <miyake.yui@hinode-sangyo.co.jp>",
        "to": ["中条 遥 <nakajo@adplus-ag.co.jp>"],
        "subject": "店舗検索マップ　個人経営の取扱店（追加6店）",
        "charset": "shift_jis",
        "body": (
            "アドプラス　中条様\n\n"
            "お世話になっております。三宅です。\n"
            "Webの店舗検索マップに、個人経営の取扱店6店を追加してください。\n"
            "いずれも店舗兼住宅で、店の電話は店主の携帯です。掲載は各店主の了承済みです。\n\n"
            "屋号              店主           電話            所在地\n"
            "----------------  -------------  --------------  ------------------------------------\n"
            "鯉渕電器          鯉渕 和夫      090-3301-7718   茨城県日立市東成沢町3-4-21\n"
            "ひらぬま設備      平沼 豪        080-4419-2260   埼玉県越谷市南越谷3-14-6\n"
            "でんきの石動      石動 喜一      090-5522-0814   富山県小矢部市石動町7-12\n"
            "越智住設          越智 正範      080-1146-3392   愛媛県今治市常盤町4-2-9\n"
            "湧川ホームテック  湧川 朝栄      090-8817-5506   沖縄県うるま市安慶名2-18-3\n"
            "かもしか設備      羚山 ちひろ    070-2285-6643   長野県松本市梓川倭2260-1\n\n"
            "営業時間はすべて 9:00〜18:00（日曜定休）で統一して問題ありません。\n"
            + sig("三宅 由衣", "営業企画部　共同販促グループ", "miyake.yui", "03-5201-7745")
        ),
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six one-person shops: owner names, mobile numbers and home-shop addresses, published with consent; business list or list of people",
    },
    {
        "id": "hanbaiten-098",
        "sender": "堀之内 聡 <horinouchi.satoshi@hinode-sangyo.co.jp>",
        "to": ["スキルアップ研究所 講師派遣 <haken@skillup-lab.co.jp>"],
        "subject": "事前面談対象者の連絡先訂正（１名）",
        "charset": "shift_jis",
        "body": (
            "スキルアップ研究所　加賀美様\n\n"
            "お世話になっております。日の出産業の堀之内です。\n"
            "先日お送りした事前面談の対象者のうち、１名の連絡先に誤りがありました。\n"
            "大変失礼いたしました。下記に訂正をお願いいたします。\n\n"
            "　対象者：東海林 大悟 様（いずみ商会 船橋店 店長）\n"
            "　（誤）ＴＥＬ：０９０－１２７６－５５０８\n"
            "　（正）ＴＥＬ：０９０－１２７６－５５８０\n"
            "　メール：shoji.d@izumi-shokai.co.jp（変更なし）\n\n"
            "ご本人には、講師の方からご連絡が入る旨をお伝え済みです。\n"
            + sig("堀之内 聡", "研修センター　販売店研修チーム", "horinouchi.satoshi", "03-5201-7790")
        ),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one person's corrected phone number (full-width digits) to the training vendor",
    },
    {
        "id": "hanbaiten-099",
        "sender": "日の出産業 販売店支援室 <hanbaiten-shien@hinode-sangyo.co.jp>",
        "to": ["日の出産業 販売店支援室 <hanbaiten-shien@hinode-sangyo.co.jp>"],
        "bcc": [
            "m.maruyama@maruyama-densetsu.co.jp", "eigyo@tokai-living.co.jp",
            "honbu@hokuto-setsubi.jp", "sales@kyushu-lifetech.co.jp",
            "izumi@izumi-shokai.co.jp", "info@minato-denki.co.jp",
            "office@hokuriku-hs.co.jp", "somu@san-ei-jk.co.jp",
            "takahashi@takahashi-jyusetsu.co.jp", "eigyo@aizu-setsubi.co.jp",
            "hiranuma_setsubi@yahoo.co.jp", "hitachi.denkikobo@gmail.com",
        ],
        "subject": "年末年始の受注・出荷スケジュールと本年の御礼",
        "charset": "iso-2022-jp",
        "body": (
            "特約店の皆様\n\n"
            "（ＢＣＣにて一斉にお送りしております）\n\n"
            "本年も格別のお引き立てを賜り、誠にありがとうございました。\n"
            "おかげさまで、特約店様経由の販売台数は過去最高となる見込みです。\n\n"
            "年末年始の受注・出荷は下記のとおりとなります。\n"
            "　受注締切　　１２月２５日（金）１５時\n"
            "　最終出荷　　１２月２８日（月）\n"
            "　休業期間　　１２月２９日（火）～１月４日（月）\n"
            "　出荷再開　　１月５日（火）\n\n"
            "休業期間中の緊急の修理依頼は、従来どおり修理受付センター（０１２０－６６１－０３３）で"
            "承ります。\n\n"
            "来年も変わらぬご愛顧のほど、よろしくお願い申し上げます。\n"
            + sig2("販売店支援室", "販売店支援室", "hanbaiten-shien", "03-5201-7738")
        ),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "year-end notice to all dealers (including two on free mail) correctly in Bcc",
    },
    {
        "id": "hanbaiten-100",
        "sender": "河野 瑞穂 <kono.mizuho@hinode-sangyo.co.jp>",
        "to": ["大河内 誠 <okouchi@aizu-setsubi.co.jp>"],
        "subject": "Re: Re: 秘密保持契約書（案）のご送付",
        "charset": "utf-8",
        "body": (
            "大河内様\n\n"
            "ご確認ありがとうございます。河野です。\n"
            "ご指摘の第２条について、口頭で開示した情報も、開示後１４日以内に書面で"
            "秘密である旨を通知したものは秘密情報に含める、という修正で弊社も異存ございません。\n"
            "第７条の存続期間３年もそのままで結構です。\n\n"
            "修正版を電子契約サービスでお送りしますので、ご署名をお願いいたします。\n"
            "締結後、営業の庄司より仕切価格表と奨励金の詳細をご説明いたします。\n\n"
            "河野\n\n"
            "> 河野様\n"
            "> 契約書案を拝見しました。第２条の秘密情報の定義ですが、会議の場で口頭で\n"
            "> お聞きする情報も多いと思いますので、口頭開示分の扱いを明記いただけますか。\n"
            "> それ以外は特に異存ございません。\n"
            "> 大河内\n"
            ">\n"
            ">> 会津設備工業株式会社\n"
            ">> 常務取締役　大河内 誠 様\n"
            ">> 特約店契約のご検討にあたり、事前に秘密保持契約を締結させていただきたく…\n"
        ),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply thread negotiating an NDA clause: talk about 秘密情報, no marking, no personal data",
    },
]


# ISO-2022-JP mailers send JIS X 0208 characters: the full-width tilde and hyphen-minus
# typed on Windows go out as WAVE DASH (〜) and MINUS SIGN (−).
_JIS = str.maketrans({"\uff5e": "\u301c", "\uff0d": "\u2212"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)
