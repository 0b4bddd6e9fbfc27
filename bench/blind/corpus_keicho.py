"""Blind corpus, area keicho (慶弔): condolences and congratulations as 日の出産業's 総務部・人事部・秘書室
handle them — 訃報 notices to staff and partners, 供花・弔電 orders to florists and telegram services,
funeral-hall and caterer arrangements for 社葬 and お別れの会, 香典返し and 内祝い deliveries, wedding and
birth gifts, the 共済会 慶弔見舞金・弔慰金・出産祝金 payouts they trigger (with the payroll outsourcer,
社労士, 税理士, 健康保険組合 and insurer), plus ordinary general-affairs mail (invoices, stationery,
holiday notices, drills) — in Japanese and some English, stop and pass mixed."""

from build import card_number, my_number

SEED = 63201


def _z(s: str) -> str:
    """ASCII digits and hyphens → full-width, as some staff type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _sp(s: str, every: int = 4) -> str:
    return " ".join(s[i:i + every] for i in range(0, len(s), every))


SIG_KAMAYACHI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　総務部 総務課
釜萢 由紀子（かまやち ゆきこ）
〒141-0032 東京都品川区大崎三丁目7番12号 日の出ビル5F
TEL 03-5437-2210（直通）　FAX 03-5437-2219
kamayachi.yukiko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_AIMONO = """
--
日の出産業株式会社
人事部 労務グループ　四十物 拓真（Aimono Takuma）
〒141-0032 東京都品川区大崎3-7-12
TEL: 03-5437-2231 / 内線 2231
Mail: aimono.takuma@hinode-sangyo.co.jp"""

SIG_TSUYURI = """
------------------------------
日の出産業(株) 総務部 庶務チーム
栗花落（つゆり）さやか
内線 2205 ／ 外線 03-5437-2205
------------------------------"""

SIG_SHOJI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社 経理部 出納課
東海林 剛　Tsuyoshi Shoji
〒141-0032 東京都品川区大崎三丁目7番12号
TEL 03-5437-2250 ／ FAX 03-5437-2259
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_IOKIBE = """
■□■□■□■□■□■□■□■□■□■□
日の出産業株式会社
人事部 福利厚生担当（日の出産業共済会 事務局）
五百旗頭 亮（いおきべ りょう）
TEL 03-5437-2238　携帯 080-4127-9935（業務用）
iokibe-r@hinode-sangyo.co.jp
■□■□■□■□■□■□■□■□■□■□"""

SIG_DOMEKI = """
日の出産業株式会社 秘書室
百目鬼 千尋
〒141-0032 東京都品川区大崎3-7-12 日の出ビル8F
Tel. 03-5437-2201"""

SIG_SOGO = """
Best regards,

Mariko Sogo (十河 真理子)
Overseas Business Dept.
Hinode Sangyo Co., Ltd.
3-7-12 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Tel: +81-3-5437-2277"""

SIG_TONERI = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
日の出産業株式会社 大阪支社 総務課
舎人 健吾（とねり けんご）
〒530-0012 大阪府大阪市北区芝田二丁目4番9号
TEL 06-6372-4410
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/"""

SIG_KOKETSU = """
==================================
日の出産業株式会社 名古屋支店 管理課
纐纈 美穂　Miho Koketsu
〒450-0002 愛知県名古屋市中村区名駅四丁目15番3号
TEL 052-581-6620 FAX 052-581-6629
=================================="""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------- 001-020

MESSAGES += [
    {
        "id": "keicho-001",
        "charset": "iso-2022-jp",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["丸高ギフト 法人営業部 <houjin@gift-marutaka.co.jp>"],
        "subject": "【発送依頼】故 蓮實相談役 お別れの会 御礼品（OB様ご自宅宛）",
        "body": """丸高ギフト株式会社
法人営業部 小宮山様

いつも大変お世話になっております。日の出産業の釜萢でございます。
先日お見積りいただきました「お別れの会」御礼品（カタログギフト 5,500円コース）につきまして、
弊社OBの皆様のご自宅宛に直送をお願いしたく、送付先をお送りいたします。

のし：志（黒白結び切り）／表書き下：日の出産業株式会社
発送希望日：10月3日（土）着

No  氏名            〒        住所                                     電話
--  --------------  --------  ---------------------------------------  -------------
1   轟 正和         359-1116  埼玉県所沢市東町14-3                     04-2921-5530
2   仁平 久美子     261-0004  千葉県千葉市美浜区高洲2-8-11-402         043-277-1948
3   生天目 勇       310-0851  茨城県水戸市千波町1182-5                 029-241-6607
4   帷子 ゆかり     230-0051  神奈川県横浜市鶴見区鶴見中央3-19-6       045-503-2281
5   阿久澤 哲也     371-0024  群馬県前橋市表町1-22-4 ﾗｲｵﾝｽﾞ前橋305       027-223-0459
6   新発田 和代     950-0087  新潟県新潟市中央区東大通2-5-20           025-244-7813

上記6件、お手数ですがご手配のほどよろしくお願いいたします。
請求書は従来どおり総務部宛にてお願いいたします。
""" + SIG_KAMAYACHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Six retirees' home addresses and phones in a padded body table to an external gift vendor: list of people.",
    },
    {
        "id": "keicho-002",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["花工房あさひ ご注文窓口 <order@hanakoubou-asahi.co.jp>"],
        "subject": "供花のご注文（9/18 通夜・清涼会館大崎ホール）",
        "body": """花工房あさひ
ご注文ご担当者様

いつもお世話になっております。日の出産業 総務部の栗花落です。
弊社社員のご尊父ご逝去にともない、下記のとおり供花を1基お願いいたします。

　・故人　　　：四十物 正男 様
　・喪主　　　：四十物 拓真 様
　・式場　　　：清涼会館 大崎ホール（東京都品川区大崎五丁目2番8号　TEL 03-3491-0082）
　・通夜　　　：9月18日（金）18時〜
　・告別式　　：9月19日（土）10時〜11時
　・お届け　　：9月18日 15時までに式場へ
　・ご用意　　：生花スタンド 1基（15,000円税別）
　・名札　　　：日の出産業株式会社 代表取締役社長 日向 誠

ご請求は従来どおり弊社総務部宛にお送りください。
式場の宗旨の都合で色味に指定があるようでしたら、式場と直接ご調整いただいて構いません。

よろしくお願いいたします。
""" + SIG_TSUYURI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary funeral-flower order; only the hall's business address and names without personal data.",
    },
    {
        "id": "keicho-003",
        "charset": "utf-8",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["星野税理士事務所 星野先生 <hoshino@zeirishi-hoshino.jp>"],
        "cc": ["東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>"],
        "subject": "故 左右田稔 氏 死亡退職金の支払調書作成について（受給者情報）",
        "body": """星野税理士事務所
星野 先生

いつもお世話になっております。日の出産業 人事部の四十物です。
在職中に逝去した左右田 稔（元 生産管理部 主任）の死亡退職金について、
「退職手当金等受給者別支払調書」の作成をお願いしたく、受給者情報をお送りします。

【被相続人】
　左右田 稔（そうだ みのる）　昭和47年6月14日生　令和8年8月27日 死亡
　最終住所：神奈川県川崎市高津区溝口4丁目11番2号

【受給者1】
　氏名　　：左右田 恵子（妻）
　生年月日：昭和49年2月3日
　住所　　：神奈川県川崎市高津区溝口4丁目11番2号
　個人番号：""" + _sp(my_number(SEED + 1)) + """
　支払額　：8,400,000円

【受給者2】
　氏名　　：左右田 航（長男）
　生年月日：平成13年11月20日
　住所　　：東京都世田谷区用賀2-31-7 メゾン用賀203
　個人番号：""" + my_number(SEED + 2) + """
　支払額　：4,200,000円

支払日は10月9日を予定しております。
ご不明点があればご連絡ください。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Two heirs' My Numbers (with DOB and addresses) in the body to an external tax accountant.",
    },
    {
        "id": "keicho-004",
        "charset": "iso-2022-jp",
        "sender": "総務部 <somu@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【訃報】営業二部 鬼頭課長 ご尊父様ご逝去のお知らせ",
        "body": """社員各位

営業二部 鬼頭 秀樹 課長のご尊父 鬼頭 源次郎 様（享年84歳）が
9月21日に永眠されました。謹んでお知らせ申し上げますとともに、ご冥福をお祈りいたします。

　通　夜：9月24日（木）午後6時〜7時
　告別式：9月25日（金）午前11時〜正午
　式　場：セレモニーホール葵 一宮（愛知県一宮市栄三丁目8番15号）
　喪　主：鬼頭 秀樹 様（ご長男）
　宗　旨：仏式

会社としては社長名で供花・弔電を手配済みです（共済会規程により弔慰金も支給）。
個人的な香典・供花はご遺族のご意向によりご辞退とのことです。

なお、参列される方との連絡窓口は鬼頭課長ご本人の携帯（090-6618-2047）となりますが、
取り込み中のためできるだけショートメッセージでお願いします。

総務部
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "Internal-only bereavement notice (all-staff list); one employee's mobile, nothing leaves the company.",
    },
    {
        "id": "keicho-005",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": [
            "川崎電機 総務部 <soumu@kawasaki-denki.co.jp>",
            "青葉運輸 総務課 <somu-ka@aoba-unyu.co.jp>",
            "北国フーズ 秘書課 <hisho@kitaguni-foods.co.jp>",
        ],
        "cc": ["錦印刷 営業部 森本様 <morimoto@nishiki-insatsu.co.jp>"],
        "subject": "弊社取締役会長 日向宗一郎 逝去のお知らせ",
        "body": """関係各位

謹啓　平素は格別のご高配を賜り、厚く御礼申し上げます。

弊社取締役会長 日向 宗一郎 儀　かねてより療養中のところ
令和８年９月２０日　享年８８歳にて永眠いたしました。
ここに生前のご厚誼を深謝し、謹んでご通知申し上げます。

なお、通夜ならびに葬儀は近親者のみにて執り行い、
後日「お別れの会」を営む予定でございます。日時・会場が決まり次第、改めてご案内申し上げます。

誠に勝手ながら、ご香典・ご供花の儀は固くご辞退申し上げます。

謹白

日の出産業株式会社
代表取締役社長　日向 誠
（本件連絡窓口：秘書室　百目鬼）
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Bereavement notice with four partner companies openly in To/Cc: three or more external parties should have been Bcc.",
    },
    {
        "id": "keicho-006",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["フクリプラス 共済事務センター <kyosai-center@fukuri-plus.co.jp>"],
        "subject": "傷病見舞金の給付申請（日の出産業共済会・会員番号 HS-20431）",
        "body": """株式会社フクリプラス
共済事務センター ご担当者様

お世話になっております。日の出産業共済会事務局の五百旗頭です。
下記会員につきまして、傷病見舞金の給付申請をいたします。
診断書の写しは本日郵送いたしましたので、到着後ご確認をお願いいたします。

■会員番号　：HS-20431
■氏名　　　：一尺八寸 浩二（かまつか こうじ）　製造部 第二課
■傷病名　　：急性心筋梗塞（カテーテル治療後、心臓リハビリ継続中）
■入院期間　：令和8年9月3日〜9月24日（22日間）
■医療機関　：品川中央循環器病院
■休業見込み：10月末まで（主治医意見による）
■給付区分　：傷病見舞金（入院14日以上）30,000円

振込は給与振込口座と同一で差し支えありません。
どうぞよろしくお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named member's diagnosis and hospital stay sent to an external mutual-aid administrator: 要配慮個人情報 (medical) of one person.",
    },
    {
        "id": "keicho-007",
        "charset": "utf-8",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["電報ナビ 法人デスク <corp-desk@dempo-navi.jp>"],
        "subject": "弔電手配のお願い（法人アカウント HS-0082）",
        "body": """電報ナビ 法人デスク御中

いつもお世話になっております。日の出産業の栗花落です。
下記のとおり弔電をお願いいたします（法人アカウント HS-0082、月末締め請求）。

お届け日時：9月30日（水）午前中（告別式 11:00開式）
お届け先　：メモリアルホール葵 港北（神奈川県横浜市港北区新横浜2-14-27）
宛名　　　：喪主 十河 啓介 様
台紙　　　：押し花「白百合」
差出人　　：日の出産業株式会社 代表取締役社長 日向 誠

文面：
ご尊父様のご逝去の報に接し、謹んでお悔やみ申し上げます。
ご生前のご功績を偲び、心からご冥福をお祈りいたします。

以上、よろしくお願いいたします。
""" + SIG_TSUYURI,
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>電報ナビ 法人デスク御中</p>
<p>いつもお世話になっております。日の出産業の栗花落です。<br>
下記のとおり弔電をお願いいたします（法人アカウント HS-0082、月末締め請求）。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th align="left">お届け日時</th><td>9月30日（水）午前中（告別式 11:00開式）</td></tr>
<tr><th align="left">お届け先</th><td>メモリアルホール葵 港北（神奈川県横浜市港北区新横浜2-14-27）</td></tr>
<tr><th align="left">宛名</th><td>喪主 十河 啓介 様</td></tr>
<tr><th align="left">台紙</th><td>押し花「白百合」</td></tr>
<tr><th align="left">差出人</th><td>日の出産業株式会社 代表取締役社長 日向 誠</td></tr>
</table>
<p>文面：<br>ご尊父様のご逝去の報に接し、謹んでお悔やみ申し上げます。<br>
ご生前のご功績を偲び、心からご冥福をお祈りいたします。</p>
<p>以上、よろしくお願いいたします。</p>
<p>日の出産業(株) 総務部 庶務チーム 栗花落（つゆり）さやか<br>内線 2205 ／ 外線 03-5437-2205</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Routine condolence-telegram order (text + HTML): hall address and the chief mourner's name only.",
    },
    {
        "id": "keicho-008",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["給与サポート 日の出産業ご担当 <hinode-team@kyuyo-support.co.jp>"],
        "subject": "R8年9月度 慶弔金支給明細の送付",
        "body": """株式会社給与サポート
日の出産業ご担当チーム 御中

お世話になっております。五百旗頭です。
9月度の慶弔金（結婚祝金・出産祝金・弔慰金）支給明細をお送りします。
10月分給与と合わせて振込処理をお願いいたします。

添付ファイルはパスワード付きZIPです。
パスワードは別メールにてお送りします。

よろしくお願いいたします。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "zip", "name": "R8_09_keichokin_meisai.zip", "password": "Hs#2026keicho09",
             "files": [
                 {"kind": "xlsx", "name": "慶弔金支給明細_202609.xlsx",
                  "sheets": {"明細": [
                      ["社員番号", "氏名", "区分", "金額", "振込先"],
                      ["H-18820", "保志 祐介", "結婚祝金", 30000, "みどり銀行 大崎支店 普通 3308172"],
                      ["H-21157", "栗林 まどか", "出産祝金", 20000, "さくら信用金庫 五反田支店 普通 0612945"],
                      ["H-09934", "鬼頭 秀樹", "弔慰金（父）", 30000, "東海銀行 一宮支店 普通 7150028"],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected ZIP (PPAP) to the payroll outsourcer: the attachment cannot be inspected.",
    },
    {
        "id": "keicho-009",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会課 <enkai@sakura-hotel.co.jp>"],
        "subject": "Re: 「日向宗一郎 お別れの会」会場仮押さえの件",
        "body": """さくらホテル
宴集会課 芹沢様

お世話になっております。日の出産業 秘書室の百目鬼です。
ご提案いただいた件、社内で確認が取れましたので、下記で本予約をお願いいたします。

　日時：令和8年11月6日（金）　献花 13:00〜16:00（受付 12:30〜）
　会場：2F「鳳凰の間」（立食なし・献花形式）
　想定人数：約450名
　その他：祭壇（生花）・遺影パネル・記帳台4台・クローク

見積書の正式版を10月9日までにいただけますと幸いです。

> 仮押さえの期限は10月2日（金）までとなっております。
> ご検討のほどよろしくお願い申し上げます。

""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Recipient domain sakura-hotel.co.jp is a TLD-swapped look-alike of the partner sakura-hotel.jp.",
    },
    {
        "id": "keicho-010",
        "charset": "shift_jis",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["フラワーことぶき 経理担当 <keiri@flower-kotobuki.jp>"],
        "subject": "Re: 【ご請求書】8月分 供花・祝花代のご請求",
        "body": """フラワーことぶき
経理ご担当 様

日の出産業 経理部の東海林です。
8月分のご請求書、確かに拝受いたしました。
社内承認が済みましたので、9月30日にご指定口座へお振込みいたします。

今後ともよろしくお願いいたします。
""" + SIG_SHOJI + """

-----Original Message-----
差出人: フラワーことぶき 経理担当 <keiri@flower-kotobuki.jp>
送信日時: 2026年9月7日 10:42
宛先: 東海林 剛
件名: 【ご請求書】8月分 供花・祝花代のご請求

日の出産業株式会社 経理部 御中

いつもご用命ありがとうございます。8月分のご請求をお送りいたします。

請求書番号：FK-2608-0117
ご請求金額：94,600円（税込）
　8/04 祝花（スタンド）開店祝い　22,000円
　8/12 供花（一対）名古屋支店ご関係　33,000円
　8/26 供花（一基）　16,500円
　8/29 胡蝶蘭 3本立　23,100円
お振込先：みどり銀行 本店営業部 普通 1049387 カ）フラワーコトブキ
お支払期日：9月30日

フラワーことぶき　経理担当　水城
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Reply acknowledging a florist's invoice; the company bank account and invoice numbers are business data and quoted.",
    },
    {
        "id": "keicho-011",
        "charset": "iso-2022-jp",
        "sender": "十河 透 <sogo.toru@hinode-sangyo.co.jp>",
        "to": ["電報ナビ カスタマーセンター <support@dempo-navi.jp>"],
        "subject": "弔電のお支払い方法（カード決済）について",
        "body": """電報ナビ カスタマーセンター 御中

お世話になります。日の出産業 名古屋支店の十河と申します。
本日ウェブで申し込んだ弔電（受付番号 DN-26092811457）ですが、
法人アカウントの請求書払いではなく、出張中のため私のカードで決済をお願いしたく連絡しました。
サイト上でエラーになってしまったため、お手数ですが下記で処理いただけますか。

　カード番号：""" + _z(_sp(card_number(SEED + 21))) + """
　有効期限　：０８／２９
　名義　　　：TORU SOGO

お届けは明朝9時までに間に合えば助かります。
よろしくお願いいたします。

日の出産業株式会社 名古屋支店 営業課
十河 透　携帯 080-3345-2719
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "A full credit card number (full-width digits) with holder name sent to a telegram service by mail.",
    },
    {
        "id": "keicho-012",
        "charset": "iso-2022-jp",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["神崎社会保険労務士事務所 神崎様 <kanzaki@sr-kanzaki.jp>"],
        "subject": "慶弔見舞金規程 改定案のご確認のお願い",
        "body": """神崎社会保険労務士事務所
神崎 先生

いつも大変お世話になっております。日の出産業の四十物です。
来年4月施行予定の慶弔見舞金規程の改定案（第3版）を添付いたします。
主な変更点は以下のとおりです。

　1. 出産祝金の増額（20,000円 → 50,000円）と、第3子以降の加算新設
　2. 弔慰金の対象に「同居の祖父母」を追加
　3. 災害見舞金の認定基準を罹災証明書の区分に合わせて整理
　4. 養子縁組・特別養子縁組を出産祝金の対象に明記

就業規則本体との整合、および所得税法上の非課税範囲の観点でご意見いただけますと幸いです。
10月16日の労務委員会までにお戻しいただけますと助かります。

よろしくお願いいたします。
""" + SIG_AIMONO,
        "attachments": [
            {"kind": "docx", "name": "慶弔見舞金規程_改定案_v3.docx",
             "page_header": "社外秘　日の出産業株式会社 人事部",
             "title": "慶弔見舞金規程 改定案",
             "paragraphs": [
                 "慶弔見舞金規程（改定案 第3版）",
                 "第1条（目的）この規程は、社員及びその家族の慶弔に際し、会社が支給する祝金・見舞金等について定める。",
                 "第2条（適用範囲）この規程は、正社員、契約社員及び嘱託社員に適用する。",
                 "第5条（出産祝金）社員又はその配偶者が出産したときは、1児につき50,000円を支給する。第3子以降は30,000円を加算する。",
                 "第8条（弔慰金）社員の配偶者、子、父母、同居の祖父母が死亡したときは、別表2の額を支給する。",
             ],
             "tables": [[["区分", "現行", "改定案"], ["結婚祝金", "30,000円", "30,000円"],
                         ["出産祝金", "20,000円", "50,000円"], ["弔慰金（本人）", "100,000円", "200,000円"]]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached DOCX carries a 社外秘 page header; going to an outside labour consultant.",
    },
]

MESSAGES += [
    {
        "id": "keicho-013",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["給与サポート 佐伯様 <saeki@kyuyo-support.co.jp>"],
        "cc": ["四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>"],
        "subject": "慶弔見舞金 支給一覧（10月給与計上分）",
        "body": """給与サポート
佐伯様

お世話になっております。共済会事務局の五百旗頭です。
10月給与で計上いただく慶弔見舞金の一覧を添付します。
今月は件数が多めですが、「集計」シートの合計と一致していることを確認済みです。

振込は給与とは別に、10月23日付での単独振込をお願いします。

以上です。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "xlsx", "name": "慶弔見舞金支給一覧_202610.xlsx",
             "title": "慶弔見舞金支給一覧",
             "sheets": {
                 "支給一覧": [
                     ["令和8年10月度　慶弔見舞金 支給一覧（日の出産業共済会）"],
                     [],
                     ["社員番号", "氏名", "所属", "区分", "金額", "金融機関", "支店", "種別", "口座番号", "口座名義"],
                     ["H-20117", "御手洗 千夏", "経理部", "結婚祝金", 30000, "みどり銀行", "大崎支店", "普通", "2274091", "ミタライ チナツ"],
                     ["H-15502", "宍戸 昌平", "物流部", "出産祝金", 20000, "青葉信用金庫", "川崎支店", "普通", "0583316", "シシド シヨウヘイ"],
                     ["H-19948", "左近 しおり", "営業一部", "出産祝金", 20000, "ゆうちょ銀行", "〇一八店", "普通", "4917205", "サコン シオリ"],
                     ["H-07731", "牛腸 正道", "製造部", "弔慰金（母）", 30000, "北越銀行", "長岡駅前支店", "普通", "1102448", "ゴチヨウ マサミチ"],
                     ["H-22406", "Lim Wei Jie", "海外事業部", "結婚祝金", 30000, "みどり銀行", "品川支店", "普通", "3385927", "リム ウエイジエ"],
                     ["H-11063", "栗山 典子", "総務部", "災害見舞金", 50000, "駿河銀行", "沼津支店", "普通", "6029314", "クリヤマ ノリコ"],
                     ["H-20985", "舟橋 蓮", "情報システム部", "出産祝金", 20000, "みどり銀行", "大崎支店", "普通", "2290573", "フナハシ レン"],
                 ],
                 "集計": [
                     ["区分", "件数", "金額"],
                     ["結婚祝金", 2, 60000], ["出産祝金", 3, 60000],
                     ["弔慰金", 1, 30000], ["災害見舞金", 1, 50000], ["合計", 7, 200000],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "XLSX with seven employees' names and bank accounts (title row, two sheets) to the payroll outsourcer: list of people.",
    },
    {
        "id": "keicho-014",
        "charset": "utf-8",
        "sender": "Mariko Sogo <sogo.mariko@hinode-sangyo.co.jp>",
        "to": ["Jennifer Alvarez <j.alvarez@brightwater-tech.com>"],
        "subject": "Our deepest condolences",
        "body": """Dear Jennifer,

We were deeply saddened to learn of the passing of Mr. Harold Whitcombe, the founder of
Brightwater Technologies. On behalf of everyone at Hinode Sangyo, please accept our most
sincere condolences and convey them to his family and to your colleagues.

Many of us remember his visit to our Osaki office in 2019 and his warm words at the
signing ceremony of our first supply agreement. His vision shaped the partnership we
enjoy today.

Our President, Makoto Hinata, would like to send a floral tribute to the memorial service.
Could you let us know whether the family would welcome flowers, or would prefer donations
to a charity instead? If flowers are appropriate, the name and address of the venue
would be all we need.

With heartfelt sympathy,
""" + SIG_SOGO + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English condolence letter to a foreign partner; disclaimer only, no personal data.",
    },
    {
        "id": "keicho-015",
        "charset": "iso-2022-jp",
        "sender": "御手洗 千夏 <mitarai.chinatsu@hinode-sangyo.co.jp>",
        "to": ["共済会事務局 <kyosai@hinode-sangyo.co.jp>"],
        "cc": ["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
        "subject": "結婚祝金の申請と扶養追加のお願い（経理部 御手洗）",
        "body": """共済会事務局 ご担当者様
人事部 労務グループ ご担当者様

お疲れさまです。経理部の御手洗です。
9月12日に入籍しましたので、結婚祝金の申請と、配偶者の扶養追加の手続きをお願いします。
（氏は御手洗のままで変更ありません）

　配偶者氏名：御手洗 悠斗（旧姓：鰐淵）
　生年月日　：平成8年5月30日
　個人番号　：""" + my_number(SEED + 3) + """
　収入見込み：大学院在学中のため年間収入なし（アルバイトなし）
　入籍日　　：令和8年9月12日

戸籍謄本は明日、社内便で人事部宛にお送りします。
よろしくお願いいたします。

経理部 出納課　御手洗 千夏（内線 2253）
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "Spouse's My Number and DOB, but every recipient is internal (共済会 and 人事部).",
    },
    {
        "id": "keicho-016",
        "charset": "shift_jis",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
        "subject": "出産育児一時金（付加金）の申請について／事業所記号 ４１７",
        "body": """関東機械工業健康保険組合
給付課 御中

いつもお世話になっております。
事業所記号４１７ 日の出産業株式会社 人事部の五百旗頭でございます。

下記被保険者の出産育児一時金の付加金について、直接支払制度利用後の差額分とあわせて
申請書を本日付で郵送いたしました。事前にメールでもお知らせいたします。

　被保険者証　記号　４１７　番号　２２８６
　被保険者氏名　　　宍戸 昌平（シシド ショウヘイ）
　出産者　　　　　　宍戸 美帆（被扶養者・配偶者）
　出生児　　　　　　宍戸 陽葵（令和８年８月３１日生）
　出産医療機関　　　川崎みなとレディースクリニック

申請書類に不備がございましたら、お手数ですが上記までご連絡くださいませ。
よろしくお願い申し上げます。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Health-insurance card 記号・番号 of a named insured person (with the newborn's DOB) to the external health insurance society.",
    },
    {
        "id": "keicho-017",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["丸高ギフト 小宮山様 <komiyama@gift-marutaka.co.jp>"],
        "subject": "出産祝い（共済会より）直送のお願い",
        "body": """丸高ギフト
小宮山様

いつもありがとうございます。日の出産業共済会事務局の五百旗頭です。
出産祝いのベビーギフトセット（品番 BG-3300）を1件、社員のご自宅へ直送お願いします。

　お届け先：舟橋 蓮 様
　〒211-0063 神奈川県川崎市中原区小杉町1-403-2 パークコート武蔵小杉1107
　電話：070-2219-8364
　のし：御出産祝（紅白蝶結び）／日の出産業共済会
　配達希望：10月10日以降、午後（平日は不在がちとのこと）

請求は共済会宛でお願いいたします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "One employee's home delivery address to a gift vendor: a single person's record, may be warned but not held.",
    },
    {
        "id": "keicho-018",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": [
            "蓮實 功 様 <hasumi.isao1941@gmail.com>",
            "保坂 淳一 様 <j-hosaka@yahoo.co.jp>",
            "新発田 和代 様 <kazuyo.shibata@outlook.jp>",
            "轟 正和 様 <todoroki.m@icloud.com>",
        ],
        "subject": "元会長 日向宗一郎 お別れの会のご案内",
        "body": """日の出産業OB会の皆様

ご無沙汰しております。秘書室の百目鬼でございます。
既にお聞き及びのことと存じますが、元会長 日向宗一郎が9月20日に永眠いたしました。
近親者にて葬儀を執り行いましたので、改めて下記のとおりお別れの会を催します。

　日時：令和8年11月6日（金）13時〜16時（献花形式・平服でお越しください）
　会場：さくらホテル 2階「鳳凰の間」（東京都港区芝公園1-6-3）

ご出欠を10月16日までに、本メールへのご返信にてお知らせいただけますと幸いです。
お車でお越しの方はホテル駐車場（3時間無料）をご利用いただけます。

季節の変わり目、どうぞご自愛くださいませ。
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
        "note": "Four retirees' private addresses visible to each other in To: should have been Bcc.",
    },
    {
        "id": "keicho-019",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 秀樹 <kito.hideki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買部 北条様 <hojo.akane@kawasaki-denki.co.jp>"],
        "subject": "納期調整のお詫びとご連絡（鬼頭）",
        "body": """川崎電機株式会社
購買部 北条様

お世話になっております。日の出産業 営業二部の鬼頭です。
先週は急にお打合せを欠席してしまい、大変失礼いたしました。

私事で恐縮ですが、父が急性骨髄性白血病で闘病しておりましたところ、
先週容体が急変し、9月21日に亡くなりました。
葬儀等で一週間ほどお休みをいただいておりましたが、本日より復帰しております。

ご依頼いただいていた制御盤用端子台（TB-4410）の納期につきましては、
10月8日出荷にてお約束できる見込みとなりました。
ご迷惑をおかけしましたこと、重ねてお詫び申し上げます。

日の出産業株式会社 営業二部
鬼頭 秀樹　TEL 052-581-6631
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Employee names his late father's illness to a partner: medical detail, but of a deceased person volunteered by his own son.",
    },
    {
        "id": "keicho-020",
        "charset": "cp932",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 大崎営業所 <osaki@seiryo-sousai.co.jp>"],
        "subject": "会葬礼状の郵送先データ（芳名録より転記）",
        "body": """清涼葬祭株式会社
大崎営業所 斎藤様

お世話になっております。日の出産業 総務部の釜萢です。
先日の社葬ではお世話になりました。
当日ご記帳のみで受付を通られなかった方へ会葬礼状を郵送いただく件、
芳名録から転記したデータをCSVで添付いたします（8名分）。

文面は当日お配りしたものと同一でお願いいたします。
発送は来週中で差し支えございません。
""" + SIG_KAMAYACHI,
        "attachments": [
            {"kind": "csv", "name": "会葬礼状郵送先.csv", "encoding": "cp932",
             "rows": [
                 ["No", "氏名", "郵便番号", "住所", "電話番号", "ご関係"],
                 ["1", "九十九 正道", "182-0022", "東京都調布市国領町3-6-22", "042-481-3307", "故人友人"],
                 ["2", "五十嵐 ちあき", "330-0063", "埼玉県さいたま市浦和区高砂2-9-1-1204", "090-5521-6038", "元部下"],
                 ["3", "王 麗華", "231-0023", "神奈川県横浜市中区山下町148-2", "080-7713-2095", "ゴルフ仲間"],
                 ["4", "釘宮 辰夫", "272-0034", "千葉県市川市市川1-14-8", "047-324-5816", "町内会"],
                 ["5", "舘野 しず", "187-0002", "東京都小平市花小金井6-20-4", "042-465-0271", "故人親戚"],
                 ["6", "栂野 健太郎", "101-0047", "東京都千代田区内神田1-2-17 303号", "03-3291-4478", "大学同窓"],
                 ["7", "漆原 恭子", "160-0022", "東京都新宿区新宿5-3-9", "070-1209-8843", "元同僚"],
                 ["8", "ﾖｺﾐｿﾞ ﾀｶｼ", "143-0016", "東京都大田区大森北2-11-3", "03-3762-9150", "町内会"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of eight mourners' names, home addresses and phones to the funeral company: list of people.",
    },
]

# ---------------------------------------------------------------------------------------- 021-040

MESSAGES += [
    {
        "id": "keicho-021",
        "charset": "iso-2022-jp",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 斎藤様 <saito.k@seiryo-sousai.co.jp>",
               "仕出し松風 ご予約係 <yoyaku@shidashi-matsukaze.co.jp>"],
        "subject": "通夜振る舞いの数量確定（9/24 清涼会館大崎ホール）",
        "body": """清涼葬祭 斎藤様
仕出し松風 ご予約係様

お世話になっております。日の出産業 総務部の釜萢です。
お二方に同じ内容をお伝えしたく、連名にて失礼いたします。

9月24日（木）の通夜振る舞いの数量が確定しましたのでご連絡いたします。
　・大皿盛り合わせ（寿司・オードブル）　8台（約40名分）
　・お茶・ソフトドリンク　　　　　　　　各30本
　・ビール（瓶）　　　　　　　　　　　　　24本
　・搬入時刻　17:00（清涼会館 搬入口は建物裏手とのこと）

斎藤様には、控室の配膳スペースの確保をお願いできますでしょうか。
松風様の配送担当の方の到着時刻が変わる場合は、斎藤様へ直接ご連絡いただけますと助かります。

よろしくお願いいたします。
""" + SIG_KAMAYACHI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Two external organisations (funeral company and caterer) openly in To for one arrangement: allowed.",
    },
    {
        "id": "keicho-022",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会課 芹沢様 <serizawa@sakura-hotel.jp>"],
        "subject": "永年勤続表彰 祝賀会（10/30）ご配慮のお願い",
        "body": """さくらホテル
宴集会課 芹沢様

いつもお世話になっております。日の出産業の栗花落です。
10月30日の永年勤続表彰祝賀会につきまして、事前にご配慮をお願いしたい点がございます。

1) 表彰者の宍戸 昌平（物流部）は、脊髄損傷により車いすを使用しております
   （身体障害者手帳1級）。壇上での表彰の際、スロープのご用意と、
   テーブルは出入口に近い位置でお願いできますでしょうか。
2) 同じく表彰者の漆間 信吾（製造部）は、2型糖尿病で食事制限がございます。
   コース料理を糖質控えめのメニューに差し替えていただくことは可能でしょうか。

その他の出席者は確定次第、人数のみお知らせいたします。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_TSUYURI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Named employees' disability (障害者手帳) and diabetes sent to a hotel: 要配慮個人情報.",
    },
    {
        "id": "keicho-023",
        "charset": "utf-8",
        "sender": "舎人 健吾 <toneri.kengo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 総務課 湊様 <minato.ryo@kitaguni-foods.co.jp>"],
        "subject": "Re: 札幌近辺の斎場・生花店のご紹介",
        "body": """北国フーズ株式会社
総務課 湊様

お世話になっております。日の出産業 大阪支社の舎人です。
先日お問い合わせいただいた件、札幌の弊社営業所で利用実績のある先をまとめました。
いずれも代表番号ですので、ご利用の際は「日の出産業の紹介」とお伝えいただければ話が早いと思います。

【斎場】
・札幌メモリアル中央会館　　札幌市中央区南7条西11丁目2-5　　011-521-0480
・ほくせい斎場 白石館　　　 札幌市白石区本通8丁目南1-12　　 011-861-3377
・セレモニー円山　　　　　　札幌市中央区北1条西27丁目3-1　　011-622-0091

【生花店（供花対応可・当日配達）】
・花の丘フローリスト 大通店　札幌市中央区大通西4丁目1　　　　011-231-8702
・フラワーショップ雪柳　　　 札幌市北区北24条西5丁目2-8　　　011-716-4430

【弔電】
・電報ナビ 法人デスク（全国対応、法人アカウントで月末請求）

以上、ご参考になれば幸いです。
""" + SIG_TONERI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "A list of businesses (funeral halls, florists) with switchboard numbers, not people.",
    },
    {
        "id": "keicho-024",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 森本様 <morimoto@nishiki-insatsu.co.jp>"],
        "subject": "お別れの会 案内状 校正戻し",
        "body": """錦印刷株式会社
営業部 森本様

お世話になっております。日の出産業 秘書室の百目鬼です。
お別れの会の案内状、初校の赤字を入れたPDFをお戻しします。
主な修正は「享年」の表記と、会場アクセス図の縮尺です。

再校は10月5日（月）までにいただけますと幸いです。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "corrupt", "name": "お別れの会案内状_初校_赤字.pdf"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The attached PDF is corrupt and cannot be inspected before it leaves.",
    },
    {
        "id": "keicho-025",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["錦印刷 受注センター <juchu@nishiki-insatsu.jp>"],
        "subject": "喪中欠礼はがき（法人名義）の印刷について",
        "body": """錦印刷 受注センター 御中

いつもお世話になっております。日の出産業 総務部の栗花落です。
本年は弊社会長が逝去いたしましたため、取引先様への年賀状を控え、
法人名義の喪中欠礼はがきを作成することとなりました。

　・仕様：官製はがき（胡蝶蘭柄）・薄墨印刷・宛名印刷なし
　・枚数：1,200枚
　・文面：定型文例C（会長逝去）をベースに、別途原稿をお送りします
　・納期：11月20日 弊社着

お見積りをお願いできますでしょうか。
""" + SIG_TSUYURI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatsu.jp drops the co. of the partner nishiki-insatsu.co.jp: look-alike domain.",
    },
    {
        "id": "keicho-026",
        "charset": "shift_jis",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["共済会 給付審査委員 <kyosai-iin@hinode-sangyo.co.jp>"],
        "subject": "【審査依頼】9月受付 傷病見舞金 5件",
        "body": """給付審査委員の皆様

お疲れさまです。共済会事務局の五百旗頭です。
9月受付分の傷病見舞金申請5件について、書面審査をお願いします。
診断書の原本は事務局キャビネットにあります。

会員番号   氏名            傷病名                         入院期間             申請額
---------  --------------  -----------------------------  -------------------  -------
HS-20431   一尺八寸 浩二   急性心筋梗塞                   9/3〜9/24（22日）     30,000
HS-18056   漆間 信吾       2型糖尿病 教育入院             9/7〜9/18（12日）         0
HS-21390   左近 しおり     切迫早産                       8/29〜9/20（23日）    30,000
HS-09112   鰐淵 重雄       腰椎椎間板ヘルニア（手術）     9/10〜9/27（18日）    30,000
HS-16608   桐生 真澄       うつ病（休職中、入院なし）     −                         0

※漆間さんは入院14日未満のため規程上対象外、桐生さんは入院要件を満たさないため
　対象外と判断していますが、見舞い品の扱いについてご意見をください。

10月7日の委員会で承認予定です。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "Diagnoses of five members in a padded table, but sent only to the internal review committee.",
    },
    {
        "id": "keicho-027",
        "charset": "utf-8",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ほしぞらレンタカー 松本駅前店 <matsumoto@rent-hoshizora.co.jp>"],
        "subject": "レンタカー予約（10/2〜10/3）運転者情報の送付",
        "body": """ほしぞらレンタカー 松本駅前店 御中

お世話になります。日の出産業の東海林です。
昨日お電話で予約した件（予約番号 HZ-77120-M）、運転者の情報をお送りします。
取引先様のご葬儀参列のため、安曇野方面に移動します。

　運転者氏名　：東海林 剛（ショウジ ツヨシ）
　生年月日　　：1981年7月9日
　運転免許証番号：第 305811720463 号（東京都公安委員会、令和11年8月9日まで有効）
　利用車種　　：セダン（喪服で乗車するため、できれば黒かグレーで）
　貸出　　　　：10月2日 9:30　返却：10月3日 17:00（同店）

当日は免許証原本を持参します。
支払いは法人請求書払いでお願いします。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "A driver's licence number with name and DOB to a rental-car shop: identity document number.",
    },
    {
        "id": "keicho-028",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 木暮様 <kogure@midori-ginko.co.jp>"],
        "subject": "【極秘】弊社会長の件（公表前のご連絡）",
        "body": """みどり銀行 法人営業部
木暮様

平素より大変お世話になっております。日の出産業 秘書室の百目鬼でございます。
取り急ぎ、社長の日向より木暮様へお伝えするよう申し付かりましたのでご連絡いたします。

弊社取締役会長 日向宗一郎が、本日未明に逝去いたしました。
対外的な公表は9月24日の取締役会での後任決議の後を予定しております。
それまでは本件の取扱いにつきまして、ご配慮を賜りますようお願い申し上げます。

会長名義の連帯保証および役員借入金のお取扱いについて、
来週早々に経理部長の東海林（英）とご相談に伺いたく存じます。ご都合をお知らせください。
""" + SIG_DOMEKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Subject is classified 【極秘】 and the mail goes to a partner bank: confidentiality marking.",
    },
    {
        "id": "keicho-029",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["丸高ギフト お客様センター <support@gift-marutaka.co.jp>"],
        "subject": "配送状況のお問い合わせ（ご注文番号 MG-260911-0385 ほか）",
        "body": """丸高ギフト お客様センター 御中

お世話になっております。日の出産業共済会事務局の五百旗頭です。
9月に発注した下記3件について、受取人側から「まだ届かない」と連絡がありました。
配送状況をご確認いただけますでしょうか。

　ご注文番号　　　　商品コード　　出荷日　　 伝票番号（青葉運輸）
　MG-260911-0385　　BG-3300　　　 9/14　　　4428-1170-9935
　MG-260911-0386　　CT-5500K　　　9/14　　　4428-1170-9942
　MG-260918-0022　　BG-3300　　　 9/19　　　4428-1183-0017

いずれも通常なら2〜3日で届く地域です。
ご確認のうえ、ご返信いただけますと幸いです。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Order numbers, product codes and tracking numbers only.",
    },
    {
        "id": "keicho-030",
        "charset": "utf-8",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会課 芹沢様 <serizawa@sakura-hotel.jp>"],
        "subject": "退任役員慰労会 記念品の宅配先",
        "html": """<html><head><meta charset="utf-8"></head><body>
<p>さくらホテル 宴集会課<br>芹沢様</p>
<p>お世話になっております。日の出産業 秘書室の百目鬼です。<br>
10月15日の退任役員慰労会の記念品（有田焼の花器）ですが、当日お持ち帰りいただくと荷物になるため、
ホテル様からご自宅へ宅配いただく形でお願いしたく、送付先をお知らせいたします。</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<thead><tr style="background:#e8e8e8"><th>お名前</th><th>郵便番号</th><th>ご住所</th><th>お電話</th></tr></thead>
<tbody>
<tr><td>日向 宗次</td><td>248-0005</td><td>神奈川県鎌倉市雪ノ下2-8-14</td><td>0467-24-3381</td></tr>
<tr><td>勘解由小路 昭</td><td>606-8305</td><td>京都府京都市左京区吉田河原町15-9</td><td>075-771-2046</td></tr>
<tr><td>長宗我部 元信</td><td>780-0870</td><td>高知県高知市本町5-3-21</td><td>088-823-7150</td></tr>
<tr><td>石動 真理</td><td>152-0023</td><td>東京都目黒区八雲3-20-6</td><td>090-2284-5163</td></tr>
<tr><td>蔵持 幸三</td><td>177-0041</td><td>東京都練馬区石神井町4-11-2</td><td>03-3996-0578</td></tr>
<tr><td>Robert K. Ishida</td><td>106-0047</td><td>東京都港区南麻布4-5-33-701</td><td>080-6650-1922</td></tr>
</tbody></table>
<p>配送日は10月17日（土）午前でお願いできれば幸いです。<br>送料は会の請求に含めてください。</p>
<p>日の出産業株式会社 秘書室　百目鬼 千尋<br>Tel. 03-5437-2201</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six retiring directors' home addresses and phones to a hotel: list of people.",
    },
    {
        "id": "keicho-031",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 法人葬儀部 桑原様 <kuwabara@seiryo-sousai.co.jp>"],
        "subject": "社葬（お別れの会）のご依頼に先立つ秘密保持契約について",
        "body": """清涼葬祭株式会社
法人葬儀部 桑原様

先日はご来社いただきありがとうございました。日の出産業 秘書室の百目鬼です。
お別れの会の運営をご依頼するにあたり、弊社法務より、公表前の情報や招待者名簿を
お預けする前に秘密保持契約を締結したいとの要望がございました。

弊社ひな形の「秘密保持契約書（案）」を添付いたしますので、ご確認のうえ、
修正のご希望があれば変更履歴でお戻しください。
締結後に、招待者名簿（約450名）を別途お渡しする段取りを考えております。

どうぞよろしくお願いいたします。
""" + SIG_DOMEKI + "\n" + DISC_JA,
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書（案）_清涼葬祭様.docx",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と清涼葬祭株式会社（以下「乙」という。）とは、"
                 "甲が主催するお別れの会の企画運営業務（以下「本業務」という。）に関し、次のとおり契約を締結する。",
                 "第1条（秘密情報）本契約において秘密情報とは、本業務に関し甲が乙に開示した一切の情報をいう。",
                 "第2条（秘密保持義務）乙は、秘密情報を本業務の目的以外に使用してはならない。",
                 "第3条（個人情報）乙は、甲から預託された個人情報を個人情報保護法に従い適切に管理する。",
                 "第7条（有効期間）本契約の有効期間は締結日から3年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mail about an NDA with a draft contract attached: 秘密情報 is its subject, not a marking; standard disclaimer.",
    },
    {
        "id": "keicho-032",
        "charset": "iso-2022-jp",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 桑原様 <kuwabara@seiryo-sousai.co.jp>",
               "花工房あさひ 法人担当 <houjin@hanakoubou-asahi.co.jp>",
               "仕出し松風 ご予約係 <yoyaku@shidashi-matsukaze.co.jp>"],
        "cc": ["さくらホテル 芹沢様 <serizawa@sakura-hotel.jp>"],
        "subject": "【関係者各位】11/6 お別れの会 搬入スケジュール",
        "body": """関係各社 ご担当者様

お世話になっております。日の出産業 総務部の釜萢です。
11月6日（金）お別れの会の当日搬入スケジュールを共有いたします。
会場（さくらホテル 鳳凰の間）の搬入口は1か所のため、時間厳守でお願いいたします。

　 7:30　清涼葬祭様　祭壇・遺影・記帳台 搬入、設営開始
　 9:00　花工房あさひ様　生花祭壇・献花用カーネーション（600本）搬入
　10:30　仕出し松風様　控室用弁当（関係者 60食）搬入
　11:30　全体リハーサル（司会・献花動線）
　12:30　受付開始

車両は地下2階の搬入専用スペースをご利用ください（ホテル芹沢様了承済み）。
ご不明点は釜萢までお願いいたします。
""" + SIG_KAMAYACHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Four vendor organisations openly in To/Cc of one mail: three or more external parties see each other.",
    },
    {
        "id": "keicho-033",
        "charset": "shift_jis",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["東海損保 団体保険金サービス課 <dantai-claim@tokai-sonpo.co.jp>"],
        "subject": "団体傷害保険 事故報告（証券番号 GT-5530417）",
        "body": """東海損害保険株式会社
団体保険金サービス課 御中

お世話になっております。日の出産業 人事部の四十物です。
弊社加入の団体傷害保険について、下記のとおり事故のご報告をいたします。

■被保険者　：月見里 葵（やまなし あおい）　総務部　28歳
■事故日時　：令和8年9月19日（土）22時40分頃
■事故場所　：JR大崎駅南口付近の路上
■事故状況　：帰宅途中、見知らぬ男に突然殴打される傷害事件の被害に遭った。
　　　　　　　大崎警察署に被害届提出済み（受理番号は本人が控えています）。
■傷害内容　：顔面骨折（右頬骨）、全治約6週間。9月20日〜27日入院。
■通院状況　：現在、週2回通院中

会社としては共済会から傷病見舞金を支給予定です。
保険金請求書類をお送りいただけますでしょうか。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee as victim of a crime, with her injury and hospital stay, to an insurer: 要配慮個人情報.",
    },
    {
        "id": "keicho-034",
        "charset": "iso-2022-jp",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["左右田 恵子 様 <keiko.soda0203@yahoo.co.jp>"],
        "subject": "弔慰金・死亡退職金のお手続きについて（日の出産業 人事部）",
        "body": """左右田 恵子 様

このたびはご主人様のご逝去に際し、心よりお悔やみ申し上げます。
先日は弊社までお越しいただき、ありがとうございました。人事部の四十物でございます。

お打合せの際にご説明した今後のお手続きについて、改めてお送りいたします。

　1. 共済会 弔慰金（本人死亡）：200,000円
　　 → 同封の請求書にご記入・ご捺印のうえ、返信用封筒でご返送ください。
　2. 死亡退職金：規程に基づき算定し、10月上旬にお振込みの予定です。
　3. 健康保険証・社員証のご返却：お手すきの際に郵送でお願いいたします。
　4. 源泉徴収票：年末調整後、ご自宅宛に郵送いたします。

書類は本日、ご自宅宛に簡易書留で発送いたしました。
ご不明な点がございましたら、私の直通（03-5437-2231）までお気軽にお電話ください。

日の出産業株式会社 人事部
四十物 拓真
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One bereaved family member on free mail, procedures only; no one else's data.",
    },
    {
        "id": "keicho-035",
        "charset": "utf-8",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["神崎社会保険労務士事務所 <office@sr-kanzaki.jp>"],
        "subject": "被扶養者異動（出生）の手続き依頼／宍戸 昌平",
        "body": """神崎社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業 人事部の四十物です。
物流部 宍戸 昌平さんにお子様が誕生しましたので、
健康保険の被扶養者異動届と、扶養控除等申告書の異動について手続きをお願いいたします。

必要事項を添付のExcelにまとめました。
出生届の受理証明は本人から受領済みで、PDFで別途お送りします。
""" + SIG_AIMONO,
        "attachments": [
            {"kind": "xlsx", "name": "扶養異動_宍戸_202609.xlsx",
             "sheets": {
                 "被保険者": [
                     ["被保険者情報"],
                     ["項目", "内容"],
                     ["氏名", "宍戸 昌平"],
                     ["生年月日", "1990/04/17"],
                     ["個人番号", my_number(SEED + 4)],
                     ["被保険者証記号・番号", "417-2286"],
                 ],
                 "異動者": [
                     ["氏名", "フリガナ", "続柄", "生年月日", "個人番号", "異動事由", "異動日"],
                     ["宍戸 陽葵", "シシド ヒマリ", "長女", "2026/08/31", my_number(SEED + 5), "出生", "2026/08/31"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "XLSX with an employee's and his newborn's My Numbers to an external labour consultant.",
    },
    {
        "id": "keicho-036",
        "charset": "iso-2022-jp",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 斎藤様 <saito.k@seiryo-sousai.co.jp>"],
        "subject": "Re: 受付ご担当者様のご確認",
        "body": """斎藤様

ご確認ありがとうございます。下記の5名で相違ございません。
当日は16時30分に式場ロビー集合と伝えてあります。
腕章は5つご用意いただけますと助かります。

釜萢

> 釜萢様
>
> お世話になっております。清涼葬祭の斎藤です。
> 先日お電話でお伺いした受付ご担当の皆様、下記で控えております。
> 念のためご確認ください。
>
> 　吉良 伸之　　　090-3318-6620
> 　相良 ひかり　　080-5527-0913
> 　蒲生 大輔　　　090-7704-2286
> 　鍋島 栞　　　　070-4481-3052
> 　城之内 悟　　　080-2096-7715
>
> 当日は16時30分までにお越しいただけますと幸いです。
> 清涼葬祭株式会社 大崎営業所 斎藤 慶子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The five phone numbers appear only in text quoted from the recipient's own mail; the new text has none.",
    },
    {
        "id": "keicho-037",
        "charset": "iso-2022-jp",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 桑原様 <kuwabara@seiryo-sousai.co.jp>"],
        "subject": "FW: 【お別れの会】受付・誘導係 連絡網",
        "body": """桑原様

お世話になっております。釜萢です。
当日の受付・誘導係の連絡網が社内で確定しましたので、そのまま転送いたします。
当日の進行でご連絡が必要な際は、各班リーダーに直接お電話いただいて構いません。

-------- Forwarded Message --------
From: 総務部 釜萢 由紀子
To: 受付・誘導係各位
Subject: 【お別れの会】受付・誘導係 連絡網

受付・誘導係の皆さん

当日の連絡網です。携帯は当日必ずマナーモード（バイブ）でお願いします。

班　　　　氏名　　　　　携帯　　　　　　　メール
受付A　　 吉良 伸之　　 090-3318-6620　　kira.nobuyuki@hinode-sangyo.co.jp
受付B　　 相良 ひかり　 080-5527-0913　　sagara.h@hinode-sangyo.co.jp
記帳　　　蒲生 大輔　　 090-7704-2286　　gamo.daisuke@hinode-sangyo.co.jp
クローク　鍋島 栞　　　 070-4481-3052　　nabeshima.s@hinode-sangyo.co.jp
誘導1　　 城之内 悟　　 080-2096-7715　　jonouchi.satoru@hinode-sangyo.co.jp
誘導2　　 于 海燕　　　 090-1150-8834　　yu.haiyan@hinode-sangyo.co.jp

以上
""" + SIG_KAMAYACHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Forward of an internal contact list (six staff mobiles and mail) to a funeral company: a forward is new text, list of people.",
    },
    {
        "id": "keicho-038",
        "charset": "utf-8",
        "sender": "Mariko Sogo <sogo.mariko@hinode-sangyo.co.jp>",
        "to": ["Desmond Tan <desmond.tan@lionpoint.com.sg>"],
        "subject": "Congratulations on your wedding!",
        "body": """Dear Desmond,

I heard from Ms. Koh that you got married last weekend - congratulations to you and
your wife from all of us at Hinode Sangyo!

As a small token of our best wishes, we have sent a set of Arita porcelain tea cups to
your office. It should arrive by Friday:

  Courier : Aoba Express International
  AWB No. : 714 2290 5583
  Content : Arita-yaki tea set (gift), declared value JPY 22,000

Please let me know if customs asks for anything. We look forward to seeing you at the
Singapore trade fair in November.

Warm regards,
""" + SIG_SOGO + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English congratulation with a courier tracking number to a partner's office; nothing personal.",
    },
    {
        "id": "keicho-039",
        "charset": "iso-2022-jp",
        "sender": "鬼頭 秀樹 <kito.hideki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 購買部 北条様 <hojo.akane@xn--kawasaki-dnki-53k.co.jp>"],
        "subject": "Re: ご弔慰のお礼",
        "body": """北条様

このたびは父の葬儀に際し、ご丁重なご弔電ならびにご供花を賜り、
誠にありがとうございました。おかげさまで滞りなく葬儀を終えることができました。
部長の唐沢様にもくれぐれもよろしくお伝えくださいませ。

本来であれば拝眉のうえ御礼申し上げるべきところ、
略儀ながらメールにて失礼いたします。
来週の定例会でまたお目にかかれますのを楽しみにしております。

日の出産業株式会社 営業二部
鬼頭 秀樹
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Recipient domain is an IDN homoglyph of the partner kawasaki-denki.co.jp (Cyrillic е, punycode).",
    },
    {
        "id": "keicho-040",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["経理部 出納課 <suitou@hinode-sangyo.co.jp>"],
        "subject": "弔慰金 振込依頼（9月承認分）",
        "body": """出納課 ご担当者様

お疲れさまです。共済会の五百旗頭です。
9月の委員会で承認された弔慰金の振込をお願いします。タブ区切りで貼り付けます。

氏名	続柄・事由	金額	振込先
鬼頭 秀樹	父 死亡	30000	東海銀行 一宮支店 普通 7150028
牛腸 正道	母 死亡	30000	北越銀行 長岡駅前支店 普通 1102448
左右田 恵子	本人（左右田稔）死亡	200000	みどり銀行 溝の口支店 普通 5523019
桐島 里沙	配偶者 死亡	100000	ゆうちょ銀行 〇二八店 普通 3177460
勅使河原 誠	子 死亡	100000	みどり銀行 大崎支店 普通 2248816

振込日：9月30日
起票は共済会口座（みどり銀行 大崎支店 当座）からでお願いします。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "Tab-separated payout list with five bank accounts, but internal only (経理部).",
    },
]

# ---------------------------------------------------------------------------------------- 041-060

MESSAGES += [
    {
        "id": "keicho-041",
        "charset": "cp932",
        "sender": "纐纈 美穂 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["フラワーことぶき 名古屋店 <nagoya@flower-kotobuki.jp>"],
        "subject": "供花注文書（カード決済）の送付",
        "body": """フラワーことぶき 名古屋店 御中

お世話になっております。日の出産業 名古屋支店の纐纈です。
お電話でご相談した供花の件、注文書に記入して添付いたします。
今回は支店の法人カードで決済させていただきます。

ご確認のうえ、受付の可否だけご返信いただけますと助かります。
""" + SIG_KOKETSU,
        "attachments": [
            {"kind": "docx", "name": "供花注文書_日の出産業名古屋支店.docx",
             "paragraphs": ["供花ご注文書", "フラワーことぶき 名古屋店 行", "令和8年9月28日"],
             "tables": [[
                 ["項目", "ご記入欄"],
                 ["ご注文者", "日の出産業株式会社 名古屋支店 纐纈 美穂"],
                 ["商品", "供花（スタンド一対） 33,000円（税込）"],
                 ["お届け先", "セレモニーホール葵 一宮（愛知県一宮市栄3-8-15）"],
                 ["お届け日時", "9月29日 15:00まで"],
                 ["名札", "日の出産業株式会社 名古屋支店 支店長 猪熊 和久"],
                 ["お支払方法", "クレジットカード"],
                 ["カード番号", card_number(SEED + 22)],
                 ["有効期限", "11/28"],
                 ["カード名義", "KAZUHISA IGUMA"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "DOCX order form carries a full credit card number and its holder to a florist.",
    },
    {
        "id": "keicho-042",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
        "subject": "社内結婚お祝い会（10/9）お料理のご相談",
        "body": """北国フーズ株式会社
ケータリング事業部 ご担当者様

お世話になっております。日の出産業 総務部の栗花落です。
10月9日（金）に社内で開く結婚お祝い会（約35名、立食）のお料理について、
ご相談させてください。

主役の新郎 アフマド・ラフマン（海外事業部）がイスラム教徒のため、
新郎向けにハラール認証の料理を別皿でご用意いただくことは可能でしょうか。
また、新婦の友人として出席する同部の シャルマ・プリヤ さんはヒンドゥー教徒で
牛肉を召し上がらないとのことです。

アルコールは会場内の別テーブルに分けて置く形で考えております。
お見積りを10月1日までにいただけますと幸いです。
""" + SIG_TSUYURI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "Religion of two named employees disclosed to an external caterer: 要配慮個人情報 (信条).",
    },
    {
        "id": "keicho-043",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["カタログさち 法人窓口 <b2b@catalog-sachi.jp>"],
        "subject": "香典返しカタログ 価格表についての質問",
        "body": """カタログさち 法人窓口 御中

先日は資料をお送りいただきありがとうございました。日の出産業の栗花落です。
いただいた価格表（添付のPDF、2026年秋版）について、2点質問させてください。

1. 「弔事用 しのぶ草」コースの掛け紙は、弊社指定の文面（会社名入り）に対応できますか。
2. 100部以上の場合の数量割引は、複数コースの合算でも適用されますか。

社内の稟議に回す関係で、今週中にご回答いただけますと助かります。
""" + SIG_TSUYURI,
        "attachments": [
            {"kind": "pdf", "name": "catalog_sachi_price_2026autumn.pdf",
             "title": "法人向け価格表 2026秋",
             "lines": ["カタログさち 法人向け価格表（2026年秋版）", "税込価格／送料込み（離島除く）", ""],
             "table": [
                 ["コード", "コース名", "用途", "価格", "100部以上"],
                 ["CS-3300", "しのぶ草", "弔事", "3,630円", "3,450円"],
                 ["CS-5500", "しのぶ草 松", "弔事", "5,830円", "5,540円"],
                 ["CK-3300", "ことほぎ", "慶事", "3,630円", "3,450円"],
                 ["CK-5500", "ことほぎ 梅", "慶事", "5,830円", "5,540円"],
                 ["CB-2200", "ベビーギフト", "出産内祝", "2,530円", "2,400円"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Question about a vendor's price list (PDF of product codes and prices).",
    },
    {
        "id": "keicho-044",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["カタログさち 法人窓口 <b2b@catalog-sachi.jp>"],
        "subject": "出産祝いカタログ（CB-2200）5件 直送のお願い",
        "body": """カタログさち 法人窓口 御中

お世話になります。日の出産業共済会の五百旗頭です。
出産祝いのベビーギフトカタログ（CB-2200）を、下記5名のご自宅へ直送お願いします。
のしは「御出産祝」、贈り主は「日の出産業共済会」で統一してください。

【1】
氏名：左近 しおり
住所：〒224-0003 神奈川県横浜市都筑区中川中央1-28-5-906
電話：080-3392-1157
お子様：2026年8月17日 誕生（長男）

【2】
氏名：舟橋 蓮
住所：〒211-0063 神奈川県川崎市中原区小杉町1-403-2-1107
電話：070-2219-8364
お子様：2026年9月2日 誕生（長女）

【3】
氏名：宍戸 昌平
住所：〒210-0833 神奈川県川崎市川崎区桜本2-14-9
電話：090-6631-0274
お子様：2026年8月31日 誕生（長女）

【4】
氏名：Nguyen Thi Lan（グエン ティ ラン）
住所：〒132-0035 東京都江戸川区平井4-7-12 ハイツ平井202
電話：080-9915-4406
お子様：2026年9月8日 誕生（次男）

【5】
氏名：雲母 貴之（きら たかゆき）
住所：〒351-0011 埼玉県朝霞市本町2-3-18
電話：048-463-7729
お子様：2026年9月12日 誕生（長男）

以上5件、10月第1週のお届けでお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Five employees' home addresses, phones and their babies' birth dates, one record per block, to a gift vendor.",
    },
    {
        "id": "keicho-045",
        "charset": "iso-2022-jp",
        "sender": "舎人 健吾 <toneri.kengo@hinode-sangyo.co.jp>",
        "to": ["葵メモリアルホール 梅田 受付 <umeda@memorial-hall-aoi.jp>"],
        "subject": "10/2 告別式 弊社お手伝い要員のご連絡",
        "body": """葵メモリアルホール 梅田
ご担当 浜口様

お世話になっております。日の出産業 大阪支社の舎人でございます。
10月2日の告別式で、弊社から受付のお手伝いに伺う者の連絡先をお知らせします。
当日、控室の鍵の受け渡しなどでご連絡いただく場合はこちらへお願いします。

・舎人 健吾（責任者）　　080-4418-2963
・能勢 ゆかり　　　　　　090-2275-6108
・於保 光太郎　　　　　　080-6637-0491
・四方田 恵美　　　　　　070-3358-9912

集合は9時30分を予定しております。
""" + SIG_TONERI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Four helpers' mobile numbers to the funeral hall: under five people, may warn but not hold.",
    },
    {
        "id": "keicho-046",
        "charset": "utf-8",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["星野税理士事務所 <office@zeirishi-hoshino.jp>"],
        "subject": "弔慰金・死亡退職金 支給通知書（控）",
        "body": """星野税理士事務所 御中

お世話になっております。経理部の東海林です。
故 左右田稔 氏に係る弔慰金・死亡退職金の支給通知書（控）をPDFでお送りします。
相続税の申告に関するご相談でご遺族から問い合わせがあった場合の参考資料です。

PDFには閲覧パスワードを設定しています。パスワードはお電話でお伝えします。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "pdf", "name": "支給通知書_左右田様_控.pdf", "password": "S0da-0827",
             "title": "支給通知書",
             "lines": ["支給通知書（控）", "受給者 左右田 恵子 様", "弔慰金 200,000円", "死亡退職金 8,400,000円"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "Password-protected PDF to a tax accountant: cannot be inspected.",
    },
    {
        "id": "keicho-047",
        "charset": "iso-2022-jp",
        "sender": "総務部 総務課 <somu@hinode-sangyo.co.jp>",
        "to": ["総務部 総務課 <somu@hinode-sangyo.co.jp>"],
        "cc": [
            "青葉運輸 営業部 <eigyo@aoba-unyu.co.jp>",
            "ツバサシステム 営業部 <sales@tsubasa-system.jp>",
            "北国フーズ 購買課 <kobai@kitaguni-foods.co.jp>",
            "丸高ギフト 法人営業部 <houjin@gift-marutaka.co.jp>",
            "文具屋東海 法人営業 <hojin@bunguya-tokai.co.jp>",
        ],
        "subject": "年末年始のご挨拶状ご辞退のお願い（喪中につき）",
        "body": """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。

本年９月に弊社取締役会長 日向宗一郎が逝去いたしました。
つきましては、誠に勝手ながら年末年始のご挨拶（年賀状・カレンダー等）を
控えさせていただきたく、お知らせ申し上げます。
皆様からのご挨拶につきましても、ご放念くださいますようお願い申し上げます。

本年中に賜りましたご厚情に深く感謝申し上げますとともに、
明年も変わらぬご愛顧のほど、よろしくお願い申し上げます。

日の出産業株式会社 総務部
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Five suppliers put in Cc instead of Bcc: all can see each other.",
    },
    {
        "id": "keicho-048",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 芹沢様 <serizawa@sakura-hotel.jp>"],
        "cc": ["錦印刷 森本様 <morimoto@nishiki-insatsu.co.jp>"],
        "subject": "お別れの会 会場案内図のご提供について",
        "body": """さくらホテル 芹沢様
（cc：錦印刷 森本様）

お世話になっております。日の出産業 秘書室の百目鬼です。
お別れの会の案内状に掲載する会場アクセス図について、
ホテル様の公式の案内図データ（最寄駅からの徒歩ルート入り）を、
印刷をお願いしている錦印刷の森本様へ直接お送りいただくことは可能でしょうか。

森本様、データ形式（AI／PDF）のご希望がありましたら芹沢様へお伝えください。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "A three-way working mail with two partner organisations in To/Cc: allowed.",
    },
    {
        "id": "keicho-049",
        "charset": "iso-2022-jp",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["神崎社会保険労務士事務所 神崎様 <kanzaki@sr-kanzaki.jp>"],
        "subject": "故 左右田稔 氏 遺族年金等の手続き支援のお願い",
        "body": """神崎先生

お世話になっております。四十物です。
先日ご相談した故 左右田 稔さんのご遺族の件、奥様から正式に
遺族厚生年金・遺族基礎年金の請求手続きの支援をお願いしたいとのお申し出がありました。
事務所でお受けいただけるとのことでしたので、必要な情報をお送りします。

　故人　　：左右田 稔　　昭和47年6月14日生　　基礎年金番号 4021-386517
　請求者　：左右田 恵子　昭和49年2月3日生　　 基礎年金番号 4109-552803
　子　　　：左右田 航（平成13年生、既に就職のため加算対象外）
　死亡日　：令和8年8月27日（在職中）

奥様のご連絡先は、先生の事務所から直接お電話いただく形でご了解をいただいています。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Basic pension numbers of a late employee and his widow with DOB to an external labour consultant.",
    },
    {
        "id": "keicho-050",
        "charset": "utf-8",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 多々良様 <tatara@tsubasa-system.jp>"],
        "subject": "慶弔管理システム 要件定義用のサンプルデータ（予算実績）",
        "body": """ツバサシステム
多々良様

お世話になっております。経理部の東海林です。
次期「慶弔・福利厚生管理システム」の要件定義で必要とのことでしたので、
慶弔費の予算実績表（部門別・月別の集計値のみ）を添付します。
個人別の明細は含めていません。

帳票レイアウトの参考にしていただければと思います。
""" + SIG_SHOJI,
        "attachments": [
            {"kind": "xlsx", "name": "慶弔費_予算実績_R8上期.xlsx",
             "page_header": "部外秘",
             "sheets": {
                 "部門別": [
                     ["令和8年度上期 慶弔費 予算実績（部門別）", "", "", ""],
                     ["部門", "予算", "実績", "差異"],
                     ["本社管理部門", 1200000, 1085000, 115000],
                     ["営業本部", 900000, 1020000, -120000],
                     ["製造本部", 1500000, 1390000, 110000],
                     ["大阪支社", 600000, 455000, 145000],
                     ["名古屋支店", 450000, 512000, -62000],
                 ],
                 "月別": [
                     ["月", "祝金", "弔慰金", "見舞金", "供花・弔電"],
                     ["4月", 180000, 230000, 60000, 142000],
                     ["5月", 90000, 100000, 30000, 88000],
                     ["6月", 240000, 60000, 0, 71000],
                     ["7月", 120000, 130000, 90000, 95000],
                     ["8月", 150000, 260000, 30000, 164000],
                     ["9月", 210000, 390000, 60000, 233000],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Aggregate budget workbook stamped 部外秘 in its page header, sent to a system vendor.",
    },
    {
        "id": "keicho-051",
        "charset": "utf-8",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["舎人 健吾 <toneri.kengo@osaka.hinode-sangyo.co.jp>"],
        "subject": "大阪支社 於保さんのお見舞いについて",
        "body": """舎人さん

お疲れさまです。本社総務の釜萢です。
於保 光太郎さん（大阪支社 営業課）の入院の件、人事から連絡がありました。
脳梗塞で9月26日に大阪北医療センターに緊急入院、現在はリハビリ病棟に移られたそうです。
左半身に軽い麻痺が残る可能性があるとのことで、ご家族は面会を控えてほしいとのご意向です。

共済会からの傷病見舞金（30,000円）は、本人の了承を得て給与口座に振り込みます。
お見舞いの品は、面会は避けて、支社から奥様宛にお送りいただく形でお願いできますか。
（予算は5,000円程度、共済会で精算します）

よろしくお願いします。
""" + SIG_KAMAYACHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "A colleague's stroke and hospital, but the recipient is on an internal subdomain (osaka.hinode-sangyo.co.jp).",
    },
    {
        "id": "keicho-052",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["旅の窓 法人旅行センター <houjin@tabi-no-mado.co.jp>"],
        "subject": "永年勤続記念旅行 参加者名簿（航空券手配用）",
        "body": """株式会社旅の窓
法人旅行センター 御中

いつもお世話になっております。日の出産業 総務部の栗花落です。
11月の永年勤続（30年）記念旅行（沖縄 2泊3日）の参加者名簿をPDFでお送りします。
航空券の手配に生年月日が必要とのことでしたので記載しております。

旅程表の確定版は10月20日までにいただけますと幸いです。
""" + SIG_TSUYURI,
        "attachments": [
            {"kind": "pdf", "name": "永年勤続記念旅行_参加者名簿.pdf",
             "title": "参加者名簿",
             "page_footer": "日の出産業株式会社 総務部",
             "lines": ["令和8年度 永年勤続（30年）記念旅行　参加者名簿", "行程：11月19日（木）〜21日（土）沖縄本島", ""],
             "table": [
                 ["No", "氏名", "フリガナ", "性別", "生年月日", "所属"],
                 ["1", "牛腸 正道", "ゴチョウ マサミチ", "男", "1971/03/02", "製造部"],
                 ["2", "栗山 典子", "クリヤマ ノリコ", "女", "1973/10/25", "総務部"],
                 ["3", "鰐淵 重雄", "ワニブチ シゲオ", "男", "1970/12/08", "物流部"],
                 ["4", "勅使河原 誠", "テシガワラ マコト", "男", "1972/05/19", "営業一部"],
                 ["5", "桐生 真澄", "キリュウ マスミ", "女", "1974/01/30", "経理部"],
                 ["6", "猪熊 和久", "イグマ カズヒサ", "男", "1969/07/14", "名古屋支店"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of six employees with dates of birth to a travel agency: list of people.",
    },
    {
        "id": "keicho-053",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["円通寺 寺務所 <jimusho@entsuji.or.jp>"],
        "subject": "故 日向宗一郎 四十九日法要の日程について",
        "body": """円通寺 寺務所 御中

いつもお世話になっております。日の出産業株式会社 秘書室の百目鬼と申します。
先般は弊社元会長 日向宗一郎の葬儀に際し、ご住職様には大変お世話になりました。

日向家より、四十九日法要を下記の日程でお願いできないかとのことで、
代わりにご都合を伺うようにと申し付かりました。

　第一希望：11月7日（土）午前10時〜
　第二希望：11月8日（日）午前10時〜
　参列予定：ご親族 約20名（会社関係者は参列いたしません）
　納骨：同日、墓所にて

お布施・お車代等は日向家より直接お渡しするとのことです。
ご都合をお知らせいただけますと幸いです。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Scheduling a memorial service with a temple; no personal data beyond names.",
    },
    {
        "id": "keicho-054",
        "charset": "iso-2022-jp",
        "sender": "保志 祐介 <hoshi.yusuke@hinode-sangyo.co.jp>",
        "to": ["人事部 福利厚生担当 <fukuri@hinode-sangyou.co.jp>"],
        "subject": "結婚祝金の申請（物流部 保志）",
        "body": """福利厚生ご担当者様

お疲れさまです。物流部の保志です。
8月に結婚しましたので、結婚祝金の申請をお願いします。

　氏名　　：保志 祐介（社員番号 H-18820）
　入籍日　：2026年8月8日
　配偶者　：保志 奈央（旧姓 佃）
　振込口座：みどり銀行 大崎支店 普通 3308172 ホシ ユウスケ

婚姻届受理証明書はスキャンして後ほどお送りします。
よろしくお願いします。

物流部 保志
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "hinode-sangyou.co.jp (letter added) imitates the company's own domain; the applicant's bank account would leave.",
    },
    {
        "id": "keicho-055",
        "charset": "shift_jis",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["こころケア 相談センター 担当カウンセラー <counsel@kokoro-care.jp>"],
        "subject": "休職中社員のご家族ご逝去に伴うご相談（EAP契約 HS-01）",
        "body": """株式会社こころケア
相談センター ご担当カウンセラー様

いつもお世話になっております。日の出産業 人事部の四十物です。
EAP契約でご対応いただいている社員について、ご相談させてください。

経理部の 薬袋 智子（みない ともこ）さんは、うつ病のため6月から休職中ですが、
9月22日にお父様が亡くなられたと、ご本人から連絡がありました。
主治医からは「喪失体験による症状の悪化に注意」との意見が出ております。

・忌引休暇の扱い（休職中のため取得の対象外）をどう伝えるべきか
・弔慰金の手続き書類を今お送りしてよいか
・復職面談（10月予定）の延期の要否

について、専門家のお立場からご助言いただけますでしょうか。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's depression and sick leave disclosed to an external EAP provider: 要配慮個人情報.",
    },
    {
        "id": "keicho-056",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["給与サポート 佐伯様 <saeki@kyuyo-support.co.jp>"],
        "subject": "弔慰金の振込先変更（1件）",
        "body": """佐伯様

お世話になっております。五百旗頭です。
先日お送りした弔慰金の支給一覧のうち1件、振込先の変更依頼がありましたので差し替えをお願いします。

　社員番号：H-07731　牛腸 正道
　変更前　：北越銀行 長岡駅前支店 普通 1102448
　変更後　：みどり銀行 大崎支店 普通 2291107 ゴチヨウ マサミチ

理由は、ご実家側の口座を閉じられたためとのことです。
他の明細に変更はありません。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "One employee's bank accounts to the payroll outsourcer: a single record, may warn.",
    },
    {
        "id": "keicho-057",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["日の出産業OB会 幹事 保坂様 <obkai.hosaka@gmail.com>"],
        "subject": "OB会 訃報連絡用の名簿（秘書室保管分）",
        "body": """保坂様

ご無沙汰しております。秘書室の百目鬼です。
OB会の訃報連絡網を作り直されるとのことで、秘書室で控えている元役員・OBの方の
連絡先をテキストファイルにしてお送りします。
古い情報も混じっているかもしれませんので、ご確認いただきながらお使いください。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "txt", "name": "OB連絡先_秘書室控.txt", "encoding": "utf-8",
             "text": """日の出産業OB 連絡先（秘書室控　2026年9月時点）
氏名\t電話\t住所\t備考
蓮實 功\t0466-22-5190\t神奈川県藤沢市鵠沼海岸3-5-11\t元相談役
保坂 淳一\t042-574-2236\t東京都国立市中1-18-4\t元常務
轟 正和\t04-2921-5530\t埼玉県所沢市東町14-3\t元取締役
新発田 和代\t025-244-7813\t新潟県新潟市中央区東大通2-5-20\t元監査役
勘解由小路 昭\t075-771-2046\t京都府京都市左京区吉田河原町15-9\t元大阪支社長
長宗我部 元信\t088-823-7150\t高知県高知市本町5-3-21\t元製造本部長
蔵持 幸三\t03-3996-0578\t東京都練馬区石神井町4-11-2\t元総務部長
"""},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "Text attachment listing seven retirees' phones and home addresses, to a free-mail address.",
    },
    {
        "id": "keicho-058",
        "charset": "iso-2022-jp",
        "sender": "纐纈 美穂 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["フラワーことぶき 名古屋店 <nagoya@flower-kotobuki.jp>"],
        "subject": "供花の色合いについて（9/29 セレモニーホール葵 一宮）",
        "body": """フラワーことぶき 名古屋店 御中

お世話になっております。日の出産業 名古屋支店の纐纈です。
先ほどお願いした供花の件で追加のご連絡です。

喪主の鬼頭 秀樹様（弊社社員）のお宅は浄土真宗本願寺派とのことで、
式場からも「樒ではなく生花、白・淡い紫中心で」と案内があったそうです。
色合いをそのようにご調整いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_KOKETSU,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's family denomination told to a florist: literally religion, but routine funeral logistics.",
    },
    {
        "id": "keicho-059",
        "charset": "utf-8",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["旅の窓 法人旅行センター 大関様 <ozeki@tabi-no-mado.co.jp>"],
        "subject": "結婚記念品（旅行券）ご利用分 ホノルル便の旅券情報",
        "body": """旅の窓 法人旅行センター
大関様

お世話になっております。日の出産業の栗花落です。
共済会の結婚記念品（旅行券）でハワイ旅行を申し込んだ社員の件、
航空券の発券に必要な旅券情報を本人から預かりましたのでお送りします。

■社員本人
　氏名（ローマ字）：HOSHI YUSUKE
　生年月日　　　　：1994/02/16
　旅券番号　　　　：TR7358214（有効期限 2033/05/11）

■配偶者
　氏名（ローマ字）：HOSHI NAO
　生年月日　　　　：1995/09/03
　旅券番号　　　　：TS2091477（有効期限 2031/12/20）
　※旧姓（TSUKUDA）のままの旅券のため、航空券はHOSHIで問題ないかご確認ください。

出発：12月26日（土）羽田発、帰国：12月31日（木）
""" + SIG_TSUYURI,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Two people's passport numbers with DOB to a travel agency: identity documents.",
    },
    {
        "id": "keicho-060",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["役員各位 <yakuin@hinode-sangyo.co.jp>"],
        "cc": ["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】役員慶弔規程 改定案（10/8 取締役会付議）",
        "body": """役員各位

秘書室の百目鬼です。
10月8日の取締役会に付議予定の「役員慶弔規程」改定案を添付いたします。
元会長の逝去に際し、現行規程では社葬・お別れの会の費用負担の定めがなかったことを
受けての改定です。

事前にご一読のうえ、ご意見があれば10月5日までに秘書室までお寄せください。
本資料は社外秘です。取扱いにご注意ください。

秘書室　百目鬼
""",
        "attachments": [
            {"kind": "pptx", "name": "役員慶弔規程_改定案.pptx",
             "page_footer": "社外秘",
             "slides": [
                 ["役員慶弔規程 改定案", "2026年10月8日 取締役会", "秘書室"],
                 ["改定の趣旨", "社葬・お別れの会の費用負担を明文化", "弔慰金の算定基準を役位別に見直し"],
                 ["主な改定点", "第6条 社葬の実施基準（会長・社長経験者）", "第9条 弔慰金：最終報酬月額×在任年数×係数"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 marking on mail and slides, but sent only to internal directors.",
    },
]

# ---------------------------------------------------------------------------------------- 061-080

MESSAGES += [
    {
        "id": "keicho-061",
        "charset": "iso-2022-jp",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["清涼葬祭 桑原様 <kuwabara@seiryo-sousai.co.jp>"],
        "subject": "お別れの会 ご招待者リスト（受付用）",
        "body": """桑原様

お世話になっております。釜萢です。
秘密保持契約の締結ありがとうございました。
受付でお使いいただくご招待者リストをお送りいたします。
当日の受付レイアウト（五十音で4列）に合わせて並べ替えてあります。

ファイルが開けない等ございましたらお知らせください。
""" + SIG_KAMAYACHI,
        "attachments": [
            {"kind": "corrupt", "name": "ご招待者リスト_受付用.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The XLSX attachment is corrupt: it cannot be inspected before leaving.",
    },
    {
        "id": "keicho-062",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["鰐淵 キヨ 様 <kiyo-wanibuchi@docomo.ne.jp>",
               "桐島 修 様 <osamu.k1952@ezweb.ne.jp>"],
        "subject": "お別れの会のご案内（ご夫妻でのご参列について）",
        "body": """鰐淵 キヨ 様
桐島 修 様

ご無沙汰しております。日の出産業 秘書室の百目鬼でございます。
先日お電話で、お二方とも元会長の運転手として長くお仕えいただいたご縁から、
ご一緒にお越しになりたいと伺いましたので、連名にてご案内をお送りいたします。

　日時：11月6日（金）13時〜16時（献花形式）
　会場：さくらホテル 2階「鳳凰の間」

当日は受付で「秘書室ご案内」とお申し付けください。控室にご案内いたします。
ご返信はお電話でも結構でございます。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "Two private persons who asked to be addressed together: two parties only, no personal data.",
    },
    {
        "id": "keicho-063",
        "charset": "utf-8",
        "sender": "Mariko Sogo <sogo.mariko@hinode-sangyo.co.jp>",
        "to": ["Paul Richter <p.richter@kestrel-comp.com>"],
        "subject": "Flowers for Mr. Okafor's funeral",
        "body": """Dear Paul,

Thank you for letting us know about the sudden passing of your colleague Samuel Okafor.
He supported our team during every plant audit, and we are very sorry to hear the news.

We would like to send a funeral wreath from Hinode Sangyo. Could you tell us:
  - the name and address of the funeral home,
  - the date and time of the service,
  - whether the family has asked for donations instead of flowers?

If it is easier, please simply forward the public obituary notice and we will arrange
everything through a local florist.

Kind regards,
""" + SIG_SOGO + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English enquiry to a partner about sending a wreath; no personal data.",
    },
    {
        "id": "keicho-064",
        "charset": "cp932",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["神崎社会保険労務士事務所 <office@sr-kanzaki.jp>"],
        "subject": "外国籍社員の結婚に伴う扶養追加（在留カード情報）",
        "body": """神崎社会保険労務士事務所
ご担当者様

お世話になっております。日の出産業 人事部の四十物です。
製造部のグエン・ヴァン・ミンさんが結婚し、来日した配偶者を扶養に入れたいとのことです。
健康保険の被扶養者認定と、家族手当の手続きをお願いいたします。

【配偶者】
　氏名　　　　：NGUYEN THI HOA（グエン・ティ・ホア）
　生年月日　　：1998年4月22日
　国籍　　　　：ベトナム
　在留資格　　：家族滞在（在留期限 2029年9月10日）
　在留カード番号：UH48201736QA
　同居開始日　：2026年9月15日

在留カードの両面コピーは、本人の了承を得て別途郵送いたします。
共済会からは結婚祝金を支給済みです。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "Residence card number with name and DOB of an employee's spouse to an external consultant.",
    },
    {
        "id": "keicho-065",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴集会課 芹沢様 <serizawa@sakura-hotel.jp>"],
        "subject": "Re: 祝賀会当日のご連絡先について",
        "body": """芹沢様

承知いたしました。当日は宍戸さんのご家族が早めに到着されるとのことですので、
控室のご用意をお願いいたします。それ以外は先日の内容どおりで結構です。

栗花落

-----Original Message-----
From: 芹沢 涼 <serizawa@sakura-hotel.jp>
Sent: Tuesday, October 20, 2026 3:14 PM
To: 栗花落 さやか
Subject: 祝賀会当日のご連絡先について

栗花落様

いつもありがとうございます。さくらホテルの芹沢です。
表彰者の宍戸様の奥様（宍戸 美帆様 090-6631-0275）より直接お電話をいただき、
当日はお子様連れで13時頃に到着されるとのことでした。
ご家族用の控室を1室ご用意してよろしいでしょうか。

さくらホテル 宴集会課 芹沢
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The only personal phone number is in text quoted from the hotel's own mail.",
    },
    {
        "id": "keicho-066",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["フクリプラス 導入チーム <onboarding@fukuri-plus.co.jp>"],
        "subject": "慶弔給付ポータル 初期登録データ（結婚・出産）",
        "body": """フクリプラス 導入チーム 御中

お世話になっております。日の出産業共済会の五百旗頭です。
来月から利用開始する慶弔給付ポータルの初期登録用に、今年度の結婚・出産の給付対象者データを
ZIPにまとめてお送りします（CSVはUTF-8、項目定義書付き）。

取込テストの結果をお知らせください。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "zip", "name": "hinode_initial_load_202609.zip",
             "files": [
                 {"kind": "csv", "name": "kyufu_taishosha.csv", "encoding": "utf-8",
                  "rows": [
                      ["member_no", "name", "name_kana", "birth_date", "zip", "address", "event", "event_date"],
                      ["HS-20117", "御手洗 千夏", "ミタライ チナツ", "1995-11-02", "141-0001", "東京都品川区北品川4-7-35-503", "結婚", "2026-09-12"],
                      ["HS-18820", "保志 祐介", "ホシ ユウスケ", "1994-02-16", "144-0052", "東京都大田区蒲田5-31-2", "結婚", "2026-08-08"],
                      ["HS-15502", "宍戸 昌平", "シシド ショウヘイ", "1990-04-17", "210-0833", "神奈川県川崎市川崎区桜本2-14-9", "出産", "2026-08-31"],
                      ["HS-21390", "左近 しおり", "サコン シオリ", "1992-06-28", "224-0003", "神奈川県横浜市都筑区中川中央1-28-5", "出産", "2026-08-17"],
                      ["HS-20985", "舟橋 蓮", "フナハシ レン", "1993-01-09", "211-0063", "神奈川県川崎市中原区小杉町1-403-2", "出産", "2026-09-02"],
                      ["HS-22406", "Lim Wei Jie", "リム ウエイジエ", "1991-08-15", "135-0062", "東京都江東区東雲1-9-12", "結婚", "2026-07-04"],
                      ["HS-19012", "雲母 貴之", "キラ タカユキ", "1989-12-21", "351-0011", "埼玉県朝霞市本町2-3-18", "出産", "2026-09-12"],
                      ["HS-17733", "Nguyen Thi Lan", "グエン ティ ラン", "1996-03-05", "132-0035", "東京都江戸川区平井4-7-12", "出産", "2026-09-08"],
                  ]},
                 {"kind": "txt", "name": "項目定義.txt",
                  "text": "member_no: 共済会会員番号\nname: 氏名\nbirth_date: 生年月日(YYYY-MM-DD)\nevent: 結婚/出産\n"},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Unencrypted ZIP with a UTF-8 CSV of eight members' DOB and home addresses to a welfare vendor.",
    },
    {
        "id": "keicho-067",
        "charset": "utf-8",
        "sender": "Mariko Sogo <sogo.mariko@hinode-sangyo.co.jp>",
        "to": ["Jennifer Alvarez <j.alvarez@brightwater-tech.com>"],
        "subject": "Briefing note: leadership transition after our Chairman's passing",
        "body": """Dear Jennifer,

Thank you again for your kind message of condolence.

As promised in our call, I attach a short briefing note on how our Board will handle the
leadership transition and what it means for the joint development programme. Please keep
it within your executive team until our public announcement on September 24.

""" + SIG_SOGO,
        "attachments": [
            {"kind": "pdf", "name": "Hinode_Briefing_Leadership_Transition.pdf",
             "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
             "title": "Briefing note",
             "lines": [
                 "Briefing note: leadership transition",
                 "1. Chairman Soichiro Hinata passed away on 20 September 2026.",
                 "2. The Board will appoint a new Chairman on 24 September 2026.",
                 "3. President Makoto Hinata remains CEO; no change to the JDP steering committee.",
                 "4. Public announcement: 24 September 2026, 15:00 JST.",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "Attached PDF is stamped CONFIDENTIAL in its page header and goes to a foreign partner.",
    },
    {
        "id": "keicho-068",
        "charset": "shift_jis",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["花工房あさひ 経理ご担当 <keiri@hanakoubou-asahi.co.jp>"],
        "subject": "お支払通知（9月末支払分）",
        "body": """株式会社花工房あさひ
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の東海林です。
9月末支払分のお支払通知をお送りします。

　お取引先：株式会社花工房あさひ（登録番号 T3301104025817）
　お支払日：2026年9月30日
　お振込先：みどり銀行 品川支店 普通 0671124 カ）ハナコウボウアサヒ

　請求書番号　　　　内容　　　　　　　　　　　　　　　金額（税込）
　HA-2608-331　　　供花（9/18 清涼会館大崎ホール）　 16,500
　HA-2608-347　　　祝花（取引先新社屋竣工）　　　　　 27,500
　HA-2608-352　　　供花一対（9/24 セレモニー円山）　 33,000
　　　　　　　　　　　　　　　　　　　　　合計　　　　 77,000

振込手数料は弊社負担です。
""" + SIG_SHOJI,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "Payment notice with the vendor's invoice-registration (T) number and company bank account: business data only.",
    },
    {
        "id": "keicho-069",
        "charset": "iso-2022-jp",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["介護ナビサポート 法人相談窓口 <houjin@kaigo-navi-support.jp>"],
        "subject": "社員の介護休業に関するご相談（法人会員 No.2207）",
        "body": """介護ナビサポート
法人相談窓口 ご担当者様

お世話になっております。日の出産業 人事部の四十物です。
法人会員の相談サービスを利用させていただきたく、ご連絡しました。

総務部の栗山 典子さんのお母様（栗山 キミさん、82歳、沼津市在住）が
アルツハイマー型認知症と診断され、要介護3の認定を受けたとのことです。
お父様を昨年亡くされており、現在は栗山さんが週末ごとに沼津へ通って介護をされています。

・介護休業（93日）の分割取得の組み方
・沼津市周辺で入所可能な施設の探し方
・共済会の見舞金制度との併用

について、ご本人との面談（オンライン可）を設定していただけますでしょうか。
ご本人の了承は得ております。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "An identifiable parent's dementia diagnosis and care level sent to an external care-consulting firm.",
    },
    {
        "id": "keicho-070",
        "charset": "iso-2022-jp",
        "sender": "給与計算 臨時端末 <payroll-pc03@hinode-sangyo.co.jp>",
        "to": ["五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>"],
        "subject": "10月度 共済会給付 控除・支給データ（暗号化）",
        "body": """五百旗頭さん

給与計算端末からの自動送信です。
10月度の共済会給付（支給）・共済会費（控除）データを送ります。
社内規程に従いパスワード付きZIPにしています。パスワードは給与チームのTeamsで確認してください。
""",
        "attachments": [
            {"kind": "zip", "name": "kyosai_202610.zip", "password": "pc03-Oct-2026!",
             "files": [{"kind": "csv", "name": "kyosai_202610.csv", "encoding": "cp932",
                        "rows": [["社員番号", "区分", "金額"], ["H-20117", "支給", "30000"],
                                 ["H-15502", "支給", "20000"]]}]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Encrypted ZIP, but sender and recipient are both internal: nothing leaves.",
    },
    {
        "id": "keicho-071",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 品川営業所 集荷係 <shuka-shinagawa@aoba-unyu.jp>"],
        "subject": "集荷依頼（10/2 午後・内祝い品 12個口）",
        "body": """青葉運輸 品川営業所 集荷ご担当者様

いつもお世話になっております。日の出産業の五百旗頭です。
下記のとおり集荷をお願いいたします。

　集荷日時：10月2日（金）14時〜16時
　集荷場所：日の出ビル 1階 荷捌き場（東京都品川区大崎3-7-12）
　荷物　　：内祝い品（カタログギフト） 12個口　各1kg未満
　伝票　　：弊社にて元払い伝票を作成済み（お客様番号 03-5437-2210-01）

いつもの方がお越しの際は、守衛室で入館証をお受け取りください。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the co. of the partner aoba-unyu.co.jp: look-alike domain.",
    },
    {
        "id": "keicho-072",
        "charset": "iso-2022-jp",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["神崎社会保険労務士事務所 神崎様 <kanzaki@sr-kanzaki.jp>"],
        "subject": "慶弔休暇の取得実績（上期）ご確認のお願い",
        "body": """神崎先生

お世話になっております。四十物です。
先日の打合せでご指摘いただいた、慶弔休暇と年次有給休暇の混在の件、
上期の取得実績を個人別に抜き出しました。Wordの表で添付します。

特に、忌引の日数が規程を超えている方（表の※印）の扱いについてご意見をいただけますか。
""" + SIG_AIMONO,
        "attachments": [
            {"kind": "docx", "name": "慶弔休暇取得実績_R8上期.docx",
             "paragraphs": ["令和8年度上期 慶弔休暇 取得実績（個人別）", "人事部 労務グループ作成"],
             "tables": [[
                 ["社員番号", "氏名", "所属", "事由", "取得期間", "日数", "備考"],
                 ["H-09934", "鬼頭 秀樹", "営業二部", "父 死亡", "9/22〜9/28", "5", "※土日含む"],
                 ["H-07731", "牛腸 正道", "製造部", "母 死亡", "8/3〜8/7", "5", ""],
                 ["H-20117", "御手洗 千夏", "経理部", "本人 結婚", "9/14〜9/18", "5", ""],
                 ["H-15502", "宍戸 昌平", "物流部", "配偶者 出産", "8/31〜9/2", "3", ""],
                 ["H-18820", "保志 祐介", "物流部", "本人 結婚", "8/10〜8/14", "5", ""],
                 ["H-11063", "栗山 典子", "総務部", "祖父 死亡", "6/15〜6/17", "3", "※有休1日を振替"],
                 ["H-16690", "桐島 里沙", "営業一部", "配偶者 死亡", "7/20〜7/31", "10", "※規程7日"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "DOCX table of seven named employees with IDs and leave records to an outside consultant: list of people's records.",
    },
    {
        "id": "keicho-073",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["花工房あさひ 法人担当 <houjin@hanakoubou-asahi.co.jp>"],
        "subject": "供花お届け時のご連絡先（ご自宅葬のため）",
        "body": """花工房あさひ 法人ご担当者様

お世話になっております。日の出産業の栗花落です。
本日お願いした供花ですが、今回は斎場ではなくご自宅での葬儀となります。
お届けの際は、事前に下記のどちらかへお電話のうえお伺いください。

　喪主：桐島 里沙 様　　　携帯 090-8847-2150
　世話役：蒲生 大輔（弊社社員）　携帯 090-7704-2286

お届け先のご住所は喪主様から直接お聞きいただく形で、了承をいただいております。
よろしくお願いいたします。
""" + SIG_TSUYURI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Two people's mobile numbers to a florist for delivery: under the list threshold, may warn.",
    },
    {
        "id": "keicho-074",
        "charset": "cp932",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["給与サポート 日の出産業ご担当 <hinode-team@kyuyo-support.co.jp>"],
        "subject": "氏名・住所変更（結婚）のご連絡　経理部 御手洗",
        "body": """給与サポート
日の出産業ご担当チーム 御中

お世話になっております。人事部の四十物です。
以下の社員について、結婚に伴う住所変更がありました。
源泉徴収票・給与支払報告書の記載に反映をお願いいたします。
（今年度の年末調整で個人番号の再確認が必要とのことでしたので、併記いたします）

　社員番号：Ｈ－２０１１７
　氏名　　：御手洗 千夏（変更なし）
　個人番号：""" + _z(my_number(SEED + 6)) + """
　新住所　：〒１４１－０００１ 東京都品川区北品川４－７－３５－５０３
　変更日　：令和８年９月１２日

よろしくお願いいたします。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "A My Number typed in full-width digits, with name and new address, to the payroll outsourcer.",
    },
    {
        "id": "keicho-075",
        "charset": "iso-2022-jp",
        "sender": "総務部 <somu@hinode-sangyo.co.jp>",
        "to": ["総務部 <somu@hinode-sangyo.co.jp>"],
        "bcc": [
            "kobai@kitaguni-foods.co.jp", "eigyo@aoba-unyu.co.jp", "sales@tsubasa-system.jp",
            "houjin@gift-marutaka.co.jp", "morimoto@nishiki-insatsu.co.jp", "soumu@kawasaki-denki.co.jp",
        ],
        "subject": "年末年始休業のお知らせ（日の出産業株式会社）",
        "body": """お取引先各位

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、弊社では誠に勝手ながら、下記の期間を年末年始休業とさせていただきます。

　休業期間：令和８年１２月２９日（火）〜令和９年１月４日（月）
　※１月５日（火）より通常営業いたします。

休業期間中にいただいたお問い合わせ・ご注文につきましては、
１月５日以降、順次対応させていただきます。
ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

敬具

日の出産業株式会社 総務部
〒141-0032 東京都品川区大崎三丁目7番12号　TEL 03-5437-2200（代表）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Holiday notice to six partners correctly in Bcc; To is the sender's own internal address.",
    },
    {
        "id": "keicho-076",
        "charset": "utf-8",
        "sender": "東海林 英明 <shoji.hideaki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 唐沢様 <karasawa@kawasaki-denki.co.jp>",
               "ツバサシステム 総務部 多々良様 <tatara@tsubasa-system.jp>"],
        "cc": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>",
               "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>"],
        "subject": "Re: 工業団地 合同慰霊祭（11/23）の費用分担について",
        "body": """唐沢様、多々良様、白川先生

日の出産業の東海林（英）です。全員返信にて失礼します。
合同慰霊祭の費用分担について、昨日の打合せ内容を整理しました。

　・会場設営・祭壇：日の出産業
　・僧侶へのお布施・お車代：川崎電機様
　・案内状・記念誌の印刷：ツバサシステム様
　・当日の司会：各社持ち回り（今年は弊社）

契約書面の要否については白川先生にご確認をお願いしております。
異論がなければ、この内容で議事録を作成いたします。

> 唐沢です。お布施は弊社で引き受けます。金額は昨年同様でよろしいでしょうか。
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "Reply-all with three external organisations in To/Cc (two companies and a law firm).",
    },
    {
        "id": "keicho-077",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["舟橋 美咲 様 <misaki.funahashi@icloud.com>"],
        "subject": "出産祝いのお届け日について（日の出産業共済会）",
        "body": """舟橋 美咲 様

突然のご連絡失礼いたします。日の出産業共済会事務局の五百旗頭と申します。
このたびはご出産、誠におめでとうございます。

ご主人の舟橋 蓮さんから、お祝いの品のお届けは奥様と日程をご相談してほしいと
伺いましたので、ご連絡いたしました。
いただいたご住所（川崎市中原区のご自宅）宛に、下記いずれかでお届け予定です。

　A. 10月10日（土）午後
　B. 10月11日（日）午前

ご都合のよい日をご返信いただけますと幸いです。
""" + SIG_IOKIBE,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "One free-mail recipient about her own delivery; no one else's personal data.",
    },
    {
        "id": "keicho-078",
        "charset": "iso-2022-jp",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "勾留中の社員に対する慶弔休暇・弔慰金の扱いについてご相談",
        "body": """白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 人事部の四十物です。
至急ご相談したい案件がございます。

物流部の 茨木 翔太（いばらき しょうた）が、9月25日に窃盗の疑いで逮捕され、
現在、品川警察署に勾留されております（本人は容疑を否認していると弁護人から聞いています）。
その最中の9月28日、同人の母親が亡くなったと家族から連絡がありました。

・勾留中の欠勤を慶弔休暇として扱うべきか
・共済会の弔慰金を通常どおり支給してよいか
・起訴された場合の懲戒手続きとの関係

について、ご見解をいただけますでしょうか。
明日午後、お電話でご相談できれば幸いです。
""" + SIG_AIMONO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "A named employee's arrest and detention sent outside (to a law firm): criminal-procedure 要配慮個人情報.",
    },
    {
        "id": "keicho-079",
        "charset": "utf-8",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 多々良様 <tatara@tsubasa-system.jp>"],
        "subject": "慶弔管理システム 取引先マスタ（生花店・斎場・電報）",
        "body": """多々良様

お世話になっております。総務部の栗花落です。
取引先マスタの初期データをExcelでお送りします。
シートは「生花店」「斎場」「電報・ギフト」の3つに分けています。
いずれも会社・店舗の情報のみで、個人の連絡先は含めていません。
""" + SIG_TSUYURI,
        "attachments": [
            {"kind": "xlsx", "name": "取引先マスタ_慶弔.xlsx",
             "sheets": {
                 "生花店": [
                     ["生花店マスタ"],
                     ["コード", "店名", "所在地", "代表電話", "請求区分"],
                     ["F001", "花工房あさひ 大崎本店", "東京都品川区大崎2-1-9", "03-3490-8871", "月末締め"],
                     ["F002", "フラワーことぶき 名古屋店", "愛知県名古屋市中村区名駅3-22-4", "052-541-3306", "月末締め"],
                     ["F003", "花の丘フローリスト 大通店", "北海道札幌市中央区大通西4-1", "011-231-8702", "都度払い"],
                     ["F004", "フラワーショップ雪柳", "北海道札幌市北区北24条西5-2-8", "011-716-4430", "都度払い"],
                 ],
                 "斎場": [
                     ["コード", "斎場名", "所在地", "代表電話"],
                     ["H001", "清涼会館 大崎ホール", "東京都品川区大崎5-2-8", "03-3491-0082"],
                     ["H002", "メモリアルホール葵 港北", "神奈川県横浜市港北区新横浜2-14-27", "045-473-5510"],
                     ["H003", "セレモニーホール葵 一宮", "愛知県一宮市栄3-8-15", "0586-72-4418"],
                     ["H004", "葵メモリアルホール 梅田", "大阪府大阪市北区茶屋町6-20", "06-6373-0094"],
                 ],
                 "電報・ギフト": [
                     ["コード", "業者名", "窓口", "代表電話"],
                     ["G001", "電報ナビ", "法人デスク", "0120-330-118"],
                     ["G002", "丸高ギフト", "法人営業部", "03-3866-2214"],
                     ["G003", "カタログさち", "法人窓口", "06-6241-7730"],
                 ],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Workbook of businesses (florists, halls, vendors) with switchboard numbers: not people.",
    },
    {
        "id": "keicho-080",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["川崎電機 秘書室 <hisho@kawasaki-denki.co.jp>"],
        "subject": "お別れの会 ご弔辞の件（原稿ひな形のご送付）",
        "body": """川崎電機株式会社
秘書室 御中

いつもお世話になっております。日の出産業 秘書室の百目鬼でございます。
このたびは、お別れの会にて貴社社長様に弔辞を賜れるとのこと、心より御礼申し上げます。

ご参考までに、故人の略歴と、弔辞の目安（3分程度）をまとめたWordファイルをお送りいたします。
ご不要でしたら破棄していただいて構いません。
""" + SIG_DOMEKI,
        "attachments": [
            {"kind": "corrupt", "name": "弔辞ご参考資料_故日向宗一郎略歴.docx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "The DOCX attachment is corrupt and cannot be scanned.",
    },
]

# ---------------------------------------------------------------------------------------- 081-100

MESSAGES += [
    {
        "id": "keicho-081",
        "charset": "cp932",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["丸高ギフト 小宮山様 <komiyama@gift-marutaka.co.jp>"],
        "subject": "還暦祝い 記念品の送付先（11月・12月生まれ）",
        "body": """小宮山様

いつもお世話になっております。日の出産業共済会の五百旗頭です。
今年度下期に還暦を迎える会員への記念品（赤の今治タオルセット）の送付先です。
お誕生日の1週間前着でお願いしたいので、生年月日も記載しています。

　氏　名　　　　生年月日　　　　　　送付先
　－－－－－－　－－－－－－－－－　－－－－－－－－－－－－－－－－－－－－－－－－－
　鰐淵　重雄　　昭和４１年１１月３日　　〒２１２－００１４　神奈川県川崎市幸区大宮町１２－５
　猪熊　和久　　昭和４１年１１月２０日　〒４９１－０８５８　愛知県一宮市栄１－９－２２
　漆間　信吾　　昭和４１年１２月１日　　〒３３２－００１２　埼玉県川口市本町２－３－１７
　百瀬　とし子　昭和４１年１２月９日　　〒１８０－０００４　東京都武蔵野市吉祥寺本町３－２－８
　仁科　光男　　昭和４１年１２月１５日　〒２６０－００１３　千葉県千葉市中央区中央４－１０－６
　畔柳　聡　　　昭和４１年１２月２８日　〒４６６－００５５　愛知県名古屋市昭和区福江２－１１－３

のし：御祝（紅白蝶結び）／日の出産業共済会
ご請求は共済会宛にお願いいたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "Full-width padded table of six members with 和暦 dates of birth and home addresses to a gift vendor.",
    },
    {
        "id": "keicho-082",
        "charset": "utf-8",
        "sender": "Mariko Sogo <sogo.mariko@hinode-sangyo.co.jp>",
        "to": ["Desmond Tan <desmond.tan@lionpoint.com.sg>"],
        "subject": "Re: Thank you for the lovely gift",
        "body": """Dear Desmond,

I am so glad the tea set arrived safely and that your wife liked it. Please do not
worry about a return gift - your kind words are more than enough!

See you in November.

Mariko

On Mon, Oct 5, 2026 at 10:18 AM Desmond Tan <desmond.tan@lionpoint.com.sg> wrote:
> Dear Mariko-san,
>
> The Arita tea set arrived this morning. Mei and I were really touched. We have moved
> to a new flat, so for any future parcels please use:
>   Blk 318 Clementi Ave 4, #11-207, Singapore 120318, mobile +65 9127 4480
>
> Warm regards,
> Desmond
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Short English reply; the partner's home address and mobile are only in his own quoted text.",
    },
    {
        "id": "keicho-083",
        "charset": "utf-8",
        "sender": "纐纈 美穂 <koketsu.miho@hinode-sangyo.co.jp>",
        "to": ["カタログさち 法人窓口 <b2b@catalog-sachi.jp>"],
        "subject": "名古屋支店 出産内祝い 追加注文（注文書Excel）",
        "body": """カタログさち 法人窓口 御中

お世話になっております。日の出産業 名古屋支店の纐纈です。
支店で取りまとめた出産内祝いカタログの追加注文です。
支店経費の法人カードで決済しますので、注文書のカード欄に記入しています。
""" + SIG_KOKETSU,
        "attachments": [
            {"kind": "xlsx", "name": "ご注文書_名古屋支店_1003.xlsx",
             "sheets": {
                 "注文書": [
                     ["カタログさち ご注文書"],
                     ["ご注文日", "2026/10/03"],
                     ["ご注文者", "日の出産業株式会社 名古屋支店"],
                     [],
                     ["商品コード", "商品名", "数量", "単価", "金額"],
                     ["CB-2200", "ベビーギフト", 4, 2530, 10120],
                     ["CK-3300", "ことほぎ", 2, 3630, 7260],
                     ["", "", "", "合計", 17380],
                     [],
                     ["お支払い", "クレジットカード"],
                     ["カード番号", card_number(SEED + 23)],
                     ["有効期限", "2028/11"],
                     ["名義人", "KAZUHISA IGUMA"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "Full credit card number with holder in an XLSX order form to a vendor.",
    },
    {
        "id": "keicho-084",
        "charset": "shift_jis",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["総務部 年賀状担当 <nenga@hinode-sangyo.co.jp>"],
        "subject": "社員宛年賀状の送付除外（喪中）リスト",
        "body": """年賀状担当の皆さん

お疲れさまです。栗花落です。
社長名で社員宅に送る年賀状のうち、今年喪中の方を除外してください。
宛名データの住所と照合しやすいよう、住所も付けています。

・鬼頭 秀樹（営業二部）　愛知県一宮市栄1-4-30
・牛腸 正道（製造部）　　新潟県長岡市東坂之上町2-7-1
・左右田 恵子（故 左右田稔さん奥様）　神奈川県川崎市高津区溝口4-11-2
・桐島 里沙（営業一部）　東京都大田区南雪谷3-15-8
・勅使河原 誠（営業一部）　東京都杉並区阿佐谷北5-2-14
・栗山 典子（総務部）　　静岡県沼津市大手町2-9-3
・茨木 翔太（物流部）　　東京都品川区東大井1-18-6

以上7件です。
""" + SIG_TSUYURI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "Seven people's home addresses, but to an internal mailbox only.",
    },
    {
        "id": "keicho-085",
        "charset": "iso-2022-jp",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 大崎支店 法人窓口 <osaki-hojin@midori-ginkou.co.jp>"],
        "subject": "総合振込（共済会口座）の依頼書送付について",
        "body": """みどり銀行 大崎支店
法人窓口 ご担当者様

いつもお世話になっております。日の出産業 経理部の東海林でございます。
日の出産業共済会名義の当座口座からの総合振込（9月30日指定、12件）について、
依頼書原本を本日支店宛に郵送いたしました。

インターネットバンキングの承認者変更手続きが完了していないため、
今回に限り書面での処理をお願いしたく存じます。
控えを受領後、手数料の引落し額をお知らせいただけますと幸いです。
""" + SIG_SHOJI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "midori-ginkou.co.jp adds a letter to the partner bank's midori-ginko.co.jp: look-alike.",
    },
    {
        "id": "keicho-086",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 千尋 <domeki.chihiro@hinode-sangyo.co.jp>",
        "to": ["第一広告社 新聞広告部 <shinbun@koukoku-daiichi.co.jp>"],
        "subject": "死亡広告 原稿確定のご連絡（9/25 朝刊 全国紙2紙）",
        "body": """第一広告社 新聞広告部 御中

お世話になっております。日の出産業 秘書室の百目鬼です。
9月25日朝刊掲載の死亡広告、原稿を下記で確定いたします。
サイズは2段×7cm、掲載紙は先日お見積りの2紙でお願いします。

――――――――――――――――――――
　弊社取締役会長 日向宗一郎 儀
　かねて療養中のところ九月二十日逝去いたしました
　ここに生前のご厚誼を深謝し謹んでご通知申し上げます
　なお葬儀は近親者にて相済ませました
　お別れの会は十一月六日（金）午後一時より
　さくらホテルにて執り行います

　令和八年九月二十五日
　　　　　　東京都品川区大崎三丁目七番十二号
　　　　　　日の出産業株式会社
　　　　　　　代表取締役社長　日向 誠
――――――――――――――――――――

校正紙は不要です。掲載後、掲載紙を各2部お送りください。
""" + SIG_DOMEKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Text of a public obituary advertisement for a newspaper: public announcement, company address only.",
    },
    {
        "id": "keicho-087",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["関東機械工業健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
        "subject": "資格喪失届および埋葬料請求（被保険者死亡）の事前連絡",
        "body": """関東機械工業健康保険組合
給付課 御中

いつもお世話になっております。事業所記号417 日の出産業株式会社の五百旗頭です。
在職中に死亡した被保険者について、資格喪失届と埋葬料（家族埋葬料含む）の請求書を
本日郵送いたしました。念のため内容を事前にお知らせいたします。

　被保険者：左右田 稔（昭和47年6月14日生）
　保険証　：記号 417　番号 1093（被扶養者分 2枚を含め計3枚 回収済み）
　死亡日　：令和8年8月27日
　資格喪失日：令和8年8月28日
　埋葬料請求者：左右田 恵子（妻）
　振込先　：みどり銀行 溝の口支店 普通 5523019 ソウダ ケイコ

ご確認のほど、よろしくお願い申し上げます。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Health insurance card symbol/number of a named person, with DOB and a bank account, to the insurance society.",
    },
    {
        "id": "keicho-088",
        "charset": "iso-2022-jp",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["スタッフブリッジ 営業部 相馬様 <soma@staff-bridge.co.jp>"],
        "subject": "経理部 派遣スタッフのご相談（12月〜）",
        "body": """スタッフブリッジ株式会社
営業部 相馬様

お世話になっております。日の出産業 経理部の東海林です。
12月から、経理部で1名、派遣スタッフをお願いしたくご相談です。

出納課の小鳥遊（たかなし）さんがおめでたで、来年1月下旬に出産予定のため、
12月から産前産後休業・育児休業に入ります（復帰は再来年4月の見込み）。
その間の支払業務・小口現金管理を担っていただける方を探しております。

・期間：12月1日〜翌々年3月末（約16か月）
・業務：支払伝票起票、振込データ作成、小口現金、慶弔金の支払処理
・引継ぎ期間：11月中旬から2週間程度あれば理想です

条件に合う方がいらっしゃれば、ご紹介ください。
""" + SIG_SHOJI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "A named employee's pregnancy and due month told to a staffing agency: health-adjacent, not a listed 要配慮 category.",
    },
    {
        "id": "keicho-089",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["フクリプラス 導入チーム <onboarding@fukuri-plus.co.jp>"],
        "subject": "給付基準表（弔慰金・見舞金）のご送付",
        "body": """フクリプラス 導入チーム 御中

お世話になっております。共済会の五百旗頭です。
ポータルの給付額マスタ設定用に、弔慰金・見舞金の支給基準表をPDFでお送りします。
金額表のみで、個人に関する情報は含まれていません。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "pdf", "name": "弔慰金見舞金_支給基準表_R8.pdf",
             "page_header": "取扱注意（日の出産業共済会）",
             "title": "支給基準表",
             "lines": ["日の出産業共済会　弔慰金・見舞金 支給基準表（令和8年4月改定）", ""],
             "table": [
                 ["区分", "対象", "勤続5年未満", "勤続5年以上"],
                 ["弔慰金", "会員本人", "100,000円", "200,000円"],
                 ["弔慰金", "配偶者・子", "50,000円", "100,000円"],
                 ["弔慰金", "父母", "20,000円", "30,000円"],
                 ["傷病見舞金", "入院14日以上", "20,000円", "30,000円"],
                 ["災害見舞金", "全壊・全焼", "100,000円", "100,000円"],
                 ["災害見舞金", "半壊・半焼", "50,000円", "50,000円"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "The attached PDF carries a 取扱注意 page header and goes to an external vendor.",
    },
    {
        "id": "keicho-090",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["文具屋東海 法人営業 <hojin@bunguya-tokai.co.jp>"],
        "subject": "備品注文（不祝儀袋・祝儀袋・芳名録ほか）",
        "body": """文具屋東海 法人営業 御中

いつもお世話になっております。日の出産業 総務部の栗花落です。
下記の備品を注文いたします。在庫が少なくなってきたため、まとめての発注です。

品番　　　　 品名　　　　　　　　　　　　　数量
KS-1102　　 不祝儀袋（黒白 水引印刷）　　　 50枚
KS-1108　　 不祝儀袋（双銀 中袋付）　　　　 20枚
SG-2201　　 祝儀袋（紅白 蝶結び）　　　　　 50枚
SG-2215　　 祝儀袋（紅白 結び切り 寿）　　　20枚
HM-0030　　 芳名録（和紙 30名用）　　　　　　5冊
FP-0088　　 筆ペン（薄墨・濃墨セット）　　 10本

納品先：日の出ビル5F 総務部（東京都品川区大崎3-7-12）
納期　：10月9日まで
請求　：いつもどおり月末締めでお願いします。
""" + SIG_TSUYURI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary stationery order with product codes.",
    },
    {
        "id": "keicho-091",
        "charset": "utf-8",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["フクリプラス 導入チーム <onboarding@fukuri-plus.co.jp>"],
        "subject": "ポータル先行利用者のアカウント発行依頼（6名）",
        "body": """フクリプラス 導入チーム 御中

お世話になっております。共済会の五百旗頭です。
慶弔給付ポータルの先行利用者として、下記6名のアカウント発行をお願いします。
SMS認証用に携帯番号も記載しています。

会員番号,氏名,メールアドレス,携帯電話
HS-20117,御手洗 千夏,mitarai.chinatsu@hinode-sangyo.co.jp,090-4410-2876
HS-18820,保志 祐介,hoshi.yusuke@hinode-sangyo.co.jp,080-1193-5520
HS-21390,左近 しおり,sakon.shiori@hinode-sangyo.co.jp,080-3392-1157
HS-20985,舟橋 蓮,funahashi.ren@hinode-sangyo.co.jp,070-2219-8364
HS-22406,Lim Wei Jie,lim.weijie@hinode-sangyo.co.jp,090-7756-3018
HS-11063,栗山 典子,kuriyama.noriko@hinode-sangyo.co.jp,090-5530-6649

発行後、初期パスワード通知は各人宛に直接お送りください。
""" + SIG_IOKIBE,
        "html": """<html><body>
<p>フクリプラス 導入チーム 御中</p>
<p>お世話になっております。共済会の五百旗頭です。<br>
慶弔給付ポータルの先行利用者として、下記6名のアカウント発行をお願いします。<br>
SMS認証用に携帯番号も記載しています。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>会員番号</th><th>氏名</th><th>メールアドレス</th><th>携帯電話</th></tr>
<tr><td>HS-20117</td><td>御手洗 千夏</td><td>mitarai.chinatsu@hinode-sangyo.co.jp</td><td>090-4410-2876</td></tr>
<tr><td>HS-18820</td><td>保志 祐介</td><td>hoshi.yusuke@hinode-sangyo.co.jp</td><td>080-1193-5520</td></tr>
<tr><td>HS-21390</td><td>左近 しおり</td><td>sakon.shiori@hinode-sangyo.co.jp</td><td>080-3392-1157</td></tr>
<tr><td>HS-20985</td><td>舟橋 蓮</td><td>funahashi.ren@hinode-sangyo.co.jp</td><td>070-2219-8364</td></tr>
<tr><td>HS-22406</td><td>Lim Wei Jie</td><td>lim.weijie@hinode-sangyo.co.jp</td><td>090-7756-3018</td></tr>
<tr><td>HS-11063</td><td>栗山 典子</td><td>kuriyama.noriko@hinode-sangyo.co.jp</td><td>090-5530-6649</td></tr>
</table>
<p>発行後、初期パスワード通知は各人宛に直接お送りください。</p>
<p>日の出産業株式会社 人事部 福利厚生担当 五百旗頭 亮</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Six members' e-mail addresses and mobiles (CSV-style text plus HTML table) to an external vendor.",
    },
    {
        "id": "keicho-092",
        "charset": "iso-2022-jp",
        "sender": "釜萢 由紀子 <kamayachi.yukiko@hinode-sangyo.co.jp>",
        "to": ["品川ビルマネジメント 防災センター <bousai@bm-shinagawa.co.jp>"],
        "subject": "11月 防災訓練の参加人数と避難経路の確認",
        "body": """品川ビルマネジメント株式会社
防災センター 御中

いつもお世話になっております。日の出ビル5F〜8F入居の日の出産業 総務部 釜萢です。
11月13日（金）の合同防災訓練について、弊社の参加予定をお知らせします。

　参加人数：約180名（5F 62名／6F 48名／7F 41名／8F 29名）
　自衛消防隊：隊長 総務部長、通報連絡班・避難誘導班は各フロア2名
　訓練内容：通報・初期消火（水消火器）・避難（西側非常階段）

8Fの役員フロアは当日来客対応があるため、避難訓練のみ参加とさせてください。
避難経路図の最新版があれば、PDFでいただけますと助かります。
""" + SIG_KAMAYACHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Ordinary general-affairs mail (fire drill) to the building manager; counts only.",
    },
    {
        "id": "keicho-093",
        "charset": "iso-2022-jp",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["さくらホテル ウエディング 大谷様 <otani.wedding@sakura-hotel.jp>",
               "花工房あさひ 法人担当 <houjin@hanakoubou-asahi.co.jp>",
               "佃 博之 様 <h.tsukuda.1963@gmail.com>"],
        "subject": "保志さんご結婚披露宴 会社からの祝花について",
        "body": """さくらホテル 大谷様
花工房あさひ ご担当者様
佃 博之 様（新婦お父様）

お世話になっております。日の出産業 総務部の栗花落でございます。
12月5日の保志 祐介・奈央様ご結婚披露宴に、会社から祝花（スタンド）をお贈りしたく、
関係の皆様に一度にご連絡させていただきました。

・花工房あさひ様：12月5日 10時までにホテル3F「桂の間」前へ搬入
・さくらホテル様：搬入時の受け取りと、会場入口付近への設置をお願いします
・佃様：新郎新婦のご意向で、会場の装花と色味を合わせたいとのことでしたので、
　装花のテーマカラーを花工房あさひ様へお知らせいただけますと幸いです

よろしくお願いいたします。
""" + SIG_TSUYURI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "Hotel, florist and a private person (gmail) all in To: three external parties see each other.",
    },
    {
        "id": "keicho-094",
        "charset": "utf-8",
        "sender": "舎人 健吾 <toneri.kengo@hinode-sangyo.co.jp>",
        "to": ["葵メモリアルホール 梅田 浜口様 <hamaguchi@memorial-hall-aoi.jp>"],
        "subject": "弔問代表者のご連絡（10/1 通夜）",
        "body": """浜口様

お世話になっております。日の出産業 大阪支社の舎人です。
10月1日の通夜に弊社を代表して弔問する者の一覧をExcelでお送りします。
焼香の順番のご案内の際に参考にしてください。
""" + SIG_TONERI,
        "attachments": [
            {"kind": "xlsx", "name": "弔問代表者_1001.xlsx",
             "sheets": {"代表者": [
                 ["氏名", "役職", "当日連絡先（携帯）", "到着予定"],
                 ["猪熊 和久", "名古屋支店長", "090-3361-7024", "17:40"],
                 ["舎人 健吾", "大阪支社 総務課長", "080-4418-2963", "17:15"],
                 ["四方田 恵美", "大阪支社 営業課", "070-3358-9912", "17:15"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "Three representatives' mobiles in an XLSX to the funeral hall: under five people, may warn.",
    },
    {
        "id": "keicho-095",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["カタログさち 法人窓口 <b2b@catalog-sachi.jp>"],
        "subject": "出産祝い 1件 お届け延期のお願い（ご注文 CS-260921-118）",
        "body": """カタログさち 法人窓口 御中

お世話になっております。日の出産業共済会の五百旗頭です。
先日直送をお願いした出産祝いのうち、下記1件のお届けを延期してください。

　ご注文番号：CS-260921-118
　お届け先　：雲母 貴之 様（埼玉県朝霞市）

ご本人から、お子様が先天性心疾患（心室中隔欠損）でNICUに入院中で、
手術を控えて家を空けがちなため、退院の目処が立つまで待ってほしいとのご連絡がありました。
お届け可能になりましたら、改めてご連絡いたします。
""" + SIG_IOKIBE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "An identifiable employee's newborn's congenital heart disease and NICU stay told to a gift vendor.",
    },
    {
        "id": "keicho-096",
        "charset": "cp932",
        "sender": "栗花落 さやか <tsuyuri.s@hinode-sangyo.co.jp>",
        "to": ["おもてなしギフト 法人営業部 <sales@omotenashi-gift.com>"],
        "subject": "香典返し・会葬御礼品のお見積り依頼",
        "body": """おもてなしギフト株式会社
法人営業部 御中

はじめてご連絡いたします。日の出産業株式会社 総務部の栗花落と申します。
貴社ウェブサイトを拝見し、会葬御礼品のお見積りをお願いしたくご連絡いたしました。

　用途　　：社葬（お別れの会）の会葬御礼品
　数量　　：450個（±30）
　ご予算　：1個 1,000〜1,500円（税別）
　ご希望　：日持ちする菓子または茶、会社名入り掛け紙
　納品日　：11月5日（木）午後 会場ホテル宛

カタログや過去の法人事例などもお送りいただけますと幸いです。
よろしくお願いいたします。
""" + SIG_TSUYURI + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Quote request to a new vendor with the standard 機密情報 disclaimer: the disclaimer is not a marking.",
    },
    {
        "id": "keicho-097",
        "charset": "iso-2022-jp",
        "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
        "to": ["給与サポート 佐伯様 <saeki@kyuyo-support.co.jp>"],
        "subject": "FW: 【共済会】8月承認分 祝金一覧",
        "body": """佐伯様

お世話になっております。五百旗頭です。
8月分の祝金、支給漏れの確認をしたいとのことでしたので、
社内で回した承認メールをそのまま添付で転送します。
支給済みのものと照合をお願いできますでしょうか。
""" + SIG_IOKIBE,
        "attachments": [
            {"kind": "eml", "name": "【共済会】8月承認分 祝金一覧.eml",
             "message": {
                 "charset": "iso-2022-jp",
                 "sender": "五百旗頭 亮 <iokibe-r@hinode-sangyo.co.jp>",
                 "to": ["共済会 給付審査委員 <kyosai-iin@hinode-sangyo.co.jp>"],
                 "subject": "【共済会】8月承認分 祝金一覧",
                 "body": """委員各位

8月承認分の祝金一覧です。承認ありがとうございました。

１．保志 祐介（H-18820）結婚　30,000円　みどり銀行 大崎支店 普通 3308172
２．Lim Wei Jie（H-22406）結婚　30,000円　みどり銀行 品川支店 普通 3385927
３．宍戸 昌平（H-15502）出産　20,000円　青葉信用金庫 川崎支店 普通 0583316
４．左近 しおり（H-19948）出産　20,000円　ゆうちょ銀行 〇一八店 普通 4917205
５．鰐淵 重雄（H-09112）銀婚　10,000円　横浜中央銀行 鶴見支店 普通 6602183
６．猪熊 和久（H-05527）銀婚　10,000円　東海銀行 名駅支店 普通 2048861

共済会事務局 五百旗頭
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "Forwarded internal mail (attached .eml) listing six members' bank accounts, now sent to an outsourcer.",
    },
    {
        "id": "keicho-098",
        "charset": "iso-2022-jp",
        "sender": "東海林 英明 <shoji.hideaki@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["みどり銀行 信託部 相沢様 <aizawa@midori-ginko.co.jp>"],
        "subject": "共済会 弔慰金原資の信託化に関する打合せ日程",
        "body": """白川先生
みどり銀行 相沢様

お世話になっております。日の出産業 経理部長の東海林でございます。
先日ご相談した、共済会の弔慰金原資を金銭信託で管理する件について、
三者で一度お打合せの場を設けたく、日程をご相談させてください。

　候補1：10月14日（水）15:00〜16:30
　候補2：10月16日（金）10:00〜11:30
　候補3：10月20日（火）14:00〜15:30
　場所　：弊社 8F 第2会議室（オンライン併用可）

議題は、信託契約のスキーム、共済会規約の改定要否、税務上の取扱いを予定しております。
ご都合のよい候補をお知らせください。

日の出産業株式会社 経理部長
東海林 英明　TEL 03-5437-2251
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "Meeting scheduling with two external organisations (law firm, bank) in To/Cc: allowed.",
    },
    {
        "id": "keicho-099",
        "charset": "cp932",
        "sender": "四十物 拓真 <aimono.takuma@hinode-sangyo.co.jp>",
        "to": ["経理部 給与チーム <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "扶養控除 異動（出生2名）データ",
        "body": """給与チームの皆さん

お疲れさまです。人事の四十物です。
9月に出生届が出た2名分の扶養控除異動データを、旧形式（xls）で送ります。
給与システムの取込フォーマットがまだxlsのままなので、このまま取り込んでください。
""" + SIG_AIMONO,
        "attachments": [
            {"kind": "xls", "name": "fuyo_ido_202609.xls",
             "sheets": {"異動": [
                 ["社員番号", "社員氏名", "扶養親族氏名", "続柄", "生年月日", "個人番号", "異動日"],
                 ["H-20985", "舟橋 蓮", "舟橋 結衣", "長女", "2026/09/02", my_number(SEED + 7), "2026/09/02"],
                 ["H-19012", "雲母 貴之", "雲母 颯真", "長男", "2026/09/12", my_number(SEED + 8), "2026/09/12"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "Two newborns' My Numbers in a legacy XLS, sent only to the internal payroll team.",
    },
    {
        "id": "keicho-100",
        "charset": "iso-2022-jp",
        "sender": "東海林 剛 <shoji.tsuyoshi@hinode-sangyo.co.jp>",
        "to": ["纐纈 美穂 <koketsu.miho@hinode-sangyo.co.jp>"],
        "cc": ["経理部 出納課 <suitou@hinode-sangyo.co.jp>"],
        "subject": "名古屋支店 法人カード 9月利用分の確認",
        "body": """纐纈さん

お疲れさまです。経理の東海林です。
名古屋支店の法人カード（""" + card_number(SEED + 24) + """、名義 KAZUHISA IGUMA）の
9月利用明細に、用途の分からない明細が2件あります。

　9/28　フラワーコトブキ ナゴヤ　　33,000円
　10/3　カタログサチ　　　　　　　 17,380円

供花と出産内祝いの件かと思いますが、領収書と稟議番号を社内便で送ってください。
また、カード番号をメールや注文書に書くのは今後控えてください（ウェブ決済か請求書払いで）。

経理部 出納課　東海林
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": [],
        "note": "A corporate card number in an internal-only mail between accounting and a branch.",
    },
]
