"""Blind corpus — area: 患者等搬送・介護タクシー事業 (kanjasoutei).

日の出産業株式会社 ヘルスケアモビリティ事業部「ひので介護タクシー」(川口の事業所と配車センター):
patient transport and care-taxi rides booked with hospitals (地域連携室・MSW), care managers,
care homes and families — pickup lists, stretcher / wheelchair / oxygen needs, fares and
invoices, accident reports, driver hiring and rosters, the dispatch-system vendor, a
barrier-free travel product with さくらホテル.

Written blind from BRIEF.md, build.py and SPEC.md only.  Every person, number and address
is invented; My Numbers and card numbers come from build.my_number / build.card_number.
"""

from build import card_number, my_number

SEED = 48201

_ZEN = str.maketrans("0123456789-/.:", "０１２３４５６７８９－／．：")


def _zen(s: str) -> str:
    """ASCII digits and separators → full width, as some staff type them."""
    return s.translate(_ZEN)


def _corp(base12: str) -> str:
    """A 13-digit 法人番号 with its leading check digit."""
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_T = "T" + _corp("030001048231")   # 日の出産業 の適格請求書発行事業者登録番号

SIG_ONODERA = """
――――――――――――――――――――――
日の出産業株式会社 ヘルスケアモビリティ事業部
ひので介護タクシー 配車センター
小野寺 真澄（おのでら ますみ）
〒333-0844 埼玉県川口市上青木西4-21-7
TEL 048-264-3190 / FAX 048-264-3191
配車受付 0120-381-652（7:00～20:00）
――――――――――――――――――――――"""

SIG_DEGUCHI = """
--
ひので介護タクシー 配車センター 出口 玲奈
TEL 048-264-3190（代） FAX 048-264-3191
deguchi.rena@hinode-sangyo.co.jp"""

SIG_KUGA = """
***************************************
日の出産業株式会社
ヘルスケアモビリティ事業部 事業所長
久我 宗一郎  Soichiro Kuga
〒333-0844 埼玉県川口市上青木西四丁目21番7号
TEL: 048-264-3190  Mobile: 080-4471-2056
***************************************"""

SIG_ENOMOTO = """
-------------------------------
日の出産業(株) ひので介護タクシー
運行管理者 榎本 亜紀
TEL 048-264-3190 内線 214
-------------------------------"""

SIG_MIYOSHI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ヘルスケアモビリティ事業部
営業課（医療機関・介護事業所担当）
三好 拓海 Takumi Miyoshi
〒333-0844 埼玉県川口市上青木西4-21-7
TEL 048-264-3190 ／ 携帯 090-3158-6624
https://www.hinode-sangyo.co.jp/care-taxi/
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MIYOSHI_EN = """
--
Takumi Miyoshi
Sales, Healthcare Mobility Division
Hinode Sangyo Co., Ltd.
4-21-7 Kamiaokinishi, Kawaguchi, Saitama 333-0844, Japan
Tel +81-48-264-3190 / Mobile +81-90-3158-6624"""

SIG_CHIBA = """
==============================
日の出産業株式会社 管理部 経理課
千葉 奈緒子
〒333-0844 埼玉県川口市上青木西4-21-7
TEL 048-264-3188（経理直通）
=============================="""

SIG_OSONE = """
―――――――――――――――
日の出産業株式会社
ヘルスケアモビリティ事業部 安全推進課
大曽根 剛
TEL 048-264-3190 / 携帯 080-2239-5147
―――――――――――――――"""

SIG_HIYAMA = """
-----------------------------------------
日の出産業株式会社 総務人事部 人事課
桧山 佳代（ひやま かよ）
〒330-0063 埼玉県さいたま市浦和区高砂2-11-3 日の出ビル5F
TEL 048-811-2470 FAX 048-811-2479
-----------------------------------------"""

SIG_HASEBE = """
--
日の出産業株式会社 情報システム部
長谷部 悟 / Satoru Hasebe
TEL 048-811-2455"""

SIG_TODO = """
〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓
ひので介護タクシー（日の出産業株式会社）
ケアコーディネーター／介護福祉士
藤堂 麻衣
〒333-0844 埼玉県川口市上青木西4-21-7
TEL 048-264-3190 FAX 048-264-3191
〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓〓"""

SIG_HASUMI = """
ひので介護タクシー 乗務員班長 蓮見 勝也
（配車センター 048-264-3190）"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received this e-mail in error, please notify the sender
and delete it. Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES = [
# ---------------------------------------------------------------- 001
{
    "id": "kanjasoutei-001",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "overflow pickup list of 7 patients (address, phone, dialysis/dementia/oxygen) to the partner carrier: list of people + medical data",
    "charset": "iso-2022-jp",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車課 <haisha@aoba-unyu.co.jp>"],
    "cc": ["出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>"],
    "subject": "【応援依頼】6/14(土) 患者搬送 7件のお願い",
    "body": """青葉運輸株式会社
配車課 石毛様

いつもお世話になっております。ひので介護タクシー配車センターの小野寺です。
先日お電話でご相談した 6/14(土) の応援分、下記 7 件をお願いできますでしょうか。
当日はこちらの車両が 2 台車検に入っており、ご迷惑をおかけします。

時間   氏名          お迎え先                          行先                形態            電話           備考
------ ------------- --------------------------------- ------------------- --------------- -------------- ------------------------
08:10  猪狩 重雄     川口市芝新町12-8                  川口みなと総合病院  車椅子          048-265-7719   人工透析 シャント左腕
08:30  百目鬼 キヨ   蕨市塚越2-14-6 コーポ塚越203      蕨ひかりクリニック  車椅子          048-431-0526   認知症あり 長女同乗
09:00  我妻 孝       戸田市新曽南1-9-22                戸田リハビリ病院    ストレッチャー  090-6612-4830  在宅酸素 2L/分 ボンベ持参
09:40  東海林 ミツ   川口市安行領家455-3               さいたま北記念病院  車椅子          048-296-1182   脳梗塞後遺症 右片麻痺
10:15  粟津 辰夫     さいたま市南区白幡5-3-17          川口みなと総合病院  歩行介助        080-3391-5070  パーキンソン病
13:30  甘粕 ハル     川口市戸塚東2-7-31                自宅戻り            ストレッチャー  048-297-6643   褥瘡あり 仰臥位のみ
14:00  左右田 雅彦   草加市谷塚町1180-4                草加中央透析センター 車椅子         090-2207-9314   透析 帰りは家族送迎

料金は従来どおり距離制＋介助料でご請求ください。
ご対応可否を 6/12(木) 中にいただけますと助かります。
よろしくお願いいたします。
""" + SIG_ONODERA,
},
# ---------------------------------------------------------------- 002
{
    "id": "kanjasoutei-002",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the hospital MSW: new text is only time/vehicle; the patient's details are in the quoted original",
    "charset": "iso-2022-jp",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["安西 由紀子 <anzai.yukiko@kawaguchi-minato-hp.or.jp>"],
    "subject": "Re: 退院時搬送のご依頼（5階東病棟）",
    "body": """安西様

お世話になっております。ひので介護タクシーの出口です。
ご依頼の件、承知いたしました。
6/20(金) 10:30 に 5階東病棟ナースステーション前へお迎えに上がります。
車両はストレッチャー対応車（川口 800 さ 12-34）、乗務員 2 名で伺います。
ご退院の手続きが長引くようでしたら、配車センターまでお電話ください。

> 安西 由紀子 wrote:
> ひので介護タクシー ご担当者様
> いつもお世話になります。川口みなと総合病院 地域連携室の安西です。
> 下記の方の退院時搬送をお願いします。
>   患者氏名：木暮 房江 様（84歳）
>   病名：大腿骨頸部骨折 術後、心不全
>   移動：ストレッチャー、酸素 1L/分 継続
>   退院先：川口市前川3-18-5 ご自宅
>   ご家族連絡先：長男 木暮 様 090-7731-2258
> 日時は 6/20 午前でお願いできれば幸いです。
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 003
{
    "id": "kanjasoutei-003",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named client's ride report with blood pressure, hemiplegia and care level to an outside care manager: 要配慮個人情報 of an identifiable person",
    "charset": "utf-8",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["宇佐美 千尋 <usami.chihiro@cp-aozora.jp>"],
    "subject": "本日の通院等乗降介助のご報告（畑中様）",
    "body": """ケアプランセンターあおぞら
宇佐美 千尋 様

いつも大変お世話になっております。ひので介護タクシーの藤堂です。
本日の畑中 トミ 様（87歳）の通院介助について、ご報告いたします。

・出発時、ご自宅で測定した血圧が 168/94 と高めでしたので、外来到着後すぐに看護師さんへお伝えしました。
・左片麻痺のため、乗降時は右側からの介助で問題なく移乗できました。
・診察の結果、降圧剤が 1 種類追加になったとのことです（お薬手帳に記載あり）。
・次回受診は 7/3(木) 10:00 です。引き続き要介護4のプランどおり往復でご予約を承っております。

ご家族様には帰宅時に口頭でお伝え済みです。
何かございましたらご連絡くださいませ。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 004
{
    "id": "kanjasoutei-004",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "fare quote to one family member on gmail: a price breakdown, no personal data",
    "charset": "cp932",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["根本 健司 <nemoto.k1958@gmail.com>"],
    "subject": "お見積り（戸田市→さいたま市 片道）",
    "body": """根本 様

この度はお問い合わせいただき、ありがとうございます。
ひので介護タクシー配車センターの出口でございます。
お電話でお伺いした区間の概算を、下記のとおりお送りいたします。

■区間：戸田市内 ご自宅 → さいたま市浦和区内 の病院（約 11km）
  運賃（距離制）        約 3,980円
  迎車料金                  500円
  乗降介助料              1,000円
  車椅子レンタル        無料（当社車両に常備）
  ――――――――――――――――――
  合計（概算）          約 5,480円

※待ち時間が発生した場合は 30分ごとに 800円を頂戴しております。
※お支払いは現金・各種カード・市の福祉タクシー券をご利用いただけます。
※高速道路を利用する場合は実費を別途いただきます。

ご予約は 2 日前までに 0120-381-652 へお電話いただくか、本メールにご返信ください。
どうぞよろしくお願いいたします。
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 005
{
    "id": "kanjasoutei-005",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a customer's full credit card number sent to the payment processor",
    "charset": "utf-8",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["ペイリンク 加盟店サポート <support@paylink-kessai.co.jp>"],
    "subject": "売上処理エラーの確認依頼（加盟店ID HN-20417）",
    "body": """ペイリンク株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業の千葉です。
6/9 の端末売上のうち 1 件がエラーで計上されていないようです。
お手数ですが、下記の取引についてご確認いただけますでしょうか。

　加盟店ID　　：HN-20417（ひので介護タクシー）
　取引日時　　：2025/06/09 16:42
　金額　　　　：7,360円
　会員名　　　：ナガサワ ミツオ
　カード番号　：""" + card_number(SEED + 3) + """
　有効期限　　：08/28
　承認番号　　：（表示なし）

お客様にはすでにご乗車済みで、二重請求にならないよう確認したいとのことです。
よろしくお願いいたします。
""" + SIG_CHIBA,
},
# ---------------------------------------------------------------- 006
{
    "id": "kanjasoutei-006",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "holiday-hours notice to four care-management offices of different organisations, all in To: should have been Bcc",
    "charset": "iso-2022-jp",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["宇佐美 千尋 <usami.chihiro@cp-aozora.jp>",
           "栗林 誠 <kuribayashi@hanamizuki-kyotaku.co.jp>",
           "奥寺 慎吾 <okudera@shibakawanosato.or.jp>",
           "ケアプランつばき <info@careplan-tsubaki.jp>"],
    "subject": "お盆期間の営業時間についてのご案内",
    "body": """居宅介護支援事業所・施設ご担当者様

平素より、ひので介護タクシーをご利用いただき誠にありがとうございます。
お盆期間中の営業について、下記のとおりご案内申し上げます。

　8月13日(水)～8月16日(土)　7:00～18:00（通常 20:00 まで）
　8月17日(日)　　　　　　　　通常どおり

上記期間中も透析通院の定期便は通常どおり運行いたします。
臨時のご予約はお早めに配車センター（0120-381-652）までお申し付けください。

今後ともどうぞよろしくお願い申し上げます。
""" + SIG_MIYOSHI,
},
# ---------------------------------------------------------------- 007
{
    "id": "kanjasoutei-007",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "year-end notice to many offices correctly sent with the recipients in Bcc",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>"],
    "bcc": ["usami.chihiro@cp-aozora.jp", "kuribayashi@hanamizuki-kyotaku.co.jp",
            "okudera@shibakawanosato.or.jp", "info@careplan-tsubaki.jp",
            "renkei@kawaguchi-minato-hp.or.jp", "soudan@saitama-kitakinen.jp",
            "nyutaiin@toda-reha.or.jp", "jimu@warabi-hikari-cl.jp",
            "houkatsu-kita@city.minamiura.saitama.lg.jp", "kibou@houkan-kibou.jp"],
    "subject": "【ひので介護タクシー】年末年始のご予約受付について",
    "body": """関係機関の皆様

本年も格別のお引き立てを賜り、厚く御礼申し上げます。
年末年始のご予約受付・運行についてお知らせいたします。

 ・12/29(月)～1/3(土)  配車センター受付 9:00～17:00
 ・同期間の運行      透析・退院搬送を優先し、通常便は要相談
 ・1/5(月)           通常営業

※本メールは一斉送信のため、宛先を非表示にしております。
""" + SIG_MIYOSHI,
    "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>関係機関の皆様</p>
<p>本年も格別のお引き立てを賜り、厚く御礼申し上げます。<br>
年末年始のご予約受付・運行についてお知らせいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>期間</th><th>内容</th></tr>
<tr><td>12/29(月)～1/3(土)</td><td>配車センター受付 9:00～17:00</td></tr>
<tr><td>同期間の運行</td><td>透析・退院搬送を優先し、通常便は要相談</td></tr>
<tr><td>1/5(月)</td><td>通常営業</td></tr>
</table>
<p style="color:#666">※本メールは一斉送信のため、宛先を非表示にしております。</p>
<p>日の出産業株式会社 ヘルスケアモビリティ事業部 営業課 三好 拓海<br>TEL 048-264-3190</p>
</body></html>""",
},
# ---------------------------------------------------------------- 008
{
    "id": "kanjasoutei-008",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "driver emergency roster (8 people) meant for the manager, sent to hinode-sangyou.co.jp — a look-alike of the own domain",
    "charset": "cp932",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["久我 宗一郎 <kuga.soichiro@hinode-sangyou.co.jp>"],
    "subject": "乗務員 緊急連絡網（7月版）",
    "body": "久我所長\n\n7月からの緊急連絡網です。夜間・休日の呼び出し順もこの並びでお願いします。\n\n"
            "氏名\t携帯\t住所\t備考\n"
            "蓮見 勝也\t090-4418-2093\t川口市東本郷1-22-9\t班長\n"
            "尾ノ上 拓真\t080-6620-1147\t川口市南鳩ヶ谷6-3-14\t\n"
            "鰐淵 美智代\t070-3358-8812\t蕨市錦町4-8-2-305\t女性乗務員\n"
            "宍戸 健吾\t090-8812-4406\t戸田市美女木3-17-1\t\n"
            "江戸川 功\t080-1193-7725\tさいたま市南区辻8-21-6\t夜間可\n"
            "乙部 穂高\t090-5536-0871\t川口市朝日2-5-40\t\n"
            "浜砂 さやか\t070-2241-6689\t川口市芝中田1-30-3\t\n"
            "丹治 正樹\t080-9904-3312\t草加市新里町77-5\t大型二種\n\n"
            "よろしくお願いします。\n" + SIG_ENOMOTO,
},
# ---------------------------------------------------------------- 009
{
    "id": "kanjasoutei-009",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "business-plan slides stamped 社外秘 on every slide sent to an outside consultant",
    "charset": "iso-2022-jp",
    "sender": "久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>",
    "to": ["小林 征爾 <kobayashi@kobayashi-mc.jp>"],
    "subject": "来期事業計画（介護タクシー部門）のご相談",
    "body": """小林先生

いつもご指導いただきありがとうございます。日の出産業の久我です。
来週の打合せに先立ち、来期の事業計画案をお送りします。
特に「ストレッチャー車両 2 台増車」の投資回収の見立てについてご意見を頂戴できれば幸いです。

添付：2026年度_事業計画案_v3.pptx
""" + SIG_KUGA,
    "attachments": [{
        "kind": "pptx", "name": "2026年度_事業計画案_v3.pptx",
        "title": "【社外秘】2026年度 事業計画案",
        "page_footer": "社外秘　日の出産業株式会社 ヘルスケアモビリティ事業部",
        "slides": [
            ["【社外秘】2026年度 事業計画案", "ヘルスケアモビリティ事業部", "2025年9月 経営会議資料"],
            ["市場環境", "川口・蕨・戸田エリアの要介護認定者 前年比 +4.1%", "退院搬送の需要増、民間救急の競合 2 社参入"],
            ["売上計画", "売上 2億8,400万円（前年比 +12%）", "法人契約病院 11 → 15 施設"],
            ["投資計画", "ストレッチャー車両 2 台（1 台 980万円）", "配車システム更新 1,200万円"],
            ["人員計画", "乗務員 24 名 → 29 名", "介護職員初任者研修 取得支援"],
        ],
    }],
},
# ---------------------------------------------------------------- 010
{
    "id": "kanjasoutei-010",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of the monthly usage records to a hospital: cannot be inspected",
    "charset": "iso-2022-jp",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["草刈 美帆 <kusakari.miho@toda-reha.or.jp>"],
    "subject": "5月分 ご利用実績の送付",
    "body": """戸田リハビリテーション病院
入退院支援室 草刈様

お世話になっております。ひので介護タクシーの藤堂です。
5月分のご利用実績を送付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

ご確認のほど、よろしくお願いいたします。
""" + SIG_TODO,
    "attachments": [{
        "kind": "zip", "name": "202505_ご利用実績.zip", "password": "Toda0531hn",
        "files": [{
            "kind": "xlsx", "name": "202505_ご利用実績.xlsx",
            "sheets": {"5月": [
                ["戸田リハビリテーション病院 様　2025年5月 ご利用実績"],
                ["日付", "患者氏名", "区間", "形態", "処置"],
                ["5/02", "鴨志田 節子", "病院→蕨市中央4-2-8", "ストレッチャー", "吸引"],
                ["5/09", "日比野 豊", "病院→戸田市本町2-1-19", "車椅子", ""],
                ["5/16", "舟橋 キミ", "川口市青木1-8-3→病院", "ストレッチャー", "酸素2L"],
                ["5/23", "巌 昌平", "病院→さいたま市南区別所2-44-1", "車椅子", "胃ろう"],
                ["5/30", "新発田 和子", "病院→川口市西川口5-12-7", "ストレッチャー", ""],
            ]},
        }],
    }],
},
# ---------------------------------------------------------------- 011
{
    "id": "kanjasoutei-011",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "full client master with diagnoses, but every recipient is internal (incl. a subdomain)",
    "charset": "cp932",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
           "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>"],
    "cc": ["haisha-all@mail.hinode-sangyo.co.jp"],
    "subject": "定期利用者マスタ 更新版（6/10時点）",
    "body": """配車センター各位

定期利用者マスタを更新しました（新規 2 名、終了 1 名）。
配車表を組む際はこちらの CSV を使ってください。旧版は削除をお願いします。
※社内共有フォルダにも同じものを置いています。

藤堂
""",
    "attachments": [{
        "kind": "csv", "name": "定期利用者マスタ_20250610.csv", "encoding": "cp932",
        "rows": [
            ["利用者ID", "氏名", "フリガナ", "生年月日", "住所", "電話", "形態", "主病名・注意事項", "曜日"],
            ["R-0102", "猪狩 重雄", "イカリ シゲオ", "S14.07.21", "川口市芝新町12-8", "048-265-7719", "車椅子", "慢性腎不全（透析）", "月水金"],
            ["R-0107", "百目鬼 キヨ", "ドウメキ キヨ", "S09.02.03", "蕨市塚越2-14-6-203", "048-431-0526", "車椅子", "アルツハイマー型認知症", "火土"],
            ["R-0111", "我妻 孝", "アガツマ タカシ", "S17.11.30", "戸田市新曽南1-9-22", "090-6612-4830", "ストレッチャー", "COPD 在宅酸素2L", "木"],
            ["R-0118", "東海林 ミツ", "ショウジ ミツ", "S11.05.15", "川口市安行領家455-3", "048-296-1182", "車椅子", "脳梗塞後遺症 右片麻痺", "火"],
            ["R-0120", "粟津 辰夫", "アワヅ タツオ", "S20.08.08", "さいたま市南区白幡5-3-17", "080-3391-5070", "歩行介助", "パーキンソン病", "水"],
            ["R-0123", "甘粕 ハル", "アマカス ハル", "T15.12.01", "川口市戸塚東2-7-31", "048-297-6643", "ストレッチャー", "褥瘡 仰臥位のみ", "金"],
            ["R-0126", "左右田 雅彦", "ソウダ マサヒコ", "S25.03.27", "草加市谷塚町1180-4", "090-2207-9314", "車椅子", "糖尿病性腎症（透析）", "月水金"],
            ["R-0131", "舎人 静江", "トネリ シズエ", "S13.10.10", "川口市元郷3-3-12", "048-222-8150", "車椅子", "関節リウマチ", "月"],
            ["R-0134", "御手洗 文子", "ミタライ フミコ", "S16.06.06", "蕨市北町1-20-4", "048-443-7261", "歩行介助", "視覚障害（全盲）", "木"],
            ["R-0135", "鬼頭 寛", "キトウ ヒロシ", "S22.01.19", "戸田市上戸田3-5-9", "080-7745-0392", "ストレッチャー", "ALS 人工呼吸器", "隔週火"],
        ],
    }],
},
# ---------------------------------------------------------------- 012
{
    "id": "kanjasoutei-012",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named patient's COPD diagnosis and oxygen prescription sent to the oxygen supplier",
    "charset": "cp932",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["エアーメディカル 埼玉営業所 <saitama@air-medical-kyokyu.co.jp>"],
    "subject": "長距離搬送時の酸素ボンベ手配（6/21）",
    "body": """エアーメディカル株式会社 埼玉営業所
浅利様

お世話になっております。ひので介護タクシーの小野寺です。
6/21(土) の長距離搬送（川口 → 長野県軽井沢町の療養施設、片道約 3 時間半）にあたり、
車載用の酸素ボンベをお借りしたくご連絡しました。

　患者様：我妻 孝 様（78歳）
　疾患　：COPD（慢性閉塞性肺疾患）、Ⅱ型呼吸不全
　処方　：安静時 2L/分、体動時 3L/分（鼻カニュラ）
　必要量：500L ボンベ × 3 本（予備含む）
　受取　：6/20(金) 16:00 頃 当社事業所にて

主治医の指示書の写しは FAX でお送りします。
ご手配の可否をご返信いただけますと幸いです。
""" + SIG_ONODERA,
},
# ---------------------------------------------------------------- 013
{
    "id": "kanjasoutei-013",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "direct-debit request sheet with 12 customers' bank accounts sent to the partner bank: list of people",
    "charset": "iso-2022-jp",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 川口支店 法人営業 <kawaguchi-hojin@midori-ginko.co.jp>"],
    "subject": "7月引落分 口座振替依頼データの送付",
    "body": """みどり銀行 川口支店
法人営業課 御中

いつも大変お世話になっております。日の出産業 経理課の千葉です。
7月27日引落分の口座振替依頼データを添付にてお送りいたします。
件数 12 件、合計金額 186,420 円です。

内容をご確認のうえ、不備がございましたらご連絡ください。
""" + SIG_CHIBA,
    "attachments": [{
        "kind": "xlsx", "name": "口座振替依頼_202507.xlsx",
        "title": "口座振替依頼明細",
        "sheets": {
            "依頼明細": [
                ["口座振替依頼明細（委託者コード 0048213  日の出産業株式会社）"],
                ["", "", "", "", "", "", ""],
                ["No", "契約者番号", "預金者名（カナ）", "金融機関", "支店", "科目", "口座番号", "金額"],
                [1, "K-2031", "イカリ シゲオ", "みどり銀行", "川口支店", "普通", "1184025", 24800],
                [2, "K-2038", "ドウメキ ヨシコ", "埼玉中央信金", "蕨支店", "普通", "0392716", 11200],
                [3, "K-2040", "アガツマ タカシ", "みどり銀行", "戸田支店", "普通", "2257841", 9600],
                [4, "K-2044", "ショウジ ミツ", "ゆうちょ銀行", "〇一八店", "普通", "3381106", 15400],
                [5, "K-2047", "アワヅ タツオ", "みどり銀行", "浦和支店", "普通", "0671533", 8800],
                [6, "K-2051", "アマカス ヒデアキ", "東都銀行", "川口駅前支店", "普通", "5520947", 22600],
                [7, "K-2055", "ソウダ マサヒコ", "みどり銀行", "草加支店", "普通", "1749302", 26400],
                [8, "K-2058", "トネリ シズエ", "埼玉中央信金", "川口元郷支店", "普通", "0218864", 7200],
                [9, "K-2060", "ミタライ フミコ", "みどり銀行", "蕨支店", "普通", "3065119", 12000],
                [10, "K-2063", "キトウ ケイコ", "東都銀行", "戸田公園支店", "普通", "4409728", 31500],
                [11, "K-2066", "カモシダ セツコ", "みどり銀行", "川口支店", "普通", "1903357", 6720],
                [12, "K-2069", "ヒビノ ユタカ", "みどり銀行", "戸田支店", "当座", "0077146", 10200],
            ],
            "集計": [["件数", 12], ["合計金額", 186420], ["引落日", "2025/07/27"]],
        },
    }],
},
# ---------------------------------------------------------------- 014
{
    "id": "kanjasoutei-014",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "brochure print order to the partner printer: quote and order numbers only",
    "charset": "cp932",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 中曽根様 <nakasone@nishiki-insatsu.co.jp>"],
    "subject": "Re: お見積りの件（パンフレット増刷）",
    "body": """錦印刷株式会社
中曽根様

お世話になっております。日の出産業の三好です。
お見積り（見積番号 NQ-25-0613）ありがとうございました。
下記の内容で正式に発注させてください。

　品名　：ひので介護タクシー 総合パンフレット（A4 三つ折り）
　部数　：3,000 部（前回 2,000 部から増刷）
　仕様　：コート 110kg 両面カラー
　金額　：83,600 円（税込）
　納期　：7/4(金) 弊社川口事業所 着
　当社注文番号：PO-HS-25-0418

表紙の「24時間対応」の文言は「7:00～20:00 受付」に修正済みの版でお願いします。
よろしくお願いいたします。

-----Original Message-----
From: 中曽根 <nakasone@nishiki-insatsu.co.jp>
Sent: Tuesday, June 10, 2025 5:12 PM
Subject: お見積りの件（パンフレット増刷）

三好様
パンフレット増刷のお見積りをお送りします。ご確認ください。
""" + SIG_MIYOSHI,
},
# ---------------------------------------------------------------- 015
{
    "id": "kanjasoutei-015",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two new drivers' My Numbers and basic pension numbers sent to the outside labour-law office",
    "charset": "iso-2022-jp",
    "sender": "桧山 佳代 <hiyama.kayo@hinode-sangyo.co.jp>",
    "to": ["柳田 有希 <yanagida@mizuhodori-sr.jp>"],
    "subject": "資格取得届の作成依頼（7/1入社 乗務員2名）",
    "body": """社会保険労務士法人みずほ通り
柳田様

いつもお世話になっております。日の出産業 人事課の桧山です。
7/1 入社の乗務員 2 名について、健康保険・厚生年金の資格取得届の作成をお願いいたします。

【1】
氏名　　　：尾ノ上 拓真（オノウエ タクマ）
生年月日　：平成4年3月18日
住所　　　：埼玉県川口市南鳩ヶ谷6-3-14 メゾン鳩ヶ谷102
個人番号　：""" + my_number(SEED + 1) + """
基礎年金番号：4127-508893
標準報酬月額見込：280,000円

【2】
氏名　　　：浜砂 さやか（ハマスナ サヤカ）
生年月日　：昭和63年11月2日
住所　　　：埼玉県川口市芝中田1-30-3
個人番号　：""" + my_number(SEED + 2) + """
基礎年金番号：2093-114570
標準報酬月額見込：260,000円

扶養家族はいずれもおりません。
不足書類がございましたらご指示ください。
""" + SIG_HIYAMA,
},
# ---------------------------------------------------------------- 016
{
    "id": "kanjasoutei-016",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "draft safety-management rules stamped 部外秘 in the document header sent to the partner carrier",
    "charset": "utf-8",
    "sender": "大曽根 剛 <osone.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全管理室 <anzen@aoba-unyu.co.jp>"],
    "subject": "共同運行に係る安全管理規程（改定案）の共有",
    "body": """青葉運輸株式会社 安全管理室
小田切様

お世話になっております。日の出産業 安全推進課の大曽根です。
先日の協議を踏まえ、共同運行時の安全管理規程の改定案を作成しましたので共有いたします。
主な変更点は第 12 条（車椅子固定の二重確認）と第 18 条（酸素ボンベの積載本数上限）です。

7/2 の定例会でご意見をいただければと存じます。
""" + SIG_OSONE,
    "attachments": [{
        "kind": "docx", "name": "安全管理規程_改定案_20250612.docx",
        "page_header": "部外秘",
        "title": "安全管理規程（改定案）",
        "paragraphs": [
            "ひので介護タクシー 安全管理規程（改定案）",
            "第12条（車椅子の固定）乗務員は、車椅子を4点式ベルトで固定した後、別の乗務員又は運行管理者が目視で二重確認する。",
            "第18条（医療用ガスの積載）酸素ボンベは1車両につき500L容器3本を上限とし、専用ホルダーに固定する。",
            "第21条（事故時の報告）乗務員は事故発生後30分以内に運行管理者へ報告する。",
        ],
        "tables": [[["条", "現行", "改定案"],
                    ["12", "乗務員が固定", "固定後に二重確認"],
                    ["18", "定めなし", "500L×3本を上限"]]],
    }],
},
# ---------------------------------------------------------------- 017
{
    "id": "kanjasoutei-017",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "accident report to the insurer: a named passenger's injury (suspected femoral fracture) and home address",
    "charset": "utf-8",
    "sender": "大曽根 剛 <osone.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["東和損害保険 事故受付センター <jiko-uketsuke@towa-sonpo.co.jp>"],
    "cc": ["榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>"],
    "subject": "【事故報告】証券番号 FL-7730215 車内転倒事故（6/11）",
    "body": """東和損害保険株式会社
事故受付センター 鶴見様

お世話になっております。日の出産業 安全推進課の大曽根です。
本日お電話でご報告した車内転倒事故について、書面でお送りいたします。

■発生日時　2025年6月11日(水) 14:25 頃
■場所　　　川口市本町4丁目 本町交差点付近（走行中）
■車両　　　川口 800 さ 56-78（福祉車両 ハイエース）
■乗務員　　宍戸 健吾
■被害者　　舟橋 キミ 様（昭和12年4月9日生、88歳）
　　　　　　埼玉県川口市青木1-8-3　TEL 048-252-4107
■状況　　　急ブレーキの際、車椅子後部の固定ベルト 1 本が外れており、
　　　　　　車椅子ごと前方に傾き転倒。右大腿部を強打。
■負傷　　　同日 川口みなと総合病院へ搬送、右大腿骨頸部骨折の疑いで入院。
　　　　　　既往に骨粗鬆症あり。

詳細は添付の事故報告書をご確認ください。
""" + SIG_OSONE,
    "attachments": [{
        "kind": "docx", "name": "事故報告書_20250611.docx",
        "title": "事故報告書",
        "paragraphs": ["事故報告書（第一報）", "日の出産業株式会社 ヘルスケアモビリティ事業部 安全推進課"],
        "tables": [[
            ["項目", "内容"],
            ["発生日時", "2025/6/11 14:25"],
            ["被害者", "舟橋 キミ（88）"],
            ["住所", "埼玉県川口市青木1-8-3"],
            ["負傷内容", "右大腿骨頸部骨折の疑い（入院）"],
            ["原因", "車椅子固定ベルトの固定不良"],
        ]],
    }],
},
# ---------------------------------------------------------------- 018
{
    "id": "kanjasoutei-018",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "property-damage-only accident report to the insurer: policy and plate numbers, no injured person",
    "charset": "iso-2022-jp",
    "sender": "大曽根 剛 <osone.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["鶴見 <tsurumi.k@towa-sonpo.co.jp>"],
    "subject": "物損事故のご報告（証券番号 FL-7730215）",
    "body": """東和損害保険 鶴見様

お世話になっております。大曽根です。
昨日、事業所駐車場内で当社車両が車止めポールに接触する物損事故がありました。
乗客は乗っておらず、けが人はおりません。

　日時：6/16(月) 18:05 頃
　場所：当社 川口事業所 駐車場（自社敷地内）
　車両：川口 800 さ 90-12
　損傷：リアバンパー右側 擦過、ポール 1 本曲損（自社所有）

修理見積（ディーラー見積番号 MT-88214）が出ましたら改めてお送りします。
車両保険の適用可否についてご教示ください。
""" + SIG_OSONE,
},
# ---------------------------------------------------------------- 019
{
    "id": "kanjasoutei-019",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "mail meant for the partner さくらホテル (sakura-hotel.jp) addressed to sakura-hotel.co.jp: TLD look-alike",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会・団体予約 <group@sakura-hotel.co.jp>"],
    "subject": "バリアフリー旅行（9/27-28）送迎スケジュール案",
    "body": """さくらホテル
団体予約ご担当 真壁様

お世話になっております。日の出産業の三好です。
9/27-28 のバリアフリー旅行について、送迎スケジュール案をお送りします。

 9/27(土)
   08:30 川口事業所 出発（福祉車両 3 台）
   11:45 ホテル着 → 昼食（1階 レストラン「葉桜」）
   14:00 周辺観光（車椅子ルート）
 9/28(日)
   10:00 チェックアウト
   15:30 川口着 解散

車両はホテル正面車寄せに 3 台同時に停車できますでしょうか。
スロープ付き客室の最終確定数は 8/29 までにご連絡いたします。
""" + SIG_MIYOSHI,
},
# ---------------------------------------------------------------- 020
{
    "id": "kanjasoutei-020",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "barrier-free tour participant list (6 people: age, care needs like stoma/insulin, emergency phone) sent to the hotel",
    "charset": "iso-2022-jp",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["真壁 <makabe@sakura-hotel.jp>"],
    "cc": ["三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>"],
    "subject": "9/27-28 バリアフリー旅行 参加者名簿・配慮事項",
    "body": """さくらホテル 真壁様

いつもお世話になっております。ひので介護タクシーの藤堂です。
9/27-28 のご宿泊について、参加者名簿と配慮事項の一覧をお送りします。
お部屋割りとお食事のご準備にご活用ください。

よろしくお願いいたします。
""" + SIG_TODO,
    "attachments": [{
        "kind": "xlsx", "name": "参加者名簿_0927.xlsx",
        "sheets": {
            "参加者": [
                ["バリアフリー旅行 9/27-28 参加者名簿（ひので介護タクシー）"],
                ["No", "氏名", "生年月日", "部屋", "移動", "配慮事項", "緊急連絡先"],
                [1, "五十嵐 正治", "S12.03.14", "101", "車椅子", "人工肛門（ストーマ）", "090-1174-3382"],
                [2, "五十嵐 登美子", "S15.09.01", "101", "独歩", "", "090-1174-3382"],
                [3, "勅使河原 昭", "S18.12.25", "102", "車椅子", "糖尿病 インスリン注射（冷蔵保管）", "080-5527-9016"],
                [4, "小鳥遊 幸子", "S10.06.30", "103", "車椅子", "軽度認知症 夜間見守り", "048-258-3340"],
                [5, "根来 清", "S21.02.11", "105", "杖", "難聴 筆談", "070-6612-7783"],
                [6, "根来 和枝", "S23.08.19", "105", "独歩", "", "070-6612-7783"],
            ],
            "食事": [
                ["氏名", "食事形態"],
                ["勅使河原 昭", "糖尿食 1600kcal"],
                ["小鳥遊 幸子", "刻み食"],
            ],
        },
    }],
},
# ---------------------------------------------------------------- 021
{
    "id": "kanjasoutei-021",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "bug report to the dispatch-system vendor (partner) with a screenshot and booking IDs only",
    "charset": "utf-8",
    "sender": "長谷部 悟 <hasebe.satoru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "[問合せ] 配車ボードで予約が二重表示される件（契約番号 TS-C-0881）",
    "body": """ツバサシステム株式会社 サポートご担当者様

日の出産業 情報システム部の長谷部です。
配車ボード（Ver.4.2.1）で、同じ予約が 2 行表示される事象が本日 3 回発生しました。

  発生時刻：6/12 09:14、11:02、15:47
  予約番号：RSV-250612-0031 / RSV-250612-0058 / RSV-250612-0102
  端末　　：配車センター PC-03（Windows 11 / Edge）
  操作　　：予約の時刻変更 → 保存 直後

画面キャプチャと端末のイベントログを添付します。再読込（F5）すると 1 行に戻ります。
ログの取得方法をご教示いただければ、こちらで採取いたします。
""" + SIG_HASEBE,
    "attachments": [{"kind": "png", "name": "haisha_board_20250612.png"},
                    {"kind": "txt", "name": "client_event_20250612.log", "encoding": "utf-8",
                     "text": "2025-06-12 09:14:03 PC-03 UPDATE RSV-250612-0031 time 09:30->09:45 OK\n"
                             "2025-06-12 09:14:03 PC-03 RENDER board rows=2 id=RSV-250612-0031\n"
                             "2025-06-12 11:02:41 PC-03 UPDATE RSV-250612-0058 time 13:00->13:20 OK\n"
                             "2025-06-12 15:47:10 PC-03 UPDATE RSV-250612-0102 time 16:00->15:40 OK\n"}],
},
# ---------------------------------------------------------------- 022
{
    "id": "kanjasoutei-022",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "production client master (8 people with disability grades and diagnoses) sent to the system vendor as 'test data'",
    "charset": "utf-8",
    "sender": "長谷部 悟 <hasebe.satoru@hinode-sangyo.co.jp>",
    "to": ["野々山 <nonoyama@tsubasa-system.jp>"],
    "subject": "データ移行テスト用ファイル",
    "body": """野々山さん

お世話になっております。長谷部です。
移行テスト用のデータですが、ダミーを作る時間がなかったので本番の利用者マスタから
一部を抜き出して送ります。文字コードは UTF-8 です。
テストが終わったら削除をお願いします。

長谷部
""",
    "attachments": [{
        "kind": "csv", "name": "riyousha_master_extract.csv", "encoding": "utf-8",
        "rows": [
            ["client_id", "name", "kana", "birth", "zip", "address", "tel", "mobility", "techo", "medical_note"],
            ["R-0139", "倉持 史郎", "クラモチ シロウ", "1941-02-17", "332-0021", "埼玉県川口市西川口2-9-14", "048-254-6071", "wheelchair", "身体2級(下肢)", "脊柱管狭窄症"],
            ["R-0142", "猿渡 イネ", "サワタリ イネ", "1933-09-05", "335-0004", "埼玉県蕨市中央6-1-33", "048-441-2298", "stretcher", "身体1級(体幹)", "脳出血後遺症 経管栄養"],
            ["R-0145", "雲母 直樹", "キララ ナオキ", "1958-07-22", "335-0021", "埼玉県戸田市新曽1840-2", "090-8834-1120", "wheelchair", "精神2級", "統合失調症"],
            ["R-0147", "楠瀬 千鶴", "クスノセ チヅル", "1940-12-03", "333-0811", "埼玉県川口市戸塚3-21-6", "048-295-3047", "walk-assist", "", "心不全 ペースメーカー"],
            ["R-0150", "設楽 孝之", "シタラ タカユキ", "1952-04-28", "336-0031", "埼玉県さいたま市南区鹿手袋4-6-19", "080-2276-5813", "wheelchair", "身体3級(腎臓)", "慢性腎不全 透析"],
            ["R-0152", "帯刀 サチ", "タテワキ サチ", "1936-01-11", "332-0034", "埼玉県川口市並木4-2-8", "048-251-7762", "stretcher", "", "末期がん 在宅緩和ケア"],
            ["R-0155", "上床 英二", "ウワトコ エイジ", "1949-10-30", "340-0026", "埼玉県草加市八幡町612-3", "070-1187-4429", "wheelchair", "身体4級(下肢)", "糖尿病 右下腿切断"],
            ["R-0158", "城之内 弥生", "ジョウノウチ ヤヨイ", "1944-03-08", "333-0866", "埼玉県川口市芝5-7-25", "048-267-9015", "walk-assist", "", "アルツハイマー型認知症"],
        ],
    }],
},
# ---------------------------------------------------------------- 023
{
    "id": "kanjasoutei-023",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English inquiry to a stretcher maker about price and lead time; mentions an NDA and carries the standard disclaimer",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["Lars Eriksen <lars.eriksen@nordvik-medical.com>"],
    "subject": "Inquiry: NM-420 transport stretcher — pricing and lead time for Japan",
    "body": """Dear Mr. Eriksen,

Thank you for the product presentation at the Tokyo care-equipment fair last week.

We operate 24 care-taxi vehicles in Saitama and are planning to add two stretcher
vehicles next fiscal year. Could you kindly let us know:

  1. Unit price of the NM-420 (with the height-adjustable option) delivered to Japan
  2. Lead time for 2 units, and whether a Japanese-language manual is available
  3. Whether the NM-420 fits the rear-loading rail of a Toyota HiAce welcab

If detailed drawings are only shared under an NDA, we are happy to sign your standard
mutual non-disclosure agreement first; please send us a copy.

Best regards,
""" + SIG_MIYOSHI_EN + "\n" + DISC_EN,
},
# ---------------------------------------------------------------- 024
{
    "id": "kanjasoutei-024",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English mail to a foreign travel agency with a traveller's passport number and post-stroke condition",
    "charset": "utf-8",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["Rachel Tan <rachel.tan@pacific-caretravel.com>"],
    "subject": "Re: Airport transfer for Ms. Hollander — arrival 3 July",
    "body": """Dear Ms. Tan,

Thank you for your booking. We have arranged a wheelchair-accessible vehicle for
the transfer from Haneda Airport to the hotel in Saitama. To register the passenger
with the airport's assistance desk, we filled in the details below — please check
that everything is correct.

  Passenger      : Ms. Keiko Hollander
  Date of birth  : 14 May 1949
  Passport       : Japan, TZ4081736
  Flight         : NH 107, arriving HND Terminal 3, 3 July 15:20
  Condition      : left hemiplegia after a stroke (2023), uses a manual wheelchair,
                   can transfer with one assistant; carries anticoagulant medication
  Companion      : her son (1 person)

Our driver will wait at the arrival lobby with a name board.

Kind regards,
Mai Todo
Care Coordinator, Hinode Care Taxi (Hinode Sangyo Co., Ltd.)
Tel +81-48-264-3190
""",
},
# ---------------------------------------------------------------- 025
{
    "id": "kanjasoutei-025",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons (families) on different free-mail services put in To together: each can see the others' addresses",
    "charset": "iso-2022-jp",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["五十嵐 様 <igarashi.tomiko@docomo.ne.jp>",
           "tesshi-akira@yahoo.co.jp",
           "根来 和枝 <negoro.kazue77@gmail.com>"],
    "subject": "【ご連絡】9/27 旅行 集合時間変更のお知らせ",
    "body": """ご参加の皆様

ひので介護タクシーの藤堂でございます。
9/27(土) のバリアフリー旅行につきまして、道路工事による渋滞が見込まれるため、
ご自宅へのお迎え時間を 30 分繰り上げさせていただきます。

　変更前：8:00～8:30 の間
　変更後：7:30～8:00 の間

正確なお迎え時刻は前日 17 時頃に担当ドライバーよりお電話いたします。
ご不明な点は配車センター 0120-381-652 までお問い合わせください。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 026
{
    "id": "kanjasoutei-026",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "booking confirmation to one family member on a carrier address: date, time, fare; no address or condition",
    "charset": "cp932",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["sakuma.yoko_0721@docomo.ne.jp"],
    "subject": "ご予約確認（6/18 水曜日）",
    "body": """佐久間 様

ひので介護タクシーでございます。
お母様のご予約を下記のとおり承りました。

　日時　　6月18日(水) 9:00 ご自宅前お迎え
　帰り　　お電話をいただいてから 30 分程度で伺います
　お支払　当日現金またはカード（概算 往復 6,200 円）
　予約番号　RSV-250618-0012

変更・キャンセルは前日 17 時までにご連絡をお願いいたします。
当日の担当は乗務員の蓮見が伺います。
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 027
{
    "id": "kanjasoutei-027",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "three clients' names with visit times and wheelchair/walker use to their care manager: mobility aid may or may not be read as disability data",
    "charset": "iso-2022-jp",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["栗林 誠 <kuribayashi@hanamizuki-kyotaku.co.jp>"],
    "subject": "来週の通院予約の確認（はなみずき様ご担当分）",
    "body": """はなみずき 栗林様

お世話になっております。ひので介護タクシーの小野寺です。
来週のご予約、以下で承っております。相違がないかご確認をお願いします。

・6/23(月) 9:30　楠瀬 千鶴 様　　歩行器をご持参
・6/24(火) 13:00　城之内 弥生 様　車椅子（当社貸出）
・6/26(木) 10:00　倉持 史郎 様　　車椅子（ご本人様のもの）

よろしくお願いいたします。
""" + SIG_ONODERA,
},
# ---------------------------------------------------------------- 028
{
    "id": "kanjasoutei-028",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the shift workbook attached for the partner carrier is corrupt and cannot be read",
    "charset": "utf-8",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["石毛 <ishige@aoba-unyu.co.jp>"],
    "subject": "7月 共同運行シフト表",
    "body": """石毛様

お疲れ様です。日の出産業の榎本です。
7月の共同運行シフト表を添付します。
青葉運輸さんの乗務員枠は黄色セルのところです。ご確認ください。

榎本
""",
    "attachments": [{"kind": "corrupt", "name": "7月共同運行シフト.xlsx"}],
},
# ---------------------------------------------------------------- 029
{
    "id": "kanjasoutei-029",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF sent to the tax accountant: cannot be inspected",
    "charset": "iso-2022-jp",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["荒川税理士事務所 松葉様 <matsuba@arakawa-tax.jp>"],
    "subject": "乗務員 源泉徴収票（再発行分）",
    "body": """荒川税理士事務所
松葉様

お世話になっております。日の出産業の千葉です。
ご依頼のありました乗務員 3 名分の源泉徴収票（再発行分）をお送りします。
PDF にはパスワードをかけております。パスワードは後ほどお電話でお伝えします。

よろしくお願いいたします。
""" + SIG_CHIBA,
    "attachments": [{
        "kind": "pdf", "name": "源泉徴収票_再発行_3名.pdf", "password": "Hn2025tax",
        "lines": ["令和6年分 給与所得の源泉徴収票（再発行）", "支払者 日の出産業株式会社"],
        "table": [["氏名", "支払金額", "源泉徴収税額"],
                  ["宍戸 健吾", "3,412,000", "68,400"],
                  ["江戸川 功", "3,188,500", "59,900"],
                  ["丹治 正樹", "3,605,200", "74,100"]],
    }],
},
# ---------------------------------------------------------------- 030
{
    "id": "kanjasoutei-030",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "roster of 9 drivers (name, date of birth, sex, employee no.) sent to the health-check clinic: list of people",
    "charset": "cp932",
    "sender": "桧山 佳代 <hiyama.kayo@hinode-sangyo.co.jp>",
    "to": ["健診プラザ川口 予約係 <yoyaku@kenshin-plaza.or.jp>"],
    "subject": "定期健康診断 受診者名簿の送付（日の出産業）",
    "body": """健診プラザ川口
予約係 ご担当者様

いつもお世話になっております。日の出産業 人事課の桧山です。
7月の定期健康診断（乗務員の部）の受診者名簿を添付いたします。
受診日は 7/8(火)・7/9(水) の 2 日間でお願いしております。

契約番号：KP-1180
""" + SIG_HIYAMA,
    "attachments": [{
        "kind": "csv", "name": "受診者名簿_乗務員_202507.csv", "encoding": "cp932",
        "rows": [
            ["社員番号", "氏名", "カナ", "性別", "生年月日", "受診日", "コース"],
            ["D0112", "蓮見 勝也", "ハスミ カツヤ", "男", "1971/08/14", "7/8", "一般＋腹部エコー"],
            ["D0118", "宍戸 健吾", "シシド ケンゴ", "男", "1984/01/29", "7/8", "一般"],
            ["D0121", "鰐淵 美智代", "ワニブチ ミチヨ", "女", "1976/05/03", "7/8", "一般＋婦人科"],
            ["D0125", "江戸川 功", "エドガワ イサオ", "男", "1966/11/21", "7/8", "一般＋腹部エコー"],
            ["D0127", "乙部 穂高", "オトベ ホダカ", "男", "1990/02/07", "7/9", "一般"],
            ["D0130", "丹治 正樹", "タンジ マサキ", "男", "1979/09/16", "7/9", "一般"],
            ["D0133", "尾ノ上 拓真", "オノウエ タクマ", "男", "1992/03/18", "7/9", "雇入時"],
            ["D0134", "浜砂 さやか", "ハマスナ サヤカ", "女", "1988/11/02", "7/9", "雇入時"],
            ["D0104", "古閑 満", "コガ ミツル", "男", "1961/06/25", "7/9", "一般＋胃カメラ"],
        ],
    }],
},
# ---------------------------------------------------------------- 031
{
    "id": "kanjasoutei-031",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward of a driver's health-check findings (HbA1c, suspected sleep apnoea) to the outside occupational physician",
    "charset": "iso-2022-jp",
    "sender": "桧山 佳代 <hiyama.kayo@hinode-sangyo.co.jp>",
    "to": ["産業医 吉見先生 <yoshimi@sangyoui-office.jp>"],
    "subject": "FW: 【要再検査】健康診断結果のご連絡（日の出産業 D0125）",
    "body": """吉見先生

いつもお世話になっております。日の出産業の桧山です。
健診機関から下記の連絡がありました。乗務を続けてよいか、面談でご判断いただけますでしょうか。
7月中でご都合のよい日をお知らせください。

---------- 転送メッセージ ----------
差出人: 健診プラザ川口 結果通知係 <kekka@kenshin-plaza.or.jp>
日付: 2025年7月22日
件名: 【要再検査】健康診断結果のご連絡（日の出産業 D0125）

日の出産業株式会社 人事課 桧山様

7/8 に受診された下記の方について、要再検査の所見がありましたのでご連絡します。

  氏名：江戸川 功 様（1966/11/21 生）
  所見：HbA1c 8.2%（要医療）、空腹時血糖 162mg/dL
        問診で日中の強い眠気・いびきの指摘あり → 睡眠時無呼吸症候群の疑い
  判定：D（要精密検査）

職業運転に従事されているとのことですので、早期の受診をお勧めします。
""" + SIG_HIYAMA,
},
# ---------------------------------------------------------------- 032
{
    "id": "kanjasoutei-032",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal safety-meeting minutes with near-miss cases; internal recipients only",
    "charset": "utf-8",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["care-taxi-all@hinode-sangyo.co.jp"],
    "subject": "6月 安全会議 議事録",
    "body": """乗務員・配車センターの皆さん

6/13 の安全会議の議事録です。各自目を通しておいてください。

1. ヒヤリハット報告（5月分 6件）
   - 車椅子固定ベルトの締め忘れ 2件（いずれも出発前に班長が発見）
   - リフト昇降中にフットレストが接触 1件
   - 病院ロータリーでの後退時、歩行者と接近 1件
   - 酸素ボンベの残量確認漏れ 1件
   - 雨天時のスロープ滑り 1件
2. 対策
   - 出発前チェックリストに「ベルト 4 点 指差し確認」を追加（7/1～）
   - 酸素ボンベ残量は乗車前と降車後に記録
3. 次回 7/11(金) 17:30～ 2階会議室

榎本
""",
},
# ---------------------------------------------------------------- 033
{
    "id": "kanjasoutei-033",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "request meant for the partner bank midori-ginko.co.jp sent to midori-ginkou.co.jp (a letter added)",
    "charset": "cp932",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 川口支店 <kawaguchi-hojin@midori-ginkou.co.jp>"],
    "subject": "残高証明書 発行のお願い（6月末日現在）",
    "body": """みどり銀行 川口支店 法人営業課 御中

いつもお世話になっております。日の出産業 経理課の千葉です。
監査法人への提出用に、6月30日現在の残高証明書の発行をお願いいたします。

　口座：川口支店 当座 0048213（日の出産業株式会社）
　　　　川口支店 普通 1302776（同 ヘルスケアモビリティ事業部）
　部数：各 2 部
　受取：窓口にて 7/4(金) 以降

手数料は上記当座口座からの引落しでお願いいたします。
""" + SIG_CHIBA,
},
# ---------------------------------------------------------------- 034
{
    "id": "kanjasoutei-034",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "mailing list of 15 private customers (name, postcode, address) sent to the partner printer for a DM",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["中曽根 <nakasone@nishiki-insatsu.co.jp>"],
    "subject": "夏季DM 宛名データの件",
    "body": """錦印刷 中曽根様

お世話になっております。三好です。
先日ご相談した夏季 DM（はがき）の宛名データをお送りします。
今回は個人のお客様 15 件分です。宛名面のレイアウトは前回と同じでお願いします。

よろしくお願いします。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "xlsx", "name": "夏季DM_宛名リスト.xlsx",
        "sheets": {"宛名": [
            ["2025年 夏季DM 送付先リスト（個人）"],
            ["郵便番号", "住所1", "住所2", "氏名", "敬称"],
            ["332-0012", "埼玉県川口市本町2-14-3", "", "石神井 道子", "様"],
            ["333-0801", "埼玉県川口市東川口4-8-21", "", "早乙女 利夫", "様"],
            ["335-0005", "埼玉県蕨市錦町1-17-9", "サンハイツ錦町305", "仁科 恵美", "様"],
            ["335-0022", "埼玉県戸田市上戸田5-6-2", "", "鮫島 征夫", "様"],
            ["332-0004", "埼玉県川口市領家3-22-10", "", "雨宮 ふさ", "様"],
            ["336-0042", "埼玉県さいたま市南区大谷口5311-4", "", "漆原 健一", "様"],
            ["333-0847", "埼玉県川口市芝中田2-41-5", "", "相良 芳江", "様"],
            ["340-0041", "埼玉県草加市松原2-3-15", "松原団地14-301", "饗庭 信也", "様"],
            ["334-0003", "埼玉県川口市坂下町1-9-4", "", "蔀 トシ子", "様"],
            ["335-0034", "埼玉県戸田市笹目3-12-18", "", "国府田 康夫", "様"],
            ["332-0015", "埼玉県川口市川口6-2-30", "リバーサイド川口812", "纐纈 典子", "様"],
            ["333-0861", "埼玉県川口市柳崎1-26-7", "", "四方田 実", "様"],
            ["335-0001", "埼玉県蕨市北町3-4-16", "", "乾 よし江", "様"],
            ["336-0025", "埼玉県さいたま市南区文蔵2-30-8", "", "鳴海 昭一", "様"],
            ["333-0833", "埼玉県川口市西新井宿198-2", "", "土師 美千代", "様"],
        ]},
    }],
},
# ---------------------------------------------------------------- 035
{
    "id": "kanjasoutei-035",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "company-profile proof to the printer: a PDF table of the company's offices (business addresses and switchboards only)",
    "charset": "iso-2022-jp",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["中曽根 <nakasone@nishiki-insatsu.co.jp>"],
    "subject": "会社案内 校正戻し（3校）",
    "body": """中曽根様

お世話になっております。三好です。
会社案内の 3 校、赤字を入れて PDF でお戻しします。
主な修正は裏表紙の「事業所一覧」で、戸田営業所の電話番号と住所が変わっています。

次回で校了にできればと思います。よろしくお願いいたします。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "pdf", "name": "会社案内_3校_赤字.pdf",
        "lines": ["会社案内 3校 修正指示（裏表紙 事業所一覧）", "※戸田営業所：移転につき住所・TEL 変更"],
        "table": [["事業所", "住所", "電話"],
                  ["本社", "埼玉県さいたま市浦和区高砂2-11-3", "048-811-2400"],
                  ["川口事業所", "埼玉県川口市上青木西4-21-7", "048-264-3190"],
                  ["戸田営業所", "埼玉県戸田市本町1-5-12", "048-446-7021"],
                  ["蕨サテライト", "埼玉県蕨市中央2-9-1", "048-432-5580"],
                  ["草加営業所", "埼玉県草加市高砂1-2-20", "048-920-3166"]],
    }],
},
# ---------------------------------------------------------------- 036
{
    "id": "kanjasoutei-036",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML-only transfer summary of one named resident (heart failure, dementia, medication) to the receiving care home",
    "charset": "utf-8",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["奥寺 慎吾 <okudera@shibakawanosato.or.jp>"],
    "subject": "6/27 ご入所時 搬送サマリー（鴨志田様）",
    "html": """<html><head><meta charset="utf-8"></head><body>
<p>特別養護老人ホーム 芝川の郷<br>生活相談員 奥寺様</p>
<p>いつもお世話になっております。ひので介護タクシーの藤堂です。<br>
6/27 のご入所に伴う搬送について、病院から引き継いだ内容をまとめました。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th align="left">氏名</th><td>鴨志田 節子 様（カモシダ セツコ）</td></tr>
<tr><th align="left">生年月日</th><td>昭和8年1月24日（92歳）</td></tr>
<tr><th align="left">既往歴</th><td>慢性心不全、アルツハイマー型認知症、左大腿骨骨折（R5 手術）</td></tr>
<tr><th align="left">服薬</th><td>利尿剤・抗凝固薬（朝食後）、搬送当日朝は服薬済み</td></tr>
<tr><th align="left">ADL</th><td>全介助、ストレッチャー、吸引 1 日 3～4 回</td></tr>
<tr><th align="left">出発</th><td>戸田リハビリテーション病院 4階西 13:30</td></tr>
</table>
<p>到着は 14:15 頃の見込みです。よろしくお願いいたします。</p>
<p>--<br>ひので介護タクシー ケアコーディネーター 藤堂 麻衣<br>TEL 048-264-3190</p>
</body></html>""",
},
# ---------------------------------------------------------------- 037
{
    "id": "kanjasoutei-037",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML table of 8 dialysis patients (address, phone, dialysis days, notes) sent to the dialysis clinic",
    "charset": "iso-2022-jp",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["能登 晴美 <noto@warabi-hikari-cl.jp>"],
    "subject": "7月 透析送迎スケジュール（蕨ひかりクリニック様分）",
    "html": """<html><body>
<p>蕨ひかりクリニック<br>事務長 能登様</p>
<p>お世話になっております。ひので介護タクシーの小野寺です。<br>
7月の透析送迎スケジュールをお送りします。変更がありましたらお知らせください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:12px">
<tr bgcolor="#dde8f5"><th>氏名</th><th>住所</th><th>電話</th><th>曜日</th><th>クール</th><th>備考</th></tr>
<tr><td>猪狩 重雄</td><td>川口市芝新町12-8</td><td>048-265-7719</td><td>月水金</td><td>午前</td><td>シャント左腕 血圧低下注意</td></tr>
<tr><td>左右田 雅彦</td><td>草加市谷塚町1180-4</td><td>090-2207-9314</td><td>月水金</td><td>午後</td><td>糖尿病性腎症 低血糖時の対応</td></tr>
<tr><td>設楽 孝之</td><td>さいたま市南区鹿手袋4-6-19</td><td>080-2276-5813</td><td>火木土</td><td>午前</td><td>車椅子</td></tr>
<tr><td>百目鬼 ヨシ子</td><td>蕨市塚越2-14-6</td><td>048-431-0526</td><td>火木土</td><td>午前</td><td>認知症 玄関施錠確認</td></tr>
<tr><td>千田 勝利</td><td>蕨市南町3-7-22</td><td>048-442-1935</td><td>月水金</td><td>夜間</td><td>B型肝炎キャリア</td></tr>
<tr><td>若狭 久美子</td><td>戸田市喜沢1-41-3</td><td>070-4420-6158</td><td>火木土</td><td>午後</td><td>透析後ふらつき 歩行介助</td></tr>
<tr><td>阿久津 清治</td><td>川口市末広2-15-9</td><td>048-223-8804</td><td>月水金</td><td>午前</td><td>右下肢切断 車椅子</td></tr>
<tr><td>波多野 イク</td><td>蕨市中央5-20-11</td><td>048-433-6290</td><td>火木土</td><td>午後</td><td>酸素 1L 携帯</td></tr>
</table>
<p>日の出産業株式会社 ひので介護タクシー 配車センター 小野寺<br>TEL 048-264-3190</p>
</body></html>""",
},
# ---------------------------------------------------------------- 038
{
    "id": "kanjasoutei-038",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the clinic: the patient list appears only in the '>' quoted text; new text has no personal data",
    "charset": "iso-2022-jp",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["能登 晴美 <noto@warabi-hikari-cl.jp>"],
    "subject": "Re: 7/21(祝) の透析時間変更について",
    "body": """能登様

ご連絡ありがとうございます。
祝日分の時間変更、下記のとおりすべて承りました。
お迎え時刻はそれぞれ 40 分前に繰り上げて配車いたします。

小野寺

> 小野寺様
> 7/21(月・祝) は午後クールを休止するため、下記の方を午前に移します。
>
>   氏名          電話            変更前  変更後
>   左右田 雅彦   090-2207-9314   午後    午前
>   若狭 久美子   070-4420-6158   午後    午前
>   波多野 イク   048-433-6290   午後    午前
>   千田 勝利     048-442-1935   夜間    午前
>   設楽 孝之     080-2276-5813   午前    午前（時間のみ30分前倒し）
>
> よろしくお願いします。
> 蕨ひかりクリニック 能登
""",
},
# ---------------------------------------------------------------- 039
{
    "id": "kanjasoutei-039",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three drivers' driving-licence numbers and dates of birth sent to the insurer",
    "charset": "cp932",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["鶴見 <tsurumi.k@towa-sonpo.co.jp>"],
    "subject": "フリート契約 運転者追加のご依頼",
    "body": """東和損害保険 鶴見様

お世話になっております。日の出産業 運行管理者の榎本です。
フリート契約（証券番号 FL-7730215）の運転者に、下記 3 名の追加をお願いします。
適用開始日は 7/1 からでお願いします。

◆尾ノ上 拓真
　生年月日　平成4年3月18日
　免許証番号　第 451901237840 号（二種 普通）
◆浜砂 さやか
　生年月日　昭和63年11月2日
　免許証番号　第 452206614391 号（二種 普通）
◆古閑 満
　生年月日　昭和36年6月25日
　免許証番号　第 450287730152 号（二種 普通・中型）

免許証の写しが必要でしたら FAX いたします。
""" + SIG_ENOMOTO,
},
# ---------------------------------------------------------------- 040
{
    "id": "kanjasoutei-040",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a foreign care assistant's residence-card number and date of birth sent to the staffing agency",
    "charset": "utf-8",
    "sender": "桧山 佳代 <hiyama.kayo@hinode-sangyo.co.jp>",
    "to": ["グローバル人材サポート 堀之内様 <horinouchi@global-jinzai.co.jp>"],
    "subject": "Re: 介護助手 採用予定者の在留資格確認",
    "body": """堀之内様

お世話になっております。日の出産業の桧山です。
面接いただいた方の在留カードを確認しましたので、記載内容をお送りします。
就労可能な在留資格かどうか、念のため御社でもご確認をお願いできますでしょうか。

　氏名　　　　：NGUYEN THI HONG NHUNG（グエン ティ ホン ニュン）
　生年月日　　：1998年4月12日
　国籍　　　　：ベトナム
　在留カード番号：UH48203719EB
　在留資格　　：特定技能1号（介護）
　在留期間満了日：2026年10月3日

配属は川口事業所の乗降介助要員を予定しています。
""" + SIG_HIYAMA,
},
# ---------------------------------------------------------------- 041
{
    "id": "kanjasoutei-041",
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "subsidy application for a client to the city: health-insurance card symbol/number and disability certificate grade",
    "charset": "iso-2022-jp",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["南浦市 障害福祉課 <shogai-fukushi@city.minamiura.saitama.lg.jp>"],
    "subject": "福祉タクシー利用券 交付申請の代行について（倉持様）",
    "body": """南浦市役所 障害福祉課
福祉タクシー担当 ご担当者様

いつもお世話になっております。ひので介護タクシーの藤堂です。
ご本人様から委任を受け、福祉タクシー利用券の交付申請書類を代行で作成しております。
申請書の記載内容を事前にご確認いただけますでしょうか。

　申請者氏名　：倉持 史郎（クラモチ シロウ）
　生年月日　　：昭和16年2月17日
　住所　　　　：埼玉県南浦市西川口2丁目9番14号
　身体障害者手帳：2級（下肢機能障害） 交付番号 埼第 41-0088215 号
　健康保険　　：後期高齢者医療被保険者証 被保険者番号 38150774
　　　　　　　　（国保の頃の記号・番号：南浦 記号 0712 番号 1184）
　委任状　　　：原本を 6/20 に窓口へ持参予定

不足があればご指示ください。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 042
{
    "id": "kanjasoutei-042",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "refund request to the payment processor identifying the transaction by masked card (last 4 digits) and slip number only",
    "charset": "utf-8",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["ペイリンク 加盟店サポート <support@paylink-kessai.co.jp>"],
    "subject": "返金（取消）処理のお願い 伝票番号 20417-0611-0093",
    "body": """ペイリンク株式会社 加盟店サポート御中

日の出産業の千葉です。いつもお世話になっております。
下記の取引について、二重計上のため 1 件の取消をお願いいたします。

　加盟店ID　：HN-20417
　取引日　　：2025/06/11
　伝票番号　：20417-0611-0093（取消対象）／ 20417-0611-0092（有効）
　金額　　　：5,920 円
　カード　　：VISA ****-****-****-3318

お客様へは当社から取消の旨をご連絡済みです。
""" + SIG_CHIBA,
},
# ---------------------------------------------------------------- 043
{
    "id": "kanjasoutei-043",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "seminar invitation to MSWs of three different hospitals, all visible in To/Cc",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["安西 由紀子 <anzai.yukiko@kawaguchi-minato-hp.or.jp>",
           "仙波 直人 <senba@saitama-kitakinen.jp>"],
    "cc": ["溝口 遥 <mizoguchi@hatogaya-himawari.or.jp>"],
    "subject": "【ご案内】退院支援と搬送手段を考える勉強会（7/17）",
    "body": """地域連携室・医療相談室の皆様

いつも大変お世話になっております。日の出産業 ひので介護タクシーの三好です。
下記のとおり、MSW の皆様向けの小さな勉強会を企画いたしました。
ご多用中とは存じますが、ぜひご参加ください。

 日時：7月17日(木) 18:30～19:45
 場所：川口市立リリア 会議室 2（オンライン併用）
 内容：①ストレッチャー搬送と民間救急の使い分け
       ②酸素・吸引が必要な方の退院搬送の実際
       ③意見交換
 申込：7/10 までに本メールにご返信ください

どうぞよろしくお願いいたします。
""" + SIG_MIYOSHI,
    "html": """<html><body>
<p>地域連携室・医療相談室の皆様</p>
<p>いつも大変お世話になっております。日の出産業 ひので介護タクシーの三好です。<br>
下記のとおり、MSW の皆様向けの小さな勉強会を企画いたしました。</p>
<ul>
<li><b>日時</b>：7月17日(木) 18:30～19:45</li>
<li><b>場所</b>：川口市立リリア 会議室 2（オンライン併用）</li>
<li><b>内容</b>：ストレッチャー搬送と民間救急の使い分け／酸素・吸引が必要な方の退院搬送の実際／意見交換</li>
<li><b>申込</b>：7/10 までに本メールにご返信ください</li>
</ul>
<p>日の出産業株式会社 営業課 三好 拓海 TEL 048-264-3190</p>
</body></html>""",
},
# ---------------------------------------------------------------- 044
{
    "id": "kanjasoutei-044",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "three-way scheduling mail with a hospital and a care manager (two external organisations); patient by initial only",
    "charset": "iso-2022-jp",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["仙波 直人 <senba@saitama-kitakinen.jp>"],
    "cc": ["宇佐美 千尋 <usami.chihiro@cp-aozora.jp>"],
    "subject": "退院前カンファレンスの日程（3階西 K様）",
    "body": """さいたま北記念病院 仙波様
（cc：ケアプランセンターあおぞら 宇佐美様）

お世話になっております。ひので介護タクシーの藤堂です。
3階西病棟 K様の退院前カンファレンスについて、当社からは私が出席いたします。
候補日のうち、当社は以下が可能です。

　・6/24(火) 14:00～
　・6/25(水) 15:30～
　・6/27(金) 終日

宇佐美様のご都合も伺えればと思います。
会場は病院 2 階の面談室と伺っております。よろしくお願いいたします。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 045
{
    "id": "kanjasoutei-045",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "business-transfer study PDF stamped 極秘 on each page sent to the partner law firm",
    "charset": "iso-2022-jp",
    "sender": "久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>",
    "to": ["白川 透 弁護士 <shirakawa@shirakawa-law.jp>"],
    "subject": "民間救急事業の譲受けに関する検討資料",
    "body": """白川先生

いつもお世話になっております。日の出産業の久我です。
先日ご相談した、民間救急事業者からの事業譲受けについて、社内の検討資料をお送りします。
許認可（患者等搬送事業の認定）の承継可否と、乗務員の雇用承継の論点について
ご意見をいただけますと幸いです。
""" + SIG_KUGA,
    "attachments": [{
        "kind": "pdf", "name": "事業譲受け検討資料_v2.pdf",
        "page_header": "極秘",
        "page_footer": "極秘 — 取締役会限り",
        "title": "民間救急事業 譲受け検討資料",
        "lines": ["民間救急事業 譲受け検討資料（第2版）",
                  "1. 対象事業：患者等搬送事業（消防庁認定）車両 4 台、乗務員 7 名",
                  "2. 想定対価：4,500万円～5,200万円",
                  "3. 論点：認定の承継可否、車両リース契約の名義変更、雇用条件",
                  "4. スケジュール：基本合意 10月、クロージング 2026年1月"],
    }],
},
# ---------------------------------------------------------------- 046
{
    "id": "kanjasoutei-046",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about a 秘密保持契約 draft to the partner law firm; the DOCX uses 秘密情報 as contract terms, no marking or personal data",
    "charset": "utf-8",
    "sender": "久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>",
    "to": ["白川 透 弁護士 <shirakawa@shirakawa-law.jp>"],
    "cc": ["三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>"],
    "subject": "秘密保持契約書（医療法人 翠光会様）のレビューのお願い",
    "body": """白川先生

お世話になっております。久我です。
医療法人 翠光会様と転院搬送の包括契約を検討しており、その前段として
秘密保持契約を締結することになりました。先方ひな形を当社側で修正したものを添付します。
第 5 条（有効期間）と第 8 条（損害賠償）について、当社に不利な点がないかご確認ください。

来週中にご返信いただけますと助かります。
""" + SIG_KUGA,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_翠光会_当社修正案.docx",
        "paragraphs": [
            "秘密保持契約書",
            "医療法人翠光会（以下「甲」という）と日の出産業株式会社（以下「乙」という）は、転院搬送業務の委託の検討（以下「本目的」という）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において「秘密情報」とは、本目的のために相手方から開示された技術上又は営業上の情報をいう。",
            "第5条（有効期間）本契約の有効期間は締結日から2年間とする。",
            "第8条（損害賠償）当事者は、本契約に違反して相手方に損害を与えたときは、直接かつ現実に生じた通常の損害を賠償する。",
        ],
    }],
},
# ---------------------------------------------------------------- 047
{
    "id": "kanjasoutei-047",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the service-record PDF attached for the care manager is corrupt and cannot be read",
    "charset": "cp932",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["栗林 誠 <kuribayashi@hanamizuki-kyotaku.co.jp>"],
    "subject": "6月分 サービス提供実績の送付",
    "body": """はなみずき 栗林様

お世話になっております。藤堂です。
6月分の通院等乗降介助のサービス提供実績を PDF でお送りします。
給付管理のご確認をよろしくお願いいたします。
""" + SIG_TODO,
    "attachments": [{"kind": "corrupt", "name": "サービス提供実績_202506_はなみずき様.pdf"}],
},
# ---------------------------------------------------------------- 048
{
    "id": "kanjasoutei-048",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "service introduction slides (fares, vehicles, booking) to a hospital; no personal data",
    "charset": "iso-2022-jp",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["溝口 遥 <mizoguchi@hatogaya-himawari.or.jp>"],
    "subject": "先日のご説明資料の送付",
    "body": """鳩ヶ谷ひまわり病院
医療相談室 溝口様

先日はお忙しいところお時間をいただき、ありがとうございました。
ご説明に使用した資料をお送りいたします。院内でのご共有にお使いください。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "pptx", "name": "ひので介護タクシー_サービスのご案内.pptx",
        "slides": [
            ["ひので介護タクシーのご案内", "日の出産業株式会社 ヘルスケアモビリティ事業部"],
            ["車両", "ストレッチャー対応車 6 台", "車椅子対応車 18 台", "全車 酸素ボンベホルダー搭載"],
            ["料金の目安", "迎車 500円 ＋ 距離制運賃", "乗降介助 1,000円 ／ 階段介助 1 フロア 1,500円", "ストレッチャー使用料 3,000円"],
            ["ご予約", "配車センター 0120-381-652（7:00～20:00）", "退院搬送は前日 15 時まで"],
        ],
    }],
},
# ---------------------------------------------------------------- 049
{
    "id": "kanjasoutei-049",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three pickups (names and addresses, no condition) to the partner carrier: under five records, may be warned",
    "charset": "utf-8",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車課 <haisha@aoba-unyu.co.jp>"],
    "subject": "明日 6/19 応援 3件のお願い",
    "body": """青葉運輸 配車課 石毛様

お疲れ様です。ひので介護タクシーの出口です。
急で恐縮ですが、明日の午前分 3 件の応援をお願いできますでしょうか。

① 08:45　漆原 健一 様　さいたま市南区大谷口5311-4 → 川口駅東口
② 09:20　相良 芳江 様　川口市芝中田2-41-5 → 蕨駅西口
③ 10:30　饗庭 信也 様　草加市松原2-3-15 → 草加市役所

いずれも普通乗車で介助不要の方です。料金は当日精算でお願いします。
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 050
{
    "id": "kanjasoutei-050",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "driver reports to a family member on free mail a named passenger's vomiting, breathing trouble and ambulance transfer: health data",
    "charset": "iso-2022-jp",
    "sender": "蓮見 勝也 <hasumi.katsuya@hinode-sangyo.co.jp>",
    "to": ["真鍋 様 <manabe-family@yahoo.co.jp>"],
    "subject": "本日の送迎中の件（真鍋 昌平 様）",
    "body": """真鍋様

ひので介護タクシー乗務員の蓮見です。お電話がつながらなかったため、メールで失礼いたします。

本日 10:20 頃、お父様（真鍋 昌平 様）を病院へお送りする途中、車内で嘔吐され、
呼吸が荒く顔色も悪かったため、すぐに車を停めて 119 番通報いたしました。
救急隊の方の話では、誤嚥性肺炎の疑いとのことで、さいたま北記念病院の救急外来へ搬送されています。
持病の心臓のお薬手帳は救急隊の方へお渡ししました。

お手数ですが、病院へご連絡をお願いいたします。
""" + SIG_HASUMI,
},
# ---------------------------------------------------------------- 051
{
    "id": "kanjasoutei-051",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "case-study slides with five named clients, ages and diagnoses sent to an outside lecturer",
    "charset": "utf-8",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["訪問看護ステーションきぼう 塙 <hanawa@houkan-kibou.jp>"],
    "subject": "7/9 事例検討会の資料（ご確認のお願い）",
    "body": """訪問看護ステーションきぼう
塙様

先日は講師をお引き受けいただきありがとうございました。
7/9 の事例検討会で扱う 5 事例のスライドをお送りします。
事前にコメントをいただけますと、当日の進行がスムーズになりますのでよろしくお願いします。
""" + SIG_TODO,
    "attachments": [{
        "kind": "pptx", "name": "事例検討会_0709.pptx",
        "slides": [
            ["乗務員 事例検討会", "2025年7月9日 ひので介護タクシー"],
            ["事例1 雲母 直樹 様（67）", "統合失調症、乗車拒否が続いた時期の対応", "主治医・CMと連携し乗車前に電話で声かけ"],
            ["事例2 帯刀 サチ 様（89）", "末期がん 在宅緩和ケア", "疼痛時の体位、ストレッチャー角度の工夫"],
            ["事例3 上床 英二 様（75）", "糖尿病 右下腿切断", "義足装着時の移乗手順"],
            ["事例4 楠瀬 千鶴 様（84）", "心不全 ペースメーカー", "夏季の車内温度管理と息切れ時の対応"],
            ["事例5 猿渡 イネ 様（91）", "脳出血後遺症 経管栄養", "吸引器の車内配置"],
        ],
    }],
},
# ---------------------------------------------------------------- 052
{
    "id": "kanjasoutei-052",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "fare table (legacy XLS) sent to a hospital's contracting office: a price list",
    "charset": "cp932",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["さいたま北記念病院 用度課 <youdo@saitama-kitakinen.jp>"],
    "subject": "転院搬送 料金表（2025年10月改定）",
    "body": """さいたま北記念病院
用度課 ご担当者様

平素より大変お世話になっております。
10月からの料金改定に伴い、転院搬送の料金表を更新いたしました。
御院の会計システムの都合で .xls 形式をご希望とのことでしたので、旧形式で保存しております。

ご査収のほどよろしくお願いいたします。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "xls", "name": "料金表_202510.xls",
        "sheets": {
            "距離制運賃": [["区分", "初乗り(1.2km)", "加算(255mごと)"],
                           ["車椅子車両", 500, 100], ["ストレッチャー車両", 700, 100]],
            "介助料等": [["項目", "料金"], ["乗降介助", 1000], ["階段介助(1フロア)", 1500],
                         ["ストレッチャー使用", 3000], ["酸素ボンベ持込", 0], ["待機(30分)", 800]],
        },
    }],
},
# ---------------------------------------------------------------- 053
{
    "id": "kanjasoutei-053",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "payroll sheet of 7 drivers (address, salary bank account) in a legacy XLS to the payroll outsourcer",
    "charset": "iso-2022-jp",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["給与計算センター 担当 米倉 <yonekura@kyuyo-daiko.co.jp>"],
    "subject": "6月度 乗務員給与データ",
    "body": """給与計算センター
米倉様

いつもお世話になっております。日の出産業 経理課の千葉です。
6月度の乗務員分の給与データをお送りします。
今月から浜砂さんの振込口座が変更になっていますのでご注意ください。

支給日：7/10
""" + SIG_CHIBA,
    "attachments": [{
        "kind": "xls", "name": "乗務員給与_202506.xls",
        "sheets": {"6月": [
            ["社員番号", "氏名", "住所", "基本給", "乗務手当", "振込銀行", "支店", "口座番号"],
            ["D0104", "古閑 満", "川口市上青木3-12-4", 246000, 38000, "みどり銀行", "川口支店", "普通 2213045"],
            ["D0112", "蓮見 勝也", "川口市東本郷1-22-9", 262000, 45000, "みどり銀行", "鳩ヶ谷支店", "普通 0558712"],
            ["D0118", "宍戸 健吾", "戸田市美女木3-17-1", 228000, 41000, "東都銀行", "戸田公園支店", "普通 3301964"],
            ["D0121", "鰐淵 美智代", "蕨市錦町4-8-2-305", 224000, 36000, "埼玉中央信金", "蕨支店", "普通 0447208"],
            ["D0125", "江戸川 功", "さいたま市南区辻8-21-6", 240000, 40000, "ゆうちょ銀行", "〇一八店", "普通 5821307"],
            ["D0130", "丹治 正樹", "草加市新里町77-5", 236000, 43000, "みどり銀行", "草加支店", "普通 1070526"],
            ["D0134", "浜砂 さやか", "川口市芝中田1-30-3", 214000, 32000, "東都銀行", "川口駅前支店", "普通 6684120"],
        ]},
    }],
},
# ---------------------------------------------------------------- 054
{
    "id": "kanjasoutei-054",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP (CSV + DOCX) of a customer survey with 6 respondents' names, phones and e-mails sent to a research firm",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["みらいリサーチ 分析チーム <analysis@mirai-research.co.jp>"],
    "subject": "利用者満足度アンケート 回答データ（集計ご依頼）",
    "body": """みらいリサーチ株式会社
分析チーム ご担当者様

お世話になっております。日の出産業の三好です。
5～6月に実施した利用者満足度アンケートの回答データを ZIP にまとめてお送りします。
（回答票の原本と、入力済みの CSV です）
クロス集計のご提案を 7 月末までにいただけますと幸いです。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "zip", "name": "アンケート回答_202505-06.zip",
        "files": [
            {"kind": "csv", "name": "回答一覧.csv", "encoding": "utf-8",
             "rows": [["回答No", "氏名", "電話", "メール", "総合満足度", "自由記述"],
                      ["001", "早乙女 利夫", "048-294-6610", "saotome.t@gmail.com", "5", "運転が丁寧"],
                      ["002", "仁科 恵美", "090-3412-8857", "nishina-emi@yahoo.co.jp", "4", "予約の電話がつながりにくい"],
                      ["003", "鮫島 征夫", "048-443-2091", "", "5", ""],
                      ["004", "雨宮 ふさ", "048-222-7146", "amemiya.fusa@icloud.com", "3", "料金がわかりにくい"],
                      ["005", "国府田 康夫", "080-6618-2230", "kouda.yasuo@outlook.jp", "5", "また利用したい"],
                      ["006", "四方田 実", "048-251-9403", "", "4", "迎えの時間が正確"]]},
            {"kind": "docx", "name": "回答票_原本転記.docx",
             "paragraphs": ["利用者満足度アンケート 回答票（転記）"],
             "tables": [[["No", "氏名", "電話"],
                         ["001", "早乙女 利夫", "048-294-6610"],
                         ["002", "仁科 恵美", "090-3412-8857"],
                         ["004", "雨宮 ふさ", "048-222-7146"]]]},
        ],
    }],
},
# ---------------------------------------------------------------- 055
{
    "id": "kanjasoutei-055",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "the hospital's mail listing 6 discharge patients with diagnoses, forwarded as an attached message to the partner carrier",
    "charset": "iso-2022-jp",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["石毛 <ishige@aoba-unyu.co.jp>"],
    "subject": "FW: 来週の退院搬送予定（川口みなと）",
    "body": """石毛様

お疲れ様です。小野寺です。
川口みなと総合病院から届いた来週の退院搬送予定を添付で転送します。
このうち 6/25 と 6/26 の分を青葉さんにお願いしたいと考えています。
車両の空き状況を教えてください。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "eml", "name": "来週の退院搬送予定.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "安西 由紀子 <anzai.yukiko@kawaguchi-minato-hp.or.jp>",
            "to": ["小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>"],
            "subject": "来週の退院搬送予定",
            "body": """ひので介護タクシー 小野寺様

来週の退院搬送の予定です。よろしくお願いします。

6/23 10:00  雨宮 清二   ストレッチャー  肺炎後 酸素1L       家族 090-2215-8403
6/24 13:30  鳴海 フミ   車椅子          腰椎圧迫骨折         家族 048-262-0917
6/25 10:30  土師 政男   ストレッチャー  脳梗塞 胃ろう        家族 080-4471-3362
6/25 14:00  蔀 キヨ子   車椅子          大腿骨骨折術後       家族 048-281-5530
6/26 11:00  乾 勇作     ストレッチャー  末期肺がん 麻薬使用  家族 090-7730-1148
6/27 10:00  国府田 ハナ 車椅子          心不全               家族 048-446-2279

川口みなと総合病院 地域連携室 安西
""",
        },
    }],
},
# ---------------------------------------------------------------- 056
{
    "id": "kanjasoutei-056",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the partner carrier; the 6-person list is only in the quoted original (-----Original Message-----)",
    "charset": "cp932",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["石毛 <ishige@aoba-unyu.co.jp>"],
    "subject": "RE: 6/28 応援可能分のご連絡",
    "body": """石毛様

ご連絡ありがとうございます。出口です。
6 件とも青葉運輸さんでお願いいたします。
配車表は当方で更新済みです。当日はよろしくお願いいたします。

-----Original Message-----
From: 石毛 <ishige@aoba-unyu.co.jp>
Sent: Thursday, June 26, 2025 4:40 PM
To: 出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>
Subject: 6/28 応援可能分のご連絡

出口様

6/28 の応援、以下 6 件対応可能です。

 08:30 石神井 道子 様  川口市本町2-14-3      048-222-4061
 09:00 早乙女 利夫 様  川口市東川口4-8-21    048-294-6610
 09:30 仁科 恵美 様    蕨市錦町1-17-9        090-3412-8857
 10:00 鮫島 征夫 様    戸田市上戸田5-6-2     048-443-2091
 13:00 雨宮 ふさ 様    川口市領家3-22-10     048-222-7146
 14:30 漆原 健一 様    さいたま市南区大谷口5311-4  080-2290-7715

青葉運輸 配車課 石毛
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 057
{
    "id": "kanjasoutei-057",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply to the stretcher maker about delivery; quoted 'On … wrote:' text; no personal data",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["Lars Eriksen <lars.eriksen@nordvik-medical.com>"],
    "cc": ["久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>"],
    "subject": "Re: Quotation Q-NM-25-0377 (NM-420 x 2)",
    "body": """Dear Lars,

Thank you for the quotation. The price is within our budget. Our director will
approve the purchase next week; we would then ask for delivery to our Kawaguchi
office in the second half of October, if possible.

Could you also confirm the warranty period for the hydraulic unit?

Best regards,
Takumi

On Mon, 30 Jun 2025 at 09:12, Lars Eriksen <lars.eriksen@nordvik-medical.com> wrote:
> Dear Mr. Miyoshi,
> Please find attached our quotation Q-NM-25-0377 for two NM-420 units
> (height-adjustable option), EUR 14,800 per unit, DAP Yokohama.
> Lead time is 10-12 weeks from order.
> Kind regards, Lars Eriksen, Nordvik Medical AS
""" + SIG_MIYOSHI_EN,
},
# ---------------------------------------------------------------- 058
{
    "id": "kanjasoutei-058",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "reply whose new text adds a named patient's MRSA carrier status for the receiving hospital (the quoted part is not counted)",
    "charset": "utf-8",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["溝口 遥 <mizoguchi@hatogaya-himawari.or.jp>"],
    "subject": "RE: 転院搬送の時間について",
    "body": """溝口様

ご返信ありがとうございます。7/2 11:00 で確定とさせていただきます。

一点追記です。佐伯 敏郎 様は前院で MRSA 保菌（喀痰）と伺っておりますので、
当日は乗務員がガウン・手袋を着用し、搬送後に車内を消毒いたします。
受入れ病棟の方にもお伝えいただけますと助かります。

小野寺

差出人: 溝口 遥 <mizoguchi@hatogaya-himawari.or.jp>
送信日時: 2025年6月27日 11:05
宛先: 小野寺 真澄
件名: RE: 転院搬送の時間について

小野寺様
受入れは 7/2 の 11 時でお願いできますでしょうか。
鳩ヶ谷ひまわり病院 医療相談室 溝口
""" + SIG_ONODERA,
},
# ---------------------------------------------------------------- 059
{
    "id": "kanjasoutei-059",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of partner hospitals and dialysis clinics (business names, addresses, switchboards) to a care manager: businesses, not people",
    "charset": "iso-2022-jp",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["ケアプランつばき 管理者 <info@careplan-tsubaki.jp>"],
    "subject": "送迎対応エリア・提携医療機関一覧のご送付",
    "body": """ケアプランつばき
管理者様

お世話になっております。日の出産業の三好です。
先日お問い合わせいただいた、当社の送迎対応エリアと提携医療機関の一覧をお送りします。
ケアプラン作成時のご参考にしていただければ幸いです。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "xlsx", "name": "提携医療機関一覧_2025.xlsx",
        "sheets": {
            "医療機関": [
                ["ひので介護タクシー 提携医療機関一覧（2025年6月現在）"],
                ["区分", "名称", "所在地", "代表電話"],
                ["病院", "川口みなと総合病院", "埼玉県川口市港町1-3-1", "048-251-1100"],
                ["病院", "さいたま北記念病院", "埼玉県さいたま市南区北浦2-8-5", "048-862-3300"],
                ["病院", "戸田リハビリテーション病院", "埼玉県戸田市新曽南3-4-20", "048-447-5500"],
                ["病院", "鳩ヶ谷ひまわり病院", "埼玉県川口市鳩ヶ谷本町3-1-9", "048-282-7700"],
                ["透析", "蕨ひかりクリニック", "埼玉県蕨市中央1-22-3", "048-433-1212"],
                ["透析", "草加中央透析センター", "埼玉県草加市氷川町2100-1", "048-922-8080"],
            ],
            "対応エリア": [["市区", "迎車料金"], ["川口市", "500円"], ["蕨市", "500円"], ["戸田市", "500円"],
                           ["さいたま市南区", "800円"], ["草加市", "800円"]],
        },
    }],
},
# ---------------------------------------------------------------- 060
{
    "id": "kanjasoutei-060",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "meal arrangement for the tour to the partner caterer: counts of diet types, no names",
    "charset": "cp932",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["北国フーズ ケータリング課 <catering@kitaguni-foods.co.jp>"],
    "subject": "9/28 昼食弁当のご注文（バリアフリー旅行）",
    "body": """北国フーズ株式会社
ケータリング課 御中

お世話になっております。ひので介護タクシーの藤堂です。
9/28(日) 昼食のお弁当を下記のとおり注文いたします。

　・通常食　　　　　　 11 食
　・刻み食　　　　　　　2 食
　・エネルギー調整食　　1 食（1 食 500kcal 程度）
　・スタッフ用　　　　　4 食
　　合計 18 食

お届け：9/28 11:30　さくらホテル 1階 ロビー
お支払：請求書払い（注文番号 HS-KF-0928）

よろしくお願いいたします。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 061
{
    "id": "kanjasoutei-061",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "pickup request meant for the partner aoba-unyu.co.jp addressed to aoba-unyu.jp (co. dropped)",
    "charset": "iso-2022-jp",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["石毛 <ishige@aoba-unyu.jp>"],
    "subject": "本日夕方 2件 お願いできますか",
    "body": """石毛さん

お疲れ様です、榎本です。
本日夕方の 2 件、うちの車が出払ってしまったのでお願いできますでしょうか。

 ・16:30 国府田 康夫 様 戸田市笹目3-12-18 → 戸田公園駅
 ・17:10 纐纈 典子 様 川口市川口6-2-30 リバーサイド川口812 → 川口駅東口

折り返しお電話ください。
""" + SIG_ENOMOTO,
},
# ---------------------------------------------------------------- 062
{
    "id": "kanjasoutei-062",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "VPN settings for the partner vendor tsubasa-system.jp sent to tsubasa-sytem.jp (a letter dropped)",
    "charset": "utf-8",
    "sender": "長谷部 悟 <hasebe.satoru@hinode-sangyo.co.jp>",
    "to": ["野々山 <nonoyama@tsubasa-sytem.jp>"],
    "subject": "リモート保守用 VPN 接続情報",
    "body": """野々山さん

長谷部です。来週のリモート保守用の接続情報です。

  VPN ゲートウェイ : vpn-kw.hinode-sangyo.co.jp
  接続方式        : IKEv2 / 証明書認証
  保守用アカウント : ts-maint02（証明書は別途お渡しします）
  接続可能時間    : 7/8(火) 21:00～24:00

作業前に配車センター（048-264-3190）へ一報をお願いします。
""" + SIG_HASEBE,
},
# ---------------------------------------------------------------- 063
{
    "id": "kanjasoutei-063",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "a driver's surgery and return-to-work note sent to kaigo-hinode-sangyo.co.jp (hyphen for the dot of kaigo.hinode-sangyo.co.jp): look-alike + health data",
    "charset": "iso-2022-jp",
    "sender": "桧山 佳代 <hiyama.kayo@hinode-sangyo.co.jp>",
    "to": ["久我 宗一郎 <kuga@kaigo-hinode-sangyo.co.jp>"],
    "subject": "蓮見さんの復職について",
    "body": """久我所長

お疲れ様です。人事課の桧山です。
休職中の蓮見 勝也さんについて、主治医の診断書が届きました。

・病名：腰椎椎間板ヘルニア（5/20 手術）
・所見：7/14 から復職可。ただし 1 か月間は重量物の持ち上げ（移乗介助・ストレッチャー操作）を避けること
・通院：月 1 回のリハビリ継続

当面は普通乗車と配車補助を中心にシフトを組んでいただけますでしょうか。
診断書の原本は人事で保管しています。

桧山
""",
},
# ---------------------------------------------------------------- 064
{
    "id": "kanjasoutei-064",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "garage renovation quote with a builder whose name merely resembles ours (hinode-kensetsu.co.jp is a different company, not a typo)",
    "charset": "cp932",
    "sender": "久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>",
    "to": ["日之出建設 工事部 <koji@hinode-kensetsu.co.jp>"],
    "subject": "車庫スロープ改修工事のお見積りについて",
    "body": """日之出建設株式会社
工事部 桑原様

先日は現地調査にお越しいただき、ありがとうございました。日の出産業の久我です。
お見積り（見積番号 HK-2025-118、1,254,000円）を拝見しました。
以下 2 点をご確認いただけますでしょうか。

1. 車庫奥の排水溝の蓋を、車椅子の車輪が落ちない細目グレーチングに変更した場合の差額
2. 工期中（8/18～8/22 想定）、車両 3 台を隣地の月極駐車場へ移す必要があるか

社内稟議にかけますので、来週中にご回答いただけますと幸いです。
""" + SIG_KUGA,
},
# ---------------------------------------------------------------- 065
{
    "id": "kanjasoutei-065",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "driver licence register sent only to internal addresses (own domain and its mail. subdomain)",
    "charset": "utf-8",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["桧山 佳代 <hiyama.kayo@hinode-sangyo.co.jp>"],
    "cc": ["unkou-kanri@mail.hinode-sangyo.co.jp"],
    "subject": "免許証番号台帳（7月更新）",
    "body": """桧山さん

運転者台帳の免許証番号を更新しました。監査用に人事でも控えをお願いします。

氏名　　　　生年月日　　　免許証番号　　　　有効期限
――――――　――――――　――――――――　――――――
古閑 満　　　1961/06/25　 450287730152　　　2027/07/25
蓮見 勝也　　1971/08/14　 451184026317　　　2026/09/14
宍戸 健吾　　1984/01/29　 452003318845　　　2028/02/29
鰐淵 美智代　1976/05/03　 451559207713　　　2027/06/03
江戸川 功　　1966/11/21　 450661094428　　　2026/12/21
丹治 正樹　　1979/09/16　 451770542206　　　2029/10/16

榎本
""",
},
# ---------------------------------------------------------------- 066
{
    "id": "kanjasoutei-066",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 and 個人情報 used in passing ('details by phone'); no personal data in the mail",
    "charset": "iso-2022-jp",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["草刈 美帆 <kusakari.miho@toda-reha.or.jp>"],
    "subject": "Re: 来週の転院搬送のご相談",
    "body": """草刈様

ご相談ありがとうございます。藤堂です。
来週水曜の午後であれば、ストレッチャー車両を 1 台確保できます。

患者様の病状や個人情報については、機密保持の観点からメールではなく
お電話で伺えればと思います。本日 17 時以降にこちらからお電話いたします。

よろしくお願いいたします。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 067
{
    "id": "kanjasoutei-067",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "notice to one care office that the company's 個人情報保護方針 was revised: the word only",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["栗林 誠 <kuribayashi@hanamizuki-kyotaku.co.jp>"],
    "subject": "個人情報保護方針 改定のお知らせ",
    "body": """居宅介護支援事業所はなみずき
栗林様

いつもお世話になっております。日の出産業の三好です。
7月1日付で当社の「個人情報保護方針」および「利用者情報の取扱いについて」を改定いたしました。
主な変更点は、ケアマネジャー様との情報共有の範囲と、乗車記録の保存期間（5年）の明記です。

全文は当社ウェブサイト（https://www.hinode-sangyo.co.jp/privacy/）に掲載しております。
ご利用者様への同意書の様式も更新しておりますので、次回ご契約分から新様式をお使いください。
""" + SIG_MIYOSHI + "\n" + DISC_JA,
},
# ---------------------------------------------------------------- 068
{
    "id": "kanjasoutei-068",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["freemail_recipient"],
    "note": "fare receipt PDF to one family member on iCloud: the addressee's name, amount and the company's T-number only",
    "charset": "utf-8",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["吉良 俊彦 <kira.t@icloud.com>"],
    "subject": "領収書の再発行について",
    "body": """吉良 俊彦 様

日の出産業株式会社 経理課の千葉でございます。
お問い合わせいただいた 5 月分の領収書を再発行いたしましたので、PDF にてお送りします。
原本が必要な場合は郵送いたしますのでお申し付けください。
""" + SIG_CHIBA,
    "attachments": [{
        "kind": "pdf", "name": "領収書_再発行_202505.pdf",
        "lines": ["領 収 書（再発行）", "吉良 俊彦 様",
                  "金額 ￥18,640-（税込）", "但し 介護タクシー運賃・介助料として（5月分 3回）",
                  "日の出産業株式会社 ひので介護タクシー", "登録番号 " + HINODE_T],
    }],
},
# ---------------------------------------------------------------- 069
{
    "id": "kanjasoutei-069",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff escorts' names and mobile numbers to the partner hotel: under five records, may be warned",
    "charset": "iso-2022-jp",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["真壁 <makabe@sakura-hotel.jp>"],
    "subject": "9/27 添乗スタッフの連絡先",
    "body": """真壁様

お世話になっております。三好です。
当日の添乗スタッフ 4 名の連絡先をお知らせします。
現地で何かございましたら、いずれかにお電話ください。

　藤堂 麻衣（責任者）　 090-5512-7730
　蓮見 勝也（乗務員）　 090-4418-2093
　鰐淵 美智代（乗務員） 070-3358-8812
　乙部 穂高（乗務員）　 090-5536-0871

よろしくお願いいたします。
""" + SIG_MIYOSHI,
},
# ---------------------------------------------------------------- 070
{
    "id": "kanjasoutei-070",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three trainees' names and phones to the fire department for a first-aid course: under five records",
    "charset": "cp932",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["南浦市消防本部 救急課 <kyukyu@fd.minamiura.saitama.lg.jp>"],
    "subject": "普通救命講習（8/6）受講申込",
    "body": """南浦市消防本部 救急課 御中

日の出産業株式会社の榎本と申します。
8/6(水) の普通救命講習Ⅰに、当社乗務員 3 名の受講を申し込みます。

　1. 尾ノ上 拓真　　090-7712-3054
　2. 浜砂 さやか　　080-2249-6617
　3. 乙部 穂高　　　090-5536-0871

受講料は不要と伺っております。当日は 8:50 までに本部 3 階講堂へ伺います。
""" + SIG_ENOMOTO,
},
# ---------------------------------------------------------------- 071
{
    "id": "kanjasoutei-071",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five staff's records (date of birth, home address, phone), one block each, sent to a training school: list of five people",
    "charset": "iso-2022-jp",
    "sender": "桧山 佳代 <hiyama.kayo@hinode-sangyo.co.jp>",
    "to": ["かいごアカデミー埼玉 受付 <uketsuke@kaigo-academy.jp>"],
    "subject": "介護職員初任者研修（9月開講）受講申込 5名",
    "body": """かいごアカデミー埼玉
受付ご担当者様

お世話になっております。日の出産業株式会社 人事課の桧山です。
9月開講の介護職員初任者研修（土曜コース）に、当社乗務員 5 名を申し込みます。

■1 宍戸 健吾（シシド ケンゴ）
　生年月日：S59.1.29
　住所：埼玉県戸田市美女木3-17-1
　携帯：090-8812-4406

■2 乙部 穂高（オトベ ホダカ）
　生年月日：H2.2.7
　住所：埼玉県川口市朝日2-5-40
　携帯：090-5536-0871

■3 丹治 正樹（タンジ マサキ）
　生年月日：S54.9.16
　住所：埼玉県草加市新里町77-5
　携帯：080-9904-3312

■4 尾ノ上 拓真（オノウエ タクマ）
　生年月日：H4.3.18
　住所：埼玉県川口市南鳩ヶ谷6-3-14 メゾン鳩ヶ谷102
　携帯：090-7712-3054

■5 浜砂 さやか（ハマスナ サヤカ）
　生年月日：S63.11.2
　住所：埼玉県川口市芝中田1-30-3
　携帯：080-2249-6617

受講料は法人一括でのお支払いを希望します（請求書宛名：日の出産業株式会社）。
""" + SIG_HIYAMA,
},
# ---------------------------------------------------------------- 072
{
    "id": "kanjasoutei-072",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "welfare-taxi voucher usage report to the city: 7 users with disability grades, 和暦 full-width birth dates and addresses",
    "charset": "cp932",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["南浦市 障害福祉課 <shogai-fukushi@city.minamiura.saitama.lg.jp>"],
    "subject": "福祉タクシー利用券 6月分 利用実績報告",
    "body": """南浦市役所 障害福祉課 御中

いつもお世話になっております。ひので介護タクシーの藤堂です。
6月分の福祉タクシー利用券の利用実績をご報告いたします。
請求書は別途郵送いたします。

氏名　　　　　生年月日　　　　　住所　　　　　　　　　　　　　手帳等級　　　　　　利用枚数
－－－－－－　－－－－－－－－　－－－－－－－－－－－－－－　－－－－－－－－－　－－－－
倉持　史郎　　昭和""" + _zen("16") + "年" + _zen("2") + "月" + _zen("17") + """日　南浦市西川口２－９－１４　　　身体２級（下肢）　　　４
猿渡　イネ　　昭和""" + _zen("8") + "年" + _zen("9") + "月" + _zen("5") + """日　　南浦市中央６－１－３３　　　　身体１級（体幹）　　　６
雲母　直樹　　昭和""" + _zen("33") + "年" + _zen("7") + "月" + _zen("22") + """日　南浦市新曽１８４０－２　　　　精神２級　　　　　　　２
設楽　孝之　　昭和""" + _zen("27") + "年" + _zen("4") + "月" + _zen("28") + """日　南浦市鹿手袋４－６－１９　　　身体３級（腎臓）　　　８
上床　英二　　昭和""" + _zen("24") + "年" + _zen("10") + "月" + _zen("30") + """日　南浦市八幡町６１２－３　　　　身体４級（下肢）　　　３
御手洗　文子　昭和""" + _zen("16") + "年" + _zen("6") + "月" + _zen("6") + """日　　南浦市北町１－２０－４　　　　身体１級（視覚）　　　５
阿久津　清治　昭和""" + _zen("19") + "年" + _zen("12") + "月" + _zen("1") + """日　南浦市末広２－１５－９　　　　身体２級（下肢）　　　４

以上、合計 ３２ 枚です。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 073
{
    "id": "kanjasoutei-073",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "business-registration renewal to the city: the company's own 法人番号 and office details only",
    "charset": "iso-2022-jp",
    "sender": "久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>",
    "to": ["南浦市 障害福祉課 <shogai-fukushi@city.minamiura.saitama.lg.jp>"],
    "subject": "福祉タクシー利用券 取扱事業者登録の更新申請",
    "body": """南浦市役所 障害福祉課 御中

日の出産業株式会社の久我でございます。
福祉タクシー利用券の取扱事業者登録（登録番号 南福タ第 0217 号）の更新申請書を提出いたします。

　事業者名　：日の出産業株式会社（ひので介護タクシー）
　法人番号　：""" + HINODE_T[1:] + """
　所在地　　：埼玉県川口市上青木西4-21-7
　車両数　　：車椅子対応 18 台、ストレッチャー対応 6 台
　一般乗用旅客自動車運送事業（福祉輸送事業限定）許可番号：関自旅二第 3318 号

押印済みの原本は 7/10 までに郵送いたします。
""" + SIG_KUGA,
},
# ---------------------------------------------------------------- 074
{
    "id": "kanjasoutei-074",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "monthly invoice PDF to a contracted hospital: invoice number, counts, company bank account and T-number, no patients",
    "charset": "utf-8",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["戸田リハビリテーション病院 経理課 <keiri@toda-reha.or.jp>"],
    "subject": "請求書送付のご案内（INV-2506-0147）",
    "body": """戸田リハビリテーション病院
経理課 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
6月分の転院・退院搬送業務のご請求書をお送りいたします。

　請求書番号：INV-2506-0147
　ご請求金額：￥312,840（税込）
　お支払期日：2025年7月31日
""" + SIG_CHIBA + "\n" + DISC_JA,
    "attachments": [{
        "kind": "pdf", "name": "請求書_INV-2506-0147.pdf",
        "lines": ["御 請 求 書", "戸田リハビリテーション病院 御中", "請求書番号 INV-2506-0147　発行日 2025/06/30",
                  "日の出産業株式会社　登録番号 " + HINODE_T,
                  "振込先：みどり銀行 川口支店 当座 0048213 ヒノデサンギョウ（カ"],
        "table": [["品目", "件数", "金額"],
                  ["退院搬送（ストレッチャー）", "14", "196,000"],
                  ["転院搬送（車椅子）", "9", "72,400"],
                  ["酸素管理加算", "6", "18,000"],
                  ["消費税(10%)", "", "28,440"],
                  ["合計", "", "312,840"]],
    }],
},
# ---------------------------------------------------------------- 075
{
    "id": "kanjasoutei-075",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "English mail with a PDF marked CONFIDENTIAL on every page (pricing strategy) to a foreign partner",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["Wei Ling Ong <weiling.ong@liftride-mobility.com>"],
    "subject": "Pricing model for the joint airport-transfer service",
    "body": """Hi Wei Ling,

As discussed on our call, attached is our internal pricing model for the joint
wheelchair airport-transfer service (Haneda/Narita <-> Saitama). Please treat the
figures carefully; we would like your feedback before the meeting on 15 July.

Cheers,
""" + SIG_MIYOSHI_EN,
    "attachments": [{
        "kind": "pdf", "name": "Pricing_Model_AirportTransfer_v4.pdf",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Confidential - Hinode Sangyo Co., Ltd. - Do not distribute",
        "title": "Confidential pricing model",
        "lines": ["Joint Airport Transfer Service - Pricing Model v4",
                  "Base fare HND-Kawaguchi (wheelchair van): JPY 24,000",
                  "Stretcher surcharge: JPY 9,000  /  Night surcharge (22-5h): 20%",
                  "Target gross margin: 31%  /  Break-even: 46 trips per month",
                  "Revenue share proposal: Hinode 65% / LiftRide 35%"],
    }],
},
# ---------------------------------------------------------------- 076
{
    "id": "kanjasoutei-076",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail itself classified 【取扱注意】 in subject and body header (per-office P&L) sent to the partner carrier",
    "charset": "iso-2022-jp",
    "sender": "久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 取締役 小田切 <odagiri@aoba-unyu.co.jp>"],
    "subject": "【取扱注意】共同運行 収支実績（4-6月）",
    "body": """━━━━━━━━━━━━━━━━━━━━
　取扱注意　／　関係者限り
━━━━━━━━━━━━━━━━━━━━

小田切取締役

お世話になっております。久我です。
共同運行の 4-6 月の収支実績がまとまりましたので共有いたします。

　　　　　　　売上　　　　変動費　　　限界利益
4月　　　　 4,120千円　　2,860千円　　1,260千円
5月　　　　 4,385千円　　2,990千円　　1,395千円
6月　　　　 4,012千円　　2,941千円　　1,071千円

6月は車検 2 台の影響で応援比率が上がり、利益率が低下しています。
7 月の定例会で配分率の見直しをご相談させてください。
""" + SIG_KUGA,
},
# ---------------------------------------------------------------- 077
{
    "id": "kanjasoutei-077",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 mentioned in passing (why a document cannot be sent); nothing marked is attached",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["仙波 直人 <senba@saitama-kitakinen.jp>"],
    "subject": "Re: 搬送時のマニュアルについて",
    "body": """仙波様

お問い合わせありがとうございます。三好です。
ご依頼の乗務員向け搬送マニュアルですが、社内規程上「社外秘」の扱いとなっており、
そのままお渡しすることができません。申し訳ございません。

代わりに、病棟でご準備いただきたい点（車椅子の持込可否、酸素の切替タイミング、
お荷物の量など）を 1 枚にまとめたご案内を作成中です。来週お持ちいたします。
""" + SIG_MIYOSHI,
},
# ---------------------------------------------------------------- 078
{
    "id": "kanjasoutei-078",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "document stamped 社外秘 sent only to internal recipients",
    "charset": "iso-2022-jp",
    "sender": "久我 宗一郎 <kuga.soichiro@hinode-sangyo.co.jp>",
    "to": ["keiei-kaigi@hinode-sangyo.co.jp"],
    "subject": "【社外秘】7月経営会議資料（ヘルスケアモビリティ事業部）",
    "body": """経営会議メンバー各位

7月経営会議の事業部資料を送付します。
社外秘のため、社外への転送・持ち出しはご遠慮ください。

久我
""",
    "attachments": [{
        "kind": "docx", "name": "経営会議資料_HM事業部_202507.docx",
        "page_header": "社外秘",
        "paragraphs": ["ヘルスケアモビリティ事業部 月次報告（6月）",
                       "売上 2,318万円（予算比 96%）、営業利益 142万円",
                       "課題：乗務員の採用（欠員 3）、ストレッチャー車両の稼働率 92%"],
    }],
},
# ---------------------------------------------------------------- 079
{
    "id": "kanjasoutei-079",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF of transport records to a hospital: cannot be inspected",
    "charset": "cp932",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["草刈 美帆 <kusakari.miho@toda-reha.or.jp>"],
    "subject": "6/12 搬送記録の送付",
    "body": """草刈様

お世話になっております。小野寺です。
6/12 に実施した搬送の記録（バイタル記録含む）を PDF でお送りします。
パスワードは前回と同じものを設定しております。
""" + SIG_ONODERA,
    "attachments": [{
        "kind": "pdf", "name": "搬送記録_20250612.pdf", "password": "toda-hn-06",
        "lines": ["搬送記録 2025/06/12", "患者：巌 昌平 様", "出発時 SpO2 94%（酸素 2L）", "到着時 SpO2 95%"],
    }],
},
# ---------------------------------------------------------------- 080
{
    "id": "kanjasoutei-080",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the ZIP of transport request forms is corrupt and cannot be opened",
    "charset": "iso-2022-jp",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["奥寺 慎吾 <okudera@shibakawanosato.or.jp>"],
    "subject": "搬送依頼書一式（7月分）",
    "body": """芝川の郷 奥寺様

お世話になっております。出口です。
7月分の搬送依頼書一式を ZIP でお送りします。
ご署名のうえ、FAX でご返送いただけますと幸いです。
""" + SIG_DEGUCHI,
    "attachments": [{"kind": "corrupt", "name": "搬送依頼書一式_202507.zip"}],
},
# ---------------------------------------------------------------- 081
{
    "id": "kanjasoutei-081",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain (unencrypted) ZIP of a leaflet PDF and a fare sheet to the municipal community care centre; no personal data",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["南浦市北地域包括支援センター <houkatsu-kita@city.minamiura.saitama.lg.jp>"],
    "subject": "窓口設置用 チラシデータのご送付",
    "body": """南浦市北地域包括支援センター
ご担当者様

先日はチラシの設置をご快諾いただき、ありがとうございました。
窓口に置いていただくチラシと料金の早見表のデータを ZIP にまとめてお送りします。
印刷版は来週 50 部ほどお届けに上がります。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "zip", "name": "ひので介護タクシー_チラシ一式.zip",
        "files": [
            {"kind": "pdf", "name": "チラシ_A4.pdf",
             "lines": ["通院・退院・お出かけに ひので介護タクシー", "車椅子のまま乗れます／ストレッチャー対応",
                       "ご予約 0120-381-652（7:00～20:00）"]},
            {"kind": "xlsx", "name": "料金早見表.xlsx",
             "sheets": {"早見表": [["距離", "車椅子車両", "ストレッチャー車両"],
                                    ["3km", "1,400円", "1,600円"], ["5km", "2,200円", "2,400円"],
                                    ["10km", "4,200円", "4,400円"]]}},
        ],
    }],
},
# ---------------------------------------------------------------- 082
{
    "id": "kanjasoutei-082",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "maintenance scheduling with the partner 川崎電機, bilingual standard disclaimers at the end",
    "charset": "iso-2022-jp",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 サービス部 <service@kawasaki-denki.co.jp>"],
    "subject": "車椅子リフト 定期点検の日程について",
    "body": """川崎電機株式会社
サービス部 御中

いつもお世話になっております。日の出産業の榎本です。
福祉車両の車椅子リフト（KD-LF300 型、6 台）の年次点検について、
下記の日程でお願いできますでしょうか。

　第1候補：7/22(火) 9:00～17:00
　第2候補：7/24(木) 9:00～17:00
　場所　　：当社 川口事業所 車庫

当日は 3 台ずつ入れ替えで点検いただく形を想定しています。
""" + SIG_ENOMOTO + "\n" + DISC_JA + "\n" + DISC_EN,
},
# ---------------------------------------------------------------- 083
{
    "id": "kanjasoutei-083",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "parts order with product codes and order numbers to the partner 川崎電機",
    "charset": "cp932",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["川崎電機 部品センター <parts@kawasaki-denki.co.jp>"],
    "subject": "部品注文（注文番号 HS-P-250703）",
    "body": """川崎電機 部品センター御中

日の出産業 榎本です。下記部品を注文いたします。

品番            品名                          数量  単価
--------------  ----------------------------  ----  --------
KD-LF300-17B    リフト昇降スイッチ（有線）      2   4,800
KD-LF300-22     プラットフォーム滑り止めマット  3   6,200
KD-WB-04        車椅子固定ベルト（後部用）      8   3,150

納品先：〒333-0844 埼玉県川口市上青木西4-21-7 日の出産業(株) 車庫
希望納期：7/11(金)
請求書は経理課 千葉宛にお送りください。
""" + SIG_ENOMOTO,
},
# ---------------------------------------------------------------- 084
{
    "id": "kanjasoutei-084",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "tracking number for a returned rental wheelchair to one family on a carrier address",
    "charset": "utf-8",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["伊集院 様 <ijuin.michiko@ezweb.ne.jp>"],
    "subject": "貸出車椅子の返却について",
    "body": """伊集院 様

ひので介護タクシーの出口でございます。
貸出車椅子のご返却の件、集荷の手配が完了いたしました。

　集荷日時：7月5日(土) 午前中
　配送会社：青葉運輸（宅配便）
　お問合せ番号：4471-2290-3386

梱包は不要です。ドライバーがそのままお預かりします。
ご利用いただき、ありがとうございました。
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 085
{
    "id": "kanjasoutei-085",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "three-way mail with the partner carrier and the insurer about coverage of joint operation (two external organisations)",
    "charset": "iso-2022-jp",
    "sender": "大曽根 剛 <osone.tsuyoshi@hinode-sangyo.co.jp>",
    "to": ["小田切 <odagiri@aoba-unyu.co.jp>"],
    "cc": ["鶴見 <tsurumi.k@towa-sonpo.co.jp>"],
    "subject": "共同運行時の保険適用範囲について（打合せのお願い）",
    "body": """青葉運輸 小田切様
（cc：東和損害保険 鶴見様）

お世話になっております。日の出産業の大曽根です。
共同運行中に青葉運輸さんの車両で当社の利用者をお乗せする場合の、
対人・対物賠償と搭乗者傷害の適用範囲を三者で確認させていただきたく存じます。

7/15(火) か 7/16(水) の午後で、1 時間ほどお時間をいただけますでしょうか。
場所は当社川口事業所、またはオンラインでも構いません。
""" + SIG_OSONE,
},
# ---------------------------------------------------------------- 086
{
    "id": "kanjasoutei-086",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
    "note": "three external organisations in To/Cc see each other, and the mail names a patient with ALS and ventilator use",
    "charset": "utf-8",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["仙波 直人 <senba@saitama-kitakinen.jp>",
           "宇佐美 千尋 <usami.chihiro@cp-aozora.jp>"],
    "cc": ["塙 <hanawa@houkan-kibou.jp>"],
    "subject": "鬼頭様 退院時搬送の段取りについて（関係者各位）",
    "body": """関係者各位

ひので介護タクシーの藤堂です。
7/4(金) の鬼頭 寛 様のご退院について、搬送の段取りを共有いたします。

・ALS のため人工呼吸器（TPPV）装着、搬送中は訪問看護師さんに同乗いただく
・吸引器・予備バッテリーは病院から借用、帰宅後に訪問看護さんへ引き継ぎ
・ご自宅はマンション 3 階（エレベーターあり）、ストレッチャーで直接ベッドまで

出発 13:00、到着 13:40 予定です。ご不明点があればご連絡ください。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 087
{
    "id": "kanjasoutei-087",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "English announcement to three foreign travel agencies, all in To: should have been Bcc",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["Rachel Tan <rachel.tan@pacific-caretravel.com>",
           "bookings@accessible-japan-tours.com",
           "Mark Davies <mark@easyroll-holidays.co.uk>"],
    "subject": "New: wheelchair-accessible day tours from Tokyo (autumn 2025)",
    "body": """Dear partners,

We are pleased to announce our new wheelchair-accessible day tours from central Tokyo,
starting 1 October 2025:

  - Kawagoe "Little Edo" old town (7 hours)
  - Nikko shrines, accessible route (10 hours)
  - Chichibu autumn leaves (9 hours)

All tours use our ramp-equipped vans with a trained care driver; a stretcher vehicle
is available on request. Net rates for agents are in the attached rate card
(to follow next week).

We look forward to working with you.

""" + SIG_MIYOSHI_EN,
},
# ---------------------------------------------------------------- 088
{
    "id": "kanjasoutei-088",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "HTML-only daily dispatch table with patients' conditions, sent to internal addresses only",
    "charset": "utf-8",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["haisha-all@mail.hinode-sangyo.co.jp"],
    "cc": ["榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>"],
    "subject": "明日 7/1(火) 配車表",
    "html": """<html><body>
<p>乗務員各位　明日の配車表です。酸素・吸引の方は出発前にボンベ残量を確認してください。</p>
<table border="1" cellpadding="2">
<tr><th>車両</th><th>時刻</th><th>氏名</th><th>お迎え</th><th>電話</th><th>注意</th></tr>
<tr><td>1号</td><td>07:50</td><td>猪狩 重雄</td><td>川口市芝新町12-8</td><td>048-265-7719</td><td>透析</td></tr>
<tr><td>1号</td><td>09:30</td><td>東海林 ミツ</td><td>川口市安行領家455-3</td><td>048-296-1182</td><td>右片麻痺</td></tr>
<tr><td>2号</td><td>08:20</td><td>設楽 孝之</td><td>さいたま市南区鹿手袋4-6-19</td><td>080-2276-5813</td><td>透析</td></tr>
<tr><td>2号</td><td>10:40</td><td>楠瀬 千鶴</td><td>川口市戸塚3-21-6</td><td>048-295-3047</td><td>ペースメーカー</td></tr>
<tr><td>3号</td><td>08:00</td><td>鬼頭 寛</td><td>戸田市上戸田3-5-9</td><td>080-7745-0392</td><td>人工呼吸器 看護師同乗</td></tr>
<tr><td>3号</td><td>13:00</td><td>帯刀 サチ</td><td>川口市並木4-2-8</td><td>048-251-7762</td><td>緩和ケア</td></tr>
<tr><td>5号</td><td>09:00</td><td>御手洗 文子</td><td>蕨市北町1-20-4</td><td>048-443-7261</td><td>全盲 声かけ</td></tr>
<tr><td>5号</td><td>11:15</td><td>雲母 直樹</td><td>戸田市新曽1840-2</td><td>090-8834-1120</td><td>精神科外来</td></tr>
<tr><td>6号</td><td>08:40</td><td>猿渡 イネ</td><td>蕨市中央6-1-33</td><td>048-441-2298</td><td>経管栄養 吸引</td></tr>
<tr><td>6号</td><td>14:00</td><td>上床 英二</td><td>草加市八幡町612-3</td><td>070-1187-4429</td><td>右下腿切断</td></tr>
</table>
<p>配車センター 小野寺</p>
</body></html>""",
},
# ---------------------------------------------------------------- 089
{
    "id": "kanjasoutei-089",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "regular customers' list (6 people, phone, address) sent to a new driver's private gmail",
    "charset": "iso-2022-jp",
    "sender": "蓮見 勝也 <hasumi.katsuya@hinode-sangyo.co.jp>",
    "to": ["尾ノ上 <onoue.takuma92@gmail.com>"],
    "subject": "担当のお客さん（覚えておいて）",
    "body": """尾ノ上くん

お疲れ。来週から担当してもらう定期のお客さんです。
会社のスマホがまだ来ていないので、とりあえずこっちに送っておきます。

・石神井 道子 様　川口市本町2-14-3　048-222-4061（玄関の段差 2 段）
・早乙女 利夫 様　川口市東川口4-8-21　048-294-6610（奥様が付き添い）
・仁科 恵美 様　蕨市錦町1-17-9 サンハイツ錦町305　090-3412-8857
・鮫島 征夫 様　戸田市上戸田5-6-2　048-443-2091（犬がいる）
・雨宮 ふさ 様　川口市領家3-22-10　048-222-7146
・漆原 健一 様　さいたま市南区大谷口5311-4　080-2290-7715

わからないことがあれば電話して。

蓮見
""",
},
# ---------------------------------------------------------------- 090
{
    "id": "kanjasoutei-090",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 6 drivers (date of birth, home address, mobile) sent to the partner carrier for joint-operation registration",
    "charset": "cp932",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全管理室 <anzen@aoba-unyu.co.jp>"],
    "subject": "共同運行 乗務員登録名簿（当社分）",
    "body": """青葉運輸 安全管理室 御中

お世話になっております。日の出産業 運行管理者の榎本です。
共同運行の乗務員登録に必要な当社乗務員の名簿を Word でお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_ENOMOTO,
    "attachments": [{
        "kind": "docx", "name": "乗務員登録名簿_日の出産業.docx",
        "paragraphs": ["共同運行 乗務員登録名簿", "事業者名：日の出産業株式会社（ひので介護タクシー）"],
        "tables": [[
            ["氏名", "生年月日", "住所", "携帯電話", "入社日"],
            ["古閑 満", "昭和36年6月25日", "川口市上青木3-12-4", "090-2231-0648", "2014/04/01"],
            ["蓮見 勝也", "昭和46年8月14日", "川口市東本郷1-22-9", "090-4418-2093", "2016/10/01"],
            ["宍戸 健吾", "昭和59年1月29日", "戸田市美女木3-17-1", "090-8812-4406", "2019/06/01"],
            ["鰐淵 美智代", "昭和51年5月3日", "蕨市錦町4-8-2-305", "070-3358-8812", "2020/02/01"],
            ["江戸川 功", "昭和41年11月21日", "さいたま市南区辻8-21-6", "080-1193-7725", "2018/09/01"],
            ["丹治 正樹", "昭和54年9月16日", "草加市新里町77-5", "080-9904-3312", "2021/04/01"],
        ]],
    }],
},
# ---------------------------------------------------------------- 091
{
    "id": "kanjasoutei-091",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF transport log of 8 named patients with medical procedures (suction, oxygen, gastrostomy) sent to the hospital",
    "charset": "iso-2022-jp",
    "sender": "千葉 奈緒子 <chiba.naoko@hinode-sangyo.co.jp>",
    "to": ["戸田リハビリテーション病院 経理課 <keiri@toda-reha.or.jp>"],
    "subject": "請求明細（INV-2506-0147）の内訳について",
    "body": """戸田リハビリテーション病院 経理課 御中

お世話になっております。日の出産業 経理課の千葉です。
先日お送りした請求書（INV-2506-0147）について、患者様ごとの内訳をご希望とのことでしたので、
明細を PDF でお送りいたします。
""" + SIG_CHIBA,
    "attachments": [{
        "kind": "pdf", "name": "請求内訳_INV-2506-0147.pdf",
        "lines": ["請求内訳（2025年6月分）戸田リハビリテーション病院 御中"],
        "table": [["日付", "患者氏名", "区間", "形態", "医療処置", "金額"],
                  ["6/02", "鴨志田 節子", "病院→芝川の郷", "ストレッチャー", "吸引", "14,000"],
                  ["6/05", "日比野 豊", "病院→自宅(戸田市)", "車椅子", "なし", "7,800"],
                  ["6/09", "舟橋 キミ", "自宅→病院", "ストレッチャー", "酸素2L", "17,000"],
                  ["6/12", "巌 昌平", "病院→自宅(さいたま市)", "ストレッチャー", "胃ろう・酸素", "17,000"],
                  ["6/16", "新発田 和子", "病院→自宅(川口市)", "ストレッチャー", "褥瘡処置", "14,000"],
                  ["6/19", "鳴海 フミ", "病院→自宅(川口市)", "車椅子", "なし", "8,200"],
                  ["6/24", "土師 政男", "病院→川口みなと", "ストレッチャー", "胃ろう", "14,000"],
                  ["6/27", "乾 勇作", "病院→自宅(草加市)", "ストレッチャー", "麻薬管理(がん)", "17,000"]],
    }],
},
# ---------------------------------------------------------------- 092
{
    "id": "kanjasoutei-092",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "quarterly statistics PDF (counts by month and type, no names) to a contracted hospital",
    "charset": "utf-8",
    "sender": "三好 拓海 <miyoshi.takumi@hinode-sangyo.co.jp>",
    "to": ["草刈 美帆 <kusakari.miho@toda-reha.or.jp>"],
    "subject": "4-6月 搬送実績サマリーのご報告",
    "body": """草刈様

いつもご利用いただきありがとうございます。三好です。
4-6 月の搬送実績を集計しましたので、サマリーをお送りします。
6 月はストレッチャー搬送が増えており、前日 15 時までのご予約にご協力いただけますと助かります。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "pdf", "name": "搬送実績サマリー_2025Q1.pdf",
        "lines": ["戸田リハビリテーション病院様 搬送実績サマリー（2025年4-6月）"],
        "table": [["月", "退院搬送", "転院搬送", "うちストレッチャー", "うち酸素管理"],
                  ["4月", "11", "5", "9", "3"], ["5月", "13", "6", "10", "4"], ["6月", "15", "8", "14", "6"],
                  ["計", "39", "19", "33", "13"]],
    }],
},
# ---------------------------------------------------------------- 093
{
    "id": "kanjasoutei-093",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "notice of a change of assigned driver with the driver's business mobile: one business contact",
    "charset": "cp932",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["塙 <hanawa@houkan-kibou.jp>"],
    "subject": "担当乗務員変更のお知らせ",
    "body": """訪問看護ステーションきぼう
塙様

いつもお世話になっております。ひので介護タクシーの出口です。
7月より、火曜・木曜の定期便の担当乗務員が変更になります。

　新担当：乙部 穂高（業務用携帯 090-5536-0871）

当日の到着連絡などは、引き続き配車センター経由でも承ります。
今後ともよろしくお願いいたします。
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 094
{
    "id": "kanjasoutei-094",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "psychiatric admission transport for one named patient (schizophrenia, agitation) with home address, to the hospital",
    "charset": "cp932",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["仙波 直人 <senba@saitama-kitakinen.jp>"],
    "subject": "6/30 医療保護入院に伴う搬送の件",
    "body": """仙波様

お世話になっております。小野寺です。
6/30(月) の搬送について、お電話で伺った内容を確認のためお送りします。

　対象者：雲母 直樹 様（67歳）
　お迎え：戸田市新曽1840-2 ご自宅（ご家族 2 名同乗）
　病名等：統合失調症。服薬中断により 6 月中旬から興奮状態が続いている
　入院形態：医療保護入院（精神保健指定医の診察後）
　注意点：大きな声や急な接触で興奮しやすい。乗務員は男性 2 名で対応

到着は 10:00 頃、精神科外来の裏口をご案内いただけますでしょうか。
""" + SIG_ONODERA,
},
# ---------------------------------------------------------------- 095
{
    "id": "kanjasoutei-095",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named patient's religious refusal of blood transfusion and heart condition sent to the receiving hospital",
    "charset": "utf-8",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["県央ハートセンター 地域連携室 <renkei@kenou-heart.or.jp>"],
    "subject": "7/7 転院搬送の申し送り（若狭様）",
    "body": """県央ハートセンター 地域連携室 御中

ひので介護タクシーの藤堂でございます。
7/7(月) に蕨ひかりクリニックから御院へ転院される若狭 久美子 様について、
ご家族から伝えてほしいと言われた事項を申し送りいたします。

・ご本人は信仰上の理由（エホバの証人）により輸血を希望されません。
  意思表示カードを携行されています。
・大動脈弁狭窄症で手術予定と伺っています。搬送中はモニター装着のうえ安静を保ちます。

到着予定は 11:20 です。よろしくお願いいたします。
""" + SIG_TODO,
},
# ---------------------------------------------------------------- 096
{
    "id": "kanjasoutei-096",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "report that a named woman, a domestic-violence victim with injuries, was transported to a shelter: crime victim + health data",
    "charset": "iso-2022-jp",
    "sender": "小野寺 真澄 <onodera.masumi@hinode-sangyo.co.jp>",
    "to": ["南浦市 女性相談窓口 <josei-soudan@city.minamiura.saitama.lg.jp>"],
    "subject": "本日の移送完了のご報告",
    "body": """南浦市 女性相談窓口
相談員 鷹野様

ひので介護タクシーの小野寺です。
本日ご依頼いただいた移送について、完了のご報告をいたします。

　対象者：仁平 美沙 様（34歳）とお子様 1 名
　経過　：配偶者からの暴力（DV）による左腕の骨折でギプス固定中のため、車椅子で移送
　　　　　13:40 病院出発 → 14:25 一時保護施設に到着、職員の方へ引き継ぎ
　その他：移送中、配偶者と思われる車両の追尾はありませんでした

移送先の所在は社内でも配車記録から削除済みです。
""" + SIG_ONODERA,
},
# ---------------------------------------------------------------- 097
{
    "id": "kanjasoutei-097",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forward of a hospital's public visiting-restriction notice (attached mail + HTML notice) to a care manager; no personal data",
    "charset": "utf-8",
    "sender": "藤堂 麻衣 <todo.mai@hinode-sangyo.co.jp>",
    "to": ["宇佐美 千尋 <usami.chihiro@cp-aozora.jp>"],
    "subject": "FW: 【お知らせ】面会制限および送迎車両の乗入れについて",
    "body": """宇佐美様

お世話になっております。藤堂です。
川口みなと総合病院から、送迎車両の乗入れルール変更の案内が届きましたので転送します。
7/1 から正面玄関ではなく東側の車寄せに変わるそうです。ご利用者様へのご説明にお使いください。
""" + SIG_TODO,
    "attachments": [{
        "kind": "eml", "name": "面会制限および送迎車両の乗入れについて.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "川口みなと総合病院 総務課 <soumu@kawaguchi-minato-hp.or.jp>",
            "to": ["取引事業者各位 <undisclosed-recipients@kawaguchi-minato-hp.or.jp>"],
            "subject": "【お知らせ】面会制限および送迎車両の乗入れについて",
            "body": """関係事業者各位

感染症の流行状況を踏まえ、7月1日より以下のとおり運用を変更いたします。
1. 面会は 1 日 1 回 15 分、2 名まで
2. 介護タクシー・送迎車両は東側車寄せをご利用ください（正面玄関は救急車両専用）

川口みなと総合病院 総務課
""",
            "attachments": [{"kind": "html", "name": "notice_0701.html",
                             "html": "<html><body><h1>送迎車両 乗入れ位置の変更</h1><p>7月1日より東側車寄せをご利用ください。</p></body></html>"}],
        },
    }],
},
# ---------------------------------------------------------------- 098
{
    "id": "kanjasoutei-098",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forward (転送) of a care manager's list of 5 clients with care levels and conditions to the partner carrier: new text to them",
    "charset": "iso-2022-jp",
    "sender": "出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>",
    "to": ["石毛 <ishige@aoba-unyu.co.jp>"],
    "subject": "転送: 8月からの新規ご利用者（はなみずき）",
    "body": """石毛様

お疲れ様です。出口です。
はなみずきの栗林さんから新規の方のご連絡がありました。
8月から火曜の午前便を青葉さんに回したいので、下記ご確認ください。

---------- 転送メッセージ ----------
From: 栗林 誠 <kuribayashi@hanamizuki-kyotaku.co.jp>
Date: 2025/07/18 15:02
Subject: 8月からの新規ご利用者
To: 出口 玲奈 <deguchi.rena@hinode-sangyo.co.jp>

出口さん
8月から以下の 5 名の通院をお願いしたいです。

氏名,住所,電話,要介護度,状態
早乙女 キク,川口市東川口4-8-21,048-294-6610,要介護3,脳梗塞後 左片麻痺
饗庭 トモ,草加市松原2-3-15,048-936-2271,要介護2,変形性膝関節症
四方田 実,川口市柳崎1-26-7,048-251-9403,要介護4,パーキンソン病
乾 よし江,蕨市北町3-4-16,048-441-5582,要介護1,軽度認知症
鳴海 昭一,さいたま市南区文蔵2-30-8,048-862-7719,要介護3,慢性腎不全（透析）

はなみずき 栗林
""" + SIG_DEGUCHI,
},
# ---------------------------------------------------------------- 099
{
    "id": "kanjasoutei-099",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "five pickups given by initials, age, town and stretcher/oxygen needs only: identifiability is debatable",
    "charset": "cp932",
    "sender": "榎本 亜紀 <enomoto.aki@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 配車課 <haisha@aoba-unyu.co.jp>"],
    "subject": "7/26(土) 応援 5件（概要）",
    "body": """青葉運輸 配車課 御中

お疲れ様です。榎本です。
7/26 の応援分の概要です。詳細（お名前・ご住所）は前日にお電話でお伝えします。

 1) 08:30  K.S 様  84歳  川口市本町      ストレッチャー  酸素2L
 2) 09:15  T.N 様  91歳  蕨市錦町        車椅子          透析
 3) 10:00  H.M 様  77歳  戸田市新曽      ストレッチャー  吸引あり
 4) 13:30  A.I 様  88歳  川口市芝        車椅子          認知症
 5) 14:45  Y.U 様  69歳  草加市谷塚町    車椅子          片麻痺

車両の種別だけ先に押さえていただけますと助かります。
""" + SIG_ENOMOTO,
},
# ---------------------------------------------------------------- 100
{
    "id": "kanjasoutei-100",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "question to the partner vendor about a '機密区分' field in the dispatch system: the word only, no data, no marking",
    "charset": "iso-2022-jp",
    "sender": "長谷部 悟 <hasebe.satoru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "[問合せ] 利用者メモの「機密区分」設定について",
    "body": """ツバサシステム サポートご担当者様

日の出産業の長谷部です。いつもお世話になっております。
配車ボードの利用者メモにある「機密区分」の設定についてお伺いします。

1. 機密区分を「高」にしたメモを、乗務員用タブレットでは非表示にできますか。
2. 区分の変更履歴（誰がいつ変更したか）はどこで確認できますか。
3. 既存メモの区分を一括で変更する方法はありますか。

個人情報の取扱いルール見直しの一環で確認しております。
マニュアルの該当ページをご教示いただければ幸いです。
""" + SIG_HASEBE,
},
]
