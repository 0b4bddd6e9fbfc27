"""ブラインド評価コーパス: futoko（不登校支援）

業務領域: 日の出産業株式会社の CSR 財団（一般財団法人 日の出みらい財団）が運営する
フリースクール「ひだまり」（鷹ノ台教室・瀬川教室）と不登校児童生徒の支援事業。
在籍児童名簿、保護者連絡先、在籍校・教育委員会への「出席扱い」の報告、相談記録、
発達特性、送迎（青葉運輸）、学習支援講師・学生ボランティア、自治体の補助金、寄付者。

SEED = 22601（マイナンバーは my_number(SEED + k)、カード番号は card_number(SEED + k)、
k は番号ごとに別の値）。登場する人物・番号・住所・自治体・学校はすべて架空。
"""

from build import card_number, my_number

SEED = 22601


def _corp(base12: str) -> str:
    """法人番号（先頭がチェックディジットの13桁）を作る。"""
    d = [int(c) for c in base12]
    s = 0
    for n in range(1, 13):
        s += d[12 - n] * (1 if n % 2 else 2)
    return str(9 - s % 9) + base12


MN = {k: my_number(SEED + k) for k in range(0, 7)}          # k = 0..6
CARD = {k: card_number(SEED + k) for k in (7, 8)}            # k = 7, 8

ZAIDAN_CORP = _corp("020005008123")      # 日の出みらい財団の法人番号
KITAGUNI_CORP = _corp("040001034567")    # 北国フーズの登録番号（T + 法人番号）


def _mn(n: str, sep: str = " ") -> str:
    return sep.join((n[0:4], n[4:8], n[8:12]))


def _card(n: str, sep: str = "-") -> str:
    return sep.join((n[0:4], n[4:8], n[8:12], n[12:16]))


# -- 署名（送信者自身の連絡先: entities には数えない） --------------------------------

SIG_HASEBE = """
━━━━━━━━━━━━━━━━━━━━━━
一般財団法人 日の出みらい財団
フリースクール ひだまり 鷹ノ台教室
教室長　長谷部 亮（はせべ りょう）
〒243-0611 神奈川県鷹ノ台市本町2-1-1 日の出産業鷹ノ台ビル3F
TEL 046-281-5530 ／ FAX 046-281-5531
hasebe.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TAMURA = """
--
日の出みらい財団 事務局
田村 美咲
〒243-0611 神奈川県鷹ノ台市本町2-1-1 日の出産業鷹ノ台ビル3F
TEL: 046-281-5530（代表）内線 213
Mail: tamura.misaki@hinode-sangyo.co.jp"""

SIG_USAMI = """
*************************************
フリースクール ひだまり
相談支援担当（公認心理師・臨床心理士）
宇佐美 薫　Kaoru Usami
TEL 046-281-5530 / 直通 046-281-5537
usami.kaoru@hinode-sangyo.co.jp
*************************************"""

SIG_MORINAGA = """
────────────────
日の出みらい財団　経理担当
森永 哲也
〒243-0611 鷹ノ台市本町2-1-1 日の出産業鷹ノ台ビル3F
TEL 046-281-5530　FAX 046-281-5531
────────────────"""

SIG_KAWABATA = """
------------------------------------------
フリースクール ひだまり 瀬川教室
総務・送迎担当　川端 駿
〒245-0032 神奈川県瀬川市栄町1-3-8 ひのでビル2階
TEL 0465-72-3310　携帯 080-4471-6620
kawabata.shun@hinode-sangyo.co.jp
------------------------------------------"""

SIG_AOYAGI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
一般財団法人 日の出みらい財団
広報・ファンドレイジング担当　青柳 なつみ
TEL 046-281-5530　https://www.hinode-sangyo.co.jp/mirai/
aoyagi.natsumi@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_OTSUKI = """
--
日の出産業株式会社 情報システム部（日の出みらい財団 兼務）
大槻 健
内線 4402 / otsuki.ken@hinode-sangyo.co.jp"""

SIG_EN = """
Best regards,

Natsumi Aoyagi
Fundraising & Communications
Hinode Mirai Foundation (CSR foundation of Hinode Sangyo Co., Ltd.)
3F Hinode Sangyo Takanodai Bldg., 2-1-1 Honmachi, Takanodai, Kanagawa 243-0611, Japan
Tel +81-46-281-5530"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの全部または一部を無断で複製・転送・開示することを禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
Any unauthorised copying, disclosure or distribution is strictly prohibited."""


# -- 在籍児童データ（架空） ------------------------------------------------------------

CHILDREN = [
    # 氏名, ふりがな, 性別, 学年, 在籍校, 生年月日, 保護者, 続柄, 携帯, 住所, 保護者メール
    ("佐伯 陽向", "さえき ひなた", "男", "中2", "鷹ノ台市立東中学校", "2011-06-14",
     "佐伯 真理子", "母", "090-4418-2736", "神奈川県鷹ノ台市本町3-4-12", "m.saeki77@gmail.com"),
    ("一之瀬 凛", "いちのせ りん", "女", "小6", "鷹ノ台市立桜台小学校", "2013-02-03",
     "一之瀬 剛", "父", "080-3321-9054", "神奈川県鷹ノ台市緑町1-8-5 ハイツ緑102",
     "tsuyoshi.ichinose@yahoo.co.jp"),
    ("蔵本 湊", "くらもと みなと", "男", "中1", "瀬川市立第二中学校", "2012-09-27",
     "蔵本 由香", "母", "070-5582-1147", "神奈川県瀬川市中央2-15-3", "kuramoto-yuka@yahoo.co.jp"),
    ("鬼塚 結衣", "おにづか ゆい", "女", "中3", "鷹ノ台市立西中学校", "2010-11-08",
     "鬼塚 健一", "父", "090-7765-0321", "神奈川県鷹ノ台市西原4-2-18", "onizuka.ken1@icloud.com"),
    ("真栄田 蒼空", "まえだ そら", "男", "小5", "東原町立東原小学校", "2014-04-30",
     "真栄田 千秋", "母", "080-1290-6643", "神奈川県愛甲郡東原町上原555-2", "chiaki.maeda@docomo.ne.jp"),
    ("四十物 紬", "あいもの つむぎ", "女", "中2", "瀬川市立第一中学校", "2011-12-19",
     "四十物 浩二", "父", "090-2254-8810", "神奈川県瀬川市栄町6-1-3-405", "aimono.koji@outlook.jp"),
    ("東海林 大和", "しょうじ やまと", "男", "中1", "鷹ノ台市立東中学校", "2012-05-05",
     "東海林 美穂", "母", "080-6613-4402", "神奈川県鷹ノ台市本町5-9-1", "miho-shoji@ezweb.ne.jp"),
    ("百目鬼 葵", "どうめき あおい", "女", "小4", "鷹ノ台市立桜台小学校", "2015-08-22",
     "百目鬼 聡", "父", "070-8841-2209", "神奈川県鷹ノ台市桜台2-3-7", "s.domeki@gmail.com"),
    ("御手洗 航", "みたらい わたる", "男", "中2", "鷹ノ台市立西中学校", "2011-03-29",
     "御手洗 律子", "母", "090-5120-7786", "神奈川県鷹ノ台市西原1-17-2 コーポ西原203",
     "ritsuko.m0329@gmail.com"),
    ("五十嵐 芽依", "いがらし めい", "女", "小6", "東原町立東原小学校", "2013-07-11",
     "五十嵐 圭", "父", "080-9034-5518", "神奈川県愛甲郡東原町下原1203", "kei.igarashi@softbank.ne.jp"),
    ("月見里 ひより", "やまなし ひより", "女", "中1", "瀬川市立第二中学校", "2012-10-16",
     "月見里 純子", "母", "070-2367-9921", "神奈川県瀬川市北町3-8-14", "junko.yamanashi@icloud.com"),
    ("左右田 蓮", "そうだ れん", "男", "小5", "鷹ノ台市立桜台小学校", "2014-01-25",
     "左右田 久美", "母", "090-8816-3054", "神奈川県鷹ノ台市桜台4-11-6", "kumi.soda@yahoo.co.jp"),
]


def _children_rows(idx):
    return [CHILDREN[i] for i in idx]


MESSAGES = []

# ---------------------------------------------------------------------------- 001-025

MESSAGES += [
    {
        "id": "futoko-001",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["坂口 智也 <sakaguchi-t@city.takanodai.lg.jp>"],
        "subject": "当教室利用児童の一覧（出席扱い協議用）",
        "body": """鷹ノ台市教育委員会 教育支援課
指導主事 坂口 様

いつもお世話になっております。
フリースクールひだまり 鷹ノ台教室の長谷部です。

先日の連絡協議会でご依頼いただいた、鷹ノ台市内の学校に在籍し
当教室を利用している児童生徒の一覧をお送りします。
各校での出席扱いの判断の参考にしていただければ幸いです。

No  氏名            ふりがな            学年  在籍校                  生年月日     保護者連絡先
--  --------------  ------------------  ----  ----------------------  -----------  -------------
1   佐伯 陽向       さえき ひなた       中2   鷹ノ台市立東中学校      2011/06/14   090-4418-2736
2   一之瀬 凛       いちのせ りん       小6   鷹ノ台市立桜台小学校    2013/02/03   080-3321-9054
3   鬼塚 結衣       おにづか ゆい       中3   鷹ノ台市立西中学校      2010/11/08   090-7765-0321
4   東海林 大和     しょうじ やまと     中1   鷹ノ台市立東中学校      2012/05/05   080-6613-4402
5   百目鬼 葵       どうめき あおい     小4   鷹ノ台市立桜台小学校    2015/08/22   070-8841-2209
6   御手洗 航       みたらい わたる     中2   鷹ノ台市立西中学校      2011/03/29   090-5120-7786

通所日数は各月末に別途ご報告いたします。
ご不明点がございましたらお知らせください。
""" + SIG_HASEBE,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "在籍児童6名（氏名・生年月日・保護者電話）を空白揃えの表で教育委員会（社外）へ",
    },
    {
        "id": "futoko-002",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["高見 陽子 <takami.yoko@hinode-sangyo.co.jp>"],
        "cc": ["財団事務局 <jimukyoku@zaidan.hinode-sangyo.co.jp>"],
        "subject": "【共有】2025年度 在籍児童名簿（9月1日時点）",
        "body": """高見さん

お疲れさまです。事務局の田村です。
9月1日時点の在籍児童名簿を更新しましたので共有します。
本社CSR推進部での年次報告とりまとめ用にお使いください。

・鷹ノ台教室 9名、瀬川教室 3名（うち9月新規 2名）
・保護者連絡先は「保護者」シートにまとめています
・退所者は別シートに移しました

社内限りでお願いします。
""" + SIG_TAMURA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "在籍児童名簿_20250901.xlsx",
                "sheets": {
                    "児童": [["フリースクールひだまり 在籍児童名簿（2025/9/1現在）"], [],
                             ["No", "氏名", "ふりがな", "性別", "学年", "在籍校", "生年月日"]]
                    + [[i + 1, c[0], c[1], c[2], c[3], c[4], c[5]] for i, c in enumerate(CHILDREN)],
                    "保護者": [["No", "児童氏名", "保護者氏名", "続柄", "携帯", "住所", "メール"]]
                    + [[i + 1, c[0], c[6], c[7], c[8], c[9], c[10]] for i, c in enumerate(CHILDREN)],
                    "退所者": [["氏名", "退所日", "理由"], ["瀬戸口 健太", "2025/7/31", "在籍校へ復帰"]],
                },
            }
        ],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "名簿一式だが宛先は本社と財団サブドメインのみ（社内限り）",
    },
    {
        "id": "futoko-003",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["米倉 様 <yonekura@kanade-tax.jp>"],
        "subject": "講師謝金の支払調書作成の件（八重樫様分）",
        "body": """奏税理士事務所
米倉様

お世話になっております。日の出みらい財団 経理の森永です。

先日ご依頼のあった、学習支援講師（個人）への謝金の支払調書について、
未提出だった八重樫様の分の情報をお送りします。

　氏名　　　：八重樫 透（やえがし とおる）
　住所　　　：神奈川県瀬川市北町3-22-9
　個人番号　：""" + _mn(MN[0]) + """
　支払金額　：486,000円（2025年1月～12月、源泉徴収税額 49,615円）

ご本人の番号確認書類（通知カードの写し）は郵送で別途お送りします。
よろしくお願いいたします。
""" + SIG_MORINAGA,
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "講師1名のマイナンバーを社外の税理士事務所へ本文で送付",
    },
    {
        "id": "futoko-004",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["野々村 教頭 <nonomura@takanodai-higashi.ed.jp>"],
        "subject": "学校訪問の日程について",
        "body": """鷹ノ台市立東中学校
教頭 野々村 様

お世話になっております。
フリースクールひだまりの長谷部でございます。

2学期の学校訪問（当教室を利用している生徒さんの様子の共有）について、
以下の候補日でご都合はいかがでしょうか。

　1) 9月17日（水）15:30〜
　2) 9月19日（金）16:00〜
　3) 9月24日（水）15:30〜

所要は30分程度を予定しております。担任の先生にもご同席いただけますと助かります。
お忙しいところ恐縮ですが、ご検討のほどよろしくお願いいたします。
""" + SIG_HASEBE + "\n" + DISCLAIMER_JA,
        "entities": [],
        "detectors": [],
        "note": "日程調整だけの通常業務メール。末尾は定型の機密免責文（標示ではない）",
    },
    {
        "id": "futoko-005",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["スクールカウンセラー 葛西先生 <sc-kasai@sakuradai-es.takanodai.ed.jp>"],
        "subject": "一之瀬さんの件（相談記録の共有）",
        "body": """鷹ノ台市立桜台小学校
スクールカウンセラー 葛西先生

いつもお世話になっております。ひだまりの宇佐美です。
先日お電話でお話しした6年の一之瀬 凛さんについて、
保護者の同意をいただきましたので、当方の相談記録の要点を共有します。

■ 一之瀬 凛さん（小6）
・今年5月、こころの森クリニック（児童精神科）で自閉スペクトラム症、
　および社交不安症の診断。現在は月1回通院、服薬はなし。
・聴覚過敏があり、教室のざわつきが強いと頭痛・腹痛を訴える。
　ひだまりではイヤーマフ使用で落ち着いて過ごせている。
・父子家庭。父親は協力的で、週1回の面談を継続中。

学校での別室登校を試す際は、始業前の静かな時間帯からが良いと思います。
詳しくは来週のケース会議でお話しできればと思います。
""" + SIG_USAMI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "児童1名の診断名（ASD・社交不安症）と通院状況を学校の外部SCへ：要配慮個人情報",
    },
    {
        "id": "futoko-006",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["m.saeki77@gmail.com", "kuramoto-yuka@yahoo.co.jp", "onizuka.ken1@icloud.com"],
        "subject": "7月の保護者会のご案内",
        "body": """保護者の皆さま

いつもひだまりの活動にご理解・ご協力いただきありがとうございます。
7月の保護者会を下記のとおり開催します。

　日時：7月12日（土）10:00～11:30
　場所：ひだまり 瀬川教室 2階 多目的室
　内容：夏休みの過ごし方について／夏合宿の説明／個別相談（希望者）

出欠は7月5日までにこのメールへの返信でお知らせください。
お子さまの同伴も可能です（別室でスタッフが見守ります）。
""" + SIG_KAWABATA,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "保護者3名（個人・フリーメール）をToに並べて送信：互いのアドレスが見える、Bccにすべき",
    },
    {
        "id": "futoko-007",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["村瀬 様 <murase@tsubasa-system.jp>"],
        "subject": "Re: 秘密保持契約書ドラフトについて",
        "body": """ツバサシステム株式会社
村瀬様

お世話になっております。日の出産業 情報システム部の大槻です。
秘密保持契約書のドラフトをお送りいただきありがとうございました。

財団側の法務と確認し、以下2点のみ修正をお願いしたく存じます。

1. 第2条（機密情報の定義）に、「個人情報（児童・保護者の情報を含む）」を明記
2. 第8条（返還・廃棄）の期限を「契約終了後30日以内」に変更、廃棄証明書の提出を追加

出席管理システムへの移行作業では、本番データは弊社内の検証環境でのみ扱い、
御社には匿名化したテストデータのみお渡しする想定です。
修正版をいただけましたら、押印の手続きに進めます。
""" + SIG_OTSUKI,
        "entities": [],
        "detectors": [],
        "note": "NDA（秘密保持契約）の条文についてのやり取り：機密標示ではなく個人データもない",
    },
    {
        "id": "futoko-008",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
        "subject": "送迎 乗車場所変更のお願い（瀬川ルート）",
        "body": """青葉運輸株式会社 配車センター御中

いつも送迎でお世話になっております。ひだまり瀬川教室の川端です。

転居に伴い、下記の利用者の乗車場所が9月8日（月）から変わります。

　利用者：蔵本 湊 くん（中1）
　新乗車場所：神奈川県瀬川市中央2-15-3（ファミリーマート瀬川中央店の向かい）
　保護者（母）携帯：070-5582-1147

時刻はこれまでと同じ 9:05 でお願いします。
ルート表の差し替え版は追ってお送りします。
""" + SIG_KAWABATA,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "宛先が取引先 aoba-unyu.co.jp ではなく aoba-unyu.jp（co. 抜け・TLD違い）の類似ドメイン",
    },
    {
        "id": "futoko-009",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["配車センター 小野寺様 <haisha@aoba-unyu.co.jp>"],
        "subject": "2学期 送迎利用者一覧（鷹ノ台ルート）",
        "body": """青葉運輸株式会社
配車センター 小野寺様

お世話になっております。ひだまりの川端です。
2学期（9月1日～）の鷹ノ台ルートの利用者一覧をお送りします。

氏名　　　　　　学年　乗車場所　　　　　　　　　　　　　　　　保護者携帯
――――――――――――――――――――――――――――――――――――――――――――――
佐伯　陽向　　　中２　鷹ノ台市本町３－４－１２　　　　　　　　０９０－４４１８－２７３６
一之瀬　凛　　　小６　鷹ノ台市緑町１－８－５　ハイツ緑前　　　０８０－３３２１－９０５４
鬼塚　結衣　　　中３　鷹ノ台市西原４－２－１８　　　　　　　　０９０－７７６５－０３２１
東海林　大和　　中１　鷹ノ台市本町５－９－１　　　　　　　　　０８０－６６１３－４４０２
百目鬼　葵　　　小４　鷹ノ台市桜台２－３－７　　　　　　　　　０７０－８８４１－２２０９
御手洗　航　　　中２　鷹ノ台市西原１－１７－２　　　　　　　　０９０－５１２０－７７８６
左右田　蓮　　　小５　鷹ノ台市桜台４－１１－６　　　　　　　　０９０－８８１６－３０５４

※左右田くんは火・木のみ利用です。
※欠席連絡は原則として保護者から教室へ入りますが、
　朝の乗車時に不在の場合は上記携帯へ直接ご連絡ください。
""" + SIG_KAWABATA,
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "送迎利用者7名（住所・保護者携帯、全角数字・全角空白揃え）を取引先の運送会社へ",
    },
    {
        "id": "futoko-010",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["子ども家庭課 相談係 <kodomo-katei@city.takanodai.lg.jp>"],
        "subject": "紹介先の医療・相談機関一覧（更新版）",
        "body": """鷹ノ台市 子ども家庭課 相談係 御中

お世話になっております。ひだまりの宇佐美です。
先日お話に出た、当方が保護者に紹介している医療・相談機関の一覧を更新しました。
窓口でのご案内にお使いください。

【医療機関】
・こころの森クリニック（児童精神科）　鷹ノ台市本町6-2-1　TEL 046-281-7700　初診予約制
・県立こども医療センター 児童思春期外来　横浜市南区六ツ川2-138-4　TEL 045-711-2351
・すずらん小児科（起立性調節障害外来あり）　瀬川市栄町3-5-10　TEL 0465-72-8080

【相談機関】
・鷹ノ台市教育支援センター「あおぞら」　鷹ノ台市役所分庁舎2F　TEL 046-281-1190
・神奈川県 中央児童相談所　TEL 0466-84-1600（平日8:30～17:15）
・NPO法人つなぐ（親の会）　TEL 046-281-4432　毎月第3土曜 定例会

受付時間や予約方法に変更があればまたお知らせします。
""" + SIG_USAMI,
        "entities": [],
        "detectors": [],
        "note": "医療機関・相談機関（事業者）の代表電話と所在地の一覧：人の名簿ではない",
    },
    {
        "id": "futoko-011",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
        "subject": "会報「ひだまり通信」秋号　宛名データ送付",
        "body": """錦印刷株式会社 制作部
ご担当者様

いつもお世話になっております。日の出みらい財団の青柳です。
秋号の宛名ラベル用データ（個人サポーター分）をお送りします。
法人会員分は前回と同じデータでお願いします。

・件数：9件（前号から新規2件、住所変更1件）
・文字コード：Shift_JIS のCSVです

発送は10月10日到着でお願いできればと思います。
""" + SIG_AOYAGI,
        "attachments": [
            {
                "kind": "csv",
                "name": "秋号_宛名_個人.csv",
                "encoding": "cp932",
                "rows": [
                    ["会員番号", "氏名", "郵便番号", "住所", "電話"],
                    ["P-0102", "柳田 恵美子", "243-0612", "神奈川県鷹ノ台市本町4-7-22", "046-281-3345"],
                    ["P-0115", "堀之内 実", "245-0033", "神奈川県瀬川市中央5-1-9 グランメゾン瀬川306", "0465-72-1190"],
                    ["P-0131", "鍛冶 さとみ", "252-0303", "神奈川県相模原市南区相模大野3-14-2", "090-3382-1147"],
                    ["P-0140", "三ツ矢 康弘", "194-0013", "東京都町田市原町田2-8-16", "042-722-6019"],
                    ["P-0152", "乙部 千代", "243-0614", "神奈川県鷹ノ台市緑町3-2-5", "046-281-9902"],
                    ["P-0158", "土橋 亜希子", "213-0001", "神奈川県川崎市高津区溝口4-22-7-801", "080-5516-0273"],
                    ["P-0163", "ウィルソン 恵", "245-0031", "神奈川県瀬川市北町1-10-3", "070-6620-8834"],
                    ["P-0170", "秋葉 慎吾", "227-0062", "神奈川県横浜市青葉区青葉台1-6-11", "045-981-3127"],
                    ["P-0171", "宍戸 ゆかり", "243-0611", "神奈川県鷹ノ台市本町1-1-30", "046-281-0448"],
                ],
            }
        ],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "個人サポーター9名の氏名・住所・電話のCSV（CP932）を印刷会社へ",
    },
    {
        "id": "futoko-012",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["nakagome.hiroko@yahoo.co.jp"],
        "subject": "Re: 体験入学について",
        "body": """中込様

お問い合わせありがとうございます。
フリースクールひだまり 鷹ノ台教室の長谷部です。

体験入学は随時受け付けております。
初回はまず保護者の方とお子さまご一緒に見学（1時間ほど）をしていただき、
その後、ご本人の気持ちを伺いながら体験日（最大3日間・無料）を決めております。

見学は平日10:00〜15:00の間でしたらいつでも可能です。
ご都合のよい日時を2〜3候補お知らせいただけますでしょうか。

お子さまが外出に不安のある場合は、オンラインでの面談から始めることもできます。
どうぞお気軽にご相談ください。
""" + SIG_HASEBE + """

> 小学5年の息子が4月から学校に行けていません。
> 体験入学はできますか。
""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "問い合わせてきた保護者1名（フリーメール）への返信、個人データなし",
    },
    {
        "id": "futoko-013",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["要 コンサルティング 北条様 <hojo@kaname-consulting.co.jp>"],
        "subject": "【社外秘】第12回理事会資料（中期事業計画案）",
        "body": """株式会社要コンサルティング
北条様

お世話になっております。日の出みらい財団事務局の田村です。
来週の打合せに先立ち、理事会資料の中期事業計画案をお送りします。
第3教室の開設候補地と、本社からの拠出金の見通しについてご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_TAMURA,
        "attachments": [
            {
                "kind": "docx",
                "name": "中期事業計画案_2026-2028.docx",
                "page_header": "社外秘　日の出みらい財団",
                "title": "中期事業計画案",
                "paragraphs": [
                    "社外秘",
                    "第12回理事会 資料2 中期事業計画（2026～2028年度）案",
                    "1. 基本方針：不登校の子どもの居場所と学びの保障。利用定員を現在の40名から70名へ。",
                    "2. 第3教室：相模原市南区・町田市の2候補。賃料と送迎距離を比較検討中。",
                    "3. 財源：日の出産業からの拠出 年間4,200万円（2026年度）、寄付・助成 1,800万円。",
                    "4. リスク：拠出金は本社業績連動。2027年度以降は未確定。",
                ],
                "tables": [
                    [["年度", "利用定員", "支出計画（万円）", "本社拠出（万円）"],
                     ["2026", "50", "6,400", "4,200"],
                     ["2027", "60", "7,300", "未定"],
                     ["2028", "70", "8,100", "未定"]]
                ],
            }
        ],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "件名と添付DOCXのヘッダに「社外秘」の標示がある資料を社外コンサルへ",
    },
    {
        "id": "futoko-014",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["瀬川市教育支援センター <tekiou@city.segawa.lg.jp>"],
        "subject": "瀬川市在籍の利用児童一覧（パスワード付）",
        "body": """瀬川市教育支援センター
ご担当 寺岡様

お世話になっております。ひだまり瀬川教室の川端です。
ご依頼の利用児童一覧をZIPファイルにてお送りします。
解凍用のパスワードは、このあと別のメールでお送りいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_KAWABATA,
        "attachments": [
            {
                "kind": "zip",
                "name": "利用児童一覧_瀬川市.zip",
                "password": "Hdm#2025segawa",
                "files": [
                    {"kind": "csv", "name": "利用児童一覧.csv", "encoding": "cp932",
                     "rows": [["氏名", "学年", "在籍校", "生年月日", "保護者携帯"]]
                     + [[c[0], c[3], c[4], c[5], c[8]] for c in _children_rows([2, 5, 10])]},
                ],
            }
        ],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）：中身を検査できない添付",
    },
    {
        "id": "futoko-015",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["芦田 先生 <ashida@takanodai-nishi.ed.jp>"],
        "subject": "Re: 西中からの依頼（通所状況の確認）",
        "body": """芦田先生

ご連絡ありがとうございます。ひだまりの長谷部です。
承知しました。来週水曜（17日）の16時に学校へ伺い、
5名分の通所状況をまとめてご説明します。

よろしくお願いいたします。

長谷部

2025年9月10日(水) 11:42 芦田 雅之 <ashida@takanodai-nishi.ed.jp>:
> 長谷部様
>
> お世話になっております。西中学校 生徒指導の芦田です。
> 2学期の出席扱いの判断のため、以下の生徒の1学期の通所状況を伺えますか。
>
> 氏名          学年  生年月日     保護者連絡先
> 鬼塚 結衣     3年   2010/11/08   090-7765-0321
> 御手洗 航     2年   2011/03/29   090-5120-7786
> 蜂須賀 拓真   1年   2012/08/01   080-2219-4460
> 仁科 このみ   2年   2011/05/18   070-3306-1288
> 薬師寺 隼     3年   2010/09/02   090-6645-0017
>
> 来週以降でご都合のよい日時をお知らせください。
> 芦田
""",
        "entities": [],
        "detectors": [],
        "note": "生徒5名の一覧は返信先の学校自身のメールの引用（>）のみ。新しい本文は日程の返事だけ",
    },
    {
        "id": "futoko-016",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["教育相談係 <kyouiku-soudan@city.segawa.lg.jp>"],
        "subject": "6月分 通所状況のご報告（瀬川市在籍分）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>瀬川市教育委員会 教育相談係 御中</p>
<p>いつもお世話になっております。ひだまり瀬川教室の川端です。<br>
6月分の通所状況を下記のとおりご報告します。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>生年月日</th><th>在籍校</th><th>学年</th><th>通所日数</th><th>保護者電話</th></tr>
<tr><td>蔵本 湊</td><td>2012年9月27日</td><td>瀬川市立第二中学校</td><td>1</td><td>15</td><td>070-5582-1147</td></tr>
<tr><td>四十物 紬</td><td>2011年12月19日</td><td>瀬川市立第一中学校</td><td>2</td><td>9</td><td>090-2254-8810</td></tr>
<tr><td>月見里 ひより</td><td>2012年10月16日</td><td>瀬川市立第二中学校</td><td>1</td><td>18</td><td>070-2367-9921</td></tr>
<tr><td>鳩山 聖</td><td>2011年4月9日</td><td>瀬川市立第一中学校</td><td>2</td><td>12</td><td>080-7725-3190</td></tr>
<tr><td>丹羽 ことね</td><td>2013年1月30日</td><td>瀬川市立南小学校</td><td>6</td><td>6</td><td>090-1184-5526</td></tr>
<tr><td>唐沢 新</td><td>2010年7月21日</td><td>瀬川市立第二中学校</td><td>3</td><td>17</td><td>070-4450-6613</td></tr>
</table>
<p>学習内容の詳細は各校へ個別にお送りしております。</p>
<p>--<br>フリースクール ひだまり 瀬川教室<br>総務・送迎担当 川端 駿<br>TEL 0465-72-3310</p>
</body></html>""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールの表で児童6名（生年月日・保護者電話）を教育委員会へ",
    },
    {
        "id": "futoko-017",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["yuto.kirishima.tutor@gmail.com"],
        "subject": "来週から担当いただく生徒について",
        "body": """霧島先生

こんにちは、ひだまりの宇佐美です。
来週から数学の個別指導をお願いする中2の御手洗 航くんについて、
事前に知っておいていただきたいことをお伝えします。

・小4のときにADHD（不注意優勢型）と診断されています。
　現在コンサータを朝に服用していて、午前中は比較的集中できますが、
　14時を過ぎると効果が切れて立ち歩きが増えます。
・書字が苦手なので、計算は途中式を口頭で言ってもらう形で大丈夫です。
・叱責に敏感です。できたところを具体的にほめてください。

授業は火曜・木曜の10:30～11:20でお願いします。
不明な点はいつでも聞いてください。
""" + SIG_USAMI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "生徒1名のADHD診断・服薬をフリーメールの個人講師へ：要配慮個人情報",
    },
    {
        "id": "futoko-018",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["担任 水野先生 <mizuno-k@takanodai-higashi.ed.jp>"],
        "cc": ["教育支援センターあおぞら 福永様 <aozora@city.takanodai.lg.jp>"],
        "subject": "ケース会議の日程候補",
        "body": """水野先生、福永様

お世話になっております。ひだまりの宇佐美です。
先日お話ししたケース会議について、日程の候補をお送りします。

　9月25日（木）16:00～17:00
　9月26日（金）15:30～16:30
　9月30日（火）16:00～17:00

場所はひだまり鷹ノ台教室の面談室を予定しています（駐車場2台分あり）。
参加者は学校から2名、あおぞらから1名、当方から2名の想定です。
ご都合のよい日を今週中にお知らせいただけますと助かります。
""" + SIG_USAMI,
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "学校と教育支援センター（社外2組織）への日程調整：三者の通常のやり取り",
    },
    {
        "id": "futoko-019",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <donyu-support@tsubasa-system.jp>"],
        "subject": "出席管理システム 移行用データ（本番）",
        "body": """ツバサシステム株式会社
導入支援ご担当者様

日の出産業 情報システム部の大槻です。
出席管理システムへの移行用データを添付します。
テンプレートどおり「児童」「保護者」「緊急連絡先」の3シート構成です。

取込後、件数の照合結果をご連絡ください。
""" + SIG_OTSUKI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "hidamari_migration_20250905.xlsx",
                "sheets": {
                    "児童": [["ひだまり 在籍児童データ（移行用）2025/9/5"],
                             ["児童ID", "氏名", "ふりがな", "性別", "生年月日", "学年", "在籍校"]]
                    + [[f"C{101 + i}", c[0], c[1], c[2], c[5], c[3], c[4]]
                       for i, c in enumerate(CHILDREN[:10])],
                    "保護者": [["保護者データ"],
                               ["児童ID", "保護者氏名", "続柄", "住所", "携帯", "メール"]]
                    + [[f"C{101 + i}", c[6], c[7], c[9], c[8], c[10]]
                       for i, c in enumerate(CHILDREN[:10])],
                    "緊急連絡先": [["児童ID", "氏名", "続柄", "電話"],
                                ["C101", "佐伯 孝", "祖父", "046-281-6672"],
                                ["C102", "一之瀬 和子", "祖母", "046-281-0931"],
                                ["C104", "鬼塚 早苗", "母", "090-1127-3358"],
                                ["C106", "四十物 春香", "母", "080-6671-2204"],
                                ["C109", "御手洗 修", "父", "090-3318-0725"]],
                },
            }
        ],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "児童10名・保護者・緊急連絡先のXLSX（3シート、表題行あり）を社外のシステム会社へ",
    },
    {
        "id": "futoko-020",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 団体営業 <group-sales@sakura-hotel.jp>"],
        "subject": "夏合宿 お見積り内容の確認",
        "body": """さくらホテル 団体営業ご担当 様

お世話になっております。ひだまりの川端です。
お見積り（No. SH-25-0718）をありがとうございました。
内容を以下のとおり理解しておりますが、相違ないかご確認ください。

　項目　　　　　　　　単価（税込）　　数量　　金額
　--------------------------------------------------------
　1泊2食（和室4名1室）　11,800円　　　18名　　212,400円
　引率者（同条件）　　　11,800円　　　 5名　　 59,000円
　会議室（半日）　　　　22,000円　　　 1　　　 22,000円
　昼食弁当　　　　　　　 1,200円　　　23食　　 27,600円
　--------------------------------------------------------
　合計　　　　　　　　　　　　　　　　　　　　321,000円

キャンセル規定（7日前から30%）も承知しました。
人数確定は8月1日にご連絡します。
""" + SIG_KAWABATA,
        "entities": [],
        "detectors": [],
        "note": "合宿の見積（料金表・見積番号）の確認：通常の取引メール",
    },
    {
        "id": "futoko-021",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["PayBridge サポート <support@paybridge.co.jp>"],
        "subject": "継続寄付の決済エラーについて（加盟店ID HM-20417）",
        "body": """PayBridge株式会社 サポートご担当者様

お世話になっております。日の出みらい財団（加盟店ID HM-20417）の森永です。

マンスリーサポーターの方1名について、9月分の継続課金がエラーになっております。
ご本人に確認したところカードは有効とのことで、再決済をお願いできますでしょうか。

　会員名：楠本 晴美 様
　カード番号：""" + _card(CARD[7]) + """
　有効期限：08/28
　金額：3,000円（毎月）

エラーコードは E-5102 と表示されていました。
お手数ですがご対応をお願いいたします。
""" + SIG_MORINAGA,
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "寄付者1名のクレジットカード番号を決済代行会社へ本文で送付",
    },
    {
        "id": "futoko-022",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["高見 陽子 <takami.yoko@hinode-sangyou.co.jp>"],
        "subject": "8月度 活動報告（CSR推進部向け）",
        "body": """高見さん

お疲れさまです。財団事務局の田村です。
8月度の活動報告をお送りします。

・在籍：鷹ノ台教室 26名／瀬川教室 14名（前月比 +2）
・延べ通所：412人日（夏休み特別プログラム含む）
・夏合宿：8/5〜6 さくらホテル、児童18名・スタッフ5名参加
・学校訪問：6校 9回
・寄付：法人2社から計150万円、個人42件

社内報の原稿用の写真は別途共有フォルダに置いてあります。
""" + SIG_TAMURA,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "社内宛のつもりが hinode-sangyou.co.jp（自社ドメインに u を足した類似ドメイン）",
    },
    {
        "id": "futoko-023",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
               "相談支援チーム <soudan@zaidan.hinode-sangyo.co.jp>"],
        "subject": "相談記録（9/8 月見里さん母子面談）",
        "body": """長谷部さん、相談支援チームの皆さん

9/8の面談記録です。チーム内共有用。

【対象】月見里 ひより（中1・瀬川第二中）／母 純子さん
【主訴】朝起きられない、登校しぶり（5月連休明けから）
【経過】
・8月にすずらん小児科で起立性調節障害と診断。ミドドリン服用開始。
・母もうつ病で通院中（本人談）。家事の負担が本人に偏っている様子。
・本人は「ひだまりなら午後から来られる」。
【方針】
・午後からの通所でOKとする。送迎は瀬川ルート午後便を検討。
・学校へは本人・母の同意を得たうえで、診断名は伏せて体調面の配慮のみ伝える。
・次回面談 9/22。

宇佐美""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "診断名を含む相談記録だが宛先は社内（本体ドメインと財団サブドメイン）のみ",
    },
    {
        "id": "futoko-024",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["米倉 様 <yonekura@kanade-tax.jp>"],
        "subject": "8月分 講師謝金 振込データ",
        "body": """米倉様

お世話になっております。日の出みらい財団の森永です。
8月分の講師謝金の振込先一覧です（Excelから貼り付けています、タブ区切り）。
源泉計算と振込データ作成をお願いいたします。

氏名	銀行	支店	種別	口座番号	口座名義	連絡先
八重樫 透	みどり銀行	瀬川支店	普通	3318042	ヤエガシ トオル	080-7712-3390
霧島 悠斗	ゆうちょ銀行	〇一八店	普通	4402719	キリシマ ユウト	090-2281-6604
安曇 かおり	みどり銀行	鷹ノ台支店	普通	1190356	アズミ カオリ	070-3345-9128
長曽我部 進	湘南信用金庫	本店営業部	普通	0082274	チョウソカベ ススム	090-6673-1105
蒔田 杏奈	みどり銀行	相模大野支店	普通	2275503	マキタ アンナ	080-1148-2296
比嘉 朝陽	楽天銀行	ジャズ支店	普通	7120448	ヒガ アサヒ	070-9013-4471

金額は別添の時間数×2,000円です。
よろしくお願いいたします。
""" + SIG_MORINAGA,
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "講師6名の口座番号・携帯（タブ区切り）を社外の税理士事務所へ",
    },
    {
        "id": "futoko-025",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["配車センター 小野寺様 <haisha@aoba-unyu.co.jp>"],
        "subject": "東原ルート 欠席時の連絡先",
        "body": """小野寺様

お世話になっております。ひだまりの川端です。
東原ルートの真栄田くん（小5）ですが、お母様のご希望で、
朝の乗車時にご不在の場合は教室ではなく直接お母様へご連絡いただけますでしょうか。

　真栄田 千秋 様（母）　携帯 080-1290-6643

教室への連絡は、その後で構いません。
お手数をおかけしますが、ドライバーの方へのご共有をお願いします。
""" + SIG_KAWABATA,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "保護者1名の携帯を送迎委託先へ：1名分の連絡先なので通す（警告はあり得る）",
    },
]

# ---------------------------------------------------------------------------- 026-050

MESSAGES += [
    {
        "id": "futoko-026",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["さくらホテル フロント 岩渕様 <front@sakura-hotel.jp>"],
        "subject": "夏合宿（8/5-6）参加児童の緊急連絡先",
        "body": """さくらホテル フロント
岩渕様

お世話になっております。ひだまりの川端です。
夏合宿で夜間に体調不良などがあった場合に備え、
参加児童の一部（夜間に保護者への連絡が必要になりそうな子）の緊急連絡先をお送りします。
夜間フロントの方にも共有いただけますと助かります。

・佐伯 陽向（中2）　生年月日 2011/6/14　保護者：佐伯 真理子（母）　携帯 090-4418-2736
・一之瀬 凛（小6）　生年月日 2013/2/3　保護者：一之瀬 剛（父）　携帯 080-3321-9054
・蔵本 湊（中1）　生年月日 2012/9/27　保護者：蔵本 由香（母）　携帯 070-5582-1147
・真栄田 蒼空（小5）　生年月日 2014/4/30　保護者：真栄田 千秋（母）　携帯 080-1290-6643
・五十嵐 芽依（小6）　生年月日 2013/7/11　保護者：五十嵐 圭（父）　携帯 080-9034-5518
・左右田 蓮（小5）　生年月日 2014/1/25　保護者：左右田 久美（母）　携帯 090-8816-3054

引率責任者は私（川端）です。夜間はまず私の携帯へご連絡ください。
""" + SIG_KAWABATA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "児童6名の生年月日・保護者携帯を「・」箇条書きでホテル（社外）へ",
    },
    {
        "id": "futoko-027",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["ayaka.shibasaki.0@gmail.com"],
        "subject": "合宿引率のお願い（鬼塚さんの保険証情報）",
        "body": """柴崎さん

引率を引き受けてくださってありがとうございます。ひだまりの川端です。

鬼塚 結衣さんの保護者から、保険証の原本は持たせられないので
番号を控えておいてほしいとの連絡がありました。
万一受診が必要になった場合は、以下を病院の受付で伝えてください。

　氏名：鬼塚 結衣（おにづか ゆい）　生年月日：平成22年11月8日
　保険者番号：06140372
　被保険者証 記号：鷹協 4417　番号：2081
　被保険者（父）：鬼塚 健一

後日、保護者が原本を持って病院で精算する流れになります。
このメールは合宿が終わったら削除をお願いします。
""" + SIG_KAWABATA,
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "児童1名の健康保険証の記号・番号をボランティアの個人アドレスへ",
    },
    {
        "id": "futoko-028",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["鷹ノ台市社会福祉協議会 地域福祉係 <chiiki@takanodai-shakyo.or.jp>"],
        "subject": "市内の子どもの居場所一覧（ひだまり把握分）",
        "body": """鷹ノ台市社会福祉協議会
地域福祉係 御中

お世話になっております。日の出みらい財団の田村です。
居場所マップ作成のため、当方で把握している市内の居場所・子ども食堂をお送りします。
（いずれも各団体の公開情報・代表連絡先です）

■ 子ども食堂
　みどりっこ食堂　　　緑町公民館　　　　　第2・4土曜 12:00〜　 046-281-2210（緑町公民館）
　さくらだい ごはん会　桜台自治会館　　　　毎週水曜 17:00〜　　 046-281-7784（桜台自治会）
　にしはら みんなの台所　西原コミュニティセンター　月1回 日曜　 046-281-5012（同センター）

■ 居場所・学習支援
　教育支援センター あおぞら　　市役所分庁舎2F　　平日 9:00〜15:00　 046-281-1190
　NPO法人つなぐ フリースペース　本町4-3-2　　　　火・金 13:00〜18:00　046-281-4432
　フリースクール ひだまり　　　本町2-1-1 3F　　　平日 9:30〜15:30　 046-281-5530

掲載の可否は各団体にご確認いただけますと幸いです。
""" + SIG_TAMURA,
        "entities": [],
        "detectors": [],
        "note": "子ども食堂・居場所（団体）の一覧と代表電話：人の名簿ではない",
    },
    {
        "id": "futoko-029",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["子ども未来課 給付係 <kodomo-mirai@city.takanodai.lg.jp>"],
        "subject": "フリースクール利用料補助（10月受付分）申請者情報",
        "body": """鷹ノ台市 子ども未来課 給付係 御中

お世話になっております。日の出みらい財団 事務局の田村です。
10月受付分のフリースクール利用料補助について、
施設側で取りまとめた申請者の情報をお送りします。
申請書の原本は保護者から直接窓口へ提出される予定です。

【1】
氏名：東海林 大和（しょうじ やまと）
生年月日：平成24年5月5日
住所：神奈川県鷹ノ台市本町5-9-1
保護者：東海林 美穂
世帯区分：住民税非課税世帯

【2】
氏名：百目鬼 葵（どうめき あおい）
生年月日：平成27年8月22日
住所：神奈川県鷹ノ台市桜台2-3-7
保護者：百目鬼 聡
世帯区分：一般

【3】
氏名：左右田 蓮（そうだ れん）
生年月日：平成26年1月25日
住所：神奈川県鷹ノ台市桜台4-11-6
保護者：左右田 久美
世帯区分：ひとり親世帯

【4】
氏名：御手洗 航（みたらい わたる）
生年月日：平成23年3月29日
住所：神奈川県鷹ノ台市西原1-17-2 コーポ西原203
保護者：御手洗 律子
世帯区分：一般

【5】
氏名：宇喜多 奏太（うきた そうた）
生年月日：平成25年12月3日
住所：神奈川県鷹ノ台市緑町2-20-11
保護者：宇喜多 麻衣
世帯区分：住民税非課税世帯

不足書類があればご指示ください。
""" + SIG_TAMURA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "児童5名を1人1ブロック（和暦生年月日・住所・保護者）で市役所へ",
    },
    {
        "id": "futoko-030",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["鷹ノ台市立東中学校 校長 大河原様 <okawara@takanodai-higashi.ed.jp>"],
        "subject": "6月分 学習状況報告（2年 佐伯 陽向さん）",
        "body": """鷹ノ台市立東中学校
校長 大河原 様

いつもお世話になっております。フリースクールひだまりの長谷部です。
2年 佐伯 陽向さんの6月分の学習状況をご報告いたします。
出席扱いのご判断の資料としてお使いください。

　通所日数：14日（6月の開室日 20日）
　平均滞在時間：4時間10分
　学習内容：
　　数学　一次関数（教科書 p.52～71）、プリント12枚
　　英語　過去形・未来形の復習、オンライン英会話 4回
　　理科　動物のからだ（動画教材と観察記録）
　　その他　調理実習（カレー作り）、卓球

最近は年下の子に勉強を教える場面も増え、表情も明るくなっています。
7月からは週1回、放課後の別室登校を本人が希望しています。
""" + SIG_HASEBE,
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "在籍校へ生徒1名の出席扱い報告（通所日数・学習内容）：1名分、要配慮情報なし",
    },
    {
        "id": "futoko-031",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["鷹ノ台大学 ボランティアセンター <vc@takanodai-u.ac.jp>"],
        "subject": "後期 学生ボランティア登録者一覧の確認",
        "body": """鷹ノ台大学 ボランティアセンター
ご担当 戸塚様

お世話になっております。日の出みらい財団の田村です。
後期からひだまりで活動いただく学生さんの登録情報を、当方の控えと照合したく
一覧（Word）をお送りします。誤りがあればご指摘ください。

保険加入の手続きはセンター側でお願いできますでしょうか。
""" + SIG_TAMURA,
        "attachments": [
            {
                "kind": "docx",
                "name": "学生ボランティア登録一覧_後期.docx",
                "paragraphs": ["フリースクールひだまり 学生ボランティア登録者（2025年度後期）",
                               "活動開始：10月1日　活動場所：鷹ノ台教室・瀬川教室"],
                "tables": [[
                    ["氏名", "学籍番号", "学部・学年", "携帯", "メール"],
                    ["浅利 光希", "T23E0412", "教育学部3年", "080-2291-5530", "asari.mitsuki@takanodai-u.ac.jp"],
                    ["久世 ほのか", "T24L1187", "文学部2年", "090-6412-8873", "kuze.honoka@takanodai-u.ac.jp"],
                    ["帯刀 樹", "T22S0066", "理工学部4年", "070-1183-2249", "tatewaki.itsuki@takanodai-u.ac.jp"],
                    ["Nguyen Thi Lan", "T24E0931", "教育学部2年", "080-7730-1145", "nguyen.lan@takanodai-u.ac.jp"],
                    ["馬渕 愛莉", "T23P0258", "心理学部3年", "090-3356-7081", "mabuchi.airi@takanodai-u.ac.jp"],
                    ["京極 奏", "T25E0103", "教育学部1年", "070-8849-0316", "kyogoku.kanade@takanodai-u.ac.jp"],
                ]],
            }
        ],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "学生6名の学籍番号・携帯・メールのDOCX表を大学（社外）へ",
    },
    {
        "id": "futoko-032",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["Ms. Rachel Donovan <r.donovan@morningstar-foundation.org>"],
        "subject": "FY2026 budget draft for the Hidamari grant",
        "body": """Dear Rachel,

Thank you for the call last week. As promised, please find attached our draft
budget for FY2026, which we would like to submit with the renewal application
for the Morningstar Education Grant.

The main changes from FY2025 are:
- a second full-time counsellor for the Segawa site (from April 2026);
- a 12% increase in transport costs (new route to Higashihara town);
- the online learning pilot for children who cannot leave home.

The sheet is still marked as internal on our side because the board has not
approved it yet. Could you let us know by 30 September whether the format works
for your review committee?
""" + SIG_EN,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "Hidamari_FY2026_budget_draft.xlsx",
                "page_header": "CONFIDENTIAL - Hinode Mirai Foundation",
                "sheets": {
                    "Summary": [["CONFIDENTIAL — FY2026 budget draft (not approved)"], [],
                                ["Item", "FY2025 (JPY)", "FY2026 (JPY)", "Change"],
                                ["Staff", 38400000, 44900000, "+17%"],
                                ["Rent & utilities", 9600000, 9800000, "+2%"],
                                ["Transport", 5200000, 5820000, "+12%"],
                                ["Learning materials", 1450000, 1600000, "+10%"],
                                ["Online pilot", 0, 2300000, "new"]],
                    "Funding": [["Source", "FY2026 (JPY)"],
                                ["Hinode Sangyo contribution", 42000000],
                                ["Morningstar grant (requested)", 12000000],
                                ["Individual donors", 6500000],
                                ["Municipal subsidy", 3920000]],
                },
            }
        ],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付XLSXのヘッダ・表題に CONFIDENTIAL の標示、海外の助成財団（社外）へ",
    },
    {
        "id": "futoko-033",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 社会貢献担当 <csr@kawasaki-denki.co.jp>"],
        "subject": "ご寄付受領のお礼と領収書送付のご案内",
        "body": """川崎電機株式会社
総務部 社会貢献ご担当 御中

拝啓　初秋の候、貴社ますますご清栄のこととお慶び申し上げます。
このたびはフリースクールひだまりの活動に多大なるご寄付を賜り、心より御礼申し上げます。

　受領日　　：2025年9月5日
　ご寄付金額：1,000,000円
　領収書番号：HMF-R-2025-0187

領収書の原本は本日郵送いたしました。税務上の手続きに必要な当財団の情報は以下のとおりです。

　一般財団法人 日の出みらい財団
　法人番号：""" + ZAIDAN_CORP + """
　所在地：神奈川県鷹ノ台市本町2-1-1 日の出産業鷹ノ台ビル3F

いただいたご寄付は、瀬川教室の学習用タブレットの更新に充てさせていただきます。
今後とも変わらぬご支援を賜りますようお願い申し上げます。
敬具
""" + SIG_AOYAGI,
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "法人寄付へのお礼と領収書番号・財団の法人番号：法人情報のみの通常業務",
    },
    {
        "id": "futoko-034",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 社会貢献担当 <csr@kawasaki-denki.co.jp>",
               "北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>",
               "みなと建設 広報室 <koho@minato-kensetsu.co.jp>"],
        "subject": "2025年度 活動報告会のご案内",
        "body": """ご支援企業ご担当者様

平素よりフリースクールひだまりの活動にご支援を賜り、誠にありがとうございます。
本年度の活動報告会を下記のとおり開催いたします。

　日時：2025年11月14日（金）15:00～16:30（終了後、教室見学）
　会場：日の出産業鷹ノ台ビル 5F 大会議室
　内容：理事長挨拶／2025年度活動報告／卒業生と保護者のお話／質疑応答

ご出席の可否を10月31日までにご返信いただけますと幸いです。
お忙しいところ恐縮ですが、ご参加をお待ちしております。
""" + SIG_AOYAGI,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "寄付企業3社の担当者をToに並べた案内：社外3組織が互いに見える（Bccにすべき）",
    },
    {
        "id": "futoko-035",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["芦田 先生 <ashida@takanodai-nishi.ed.jp>"],
        "subject": "1学期 通所状況のまとめ（西中在籍の5名）",
        "body": """芦田先生

先日はありがとうございました。ひだまりの長谷部です。
ご依頼の1学期の通所状況を、5名分まとめてPDFにしました。
校長先生への出席扱いのご報告にお使いください。

各生徒の学習内容の詳細は、別途個別の報告書でお送りします。
""" + SIG_HASEBE,
        "attachments": [
            {
                "kind": "pdf",
                "name": "1学期通所状況_西中.pdf",
                "title": "1学期 通所状況報告（鷹ノ台市立西中学校在籍）",
                "lines": ["1学期 通所状況報告（鷹ノ台市立西中学校 在籍生徒）",
                          "フリースクールひだまり 鷹ノ台教室　2025年7月25日",
                          ""],
                "table": [
                    ["氏名", "学年", "生年月日", "4月", "5月", "6月", "7月", "計"],
                    ["鬼塚 結衣", "3", "2010/11/08", "12", "15", "16", "9", "52"],
                    ["御手洗 航", "2", "2011/03/29", "8", "10", "14", "7", "39"],
                    ["蜂須賀 拓真", "1", "2012/08/01", "3", "6", "11", "8", "28"],
                    ["仁科 このみ", "2", "2011/05/18", "15", "17", "18", "10", "60"],
                    ["薬師寺 隼", "3", "2010/09/02", "0", "4", "9", "6", "19"],
                ],
            }
        ],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "生徒5名の氏名・生年月日・月別通所日数のPDF表を学校（社外）へ",
    },
    {
        "id": "futoko-036",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["特別支援コーディネーター 藤堂先生 <todo@segawa2-jh.ed.jp>"],
        "subject": "RE: 蔵本さんの支援会議について",
        "body": """藤堂先生

ご連絡ありがとうございます。ひだまりの宇佐美です。
10月2日（木）16時、学校の相談室で承知しました。
当方からは宇佐美と、担当スタッフの安曇の2名で伺います。

よろしくお願いいたします。

宇佐美

-----Original Message-----
From: 藤堂 真由美 <todo@segawa2-jh.ed.jp>
Sent: Monday, September 22, 2025 5:12 PM
To: usami.kaoru@hinode-sangyo.co.jp
Subject: 蔵本さんの支援会議について

宇佐美様

瀬川第二中の藤堂です。いつもお世話になっております。
1年の蔵本 湊さんについて、保護者から医療機関の診断書
（限局性学習症（読字障害）、2025年6月 こころの森クリニック）の提出がありました。
校内で合理的配慮（タブレットでの読み上げ、テストの時間延長）を検討しますので、
ひだまりでの様子も含めて支援会議を開きたいと思います。
10月2日（木）16時はいかがでしょうか。

藤堂
""",
        "entities": [],
        "detectors": [],
        "note": "診断名は返信先の学校自身のメール（Original Message 以下）の引用。新しい本文は日程の返事だけ",
    },
    {
        "id": "futoko-037",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 鷹ノ台支店 法人営業 <takanodai-hojin@midori-glnko.co.jp>"],
        "subject": "口座振替（寄付会員）追加登録のお願い",
        "body": """みどり銀行 鷹ノ台支店
法人営業ご担当 様

いつもお世話になっております。日の出みらい財団の森永です。
寄付会員の口座振替について、1件追加登録をお願いいたします。

　会員名　：柚木 貴之 様
　引落口座：みどり銀行 瀬川支店 普通 5208831
　口座名義：ユノキ タカユキ
　金額　　：毎月 2,000円（11月27日引落分から）

口座振替依頼書の原本は本日、支店宛てに郵送しました。
よろしくお願いいたします。
""" + SIG_MORINAGA,
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "宛先が midori-ginko.co.jp ではなく midori-glnko.co.jp（i→l の類似ドメイン）",
    },
    {
        "id": "futoko-038",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["教頭 榊原先生 <sakakibara@sakuradai-es.takanodai.ed.jp>"],
        "subject": "9月分 通所状況のご報告（一之瀬さん・百目鬼さん）",
        "body": """鷹ノ台市立桜台小学校
教頭 榊原先生

お世話になっております。フリースクールひだまりの長谷部です。
桜台小に在籍のお二人の9月分の通所状況をご報告いたします。

■ 6年 一之瀬 凛さん
　通所 16日／開室 19日。国語・算数はドリル中心、図工の作品（木工）を制作中。
■ 4年 百目鬼 葵さん
　通所 8日／開室 19日。午前のみの通所。漢字練習と読み聞かせ、畑の水やり当番。

お二人とも10月の運動会の見学を希望しています。当日の入校方法についてご相談させてください。
""" + SIG_HASEBE,
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "在籍校へ児童2名の通所状況の報告：少人数、要配慮情報なし",
    },
    {
        "id": "futoko-039",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["中央児童相談所 相談調査課 <sodan-chosa@kodomo.pref.kanagawa.lg.jp>"],
        "subject": "【情報提供】通所児童の身体のあざについて",
        "body": """神奈川県中央児童相談所
相談調査課 御中

本日お電話した、フリースクールひだまりの宇佐美です。
通所児童について、以下のとおり情報提供いたします。

　児童：左右田 蓮（そうだ れん）　小学5年（鷹ノ台市立桜台小学校）
　生年月日：2014年1月25日
　住所：神奈川県鷹ノ台市桜台4-11-6
　同居家族：母、母の交際相手（30代男性）

9月16日、着替えの際に左上腕と背中に複数の青あざを確認しました。
本人は「おじさんに押されて階段から落ちた」「言うと怒られる」と話しています。
8月にも頬の腫れがあり、母は「転んだ」と説明していました。
本日の帰宅は通常どおり15:30の送迎便です。

学校（桜台小）には同時に連絡しております。
今後の対応についてご指示をお願いいたします。
""" + SIG_USAMI,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "児童1名の虐待（犯罪被害）の疑いと負傷の状況を児童相談所へ：要配慮個人情報",
    },
    {
        "id": "futoko-040",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["星野教材 受注センター <juchu@hoshino-kyozai.co.jp>"],
        "subject": "返品商品の発送完了（注文番号 HK-250811-033）",
        "body": """星野教材株式会社 受注センター御中

お世話になっております。ひだまり瀬川教室の川端です。
先日ご連絡した返品商品を、本日ヤマト運輸で発送しました。

　注文番号：HK-250811-033
　返品商品：
　　KZ-2041 中学数学 基礎ドリル（2年）　　 10冊
　　KZ-2042 中学数学 基礎ドリル（3年）　　　5冊
　　EN-5510 中学英単語カード 1200　　　　　 8セット
　送り状番号：
　　4621-3390-7715
　　4621-3390-7726
　　4621-3390-7730

返金は前回と同様、請求書での相殺で構いません。
到着後、検品結果をご連絡いただけますと幸いです。
""" + SIG_KAWABATA,
        "entities": [],
        "detectors": [],
        "note": "注文番号・商品コード・送り状（追跡）番号だけの取引メール",
    },
    {
        "id": "futoko-041",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["子ども未来課 <kodomo-mirai@city.takanodai.lg.jp>"],
        "subject": "令和6年度 実績報告書の提出",
        "body": """鷹ノ台市 子ども未来課 御中

お世話になっております。日の出みらい財団 事務局の田村です。
令和6年度 不登校児童生徒支援事業補助金の実績報告書一式を提出いたします。
ファイルが複数あるためZIPにまとめております。

・実績報告書（Word）
・利用者一覧（CSV）
・収支決算書（Excel）

ご査収のほどよろしくお願いいたします。
""" + SIG_TAMURA,
        "attachments": [
            {
                "kind": "zip",
                "name": "R6実績報告_ひだまり.zip",
                "files": [
                    {"kind": "docx", "name": "R6実績報告書.docx",
                     "paragraphs": ["令和6年度 不登校児童生徒支援事業 実績報告書",
                                    "事業者：一般財団法人 日の出みらい財団",
                                    "利用者数：鷹ノ台市在住 18名（延べ通所 2,914人日）",
                                    "主な取組：学習支援、体験活動、保護者相談、在籍校との連携"]},
                    {"kind": "csv", "name": "R6利用者一覧.csv", "encoding": "utf-8",
                     "rows": [["氏名", "生年月日", "住所", "学年", "保護者電話", "通所日数"]]
                     + [[c[0], c[5], c[9], c[3], c[8], str(120 + 7 * i)]
                        for i, c in enumerate(_children_rows([0, 1, 3, 6, 7, 8, 11]))]},
                    {"kind": "xlsx", "name": "R6収支決算書.xlsx",
                     "sheets": {"収支": [["科目", "予算", "決算"],
                                         ["人件費", 28000000, 27420000],
                                         ["賃借料", 4800000, 4800000],
                                         ["補助金", 3600000, 3600000]]}},
                ],
            }
        ],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP（暗号化なし）内のCSVに利用者7名の住所・生年月日・電話、市役所（社外）へ",
    },
    {
        "id": "futoko-042",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["教職課程支援室 <kyoshoku@takanodai-u.ac.jp>"],
        "subject": "Re: 教育実習前体験の受入れと誓約書について",
        "body": """鷹ノ台大学 教職課程支援室
ご担当 今井様

お世話になっております。日の出みらい財団の田村です。

体験実習の受入れについて、財団の理事会で承認が得られました。
受入れにあたり、学生さんには当財団所定の「秘密保持に関する誓約書」への署名をお願いしております。
大学様の様式（守秘義務誓約書）で代用できるかとのお尋ねですが、以下の2点が含まれていれば
大学様の様式で差し支えありません。

・活動中に知り得た児童・保護者の情報を、実習記録やSNSを含め外部に漏らさないこと
・実習記録に児童の氏名を記載せず、イニシャルも使わないこと

実習開始の1週間前までに、署名済みの誓約書をお送りください。
""" + SIG_TAMURA,
        "entities": [],
        "detectors": [],
        "note": "秘密保持の誓約書（NDA）についての相談：個人データも機密標示もない",
    },
    {
        "id": "futoko-043",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "安曇 かおり <azumi.kaori@hinode-sangyo.co.jp>",
        "to": ["takumi.hase@outlook.jp"],
        "subject": "FW: 保護者会 連絡網（2学期）",
        "body": """長谷先生

おつかれさまです、安曇です。
土曜の保護者会の受付をお願いすることになったので、
保護者会の役員さんから届いた連絡網を転送します。
当日、欠席の連絡が来たらこちらで確認してください。

----- Forwarded Message -----
From: 四十物 浩二 <aimono.koji@outlook.jp>
To: azumi.kaori@hinode-sangyo.co.jp
Date: 2025/09/03 21:14
Subject: 保護者会 連絡網（2学期）

安曇さん
2学期の連絡網をまとめました。スタッフの方で共有お願いします。

1. 佐伯 真理子（陽向 中2）　090-4418-2736　m.saeki77@gmail.com
2. 一之瀬 剛（凛 小6）　080-3321-9054　tsuyoshi.ichinose@yahoo.co.jp
3. 蔵本 由香（湊 中1）　070-5582-1147　kuramoto-yuka@yahoo.co.jp
4. 鬼塚 健一（結衣 中3）　090-7765-0321　onizuka.ken1@icloud.com
5. 四十物 浩二（紬 中2）　090-2254-8810　aimono.koji@outlook.jp
6. 東海林 美穂（大和 中1）　080-6613-4402　miho-shoji@ezweb.ne.jp
7. 百目鬼 聡（葵 小4）　070-8841-2209　s.domeki@gmail.com
8. 月見里 純子（ひより 中1）　070-2367-9921　junko.yamanashi@icloud.com

四十物
""" + """
--
フリースクール ひだまり 学習支援スタッフ
安曇 かおり　azumi.kaori@hinode-sangyo.co.jp""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "保護者8名の連絡網を含むメールを外部講師の個人アドレスへ転送（転送は新しい内容）",
    },
    {
        "id": "futoko-044",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["やすらぎ保険サービス 矢作様 <yahagi@yasuragi-hoken.co.jp>"],
        "subject": "ボランティア運転者の追加（送迎車両保険）",
        "body": """やすらぎ保険サービス
矢作様

お世話になっております。ひだまりの川端です。
送迎用車両（品川 300 に 41-08）の運転者限定特約に、
ボランティアドライバー1名の追加をお願いいたします。

　氏名　　　：鮫島 義男（さめじま よしお）
　生年月日　：昭和31年4月2日
　住所　　　：神奈川県瀬川市北町2-9-15
　運転免許証：第 452013384970 号（ゴールド、有効期限 令和10年5月2日）

開始日は10月1日からでお願いします。
追加保険料の見積もあわせていただけますと幸いです。
""" + SIG_KAWABATA,
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "ボランティア1名の運転免許証番号・生年月日・住所を保険代理店へ",
    },
    {
        "id": "futoko-045",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["NPO法人つなぐ 事務局 丸尾様 <office@npo-tsunagu.or.jp>"],
        "subject": "合同キャンプの宿泊先候補",
        "body": """NPO法人つなぐ
丸尾様

おつかれさまです。ひだまりの川端です。
来春の合同キャンプの宿泊先候補を調べましたので共有します。
いずれも団体受付の代表番号です。

1) さくらホテル 丹沢　　　　 秦野市寺山1120　　 0463-82-5511　和室14室、会議室あり
2) 県立 あしがら青少年の家　 南足柄市内山280　　0465-73-2202　 自炊可、1泊1,800円
3) ペンション ほしぞら　　　 山北町中川610　　　0465-78-3390　 貸切最大30名
4) 道志の森キャンプ村　　　　道志村大室指3412　 0554-52-2051　 バンガロー12棟

1)は昨年の夏合宿で利用し、対応がとても丁寧でした。
来週の打合せで絞り込めればと思います。
""" + SIG_KAWABATA,
        "entities": [],
        "detectors": [],
        "note": "宿泊施設（事業者）の所在地・代表電話の一覧：人の名簿ではない",
    },
    {
        "id": "futoko-046",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["特別支援コーディネーター 藤堂先生 <todo@segawa2-jh.ed.jp>"],
        "subject": "支援会議資料（蔵本さん 個別支援計画）",
        "body": """藤堂先生

先日はありがとうございました。ひだまりの宇佐美です。
10/2の支援会議で使った、ひだまり側の個別支援計画をPDFでお送りします。
学校での合理的配慮の検討にお役立てください。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "個別支援計画_蔵本湊.pdf",
                "title": "個別支援計画",
                "lines": [
                    "個別支援計画（2025年度 後期）　フリースクールひだまり 瀬川教室",
                    "氏名：蔵本 湊（くらもと みなと）　生年月日：2012年9月27日　在籍：瀬川市立第二中学校 1年",
                    "診断：限局性学習症（読字障害）　2025年6月 こころの森クリニック",
                    "WISC-V：全検査IQ 98、ワーキングメモリー 82（有意に低い）",
                    "支援目標：音声教材を使って教科書内容を理解する／自分から配慮を申し出られる",
                    "手だて：読み上げアプリ、拡大・分かち書きプリント、口頭での回答を認める",
                    "保護者の意向：高校進学を希望。受験時の配慮申請を検討したい。",
                ],
            }
        ],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "生徒1名の診断名・検査結果を含む個別支援計画PDFを学校（社外）へ：要配慮個人情報",
    },
    {
        "id": "futoko-047",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["Ms. Rachel Donovan <r.donovan@morningstar-foundation.org>"],
        "subject": "Scholarship recipients for the 2025 summer program",
        "body": """Dear Rachel,

As requested for your audit, here are the children who received the Morningstar
summer program scholarship this year. Their guardians agreed to share these
details with the foundation.

Name               Date of birth   School (grade)                  Guardian e-mail
-----------------  --------------  ------------------------------  ------------------------------
Hinata Saeki       14 Jun 2011     Takanodai Higashi JHS (8)       m.saeki77@gmail.com
Rin Ichinose       3 Feb 2013      Sakuradai Elementary (6)        tsuyoshi.ichinose@yahoo.co.jp
Minato Kuramoto    27 Sep 2012     Segawa No.2 JHS (7)             kuramoto-yuka@yahoo.co.jp
Sora Maeda         30 Apr 2014     Higashihara Elementary (5)      chiaki.maeda@docomo.ne.jp
Tsumugi Aimono     19 Dec 2011     Segawa No.1 JHS (8)             aimono.koji@outlook.jp

Each scholarship covered JPY 48,000 (camp, transport and materials).
Receipts are in the shared folder you have access to.
""" + SIG_EN,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English: 奨学金受給児童5名の氏名（ローマ字）・生年月日・保護者メールを海外財団へ",
    },
    {
        "id": "futoko-048",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["本社経理部 予算担当 <keiri-yosan@hinode-sangyo.co.jp>"],
        "cc": ["田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】財団 2026年度予算（拠出金要望額）",
        "body": """【社外秘】

本社経理部 予算ご担当各位

財団経理の森永です。
2026年度の本社拠出金の要望額を以下のとおり提出します。

　人件費　　　　　　　2,840万円（常勤相談員1名増）
　教室賃借料　　　　　　980万円
　送迎委託費　　　　　　582万円
　その他事業費　　　　　410万円
　合計　　　　　　　　4,812万円（前年比 +14.6%）

第3教室の開設費用は、理事会承認後に別途補正で要望します。
内容についてのご質問は私まで。
""" + SIG_MORINAGA,
        "entities": [],
        "detectors": [],
        "note": "「社外秘」標示の予算資料だが宛先はすべて社内",
    },
    {
        "id": "futoko-049",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["東原町教育委員会 学校教育係 <gakko@town.higashihara.lg.jp>"],
        "subject": "7月分 出席状況報告の送付",
        "body": """東原町教育委員会
学校教育係 ご担当者様

お世話になっております。フリースクールひだまりの長谷部です。
東原町在籍の児童2名の7月分出席状況報告をExcelでお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_HASEBE,
        "attachments": [{"kind": "corrupt", "name": "出席状況報告_7月_東原町.xlsx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付のXLSXが壊れていて読めない（検査不能な添付）",
    },
    {
        "id": "futoko-050",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortiz <d.ortiz@learnfree-alliance.org>"],
        "subject": "Your study visit to Hidamari on 21 October",
        "body": """Dear Daniel,

Thank you for your interest in visiting our free school. We are happy to host
your delegation on Tuesday 21 October.

Proposed schedule:
 10:00  Welcome and overview of school refusal (futoko) support in Japan
 10:45  Tour of the Takanodai site (children's faces will not be photographed)
 11:30  Q&A with our counsellor and two graduates' parents
 12:15  Lunch (bento) and close

Please let us know the number of visitors and any dietary requirements by
10 October. The nearest station is Takanodai (Odakyu line), 5 minutes on foot.
""" + SIG_EN + "\n" + DISCLAIMER_EN,
        "html": """<html><body><p>Dear Daniel,</p>
<p>Thank you for your interest in visiting our free school. We are happy to host
your delegation on Tuesday 21 October.</p>
<ul><li>10:00 Welcome and overview of school refusal (futoko) support in Japan</li>
<li>10:45 Tour of the Takanodai site (children's faces will not be photographed)</li>
<li>11:30 Q&amp;A with our counsellor and two graduates' parents</li>
<li>12:15 Lunch (bento) and close</li></ul>
<p>Please let us know the number of visitors and any dietary requirements by 10 October.</p>
<p>Best regards,<br>Natsumi Aoyagi<br>Hinode Mirai Foundation</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments may contain confidential
information. If you are not the intended recipient, please notify the sender immediately and
delete this e-mail.</p></body></html>""",
        "entities": [],
        "detectors": [],
        "note": "English: 視察の日程案内（text+HTML）、末尾は定型の免責文のみ",
    },
]

# ---------------------------------------------------------------------------- 051-075

MESSAGES += [
    {
        "id": "futoko-051",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
        "subject": "管理者アカウント追加発行のお願い",
        "body": """ツバサシステム株式会社
サポートデスク御中

日の出産業 情報システム部の大槻です。
出席管理システム（契約番号 TS-HM-0093）について、
瀬川教室のスタッフ用に管理者アカウントを2件追加発行いただけますでしょうか。

　1. 川端（瀬川教室）　権限：教室管理者
　2. 安曇（瀬川教室）　権限：一般（出欠入力のみ）

初期パスワードは、いつもどおり私宛てに書面でお送りください。
""" + SIG_OTSUKI,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先が tsubasa-system.jp ではなく tsubasa-sytem.jp（s が1文字落ちた類似ドメイン）",
    },
    {
        "id": "futoko-052",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["伊東社会保険労務士事務所 <office@ito-sr.jp>"],
        "subject": "英語講師（非常勤）の雇用手続きについて",
        "body": """伊東社会保険労務士事務所
伊東先生

お世話になっております。日の出みらい財団の田村です。
10月から非常勤で英語講師として雇用する方について、雇用契約書の作成と
外国人雇用状況届出をお願いしたく、情報をお送りします。

　氏名（ローマ字）：REYES ANGELICA MAE
　国籍・地域　　　：フィリピン
　生年月日　　　　：1994年8月17日
　在留資格　　　　：技術・人文知識・国際業務
　在留カード番号　：UH48210937EA
　在留期間満了日　：2027年3月14日
　勤務条件　　　　：週2日（火・金）10:00～15:00、時給1,600円

在留カードの表裏のコピーは郵送いたします。
ほかに必要な情報があればお知らせください。
""" + SIG_TAMURA,
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "講師1名の在留カード番号・生年月日を社労士事務所へ",
    },
    {
        "id": "futoko-053",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["イベントスペース ルーチェ 予約係 <reserve@event-space-luce.jp>"],
        "subject": "11/29 不登校を考える講演会　登壇者の当日連絡先",
        "body": """イベントスペース ルーチェ
予約係 ご担当者様

お世話になっております。日の出みらい財団の青柳です。
11月29日（土）の講演会について、会場入りの際に受付からご連絡いただけるよう、
登壇者3名の当日連絡先をお知らせします。

　講演　　　　：菅沼 千尋 先生（鷹ノ台大学 教育学部）　携帯 090-6621-0874
　体験談　　　：保護者 笹倉 恵子 様　　　　　　　　　　 携帯 080-3317-5629
　パネル進行　：臨床心理士 五味 真司 様　　　　　　　　 携帯 070-2284-1136

搬入は12:30、開場は13:30の予定です。当日は私も12時に伺います。
""" + SIG_AOYAGI,
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "登壇者3名の当日の携帯番号を会場へ：少人数の連絡先なので通す（警告可）",
    },
    {
        "id": "futoko-054",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["配車センター 小野寺様 <haisha@aoba-unyu.co.jp>"],
        "cc": ["瀬川営業所 <segawa-eigyo@aoba-unyu.co.jp>"],
        "subject": "2学期 送迎ルート表（瀬川・東原）差し替え版",
        "body": """小野寺様

お世話になっております。ひだまりの川端です。
瀬川ルート・東原ルートのルート表の差し替え版をお送りします。
（ドライバーさんの端末の都合で、いつもの xls 形式にしています）

変更点：
・蔵本くんの乗車場所を変更（転居）
・五十嵐さんを火・木便に追加

よろしくお願いいたします。
""" + SIG_KAWABATA,
        "attachments": [
            {
                "kind": "xls",
                "name": "送迎ルート表_2学期_瀬川東原.xls",
                "sheets": {
                    "瀬川ルート": [
                        ["順", "時刻", "児童氏名", "学年", "乗車場所（住所）", "保護者", "連絡先"],
                        [1, "8:40", "四十物 紬", "中2", "神奈川県瀬川市栄町6-1-3", "四十物 浩二", "090-2254-8810"],
                        [2, "8:52", "月見里 ひより", "中1", "神奈川県瀬川市北町3-8-14", "月見里 純子", "070-2367-9921"],
                        [3, "9:05", "蔵本 湊", "中1", "神奈川県瀬川市中央2-15-3", "蔵本 由香", "070-5582-1147"],
                        [4, "9:12", "鳩山 聖", "中2", "神奈川県瀬川市中央4-3-21", "鳩山 敦子", "080-7725-3190"],
                    ],
                    "東原ルート": [
                        ["順", "時刻", "児童氏名", "学年", "乗車場所（住所）", "保護者", "連絡先"],
                        [1, "8:30", "真栄田 蒼空", "小5", "神奈川県愛甲郡東原町上原555-2", "真栄田 千秋", "080-1290-6643"],
                        [2, "8:41", "五十嵐 芽依", "小6", "神奈川県愛甲郡東原町下原1203", "五十嵐 圭", "080-9034-5518"],
                        [3, "8:55", "丹羽 ことね", "小6", "神奈川県瀬川市南町1-4-9", "丹羽 由紀", "090-1184-5526"],
                        [4, "9:03", "唐沢 新", "中3", "神奈川県瀬川市南町3-11-2", "唐沢 俊介", "070-4450-6613"],
                    ],
                },
            }
        ],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "送迎児童8名の住所・保護者連絡先の旧形式XLSを送迎委託先へ",
    },
    {
        "id": "futoko-055",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["配車センター 小野寺様 <haisha@aoba-unyu.co.jp>"],
        "cc": ["鷹ノ台交通 営業課 坂巻様 <sakamaki@takanodai-kotsu.co.jp>"],
        "subject": "来年度の送迎体制についての打合せ",
        "body": """青葉運輸 小野寺様
鷹ノ台交通 坂巻様

お世話になっております。ひだまりの川端です。
来年度、東原町方面の利用者が増える見込みのため、
青葉運輸さんの定期便に加えて、鷹ノ台交通さんのジャンボタクシーでの
補完便をお願いできないか検討しています。

一度、三者で打合せの場を設けさせてください。
　候補：10月20日（月）14:00／10月22日（水）10:00／10月23日（木）15:00
　場所：ひだまり鷹ノ台教室

現行のルート概要（便数・所要時間）は打合せの場でご説明します。
""" + SIG_KAWABATA,
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織（運送会社とタクシー会社）への三者打合せの日程調整",
    },
    {
        "id": "futoko-056",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
        "subject": "昼食弁当　個別対応のお願い（10月から）",
        "body": """北国フーズ株式会社
給食事業部 ご担当者様

いつもおいしいお弁当をありがとうございます。ひだまりの川端です。
10月から新しく通所する児童1名について、個別対応をお願いできますでしょうか。

　氏名：ラフマン 海斗（らふまん かいと）さん　小5
　内容：ご家庭がイスラム教を信仰されているため、豚肉・豚由来のエキス・
　　　　アルコール（みりん・料理酒を含む）を使わないお弁当を希望されています。
　　　　ハラール認証までは求めないとのことです。
　利用日：月・水・金

対応が難しい場合は、ご家庭からお弁当を持参いただく形にしますので、
可否と追加料金の有無をお知らせください。
""" + SIG_KAWABATA,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "児童1名の家庭の信仰（宗教）を弁当業者へ：要配慮個人情報（信条）",
    },
    {
        "id": "futoko-057",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 CSR担当 <csr@kitaguni-foods.co.jp>"],
        "subject": "2024年度 年次報告（概要）",
        "body": """北国フーズ株式会社
総務部 CSRご担当 様

いつもご支援ありがとうございます。日の出みらい財団の青柳です。
貴社の統合報告書へのご掲載用に、2024年度の活動の概要をお送りします。

・利用児童数　　：延べ 52名（年度末在籍 40名）、小学生 17名／中学生 35名
・延べ通所日数　：6,820人日
・在籍校で出席扱いとなった児童：38名（全体の 73%）
・発達特性のある児童：19名（診断・疑いを含む、本人・保護者の申告による）
・学校復帰・進学　：中3の 11名全員が高校等へ進学（全日制 5名、通信制 6名）
・保護者相談　　：延べ 214件

個人が特定される情報は含めておりません。写真は掲載許諾済みのものを別途お送りします。
""" + SIG_AOYAGI,
        "entities": [],
        "detectors": [],
        "note": "集計値のみの年次報告（発達特性も人数の統計）：特定の個人に結び付かない",
    },
    {
        "id": "futoko-058",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
        "subject": "ご相談資料の送付（保護者対応の件）",
        "body": """白川法律事務所
白川先生

お世話になっております。日の出みらい財団の田村です。
来週木曜のご相談に先立ち、経緯をまとめた資料をお送りします。
保護者の方のお名前は伏せてあります。

ご多忙のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_TAMURA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "経緯報告_保護者対応.pdf",
                "title": "経緯報告",
                "page_header": "取扱注意",
                "page_footer": "取扱注意　日の出みらい財団 事務局",
                "lines": [
                    "経緯報告（保護者Aからの申入れについて）",
                    "2025/7/14　保護者Aより、夏合宿の参加費返金を求める電話（約40分）。",
                    "2025/7/22　保護者A来所。教室長・事務局で対応。返金規定を説明。",
                    "2025/8/02　保護者AよりSNSへの投稿を示唆するメール。",
                    "2025/8/20　財団として規定どおり50%の返金を書面で回答。",
                    "今後の対応方針（案）：書面でのやり取りに限定、窓口を事務局に一本化。",
                ],
            }
        ],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PDFのヘッダ・フッタに「取扱注意」の標示（相手が顧問弁護士でも社外）",
    },
    {
        "id": "futoko-059",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["教育支援センターあおぞら 福永様 <aozora@city.takanodai.lg.jp>"],
        "subject": "9/25 ケース会議資料",
        "body": """福永様

お世話になっております。ひだまりの宇佐美です。
明日のケース会議で投影する資料を先にお送りします。
印刷は当日こちらで用意しますので、会議後はデータの削除をお願いします。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "pptx",
                "name": "ケース会議_20250925.pptx",
                "slides": [
                    ["ケース会議 2025年9月25日", "フリースクールひだまり × 教育支援センターあおぞら",
                     "対象：鷹ノ台市在籍の継続支援児童 5名"],
                    ["対象児童一覧",
                     "佐伯 陽向（中2・東中）保護者 090-4418-2736　起立性調節障害（通院中）",
                     "一之瀬 凛（小6・桜台小）保護者 080-3321-9054　自閉スペクトラム症・社交不安症",
                     "鬼塚 結衣（中3・西中）保護者 090-7765-0321　特記なし、進路相談中",
                     "御手洗 航（中2・西中）保護者 090-5120-7786　ADHD（服薬中）",
                     "百目鬼 葵（小4・桜台小）保護者 070-8841-2209　場面緘黙（未診断）"],
                    ["論点", "・学校との連携の優先順位", "・中3の進路（鬼塚さん）",
                     "・服薬中の児童の午後の過ごし方"],
                ],
            }
        ],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PPTXに児童5名の保護者電話と診断名：名簿かつ要配慮個人情報、市の機関（社外）へ",
    },
    {
        "id": "futoko-060",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 平塚様 <hiratsuka@nishiki-insatsu.co.jp>"],
        "subject": "ひだまり通信 秋号 入稿データ",
        "body": """錦印刷株式会社
制作部 平塚様

お世話になっております。日の出みらい財団の青柳です。
ひだまり通信 秋号の入稿データをZIPでお送りします。

・原稿（Word）1点
・ロゴ（PNG）1点
・写真は先日のクラウド共有のとおりです

校正は10月1日までにPDFでいただけますと助かります。
部数は前号と同じ1,200部でお願いします。
""" + SIG_AOYAGI,
        "attachments": [
            {
                "kind": "zip",
                "name": "ひだまり通信_秋号_入稿.zip",
                "files": [
                    {"kind": "docx", "name": "秋号_原稿.docx",
                     "paragraphs": ["ひだまり通信 2025年 秋号",
                                    "■ 夏合宿レポート：18人で丹沢へ。星空観察と川遊びを楽しみました。",
                                    "■ 生徒の作品から（中2・Hさん）「ひだまりに来て、朝がこわくなくなった」",
                                    "■ 保護者会のお知らせ：11月8日（土）10:00～",
                                    "■ ご寄付のお願い：マンスリーサポーター募集中"]},
                    {"kind": "png", "name": "logo_hidamari.png"},
                ],
            }
        ],
        "entities": [],
        "detectors": [],
        "note": "会報の原稿とロゴのZIP（暗号化なし）を印刷会社へ：個人データなし",
    },
    {
        "id": "futoko-061",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["伊東社会保険労務士事務所 <office@ito-sr.jp>"],
        "subject": "社会保険 資格取得届の作成依頼（支援員1名）",
        "body": """伊東先生

いつもお世話になっております。日の出みらい財団の田村です。
10月1日付で週30時間勤務となる支援員1名の、社会保険の資格取得をお願いします。

　氏名　　　　：安曇 かおり（あずみ かおり）
　生年月日　　：平成4年2月11日
　住所　　　　：神奈川県鷹ノ台市緑町4-6-1 グリーンコート302
　基礎年金番号：4512-083367
　報酬月額　　：218,000円

扶養家族はいません。年金手帳の写しは本日郵送しました。
""" + SIG_TAMURA,
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "職員1名の基礎年金番号・生年月日・住所を社労士事務所へ",
    },
    {
        "id": "futoko-062",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "安曇 かおり <azumi.kaori@hinode-sangyo.co.jp>",
        "to": ["yuto.kirishima.tutor@gmail.com", "takumi.hase@outlook.jp"],
        "cc": ["anna.makita@yahoo.co.jp", "asari.mitsuki@takanodai-u.ac.jp"],
        "subject": "10月の学習支援シフト（確定版）",
        "body": """講師・ボランティアの皆さま

おつかれさまです。ひだまりの安曇です。
10月のシフトが確定しました。

　月　霧島先生（数学）／浅利さん（見守り）
　火　長谷先生（英語）
　水　蒔田先生（国語）／浅利さん（見守り）
　木　霧島先生（数学）
　金　長谷先生（英語）／蒔田先生（国語）

10/13（月・祝）は休室です。
都合が悪くなった場合は、前日までに私まで連絡をお願いします。
""" + """
--
フリースクール ひだまり 学習支援スタッフ
安曇 かおり""",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "講師ら4名（個人のフリーメール3名と大学1名）をTo/Ccに並べて送信：互いに見える",
    },
    {
        "id": "futoko-063",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 給食事業部 <kyushoku@kitaguni-foods.co.jp>"],
        "subject": "FW: 夏合宿 お見積り（昼食の手配について）",
        "body": """北国フーズ 給食事業部 ご担当者様

お世話になっております。ひだまりの川端です。
夏合宿の2日目の昼食について、ホテルの弁当ではなく御社にお願いできないかと考えております。
ホテル側の見積メールを添付しますので、同条件（23食・11:30納品）でお見積りをいただけますか。
""" + SIG_KAWABATA,
        "attachments": [
            {
                "kind": "eml",
                "name": "さくらホテル_お見積り.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "さくらホテル 団体営業 <group-sales@sakura-hotel.jp>",
                    "to": ["kawabata.shun@hinode-sangyo.co.jp"],
                    "subject": "夏合宿 お見積り（No. SH-25-0718）",
                    "body": """日の出みらい財団 川端様

このたびはお問い合わせありがとうございます。
お見積りは以下のとおりです。

・1泊2食（和室4名1室）11,800円 × 23名
・会議室（半日）22,000円
・昼食弁当 1,200円 × 23食（11:30 お渡し）

有効期限：2025年7月31日

さくらホテル 丹沢 団体営業
TEL 0463-82-5511""",
                },
            }
        ],
        "entities": [],
        "detectors": [],
        "note": "ホテルの見積メール（取引情報のみ）を添付転送：個人データなし、社外1組織",
    },
    {
        "id": "futoko-064",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["瀬川市 子ども家庭課 <kodomo-katei@city.segawa.lg.jp>"],
        "subject": "利用者台帳（瀬川市在住分）の送付",
        "body": """瀬川市 子ども家庭課 御中

お世話になっております。ひだまり瀬川教室の川端です。
補助金の中間確認用に、利用者台帳（瀬川市在住分）をPDFでお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
""" + SIG_KAWABATA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "利用者台帳_瀬川市.pdf",
                "password": "segawa0915",
                "lines": ["利用者台帳（瀬川市在住）2025年9月15日現在"],
                "table": [["氏名", "生年月日", "住所", "保護者", "電話"]]
                + [[c[0], c[5], c[9], c[6], c[8]] for c in _children_rows([2, 5, 10])],
            }
        ],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード保護されたPDF：中身を検査できない",
    },
    {
        "id": "futoko-065",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["本社 総務部 健康管理室 <kenko@xn--hinode-sngyo-49j.co.jp>"],
        "subject": "財団職員の定期健康診断 日程の件",
        "body": """健康管理室 ご担当者様

お疲れさまです。財団事務局の田村です。
本社の定期健康診断に財団職員も合流させていただく件、ありがとうございます。

財団からの受診者は常勤8名です。
教室を空けられないため、11月の巡回健診のうち
11/12（水）と11/19（水）の2日に分けて受診させていただけますでしょうか。

受診者名簿は日程が決まりましたら社内便でお送りします。
""" + SIG_TAMURA,
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "宛先ドメインが xn--hinode-sngyo-49j.co.jp（キリル文字の а を使った自社ドメインのホモグリフ）",
    },
    {
        "id": "futoko-066",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>"],
        "subject": "出席管理システム 移行前バックアップ",
        "body": """長谷部さん

大槻です。
移行作業の前に、旧Accessの名簿データをバックアップしておきました。
念のためパスワード付きZIPで送ります（パスワードはTeamsで送ります）。
教室のNASにも同じものを置いてあります。

大槻""",
        "attachments": [
            {
                "kind": "zip",
                "name": "hidamari_backup_20250904.zip",
                "password": "bk-0904-Hdm",
                "files": [
                    {"kind": "csv", "name": "children.csv", "encoding": "cp932",
                     "rows": [["氏名", "生年月日", "住所", "保護者携帯"]]
                     + [[c[0], c[5], c[9], c[8]] for c in CHILDREN]},
                ],
            }
        ],
        "entities": [],
        "detectors": [],
        "note": "パスワード付きZIPだが宛先は社内のみ",
    },
    {
        "id": "futoko-067",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["Dr. Helen Keller-Brandt <h.kellerbrandt@brightpath-psych.org>"],
        "subject": "Case consultation: 14-year-old girl, social anxiety",
        "body": """Dear Dr. Keller-Brandt,

Thank you for agreeing to the monthly case consultation. With the parents'
consent, here is the summary for Thursday.

Client: Tsumugi Aimono, 14 (8th grade, Segawa No.1 JHS)
Diagnosis: social anxiety disorder (DSM-5), diagnosed March 2025 at
Kokoro-no-Mori Clinic; sertraline 25 mg since May.
History: stopped attending school in 7th grade after a bullying incident;
panic attacks on the train; self-harm (superficial cuts) twice in June,
none since.
At Hidamari: attends 3 days a week, mostly in the quiet room; started
joining the cooking group in September.

Questions for you:
1. Graded exposure towards her school's separate room - too early?
2. How to involve her father, who sees the anxiety as "laziness"?

Kind regards,
Kaoru Usami
Licensed psychologist, Hidamari Free School
Hinode Mirai Foundation""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "English: 生徒1名の診断名・服薬・自傷歴を海外の専門家へ：要配慮個人情報",
    },
    {
        "id": "futoko-068",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["しごとナビ 掲載担当 <keisai@shigoto-navi.jp>"],
        "subject": "求人掲載のお願い（学習支援スタッフ）",
        "body": """しごとナビ 掲載ご担当者様

お世話になっております。日の出みらい財団の田村です。
下記の求人の掲載をお願いいたします（掲載期間：10月6日〜11月2日）。

【職種】学習支援スタッフ（パート）
【仕事内容】不登校の小中学生への個別学習支援、体験活動の補助、見守り
【勤務地】フリースクールひだまり 鷹ノ台教室（鷹ノ台駅 徒歩5分）
【勤務時間】9:30〜15:30のうち4時間以上、週2日〜
【時給】1,300円〜（教員免許・心理系資格保有者は1,500円〜）
【応募方法】履歴書を下記までご郵送ください
　〒243-0611 神奈川県鷹ノ台市本町2-1-1 日の出産業鷹ノ台ビル3F
　一般財団法人 日の出みらい財団 採用担当
　TEL 046-281-5530（平日10:00〜17:00）

請求書は財団事務局宛てにお願いします。
""" + SIG_TAMURA,
        "entities": [],
        "detectors": [],
        "note": "求人広告の掲載依頼：事業所の住所・代表電話のみ",
    },
    {
        "id": "futoko-069",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["はなみちトラベル 法人営業 <hojin@hanamichi-travel.co.jp>"],
        "subject": "台湾 交流プログラム　参加者の旅券情報",
        "body": """はなみちトラベル株式会社
法人営業ご担当 様

お世話になっております。ひだまりの川端です。
12月の台湾・台中のフリースクール交流プログラムについて、
航空券手配に必要な参加生徒の旅券情報をお送りします。

氏名（旅券表記）　　　生年月日　　　旅券番号　　有効期限
ONIZUKA YUI　　　　　2010/11/08　　TK4820917　　2030/03/25
SAEKI HINATA　　　　 2011/06/14　　TR1137586　　2029/08/02
KURAMOTO MINATO　　　2012/09/27　　TS6605241　　2030/07/19

引率2名（川端・宇佐美）の分は社内の出張手配で別途お送りします。
""" + SIG_KAWABATA,
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "生徒3名の旅券番号・生年月日を旅行会社へ：身分証明書の番号",
    },
    {
        "id": "futoko-070",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "安曇 かおり <azumi.kaori@hinode-sangyo.co.jp>",
        "to": ["yuto.kirishima.tutor@gmail.com"],
        "subject": "講師向けの連絡ルールについて",
        "body": """霧島先生

おつかれさまです。ひだまりの安曇です。
講師の皆さんに改めてお願いしている連絡ルールをお送りします。

1. 生徒・保護者の個人情報や、財団の機密情報はメールやLINEに書かないでください。
　 生徒の様子は、教室の記録システムに入力をお願いします。
2. 生徒と個人的な連絡先の交換はしないでください。
3. 欠勤・遅刻の連絡は、教室の代表電話（046-281-5530）へお願いします。

いつもご協力ありがとうございます。

安曇""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "「機密情報」は注意書きの言及で標示ではない。フリーメールの講師1名宛て",
    },
    {
        "id": "futoko-071",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["イベントスペース ルーチェ 予約係 <reserve@event-space-luce.jp>"],
        "subject": "親子体験ワークショップ 参加者名簿",
        "body": """イベントスペース ルーチェ
予約係 ご担当者様

お世話になっております。日の出みらい財団の青柳です。
10/18の親子体験ワークショップについて、会場の入館受付用に
参加申込者の名簿をテキストファイルでお送りします。
（申込フォームから書き出したもので、氏名はローマ字表記です）
""" + SIG_AOYAGI,
        "attachments": [
            {
                "kind": "txt",
                "name": "workshop_1018_applicants.txt",
                "encoding": "utf-8",
                "text": """No,Name,Children,Email,Phone
1,Kanako Miyoshi,2,kanako.miyoshi@gmail.com,090-2214-6638
2,Shota Furuichi,1,furuichi.s@yahoo.co.jp,080-4471-0925
3,Megumi Tachibana,1,megu.tachibana@icloud.com,070-6632-1187
4,Daisuke Enomoto,2,d-enomoto@ezweb.ne.jp,090-8805-2341
5,Rika Hosokawa,1,rika.h.0722@gmail.com,080-1163-5572
6,Jun Kitagawa,1,kitagawa.jun@outlook.jp,070-3309-8814
""",
            }
        ],
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "申込者6名（ローマ字氏名・メール・電話）のテキスト添付を会場業者へ",
    },
    {
        "id": "futoko-072",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["水野先生 <mizuno-k@takanodai-higashi.ed.jp>", "m.saeki77@gmail.com"],
        "cc": ["坂口 指導主事 <sakaguchi-t@city.takanodai.lg.jp>"],
        "subject": "佐伯さんの三者面談（出席扱いについて）",
        "body": """水野先生、佐伯様、坂口様

お世話になっております。ひだまりの長谷部です。
陽向さんの2学期の出席扱いと、放課後登校の進め方について、
学校・ご家庭・ひだまり（教育委員会の坂口様にもご同席いただきます）で
お話しする場を設けたいと思います。

　日時：10月7日（火）16:00～17:00
　場所：東中学校 相談室

ご都合が悪い場合はお知らせください。
""" + SIG_HASEBE,
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "学校・教育委員会・保護者（個人）の社外3者がTo/Ccで互いに見える",
    },
    {
        "id": "futoko-073",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 団体営業 <group-sales@sakura-hotel.jp>"],
        "subject": "来年度の行事予定（宿泊の仮押さえのご相談）",
        "body": """さくらホテル 団体営業ご担当 様

いつもお世話になっております。ひだまりの川端です。
来年度の行事予定表をお送りします。
宿泊を伴う行事（夏合宿・冬のスキー教室）の仮押さえをご相談させてください。
""" + SIG_KAWABATA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "2026年度_行事予定.xlsx",
                "sheets": {
                    "行事予定": [["2026年度 フリースクールひだまり 年間行事予定"], [],
                                 ["月", "行事", "場所", "宿泊", "予定人数"],
                                 ["4月", "始業・オリエンテーション", "鷹ノ台教室", "なし", 45],
                                 ["5月", "遠足（森林公園）", "県立あしがら森林公園", "なし", 30],
                                 ["8月", "夏合宿", "さくらホテル 丹沢", "1泊", 24],
                                 ["11月", "活動報告会", "日の出産業鷹ノ台ビル", "なし", 80],
                                 ["1月", "スキー教室", "さくらホテル 丹沢（予定）", "2泊", 16],
                                 ["3月", "修了の会", "鷹ノ台教室", "なし", 50]],
                },
            }
        ],
        "entities": [],
        "detectors": [],
        "note": "年間行事予定のXLSX：人の情報なし",
    },
    {
        "id": "futoko-074",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["瀬川営業所 <segawa-eigyo@aoba-unyu.co.jp>"],
        "subject": "Re: 午後便の乗降場所の確認",
        "body": """青葉運輸 瀬川営業所 ご担当者様

お世話になっております。ひだまりの川端です。
午後便（15:30発）の降車場所、最新の内容は以下のとおりです。

・四十物 紬（中2）　瀬川市栄町6-1-3 マンション前　保護者 090-2254-8810
・月見里 ひより（中1）　瀬川市北町3-8-14 自宅前　保護者 070-2367-9921
・蔵本 湊（中1）　瀬川市中央2-15-3 ファミマ向かい　保護者 070-5582-1147
・鳩山 聖（中2）　瀬川市中央4-3-21 公園入口　保護者 080-7725-3190
・唐沢 新（中3）　瀬川市南町3-11-2 自宅前　保護者 070-4450-6613

月見里さんは10月から午後便のみの利用になります。
よろしくお願いいたします。

> 日の出みらい財団 川端様
> 午後便の降車場所について、ドライバーの手元の表が古いようです。
> 最新版をお送りいただけますか。
> 青葉運輸 瀬川営業所 金子
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "返信だが、新しく書いた本文に児童5名の降車場所・保護者電話がある",
    },
    {
        "id": "futoko-075",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["Daniel Ortiz <d.ortiz@learnfree-alliance.org>"],
        "subject": "Re: Delegation members for 21 October",
        "body": """Dear Daniel,

Thank you, we have the four names and will prepare visitor badges.
A vegetarian bento for Ms. Patel is no problem.

See you on the 21st.

Natsumi

On Thu, Oct 9, 2025 at 9:14 AM Daniel Ortiz <d.ortiz@learnfree-alliance.org> wrote:
> Dear Natsumi,
>
> Here are our delegation members and their mobile numbers for the day:
>
>   Daniel Ortiz      +1 415 555 0182   d.ortiz@learnfree-alliance.org
>   Priya Patel       +1 415 555 0147   p.patel@learnfree-alliance.org
>   Tomasz Nowak      +48 601 555 238   t.nowak@learnfree-alliance.org
>   Grace Lim         +65 8555 0193     g.lim@learnfree-alliance.org
>   Akemi Fujimura    090-5550-3318     a.fujimura@learnfree-alliance.org
>
> Ms. Patel is vegetarian.
> Best, Daniel
""",
        "entities": [],
        "detectors": [],
        "note": "English: 5名の連絡先は相手自身のメールの引用（On … wrote: 以下）のみ",
    },
]

# ---------------------------------------------------------------------------- 076-100

MESSAGES += [
    {
        "id": "futoko-076",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["スクールソーシャルワーカー 沖田様 <ssw-okita@city.segawa.lg.jp>"],
        "subject": "四十物さんご家庭の状況について（ご相談）",
        "body": """瀬川市教育委員会
スクールソーシャルワーカー 沖田様

お世話になっております。ひだまりの宇佐美です。
瀬川第一中2年の四十物 紬さんのご家庭について、ご相談させてください。

・お母様（四十物 春香さん）が統合失調症の悪化で、8月末から
　県立精神医療センターに医療保護入院されています。退院の見通しは未定とのこと。
・お父様はトラック運転手で不在がちで、紬さんが小学生の妹の世話と家事を担っており、
　ヤングケアラーの状態と思われます。
・紬さん本人も9月に入って通所が週1日に減り、「眠れない」と話しています。

家事支援ヘルパーなど、市のサービスにつなげられないかご相談したく、
近日中にお時間をいただけますでしょうか。
""" + SIG_USAMI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "保護者の精神疾患・入院（病歴）を氏名付きで市のSSW（社外）へ：要配慮個人情報",
    },
    {
        "id": "futoko-077",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["錦印刷 制作部 平塚様 <hiratsuka@nishiki-insatsu.co.jp>"],
        "subject": "年次報告書　ご支援企業一覧ページの原稿",
        "body": """平塚様

お世話になっております。青柳です。
年次報告書の「ご支援企業一覧」ページの原稿です。掲載はすべて各社の了承済みです。
社名の50音順で、所在地・代表電話も掲載します。

　株式会社あさひ不動産　　　　神奈川県鷹ノ台市本町1-3-5　　　046-281-1001
　川崎電機株式会社　　　　　　神奈川県川崎市幸区堀川町72-4　　044-511-3300
　北国フーズ株式会社　　　　　北海道札幌市中央区北三条西4-1　 011-221-7780
　錦印刷株式会社　　　　　　　東京都新宿区西五軒町8-10　　　　03-3260-4411
　日の出産業株式会社　　　　　東京都千代田区内幸町2-2-3　　　　03-3501-8800
　みなと建設株式会社　　　　　神奈川県横浜市中区海岸通4-24　　045-201-6650
　みどり銀行　　　　　　　　　神奈川県横浜市西区みなとみらい3-1　045-225-1111

ロゴを入れる場合は、別途データをお送りします。
""" + SIG_AOYAGI,
        "entities": [],
        "detectors": [],
        "note": "支援企業（法人）の所在地・代表電話の一覧：人の名簿ではない",
    },
    {
        "id": "futoko-078",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 社会貢献担当 三上様 <mikami@kawasaki-denki.co.jp>"],
        "subject": "職場体験プログラム（案）の資料",
        "body": """川崎電機株式会社
社会貢献担当 三上様

お世話になっております。日の出みらい財団の田村です。
先日ご提案した、ひだまりの中学生向け職場体験プログラムの資料をお送りします。
理事会前の検討段階の資料ですので、その前提でご覧いただけますと幸いです。
""" + SIG_TAMURA,
        "attachments": [
            {
                "kind": "pptx",
                "name": "職場体験プログラム案_v3.pptx",
                "page_footer": "社外秘 / Internal Only　日の出みらい財団",
                "slides": [
                    ["職場体験プログラム（案）", "対象：ひだまり在籍の中学生（希望者 6～8名）",
                     "期間：2026年2月～3月、各2日間"],
                    ["受入れ先候補", "川崎電機 鷹ノ台工場（組立・検査）",
                     "日の出産業 物流センター（ピッキング）", "北国フーズ 鷹ノ台営業所（事務）"],
                    ["費用（案）", "送迎：青葉運輸 貸切便 約18万円", "保険：約2万円",
                     "財団負担、受入れ企業の費用負担なし"],
                ],
            }
        ],
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PPTXの各スライドに「社外秘 / Internal Only」の標示、寄付企業（社外）へ",
    },
    {
        "id": "futoko-079",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["米倉 様 <yonekura@kanade-tax.jp>"],
        "subject": "支払調書作成用データ（講師5名分）",
        "body": """奏税理士事務所
米倉様

いつもお世話になっております。日の出みらい財団の森永です。
報酬・料金等の支払調書の作成用に、講師5名分のデータをお送りします。
個人番号はご本人から番号確認済みです。

よろしくお願いいたします。
""" + SIG_MORINAGA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "支払調書作成用_講師_2025.xlsx",
                "sheets": {
                    "講師": [["報酬・料金等の支払調書 作成用データ（2025年分）"],
                             ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"],
                             ["霧島 悠斗", "神奈川県鷹ノ台市西原2-4-8", MN[1], 624000, 63710],
                             ["安曇 かおり", "神奈川県鷹ノ台市緑町4-6-1", MN[2], 312000, 31855],
                             ["長曽我部 進", "神奈川県瀬川市栄町2-19-4", MN[3], 540000, 55134],
                             ["蒔田 杏奈", "神奈川県相模原市南区相模大野7-2-15", MN[4], 288000, 29404],
                             ["比嘉 朝陽", "東京都町田市森野1-33-6", MN[5], 196000, 20011]],
                    "メモ": [["支払区分", "講師謝金（学習支援）"]],
                },
            }
        ],
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "講師5名のマイナンバー・住所のXLSXを税理士事務所へ",
    },
    {
        "id": "futoko-080",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["岩城 瑞穂 様 <mizuho.iwaki.88@gmail.com>"],
        "subject": "面接日程のご案内（学習支援スタッフ）",
        "body": """岩城 瑞穂 様

このたびは学習支援スタッフの求人にご応募いただき、ありがとうございます。
日の出みらい財団 採用担当の田村です。

書類選考の結果、面接にお越しいただきたく、ご連絡いたしました。

　日時：10月16日（木）14:00〜14:45
　場所：フリースクールひだまり 鷹ノ台教室（日の出産業鷹ノ台ビル3F）
　持ち物：筆記用具、教員免許状の写し（お持ちの場合）

面接の後、15分ほど教室の見学をしていただけます。
ご都合が悪い場合は、候補日を改めてご提示しますのでお知らせください。
""" + SIG_TAMURA,
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "応募者本人（フリーメール1名）への面接日程の案内",
    },
    {
        "id": "futoko-081",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["さくらホテル フロント 岩渕様 <front@sakura-hotel.jp>"],
        "subject": "健康調査票の様式について",
        "body": """岩渕様

お世話になっております。ひだまりの川端です。
お問い合わせのあった、合宿前に保護者から提出してもらう健康調査票の様式（空欄のもの）をお送りします。
記入済みのものは引率者が持参し、ホテル側にはお渡ししない運用です。
夜間の救急対応の流れについては、この様式の項目をもとに打合せさせてください。
""" + SIG_KAWABATA,
        "attachments": [
            {
                "kind": "docx",
                "name": "健康調査票_様式.docx",
                "paragraphs": ["夏合宿 健康調査票（保護者記入）",
                               "※合宿の2週間前までに教室へ提出してください。記入内容は引率者のみが確認します。"],
                "tables": [[
                    ["項目", "記入欄"],
                    ["児童氏名", ""],
                    ["生年月日", "　　年　　月　　日"],
                    ["既往歴・持病", ""],
                    ["服用中の薬", ""],
                    ["アレルギー（食物・薬）", ""],
                    ["保護者の緊急連絡先", ""],
                    ["かかりつけ医", ""],
                ]],
            }
        ],
        "entities": [],
        "detectors": [],
        "note": "健康調査票の空欄の様式：項目名だけで誰の情報も入っていない",
    },
    {
        "id": "futoko-082",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 経理課 <keiri@kitaguni-foods.co.jp>"],
        "subject": "8月分請求書の支払予定について",
        "body": """北国フーズ株式会社
経理課 ご担当者様

いつもお世話になっております。日の出みらい財団 経理の森永です。
8月分の請求書を受領しました。以下の内容で9月30日にお振込みいたします。

　請求書番号：KF-2508-1142
　登録番号　：T""" + KITAGUNI_CORP + """
　ご請求金額：184,680円（税込、うち消費税（軽減8%）13,680円）
　内訳　　　：昼食弁当 513食（単価 360円）
　振込先　　：みどり銀行 札幌支店 当座 0098812 北国フーズ（カ

振込手数料は当方で負担いたします。
""" + SIG_MORINAGA,
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "請求書番号・適格請求書の登録番号（T+法人番号）・会社の口座：法人の情報のみ",
    },
    {
        "id": "futoko-083",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "フリースクールひだまり <hidamari-info@hinode-sangyo.co.jp>",
        "to": ["フリースクールひだまり <hidamari-info@hinode-sangyo.co.jp>"],
        "bcc": ["m.saeki77@gmail.com", "tsuyoshi.ichinose@yahoo.co.jp", "kuramoto-yuka@yahoo.co.jp",
                "onizuka.ken1@icloud.com", "chiaki.maeda@docomo.ne.jp", "aimono.koji@outlook.jp",
                "miho-shoji@ezweb.ne.jp", "s.domeki@gmail.com", "kei.igarashi@softbank.ne.jp"],
        "subject": "【ひだまり】台風接近に伴う休室のお知らせ（9/19）",
        "body": """保護者の皆さま

フリースクールひだまりです。
台風14号の接近に伴い、明日9月19日（金）は鷹ノ台教室・瀬川教室とも休室とします。
送迎便も運休します。

オンライン教室（10:00〜11:00）は通常どおり開きます。
参加URLはいつものものをご利用ください。

※このメールは保護者の皆さまにBccでお送りしています。
　ご返信は教室あてに届きます。

フリースクールひだまり
TEL 046-281-5530""",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "保護者への一斉連絡をBccで送信（To は自組織）：互いのアドレスは見えない",
    },
    {
        "id": "futoko-084",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 収納代行センター <shuno-center@midori-ginko.co.jp>"],
        "subject": "口座振替 新規登録データ（10月引落開始分）",
        "body": """みどり銀行 収納代行センター 御中

いつもお世話になっております。日の出みらい財団（委託者番号 0041207）の森永です。
10月引落開始の寄付会員の新規登録データ（CSV、UTF-8）をお送りします。
件数は7件です。依頼書の原本は本日発送しました。
""" + SIG_MORINAGA,
        "attachments": [
            {
                "kind": "csv",
                "name": "kouza_shinki_202510.csv",
                "encoding": "utf-8",
                "rows": [
                    ["会員番号", "氏名", "氏名カナ", "金融機関", "支店", "種目", "口座番号", "金額"],
                    ["M-0311", "桐生 正樹", "キリユウ マサキ", "みどり銀行", "鷹ノ台", "普通", "4417208", "1000"],
                    ["M-0312", "松平 和美", "マツダイラ カズミ", "みどり銀行", "瀬川", "普通", "0731956", "3000"],
                    ["M-0313", "田母神 亮介", "タモガミ リヨウスケ", "湘南信用金庫", "本店", "普通", "0229841", "2000"],
                    ["M-0314", "小豆畑 葉子", "アズハタ ヨウコ", "みどり銀行", "相模大野", "普通", "6652013", "1000"],
                    ["M-0315", "ハリス 真由", "ハリス マユ", "ゆうちょ銀行", "〇四八", "普通", "5518320", "5000"],
                    ["M-0316", "千賀 徹", "センガ トオル", "みどり銀行", "鷹ノ台", "普通", "3308417", "1000"],
                    ["M-0317", "砂原 ゆう", "スナハラ ユウ", "横浜みなと銀行", "本店営業部", "普通", "1140672", "2000"],
                ],
            }
        ],
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "寄付会員7名の口座番号のCSV（UTF-8）を取引銀行（社外）へ",
    },
    {
        "id": "futoko-085",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["NPO法人つなぐ 事務局 丸尾様 <office@npo-tsunagu.or.jp>"],
        "subject": "傾聴研修の参加者（ひだまりから4名）",
        "body": """丸尾様

お世話になっております。日の出みらい財団の田村です。
11月の傾聴研修に、ひだまりから下記4名が参加します。
資料の事前送付はこちらの連絡先へお願いいたします。

　安曇 かおり　　azumi.kaori@hinode-sangyo.co.jp　　　070-3345-9128
　霧島 悠斗　　　yuto.kirishima.tutor@gmail.com　　　 090-2281-6604
　蒔田 杏奈　　　anna.makita@yahoo.co.jp　　　　　　　080-1148-2296
　浅利 光希　　　asari.mitsuki@takanodai-u.ac.jp　　　080-2291-5530

参加費は財団でまとめてお支払いします。請求書は事務局宛てにお願いします。
""" + SIG_TAMURA,
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "研修参加者4名のメール・携帯：4名までなので通す（警告可）",
    },
    {
        "id": "futoko-086",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["NPO法人みちしるべ メンター事業部 <mentor@npo-michishirube.or.jp>"],
        "subject": "メンターマッチングのご相談（中3男子）",
        "body": """NPO法人みちしるべ
メンター事業部 ご担当者様

はじめてご連絡いたします。フリースクールひだまりの宇佐美です。
貴法人の社会人メンター事業について、当教室の生徒1名のマッチングをご相談させてください。

　生徒：唐沢 新（からさわ あらた）さん　中学3年
　経緯：中2の秋に、先輩グループと深夜のコンビニで万引きをして補導され、
　　　　その後、別件の傷害事件で家庭裁判所の審判を受け、現在保護観察中です
　　　　（担当保護司さんとも連携しています）。
　　　　それをきっかけに学校に行けなくなり、今年4月からひだまりに通っています。
　本人：機械いじりが好きで、整備士の仕事に興味があります。

本人・保護者・保護司さんの了解は得ております。
一度、面談の機会をいただけますでしょうか。
""" + SIG_USAMI,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "生徒1名の補導歴・保護観察（犯罪の経歴・少年保護事件）をNPO（社外）へ：要配慮個人情報",
    },
    {
        "id": "futoko-087",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
               "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>"],
        "cc": ["CSR推進部 <csr-suishin@mail.hinode-sangyo.co.jp>"],
        "subject": "個人寄付者名簿（礼状送付リスト）",
        "body": """田村さん、森永さん
（CC：CSR推進部）

おつかれさまです。青柳です。
年末の礼状送付リストを作りましたので確認をお願いします。
金額と領収書の発行有無は経理の台帳と照合済みです。
CSR推進部には、社長名の礼状を出す方（10万円以上）の確認をお願いします。
""" + SIG_AOYAGI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "礼状送付リスト_2025.xlsx",
                "sheets": {
                    "個人": [["2025年 個人寄付者 礼状送付リスト"],
                             ["氏名", "郵便番号", "住所", "電話", "メール", "累計金額"],
                             ["柳田 恵美子", "243-0612", "神奈川県鷹ノ台市本町4-7-22", "046-281-3345", "emiko.y@gmail.com", 36000],
                             ["楠本 晴美", "245-0034", "神奈川県瀬川市本郷1-2-9", "0465-72-4410", "harumi.k@icloud.com", 36000],
                             ["柚木 貴之", "213-0002", "神奈川県川崎市高津区二子1-9-3", "090-1187-3306", "yunoki.t@outlook.jp", 120000],
                             ["秋葉 慎吾", "227-0062", "神奈川県横浜市青葉区青葉台1-6-11", "045-981-3127", "s.akiba@yahoo.co.jp", 50000],
                             ["宍戸 ゆかり", "243-0611", "神奈川県鷹ノ台市本町1-1-30", "046-281-0448", "yukari.shishido@gmail.com", 200000]],
                },
            }
        ],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "寄付者名簿だが宛先は社内（本体ドメインと mail. サブドメイン）のみ",
    },
    {
        "id": "futoko-088",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "大槻 健 <otsuki.ken@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 <donyu-support@tsubasa-system.jp>"],
        "subject": "FW: 在籍確認のお願い（瀬川市）",
        "body": """ツバサシステム 導入支援ご担当者様

大槻です。
瀬川市教育委員会から在籍確認の依頼メールが届きました。
ここに載っている児童のうち、システム上で「在籍校」が空欄になっている人がいないか
照合していただけますか。元のメールをそのまま添付します。
""" + SIG_OTSUKI,
        "attachments": [
            {
                "kind": "eml",
                "name": "在籍確認のお願い（瀬川市）.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "瀬川市教育委員会 教育相談係 <kyouiku-soudan@city.segawa.lg.jp>",
                    "to": ["kawabata.shun@hinode-sangyo.co.jp"],
                    "subject": "在籍確認のお願い",
                    "body": """ひだまり瀬川教室 川端様

いつもお世話になっております。瀬川市教育委員会 教育相談係です。
下記の児童生徒について、貴施設の利用状況（在籍の有無）を確認させてください。

氏名              生年月日         在籍校                 保護者
蔵本 湊           平成24年9月27日   瀬川市立第二中学校     蔵本 由香
四十物 紬         平成23年12月19日  瀬川市立第一中学校     四十物 浩二
月見里 ひより     平成24年10月16日  瀬川市立第二中学校     月見里 純子
鳩山 聖           平成23年4月9日    瀬川市立第一中学校     鳩山 敦子
丹羽 ことね       平成25年1月30日   瀬川市立南小学校       丹羽 由紀
唐沢 新           平成22年7月21日   瀬川市立第二中学校     唐沢 俊介

9月末までにご回答をお願いいたします。
瀬川市教育委員会 教育相談係 TEL 0465-72-1111（内線 512）""",
                },
            }
        ],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "児童6名（和暦生年月日・保護者名）を含む教育委員会のメールを添付で社外へ転送",
    },
    {
        "id": "futoko-089",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["スクールカウンセラー 葛西先生 <sc-kasai@sakuradai-es.takanodai.ed.jp>"],
        "subject": "別室登校の計画書（案）",
        "body": """葛西先生

お世話になっております。ひだまりの宇佐美です。
先日のケース会議を受けて、別室登校の段階的な計画書（案）を作りました。
Wordファイルでお送りしますので、学校側の視点でご意見をいただけますと幸いです。
""" + SIG_USAMI,
        "attachments": [{"kind": "corrupt", "name": "別室登校計画書_案.docx"}],
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付DOCXが破損していて中身を検査できない",
    },
    {
        "id": "futoko-090",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "青柳 なつみ <aoyagi.natsumi@hinode-sangyo.co.jp>",
        "to": ["川崎電機 社会貢献担当 三上様 <mikami@kawasaki-denki.co.jp>"],
        "cc": ["北国フーズ 総務部 CSR担当 <csr@kitaguni-foods.co.jp>"],
        "subject": "10/8 支援企業ミーティング 議事メモ",
        "body": """川崎電機 三上様
北国フーズ 総務部CSRご担当 様

先日はお集まりいただきありがとうございました。日の出みらい財団の青柳です。
議事メモをお送りします。

【日時】2025年10月8日（水）14:00～15:30
【出席】川崎電機 三上様・野口様／北国フーズ 佐久間様／財団 田村・青柳
【内容】
1. 職場体験プログラム：2026年2月の実施に向け、両社で受入れ可能な人数を11月中に確認
2. 活動報告会（11/14）：両社からひと言ずつご挨拶をいただく
3. 寄付付き商品：北国フーズ様の冬季限定弁当の売上の一部寄付について、12月から開始

【次回】12月上旬（日程は追って調整）

修正があればお知らせください。
""" + SIG_AOYAGI,
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2社への議事メモ（出席者は会社の担当者名のみ）：通常の三者のやり取り",
    },
    {
        "id": "futoko-091",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
        "subject": "Re: ご相談の件（ご回答）",
        "body": """白川先生

ご回答ありがとうございました。日の出みらい財団の田村です。
ご助言のとおり、今後の保護者とのやり取りは書面に限定し、窓口を事務局に一本化します。
回答書の文案ができましたら、改めてご確認をお願いいたします。

田村

差出人: 白川 隆之 <shirakawa@shirakawa-law.jp>
送信日時: 2025年9月2日 18:03
宛先: tamura.misaki@hinode-sangyo.co.jp
件名: ご相談の件（ご回答）

【取扱注意】弁護士・依頼者間の秘匿特権対象

田村様

先日ご相談の件について、当職の見解をお送りします。
1. 返金規定に沿った50%返金の回答は相当と考えます。
2. SNS投稿の示唆については、現時点で法的措置を検討する段階にはありません。
3. 今後は書面でのやり取りに限定されることをお勧めします。

白川法律事務所 弁護士 白川 隆之
""",
        "entities": [],
        "detectors": [],
        "note": "「取扱注意」は返信先の弁護士自身のメール（差出人:/送信日時: 以下）の引用の中だけ",
    },
    {
        "id": "futoko-092",
        "expect": "pass",
        "charset": "iso-2022-jp",
        "sender": "田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>",
        "to": ["こころの森クリニック 事務長 浜口様 <jimu@kokoro-no-mori-clinic.jp>"],
        "subject": "保護者向け相談会 業務委託契約書（案）",
        "body": """こころの森クリニック
事務長 浜口様

お世話になっております。日の出みらい財団の田村です。
来年度の保護者向け相談会（月1回、医師による講話と個別相談）の
業務委託契約書の案をお送りします。

第9条（秘密保持）と第10条（個人情報の取扱い）は、
当財団の標準条項をそのまま入れております。
修正のご希望があれば、変更履歴つきでお戻しください。
""" + SIG_TAMURA,
        "attachments": [
            {
                "kind": "docx",
                "name": "業務委託契約書_案_こころの森.docx",
                "paragraphs": [
                    "業務委託契約書（案）",
                    "一般財団法人日の出みらい財団（以下「甲」）と医療法人社団こころの森（以下「乙」）は、次のとおり契約を締結する。",
                    "第1条（委託業務）甲は乙に対し、保護者向け相談会における講話及び個別相談の業務を委託する。",
                    "第5条（委託料）1回あたり金55,000円（税込）とする。",
                    "第9条（秘密保持）甲及び乙は、本契約に関して知り得た相手方の秘密情報を、相手方の書面による承諾なく第三者に開示してはならない。",
                    "第10条（個人情報の取扱い）乙は、相談を通じて知り得た個人情報を本業務の目的以外に利用してはならない。",
                    "第14条（有効期間）2026年4月1日から2027年3月31日までとする。",
                ],
            }
        ],
        "entities": [],
        "detectors": [],
        "note": "秘密保持条項を含む契約書案（NDAの話題）：機密標示でも個人データでもない",
    },
    {
        "id": "futoko-093",
        "expect": "stop",
        "charset": "shift_jis",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["鷹ノ台交通 営業課 坂巻様 <sakamaki@takanodai-kotsu.co.jp>"],
        "subject": "臨時送迎（10/20 校外学習）の乗車地",
        "body": """鷹ノ台交通 坂巻様

お世話になっております。ひだまりの川端です。
10/20の校外学習の臨時送迎について、乗車地の一覧をお送りします。
お名前は当方の児童IDで記載しています。

ID      乗車時刻  乗車地                                    保護者携帯
------  --------  ----------------------------------------  -------------
C101    8:20      神奈川県鷹ノ台市本町3-4-12                090-4418-2736
C104    8:26      神奈川県鷹ノ台市西原4-2-18                090-7765-0321
C109    8:31      神奈川県鷹ノ台市西原1-17-2 コーポ西原前   090-5120-7786
C107    8:38      神奈川県鷹ノ台市本町5-9-1                 080-6613-4402
C108    8:45      神奈川県鷹ノ台市桜台2-3-7                 070-8841-2209
C112    8:49      神奈川県鷹ノ台市桜台4-11-6                090-8816-3054

不在の場合は、上記の保護者携帯へご連絡ください。
""" + SIG_KAWABATA,
        "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "氏名列のない6名分の自宅住所・保護者携帯の表をタクシー会社へ（名簿に当たる）",
    },
    {
        "id": "futoko-094",
        "expect": "pass",
        "charset": "utf-8",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>"],
        "cc": ["田村 美咲 <tamura.misaki@hinode-sangyo.co.jp>"],
        "subject": "[確認依頼] 東中あて 佐伯さんの報告書ドラフト",
        "body": """宇佐美さん

長谷部です。東中へ出す佐伯さんの9月分報告書のドラフトです。
診断名の扱いについて確認をお願いします。

---- ドラフト ----
2年 佐伯 陽向さん（生年月日 2011年6月14日）
通所日数：15日／開室20日
体調面：起立性調節障害の診断を受けており（すずらん小児科、2025年4月）、
　　　　午前中は体調が安定しないため、10時以降の通所となっています。
学習面：数学・英語を中心に、教科書の進度に合わせて学習。
---- ここまで ----

保護者からは診断名を学校に伝えてよいと言われていますが、
書面に残す形でよいか、念のため本人にも確認したいと思っています。""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "診断名入りの報告書案だが社内（相談担当・事務局）への確認依頼",
    },
    {
        "id": "futoko-095",
        "expect": "stop",
        "charset": "iso-2022-jp",
        "sender": "川端 駿 <kawabata.shun@hinode-sangyo.co.jp>",
        "to": ["やすらぎ保険サービス 矢作様 <yahagi@yasuragi-hoken.co.jp>"],
        "subject": "こども総合保険　2学期追加加入者",
        "body": """矢作様

いつもお世話になっております。ひだまりの川端です。
団体のこども総合保険（証券番号 YH-7730021）に、2学期から通所を始めた児童の
追加加入をお願いします。

　氏名　　　　　　性別　生年月日　　　　　　　在籍校
　宇喜多　奏太　　男　　平成２５年１２月３日　鷹ノ台市立桜台小学校
　ラフマン　海斗　男　　Ｈ２６．９．１２　　　鷹ノ台市立桜台小学校
　鳩山　聖　　　　男　　平成23年4月9日　　　　瀬川市立第一中学校
　丹羽　ことね　　女　　H25.1.30　　　　　　　瀬川市立南小学校
　唐沢　新　　　　男　　平成22年7月21日　　　 瀬川市立第二中学校
　蜂須賀　拓真　　男　　Ｈ２４．８．１　　　　鷹ノ台市立西中学校
　仁科　このみ　　女　　平成２３年５月１８日　鷹ノ台市立西中学校

保険料は従来どおり、まとめて口座振替でお願いします。
""" + SIG_KAWABATA,
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "児童7名の氏名・和暦生年月日（全角・略記混在）を保険代理店へ",
    },
    {
        "id": "futoko-096",
        "expect": "pass",
        "charset": "shift_jis",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["米倉 様 <yonekura@kanade-tax.jp>"],
        "subject": "Re: 支払調書の記載内容のご確認",
        "body": """米倉様

ご確認ありがとうございます。森永です。
比嘉様の住所は、ご指摘のとおり転居後の町田市森野が正しいです。
その内容で提出をお願いいたします。

森永

> 日の出みらい財団
> 森永様
>
> 支払調書の作成が完了しました。念のため1点ご確認ください。
> 比嘉 朝陽様の住所が、昨年の調書（神奈川県相模原市）と異なっています。
>   氏名：比嘉 朝陽
>   住所：東京都町田市森野1-33-6
>   個人番号：""" + _mn(MN[6]) + """
> 町田市の住所でよろしいでしょうか。
>
> 奏税理士事務所 米倉
""",
        "entities": [],
        "detectors": [],
        "note": "マイナンバーは返信先の税理士自身のメールの引用（>）の中だけ。新しい本文は住所の確認のみ",
    },
    {
        "id": "futoko-097",
        "expect": "either",
        "charset": "utf-8",
        "sender": "宇佐美 薫 <usami.kaoru@hinode-sangyo.co.jp>",
        "to": ["菅沼 千尋 先生 <suganuma@takanodai-u.ac.jp>"],
        "subject": "共同研究の事例提供について",
        "body": """菅沼先生

お世話になっております。ひだまりの宇佐美です。
共同研究でご依頼のあった事例を、匿名化してお送りします。

【事例A】中学2年・男子（市内公立中学校在籍）
・小6の3学期から不登校。中1の6月にひだまり利用開始。
・自閉スペクトラム症の診断あり（医療機関名は伏せます）。感覚過敏が強い。
・ひだまりでは、プログラミングの時間を中心に通所日数が月4日→15日に増加。
・中2の2学期から、在籍校の別室に週1回登校。

【事例B】小学6年・女子
・小4から登校しぶり、小5で完全不登校。起立性調節障害の診断。
・午後からの通所で体調が安定。保護者面談を月2回実施。

学会発表の際は、さらに学年・性別をぼかしていただけますと幸いです。
""" + SIG_USAMI,
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "氏名なし・匿名化した事例だが診断名＋学年＋性別＋経過：小規模校では特定されうるため判断が分かれる",
    },
    {
        "id": "futoko-098",
        "expect": "either",
        "charset": "iso-2022-jp",
        "sender": "安曇 かおり <azumi.kaori@hinode-sangyo.co.jp>",
        "to": ["NPO法人つなぐ 事務局 丸尾様 <office@npo-tsunagu.or.jp>"],
        "subject": "合同学習会の講師担当（案）",
        "body": """丸尾様

おつかれさまです。ひだまりの安曇です。
11月の合同学習会について、ひだまり側の講師の担当案をお送りします。

　霧島 悠斗　　数学　　　11/5・11/12・11/19
　長谷 拓海　　英語　　　11/6・11/13
　蒔田 杏奈　　国語　　　11/7・11/21
　比嘉 朝陽　　理科　　　11/14
　八重樫 透　　社会　　　11/20
　浅利 光希　　見守り　　全日（大学のボランティア）

つなぐさん側の担当が決まりましたら、あわせて表にまとめます。

安曇""",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "講師6名の氏名と担当教科・日程のみ（連絡先・識別子なし）：人の名簿に当たるか判断が分かれる",
    },
    {
        "id": "futoko-099",
        "expect": "either",
        "charset": "shift_jis",
        "sender": "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>",
        "to": ["東原町立東原小学校 担任 新堀先生 <nibori@higashihara-es.ed.jp>"],
        "subject": "9月分の様子（5年 真栄田さん）",
        "body": """新堀先生

お世話になっております。ひだまりの長谷部です。
5年 真栄田 蒼空さんの9月分の様子をお知らせします。

　通所：11日（開室19日）
　欠席：8日のうち5日は、隔週の心療内科の受診日と重なったため、とのことです。
　学習：算数（小数のかけ算）、国語（漢字・音読）。音読は少しずつ声が出るようになりました。
　その他：畑のさつまいも掘りで、下級生に道具の使い方を教えてくれました。

10月は受診日を土曜に変えられそうだとお母様から伺っています。
""" + SIG_HASEBE,
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "出席扱い報告に「心療内科の受診」（診断名はなし）：要配慮の病歴に当たるか判断が分かれる",
    },
    {
        "id": "futoko-100",
        "expect": "stop",
        "charset": "utf-8",
        "sender": "森永 哲也 <morinaga.tetsu@hinode-sangyo.co.jp>",
        "to": ["PayBridge サポート <support@paybridge.co.jp>"],
        "subject": "紙の寄付申込書からのカード登録依頼",
        "body": """PayBridge株式会社 サポートご担当者様

日の出みらい財団（加盟店ID HM-20417）の森永です。
活動報告会の会場で紙の申込書をいただいた方1名について、
管理画面からの登録がエラーになるため、代行での登録をお願いできますでしょうか。
申込書をスキャンしてPDFにしたものを添付します。
""" + SIG_MORINAGA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "寄付申込書_20251114.pdf",
                "title": "マンスリーサポーター申込書",
                "lines": [
                    "フリースクールひだまり マンスリーサポーター申込書",
                    "お名前：砂川 紀子（すながわ のりこ）",
                    "ご住所：〒243-0614 神奈川県鷹ノ台市緑町5-2-17",
                    "お電話：090-7731-2048",
                    "ご寄付額：毎月 5,000円",
                    "クレジットカード番号：" + _card(CARD[8], " "),
                    "有効期限：11/29　　カード名義：NORIKO SUNAGAWA",
                    "申込日：2025年11月14日",
                ],
            }
        ],
        "entities": ["CREDIT_CARD", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "添付PDFの寄付申込書に個人のカード番号・住所・電話",
    },
]
