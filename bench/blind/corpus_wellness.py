"""Blind evaluation corpus, area "wellness": the health-promotion programme that
日の出産業's 人事部 健康推進グループ and 総務部 (福利厚生) run with outside vendors — a walking
challenge app vendor, a 特定保健指導 / metabolic follow-up provider, an online smoking-cessation
clinic, corporate gym memberships and subsidies, health-point rewards and their gift catalogue,
the company's health insurance society, printers, venues and caterers for health seminars.
Written blind from bench/blind/BRIEF.md (and the names in SPEC.md and the format of build.py)
without reading mailguard's code or the other corpus files."""

from build import card_number, my_number

SEED = 56401

SIG_KATSURAGI = """
――――――――――――――――――――
日の出産業株式会社
人事部 健康推進グループ
葛城 真帆（Katsuragi Maho）
〒105-0023 東京都港区芝浦4-21-8 日の出ビル7F
TEL 03-5418-2270（代表）内線 4317
Mail katsuragi.maho@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_MITARAI = """
--
日の出産業株式会社 人事部 健康推進グループ
御手洗 純一
TEL: 03-5418-2274 / FAX: 03-5418-2299
mitarai.junichi@hinode-sangyo.co.jp
"""

SIG_YANASE = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社　総務部　福利厚生課
柳瀬　拓海（やなせ　たくみ）
〒105-0023　東京都港区芝浦４－２１－８
ＴＥＬ：０３－５４１８－２２８１
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_ENAMI = """
******************************
日の出産業株式会社
人事部 健康推進グループ 保健師
江波 千景
直通 03-5418-2276
enami.chikage@hinode-sangyo.co.jp
******************************"""

SIG_NISHINA = """
────────────
日の出産業(株) 人事部 健康推進G
仁科 あかね
内線 4322 ／ 03-5418-2270(代)
────────────"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者へご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd."""



def _grouped(number: str) -> str:
    """A card number as people type it: groups of four separated by spaces."""
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


MESSAGES = [
# ---------------------------------------------------------------- 001-025
{
    "id": "wellness-001",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["小宮山 沙織 <komiyama.saori@healthystep.co.jp>"],
    "subject": "【春のウォーキングチャレンジ】物流本部チームの登録メンバーについて",
    "body": """株式会社ヘルシーステップ
小宮山様

いつもお世話になっております。日の出産業の仁科です。

春のウォーキングチャレンジ（4/15開始）の物流本部チームの登録メンバーが
確定しましたので、アプリ招待の送付先をお知らせいたします。
社用スマホを持っていない者が多いため、個人の携帯・メールで登録をお願いします。

社員番号　氏名　　　　　携帯番号　　　　　招待メール送付先
--------　----------　-------------　-----------------------------
H10482　　東雲　洋平　　090-3318-7462　　shinonome.y88@gmail.com
H10517　　薬師寺　恵　　080-5527-0914　　megumi.yakushiji@yahoo.co.jp
H11023　　漆原　隆之　　070-2284-6631　　urushi-taka@icloud.com
H11290　　百目鬼　彩　　090-8841-2057　　aya.dodomeki@outlook.jp
H11644　　宍戸　一真　　080-6673-3198　　kazuma-s.0522@docomo.ne.jp
H12008　　甘粕　美帆　　090-1046-5583　　miho.amakasu@gmail.com
H12131　　鬼頭　悠斗　　070-3925-4416　　kito.yuto.run@gmail.com
H12377　　椎葉　なつみ　080-9182-6620　　natsumi-shiiba@ezweb.ne.jp

チームキャプテンは東雲です。
ご不明点があれば私までご連絡ください。
よろしくお願いいたします。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8 employees with private mobile and e-mail pasted in the body to the walking-app vendor: a list of people",
},
{
    "id": "wellness-002",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["komiyama.saori@healthystep.co.jp", "dobashi.kengo@healthystep.co.jp"],
    "cc": ["mitarai.junichi@hinode-sangyo.co.jp"],
    "subject": "Re: 2026年度 健康増進プログラム キックオフ日程のご相談",
    "body": """ヘルシーステップ
小宮山様、土橋様

お世話になっております。日の出産業の葛城です。
日程候補をありがとうございました。

弊社側は以下のいずれかで調整可能です。
・4月7日（火）14:00～15:30
・4月9日（木）10:00～11:30

会場は弊社7F 第3会議室、もしくはTeamsでも構いません。
議題案（年間スケジュール、アプリ導入の段取り、ポイント付与ルール）は
前回お送りしたもので進めさせてください。

ご確認のほどよろしくお願いいたします。
""" + SIG_KATSURAGI + """

> 日の出産業株式会社
> 葛城様
>
> キックオフのお打合せ日程ですが、4/7、4/9、4/10のいずれかで
> ご都合いかがでしょうか。
> 株式会社ヘルシーステップ 小宮山
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling reply to two people of one vendor; only signatures",
},
{
    "id": "wellness-003",
    "charset": "utf-8",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["内海 美結 <utsumi.miyu@mirai-kenko.or.jp>"],
    "subject": "特定保健指導（積極的支援）初回面談前の情報共有",
    "body": """みらい健康支援センター
管理栄養士 内海 美結 様

いつも大変お世話になっております。
日の出産業 健康推進グループの江波です。

来週初回面談をお願いしている方について、事前に状況を共有いたします。

　氏名　　：砂子田 勝利（すなこだ かつとし）
　所属　　：大阪支店 営業二課
　生年月日：昭和48年9月14日（52歳）
　2025年度 定期健診結果
　　BMI 31.4（身長171.2cm／体重92.0kg）、腹囲 104cm
　　血圧 158/98 mmHg、HbA1c 6.9％、中性脂肪 312 mg/dL
　　既往：2023年に高血圧症と診断、現在アムロジピン服薬中
　　判定：要精密検査（糖代謝）

ご本人は夜間の間食と飲酒量を気にされています。
面談は大阪支店の応接室を確保済みです。

どうぞよろしくお願いいたします。
""" + SIG_ENAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's health check results and diagnosis sent to the guidance provider: 要配慮個人情報",
},
{
    "id": "wellness-004",
    "charset": "iso-2022-jp",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["sales@healthystep.co.jp", "info@aruku-plus.jp", "houjin@wellgo-app.com",
           "contact@stepone-japan.co.jp"],
    "subject": "【ご提案依頼】2026年度 全社ウォーキングイベント運営について",
    "body": """各社ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部 健康推進グループの御手洗と申します。

弊社では2026年度、全社員（約2,300名）を対象としたウォーキングイベントの
実施を検討しており、運営をご支援いただける事業者様にご提案をお願いしたく
ご連絡いたしました。

■ご提案いただきたい内容
　1. スマホアプリ／ウェアラブル連携による歩数計測
　2. 部署対抗のランキング表示
　3. 健康ポイントへの換算・景品交換
　4. 参加率を高める施策（キャンペーン設計）
　5. 概算費用（初期費用・月額・景品原価）

■スケジュール
　ご提案書提出期限：5月22日（金）
　プレゼンテーション：6月上旬（オンライン可）

RFP詳細は、ご参加の意思をお知らせいただいた事業者様へ個別にお送りします。
ご検討のほど、よろしくお願い申し上げます。
""" + SIG_MITARAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "RFP to four competing vendors all in To: they see each other, should have been Bcc",
},
{
    "id": "wellness-005",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["dobashi.kengo@healthystep.co.jp"],
    "subject": "冬季チャレンジ 部署別集計の送付（報告書作成用）",
    "body": """土橋様

お世話になっております。日の出産業の仁科です。
冬季チャレンジの部署別集計をお送りします。
個人別のデータは含めず、部署単位で集計しています。
最終報告書のグラフ作成にご利用ください。

添付：冬季チャレンジ_部署別集計.xlsx
　・シート「部署別」：参加者数、参加率、1日平均歩数
　・シート「週次推移」：全社平均の週次推移

よろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "xlsx", "name": "冬季チャレンジ_部署別集計.xlsx",
        "sheets": {
            "部署別": [
                ["2025年度 冬季ウォーキングチャレンジ 部署別集計（12/1～1/31）"],
                [],
                ["部署", "在籍者数", "参加者数", "参加率", "1日平均歩数", "目標達成率"],
                ["本社 人事部", 42, 37, "88.1%", 7812, "64.9%"],
                ["本社 経理部", 31, 22, "71.0%", 6904, "54.5%"],
                ["本社 営業本部", 188, 121, "64.4%", 8421, "70.2%"],
                ["物流本部", 406, 233, "57.4%", 9655, "78.1%"],
                ["大阪支店", 152, 98, "64.5%", 7359, "59.2%"],
                ["名古屋支店", 117, 64, "54.7%", 7018, "51.6%"],
                ["福岡営業所", 48, 39, "81.3%", 8102, "66.7%"],
                ["合計", 984, 614, "62.4%", 8190, "67.6%"],
            ],
            "週次推移": [
                ["週", "全社平均歩数", "参加者数"],
                ["12/1週", 7420, 598], ["12/8週", 7655, 603], ["12/15週", 7890, 607],
                ["12/22週", 6812, 590], ["12/29週", 5933, 571], ["1/5週", 8014, 611],
                ["1/12週", 8566, 614], ["1/19週", 8871, 614], ["1/26週", 9102, 612],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "department-level aggregates only (counts, averages): statistics, no person's record",
},
{
    "id": "wellness-006",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
    "subject": "スポーツクラブ利用補助金 総合振込（3月分）明細の件",
    "body": """みどり銀行 芝浦支店 法人営業部 ご担当者様

いつもお世話になっております。
日の出産業株式会社 総務部の柳瀬でございます。

3月分のスポーツクラブ利用補助金につき、総合振込の明細をお送りいたします。
振込指定日は4月10日です。
伝送データの登録がうまくいかなかったため、恐れ入りますが添付の明細で
窓口処理をお願いできますでしょうか。

何卒よろしくお願い申し上げます。
""" + SIG_YANASE,
    "attachments": [{
        "kind": "xlsx", "name": "補助金総合振込明細_2026年3月.xlsx",
        "sheets": {
            "振込明細": [
                ["総合振込明細書　依頼人：日の出産業株式会社　振込指定日：2026/04/10"],
                ["No", "受取人名（カナ）", "銀行名", "支店名", "預金種目", "口座番号", "振込金額"],
                [1, "ｺﾏﾂﾊﾞﾗ ﾀｶﾋﾛ", "みどり銀行", "川崎支店", "普通", "4418720", 3000],
                [2, "ｱｸﾂ ﾏﾘｴ", "ゆうちょ銀行", "〇一八店", "普通", "2306615", 3000],
                [3, "ｷﾀｼﾞﾏ ｿｳﾀ", "東和信用金庫", "蒲田支店", "普通", "0871243", 2500],
                [4, "ﾀｹﾄﾐ ｱﾔｶ", "みどり銀行", "本店営業部", "普通", "6623058", 3000],
                [5, "ﾊｾｶﾞﾜ ﾋﾛﾐﾂ", "北総銀行", "船橋支店", "当座", "1092774", 1500],
                [6, "ｵｵﾀｷ ﾕｲ", "みどり銀行", "横浜西口支店", "普通", "3357201", 3000],
                [7, "ﾓﾓｾ ｹﾝﾀﾛｳ", "大江戸銀行", "新宿支店", "普通", "7741960", 2000],
                [8, "ｲﾅｶﾞｷ ﾁﾊﾙ", "みどり銀行", "芝浦支店", "普通", "5508312", 3000],
                [9, "ｻｶﾞﾗ ｼｭﾝ", "ゆうちょ銀行", "二三八店", "普通", "8824016", 3000],
                [10, "ﾂﾙﾐ ﾅｵｺ", "東和信用金庫", "大森支店", "普通", "0469925", 2500],
                [11, "ﾆｼｷｵﾘ ﾘｮｳ", "みどり銀行", "千葉支店", "普通", "2219847", 3000],
                [12, "ﾐﾔｺｼ ｴﾐ", "相模中央銀行", "厚木支店", "普通", "6035188", 1500],
            ],
            "集計": [["件数", 12], ["合計金額", 31500]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "12 employees' names and bank accounts in an xlsx to the bank (a partner, still external): a list of people",
},
{
    "id": "wellness-007",
    "charset": "iso-2022-jp",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["すわないオンライン禁煙外来 受付 <kinen-uketsuke@seifukai-clinic.jp>"],
    "subject": "法人契約枠での受診申込（1名）",
    "body": """医療法人社団清風会
すわないオンライン禁煙外来　受付ご担当様

お世話になっております。日の出産業の江波です。
法人契約枠で、下記社員の禁煙治療（ニコチン依存症管理料の算定対象）の
受診申込をお願いいたします。保険診療となるため保険証情報も記載します。

　氏名：　　漆間　啓介（うるしま　けいすけ）
　生年月日：１９８１年６月２３日
　保険者：　日の出産業健康保険組合
　記号：　　４８１０　　番号：　２２７
　連絡先：　０９０－７７２１－４０３８
　希望日時：平日１９時以降

ＴＤＳスコアは本人申告で８点とのことです。
初回診療のご案内を本人あてにお送りいただけますと幸いです。
""" + SIG_ENAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "PHONE_NUMBER",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's health insurance card 記号・番号 and nicotine-dependence treatment sent to a clinic",
},
{
    "id": "wellness-008",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["吉良 亜希子 <kira.akiko@kawasaki-denki.co.jp>"],
    "subject": "提携スポーツクラブ店舗一覧の共有",
    "body": """川崎電機株式会社
人事総務部　吉良様

いつもお世話になっております。日の出産業の柳瀬です。
先日の合同福利厚生勉強会でお話のあった、弊社の法人契約スポーツクラブの
店舗一覧をお送りします（ボディワークス社から提供を受けた公開情報です）。
貴社でご検討の際の参考になれば幸いです。

なお、法人会員の料金条件は各社個別契約のため、先方へ直接ご確認ください。
""" + SIG_YANASE,
    "attachments": [{
        "kind": "csv", "name": "提携店舗一覧_ボディワークス.csv", "encoding": "cp932",
        "rows": [
            ["店舗名", "郵便番号", "住所", "電話番号", "営業時間", "プール"],
            ["ボディワークス芝浦", "105-0023", "東京都港区芝浦3-9-14 芝浦スクエア2F", "03-6435-1180", "7:00-23:00", "なし"],
            ["ボディワークス品川港南", "108-0075", "東京都港区港南2-17-5", "03-6712-4460", "7:00-23:00", "あり"],
            ["ボディワークス川崎駅前", "210-0007", "神奈川県川崎市川崎区駅前本町11-3", "044-211-7730", "9:00-22:00", "あり"],
            ["ボディワークス横浜関内", "231-0015", "神奈川県横浜市中区尾上町5-72", "045-663-2190", "9:00-22:00", "なし"],
            ["ボディワークス大宮", "330-0854", "埼玉県さいたま市大宮区桜木町1-288", "048-640-3355", "10:00-22:00", "あり"],
            ["ボディワークス船橋", "273-0005", "千葉県船橋市本町6-4-21", "047-420-8811", "10:00-22:00", "なし"],
            ["ボディワークス梅田", "530-0012", "大阪府大阪市北区芝田1-7-30", "06-6372-5541", "7:00-23:00", "あり"],
            ["ボディワークス栄", "460-0008", "愛知県名古屋市中区栄3-22-9", "052-251-6670", "9:00-22:00", "なし"],
            ["ボディワークス天神", "810-0001", "福岡県福岡市中央区天神2-11-8", "092-733-4128", "9:00-22:00", "あり"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of gym branches (businesses, switchboards and shop addresses) to a partner: not people",
},
{
    "id": "wellness-009",
    "charset": "utf-8",
    "sender": "氷見 隆司 <himi.ryuji@hinode-sangyo.co.jp>",
    "to": ["岩佐 <iwasa.tomonori@tsubasa-system.co.jp>"],
    "cc": ["katsuragi.maho@hinode-sangyo.co.jp"],
    "subject": "健康アプリと人事マスタの連携仕様（ドラフト v0.3）",
    "body": """ツバサシステム 岩佐様

お世話になっております。日の出産業 情報システム部の氷見です。

健康アプリ（ヘルシーステップ社）と人事マスタの連携について、
仕様ドラフトv0.3をお送りします。主な変更点は以下です。

- 連携方式：日次CSV → SFTP（夜間2:00）
- 連携項目：社員番号、所属コード、在籍区分のみ（氏名・連絡先は連携しない）
- 退職者の扱い：在籍区分=9 で翌日アカウント停止
- エラー時：情シス共有メールボックスへ通知

工数見積りを来週中にいただけますと助かります。

--
日の出産業株式会社 情報システム部
氷見 隆司  内線 5108
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-system.co.jp is a look-alike of the partner tsubasa-system.jp (added co.)",
},
{
    "id": "wellness-010",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["片桐 <katagiri@wellness-keiei.jp>"],
    "subject": "次年度計画の資料です",
    "body": """株式会社ウェルネス経営研究所
片桐様

お世話になっております。日の出産業の葛城です。
来週のお打合せに先立ち、弊社の次年度健康経営推進計画（案）をお送りします。
目標値の妥当性についてご意見をいただけますと幸いです。

よろしくお願いいたします。
""" + SIG_KATSURAGI,
    "attachments": [{
        "kind": "docx", "name": "2026年度_健康経営推進計画_案.docx",
        "page_header": "社外秘",
        "title": "2026年度 健康経営推進計画（案）",
        "paragraphs": [
            "社外秘　2026年度 健康経営推進計画（案）",
            "人事部 健康推進グループ　2026年2月",
            "1. 基本方針：生活習慣病リスク者の早期把握と行動変容の支援",
            "2. 重点目標：定期健診受診率 100%、特定保健指導実施率 60%、喫煙率 18%以下",
            "3. 予算：総額 4,820万円（うちウォーキング施策 620万円、スポーツクラブ補助 1,150万円）",
            "4. 委託先の見直し：保健指導委託先の相見積もりを7月までに実施",
        ],
        "tables": [[
            ["指標", "2024実績", "2025見込", "2026目標"],
            ["喫煙率", "24.8%", "22.1%", "18.0%"],
            ["BMI25以上の割合", "31.2%", "30.4%", "28.0%"],
            ["運動習慣者比率", "22.5%", "25.9%", "30.0%"],
        ]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached plan stamped 社外秘 (header and title) sent to an outside consultant",
},
{
    "id": "wellness-011",
    "charset": "iso-2022-jp",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 弁護士 久世様 <kuze@shirakawa-law.jp>"],
    "subject": "ヘルシーステップ社との秘密保持契約書（案）のご確認依頼",
    "body": """白川法律事務所
弁護士　久世　亮太　先生

いつも大変お世話になっております。
日の出産業　人事部の御手洗でございます。

健康増進プログラムの委託先候補である株式会社ヘルシーステップとの
秘密保持契約書（案）について、先方ひな形をベースに修正を入れております。
特に以下の点についてご確認いただけますでしょうか。

　１．第２条「秘密情報」の定義に、従業員の健康情報を明示的に含めるか
　２．第７条　契約終了時の返還・消去義務と消去証明書の提出
　３．第９条　再委託の可否（先方は健診データ処理の一部再委託を希望）
　４．損害賠償の上限額

先方とは３月末の締結を目指しております。
修正案は先生とのやり取り用に別途共有フォルダにアップいたしました。

お忙しいところ恐縮ですが、よろしくお願い申し上げます。
""" + SIG_MITARAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約) to the company's law firm: the word 秘密 is a topic, not a marking",
},
{
    "id": "wellness-012",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["土橋 健吾 <dobashi.kengo@healthystep.co.jp>"],
    "subject": "参加者名簿（暗号化済）の送付",
    "body": """土橋様

お世話になっております。日の出産業の仁科です。
ご依頼のあった春チャレンジの参加者名簿を送付いたします。
添付ファイルはパスワード付きZIPとしております。
パスワードは別メールにてお送りいたします。

ご確認よろしくお願いいたします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "zip", "name": "sanka_meibo_0412.zip", "password": "Hs#2026spring",
        "files": [{
            "kind": "csv", "name": "参加者名簿.csv", "encoding": "cp932",
            "rows": [["社員番号", "氏名", "メール"],
                     ["H20011", "朝比奈 湊", "minato.asahina@gmail.com"],
                     ["H20014", "乙部 玲奈", "rena.otobe@yahoo.co.jp"],
                     ["H20027", "栗生 剛", "kuryu.go@icloud.com"],
                     ["H20031", "三ツ矢 遥", "haruka.mitsuya@gmail.com"],
                     ["H20044", "茨木 大地", "daichi.ibaraki@outlook.jp"],
                     ["H20058", "左近 詩織", "shiori.sakon@gmail.com"]],
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password ZIP (PPAP) of the participant list: the attachment cannot be inspected",
},
{
    "id": "wellness-013",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["井関 <iseki.hiroshi@giftpoint.co.jp>"],
    "subject": "健康ポイント交換（2月締め）商品発送先リスト",
    "body": """株式会社ギフトポイント
井関様

いつもお世話になっております。日の出産業総務部の柳瀬です。

２月締めの健康ポイント交換分について、商品の発送先リストを添付いたします。
在宅勤務者が多いため、今回は全件自宅宛ての発送でお願いいたします。
発送完了後、伝票番号の一覧をご返送ください。
""" + SIG_YANASE,
    "attachments": [{
        "kind": "csv", "name": "発送先リスト_202602.csv", "encoding": "cp932",
        "rows": [
            ["交換ID", "氏名", "郵便番号", "住所", "電話番号", "商品コード", "商品名"],
            ["GP-26021", "真壁 浩二", "213-0001", "神奈川県川崎市高津区溝口3-14-9-302", "090-2847-1163", "HP-0412", "今治タオルセット"],
            ["GP-26022", "四方田 理沙", "176-0012", "東京都練馬区豊玉北2-8-21", "080-6610-3472", "HP-1103", "QUOカード3000円分"],
            ["GP-26023", "蔵元 俊", "335-0004", "埼玉県蕨市中央5-2-17 サンハイツ蕨105", "070-4419-8825", "HP-0207", "体組成計"],
            ["GP-26024", "大鋸 佳苗", "272-0034", "千葉県市川市市川1-20-6", "090-5532-7716", "HP-0412", "今治タオルセット"],
            ["GP-26025", "加賀美 亮", "232-0061", "神奈川県横浜市南区大岡4-11-3", "080-1274-9038", "HP-0851", "ヨガマット"],
            ["GP-26026", "与那覇 舞", "185-0012", "東京都国分寺市本町2-9-12-701", "090-9913-4450", "HP-1103", "QUOカード3000円分"],
            ["GP-26027", "東海林 光", "182-0022", "東京都調布市国領町3-5-8", "070-6328-1927", "HP-0207", "体組成計"],
            ["GP-26028", "能勢 晶子", "252-0303", "神奈川県相模原市南区相模大野7-1-40", "080-3081-6654", "HP-0630", "ウォーキングシューズ"],
            ["GP-26029", "神足 誠", "343-0845", "埼玉県越谷市南越谷1-16-2", "090-4471-2289", "HP-1103", "QUOカード3000円分"],
            ["GP-26030", "筧 まどか", "270-2253", "千葉県松戸市日暮6-35-11", "080-7720-5316", "HP-0851", "ヨガマット"],
            ["GP-26031", "牛腸 和也", "190-0012", "東京都立川市曙町1-31-4", "070-8856-0143", "HP-0630", "ウォーキングシューズ"],
            ["GP-26032", "日下部 梢", "224-0032", "神奈川県横浜市都筑区茅ケ崎中央22-7", "090-3649-5521", "HP-0412", "今治タオルセット"],
            ["GP-26033", "瓜生 大翔", "120-0034", "東京都足立区千住3-44-1", "080-2297-8830", "HP-0207", "体組成計"],
            ["GP-26034", "桐ケ谷 由紀", "330-0063", "埼玉県さいたま市浦和区高砂2-5-19", "090-6034-1742", "HP-1103", "QUOカード3000円分"],
            ["GP-26035", "御厨 翔太", "154-0004", "東京都世田谷区太子堂4-26-13", "070-2105-6698", "HP-0851", "ヨガマット"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "15 employees' home addresses and phones in a CP932 CSV to the reward vendor: a list of people",
},
{
    "id": "wellness-014",
    "charset": "iso-2022-jp",
    "sender": "唐沢 由美子 <karasawa.yumiko@hinode-sangyo.co.jp>",
    "to": ["ヘルシーステップ 経理部 <keiri@healthystep.co.jp>"],
    "subject": "請求書受領のご連絡（請求番号 HS-INV-2603-0117）",
    "body": """株式会社ヘルシーステップ
経理部　ご担当者様

いつもお世話になっております。
日の出産業株式会社 経理部の唐沢でございます。

下記のご請求書を受領いたしました。
　請求番号：HS-INV-2603-0117
　件名：健康増進アプリ利用料（2026年3月分）
　金額：1,386,000円（税込）
　登録番号：T3010401187325

支払予定日は4月30日（木）、お振込にてお支払いいたします。
振込手数料は弊社負担です。

今後ともよろしくお願いいたします。

日の出産業株式会社　経理部　唐沢 由美子
TEL 03-5418-2230
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice receipt with the vendor's invoice number and its T-number: ordinary accounting mail",
},
{
    "id": "wellness-015",
    "charset": "utf-8",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["井関 <iseki.hiroshi@giftpoint.co.jp>"],
    "subject": "Re: 高額交換者の本人確認について",
    "body": """井関様

お世話になっております。柳瀬です。
ご依頼の高額交換者（年間5万ポイント超）の一覧を添付します。
人事マスタから抽出したため、不要な列が含まれていたら削除してご利用ください。

よろしくお願いします。
""" + SIG_YANASE + """

-----Original Message-----
From: 井関 弘 <iseki.hiroshi@giftpoint.co.jp>
Sent: Monday, March 9, 2026 4:12 PM
Subject: 高額交換者の本人確認について

柳瀬様
年間5万ポイントを超えて交換された方について、氏名と住所の照合をさせてください。
""",
    "attachments": [{
        "kind": "xlsx", "name": "高額交換者_人事マスタ抽出.xlsx",
        "sheets": {
            "抽出": [
                ["社員番号", "氏名", "生年月日", "住所", "個人番号", "年間交換pt"],
                ["H03318", "鷲見 康介", "1976/02/11", "東京都江東区南砂4-7-22", my_number(SEED + 1), 58200],
                ["H04105", "鳥居 奈津子", "1983/10/30", "神奈川県藤沢市鵠沼海岸2-9-5", my_number(SEED + 2), 61500],
                ["H05522", "蓮見 啓太", "1979/07/04", "千葉県浦安市今川1-18-3", my_number(SEED + 3), 52000],
                ["H06247", "穂積 彩花", "1990/12/17", "東京都杉並区高円寺南3-40-8", my_number(SEED + 4), 55400],
                ["H07731", "雲母 岳", "1986/05/02", "埼玉県川口市芝新町8-11", my_number(SEED + 5), 70100],
                ["H08014", "神保 里美", "1972/08/25", "東京都板橋区大山金井町16-4", my_number(SEED + 6), 50900],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HR-master export with six My Numbers, birth dates and addresses sent to the reward vendor",
},
{
    "id": "wellness-016",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 桑畑様 <kuwahata@nishiki-insatsu.co.jp>"],
    "subject": "社内報5月号「禁煙チャレンジ体験記」原稿入稿",
    "body": """錦印刷株式会社
制作部　桑畑様

いつもお世話になっております。日の出産業の葛城です。
社内報5月号の健康コーナー原稿を入稿いたします。
ご本人には掲載（氏名・所属・写真）の同意を書面でいただいております。

―――――――――――――――――
【禁煙チャレンジ体験記】物流本部 川越センター　袴田 哲也さん（46）
「喫煙歴25年。健診で肺気腫の疑いを指摘されたのがきっかけでした」。
袴田さんは昨秋、会社の法人契約でオンライン禁煙外来を受診。
12週間のバレニクリン服用と看護師のオンライン面談を経て、
現在は禁煙7か月目。「階段で息が切れなくなった」と笑顔で話してくれました。
―――――――――――――――――

写真データは別途ギガファイル便でお送りします。
初校は4/18頃にいただけますと幸いです。
""" + SIG_KATSURAGI,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named employee's diagnosis and treatment in a consented article sent to the printer: publication with consent, judgement call",
},
{
    "id": "wellness-017",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["フィットアリーナ 法人営業 <houjin@fitarena.co.jp>"],
    "subject": "法人会員費の決済カード変更について",
    "body": """株式会社フィットアリーナ
法人営業ご担当者様

いつもお世話になっております。
日の出産業株式会社　総務部の柳瀬です。

法人会員費の決済に使用している法人カードが更新されましたので、
４月請求分より下記カードでのご請求をお願いいたします。

　カード会社：　ＭＤカード（法人）
　カード番号：　""" + card_number(SEED + 7) + """
　有効期限：　　０９／２９
　名義：　　　　HINODE SANGYO CO LTD

お手数ですが変更完了のご連絡をいただけますでしょうか。
""" + SIG_YANASE,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a (corporate) credit card number written in the body to the gym operator",
},
{
    "id": "wellness-018",
    "charset": "iso-2022-jp",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["鮫島 <samejima.ryo@bodyworks-gym.jp>"],
    "subject": "担当者変更のお知らせ",
    "body": """株式会社ボディワークス
法人営業部　鮫島様

いつもお世話になっております。日の出産業の御手洗です。

4月1日付の人事異動に伴い、スポーツクラブ法人契約の弊社窓口が
総務部から人事部 健康推進グループに移管となります。
今後は下記の者がご連絡を承ります。

　人事部 健康推進グループ　仁科 あかね
　TEL 03-5418-2270（内線4322）
　nishina.akane@hinode-sangyo.co.jp

引き続きどうぞよろしくお願いいたします。
""" + SIG_MITARAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one colleague's business contact given to a vendor: ordinary mail",
},
{
    "id": "wellness-019",
    "charset": "utf-8",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["嘉手納 医師 <kadena@sangyoi-minato.jp>"],
    "subject": "就業判定のご相談（高血圧 受診勧奨対象者）",
    "body": """港産業医オフィス
嘉手納 先生

いつもお世話になっております。日の出産業 保健師の江波です。

今年度の健診で受診勧奨レベルとなった方のうち、下記1名について
就業上の措置のご意見をいただきたくご連絡しました。

【対象者】
　倉持 恭平（物流本部 厚木センター フォークリフト作業）
　52歳 男性
【健診結果】
　血圧 186/112（再検 178/108）、眼底 Scheie H2S1
　心電図：左室肥大疑い
【経過】
　昨年度も受診勧奨したが未受診。本人は「忙しくて行けない」とのこと。

夜勤・高所作業の制限が必要か、次回の来社日（5/14）に面談をお願いできれば幸いです。
""" + SIG_ENAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's health check results sent to an outside occupational physician's office",
},
{
    "id": "wellness-020",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["樋渡 <hiwatashi@mirai-kenko.or.jp>"],
    "cc": ["utsumi.miyu@mirai-kenko.or.jp"],
    "subject": "2026年度 特定保健指導 対象者リスト（第1期）",
    "body": """みらい健康支援センター
樋渡様（cc:内海様）

お世話になっております。日の出産業の江波です。
第1期の特定保健指導対象者リストを添付いたします。
初回面談の日程調整を進めていただけますでしょうか。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "xlsx", "name": "特定保健指導対象者_第1期.xlsx",
        "sheets": {
            "対象者": [
                ["2026年度 特定保健指導 対象者一覧（第1期）"],
                ["No", "氏名", "生年月日", "保険証記号", "保険証番号", "BMI", "腹囲", "HbA1c", "収縮期血圧", "支援区分"],
                [1, "阿久根 正道", "S44.3.18", "4810", "1043", 28.7, 96.5, 5.9, 142, "積極的"],
                [2, "比嘉 美奈子", "S52.11.2", "4810", "1177", 27.1, 91.0, 6.1, 128, "動機付け"],
                [3, "丹後 修", "S47.6.30", "4810", "0982", 30.2, 101.2, 6.4, 151, "積極的"],
                [4, "轟 和彦", "S39.1.9", "4811", "0217", 26.4, 88.0, 5.7, 146, "動機付け"],
                [5, "猪瀬 加奈", "S55.8.21", "4810", "1298", 29.8, 93.4, 5.8, 133, "積極的"],
                [6, "饗庭 誠一", "S49.4.4", "4810", "1065", 25.9, 90.2, 6.0, 138, "動機付け"],
                [7, "篠塚 博之", "S43.12.27", "4811", "0330", 31.6, 105.7, 6.6, 160, "積極的"],
                [8, "吉備 栞", "S58.2.14", "4810", "1402", 26.8, 89.1, 5.6, 131, "動機付け"],
                [9, "海老沼 勝", "S46.9.9", "4810", "0876", 28.3, 97.8, 6.2, 149, "積極的"],
                [10, "矢部 すみれ", "S50.5.5", "4810", "1219", 27.5, 92.0, 5.9, 127, "動機付け"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ten people with insurance card numbers and health check values in an xlsx to the guidance provider",
},
{
    "id": "wellness-021",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["東京ウォークイベント 運営事務局 <unei@tokyo-walk-event.jp>"],
    "subject": "5/17 お台場ウォーク 弊社ボランティアスタッフのご連絡",
    "body": """東京ウォークイベント運営事務局 御中

お世話になっております。日の出産業の仁科です。
5月17日のお台場ウォーク当日、弊社から給水所ボランティアとして
参加する3名をお知らせします。当日の緊急連絡先は各人の携帯です。

　・蜂須賀 亮　　090-6217-3384
　・早乙女 千尋　080-4490-7125
　・帯刀 健司　　070-1836-9952

集合時間と場所が確定しましたら、私あてにご連絡ください。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three volunteers' names and mobiles to the event organiser: under five records, may warn",
},
{
    "id": "wellness-022",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["shinonome.kaori@gmail.com", "t-yakushiji.family@yahoo.co.jp",
           "kito.mayumi@icloud.com", "urushibara-home@docomo.ne.jp"],
    "subject": "【家族参加枠】ファミリーウォーキング 表彰のご案内",
    "body": """ご家族の皆さま

日の出産業 健康推進グループの仁科です。
冬季ファミリーウォーキングへのご参加ありがとうございました。
ご家族部門で上位となった皆さまに、記念品をお送りする予定です。

記念品（スポーツタオル）は社員の方経由でお渡しします。
ご不明点はこのメールにご返信ください。

今後ともご家族そろっての健康づくりを応援しております。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "four private persons on free mail in To: each one party, they see each other's addresses",
},
{
    "id": "wellness-023",
    "charset": "iso-2022-jp",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["katsuragi.maho@hinode-sangyo.co.jp", "mitarai.junichi@hinode-sangyo.co.jp"],
    "cc": ["sangyoi-desk@mail.hinode-sangyo.co.jp"],
    "subject": "BMI30以上・要フォロー者の状況（内部共有）",
    "body": """葛城さん、御手洗さん

江波です。BMI30以上で昨年度から改善のない方の一覧です。
産業医面談の優先順位づけに使ってください（社内限り）。

氏名　　　　所属　　　　　BMI　 HbA1c　備考
----------------------------------------------------------
砂子田 勝利　大阪支店　　　31.4　6.9　　降圧剤服薬中
篠塚 博之　　経理部　　　　31.6　6.6　　要精密未受診
西園寺 匡　　物流本部　　　33.2　7.4　　糖尿病治療中
久米 ひとみ　名古屋支店　　30.8　5.9　　睡眠時無呼吸の疑い
榎戸 耕太　　営業本部　　　34.9　6.2　　脂肪肝
牟田 伸二　　物流本部　　　30.3　6.8　　―

来週の健康推進会議で相談させてください。
""" + SIG_ENAMI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health data of six employees, but every recipient is internal (hinode-sangyo.co.jp and a subdomain)",
},
{
    "id": "wellness-024",
    "charset": "utf-8",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["内海 美結 <utsumi.miyu@mirai-kenko.or.jp>"],
    "subject": "面談記録の送付（パスワード保護）",
    "body": """内海様

お世話になっております。江波です。
先月実施した中間面談の記録をPDFでお送りします。
PDFにはパスワードを設定しています。パスワードは後ほどお電話でお伝えします。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "pdf", "name": "中間面談記録_2026-03.pdf", "password": "mk0327",
        "title": "中間面談記録",
        "lines": ["中間面談記録（2026年3月）", "対象者：阿久根 正道　体重 -2.4kg　腹囲 -3.0cm",
                  "対象者：丹後 修　体重 -0.8kg　腹囲 -1.0cm"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF: the attachment cannot be inspected",
},
{
    "id": "wellness-025",
    "charset": "cp932",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["小宮山 沙織 <komiyama.saori@healthystep.co.jp>"],
    "subject": "FW: 【部外秘】健康施策 次年度予算の配分案",
    "body": """小宮山様

お世話になっております。御手洗です。
次年度のアプリ利用範囲についてご相談したく、社内の検討メモを転送します。
アプリ関連の予算枠感をつかんでいただければと思います。

--- 転送メッセージ ---
From: 葛城 真帆
To: 人事部 健康推進G
Subject: 【部外秘】健康施策 次年度予算の配分案

【部外秘】
健康推進G各位

次年度の予算配分案です。部長決裁前のため部外には出さないでください。
　・ウォーキングアプリ（ヘルシーステップ）：620万円 → 480万円に減額案
　・スポーツクラブ補助：1,150万円（据え置き）
　・禁煙外来補助：210万円 → 320万円
　・保健指導委託：相見積もりで15%削減を目標
ヘルシーステップ社との単価交渉は6月の更新時に行う。

葛城
""" + SIG_MITARAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "forward of an internal memo stamped 【部外秘】 (subject and body) to the vendor it discusses",
},
# ---------------------------------------------------------------- 026-050
{
    "id": "wellness-026",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["土橋 健吾 <dobashi.kengo@healthystep.co.jp>"],
    "subject": "Re: 登録エラーの件（再送分）",
    "body": """土橋様

ご確認ありがとうございます。
下記の5名は、本人に確認のうえアプリから再登録してもらうよう
社内で案内しました。来週月曜までに完了する見込みです。

仁科

> 日の出産業 仁科様
>
> 招待メールがエラーで戻ってきた方が以下の5名です。
> アドレスをご確認いただけますでしょうか。
>
> 　乙部 玲奈　　rena.otobe@yahoo.co.jq
> 　栗生 剛　　　kuryu.go@icloud.con
> 　三ツ矢 遥　　haruka.mitsuya@gmial.com
> 　茨木 大地　　daichi.ibaraki@outlok.jp
> 　左近 詩織　　shiori.sakon@gmail.co
>
> 株式会社ヘルシーステップ カスタマーサクセス 土橋
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five addresses are only in the '>' quote of the vendor's own mail; new text holds no data",
},
{
    "id": "wellness-027",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["スタジオロータス 立花様 <tachibana@studio-lotus.jp>"],
    "subject": "昼休みヨガ講座（4/22）参加者のご連絡",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>スタジオロータス<br>立花様</p>
<p>いつもお世話になっております。日の出産業の仁科です。<br>
4/22（水）昼休みヨガ講座の参加者をお知らせします。<br>
身体面で配慮が必要な方は備考欄に記載しましたので、ポーズの調整をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f0"><th>氏名</th><th>年齢</th><th>携帯番号</th><th>配慮事項</th></tr>
<tr><td>千早 真由</td><td>34</td><td>090-2261-8874</td><td>妊娠20週（主治医許可あり）</td></tr>
<tr><td>菰田 久美子</td><td>51</td><td>080-3310-9047</td><td>腰椎椎間板ヘルニア（治療中）</td></tr>
<tr><td>鮎川 慎吾</td><td>45</td><td>070-5582-1136</td><td>―</td></tr>
<tr><td>湯浅 なぎさ</td><td>29</td><td>090-7738-4420</td><td>―</td></tr>
<tr><td>馬渕 隆</td><td>58</td><td>080-6124-2275</td><td>右膝人工関節置換術後</td></tr>
<tr><td>秋月 玲子</td><td>40</td><td>090-4093-6618</td><td>喘息あり（吸入薬持参）</td></tr>
<tr><td>伊集院 拓</td><td>37</td><td>070-9047-3351</td><td>―</td></tr>
</table>
<p>当日は8F大会議室をご用意しております。どうぞよろしくお願いいたします。</p>
<p>――――<br>日の出産業株式会社 人事部 健康推進G 仁科 あかね<br>03-5418-2270（内線4322）</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of seven participants with mobiles and medical conditions sent to the yoga studio",
},
{
    "id": "wellness-028",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["komiyama.saori@healthystep.co.jp"],
    "cc": ["保健事業課 鶴田様 <tsuruta@hinode-kenpo.or.jp>", "mitarai.junichi@hinode-sangyo.co.jp"],
    "subject": "健保コラボヘルス 三者打合せ（4/23）のご案内",
    "body": """ヘルシーステップ 小宮山様
日の出産業健康保険組合 鶴田様

お世話になっております。日の出産業の葛城です。
健保組合のポイント事業と弊社ウォーキング施策の連携について、
三者でお打合せの場を設けたく、下記のとおりご案内いたします。

　日時：4月23日（木）15:00～16:00
　場所：日の出ビル 7F 第2会議室（オンライン併用）
　議題：
　　1) 健保ポイントと社内ポイントの二重付与の整理
　　2) 歩数データの受け渡し方法（集計値のみとする方向）
　　3) 年間スケジュールのすり合わせ

ご都合が悪い場合はお知らせください。
""" + SIG_KATSURAGI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail: two external organisations in To/Cc",
},
{
    "id": "wellness-029",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["鮫島 <samejima.ryo@bodyworks-gym.jp>"],
    "subject": "転送: 法人会員 新規入会申込（4月分）",
    "body": """鮫島様

お世話になっております。柳瀬です。
４月分の法人会員新規入会申込を、社内の取りまとめメールのまま転送します。
入会手続きをお願いいたします。

---------- Forwarded message ---------
From: 福利厚生課 共有 <fukuri@hinode-sangyo.co.jp>
Date: 2026年3月27日(金) 17:42
Subject: 法人会員 新規入会申込（4月分）取りまとめ
To: 柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>

柳瀬さん、４月分の申込者です。

【１】
氏名：栃木　亮平（とちぎ　りょうへい）
生年月日：平成２年５月１９日
住所：〒２１１－００６３　神奈川県川崎市中原区小杉町２－２７６－１　１２０４号
電話：０９０－３８７４－２１５０
希望店舗：ボディワークス川崎駅前

【２】
氏名：木暮　紗英（こぐれ　さえ）
生年月日：昭和６２年１１月３日
住所：〒１４３－００２３　東京都大田区山王３－１５－８
電話：０８０－２２０６－７４１９
希望店舗：ボディワークス芝浦

【３】
氏名：枡田　剛志（ますだ　つよし）
生年月日：昭和５５年２月２８日
住所：〒３３６－００２２　埼玉県さいたま市南区白幡４－９－１２
電話：０７０－４４１５－８８３６
希望店舗：ボディワークス大宮

【４】
氏名：玉置　莉子（たまき　りこ）
生年月日：平成８年８月８日
住所：〒２７３－０００５　千葉県船橋市本町２－１０－３１－５０３
電話：０９０－１９７２－６４０５
希望店舗：ボディワークス船橋

【５】
氏名：潮田　慶一（うしおだ　けいいち）
生年月日：昭和５０年１月１６日
住所：〒２３１－００６２　神奈川県横浜市中区桜木町１－１０１
電話：０８０－５５６３－０２９８
希望店舗：ボディワークス横浜関内

以上５名です。福利厚生課 大和田
""" + SIG_YANASE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward (new text to the gym) of five applicants, one block each with birth date, address, phone",
},
{
    "id": "wellness-030",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["ヘルシーステップ サポート <support@healthystep.co.jp>"],
    "subject": "アカウント統合の依頼（二重登録）",
    "body": """ヘルシーステップ サポートご担当者様

日の出産業の仁科です。
下記の社員がアプリに二重登録となっているようですので、統合をお願いします。
社員番号欄に誤って別の番号を入力したとのことで、本人申告の番号をそのまま記載します。

　氏名：石動 俊彦（いするぎ としひこ）
　入力された番号：1305-482917（基礎年金番号を入れてしまったそうです）
　正しい社員番号：H09126
　アプリ登録メール：isurugi.t@hinode-sangyo.co.jp

誤入力された側のアカウントは削除していただいて構いません。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a named employee's 基礎年金番号 written out in a support request to the vendor",
},
{
    "id": "wellness-031",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["Yuka Matsubayashi <yuka.matsubayashi.yoga@gmail.com>"],
    "subject": "オフィスストレッチ講座 講師のご依頼",
    "body": """松林 由佳 先生

はじめてご連絡いたします。
日の出産業株式会社 健康推進グループの仁科と申します。
川崎市の健康づくりイベントで先生のオフィスストレッチを拝見し、
弊社でもご登壇いただけないかとご連絡いたしました。

　日時：6月10日（水）12:15～12:50（昼休み）
　形式：本社会議室＋Teams配信（約80名）
　謝礼：3万円（税込、交通費別途）

ご都合をお聞かせいただけますと幸いです。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "speaking request to one freelance instructor on gmail: a single free-mail recipient",
},
{
    "id": "wellness-032",
    "charset": "iso-2022-jp",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["フィットアリーナ 会員サービス <kaiin@fitarena.co.jp>"],
    "subject": "家族会員（差額自己負担）の決済情報について",
    "body": """フィットアリーナ 会員サービスご担当様

お世話になっております。日の出産業 総務部の柳瀬です。
法人会員の須之内から、配偶者を家族会員として追加したいとの申し出があり、
差額分は本人のカード払いとしたいとのことです。本人から預かった情報をお送りします。

　法人会員：須之内 啓（会員番号 FA-H-00318）
　家族会員：須之内 奈央
　決済カード：""" + _grouped(card_number(SEED + 8)) + """
　有効期限：11/28　名義：KEI SUNOUCHI

手続き完了後、ご本人あてにご案内いただけますでしょうか。
""" + SIG_YANASE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "an employee's personal credit card number (spaced in groups of four) sent to the gym",
},
{
    "id": "wellness-033",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["すわないオンライン禁煙外来 看護師 宗像様 <munakata@seifukai-clinic.jp>"],
    "subject": "Re: 法人契約者の経過報告について",
    "body": """宗像様

いつもお世話になっております。日の出産業の江波です。
経過報告ありがとうございました。

１点共有です。受診中の山際 修平さん（物流本部）ですが、
先月の精密検査で慢性閉塞性肺疾患（ＣＯＰＤ）と診断されたと本人から連絡がありました。
呼吸器内科に通院を始めたとのことですので、禁煙補助薬の継続について
主治医と調整いただく必要があるかもしれません。

次回のオンライン診療の際にご確認いただけますと幸いです。
""" + SIG_ENAMI + """

> 日の出産業株式会社 江波様
> 3月分の法人契約者の受診状況をご報告します。継続率は86%でした。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "new text names an employee and his COPD diagnosis, sent to the clinic: sensitive data of one person",
},
{
    "id": "wellness-034",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["土橋 健吾 <dobashi.kengo@healthystep.co.jp>"],
    "subject": "月次レポート（3月分）のご送付依頼",
    "body": """土橋様

お世話になっております。日の出産業の仁科です。
3月分の月次レポート（アクティブ率・平均歩数・ポイント付与総数）について、
4月第2営業日までにご送付いただけますでしょうか。
経営会議資料に転記するため、グラフはPNGでもいただけると助かります。

なお、個人別の明細は不要です（集計値のみでお願いします）。

よろしくお願いいたします。
""" + SIG_NISHINA + """
""" + DISCLAIMER_JA + """
""" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "routine report request ending with the standard Japanese and English disclaimers",
},
{
    "id": "wellness-035",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["komiyama.saori@healthystep.co.jp", "utsumi.miyu@mirai-kenko.or.jp",
           "tsuruta@hinode-kenpo.or.jp"],
    "cc": ["samejima.ryo@bodyworks-gym.jp", "mitarai.junichi@hinode-sangyo.co.jp"],
    "subject": "第1回 健康経営推進委員会（外部パートナー会議）開催のご案内",
    "body": """関係各位

いつもお世話になっております。日の出産業の葛城です。
今年度第1回の健康経営推進委員会（外部パートナー会議）を下記のとおり開催します。

　日時：5月12日（火）13:30～15:30
　場所：日の出ビル 8F 大会議室
　議題：前年度実績報告、今年度KPI、各施策の連携

出欠を4月30日までにご返信ください。
""" + SIG_KATSURAGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations (app vendor, guidance provider, kenpo, gym) visible to each other in To/Cc",
},
{
    "id": "wellness-036",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <enkai@sakura-hote1.jp>"],
    "subject": "健康セミナー会場の仮予約について",
    "body": """さくらホテル　宴会予約ご担当者様

いつもお世話になっております。日の出産業の仁科です。
６月２６日（金）の健康セミナーにつき、下記の内容で仮予約をお願いいたします。

　利用時間：１３：００～１７：００（準備含む）
　人数：１２０名（スクール形式）
　機材：プロジェクター、マイク２本
　ご飲食：ヘルシー軽食ボックス（１２０食）、お茶

見積書をお送りいただけますと幸いです。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp (digit 1 for l) is a look-alike of the partner sakura-hotel.jp",
},
{
    "id": "wellness-037",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["桑畑 <kuwahata@nishiki-insatsu.co.jp>"],
    "subject": "Re: ウォーキングチャレンジ告知ポスター 初校",
    "body": """錦印刷 桑畑様

初校ありがとうございました。修正指示を入れたPDFをお送りします。

・キャッチコピーの「1日8000歩」を「1日8,000歩」に
・QRコードをもう一回り大きく（最低25mm角）
・右下の問い合わせ先を「人事部 健康推進グループ 内線4317」に

再校は4/10（金）頃にいただけますと助かります。
部数はB2 120枚、A4チラシ 2,500枚で変更ありません。
""" + SIG_KATSURAGI,
    "attachments": [{
        "kind": "pdf", "name": "poster_walking_初校_修正指示.pdf",
        "lines": ["春のウォーキングチャレンジ 2026", "1日8,000歩で、からだも職場も元気に！",
                  "期間：4月15日～5月31日", "参加方法：アプリ「ヘルシーステップ」からエントリー",
                  "【修正】QRコードを25mm角以上に拡大", "【修正】問い合わせ先：人事部 健康推進グループ 内線4317"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "poster proof corrections to the partner printer: no personal data",
},
{
    "id": "wellness-038",
    "charset": "utf-8",
    "sender": "氷見 隆司 <himi.ryuji@hinode-sangyo.co.jp>",
    "to": ["dobashi.kengo@healthystep.co.jp"],
    "subject": "アプリ初期アカウント作成用データ（本社・大阪）",
    "body": """土橋様

情報システム部の氷見です。
初期アカウント一括作成用のデータをZIPでお送りします（UTF-8、BOMなし）。
本社分と大阪支店分の2ファイルです。名古屋以降は来週お送りします。

取り込み後、件数のご連絡をお願いします。

氷見
""",
    "attachments": [{
        "kind": "zip", "name": "account_init_0401.zip",
        "files": [
            {"kind": "csv", "name": "honsha.csv", "encoding": "utf-8",
             "rows": [["employee_id", "name", "email", "birth_date", "gender", "dept_code"],
                      ["H30101", "葉山 颯太", "hayama.sota@hinode-sangyo.co.jp", "1992-04-18", "M", "HR01"],
                      ["H30102", "衣笠 夏美", "kinugasa.natsumi@hinode-sangyo.co.jp", "1988-09-03", "F", "HR01"],
                      ["H30117", "榊原 仁", "sakakibara.jin@hinode-sangyo.co.jp", "1975-12-22", "M", "FI02"],
                      ["H30125", "朱雀 玲", "suzaku.rei@hinode-sangyo.co.jp", "1996-06-09", "F", "SL03"],
                      ["H30138", "冨樫 賢人", "togashi.kento@hinode-sangyo.co.jp", "1981-01-27", "M", "SL03"],
                      ["H30146", "鳩山 梨花", "hatoyama.rika@hinode-sangyo.co.jp", "1994-11-14", "F", "SL04"],
                      ["H30159", "仙波 亘", "semba.wataru@hinode-sangyo.co.jp", "1969-03-30", "M", "GA01"]]},
            {"kind": "csv", "name": "osaka.csv", "encoding": "utf-8",
             "rows": [["employee_id", "name", "email", "birth_date", "gender", "dept_code"],
                      ["H40211", "上町 大輔", "uemachi.daisuke@hinode-sangyo.co.jp", "1985-07-07", "M", "OS01"],
                      ["H40215", "天王寺 咲", "tennoji.saki@hinode-sangyo.co.jp", "1991-02-19", "F", "OS01"],
                      ["H40228", "住之江 学", "suminoe.manabu@hinode-sangyo.co.jp", "1978-10-11", "M", "OS02"],
                      ["H40233", "鶴見 穂乃香", "tsurumi.honoka@hinode-sangyo.co.jp", "1999-05-25", "F", "OS02"],
                      ["H40241", "淀川 光一", "yodogawa.koichi@hinode-sangyo.co.jp", "1973-08-16", "M", "OS03"]]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "ZIP of two UTF-8 CSVs: twelve employees with e-mail and birth date sent to the vendor",
},
{
    "id": "wellness-039",
    "charset": "iso-2022-jp",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["井関 <iseki.hiroshi@giftpoint.co.jp>"],
    "subject": "3月 ポイント付与実績ファイル",
    "body": """井関様

お世話になっております。柳瀬です。
3月分のポイント付与実績ファイルを添付します。
請求金額との突合をお願いいたします。
""" + SIG_YANASE,
    "attachments": [{"kind": "corrupt", "name": "ポイント付与実績_2026年3月.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached xlsx is corrupt: it cannot be read",
},
{
    "id": "wellness-040",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業部 <hojin@kitaguni-foods.co.jp>"],
    "subject": "ヘルシー弁当 試食会分のご注文（注文番号 KF-260415-08）",
    "body": """北国フーズ株式会社
法人営業部 ご担当者様

いつもお世話になっております。日の出産業の仁科です。
「健康月間」初日の試食会用に、下記のとおり注文いたします。

　注文番号：KF-260415-08
　お届け日時：4月15日（水）11:30　日の出ビル1F 荷受場
　商品：
　　HB-201 塩分控えめ幕の内（580kcal）　40食
　　HB-214 野菜たっぷり鶏そぼろ丼（520kcal）　30食
　　HB-230 大豆ミートのキーマカレー（610kcal）　30食
　　SP-010 カップ味噌汁（減塩）　100個
　合計：100食＋汁物100個

請求書は経理部宛にお送りください。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "bento order to the partner caterer with order number and product codes",
},
{
    "id": "wellness-041",
    "charset": "utf-8",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["片桐 <katagiri@wellness-keiei.jp>"],
    "subject": "役員説明用スライド（ご参考）",
    "body": """片桐様

お世話になっております。葛城です。
先週の役員説明で使用したスライドをご参考までにお送りします。
中期計画の書きぶりについてご助言いただけますと幸いです。
""" + SIG_KATSURAGI,
    "attachments": [{
        "kind": "pptx", "name": "健康経営戦略_2026-2028_役員説明.pptx",
        "title": "健康経営戦略 2026-2028",
        "page_footer": "社外秘　日の出産業株式会社 人事部",
        "slides": [
            ["健康経営戦略 2026-2028", "役員説明資料", "2026年2月 人事部"],
            ["現状の課題", "喫煙率 22.1%（業界平均 19%）", "BMI25以上 30.4%", "物流部門の腰痛による休業日数 増加"],
            ["中期目標", "喫煙率 15%以下", "健康経営優良法人（ホワイト500）認定", "プレゼンティーイズム損失 20%削減"],
            ["投資計画", "3年間で総額 1.6億円", "委託先の統合によるコスト削減 年1,200万円"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "slides carry a 社外秘 footer on every page and go to an outside consultant",
},
{
    "id": "wellness-042",
    "charset": "iso-2022-jp",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["kinen-uketsuke@seifukai-clinic.jp"],
    "subject": "禁煙チャレンジ 第3期 申込者（初回予約用）",
    "body": """清風会 オンライン禁煙外来
受付ご担当者様

日の出産業の江波です。第3期の申込者をタブ区切りで貼り付けます。
初回オンライン診療の予約枠を押さえていただけますでしょうか。

氏名	所属	携帯	希望開始日
網代 俊介	物流本部 厚木	090-4182-7730	5/11
国府田 亜美	経理部	080-2951-6604	5/11
諫早 浩	大阪支店	070-3368-1297	5/18
祝 健太郎	営業本部	090-8806-4413	5/18
蔦谷 広美	名古屋支店	080-7143-2258	5/25
十河 隼	物流本部 川越	070-5529-0381	5/25

以上6名、どうぞよろしくお願いいたします。
""" + SIG_ENAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six applicants with mobiles, tab-separated in the body, to the clinic: a list of people",
},
{
    "id": "wellness-043",
    "charset": "utf-8",
    "sender": "Junichi Mitarai <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["Megan Howell <megan.howell@stridewell.com>"],
    "cc": ["himi.ryuji@hinode-sangyo.co.jp"],
    "subject": "Re: Wearable pilot - API limits and shipment status",
    "body": """Hi Megan,

Thank you for the quick reply. A few points from our side:

1. API rate limits: 600 requests/minute per tenant is fine for the pilot (about 150 users).
   We will pull daily aggregates only, once per night (JST 02:00).
2. Shipment: we received tracking numbers for both boxes, thanks.
     Box 1/2  FedEx 7713 4208 9952
     Box 2/2  FedEx 7713 4208 9963
   Please send them to our Shibaura office, attention: HR Wellness Group.
3. Invoice: please quote PO number HS-PO-2026-0419 on the invoice.

Could we have a 30-minute call next Tuesday (your Monday evening)?

Best regards,
Junichi Mitarai
Wellness Group, Human Resources
Hinode Sangyo Co., Ltd.
+81-3-5418-2274
""" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail to a foreign vendor: API terms, tracking numbers, PO number, disclaimer",
},
{
    "id": "wellness-044",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["フィットアリーナ 法人営業 <houjin@fitarena.co.jp>"],
    "subject": "法人会員登録時の本人確認書類について",
    "body": """フィットアリーナ 法人営業ご担当者様

お世話になっております。日の出産業の柳瀬です。
本人確認書類の提出が必要とのことでしたので、
来店が難しい２名分について、運転免許証の記載内容をお送りします。

■１人目
　氏名：　鵜飼　正樹
　生年月日：昭和５６年３月１２日
　免許証番号：第　３０１２　８８４７　２１６０　号
　有効期限：令和１０年４月１２日

■２人目
　氏名：　芹沢　友里
　生年月日：平成３年１０月２９日
　免許証番号：第　４６０９　１７３３　５０８１　号
　有効期限：令和９年１１月２９日

不足がありましたらご連絡ください。
""" + SIG_YANASE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "two employees' driver's licence numbers sent to the gym: identity document numbers",
},
{
    "id": "wellness-045",
    "charset": "utf-8",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["鮫島 <samejima.ryo@bodyworks-gym.jp>"],
    "subject": "外国籍社員の法人会員登録について",
    "body": """鮫島様

お世話になっております。柳瀬です。
ベトナム国籍の社員1名の入会について、在留カードの情報でよいとのことでしたので
記載内容をお送りします。

　氏名：NGUYEN THI LAN（グエン ティ ラン）
　生年月日：1995年7月21日
　在留カード番号：UF48209173EA
　在留期間（満了日）：2028年3月14日
　希望店舗：ボディワークス品川港南

入会書類は本人が来店時に記入します。
""" + SIG_YANASE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a foreign employee's residence card number sent to the gym operator",
},
{
    "id": "wellness-046",
    "charset": "iso-2022-jp",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["内海 美結 <utsumi.miyu@mirai-kenko.or.jp>"],
    "subject": "プログラム設計用 BMI分布データ（集計）",
    "body": """内海様

お世話になっております。江波です。
来年度の集団プログラム設計のため、BMIの年代別分布をPDFにまとめました。
人数のみの集計で、個人を特定できる情報は含めていません。
（10名未満のセルは「<10」と表示しています）

ご確認よろしくお願いいたします。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "pdf", "name": "BMI分布_年代別_2025.pdf",
        "title": "BMI分布（年代別）2025年度定期健診",
        "lines": ["2025年度 定期健康診断 BMI分布（年代別・人数）", "受診者 2,284名（受診率 99.3%）", ""],
        "table": [
            ["年代", "18.5未満", "18.5-25未満", "25-30未満", "30以上", "計"],
            ["20代", 41, 268, 52, 14, 375],
            ["30代", 28, 351, 118, 37, 534],
            ["40代", 19, 372, 169, 58, 618],
            ["50代", 12, 301, 161, 49, 523],
            ["60代", "<10", 140, 72, 16, 234],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregated BMI distribution by age band with small cells suppressed: statistics, no person",
},
{
    "id": "wellness-047",
    "charset": "utf-8",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["ボディワークス パーソナルトレーナー 美濃部様 <minobe@bodyworks-gym.jp>"],
    "subject": "復職者向け 個別運動プログラムのご依頼",
    "body": """美濃部様

お世話になっております。日の出産業 保健師の江波です。
先日ご相談した復職者向けの個別運動プログラムについて、
依頼書をWordでお送りします。主治医の意見書の要点も記載しています。

ご検討のほどよろしくお願いいたします。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "docx", "name": "個別運動プログラム依頼書_鶴賀.docx",
        "paragraphs": [
            "個別運動プログラム依頼書",
            "依頼日：2026年4月3日　依頼者：日の出産業株式会社 人事部 保健師 江波 千景",
        ],
        "tables": [[
            ["項目", "内容"],
            ["氏名", "鶴賀 政宗（つるが まさむね）"],
            ["生年月日", "1968年1月30日（58歳）"],
            ["病名", "急性心筋梗塞（2025年11月 PCI施行）"],
            ["現在の治療", "抗血小板薬2剤、β遮断薬、スタチン内服中"],
            ["主治医意見", "心臓リハビリ外来終了。運動強度は心拍数110/分以下、Borg 13以下"],
            ["目標", "週3回 30分の有酸素運動の習慣化、体重 -4kg"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX table with one named employee's heart-attack history and medication sent to a gym trainer",
},
{
    "id": "wellness-048",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["東都健診プラザ 予約センター <yoyaku@kenshin-toto.or.jp>"],
    "subject": "人間ドック 受診予約者一覧（5月実施分）",
    "body": """東都健診プラザ 予約センター ご担当者様

お世話になっております。日の出産業の仁科です。
5月実施分の人間ドック受診予約者一覧をPDFでお送りします。
保険証情報も記載しておりますので、受付準備にご利用ください。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "pdf", "name": "人間ドック予約者一覧_2026年5月.pdf",
        "title": "人間ドック 受診予約者一覧",
        "lines": ["人間ドック 受診予約者一覧（2026年5月実施分）　日の出産業株式会社", ""],
        "table": [
            ["受診日", "氏名", "生年月日", "保険者番号", "記号", "番号", "コース"],
            ["5/8", "常盤 紀之", "1970/03/14", "06139921", "4810", "0655", "脳ドック付"],
            ["5/8", "上条 瑞穂", "1977/09/02", "06139921", "4810", "0781", "婦人科付"],
            ["5/12", "戸叶 隆", "1964/12/19", "06139921", "4811", "0102", "基本"],
            ["5/12", "菅生 早苗", "1973/05/27", "06139921", "4810", "0920", "婦人科付"],
            ["5/15", "門脇 昇平", "1969/08/08", "06139921", "4810", "0603", "基本"],
            ["5/15", "芦田 恭子", "1975/01/23", "06139921", "4810", "0847", "基本"],
            ["5/19", "水無瀬 剛", "1966/06/30", "06139921", "4811", "0088", "脳ドック付"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "PDF table of seven people with birth dates and health insurance numbers to the screening centre",
},
{
    "id": "wellness-049",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["小宮山 沙織 <komiyama.saori@healthystep.co.jp>"],
    "subject": "冬季チャレンジ 個人ランキング上位10名（景品手配用）",
    "body": """小宮山様

お世話になっております。仁科です。
冬季チャレンジの個人ランキング上位10名です（アプリのニックネーム表示）。
景品の手配をお願いします。発送は社内便で行いますので、まとめて弊社宛てにお送りください。

順位　ニックネーム　　　所属　　　　　　　平均歩数
1　　 てくてく大魔王　　物流本部 厚木　　　18,422
2　　 kawagoe_runner　　物流本部 川越　　　17,905
3　　 ひよこ部長　　　　営業本部　　　　　16,338
4　　 mochi_walk　　　　福岡営業所　　　　15,870
5　　 あるくん　　　　　大阪支店　　　　　15,102
6　　 NGY-STEP　　　　　名古屋支店　　　　14,776
7　　 通勤ひと駅　　　　経理部　　　　　　14,511
8　　 sora_no_shita　　 人事部　　　　　　14,290
9　　 万歩計おじさん　　物流本部 厚木　　　13,988
10　　たけのこ　　　　　営業本部　　　　　13,745
""" + SIG_NISHINA,
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "ten rows of nickname, department and step average: pseudonymous records, identifiable only within the company",
},
{
    "id": "wellness-050",
    "charset": "utf-8",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["芝浦支店 法人営業 <shibaura-hojin@midori-ginkou.co.jp>"],
    "subject": "補助金振込の締め時間について",
    "body": """みどり銀行 芝浦支店 法人営業ご担当者様

お世話になっております。日の出産業 総務部の柳瀬です。
毎月10日のスポーツクラブ補助金の総合振込について、
当日扱いとなる伝送データの締め時間を改めて教えていただけますでしょうか。
また、10日が土日祝の場合は前営業日扱いでよいかも併せてご確認ください。
""" + SIG_YANASE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp (added u) is a look-alike of the partner bank midori-ginko.co.jp",
},
# ---------------------------------------------------------------- 051-075
{
    "id": "wellness-051",
    "charset": "utf-8",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["宗像 <munakata@seifukai-clinic.jp>"],
    "subject": "事業所別 喫煙率のご共有（禁煙セミナー企画用）",
    "body": """宗像様

お世話になっております。江波です。
秋の禁煙セミナーの企画にあたり、事業所別の喫煙率をまとめたHTMLを添付します。
ブラウザでご覧ください。喫煙率の高い物流拠点での出張セミナーを検討しています。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "html", "name": "kitsuenritsu_jigyosho_2025.html",
        "html": """<html><head><meta charset="utf-8"><title>事業所別 喫煙率</title></head><body>
<h3>2025年度 事業所別 喫煙率（定期健診問診より）</h3>
<table border="1"><tr><th>事業所</th><th>受診者数</th><th>喫煙者数</th><th>喫煙率</th><th>前年差</th></tr>
<tr><td>本社</td><td>412</td><td>58</td><td>14.1%</td><td>-1.8pt</td></tr>
<tr><td>物流本部 厚木センター</td><td>388</td><td>131</td><td>33.8%</td><td>-2.2pt</td></tr>
<tr><td>物流本部 川越センター</td><td>351</td><td>112</td><td>31.9%</td><td>-0.9pt</td></tr>
<tr><td>大阪支店</td><td>298</td><td>61</td><td>20.5%</td><td>-3.0pt</td></tr>
<tr><td>名古屋支店</td><td>221</td><td>47</td><td>21.3%</td><td>+0.4pt</td></tr>
<tr><td>福岡営業所</td><td>96</td><td>19</td><td>19.8%</td><td>-1.1pt</td></tr>
</table></body></html>""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "smoking rates per site (aggregate counts) in an HTML attachment: statistics only",
},
{
    "id": "wellness-052",
    "charset": "iso-2022-jp",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["samejima.ryo@bodyworks-gym.jp"],
    "cc": ["houjin@fitarena.co.jp", "corporate@aquafit-club.jp", "hojin@yoga-space-mori.com"],
    "subject": "2026年度 スポーツクラブ補助制度の改定について（ご連絡）",
    "body": """法人契約先 各社 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 総務部 福利厚生課の柳瀬でございます。

2026年7月1日より、弊社のスポーツクラブ利用補助制度を以下のとおり改定いたします。
　・補助上限：月額3,000円 → 月額4,000円
　・対象：正社員に加え、契約社員・再雇用者も対象
　・利用実績報告：月次 → 四半期ごと

各社との契約条件の変更は別途個別にご相談させていただきます。
引き続きよろしくお願い申し上げます。
""" + SIG_YANASE,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four competing gym operators in To/Cc can see each other: should have been Bcc",
},
{
    "id": "wellness-053",
    "charset": "utf-8",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["樋渡 <hiwatashi@mirai-kenko.or.jp>"],
    "subject": "FW: 高リスク者への受診勧奨状況",
    "body": """樋渡様

お世話になっております。江波です。
社内で共有していた受診勧奨の状況メールを添付で転送します。
電話での受診勧奨をお願いしたい方々です。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "eml", "name": "高リスク者への受診勧奨状況.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
            "to": ["enami.chikage@hinode-sangyo.co.jp"],
            "subject": "高リスク者への受診勧奨状況",
            "body": """江波さん

受診勧奨の状況です。未受診の方は外部委託で電話勧奨を検討しましょう。

・西園寺 匡（物流本部）　HbA1c 8.1　糖尿病の疑い　　未受診　090-2874-6611
・牟田 伸二（物流本部）　血圧 182/106　　　　　　　　未受診　080-4409-2738
・久米 ひとみ（名古屋）　AST/ALT高値　肝機能障害　　受診済
・榎戸 耕太（営業本部）　LDL 224　脂質異常症　　　　未受診　070-6652-1904
・片倉 翼（大阪支店）　　尿蛋白2+　腎機能低下　　　　未受診　090-1187-3345
・御子柴 誠（経理部）　　心電図 心房細動　　　　　　　受診予約済

葛城
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached internal mail (new to the recipient) lists six people's abnormal results and phones",
},
{
    "id": "wellness-054",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["鮫島 <samejima.ryo@bodyworks-gym.jp>"],
    "subject": "改定後のスポーツクラブ利用補助規程（最終版）",
    "body": """鮫島様

いつもお世話になっております。柳瀬です。
７月施行の利用補助規程の最終版をお送りします。
第６条（利用実績の報告）の様式について、貴社システムからの出力で対応可能か
ご確認いただけますでしょうか。
""" + SIG_YANASE,
    "attachments": [{
        "kind": "docx", "name": "スポーツクラブ利用補助規程_2026改定.docx",
        "title": "スポーツクラブ利用補助規程",
        "paragraphs": [
            "スポーツクラブ利用補助規程",
            "第1条（目的）本規程は、従業員の健康の保持増進を目的として、スポーツクラブ利用料の一部を補助することについて定める。",
            "第2条（対象者）正社員、契約社員及び再雇用者とする。",
            "第3条（補助額）月額4,000円を上限とし、実費を超えない額とする。",
            "第4条（対象施設）会社が法人契約を締結した施設とする。",
            "第5条（申請）従業員は所定の申請書により福利厚生課に申請する。",
            "第6条（利用実績の報告）契約施設は四半期ごとに、会員番号別の利用回数を会社に報告する。",
            "附則　本規程は2026年7月1日から施行する。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the subsidy rules document (no personal data) to the gym operator",
},
{
    "id": "wellness-055",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["土橋 健吾 <dobashi.kengo@healthystep.co.jp>"],
    "subject": "ファミリー参加枠 登録者（旧形式のExcelですみません）",
    "body": """土橋様

お世話になっております。仁科です。
ファミリー参加枠の登録者をお送りします。
申込フォームの集計が古いExcel形式（.xls）でしか出せず、申し訳ありません。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "xls", "name": "family_touroku.xls",
        "sheets": {
            "family": [
                ["社員番号", "社員氏名", "家族氏名", "続柄", "生年月日", "登録メール"],
                ["H10482", "東雲 洋平", "東雲 香織", "妻", "1987/04/09", "shinonome.kaori@gmail.com"],
                ["H10482", "東雲 洋平", "東雲 蒼", "長男", "2014/08/30", "shinonome.kaori@gmail.com"],
                ["H11023", "漆原 隆之", "漆原 美智子", "妻", "1979/12/01", "urushibara-home@docomo.ne.jp"],
                ["H12131", "鬼頭 悠斗", "鬼頭 真弓", "母", "1958/03/22", "kito.mayumi@icloud.com"],
                ["H13370", "薬師寺 恵", "薬師寺 忠", "夫", "1984/06/15", "t-yakushiji.family@yahoo.co.jp"],
                ["H14002", "小此木 透", "小此木 遥香", "長女", "2010/10/05", "haruka.okonogi@gmail.com"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with six family members' names, birth dates and e-mail to the app vendor",
},
{
    "id": "wellness-056",
    "charset": "utf-8",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["井関 <iseki.hiroshi@giftpoint.co.jp>"],
    "subject": "Re: 2026年度 交換商品カタログのご提案",
    "body": """井関様

ご提案ありがとうございました。社内で検討し、2026年度は以下の商品で確定とします。

| 商品コード | 商品名                   | 必要pt | 卸単価(税抜) |
|------------|--------------------------|--------|--------------|
| HP-0207    | 体組成計                 | 5,000  | 3,980円      |
| HP-0412    | 今治タオルセット         | 3,000  | 2,150円      |
| HP-0630    | ウォーキングシューズ     | 8,000  | 6,200円      |
| HP-0851    | ヨガマット               | 3,500  | 2,480円      |
| HP-1103    | QUOカード3000円分        | 3,200  | 3,000円      |
| HP-1210    | 減塩調味料ギフト         | 2,500  | 1,760円      |

HP-0630はサイズ展開（22.0～29.0cm）の在庫状況も教えてください。
カタログPDFの校正は5/20までにいただけますと助かります。

柳瀬
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reward catalogue selection: product codes and prices only",
},
{
    "id": "wellness-057",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["桑畑 <kuwahata@nishiki-insatu.co.jp>"],
    "subject": "健康ハンドブック改訂版 入稿スケジュール",
    "body": """錦印刷 桑畑様

お世話になっております。日の出産業の葛城です。
健康ハンドブック（A5・32ページ）改訂版の入稿スケジュールです。

　5/8　 原稿入稿（Word＋画像）
　5/15　初校
　5/22　再校
　5/29　責了
　6/12　納品（本社 2,000部、各拠点へ分納 1,300部）

お見積りの更新をお願いできますでしょうか。
""" + SIG_KATSURAGI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp (dropped s) is a look-alike of the partner printer nishiki-insatsu.co.jp",
},
{
    "id": "wellness-058",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["rie.kanzaki.pilates@gmail.com", "coach-tomita@yahoo.co.jp", "sayuri.stretch@icloud.com"],
    "subject": "健康月間ミニ講座 講師候補の皆さまへ（日程アンケート）",
    "body": """講師候補の皆さま

日の出産業 健康推進グループの仁科です。
先日はお問い合わせへのご回答ありがとうございました。
健康月間（10月）のミニ講座について、下記の候補日からご都合のよい日を
ご返信いただけますでしょうか。

　①10/6（火）　②10/8（木）　③10/14（水）　④10/16（金）
　いずれも12:15～12:50、本社会議室＋オンライン

謝礼は一律3万円（税込）です。よろしくお願いいたします。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private instructors on free mail addressed together in To: three parties see each other",
},
{
    "id": "wellness-059",
    "charset": "iso-2022-jp",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["土橋 健吾 <dobashi.kengo@healthystep.co.jp>"],
    "subject": "Re: 健診データ連携のご提案について",
    "body": """土橋様

お世話になっております。江波です。
健診データをアプリに取り込むご提案をいただいた件、社内で検討しました。

健診結果は要配慮個人情報にあたるため、機密保持の観点から、現時点では
個人単位のデータを貴社にお渡しすることはできないという結論になりました。
代わりに、年代・性別ごとの集計値（人数10名以上のセルのみ）であれば
ご提供可能です。集計項目の希望があればお知らせください。

また、将来的に連携する場合は、本人同意の取得方法と委託契約の見直しが
前提になるかと思います。
""" + SIG_ENAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "talks about 機密保持 and 要配慮個人情報 as concepts and declines to send data: no marking, no person",
},
{
    "id": "wellness-060",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["内海 美結 <utsumi.miyu@mirai-kenko.or.jp>"],
    "subject": "BMIフォロー（個人名なし）データ",
    "body": """内海様

江波です。ご依頼のフォロー対象者データです。
氏名は外し、社員番号のみにしています。経年変化の分析にご利用ください。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "xlsx", "name": "BMIフォロー対象_社員番号のみ.xlsx",
        "sheets": {
            "2025": [
                ["BMI30以上 フォロー対象（2025年度健診）"],
                ["社員番号", "年齢", "性別", "BMI", "収縮期血圧", "HbA1c", "服薬（血圧）", "服薬（糖）", "喫煙"],
                ["H03871", 47, "男", 31.4, 158, 6.9, "有", "無", "有"],
                ["H05519", 39, "男", 33.2, 141, 7.4, "無", "有", "無"],
                ["H06620", 52, "女", 30.8, 133, 5.9, "無", "無", "無"],
                ["H07105", 44, "男", 34.9, 149, 6.2, "有", "無", "有"],
                ["H07788", 56, "男", 30.3, 166, 6.8, "有", "有", "有"],
                ["H08241", 33, "女", 32.0, 122, 5.5, "無", "無", "無"],
                ["H08930", 41, "男", 30.6, 137, 6.4, "無", "無", "有"],
                ["H09412", 50, "男", 31.9, 152, 7.0, "有", "有", "無"],
                ["H10066", 36, "男", 35.7, 144, 6.0, "無", "無", "有"],
                ["H10873", 48, "女", 30.1, 139, 6.3, "有", "無", "無"],
                ["H11302", 58, "男", 31.2, 171, 7.8, "有", "有", "有"],
                ["H11920", 45, "男", 33.6, 128, 5.8, "無", "無", "無"],
            ],
            "2024": [
                ["社員番号", "BMI", "収縮期血圧", "HbA1c"],
                ["H03871", 30.9, 152, 6.7], ["H05519", 32.5, 138, 7.1], ["H06620", 30.2, 130, 5.8],
                ["H07105", 35.3, 150, 6.1], ["H07788", 29.8, 160, 6.5],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "twelve rows keyed by employee number with health check values and medication: a list with sensitive data, no name column",
},
{
    "id": "wellness-061",
    "charset": "iso-2022-jp",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["片桐 <katagiri@wellness-keiei.jp>"],
    "subject": "健康経営優良法人 申請書ドラフトのご確認",
    "body": """片桐様

お世話になっております。御手洗です。
健康経営優良法人の申請書ドラフトをお送りします。
設問12～18の回答内容に不足がないか見ていただけますでしょうか。
""" + SIG_MITARAI,
    "attachments": [{
        "kind": "docx", "name": "健康経営度調査_回答ドラフト_v2.docx",
        "page_footer": "取扱注意　日の出産業株式会社",
        "paragraphs": [
            "健康経営度調査票　回答ドラフト（v2）",
            "Q12 健康経営の推進に関する全社方針：代表取締役メッセージ（2025年4月）を社内外に発信。",
            "Q14 定期健診受診率：99.3%（2,284名／2,300名）",
            "Q15 ストレスチェック受検率：93.1%、高ストレス者比率 11.8%",
            "Q16 長時間労働者への対応：月80時間超 延べ41名に産業医面談を実施",
            "Q18 喫煙対策：2026年4月より就業時間内禁煙を導入予定（労使協議中）",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached DOCX carries a 取扱注意 footer and goes to an outside consultant",
},
{
    "id": "wellness-062",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["川越センター 総務 <kawagoe-soumu@hinode-sangyo.co.jp>"],
    "cc": ["katsuragi.maho@hinode-sangyo.co.jp"],
    "subject": "FW: アプリ未登録者リスト（川越センター分）",
    "body": """川越センター総務ご担当者様

健康推進Ｇの仁科です。ヘルシーステップ社から届いた未登録者リストのうち、
川越センター分を抜き出して転送します。
朝礼等で登録の声かけをお願いできますでしょうか。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "csv", "name": "未登録者_川越.csv", "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "所属", "内線", "携帯"],
            ["H21104", "出浦 大吾", "入出庫課", "7211", "090-6630-1847"],
            ["H21119", "刀根 沙耶", "入出庫課", "7211", "080-3317-2290"],
            ["H21152", "熊谷 信吾", "配送管理課", "7230", "070-8845-1163"],
            ["H21188", "小鳩 みのり", "配送管理課", "7230", "090-2209-7714"],
            ["H21203", "斑目 隼人", "フォーク班", "7245", "080-5516-0382"],
            ["H21247", "木幡 亮介", "フォーク班", "7245", "090-7781-4035"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a list of six employees with mobiles, but sent only to internal addresses",
},
{
    "id": "wellness-063",
    "charset": "iso-2022-jp",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["kinen-uketsuke@seifukai-clinic.jp"],
    "subject": "紹介状の送付",
    "body": """清風会 オンライン禁煙外来 受付ご担当者様

江波です。産業医からの紹介状をPDFでお送りします。
初回診療の際にご参照ください。
""" + SIG_ENAMI,
    "attachments": [{"kind": "corrupt", "name": "禁煙外来_紹介状.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt and cannot be read",
},
{
    "id": "wellness-064",
    "charset": "utf-8",
    "sender": "Chikage Enami <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["StrideWell Support <support@stridewell.com>"],
    "subject": "Pilot user - heart rate alerts to be disabled",
    "body": """Hello StrideWell Support team,

I am the occupational health nurse at Hinode Sangyo, running the wearable pilot.

One of our pilot users, Mr. Kenta Oshiro (user ID HSP-0087,
registered e-mail kenta.oshiro.hs@gmail.com), has an implanted pacemaker
since 2022 (diagnosed with sick sinus syndrome). His cardiologist advised that the
band's heart-rate alerts may confuse him, so please disable the HR alert function on
his account only, and keep step tracking on.

Could you confirm when this is done?

Kind regards,
Chikage Enami, RN
Wellness Group, Human Resources
Hinode Sangyo Co., Ltd.
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English support mail naming one user with his pacemaker and diagnosis: sensitive data of one person",
},
{
    "id": "wellness-065",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["土橋 健吾 <dobashi.kengo@healthystep.co.jp>"],
    "subject": "管理画面アカウント追加のお願い（2名）",
    "body": """土橋様

お世話になっております。仁科です。
管理画面の閲覧アカウントを2名分追加していただけますでしょうか。

　・大阪支店 総務課　鷹羽 知子　takaba.tomoko@hinode-sangyo.co.jp
　・名古屋支店 総務課　筒井 悟　tsutsui.satoru@hinode-sangyo.co.jp

権限は「拠点集計の閲覧のみ」でお願いします。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two colleagues' names and work e-mail for admin accounts: fewer than five, may warn",
},
{
    "id": "wellness-066",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人営業所 <hojin-eigyo@aoba-unyu.co.jp>"],
    "subject": "景品の個別配送のお願い（チャレンジ表彰者）",
    "body": """青葉運輸株式会社　法人営業所　ご担当者様

いつもお世話になっております。日の出産業の仁科です。
ウォーキングチャレンジ表彰者への記念品（体組成計、１箱ずつ）の
個別配送をお願いいたします。配送先は以下のとおりです。

◇お届け先１
　〒２５０－０８７４　神奈川県小田原市鴨宮５－１８－２６
　宇留野　健太郎　様　０９０－４７７３－１２０８
◇お届け先２
　〒３６２－００３７　埼玉県上尾市上町１－４－９
　和久井　菜摘　様　０８０－６６０２－３９５４
◇お届け先３
　〒２９９－０１１１　千葉県市原市姉崎２３８０－１２
　嶋津　大輔　様　０７０－２１３８－４４７９
◇お届け先４
　〒１９２－００８２　東京都八王子市東町９－７　メゾン東町２０３
　比留間　聡子　様　０９０－８２４５－６０１３
◇お届け先５
　〒２４３－００１８　神奈川県厚木市中町３－１１－２
　五味　俊彦　様　０８０－１５０９－７７２２
◇お届け先６
　〒３５０－１１２３　埼玉県川越市脇田本町２０－５
　乙黒　かおり　様　０７０－９９６１－２０３８

集荷は４月２０日（月）午後、日の出ビル１Ｆでお願いします。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six home addresses and phones (full-width) of prize winners to the carrier: a list of people",
},
{
    "id": "wellness-067",
    "charset": "utf-8",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["井関 <iseki.hiroshi@giftpoint.co.jp>"],
    "subject": "再発送のお願い（転居のため返送された4件）",
    "body": """井関様

お世話になっております。柳瀬です。
2月分の発送のうち、宛先不明で返送された4件について、本人に確認した新住所へ
再発送をお願いします。

GP-26023 蔵元 俊　〒335-0022 埼玉県戸田市上戸田2-31-7 / 070-4419-8825
GP-26026 与那覇 舞　〒187-0002 東京都小平市花小金井1-12-4-305 / 090-9913-4450
GP-26030 筧 まどか　〒270-0034 千葉県松戸市新松戸3-120 / 080-7720-5316
GP-26033 瓜生 大翔　〒121-0813 東京都足立区竹の塚5-9-18 / 080-2297-8830

再発送の送料は弊社請求で結構です。
""" + SIG_YANASE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's new addresses and phones to the reward vendor: below five records, may warn",
},
{
    "id": "wellness-068",
    "charset": "iso-2022-jp",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
    "subject": "被扶養者の特定健診 受診券再発行について",
    "body": """日の出産業健康保険組合　保健事業課　ご担当者様

お世話になっております。人事部の江波です。
社員から、被扶養者（配偶者）の特定健診受診券を紛失したとの相談があり、
再発行をお願いしたくご連絡いたしました。
本人確認のため個人番号が必要とのことでしたので、本人から聞き取った内容を記載します。

　被保険者：　鍋島　拓也（記号４８１０　番号１３０５）
　被扶養者：　鍋島　千鶴
　生年月日：　昭和６１年２月１７日
　個人番号：　""" + my_number(SEED + 9) + """

受診券は被保険者の自宅あてに送付いただけますと助かります。
""" + SIG_ENAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a dependant's My Number and the insured's card number sent to the (external) health insurance society",
},
{
    "id": "wellness-069",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["鶴田 <tsuruta@hinode-kenpo.or.jp>"],
    "subject": "禁煙外来 提携医療機関リストの件",
    "body": """鶴田様

お世話になっております。江波です。
健保の禁煙補助事業の対象医療機関と照合したいため、
弊社が紹介している禁煙外来の医療機関一覧をお送りします。

医療機関名　　　　　　　　　所在地　　　　　　　　　　　　電話
------------------------------------------------------------------------
清風会 すわないクリニック　　東京都港区芝５－２９－１４　　　03-6809-4471
芝浦内科・呼吸器クリニック　東京都港区芝浦２－１３－７　　　03-5442-2186
川崎駅前みなみ内科　　　　　神奈川県川崎市川崎区砂子１－８　044-233-0915
厚木ひばり診療所　　　　　　神奈川県厚木市旭町２－４－１１　046-229-3380
川越のぞみ医院　　　　　　　埼玉県川越市新富町１－２２－５　049-226-7702
梅田北口こきゅうき内科　　　大阪府大阪市北区角田町８－３　　06-6311-5528

オンライン診療対応は清風会のみです。
""" + SIG_ENAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a padded list of clinics (businesses with switchboards) to the health insurance society",
},
{
    "id": "wellness-070",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["東都健診プラザ 予約センター <yoyaku@kenshin-toto.or.jp>"],
    "subject": "【パスワード別送】人間ドック追加予約分",
    "body": """東都健診プラザ 予約センター ご担当者様

お世話になっております。日の出産業の仁科です。
6月実施分の追加予約者のファイルを、パスワード付きZIPでお送りします。
解凍パスワードは本メールとは別にお送りします。
""" + SIG_NISHINA,
    "attachments": [{
        "kind": "zip", "name": "dock_tsuika_202606.zip", "password": "Toto!0601",
        "files": [{
            "kind": "xlsx", "name": "追加予約者_6月.xlsx",
            "sheets": {"6月": [["受診日", "氏名", "生年月日", "記号", "番号"],
                               ["6/3", "阿武 隆", "1971/04/04", "4810", "0711"],
                               ["6/3", "粟飯原 京子", "1976/11/20", "4810", "0933"]]},
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password ZIP with the password sent separately (PPAP): cannot be inspected",
},
{
    "id": "wellness-071",
    "charset": "iso-2022-jp",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["久世 亮太 <kuze@shirakawa-law.jp>"],
    "subject": "健診データの外部委託先への提供に関するご相談",
    "body": """白川法律事務所
久世先生

いつもお世話になっております。日の出産業の御手洗です。
一般論としてのご相談です。

特定保健指導を外部の機関に委託する際、健診結果（要配慮個人情報）を
委託先に提供することについて、以下の整理で問題ないかご確認いただけますでしょうか。

1. 健保組合からの委託に基づく特定保健指導：高齢者医療確保法に基づく委託であり、
   本人同意は不要との理解
2. 会社独自の保健指導（40歳未満）：個人情報保護法上の「委託」として
   同意不要と整理できるか、就業規則や同意書での手当てが必要か
3. ウォーキングアプリ事業者への歩数データ提供：要配慮個人情報には当たらないとの理解

来週どこかで30分ほどお時間をいただけますと幸いです。
""" + SIG_MITARAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "abstract legal question about health data to the law firm: mentions categories, no person",
},
{
    "id": "wellness-072",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["グローバル旅行 法人デスク 大曽根様 <osone@global-tabi.co.jp>"],
    "subject": "ホノルルマラソン 社員ランナー派遣の航空券手配",
    "body": """グローバル旅行株式会社
法人デスク　大曽根様

お世話になっております。日の出産業の仁科です。
健康増進施策の一環として、ホノルルマラソンに社員ランナー２名を派遣します。
航空券の発券に必要な旅券情報を以下にお送りします。

１．氏名（ローマ字）：TOYOSHIMA KAZUKI（豊島 一輝）
　　生年月日：1989/02/06　　旅券番号：TR4827163　有効期限：2031/07/15
２．氏名（ローマ字）：MIKAMI SAYAKA（三上 沙也加）
　　生年月日：1993/09/18　　旅券番号：TS0961548　有効期限：2029/11/02

ＥＳＴＡの申請は本人が行います。よろしくお願いいたします。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "two employees' passport numbers sent to a travel agency",
},
{
    "id": "wellness-073",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["小宮山 沙織 <komiyama.saori@healthystep.co.jp>"],
    "subject": "車いすユーザーの参加方法について",
    "body": """小宮山様

お世話になっております。仁科です。
経理部の姉川 結衣さんから、ウォーキングチャレンジに参加したいとの相談がありました。
姉川さんは脊髄損傷により車いすを使用しており（身体障害者手帳1級）、
歩数ではなく車いすの走行距離やアームエルゴメーターでの運動量で
参加できるようにしたいと考えています。

アプリ側で「歩数換算」の設定は可能でしょうか。
ご本人とは一度オンラインで三者面談をしたいと思っています。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's disability (身体障害者手帳) told to the app vendor",
},
{
    "id": "wellness-074",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["内海 美結 <utsumi.miyu@mirai-kenko.or.jp>"],
    "subject": "RE: 面談結果のご報告（砂子田様）",
    "body": """内海様

ご報告ありがとうございました。内容承知いたしました。
次回面談の会場も大阪支店の応接室で確保しておきます。
引き続きよろしくお願いいたします。

江波

-----Original Message-----
From: 内海 美結 <utsumi.miyu@mirai-kenko.or.jp>
Sent: Wednesday, April 22, 2026 6:05 PM
To: 江波 千景 <enami.chikage@hinode-sangyo.co.jp>
Subject: 面談結果のご報告（砂子田様）

日の出産業 江波様

砂子田 勝利様の初回面談が終了しましたのでご報告します。
・体重92.0kg → 目標 88kg（3か月）
・HbA1c 6.9％、主治医の指示で来月から糖尿病薬の追加を検討中とのこと
・夜間の間食をナッツに置き換え、飲酒は週3日に減らす目標を設定
次回は5月20日（水）14時を予定しています。

みらい健康支援センター 内海
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the health details are only in the quoted Original Message from the recipient herself",
},
{
    "id": "wellness-075",
    "charset": "utf-8",
    "sender": "氷見 隆司 <himi.ryuji@hinode-sangyo.co.jp>",
    "to": ["dobashi.kengo@healthystep.co.jp", "iwasa.tomonori@tsubasa-system.jp"],
    "cc": ["iseki.hiroshi@giftpoint.co.jp", "katsuragi.maho@hinode-sangyo.co.jp"],
    "subject": "Re: ポイント連携APIの仕様確認（三社）",
    "body": """皆さま

情報システム部の氷見です。
ポイント連携APIの件、認証方式は OAuth2 client credentials で統一する方向で
よろしいでしょうか。トークン有効期限は3600秒で問題ありません。

・ヘルシーステップ様：ポイント付与イベントのWebhook送信
・ツバサシステム様：人事マスタの在籍判定API
・ギフトポイント様：ポイント残高照会・交換API

結合テストは6/8の週を想定しています。

氷見
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations in To/Cc of one thread see each other's addresses",
},
# ---------------------------------------------------------------- 076-100
{
    "id": "wellness-076",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業部 <hojin@kitaguni-food.co.jp>"],
    "subject": "健康月間 ヘルシー弁当の定期注文について",
    "body": """北国フーズ株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の仁科です。
試食会のご対応ありがとうございました。好評でしたので、
10月の健康月間中、毎週水曜日に60食の定期注文をお願いしたいと考えています。
メニューのローテーション案とお見積りをいただけますでしょうか。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kitaguni-food.co.jp (dropped s) is a look-alike of the partner kitaguni-foods.co.jp",
},
{
    "id": "wellness-077",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["立花 <tachibana@studio-lotus.jp>"],
    "subject": "RE: 4/22 ヨガ講座 当日のご報告",
    "body": """立花様

当日のご報告ありがとうございました。
参加者アンケートでも「また参加したい」が9割を超えており、
秋にも同様の講座をお願いしたいと考えています。
日程案は来月あらためてご相談させてください。

仁科

差出人: 立花 綾乃 <tachibana@studio-lotus.jp>
送信日時: 2026年4月22日 15:48
宛先: 仁科 あかね <nishina.akane@hinode-sangyo.co.jp>
件名: 4/22 ヨガ講座 当日のご報告

仁科様

本日はありがとうございました。出席確認の結果をお送りします。
　千早 真由 様　出席　090-2261-8874
　菰田 久美子 様　出席（腰の状態に合わせ椅子ヨガ）　080-3310-9047
　鮎川 慎吾 様　欠席　070-5582-1136
　湯浅 なぎさ 様　出席　090-7738-4420
　馬渕 隆 様　出席　080-6124-2275
　秋月 玲子 様　出席　090-4093-6618
欠席の方には後日動画をお送りできます。

スタジオロータス 立花
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the attendee list is only in the Outlook-style quote (差出人/送信日時) of the recipient's own mail",
},
{
    "id": "wellness-078",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["厚木センター 総務 <atsugi-soumu@hinode-sanngyo.co.jp>"],
    "subject": "定期健診 未受診者への声かけのお願い（厚木）",
    "body": """厚木センター総務ご担当者様

健康推進Ｇ 江波です。定期健診の未受診者（厚木センター分）です。
５月末までに受診するよう、個別に声かけをお願いします。

・伊佐治　祐介　　配送一課　　０９０－６６４２－１０３７
・宇賀神　瞳　　　配送一課　　０８０－１１９８－４４６２
・大日向　匠　　　入出庫課　　０７０－３７０４－９９１５
・樫村　亜紀　　　入出庫課　　０９０－５０２１－７３８４
・桑折　直樹　　　フォーク班　０８０－８８３６－２１４０
・五百旗頭　勇　　フォーク班　０７０－２２５７－６０９８

よろしくお願いします。
""" + SIG_ENAMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for an internal site but addressed to hinode-sanngyo.co.jp (look-alike), carrying six people's mobiles",
},
{
    "id": "wellness-079",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 法人営業部 <hojin@kitaguni-foods.co.jp>"],
    "subject": "ヘルシー弁当 個別対応のご相談",
    "body": """北国フーズ株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の仁科です。
10月の定期注文について、個別対応をご相談させてください。

営業本部のアフマド・ハリスさん（インドネシア出身）がイスラム教徒のため、
豚肉・アルコールを含まないハラール対応のお弁当を毎回1食ご用意いただけますでしょうか。
また、10月中旬はご本人の希望で昼食を取らない日があるかもしれないとのことです。

対応可否と追加費用をお知らせください。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's religion (and origin) told to the caterer: 要配慮個人情報 of one person",
},
{
    "id": "wellness-080",
    "charset": "utf-8",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["小宮山 沙織 <komiyama.saori@healthystep.co.jp>"],
    "subject": "業務委託契約書（押印済）の送付",
    "body": """小宮山様

お世話になっております。御手洗です。
健康増進アプリ提供に関する業務委託契約書の押印済PDFをお送りします。
原本2通は本日レターパックで発送しました。1通にご押印のうえご返送ください。
""" + SIG_MITARAI,
    "attachments": [{
        "kind": "pdf", "name": "業務委託契約書_ヘルシーステップ_押印済.pdf",
        "title": "業務委託契約書",
        "lines": [
            "業務委託契約書",
            "日の出産業株式会社（以下「甲」）と株式会社ヘルシーステップ（以下「乙」）は、",
            "甲の従業員向け健康増進アプリの提供に関し、次のとおり契約を締結する。",
            "第1条（委託業務）乙は、歩数計測アプリの提供、ポイント集計及び月次報告を行う。",
            "第2条（契約期間）2026年4月1日から2027年3月31日までとする。",
            "第3条（委託料）月額1,260,000円（税別）",
            "第8条（個人情報の取扱い）乙は、別紙「個人情報の取扱いに関する覚書」を遵守する。",
            "",
            "甲　東京都港区芝浦4-21-8　日の出産業株式会社　代表取締役　朝霧 英明　法人番号 5011101054276",
            "乙　東京都千代田区神田須田町2-6-3　株式会社ヘルシーステップ　代表取締役　鳴海 聡　法人番号 3010401187325",
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "signed contract with both companies' registered addresses, representatives and 法人番号: business data",
},
{
    "id": "wellness-081",
    "charset": "utf-8",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["片桐 <katagiri@wellness-keiei.jp>"],
    "subject": "Wellness KPI dashboard (Q4)",
    "html": """<html><body>
<div style="background:#c00;color:#fff;font-weight:bold;padding:4px">INTERNAL ONLY ／ 社内限り</div>
<p>片桐様</p>
<p>ご依頼のあったQ4のKPIダッシュボードを、社内ポータルからそのまま貼り付けます。</p>
<table border="1" cellpadding="3">
<tr><th>KPI</th><th>Q3</th><th>Q4</th><th>目標</th></tr>
<tr><td>アプリアクティブ率</td><td>58%</td><td>61%</td><td>70%</td></tr>
<tr><td>特定保健指導 完了率</td><td>41%</td><td>48%</td><td>60%</td></tr>
<tr><td>スポーツクラブ補助 利用者数</td><td>612</td><td>655</td><td>800</td></tr>
<tr><td>プレゼンティーイズム損失（試算）</td><td>3.8億円</td><td>3.6億円</td><td>3.0億円</td></tr>
</table>
<p>日の出産業 人事部 葛城</p>
</body></html>""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "HTML mail pasted from the portal under an INTERNAL ONLY / 社内限り banner, sent outside",
},
{
    "id": "wellness-082",
    "charset": "cp932",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["鮫島 <samejima.ryo@bodyworks-gym.jp>"],
    "subject": "利用実績報告様式（案）",
    "body": """鮫島様

柳瀬です。四半期ごとの利用実績報告の様式案をWordでお送りします。
ご意見をいただけますと幸いです。
""" + SIG_YANASE,
    "attachments": [{"kind": "corrupt", "name": "利用実績報告様式_案.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be inspected",
},
{
    "id": "wellness-083",
    "charset": "iso-2022-jp",
    "sender": "氷見 隆司 <himi.ryuji@hinode-sangyo.co.jp>",
    "to": ["岩佐 智則 <iwasa.tomonori@tsubasa-system.jp>"],
    "subject": "健康アプリのSSO設定（SAML）について",
    "body": """ツバサシステム 岩佐様

お世話になっております。情報システム部の氷見です。
ヘルシーステップ社アプリのSSO設定について、IdP側の設定値を共有します。

　Entity ID：https://sso.hinode-sangyo.co.jp/saml/healthystep
　ACS URL：https://app.healthystep.co.jp/saml/acs/hinode
　NameID：社員番号（urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified）
　属性：所属コードのみ（氏名・メールは送らない）
　署名：SHA-256、証明書は別途ポータルにアップロード済

4/20の切替に向けて、検証環境での確認をお願いできますでしょうか。

氷見
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "technical SSO settings to the partner system integrator: no personal data",
},
{
    "id": "wellness-084",
    "charset": "utf-8",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["フィットアリーナ トレーナー 日置様 <hioki@fitarena.co.jp>"],
    "subject": "パーソナルトレーニング（法人枠）初回用の資料",
    "body": """日置様

お世話になっております。日の出産業 総務部の柳瀬です。
法人枠のパーソナルトレーニングを受ける社員について、
ご本人から「健診結果を見てメニューを組んでほしい」と依頼があり、
健康診断個人票をPDFでお預かりしましたので転送いたします。
""" + SIG_YANASE,
    "attachments": [{
        "kind": "pdf", "name": "健康診断個人票_羽生田.pdf",
        "title": "定期健康診断 個人票",
        "lines": [
            "2025年度 定期健康診断 個人票",
            "氏名：羽生田 克己　　性別：男　　生年月日：1979年10月3日",
            "身長 168.4cm　体重 84.7kg　BMI 29.9　腹囲 99.0cm",
            "血圧 148/94　LDLコレステロール 176　HDL 38　中性脂肪 268",
            "空腹時血糖 118　HbA1c 6.2　AST 41　ALT 63　γ-GTP 112",
            "総合判定：D2（要精密検査：脂質・肝機能）　医師所見：脂肪肝、脂質異常症",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one employee's health check sheet (results and findings) in a PDF to a gym trainer",
},
{
    "id": "wellness-085",
    "charset": "iso-2022-jp",
    "sender": "柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>",
    "to": ["井関 <iseki.hiroshi@giftpoint.co.jp>"],
    "subject": "Fw: ポイント交換の本人確認について（南雲）",
    "body": """井関様

お世話になっております。柳瀬です。
高額交換の本人確認の件、社員本人から下記のメールが来ましたので転送します。
こちらで確認できる内容と一致しています。

-------- Original Message --------
Subject: ポイント交換の本人確認について
Date: Thu, 16 Apr 2026 08:51:22 +0900
From: 南雲 和樹 <nagumo.kazuki@hinode-sangyo.co.jp>
To: 柳瀬 拓海 <yanase.takumi@hinode-sangyo.co.jp>

柳瀬さん

おはようございます。物流本部の南雲です。
ギフトポイントから本人確認を求められた件、マイナンバーカードの内容を送ります。

氏名：南雲 和樹
住所：埼玉県所沢市東町14-3 コーポ東町201
個人番号：""" + my_number(SEED + 10) + """

よろしくお願いします。
""" + SIG_YANASE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward (new text to the vendor) of an employee's mail with his My Number and address",
},
{
    "id": "wellness-086",
    "charset": "cp932",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 人事部 大谷様 <otani.shinji@aoba-unyu.co.jp>"],
    "subject": "企業対抗ウォーキング 参加ルール（確定版）",
    "body": """青葉運輸株式会社
人事部　大谷様

いつもお世話になっております。日の出産業の仁科です。
企業対抗ウォーキングの参加ルール（確定版）をお送りします。

１．期間：６月１日（月）～６月３０日（火）
２．チーム：１チーム５名、各社何チームでも可
３．集計：チーム平均歩数（アプリ自動集計）、１日の上限は３万歩
４．表彰：上位３チーム、各社最優秀チーム
５．データ共有：各社へはチーム単位の集計のみ共有し、個人の歩数は共有しません

チームのエントリーは５月２０日までにアプリ上で行ってください。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "rules of an inter-company walking event to a partner: no personal data",
},
{
    "id": "wellness-087",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["ヘルシーステップ サポート <support@healthystep.co.jp>"],
    "subject": "アカウント一時停止のお願い（ポイント失効の猶予）",
    "body": """ヘルシーステップ サポートご担当者様

日の出産業の仁科です。
営業本部の湊川 瑞希さんのアカウントについて、一時停止の設定をお願いします。

湊川さんは3月に帰宅途中でひったくりの被害に遭い、転倒して骨盤を骨折、
現在も入院・リハビリ中です。警察の捜査も続いていると聞いています。
本人が復帰するまでの間、保有ポイントが失効しないよう猶予の扱いにしていただけますか。

社内でもこの件は限られた者しか知らないため、ご配慮ください。
""" + SIG_NISHINA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee as crime victim and her injury, told to the vendor: 要配慮個人情報",
},
{
    "id": "wellness-088",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事総務部 吉良様 <kira.akiko@kawasaki-denki.co.jp>"],
    "subject": "企業対抗ウォーキング 中間順位（チーム単位）",
    "body": """川崎電機株式会社
吉良様

お世話になっております。日の出産業の仁科です。
企業対抗ウォーキングの中間順位（6/15時点）をお知らせします。

順位  チーム名               会社        チーム平均歩数
1     川崎エレキウォーカーズ 川崎電機    12,884
2     アツギ物流走友会       日の出産業  12,310
3     青葉ロードスターズ     青葉運輸    11,962
4     芝浦ランチウォーク     日の出産業  11,407
5     電機設計あるこう会     川崎電機    10,955

後半戦も引き続きよろしくお願いいたします。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "team rankings (teams and companies, not persons) to a partner",
},
{
    "id": "wellness-089",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["内海 美結 <utsumi.miyu@mirai-kenko.or.jp>"],
    "subject": "生活習慣アンケート様式（空欄）のレビュー依頼",
    "body": """内海様

お世話になっております。江波です。
来年度から使う生活習慣アンケートの様式案（未記入）をお送りします。
設問の表現で誘導的なものがないか、専門家の目でご確認いただけますと助かります。
""" + SIG_ENAMI,
    "attachments": [{
        "kind": "docx", "name": "生活習慣アンケート_様式案.docx",
        "paragraphs": [
            "生活習慣アンケート（2026年度）",
            "氏名：＿＿＿＿＿＿＿＿　社員番号：＿＿＿＿＿＿　所属：＿＿＿＿＿＿",
            "生年月日：　　年　　月　　日　　電話：＿＿＿＿＿＿＿＿",
            "Q1 現在たばこを習慣的に吸っていますか。　□はい　□いいえ　□やめた",
            "Q2 1回30分以上の軽く汗をかく運動を週2日以上、1年以上実施していますか。　□はい　□いいえ",
            "Q3 就寝前の2時間以内に夕食をとることが週に3回以上ありますか。　□はい　□いいえ",
            "Q4 お酒を飲む頻度　□毎日　□時々　□ほとんど飲まない",
            "Q5 睡眠で休養が十分とれていますか。　□はい　□いいえ",
        ],
        "tables": [[["記入日", ""], ["確認者（保健師）", ""]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a blank questionnaire form: field labels for name and birth date but no one's data",
},
{
    "id": "wellness-090",
    "charset": "utf-8",
    "sender": "氷見 隆司 <himi.ryuji@hinode-sangyo.co.jp>",
    "to": ["dobashi.kengo@healthystep.co.jp"],
    "subject": "退職者連携ファイルの仕様（サンプル付き）",
    "body": """土橋様

氷見です。退職者のアカウント停止用の連携ファイル仕様です。
ダミーのサンプル行を1行入れてありますので、取り込みテストにお使いください。

- 文字コード：UTF-8、改行CRLF、ヘッダ行あり
- 列：employee_id, name, retire_date, status
- status：9=退職、8=休職

氷見
""",
    "attachments": [{
        "kind": "csv", "name": "retire_sample.csv", "encoding": "utf-8",
        "rows": [["employee_id", "name", "retire_date", "status"],
                 ["H99999", "日出 太郎", "2026-04-30", "9"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "file spec with one dummy sample row (test employee): no real person's data list",
},
{
    "id": "wellness-091",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["鶴田 <tsuruta@hinode-kenpo.or.jp>"],
    "subject": "コラボヘルス 年間実績報告（スライド）",
    "body": """日の出産業健康保険組合
鶴田様

お世話になっております。葛城です。
組合会でご報告いただく、会社側の健康施策の年間実績をスライドにまとめました。
数値はすべて集計値です。修正があればお知らせください。
""" + SIG_KATSURAGI,
    "attachments": [{
        "kind": "pptx", "name": "コラボヘルス年間実績_2025.pptx",
        "title": "コラボヘルス 年間実績 2025",
        "slides": [
            ["2025年度 コラボヘルス実績", "日の出産業株式会社 人事部"],
            ["ウォーキング施策", "参加者 1,412名（参加率 61.4%）", "平均歩数 8,190歩／日（前年比 +6%）"],
            ["禁煙支援", "禁煙外来 受診者 64名", "12週完了 51名、うち禁煙成功 38名（59%）"],
            ["スポーツクラブ補助", "利用者 655名、補助総額 2,358万円"],
            ["特定保健指導", "対象者 318名、初回面談 202名、完了 153名（48.1%）"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "annual aggregated results in a PPTX to the health insurance society",
},
{
    "id": "wellness-092",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["urushibara-home@docomo.ne.jp"],
    "subject": "Re: ファミリーウォーキングの参加方法について",
    "body": """漆原 美智子 様

日の出産業 健康推進グループの仁科です。
お問い合わせありがとうございます。

ご家族の方は、社員の方に届いている招待コードを使って、
アプリ「ヘルシーステップ」からご登録いただけます。
ご家族部門の歩数は社員の方の歩数とは別に集計され、会社には
ご家族の個別の記録はお伝えしない仕組みになっています。

ご不明な点があれば、お気軽にご返信ください。

> 夫が日の出産業に勤めている漆原です。
> 家族も参加できると聞きましたが、どうやって登録すればよいですか。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one employee's family member on a carrier address: single free-mail recipient",
},
{
    "id": "wellness-093",
    "charset": "iso-2022-jp",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["健康経営認定事務局 <jimukyoku@kenko-keiei-nintei.or.jp>"],
    "subject": "認定申請に関する問い合わせ（法人番号の変更有無）",
    "body": """健康経営認定事務局 御中

お世話になっております。
日の出産業株式会社 人事部の御手洗と申します。

昨年度に認定をいただいており、今年度も申請予定です。
昨年10月に本店所在地を移転しましたが、申請システム上の登録情報は
どのように更新すればよろしいでしょうか。

　法人名：日の出産業株式会社
　法人番号：5011101054276
　新所在地：東京都港区芝浦4-21-8
　昨年度の認定番号：2025-L-04417

ご教示のほどよろしくお願いいたします。
""" + SIG_MITARAI,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "the company's own 法人番号 and office address in an inquiry to a certification office",
},
{
    "id": "wellness-094",
    "charset": "cp932",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["デザイン工房ひなた 有馬様 <arima@design-kobo.jp>"],
    "subject": "健康月間キービジュアル素材一式",
    "body": """デザイン工房ひなた
有馬様

お世話になっております。日の出産業の葛城です。
健康月間のキービジュアル制作用の素材一式をZIPでお送りします。
　・ロゴデータ（PNG）
　・昨年度のポスター（PDF、参考）
　・コピー案（テキスト）

ラフ案は5/12頃にいただけますと幸いです。
""" + SIG_KATSURAGI,
    "attachments": [{
        "kind": "zip", "name": "kenko_gekkan_sozai.zip",
        "files": [
            {"kind": "png", "name": "logo_kenko_gekkan.png"},
            {"kind": "pdf", "name": "poster_2025_sankou.pdf",
             "lines": ["健康月間 2025", "はじめよう、ひと駅ウォーク。", "主催：日の出産業株式会社 人事部"]},
            {"kind": "txt", "name": "copy_an.txt", "encoding": "utf-8",
             "text": "コピー案\n1. 今日の一歩が、10年後の自分をつくる。\n2. 階段は、いちばん近いジム。\n3. 歩いて、笑って、日の出産業。\n"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "design materials (logo, old poster, copy) zipped to a design office: no personal data",
},
{
    "id": "wellness-095",
    "charset": "iso-2022-jp",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["記念トロフィー工房 受注係 <juchu@kinen-trophy.co.jp>"],
    "subject": "表彰盾の名入れ内容（5個）",
    "body": """記念トロフィー工房 受注係 ご担当者様

お世話になっております。日の出産業の仁科です。
先日お見積りいただいた表彰盾（品番 TR-330）の名入れ内容をお送りします。

　1. 最優秀賞　　物流本部 厚木センター　宇留野 健太郎 殿
　2. 優秀賞　　　大阪支店 営業一課　　　和久井 菜摘 殿
　3. 優秀賞　　　物流本部 川越センター　乙黒 かおり 殿
　4. 努力賞　　　経理部　　　　　　　　比留間 聡子 殿
　5. チーム賞　　営業本部　　　　　　　嶋津 大輔 殿（芝浦ランチウォーク代表）

納期は6/5（金）本社着でお願いします。
""" + SIG_NISHINA,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "five names with department and award for engraving: names plus job attributes only, arguably not a personal-data list",
},
{
    "id": "wellness-096",
    "charset": "utf-8",
    "sender": "御手洗 純一 <mitarai.junichi@hinode-sangyo.co.jp>",
    "to": ["小宮山 沙織 <komiyama.saori@healthystep.co.jp>", "dobashi.kengo@healthystep.co.jp"],
    "subject": "4/7 キックオフ 議事録",
    "body": """小宮山様、土橋様

先日はありがとうございました。キックオフの議事録をテキストで添付します。
修正点があれば4/14までにお知らせください。
""" + SIG_MITARAI,
    "attachments": [{
        "kind": "txt", "name": "議事録_20260407_kickoff.txt", "encoding": "utf-8",
        "text": """議事録　2026年度 健康増進プログラム キックオフ
日時：2026年4月7日（火）14:00-15:30
場所：日の出ビル7F 第3会議室
出席：ヘルシーステップ 小宮山様、土橋様／日の出産業 葛城、御手洗、仁科

1. 年間スケジュール
　春チャレンジ 4/15-5/31、企業対抗 6月、冬季チャレンジ 12-1月で合意。
2. アプリ導入
　SSO切替 4/20。人事マスタ連携は社員番号・所属コードのみとする。
3. ポイント付与ルール
　1日8,000歩で10pt、月間上限300pt。健保ポイントとの二重付与は次回整理。
4. 宿題
　ヘルシーステップ：月次レポート様式案（4/21まで）
　日の出産業：拠点別の参加目標の設定（4/24まで）
""",
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meeting minutes (text file) naming only the business attendees",
},
{
    "id": "wellness-097",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["鮫島 <samejima.ryo@bodyworks-gym.jp>"],
    "subject": "FW: 【プレスリリース】ヘルシーステップ、スポーツクラブ連携機能を提供開始",
    "body": """鮫島様

お世話になっております。葛城です。
ご参考までに、アプリ事業者から届いたプレスリリースを転送します。
貴社の入館データとの連携が可能になるとのことで、
弊社としては来年度の導入を検討したいと考えています。
""" + SIG_KATSURAGI,
    "attachments": [{
        "kind": "eml", "name": "press_release_healthystep.eml",
        "message": {
            "charset": "utf-8",
            "sender": "株式会社ヘルシーステップ 広報 <pr@healthystep.co.jp>",
            "to": ["katsuragi.maho@hinode-sangyo.co.jp"],
            "subject": "【プレスリリース】ヘルシーステップ、スポーツクラブ連携機能を提供開始",
            "body": """報道関係各位／お取引先各位

株式会社ヘルシーステップ（本社：東京都千代田区、代表取締役：鳴海 聡）は、
法人向け健康増進アプリ「ヘルシーステップ」において、提携スポーツクラブの
入館記録を自動でポイント化する「ジム連携機能」の提供を2026年5月より開始します。

■提供開始日：2026年5月1日
■対応クラブ：全国12ブランド、約480店舗
■料金：法人プランの追加オプション（1ID 月額50円）

【本件に関するお問い合わせ】株式会社ヘルシーステップ 広報担当 pr@healthystep.co.jp
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of a vendor's public press release (attached mail) to a gym: no personal data",
},
{
    "id": "wellness-098",
    "charset": "cp932",
    "sender": "江波 千景 <enami.chikage@hinode-sangyo.co.jp>",
    "to": ["日の出産業健康保険組合 保健事業課 <hoken@hinode-kenpo.or.jp>"],
    "cc": ["katsuragi.maho@hinode-sangyo.co.jp"],
    "subject": "特定保健指導の実施状況（３月末時点）",
    "body": """日の出産業健康保険組合　保健事業課　ご担当者様

お世話になっております。人事部の江波です。
３月末時点の特定保健指導の実施状況をご報告します。

　　　　　　　　対象者　初回面談　完了　　完了率
　積極的支援　　１４２　　　８８　　６１　　４３．０％
　動機付け支援　１７６　　１１４　　９２　　５２．３％
　合計　　　　　３１８　　２０２　１５３　　４８．１％

未実施者への勧奨は４月以降、みらい健康支援センターから電話で行う予定です。
国への実績報告に必要な様式があればお知らせください。
""" + SIG_ENAMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate guidance figures to the health insurance society: counts and rates only",
},
{
    "id": "wellness-099",
    "charset": "utf-8",
    "sender": "仁科 あかね <nishina.akane@hinode-sangyo.co.jp>",
    "to": ["仁科 あかね <nishina.akane@hinode-sangyo.co.jp>"],
    "bcc": ["tachibana@studio-lotus.jp", "info@pilates-kanade.jp", "lesson@taiso-labo.co.jp",
            "office@mind-stretch.com", "seminar@eiyou-support.or.jp"],
    "subject": "【ご案内】2026年度 健康セミナー講師登録のお願い",
    "body": """講師の皆さま（Bccにて失礼いたします）

いつもお世話になっております。
日の出産業株式会社 健康推進グループの仁科です。

2026年度も昼休みの健康セミナー（ヨガ、ピラティス、ストレッチ、栄養講座など）を
月1～2回開催する予定です。ご登壇いただける場合は、
5月15日までに希望テーマと対応可能な曜日をご返信ください。

謝礼：1回3万円（税込）、交通費実費
形式：本社会議室またはオンライン

どうぞよろしくお願いいたします。
""" + SIG_NISHINA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "five instructors' organisations correctly put in Bcc, To is the sender herself",
},
{
    "id": "wellness-100",
    "charset": "iso-2022-jp",
    "sender": "葛城 真帆 <katsuragi.maho@hinode-sangyo.co.jp>",
    "to": ["宇佐美 教授 <usami.kazuhiro@tohto-u.ac.jp>"],
    "cc": ["nishina.akane@hinode-sangyo.co.jp"],
    "subject": "健康セミナーご登壇の御礼",
    "body": """東都大学 スポーツ健康科学部
宇佐美 和宏 先生

先日は弊社の健康セミナー「座りすぎと生活習慣病」にご登壇いただき、
誠にありがとうございました。
参加者は会場・オンライン合わせて212名にのぼり、アンケートでは
満足度4.6（5点満点）と大変好評でした。

講演資料の社内イントラ掲載につきましては、ご了承いただいた範囲（図表を除く）で
掲載させていただきます。謝金は今月末にお振込みいたします。

今後ともどうぞよろしくお願い申し上げます。
""" + SIG_KATSURAGI + """
""" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you mail to a university speaker with aggregate survey figures and a disclaimer",
},
]
