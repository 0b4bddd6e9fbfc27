"""Blind corpus — area: pharmacy.

日の出産業株式会社 ヘルスケア事業本部 調剤薬局事業部（「ひので薬局」チェーン）のメール:
処方せん・お薬手帳、処方医への疑義照会、在宅患者への薬の配送、後発医薬品（ジェネリック）
メーカー・医薬品卸とのやりとり、店舗スタッフのシフト、調剤報酬請求（レセプト）、
患者さんからの苦情対応。My Number / card seeds start at 2601.
"""

from build import card_number, my_number

D = "hinode-sangyo.co.jp"

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """ASCII digits and hyphens to full width, as people type them in Japanese IME."""
    return s.translate(_ZEN)


def corp_no(base12: str) -> str:
    """A 13-digit 法人番号 with a valid leading check digit."""
    d = [int(c) for c in base12]
    tot = sum(d[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - tot % 9) + base12


def sig(name: str, store: str = "本部 調剤薬局事業部", title: str = "",
        tel: str = "045-228-7310", zipaddr: str = "〒220-0012 神奈川県横浜市西区みなとみらい4-6-2 日の出ビル8F",
        mail: str = "") -> str:
    t = f"{title} " if title else ""
    m = f"\nMail: {mail}" if mail else ""
    return (f"\n--------------------------------------------\n"
            f"日の出産業株式会社 {store}\n{t}{name}\n{zipaddr}\nTEL {tel}{m}\n"
            f"--------------------------------------------\n")


def store_sig(name: str, store: str, tel: str, addr: str, title: str = "薬剤師") -> str:
    return (f"\n――――――――――――――――\nひので薬局 {store}（日の出産業株式会社）\n"
            f"{title}　{name}\n{addr}\nTEL {tel} / FAX {tel[:-1]}9\n――――――――――――――――\n")


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and "
                 "delete this e-mail.\n")

MESSAGES: list[dict] = []

MESSAGES += [
    {
        "id": "pharmacy-001", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "岩佐 朋美 <t-iwasa@hinode-sangyo.co.jp>",
        "to": ["配車センター <haisha@aoba-unyu.co.jp>"],
        "subject": "【ひので薬局 港南台店】明日の在宅お届け分（6件）",
        "body": """青葉運輸株式会社 配車センター御中

いつもお世話になっております。ひので薬局港南台店の岩佐です。
明日（木）午前便のお届け先をお送りします。冷所品がありますので保冷箱でお願いします。

No  患者名          お届け先住所                              電話番号        お薬（区分）
--------------------------------------------------------------------------------------------------
1   大曽根 キヨ     横浜市港南区港南台3-14-8 コーポ台201       045-831-6620    インスリン製剤（冷所）
2   鬼頭 正三       横浜市港南区日野南2-7-11                   090-3318-4702   抗凝固薬 ワルファリン
3   栗花落 美津子   横浜市栄区小菅ケ谷1-22-5                   045-895-1147    向精神薬（施錠保管）
4   百目鬼 勲       横浜市港南区芹が谷4-3-19                   080-6612-0935   在宅酸素関連・吸入薬
5   四方田 ハル     横浜市磯子区洋光台5-1-30-402               045-832-7781    インスリン製剤（冷所）
6   東海林 恒夫     横浜市港南区港南台7-40-2                   070-2251-8846   透析患者用 リン吸着薬

受領印は患者様またはご家族様にお願いします。
不在時は店舗（045-833-4410）までお電話ください。
""" + store_sig("岩佐 朋美", "港南台店", "045-833-4410", "〒234-0054 神奈川県横浜市港南区港南台4-2-6"),
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "6 patients' names, addresses, phones and medicines in a padded table to the delivery partner",
    },
    {
        "id": "pharmacy-002", "expect": "pass", "charset": "shift_jis",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["受注センター <juchu@ryokuyo-iyaku.co.jp>"],
        "subject": "発注（PO-2025-11872）戸塚駅前店・大船店分",
        "body": """緑陽医薬株式会社 受注センター ご担当者様

いつもお世話になっております。日の出産業 購買課の森永でございます。
下記のとおり発注いたします。納品は11/19（水）午前指定でお願いいたします。

発注番号：PO-2025-11872
・アムロジピンOD錠5mg「ホシノ」 100錠×10箱（JAN 4987654321012） 戸塚駅前店
・ロスバスタチン錠2.5mg「アサギリ」 100錠×6箱（JAN 4987654321449） 戸塚駅前店
・エソメプラゾールカプセル20mg「ミハマ」 100Cap×4箱（JAN 4987654329902） 大船店
・ツロブテロールテープ2mg「スイレイ」 70枚×5箱 大船店

欠品・出荷調整品がございましたら代替品のご提案もあわせてお願いいたします。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "entities": [], "detectors": [],
        "note": "ordinary purchase order with product codes and an order number",
    },
    {
        "id": "pharmacy-003", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "戸塚駅前店 薬剤師 小鳥遊 <takanashi.r@hinode-sangyo.co.jp>",
        "to": ["坂上内科クリニック <info@sakaue-naika.jp>"],
        "subject": "疑義照会のお願い（本日ご処方分 ひので薬局戸塚駅前店）",
        "body": """坂上内科クリニック
坂上 先生

いつも大変お世話になっております。ひので薬局戸塚駅前店の小鳥遊です。
本日ご処方いただいた下記患者様の処方内容について確認させてください。

患者氏名：二階堂 文江 様（ニカイドウ フミエ）
生年月日：昭和１７年９月３日（８３歳）
病名（お薬手帳・前回情報提供書より）：慢性腎臓病（ステージ4）、２型糖尿病
直近検査値：eGFR 22（10/28 貴院検査結果票より）

処方：メトホルミン塩酸塩錠250mg 1日3回 毎食後

eGFR 30未満では禁忌とされておりますので、継続可否についてご指示をお願いいたします。
代替としてリナグリプチン錠5mgへの変更などはいかがでしょうか。
患者様は店頭でお待ちいただいております。お手数ですがお電話またはFAXでご回答ください。
""" + store_sig("小鳥遊 亮", "戸塚駅前店", "045-862-3301", "〒244-0003 神奈川県横浜市戸塚区戸塚町16-1 戸塚第一ビル1F"),
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "疑義照会 by e-mail: one patient's name, birth date, diagnoses and lab value to an external clinic",
    },
    {
        "id": "pharmacy-004", "expect": "pass", "charset": "utf-8",
        "sender": "大船店 管理薬剤師 御手洗 <mitarai.s@hinode-sangyo.co.jp>",
        "to": ["在宅推進室 <zaitaku@hinode-sangyo.co.jp>"],
        "cc": ["エリアマネージャー 浦辺 <urabe.t@hinode-sangyo.co.jp>"],
        "subject": "大船店 在宅訪問患者一覧（11月更新）",
        "body": """在宅推進室 各位

大船店の御手洗です。11月時点の在宅訪問対象患者を共有します（社内限り）。

氏名	生年月日	住所	電話	主病名	訪問頻度
井筒 まさ	1938/02/11	鎌倉市大船2-18-4	0467-44-2081	アルツハイマー型認知症	月2回
勅使河原 昇	1941/07/30	鎌倉市台1-9-22	0467-45-9930	パーキンソン病	月4回
我妻 トシ	1935/12/05	横浜市栄区笠間3-3-10	045-891-2264	心不全・高血圧症	月2回
鹿角 孝雄	1944/04/18	鎌倉市岩瀬1-27-6	090-4417-2205	肺がん（疼痛管理）	週1回
仁平 静江	1939/09/29	鎌倉市今泉台5-8-1	0467-46-7713	関節リウマチ	月2回

麻薬管理の対象は鹿角様のみです。12月の訪問スケジュール案は別途送ります。

御手洗
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "patient list with diagnoses but all recipients internal",
    },
    {
        "id": "pharmacy-005", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["大橋社会保険労務士事務所 <office@ohashi-sr.jp>"],
        "subject": "新規入社者の資格取得届について（12/1入社 薬剤師1名）",
        "body": """大橋社会保険労務士事務所
大橋先生

いつもお世話になっております。日の出産業 人事総務部の雨宮です。
12月1日付で入社する薬剤師1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名：榊原 千晶（さかきばら ちあき）
生年月日：1996年5月14日
住所：〒236-0042 神奈川県横浜市金沢区釜利谷東2-16-9-305
個人番号：""" + my_number(2601) + """
配属：ひので薬局 上大岡店（正社員・薬剤師）
標準報酬月額の算定根拠は月給375,000円＋通勤手当12,300円です。

扶養家族はおりません。ご不明点があればご連絡ください。
""" + sig("雨宮 有紀", "人事総務部", tel="045-228-7305"),
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a new hire's My Number in the body to an outside 社労士",
    },
    {
        "id": "pharmacy-006", "expect": "pass", "charset": "shift_jis",
        "sender": "販促企画 高城 <takagi.m@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 田辺様 <tanabe@nishiki-insatsu.co.jp>"],
        "subject": "お薬手帳カバー裏面　店舗一覧データ",
        "body": """錦印刷株式会社
田辺様

お世話になっております。日の出産業 販促企画の高城です。
お薬手帳カバー裏面に掲載する店舗一覧です。前回版から日吉店を追加しています。

店舗名              住所                                    電話            営業時間
ひので薬局 港南台店    横浜市港南区港南台4-2-6                  045-833-4410    9:00-19:00
ひので薬局 戸塚駅前店  横浜市戸塚区戸塚町16-1 戸塚第一ビル1F     045-862-3301    9:00-20:00
ひので薬局 大船店      鎌倉市大船1-22-3                         0467-43-5520    9:00-19:00
ひので薬局 上大岡店    横浜市港南区上大岡西2-9-1                045-844-6071    9:00-19:30
ひので薬局 藤沢店      藤沢市南藤沢20-11                        0466-25-3390    9:00-18:30
ひので薬局 日吉店      横浜市港北区日吉本町1-5-30               045-561-0218    9:30-19:00

校正は来週水曜までにいただけますと助かります。
""" + sig("高城 真央", "販売促進企画室", tel="045-228-7340"),
        "entities": [], "detectors": [],
        "note": "a list of the company's own shops with addresses and phones: businesses, not people",
    },
]

MESSAGES += [
    {
        "id": "pharmacy-007", "expect": "stop", "charset": "shift_jis",
        "sender": "請求管理課 笹倉 <sasakura.h@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "【問合せ】10月請求分 返戻データの再取込エラーについて",
        "body": """ツバサシステム株式会社 サポートデスク御中

お世話になっております。日の出産業 請求管理課の笹倉です。
10月調剤分の返戻レセプトを再請求用に取り込もうとしたところ、添付の7件で
「保険者番号不整合」のエラーが出て取り込めません。
レセコンから出力したCSVをそのまま添付しますので、原因を調査いただけますでしょうか。

ユーザーID：HN-0042（港南台店）
""" + sig("笹倉 日向", "本部 請求管理課", tel="045-228-7331"),
        "attachments": [{
            "kind": "csv", "name": "henrei_202510_konandai.csv", "encoding": "cp932",
            "rows": [
                ["受付番号", "患者氏名", "カナ", "生年月日", "保険者番号", "記号", "番号", "返戻事由", "傷病名"],
                ["R2510-0031", "仁科 良平", "ニシナ リョウヘイ", "S33.06.21", "06139012", "港南", "4471", "資格喪失後受診", "高血圧症"],
                ["R2510-0044", "安曇 ちよ", "アズミ チヨ", "S24.01.09", "39141257", "", "00812344", "負担割合相違", "骨粗鬆症"],
                ["R2510-0052", "漆原 健吾", "ウルシハラ ケンゴ", "H02.11.03", "06273418", "2201", "115", "記号番号誤り", "気管支喘息"],
                ["R2510-0058", "千々岩 節子", "チヂイワ セツコ", "S29.08.30", "39141257", "", "00920177", "保険者番号誤り", "２型糖尿病"],
                ["R2510-0063", "宇佐美 蓮", "ウサミ レン", "H27.04.12", "138149", "港南", "30-221", "乳幼児医療証 番号相違", "アトピー性皮膚炎"],
                ["R2510-0071", "真壁 悟志", "マカベ サトシ", "S51.02.17", "01140019", "7012", "3308", "資格確認不可", "うつ病"],
                ["R2510-0079", "相楽 ミネ", "サガラ ミネ", "T15.10.25", "39141257", "", "00277105", "公費併用誤り", "C型慢性肝炎"],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 7 returned claims: names, birth dates, insurance 記号・番号 and diagnoses to the レセコン vendor",
    },
    {
        "id": "pharmacy-008", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "情報システム課 久我 <kuga.n@hinode-sangyo.co.jp>",
        "to": ["保守窓口 <hoshu@tsubasa-sytem.jp>"],
        "subject": "Re: レセコン定期保守（11月）日程のご連絡",
        "body": """ツバサシステム 保守窓口 ご担当者様

お世話になっております。日の出産業 情報システム課の久我です。
定期保守の日程、下記で問題ございません。

・11/24（月）20:00～ 港南台店、上大岡店
・11/25（火）20:00～ 戸塚駅前店、大船店、藤沢店

閉店後の作業となりますので、各店の鍵受け渡しは管理薬剤師から行います。
当日の作業報告書は翌営業日中にメールでお送りください。
""" + sig("久我 直樹", "情報システム課", tel="045-228-7360"),
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter from partner tsubasa-system.jp",
    },
    {
        "id": "pharmacy-009", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "店舗開発課 江藤 <eto.k@hinode-sangyo.co.jp>",
        "to": ["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
        "subject": "薬用保冷庫 設置立会いの件（藤沢店）",
        "body": """川崎電機株式会社 サービス部
新谷様

いつもお世話になっております。日の出産業 店舗開発課の江藤です。
藤沢店のワクチン用保冷庫入替ですが、12/3（水）14時で確定とさせてください。

当日は店舗の管理薬剤師が立ち会います。
  立会者：藤沢店 管理薬剤師 鳴海 しおり
  携帯　：080-4192-3357
搬入は裏口（駐車場側）からお願いいたします。旧機の引取りもあわせてお願いします。

よろしくお願いいたします。
""" + sig("江藤 啓介", "店舗開発課", tel="045-228-7352"),
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one on-site contact person's mobile number to a partner: may be warned, must go",
    },
    {
        "id": "pharmacy-010", "expect": "stop", "charset": "utf-8",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["星野ジェネリック製薬 学術営業部 <eigyo@hoshino-generic.co.jp>",
               "朝霧薬品工業 営業本部 <sales@asagiri-yakuhin.co.jp>",
               "美浜ファーマ 関東支店 <kanto@mihama-pharma.co.jp>",
               "翠嶺製薬 カスタマーセンター <cs@suirei-seiyaku.co.jp>"],
        "subject": "【ご依頼】出荷調整品目の今後の供給見通しについて",
        "body": """各位

平素より大変お世話になっております。日の出産業株式会社 購買課の森永でございます。

現在、弊社店舗では下記成分で限定出荷・出荷調整が続いており、
年末年始の在庫確保に向けて各社様の供給見通しを伺いたくご連絡いたしました。

・カルボシステイン錠500mg
・デキストロメトルファン臭化水素酸塩錠15mg
・トラネキサム酸錠250mg
・アセトアミノフェン錠200mg

11月28日（金）までに、品目ごとの月間供給可能数量と出荷再開見込みを
ご返信いただけますと幸いです。

""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four competing generic makers addressed together in To: should have been Bcc",
    },
    {
        "id": "pharmacy-011", "expect": "stop", "charset": "utf-8",
        "sender": "上大岡店 栗城 <kurishiro.a@hinode-sangyo.co.jp>",
        "to": ["ひかり訪問看護ステーション <kango@hikari-houkan.jp>"],
        "subject": "共有：在宅患者様 連携一覧（上大岡店）",
        "body": """ひかり訪問看護ステーション
所長 薄井様

いつもお世話になっております。ひので薬局上大岡店の栗城です。
先日の連携会議でお話しした、貴ステーションと共通の在宅患者様一覧をお送りします。
シート「連携患者」に基本情報、「処方・注意点」に現在の処方と注意事項をまとめています。
訪問日の調整にご活用ください。
""" + store_sig("栗城 彩", "上大岡店", "045-844-6071", "〒233-0002 神奈川県横浜市港南区上大岡西2-9-1"),
        "attachments": [{
            "kind": "xlsx", "name": "連携患者一覧_上大岡店_202511.xlsx",
            "sheets": {
                "連携患者": [
                    ["ひので薬局上大岡店 × ひかり訪問看護ステーション 連携患者一覧（2025年11月）"],
                    [],
                    ["No", "氏名", "ふりがな", "生年月日", "住所", "電話", "キーパーソン"],
                    [1, "諸星 タエ", "もろほし たえ", "1934/03/08", "横浜市港南区大久保1-12-3", "045-841-2290", "長女（同居）"],
                    [2, "八田 源一郎", "はった げんいちろう", "1940/10/14", "横浜市港南区最戸2-5-17", "045-842-7756", "妻"],
                    [3, "鮫島 久子", "さめじま ひさこ", "1947/06/26", "横浜市南区別所4-8-20-103", "090-5561-0348", "本人"],
                    [4, "巽 義男", "たつみ よしお", "1932/01/19", "横浜市港南区上大岡東3-21-6", "045-845-1183", "次男（別居）"],
                    [5, "轟 フサ", "とどろき ふさ", "1937/11/02", "横浜市港南区丸山台2-30-9", "045-843-5520", "ヘルパー事業所"],
                    [6, "能登 英治", "のと えいじ", "1951/08/07", "横浜市港南区港南中央通7-1-405", "080-3370-9912", "本人"],
                ],
                "処方・注意点": [
                    ["氏名", "主病名", "主な処方", "注意点"],
                    ["諸星 タエ", "心房細動", "エドキサバン錠30mg", "転倒歴あり・出血傾向に注意"],
                    ["八田 源一郎", "COPD", "チオトロピウム吸入", "吸入手技の再確認"],
                    ["鮫島 久子", "統合失調症", "アリピプラゾール錠6mg", "服薬拒否あり"],
                    ["巽 義男", "前立腺がん（骨転移）", "オキシコドン徐放錠", "麻薬・残数管理"],
                    ["轟 フサ", "認知症", "ドネペジルOD錠5mg", "一包化・カレンダー管理"],
                    ["能登 英治", "糖尿病性腎症", "インスリン グラルギン", "低血糖時の対応確認"],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "XLSX with a title row and two sheets: 6 home-care patients' contacts and diagnoses to a nursing station",
    },
    {
        "id": "pharmacy-012", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "法務課 白石 <shiraishi.e@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
        "subject": "秘密保持契約書（電子薬歴クラウド移行PJ）ドラフトのご確認",
        "body": """ツバサシステム株式会社
営業部 柚木様

お世話になっております。日の出産業 法務課の白石です。
電子薬歴クラウド移行プロジェクトに先立ち、秘密保持契約（NDA）のドラフトをお送りします。

主な修正点：
・第2条（機密情報の定義）に、患者情報を含む個人情報の取扱いを別途定める旨を追記
・第6条（返還・破棄）の期限を契約終了後30日以内に変更
・有効期間は締結日から3年間、機密保持義務は終了後5年間存続

貴社法務ご確認のうえ、コメントを12/5までにいただけますと幸いです。
締結後に要件定義資料を共有いたします。
""" + sig("白石 恵理", "法務課", tel="045-228-7308") + DISCLAIMER_JA,
        "entities": [], "detectors": [],
        "note": "mail about an NDA with the standard disclaimer: the words 機密 are not a marking",
    },
    {
        "id": "pharmacy-013", "expect": "stop", "charset": "utf-8",
        "sender": "教育研修課 鳥海 <chokai.m@hinode-sangyo.co.jp>",
        "to": ["東海薬科大学 実務実習センター <jitsumu@tokai-yakka.ac.jp>"],
        "subject": "第3期 薬局実務実習 受入学生の配属先と連絡先のご確認",
        "body": """東海薬科大学 実務実習センター
ご担当 先生方

いつもお世話になっております。日の出産業 教育研修課の鳥海です。
第3期（2026年1月～3月）の受入学生5名の配属店舗と、実習中の緊急連絡先を
添付の一覧にまとめました。記載内容に誤りがないかご確認をお願いいたします。

あわせて、抗体価検査の結果証明書を初日にご持参いただくよう学生へお伝えください。
""" + sig("鳥海 真琴", "教育研修課", tel="045-228-7315"),
        "attachments": [{
            "kind": "docx", "name": "第3期実務実習_受入学生一覧.docx",
            "title": "第3期 薬局実務実習 受入学生一覧",
            "paragraphs": ["第3期 薬局実務実習 受入学生一覧", "日の出産業株式会社 教育研修課 作成（2025年11月）"],
            "tables": [[
                ["学籍番号", "氏名", "生年月日", "携帯電話", "メール", "配属店舗", "指導薬剤師"],
                ["P21-0412", "檜山 沙耶", "2003/04/22", "090-2281-7734", "s.hiyama03@gmail.com", "港南台店", "岩佐"],
                ["P21-0427", "小野寺 航", "2002/12/09", "080-9913-4402", "wataru.onodera@icloud.com", "戸塚駅前店", "小鳥遊"],
                ["P21-0455", "ルーカス 健太", "2003/07/30", "070-4480-1926", "kenta.lucas.0730@yahoo.co.jp", "大船店", "御手洗"],
                ["P21-0461", "陶山 ひより", "2003/01/15", "090-6672-0381", "hiyori.suyama@outlook.jp", "上大岡店", "栗城"],
                ["P21-0478", "馬場園 拓実", "2002/09/03", "080-1157-6630", "babazono.t@gmail.com", "藤沢店", "鳴海"],
            ]],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of 5 students with birth dates, mobiles and private e-mail to the university",
    },
    {
        "id": "pharmacy-014", "expect": "pass", "charset": "shift_jis",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["緑陽医薬 横浜支店 三宅様 <miyake.j@ryokuyo-iyaku.co.jp>"],
        "subject": "Re: 年末年始の配送スケジュールについて",
        "body": """緑陽医薬株式会社
三宅様

ご連絡ありがとうございます。年末年始の配送スケジュール、承知いたしました。
12/30（火）最終便、1/4（日）は休配、1/5（月）より通常配送とのこと、
各店舗には本部から周知いたします。

なお、12/29までの臨時発注は通常より締切が1時間早まる点もあわせて案内しておきます。
引き続きよろしくお願いいたします。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322") + DISCLAIMER_JA,
        "entities": [], "detectors": [],
        "note": "ordinary mail to the wholesaler with signature and standard disclaimer",
    },
    {
        "id": "pharmacy-015", "expect": "stop", "charset": "utf-8",
        "sender": "店舗開発課 江藤 <eto.k@hinode-sangyo.co.jp>",
        "to": ["相模設備工業 工事部 <koji@sagami-setsubi.co.jp>"],
        "subject": "相模原店 新規開設　キックオフ資料送付",
        "body": """相模設備工業株式会社
工事部 住吉様

お世話になっております。日の出産業 店舗開発課の江藤です。
先日のキックオフで使用した資料を送付します。
工事期間中の緊急連絡先（当社側スタッフ）は最後のスライドにまとめています。
""" + sig("江藤 啓介", "店舗開発課", tel="045-228-7352"),
        "attachments": [{
            "kind": "pptx", "name": "相模原店開設_キックオフ_v2.pptx",
            "slides": [
                ["ひので薬局 相模原店 開設プロジェクト", "2026年3月オープン予定", "日の出産業株式会社 店舗開発課"],
                ["スケジュール", "12月：内装工事着工", "1月：調剤室・分包機設置", "2月：保健所 開設許可申請・実地検査", "3月：開局"],
                ["工事上の注意", "調剤室は施錠可能な構造とする", "麻薬金庫は床固定", "冷所保管庫用に専用回路"],
                ["緊急連絡先（日の出産業）",
                 "江藤 啓介（店舗開発）090-7721-0394 / 自宅 相模原市南区相模大野6-2-18",
                 "沼尻 大輔（開設準備責任者）080-2265-9041 / 自宅 座間市相武台2-31-7",
                 "檀 ゆかり（管理薬剤師予定）070-3318-5527 / 自宅 相模原市中央区淵野辺4-9-12",
                 "合田 剛（設備担当）090-6604-1187 / 自宅 町田市木曽東1-14-3",
                 "鍋島 千夏（事務）080-4450-2263 / 自宅 相模原市緑区橋本3-5-1-608"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PPTX slide listing 5 staff with mobile numbers and home addresses to a contractor",
    },
    {
        "id": "pharmacy-016", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "日吉店 薬剤師 五十嵐 <igarashi.n@hinode-sangyo.co.jp>",
        "to": ["港北こどもクリニック <office@kohoku-kodomo.jp>"],
        "subject": "Re: 明日受診予定の患児の薬剤について",
        "body": """港北こどもクリニック
受付ご担当様

ご連絡ありがとうございます。承知いたしました。
ご指定の散剤は本日中に在庫を確保し、明日午前から調剤できるよう準備いたします。
シロップの味については、保護者の方に店頭でご説明します。

ひので薬局日吉店　五十嵐

> ひので薬局 日吉店 御中
> 明日受診予定の 鶴見 颯太 くん（2021年6月2日生、5歳）ですが、
> 先日の検査で卵アレルギーとてんかんの診断がついており、
> バルプロ酸ナトリウム細粒を新規処方する予定です。
> 在庫確保をお願いできますでしょうか。
> 港北こどもクリニック 受付 岸
""",
        "entities": [], "detectors": [],
        "note": "the child's data is only in the quoted text of the clinic's own mail; new text holds nothing",
    },
    {
        "id": "pharmacy-017", "expect": "stop", "charset": "shift_jis",
        "sender": "藤沢店 鳴海 <narumi.s@hinode-sangyo.co.jp>",
        "to": ["湘南南クリニック 予防接種係 <yobou@shonan-minami-cl.jp>"],
        "subject": "店頭受付分 インフルエンザ予防接種 予約者リスト（12/6実施分）",
        "body": """湘南南クリニック 予防接種係 御中

お世話になっております。ひので薬局藤沢店の鳴海です。
当店店頭で受け付けた12/6（土）の接種予約者リストをPDFでお送りします。
予診票は当日ご本人が持参されます。
""" + store_sig("鳴海 しおり", "藤沢店", "0466-25-3390", "〒251-0055 神奈川県藤沢市南藤沢20-11", "管理薬剤師"),
        "attachments": [{
            "kind": "pdf", "name": "yoyaku_1206_fujisawa.pdf", "title": "予防接種予約者リスト",
            "lines": ["インフルエンザ予防接種 予約者リスト（ひので薬局藤沢店 受付分）", "実施日：2025年12月6日（土）", ""],
            "table": [
                ["時間", "氏名", "生年月日", "電話番号", "基礎疾患"],
                ["10:00", "葛城 すみれ", "1952/03/17", "0466-26-1184", "喘息"],
                ["10:00", "葛城 昭", "1950/08/02", "0466-26-1184", "なし"],
                ["10:15", "南雲 花梨", "1989/11/28", "090-3329-0017", "妊娠中（22週）"],
                ["10:15", "大楠 俊介", "1976/05/09", "080-8821-3390", "なし"],
                ["10:30", "比嘉 ミツ", "1941/02/14", "0466-22-7705", "糖尿病"],
                ["10:30", "綾部 壮太", "2012/07/21", "0466-28-4412", "なし"],
                ["10:45", "瀬戸口 玲奈", "1995/12/03", "070-6611-2284", "なし"],
                ["10:45", "板東 勇", "1958/09/30", "0466-27-0091", "心筋梗塞の既往"],
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF table of 8 people with birth dates, phones and underlying conditions to a clinic",
    },
    {
        "id": "pharmacy-018", "expect": "pass", "charset": "utf-8",
        "sender": "薬事統括室 柴崎 <shibasaki.h@hinode-sangyo.co.jp>",
        "to": ["湘南地区薬剤師会 事務局 <jimukyoku@shonan-yakuzaishi.or.jp>"],
        "subject": "後発医薬品使用割合調査（2025年10月分）の回答",
        "body": """湘南地区薬剤師会 事務局 御中

いつもお世話になっております。日の出産業 薬事統括室の柴崎です。
標記調査について、会員薬局（弊社4店舗）分を下記のとおり回答いたします。

店舗            処方せん枚数  後発品数量割合  カットオフ値
藤沢店              3,412        91.2%          68.4%
大船店              2,877        89.7%          65.1%
鎌倉店              1,954        87.3%          61.8%
辻堂店              2,206        90.5%          66.0%
----------------------------------------------------
4店舗計            10,449        89.9%          65.6%

前年同月比では1.8ポイント上昇しています。
限定出荷品目の影響で先発品に戻した件数は全店で月112件でした。
""" + sig("柴崎 弘美", "薬事統括室", tel="045-228-7318"),
        "entities": [], "detectors": [],
        "note": "aggregate generic-drug statistics per shop, no people",
    },
    {
        "id": "pharmacy-019", "expect": "stop", "charset": "utf-8",
        "sender": "DX推進室 桐生 <kiryu.t@hinode-sangyo.co.jp>",
        "to": ["カルテミル株式会社 導入支援 <onboarding@kartemil.com>"],
        "subject": "電子お薬手帳アプリ 会員データ移行用ファイル（第1弾）",
        "body": """カルテミル株式会社
導入支援チーム 御中

お世話になっております。日の出産業 DX推進室の桐生です。
旧アプリからの移行対象会員（港南台店・日吉店分）のデータをZIPでお送りします。
members.csv（UTF-8）が会員基本情報、history.xlsx が直近の調剤履歴です。
取込テストが終わりましたらご連絡ください。
""" + sig("桐生 拓海", "DX推進室", tel="045-228-7364"),
        "attachments": [{
            "kind": "zip", "name": "migration_batch1.zip",
            "files": [
                {"kind": "csv", "name": "members.csv", "encoding": "utf-8",
                 "rows": [
                     ["member_id", "name", "kana", "birthday", "tel", "email", "store"],
                     ["M000311", "相馬 圭", "ソウマ ケイ", "1983-02-19", "090-1184-2236", "k.soma83@gmail.com", "港南台"],
                     ["M000318", "五味 沙織", "ゴミ サオリ", "1990-07-07", "080-3342-0918", "saori.gomi@docomo.ne.jp", "港南台"],
                     ["M000342", "乾 雄一郎", "イヌイ ユウイチロウ", "1961-12-24", "045-833-2207", "inui1224@yahoo.co.jp", "港南台"],
                     ["M000355", "都築 真由", "ツヅキ マユ", "1978-04-01", "070-2218-6647", "mayu.tsuzuki@icloud.com", "日吉"],
                     ["M000361", "氏家 航平", "ウジイエ コウヘイ", "2001-10-16", "090-7730-5512", "k.ujiie@outlook.jp", "日吉"],
                     ["M000377", "海老原 悦子", "エビハラ エツコ", "1949-06-28", "045-563-0871", "", "日吉"],
                 ]},
                {"kind": "xlsx", "name": "history.xlsx",
                 "sheets": {"調剤履歴": [
                     ["member_id", "調剤日", "医療機関", "薬剤名", "用法"],
                     ["M000311", "2025-10-02", "港南台内科", "ロサルタンK錠50mg", "1日1回朝食後"],
                     ["M000342", "2025-10-11", "上大岡メンタルクリニック", "エスシタロプラム錠10mg", "1日1回夕食後"],
                     ["M000377", "2025-10-20", "日吉整形外科", "アレンドロン酸錠35mg", "週1回起床時"],
                 ]}},
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "ZIP with a UTF-8 CSV of 6 members and their dispensing history to an app vendor",
    },
    {
        "id": "pharmacy-020", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "教育研修課 鳥海 <chokai.m@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "12/13 薬剤師研修会　講師控室・宿泊のご依頼",
        "body": """さくらホテル 宴会予約ご担当様

いつもお世話になっております。日の出産業 教育研修課の鳥海です。
12/13（土）の社内薬剤師研修会について、講師控室と前泊の手配をお願いいたします。
当日の連絡先は下記の3名です。

・鳥海 真琴（事務局）　090-2214-8860
・戸叶 瑞穂（講師／在宅医療）　080-5527-1093　※12/12前泊 シングル1泊
・汐見 和則（講師／感染対策）　070-1190-4478　※日帰り

会場は「桜の間」、受付開始13:00、研修13:30～17:00で変更ございません。
""" + sig("鳥海 真琴", "教育研修課", tel="045-228-7315"),
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three people's names and mobiles to the partner hotel: under five, may be warned",
    },
]

MESSAGES += [
    {
        "id": "pharmacy-021", "expect": "stop", "charset": "utf-8",
        "sender": "健康サポート推進課 羽鳥 <hatori.k@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 栄養相談室 <eiyou@kitaguni-foods.co.jp>"],
        "subject": "11/22 減塩・血糖ケア相談会 参加申込者一覧",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>北国フーズ株式会社 栄養相談室<br>管理栄養士 丹羽様</p>
<p>いつもお世話になっております。日の出産業 健康サポート推進課の羽鳥です。<br>
11/22（土）戸塚駅前店での相談会、申込者が確定しましたのでお知らせします。<br>
当日の個別相談の順番もこの表のとおりです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>受付</th><th>氏名</th><th>年齢</th><th>電話</th><th>メール</th><th>相談したい内容</th></tr>
<tr><td>1</td><td>桑折 秀樹</td><td>64</td><td>090-5510-2276</td><td>koori.h@ezweb.ne.jp</td><td>HbA1c 7.8 の血糖管理</td></tr>
<tr><td>2</td><td>蒔田 和代</td><td>58</td><td>045-862-0143</td><td>&nbsp;</td><td>高血圧で減塩食の工夫</td></tr>
<tr><td>3</td><td>猪股 健</td><td>71</td><td>080-6627-3381</td><td>inomata.ken@gmail.com</td><td>透析導入前の食事制限</td></tr>
<tr><td>4</td><td>宍戸 さと子</td><td>69</td><td>045-881-7702</td><td>&nbsp;</td><td>脂質異常症・体重管理</td></tr>
<tr><td>5</td><td>来栖 亮</td><td>47</td><td>070-4219-8805</td><td>r.kurusu@yahoo.co.jp</td><td>痛風・尿酸値</td></tr>
<tr><td>6</td><td>兵頭 ミサヲ</td><td>77</td><td>045-864-3319</td><td>&nbsp;</td><td>嚥下が弱く介護食について</td></tr>
</table>
<p>試食品のご準備は6名分＋予備2名分でお願いいたします。</p>
<p>--<br>日の出産業株式会社 健康サポート推進課<br>羽鳥 佳奈<br>TEL 045-228-7344</p>
</body></html>""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 6 participants, contacts and health conditions to a partner",
    },
    {
        "id": "pharmacy-022", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["メディスタッフネクスト 派遣事業部 <haken@medistaff-next.co.jp>"],
        "subject": "RE: 12月派遣薬剤師のご提案（5名）",
        "body": """メディスタッフネクスト株式会社
派遣事業部 石動様

ご提案ありがとうございます。社内で検討のうえ、12/5（金）までに
受入れ可否と配属店舗をご連絡いたします。
面談は12/8以降でお願いできれば幸いです。

日の出産業 人事総務部　雨宮

-----Original Message-----
From: 石動 <isurugi@medistaff-next.co.jp>
Sent: Monday, November 17, 2025 10:12 AM
To: 雨宮 有紀
Subject: 12月派遣薬剤師のご提案（5名）

日の出産業株式会社 雨宮様

12月からの派遣薬剤師として、以下5名をご提案いたします。

  氏名          年齢  経験年数  希望勤務地      携帯
  保科 雅人     34    8年      横浜市南部       090-3380-1274
  芦田 真紀     41    15年     藤沢・鎌倉       080-7718-2209
  桂木 陽介     29    4年      横浜市全域       070-6120-3347
  名取 さやか   37    11年     戸塚・上大岡     090-8824-5506
  黛 和彦       52    25年     相模原           080-2231-7790

よろしくご検討ください。
""",
        "entities": [], "detectors": [],
        "note": "the five-person list is only in the quoted original from the agency itself",
    },
    {
        "id": "pharmacy-023", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "経理部 曽我 <soga.r@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "未収金（一部負担金）回収のご相談",
        "body": """白川法律事務所
白川 先生

お世話になっております。日の出産業 経理部の曽我です。
かねてご相談していた調剤一部負担金の長期未収について、
店舗から上がってきたメールをそのまま添付いたします。
督促状の文面と、法的手続きに移行すべき金額の目安についてご助言をお願いいたします。
""" + sig("曽我 竜也", "経理部", tel="045-228-7326"),
        "attachments": [{
            "kind": "eml", "name": "FW_未収金一覧_上大岡店.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "上大岡店 栗城 <kurishiro.a@hinode-sangyo.co.jp>",
                "to": ["経理部 曽我 <soga.r@hinode-sangyo.co.jp>"],
                "subject": "未収金一覧（6か月以上）上大岡店",
                "body": """曽我さん

上大岡店の6か月以上の未収一覧です。電話連絡はいずれも不通か折り返しなしです。

・笠原 隆司　　045-843-1129　横浜市港南区上大岡東1-8-2　　未収 18,420円（2025/3～）
・樋渡 千代美　090-6628-4410　横浜市港南区大久保3-4-17-201　未収 9,870円（2025/4～）
・堀之内 剛　　080-3317-0921　横浜市南区六ツ川2-61-5　　　未収 31,250円（2025/2～）
・城之内 麗子　070-2288-1347　横浜市港南区最戸1-19-3　　　未収 6,540円（2025/5～）
・古閑 徹　　　045-841-6632　横浜市港南区上永谷4-22-8　　未収 12,300円（2025/4～）
・真田 弓子　　090-4471-2258　横浜市磯子区杉田5-3-14　　　未収 22,760円（2025/1～）

栗城
""",
            },
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached internal mail listing 6 debtors with phones and addresses, sent to the law firm",
    },
    {
        "id": "pharmacy-024", "expect": "pass", "charset": "utf-8",
        "sender": "Keisuke Morinaga <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman@sunrise-api.com>"],
        "subject": "Re: Revised quotation for Esomeprazole magnesium API",
        "body": """Dear Ms. Raman,

Thank you for the revised quotation (Q-SR-2025-0931). The unit price of USD 182/kg for
500 kg lots is acceptable to us. Could you confirm the DMF reference number and the
expected shipment date for the first lot? We would also need the CoA template in advance.

Best regards,
Keisuke Morinaga
Procurement Section, Hinode Sangyo Co., Ltd.
8F Hinode Bldg., 4-6-2 Minatomirai, Nishi-ku, Yokohama 220-0012, Japan
Tel +81-45-228-7322

On Tue, Nov 18, 2025 at 4:40 PM Priya Raman <priya.raman@sunrise-api.com> wrote:
> Dear Mr. Morinaga,
> Please find our revised quotation attached. For any urgent matter you can also reach
> me on my mobile +91 98201 44716.
> Best regards, Priya Raman, Export Sales, Sunrise API Ltd.
""" + DISCLAIMER_EN,
        "entities": [], "detectors": [],
        "note": "English reply to a foreign supplier; only quoted text and the sender's signature carry contacts",
    },
    {
        "id": "pharmacy-025", "expect": "stop", "charset": "shift_jis",
        "sender": "お客様相談室 瓜生 <uryu.m@hinode-sangyo.co.jp>",
        "to": ["コールリンク株式会社 運用チーム <ops@call-link.co.jp>"],
        "subject": "FW: 【要折返し】11月第3週 お客様の声（電話受付分）",
        "body": """コールリンク株式会社 運用チーム 御中

お世話になっております。お客様相談室の瓜生です。
下記、社内で取りまとめた折返し対象です。今週中の折返し架電をお願いします。
トークスクリプトは前回と同じものをご利用ください。

---------- Forwarded message ---------
From: 戸塚駅前店 小鳥遊 <takanashi.r@hinode-sangyo.co.jp>
Date: 2025年11月20日(木) 18:02
Subject: 【要折返し】11月第3週 お客様の声（電話受付分）
To: お客様相談室 <soudan@hinode-sangyo.co.jp>

相談室ご担当

今週電話で受けたご意見のうち、本部からの折返し希望があったものです。

■ 1件目
氏名：阿久津 信子 様
電話：045-869-2217
内容：待ち時間が1時間以上あった。高齢なので椅子を増やしてほしい。

■ 2件目
氏名：小山内 悠真 様
電話：090-2274-6639
内容：ジェネリックに変えたくないと伝えたのに変更された。

■ 3件目
氏名：日比野 律子 様
電話：080-1128-7045
内容：駐車場の出入口が狭く、車をこすった。

■ 4件目
氏名：伊集院 勝 様
電話：045-861-3390
内容：お薬手帳シールを貼り忘れられた。

■ 5件目
氏名：薬師寺 麻衣 様
電話：070-5521-8830
内容：電話がつながりにくい。

小鳥遊
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded internal mail with 5 customers' names and phones, new text to an outside call centre",
    },
    {
        "id": "pharmacy-026", "expect": "pass", "charset": "utf-8",
        "sender": "請求管理課 笹倉 <sasakura.h@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 柚木様 <yuki.s@tsubasa-system.jp>"],
        "subject": "返戻・査定件数の推移（改修効果の確認用）",
        "body": """ツバサシステム株式会社
柚木様

お世話になっております。笹倉です。
7月のチェック機能改修後の効果確認として、全店合計の返戻・査定件数をお送りします。

月       請求件数   返戻件数   返戻率   査定件数
2025/05   41,220      318     0.77%      54
2025/06   40,876      301     0.74%      49
2025/07   42,013      244     0.58%      41
2025/08   39,540      171     0.43%      33
2025/09   40,998      162     0.40%      30
2025/10   42,455      158     0.37%      28

資格確認エラー起因の返戻が大きく減っています。
次回定例で事由別の内訳もご報告します。

笹倉
""",
        "entities": [], "detectors": [],
        "note": "claims statistics without any person",
    },
    {
        "id": "pharmacy-027", "expect": "stop", "charset": "utf-8",
        "sender": "エリアマネージャー 浦辺 <urabe.t@hinode-sangyo.co.jp>",
        "to": ["メディスタッフネクスト 石動様 <isurugi@medistaff-next.co.jp>"],
        "subject": "12月シフト（派遣・パート混成）と連絡先の共有",
        "body": """メディスタッフネクスト株式会社
石動様

お世話になっております。南横浜エリアの浦辺です。
12月は派遣の方とパートさんが同じ店舗に入るため、急な欠勤時に直接
連絡を取り合えるよう、連絡先付きのシフト表をお送りします。
派遣スタッフの皆さまへの共有をお願いいたします。

浦辺
""",
        "attachments": [{
            "kind": "csv", "name": "shift_202512_minamiyokohama.csv", "encoding": "utf-8",
            "rows": [
                ["氏名", "区分", "店舗", "携帯", "メール", "12/1", "12/2", "12/3", "12/4", "12/5"],
                ["保科 雅人", "派遣", "港南台", "090-3380-1274", "hoshina.m@medistaff-next.co.jp", "早", "早", "休", "遅", "遅"],
                ["名取 さやか", "派遣", "上大岡", "090-8824-5506", "natori.s@medistaff-next.co.jp", "遅", "休", "早", "早", "休"],
                ["千葉 恵美子", "パート", "港南台", "080-6651-2093", "emiko.c.0412@gmail.com", "早", "早", "早", "休", "休"],
                ["柳瀬 啓太", "パート", "上大岡", "070-3392-4418", "yanase.k@docomo.ne.jp", "休", "遅", "遅", "遅", "早"],
                ["目黒 佳奈子", "パート", "港南台", "090-1126-7785", "kanako.meguro@yahoo.co.jp", "遅", "遅", "休", "早", "早"],
                ["須藤 隼", "社員", "上大岡", "080-4437-9021", "sudo.h@hinode-sangyo.co.jp", "早", "休", "遅", "遅", "遅"],
            ],
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV shift table with 6 staff mobiles and private e-mail to the staffing agency",
    },
    {
        "id": "pharmacy-028", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>"],
        "cc": ["北国フーズ 営業企画 <kikaku@kitaguni-foods.co.jp>"],
        "subject": "在宅患者向け 介護食同梱配送の打合せ日程",
        "body": """青葉運輸株式会社 営業部 辰巳様
北国フーズ株式会社 営業企画 小椋様
（CC失礼いたします）

いつもお世話になっております。日の出産業 在宅推進室の神代です。
先日ご相談した「お薬と介護食の同梱配送」について、三社で打合せの場を設けたく存じます。

候補日：
・12/2（火）15:00～16:00
・12/4（木）10:00～11:00
・12/9（火）14:00～15:00
場所：弊社本部 8F会議室（Web併用）

ご都合のよい日を返信いただけますと幸いです。
""" + sig("神代 優子", "在宅推進室", tel="045-228-7347"),
        "entities": [], "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two partner organisations in To/Cc",
    },
    {
        "id": "pharmacy-029", "expect": "stop", "charset": "shift_jis",
        "sender": "請求管理課 笹倉 <sasakura.h@hinode-sangyo.co.jp>",
        "to": ["レセプトサポート研究所 <consult@receipt-support.co.jp>"],
        "subject": "調剤報酬 請求漏れ調査　対象データ送付",
        "body": """株式会社レセプトサポート研究所
ご担当 蓮見様

お世話になっております。日の出産業 請求管理課の笹倉です。
請求漏れ調査の対象として、9月・10月で未請求となっている明細を抽出しました。
旧システムからの出力のためExcel97形式です。よろしくお願いいたします。
""" + sig("笹倉 日向", "本部 請求管理課", tel="045-228-7331"),
        "attachments": [{
            "kind": "xls", "name": "未請求明細_202509-10.xls",
            "sheets": {"未請求": [
                ["店舗", "調剤日", "患者名", "生年月日", "保険者番号", "被保険者証記号", "番号", "未請求理由"],
                ["鎌倉", "2025/09/04", "神林 幸枝", "1946/05/12", "39143018", "", "10028851", "公費番号未入力"],
                ["鎌倉", "2025/09/11", "長谷部 稔", "1958/01/27", "06140221", "鎌倉12", "338", "保険証確認待ち"],
                ["辻堂", "2025/09/19", "阿部川 純", "1987/09/09", "32140018", "湘共", "10552", "負担割合未確定"],
                ["辻堂", "2025/10/02", "潮田 ゆき", "1963/03/03", "06133504", "7115", "82", "資格確認エラー"],
                ["藤沢", "2025/10/08", "沖津 和彦", "1971/11/30", "01140019", "8210", "1174", "保険証確認待ち"],
                ["藤沢", "2025/10/15", "国府田 茜", "1999/06/18", "06273418", "3301", "77", "被扶養者認定中"],
            ]},
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 6 patients with insurance 記号・番号 to a billing consultant",
    },
    {
        "id": "pharmacy-030", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "採用担当 早乙女 <saotome.r@hinode-sangyo.co.jp>",
        "to": ["kurata.mizuki.ph@gmail.com"],
        "subject": "【日の出産業】一次面接日程のご案内",
        "body": """倉田 瑞希 様

この度は、日の出産業株式会社 薬剤師（中途採用）にご応募いただき、誠にありがとうございます。
採用担当の早乙女でございます。

一次面接を下記日程で実施いたします。
日時：12月3日（水）14:00～15:00
場所：本部 8F 面接室（横浜市西区みなとみらい4-6-2 日の出ビル）
持ち物：薬剤師免許証の写し、筆記用具

ご都合が合わない場合は、候補日を2～3いただけますと幸いです。
""" + sig("早乙女 亮", "人事総務部 採用担当", tel="045-228-7306"),
        "entities": [], "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (an applicant) with ordinary scheduling content",
    },
    {
        "id": "pharmacy-031", "expect": "stop", "charset": "utf-8",
        "sender": "港南台店 岩佐 <t-iwasa@hinode-sangyo.co.jp>",
        "to": ["港南区 地域包括支援センター <konan-houkatsu@city.minato-kanagawa.lg.jp>"],
        "subject": "見守りが必要と思われる来局者についての情報提供",
        "body": """港南台地域包括支援センター
ご担当者様

ひので薬局港南台店の岩佐です。いつもお世話になっております。
先日の地域ケア会議でお話しした、服薬管理が難しくなってきている独居の来局者について、
ご本人の同意をいただいた方の情報をお送りします（Excelから貼り付けています）。

氏名	年齢	住所	電話	気になる点
狩野 ツネ	88	横浜市港南区港南台2-6-14	045-832-4471	残薬が多く、同じ薬を二重に受け取りに来る
木暮 善次	91	横浜市港南区港南台5-19-2	045-835-0982	認知機能低下の疑い、支払いが困難
芹沢 登美子	84	横浜市栄区桂台中4-3-7	045-895-6621	転倒が続いている
越智 幸雄	79	横浜市港南区日野南6-11-30	090-2256-1147	アルコールの臭い、服薬不規則
皆川 サダ	86	横浜市港南区港南台8-2-5	045-832-9913	来局が途絶えている（最終来局9/30）

訪問の際に薬局の情報が必要でしたらご連絡ください。
""" + store_sig("岩佐 朋美", "港南台店", "045-833-4410", "〒234-0054 神奈川県横浜市港南区港南台4-2-6"),
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of 5 elderly patients with addresses, phones and health remarks to a city office",
    },
    {
        "id": "pharmacy-032", "expect": "pass", "charset": "shift_jis",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "年末調整 マイナンバー未登録者の回収分",
        "body": """給与厚生課 各位

人事総務部の雨宮です。マイナンバー未登録だった店舗スタッフ分を回収しました。
システム登録をお願いします。登録後、このメールは削除してください。

氏名            所属        個人番号
鳴海 しおり     藤沢店      """ + my_number(2602) + """
須藤 隼         上大岡店    """ + my_number(2603) + """
千葉 恵美子     港南台店    """ + my_number(2604) + """
五十嵐 直人     日吉店      """ + my_number(2605) + """
檀 ゆかり       相模原準備室 """ + my_number(2606) + """

雨宮
""",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers of 5 staff, but every recipient is internal",
    },
    {
        "id": "pharmacy-033", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "総務課 宇津木 <utsugi.k@hinode-sangyo.co.jp>",
        "to": ["たびネット横浜 法人営業 <hojin@tabinet-yokohama.co.jp>"],
        "subject": "優秀店舗表彰 研修旅行（沖縄）参加者情報",
        "body": """株式会社たびネット横浜
法人営業部 菅沼様

お世話になっております。日の出産業 総務課の宇津木です。
表彰研修旅行（1/23～25 那覇）の参加者が確定しました。航空券・宿泊の手配をお願いします。

・辻堂店　薬剤師　仁藤 瑛太（にとう えいた）　1991年8月12日生　携帯 090-1772-3304
・辻堂店　医療事務　小宮 奈緒（こみや なお）　1998年2月3日生　携帯 080-5529-1186
・鎌倉店　管理薬剤師　朝比奈 修（あさひな おさむ）　1979年11月21日生　携帯 070-3314-6620
・鎌倉店　医療事務　吉良 美帆（きら みほ）　1994年6月30日生　携帯 090-9931-2057
・藤沢店　薬剤師　鳴海 しおり（なるみ しおり）　1988年4月9日生　携帯 080-4192-3357
・本部　　引率　宇津木 健（うつぎ けん）　1975年10月1日生　携帯 090-6610-8842

部屋割りはツイン3室でお願いします（男性2室・女性…は追ってご連絡します）。
""" + sig("宇津木 健", "総務課", tel="045-228-7302"),
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of 6 staff with birth dates and mobiles to a travel agency",
    },
    {
        "id": "pharmacy-034", "expect": "pass", "charset": "utf-8",
        "sender": "お客様相談室 瓜生 <uryu.m@hinode-sangyo.co.jp>",
        "to": ["コンプライアンス室 <compliance@hinode-sangyo.co.jp>", "薬事統括室 柴崎 <shibasaki.h@hinode-sangyo.co.jp>"],
        "subject": "【調剤過誤】日吉店 11/14 報告（第一報）",
        "body": """コンプライアンス室、薬事統括室 各位

お客様相談室の瓜生です。日吉店より調剤過誤の報告がありましたので第一報を共有します。

患者：氏家 房江 様（76歳）横浜市港北区日吉本町3-11-2　TEL 045-562-3318
既往：心不全、慢性腎臓病
内容：ジゴキシン錠0.125mg のところ 0.25mg を交付。2日間服用し、嘔気・徐脈で
　　　11/16 に港北中央病院へ救急受診、入院中。
ご家族（長男）より強いお申し出あり。現在、日吉店長と私で対応中です。

詳細な経緯書は本日中に送付します。社外（保険会社・弁護士）への共有は
内容を確認してから私から行います。

瓜生
""",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a dispensing error report with a patient's health data, internal recipients only",
    },
    {
        "id": "pharmacy-035", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "鎌倉店 朝比奈 <asahina.o@hinode-sangyo.co.jp>",
        "to": ["居宅介護支援事業所 ひまわりケアプラン <care@himawari-care.jp>"],
        "subject": "居宅療養管理指導の開始について（5名様分）",
        "body": """ひまわりケアプラン
ケアマネジャー 宮地様

いつもお世話になっております。ひので薬局鎌倉店の朝比奈です。
ご依頼いただいた5名様について、12月から居宅療養管理指導を開始いたします。
ケアプランへの反映をお願いいたします。

【1】 楠木 トミ 様
　住所：鎌倉市山ノ内1-4-22　TEL 0467-22-6618
　主治医：北鎌倉診療所　病名：アルツハイマー型認知症、高血圧症
　訪問：第1・第3火曜

【2】 榎本 寛 様
　住所：鎌倉市今泉3-17-5　TEL 0467-46-2291
　主治医：鎌倉中央病院　病名：パーキンソン病
　訪問：毎週金曜

【3】 藤堂 君代 様
　住所：鎌倉市岩瀬2-9-14　TEL 0467-47-0356
　主治医：大船ホームクリニック　病名：末期すい臓がん（在宅緩和ケア）
　訪問：毎週月・木曜

【4】 長谷 勝利 様
　住所：鎌倉市梶原4-1-8　TEL 090-8812-4437
　主治医：北鎌倉診療所　病名：脳梗塞後遺症、糖尿病
　訪問：第2・第4水曜

【5】 菊川 はる 様
　住所：鎌倉市台5-2-19　TEL 0467-43-1120
　主治医：鎌倉中央病院　病名：心不全
　訪問：第2・第4金曜

報告書は毎月末にFAXでお送りします。
""" + store_sig("朝比奈 修", "鎌倉店", "0467-22-5081", "〒248-0006 神奈川県鎌倉市小町1-7-3", "管理薬剤師"),
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one block per patient: 5 patients' addresses, phones and diagnoses to a care manager",
    },
    {
        "id": "pharmacy-036", "expect": "pass", "charset": "utf-8",
        "sender": "経営企画部 志賀 <shiga.t@hinode-sangyo.co.jp>",
        "to": ["調剤薬局事業部 部長会 <buchoukai-chozai@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】2026年度 出店・閉店計画（案）",
        "body": """部長会メンバー各位

経営企画部の志賀です。来週の部長会で審議予定の出店・閉店計画（案）を添付します。
社外秘につき、取扱いにご注意ください。

志賀
""",
        "attachments": [{
            "kind": "docx", "name": "2026出店閉店計画_案.docx", "page_header": "社外秘",
            "title": "2026年度 出店・閉店計画（案）",
            "paragraphs": ["2026年度 出店・閉店計画（案）", "1. 新規出店：相模原店（3月）、武蔵小杉店（9月）",
                           "2. 閉店検討：辻堂店（賃料改定により収支悪化）", "3. 投資額合計：2億1,400万円"],
        }],
        "entities": [], "detectors": [],
        "note": "a 社外秘 document sent only inside the company",
    },
    {
        "id": "pharmacy-037", "expect": "stop", "charset": "shift_jis",
        "sender": "総務課 宇津木 <utsugi.k@hinode-sangyo.co.jp>",
        "to": ["アルセキュア警備 契約管理課 <keiyaku@alsecure-keibi.co.jp>"],
        "subject": "機械警備　異常時連絡先（鍵保有者）の更新",
        "body": """アルセキュア警備株式会社
契約管理課 御中

お世話になっております。日の出産業 総務課の宇津木です。
人事異動に伴い、各店舗の異常時連絡先（鍵保有者）を更新しました。
添付のテキストの内容で登録変更をお願いいたします。
""" + sig("宇津木 健", "総務課", tel="045-228-7302"),
        "attachments": [{
            "kind": "txt", "name": "鍵保有者一覧_202512.txt", "encoding": "cp932",
            "text": """異常時連絡先（鍵保有者）一覧　2025年12月1日現在

店舗        優先  氏名           携帯電話        自宅住所
----------  ----  -------------  --------------  ----------------------------------------
港南台店    1     岩佐 朋美      090-2237-6610   横浜市港南区日野中央1-3-9-503
港南台店    2     千葉 恵美子    080-6651-2093   横浜市栄区本郷台2-14-6
戸塚駅前店  1     小鳥遊 亮      070-3329-1845   横浜市戸塚区上倉田町498-2
戸塚駅前店  2     蒔田 浩一      090-5516-0273   横浜市泉区中田西1-8-31
大船店      1     御手洗 咲      080-2204-7718   鎌倉市岡本2-12-7
大船店      2     仁平 拓也      090-3378-0942   藤沢市村岡東3-1-20-102
上大岡店    1     栗城 彩        070-6614-2281   横浜市港南区大久保2-22-4
""",
        }],
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Shift_JIS text attachment, padded table of 7 key holders with mobiles and home addresses",
    },
    {
        "id": "pharmacy-038", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "請求管理課 笹倉 <sasakura.h@hinode-sangyo.co.jp>",
        "to": ["上大岡店 栗城 <kurishiro.a@hinode-sangyo.co.jp>"],
        "subject": "10月返戻分の明細（パスワード別送）",
        "body": """栗城さん

お疲れさまです。請求管理課の笹倉です。
上大岡店の10月返戻分の明細をZIPで送ります。パスワードは別メールで送ります。
再請求が必要なものは12/5までに処理をお願いします。

笹倉
""",
        "attachments": [{
            "kind": "zip", "name": "henrei_kamiooka_202510.zip", "password": "Kmok#2510",
            "files": [{"kind": "csv", "name": "henrei.csv", "encoding": "cp932",
                       "rows": [["患者名", "保険者番号", "返戻事由"], ["巽 義男", "39141257", "資格喪失"]]}],
        }],
        "entities": [], "detectors": [],
        "note": "password-protected ZIP but only sent to an internal colleague",
    },
    {
        "id": "pharmacy-039", "expect": "stop", "charset": "utf-8",
        "sender": "在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["ペイリンク決済サービス 加盟店サポート <merchant@paylink-kessai.co.jp>"],
        "subject": "配送料 継続課金の登録依頼（電話受付分）",
        "body": """ペイリンク決済サービス
加盟店サポート御中

いつもお世話になっております。日の出産業（加盟店ID：HN-77120）在宅推進室の神代です。
お電話でお申込みいただいた在宅配送利用者様の継続課金登録を代行でお願いいたします。
ご本人は端末操作が難しいとのことで、ご家族の了承を得ております。

契約者名：湯浅 キヌヨ 様
カード番号：""" + card_number(2601) + """
有効期限：08/28
月額：550円（配送料）　課金開始：2026年1月

登録完了後、受付番号をお知らせください。
""" + sig("神代 優子", "在宅推進室", tel="045-228-7347"),
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a patient's full credit card number in the body to a payment company",
    },
    {
        "id": "pharmacy-040", "expect": "pass", "charset": "utf-8",
        "sender": "DX推進室 桐生 <kiryu.t@hinode-sangyo.co.jp>",
        "to": ["データ分析チーム <analytics@mail.hinode-sangyo.co.jp>"],
        "subject": "お薬手帳アプリ 解約者リスト（分析用）",
        "body": """分析チーム各位

桐生です。10月のアプリ解約者リストです（社内分析用）。

会員ID   氏名         生年月日    電話            最終利用店舗
M000122  芝崎 一輝    1985-03-11  090-6623-1180   港南台
M000187  安斎 芽衣    1993-08-25  080-2291-4476   日吉
M000203  大河内 巌    1950-12-30  045-561-7720    日吉
M000245  志村 千尋    1969-05-05  070-8814-3362   上大岡
M000268  水越 大地    2000-01-14  090-1102-5538   戸塚駅前
M000290  栃木 菜摘    1977-10-09  080-6627-0014   藤沢

離脱理由アンケートとの突合をお願いします。
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "member list sent to an internal subdomain only",
    },
]

MESSAGES += [
    {
        "id": "pharmacy-041", "expect": "stop", "charset": "utf-8",
        "sender": "給与厚生課 能勢 <nose.a@hinode-sangyo.co.jp>",
        "to": ["みなと会計事務所 <tax@minato-kaikei.jp>"],
        "subject": "年末調整 扶養控除等申告書の追加分（3名）",
        "body": """みなと会計事務所
担当 湯川様

お世話になっております。日の出産業 給与厚生課の能勢です。
年末調整の扶養控除等申告書で、提出が遅れていた3名分をExcelにまとめました。
扶養親族の個人番号も含みますので、取扱いにご留意ください。

能勢 麻美
日の出産業株式会社 給与厚生課　TEL 045-228-7328
""",
        "attachments": [{
            "kind": "xlsx", "name": "扶養控除追加分_3名.xlsx",
            "sheets": {
                "本人": [
                    ["社員番号", "氏名", "生年月日", "個人番号", "所属"],
                    ["H20418", "蒔田 浩一", "1984/02/28", my_number(2607), "戸塚駅前店"],
                    ["H21033", "仁平 拓也", "1990/09/17", my_number(2608), "大船店"],
                    ["H19877", "合田 剛", "1972/12/05", my_number(2609), "本部 設備"],
                ],
                "扶養親族": [
                    ["社員番号", "続柄", "氏名", "生年月日", "個人番号"],
                    ["H20418", "妻", "蒔田 里美", "1986/07/14", my_number(2610)],
                    ["H19877", "長女", "合田 結衣", "2008/03/22", my_number(2611)],
                ],
            },
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with My Numbers of staff and dependants to the outside tax accountant",
    },
    {
        "id": "pharmacy-042", "expect": "pass", "charset": "shift_jis",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["美浜ファーマ 関東支店 <kanto@mihama-pharma.co.jp>"],
        "subject": "見積依頼：2026年度上期 納入価格",
        "body": """美浜ファーマ株式会社 関東支店
営業ご担当 各位

平素よりお世話になっております。日の出産業 購買課の森永です。
2026年度上期（4月～9月）の納入価格について、下記品目のお見積りをお願いいたします。

品目コード      品名                                 規格      年間予定数量
MH-20114       エソメプラゾールカプセル20mg「ミハマ」  100Cap    1,800箱
MH-20377       ビソプロロールフマル酸塩錠2.5mg「ミハマ」 100錠     960箱
MH-30021       モンテルカスト錠10mg「ミハマ」          100錠     1,240箱
MH-41150       ヘパリン類似物質ローション0.3%「ミハマ」 50g×10   620箱

薬価改定後の価格でご提示ください。回答期限は12/19（金）です。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "entities": [], "detectors": [],
        "note": "a quotation request with product codes and volumes",
    },
    {
        "id": "pharmacy-043", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["大橋社会保険労務士事務所 <office@ohashi-sr.jp>"],
        "subject": "Re: 榊原さんの資格取得届　不足事項について",
        "body": """大橋先生

ご確認ありがとうございます。ご指摘の不足分です。
本人から聞き取った番号を転記しております。

被扶養者（母）：榊原 伸子　生年月日 昭和４３年２月１９日
個人番号：""" + zen(my_number(2612)) + """
年収見込み：１０５万円（パート収入のみ）

同居の有無は「同居」です。よろしくお願いいたします。

雨宮

> 日の出産業 雨宮様
> 先日の榊原様の件、被扶養者の届出に母上の個人番号が必要です。
> ご本人確認のうえお知らせください。
> 大橋社労士事務所 大橋
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "reply adds a dependant's My Number in full-width digits (new text, not quoted)",
    },
    {
        "id": "pharmacy-044", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "経理部 曽我 <soga.r@hinode-sangyo.co.jp>",
        "to": ["坂上内科クリニック 事務長 <jimucho@sakaue-naika.jp>"],
        "subject": "【請求書】施設向け 薬剤管理サポート料（2025年11月分）",
        "body": """坂上内科クリニック
事務長 皆藤様

いつもお世話になっております。日の出産業 経理部の曽我です。
11月分の請求書をお送りします。

請求書番号：INV-2511-0087
請求金額：165,000円（税込）
お支払期限：2025年12月31日
お振込先：みどり銀行 みなとみらい支店 普通 1284407 ニチノデサンギヨウ（カ
適格請求書発行事業者登録番号：T""" + corp_no("020001045123") + """

ご不明点がございましたらお知らせください。
""" + sig("曽我 竜也", "経理部", tel="045-228-7326"),
        "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
        "note": "invoice with the company's own bank account and T-number: business data, no person",
    },
    {
        "id": "pharmacy-045", "expect": "stop", "charset": "shift_jis",
        "sender": "日吉店 五十嵐 <igarashi.n@hinode-sangyo.co.jp>",
        "to": ["あおい調剤薬局 川崎店 <kawasaki@aoi-chozai.co.jp>"],
        "subject": "在宅患者様の引継ぎについて（転居に伴う）",
        "body": """あおい調剤薬局 川崎店
管理薬剤師 先生

はじめてご連絡いたします。ひので薬局日吉店の五十嵐と申します。
当店で在宅訪問をしていた患者様が川崎市へ転居され、貴局に引継ぎをお願いしたく、
ご本人・ご家族の同意を得てご連絡しております。

氏名：佐久間 トシ子 様（サクマ トシコ）
生年月日：1936年1月8日
新住所：川崎市中原区今井南町28-5 グランコート203
保険：後期高齢者医療　保険者番号 39141257　被保険者番号 00771294
病名：心不全、慢性心房細動
現処方：アピキサバン錠2.5mg、フロセミド錠20mg、ビソプロロール錠2.5mg

薬歴サマリーは別途FAXでお送りします。
""" + store_sig("五十嵐 直人", "日吉店", "045-561-0218", "〒223-0062 神奈川県横浜市港北区日吉本町1-5-30"),
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one patient's insurance number and diagnoses to another pharmacy",
    },
    {
        "id": "pharmacy-046", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
        "subject": "配達状況の確認依頼（3件）",
        "body": """青葉運輸株式会社 お客様センター御中

お世話になっております。日の出産業 在宅推進室の神代です。
11/20 発送分のうち、下記3件の配達完了が追跡画面で確認できません。
状況をご確認いただけますでしょうか。

・問合せ番号 4402-1187-3395（港南台店 発）
・問合せ番号 4402-1187-3401（港南台店 発）
・問合せ番号 4402-1190-0026（戸塚駅前店 発）

いずれも冷蔵便です。よろしくお願いいたします。
""" + sig("神代 優子", "在宅推進室", tel="045-228-7347"),
        "entities": [], "detectors": [],
        "note": "tracking numbers only",
    },
    {
        "id": "pharmacy-047", "expect": "stop", "charset": "utf-8",
        "sender": "在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 車両管理課 <sharyo@aoba-unyu.co.jp>"],
        "subject": "委託配送ドライバー追加登録（保険加入用）",
        "body": """青葉運輸株式会社
車両管理課 御中

お世話になっております。在宅推進室の神代です。
軽貨物の委託ドライバーを1名追加しますので、任意保険の追加登録をお願いします。

氏名：真鍋 大樹（まなべ だいき）
生年月日：1993年10月27日
運転免許証番号：第 452108834710 号（有効期限 2028年11月27日、中型8t限定）
住所：横浜市泉区和泉中央南4-6-12
使用車両：軽バン 横浜480 あ 12-07

ご確認よろしくお願いいたします。
""" + sig("神代 優子", "在宅推進室", tel="045-228-7347"),
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number with birth date and address to the logistics partner",
    },
    {
        "id": "pharmacy-048", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "教育研修課 鳥海 <chokai.m@hinode-sangyo.co.jp>",
        "to": ["湘南地区薬剤師会 研修委員会 <kenshu@shonan-yakuzaishi.or.jp>"],
        "subject": "1/18 在宅医療研修会 参加申込（日の出産業 4名）",
        "body": """湘南地区薬剤師会 研修委員会 御中

お世話になっております。日の出産業 教育研修課の鳥海です。
1/18（日）の在宅医療研修会に、弊社から以下4名が参加を申し込みます。

1. 朝比奈 修（鎌倉店）　会員番号 SY-10442　携帯 070-3314-6620
2. 鳴海 しおり（藤沢店）　会員番号 SY-11087　携帯 080-4192-3357
3. 仁藤 瑛太（辻堂店）　会員番号 SY-12215　携帯 090-1772-3304
4. 御手洗 咲（大船店）　会員番号 SY-11530　携帯 080-2204-7718

受講料は一括で振り込みます。請求書を本部宛にお願いいたします。
""" + sig("鳥海 真琴", "教育研修課", tel="045-228-7315"),
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four attendees with mobiles: under the five-person threshold, may be warned",
    },
    {
        "id": "pharmacy-049", "expect": "stop", "charset": "utf-8",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["グローバル人材サポート協同組合 <support@gjinzai-kumiai.or.jp>"],
        "subject": "特定技能スタッフ 在留期間更新の書類について",
        "body": """グローバル人材サポート協同組合
担当 タン様

いつもお世話になっております。日の出産業 人事総務部の雨宮です。
当社で勤務している特定技能スタッフの在留期間更新について、必要事項をお送りします。

氏名：NGUYEN THI HOA（グエン ティ ホア）
国籍：ベトナム
在留カード番号：UH48201736EA
在留期限：2026年2月14日
勤務先：ひので薬局 上大岡店（医薬品の品出し・受付補助）

雇用契約書の写しは来週郵送します。
""" + sig("雨宮 有紀", "人事総務部", tel="045-228-7305"),
        "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a residence card number of a foreign employee to an outside support organisation",
    },
    {
        "id": "pharmacy-050", "expect": "pass", "charset": "shift_jis",
        "sender": "藤沢店 鳴海 <narumi.s@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 藤沢営業所 <fujisawa@aoba-unyu.co.jp>"],
        "subject": "集荷・お届け依頼（11/27 午後便 2件）",
        "body": """青葉運輸 藤沢営業所 御中

お世話になっております。ひので薬局藤沢店の鳴海です。
11/27 午後便でのお届けを2件お願いします。品名は「日用品」で結構です。

1) 大楠 俊介 様　藤沢市鵠沼海岸3-8-21　080-8821-3390　14～16時希望
2) 比嘉 ミツ 様　藤沢市本鵠沼2-11-4　0466-22-7705　16～18時希望

集荷は13時頃でお願いします。
""" + store_sig("鳴海 しおり", "藤沢店", "0466-25-3390", "〒251-0055 神奈川県藤沢市南藤沢20-11", "管理薬剤師"),
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two delivery addresses with no medical detail: under five people, may be warned",
    },
    {
        "id": "pharmacy-051", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "総務課 宇津木 <utsugi.k@hinode-sangyo.co.jp>",
        "to": ["たびネット横浜 海外出張デスク <overseas@tabinet-yokohama.co.jp>"],
        "subject": "FIP世界薬学会議（ブリスベン）渡航手配のお願い",
        "body": """たびネット横浜 海外出張デスク 御中

いつもお世話になっております。総務課の宇津木です。
学会発表のため、下記社員の渡航手配（航空券・ETA申請）をお願いいたします。

氏名（パスポート表記）：SHIBASAKI HIROMI
生年月日：1980年7月6日
旅券番号：TR8830417
旅券有効期限：2031年4月2日
渡航期間：2026年8月29日～9月5日（成田発着）

マイレージ番号は本人から直接ご連絡します。
""" + sig("宇津木 健", "総務課", tel="045-228-7302"),
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a passport number to a travel agency",
    },
    {
        "id": "pharmacy-052", "expect": "pass", "charset": "utf-8",
        "sender": "販促企画 高城 <takagi.m@hinode-sangyo.co.jp>",
        "to": ["錦印刷 田辺様 <tanabe@nishiki-insatsu.co.jp>"],
        "subject": "戸塚駅前店 周辺医療機関マップ　掲載データ",
        "body": """錦印刷 田辺様

お世話になっております。高城です。
店頭配布用「周辺医療機関マップ」の掲載データをお送りします（各医療機関の掲載許諾済み）。

医療機関名              診療科          住所                         電話
戸塚中央クリニック        内科・小児科    横浜市戸塚区戸塚町4180        045-864-1100
とつか駅前眼科            眼科            横浜市戸塚区上倉田町259-11    045-862-8830
吉田町整形外科            整形外科        横浜市戸塚区吉田町1001-3      045-869-2200
さくら皮フ科              皮膚科          横浜市戸塚区戸塚町16-7        045-866-4455
戸塚メンタルクリニック    心療内科        横浜市戸塚区川上町87-1        045-825-0701

地図上のピン位置は前回同様でお願いします。
""" + sig("高城 真央", "販売促進企画室", tel="045-228-7340"),
        "entities": [], "detectors": [],
        "note": "a list of clinics (businesses) with public addresses and phones",
    },
    {
        "id": "pharmacy-053", "expect": "stop", "charset": "shift_jis",
        "sender": "給与厚生課 能勢 <nose.a@hinode-sangyo.co.jp>",
        "to": ["大橋社会保険労務士事務所 <office@ohashi-sr.jp>"],
        "subject": "退職者の年金手続きについて（2名）",
        "body": """大橋社会保険労務士事務所 御中

お世話になっております。給与厚生課の能勢です。
11月末退職者2名の資格喪失手続きをお願いします。

・檜垣 誠　　基礎年金番号 4810-227351　退職日 2025/11/30（辻堂店）
・小宮 奈緒　基礎年金番号 3902-614488　退職日 2025/11/30（辻堂店）

離職票は2名とも希望ありです。
""" + sig("能勢 麻美", "給与厚生課", tel="045-228-7328"),
        "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "basic pension numbers of two leavers to the 社労士",
    },
    {
        "id": "pharmacy-054", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["翠嶺製薬 MR 狩野様 <kano.t@suirei-seiyaku.co.jp>"],
        "subject": "Re: 貴社製品の採用状況データについて",
        "body": """翠嶺製薬株式会社
狩野様

ご連絡ありがとうございます。
ご依頼の店舗別・処方元別の採用データですが、社内で社外秘扱いとなっている資料のため、
そのままお渡しすることはできかねます。
全社合計の月間使用数量であれば次回の商談時に口頭でお伝えできますので、
ご了承いただけますと幸いです。

引き続きよろしくお願いいたします。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "entities": [], "detectors": [],
        "note": "the word 社外秘 is only mentioned, nothing is stamped",
    },
    {
        "id": "pharmacy-055", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "お客様相談室 瓜生 <uryu.m@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 <info@shirakawa-law.jp>"],
        "subject": "FW: 港南台店でのご意見（SNS投稿予告あり）",
        "body": """白川法律事務所 白川先生

いつもお世話になっております。お客様相談室の瓜生です。
下記、お客様から届いたメールです。SNSへの投稿や訴訟をほのめかされており、
今後の対応方針についてご相談させてください。

----- 転送メッセージ -----
差出人: 秋津 尚美
件名: 港南台店の対応について

ひので薬局 御中

私は昨年からうつ病と不安障害で上大岡メンタルクリニックに通院しています。
11月12日に港南台店で薬を受け取った際、待合に他のお客さんがいるのに
薬剤師の方が大きな声で「睡眠薬と抗うつ薬が出ていますね」と言いました。
近所の知り合いもいて、とても傷つきました。
誠意ある対応がなければ、SNSに書くことも考えています。

秋津 尚美（アキツ ナオミ）
横浜市港南区港南台6-2-11
090-5523-7718
""",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded complaint reveals one patient's mental illness with her contact details, to a law firm",
    },
    {
        "id": "pharmacy-056", "expect": "pass", "charset": "utf-8",
        "sender": "Yuko Kumashiro <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["Lin Mei-Ling <meiling.lin@kangjian-pharmacy.com.tw>"],
        "subject": "Visit to our Yokohama stores on 10 December",
        "body": """Dear Ms. Lin,

Thank you for your interest in our home-care pharmacy services. We are pleased to welcome
your delegation of five on Wednesday, 10 December.

Proposed schedule:
  10:00  Hinode Pharmacy Konandai (dispensing robot, drug-history system)
  13:30  Lunch
  14:30  Home-Care Promotion Office, head office (case study presentation)
  16:30  Q&A and closing

Please note that for privacy reasons no patient information will be shown during the
visit. Kindly send us the names of the participants for the visitor badges.

Kind regards,
Yuko Kumashiro
Home-Care Promotion Office, Hinode Sangyo Co., Ltd.
Tel +81-45-228-7347
""" + DISCLAIMER_EN,
        "entities": [], "detectors": [],
        "note": "English business mail with the standard confidentiality disclaimer",
    },
    {
        "id": "pharmacy-057", "expect": "stop", "charset": "shift_jis",
        "sender": "給与厚生課 能勢 <nose.a@hinode-sangyo.co.jp>",
        "to": ["みなとみらい産業保健クリニック <sangyoui@mm-sanpo-cl.jp>"],
        "subject": "産業医面談のご依頼（健診事後措置）",
        "body": """みなとみらい産業保健クリニック
産業医 久保田先生

いつもお世話になっております。日の出産業 給与厚生課の能勢です。
今年度の定期健康診断で要精密検査となった社員について、就業上の措置に関する面談をお願いします。

対象者：須藤 隼（上大岡店 薬剤師、32歳）
所見：血圧 172/104（要治療）、ALT 98・γ-GTP 210（要精密検査）
本人申告：夜勤明けの連続勤務が続き、睡眠は4時間程度

12月第2週のご都合のよい日時をお知らせください。
""" + sig("能勢 麻美", "給与厚生課", tel="045-228-7328"),
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one employee's health check findings to an outside occupational physician",
    },
    {
        "id": "pharmacy-058", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "法務課 白石 <shiraishi.e@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 事務局 <jimukyoku@shirakawa-law.jp>"],
        "subject": "カルテミル社との秘密保持契約　締結版の保管について",
        "body": """白川法律事務所 事務局 御中

いつもお世話になっております。日の出産業 法務課の白石です。
先日ご確認いただいたカルテミル株式会社との秘密保持契約書について、
本日双方の電子署名が完了しました。

・契約番号：HS-NDA-2025-041
・締結日：2025年11月21日
・有効期間：3年間（自動更新なし）

締結版PDFは弊社の契約管理システムに保管しております。
先生のご確認用に原本の写しが必要でしたらお申し付けください。
""" + sig("白石 恵理", "法務課", tel="045-228-7308"),
        "entities": [], "detectors": [],
        "note": "mail about an executed NDA: no marking, no personal data",
    },
    {
        "id": "pharmacy-059", "expect": "stop", "charset": "utf-8",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["就労支援センターあゆみ <ayumi@ayumi-shuro.or.jp>"],
        "subject": "職場定着支援のご相談（大船店 勤務の方）",
        "body": """就労支援センターあゆみ
支援員 大野様

お世話になっております。日の出産業 人事総務部の雨宮です。
今春より大船店で勤務している 仁科 陽菜 さん（精神障害者保健福祉手帳2級・発達障害）について、
最近欠勤が増えており、定着支援面談をお願いできればと思います。

・勤務：週4日・1日5時間（品出し・分包補助）
・最近の様子：電話応対の後に強い疲労を訴える／10月の欠勤4日
・本人は面談を希望しています

店舗での配慮事項（指示の出し方など）についてもご助言いただけますと幸いです。
""" + sig("雨宮 有紀", "人事総務部", tel="045-228-7305"),
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one employee's disability and health details to an outside support centre",
    },
    {
        "id": "pharmacy-060", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "お客様相談室 瓜生 <uryu.m@hinode-sangyo.co.jp>",
        "to": ["秋津 尚美 <naomi.akitsu@yahoo.co.jp>"],
        "subject": "Re: 港南台店の対応について",
        "body": """秋津 尚美 様

ひので薬局 お客様相談室の瓜生と申します。
このたびは港南台店の対応により大変ご不快な思いをおかけし、誠に申し訳ございません。

ご指摘の点は店舗全体で共有し、お薬の説明は相談カウンターで小声で行う、
ご希望の方は個室でご説明するなどの改善を直ちに実施いたしました。
改めてお電話でお詫びさせていただきたく、ご都合のよい日時をお知らせいただけますでしょうか。

ひので薬局 お客様相談室　瓜生 真紀子
TEL 0120-481-220（平日 9:00～18:00）

----- Original Message -----
From: 秋津 尚美
> 私は昨年からうつ病と不安障害で上大岡メンタルクリニックに通院しています。
> 11月12日に港南台店で薬を受け取った際、待合に他のお客さんがいるのに
> 薬剤師の方が大きな声で「睡眠薬と抗うつ薬が出ていますね」と言いました。
""",
        "entities": [], "detectors": ["freemail_recipient"],
        "note": "apology to the complainant on free mail; her health details appear only in her quoted text",
    },
]

MESSAGES += [
    {
        "id": "pharmacy-061", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "日吉店 五十嵐 <igarashi.n@hinode-sangyo.co.jp>",
        "to": ["星野ジェネリック製薬 くすり相談室 <di@hoshino-generic.co.jp>"],
        "subject": "カプセル基剤（ゼラチン）の由来についての問合せ",
        "body": """星野ジェネリック製薬株式会社
くすり相談室 御中

お世話になっております。ひので薬局日吉店の五十嵐です。
当店に通院中の患者様について、製品の原料についてお教えください。

患者様：アフマド・ラシード 様（日吉在住、留学生、28歳）
ご本人がイスラム教徒のため、豚由来の成分を含む医薬品は服用できないとのことです。
今回、胃潰瘍の治療でランソプラゾールカプセル15mg「ホシノ」が処方されました。

・カプセル皮膜のゼラチンの由来（豚／牛／魚）
・ハラール対応の代替品（OD錠など）の有無

ご回答をお待ちしております。
""" + store_sig("五十嵐 直人", "日吉店", "045-561-0218", "〒223-0062 神奈川県横浜市港北区日吉本町1-5-30"),
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named patient's religion and illness to a drug maker's information desk",
    },
    {
        "id": "pharmacy-062", "expect": "pass", "charset": "utf-8",
        "sender": "エリアマネージャー 浦辺 <urabe.t@hinode-sangyo.co.jp>",
        "to": ["港南台店 <konandai@hinode-sangyo.co.jp>", "上大岡店 <kamiooka@hinode-sangyo.co.jp>",
               "戸塚駅前店 <totsuka@hinode-sangyo.co.jp>"],
        "subject": "12月 応援シフト（南横浜エリア）確定版",
        "body": """各店 店長・管理薬剤師 各位

浦辺です。12月の応援シフトが確定しました。急な変更は下記の携帯へ直接連絡してください。

日付    応援者        元店舗      応援先      連絡先
12/6    岩佐 朋美     港南台      上大岡      090-2237-6610
12/13   小鳥遊 亮     戸塚駅前    港南台      070-3329-1845
12/20   栗城 彩       上大岡      戸塚駅前    070-6614-2281
12/27   須藤 隼       上大岡      港南台      080-4437-9021
12/27   蒔田 浩一     戸塚駅前    上大岡      090-5516-0273
12/30   保科 雅人     （派遣）    港南台      090-3380-1274

年末は処方せん集中が予想されます。よろしくお願いします。
""",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "shift list with staff mobiles, all recipients internal",
    },
    {
        "id": "pharmacy-063", "expect": "stop", "charset": "utf-8",
        "sender": "情報システム課 久我 <kuga.n@hinode-sangyo.co.jp>",
        "to": ["野島 篤 <a-nojima@hinode-sangvo.co.jp>"],
        "subject": "店舗用タブレットの初期設定手順",
        "body": """野島さん

お疲れさまです。情報システム課の久我です。
来週から各店に配布する服薬指導用タブレットの初期設定手順です。

1. 電源投入後、Wi-Fi「HINODE-STORE」に接続
2. MDMプロファイルをインストール（QRコードは店舗に郵送済み）
3. 薬歴アプリにログインし、店舗コードを選択
4. 動作確認後、設定完了チェックシートを返送

不明点はヘルプデスク内線7360までどうぞ。

久我
""",
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "hinode-sangvo.co.jp: y replaced by v in the company's own domain",
    },
    {
        "id": "pharmacy-064", "expect": "stop", "charset": "shift_jis",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["朝霧薬品工業 営業本部 <sales@asagiri-yakuhin.co.jp>"],
        "subject": "【社外秘】2026年度 取引条件のご提示（ボリュームリベート）",
        "body": """【社外秘】

朝霧薬品工業株式会社
営業本部 坪内様

お世話になっております。日の出産業 購買課の森永です。
先日の商談を踏まえ、弊社としての2026年度取引条件案をご提示いたします。

・年間購入額 1億2,000万円以上：リベート 2.5%
・同 1億5,000万円以上：リベート 3.2%
・全店採用品目の切替保証：12品目（別紙）
・支払条件：月末締め翌々月10日払い

本条件は弊社内でも限られた者のみで検討している内容です。
ご確認のほどよろしくお願いいたします。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "entities": [], "detectors": ["confidential_marking"],
        "note": "subject and body stamped 【社外秘】 going to a supplier",
    },
    {
        "id": "pharmacy-065", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "薬事統括室 柴崎 <shibasaki.h@hinode-sangyo.co.jp>",
        "to": ["鎌倉店 朝比奈 <asahina.o@hinode-sangyo.co.jp>"],
        "cc": ["在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>"],
        "subject": "Re: 疑義照会記録の確認（11月分）",
        "body": """朝比奈さん

柴崎です。11月分の疑義照会記録、確認しました。
次の2件は記載が不十分なので、回答した医師名と回答時刻を追記してください。

・11/6 長谷 勝利 様（S24.5.3生）脳梗塞後遺症 クロピドグレル＋アスピリン併用の継続確認
  → 北鎌倉診療所 回答あり、医師名未記載
・11/18 楠木 トミ 様（S11.9.14生）認知症 ドネペジル増量（5→10mg）の確認
  → 回答時刻未記載

それ以外は問題ありません。

柴崎
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "inquiry records with patients' diagnoses, internal only",
    },
    {
        "id": "pharmacy-066", "expect": "stop", "charset": "utf-8",
        "sender": "在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 配車センター <haisha@aoba-unyu.jp>"],
        "subject": "年末年始の在宅配送便 運行表",
        "body": """青葉運輸株式会社 配車センター御中

お世話になっております。在宅推進室の神代です。
年末年始の在宅配送便の運行表です。

12/29（月）通常運行
12/30（火）午前便のみ
12/31（水）～1/3（土）運休（緊急時は各店から個別手配）
1/4（日）午後便のみ
1/5（月）通常運行

ご確認のほどよろしくお願いします。
""" + sig("神代 優子", "在宅推進室", tel="045-228-7347"),
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp",
    },
    {
        "id": "pharmacy-067", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "大船店 御手洗 <mitarai.s@hinode-sangyo.co.jp>",
        "to": ["大船ホームクリニック <info@ofuna-home-cl.jp>"],
        "subject": "RE: 藤堂様の麻薬処方について",
        "body": """大船ホームクリニック
芦沢先生

ご回答ありがとうございました。
ご指示のとおり、次回分からレスキュー薬を1回5mgに変更して調剤いたします。
本日夕方に患者様宅へお届けし、ご家族へ使用方法をご説明します。

ひので薬局大船店　御手洗 咲

差出人: 芦沢 <ashizawa@ofuna-home-cl.jp>
送信日時: 2025年11月19日 12:41
宛先: 御手洗 咲
件名: 藤堂様の麻薬処方について

御手洗先生
藤堂 君代 様（末期すい臓がん）ですが、疼痛増強のためオキシコドン速放散のレスキューを
2.5mgから5mgへ増量します。腎機能は問題ありません。よろしくお願いします。
芦沢
""",
        "entities": [], "detectors": [],
        "note": "the patient's cancer and opioid details appear only in the doctor's quoted message",
    },
    {
        "id": "pharmacy-068", "expect": "stop", "charset": "utf-8",
        "sender": "店舗開発課 江藤 <eto.k@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
        "subject": "相模原店 開店チラシの入稿について",
        "body": """錦印刷株式会社
営業部 田辺様

お世話になっております。日の出産業 店舗開発課の江藤です。
相模原店オープンチラシ（B4両面・4色）の入稿データを来週月曜にお送りします。

・部数：30,000部（新聞折込 25,000／店頭 5,000）
・納品：2026年2月20日（金）
・折込エリア：相模原市南区・中央区

色校正は1回でお願いします。
""" + sig("江藤 啓介", "店舗開発課", tel="045-228-7352"),
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops an s from partner nishiki-insatsu.co.jp",
    },
    {
        "id": "pharmacy-069", "expect": "stop", "charset": "utf-8",
        "sender": "日吉店 五十嵐 <igarashi.n@hinode-sangyo.co.jp>",
        "to": ["港北中央病院 薬剤部 <yakuzai@kohoku-chuo-hp.or.jp>"],
        "subject": "服薬情報提供書（トレーシングレポート）送付",
        "body": """港北中央病院 薬剤部 御中
（循環器内科 主治医 先生へお取次ぎください）

いつもお世話になっております。ひので薬局日吉店の五十嵐です。
患者様の服薬状況についてトレーシングレポートを添付いたします。
緊急性はございませんが、次回診察時にご確認いただけますと幸いです。
""" + store_sig("五十嵐 直人", "日吉店", "045-561-0218", "〒223-0062 神奈川県横浜市港北区日吉本町1-5-30"),
        "attachments": [{
            "kind": "pdf", "name": "tracing_report_20251121.pdf", "title": "服薬情報提供書",
            "lines": [
                "服薬情報提供書（トレーシングレポート）",
                "報告日：2025年11月21日　　報告者：ひので薬局日吉店 薬剤師 五十嵐 直人",
                "",
                "患者氏名：大河内 巌 様　　性別：男　　生年月日：昭和25年12月30日",
                "住所：横浜市港北区日吉4-8-15　　電話：045-561-7720",
                "処方医療機関：港北中央病院 循環器内科",
                "",
                "【報告内容】",
                "・慢性心不全、心房細動にて通院中。",
                "・トルバプタン錠7.5mg 服用開始後、口渇の訴えが強く、水分を1日3L以上摂取しているとのこと。",
                "・自宅血圧 100/60 前後、ふらつきの訴えあり。",
                "・残薬確認でビソプロロール錠が14日分余っており、飲み忘れが続いている様子。",
                "",
                "【薬剤師としての提案】",
                "・一包化およびお薬カレンダーの導入をご検討ください。",
            ],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "PDF tracing report with one patient's identity and medical details to a hospital",
    },
    {
        "id": "pharmacy-070", "expect": "pass", "charset": "shift_jis",
        "sender": "総務課 宇津木 <utsugi.k@hinode-sangyo.co.jp>",
        "to": ["アルセキュア警備 契約管理課 <keiyaku@alsecure-keibi.co.jp>"],
        "subject": "入館カード発行依頼（相模原店 準備室 2名）",
        "body": """アルセキュア警備株式会社
契約管理課 御中

お世話になっております。総務課の宇津木です。
相模原店の開設準備に伴い、仮事務所の入館カードを2名分発行してください。

・沼尻 大輔　携帯 080-2265-9041　利用開始 12/1
・檀 ゆかり　携帯 070-3318-5527　利用開始 12/8

カードは本部総務課宛に送付をお願いします。
""" + sig("宇津木 健", "総務課", tel="045-228-7302"),
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two staff members' names and mobiles: under five people, may be warned",
    },
    {
        "id": "pharmacy-071", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "藤沢店 鳴海 <narumi.s@hinode-sangyo.co.jp>",
        "to": ["kato.hiroko1960@gmail.com", "m.oikawa@docomo.ne.jp", "yoshie-kuwana@ezweb.ne.jp",
               "t.sekiguchi55@yahoo.co.jp", "harada.family@icloud.com"],
        "subject": "【ひので薬局藤沢店】年末年始の営業についてのお知らせ",
        "body": """お薬のお受け取り予定の皆さま

いつもひので薬局藤沢店をご利用いただき、ありがとうございます。
年末年始の営業時間をお知らせいたします。

12/29（月）9:00～18:30
12/30（火）9:00～13:00
12/31（水）～1/3（土）休業
1/4（日）より通常営業

休業期間中にお薬が切れそうな方は、12/27までにご来局ください。

ひので薬局 藤沢店
TEL 0466-25-3390
""",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "five patients' private addresses visible to each other in To",
    },
    {
        "id": "pharmacy-072", "expect": "stop", "charset": "utf-8",
        "sender": "経営企画部 志賀 <shiga.t@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin@midori-ginko.co.jp>"],
        "subject": "相模原店 出店資金のご相談　資料送付",
        "body": """みどり銀行 法人営業部
浅香様

いつもお世話になっております。日の出産業 経営企画部の志賀です。
先日ご相談した相模原店出店に係る設備資金について、店舗別収支資料をお送りします。
ご検討のほどよろしくお願いいたします。
""" + sig("志賀 拓郎", "経営企画部", tel="045-228-7312"),
        "attachments": [{
            "kind": "pdf", "name": "店舗別収支_2025上期.pdf", "title": "店舗別収支（2025年度上期）",
            "page_footer": "部外秘　日の出産業株式会社 経営企画部",
            "lines": ["店舗別収支（2025年度上期）", "単位：千円", ""],
            "table": [
                ["店舗", "売上", "薬剤費", "人件費", "営業利益"],
                ["港南台", "312,400", "221,800", "48,200", "21,300"],
                ["戸塚駅前", "398,100", "285,600", "55,900", "29,800"],
                ["大船", "276,500", "199,400", "44,100", "15,600"],
                ["辻堂", "181,200", "134,700", "39,800", "-6,900"],
            ],
        }],
        "entities": [], "detectors": ["confidential_marking"],
        "note": "PDF footer stamped 部外秘, sent to the bank",
    },
    {
        "id": "pharmacy-073", "expect": "pass", "charset": "utf-8",
        "sender": "総務課 宇津木 <utsugi.k@hinode-sangyo.co.jp>",
        "to": ["たびネット横浜 法人営業 <hojin@tabinet-yokohama.co.jp>"],
        "subject": "2月 エリア会議の宿泊先候補について",
        "body": """たびネット横浜 菅沼様

お世話になっております。宇津木です。
2月のエリア会議（名古屋）の宿泊先、下記候補の空室状況をご確認いただけますか。

ホテル名                          住所                           電話
ホテルグランメイト名駅             名古屋市中村区名駅3-22-8       052-551-7700
名古屋ステーションイン錦           名古屋市中区錦1-11-20          052-203-3311
さくらホテル名古屋（提携）          名古屋市中区栄2-4-1            052-221-0800

2/12チェックイン・1泊、シングル14室です。
""" + sig("宇津木 健", "総務課", tel="045-228-7302"),
        "entities": [], "detectors": [],
        "note": "a list of hotels (businesses), not people",
    },
    {
        "id": "pharmacy-074", "expect": "stop", "charset": "shift_jis",
        "sender": "経理部 曽我 <soga.r@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 みなとみらい支店 <mm-branch@midori-gink0.co.jp>"],
        "subject": "12月分 総合振込データ送信予定のご連絡",
        "body": """みどり銀行 みなとみらい支店
法人窓口 御中

いつもお世話になっております。日の出産業 経理部の曽我です。
12月の総合振込について、データ送信予定をご連絡いたします。

・12/10（水）仕入先支払分　約 412件
・12/25（木）給与振込分（別途）
・12/26（金）賞与振込分

伝送時間は各日とも10時頃を予定しております。
""" + sig("曽我 竜也", "経理部", tel="045-228-7326"),
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "midori-gink0.co.jp: the letter o replaced by the digit 0 in the partner bank's domain",
    },
    {
        "id": "pharmacy-075", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "店舗開発課 江藤 <eto.k@hinode-sangyo.co.jp>",
        "to": ["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
        "cc": ["ツバサシステム 柚木様 <yuki.s@tsubasa-system.jp>"],
        "subject": "全自動分包機とレセコン連携の不具合対応について",
        "body": """川崎電機株式会社 サービス部 新谷様
ツバサシステム株式会社 柚木様

お世話になっております。日の出産業 店舗開発課の江藤です。
戸塚駅前店で、レセコンから分包機への処方データ送信が時々途切れる件、
原因の切り分けのため両社合同で現地確認をお願いしたく存じます。

候補：11/27（木）19:30～（閉店後）
発生頻度：1日2～3回、主に17時台
エラーコード：分包機側 E-214、レセコン側 通信タイムアウト

ご都合いかがでしょうか。
""" + sig("江藤 啓介", "店舗開発課", tel="045-228-7352"),
        "entities": [], "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To/Cc for a joint on-site check",
    },
    {
        "id": "pharmacy-076", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "日吉店 五十嵐 <igarashi.n@hinode-sangyo.co.jp>",
        "to": ["港北中央病院 地域連携室 <renkei@kohoku-chuo-hp.or.jp>"],
        "cc": ["港北こどもクリニック <office@kohoku-kodomo.jp>", "日吉整形外科 <info@hiyoshi-seikei.jp>",
               "ひよし訪問看護 <info@hiyoshi-houkan.jp>"],
        "subject": "日吉地区 多職種連携勉強会（1月）のご案内",
        "body": """関係各位

いつもお世話になっております。ひので薬局日吉店の五十嵐です。
恒例の日吉地区多職種連携勉強会を下記のとおり開催いたします。

日時：2026年1月22日（木）19:00～20:30
会場：日吉地区センター 会議室B（Web参加可）
テーマ：「ポリファーマシー対策 ―処方提案の実例から―」

出欠を1/9までにご返信ください。
""" + store_sig("五十嵐 直人", "日吉店", "045-561-0218", "〒223-0062 神奈川県横浜市港北区日吉本町1-5-30"),
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four outside organisations see each other's addresses in To/Cc",
    },
    {
        "id": "pharmacy-077", "expect": "pass", "charset": "utf-8",
        "sender": "お客様相談室 瓜生 <uryu.m@hinode-sangyo.co.jp>",
        "to": ["アンケートラボ 集計チーム <report@enquete-lab.co.jp>"],
        "subject": "患者満足度調査 集計結果（2025年秋）確認",
        "body": """アンケートラボ株式会社
集計チーム 御中

お世話になっております。お客様相談室の瓜生です。
集計結果を確認しました。報告書の表はこちらの数字で確定とさせてください。

設問                         とても満足  満足   普通   不満   回答数
待ち時間                      18%        37%    29%    16%    2,144
薬剤師の説明のわかりやすさ    41%        44%    12%     3%    2,139
プライバシーへの配慮          22%        39%    27%    12%    2,120
店内の清潔さ                  35%        48%    15%     2%    2,141

自由記述のうち個人が特定できる記載は、報告書ではマスキングをお願いします。
""" + sig("瓜生 真紀子", "お客様相談室", tel="045-228-7370"),
        "entities": [], "detectors": [],
        "note": "survey percentages only, no person",
    },
    {
        "id": "pharmacy-078", "expect": "stop", "charset": "utf-8",
        "sender": "薬事統括室 柴崎 <shibasaki.h@hinode-sangyo.co.jp>",
        "to": ["美浜ファーマ 安全管理部 <safety@mihama-pharma.co.jp>"],
        "subject": "副作用疑い症例のご報告（モンテルカスト錠10mg「ミハマ」）",
        "body": """美浜ファーマ株式会社
安全管理部 御中

お世話になっております。日の出産業 薬事統括室の柴崎です。
貴社製品服用後の副作用疑い症例について、店舗から報告がありましたので
報告書（Word）をお送りします。ご確認のうえ、詳細調査が必要でしたらご連絡ください。
""" + sig("柴崎 弘美", "薬事統括室", tel="045-228-7318"),
        "attachments": [{
            "kind": "docx", "name": "副作用報告_20251118_藤沢店.docx", "title": "副作用疑い症例報告",
            "paragraphs": [
                "副作用疑い症例報告書",
                "報告薬局：ひので薬局 藤沢店（報告者：鳴海 しおり）",
            ],
            "tables": [[
                ["項目", "内容"],
                ["患者氏名", "綾部 壮太（あやべ そうた）"],
                ["生年月日", "2012年7月21日（13歳・男）"],
                ["原疾患", "気管支喘息、アレルギー性鼻炎"],
                ["被疑薬", "モンテルカスト錠10mg「ミハマ」 1日1回就寝前"],
                ["副作用", "服用開始2週間後より悪夢・夜驚、日中のイライラ（保護者申告）"],
                ["転帰", "11/15 主治医判断で中止、症状軽快中"],
                ["主治医", "湘南南クリニック 小児科"],
            ]],
        }],
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX adverse-event report naming a child with birth date and diagnoses, to the maker",
    },
    {
        "id": "pharmacy-079", "expect": "pass", "charset": "shift_jis",
        "sender": "戸塚駅前店 小鳥遊 <takanashi.r@hinode-sangyo.co.jp>",
        "to": ["fuji.kaoru0814@yahoo.co.jp"],
        "subject": "Re: 駐車場とお薬の受け取りについて",
        "body": """藤 薫 様

ひので薬局戸塚駅前店の小鳥遊です。お問い合わせありがとうございます。

当店には専用駐車場はございませんが、隣接の「戸塚第一パーキング」をご利用の場合、
2,000円以上のお会計で1時間分の駐車券をお渡ししております。
また、処方せんを事前にFAXまたはアプリで送信いただければ、
お待たせせずにお渡しできますのでぜひご利用ください。

FAX：045-862-3309
受付時間：平日 9:00～20:00、土曜 9:00～17:00

ひので薬局 戸塚駅前店
TEL 045-862-3301
""",
        "entities": [], "detectors": ["freemail_recipient"],
        "note": "reply to one customer on free mail about parking: no personal data",
    },
    {
        "id": "pharmacy-080", "expect": "stop", "charset": "utf-8",
        "sender": "情報システム課 久我 <kuga.n@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 <dev@tsubasa-system.jp>"],
        "subject": "電子薬歴クラウド移行　要件定義資料（v0.9）",
        "body": """ツバサシステム株式会社
開発部 御中

お世話になっております。情報システム課の久我です。
要件定義資料 v0.9 を送付します。次回定例（12/3）でレビューをお願いいたします。
""" + sig("久我 直樹", "情報システム課", tel="045-228-7360"),
        "attachments": [{
            "kind": "pptx", "name": "薬歴クラウド移行_要件定義_v0.9.pptx",
            "title": "電子薬歴クラウド移行 要件定義",
            "page_footer": "Internal Only - Hinode Sangyo Co., Ltd.",
            "slides": [
                ["電子薬歴クラウド移行 要件定義 v0.9", "日の出産業株式会社 情報システム課", "2025年11月"],
                ["現行システムの課題", "店舗ごとのオンプレサーバー（12台）の保守費増大", "バックアップの不統一", "在宅訪問時に薬歴を参照できない"],
                ["非機能要件", "稼働率 99.9%", "データは国内リージョンに保管", "アクセスログ5年保存"],
                ["移行スケジュール", "2026年4月 パイロット（港南台店）", "2026年7月 全店展開"],
            ],
        }],
        "entities": [], "detectors": ["confidential_marking"],
        "note": "every slide of the PPTX carries an Internal Only footer, sent to the vendor",
    },
]

MESSAGES += [
    {
        "id": "pharmacy-081", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "総務課 宇津木 <utsugi.k@hinode-sangyo.co.jp>",
        "to": ["アルセキュア警備 横浜営業所 <yokohama@alsecure-keibi.co.jp>"],
        "subject": "上大岡店 閉店後の巡回強化のお願い",
        "body": """アルセキュア警備株式会社 横浜営業所 御中

いつもお世話になっております。日の出産業 総務課の宇津木です。
上大岡店の女性薬剤師 栗城 彩 が、10月から元交際相手によるつきまとい被害を受けており、
11/15 に港南警察署へ被害届を提出、現在ストーカー規制法に基づく警告が出ています。

本人の帰宅時間帯（19:30～20:00）に店舗周辺の巡回を強化していただけますでしょうか。
不審者を見かけた場合は、店舗ではなく本部総務（045-228-7302）へご連絡ください。
""" + sig("宇津木 健", "総務課", tel="045-228-7302"),
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee as a crime (stalking) victim, to the security company",
    },
    {
        "id": "pharmacy-082", "expect": "pass", "charset": "shift_jis",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["緑陽医薬 横浜支店 三宅様 <miyake.j@ryokuyo-iyaku.co.jp>"],
        "subject": "限定出荷品目の割当状況（11月第4週）",
        "body": """緑陽医薬株式会社
三宅様

お世話になっております。森永です。
今週の割当状況、下記で認識に相違ないかご確認ください。

品名                               月間割当   当月入荷済   残
カルボシステイン錠500mg「アサギリ」   120箱      92箱       28箱
トラネキサム酸錠250mg「スイレイ」    80箱       80箱        0箱
アセトアミノフェン錠200mg「ホシノ」   150箱      101箱      49箱
デキストロメトルファン錠15mg「ミハマ」 60箱       38箱       22箱

トラネキサム酸は追加割当の可能性があれば優先的にお願いします。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "entities": [], "detectors": [],
        "note": "product allocation table, no people",
    },
    {
        "id": "pharmacy-083", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "内定者の経歴に関するご相談",
        "body": """白川先生

お世話になっております。人事総務部の雨宮です。
来春入社予定の薬剤師内定者 檜垣 亮平（28歳）について、本人からの申告で、
2022年に医薬品医療機器等法違反（未承認医薬品の個人輸入・転売）で逮捕され、
略式起訴・罰金刑を受けていたことが判明しました。
薬剤師免許への行政処分（業務停止1か月）も受けています。

内定取消しの可否、または入社後の配置上の配慮について、ご意見を伺えますでしょうか。
""" + sig("雨宮 有紀", "人事総務部", tel="045-228-7305"),
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named candidate's arrest and criminal record sent outside (even to the firm's lawyer)",
    },
    {
        "id": "pharmacy-084", "expect": "stop", "charset": "utf-8",
        "sender": "法務課 白石 <shiraishi.e@hinode-sangyo.co.jp>",
        "to": ["白川 先生 <shirakawa@shirakawa-iaw.jp>"],
        "subject": "12/4 打合せの議題について",
        "body": """白川先生

お世話になっております。日の出産業 法務課の白石です。
12/4（木）15時からの打合せ、議題は以下を予定しております。

1. 薬局賠償責任保険の更新条件の確認
2. 電子薬歴クラウド移行に伴う業務委託契約のレビュー
3. 店舗賃貸借契約（辻堂店）の中途解約条項

資料は前日までにお送りします。
""" + sig("白石 恵理", "法務課", tel="045-228-7308"),
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "shirakawa-iaw.jp puts an i in place of the l of partner shirakawa-law.jp",
    },
    {
        "id": "pharmacy-085", "expect": "either", "charset": "iso-2022-jp",
        "sender": "在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["湯浅 キヌヨ <kinuyo.yuasa@softbank.ne.jp>"],
        "subject": "お薬のお届け日のご案内（ひので薬局）",
        "body": """湯浅 キヌヨ 様

いつもひので薬局をご利用いただきありがとうございます。在宅推進室の神代です。
次回のお薬のお届けについてご案内いたします。

お届け日：12月2日（火）午前
お薬：インスリン デグルデク注（冷蔵）、メトホルミン錠250mg（朝夕食後）
　　　※糖尿病のお薬のため、低血糖時用のブドウ糖も同梱いたします。

ご不在の場合は港南台店（045-833-4410）までご連絡ください。
""" + sig("神代 優子", "在宅推進室", tel="045-228-7347"),
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "the patient's own medicines and illness sent to her own free-mail address: disclosure to the data subject",
    },
    {
        "id": "pharmacy-086", "expect": "stop", "charset": "shift_jis",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["緑陽医薬 本社 営業企画部 <kikaku@ryokuyo-iyaku.co.jp>"],
        "subject": "2026年度 基本取引契約書（改定案）の送付",
        "body": """緑陽医薬株式会社
営業企画部 御中

お世話になっております。日の出産業 購買課の森永です。
2026年度の基本取引契約書の改定案をお送りします。
主な変更点は第8条（返品条件）と第12条（価格改定時の取扱い）です。
ご確認のほどよろしくお願いいたします。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "attachments": [{
            "kind": "docx", "name": "基本取引契約書_2026改定案.docx", "page_header": "社外秘",
            "title": "医薬品基本取引契約書（改定案）",
            "paragraphs": [
                "医薬品基本取引契約書（2026年度改定案）",
                "第8条（返品）乙は、期限切迫品（有効期限6か月未満）について、納入価格の80%で返品を受け付ける。",
                "第12条（価格改定）薬価改定時は、改定後30日以内に双方協議の上、納入価格を改定する。",
                "第15条（支払）月末締め、翌々月10日払いとする。",
            ],
        }],
        "entities": [], "detectors": ["confidential_marking"],
        "note": "DOCX page header stamped 社外秘, sent to the wholesaler",
    },
    {
        "id": "pharmacy-087", "expect": "stop", "charset": "utf-8",
        "sender": "経営企画部 志賀 <shiga.t@hinode-sangyo.co.jp>",
        "to": ["ファーマ経営コンサルティング <info@pharma-keiei.co.jp>"],
        "subject": "後発品メーカー評価シートの共有",
        "body": """ファーマ経営コンサルティング
阿久根様

お世話になっております。経営企画部の志賀です。
先日お話しした後発品メーカーの評価シートを共有します。
評価軸の妥当性についてご意見をいただけますと幸いです。
""" + sig("志賀 拓郎", "経営企画部", tel="045-228-7312"),
        "attachments": [{
            "kind": "xlsx", "name": "GEメーカー評価_2025.xlsx", "page_header": "CONFIDENTIAL",
            "title": "後発品メーカー評価 2025",
            "sheets": {
                "総合評価": [
                    ["後発品メーカー評価（2025年度）"],
                    ["メーカー", "供給安定性", "価格", "情報提供", "総合"],
                    ["星野ジェネリック製薬", "A", "B", "A", "A"],
                    ["朝霧薬品工業", "C", "A", "B", "B"],
                    ["美浜ファーマ", "B", "B", "C", "B"],
                    ["翠嶺製薬", "B", "C", "A", "B"],
                ],
                "根拠データ": [
                    ["メーカー", "欠品回数（年）", "平均値引率"],
                    ["星野ジェネリック製薬", 2, "18.5%"],
                    ["朝霧薬品工業", 11, "24.1%"],
                ],
            },
        }],
        "entities": [], "detectors": ["confidential_marking"],
        "note": "XLSX whose page header is CONFIDENTIAL, sent to an outside consultant",
    },
    {
        "id": "pharmacy-088", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "教育研修課 鳥海 <chokai.m@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
        "subject": "宿泊予約のお願い（12/12 1名）",
        "body": """さくらホテル 宿泊予約ご担当様

いつもお世話になっております。日の出産業 教育研修課の鳥海です。
研修講師の前泊について、下記のとおり予約をお願いいたします。

宿泊者：戸叶 瑞穂 様
連絡先：080-5527-1093
日程：12/12（金）チェックイン 1泊　シングル禁煙
お支払い：法人請求（日の出産業株式会社 教育研修課）

到着は21時頃の予定です。
""" + sig("鳥海 真琴", "教育研修課", tel="045-228-7315"),
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one guest's name and mobile to the partner hotel: may be warned, must go",
    },
    {
        "id": "pharmacy-089", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "お客様相談室 瓜生 <uryu.m@hinode-sangyo.co.jp>",
        "to": ["あけぼの海上火災 医療賠償課 <iryobaisho@akebono-kaijo.co.jp>"],
        "subject": "【取扱注意】薬局賠償責任保険　事故報告（日吉店）",
        "body": """━━━━━━━━━━━━━━━━━━
　取扱注意
━━━━━━━━━━━━━━━━━━

あけぼの海上火災保険株式会社
医療賠償課 御中

いつもお世話になっております。日の出産業 お客様相談室の瓜生です。
薬局賠償責任保険（証券番号 PL-2025-448120）に関して、事故報告をいたします。

発生日：2025年11月14日
発生店舗：ひので薬局 日吉店
患者様：氏家 房江 様（76歳）
内容：ジゴキシン錠の規格違いを交付。2日間服用し嘔気・徐脈で救急受診、入院加療中。
既往：心不全、慢性腎臓病
ご家族より治療費・慰謝料の請求の意向あり。

詳細な経緯書は追って郵送いたします。
""" + sig("瓜生 真紀子", "お客様相談室", tel="045-228-7370"),
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "body stamped 取扱注意 and a named patient's injury and diagnoses to the insurer",
    },
    {
        "id": "pharmacy-090", "expect": "stop", "charset": "utf-8",
        "sender": "鎌倉店 朝比奈 <asahina.o@hinode-sangyo.co.jp>",
        "to": ["北鎌倉診療所 <clinic@kitakamakura-shinryo.jp>"],
        "subject": "処方せん原本スキャン（11月分）送付",
        "body": """北鎌倉診療所 事務ご担当様

お世話になっております。ひので薬局鎌倉店の朝比奈です。
ご依頼の11月分 在宅患者様の処方せんスキャンデータをZIPでお送りします。
パスワードは別途メールにてお送りいたします。
""" + store_sig("朝比奈 修", "鎌倉店", "0467-22-5081", "〒248-0006 神奈川県鎌倉市小町1-7-3", "管理薬剤師"),
        "attachments": [{
            "kind": "zip", "name": "shohosen_scan_202511.zip", "password": "kmkr-1125",
            "files": [
                {"kind": "pdf", "name": "shohosen_01.pdf", "lines": ["処方せん", "患者氏名 楠木 トミ", "ドネペジル塩酸塩OD錠10mg"]},
                {"kind": "pdf", "name": "shohosen_02.pdf", "lines": ["処方せん", "患者氏名 長谷 勝利", "クロピドグレル錠75mg"]},
            ],
        }],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) cannot be inspected",
    },
    {
        "id": "pharmacy-091", "expect": "either", "charset": "shift_jis",
        "sender": "エリアマネージャー 浦辺 <urabe.t@hinode-sangyo.co.jp>",
        "to": ["メディスタッフネクスト 石動様 <isurugi@medistaff-next.co.jp>"],
        "subject": "1月前半の勤務予定（派遣・社員 混成）",
        "body": """石動様

お世話になっております。浦辺です。
1月前半の勤務予定です。派遣の方の勤務日と、同じ日に入る社員の名前を共有しますので、
引継ぎ相手の確認にお使いください。

氏名          区分    1/5  1/6  1/7  1/8  1/9
保科 雅人     派遣    早   早   休   遅   遅
名取 さやか   派遣    遅   休   早   早   休
岩佐 朋美     社員    早   遅   遅   休   早
栗城 彩       社員    休   早   早   遅   遅
須藤 隼       社員    遅   遅   休   早   早
千葉 恵美子   パート  早   休   早   休   早

浦辺
""",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "six names with work shifts but no contact data or identifiers to the staffing agency: borderline list",
    },
    {
        "id": "pharmacy-092", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "給与厚生課 能勢 <nose.a@hinode-sangyo.co.jp>",
        "to": ["大橋社会保険労務士事務所 <office@ohashi-sr.jp>"],
        "subject": "算定基礎届の控え（PDF）",
        "body": """大橋先生

お世話になっております。給与厚生課の能勢です。
算定基礎届の控えをPDFでお送りします。
社内規程によりパスワードを設定していますので、別途お電話でお伝えします。
""" + sig("能勢 麻美", "給与厚生課", tel="045-228-7328"),
        "attachments": [{
            "kind": "pdf", "name": "santei_kiso_2025.pdf", "password": "Ohashi2025!",
            "lines": ["健康保険・厚生年金保険 被保険者報酬月額算定基礎届（控）", "事業所：日の出産業株式会社"],
        }],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "encrypted PDF cannot be inspected",
    },
    {
        "id": "pharmacy-093", "expect": "pass", "charset": "utf-8",
        "sender": "請求管理課 笹倉 <sasakura.h@hinode-sangyo.co.jp>",
        "to": ["辻堂店 <tsujido@hinode-sangyo.co.jp>", "藤沢店 <fujisawa@hinode-sangyo.co.jp>"],
        "subject": "保険証確認待ちの患者様（至急）",
        "body": """辻堂店・藤沢店 ご担当

請求管理課の笹倉です。以下の患者様、保険証（資格確認書）の再確認をお願いします。
12/3のレセプト締めまでに確認できない場合は月遅れ請求になります。

・阿部川 純 様（1987/09/09）保険者番号 32140018 記号 湘共 番号 10552 → 負担割合未確定
・沖津 和彦 様（1971/11/30）保険者番号 01140019 記号 8210 番号 1174 → 保険証確認待ち
・国府田 茜 様（1999/06/18）保険者番号 06273418 記号 3301 番号 77 → 被扶養者認定中
・長谷部 稔 様（1958/01/27）保険者番号 06140221 記号 鎌倉12 番号 338 → 保険証確認待ち
・潮田 ゆき 様（1963/03/03）保険者番号 06133504 記号 7115 番号 82 → 資格確認エラー

笹倉
""",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": [],
        "note": "insurance numbers of 5 patients, sent only to internal shop mailboxes",
    },
    {
        "id": "pharmacy-094", "expect": "stop", "charset": "shift_jis",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["星野ジェネリック製薬 学術営業部 <eigyo@hoshino-generic.co.jp>"],
        "subject": "11月分 使用実績データ",
        "body": """星野ジェネリック製薬株式会社
学術営業部 御中

お世話になっております。購買課の森永です。
11月分の貴社製品使用実績をExcelでお送りします。
ファイルが開けない等ございましたらご連絡ください。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322"),
        "attachments": [{"kind": "corrupt", "name": "使用実績_202511_星野.xlsx"}],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be read",
    },
    {
        "id": "pharmacy-095", "expect": "either", "charset": "utf-8",
        "sender": "薬事統括室 柴崎 <shibasaki.h@hinode-sangyo.co.jp>",
        "to": ["翠嶺製薬 安全管理部 <safety@suirei-seiyaku.co.jp>"],
        "subject": "副作用疑い症例の情報提供（匿名化済み）",
        "body": """翠嶺製薬株式会社
安全管理部 御中

お世話になっております。日の出産業 薬事統括室の柴崎です。
貴社製品に関する副作用疑い症例の情報提供です。患者氏名は伏せております。

患者：70代男性、ひので薬局大船店 かかりつけ（2019年より来局）
原疾患：高血圧症、痛風
被疑薬：ツロブテロールテープ2mg「スイレイ」
症状：貼付部位の重度の発赤・水疱（11/10頃から）
転帰：11/17 大船皮膚科で中止指示、軽快傾向

詳細調査が必要な場合は、店舗の管理薬剤師 御手洗 が対応いたします。
""" + sig("柴崎 弘美", "薬事統括室", tel="045-228-7318"),
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "pseudonymised adverse-event case: age band, shop and dates may or may not identify the patient",
    },
    {
        "id": "pharmacy-096", "expect": "stop", "charset": "iso-2022-jp",
        "sender": "人事総務部 雨宮 <amamiya.y@hinode-sangyo.co.jp>",
        "to": ["上大岡店 栗城 <kurishiro.a@hinode-sangyo-co.jp>"],
        "subject": "年末年始休暇の申請について",
        "body": """栗城さん

お疲れさまです。人事総務部の雨宮です。
年末年始休暇の申請、受け付けました。12/31～1/3 の4日間で登録しています。
代わりの勤務者はエリアマネージャーの浦辺さんが調整中です。

有給休暇の残日数は12日です。
雨宮
""",
        "entities": [], "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo-co.jp puts a hyphen for the dot of the company's own domain",
    },
    {
        "id": "pharmacy-097", "expect": "stop", "charset": "utf-8",
        "sender": "在宅推進室 神代 <kumashiro.y@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 通販事業部 <tsuhan@kitaguni-foods.co.jp>"],
        "subject": "介護食 定期便の代理申込（申込書PDF）",
        "body": """北国フーズ株式会社
通販事業部 御中

いつもお世話になっております。日の出産業 在宅推進室の神代です。
在宅患者様のご家族から依頼を受け、介護食定期便の申込書を代理でお送りします。
お支払いはクレジットカードをご希望です。
""" + sig("神代 優子", "在宅推進室", tel="045-228-7347"),
        "attachments": [{
            "kind": "pdf", "name": "定期便申込書_兵頭様.pdf", "title": "介護食定期便 申込書",
            "lines": [
                "北国フーズ 介護食定期便 お申込書",
                "",
                "お届け先氏名：兵頭 ミサヲ 様",
                "ご住所：〒233-0006 横浜市港南区芹が谷2-17-4",
                "お電話：045-864-3319",
                "コース：やわらか食（ムース）7日分×月2回",
                "",
                "ご契約者（お支払者）：兵頭 康弘 様（長男）",
                "カード番号：" + card_number(2602),
                "有効期限：11/27",
            ],
        }],
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "PDF application form holding a full credit card number",
    },
    {
        "id": "pharmacy-098", "expect": "pass", "charset": "iso-2022-jp",
        "sender": "購買課 森永 <morinaga.k@hinode-sangyo.co.jp>",
        "to": ["朝霧薬品工業 営業本部 坪内様 <tsubouchi@asagiri-yakuhin.co.jp>"],
        "subject": "弊社 購買課の担当変更のお知らせ",
        "body": """朝霧薬品工業株式会社
営業本部 坪内様

いつもお世話になっております。日の出産業 購買課の森永です。
12月1日付で、貴社のご担当を下記の者に引き継ぐこととなりました。

新担当：購買課 主任　薬袋 聡美（みない さとみ）
直通：045-228-7323
メール：minai.s@hinode-sangyo.co.jp

引継ぎのご挨拶に、来週改めてお電話させていただきます。
これまでのご厚情に感謝申し上げます。
""" + sig("森永 恵介", "本部 購買課", tel="045-228-7322") + DISCLAIMER_JA,
        "entities": [], "detectors": [],
        "note": "a colleague's business contact (office direct line and work e-mail) plus disclaimer",
    },
    {
        "id": "pharmacy-099", "expect": "stop", "charset": "shift_jis",
        "sender": "大船店 御手洗 <mitarai.s@hinode-sangyo.co.jp>",
        "to": ["鎌倉中央病院 地域連携室 <renkei@kamakura-chuo-hp.or.jp>"],
        "subject": "退院時共同指導の報告書",
        "body": """鎌倉中央病院 地域連携室 御中

お世話になっております。ひので薬局大船店の御手洗です。
先日の退院時共同指導の報告書（PDF）をお送りします。
開けない場合はお知らせください。FAXでもお送りできます。
""" + store_sig("御手洗 咲", "大船店", "0467-43-5520", "〒247-0056 神奈川県鎌倉市大船1-22-3", "管理薬剤師"),
        "attachments": [{"kind": "corrupt", "name": "taiin_kyodo_shido_houkoku.pdf"}],
        "entities": [], "detectors": ["unscannable_attachment"],
        "note": "the PDF attachment is corrupt and cannot be inspected",
    },
    {
        "id": "pharmacy-100", "expect": "pass", "charset": "utf-8",
        "sender": "薬事統括室 柴崎 <shibasaki.h@hinode-sangyo.co.jp>",
        "to": ["湘南地区薬剤師会 事務局 <jimukyoku@shonan-yakuzaishi.or.jp>"],
        "subject": "疑義照会・処方提案の実施件数（上期）",
        "body": """湘南地区薬剤師会 事務局 御中

お世話になっております。日の出産業 薬事統括室の柴崎です。
地域の取組報告用に、疑義照会・処方提案の件数をお送りします（個人情報は含みません）。

区分                    件数    うち処方変更あり
用量・用法の疑義         412        301
相互作用                 188        142
重複投与                 155        137
腎機能に応じた減量提案    96         71
残薬調整                 623        588
合計                   1,474      1,239

削減できた薬剤費は試算で約 1,120 万円です。
""" + sig("柴崎 弘美", "薬事統括室", tel="045-228-7318"),
        "entities": [], "detectors": [],
        "note": "aggregate counts of inquiries, no people",
    },
]
