"""Blind corpus — BPO / コンタクトセンター事業 (ids bpo-…).

日の出産業 BPO事業部: アウトバウンド架電リスト、インバウンド問い合わせ履歴、データ入力バッチ、
キャンペーン応募者リスト、エスカレーション、オペレーターのシフト表、クライアント企業の顧客、
応対品質レポート。Written blind from BRIEF.md and build.py only.
"""

from build import card_number, my_number


def corp_no(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i, d in enumerate(reversed(digits), start=1):
        total += d * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


def fmt_card(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def luhn_ok(n: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""

SIG_TODO = """
--------------------------------------------------
日の出産業株式会社　BPO事業部
アウトバウンドチーム　リーダー　藤堂 さやか
〒330-0854 埼玉県さいたま市大宮区桜木町2-3 日の出大宮ビル6F
TEL：048-645-7210（代表）　内線 3315
todo.sayaka@hinode-sangyo.co.jp
--------------------------------------------------"""

SIG_MATSUNAGA = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
BPO事業部 コンタクトセンター運営課
スーパーバイザー　松永 恵理（まつなが えり）
TEL 048-645-7222（直通）／FAX 048-645-7299
━━━━━━━━━━━━━━━━━━━━"""

SIG_USAMI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　BPO事業部 データエントリー課
宇佐美 翔　Sho Usami
〒101-0032 東京都千代田区岩本町3-8-11 日の出神田ビル
TEL 03-5820-4417 / FAX 03-5820-4490
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_OKOCHI = """
-- 
日の出産業株式会社 BPO事業部
札幌コンタクトセンター センター長　大河内 拓也
〒060-0807 北海道札幌市北区北七条西4-5-1 札幌北七条ビル9F
TEL 011-738-5520　携帯 080-4471-2096"""

SIG_OKONOGI = """
------------------------------------------------------------
日の出産業株式会社 BPO事業部 品質管理室
QAリーダー　小此木 里奈
TEL: 03-5820-4431  Mail: okonogi.rina@hinode-sangyo.co.jp
------------------------------------------------------------"""

SIG_CHIBA = """
====================================
日の出産業株式会社
BPOソリューション営業部　千葉 健吾
〒101-0032 東京都千代田区岩本町3-8-11
TEL 03-5820-4400（代）／携帯 090-6648-1173
https://www.hinode-sangyo.co.jp/bpo/
===================================="""

SIG_HARTLEY = """
Daniel Hartley
Global BPO Solutions, Hinode Sangyo Co., Ltd.
3-8-11 Iwamotocho, Chiyoda-ku, Tokyo 101-0032, Japan
Tel +81-3-5820-4460 | d.hartley@hinode-sangyo.co.jp"""

SIG_SHIMABUKURO = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 BPO事業部
那覇コンタクトセンター SV　島袋 彩
〒900-0015 沖縄県那覇市久茂地2-14-7 久茂地スクエア5F
TEL 098-862-3140
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_TESHIGAWARA = """
―――――――――――――――――――――――――
日の出産業株式会社 BPO事業部 センターシステム課
勅使河原 誠
TEL 03-5820-4452 / 内線 4452
―――――――――――――――――――――――――"""

SIG_KURAMAE = """
--
日の出産業株式会社 BPO事業部 人材開発グループ
蔵前 あゆみ（オペレーター採用・研修担当）
TEL 048-645-7230"""

MESSAGES: list[dict] = []

# --------------------------------------------------------------------------- 001-020

MESSAGES += [
    {
        "id": "bpo-001",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "outbound call results for 8 policyholders (name, DOB, phone) as a space-padded table to the client",
        "charset": "iso-2022-jp",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["芦田 真紀 <ashida.maki@kotobuki-seimei.co.jp>"],
        "subject": "【架電結果】ご契約内容確認コール 10月第2週分",
        "body": """ことぶき生命保険株式会社
契約サービス部　芦田 様

いつも大変お世話になっております。
日の出産業 BPO事業部の藤堂でございます。

ご契約内容確認コール（10/5～10/9実施分）のうち、お客様から住所変更・
再連絡のご要望があった方を以下にまとめました。ご確認のほどよろしくお願いいたします。

No  氏名            生年月日      電話番号        架電結果    備考
--  --------------  ------------  --------------  ----------  ----------------------
 1  東海林 早苗     1957/03/14    090-4418-2735   完了        住所変更希望
 2  苫米地 和夫     1949/11/02    0178-43-2291    再架電      夕方以降希望
 3  左近司 ゆかり   1968/07/21    080-3360-9148   完了        -
 4  百目鬼 哲也     1972/01/30    070-5523-8810   不在        留守電あり
 5  薬師寺 和子     1944/09/08    03-3792-4406    完了        受取人変更の相談
 6  目黒 信之       1961/05/17    090-7716-0352   拒否        今後の連絡不要
 7  犬養 美穂       1983/12/05    080-1294-6673   再架電      土日希望
 8  猪股 健一郎     1955/02/26    0242-27-5139    完了        -

詳細ログは明日の定例報告にてお送りいたします。
引き続きよろしくお願い申し上げます。
""" + SIG_TODO,
    },
    {
        "id": "bpo-002",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the client; the list of policyholders is only in the quoted (>) text the client sent",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["芦田 真紀 <ashida.maki@kotobuki-seimei.co.jp>"],
        "subject": "Re: 再架電対象者リストの送付",
        "body": """芦田様

お世話になっております。日の出産業の藤堂です。
リストを受領いたしました。10/14（水）10時より架電を開始し、
結果は10/16（金）までにSFTPにてご報告いたします。

引き続きよろしくお願いいたします。
藤堂

2026年10月13日(火) 17:42 芦田 真紀 <ashida.maki@kotobuki-seimei.co.jp>:
> 日の出産業 藤堂様
>
> お世話になっております。ことぶき生命の芦田です。
> 再架電対象の方を以下にお送りします。
>
> 証券番号    氏名            電話番号
> K-882104    木ノ内 亮       090-2231-7745
> K-882377    仲宗根 るり子   098-877-4021
> K-883015    鰐淵 光男       080-6620-1348
> K-883102    雲然 澄江       0766-22-8854
> K-884260    比嘉 大悟       090-3381-0762
> K-884911    桑折 まどか     070-4459-2213
>
> お手数ですがよろしくお願いいたします。
> 芦田
""",
    },
    {
        "id": "bpo-003",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "inbound inquiry log of 12 mail-order customers (name, kana, phone, address) as a CP932 CSV to the client",
        "charset": "cp932",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["長谷部 亮介 <hasebe.r@minato-tsuhan.co.jp>"],
        "cc": ["大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>"],
        "subject": "10/19分 問い合わせ履歴（日次）",
        "body": """ミナト通販株式会社
お客様サポート室　長谷部様

お世話になっております。日の出産業の松永です。
10月19日（月）受付分の問い合わせ履歴をCSVにてお送りします。
本日は「返品・交換」の入電が多く、うち2件はエスカレーション対象としております（行末に★）。

よろしくお願いいたします。
""" + SIG_MATSUNAGA,
        "attachments": [
            {
                "kind": "csv",
                "name": "inquiry_log_20261019.csv",
                "encoding": "cp932",
                "rows": [
                    ["受付日時", "受付番号", "顧客番号", "氏名", "フリガナ", "電話番号", "住所", "区分", "対応内容", "担当OP", "エスカ"],
                    ["2026/10/19 09:03", "MT261019-001", "C0048812", "五十嵐 実", "イガラシ ミノル", "090-5521-8830", "新潟県長岡市城内町2-6-14", "返品", "サイズ違い 交換手配", "OP118", ""],
                    ["2026/10/19 09:17", "MT261019-002", "C0102277", "甲斐 智美", "カイ サトミ", "080-2210-4473", "宮崎県都城市姫城町11-3", "配送", "お届け日変更", "OP042", ""],
                    ["2026/10/19 09:40", "MT261019-003", "C0077310", "鬼頭 冴子", "キトウ サエコ", "052-781-3364", "愛知県名古屋市千種区春岡1-22-9", "返品", "開封済み返品の可否", "OP118", "★"],
                    ["2026/10/19 10:02", "MT261019-004", "C0130058", "宍戸 勇気", "シシド ユウキ", "070-6634-1192", "福島県郡山市堤下町5-17", "支払", "後払い請求書再発行", "OP207", ""],
                    ["2026/10/19 10:26", "MT261019-005", "C0009941", "相良 登美子", "サガラ トミコ", "096-354-7720", "熊本県熊本市中央区水前寺3-8-2", "商品", "サイズ表の問い合わせ", "OP042", ""],
                    ["2026/10/19 10:51", "MT261019-006", "C0118460", "小野寺 匠", "オノデラ タクミ", "090-8123-5547", "岩手県一関市大手町4-30", "返品", "不良品 交換", "OP311", ""],
                    ["2026/10/19 11:15", "MT261019-007", "C0064423", "真栄田 かおる", "マエダ カオル", "098-936-2051", "沖縄県浦添市仲間1-9-5", "配送", "離島配送料", "OP207", ""],
                    ["2026/10/19 11:48", "MT261019-008", "C0093385", "能登 正樹", "ノト マサキ", "076-221-6608", "石川県金沢市片町2-3-18", "返品", "返送伝票未着", "OP311", "★"],
                    ["2026/10/19 13:05", "MT261019-009", "C0120716", "芹沢 里香", "セリザワ リカ", "080-4471-9302", "静岡県沼津市大手町6-2-11", "会員", "パスワード再設定", "OP118", ""],
                    ["2026/10/19 13:40", "MT261019-010", "C0051129", "舘野 浩二", "タテノ コウジ", "029-226-1487", "茨城県水戸市泉町3-1-40", "支払", "二重引落しの確認", "OP042", ""],
                    ["2026/10/19 14:22", "MT261019-011", "C0135502", "唐沢 美咲", "カラサワ ミサキ", "090-2276-3318", "長野県松本市中央2-5-33", "商品", "再入荷予定", "OP207", ""],
                    ["2026/10/19 15:09", "MT261019-012", "C0088814", "戸叶 晃", "トガノウ アキラ", "070-1183-5520", "栃木県宇都宮市馬場通り1-7-4", "配送", "置き配指定", "OP311", ""],
                ],
            }
        ],
    },
    {
        "id": "bpo-004",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal-only: shift roster with operators' mobiles (tab-separated) between Hinode staff",
        "charset": "iso-2022-jp",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["札幌SV一同 <sapporo-sv@hinode-sangyo.co.jp>"],
        "cc": ["松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>"],
        "subject": "11月第1週 シフト確定版（緊急連絡先つき）",
        "body": """SVの皆さん

お疲れさまです。大河内です。
11月第1週のシフトを確定しました。欠勤連絡が入った場合に備えて、
緊急連絡先（本人携帯）を付けています。取り扱いには注意してください。

社員番号	氏名	携帯	11/2(月)	11/3(火祝)	11/4(水)	11/5(木)	11/6(金)
S20418	安孫子 千尋	090-3312-7784	早	休	早	早	遅
S20533	四釜 由紀	080-5529-0136	遅	遅	休	早	早
S21007	平良 大地	070-2284-6651	早	早	早	休	休
S21120	及川 奈々	090-8836-2240	休	早	遅	遅	早
S21302	朝比奈 葵	080-1167-3395	遅	休	早	早	遅
S21388	阿久津 隼人	090-4405-1928	早	遅	遅	休	早
S21451	陸奥 香織	070-3390-7712	休	早	早	遅	遅

祝日(11/3)は受電予測が平日の6割なので、早番を1名減らしています。
何かあれば今日中に連絡ください。
""" + SIG_OKOCHI,
    },
    {
        "id": "bpo-005",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp",
        "charset": "utf-8",
        "sender": "千葉 健吾 <chiba.kengo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 通販事業部 岩館様 <iwadate.k@kitaguni-food.co.jp>"],
        "subject": "年末ギフト受注センター 開設準備のご相談",
        "body": """北国フーズ株式会社
通販事業部　岩館様

いつもお世話になっております。日の出産業の千葉でございます。

先日お打ち合わせいたしました年末ギフト受注センターにつきまして、
昨年実績をもとに受電予測を作成いたしましたのでご報告いたします。

　・11/16～11/30　：1日平均 420件（ピーク 610件）
　・12/1～12/20　 ：1日平均 880件（ピーク 1,350件）
　・12/21～12/28　：1日平均 300件

上記に対し、席数は最大42席、うちWeb注文フォローに6席を想定しております。
トークスクリプトは昨年版をベースに、新商品「鮭といくらの親子詰合せ」の
FAQを追記する形で進めたいと考えております。

来週中に30分ほどお時間を頂戴できますでしょうか。
ご都合のよい日時を2～3候補いただけますと幸いです。
""" + SIG_CHIBA,
    },
    {
        "id": "bpo-006",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a benefit applicant's 個人番号 written in the body to the city office",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["大和田市 福祉政策課 給付金担当 <kyufukin@city.owada.lg.jp>"],
        "subject": "申請書の個人番号欄 判読不能の件（申請番号 R8-04127）",
        "body": """大和田市 福祉政策課
給付金担当 御中

いつもお世話になっております。
給付金事務センター（日の出産業）データ入力担当の宇佐美です。

本日入力分のうち、下記1件について個人番号欄の一部が判読困難でしたので、
ご確認をお願いできますでしょうか。

　申請番号　：R8-04127
　申請者　　：鰐淵 光男 様
　住所　　　：埼玉県大和田市本町4丁目12番3号
　個人番号　：{mn}
　　（記載のまま入力。11桁目が「1」か「7」か判別できません）

住民基本台帳との照合結果をご連絡いただけましたら、
保留を解除して審査待ちに回します。

よろしくお願いいたします。
""".format(mn=my_number(601)) + SIG_USAMI,
    },
    {
        "id": "bpo-007",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price list of BPO services to a prospect; only the sender's signature phones",
        "charset": "cp932",
        "sender": "千葉 健吾 <chiba.kengo@hinode-sangyo.co.jp>",
        "to": ["あけぼの信販 カスタマー部 三ツ矢様 <mitsuya@akebono-shinpan.co.jp>"],
        "subject": "コールセンター業務 お見積り（概算）",
        "body": """あけぼの信販株式会社
カスタマー部　三ツ矢 様

平素より大変お世話になっております。
日の出産業 BPOソリューション営業部の千葉でございます。

先日はお時間をいただきありがとうございました。
ご依頼の概算見積を下記にお送りいたします（税抜）。

【インバウンド】
　専任席（平日9-18時）　　　1席あたり 月額 480,000円
　従量課金（共有席）　　　　1コールあたり 620円（5分超過時 1分ごとに 95円）
　夜間・休日オプション　　　基本料金の 1.25倍

【アウトバウンド】
　督促・リマインド架電　　　1コールあたり 380円（不通・不在は 120円）
　SMS送信連携　　　　　　　1通あたり 11円

【データ入力】
　申込書入力（ダブルエントリー）　1件あたり 160円
　画像確認・不備連絡　　　　　　　1件あたり 240円

初期費用（スクリプト作成・研修・CTI設定）：一式 850,000円

※ボリュームにより別途お見積りいたします。
※お見積りの有効期限は2026年12月末日です。

ご不明点がございましたらお気軽にお問い合わせください。
""" + SIG_CHIBA,
    },
    {
        "id": "bpo-008",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail: table of 7 campaign applicants with e-mail and phone to the cosmetics client",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["まどか化粧品 販促グループ <promo@madoka-cosme.com>"],
        "subject": "サンプル応募者（電話受付分）の連携",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>まどか化粧品株式会社<br>販促グループ 御中</p>
<p>お世話になっております。日の出産業の藤堂です。<br>
美容液サンプルキャンペーンの電話受付分（10/21受付）を下記にお送りします。
Web応募分との重複チェックをお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>応募ID</th><th>氏名</th><th>メールアドレス</th><th>電話番号</th><th>希望サンプル</th></tr>
<tr><td>TEL-1021-01</td><td>葛西 ひとみ</td><td>hitomi.kasai82@gmail.com</td><td>090-2417-6638</td><td>エッセンスA（乾燥肌）</td></tr>
<tr><td>TEL-1021-02</td><td>栗栖 麻衣</td><td>mai_kurisu@yahoo.co.jp</td><td>080-5563-0129</td><td>エッセンスB（敏感肌）</td></tr>
<tr><td>TEL-1021-03</td><td>久留島 恵</td><td>megumi.k@outlook.jp</td><td>070-4432-8817</td><td>エッセンスA（乾燥肌）</td></tr>
<tr><td>TEL-1021-04</td><td>饗庭 佳代子</td><td>kayoko-aiba@icloud.com</td><td>03-3416-2290</td><td>エッセンスC（エイジング）</td></tr>
<tr><td>TEL-1021-05</td><td>城之内 綾</td><td>aya.jonouchi@docomo.ne.jp</td><td>090-6671-3024</td><td>エッセンスB（敏感肌）</td></tr>
<tr><td>TEL-1021-06</td><td>二階堂 瞳</td><td>hitomi2kaido@gmail.com</td><td>080-3308-4452</td><td>エッセンスC（エイジング）</td></tr>
<tr><td>TEL-1021-07</td><td>宮古 澄子</td><td>sumiko.miyako@ezweb.ne.jp</td><td>0977-22-5081</td><td>エッセンスA（乾燥肌）</td></tr>
</table>
<p>発送は貴社物流センターにて行う認識です。相違あればご指摘ください。</p>
<p>--<br>日の出産業株式会社 BPO事業部 藤堂 さやか<br>TEL 048-645-7210</p>
</body></html>""",
    },
    {
        "id": "bpo-009",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "escalation: a named policyholder's cancer diagnosis and hospitalisation told in running text to the insurer",
        "charset": "iso-2022-jp",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["ことぶき生命 保全サービス課 <hozen-desk@kotobuki-seimei.co.jp>"],
        "subject": "【エスカレーション】解約希望のお客様（至急折り返しのお願い）",
        "body": """ことぶき生命保険株式会社
保全サービス課 ご担当者様

お世話になっております。日の出産業 コンタクトセンターの松永です。
本日受電した解約のお申し出について、オペレーター判断では対応できないため
エスカレーションいたします。

お客様は桑折 正志 様（証券番号 K-771409）。
「先月の検査で肺がんと診断されて、来週から県立がんセンターに入院する。
治療費がかかるので保険を解約して返戻金を受け取りたい」とのお申し出でした。
ただ、お話を伺う限り入院給付金・先進医療特約の対象となる可能性があり、
解約すると給付が受けられなくなる旨は、オペレーターからはまだ
ご説明できておりません。

ご本人は入院前の今週中に手続きを済ませたいとのことですので、
本日中に保全担当の方からご連絡いただけますでしょうか。
　連絡先：090-5538-2714（日中つながりやすいとのこと）

どうぞよろしくお願いいたします。
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-010",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "weekly re-delivery inquiry counts with tracking numbers only (no people)",
        "charset": "cp932",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 沖縄営業所 新垣様 <arakaki.t@aoba-unyu.co.jp>"],
        "subject": "再配達受付 週次報告（10/12-10/18）",
        "body": """青葉運輸株式会社 沖縄営業所
新垣様

いつもお世話になっております。那覇センターの島袋です。
先週分の再配達受付状況をご報告します。

　受付件数　　　　　1,284件（前週比 +6.2%）
　うち音声自動受付　　 731件
　うちオペレーター　　 553件
　平均応答時間　　　　 24秒
　放棄率　　　　　　　 3.1%

「不在票が入っていなかった」とのお申し出が3件ありました。
ドライバー様への確認をお願いできますでしょうか。
　お問い合わせ番号：4210-3387-5526
　お問い合わせ番号：4210-3391-0048
　お問い合わせ番号：4210-3402-7713

台風接近時の受付停止基準については、来週の定例でご相談させてください。
""" + SIG_SHIMABUKURO,
    },
    {
        "id": "bpo-011",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "maintenance notice with five client companies' contacts all visible in To",
        "charset": "utf-8",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": [
            "ことぶき生命 芦田様 <ashida.maki@kotobuki-seimei.co.jp>",
            "ミナト通販 長谷部様 <hasebe.r@minato-tsuhan.co.jp>",
            "ソラネット光 カスタマー部 <cs-ope@soranet.jp>",
            "北斗ガス お客さまセンター 水落様 <mizuochi@hokuto-gas.co.jp>",
            "銀河モバイル CS企画 <cs-plan@ginga-mobile.jp>",
        ],
        "subject": "【ご案内】CTIシステム定期メンテナンスに伴う受付停止（11/8 深夜）",
        "body": """各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 BPO事業部 センターシステム課でございます。

下記日程にて、コンタクトセンターのCTI・録音システムの定期メンテナンスを実施いたします。
メンテナンス中は、夜間受付（IVR案内含む）が停止いたします。

　日時：2026年11月8日（日）1:00～5:00
　影響：夜間窓口の受付停止（「ただいまメンテナンス中」のガイダンスを流します）
　　　　通話録音の検索（管理画面）が利用できません

ご不便をおかけいたしますが、何卒ご理解のほどお願い申し上げます。
""" + SIG_TESHIGAWARA,
    },
    {
        "id": "bpo-012",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "internal seat/cost plan stamped 【社外秘】 in the subject and body sent to the CTI vendor",
        "charset": "iso-2022-jp",
        "sender": "百瀬 雄一 <momose.yuichi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 堀之内様 <horinouchi@tsubasa-system.jp>"],
        "subject": "【社外秘】2027年度 コンタクトセンター席数計画（案）",
        "body": """【社外秘】
━━━━━━━━━━━━━━━━━━━━━━━━━━
2027年度 コンタクトセンター席数計画（案）　BPO事業部
━━━━━━━━━━━━━━━━━━━━━━━━━━

堀之内様

お世話になっております。百瀬です。
来期のライセンス見積りの前提として、席数計画をお送りします。

拠点　　　　　現行席数　→　2027年度計画　　想定稼働率
大宮　　　　　　180　　　→　　　210　　　　　82%
札幌　　　　　　120　　　→　　　140　　　　　85%
那覇　　　　　　 90　　　→　　　 90　　　　　78%
在宅　　　　　　 40　　　→　　　 75　　　　　70%

参考：1席あたり人件費（フル稼働換算）月 31.4万円、目標粗利率 23%

ライセンスは同時ログイン数ベースで再見積りをお願いいたします。

百瀬
日の出産業株式会社 BPO事業部 部長
TEL 03-5820-4401
""",
    },
    {
        "id": "bpo-013",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) of 15 prospects with name, DOB, address, phone returned to the ISP client",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["ソラネット光 カスタマー部 奥寺様 <okudera@soranet.jp>"],
        "subject": "乗り換えキャンペーン架電 第3弾 結果ファイル",
        "body": """ソラネット株式会社
カスタマー部　奥寺様

お世話になっております。日の出産業の藤堂です。
乗り換えキャンペーン第3弾（10/13～10/23）の架電結果をお送りします。
シート「架電結果」に1件ごとの結果、シート「集計」にサマリーを入れています。

成約率は 18.7%（前回比 +2.1pt）でした。
工事日調整が必要な方は「工事調整」列に○を付けています。

よろしくお願いいたします。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "soranet_campaign3_result.xlsx",
                "title": "乗り換えキャンペーン第3弾 架電結果",
                "sheets": {
                    "架電結果": [
                        ["ソラネット光 乗り換えキャンペーン第3弾 架電結果（2026/10/13-10/23）"],
                        [],
                        ["No", "顧客ID", "氏名", "生年月日", "電話番号", "住所", "結果", "工事調整"],
                        [1, "SN-300112", "穂積 隆司", "1978-04-11", "03-5702-3318", "東京都目黒区自由が丘2-9-14", "成約", "○"],
                        [2, "SN-300127", "伊集院 礼子", "1969-08-30", "090-2274-6601", "神奈川県横浜市青葉区美しが丘3-4-2", "検討中", ""],
                        [3, "SN-300145", "勝間田 純", "1985-12-03", "080-6612-0397", "東京都世田谷区用賀4-11-6", "不在", ""],
                        [4, "SN-300151", "鶴見 佳奈", "1991-02-17", "070-3385-2246", "千葉県市川市八幡2-15-8", "成約", "○"],
                        [5, "SN-300168", "馬渕 修", "1958-06-25", "047-332-8814", "千葉県船橋市本町6-1-22", "拒否", ""],
                        [6, "SN-300172", "筧 沙織", "1988-10-09", "090-8809-1735", "埼玉県川口市栄町3-7-1", "成約", ""],
                        [7, "SN-300190", "日下部 崇", "1973-03-28", "048-252-6690", "埼玉県蕨市中央1-18-5", "検討中", ""],
                        [8, "SN-300204", "榎本 晴美", "1966-07-14", "080-1156-4482", "東京都練馬区豊玉北5-2-19", "不在", ""],
                        [9, "SN-300219", "喜多川 蓮", "1995-11-21", "070-4418-9023", "東京都中野区中野3-36-4", "成約", "○"],
                        [10, "SN-300233", "神保 典子", "1962-01-05", "03-3998-1257", "東京都板橋区常盤台1-40-3", "拒否", ""],
                        [11, "SN-300248", "小鳥遊 拓真", "1983-09-12", "090-5573-3108", "神奈川県川崎市中原区小杉町2-228", "成約", ""],
                        [12, "SN-300256", "波多野 恭子", "1975-05-30", "044-711-3396", "神奈川県川崎市高津区溝口1-5-12", "検討中", ""],
                        [13, "SN-300271", "尾形 健太", "1990-04-02", "080-3341-6675", "東京都杉並区阿佐谷南3-8-21", "成約", "○"],
                        [14, "SN-300289", "塩見 千代", "1951-12-19", "03-3311-0742", "東京都杉並区高円寺北2-1-9", "拒否", ""],
                        [15, "SN-300295", "大鷹 俊介", "1987-08-08", "090-4420-7761", "埼玉県さいたま市浦和区高砂2-6-3", "不在", ""],
                    ],
                    "集計": [
                        ["区分", "件数", "構成比"],
                        ["成約", 6, "40.0%"],
                        ["検討中", 3, "20.0%"],
                        ["不在", 3, "20.0%"],
                        ["拒否", 3, "20.0%"],
                        ["合計", 15, "100%"],
                    ],
                },
            }
        ],
    },
    {
        "id": "bpo-014",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "one customer's callback request (name and phone) to the client: a single record",
        "charset": "cp932",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["銀河モバイル 料金窓口 <ryokin-2nd@ginga-mobile.jp>"],
        "subject": "二次対応依頼：料金プラン変更のご相談（1件）",
        "body": """銀河モバイル株式会社
料金窓口 二次対応ご担当者様

お世話になっております。日の出産業 那覇センターの島袋です。
一次窓口では回答できないご相談がありましたので、折り返しをお願いいたします。

　お客様名：御手洗 悠 様
　ご連絡先：090-6217-4403
　折り返し希望：平日12時～13時
　内容：家族割の適用条件について、主回線の名義が亡くなったお父様のままになっている
　　　　場合の手続き方法を知りたい

受付番号 GM-N-2610-0582 で対応履歴を登録済みです。
よろしくお願いいたします。
""" + SIG_SHIMABUKURO,
    },
    {
        "id": "bpo-015",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "telephone order slip with the customer's full credit card number in the body",
        "charset": "iso-2022-jp",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 受注センター <order-desk@kitaguni-foods.co.jp>"],
        "subject": "電話受注 決済エラー分の再処理依頼",
        "body": """北国フーズ株式会社
受注センター ご担当者様

いつもお世話になっております。日の出産業の松永です。
昨日の電話受注のうち、決済システムのタイムアウトで登録できなかった1件を
手入力でお願いできますでしょうか。

　受注番号　　：KF-TEL-20261022-0147
　ご注文者　　：宍倉 敏夫 様
　お届け先　　：北海道函館市本町28-6 サンハイツ本町302
　電話　　　　：0138-51-7726
　商品　　　　：毛がに姿（2尾）×1、いくら醤油漬 250g×2
　お支払い　　：クレジットカード一括
　カード番号　：{card}
　有効期限　　：08/29
　名義　　　　：TOSHIO SHISHIKURA

お客様には「本日中に確定メールをお送りする」とご案内済みです。
お手数ですがよろしくお願いいたします。
""".format(card=fmt_card(card_number(1501))) + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-016",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a draft NDA (秘密保持契約) with the draft attached; no marking, no personal data",
        "charset": "utf-8",
        "sender": "千葉 健吾 <chiba.kengo@hinode-sangyo.co.jp>",
        "to": ["ひまわり損保 事業企画部 渋谷様 <shibuya.n@himawari-sonpo.co.jp>"],
        "subject": "秘密保持契約書（案）のご送付",
        "body": """ひまわり損害保険株式会社
事業企画部　渋谷様

いつもお世話になっております。日の出産業の千葉です。

事故受付センターの委託検討にあたり、詳細資料のご提供前に締結する
秘密保持契約書の弊社ひな形をお送りいたします。
貴社ひな形をご利用になる場合は、そちらをベースに法務確認いたしますので
お申し付けください。

特に第5条（再委託）と第8条（返還・廃棄）について、貴社ルールとの整合を
ご確認いただけますと幸いです。

よろしくお願いいたします。
""" + SIG_CHIBA,
        "attachments": [
            {
                "kind": "docx",
                "name": "秘密保持契約書_案_日の出産業.docx",
                "title": "秘密保持契約書（案）",
                "paragraphs": [
                    "秘密保持契約書（案）",
                    "ひまわり損害保険株式会社（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、甲が乙に委託を検討するコンタクトセンター業務に関し、相互に開示する情報の取扱いについて、次のとおり契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、開示者が受領者に対し書面、電磁的記録その他の方法により開示した技術上・営業上の情報であって、開示の際に秘密である旨を明示したものをいう。",
                    "第2条（秘密保持）受領者は、秘密情報を善良な管理者の注意をもって管理し、開示者の事前の書面による承諾なく第三者に開示または漏えいしてはならない。",
                    "第5条（再委託）乙は、甲の事前の書面による承諾を得た場合に限り、本業務の一部を第三者に再委託することができる。",
                    "第8条（返還・廃棄）受領者は、本契約が終了したとき、または開示者から請求があったときは、秘密情報を速やかに返還または廃棄し、その旨を書面で報告する。",
                    "第10条（有効期間）本契約の有効期間は締結日から2年間とする。",
                ],
            }
        ],
    },
    {
        "id": "bpo-017",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "「・」 bullet list of 6 tenants not reached, each with phone, to the real-estate client",
        "charset": "cp932",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["はるかぜ不動産 賃貸管理部 薗田様 <sonoda@harukaze-fudosan.co.jp>"],
        "subject": "入居者満足度アンケート架電　未接続の方について",
        "body": """はるかぜ不動産株式会社
賃貸管理部　薗田様

お世話になっております。日の出産業の藤堂です。

入居者アンケートの架電は本日で3回目のコールを終えましたが、
下記の方々とは最後までつながりませんでした。
管理会社様から郵送でのご案内に切り替えるか、ご判断をお願いいたします。

・根来 秀一 様　090-3318-4026（グランメゾン東浦和 205号室）
・八木橋 潤子 様　080-7721-0593（グランメゾン東浦和 311号室）
・越智 雅人 様　070-2259-6614（コーポ緑ヶ丘 B-102）
・鳴海 千夏 様　090-4486-1870（コーポ緑ヶ丘 A-201）
・坪内 慎吾 様　048-881-2307（リバーサイド見沼 403号室）
・真壁 紗英 様　080-5503-9144（リバーサイド見沼 108号室）

いずれも留守電にはメッセージを残しております。
よろしくお願いいたします。
""" + SIG_TODO,
    },
    {
        "id": "bpo-018",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "data-entry defects: one block per applicant (5) with DOB, address and phone to the credit client",
        "charset": "utf-8",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["東和クレジット 審査管理課 <shinsa-kanri@towa-credit.co.jp>"],
        "subject": "カード申込書 入力不備のご報告（10/26 バッチ No.0412）",
        "body": """東和クレジット株式会社
審査管理課 ご担当者様

お世話になっております。日の出産業 データエントリー課の宇佐美です。
10/26受領分（バッチNo.0412、全318件）の入力が完了しました。
うち以下5件は記載不備のため保留としております。

■ 申込番号 TC-2610-08831
　氏名：四十物 弘美（アイモノ ヒロミ）
　生年月日：1986年3月9日
　住所：富山県富山市総曲輪3-4-18
　電話：076-421-5597
　不備：勤務先電話番号の記載なし

■ 申込番号 TC-2610-08847
　氏名：蓮見 康介（ハスミ コウスケ）
　生年月日：1993年11月22日
　住所：東京都江東区豊洲5-6-29-1805
　電話：090-1128-3364
　不備：年収欄が空欄

■ 申込番号 TC-2610-08902
　氏名：金城 ユリ（キンジョウ ユリ）
　生年月日：1979年6月30日
　住所：沖縄県宜野湾市大山2-21-7
　電話：098-897-4410
　不備：本人確認書類の写しが不鮮明

■ 申込番号 TC-2610-08915
　氏名：望月 千里（モチヅキ チサト）
　生年月日：1964年1月15日
　住所：静岡県富士宮市宮町10-3
　電話：0544-27-8831
　不備：署名欄に押印のみ（署名なし）

■ 申込番号 TC-2610-08960
　氏名：入江 直哉（イリエ ナオヤ）
　生年月日：2001年8月4日
　住所：大阪府吹田市千里山西1-40-2
　電話：080-3312-5576
　不備：引落口座の支店名と支店番号が不一致

差し戻し用の画像はいつものフォルダに格納済みです。
""" + SIG_USAMI,
    },
    {
        "id": "bpo-019",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal-only escalation mentioning a caller's dementia diagnosis; no external recipient",
        "charset": "iso-2022-jp",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>"],
        "cc": ["小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>"],
        "subject": "【要相談】同一のお客様からの繰り返し入電について",
        "body": """大河内さん
（cc：小此木さん）

お疲れさまです。島袋です。
ソラネット窓口で、同じお客様から1日に10回以上の入電が続いています。

お客様は具志堅 トミ 様（80代）。毎回「インターネットが止められた」とのお申し出ですが、
回線は正常です。先週お電話に出られた娘さんのお話では、
今年の春に認知症と診断されていて、電話したこと自体を忘れてしまうとのことでした。

オペレーターが毎回同じ説明を繰り返して疲弊しているのと、
クライアントへどこまで共有してよいか（病名を伝えてよいか）判断がつかず、
一度ご相談させてください。明日の朝会のあとで10分いただけますか。

島袋
""",
    },
    {
        "id": "bpo-020",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) of call results; contents cannot be inspected",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["銀河モバイル CS企画 仁科様 <nishina@ginga-mobile.jp>"],
        "subject": "端末買い替え案内コール 結果（10月分）",
        "body": """銀河モバイル株式会社
CS企画 仁科様

お世話になっております。日の出産業の藤堂です。
10月分の架電結果をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。

よろしくお願いいたします。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "zip",
                "name": "ginga_kaigae_202610.zip",
                "password": "Gm#2610kaigae",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "kaigae_result_202610.xlsx",
                        "sheets": {
                            "結果": [
                                ["回線番号", "氏名", "結果"],
                                ["090-1120-5543", "伏見 大樹", "予約済"],
                                ["080-4471-2230", "湊 かすみ", "不在"],
                                ["070-3321-8804", "織田 勝", "拒否"],
                                ["090-7785-1106", "羽鳥 亜希", "予約済"],
                                ["080-2214-6679", "吉良 陽平", "検討"],
                            ]
                        },
                    }
                ],
            }
        ],
    },
]

# --------------------------------------------------------------------------- 021-040

MESSAGES += [
    {
        "id": "bpo-021",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Outlook-style reply; the five customers' addresses are only in the quoted original from the client",
        "charset": "cp932",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["水落 浩一 <mizuochi@hokuto-gas.co.jp>"],
        "subject": "RE: 開栓申込書の差し替え分",
        "body": """水落様

お世話になっております。宇佐美です。
差し替え分5件、承知いたしました。
本日17時までに再入力し、完了報告をお送りします。

宇佐美

-----Original Message-----
From: 水落 浩一 <mizuochi@hokuto-gas.co.jp>
Sent: Tuesday, October 27, 2026 11:08 AM
To: 宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>
Subject: 開栓申込書の差し替え分

日の出産業 宇佐美様

北斗ガスの水落です。
昨日お送りした申込書のうち、以下5件はお客様から訂正がありましたので
差し替え版で入力をお願いします。

1. 宇田川 隆 様　北海道札幌市白石区本通7丁目南4-12　011-861-2290
2. 富樫 琴美 様　北海道札幌市厚別区厚別中央3条2-8-1　080-6604-3317
3. 藤枝 誠 様　北海道江別市野幌町55-9　011-382-5586
4. 安座間 優子 様　北海道北広島市中央4-3-10　090-2215-7708
5. 浜中 祐介 様　北海道札幌市清田区平岡5条1-6-22　070-1192-4430

よろしくお願いします。
水落
""",
    },
    {
        "id": "bpo-022",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward (FW:) of an internal incident mail listing 6 callers' names and numbers to the CTI vendor",
        "charset": "utf-8",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "FW: 【障害】通話が保留中に切断される件",
        "body": """ツバサシステム サポートデスク御中

日の出産業の勅使河原です。
昨日から発生している保留中の切断について、現場からの報告を転送します。
発生時刻と発信番号から交換機ログの調査をお願いできますでしょうか。

---------- Forwarded message ---------
From: 松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>
Date: 2026年10月28日(水) 18:21
Subject: 【障害】通話が保留中に切断される件
To: 勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>

勅使河原さん

本日、保留→転送の途中で切れたとの再入電が6件ありました。
お客様には折り返し済みです。

時刻    お客様          発信番号         席番号
10:12   梶原 光太郎     090-5527-3014    OMY-031
11:47   乙部 千鶴       0287-62-1159     OMY-018
13:05   新発田 勇       080-1446-9230    OMY-031
14:22   阿部川 奈津子   03-3728-6612     OMY-044
15:58   石動 孝明       070-2234-8857    OMY-012
16:40   霜田 由香       090-8831-0745    OMY-018

席番号に偏りはなさそうです。よろしくお願いします。
松永
""" + SIG_TESHIGAWARA,
    },
    {
        "id": "bpo-023",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "three-way meeting mail: the client in To and the CTI vendor in Cc (two external organisations)",
        "charset": "iso-2022-jp",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["長谷部 亮介 <hasebe.r@minato-tsuhan.co.jp>"],
        "cc": ["堀之内 剛 <horinouchi@tsubasa-system.jp>", "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>"],
        "subject": "IVRメニュー変更の打ち合わせ日程",
        "body": """ミナト通販　長谷部様
ツバサシステム　堀之内様
（cc：弊社 勅使河原）

お世話になっております。日の出産業の松永です。

12月の返品受付ルール変更にあわせたIVRメニュー変更について、
三社で一度お打ち合わせをさせてください。下記の候補でいかがでしょうか。

　① 11月4日（水）14:00～15:00
　② 11月5日（木）10:00～11:00
　③ 11月6日（金）16:00～17:00

Teamsでの開催を想定しております。
アジェンダ（案）：
　1. 現行メニューの利用状況（弊社）
　2. 変更後のメニュー構成（ミナト通販様）
　3. 設定変更スケジュールと切替手順（ツバサシステム様）

ご都合をお知らせいただけますと幸いです。
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-024",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's hearing disability (身体障害者手帳) and fax number sent to the utility client",
        "charset": "cp932",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["あおい電力 お客さま対応グループ 高梨様 <takanashi@aoi-denryoku.co.jp>"],
        "subject": "FAXでの連絡をご希望のお客様について（ご相談）",
        "body": """あおい電力株式会社
お客さま対応グループ　高梨様

お世話になっております。日の出産業の松永です。

本日、Web問い合わせフォーム経由で、ご契約者の塙 与志夫 様より
「耳が聞こえないので電話での確認はやめてほしい」とのご連絡がありました。
ご本人によると聴覚障害で身体障害者手帳2級をお持ちとのことで、
今後のご連絡はFAX（0299-82-4471）にお願いしたいとのことです。

現在の運用では、料金プラン変更の本人確認は電話のみとなっておりますので、
FAXまたは書面での本人確認に切り替えてよいか、ご判断をお願いいたします。

お客様番号：AD-5520-1187-3
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-025",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health-food talk script review: illness words are general cautions, not about any person",
        "charset": "utf-8",
        "sender": "小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>",
        "to": ["すこやか本舗 通販企画室 荻原様 <ogiwara@sukoyaka-honpo.co.jp>"],
        "subject": "定期便案内トークスクリプト 修正案（薬機法表現の確認）",
        "body": """すこやか本舗株式会社
通販企画室　荻原様

お世話になっております。日の出産業 品質管理室の小此木です。

「黒酢にんにく粒」定期便案内のトークスクリプトについて、
薬機法・健康増進法の観点で気になる箇所を修正案にしました。

　[修正前] 血圧が気になる方、糖尿病の方にもおすすめです。
　[修正後] 毎日の健康維持にお役立てください。
　　　　　※高血圧や糖尿病などで通院中の方は、かかりつけの医師にご相談のうえお召し上がりください。

　[修正前] 飲み続けると体脂肪が落ちます。
　[修正後] （削除）効果効能を想起させる表現のため

　[修正前] 妊娠中の方も安心です。
　[修正後] 妊娠中・授乳中の方は、医師にご相談ください。

また、お客様から持病について相談された場合は
「商品は医薬品ではないため、医師・薬剤師にご相談ください」と案内し、
オペレーターから可否を判断しない運用を徹底いたします。

ご確認よろしくお願いいたします。
""" + SIG_OKONOGI,
    },
    {
        "id": "bpo-026",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp",
        "charset": "iso-2022-jp",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 ローンセンター 小田切様 <odagiri.s@midori-ginkou.co.jp>"],
        "subject": "住宅ローン相談ダイヤル 10月度 運用報告",
        "body": """株式会社みどり銀行
ローンセンター　小田切様

いつもお世話になっております。日の出産業 札幌センターの大河内です。
10月度の住宅ローン相談ダイヤルの運用報告をお送りいたします。

　総入電数　　　 3,412件
　応答率　　　　 94.8%（目標 93%）
　平均通話時間　 7分42秒
　来店予約件数　　 286件

金利改定のお知らせ（10/1）直後に入電が集中し、第1週の応答率が
90%を下回りました。11月は改定予定がないため、平常体制で運用いたします。

詳細は添付の報告書をご覧ください。
""" + SIG_OKOCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "ローン相談ダイヤル_月次報告_202610.xlsx",
                "sheets": {
                    "サマリー": [
                        ["住宅ローン相談ダイヤル 月次報告 2026年10月"],
                        [],
                        ["週", "入電数", "応答数", "応答率", "平均通話(秒)"],
                        ["10/1-10/4", 1021, 918, "89.9%", 471],
                        ["10/5-10/11", 784, 752, "95.9%", 455],
                        ["10/12-10/18", 602, 585, "97.2%", 460],
                        ["10/19-10/25", 571, 556, "97.4%", 458],
                        ["10/26-10/31", 434, 423, "97.5%", 466],
                    ],
                    "問い合わせ区分": [
                        ["区分", "件数"],
                        ["金利・返済額", 1288],
                        ["借り換え", 731],
                        ["繰上返済", 544],
                        ["審査・必要書類", 502],
                        ["その他", 347],
                    ],
                },
            }
        ],
    },
    {
        "id": "bpo-027",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX quality report whose table lists 6 complainants with phone numbers, sent to the client",
        "charset": "utf-8",
        "sender": "小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>",
        "to": ["川崎電機 お客様相談室 八重樫様 <yaegashi.t@kawasaki-denki.co.jp>"],
        "subject": "10月度 応対品質報告書の送付",
        "body": """川崎電機株式会社
お客様相談室　八重樫様

いつもお世話になっております。日の出産業 品質管理室の小此木です。
10月度の応対品質報告書をお送りいたします。

今月はモニタリング評価の平均が 86.4点（前月 84.9点）と改善しましたが、
電気ケトルの自動OFF不具合に関するお申し出が6件あり、
報告書の「要対応案件」に一覧を記載しております。
製品部門様への連携をご検討いただけますと幸いです。
""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "docx",
                "name": "応対品質報告書_202610_川崎電機様.docx",
                "title": "応対品質報告書 2026年10月度",
                "paragraphs": [
                    "川崎電機株式会社 お客様相談室 御中",
                    "応対品質報告書（2026年10月度）",
                    "日の出産業株式会社 BPO事業部 品質管理室",
                    "1. モニタリング結果：評価件数 120件、平均 86.4点。「保留前の一言」の項目が改善。",
                    "2. 要対応案件：電気ケトル KT-E12 の自動OFF不具合に関するお申し出（下表）",
                ],
                "tables": [
                    [
                        ["受付日", "お客様名", "電話番号", "型番", "内容", "対応"],
                        ["10/03", "蒲生 敏郎", "0749-22-3318", "KT-E12", "沸騰後も電源が切れない", "交換手配"],
                        ["10/08", "佐治 由美子", "090-3376-1104", "KT-E12", "空焚き防止が作動しない", "回収依頼"],
                        ["10/12", "外山 聡", "080-5591-2247", "KT-E12W", "焦げ臭いにおいがした", "製品部連携"],
                        ["10/19", "柘植 早紀", "06-6914-7730", "KT-E12", "自動OFFが遅い", "点検案内"],
                        ["10/24", "雨宮 竜也", "070-1328-6653", "KT-E12", "スイッチが戻らない", "交換手配"],
                        ["10/29", "鹿島 和枝", "0422-51-9086", "KT-E12W", "沸騰後も加熱が続く", "回収依頼"],
                    ]
                ],
            }
        ],
    },
    {
        "id": "bpo-028",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English capacity mail to an overseas subcontractor with the standard confidentiality disclaimer",
        "charset": "utf-8",
        "sender": "Daniel Hartley <d.hartley@hinode-sangyo.co.jp>",
        "to": ["Marites Villanueva <m.villanueva@bluepeak-cx.com>"],
        "subject": "Overflow capacity for Q1 2027 - English support line",
        "body": """Hi Marites,

Thanks for the call yesterday. To confirm what we discussed:

- We expect the English support line for our electronics client to grow
  from 1,900 to roughly 2,600 contacts per month from January.
- We would like Bluepeak to take the overflow between 18:00 and 24:00 JST,
  i.e. 4 seats Monday to Friday and 2 seats on Saturdays.
- Target service level stays at 80/30, AHT target 6:30.

Could you send an updated rate card for the evening shift and your
ramp-up plan (hiring, training days, nesting period) by November 13?

We will share the knowledge base and call flows once the SOW is signed.

Best regards,
""" + SIG_HARTLEY + "\n" + DISCLAIMER_EN,
    },
    {
        "id": "bpo-029",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX shift roster of 10 temp operators with their mobile numbers sent to the staffing agency",
        "charset": "cp932",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["スタッフィング・リンク 札幌支店 営業担当 <sapporo@staffing-link.co.jp>"],
        "subject": "派遣スタッフ様 11月シフト表",
        "body": """株式会社スタッフィング・リンク 札幌支店
営業ご担当者様

いつもお世話になっております。日の出産業 札幌センターの大河内です。
11月分の派遣スタッフ様のシフト表をお送りします。
勤怠の突合にご利用ください。

また、11/20以降に2名増員をお願いしたく、別途ご相談させてください。
""" + SIG_OKOCHI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "派遣スタッフ_シフト_202611.xlsx",
                "page_header": "日の出産業 札幌コンタクトセンター",
                "sheets": {
                    "11月": [
                        ["派遣スタッフ シフト表 2026年11月（札幌CC）"],
                        ["スタッフ番号", "氏名", "携帯番号", "勤務形態", "第1週", "第2週", "第3週", "第4週"],
                        ["SL-1102", "工藤 萌", "090-2271-4408", "早番", "月火水木", "月火水木", "月火水木", "月火水"],
                        ["SL-1107", "成田 拓海", "080-6613-2259", "遅番", "水木金土", "水木金土", "水木金", "水木金土"],
                        ["SL-1115", "佐々木 美羽", "070-3384-9912", "早番", "月火金", "月火金", "月火金土", "月火金"],
                        ["SL-1121", "菅原 大翔", "090-4417-6023", "通し", "月水金", "火木土", "月水金", "火木土"],
                        ["SL-1126", "畠山 愛菜", "080-2295-1180", "遅番", "月火水", "月火水", "木金土", "月火水"],
                        ["SL-1133", "三上 陽菜", "090-5562-7734", "早番", "火水木金", "火水木金", "火水木金", "火水木"],
                        ["SL-1138", "千葉 蒼", "070-4429-3365", "遅番", "月金土", "月金土", "月金", "月金土"],
                        ["SL-1140", "対馬 結衣", "080-7708-2241", "通し", "月火", "水木", "金土", "月火"],
                        ["SL-1146", "葛西 悠斗", "090-1183-5527", "早番", "月火水木金", "月火水木金", "月火水木", "月火水木金"],
                        ["SL-1152", "斉藤 心春", "080-3346-0918", "遅番", "水木金", "水木金", "水木金", "水木金"],
                    ],
                    "凡例": [
                        ["区分", "時間"],
                        ["早番", "8:45-17:30"],
                        ["遅番", "12:45-21:30"],
                        ["通し", "9:00-21:00（休憩2h）"],
                    ],
                },
            }
        ],
    },
    {
        "id": "bpo-030",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "internal-only: My Numbers of applicants to check, between data-entry staff on internal domains",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["データ入力チーム <de-team@bpo.hinode-sangyo.co.jp>"],
        "subject": "ベリファイ差異（個人番号）3件　再確認お願いします",
        "body": """データ入力チームの皆さん

宇佐美です。給付金申請バッチ R8-041 のベリファイで、個人番号に
1回目と2回目の入力差異が3件出ました。原本画像で再確認をお願いします。

申請番号	氏名	1回目入力	2回目入力
R8-04118	相馬 菊枝	{a}	{a2}
R8-04133	丹羽 勝利	{b}	{b2}
R8-04151	嘉手苅 恵	{c}	{c2}

確認が済んだら、保留フォルダから審査待ちへ移してください。
※個人番号は社外へのメール・チャットには絶対に書かないこと。
""".format(a=my_number(3001), a2=my_number(3001)[:7] + "0" + my_number(3001)[8:],
           b=my_number(3002), b2=my_number(3002)[:3] + my_number(3002)[4] + my_number(3002)[3] + my_number(3002)[5:],
           c=my_number(3003), c2=my_number(3003)[:-2] + "00") + SIG_USAMI,
    },
    {
        "id": "bpo-031",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named depositor who was a victim of a phone scam (crime victim), with account number, to the bank",
        "charset": "utf-8",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 不正取引対策室 <fusei-taisaku@midori-ginko.co.jp>"],
        "subject": "【至急】特殊詐欺被害のお申し出（口座凍結のご依頼）",
        "body": """株式会社みどり銀行
不正取引対策室 ご担当者様

日の出産業 札幌センター（みどり銀行 お客様ダイヤル受託）の大河内です。
本日14時過ぎに下記のお申し出を受けましたので、至急ご対応をお願いいたします。

お申し出人は預金者ご本人の 雫石 フミ 様（82歳）。
昨日「息子の会社の同僚」を名乗る男から電話があり、
「息子さんが会社のお金を使い込んだ。今日中に返せば警察沙汰にしない」と言われ、
本日午前中に手稲支店のATMから2回にわたり計180万円を振り込んでしまったとのことです。
その後ご長男と連絡がつき、詐欺だったと分かったそうです。
ご本人はすでに手稲警察署に被害届を出されています。

　口座：みどり銀行 手稲支店（店番 214）普通 4418207
　連絡先：011-681-3392（ご自宅）
　振込先（お客様控えより）：ひかり信用金庫 本店 普通 7720154 カ）エスケーサービス

振込先口座の凍結可否と、ご本人への折り返しをお願いいたします。
""" + SIG_OKOCHI,
    },
    {
        "id": "bpo-032",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "directory of the client's branches (addresses and switchboard numbers) for IVR routing: businesses, not people",
        "charset": "cp932",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 瀬戸口様 <setoguchi@tsubasa-system.jp>"],
        "subject": "北斗ガス様 IVR転送先（営業所一覧）",
        "body": """ツバサシステム
導入支援　瀬戸口様

お世話になっております。勅使河原です。
北斗ガス様のガス漏れ受付で、郵便番号から転送する営業所の一覧をお送りします。
夜間は各営業所の代表番号に転送、つながらない場合は本社保安センターへ回す設定です。

営業所名　　　　住所　　　　　　　　　　　　　　　　　代表番号　　　　夜間転送
札幌中央営業所　札幌市中央区北1条西12丁目3-1　　　　011-251-4400　　する
札幌東営業所　　札幌市白石区南郷通8丁目北1-5　　　　011-862-3300　　する
江別営業所　　　江別市大麻中町26-8　　　　　　　　　011-386-2200　　する
小樽営業所　　　小樽市稲穂2丁目11-4　　　　　　　　0134-22-6100　　 しない
苫小牧営業所　　苫小牧市表町3丁目1-17　　　　　　　0144-33-5800　　 する
本社保安センター　札幌市中央区大通西5丁目8　　　　　011-241-0990　　 （最終転送先）

設定完了予定日をご連絡いただけますと助かります。
""" + SIG_TESHIGAWARA,
    },
    {
        "id": "bpo-033",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of 8 gas-service applicants (name, DOB, address, phone) returned to the client",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["水落 浩一 <mizuochi@hokuto-gas.co.jp>"],
        "subject": "開栓申込 入力検品結果（10/27受領分）",
        "body": """北斗ガス株式会社
お客さまセンター　水落様

お世話になっております。日の出産業の宇佐美です。
10/27受領分の開栓申込書の入力検品が完了しました。
要確認の8件をPDFにまとめましたので、ご確認をお願いいたします。

よろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "kensen_kenpin_20261027.pdf",
                "title": "開栓申込 入力検品結果",
                "lines": [
                    "北斗ガス株式会社 御中　　開栓申込 入力検品結果（2026/10/27受領分）",
                    "日の出産業株式会社 BPO事業部 データエントリー課",
                    "",
                ],
                "table": [
                    ["No", "申込番号", "氏名", "生年月日", "住所", "電話", "確認事項"],
                    ["1", "HG-77120", "宇田川 隆", "1971/02/11", "札幌市白石区本通7丁目南4-12", "011-861-2290", "開栓希望日が過去日"],
                    ["2", "HG-77134", "富樫 琴美", "1989/06/04", "札幌市厚別区厚別中央3条2-8-1", "080-6604-3317", "立会者の記載なし"],
                    ["3", "HG-77141", "仙石 和人", "1966/12/20", "江別市野幌町55-9", "011-382-5586", "メーター番号不一致"],
                    ["4", "HG-77158", "安座間 優子", "1994/09/15", "北広島市中央4-3-10", "090-2215-7708", "支払方法未選択"],
                    ["5", "HG-77163", "浜中 祐介", "1983/03/07", "札幌市清田区平岡5条1-6-22", "070-1192-4430", "部屋番号なし"],
                    ["6", "HG-77177", "布施 玲奈", "1998/11/29", "札幌市北区北24条西6-2-5", "080-3357-6612", "フリガナ不一致"],
                    ["7", "HG-77182", "国分 秀樹", "1958/05/02", "小樽市花園3-7-14", "0134-25-8803", "開栓希望日が休業日"],
                    ["8", "HG-77196", "岡安 小百合", "1975/08/18", "苫小牧市錦町2-4-9", "0144-36-2071", "旧居住所の記載なし"],
                ],
            }
        ],
    },
    {
        "id": "bpo-034",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "training manual DOCX carries 社外秘 in its page header only; the mail text is innocuous",
        "charset": "iso-2022-jp",
        "sender": "蔵前 あゆみ <kuramae.ayumi@hinode-sangyo.co.jp>",
        "to": ["スタッフィング・リンク 研修担当 長嶺様 <nagamine@staffing-link.co.jp>"],
        "subject": "新人オペレーター研修資料のご送付",
        "body": """株式会社スタッフィング・リンク
研修担当　長嶺様

お世話になっております。日の出産業 人材開発グループの蔵前です。
11月入社の派遣スタッフ様向け事前研修で使用する資料をお送りします。
事前に目を通していただくようスタッフ様へお伝えいただけますと幸いです。

研修日程：11/16（月）～11/18（水）9:30～17:30（大宮センター 7F研修室）
持ち物：筆記用具、昼食

よろしくお願いいたします。
""" + SIG_KURAMAE,
        "attachments": [
            {
                "kind": "docx",
                "name": "オペレーター基礎研修テキスト_v3.docx",
                "page_header": "社外秘　日の出産業株式会社 BPO事業部",
                "page_footer": "無断複製・転載禁止",
                "paragraphs": [
                    "オペレーター基礎研修テキスト（第3版）",
                    "第1章 コンタクトセンターの役割と当社の品質方針",
                    "第2章 電話応対の基本：第一声、保留、転送、クロージング",
                    "第3章 クライアント別ルール（守秘事項・NGワード一覧）",
                    "第4章 当社のエスカレーション基準と単価体系",
                    "第5章 個人情報の取扱い：画面のハードコピー禁止、メモの廃棄手順",
                ],
            }
        ],
    },
    {
        "id": "bpo-035",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice mail: invoice number, the company's T-number and its bank account; no personal data",
        "charset": "cp932",
        "sender": "経理課 請求担当 <seikyu@hinode-sangyo.co.jp>",
        "to": ["ことぶき生命保険 経理部 支払担当 <shiharai@kotobuki-seimei.co.jp>"],
        "subject": "【請求書送付】2026年10月分 コンタクトセンター業務委託料",
        "body": """ことぶき生命保険株式会社
経理部 支払ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
2026年10月分の業務委託料の請求書をお送りいたします。

　請求書番号：INV-BPO-2610-0031
　件名　　　：コンタクトセンター業務委託料（2026年10月分）
　ご請求金額：12,804,300円（税込）
　お支払期日：2026年11月30日
　登録番号　：T{t}

【お振込先】
　みどり銀行 大宮支店（店番 305）普通預金 1127743
　口座名義　ヒノデサンギヨウ（カ

請求書原本（PDF）は請求書発行システムよりダウンロードいただけます。
ご不明点は下記までお問い合わせください。

日の出産業株式会社 経理課 請求担当
TEL 03-5820-4405（平日9:00～17:30）
""".format(t=corp_no("011101048827")),
    },
    {
        "id": "bpo-036",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "invitation to four private panel members with all their personal addresses visible in To",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": [
            "nana.shiraishi@gmail.com",
            "k-ogura1975@yahoo.co.jp",
            "ryo.tamura.88@outlook.jp",
            "haruka.m@docomo.ne.jp",
        ],
        "subject": "【ご案内】モニター座談会（11/21）ご参加のお願い",
        "body": """モニター登録者の皆さま

いつもアンケートへのご協力ありがとうございます。
日の出産業株式会社 モニター事務局です。

先日のアンケートにご回答いただいた方を対象に、
下記のとおり座談会を開催いたします。ご都合がよろしければご参加ください。

　日時：2026年11月21日（土）13:30～15:30
　会場：日の出大宮ビル 7F 会議室（さいたま市大宮区桜木町2-3）
　テーマ：通販サイトの使いやすさについて
　謝礼：5,000円分のギフトカード

ご参加の可否を11月13日（金）までにこのメールへご返信ください。

日の出産業株式会社 モニター事務局（担当：藤堂）
TEL 048-645-7210（平日10:00～17:00）
""",
    },
    {
        "id": "bpo-037",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "interview arrangement to one job applicant's free-mail address",
        "charset": "iso-2022-jp",
        "sender": "蔵前 あゆみ <kuramae.ayumi@hinode-sangyo.co.jp>",
        "to": ["小松原 咲 <saki.komatsubara@gmail.com>"],
        "subject": "面接日時のご連絡（日の出産業 コンタクトセンタースタッフ）",
        "body": """小松原 咲 様

このたびは当社コンタクトセンタースタッフの求人にご応募いただき、
誠にありがとうございます。日の出産業 人材開発グループの蔵前です。

書類選考の結果、面接にお越しいただきたくご連絡いたしました。

　日時：11月10日（火）14:00～（30分程度）
　場所：日の出大宮ビル 6F 受付（JR大宮駅 西口より徒歩5分）
　持ち物：筆記用具

当日は受付で「採用面接」とお伝えください。
ご都合が悪い場合は、このメールへのご返信かお電話でお知らせください。

よろしくお願いいたします。
""" + SIG_KURAMAE,
    },
    {
        "id": "bpo-038",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated DM mailing list of 10 campaign respondents (postcode, address, name) to the printer",
        "charset": "cp932",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 DM制作部 若狭様 <wakasa@nishiki-insatsu.co.jp>"],
        "subject": "資料請求者DM 追加分（宛名データ）",
        "body": """錦印刷株式会社
DM制作部　若狭様

お世話になっております。日の出産業の藤堂です。
はるかぜ不動産様の分譲説明会DMについて、電話受付の追加10件をお送りします。
先日のデータ（382件）に追加で差し込みをお願いいたします。

郵便番号	住所	氏名
336-0017	埼玉県さいたま市南区南浦和2-31-7	秋葉 一成
336-0025	埼玉県さいたま市南区文蔵4-18-2-304	伊達 静香
338-0001	埼玉県さいたま市中央区上落合6-9-11	漆原 亮太
330-0061	埼玉県さいたま市浦和区常盤9-20-3	緒方 澄子
333-0851	埼玉県川口市芝新町12-5	鏑木 信也
335-0004	埼玉県蕨市中央3-14-22	喜屋武 千晶
332-0034	埼玉県川口市並木2-7-19-701	久米 洋平
343-0813	埼玉県越谷市越ヶ谷1-3-8	毛利 恵美子
340-0016	埼玉県草加市中央1-11-26	郷田 正人
362-0035	埼玉県上尾市仲町2-2-14	財前 綾乃

投函予定日（11/12）に変更はございません。
""" + SIG_TODO,
    },
    {
        "id": "bpo-039",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a customer's driver's licence number and DOB written in the body for identity re-check",
        "charset": "utf-8",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["銀河モバイル 本人確認センター <kyc-center@ginga-mobile.jp>"],
        "subject": "MNP転入 本人確認の照合エラー（受付番号 GM-N-2611-0093）",
        "body": """銀河モバイル株式会社
本人確認センター ご担当者様

お世話になっております。日の出産業 那覇センターの島袋です。
MNP転入のお申込みで、本人確認書類の照合がエラーになる案件がございます。
お客様に読み上げていただいた内容は以下のとおりです。

　お名前　　　　：比嘉 ゆいな 様
　生年月日　　　：平成9年4月18日
　運転免許証番号：第 972004118530 号
　交付　　　　　：令和5年5月2日（沖縄県公安委員会）

画像アップロードでは「番号不一致」と表示されるとのことです。
システム側の判定に問題がないかご確認いただけますでしょうか。
お客様には本日中に折り返すとお伝えしております。
""" + SIG_SHIMABUKURO,
    },
    {
        "id": "bpo-040",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "internal-only quality scores per operator (names and evaluation) among QA staff",
        "charset": "iso-2022-jp",
        "sender": "小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>",
        "to": ["品質管理室 <qa-room@hinode-sangyo.co.jp>", "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>"],
        "subject": "10月モニタリング 個人別スコア（要フォロー者）",
        "body": """品質管理室の皆さん、大河内さん

10月のモニタリング個人別スコアのうち、80点未満の方を共有します。
11月第2週中に個別フィードバック面談をお願いします。

  オペレーター      所属    評価件数  平均点  課題
  ----------------  ------  --------  ------  ----------------------------
  平良 大地         札幌    6         74.5    保留時の説明不足
  阿久津 隼人       札幌    6         77.0    早口・復唱漏れ
  新里 梨花         那覇    5         71.8    本人確認手順の省略
  東 優太           大宮    6         78.2    クロージングの定型文漏れ
  喜納 さくら       那覇    5         79.0    敬語の誤用

新里さんは本人確認の省略が2回続いているので、優先でお願いします。
""" + SIG_OKONOGI,
    },
]

# --------------------------------------------------------------------------- 041-060

MESSAGES += [
    {
        "id": "bpo-041",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached XLSX is corrupt (truncated) and cannot be inspected",
        "charset": "cp932",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["まどか化粧品 販促グループ 吉永様 <yoshinaga@madoka-cosme.com>"],
        "subject": "定期購入フォローコール 11月対象リスト（再送）",
        "body": """まどか化粧品株式会社
販促グループ　吉永様

お世話になっております。日の出産業の藤堂です。
先ほどのメールでファイルが添付できていなかったため、再送いたします。
開けない場合はお手数ですがご連絡ください。
""" + SIG_TODO,
        "attachments": [
            {"kind": "corrupt", "name": "teiki_follow_202611.xlsx"},
        ],
    },
    {
        "id": "bpo-042",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract and campaign dates (和暦 and 西暦) that are not anyone's birth date",
        "charset": "utf-8",
        "sender": "千葉 健吾 <chiba.kengo@hinode-sangyo.co.jp>",
        "to": ["大和田市 福祉政策課 岡部様 <okabe.t@city.owada.lg.jp>"],
        "subject": "給付金コールセンター 契約変更（期間延長）について",
        "body": """大和田市 福祉政策課
岡部様

いつもお世話になっております。日の出産業の千葉です。
先日ご相談いただいた契約期間の延長について、変更内容を整理いたしました。

　現契約期間　　：令和8年4月1日～令和8年12月28日
　変更後　　　　：令和8年4月1日～令和9年3月31日
　申請受付締切　：令和9年1月29日（金）消印有効
　コールセンター開設時間：平日 9:00～18:00（12/29～1/3 は休業）

　※1月4日（月）は受付再開日のため、通常の1.5倍の体制とします。
　※2月11日（建国記念の日）、2月23日（天皇誕生日）は休業です。

変更契約書は11月中旬にお送りいたします。
議会の補正予算承認（12月議会）後の締結で問題ないとの理解ですが、
相違があればお知らせください。
""" + SIG_CHIBA,
    },
    {
        "id": "bpo-043",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "health insurance card 記号・番号 of two members in the body to the health insurance society",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["東和電工健康保険組合 適用課 <tekiyo@towa-kenpo.or.jp>"],
        "subject": "被扶養者異動届 入力保留2件のご確認",
        "body": """東和電工健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業 データエントリー課の宇佐美です。
10月受付分の被扶養者異動届のうち、下記2件は届出書の記載と
台帳の保険証番号が一致しないため、入力を保留しております。

(1) 被保険者：鳥海 康弘 様（昭和51年7月3日生）
    届出書の記載　記号 7012　番号 338
    台帳の登録　　記号 7012　番号 383
(2) 被保険者：奈良橋 涼子 様（平成2年12月24日生）
    届出書の記載　記号 7045　番号 1106
    台帳の登録　　記号 7054　番号 1106

どちらが正しいかご教示いただけますでしょうか。
""" + SIG_USAMI,
    },
    {
        "id": "bpo-044",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded client mail attached as .eml: 6 seminar applicants with address and phone, sent on to the printer",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["錦印刷 DM制作部 若狭様 <wakasa@nishiki-insatsu.co.jp>"],
        "subject": "FW: セミナー申込者への案内状送付について",
        "body": """若狭様

お世話になっております。藤堂です。
はるかぜ不動産様から届いたメールを転送します（添付）。
案内状の宛名はメール内の6名分でお願いいたします。
投函は11/16（月）希望とのことです。

藤堂
""",
        "attachments": [
            {
                "kind": "eml",
                "name": "セミナー申込者への案内状送付について.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "薗田 孝 <sonoda@harukaze-fudosan.co.jp>",
                    "to": ["藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>"],
                    "subject": "セミナー申込者への案内状送付について",
                    "body": """日の出産業　藤堂様

はるかぜ不動産の薗田です。
11/28の「相続と不動産」セミナーの電話申込者です。
案内状の送付手配をお願いします。

1) 堀籠 貞夫　〒330-0063 さいたま市浦和区高砂3-12-9　048-822-3615
2) 長谷川 トシ子　〒331-0804 さいたま市北区土呂町1-28-6　048-665-2279
3) 三栖 健二　〒337-0051 さいたま市見沼区東大宮5-4-17　090-1174-3380
4) 鈴鹿 美枝　〒362-0042 上尾市谷津2-1-33　048-771-5024
5) 杉谷 功　〒349-0111 蓮田市東6-3-2　080-2263-7719
6) 那須 昌代　〒330-0845 さいたま市大宮区仲町1-95　048-641-9902

よろしくお願いします。
薗田
""",
                },
            }
        ],
    },
    {
        "id": "bpo-045",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proposal mail using 機密 only in passing (security measures), no stamp, no personal data",
        "charset": "cp932",
        "sender": "千葉 健吾 <chiba.kengo@hinode-sangyo.co.jp>",
        "to": ["ひまわり損保 事業企画部 渋谷様 <shibuya.n@himawari-sonpo.co.jp>"],
        "subject": "事故受付センター ご提案書（セキュリティ体制の補足）",
        "body": """ひまわり損害保険株式会社
事業企画部　渋谷様

お世話になっております。日の出産業の千葉です。
先日のご提案に関して、セキュリティ体制についてご質問をいただきましたので補足いたします。

事故受付は事故状況やお怪我の有無など機密性の高い情報を扱う業務となるため、
弊社では以下の体制で運用しております。

　・専用ルーム（入退室は生体認証、私物持込禁止）
　・通話録音は暗号化して保管、閲覧はSV以上に限定
　・ISMS（ISO/IEC 27001）認証、プライバシーマーク取得済み
　・年2回の全スタッフ向け情報セキュリティ研修と理解度テスト

機密保持に関する誓約書は、派遣スタッフを含む全員から入社時に取得しております。
その他ご不明点がございましたら、お気軽にお申し付けください。
""" + SIG_CHIBA,
    },
    {
        "id": "bpo-046",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named bereaved family's religion (Catholic) and phone number passed to the funeral client",
        "charset": "iso-2022-jp",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["やすらぎ葬祭 施行管理課 <sekou@yasuragi-sousai.co.jp>"],
        "subject": "夜間受付 ご依頼内容の引継ぎ（11/2 2:40受付）",
        "body": """やすらぎ葬祭株式会社
施行管理課 ご担当者様

夜間受付（日の出産業）の松永です。本日未明のご依頼を引き継ぎます。

ご依頼者は喪主となる 木ノ下 孝 様（携帯 090-6683-2217）。
お父様が昨夜、入院先の市立病院でお亡くなりになったとのことです。
ご家族はカトリック教会の信徒で、仏式ではなく教会での葬儀ミサを希望されており、
所属教会（浦和教会）の神父様とはすでに連絡がついているそうです。

寝台車のお迎えは午前9時以降を希望されています。
貴社からの折り返しは8時以降にお願いしたいとのことでした。
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-047",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "a named harassing caller's prior conviction and imprisonment told to the client and its law firm",
        "charset": "utf-8",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["水落 浩一 <mizuochi@hokuto-gas.co.jp>"],
        "cc": ["白川法律事務所 堀 弁護士 <hori@shirakawa-law.jp>"],
        "subject": "悪質入電者への対応方針について（ご相談）",
        "body": """北斗ガス株式会社　水落様
白川法律事務所　堀先生

お世話になっております。日の出産業 札幌センターの大河内です。

10月以降、同一のお客様から脅迫的な入電が続いている件について、
対応方針のご相談をさせてください。

　お客様：陣内 剛 様（札幌市東区北23条東8丁目2-14）
　入電回数：10月 27回、11月（2日時点）5回
　内容：「ガス代を払う理由がない」「担当者を家に来させろ、来なければ火をつける」等

昨日、東警察署の生活安全課の方から連絡があり、本人には以前に傷害罪で
服役していた前科があるため、オペレーターの安全に十分注意するよう
助言を受けました。

オペレーターへの直接の危害はまだありませんが、録音データを保全のうえ、
警告文の送付と通話の受付拒否について、先生のご意見を伺えますでしょうか。
""" + SIG_OKOCHI,
    },
    {
        "id": "bpo-048",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three visitors' names and mobile numbers for a site visit: a short attendee list (may be warned)",
        "charset": "cp932",
        "sender": "千葉 健吾 <chiba.kengo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務部 受付ご担当 <soumu@kitaguni-foods.co.jp>"],
        "subject": "11/12 ご訪問者のご連絡（入館手続き）",
        "body": """北国フーズ株式会社
総務部 受付ご担当者様

お世話になっております。日の出産業の千葉です。
11月12日（木）の通販事業部様とのお打ち合わせにつき、訪問者をご連絡いたします。

　14:00～16:00　本社 5F 会議室（通販事業部 岩館様）

　1. 千葉 健吾（営業）　　携帯 090-6648-1173
　2. 松永 恵理（SV）　　　携帯 080-2205-6194
　3. 勅使河原 誠（システム）携帯 070-5548-0327

当日、遅延等がございましたら上記携帯へご連絡ください。
""" + SIG_CHIBA,
    },
    {
        "id": "bpo-049",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hote1.jp uses the digit 1 for l: a homoglyph of partner sakura-hotel.jp",
        "charset": "iso-2022-jp",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約センター 統括 宮里様 <miyazato@sakura-hote1.jp>"],
        "subject": "年末年始 予約受付の増員計画について",
        "body": """さくらホテル株式会社
予約センター統括　宮里様

お世話になっております。日の出産業 那覇センターの島袋です。

年末年始の予約受付について、昨年の入電実績から増員計画を作成しました。

　11/20～12/10　　平常 14席 → 18席
　12/11～12/27　　18席 → 22席（英語対応 2席含む）
　12/28～1/3　　　12席（ホテル直通への転送を併用）

英語対応のオペレーターは、那覇センターから2名を予約センター専任とします。
追加の研修（客室タイプ・キャンセル規定）は11/18に実施予定です。

ご確認のほど、よろしくお願いいたします。
""" + SIG_SHIMABUKURO,
    },
    {
        "id": "bpo-050",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 9 overdue card customers with phone numbers returned to the credit client",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["東和クレジット 債権管理課 <saiken@towa-credit.co.jp>"],
        "subject": "入金督促コール 結果報告（10月末締め分）",
        "body": """東和クレジット株式会社
債権管理課 ご担当者様

お世話になっております。日の出産業の藤堂です。
10月末締め分の入金督促コール結果をお送りします。
貴社システムへの取込用に、いつもの形式（.xls）で作成しております。

入金約束のあった方は6名、約束日は11/10までに集中しています。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "xls",
                "name": "tokusoku_result_202610.xls",
                "sheets": {
                    "result": [
                        ["会員番号", "氏名", "電話番号", "延滞額", "架電日", "結果", "約束日"],
                        ["TW08812044", "根岸 康介", "090-3371-2204", 38200, "2026/11/02", "約束", "2026/11/05"],
                        ["TW08812391", "水野 佐和子", "080-1156-6678", 12750, "2026/11/02", "約束", "2026/11/10"],
                        ["TW08813007", "大門 勇次", "070-2218-9045", 104300, "2026/11/02", "不在", ""],
                        ["TW08813552", "篠塚 理恵", "03-5611-0782", 26400, "2026/11/02", "約束", "2026/11/06"],
                        ["TW08814116", "堀内 慎", "090-7720-4419", 59800, "2026/11/03", "拒否", ""],
                        ["TW08814470", "片桐 順子", "048-473-2285", 8900, "2026/11/03", "約束", "2026/11/04"],
                        ["TW08815023", "岩城 悟", "080-4459-3316", 71500, "2026/11/03", "番号違い", ""],
                        ["TW08815388", "宮脇 奈央", "090-1106-8827", 15300, "2026/11/03", "約束", "2026/11/09"],
                        ["TW08815901", "米倉 孝之", "0568-75-2240", 44100, "2026/11/03", "約束", "2026/11/10"],
                    ]
                },
            }
        ],
    },
    {
        "id": "bpo-051",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal-only: campaign respondents CSV to the internal analytics team",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["分析チーム <analytics@hinode-sangyo.co.jp>"],
        "subject": "応募者データ（重複チェック用）",
        "body": """分析チームの皆さん

藤堂です。まどか化粧品様キャンペーンの電話受付分です。
Web応募分との重複チェックをお願いします（名寄せキーは電話番号とメール）。
結果はクライアントに出す前に私に戻してください。
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "madoka_tel_entries_1019-1025.csv",
                "encoding": "utf-8",
                "rows": [
                    ["応募ID", "氏名", "メール", "電話", "受付日"],
                    ["TEL-1019-01", "水原 沙耶", "saya.mizuhara@gmail.com", "090-2234-7781", "2026-10-19"],
                    ["TEL-1019-02", "椎名 恭子", "kyoko-shiina@yahoo.co.jp", "080-6617-2203", "2026-10-19"],
                    ["TEL-1020-01", "新井 乃亜", "noa.arai@icloud.com", "070-3389-1146", "2026-10-20"],
                    ["TEL-1021-01", "葛西 ひとみ", "hitomi.kasai82@gmail.com", "090-2417-6638", "2026-10-21"],
                    ["TEL-1022-01", "鳩山 里美", "satomi.h@outlook.jp", "080-2251-9904", "2026-10-22"],
                    ["TEL-1023-01", "岸 真由", "mayu-k@ezweb.ne.jp", "090-5520-3367", "2026-10-23"],
                    ["TEL-1025-01", "浅見 律子", "ritsuko.asami@gmail.com", "070-1184-6625", "2026-10-25"],
                ],
            }
        ],
    },
    {
        "id": "bpo-052",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a foreign operator's residence card number and DOB sent to the staffing agency",
        "charset": "cp932",
        "sender": "蔵前 あゆみ <kuramae.ayumi@hinode-sangyo.co.jp>",
        "to": ["ワークブリッジ 外国人材チーム 福田様 <fukuda@work-bridge.co.jp>"],
        "subject": "多言語窓口スタッフ 就業開始前の確認事項",
        "body": """株式会社ワークブリッジ
外国人材チーム　福田様

お世話になっております。日の出産業の蔵前です。
12月から多言語窓口（ベトナム語）にご就業予定のスタッフ様について、
入館証発行のため在留カードの記載内容を確認させてください。

　氏名：NGUYEN THI THANH HUONG（グエン・ティ・タイン・フオン）
　生年月日：1996年2月14日
　在留カード番号：UH52804173EA
　在留資格：技術・人文知識・国際業務
　在留期間（満了日）：2027年8月31日

在留期間の満了が契約期間内にかかりますので、更新申請のスケジュールも
あわせてご教示いただけますと幸いです。
""" + SIG_KURAMAE,
    },
    {
        "id": "bpo-053",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the customer list appears only in the quoted 'On ... wrote:' part from the recipient",
        "charset": "utf-8",
        "sender": "Daniel Hartley <d.hartley@hinode-sangyo.co.jp>",
        "to": ["Grace Lim <grace.lim@orbitline-travel.com>"],
        "subject": "Re: Callback list - Singapore desk",
        "body": """Hi Grace,

Got it, thanks. Our English team will call these guests tomorrow between
10:00 and 13:00 JST and log the outcomes in the shared tracker.
I'll send you the summary by end of day.

Best,
Daniel

On Tue, Nov 3, 2026 at 6:15 PM Grace Lim <grace.lim@orbitline-travel.com> wrote:
> Hi Daniel,
>
> Please arrange callbacks for the following guests whose Osaka tours
> were cancelled due to the typhoon:
>
> Booking   Name              Phone            Email
> OT-55120  Tan Wei Ming      +65 9123 4471    weiming.tan@gmail.com
> OT-55134  Priya Raman       +65 8230 1187    priya.raman@yahoo.com
> OT-55161  Lucas Ong         +65 9776 2034    lucas.ong@outlook.com
> OT-55178  Chen Jia Hui      +65 8412 5590    jiahui.chen@gmail.com
> OT-55190  Ahmad Faizal      +65 9034 7718    a.faizal@hotmail.com
>
> Thanks,
> Grace
""",
    },
    {
        "id": "bpo-054",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF cost breakdown with 取扱注意 in every page footer, sent to the vendor",
        "charset": "utf-8",
        "sender": "百瀬 雄一 <momose.yuichi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 営業部 堀之内様 <horinouchi@tsubasa-system.jp>"],
        "subject": "在宅オペレーター拡大に伴うVDI費用の試算",
        "body": """堀之内様

お世話になっております。百瀬です。
在宅オペレーター拡大（40席→75席）に伴う費用試算をお送りします。
貴社のVDIパッケージ費用を当てはめた場合の比較をお願いできますでしょうか。
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "在宅拡大_費用試算_v2.pdf",
                "title": "在宅オペレーター拡大 費用試算",
                "page_footer": "取扱注意　日の出産業株式会社 BPO事業部",
                "lines": [
                    "在宅オペレーター拡大 費用試算（第2版）",
                    "",
                    "1. 前提：在宅席 40席→75席（2027年4月）、稼働率70%",
                    "2. 現行コスト（月額）：VDI 1席 8,200円、ヘッドセット償却 600円、回線補助 3,000円",
                    "3. 拡大後コスト（月額）：合計 885,000円（現行比 +412,000円）",
                    "4. 人件費差分：通勤費削減 ▲1,020,000円／月、在宅手当 +375,000円／月",
                    "5. 受託単価への影響：1席あたり ▲2.1%（値下げ余地として提案可能）",
                ],
            }
        ],
    },
    {
        "id": "bpo-055",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a UTF-8 CSV of 9 customers' web inquiries (name, phone, e-mail) to the utility client",
        "charset": "iso-2022-jp",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["あおい電力 お客さま対応グループ 高梨様 <takanashi@aoi-denryoku.co.jp>"],
        "subject": "Webフォーム問い合わせ 週次連携（10/26-11/1）",
        "body": """あおい電力株式会社
お客さま対応グループ　高梨様

お世話になっております。日の出産業の松永です。
Webフォーム経由のお問い合わせのうち、貴社対応分を週次でお送りします。
ZIPにCSVと項目説明を同梱しています。

よろしくお願いいたします。
""" + SIG_MATSUNAGA,
        "attachments": [
            {
                "kind": "zip",
                "name": "aoi_webform_20261101.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "webform_20261026-1101.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["受付ID", "お客様番号", "氏名", "電話", "メール", "種別"],
                            ["WF-26110", "AD-5520-0041-7", "中条 和也", "029-862-3317", "k.nakajo@gmail.com", "引越し"],
                            ["WF-26114", "AD-5520-0398-2", "三船 沙羅", "090-6624-1183", "sara.mifune@yahoo.co.jp", "料金"],
                            ["WF-26121", "AD-5520-1022-5", "羽生 亮", "080-3315-7702", "ryo-hanyu@outlook.jp", "プラン変更"],
                            ["WF-26125", "AD-5520-0677-9", "森永 澄江", "0294-22-6518", "sumie.m@docomo.ne.jp", "停電"],
                            ["WF-26133", "AD-5520-1140-1", "八代 聖", "070-4486-3395", "hijiri.yashiro@icloud.com", "料金"],
                            ["WF-26140", "AD-5520-0215-4", "袴田 幸子", "090-2281-9476", "sachiko.hakamada@gmail.com", "名義変更"],
                            ["WF-26148", "AD-5520-0903-6", "滝沢 守", "029-244-1038", "m-takizawa@nifty.com", "引越し"],
                            ["WF-26152", "AD-5520-1297-0", "駒井 莉子", "080-6607-2254", "riko.komai@gmail.com", "ポイント"],
                            ["WF-26159", "AD-5520-0584-8", "土方 信吾", "070-2239-8861", "shingo.hijikata@yahoo.co.jp", "料金"],
                        ],
                    },
                    {
                        "kind": "txt",
                        "name": "README_項目説明.txt",
                        "text": "受付ID: Webフォーム受付番号\nお客様番号: 貴社お客様番号（フォーム入力値のまま）\n種別: 弊社で分類した問い合わせ種別\n",
                    },
                ],
            }
        ],
    },
    {
        "id": "bpo-056",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "order numbers and 16-digit reception numbers (not card numbers, fail Luhn) about an order-system fault",
        "charset": "cp932",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 受注センター <order-desk@kitaguni-foods.co.jp>"],
        "subject": "受注システム 二重登録の疑い（3件）",
        "body": """北国フーズ株式会社
受注センター ご担当者様

お世話になっております。日の出産業の松永です。
昨日夕方のシステム遅延の際、同一注文が二重に登録された可能性のあるものが3件ございます。
貴社側で片方の取消をお願いできますでしょうか。

　受注番号 KF-TEL-20261103-0212 ／ 受付番号 2026 1103 1755 0421
　受注番号 KF-TEL-20261103-0213 ／ 受付番号 2026 1103 1755 0430
　受注番号 KF-TEL-20261103-0231 ／ 受付番号 2026 1103 1812 0087

　（0212と0213が同一内容です。0231は単独ですが、お客様から
　　「確定メールが2通届いた」とのお申し出がありました）

お客様への連絡は、取消完了後に弊社から行います。
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-057",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named temp operator's health-check results (re-examination, hypertension, liver) sent to the agency",
        "charset": "utf-8",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["スタッフィング・リンク 札幌支店 コーディネーター 戸田様 <toda.m@staffing-link.co.jp>"],
        "subject": "派遣スタッフ様の夜勤シフトについて",
        "body": """株式会社スタッフィング・リンク
札幌支店　戸田様

お世話になっております。日の出産業 札幌センターの大河内です。

12月から夜勤シフトへの移行をお願いしていた成田 拓海さんについて、
ご本人から「先月の健康診断で血圧が高く（上が168）、肝機能の数値も悪くて
要再検査と言われた。夜勤は医師に止められるかもしれない」と相談がありました。

夜勤の可否は再検査の結果を見てから判断したいと思いますが、
ご本人の希望も含め、貴社からも一度フォローいただけますでしょうか。
代わりの夜勤要員の候補がいらっしゃれば、あわせてご紹介をお願いします。
""" + SIG_OKOCHI,
    },
    {
        "id": "bpo-058",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 mentioned in passing (the internal appendix was removed before sending); nothing is stamped",
        "charset": "iso-2022-jp",
        "sender": "千葉 健吾 <chiba.kengo@hinode-sangyo.co.jp>",
        "to": ["あけぼの信販 カスタマー部 三ツ矢様 <mitsuya@akebono-shinpan.co.jp>"],
        "subject": "Re: 提案資料の再送のお願い",
        "body": """三ツ矢様

お世話になっております。日の出産業の千葉です。
ご連絡ありがとうございます。

お打ち合わせで投影した資料のうち、巻末の原価構成のページは
弊社の社外秘資料からの抜粋でしたので、外部にお出しできる形に
差し替えたうえで、明日中にお送りいたします。
お待たせして申し訳ございません。

なお、本編（運用設計・体制図・KPI案）は変更ございません。

千葉

> 日の出産業 千葉様
> 先日の打ち合わせで投影いただいた資料を、社内回覧用にお送りいただけますか。
> 三ツ矢
""",
    },
    {
        "id": "bpo-059",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "internal-only: full-width padded call list sent to internal subdomain addresses",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["大宮OBチーム <omiya-ob@bpo.hinode-sangyo.co.jp>"],
        "cc": ["松永 恵理 <matsunaga.eri@mail.hinode-sangyo.co.jp>"],
        "subject": "本日の優先架電リスト（住所確認が必要な方）",
        "body": """大宮アウトバウンドチームの皆さん

おはようございます。藤堂です。
本日の優先架電（返送郵便物の住所確認）です。午前中に1巡目をお願いします。

氏名　　　　　　電話番号　　　　　登録住所
－－－－－－－　－－－－－－－－　－－－－－－－－－－－－－－－－
寺門　勝利　　　０４８－６２２－４１９０　埼玉県さいたま市北区宮原町３－５－１１
大槻　麻里子　　０９０－３３７１－８８２６　埼玉県上尾市柏座１－１０－２
熊谷　弘道　　　０８０－６６２９－１１０４　埼玉県桶川市若宮２－２４－６
飯干　奈緒　　　０７０－２２８０－５３３９　埼玉県北本市本町７－１１８
川島　喜代子　　０４８－５４１－０６２７　埼玉県鴻巣市本町４－６－３２
沢渡　廉　　　　０９０－４４１２－６９８５　埼玉県鴻巣市人形２－１－１９

転居済みの場合は新住所を聞き取り、管理画面の「住所変更」に入力してください。
""",
    },
    {
        "id": "bpo-060",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "full-width table with 和暦 birth dates and full-width phone numbers of 6 applicants to the client",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["ことぶき生命 新契約課 <shinkeiyaku@kotobuki-seimei.co.jp>"],
        "subject": "申込書 生年月日と告知書の不一致（６件）",
        "body": """ことぶき生命保険株式会社
新契約課　ご担当者様

お世話になっております。日の出産業 データエントリー課の宇佐美です。
本日入力分のうち、申込書と告知書で生年月日の記載が一致しないものが６件ございました。
申込書の記載で仮登録しておりますので、正しい日付をご教示ください。

申込番号　　　　氏名　　　　　　　申込書の生年月日　　　告知書の生年月日　　　連絡先
ＫＳ－４４１２０　大湊　佳子　　　昭和５８年４月２日　　昭和５８年４月１２日　０９０－４４８１－２２０６
ＫＳ－４４１３７　御子柴　亘　　　Ｈ２．１１．３　　　　Ｈ２．１１．８　　　　０８０－１１２７－６６４３
ＫＳ－４４１５２　佐久間　千恵　　Ｓ４６．９．２１　　　Ｓ４７．９．２１　　　０４８－７７４－３０１８
ＫＳ－４４１６８　栂野　亮一　　　平成１１年１月７日　　平成１１年７月１日　　０７０－５５０２－８８１４
ＫＳ－４４１７３　日置　美智子　　昭和３９年３月３０日　昭和３９年３月３日　　０２７－３２２－５５７０
ＫＳ－４４１９１　栃木　潤　　　　Ｈ８．２．２９　　　　Ｈ８．２．２８　　　　０９０－６６３０－４１９７

よろしくお願いいたします。
""" + SIG_USAMI,
    },
]

# --------------------------------------------------------------------------- 061-080

MESSAGES += [
    {
        "id": "bpo-061",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "a traveller's passport number and DOB for a booking correction sent to the travel-agency client",
        "charset": "utf-8",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["旅路トラベル 海外手配課 <kaigai-tehai@tabiji-travel.co.jp>"],
        "subject": "航空券 氏名・旅券番号の訂正依頼（予約番号 TJ-H-884210）",
        "body": """旅路トラベル株式会社
海外手配課 ご担当者様

お世話になっております。予約センター（日の出産業 那覇センター）の島袋です。
12/26発 ホノルル行きのご予約について、お客様から旅券情報の訂正のお申し出がありました。

　予約番号：TJ-H-884210
　旅行者：HENZA MIYUKI（平安座 美幸 様）
　生年月日：1988年10月5日
　旅券番号（誤）：TR4417206
　旅券番号（正）：TR4471206
　有効期限：2034年3月12日

お客様がWeb入力時に数字を入れ替えてしまったとのことです。
航空会社への訂正連絡をお願いいたします。完了後、お客様へは弊社からご連絡します。
""" + SIG_SHIMABUKURO,
    },
    {
        "id": "bpo-062",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seminar titles with mental-health words (メンタルヘルス, うつ病予防) not about any person",
        "charset": "cp932",
        "sender": "蔵前 あゆみ <kuramae.ayumi@hinode-sangyo.co.jp>",
        "to": ["スタッフィング・リンク 研修担当 長嶺様 <nagamine@staffing-link.co.jp>"],
        "subject": "派遣スタッフ様向け メンタルヘルス研修の合同開催について",
        "body": """株式会社スタッフィング・リンク
研修担当　長嶺様

いつもお世話になっております。日の出産業の蔵前です。

弊社では毎年12月に、コンタクトセンタースタッフ向けに
下記の研修を実施しております。今年は派遣スタッフ様にもご参加いただけるよう、
貴社と合同で開催できないかと考えております。

　① 「カスタマーハラスメントから心を守る ～ストレスコーピングの基本～」
　② 「セルフケアとラインケア：うつ病・適応障害の予防と早期の気づき」
　③ 「睡眠と食事で整える 夜勤シフトの健康管理」

講師は産業医の先生（外部）にお願いする予定です。
個別の健康相談は行わず、一般的な知識の研修となります。

開催候補日：12/8（火）、12/10（木）いずれも15:00～16:30
ご検討のほど、よろしくお願いいたします。
""" + SIG_KURAMAE,
    },
    {
        "id": "bpo-063",
        "expect": "stop",
        "entities": ["PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list of 8 households (phone and address, no name column) with unreachable numbers, to the client",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["北斗ガス お客さまセンター 水落様 <mizuochi@hokuto-gas.co.jp>"],
        "subject": "点検予約コール　番号不通・使用されていない番号の一覧",
        "body": """水落様

お世話になっております。日の出産業の藤堂です。
法定点検の予約コールで、「現在使われておりません」等でつながらなかった
お宅の一覧です。貴社で登録番号の確認、または訪問でのご案内をお願いします。

電話番号,設置場所住所,結果
011-862-4471,北海道札幌市白石区東札幌3条4-2-15,使われていない
011-386-9902,北海道江別市大麻東町13-54,使われていない
090-5513-0287,北海道札幌市厚別区もみじ台北5-9-3,電源OFF（3回）
011-882-1164,北海道札幌市清田区北野6条2-11-8,FAX音
080-2271-6635,北海道北広島市大曲南ヶ丘2-6-1,使われていない
0134-27-3308,北海道小樽市緑2-18-22,番号違い（別人）
011-661-5590,北海道札幌市西区琴似2条7-1-16,使われていない
070-1128-4473,北海道石狩市花川南8条3-201,電源OFF（3回）

以上8件です。よろしくお願いいたします。
""" + SIG_TODO,
    },
    {
        "id": "bpo-064",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary mail with several phone numbers of the sender's centre and the client's own contact in the greeting",
        "charset": "iso-2022-jp",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 ローンセンター 小田切様 <odagiri.s@midori-ginko.co.jp>"],
        "subject": "年末年始の緊急連絡体制について",
        "body": """株式会社みどり銀行
ローンセンター　小田切 聡 様

いつもお世話になっております。日の出産業 札幌センターの大河内です。
年末年始（12/30～1/3）の緊急連絡体制をご案内いたします。

　・平日日中：センター直通　011-738-5520
　・夜間・休日：当番SV携帯　080-4471-2096（大河内）
　　　　　　　　　　　　　　 090-5528-3371（副センター長　相馬）
　・システム障害：センターシステム課　03-5820-4452

貴行側のご連絡先は、先日いただいたとおり
ローンセンター当番番号（011-231-7700）で承知しております。

本年も大変お世話になりました。来年もどうぞよろしくお願い申し上げます。
""" + SIG_OKOCHI,
    },
    {
        "id": "bpo-065",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "DOCX escalation report: 5 customers with phones, one row noting a customer's stroke and paralysis",
        "charset": "cp932",
        "sender": "小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>",
        "to": ["銀河モバイル CS企画 仁科様 <nishina@ginga-mobile.jp>"],
        "subject": "10月度 エスカレーション報告書",
        "body": """銀河モバイル株式会社
CS企画　仁科様

お世話になっております。日の出産業の小此木です。
10月度のエスカレーション報告書をお送りします。
うち1件は解約手続きの代理に関するもので、貴社ルールのご確認をお願いしたく存じます。
""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "docx",
                "name": "エスカレーション報告書_202610.docx",
                "paragraphs": [
                    "銀河モバイル株式会社 CS企画 御中",
                    "エスカレーション報告書（2026年10月度）",
                    "日の出産業株式会社 BPO事業部 品質管理室",
                    "今月のエスカレーション件数：5件（前月 7件）",
                ],
                "tables": [
                    [
                        ["No", "受付日", "お客様", "連絡先", "内容", "状況"],
                        ["1", "10/04", "錦戸 隆之", "090-3318-5520", "請求額への強い不満、上席対応要求", "完了"],
                        ["2", "10/11", "宇良 静香", "080-6672-1143", "解約金の減免要求", "貴社判断待ち"],
                        ["3", "10/17", "吉祥寺 篤", "070-2256-3398", "店舗スタッフの説明と異なる", "完了"],
                        ["4", "10/22", "猿渡 キミ子", "0267-22-8841", "ご本人が脳梗塞で右半身麻痺となり会話困難、長女様からの代理解約の申出", "貴社判断待ち"],
                        ["5", "10/29", "堤 晴樹", "090-1174-6605", "SNSへの投稿を示唆", "経過観察"],
                    ]
                ],
            }
        ],
    },
    {
        "id": "bpo-066",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF (quality report) cannot be inspected",
        "charset": "utf-8",
        "sender": "小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>",
        "to": ["ミナト通販 お客様サポート室 長谷部様 <hasebe.r@minato-tsuhan.co.jp>"],
        "subject": "通話モニタリング結果（10月）",
        "body": """長谷部様

お世話になっております。日の出産業の小此木です。
10月の通話モニタリング結果をお送りします。
PDFにはパスワードを設定しております。パスワードは従来どおり、別途お電話でお伝えします。

よろしくお願いいたします。
""" + SIG_OKONOGI,
        "attachments": [
            {
                "kind": "pdf",
                "name": "monitoring_202610_minato.pdf",
                "password": "mt2610qa",
                "lines": [
                    "通話モニタリング結果 2026年10月 ミナト通販様",
                    "評価件数 80件 平均 85.1点",
                    "OP118 88点 / OP042 84点 / OP207 81点 / OP311 87点",
                ],
            }
        ],
    },
    {
        "id": "bpo-067",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal-only: centre manager tells SVs of a caller's prior conviction; no external recipient",
        "charset": "iso-2022-jp",
        "sender": "大河内 拓也 <okochi.takuya@hinode-sangyo.co.jp>",
        "to": ["札幌SV一同 <sapporo-sv@hinode-sangyo.co.jp>"],
        "subject": "【SV限り】北斗ガス窓口 特定入電者への対応ルール",
        "body": """SVの皆さん

大河内です。北斗ガス窓口に脅迫的な入電を繰り返している陣内 剛さんの件です。
警察からの情報では、過去に傷害事件で服役していたとのことです。
オペレーターには前科のことは伝えず、以下のルールだけ徹底してください。

1. 着信表示で本人と分かったら、SVが直接受ける（オペレーターに取らせない）
2. 「家に来い」「火をつける」等の発言があれば、その場で通話を終了してよい
3. 通話終了後、録音IDを私に報告
4. 本人が来訪した場合は受付を通さず警備室へ連絡

クライアントと弁護士の先生には方針を相談中です。決まり次第共有します。
""",
    },
    {
        "id": "bpo-068",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX campaign debrief with aggregate figures only",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["ソラネット光 カスタマー部 奥寺様 <okudera@soranet.jp>"],
        "subject": "乗り換えキャンペーン 全3弾の振り返り資料",
        "body": """奥寺様

お世話になっております。日の出産業の藤堂です。
来週の振り返り会に向けて、全3弾の結果をまとめた資料をお送りします。
数値は集計値のみで、個別のお客様情報は含めておりません。

よろしくお願いいたします。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "pptx",
                "name": "soranet_campaign_review.pptx",
                "title": "乗り換えキャンペーン 振り返り",
                "slides": [
                    ["乗り換えキャンペーン 振り返り", "2026年11月 日の出産業株式会社 BPO事業部"],
                    ["全体結果", "架電対象 4,820件 / 接続 2,911件（60.4%）", "成約 812件（接続ベース 27.9%）", "第1弾 15.2% → 第3弾 18.7%（対象ベース）"],
                    ["時間帯別の接続率", "10-12時 52% / 13-16時 47% / 17-20時 71%", "→ 夕方の席数を増やした第3弾で改善"],
                    ["次回への提案", "SMS事前告知の併用", "工事日調整の即時予約（API連携）", "不在3回の方はDMへ切替"],
                ],
            }
        ],
    },
    {
        "id": "bpo-069",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two customers' callback requests with phone numbers to the client: fewer than five people (may be warned)",
        "charset": "cp932",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["ミナト通販 お客様サポート室 長谷部様 <hasebe.r@minato-tsuhan.co.jp>"],
        "subject": "責任者からの折り返し希望（2件）",
        "body": """長谷部様

お世話になっております。日の出産業の松永です。
本日、責任者からの折り返しを希望されたお客様が2名いらっしゃいました。
いずれも弊社SVで一次対応済みですが、ご納得いただけておりません。

　① 鬼頭 冴子 様　052-781-3364
　　 開封済み商品の返品可否について、規約の説明にご不満（受付番号 MT261019-003）
　② 能登 正樹 様　076-221-6608
　　 返送伝票が届かず返品期限を過ぎたとのお申し出（受付番号 MT261019-008）

明日中のご連絡をお願いできますでしょうか。
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-070",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "internal roster mistyped to hinode-sangyo-co.jp (hyphen for dot): external look-alike, with 6 operators' mobiles",
        "charset": "iso-2022-jp",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["大河内 拓也 <okochi.takuya@hinode-sangyo-co.jp>"],
        "subject": "那覇→札幌 応援メンバーの連絡先",
        "body": """大河内さん

お疲れさまです。島袋です。
来週の札幌センター応援に行く那覇のメンバーです。
現地で何かあったときのために携帯番号も載せておきます。

・新里 梨花　　090-6631-2208　（11/16～11/20）
・喜納 さくら　080-2274-9913　（11/16～11/20）
・玉城 健人　　070-3358-4106　（11/16～11/27）
・宮城 まりあ　090-4425-7730　（11/16～11/27）
・上原 翼　　　080-5519-2286　（11/23～11/27）
・安里 由奈　　090-1137-6648　（11/23～11/27）

ホテルは札幌駅北口の「ノースゲートイン」で手配済みです。
よろしくお願いします。
""" + SIG_SHIMABUKURO,
    },
    {
        "id": "bpo-071",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly KPI workbook with aggregate service-level figures only",
        "charset": "utf-8",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["川崎電機 お客様相談室 八重樫様 <yaegashi.t@kawasaki-denki.co.jp>"],
        "subject": "10月度 KPIレポート",
        "body": """八重樫様

お世話になっております。日の出産業の松永です。
10月度のKPIレポートをお送りします。

応答率は 91.3%（目標 90%）で達成、平均処理時間は 6分18秒でした。
ケトル不具合関連の入電で第4週のみ応答率が 86% に下がっています。
""" + SIG_MATSUNAGA,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "KPI_202610_kawasaki.xlsx",
                "sheets": {
                    "KPI": [
                        ["川崎電機様 お客様相談室 KPIレポート 2026年10月"],
                        ["指標", "目標", "実績", "前月"],
                        ["入電数", "-", 8214, 7730],
                        ["応答率", "90%", "91.3%", "92.0%"],
                        ["サービスレベル(20秒)", "80%", "78.6%", "81.2%"],
                        ["平均処理時間(秒)", 390, 378, 385],
                        ["一次解決率", "85%", "87.1%", "86.4%"],
                        ["エスカレーション率", "5%以下", "3.9%", "4.2%"],
                    ],
                    "週別": [
                        ["週", "入電", "応答率"],
                        ["W1", 1804, "93.5%"],
                        ["W2", 1866, "92.8%"],
                        ["W3", 1911, "93.1%"],
                        ["W4", 2633, "86.0%"],
                    ],
                },
            }
        ],
    },
    {
        "id": "bpo-072",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX of the client's employees' 扶養控除申告書 entries with My Numbers, returned to the client",
        "charset": "cp932",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 人事総務課 給与担当 <kyuyo@kitaguni-foods.co.jp>"],
        "subject": "令和9年分 扶養控除等申告書 入力データ（第1回納品）",
        "body": """北国フーズ株式会社
人事総務課 給与ご担当者様

お世話になっております。日の出産業 データエントリー課の宇佐美です。
年末調整受託業務の扶養控除等申告書について、第1回分（6名）の入力データを納品いたします。
残りの方は11月20日に納品予定です。

よろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "扶養控除申告書_入力_第1回.xlsx",
                "sheets": {
                    "本人": [
                        ["令和9年分 給与所得者の扶養控除等（異動）申告書 入力データ"],
                        ["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "住所", "扶養人数"],
                        ["K10233", "岩館 浩之", "イワダテ ヒロユキ", "1975/05/19", my_number(7201), "北海道札幌市豊平区月寒東2条14-3-8", 3],
                        ["K10418", "佐呂間 恵子", "サロマ ケイコ", "1982/08/02", my_number(7202), "北海道札幌市東区北15条東7-4-22", 1],
                        ["K10552", "能取 大輔", "ノトロ ダイスケ", "1990/12/11", my_number(7203), "北海道江別市文京台東町18-5", 0],
                        ["K10691", "常呂 千春", "トコロ チハル", "1968/03/27", my_number(7204), "北海道北広島市美沢3-2-11", 2],
                        ["K10705", "雨竜 晃", "ウリュウ アキラ", "1995/07/08", my_number(7205), "北海道札幌市西区発寒6条9-1-30", 0],
                        ["K10833", "美唄 直子", "ビバイ ナオコ", "1979/10/15", my_number(7206), "北海道石狩市花畔2条1-9-4", 1],
                    ],
                    "控除対象扶養親族": [
                        ["社員番号", "扶養親族氏名", "続柄", "生年月日", "個人番号"],
                        ["K10233", "岩館 まゆみ", "妻", "1977/01/30", my_number(7211)],
                        ["K10233", "岩館 翔太", "長男", "2006/04/14", my_number(7212)],
                        ["K10691", "常呂 隆", "夫", "1966/09/09", my_number(7213)],
                    ],
                },
            }
        ],
    },
    {
        "id": "bpo-073",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "basic pension numbers of two members written in the body to the pension fund client",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["ゆうあい企業年金基金 給付課 <kyufu@yuai-kikin.or.jp>"],
        "subject": "裁定請求書 基礎年金番号の記載誤りについて",
        "body": """ゆうあい企業年金基金
給付課 ご担当者様

いつもお世話になっております。日の出産業の宇佐美です。
老齢給付金の裁定請求書の入力で、基礎年金番号が加入者台帳と一致しないものが2件ございました。

・竹之内 輝男 様　請求書記載：4120-338517　／　台帳：4120-335817
・大井手 房子 様　請求書記載：1307-662094　／　台帳：1307-662049

いずれも数字の入れ替わりと思われますが、年金証書の写しでの確認が必要か
ご指示をいただけますでしょうか。
""" + SIG_USAMI,
    },
    {
        "id": "bpo-074",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "12-digit work-order numbers that look like My Numbers but identify tickets, not people",
        "charset": "utf-8",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
        "subject": "保守チケットのクローズ確認（4件）",
        "body": """ツバサシステム サポートデスク御中

お世話になっております。日の出産業の勅使河原です。
下記の保守チケットについて、現地で改善を確認しましたのでクローズしてください。

　チケット番号 202610280117　保留中の切断（交換機設定）
　チケット番号 202610300042　録音検索画面のタイムアウト
　チケット番号 202611020233　ソフトフォンの音声途切れ（OMY-031席）
　チケット番号 202611040008　IVR営業所転送の設定追加

また、案件番号 7730-4412-9051 の見積（在宅VDI追加分）の回答期限を
11/20 までに延長いただけますでしょうか。
""" + SIG_TESHIGAWARA,
    },
    {
        "id": "bpo-075",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "転送 of an internal mail listing 5 customers (phone, e-mail) to an outside trainer as 'training material'",
        "charset": "cp932",
        "sender": "小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>",
        "to": ["CXラボ 研修講師 大路様 <oji@cx-labo.jp>"],
        "subject": "転送：クレーム事例（研修のケーススタディ用）",
        "body": """大路先生

お世話になっております。日の出産業の小此木です。
来月の応対品質研修のケーススタディ用に、先月の事例を転送いたします。
研修スライドにする際は、お名前等は伏せていただけますと幸いです。

-------- 転送メッセージ --------
件名: 10月 クレーム事例の共有
日付: 2026/11/02 09:14
差出人: 松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>
宛先: 品質管理室 <qa-room@hinode-sangyo.co.jp>

品質管理室の皆さん

10月のクレーム事例です。研修に使えそうなものを選んでください。

【1】葛城 幸恵 様 / 090-2216-4483 / yukie.katsuragi@gmail.com
　保留が5分以上続き、再入電時に一から説明させられた
【2】御園 健司 様 / 080-3347-1105 / k.misono@yahoo.co.jp
　オペレーターの「規則ですので」の一点張りに立腹
【3】羽田野 舞 様 / 070-6621-3390 / mai.hadano@outlook.jp
　折り返し約束の時間を過ぎても連絡がなかった
【4】稲葉 昭 様 / 03-3821-7746 / a-inaba@nifty.com
　本人確認の質問が多すぎると不満
【5】真田 まり 様 / 090-8853-2017 / mari.sanada@icloud.com
　メール回答の内容が質問とかみ合っていない

松永
""" + SIG_OKONOGI,
    },
    {
        "id": "bpo-076",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply warning the client; the card number is only in the client's quoted (>) text",
        "charset": "iso-2022-jp",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 受注センター 岩館様 <iwadate.k@kitaguni-foods.co.jp>"],
        "subject": "Re: 決済エラー分 再処理完了",
        "body": """岩館様

ご対応ありがとうございました。お客様へは確定のご連絡をいたします。

一点お願いがございます。カード番号は今後メール本文に記載せず、
決済システムの受注画面でご確認いただけますと幸いです。
（弊社からの依頼メールも、次回から受注番号のみでお送りします。
　先日の弊社メールに記載してしまった点、失礼いたしました。）

松永

> 日の出産業 松永様
>
> 下記のとおり再処理が完了しました。
>   受注番号：KF-TEL-20261022-0147
>   カード番号：{card}（承認番号 083317）
> お客様へのご連絡をお願いします。
> 岩館
""".format(card=fmt_card(card_number(1501))),
    },
    {
        "id": "bpo-077",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "UTF-8 CSV of 14 campaign winners (name, e-mail, address) sent to the client's ad agency",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["アドベース 第2営業局 片岡様 <kataoka@adbase-ag.co.jp>"],
        "subject": "すこやか本舗様 キャンペーン当選者データ",
        "body": """株式会社アドベース
第2営業局　片岡様

お世話になっております。日の出産業の藤堂です。
すこやか本舗様より、当選者の賞品発送手配は貴社経由と伺いましたので、
当選者データ（電話応募分14名）をお送りします。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "csv",
                "name": "tousensha_tel.csv",
                "encoding": "utf-8",
                "rows": [
                    ["当選ID", "氏名", "メールアドレス", "郵便番号", "住所"],
                    ["W-001", "長尾 綾子", "ayako.nagao@gmail.com", "060-0042", "北海道札幌市中央区大通西15-3-6"],
                    ["W-002", "千田 耕三", "kozo.chida@yahoo.co.jp", "020-0021", "岩手県盛岡市中央通2-8-14"],
                    ["W-003", "福士 美紀", "miki-fukushi@outlook.jp", "030-0801", "青森県青森市新町1-13-7"],
                    ["W-004", "菅野 大輔", "d.kanno@docomo.ne.jp", "960-8041", "福島県福島市大町5-21"],
                    ["W-005", "瀬川 和美", "kazumi.segawa@icloud.com", "371-0023", "群馬県前橋市本町2-9-1"],
                    ["W-006", "桐生 武", "takeshi.kiryu@gmail.com", "310-0021", "茨城県水戸市南町3-4-50"],
                    ["W-007", "冨永 真央", "mao.tominaga@yahoo.co.jp", "260-0013", "千葉県千葉市中央区中央4-10-2"],
                    ["W-008", "阪口 陽子", "yoko.sakaguchi@gmail.com", "520-0044", "滋賀県大津市京町3-1-8"],
                    ["W-009", "西園寺 肇", "h.saionji@ezweb.ne.jp", "604-8005", "京都府京都市中京区恵比須町427"],
                    ["W-010", "楠木 奈緒子", "naoko.kusunoki@outlook.jp", "650-0021", "兵庫県神戸市中央区三宮町2-5-11"],
                    ["W-011", "宮内 力", "chikara.miyauchi@gmail.com", "700-0904", "岡山県岡山市北区柳町1-12-3"],
                    ["W-012", "白鳥 沙織", "saori.shiratori@icloud.com", "760-0050", "香川県高松市亀井町7-9"],
                    ["W-013", "立花 宗一", "soichi.t@yahoo.co.jp", "810-0001", "福岡県福岡市中央区天神3-6-28"],
                    ["W-014", "比屋根 舞", "mai.hiyane@gmail.com", "900-0006", "沖縄県那覇市おもろまち4-17-3"],
                ],
            }
        ],
    },
    {
        "id": "bpo-078",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "incident report stamped 取扱区分：部外秘 at the top of the body, sent to the client",
        "charset": "cp932",
        "sender": "百瀬 雄一 <momose.yuichi@hinode-sangyo.co.jp>",
        "to": ["ソラネット光 カスタマー部 奥寺様 <okudera@soranet.jp>"],
        "subject": "通話録音の一部欠損に関するご報告",
        "body": """┌──────────────┐
│　取扱区分：部外秘　　　　　│
│　文書番号：BPO-IR-2026-014 │
└──────────────┘

ソラネット株式会社
カスタマー部　奥寺様

日頃より大変お世話になっております。日の出産業 BPO事業部の百瀬でございます。

11月3日（火）10:20～11:05の間、録音サーバーのディスク障害により、
貴社窓口の通話録音の一部（計47通話）が保存されていないことが判明いたしました。
通話自体は正常に行われており、応対履歴はCRMに登録済みです。

原因：録音サーバーのRAID再構築中の書き込み失敗
対策：監視アラートの閾値見直し、録音の二重化（11/20完了予定）

多大なご迷惑をおかけし、誠に申し訳ございません。
詳細は11/10の定例会にてご説明させていただきます。

日の出産業株式会社 BPO事業部 部長　百瀬 雄一
TEL 03-5820-4401
""",
    },
    {
        "id": "bpo-079",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "announcement to panel members correctly in Bcc (To is the sender's own office)",
        "charset": "utf-8",
        "sender": "日の出産業 モニター事務局 <monitor@hinode-sangyo.co.jp>",
        "to": ["日の出産業 モニター事務局 <monitor@hinode-sangyo.co.jp>"],
        "bcc": [
            "nana.shiraishi@gmail.com",
            "k-ogura1975@yahoo.co.jp",
            "ryo.tamura.88@outlook.jp",
            "haruka.m@docomo.ne.jp",
            "t.wakui@icloud.com",
            "misa-f@ezweb.ne.jp",
        ],
        "subject": "【モニター事務局】座談会 開催場所変更のお知らせ",
        "body": """モニター登録者の皆さま

いつもご協力ありがとうございます。日の出産業 モニター事務局です。
※本メールは参加予定の皆さまにBCCでお送りしています。

11月21日（土）の座談会は、会場を下記に変更いたします。

　旧：日の出大宮ビル 7F 会議室
　新：大宮ソニックシティ 6F 会議室605（JR大宮駅 西口 徒歩3分）

開始時刻（13:30）に変更はございません。
ご不明な点は、このメールにご返信ください。

日の出産業株式会社 モニター事務局
TEL 048-645-7210（平日10:00～17:00）
""",
    },
    {
        "id": "bpo-080",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "staffing request sent to three competing agencies with all visible in To/Cc",
        "charset": "iso-2022-jp",
        "sender": "蔵前 あゆみ <kuramae.ayumi@hinode-sangyo.co.jp>",
        "to": [
            "スタッフィング・リンク 戸田様 <toda.m@staffing-link.co.jp>",
            "ワークブリッジ 福田様 <fukuda@work-bridge.co.jp>",
        ],
        "cc": ["ひなたスタッフ 大宮営業所 <omiya@hinata-staff.jp>"],
        "subject": "【ご依頼】年末繁忙期 コールスタッフ増員のお願い",
        "body": """派遣会社各位

いつもお世話になっております。日の出産業 人材開発グループの蔵前です。
年末繁忙期に向けて、下記のとおりスタッフ様の増員をお願いいたします。

　勤務地：大宮センター（さいたま市大宮区桜木町）
　期間：12/1～12/28（研修 11/24～11/26 含む）
　業務：通販ギフトの電話受注（インバウンド）
　人数：合計15名（各社 5名程度を想定）
　時給：1,450円～（経験者 1,550円）

候補者のご推薦を11/13（金）までにいただけますと幸いです。
""" + SIG_KURAMAE,
    },
]

# --------------------------------------------------------------------------- 081-100

MESSAGES += [
    {
        "id": "bpo-081",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign client referring to the mutual NDA and SLA; no personal data",
        "charset": "utf-8",
        "sender": "Daniel Hartley <d.hartley@hinode-sangyo.co.jp>",
        "to": ["Oliver Brandt <oliver.brandt@northwind-audio.com>"],
        "subject": "Re: Japan support desk - SLA proposal",
        "body": """Dear Oliver,

Thank you for your comments on the SLA draft. Please find our answers below.

1. Service level: we can commit to 80% of calls answered within 30 seconds,
   measured monthly, with a service credit of 3% per full point below target.
2. Languages: Japanese and English during business hours (9:00-18:00 JST);
   Korean can be added from April with two weeks' notice.
3. Data handling: all call recordings stay in our Tokyo data centre and are
   deleted after 180 days, as set out in the mutual NDA we signed on October 2.
   Nothing will be shared with third parties without your written consent.

If these points work for you, our legal team will prepare the final SOW.

Kind regards,
Daniel

On Mon, Nov 2, 2026 at 9:41 AM Oliver Brandt <oliver.brandt@northwind-audio.com> wrote:
> Daniel, thanks for the draft. Before we sign, could you clarify the service
> credits, language coverage and where recordings are kept?
> Oliver
""" + SIG_HARTLEY,
    },
    {
        "id": "bpo-082",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "complaint naming a customer and her Korean origin (在日コリアン) with phone, sent to the client",
        "charset": "cp932",
        "sender": "百瀬 雄一 <momose.yuichi@hinode-sangyo.co.jp>",
        "to": ["ミナト通販 お客様サポート室 室長 二宮様 <ninomiya@minato-tsuhan.co.jp>"],
        "subject": "オペレーターの不適切発言に関するお詫びとご報告",
        "body": """ミナト通販株式会社
お客様サポート室　室長　二宮様

平素より大変お世話になっております。日の出産業 BPO事業部の百瀬でございます。
弊社オペレーターの不適切な発言について、ご報告とお詫びを申し上げます。

11月4日、お客様の金 美香（キム ミヒャン）様（090-3382-6617）から
本人確認のお電話をいただいた際、オペレーターが通名と本名の違いについて
「日本の方ではないのですね」と不用意に発言いたしました。
お客様は在日コリアン三世で、「出自を理由に疑われたようで不快だった」とのお申し出です。

当日中に弊社センター長よりお詫びのお電話を差し上げ、
お客様からは貴社へも事実を伝えてほしいとのご要望をいただいております。

該当オペレーターは応対業務から外し、再研修を実施いたします。
改めてご説明に伺いたく、ご都合をお知らせいただけますと幸いです。

日の出産業株式会社 BPO事業部 部長　百瀬 雄一
""",
    },
    {
        "id": "bpo-083",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cancer-insurance outbound script: disease names describe the product, not a person",
        "charset": "utf-8",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["ことぶき生命 マーケティング部 <mkt-call@kotobuki-seimei.co.jp>"],
        "subject": "新がん保険 ご案内コール トークスクリプト（第2稿）",
        "body": """ことぶき生命保険株式会社
マーケティング部 ご担当者様

お世話になっております。日の出産業の藤堂です。
新商品「ことぶき がんサポートPlus」のご案内コール用スクリプト第2稿です。

----------------------------------------------------------------
【導入】
「○○様のお電話でよろしいでしょうか。ことぶき生命の委託を受けてお電話しております、
　日の出産業の（氏名）と申します。」

【商品説明】
「こちらの保険は、がんと診断された時点で一時金100万円をお受け取りいただけるほか、
　急性心筋梗塞・脳卒中の三大疾病にも備えられる内容です。
　入院をともなわない通院の抗がん剤治療も保障の対象です。」

【告知に関する注意】
　※オペレーターはお客様の病歴・通院歴を電話口で聞き取らないこと。
　※「持病があるが入れるか」との質問には「お申込み時の告知書でご確認いただきます」と回答。
----------------------------------------------------------------

金融商品としての説明義務の箇所は、貴社コンプライアンス部のご確認をお願いいたします。
""" + SIG_TODO,
    },
    {
        "id": "bpo-084",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX (title row, two sheets) of 6 harassing callers with address and phone sent to the law firm",
        "charset": "iso-2022-jp",
        "sender": "百瀬 雄一 <momose.yuichi@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 堀 弁護士 <hori@shirakawa-law.jp>"],
        "subject": "カスタマーハラスメント対応方針のご相談資料",
        "body": """白川法律事務所
堀 先生

いつも大変お世話になっております。日の出産業の百瀬です。
来週のご相談に先立ち、当社センターで対応に苦慮している入電者の一覧と
入電記録をお送りいたします。警告文送付の可否について、ご意見を賜れますと幸いです。

日の出産業株式会社 BPO事業部 部長　百瀬 雄一
TEL 03-5820-4401
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "カスハラ入電者一覧_202611.xlsx",
                "sheets": {
                    "入電者一覧": [
                        ["カスタマーハラスメント 対応困難入電者一覧（2026年11月5日時点）"],
                        ["管理No", "氏名", "電話番号", "住所", "窓口", "主な言動", "10月入電数"],
                        ["KH-01", "陣内 剛", "011-784-2231", "北海道札幌市東区北23条東8-2-14", "北斗ガス", "放火をほのめかす", 27],
                        ["KH-02", "松尾 勝彦", "090-2219-7730", "埼玉県川越市新富町1-8-3", "ミナト通販", "長時間の罵倒", 14],
                        ["KH-03", "大庭 嘉男", "048-966-3381", "埼玉県越谷市弥生町4-11", "ソラネット光", "土下座の要求", 9],
                        ["KH-04", "梅津 幸代", "080-3374-1152", "東京都足立区千住3-62", "ミナト通販", "返金の強要", 11],
                        ["KH-05", "遠山 悟", "070-5526-8849", "千葉県松戸市本町20-4", "銀河モバイル", "SNS晒しの予告", 8],
                        ["KH-06", "戸来 浩", "0178-22-6604", "青森県八戸市十三日町12", "ことぶき生命", "担当者の自宅を聞き出そうとする", 6],
                    ],
                    "入電記録（抜粋）": [
                        ["管理No", "日時", "内容"],
                        ["KH-01", "2026/10/30 21:12", "「来なければ火をつける」と発言、SVが終話"],
                        ["KH-02", "2026/10/28 15:40", "48分間の罵倒、録音ID R-88120"],
                        ["KH-05", "2026/11/02 11:03", "オペレーター氏名をSNSに書くと予告"],
                    ],
                },
            }
        ],
    },
    {
        "id": "bpo-085",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain kawasakidenki.co.jp drops the hyphen of partner kawasaki-denki.co.jp",
        "charset": "utf-8",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["八重樫 徹 <yaegashi.t@kawasakidenki.co.jp>"],
        "subject": "FAQ更新案：電気ケトル KT-E12 自動OFFについて",
        "body": """八重樫様

お世話になっております。日の出産業の松永です。
KT-E12 のお問い合わせ急増を受けて、FAQの更新案を作成しました。

Q. 沸騰しても電源が切れません。
A. 本体底面の製造番号が「E12-26-07」から始まる製品の一部で、自動OFFが
   遅れる事象が確認されています。ご使用を中止いただき、
   お客様相談室（0120-418-556）までご連絡ください。無償で交換いたします。

製造番号の範囲と案内文言について、製品部門様のご確認をお願いいたします。
確定次第、オペレーター向けの応対マニュアルにも反映します。
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-086",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "schedule mail to the client and its printer (two external organisations) with counts only",
        "charset": "cp932",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["薗田 孝 <sonoda@harukaze-fudosan.co.jp>"],
        "cc": ["若狭 陽介 <wakasa@nishiki-insatsu.co.jp>"],
        "subject": "分譲説明会DM スケジュールの確認",
        "body": """はるかぜ不動産　薗田様
錦印刷　若狭様

お世話になっております。日の出産業の藤堂です。
分譲説明会DMのスケジュールを確認させてください。

　11/9（月）　宛名データ確定（弊社 → 錦印刷様）　392件
　11/10（火）　校正（はるかぜ不動産様ご確認）
　11/12（木）　投函
　11/16（月）～　フォローコール開始（弊社）

フォローコールは到着3日後からを想定しています。
変更がございましたらお知らせください。
""" + SIG_TODO,
    },
    {
        "id": "bpo-087",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "text attachment of 5 phone orders with full card numbers, names and phones",
        "charset": "iso-2022-jp",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約センター 宮里様 <miyazato@sakura-hotel.jp>"],
        "subject": "年末宿泊プラン 事前決済の手入力分",
        "body": """さくらホテル株式会社
予約センター　宮里様

お世話になっております。日の出産業 那覇センターの島袋です。
オンライン決済画面の障害中（11/5 19時～21時）に電話で承った事前決済分を、
受付メモのままお送りします。お手数ですが決済端末での手入力をお願いいたします。
""" + SIG_SHIMABUKURO,
        "attachments": [
            {
                "kind": "txt",
                "name": "事前決済_手入力分_1105.txt",
                "encoding": "cp932",
                "text": """年末宿泊プラン 事前決済 手入力分（11/5 障害時受付）

1) 予約 SH-261231-0412 / 安次嶺 清 / 090-6615-3302 / {c1} / 期限 04/28
2) 予約 SH-261230-0377 / 運天 亜紀 / 080-2233-7104 / {c2} / 期限 11/27
3) 予約 SH-261229-0290 / 小那覇 誠 / 098-944-6671 / {c3} / 期限 09/29
4) 予約 SH-261231-0418 / 仲村渠 房江 / 070-4481-2259 / {c4} / 期限 01/30
5) 予約 SH-270101-0022 / 又吉 翔太 / 090-3326-8815 / {c5} / 期限 06/28

受付者: OP-N214 / OP-N227
""".format(c1=card_number(8701), c2=fmt_card(card_number(8702), " "), c3=card_number(8703),
           c4=fmt_card(card_number(8704)), c5=card_number(8705)),
            }
        ],
    },
    {
        "id": "bpo-088",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "per-operator evaluation scores (6 named staff) to the client under the contract's reporting clause: arguably a list of people's attributes",
        "charset": "utf-8",
        "sender": "小此木 里奈 <okonogi.rina@hinode-sangyo.co.jp>",
        "to": ["川崎電機 お客様相談室 八重樫様 <yaegashi.t@kawasaki-denki.co.jp>"],
        "subject": "専任オペレーター 個人別モニタリング結果（契約第12条に基づく報告）",
        "body": """八重樫様

お世話になっております。日の出産業の小此木です。
業務委託契約第12条に基づき、貴社専任チームの個人別モニタリング結果をご報告します。

氏名            評価件数   平均点   前月   コメント
--------------  --------  ------  ------  --------------------------------
東 優太          20       84.5    82.0    製品知識の説明が丁寧
筧 里奈          20       91.0    90.5    ベストプラクティスとして共有
中道 浩平        18       79.5    81.0    保留前の一言が不足
関根 詩織        20       88.0    85.5    改善傾向
矢作 昇          19       76.0    77.5    フォロー面談を実施予定
猪瀬 麻美        20       86.5    86.0    安定

80点未満の2名は、11月中に個別トレーニングを行います。
""" + SIG_OKONOGI,
    },
    {
        "id": "bpo-089",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "call outcomes for 10 customers keyed only by the client's own customer IDs (no names or contacts) returned to that client",
        "charset": "cp932",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["あおい電力 お客さま対応グループ 高梨様 <takanashi@aoi-denryoku.co.jp>"],
        "subject": "スマートメーター工事日調整コール 結果（お客様番号のみ）",
        "body": """高梨様

お世話になっております。日の出産業の藤堂です。
スマートメーター交換工事の日程調整コール、11/5実施分の結果です。
ご指示どおり、お客様番号のみで記載しております。

お客様番号,結果,工事希望日,備考
AD-5520-2201-4,調整済,11/18 午前,
AD-5520-2207-1,調整済,11/18 午後,立会いなし可
AD-5520-2215-8,不在,,
AD-5520-2230-0,調整済,11/19 午前,駐車スペースなし
AD-5520-2244-6,拒否,,工事自体を拒否
AD-5520-2251-9,調整済,11/20 午前,
AD-5520-2263-2,不在,,
AD-5520-2278-5,調整済,11/20 午後,犬あり
AD-5520-2286-7,再架電,,夜間希望
AD-5520-2291-3,調整済,11/21 午前,

以上10件です。
""" + SIG_TODO,
    },
    {
        "id": "bpo-090",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail: table of 5 re-delivery requests (name, address, phone) sent to the carrier",
        "charset": "utf-8",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 沖縄営業所 新垣様 <arakaki.t@aoba-unyu.co.jp>"],
        "subject": "システム停止中に受け付けた再配達依頼（5件）",
        "html": """<div style="font-family:'Yu Gothic',sans-serif">
<p>青葉運輸株式会社 沖縄営業所<br>新垣様</p>
<p>お世話になっております。那覇センターの島袋です。<br>
本日午前の受付システム停止中に電話で承った再配達依頼です。手配をお願いいたします。</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>お問い合わせ番号</th><th>お名前</th><th>お届け先</th><th>電話</th><th>希望時間帯</th></tr></thead>
<tbody>
<tr><td>4210-3455-1082</td><td>具志 恵美</td><td>沖縄県那覇市安里1-5-14 ハイツ安里201</td><td>090-7720-1146</td><td>14-16時</td></tr>
<tr><td>4210-3455-2297</td><td>伊佐 勝也</td><td>沖縄県浦添市港川2-13-8</td><td>098-877-3360</td><td>18-20時</td></tr>
<tr><td>4210-3456-0415</td><td>饒平名 トシ</td><td>沖縄県宜野湾市普天間1-22-5</td><td>098-892-4471</td><td>午前中</td></tr>
<tr><td>4210-3456-3329</td><td>渡久地 遼</td><td>沖縄県豊見城市真玉橋311-2</td><td>080-6639-0287</td><td>19-21時</td></tr>
<tr><td>4210-3457-1180</td><td>外間 さおり</td><td>沖縄県那覇市首里石嶺町4-150-3</td><td>070-2287-5513</td><td>16-18時</td></tr>
</tbody></table>
<p>お客様には「本日中に配達」とご案内しております。<br>
日の出産業株式会社 那覇コンタクトセンター 島袋 彩（TEL 098-862-3140）</p>
</div>""",
    },
    {
        "id": "bpo-091",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal-only HTML mail with a table of emergency contacts of the night-shift operators",
        "charset": "utf-8",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["大宮センター 夜間SV <omiya-night-sv@hinode-sangyo.co.jp>"],
        "subject": "夜間帯 緊急連絡網（11月版）",
        "body": """夜間SVの皆さん

松永です。11月版の緊急連絡網です（HTML版が表示されない方向け）。
大雪・地震などで出勤できない場合の連絡用です。社外への転送は禁止です。

氏名 / 携帯
今泉 正弘 / 090-2284-1173
加治木 由美 / 080-6607-3349
砂川 啓介 / 070-1156-2280
仲里 彩花 / 090-5531-9904
富岡 直樹 / 080-3312-4475
""",
        "html": """<p>夜間SVの皆さん</p>
<p>松永です。11月版の緊急連絡網です。社外への転送は禁止です。</p>
<table border="1" cellpadding="3"><tr><th>氏名</th><th>携帯</th><th>担当</th></tr>
<tr><td>今泉 正弘</td><td>090-2284-1173</td><td>夜間SV（月水金）</td></tr>
<tr><td>加治木 由美</td><td>080-6607-3349</td><td>夜間SV（火木土）</td></tr>
<tr><td>砂川 啓介</td><td>070-1156-2280</td><td>夜間リーダー</td></tr>
<tr><td>仲里 彩花</td><td>090-5531-9904</td><td>夜間リーダー</td></tr>
<tr><td>富岡 直樹</td><td>080-3312-4475</td><td>システム当番</td></tr>
</table>""",
    },
    {
        "id": "bpo-092",
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "AES-encrypted ZIP sent to an overseas partner; the contents cannot be inspected",
        "charset": "utf-8",
        "sender": "Daniel Hartley <d.hartley@hinode-sangyo.co.jp>",
        "to": ["Marites Villanueva <m.villanueva@bluepeak-cx.com>"],
        "subject": "Handover pack - English support line (encrypted)",
        "body": """Hi Marites,

As agreed, attached is the handover pack for the overflow team:
call flows, the knowledge base export and the open-case list.

The ZIP is encrypted. I'll send the password by Teams in a minute.

Thanks,
Daniel
""" + SIG_HARTLEY,
        "attachments": [
            {
                "kind": "zip",
                "name": "handover_pack_2026-11.zip",
                "password": "BpCx!2611hand",
                "files": [
                    {"kind": "txt", "name": "call_flows.txt", "text": "1. Greeting\n2. Verify caller\n3. Troubleshoot\n"},
                    {
                        "kind": "csv",
                        "name": "open_cases.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["case", "customer", "phone", "email"],
                            ["C-9012", "Emily Carter", "+1 415 555 0142", "emily.carter@gmail.com"],
                            ["C-9017", "Kenji Watanabe", "090-4418-7702", "k.watanabe@yahoo.co.jp"],
                        ],
                    },
                ],
            }
        ],
    },
    {
        "id": "bpo-093",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "one recipient's delivery address and phone to the carrier for a redelivery: a single record",
        "charset": "iso-2022-jp",
        "sender": "島袋 彩 <shimabukuro.aya@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 沖縄営業所 新垣様 <arakaki.t@aoba-unyu.co.jp>"],
        "subject": "転居先への転送依頼（1件）",
        "body": """新垣様

お世話になっております。那覇センターの島袋です。
お届け先のお客様が転居されていたため、転送のご依頼です。

　お問い合わせ番号：4210-3461-7754
　お名前：仲間 英樹 様
　転居先：沖縄県沖縄市胡屋2-8-17 コーポ胡屋305
　電話：080-2296-4418
　ご希望：11/9（月）18-20時

送り主（ミナト通販様）には了承をいただいております。
よろしくお願いいたします。
""" + SIG_SHIMABUKURO,
    },
    {
        "id": "bpo-094",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer who is a domestic-violence victim under a support order, with her new address, sent to the client",
        "charset": "utf-8",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["あおい電力 お客さま対応グループ 高梨様 <takanashi@aoi-denryoku.co.jp>"],
        "subject": "【要配慮】住所の非開示をご希望のお客様について",
        "body": """高梨様

お世話になっております。日の出産業の松永です。
本日の入電で、慎重な取扱いが必要なお申し出がありましたのでご連絡します。

お客様は瀬名 由加里 様（お客様番号 AD-5520-3318-2）。
夫からの暴力（DV）の被害に遭い、現在は市の支援措置を受けて
転居先の住所を秘匿しているとのことです。
新住所（茨城県ひたちなか市東石川3-14-9 グリーンハイツ102）での
新規契約をご希望ですが、旧契約の名義人である夫から問い合わせがあっても
新住所や契約の有無を一切伝えないでほしい、とのご要望です。

貴社システムでの閲覧制限フラグの設定をお願いできますでしょうか。
弊社側でも、CRMの応対メモに「本人以外への回答不可」を登録済みです。
""" + SIG_MATSUNAGA,
    },
    {
        "id": "bpo-095",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only personal/sensitive content is in the client's quoted original under 差出人/送信日時",
        "charset": "cp932",
        "sender": "松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>",
        "to": ["ことぶき生命 保全サービス課 <hozen-desk@kotobuki-seimei.co.jp>"],
        "subject": "RE: 【エスカレーション】解約希望のお客様（至急折り返しのお願い）",
        "body": """保全サービス課 ご担当者様

ご連絡ありがとうございます。
本件はクローズとし、応対履歴に「保全課対応済み」と登録いたしました。
引き続きよろしくお願いいたします。

松永

差出人: 保全サービス課 <hozen-desk@kotobuki-seimei.co.jp>
送信日時: 2026年11月6日 16:22
宛先: 松永 恵理 <matsunaga.eri@hinode-sangyo.co.jp>
件名: RE: 【エスカレーション】解約希望のお客様（至急折り返しのお願い）

日の出産業 松永様

ご連絡ありがとうございました。桑折 正志 様（090-5538-2714）には本日ご連絡し、
肺がんでの入院について入院給付金・先進医療特約のご請求手続きをご案内しました。
解約はされないとのことです。

保全サービス課 久我
""",
    },
    {
        "id": "bpo-096",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "plain ZIP with a DOCX cover and an XLSX of 7 membership applicants (DOB, address, phone) delivered to the client",
        "charset": "iso-2022-jp",
        "sender": "宇佐美 翔 <usami.sho@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 会員サービス課 <members@sakura-hotel.jp>"],
        "subject": "会員申込書 入力データ納品（11月第1週分）",
        "body": """さくらホテル株式会社
会員サービス課 ご担当者様

お世話になっております。日の出産業の宇佐美です。
「さくらメンバーズ」入会申込書（紙）の入力データを納品いたします。
ZIPに納品書（Word）と入力データ（Excel）を格納しております。

ご確認のほど、よろしくお願いいたします。
""" + SIG_USAMI,
        "attachments": [
            {
                "kind": "zip",
                "name": "sakura_members_nouhin_W1.zip",
                "files": [
                    {
                        "kind": "docx",
                        "name": "納品書_W1.docx",
                        "paragraphs": [
                            "納品書",
                            "さくらホテル株式会社 会員サービス課 御中",
                            "件名：さくらメンバーズ入会申込書 データ入力（11月第1週分）",
                            "件数：7件（不備 1件含む）",
                            "日の出産業株式会社 BPO事業部 データエントリー課",
                        ],
                    },
                    {
                        "kind": "xlsx",
                        "name": "members_input_W1.xlsx",
                        "sheets": {
                            "入力データ": [
                                ["申込書No", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話", "不備"],
                                ["SM-26-10041", "野々村 聡子", "ノノムラ サトコ", "1973/06/22", "150-0011", "東京都渋谷区東2-19-5", "03-3409-6613", ""],
                                ["SM-26-10042", "瑞穂 健", "ミズホ ケン", "1985/01/09", "231-0023", "神奈川県横浜市中区山下町118", "090-6632-0481", ""],
                                ["SM-26-10043", "荒巻 由里", "アラマキ ユリ", "1967/11/30", "460-0008", "愛知県名古屋市中区栄4-3-26", "052-261-7795", ""],
                                ["SM-26-10044", "古閑 大樹", "コガ ダイキ", "1991/04/16", "860-0806", "熊本県熊本市中央区花畑町9-24", "080-4418-2263", "署名なし"],
                                ["SM-26-10045", "桂木 沙也加", "カツラギ サヤカ", "1980/08/03", "530-0001", "大阪府大阪市北区梅田1-11-4", "06-6341-2208", ""],
                                ["SM-26-10046", "嵯峨 直人", "サガ ナオト", "1959/02/27", "600-8216", "京都府京都市下京区東塩小路町721", "075-361-4480", ""],
                                ["SM-26-10047", "逢坂 みのり", "オウサカ ミノリ", "1998/12/12", "812-0011", "福岡県福岡市博多区博多駅前2-1-1", "070-3321-5567", ""],
                            ],
                        },
                    },
                ],
            }
        ],
    },
    {
        "id": "bpo-097",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "English memo classified 'INTERNAL ONLY' in subject and header, sent to an overseas partner",
        "charset": "utf-8",
        "sender": "Daniel Hartley <d.hartley@hinode-sangyo.co.jp>",
        "to": ["Marites Villanueva <m.villanueva@bluepeak-cx.com>"],
        "subject": "[INTERNAL ONLY] Margin review - overflow pricing options",
        "body": """CLASSIFICATION: INTERNAL ONLY - DO NOT FORWARD

Margin review: overflow pricing options for the English support line

Option A - pass-through: Bluepeak rate USD 11.20/hour + 18% markup
           -> client price JPY 2,350/hour, gross margin 15.2%
Option B - blended: bill all seats at our Tokyo rate JPY 2,900/hour
           -> gross margin 31.8% on overflow seats
Option C - per-call: JPY 780/call, break-even at 4.1 calls/hour

Recommendation: Option B for the first 6 months, then renegotiate.

Daniel
""",
    },
    {
        "id": "bpo-098",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "directory of hotel properties with their front-desk numbers for call routing: businesses, not people",
        "charset": "iso-2022-jp",
        "sender": "勅使河原 誠 <teshigawara.makoto@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 予約センター 宮里様 <miyazato@sakura-hotel.jp>"],
        "subject": "館別 転送先番号のご確認",
        "body": """宮里様

お世話になっております。日の出産業 センターシステム課の勅使河原です。
予約センターから各ホテルへの転送設定を更新しますので、
転送先番号に誤りがないかご確認をお願いいたします。

ホテル名                    所在地                     フロント直通
--------------------------  -------------------------  --------------
さくらホテル那覇国際通り    沖縄県那覇市松尾2-1-8      098-861-5500
さくらホテル名護ベイ        沖縄県名護市港1-3-22       0980-53-2100
さくらホテル札幌大通        札幌市中央区南1条西3-7     011-222-3900
さくらホテル仙台駅前        仙台市青葉区中央1-9-2      022-266-1800
さくらホテル大宮            さいたま市大宮区仲町2-41   048-648-7700
さくらホテル博多            福岡市博多区博多駅東2-6-1  092-431-2200

切替は11/17（火）深夜を予定しております。
""" + SIG_TESHIGAWARA,
    },
    {
        "id": "bpo-099",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF do-not-call list of 8 customers (name, phone, reason) sent to the client",
        "charset": "cp932",
        "sender": "藤堂 さやか <todo.sayaka@hinode-sangyo.co.jp>",
        "to": ["東和クレジット 営業推進部 山際様 <yamagiwa@towa-credit.co.jp>"],
        "subject": "架電停止（DNC）登録者のご連絡 10月分",
        "body": """東和クレジット株式会社
営業推進部　山際様

お世話になっております。日の出産業の藤堂です。
リボ払い切替キャンペーンの架電で、今後の電話勧誘を拒否された方の一覧です。
貴社の架電停止リストへの登録をお願いいたします。

よろしくお願いいたします。
""" + SIG_TODO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "DNC_202610_towa.pdf",
                "title": "架電停止登録者一覧 2026年10月",
                "lines": ["東和クレジット株式会社 御中　架電停止（DNC）登録者一覧　2026年10月", ""],
                "table": [
                    ["会員番号", "氏名", "電話番号", "申出日", "理由"],
                    ["TW08820114", "川端 聡", "090-2217-4408", "10/02", "勧誘不要"],
                    ["TW08820562", "溝口 睦美", "03-3920-5517", "10/05", "高齢のため家族が代理で拒否"],
                    ["TW08821033", "吉武 浩一", "080-6673-1129", "10/09", "勤務中の着信が迷惑"],
                    ["TW08821478", "柴崎 香苗", "070-1182-3346", "10/14", "勧誘不要"],
                    ["TW08822016", "栗原 保", "048-283-6621", "10/19", "消費者センターに相談すると発言"],
                    ["TW08822390", "秋元 麗子", "090-5574-0083", "10/22", "勧誘不要"],
                    ["TW08822845", "井手 隼", "080-3319-6627", "10/27", "他社に切替済み"],
                    ["TW08823102", "真鍋 恭平", "0466-22-7314", "10/30", "勧誘不要"],
                ],
            }
        ],
    },
    {
        "id": "bpo-100",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "job posting text for a recruitment site: centre addresses and pay, no personal data",
        "charset": "utf-8",
        "sender": "蔵前 あゆみ <kuramae.ayumi@hinode-sangyo.co.jp>",
        "to": ["ジョブポート 掲載審査チーム <keisai@jobport.jp>"],
        "subject": "求人原稿のご入稿（コールセンタースタッフ／3拠点）",
        "body": """株式会社ジョブポート
掲載審査チーム御中

お世話になっております。日の出産業の蔵前です。
下記の求人原稿を入稿いたします。掲載開始は11/16（月）希望です。

【職種】コールセンタースタッフ（受信中心・未経験歓迎）
【勤務地】
　大宮センター：埼玉県さいたま市大宮区桜木町2-3 日の出大宮ビル（大宮駅 徒歩5分）
　札幌センター：北海道札幌市北区北七条西4-5-1（札幌駅 徒歩3分）
　那覇センター：沖縄県那覇市久茂地2-14-7（県庁前駅 徒歩4分）
【給与】時給1,300円～1,550円（拠点・経験により異なる）、交通費規定支給
【勤務時間】8:45～21:30の間で実働4～8時間（シフト制）
【応募方法】Web応募フォームより受付、面接は各センターで実施
【問い合わせ】採用窓口 0120-418-225（平日10時～18時）

※原稿中の「月収例」は、大宮センター週5日・1日8時間勤務の場合の試算です。
""" + SIG_KURAMAE,
    },
]


# What a Japanese mailer does when it sends ISO-2022-JP: characters outside JIS X 0208
# become their JIS look-alikes (～ → 〜, － → −, ① → (1)).
_JIS_MAP = str.maketrans({"～": "〜", "－": "−", "①": "(1)", "②": "(2)", "③": "(3)"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("body", "html", "subject"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS_MAP)
