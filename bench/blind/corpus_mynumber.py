"""マイナンバー取扱い（mynumber）: 日の出産業株式会社 人事部 給与厚生課のメール。従業員と扶養親族の
個人番号を集めて委託先に渡す窓口で、年末調整（扶養控除等申告書・保険料控除・住宅ローン控除）、給与計算の
アウトソーシング先（ペイロールワークス）、社会保険の手続（社労士法人あけぼの・健保組合）、顧問税理士
（たなべ会計）とのやり取りに、同じ窓口の普段の連絡（会場手配、印刷発注、銀行、システムベンダー、
退職者や入社予定者への案内）が混ざる。止めるべきもの（個人番号・基礎年金番号・保険証番号・在留カード等、
五人以上の名簿、要配慮個人情報、社外三者の相互可視、類似ドメイン、秘密区分表示、読めない添付）と、
通してよいもの（社内宛て、引用部分のみ、四人以下の連絡先、事業所の一覧、NDA の話題、免責文）を書き分けた。"""

from build import card_number, my_number

SEED = 62201

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _fw(s: str) -> str:
    """全角数字に（個人番号・電話番号を全角で書く人のため）."""
    return s.translate(_FW)


def _sp(n: str, sep: str = " ") -> str:
    """1234 5678 9012 の形に."""
    return sep.join((n[:4], n[4:8], n[8:]))


def _card4(n: str) -> str:
    """カード番号を 4 桁ずつ区切る."""
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def _head8(n: str) -> str:
    """頭 8 桁だけ見せて残りを伏せる（全角）."""
    return _fw(n[:4]) + "　" + _fw(n[4:8]) + "　＊＊＊＊"


def _typo(n: str) -> str:
    """最後の一桁（検査用数字）を打ち間違えた番号."""
    return n[:-1] + str((int(n[-1]) + 3) % 10)


SIG_KITO = """
――――――――――――――――――――――――
日の出産業株式会社　人事部 給与厚生課
鬼頭 真理子（Kito Mariko）
〒103-0027 東京都中央区日本橋二丁目14番8号 日の出ビル6階
TEL 03-5201-7730（直通）／FAX 03-5201-7739
kito.mariko@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_IGA = """
--
日の出産業株式会社
人事部 給与厚生課 課長　五十嵐 拓海
TEL: 03-5201-7731  Mobile: 080-4417-2093
E-mail: igarashi.takumi@hinode-sangyo.co.jp
〒103-0027 東京都中央区日本橋2-14-8 日の出ビル6F"""

SIG_TESHI = """
*************************************
日の出産業株式会社 人事部 給与厚生課
勅使河原 恵（てしがわら めぐみ）
内線 7734 / 外線 03-5201-7734
teshigawara.megumi@hinode-sangyo.co.jp
*************************************"""

SIG_WAGA = """
────────────────
日の出産業(株) 総務部 総務課
我妻 悠斗 / Wagatsuma Yuto
TEL 03-5201-7700(代)
────────────────"""

DISC = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除していただきますようお願い申し上げます。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES = [
# ---------------------------------------------------------------- 001
{
    "id": "mynumber-001",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "cc": ["五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>"],
    "subject": "10月入社者（6名）の個人番号ご連絡の件",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ペイロールワークス
給与計算センター　小野寺様

いつもお世話になっております。日の出産業の鬼頭です。

10月1日付入社の6名について、給与システム登録用に個人番号をお送りします。
10月分給与の締め（10/20）までにご登録いただけますと幸いです。

社員番号  氏名              フリガナ              生年月日      個人番号
--------------------------------------------------------------------------------
H261001   勅使河原 颯太     テシガワラ ソウタ     2001/05/17    {my_number(SEED + 11)}
H261002   四月一日 莉子     ワタヌキ リコ         1998/11/02    {my_number(SEED + 12)}
H261003   左右田 浩二       ソウダ コウジ         1987/03/29    {my_number(SEED + 13)}
H261004   蓮見 みなみ       ハスミ ミナミ         2000/08/08    {my_number(SEED + 14)}
H261005   鳥越 健太郎       トリゴエ ケンタロウ   1979/12/21    {my_number(SEED + 15)}
H261006   嵯峨 ゆかり       サガ ユカリ           1995/01/30    {my_number(SEED + 16)}

扶養親族の番号は申告書の回収後、別途ご連絡いたします。
よろしくお願いいたします。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number + list: six new hires' My Numbers and birth dates in a padded table to the payroll outsourcer",
},
# ---------------------------------------------------------------- 002
{
    "id": "mynumber-002",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>"],
    "cc": ["五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>"],
    "subject": "扶養親族番号 回収分（11/12時点）ダブルチェックお願いします",
    "charset": "utf-8",
    "body": f"""鬼頭さん

お疲れさまです、勅使河原です。
申告書から転記した扶養親族の個人番号です。原本との突き合わせをお願いできますか。
（Excelから貼り付けたのでタブ区切りです）

社員番号\t社員氏名\t扶養親族\t続柄\t生年月日\t個人番号
H190233\t忽那 隆\t忽那 さやか\t妻\t1986/04/11\t{my_number(SEED + 21)}
H190233\t忽那 隆\t忽那 蒼\t長男\t2015/09/03\t{my_number(SEED + 22)}
H170512\t百目鬼 聡\t百目鬼 文子\t母\t1949/02/27\t{my_number(SEED + 23)}
H210088\t東雲 美咲\t東雲 陸\t長男\t2019/06/14\t{my_number(SEED + 24)}
H150301\t纐纈 宏明\t纐纈 由紀\t妻\t1978/10/05\t{my_number(SEED + 25)}
H150301\t纐纈 宏明\t纐纈 遥\t長女\t2007/01/19\t{my_number(SEED + 26)}
H150301\t纐纈 宏明\t纐纈 奏\t次女\t2010/12/24\t{my_number(SEED + 27)}
H230140\t舎人 大輔\t舎人 トミ\t祖母\t1938/07/07\t{my_number(SEED + 28)}

百目鬼さんのお母様は今年から老人扶養（同居老親）に変わるので、区分も確認お願いします。
{SIG_TESHI}
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "all recipients internal: dependants' My Number list checked inside the payroll desk",
},
# ---------------------------------------------------------------- 003
{
    "id": "mynumber-003",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "【送付】令和8年分 扶養控除等申告書データ（パスワードは別送します）",
    "charset": "iso-2022-jp",
    "body": f"""ペイロールワークス　安齋様

お世話になっております。日の出産業 鬼頭です。

令和8年分の扶養控除等（異動）申告書の入力データ（第1回回収分・本社／横浜事業所）を
お送りいたします。
ファイルはパスワード付きZIPにしております。パスワードは追ってお送りします。

ご査収のほど、よろしくお願いいたします。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "zip", "name": "fuyou_2026_01.zip", "password": "Hn#26-Kt1107",
         "files": [
             {"kind": "xlsx", "name": "扶養控除等申告_第1回.xlsx",
              "sheets": {"申告書": [
                  ["社員番号", "氏名", "個人番号", "配偶者", "配偶者個人番号"],
                  ["H120044", "鰐淵 智也", my_number(SEED + 31), "鰐淵 奈緒", my_number(SEED + 32)],
                  ["H160210", "御子柴 誠", my_number(SEED + 33), "", ""],
              ]}},
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected ZIP (PPAP) to the payroll outsourcer; its content cannot be inspected",
},
# ---------------------------------------------------------------- 004
{
    "id": "mynumber-004",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "Re: 【送付】令和8年分 扶養控除等申告書データ（パスワード）",
    "charset": "iso-2022-jp",
    "body": f"""安齋様

先ほどお送りしたファイルのパスワードです。

　Hn#26-Kt1107

※来年度からはファイル共有サービス経由に切り替える方向で社内調整中です。
　決まりましたら改めてご案内いたします。
{SIG_KITO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "password notice for the earlier ZIP: no attachment, no personal data",
},
# ---------------------------------------------------------------- 005
{
    "id": "mynumber-005",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "扶養控除等申告 集計ファイル（大阪支店分）",
    "charset": "utf-8",
    "body": f"""ペイロールワークス
小野寺様

お世話になっております。日の出産業 給与厚生課の勅使河原です。
大阪支店分の扶養控除等申告書の集計が終わりましたので、Excelでお送りします。
シート「従業員」と「扶養親族」に分けてあります。住所は1月1日時点のものです。

不明点がございましたらご連絡ください。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "xlsx", "name": "R8扶養控除等申告_大阪支店.xlsx", "title": "扶養控除等申告 集計",
         "sheets": {
             "従業員": [
                 ["令和８年分 給与所得者の扶養控除等（異動）申告書　集計（大阪支店）"],
                 [],
                 ["社員番号", "氏名", "個人番号", "生年月日", "住所", "世帯主", "続柄"],
                 ["O180017", "百目鬼 聡", my_number(SEED + 51), "1972/06/30", "大阪府豊中市新千里東町2-5-11", "本人", "本人"],
                 ["O200231", "八月一日 晴香", my_number(SEED + 52), "1990/08/01", "大阪府吹田市江坂町1-23-4-802", "八月一日 修", "妻"],
                 ["O210045", "薬袋 信之", my_number(SEED + 53), "1983/02/15", "兵庫県西宮市甲子園口3-7-19", "本人", "本人"],
                 ["O220108", "月見里 あかね", my_number(SEED + 54), "1996/10/09", "大阪府堺市北区中百舌鳥町5-66", "本人", "本人"],
                 ["O240019", "鬼塚 翔", my_number(SEED + 55), "2002/04/22", "大阪府大阪市淀川区西中島6-1-3-1105", "本人", "本人"],
             ],
             "扶養親族": [
                 ["社員番号", "扶養親族氏名", "続柄", "生年月日", "個人番号", "同居／別居", "所得見積額"],
                 ["O180017", "百目鬼 和子", "妻", "1974/01/12", my_number(SEED + 56), "同居", 0],
                 ["O180017", "百目鬼 拓真", "長男", "2006/03/03", my_number(SEED + 57), "同居", 380000],
                 ["O210045", "薬袋 澄江", "母", "1948/09/18", my_number(SEED + 58), "別居", 520000],
                 ["O210045", "薬袋 瑛太", "長男", "2012/11/27", my_number(SEED + 59), "同居", 0],
             ],
         }},
    ],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "my number + list: XLSX with two sheets of employees' and dependants' My Numbers, birth dates and addresses to the outsourcer",
},
# ---------------------------------------------------------------- 006
{
    "id": "mynumber-006",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "cc": ["安齋 健 <anzai.ken@payroll-works.co.jp>", "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>"],
    "subject": "令和8年 年末調整スケジュール（案）のご相談",
    "charset": "iso-2022-jp",
    "body": f"""ペイロールワークス
小野寺様、安齋様

いつも大変お世話になっております。日の出産業の五十嵐でございます。

今年の年末調整について、当社側のスケジュール案を作成しました。
御社のご都合と合わない点がございましたらご指摘ください。

　・10月27日（火）　従業員向け案内メール配信、申告書（Web）入力開始
　・11月13日（金）　従業員入力締切
　・11月20日（金）　当社チェック完了、御社へデータ連携
　・12月 4日（金）　御社より年調計算結果（速報）ご送付
　・12月10日（木）　差額精算を12月給与に反映（支給日 12月25日）
　・翌1月20日　　　源泉徴収票の従業員交付

昨年は中途入社者の前職源泉徴収票の回収が遅れ、御社に再計算をお願いする形になって
しまいましたので、今年は入社時点で回収を徹底いたします。

何卒よろしくお願い申し上げます。
{SIG_IGA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary schedule mail to the payroll outsourcer (one external organisation), no personal data",
},
# ---------------------------------------------------------------- 007
{
    "id": "mynumber-007",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "Re: 小鳥遊取締役の扶養親族（ご長男）の番号について",
    "charset": "utf-8",
    "body": f"""真鍋様

お世話になっております。日の出産業の鬼頭です。
ご依頼の件、ご本人に確認が取れましたのでお知らせします。

　扶養親族氏名：小鳥遊 陽向（たかなし ひなた）
　続柄　　　　：長男
　生年月日　　：平成２０年７月３日
　個人番号　　：{_sp(my_number(SEED + 71))}

法定調書（役員分の源泉徴収票）の作成にお使いください。
{SIG_KITO}

> 日の出産業株式会社
> 鬼頭様
>
> いつもお世話になっております。たなべ会計の真鍋です。
> 小鳥遊取締役の源泉徴収票（税務署提出分）を作成しておりますが、
> 控除対象扶養親族のご長男様の個人番号が申告書に記載されておりませんでした。
> お手数ですがご確認いただけますでしょうか。
>
> 税理士法人たなべ会計　真鍋 沙織
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number: a director's son's My Number in the new text of a reply to the tax accountant (quote has none)",
},
# ---------------------------------------------------------------- 008
{
    "id": "mynumber-008",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>",
           "田邉 修一 <tanabe.shuichi@tanabe-kaikei.jp>"],
    "cc": ["蓮沼 亜紀 <hasunuma.aki@akebono-sr.jp>"],
    "subject": "年末調整・法定調書・算定の合同打合せ 日程調整のお願い",
    "charset": "iso-2022-jp",
    "body": f"""ペイロールワークス 小野寺様
たなべ会計 田邉先生
社労士法人あけぼの 蓮沼先生

いつもお世話になっております。日の出産業の五十嵐です。
皆様にまとめてのご連絡、失礼いたします。

来年度から給与計算と社会保険手続の分担を一部見直すにあたり、
一度、4者で打合せの場を設けさせていただきたく存じます。

　候補日：11月5日（木）14:00-15:30／11月9日（月）10:00-11:30／11月11日（水）16:00-17:30
　場所　：当社 日本橋本社 6階会議室（オンライン参加も可）

ご都合のよい日を本メールにご返信ください。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three parties: payroll outsourcer, tax accountant and labour consultant (three external organisations) see each other in To/Cc",
},
# ---------------------------------------------------------------- 009
{
    "id": "mynumber-009",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "cc": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "定額減税の年調時精算について（たなべ会計様にも共有）",
    "charset": "utf-8",
    "body": f"""小野寺様
（cc：たなべ会計 真鍋様）

お世話になっております。日の出産業 鬼頭です。

年末調整時の減税額の精算方法について、先日の電話の内容を共有いたします。

1. 月次減税で控除しきれなかった額は、年末調整で精算する（御社システムで自動計算）
2. 年調後も控除しきれない額は、翌年の調整給付の対象となるため、
   源泉徴収票の摘要欄に「控除外額」を記載する
3. 中途退職者は年調対象外のため、御社側では精算しない

2.の摘要欄の記載方法について、真鍋様にご確認いただけますと助かります。
{SIG_KITO}
{DISC}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc (a normal three-way mail), no personal data, standard disclaimer",
},
# ---------------------------------------------------------------- 010
{
    "id": "mynumber-010",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["舎人 浩平 <toneri.kohei@akebono-sr.jp>"],
    "subject": "資格取得届の作成依頼（11月1日入社 5名）",
    "charset": "utf-8",
    "body": f"""社会保険労務士法人あけぼの
舎人様

いつもお世話になっております。日の出産業の勅使河原です。
11月1日付の入社者5名について、健康保険・厚生年金の資格取得届の作成をお願いいたします。
（入社手続書類から転記したものです）

氏名\tフリガナ\t生年月日\t基礎年金番号\t住所\t報酬月額
小鳥遊 結衣\tタカナシ ユイ\t1997/04/18\t4102-583317\t東京都江東区豊洲5-6-36-1204\t280,000
九十九 亮介\tツクモ リョウスケ\t1986/02/14\t1260-047731\t神奈川県川崎市中原区小杉町1-403\t410,000
御手洗 紗季\tミタライ サキ\t2002/09/30\t5311-902468\t埼玉県さいたま市浦和区高砂3-12-9\t235,000
蓮沼 和樹\tハスヌマ カズキ\t1991/12/05\t2087-316540\t千葉県船橋市本町4-31-22\t330,000
東海林 直人\tショウジ ナオト\t1979/07/26\t1498-620175\t東京都練馬区光が丘2-9-6-305\t455,000

被扶養者がいる方は九十九さんのみで、異動届は別途お送りします。
{SIG_TESHI}
""",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list + ID: five new hires' basic pension numbers, birth dates and addresses (tab-separated) to the labour consultant",
},
# ---------------------------------------------------------------- 011
{
    "id": "mynumber-011",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    "subject": "資格確認書の再交付申請について（事業所記号 ヒノデ）",
    "charset": "shift_jis",
    "body": f"""関東機械工業健康保険組合
適用課 ご担当者様

いつもお世話になっております。日の出産業株式会社 総務課の我妻と申します。

被保険者が資格確認書を紛失したため、再交付をお願いしたく、申請書を郵送いたします。
郵送に先立ち、対象者をお知らせいたします。

　被保険者氏名　九十九 亮介（ツクモ リョウスケ）
　記号　　　　　７２０１
　番号　　　　　３４５
　生年月日　　　昭和６１年２月１４日

申請書は本日、簡易書留で発送いたしました。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_WAGA}
""",
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "ID: one insured employee's health insurance 記号・番号 (full-width) and birth date to the health insurance society",
},
# ---------------------------------------------------------------- 012
{
    "id": "mynumber-012",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    "subject": "被扶養者の収入要件（19歳以上23歳未満）について教えてください",
    "charset": "shift_jis",
    "body": f"""関東機械工業健康保険組合
適用課 ご担当者様

お世話になっております。日の出産業 総務課の我妻です。

今年度から19歳以上23歳未満の被扶養者（配偶者を除く）の年間収入要件が
150万円未満に変わったと伺いました。以下2点ご教示いただけますでしょうか。

　①判定は「今後1年間の見込み」でよいか、それとも暦年の実績か
　②アルバイト収入に交通費が含まれる場合、交通費も収入に含めるのか

社内向けの案内文を作成するための確認ですので、個別の方の件ではございません。
お忙しいところ恐縮ですが、よろしくお願いいたします。
{SIG_WAGA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general question to the health insurance society, no person concerned",
},
# ---------------------------------------------------------------- 013
{
    "id": "mynumber-013",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["舎人 浩平 <toneri.kohei@akebono-sr.jp>"],
    "subject": "外国籍入社者の資格取得（ローマ字氏名届）について",
    "charset": "utf-8",
    "body": f"""舎人様

お世話になっております。日の出産業 勅使河原です。
12月1日入社予定のベトナム国籍の方について、資格取得届とローマ字氏名届をお願いします。
個人番号は通知カードが見当たらず現在再発行中とのことで、先に在留カードの情報をお送りします。

　氏名（ローマ字）：NGUYEN VAN MINH
　カナ　　　　　　：グエン ヴァン ミン
　生年月日　　　　：1999年3月8日
　性別　　　　　　：男
　在留カード番号　：UH48201937EA
　在留資格　　　　：技術・人文知識・国際業務（在留期限 2028年4月30日）
　住所　　　　　　：東京都足立区千住旭町11-8 ソレイユ北千住203

在留カードの写し（両面）は郵送にて原本照合済みのものをお送りします。
{SIG_TESHI}
""",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ID: a foreign new hire's residence card number with birth date and address to the labour consultant",
},
# ---------------------------------------------------------------- 014
{
    "id": "mynumber-014",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["蓮沼 亜紀 <hasunuma.aki@akebono-sr.jp>"],
    "subject": "傷病手当金の申請（1名）のご相談",
    "charset": "iso-2022-jp",
    "body": f"""蓮沼先生

いつもお世話になっております。日の出産業の五十嵐です。

営業二部の鰐淵 智也（社員番号 H120044）が、10月14日から休職に入りました。
主治医の診断書では「適応障害」、当面3か月の休業加療を要するとのことです。
有給休暇の残日数を使い切った10月28日以降について、傷病手当金の申請をお願いしたく存じます。

・待期期間：10月14日〜16日（有給休暇で処理済み）
・給与の支払：11月分以降は無給
・療養担当者の意見欄：本人経由で心療内科（たちばなメンタルクリニック）に依頼予定

本人は現在電話でのやり取りが難しい状態のため、書類は当課から郵送で取り次ぎます。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's diagnosis (adjustment disorder) and sick leave sent to the labour consultant",
},
# ---------------------------------------------------------------- 015
{
    "id": "mynumber-015",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>"],
    "subject": "Re: 鰐淵さんの件（傷病手当金と住民税）",
    "charset": "iso-2022-jp",
    "body": f"""五十嵐課長

鬼頭です。鰐淵さんの件、給与側の整理です。

・11月以降無給になるため、住民税（月 18,400円）と社会保険料の本人負担分が天引きできません。
　→ 毎月、本人口座から当社口座へ振込いただく形で本人に案内します。
・適応障害での休職のため、産業医面談（復職判定）は12月中旬に設定予定。
・傷病手当金の支給開始までは1〜2か月かかる見込みと蓮沼先生から伺っています。

ご本人への連絡は、体調を考慮して郵送中心にします。

> 蓮沼先生へは申請の依頼を出しました。給与側の影響をまとめておいてください。
> 五十嵐
""",
    "expect": "pass",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": [],
    "note": "all recipients internal: an employee's diagnosis discussed within the payroll desk",
},
# ---------------------------------------------------------------- 016
{
    "id": "mynumber-016",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "同居特別障害者の判定についてご教示ください",
    "charset": "utf-8",
    "body": f"""たなべ会計
真鍋様

お世話になっております。日の出産業の鬼頭です。
年末調整で判断に迷うケースがあり、ご教示いただけますでしょうか。

【対象者】
　社員：御子柴 誠（経理部）
　扶養親族：母 御子柴 キヨ（昭和１５年１０月２日生）
　状況：身体障害者手帳１級（下肢機能障害）、今年4月から御子柴さん宅で同居。
　　　　ただし平日は週4日デイサービス、月に数日ショートステイを利用。

ショートステイ利用中も「常況として同居」と判断して同居特別障害者（75万円）で
よいか、それとも特別障害者（40万円）にとどめるべきか、ご意見をいただけますと幸いです。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named dependant's physical disability grade and birth date sent to the tax accountant",
},
# ---------------------------------------------------------------- 017
{
    "id": "mynumber-017",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["田邉 修一 <tanabe.shuichi@tanabe-kaikei.jp>"],
    "subject": "社長の確定申告（医療費控除）明細のご送付",
    "charset": "utf-8",
    "body": f"""田邉先生

いつもお世話になっております。日の出産業 鬼頭でございます。
社長（勘解由小路）の確定申告用に、秘書室から預かった医療費の明細を整理しましたので
PDFでお送りいたします。領収書の原本は月末にまとめてお届けします。

ご確認のほど、よろしくお願いいたします。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "pdf", "name": "医療費の明細_令和8年.pdf", "title": "医療費の明細",
         "lines": ["令和８年分　医療費の明細", "氏名：勘解由小路 尚武（代表取締役）", ""],
         "table": [
             ["受診者", "医療機関", "内容", "支払額"],
             ["勘解由小路 尚武", "日本橋さくら眼科", "白内障手術（右眼）", "152,400"],
             ["勘解由小路 尚武", "中央内科クリニック", "2型糖尿病 定期通院（月1回）", "48,600"],
             ["勘解由小路 尚武", "日本橋調剤薬局", "糖尿病治療薬", "61,230"],
             ["勘解由小路 節子", "みなと歯科", "歯周病治療", "38,500"],
         ]},
    ],
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "sensitive: medical history (cataract surgery, diabetes) of the president and his wife in a PDF to the tax accountant",
},
# ---------------------------------------------------------------- 018
{
    "id": "mynumber-018",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["田邉 修一 <tanabe.shuichi@tanabe-kaikei.jp>"],
    "subject": "年の中途で扶養が増えた場合の定額減税の扱い",
    "charset": "iso-2022-jp",
    "body": f"""田邉先生

いつもお世話になっております。日の出産業の鬼頭です。

一点、ご教示ください。
6月以降に結婚等で同一生計配偶者が増えた従業員について、月次減税では
当初の人数で計算しておりますが、年末調整で人数を増やして精算する理解でよろしいでしょうか。
該当者は現時点で3名ほどおります（個別の情報は必要であれば別途お送りします）。

お手すきの際にご回答いただけますと幸いです。
{SIG_KITO}
{DISC}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary tax question to the tax accountant with the standard disclaimer, no personal data",
},
# ---------------------------------------------------------------- 019
{
    "id": "mynumber-019",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["dome.kazu1956@gmail.com", "hasumi-eiko@yahoo.co.jp", "t.sagara.home@icloud.com",
           "m_kutsukake@outlook.jp", "shinonome-isamu@docomo.ne.jp"],
    "subject": "【日の出産業】令和8年分 源泉徴収票の送付について（退職者の皆様へ）",
    "charset": "iso-2022-jp",
    "body": f"""退職者の皆様

ご無沙汰しております。日の出産業株式会社 人事部 給与厚生課です。

本年中に退職された皆様へ、令和8年分の源泉徴収票を1月中旬にご自宅宛てに郵送いたします。
転居等でご住所が変わった方は、12月25日までに本メールへのご返信にてお知らせください。

確定申告にお使いになる場合は、原本を大切に保管してください。
再発行には2週間ほどお時間をいただきます。

今後ともよろしくお願いいたします。
{SIG_TESHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three parties: five former employees' private addresses visible to each other in To (should be Bcc)",
},
# ---------------------------------------------------------------- 020
{
    "id": "mynumber-020",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>"],
    "bcc": ["oshima.retired@gmail.com", "kinu-nakahara@yahoo.co.jp", "jun.toritani@icloud.com",
            "harada_s1961@ezweb.ne.jp", "kanako.mimura@outlook.jp", "y-akatsuka@softbank.ne.jp"],
    "subject": "【日の出産業】源泉徴収票 郵送のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""本年中に退職された皆様

いつもお世話になっております。日の出産業株式会社 給与厚生課です。
（本メールは退職者の方へBCCで一斉にお送りしています）

令和8年分の源泉徴収票を、1月15日頃にご登録住所へ郵送いたします。
ご住所が変わった方は、お手数ですが個別にご連絡ください。
{SIG_TESHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "former employees addressed in Bcc (To is the sender): no visible recipients, no personal data",
},
# ---------------------------------------------------------------- 021
{
    "id": "mynumber-021",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["五十嵐 拓海 <igarashi.takumi@hinode-sangyou.co.jp>"],
    "subject": "扶養親族の番号 差分（前回送付以降の追加分）",
    "charset": "iso-2022-jp",
    "body": f"""五十嵐課長

鬼頭です。前回のリスト以降に回収できた分です。承認をお願いします。

・忽那 隆さん　長女 忽那 澪（R8.5.20生）　　{my_number(SEED + 211)}
・月見里 あかねさん　夫 月見里 悠真　　　　 {my_number(SEED + 212)}
・九十九 亮介さん　妻 九十九 里美　　　　　 {my_number(SEED + 213)}
・九十九 亮介さん　長男 九十九 湊（H30.2.9生） {my_number(SEED + 214)}

承認いただけましたら、ペイロールワークスさんへ連携します。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "look-alike + my number: meant for the manager, sent to hinode-sangyou.co.jp (letter added) with four dependants' My Numbers",
},
# ---------------------------------------------------------------- 022
{
    "id": "mynumber-022",
    "sender": "東海林 誠司 <shoji.seiji@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-sytem.jp>"],
    "subject": "年調クラウド：従業員招待メールの再送方法について",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
サポートデスク御中

お世話になっております。日の出産業 情報システム課の東海林です。
契約ID：HNS-20418

年末調整クラウドで、従業員への招待メールが一部届いていないとの申し出がありました。
管理画面から対象者を絞って招待メールを再送する方法はありますでしょうか。
また、迷惑メール判定を避けるため、送信元のドメインとIPアドレスを教えてください。

よろしくお願いいたします。

日の出産業株式会社 情報システム部 情報システム課
東海林 誠司　TEL 03-5201-7780
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: tsubasa-sytem.jp is a typo (letter dropped) of partner tsubasa-system.jp; content is harmless",
},
# ---------------------------------------------------------------- 023
{
    "id": "mynumber-023",
    "sender": "東海林 誠司 <shoji.seiji@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    "subject": "Re: 【ツバサ年調クラウド】お問い合わせ受付（No.2026-118734）",
    "charset": "utf-8",
    "body": f"""ツバサシステム サポートデスク
ご担当者様

ご回答ありがとうございます。日の出産業の東海林です。

ご案内いただいた手順（従業員一覧 → 絞り込み「未ログイン」→ 一括再送）で再送できました。
SPF レコードの追加も本日中に当社メールサーバー側で対応します。

本件はクローズで結構です。ありがとうございました。

東海林

-----Original Message-----
From: support@tsubasa-system.jp
Sent: Wednesday, October 28, 2026 11:02 AM
Subject: 【ツバサ年調クラウド】お問い合わせ受付（No.2026-118734）

日の出産業株式会社 東海林様

お問い合わせいただいた招待メールの再送は、管理画面の「従業員一覧」で
ステータス「未ログイン」を絞り込み、「招待メール一括再送」ボタンから行えます。
送信元は noreply@mail.tsubasa-system.jp です。

ツバサシステム株式会社 サポートデスク
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary support reply to the real partner domain tsubasa-system.jp, no personal data",
},
# ---------------------------------------------------------------- 024
{
    "id": "mynumber-024",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "委託先監督：当社 特定個人情報等取扱規程のご送付",
    "charset": "iso-2022-jp",
    "body": f"""小野寺様

お世話になっております。日の出産業の五十嵐です。

年1回の委託先監督の一環として、当社の特定個人情報等取扱規程（改定版）をお送りします。
御社の取扱状況のチェックシートをご記入いただく際の参考にしてください。

ご不明点がありましたらお知らせください。
{SIG_IGA}
""",
    "attachments": [
        {"kind": "docx", "name": "特定個人情報等取扱規程_2026改定.docx",
         "title": "特定個人情報等取扱規程",
         "page_header": "社外秘",
         "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
         "paragraphs": [
             "特定個人情報等取扱規程",
             "第1条（目的）本規程は、当社における個人番号及び特定個人情報の適正な取扱いを確保するため、必要な事項を定める。",
             "第5条（事務取扱担当者）個人番号関係事務は、人事部給与厚生課の事務取扱担当者が行う。",
             "第12条（委託）個人番号関係事務の全部又は一部を委託する場合、委託先において当社と同等の安全管理措置が講じられることを確認する。",
             "第18条（廃棄）保存期間を経過した特定個人情報は、年度末に一括して復元不可能な方法で削除又は廃棄する。",
         ],
         "tables": [[["改定日", "改定内容"], ["2026年4月1日", "委託先監督の頻度を年1回に変更"]]]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the attached internal rules carry a 社外秘 header and footer stamp, sent to the outsourcer",
},
# ---------------------------------------------------------------- 025
{
    "id": "mynumber-025",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["白川 玲子 <shirakawa.reiko@shirakawa-law.jp>"],
    "subject": "給与計算委託契約の更新と特定個人情報の覚書（レビューのお願い）",
    "charset": "utf-8",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の五十嵐です。

ペイロールワークス社との給与計算業務委託契約が来年3月で満了となるため、
更新にあわせて「特定個人情報の取扱いに関する覚書」を見直したいと考えております。
主な論点は次の3点です。

　1. 再委託の事前承諾（現行は書面、今後は電子メールでの承諾も可としたい）
　2. 機密保持条項の存続期間（契約終了後5年 → 10年への延長を先方に打診するか）
　3. 漏えい等発生時の報告期限（「速やかに」→「知った時から24時間以内」）

覚書の現行版を添付いたします。ご多忙のところ恐縮ですが、
11月中旬を目途にコメントを頂戴できますと幸いです。
{SIG_IGA}
""",
    "attachments": [
        {"kind": "docx", "name": "覚書_特定個人情報の取扱い_現行.docx",
         "paragraphs": [
             "特定個人情報の取扱いに関する覚書",
             "日の出産業株式会社（以下「甲」という。）と株式会社ペイロールワークス（以下「乙」という。）は、甲乙間の給与計算業務委託契約に基づき乙が取り扱う特定個人情報について、次のとおり覚書を締結する。",
             "第3条（秘密保持）乙は、本業務に関して知り得た甲の機密情報及び特定個人情報を、第三者に開示又は漏えいしてはならない。本条の義務は本契約終了後5年間存続する。",
             "第6条（再委託）乙は、甲の書面による事前の承諾なく本業務を再委託してはならない。",
             "第9条（事故時の報告）乙は、特定個人情報の漏えい等が発生したときは、速やかに甲に報告する。",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA-type memorandum (機密保持 clause is content, not a marking) to the partner law firm",
},
# ---------------------------------------------------------------- 026
{
    "id": "mynumber-026",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "住民税 特別徴収税額（6月〜翌5月）の一覧",
    "charset": "utf-8",
    "body": f"""安齋様

お世話になっております。勅使河原です。
各市区町村から届いた特別徴収税額の通知をもとに作成した一覧をお送りします。
12月からの税額変更分（転勤者2名）も反映済みです。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "corrupt", "name": "住民税_特別徴収税額_2026.xlsx"},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached XLSX is corrupt and cannot be inspected",
},
# ---------------------------------------------------------------- 027
{
    "id": "mynumber-027",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["相良 忠 <t.sagara.home@icloud.com>"],
    "subject": "源泉徴収票（再発行分）をお送りします",
    "charset": "iso-2022-jp",
    "body": f"""相良 忠 様

ご連絡ありがとうございます。日の出産業 給与厚生課の勅使河原です。
ご依頼の令和7年分源泉徴収票（再発行）をPDFでお送りします。
PDFを開くパスワードは、ご登録の生年月日（西暦8桁）です。

原本は本日、ご自宅宛てに郵送いたしました。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "pdf", "name": "gensen_R7_sagara.pdf", "password": "19580712",
         "lines": ["令和7年分 給与所得の源泉徴収票", "支払を受ける者 相良 忠", "支払金額 3,842,000円"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "unreadable: password-protected PDF sent to a former employee's private address",
},
# ---------------------------------------------------------------- 028
{
    "id": "mynumber-028",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["中原 絹代 <kinu-nakahara@yahoo.co.jp>"],
    "subject": "Re: 源泉徴収票を至急いただけますか",
    "charset": "iso-2022-jp",
    "body": f"""中原 絹代 様

日の出産業 給与厚生課の勅使河原です。
ハローワークの手続に必要とのことで、取り急ぎ源泉徴収票の写しをPDFでお送りします。
（本人交付用のため、個人番号は記載されておりません）
原本は郵送いたします。

> お世話になっております。9月末で退職した中原です。
> 再就職先に提出するため、源泉徴収票を早めにいただくことはできますでしょうか。
""",
    "attachments": [
        {"kind": "pdf", "name": "源泉徴収票_中原絹代.pdf",
         "lines": [
             "令和８年分　給与所得の源泉徴収票（受給者交付用）",
             "支払を受ける者　住所：神奈川県横浜市港北区日吉本町3-18-7 コーポ日吉102",
             "　　　　　　　　氏名：中原 絹代（ナカハラ キヌヨ）",
             "種別：給料・賞与　支払金額：2,916,500円　給与所得控除後の金額：1,968,400円",
             "源泉徴収税額：41,300円　社会保険料等の金額：437,210円",
             "中途就・退職：退職　令和８年９月30日",
             "支払者：日の出産業株式会社　東京都中央区日本橋2-14-8",
         ]},
    ],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one person's own withholding slip (no My Number) sent to her own private address; may be warned",
},
# ---------------------------------------------------------------- 029
{
    "id": "mynumber-029",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "給与振込口座の変更（12月支給分から）",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>ペイロールワークス<br>小野寺様</p>
<p>お世話になっております。日の出産業の鬼頭です。<br>
12月支給分から振込口座を変更する従業員の一覧です。ご登録をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>金融機関</th><th>支店</th><th>種別</th><th>口座番号</th><th>口座名義</th></tr>
<tr><td>H120044</td><td>鰐淵 智也</td><td>みどり銀行</td><td>日本橋支店（012）</td><td>普通</td><td>4418270</td><td>ワニブチ トモヤ</td></tr>
<tr><td>H160210</td><td>御子柴 誠</td><td>ゆうちょ銀行</td><td>〇一八店（018）</td><td>普通</td><td>2230916</td><td>ミコシバ マコト</td></tr>
<tr><td>H190233</td><td>忽那 隆</td><td>東和信用金庫</td><td>亀戸支店（204）</td><td>普通</td><td>0917734</td><td>クツナ タカシ</td></tr>
<tr><td>H210088</td><td>東雲 美咲</td><td>みどり銀行</td><td>豊洲支店（047）</td><td>普通</td><td>5602218</td><td>シノノメ ミサキ</td></tr>
<tr><td>H230140</td><td>舎人 大輔</td><td>湾岸ネット銀行</td><td>法人第一支店（101）</td><td>普通</td><td>7384410</td><td>トネリ ダイスケ</td></tr>
<tr><td>O200231</td><td>八月一日 晴香</td><td>なにわ銀行</td><td>江坂支店（331）</td><td>普通</td><td>1027659</td><td>ホヅミ ハルカ</td></tr>
<tr><td>O240019</td><td>鬼塚 翔</td><td>なにわ銀行</td><td>梅田支店（300）</td><td>当座</td><td>0048213</td><td>オニツカ ショウ</td></tr>
</table>
<p>以上、7名です。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 給与厚生課<br>鬼頭 真理子<br>TEL 03-5201-7730</p>
</body></html>""",
    "expect": "stop",
    "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "list: seven employees' salary bank accounts in an HTML-only table to the payroll outsourcer",
},
# ---------------------------------------------------------------- 030
{
    "id": "mynumber-030",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>"],
    "cc": ["経理部 出納 <suitou@hinode-sangyo.co.jp>"],
    "subject": "【経理部】12月給与 振込先変更者の口座一覧（照合用）",
    "charset": "utf-8",
    "body": f"""城之内さん

お疲れさまです。給与厚生課の鬼頭です。
12月給与の総合振込データ照合用に、口座変更者と新規登録者の一覧をCSVで送ります。
振込データ作成後、件数と金額の突合をお願いします。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "csv", "name": "口座変更者一覧_202612.csv", "encoding": "utf-8",
         "rows": [
             ["社員番号", "氏名", "銀行コード", "支店コード", "種別", "口座番号", "名義カナ"],
             ["H120044", "鰐淵 智也", "0599", "012", "1", "4418270", "ﾜﾆﾌﾞﾁ ﾄﾓﾔ"],
             ["H160210", "御子柴 誠", "9900", "018", "1", "2230916", "ﾐｺｼﾊﾞ ﾏｺﾄ"],
             ["H190233", "忽那 隆", "1344", "204", "1", "0917734", "ｸﾂﾅ ﾀｶｼ"],
             ["H210088", "東雲 美咲", "0599", "047", "1", "5602218", "ｼﾉﾉﾒ ﾐｻｷ"],
             ["H230140", "舎人 大輔", "0041", "101", "1", "7384410", "ﾄﾈﾘ ﾀﾞｲｽｹ"],
             ["O200231", "八月一日 晴香", "0162", "331", "1", "1027659", "ﾎﾂﾞﾐ ﾊﾙｶ"],
             ["O240019", "鬼塚 翔", "0162", "300", "2", "0048213", "ｵﾆﾂｶ ｼｮｳ"],
             ["H261001", "勅使河原 颯太", "0599", "012", "1", "3150442", "ﾃｼｶﾞﾜﾗ ｿｳﾀ"],
             ["H261002", "四月一日 莉子", "0005", "251", "1", "6674103", "ﾜﾀﾇｷ ﾘｺ"],
             ["H261003", "左右田 浩二", "0599", "060", "1", "2841907", "ｿｳﾀﾞ ｺｳｼﾞ"],
             ["H261004", "蓮見 みなみ", "9900", "028", "1", "1193352", "ﾊｽﾐ ﾐﾅﾐ"],
             ["H261005", "鳥越 健太郎", "0599", "012", "1", "4470081", "ﾄﾘｺﾞｴ ｹﾝﾀﾛｳ"],
         ]},
    ],
    "expect": "pass",
    "entities": ["JP_BANK_ACCOUNT", "PERSON_NAME"],
    "detectors": [],
    "note": "all recipients internal (payroll to accounting): bank account list stays inside the company",
},
# ---------------------------------------------------------------- 031
{
    "id": "mynumber-031",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "FW: 扶養追加の件（忽那）",
    "charset": "utf-8",
    "body": f"""小野寺様

お世話になっております。鬼頭です。
本人から届いたメールを転送します。扶養の追加と番号の登録をお願いいたします。

---------- 転送メッセージ ----------
From: 忽那 隆 <kutsuna.takashi@hinode-sangyo.co.jp>
Date: 2026年11月9日(月) 9:12
Subject: 扶養追加の件（忽那）
To: 鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>

給与厚生課 鬼頭さん

営業一部の忽那です。5月に長女が生まれたので扶養に追加をお願いします。
妻と長男の番号も念のため再送します（前回の申告書の字が読みにくかったと聞いたので）。

妻　　忽那 さやか　1986年4月11日生　{_sp(my_number(SEED + 311), "-")}
長男　忽那 蒼　　　2015年9月3日生　 {_sp(my_number(SEED + 312), "-")}
長女　忽那 澪　　　2026年5月20日生　{_sp(my_number(SEED + 313), "-")}

よろしくお願いします。
忽那
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number: a forwarded employee mail (new text to the outsourcer) with three family members' My Numbers",
},
# ---------------------------------------------------------------- 032
{
    "id": "mynumber-032",
    "sender": "Takumi Igarashi <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@apexpay-asia.com>"],
    "subject": "Shadow payroll set-up for Mr. Whitcombe (Japan assignment)",
    "charset": "utf-8",
    "body": f"""Dear Priya,

Thank you for your call yesterday. As agreed, please find below the details you need to set up
the Japan shadow payroll for our assignee. He became a Japanese tax resident on 1 October.

  Name:            Daniel James WHITCOMBE
  Date of birth:   14 February 1981
  Nationality:     United Kingdom
  Passport No.:    533081742 (United Kingdom)
  Residence card:  issued 2 October, copy on file
  My Number:       {my_number(SEED + 321)}
  Home address in Japan: 3-9-14 Minami-Azabu, Minato-ku, Tokyo 106-0047

His spouse is not a dependant for Japanese tax purposes (she has her own income in the UK).

Kind regards,
Takumi Igarashi
Manager, Payroll & Benefits, HR Department
Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-7731
{DISC_EN}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "my number + ID: an assignee's My Number, passport number and birth date in English mail to an overseas payroll provider",
},
# ---------------------------------------------------------------- 033
{
    "id": "mynumber-033",
    "sender": "Takumi Igarashi <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["Oliver Brandt <oliver.brandt@brightwell-audit.com>"],
    "subject": "RE: Year-end payroll figures for the group reporting package",
    "charset": "utf-8",
    "body": f"""Dear Oliver,

Please find the year-end payroll figures for Hinode Sangyo (Japan) below. All amounts are in JPY
and cover January to November; December will follow after the year-end adjustment run.

  Headcount (regular employees)      412
  Headcount (contract / part-time)    87
  Gross salaries                    2,318,440,000
  Bonuses                             604,900,000
  Employer social insurance           421,015,300
  Income tax withheld                 163,207,800

The year-end adjustment is outsourced to our payroll provider as in prior years.
Let me know if you need the split by division.

Best regards,
Takumi Igarashi
Hinode Sangyo Co., Ltd. | HR Department
{DISC_EN}

-----Original Message-----
From: Oliver Brandt <oliver.brandt@brightwell-audit.com>
Sent: Monday, November 30, 2026 6:14 PM
Subject: Year-end payroll figures for the group reporting package

Hi Takumi, could you send us the headcount and payroll totals for the reporting package?
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail with aggregate payroll figures to the auditor, no person's data",
},
# ---------------------------------------------------------------- 034
{
    "id": "mynumber-034",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["舎人 浩平 <toneri.kohei@akebono-sr.jp>"],
    "subject": "被扶養者（異動）届の作成依頼：東雲（配偶者・子の追加）",
    "charset": "utf-8",
    "body": f"""舎人様

お世話になっております。日の出産業 勅使河原です。
東雲さんの被扶養者追加について、届出に必要な情報をWordにまとめました。
続柄を証する書類（戸籍謄本）は郵送いたします。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "docx", "name": "被扶養者異動届_記載事項_東雲.docx",
         "paragraphs": [
             "健康保険 被扶養者（異動）届　記載事項",
             "事業所整理記号：01-ヒノテ　事業所番号：24817",
             "被保険者：東雲 美咲（シノノメ ミサキ）　生年月日：平成3年6月20日",
             f"被保険者 個人番号：{my_number(SEED + 341)}　基礎年金番号：3120-448807",
             "異動年月日：令和8年10月1日（配偶者の退職による）",
         ],
         "tables": [[
             ["区分", "氏名", "続柄", "生年月日", "個人番号", "収入（年額）"],
             ["追加", "東雲 拓", "夫", "昭和63年1月8日", my_number(SEED + 342), "0円（求職中）"],
             ["追加", "東雲 陸", "長男", "令和元年6月14日", my_number(SEED + 343), "0円"],
             ["追加", "東雲 凛", "長女", "令和4年3月2日", my_number(SEED + 344), "0円"],
         ]]},
    ],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number + ID: a DOCX with an employee's and three dependants' My Numbers and a basic pension number to the labour consultant",
},
# ---------------------------------------------------------------- 035
{
    "id": "mynumber-035",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "法定調書（給与所得の源泉徴収票 税務署提出分）の一覧",
    "charset": "iso-2022-jp",
    "body": f"""真鍋様

お世話になっております。日の出産業の鬼頭です。
税務署提出が必要な源泉徴収票（役員・年収500万円超の退職者）の一覧をPDFでお送りします。
法定調書合計表の作成にあわせてご確認ください。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "pdf", "name": "源泉徴収票_税務署提出対象一覧.pdf",
         "title": "源泉徴収票 税務署提出対象一覧",
         "lines": ["令和８年分　給与所得の源泉徴収票　税務署提出対象者一覧", "日の出産業株式会社", ""],
         "table": [
             ["区分", "氏名", "個人番号", "住所", "支払金額"],
             ["役員", "勘解由小路 尚武", my_number(SEED + 351), "東京都世田谷区成城6-22-1", "28,800,000"],
             ["役員", "小鳥遊 正臣", my_number(SEED + 352), "東京都目黒区八雲4-7-30", "18,600,000"],
             ["役員", "五月女 律子", my_number(SEED + 353), "神奈川県鎌倉市雪ノ下2-11-5", "15,000,000"],
             ["役員", "東條 義孝", my_number(SEED + 354), "千葉県浦安市美浜3-4-2-1801", "14,400,000"],
             ["役員", "鷲見 康介", my_number(SEED + 355), "東京都杉並区荻窪5-16-9", "12,000,000"],
             ["退職", "相良 忠", my_number(SEED + 356), "埼玉県所沢市東町8-3", "6,215,000"],
             ["退職", "猪狩 多恵子", my_number(SEED + 357), "東京都調布市布田1-40-12", "5,480,300"],
             ["退職", "宇佐美 航", my_number(SEED + 358), "東京都品川区旗の台2-3-17-402", "5,102,000"],
         ]},
    ],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "my number + list: PDF table of eight people with My Numbers and home addresses to the tax accountant",
},
# ---------------------------------------------------------------- 036
{
    "id": "mynumber-036",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "給与支払報告書（総括表・個人別明細）作成用データ",
    "charset": "utf-8",
    "body": f"""安齋様

勅使河原です。給与支払報告書の作成用に、1月1日時点の住所データをお送りします。
（ZIPにまとめていますが、パスワードはかけていません。個人番号は御社システム登録済みのため含めていません）

市区町村コードが空欄の方は転居届の処理中です。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "zip", "name": "kyuyo_shiharai_houkoku_2027.zip",
         "files": [
             {"kind": "csv", "name": "jusho_20270101.csv", "encoding": "utf-8",
              "rows": [
                  ["社員番号", "氏名", "1月1日現在の住所", "市区町村コード", "普通徴収該当"],
                  ["H120044", "鰐淵 智也", "東京都江東区南砂2-5-18-604", "131083", ""],
                  ["H150301", "纐纈 宏明", "東京都江戸川区西葛西6-9-2", "131237", ""],
                  ["H160210", "御子柴 誠", "東京都墨田区押上1-33-7", "131075", ""],
                  ["H170512", "百目鬼 聡", "大阪府豊中市新千里東町2-5-11", "272035", ""],
                  ["H190233", "忽那 隆", "東京都江東区亀戸3-41-6", "131083", ""],
                  ["H210088", "東雲 美咲", "東京都江東区豊洲4-1-2-2201", "131083", ""],
                  ["H230140", "舎人 大輔", "神奈川県横浜市青葉区美しが丘1-7-3", "141178", ""],
                  ["H261001", "勅使河原 颯太", "東京都北区赤羽西4-18-10", "131172", ""],
                  ["H261002", "四月一日 莉子", "埼玉県川口市並木2-26-4", "", ""],
                  ["H261003", "左右田 浩二", "千葉県松戸市新松戸3-112", "122076", ""],
                  ["H261004", "蓮見 みなみ", "東京都板橋区成増1-14-9", "131199", ""],
                  ["H261005", "鳥越 健太郎", "東京都府中市若松町2-8-21", "132063", "○"],
              ]},
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: twelve employees' home addresses in a CSV inside an unencrypted ZIP to the payroll outsourcer",
},
# ---------------------------------------------------------------- 037
{
    "id": "mynumber-037",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "Re: 【要確認】個人番号チェックデジットエラー（1件）",
    "charset": "iso-2022-jp",
    "body": f"""安齋様

ご指摘ありがとうございます。転記ミスでした。大変失礼いたしました。
原本（個人番号カードの写し）で確認した正しい番号は以下のとおりです。

　薬袋 信之（社員番号 O210045）　{my_number(SEED + 371)}

お手数ですが、修正のうえ再計算をお願いいたします。
鬼頭

> 日の出産業 鬼頭様
>
> お世話になっております。ペイロールワークスの安齋です。
> 頂戴したデータのうち、社員番号 O210045 の方の個人番号が
> チェックデジットエラーとなりました。お手数ですがご確認いただけますでしょうか。
>
> 株式会社ペイロールワークス 給与計算センター 安齋
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "my number: the corrected My Number of one employee in the new text of a reply to the outsourcer",
},
# ---------------------------------------------------------------- 038
{
    "id": "mynumber-038",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "RE: 個人番号の登録内容のご確認（月見里様）",
    "charset": "utf-8",
    "body": f"""安齋様

ご確認ありがとうございます。
ご記載の番号で相違ございません。そのままご登録を進めてください。

鬼頭

-----Original Message-----
From: 安齋 健 <anzai.ken@payroll-works.co.jp>
Sent: Tuesday, November 17, 2026 3:40 PM
To: 鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>
Subject: 個人番号の登録内容のご確認（月見里様）

日の出産業 鬼頭様

いつもお世話になっております。ペイロールワークス 安齋です。
申告書の記載が一部かすれておりましたので、以下の内容で登録してよろしいかご確認ください。

  社員番号：O220108
  氏名　　：月見里 あかね
  個人番号：{my_number(SEED + 381)}

株式会社ペイロールワークス 給与計算センター 安齋 健
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the only My Number is in the quoted Original Message from the recipient himself; new text has no personal data",
},
# ---------------------------------------------------------------- 039
{
    "id": "mynumber-039",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "配偶者控除等申告書・扶養親族の所得見積額（確認が必要な方）",
    "charset": "shift_jis",
    "body": f"""安齋様

お世話になっております。勅使河原です。
所得見積額が基準付近の扶養親族について、本人に再確認した結果をお送りします。

【１】
　社員氏名：百目鬼 聡
　扶養親族：百目鬼 拓真（長男）
　生年月日：平成１８年３月３日
　所得見積額：５８万円（アルバイト給与 １２３万円）
　備考：特定親族特別控除の対象

【２】
　社員氏名：纐纈 宏明
　扶養親族：纐纈 遥（長女）
　生年月日：平成１９年１月１９日
　所得見積額：４２万円
　備考：控除対象扶養親族（特定扶養）

【３】
　社員氏名：八月一日 晴香
　扶養親族：八月一日 修（夫）
　生年月日：昭和６２年１１月３０日
　所得見積額：９５万円
　備考：配偶者特別控除

【４】
　社員氏名：薬袋 信之
　扶養親族：薬袋 澄江（母）
　生年月日：昭和２３年９月１８日
　所得見積額：５２万円（公的年金のみ）
　備考：老人扶養（同居老親等以外）

【５】
　社員氏名：舎人 大輔
　扶養親族：舎人 トミ（祖母）
　生年月日：昭和１３年７月７日
　所得見積額：３８万円
　備考：老人扶養（同居老親等）

以上です。よろしくお願いいたします。
{SIG_TESHI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list: five dependants' records (name, 和暦 birth date, income) one block per person to the outsourcer",
},
# ---------------------------------------------------------------- 040
{
    "id": "mynumber-040",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["舎人 浩平 <toneri.kohei@akebono-sr.jp>"],
    "subject": "九十九さんの被扶養者認定（事前相談）",
    "charset": "iso-2022-jp",
    "body": f"""舎人様

お世話になっております。勅使河原です。
先日の入社者のうち九十九さんのご家族について、被扶養者認定の見込みを伺いたく、
概要をお送りします（正式な書類は揃い次第お送りします）。

　・九十九 里美（妻）　昭和63年5月11日生　パート収入 年96万円見込み
　・九十九 湊（長男）　平成30年2月9日生
　・九十九 ハル（母）　昭和30年12月1日生　遺族年金 年132万円、別居（仕送り月5万円）

お母様の別居・仕送りの要件が満たせるかが気になっております。
{SIG_TESHI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three dependants' names and birth dates (under five people, no identifiers) to the labour consultant; may be warned",
},
# ---------------------------------------------------------------- 041
{
    "id": "mynumber-041",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "新任取締役の個人番号（役員報酬の源泉徴収票用）",
    "charset": "shift_jis",
    "body": f"""たなべ会計　真鍋様

いつもお世話になっております。日の出産業の鬼頭です。
６月の株主総会で就任した取締役の個人番号をお知らせいたします。

　氏名　　　五月女 律子（そうとめ りつこ）
　生年月日　昭和４３年１月２５日
　個人番号　{_fw(_sp(my_number(SEED + 411), "－"))}

前職（㈱みなと電装）の源泉徴収票は本日郵送いたしました。
よろしくお願いいたします。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number: a new director's My Number written in full-width digits (Shift_JIS) to the tax accountant",
},
# ---------------------------------------------------------------- 042
{
    "id": "mynumber-042",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["蓮沼 亜紀 <hasunuma.aki@akebono-sr.jp>"],
    "cc": ["我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>"],
    "subject": "労災（休業補償給付）の手続のお願い：川口倉庫",
    "charset": "utf-8",
    "body": f"""蓮沼先生

お世話になっております。日の出産業 五十嵐です。
川口倉庫で業務中の事故があり、休業補償給付の手続をお願いしたくご連絡しました。

■被災者
　一尺八寸 大地（かまつか だいち）　倉庫課 作業員　48歳
■発生日時・状況
　11月18日（水）10時20分頃、フォークリフトからの荷下ろし中に転倒、右手首を強打
■傷病名・治療
　右橈骨遠位端骨折（川口中央病院 整形外科）、11月19日に観血的整復固定術、
　全治約8週間、うち少なくとも4週間は休業の見込み
■休業期間
　11月19日〜（待期3日間は会社が休業補償を支払います）

様式第5号（療養補償給付）は病院に提出済みです。様式第8号のご準備をお願いします。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named worker's injury, diagnosis and surgery sent to the labour consultant",
},
# ---------------------------------------------------------------- 043
{
    "id": "mynumber-043",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["田邉 修一 <tanabe.shuichi@tanabe-kaikei.jp>"],
    "subject": "【取扱注意】冬季賞与 支給総額（案）と源泉税の見込み",
    "charset": "iso-2022-jp",
    "body": f"""田邉先生

いつもお世話になっております。日の出産業の五十嵐です。
取締役会承認前の案の段階ですが、冬季賞与の支給総額と源泉税の見込みを共有いたします。
資金繰り表への反映をお願いできればと存じます。

　支給対象者数　　　 461名
　支給総額　　　　　 612,450,000円
　うち役員賞与　　　 （事前確定届出給与）41,000,000円
　源泉所得税（見込）  79,800,000円
　社会保険料（会社負担見込）93,700,000円

支給日は12月11日（金）を予定しております。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the mail itself is classified 【取扱注意】 in the subject; aggregates only, no personal data",
},
# ---------------------------------------------------------------- 044
{
    "id": "mynumber-044",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "Re: 通勤手当の支給ルールについて",
    "charset": "iso-2022-jp",
    "body": f"""小野寺様

お世話になっております。鬼頭です。
お問い合わせの通勤手当規程ですが、規程本体は社外秘扱いのため原文をお送りできません。
給与計算に必要な部分を下記にまとめましたので、こちらでご対応いただけますでしょうか。

・支給額：最も経済的かつ合理的な経路の6か月定期代を、6か月ごとに前払い
・マイカー通勤：片道距離に応じた定額（2km以上10km未満 4,200円、10km以上15km未満 7,100円…）
・非課税限度額を超える部分は課税扱い
・月の途中入社・退職：日割りではなく、定期代の払戻額で精算

ほかに必要な点があればお知らせください。
{SIG_KITO}

> 鬼頭様
> 来年度の設定変更にあたり、通勤手当規程を拝見できればと存じます。
> ペイロールワークス 小野寺
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 is only mentioned (the rules are not sent); summary without marking or personal data",
},
# ---------------------------------------------------------------- 045
{
    "id": "mynumber-045",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "賞与の個別調整（3名）",
    "charset": "utf-8",
    "body": f"""安齋様

鬼頭です。冬季賞与について、個別調整が必要な3名分のファイルをお送りします。
査定確定前の資料のため、取扱いにはご注意ください。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "xlsx", "name": "賞与個別調整_3名.xlsx", "page_header": "機密",
         "page_footer": "日の出産業株式会社 人事部 機密文書",
         "sheets": {"調整対象": [
             ["【機密】冬季賞与 個別調整対象者"],
             ["社員番号", "氏名", "調整前支給額", "調整後支給額", "振込口座"],
             ["H120044", "鰐淵 智也", 684000, 410400, "みどり銀行 日本橋支店 普通 4418270"],
             ["H170512", "百目鬼 聡", 912000, 1003200, "なにわ銀行 千里中央支店 普通 3318406"],
             ["H230140", "舎人 大輔", 530000, 0, "湾岸ネット銀行 法人第一支店 普通 7384410"],
         ]}},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["confidential_marking", "personal_data"],
    "note": "marking: the XLSX is stamped 機密 (header, footer, title row); three people's bank accounts ride along",
},
# ---------------------------------------------------------------- 046
{
    "id": "mynumber-046",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "事業所ごとの社会保険・労働保険の管轄一覧",
    "charset": "utf-8",
    "body": f"""小野寺様

お世話になっております。勅使河原です。
給与システムの事業所マスタ設定用に、各事業所の管轄をまとめました。

・本社（東京都中央区日本橋2-14-8）
　　年金事務所：日本橋年金事務所　　労働基準監督署：中央労基署　　TEL 03-5201-7700
・横浜事業所（神奈川県横浜市西区みなとみらい3-6-1）
　　年金事務所：横浜西年金事務所　　労働基準監督署：横浜南労基署　TEL 045-662-3810
・川口倉庫（埼玉県川口市領家5-14-22）
　　年金事務所：川口年金事務所　　　労働基準監督署：川口労基署　　TEL 048-224-6091
・大阪支店（大阪府大阪市北区梅田1-11-4 大阪駅前第4ビル18F）
　　年金事務所：天満年金事務所　　　労働基準監督署：天満労基署　　TEL 06-6344-2270
・名古屋営業所（愛知県名古屋市中村区名駅4-4-10）
　　年金事務所：中村年金事務所　　　労働基準監督署：名古屋西労基署 TEL 052-581-7702
・福岡営業所（福岡県福岡市博多区博多駅前2-19-24）
　　年金事務所：博多年金事務所　　　労働基準監督署：福岡中央労基署 TEL 092-472-5530

健康保険はすべて関東機械工業健康保険組合（一括適用）です。
{SIG_TESHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of the company's own sites with office addresses and switchboards: businesses, not people",
},
# ---------------------------------------------------------------- 047
{
    "id": "mynumber-047",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "cc": ["我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.jp>"],
    "subject": "12月の勤怠締め日変更について",
    "charset": "iso-2022-jp",
    "body": f"""小野寺様
（cc：総務課 我妻）

お世話になっております。鬼頭です。
年末年始休業の関係で、12月分の勤怠締めを通常の月末から12月25日（金）に前倒しします。
26日〜31日分は1月分で精算いたします。

勤怠データの連携は12月28日（月）午前中の予定です。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain", "multiple_external_domains"],
    "note": "look-alike: the colleague in Cc is at hinode-sangyo.jp (co. dropped), not the company's hinode-sangyo.co.jp",
},
# ---------------------------------------------------------------- 048
{
    "id": "mynumber-048",
    "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 <houjin-eigyo@midori-ginkou.co.jp>"],
    "subject": "給与振込データ伝送の指定日について",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の城之内です。

12月は給与（25日）と賞与（11日）の振込が重なるため、データ伝送の期限を確認させてください。
賞与分は12月8日（火）15時までに伝送すれば、11日の着金に間に合いますでしょうか。

お手数ですがご回答をお願いいたします。

日の出産業株式会社 経理部 出納課　城之内 亮
TEL 03-5201-7750
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: midori-ginkou.co.jp has a letter added to partner bank midori-ginko.co.jp",
},
# ---------------------------------------------------------------- 049
{
    "id": "mynumber-049",
    "sender": "城之内 亮 <jonouchi.ryo@hinode-sangyo.co.jp>",
    "to": ["石動 貴之 <isurugi.takayuki@midori-ginko.co.jp>"],
    "subject": "Re: 賞与振込の件数・金額（予定）",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 日本橋支店
石動様

いつもお世話になっております。日の出産業の城之内です。
12月11日支給の賞与振込の予定をお知らせします。

　振込件数：461件（うち他行宛て 288件）
　振込総額：489,215,400円
　データ伝送：12月8日（火）午前中

資金は前日までに当社普通預金口座に準備いたします。
よろしくお願いいたします。

日の出産業株式会社 経理部 出納課　城之内 亮
TEL 03-5201-7750
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary mail to the partner bank's real domain with aggregate transfer figures only",
},
# ---------------------------------------------------------------- 050
{
    "id": "mynumber-050",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["白川 玲子 <shirakawa.reiko@shirakawa-law.jp>"],
    "subject": "【ご相談】源泉徴収票の誤送付事案（対象者一覧を添付）",
    "charset": "utf-8",
    "body": f"""白川先生

お世話になっております。日の出産業の五十嵐です。
昨日お電話でご相談した件について、事実関係と対象者を整理いたしました。

■事案の概要
　1月16日に郵送した退職者向け源泉徴収票のうち、6名分が封入ミスにより
　別の退職者宅に届いたことが判明しました（受領者から連絡あり、回収済み4件、未回収2件）。
　源泉徴収票（受給者交付用）のため個人番号は記載されていませんが、
　氏名・住所・支払金額が記載されています。

■対象者（氏名／住所／誤って届いた先）
　猪狩 多恵子　東京都調布市布田1-40-12　　　　　→ 宇佐美様宅（回収済）
　宇佐美 航　　東京都品川区旗の台2-3-17-402　　 → 猪狩様宅（回収済）
　相良 忠　　　埼玉県所沢市東町8-3　　　　　　　→ 中原様宅（回収済）
　中原 絹代　　神奈川県横浜市港北区日吉本町3-18-7 → 相良様宅（回収済）
　大島 文雄　　千葉県柏市明原2-6-15　　　　　　　→ 三村様宅（未回収）
　三村 加奈子　東京都国立市中1-9-33-105　　　　　→ 大島様宅（未回収）

個人情報保護委員会への報告要否と、本人への通知文案についてご助言をお願いいたします。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: six former employees' names and home addresses in an incident consultation to the (partner) law firm",
},
# ---------------------------------------------------------------- 051
{
    "id": "mynumber-051",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["日の出ロジスティクス 人事課 <jinji@hinode-logi.co.jp>"],
    "subject": "在籍出向者の社会保険（出向元での継続加入）について",
    "charset": "iso-2022-jp",
    "body": f"""日の出ロジスティクス株式会社
人事課 ご担当者様

お世話になっております。日の出産業 給与厚生課の勅使河原です。
12月1日から貴社へ在籍出向となる社員について、社会保険は当社で継続加入となります。
出向者負担金の精算書作成のため、基本情報をお送りします。

　氏名：鳥越 健太郎
　生年月日：1979年12月21日
　基礎年金番号：２４０３－７７１８５２
　標準報酬月額：440千円（健保・厚年とも）

給与は当社から支給し、毎月末に負担金を請求させていただきます。
{SIG_TESHI}
""",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "ID: one seconded employee's basic pension number (full-width) to the group company, which is a separate external domain",
},
# ---------------------------------------------------------------- 052
{
    "id": "mynumber-052",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["みなと保険サービス 柚木様 <yuki.t@minato-hoken.co.jp>"],
    "subject": "マイカー通勤者の任意保険加入確認（1名追加）",
    "charset": "utf-8",
    "body": f"""みなと保険サービス株式会社
柚木様

お世話になっております。日の出産業 総務課の我妻です。
マイカー通勤の許可申請があった社員について、団体扱い自動車保険への加入手続をお願いします。

　氏名：　　　　鳥越 健太郎
　運転免許証：　第３０１２８８４５７１６０号（ゴールド、有効期限 令和11年1月21日）
　車両：　　　　トヨタ アクア（多摩 530 て 48-17）
　通勤距離：　　片道 12.4km

免許証の写しは本人から回収済みです。保険料は給与控除となります。
{SIG_WAGA}
""",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "ID: an employee's driving licence number to the insurance agency",
},
# ---------------------------------------------------------------- 053
{
    "id": "mynumber-053",
    "sender": "東海林 誠司 <shoji.seiji@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 請求担当 <billing@tsubasa-system.jp>"],
    "subject": "年調クラウド 利用料のお支払カード変更",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
請求ご担当者様

お世話になっております。日の出産業 情報システム課の東海林です。
契約ID HNS-20418 の月額利用料について、引落しカードを法人カードの更新にあわせて変更してください。

　カード番号：{_card4(card_number(SEED + 531))}
　有効期限：09/30
　名義：SEIJI SHOJI（日の出産業株式会社）

12月請求分から新しいカードでお願いいたします。

日の出産業株式会社 情報システム部 情報システム課
東海林 誠司　TEL 03-5201-7780
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "card: a full credit card number with expiry and holder name sent to the system vendor",
},
# ---------------------------------------------------------------- 054
{
    "id": "mynumber-054",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "法定調書合計表の提出者情報",
    "charset": "iso-2022-jp",
    "body": f"""真鍋様

お世話になっております。日の出産業の鬼頭です。
法定調書合計表の提出者欄の情報です。昨年から変更はございません。

　名称　　　日の出産業株式会社
　法人番号　8010401098765
　所在地　　〒103-0027 東京都中央区日本橋二丁目14番8号
　電話　　　03-5201-7700（代表）
　代表者　　代表取締役 勘解由小路 尚武
　整理番号　00472918（日本橋税務署）

なお、請求書の登録番号（T8010401098765）も同じ番号です。
{SIG_KITO}
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "the company's own corporate number, office address and switchboard: business data, not a person's",
},
# ---------------------------------------------------------------- 055
{
    "id": "mynumber-055",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["フクリプラス カスタマーサポート <support@fukuri-plus.jp>"],
    "subject": "FW: カフェテリアポイント精算の返金先について",
    "charset": "utf-8",
    "body": f"""株式会社フクリプラス
カスタマーサポート ご担当者様

日の出産業の福利厚生担当、鬼頭です。
当社社員から下記の問い合わせがありましたので、転送いたします。ご対応をお願いいたします。

---- Forwarded message ----
差出人: 蓮見 みなみ <hasumi.minami@hinode-sangyo.co.jp>
件名: カフェテリアポイント精算の返金先について

鬼頭さん
旅行代金をカードで立て替えたのですが、ポイント精算の返金がまだ届いていません。
申請時に入力したカードは次のものです。
　カード番号 {card_number(SEED + 551)}　有効期限 03/29
　名義 MINAMI HASUMI
会員番号は FP-0048812 です。よろしくお願いします。
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "card: an employee's credit card number in a forwarded mail (new text to the benefits provider)",
},
# ---------------------------------------------------------------- 056
{
    "id": "mynumber-056",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "cc": ["蓮沼 亜紀 <hasunuma.aki@akebono-sr.jp>", "真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "退職者1名の手続について（関係各位）",
    "charset": "iso-2022-jp",
    "body": f"""関係各位

お世話になっております。日の出産業の五十嵐です。
下記の社員が12月15日付で退職となりますので、各社でのお手続をお願いいたします。

　氏名：宇佐美 航
　退職日：令和8年12月15日（最終出社 12月4日）
　退職後の住所：東京都品川区旗の台2-3-17-402

ペイロールワークス様：最終給与と住民税の一括徴収
あけぼの様：資格喪失届、離職票
たなべ会計様：退職所得の源泉徴収票

よろしくお願いいたします。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "personal_data"],
    "note": "three parties: payroll outsourcer, labour consultant and tax accountant see each other in To/Cc (one person's address rides along)",
},
# ---------------------------------------------------------------- 057
{
    "id": "mynumber-057",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "退職所得の源泉徴収票（5名分）データ",
    "charset": "shift_jis",
    "body": f"""真鍋様

お世話になっております。日の出産業 勅使河原です。
今年度の退職金支給者5名分の退職所得の源泉徴収票作成用データをCSVでお送りします。
（役員退職者はおりません）
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "csv", "name": "taishoku_shotoku_R8.csv", "encoding": "cp932",
         "rows": [
             ["氏名", "個人番号", "住所", "退職年月日", "勤続年数", "退職手当等の金額", "源泉徴収税額"],
             ["相良 忠", my_number(SEED + 571), "埼玉県所沢市東町8-3", "R8.3.31", "38", "21500000", "0"],
             ["猪狩 多恵子", my_number(SEED + 572), "東京都調布市布田1-40-12", "R8.6.30", "29", "14820000", "0"],
             ["大島 文雄", my_number(SEED + 573), "千葉県柏市明原2-6-15", "R8.8.31", "41", "24300000", "0"],
             ["宇佐美 航", my_number(SEED + 574), "東京都品川区旗の台2-3-17-402", "R8.12.15", "12", "4860000", "0"],
             ["三村 加奈子", my_number(SEED + 575), "東京都国立市中1-9-33-105", "R8.9.30", "6", "1320000", "0"],
         ]},
    ],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "my number + list: CP932 CSV of five retirees with My Numbers and addresses to the tax accountant",
},
# ---------------------------------------------------------------- 058
{
    "id": "mynumber-058",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["舎人 浩平 <toneri.kohei@akebono-sr.jp>"],
    "subject": "月額変更届（随時改定）該当者データ",
    "charset": "utf-8",
    "body": f"""舎人様

勅使河原です。8〜10月の3か月平均で2等級以上の変動があった方の一覧です。
月額変更届の作成をお願いします（旧形式の .xls で失礼します）。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "xls", "name": "gekkan_henko_202611.xls",
         "sheets": {"月変対象": [
             ["氏名", "生年月日", "基礎年金番号", "従前標準報酬", "8月", "9月", "10月", "平均"],
             ["鰐淵 智也", "1985/07/02", "1120-339041", 380000, 452000, 448500, 461200, 453900],
             ["御子柴 誠", "1976/03/19", "1045-218876", 470000, 392000, 388100, 390400, 390167],
             ["忽那 隆", "1983/11/30", "1167-503912", 340000, 401300, 415800, 398700, 405267],
             ["東雲 美咲", "1991/06/20", "3120-448807", 300000, 362000, 358400, 371100, 363833],
             ["舎人 大輔", "1993/01/08", "4038-112657", 260000, 318200, 322900, 309800, 316967],
             ["百目鬼 聡", "1972/06/30", "0982-774310", 500000, 421000, 418000, 426000, 421667],
             ["八月一日 晴香", "1990/08/01", "2251-680934", 280000, 341000, 338200, 344700, 341300],
             ["薬袋 信之", "1983/02/15", "1172-065583", 410000, 489100, 476300, 482800, 482733],
             ["月見里 あかね", "1996/10/09", "5019-237748", 240000, 296100, 301800, 290500, 296133],
             ["鬼塚 翔", "2002/04/22", "6201-884129", 220000, 272000, 280300, 268600, 273633],
         ]}},
    ],
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "list + ID: legacy XLS of ten employees with basic pension numbers, birth dates and pay to the labour consultant",
},
# ---------------------------------------------------------------- 059
{
    "id": "mynumber-059",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "11/2 年末調整説明会：投影資料の事前送付",
    "charset": "utf-8",
    "body": f"""さくらホテル 宴会予約ご担当
花房様

お世話になっております。日の出産業 総務課の我妻です。
11月2日（月）「桜の間」での説明会の投影資料をお送りします。
当日はホテル様のPCで投影させていただく予定ですので、事前の動作確認をお願いできますでしょうか。
{SIG_WAGA}
""",
    "attachments": [
        {"kind": "pptx", "name": "年末調整説明会_2026.pptx", "title": "令和8年 年末調整説明会",
         "page_footer": "社外秘　日の出産業株式会社 人事部",
         "slides": [
             ["令和8年 年末調整説明会", "人事部 給与厚生課", "2026年11月2日"],
             ["今年の変更点", "基礎控除の見直し", "特定親族特別控除の新設", "定額減税の精算"],
             ["Web申告の流れ", "招待メールからログイン", "扶養親族の入力", "保険料控除証明書のアップロード"],
             ["提出期限", "11月13日（金）まで", "遅れた場合は各自で確定申告が必要になります"],
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: every slide of the attached deck carries a 社外秘 footer, sent to the hotel",
},
# ---------------------------------------------------------------- 060
{
    "id": "mynumber-060",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "会議室のご予約（11月2日 年末調整説明会）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル 宴会予約ご担当
花房様

いつもお世話になっております。日の出産業 総務課の我妻です。
先ほどお電話でお願いした会議室の予約について、内容をお送りいたします。

　日時　　11月2日（月）13:30〜16:30（準備 13:00〜）
　会場　　桜の間（スクール形式 80席）
　備品　　プロジェクター、スクリーン、ワイヤレスマイク2本、演台
　飲料　　ペットボトルのお茶 80本
　請求先　日の出産業株式会社 総務部（請求書払い）

ご確認のほどよろしくお願いいたします。
{SIG_WAGA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary venue booking with the partner hotel, no personal data",
},
# ---------------------------------------------------------------- 061
{
    "id": "mynumber-061",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "転送：扶養控除等申告書の修正（八月一日）",
    "charset": "iso-2022-jp",
    "body": f"""安齋様

鬼頭です。大阪支店の八月一日さんから修正の連絡がありましたので、元のメールを添付で転送します。
配偶者の番号が申告書と異なっておりましたので、添付メールの内容で差し替えをお願いします。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "eml", "name": "扶養控除等申告書の修正について.eml",
         "message": {
             "sender": "八月一日 晴香 <hozumi.haruka@osaka.hinode-sangyo.co.jp>",
             "to": ["鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>"],
             "subject": "扶養控除等申告書の修正について",
             "charset": "iso-2022-jp",
             "body": f"""給与厚生課 鬼頭様

大阪支店の八月一日です。
先日提出した申告書で、夫の個人番号を書き間違えていました。申し訳ありません。
正しくは以下のとおりです。

　夫　八月一日 修（ほづみ おさむ）　昭和62年11月30日生
　個人番号　{_sp(my_number(SEED + 611))}

あわせて私の番号も念のため記載します。
　本人　八月一日 晴香　{_sp(my_number(SEED + 612))}

よろしくお願いいたします。
""",
         }},
    ],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number: an employee's mail attached as .eml (forward as attachment) with two My Numbers, sent to the outsourcer",
},
# ---------------------------------------------------------------- 062
{
    "id": "mynumber-062",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["西園寺 ゆい <yui.saionji.0412@gmail.com>"],
    "subject": "Re: 育休中の年末調整について",
    "charset": "utf-8",
    "body": f"""西園寺さん

ご連絡ありがとうございます。給与厚生課の勅使河原です。
育休中でも、今年会社から給与の支払がありますので、当社で年末調整を行います。
会社のPCにログインできないとのことですので、申告内容をこちらで代理入力しますね。

念のため、現在システムに登録されている内容を記載します。誤りがあればお知らせください。

　本人個人番号：{my_number(SEED + 621)}
　長女 西園寺 紬（令和8年4月12日生）の個人番号：未登録
　→ 通知書が届きましたら番号をお知らせください

育休中の社会保険料は免除になっていますので、控除額の欄は0円で問題ありません。
{SIG_TESHI}

> 勅使河原さん
> 育休中の西園寺です。会社のメールが見られないので個人アドレスから失礼します。
> 年末調整の書類はどうすればよいでしょうか。
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "my number: an employee's own My Number sent back to her private Gmail address (external recipient)",
},
# ---------------------------------------------------------------- 063
{
    "id": "mynumber-063",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["西園寺 ゆい <yui.saionji.0412@gmail.com>"],
    "subject": "お子様の個人番号の届出について",
    "charset": "iso-2022-jp",
    "body": f"""西園寺さん

お世話になっております。給与厚生課の勅使河原です。
お子様の個人番号の届出は、次のいずれかの方法でお願いします。

　1. 復職後に社内システム「人事ポータル」から登録（通知書の写しをアップロード）
　2. 当課宛てに、番号確認書類（通知書またはマイナンバーカードの写し）を簡易書留で郵送

メールでの番号のご連絡はお控えください。
育休中の手続で不明な点があれば、いつでもご連絡ください。
{SIG_TESHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "guidance to one employee's private address about how to submit a My Number; no number in it",
},
# ---------------------------------------------------------------- 064
{
    "id": "mynumber-064",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["舎人 浩平 <toneri.kohei@akebono-sr.jp>"],
    "subject": "RE: 外国籍社員の被扶養者追加（グエンさんの奥様）",
    "charset": "utf-8",
    "body": f"""舎人様

お世話になっております。勅使河原です。
グエンさんの奥様（家族滞在）の被扶養者追加について、ご依頼の情報です。

  Name       : TRAN THI LAN（チャン ティ ラン）
  続柄       : 妻
  生年月日   : 2000/11/23
  在留カード : EK73019264FA（在留期限 2028/04/30）
  旅券番号   : C4918203
  国内住所   : 東京都足立区千住旭町11-8 ソレイユ北千住203
  来日日     : 2026/11/20

国内居住要件は満たしていると考えておりますが、ご確認ください。
{SIG_TESHI}

> 勅使河原様
> 被扶養者追加には、在留カードと旅券の番号、来日日が必要です。
> あけぼの 舎人
""",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ID: a dependant's residence card and passport numbers with birth date and address in new reply text to the labour consultant",
},
# ---------------------------------------------------------------- 065
{
    "id": "mynumber-065",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["関東機械工業健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
    "subject": "Re: 資格確認書の交付について（ご連絡）",
    "charset": "shift_jis",
    "body": f"""関東機械工業健康保険組合
適用課 仁科様

ご連絡ありがとうございます。日の出産業の我妻です。
資格確認書5名分、本日受領いたしました。各人に手渡しで配付いたします。
引き続きよろしくお願いいたします。
{SIG_WAGA}

差出人: 仁科 聡子 <nishina@kanto-kikai-kenpo.or.jp>
送信日時: 2026年11月24日 14:05
宛先: 我妻 悠斗
件名: 資格確認書の交付について（ご連絡）

日の出産業株式会社 我妻様

被扶養者追加に伴う資格確認書を、本日5名分発送いたしました。

　記号7201 番号345 九十九 里美（被扶養者）
　記号7201 番号345 九十九 湊（被扶養者）
　記号7201 番号412 東雲 拓（被扶養者）
　記号7201 番号412 東雲 陸（被扶養者）
　記号7201 番号412 東雲 凛（被扶養者）

関東機械工業健康保険組合 適用課 仁科
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "insurance numbers appear only in the quoted mail (差出人/送信日時) from the health insurance society itself",
},
# ---------------------------------------------------------------- 066
{
    "id": "mynumber-066",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>"],
    "cc": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "中途入社者の前職分 源泉徴収票 回収状況",
    "charset": "utf-8",
    "body": f"""五十嵐課長
（cc：ペイロールワークス 小野寺様）

鬼頭です。中途入社者の前職源泉徴収票の回収状況です。
回収済みの方は、ペイロールワークスさんへ番号とあわせて連携します。

社員番号\t氏名\t個人番号\t前職\t回収
H260315\t猪瀬 由香里\t{my_number(SEED + 661)}\t㈱ミナトテック\t済
H260402\t五月女 亮\t{my_number(SEED + 662)}\t北関東物流㈱\t済
H260601\t烏丸 紗英\t{my_number(SEED + 663)}\t（個人事業）\t確定申告
H260701\t甘粕 俊\t{my_number(SEED + 664)}\t㈱青嵐商会\t未
H260801\t綿貫 まどか\t{my_number(SEED + 665)}\t東都システム㈱\t済

甘粕さんは前職に再発行を依頼中とのことです。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "my number + list: five mid-career hires' My Numbers (tab-separated); an internal To but the outsourcer is in Cc",
},
# ---------------------------------------------------------------- 067
{
    "id": "mynumber-067",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "保険料控除申告書 紙提出分の入力データ",
    "charset": "utf-8",
    "body": f"""安齋様

お世話になっております。勅使河原です。
Webではなく紙で提出のあった保険料控除申告書（6名分）を入力したCSVです。
控除証明書の原本は来週まとめて郵送いたします。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "csv", "name": "hokenryo_kojo_paper.csv", "encoding": "utf-8-sig",
         "rows": [
             ["社員番号", "氏名", "住所", "保険会社", "種類", "契約者", "受取人", "年間保険料"],
             ["K090012", "猪狩 実", "埼玉県川口市芝新町9-4", "あさひ生命", "一般（新）", "本人", "猪狩 康子", "96000"],
             ["K110034", "烏丸 伸也", "埼玉県蕨市中央5-20-3", "やまと生命", "介護医療", "本人", "本人", "54000"],
             ["K120101", "雲母 恭平", "埼玉県川口市領家2-2-8", "あさひ生命", "個人年金", "本人", "本人", "120000"],
             ["K150077", "鵜飼 ちとせ", "東京都足立区新田1-13-5-702", "はなみずき損保", "地震", "本人", "", "38400"],
             ["K180219", "一尺八寸 大地", "埼玉県草加市松原3-6-11", "やまと生命", "一般（旧）", "本人", "一尺八寸 恵美", "112800"],
             ["K210045", "椎葉 竜也", "埼玉県戸田市本町4-9-1", "あさひ生命", "一般（新）", "本人", "椎葉 舞", "60000"],
         ]},
    ],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: six employees' home addresses and insurance details in a UTF-8 CSV to the payroll outsourcer",
},
# ---------------------------------------------------------------- 068
{
    "id": "mynumber-068",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["田邉 修一 <tanabe.shuichi@tanabe-kaikei.jp>"],
    "subject": "住宅借入金等特別控除（2年目以降）の確認依頼：1名",
    "charset": "iso-2022-jp",
    "body": f"""田邉先生

いつもお世話になっております。日の出産業 鬼頭でございます。
住宅ローン控除の計算で、控除限度額の判定に自信がない方がいらっしゃいますので、
ご確認をお願いできますでしょうか。

　氏名　　　　　東條 和馬
　個人番号　　　{my_number(SEED + 681)}
　住所　　　　　東京都江戸川区船堀三丁目7番12号
　居住開始日　　令和6年3月25日
　住宅の区分　　認定長期優良住宅（新築）
　年末残高　　　38,420,000円（みどり銀行）、6,100,000円（フラット35）

子育て世帯の上乗せ措置の適用可否もあわせてご教示ください。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "my number: one employee's My Number and home address sent to the tax accountant",
},
# ---------------------------------------------------------------- 069
{
    "id": "mynumber-069",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["蓮沼 亜紀 <hasunuma.aki@akebono-sr.jp>"],
    "subject": "障害者雇用状況報告書（6.1報告）の準備について",
    "charset": "utf-8",
    "body": f"""蓮沼先生

お世話になっております。五十嵐です。
来年の障害者雇用状況報告と納付金申告の準備として、現在の対象者を整理しました。
カウント方法（重度のダブルカウント、短時間の0.5カウント）の確認をお願いします。

氏名          所属          障害の種別          等級    週所定労働時間
----------------------------------------------------------------------
椎葉 竜也     川口倉庫      身体（聴覚障害）    2級     40時間
鵜飼 ちとせ   川口倉庫      知的（療育手帳B）   -       30時間
雲母 恭平     本社総務      精神（うつ病）      3級     25時間

雇入れ予定の1名（来年4月）は、手帳の種類が確定次第ご連絡します。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "sensitive: three named employees' disability types and grades sent to the labour consultant",
},
# ---------------------------------------------------------------- 070
{
    "id": "mynumber-070",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["我妻 悠斗 <wagatsuma.yuto@mail.hinode-sangyo.co.jp>",
           "川口倉庫 総務 <kawaguchi-soumu@hinode-sangyo.co.jp>"],
    "subject": "合理的配慮の申出への対応（椎葉さん）",
    "charset": "iso-2022-jp",
    "body": f"""我妻さん、川口倉庫総務の皆さん

五十嵐です。
川口倉庫の椎葉 竜也さん（聴覚障害2級）から、朝礼の連絡事項を文字で共有してほしいとの
申出がありました。以下で対応をお願いします。

・朝礼の連絡事項は、前日中にTeamsの倉庫チャネルへテキストで投稿
・緊急時の館内放送は、回転灯とスマートフォン通知を併用（設備は総務で手配）
・年末調整説明会は、字幕付きの録画を用意

障害者控除の申告も今年から出ていますので、給与側は鬼頭さんが対応済みです。
""",
    "expect": "pass",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": [],
    "note": "all recipients internal (mail.hinode-sangyo.co.jp is an internal subdomain): disability information stays in the company",
},
# ---------------------------------------------------------------- 071
{
    "id": "mynumber-071",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["蓮沼 亜紀 <hasunuma.aki@akebono-sr.jp>"],
    "subject": "二次健康診断等給付の請求について（烏丸）",
    "charset": "iso-2022-jp",
    "body": f"""蓮沼先生

お世話になっております。日の出産業の五十嵐です。
定期健康診断の結果、二次健康診断等給付の対象となる社員がおりましたので、
請求書（様式第16号の10の2）の作成をお願いいたします。

　氏名：烏丸 伸也（川口倉庫）
　健診日：10月6日（日の出健診センター）
　所見：血圧 168/102（要精密検査）、空腹時血糖 131mg/dL、BMI 31.4、LDL 182mg/dL
　→ 4項目すべてに所見あり、脳・心臓疾患の症状はなし

二次健診は12月上旬に同センターで受診予定です。
{SIG_IGA}
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named employee's health check results sent to the labour consultant",
},
# ---------------------------------------------------------------- 072
{
    "id": "mynumber-072",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 説明会後の懇親会 お料理のご相談",
    "charset": "utf-8",
    "body": f"""花房様

お世話になっております。我妻です。
懇親会（11月2日 17:00〜）のお料理について、個別の対応をお願いしたい参加者がおります。

・ラフマン・アブドゥル様（大阪支店）：イスラム教徒のため、ハラール対応のお料理をお願いします。
　豚肉・アルコール（みりん等の調味料を含む）不使用でお願いします。
・増子 瑞穂様（本社）：ベジタリアン（卵・乳製品は可）

席札にもお名前を入れていただけますと、配膳の際に分かりやすいかと存じます。
{SIG_WAGA}

> 我妻様
> 食物アレルギーや宗教上のご配慮が必要な方がいらっしゃいましたらお知らせください。
> さくらホテル 宴会予約 花房
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named participant's religion (Muslim) sent to the hotel for catering",
},
# ---------------------------------------------------------------- 073
{
    "id": "mynumber-073",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "源泉所得税の納付書控えと年調過不足の明細",
    "charset": "utf-8",
    "body": f"""真鍋様

お世話になっております。鬼頭です。
12月分の源泉所得税の納付書控えと、年末調整の過不足明細をPDFにまとめました。
PDFには保護をかけておりますので、いつものパスワードでお開きください。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "pdf", "name": "nenchou_kabusoku_202612.pdf", "password": "tnb-hns-2026",
         "lines": ["年末調整 過不足明細", "過納額 合計 8,412,300円", "不足額 合計 1,206,800円"]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached PDF is password-protected",
},
# ---------------------------------------------------------------- 074
{
    "id": "mynumber-074",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "名古屋・福岡営業所分の申告書データ（ZIP）",
    "charset": "utf-8",
    "body": f"""小野寺様

勅使河原です。名古屋・福岡営業所分の扶養控除等申告書データをZIPにまとめてお送りします。
営業所ごとにファイルを分けています。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "zip", "name": "shinkoku_nagoya_fukuoka.zip",
         "files": [
             {"kind": "xlsx", "name": "名古屋営業所.xlsx",
              "sheets": {"名古屋": [
                  ["社員番号", "氏名", "個人番号", "生年月日", "扶養人数"],
                  ["N150008", "鷲見 達也", my_number(SEED + 741), "1980/05/05", 2],
                  ["N190044", "祖父江 美帆", my_number(SEED + 742), "1992/02/29", 0],
                  ["N220101", "犬飼 純平", my_number(SEED + 743), "1997/07/17", 1],
              ]}},
             {"kind": "xlsx", "name": "福岡営業所.xlsx",
              "sheets": {"福岡": [
                  ["社員番号", "氏名", "個人番号", "生年月日", "扶養人数"],
                  ["F160023", "許斐 剛", my_number(SEED + 744), "1975/09/12", 3],
                  ["F200117", "香月 千夏", my_number(SEED + 745), "1994/12/03", 0],
                  ["F230009", "日高 蓮", my_number(SEED + 746), "2000/03/21", 0],
              ]}},
         ]},
    ],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number + list: unencrypted ZIP with two XLSX files holding six employees' My Numbers to the outsourcer",
},
# ---------------------------------------------------------------- 075
{
    "id": "mynumber-075",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "16歳未満の扶養親族（住民税用）の追加登録",
    "charset": "shift_jis",
    "body": f"""安齋様

お世話になっております。日の出産業 鬼頭です。
給与支払報告書の「16歳未満の扶養親族」欄に記載が必要な方の追加分です。

■鷲見 達也さん（N150008）の扶養親族
　氏名：鷲見 陽菜
　続柄：長女
　生年月日：平成２９年８月１４日
　個人番号：{_fw(my_number(SEED + 751))}

■許斐 剛さん（F160023）の扶養親族
　氏名：許斐 大和
　続柄：次男
　生年月日：令和２年２月２日
　個人番号：{_fw(my_number(SEED + 752))}

　氏名：許斐 結菜
　続柄：長女
　生年月日：令和５年１０月１０日
　個人番号：{_fw(my_number(SEED + 753))}

以上3名です。
{SIG_KITO}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "my number: three children's My Numbers in full-width digits, one block per person, Shift_JIS mail to the outsourcer",
},
# ---------------------------------------------------------------- 076
{
    "id": "mynumber-076",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["鬼頭 真理子 <kito.mariko@hinode-sangy0.co.jp>"],
    "subject": "年調申告 回収状況（11/10 17時時点）",
    "charset": "utf-8",
    "body": f"""鬼頭さん

お疲れさまです。勅使河原です。
Web申告の回収状況です。

　本社　　　　 提出 198 / 対象 231（85.7%）
　横浜事業所　 提出  61 / 対象  64（95.3%）
　川口倉庫　　 提出  38 / 対象  57（66.7%）
　大阪支店　　 提出  44 / 対象  52（84.6%）
　名古屋営業所 提出  19 / 対象  21（90.5%）
　福岡営業所　 提出  13 / 対象  14（92.9%）

川口倉庫は紙提出の希望者が多いので、明日現地で回収してきます。
{SIG_TESHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: hinode-sangy0.co.jp (zero for o) instead of the company's own domain; content is harmless",
},
# ---------------------------------------------------------------- 077
{
    "id": "mynumber-077",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["amakasu.shun.88@gmail.com", "inose_yukari@yahoo.co.jp", "sae.karasuma@icloud.com"],
    "subject": "【日の出産業】入社手続書類のご案内（個人番号の届出について）",
    "charset": "iso-2022-jp",
    "body": f"""入社予定の皆様

このたびは日の出産業株式会社への入社を決めていただき、ありがとうございます。
人事部 給与厚生課の勅使河原です。

入社手続に必要な書類のうち、個人番号については以下の方法で届出をお願いします。

　・入社日当日に、マイナンバーカード（または通知カード＋運転免許証等）をお持ちください
　・当課担当者が番号確認・身元確認を行い、写しを取らせていただきます
　・事前にメール等で番号を送らないでください

扶養家族がいらっしゃる方は、ご家族分の番号確認書類もお持ちください。
ご不明点は本メールにご返信ください。
{SIG_TESHI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three parties: three future hires' private addresses visible to each other in To",
},
# ---------------------------------------------------------------- 078
{
    "id": "mynumber-078",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "扶養親族の年齢区分の確認（2名）",
    "charset": "utf-8",
    "body": f"""小野寺様

お世話になっております。鬼頭です。
年齢区分の判定に関わる扶養親族2名の生年月日を確認しましたのでお知らせします。

・纐纈 遥（纐纈 宏明さんの長女）　平成19年1月19日生 → 19歳、特定扶養
・百目鬼 拓真（百目鬼 聡さんの長男）　平成18年3月3日生 → 20歳、特定親族（所得58万円）

よろしくお願いいたします。
鬼頭
""",
    "html": f"""<html><body>
<p>小野寺様</p>
<p>お世話になっております。鬼頭です。<br>
年齢区分の判定に関わる扶養親族2名の生年月日を確認しましたのでお知らせします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>扶養親族</th><th>社員</th><th>生年月日</th><th>判定</th></tr>
<tr><td>纐纈 遥（長女）</td><td>纐纈 宏明</td><td>平成19年1月19日</td><td>19歳・特定扶養</td></tr>
<tr><td>百目鬼 拓真（長男）</td><td>百目鬼 聡</td><td>平成18年3月3日</td><td>20歳・特定親族（所得58万円）</td></tr>
</table>
<p>よろしくお願いいたします。<br>鬼頭</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "two dependants' names and birth dates (text + HTML alternative) to the outsourcer: under five people; may be warned",
},
# ---------------------------------------------------------------- 079
{
    "id": "mynumber-079",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "控除証明書原本の発送のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""ペイロールワークス
安齋様

お世話になっております。日の出産業 総務課の我妻です。
保険料控除証明書の原本（紙提出分）を本日発送いたしました。

　発送方法　　宅急便（書留扱い・手渡し）
　お問い合わせ伝票番号　4829-1736-0055
　お届け予定　11月27日（金）午前中
　内容　　　　控除証明書 一式（封筒3袋）

到着しましたら、お手数ですが受領のご連絡をお願いいたします。
{SIG_WAGA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 12-digit parcel tracking number (not a My Number) in an ordinary shipping notice",
},
# ---------------------------------------------------------------- 080
{
    "id": "mynumber-080",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "Re: 法定調書の電子提出 完了のご報告",
    "charset": "utf-8",
    "body": f"""真鍋様

ご提出ありがとうございました。受信通知を確認いたしました。
社内の記録用に、受付番号と受付日時を控えておきます。

　受付番号：20270129101542368041
　受付日時：2027/01/29 10:15:42
　種目　　：給与所得の源泉徴収票等の法定調書合計表

引き続き、償却資産申告もよろしくお願いいたします。
鬼頭

> 日の出産業 鬼頭様
> 本日、e-Taxにて法定調書合計表と源泉徴収票を提出いたしました。
> たなべ会計 真鍋
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an e-Tax reception number (long digit string, not an identifier of a person) in an ordinary reply",
},
# ---------------------------------------------------------------- 081
{
    "id": "mynumber-081",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "給与支払報告書の提出先市区町村一覧（令和9年1月提出分）",
    "charset": "utf-8",
    "body": f"""安齋様

勅使河原です。eLTAXでの一括提出用に、提出先の市区町村と特別徴収義務者指定番号の一覧を
お送りします。人数は1月1日時点の見込みです。
{SIG_TESHI}
""",
    "attachments": [
        {"kind": "xlsx", "name": "提出先市区町村一覧_R9.xlsx",
         "sheets": {
             "提出先": [
                 ["給与支払報告書 提出先一覧（令和9年1月提出）"],
                 ["市区町村コード", "市区町村名", "特別徴収義務者指定番号", "提出人数", "送付先（市区町村 住民税担当）"],
                 ["131024", "東京都中央区", "0008812047", 12, "中央区役所 区民部 税務課"],
                 ["131083", "東京都江東区", "4100237", 38, "江東区役所 区民部 課税課"],
                 ["131237", "東京都江戸川区", "00190442", 27, "江戸川区役所 経営企画部 課税課"],
                 ["141178", "神奈川県横浜市青葉区", "1402280915", 9, "横浜市 財政局 市民税課"],
                 ["112038", "埼玉県川口市", "203311", 41, "川口市役所 理財部 市民税課"],
                 ["272035", "大阪府豊中市", "0041172", 16, "豊中市役所 財務部 市民税課"],
             ],
             "集計": [["市区町村数", 6], ["提出人数合計", 143]],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of municipalities and the company's tax account numbers: businesses/public offices, not people",
},
# ---------------------------------------------------------------- 082
{
    "id": "mynumber-082",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 徳永様 <tokunaga@nishiki-insatsu.co.jp>"],
    "subject": "源泉徴収票用 窓付き封筒の発注（見積 No.Q-26-3318）",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
営業部 徳永様

いつもお世話になっております。日の出産業 総務課の我妻です。
お見積りいただいた源泉徴収票用の封筒について、下記のとおり発注いたします。

　品名　　長3窓付き封筒（親展・個人情報在中 表示入り）
　数量　　1,500枚
　単価　　14.2円（税抜）
　納期　　12月18日（金）
　納品先　日本橋本社 6階 総務部

注文書は別途郵送いたします。よろしくお願いいたします。
{SIG_WAGA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary purchase order to the partner printer; quote number and quantities only",
},
# ---------------------------------------------------------------- 083
{
    "id": "mynumber-083",
    "sender": "我妻 悠斗 <wagatsuma.yuto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "説明会当日の緊急連絡先（4名）",
    "charset": "utf-8",
    "body": f"""花房様

我妻です。11月2日当日の当社側の連絡先です。搬入・設営の際はこちらへご連絡ください。

　我妻 悠斗（総務課・全体責任者）　　 090-3318-4472
　勅使河原 恵（給与厚生課・受付）　　 080-5520-9136
　鬼頭 真理子（給与厚生課・講師）　　 070-2291-6608
　東海林 誠司（情報システム課・機材） 090-7714-0253

よろしくお願いいたします。
{SIG_WAGA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff members' mobile numbers for an event (under five people) to the hotel; may be warned",
},
# ---------------------------------------------------------------- 084
{
    "id": "mynumber-084",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "cc": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "Re: 担当者変更のご挨拶",
    "charset": "iso-2022-jp",
    "body": f"""安齋様

ご丁寧にありがとうございます。日の出産業の五十嵐です。
1月から安齋様に主担当をお引き受けいただけるとのこと、心強く存じます。
引継ぎの打合せは、12月16日（水）15時から当社にてお願いできますでしょうか。

小野寺様、これまで本当にありがとうございました。

五十嵐

> 日の出産業株式会社
> 五十嵐様
>
> 平素より大変お世話になっております。
> 2027年1月より、貴社の主担当を小野寺から安齋へ変更させていただくことになりました。
>
> 株式会社ペイロールワークス 給与計算センター
> 主任　安齋 健
> TEL 03-6811-4020（直通） 携帯 090-6402-1187
> anzai.ken@payroll-works.co.jp
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply about a vendor contact change; the only contact details are the recipient's own, in the quote",
},
# ---------------------------------------------------------------- 085
{
    "id": "mynumber-085",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["田邉 修一 <tanabe.shuichi@tanabe-kaikei.jp>"],
    "subject": "部門別 人件費集計（11月末）",
    "charset": "utf-8",
    "body": f"""田邉先生

お世話になっております。鬼頭です。
月次決算用の部門別人件費集計（11月末累計）をお送りします。
賞与引当金の計算にお使いください。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "xlsx", "name": "部門別人件費_202611.xlsx",
         "sheets": {
             "部門別": [
                 ["部門別人件費 集計（2026年1月〜11月累計）", "", "", "", ""],
                 ["部門", "人数", "給与", "賞与", "法定福利費"],
                 ["営業本部", 148, 812400000, 214300000, 148900000],
                 ["管理本部", 63, 342100000, 90500000, 62800000],
                 ["物流本部", 171, 688700000, 176400000, 124200000],
                 ["技術開発部", 30, 224300000, 61200000, 41100000],
             ],
             "前年比": [
                 ["部門", "前年同期", "当期", "増減率"],
                 ["営業本部", 1108200000, 1175600000, "6.1%"],
                 ["管理本部", 481900000, 495400000, "2.8%"],
             ],
         }},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregated personnel cost by department in XLSX: no individual's data",
},
# ---------------------------------------------------------------- 086
{
    "id": "mynumber-086",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["南桜市 市民税課 <shiminzei@city.minamisakura.lg.jp>"],
    "subject": "特別徴収税額通知（特別徴収義務者用）の電子化について",
    "charset": "iso-2022-jp",
    "body": f"""南桜市役所 市民税課
特別徴収ご担当者様

お世話になっております。日の出産業株式会社 給与厚生課の勅使河原と申します。
（特別徴収義務者指定番号 5300218）

来年度の特別徴収税額通知について、eLTAXでの電子データ受取を希望しております。
貴市では、特別徴収義務者用通知の電子化（正本扱い）に対応されていますでしょうか。
対応している場合、申出の方法をご教示いただけますと幸いです。

お忙しいところ恐れ入りますが、よろしくお願いいたします。
{SIG_TESHI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "procedural question to a municipal tax office, no personal data",
},
# ---------------------------------------------------------------- 087
{
    "id": "mynumber-087",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "FW: 【たなべ会計ニュース】年末調整の主な改正点（令和8年分）",
    "charset": "utf-8",
    "body": f"""小野寺様

鬼頭です。顧問税理士事務所のニュースレターが分かりやすかったので共有します。
特定親族特別控除の判定表は、従業員向けFAQにも使わせていただく予定です。

-------- Forwarded Message --------
Subject: 【たなべ会計ニュース】年末調整の主な改正点（令和8年分）
From: たなべ会計 ニュース配信 <news@tanabe-kaikei.jp>

顧問先の皆様

今年の年末調整の主な改正点をまとめました。
1. 基礎控除の引上げ（合計所得金額に応じて段階的に上乗せ）
2. 給与所得控除の最低保障額 65万円
3. 扶養親族等の所得要件 58万円以下（給与収入123万円以下）へ
4. 19歳以上23歳未満の親族等を対象とする特定親族特別控除の創設

詳細は当事務所ウェブサイトの解説ページをご覧ください。
配信停止をご希望の方は本メールにご返信ください。

税理士法人たなべ会計
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded newsletter about tax changes: new text to its recipient but with no personal data",
},
# ---------------------------------------------------------------- 088
{
    "id": "mynumber-088",
    "sender": "百目鬼 聡 <domeki.satoshi@osaka.hinode-sangyo.co.jp>",
    "to": ["鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>"],
    "subject": "大阪支店 パート社員の扶養親族番号（紙回収分）",
    "charset": "shift_jis",
    "body": f"""給与厚生課　鬼頭様

大阪支店総務の百目鬼です。
パート社員から紙で回収した扶養親族の番号を転記しました。原本は社内便で送ります。

・瓜生 和美（パート）　夫　瓜生 康弘　　{_sp(my_number(SEED + 881), '-')}
・瓜生 和美（パート）　長男 瓜生 蒼太　{_sp(my_number(SEED + 882), '-')}
・七種 さとみ（パート）長女 七種 心春　{_sp(my_number(SEED + 883), '-')}
・雑賀 恵子（パート）　母　雑賀 フミ　　{_sp(my_number(SEED + 884), '-')}
・雑賀 恵子（パート）　父　雑賀 源一　　{_sp(my_number(SEED + 885), '-')}

よろしくお願いします。

日の出産業㈱ 大阪支店 総務課　百目鬼 聡
内線 6120
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "internal only: from the Osaka branch (osaka.hinode-sangyo.co.jp subdomain) to head office; My Numbers stay inside",
},
# ---------------------------------------------------------------- 089
{
    "id": "mynumber-089",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 秘書室 <hisho@shirakawa-law.jp>"],
    "subject": "社内研修（特定個人情報の取扱い）ご登壇の日程",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:sans-serif">
<p>白川法律事務所<br>秘書室 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 人事部の五十嵐です。<br>
白川先生にご登壇をお願いしている社内研修について、日程の候補をお送りいたします。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>候補</th><th>日時</th><th>対象</th><th>形式</th></tr>
<tr><td>第1候補</td><td>2027年1月26日（火）14:00-15:30</td><td>事務取扱担当者 約20名</td><td>本社会議室＋オンライン</td></tr>
<tr><td>第2候補</td><td>2027年2月2日（火）10:00-11:30</td><td>同上</td><td>同上</td></tr>
<tr><td>第3候補</td><td>2027年2月9日（火）15:00-16:30</td><td>同上</td><td>オンラインのみ</td></tr>
</table>
<p>テーマは「委託先管理と漏えい等報告の実務」を想定しております。<br>
ご都合をお知らせいただけますと幸いです。</p>
<p>日の出産業株式会社 人事部 給与厚生課<br>五十嵐 拓海<br>TEL 03-5201-7731</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only scheduling mail to the partner law firm: a table of dates, not of people",
},
# ---------------------------------------------------------------- 090
{
    "id": "mynumber-090",
    "sender": "五十嵐 拓海 <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["営業部 桐生 <kiryu@shinsei-bpo.co.jp>"],
    "subject": "秘密保持契約書（案）のご送付：給与計算BPOのご提案に先立って",
    "charset": "utf-8",
    "body": f"""株式会社シンセイBPO
営業部 桐生様

先日はご来社いただきありがとうございました。日の出産業の五十嵐です。
ご提案の詳細（現行の業務フローや件数）をご説明する前に、秘密保持契約を締結させてください。
当社ひな形を添付いたしますので、ご確認のうえ修正点があればお知らせください。

なお、検討段階では個人番号を含むデータはお渡ししません。
{SIG_IGA}
""",
    "attachments": [
        {"kind": "docx", "name": "秘密保持契約書_案_シンセイBPO.docx",
         "title": "秘密保持契約書（案）",
         "paragraphs": [
             "秘密保持契約書（案）",
             "日の出産業株式会社（以下「甲」）と株式会社シンセイBPO（以下「乙」）は、給与計算業務の委託の検討（以下「本目的」）に関し、以下のとおり契約を締結する。",
             "第1条（定義）本契約において「秘密情報」とは、本目的のために開示される技術上又は営業上の情報であって、開示の際に秘密である旨が明示されたものをいう。",
             "第2条（秘密保持）受領者は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
             "第3条（個人情報）甲は、本目的の検討段階において、乙に個人情報を提供しない。",
             "第7条（有効期間）本契約の有効期間は締結日から1年間とし、第2条の義務は終了後3年間存続する。",
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an NDA draft about secret information (content, not a marking) to a prospective vendor",
},
# ---------------------------------------------------------------- 091
{
    "id": "mynumber-091",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "RE: 年調計算結果（速報）について",
    "charset": "utf-8",
    "body": f"""小野寺様

速報をありがとうございます。勅使河原です。
ご指摘の5名について、本人に確認しました。いずれも御社のご理解どおりで問題ありませんので、
その内容で確定処理をお願いします。

勅使河原

差出人: 小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>
送信日時: 2026年12月4日 18:22
宛先: 勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>
件名: 年調計算結果（速報）について

日の出産業 勅使河原様

年調計算結果（速報）をお送りします。以下の5名は扶養区分を当方で判断しておりますので、
ご確認をお願いいたします。

　纐纈 遥　　　H19.1.19生　特定扶養
　百目鬼 拓真　H18.3.3生　 特定親族（所得58万円）
　薬袋 澄江　　S23.9.18生　老人扶養（その他）
　舎人 トミ　　S13.7.7生　 同居老親等
　八月一日 修　S62.11.30生 配偶者特別控除

ペイロールワークス 小野寺
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five dependants' records appear only in the quoted mail (差出人/送信日時) from the recipient herself",
},
# ---------------------------------------------------------------- 092
{
    "id": "mynumber-092",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>"],
    "subject": "FW: 【ペイロールワークス】年調結果一覧（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": f"""勅使河原さん

ペイロールワークスから届いた年調結果一覧です。パスワードは別メールで転送します。
過不足額の大きい人から順にチェックをお願いします。

鬼頭

-----Original Message-----
From: 小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>
Subject: 【ペイロールワークス】年調結果一覧（パスワード別送）

日の出産業 鬼頭様
年調結果一覧をお送りします。パスワードは別途お送りします。
""",
    "attachments": [
        {"kind": "zip", "name": "nenchou_kekka_hinode.zip", "password": "PW-7713-hns",
         "files": [
             {"kind": "csv", "name": "nenchou_kekka.csv", "encoding": "cp932",
              "rows": [["社員番号", "氏名", "過不足額"], ["H120044", "鰐淵 智也", "-12400"]]},
         ]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal forward of an encrypted ZIP between two staff of the payroll desk: all recipients internal",
},
# ---------------------------------------------------------------- 093
{
    "id": "mynumber-093",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "来年度からの個人番号の受け渡し方法について（ご提案）",
    "charset": "iso-2022-jp",
    "body": f"""小野寺様

お世話になっております。日の出産業の鬼頭です。
社内監査で、個人番号をメール添付（パスワード付きZIP）で受け渡している点に指摘を受けました。
来年度からは次の方法に切り替えたいと考えておりますが、御社のご対応可否を伺えますでしょうか。

　1. 個人番号は当社の年調クラウドから御社システムへAPI連携（ファイルの授受なし）
　2. やむを得ず紙で受け渡す場合は、簡易書留で送付し、受領書をいただく
　3. メールには個人番号・基礎年金番号を一切記載しない（社員番号のみで照会）

御社側で必要な設定や費用がありましたらお知らせください。
{SIG_KITO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a procedure proposal that only talks about 個人番号; no number or personal data",
},
# ---------------------------------------------------------------- 094
{
    "id": "mynumber-094",
    "sender": "Takumi Igarashi <igarashi.takumi@hinode-sangyo.co.jp>",
    "to": ["Hannah Kessler <h.kessler@globalmove-relo.com>"],
    "subject": "Documents needed for the year-end tax adjustment of your assignees",
    "charset": "utf-8",
    "body": f"""Dear Ms Kessler,

Thank you for coordinating the relocation of the two engineers joining us in January.
For Japanese payroll and the year-end tax adjustment, we will need the following from each
assignee after arrival. Please do not send the documents by e-mail: the assignees can bring
them to our HR office in person during their first week.

  1. Residence card (we will make a copy)
  2. Individual Number (My Number) notification or card, once issued by the ward office
  3. Certificate of previous Japanese income, if any (not required for first-time residents)
  4. Details of dependants who will live in Japan

We will also hold a short briefing in English on their first day.

Best regards,
Takumi Igarashi
Payroll & Benefits, Hinode Sangyo Co., Ltd.
{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English guidance to a relocation agent listing documents needed; no person's data",
},
# ---------------------------------------------------------------- 095
{
    "id": "mynumber-095",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "Re: 個人番号 未登録者の照会",
    "charset": "utf-8",
    "body": f"""安齋様

勅使河原です。ご照会の件、社員番号 H260701（甘粕さん）は本日、人事ポータル経由で
番号の登録が完了しました。連携データでご確認ください。
（照合用に下4桁のみ記載します：****-****-{my_number(SEED + 951)[-4:]}）

よろしくお願いいたします。

> 個人番号が未登録の方が1名いらっしゃいます（社員番号 H260701）。
> ペイロールワークス 安齋
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a masked My Number (last four digits only) with an employee number: no usable identifier",
},
# ---------------------------------------------------------------- 096
{
    "id": "mynumber-096",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["小野寺 彩花 <onodera.ayaka@payroll-works.co.jp>"],
    "subject": "Re: 月見里様の配偶者の番号について",
    "charset": "iso-2022-jp",
    "body": f"""小野寺様

鬼頭です。ご連絡いただいた件、本人から聞き取った番号は次のとおりです。
（カードの写しはまだ受け取れていないため、写しが届き次第あらためて確認します）

　月見里 悠真（配偶者）　個人番号 {_sp(_typo(my_number(SEED + 961)))}

鬼頭

> 月見里様の配偶者の個人番号が申告書で空欄でしたので、ご確認ください。
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "either: a 個人番号 given by ear whose check digit fails, so it is not a valid My Number, yet it is meant as one",
},
# ---------------------------------------------------------------- 097
{
    "id": "mynumber-097",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "扶養人数の変更（12月支給分から）",
    "charset": "utf-8",
    "body": f"""安齋様

勅使河原です。12月支給分から源泉税の扶養人数が変わる方の一覧です。

社員番号  氏名            扶養人数（旧→新）
------------------------------------------
H190233   忽那 隆         2 → 3
H210088   東雲 美咲       0 → 3
H261002   四月一日 莉子   1 → 0
O200231   八月一日 晴香   0 → 1
N150008   鷲見 達也       2 → 3
F160023   許斐 剛         3 → 4

よろしくお願いいたします。
{SIG_TESHI}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "either: six employees' names with employee numbers and dependant counts but no contact data or identifiers",
},
# ---------------------------------------------------------------- 098
{
    "id": "mynumber-098",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["真鍋 沙織 <manabe.saori@tanabe-kaikei.jp>"],
    "subject": "五月女取締役の番号（照合用）",
    "charset": "shift_jis",
    "body": f"""真鍋様

鬼頭です。五月女取締役の番号は、先日お渡しした紙の控えと同じです。
照合用に頭8桁のみお知らせします。

　五月女 律子　{_head8(my_number(SEED + 981))}

よろしくお願いいたします。
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "either: eight of a director's twelve My Number digits shown (full-width), the rest masked",
},
# ---------------------------------------------------------------- 099
{
    "id": "mynumber-099",
    "sender": "鬼頭 真理子 <kito.mariko@hinode-sangyo.co.jp>",
    "to": ["田邉 修一 <tanabe.shuichi@tanabe-kaikei.jp>"],
    "subject": "年末調整 集計表（速報）",
    "charset": "iso-2022-jp",
    "body": f"""田邉先生

お世話になっております。鬼頭です。
年末調整の集計表（速報）をPDFでお送りいたします。確定版は12月18日頃になります。
{SIG_KITO}
""",
    "attachments": [
        {"kind": "pdf", "name": "年末調整集計表_速報.pdf", "title": "年末調整 集計表（速報）",
         "page_header": "機密　日の出産業株式会社",
         "page_footer": "機密情報につき取扱注意",
         "lines": ["令和８年分 年末調整 集計表（速報）", ""],
         "table": [
             ["区分", "人数", "年税額", "源泉徴収済額", "過不足"],
             ["本社", 231, "158,430,200", "164,118,900", "-5,688,700"],
             ["横浜事業所", 64, "31,204,500", "32,017,800", "-813,300"],
             ["川口倉庫", 57, "14,880,900", "15,402,100", "-521,200"],
             ["大阪支店", 52, "23,115,600", "23,489,700", "-374,100"],
             ["名古屋・福岡", 35, "15,902,300", "16,208,100", "-305,800"],
         ]},
    ],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the PDF carries 機密 in its page header and 取扱注意 in its footer; aggregates only",
},
# ---------------------------------------------------------------- 100
{
    "id": "mynumber-100",
    "sender": "勅使河原 恵 <teshigawara.megumi@hinode-sangyo.co.jp>",
    "to": ["安齋 健 <anzai.ken@payroll-works.co.jp>"],
    "subject": "1月入社者の基本情報（1名）",
    "charset": "iso-2022-jp",
    "body": f"""安齋様

お世話になっております。勅使河原です。
1月5日入社の社員1名の基本情報です。給与マスタへの登録をお願いします。
個人番号は入社日に本人確認のうえ、システム連携でお渡しします。

【社員番号】H270101
【氏名】　　雲雀 奏多（ヒバリ カナタ）
【生年月日】平成１２年７月２９日
【住所】　　〒１３５－００６１ 東京都江東区豊洲三丁目５番２０－１１０８号
【電話】　　０８０－４９２１－３３０７
【振込口座】みどり銀行 豊洲支店 普通 ６１０２７４９
【基本給】　２７５，０００円

よろしくお願いいたします。
{SIG_TESHI}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "one new hire's record (full-width digits, 和暦 birth date, address, phone, account) to the outsourcer: a single person; may be warned",
},
]
