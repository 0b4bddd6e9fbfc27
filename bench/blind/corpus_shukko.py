"""Shukko (出向) area of the blind corpus: mail of 日の出産業's 人事部 and its neighbours about
secondments to and from group companies (日の出ロジスティクス, 日の出テクノサービス, overseas
subsidiaries) and partner companies (川崎電機, ツバサシステム, 青葉運輸, 北国フーズ): secondment
agreements and 覚書, salary and cost sharing (給与負担金, invoices), transfer of personnel
records to the host company, the social insurance handover (資格取得・喪失, 基礎年金番号,
健康保険証, マイナンバー for 扶養控除 and 源泉徴収), housing and travel for secondees, plus the
ordinary HR mail around them (schedules, thanks, legal questions, English mail to overseas
subsidiaries), internal and external, with lists, IDs, health information, markings,
look-alike domains, visible recipients and unreadable attachments mixed in."""

from build import card_number, my_number

SEED = 64001

_Z = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    """Full-width digits and hyphens, as some people type them."""
    return s.translate(_Z)


def _mn4(k: int) -> str:
    """A My Number written in groups of four."""
    n = my_number(SEED + k)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


SIG_SAKAKIBARA = """--
日の出産業株式会社 人事部 人事企画課（出向管理担当）
榊原 美沙（Sakakibara Misa）
〒105-0013 東京都港区浜松町二丁目4番1号 日の出ビル8F
TEL 03-5401-7720（直通）／ FAX 03-5401-7729
m.sakakibara@hinode-sangyo.co.jp"""

SIG_KITO = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 労務課　鬼頭 健吾
TEL：03-5401-7731　内線：2231
Mail：kito.kengo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_AIMONO = """----------------------------------------
日の出産業株式会社 人事部 給与厚生課
四十物 千春（あいもの ちはる）
〒105-0013 東京都港区浜松町2-4-1
TEL 03-5401-7740 FAX 03-5401-7749
----------------------------------------"""

SIG_YAKUSHIJI = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　人事部　出向管理グループ
薬師寺　恵（やくしじ めぐみ）
ＴＥＬ：０３－５４０１－７７２５
E-mail：yakushiji-m@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_TSUTSUMI = """Hiroshi Tsutsumi
Manager, Global HR / Overseas Assignments
Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5401-7760 | h.tsutsumi@hinode-sangyo.co.jp"""

SIG_KADENOKOJI = """─────────────────
日の出産業株式会社 経理部 経理課
勘解由小路 怜（かでのこうじ れい）
TEL 03-5401-7810 / FAX 03-5401-7819
─────────────────"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received this e-mail in error, please
notify the sender and delete it."""

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "shukko-001",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["小鳥遊 隆之 <takanashi@kawasaki-denki.co.jp>"],
        "subject": "【ご連絡】４月１日付 出向者６名の個人情報（受入手続き用）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
人事部 小鳥遊様

いつも大変お世話になっております。
日の出産業 人事部の榊原でございます。

先日の打合せでご依頼いただきました、４月１日付で貴社へ出向する者の
受入手続き用の情報をお送りいたします。
社宅の手配と入構証の発行にお使いください。

氏名            生年月日      携帯電話         現住所
--------------------------------------------------------------------------------
躑躅森 颯太     1988/05/14    090-4471-2380    神奈川県川崎市中原区今井南町12-3-205
十河 千夏       1991/11/02    080-3318-6624    東京都大田区南雪谷4-8-11
廿楽 健二郎     1979/02/27    090-8820-1147    千葉県船橋市本町3-21-9 サンライズ船橋402
百武 里緒       1995/07/19    070-2256-9031    埼玉県川口市栄町2-6-14
五味 直哉       1984/09/08    080-6612-4478    東京都世田谷区用賀1-19-7
仁平 亜希子     1990/01/30    090-7735-2019    神奈川県横浜市港北区日吉本町5-40-2

赴任初日は９時に貴社本館受付へ伺うよう、本人たちには伝えております。
ご不明点がございましたらお知らせください。

よろしくお願いいたします。

""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six secondees' DOB, mobile and home address in a padded table to a partner",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "shukko-002",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "cc": ["m.sakakibara@hinode-sangyo.co.jp"],
        "subject": "出向契約書（案）のご送付",
        "charset": "utf-8",
        "body": """川崎電機株式会社 人事部
小鳥遊様

お世話になっております。日の出産業の薬師寺です。

来期の出向受入に係る「出向に関する契約書（案）」をお送りします。
前回版からの変更点は次のとおりです。
・第５条（給与の負担）：負担割合の記載を別紙に移しました
・第９条（秘密保持）：出向者が知り得た情報の取扱いについて、貴社ご提案の文言を反映
・第１２条（契約期間）：自動更新の条項を追加

ご確認のうえ、修正のご意見があれば変更履歴付きでお戻しいただけますと幸いです。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "docx", "name": "出向契約書_案_v3.docx", "title": "出向に関する契約書（案）",
             "paragraphs": [
                 "出向に関する契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と川崎電機株式会社（以下「乙」という。）は、甲の従業員を乙に出向させることに関し、次のとおり契約を締結する。",
                 "第１条（目的）本契約は、甲の従業員（以下「出向者」という。）を乙に在籍出向させるにあたり、必要な事項を定める。",
                 "第２条（出向者）出向者は、別紙１に定める者とし、甲乙協議のうえ変更することができる。",
                 "第５条（給与の負担）出向者の給与は甲が支給し、乙は別紙２に定める割合により甲に出向負担金を支払う。",
                 "第９条（秘密保持）出向者は、出向期間中に知り得た乙の営業上・技術上の秘密情報を、出向期間中及び終了後も第三者に開示してはならない。",
                 "第１２条（契約期間）本契約の有効期間は令和８年４月１日から令和９年３月３１日までとし、期間満了の１か月前までに甲乙いずれからも申出がないときは、１年間自動更新する。",
                 "別紙１・別紙２は別途取り交わす。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "draft secondment contract (clauses only, names of companies) to a partner; 秘密保持 is a clause, not a marking",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "shukko-003",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["社会保険労務士法人あおい 丹生 様 <nyu@aoi-sr.jp>"],
        "subject": "出向者 鰐部様の扶養控除等申告書の件",
        "charset": "shift_jis",
        "body": f"""社会保険労務士法人あおい
丹生 様

いつもお世話になっております。日の出産業の四十物です。

日の出ロジスティクスへ出向中の鰐部さんについて、年の途中で扶養家族が増えたため
扶養控除等（異動）申告書の記載内容を下記のとおりお送りします。
給与計算は引き続き当社で行いますので、申告書の作成をお願いできればと存じます。

■本人
　氏名：鰐部 拓真（わにべ たくま）
　生年月日：昭和６１年８月２３日
　個人番号：{my_number(SEED + 1)}

■配偶者
　氏名：鰐部 奈央
　生年月日：平成２年３月５日
　個人番号：{my_number(SEED + 2)}

■控除対象扶養親族（16歳未満）
　氏名：鰐部 陽葵
　生年月日：令和７年１０月１１日
　個人番号：{my_number(SEED + 3)}

お手数ですが、よろしくお願いいたします。

""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "My Numbers of a secondee and family to an outside 社労士 firm",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "shukko-004",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>", "yakushiji-m@hinode-sangyo.co.jp"],
        "subject": "2026年度 出向者台帳（最新版）",
        "charset": "utf-8",
        "body": """鬼頭さん、薬師寺さん

出向者台帳を最新化しました。４月異動分（川崎電機６名、ツバサ２名）を追加しています。
社保の手続き漏れがないか、労務課でもチェックをお願いします。

榊原
""",
        "attachments": [
            {"kind": "xlsx", "name": "出向者台帳_2026.xlsx", "title": "出向者台帳",
             "sheets": {
                 "出向中": [
                     ["出向者台帳（2026年4月1日現在）"],
                     ["社員番号", "氏名", "生年月日", "出向先", "出向開始", "携帯電話", "住所"],
                     ["H10231", "躑躅森 颯太", "1988/05/14", "川崎電機", "2026/04/01", "090-4471-2380", "神奈川県川崎市中原区今井南町12-3-205"],
                     ["H10488", "十河 千夏", "1991/11/02", "川崎電機", "2026/04/01", "080-3318-6624", "東京都大田区南雪谷4-8-11"],
                     ["H09012", "廿楽 健二郎", "1979/02/27", "川崎電機", "2026/04/01", "090-8820-1147", "千葉県船橋市本町3-21-9"],
                     ["H11730", "百武 里緒", "1995/07/19", "川崎電機", "2026/04/01", "070-2256-9031", "埼玉県川口市栄町2-6-14"],
                     ["H09877", "五味 直哉", "1984/09/08", "川崎電機", "2026/04/01", "080-6612-4478", "東京都世田谷区用賀1-19-7"],
                     ["H10655", "仁平 亜希子", "1990/01/30", "川崎電機", "2026/04/01", "090-7735-2019", "神奈川県横浜市港北区日吉本町5-40-2"],
                     ["H08320", "鰐部 拓真", "1986/08/23", "日の出ロジスティクス", "2024/10/01", "080-1190-5562", "埼玉県越谷市南越谷1-14-8"],
                     ["H11102", "東風谷 蓮", "1993/06/06", "ツバサシステム", "2026/04/01", "090-5521-8804", "東京都江東区豊洲3-2-24-1108"],
                     ["H11415", "宍戸 まどか", "1994/12/12", "ツバサシステム", "2026/04/01", "080-2047-3396", "東京都品川区戸越5-7-3"],
                 ],
                 "出向終了": [
                     ["社員番号", "氏名", "出向先", "出向終了", "帰任先"],
                     ["H07764", "雲類鷲 浩", "青葉運輸", "2026/03/31", "物流企画部"],
                     ["H08011", "禰寝 佳代", "北国フーズ", "2026/03/31", "人事部"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "full secondee register, but all recipients are internal",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "shukko-005",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp", "igari.s@aoba-unyu.co.jp",
               "wanibuchi@kitaguni-foods.co.jp"],
        "subject": "出向受入企業様向け説明会（5月20日）のご案内",
        "charset": "iso-2022-jp",
        "body": """各位

平素より大変お世話になっております。
日の出産業 人事部 出向管理グループの薬師寺でございます。

当社社員の出向を受け入れていただいている企業様向けに、
今年度の出向制度の改定内容についての説明会を下記のとおり開催いたします。

　日時：２０２６年５月２０日（水）１４：００～１５：３０
　場所：日の出産業 本社８階 大会議室（オンライン併用）
　内容：出向負担金の算定方法の変更、社会保険手続きの流れ、質疑応答

ご出席の可否を５月１３日までにご返信いただけますと幸いです。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three partner companies in To can see each other; should have been Bcc",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "shukko-006",
        "sender": "勘解由小路 怜 <kadenokoji@hinode-sangyo.co.jp>",
        "to": ["百目鬼 様 <domeki@tsubasa-system.jp>"],
        "subject": "RE: 出向負担金の負担割合について",
        "charset": "utf-8",
        "body": """百目鬼様

お世話になっております。日の出産業 経理部の勘解由小路です。

ご提示いただいた割合（貴社６０％・当社４０％）で問題ございません。
なお、通勤手当と時間外手当は実費として全額貴社負担でお願いしたく、
別紙２の文言を以下のように修正させてください。

　「基本給・諸手当（通勤手当を除く）及び賞与の60%を乙が負担する。
　　通勤手当及び時間外勤務手当は、その全額を乙が負担する。」

請求は四半期ごとに当社から発行いたします。

""" + SIG_KADENOKOJI + """

> 日の出産業株式会社
> 勘解由小路様
>
> お世話になっております。ツバサシステムの百目鬼です。
> 4月から受け入れる出向者2名の負担金について、当社60%・貴社40%で
> いかがでしょうか。社会保険料の事業主負担分も同じ割合で按分する想定です。
>
> ツバサシステム株式会社 管理本部 百目鬼 修
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cost-sharing ratios with a partner, no personal data",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "shukko-007",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["小鳥遊 隆之 <takanashi@kawasaki-denky.co.jp>"],
        "subject": "出向受入条件（勤務時間・休日）の確認",
        "charset": "utf-8",
        "body": """川崎電機 小鳥遊様

お世話になっております。日の出産業の榊原です。

出向者の勤務条件について、以下の点をご確認ください。
1. 勤務時間は貴社の就業規則に従い 8:30～17:15（休憩60分）
2. 休日は貴社カレンダーに準じ、年間休日は当社（125日）を下回らない範囲で調整
3. 年次有給休暇は当社での残日数を引き継ぎ
4. 時間外労働は貴社の36協定の範囲内

ご異論なければ、このまま覚書に落とし込みます。

""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denky.co.jp is a one-letter typo of partner kawasaki-denki.co.jp",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "shukko-008",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 健康管理室 <kenko-kanri@kawasaki-denki.co.jp>"],
        "subject": "出向者の定期健康診断結果の引継ぎについて",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社 健康管理室 御中

お世話になっております。日の出産業 人事部 労務課の鬼頭です。

４月より貴社へ出向しております廿楽健二郎について、昨年度の定期健康診断で
以下の所見がありましたので、貴社での就業上の配慮のため共有いたします。

　氏名：廿楽 健二郎（社員番号 H09012）
　判定：要精密検査（Ｄ判定）
　所見：高血圧症（治療中）、心電図異常（完全右脚ブロック）
　産業医意見：深夜勤務・長時間の時間外労働は当面避けること

再検査の結果が出ましたら改めてご連絡いたします。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named secondee's health check findings (要配慮個人情報) sent to the host company",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "shukko-009",
        "sender": "勘解由小路 怜 <kadenokoji@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
        "subject": "【請求書送付】出向負担金（2026年1月～3月分）",
        "charset": "shift_jis",
        "body": """青葉運輸株式会社
経理部 御中

いつもお世話になっております。
日の出産業株式会社 経理部でございます。

2026年1月～3月分の出向負担金につきまして、請求書をお送りいたします。
　請求書番号：HS-SK-2026-0031
　ご請求金額：2,864,400円（税込）
　お支払期日：2026年4月30日

お振込先は請求書に記載のとおりです。
ご査収のほど、よろしくお願いいたします。

""" + SIG_KADENOKOJI,
        "attachments": [
            {"kind": "pdf", "name": "請求書_HS-SK-2026-0031.pdf", "title": "請求書",
             "lines": [
                 "請 求 書",
                 "青葉運輸株式会社 御中                       請求日：2026年4月10日",
                 "請求書番号：HS-SK-2026-0031",
                 "日の出産業株式会社  登録番号：T2011001034562",
                 "〒105-0013 東京都港区浜松町2-4-1  TEL 03-5401-7800",
                 "",
                 "件名：出向負担金（2026年1月分～3月分）",
             ],
             "table": [
                 ["品目", "数量", "単価", "金額"],
                 ["出向負担金 2026年1月分", "1", "868,000", "868,000"],
                 ["出向負担金 2026年2月分", "1", "868,000", "868,000"],
                 ["出向負担金 2026年3月分", "1", "868,000", "868,000"],
                 ["小計", "", "", "2,604,000"],
                 ["消費税（10%）", "", "", "260,400"],
                 ["合計", "", "", "2,864,400"],
                 ["振込先：みどり銀行 浜松町支店 普通 1234908 ヒノデサンギョウ（カ", "", "", ""],
             ]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number and its own bank account; no people's data",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "shukko-010",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["nyu@aoi-sr.jp"],
        "subject": "出向規程 改定案のご確認依頼",
        "charset": "utf-8",
        "body": """社会保険労務士法人あおい
丹生先生

いつもお世話になっております。日の出産業の鬼頭です。

来年度施行予定の出向規程の改定案を添付いたします。
特に第14条（出向手当）と第21条（復帰時の処遇）について、
法的な問題がないかご確認いただけますでしょうか。

６月の労使協議会に諮る予定ですので、５月末までにご意見をいただけますと助かります。

""" + SIG_KITO,
        "attachments": [
            {"kind": "docx", "name": "出向規程_改定案_20260415.docx", "title": "出向規程 改定案",
             "page_header": "社外秘",
             "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
             "paragraphs": [
                 "出向規程（改定案）",
                 "第１条（目的）この規程は、従業員の出向に関する取扱いを定める。",
                 "第14条（出向手当）出向先の所在地が勤務地から100km以上離れる場合、月額30,000円の出向手当を支給する。（現行20,000円）",
                 "第21条（復帰時の処遇）出向から復帰した者の等級は、出向期間中の評価を出向元の基準に読み替えて決定する。",
                 "附則 この規程は2027年4月1日から施行する。",
             ],
             "tables": [[["条", "現行", "改定案", "理由"],
                         ["14", "20,000円", "30,000円", "遠隔地出向の負担増"],
                         ["21", "規定なし", "評価読替え", "復帰者の処遇明確化"]]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached draft regulation carries a 社外秘 header/footer stamp, going to an outside firm",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "shukko-011",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["笠井 様 <kasai.t@hinode-logi.co.jp>"],
        "subject": "10月出向予定者の名簿（パスワード別送）",
        "charset": "iso-2022-jp",
        "body": """日の出ロジスティクス株式会社
管理部 笠井様

お世話になっております。日の出産業 人事部の榊原です。

１０月１日付で貴社へ出向予定の者の名簿をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "zip", "name": "出向予定者名簿_202610.zip", "password": "Hn2026#logi",
             "files": [
                 {"kind": "xlsx", "name": "出向予定者名簿_202610.xlsx",
                  "sheets": {"名簿": [
                      ["氏名", "生年月日", "住所", "電話"],
                      ["保母 晃", "1987/03/03", "埼玉県草加市谷塚1-2-3", "090-1111-2033"],
                      ["桃生 さくら", "1992/08/21", "東京都足立区梅島2-9-5", "080-4402-7718"],
                      ["皆川 剛士", "1981/12/09", "埼玉県八潮市中央4-4-1", "090-3375-1164"],
                      ["戸来 菜々子", "1996/04/17", "東京都葛飾区亀有3-30-2", "070-6620-1298"],
                      ["木全 亮介", "1985/10/28", "千葉県松戸市本町7-8-12", "080-9931-0456"],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a group company: content cannot be inspected",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "shukko-012",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 総務 佐分利様 <saburi@tsubasa-system.jp>"],
        "subject": "4/1着任 出向者（東風谷）のご連絡",
        "charset": "utf-8",
        "body": """ツバサシステム株式会社 総務部
佐分利様

お世話になっております。日の出産業の薬師寺です。
４月１日より貴社に着任する出向者について、入館手続きのため下記をお知らせします。

　出向者氏名：東風谷 蓮（こちや れん）
　所属予定：開発本部 第二システム部
　着任日時：2026年4月1日（水）9:30
　緊急連絡先（本人携帯）：090-5521-8804

初日は貴社１階受付にて佐分利様をお呼び出しするよう伝えております。
よろしくお願いいたします。

""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one secondee's name and mobile to the host company: a single record, may warn",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "shukko-013",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["日の出テクノサービス 総務課 <soumu@hinode-techno.co.jp>"],
        "subject": "移籍出向者の社会保険 資格取得手続きについて",
        "charset": "shift_jis",
        "body": """日の出テクノサービス株式会社
総務課 ご担当者様

お世話になっております。日の出産業 労務課の鬼頭です。

７月１日付で貴社へ移籍（転籍）となる下記１名について、当社での資格喪失手続きを
完了しました。貴社での資格取得届の作成に必要な情報をお知らせします。

　氏名　　　　：漆原 瑞穂（ウルシハラ ミズホ）
　生年月日　　：平成元年６月１８日
　基礎年金番号：4107-382915
　当社資格喪失日：2026年7月1日

健康保険証は本人から回収済みで、協会けんぽへ返納いたします。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "basic pension number of a transferred employee to a group company (external domain)",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "shukko-014",
        "sender": "Hiroshi Tsutsumi <h.tsutsumi@hinode-sangyo.co.jp>",
        "to": ["Karen Whitfield <k.whitfield@hinode-america.com>"],
        "subject": "Secondment policy update - tax equalisation and home leave",
        "charset": "utf-8",
        "body": """Hi Karen,

Thanks for the call yesterday. As promised, here is a summary of the changes to our
secondment (shukko) policy that will apply to assignees sent to Hinode America from
FY2026:

- Tax equalisation: the assignee pays a hypothetical Japanese tax; Hinode America covers
  US federal and state tax above that amount.
- Home leave: one round trip per year for the assignee and accompanying family
  (economy class, up to 14 days).
- Housing: the host company provides housing up to USD 4,200 per month (Chicago area).
- Social insurance: assignees stay in the Japanese pension and health insurance under
  the Japan-US totalization agreement (certificate of coverage for up to 5 years).

Could you check whether the housing cap is still realistic for the Schaumburg office?

Best regards,

""" + SIG_TSUTSUMI + "\n\n" + DISCLAIMER_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "policy discussion with an overseas subsidiary, no personal data; standard disclaimer",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "shukko-015",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["nyu@aoi-sr.jp"],
        "subject": "ツバサシステム・川崎電機出向者の社保データ",
        "charset": "utf-8",
        "body": """丹生先生

お世話になっております。鬼頭です。
先日ご相談した、出向先で給与を支給するケース（出向先での資格取得）に切り替える７名分の
データをCSVでお送りします。資格取得届の作成をお願いいたします。

鬼頭
""",
        "attachments": [
            {"kind": "csv", "name": "shaho_shutoku_202607.csv", "encoding": "cp932",
             "rows": [
                 ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "基礎年金番号", "住所", "報酬月額"],
                 ["H10231", "躑躅森 颯太", "ツツジモリ ソウタ", "S63.05.14", "男", "3312-604718", "神奈川県川崎市中原区今井南町12-3-205", "342000"],
                 ["H10488", "十河 千夏", "ソゴウ チナツ", "H03.11.02", "女", "5290-118473", "東京都大田区南雪谷4-8-11", "298000"],
                 ["H09012", "廿楽 健二郎", "ツヅラ ケンジロウ", "S54.02.27", "男", "1108-775092", "千葉県船橋市本町3-21-9", "455000"],
                 ["H11730", "百武 里緒", "ヒャクタケ リオ", "H07.07.19", "女", "6641-230985", "埼玉県川口市栄町2-6-14", "256000"],
                 ["H09877", "五味 直哉", "ゴミ ナオヤ", "S59.09.08", "男", "2873-440651", "東京都世田谷区用賀1-19-7", "389000"],
                 ["H11102", "東風谷 蓮", "コチヤ レン", "H05.06.06", "男", "4459-017326", "東京都江東区豊洲3-2-24-1108", "287000"],
                 ["H11415", "宍戸 まどか", "シシド マドカ", "H06.12.12", "女", "7025-893340", "東京都品川区戸越5-7-3", "279000"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of seven people with basic pension numbers and addresses to an outside firm",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "shukko-016",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["domeki@tsubasa-system.jp"],
        "subject": "Re: 出向候補者の件",
        "charset": "iso-2022-jp",
        "body": """百目鬼様

ご連絡ありがとうございます。
候補者リスト、確かに拝受いたしました。社内で面談日程を調整のうえ、
来週中にご回答いたします。

薬師寺

> 日の出産業 薬師寺様
>
> お世話になっております。ツバサシステムの百目鬼です。
> 当社から貴社へ出向をお願いしたい候補者は以下の５名です。
>
> 氏名          年齢  現所属           連絡先
> ------------------------------------------------------------
> 久世 翔一      34   インフラ部       090-2214-8830
> 鷺坂 由紀      29   開発二部         080-7763-1925
> 椎葉 大河      41   品質保証部       090-6608-3317
> 木佐貫 美月    27   開発一部         070-1145-2286
> 長宗我部 聡    38   プロジェクト管理 080-5590-4471
>
> ご検討のほど、よろしくお願いいたします。
> 百目鬼
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only quoted back from the partner's own mail; new text has no data",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "shukko-017",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["猪狩 様 <igari.s@aoba-unyu.co.jp>"],
        "subject": "FW: 出向者の緊急連絡先一覧",
        "charset": "utf-8",
        "body": """青葉運輸 猪狩様

お世話になっております。鬼頭です。
社内で取りまとめたものを、そのまま転送いたします。
貴社の安否確認システムへの登録にお使いください。

-------- 転送メッセージ --------
件名: 出向者の緊急連絡先一覧
日付: 2026/04/08 10:12
差出人: 禰寝 佳代 <nejime.k@hinode-sangyo.co.jp>
宛先: 鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>

鬼頭さん

青葉運輸に出向中の５名の緊急連絡先をまとめました（タブ区切り）。

氏名\t続柄\t連絡先氏名\t電話番号\t住所
雲類鷲 浩\t妻\t雲類鷲 真弓\t090-3320-7714\t千葉県市川市南八幡3-11-6
兵藤 圭\t母\t兵藤 房子\t0436-22-5809\t千葉県市原市五井中央東1-8-2
鶴来 拓海\t妻\t鶴来 明日香\t080-1427-6653\t東京都江戸川区葛西1-6-30
熊耳 奈緒\t父\t熊耳 正\t0242-27-4418\t福島県会津若松市栄町4-15
早乙女 修平\t妻\t早乙女 遥\t070-8810-2394\t千葉県浦安市北栄2-19-1-503

禰寝
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded (new to the recipient) tab-separated emergency contacts of five secondees",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "shukko-018",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["すまいサポート 法人営業部 <houjin@sumai-support.co.jp>"],
        "subject": "出向者用借上社宅の候補物件について",
        "charset": "shift_jis",
        "body": """株式会社すまいサポート
法人営業部 御中

お世話になっております。日の出産業の榊原です。
ご紹介いただいた候補物件のうち、下記について内見を希望します。

・グランメゾン武蔵小杉　　　神奈川県川崎市中原区小杉町3-264　　1LDK　月額128,000円
・パークサイド元住吉　　　　神奈川県川崎市中原区木月2-7-20　　1K　　月額89,000円
・レジデンス新丸子　　　　　神奈川県川崎市中原区新丸子町915　　2DK　月額112,000円
・ステラ日吉　　　　　　　　神奈川県横浜市港北区日吉2-1-1　　　1LDK　月額105,000円
・コンフォート平間　　　　　神奈川県川崎市中原区田尻町24-3　　 1K　　月額76,000円

内見は４月第２週の平日でお願いできますでしょうか。

""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of rental properties (buildings, not people) to a housing agent",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "shukko-019",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約センター <reserve@sakura-hotel.jp>"],
        "subject": "長期滞在のご予約（出向者）とカード保証の件",
        "charset": "iso-2022-jp",
        "body": f"""さくらホテル 予約センター御中

お世話になっております。日の出産業の四十物と申します。

当社から北国フーズ様へ出向する社員の長期滞在について、下記のとおり予約をお願いいたします。

　宿泊者：禰寝 佳代 様
　期間：２０２６年５月７日（木）～６月５日（金）　２９泊
　部屋：シングル（禁煙）

社宅が決まるまでの間の仮住まいとなります。
保証用のカード情報は以下のとおりです（当社法人カード）。

　カード番号：{card_number(SEED + 51)}
　有効期限：０９／２９
　名義：ＨＩＮＯＤＥ ＳＡＮＧＹＯ ＣＯ ＬＴＤ

よろしくお願いいたします。

""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number (and a named guest's stay) in the body to a hotel",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "shukko-020",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "cc": ["白川 弁護士 <shirakawa@shirakawa-law.jp>"],
        "subject": "出向契約書レビュー会議（三者）の日程",
        "charset": "utf-8",
        "body": """川崎電機 小鳥遊様
（cc：白川法律事務所 白川先生）

お世話になっております。日の出産業の薬師寺です。

出向契約書の最終レビューを三者で行いたく、候補日をお送りします。
　① 4月22日（水）10:00～11:00
　② 4月23日（木）15:00～16:00
　③ 4月24日（金）13:00～14:00
会場は当社本社 8F 第3会議室、または Teams でも対応可能です。

ご都合のよい日をお知らせください。

""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (partner and law firm) in To/Cc: a normal three-way meeting mail",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "shukko-021",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["takumi.hyodo1990@gmail.com"],
        "subject": "出向に関する面談日程のご連絡（人事部 榊原）",
        "charset": "utf-8",
        "body": """兵藤 拓海さん

人事部の榊原です。育児休業中にご連絡してしまい、申し訳ありません。
会社のアドレスが休業中は使えないとのことでしたので、こちらにお送りしています。

復職後の配属（青葉運輸への出向）について、一度ご説明の場を設けたく思います。
以下のいずれかでご都合はいかがでしょうか。オンライン（Teams）でも構いません。

　・6月2日（火）14:00～
　・6月4日（木）10:00～
　・6月5日（金）16:00～

ご返信はこのアドレス宛で大丈夫です。

""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (the employee himself) about a meeting; no data beyond his name",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "shukko-022",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["笠井 様 <kasai.t@hinode-logi.co.jp>"],
        "subject": "出向解除（早期帰任）についてのご相談",
        "charset": "iso-2022-jp",
        "body": """日の出ロジスティクス 管理部
笠井様

いつもお世話になっております。日の出産業 労務課の鬼頭です。

貴社に出向中の保母晃さんについてご相談です。
本人より、主治医の診断書（適応障害、３か月の休養を要する）が提出されました。
当社としては、休職は出向元で取り扱うこととし、６月末で出向を解除して
当社に帰任させる方向で考えております。

貴社側の後任手配のご都合もあるかと思いますので、
来週どこかで３０分ほどお時間をいただけないでしょうか。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named secondee's diagnosis (適応障害) sent to a group company on another domain",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "shukko-023",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 人事課 <jinji@aoba-unyu.co.jp>"],
        "subject": "出向者の通勤経路・通勤手当（4月分より貴社負担）",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>青葉運輸株式会社<br>人事課 ご担当者様</p>
<p>お世話になっております。日の出産業 給与厚生課の四十物です。<br>
出向契約に基づき、4月分より通勤手当を貴社にてご負担いただくことになりましたので、
各出向者の通勤経路と自宅住所をお知らせいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>自宅住所</th><th>経路</th><th>1か月定期代</th></tr>
<tr><td>雲類鷲 浩</td><td>千葉県市川市南八幡3-11-6</td><td>本八幡→新木場</td><td>12,540円</td></tr>
<tr><td>兵藤 圭</td><td>千葉県市原市五井中央東1-8-2</td><td>五井→新木場</td><td>27,830円</td></tr>
<tr><td>鶴来 拓海</td><td>東京都江戸川区葛西1-6-30</td><td>葛西→新木場</td><td>6,890円</td></tr>
<tr><td>熊耳 奈緒</td><td>千葉県船橋市前原西2-14-1</td><td>津田沼→新木場</td><td>16,020円</td></tr>
<tr><td>早乙女 修平</td><td>千葉県浦安市北栄2-19-1-503</td><td>浦安→新木場</td><td>5,940円</td></tr>
<tr><td>香取 慎吾郎</td><td>東京都墨田区錦糸4-2-8</td><td>錦糸町→新木場</td><td>7,450円</td></tr>
</table>
<p>ご不明点はお問い合わせください。</p>
<p>--<br>日の出産業株式会社 人事部 給与厚生課<br>四十物 千春<br>TEL 03-5401-7740</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six secondees' home addresses and commuting routes to a partner",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "shukko-024",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "出向者のマイナンバー回収状況（年末調整用）",
        "charset": "shift_jis",
        "body": f"""給与厚生課各位

出向者分のマイナンバー回収状況です。未提出の２名には本日督促しました。
番号は確認済みのものだけ記載しています。

・躑躅森 颯太　{my_number(SEED + 4)}　提出済
・十河 千夏　　{my_number(SEED + 5)}　提出済
・廿楽 健二郎　{my_number(SEED + 6)}　提出済
・百武 里緒　　（未提出）
・五味 直哉　　{my_number(SEED + 7)}　提出済
・仁平 亜希子　（未提出）

四十物
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "My Numbers of secondees, but sent only to an internal mailbox",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "shukko-025",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["kito.kengo@hinode-sangyo.jp"],
        "subject": "ツバサ出向者 追加3名の連絡先",
        "charset": "utf-8",
        "body": """鬼頭さん

10月からツバサシステムへ追加で出向する3名の連絡先です。
社保の手続き準備にお使いください。

- 久我山 紬　　携帯 080-4419-2267　tsumugi.kugayama@hinode-sangyo.co.jp
- 轟 大地　　　携帯 090-7702-3358　daichi.todoroki@hinode-sangyo.co.jp
- 乙部 ありさ　携帯 070-3361-8842　arisa.otobe@hinode-sangyo.co.jp

薬師寺
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague, but hinode-sangyo.jp drops the co. of the internal domain",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "shukko-026",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["鰐淵 様 <wanibuchi@kitaguni-foods.co.jp>"],
        "subject": "就業条件の比較表（出向元・出向先）",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
人事総務課 鰐淵様

お世話になっております。日の出産業の榊原です。
出向者に適用される就業条件について、両社の規程を比較した表を作成しました。
差異がある項目（黄色）の取扱いについて、次回打合せでご相談させてください。

""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "xlsx", "name": "就業条件比較表.xlsx",
             "sheets": {
                 "比較": [
                     ["出向者の就業条件 比較表（日の出産業 / 北国フーズ）"],
                     [],
                     ["項目", "日の出産業", "北国フーズ", "出向者への適用"],
                     ["所定労働時間", "7時間45分", "8時間", "出向先"],
                     ["年間休日", "125日", "118日", "差額は出向手当で調整"],
                     ["年次有給休暇", "入社時10日", "入社半年後10日", "出向元の残日数を引継ぎ"],
                     ["慶弔休暇", "結婚5日", "結婚3日", "出向元"],
                     ["退職金", "ポイント制", "最終給与比例", "出向元（期間通算）"],
                     ["財形貯蓄", "あり", "なし", "出向元で継続"],
                 ],
                 "メモ": [["2026/4/15 打合せ用。数値は各社規程の現行版による。"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comparison of two companies' work rules; no people",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "shukko-027",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["ペイロールワン 運用チーム <ops@payroll-one.co.jp>"],
        "subject": "【5月度】出向者 給与按分データ",
        "charset": "utf-8",
        "body": """株式会社ペイロールワン
運用チーム 御中

お世話になっております。日の出産業 給与厚生課の四十物です。

5月度の出向者分の給与按分データをお送りします。
シート「振込先」は今月から口座を変更した方を含みます。
締切（5/18）までに計算結果のご返送をお願いします。

""" + SIG_AIMONO,
        "attachments": [
            {"kind": "xlsx", "name": "出向者給与按分_202605.xlsx",
             "sheets": {
                 "按分": [
                     ["2026年5月度 出向者給与按分"],
                     ["社員番号", "氏名", "出向先", "基本給", "出向先負担率", "出向先負担額"],
                     ["H10231", "躑躅森 颯太", "川崎電機", 342000, 0.7, 239400],
                     ["H10488", "十河 千夏", "川崎電機", 298000, 0.7, 208600],
                     ["H09012", "廿楽 健二郎", "川崎電機", 455000, 0.7, 318500],
                     ["H11102", "東風谷 蓮", "ツバサシステム", 287000, 0.6, 172200],
                     ["H11415", "宍戸 まどか", "ツバサシステム", 279000, 0.6, 167400],
                     ["H07764", "雲類鷲 浩", "青葉運輸", 401000, 0.5, 200500],
                     ["H08320", "鰐部 拓真", "日の出ロジスティクス", 366000, 1.0, 366000],
                 ],
                 "振込先": [
                     ["社員番号", "氏名", "銀行", "支店", "種別", "口座番号", "名義（カナ）"],
                     ["H10231", "躑躅森 颯太", "みどり銀行", "武蔵小杉支店", "普通", "3047719", "ツツジモリ ソウタ"],
                     ["H10488", "十河 千夏", "みどり銀行", "雪谷支店", "普通", "1182260", "ソゴウ チナツ"],
                     ["H09012", "廿楽 健二郎", "千葉港銀行", "船橋支店", "普通", "5520314", "ツヅラ ケンジロウ"],
                     ["H11102", "東風谷 蓮", "ゆうちょ銀行", "〇一八店", "普通", "4410982", "コチヤ レン"],
                     ["H11415", "宍戸 まどか", "みどり銀行", "五反田支店", "普通", "7730154", "シシド マドカ"],
                     ["H07764", "雲類鷲 浩", "みどり銀行", "本八幡支店", "普通", "2291847", "ウルイワシ ヒロシ"],
                     ["H08320", "鰐部 拓真", "武蔵野信用金庫", "越谷支店", "普通", "0068231", "ワニベ タクマ"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "seven employees' salaries and bank accounts in a two-sheet XLSX to a payroll outsourcer",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "shukko-028",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["ops@payroll-one.co.jp"],
        "subject": "Re: 振込口座変更の反映について",
        "charset": "shift_jis",
        "body": """ペイロールワン 運用チーム
犬養様

ご確認ありがとうございます。
ご指摘の１名について、変更後の口座は以下のとおりです。6月度から反映をお願いします。

　社員番号：H11730
　氏名：百武 里緒（ヒャクタケ リオ）
　振込先：みどり銀行 川口支店 普通預金 ６６２０４１８

四十物

-----Original Message-----
From: 犬養 <inukai@payroll-one.co.jp>
Sent: Thursday, May 14, 2026 4:02 PM
To: 四十物 千春
Subject: 振込口座変更の反映について

四十物様
5月度データのうち、百武様の口座変更届が未着のようです。変更後の口座をご教示ください。
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one employee's bank account to the payroll outsourcer: a single record, may warn",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "shukko-029",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 警備担当 <keibi@kawasaki-denki.co.jp>"],
        "subject": "入構許可申請（外国籍出向者）",
        "charset": "utf-8",
        "body": """川崎電機株式会社 総務部
警備ご担当者様

お世話になっております。日の出産業の榊原です。
５月より貴社川崎工場に出向する外国籍社員１名について、入構許可申請に必要な
在留カード情報をお送りします。

　氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）
　国籍：ベトナム
　生年月日：1994年3月12日
　在留カード番号：UH48271093EA
　在留資格：技術・人文知識・国際業務
　在留期間満了日：2028年9月30日

入構証の発行に必要な書類が他にあればお知らせください。

""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a residence card number of a foreign secondee to the host company",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "shukko-030",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["一尺八寸 弁護士 <kamatsuka@shirakawa-law.jp>"],
        "subject": "出向協定書の押印手続きについて",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
一尺八寸先生

いつもお世話になっております。日の出産業の薬師寺でございます。

先日ご確認いただいた出向協定書につき、川崎電機様とも合意に至りました。
押印は電子契約（クラウドサイン）で行う予定ですが、
協定書の別紙を紙で保管する必要があるかどうか、ご見解をいただけますでしょうか。

また、印紙税の取扱いについても併せてご教示いただけますと幸いです。

""" + SIG_YAKUSHIJI + "\n\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal question to the partner law firm; the trailing disclaimer is not a marking",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "shukko-031",
        "sender": "五百旗頭 誠 <iokibe.m@hinode-sangyo.co.jp>",
        "to": ["日の出テクノサービス 取締役 宇留賀様 <uruga@hinode-techno.co.jp>"],
        "subject": "【機密】来期 出向者人選案（役員限り）",
        "charset": "utf-8",
        "body": """宇留賀取締役

人事部長の五百旗頭です。
ご依頼の件、来期に貴社へ出向させる管理職候補の人選案をお送りします。
本件は発表前のため、取扱いにはご注意ください。

　第一候補　蔵元 英樹（生産管理部 課長）　評価：A／A／S（直近3期）
　第二候補　汐見 恭子（品質保証部 課長）　評価：A／B／A
　第三候補　鳥海 孝太（購買部 課長代理）　評価：S／A／A

ご意見を伺ったうえで、本人への内示は６月中旬を予定しております。

日の出産業株式会社 人事部長
五百旗頭 誠
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking"],
        "note": "subject stamped 【機密】 and personnel evaluations, going to a group company's domain",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "shukko-032",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "出向者の秘密保持誓約書（ひな形）について",
        "charset": "utf-8",
        "body": """小鳥遊様

お世話になっております。日の出産業の榊原です。

ご依頼のあった「出向者の秘密保持誓約書」のひな形を添付します。
貴社の機密情報の取扱いに関する条項は、貴社の情報セキュリティ規程の名称に
合わせて修正してください。署名欄は出向者本人の自署を想定しています。

また、秘密保持契約（NDA）を両社間で別途結ぶ必要はないとの理解ですが、
念のため貴社法務部にもご確認いただけますか。

""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持誓約書_ひな形.docx",
             "paragraphs": [
                 "秘密保持誓約書",
                 "川崎電機株式会社 代表取締役 殿",
                 "私は、貴社への出向にあたり、以下の事項を遵守することを誓約いたします。",
                 "１．出向期間中に知り得た貴社の技術上・営業上の機密情報を、貴社の許可なく第三者に開示・漏えいしません。",
                 "２．出向期間終了後においても、前項の義務を負います。",
                 "３．出向期間終了時には、貴社から貸与された資料等を速やかに返却します。",
                 "　　年　　月　　日",
                 "住所：＿＿＿＿＿＿＿＿＿＿＿＿",
                 "氏名：＿＿＿＿＿＿＿＿＿＿＿＿　印",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank NDA pledge template; 機密情報 is the subject matter, not a marking",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "shukko-033",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "出向契約書（双方押印済）PDFの送付",
        "charset": "shift_jis",
        "body": """小鳥遊様

お世話になっております。日の出産業の薬師寺です。
双方押印済みの出向契約書をPDFでお送りします。
PDFを開く際のパスワードは、お電話でお伝えいたします。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "pdf", "name": "出向契約書_押印済_20260401.pdf", "password": "kd0401hs",
             "lines": ["出向に関する契約書", "日の出産業株式会社（甲）と川崎電機株式会社（乙）は…",
                       "別紙１ 出向者一覧", "躑躅森 颯太 / 十河 千夏 / 廿楽 健二郎 / 百武 里緒 / 五味 直哉 / 仁平 亜希子"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: cannot be inspected",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "shukko-034",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["masaru.ebina.58@gmail.com", "kazuko-s1962@gmail.com", "t.hayakawa.home@gmail.com"],
        "subject": "出向OB会（青葉運輸出向経験者）のご案内",
        "charset": "iso-2022-jp",
        "body": """出向ＯＢの皆さま

ご無沙汰しております。人事部 労務課の鬼頭です。
退職された皆さまには個人アドレスでのご連絡となり失礼いたします。

毎年恒例の「青葉運輸出向ＯＢ会」を、今年は下記のとおり開催します。

　日時：７月１０日（金）１８：３０～
　会場：新橋 和食処「やまぶき」
　会費：５，０００円

出欠を６月末までにお知らせください。

""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private persons' free-mail addresses visible to each other in To",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "shukko-035",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["keibi@kawasaki-denki.co.jp"],
        "subject": "入館証発行申請（出向者２名・６月着任）",
        "charset": "utf-8",
        "body": """川崎電機 総務部 警備ご担当者様

お世話になっております。日の出産業の榊原です。
６月１日着任の出向者２名の入館証発行をお願いいたします。

１．氏名：杢野 雅人（もくの まさと）　生年月日：1989年4月4日　配属：技術本部
２．氏名：鬼塚 しおり（おにづか しおり）　生年月日：1997年10月25日　配属：調達部

顔写真データは本人から直接お送りいたします。

""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two people's names and birth dates to a partner: under five records, may warn",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "shukko-036",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["jinji@aoba-unyu.co.jp"],
        "subject": "出向者一覧表（PDF）送付の件",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 人事課 御中

お世話になっております。日の出産業の薬師寺です。
貴社へ出向中・出向予定の社員の一覧表をPDFでお送りします。
人事システムへの登録にご利用ください。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "pdf", "name": "出向者一覧表_青葉運輸.pdf", "title": "出向者一覧表",
             "page_header": "日の出産業株式会社 人事部",
             "lines": ["出向者一覧表（青葉運輸株式会社）", "2026年4月1日現在", ""],
             "table": [
                 ["社員番号", "氏名", "生年月日", "住所", "電話番号"],
                 ["H07764", "雲類鷲 浩", "S52.10.03", "千葉県市川市南八幡3-11-6", "090-3320-7701"],
                 ["H08102", "兵藤 圭", "S58.01.22", "千葉県市原市五井中央東1-8-2", "080-2291-5530"],
                 ["H09541", "鶴来 拓海", "H02.06.14", "東京都江戸川区葛西1-6-30", "090-6614-0087"],
                 ["H10077", "熊耳 奈緒", "H04.03.09", "千葉県船橋市前原西2-14-1", "070-4432-1980"],
                 ["H10312", "早乙女 修平", "S62.12.30", "千葉県浦安市北栄2-19-1-503", "080-7719-3346"],
                 ["H10915", "香取 慎吾郎", "H06.08.01", "東京都墨田区錦糸4-2-8", "090-2088-4415"],
                 ["H11201", "比嘉 珠理", "H08.02.11", "東京都江東区南砂3-5-17", "080-6201-7732"],
                 ["H11288", "蛭間 大輔", "H03.05.27", "千葉県浦安市当代島1-3-9", "090-8873-2261"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of eight people with birth dates, addresses and phones to a partner",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "shukko-037",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["domeki@tsubasa-system.jp"],
        "subject": "出向期間延長に関する覚書（案）",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム 百目鬼様

お世話になっております。薬師寺です。
ご相談いただいていた出向期間の延長について、覚書の案を作成しました。

　出向者　　：宍戸 まどか
　現出向期間：２０２６年４月１日～２０２７年３月３１日
　延長後　　：～２０２８年３月３１日（１年延長）
　その他条件：出向契約書の定めによる（負担割合の変更なし）

問題なければ、貴社にて記名押印のうえ２部ご返送ください。

""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one secondee named with her secondment period in a memorandum draft: ordinary business",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "shukko-038",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["佐分利様 <saburi@tsubasa-system.co.jp>"],
        "subject": "Re: 東風谷さんの住所変更について",
        "charset": "utf-8",
        "body": """佐分利様

お世話になっております。日の出産業の榊原です。
東風谷の転居後の住所は以下のとおりです。貴社の通勤手当の計算にお使いください。

　東風谷 蓮
　〒135-0061 東京都江東区豊洲5-6-15-2201
　携帯：090-5521-8804

よろしくお願いいたします。

""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "tsubasa-system.co.jp is the partner tsubasa-system.jp with another TLD",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "shukko-039",
        "sender": "Hiroshi Tsutsumi <h.tsutsumi@hinode-sangyo.co.jp>",
        "to": ["Somchai Rattanakorn <somchai.r@hinode-th.com>"],
        "subject": "Assignment of Mr. Kurata to Hinode Sangyo (Thailand) - timeline",
        "charset": "utf-8",
        "body": """Dear Khun Somchai,

Thank you for confirming the host position. Below is the proposed timeline for
Mr. Kurata's secondment to Bangkok:

  May 15   Assignment letter signed
  May 29   Work permit application (documents from our side by May 22)
  Jun 19   Non-B visa issued at the Royal Thai Embassy, Tokyo
  Jul 1    Start date at Hinode Sangyo (Thailand), Amata City office

We will send the passport copy and educational certificates separately through the
secure file transfer, not by e-mail.

Kind regards,
""" + SIG_TSUTSUMI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English timeline for one assignee named only by surname; no identifiers",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "shukko-040",
        "sender": "Hiroshi Tsutsumi <h.tsutsumi@hinode-sangyo.co.jp>",
        "to": ["Somchai Rattanakorn <somchai.r@hinode-th.com>"],
        "cc": ["Pimchanok <hr@hinode-th.com>"],
        "subject": "Work permit - passport details of Mr. Kurata",
        "charset": "utf-8",
        "body": """Dear Khun Somchai, Khun Pimchanok,

The secure transfer link seems to have expired, so here are the details you asked for
the work permit application:

  Full name:        KURATA Shunsuke
  Date of birth:    21 February 1985
  Nationality:      Japanese
  Passport No.:     TR8830417
  Date of issue:    10 Jan 2023   Date of expiry: 10 Jan 2033
  Home address:     3-12-7 Kamimeguro, Meguro-ku, Tokyo 153-0051

Please let me know if the labour office needs anything else.

Best regards,
""" + SIG_TSUTSUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "passport number and birth date of an assignee in English mail to the Thai subsidiary",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "shukko-041",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["産業保健スタッフ <sangyo-hoken@hinode-sangyo.co.jp>"],
        "cc": ["産業医 海老原先生 <ebihara.dr@mail.hinode-sangyo.co.jp>"],
        "subject": "出向者 廿楽さんの再検査結果（共有）",
        "charset": "iso-2022-jp",
        "body": """産業保健スタッフ各位
海老原先生

労務課の鬼頭です。
川崎電機に出向中の廿楽健二郎さん（H09012）の再検査結果が届きました。

　・血圧：１６８／１０２ mmHg（服薬中）
　・心エコー：左室肥大の疑い
　・主治医コメント：降圧剤を増量、３か月後に再評価

出向先での深夜勤務の可否について、先生のご意見をいただけますでしょうか。
（出向先への連絡は、ご意見をいただいた後に就業上の措置の内容だけを伝える予定です）

鬼頭
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health information of a named secondee, but only to internal occupational health staff",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "shukko-042",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["kasai.t@hinode-logi.co.jp"],
        "subject": "10月出向者の受入資料一式",
        "charset": "utf-8",
        "body": """笠井様

お世話になっております。日の出産業の榊原です。

先ほどのパスワード付きファイルが開けないとのことでしたので、
社内のルールを確認のうえ、圧縮のみでお送りし直します。
中身は「受入案内」と「住所録」の２ファイルです。

""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "zip", "name": "受入資料_202610.zip",
             "files": [
                 {"kind": "docx", "name": "受入案内.docx",
                  "paragraphs": ["日の出ロジスティクス株式会社への出向者受入案内",
                                 "初出社日：2026年10月1日（木）8:45 草加物流センター管理棟",
                                 "持ち物：年金手帳（基礎年金番号通知書）、雇用保険被保険者証、通勤経路届"]},
                 {"kind": "csv", "name": "住所録.csv", "encoding": "utf-8",
                  "rows": [
                      ["氏名", "ふりがな", "郵便番号", "住所", "電話", "メール（私用）"],
                      ["保母 晃", "ほぼ あきら", "340-0023", "埼玉県草加市谷塚1-2-3", "090-1111-2033", "akira.hobo@outlook.jp"],
                      ["桃生 さくら", "ものう さくら", "121-0816", "東京都足立区梅島2-9-5", "080-4402-7718", "sakura.monou@icloud.com"],
                      ["皆川 剛士", "みながわ つよし", "340-0816", "埼玉県八潮市中央4-4-1", "090-3375-1164", "t-minagawa@yahoo.co.jp"],
                      ["戸来 菜々子", "へらい ななこ", "125-0061", "東京都葛飾区亀有3-30-2", "070-6620-1298", "nanako.herai@gmail.com"],
                      ["木全 亮介", "きまた りょうすけ", "271-0091", "千葉県松戸市本町7-8-12", "080-9931-0456", "kimata.r@docomo.ne.jp"],
                      ["御簾納 哲", "みすのう さとし", "343-0845", "埼玉県越谷市南越谷2-10-4", "090-2740-5519", "misuno.satoshi@gmail.com"],
                  ]},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP holding a UTF-8 CSV address book of six people to a group company",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "shukko-043",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["igari.s@aoba-unyu.co.jp"],
        "subject": "出向先候補の事業所一覧について",
        "charset": "shift_jis",
        "body": """青葉運輸 猪狩様

お世話になっております。薬師寺です。
来期の出向者の配属先候補として伺っている事業所を、当社側で整理しました。
誤りがないかご確認ください。

事業所名　　　　　　所在地　　　　　　　　　　　　　　電話（代表）
-------------------------------------------------------------------------------
新木場センター　　　東京都江東区新木場2-3-8　　　　　03-3522-4100
市川塩浜営業所　　　千葉県市川市塩浜1-12-5　　　　　 047-395-2210
浦安物流センター　　千葉県浦安市千鳥14-1　　　　　　 047-304-7781
大井埠頭事業所　　　東京都品川区八潮2-9-2　　　　　　03-3790-5512
川崎浮島倉庫　　　　神奈川県川崎市川崎区浮島町4-6　　044-270-3308

各事業所の受入人数の上限も、分かればお知らせいただけると助かります。

""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of a partner's offices with switchboard numbers: businesses, not people",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "shukko-044",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kanki-kenpo.or.jp>"],
        "subject": "被保険者証の記号番号の照会（出向者の被扶養者認定）",
        "charset": "iso-2022-jp",
        "body": """関東機械工業健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業 人事部 労務課の鬼頭です。

出向者の被扶養者異動届について、下記の被保険者の記号・番号でよろしいか
ご確認いただけますでしょうか。出向に伴い事業所記号が変わっております。

　被保険者氏名：仁平 亜希子
　生年月日　　：平成２年１月３０日
　被保険者証　：記号　３１０２　番号　４４７
　追加する被扶養者：仁平 湊（長男）平成３０年２月１日生

よろしくお願いいたします。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol and number of an employee to an external insurer",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "shukko-045",
        "sender": "Hiroshi Tsutsumi <h.tsutsumi@hinode-sangyo.co.jp>",
        "to": ["Karen Whitfield <k.whitfield@hinode-america.com>"],
        "subject": "Re: Assignees' US addresses",
        "charset": "utf-8",
        "body": """Karen,

Got it, thank you. I have updated our records; no action needed on your side.

Hiroshi

On Tue, Jun 9, 2026 at 7:41 AM Karen Whitfield <k.whitfield@hinode-america.com> wrote:
> Hi Hiroshi,
>
> Here are the current US addresses of the Japanese assignees for your records:
>
> Name               Address                                         Phone
> Kenta Osaragi      1420 E Golf Rd Apt 12, Schaumburg, IL 60173     (847) 555-0142
> Yuki Hamanaka      305 N Plum Grove Rd, Palatine, IL 60067         (847) 555-0177
> Daisuke Mogami     88 Woodfield Rd Unit 4B, Schaumburg, IL 60173   (847) 555-0193
> Ayaka Tokorozawa   1901 N Roselle Rd, Schaumburg, IL 60195         (224) 555-0108
> Shun Inokuchi      710 W Algonquin Rd, Arlington Heights, IL 60005 (224) 555-0126
>
> Best,
> Karen
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only in the quoted text from the recipient herself",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "shukko-046",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "cc": ["domeki@tsubasa-system.jp", "kasai.t@hinode-logi.co.jp"],
        "subject": "出向者交流会（7/24）の会場決定のお知らせ",
        "charset": "utf-8",
        "body": """関係各社 ご担当者様

お世話になっております。日の出産業の薬師寺です。
各社に出向している当社社員の交流会について、会場が決まりましたのでお知らせします。

  日時　7月24日（金）18:00〜20:00
  会場　浜松町 ホテルシーサイド 2F「潮風の間」
  対象　各社に出向中の当社社員（計22名予定）

各社の上長の方にもご参加いただけると嬉しいです。
出席者のお名前を7月10日までにお知らせください。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external companies (two partners and a group company) in To/Cc",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "shukko-047",
        "sender": "勘解由小路 怜 <kadenokoji@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@kitaguni-foods.co.jp"],
        "subject": "出向コスト試算（来期）",
        "charset": "shift_jis",
        "body": """北国フーズ 鰐淵様

お世話になっております。日の出産業 経理部の勘解由小路です。
来期の出向者受入に係るコスト試算をお送りします。
負担割合は現行の５０％で計算しています。

""" + SIG_KADENOKOJI,
        "attachments": [
            {"kind": "xlsx", "name": "出向コスト試算_FY2027.xlsx",
             "page_header": "部外秘", "title": "出向コスト試算（部外秘）",
             "sheets": {
                 "試算": [
                     ["【部外秘】FY2027 出向コスト試算（北国フーズ向け）"],
                     ["区分", "人数", "平均月額給与", "社保事業主負担", "年間総額", "貴社負担(50%)"],
                     ["管理職", 1, 620000, 93000, 9200000, 4600000],
                     ["一般職", 3, 310000, 46500, 13800000, 6900000],
                     ["合計", 4, "", "", 23000000, 11500000],
                 ],
                 "前提": [["賞与は年4.2か月で計算"], ["昇給率2.5%を見込む"]],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached cost estimate is stamped 部外秘 (header and title row), going outside",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "shukko-048",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "面談参加者のご連絡（出向者フォロー面談）",
        "charset": "iso-2022-jp",
        "body": """小鳥遊様

お世話になっております。榊原です。
来週の出向者フォロー面談の参加者と当日の連絡先は以下のとおりです。

　１．躑躅森 颯太　　０９０－４４７１－２３８０
　２．十河 千夏　　　０８０－３３１８－６６２４
　３．百武 里緒　　　０７０－２２５６－９０３１
　４．仁平 亜希子　　０９０－７７３５－２０１９

会場は貴社本館３階の小会議室でお願いいたします。

""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four attendees with full-width mobile numbers: under five records, may warn",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "shukko-049",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "10月出向者の配属先（確定版）",
        "charset": "utf-8",
        "body": """小鳥遊様

お世話になっております。薬師寺です。
10月1日付の出向者5名の配属先が確定しましたのでお知らせします。

氏名　　　　　配属先　　　　　　　　　出向開始日
----------------------------------------------------
杢野 雅人　　技術本部 設計一課　　　2026/10/01
鬼塚 しおり　調達部 購買課　　　　　2026/10/01
久我山 紬　　品質保証部　　　　　　2026/10/01
轟 大地　　　生産技術部　　　　　　2026/10/01
乙部 ありさ　経営企画部　　　　　　2026/10/01

辞令の写しは別途郵送いたします。

""" + SIG_YAKUSHIJI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five names with assignment only (no contact data or identifiers) to the host company: borderline list",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "shukko-050",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@kitaguni-foods.co.jp"],
        "subject": "出向者への合理的配慮についてのお願い",
        "charset": "utf-8",
        "body": """北国フーズ株式会社 人事総務課
鰐淵様

お世話になっております。日の出産業 労務課の鬼頭です。

７月から貴社札幌工場に出向する戸来菜々子さんは、聴覚障害（身体障害者手帳４級）があり、
当社では以下の配慮を行っております。貴社でも同様のご対応をお願いできますでしょうか。

・朝礼や会議では、要点をチャットまたは筆談で共有する
・緊急時の館内放送について、光による通知（フラッシュライト）を設置する
・電話対応の業務からは外す

本人とも相談のうえでお伝えしております。

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named secondee's disability (要配慮個人情報) sent to the host company",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "shukko-051",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["saburi@tsubasa-system.jp"],
        "subject": "出向者向け 合同研修のご案内",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム 佐分利様

お世話になっております。薬師寺です。
出向者向けの合同研修（コンプライアンス・情報セキュリティ）を以下で実施します。
貴社に出向中の２名にもご参加いただけるよう、業務調整をお願いできますでしょうか。

　日時：２０２６年６月１６日（火）１３：００～１７：００
　会場：さくらホテル浜松町 ３階 桜の間
　　　　東京都港区海岸１－９－１０　TEL ０３－５４０３－８８１１
　持ち物：筆記用具、社員証

よろしくお願いいたします。

""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "training invitation; the only address and phone are a hotel's",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "shukko-052",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["domeki@tsubasa-system.jp"],
        "subject": "出向者名簿（10月分）",
        "charset": "utf-8",
        "body": """百目鬼様

お世話になっております。榊原です。
10月からの出向者名簿を添付いたします。ご確認ください。

""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "corrupt", "name": "出向者名簿_202610.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "shukko-053",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 志茂田様 <shimoda.k@midori-ginko.co.jp>"],
        "subject": "出向者給与の総合振込スケジュール変更について",
        "charset": "shift_jis",
        "body": """みどり銀行 法人営業部
志茂田様

いつもお世話になっております。日の出産業 給与厚生課の四十物です。

７月より、出向者分の給与を通常の社員分と分けて振り込むことになりました。
総合振込のスケジュールを以下のとおり変更したく、ご確認をお願いいたします。

　・通常分：毎月２５日振込（データ送信 ２２日）※変更なし
　・出向者分：毎月２５日振込（データ送信 ２３日）※新設
　・振込元口座：浜松町支店 普通 １２３４９０８（変更なし）

件数は月１５件程度を見込んでおります。手数料体系に変更がある場合はお知らせください。

""" + SIG_AIMONO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bank schedule change; only the company's own account appears",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "shukko-054",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["houjin@sumai-support.co.jp"],
        "subject": "借上社宅 入居者情報（6名分）",
        "charset": "iso-2022-jp",
        "body": """株式会社すまいサポート 法人営業部 御中

お世話になっております。日の出産業の榊原です。
川崎地区の借上社宅について、入居者の情報をお送りします。
賃貸借契約の入居者欄・緊急連絡先欄の記入にお使いください。

【１】
氏名：躑躅森 颯太（ツツジモリ ソウタ）
生年月日：昭和６３年５月１４日
携帯：０９０－４４７１－２３８０
入居物件：グランメゾン武蔵小杉 ５０３号室

【２】
氏名：十河 千夏（ソゴウ チナツ）
生年月日：平成３年１１月２日
携帯：０８０－３３１８－６６２４
入居物件：パークサイド元住吉 ２０１号室

【３】
氏名：廿楽 健二郎（ツヅラ ケンジロウ）
生年月日：昭和５４年２月２７日
携帯：０９０－８８２０－１１４７
入居物件：レジデンス新丸子 ４０２号室
同居家族：妻・長女

【４】
氏名：百武 里緒（ヒャクタケ リオ）
生年月日：平成７年７月１９日
携帯：０７０－２２５６－９０３１
入居物件：ステラ日吉 １０５号室

【５】
氏名：五味 直哉（ゴミ ナオヤ）
生年月日：昭和５９年９月８日
携帯：０８０－６６１２－４４７８
入居物件：コンフォート平間 ３０８号室

【６】
氏名：仁平 亜希子（ニヒラ アキコ）
生年月日：平成２年１月３０日
携帯：０９０－７７３５－２０１９
入居物件：パークサイド元住吉 ３０２号室

以上、よろしくお願いいたします。

""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six one-record-per-block entries with 和暦 birth dates and full-width mobiles to a housing agent",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "shukko-055",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>"],
        "cc": ["jinji-kikaku@hinode-sangyo.co.jp"],
        "subject": "FW: 受入出向者の連絡先（川崎電機より）",
        "charset": "utf-8",
        "body": """榊原さん

川崎電機さんから、当社に受け入れる出向者の連絡先が届きました。
座席表と内線表の作成にお使いください。

薬師寺

---------- Forwarded message ---------
From: 小鳥遊 隆之 <takanashi@kawasaki-denki.co.jp>
Date: 2026年3月24日(火) 17:05
Subject: 受入出向者の連絡先
To: <yakushiji-m@hinode-sangyo.co.jp>

薬師寺様

4月から貴社へ出向する当社社員の連絡先です。

・能登谷 弘樹　090-6631-0294　hiroki.notoya@kawasaki-denki.co.jp
・湯浅 貴美子　080-2245-7790　kimiko.yuasa@kawasaki-denki.co.jp
・阿比留 翔　　070-5518-3362　sho.abiru@kawasaki-denki.co.jp
・簗瀬 真琴　　090-4480-1157　makoto.yanase@kawasaki-denki.co.jp
・猿渡 勇気　　080-9902-6613　yuki.saruwatari@kawasaki-denki.co.jp

川崎電機株式会社 人事部 小鳥遊
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "partner's list of five inbound secondees forwarded among internal staff only",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "shukko-056",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["soumu@hinode-techno.co.jp"],
        "subject": "転籍者の源泉徴収票作成用データ",
        "charset": "utf-8",
        "body": """日の出テクノサービス 総務課 御中

お世話になっております。日の出産業 給与厚生課の四十物です。
7月1日付で貴社に転籍した3名について、当社在籍期間分の給与データと
源泉徴収票の作成に必要な個人番号をExcelでお送りします。
貴社の年末調整で前職分として合算してください。

""" + SIG_AIMONO,
        "attachments": [
            {"kind": "xlsx", "name": "転籍者_前職分データ.xlsx",
             "sheets": {
                 "前職分": [
                     ["氏名", "個人番号", "住所", "支払金額", "源泉徴収税額", "社会保険料"],
                     ["漆原 瑞穂", my_number(SEED + 8), "東京都北区赤羽西1-33-6", 2310000, 61400, 338200],
                     ["蔵元 英樹", my_number(SEED + 9), "埼玉県さいたま市浦和区常盤7-2-15", 3905000, 148700, 571600],
                     ["汐見 恭子", my_number(SEED + 10), "東京都練馬区石神井町3-8-22", 3122000, 97300, 457000],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "My Numbers of three transferred employees in XLSX to a group company's domain",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "shukko-057",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "出向者管理の役割分担（出向元／出向先）",
        "charset": "utf-8",
        "body": """小鳥遊様

お世話になっております。鬼頭です。
出向者の労務管理について、両社の役割分担を表にまとめました。
当社の社内検討用資料をベースにしていますので、体裁はご容赦ください。

""" + SIG_KITO,
        "attachments": [
            {"kind": "docx", "name": "出向者管理_役割分担表.docx",
             "page_header": "CONFIDENTIAL - Internal Only",
             "page_footer": "Hinode Sangyo / HR  Confidential",
             "paragraphs": ["出向者管理における役割分担（出向元：日の出産業／出向先：川崎電機）"],
             "tables": [[["業務", "出向元", "出向先", "備考"],
                         ["勤怠管理", "", "○", "月次で出向元へ報告"],
                         ["給与支払", "○", "", "負担金を出向先へ請求"],
                         ["社会保険", "○", "", "出向元で継続加入"],
                         ["労災保険", "", "○", "出向先の保険関係による"],
                         ["人事評価", "○", "○", "一次：出向先、最終：出向元"],
                         ["健康診断", "", "○", "結果は本人同意のうえ出向元へ"]]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached DOCX carries a CONFIDENTIAL - Internal Only page header, going to a partner",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "shukko-058",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["猪狩 様 <igari.s@a0ba-unyu.co.jp>"],
        "subject": "Re: 出向者の評価スケジュール",
        "charset": "iso-2022-jp",
        "body": """猪狩様

お世話になっております。薬師寺です。
上期評価のスケジュールについて、以下でお願いできればと存じます。

　９月１０日まで：出向先上長による一次評価（評価シートを当社へ送付）
　９月２５日まで：当社部門長による二次評価
　１０月上旬　　：本人へのフィードバック面談

評価シートの様式は前期と同じです。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "a0ba-unyu.co.jp uses a zero for the o of partner aoba-unyu.co.jp",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "shukko-059",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["情報システム部 ヘルプデスク <helpdesk@tsubasa-system.jp>"],
        "subject": "出向者のアカウント発行依頼",
        "charset": "utf-8",
        "body": """ツバサシステム 情報システム部
ヘルプデスク ご担当者様

お世話になっております。日の出産業の榊原です。
10月1日より貴社に出向する乙部について、貴社のPCアカウントと
メールアドレスの発行をお願いいたします。

　氏名（漢字）　：乙部 ありさ
　氏名（ローマ字）：Arisa Otobe
　当社メールアドレス：arisa.otobe@hinode-sangyo.co.jp（転送設定用）
　利用開始日　：2026年10月1日

よろしくお願いいたします。

""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one secondee's name and work e-mail for an account request: single record, may warn",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "shukko-060",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "受入出向者 5月度勤怠実績",
        "charset": "shift_jis",
        "body": """小鳥遊様

お世話になっております。日の出産業 労務課の鬼頭です。
当社で受け入れている貴社出向者の５月度勤怠実績をテキストでお送りします。
貴社での給与計算にお使いください。

""" + SIG_KITO,
        "attachments": [
            {"kind": "txt", "name": "kintai_202605_kawasaki.txt", "encoding": "cp932",
             "text": "社員番号\t氏名\t所定日数\t出勤日数\t有休取得\t時間外(h)\t深夜(h)\t休日出勤\n"
                     "KD20117\t能登谷 弘樹\t20\t19\t1\t22.5\t0\t0\n"
                     "KD20342\t湯浅 貴美子\t20\t20\t0\t8.0\t0\t0\n"
                     "KD21003\t阿比留 翔\t20\t18\t2\t31.0\t4.5\t1\n"
                     "KD19876\t簗瀬 真琴\t20\t20\t0\t12.25\t0\t0\n"
                     "KD21555\t猿渡 勇気\t20\t17\t3\t5.0\t0\t0\n"
                     "KD20731\t楪 千里\t20\t20\t0\t41.5\t6.0\t2\n"
                     "KD22010\t釼持 悠人\t20\t19\t1\t18.75\t0\t0\n"},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "tab-separated attendance records of seven employees (employee data) to a partner",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "shukko-061",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["jinji@aoba-unyu.co.jp"],
        "subject": "Re: 出向者の年次有給休暇の取扱いについて（ご質問への回答）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社 人事課 御中

お世話になっております。日の出産業 労務課の鬼頭です。
お問い合わせの件、以下のとおり回答いたします。

Ｑ１．出向者の年休の付与日はどちらの基準によるか
Ａ１．出向元（当社）の基準日（４月１日）で付与し、日数も当社規程によります。

Ｑ２．年５日の取得義務の管理はどちらが行うか
Ａ２．出向先で年休を管理していただく契約のため、貴社にてご管理をお願いします。
　　　取得状況は月次の勤怠報告に含めてください。

Ｑ３．出向終了時の残日数の扱い
Ａ３．当社に帰任後もそのまま引き継ぎます。

ほかにご不明点があればお知らせください。

""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Q&A about leave rules for secondees; no personal data",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "shukko-062",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 車両管理課 <sharyo@aoba-unyu.co.jp>"],
        "subject": "社用車運転者登録（出向者2名）",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 車両管理課 御中

お世話になっております。日の出産業の薬師寺です。
貴社の営業車を運転する出向者２名について、運転者登録をお願いいたします。

1) 鶴来 拓海
   運転免許証番号：３０１２０４５５７８１０
   免許の種類：普通・中型　有効期限：令和１０年７月１４日

2) 早乙女 修平
   運転免許証番号：３０１０９８８２０４６１
   免許の種類：普通　有効期限：令和９年１月３０日

免許証の写しは本人が持参いたします。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "driver's licence numbers (full-width) of two secondees to a partner",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "shukko-063",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["shirakawa@shirakawa-law.jp"],
        "subject": "在籍出向と労働者派遣の区別についてのご相談",
        "charset": "shift_jis",
        "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業 労務課の鬼頭です。

グループ外の企業（ツバサシステム社）への出向について、社内から
「実態が労働者派遣にあたるのではないか」との指摘がありました。
以下の点について、ご見解を伺えますでしょうか。

１．出向の目的が「技術指導」と「人材育成」であること（出向契約書に明記）
２．出向負担金が給与相当額の６０％で、当社に利益が生じないこと
３．出向先が指揮命令を行い、勤怠も出向先で管理していること
４．出向期間は原則２年、延長は１回まで

業として行うものと判断される要素がないか、という点が主な懸念です。
お手数ですが、ご面談の日程もあわせてご相談させてください。

""" + SIG_KITO + "\n\n" + DISCLAIMER_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal consultation about secondment vs dispatch; no people",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "shukko-064",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp", "nyu@aoi-sr.jp", "soichiro.t.1976@gmail.com"],
        "subject": "出向中の労災事故に関する手続きの進め方",
        "charset": "utf-8",
        "body": """川崎電機 小鳥遊様
社会保険労務士法人あおい 丹生先生
杢野様（ご家族）

お世話になっております。日の出産業 労務課の鬼頭です。

先日の件について、今後の手続きの進め方を共有いたします。
・労災の請求手続きは出向先である川崎電機様の保険関係で行います
・請求書の事業主証明は川崎電機様、書類作成は丹生先生にお願いします
・ご家族には、病院への提出書類を丹生先生から直接ご案内いただきます

ご不明点があれば、いつでもご連絡ください。

""" + SIG_KITO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a partner, a 社労士 firm and a private person all in To: three external parties see each other",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "shukko-065",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "cc": ["能登谷 弘樹 <hiroki.notoya@kawasaki-denki.com>"],
        "subject": "受入出向の延長についての確認",
        "charset": "iso-2022-jp",
        "body": """小鳥遊様
（ｃｃ：能登谷様）

お世話になっております。日の出産業の榊原です。

当社で受け入れております能登谷様の出向期間について、
当社としては１年間の延長をお願いしたく考えております。
ご本人のご意向も踏まえて、貴社でご検討いただけますでしょうか。

""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain", "multiple_external_domains"],
        "note": "Cc domain kawasaki-denki.com is the partner kawasaki-denki.co.jp with another TLD",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "shukko-066",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@kitaguni-foods.co.jp"],
        "subject": "出向者の社員食堂利用・勤務上の配慮について",
        "charset": "utf-8",
        "body": """北国フーズ株式会社
鰐淵様

お世話になっております。日の出産業の薬師寺です。

８月から貴社に出向するアフマド・ラフマン（Ahmad Rahman）は、イスラム教徒のため
以下の点でご配慮いただけますと幸いです。

・社員食堂では豚肉・アルコールを含まないメニューをご案内ください
・金曜の正午前後に、礼拝のため３０分程度の離席を認めていただきたい
・ラマダン期間（来年２月頃）は日中の飲食をしないため、会食の予定は避けてください

ご本人からも了解を得たうえでお伝えしております。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named secondee's religion (信条, 要配慮個人情報) sent to the host company",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "shukko-067",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["kasai.t@hinode-logi.co.jp", "soumu@hinode-techno.co.jp",
               "k.whitfield@hinode-america.com"],
        "subject": "【グループ各社】出向受入アンケートご協力のお願い",
        "charset": "utf-8",
        "body": """グループ各社 人事ご担当者様
Dear Karen,

お世話になっております。日の出産業 人事部の榊原です。

グループ内出向制度の見直しに向けて、受入側のご意見を伺うアンケートを実施します。
下記のフォームから、6月30日までにご回答をお願いいたします（所要10分程度）。

  https://forms.hinode-sangyo.co.jp/survey/shukko-2026

(English: please answer the short survey above on our secondment scheme by June 30.)

""" + SIG_SAKAKIBARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three group companies on three external domains in To, visible to each other",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "shukko-068",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@kitaguni-foods.co.jp"],
        "subject": "出向者の身上書（受入準備用）",
        "charset": "shift_jis",
        "body": """北国フーズ 鰐淵様

お世話になっております。鬼頭です。
８月から札幌工場に出向する５名の身上書をWordでまとめました。
寮の部屋割りと緊急連絡網の作成にお使いください。

""" + SIG_KITO,
        "attachments": [
            {"kind": "docx", "name": "身上書_札幌工場出向者.docx",
             "paragraphs": ["出向者身上書（北国フーズ株式会社 札幌工場）",
                            "作成：日の出産業株式会社 人事部 労務課　2026年7月",
                            "※家族欄は帯同予定の家族のみ"],
             "tables": [[
                 ["氏名", "生年月日", "現住所", "携帯電話", "帯同家族", "緊急連絡先"],
                 ["戸来 菜々子", "平成8年4月17日", "東京都葛飾区亀有3-30-2", "070-6620-1298", "なし", "父 戸来 伸一 0178-43-2291"],
                 ["アフマド・ラフマン", "1993年11月5日", "東京都新宿区大久保2-18-4-306", "080-3915-6627", "なし", "兄 080-4471-0098"],
                 ["宮良 壮真", "平成4年2月8日", "神奈川県相模原市南区相模大野5-3-11", "090-1173-8842", "妻・長男", "妻 宮良 美咲 090-1173-8843"],
                 ["八鍬 千尋", "平成10年9月29日", "埼玉県所沢市東町12-5", "080-6654-2017", "なし", "母 八鍬 淳子 04-2923-5561"],
                 ["及位 健太", "昭和61年6月3日", "東京都調布市布田4-22-9", "090-8831-4460", "妻", "妻 及位 由香 090-8831-4461"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five personal-history records with families and emergency contacts to a partner",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "shukko-069",
        "sender": "勘解由小路 怜 <kadenokoji@hinode-sangyo.co.jp>",
        "to": ["川崎電機 経理部 支払担当 <shiharai@kawasaki-denki.co.jp>"],
        "subject": "受入出向者に係る給与負担金 請求書（2026年4月分）",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
経理部 支払ご担当者様

いつもお世話になっております。日の出産業 経理部の勘解由小路です。

貴社から受け入れている出向者の給与負担金（当社負担分の差額精算）について、
請求書を添付いたします。
　請求書番号：ＨＳ－ＵＫ－２６０４－００７
　ご請求金額：１，４３０，０００円（税込）

なお、当社の適格請求書発行事業者登録番号は Ｔ２０１１００１０３４５６２ です。

""" + SIG_KADENOKOJI,
        "attachments": [
            {"kind": "pdf", "name": "HS-UK-2604-007.pdf",
             "lines": ["請求書  No. HS-UK-2604-007", "川崎電機株式会社 御中",
                       "発行元：日の出産業株式会社（登録番号 T2011001034562）",
                       "件名：受入出向者 給与負担金差額精算（2026年4月分）",
                       "金額：1,300,000円　消費税：130,000円　合計：1,430,000円",
                       "お振込先：みどり銀行 浜松町支店 普通 1234908",
                       "お支払期限：2026年5月31日"]},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's registration number (T-number) and company account; no personal data",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "shukko-070",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["一尺八寸先生 <kamatsuka@shirakawa-law.co.jp>"],
        "subject": "ツバサシステム社との出向契約書 修正版",
        "charset": "utf-8",
        "body": """一尺八寸先生

お世話になっております。日の出産業の薬師寺です。
先日ご指摘いただいた点（第７条の指揮命令、第１０条の労災保険）を反映した
修正版を添付いたします。再度ご確認をお願いいたします。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "docx", "name": "出向契約書_ツバサ_修正版.docx",
             "paragraphs": ["出向に関する契約書（修正版）",
                            "第７条（指揮命令）出向者は、出向期間中、乙の指揮命令に従い業務に従事する。",
                            "第１０条（労災保険）出向者の業務災害については、乙の労災保険を適用する。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp adds co. to the partner law firm's shirakawa-law.jp",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "shukko-071",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["宮良 壮真 <soma.miyara@yahoo.co.jp>"],
        "subject": "出向条件通知書の送付（ご本人様控え）",
        "charset": "iso-2022-jp",
        "body": """宮良 壮真 様

人事部の榊原です。
ご希望により、出向条件通知書の控えをご自宅のアドレスにお送りします。
内容をご確認のうえ、相違があればお知らせください。

　氏名　　　：宮良 壮真
　現住所　　：神奈川県相模原市南区相模大野５－３－１１
　出向先　　：北国フーズ株式会社 札幌工場 生産管理課
　出向期間　：令和８年８月１日～令和１０年７月３１日
　勤務地手当：月額３０，０００円（単身赴任手当を含まず）
　社宅　　　：北国フーズ社 独身寮（札幌市東区）

""" + SIG_SAKAKIBARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "the employee's own terms sent to his own free-mail address: one person, one free-mail recipient",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "shukko-072",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["saburi@tsubasa-system.jp"],
        "subject": "FW: 出向者 連絡網（添付のメールをご覧ください）",
        "charset": "utf-8",
        "body": """佐分利様

お世話になっております。薬師寺です。
社内で回覧した連絡網のメールを、そのまま添付でお送りします。
貴社の緊急連絡網に転記してください。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "eml", "name": "出向者連絡網.eml",
             "message": {
                 "sender": "宍戸 まどか <madoka.shishido@hinode-sangyo.co.jp>",
                 "to": ["yakushiji-m@hinode-sangyo.co.jp"],
                 "subject": "ツバサ出向者 連絡網",
                 "charset": "utf-8",
                 "body": """薬師寺さん

ツバサシステムに出向している（出向予定含む）メンバーの連絡網です。

1. 東風谷 蓮　　090-5521-8804　ren.kochiya@gmail.com　　江東区豊洲5-6-15
2. 宍戸 まどか　080-2047-3396　madoka.s.0612@icloud.com　品川区戸越5-7-3
3. 久我山 紬　　080-4419-2267　kugayama.t@yahoo.co.jp　　杉並区久我山2-4-9
4. 轟 大地　　　090-7702-3358　todoroki.daichi@gmail.com　目黒区碑文谷3-1-12
5. 乙部 ありさ　070-3361-8842　arisa0729@outlook.jp　　　世田谷区経堂1-20-6
6. 香椎 瑛太　　090-3348-0715　eita.kashii@gmail.com　　中野区野方6-11-2

宍戸
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached .eml carries a six-person phone/e-mail/address list to a partner",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "shukko-073",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["nyu@aoi-sr.jp"],
        "subject": "RE: 個人番号の桁数エラーについて",
        "charset": "shift_jis",
        "body": f"""丹生様

ご指摘ありがとうございます。
本人に確認し、正しい番号が分かりましたら社内の安全な経路で再提出いたします。
メールでの送付は控えますので、ご了承ください。

四十物

差出人: 丹生 <nyu@aoi-sr.jp>
送信日時: 2026年1月14日 11:20
宛先: 四十物 千春 <aimono.c@hinode-sangyo.co.jp>
件名: 個人番号の桁数エラーについて

四十物様

お世話になっております。社会保険労務士法人あおいの丹生です。
先日ご提出いただいた扶養控除申告書のデータのうち、以下の方の個人番号が
チェックデジットのエラーとなっております。

　鰐部 陽葵 様　個人番号：{my_number(SEED + 11)[:11]}{(int(my_number(SEED + 11)[11]) + 5) % 10}（ご提出値）

再度ご確認いただけますでしょうか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the only number is in the quoted mail from the recipient (and it is check-digit invalid)",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "shukko-074",
        "sender": "Hiroshi Tsutsumi <h.tsutsumi@hinode-sangyo.co.jp>",
        "to": ["k.whitfield@hinode-america.com"],
        "subject": "Draft secondment agreement FY2026 (for your review)",
        "charset": "utf-8",
        "body": """Hi Karen,

Attached is the draft intra-group secondment agreement for FY2026. The main change is
the recharge of social insurance premiums (section 6). Legal on our side has cleared it;
please let me know if US counsel has any comments by the end of the month.

Regards,
Hiroshi
""" + "\n" + DISCLAIMER_EN,
        "attachments": [
            {"kind": "pdf", "name": "Secondment_Agreement_FY2026_draft.pdf",
             "title": "Secondment Agreement FY2026 - CONFIDENTIAL",
             "page_header": "CONFIDENTIAL",
             "page_footer": "Strictly Confidential - Hinode Sangyo Group",
             "lines": ["INTRA-GROUP SECONDMENT AGREEMENT (DRAFT)",
                       "between Hinode Sangyo Co., Ltd. (the Home Company) and Hinode America Inc. (the Host Company)",
                       "1. Secondment. The Home Company seconds the Assignees listed in Schedule 1 to the Host Company.",
                       "6. Costs. The Host Company shall reimburse salary and employer social insurance premiums monthly.",
                       "9. Confidentiality. Each party shall keep this Agreement confidential."]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached PDF stamped CONFIDENTIAL in its page header and title, to an external domain",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "shukko-075",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["soumu@hinode-techno.co.jp"],
        "subject": "出向・転籍時の社会保険引継ぎの流れ（ご参考）",
        "charset": "iso-2022-jp",
        "body": """日の出テクノサービス 総務課 御中

お世話になっております。日の出産業の鬼頭です。
先日ご質問のあった、出向・転籍時の社会保険の引継ぎについて、流れをまとめました。

【在籍出向（出向元で給与支給）の場合】
　１．社会保険・雇用保険は出向元（当社）で継続
　２．労災保険は出向先（貴社）で適用
　３．出向先での手続きは不要

【転籍の場合】
　１．当社で資格喪失届（転籍日の翌日が喪失日ではなく転籍日）を提出
　２．貴社で資格取得届を提出（基礎年金番号は本人の年金手帳等で確認）
　３．健康保険証は当社で回収・返納、貴社で新規発行
　４．雇用保険は当社で離職票を発行せず、資格喪失のみ

個人ごとの情報は、別途本人同意を得たうえで書面でお渡しします。

""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "generic procedure for social insurance handover; mentions 基礎年金番号 but carries none",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "shukko-076",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "出向者紹介スライド（着任挨拶用）",
        "charset": "utf-8",
        "body": """小鳥遊様

お世話になっております。薬師寺です。
4月の全体朝礼で使っていただく、出向者の紹介スライドをお送りします。
朝礼後は貴社の社内ポータルに掲載いただいて構いません。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "pptx", "name": "出向者紹介_202604.pptx", "title": "出向者紹介",
             "slides": [
                 ["日の出産業からの出向者紹介（2026年4月）", "6名が技術本部・調達部・品質保証部に着任します"],
                 ["躑躅森 颯太（つつじもり そうた）", "1988年5月14日生／川崎市中原区在住", "携帯 090-4471-2380", "趣味：釣り"],
                 ["十河 千夏（そごう ちなつ）", "1991年11月2日生／大田区在住", "携帯 080-3318-6624", "趣味：ボルダリング"],
                 ["廿楽 健二郎（つづら けんじろう）", "1979年2月27日生／船橋市在住", "携帯 090-8820-1147", "趣味：家庭菜園"],
                 ["百武 里緒（ひゃくたけ りお）", "1995年7月19日生／川口市在住", "携帯 070-2256-9031", "趣味：カメラ"],
                 ["五味 直哉（ごみ なおや）", "1984年9月8日生／世田谷区在住", "携帯 080-6612-4478", "趣味：マラソン"],
                 ["仁平 亜希子（にひら あきこ）", "1990年1月30日生／横浜市港北区在住", "携帯 090-7735-2019", "趣味：茶道"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTX with six people's birth dates and mobiles, one slide each, to a partner",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "shukko-077",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "住民税 特別徴収の切替対象者（出向者・転籍者）",
        "charset": "utf-8",
        "body": """給与厚生課各位

６月からの住民税特別徴収について、出向・転籍に伴い切替が必要な方の一覧です。
各市区町村への異動届は今週中に送付します。

四十物
""",
        "attachments": [
            {"kind": "csv", "name": "juminzei_kirikae_202606.csv", "encoding": "utf-8",
             "rows": [
                 ["社員番号", "氏名", "住所", "課税市区町村", "年税額", "区分"],
                 ["H09013", "漆原 瑞穂", "東京都北区赤羽西1-33-6", "北区", "142800", "転籍（一括徴収）"],
                 ["H08620", "蔵元 英樹", "埼玉県さいたま市浦和区常盤7-2-15", "さいたま市", "288300", "転籍（一括徴収）"],
                 ["H08844", "汐見 恭子", "東京都練馬区石神井町3-8-22", "練馬区", "201500", "転籍（一括徴収）"],
                 ["H10231", "躑躅森 颯太", "神奈川県川崎市中原区今井南町12-3-205", "川崎市", "176400", "継続"],
                 ["H10488", "十河 千夏", "東京都大田区南雪谷4-8-11", "大田区", "151200", "継続"],
                 ["H09012", "廿楽 健二郎", "千葉県船橋市本町3-21-9", "船橋市", "263900", "継続"],
                 ["H11730", "百武 里緒", "埼玉県川口市栄町2-6-14", "川口市", "118700", "継続"],
                 ["H09877", "五味 直哉", "東京都世田谷区用賀1-19-7", "世田谷区", "224100", "継続"],
                 ["H10655", "仁平 亜希子", "神奈川県横浜市港北区日吉本町5-40-2", "横浜市", "162000", "継続"],
                 ["H11102", "東風谷 蓮", "東京都江東区豊洲5-6-15-2201", "江東区", "139500", "継続"],
                 ["H11415", "宍戸 まどか", "東京都品川区戸越5-7-3", "品川区", "131000", "継続"],
                 ["H08320", "鰐部 拓真", "埼玉県越谷市南越谷1-14-8", "越谷市", "190600", "継続"],
             ]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "twelve employees' addresses and tax amounts, internal recipients only",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "shukko-078",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 人事 百目鬼様 <domeki@tsubasa-system.jp>"],
        "subject": "FW: 診断書の提出について（宍戸）",
        "charset": "utf-8",
        "body": """百目鬼様

お世話になっております。日の出産業の鬼頭です。
貴社に出向中の宍戸さんから、下記のとおり連絡がありました。
勤務の調整について、ご相談させてください。

----- Forwarded Message -----
From: 宍戸 まどか <madoka.shishido@hinode-sangyo.co.jp>
To: 鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>
Sent: 2026年9月3日 8:47
Subject: 診断書の提出について

鬼頭さん

おはようございます。宍戸です。
昨日、心療内科を受診し、「うつ病（中等症）」との診断を受けました。
医師からは２か月の自宅療養が必要と言われています。
診断書は本日、人事部宛に郵送します。
出向先の皆さんにはまだ伝えられていません。ご相談させてください。

宍戸
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "forwarded (new to the recipient) diagnosis of a named secondee to the host company",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "shukko-079",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "来期の出向受入人数（計画）",
        "charset": "shift_jis",
        "body": """小鳥遊様

お世話になっております。榊原です。
来期の出向者派出計画（部門別の人数）をお送りします。
貴社の受入可能人数と照らし合わせていただけますでしょうか。

""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "xlsx", "name": "出向計画_FY2027.xlsx",
             "sheets": {
                 "部門別": [
                     ["FY2027 出向計画（川崎電機向け）", "", "", ""],
                     ["受入部門", "上期", "下期", "職種"],
                     ["技術本部", 3, 2, "設計・解析"],
                     ["生産技術部", 1, 1, "設備保全"],
                     ["品質保証部", 1, 0, "品質管理"],
                     ["調達部", 0, 1, "購買"],
                     ["合計", 5, 4, ""],
                 ],
                 "推移": [["年度", "人数"], ["FY2024", 4], ["FY2025", 6], ["FY2026", 6], ["FY2027（計画）", 9]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "headcount plan by department, no individuals",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "shukko-080",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["igari.s@aoba-unyu.co.jp"],
        "subject": "兵藤さんの勤務シフトについてのお願い",
        "charset": "iso-2022-jp",
        "body": """猪狩様

お世話になっております。薬師寺です。

貴社に出向中の兵藤圭さんから、毎月第２水曜日の午後に定期的な通院があるため、
その日は早番シフトにしていただけないかとの相談がありました。
業務に支障のない範囲で、ご配慮いただけますと幸いです。

なお、詳しい事情は本人から直接お伝えしたいとのことです。

""" + SIG_YAKUSHIJI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "a named secondee's regular hospital visits without any diagnosis: health hint, borderline",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "shukko-081",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["wanibuchi@kitaguni-foods.co.jp"],
        "subject": "出向に関する覚書（札幌工場）送付",
        "charset": "shift_jis",
        "body": """北国フーズ 鰐淵様

お世話になっております。日の出産業の榊原です。
札幌工場への出向に関する覚書を、パスワード付きＺＩＰにてお送りします。
解凍パスワードは、この後の別メールでお知らせします。

""" + SIG_SAKAKIBARA,
        "attachments": [
            {"kind": "zip", "name": "覚書_札幌工場.zip", "password": "Kf#sapporo0801",
             "files": [
                 {"kind": "docx", "name": "覚書_札幌工場出向.docx",
                  "paragraphs": ["出向に関する覚書", "甲：日の出産業株式会社　乙：北国フーズ株式会社",
                                 "出向者：戸来 菜々子、アフマド・ラフマン、宮良 壮真、八鍬 千尋、及位 健太"]},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP (PPAP) to a partner: contents cannot be inspected",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "shukko-082",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["jinji@aoba-unyu.co.jp"],
        "cc": ["nyu@aoi-sr.jp"],
        "subject": "出向終了に伴う手続きのスケジュール",
        "charset": "utf-8",
        "body": """青葉運輸株式会社 人事課 御中
（cc：社会保険労務士法人あおい 丹生先生）

お世話になっております。日の出産業の鬼頭です。
3月末で出向を終了する者について、手続きのスケジュールを共有いたします。

  3/10  出向終了の通知（当社→本人）
  3/20  貸与物の返却リスト送付（貴社→当社）
  3/31  最終出勤日。勤怠の締めを貴社から当社へ送付
  4/10  3月分出向負担金の請求（当社→貴社）

社会保険は当社で継続加入のため、資格の手続きはありません。
労災保険の関係だけ、丹生先生にご確認いただいております。

""" + SIG_KITO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc, schedule only",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "shukko-083",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 札幌工場 総務係 <sapporo-soumu@kitaguni-foods.co.jp>"],
        "subject": "寮入居者の届出（出向者５名＋帯同家族）",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社 札幌工場 総務係 御中

お世話になっております。日の出産業の薬師寺です。
８月１日から貴工場の寮・社宅に入居する出向者の情報です。

氏　名　　　　　　生年月日　　　　携帯電話　　　　　　　入居先
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
戸来　菜々子　　　Ｈ８．４．１７　　０７０－６６２０－１２９８　　独身寮Ａ棟２１２
アフマド・ラフマン　１９９３．１１．５　０８０－３９１５－６６２７　　独身寮Ａ棟２１５
宮良　壮真　　　　Ｈ４．２．８　　　０９０－１１７３－８８４２　　社宅３号棟１０１
宮良　美咲　　　　Ｈ５．７．２１　　０９０－１１７３－８８４３　　社宅３号棟１０１（帯同）
八鍬　千尋　　　　Ｈ１０．９．２９　０８０－６６５４－２０１７　　独身寮Ｂ棟１０３
及位　健太　　　　Ｓ６１．６．３　　０９０－８８３１－４４６０　　社宅２号棟２０４

鍵の受け渡し方法についてご連絡をお待ちしております。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six people with 和暦 birth dates and full-width mobiles in a full-width padded table to a partner",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "shukko-084",
        "sender": "五百旗頭 誠 <iokibe.m@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部長 大豆生田様 <omameuda@kawasaki-denki.co.jp>"],
        "subject": "出向期間満了のご挨拶",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
人事部長 大豆生田 様

拝啓　春暖の候、貴社ますますご清栄のこととお慶び申し上げます。

さて、弊社より貴社へ出向しておりました社員６名は、３月３１日をもちまして
出向期間を満了し、弊社に帰任いたしました。
出向期間中は格別のご指導を賜り、誠にありがとうございました。
貴社で得た経験は、今後の弊社の事業に必ずや活かされるものと存じます。

今後とも変わらぬお付き合いのほど、よろしくお願い申し上げます。

敬具

日の出産業株式会社
人事部長　五百旗頭 誠
〒105-0013 東京都港区浜松町二丁目4番1号
TEL 03-5401-7700（代表）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "formal thank-you letter with the sender's signature only",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "shukko-085",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["tekiyo@kanki-kenpo.or.jp"],
        "subject": "被保険者証 回収・返納一覧（転籍者）",
        "charset": "shift_jis",
        "body": """関東機械工業健康保険組合
適用課 御中

お世話になっております。日の出産業の鬼頭です。
グループ会社への転籍に伴い回収した被保険者証の一覧をお送りします。
現物は本日、簡易書留で発送いたしました。

""" + SIG_KITO,
        "attachments": [
            {"kind": "xls", "name": "hokensho_henno.xls",
             "sheets": {"返納一覧": [
                 ["被保険者氏名", "生年月日", "記号", "番号", "続柄", "資格喪失日"],
                 ["漆原 瑞穂", "1989/06/18", "3102", "388", "本人", "2026/07/01"],
                 ["蔵元 英樹", "1978/12/04", "3102", "121", "本人", "2026/07/01"],
                 ["蔵元 由美子", "1980/03/15", "3102", "121", "妻", "2026/07/01"],
                 ["汐見 恭子", "1983/09/27", "3102", "264", "本人", "2026/07/01"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "legacy XLS with health insurance card symbols and numbers to an external insurer",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "shukko-086",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["kasai.t@hinode-logi.co.jp"],
        "subject": "赴任旅費精算書（10月出向者分）",
        "charset": "utf-8",
        "body": """笠井様

お世話になっております。日の出産業 給与厚生課の四十物です。
10月出向者の赴任旅費精算書をPDFでお送りします。
出向契約に基づき、貴社ご負担分をご確認ください。

""" + SIG_AIMONO,
        "attachments": [
            {"kind": "corrupt", "name": "赴任旅費精算書_202610.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached PDF is corrupt and cannot be inspected",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "shukko-087",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
        "cc": ["takanashi@kawasaki-denki.co.jp", "igari.s@aoba-unyu.co.jp",
               "wanibuchi@kitaguni-foods.co.jp"],
        "subject": "出向者ハンドブック 印刷部数のご連絡",
        "charset": "shift_jis",
        "body": """錦印刷株式会社 営業部 御中
（cc：受入各社ご担当者様）

お世話になっております。日の出産業の薬師寺です。
「出向者ハンドブック2026」の印刷部数と納品先をご連絡します。

　・日の出産業 本社　　　　　　　１２０部
　・川崎電機様 人事部　　　　　　　３０部
　・青葉運輸様 人事課　　　　　　　２０部
　・北国フーズ様 人事総務課　　　　１５部

受入各社の皆様には、納品日が決まり次第、錦印刷様からご連絡が入ります。

""" + SIG_YAKUSHIJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external companies in To/Cc, visible to each other",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "shukko-088",
        "sender": "日の出産業 人事部 <jinji@hinode-sangyo.co.jp>",
        "to": ["saburi@tsubasa-system.jp"],
        "subject": "出向受入企業様向けニュースレター Vol.4",
        "charset": "utf-8",
        "html": """<html><body>
<h2 style="color:#c60">出向受入企業様向けニュースレター Vol.4</h2>
<p>いつも当社社員の出向を受け入れていただき、ありがとうございます。</p>
<h3>今号のトピック</h3>
<ul>
<li>出向負担金の算定方法が変わります（2027年4月〜）</li>
<li>出向者の人事評価シートを電子化しました</li>
<li>受入企業様向け説明会のアーカイブ動画を公開しました</li>
</ul>
<table border="1" cellpadding="3">
<tr><th>項目</th><th>現行</th><th>改定後</th></tr>
<tr><td>負担金の基礎</td><td>基本給のみ</td><td>基本給＋諸手当</td></tr>
<tr><td>請求サイクル</td><td>四半期</td><td>月次</td></tr>
<tr><td>賞与分</td><td>別途請求</td><td>月割りで按分</td></tr>
</table>
<p>お問い合わせ：日の出産業株式会社 人事部 出向管理グループ（03-5401-7725）</p>
<p style="font-size:8pt;color:#888">本メールは出向受入企業のご担当者様にお送りしています。</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML newsletter with a rules table; no people",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "shukko-089",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["kenko-kanri@kawasaki-denki.co.jp"],
        "subject": "ストレスチェック結果（出向者分）の共有について",
        "charset": "utf-8",
        "body": """川崎電機株式会社 健康管理室 御中

お世話になっております。日の出産業の鬼頭です。
当社で実施したストレスチェックのうち、貴社出向中の者で高ストレス者と判定された方を
お知らせします。職場環境の改善のご参考にしてください。

  氏名            判定          医師面接  備考
  ------------------------------------------------------------
  十河 千夏       高ストレス    希望あり  不眠の訴えあり
  五味 直哉       高ストレス    希望なし  上司との関係に強いストレス
  百武 里緒       高ストレス    実施済    抑うつ状態、産業医より受診勧奨

""" + SIG_KITO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "stress-check results (health, 要配慮) of three named people to the host company",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "shukko-090",
        "sender": "Hiroshi Tsutsumi <h.tsutsumi@hinode-sangyo.co.jp>",
        "to": ["Tran Minh Duc <duc.tm@vietlink-eng.com.vn>"],
        "subject": "Re: Inbound secondment programme 2027 - next steps",
        "charset": "utf-8",
        "body": """Dear Mr. Duc,

Thank you for your proposal. We would be glad to host two or three engineers from
VietLink Engineering at our Kawasaki plant from April 2027, for twelve months.

Next steps on our side:
1. Internal approval of the programme budget (by end of October)
2. Draft secondment agreement, based on our standard template
3. Visa sponsorship: we will act as the accepting organisation for the
   "Engineer/Specialist in Humanities/International Services" status

Could you share the intended skill areas (not personal details yet) so that we can
match them with host departments?

Best regards,
""" + SIG_TSUTSUMI + """

-----Original Message-----
From: Tran Minh Duc <duc.tm@vietlink-eng.com.vn>
Sent: Monday, September 14, 2026 10:05 AM
Subject: Inbound secondment programme 2027

Dear Mr. Tsutsumi, following our meeting in Hanoi, we would like to propose ...
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English programme discussion with a foreign partner; no personal data",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "shukko-091",
        "sender": "四十物 千春 <aimono.c@hinode-sangyo.co.jp>",
        "to": ["鰐淵 様 <wanibuchi@kitaguni-foods-co.jp>"],
        "subject": "単身赴任手当・帰省旅費の負担区分について",
        "charset": "iso-2022-jp",
        "body": """北国フーズ 鰐淵様

お世話になっております。日の出産業 給与厚生課の四十物です。

札幌工場への出向者に支給する単身赴任手当と帰省旅費の負担について、
以下のとおり整理させてください。

　・単身赴任手当（月額４５，０００円）：出向元負担
　・帰省旅費（月１回・実費）　　　　：出向先負担
　・赴任・帰任時の引越費用　　　　　：出向元負担

ご確認のほど、よろしくお願いいたします。

""" + SIG_AIMONO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-foods-co.jp puts a hyphen for the dot of partner kitaguni-foods.co.jp",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "shukko-092",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["湯浅 貴美子 <kimiko.yuasa@kawasaki-denki.co.jp>"],
        "subject": "歓送迎会のお店候補（幹事の湯浅様へ）",
        "charset": "utf-8",
        "body": """湯浅様

お疲れさまです。薬師寺です。
出向者の歓送迎会のお店、こちらでも探してみました。よろしければご参考に。

・炭火焼 まるとみ 武蔵小杉店　044-722-3190　個室30名まで　4,500円〜
・イタリアン トラットリア・ソーレ　044-733-8812　貸切40名　5,000円〜
・中華 桃源楼 元住吉本店　044-411-2276　円卓個室あり　4,000円〜
・居酒屋 あじさい亭　044-755-0041　座敷25名　3,800円〜
・ビアホール ホップス新丸子　044-422-6600　立食50名　4,200円〜

予算は1人5,000円以内で考えています。

薬師寺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "five restaurants with shop phone numbers: a list of businesses, not people",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "shukko-093",
        "sender": "Hiroshi Tsutsumi <h.tsutsumi@hinode-sangyo.co.jp>",
        "to": ["US Immigration Desk <immigration@hinode-america.com>"],
        "subject": "L-1/L-2 visa applications - assignee and family data",
        "charset": "utf-8",
        "body": """Hello,

Please find attached the data for the L-1 (assignee) and L-2 (family) visa applications
for the two assignees starting in January. The CSV is UTF-8.

Thanks,
""" + SIG_TSUTSUMI,
        "attachments": [
            {"kind": "csv", "name": "visa_applicants_2027Q1.csv", "encoding": "utf-8",
             "rows": [
                 ["Visa", "Surname", "Given name", "Relation", "Date of birth", "Passport No.", "Passport expiry", "Home address (Japan)"],
                 ["L-1", "OSARAGI", "Kenta", "Assignee", "1986-07-02", "TK5521093", "2034-03-14", "2-8-1 Ebisu, Shibuya-ku, Tokyo"],
                 ["L-2", "OSARAGI", "Mai", "Spouse", "1988-01-19", "TK5521094", "2034-03-14", "2-8-1 Ebisu, Shibuya-ku, Tokyo"],
                 ["L-2", "OSARAGI", "Hinata", "Child", "2019-10-30", "TK6630187", "2031-03-14", "2-8-1 Ebisu, Shibuya-ku, Tokyo"],
                 ["L-1", "INOKUCHI", "Shun", "Assignee", "1990-05-25", "TZ1108842", "2033-11-02", "4-17-3 Tsujido, Fujisawa, Kanagawa"],
                 ["L-2", "INOKUCHI", "Reina", "Spouse", "1991-12-08", "TZ1108843", "2033-11-02", "4-17-3 Tsujido, Fujisawa, Kanagawa"],
                 ["L-2", "INOKUCHI", "Sora", "Child", "2022-04-04", "TZ2294415", "2032-04-20", "4-17-3 Tsujido, Fujisawa, Kanagawa"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six people's passport numbers and birth dates in a UTF-8 CSV to the US subsidiary",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "shukko-094",
        "sender": "鬼頭 健吾 <kito.kengo@hinode-sangyo.co.jp>",
        "to": ["sapporo-soumu@kitaguni-foods.co.jp"],
        "subject": "及位さんの緊急連絡先",
        "charset": "shift_jis",
        "body": """札幌工場 総務係 御中

お世話になっております。日の出産業の鬼頭です。
先日お問い合わせのあった、及位さんの緊急連絡先です。

　本人：及位 健太　携帯 090-8831-4460
　緊急連絡先：及位 由香（妻）　携帯 090-8831-4461
　　　　　　　東京都調布市布田4-22-9

よろしくお願いいたします。

""" + SIG_KITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one secondee and his spouse as emergency contact: two people, may warn",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "shukko-095",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["takanashi@kawasaki-denki.co.jp"],
        "subject": "仁平さんの勤務についてのご相談",
        "charset": "utf-8",
        "body": """小鳥遊様

お世話になっております。榊原です。

貴社に出向中の仁平亜希子さんから、妊娠中（現在16週）のため、
当面のあいだ夜間の立会い業務と出張を免除してほしいとの申出がありました。
母性健康管理の観点から、業務の調整をお願いできますでしょうか。

本人は、出産予定の来年2月まで貴社での勤務を続けることを希望しています。

""" + SIG_SAKAKIBARA,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "a named secondee's pregnancy: health-related but not a listed 要配慮 category; borderline",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "shukko-096",
        "sender": "五百旗頭 誠 <iokibe.m@hinode-sangyo.co.jp>",
        "to": ["kasai.t@hinode-logi.co.jp"],
        "subject": "鰐部さんの評価面談結果",
        "charset": "iso-2022-jp",
        "body": """━━━━━━━━━━━━━━━━━━
【取扱注意】関係者限り・転送禁止
━━━━━━━━━━━━━━━━━━

日の出ロジスティクス 管理部
笠井様

お世話になっております。人事部長の五百旗頭です。
貴社出向中の鰐部拓真さんについて、上期の評価面談の結果を共有します。

　総合評価：Ｂ（前期Ａ）
　課題：部下への指示が曖昧との指摘が複数あり
　本人の希望：来期での出向解除・本社物流企画部への帰任

帰任の可否については、来月の人事委員会で審議します。

日の出産業株式会社 人事部長
五百旗頭 誠
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["confidential_marking"],
        "note": "mail stamped 【取扱注意】 at the top with a named evaluation, to a group company's domain",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "shukko-097",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["saburi@tsubasa-system.jp"],
        "subject": "RE: 出向者連絡先の確認",
        "charset": "shift_jis",
        "body": """佐分利様

ご確認ありがとうございます。
１点だけ訂正があります。轟の携帯番号は下記が正しいものです。

　轟 大地　090-7702-3385

そのほかはご記載のとおりで相違ありません。

薬師寺

差出人: 佐分利 <saburi@tsubasa-system.jp>
送信日時: 2026年9月28日 13:12
宛先: 薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>
件名: 出向者連絡先の確認

薬師寺様

10月着任の皆様の連絡先を、以下のとおり登録しようと思います。誤りがないかご確認ください。

久我山 紬　080-4419-2267
轟 大地　　090-7702-3358
乙部 ありさ　070-3361-8842
香椎 瑛太　090-3348-0715
東風谷 蓮　090-5521-8804

ツバサシステム 総務部 佐分利
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five-person list only in the quoted mail from the recipient; new text corrects one person's phone",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "shukko-098",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["eigyo@nishiki-insatsu.co.jp"],
        "subject": "出向者の名刺作成（10名分）のお願い",
        "charset": "iso-2022-jp",
        "body": """錦印刷株式会社 営業部 御中

いつもお世話になっております。日の出産業の薬師寺です。
出向者用の名刺（出向先の社名入り・両面）の作成をお願いします。
データはＣＳＶにまとめました。各100枚、９月２５日納品希望です。

""" + SIG_YAKUSHIJI,
        "attachments": [
            {"kind": "csv", "name": "meishi_order_202609.csv", "encoding": "cp932",
             "rows": [
                 ["氏名", "ローマ字", "会社名", "部署・役職", "携帯電話", "メールアドレス"],
                 ["杢野 雅人", "Masato Mokuno", "川崎電機株式会社", "技術本部 設計一課", "090-2216-4458", "m.mokuno@kawasaki-denki.co.jp"],
                 ["鬼塚 しおり", "Shiori Onizuka", "川崎電機株式会社", "調達部 購買課", "080-7741-0293", "s.onizuka@kawasaki-denki.co.jp"],
                 ["久我山 紬", "Tsumugi Kugayama", "ツバサシステム株式会社", "開発本部", "080-4419-2267", "t.kugayama@tsubasa-system.jp"],
                 ["轟 大地", "Daichi Todoroki", "ツバサシステム株式会社", "インフラ部", "090-7702-3385", "d.todoroki@tsubasa-system.jp"],
                 ["乙部 ありさ", "Arisa Otobe", "ツバサシステム株式会社", "経営企画室", "070-3361-8842", "a.otobe@tsubasa-system.jp"],
                 ["香椎 瑛太", "Eita Kashii", "ツバサシステム株式会社", "開発本部", "090-3348-0715", "e.kashii@tsubasa-system.jp"],
                 ["戸来 菜々子", "Nanako Herai", "北国フーズ株式会社", "札幌工場 品質管理課", "070-6620-1298", "n.herai@kitaguni-foods.co.jp"],
                 ["宮良 壮真", "Soma Miyara", "北国フーズ株式会社", "札幌工場 生産管理課 主任", "090-1173-8842", "s.miyara@kitaguni-foods.co.jp"],
                 ["八鍬 千尋", "Chihiro Yakuwa", "北国フーズ株式会社", "札幌工場 総務係", "080-6654-2017", "c.yakuwa@kitaguni-foods.co.jp"],
                 ["及位 健太", "Kenta Nozoki", "北国フーズ株式会社", "札幌工場 工場長代理", "090-8831-4460", "k.nozoki@kitaguni-foods.co.jp"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of ten people's mobiles and e-mails (business card order) to a printer",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "shukko-099",
        "sender": "薬師寺 恵 <yakushiji-m@hinode-sangyo.co.jp>",
        "to": ["eigyo@nishiki-insatsu.co.jp"],
        "subject": "名刺の追加作成（2名）",
        "charset": "utf-8",
        "body": """錦印刷 営業部 御中

お世話になっております。薬師寺です。
先日の名刺に追加で2名分お願いします。レイアウトは前回と同じです。

■1人目
氏名：蛭間 大輔（Daisuke Hiruma）
会社：青葉運輸株式会社　新木場センター 運行管理課
TEL：03-3522-4100（代表）　携帯：090-8873-2261
Mail：d.hiruma@aoba-unyu.co.jp

■2人目
氏名：比嘉 珠理（Juri Higa）
会社：青葉運輸株式会社　浦安物流センター
TEL：047-304-7781（代表）　携帯：080-6201-7732
Mail：j.higa@aoba-unyu.co.jp

各100枚でお願いいたします。

""" + SIG_YAKUSHIJI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two people's business-card data to the printer: under five records, may warn",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "shukko-100",
        "sender": "榊原 美沙 <m.sakakibara@hinode-sangyo.co.jp>",
        "to": ["domeki@tsubasa-system.jp"],
        "subject": "Re: 受入出向者（当社→貴社）の追加情報",
        "charset": "utf-8",
        "body": """百目鬼様

お世話になっております。榊原です。
ご依頼の追加情報（生年月日と自宅住所）を下記にまとめました。

| 氏名 | 生年月日 | 自宅住所 |
|---|---|---|
| 久我山 紬 | 1996/02/14 | 東京都杉並区久我山2-4-9 |
| 轟 大地 | 1991/08/30 | 東京都目黒区碑文谷3-1-12 |
| 乙部 ありさ | 1997/07/29 | 東京都世田谷区経堂1-20-6 |
| 香椎 瑛太 | 1994/03/21 | 東京都中野区野方6-11-2 |
| 東風谷 蓮 | 1993/06/06 | 東京都江東区豊洲5-6-15-2201 |

よろしくお願いいたします。

""" + SIG_SAKAKIBARA + """

> 榊原様
> お世話になっております。ツバサシステムの百目鬼です。
> 労災保険の手続きのため、10月着任の5名について生年月日と住所をお送りいただけますか。
> 百目鬼
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "in a reply, the new (unquoted) text adds a five-person table of birth dates and addresses",
    },
]

# ISO-2022-JP (JIS X 0208) has no FULLWIDTH HYPHEN-MINUS or FULLWIDTH TILDE: Japanese mail
# clients writing it send the JIS minus sign (U+2212) and wave dash (U+301C) instead.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("－", "−").replace("～", "〜")
