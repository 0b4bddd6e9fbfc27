"""Insider-trading control and shareholdings at 日の出産業: the legal department's insider
desk (registers of insiders for projects, pre-clearance of employees' and officers' trades,
trading windows, the internal rules), the employee stock ownership plan (従業員持株会 and
役員持株会: joining, contribution changes, withdrawals, leavers, heirs) run with みなと証券,
the stock benefit trust and restricted stock with やまぶき信託銀行 and 東雲証券, the share
registry desk (株主名簿, 株主優待, 招集通知, 株主総会 logistics) and the ordinary mail of the
legal and IR desks (analysts, investors, proxy advisers, printers, the law firm)."""

import random

from build import card_number, my_number

SEED = 66001

_ZEN = str.maketrans("0123456789-,.:/()", "０１２３４５６７８９－，．：／（）")


def _z(text: str) -> str:
    """Full-width digits, as some people type them."""
    return text.translate(_ZEN)


def _mn4(n: str, sep: str = " ") -> str:
    return sep.join((n[:4], n[4:8], n[8:]))


_SEI = [("宇留野", "ウルノ"), ("禰津", "ネヅ"), ("鶴来", "ツルギ"), ("猪狩", "イガリ"),
        ("樫尾", "カシオ"), ("御厨", "ミクリヤ"), ("指宿", "イブスキ"), ("蒲生", "ガモウ"),
        ("於保", "オオ"), ("土師", "ハジ"), ("百武", "ヒャクタケ"), ("帷子", "カタビラ"),
        ("廿日出", "ハツカデ"), ("興梠", "コウロギ"), ("飯干", "イイボシ"), ("左右田", "ソウダ"),
        ("我喜屋", "ガキヤ"), ("仲宗根", "ナカソネ"), ("眞榮田", "マエダ"), ("京極", "キョウゴク"),
        ("二階堂", "ニカイドウ"), ("月見里", "ヤマナシ"), ("一口", "イモアライ"), ("雲母", "キララ"),
        ("七五三", "シメ"), ("東風平", "コチンダ"), ("阿比留", "アビル"), ("纐纈", "コウケツ"),
        ("鬼頭", "キトウ"), ("栗栖", "クリス"), ("都築", "ツヅキ"), ("陶山", "スヤマ"),
        ("嘉数", "カカズ"), ("藤ヶ谷", "フジガヤ"), ("毛受", "メンジョウ"), ("城間", "シロマ"),
        ("朝比奈", "アサヒナ"), ("古謝", "コジャ"), ("斗澤", "トザワ"), ("祖父江", "ソブエ"),
        ("真栄城", "マエシロ"), ("長船", "オサフネ"), ("乙部", "オトベ"), ("小比類巻", "コヒルイマキ")]
_MEI = [("陽向", "ヒナタ"), ("澪", "ミオ"), ("大和", "ヤマト"), ("紬", "ツムギ"), ("湊", "ミナト"),
        ("結衣", "ユイ"), ("蒼", "アオイ"), ("千尋", "チヒロ"), ("健太郎", "ケンタロウ"),
        ("早苗", "サナエ"), ("隆史", "タカシ"), ("由紀子", "ユキコ"), ("直樹", "ナオキ"),
        ("香織", "カオリ"), ("修平", "シュウヘイ"), ("真由美", "マユミ"), ("浩二", "コウジ"),
        ("彩花", "アヤカ"), ("拓也", "タクヤ"), ("恵", "メグミ"), ("智也", "トモヤ"),
        ("美咲", "ミサキ"), ("誠", "マコト"), ("亜希子", "アキコ"), ("翔", "ショウ"),
        ("奈々", "ナナ"), ("康介", "コウスケ"), ("律子", "リツコ"), ("伸也", "シンヤ"),
        ("遥", "ハルカ")]


def _staff(n: int, seed: int) -> list[tuple[str, str, str]]:
    """n invented employees: (社員番号, 氏名, カナ), deterministic from seed."""
    rng = random.Random(f"insider-staff-{seed}")
    out, used = [], set()
    while len(out) < n:
        s, m = rng.choice(_SEI), rng.choice(_MEI)
        if (s[0], m[0]) in used:
            continue
        used.add((s[0], m[0]))
        out.append((f"H{rng.randrange(1985, 2025) % 100:02d}{rng.randrange(1000, 9999)}",
                    f"{s[0]} {m[0]}", f"{s[1]} {m[1]}"))
    return out


_KYOSHUTSU = _staff(40, 1)
_KOJO = _staff(30, 2)
_REGISTER = _staff(30, 3)

SIG_NISHINA = """
――――――――――――――――――――
日の出産業株式会社 人事部 福利厚生課
日の出産業従業員持株会 事務局
仁科 さやか（にしな さやか）
〒104-0031 東京都中央区京橋三丁目7番2号 日の出京橋ビル6F
TEL：03-6821-4352（内線 4352）／FAX：03-6821-4390
mochikabu@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_SHIIBA = """
--
日の出産業株式会社
法務部 コンプライアンス課（内部者取引管理事務局）
椎葉 真琴 / Makoto Shiiba
〒104-0031 東京都中央区京橋3-7-2 日の出京橋ビル8F
TEL 03-6821-4410 / Mobile 080-4412-7720
shiiba.m@hinode-sangyo.co.jp"""

SIG_ONIZUKA = """
***************************************
日の出産業株式会社
経営企画部 IR室　鬼塚 玲奈
TEL: 03-6821-4501　FAX: 03-6821-4509
E-mail: onizuka.r@hinode-sangyo.co.jp
IRサイト: https://www.hinode-sangyo.co.jp/ir/
***************************************"""

SIG_ONIZUKA_EN = """
Best regards,

Rena Onizuka
Investor Relations, Corporate Planning Dept.
Hinode Sangyo Co., Ltd.
3-7-2 Kyobashi, Chuo-ku, Tokyo 104-0031, Japan
Tel: +81-3-6821-4501
onizuka.r@hinode-sangyo.co.jp"""

SIG_IGARASHI = """
─────────────────────
日の出産業株式会社　総務部 株式課
五十嵐 拓海
〒104-0031 東京都中央区京橋三丁目７番２号
TEL ０３－６８２１－４２２０（直通）
igarashi.t@hinode-sangyo.co.jp
─────────────────────"""

SIG_MITARAI = """
日の出産業株式会社
執行役員 法務部長　御手洗 恭平
TEL 03-6821-4400（代表）
mitarai.k@hinode-sangyo.co.jp"""

SIG_KURAMOCHI = """
========================================
日の出産業株式会社 人事部 報酬企画グループ
倉持 亜由美 (Kuramochi Ayumi)
TEL: 03-6821-4366 / kuramochi.a@hinode-sangyo.co.jp
========================================"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除してください。無断での複製・転送はご遠慮ください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete
it. Any unauthorised use, disclosure or copying is prohibited."""

MESSAGES = [
# ---------------------------------------------------------------- 001-020
{
    "id": "insider-001",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["穂積 拓真 <t.hozumi@minato-sec.co.jp>"],
    "cc": ["mochikabu@hinode-sangyo.co.jp"],
    "subject": "１０月入会分 新規会員のご連絡（６名）",
    "charset": "iso-2022-jp",
    "body": """みなと証券株式会社
職域ビジネス部　穂積 様

いつもお世話になっております。
日の出産業従業員持株会 事務局の仁科でございます。

１０月募集で申込のあった新規会員６名分をお送りします。
１１月給与からの拠出開始となりますので、会員登録をお願いいたします。

社員番号  氏名            フリガナ              生年月日    住所                                        口数
--------  --------------  --------------------  ----------  ------------------------------------------  ----
H230418   勅使河原 悠斗   テシガワラ ユウト     1999/05/14  埼玉県川口市芝新町4-18-203                     5
H230422   四十物 千尋     アイモノ チヒロ       2000/11/02  千葉県船橋市前原西2-7-11 ハイツ前原105         3
H230431   薬袋 蓮         ミナイ レン           1998/03/27  東京都練馬区石神井台6-3-9                     10
H230437   小鳥遊 ひなた   タカナシ ヒナタ       2001/08/09  神奈川県川崎市中原区木月1-24-6-302             2
H230440   忽那 颯         クツナ ハヤテ         1997/12/30  東京都府中市白糸台3-41-15                      5
H230446   五月女 美羽     ソウトメ ミウ         2000/02/21  埼玉県さいたま市浦和区岸町5-2-8                3

※口数は１口＝1,000円です。奨励金率は従来どおり10％です。
ご不明点があればご連絡ください。
""" + SIG_NISHINA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six new ESOP members with birth dates and home addresses in a padded table to the securities firm: list of people",
},
{
    "id": "insider-002",
    "expect": "pass",
    "sender": "内部者取引管理事務局 <insider-desk@hinode-sangyo.co.jp>",
    "to": ["全役員 <yakuin-all@hinode-sangyo.co.jp>", "部長会 <buchokai@hinode-sangyo.co.jp>"],
    "cc": ["秘書室 <hisho@hinode-sangyo.co.jp>"],
    "subject": "【ご連絡】第3四半期決算発表に伴う自社株売買禁止期間について",
    "charset": "utf-8",
    "body": """役員各位
部長各位

法務部 内部者取引管理事務局です。

第3四半期決算の発表（令和8年2月13日（金）15:00予定）に伴い、
社内規程第9条に基づき、下記のとおり自社株式の売買禁止期間を設定します。

　■ 売買禁止期間：令和8年1月10日（土）～ 2月13日（金）発表後の翌営業日 9:00まで
　■ 対象：役員、全従業員（派遣社員・出向受入者を含む）、およびその同居の家族
　■ 対象取引：当社株式の売買、信用取引、新株予約権の行使・売却、株式の贈与

なお、従業員持株会・役員持株会を通じた「継続的・定額の買付け」は
規程上の適用除外です。拠出口数の変更・退会・引出しは禁止期間中は受付できません。

部下の方への周知をお願いいたします。
ご不明点は内線4410（椎葉）までお問い合わせください。

法務部 内部者取引管理事務局
""",
    "entities": [],
    "detectors": [],
    "note": "all-internal trading-window notice, no personal data",
},
{
    "id": "insider-003",
    "expect": "stop",
    "sender": "日の出産業従業員持株会 事務局 <mochikabu@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "持株会 引出し（証券口座への振替）申請／会員番号04127",
    "charset": "cp932",
    "body": f"""穂積様

お世話になっております。持株会事務局の仁科です。
会員から引出し申請がありましたので、振替手続きをお願いいたします。
本人確認書類の写しは社内便でお送りしました。

【申請内容】
　会員番号　　：０４１２７
　氏名　　　　：宇留野 紗季（ウルノ サキ）
　生年月日　　：平成３年７月１９日
　住所　　　　：〒３３６－００２４　埼玉県さいたま市南区根岸２－１５－４　グランメゾン根岸４０２
　個人番号　　：{_z(_mn4(my_number(SEED + 1), '－'))}
　振替先　　　：東雲証券　本店営業部　口座番号　２１３－４５６７８９
　引出株数　　：１，０００株（１０単元）

以上、よろしくお願いいたします。
""" + SIG_NISHINA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one member's withdrawal request carrying her My Number (full-width) to the securities firm",
},
{
    "id": "insider-004",
    "expect": "stop",
    "sender": "御手洗 恭平 <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["久世 先生 <kuze@shirakawa-law.co.jp>"],
    "subject": "業績予想修正の開示タイミングについてご相談",
    "charset": "utf-8",
    "body": """白川法律事務所
久世 先生

いつも大変お世話になっております。日の出産業の御手洗です。

第3四半期の社内集計で、通期の営業利益が前回予想（42億円）に対して
3割前後上振れる見込みとなりました。経理からは1月下旬に確度の高い数字が
出る見通しと聞いております。

以下2点、ご見解を伺えますでしょうか。
1. 上振れ幅が30%前後で確定していない段階で、重要事実（業績予想の修正）に
   該当するとみて社内の売買禁止を前倒しすべきか。
2. 決算発表（2/13）を待たずに単独で修正開示をすべきタイミングの目安。

来週中に30分ほどお電話でご相談できれば幸いです。
ご都合のよい日時をお知らせください。
""" + SIG_MITARAI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "to shirakawa-law.co.jp, a look-alike (added co.) of the partner law firm's shirakawa-law.jp",
},
{
    "id": "insider-005",
    "expect": "pass",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["金城 様 <s-kaneshiro@yamabuki-trust.co.jp>"],
    "subject": "Re: 株主様からのお問合せ転送（11月分）",
    "charset": "iso-2022-jp",
    "body": """金城様

お世話になっております。日の出産業 株式課の五十嵐です。
転送いただいた５件、拝見しました。

No.3 と No.5 の方は株主優待の内容に関するご質問ですので、当社から折り返します。
それ以外の３件は定型回答で結構ですので、貴社コールセンターからご回答をお願いします。

引き続きよろしくお願いいたします。
""" + SIG_IGARASHI + """

> 日の出産業株式会社 総務部 株式課
> 五十嵐様
>
> いつもお世話になっております。やまぶき信託銀行 証券代行部の金城です。
> 11月に当社コールセンターへ寄せられた貴社株主様からのお問合せを転送します。
>
> No. 株主番号   氏名           電話番号        内容
> 1   00318842  平良 昌子      098-861-3372    配当金領収証の再発行
> 2   00402217  久保寺 武      0276-45-1190    住所変更の方法
> 3   00511930  栗林 みどり    090-2214-8836   株主優待の申込期限
> 4   00277105  長嶺 寛        03-3922-6071    相続手続き書類の請求
> 5   00630481  稗田 和代      080-6617-2093   優待品の変更可否
>
> ご確認のほどよろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the shareholder list is only in the quoted text of the trust bank's own mail; the new text has no personal data",
},
{
    "id": "insider-006",
    "expect": "stop",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["小笠原 様 <ogasawara@nishiki-insatsu.co.jp>"],
    "subject": "決算短信（案）組版のお願い",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
小笠原様

いつもお世話になっております。日の出産業IR室の鬼塚です。

第2四半期決算短信の原稿（案）をお送りします。
前回と同じレイアウトで組版をお願いできますでしょうか。
初校は11/6（木）午前中にいただけると助かります。

数値は11/5の取締役会で確定しますので、差し替えが出た場合は改めてご連絡します。
""" + SIG_ONIZUKA,
    "attachments": [
        {"kind": "docx", "name": "決算短信_2026年3月期第2四半期_案v3.docx",
         "page_header": "社外秘　開示前資料",
         "title": "2026年3月期 第2四半期決算短信〔日本基準〕（連結）案",
         "paragraphs": [
             "2026年3月期 第2四半期決算短信〔日本基準〕（連結）",
             "上場会社名　日の出産業株式会社　　コード番号　0000（仮）",
             "1．2026年3月期第2四半期の連結業績（2025年4月1日～2025年9月30日）",
             "(1) 連結経営成績（累計）",
             "売上高 61,284百万円（前年同期比 7.9%増）　営業利益 2,917百万円（同 18.2%増）",
             "経常利益 3,045百万円（同 16.7%増）　親会社株主に帰属する中間純利益 2,011百万円（同 21.4%増）",
             "2．配当の状況　中間配当 1株当たり 28円00銭（前期 24円00銭）",
             "3．2026年3月期の連結業績予想　通期予想に変更はありません。",
         ]},
    ],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached earnings-release draft stamped 社外秘 in its page header, sent to the printer",
},
{
    "id": "insider-007",
    "expect": "stop",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["北畠 様 <r.kitabatake@shinonome-shoken.co.jp>"],
    "subject": "【Project 白鷺】当社インサイダー登録者一覧の送付",
    "charset": "utf-8",
    "body": """東雲証券株式会社 投資銀行本部
北畠様

お世話になっております。日の出産業 法務部の椎葉です。
ご依頼のありました当社側の情報受領者一覧（11/20時点）をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別途お送りいたします。

ご査収のほどよろしくお願いいたします。
""" + SIG_SHIIBA,
    "attachments": [
        {"kind": "zip", "name": "Shirasagi_insider_list_1120.zip", "password": "Sr9#kq2026",
         "files": [
             {"kind": "xlsx", "name": "情報受領者一覧_1120.xlsx",
              "sheets": {"一覧": [["No", "氏名", "所属", "役職", "携帯電話", "受領日"],
                                 [1, "御厨 遼", "経営企画部", "部長", "090-3318-2045", "2025/10/02"],
                                 [2, "京極 紗英", "経営企画部", "課長", "080-5521-7730", "2025/10/02"],
                                 [3, "阿比留 秀明", "財務部", "部長", "090-6604-1182", "2025/10/09"],
                                 [4, "於保 葵", "法務部", "主任", "070-2289-3346", "2025/10/15"],
                                 [5, "鬼頭 善行", "取締役", "専務", "090-1187-6652", "2025/10/01"],
                                 [6, "陶山 佳織", "秘書室", "", "080-9903-4417", "2025/10/01"]]}},
         ]},
    ],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the financial adviser: the attachment cannot be inspected",
},
{
    "id": "insider-008",
    "expect": "stop",
    "sender": "日の出産業 IR室 <ir@hinode-sangyo.co.jp>",
    "to": ["k.tokiwa@shinonome-shoken.co.jp", "ishimine.analyst@minato-sec.co.jp",
           "yoshinaga@kaiun-sec.co.jp", "m.hanzawa@daichi-research.jp",
           "c.ochiai@hokuto-am.co.jp"],
    "subject": "2026年3月期 第2四半期 決算説明会のご案内",
    "charset": "utf-8",
    "body": """アナリスト・機関投資家の皆様

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 IR室でございます。

下記のとおり、第2四半期決算説明会を開催いたします。
ご多用中とは存じますが、ご出席賜りますようご案内申し上げます。

　日時：2025年11月14日（金）10:00～11:00
　会場：日の出京橋ビル 12階 大会議室（オンライン同時配信あり）
　説明者：代表取締役社長 鷲尾 誠一郎／取締役CFO 百目鬼 健
　お申込み：11月11日（火）までに本メールへのご返信にてお知らせください。

当日の資料は、開始30分前に当社IRサイトに掲載いたします。

日の出産業株式会社 IR室
TEL 03-6821-4501
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five analysts of five different firms in To, all visible to each other: should have been Bcc",
},
{
    "id": "insider-009",
    "expect": "pass",
    "sender": "Rena Onizuka <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["Jonathan Whitmore <j.whitmore@harborline-capital.com>"],
    "subject": "Re: Request for a 1-on-1 meeting with your CFO",
    "charset": "utf-8",
    "body": """Dear Mr. Whitmore,

Thank you for your continued interest in Hinode Sangyo.

Our CFO, Mr. Ken Domeki, would be pleased to meet you during your visit to Tokyo.
He is available on Wednesday, December 3 from 14:00 to 15:00 (JST) at our head office.
The meeting will be held in English with a consecutive interpreter if needed.

Please note that our quiet period for the third quarter starts on January 10, so we
would not be able to discuss current-quarter performance after that date.

Kindly let me know whether the proposed slot works for you.
""" + SIG_ONIZUKA_EN + "\n" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "ordinary English IR scheduling mail to one investor with the standard disclaimer",
},
{
    "id": "insider-010",
    "expect": "stop",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["仲宗根 様 <nakasone.y@yamabuki-trust.co.jp>"],
    "subject": "株式給付信託 ポイント付与対象者データ（第1回）",
    "charset": "iso-2022-jp",
    "body": """やまぶき信託銀行 受託業務部
仲宗根様

お世話になっております。日の出産業 人事部の倉持です。

株式給付信託の第1回ポイント付与（2025年4月1日付）の対象者データをお送りします。
「付与対象者」シートが明細、「集計」シートが等級別の集計です。
受給権者名簿への登録をお願いいたします。
""" + SIG_KURAMOCHI,
    "attachments": [
        {"kind": "xlsx", "name": "ポイント付与対象者_FY2025_第1回.xlsx",
         "title": "株式給付信託 ポイント付与対象者",
         "sheets": {
             "付与対象者": [
                 ["株式給付信託 ポイント付与対象者一覧（2025年4月1日付与）"],
                 [],
                 ["社員番号", "氏名", "氏名カナ", "生年月日", "入社年月日", "等級", "付与ポイント", "住所"],
                 ["H0912", "二階堂 崇", "ニカイドウ タカシ", "1978/06/12", "2001/04/01", "M2", 1200, "東京都杉並区阿佐谷北3-14-8"],
                 ["H1033", "月見里 奈緒", "ヤマナシ ナオ", "1981/02/25", "2004/04/01", "M2", 1200, "神奈川県横浜市港北区日吉本町2-31-7"],
                 ["H1187", "東風平 亮", "コチンダ リョウ", "1983/09/03", "2006/04/01", "M1", 900, "東京都大田区久が原5-2-19"],
                 ["H1202", "纐纈 絵美", "コウケツ エミ", "1984/12/18", "2007/04/01", "M1", 900, "千葉県市川市八幡4-6-1-705"],
                 ["H1256", "祖父江 大輔", "ソブエ ダイスケ", "1982/04/07", "2007/10/01", "M1", 900, "埼玉県所沢市小手指町2-22-10"],
                 ["H1318", "長船 里奈", "オサフネ リナ", "1986/07/29", "2009/04/01", "S3", 600, "東京都世田谷区経堂1-38-4"],
                 ["H1344", "斗澤 宏明", "トザワ ヒロアキ", "1985/11/11", "2009/04/01", "S3", 600, "東京都調布市国領町7-5-3"],
                 ["H1409", "真栄城 舞", "マエシロ マイ", "1988/01/30", "2010/04/01", "S3", 600, "神奈川県川崎市高津区溝口3-9-12"],
                 ["H1451", "毛受 聡", "メンジョウ サトシ", "1987/05/22", "2010/04/01", "S3", 600, "東京都江東区南砂6-11-2-1104"],
                 ["H1523", "城間 美帆", "シロマ ミホ", "1989/10/08", "2012/04/01", "S2", 400, "埼玉県川越市新宿町1-17-5"],
                 ["H1588", "乙部 健司", "オトベ ケンジ", "1990/03/16", "2013/04/01", "S2", 400, "東京都板橋区成増2-40-9"],
                 ["H1610", "嘉数 沙織", "カカズ サオリ", "1991/08/27", "2014/04/01", "S2", 400, "千葉県松戸市常盤平5-3-18"],
             ],
             "集計": [
                 ["等級", "人数", "付与ポイント計"],
                 ["M2", 2, 2400], ["M1", 3, 2700], ["S3", 4, 2400], ["S2", 3, 1200],
                 ["合計", 12, 8700],
             ],
         }},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX (title row, two sheets) of 12 employees with birth dates and home addresses to the trust bank",
},
{
    "id": "insider-011",
    "expect": "pass",
    "sender": "雨宮 和真 <amamiya.k@hinode-sangyo.co.jp>",
    "to": ["insider-desk@hinode-sangyo.co.jp"],
    "subject": "自社株式売買の事前申請（売却）",
    "charset": "utf-8",
    "body": """内部者取引管理事務局 御中

営業本部 第二営業部の雨宮です。
規程第12条に基づき、下記のとおり自社株式の売却を事前申請いたします。

・申請者：雨宮 和真（社員番号 H1377）
・保有株式：1,400株（持株会から引出し済み）
・売却予定株数：300株
・取引証券会社：みなと証券 日本橋支店（口座番号 102-884213）
・売却予定期間：承認日から5営業日以内
・売却理由：住宅購入資金の一部に充てるため
・未公表の重要事実：認識しておりません

ご承認のほどよろしくお願いいたします。

雨宮 和真
第二営業部 内線 3315
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "employee's pre-clearance request to the internal insider desk: all recipients internal",
},
{
    "id": "insider-012",
    "expect": "stop",
    "sender": "東海林 美奈 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["役員持株会 ご担当 <yakuin-mochikabu@minato-sec.co.jp>"],
    "subject": "新任取締役の役員持株会入会手続き（本人確認書類）",
    "charset": "utf-8",
    "body": """みなと証券株式会社
役員持株会ご担当者様

いつもお世話になっております。日の出産業 秘書室の東海林です。
6月の株主総会で選任された社外取締役の入会について、
本人確認書類の内容を下記のとおりお知らせします。

　氏名：Daniel Hartmann（ダニエル ハートマン）
　生年月日：1976年9月3日
　住所：〒106-0047 東京都港区南麻布4-9-22 パークコート南麻布501
　旅券番号：TZ8841927（有効期限 2031年5月19日）
　在留カード番号：UH48217359EA
　拠出額：月額50,000円（賞与時 100,000円）

原本の写しは追ってレターパックでお送りします。
よろしくお願いいたします。

秘書室　東海林 美奈
TEL 03-6821-4120
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a director's passport and residence-card numbers to the securities firm: identity documents",
},
{
    "id": "insider-013",
    "expect": "pass",
    "sender": "東海林 美奈 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["yakuin-mochikabu@minato-sec.co.jp"],
    "subject": "役員持株会 拠出額変更（３名）",
    "charset": "cp932",
    "body": """みなと証券 役員持株会ご担当者様

お世話になっております。日の出産業 秘書室の東海林です。
12月拠出分より、下記３名の拠出額を変更願います。

　会員番号 Y-017　鬼頭 善行　　生年月日 S37.4.22　月額 100,000円 → 150,000円
　会員番号 Y-023　朝比奈 律子　生年月日 S42.11.3　月額 50,000円 → 80,000円
　会員番号 Y-031　阿比留 秀明　生年月日 S45.1.28　月額 30,000円 → 50,000円

変更届（原本）は本日発送いたしました。

秘書室　東海林
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three officers' records (和暦 birth dates) to the securities firm: under five people, may be warned",
},
{
    "id": "insider-014",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "退会精算のお急ぎ対応のお願い（会員番号03318）",
    "charset": "iso-2022-jp",
    "body": """穂積様

いつもお世話になっております。持株会事務局の仁科です。

会員番号03318 鰐淵 誠司様の退会精算について、ご相談です。
鰐淵様は膵臓がんの治療のため９月から病気休職中で、
抗がん剤治療の費用に充てたいとのことで、退会と持分の現金精算を希望されています。

通常は月末締め・翌月20日払いかと存じますが、
ご事情を考慮し、できる限り早めの精算をお願いできないでしょうか。
退会届は本日付で受理しております。

ご検討のほどよろしくお願いいたします。
""" + SIG_NISHINA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's cancer treatment and sick leave (medical information) sent to the securities firm",
},
{
    "id": "insider-015",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["デザイン部 <design@nishiki-insatsu.co.jp>"],
    "subject": "持株会だより 冬号 原稿（みなと証券 店舗一覧）",
    "charset": "utf-8",
    "body": """錦印刷株式会社 デザイン部 御中

お世話になっております。日の出産業 持株会事務局の仁科です。
冬号の4ページ目に掲載する「お近くのみなと証券 店舗」一覧の原稿です。
前号から池袋支店が移転していますのでご注意ください。

店舗名\t所在地\t電話番号\t営業時間
本店営業部\t東京都中央区日本橋兜町5-1\t03-3666-1100\t9:00-15:00
池袋支店\t東京都豊島区西池袋1-21-7 池袋ウエストビル3F\t03-3985-2201\t9:00-15:00
横浜支店\t神奈川県横浜市西区南幸2-15-13\t045-311-4402\t9:00-15:00
大宮支店\t埼玉県さいたま市大宮区桜木町1-7-5\t048-641-3305\t9:00-15:00
千葉支店\t千葉県千葉市中央区富士見2-3-1\t043-224-5106\t9:00-15:00
立川支店\t東京都立川市曙町2-8-18\t042-527-6607\t9:00-15:00

よろしくお願いいたします。
""" + SIG_NISHINA,
    "entities": [],
    "detectors": [],
    "note": "a list of securities-firm branches (business addresses and switchboards), not people",
},
{
    "id": "insider-016",
    "expect": "stop",
    "sender": "横田 紀子 <yokota.n@hinode-sangyo.co.jp>",
    "to": ["星野ペイロールサービス サポート窓口 <support@hoshino-payroll.co.jp>"],
    "subject": "FW: 【みなと証券】持株会拠出金 口座振替不能のご連絡（11月分）",
    "charset": "utf-8",
    "body": """星野ペイロールサービス
ご担当者様

日の出産業 人事部給与課の横田です。
持株会事務局経由でみなと証券から下記の連絡がありました。
休職者の拠出金が口座振替になっている方のうち、振替不能となった方です。
給与控除データ側の設定と差異がないか、ご確認をお願いします。

横田

-----Forwarded Message-----
From: 穂積 拓真 <t.hozumi@minato-sec.co.jp>
Sent: Tuesday, November 25, 2025 10:42 AM
To: mochikabu@hinode-sangyo.co.jp
Subject: 【みなと証券】持株会拠出金 口座振替不能のご連絡（11月分）

日の出産業従業員持株会 事務局 御中

11月分の口座振替で、下記7名の方が振替不能となりました。

会員番号 / 氏名 / 金融機関・支店 / 口座 / 不能理由
04311 / 禰津 陽向 / みどり銀行 京橋支店 / 普通 3184072 / 残高不足
04322 / 鶴来 紬 / 東都銀行 船橋支店 / 普通 0772915 / 残高不足
04357 / 猪狩 大和 / ゆうちょ銀行 〇一八支店 / 普通 4408213 / 口座解約
04389 / 帷子 澪 / みどり銀行 川口支店 / 普通 2291564 / 残高不足
04402 / 廿日出 湊 / 関東信用金庫 本店 / 普通 0091843 / 依頼書不備
04416 / 興梠 結衣 / みどり銀行 立川支店 / 普通 3306721 / 残高不足
04423 / 飯干 蒼 / 東都銀行 浦和支店 / 普通 1150398 / 名義相違

再振替は12/10を予定しております。
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "a forwarded securities-firm mail with seven members' bank accounts, forwarded to an outside payroll vendor: forward counts",
},
{
    "id": "insider-017",
    "expect": "stop",
    "sender": "百目鬼 健 <domeki.k@hinode-sangyo.co.jp>",
    "to": ["時田 様 <h.tokita@midori-ginkou.co.jp>"],
    "subject": "持株会 奨励金の振込について（11月分）",
    "charset": "iso-2022-jp",
    "body": """みどり銀行 京橋支店
時田様

お世話になっております。日の出産業 経理部の百目鬼です。
11月分の持株会奨励金を下記のとおり振り込みますので、
入金確認後にご連絡いただけますでしょうか。

　振込額：2,846,500円
　振込日：2025年11月28日（金）
　振込先：みなと証券株式会社 日の出産業従業員持株会口

よろしくお願いいたします。

日の出産業株式会社 経理部 財務課
百目鬼 健　TEL 03-6821-4280
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp is a look-alike (letter added) of the partner bank midori-ginko.co.jp",
},
{
    "id": "insider-018",
    "expect": "pass",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["IRチーム <ir-team@ir.hinode-sangyo.co.jp>"],
    "cc": ["鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>"],
    "subject": "9月末 株主名簿 上位株主（速報）",
    "charset": "utf-8",
    "body": """IRチーム各位

株式課の五十嵐です。やまぶき信託から9月末基準日の名簿速報が届きました。
上位10名を抜粋します（個人株主は住所付き）。統合報告書の大株主欄の作成にお使いください。

順位  株主名                                   所有株式数     比率    住所（個人のみ）
----  ---------------------------------------  -------------  ------  ------------------------------------
 1    日本マスタートラスト信託銀行（信託口）     4,812,300     10.42%
 2    鷲尾 静江                                 3,905,000      8.46%  東京都目黒区青葉台2-17-5
 3    日の出産業従業員持株会                    2,714,600      5.88%
 4    みどり銀行                                2,200,000      4.76%
 5    鷲尾 誠一郎                               1,688,400      3.66%  東京都目黒区青葉台2-17-5
 6    川崎電機株式会社                          1,500,000      3.25%
 7    日本カストディ銀行（信託口）               1,244,900      2.70%
 8    株式会社鷲尾興産                          1,100,000      2.38%
 9    鷲尾 弘毅                                   906,200      1.96%  神奈川県鎌倉市雪ノ下4-6-33
10    青葉運輸株式会社                            800,000      1.73%

確定版は10/20頃の見込みです。

五十嵐
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "top shareholders with individuals' addresses, but sent only to an internal subdomain",
},
{
    "id": "insider-019",
    "expect": "stop",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["長谷 様 <hasse@nishiki-insatsu.co.jp>"],
    "subject": "株主通信 宛名差込データ（追加分）",
    "charset": "cp932",
    "body": """錦印刷株式会社
長谷様

お世話になっております。日の出産業 株式課の五十嵐です。
先日お送りした宛名データに漏れがありましたので、追加分をCSVでお送りします。
封入・発送は本体分と同日でお願いします。
""" + SIG_IGARASHI,
    "attachments": [
        {"kind": "csv", "name": "宛名差込_追加分_20251118.csv", "encoding": "cp932",
         "rows": [
             ["株主番号", "氏名", "郵便番号", "住所1", "住所2", "所有株式数"],
             ["00712204", "我喜屋 正勝", "901-2131", "沖縄県浦添市牧港3-22-8", "", "300"],
             ["00712219", "小比類巻 トシ", "034-0081", "青森県十和田市西十三番町4-17", "", "1200"],
             ["00712231", "宮城 すみれ", "980-0011", "宮城県仙台市青葉区上杉2-5-19", "上杉レジデンス607", "100"],
             ["00712248", "藤ヶ谷 恭一", "460-0012", "愛知県名古屋市中区千代田3-14-22", "", "500"],
             ["00712256", "七五三 和子", "791-8016", "愛媛県松山市久万ノ台1102-3", "", "100"],
             ["00712260", "毛受 浩", "501-6241", "岐阜県羽島市竹鼻町狐穴2744", "", "2000"],
             ["00712273", "栗栖 ゆかり", "650-0003", "兵庫県神戸市中央区山本通4-8-11", "", "400"],
             ["00712285", "斗澤 譲", "020-0866", "岩手県盛岡市本宮5-2-30", "", "100"],
         ]},
    ],
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of eight shareholders' names and home addresses to the printer: list of people",
},
{
    "id": "insider-020",
    "expect": "pass",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["望月 様 <a.mochizuki@kizuna-ir.co.jp>"],
    "subject": "秘密保持契約書（案）のご送付",
    "charset": "iso-2022-jp",
    "body": """株式会社きずなIRコンサルティング
望月様

先日はお打合せのお時間をいただきありがとうございました。
日の出産業IR室の鬼塚です。

統合報告書の制作支援をお願いするにあたり、当社ひな形の秘密保持契約書（案）をお送りします。
第5条（秘密情報の返還・廃棄）と第8条（有効期間）について、
貴社のご要望があれば修正履歴でお知らせください。
法務部の確認が済みましたら、電子契約で締結させていただく予定です。
""" + SIG_ONIZUKA + "\n" + DISCLAIMER_JA,
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書_案_日の出産業_きずなIR.docx",
         "title": "秘密保持契約書（案）",
         "paragraphs": [
             "秘密保持契約書（案）",
             "日の出産業株式会社（以下「甲」という。）と株式会社きずなIRコンサルティング（以下「乙」という。）は、"
             "甲の統合報告書制作支援業務に関し、次のとおり秘密保持契約を締結する。",
             "第1条（秘密情報の定義）本契約において秘密情報とは、開示の方法を問わず、甲が乙に開示した技術上、営業上の情報をいう。",
             "第2条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏洩してはならない。",
             "第3条（目的外使用の禁止）乙は、秘密情報を本業務の目的以外に使用してはならない。",
             "第4条（内部者取引の防止）乙は、秘密情報に甲の未公表の重要事実が含まれ得ることを認識し、甲の株式等の売買を行わない。",
             "第5条（秘密情報の返還・廃棄）本業務終了後、乙は甲の指示に従い秘密情報を返還又は廃棄する。",
             "第8条（有効期間）本契約の有効期間は締結日から3年間とする。",
         ]},
    ],
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the NDA draft attached; no marking stamp, no personal data",
},
# ---------------------------------------------------------------- 021-040
{
    "id": "insider-021",
    "expect": "stop",
    "sender": "榊 真理子 <sakaki.m@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "第78回定時株主総会 会場予約金のお支払いについて",
    "charset": "utf-8",
    "body": f"""さくらホテル 宴会予約ご担当 菅谷様

いつもお世話になっております。日の出産業 総務部の榊です。
2026年6月25日（木）の定時株主総会（鳳凰の間）の予約金につきまして、
お電話でお話ししたとおり法人カードでのお支払いとさせてください。

　カード番号：{card_number(SEED + 11)[:4]}-{card_number(SEED + 11)[4:8]}-{card_number(SEED + 11)[8:12]}-{card_number(SEED + 11)[12:]}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD / M SAKAKI
　金額：550,000円（税込）

お手数ですが、決済完了後に領収書を総務部宛にお送りください。

日の出産業株式会社 総務部 総務課
榊 真理子　TEL 03-6821-4211
""",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a full credit card number written in the body to the hotel",
},
{
    "id": "insider-022",
    "expect": "stop",
    "sender": "日の出産業従業員持株会 事務局 <mochikabu@hinode-sangyo.co.jp>",
    "to": ["kazu.hoshikawa1955@gmail.com", "t-kumagai_58@yahoo.co.jp",
           "ryo.okumura@icloud.com", "s-hirayama.0712@docomo.ne.jp"],
    "subject": "持株会OB会 懇親会のご案内",
    "charset": "iso-2022-jp",
    "body": """持株会OB会の皆様

ご無沙汰しております。日の出産業 持株会事務局の仁科です。
今年もOB会の懇親会を下記のとおり開催いたします。

　日時：12月6日（土）12:00～14:00
　場所：日の出京橋ビル 1階 食堂
　会費：2,000円（当日受付にて）

退会後の株式の管理や相続のご相談コーナーも設けます。
ご出欠を11月28日までにご返信ください。

日の出産業従業員持株会 事務局
仁科 さやか　TEL 03-6821-4352
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "four retirees on private addresses in To: four private persons see each other's addresses",
},
{
    "id": "insider-023",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["猿渡 浩 <hiroshi.saruwatari@outlook.jp>"],
    "subject": "Re: 退会後の株式の受け取りについて",
    "charset": "iso-2022-jp",
    "body": """猿渡 浩 様

ご連絡ありがとうございます。持株会事務局の仁科です。

退会時の持分は、単元株（100株単位）を猿渡様名義の証券口座へ振替え、
単元未満の端数は現金で精算いたします。
お手続きの書類一式を、下記ご住所へ本日郵送いたしました。

　〒870-0021　大分県大分市府内町2-4-15 ライオンズ府内903

証券口座をお持ちでない場合は、同封の口座開設書類もご利用ください。
ご不明点はお気軽にお問い合わせください。
""" + SIG_NISHINA + """

> 日の出産業 持株会ご担当者様
> 10月末で定年退職した猿渡です。持株会の株式はどうやって受け取れば
> よいのでしょうか。大分に転居しましたので、書類は新住所にお願いします。
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "one retiree's own address sent back to him on a free-mail address: one person, one free-mail recipient",
},
{
    "id": "insider-024",
    "expect": "stop",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["nakasone.y@yamabuki-trust.co.jp"],
    "subject": "信託契約書ドラフト（英文併記版）へのコメント",
    "charset": "utf-8",
    "body": """仲宗根様

お世話になっております。日の出産業の倉持です。
海外子会社の役員も対象とするため英文併記とした信託契約書ドラフトに、
当社法務のコメントを反映したPDFをお送りします。
特に第7条（議決権の行使）と第11条（信託の終了）をご確認ください。
""" + SIG_KURAMOCHI,
    "attachments": [
        {"kind": "pdf", "name": "Stock_Benefit_Trust_Agreement_draft_v2_HS_comments.pdf",
         "page_header": "CONFIDENTIAL – DRAFT FOR DISCUSSION",
         "title": "Stock Benefit Trust Agreement (draft v2)",
         "lines": [
             "株式給付信託契約書（案） / Stock Benefit Trust Agreement (Draft)",
             "委託者：日の出産業株式会社 / Settlor: Hinode Sangyo Co., Ltd.",
             "受託者：やまぶき信託銀行株式会社 / Trustee: Yamabuki Trust Bank, Ltd.",
             "第7条（議決権の行使）受託者は、信託管理人の指図に従い議決権を行使する。",
             "  [HSコメント] 指図がない場合は不行使とする旨を明記されたい。",
             "第11条（信託の終了）本信託は、株式給付規程の廃止その他の事由により終了する。",
             "  [HSコメント] 残余財産の帰属先を従業員の福利厚生目的団体とする案を検討。",
         ]},
    ],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached PDF carries a CONFIDENTIAL page header: classification marking on a document to an external bank",
},
{
    "id": "insider-025",
    "expect": "stop",
    "sender": "御手洗 恭平 <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["久世 先生 <kuze@shirakawa-law.jp>"],
    "subject": "株式給付規程（案）のリーガルチェックのお願い",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
久世先生

いつもお世話になっております。日の出産業の御手洗です。
株式給付規程（案）のリーガルチェックをお願いしたく、PDFをお送りします。
閲覧用パスワードは、いつもどおりお電話でお伝えします。

ご多忙のところ恐縮ですが、12月10日頃までにコメントをいただけますと幸いです。
""" + SIG_MITARAI,
    "attachments": [
        {"kind": "pdf", "name": "株式給付規程_案_20251120.pdf", "password": "hinode1120",
         "lines": ["株式給付規程（案）", "第1条（目的）", "第2条（定義）", "第3条（受給権者）"]},
    ],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF: the attachment cannot be inspected",
},
{
    "id": "insider-026",
    "expect": "pass",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["久世 先生 <kuze@shirakawa-law.jp>"],
    "subject": "RE: Project 白鷺 関係者リストのご確認",
    "charset": "utf-8",
    "body": """久世先生

ご確認いただきありがとうございます。椎葉です。
ご指摘のとおり、秘書室の陶山さんは取締役会資料の準備で情報に接しているため、
リストに残すことにいたします。その他はこのままで確定とします。

引き続きよろしくお願いいたします。
""" + SIG_SHIIBA + """

-----Original Message-----
From: 久世 亮介 <kuze@shirakawa-law.jp>
Sent: Thursday, November 20, 2025 6:15 PM
To: 椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>
Subject: Project 白鷺 関係者リストのご確認

椎葉様

いただいたリストを拝見しました。以下の6名で認識に相違ないかご確認ください。

  御厨 遼　　経営企画部長　　090-3318-2045
  京極 紗英　経営企画課長　　080-5521-7730
  阿比留 秀明　財務部長　　　090-6604-1182
  於保 葵　　法務部主任　　　070-2289-3346
  鬼頭 善行　専務取締役　　　090-1187-6652
  陶山 佳織　秘書室　　　　　080-9903-4417

なお、秘書室の方を含めるかどうかは、情報への接触状況次第です。

白川法律事務所 弁護士 久世 亮介
""",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only in the quoted Original Message from the law firm itself; the reply adds none",
},
{
    "id": "insider-027",
    "expect": "stop",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["北畠 様 <r.kitabatake@shinonome-shoken.co.jp>"],
    "subject": "Project 白鷺 当社側メンバー（インサイダー管理用）",
    "charset": "utf-8",
    "body": """北畠様

お世話になっております。日の出産業の椎葉です。
貴社の情報管理台帳に登録いただく当社側メンバーを、Excelから貼り付けでお送りします。

氏名\t所属\t役職\t携帯電話\tメール\t登録日
鬼頭 善行\t取締役会\t専務取締役\t090-1187-6652\tkito.y@hinode-sangyo.co.jp\t2025/10/01
御厨 遼\t経営企画部\t部長\t090-3318-2045\tmikuriya.r@hinode-sangyo.co.jp\t2025/10/02
京極 紗英\t経営企画部\t課長\t080-5521-7730\tkyogoku.s@hinode-sangyo.co.jp\t2025/10/02
雲雀 智之\t経営企画部\t課長\t090-7742-1108\thibari.t@hinode-sangyo.co.jp\t2025/10/02
阿比留 秀明\t財務部\t部長\t090-6604-1182\tabiru.h@hinode-sangyo.co.jp\t2025/10/09
於保 葵\t法務部\t主任\t070-2289-3346\too.aoi@hinode-sangyo.co.jp\t2025/10/15
陶山 佳織\t秘書室\t\t080-9903-4417\tsuyama.k@hinode-sangyo.co.jp\t2025/10/01
椎葉 真琴\t法務部\t課長代理\t080-4412-7720\tshiiba.m@hinode-sangyo.co.jp\t2025/10/01

追加・削除があれば都度ご連絡します。
""" + SIG_SHIIBA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "tab-separated register of eight project insiders with mobile numbers and e-mails to the adviser",
},
{
    "id": "insider-028",
    "expect": "pass",
    "sender": "御手洗 恭平 <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["常勤役員 <jokin-yakuin@hinode-sangyo.co.jp>"],
    "cc": ["椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>"],
    "subject": "【取扱注意】重要事実管理表（11月末時点）",
    "charset": "iso-2022-jp",
    "body": """常勤役員各位

法務部の御手洗です。
11月末時点の重要事実管理表をお送りします。取扱注意でお願いします。

┌──┬────────────────┬──────┬──────┐
│No│案件　　　　　　　　　　　　　　│認識日　　　│公表予定　　│
├──┼────────────────┼──────┼──────┤
│1 │Project 白鷺（公開買付け検討）　│2025/10/01│未定　　　　│
│2 │通期業績予想の修正　　　　　　　│2025/11/18│2026/1月下旬│
│3 │自己株式の取得（追加枠）　　　　│2025/11/25│2026/2/13 　│
└──┴────────────────┴──────┴──────┘

案件1・2の関与者は引き続き当社株式の売買を控えてください。

法務部長　御手洗
""",
    "entities": [],
    "detectors": [],
    "note": "取扱注意 material sent only to internal recipients: internal mail passes whatever it carries",
},
{
    "id": "insider-029",
    "expect": "stop",
    "sender": "榊 真理子 <sakaki.m@hinode-sangyo.co.jp>",
    "to": ["さくらホテル イベント営業 <event@sakura-hotel.jp>"],
    "subject": "FW: 株主総会 当日の配慮についてのお願い",
    "charset": "utf-8",
    "body": """さくらホテル イベント営業 菅谷様

お世話になっております。日の出産業 総務部の榊です。
株主様から下記のご要望をいただきました。当日の動線と座席について
ご配慮いただけますでしょうか。盲導犬の控え場所もご相談させてください。

榊

---------- 転送されたメッセージ ----------
From: 薬師寺 文子
Date: 2025年11月17日(月) 20:31
Subject: 株主総会 当日の配慮についてのお願い
To: 日の出産業株式会社 株式課

株主番号00588127の薬師寺文子と申します。
私は全盲（身体障害者手帳1級）で、盲導犬と一緒に伺う予定です。
会場入口から座席までの誘導と、議案の点字資料をご用意いただけると助かります。
連絡先：090-4471-3820
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a named shareholder's disability (身体障害者手帳) forwarded to the hotel: sensitive data of one person",
},
{
    "id": "insider-030",
    "expect": "pass",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["仲宗根 様 <nakasone.y@yamabuki-trust.co.jp>"],
    "cc": ["久世 先生 <kuze@shirakawa-law.jp>"],
    "subject": "株式報酬制度 三者打合せ日程のご相談",
    "charset": "iso-2022-jp",
    "body": """やまぶき信託銀行 仲宗根様
（cc：白川法律事務所 久世先生）

お世話になっております。日の出産業 人事部の倉持です。
株式給付規程の最終化に向けて、三者で打合せをお願いしたく存じます。

候補日（いずれも1時間程度）
　① 12月2日（火）10:00～
　② 12月3日（水）15:00～
　③ 12月5日（金）13:30～

場所は当社8階会議室、またはTeamsでの参加も可能です。
ご都合のよい候補をお知らせください。
""" + SIG_KURAMOCHI,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (trust bank and partner law firm) in To/Cc: a normal three-way meeting mail",
},
{
    "id": "insider-031",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["穂積 拓真 <t.hozumi@minato-sec.co.jp>"],
    "subject": "退会者の個人番号（支払調書作成用）",
    "charset": "utf-8",
    "body": """穂積様

お世話になっております。仁科です。
支払調書作成用に、11月退会者3名の個人番号をExcelでお送りします。
ご確認のほどお願いいたします。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "xlsx", "name": "退会者個人番号_202511.xlsx",
         "sheets": {"11月退会": [
             ["会員番号", "氏名", "住所", "個人番号", "退会日"],
             ["03318", "鰐淵 誠司", "東京都江戸川区西葛西5-11-3-808", my_number(SEED + 2), "2025/11/14"],
             ["02871", "百武 香織", "千葉県浦安市当代島2-9-14", my_number(SEED + 3), "2025/11/20"],
             ["04055", "陶山 伸也", "東京都町田市原町田4-20-1", my_number(SEED + 4), "2025/11/28"],
         ]}},
    ],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with three leavers' My Numbers to the securities firm",
},
{
    "id": "insider-032",
    "expect": "pass",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["a.mochizuki@kizuna-ir.co.jp"],
    "subject": "10月 株価・出来高データ",
    "charset": "utf-8",
    "body": """望月様

IR室の鬼塚です。月次IRレポート用の10月データです。

日付        終値(円)   前日比   出来高(株)
----------  ---------  -------  ----------
2025/10/01     2,418     +12      182,300
2025/10/08     2,455     +21      241,900
2025/10/15     2,390     -38      310,400
2025/10/22     2,402      +6      156,700
2025/10/31     2,471     +33      288,100

月間高値 2,489円（10/30）、安値 2,371円（10/16）
時価総額（10月末）約1,141億円、PBR 1.08倍

よろしくお願いします。
""" + SIG_ONIZUKA,
    "entities": [],
    "detectors": [],
    "note": "share-price figures for the IR agency: no personal data",
},
{
    "id": "insider-033",
    "expect": "stop",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 優待発送係 <yutai@kitaguni-foods.co.jp>"],
    "subject": "株主優待品 送付先変更分（６件）のご連絡",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>北国フーズ株式会社<br>優待発送係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 株式課の五十嵐です。<br>
12月発送の株主優待（北海道産品詰め合わせ）について、送付先の変更が6件ありました。<br>
下表の住所・電話番号でお届けをお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f3"><th>株主番号</th><th>氏名</th><th>郵便番号</th><th>送付先住所</th><th>電話番号</th></tr>
<tr><td>00318842</td><td>平良 昌子</td><td>902-0067</td><td>沖縄県那覇市安里2-4-17 安里ハイツ302</td><td>098-861-3372</td></tr>
<tr><td>00402217</td><td>久保寺 武</td><td>373-0851</td><td>群馬県太田市飯田町1122-5</td><td>0276-45-1190</td></tr>
<tr><td>00455102</td><td>玉城 朋美</td><td>359-1111</td><td>埼玉県所沢市緑町3-8-6</td><td>04-2925-6631</td></tr>
<tr><td>00511930</td><td>栗林 みどり</td><td>060-0042</td><td>北海道札幌市中央区大通西18-1-22-1105</td><td>090-2214-8836</td></tr>
<tr><td>00589344</td><td>祖父江 貞夫</td><td>491-0858</td><td>愛知県一宮市栄1-9-3</td><td>0586-72-4408</td></tr>
<tr><td>00630481</td><td>稗田 和代</td><td>812-0011</td><td>福岡県福岡市博多区博多駅前4-31-2</td><td>080-6617-2093</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 総務部 株式課<br>五十嵐 拓海<br>TEL 03-6821-4220</p>
</body></html>""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of six shareholders' addresses and phones to the gift supplier",
},
{
    "id": "insider-034",
    "expect": "stop",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["長谷 様 <hasse@nishiki-insatu.co.jp>"],
    "subject": "招集通知 校正スケジュールの件",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
長谷様

お世話になっております。日の出産業 株式課の五十嵐です。
第78回定時株主総会の招集通知について、校正スケジュールを下記でお願いできますか。

　初校　　：5月12日（火）
　再校　　：5月19日（火）
　責了　　：5月26日（火）
　発送日　：6月3日（水）（電子提供措置開始は5月28日）

狭義の招集通知（アクセス通知）はA4二つ折り、議決権行使書は例年どおりです。
""" + SIG_IGARASHI,
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp drops a letter from the partner printer's nishiki-insatsu.co.jp",
},
{
    "id": "insider-035",
    "expect": "pass",
    "sender": "百目鬼 健 <domeki.k@hinode-sangyo.co.jp>",
    "to": ["天城 様 <y.amagi@shinonome-shoken.co.jp>"],
    "subject": "自己株式取得に係る買付状況（11月分）",
    "charset": "cp932",
    "body": """東雲証券株式会社 エクイティ部
天城様

いつもお世話になっております。日の出産業 経理部の百目鬼です。
11月分の自己株式買付状況を取りまとめました。開示文案のご確認をお願いします。

　会社名　　　：日の出産業株式会社（法人番号 5861065302361）
　取得期間　　：2025年11月1日～11月30日（約定ベース）
　取得株式数　：182,400株
　取得価額総額：441,936,200円
　累計（決議枠 1,000,000株／25億円に対し）：612,900株／1,478,205,700円

12/1（月）15:00に適時開示の予定です。
""",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "company buy-back figures with the company's own 法人番号: business data, no person",
},
{
    "id": "insider-036",
    "expect": "stop",
    "sender": "日の出産業従業員持株会 事務局 <mochikabu@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "11月 拠出金・奨励金データ",
    "charset": "utf-8",
    "body": """みなと証券 穂積様

お世話になっております。持株会事務局です。
11月分の拠出金・奨励金データ（ZIP/CSV）をお送りします。
拠出金合計・奨励金合計は先日ご連絡の金額と一致しています。

日の出産業従業員持株会 事務局
""",
    "attachments": [
        {"kind": "zip", "name": "kyoshutsu_202511.zip",
         "files": [
             {"kind": "csv", "name": "kyoshutsu_202511.csv", "encoding": "utf-8",
              "rows": [["会員番号", "社員番号", "氏名", "拠出口数", "拠出金", "奨励金"]]
              + [[f"{4100 + i * 7:05d}", emp, name, str(2 + i % 9),
                  str((2 + i % 9) * 1000), str((2 + i % 9) * 100)]
                 for i, (emp, name, _k) in enumerate(_KYOSHUTSU)]},
         ]},
    ],
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "ZIP holding a UTF-8 CSV of 40 members (employee numbers, names, contributions) to the securities firm",
},
{
    "id": "insider-037",
    "expect": "pass",
    "sender": "横田 紀子 <yokota.n@hinode-sangyo.co.jp>",
    "to": ["仁科 さやか <nishina.s@hinode-sangyo.co.jp>"],
    "subject": "12月賞与 持株会控除データ",
    "charset": "cp932",
    "body": """仁科さん

給与課の横田です。12月賞与の持株会控除データ（賞与時拠出を申し込んでいる30名）です。
みなと証券への連絡前に、口数の確認をお願いします。

横田
""",
    "attachments": [
        {"kind": "csv", "name": "賞与控除_持株会_202512.csv", "encoding": "cp932",
         "rows": [["社員番号", "氏名", "フリガナ", "賞与時口数", "控除額"]]
         + [[emp, name, kana, str(5 + i % 6 * 5), str((5 + i % 6 * 5) * 1000)]
            for i, (emp, name, kana) in enumerate(_KOJO)]},
    ],
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "CSV of 30 employees' bonus deductions sent between two internal colleagues",
},
{
    "id": "insider-038",
    "expect": "stop",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["nakasone.y@yamabuki-trust.co.jp", "t.hozumi@minato-sec.co.jp", "kuze@shirakawa-law.jp"],
    "cc": ["波多野 様 <t.hatano@seiran-kansa.jp>"],
    "subject": "株式給付信託 導入プロジェクト キックオフのご案内",
    "charset": "utf-8",
    "body": """関係者各位

お世話になっております。日の出産業 人事部の倉持です。
株式給付信託の導入に向けて、下記のとおりキックオフ会議を開催します。

日時：2025年12月9日（火）14:00～15:30
場所：日の出京橋ビル 8階 第1会議室／Teams併用
議題：
 1. 全体スケジュール（2026年4月制度開始）
 2. 信託契約・株式給付規程の論点
 3. 株式取得方法（市場取得／自己株式処分）とインサイダー規制上の留意点
 4. 会計処理（実務対応報告第30号）

ご出席者のお名前を12/3までにお知らせください。
""" + SIG_KURAMOCHI,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations (trust bank, securities firm, law firm, auditor) visible to each other in To/Cc",
},
{
    "id": "insider-039",
    "expect": "either",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["カンファレンス事務局 <conf@kaiun-sec.co.jp>"],
    "subject": "【ご連絡】スモールミーティング登壇者変更のお願い",
    "charset": "iso-2022-jp",
    "body": """海運証券株式会社
カンファレンス事務局 御中

お世話になっております。日の出産業IR室の鬼塚です。

11月19日のスモールミーティングにつきまして、
登壇予定の社長 鷲尾が体調不良のため、急遽出席を見合わせることとなりました。
代わりに取締役CFOの百目鬼が登壇いたします。

直前のご連絡となり大変申し訳ございません。
参加者の皆様へのご案内をお願いできますでしょうか。
""" + SIG_ONIZUKA,
    "entities": [],
    "detectors": [],
    "note": "the CEO's 'poor health' is vague: a privacy officer could call it health information of a named person or not",
},
{
    "id": "insider-040",
    "expect": "stop",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["望月 様 <a.mochizuki@kizuna-ir.co.jp>"],
    "subject": "中計説明資料（ドラフト）デザイン調整のお願い",
    "charset": "utf-8",
    "body": """望月様

IR室の鬼塚です。
2月公表予定の中期経営計画の説明資料ドラフトです。
グラフの配色と表紙のデザインをご提案いただけますでしょうか。
数値は仮置きのものが含まれています。
""" + SIG_ONIZUKA,
    "attachments": [
        {"kind": "pptx", "name": "中期経営計画2026-2028_説明資料_draft.pptx",
         "page_footer": "社外秘　日の出産業株式会社 経営企画部",
         "title": "中期経営計画 2026-2028（ドラフト）",
         "slides": [
             ["中期経営計画 2026-2028", "日の出産業株式会社", "2026年2月（予定）"],
             ["数値目標（仮）", "売上高 1,500億円（2028年度）", "ROE 10%以上", "配当性向 40%"],
             ["資本政策", "政策保有株式の縮減（純資産比10%未満）", "機動的な自己株式取得"],
         ]},
    ],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX with a 社外秘 footer on every slide sent to the IR agency",
},
# ---------------------------------------------------------------- 041-060
{
    "id": "insider-041",
    "expect": "pass",
    "sender": "Kyohei Mitarai <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["Erik Lindqvist <e.lindqvist@proxyview.com>"],
    "cc": ["Rena Onizuka <onizuka.r@hinode-sangyo.co.jp>"],
    "subject": "Re: Engagement request ahead of the 2026 AGM",
    "charset": "utf-8",
    "body": """Dear Mr. Lindqvist,

Thank you for reaching out. We welcome the dialogue.

On your two points:
1. Board independence: following the 2025 AGM, 5 of our 11 directors are independent
   outside directors (45%). We intend to propose one additional independent director
   at the 2026 AGM, subject to the nomination committee's deliberation.
2. Cross-shareholdings: we reduced strategic holdings to 14.2% of net assets as of
   March 2025 and aim to bring this below 10% by March 2028.

We would be happy to arrange a call with our Chair of the Board in January.

Kind regards,
Kyohei Mitarai
General Counsel, Hinode Sangyo Co., Ltd.

On Tue, 11 Nov 2025 at 09:12, Erik Lindqvist <e.lindqvist@proxyview.com> wrote:
> Dear Hinode Sangyo IR team,
> As part of our pre-season engagement we would like to understand your plans
> regarding board independence and the reduction of cross-shareholdings.
> Best, Erik
""" + "\n" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "English reply to a proxy adviser about governance; one external party",
},
{
    "id": "insider-042",
    "expect": "stop",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["やまぶき信託銀行 証券代行部 相続手続センター <souzoku@yamabuki-trust.co.jp>"],
    "subject": "FW: 相続手続き（故 樫尾 昭三様ご名義株式）について",
    "charset": "iso-2022-jp",
    "body": """やまぶき信託銀行 相続手続センター ご担当者様

日の出産業 株式課の五十嵐です。
当社株主の相続人の方から、下記のご連絡を当社宛にいただきました。
貴センターでの手続きとなりますので、転送いたします。
ご本人への書類送付をお願いできますでしょうか。

----- Original Message -----
From: 樫尾 典子
To: 日の出産業 株式課
Sent: Monday, November 10, 2025 9:05 PM
Subject: 相続手続きについて

父 樫尾昭三（株主番号00155608）が先月亡くなりました。
相続人代表として手続きを進めたいので、必要書類を送ってください。
本人確認のため、以下をお伝えします。

 氏名：樫尾 典子（カシオ ノリコ）
 住所：〒252-0303 神奈川県相模原市南区相模大野6-12-4-1203
 運転免許証番号：３０１９０４５６１２３０
 健康保険証：記号 ５６７１ 番号 ２３
 電話：０４２－７４６－２２１８
""" + SIG_IGARASHI,
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_DRIVERS_LICENSE", "JP_HEALTH_INSURANCE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded heir's mail with a driving-licence number and health-insurance symbol/number: identity documents",
},
{
    "id": "insider-043",
    "expect": "stop",
    "sender": "百目鬼 健 <domeki.k@hinode-sangyo.co.jp>",
    "to": ["斑鳩 様 <m.ikaruga@shinonome-shoken.co.jp>"],
    "subject": "引受審査資料：役員の略歴・所有株式（追加ご依頼分）",
    "charset": "utf-8",
    "body": """東雲証券株式会社 引受審査部
斑鳩様

お世話になっております。日の出産業 経理部の百目鬼です。
公募増資の引受審査に関し、追加でご依頼のありました役員情報をお送りします。

【1】鷲尾 誠一郎（代表取締役社長）
　生年月日：昭和39年3月8日
　現住所：東京都目黒区青葉台2-17-5
　所有株式数：1,688,400株

【2】鬼頭 善行（専務取締役）
　生年月日：昭和37年4月22日
　現住所：東京都文京区本駒込3-8-14
　所有株式数：42,300株

【3】百目鬼 健（取締役CFO）
　生年月日：昭和44年10月15日
　現住所：千葉県千葉市美浜区打瀬2-16-3-1402
　所有株式数：18,900株

【4】朝比奈 律子（取締役）
　生年月日：昭和42年11月3日
　現住所：東京都世田谷区成城6-21-9
　所有株式数：9,200株

【5】Daniel Hartmann（社外取締役）
　生年月日：1976年9月3日
　現住所：東京都港区南麻布4-9-22-501
　所有株式数：1,100株

【6】京極 房江（社外取締役）
　生年月日：昭和33年1月19日
　現住所：神奈川県鎌倉市二階堂912-4
　所有株式数：0株

【7】左右田 光彦（常勤監査役）
　生年月日：昭和36年7月30日
　現住所：埼玉県さいたま市中央区上落合7-3-11
　所有株式数：12,500株

略歴は別途、有価証券報告書記載のものと同一です。
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "seven officers, one record per block, with birth dates and home addresses, to the underwriter",
},
{
    "id": "insider-044",
    "expect": "pass",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["さくらホテル イベント営業 <event@sakura-hotel.jp>"],
    "subject": "12/5 個人投資家説明会 当日スタッフの連絡先",
    "charset": "cp932",
    "body": """さくらホテル イベント営業 菅谷様

お世話になっております。日の出産業IR室の鬼塚です。
12月5日（金）の個人投資家説明会（桜の間）の当日スタッフ連絡先です。
搬入時や緊急時はこちらにご連絡ください。

　鬼塚 玲奈（IR室・責任者）　　０８０－３３０２－５５１７
　雲母 康介（IR室）　　　　　　０９０－６１２８－４４０３
　東風平 遥（広報部）　　　　　０７０－１９４４－８２６０
　陶山 伸也（総務部・受付）　　０９０－８８０６－３１７２

搬入は当日8:30からでお願いいたします。
""" + SIG_ONIZUKA,
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff with mobile numbers (full-width) to the venue: fewer than five people, may be warned",
},
{
    "id": "insider-045",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "会員別残高明細（10月末）の照合結果",
    "charset": "iso-2022-jp",
    "body": """穂積様

仁科です。10月末の会員別残高明細について、当方の照合結果を入れたファイルをお戻しします。
差異のあった会員には黄色を付けています。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "corrupt", "name": "会員別残高明細_202510_照合済.xlsx"},
    ],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read",
},
{
    "id": "insider-046",
    "expect": "pass",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["御手洗 恭平 <mitarai.k@hinode-sangyo.co.jp>"],
    "cc": ["内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
    "subject": "【調査】重要事実公表前の売買の疑い（第二営業部）",
    "charset": "utf-8",
    "body": """御手洗部長
（cc：内部監査室）

椎葉です。月次の売買モニタリングで気になる取引がありましたのでご報告します。

・対象者：帷子 修平（第二営業部 課長代理、社員番号 H1492）
・取引：10/29 当社株式 1,000株 買付（みなと証券経由、持株会外）
・事前申請：なし
・状況：同部は10/27から川崎電機との資本業務提携（未公表）の資料作成に関与
・同居家族名義の口座での取引の有無は未確認

明日、本人へのヒアリングを行いたいと考えています。同席をお願いできますでしょうか。
証券会社への照会は、ヒアリング結果を踏まえて判断したいと思います。

椎葉
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "internal investigation memo between legal and internal audit: all recipients internal",
},
{
    "id": "insider-047",
    "expect": "stop",
    "sender": "御手洗 恭平 <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["久世 先生 <kuze@shirakawa-law.jp>"],
    "subject": "中途採用内定者の経歴に関するご相談",
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
久世先生

お世話になっております。御手洗です。
内々のご相談で恐縮です。

経営企画部で採用を内定した 砂子田 航 氏（35歳）について、本人からの申告で、
前職在籍中の2021年に知人への情報伝達に係るインサイダー取引の疑いで逮捕され、
その後、略式起訴で罰金刑を受けていたことが判明しました。

当社としては、
　(1) 内定の取消しが法的に可能か
　(2) 入社させる場合、重要事実に接する部署への配置をどう考えるべきか
の２点についてご意見を伺いたく存じます。

来週、お時間をいただけますでしょうか。
""" + SIG_MITARAI,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named candidate's arrest and criminal fine sent outside (to the law firm): 要配慮個人情報",
},
{
    "id": "insider-048",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["design@nishiki-insatsu.co.jp"],
    "subject": "持株会だより 冬号 最終原稿",
    "charset": "utf-8",
    "body": """錦印刷 デザイン部 御中

仁科です。冬号の最終原稿（PDF）をお送りします。
店舗一覧は先日お送りしたテキストを流し込んでください。
色校正は12/8着でお願いいたします。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "pdf", "name": "持株会だより_2025冬号_最終原稿.pdf",
         "title": "持株会だより 2025 冬号",
         "lines": [
             "持株会だより　2025 冬号　　日の出産業従業員持株会",
             "■ 会員数と加入率",
             "　11月末の会員数は1,284名、加入率は62.8％（前年同月比 +3.1pt）となりました。",
             "■ 平均拠出口数　　7.4口（1口＝1,000円）",
             "■ 奨励金率　　　　10％（据え置き）",
             "■ 売買禁止期間のお知らせ",
             "　決算発表前の一定期間は、口数変更・退会・引出しの受付を停止します。",
             "■ 事務局からのお願い　住所変更は人事システムから届け出てください。",
         ]},
    ],
    "entities": [],
    "detectors": [],
    "note": "newsletter PDF with aggregate figures only",
},
{
    "id": "insider-049",
    "expect": "stop",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["RS口座開設ご担当 <rs-kouza@shinonome-shoken.co.jp>"],
    "subject": "譲渡制限付株式 割当対象者の専用口座開設について",
    "charset": "utf-8",
    "body": """東雲証券株式会社
RS口座開設ご担当者様

お世話になっております。日の出産業 人事部の倉持です。
7月の譲渡制限付株式の割当てに向けて、対象者の専用口座開設をお願いします。
対象者一覧をWordでお送りします。口座開設書類は各人へ直接お送りください。
""" + SIG_KURAMOCHI,
    "attachments": [
        {"kind": "docx", "name": "RS割当対象者一覧_2026.docx",
         "paragraphs": ["譲渡制限付株式 割当対象者一覧（2026年7月割当予定）", "日の出産業株式会社 人事部"],
         "tables": [[
             ["氏名", "フリガナ", "生年月日", "住所", "役職", "割当株式数"],
             ["鬼頭 善行", "キトウ ヨシユキ", "1962/04/22", "東京都文京区本駒込3-8-14", "専務取締役", "6,000"],
             ["百目鬼 健", "ドウメキ ケン", "1969/10/15", "千葉県千葉市美浜区打瀬2-16-3-1402", "取締役CFO", "4,500"],
             ["朝比奈 律子", "アサヒナ リツコ", "1967/11/03", "東京都世田谷区成城6-21-9", "取締役", "4,500"],
             ["御手洗 恭平", "ミタライ キョウヘイ", "1970/02/14", "東京都杉並区荻窪4-30-6", "執行役員", "3,000"],
             ["阿比留 秀明", "アビル ヒデアキ", "1970/01/28", "神奈川県横浜市青葉区美しが丘2-19-8", "執行役員", "3,000"],
             ["御厨 遼", "ミクリヤ リョウ", "1974/06/05", "東京都品川区戸越5-4-22", "執行役員", "3,000"],
             ["我喜屋 修平", "ガキヤ シュウヘイ", "1972/09/17", "大阪府吹田市江坂町1-13-40-607", "執行役員", "3,000"],
             ["城間 早苗", "シロマ サナエ", "1975/12/01", "東京都練馬区豊玉北5-9-1", "執行役員", "3,000"],
         ]]},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of eight officers with birth dates and home addresses to the securities firm",
},
{
    "id": "insider-050",
    "expect": "pass",
    "sender": "Rena Onizuka <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["Jonathan Whitmore <j.whitmore@harborline-capital.com>"],
    "subject": "Re: Attendees for the Tokyo visit",
    "charset": "utf-8",
    "body": """Dear Jonathan,

Thank you for the list. I have booked our meeting room on the 12th floor for five
guests, and visitor passes will be ready at the reception on the 1st floor.
Our CFO and I will attend from our side.

Looking forward to seeing you all on December 3.
""" + SIG_ONIZUKA_EN + """

On Mon, Nov 24, 2025 at 8:47 PM Jonathan Whitmore <j.whitmore@harborline-capital.com> wrote:
> Dear Rena,
> Please find below the attendees from our side for the meeting on Dec 3:
>
> - Jonathan Whitmore, Portfolio Manager, j.whitmore@harborline-capital.com, +44 7700 900318
> - Priya Raman, Analyst, p.raman@harborline-capital.com, +44 7700 900442
> - Kenji Tamura, Analyst (Tokyo), k.tamura@harborline-capital.com, 080-2291-5530
> - Laura Beckett, ESG Specialist, l.beckett@harborline-capital.com, +44 7700 900871
> - Tom Ashdown, Trader, t.ashdown@harborline-capital.com, +44 7700 900265
>
> Best regards,
> Jonathan
""",
    "entities": [],
    "detectors": [],
    "note": "the five attendees' contacts are only in the quoted text of the investor's own mail",
},
{
    "id": "insider-051",
    "expect": "stop",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["nakasone.y@yamabuki-trust.co.jp"],
    "subject": "株式給付（退職者2名）に係る個人番号のご提供",
    "charset": "utf-8",
    "body": """仲宗根様

倉持です。11月末退職者2名への株式給付に関し、源泉徴収事務に必要な
個人番号をPDFでお送りします。ご確認後、受領のご連絡をお願いします。
""" + SIG_KURAMOCHI,
    "attachments": [
        {"kind": "pdf", "name": "個人番号提供書_株式給付_202511.pdf",
         "lines": ["個人番号提供書（株式給付信託）", "提供日：2025年12月1日　提供者：日の出産業株式会社 人事部"],
         "table": [
             ["受給者番号", "氏名", "生年月日", "個人番号", "退職日"],
             ["B-0118", "左右田 直樹", "1961/08/12", my_number(SEED + 5), "2025/11/30"],
             ["B-0204", "真栄城 由紀子", "1965/03/02", my_number(SEED + 6), "2025/11/30"],
         ]},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table with two retirees' My Numbers to the trust bank",
},
{
    "id": "insider-052",
    "expect": "stop",
    "sender": "広報部 小此木 <okonogi.h@hinode-sangyo.co.jp>",
    "to": ["経済日報 編集局 <desk@keizai-nippo.jp>", "佐藤 記者 <kisha.sato@sangyo-times.co.jp>",
           "丸の内プレス ニュースデスク <news@marunouchi-press.jp>"],
    "subject": "【プレスリリース】自己株式の取得状況に関するお知らせ",
    "charset": "iso-2022-jp",
    "body": """報道関係各位

いつもお世話になっております。日の出産業 広報部の小此木です。
本日15時に東京証券取引所にて適時開示いたしました下記リリースをお送りします。

「自己株式の取得状況に関するお知らせ
　（会社法第165条第2項の規定による定款の定めに基づく自己株式の取得）」

　取得期間：2025年11月1日～11月30日
　取得株式数：182,400株
　取得価額総額：441,936,200円

リリース本文は当社ウェブサイトにも掲載しております。
ご取材のお問い合わせは広報部（03-6821-4600）までお願いいたします。

日の出産業株式会社 広報部
小此木 遥
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three news organisations in To can see each other's addresses: should have been Bcc",
},
{
    "id": "insider-053",
    "expect": "pass",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["aiko.n1962@yahoo.co.jp"],
    "subject": "Re: 配当金の受取方法について",
    "charset": "iso-2022-jp",
    "body": """株主様

お問い合わせありがとうございます。日の出産業 株式課の五十嵐でございます。

配当金を証券会社の口座で受け取られる場合は「株式数比例配分方式」、
銀行口座で受け取られる場合は「登録配当金受領口座方式」または「個別銘柄指定方式」となります。
いずれもお取引の証券会社で変更のお手続きが可能です。

なお、期末配当の基準日（3月31日）の約１か月前までにお手続きいただければ、
次回の配当金から反映されます。

何卒よろしくお願い申し上げます。
""" + SIG_IGARASHI + """

> 日の出産業の株主です。配当金を銀行振込にしたいのですが、
> どこで手続きすればよいでしょうか。
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one private shareholder on Yahoo mail, no personal data added",
},
{
    "id": "insider-054",
    "expect": "stop",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["石倉 智也 <ishikura.t@hinode-sangyo.co>"],
    "subject": "インサイダー登録者 追加（3名）",
    "charset": "utf-8",
    "body": """石倉さん

法務の椎葉です。Project 白鷺の情報受領者に3名追加になりました。
社内の登録簿への反映をお願いします。

・二階堂 崇（経営企画部）　携帯 090-2281-6604　受領日 11/25
・城間 美帆（財務部）　　　携帯 080-7714-0391　受領日 11/25
・斗澤 宏明（IR室）　　　　携帯 070-5532-8817　受領日 11/26

椎葉
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo.co (the own domain with .jp dropped: another TLD) is a look-alike, not internal",
},
{
    "id": "insider-055",
    "expect": "pass",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["監査役室 <kansayaku@hinode-sangyo.co.jp>"],
    "subject": "内部者登録簿（9月末現在）のご提出",
    "charset": "utf-8",
    "body": """監査役室 御中

法務部の椎葉です。
四半期ごとのご報告として、9月末現在の内部者登録簿をお送りします。
登録者は30名、うち当四半期の新規登録は7名です。
""" + SIG_SHIIBA,
    "attachments": [
        {"kind": "xlsx", "name": "内部者登録簿_20250930.xlsx",
         "sheets": {
             "登録簿": [["内部者登録簿（2025年9月30日現在）"], [],
                       ["社員番号", "氏名", "フリガナ", "生年月日", "携帯電話", "登録事由"]]
             + [[emp, name, kana, f"{1965 + i}/{1 + i % 12:02d}/{3 + i % 25:02d}",
                 f"090-{5100 + i * 37:04d}-{2200 + i * 53:04d}",
                 ["決算情報", "Project 白鷺", "自己株式取得"][i % 3]]
                for i, (emp, name, kana) in enumerate(_REGISTER)],
             "変更履歴": [["日付", "内容"], ["2025/07/01", "新規7名登録"], ["2025/08/15", "2名抹消（異動）"]],
         }},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a 30-person insider register sent to the internal auditors' mailbox only",
},
{
    "id": "insider-056",
    "expect": "stop",
    "sender": "日の出産業従業員持株会 事務局 <mochikabu@hinode-sangyo.co.jp>",
    "to": ["持株会センター <mochikabu-center@minato-sec.co.jp>"],
    "subject": "12月入会申込分（９名）",
    "charset": "cp932",
    "body": """みなと証券 持株会センター御中

日の出産業従業員持株会事務局です。
12月入会の申込者9名分をお送りします（旧形式のExcelで失礼します）。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "xls", "name": "nyukai_202512.xls",
         "sheets": {"申込者": [
             ["社員番号", "氏名", "カナ", "生年月日", "申込口数"],
             ["H240102", "一口 湊", "イモアライ ミナト", "2001/06/30", 3],
             ["H240115", "雲母 奈々", "キララ ナナ", "2002/01/11", 2],
             ["H240131", "東風平 翔", "コチンダ ショウ", "1999/09/24", 5],
             ["H240144", "古謝 彩花", "コジャ アヤカ", "2000/04/05", 3],
             ["H240157", "栗栖 拓也", "クリス タクヤ", "1998/12/19", 10],
             ["H240163", "都築 恵", "ツヅキ メグミ", "2001/03/08", 2],
             ["H240178", "長船 智也", "オサフネ トモヤ", "1997/07/14", 5],
             ["H240186", "乙部 美咲", "オトベ ミサキ", "2002/10/27", 1],
             ["H240190", "鬼頭 康介", "キトウ コウスケ", "1996/05/02", 4],
         ]}},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with nine applicants' names and birth dates to the securities firm",
},
{
    "id": "insider-057",
    "expect": "stop",
    "sender": "御手洗 恭平 <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["kuze@shirakawa-law.jp"],
    "subject": "【極秘】Project 白鷺 公開買付けスキームのご相談",
    "charset": "utf-8",
    "body": """久世先生

極秘扱いでお願いいたします。御手洗です。

Project 白鷺（対象会社の非公開化を目的とした公開買付け）について、
以下のスキームを検討しています。

1. 当社単独での公開買付け（買付価格は直近終値に40%前後のプレミアム）
2. 対象会社の筆頭株主（創業家資産管理会社）との応募契約
3. 公開買付け後のスクイーズアウト（株式等売渡請求）

特に2の応募契約締結の時期と、当社役職員の対象会社株式の売買禁止の範囲について
ご意見をいただけますでしょうか。
""" + SIG_MITARAI,
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【極秘】 in the subject and first line",
},
{
    "id": "insider-058",
    "expect": "pass",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["蔵元 先生 <kuramoto@seiryo-compliance.jp>"],
    "subject": "インサイダー取引防止研修（2/18）講義内容のご相談",
    "charset": "iso-2022-jp",
    "body": """清涼コンプライアンス研究所
蔵元 先生

お世話になっております。日の出産業 法務部の椎葉です。
2月18日の管理職向けインサイダー取引防止研修について、講義内容のご相談です。

今年は以下の点を重点的にお話しいただけますでしょうか。
・未公表の重要事実（いわゆる社内の機密情報）に接した場合の行動
・家族・知人への情報伝達（情報伝達・取引推奨規制）
・SNSでの不用意な発信
・持株会の口数変更・引出しと売買禁止期間の関係

受講者は約120名、会場は本社12階大会議室です。
当社の機密保持の社内ルールについても一言触れていただけると助かります。
""" + SIG_SHIIBA,
    "entities": [],
    "detectors": [],
    "note": "the words 機密情報/機密保持 are mentioned as topics, not a classification marking",
},
{
    "id": "insider-059",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["波多野 様 <t.hatano@seiran-kansa.jp>"],
    "subject": "持株会 残高サンプル資料の送付",
    "charset": "utf-8",
    "body": """青嵐監査法人
波多野様

お世話になっております。日の出産業 持株会事務局の仁科です。
ご依頼のサンプル6件について、みなと証券からの残高回答メールをそのまま添付します。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "eml", "name": "残高回答_みなと証券_20251121.eml",
         "message": {
             "sender": "穂積 拓真 <t.hozumi@minato-sec.co.jp>",
             "to": ["mochikabu@hinode-sangyo.co.jp"],
             "subject": "会員残高のご回答（監査サンプル）",
             "charset": "iso-2022-jp",
             "body": """日の出産業従業員持株会 事務局 御中

ご照会の会員残高を下記のとおりご回答いたします（2025年9月30日現在）。

会員番号  氏名          生年月日     残高株数    拠出累計額
00812     二階堂 崇     1978/06/12   2,418.562   5,120,000
01204     纐纈 絵美     1984/12/18   1,102.114   2,380,000
01877     廿日出 湊     1990/02/07     633.905   1,410,000
02256     指宿 隆之     1966/05/19   3,880.247   8,260,000
03011     仲宗根 澪     1993/11/30     214.670     480,000
03542     禰津 健太郎   1988/08/16     905.331   1,960,000

みなと証券株式会社 職域ビジネス部 穂積
""",
         }},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an attached mail (.eml) holding six members' birth dates and balances, sent to the auditor",
},
{
    "id": "insider-060",
    "expect": "pass",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["取引先持株会ご担当 <torihikisaki@minato-sec.co.jp>"],
    "subject": "取引先持株会 新規入会法人（5社）",
    "charset": "utf-8",
    "body": """みなと証券 取引先持株会ご担当者様

日の出産業 株式課の五十嵐です。
1月拠出分から取引先持株会に入会する法人5社をお知らせします。

法人名                    法人番号        所在地                              代表電話       口数
------------------------  --------------  ----------------------------------  -------------  ----
株式会社丸喜精工          1180681536706   東京都大田区東糀谷4-2-11            03-3741-2250    20
北斗化成株式会社          2648464751682   埼玉県草加市青柳8-14-3              048-931-0177    10
有限会社岩清水製作所      6814572877067   神奈川県相模原市緑区下九沢2-9-1     042-764-3381     5
東海パッケージ株式会社    3210385241291   静岡県浜松市中央区篠原町2014       053-448-5520    15
株式会社みなせ物流        1360498249143   千葉県市川市二俣新町17-2            047-328-6614    10

入会申込書の原本は12/5に発送します。
""" + SIG_IGARASHI,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a list of member companies with 法人番号 and switchboards: businesses, not people",
},
# ---------------------------------------------------------------- 061-080
{
    "id": "insider-061",
    "expect": "stop",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["仲宗根 様 <nakasone.y@yamabuki-trust.co.jp>"],
    "subject": "株式給付規程 改定案一式",
    "charset": "iso-2022-jp",
    "body": """仲宗根様

倉持です。株式給付規程の改定案と新旧対照表をZIPでお送りします。
解凍パスワードは本メールの直後に別送いたします。
""" + SIG_KURAMOCHI,
    "attachments": [
        {"kind": "zip", "name": "kyufu_kitei_kaitei_202512.zip", "password": "Yk-7731-hs",
         "files": [
             {"kind": "docx", "name": "株式給付規程_改定案.docx",
              "paragraphs": ["株式給付規程（改定案）", "第5条（ポイントの付与）", "第9条（給付の時期）"]},
             {"kind": "docx", "name": "新旧対照表.docx",
              "tables": [[["条", "現行", "改定案"], ["第5条", "毎年4月1日", "毎年4月1日及び10月1日"]]]},
         ]},
    ],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP with DOCX inside: cannot be inspected",
},
{
    "id": "insider-062",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "会員逝去に伴う持分の相続手続きについて（会員番号02256）",
    "charset": "utf-8",
    "body": """穂積様

いつもお世話になっております。持株会事務局の仁科です。
大変残念なお知らせですが、会員番号02256の指宿 隆之様（昭和41年5月19日生）が
10月28日、急性心筋梗塞のため出張先で急逝されました。

ご遺族（奥様の指宿 雅美様）が相続手続きを希望されていますので、
相続用の書類一式を当社事務局宛にお送りいただけますでしょうか。
当社からご遺族へお渡しいたします。

よろしくお願いいたします。
""" + SIG_NISHINA,
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's cause of death (medical) and birth date sent to the securities firm",
},
{
    "id": "insider-063",
    "expect": "pass",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["長谷 様 <hasse@nishiki-insatsu.co.jp>"],
    "cc": ["さくらホテル イベント営業 菅谷様 <event@sakura-hotel.jp>"],
    "subject": "株主総会 会場への資料搬入の段取り",
    "charset": "iso-2022-jp",
    "body": """錦印刷 長谷様
（cc：さくらホテル 菅谷様）

お世話になっております。日の出産業 株式課の五十嵐です。
株主総会当日の配布資料の搬入について、段取りを共有させてください。

　・搬入物：招集通知（予備）800部、議決権行使書控え用封筒、アンケート用紙
　・搬入日時：6月24日（水）15:00、ホテル地下1階 搬入口
　・保管場所：鳳凰の間 控室（ホテル様にて施錠保管をお願いします）

搬入車両のナンバーは前日までに長谷様から菅谷様へお知らせください。
""" + SIG_IGARASHI,
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two partner organisations (printer and hotel) in To/Cc: a normal three-way arrangement",
},
{
    "id": "insider-064",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["mochikabu-center@minato-sec.co.jp"],
    "subject": "住所変更届（６名分）",
    "charset": "cp932",
    "body": """みなと証券 持株会センター御中

お世話になっております。日の出産業持株会事務局の仁科です。
人事システムから届出のあった会員の住所変更を、まとめてお知らせします。

・会員番号０３０１１　仲宗根 澪
　新住所：〒１３５－００６１　東京都江東区豊洲４－１１－２２－３１０５
・会員番号０３５４２　禰津 健太郎
　新住所：〒２２３－００６２　神奈川県横浜市港北区日吉本町５－６３－２
・会員番号０３７７８　宇留野 恵
　新住所：〒３３２－００３４　埼玉県川口市並木２－２５－９
・会員番号０４０８１　帷子 澪
　新住所：〒２７３－００３１　千葉県船橋市西船４－１９－６－２０２
・会員番号０４２０５　土師 伸也
　新住所：〒１８３－００２２　東京都府中市宮西町１－１５－３
・会員番号０４３８９　御厨 結衣
　新住所：〒２１１－００６３　神奈川県川崎市中原区小杉町３－２６４－３

以上６名、よろしくお願いいたします。
""" + SIG_NISHINA,
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "bulleted list of six members' new home addresses in full-width digits to the securities firm",
},
{
    "id": "insider-065",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["横田 紀子 <yokota.n@hinode-sangyo.co.jp>"],
    "subject": "持株会退会者の個人番号確認（3名）",
    "charset": "utf-8",
    "body": f"""横田さん

仁科です。みなと証券に支払調書用の個人番号を出す前に、
人事システム登録の番号と一致しているか確認をお願いできますか。

会員番号\t氏名\t個人番号
03318\t鰐淵 誠司\t{my_number(SEED + 7)}
02871\t百武 香織\t{my_number(SEED + 8)}
04055\t陶山 伸也\t{my_number(SEED + 9)}

確認が取れたら、こちらから暗号化して送付します。

仁科
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers exchanged between two internal colleagues: internal mail passes whatever it carries",
},
{
    "id": "insider-066",
    "expect": "stop",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["IRフォーラム事務局 <entry@ir-forum.jp>"],
    "subject": "出展料のカード決済について（日の出産業）",
    "charset": "utf-8",
    "body": f"""IRフォーラム事務局 御中

お世話になっております。日の出産業IR室の鬼塚です。
2月の「個人投資家IRフォーラム2026」の出展料について、
オンライン決済画面でエラーになってしまったため、メールでお知らせします。

　カード番号：{card_number(SEED + 12)}
　有効期限：11/27
　カード名義：RENA ONIZUKA
　セキュリティコード：別途お電話でお伝えします
　金額：330,000円（税込）

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_ONIZUKA,
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number with its holder's name written in the body to an event organiser",
},
{
    "id": "insider-067",
    "expect": "either",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["a.mochizuki@kizuna-ir.co.jp"],
    "subject": "FW: 主要証券会社 カバレッジ担当者一覧",
    "charset": "utf-8",
    "body": """望月様

鬼塚です。決算説明会の招待リスト作成用に、当社をカバーしている
セルサイドの担当者一覧を転送します（先方の名刺情報から作成したものです）。

-------- Forwarded Message --------
Subject: 主要証券会社 カバレッジ担当者一覧
Date: Fri, 14 Nov 2025 11:20:31 +0900
From: 雲母 康介 <kirara.k@hinode-sangyo.co.jp>
To: 鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>

証券会社 / 氏名 / 部署 / 直通電話 / メール
東雲証券 / 常盤 和也 / 株式調査部 / 03-5201-3318 / k.tokiwa@shinonome-shoken.co.jp
みなと証券 / 石嶺 彩 / リサーチ部 / 03-3666-1452 / ishimine.analyst@minato-sec.co.jp
海運証券 / 吉永 聡 / エクイティリサーチ / 03-6870-2291 / yoshinaga@kaiun-sec.co.jp
大地リサーチ / 半沢 萌 / 産業調査 / 03-4405-7718 / m.hanzawa@daichi-research.jp
北斗アセット / 落合 千尋 / 運用部 / 03-5579-0063 / c.ochiai@hokuto-am.co.jp
ノースゲート証券 / 田丸 亮 / Japan Research / 03-4580-9120 / r.tamaru@northgate-sec.com
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six analysts' business cards (direct lines, work e-mails) forwarded to the IR agency: business contacts or a list of people",
},
{
    "id": "insider-068",
    "expect": "stop",
    "sender": "Rena Onizuka <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["j.whitmore@harborline-capital.com", "akiko.ferris@tidewater-am.com",
           "p.okafor@greystone-partners.co.uk"],
    "subject": "Hinode Sangyo – Tokyo 1-on-1 schedule (Dec 3-4)",
    "charset": "utf-8",
    "body": """Dear all,

Thank you for your requests to meet our management during your visit to Tokyo.
Please find the confirmed schedule below.

  Dec 3 (Wed) 14:00-15:00  Harborline Capital      CFO Ken Domeki
  Dec 3 (Wed) 16:00-17:00  Tidewater Asset Mgmt    CFO Ken Domeki
  Dec 4 (Thu) 10:00-11:00  Greystone Partners      CEO Seiichiro Washio

Venue: Hinode Sangyo head office, 12F, 3-7-2 Kyobashi, Chuo-ku, Tokyo.
Please present this e-mail at the reception on the 1st floor.
""" + SIG_ONIZUKA_EN,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three investors of three firms in To see each other's addresses and meeting slots: should have been Bcc",
},
{
    "id": "insider-069",
    "expect": "pass",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["s-kaneshiro@yamabuki-trust.co.jp"],
    "subject": "9月末基準日 株主分布状況の確認",
    "charset": "cp932",
    "body": """金城様

日の出産業 株式課の五十嵐です。
9月末基準日の所有者別分布表を確認しました。下記で相違ありません。

所有者区分　　　　　株主数　　　所有株式数　　　比率
金融機関　　　　　　　　 38　　12,814,200　　27.75%
金融商品取引業者　　　　 31　　 1,102,500　　 2.39%
その他の法人　　　　　　412　　10,877,300　　23.56%
外国法人等　　　　　　　186　　 8,944,100　　19.37%
個人その他　　　　　 21,947　　11,633,800　　25.19%
自己名義株式　　　　　　　1　　   801,100　　 1.74%
合計　　　　　　　　 22,615　　46,173,000　 100.00%

単元未満株式の状況も含め、半期報告書に掲載いたします。
""" + SIG_IGARASHI,
    "entities": [],
    "detectors": [],
    "note": "aggregated shareholder distribution figures, no individual",
},
{
    "id": "insider-070",
    "expect": "stop",
    "sender": "百目鬼 健 <domeki.k@hinode-sangyo.co.jp>",
    "to": ["時田 様 <h.tokita@midorl-ginko.co.jp>"],
    "subject": "信託口への貸付実行日のご確認",
    "charset": "utf-8",
    "body": """みどり銀行 京橋支店
時田様

お世話になっております。日の出産業 経理部の百目鬼です。
株式給付信託（受託者：やまぶき信託銀行）への貸付について、実行日を
2026年3月27日（金）で確定させていただきたく存じます。

　貸付金額：18億円（当社保証付き）
　資金使途：信託による当社株式の取得

契約書の製本は3月中旬に貴行へお持ちします。
よろしくお願いいたします。

日の出産業株式会社 経理部 財務課　百目鬼 健
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midorl-ginko.co.jp uses an l for the i of the partner bank's midori-ginko.co.jp (homoglyph look-alike)",
},
{
    "id": "insider-071",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["穂積 拓真 <t.hozumi@minato-sec.co.jp>"],
    "subject": "RE: 10月分 拠出金照合結果",
    "charset": "iso-2022-jp",
    "body": """穂積様

ご連絡ありがとうございます。承知しました。
差額のあった５名については、給与課に確認のうえ、12月拠出分で調整いたします。

仁科

差出人: 穂積 拓真 <t.hozumi@minato-sec.co.jp>
送信日時: 2025年11月7日 16:02
宛先: 仁科 さやか <nishina.s@hinode-sangyo.co.jp>
件名: 10月分 拠出金照合結果

仁科様

10月分の拠出金データと入金額の照合で、下記5名に差額がありました。

　会員番号　氏名　　　　　差額　　　 引落口座
　04311　　禰津 陽向　　 -2,000円　 みどり銀行 京橋支店 普通 3184072
　04357　　猪狩 大和　　 +1,000円　 ゆうちょ銀行 〇一八支店 普通 4408213
　04402　　廿日出 湊　　 -3,000円　 関東信用金庫 本店 普通 0091843
　04416　　興梠 結衣　　 -1,000円　 みどり銀行 立川支店 普通 3306721
　04423　　飯干 蒼　　　 +2,000円　 東都銀行 浦和支店 普通 1150398

ご確認をお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the five members' bank accounts are only in the quoted mail (差出人/送信日時) from the securities firm itself",
},
{
    "id": "insider-072",
    "expect": "pass",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["監査役室 <kansayaku@hinode-sangyo.co.jp>"],
    "cc": ["内部監査室 <naibu-kansa@hinode-sangyo.co.jp>"],
    "subject": "インサイダー取引防止 誓約書の提出状況（未提出者10名）",
    "charset": "utf-8",
    "body": """監査役室 御中

法務部の椎葉です。今年度の誓約書の提出状況をご報告します。
対象1,842名のうち、11月末時点の未提出者は10名です（PDF参照）。
各部長経由で督促中です。
""" + SIG_SHIIBA,
    "attachments": [
        {"kind": "pdf", "name": "誓約書未提出者一覧_20251130.pdf",
         "lines": ["インサイダー取引防止に関する誓約書 未提出者一覧（2025年11月30日現在）"],
         "table": [["社員番号", "氏名", "所属", "生年月日", "督促回数"]]
         + [[emp, name, ["営業本部", "生産本部", "管理本部"][i % 3],
             f"{1970 + i * 2}/{1 + i:02d}/{10 + i:02d}", str(1 + i % 3)]
            for i, (emp, name, _k) in enumerate(_REGISTER[:10])]},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "PDF list of ten employees sent only to internal mailboxes",
},
{
    "id": "insider-073",
    "expect": "pass",
    "sender": "東海林 美奈 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["望月 様 <a.mochizuki@kizuna-ir.co.jp>"],
    "subject": "決算説明会 登壇者・同席者のご連絡",
    "charset": "iso-2022-jp",
    "body": """きずなIRコンサルティング
望月様

お世話になっております。日の出産業 秘書室の東海林です。
11月14日の決算説明会の登壇者・同席者は以下のとおりです。
名札とネームプレートの作成をお願いいたします。

　登壇：代表取締役社長　鷲尾 誠一郎
　登壇：取締役CFO　　　百目鬼 健
　同席：執行役員 経営企画部長　御厨 遼
　同席：IR室長　　　　　二階堂 崇

控室は11階の小会議室をご用意しています。
""" + "\n秘書室　東海林 美奈\nTEL 03-6821-4120\n",
    "entities": [],
    "detectors": [],
    "note": "names and job titles of speakers only, no personal data about them",
},
{
    "id": "insider-074",
    "expect": "stop",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["r.kitabatake@shinonome-shoken.co.jp"],
    "subject": "Project 白鷺 メンバー変更のご連絡",
    "charset": "utf-8",
    "body": """北畠様

お世話になっております。日の出産業の椎葉です。
当社側メンバーの変更をお知らせします。

経営企画部の雲雀 智之 課長ですが、産業医から適応障害との診断を受け、
12月1日から3か月の休職に入ることになりました。
プロジェクトからは外れますが、情報受領者としての登録は当面維持してください。

後任は同部の京極 紗英 課長が兼務します。
""" + SIG_SHIIBA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named manager's mental-health diagnosis and sick leave sent to the financial adviser",
},
{
    "id": "insider-075",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["労務課 <roumu@hinode-sangyo.co.jp>"],
    "subject": "持株会 特別引出し申請（療養中の会員）",
    "charset": "cp932",
    "body": """労務課 御中

持株会事務局の仁科です。
病気休職中の会員から、持株会の特別引出しの申請がありました。

　氏名：鰐淵 誠司（社員番号 H0788）
　休職事由：膵臓がん（化学療法中）
　休職期間：2025年9月1日～（最長1年6か月）

規約上、療養費用に充てる場合は売買禁止期間中でも特別引出しが可能ですが、
休職中の給与控除停止との関係で、労務課の確認をお願いします。

仁科
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a diagnosis of a named employee, but sent only to an internal mailbox",
},
{
    "id": "insider-076",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "中途入社者 加入データ（2名）",
    "charset": "utf-8",
    "body": """穂積様

仁科です。11月中途入社で持株会に加入する2名のデータです。
人事システムから抽出したCSVをそのまま添付します。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "csv", "name": "chuto_nyusha_kanyu_202511.csv", "encoding": "utf-8",
         "rows": [
             ["社員番号", "氏名", "カナ", "生年月日", "入社日", "基礎年金番号", "申込口数"],
             ["H251103", "朝比奈 湊", "アサヒナ ミナト", "1989-07-21", "2025-11-01", "4102-583916", "5"],
             ["H251109", "古謝 千尋", "コジャ チヒロ", "1992-02-13", "2025-11-01", "6317-204875", "3"],
         ]},
    ],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a CSV export carrying two new members' basic pension numbers to the securities firm",
},
{
    "id": "insider-077",
    "expect": "stop",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["久世 先生 <kuze@shirakawa-law.jp>"],
    "subject": "内部者取引管理規程 改定案（第3版）",
    "charset": "iso-2022-jp",
    "body": """久世先生

お世話になっております。日の出産業の椎葉です。
前回のご指摘を反映した内部者取引管理規程の改定案（第３版）をお送りします。
主な変更点は、第12条（事前届出）の対象に同居家族を加えた点と、
第15条（売買禁止期間）を決算期末の翌日からに前倒しした点です。
""" + SIG_SHIIBA,
    "attachments": [
        {"kind": "docx", "name": "内部者取引管理規程_改定案_v3.docx",
         "page_header": "部外秘",
         "page_footer": "日の出産業株式会社 法務部",
         "paragraphs": [
             "内部者取引管理規程（改定案 第3版）",
             "第1条（目的）本規程は、金融商品取引法に定める内部者取引の未然防止を目的とする。",
             "第12条（事前届出）役職員及びその同居の家族は、当社株式等の売買に先立ち事務局に届け出なければならない。",
             "第15条（売買禁止期間）各四半期末日の翌日から決算発表の翌営業日までを売買禁止期間とする。",
         ]},
    ],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached rules draft carries 部外秘 in its page header",
},
{
    "id": "insider-078",
    "expect": "pass",
    "sender": "椎葉 真琴 <shiiba.m@hinode-sangyo.co.jp>",
    "to": ["kuze@shirakawa-law.jp"],
    "subject": "Re: 規程第12条（事前届出）の解釈について",
    "charset": "utf-8",
    "body": """久世先生

ご回答ありがとうございます。よく理解できました。
ご提案のとおり、持株会の口数変更は「売買」には当たらないものの、
社内ルールとして売買禁止期間中は受付を停止する運用を継続いたします。

また、相続による取得は届出不要とし、その旨をFAQに追記します。
引き続きよろしくお願いいたします。

椎葉

> 椎葉様
> ご質問の件、持株会を通じた定時定額の買付けは取引規制府令上の適用除外であり、
> 口数変更それ自体は売買に当たらないと考えます。ただし、重要事実を知りながら
> 口数を増やすことは制度趣旨に反するとの指摘もあり、社内ルールで禁止期間中の
> 変更を認めない運用は合理的です。相続による取得は売買等に該当しません。
> 久世
""",
    "entities": [],
    "detectors": [],
    "note": "ordinary legal Q&A with the partner law firm; no marking, no personal data",
},
{
    "id": "insider-079",
    "expect": "stop",
    "sender": "日の出産業従業員持株会 事務局 <mochikabu@hinode-sangyo.co.jp>",
    "to": ["mochikabu-center@minato-sec.co.jp"],
    "subject": "会員情報 一括更新用データ",
    "charset": "cp932",
    "body": """みなと証券 持株会センター御中

事務局です。会員情報の一括更新用データ（CSV）をお送りします。
会員番号をキーに、生年月日・住所・電話番号を上書き更新してください。
""",
    "attachments": [
        {"kind": "csv", "name": "kaiin_update_20251201.csv", "encoding": "cp932",
         "rows": [
             ["会員番号", "生年月日", "郵便番号", "住所", "電話番号"],
             ["01204", "S59.12.18", "272-0021", "千葉県市川市八幡4-6-1-705", "047-335-2218"],
             ["01877", "H2.2.7", "167-0053", "東京都杉並区西荻南3-17-2", "090-3381-4470"],
             ["02256", "S41.5.19", "270-0034", "千葉県松戸市新松戸2-93", "047-342-9015"],
             ["02871", "S63.9.1", "279-0002", "千葉県浦安市北栄3-28-6", "080-1193-2257"],
             ["03011", "H5.11.30", "135-0061", "東京都江東区豊洲4-11-22-3105", "070-4418-0932"],
             ["03542", "S63.8.16", "223-0062", "神奈川県横浜市港北区日吉本町5-63-2", "045-561-7740"],
             ["03778", "H3.4.25", "332-0034", "埼玉県川口市並木2-25-9", "090-6627-3318"],
             ["04081", "H8.1.9", "273-0031", "千葉県船橋市西船4-19-6-202", "080-5509-1184"],
             ["04205", "H6.7.3", "183-0022", "東京都府中市宮西町1-15-3", "042-361-8826"],
             ["04389", "H10.3.15", "211-0063", "神奈川県川崎市中原区小杉町3-264-3", "070-2215-6043"],
             ["04402", "H9.10.22", "330-0062", "埼玉県さいたま市浦和区仲町1-11-12", "048-822-3196"],
             ["04416", "H11.6.28", "190-0012", "東京都立川市曙町3-4-17", "090-4472-8831"],
         ]},
    ],
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV of twelve members' birth dates (和暦), addresses and phones with no name column: still a list of people",
},
{
    "id": "insider-080",
    "expect": "pass",
    "sender": "日の出産業 IR室 <ir@hinode-sangyo.co.jp>",
    "to": ["日の出産業 IR室 <ir@hinode-sangyo.co.jp>"],
    "bcc": ["yamato.kabu@gmail.com", "hanako-t1971@yahoo.co.jp", "m.ikehata@outlook.jp",
            "shinji_f@icloud.com", "kabu-love.sato@ezweb.ne.jp"],
    "subject": "個人投資家向け会社説明会（オンライン）のご案内",
    "charset": "utf-8",
    "body": """IRメール配信にご登録の皆様

日頃より日の出産業株式会社にご関心をお寄せいただき、誠にありがとうございます。
個人投資家の皆様向けのオンライン会社説明会を下記のとおり開催いたします。

■日時　2025年12月12日（金）19:00～20:00
■説明者　代表取締役社長　鷲尾 誠一郎
■内容　事業概要、中間決算の概要、株主還元方針、質疑応答
■お申込み　当社IRサイトの専用フォームより（参加無料）

※本メールは配信をご希望いただいた方にBccでお送りしています。
※配信停止をご希望の方は、本メールにその旨ご返信ください。

日の出産業株式会社 IR室
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "private investors are in Bcc, not visible to each other; no personal data",
},
# ---------------------------------------------------------------- 081-100
{
    "id": "insider-081",
    "expect": "stop",
    "sender": "五十嵐 拓海 <igarashi.t@hinode-sangyo.co.jp>",
    "to": ["金城 様 <s-kaneshiro@yamabuki-trust.co.jp>"],
    "cc": ["長谷 様 <hasse@nishiki-insatsu.co.jp>", "菅谷 様 <event@sakura-hotel.jp>"],
    "subject": "定時株主総会 運営打合せ（第2回）議事メモ",
    "charset": "iso-2022-jp",
    "body": """関係者各位

本日はお集まりいただきありがとうございました。日の出産業 株式課の五十嵐です。
第２回運営打合せの議事メモを共有します。

１．受付体制
　・やまぶき信託様：議決権行使書の受付・集計（受付6名、集計2名）
　・さくらホテル様：クローク、誘導スタッフ8名
２．印刷物
　・錦印刷様：招集通知予備800部、決議通知は総会翌日発送
３．当日の質疑対応
　・事前質問の取りまとめは5/30締切
４．次回打合せ：6月10日（水）14:00～ 当社12階

修正があればご指摘ください。
""" + SIG_IGARASHI,
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external organisations (trust bank, printer, hotel) in To/Cc see each other",
},
{
    "id": "insider-082",
    "expect": "pass",
    "sender": "倉持 亜由美 <kuramochi.a@hinode-sangyo.co.jp>",
    "to": ["nakasone.y@yamabuki-trust.co.jp"],
    "subject": "信託契約締結に向けた必要書類について",
    "charset": "utf-8",
    "body": """仲宗根様

倉持です。信託契約の締結に必要な当社書類について、下記のとおり準備いたします。

　・履歴事項全部証明書（発行後3か月以内）1通
　・印鑑証明書 1通
　・取締役会議事録の写し（制度導入決議）
　・委託者情報：日の出産業株式会社　法人番号 5861065302361
　　　　　　　　東京都中央区京橋三丁目7番2号
　・信託金の振込元口座：みどり銀行 京橋支店 普通 1402288 ヒノデサンギヨウ（カ

書類は12月15日までに貴行へ持参いたします。
""" + SIG_KURAMOCHI,
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "the company's own 法人番号, office address and company bank account: business data, no person",
},
{
    "id": "insider-083",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "cc": ["mochikabu@hinode-sangyo.co.jp"],
    "subject": "拠出口数変更届 一覧（1月拠出分）",
    "charset": "utf-8",
    "body": """穂積様

お世話になっております。仁科です。
1月拠出分からの口数変更届（15名）を一覧にしました。
「変更届一覧」シートをご確認ください。連絡先は照会用です。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "xlsx", "name": "口数変更届一覧_202601.xlsx",
         "page_footer": "日の出産業従業員持株会 事務局",
         "sheets": {
             "変更届一覧": [
                 ["日の出産業従業員持株会　拠出口数変更届一覧（2026年1月拠出分）"],
                 ["作成日：2025/12/01", "", "", "", "", ""],
                 ["会員番号", "氏名カナ", "社員番号", "変更前口数", "変更後口数", "連絡先（携帯）"],
                 ["00812", "ニカイドウ タカシ", "H0912", 10, 20, "090-2281-6604"],
                 ["01204", "コウケツ エミ", "H1202", 5, 8, "080-3319-2275"],
                 ["01877", "ハツカデ ミナト", "H1603", 3, 5, "090-3381-4470"],
                 ["02871", "ヒャクタケ カオリ", "H1410", 8, 0, "080-1193-2257"],
                 ["03011", "ナカソネ ミオ", "H1831", 2, 4, "070-4418-0932"],
                 ["03542", "ネヅ ケンタロウ", "H1520", 5, 10, "090-1175-3306"],
                 ["03778", "ウルノ メグミ", "H1722", 3, 3, "090-6627-3318"],
                 ["04081", "カタビラ ミオ", "H1905", 2, 5, "080-5509-1184"],
                 ["04205", "ハジ シンヤ", "H1911", 4, 6, "080-2240-7719"],
                 ["04311", "ネヅ ヒナタ", "H2004", 2, 1, "070-6631-2208"],
                 ["04357", "イガリ ヤマト", "H2017", 3, 5, "090-8812-0435"],
                 ["04389", "ミクリヤ ユイ", "H2022", 1, 3, "070-2215-6043"],
                 ["04402", "ハツカデ ナナ", "H2030", 5, 5, "090-7716-2841"],
                 ["04416", "コウロギ ユイ", "H2036", 2, 4, "090-4472-8831"],
                 ["04423", "イイボシ アオイ", "H2041", 6, 10, "080-9931-6620"],
             ],
             "備考": [["備考"], ["変更後口数0は拠出休止を表す"], ["変更届原本は事務局にて保管"]],
         }},
    ],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX (title row above the header) of fifteen members with kana names and mobile numbers to the securities firm",
},
{
    "id": "insider-084",
    "expect": "stop",
    "sender": "百目鬼 健 <domeki.k@hinode-sangyo.co.jp>",
    "to": ["天城 様 <y.amagi@shinonome-shoken.co.jp>"],
    "subject": "変更報告書（控え）の送付",
    "charset": "iso-2022-jp",
    "body": """天城様

お世話になっております。日の出産業 経理部の百目鬼です。
当社が保有する北斗化成株式の変更報告書（EDINET提出済み）の控えをお送りします。
貴社での保有状況の照合にお使いください。

日の出産業株式会社 経理部 財務課　百目鬼 健
""",
    "attachments": [
        {"kind": "corrupt", "name": "変更報告書_控_20251114.pdf"},
    ],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt: it cannot be inspected",
},
{
    "id": "insider-085",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["横田 紀子 <yokota.n@hinode-sangyo.co.jp>"],
    "subject": "FW: 【みなと証券】拠出金 再振替結果（12/10）",
    "charset": "utf-8",
    "body": """横田さん

仁科です。みなと証券から再振替の結果が来ました。
2名はまだ不能のままなので、1月の給与控除で調整できるか相談させてください。

---------- Forwarded message ---------
From: 穂積 拓真 <t.hozumi@minato-sec.co.jp>
Date: 2025年12月11日(木) 10:15
Subject: 【みなと証券】拠出金 再振替結果（12/10）
To: <mochikabu@hinode-sangyo.co.jp>

12/10の再振替結果です。

 04311 禰津 陽向　みどり銀行 京橋支店 普通3184072　→ 振替済
 04322 鶴来 紬　　東都銀行 船橋支店 普通0772915　→ 振替済
 04357 猪狩 大和　ゆうちょ銀行 〇一八支店 普通4408213 → 不能（口座解約）
 04389 帷子 澪　　みどり銀行 川口支店 普通2291564　→ 振替済
 04402 廿日出 湊　関東信用金庫 本店 普通0091843　→ 不能（依頼書不備）
 04416 興梠 結衣　みどり銀行 立川支店 普通3306721　→ 振替済
 04423 飯干 蒼　　東都銀行 浦和支店 普通1150398　→ 振替済
""",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "a securities-firm list forwarded between two internal colleagues: all recipients internal",
},
{
    "id": "insider-086",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["穂積 拓真 <t.hozumi@minato-sec.co.jp>"],
    "subject": "特別引出しのご相談（会員番号05531）",
    "charset": "iso-2022-jp",
    "body": """穂積様

お世話になっております。持株会事務局の仁科です。
会員番号05531 甑 恵子様の件でご相談です。

甑様は先月、息子を装った電話によるいわゆる特殊詐欺の被害に遭われ、
老後資金の大半を失われたとのことで、警察に被害届を提出済みです。
当面の生活資金として、持株会の持分の一部を引き出して売却したいとのご希望です。

売買禁止期間に入る前（1/9まで）に手続きを終えられるよう、
必要書類を至急お送りいただけますでしょうか。
""" + SIG_NISHINA,
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member having been the victim of a crime (fraud, police report) sent outside",
},
{
    "id": "insider-087",
    "expect": "pass",
    "sender": "Kyohei Mitarai <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["Maria Reyes <m.reyes@fairbanks-law.com>"],
    "subject": "Pre-arranged trading plans for directors – a question",
    "charset": "utf-8",
    "body": """Dear Ms. Reyes,

I hope this finds you well.

Several of our non-Japanese directors have asked whether they could adopt a
pre-arranged trading plan, similar to a US Rule 10b5-1 plan, for selling the
restricted shares they receive after the vesting date.

Under Japanese law, the safe harbour for such plans is narrow (the "knowledge
before knowledge" exemption under the Cabinet Office Ordinance). Before we discuss
this with our Japanese counsel, could you share a short note on:
  (a) the typical cooling-off period and modification rules in US practice, and
  (b) how US-listed Japanese issuers handle directors who are subject to both regimes.

A one-hour call in mid-December would also be welcome. Your usual rates apply.

Kind regards,
Kyohei Mitarai
General Counsel, Hinode Sangyo Co., Ltd.
""" + DISCLAIMER_EN,
    "entities": [],
    "detectors": [],
    "note": "ordinary English legal mail to one foreign law firm",
},
{
    "id": "insider-088",
    "expect": "stop",
    "sender": "東海林 美奈 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["内部者取引管理事務局 <insider-desk@hinode-sangyo-co.jp>"],
    "subject": "役員の売買事前届出（専務 鬼頭）",
    "charset": "iso-2022-jp",
    "body": """内部者取引管理事務局 御中

秘書室の東海林です。鬼頭専務の代理で、事前届出をお送りします。

　届出者：専務取締役 鬼頭 善行
　内容：当社株式 5,000株の売却（みなと証券 本店営業部）
　予定日：12月3日～12月9日
　目的：納税資金

役員の売買のため、インサイダー取引規制上の問題がないか、また売却後の
報告（役員の売買報告書の提出要否）についても
ご確認をお願いいたします。

秘書室　東海林
""",
    "entities": ["PERSON_NAME"],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo-co.jp puts a hyphen for the dot of the own domain: a look-alike, the mail leaves the company",
},
{
    "id": "insider-089",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "持株会 理事長交代に伴う届出者の変更",
    "charset": "cp932",
    "body": """穂積様

いつもお世話になっております。仁科です。
12月1日付で持株会の理事長が交代しましたので、届出者の変更をお願いします。

　新理事長：人事部長　京極 修平
　連絡先：03-6821-4300（人事部代表）／kyogoku.s@hinode-sangyo.co.jp

変更届の原本（理事長印押印済み）は社内便ではなく郵送でお送りします。
""" + SIG_NISHINA,
    "entities": [],
    "detectors": [],
    "note": "one person's business contact (department number and work mail): ordinary business mail",
},
{
    "id": "insider-090",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["持株会センター <mochikabu-center@minato-sec.co.jp>"],
    "subject": "退職者精算 一覧（11月退職 10名）",
    "charset": "utf-8",
    "body": """みなと証券 持株会センター御中

仁科です。11月退職者10名の精算用データをZIPでお送りします。
Excel版と、貴社システム取込用のCSV版を同梱しています。
単元未満の精算金は、一覧の振込口座にお願いします。
""" + SIG_NISHINA,
    "attachments": [
        {"kind": "zip", "name": "taishoku_seisan_202511.zip",
         "files": [
             {"kind": "xlsx", "name": "退職者精算一覧_202511.xlsx",
              "sheets": {"精算": [
                  ["会員番号", "氏名", "住所", "電話番号", "振込先口座"],
                  ["00741", "左右田 直樹", "東京都足立区綾瀬3-12-4", "03-3629-4418", "みどり銀行 綾瀬支店 普通 2048813"],
                  ["00977", "真栄城 由紀子", "神奈川県藤沢市鵠沼海岸2-7-21", "0466-34-2290", "湘南信用金庫 鵠沼支店 普通 0713392"],
                  ["01322", "長船 浩二", "東京都八王子市元本郷町1-9-8", "042-623-7715", "東都銀行 八王子支店 普通 1672045"],
                  ["01510", "樫尾 亜希子", "埼玉県越谷市南越谷4-14-2-607", "048-987-3341", "みどり銀行 越谷支店 普通 3317260"],
                  ["01655", "栗栖 隆史", "千葉県柏市豊四季台1-3-9", "04-7142-5583", "ゆうちょ銀行 〇五八支店 普通 5281734"],
                  ["02014", "蒲生 真由美", "東京都荒川区西日暮里5-33-1", "03-3805-2276", "みどり銀行 日暮里支店 普通 0992147"],
                  ["02388", "於保 誠", "茨城県つくば市竹園2-18-4", "029-851-6604", "常陽中央銀行 研究学園支店 普通 4410382"],
                  ["02740", "土師 律子", "東京都北区赤羽西6-2-17", "03-3907-1128", "みどり銀行 赤羽支店 普通 1187306"],
                  ["03105", "都築 伸也", "神奈川県大和市中央林間4-26-3", "046-274-8851", "東都銀行 中央林間支店 普通 2259071"],
                  ["03466", "陶山 遥", "東京都国分寺市本町2-21-5", "042-321-0497", "みどり銀行 国分寺支店 普通 3076611"],
              ]}},
             {"kind": "csv", "name": "taishoku_seisan_202511.csv", "encoding": "cp932",
              "rows": [["会員番号", "氏名", "口座"],
                       ["00741", "左右田 直樹", "2048813"], ["00977", "真栄城 由紀子", "0713392"],
                       ["01322", "長船 浩二", "1672045"], ["01510", "樫尾 亜希子", "3317260"],
                       ["01655", "栗栖 隆史", "5281734"], ["02014", "蒲生 真由美", "0992147"],
                       ["02388", "於保 誠", "4410382"], ["02740", "土師 律子", "1187306"],
                       ["03105", "都築 伸也", "2259071"], ["03466", "陶山 遥", "3076611"]]},
         ]},
    ],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "ZIP (no password) of an XLSX and a CSV listing ten leavers' addresses, phones and bank accounts",
},
{
    "id": "insider-091",
    "expect": "pass",
    "sender": "御手洗 恭平 <mitarai.k@hinode-sangyo.co.jp>",
    "to": ["法務部 <legal@hinode-sangyo.co.jp>"],
    "subject": "法務部 週次メモ（12/1週）",
    "charset": "iso-2022-jp",
    "body": """法務部各位

今週の主な予定と留意事項です。

【予定】
・12/2（火）株式報酬 三者打合せ（倉持さん主催、椎葉さん同席）
・12/3（水）川崎電機との取引基本契約 改定協議
・12/5（金）Project 白鷺 週次定例（FA・弁護士）

【留意事項】
・売買禁止期間は1/10から。事前申請の駆け込みが増えるので審査は迅速に。
・12月は株主総会の準備も本格化します。招集通知の法定記載事項チェックは於保さん担当。
・外部への資料送付はパスワード付きZIPではなく、共有リンクを使うこと（情シス通達）。

御手洗
""",
    "entities": [],
    "detectors": [],
    "note": "internal weekly memo of the legal department",
},
{
    "id": "insider-092",
    "expect": "stop",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["穂積 拓真 <t.hozumi@minato-sec.co.jp>"],
    "subject": "Re: 個人番号のご提出依頼（会員番号04490）",
    "charset": "utf-8",
    "body": f"""穂積様

お世話になっております。仁科です。
ご依頼の件、ご本人に確認が取れましたので、お知らせします。

　会員番号：０４４９０
　氏名：鶴来 早苗
　個人番号：{_z(my_number(SEED + 10))}

通知カードの写しは本人から別途郵送されるとのことです。

仁科

> 仁科様
> 会員番号04490の方の個人番号が未提出となっております。
> 年内に配当金の支払調書を作成するため、ご提出をお願いできますでしょうか。
> みなと証券 穂積
""",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the new text of a reply gives a member's My Number in full-width digits",
},
{
    "id": "insider-093",
    "expect": "pass",
    "sender": "日の出産業 IR室 <ir@hinode-sangyo.co.jp>",
    "to": ["ir@hinode-sangyo.co.jp"],
    "bcc": ["k.tokiwa@shinonome-shoken.co.jp", "ishimine.analyst@minato-sec.co.jp",
            "yoshinaga@kaiun-sec.co.jp", "m.hanzawa@daichi-research.jp",
            "c.ochiai@hokuto-am.co.jp", "r.tamaru@northgate-sec.com"],
    "subject": "決算説明会資料 掲載のお知らせ",
    "charset": "iso-2022-jp",
    "body": """アナリスト・機関投資家の皆様

平素より大変お世話になっております。日の出産業 IR室でございます。
本日開催の第２四半期決算説明会の資料および質疑応答要旨を、当社IRサイトに掲載いたしました。

　https://www.hinode-sangyo.co.jp/ir/library/

説明会の動画は11月21日（金）まで配信いたします。
今後ともよろしくお願い申し上げます。

日の出産業株式会社 IR室
""",
    "entities": [],
    "detectors": [],
    "note": "analysts of several firms correctly placed in Bcc; To is the company's own mailbox",
},
{
    "id": "insider-094",
    "expect": "stop",
    "sender": "Rena Onizuka <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["Jonathan Whitmore <j.whitmore@harborline-capital.com>"],
    "subject": "Materials for our meeting on December 3",
    "charset": "utf-8",
    "body": """Dear Jonathan,

Ahead of our meeting, please find attached a short deck on our capital allocation
policy. Looking forward to the discussion.
""" + SIG_ONIZUKA_EN,
    "attachments": [
        {"kind": "pdf", "name": "HinodeSangyo_CapitalAllocation_Dec2025.pdf",
         "title": "Capital allocation policy",
         "page_footer": "INTERNAL ONLY – not for distribution outside Hinode Sangyo",
         "lines": [
             "Hinode Sangyo Co., Ltd. – Capital allocation policy",
             "1. Shareholder returns: payout ratio 40% from FY2026 (board proposal pending)",
             "2. Share buy-back: additional 1.0 million shares under consideration",
             "3. Cross-shareholdings: below 10% of net assets by March 2028",
             "4. Growth investment: JPY 30bn over three years",
         ]},
    ],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached deck carries an INTERNAL ONLY footer on every page and goes to an investor",
},
{
    "id": "insider-095",
    "expect": "pass",
    "sender": "仁科 さやか <nishina.s@hinode-sangyo.co.jp>",
    "to": ["t.hozumi@minato-sec.co.jp"],
    "subject": "持株会規約改定（奨励金率）の件",
    "charset": "iso-2022-jp",
    "body": """穂積様

お世話になっております。仁科です。
先日の理事会で、2026年4月拠出分から奨励金率を10％から15％へ引き上げることが
決議されました。規約第８条の改定案と、想定される奨励金総額の試算は下記のとおりです。

　会員数（見込み）　　　　1,300名
　平均拠出額（月）　　　　7,400円
　奨励金総額（月・見込み）約1,443,000円（現行 約962,000円）

規約改定の届出と、会員向け案内文のひな形をご用意いただけますでしょうか。
""" + SIG_NISHINA,
    "entities": [],
    "detectors": [],
    "note": "plan rule change with aggregate amounts only",
},
{
    "id": "insider-096",
    "expect": "either",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["望月 様 <a.mochizuki@kizuna-ir.co.jp>"],
    "subject": "統合報告書 役員一覧ページの原稿",
    "charset": "utf-8",
    "body": """望月様

IR室の鬼塚です。統合報告書の「役員一覧」ページの原稿です。
有価証券報告書の記載と同じ内容ですが、顔写真の配置をご提案ください。

役職 / 氏名 / 所有株式数 / 主な経歴
代表取締役社長 / 鷲尾 誠一郎 / 1,688,400株 / 1987年入社、2016年より現職
専務取締役 / 鬼頭 善行 / 42,300株 / 生産本部長、経営企画担当を歴任
取締役CFO / 百目鬼 健 / 18,900株 / みどり銀行を経て2012年入社
取締役 / 朝比奈 律子 / 9,200株 / 人事本部長
社外取締役 / Daniel Hartmann / 1,100株 / 欧州化学メーカーのCFOを歴任
社外取締役 / 京極 房江 / 0株 / 弁護士
常勤監査役 / 左右田 光彦 / 12,500株 / 経理部長を経て2021年より現職
""",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "seven officers with shareholdings and careers already published in the annual securities report: public data or a list of people",
},
{
    "id": "insider-097",
    "expect": "stop",
    "sender": "榊 真理子 <sakaki.m@hinode-sangyo.co.jp>",
    "to": ["さくらホテル イベント営業 <event@sakura-hotel.jp>"],
    "subject": "株主総会 受付応援スタッフの入館登録",
    "charset": "cp932",
    "body": """さくらホテル イベント営業 菅谷様

お世話になっております。日の出産業 総務部の榊です。
株主総会当日の受付応援スタッフ（派遣）７名の入館証発行をお願いします。
ホテル様の規定により、生年月日と当日連絡先を記載しています。

No.  氏名              生年月日       当日連絡先
---  ----------------  -------------  -------------
1    佐喜眞 ひかり     1998年4月2日   090-1842-3357
2    西銘 翼           2000年7月19日  080-2219-6640
3    外間 さくら       1995年1月30日  070-3371-8812
4    新垣 蓮           2001年10月5日  090-5529-0174
5    宮平 あかり       1997年3月14日  080-6603-2291
6    照屋 大地         1999年12月8日  090-7148-5563
7    上江洲 美紀       1996年6月21日  070-1106-4439

当日は8:00集合、通用口からの入館となります。
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven temporary staff with birth dates and mobile numbers in a padded table to the hotel",
},
{
    "id": "insider-098",
    "expect": "pass",
    "sender": "鬼塚 玲奈 <onizuka.r@hinode-sangyo.co.jp>",
    "to": ["design@nishiki-insatsu.co.jp"],
    "subject": "株主通信 表紙ロゴの差し替え",
    "charset": "iso-2022-jp",
    "body": """錦印刷 デザイン部 御中

IR室の鬼塚です。株主通信（第79期中間）の表紙ロゴを、
創業80周年記念ロゴに差し替えていただけますでしょうか。
データを添付します（高解像度版は別途ギガファイル便でお送りします）。
""" + SIG_ONIZUKA,
    "attachments": [
        {"kind": "png", "name": "hinode_80th_logo.png"},
    ],
    "entities": [],
    "detectors": [],
    "note": "logo image for the printer, nothing personal",
},
{
    "id": "insider-099",
    "expect": "stop",
    "sender": "東海林 美奈 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["michiko.amano@gmail.com", "k-hirasawa@tohoku-keizai.ac.jp", "takeshi.yuzawa@outlook.jp"],
    "subject": "12月取締役会 日程調整のお願い（社外取締役候補の皆様）",
    "charset": "utf-8",
    "body": """天野様、平沢先生、湯沢様

日の出産業 秘書室の東海林でございます。
来年の株主総会で社外取締役候補としてお迎えする予定の皆様に、
12月の取締役会をオブザーバーとしてご見学いただきたく、日程のご相談です。

　候補①：12月16日（火）9:30～12:00
　候補②：12月18日（木）13:30～16:00

ご都合のよい日をお知らせください。
当日は取締役会規則と直近の議事録を、守秘義務に関する念書と併せてお渡しします。

秘書室　東海林 美奈
TEL 03-6821-4120
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three outside persons (two free-mail, one university) in To can see each other's addresses",
},
{
    "id": "insider-100",
    "expect": "pass",
    "sender": "於保 葵 <oo.aoi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 法務部 沼尻 様 <numajiri@kawasaki-denki.co.jp>"],
    "subject": "取引基本契約書 改定案へのコメント",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 法務部
沼尻様

いつもお世話になっております。日の出産業 法務部の於保です。
取引基本契約書の改定案について、当社コメントをお送りします。

１．第14条（秘密保持）：有効期間を契約終了後３年から５年に延長したい
２．第18条（反社会的勢力の排除）：表明保証の対象に役員の近親者を含める案は、
　　当社としては確認手段がないため削除を希望します
３．第22条（損害賠償）：上限を直近12か月の取引額とする案に賛成します

12月3日の協議で詳細をご相談させてください。

――――――――――――
日の出産業株式会社 法務部 法務課
於保 葵（おお あおい）
TEL 03-6821-4415
――――――――――――
""" + DISCLAIMER_JA,
    "entities": [],
    "detectors": [],
    "note": "ordinary contract-review mail to a partner, with the standard Japanese disclaimer",
},
]
