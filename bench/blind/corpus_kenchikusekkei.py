"""Blind corpus — area: kenchikusekkei (住宅設計・リフォーム設計).

日の出産業株式会社 住宅事業部 設計室: the design office that works with homeowners (施主) and
their families, builders (工務店), structural engineers, the city / 指定確認検査機関 for
建築確認, kitchen and window makers, care managers (介護保険住宅改修, バリアフリー), banks
(住宅ローン) and 司法書士.  Written from BRIEF.md only; every person, number and address
below is invented (My Numbers and card numbers come from build.py's helpers).
"""

from build import card_number, my_number

SEED = 50201

# -- numbers from the helpers (k distinct in this file) ---------------------------------
MN_KIRYU = my_number(SEED + 1)        # 005
MN_DESIGNER = my_number(SEED + 2)     # 022
MN_ISHIGURO_H = my_number(SEED + 3)   # 062
MN_ISHIGURO_W = my_number(SEED + 4)   # 062
MN_QUOTED = my_number(SEED + 5)       # 068 (only in quoted text)
CARD_DOUMEKI = card_number(SEED + 21)  # 019


def _sp(n: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(n[i:i + size] for i in range(0, len(n), size))


def _fw(s: str) -> str:
    """ASCII digits and hyphen → full-width, as people type them in IME mode."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


OFFICE = ("日の出産業株式会社 住宅事業部 設計室\n"
          "〒222-0033 神奈川県横浜市港北区新横浜二丁目15番8号 日の出新横浜ビル6F\n"
          "TEL 045-477-3810（代） FAX 045-477-3811")

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_JA2 = ("【ご注意】このメールおよび添付ファイルは、宛先に記載された方のみを対象としています。"
            "宛先に心当たりのない方は、恐れ入りますが破棄していただきますようお願いいたします。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this "
           "e-mail. Any unauthorised copying or distribution is prohibited.")


def sig(name: str, title: str, direct: str, mail: str) -> str:
    return (f"――――――――――――――――――――\n{name}\n{title}\n{OFFICE}\n"
            f"直通 {direct}\nMail {mail}\n――――――――――――――――――――")


SIG_SHIBATA = sig("柴田 拓海（しばた たくみ）", "住宅設計課 二級建築士", "045-477-3824",
                  "shibata.takumi@hinode-sangyo.co.jp")
SIG_TAKASE = sig("高瀬 真理子", "住宅設計課 主任 一級建築士", "045-477-3821",
                 "takase.mariko@hinode-sangyo.co.jp")
SIG_ONODERA = sig("小野寺 遥", "リフォーム設計課 福祉住環境コーディネーター2級", "045-477-3832",
                  "onodera.haruka@hinode-sangyo.co.jp")
SIG_TODO = ("--\n藤堂 健（現場監理）\n日の出産業（株）住宅事業部 設計室\n"
            "携帯 080-6604-2271 / 事務所 045-477-3810\ntodo.ken@hinode-sangyo.co.jp")
SIG_KUZE = ("*************************************\n 日の出産業株式会社\n 住宅事業部 住宅営業課 資金計画担当\n"
            " 久世 沙織  Saori Kuze\n TEL:045-477-3840  FAX:045-477-3811\n"
            " E-mail:kuze.saori@hinode-sangyo.co.jp\n*************************************")
SIG_MIYOSHI = "三好 奈緒（設計室 アシスタント）\n内線 3815"
SIG_ETO = sig("江藤 亮介", "設計室 確認申請担当 一級建築士", "045-477-3828",
              "eto.ryosuke@hinode-sangyo.co.jp")
SIG_MANABE = ("────────────\n真鍋 このみ｜インテリアコーディネーター\n日の出産業株式会社 住宅事業部 設計室\n"
              "TEL 045-477-3836\nmanabe.konomi@hinode-sangyo.co.jp\n────────────")
SIG_KAWAI = "河合 慎一\n日の出産業株式会社 住宅事業部 設計室 室長\nTEL 045-477-3811 / 内線 3801"
SIG_HARTMANN = ("Olivia Hartmann\nDesign Coordinator, Residential Design Office\n"
                "Hinode Sangyo Co., Ltd.\n6F Hinode Shin-Yokohama Bldg., 2-15-8 Shin-Yokohama,\n"
                "Kohoku-ku, Yokohama 222-0033, Japan\nTel +81-45-477-3838\n"
                "olivia.hartmann@hinode-sangyo.co.jp")

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-001",
        "charset": "iso-2022-jp",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>"],
        "subject": "【桐生様邸】完成見学会のご予約状況（10/19・10/20）",
        "body": f"""森山工務店
青柳様

いつもお世話になっております。日の出産業の柴田です。

今週末の桐生様邸 完成見学会ですが、本日17時時点のご予約状況をお送りします。
駐車場誘導の人員配置の参考にしてください（お車ありの方が多めです）。

 No  日時         お名前             電話番号         人数  お車
 --- ------------ ------------------ ---------------- ----- --------
  1  19日 10:00   相葉 俊介 様       090-3318-6402    3名   有(1台)
  2  19日 10:00   東海林 由紀 様     080-5521-0937    2名   無
  3  19日 11:30   御手洗 亮 様       070-2284-5519    4名   有(1台)
  4  19日 13:30   月見里 かおり 様   090-7730-1186    2名   有(1台)
  5  19日 15:00   廣中 雄大 様       080-4419-8823    5名   有(2台)
  6  20日 10:00   四十物 健 様       090-6652-3370    3名   無
  7  20日 11:30   新谷 まゆみ 様     070-5108-7741    2名   有(1台)
  8  20日 13:30   堀籠 貴之 様       080-2967-0054    4名   有(1台)

当日は受付を弊社の三好が担当します。
スリッパ・養生の準備は前回同様でお願いできますでしょうか。

よろしくお願いいたします。

{SIG_SHIBATA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list of 8 open-house visitors with mobile numbers sent to an external builder (reason 1)",
    },
    {
        "id": "kenchikusekkei-002",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["森山 大輔 <d.moriyama@moriyama-koumuten.co.jp>"],
        "cc": ["shibata.takumi@hinode-sangyo.co.jp"],
        "subject": "Re: 地鎮祭の日程について（五百旗頭様邸）",
        "body": f"""森山社長

お世話になっております。藤堂です。
地鎮祭の件、施主様にも確認が取れましたので以下で確定とさせてください。

  日時：11月8日（土）大安 10:00～（9:30集合）
  場所：現地（都筑区 建築予定地）
  神社：杉山神社さん（玉串料は施主様ご負担、手配は御社にてお願いします）
  テント・砂・お供え物：御社手配
  弊社からの参加：藤堂、柴田

雨天の場合も決行で、テントのみ追加をお願いします。
当日の進行表ができましたら共有いたします。

引き続きよろしくお願いいたします。

{SIG_TODO}

{DISC_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary scheduling mail to one builder; ceremony logistics, standard disclaimer",
    },
    {
        "id": "kenchikusekkei-003",
        "charset": "utf-8",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "乙部様邸 介護改修（手すり・段差解消）の件",
        "body": f"""匠ホーム建設株式会社
工務部 山際 様

お世話になっております。日の出産業 リフォーム設計の小野寺です。
先日ご相談した乙部様邸の介護改修について、ご家族への聞き取り内容をまとめました。
手すりの位置・高さを決める前提になりますので、施工前にご一読ください。

■工事場所
　東京都町田市玉川学園五丁目21番3号（乙部 早苗 様 方）

■対象となる方
　乙部 正蔵 様（施主 早苗様のお父様・82歳）
　・昨年3月に脳梗塞を発症、左半身に麻痺が残っており、右手で杖をついて歩行
　・要介護2の認定あり（ケアマネ：ひだまり 林様）
　・夜間のトイレで転倒が2回あり、ご家族が一番心配されている点です

■改修内容（案）
　1) 寝室→トイレの廊下：右側（本人の健側）に連続手すり H=750
　2) トイレ：L型手すり、ドアを引き戸に変更
　3) 浴室入口の段差 40mm 解消（すのこ不可、床かさ上げ）
　4) 玄関上がり框：縦手すり＋式台

介護保険の住宅改修費（上限20万円）を使う予定のため、着工は理由書の提出・承認後になります。
見積は項目ごとに分けていただけると助かります。

{SIG_ONODERA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "named person's stroke, paralysis and care level sent to an external builder (reason 3)",
    },
    {
        "id": "kenchikusekkei-004",
        "charset": "utf-8",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["鬼塚 隆 <takashi.onizuka0815@gmail.com>"],
        "subject": "Re: 間取りの再検討について",
        "body": f"""鬼塚様

ご連絡ありがとうございます。日の出産業の高瀬です。
子ども部屋を将来2つに分けられるようにしたい、とのこと承知しました。
次回打合せ（11/2 14:00～、弊社ショールーム）までに、
・2階 子ども部屋を 8畳→4畳×2 に仕切れる案
・収納を廊下側にまとめる案
の2案をご用意いたします。

当日は奥様もご一緒と伺っておりますので、キッズスペースを準備しておきます。

高瀬

> 高瀬さん
> いつもありがとうございます。鬼塚です。
> 先日の間取り案、家族で話し合いました。
> 長男（小3）と長女（年中）が大きくなったら部屋を分けたいので、
> 子ども部屋を仕切れるようにできないでしょうか。
> あと妻の実家（静岡市葵区）から母がたまに泊まりに来るので、
> 1階の和室は残したいです。
> 平日は 090-4410-7723 に電話いただいても大丈夫です。
> 鬼塚 隆

{SIG_TAKASE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one homeowner on gmail; his family details are only in the quoted text",
    },
    {
        "id": "kenchikusekkei-005",
        "charset": "iso-2022-jp",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["成瀬 浩二 <naruse@naruse-tax.jp>"],
        "subject": "桐生様 住宅ローン控除（初年度確定申告）の資料について",
        "body": f"""成瀬税理士事務所
成瀬 先生

いつも大変お世話になっております。日の出産業の久世でございます。
先日ご紹介いたしました桐生様の住宅借入金等特別控除の初年度申告の件、
必要事項をお送りいたします。

　氏名　　：桐生 誠司（きりゅう せいじ）
　個人番号：{_sp(MN_KIRYU)}
　住所　　：神奈川県横浜市青葉区美しが丘西三丁目14番7号
　入居日　：令和6年12月20日
　借入先　：みどり銀行 たまプラーザ支店

登記事項証明書と売買契約書の写しは、明日郵送にてお届けいたします。
ご不明点がございましたらお知らせくださいませ。

何卒よろしくお願いいたします。

{SIG_KUZE}
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a homeowner's My Number sent to an external tax accountant (reason 2)",
    },
    {
        "id": "kenchikusekkei-006",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["aoyagi@moriyama-koumuten.co.jp"],
        "subject": "五百旗頭様邸 近隣挨拶先リスト",
        "body": """青柳さん

お疲れさまです。藤堂です。
着工前の近隣挨拶、来週火曜にご一緒できればと思います。
挨拶先をリストにしました（施主様に伺った内容＋現地確認）。タオルは7軒分でお願いします。

区分	氏名	住所	電話	備考
北隣	宍戸 昭夫	横浜市都筑区牛久保西2-8-14	045-911-3382	高齢のご夫婦、日中在宅
南隣	菅生 真奈美	横浜市都筑区牛久保西2-8-18	090-2271-6630	在宅ワーク、騒音に敏感とのこと
西隣	オルセン 直美	横浜市都筑区牛久保西2-8-20	080-7315-4402	犬2匹あり
向かい	仁科 勝	横浜市都筑区牛久保西2-9-3	045-913-0917
向かい	蔀 千晴	横浜市都筑区牛久保西2-9-5	070-6648-2295	車の出入り多い
斜め	多々良 幸一	横浜市都筑区牛久保西2-9-7	045-914-5561
裏	柘植 美幸	横浜市都筑区牛久保西2-7-11	090-8832-0146	境界ブロックの件で以前施主と話あり

よろしくお願いします。

""" + SIG_TODO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 7 neighbours with addresses and phones to an external builder (reason 1)",
    },
    {
        "id": "kenchikusekkei-007",
        "charset": "utf-8",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["廣中 雄大 <y_hironaka@yahoo.co.jp>"],
        "subject": "施工をお願いしている工務店のご紹介",
        "body": f"""廣中様

先日は見学会にお越しいただき、ありがとうございました。日の出産業の柴田です。
ご質問いただいた「実際に施工する工務店」について、弊社の主な協力会社をご紹介します。
いずれも弊社の設計で10年以上施工実績のある会社です。

・株式会社森山工務店（横浜市都筑区）
　代表 045-942-1180 ／ 〒224-0041 横浜市都筑区仲町台三丁目4番2号
・匠ホーム建設株式会社（川崎市宮前区）
　代表 044-866-2010 ／ 〒216-0006 川崎市宮前区宮前平一丁目7番10号
・早瀬建設株式会社（町田市）
　代表 042-795-3341 ／ 〒194-0013 町田市原町田四丁目2番5号

エリアによって担当が変わりますので、建設予定地が決まりましたらお知らせください。
引き続きよろしくお願いいたします。

{SIG_SHIBATA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "list of builders' switchboards and office addresses (businesses) to one free-mail prospect",
    },
    {
        "id": "kenchikusekkei-008",
        "charset": "utf-8",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginkou.co.jp>"],
        "subject": "事前審査のお願い（鷲尾様）",
        "body": f"""みどり銀行 ローンセンター
宮坂様

お世話になっております。日の出産業の久世です。
提携ローンの事前審査を1件お願いいたします。

　申込人　　鷲尾 達也 様
　生年月日　1986年7月23日
　勤務先　　株式会社東邦精機（勤続9年）
　年収　　　税込 684万円
　借入希望　4,200万円（35年・変動）
　物件　　　横浜市緑区長津田町 土地＋新築注文住宅

申込書・同意書のPDFは、本日中に別送いたします。
よろしくお願いいたします。

{SIG_KUZE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "recipient domain midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp (reason 5)",
    },
    {
        "id": "kenchikusekkei-009",
        "charset": "iso-2022-jp",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginko.co.jp>"],
        "cc": ["河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>"],
        "subject": "11月分 提携ローン事前審査 申込予定者一覧の送付",
        "body": f"""みどり銀行 ローンセンター
宮坂様

いつもお世話になっております。日の出産業の久世です。
11月に事前審査をお願いする予定のお客様一覧をお送りいたします。
添付Excelの「申込者一覧」「物件概要」シートをご確認ください。

審査書類の原本は、お客様ごとに順次お持ちいたします。
ご確認のほど、よろしくお願い申し上げます。

{SIG_KUZE}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "事前審査申込予定者一覧_2025年11月.xlsx",
            "title": "提携住宅ローン 事前審査 申込予定者一覧",
            "sheets": {
                "申込者一覧": [
                    ["提携住宅ローン 事前審査 申込予定者一覧（2025年11月分）", "", "", "", "", "", "", ""],
                    ["日の出産業株式会社 住宅事業部", "", "", "", "", "", "", ""],
                    ["No", "氏名", "フリガナ", "生年月日", "勤務先", "税込年収(万円)", "携帯電話", "現住所"],
                    [1, "相葉 俊介", "アイバ シュンスケ", "1984/02/11", "相模原市役所", 612, "090-3318-6402", "東京都町田市森野2-19-6-304"],
                    [2, "御手洗 亮", "ミタライ リョウ", "1990/09/30", "株式会社ネクサス物流", 548, "070-2284-5519", "横浜市緑区中山町318-2"],
                    [3, "月見里 かおり", "ヤマナシ カオリ", "1988/12/04", "青葉台総合病院", 703, "090-7730-1186", "川崎市麻生区百合丘1-12-9"],
                    [4, "廣中 雄大", "ヒロナカ ユウダイ", "1979/05/17", "自営（税理士）", 920, "080-4419-8823", "横浜市青葉区藤が丘2-4-21"],
                    [5, "新谷 まゆみ", "シンタニ マユミ", "1992/03/08", "株式会社フロンテック", 485, "070-5108-7741", "大和市中央林間4-7-3-502"],
                    [6, "堀籠 貴之", "ホリゴメ タカユキ", "1981/11/26", "東日本旅客鉄道株式会社", 776, "080-2967-0054", "横浜市都筑区北山田5-2-14"],
                ],
                "物件概要": [
                    ["No", "建設予定地", "土地", "建物", "借入希望額(万円)", "期間"],
                    [1, "町田市小山ヶ丘", "購入", "新築", 4500, "35年"],
                    [2, "横浜市緑区十日市場町", "親族所有", "新築", 3200, "35年"],
                    [3, "川崎市麻生区王禅寺", "購入", "新築", 5100, "35年"],
                    [4, "横浜市青葉区藤が丘", "所有", "建替", 3800, "25年"],
                    [5, "大和市つきみ野", "購入", "新築", 3900, "35年"],
                    [6, "横浜市都筑区すみれが丘", "購入", "新築", 5600, "35年"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX list of 6 loan applicants (DOB, income, phone, address) to the bank (reason 1)",
    },
    {
        "id": "kenchikusekkei-010",
        "charset": "cp932",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>"],
        "cc": ["高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
        "subject": "施主台帳（2025上期 引渡し分）",
        "body": f"""河合室長

お疲れさまです。三好です。
上期に引渡しが完了した施主様の台帳をCSVで書き出しました。
1年点検のDM送付リストはこちらから作成します。
（社内共有フォルダの「施主台帳」にも同じものを置いています）

{SIG_MIYOSHI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "sesyu_daicho_2025H1.csv",
            "encoding": "cp932",
            "rows": [
                ["物件No", "施主氏名", "郵便番号", "住所", "電話", "メール", "引渡日", "担当"],
                ["H24-031", "桐生 誠司", "225-0005", "神奈川県横浜市青葉区美しが丘西3-14-7", "045-901-6632", "s.kiryu@example-mail.jp", "2024/12/20", "柴田"],
                ["H24-035", "乙部 早苗", "194-0041", "東京都町田市玉川学園5-21-3", "042-728-1147", "sanae.otobe@gmail.com", "2025/01/31", "小野寺"],
                ["H24-038", "真壁 大地", "226-0016", "神奈川県横浜市緑区霧が丘4-9-2", "090-6120-3375", "makabe.daichi@icloud.com", "2025/02/14", "高瀬"],
                ["H25-002", "長谷部 瑠美", "215-0021", "神奈川県川崎市麻生区上麻生6-33-8", "080-3392-1460", "rumi.hasebe@outlook.jp", "2025/03/07", "柴田"],
                ["H25-004", "鳴海 孝典", "242-0001", "神奈川県大和市下鶴間2-1-19", "046-274-8802", "narumi-t@yahoo.co.jp", "2025/03/28", "高瀬"],
                ["H25-009", "伊佐治 芳江", "224-0032", "神奈川県横浜市都筑区茅ケ崎中央41-6", "045-942-7715", "", "2025/04/25", "小野寺"],
                ["H25-011", "堤 健太郎", "216-0033", "神奈川県川崎市宮前区宮崎3-8-12", "070-4418-2209", "k.tsutsumi@gmail.com", "2025/05/16", "柴田"],
                ["H25-015", "雲井 恵美", "227-0062", "神奈川県横浜市青葉区青葉台1-20-5", "090-5583-9926", "emi.kumoi@docomo.ne.jp", "2025/06/20", "高瀬"],
                ["H25-017", "葛城 修", "194-0013", "東京都町田市原町田6-11-4", "042-722-5068", "", "2025/06/27", "小野寺"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "customer register of 9 homeowners, but every recipient is internal",
    },
    {
        "id": "kenchikusekkei-011",
        "charset": "utf-8",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "標準仕様書 2025年版の送付",
        "body": f"""山際様

お世話になっております。日の出産業の高瀬です。
4月から適用している「日の出の家」標準仕様書の2025年版をお送りします。
断熱等級6対応で、付加断熱と窓の仕様が変わっています（p.3）。
次の小坂様邸から、こちらの仕様で見積をお願いいたします。

{SIG_TAKASE}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "日の出の家_標準仕様書_2025.pdf",
            "title": "日の出の家 標準仕様書 2025年版",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 住宅事業部 設計室 ― 社外秘・複製禁止",
            "lines": [
                "日の出の家 標準仕様書 2025年版（第3版）",
                "適用：2025年4月1日以降 設計契約分",
                "",
                "1. 構造",
                "  在来軸組工法、耐震等級3（許容応力度計算）、基礎：ベタ基礎 立上り幅160",
                "2. 断熱",
                "  断熱等級6（UA値0.46以下）、壁：高性能GW16K 105＋付加断熱 押出法PS 30",
                "  屋根：高性能GW 210、床：押出法PS 3種 100",
                "3. 開口部",
                "  樹脂サッシ Low-E トリプルガラス（南面のみペア＋日射取得型を可）",
                "4. 設備",
                "  給湯：エコキュート 370L、換気：第1種熱交換（ダクト式）",
                "5. 標準単価（税別・延床30坪基準）",
                "  本体工事 坪単価 78.5万円 ／ 付帯工事 一式 320万円",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached spec PDF is stamped 社外秘 in its header and footer, sent to an external builder (reason 6)",
    },
    {
        "id": "kenchikusekkei-012",
        "charset": "iso-2022-jp",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["岡田 誠一郎 <okada@okada-kozo.jp>"],
        "cc": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>", "todo.ken@hinode-sangyo.co.jp"],
        "subject": "五百旗頭様邸 構造打合せ日程のご相談",
        "body": f"""オカダ構造設計事務所　岡田様
（cc：森山工務店　青柳様）

お世話になっております。日の出産業の柴田です。
五百旗頭様邸の構造について、吹抜け部分の水平構面と
2階跳ね出しバルコニーの納まりを三者で確認させていただきたく、
打合せの日程をご相談させてください。

候補：
　10/28（火）15:00～
　10/30（木）10:00～
　10/31（金）13:00～
場所：弊社 新横浜オフィス 3F会議室（オンライン参加も可）

伏図（第2版）と許容応力度計算の途中結果は、打合せ前日までに共有いたします。
ご都合をお知らせいただけますと幸いです。

{SIG_SHIBATA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations (structural engineer, builder) in To/Cc",
    },
    {
        "id": "kenchikusekkei-013",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["aoyagi@moriyama-koumuten.co.jp"],
        "subject": "【図面送付】五百旗頭様邸 実施設計図一式",
        "body": """青柳さん

藤堂です。
五百旗頭様邸の実施設計図一式（意匠・構造・設備）を送ります。
容量が大きいため圧縮しています。
解凍パスワードは別メールにてお送りします。

確認申請の副本と差異がある箇所は赤で示しています。

""" + SIG_TODO,
        "attachments": [{
            "kind": "zip",
            "name": "IOKIBE_jissi_zumen_v3.zip",
            "password": "Kz7#mR2q",
            "files": [
                {"kind": "pdf", "name": "A-01_配置図.pdf",
                 "lines": ["配置図 S=1/100", "敷地面積 182.45㎡ 建築面積 71.20㎡ 建ぺい率 39.0%"]},
                {"kind": "pdf", "name": "A-05_平面詳細図.pdf",
                 "lines": ["1階平面詳細図 S=1/50", "2階平面詳細図 S=1/50"]},
                {"kind": "pdf", "name": "S-02_伏図.pdf",
                 "lines": ["基礎伏図", "2階床伏図", "小屋伏図"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external builder cannot be inspected (reason 7)",
    },
    {
        "id": "kenchikusekkei-014",
        "charset": "cp932",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["防犯ガラス相談窓口 <soudan@safety-glass.co.jp>"],
        "subject": "防犯合わせガラスへの交換 お見積りのお願い（百目鬼様邸）",
        "body": f"""セーフティガラス工業株式会社
ご担当者様

はじめてご連絡いたします。日の出産業株式会社 リフォーム設計課の小野寺と申します。
防犯リフォームの案件で、窓ガラスの交換をご相談させてください。

施主の百目鬼 徹 様（どうめき とおる 様）のお宅は、昨年11月に空き巣の被害に遭われ、
1階の掃き出し窓のガラスを割られて侵入されています（所轄署に被害届提出済み）。
奥様が今も夜間の一人在宅を不安に感じておられ、開口部をすべて防犯仕様にしたいとのご要望です。

　所在地：神奈川県大和市南林間七丁目3番22号
　対象　：1階 掃き出し窓 2か所（W1690×H2030）、腰窓 3か所、浴室窓 1か所
　希望　：CPマーク付き防犯合わせガラス（複層）、補助錠の追加

現地調査の候補日を2～3日いただけますでしょうか。

{SIG_ONODERA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "named homeowner identified as a burglary (crime) victim, sent to an external glazier (reason 3)",
    },
    {
        "id": "kenchikusekkei-015",
        "charset": "utf-8",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": ["審査部 木佐貫様 <kisanuki@kenchiku-kakunin.or.jp>"],
        "subject": "確認申請 補正のご連絡（受付番号 KK-2025-04418）",
        "body": f"""一般財団法人 かながわ建築確認センター
審査部 木佐貫様

いつもお世話になっております。日の出産業の江藤です。
標記の件、ご指摘いただいた3点について補正図書を本日アップロードいたしました。

　受付番号：KK-2025-04418
　建築主　：五百旗頭 浩
　建築場所：神奈川県横浜市都筑区牛久保西二丁目8番16号
　用途・規模：一戸建ての住宅／木造2階建て／延べ面積 118.42㎡

　指摘1　北側斜線の算定位置 → 配置図・立面図に算定ラインを追記
　指摘2　24時間換気の必要換気量 → 計算書を差替え（0.5回/h → 0.52回/h）
　指摘3　防火設備の認定番号 → 建具表に追記

ご確認のほど、よろしくお願いいたします。

{SIG_ETO}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "building-confirmation correspondence naming one building owner and the site address; one person",
    },
    {
        "id": "kenchikusekkei-016",
        "charset": "utf-8",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": [
            "相葉 俊介 <aiba.shunsuke1984@gmail.com>",
            "東海林 由紀 <yuki.shoji.0308@yahoo.co.jp>",
            "御手洗 亮 <ryo.mitarai@icloud.com>",
            "月見里 かおり <kaori-yamanashi@outlook.jp>",
            "四十物 健 <aimono.ken@gmail.com>",
            "堀籠 貴之 <horigome.t@ezweb.ne.jp>",
        ],
        "subject": "【日の出の家】11月 完成見学会のご案内",
        "body": f"""皆さま

いつも日の出産業の家づくりにご関心をお寄せいただき、ありがとうございます。
設計室の柴田です。

11月15日（土）・16日（日）に、川崎市麻生区で完成見学会を開催いたします。
テーマは「平屋＋ロフトで暮らす、断熱等級6の家」です。
前回の見学会にお越しいただいた皆さまに、一足早くご案内をお送りしております。

　日時：11/15（土）・16（日） 10:00～16:00（完全予約制・1組90分）
　会場：川崎市麻生区王禅寺（詳細はご予約時にお知らせします）
　ご予約：このメールにご返信いただくか、045-477-3810 まで

皆さまのお越しをお待ちしております。

{SIG_SHIBATA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "six private prospects in To can see each other's addresses; should have been Bcc (reason 4)",
    },
    {
        "id": "kenchikusekkei-017",
        "charset": "utf-8",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["グリーンパーク管理 フロント 倉持様 <kuramochi@greenpark-kanri.co.jp>"],
        "subject": "グリーンパーク港北 1104号室 リフォーム工事届・作業員名簿",
        "body": f"""株式会社グリーンパーク管理
フロント担当 倉持様

お世話になっております。日の出産業の小野寺です。
1104号室（東海林様）のリフォーム工事について、管理規約に基づく工事届を提出いたします。
工事期間中に出入りする作業員の名簿をCSVで添付しましたので、
入館証の発行をお願いいたします。

　工事期間：2025年11月10日（月）～12月5日（金） 9:00～17:00
　工事内容：キッチン・浴室・洗面の交換、床（遮音等級 LL-45）張替え
　施工　　：匠ホーム建設株式会社

工事届（押印済）の原本は、11/4に管理事務所へお持ちします。

{SIG_ONODERA}
""",
        "attachments": [{
            "kind": "csv",
            "name": "作業員名簿_1104号室.csv",
            "encoding": "cp932",
            "rows": [
                ["No", "氏名", "フリガナ", "所属", "職種", "生年月日", "携帯電話", "現住所"],
                ["1", "山際 彩", "ヤマギワ アヤ", "匠ホーム建設", "現場管理", "1987/06/14", "080-3318-2207", "川崎市宮前区有馬4-12-6"],
                ["2", "砂川 利夫", "スナカワ トシオ", "匠ホーム建設", "大工", "1969/01/28", "090-4471-6630", "川崎市高津区久末1882-3"],
                ["3", "嘉数 翔", "カカズ ショウ", "匠ホーム建設", "大工", "1998/10/02", "070-6523-8814", "横浜市港北区綱島東2-7-15-201"],
                ["4", "鍋島 康弘", "ナベシマ ヤスヒロ", "鍋島設備", "給排水", "1975/04/19", "090-2256-4401", "横浜市都筑区池辺町3511"],
                ["5", "宇佐美 恭平", "ウサミ キョウヘイ", "宇佐美電設", "電気", "1983/08/07", "080-9912-0375", "川崎市中原区井田3-24-9"],
                ["6", "瀬尾 美紀", "セオ ミキ", "ルームワン内装", "内装（床）", "1991/12/22", "090-6677-1329", "横浜市神奈川区菅田町1640-2"],
                ["7", "比嘉 大樹", "ヒガ ダイキ", "ルームワン内装", "内装（クロス）", "1995/03/11", "070-3190-7746", "横浜市緑区寺山町745-8"],
                ["8", "岩渕 昇", "イワブチ ノボル", "ハウステック工業", "UB組立", "1972/07/30", "090-5538-2190", "相模原市中央区淵野辺5-3-11"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CSV roster of 8 workers (DOB, mobile, home address) to the external condo management company (reason 1)",
    },
    {
        "id": "kenchikusekkei-018",
        "charset": "iso-2022-jp",
        "sender": "河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>",
        "to": ["営業部 桑原様 <kuwabara@tsubasa-system.jp>"],
        "subject": "BIM導入検討に伴う秘密保持契約書（案）について",
        "body": f"""株式会社ツバサシステム
営業部 桑原様

お世話になっております。日の出産業 設計室の河合です。
先日はBIMソフトのデモをありがとうございました。
トライアルで弊社の過去物件データをお預けする前に、秘密保持契約を締結したく、
弊社ひな形の秘密保持契約書（案）を添付いたします。

第5条（秘密情報の返還・廃棄）と第8条（有効期間：3年）について、
御社法務部門のご意見を伺えますと幸いです。
修正がある場合は、変更履歴付きでお戻しください。

{SIG_KAWAI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_案_日の出産業_ツバサシステム.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                "BIMソフトウェアの導入検討（以下「本目的」という。）に関し、次のとおり秘密保持契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、本目的のために相手方から開示された技術上・営業上の情報をいう。",
                "第5条（返還・廃棄）乙は、本目的終了後または甲の請求があったときは、速やかに秘密情報を返還または廃棄する。",
                "第8条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                "甲：神奈川県横浜市港北区新横浜二丁目15番8号　日の出産業株式会社　代表取締役　＿＿＿＿",
                "乙：＿＿＿＿＿＿＿＿＿＿＿＿　株式会社ツバサシステム　代表取締役　＿＿＿＿",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a partner, NDA draft attached; no personal data, no marking",
    },
    {
        "id": "kenchikusekkei-019",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["ペイフロー サポート <support@payflow.co.jp>"],
        "subject": "設計申込金のカード決済（手動入力）のお願い",
        "body": f"""株式会社ペイフロー
加盟店サポート ご担当者様

いつもお世話になっております。
日の出産業株式会社（加盟店ID：HS-40218）の三好と申します。

お客様から、端末の不調で設計申込金のカード決済が完了しなかったため、
手動での決済をお願いしたいとのご依頼がありました。以下の内容で処理をお願いできますでしょうか。

　ご契約者　：百目鬼 徹 様
　カード番号：{_sp(CARD_DOUMEKI, 4, '-')}
　有効期限　：08/28
　金額　　　：100,000円（一括）
　内容　　　：リフォーム設計申込金

処理完了後、売上票の控えをお送りいただけますと助かります。

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室
TEL 045-477-3810
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a customer's full credit card number sent to the external payment processor by mail (reason 2)",
    },
    {
        "id": "kenchikusekkei-020",
        "charset": "cp932",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>"],
        "subject": "構造見学会（上棟後）の参加者",
        "body": f"""青柳様

お世話になっております。柴田です。
11/22の五百旗頭様邸 構造見学会、参加予定のお客様は以下3組です。
当日の現場案内をよろしくお願いします（ヘルメット3組分＋お子様用1つ）。

・真壁 大地 様　2名　090-6120-3375
・長谷部 瑠美 様　3名（お子様1名）　080-3392-1460
・堤 健太郎 様　2名　070-4418-2209

遅れる場合は直接ご連絡が行くかもしれません。

{SIG_SHIBATA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "short list of three visitors with phone numbers to the builder: under five people, may warn",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-021",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["ウェブクラフト 樋渡様 <hiwatashi@webcraft-studio.jp>"],
        "subject": "家づくり相談会 予約フォームの重複通知について",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>株式会社ウェブクラフト<br>樋渡様</p>
<p>いつもお世話になっております。日の出産業 設計室の三好です。</p>
<p>先週から、家づくり相談会の予約フォームで<b>同じ予約の通知が2～3通ずつ届く</b>現象が起きています。<br>
今週分の予約（管理画面の一覧）をそのまま貼り付けますので、どの予約で重複しているかご確認いただけますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8f0e0"><th>受付日時</th><th>お名前</th><th>メールアドレス</th><th>電話番号</th><th>希望日</th><th>ご相談内容</th></tr>
<tr><td>10/20 21:14</td><td>宮森 千尋</td><td>chihiro.miyamori@gmail.com</td><td>090-8841-2267</td><td>10/26 10:00</td><td>土地探しから</td></tr>
<tr><td>10/21 07:52</td><td>逆井 哲也</td><td>sakasai_tetsu@yahoo.co.jp</td><td>080-1937-6620</td><td>10/26 13:00</td><td>建替え</td></tr>
<tr><td>10/21 12:30</td><td>羽柴 あゆみ</td><td>ayumi.hashiba@icloud.com</td><td>070-4652-1908</td><td>10/26 15:00</td><td>平屋希望</td></tr>
<tr><td>10/22 19:05</td><td>勅使河原 亘</td><td>w.teshigawara@outlook.jp</td><td>090-3306-7781</td><td>10/27 10:00</td><td>二世帯</td></tr>
<tr><td>10/23 22:48</td><td>能登 沙耶</td><td>saya-noto@docomo.ne.jp</td><td>080-6229-0453</td><td>10/27 13:00</td><td>資金計画</td></tr>
<tr><td>10/24 08:17</td><td>八戸 慎吾</td><td>shingo.hachinohe@gmail.com</td><td>090-7104-3385</td><td>10/27 15:00</td><td>リフォーム</td></tr>
</table>
<p>お手数ですが、よろしくお願いいたします。</p>
<p>---<br>三好 奈緒<br>日の出産業株式会社 住宅事業部 設計室<br>TEL 045-477-3810</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 6 prospects' names, e-mails and phones to the external web agency (reason 1)",
    },
    {
        "id": "kenchikusekkei-022",
        "charset": "iso-2022-jp",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["経理課 <keiri@hinode-sangyo.co.jp>"],
        "subject": "外注デザイナー報酬の支払調書用 個人番号",
        "body": f"""経理課 ご担当者様

お疲れさまです。設計室の真鍋です。
年末の支払調書作成のため、今年度お願いしている外注デザイナーさんの個人番号をお知らせします。
ご本人から番号確認書類（通知カード写し）と身元確認書類を受領済みです。
写しは設計室の鍵付きキャビネットで保管しています。

　氏名：国分 七海（こくぶ ななみ）
　個人番号：{MN_DESIGNER}
　住所：東京都世田谷区等々力四丁目9番18号
　報酬：インテリアパース作成（年間 7件）

よろしくお願いします。

{SIG_MANABE}
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "a My Number, but sent only to the internal accounting section",
    },
    {
        "id": "kenchikusekkei-023",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["サンリビング住設 ショールーム 竹之内様 <takenouchi@sunliving-jusetsu.co.jp>"],
        "subject": "車椅子対応キッチンのご相談（長谷部様）",
        "body": f"""サンリビング住設株式会社
横浜ショールーム 竹之内様

いつもお世話になっております。日の出産業の真鍋です。
11/9（日）11時にショールームをご予約している長谷部様について、事前にご相談です。

長谷部 瑠美 様の娘さん（長谷部 心春 様・高校2年）は二分脊椎症で、身体障害者手帳1級をお持ちです。
普段は車椅子で生活されていて、ご本人も料理をされるので、
ご本人が車椅子のまま使えるキッチンを検討しています。

　・カウンター高さ 740～780mm 程度、シンク下・コンロ下ともに膝が入るオープンタイプ
　・IHは手前操作、吊戸棚は電動昇降
　・車椅子の回転スペース（直径1500）を確保できる配置

当日、車椅子で実際に近づいてみられるよう、展示機の前のスペースを空けていただけると助かります。

{SIG_MANABE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named girl's diagnosis and disability certificate grade sent to an external showroom (reason 3)",
    },
    {
        "id": "kenchikusekkei-024",
        "charset": "cp932",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["柴田 拓海 <shibata.takumi@hinode-sangyou.co.jp>"],
        "subject": "1年点検の連絡先（柴田さん担当分）",
        "body": """柴田さん

お疲れさまです。高瀬です。
来月の1年点検、柴田さん担当分の施主さん連絡先をまとめておきます。
日程調整のお電話をお願いします。

桐生 誠司 様　青葉区美しが丘西3-14-7　045-901-6632
長谷部 瑠美 様　麻生区上麻生6-33-8　080-3392-1460
堤 健太郎 様　宮前区宮崎3-8-12　070-4418-2209
真壁 大地 様　緑区霧が丘4-9-2　090-6120-3375
鳴海 孝典 様　大和市下鶴間2-1-19　046-274-8802

点検チェックシートは共有フォルダの「点検」にあります。

高瀬
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain, with 5 homeowners' contacts (reasons 5 and 1)",
    },
    {
        "id": "kenchikusekkei-025",
        "charset": "utf-8",
        "sender": "Olivia Hartmann <olivia.hartmann@hinode-sangyo.co.jp>",
        "to": ["Mads Kjeldsen <mk@nordlys-windows.dk>"],
        "subject": "PO HS-2025-0917 - triple-glazed tilt&turn units, delivery to Yokohama",
        "body": f"""Dear Mads,

Thank you for the revised quotation (Q-88120 rev.2). We are pleased to confirm the order
under our purchase order HS-2025-0917:

  Item  Product code       Size (W x H mm)   Qty   Uw (W/m2K)
  1     NV-TT-78-3G        780 x 1370        6     0.78
  2     NV-TT-78-3G        1690 x 2030       2     0.81
  3     NV-FX-78-3G        600 x 600         3     0.74

Incoterms: CIF Yokohama. Please ship by 15 December so the units arrive before the
builder closes the walls in late January. Our forwarder is Aoba Unyu; they will contact
your logistics team for the booking.

Could you also send the Declaration of Performance for item 2?

Best regards,

{SIG_HARTMANN}

{DISC_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English order confirmation to a foreign supplier: product codes and PO number, standard disclaimer",
    },
    {
        "id": "kenchikusekkei-026",
        "charset": "iso-2022-jp",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": ["住まいあんしん保険 引受課 <hikiuke@sumai-anshin.co.jp>"],
        "subject": "住宅瑕疵担保責任保険 申込物件一覧（12月着工分）",
        "body": f"""株式会社住まいあんしん保険
引受課 ご担当者様

いつもお世話になっております。日の出産業の江藤です。
12月着工予定の物件について、瑕疵保険の申込物件一覧をWordにてお送りします。
各物件の申込書・設計図書は、Webシステムから個別に登録いたします。

検査（基礎配筋）の日程は決まり次第ご連絡いたします。

{SIG_ETO}
""",
        "attachments": [{
            "kind": "docx",
            "name": "瑕疵保険_申込物件一覧_12月着工.docx",
            "paragraphs": ["住宅瑕疵担保責任保険 申込物件一覧（2025年12月着工分）",
                           "届出事業者：日の出産業株式会社（設計・監理）"],
            "tables": [[
                ["No", "建築主（施主）", "建設地", "施主連絡先", "構造・階数", "着工予定"],
                ["1", "相葉 俊介", "東京都町田市小山ヶ丘3丁目18番4", "090-3318-6402", "木造2階", "12/3"],
                ["2", "御手洗 亮", "神奈川県横浜市緑区十日市場町871番12", "070-2284-5519", "木造2階", "12/8"],
                ["3", "月見里 かおり", "神奈川県川崎市麻生区王禅寺東5丁目40番9", "090-7730-1186", "木造平屋", "12/10"],
                ["4", "新谷 まゆみ", "神奈川県大和市つきみ野8丁目2番31", "070-5108-7741", "木造2階", "12/15"],
                ["5", "堀籠 貴之", "神奈川県横浜市都筑区すみれが丘22番7", "080-2967-0054", "木造3階", "12/19"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 5 homeowners with site addresses and phones to an external insurer (reason 1)",
    },
    {
        "id": "kenchikusekkei-027",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["真壁 大地 <makabe.daichi@outlook.jp>"],
        "subject": "フローリング・建具のオプション価格表",
        "body": f"""真壁様

こんにちは、日の出産業の真鍋です。
先日お話ししたフローリングと室内建具のオプション価格表をお送りします。
標準仕様からの差額（税込）で記載しています。

気になる品番がありましたら、サンプルをご自宅にお送りしますのでお知らせください。

{SIG_MANABE}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "オプション価格表_床・建具_2025.xlsx",
            "sheets": {
                "フローリング": [
                    ["フローリング オプション価格表（標準：複合フローリング ナラ 突板）", "", "", ""],
                    ["品番", "品名", "単位", "差額(税込)"],
                    ["FL-OAK-150N", "無垢 オーク 150幅 ナチュラル", "㎡", 6820],
                    ["FL-WAL-120", "無垢 ウォールナット 120幅", "㎡", 11550],
                    ["FL-HIN-130", "国産ひのき 130幅 無塗装", "㎡", 3960],
                    ["FL-TILE-600", "床タイル 600角（LDK）", "㎡", 9240],
                ],
                "建具": [
                    ["品番", "品名", "単位", "差額(税込)"],
                    ["DR-H2400-F", "ハイドア H2400 フラット", "枚", 24200],
                    ["DR-OUT-SL", "アウトセット引戸 ソフトクローズ", "枚", 38500],
                    ["DR-GL-ST", "ガラス框戸 スチール調", "枚", 57200],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "price list with product codes to one homeowner on free mail",
    },
    {
        "id": "kenchikusekkei-028",
        "charset": "cp932",
        "sender": "河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>",
        "to": ["早瀬建設 工事部 早瀬様 <hayase.k@hayase-kensetsu.co.jp>"],
        "subject": "【取扱注意】小坂様邸 工事原価内訳（相見積用）",
        "body": f"""早瀬建設株式会社
工事部 早瀬様

いつもお世話になっております。日の出産業の河合です。

【取扱注意】
本メール及び添付の原価内訳は、弊社の実行予算に基づく資料です。
御社内の見積担当者様以外への転送・開示はご遠慮ください。

小坂様邸について、弊社の実行予算ベースの工種別原価をお送りします。
御社の見積と比較し、乖離の大きい工種（特に木工事・板金）についてご意見をいただけますでしょうか。

{SIG_KAWAI}
""",
        "attachments": [{
            "kind": "xls",
            "name": "KOSAKA_genka_uchiwake.xls",
            "sheets": {
                "原価内訳": [
                    ["工種", "数量", "単位", "実行単価", "金額", "備考"],
                    ["仮設工事", 1, "式", 820000, 820000, "足場・養生"],
                    ["基礎工事", 1, "式", 1650000, 1650000, "ベタ基礎"],
                    ["木工事", 1, "式", 4980000, 4980000, "プレカット含む"],
                    ["屋根・板金工事", 1, "式", 1210000, 1210000, "ガルバ立平"],
                    ["断熱工事", 1, "式", 930000, 930000, "付加断熱"],
                    ["サッシ工事", 1, "式", 1580000, 1580000, "樹脂トリプル"],
                    ["合計", "", "", "", 11170000, ""],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "subject and body carry the 取扱注意 classification, sent to an external builder (reason 6)",
    },
    {
        "id": "kenchikusekkei-029",
        "charset": "utf-8",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": [
            "宍戸 昭夫 <shishido.akio.1950@gmail.com>",
            "菅生 真奈美 <manami-sugao@docomo.ne.jp>",
            "柘植 美幸 <miyuki_tsuge@yahoo.co.jp>",
        ],
        "cc": ["土地家屋調査士 高梨 <takanashi@takanashi-chousa.jp>"],
        "subject": "境界確認の立会いのお願い（都筑区牛久保西二丁目）",
        "body": f"""近隣の皆さま

突然のご連絡失礼いたします。
牛久保西二丁目8番16号の住宅新築について設計を担当しております、日の出産業の江藤と申します。

工事に先立ち、隣地との境界を確認するための立会いをお願いしたく、ご連絡いたしました。
測量は土地家屋調査士の高梨先生（cc）にお願いしております。

　候補日：11月1日（土）／11月2日（日）　いずれも 9:30～11:00
　所要　：各お宅 15分程度（境界標の確認と、確認書へのご署名）

ご都合のよい日を、このメールへのご返信でお知らせいただけますと幸いです。
ご不明な点は、江藤（045-477-3828）までお気軽にお問い合わせください。

{SIG_ETO}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "three private neighbours plus a surveyor in To/Cc see each other's addresses: should have been Bcc (reason 4)",
    },
    {
        "id": "kenchikusekkei-030",
        "charset": "iso-2022-jp",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "RE: 1104号室 作業員名簿の差替え",
        "body": f"""山際様

差替えの名簿、確かに受領しました。ありがとうございます。
こちらから管理会社の倉持様へ提出しておきます。
入館証は11/7（金）に管理事務所で受け取れるとのことです。

小野寺

{SIG_ONODERA}

-----Original Message-----
From: 山際 彩 <yamagiwa.aya@takumi-home.co.jp>
Sent: Thursday, October 30, 2025 6:12 PM
To: 小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>
Subject: 1104号室 作業員名簿の差替え

小野寺様

お世話になっております。匠ホーム建設の山際です。
クロス屋さんが1名交代になりましたので、名簿を差し替えてください。

7　比嘉 大樹　→　渡嘉敷 リナ（トカシキ リナ）　1996/05/21　080-4427-3150　横浜市緑区長津田2-14-9
8　岩渕 昇　　（変更なし）　1972/07/30　090-5538-2190　相模原市中央区淵野辺5-3-11
9　追加：鍋島 陽介（ナベシマ ヨウスケ）　2001/02/17　070-8821-6403　横浜市都筑区池辺町3511
10 追加：菅原 仁美（スガワラ ヒトミ）　1989/09/09　090-3364-7712　川崎市高津区下作延6-1-4
11 追加：石嶺 大輝（イシミネ ダイキ）　1999/11/30　080-5570-2218　横浜市港北区樽町1-20-3

よろしくお願いいたします。
山際
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the builder; the worker list is only in the quoted Original Message the recipient wrote",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-031",
        "charset": "utf-8",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["エコリノベ支援センター 申請代行チーム <shinsei@ecoreno-support.jp>"],
        "subject": "先進的窓リノベ事業 交付申請の代行依頼（6件）",
        "body": f"""エコリノベ支援センター
申請代行チーム ご担当者様

お世話になっております。日の出産業 リフォーム設計課の小野寺です。
先進的窓リノベ事業の交付申請について、今月工事完了分6件の代行をお願いいたします。
対象者一覧をPDFで添付します。還元方法はいずれも「施主へ振込」です。

工事前後の写真・納品書は、各物件フォルダを共有ドライブに格納済みです。

{SIG_ONODERA}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "窓リノベ_交付申請対象者一覧_10月完了分.pdf",
            "title": "先進的窓リノベ事業 交付申請対象者一覧",
            "lines": ["先進的窓リノベ事業 交付申請 対象者一覧（2025年10月工事完了分）",
                      "申請事業者：日の出産業株式会社　作成：小野寺", ""],
            "table": [
                ["No", "共同事業者（施主）", "工事住所", "電話", "還元先口座", "補助額(円)"],
                ["1", "伊佐治 芳江", "横浜市都筑区茅ケ崎中央41-6", "045-942-7715", "みどり銀行 センター南支店 普通 4418207", "412,000"],
                ["2", "葛城 修", "町田市原町田6-11-4", "042-722-5068", "ゆうちょ銀行 〇一八店 普通 6630184", "286,000"],
                ["3", "百目鬼 徹", "大和市南林間7-3-22", "046-275-3319", "相模信用金庫 南林間支店 普通 0127735", "538,000"],
                ["4", "鳴海 孝典", "大和市下鶴間2-1-19", "046-274-8802", "みどり銀行 大和支店 普通 2290461", "195,000"],
                ["5", "栗栖 昌代", "横浜市港北区大倉山3-44-2", "045-544-2081", "横浜みなと銀行 綱島支店 普通 7751023", "324,000"],
                ["6", "汐見 公平", "川崎市多摩区生田7-9-15", "044-933-6672", "みどり銀行 登戸支店 普通 3308819", "461,000"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "PDF table of 6 homeowners with addresses, phones and bank accounts to an external subsidy agent (reason 1)",
    },
    {
        "id": "kenchikusekkei-032",
        "charset": "iso-2022-jp",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["杉浦司法書士事務所 杉浦先生 <sugiura@sugiura-shihou.jp>"],
        "subject": "真壁様 所有権保存登記・抵当権設定の本人確認について",
        "body": f"""杉浦司法書士事務所
杉浦 先生

いつもお世話になっております。日の出産業の久世でございます。
12/12決済予定の真壁様の件、本人確認情報として免許証の記載事項をお知らせいたします。
（免許証の写しはご本人が面談時にご持参されます）

　氏名　　　：真壁 大地
　生年月日　：昭和63年5月9日
　住所　　　：神奈川県横浜市緑区霧が丘四丁目9番2号
　運転免許証番号：第 4410 2287 5630 号（公安委員会：神奈川県）
　有効期限　：令和9年6月9日まで

決済当日の段取りにつきましては、みどり銀行 宮坂様からも別途ご連絡があるかと存じます。
よろしくお願い申し上げます。

{SIG_KUZE}
""",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a homeowner's driver's licence number sent to an external judicial scrivener (reason 2)",
    },
    {
        "id": "kenchikusekkei-033",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["羽柴 あゆみ <ayumi.hashiba@icloud.com>"],
        "subject": "ショールームのご案内",
        "body": f"""羽柴様

こんにちは。日の出産業の真鍋です。
水まわりのショールームを回りたいとのことでしたので、
神奈川県内で予約の取りやすいところをまとめました。

【キッチン・洗面】
　サンリビング住設 横浜ショールーム
　　横浜市西区みなとみらい四丁目6番2号 みなとみらいグランドセントラル3F
　　TEL 045-228-5510（10:00～17:00 水曜定休）
　ハーモニーキッチン 新横浜ショールーム
　　横浜市港北区新横浜三丁目19番1号 TEL 045-470-6622

【お風呂・トイレ】
　アクアテック工業 相模大野ショールーム
　　相模原市南区相模大野三丁目8番1号 TEL 042-701-3390

ご予約の際に「日の出産業 真鍋の紹介」とお伝えいただくと、図面を共有した状態でご案内できます。

{SIG_MANABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "list of showrooms (businesses) to one free-mail client",
    },
    {
        "id": "kenchikusekkei-034",
        "charset": "utf-8",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["勅使河原 亘 <w.teshigawara@outlook.jp>"],
        "cc": ["勅使河原 静香 <shizuka.teshigawara@gmail.com>"],
        "subject": "二世帯住宅 概算見積書の送付",
        "body": f"""勅使河原 亘 様
　　　　静香 様

いつもお世話になっております。日の出産業の高瀬です。
先日の打合せ内容を反映した概算見積書（第2版）をお送りします。
PDFにはパスワードを設定しておりますので、別途SMSでお知らせする番号で開いてください。

前回からの主な変更点
・親世帯の浴室を追加（＋185万円）
・2階バルコニーを縮小（－42万円）

ご質問がありましたら、お気軽にご連絡ください。

{SIG_TAKASE}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "勅使河原様邸_概算見積書_第2版.pdf",
            "password": "0719",
            "lines": ["勅使河原様邸 新築工事 概算見積書（第2版）",
                      "本体工事 48,600,000円", "付帯工事 3,950,000円", "諸費用 2,100,000円",
                      "合計（税込） 60,115,000円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment", "freemail_recipient", "multiple_external_domains"],
        "note": "password-protected PDF to clients cannot be inspected (reason 7); the couple are two free-mail recipients",
    },
    {
        "id": "kenchikusekkei-035",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["川崎電機 太陽光サービス課 <pv-service@kawasaki-denki.co.jp>"],
        "subject": "FW: 10年点検対象のOB施主様リスト（太陽光あり）",
        "body": f"""川崎電機株式会社 太陽光サービス課 御中

お世話になっております。日の出産業の藤堂です。
森山工務店さんから届いた10年点検の対象リストを転送します。
太陽光パネルを載せている6邸なので、パワコンの点検を同日でお願いできればと思います。
各お宅への日程連絡は御社から直接していただいて構いません。

{SIG_TODO}

-------- Forwarded Message --------
Subject: 10年点検対象のOB施主様リスト
Date: Mon, 27 Oct 2025 09:41:22 +0900
From: 青柳 仁 <aoyagi@moriyama-koumuten.co.jp>
To: 藤堂 健 <todo.ken@hinode-sangyo.co.jp>

藤堂さん
来年1～3月で10年点検の時期になる施主様です（太陽光搭載分のみ抜粋）。

【1】東 雅人 様
　住所：横浜市青葉区さつきが丘12-31
　電話：045-971-4420／携帯 090-1128-5306
　引渡：2016年2月
【2】姥山 登紀子 様
　住所：横浜市緑区長津田みなみ台5-17-3
　電話：080-6671-0892
　引渡：2016年2月
【3】漆原 健二 様
　住所：川崎市宮前区犬蔵1-9-24
　電話：044-976-3318
　引渡：2016年2月
【4】此川 紗英 様
　住所：横浜市都筑区荏田南4-26-11
　電話：090-3590-7425
　引渡：2016年3月
【5】帯刀 康介 様
　住所：町田市つくし野2-31-6
　電話：042-795-0637
　引渡：2016年3月
【6】稗田 里美 様
　住所：横浜市港北区新吉田東8-52-9
　電話：070-2209-1846
　引渡：2016年3月

青柳
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward to a second external company of a builder's list of 6 homeowners (one block each): a forward counts (reason 1)",
    },
    {
        "id": "kenchikusekkei-036",
        "charset": "utf-8",
        "sender": "Olivia Hartmann <olivia.hartmann@hinode-sangyo.co.jp>",
        "to": ["Grace Lin <grace.lin@harborpine.com>"],
        "subject": "Re: Delivery slots for the Aoba-dai sofa orders",
        "body": f"""Hi Grace,

Thanks - the slots look fine. Please go ahead and book them with your carrier.
I will tell the site team that the Whitfield delivery is on the 14th.

Kind regards,
Olivia

On Tue, Oct 28, 2025 at 10:12 AM Grace Lin <grace.lin@harborpine.com> wrote:
> Hi Olivia,
>
> Here are the delivery slots we can offer for your clients next month:
>
>   Nov 14 AM  Thomas Whitfield   2-18-5 Aobadai, Aoba-ku, Yokohama   090-2215-6637
>   Nov 14 PM  Hannah Okafor      1-7-22 Utsukushigaoka, Aoba-ku       080-4410-9271
>   Nov 15 AM  Lucas Moreau       3-9-1 Fujigaoka, Aoba-ku             070-3381-2046
>   Nov 15 PM  Priya Raman        5-2-14 Kitayamata, Tsuzuki-ku        090-6617-0358
>   Nov 16 AM  Daniel Schreiber   4-11-3 Tana-machi, Aoba-ku           080-2296-4713
>
> Let me know if these work.
> Grace

{SIG_HARTMANN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the list of five clients is only in the quoted text the recipient herself sent",
    },
    {
        "id": "kenchikusekkei-037",
        "charset": "iso-2022-jp",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["ナチュラル建材 技術営業 井手様 <ide@natural-kenzai.co.jp>"],
        "subject": "低VOC建材のご相談（化学物質過敏症のお施主様）",
        "body": f"""ナチュラル建材株式会社
技術営業 井手様

お世話になっております。日の出産業の高瀬です。
現在設計中の雲井様邸の件でご相談です。

施主の雲井 恵美様は、数年前に化学物質過敏症と診断されており、
現在も通院中です（主治医の診断書のコピーを頂いています）。
新築のにおいで頭痛やめまいが出るとのことで、内装材・接着剤は可能な限り
VOCの少ないものにしたいと考えています。

　・床：無垢材（無塗装 or 蜜蝋ワックス）
　・壁：漆喰 or 珪藻土（合成樹脂エマルション不使用のもの）
　・接着剤：ノンホルム・ノントルエンのもの

御社の製品で、成分表（SDS）を開示いただけるものをリストアップしていただけますか。
実際の施工前に、ご本人にサンプルを試していただく予定です。

{SIG_TAKASE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named homeowner's diagnosis (chemical sensitivity, under treatment) sent to an external supplier (reason 3)",
    },
    {
        "id": "kenchikusekkei-038",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["北條 ユリ <yuri.hojo.interior@gmail.com>"],
        "subject": "勅使河原様邸 インテリアのご依頼（家族構成など）",
        "body": f"""北條さん

お疲れさまです。真鍋です。
ご相談していた勅使河原様邸（二世帯）のインテリア提案、お引き受けいただきありがとうございます。
ヒアリングシートから、ご家族の情報を抜き出しておきます。
お部屋ごとの提案の参考にしてください。

【親世帯（1F）】
　勅使河原 剛 様（お父様）　昭和26年3月14日生　趣味：盆栽、書斎希望
　勅使河原 千鶴子 様（お母様）　昭和29年10月2日生　和室は残したい

【子世帯（2F）】
　勅使河原 亘 様（ご主人）　昭和61年7月19日生　在宅勤務あり
　勅使河原 静香 様（奥様）　平成元年1月25日生　北欧テイストがお好き
　勅使河原 湊 様（ご長男）　平成29年8月8日生　小学2年生

打合せは11/8（土）14時から弊社で予定しています。

{SIG_MANABE}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "five members of one client household with dates of birth to a freelance designer on gmail: a list of people, or one client's file",
    },
    {
        "id": "kenchikusekkei-039",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 野々村様 <nonomura@tsubasa-system.jp>"],
        "cc": ["河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>"],
        "subject": "顧客管理システム移行用データ（テスト取込分）",
        "body": f"""株式会社ツバサシステム
導入支援 野々村様

お世話になっております。日の出産業の三好です。
新しい顧客管理システムへの移行テスト用に、現行システムから書き出したデータをお送りします。
列の対応表（マッピング）と合わせてZIPにまとめています。
本番移行前のテストのため、まずは一部（8件）のみです。

取込結果をご確認いただけましたら、不具合の有無をお知らせください。

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室
""",
        "attachments": [{
            "kind": "zip",
            "name": "crm_migration_test_20251030.zip",
            "files": [
                {"kind": "csv", "name": "customers_test.csv", "encoding": "utf-8", "rows": [
                    ["customer_id", "name", "name_kana", "tel", "email", "zip", "address", "status"],
                    ["C-10482", "宮森 千尋", "ミヤモリ チヒロ", "090-8841-2267", "chihiro.miyamori@gmail.com", "227-0034", "横浜市青葉区桂台2-31-5", "見込"],
                    ["C-10483", "逆井 哲也", "サカサイ テツヤ", "080-1937-6620", "sakasai_tetsu@yahoo.co.jp", "194-0003", "町田市小川4-8-17", "見込"],
                    ["C-10487", "羽柴 あゆみ", "ハシバ アユミ", "070-4652-1908", "ayumi.hashiba@icloud.com", "216-0005", "川崎市宮前区土橋6-2-30", "商談"],
                    ["C-10490", "勅使河原 亘", "テシガワラ ワタル", "090-3306-7781", "w.teshigawara@outlook.jp", "225-0011", "横浜市青葉区あざみ野1-15-8", "契約"],
                    ["C-10491", "能登 沙耶", "ノト サヤ", "080-6229-0453", "saya-noto@docomo.ne.jp", "242-0006", "大和市南林間2-24-13", "見込"],
                    ["C-10495", "八戸 慎吾", "ハチノヘ シンゴ", "090-7104-3385", "shingo.hachinohe@gmail.com", "224-0006", "横浜市都筑区荏田東3-6-2", "商談"],
                    ["C-10496", "栗栖 昌代", "クリス マサヨ", "045-544-2081", "", "222-0037", "横浜市港北区大倉山3-44-2", "OB"],
                    ["C-10499", "汐見 公平", "シオミ コウヘイ", "044-933-6672", "k.shiomi@ezweb.ne.jp", "214-0038", "川崎市多摩区生田7-9-15", "OB"],
                ]},
                {"kind": "txt", "name": "mapping.txt", "text": "customer_id -> 顧客番号\nname -> 氏名\nname_kana -> フリガナ\ntel -> 電話番号1\nemail -> メール\nzip -> 郵便番号\naddress -> 住所1\nstatus -> 顧客区分\n"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ZIP holding a CSV of 8 customers' contacts sent to an external system vendor (reason 1)",
    },
    {
        "id": "kenchikusekkei-040",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["森山 大輔 <d.moriyama@moriyama-koumuten.co.jp>", "aoyagi@moriyama-koumuten.co.jp"],
        "subject": "五百旗頭様邸 全体工程表（第2版）",
        "body": f"""森山社長、青柳さん

藤堂です。
全体工程表の第2版を添付します。
サッシ納期が2週間延びたため、外壁・断熱の工程を後ろにずらしています。
引渡しは3/20のままで組めていますが、余裕がほぼないので、
天候による遅れが出たら早めに共有してください。

{SIG_TODO}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "IOKIBE_koutei_v2.pdf",
            "title": "五百旗頭様邸 全体工程表 第2版",
            "lines": ["五百旗頭様邸 新築工事 全体工程表（第2版） 2025/10/29"],
            "table": [
                ["工程", "開始", "完了", "備考"],
                ["地縄・地鎮祭", "11/8", "11/8", ""],
                ["基礎工事", "11/12", "12/5", "配筋検査 11/21"],
                ["上棟", "12/12", "12/12", "構造見学会 12/20"],
                ["屋根・サッシ", "12/15", "1/16", "サッシ納期 1/10"],
                ["断熱・外壁", "1/19", "2/13", "気密測定 2/6"],
                ["内装・設備", "2/9", "3/13", ""],
                ["完了検査・引渡し", "3/16", "3/20", ""],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "construction schedule PDF to one builder: no personal data",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-041",
        "charset": "utf-8",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginko.co.jp>"],
        "subject": "【本審査】廣中様 追加書類の件",
        "body": f"""宮坂様

お世話になっております。久世です。
廣中様の本審査について、ご指摘いただいた健康保険証の記載事項をお送りします。
（ご本人が個人事業主のため、国民健康保険です）

　被保険者氏名：廣中 雄大
　生年月日　　：1979年5月17日
　保険者番号　：138217
　記号・番号　：横浜青 412 ・ 0098375
　資格取得日　：2016年4月1日

確定申告書（直近3期分）の写しは、明日の午前中にお持ちいたします。
引き続きよろしくお願いいたします。

{SIG_KUZE}
""",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a client's health-insurance card symbol and number sent to the bank by mail (reason 2)",
    },
    {
        "id": "kenchikusekkei-042",
        "charset": "iso-2022-jp",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginko.co.jp>"],
        "subject": "ペアローンのご相談（長谷部様ご夫妻）",
        "body": f"""みどり銀行 ローンセンター
宮坂様

いつもお世話になっております。日の出産業の久世でございます。
長谷部様ご夫妻が、建替えにあたりペアローンをご検討されています。
正式な事前審査の前に、借入可能額の目安をご相談させてください。

　ご主人：長谷部 航 様　1983年4月2日生　会社員（勤続14年）　年収 710万円　携帯 090-2718-4406
　奥様　：長谷部 瑠美 様　1985年11月19日生　会社員（勤続6年）　年収 420万円　携帯 080-3392-1460

　希望借入額：合計 4,800万円（ご主人 3,200万円／奥様 1,600万円）
　物件：川崎市麻生区上麻生 建替え（既存住宅の解体あり）

お手すきの際にご回答いただけますと幸いです。

{SIG_KUZE}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two people's records (a couple) with DOB and phones to the partner bank: under five, may warn",
    },
    {
        "id": "kenchikusekkei-043",
        "charset": "cp932",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "リフォーム進行中物件 施主様連絡先（年末年始の緊急連絡用）",
        "body": f"""山際様

お世話になっております。小野寺です。
年末年始（12/27～1/5）に、弊社が休業中でも工事中の現場から
施主様へ直接連絡が取れるよう、連絡先一覧をお送りします。
Excel（旧形式）で失礼します。

休業中の緊急連絡は、弊社の当番（藤堂 080-6604-2271）へお願いします。

{SIG_ONODERA}
""",
        "attachments": [{
            "kind": "xls",
            "name": "施主連絡先_年末年始.xls",
            "sheets": {
                "連絡先": [
                    ["現場", "施主", "携帯", "メール", "年末年始の滞在先"],
                    ["港北1104号室", "東海林 由紀", "080-5521-0937", "yuki.shoji.0308@yahoo.co.jp", "自宅"],
                    ["町田 乙部邸", "乙部 早苗", "090-1572-4480", "sanae.otobe@gmail.com", "自宅"],
                    ["大和 百目鬼邸", "百目鬼 徹", "090-6034-7718", "t.doumeki@outlook.jp", "12/29-1/3 実家（新潟）"],
                    ["港北 栗栖邸", "栗栖 昌代", "080-2249-5306", "", "自宅"],
                    ["多摩 汐見邸", "汐見 公平", "070-6653-0912", "k.shiomi@ezweb.ne.jp", "12/30-1/2 旅行"],
                    ["青葉 雲井邸", "雲井 恵美", "090-5583-9926", "emi.kumoi@docomo.ne.jp", "自宅"],
                    ["都筑 伊佐治邸", "伊佐治 芳江", "080-7390-1184", "", "1/1-1/3 長男宅"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with 7 homeowners' mobiles and e-mails to an external builder (reason 1)",
    },
    {
        "id": "kenchikusekkei-044",
        "charset": "utf-8",
        "sender": "河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-iaw.jp>"],
        "subject": "葛城様邸 雨漏りクレームの件（ご相談）",
        "body": f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の河合です。
以前お電話でご相談した、葛城様邸の雨漏りの件で、経緯をまとめましたのでお送りします。

　施主：葛城 修 様（東京都町田市原町田六丁目11番4号）
　引渡：2025年6月27日
　経緯：9月の台風後、2階北側洋室の天井にシミ。散水試験でサッシ上部の防水テープ不良を確認。
　　　　補修は施工店（匠ホーム建設）負担で実施済みだが、施主様より
　　　　クロス・家具の損害と慰謝料として 120万円のご請求あり。

瑕疵保険の適用範囲と、当社としての回答方針についてご意見をいただけますでしょうか。
来週どこかでお打合せの時間をいただけますと幸いです。

{SIG_KAWAI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for the partner law firm shirakawa-law.jp but addressed to shirakawa-iaw.jp (l→i), a look-alike (reason 5)",
    },
    {
        "id": "kenchikusekkei-045",
        "charset": "iso-2022-jp",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["岡田 誠一郎 <okada@okada-kozo.jp>"],
        "subject": "Re: 図面データの受け渡し方法について",
        "body": f"""岡田様

お世話になっております。柴田です。
データの受け渡し方法の件、ご提案ありがとうございます。

おっしゃる通り、今後は機密性の高い図面データもあるので、
メール添付ではなく弊社のファイル共有サービス（アクセス期限付きリンク）を使う運用に切り替えます。
五百旗頭様邸の伏図 第3版から、リンクでお送りしますね。
紙の構造計算書は、これまで通り郵送でお願いいたします。

{SIG_SHIBATA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 機密 used in passing about how to exchange files; no marking, no personal data",
    },
    {
        "id": "kenchikusekkei-046",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>"],
        "subject": "汐見様邸 玄関まわり追加工事の件",
        "body": f"""青柳さん

藤堂です。お疲れさまです。
汐見様邸のリフォーム、追加で玄関まわりの工事をお願いしたいです。

同居されているお母様（汐見 トメ様、87歳）がアルツハイマー型認知症の診断を受けていて、
最近、夜中に一人で玄関から出て行ってしまうことが何度かあったそうです。
ご家族（ご長男の公平様）から、次の対策を急ぎでとのご依頼です。

 ・玄関ドアに補助錠（内側・高い位置、サムターンカバー付き）
 ・玄関・勝手口に開閉センサー＋寝室の子機で鳴るチャイム
 ・門扉に簡易ロック

介護保険の対象外になる部分もあるので、見積は分けてください。
現調は今週木曜の午後でいかがでしょうか。

{SIG_TODO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named elderly woman's dementia diagnosis and wandering sent to an external builder (reason 3)",
    },
    {
        "id": "kenchikusekkei-047",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 企画制作部 田渕様 <tabuchi@nishiki-insatsu.co.jp>"],
        "subject": "施工事例パンフレット 掲載候補のお客様（取材調整用）",
        "body": f"""錦印刷株式会社
企画制作部 田渕様

お世話になっております。日の出産業の真鍋です。
施工事例パンフレット（2026年版）の取材候補のお客様をスライドにまとめました。
カメラマンさんとの取材日程の調整は、御社から直接お客様へご連絡いただいて構いません
（ご本人から了承済みです）。

{SIG_MANABE}
""",
        "attachments": [{
            "kind": "pptx",
            "name": "施工事例パンフ2026_取材候補.pptx",
            "title": "施工事例パンフレット2026 取材候補",
            "slides": [
                ["施工事例パンフレット2026 取材候補", "日の出産業株式会社 住宅事業部 設計室", "2025年10月"],
                ["候補1 桐生様邸（青葉区）", "桐生 誠司 様・美帆 様（40代・お子様2人）",
                 "住所：横浜市青葉区美しが丘西3-14-7", "連絡先：090-4826-1137（ご主人）", "テーマ：家事動線と回遊プラン"],
                ["候補2 長谷部様邸（麻生区）", "長谷部 瑠美 様（40代・ご家族4人）",
                 "住所：川崎市麻生区上麻生6-33-8", "連絡先：080-3392-1460", "テーマ：車椅子で暮らすバリアフリー住宅"],
                ["候補3 真壁様邸（緑区）", "真壁 大地 様（30代・ご夫婦）",
                 "住所：横浜市緑区霧が丘4-9-2", "連絡先：090-6120-3375", "テーマ：断熱等級7の平屋"],
                ["候補4 堤様邸（宮前区）", "堤 健太郎 様（30代・お子様1人）",
                 "住所：川崎市宮前区宮崎3-8-12", "連絡先：070-4418-2209", "テーマ：狭小地3階建て"],
                ["候補5 鳴海様邸（大和市）", "鳴海 孝典 様（50代・ご夫婦）",
                 "住所：大和市下鶴間2-1-19", "連絡先：046-274-8802", "テーマ：ガレージハウス"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX with one slide per family: 5 clients' names, home addresses and phones to the printer (reason 1)",
    },
    {
        "id": "kenchikusekkei-048",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["錦印刷 田渕様 <tabuchi@nishiki-insatsu.co.jp>"],
        "subject": "お引渡し時アンケート用紙の印刷（500部）",
        "body": f"""錦印刷株式会社
田渕様

いつもお世話になっております。日の出産業の三好です。
お引渡し時にお渡ししているアンケート用紙を改訂しましたので、印刷をお願いいたします。
原稿（Word）を添付します。

変更点は、末尾の「個人情報の取り扱いについて」の文言を最新のプライバシーポリシーに合わせた点と、
QRコード（Web回答用）の追加です。QRコードの画像は別途お送りします。

　仕様：A4 両面 モノクロ、上質紙 90kg、500部
　納期：11月20日（木）弊社着

よろしくお願いいたします。

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室
""",
        "attachments": [{
            "kind": "docx",
            "name": "引渡時アンケート_2025改訂.docx",
            "paragraphs": [
                "お住まいづくりに関するアンケート",
                "このたびはお引渡しおめでとうございます。今後の家づくりの参考にさせていただくため、アンケートへのご協力をお願いいたします。",
                "Q1. 設計担当者の対応はいかがでしたか。（満足・やや満足・普通・やや不満・不満）",
                "Q2. 特に気に入っている場所を教えてください。",
                "Q3. ご不満な点、改善してほしい点があればお書きください。",
                "お名前（任意）：＿＿＿＿＿＿＿＿　ご住所（任意）：＿＿＿＿＿＿＿＿＿＿＿＿",
                "個人情報の取り扱いについて：ご記入いただいた個人情報は、アフターサービスのご案内および"
                "サービス向上のためにのみ利用し、法令に基づく場合を除き第三者に提供いたしません。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank questionnaire form to the printer; 個人情報 appears only as the privacy notice wording",
    },
    {
        "id": "kenchikusekkei-049",
        "charset": "iso-2022-jp",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": [
            "鍋島設備 鍋島様 <info@nabeshima-setsubi.co.jp>",
            "宇佐美電設 宇佐美様 <usami@usami-densetsu.jp>",
            "ルームワン内装 瀬尾様 <seo@roomone-naiso.co.jp>",
            "丸栄板金 <maruei-bankin@maruei-sheet.co.jp>",
            "三和塗装 工事課 <koji@sanwa-tosou.co.jp>",
        ],
        "subject": "【協力業者各位】年末年始の現場休業と安全大会のご案内",
        "body": f"""協力業者各位

いつも大変お世話になっております。日の出産業 設計室の藤堂です。
年末年始の現場休業と、来年の安全大会についてご案内いたします。

1. 年末年始休業
　12月27日（土）～1月5日（月）は全現場休業です。
　休業前日までに、各現場の養生・施錠・火気の確認をお願いいたします。

2. 安全大会
　日時：2026年1月16日（金）14:00～16:30
　会場：新横浜 日の出ビル 8F ホール
　内容：昨年度の災害事例、熱中症・墜落防止対策、表彰
　出欠は12月19日までにご返信ください。

本年も一年ありがとうございました。来年もよろしくお願いいたします。

{SIG_TODO}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "five subcontractor companies in To can see each other's addresses: should have been Bcc (reason 4)",
    },
    {
        "id": "kenchikusekkei-050",
        "charset": "utf-8",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["藤堂 健 <todo.ken@hinode-sangyo.co.jp>", "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
        "subject": "【共有】乙部様 ケアマネさんからの情報（住宅改修）",
        "body": f"""藤堂さん、高瀬さん

お疲れさまです。小野寺です。
乙部様邸の件、ひだまりのケアマネ 林さんと電話で話した内容を共有します（社内限り）。

・正蔵様：要介護2、脳梗塞の後遺症で左片麻痺。リハビリで杖歩行は安定してきている。
・夜間頻尿あり、トイレまでの動線確保が最優先。
・糖尿病の持病もあり、足の感覚が鈍いので、床の段差は1cmでも解消したい。
・理由書は林さんが作成、11/7に町田市へ提出予定。

施工は匠ホームさんにお願いする予定です。現場の段取りは藤堂さんとまた相談させてください。

{SIG_ONODERA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health and care-level details of a named person, but sent only to internal colleagues",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-051",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["樋渡 <hiwatashi@webcraft-studio.jp>"],
        "subject": "お問い合わせ通知メールの文字化け（実物を添付します）",
        "body": f"""樋渡様

たびたび失礼します。三好です。
お問い合わせフォームの日次まとめ通知で、住所欄の一部が文字化けしているようです。
昨日届いた通知メールをそのまま添付しますので、原因を見ていただけますか。
（Outlookだと化けて、Webメールだと正常に見えるものもあります）

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室
""",
        "attachments": [{
            "kind": "eml",
            "name": "お問い合わせ日次まとめ_20251029.eml",
            "message": {
                "charset": "utf-8",
                "sender": "日の出の家 お問い合わせ <noreply@hinode-sangyo.co.jp>",
                "to": ["sekkei@hinode-sangyo.co.jp"],
                "subject": "[日の出の家] お問い合わせ日次まとめ 2025/10/29（5件）",
                "body": """お問い合わせフォームから、本日 5 件の受付がありました。

■1 受付 09:12
　お名前：鶴見 早紀
　メール：saki.tsurumi@gmail.com
　電話　：090-2063-8841
　住所　：神奈川県横浜市港北区日吉本町4-12-7
　内容　：資料請求（平屋プラン）

■2 受付 11:48
　お名前：笹倉 徹也
　メール：t.sasakura@yahoo.co.jp
　電話　：080-5519-2730
　住所　：東京都町田市成瀬台3-28-1
　内容　：建替えの相談

■3 受付 14:05
　お名前：仲宗根 ひかり
　メール：hikari.nakasone@icloud.com
　電話　：070-1843-6692
　住所　：神奈川県川崎市宮前区鷺沼2-9-18-405
　内容　：見学会の予約

■4 受付 17:31
　お名前：結城 和真
　メール：kazuma-yuki@outlook.jp
　電話　：090-4418-0375
　住所　：神奈川県大和市中央林間西5-3-21
　内容　：土地探し

■5 受付 22:56
　お名前：平良 美咲
　メール：misaki.taira@docomo.ne.jp
　電話　：080-9267-1154
　住所　：神奈川県横浜市都筑区勝田南1-6-33
　内容　：リフォーム（浴室）
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached notification mail with 5 prospects' full contact records sent to the external web agency (reason 1)",
    },
    {
        "id": "kenchikusekkei-052",
        "charset": "utf-8",
        "sender": "Olivia Hartmann <olivia.hartmann@hinode-sangyo.co.jp>",
        "to": ["Midori Bank International Desk <intl-loan@midori-ginko.co.jp>"],
        "cc": ["久世 沙織 <kuze.saori@hinode-sangyo.co.jp>"],
        "subject": "Mortgage pre-screening - Mr. Thomas Whitfield (permanent resident)",
        "body": f"""Dear International Desk team,

My colleague Ms. Kuze asked me to send you the details of our client Mr. Whitfield for the
mortgage pre-screening, as he prefers to correspond in English.

  Name:                 Thomas Edward WHITFIELD
  Date of birth:        14 March 1981
  Nationality:          United Kingdom
  Status of residence:  Permanent Resident
  Residence card no.:   QM40718235LA (valid until 2031-03-13)
  Current address:      2-18-5 Aobadai, Aoba-ku, Yokohama-shi, Kanagawa 227-0062
  Employer:             Yokohama International School (teacher, 11 years)
  Requested amount:     JPY 38,000,000 / 35 years

He will bring the original residence card and his tax certificates to the branch on
Friday. Please let us know if anything else is required.

Best regards,

{SIG_HARTMANN}
""",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English mail carrying a client's residence card number to the bank (reason 2)",
    },
    {
        "id": "kenchikusekkei-053",
        "charset": "iso-2022-jp",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": ["aoyagi@moriyama-koumuten.co.jp"],
        "cc": ["todo.ken@hinode-sangyo.co.jp"],
        "subject": "転送：確認済証交付のお知らせ（五百旗頭様邸）",
        "body": f"""青柳様

お世話になっております。江藤です。
五百旗頭様邸の確認済証が交付されましたので、確認検査機関からの通知を添付で転送します。
確認番号を工事看板（建築基準法による確認済）に記載してください。
原本は弊社で保管し、写しを現場にお届けします。

{SIG_ETO}
""",
        "attachments": [{
            "kind": "eml",
            "name": "確認済証交付のお知らせ.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "かながわ建築確認センター <notice@kenchiku-kakunin.or.jp>",
                "to": ["eto.ryosuke@hinode-sangyo.co.jp"],
                "subject": "確認済証交付のお知らせ（KK-2025-04418）",
                "body": """日の出産業株式会社　江藤 亮介 様

下記の建築物について、確認済証を交付いたしました。
窓口またはWebシステムより受領してください。

　確認番号　：第KK25確建00887号
　確認年月日：令和7年10月24日
　建築主　　：五百旗頭 浩
　建築場所　：神奈川県横浜市都筑区牛久保西二丁目8番16号
　主要用途　：一戸建ての住宅

一般財団法人 かながわ建築確認センター 審査部
TEL 045-640-7711
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded confirmation notice naming one building owner and the site; a single person, business use",
    },
    {
        "id": "kenchikusekkei-054",
        "charset": "cp932",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["岡田 誠一郎 <okada@okada-kozo.jp>"],
        "subject": "弊社 構造設計基準（木造）の改訂版について",
        "body": f"""オカダ構造設計事務所
岡田様

お世話になっております。高瀬です。
弊社の木造住宅 構造設計基準を改訂しましたので、お送りします。
主な変更は、耐力壁の配置バランス（4分割法→偏心率0.15以下）と、
床倍率の最低値の引き上げです。次回の物件からこちらに沿ってご検討ください。

{SIG_TAKASE}
""",
        "attachments": [{
            "kind": "docx",
            "name": "木造構造設計基準_2025改訂.docx",
            "title": "木造住宅 構造設計基準（2025改訂）",
            "page_header": "部外秘　日の出産業株式会社 住宅事業部 設計室",
            "page_footer": "本資料の無断複製・第三者への開示を禁ず",
            "paragraphs": [
                "木造住宅 構造設計基準（2025年10月改訂）",
                "1. 適用範囲：在来軸組工法による2階建て以下の一戸建て住宅",
                "2. 耐震性能：全棟 耐震等級3（許容応力度計算による）",
                "3. 耐力壁：偏心率 0.15 以下とし、各階・各方向で確認する",
                "4. 水平構面：2階床倍率 3.0 以上、吹抜け周囲は火打ち＋構造用合板24mm",
                "5. 基礎：ベタ基礎、地盤補強の要否は地盤調査報告書に基づき判断",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX whose page header is stamped 部外秘, sent to an external structural engineer (reason 6)",
    },
    {
        "id": "kenchikusekkei-055",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["住生活リサーチ 調査部 <chousa@jyuseikatsu-research.co.jp>"],
        "subject": "入居後満足度調査（電話調査）の対象者データ",
        "body": f"""株式会社住生活リサーチ
調査部 ご担当者様

お世話になっております。日の出産業の三好です。
ご依頼していた入居後満足度の電話調査について、対象者データをお送りします。
お名前は伏せて顧客IDのみにしています（回答結果もIDで返してください）。

顧客ID,入居年,電話番号,メールアドレス,住所
C-08810,2022,045-971-4420,m.azuma@gmail.com,横浜市青葉区さつきが丘12-31
C-08827,2022,080-6671-0892,tokiko.ubayama@yahoo.co.jp,横浜市緑区長津田みなみ台5-17-3
C-08853,2023,044-976-3318,,川崎市宮前区犬蔵1-9-24
C-08861,2023,090-3590-7425,sae.konokawa@icloud.com,横浜市都筑区荏田南4-26-11
C-08902,2023,042-795-0637,tatewaki.k@outlook.jp,町田市つくし野2-31-6
C-08915,2024,070-2209-1846,satomi-hieda@docomo.ne.jp,横浜市港北区新吉田東8-52-9
C-08940,2024,046-274-8802,narumi-t@yahoo.co.jp,大和市下鶴間2-1-19

調査期間は11/10～11/21でお願いいたします。

{SIG_MIYOSHI}
""",
        "expect": "stop",
        "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "comma-separated list of 7 customers' phones, e-mails and addresses (no name column) to a research firm (reason 1)",
    },
    {
        "id": "kenchikusekkei-056",
        "charset": "utf-8",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["栗栖 昌代 <masayo.kurisu.0411@gmail.com>"],
        "subject": "浴室・洗面リフォーム お見積り明細",
        "body": f"""栗栖様

こんにちは。日の出産業の小野寺です。
先日ショールームでお選びいただいた仕様で、お見積り明細を作成しました。
添付のExcelファイルをご確認ください（古いExcelでも開ける形式にしています）。

ご不明な点は、お電話でも構いませんのでお気軽にどうぞ。

{SIG_ONODERA}
""",
        "attachments": [{
            "kind": "xls",
            "name": "栗栖様邸_浴室洗面_見積明細.xls",
            "sheets": {
                "見積明細": [
                    ["見積番号 R25-1043", "", "", "", ""],
                    ["項目", "品番・仕様", "数量", "単価", "金額"],
                    ["ユニットバス", "AQ-1616 ほっカラリ床", 1, 968000, 968000],
                    ["洗面化粧台", "SL-W900 三面鏡", 1, 214500, 214500],
                    ["解体・撤去", "在来浴室", 1, 165000, 165000],
                    ["電気・給排水工事", "一式", 1, 198000, 198000],
                    ["内装（クロス・CF）", "洗面所", 1, 58300, 58300],
                    ["合計（税込）", "", "", "", 1603800],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "estimate with product codes to one homeowner on gmail",
    },
    {
        "id": "kenchikusekkei-057",
        "charset": "utf-8",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "ラフマン様邸 特記事項（礼拝室・キッチン）",
        "body": f"""山際様

お世話になっております。日の出産業の柴田です。
来月着工のラフマン様邸について、通常と異なる点があるので事前に共有させてください。

施主のアフマド・ラフマン様ご一家はイスラム教徒で、1日5回の礼拝をされます。
そのため以下の特記事項があります。

　・2階に礼拝室（4.5畳）：マッカ（キブラ）方向＝北西 約293°に向けて窓・扉を配置しない
　・礼拝前の洗浄（ウドゥ）用に、1階トイレ横に足洗い用の低い水栓
　・キッチン：豚肉を扱わないため、調理器具の分別収納は不要とのこと。
　　代わりにパントリーを大きめに
　・上棟式・お清めは行わない（ご本人のご希望）

図面には反映済みですが、大工さんにも伝わるようお願いいたします。

{SIG_SHIBATA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named client family's religion sent to an external builder (reason 3: religion/creed)",
    },
    {
        "id": "kenchikusekkei-058",
        "charset": "iso-2022-jp",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>"],
        "subject": "現地調査のお願い（栗栖様邸 浴室）",
        "body": f"""青柳様

お世話になっております。小野寺です。
浴室リフォームの現地調査を1件お願いできますでしょうか。

　お名前：栗栖 昌代 様
　ご住所：横浜市港北区大倉山三丁目44番2号
　お電話：045-544-2081（日中はご在宅とのこと）
　希望日：11/5（水）または 11/6（木）の午前

ご本人から頂いた現況写真を1枚添付します。
土台の腐朽が気になるので、床下点検口からの確認もお願いします。

{SIG_ONODERA}
""",
        "attachments": [{"kind": "png", "name": "kurisu_bath_genkyo.png"}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one homeowner's contact details to the builder for a site survey: a single person, may warn",
    },
    {
        "id": "kenchikusekkei-059",
        "charset": "cp932",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>"],
        "subject": "五百旗頭様邸 数量拾い（木拾い）",
        "body": f"""青柳様

柴田です。
五百旗頭様邸の木拾い表をお送りします。プレカット工場への発注前にご確認ください。
構造材・羽柄材・合板でシートを分けています。

{SIG_SHIBATA}
""",
        "attachments": [{"kind": "corrupt", "name": "IOKIBE_kihiroi_v2.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt and cannot be inspected (reason 7)",
    },
    {
        "id": "kenchikusekkei-060",
        "charset": "utf-8",
        "sender": "Olivia Hartmann <olivia.hartmann@hinode-sangyo.co.jp>",
        "to": ["Grace Lin <grace.lin@harborpine.com>"],
        "subject": "Client contacts for December furniture deliveries",
        "body": f"""Hi Grace,

As discussed, here are the contact details of our clients whose furniture packages will be
delivered in December. Your delivery team can call them directly to fix the time.

  Client              Address                                      Phone           E-mail
  ------------------  -------------------------------------------  --------------  ------------------------------
  Hannah Okafor       1-7-22 Utsukushigaoka, Aoba-ku, Yokohama     080-4410-9271   hannah.okafor@gmail.com
  Lucas Moreau        3-9-1 Fujigaoka, Aoba-ku, Yokohama           070-3381-2046   lucas.moreau.jp@icloud.com
  Priya Raman         5-2-14 Kitayamata, Tsuzuki-ku, Yokohama      090-6617-0358   priya.raman@outlook.jp
  Daniel Schreiber    4-11-3 Tana-machi, Aoba-ku, Yokohama         080-2296-4713   d.schreiber@gmail.com
  Mei Takahashi-Ross  2-30-6 Eda-nishi, Aoba-ku, Yokohama          090-1185-7402   mei.tr@yahoo.co.jp
  Kenji & Sara Dahl   6-4-9 Nakagawa, Tsuzuki-ku, Yokohama         070-6042-3391   dahl.family@gmail.com

Please ask the drivers to bring floor protection - most of these houses have solid oak floors.

Thanks,
Olivia

{SIG_HARTMANN}

{DISC_EN}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English padded table of 6 clients' addresses, phones and e-mails to an external furniture supplier (reason 1)",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-061",
        "charset": "utf-8",
        "sender": "Olivia Hartmann <olivia.hartmann@hinode-sangyo.co.jp>",
        "to": ["Ethan Brooks <ethan.brooks.jp@gmail.com>"],
        "cc": ["高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>"],
        "subject": "Your house in Kamakurayama - first design proposal",
        "body": f"""Dear Ethan,

Thank you for your time on Saturday. As promised, I attach the first design proposal our
architect Ms. Takase prepared, based on what you and Naomi told us:

- a single-storey main volume with a loft, facing the garden to the south
- a separate studio for your ceramics, connected by a covered engawa
- rainwater harvesting for the garden

The next step would be a site survey (about 2 hours) - would 15 or 16 November suit you?
Ms. Takase will attend together with me, and I will interpret.

Best regards,

{SIG_HARTMANN}
""",
        "attachments": [{
            "kind": "pptx",
            "name": "Brooks_residence_proposal_v1.pptx",
            "title": "Brooks Residence - Design Proposal v1",
            "slides": [
                ["Brooks Residence", "Design proposal v1", "Hinode Sangyo Residential Design Office"],
                ["Concept", "Living under one big roof", "Garden-facing LDK, 28 m2", "Loft 12 m2 for guests"],
                ["Studio", "Ceramics studio 16 m2 with kiln room", "Covered engawa link 6 m"],
                ["Performance", "Insulation grade 6 (UA 0.46)", "Seismic grade 3", "Rainwater tank 2 m3"],
                ["Budget & schedule", "Estimated JPY 42-46 million incl. tax", "Design 4 months, construction 6 months"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English design proposal (PPTX) to one private client on gmail; no personal data",
    },
    {
        "id": "kenchikusekkei-062",
        "charset": "iso-2022-jp",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginko.co.jp>"],
        "subject": "石黒様 本審査書類（住民票）の送付",
        "body": f"""宮坂様

お世話になっております。日の出産業の久世でございます。
石黒様の本審査書類のうち、住民票をスキャンしてお送りいたします。
お客様ご自身で取得されたもので、原本は金消契約時にお持ちいただきます。

ほかの書類（源泉徴収票・課税証明書）は本日郵送いたしました。
よろしくお願いいたします。

{SIG_KUZE}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "石黒様_住民票.pdf",
            "title": "住民票の写し",
            "lines": [
                "住民票の写し　　　　　　　　　　　　　　横浜市青葉区長",
                "住所　神奈川県横浜市青葉区若草台18番地6",
                "世帯主　石黒 拓也",
                "",
            ],
            "table": [
                ["氏名", "生年月日", "性別", "続柄", "住民となった年月日", "個人番号"],
                ["石黒 拓也", "昭和60年8月12日", "男", "世帯主", "平成30年4月1日", MN_ISHIGURO_H],
                ["石黒 奈津子", "昭和62年2月27日", "女", "妻", "平成30年4月1日", MN_ISHIGURO_W],
            ],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "scanned residence certificate PDF printed with both spouses' My Numbers, sent to the bank (reason 2)",
    },
    {
        "id": "kenchikusekkei-063",
        "charset": "cp932",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["匠ホーム建設 経理 <keiri@takumi-home.co.jp>"],
        "cc": ["yamagiwa.aya@takumi-home.co.jp"],
        "subject": "注文書送付のご案内（PO-25-1187 東海林様邸 マンションリフォーム）",
        "body": f"""匠ホーム建設株式会社
経理ご担当者様

いつもお世話になっております。日の出産業の三好です。
標記工事の注文書をお送りします。注文請書をご返送くださいますようお願いいたします。
請求書には、弊社の注文番号（PO-25-1187）を必ずご記載ください。

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室
""",
        "attachments": [{
            "kind": "docx",
            "name": "注文書_PO-25-1187.docx",
            "title": "注文書 PO-25-1187",
            "paragraphs": [
                "注 文 書　　No. PO-25-1187　　2025年10月31日",
                "匠ホーム建設株式会社 御中（法人番号 2020001034571）",
                "日の出産業株式会社（適格請求書発行事業者 登録番号 T4801003020958）",
                "下記のとおり注文いたします。",
            ],
            "tables": [[
                ["工事名", "グリーンパーク港北1104号室 リフォーム工事"],
                ["工期", "2025年11月10日～2025年12月5日"],
                ["注文金額", "3,960,000円（うち消費税 360,000円）"],
                ["支払条件", "月末締め翌月末払い（振込）"],
            ]],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "purchase order between two companies with corporate / invoice registration numbers; no personal data",
    },
    {
        "id": "kenchikusekkei-064",
        "charset": "utf-8",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>"],
        "subject": "Re: 上棟の日の参加者と駐車台数を教えてください",
        "body": f"""青柳さん

お疲れさまです。柴田です。
施主様に確認しました。上棟当日に来られるのは以下の6名です。
上棟式はしませんが、お昼のお弁当と記念撮影はしたいとのことです。

氏名　　　　　　　　続柄　　　　連絡先　　　　　　お車
五百旗頭 浩　　　　施主　　　　090-5172-3384　　品川 300 さ 41-07
五百旗頭 佳代　　　奥様　　　　080-2906-5513　　（同乗）
五百旗頭 陽翔　　　ご長男　　　－　　　　　　　　（同乗）
五百旗頭 敏郎　　　お父様　　　045-472-0618　　　横浜 501 ね 22-90
五百旗頭 節子　　　お母様　　　090-4381-7729　　（同乗）
笠間 順子　　　　　奥様のお母様　080-6647-1032　　相模 330 ま 15-83

車は3台です。現場前の路上は厳しいので、コインパーキングの案内をお願いできますか。

柴田

> 柴田さん
> 森山工務店の青柳です。
> 12/12の上棟、施主様ご家族で見に来られる方の人数と、車の台数を教えてください。
> 近隣への挨拶文に台数を書くので、今週中だと助かります。

{SIG_SHIBATA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a reply whose NEW text lists 6 people with phones and car plates to an external builder (reason 1)",
    },
    {
        "id": "kenchikusekkei-065",
        "charset": "utf-8",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["ルクス照明デザイン 辻井様 <tsujii@lux-lighting.jp>"],
        "subject": "照明計画のご依頼（弱視の方が暮らすお住まい）",
        "body": f"""ルクス照明デザイン
辻井様

ご無沙汰しております。日の出産業の高瀬です。
照明計画を1件お願いしたく、ご連絡しました。

施主の一尺八寸 光司 様（かまつか こうじ 様、50代）は網膜色素変性症で、
視野が狭く、暗い場所ではほとんど見えない状態です（障害者手帳2級とのこと）。
ご本人の希望は「夜でも自分で家の中を移動できること」です。

　・廊下・階段：足元灯を連続させ、明暗差を作らない
　・まぶしさに弱いため、直接光源が目に入らない間接照明中心
　・スイッチは大きく、位置を全室で統一

12月上旬に一度、ご自宅（川崎市多摩区）で現状を一緒に見ていただけないでしょうか。

{SIG_TAKASE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named client's eye disease and disability grade sent to an external lighting designer (reason 3)",
    },
    {
        "id": "kenchikusekkei-066",
        "charset": "utf-8",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "建材配送のお問い合わせ番号（11/4 着分）",
        "body": f"""青葉運輸株式会社
配車センター ご担当者様

お世話になっております。日の出産業の藤堂です。
11/4着の建材配送について、お問い合わせ番号をお知らせします。
3便とも、現場（都筑区牛久保西）への午前着でお願いします。

  伝票番号 4471-2290-6613　断熱材（押出法PS）　28ケース
  伝票番号 4471-2290-6620　構造用合板 24mm　45枚
  伝票番号 4471-2290-6637　防水シート・気密テープ　6梱包

4tユニック不可（前面道路 4.0m）、2tロングでお願いいたします。

{SIG_TODO}
""",
        "html": """<html><body>
<p>青葉運輸株式会社<br>配車センター ご担当者様</p>
<p>お世話になっております。日の出産業の藤堂です。<br>
11/4着の建材配送について、お問い合わせ番号をお知らせします。<br>
3便とも、現場（都筑区牛久保西）への午前着でお願いします。</p>
<table border="1" cellpadding="3">
<tr><th>伝票番号</th><th>品名</th><th>数量</th></tr>
<tr><td>4471-2290-6613</td><td>断熱材（押出法PS）</td><td>28ケース</td></tr>
<tr><td>4471-2290-6620</td><td>構造用合板 24mm</td><td>45枚</td></tr>
<tr><td>4471-2290-6637</td><td>防水シート・気密テープ</td><td>6梱包</td></tr>
</table>
<p>4tユニック不可（前面道路 4.0m）、2tロングでお願いいたします。</p>
<p>--<br>藤堂 健（現場監理）<br>日の出産業（株）住宅事業部 設計室<br>携帯 080-6604-2271 / 事務所 045-477-3810</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text+HTML mail with tracking numbers to a partner carrier; no personal data",
    },
    {
        "id": "kenchikusekkei-067",
        "charset": "iso-2022-jp",
        "sender": "河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>",
        "to": ["桑原 <kuwabara@tsubasa-sytem.jp>"],
        "subject": "CADライセンス更新（12ライセンス）のお見積り依頼",
        "body": f"""株式会社ツバサシステム
営業部 桑原様

いつもお世話になっております。日の出産業の河合です。
来年1月に更新を迎える建築CADのライセンスについて、お見積りをお願いいたします。

　製品　：ArchiPlan Pro 2026（年間サブスクリプション）
　数量　：12ライセンス（うち2ライセンスは構造オプション付き）
　契約番号：TS-CAD-20190412

BIMソフトへの切替えも並行して検討中のため、併用期間の割引があれば合わせてご提示ください。

{SIG_KAWAI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain tsubasa-sytem.jp (dropped 's') is a look-alike of the partner tsubasa-system.jp (reason 5)",
    },
    {
        "id": "kenchikusekkei-068",
        "charset": "cp932",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["成瀬 浩二 <naruse@naruse-tax.jp>"],
        "subject": "RE: 堤様 住宅ローン控除の申告完了のご報告",
        "body": f"""成瀬先生

ご報告ありがとうございます。久世でございます。
堤様にも、申告が完了した旨をお伝えいたしました。
来年以降は年末調整での控除になる旨もご説明済みです。

今後ともよろしくお願い申し上げます。

{SIG_KUZE}

差出人: 成瀬 浩二 <naruse@naruse-tax.jp>
送信日時: 2025年10月27日 16:08
宛先: 久世 沙織 <kuze.saori@hinode-sangyo.co.jp>
件名: 堤様 住宅ローン控除の申告完了のご報告

日の出産業 久世様

お世話になっております。成瀬税理士事務所の成瀬です。
堤様の住宅借入金等特別控除（初年度）の申告が完了しましたのでご報告します。
控えとして、申告に用いた情報を記載しておきます。

　氏名：堤 健太郎
　個人番号：{_sp(MN_QUOTED)}
　住所：川崎市宮前区宮崎3-8-12
　控除額（初年度）：218,400円

よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the My Number appears only in the quoted message (差出人/送信日時) that the tax accountant himself sent",
    },
    {
        "id": "kenchikusekkei-069",
        "charset": "utf-8",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "コーポ霧が丘 外壁改修 入居者様への事前連絡",
        "body": f"""山際様

お世話になっております。小野寺です。
コーポ霧が丘（4戸）の外壁改修、足場を組む前に各戸へ直接ご連絡をお願いします。
オーナー様から、入居者様の連絡先をお預かりしました。

101,秋津 俊輔,090-2733-6140,平日夜のみ在宅
102,茅野 りさ,080-5826-3097,在宅ワーク
201,ンジャイ・ママドゥ,070-4108-2271,日本語可・SMSが確実
202,宿谷 恒夫,045-921-5530,高齢・固定電話のみ

ベランダの私物移動のお願いも合わせてお伝えください。

{SIG_ONODERA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four tenants' names and phones to the builder: under five people, may warn but must go",
    },
    {
        "id": "kenchikusekkei-070",
        "charset": "utf-8",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["設計室メンバー <sekkei-all@mail.hinode-sangyo.co.jp>"],
        "subject": "標準仕様書2025（社外秘）の最新版",
        "body": f"""設計室の皆さん

お疲れさまです。高瀬です。
標準仕様書2025の第3版を添付します（p.5 標準単価を改訂）。
社外秘です。工務店さんに渡すときは、単価のページを抜いた版（共有フォルダ）を使ってください。

{SIG_TAKASE}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "標準仕様書2025_第3版_社内用.pdf",
            "page_header": "社外秘",
            "lines": ["日の出の家 標準仕様書 2025年版（第3版）社内用",
                      "5. 標準単価（税別・延床30坪基準）",
                      "  本体工事 坪単価 78.5万円 ／ 付帯工事 一式 320万円 ／ 粗利目標 24%"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 document, but sent only to an internal subdomain list",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-071",
        "charset": "utf-8",
        "sender": "Olivia Hartmann <olivia.hartmann@hinode-sangyo.co.jp>",
        "to": [
            "Prof. Kenta Morishita <morishita@tokai-kogyo.ac.jp>",
            "Prof. Anna Lindqvist <lindqvist@shonan-geidai.ac.jp>",
            "Dr. Ryo Ishikura <ishikura.r@kanto-kenchiku.ac.jp>",
        ],
        "cc": ["河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>"],
        "subject": "Hinode Housing Design Award 2026 - jury meeting dates",
        "body": f"""Dear members of the jury,

Thank you again for agreeing to serve on the jury of the Hinode Housing Design Award 2026.
We received 142 entries this year, 38 of them from overseas students.

We would like to hold the first-round online review and the final jury meeting on:

  First round (online):   Friday 23 January 2026, 14:00-17:00 JST
  Final meeting (Tokyo):  Saturday 14 February 2026, 10:00-16:00, followed by dinner

The entry portfolios will be shared through a download link one week before the first round.
Please let me know by 20 December whether these dates work for you.

Kind regards,

{SIG_HARTMANN}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (universities) in To can see each other: should have been Bcc (reason 4)",
    },
    {
        "id": "kenchikusekkei-072",
        "charset": "utf-8",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["ひだまり居宅介護支援事業所 林様 <hayashi@hidamari-care.or.jp>"],
        "subject": "住宅改修の進捗一覧（ひだまりさんご担当分）",
        "body": f"""ひだまり居宅介護支援事業所
林様

いつもお世話になっております。日の出産業の小野寺です。
林様にご担当いただいている利用者様の住宅改修について、進捗を一覧にしました。
理由書の作成時期の目安にしていただければと思います。

{SIG_ONODERA}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "住宅改修進捗_ひだまり様.xlsx",
            "sheets": {
                "進捗": [
                    ["住宅改修 進捗一覧（2025/10/31現在）", "", "", "", "", "", ""],
                    ["利用者", "住所", "電話", "要介護度", "主な疾患・状態", "改修内容", "状況"],
                    ["乙部 正蔵", "町田市玉川学園5-21-3", "042-728-1147", "要介護2", "脳梗塞後遺症（左片麻痺）、糖尿病", "手すり・段差解消・引戸", "理由書待ち"],
                    ["汐見 トメ", "川崎市多摩区生田7-9-15", "044-933-6672", "要介護1", "アルツハイマー型認知症", "玄関補助錠・手すり", "見積提出済"],
                    ["宿谷 恒夫", "横浜市緑区霧が丘1-3-8-202", "045-921-5530", "要支援2", "変形性膝関節症", "浴室手すり・すのこ", "現調予定 11/6"],
                    ["能勢 キヨ", "横浜市青葉区市ケ尾町1170-4", "045-972-8804", "要介護3", "パーキンソン病", "階段昇降機の検討", "ご家族と相談中"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "only four rows, but each holds a named person's diagnosis and care level, sent to an external care office (reason 3)",
    },
    {
        "id": "kenchikusekkei-073",
        "charset": "iso-2022-jp",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginko.co.jp>"],
        "cc": ["杉浦司法書士事務所 杉浦先生 <sugiura@sugiura-shihou.jp>"],
        "subject": "真壁様 融資実行・決済日の確定について",
        "body": f"""みどり銀行 宮坂様
（cc：杉浦司法書士事務所 杉浦先生）

いつもお世話になっております。日の出産業の久世でございます。
真壁様の融資実行・決済日について、関係者の皆さまのご都合が揃いましたので、下記で確定とさせてください。

　日時：2025年12月12日（金）10:30～
　場所：みどり銀行 長津田支店 2階 応接室
　出席：真壁様、宮坂様、杉浦先生、弊社 久世

当日の必要書類は、杉浦先生から真壁様へ直接ご案内いただけると伺っております。
どうぞよろしくお願いいたします。

{SIG_KUZE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way mail with two external organisations (bank and scrivener); client named only",
    },
    {
        "id": "kenchikusekkei-074",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["大和田総合建設 安全衛生課 <anzen@owada-kensetsu.co.jp>"],
        "subject": "新規入場者届（日の出産業 設計監理・協力大工）",
        "body": f"""大和田総合建設株式会社
安全衛生課 ご担当者様

お世話になっております。日の出産業の藤堂です。
センター北の保育園新築現場（木造部分）に、来週から弊社側で入場する者の
新規入場者届の記載事項をお送りします。

――――――――――――――――
■1 藤堂 健（トウドウ ケン）
　生年月日：1978年9月3日　　所属：日の出産業（監理）
　現住所：横浜市港北区大倉山5-31-9
　緊急連絡先：藤堂 美和（妻）090-3347-2651
■2 砂川 利夫（スナカワ トシオ）
　生年月日：1969年1月28日　　所属：匠ホーム建設（大工）
　現住所：川崎市高津区久末1882-3
　緊急連絡先：砂川 明美（妻）080-1174-5082
■3 嘉数 翔（カカズ ショウ）
　生年月日：1998年10月2日　　所属：匠ホーム建設（大工）
　現住所：横浜市港北区綱島東2-7-15-201
　緊急連絡先：嘉数 恵子（母）098-877-3310
■4 伊良部 勝也（イラブ カツヤ）
　生年月日：1984年6月16日　　所属：伊良部木工（造作）
　現住所：横浜市都筑区東方町1420-6
　緊急連絡先：伊良部 沙織（妻）070-2958-4416
■5 東風平 拓（コチンダ タク）
　生年月日：2003年4月7日　　所属：伊良部木工（見習い）
　現住所：横浜市都筑区川和町891-3 コーポ川和203
　緊急連絡先：東風平 英樹（父）090-6610-3087
――――――――――――――――

健康診断書・資格証の写しは、入場初日に持参いたします。

{SIG_TODO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one block per worker: 5 people's DOB, home address and emergency contacts to an external general contractor (reason 1)",
    },
    {
        "id": "kenchikusekkei-075",
        "charset": "iso-2022-jp",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["堀籠 貴之 <horigome.t@ezweb.ne.jp>"],
        "subject": "Re: 個人情報の取り扱い同意書について",
        "body": f"""堀籠様

ご質問ありがとうございます。日の出産業の柴田です。

先日ご署名いただいた「個人情報の取り扱いに関する同意書」は、
住宅ローンのお手続きと瑕疵保険の申込みのために、みどり銀行・保険会社へ
必要な範囲でお名前やご住所をお渡しすることへの同意です。
それ以外の目的（広告など）に使うことはありませんのでご安心ください。

同意書の控えは、次回の打合せ（11/8）でお渡しします。

{SIG_SHIBATA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the word 個人情報 used in passing, explaining a consent form to one client on a carrier address",
    },
    {
        "id": "kenchikusekkei-076",
        "charset": "utf-8",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["杉浦 <sugiura@sugiura-shihou.jp>"],
        "subject": "海外在住の共有者（登記名義人）の本人確認について",
        "body": f"""杉浦先生

お世話になっております。日の出産業の久世です。
御手洗様邸の土地は、ご主人と、シンガポール在住の弟様との共有名義になるご予定です。
弟様は住民票がないため、パスポートで本人確認をしたいとのことで、記載事項をお送りします。

　氏名：御手洗 蓮（ミタライ レン）
　生年月日：1993年1月6日
　旅券番号：TR6205837
　発行日：2022年3月15日　有効期限：2032年3月15日
　現住所：Blk 318 Clementi Avenue 5, #07-112, Singapore 120318

在留証明（在シンガポール日本国大使館発行）は、原本をEMSで送付済みとのことです。

{SIG_KUZE}
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a co-owner's passport number sent to an external judicial scrivener (reason 2)",
    },
    {
        "id": "kenchikusekkei-077",
        "charset": "utf-8",
        "sender": "高瀬 真理子 <takase.mariko@hinode-sangyo.co.jp>",
        "to": ["早瀬建設 早瀬様 <hayase.k@hayase-kensetsu.co.jp>"],
        "subject": "小坂様邸 第4回設計打合せ 議事録",
        "body": f"""早瀬様

お世話になっております。日の出産業の高瀬です。
昨日の小坂様邸 第4回打合せの議事録をお送りします。
施工に関わる決定事項（外壁材・サッシ色・造作）が含まれますので、ご確認ください。

{SIG_TAKASE}
""",
        "attachments": [{
            "kind": "docx",
            "name": "小坂様邸_第4回打合せ議事録.docx",
            "paragraphs": [
                "小坂様邸 新築工事 第4回設計打合せ 議事録",
                "日時：2025年10月30日（木）14:00～16:30　場所：日の出産業 新横浜ショールーム",
                "出席：小坂様ご夫妻、日の出産業 高瀬・真鍋、早瀬建設 早瀬様",
            ],
            "tables": [[
                ["No", "項目", "決定事項", "担当"],
                ["1", "外壁", "ガルバリウム鋼板 角波 ブラック＋一部 杉板張り", "高瀬"],
                ["2", "サッシ", "樹脂サッシ 外観色ブラック、内観ホワイト", "早瀬建設"],
                ["3", "造作", "リビング壁面収納（W3600）、カウンターデスク", "真鍋"],
                ["4", "次回", "11/13（木）14:00 照明・コンセント打合せ", "－"],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting minutes to one builder; the clients are only named as attendees, no other personal data",
    },
    {
        "id": "kenchikusekkei-078",
        "charset": "iso-2022-jp",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": ["木佐貫 <kisanuki@kenchiku-kakunin.or.jp>"],
        "subject": "小坂様邸 確認申請図書（事前相談用）",
        "body": f"""かながわ建築確認センター
木佐貫様

お世話になっております。日の出産業の江藤です。
小坂様邸（第一種低層住居専用地域、3階建て）の事前相談用に、
申請図書一式をPDFでお送りします。
北側斜線と日影規制の扱いについて、ご意見をいただけますと幸いです。

{SIG_ETO}
""",
        "attachments": [{"kind": "corrupt", "name": "KOSAKA_kakunin_shinsei_tosho.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected (reason 7)",
    },
    {
        "id": "kenchikusekkei-079",
        "charset": "cp932",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginko.co.jp>"],
        "subject": "１２月 金銭消費貸借契約の日程と返済口座のご連絡",
        "body": f"""みどり銀行　宮坂様

いつもお世話になっております。日の出産業の久世でございます。
１２月に金消契約をお願いしているお客様の日程と、返済用口座をまとめました。
口座はいずれもお客様ご本人名義で、口座振替依頼書は当日ご持参いただきます。

・相葉 俊介 様　　１２／３（水）１０：００　返済口座：みどり銀行 町田支店 普通 {_fw("5530271")}　連絡先 {_fw("090-3318-6402")}
・御手洗 亮 様　　１２／５（金）１４：００　返済口座：みどり銀行 長津田支店 普通 {_fw("1184096")}　連絡先 {_fw("070-2284-5519")}
・月見里 かおり 様　１２／９（火）１０：００　返済口座：みどり銀行 新百合ヶ丘支店 普通 {_fw("7702318")}　連絡先 {_fw("090-7730-1186")}
・新谷 まゆみ 様　１２／１０（水）１５：００　返済口座：みどり銀行 大和支店 普通 {_fw("3369820")}　連絡先 {_fw("070-5108-7741")}
・堀籠 貴之 様　　１２／１５（月）１０：３０　返済口座：みどり銀行 センター北支店 普通 {_fw("6041753")}　連絡先 {_fw("080-2967-0054")}

ご確認のほどよろしくお願い申し上げます。

{SIG_KUZE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bulleted list of 5 borrowers with bank accounts and phones in full-width digits to the bank (reason 1)",
    },
    {
        "id": "kenchikusekkei-080",
        "charset": "iso-2022-jp",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
        "subject": "法人契約 宿泊予約のお願い（11/20・3名）",
        "body": f"""さくらホテル 予約センター ご担当者様

いつもお世話になっております。
日の出産業株式会社（法人契約番号 SH-00417）の三好です。
軽井沢の別荘改修現場の立会いのため、下記の通り宿泊予約をお願いいたします。

　ホテル：さくらホテル軽井沢
　日程　：11月20日（木）チェックイン、1泊
　人数　：3名（シングル3室、禁煙）
　宿泊者：高瀬 真理子、藤堂 健、柴田 拓海
　精算　：法人請求（後日請求書払い）

よろしくお願いいたします。

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室　TEL 045-477-3810
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "hotel booking to a partner for three staff members, names only; ordinary business mail",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-081",
        "charset": "utf-8",
        "sender": "河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 田渕様 <tabuchi@nishiki-insatsu.co.jp>"],
        "subject": "新規格住宅カタログの制作ご相談（企画資料）",
        "body": f"""錦印刷株式会社
田渕様

お世話になっております。日の出産業の河合です。
来春発売予定の規格住宅シリーズのカタログ制作をお願いしたく、企画資料をお送りします。
デザインの方向性とページ構成のご提案を、11月中にいただけますでしょうか。

{SIG_KAWAI}
""",
        "attachments": [{
            "kind": "pptx",
            "name": "HINODE_SMART_ZERO_商品企画_v4.pptx",
            "title": "HINODE SMART ZERO 商品企画",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
            "slides": [
                ["HINODE SMART ZERO", "規格住宅シリーズ 商品企画書 v4", "2026年4月発売予定"],
                ["コンセプト", "ZEH標準・断熱等級7", "3プラン×2外観から選ぶ規格住宅", "本体価格 1,980万円～（税込）"],
                ["ターゲット", "30代子育て世帯・共働き", "土地30～40坪の郊外分譲地"],
                ["競合比較", "大手HMの規格商品より坪単価 8～12万円安", "性能は同等以上"],
                ["発売スケジュール", "1月 モデルハウス着工", "3月 プレス発表", "4月 受注開始"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX carries a CONFIDENTIAL / Internal Only footer on every slide, sent to an external printer (reason 6)",
    },
    {
        "id": "kenchikusekkei-082",
        "charset": "cp932",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["青柳 仁 <aoyagi@moriyama-koumuten.co.jp>"],
        "subject": "能登様邸（中古戸建て改修）の現場での注意事項",
        "body": f"""青柳様

お世話になっております。小野寺です。
来週から着工の能登様邸について、現場の皆さんに必ず守っていただきたいことがあります。

施主の能登 沙耶 様はお子さん2人と暮らすシングルマザーで、元夫からのDV被害を受け、
裁判所の保護命令を得てこちらに転居されています。
元夫に現住所を知られないよう、以下を徹底してください。

　・工事看板に施主名を出さない（「能登様邸」ではなく「K邸改修工事」）
　・近隣や業者から施主について聞かれても一切答えない
　・施主宛ての郵送物は弊社経由にする（現場住所に送らない）
　・不審な人物が現場周辺にいたら、すぐに警察（110）と小野寺へ

工事場所：神奈川県大和市南林間二丁目24番13号

ご理解のほど、よろしくお願いいたします。

{SIG_ONODERA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a named client as a domestic-violence victim with her hidden address, sent to an external builder (reason 3)",
    },
    {
        "id": "kenchikusekkei-083",
        "charset": "utf-8",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["エアテスト 測定部 <sokutei@airtest-kimitsu.co.jp>"],
        "subject": "気密測定の立会い者（2/6 五百旗頭様邸）",
        "body": f"""株式会社エアテスト
測定部 ご担当者様

お世話になっております。日の出産業の藤堂です。
2/6（金）13時からの気密測定、当日の立会い者は以下の4名です。
施主様ご夫妻も測定の様子を見学されます。

　1. 五百旗頭 浩 様（施主）　090-5172-3384
　2. 五百旗頭 佳代 様（施主奥様）　080-2906-5513
　3. 青柳 仁（森山工務店 現場監督）　090-8814-2067
　4. 藤堂 健（日の出産業 監理）　080-6604-2271

現場に駐車スペースが1台分しかないため、測定車はそちらをお使いください。

{SIG_TODO}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four attendees with phone numbers (two of them private clients) to a contractor: under five, may warn",
    },
    {
        "id": "kenchikusekkei-084",
        "charset": "iso-2022-jp",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": ["かながわ建築確認センター 適合証明係 <tekigou@kenchiku-kakunin.or.jp>"],
        "subject": "フラット３５ 適合証明 申請予定者のお知らせ",
        "body": f"""かながわ建築確認センター
適合証明係 ご担当者様

いつもお世話になっております。日の出産業の江藤です。
フラット３５の適合証明（新築・中間＋竣工）について、年明けに申請予定の方をお知らせします。
検査日程の仮押さえをお願いできますでしょうか。

　申請者（フリガナ）　　　　生年月日　　　　　　　電話番号
　――――――――――――　―――――――――――　――――――――――――
　キリュウ　セイジ　　　　　昭和５８年４月２日　　{_fw("090-4826-1137")}
　アイモノ　ケン　　　　　　昭和６１年１１月３日　{_fw("090-6652-3370")}
　ハツカデ　ミナミ　　　　　平成２年８月１９日　　{_fw("080-3115-2284")}
　カマツカ　コウジ　　　　　昭和４７年１月３０日　{_fw("044-911-5072")}
　シオミ　コウヘイ　　　　　昭和５０年６月６日　　{_fw("070-6653-0912")}
　トカシキ　リナ　　　　　　平成８年５月２１日　　{_fw("080-4427-3150")}

設計図書は、申請時にまとめて提出いたします。

{SIG_ETO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list of 6 applicants (kana names, 和暦 DOB, full-width phones) to an external inspection body (reason 1)",
    },
    {
        "id": "kenchikusekkei-085",
        "charset": "cp932",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": ["相模野市 建築指導課 道路係 <doro-shido@city.sagamino.lg.jp>"],
        "subject": "狭あい道路の後退用地に関する事前協議について",
        "body": f"""相模野市 まちづくり部 建築指導課
道路係 ご担当者様

お世話になっております。日の出産業株式会社の江藤と申します。
相模野市上溝四丁目地内で計画中の住宅新築について、前面道路（幅員3.2m、2項道路）の
後退用地の取り扱いについて事前協議をお願いしたく、ご連絡いたしました。

　地名地番：相模野市上溝四丁目1520番3
　前面道路：市道上溝 第112号線（2項道路）
　後退距離：道路中心線から2.0m（後退面積 約6.1㎡）

後退部分の寄附・舗装整備の可否と、必要な協議書類についてご教示ください。
窓口へ伺う日程も調整させていただければ幸いです。

{SIG_ETO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "consultation with the city about a road setback: land lot numbers only, no personal data",
    },
    {
        "id": "kenchikusekkei-086",
        "charset": "utf-8",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["川崎電機 太陽光営業 <pv-sales@kawasaki-denki.com>"],
        "subject": "太陽光パネル・蓄電池 発注（勅使河原様邸）",
        "body": f"""川崎電機株式会社
太陽光営業 ご担当者様

いつもお世話になっております。日の出産業の藤堂です。
下記の通り発注いたします。系統連系の申請もあわせてお願いいたします。

　邸名　：勅使河原 亘 様邸
　設置先：神奈川県横浜市青葉区あざみ野一丁目15番8号
　パネル：KD-M410 ×14枚（5.74kW）
　蓄電池：KD-BT98（9.8kWh）×1台
　設置予定：2026年2月中旬（足場解体前）

見積番号 Q-KD-25-3318 の条件でお願いいたします。

{SIG_TODO}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "partner kawasaki-denki.co.jp addressed as kawasaki-denki.com: a TLD-swap look-alike (reason 5)",
    },
    {
        "id": "kenchikusekkei-087",
        "charset": "iso-2022-jp",
        "sender": "小野寺 遥 <onodera.haruka@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "乙部様邸 改修図面一式（見積用）",
        "body": f"""山際様

お世話になっております。小野寺です。
乙部様邸の改修図面（見積用）と特記仕様書をZIPにまとめました。
手すりの取付位置は展開図に寸法を入れています。

{SIG_ONODERA}
""",
        "attachments": [{
            "kind": "zip",
            "name": "OTOBE_kaishu_zumen.zip",
            "files": [
                {"kind": "pdf", "name": "01_改修平面図.pdf",
                 "lines": ["乙部様邸 改修平面図 S=1/50", "廊下 連続手すり H=750 / トイレ L型手すり / 浴室入口 段差解消"]},
                {"kind": "pdf", "name": "02_展開図.pdf",
                 "lines": ["トイレ展開図 S=1/30", "縦手すり L=600 下端 FL+650、横手すり FL+700"]},
                {"kind": "docx", "name": "03_特記仕様書.docx",
                 "paragraphs": ["特記仕様書", "手すり：木製 φ35 ブラケット下地補強（合板12mm）", "床：浴室入口の段差は床かさ上げにより解消"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of drawings and specifications to the builder: readable, no personal data",
    },
    {
        "id": "kenchikusekkei-088",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["笹倉 徹也 <t.sasakura@yahoo.co.jp>"],
        "subject": "Re: 設計申込金のお支払い方法について",
        "body": f"""笹倉様

お問い合わせありがとうございます。日の出産業 設計室の三好です。

設計申込金（10万円）は、クレジットカードでのお支払いも可能です。
ただし、セキュリティの観点から、カード番号をメールやお電話でお伺いすることはいたしておりません。
お手数ですが、次回ご来社の際に店頭の決済端末でお支払いいただくか、
後日お送りする決済用URL（有効期限72時間）からお手続きください。

お振込みの場合は、契約書に記載の弊社口座へお願いいたします。

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室　TEL 045-477-3810
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "talks about card payment but contains no card number; one free-mail client",
    },
    {
        "id": "kenchikusekkei-089",
        "charset": "utf-8",
        "sender": "三好 奈緒 <miyoshi.nao@hinode-sangyo.co.jp>",
        "to": ["錦印刷 DM発送係 <dm@nishiki-insatsu.co.jp>"],
        "subject": "OB施主様向け 年賀DM 宛名データ",
        "body": f"""錦印刷株式会社
DM発送係 ご担当者様

お世話になっております。日の出産業の三好です。
OB施主様向けの年賀DM（はがき）の宛名データをCSVでお送りします。
印刷・投函は12月20日以降でお願いします（元旦配達）。

{SIG_MIYOSHI}
日の出産業株式会社 住宅事業部 設計室
""",
        "attachments": [{
            "kind": "csv",
            "name": "nengaDM_atena_2026.csv",
            "encoding": "utf-8-sig",
            "rows": [
                ["郵便番号", "住所1", "住所2", "氏名", "連名"],
                ["225-0005", "神奈川県横浜市青葉区美しが丘西3-14-7", "", "桐生 誠司", "美帆"],
                ["194-0041", "東京都町田市玉川学園5-21-3", "", "乙部 早苗", ""],
                ["226-0016", "神奈川県横浜市緑区霧が丘4-9-2", "", "真壁 大地", ""],
                ["215-0021", "神奈川県川崎市麻生区上麻生6-33-8", "", "長谷部 航", "瑠美"],
                ["242-0001", "神奈川県大和市下鶴間2-1-19", "", "鳴海 孝典", ""],
                ["224-0032", "神奈川県横浜市都筑区茅ケ崎中央41-6", "", "伊佐治 芳江", ""],
                ["216-0033", "神奈川県川崎市宮前区宮崎3-8-12", "", "堤 健太郎", ""],
                ["227-0062", "神奈川県横浜市青葉区青葉台1-20-5", "", "雲井 恵美", ""],
                ["194-0013", "東京都町田市原町田6-11-4", "", "葛城 修", ""],
                ["227-0054", "神奈川県横浜市青葉区しらとり台3-8", "", "東 雅人", ""],
                ["226-0018", "神奈川県横浜市緑区長津田みなみ台5-17-3", "", "姥山 登紀子", ""],
                ["216-0011", "神奈川県川崎市宮前区犬蔵1-9-24", "", "漆原 健二", ""],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV mailing list of 12 homeowners' names and home addresses to the printer (reason 1)",
    },
    {
        "id": "kenchikusekkei-090",
        "charset": "utf-8",
        "sender": "Olivia Hartmann <olivia.hartmann@hinode-sangyo.co.jp>",
        "to": ["Mads Kjeldsen <mk@nordlys-windows.dk>"],
        "cc": ["北欧窓 輸入部 坂上様 <sakagami@nordic-mado.co.jp>"],
        "subject": "PO HS-2025-0917 - customs clearance and site delivery",
        "body": f"""Dear Mads, dear Sakagami-san,

Thank you both for the call this morning. To summarise what we agreed:

1. Nordlys ships PO HS-2025-0917 from Aarhus on 12 December (container ref. MSKU 448210-7).
2. Nordic Mado handles customs clearance in Yokohama and the delivery to site on a
   2-tonne truck (the access road is only 4 m wide).
3. Installation training for the builder's carpenters: 20 January, on site, by Nordic Mado.

Mads, could you send the packing list to Sakagami-san directly once the container is loaded?

Best regards,

{SIG_HARTMANN}

{DISC_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "English three-way mail with two external organisations (maker and importer); no personal data",
    },
]

# ---------------------------------------------------------------------------------------
MESSAGES += [
    {
        "id": "kenchikusekkei-091",
        "charset": "iso-2022-jp",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["五百旗頭 浩 <hiroshi.iokibe@gmail.com>"],
        "cc": [
            "青柳 仁 <aoyagi@moriyama-koumuten.co.jp>",
            "岡田 誠一郎 <okada@okada-kozo.jp>",
            "木佐貫 <kisanuki@kenchiku-kakunin.or.jp>",
        ],
        "subject": "【五百旗頭様邸】計画変更（バルコニー延長）の進め方について",
        "body": f"""五百旗頭様
（cc：森山工務店 青柳様、オカダ構造設計 岡田様、かながわ建築確認センター 木佐貫様）

いつもお世話になっております。日の出産業の柴田です。
ご要望いただいた2階バルコニーの延長（奥行 1.2m→1.8m）について、
関係者の皆さまに進め方を共有いたします。

1. 構造：跳ね出し部の梁せいを変更（岡田様に再計算をお願い済み）
2. 確認申請：軽微な変更に該当しないため、計画変更確認申請が必要（木佐貫様にご相談済み）
3. 工程：変更確認の取得まで 2階床の施工を保留。上棟日（12/12）は変更なし
4. 費用：追加概算 約48万円（詳細は森山工務店様からお見積り）

ご不明な点がございましたら、柴田までお問い合わせください。

{SIG_SHIBATA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a private client plus three external organisations in To/Cc can all see each other (reason 4)",
    },
    {
        "id": "kenchikusekkei-092",
        "charset": "cp932",
        "sender": "藤堂 健 <todo.ken@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "応援の職人さん（一人親方）の連絡先",
        "body": f"""山際さん

藤堂です。
12月は現場が重なるので、うちで以前お願いしていた一人親方の職人さんを紹介します。
みなさん直接連絡OKとのことです。

　大工　　 砂押 健吾（砂押工務）　　　090-3651-2208
　大工　　 嵩原 亮（嵩原木工）　　　　080-2714-6693
　左官　　 根路銘 正（根路銘左官）　　090-5108-3347
　板金　　 瀬長 誠（瀬長板金）　　　　070-3382-9016
　クロス　 比屋定 まどか（MH内装）　　080-9041-5527

単価はそれぞれと直接相談してください。

{SIG_TODO}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five sole-proprietor craftsmen with trade names and mobiles: business contacts or a list of people",
    },
    {
        "id": "kenchikusekkei-093",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["ひかり広告 営業部 今泉様 <imaizumi@hikari-ad.co.jp>"],
        "subject": "Re: 見学会アンケートの集計結果",
        "body": f"""今泉様

お世話になっております。真鍋です。
10月の完成見学会のアンケート、集計結果（件数のみ）をCSVでお送りします。
来場のきっかけは Instagram が最多でしたので、次回の広告配分の参考にしてください。
個人が特定できる回答は含めていません。

{SIG_MANABE}

> 真鍋様
> 見学会のアンケート結果、集計だけで結構ですので共有いただけますか。
> 次回の出稿プランに反映したいと思います。
> ひかり広告 今泉
""",
        "attachments": [{
            "kind": "csv",
            "name": "kengakukai_enquete_202510_summary.csv",
            "encoding": "utf-8",
            "rows": [
                ["設問", "回答", "件数"],
                ["来場のきっかけ", "Instagram", "14"],
                ["来場のきっかけ", "ポータルサイト", "9"],
                ["来場のきっかけ", "チラシ", "5"],
                ["来場のきっかけ", "知人の紹介", "4"],
                ["検討時期", "1年以内", "12"],
                ["検討時期", "1～2年", "15"],
                ["検討時期", "未定", "5"],
                ["年代", "20代", "6"],
                ["年代", "30代", "17"],
                ["年代", "40代以上", "9"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate survey counts only, no individuals; sent to an ad agency",
    },
    {
        "id": "kenchikusekkei-094",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["山際 彩 <yamagiwa.aya@takumi-home.co.jp>"],
        "subject": "東海林様邸 内装仕上げ表（確定版）",
        "html": """<div style="font-family:sans-serif">
<p>山際様</p>
<p>お世話になっております。日の出産業の真鍋です。<br>
東海林様邸（1104号室）の内装仕上げが確定しましたので、仕上げ表をお送りします。</p>
<table border="1" style="border-collapse:collapse" cellpadding="4">
<thead><tr><th>室名</th><th>床</th><th>壁</th><th>天井</th><th>備考</th></tr></thead>
<tbody>
<tr><td>LDK</td><td>遮音フローリング LL-45 オーク</td><td>クロス SG-5521</td><td>クロス SG-5501</td><td>TV面のみ アクセント SG-7730</td></tr>
<tr><td>洋室1</td><td>遮音フローリング LL-45 オーク</td><td>クロス SG-5521</td><td>クロス SG-5501</td><td></td></tr>
<tr><td>洗面</td><td>CF NS-228</td><td>クロス 防カビ SG-6104</td><td>クロス SG-5501</td><td></td></tr>
<tr><td>トイレ</td><td>CF NS-228</td><td>クロス SG-6104</td><td>クロス SG-5501</td><td>手洗いカウンター造作</td></tr>
</tbody></table>
<p>品番の在庫確認をお願いいたします。</p>
<p>真鍋 このみ｜インテリアコーディネーター<br>日の出産業株式会社 住宅事業部 設計室<br>TEL 045-477-3836</p>
</div>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only finish schedule with product codes to the builder",
    },
    {
        "id": "kenchikusekkei-095",
        "charset": "iso-2022-jp",
        "sender": "久世 沙織 <kuze.saori@hinode-sangyo.co.jp>",
        "to": ["宮坂 浩之 <miyasaka.hiroyuki@midori-ginko.co.jp>"],
        "subject": "堀籠様 団信の告知内容についてのご相談",
        "body": f"""宮坂様

お世話になっております。日の出産業の久世でございます。
堀籠様の団体信用生命保険の告知について、ご本人から相談を受けましたのでお伝えいたします。

　お名前：堀籠 貴之 様（1981年11月26日生）
　告知事項：
　　・2年前の健康診断で2型糖尿病と診断、現在も内服治療中（HbA1c 7.2）
　　・高血圧症で降圧剤を服用中
　　・3年前に尿管結石で入院（5日間）

一般団信が難しい場合、ワイド団信や金利上乗せの条件でのご提案は可能でしょうか。
ご本人は借入額を多少減らしても良いとおっしゃっています。

{SIG_KUZE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named client's diagnoses, medication and hospital stay sent to the bank (reason 3)",
    },
    {
        "id": "kenchikusekkei-096",
        "charset": "cp932",
        "sender": "江藤 亮介 <eto.ryosuke@hinode-sangyo.co.jp>",
        "to": ["笠間 順子 <junko-kasama@docomo.ne.jp>"],
        "subject": "地盤調査の結果について",
        "body": f"""笠間様

いつもお世話になっております。日の出産業の江藤です。
先日実施した地盤調査（スウェーデン式サウンディング試験、5ポイント）の結果が出ましたので、
ご報告いたします。

・地表から2.5m付近まで、やや軟らかいローム層が続いています。
・2.5m以深は締まった層で、建物の重さを十分に支えられます。
・判定：表層改良（セメント系固化材、深さ2.0m）を推奨します。
　概算費用：約65万円（税込）

詳しい報告書は、次回のお打合せの際に紙でお渡しし、ご説明いたします。

{SIG_ETO}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "soil survey report to one private client on a carrier address; no personal data",
    },
    {
        "id": "kenchikusekkei-097",
        "charset": "utf-8",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["岡田 誠一郎 <okada@okada-kozo.jp>"],
        "subject": "小坂様邸 意匠図・プランの送付（構造検討用）",
        "body": f"""岡田様

お世話になっております。柴田です。
小坂様邸（3階建て）の意匠図を送ります。構造検討をお願いいたします。
社内ルールでパスワード付きZIPにしています。パスワードはお電話でお伝えします。

特に、1階ビルトインガレージの開口（W5460）まわりの門型フレームをご検討ください。

{SIG_SHIBATA}
""",
        "attachments": [{
            "kind": "zip",
            "name": "KOSAKA_ishouzu_20251031.zip",
            "password": "hinode-kz1031",
            "files": [
                {"kind": "pdf", "name": "KOSAKA_plan_1F-3F.pdf", "lines": ["小坂様邸 各階平面図 S=1/100", "1F ビルトインガレージ 開口 W5460"]},
                {"kind": "pdf", "name": "KOSAKA_elevation.pdf", "lines": ["小坂様邸 立面図 S=1/100"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to an external structural engineer cannot be inspected (reason 7)",
    },
    {
        "id": "kenchikusekkei-098",
        "charset": "iso-2022-jp",
        "sender": "柴田 拓海 <shibata.takumi@hinode-sangyo.co.jp>",
        "to": ["岡田 誠一郎 <okada@okada-kozo.jp>", "地盤ネクスト 技術部 <gijutsu@jiban-next.co.jp>"],
        "subject": "Re: 笠間様邸 地盤改良の仕様について",
        "body": f"""岡田様、地盤ネクスト 技術部 ご担当者様

お世話になっております。柴田です。
お二方のご意見を踏まえ、表層改良（深さ2.0m）で進めることにいたします。
改良後の地耐力 30kN/㎡ 以上の確認試験（平板載荷）もあわせてお願いします。
基礎の設計は改良後の地耐力を前提に、岡田様にてご確認ください。

柴田

On Thu, Oct 30, 2025 at 17:20, 地盤ネクスト 技術部 wrote:
> 柴田様
> 調査結果から、表層改良 2.0m もしくは柱状改良 4.5m のいずれかとなります。
> 費用は表層改良が約65万円、柱状改良が約110万円です。
> 地盤ネクスト 技術部 石動

{SIG_SHIBATA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "technical reply to two external organisations (structural engineer and soil contractor); no personal data",
    },
    {
        "id": "kenchikusekkei-099",
        "charset": "utf-8",
        "sender": "真鍋 このみ <manabe.konomi@hinode-sangyo.co.jp>",
        "to": ["竹之内 <takenouchi@sunliving-jusetsu.co.jp>"],
        "subject": "東海林様 キッチン天板の高さについて",
        "body": f"""竹之内様

お世話になっております。真鍋です。
東海林様のキッチン、天板高さを標準の850mmから900mmに変更をお願いします。
奥様（東海林 由紀 様）が腰痛持ちで、低い天板だと前かがみがつらいとのことです。
食洗機は引き出し式のまま、ビルトインの高さ調整で対応できますでしょうか。

{SIG_MANABE}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named client's chronic back pain: a minor health remark or medical history, judgement call",
    },
    {
        "id": "kenchikusekkei-100",
        "charset": "utf-8",
        "sender": "河合 慎一 <kawai.shinichi@hinode-sangyo.co.jp>",
        "to": ["設計室 全員 <sekkei-all@mail.hinode-sangyo.co.jp>"],
        "cc": ["住宅営業課 <jutaku-eigyo@hinode-sangyo.co.jp>"],
        "subject": "【社内】進行中案件一覧（11月定例会議用）",
        "body": f"""設計室の皆さん、営業課の皆さん

お疲れさまです。河合です。
11/4の定例会議で使う進行中案件一覧を添付します。
施主様情報・資金計画・介護改修のシートがあります。会議までに担当分を更新してください。

{SIG_KAWAI}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "進行中案件一覧_2025年11月.xlsx",
            "sheets": {
                "新築": [
                    ["進行中案件一覧（新築）2025/11/1", "", "", "", "", ""],
                    ["邸名", "施主連絡先", "建設地", "状況", "担当", "引渡予定"],
                    ["五百旗頭様邸", "090-5172-3384", "横浜市都筑区牛久保西2-8-16", "基礎着工", "柴田", "2026/3/20"],
                    ["小坂様邸", "080-7725-0419", "横浜市港北区篠原東1-22-5", "実施設計", "高瀬", "2026/7"],
                    ["勅使河原様邸", "090-3306-7781", "横浜市青葉区あざみ野1-15-8", "確認申請中", "高瀬", "2026/6"],
                    ["ラフマン様邸", "070-9912-4406", "川崎市宮前区土橋4-3-19", "着工準備", "柴田", "2026/5"],
                    ["笠間様邸", "090-1733-5280", "相模野市上溝4-1520-3", "地盤改良", "江藤", "2026/8"],
                ],
                "資金計画": [
                    ["施主", "生年月日", "借入先", "借入額(万円)", "状況"],
                    ["五百旗頭 浩", "1980/06/02", "みどり銀行", 4600, "実行済"],
                    ["勅使河原 亘", "1986/07/19", "みどり銀行", 5200, "本審査中"],
                    ["小坂 優一", "1983/10/11", "フラット35", 3900, "事前審査承認"],
                    ["堀籠 貴之", "1981/11/26", "みどり銀行", 4100, "団信相談中（糖尿病・高血圧）"],
                ],
                "介護改修": [
                    ["利用者", "要介護度", "状態", "担当"],
                    ["乙部 正蔵", "要介護2", "脳梗塞後遺症", "小野寺"],
                    ["汐見 トメ", "要介護1", "認知症", "小野寺"],
                ],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "workbook with client lists, DOB and care data, but every recipient is internal (subdomain included)",
    },
]
