"""ブラインド評価コーパス：介護休業（kaigokyugyo）

業務領域: 人事部 労務グループによる社員の家族介護・介護休業対応
（介護休業の申出、対象家族の要介護状態の確認、介護休業給付金の申請、ハローワーク、
ケアマネジャー・地域包括支援センターとの連絡、両立支援の相談、社会保険労務士とのやり取り）。

SEED = 28401（my_number(SEED + k) / card_number(SEED + k)、k は番号ごとに別の値）
"""

from build import card_number, my_number

AREA = "kaigokyugyo"
SEED = 28401

_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fw(s: str) -> str:
    """半角数字を全角に（手入力されたリストの再現用）。"""
    return s.translate(_FW)


def grp(n: str, sep: str = " ") -> str:
    """12桁を4桁ずつに区切る。"""
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


# --- 送信者の署名（署名中の連絡先はラベルに含めない） ------------------------------------

SIG_TAKANO = """
――――――――――――――――――――――
日の出産業株式会社
人事部 労務グループ
高野 真理子（Takano Mariko）
〒105-0014 東京都港区芝3-12-8 日の出ビル6F
TEL 03-5444-7120（代表）　内線 2315
Mail takano.mariko@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_ODAGIRI = """
--
日の出産業株式会社 人事部 人事企画課
両立支援推進担当　小田切 隼
TEL：03-5444-7131 / FAX：03-5444-7199
odagiri.hayato@hinode-sangyo.co.jp"""

SIG_MORIYA = """
*************************************
日の出産業株式会社 人事部
労務グループ 課長　守屋 健司
〒105-0014 東京都港区芝3-12-8
TEL 03-5444-7120 内線2301
*************************************"""

SIG_KUGA = """
━━━━━━━━━━━━━━━━━━
日の出産業株式会社 大阪支店 総務課
久我 美穂
〒530-0047 大阪府大阪市北区西天満4-6-2
TEL 06-6312-4480　FAX 06-6312-4481
━━━━━━━━━━━━━━━━━━"""

SIG_SAIONJI = """
---------------------------------
総務部 福利厚生担当
西園寺 さやか
日の出産業株式会社
TEL 03-5444-7150 / saionji.sayaka@hinode-sangyo.co.jp
---------------------------------"""

SIG_TODO = """
========================
日の出産業株式会社 経理部 給与チーム
藤堂 慎也
TEL 03-5444-7162
========================"""

SIG_EN = """
Best regards,

Hayato Odagiri
Work-Life Support Program, HR Planning
Hinode Sangyo Co., Ltd.
3-12-8 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5444-7131"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

TAKANO = "高野 真理子 <takano.mariko@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 隼 <odagiri.hayato@hinode-sangyo.co.jp>"
MORIYA = "守屋 健司 <moriya.kenji@hinode-sangyo.co.jp>"
KUGA = "久我 美穂 <kuga.miho@hinode-sangyo.co.jp>"
SAIONJI = "西園寺 さやか <saionji.sayaka@hinode-sangyo.co.jp>"
TODO = "藤堂 慎也 <todo.shinya@hinode-sangyo.co.jp>"

SR = "やまびこ労務パートナーズ 菅原様 <sugawara@yamabiko-sr.jp>"
SR2 = "今泉 綾乃 <imaizumi@yamabiko-sr.jp>"
CONSUL = "宮路 恵 <miyaji@carework-balance.co.jp>"
SEMINAR = "株式会社人事セミナーズ 研修事業部 <kenshu@jinji-seminar.co.jp>"
HW = "ハローワーク港南 雇用保険適用・給付課 <koyohoken@hellowork-konan.go.jp>"
CAREMGR = "大河内 千尋 <ookouchi@hidamari-care.jp>"
AOZORA = "あおぞらケアサービス 法人営業部 <houjin@aozora-care.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# =====================================================================================
# STOP: 名簿・一覧（5名以上）
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[SR],
    subject="介護休業取得予定者の件（4月～6月開始分）",
    body="""やまびこ労務パートナーズ
菅原 様

いつも大変お世話になっております。日の出産業の高野でございます。

4月～6月に介護休業を開始する予定の社員について、申出が出そろいましたので
一覧にてお送りいたします。休業期間中の社会保険料・給与計算の取扱いについて
ご確認いただけますと幸いです。

社員番号  氏名            生年月日      続柄  休業開始    休業終了
--------  --------------  ------------  ----  ----------  ----------
H10233    五百旗頭 聡     1971/08/14    実母  2025/04/01  2025/06/29
H10871    勅使河原 由紀   1968/02/27    義父  2025/04/07  2025/05/30
H11502    東海林 浩二     1975/11/03    実父  2025/04/21  2025/07/18
H12019    小鳥遊 真帆     1980/05/19    配偶者 2025/05/12  2025/08/09
H12377    百目鬼 隆之     1966/09/30    実母  2025/06/02  2025/06/30
H13044    月見里 かおり   1977/01/08    祖母  2025/06/16  2025/09/12

なお、勅使河原さんは分割取得（2回目）となります。
ご不明点がございましたらお知らせください。

よろしくお願いいたします。
""" + SIG_TAKANO,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="社外の社労士へ6名分の社員番号・氏名・生年月日の一覧（本文、空白揃え）",
)

add(
    charset="shift_jis",
    sender=MORIYA,
    to=[SR2],
    cc=[TAKANO],
    subject="Re: 介護休業給付金 支給申請のご依頼（5名分）",
    body="""今泉様

お世話になっております。守屋です。
先日お話しした介護休業給付金の支給申請対象者の情報です。
Excelからそのまま貼り付けておりますので、見づらい点はご容赦ください。

氏名\t雇用保険被保険者番号\t生年月日\t休業開始日\t賃金締切日
九十九 正樹\t5012-348871-3\tS47.3.12\t2025/01/06\t毎月20日
四月一日 奈央\t5012-402265-0\tH1.10.25\t2025/01/14\t毎月20日
御手洗 健太郎\t5012-377019-8\tS52.7.7\t2025/02/03\t毎月20日
八月一日 智子\t5012-415540-1\tS60.12.1\t2025/02/10\t毎月20日
長宗我部 誠\t5012-361128-6\tS44.4.29\t2025/02/17\t毎月20日

賃金台帳と出勤簿は別途郵送いたします。
支給申請期限が近い方（九十九さん）から優先していただけますと助かります。
""" + SIG_MORIYA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="5名分の氏名・被保険者番号・和暦生年月日をタブ区切りで社労士へ",
)

add(
    charset="shift_jis",
    sender=ODAGIRI,
    to=[SEMINAR],
    subject="【申込】介護と仕事の両立セミナー（6/12）参加者のご連絡",
    body="""株式会社人事セミナーズ
研修事業部 ご担当者様

お世話になっております。日の出産業の小田切です。
6月12日開催の「介護と仕事の両立セミナー」に、弊社から下記7名が参加いたします。
当日のご連絡先として携帯番号とメールアドレスを記載しております。

・佐々木 遼平（営業第二部）　携帯 090-4418-2037　r.sasaki.hn@gmail.com
・宇佐美 玲子（経理部）　携帯 080-7731-5520　usami.reiko@hinode-sangyo.co.jp
・鬼頭 拓真（品質保証部）　携帯 070-2290-6614　kito.takuma@hinode-sangyo.co.jp
・ 相良 美咲（大阪支店）　携帯 090-8853-1402　misaki.sagara@yahoo.co.jp
・真栄田 修（物流センター）　携帯 080-1147-9038　maeda.osamu@hinode-sangyo.co.jp
・喜屋武 千夏（人事部）　携帯 090-6602-7715　kyan.chinatsu@hinode-sangyo.co.jp
・ 設楽 雄一（情報システム部）　携帯 080-3380-2261　shitara.y@icloud.com

請求書は人事企画課宛てにお願いいたします。
""" + SIG_ODAGIRI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="セミナー会社へ7名の氏名・携帯・メール（「・」箇条書き）",
)

add(
    charset="utf-8",
    sender=SAIONJI,
    to=[AOZORA],
    subject="法人契約サービス 利用登録のお願い（第2四半期分）",
    body="""あおぞらケアサービス株式会社
法人営業部 御中

平素より大変お世話になっております。日の出産業 総務部の西園寺でございます。
法人契約（契約番号 AZ-C-20418）に基づき、下記5名のご家族について
訪問・見守りサービスの利用登録をお願いいたします。

【1】
利用者氏名：綿貫 トシ子（わたぬき としこ）
住所：埼玉県川口市芝新町4-17-3
電話：048-265-3391
社員との続柄：社員 綿貫 大輔の実母

【2】
利用者氏名：比嘉 幸三（ひが こうぞう）
住所：沖縄県那覇市首里石嶺町2-31-5
電話：098-884-1276
社員との続柄：社員 比嘉 美里の実父

【3】
利用者氏名：上遠野 ヨシエ（かとおの よしえ）
住所：福島県いわき市平字三町目8-2
電話：0246-23-6018
社員との続柄：社員 上遠野 孝の祖母

【4】
利用者氏名：漆畑 昭二（うるしばた しょうじ）
住所：静岡県富士市吉原2-9-14
電話：0545-52-7740
社員との続柄：社員 漆畑 由香の義父

【5】
利用者氏名：乙部 フミ（おとべ ふみ）
住所：北海道函館市湯川町3-22-9
電話：0138-57-2093
社員との続柄：社員 乙部 健の実母

ご登録完了後、各社員へ直接ご案内いただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_SAIONJI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="介護サービス会社へ社員家族5名の氏名・住所・電話（1名1ブロック）",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=[CONSUL],
    subject="両立支援 個別相談会（7/3）ご予約一覧",
    html="""<html><body style="font-family:Meiryo,sans-serif;font-size:10pt">
<p>株式会社ケアワークバランス研究所<br>宮路 様</p>
<p>いつもお世話になっております。日の出産業の小田切です。<br>
7月3日の個別相談会のご予約状況をお送りします。事前にご確認いただければ幸いです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>時間</th><th>氏名</th><th>所属</th><th>連絡先</th><th>相談概要</th></tr>
<tr><td>10:00</td><td>神保 和也</td><td>営業第一部</td><td>090-2214-8830</td><td>母（78）アルツハイマー型認知症、要介護2。徘徊あり</td></tr>
<tr><td>10:45</td><td>阿久津 恵美</td><td>経理部</td><td>080-5527-1946</td><td>父 脳梗塞の後遺症で右半身麻痺、要介護3</td></tr>
<tr><td>11:30</td><td>嘉手納 亮</td><td>物流センター</td><td>070-3368-0412</td><td>妻 乳がん治療中（抗がん剤）、通院付添い</td></tr>
<tr><td>13:30</td><td>鷲見 典子</td><td>品質保証部</td><td>090-7781-2305</td><td>義母 パーキンソン病、要介護1→区分変更申請中</td></tr>
<tr><td>14:15</td><td>蔵持 直人</td><td>情報システム部</td><td>080-6650-3397</td><td>父 統合失調症で長期入院、退院後の同居を検討</td></tr>
<tr><td>15:00</td><td>生田目 志保</td><td>大阪支店</td><td>090-1195-7720</td><td>祖母 要介護4、特養入所待ち</td></tr>
</table>
<p>当日は会議室B（6階）をご用意しております。</p>
<p>--<br>日の出産業株式会社 人事部 人事企画課<br>小田切 隼<br>TEL 03-5444-7131</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTMLのみの表で6名の氏名・電話と家族の病名・要介護度をコンサルへ",
)

add(
    charset="iso-2022-jp",
    sender="仲宗根 亮 <nakasone.ryo@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="[問合せ#TS-58213] 休業データ一括取込でエラーになります",
    body="""ツバサシステム株式会社
サポートデスク ご担当者様

お世話になっております。日の出産業 情報システム部の仲宗根です。
勤怠管理「TSUBASA Kintai Cloud」の休業データ一括取込で、
「E-4102 日付形式が不正です」と表示され取込できません。
実際に取込もうとしたCSVを添付しますので、原因を調べていただけますか。

・バージョン：3.8.2
・テナントID：hinode-prd-01
・発生日時：本日 9:42頃

どうぞよろしくお願いいたします。

仲宗根 亮
日の出産業株式会社 情報システム部
TEL 03-5444-7180
""",
    attachments=[{
        "kind": "csv", "name": "kyugyo_import_202504.csv", "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "カナ", "生年月日", "休業区分", "開始日", "終了日"],
            ["H10233", "五百旗頭 聡", "イオキベ サトシ", "1971/08/14", "介護休業", "2025/04/01", "2025/06/29"],
            ["H10871", "勅使河原 由紀", "テシガワラ ユキ", "1968/02/27", "介護休業", "2025/04/07", "2025/05/30"],
            ["H11502", "東海林 浩二", "ショウジ コウジ", "1975/11/03", "介護休業", "2025/04/21", "2025/07/18"],
            ["H11930", "糸数 里奈", "イトカズ リナ", "1983/06/22", "介護休暇", "2025/04/10", "2025/04/10"],
            ["H12019", "小鳥遊 真帆", "タカナシ マホ", "1980/05/19", "介護休業", "2025/05/12", "2025/08/09"],
            ["H12377", "百目鬼 隆之", "ドウメキ タカユキ", "1966/09/30", "介護休業", "2025/06/02", "2025/06/30"],
            ["H12588", "廿日出 修平", "ハツカデ シュウヘイ", "1973/12/15", "介護休暇", "2025/04/15", "2025/04/15"],
            ["H13044", "月見里 かおり", "ヤマナシ カオリ", "1977/01/08", "介護休業", "2025/06/16", "2025/09/12"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="ベンダーのサポート窓口へ実データのCSV（8名の氏名・生年月日・休業区分）",
)

add(
    charset="utf-8",
    sender=TODO,
    to=["みどり銀行 法人営業部 振込センター <furikomi-center@midori-ginko.co.jp>"],
    subject="総合振込データ送付（介護見舞金・5月分）",
    body="""みどり銀行 振込センター ご担当者様

いつもお世話になっております。日の出産業 経理部の藤堂です。
福利厚生規程に基づく介護見舞金の振込データを添付いたします。
振込指定日は5月23日（金）です。件数6件、合計180,000円です。

お手数ですが、受付後に受付番号をご連絡ください。
""" + SIG_TODO,
    attachments=[{
        "kind": "csv", "name": "sogo_furikomi_0523.csv", "encoding": "utf-8",
        "rows": [
            ["受取人名(カナ)", "銀行コード", "支店コード", "支店名", "預金種目", "口座番号", "金額"],
            ["ｲｵｷﾍﾞ ｻﾄｼ", "0179", "112", "新橋支店", "普通", "3048816", "30000"],
            ["ﾃｼｶﾞﾜﾗ ﾕｷ", "0179", "205", "横浜駅前支店", "普通", "1177203", "30000"],
            ["ｼｮｳｼﾞ ｺｳｼﾞ", "0005", "031", "品川支店", "普通", "5520398", "30000"],
            ["ﾀｶﾅｼ ﾏﾎ", "0179", "118", "田町支店", "当座", "0098145", "30000"],
            ["ﾄﾞｳﾒｷ ﾀｶﾕｷ", "0009", "460", "大宮支店", "普通", "7731064", "30000"],
            ["ﾔﾏﾅｼ ｶｵﾘ", "0179", "112", "新橋支店", "普通", "2264589", "30000"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="銀行へ6名分の個人名義口座（UTF-8 CSV）",
)

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[SR],
    subject="2024年度 介護休業・介護休暇 取得実績（労働局報告用）",
    body="""菅原様

お世話になっております。高野です。
労働局への報告書作成用に、2024年度の取得実績をExcelでまとめました。
「取得者明細」シートが個人別、「集計」シートが部署別になっております。

ご確認のほどよろしくお願いいたします。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "xlsx", "name": "2024年度_介護休業取得実績.xlsx",
        "sheets": {
            "取得者明細": [
                ["2024年度 介護休業・介護休暇 取得者明細（人事部作成）"],
                [],
                ["No", "社員番号", "氏名", "生年月日", "所属", "区分", "取得日数"],
                [1, "H09812", "有働 里美", "1969/03/04", "経理部", "介護休業", 93],
                [2, "H10118", "仁科 洋平", "1972/10/19", "営業第一部", "介護休業", 61],
                [3, "H10544", "瀬戸口 茜", "1979/07/27", "人事部", "介護休暇", 5],
                [4, "H10990", "古謝 剛", "1965/12/02", "物流センター", "介護休業", 42],
                [5, "H11267", "能登 佳代子", "1974/05/16", "大阪支店", "介護休暇", 8],
                [6, "H11803", "巌谷 康介", "1981/01/30", "品質保証部", "介護休業", 30],
                [7, "H12150", "祝 麻衣", "1986/09/11", "情報システム部", "介護休暇", 3],
            ],
            "集計": [
                ["部署", "介護休業", "介護休暇"],
                ["経理部", 1, 0], ["営業第一部", 1, 0], ["人事部", 0, 1],
                ["物流センター", 1, 0], ["大阪支店", 0, 1], ["品質保証部", 1, 0],
                ["情報システム部", 0, 1],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX（タイトル行・複数シート）に7名の氏名・生年月日を社労士へ",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=[CONSUL],
    subject="仕事と介護に関する社員アンケート 回答データ",
    body="""宮路様

お世話になっております。小田切です。
先日実施した「仕事と介護に関する社員アンケート」の回答データを添付します。
記名式で回答を集めたため、氏名列もそのまま残っています。
個別フォローが必要な方の抽出にご協力いただけますと幸いです。
""" + SIG_ODAGIRI,
    attachments=[{
        "kind": "xlsx", "name": "介護アンケート_回答一覧.xlsx",
        "sheets": {
            "回答": [
                ["氏名", "年代", "介護対象", "要介護度", "主な疾患・状態", "本人の体調"],
                ["桐生 大樹", "50代", "実母", "要介護3", "アルツハイマー型認知症", "不眠が続いている"],
                ["楠 みどり", "40代", "実父", "要介護2", "脳梗塞後遺症（左片麻痺）", "特になし"],
                ["鮫島 浩", "50代", "妻", "要介護1", "ALS（筋萎縮性側索硬化症）", "うつ症状で通院中"],
                ["帆足 千尋", "30代", "祖母", "要支援2", "骨粗鬆症・圧迫骨折", "特になし"],
                ["轟 和久", "60代", "実母", "要介護5", "寝たきり、胃ろう", "腰痛"],
                ["伊集院 葵", "40代", "義父", "要介護2", "前立腺がん（ステージ4）", "特になし"],
                ["猪狩 正人", "50代", "実兄", "障害支援区分4", "知的障害", "高血圧で服薬中"],
                ["舟木 理恵", "40代", "実父", "要介護3", "レビー小体型認知症", "特になし"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="記名アンケート（8名、家族の病名・要介護度・本人の通院）をコンサルへ",
)

add(
    charset="utf-8",
    sender=MORIYA,
    to=["白川法律事務所 弁護士 白川 亘 <w.shirakawa@shirakawa-law.jp>"],
    subject="介護休業申出の取扱いに関するご相談（資料送付）",
    body="""白川法律事務所
白川 亘 先生

いつもお世話になっております。日の出産業の守屋です。
先日お電話でご相談した件について、介護休業申出の管理台帳を添付いたします。
備考欄に記載のとおり、一部の申出について所属長が難色を示しており、
不利益取扱いに該当しないかご意見を賜りたく存じます。

ご多忙のところ恐れ入りますが、よろしくお願い申し上げます。
""" + SIG_MORIYA,
    attachments=[{
        "kind": "docx", "name": "介護休業申出管理台帳_2025.docx",
        "paragraphs": ["介護休業申出 管理台帳（2025年4月1日現在）", "人事部 労務グループ"],
        "tables": [[
            ["氏名", "住所", "携帯電話", "対象家族", "申出日", "備考"],
            ["宍戸 啓太", "東京都大田区蒲田本町1-8-21", "090-3316-7742", "実父", "2025/02/14", "所属長が時期変更を打診"],
            ["新垣 瑞穂", "神奈川県相模原市中央区相模原5-2-10", "080-4470-1183", "実母", "2025/02/20", ""],
            ["砂押 智也", "千葉県松戸市新松戸3-141", "070-8852-6609", "配偶者", "2025/03/03", "契約社員（更新見込み確認中）"],
            ["雲雀 早苗", "東京都府中市宮西町4-12-6", "090-5523-0964", "義母", "2025/03/10", ""],
            ["佐喜真 亮太", "埼玉県所沢市くすのき台2-7-3", "080-2281-4437", "祖父", "2025/03/18", "所属長が異動を示唆"],
            ["鴇田 いずみ", "東京都練馬区石神井町6-20-15", "090-9912-3356", "実母", "2025/03/26", ""],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCXの表で6名の氏名・住所・携帯を法律事務所へ（取引先でも名簿は止める）",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[HW],
    subject="介護休業給付金 支給申請一覧の送付について",
    body="""ハローワーク港南
雇用保険適用・給付課 ご担当者様

いつもお世話になっております。
日の出産業株式会社（事業所番号 1301-612345-7）人事部の高野でございます。

先日お電話でお問い合わせした件につき、今回申請予定の6名分の一覧をPDFで
お送りいたします。添付書類の不足がないかご確認いただけますでしょうか。

何卒よろしくお願い申し上げます。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "pdf", "name": "kaigokyugyo_shinsei_ichiran.pdf",
        "title": "介護休業給付金 支給申請一覧",
        "lines": ["介護休業給付金 支給申請一覧", "事業所名：日の出産業株式会社　事業所番号：1301-612345-7", ""],
        "table": [
            ["被保険者番号", "氏名", "生年月日", "対象家族", "支給対象期間"],
            ["5012-348871-3", "九十九 正樹", "1972/03/12", "実母", "2025/01/06-2025/04/05"],
            ["5012-402265-0", "四月一日 奈央", "1989/10/25", "実父", "2025/01/14-2025/03/13"],
            ["5012-377019-8", "御手洗 健太郎", "1977/07/07", "配偶者", "2025/02/03-2025/05/02"],
            ["5012-415540-1", "八月一日 智子", "1985/12/01", "義母", "2025/02/10-2025/03/31"],
            ["5012-361128-6", "長宗我部 誠", "1969/04/29", "実父", "2025/02/17-2025/05/16"],
            ["5012-429903-4", "宇良 真一", "1982/08/08", "祖母", "2025/02/24-2025/04/23"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDFの表で6名の氏名・生年月日・被保険者番号をハローワークへ",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["講師 宮本 裕子 <y.miyamoto@jinji-seminar.co.jp>"],
    subject="事例発表スライドのご確認のお願い",
    body="""宮本先生

お世話になっております。小田切です。
来月の両立支援フォーラムで弊社が発表する事例スライドの案を添付します。
3枚目に実際の社員の事例を載せています。表現に問題がないかご確認ください。
""" + SIG_ODAGIRI,
    attachments=[{
        "kind": "pptx", "name": "両立支援_事例発表_案.pptx",
        "slides": [
            ["日の出産業の両立支援の取組み", "2025年度 人事部 人事企画課", "介護離職ゼロを目指して"],
            ["制度の概要", "介護休業：通算93日・3回まで分割可", "介護休暇：時間単位で取得可", "短時間勤務：利用開始から3年間"],
            ["社員の事例", "浅利 紘一（営業）：父が脳出血で倒れ要介護4、休業60日後に短時間勤務",
             "丹治 美和（経理）：母が若年性認知症、介護休暇を時間単位で月6回",
             "堀之内 誠（物流）：妻が乳がんで化学療法中、在宅勤務を併用",
             "三反田 由里（人事）：祖母が要介護3、特養入所まで休業を分割取得",
             "蓮見 健吾（品証）：弟が統合失調症、通院同行のため時差出勤"],
            ["今後の課題", "管理職への研修", "相談窓口の周知"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PPTXに5名の実名と家族の病名・要介護度（要配慮の一覧）を社外講師へ",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["MindBridge EAP Onboarding <onboarding@mindbridge-eap.com>"],
    subject="Enrollment data for caregiver support pilot",
    body="""Dear MindBridge onboarding team,

Thank you for the kick-off call yesterday. As agreed, please find attached the
enrollment file for the caregiver support pilot (employees currently on or
planning family-care leave). The ZIP contains one CSV in UTF-8.

Could you confirm once the accounts have been created?
""" + SIG_EN,
    attachments=[{
        "kind": "zip", "name": "enrollment_pilot.zip",
        "files": [{
            "kind": "csv", "name": "enrollment_pilot.csv", "encoding": "utf-8",
            "rows": [
                ["name", "department", "mobile", "private_email", "preferred_language"],
                ["Shota Kinjo", "Sales 2", "+81-90-3371-0458", "kinjo.shota@gmail.com", "ja"],
                ["Megumi Tokashiki", "Accounting", "+81-80-2296-7713", "megu.toka@yahoo.co.jp", "ja"],
                ["Ryo Azuma", "Logistics", "+81-70-6614-2290", "ryo.azuma1980@outlook.jp", "ja"],
                ["Lin Mei", "IT", "+81-90-8845-3017", "linmei.tokyo@gmail.com", "zh"],
                ["Naoko Hirabayashi", "Osaka Branch", "+81-80-4409-1182", "naoko.h@icloud.com", "ja"],
                ["Daniel Kato", "Quality", "+81-90-1250-9964", "dkato.home@gmail.com", "en"],
            ],
        }],
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail; ZIP (unencrypted) with CSV of 6 employees' mobiles and private e-mails",
)

add(
    charset="iso-2022-jp",
    sender=SAIONJI,
    to=[CONSUL],
    subject="FW: 介護休業中社員の連絡先（フォロー面談用）",
    body="""宮路様

お世話になっております。西園寺です。
フォロー面談の日程調整をお願いしたく、人事からの連絡を転送いたします。
各自へ直接ご連絡いただいて構いません。

-----Forwarded Message-----
From: 高野 真理子 <takano.mariko@hinode-sangyo.co.jp>
Sent: Monday, May 12, 2025 10:14 AM
To: 西園寺 さやか <saionji.sayaka@hinode-sangyo.co.jp>
Subject: 介護休業中社員の連絡先（フォロー面談用）

西園寺さん

休業中の社員の私用連絡先です（本人了承済み）。

 1. 根来 孝之　　私用メール negoro.t@gmail.com　　携帯 090-2277-4051
 2. 安里 ゆかり　私用メール yukari.asato@yahoo.co.jp　携帯 080-9013-6628
 3. 我謝 龍一　　私用メール gaja.ryu@outlook.jp　　携帯 070-1182-5539
 4. 茅根 すみれ　私用メール sumire.chino@icloud.com　携帯 090-6645-2270
 5. 太齋 悟　　　私用メール dazai.satoru@ezweb.ne.jp　携帯 080-3524-9917

高野
""" + SIG_SAIONJI,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="社内メールを社外へ転送：5名の私用メール・携帯（転送は新しい内容として数える）",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[SR2],
    subject="FW: 大阪支店の介護休業者連絡先",
    body="""今泉様

お世話になっております。高野です。
大阪支店分の休業者連絡先について、支店から届いたメールをそのまま添付いたします。
書類の郵送先としてご利用ください。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "eml", "name": "大阪支店_介護休業者連絡先.eml",
        "message": {
            "charset": "shift_jis",
            "sender": KUGA,
            "to": [TAKANO],
            "subject": "大阪支店 介護休業者の連絡先",
            "body": """高野さん

お疲れさまです。大阪支店の久我です。
ご依頼の介護休業者の郵送先・連絡先です。

氏名　　　　　住所　　　　　　　　　　　　　　　　　電話
―――――――――――――――――――――――――――――――――
米須 康平　　大阪府堺市堺区中瓦町2-3-18　　　　　072-238-4410
仲村渠 優子　兵庫県西宮市甲子園口3-9-7　　　　　0798-64-2281
楢崎 晃　　　大阪府豊中市服部元町1-6-22　　　　06-6863-5097
百済 典子　　京都府京都市伏見区深草西浦町4-55　075-641-3308
鶴見 大地　　奈良県奈良市学園北1-14-9　　　　　0742-45-7726

よろしくお願いします。
""" + SIG_KUGA,
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="添付メール（.eml）に5名の住所・電話、社労士へ転送",
)

add(
    charset="utf-8",
    sender=TODO,
    to=["関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
    subject="介護保険第2号被保険者 該当者一覧（2025年度上期）",
    body="""関東機械工業健康保険組合
適用課 御中

いつもお世話になっております。日の出産業 給与チームの藤堂です。
今年度上期に40歳に到達し、介護保険料の徴収が始まる被保険者の一覧をお送りします。
旧形式のExcel（.xls）で恐縮ですがご確認ください。
""" + SIG_TODO,
    attachments=[{
        "kind": "xls", "name": "kaigo2go_2025H1.xls",
        "sheets": {
            "該当者": [
                ["保険証記号", "保険証番号", "氏名", "生年月日", "40歳到達日"],
                ["2103", "118", "伊禮 翔太", "1985/04/03", "2025/04/02"],
                ["2103", "224", "小田嶋 桃子", "1985/05/21", "2025/05/20"],
                ["2104", "037", "真境名 拓", "1985/06/09", "2025/06/08"],
                ["2103", "301", "仲間 紗希", "1985/07/30", "2025/07/29"],
                ["2105", "089", "玉城 俊介", "1985/08/17", "2025/08/16"],
                ["2103", "415", "屋比久 綾", "1985/09/02", "2025/09/01"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="XLSで6名の健康保険証記号・番号と生年月日を健保組合へ",
)

add(
    charset="iso-2022-jp",
    sender=MORIYA,
    to=[SR2],
    subject="住所変更の確認（介護による転居者）",
    body="""今泉様

お世話になっております。守屋です。
親の介護のため実家近くへ転居した社員の住所変更について、
社会保険・雇用保険の手続き漏れがないか確認をお願いできますでしょうか。
氏名は伏せ、社員番号でお送りします。

社員番号　生年月日　　　新住所
H08817　　1967.02.11　　〒990-0031 山形県山形市十日町2-4-16
H09240　　1970.06.28　　〒380-0836 長野県長野市南県町1062-3
H09918　　1973.09.05　　〒760-0017 香川県高松市番町4-7-21
H10462　　1976.12.19　　〒870-0047 大分県大分市中島西1-3-8
H11035　　1979.03.24　　〒038-0012 青森県青森市柳川2-11-5
H11788　　1982.10.07　　〒690-0887 島根県松江市殿町251

転居日は各人まちまちですので、必要であれば別途お知らせします。
""" + SIG_MORIYA,
    expect="stop",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="氏名列なしでも6名分の生年月日・住所の一覧（社員番号で特定可能）",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["Sarah Whitfield <s.whitfield@globalbenefits-partners.com>"],
    subject="Caregiver leave participants - data for benefits review",
    body="""Hi Sarah,

As requested for the benefits review, here are the employees currently on
family-care leave who would be eligible for the new caregiver allowance:

  Name               Date of birth   Leave period            Contact
  -----------------  --------------  ----------------------  ------------------------------
  Kenji Nakamatsu    1970-04-18      2025-03-03 - 2025-06-01  k.nakamatsu@hinode-sangyo.co.jp
  Yuka Shimabukuro   1976-11-02      2025-03-17 - 2025-05-16  y.shimabukuro@hinode-sangyo.co.jp
  Takeshi Oyadomari  1968-01-25      2025-04-01 - 2025-06-29  t.oyadomari@hinode-sangyo.co.jp
  Asami Kochinda     1981-08-09      2025-04-14 - 2025-07-12  a.kochinda@hinode-sangyo.co.jp
  Hiroshi Tamanaha   1965-05-30      2025-05-07 - 2025-08-04  h.tamanaha@hinode-sangyo.co.jp

Let me know if you also need their salary bands.
""" + SIG_EN,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English: list of 5 employees with dates of birth and e-mails to a benefits broker",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[SR],
    subject="対象家族の確認資料（扶養・同居状況）",
    body="""菅原様

お世話になっております。高野です。
介護休業の対象家族の要件確認のため、申出者から提出された家族情報をまとめました。
和暦は申出書の記載のままです。

家族氏名　　　続柄（社員）　　　生年月日　　　　　　同居　住所
鳴海 ハル　　 母（鳴海 恭平）　昭和１５年３月２日　　別居　岩手県盛岡市中ノ橋通1-4-22
宜保 清　　　 父（宜保 千秋）　昭和１２年１１月１８日　同居　東京都江戸川区西葛西5-8-3
城間 トミ　　 祖母（城間 健）　大正１５年６月９日　　別居　沖縄県浦添市宮城3-12-7
安慶名 正一　 義父（安慶名 唯）昭和１８年１月２７日　別居　熊本県熊本市中央区水前寺6-2-40
外間 ミツ　　 母（外間 修）　　昭和２２年８月１５日　同居　東京都北区赤羽西2-19-11
饒平名 勝男　 兄（饒平名 亜紀）昭和３０年４月４日　　別居　宮崎県宮崎市橘通東4-7-5

祖母・兄については同居・扶養は要件ではない認識ですが、念のためご確認ください。
""" + SIG_TAKANO,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="対象家族6名の氏名・和暦生年月日・住所の一覧（全角空白揃え）を社労士へ",
)

# =====================================================================================
# STOP: マイナンバー・カード・本人確認書類など
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[SR2],
    subject="介護休業給付金の申請（阿波根さん分）",
    body=f"""今泉様

いつもお世話になっております。高野です。
阿波根さんの介護休業給付金の申請に必要な情報をお送りします。
申請書の個人番号欄への記入をお願いいたします。

氏名：阿波根 昌也（あはごん まさや）
生年月日：1974年7月21日
個人番号：{grp(my_number(SEED + 0))}
休業期間：2025年3月10日～2025年6月7日（90日）
対象家族：実父

賃金証明書は先週郵送済みです。
""" + SIG_TAKANO,
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="本文にマイナンバー（1名分）を社労士へ",
)

add(
    charset="utf-8",
    sender=MORIYA,
    to=[SR],
    cc=[TAKANO],
    subject="給付申請用 個人番号の件",
    body="""菅原様

お世話になっております。守屋です。
介護休業給付の申請3件分について、マイナンバーを含む申請用情報をExcelでお送りします。
取扱いにはご注意ください。
""" + SIG_MORIYA,
    attachments=[{
        "kind": "xlsx", "name": "給付申請_個人番号.xlsx",
        "sheets": {
            "申請用": [
                ["氏名", "フリガナ", "生年月日", "個人番号", "被保険者番号"],
                ["具志堅 麻美", "グシケン アサミ", "1978/02/14", my_number(SEED + 1), "5012-433718-2"],
                ["仲宗根 洋", "ナカソネ ヒロシ", "1971/09/03", my_number(SEED + 2), "5012-356602-9"],
                ["平良 絵里香", "タイラ エリカ", "1984/12/25", my_number(SEED + 3), "5012-448015-5"],
            ],
        },
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSXに3名分のマイナンバー（人数は少なくても個人番号は止める）",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[HW],
    subject="介護休業給付金支給申請書（控え）の送付",
    body="""ハローワーク港南 ご担当者様

お世話になっております。日の出産業の高野でございます。
本日窓口で提出いたしました申請書の控えをPDFでお送りいたします。
お電話でご指摘いただいた記入漏れ箇所は修正済みです。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "pdf", "name": "shikyu_shinsei_hikae.pdf",
        "lines": [
            "介護休業給付金支給申請書（控）",
            "1. 被保険者番号　5012-462207-1",
            "2. 被保険者氏名　金城 百合子（キンジョウ ユリコ）",
            "3. 生年月日　昭和56年10月3日",
            f"4. 個人番号　{my_number(SEED + 4)}",
            "5. 住所　東京都品川区東大井3-14-6 グランメゾン東大井402",
            "6. 対象家族の氏名　金城 ツル（続柄：母）",
            "7. 休業開始年月日　令和7年2月3日",
            "事業主　日の出産業株式会社　代表取締役 日野 昭彦",
        ],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDFの申請書控えにマイナンバー・住所・生年月日（1名）",
)

add(
    charset="iso-2022-jp",
    sender=MORIYA,
    to=[SR2],
    subject="住所変更届の作成依頼（具志 智之さん）",
    body="""今泉様

お世話になっております。守屋です。
社員の具志さんが、お母様の介護のため実家へ転居しました。
被保険者住所変更届の作成をお願いいたします。

　氏名　　　　具志 智之
　基礎年金番号　4417-203981
　新住所　　　〒901-2223 沖縄県宜野湾市大山6-15-2
　転居日　　　2025年4月20日

よろしくお願いします。
""" + SIG_MORIYA,
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="基礎年金番号（1名）と住所を社労士へ",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=["南野市役所 介護保険課 給付係 <kaigo-kyufu@city.minamino.lg.jp>"],
    subject="高額介護合算療養費の申請について（照会）",
    body="""南野市役所 介護保険課 給付係 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の高野と申します。
弊社社員のご家族（弊社健康保険の被扶養者）の高額介護合算療養費について、
社員本人の依頼によりご照会させていただきます。

　被扶養者氏名：比屋根 カマド
　生年月日：昭和13年5月5日
　健康保険証　保険者番号 06139015　記号 2103　番号 552
　介護保険被保険者番号：お手元の資料をご参照ください

必要な証明書の様式をご教示いただけますと幸いです。
""" + SIG_TAKANO,
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="家族の健康保険証の記号・番号を市役所へ（ID番号は1名でも止める）",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[SR2],
    subject="Re: 本人確認書類について",
    body="""今泉様

お世話になっております。高野です。
ご依頼の本人確認情報について、新城さんから運転免許証の情報をいただきました。

　氏名：新城 拓海
　運転免許証番号：第 302109876540 号
　有効期限：令和9年8月4日まで

写しは社内便で郵送いたしますので、届きましたら原本照合をお願いいたします。

> 申請にあたり、被保険者ご本人の本人確認書類（運転免許証等）の
> 番号をお知らせいただけますでしょうか。
""" + SIG_TAKANO,
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME"],
    detectors=["personal_data"],
    note="新しい本文に運転免許証番号（引用部分は質問のみ）",
)

add(
    charset="utf-8",
    sender=MORIYA,
    to=["行政書士・社労士 金子事務所 <info@kaneko-gyosei.jp>"],
    subject="外国籍社員の介護休業と在留資格について",
    body="""金子先生

いつもお世話になっております。日の出産業の守屋です。
ベトナム国籍の社員が、来日した母親の介護のため介護休業を希望しております。
在留資格への影響と、更新時の注意点についてご相談させてください。

　氏名：NGUYEN THI LAN（グエン・ティ・ラン）
　在留カード番号：UH48120937EA
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2026年1月15日

ご都合のよい日時をいくつかお知らせいただけますと幸いです。
""" + SIG_MORIYA,
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="在留カード番号（1名）を外部の行政書士へ",
)

add(
    charset="iso-2022-jp",
    sender=SAIONJI,
    to=["かいごマート 法人窓口 <houjin@kaigo-mart.jp>"],
    subject="介護用品の法人注文（決済情報）",
    body=f"""かいごマート 法人窓口 ご担当者様

お世話になっております。日の出産業 総務部の西園寺です。
福利厚生の介護用品貸出制度用に、下記を注文いたします。

　・折りたたみ車いす KM-WC210　2台
　・ポータブルトイレ KM-PT55　1台
　・見守りセンサー KM-SS08　3台

決済は法人カードでお願いいたします。
　カード番号：{fw(card_number(SEED + 5)[:4])}-{fw(card_number(SEED + 5)[4:8])}-{fw(card_number(SEED + 5)[8:12])}-{fw(card_number(SEED + 5)[12:])}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD

納品先は本社総務部（港区芝3-12-8 6F）です。
""" + SIG_SAIONJI,
    expect="stop",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="全角数字のクレジットカード番号を外部ECへ（法人カードでもカード番号は止める）",
)

add(
    charset="utf-8",
    sender=SAIONJI,
    to=["たびプラザ 法人デスク <corporate@tabi-plaza.co.jp>"],
    subject="航空券手配のお願い（台北・介護帰省）",
    body="""たびプラザ 法人デスク ご担当者様

お世話になっております。日の出産業 総務部の西園寺です。
社員が台湾在住の父親の介護のため帰省いたします。航空券の手配をお願いいたします。

　搭乗者氏名：ONO MIYUKI（小野 美雪）
　生年月日：1983年2月17日
　旅券番号：TZ4418207
　旅券有効期限：2031年6月30日
　往路：6月2日 羽田→台北松山（午前便希望）
　復路：オープン（休業期間中のため未定）

費用は福利厚生の介護帰省補助の対象となります。請求書は総務部宛てでお願いします。
""" + SIG_SAIONJI,
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="旅券番号（1名）と生年月日を旅行会社へ",
)

add(
    charset="shift_jis",
    sender=TODO,
    to=[SR],
    subject="年末調整・給付申請用データ（マイナンバー含む）",
    body="""菅原様

お世話になっております。藤堂です。
介護休業者5名分の申請用データをZIPでお送りします。
中のCSVに個人番号が含まれておりますので、受領後はサーバー保存をお控えください。
""" + SIG_TODO,
    attachments=[{
        "kind": "zip", "name": "kaigo_mynumber_5mei.zip",
        "files": [{
            "kind": "csv", "name": "mynumber_list.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "生年月日", "個人番号"],
                ["H09812", "有働 里美", "1969/03/04", my_number(SEED + 6)],
                ["H10118", "仁科 洋平", "1972/10/19", my_number(SEED + 7)],
                ["H10990", "古謝 剛", "1965/12/02", my_number(SEED + 8)],
                ["H11803", "巌谷 康介", "1981/01/30", my_number(SEED + 9)],
                ["H12377", "百目鬼 隆之", "1966/09/30", my_number(SEED + 10)],
            ],
        }],
    }],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="暗号化なしZIP内のCSVに5名のマイナンバー",
)

# =====================================================================================
# STOP: 要配慮個人情報（1名でも）
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[CAREMGR],
    subject="桑江様のお母様の件（勤務予定のご連絡）",
    body="""ひだまりケアプランセンター
大河内 様

いつもお世話になっております。日の出産業 人事部の高野でございます。
弊社社員 桑江 浩之さんのお母様（桑江 ウシ様）のケアプランについて、
本人の同意を得て、勤務予定をお知らせいたします。

お母様は先月の認定で要介護3となり、アルツハイマー型認知症の進行により
夜間の見守りが必要と伺っております。
桑江さんは6月から短時間勤務（9:30～15:30）に切り替え、
火・木は在宅勤務となります。デイサービスの利用日調整の参考にしてください。

ご不明な点がございましたらご連絡ください。
""" + SIG_TAKANO,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の社員の母の要介護度・認知症の診断をケアマネへ（1名でも要配慮）",
)

add(
    charset="utf-8",
    sender=MORIYA,
    to=[SR],
    subject="介護休業の期間延長についてご相談",
    body="""菅原様

お世話になっております。守屋です。
営業第二部の知念 大輔さんの件でご相談です。

お父様が3月に脳梗塞で倒れ、現在も急性期病院に入院中です。
失語症と右片麻痺が残る見込みで、回復期リハビリ病院への転院が決まりました。
知念さんは現在介護休業中（3/24～）ですが、93日を超えて休みたいとの希望があります。
法定を超える部分を無給の特別休職として扱うことは可能でしょうか。

また、雇用保険の給付との関係もあわせてご教示いただけますと助かります。
""" + SIG_MORIYA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="実名の社員の父の病名（脳梗塞・失語症・麻痺）と入院を社労士へ",
)

add(
    charset="shift_jis",
    sender=MORIYA,
    to=["白川法律事務所 佐伯弁護士 <saeki@shirakawa-law.jp>"],
    subject="障害のある社員からの介護休業申出について",
    body="""佐伯先生

いつもお世話になっております。日の出産業の守屋です。
下記の件、ご意見をお聞かせいただけますでしょうか。

品質保証部の外間 隆二さん（身体障害者手帳2級、下肢機能障害で車いす使用）から、
同居の母親の介護のため介護休業の申出がありました。
ご本人の障害に配慮した職場復帰支援をどこまで会社が行うべきか、
また休業中の在宅での業務を一部お願いすることの可否について伺いたいと考えています。

来週中にお打合せのお時間をいただけますと幸いです。
""" + SIG_MORIYA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="実名社員の障害（身体障害者手帳2級）を法律事務所へ",
)

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=["桜木内科クリニック 産業医 桜木 先生 <sakuragi@sakuragi-clinic.jp>"],
    subject="面談のお願い（介護中の社員の体調について）",
    body="""桜木先生

いつもお世話になっております。日の出産業 人事部の高野です。
経理部の大城 恵子さんについて、産業医面談をお願いしたくご連絡いたしました。

大城さんは昨年から義母の介護を続けており、先月、心療内科で
適応障害と診断され、現在は抗うつ薬を服用しているとのことです。
介護休業と病気休職のどちらが適切か、医学的なご意見をいただきたく存じます。

候補日：6月10日（火）14時／6月12日（木）10時
""" + SIG_TAKANO,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="実名社員の適応障害の診断・服薬を社外クリニックへ",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=["北区第三地域包括支援センター <soudan@kita3-houkatsu.or.jp>"],
    subject="社員のお父様の介護サービス利用について（ご相談）",
    body="""北区第三地域包括支援センター ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部の高野と申します。
弊社社員の依頼により、ご家族の介護についてご相談させてください。

　ご本人：譜久村 清一 様（82歳）
　住所：東京都北区十条仲原2-18-4
　状況：パーキンソン病で、先月の認定で要介護4。転倒を繰り返している
　主介護者：長男（弊社社員、平日は日中不在）

ショートステイの空き状況と、ケアマネジャーのご紹介をお願いできますでしょうか。
""" + SIG_TAKANO,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="社員の父の氏名・住所・病名・要介護度を地域包括支援センターへ",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["MindBridge Counseling Desk <counseling@mindbridge-eap.com>"],
    subject="Referral: employee caring for mother with dementia",
    body="""Dear Counseling Desk,

I would like to refer one of our employees for priority counseling.

Employee: Ms. Kanako Iha (Accounting Department)
Situation: She has been the sole caregiver for her mother, who was diagnosed
with frontotemporal dementia last year. Ms. Iha herself was diagnosed with
major depressive disorder in April and is currently on medication.

She has agreed to this referral and prefers sessions in Japanese on weekday
evenings. Please contact her directly via our HR office.
""" + SIG_EN,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English: named employee's depression diagnosis and her mother's dementia to EAP",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[SR2],
    subject="要介護状態の確認資料（診断書）",
    body="""今泉様

お世話になっております。高野です。
常時介護を必要とする状態の確認資料として、糸洲さんから提出された
お母様の診断書をテキスト化したPDFをお送りします。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "pdf", "name": "shindansho_itosu.pdf",
        "lines": [
            "診　断　書",
            "氏名：糸洲 キヨ　　生年月日：昭和14年9月12日（85歳）",
            "病名：1. 慢性心不全（NYHA III度）　2. 糖尿病性腎症",
            "所見：令和7年2月より入退院を繰り返しており、歩行・入浴・排泄に全面的な介助を要する。",
            "　　　今後少なくとも6か月間は常時介護を必要とする状態と認める。",
            "令和7年4月8日　医療法人 南風会 はえばる病院　内科　医師 大嶺 直樹",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDFの診断書（対象家族の病名・所見）を社労士へ",
)

add(
    charset="iso-2022-jp",
    sender=SAIONJI,
    to=["有料老人ホーム ほしぞらの家 入居相談室 <nyukyo@hoshizora-home.jp>"],
    subject="入居のご相談（弊社社員のお父様）",
    body="""ほしぞらの家 入居相談室 ご担当者様

お世話になります。日の出産業株式会社 総務部の西園寺と申します。
福利厚生の提携施設として、弊社社員のお父様の入居についてご相談いたします。

　ご本人：石嶺 正雄 様（79歳、要介護2）
　既往歴：心筋梗塞（2022年）、現在は軽度の認知症
　その他：カトリック信者で、日曜のミサへの参加を強く希望されています。
　　　　　施設として外出の付き添いが可能かどうかお教えください。

見学は社員の石嶺 彩さんが同行いたします。6月中の土曜日でご都合のよい日はございますか。
""" + SIG_SAIONJI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="社員の父の既往歴・認知症・信仰（要配慮）を介護施設へ",
)

# =====================================================================================
# STOP: 3者以上の社外宛先が To/Cc で見える
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=ODAGIRI,
    to=["大河内 千尋 <ookouchi@hidamari-care.jp>",
        "ケアプランつばき 嵩原様 <takehara@careplan-tsubaki.jp>",
        "居宅介護支援事業所 こもれび 新垣様 <arakaki@komorebi-kyotaku.com>",
        "みなと介護相談室 上原様 <uehara@minato-kaigosoudan.or.jp>"],
    subject="【ご案内】企業向け「介護と仕事の両立」意見交換会（7月18日）",
    body="""ケアマネジャーの皆様

いつも弊社社員のご家族がお世話になっております。
日の出産業株式会社 人事部の小田切でございます。

このたび、企業とケアマネジャーの皆様との意見交換会を下記のとおり開催いたします。
ご多用中とは存じますが、ぜひご参加いただけますと幸いです。

　日時：2025年7月18日（金）15:00～17:00
　会場：日の出産業 本社 6階 大会議室（港区芝3-12-8）
　内容：社員からの相談事例の共有（匿名化したもの）、連携の進め方

ご出欠を7月4日までにご返信ください。
""" + SIG_ODAGIRI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="4つの別事業所のケアマネを To に並べた案内（Bcc にすべき）",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=["根来 孝之 <negoro.t@gmail.com>",
        "安里 ゆかり <yukari.asato@yahoo.co.jp>",
        "茅根 すみれ <sumire.chino@icloud.com>"],
    subject="復職前面談の日程について",
    body="""根来さん、安里さん、茅根さん

介護休業中のところ失礼いたします。人事部の高野です。
休業終了が近づいてまいりましたので、復職前面談の日程を調整させてください。

候補日：6月23日（月）、24日（火）、26日（木）いずれも10時～17時
場所：本社6階 面談室、またはオンライン（Teams）

ご希望の日時を今週中にご返信いただけますと助かります。
""" + SIG_TAKANO,
    expect="stop",
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="休業中社員3名の私用アドレスを To に並べて送信（互いのアドレスが見える）",
)

add(
    charset="shift_jis",
    sender=MORIYA,
    to=[SR, "関東機械工業健康保険組合 適用課 <tekiyo@kantokikai-kenpo.or.jp>"],
    cc=[CONSUL],
    subject="介護休業制度改定に伴う打合せのお願い",
    body="""やまびこ労務パートナーズ 菅原様
関東機械工業健康保険組合 適用課 ご担当者様
ケアワークバランス研究所 宮路様

いつもお世話になっております。日の出産業の守屋です。
10月の介護休業規程改定に向けて、三者合同でお打合せをお願いしたく存じます。

　候補日：6月17日（火）・19日（木）・20日（金）いずれも午後
　議題：規程改定案のレビュー、保険料・給付の取扱い、社員向け説明会の進め方

ご都合をお知らせください。
""" + SIG_MORIYA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="3つの社外組織を To/Cc に並べた（互いに見える3者以上）",
)

add(
    charset="shift_jis",
    sender=KUGA,
    to=["米須さん <yonaha-k@docomo.ne.jp>",
        "仲村渠さん <nkdkr.yuko@ezweb.ne.jp>",
        "楢崎さん <narasaki.akira@softbank.ne.jp>"],
    subject="書類届きましたか？（大阪支店 久我）",
    body="""お疲れさまです。大阪支店総務の久我です。
介護休業給付の書類を先週郵送しました。
届いていなければこのメールに返信してください。
記入後は同封の返信用封筒でお送りください。
久我（06-6312-4480）
""",
    expect="stop",
    entities=[],
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="携帯キャリアの私用アドレス3名を To に並べた（3者以上が見える）",
)

# =====================================================================================
# STOP: 類似ドメイン（自社・取引先ドメインの打ち間違い・なりすまし）
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=["久我 美穂 <kuga.miho@hinode-sangyou.co.jp>"],
    subject="介護休業規程 改定案（支店説明用）",
    body="""久我さん

お疲れさまです。高野です。
10月施行予定の介護休業規程の改定案がまとまりましたので共有します。
主な変更点は以下のとおりです。

・介護休暇の時間単位取得を「中抜け」も可とする
・介護短時間勤務の利用期間を3年→5年に延長
・介護休業の申出期限を2週間前→1週間前に緩和

支店での説明会は9月第2週を想定しています。ご意見があれば今月中にお願いします。
""" + SIG_TAKANO,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内宛てのつもりが hinode-sangyou.co.jp（1文字追加の類似ドメイン）",
)

add(
    charset="utf-8",
    sender=MORIYA,
    to=["白川 亘 <w.shirakawa@shirakawa-law.co.jp>"],
    subject="介護休業中の解雇制限についての確認",
    body="""白川先生

お世話になっております。守屋です。
一般論として伺いたいのですが、介護休業中の社員について、
事業所閉鎖に伴う配置転換の打診はどの時点から可能でしょうか。
具体的な案件になり次第、あらためてご相談させていただきます。
""" + SIG_MORIYA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="顧問先 shirakawa-law.jp ではなく shirakawa-law.co.jp（TLD違い）",
)

add(
    charset="shift_jis",
    sender="仲宗根 亮 <nakasone.ryo@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <dounyu@tsubasa-sytsem.jp>"],
    subject="時間単位の介護休暇 設定変更のお願い",
    body="""ツバサシステム 導入支援ご担当者様

お世話になっております。日の出産業の仲宗根です。
10月の規程改定に合わせて、勤怠システムの休暇区分を変更したく、
設定作業のお見積りをお願いいたします。

　・休暇区分「介護休暇（時間）」の新設（1時間単位、年間上限 対象家族1人につき5日）
　・「中抜け」取得の許可
　・既存区分 KYU-07 の廃止

本番反映は9月30日夜を希望します。
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 tsubasa-system.jp の文字入れ替え tsubasa-sytsem.jp",
)

add(
    charset="iso-2022-jp",
    sender=TODO,
    to=["みどり銀行 新橋支店 法人担当 <shinbashi-houjin@midori-ginko.jp>"],
    subject="給与振込日変更のご連絡（6月分）",
    body="""みどり銀行 新橋支店 法人担当 ご担当者様

いつもお世話になっております。日の出産業 経理部の藤堂です。
6月分の給与振込日を、システム更改のため6月24日（火）に前倒しいたします。
データ伝送は6月20日（金）15時までに行う予定です。

お手数ですが、受付体制についてご確認いただけますでしょうか。
""" + SIG_TODO,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 midori-ginko.co.jp の co. が抜けた midori-ginko.jp",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["人事部 守屋 <moriya.kenji@hinode-sangy0.co.jp>"],
    subject="両立支援面談の記録様式について",
    body="""守屋課長

お疲れさまです。小田切です。
両立支援面談の記録様式を見直しました。
「家族の状況」欄を自由記述から選択式に変え、記入負担を減らしています。
明日の定例で5分ほどお時間をいただけますか。
""" + SIG_ODAGIRI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="自社ドメインの o をゼロに置き換えた hinode-sangy0.co.jp（ホモグリフ）",
)

add(
    charset="shift_jis",
    sender=KUGA,
    to=["高野 真理子 <takano.mariko@hinode-sangyo-co.jp>"],
    subject="大阪支店 介護休暇の取得状況（5月）",
    body="""高野さん

お疲れさまです。大阪支店の久我です。
5月の介護休暇の取得状況です（件数のみ）。

　介護休暇（日単位）：4件
　介護休暇（時間単位）：11件（延べ27時間）
　介護休業の新規申出：1件

詳細は月次報告の共有フォルダに格納しました。
""" + SIG_KUGA,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.co.jp のドットをハイフンにした hinode-sangyo-co.jp",
)

# =====================================================================================
# STOP: 機密区分の表示（社外秘・部外秘・Confidential など）
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=MORIYA,
    to=[SR],
    subject="【社外秘】介護休業規程 改定案（第3版）",
    body="""━━━━━━━━━━━━━━━━━━━━
　社外秘　取扱区分：関係者限り
━━━━━━━━━━━━━━━━━━━━

菅原様

お世話になっております。守屋です。
役員会前の改定案（第3版）です。第12条（介護休業の申出）と
第15条（介護短時間勤務）の文言についてご確認をお願いいたします。

第12条 介護休業の申出は、休業開始予定日の1週間前までに、
　　　　所定の申出書により人事部長に行うものとする。
第15条 介護短時間勤務は、利用開始日から連続する5年の期間内に
　　　　2回以上の利用を可能とする。

ご意見は6月20日までにいただけますと幸いです。
""" + SIG_MORIYA,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と本文冒頭に「社外秘」の区分表示がある文書を社外へ",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["錦印刷 営業部 北條様 <hojo@nishiki-insatsu.co.jp>"],
    subject="両立支援ハンドブック 入稿データ",
    body="""錦印刷株式会社
北條様

お世話になっております。日の出産業の小田切です。
社員向け「仕事と介護の両立支援ハンドブック」の入稿データをお送りします。
部数は1,200部、納期は8月29日でお願いいたします。
""" + SIG_ODAGIRI,
    attachments=[{
        "kind": "docx", "name": "両立支援ハンドブック_入稿版.docx",
        "page_header": "社外秘",
        "title": "仕事と介護の両立支援ハンドブック",
        "paragraphs": [
            "仕事と介護の両立支援ハンドブック（2025年版）",
            "1. 介護が始まったら：まずは人事部 両立支援窓口へ",
            "2. 介護休業：対象家族1人につき通算93日、3回まで分割可",
            "3. 介護休暇：年5日（対象家族2人以上は10日）、時間単位で取得可",
            "4. 介護休業給付金：休業開始時賃金日額の67%（雇用保険）",
            "5. 社内の相談窓口と外部の相談先",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX のヘッダーに「社外秘」スタンプ（取引先の印刷会社宛て）",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["Sarah Whitfield <s.whitfield@globalbenefits-partners.com>"],
    subject="Draft caregiver leave policy (Japan) for your review",
    body="""Hi Sarah,

Attached is the draft of our revised caregiver leave policy for Japan,
translated into English for the regional benefits benchmark.
Please treat the numbers in section 4 as provisional.
""" + SIG_EN,
    attachments=[{
        "kind": "pdf", "name": "Caregiver_Leave_Policy_JP_draft.pdf",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Confidential - Hinode Sangyo Co., Ltd. - Do not distribute",
        "lines": [
            "Caregiver Leave Policy (Japan) - Draft v0.9",
            "1. Scope: all employees, including fixed-term employees",
            "2. Family-care leave: up to 93 days per family member, in up to 3 blocks",
            "3. Care days: 5 days per year (10 days for two or more family members)",
            "4. Company top-up: 13% of base pay during leave (provisional)",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF のヘッダー・フッターに CONFIDENTIAL の区分表示",
)

add(
    charset="shift_jis",
    sender=MORIYA,
    to=[CONSUL],
    subject="介護休業 会社補填の費用試算",
    body="""宮路様

お世話になっております。守屋です。
介護休業中の会社補填（給付金への上乗せ）を導入した場合の費用試算です。
前提条件のご確認をお願いいたします。
""" + SIG_MORIYA,
    attachments=[{
        "kind": "xlsx", "name": "補填費用試算_v2.xlsx",
        "page_header": "部外秘",
        "sheets": {
            "試算": [
                ["介護休業 会社補填 費用試算（人事部）", "", "", ""],
                ["補填率", "想定取得者数", "平均休業日数", "年間費用（千円）"],
                ["5%", 12, 60, 1440],
                ["10%", 12, 60, 2880],
                ["13%", 12, 60, 3744],
            ],
            "前提": [["平均月給（千円）", 400], ["取得率（想定）", "1.2%"], ["対象人数", 1000]],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX のページヘッダーに「部外秘」（個人情報なしの集計資料）",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["講師 宮本 裕子 <y.miyamoto@jinji-seminar.co.jp>"],
    subject="管理職研修スライド（社内向け版）のご確認",
    body="""宮本先生

お世話になっております。小田切です。
管理職研修で使う社内向けスライドをお送りします。
先生の講義パートとの重複がないか見ていただけますでしょうか。
""" + SIG_ODAGIRI,
    attachments=[{
        "kind": "pptx", "name": "管理職研修_介護両立.pptx",
        "page_footer": "Internal Only / 社内限り",
        "slides": [
            ["部下から介護の相談を受けたら", "まず話を聴く", "人事部の窓口につなぐ", "決めつけない"],
            ["やってはいけない対応", "休業の申出を思いとどまらせる", "評価で不利に扱う", "家族の状況を詮索する"],
            ["当社の制度一覧", "介護休業・介護休暇・短時間勤務・時差出勤・在宅勤務"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX 各スライドに「Internal Only / 社内限り」の表示、社外講師へ",
)

# =====================================================================================
# STOP: 読めない添付（パスワード付き・破損）
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[SR2],
    subject="介護休業関係書類の送付（パスワード別送）",
    body="""今泉様

お世話になっております。高野です。
介護休業関係の書類一式をお送りいたします。
添付ファイルはパスワード付きZIPです。パスワードは別途お送りいたします。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "zip", "name": "kaigo_shorui_0612.zip", "password": "Hn#2025-0612",
        "files": [
            {"kind": "xlsx", "name": "賃金台帳_抜粋.xlsx",
             "sheets": {"Sheet1": [["氏名", "4月", "5月"], ["具志 智之", 412000, 405000]]}},
            {"kind": "txt", "name": "メモ.txt", "text": "申請順：具志→平良→仲宗根"},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）は中身を検査できない",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[HW],
    subject="賃金証明書（写し）の送付",
    body="""ハローワーク港南 ご担当者様

お世話になっております。日の出産業の高野です。
お電話でご依頼いただいた賃金証明書の写しをお送りします。
閲覧用パスワードはお電話でお伝えいたします。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "pdf", "name": "chingin_shomei_utsushi.pdf", "password": "0612hw",
        "lines": ["休業開始時賃金月額証明書（写）", "被保険者氏名：金城 百合子", "賃金支払基礎日数：各月20日以上"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード保護されたPDF（暗号化で検査不能）",
)

add(
    charset="utf-8",
    sender="仲宗根 亮 <nakasone.ryo@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="Re: [問合せ#TS-58213] 取込用テンプレートの再送",
    body="""ツバサシステム サポートデスク ご担当者様

お世話になっております。仲宗根です。
ご指示のとおり、テンプレートに入力し直したファイルを添付します。
こちらで開くとエラーが出る場合があるのですが、そちらでは開けますでしょうか。

仲宗根
""",
    attachments=[{"kind": "corrupt", "name": "kyugyo_template_v2.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="破損した XLSX（中身を検査できない）",
)

add(
    charset="iso-2022-jp",
    sender=SAIONJI,
    to=[AOZORA],
    subject="法人契約 利用者追加申込書の送付",
    body="""あおぞらケアサービス 法人営業部 御中

お世話になっております。日の出産業の西園寺です。
利用者追加の申込書（Word）をお送りいたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_SAIONJI,
    attachments=[{"kind": "corrupt", "name": "riyosha_tsuika_moushikomi.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="破損した DOCX（検査不能な添付）",
)

# =====================================================================================
# PASS: 通常の業務メール・難しい通過例
# =====================================================================================

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[SR],
    subject="介護休業の対象家族の範囲について（ご質問）",
    body="""菅原様

いつもお世話になっております。日の出産業の高野です。
社員から次のような相談があり、対象家族に当たるか確認させてください。

　Q1. 同居していない祖父母・兄弟姉妹・孫は対象家族に含まれるか
　Q2. 配偶者の祖父母（いわゆる義理の祖父母）は対象になるか
　Q3. 事実婚の配偶者の父母はどうか

いずれも特定の方の事例ではなく、制度説明資料に載せたい一般的な内容です。
お手すきの際にご回答いただけますと幸いです。
""" + SIG_TAKANO + "\n" + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="匿名・一般的な制度の質問、署名と標準の免責文のみ",
)

add(
    charset="shift_jis",
    sender=MORIYA,
    to=[SR2],
    subject="Re: 給付申請の進捗について",
    body="""今泉様

ご連絡ありがとうございます。守屋です。
進捗承知いたしました。残りの方の書類は来週中にお送りします。
引き続きよろしくお願いいたします。

""" + SIG_MORIYA + """

> 守屋様
>
> お世話になっております。やまびこ労務パートナーズの今泉です。
> 介護休業給付の申請状況をお知らせいたします。
>
> 九十九 正樹様　5012-348871-3　1972/03/12　申請済（受理番号 K-2025-0418）
> 四月一日 奈央様　5012-402265-0　1989/10/25　申請済（受理番号 K-2025-0419）
> 御手洗 健太郎様　5012-377019-8　1977/07/07　書類待ち
> 八月一日 智子様　5012-415540-1　1985/12/01　書類待ち
> 長宗我部 誠様　5012-361128-6　1969/04/29　書類待ち
> 宇良 真一様　5012-429903-4　1982/08/08　書類待ち
>
> 書類待ちの方の賃金台帳をお送りいただけますでしょうか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="6名の一覧は相手のメールの引用（>）のみ、新しい本文に個人データなし",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=[CAREMGR],
    subject="RE: サービス担当者会議の日程について",
    body="""大河内様

ご連絡ありがとうございます。高野です。
6月20日（金）14時からの担当者会議、承知いたしました。
桑江さんはオンラインで参加予定とのことですので、会議のURLを前日までに
お送りいただけますと助かります。弊社からは私が同席いたします。

よろしくお願いいたします。
""" + SIG_TAKANO + """

差出人: 大河内 千尋 <ookouchi@hidamari-care.jp>
送信日時: 2025年6月9日 月曜日 17:42
宛先: 高野 真理子 <takano.mariko@hinode-sangyo.co.jp>
件名: サービス担当者会議の日程について

高野様

ひだまりケアプランセンターの大河内です。
桑江ウシ様は先日の受診で認知症の進行が認められ、主治医から
夜間の見守り強化を勧められました。要介護3のままですが、
ケアプランを見直すため、6月20日14時から担当者会議を開きます。
ご子息（桑江浩之様）の勤務状況もあわせて伺えれば幸いです。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="病状は相手（ケアマネ）のメールの引用（差出人/送信日時）のみ、新しい本文は日程の返事",
)

add(
    charset="utf-8",
    sender=TODO,
    to=["給与チーム <kyuyo-team@hinode-sangyo.co.jp>"],
    cc=[TAKANO],
    subject="介護休業者の個人番号（給付申請用）",
    body=f"""給与チームの皆さん

藤堂です。社労士へ渡す前の確認用に、介護休業者の個人番号を共有します。
社内のみでの取扱いとし、確認後はこのメールを削除してください。

氏名　　　　　生年月日　　　個人番号
宮城 直美　　1970/06/11　　{grp(my_number(SEED + 11))}
当山 勝　　　1967/03/29　　{grp(my_number(SEED + 12))}
嘉数 亜希子　1979/08/16　　{grp(my_number(SEED + 13))}
前泊 大介　　1975/02/07　　{grp(my_number(SEED + 14))}
島袋 玲奈　　1983/11/22　　{grp(my_number(SEED + 15))}
""" + SIG_TODO,
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="マイナンバー5名分だが宛先はすべて社内",
)

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=["営業第二部 部長 玉那覇 <tamanaha.shoji@hinode-sangyo.co.jp>"],
    subject="知念さんの勤務について（ご家族の状況）",
    body="""玉那覇部長

お疲れさまです。人事部の高野です。
知念さんのお父様ですが、脳梗塞後の回復期リハビリ病院へ転院され、
右片麻痺と失語症が残る見込みとのことです。
要介護認定は要介護4の見込みで、退院後は在宅介護となる予定です。

知念さんからは介護休業の延長と、その後の短時間勤務の希望が出ています。
業務分担について、来週ご相談させてください。
""" + SIG_TAKANO,
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="家族の病名・要介護度を含むが社内（上長）宛てのみ",
)

add(
    charset="utf-8",
    sender=MORIYA,
    to=["人事部長 日高 <hidaka.tsutomu@hinode-sangyo.co.jp>",
        "労務グループ <romu@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】介護休業規程 改定案（役員会資料）",
    body="""日高部長

守屋です。役員会資料の改定案を添付します。
社外秘の扱いでお願いいたします。
""" + SIG_MORIYA,
    attachments=[{
        "kind": "docx", "name": "介護休業規程_改定案_役員会.docx",
        "page_header": "社外秘",
        "paragraphs": ["介護休業規程 改定案", "第12条 申出期限を1週間前とする。", "第15条 短時間勤務の期間を5年とする。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘の表示があるが宛先は社内（サブドメイン mail.hinode-sangyo.co.jp も社内）",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=["根来 孝之 <negoro.t@gmail.com>"],
    subject="ご実家近くの相談窓口の一覧です",
    body="""根来さん

人事部の高野です。先日お話しした、ご実家のある地域の相談窓口を調べました。
いずれも公的な窓口ですので、まずはお電話してみてください。

窓口名　　　　　　　　　　　　　　所在地　　　　　　　　　　　　電話
――――――――――――――――――――――――――――――――――――――――――――
花巻市地域包括支援センター中央　　岩手県花巻市花城町9-30　　　0198-24-2111
花巻市地域包括支援センター西部　　岩手県花巻市東和町土沢5-411　0198-42-2113
花巻市役所 長寿福祉課　　　　　　岩手県花巻市花城町9-30　　　0198-41-3573
北上市地域包括支援センター　　　　岩手県北上市芳町2-8　　　　 0197-72-8293
岩手県社会福祉協議会 相談窓口　　岩手県盛岡市三本柳8-1-3　　 019-637-4466

会社の介護休暇は時間単位でも取れますので、手続きの際はご相談ください。
""" + SIG_TAKANO,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="公的窓口（事業所）の一覧で個人の名簿ではない、私用アドレス1件",
)

add(
    charset="shift_jis",
    sender=SAIONJI,
    to=[SR],
    subject="法人契約の介護サービス拠点一覧（社員周知用）",
    body="""菅原様

お世話になっております。西園寺です。
社員向け周知資料に、法人契約先の拠点一覧を載せたいと考えております。
掲載内容に問題がないか、あわせてご確認いただけますと幸いです。
""" + SIG_SAIONJI,
    attachments=[{
        "kind": "csv", "name": "aozora_kyoten.csv", "encoding": "cp932",
        "rows": [
            ["拠点名", "住所", "電話", "受付時間"],
            ["あおぞらケア 港南ステーション", "東京都港区港南2-5-3", "03-6718-2210", "9:00-18:00"],
            ["あおぞらケア 品川ステーション", "東京都品川区大井1-22-5", "03-5742-6631", "9:00-18:00"],
            ["あおぞらケア 川崎ステーション", "神奈川県川崎市川崎区砂子1-7-4", "044-221-8870", "9:00-18:00"],
            ["あおぞらケア 浦和ステーション", "埼玉県さいたま市浦和区高砂2-3-17", "048-833-1152", "9:00-17:30"],
            ["あおぞらケア 船橋ステーション", "千葉県船橋市本町4-40-19", "047-460-3318", "9:00-17:30"],
            ["あおぞらケア 大阪北ステーション", "大阪府大阪市北区天神橋3-9-27", "06-6355-4402", "9:00-18:00"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="事業所（拠点）の一覧で人の名簿ではない",
)

add(
    charset="iso-2022-jp",
    sender=ODAGIRI,
    to=["講師 宮本 裕子 <y.miyamoto@jinji-seminar.co.jp>"],
    subject="地方開催の会場候補について",
    body="""宮本先生

お世話になっております。小田切です。
秋の地方開催（両立支援セミナー）の会場候補です。
先生のご移動の都合もあるかと思いますので、ご希望をお聞かせください。

　1. さくらホテル 仙台　　宴会予約 022-262-5100　仙台市青葉区中央2-1-7
　2. さくらホテル 名古屋　宴会予約 052-581-3300　名古屋市中村区名駅4-5-28
　3. さくらホテル 博多　　宴会予約 092-471-2200　福岡市博多区博多駅前3-4-1
　4. さくらホテル 広島　　宴会予約 082-247-6100　広島市中区紙屋町1-2-22
　5. さくらホテル 札幌　　宴会予約 011-231-4700　札幌市中央区北2条西4-1

いずれも9月下旬で仮押さえ可能とのことです。
""" + SIG_ODAGIRI,
    expect="pass",
    entities=[],
    detectors=[],
    note="ホテル（会場）の一覧・代表番号で個人情報ではない",
)

add(
    charset="utf-8",
    sender=MORIYA,
    to=[CONSUL],
    subject="秘密保持契約の締結について",
    body="""宮路様

お世話になっております。日の出産業の守屋です。
個別相談の記録をご共有いただく前に、秘密保持契約（NDA）を締結させてください。
弊社ひな形を法務で確認中ですので、来週前半にはドラフトをお送りできる見込みです。

特に以下の点をご確認いただきたいと考えております。
　・相談記録の保管期間と廃棄方法
　・再委託の可否（カウンセラーの方が外部の場合）
　・秘密情報の範囲に要配慮個人情報を明記すること

締結までは、相談内容は匿名化した形でのご報告をお願いいたします。
""" + SIG_MORIYA,
    expect="pass",
    entities=[],
    detectors=[],
    note="NDA（秘密保持契約）についての相談で機密区分の表示ではない",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[HW],
    subject="介護休業給付金 支給申請書の様式について（お問い合わせ）",
    body="""ハローワーク港南
雇用保険適用・給付課 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の高野でございます。
介護休業給付金の支給申請について、以下の点を教えていただけますでしょうか。

1. 分割取得の場合、2回目の申請時に休業開始時賃金月額証明書の再提出は必要か
2. 電子申請（e-Gov）で提出する場合、添付書類はPDFでよいか
3. 対象家族の続柄を確認する書類として住民票の写しは必須か

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_TAKANO + "\n" + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="ハローワークへの一般的な問合せ、免責文に「機密情報」の語があるだけ",
)

add(
    charset="iso-2022-jp",
    sender=ODAGIRI,
    to=[CONSUL],
    subject="個別相談のご連絡先（根間さん）",
    body="""宮路様

お世話になっております。小田切です。
個別相談を希望している根間さんから、直接連絡を取ってよいと了承を得ました。

　氏名：根間 康太
　携帯：080-6219-4473
　メール：nema.kota@hinode-sangyo.co.jp
　連絡可能な時間帯：平日18時以降

日程の調整をお願いいたします。
""" + SIG_ODAGIRI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="1名の連絡先のみ（本人了承済み）、警告はあり得るが止めない",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=[SR2],
    subject="復職前面談の出席者について",
    body="""今泉様

お世話になっております。高野です。
6月25日（水）15時からの復職前面談の出席者は次の3名です。
当日連絡が必要な場合は各携帯へお願いいたします。

　・人事部　高野 真理子　　090-5571-0238
　・営業第二部 部長　玉那覇 昭二　080-2236-7715
　・社員本人　根来 孝之　　090-2277-4051

会場は本社6階の面談室です。
""" + SIG_TAKANO,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="3名の出席者と携帯番号（1～4名は止めない）",
)

add(
    charset="shift_jis",
    sender=MORIYA,
    to=[SR],
    cc=["白川 亘 <w.shirakawa@shirakawa-law.jp>"],
    subject="介護休業規程改定に関する三者打合せ（6/27）",
    body="""菅原様
白川先生

いつもお世話になっております。日の出産業の守屋です。
介護休業規程の改定について、社労士・弁護士の両先生にご同席いただき
打合せを行いたく、下記のとおりご案内いたします。

　日時：6月27日（金）10:00～11:30
　場所：日の出産業 本社6階 第2会議室
　資料：当日配布（事前に改定案の概要のみお送りします）

ご都合が悪い場合はお知らせください。
""" + SIG_MORIYA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織（社労士事務所と法律事務所）への通常の打合せ案内",
)

add(
    charset="iso-2022-jp",
    sender=SAIONJI,
    to=[AOZORA],
    subject="Re: 2025年度 法人契約料金表について",
    body="""あおぞらケアサービス 法人営業部 御中

料金表をお送りいただきありがとうございました。西園寺です。
以下の2点について確認させてください。

　品目コード　　サービス名　　　　　　　　　　単価（税抜）
　AZ-HV-01　　　訪問介護（身体介護30分）　　 2,480円
　AZ-HV-02　　　訪問介護（生活援助45分）　　 2,150円
　AZ-MS-10　　　見守りサービス（月額）　　　 3,300円
　AZ-CN-05　　　介護相談（60分）　　　　　　 5,500円

1. 見守りサービスの法人割引（10%）は上記単価に適用済みでしょうか
2. 介護相談は社員1名あたり年何回まで契約料金で利用できますか

お手数ですがご回答をお願いいたします。
""" + SIG_SAIONJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="料金表・品目コードの確認、個人情報なし",
)

add(
    charset="utf-8",
    sender=TODO,
    to=["人事セミナーズ 経理課 <keiri@jinji-seminar.co.jp>"],
    subject="RE: ご請求書送付のご案内（請求番号 JS-2025-06-0331）",
    body="""株式会社人事セミナーズ 経理課 ご担当者様

お世話になっております。日の出産業 経理部の藤堂です。
請求書（請求番号 JS-2025-06-0331、適格請求書発行事業者登録番号 T8010401093417）
を受領いたしました。6月30日にお振込みの予定です。

　件名：介護と仕事の両立セミナー 受講料（7名）
　金額：154,000円（税込）
　発注番号：PO-HN-250418

よろしくお願いいたします。
""" + SIG_TODO + """

-----Original Message-----
From: 人事セミナーズ 経理課 <keiri@jinji-seminar.co.jp>
Sent: Tuesday, June 10, 2025 11:05 AM
To: 藤堂 慎也 <todo.shinya@hinode-sangyo.co.jp>
Subject: ご請求書送付のご案内（請求番号 JS-2025-06-0331）

日の出産業株式会社 経理部 藤堂様
セミナー受講料のご請求書をPDFにてお送りいたします。
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="請求番号・登録番号（T番号）・発注番号のみ、個人データなし",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["MindBridge EAP Sales <sales@mindbridge-eap.com>"],
    subject="Question about caregiver support services",
    body="""Dear MindBridge team,

We are considering extending our EAP contract to cover employees who care for
family members. Could you tell us:

 1. whether your counselors can advise on the Japanese long-term care insurance system,
 2. if family members themselves can use the service, and
 3. the additional fee per employee per year.

We have about 1,000 employees in Japan. A short proposal by the end of the month
would be very helpful.
""" + SIG_EN + "\n" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English inquiry with a standard confidentiality disclaimer only",
)

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=["安里 ゆかり <yukari.asato@yahoo.co.jp>"],
    subject="復職の手続きについて",
    body="""安里さん

休業中に失礼します。人事部の高野です。
7月1日の復職に向けて、手続きの流れをお知らせします。

1. 6月20日までに「復職届」（先日郵送した様式）をご返送ください
2. 復職初日は9時30分に本社6階の人事部へお越しください
3. 当面は介護短時間勤務（6時間）を希望される場合、あわせて申出書をご提出ください

ご不明な点があれば、遠慮なくご連絡ください。
""" + SIG_TAKANO,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="休業中社員本人の私用アドレス1件への手続き案内、個人データなし",
)

add(
    charset="shift_jis",
    sender=ODAGIRI,
    to=["東京労働局 雇用環境・均等室 <kintou@tokyo-roudoukyoku.go.jp>"],
    subject="両立支援等助成金（介護離職防止支援コース）について",
    body="""東京労働局 雇用環境・均等室 ご担当者様

お世話になっております。日の出産業株式会社 人事部の小田切と申します。
両立支援等助成金（介護離職防止支援コース）の申請を検討しております。

・介護支援プランの作成は、休業取得前の面談記録があれば様式は自由でしょうか
・業務代替支援の対象となる「代替要員」は派遣社員でもよいでしょうか

申請は秋頃を予定しております。ご教示いただけますと幸いです。
""" + SIG_ODAGIRI,
    expect="pass",
    entities=[],
    detectors=[],
    note="労働局への助成金の一般的な問合せ",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=[CAREMGR],
    subject="社内セミナー用のパンフレットについて",
    body="""ひだまりケアプランセンター
大河内様

いつもお世話になっております。日の出産業の小田切です。
社内で「介護保険サービスの基礎」セミナーを開くことになり、
社員向けに介護保険の仕組みを説明したパンフレットを配布したいと考えております。
貴センターで配布されているものを30部ほどお分けいただくことは可能でしょうか。

もしよろしければ、10分ほどケアマネジャーのお仕事についてお話しいただけると
大変ありがたいです（謝礼はご用意いたします）。
""" + SIG_ODAGIRI,
    expect="pass",
    entities=[],
    detectors=[],
    note="ケアマネへのパンフレット依頼、個人情報なし",
)

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[SR],
    subject="FW: 【厚生労働省】育児・介護休業法 改正のお知らせ",
    body="""菅原様

お世話になっております。高野です。
厚生労働省のメールマガジンで届いた改正のお知らせを転送します。
弊社の対応状況について、次回の打合せでご確認いただけますと幸いです。

---------- Forwarded message ----------
From: 厚生労働省 メールマガジン <mailmag@mhlw-news.example.jp>
Subject: 【厚生労働省】育児・介護休業法 改正のお知らせ

令和7年4月1日から、以下の事項が事業主の義務となります。
・介護に直面した旨の申出をした労働者に対する個別の周知・意向確認
・介護に直面する前の早い段階（40歳等）での両立支援制度等に関する情報提供
・仕事と介護の両立支援制度を利用しやすい雇用環境の整備
詳しくは厚生労働省ホームページをご覧ください。
""" + SIG_TAKANO,
    expect="pass",
    entities=[],
    detectors=[],
    note="公的な法改正のお知らせの転送、個人情報なし",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["講師 宮本 裕子 <y.miyamoto@jinji-seminar.co.jp>"],
    subject="Re: 受講者アンケート送付先の件",
    body="""宮本先生

ありがとうございます。小田切です。
アンケートは先生から直接お送りいただく形で問題ありません。
回答期限は6月30日でお願いいたします。

""" + SIG_ODAGIRI + """

On 2025/06/13 10:21, 宮本 裕子 wrote:
> 小田切様
> アンケートの送付先を以下で確認させてください。
> sasaki.ryohei@hinode-sangyo.co.jp
> usami.reiko@hinode-sangyo.co.jp
> kito.takuma@hinode-sangyo.co.jp
> maeda.osamu@hinode-sangyo.co.jp
> kyan.chinatsu@hinode-sangyo.co.jp
> shitara.yuichi@hinode-sangyo.co.jp
> 以上6名でよろしいでしょうか。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="6名のアドレスは相手のメールの引用（On … wrote:）のみ",
)

add(
    charset="shift_jis",
    sender="仲宗根 亮 <nakasone.ryo@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    subject="[問合せ#TS-58377] 介護休暇の残日数表示について",
    body="""ツバサシステム サポートデスク ご担当者様

お世話になっております。日の出産業の仲宗根です。
介護休暇の残日数がマイページで「0.0日」と表示される事象について確認させてください。

　製品：TSUBASA Kintai Cloud（ライセンス TK-ENT-1000）
　バージョン：3.8.2 → 3.8.3 適用後に発生
　画面：マイページ ＞ 休暇残数 ＞ 介護休暇
　休暇区分コード：KYU-07、KYU-07H

既知の不具合であれば、修正予定バージョンをお知らせください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ベンダーへの不具合問合せ（製品コード・問合せ番号のみ）",
)

add(
    charset="iso-2022-jp",
    sender=MORIYA,
    to=[SR2],
    subject="書類の送付方法について",
    body="""今泉様

お世話になっております。守屋です。
今後、給付申請に使う賃金台帳や住民票の写しなど機密性の高い書類は、
メールではなく簡易書留でお送りすることにいたしました。
社内の情報セキュリティ方針の見直しによるものです。

お手数ですが、ご返送いただく書類も郵送でお願いできますでしょうか。
""" + SIG_MORIYA,
    expect="pass",
    entities=[],
    detectors=[],
    note="「機密性の高い書類」という言及のみで区分表示ではない",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=[CONSUL],
    subject="Re: 事例資料のご提供について",
    body="""宮路様

お問い合わせありがとうございます。小田切です。
ご依頼の社内研修資料ですが、社外秘の扱いとしているため、
申し訳ありませんがそのままお渡しすることはできません。

代わりに、公開している「両立支援の取組み」のページの内容を
ご参考にしていただけますでしょうか。必要であれば要点を口頭でご説明します。
""" + SIG_ODAGIRI,
    expect="pass",
    entities=[],
    detectors=[],
    note="「社外秘の扱いとしているため渡せない」という言及で、文書の区分表示ではない",
)

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[SR2],
    subject="書類の郵送先変更（我謝さん）",
    body="""今泉様

お世話になっております。高野です。
介護休業中の我謝さんから、休業期間中は実家に滞在するため、
書類の郵送先を変更してほしいとの依頼がありました。

　我謝 龍一 様
　〒904-2143 沖縄県沖縄市知花5-21-8

今後の書類はこちらへお送りください。
""" + SIG_TAKANO,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="1名の郵送先住所のみ（警告はあり得るが止めない）",
)

add(
    charset="iso-2022-jp",
    sender=ODAGIRI,
    to=[CAREMGR, "北区第三地域包括支援センター <soudan@kita3-houkatsu.or.jp>"],
    subject="出張相談会の共催についてのご相談",
    body="""ひだまりケアプランセンター 大河内様
北区第三地域包括支援センター ご担当者様

いつもお世話になっております。日の出産業の小田切です。
弊社社員向けの「介護の出張相談会」を、両センターと共催で開けないかと考えております。

　時期：10月中旬（平日の昼休み～夕方）
　場所：日の出産業 本社6階
　形式：1人30分の個別相談、予約制

一度三者でお打合せのお時間をいただけますでしょうか。
""" + SIG_ODAGIRI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="社外2組織への共催の相談（通常の三者打合せ）",
)

add(
    charset="shift_jis",
    sender=ODAGIRI,
    to=[SEMINAR],
    subject="追加の受講者のご連絡（4名）",
    body="""人事セミナーズ 研修事業部 ご担当者様

お世話になっております。小田切です。
先日の申込みに加えて、下記4名が受講いたします。

氏名　　　　　所属　　　　　　　当日連絡先
――――――――――――――――――――――――――――――
嵩原 理沙　　営業第一部　　　　０８０－４４７１－２０９６
棚原 康介　　経理部　　　　　　０９０－３３０８－１７５４
渡久地 舞　　人事部　　　　　　０７０－２２６５－８８０３
安室 拓也　　物流センター　　　０９０－６１１２－４４３７

請求書は前回分とまとめていただいて構いません。
""" + SIG_ODAGIRI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="4名の受講者と全角数字の携帯番号（5名未満なので止めない）",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["Sarah Whitfield <s.whitfield@globalbenefits-partners.com>"],
    subject="Caregiver leave uptake - FY2024 summary",
    body="""Hi Sarah,

Here is the aggregated FY2024 data you asked for. No individual data included.

  Employees (Japan)                         1,012
  Family-care leave takers                      7
  Average leave length (days)                  55
  Care-day users (hourly or daily)             38
  Employees who left for caregiving reasons     1

Happy to discuss on our call next Tuesday.
""" + SIG_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English: aggregated statistics only, no individuals",
)

add(
    charset="iso-2022-jp",
    sender=ODAGIRI,
    to=[CONSUL],
    subject="部署別の取得状況（集計）",
    body="""宮路様

お世話になっております。小田切です。
来期の施策検討用に、部署別・年代別の取得状況を集計しました。
個人が特定されないよう、3名未満のセルは「*」としています。
""" + SIG_ODAGIRI,
    attachments=[{
        "kind": "xlsx", "name": "介護関連制度_取得状況集計.xlsx",
        "sheets": {
            "部署別": [
                ["2024年度 部署別 取得状況（人）"],
                ["部署", "在籍", "介護休業", "介護休暇", "短時間勤務"],
                ["営業部門", 312, "*", 11, "*"],
                ["管理部門", 188, "*", 9, 3],
                ["物流部門", 276, "*", 12, "*"],
                ["支店", 236, "*", 6, "*"],
            ],
            "年代別": [
                ["年代", "介護休業", "介護休暇"],
                ["30代以下", 0, 4], ["40代", 2, 12], ["50代", 4, 19], ["60代", 1, 3],
            ],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="XLSX は集計値のみ（個人データなし）",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=["茅根 すみれ <sumire.chino@icloud.com>"],
    subject="介護休業制度のご案内資料",
    body="""茅根さん

人事部の高野です。お電話でお話しした制度の説明資料をお送りします。
給付金の計算方法は4ページ目に載っています。
ご家族とご相談のうえ、申出の時期が決まりましたらご連絡ください。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "pdf", "name": "kaigo_seido_annai.pdf",
        "title": "介護休業制度のご案内",
        "lines": [
            "介護休業制度のご案内（社員向け）",
            "1. 介護休業：対象家族1人につき通算93日まで、3回まで分割可能",
            "2. 介護休暇：年5日（対象家族2人以上は10日）、時間単位で取得可能",
            "3. 介護休業給付金：休業開始時賃金日額×支給日数×67%",
            "4. 申出先：人事部 労務グループ（内線2315）",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="制度説明のPDFを社員本人の私用アドレスへ（個人データなし）",
)

add(
    charset="shift_jis",
    sender=MORIYA,
    to=[SR],
    subject="介護休業申出書 様式改定案のご確認",
    body="""菅原様

お世話になっております。守屋です。
介護休業申出書の様式を改定しました（空欄の様式です）。
法定の記載事項に漏れがないかご確認をお願いいたします。
""" + SIG_MORIYA,
    attachments=[{
        "kind": "docx", "name": "介護休業申出書_様式案.docx",
        "paragraphs": [
            "介護休業申出書",
            "人事部長 殿　　　　　　　　　　　　　　　　申出日：　　年　　月　　日",
            "私は、育児・介護休業等に関する規則に基づき、下記のとおり介護休業の申出をします。",
        ],
        "tables": [[
            ["項目", "記入欄"],
            ["申出者 氏名", ""],
            ["所属", ""],
            ["対象家族 氏名", ""],
            ["本人との続柄", ""],
            ["介護を必要とする理由", ""],
            ["休業期間", "　　年　　月　　日 ～ 　　年　　月　　日"],
            ["この家族についての過去の休業", "□なし　□あり（　回・通算　日）"],
        ]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="空欄の様式（DOCX）で個人データなし",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["講師 宮本 裕子 <y.miyamoto@jinji-seminar.co.jp>"],
    subject="セミナー資料（公開版）の送付",
    body="""宮本先生

お世話になっております。小田切です。
社員向けセミナーの冒頭で弊社から説明するスライド（公開版）をお送りします。
先生の講義の前置きとしてご参照ください。
""" + SIG_ODAGIRI,
    attachments=[{
        "kind": "pptx", "name": "両立支援セミナー_冒頭説明.pptx",
        "slides": [
            ["介護はある日突然始まる", "40代・50代の約4人に1人が介護の当事者に", "一人で抱え込まない"],
            ["使える制度", "介護休業（93日）", "介護休暇（年5日・時間単位）", "短時間勤務・在宅勤務"],
            ["相談窓口", "人事部 両立支援窓口", "地域包括支援センター", "EAP（外部カウンセリング）"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="一般的なセミナー資料（PPTX）、個人データ・区分表示なし",
)

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=[SR2],
    subject="社内様式一式（空欄）の送付",
    body="""今泉様

お世話になっております。高野です。
介護関連の社内様式一式（空欄）をZIPでお送りします。
パスワードは設定しておりません。
""" + SIG_TAKANO,
    attachments=[{
        "kind": "zip", "name": "kaigo_yoshiki_set.zip",
        "files": [
            {"kind": "docx", "name": "介護休暇申出書.docx",
             "paragraphs": ["介護休暇申出書", "氏名：", "取得日時：", "対象家族："]},
            {"kind": "docx", "name": "介護短時間勤務申出書.docx",
             "paragraphs": ["介護短時間勤務申出書", "氏名：", "希望する勤務時間：", "期間："]},
            {"kind": "txt", "name": "readme.txt", "text": "各様式は2025年10月改定版です。"},
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="暗号化なしZIPの空欄様式、個人データなし",
)

add(
    charset="shift_jis",
    sender=SAIONJI,
    to=["かいごマート 法人窓口 <houjin@kaigo-mart.jp>"],
    subject="Re: ご注文商品の発送について（注文番号 KM-250611-0087）",
    body="""かいごマート 法人窓口 ご担当者様

発送のご連絡ありがとうございます。西園寺です。
お知らせいただいた追跡番号で配送状況を確認いたしました。

　注文番号：KM-250611-0087
　配送業者：ヤマト運輸　伝票番号 4471-2208-3315
　品番：KM-WC210 ×2、KM-PT55 ×1

見守りセンサー KM-SS08 は入荷待ちとのことですが、入荷予定日はわかりますでしょうか。
""" + SIG_SAIONJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="注文番号・追跡番号・品番のみ",
)

add(
    charset="utf-8",
    sender=SAIONJI,
    to=["みどり銀行 法人営業部 福利厚生提携担当 <fukuri@midori-ginko.co.jp>"],
    subject="介護ローンの職域提携について",
    body="""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の西園寺です。
社員の介護費用（住宅のバリアフリー改修、施設入居一時金など）向けに、
職域提携の介護ローンを導入できないか検討しております。

金利優遇の条件や、給与天引きでの返済の可否について
ご説明いただける機会をいただけますでしょうか。
""" + SIG_SAIONJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="取引先銀行への提携の相談、個人情報なし",
)

add(
    charset="iso-2022-jp",
    sender=TAKANO,
    to=["人事部長 日高 <hidaka.tsutomu@hinode-sangyo.co.jp>"],
    subject="FW: 給付申請の進捗について",
    body="""日高部長

お疲れさまです。高野です。
社労士事務所からの進捗報告を転送します。
書類待ちの4名は今週中に揃える予定です。

-----Original Message-----
From: 今泉 綾乃 <imaizumi@yamabiko-sr.jp>
Sent: Friday, June 13, 2025 4:12 PM
To: 守屋 健司 <moriya.kenji@hinode-sangyo.co.jp>
Subject: 給付申請の進捗について

九十九 正樹様　1972/03/12　申請済
四月一日 奈央様　1989/10/25　申請済
御手洗 健太郎様　1977/07/07　書類待ち
八月一日 智子様　1985/12/01　書類待ち
長宗我部 誠様　1969/04/29　書類待ち
宇良 真一様　1982/08/08　書類待ち
""" + SIG_TAKANO,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="6名の一覧を含む転送だが宛先は社内のみ",
)

add(
    charset="shift_jis",
    sender=TODO,
    to=[TAKANO, MORIYA],
    subject="賃金台帳（介護休業者分）パスワード付き",
    body="""高野さん、守屋さん

藤堂です。介護休業者分の賃金台帳をパスワード付きZIPで送ります。
パスワードはTeamsでお伝えします。
""" + SIG_TODO,
    attachments=[{
        "kind": "zip", "name": "chingin_daicho_kaigo.zip", "password": "kyuyo0613",
        "files": [{"kind": "xlsx", "name": "賃金台帳.xlsx",
                   "sheets": {"台帳": [["氏名", "4月", "5月"], ["有働 里美", 386000, 0]]}}],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="パスワード付きZIPだが宛先はすべて社内",
)

add(
    charset="utf-8",
    sender=ODAGIRI,
    to=["北区第三地域包括支援センター <soudan@kita3-houkatsu.or.jp>"],
    subject="企業内での介護出張講座のお願い",
    body="""北区第三地域包括支援センター ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の小田切と申します。

弊社では社員の仕事と介護の両立支援に取り組んでおり、
貴センターで実施されている「出張講座」を社内でお願いできないかと考えております。
対象は社員30名程度、テーマは「介護保険の申請から利用まで」を希望しております。

ご対応可能かどうか、お手すきの際にご返信いただけますと幸いです。

--
日の出産業株式会社
人事部 人事企画課 両立支援推進担当
小田切 隼（おだぎり はやと）
〒105-0014 東京都港区芝3-12-8 日の出ビル6F
TEL：03-5444-7131（直通）／03-5444-7100（代表）
FAX：03-5444-7199
携帯：080-3392-1157
Mail：odagiri.hayato@hinode-sangyo.co.jp
URL：https://www.hinode-sangyo.co.jp/
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="長い署名（差出人本人の連絡先）のみ、個人データとして数えない",
)

add(
    charset="iso-2022-jp",
    sender=SAIONJI,
    to=["北国フーズ 宅配事業部 <takuhai@kitaguni-foods.co.jp>"],
    subject="介護食宅配サービスの社員向け割引について",
    body="""北国フーズ株式会社 宅配事業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の西園寺です。
御社の「やわらか御膳」宅配サービスを、介護中の社員向けの福利厚生として
紹介したいと考えております。

　・法人割引（社員証提示で10%など）の設定は可能でしょうか
　・社内報に掲載できるチラシのデータをいただけますでしょうか

ご検討のほどよろしくお願いいたします。
""" + SIG_SAIONJI,
    expect="pass",
    entities=[],
    detectors=[],
    note="取引先への福利厚生の相談、個人情報なし",
)

add(
    charset="utf-8",
    sender="仲宗根 亮 <nakasone.ryo@hinode-sangyo.co.jp>",
    to=[SR2],
    subject="e-Gov 電子申請のエラー画面について",
    body="""今泉様

お世話になっております。日の出産業 情報システム部の仲宗根です。
人事部から依頼を受けて、e-Gov の電子申請で出ているエラーの件でご連絡しました。
エラー画面のスクリーンショットを添付します（個人情報は写っていません）。

エラーコード：EGV-E0412「添付ファイルの形式が不正です」
発生手順：申請書作成 → 添付書類追加（PDF） → 送信

同様の事象をご存じでしたら、対処方法を教えていただけますか。

仲宗根 亮
日の出産業株式会社 情報システム部
TEL 03-5444-7180
""",
    attachments=[{"kind": "png", "name": "egov_error.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="画像（スクリーンショット）添付の技術的な問合せ、個人データなし",
)

# =====================================================================================
# EITHER: 判断が分かれ得るもの
# =====================================================================================

add(
    charset="shift_jis",
    sender=TAKANO,
    to=[SR],
    subject="介護休業の申出予定について（栄野川さん）",
    body="""菅原様

お世話になっております。高野です。
品質保証部の栄野川 大翔さんから、お父様の介護のため8月から
介護休業を取りたいとの相談がありました。
お父様は現在、要介護認定を申請中で、結果はまだ出ていないそうです。

認定結果が出る前でも「常時介護を必要とする状態」と判断して
申出を受け付けてよいか、ご意見をいただけますでしょうか。
""" + SIG_TAKANO,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="実名社員の家族が要介護認定申請中（病名・認定結果なし）：要配慮と見るか意見が分かれる",
)

add(
    charset="iso-2022-jp",
    sender=ODAGIRI,
    to=[CONSUL],
    subject="意見交換会の連携先ケアマネジャー一覧",
    body="""宮路様

お世話になっております。小田切です。
意見交換会にお声がけしているケアマネジャーの方々の一覧です。
当日の進行表の作成にご利用ください。

氏名　　　　　事業所　　　　　　　　　　事業所電話　　　業務メール
大河内 千尋　ひだまりケアプランセンター　03-3908-2214　ookouchi@hidamari-care.jp
嵩原 健一　　ケアプランつばき　　　　　03-3911-5507　takehara@careplan-tsubaki.jp
新垣 涼子　　居宅介護支援事業所こもれび　03-5963-0081　arakaki@komorebi-kyotaku.com
上原 裕子　　みなと介護相談室　　　　　03-6435-2290　uehara@minato-kaigosoudan.or.jp
宮良 俊　　　北区第三地域包括支援センター　03-3905-7718　miyara@kita3-houkatsu.or.jp
平安山 恵　　ケアステーション十条　　　03-5948-3306　henzan@care-jujo.jp
""" + SIG_ODAGIRI,
    expect="either",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6名の一覧だが事業所の電話・業務メール（業務上の連絡先）で、名簿と見るか分かれる",
)

add(
    charset="utf-8",
    sender=TAKANO,
    to=["比嘉 美里 <misato.higa0402@gmail.com>"],
    subject="給付申請書の控え（ご本人保管用）",
    body=f"""比嘉さん

人事部の高野です。ご依頼のあった介護休業給付金 支給申請書の記載内容を
ご本人保管用にお送りします。内容に誤りがないかご確認ください。

　氏名：比嘉 美里
　生年月日：1982年4月2日
　個人番号：{my_number(SEED + 16)}
　休業期間：2025年4月14日～2025年7月11日

確認後、このメールは削除していただいて構いません。
""" + SIG_TAKANO,
    expect="either",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data", "freemail_recipient"],
    note="本人自身のマイナンバーを本人の私用アドレスへ：ルール上は止めるが本人宛てで判断が分かれる",
)

# --- 採番 ----------------------------------------------------------------------------

for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"{AREA}-{_i:03d}"

assert len(MESSAGES) == 100, len(MESSAGES)
