"""ブラインド評価コーパス — 医療機器事業部（iryokiki）.

業務領域: 日の出産業株式会社 医療機器事業部（医療機器の販売・保守サービス）。
手術立会いの予定（患者の術式・病名）、インプラント登録票、医療機関への回収（リコール）
連絡、貸出機（デモ機・代替機）、フィールドサービスエンジニアの当番表、販売代理店と
病院の調達・入札。

SEED = 23201（マイナンバー・カード番号は build.my_number / build.card_number に
SEED + k, k = 0, 1, 2 … を渡して生成。k はすべて別）。
人物・番号・住所・病院・代理店はすべて架空。
"""

from build import card_number, my_number

SEED = 23201


def _houjin(base12: str) -> str:
    """法人番号（13桁）: 先頭の検査用数字を付ける。"""
    digits = [int(c) for c in base12]
    total = 0
    for i in range(1, 13):  # i-th digit from the right
        p = digits[12 - i]
        q = 1 if i % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def _zen(s: str) -> str:
    """ASCII の数字とハイフンを全角に（０９０－…）。"""
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
    table[ord("-")] = "\uff0d"
    return s.translate(table)


def _mn4(n: str, sep: str = " ") -> str:
    return sep.join((n[:4], n[4:8], n[8:]))


def _card4(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


# -- 送信者の署名（本人の連絡先: ラベルには数えない） ------------------------------

SIG_TAKASE = """
--
日の出産業株式会社　医療機器事業部　営業一課
高瀬　亮（たかせ　りょう）
〒330-0854 埼玉県さいたま市大宮区桜木町2-17-5 日の出大宮ビル6F
TEL 048-645-2210（代）／FAX 048-645-2219
携帯 080-4417-3392
r-takase@hinode-sangyo.co.jp
"""

SIG_OKITA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
医療機器事業部 手術支援グループ
沖田 真理子 Mariko Okita
TEL: 03-5840-7731  携帯: 090-2218-6604
Mail: okita.mariko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ENOMOTO = """
----------------------------------------
日の出産業(株) 医療機器事業部
サービス部 フィールドサービス課 課長
榎本 健吾
〒131-0045 東京都墨田区押上1-33-8
TEL 03-6658-4120 / 24hサービスコール 0120-38-4171
enomoto.kengo@hinode-sangyo.co.jp
----------------------------------------
"""

SIG_MIKUNI = """
--------------------------------------------------
日の出産業株式会社 医療機器事業部
品質保証部 薬事・安全管理課
三國 遥（みくに はるか）
TEL 03-5840-7790  FAX 03-5840-7799
h.mikuni@hinode-sangyo.co.jp
--------------------------------------------------
"""

SIG_NAGUMO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　医療機器事業部
貸出機管理センター　南雲　俊介
〒272-0014 千葉県市川市田尻5-12-3 市川物流センター内
TEL 047-378-5502　FAX 047-378-5503
nagumo.s@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_SERIZAWA = """
--
日の出産業株式会社 医療機器事業部 学術・講演会担当
芹沢 由梨 / Yuri Serizawa
TEL 03-5840-7745
serizawa.yuri@hinode-sangyo.co.jp
"""

SIG_KASHIWAGI = """
――――――――――――――――――――
日の出産業株式会社　管理本部　経理部
柏木　誠
TEL 03-5840-7002（直通）
kashiwagi.m@hinode-sangyo.co.jp
――――――――――――――――――――
"""

SIG_USAMI = """
--
日の出産業株式会社 管理本部 人事総務部
宇佐美 紗英
TEL 03-5840-7010 / 内線 2214
usami.sae@hinode-sangyo.co.jp
"""

SIG_KUROSAWA_EN = """
Best regards,

Daichi Kurosawa
Product Manager, Orthopaedics
Medical Devices Division
Hinode Sangyo Co., Ltd.
2-4-11 Yushima, Bunkyo-ku, Tokyo 113-0034, Japan
Tel +81-3-5840-7760
d.kurosawa@hinode-sangyo.co.jp
"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを破棄してくださいますようお願いいたします。
本メールの無断転載・複製・転送を禁じます。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited.
"""

MESSAGES: list[dict] = []

MESSAGES += [
    {
        "id": "iryokiki-001",
        "charset": "iso-2022-jp",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 須賀様 <suga.t@towa-medical.co.jp>"],
        "subject": "来週の手術立会い予定（城南総合病院 整形外科）",
        "body": """東和メディカル株式会社
須賀様

いつもお世話になっております。日の出産業の沖田です。
来週分の城南総合病院 整形外科の立会い予定が手術部から届きましたので共有いたします。
インプラントの持ち込みセットは前日15時までに中材へ搬入をお願いいたします。

日付       開始   患者氏名        年齢 性別  病名                  術式     使用機種
-----------------------------------------------------------------------------------------
6/9(月)    09:00  小田切 久子      74   女   右変形性膝関節症      右TKA    NV-Knee CR
6/9(月)    13:30  鬼頭 正之        68   男   左大腿骨頭壊死症      左THA    NV-Hip Stem S
6/10(火)   09:00  百瀬 トミ        81   女   右大腿骨頸部骨折      右BHA    NV-Hip Stem S
6/11(水)   10:00  砂川 邦彦        59   男   左変形性膝関節症      左UKA    NV-Uni
6/12(木)   09:00  宍戸 文江        77   女   関節リウマチ(両膝)    右TKA    NV-Knee PS
6/13(金)   13:00  芦田 健一郎      65   男   右変形性股関節症      右THA    NV-Hip Cup 52

※6/12の宍戸様はPSへ変更の可能性ありとのこと。両方ご準備ください。
立会いは6/9・6/10が私、それ以外は御社の須賀様でお願いできればと存じます。

よろしくお願いいたします。
""" + SIG_OKITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "6人の患者の氏名・年齢・病名・術式を本文の空白区切り表で代理店へ（要配慮の名簿）",
    },
    {
        "id": "iryokiki-002",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["用度課 桑名様 <kuwana-y@mizuhodai-hp.or.jp>"],
        "subject": "Re: 電気メス（ESU-7A）更新のお見積りについて",
        "body": """医療法人仁愛会 みずほ台病院
用度課　桑名様

いつも大変お世話になっております。日の出産業の高瀬でございます。

先日はお打ち合わせのお時間をいただき、誠にありがとうございました。
ご依頼の電気メス更新（手術室3台分）のお見積りを、本日PDFにて郵送いたしました。
概要は下記のとおりです。

　・見積番号：HS-Q-2506-0418
　・品名：高周波手術装置 ESU-7A 本体 ×3台、対極板ケーブル ×3、フットスイッチ ×3
　・下取り：既設 ESU-5 ×3台（製造番号は別紙）
　・納期：ご発注後 約4週間
　・有効期限：発行日より3か月

院内の機種選定委員会が7月とのことでしたので、必要でしたらデモ機のご用意も可能です。
ご不明点がございましたら、お気軽にお申し付けください。

引き続きよろしくお願い申し上げます。
""" + SIG_TAKASE + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "通常の見積連絡。見積番号・品名のみで、末尾は定型の免責文",
    },
    {
        "id": "iryokiki-003",
        "charset": "shift_jis",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["北辰大学病院 感染制御部 <kansen-seigyo@med.hokushin-u.ac.jp>"],
        "subject": "手術室立入者登録（抗体価報告）の提出について",
        "body": """北辰大学医学部附属病院
感染制御部　ご担当者様

いつもお世話になっております。
日の出産業株式会社 医療機器事業部の沖田でございます。

来月より新たに手術立会いを担当いたします弊社社員の立入者登録にあたり、
ご指定の様式に沿って抗体価等をご報告いたします。

　氏名　　　：仁科　沙織（ニシナ　サオリ）
　生年月日　：平成４年８月２１日
　所属　　　：医療機器事業部　手術支援グループ
　麻疹　　　：IgG(EIA法) 16.2　陽性
　風疹　　　：HI法 32倍　陽性
　水痘　　　：IgG(EIA法) 9.8　陽性
　ムンプス　：IgG(EIA法) 2.4　基準未満 → 2025/5/28 ワクチン1回目接種済
　B型肝炎　 ：HBs抗体 142 mIU/mL（3回接種済）
　結核　　　：IGRA（T-SPOT）陰性　2025/4/15 実施

検査結果の原本（健診機関発行）は立会い初日にご持参いたします。
不備等ございましたらご指摘くださいませ。

何卒よろしくお願い申し上げます。
""" + SIG_OKITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社員1名の抗体検査・IGRA結果（健康情報＝要配慮）を氏名・生年月日付きで病院へ",
    },
    {
        "id": "iryokiki-004",
        "charset": "iso-2022-jp",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["手術支援G <ope-support@hinode-sangyo.co.jp>"],
        "cc": ["高瀬 亮 <r-takase@hinode-sangyo.co.jp>"],
        "subject": "【共有】城南総合 来週の立会い割り当て",
        "body": """手術支援Gの皆さん

お疲れさまです。沖田です。
城南総合病院の来週分、割り当て案です。都合の悪い人は水曜までに連絡ください。

6/9(月) 09:00 小田切 久子 様 74歳 右TKA（右変形性膝関節症）  → 沖田
6/9(月) 13:30 鬼頭 正之 様 68歳 左THA（左大腿骨頭壊死症）    → 沖田
6/10(火) 09:00 百瀬 トミ 様 81歳 右BHA（右大腿骨頸部骨折）    → 仁科（見学）
6/11(水) 10:00 砂川 邦彦 様 59歳 左UKA                        → 東和メディカル須賀さん
6/12(木) 09:00 宍戸 文江 様 77歳 右TKA（RA）                  → 東和メディカル須賀さん
6/13(金) 13:00 芦田 健一郎 様 65歳 右THA                      → 外山

持ち込みセットの手配は外山さんお願いします。
""" + SIG_OKITA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "患者名と病名の予定表だが宛先がすべて社内（hinode-sangyo.co.jp）",
    },
    {
        "id": "iryokiki-005",
        "charset": "utf-8",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyuu.co.jp>"],
        "subject": "貸出機 引取り便の手配のお願い（6/18 市立湊川病院）",
        "body": """青葉運輸株式会社
配車センター　ご担当者様

いつもお世話になっております。日の出産業 貸出機管理センターの南雲です。
下記のとおり、貸出機の引取り便の手配をお願いいたします。

【引取日時】6月18日（水）14:00〜16:00
【引取先】市立湊川病院 ME機器管理室（搬入口は北棟裏、守衛所で受付）
【品目】超音波診断装置 US-880 一式（本体・プローブ3本・カート）
【梱包】専用ケース2個口、精密機器扱い・天地無用
【届け先】弊社 市川物流センター 返却受付
【伝票】元払い（弊社お客様番号 A-4471-203）

病院側の立会いは ME室の方が対応されるとのことです。
ご不明な点があればご連絡ください。
""" + SIG_NAGUMO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 aoba-unyuu.co.jp は取引先 aoba-unyu.co.jp の綴り違い（u が一字多い）",
    },
    {
        "id": "iryokiki-006",
        "charset": "utf-8",
        "sender": "芹沢 由梨 <serizawa.yuri@hinode-sangyo.co.jp>",
        "to": ["税理士法人青山会計 村瀬様 <murase@aoyama-tax.jp>"],
        "subject": "講演謝金の支払調書作成用情報（5月分追加1名）",
        "body": f"""税理士法人青山会計
村瀬様

いつもお世話になっております。日の出産業 学術担当の芹沢です。
5月の学術講演会で追加となった講師1名分の支払調書用情報をお送りします。

　講師氏名：　　勅使河原　慎一（てしがわら　しんいち）
　住所：　　　　〒390-0811 長野県松本市中央3-8-21 ラフォーレ中央502
　個人番号：　　{_mn4(my_number(SEED + 0))}
　支払日：　　　2025年5月30日
　支払金額：　　110,000円（源泉徴収前）
　区分：　　　　講演料（報酬）

本人確認書類の写しは郵送いたします。
前回分とあわせて年末の取りまとめをお願いできれば幸いです。
""" + SIG_SERIZAWA,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "講師1名のマイナンバーを社外（税理士法人）へ本文で送信",
    },
    {
        "id": "iryokiki-007",
        "charset": "shift_jis",
        "sender": "外山 湧 <toyama.yu@hinode-sangyo.co.jp>",
        "to": ["城南総合病院 手術部 <shujutsubu@jonan-gh.or.jp>"],
        "subject": "6月分 立会い症例一覧の送付",
        "body": """城南総合病院
手術部　看護師長　吉良様

お世話になっております。日の出産業の外山です。
6月分の立会い症例一覧をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。

日の出産業株式会社 医療機器事業部 手術支援グループ
外山 湧（とやま ゆう）
TEL 03-5840-7733
""",
        "attachments": [
            {"kind": "zip", "name": "立会い症例一覧_202506.zip", "password": "Jn#0625ope",
             "files": [
                 {"kind": "xlsx", "name": "立会い症例一覧_202506.xlsx",
                  "sheets": {"6月": [
                      ["6月 立会い症例一覧（城南総合病院）"],
                      ["日付", "患者ID", "氏名", "年齢", "術式", "担当"],
                      ["6/2", "0083321", "樫村 則夫", 71, "右TKA", "外山"],
                      ["6/3", "0091145", "今泉 ハル", 84, "左BHA", "沖田"],
                      ["6/5", "0102277", "真鍋 孝", 62, "左THA", "外山"],
                      ["6/6", "0076520", "小野寺 幸子", 69, "右TKA", "沖田"],
                      ["6/9", "0110394", "仙波 慎吾", 55, "右ACL再建", "外山"],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）で中身を検査できない",
    },
    {
        "id": "iryokiki-008",
        "charset": "shift_jis",
        "sender": "外山 湧 <toyama.yu@hinode-sangyo.co.jp>",
        "to": ["城南総合病院 手術部 <shujutsubu@jonan-gh.or.jp>"],
        "subject": "パスワードのご連絡（6月分 立会い症例一覧）",
        "body": """城南総合病院 手術部 吉良様

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Jn#0625ope

なお、来月からは病院様指定のファイル共有サービスでのお渡しに切り替える予定です。
日の出産業 外山
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パスワード通知のみの短いメール。個人データも添付もない",
    },
    {
        "id": "iryokiki-009",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": [
            "城南総合病院 臨床工学室 <me-room@jonan-gh.or.jp>",
            "北辰大学病院 ME機器センター <me-center@med.hokushin-u.ac.jp>",
            "みずほ台病院 臨床工学科 <ce@mizuhodai-hp.or.jp>",
            "大和田記念病院 臨床工学部 <rinko@owada-kinen.or.jp>",
        ],
        "subject": "人工心肺装置 HLM-3 取扱い講習会（7月）のご案内",
        "body": """臨床工学技士の皆様

平素より弊社製品をご愛用いただき、誠にありがとうございます。
日の出産業 フィールドサービス課の榎本でございます。

人工心肺装置 HLM-3 をご使用の施設様を対象に、下記のとおり取扱い講習会を開催いたします。
ソフトウェア Ver.4.2 で追加された送血流量アラームの設定変更点も解説いたします。

　日時：2025年7月12日（土）13:30〜17:00
　会場：日の出産業 本社 5F トレーニングルーム（文京区湯島2-4-11）
　定員：各施設2名まで（先着20名）
　費用：無料
　申込：6月27日までに本メールへご返信ください

当日は実機2台を使用したハンズオンを予定しております。
皆様のご参加をお待ちしております。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "4病院の宛先を To に並べた一斉送信（Bcc にすべき）",
    },
    {
        "id": "iryokiki-010",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["ひかり医療商事 営業推進部 <eigyo-suishin@hikari-iryo.co.jp>"],
        "subject": "2025年度下期 代理店向け標準価格表の送付",
        "body": """ひかり医療商事株式会社
営業推進部　御中

いつもお世話になっております。日の出産業の高瀬です。
10月1日出荷分から適用の標準価格表（カテーテル・シース類）をお送りします。
改定は原材料費高騰に伴うもので、平均改定率は＋3.2％です。
改定対象品目は「改定履歴」シートに一覧にしてあります。

ご不明な点は担当までお問い合わせください。
""" + SIG_TAKASE,
        "attachments": [
            {"kind": "xlsx", "name": "標準価格表_2025下期.xlsx",
             "sheets": {
                 "価格表": [
                     ["日の出産業 医療機器事業部　代理店向け標準価格表（2025年10月1日出荷分〜）"],
                     [],
                     ["製品コード", "品名", "規格", "入数", "償還区分", "標準価格(円)", "代理店仕切(円)"],
                     ["HC-AN-2508", "PTAバルーンカテーテル", "2.5mm×20mm", 1, "133(2)", 98000, 71500],
                     ["HC-AN-3008", "PTAバルーンカテーテル", "3.0mm×20mm", 1, "133(2)", 98000, 71500],
                     ["HC-GW-0014", "ガイドワイヤー", "0.014inch 180cm", 5, "001", 42000, 30800],
                     ["HC-SH-0605", "イントロデューサーシース", "6Fr 11cm", 5, "", 18500, 13200],
                     ["HC-SH-0705", "イントロデューサーシース", "7Fr 11cm", 5, "", 19500, 13900],
                     ["HC-MC-2715", "マイクロカテーテル", "2.7Fr 150cm", 1, "", 36000, 26400],
                 ],
                 "改定履歴": [
                     ["製品コード", "旧価格", "新価格", "改定率"],
                     ["HC-AN-2508", 95000, 98000, "3.2%"],
                     ["HC-GW-0014", 40500, 42000, "3.7%"],
                     ["HC-SH-0605", 18000, 18500, "2.8%"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "製品コードと価格の一覧（人の情報ではない）",
    },
    {
        "id": "iryokiki-011",
        "charset": "shift_jis",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["三星医科器械 技術サポート 野々村様 <nonomura@mitsuboshi-ika.co.jp>"],
        "subject": "7月 サービスエンジニア担当表（緊急連絡先）",
        "body": """三星医科器械株式会社
技術サポート課　野々村様

お世話になっております。日の出産業 フィールドサービス課の榎本です。
7月の東関東エリアのエンジニア担当表をお送りします。
夜間・休日の緊急対応は下記の携帯へ直接ご連絡いただいて構いません。

氏名	担当エリア	携帯	メール	保有資格
楠 大輔	千葉北部	090-3381-5527	kusunoki.d@hinode-sangyo.co.jp	第1種ME技術者
五百旗頭 翼	千葉南部	080-6612-0394	iokibe.t@hinode-sangyo.co.jp	臨床工学技士
的場 恵	茨城南部	070-2245-8810	matoba.megumi@hinode-sangyo.co.jp	HLM認定
鰐淵 浩二	茨城北部	090-7719-2253	wanibuchi.k@hinode-sangyo.co.jp	第2種ME技術実力検定
蓮見 由香里	埼玉東部	080-4039-6671	hasumi.y@hinode-sangyo.co.jp	臨床工学技士
十河 拓真	埼玉西部	090-5580-1147	sogo.takuma@hinode-sangyo.co.jp	第1種ME技術者
嘉山 昇	応援（全域）	070-3310-9928	kayama.n@hinode-sangyo.co.jp	HLM認定

※ 7/14〜7/18 は的場が研修のため、茨城南部は鰐淵が兼務します。

よろしくお願いいたします。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "エンジニア7名の氏名・携帯・メールのタブ区切り名簿を代理店へ",
    },
    {
        "id": "iryokiki-012",
        "charset": "shift_jis",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 医療物流課 <iryo-butsuryu@aoba-unyu.co.jp>"],
        "subject": "自主回収品 引取り先一覧（輸液ポンプ IP-20）",
        "body": """青葉運輸株式会社
医療物流課　ご担当者様

お世話になっております。日の出産業の南雲です。
輸液ポンプ IP-20 の自主回収（クラスII）に伴う引取り先の一覧をCSVでお送りします。
各施設の受付窓口（代表電話）と回収台数を記載しています。
引取りは6/23の週で、施設ごとに日時をご調整いただけますと幸いです。
""" + SIG_NAGUMO,
        "attachments": [
            {"kind": "csv", "name": "回収引取先_IP-20.csv", "encoding": "cp932",
             "rows": [
                 ["施設名", "部署", "住所", "代表電話", "回収台数", "代替機"],
                 ["城南総合病院", "臨床工学室", "東京都品川区東大井4-12-1", "03-3472-1100", "12", "有"],
                 ["みずほ台病院", "ME管理室", "埼玉県富士見市西みずほ台2-8-5", "049-251-3300", "6", "有"],
                 ["大和田記念病院", "臨床工学部", "千葉県八千代市大和田新田771", "047-459-2211", "9", "有"],
                 ["市立湊川病院", "ME機器管理室", "神奈川県横須賀市湊川町1-3", "046-822-0101", "4", "無"],
                 ["さくらぎ整形外科", "事務室", "東京都世田谷区桜木2-14-9", "03-5450-3381", "1", "無"],
                 ["聖マリナ記念病院", "臨床工学課", "東京都調布市国領町6-2-3", "042-480-1234", "7", "有"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "医療機関（事業所）の代表電話・所在地の一覧で、人の名簿ではない",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-013",
        "charset": "utf-8",
        "sender": "黒澤 大地 <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["北辰大学 整形外科 医局 三宅先生 <miyake.orth@med.hokushin-u.ac.jp>"],
        "subject": "インプラント登録票（下書き）のご確認のお願い",
        "body": """北辰大学医学部附属病院 整形外科
三宅先生

いつもお世話になっております。日の出産業の黒澤です。
先日の人工膝関節置換術の症例について、インプラント登録票の下書きを作成いたしました。
記載内容をご確認のうえ、問題なければ先生から登録事務局へご提出をお願いいたします。
（様式は登録機構の2025年版です）

黒澤 大地
日の出産業株式会社 医療機器事業部 整形外科製品グループ
TEL 03-5840-7760
""",
        "attachments": [
            {"kind": "docx", "name": "インプラント登録票_下書き.docx",
             "title": "人工関節インプラント登録票",
             "paragraphs": [
                 "人工関節インプラント登録票（初回置換）",
                 "施設名：北辰大学医学部附属病院　施設コード：13-0427",
                 "執刀医：三宅 祐介",
             ],
             "tables": [[
                 ["項目", "内容"],
                 ["患者氏名", "秋篠 芳江（アキシノ ヨシエ）"],
                 ["生年月日", "昭和22年11月3日"],
                 ["性別", "女"],
                 ["カルテ番号", "H-00738812"],
                 ["診断名", "左変形性膝関節症（K-L分類 grade4）"],
                 ["既往歴", "2型糖尿病、高血圧症"],
                 ["手術日", "2025年5月21日"],
                 ["術式", "左人工膝関節全置換術（TKA）"],
                 ["大腿骨コンポーネント", "NV-Knee CR Femur #4 LOT 24F0417"],
                 ["脛骨コンポーネント", "NV-Knee Tibia #3 LOT 24T1102"],
                 ["インサート", "NV-Knee CR Insert 10mm LOT 25I0088"],
             ]],
            },
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "患者1名の氏名・生年月日・診断名・既往歴入りの登録票DOCXを社外へ（要配慮）",
    },
    {
        "id": "iryokiki-014",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 技術部 <gijutsu@towa-medical.co.jp>"],
        "subject": "城南総合病院 臨床工学室のご担当変更について",
        "body": """東和メディカル株式会社
技術部　各位

お世話になっております。日の出産業の榎本です。

城南総合病院 臨床工学室の機器担当が7月から交代されるとのことで、
新しいご担当者様の連絡先を先方の了承のうえでお知らせします。
定期点検の日程調整は今後こちらへお願いいたします。

　臨床工学室　主任　榊原 奈央 様
　直通：03-3472-1187（臨床工学室）
　院内PHS：6215
　メール：sakakibara.nao@jonan-gh.or.jp

前任の川端様は8月末まで引継ぎでいらっしゃいます。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "取引先担当者1名の業務連絡先の共有（警告はあり得るが止める対象ではない）",
    },
    {
        "id": "iryokiki-015",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 営業本部 大須賀様 <osuga@towa-medical.co.jp>"],
        "subject": "下期の仕切価格方針について",
        "body": """東和メディカル株式会社
営業本部　大須賀様

お世話になっております。高瀬です。
先日お話しした下期の仕切価格の考え方を資料にまとめましたので、お送りいたします。
大学病院向けの共同購買案件については、別途ご相談させてください。
""" + SIG_TAKASE,
        "attachments": [
            {"kind": "xlsx", "name": "下期仕切価格方針_v3.xlsx",
             "page_header": "社外秘",
             "sheets": {
                 "方針": [
                     ["【社外秘】2025年度下期 代理店仕切価格方針（営業会議資料）"],
                     [],
                     ["区分", "対象", "現行掛率", "下期掛率", "備考"],
                     ["大学病院", "共同購買(関東)", "0.74", "0.71", "競合A社対抗"],
                     ["公立病院", "入札案件", "0.76", "0.73", "最低制限価格に注意"],
                     ["民間病院", "一般", "0.78", "0.78", "据置"],
                     ["診療所", "一般", "0.82", "0.80", ""],
                 ],
                 "競合比較": [
                     ["品目", "自社", "A社", "B社"],
                     ["PTAバルーン", 98000, 92000, 99500],
                     ["ガイドワイヤー", 42000, 39800, 44000],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付XLSXのヘッダと表題に「社外秘」の区分表示",
    },
    {
        "id": "iryokiki-016",
        "charset": "iso-2022-jp",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "Nordvik社との秘密保持契約書（案）のご確認のお願い",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 品質保証部の三國でございます。

スウェーデンのNordvik Medical社から、新製品（人工股関節）の国内導入検討に先立ち
秘密保持契約（Mutual NDA）の締結を求められております。
先方ドラフトについて、以下の点をご確認いただけますでしょうか。

１．秘密情報の定義に口頭開示情報が含まれるか（書面化の要否）
２．存続期間（契約終了後5年）が妥当か
３．準拠法がスウェーデン法となっている点
４．薬事申請のためPMDAへ開示する場合の例外規定の有無

ドラフトは先方の了解を得て、来週の打合せ時に紙でお持ちいたします。
ご多忙のところ恐縮ですが、よろしくお願い申し上げます。
""" + SIG_MIKUNI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約についての相談（機密表示ではなく、NDAの話題）",
    },
    {
        "id": "iryokiki-017",
        "charset": "utf-8",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["城南総合病院 医療安全管理室 <iryo-anzen@jonan-gh.or.jp>"],
        "subject": "【回収のお知らせ】NV-Hip Cup 対象ロット植込み患者様の一覧",
        "body": """城南総合病院
医療安全管理室　御中

平素より大変お世話になっております。
日の出産業株式会社 品質保証部の三國でございます。

先般ご連絡いたしました人工股関節カップ（NV-Hip Cup）の自主回収（クラスII）につきまして、
弊社の出荷記録と貴院からご提供いただいた手術記録を照合し、
対象ロットが植え込まれた患者様の一覧を作成いたしました。
経過観察のご案内の際にご活用ください。

ご不明な点がございましたら、品質保証部までお問い合わせください。
""" + SIG_MIKUNI,
        "attachments": [
            {"kind": "xlsx", "name": "対象ロット植込み患者一覧_城南総合.xlsx",
             "sheets": {
                 "対象患者": [
                     ["NV-Hip Cup 自主回収　対象ロット植込み患者一覧（城南総合病院）"],
                     ["作成日：2025/6/16　作成：日の出産業 品質保証部"],
                     ["No", "患者ID", "氏名", "生年月日", "植込日", "術式", "製品", "ロット"],
                     [1, "0061120", "笹岡 ミツ", "1941/02/14", "2023/10/05", "右THA", "NV-Hip Cup 50", "23C0915"],
                     [2, "0072284", "矢吹 英雄", "1953/07/30", "2023/11/16", "左THA", "NV-Hip Cup 54", "23C0915"],
                     [3, "0080017", "椎名 千代子", "1948/12/01", "2024/01/22", "右THA", "NV-Hip Cup 48", "23C1102"],
                     [4, "0083009", "堀米 忠", "1960/05/19", "2024/02/08", "左THA(再置換)", "NV-Hip Cup 56", "23C1102"],
                     [5, "0085561", "穂積 澄江", "1944/09/09", "2024/03/27", "右THA", "NV-Hip Cup 50", "24C0208"],
                     [6, "0090432", "葛城 勉", "1957/03/03", "2024/05/13", "右THA", "NV-Hip Cup 52", "24C0208"],
                 ],
                 "対象ロット": [
                     ["製品", "ロット", "出荷数", "貴院納入数"],
                     ["NV-Hip Cup", "23C0915", 140, 2],
                     ["NV-Hip Cup", "23C1102", 96, 2],
                     ["NV-Hip Cup", "24C0208", 120, 2],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "植込み患者6名の氏名・生年月日・術式のXLSX（表題行つき・2シート）を病院へ",
    },
    {
        "id": "iryokiki-018",
        "charset": "iso-2022-jp",
        "sender": "外山 湧 <toyama.yu@hinode-sangyo.co.jp>",
        "to": ["城南総合病院 手術部 吉良様 <kira.m@jonan-gh.or.jp>"],
        "subject": "Re: 術後X線フォローの立会い日程",
        "body": """吉良様

お世話になっております。日の出産業の外山です。
ご連絡ありがとうございます。承知いたしました。
7/3（木）午後の外来に合わせて、弊社からは外山が伺います。
計測用テンプレートも持参いたします。

外山

> 日の出産業 外山様
>
> いつもお世話になります。手術部の吉良です。
> 術後フォローで整形外来に来られる方の日程です。
> 立会いをお願いできますでしょうか。
>
>  7/3  樫村 則夫 様  71歳  右TKA術後3か月
>  7/3  今泉 ハル 様  84歳  左BHA術後3か月
>  7/3  真鍋 孝 様    62歳  左THA術後6か月
>  7/3  小野寺 幸子 様 69歳 右TKA術後1年
>  7/3  仙波 慎吾 様  55歳  右ACL再建術後6か月
>
> よろしくお願いいたします。
> 城南総合病院 手術部 吉良
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "患者の一覧は病院からのメールの引用（> 行）のみで、新しい本文は日程の返事だけ",
    },
    {
        "id": "iryokiki-019",
        "charset": "shift_jis",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 医療物流課 <iryo-butsuryu@aoba-unyu.co.jp>"],
        "subject": "在宅CPAP 機器交換の配送先リスト（7月第1週）",
        "body": """青葉運輸株式会社　医療物流課　御中

いつもお世話になっております。南雲です。
在宅用CPAPの定期交換（フィルター・チューブ・本体）の配送先リストを添付します。
在宅レンタルシステムからの出力をそのまま添付しています。
お届け時間帯のご希望は備考欄をご確認ください。
""" + SIG_NAGUMO,
        "attachments": [
            {"kind": "csv", "name": "CPAP交換配送_0701-0704.csv", "encoding": "cp932",
             "rows": [
                 ["利用者No", "氏名", "フリガナ", "郵便番号", "住所", "電話", "病名", "機種", "備考"],
                 ["R-20418", "戸叶 政男", "トガノウ マサオ", "343-0845", "埼玉県越谷市南越谷4-9-11", "048-985-2217", "閉塞性睡眠時無呼吸症候群", "SL-30", "午前"],
                 ["R-20433", "日比野 陽子", "ヒビノ ヨウコ", "344-0067", "埼玉県春日部市中央1-52-3-405", "090-4871-3302", "閉塞性睡眠時無呼吸症候群", "SL-30", ""],
                 ["R-20509", "安住 重雄", "アズミ シゲオ", "340-0015", "埼玉県草加市高砂2-7-18", "048-924-6618", "OSAS／慢性心不全", "SL-30 ASV", "14時以降"],
                 ["R-20511", "廿楽 美穂", "ツヅラ ミホ", "341-0018", "埼玉県三郷市早稲田6-3-2", "080-1183-7740", "閉塞性睡眠時無呼吸症候群", "SL-20", ""],
                 ["R-20587", "猪狩 達也", "イガリ タツヤ", "333-0844", "埼玉県川口市上青木3-21-6", "048-251-9087", "閉塞性睡眠時無呼吸症候群", "SL-30", "不在時は隣家"],
                 ["R-20602", "瓜生 和子", "ウリュウ カズコ", "336-0017", "埼玉県さいたま市南区南浦和2-40-9", "070-5523-0916", "OSAS", "SL-20", "午前"],
                 ["R-20615", "木暮 信也", "コグレ シンヤ", "330-0063", "埼玉県さいたま市浦和区高砂1-6-22", "090-6650-2281", "閉塞性睡眠時無呼吸症候群", "SL-30", ""],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "在宅患者7名の氏名・住所・電話・病名のCSV（CP932）を配送業者へ",
    },
    {
        "id": "iryokiki-020",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 電源ユニット営業 <psu-sales@kawasaki-denki.jp>"],
        "subject": "保守用電源ユニット PU-240 の追加発注について",
        "body": """川崎電機株式会社
電源ユニット営業ご担当者様

いつもお世話になっております。日の出産業 フィールドサービス課の榎本です。

人工心肺装置 HLM-3 の保守用電源ユニット PU-240 について、追加で以下のとおり発注いたします。
正式な注文書は購買部より別途送付いたします。

　品番：PU-240-J2
　数量：20台
　希望納期：8月29日（金）
　納入先：弊社 市川物流センター
　注文番号：HS-PO-25-07781

ロットごとの検査成績書の添付をお願いいたします。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 kawasaki-denki.jp は取引先 kawasaki-denki.co.jp の co. 抜き（別ドメイン）",
    },
    {
        "id": "iryokiki-021",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["大和田記念病院 臨床工学部 主任 <rinko@owada-kinen.or.jp>"],
        "cc": ["ひかり医療商事 千葉営業所 <chiba@hikari-iryo.co.jp>"],
        "subject": "生体情報モニタ更新の打合せ日程について",
        "body": """大和田記念病院 臨床工学部
飯干様

（cc：ひかり医療商事 千葉営業所 様）

いつもお世話になっております。日の出産業の高瀬です。
ICU・HCUの生体情報モニタ更新の件、打合せ候補日を下記のとおりご提案いたします。
代理店のひかり医療商事様にもご同席いただく予定です。

　候補1：7月8日（火）15:00〜16:00
　候補2：7月10日（木）10:00〜11:00
　候補3：7月11日（金）14:00〜15:00

場所は貴院 第2会議室をお借りできればと存じます。
セントラルモニタの設置場所も当日拝見させてください。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織（病院と代理店）への通常の三者打合せメール",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-022",
        "charset": "shift_jis",
        "sender": "外山 湧 <toyama.yu@hinode-sangyo.co.jp>",
        "to": ["三星医科器械 横浜支店 荻窪様 <ogikubo@mitsuboshi-ika.co.jp>"],
        "subject": "FW: 【湊川病院】脊椎手術 7月前半の予定",
        "body": """荻窪様

お世話になっております。日の出産業の外山です。
湊川病院の脊椎外科から届いた予定を転送します。
7/2と7/4は弊社が手一杯のため、御社で立会いをお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: 市立湊川病院 脊椎外科 外来クラーク <seki-gairai@hospital.city.minatogawa.lg.jp>
日付: 2025年6月20日(金) 16:42
件名: 【湊川病院】脊椎手術 7月前半の予定
宛先: 日の出産業 外山様 <toyama.yu@hinode-sangyo.co.jp>

日の出産業 外山様

お世話になります。7月前半の脊椎手術の予定をお送りします。
インプラントの準備をお願いします。

7/1(火)  宇喜多 昭三　76歳　腰部脊柱管狭窄症 L4/5すべり症　PLIF 1椎間
7/2(水)  鮫島 沙耶香　43歳　腰椎椎間板ヘルニア L5/S1　MED
7/2(水)  羽生 徳次郎　81歳　骨粗鬆症性椎体骨折 Th12　BKP
7/4(金)  十川 美紀　　58歳　頚椎症性脊髄症　C3-6 椎弓形成
7/4(金)  大喜多 進　　69歳　腰部脊柱管狭窄症 L3-5　PLIF 2椎間
7/8(火)  土橋 ヨネ　　88歳　骨粗鬆症性椎体骨折 L1　BKP

以上です。変更があれば連絡します。
湊川病院 脊椎外科 外来クラーク 中込
""" + SIG_OKITA.replace("沖田 真理子 Mariko Okita", "外山 湧 Yu Toyama").replace(
            "okita.mariko@", "toyama.yu@").replace("携帯: 090-2218-6604", "携帯: 080-7720-5148"),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "病院からの手術予定（患者6名の氏名・年齢・病名）を代理店へ転送：転送文は新しい本文として数える",
    },
    {
        "id": "iryokiki-023",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 陸 <igarashi.riku@hinode-sangyo.co.jp>",
        "to": ["人事総務部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "扶養控除等申告書の個人番号記入漏れについて",
        "body": f"""人事総務部 給与担当 宇佐美様

お疲れさまです。医療機器事業部 サービス部の五十嵐です。
先日提出した扶養控除等申告書で、配偶者の個人番号が記入漏れになっていました。
申し訳ありません。以下のとおりです。

　配偶者氏名：五十嵐 明日香
　生年月日：平成3年1月17日
　個人番号：{my_number(SEED + 1)}

申告書の原本は来週の本社出張時に訂正印を押して持参します。
よろしくお願いいたします。

五十嵐 陸（サービス部 フィールドサービス課）
内線 4127
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "家族のマイナンバーだが社内（人事）宛てのみ",
    },
    {
        "id": "iryokiki-024",
        "charset": "utf-8",
        "sender": "芹沢 由梨 <serizawa.yuri@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "7/26 関節外科セミナー 講師・座長のご宿泊と名札について",
        "html": f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>さくらホテル 宴会予約ご担当 様</p>
<p>いつもお世話になっております。日の出産業 学術担当の芹沢です。<br>
7月26日（土）「関節外科セミナー in 大宮」の講師・座長の先生方のご宿泊と名札作成をお願いいたします。
当日の受付でお名前を確認いただけるよう、ご連絡先も記載しております。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>役割</th><th>氏名</th><th>ご所属</th><th>携帯電話</th><th>メール</th><th>宿泊</th></tr>
<tr><td>特別講演</td><td>三宅 祐介</td><td>北辰大学 整形外科</td><td>090-6612-4403</td><td>y.miyake.knee@gmail.com</td><td>7/25-26</td></tr>
<tr><td>座長</td><td>毒島 隆之</td><td>城南総合病院</td><td>080-3027-1185</td><td>busujima@jonan-gh.or.jp</td><td>7/26</td></tr>
<tr><td>一般演題</td><td>小鳥遊 理恵</td><td>みずほ台病院</td><td>070-4481-2290</td><td>takanashi.rie@mizuhodai-hp.or.jp</td><td>なし</td></tr>
<tr><td>一般演題</td><td>東海林 悠</td><td>大和田記念病院</td><td>090-1874-6632</td><td>shoji.yu@owada-kinen.or.jp</td><td>7/26</td></tr>
<tr><td>一般演題</td><td>薬袋 哲平</td><td>さくらぎ整形外科</td><td>080-9953-0417</td><td>minai@sakuragi-seikei.jp</td><td>7/26</td></tr>
<tr><td>コメンテーター</td><td>百目鬼 和也</td><td>聖マリナ記念病院</td><td>090-2765-8841</td><td>domeki.k@st-marina.or.jp</td><td>7/25-26</td></tr>
</table>
<p>宿泊費のギャランティは下記の法人カードでお願いいたします。<br>
カード番号：{_card4(card_number(SEED + 2))}　有効期限 09/28　名義 HINODE SANGYO CO LTD</p>
<p>日の出産業株式会社 医療機器事業部 学術・講演会担当<br>芹沢 由梨　TEL 03-5840-7745</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールで講師6名の携帯・メールの表と法人カード番号をホテルへ",
    },
    {
        "id": "iryokiki-025",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["北辰大学病院 防災センター <bousai@med.hokushin-u.ac.jp>"],
        "subject": "構内車両乗入れ許可申請書の提出（サービス車両3台）",
        "body": """北辰大学医学部附属病院
防災センター　ご担当者様

お世話になっております。日の出産業 フィールドサービス課の榎本です。
MRI室・ハイブリッド手術室の保守作業に伴う構内車両乗入れ許可の申請書を提出いたします。
ご指定どおり、運転者の運転免許証番号を記入しております。
許可証は弊社受付まで郵送いただけますと幸いです。
""" + SIG_ENOMOTO,
        "attachments": [
            {"kind": "pdf", "name": "車両乗入れ許可申請書_日の出産業.pdf",
             "title": "構内車両乗入れ許可申請書",
             "lines": [
                 "構内車両乗入れ許可申請書",
                 "申請者：日の出産業株式会社 医療機器事業部 サービス部",
                 "期間：2025年7月1日〜2026年6月30日",
                 "目的：医療機器の定期点検・修理対応",
                 "",
             ],
             "table": [
                 ["運転者氏名", "運転免許証番号", "有効期限", "車両番号", "車種"],
                 ["楠 大輔", "第 301904528870 号", "2027/09/18", "千葉 400 ひ 21-07", "プロボックス"],
                 ["十河 拓真", "第 302107731164 号", "2028/03/02", "大宮 400 に 88-31", "ハイエース"],
                 ["嘉山 昇", "第 301811092255 号", "2026/11/27", "足立 400 ま 40-19", "プロボックス"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "社員3名の運転免許証番号を記載したPDFを社外へ（本人確認書類の番号）",
    },
    {
        "id": "iryokiki-026",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["都築 善治 <zenji.tsuzuki1950@gmail.com>"],
        "subject": "Re: 電気メスのカタログについて",
        "body": """都築先生

ご無沙汰しております。日の出産業の高瀬です。
開業医を引退されてからも勉強会に顔を出されていると伺い、大変うれしく思っております。

お問い合わせいただいた高周波手術装置 ESU-7A の総合カタログを添付いたします。
紙のカタログもご入用でしたら、ご住所をお知らせいただければお送りいたします。

暑い日が続きますので、どうぞご自愛ください。
""" + SIG_TAKASE,
        "attachments": [
            {"kind": "pdf", "name": "ESU-7A_catalog.pdf", "title": "ESU-7A 総合カタログ",
             "lines": ["高周波手術装置 ESU-7A", "主な仕様", "最大出力：切開 300W／凝固 120W",
                       "モード：ピュアカット、ブレンド1〜3、ソフト凝固、スプレー凝固",
                       "対極板モニタ：REM方式", "外形寸法：W360×D420×H160mm　質量：8.2kg",
                       "医療機器承認番号：30500BZX00123000"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "フリーメールの個人1名へのカタログ送付（警告のみ）",
    },
    {
        "id": "iryokiki-027",
        "charset": "utf-8",
        "sender": "Daichi Kurosawa <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["Karin Lindqvist <karin.lindqvist@nordvikmed.com>"],
        "subject": "Factory training in Malmo - visitor details",
        "body": """Dear Karin,

Thank you for arranging the hip-system training at your Malmo plant on 15-17 September.
As requested by your site security, here are the details of our two engineers who will attend.

  1) Name: TOKITA Shun
     Date of birth: 12 March 1989
     Passport No.: TR4418207 (Japan, expires 2031-04-08)

  2) Name: MATOBA Megumi
     Date of birth: 30 November 1992
     Passport No.: TZ0935561 (Japan, expires 2029-07-21)

They will arrive in Copenhagen on 14 September and take the train to Malmo.
Could you please send the invitation letters to me by the end of July?
""" + SIG_KUROSAWA_EN + DISCLAIMER_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "社員2名の旅券番号と生年月日を海外メーカーへ（英文）",
    },
    {
        "id": "iryokiki-028",
        "charset": "shift_jis",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["聖マリナ記念病院 臨床工学課 <ce-ka@st-marina.or.jp>"],
        "subject": "代替機・消耗品の発送のご連絡",
        "body": """聖マリナ記念病院
臨床工学課　ご担当者様

お世話になっております。日の出産業 貸出機管理センターの南雲です。
修理期間中の代替機および消耗品を本日発送いたしましたのでご連絡いたします。

　品名　　　　　　　　　　　数量　送り状番号　　　　　到着予定
　輸液ポンプ IP-20（代替機）　2台　 4471-2290-3318　　6/25 午前
　専用輸液セット IS-20A　　　 2箱　 4471-2290-3329　　6/25 午前
　ドロップセンサー DS-3　　　 4個　 4471-2290-3330　　6/25 午前

配送は青葉運輸です。修理品（製造番号 IP20-2203-0471、-0472）は
完了次第ご連絡いたします。
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "送り状番号・製造番号・品名のみの発送連絡",
    },
    {
        "id": "iryokiki-029",
        "charset": "utf-8",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["聖マリナ記念病院 総務課 入館管理 <nyukan@st-marina.or.jp>"],
        "subject": "業者入館証の発行申請（委託エンジニア1名追加）",
        "body": """聖マリナ記念病院
総務課　入館管理ご担当者様

お世話になっております。日の出産業の榎本です。
8月より当院担当に加わる業務委託のエンジニアについて、入館証の発行を申請いたします。
貴院の様式に従い、本人確認書類の情報を記載いたします。

　氏名：グエン・ヴァン・タイン（NGUYEN VAN THANH）
　生年月日：1994年6月2日
　所属：日の出産業株式会社 サービス部（業務委託）
　本人確認書類：在留カード
　在留カード番号：UH48213907KA
　在留期間満了日：2027年3月31日

顔写真データは別途お渡しいたします。よろしくお願いいたします。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "1名の在留カード番号を社外（病院）へ送信",
    },
    {
        "id": "iryokiki-030",
        "charset": "iso-2022-jp",
        "sender": "柏木 誠 <kashiwagi.m@hinode-sangyo.co.jp>",
        "to": ["みずほ台病院 経理課 <keiri@mizuhodai-hp.or.jp>"],
        "subject": "6月分 ご請求書送付のご案内（適格請求書）",
        "body": f"""医療法人仁愛会 みずほ台病院
経理課　御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
6月分のご請求書をお送りいたします。

　請求書番号：HS-INV-2506-11208
　ご請求金額：2,481,600円（税込）
　お支払期日：2025年7月31日
　登録番号：T{_houjin('010401083357')}

【お振込先】
　みどり銀行　本店営業部　普通預金　1234008
　口座名義：ヒノデサンギョウ（カ

※振込手数料は貴院にてご負担くださいますようお願い申し上げます。
""" + SIG_KASHIWAGI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "会社の請求書連絡（自社の登録番号＝法人番号と自社口座）。個人データなし",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-031",
        "charset": "shift_jis",
        "sender": "宇佐美 紗英 <usami.sae@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人ふじ 手続き担当 <tetsuzuki@sr-fuji.jp>"],
        "subject": "資格取得届の作成依頼（7/1入社 サービス部 1名）",
        "body": """社会保険労務士法人ふじ
手続きご担当　中里様

いつもお世話になっております。日の出産業 人事総務部の宇佐美です。
7月1日付で医療機器事業部サービス部に中途入社する社員について、
健康保険・厚生年金の資格取得届の作成をお願いいたします。

　氏名（フリガナ）：鷲見　拓海（スミ　タクミ）
　生年月日：Ｈ６．２．２８
　住所：〒272-0021 千葉県市川市八幡3-18-7-203
　基礎年金番号：4128-603915
　前職の健康保険証：記号 6102　番号 847（協会けんぽ千葉支部、6/30資格喪失）
　標準報酬月額見込：380,000円
　被扶養者：なし

雇用保険の手続きは前職の離職票到着後に改めてご連絡いたします。
""" + SIG_USAMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "新入社員1名の基礎年金番号と健康保険証の記号・番号を社労士事務所へ",
    },
    {
        "id": "iryokiki-032",
        "charset": "utf-8",
        "sender": "外山 湧 <toyama.yu@hinode-sangyo.co.jp>",
        "to": ["ひかり医療商事 千葉営業所 曽我部様 <sogabe@hikari-iryo.co.jp>"],
        "subject": "大和田記念 7/7週の立会い依頼",
        "body": """曽我部様

お世話になっております。日の出産業の外山です。
大和田記念病院の7/7週の予定です。7/9と7/10の立会いをお願いできますか。

7/7  K.T.  78歳 女  右TKA        NV-Knee CR
7/8  S.M.  66歳 男  左THA        NV-Hip Stem S / Cup 54
7/9  Y.H.  83歳 女  右BHA        NV-Hip Stem S
7/10 N.A.  71歳 女  左TKA        NV-Knee PS
7/11 O.R.  59歳 男  右UKA        NV-Uni

イニシャルのみで共有しています。詳細は当日手術部でご確認ください。
外山
""",
        "expect": "either",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "患者はイニシャル・年齢・術式のみ：病院名と日付から特定可能とみるかで判断が分かれる",
    },
    {
        "id": "iryokiki-033",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 紗英 <usami.sae@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 名刺担当 <meishi@nishiki-insatsu.co.jp>"],
        "subject": "名刺印刷のお願い（医療機器事業部 新任6名）",
        "body": """錦印刷株式会社
営業部　名刺ご担当者様

いつもお世話になっております。日の出産業 人事総務部の宇佐美です。
医療機器事業部の新任者6名分の名刺印刷をお願いいたします。
レイアウトは既存のBタイプ（裏面英語）、各100枚です。
一覧はExcel（xls）で添付しております。携帯番号は社用携帯です。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "xls", "name": "名刺発注_医療機器事業部.xls",
             "sheets": {"発注一覧": [
                 ["氏名", "ローマ字", "所属", "役職", "携帯", "メール"],
                 ["鷲見 拓海", "Takumi Sumi", "サービス部", "", "080-5531-2047", "sumi.takumi@hinode-sangyo.co.jp"],
                 ["仁科 沙織", "Saori Nishina", "手術支援グループ", "", "090-8814-3306", "nishina.s@hinode-sangyo.co.jp"],
                 ["鴇田 駿", "Shun Tokita", "整形外科製品グループ", "主任", "070-6290-1158", "tokita.shun@hinode-sangyo.co.jp"],
                 ["雲雀 康平", "Kohei Hibari", "営業一課", "", "080-2471-9930", "hibari.k@hinode-sangyo.co.jp"],
                 ["御子柴 杏", "Anzu Mikoshiba", "品質保証部", "", "090-3352-0871", "mikoshiba.a@hinode-sangyo.co.jp"],
                 ["与那嶺 修", "Osamu Yonamine", "貸出機管理センター", "係長", "070-1108-6642", "yonamine.o@hinode-sangyo.co.jp"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "社員6名の氏名・携帯・メールの旧形式XLSを印刷会社へ（5名以上の名簿）",
    },
    {
        "id": "iryokiki-034",
        "charset": "utf-8",
        "sender": "Ryo Takase <r-takase@hinode-sangyo.co.jp>",
        "to": ["Crestline Cardio Order Desk <orders.apac@crestline-cardio.com>"],
        "subject": "PO HS-PO-25-07802 - PTA balloon catheters",
        "body": """Dear Order Desk team,

Please find below our purchase order for July delivery.

  PO number:      HS-PO-25-07802
  Ship-to:        Hinode Sangyo Co., Ltd., Ichikawa Logistics Center,
                  5-12-3 Tajiri, Ichikawa-shi, Chiba 272-0014, Japan
  Incoterms:      DAP Ichikawa

  Item            Description                         Qty    Unit price (USD)
  CC-PTA-2520     PTA balloon 2.5 x 20 mm             200    212.00
  CC-PTA-3020     PTA balloon 3.0 x 20 mm             200    212.00
  CC-GW-014-180   Guidewire 0.014" 180 cm             100     88.50

Please confirm the shipping date and send the commercial invoice and the
certificates of analysis with the shipment. Our customs broker is Aoba Unyu as usual.

Best regards,
Ryo Takase
Sales Section 1, Medical Devices Division
Hinode Sangyo Co., Ltd.
Tel +81-48-645-2210
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "海外メーカーへの英文注文書（PO番号・品番・会社の納品先住所のみ）",
    },
    {
        "id": "iryokiki-035",
        "charset": "utf-8",
        "sender": "黒澤 大地 <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["メディアート 制作部 <seisaku@medi-art.co.jp>"],
        "subject": "症例報告スライドのデザイン調整のお願い",
        "body": """株式会社メディアート
制作部　ご担当者様

いつもお世話になっております。日の出産業の黒澤です。
9月の学会共催セミナーで三宅先生にご発表いただく症例報告スライドの
デザイン調整（配色・図版のトレース）をお願いしたく、原稿をお送りいたします。
納期は8月22日でお願いできますでしょうか。
""" + SIG_KUROSAWA_EN.replace("Best regards,\n\n", ""),
        "attachments": [
            {"kind": "pptx", "name": "症例報告_再置換例_原稿.pptx", "title": "症例報告",
             "slides": [
                 ["人工股関節再置換術の一例", "北辰大学医学部附属病院 整形外科 三宅 祐介"],
                 ["症例", "患者：堀米 忠 様（64歳 男性）", "生年月日：1960年5月19日",
                  "主訴：左股関節痛、跛行", "既往歴：2型糖尿病、C型慢性肝炎（治療後）",
                  "現病歴：2016年 左THA施行、2024年 カップのゆるみにて再置換"],
                 ["術中所見", "臼蓋側に骨欠損（Paprosky 2B）", "NV-Hip Cup 56 + スクリュー3本"],
                 ["術後経過", "術後6か月でJOAスコア 48→86", "X線上ゆるみなし"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTXに患者1名の実名・生年月日・既往歴（要配慮）を載せたまま制作会社へ",
    },
    {
        "id": "iryokiki-036",
        "charset": "iso-2022-jp",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["大和田記念病院 医療安全推進室 <anzen@owada-kinen.or.jp>"],
        "subject": "不具合の詳細情報のご提供方法について",
        "body": """大和田記念病院
医療安全推進室　ご担当者様

お世話になっております。日の出産業 品質保証部の三國です。
先日ご報告いただいた輸液ポンプ IP-20 の閉塞アラーム不作動の件、ありがとうございました。

調査にあたり、機器の製造番号、発生日時、使用していた輸液セットのロット番号、
アラーム履歴（機器から抽出いたします）をご提供いただければ十分です。
個人情報保護および機密保持の観点から、患者様のお名前やカルテ番号などは
お送りいただかないようお願いいたします。

機器は代替機と交換のうえ、弊社にて回収させていただきます。
""" + SIG_MIKUNI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「機密保持」「個人情報」に触れるだけで、機密表示も個人データもない",
    },
    {
        "id": "iryokiki-037",
        "charset": "shift_jis",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 管理部 <kanri@towa-medical.co.jp>"],
        "subject": "5月分 立会い委託実績（精算用）",
        "body": """東和メディカル株式会社
管理部　御中

お世話になっております。日の出産業の沖田です。
5月分の立会い業務委託の実績をZIPでお送りします。
精算書の作成をお願いいたします。中の「はじめにお読みください.txt」もご確認ください。
""" + SIG_OKITA,
        "attachments": [
            {"kind": "zip", "name": "立会い実績_202505.zip",
             "files": [
                 {"kind": "txt", "name": "はじめにお読みください.txt", "encoding": "utf-8",
                  "text": "5月分 立会い委託実績\n件数：7件（うち休日1件）\n単価は契約書別表2のとおり。\n日の出産業 手術支援G"},
                 {"kind": "csv", "name": "実績_202505.csv", "encoding": "utf-8",
                  "rows": [
                      ["日付", "施設", "患者氏名", "年齢", "診断", "術式", "立会者", "区分"],
                      ["2025-05-07", "城南総合病院", "沼尻 久美子", "72", "右変形性膝関節症", "右TKA", "須賀", "平日"],
                      ["2025-05-09", "城南総合病院", "桐谷 勝", "64", "左変形性股関節症", "左THA", "須賀", "平日"],
                      ["2025-05-14", "みずほ台病院", "岩佐 タマヨ", "86", "右大腿骨頸部骨折", "右BHA", "須賀", "平日"],
                      ["2025-05-17", "みずほ台病院", "水落 亮介", "47", "右大腿骨転子部骨折", "骨接合術", "須賀", "休日"],
                      ["2025-05-21", "城南総合病院", "安西 節子", "69", "関節リウマチ", "左TKA", "中條", "平日"],
                      ["2025-05-23", "大和田記念病院", "相良 光男", "75", "左変形性膝関節症", "左TKA", "中條", "平日"],
                      ["2025-05-28", "城南総合病院", "国分 ひとみ", "58", "左大腿骨頭壊死症", "左THA", "須賀", "平日"],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP内のCSV（UTF-8）に患者7名の氏名・診断名・術式",
    },
    {
        "id": "iryokiki-038",
        "charset": "utf-8",
        "sender": "十河 拓真 <sogo.takuma@hinode-sangyo.co.jp>",
        "to": ["みずほ台病院 ME管理室 <me@mizuhodai-hp.or.jp>"],
        "subject": "定期点検報告書（生体情報モニタ BM-5 ×8台）",
        "body": """みずほ台病院
ME管理室　ご担当者様

お世話になっております。日の出産業 サービス部の十河です。
6月17日に実施いたしました生体情報モニタ BM-5 の定期点検報告書をお送りします。
8台すべて合格、うち2台でNIBPホースの劣化が見られたため交換しております。

ご確認のほどよろしくお願いいたします。

十河 拓真
日の出産業株式会社 サービス部 フィールドサービス課
TEL 03-6658-4120
""",
        "attachments": [
            {"kind": "pdf", "name": "点検報告書_BM-5_20250617.pdf", "title": "定期点検報告書",
             "lines": ["定期点検報告書", "顧客：医療法人仁愛会 みずほ台病院 ME管理室",
                       "機種：生体情報モニタ BM-5", "点検日：2025年6月17日　点検者：十河 拓真", ""],
             "table": [
                 ["No", "製造番号", "設置場所", "外観", "ECG", "NIBP", "SpO2", "電気安全", "判定", "交換部品"],
                 [1, "BM5-1904-0112", "3階東", "良", "良", "良", "良", "良", "合格", ""],
                 [2, "BM5-1904-0113", "3階東", "良", "良", "要交換", "良", "良", "合格", "NIBPホース"],
                 [3, "BM5-1904-0120", "3階西", "良", "良", "良", "良", "良", "合格", ""],
                 [4, "BM5-1904-0121", "3階西", "良", "良", "良", "良", "良", "合格", ""],
                 [5, "BM5-2011-0330", "HCU", "良", "良", "要交換", "良", "良", "合格", "NIBPホース"],
                 [6, "BM5-2011-0331", "HCU", "良", "良", "良", "良", "良", "合格", ""],
                 [7, "BM5-2011-0332", "HCU", "良", "良", "良", "良", "良", "合格", ""],
                 [8, "BM5-2011-0333", "救急外来", "良", "良", "良", "良", "良", "合格", ""],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "機器の製造番号と点検結果のPDF。患者・個人の情報なし",
    },
    {
        "id": "iryokiki-039",
        "charset": "iso-2022-jp",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["やまぶきDMサービス 発送受付 <hassou@yamabuki-dm.co.jp>"],
        "subject": "暑中見舞い 発送先（先生方ご自宅）追加分",
        "body": """やまぶきDMサービス
発送受付ご担当者様

お世話になっております。日の出産業の高瀬です。
暑中見舞いはがきの発送先、ご自宅宛ての追加分です。宛名印字をお願いします。

・三宅 祐介 様
　〒338-0002 埼玉県さいたま市中央区下落合5-10-3
　TEL 048-853-7721
・毒島 隆之 様
　〒140-0011 東京都品川区東大井2-19-4-801
　TEL 03-3474-6650
・小鳥遊 理恵 様
　〒354-0031 埼玉県富士見市勝瀬918-2
　TEL 049-253-1184
・東海林 悠 様
　〒276-0046 千葉県八千代市大和田新田401-17
　TEL 047-482-3309
・薬袋 哲平 様
　〒154-0011 東京都世田谷区上馬4-22-8
　TEL 03-3419-5072
・百目鬼 和也 様
　〒182-0022 東京都調布市国領町3-7-15-302
　TEL 042-488-2916

差出人は弊社大宮営業所でお願いいたします。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "医師6名の自宅住所・電話を「・」箇条書きで発送代行業者へ",
    },
    {
        "id": "iryokiki-040",
        "charset": "shift_jis",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["三星医科器械 横浜支店 <yokohama@mitsuboshi-ika.co.jp>"],
        "subject": "Re: デモ機貸出のご依頼（超音波診断装置 US-880）",
        "body": """三星医科器械株式会社 横浜支店
荻窪様

お世話になっております。貸出機管理センターの南雲です。
ご依頼のデモ機貸出につきまして、下記のとおり手配いたしました。

　貸出番号：LN-25-0614
　機種：超音波診断装置 US-880（リニア・コンベックス・セクタ各1本）
　貸出先：市立湊川病院 整形外科外来
　期間：7月7日（月）〜7月18日（金）
　搬入：7月7日 10:00 青葉運輸にて直送
　返却：7月18日 16:00 以降 引取り

貸出期間中の破損は貸出規約第7条のとおりとなります。
延長のご希望は7月15日までにご連絡ください。

> デモ機の貸出をお願いしたく、ご連絡いたしました。
> 湊川病院の整形外科で7月上旬から2週間ほど評価したいとのことです。
> 三星医科器械 横浜支店 荻窪
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "貸出番号・機種・日程のみのデモ機手配連絡",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-041",
        "charset": "utf-8",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["医療機器安全教育センター 研修事務局 <kenshu@iryokiki-kyoiku.or.jp>"],
        "subject": "手術立会い基礎研修（第3回）受講申込",
        "body": f"""一般財団法人 医療機器安全教育センター
研修事務局　御中

お世話になっております。日の出産業の沖田です。
第3回「手術立会い基礎研修」に、弊社と販売代理店の担当者5名の受講を申し込みます。
受講票の送付先は各人のメールアドレスでお願いいたします。

【1】
氏名：須賀 哲也（スガ テツヤ）
生年月日：昭和６３年４月２日
所属：東和メディカル株式会社 営業部
携帯：{_zen('090-5126-3378')}
メール：suga.t@towa-medical.co.jp

【2】
氏名：中條 瑞穂（チュウジョウ ミズホ）
生年月日：平成５年１０月１４日
所属：東和メディカル株式会社 営業部
携帯：{_zen('080-3390-2281')}
メール：chujo.m@towa-medical.co.jp

【3】
氏名：曽我部 航（ソガベ ワタル）
生年月日：平成２年７月３０日
所属：ひかり医療商事株式会社 千葉営業所
携帯：{_zen('070-2214-6759')}
メール：sogabe@hikari-iryo.co.jp

【4】
氏名：仁科 沙織（ニシナ サオリ）
生年月日：平成４年８月２１日
所属：日の出産業株式会社 手術支援グループ
携帯：{_zen('090-8814-3306')}
メール：nishina.s@hinode-sangyo.co.jp

【5】
氏名：外山 湧（トヤマ ユウ）
生年月日：平成８年１月９日
所属：日の出産業株式会社 手術支援グループ
携帯：{_zen('080-7720-5148')}
メール：toyama.yu@hinode-sangyo.co.jp

受講料（5名分）は請求書払いでお願いいたします。
""" + SIG_OKITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "5名分を1人1ブロックで（和暦の生年月日・全角の携帯番号）研修機関へ",
    },
    {
        "id": "iryokiki-042",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["北辰大学病院 ME機器センター 技士長 <me-center@med.hokushin-u.ac.jp>"],
        "subject": "お盆期間中の緊急対応体制について",
        "body": """北辰大学医学部附属病院
ME機器センター　技士長　八重樫様

いつもお世話になっております。日の出産業の榎本です。
8月13日〜16日のお盆期間中、人工心肺・補助循環装置の緊急対応は下記の体制となります。
サービスコール（0120-38-4171）が繋がりにくい場合は、当番者の携帯へ直接ご連絡ください。

　8/13（水）　楠 大輔　　090-3381-5527
　8/14（木）　的場 恵　　070-2245-8810
　8/15（金）　嘉山 昇　　070-3310-9928
　8/16（土）　楠 大輔　　090-3381-5527
　バックアップ　榎本（課長）

よろしくお願いいたします。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "当番者3名（＋本人）の携帯のみ。4名以下なので止めない（警告は可）",
    },
    {
        "id": "iryokiki-043",
        "charset": "iso-2022-jp",
        "sender": "柏木 誠 <kashiwagi.m@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 本店営業部 法人担当 新谷様 <shintani@midori-ginko.co.jp>"],
        "subject": "講演謝金の振込依頼（7月25日実行分）",
        "body": """株式会社みどり銀行
本店営業部　法人担当　新谷様

いつも大変お世話になっております。日の出産業 経理部の柏木です。
先日ご相談しました講演謝金の振込について、振込先を下記のとおりお知らせします。
7月25日付で弊社口座からの総合振込をお願いいたします。

受取人　　　　　銀行・支店　　　　　　　種別　口座番号　　金額
――――――――――――――――――――――――――――――――――――――
三宅　祐介　　　武蔵野信用金庫 浦和支店　普通　0418872　　99,790
毒島　隆之　　　東京中央銀行 大井町支店　普通　2290413　　88,980
小鳥遊　理恵　　みどり銀行 川越支店　　　普通　5503318　　44,490
東海林　悠　　　房総銀行 八千代支店　　　普通　1127406　　44,490
薬袋　哲平　　　城西銀行 三軒茶屋支店　　普通　3068815　　44,490
百目鬼　和也　　多摩中央銀行 調布支店　　当座　0093127　　66,735

（金額は源泉徴収後。振込手数料は弊社負担）
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "医師6名の個人口座（銀行・支店・口座番号）の一覧を社外へ",
    },
    {
        "id": "iryokiki-044",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["県立上山中央病院 資材課 <shizai@chuo-hp.pref.kamiyama.lg.jp>"],
        "subject": "県内の販売代理店・営業拠点一覧の送付",
        "body": """県立上山中央病院
資材課　御中

お世話になっております。日の出産業の高瀬です。
先日ご依頼いただいた、弊社製品を取り扱う県内の販売代理店・営業拠点の一覧を添付いたします。
各拠点の代表番号と営業時間を記載しております。
""" + SIG_TAKASE,
        "attachments": [
            {"kind": "csv", "name": "代理店拠点一覧_上山県.csv", "encoding": "utf-8",
             "rows": [
                 ["代理店名", "拠点", "住所", "代表電話", "FAX", "営業時間"],
                 ["東和メディカル株式会社", "上山支店", "上山県上山市本町2-3-10", "0237-41-2200", "0237-41-2201", "8:30-17:30"],
                 ["東和メディカル株式会社", "北上山営業所", "上山県北上山市栄町5-1", "0237-66-0330", "0237-66-0331", "8:30-17:30"],
                 ["ひかり医療商事株式会社", "上山営業所", "上山県上山市駅前1-8-4", "0237-43-7711", "0237-43-7712", "9:00-18:00"],
                 ["三星医科器械株式会社", "東北支店上山出張所", "上山県上山市緑町4-2-18", "0237-45-9080", "0237-45-9081", "9:00-17:30"],
                 ["北陸メディコ株式会社", "上山SC", "上山県南上山市旭3-6", "0237-72-1450", "0237-72-1451", "8:45-17:15"],
                 ["日の出産業株式会社", "上山サービスステーション", "上山県上山市本町3-1-5", "0237-41-8820", "0237-41-8821", "24時間受付"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "代理店・営業拠点（事業所）の代表番号一覧。人の名簿ではない",
    },
    {
        "id": "iryokiki-045",
        "charset": "utf-8",
        "sender": "Haruka Mikuni <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["Crestline Cardio Vigilance <vigilance@crestline-cardio.com>"],
        "subject": "Complaint HS-CMP-25-0192: balloon rupture during PTA",
        "body": """Dear Vigilance team,

We would like to report the following event that occurred in Japan.

Complaint no.: HS-CMP-25-0192
Product: CC-PTA-3020 (PTA balloon 3.0 x 20 mm), lot 2504B117
Facility: Owada Kinen Hospital, Chiba
Date of event: 18 June 2025

Patient: Mr. Yoshiharu Sagara, male, 75 years old
Medical history: chronic kidney disease on haemodialysis (3x/week), type 2 diabetes,
peripheral arterial disease (Rutherford 5) of the right leg.

Description: During dilatation of the right superficial femoral artery the balloon
ruptured at 10 atm (RBP 14 atm). A fragment remained in the vessel and was retrieved
with a snare. The procedure was completed with another balloon; the patient had no
permanent injury and was discharged on 22 June.

The device has been returned to our office and will be shipped to you next week.
Please let us know the investigation number.

Best regards,
Haruka Mikuni
Quality Assurance, Medical Devices Division
Hinode Sangyo Co., Ltd.
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "不具合報告に患者1名の実名と病歴（透析・糖尿病等）を記載して海外メーカーへ（英文）",
    },
    {
        "id": "iryokiki-046",
        "charset": "shift_jis",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["北辰大学病院 感染制御部 <kansen-seigyo@med.hokushin-u.ac.jp>"],
        "subject": "RE: 手術室立入者登録（抗体価報告）の提出について",
        "body": """感染制御部 ご担当者様

ご確認いただき、ありがとうございます。
ご指摘の証明書につきましては、取得でき次第、改めて提出いたします。
立会いの開始日は証明書のご確認後といたしますので、ご安心ください。

日の出産業 沖田

-----Original Message-----
差出人: 北辰大学病院 感染制御部 <kansen-seigyo@med.hokushin-u.ac.jp>
送信日時: 2025年6月3日 10:12
宛先: 沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>
件名: RE: 手術室立入者登録（抗体価報告）の提出について

日の出産業 沖田様

ご提出ありがとうございました。
仁科 沙織様（平成4年8月21日生）について、ムンプスIgGが基準未満のため、
2回目のワクチン接種証明書の提出をお願いいたします。
麻疹・風疹・水痘・B型肝炎・IGRAは基準を満たしております。

北辰大学医学部附属病院 感染制御部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "健康情報は相手のメールの引用部分（-----Original Message----- 以下）のみ",
    },
    {
        "id": "iryokiki-047",
        "charset": "utf-8",
        "sender": "柏木 誠 <kashiwagi.m@hinode-sangyo.co.jp>",
        "to": ["新谷 様 <shintani@midori-glnko.co.jp>"],
        "subject": "外為送金（Nordvik社向け）の必要書類について",
        "body": """みどり銀行 本店営業部
新谷様

お世話になっております。日の出産業 経理部の柏木です。
スウェーデンのNordvik Medical社向けの外国送金について、
必要書類（インボイス写し、送金依頼書）を本日ご用意しました。
支払金額は SEK 1,284,500、送金予定日は7月31日です。

受取人口座情報は先方の正式な請求書に記載のとおりですが、
念のため先方に電話で確認済みであることを申し添えます。
書類はご来社の際にお渡しする形でよろしいでしょうか。
""" + SIG_KASHIWAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 midori-glnko.co.jp は取引銀行 midori-ginko.co.jp の i→l の紛らわしいドメイン",
    },
    {
        "id": "iryokiki-048",
        "charset": "iso-2022-jp",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["品証 安全管理課 <anzen-kanri@mail.hinode-sangyo.co.jp>", "御子柴 杏 <mikoshiba.a@hinode-sangyo.co.jp>"],
        "subject": "転送: NV-Hip Cup 回収 植込み患者リスト（城南・大和田）",
        "body": """安全管理課の皆さん

病院から受領した植込み患者の情報を、社内の回収管理台帳に反映するため転送します。
外部への転送は禁止です。台帳への転記が終わったらメールは削除してください。

---- 転送 ----
城南総合病院
　笹岡 ミツ（S16.2.14生）右THA 2023/10/05 LOT 23C0915
　矢吹 英雄（S28.7.30生）左THA 2023/11/16 LOT 23C0915
　椎名 千代子（S23.12.1生）右THA 2024/01/22 LOT 23C1102
大和田記念病院
　相良 光男（S24.10.8生）左THA 2023/12/04 LOT 23C1102　※慢性腎不全で透析中
　岩城 ふさ（S13.5.27生）右THA 2024/04/17 LOT 24C0208
　蒔田 順平（S31.1.30生）右THA 2024/06/02 LOT 24C0208
---- ここまで ----

三國
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "患者リストだが宛先は社内（サブドメイン mail.hinode-sangyo.co.jp を含む）のみ",
    },
    {
        "id": "iryokiki-049",
        "charset": "shift_jis",
        "sender": "的場 恵 <matoba.megumi@hinode-sangyo.co.jp>",
        "to": ["楠 大輔 <kusunoki.d@hinode-sangyo.jp>"],
        "subject": "来週の千葉北部 夜間待機の交代について",
        "body": """楠さん

お疲れさまです。的場です。
来週の夜間待機、下記のとおり交代をお願いできますか。
病院への連絡先の差し替えはこちらで行います。

　7/21（月）的場 → 楠　　　楠　090-3381-5527
　7/22（火）楠　　　　　　　楠　090-3381-5527
　7/23（水）鰐淵　　　　　　鰐淵　090-7719-2253
　7/24（木）十河 → 的場　　的場　070-2245-8810

よろしくお願いします。
的場（サービス部 茨城南部担当）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "同僚宛てのつもりが宛先 hinode-sangyo.jp（自社 hinode-sangyo.co.jp の co. 抜き）",
    },
    {
        "id": "iryokiki-050",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["営業一課 <eigyo1@hinode-sangyo.co.jp>"],
        "cc": ["事業部長 <bucho-iryo@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】上山県立中央病院 入札対策メモ",
        "body": """営業一課 各位

来月の県立上山中央病院の生体情報モニタ一括更新の入札について、
対策メモをまとめました。社外秘です。代理店にも共有しないでください。
""" + SIG_TAKASE,
        "attachments": [
            {"kind": "docx", "name": "入札対策メモ_上山中央.docx", "page_header": "社外秘",
             "title": "入札対策メモ",
             "paragraphs": [
                 "【社外秘】県立上山中央病院 生体情報モニタ一括更新 入札対策",
                 "予定価格（推定）：1億2,400万円（前回実績からの推計）",
                 "競合：A社（前回落札）、B社",
                 "方針：セントラルモニタ保守5年込みで総額勝負。応札価格は1億1,650万円を上限とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘の資料だが宛先はすべて社内",
    },
    {
        "id": "iryokiki-051",
        "charset": "iso-2022-jp",
        "sender": "与那嶺 修 <yonamine.o@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-sytem.jp>"],
        "subject": "貸出機管理システム 返却処理でエラーが出る件",
        "body": """ツバサシステム株式会社
サポートデスク　御中

いつもお世話になっております。日の出産業 貸出機管理センターの与那嶺です。
貸出機管理システム（Ver.3.8）で、返却処理の確定ボタンを押すと
「E-2041 在庫区分の整合性エラー」が表示され、処理が完了しません。

　発生日時：7月2日 9:40頃から
　対象：貸出番号 LN-25-0588、LN-25-0591（いずれも代替機）
　端末：市川物流センター 端末No.3、No.5
　直前の操作：代替機→販売機への区分変更

画面キャプチャは必要でしたらお送りします。
至急ご確認をお願いいたします。

与那嶺 修
日の出産業株式会社 貸出機管理センター
TEL 047-378-5502
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 tsubasa-sytem.jp は取引先 tsubasa-system.jp の s 抜け",
    },
    {
        "id": "iryokiki-052",
        "charset": "shift_jis",
        "sender": "宇佐美 紗英 <usami.sae@hinode-sangyo.co.jp>",
        "to": ["医療機器事業部 庶務 <iryo-shomu@hinode-sangyo.co.jp>"],
        "subject": "健康診断 再検査対象者リスト（医療機器事業部）",
        "body": """医療機器事業部 庶務ご担当 様

お疲れさまです。人事総務部の宇佐美です。
今年度の定期健康診断で再検査の対象となった方のリストを送ります。
パスワードは社内チャットでお伝えします。本人への受診勧奨をお願いします。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "zip", "name": "再検査対象者_医療機器事業部.zip", "password": "Kenshin2025!",
             "files": [
                 {"kind": "xlsx", "name": "再検査対象者.xlsx",
                  "sheets": {"対象者": [
                      ["社員番号", "氏名", "所属", "再検査項目"],
                      ["H10233", "楠 大輔", "サービス部", "血圧"],
                      ["H10871", "雲雀 康平", "営業一課", "肝機能"],
                      ["H11042", "与那嶺 修", "貸出機管理センター", "血糖"],
                  ]}},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パスワード付きZIPだが宛先は社内のみ",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-053",
        "charset": "utf-8",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["白川先生 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "NV-Hip Cup 回収に関する患者様からの問い合わせ対応について（ご相談）",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 品質保証部の三國です。
先日ご相談したNV-Hip Cupの自主回収について、追加でご相談させてください。

一部の医療機関から「患者様が直接メーカーに問い合わせたいと言っている」との連絡があり、
弊社コールセンターでの回答範囲（再置換費用の負担に触れてよいか等）を整理したいと考えております。
回答例の案を作成しましたので、次回の打合せでご確認いただけますでしょうか。

候補日：7月9日（水）16時、7月11日（金）10時
""" + SIG_MIKUNI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 shirakawa-law.co.jp は顧問事務所 shirakawa-law.jp に co. を足した別ドメイン",
    },
    {
        "id": "iryokiki-054",
        "charset": "iso-2022-jp",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 須賀様 <suga.t@towa-medical.co.jp>"],
        "subject": "みずほ台病院 7/14週 持ち込みセットの準備",
        "body": """須賀様

お世話になっております。沖田です。
みずほ台病院の7/14週の持ち込みセットです。病院からは症例番号で連絡をもらっています。

症例番号   日付    術式    セット               サイズ予定
-----------------------------------------------------------------
MZ-0714-1  7/14   右TKA   NV-Knee CR 標準     Femur 3-5 / Tibia 2-4
MZ-0715-1  7/15   左THA   NV-Hip Stem S + Cup  Stem 10-13 / Cup 48-52
MZ-0716-1  7/16   右BHA   NV-Hip Stem S        Stem 9-12 / Head 42-46
MZ-0717-1  7/17   左TKA   NV-Knee PS 標準     Femur 4-6 / Tibia 3-5

7/15 は人工骨頭のバックアップも念のためお願いします。
返却は各症例の翌日午前に中材で受け取れます。

沖田
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "症例番号・術式・機材サイズだけで患者を特定する情報がない",
    },
    {
        "id": "iryokiki-055",
        "charset": "shift_jis",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.jp>"],
        "subject": "添付文書（NV-Knee 改訂第5版）の印刷のお願い",
        "body": """錦印刷株式会社
営業部　ご担当者様

いつもお世話になっております。日の出産業 品質保証部の三國です。
人工膝関節 NV-Knee の添付文書改訂（第5版：使用上の注意の追記）に伴い、
同梱用の添付文書の印刷をお願いいたします。

　仕様：A3 二つ折り、両面モノクロ、上質紙70kg
　部数：12,000部
　納期：8月8日（金）弊社 市川物流センター着
　版下：PDFを別途ファイル共有でお送りします

校正は1回でお願いできればと思います。お見積りもあわせてお願いいたします。
""" + SIG_MIKUNI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先 nishiki-insatsu.jp は取引先 nishiki-insatsu.co.jp の co. 抜け",
    },
    {
        "id": "iryokiki-056",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["城南総合病院 用度課 <yodo@jonan-gh.or.jp>"],
        "subject": "内視鏡手術システム ご説明の訪問について",
        "body": """城南総合病院
用度課　土生様

いつもお世話になっております。日の出産業の高瀬です。
内視鏡手術システムの更新のご説明について、7月17日（木）14時に伺います。

当日の弊社出席者は以下の2名です。
　・医療機器事業部 営業一課　高瀬 亮
　・医療機器事業部 内視鏡製品グループ　雲雀 康平

所要時間は1時間程度を予定しております。
プロジェクターをお借りできますと幸いです。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "訪問者2名の氏名と所属のみ（ほかの個人データなし）",
    },
    {
        "id": "iryokiki-057",
        "charset": "iso-2022-jp",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["ひかり医療商事 営業推進部 部長 <bucho@hikari-iryo.co.jp>"],
        "subject": "輸液ポンプ IP-20 の件（事前のご相談）",
        "body": """━━━━━━━━━━━━━━━━
【極秘】取扱厳重注意　関係者限り
━━━━━━━━━━━━━━━━

ひかり医療商事株式会社
営業推進部長　宝田様

いつもお世話になっております。日の出産業 品質保証部の三國です。

現在、輸液ポンプ IP-20 の一部製造番号（IP20-2201〜2204台）において、
ドロップセンサー不良による流量誤差の可能性を調査しております。
社内の評価次第では、8月中旬に自主回収（改修）を行う可能性がございます。
公表前の情報のため、取扱いには十分ご注意ください。

御社納入分の台数確認と、代替機の確保についてご相談させてください。
""" + SIG_MIKUNI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "本文冒頭に「【極秘】」の区分表示",
    },
    {
        "id": "iryokiki-058",
        "charset": "shift_jis",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["湊川市 病院事業局 契約係 <keiyaku@hospital.city.minatogawa.lg.jp>"],
        "subject": "入札参加資格確認申請書類の提出について（案件番号 湊病第25-031号）",
        "body": """湊川市 病院事業局
契約係　御中

お世話になっております。日の出産業株式会社の高瀬でございます。

「市立湊川病院 生体情報モニタ一式購入」（案件番号 湊病第25-031号）の
一般競争入札について、参加資格確認申請書類を本日郵送いたしました。
提出書類は以下のとおりです。

　1. 一般競争入札参加資格確認申請書
　2. 仕様書に対する適合証明書（別紙 機能対照表 42項目）
　3. 納入実績一覧（過去3年間・公立病院 14件）
　4. 保守体制説明書（サービス拠点・24時間対応）

仕様書第8項の「同等品」の解釈について、質問書を7月15日までに提出する予定です。
どうぞよろしくお願いいたします。
""" + SIG_TAKASE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "自治体病院への入札書類の提出連絡（案件番号・書類名のみ）",
    },
    {
        "id": "iryokiki-059",
        "charset": "utf-8",
        "sender": "黒澤 大地 <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["三宅先生 <miyake.orth@med.hokushin-u.ac.jp>"],
        "subject": "FW: NV-Hip Dual Mobility clinical summary",
        "body": """三宅先生

お世話になっております。黒澤です。
先日ご質問いただいたデュアルモビリティカップの臨床成績について、
Nordvik本社から資料が届きましたので転送いたします。
英文ですが、5年生存率と脱臼率の表が4ページ目にございます。

黒澤

---------- Forwarded message ---------
From: Karin Lindqvist <karin.lindqvist@nordvikmed.com>
Date: Mon, 7 Jul 2025 09:15
Subject: NV-Hip Dual Mobility clinical summary
To: Daichi Kurosawa <d.kurosawa@hinode-sangyo.co.jp>

Hi Daichi,
Attached is the internal clinical summary you asked for. Please note it is for
Hinode internal use only and must not be shared outside your company.
Karin
""",
        "attachments": [
            {"kind": "docx", "name": "NV-Hip_DM_Clinical_Summary.docx",
             "page_header": "CONFIDENTIAL - Nordvik Medical AB - Internal Use Only",
             "page_footer": "Confidential",
             "title": "NV-Hip Dual Mobility Clinical Summary",
             "paragraphs": [
                 "NV-Hip Dual Mobility Cup - Clinical Summary (data cut-off March 2025)",
                 "Multicentre registry, 1,842 hips, mean follow-up 5.3 years.",
                 "Survivorship (all-cause revision) at 5 years: 97.6% (95% CI 96.8-98.3).",
                 "Dislocation rate: 0.4%. Intraprosthetic dislocation: 2 cases.",
             ],
             "tables": [[["Endpoint", "Value"], ["Revision, any cause", "2.4%"],
                         ["Dislocation", "0.4%"], ["Infection", "0.9%"]]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付DOCXのヘッダ・フッタに Confidential / Internal Use Only の区分表示のまま病院へ転送",
    },
    {
        "id": "iryokiki-060",
        "charset": "iso-2022-jp",
        "sender": "芹沢 由梨 <serizawa.yuri@hinode-sangyo.co.jp>",
        "to": ["イベント企画 ことぶき 担当 <info@kotobuki-event.co.jp>"],
        "subject": "秋の学術セミナー 会場候補の比較",
        "body": """株式会社ことぶき
ご担当者様

お世話になっております。日の出産業 学術担当の芹沢です。
秋の学術セミナー（10月、参加者80名規模）の会場候補を下記に絞りました。
各会場の空き状況と概算をご確認いただけますでしょうか。

・さくらホテル大宮　　　さいたま市大宮区錦町682-2　TEL 048-641-8800　宴会場「桜」100名
・ホテル湊川ベイサイド　湊川市港町1-1　　　　　TEL 046-820-3333　「マリーン」120名
・市川シティプラザ　　　市川市市川南1-10-1　　　TEL 047-322-5151　大会議室 90名
・上野ガーデンホール　　台東区上野3-24-6　　　　TEL 03-5812-4411　ホールB 80名

日程は10月18日（土）または25日（土）の午後を希望しています。
""" + SIG_SERIZAWA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "会場（ホテル・施設）の代表番号と所在地の一覧。事業者の情報",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-061",
        "charset": "utf-8",
        "sender": "楠 大輔 <kusunoki.d@hinode-sangyo.co.jp>",
        "to": ["大和田記念病院 臨床工学部 飯干様 <iiboshi@owada-kinen.or.jp>"],
        "subject": "HLM-3 送血ポンプ 流量校正の手順について",
        "body": """大和田記念病院 臨床工学部
飯干様

お世話になっております。日の出産業 サービス部の楠です。
昨日お問い合わせのあった送血ポンプの流量校正の手順ですが、
手元のサービスマニュアルの該当ページをPDFにしてお送りします。
作業は弊社立会いのもとでお願いいたします。

楠 大輔
日の出産業株式会社 サービス部 千葉北部担当
""",
        "attachments": [
            {"kind": "pdf", "name": "HLM-3_SM_7-4_流量校正.pdf", "title": "HLM-3 サービスマニュアル 7-4",
             "page_header": "部外秘　サービス部門専用",
             "page_footer": "部外秘 - 日の出産業株式会社 サービス部 - 複製・配布禁止",
             "lines": ["7-4 送血ポンプ流量校正", "1. サービスモードへの移行：電源投入時に[MENU]+[ALARM]を5秒長押し",
                       "2. パスコード 7741 を入力", "3. 校正用チューブ（P/N 3310-22）を装着し、メスシリンダで実測",
                       "4. 実測値と表示値の差が±3%以内であることを確認",
                       "5. 範囲外の場合は係数 K1 を調整（0.95〜1.05）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PDFのヘッダ・フッタに「部外秘」の表示",
    },
    {
        "id": "iryokiki-062",
        "charset": "utf-8",
        "sender": "雲雀 康平 <hibari.k@hinode-sangyo.co.jp>",
        "to": ["聖マリナ記念病院 消化器外科 十文字先生 <jumonji@st-marina.or.jp>"],
        "subject": "新製品のご案内：4K内視鏡手術システム VS-4000",
        "body": """聖マリナ記念病院 消化器外科
十文字先生

いつもお世話になっております。日の出産業 内視鏡製品グループの雲雀です。
このたび、4K内視鏡手術システム「VS-4000」を9月に発売いたします。

・4K/3D対応、蛍光観察（ICG）モード搭載
・従来機 VS-2500 のスコープがそのまま使用可能
・院内デモは8月下旬から承ります

ご興味がございましたら、デモのご希望日をお知らせください。

雲雀 康平
日の出産業株式会社 医療機器事業部 内視鏡製品グループ
TEL 03-5840-7768
""",
        "html": """<html><body>
<p>聖マリナ記念病院 消化器外科<br>十文字先生</p>
<p>いつもお世話になっております。日の出産業 内視鏡製品グループの雲雀です。<br>
このたび、4K内視鏡手術システム「<b>VS-4000</b>」を9月に発売いたします。</p>
<ul><li>4K/3D対応、蛍光観察（ICG）モード搭載</li>
<li>従来機 VS-2500 のスコープがそのまま使用可能</li>
<li>院内デモは8月下旬から承ります</li></ul>
<p>ご興味がございましたら、デモのご希望日をお知らせください。</p>
<p>雲雀 康平<br>日の出産業株式会社 医療機器事業部 内視鏡製品グループ<br>TEL 03-5840-7768</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "テキスト＋HTMLの新製品案内を医師1名へ",
    },
    {
        "id": "iryokiki-063",
        "charset": "shift_jis",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["県立上山中央病院 資材課 <shizai@chuo-hp.pref.kamiyama.lg.jp>"],
        "subject": "お見積書送付の件（手術用無影灯 更新）",
        "body": """県立上山中央病院
資材課　御中

お世話になっております。日の出産業の高瀬でございます。
ご依頼いただきました手術用無影灯更新のお見積書をお送りいたします。
PDFには閲覧パスワードを設定しております。パスワードは別途お電話にてお伝えいたします。
""" + SIG_TAKASE,
        "attachments": [
            {"kind": "pdf", "name": "御見積書_HS-Q-2507-0533.pdf", "password": "kmy0533",
             "title": "御見積書",
             "lines": ["御見積書 HS-Q-2507-0533", "県立上山中央病院 御中",
                       "件名：手術用無影灯 LED-Ⅲ 更新（手術室1〜4）",
                       "合計金額：18,480,000円（税込）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護（暗号化）されたPDFで中身を検査できない",
    },
    {
        "id": "iryokiki-064",
        "charset": "iso-2022-jp",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["みずほ台病院 医療安全管理室 <anzen@mizuhodai-hp.or.jp>"],
        "subject": "【重要】輸液ポンプ IP-20 自主回収（改修）のお知らせ",
        "body": """医療法人仁愛会 みずほ台病院
医療安全管理室　御中

平素は弊社製品をご愛用いただき、厚く御礼申し上げます。
このたび、輸液ポンプ IP-20 の一部製品において、ドロップセンサーの不良により
設定流量に対し実流量が最大8％少なくなる可能性があることが判明いたしました。
つきましては、対象製品の自主回収（改修）を実施いたします。

　クラス分類：クラスII
　対象製品：輸液ポンプ IP-20
　対象製造番号：IP20-2201-0001 〜 IP20-2204-0950
　貴院納入台数：6台（IP20-2203-0411〜0416）
　対応：ドロップセンサーユニットの交換（1台あたり約30分）

弊社サービス担当より、改修日程のご相談のご連絡を差し上げます。
ご迷惑をおかけいたしますことを深くお詫び申し上げます。
""" + SIG_MIKUNI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "1施設宛ての回収のお知らせ（製造番号・台数のみ、患者情報なし）",
    },
    {
        "id": "iryokiki-065",
        "charset": "utf-8",
        "sender": "雲雀 康平 <hibari.k@hinode-sangyo.co.jp>",
        "to": ["光陽アド 第2営業部 <dai2@kouyou-ad.co.jp>"],
        "subject": "VS-4000 販促計画（ドラフト）",
        "body": """株式会社光陽アド
第2営業部　ご担当者様

お世話になっております。日の出産業の雲雀です。
VS-4000 の発売に向けた販促計画のドラフトをお送りします。
学会ブースと動画制作の部分について、お見積りをお願いできますか。
""",
        "attachments": [
            {"kind": "pptx", "name": "VS-4000_販促計画_draft.pptx", "title": "VS-4000 販促計画",
             "page_footer": "取扱注意 ／ 日の出産業 医療機器事業部",
             "slides": [
                 ["VS-4000 販促計画（ドラフト）", "医療機器事業部 内視鏡製品グループ", "取扱注意"],
                 ["販売目標", "初年度 42台（大学病院 12、基幹病院 30）", "想定単価 3,800万円"],
                 ["競合対策", "A社 4Kシステムの保守費を下回る5年パッケージ", "VS-2500 ユーザーへの下取り優遇"],
                 ["プロモーション", "日本内視鏡外科学会 ブース出展", "ハンズオン動画 3本"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PPTXの各スライドのフッタと表紙に「取扱注意」",
    },
    {
        "id": "iryokiki-066",
        "charset": "utf-8",
        "sender": "Haruka Mikuni <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["Crestline Cardio Vigilance <vigilance@crestline-cardio.com>"],
        "subject": "Re: Complaint HS-CMP-25-0192: balloon rupture during PTA",
        "body": """Dear Emily,

Thank you for the investigation number (CC-INV-25-4471).
The device was shipped today via Aoba Unyu, AWB 176-8841-2290.
We will forward your final report to the hospital once available.

Best regards,
Haruka

On Wed, 25 Jun 2025 at 08:02, Emily Carter <vigilance@crestline-cardio.com> wrote:
> Dear Haruka,
>
> Thank you for the report. We have opened CC-INV-25-4471.
> For our records: patient Mr. Yoshiharu Sagara, 75, haemodialysis (CKD stage 5),
> type 2 diabetes, PAD Rutherford 5 of the right leg. Please correct us if wrong.
> Could you return the device together with the packaging?
>
> Kind regards,
> Emily Carter, Vigilance Specialist, Crestline Cardio Inc.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "患者情報は相手からのメールの引用（On … wrote: 以下の > 行）のみ",
    },
    {
        "id": "iryokiki-067",
        "charset": "iso-2022-jp",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": [
            "戸叶 様 <togano.family@gmail.com>",
            "日比野 様 <yhibino0715@gmail.com>",
            "瓜生 様 <uryu.kazuko.home@gmail.com>",
        ],
        "subject": "在宅医療機器 ご家族向け操作説明会のご案内",
        "body": """在宅医療機器をご利用の皆様のご家族様

いつも弊社のレンタル機器をご利用いただき、ありがとうございます。
日の出産業 貸出機管理センターの南雲でございます。

先日お申込みいただいた、ご家族様向けの操作説明会のご案内です。

　日時：7月26日（土）10:30〜12:00
　会場：越谷市 南越谷コミュニティセンター 第1会議室
　内容：日常のお手入れ、フィルター交換、停電時の対応
　持ち物：特にございません（機器は会場にご用意します）

駐車場は台数に限りがございますので、公共交通機関をご利用ください。
""" + SIG_NAGUMO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "利用者家族3名（個人のフリーメール）を To に並べて互いのアドレスが見える",
    },
    {
        "id": "iryokiki-068",
        "charset": "shift_jis",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["三星医科器械 横浜支店 荻窪様 <ogikubo@mitsuboshi-ika.co.jp>"],
        "subject": "返却デモ機（LN-25-0614）の破損について",
        "body": """荻窪様

お世話になっております。貸出機管理センターの南雲です。
7/18に返却されたデモ機（貸出番号 LN-25-0614、US-880）を点検したところ、
コンベックスプローブ（C5-2、製造番号 C52-2107-0088）のレンズ面に亀裂が見つかりました。
写真を添付しますのでご確認ください。

貸出規約第7条に基づき修理費のご負担をお願いすることになるかと思いますが、
まずは湊川病院様での使用状況を確認いただけますでしょうか。
修理見積りは来週お出しします。
""" + SIG_NAGUMO,
        "attachments": [
            {"kind": "png", "name": "C5-2_lens_crack_1.png"},
            {"kind": "png", "name": "C5-2_lens_crack_2.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "貸出機の破損写真（画像）と貸出番号・製造番号のみ",
    },
    {
        "id": "iryokiki-069",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 大須賀様 <osuga@towa-medical.co.jp>"],
        "cc": [
            "ひかり医療商事 宝田様 <takarada@hikari-iryo.co.jp>",
            "北辰大学病院 用度課 <yodo@med.hokushin-u.ac.jp>",
        ],
        "subject": "北辰大学病院 血管造影装置更新 代理店分担の件",
        "body": """東和メディカル 大須賀様
（cc: ひかり医療商事 宝田様、北辰大学病院 用度課様）

お世話になっております。日の出産業の高瀬です。
北辰大学病院様の血管造影装置更新について、納入と保守の分担案をお知らせします。

　・装置本体の納入・据付：東和メディカル様
　・周辺機器（インジェクタ、モニタ）：ひかり医療商事様
　・保守契約：弊社直販

見積の提出期限は8月1日です。各社様の見積条件のすり合わせを
7月第3週に行いたいと思います。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "代理店2社と病院の3組織が To/Cc で互いに見える（代理店間の分担を病院も見る）",
    },
    {
        "id": "iryokiki-070",
        "charset": "iso-2022-jp",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["品質保証部 安全管理課 <anzen-kanri@hinode-sangyo.co.jp>"],
        "bcc": [
            "me-room@jonan-gh.or.jp", "me-center@med.hokushin-u.ac.jp", "anzen@mizuhodai-hp.or.jp",
            "rinko@owada-kinen.or.jp", "ce-ka@st-marina.or.jp",
            "me-kiki@hospital.city.minatogawa.lg.jp",
        ],
        "subject": "【重要】輸液ポンプ IP-20 自主回収（改修）実施のお知らせ",
        "body": """医療機関の皆様

平素は弊社製品をご愛用いただき、厚く御礼申し上げます。
輸液ポンプ IP-20 の一部製造番号について、自主回収（改修）を実施いたします。
対象製造番号：IP20-2201-0001 〜 IP20-2204-0950

対象製品の有無の確認方法と改修の流れは、弊社ウェブサイトの「回収情報」ページに
掲載しております。各施設の納入台数は担当者より個別にご連絡いたします。

ご迷惑をおかけいたしますことを深くお詫び申し上げます。
""" + SIG_MIKUNI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外の宛先はすべて Bcc で、互いに見えない正しい一斉送信",
    },
    {
        "id": "iryokiki-071",
        "charset": "utf-8",
        "sender": "沖田 真理子 <okita.mariko@hinode-sangyo.co.jp>",
        "to": ["県立上山中央病院 中央手術部 <shujutsu@chuo-hp.pref.kamiyama.lg.jp>"],
        "subject": "業者立会い登録者名簿の提出（日の出産業・関連代理店）",
        "body": """県立上山中央病院
中央手術部　御中

お世話になっております。日の出産業の沖田です。
貴院の「医療機器業者の手術室立会いに関する規程」に基づき、
8月以降に立会いを行う者の登録名簿をExcelで提出いたします。
登録証の発行をお願いいたします。
""" + SIG_OKITA,
        "attachments": [
            {"kind": "xlsx", "name": "立会い登録者名簿_日の出産業.xlsx",
             "sheets": {
                 "登録者": [
                     ["医療機器業者 立会い登録者名簿（2025年8月〜）　提出：日の出産業株式会社"],
                     [],
                     ["No", "氏名", "フリガナ", "生年月日", "会社名", "携帯電話", "立会い講習修了番号"],
                     [1, "沖田 真理子", "オキタ マリコ", "1985/03/11", "日の出産業", "090-2218-6604", "TK-21-00417"],
                     [2, "外山 湧", "トヤマ ユウ", "1996/01/09", "日の出産業", "080-7720-5148", "TK-23-01182"],
                     [3, "仁科 沙織", "ニシナ サオリ", "1992/08/21", "日の出産業", "090-8814-3306", "TK-25-00093"],
                     [4, "須賀 哲也", "スガ テツヤ", "1988/04/02", "東和メディカル", "090-5126-3378", "TK-19-00871"],
                     [5, "中條 瑞穂", "チュウジョウ ミズホ", "1993/10/14", "東和メディカル", "080-3390-2281", "TK-22-00640"],
                     [6, "阿久津 陽平", "アクツ ヨウヘイ", "1990/12/25", "北陸メディコ", "070-8842-1930", "TK-20-01255"],
                 ],
                 "取扱製品": [
                     ["会社名", "製品群"],
                     ["日の出産業", "人工関節、脊椎インプラント"],
                     ["東和メディカル", "人工関節（日の出産業製品）"],
                     ["北陸メディコ", "骨接合材料"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "立会い者6名の生年月日・携帯のXLSX（表題行つき）を病院へ",
    },
    {
        "id": "iryokiki-072",
        "charset": "utf-8",
        "sender": "Daichi Kurosawa <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["Karin Lindqvist <karin.lindqvist@nordvikmed.com>"],
        "subject": "Re: Mutual Confidentiality Agreement - our comments",
        "body": """Dear Karin,

Thank you for sending the draft Mutual Confidentiality Agreement.
Our legal counsel has reviewed it and we have three comments:

1. Clause 2.1: we propose that orally disclosed information is confidential only
   if it is confirmed in writing within 30 days.
2. Clause 7: we would prefer a survival period of three years instead of five.
3. Clause 11: we suggest that disclosures to the Japanese regulator (PMDA) required
   for the marketing authorisation are expressly permitted.

If these are acceptable, we can sign electronically next week.
""" + SIG_KUROSAWA_EN + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約の条項についての英文のやりとりと定型の免責文（機密表示ではない）",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-073",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["三星医科器械 技術サポート 野々村様 <nonomura@mitsuboshi-ika.co.jp>"],
        "subject": "千葉北部の担当変更（8月）について",
        "body": """野々村様

お世話になっております。日の出産業の榎本です。
千葉北部担当の楠ですが、以前から患っていた腰椎椎間板ヘルニアが悪化し、
8月4日に手術を受けることになりました。
術後のリハビリもあり、8月いっぱいは休職となる見込みです。

その間、千葉北部は五百旗頭が兼務いたします。
緊急時の連絡先はサービスコール（0120-38-4171）でお願いいたします。
ご迷惑をおかけしますが、よろしくお願いいたします。
""" + SIG_ENOMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社員1名の病名・手術予定（病歴＝要配慮）を氏名付きで代理店へ",
    },
    {
        "id": "iryokiki-074",
        "charset": "utf-8",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["安住 様 <azumi_s1951@yahoo.co.jp>"],
        "subject": "Re: レンタル機器の返却について",
        "body": """安住様

ご連絡いただき、ありがとうございます。日の出産業 貸出機管理センターの南雲です。
レンタル機器の返却について、下記の日程で引取りに伺います。

　日時：7月12日（土）14:00〜16:00
　作業：機器一式の回収（梱包は当方で行います）
　所要時間：20分程度

当日は青葉運輸の作業員が弊社の社員証を持って伺います。
日程のご都合が悪い場合は、このメールにご返信ください。

長い間ご利用いただき、ありがとうございました。
""" + SIG_NAGUMO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "個人（フリーメール1名）への引取り日程の返信。第三者の個人データなし",
    },
    {
        "id": "iryokiki-075",
        "charset": "shift_jis",
        "sender": "人事総務部長 <jinji-bucho@hinode-sangyo.co.jp>",
        "to": ["大和田記念病院 事務長 <jimucho@owada-kinen.or.jp>"],
        "subject": "弊社元社員に関するご報告とお詫び",
        "body": """医療法人 大和田記念病院
事務長　真壁様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 人事総務部長の葛西でございます。

貴院を担当しておりました弊社元社員 鳴海 圭吾（6月30日付で懲戒解雇）が、
7月3日、他社の医療機器を転売した業務上横領の容疑で千葉県警に逮捕されました。
現時点で貴院への納入品・貸出機に被害は確認されておりませんが、
念のため同人が出入りしていた期間（2022年4月〜2025年6月）の納品記録を
弊社にて点検しております。

貴院に多大なご心配をおかけしておりますことを、心よりお詫び申し上げます。
近日中にご説明に伺いたく存じます。

日の出産業株式会社 人事総務部長　葛西 亘
TEL 03-5840-7001
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "元社員1名の逮捕の事実（犯罪の経歴＝要配慮）を実名で社外へ",
    },
    {
        "id": "iryokiki-076",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["サービス部 全員 <service-all@hinode-sangyo.co.jp>"],
        "cc": ["コールセンター <callcenter@cc.hinode-sangyo.co.jp>"],
        "subject": "8月 夜間・休日オンコール当番表",
        "body": """サービス部の皆さん、コールセンター各位

8月のオンコール当番表です。交代は各自で調整のうえ、榎本まで報告してください。

日付      当番(一次)     携帯             当番(二次)     携帯
------------------------------------------------------------------------
8/2(土)   楠 大輔        090-3381-5527    十河 拓真      090-5580-1147
8/3(日)   五百旗頭 翼    080-6612-0394    嘉山 昇        070-3310-9928
8/9(土)   的場 恵        070-2245-8810    鰐淵 浩二      090-7719-2253
8/10(日)  蓮見 由香里    080-4039-6671    楠 大輔        090-3381-5527
8/11(月)  鷲見 拓海      080-5531-2047    十河 拓真      090-5580-1147
8/16(土)  嘉山 昇        070-3310-9928    五百旗頭 翼    080-6612-0394
8/17(日)  十河 拓真      090-5580-1147    蓮見 由香里    080-4039-6671
8/23(土)  鰐淵 浩二      090-7719-2253    的場 恵        070-2245-8810
8/24(日)  五十嵐 陸      070-4418-2276    鷲見 拓海      080-5531-2047
8/30(土)  的場 恵        070-2245-8810    五十嵐 陸      070-4418-2276

※楠さんは8/4以降休職のため、8/10の二次は榎本が代わります。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "10名の携帯入り当番表だが宛先は社内（サブドメインを含む）のみ",
    },
    {
        "id": "iryokiki-077",
        "charset": "utf-8",
        "sender": "雲雀 康平 <hibari.k@hinode-sangyo.co.jp>",
        "to": ["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
        "subject": "電話受注分のカード決済処理のお願い",
        "body": f"""株式会社ペイネクスト
加盟店サポート　ご担当者様

いつもお世話になっております。日の出産業（加盟店番号 PN-0047731）の雲雀です。
電話で受注した下記の件について、カード決済の処理をお願いいたします。

　ご購入者：さくらぎ整形外科 院長　薬袋 哲平 様（個人名義カード）
　カード番号：{card_number(SEED + 3)}
　有効期限：03/27
　金額：286,000円（税込）1回払い
　品目：関節注射用シリンジ・超音波ゲル 他（受注番号 HS-SO-25-10442）

処理が完了しましたらご連絡ください。
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "個人名義のクレジットカード番号を本文で社外（決済代行）へ",
    },
    {
        "id": "iryokiki-078",
        "charset": "shift_jis",
        "sender": "医療機器事業部 業務課 <gyomu-iryo@hinode-sangyo.co.jp>",
        "to": ["医療機器事業部 業務課 <gyomu-iryo@hinode-sangyo.co.jp>"],
        "bcc": ["eigyo-suishin@hikari-iryo.co.jp", "kanri@towa-medical.co.jp",
                "yokohama@mitsuboshi-ika.co.jp", "info@hokuriku-medico.co.jp"],
        "subject": "夏季休業期間中の受注・出荷について",
        "body": """販売代理店 各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
弊社の夏季休業期間中の受注・出荷体制について、下記のとおりご案内いたします。

　休業期間：8月13日（水）〜8月16日（土）
　最終受注：8月8日（金）15:00まで（翌営業日出荷分）
　出荷再開：8月18日（月）
　緊急出荷：インプラント類の緊急手配は 貸出機管理センター（047-378-5502）で承ります

ご不便をおかけいたしますが、何卒ご理解のほどお願い申し上げます。

日の出産業株式会社 医療機器事業部 業務課
TEL 03-5840-7700
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "代理店への一斉案内を Bcc で送信（宛先が互いに見えない）",
    },
    {
        "id": "iryokiki-079",
        "charset": "utf-8",
        "sender": "芹沢 由梨 <serizawa.yuri@hinode-sangyo.co.jp>",
        "to": ["税理士法人青山会計 村瀬様 <murase@aoyama-tax.jp>"],
        "subject": "上期 講演謝金支払先一覧（支払調書用）",
        "body": """村瀬様

いつもお世話になっております。芹沢です。
上期（4〜9月）の講演謝金の支払先一覧をお送りします。
支払調書の作成をお願いいたします。1名は住所変更がありました（備考参照）。
""" + SIG_SERIZAWA,
        "attachments": [
            {"kind": "xlsx", "name": "講演謝金_支払先一覧_上期.xlsx",
             "sheets": {
                 "支払先": [
                     ["2025年度上期 講演謝金 支払先一覧（日の出産業 医療機器事業部）"],
                     ["氏名", "住所", "個人番号", "支払日", "支払額", "源泉税", "備考"],
                     ["三宅 祐介", "埼玉県さいたま市中央区下落合5-10-3", my_number(SEED + 4), "2025/04/25", 110000, 11231, ""],
                     ["毒島 隆之", "東京都品川区東大井2-19-4-801", my_number(SEED + 5), "2025/05/30", 99000, 10107, ""],
                     ["小鳥遊 理恵", "埼玉県富士見市勝瀬918-2", my_number(SEED + 6), "2025/06/27", 49500, 5053, ""],
                     ["東海林 悠", "千葉県八千代市大和田新田401-17", my_number(SEED + 7), "2025/07/25", 49500, 5053, ""],
                     ["薬袋 哲平", "東京都世田谷区上馬4-22-8", my_number(SEED + 8), "2025/07/25", 49500, 5053, "6月転居"],
                     ["十文字 篤志", "東京都調布市深大寺北町2-31-6", my_number(SEED + 9), "2025/09/26", 110000, 11231, ""],
                 ],
                 "集計": [["件数", 6], ["支払総額", 467500], ["源泉税計", 47728]],
             }},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "講師6名のマイナンバー・住所のXLSXを社外（税理士法人）へ",
    },
    {
        "id": "iryokiki-080",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["市立湊川病院 ME機器管理室 <me-kiki@hospital.city.minatogawa.lg.jp>"],
        "subject": "保守契約書 別紙「作業担当者」について",
        "body": """市立湊川病院
ME機器管理室　御中

お世話になっております。日の出産業の榎本です。
保守契約書の別紙「作業担当者」の記載内容について、下記のとおりお知らせします。

　・榎本 健吾（責任者）第1種ME技術者
　・楠 大輔　第1種ME技術者、HLM認定
　・十河 拓真　第1種ME技術者
　・五百旗頭 翼　臨床工学技士

連絡窓口はサービスコール（0120-38-4171、24時間受付）に一本化しております。
契約書の押印版は来週お持ちいたします。
""" + SIG_ENOMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "作業担当者4名の氏名と資格のみ（連絡先・識別子なし）",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-081",
        "charset": "shift_jis",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["北陸メディコ 在宅事業部 <zaitaku@hokuriku-medico.co.jp>"],
        "subject": "在宅CPAP レンタル契約書（新規1件）の写し",
        "body": f"""北陸メディコ株式会社
在宅事業部　ご担当者様

お世話になっております。日の出産業 貸出機管理センターの南雲です。
御社経由で新規にお申込みいただいた在宅CPAPのレンタル契約について、
契約書の記載内容を下記に転記します。設置訪問の手配をお願いいたします。

　契約番号：　RC-25-1187
　利用者氏名：五味　喜代治（ゴミ　キヨジ）
　生年月日：　昭和２５年６月８日
　住所：　　　〒920-0961 石川県金沢市香林坊2-9-14
　電話：　　　{_zen('076-231-5586')}
　病名：　　　重症閉塞性睡眠時無呼吸症候群（AHI 48.2）、高血圧症
　処方医療機関：金沢あさの内科クリニック
　保険証：　　国民健康保険　保険者番号 {_zen('380016')}　記号 金沢市　番号 {_zen('1047723')}
　機種：　　　SL-30 オートCPAP

設置は7月第3週を希望されています。
""" + SIG_NAGUMO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "利用者1名の病名と健康保険証の番号を含む契約内容を代理店へ",
    },
    {
        "id": "iryokiki-082",
        "charset": "iso-2022-jp",
        "sender": "柏木 誠 <kashiwagi.m@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 管理部 経理課 <keiri@towa-medical.co.jp>"],
        "subject": "6月分 立会い委託料のお支払いについて",
        "body": """東和メディカル株式会社
管理部 経理課　御中

いつもお世話になっております。日の出産業 経理部の柏木です。
6月分のご請求につきまして、下記のとおり7月31日にお支払いいたします。

  御社請求書番号      件名                         金額（税込）
  ---------------------------------------------------------------
  TW-2506-0381        6月分 手術立会い業務委託      583,000
  TW-2506-0382        6月分 持ち込みセット運搬費     71,500
  TW-2506-0390        デモ機搬送（LN-25-0588）       16,500
  ---------------------------------------------------------------
  合計                                              671,000

お振込先は御社登録口座（みどり銀行 大宮支店）です。
支払通知書は郵送いたしません。本メールをもって代えさせていただきます。
""" + SIG_KASHIWAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "請求書番号と金額だけの支払通知",
    },
    {
        "id": "iryokiki-083",
        "charset": "utf-8",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["北陸メディコ 循環器営業部 <junkanki@hokuriku-medico.co.jp>"],
        "subject": "ペースメーカ CC-PM7 ファームウェア更新 対象患者の確認依頼",
        "body": """北陸メディコ株式会社
循環器営業部　御中

お世話になっております。日の出産業 品質保証部の三國です。
Crestline Cardio社製ペースメーカ CC-PM7 のファームウェア更新（改修）について、
御社担当施設で植込みされた患者様の一覧をPDFでお送りします。
各施設のペースメーカ外来の予約状況の確認をお願いいたします。
""" + SIG_MIKUNI,
        "attachments": [
            {"kind": "pdf", "name": "CC-PM7_対象患者一覧_北陸.pdf", "title": "CC-PM7 改修対象患者一覧",
             "lines": ["CC-PM7 ファームウェア更新（改修）対象患者一覧", "対象：北陸メディコ担当施設",
                       "作成：日の出産業株式会社 品質保証部　2025年7月", ""],
             "table": [
                 ["施設", "患者氏名", "性別", "生年月日", "植込日", "適応", "シリアル"],
                 ["金沢中央病院", "五十嵐 トシ", "女", "S9.3.21", "2023/04/11", "洞不全症候群", "PM7-A23041"],
                 ["金沢中央病院", "宇都宮 幸雄", "男", "S18.11.2", "2023/06/27", "完全房室ブロック", "PM7-A23115"],
                 ["金沢中央病院", "曲木 千鶴", "女", "S13.8.15", "2023/09/05", "徐脈性心房細動", "PM7-A23288"],
                 ["富山みなみ病院", "越前 清志", "男", "S21.1.29", "2024/01/16", "完全房室ブロック", "PM7-B24007"],
                 ["富山みなみ病院", "東 さよ子", "女", "S15.5.5", "2024/02/20", "洞不全症候群", "PM7-B24063"],
                 ["福井北病院", "鯖江 新太郎", "男", "S26.12.12", "2024/05/08", "2度房室ブロック", "PM7-B24190"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ペースメーカ植込み患者6名の氏名・和暦生年月日・適応疾患のPDF表を代理店へ",
    },
    {
        "id": "iryokiki-084",
        "charset": "shift_jis",
        "sender": "雲雀 康平 <hibari.k@hinode-sangyo.co.jp>",
        "to": ["城南総合病院 用度課 土生様 <habu@jonan-gh.or.jp>"],
        "subject": "Re: 訪問日時変更のお願い",
        "body": """土生様

承知いたしました。7月24日（木）14時に変更させていただきます。
よろしくお願いいたします。

*******************************************************
日の出産業株式会社　医療機器事業部
内視鏡製品グループ　雲雀 康平（ひばり こうへい）
〒113-0034 東京都文京区湯島2-4-11 日の出本郷ビル
TEL：03-5840-7768（直通）　03-5840-7700（代表）
FAX：03-5840-7709
携帯：080-2471-9930
E-mail：hibari.k@hinode-sangyo.co.jp
URL：https://www.hinode-sangyo.co.jp/medical/
*******************************************************
★9月発売 4K内視鏡手術システム VS-4000 デモ受付中★
本メールには機密情報が含まれている場合があります。
誤って受信された方は、お手数ですが削除のうえご連絡ください。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "1行の返事と送信者本人の詳しい署名・定型の免責文のみ",
    },
    {
        "id": "iryokiki-085",
        "charset": "utf-8",
        "sender": "Daichi Kurosawa <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["Nordvik Complaint Handling <complaints@nordvikmed.com>"],
        "subject": "Q2 complaint cases from Japan - NV-Knee",
        "body": """Dear Complaint Handling team,

Attached are the Q2 complaint cases for NV-Knee from Japanese hospitals,
exported from our complaint database. Please include them in your trend analysis.

""" + SIG_KUROSAWA_EN,
        "attachments": [
            {"kind": "csv", "name": "JP_complaints_2025Q2_NV-Knee.csv", "encoding": "utf-8",
             "rows": [
                 ["case_id", "hospital", "patient_name", "date_of_birth", "sex", "diagnosis", "event", "lot"],
                 ["HS-CMP-25-0141", "Jonan General", "Odagiri Hisako", "1951-01-08", "F", "primary OA right knee", "tibial loosening 11 months post-op", "24T1102"],
                 ["HS-CMP-25-0150", "Mizuhodai", "Iwasa Tamayo", "1939-04-30", "F", "RA both knees", "periprosthetic infection", "24T0913"],
                 ["HS-CMP-25-0158", "Owada Kinen", "Sagara Mitsuo", "1949-10-08", "M", "OA left knee, CKD on dialysis", "insert dissociation", "25I0088"],
                 ["HS-CMP-25-0166", "Hokushin Univ.", "Akishino Yoshie", "1947-11-03", "F", "OA left knee, type 2 diabetes", "patellar clunk", "24F0417"],
                 ["HS-CMP-25-0171", "St. Marina", "Domeki Fusae", "1944-02-17", "F", "post-traumatic OA", "instability", "24T1102"],
                 ["HS-CMP-25-0179", "Minatogawa City", "Ukita Shozo", "1949-06-01", "M", "OA right knee", "femoral component malrotation", "24F0417"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "苦情6件のCSVに患者のローマ字氏名・生年月日・診断名（英文メール、海外メーカー宛て）",
    },
    {
        "id": "iryokiki-086",
        "charset": "utf-8",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["宇都宮 幸雄 <y.utsunomiya43@icloud.com>"],
        "subject": "Re: ペースメーカとMRI検査について",
        "body": """宇都宮 幸雄 様

お問い合わせいただき、ありがとうございます。日の出産業 品質保証部の三國です。

宇都宮様に植込まれているペースメーカ（CC-PM7、2023年6月植込み）は、
条件付きでMRI検査が可能な機種です。ただし、完全房室ブロックの治療中でいらっしゃるため、
検査時には主治医の先生による設定変更（MRIモード）が必要になります。

検査を予定されている病院には、手帳（ペースメーカ手帳）をお持ちのうえ、
必ず事前に植込みを受けた金沢中央病院の循環器内科にご相談ください。
また、先日ご案内したファームウェア更新は次回の定期外来で実施される予定です。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_MIKUNI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "患者本人（フリーメール）への返信に本人の病名・植込み機種：本人宛てだが要配慮情報を含む",
    },
    {
        "id": "iryokiki-087",
        "charset": "iso-2022-jp",
        "sender": "榎本 健吾 <enomoto.kengo@hinode-sangyo.co.jp>",
        "to": ["セーフガード警備 法人営業課 <hojin@safeguard-keibi.co.jp>"],
        "subject": "押上サービスセンター 鍵保有者登録の申請",
        "body": """セーフガード警備株式会社
法人営業課　ご担当者様

お世話になっております。日の出産業 サービス部の榎本です。
押上サービスセンターの機械警備について、鍵保有者（解除権限者）の登録申請書類一式をZIPでお送りします。
異常発報時の駆けつけ連絡先として、各人の自宅住所と携帯を別紙に記載しています。
""" + SIG_ENOMOTO,
        "attachments": [
            {"kind": "zip", "name": "鍵保有者登録_押上SC.zip",
             "files": [
                 {"kind": "docx", "name": "鍵保有者登録申請書.docx",
                  "paragraphs": ["鍵保有者登録申請書", "契約番号：SG-K-0088213",
                                 "施設：日の出産業株式会社 押上サービスセンター（東京都墨田区押上1-33-8）",
                                 "登録者：別紙のとおり（8名）"]},
                 {"kind": "zip", "name": "別紙.zip",
                  "files": [
                      {"kind": "xlsx", "name": "別紙_鍵保有者一覧.xlsx",
                       "sheets": {"鍵保有者": [
                           ["押上SC 鍵保有者一覧（別紙）"],
                           ["優先順", "氏名", "自宅住所", "携帯電話", "自宅電話"],
                           [1, "榎本 健吾", "東京都江東区亀戸6-41-2-1105", "090-1142-7783", "03-3682-4419"],
                           [2, "十河 拓真", "埼玉県川口市芝中田1-20-5", "090-5580-1147", ""],
                           [3, "嘉山 昇", "東京都足立区梅島2-8-17", "070-3310-9928", "03-3887-2054"],
                           [4, "蓮見 由香里", "埼玉県草加市氷川町2135-3", "080-4039-6671", ""],
                           [5, "鷲見 拓海", "千葉県市川市八幡3-18-7-203", "080-5531-2047", ""],
                           [6, "五十嵐 陸", "東京都葛飾区金町5-9-22", "070-4418-2276", "03-3608-7731"],
                           [7, "鰐淵 浩二", "茨城県取手市井野台4-3-11", "090-7719-2253", "0297-72-6608"],
                           [8, "与那嶺 修", "千葉県市川市妙典3-2-6-402", "070-1108-6642", ""],
                       ]}},
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIPの中のZIPのXLSXに社員8名の自宅住所・携帯（入れ子の添付）",
    },
    {
        "id": "iryokiki-088",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["みずほ台病院 用度課 桑名様 <kuwana-y@mizuhodai-hp.or.jp>"],
        "subject": "Re: 吸引器・酸素流量計の見積依頼",
        "body": """桑名様

お世話になっております。日の出産業の高瀬です。
見積依頼をいただき、ありがとうございます。
ご依頼の品目について、7月18日（金）までにお見積書をお送りいたします。
なお、低圧持続吸引器は後継機（LS-300）でのご提案となります点、ご了承ください。

高瀬

差出人: 桑名 由紀子 <kuwana-y@mizuhodai-hp.or.jp>
送信日時: 2025年7月10日 11:25
宛先: r-takase@hinode-sangyo.co.jp
件名: 吸引器・酸素流量計の見積依頼

日の出産業 高瀬様

いつもお世話になっております。下記の見積をお願いいたします。
　・低圧持続吸引器 LS-200　4台
　・酸素流量計（恒圧式）15L　20個
　・吸引瓶 2000mL　20個

医療法人仁愛会 みずほ台病院 用度課
桑名 由紀子
TEL 049-251-3300（内線 2105）
Mail kuwana-y@mizuhodai-hp.or.jp
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "引用部（差出人: … 送信日時: …）は相手自身の依頼と署名。新しい本文は事務連絡のみ",
    },
    {
        "id": "iryokiki-089",
        "charset": "iso-2022-jp",
        "sender": "芹沢 由梨 <serizawa.yuri@hinode-sangyo.co.jp>",
        "to": ["メドリサーチ・ジャパン 調査部 <chosa@medresearch-japan.co.jp>"],
        "subject": "転送: セミナー後アンケート（謝礼送付先の記入あり）",
        "body": """メドリサーチ・ジャパン 調査部
ご担当者様

お世話になっております。日の出産業の芹沢です。
先日の関節外科セミナーのアンケート回答を、集計用に転送いたします。
謝礼（ギフトカード）の送付もあわせてお願いできますでしょうか。

-------- 転送メッセージ --------
件名: セミナー後アンケート 回答一覧
差出人: 学術担当 <gakujutsu@hinode-sangyo.co.jp>
日付: 2025/07/28 18:02

■回答1
氏名：三宅 祐介　　所属：北辰大学 整形外科
携帯：090-6612-4403　メール：y.miyake.knee@gmail.com
満足度：5　自由記述：ハンズオンの時間をもう少し長く

■回答2
氏名：宍倉 美智子　所属：城南総合病院 手術部
携帯：080-1267-5530　メール：shishikura.m@jonan-gh.or.jp
満足度：4　自由記述：特になし

■回答3
氏名：榊原 奈央　所属：城南総合病院 臨床工学室
携帯：070-6618-0942　メール：sakakibara.nao@jonan-gh.or.jp
満足度：5　自由記述：次回は再置換症例を

■回答4
氏名：飯干 拓也　所属：大和田記念病院 臨床工学部
携帯：090-4425-8817　メール：iiboshi@owada-kinen.or.jp
満足度：3　自由記述：会場が少し遠い

■回答5
氏名：桑名 由紀子　所属：みずほ台病院 用度課
携帯：080-9930-1276　メール：kuwana-y@mizuhodai-hp.or.jp
満足度：4　自由記述：価格の話も聞きたい

■回答6
氏名：八重樫 聡　所属：北辰大学病院 ME機器センター
携帯：070-2081-3364　メール：yaegashi.s@med.hokushin-u.ac.jp
満足度：5　自由記述：資料を事前にもらえると助かる
-------- ここまで --------
""" + SIG_SERIZAWA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "社内メールを転送：回答者6名の氏名・携帯・メールを調査会社へ（転送は新しい本文）",
    },
    {
        "id": "iryokiki-090",
        "charset": "shift_jis",
        "sender": "黒澤 大地 <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 営業部 須賀様 <suga.t@towa-medical.co.jp>"],
        "subject": "北辰大学 整形外科 医局の先生方の連絡先",
        "body": """須賀様

お世話になっております。黒澤です。
来月から北辰大学の整形外科を御社にもご担当いただくにあたり、
医局の先生方の連絡先（病院の業務用）をお伝えします。

三宅 祐介 先生（准教授・膝）　医局直通 048-853-2210 内線 5521　miyake.orth@med.hokushin-u.ac.jp
椎葉 達也 先生（講師・股関節）医局直通 048-853-2210 内線 5523　shiiba.t@med.hokushin-u.ac.jp
久世 あかね 先生（助教・脊椎）医局直通 048-853-2210 内線 5530　kuze.a@med.hokushin-u.ac.jp
仲宗根 亮 先生（助教・外傷）　医局直通 048-853-2210 内線 5531　nakasone.r@med.hokushin-u.ac.jp
猿渡 啓介 先生（医員・膝）　　医局直通 048-853-2210 内線 5540　saruwatari.k@med.hokushin-u.ac.jp

アポイントは医局秘書（内線 5500）経由が確実です。
""" + SIG_KUROSAWA_EN.replace("Best regards,\n\n", ""),
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "医師5名の業務用連絡先（医局代表・病院メール）：業務連絡先とみるか5名の名簿とみるかで分かれる",
    },
]

MESSAGES += [
    {
        "id": "iryokiki-091",
        "charset": "utf-8",
        "sender": "高瀬 亮 <r-takase@hinode-sangyo.co.jp>",
        "to": ["北陸メディコ 営業部 阿久津様 <akutsu@hokuriku-medico.co.jp>"],
        "subject": "【社外秘】金沢中央病院 骨接合材料の価格交渉方針",
        "body": """阿久津様

お世話になっております。日の出産業の高瀬です。
金沢中央病院の骨接合材料（プレート・スクリュー）の年間契約について、
来週の価格交渉に向けた弊社の方針を共有します。

　・現行の納入価から平均4.5％の値下げまでは許容
　・大腿骨近位部用ネイルは他社切替を防ぐため6％まで
　・見返りとして、脊椎インプラントの試用（3か月）を条件に

交渉の場では、まず2％から提示していただけますと幸いです。
""" + SIG_TAKASE,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "件名に【社外秘】の区分表示のまま社外（代理店）へ",
    },
    {
        "id": "iryokiki-092",
        "charset": "iso-2022-jp",
        "sender": "南雲 俊介 <nagumo.s@hinode-sangyo.co.jp>",
        "to": ["東和メディカル 物流課 <butsuryu@towa-medical.co.jp>"],
        "subject": "FW: 手術用ドレープの納期について（城南総合病院）",
        "body": """東和メディカル 物流課 御中

お世話になっております。南雲です。
城南総合病院の用度課から納期の問い合わせが来ましたので、元のメールを添付で転送します。
御社在庫からの出荷が可能か、ご確認いただけますでしょうか。
""" + SIG_NAGUMO,
        "attachments": [
            {"kind": "eml", "name": "手術用ドレープの納期について.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "城南総合病院 用度課 <yodo@jonan-gh.or.jp>",
                 "to": ["日の出産業 南雲様 <nagumo.s@hinode-sangyo.co.jp>"],
                 "subject": "手術用ドレープの納期について",
                 "body": """日の出産業 南雲様

いつもお世話になっております。城南総合病院 用度課です。
6月25日に発注した手術用ドレープ（品番 SD-2240、注文番号 JN-25-3381）が
まだ納品されておりません。手術室の在庫が残り3日分となっておりますので、
至急の納期回答をお願いいたします。

城南総合病院 用度課
TEL 03-3472-1100（代表）
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "添付の転送メール（eml）は納期の問い合わせで、品番・注文番号と代表電話のみ",
    },
    {
        "id": "iryokiki-093",
        "charset": "shift_jis",
        "sender": "与那嶺 修 <yonamine.o@hinode-sangyo.co.jp>",
        "to": ["ひかり医療商事 千葉営業所 <chiba@hikari-iryo.co.jp>"],
        "subject": "貸出機 在庫状況（7月第4週）",
        "body": """ひかり医療商事 千葉営業所 御中

お世話になっております。貸出機管理センターの与那嶺です。
今週の貸出機の在庫状況をExcelでお送りします。
予約をご希望の機種があれば、貸出申請書でお申し込みください。

与那嶺 修
日の出産業株式会社 貸出機管理センター
TEL 047-378-5502
""",
        "attachments": [
            {"kind": "corrupt", "name": "貸出機在庫_0721.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付のXLSXが壊れていて読めない",
    },
    {
        "id": "iryokiki-094",
        "charset": "utf-8",
        "sender": "芹沢 由梨 <serizawa.yuri@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
        "subject": "8/22 ご宿泊の予約（3名）",
        "body": """さくらホテル 宿泊予約ご担当者様

いつもお世話になっております。日の出産業の芹沢です。
下記3名の宿泊予約をお願いいたします。お支払いは弊社への請求書払い（法人契約 No.SH-2207）でお願いします。

　8月22日（金）1泊　シングル禁煙
　・黒澤 大地　　携帯 080-6631-2059
　・鴇田 駿　　　携帯 070-6290-1158
　・Karin Lindqvist 様（スウェーデンからのお客様）　+46 70 418 2296

到着は3名とも21時頃の予定です。
""" + SIG_SERIZAWA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "宿泊者3名の氏名と携帯のみ（4名以下、警告は可）",
    },
    {
        "id": "iryokiki-095",
        "charset": "iso-2022-jp",
        "sender": "外山 湧 <toyama.yu@hinode-sangyo.co.jp>",
        "to": ["市立湊川病院 脊椎外科 外来クラーク <seki-gairai@hospital.city.minatogawa.lg.jp>"],
        "subject": "7/11 立会い報告書の送付",
        "body": """市立湊川病院 脊椎外科
中込様

お世話になっております。日の出産業の外山です。
7月11日の手術の立会い報告書をお送りします。
使用インプラントのロット番号も記載しておりますので、カルテへの転記にお使いください。

日の出産業 外山
""",
        "attachments": [
            {"kind": "corrupt", "name": "立会い報告書_0711.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付DOCXが破損していて検査できない",
    },
    {
        "id": "iryokiki-096",
        "charset": "shift_jis",
        "sender": "三國 遥 <h.mikuni@hinode-sangyo.co.jp>",
        "to": ["三星医科器械 品質管理室 <qc@mitsuboshi-ika.co.jp>"],
        "subject": "不具合報告書（NV-Spine スクリュー）の記載確認のお願い",
        "body": """三星医科器械株式会社
品質管理室　御中

お世話になっております。日の出産業 品質保証部の三國です。
御社から一次報告をいただいた湊川病院の件、弊社様式の不具合報告書に転記しました。
事象の経過と患者様の状態の記載に誤りがないか、ご確認をお願いいたします。
""" + SIG_MIKUNI,
        "attachments": [
            {"kind": "xlsx", "name": "不具合報告書_HS-CMP-25-0203.xlsx",
             "sheets": {
                 "報告書": [
                     ["医療機器 不具合・健康被害 報告書（社内様式 QA-12）"],
                     ["管理番号", "HS-CMP-25-0203"],
                     ["医療機関", "市立湊川病院 脊椎外科"],
                     ["患者氏名", "大喜多 進"],
                     ["年齢・性別", "69歳・男性"],
                     ["原疾患", "腰部脊柱管狭窄症（L3-5）"],
                     ["合併症・既往", "骨粗鬆症（YAM 62%）、心房細動で抗凝固薬内服"],
                     ["事象", "術後6週でL5椎弓根スクリューのバックアウト、再手術"],
                     ["健康被害", "あり（再手術・入院延長14日）"],
                 ],
                 "機器情報": [
                     ["製品", "ロット", "サイズ", "使用数"],
                     ["NV-Spine Pedicle Screw", "25S0311", "6.5×45mm", 4],
                     ["NV-Spine Rod", "25R0108", "5.5×100mm", 2],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "患者1名の氏名・病名・既往歴・健康被害を記載したXLSXを代理店へ（要配慮）",
    },
    {
        "id": "iryokiki-097",
        "charset": "utf-8",
        "sender": "外山 湧 <toyama.yu@hinode-sangyo.co.jp>",
        "to": ["北陸メディコ 金沢営業所 阿久津様 <akutsu@hokuriku-medico.co.jp>"],
        "subject": "金沢中央病院 8月第1週の骨接合手術（材料準備）",
        "body": """阿久津様

お世話になっております。日の出産業の外山です。
金沢中央病院の8月第1週の予定です（HTML版に表があります）。

8/4 能登 はつ 89歳 女 左大腿骨転子部骨折 → ネイル
8/4 加賀谷 徹 52歳 男 右脛骨高原骨折 → プレート
8/5 珠洲 キミ 93歳 女 右大腿骨頸部骨折 → BHA
8/6 氷見 勇人 34歳 男 左橈骨遠位端骨折 → 掌側プレート
8/7 輪島 さと子 80歳 女 右上腕骨近位端骨折 → ネイル

よろしくお願いします。外山
""",
        "html": """<html><body>
<p>阿久津様</p>
<p>お世話になっております。日の出産業の外山です。<br>金沢中央病院の8月第1週の予定です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>日付</th><th>患者名</th><th>年齢</th><th>性別</th><th>診断</th><th>材料</th></tr>
<tr><td>8/4</td><td>能登 はつ</td><td>89</td><td>女</td><td>左大腿骨転子部骨折</td><td>ネイル</td></tr>
<tr><td>8/4</td><td>加賀谷 徹</td><td>52</td><td>男</td><td>右脛骨高原骨折</td><td>プレート</td></tr>
<tr><td>8/5</td><td>珠洲 キミ</td><td>93</td><td>女</td><td>右大腿骨頸部骨折</td><td>BHA</td></tr>
<tr><td>8/6</td><td>氷見 勇人</td><td>34</td><td>男</td><td>左橈骨遠位端骨折</td><td>掌側プレート</td></tr>
<tr><td>8/7</td><td>輪島 さと子</td><td>80</td><td>女</td><td>右上腕骨近位端骨折</td><td>ネイル</td></tr>
</table>
<p>よろしくお願いします。外山</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "テキストとHTML表の両方に患者5名の氏名・年齢・診断名（代理店宛て）",
    },
    {
        "id": "iryokiki-098",
        "charset": "shift_jis",
        "sender": "与那嶺 修 <yonamine.o@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-system.jp>"],
        "subject": "FW: 8月異動者一覧（貸出機管理システムのアカウント作成依頼）",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業 貸出機管理センターの与那嶺です。
8月1日付の異動者について、貸出機管理システムのアカウント作成をお願いします。
人事から届いたメールをそのまま添付しますので、氏名と社員番号をご利用ください。
""",
        "attachments": [
            {"kind": "eml", "name": "8月異動者一覧.eml",
             "message": {
                 "charset": "shift_jis",
                 "sender": "人事総務部 <jinji@hinode-sangyo.co.jp>",
                 "to": ["貸出機管理センター <kashidashi@hinode-sangyo.co.jp>"],
                 "subject": "8月異動者一覧（貸出機管理センター受入れ分）",
                 "body": """貸出機管理センター 各位

8月1日付で受け入れる異動者の一覧です。受入れ準備をお願いします。

社員番号　氏名　　　　生年月日　　　自宅住所　　　　　　　　　　　　　　緊急連絡先
H10544　　宮古 里奈　　1995/03/28　　千葉県船橋市本町6-2-14-305　　　　　090-2231-8874（母）
H10612　　嵯峨 晴人　　1990/11/06　　千葉県市川市南八幡4-11-9　　　　　　080-7745-1022（妻）
H10688　　土佐林 瞳　　1998/07/19　　東京都江戸川区西葛西5-8-3-1201　　070-3318-6605（父）
H10701　　米良 卓　　　1987/01/30　　千葉県浦安市当代島2-4-18　　　　　　090-5562-3391（妻）
H10735　　上遠野 彩　　1996/09/12　　千葉県松戸市新松戸3-170-2　　　　　080-2209-4476（母）

人事総務部
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "添付の転送メール（eml）に社員5名の生年月日・自宅住所・緊急連絡先",
    },
    {
        "id": "iryokiki-099",
        "charset": "iso-2022-jp",
        "sender": "黒澤 大地 <d.kurosawa@hinode-sangyo.co.jp>",
        "to": ["ノルドヴィック・メディカル・ジャパン 臨床サポート <clinical-jp@nordvikmed.co.jp>"],
        "subject": "Re: 北辰大学 再置換症例の立会い報告",
        "body": """ノルドヴィック・メディカル・ジャパン 臨床サポート 御中

お世話になっております。日の出産業の黒澤です。
昨日の北辰大学病院の立会い報告です。

患者は堀米 忠様（64歳・男性）、2016年に他院で左THAを受けられた方です。
C型慢性肝炎の治療歴と2型糖尿病（HbA1c 7.8）があり、感染リスクを考慮して
三宅先生は一期的再置換を選択されました。
臼蓋側の骨欠損が予想より大きく、NV-Hip Cup 56 にスクリュー3本を追加しています。
術中出血は620mLで、輸血は行っていません。

術後の経過は来月の外来で改めてご報告いたします。

黒澤

> 北辰大学の再置換症例の件、立会い後に状況を教えてください。
> 特に骨欠損の程度とカップのサイズ選択について知りたいです。
> ノルドヴィック・メディカル・ジャパン 臨床サポート 柳生
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "返信の新しい本文に患者1名の実名と病歴（肝炎・糖尿病）を記載してメーカーへ",
    },
    {
        "id": "iryokiki-100",
        "charset": "utf-8",
        "sender": "宇佐美 紗英 <usami.sae@hinode-sangyo.co.jp>",
        "to": ["ながれやま産業医クリニック 宮内先生 <miyauchi@nagareyama-sangyoi.jp>"],
        "subject": "就業判定のお願い（医療機器事業部 有所見者5名）",
        "body": """ながれやま産業医クリニック
宮内先生

いつもお世話になっております。日の出産業 人事総務部の宇佐美です。
今年度の定期健康診断で要精密検査・要治療となった医療機器事業部の社員について、
就業判定をお願いしたく、健診結果の抜粋をCSVでお送りいたします。
特に夜間オンコールのあるサービス部の2名についてご意見をいただけますと幸いです。
""" + SIG_USAMI,
        "attachments": [
            {"kind": "csv", "name": "有所見者_医療機器事業部_2025.csv", "encoding": "utf-8-sig",
             "rows": [
                 ["社員番号", "氏名", "生年月日", "所属", "判定", "所見", "既往歴"],
                 ["H10233", "楠 大輔", "1983-06-14", "サービス部", "要治療", "血圧 168/102", "腰椎椎間板ヘルニア"],
                 ["H10871", "雲雀 康平", "1991-02-03", "営業一課", "要精密検査", "ALT 88 γ-GTP 214", ""],
                 ["H11042", "与那嶺 修", "1979-10-21", "貸出機管理センター", "要治療", "HbA1c 8.1 空腹時血糖 162", "2型糖尿病"],
                 ["H10392", "鰐淵 浩二", "1975-12-08", "サービス部", "要精密検査", "心電図 心房細動", ""],
                 ["H10950", "御子柴 杏", "1994-05-27", "品質保証部", "要精密検査", "便潜血 陽性", ""],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社員5名の健康診断結果・既往歴のCSV（UTF-8 BOM）を社外の産業医クリニックへ",
    },
]
