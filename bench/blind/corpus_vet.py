"""Blind corpus, area: vet — 日の出産業 ペット事業部 (ひので動物病院, ひのでペット保険,
トリミングサロン, ペットホテル).

Written from BRIEF.md alone.  Everything here is fictional: people, pets, numbers, addresses.
Remember in this area: an animal's diagnosis, vaccination or birth date is not a person's
要配慮個人情報 / date of birth; an owner's own illness or disability is.
"""

from build import card_number, my_number


def corp_number(base12: str) -> str:
    """13-digit 法人番号 with a valid leading check digit (fictional base)."""
    digits = [int(c) for c in base12]
    s = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - s % 9) + base12


HINODE_T = "T" + corp_number("010401187352")

# A pool of fictional pet owners: (氏名, カナ, romaji, 電話, 〒, 住所, mail, pet, 種類)
OWNERS = [
    ("榎本 千景", "エノモト チカゲ", "Chikage Enomoto", "090-4418-2276", "158-0094",
     "東京都世田谷区玉川台2-14-7", "chikage.e@gmail.com", "ココ", "トイ・プードル"),
    ("鬼塚 陽平", "オニヅカ ヨウヘイ", "Yohei Onizuka", "080-3321-9084", "157-0066",
     "東京都世田谷区成城4-3-18-202", "onizuka.y88@yahoo.co.jp", "大福", "柴"),
    ("栗林 まどか", "クリバヤシ マドカ", "Madoka Kuribayashi", "070-1185-6632", "152-0023",
     "東京都目黒区八雲1-9-21", "madoka-k@icloud.com", "ルナ", "ミニチュア・ダックスフンド"),
    ("蓮見 功", "ハスミ イサオ", "Isao Hasumi", "03-3706-4419", "158-0082",
     "東京都世田谷区等々力6-22-3", "hasumi.isao@outlook.jp", "小太郎", "雑種(猫)"),
    ("四方田 美紀", "ヨモダ ミキ", "Miki Yomoda", "090-7762-0135", "223-0053",
     "神奈川県横浜市港北区綱島西3-5-11", "miki.yomoda@docomo.ne.jp", "モカ", "チワワ"),
    ("轟 健太郎", "トドロキ ケンタロウ", "Kentaro Todoroki", "080-6609-2418", "224-0032",
     "神奈川県横浜市都筑区茅ケ崎中央28-6", "todoroki.k@gmail.com", "レオ", "ゴールデン・レトリーバー"),
    ("能登谷 沙織", "ノトヤ サオリ", "Saori Notoya", "090-2253-8871", "211-0063",
     "神奈川県川崎市中原区小杉町1-403-1105", "saori.notoya@ezweb.ne.jp", "きなこ", "ポメラニアン"),
    ("仙波 隆之", "センバ タカユキ", "Takayuki Senba", "045-542-7306", "222-0033",
     "神奈川県横浜市港北区新横浜2-17-9", "senba_t@softbank.ne.jp", "ハナ", "ラブラドール・レトリーバー"),
    ("乙部 里奈", "オトベ リナ", "Rina Otobe", "080-9914-3307", "156-0043",
     "東京都世田谷区松原5-41-2", "rina.otobe@gmail.com", "マロン", "シー・ズー"),
    ("浅生 拓真", "アソウ タクマ", "Takuma Aso", "070-4471-5528", "154-0017",
     "東京都世田谷区世田谷3-8-15", "asou.takuma@yahoo.co.jp", "ソラ", "スコティッシュ・フォールド"),
    ("笹目 ゆかり", "ササメ ユカリ", "Yukari Sasame", "090-3398-6120", "182-0022",
     "東京都調布市国領町4-29-6", "y.sasame@outlook.jp", "ぽん太", "豆柴"),
    ("檜山 正和", "ヒヤマ マサカズ", "Masakazu Hiyama", "042-485-3317", "182-0006",
     "東京都調布市西つつじヶ丘2-11-4", "hiyama.m@nifty.com", "チョコ", "キャバリア"),
    ("雲井 絢子", "クモイ アヤコ", "Ayako Kumoi", "090-8850-2274", "213-0001",
     "神奈川県川崎市高津区溝口3-14-2-301", "ayako.kumoi@gmail.com", "ミルク", "ペルシャ"),
    ("宍倉 亮", "シシクラ リョウ", "Ryo Shishikura", "080-2206-7713", "214-0014",
     "神奈川県川崎市多摩区登戸2877-5", "shishikura.r@icloud.com", "ジャック", "ジャック・ラッセル・テリア"),
    ("波多腰 恵", "ハタコシ メグミ", "Megumi Hatakoshi", "090-1147-9952", "181-0013",
     "東京都三鷹市下連雀7-2-19", "megumi.h@docomo.ne.jp", "福", "三毛猫"),
    ("御手洗 大輔", "ミタライ ダイスケ", "Daisuke Mitarai", "070-6682-1149", "180-0004",
     "東京都武蔵野市吉祥寺本町4-6-30", "mitarai.d@gmail.com", "ベル", "ビーグル"),
    ("鷲見 由香", "スミ ユカ", "Yuka Sumi", "080-5573-2860", "167-0051",
     "東京都杉並区荻窪5-20-8", "sumi.yuka@yahoo.co.jp", "ナナ", "フレンチ・ブルドッグ"),
    ("門間 修二", "モンマ シュウジ", "Shuji Monma", "090-6631-4007", "330-0063",
     "埼玉県さいたま市浦和区高砂2-3-14", "monma.s@outlook.jp", "銀次", "秋田犬"),
    ("桧垣 彩乃", "ヒガキ アヤノ", "Ayano Higaki", "080-1129-5581", "336-0017",
     "埼玉県さいたま市南区南浦和1-22-5", "ayano.higaki@gmail.com", "ミント", "ロシアンブルー"),
    ("南雲 浩一", "ナグモ コウイチ", "Koichi Nagumo", "048-862-1903", "338-0001",
     "埼玉県さいたま市中央区上落合6-9-1", "nagumo.k@ezweb.ne.jp", "ゴン", "雑種(犬)"),
    ("瀬戸口 明美", "セトグチ アケミ", "Akemi Setoguchi", "090-2044-7316", "273-0005",
     "千葉県船橋市本町4-18-2", "akemi.setoguchi@gmail.com", "さくら", "マルチーズ"),
    ("芦名 翔", "アシナ ショウ", "Sho Ashina", "070-3318-0462", "260-0013",
     "千葉県千葉市中央区中央3-7-5-906", "ashina.sho@icloud.com", "テン", "ボーダー・コリー"),
    ("千々岩 紀子", "チヂイワ ノリコ", "Noriko Chijiiwa", "090-9903-1528", "270-0034",
     "千葉県松戸市新松戸2-45", "chijiiwa.n@yahoo.co.jp", "うめ", "甲斐犬"),
    ("漆原 智", "ウルシハラ サトシ", "Satoshi Urushihara", "080-4420-6695", "279-0011",
     "千葉県浦安市美浜1-6-2-1203", "urushihara.s@gmail.com", "クー", "ヨークシャー・テリア"),
    ("日比野 真央", "ヒビノ マオ", "Mao Hibino", "090-5517-8833", "104-0053",
     "東京都中央区晴海2-5-24-3108", "mao.hibino@outlook.jp", "ラテ", "ノルウェージャン"),
    ("薬師寺 哲也", "ヤクシジ テツヤ", "Tetsuya Yakushiji", "090-1280-4474", "143-0023",
     "東京都大田区山王3-30-1", "yakushiji.t@gmail.com", "虎徹", "北海道犬"),
    ("宇佐美 葵", "ウサミ アオイ", "Aoi Usami", "070-8805-2261", "146-0082",
     "東京都大田区池上4-12-6", "aoi.usami@softbank.ne.jp", "わらび", "ネザーランドドワーフ"),
    ("嘉数 琉生", "カカズ ルイ", "Rui Kakazu", "080-7731-0958", "144-0052",
     "東京都大田区蒲田5-21-9", "kakazu.rui@gmail.com", "シロ", "紀州犬"),
    ("相良 紗希", "サガラ サキ", "Saki Sagara", "090-6208-1374", "166-0003",
     "東京都杉並区高円寺南3-44-7", "saki.sagara@icloud.com", "おもち", "マンチカン"),
    ("古閑 啓介", "コガ ケイスケ", "Keisuke Koga", "080-8186-4423", "192-0046",
     "東京都八王子市明神町2-26-9", "koga.keisuke@yahoo.co.jp", "リク", "ウェルシュ・コーギー"),
    ("巽 早苗", "タツミ サナエ", "Sanae Tatsumi", "042-646-2258", "191-0011",
     "東京都日野市日野本町3-12-20", "s.tatsumi@nifty.com", "タマ", "雑種(猫)"),
    ("八木橋 伸", "ヤギハシ シン", "Shin Yagihashi", "090-4736-5091", "185-0021",
     "東京都国分寺市南町2-9-13", "yagihashi.shin@gmail.com", "ムギ", "柴"),
    ("湊 和佳奈", "ミナト ワカナ", "Wakana Minato", "070-2297-3360", "231-0023",
     "神奈川県横浜市中区山下町118-2-704", "wakana.minato@docomo.ne.jp", "エル", "パピヨン"),
    ("皆川 昭彦", "ミナガワ アキヒコ", "Akihiko Minagawa", "045-831-6627", "233-0002",
     "神奈川県横浜市港南区上大岡西1-15-3", "minagawa.a@outlook.jp", "てつ", "ミニチュア・シュナウザー"),
    ("新発田 陽菜", "シバタ ヒナ", "Hina Shibata", "080-3055-9712", "220-0012",
     "神奈川県横浜市西区みなとみらい4-7-1-2210", "hina.shibata@gmail.com", "ぷりん", "トイ・プードル"),
    ("五味 聡子", "ゴミ サトコ", "Satoko Gomi", "090-7314-2806", "248-0012",
     "神奈川県鎌倉市御成町9-31", "gomi.satoko@yahoo.co.jp", "ゆず", "柴"),
]

SIG_SETAGAYA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ペット事業部
ひので動物病院 世田谷院  受付主任 木下 奈緒
〒158-0097 東京都世田谷区用賀4-10-3 ひのでビル1F
TEL 03-5491-2270  FAX 03-5491-2271
n.kinoshita@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_HOKEN = """
--
日の出産業株式会社 ペット事業部 ペット保険グループ
保険金支払チーム  早乙女 司
〒105-0013 東京都港区浜松町2-4-1 日の出産業ビル9F
TEL 03-6403-8815(直通)  携帯 080-9034-6651
t.saotome@hinode-sangyo.co.jp"""

SIG_TRIM = """
----------------------------------------
Hinode Grooming 港北店（日の出産業株式会社 ペット事業部）
店長  鶴見 ひかり
〒223-0061 横浜市港北区日吉2-3-8
TEL 045-560-3318
h.tsurumi@hinode-sangyo.co.jp
----------------------------------------"""

SIG_HOTEL = """
――――――――――――――――
ペットホテル ひので 二子玉川
日の出産業株式会社 ペット事業部
予約担当 丹羽 涼子
TEL 03-3707-5524 / hotel-futako@hinode-sangyo.co.jp
――――――――――――――――"""

SIG_PLAN = """
--------------------------------------------------
日の出産業株式会社 ペット事業部 事業企画課
課長代理  真壁 慎吾  Shingo Makabe
〒105-0013 東京都港区浜松町2-4-1 日の出産業ビル8F
TEL: 03-6403-8800  Mobile: 090-5128-3374
s.makabe@hinode-sangyo.co.jp
--------------------------------------------------"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd."""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


def _o(i: int) -> tuple:
    return OWNERS[i]


# ======================================================================================
# STOP — lists of people
# ======================================================================================

# 001: plain text, ASCII-space padded table, mobile grooming subcontractor
_rows = [(f"5/{12 + k // 2} {'10:00' if k % 2 == 0 else '14:00'}", _o(i)[0], _o(i)[3],
          _o(i)[5], _o(i)[8]) for k, i in enumerate([0, 1, 8, 9, 3, 16])]
_tbl = "\n".join(f"{d:<12}{n:<10}{p:<16}{a:<34}{b}" for d, n, p, a, b in _rows)
add(
    id="vet-001", expect="stop", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["出張トリミング受付 <yoyaku@paws-mobile.co.jp>"],
    subject="来週の出張トリミング ご依頼分（世田谷院経由）",
    body=f"""株式会社ポーズモバイル
ご予約ご担当者様

いつもお世話になっております。ひので動物病院 世田谷院の木下です。
来週の出張トリミングのご依頼分をお送りします。
訪問前日までに各飼い主様へお電話でのご確認をお願いいたします。

日時        飼い主    電話            住所                              犬種
----------------------------------------------------------------------------------------
{_tbl}

※大福ちゃん（柴）は爪切りの際に咬む癖があるため、口輪のご準備をお願いします。

よろしくお願いいたします。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six owners' names, phones and home addresses in a padded table to a subcontractor",
)

# 002: full-width-space padded table, pet-friendly rooms at partner hotel
_fw = "\n".join(
    f"{n.ljust(8, '　')}{k.replace(' ', '　').ljust(11, '　')}{p}　　{pet}（{b}）"
    for n, k, p, pet, b in [(_o(i)[0].replace(' ', '　'), _o(i)[1], _o(i)[3].translate(
        str.maketrans('0123456789-', '０１２３４５６７８９－')), _o(i)[7], _o(i)[8])
        for i in [5, 7, 17, 21, 29]])
add(
    id="vet-002", expect="stop", charset="cp932",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["さくらホテル 軽井沢 宿泊課 <karuizawa@sakura-hotel.jp>"],
    subject="【ドッグフレンドリー棟】GWツアー参加者のご案内",
    body=f"""さくらホテル軽井沢
宿泊課　御中

平素より大変お世話になっております。
ペットホテルひので 二子玉川の丹羽でございます。

5/3〜5/5「愛犬と行く軽井沢ツアー」のご参加者が確定いたしましたので
ご連絡申し上げます。チェックイン時の照合にお使いください。

氏名　　　　　　フリガナ　　　　　　　電話番号　　　　　　　同伴犬
――――――――――――――――――――――――――――――――――――
{_fw}

大型犬（レオ、ハナ、銀次）はケージ付き客室でお願いできれば幸いです。
何卒よろしくお願い申し上げます。
{SIG_HOTEL}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five tour participants with kana and full-width phone numbers to partner hotel",
)

# 003: tab-separated claim payment list to a claims TPA
_banks = [("みどり銀行", "駒沢支店", "1208834"), ("城南信用金庫", "成城支店", "0491127"),
          ("ゆうちょ銀行", "〇一八店", "3317740"), ("みどり銀行", "日吉支店", "2066519"),
          ("はまかぜ銀行", "武蔵小杉支店", "5521903"), ("みどり銀行", "三鷹支店", "7734011")]
_tsv = "\n".join(
    f"CL-2508{3310 + k}\tHP-{400118 + k * 37}\t{_o(i)[0]}\t{_o(i)[1]}\t{b}\t{br}\t普通\t{acc}\t{amt}"
    for k, (i, (b, br, acc), amt) in enumerate(zip([0, 2, 14, 5, 6, 15], _banks,
                                                  ["38,500", "112,000", "9,870", "54,300",
                                                   "21,600", "7,040"])))
add(
    id="vet-003", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["支払審査センター <shiharai@petclaim-support.co.jp>"],
    subject="8月第3週 保険金支払指図（6件）",
    body=f"""ペットクレームサポート株式会社
支払審査センター ご担当者様

お世話になっております。ひのでペット保険の早乙女です。
審査完了分6件の支払指図をお送りします（Excelに貼り付けられるようタブ区切りです）。

請求番号\t証券番号\t契約者\tカナ\t金融機関\t支店\t種目\t口座番号\t支払額
{_tsv}

振込予定日は8/22（金）です。差異があればご一報ください。
{SIG_HOKEN}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six policyholders with bank accounts, tab-separated, to an outside claims processor",
)

# 004: comma-separated addresses in the body for reminder postcards
_csvb = "\n".join(f"{_o(i)[4]},{_o(i)[5]},{_o(i)[0]},{_o(i)[7]}"
                  for i in [10, 11, 12, 13, 30, 31, 32])
add(
    id="vet-004", expect="stop", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 大迫様 <osako@nishiki-insatsu.co.jp>"],
    subject="ワクチン案内はがき 追加宛名7件",
    body=f"""錦印刷株式会社
大迫様

いつもお世話になっております。ひので動物病院の木下です。
先日入稿した混合ワクチンのご案内はがきに、追加で7件お願いできますでしょうか。
フォーマットは前回と同じく「郵便番号,住所,氏名,ペット名」です。

郵便番号,住所,氏名,ペット名
{_csvb}

お手数ですが、前回分と同じ発送日（10/1）に間に合えば幸いです。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven owners' names and home addresses as CSV lines in the body to the printer",
)

# 005: bullet list of people who reported sightings of a lost cat, to an NPO
add(
    id="vet-005", expect="stop", charset="utf-8",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["ねこのて保護ネットワーク 事務局 <jimukyoku@nekonote.or.jp>"],
    subject="迷子猫「福」目撃情報の提供者リスト",
    body=f"""ねこのて保護ネットワーク
事務局 様

お世話になっております。日の出産業 ペット事業部の真壁です。
当院で治療中だった三毛猫「福」ちゃんの件、ポスター掲示後に目撃情報をくださった方の
連絡先をまとめました。捕獲器を設置される際に直接ご連絡いただいて構いません、
とのご了承はいただいているとのことです（受付で口頭確認）。

・{_o(19)[0]}様　{_o(19)[3]}　9/14 夜 下連雀7丁目の駐車場
・{_o(24)[0]}様　{_o(24)[3]}　9/15 朝 三鷹駅南口の自転車置き場
・{_o(15)[0]}様　{_o(15)[3]}　9/15 夕方 井の頭公園 西園側
・{_o(28)[0]}様　{_o(28)[3]}　9/16 深夜 下連雀8丁目 アパート裏
・{_o(31)[0]}様　{_o(31)[3]}　9/17 朝 連雀通り沿いの神社
・{_o(23)[0]}様　{_o(23)[3]}　9/17 昼 同上

飼い主の波多腰様にはこちらから進捗をお伝えしております。
よろしくお願いいたします。
{SIG_PLAN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six private persons' names and phones as bullets, sent to an outside NPO",
)

# 006: one block per person, new insurance applications to the underwriter
_dob = ["昭和58年4月2日", "平成2年11月3日", "S49.7.19", "Ｈ８．２．２９", "1987年12月1日"]
_blocks = "\n\n".join(
    f"""【申込{k + 1}】
契約者氏名：{_o(i)[0]}（{_o(i)[1]}）
生年月日　：{_dob[k]}
住所　　　：〒{_o(i)[4]} {_o(i)[5]}
電話　　　：{_o(i)[3]}
メール　　：{_o(i)[6]}
被保険動物：{_o(i)[7]}（{_o(i)[8]}）　プラン：ひので70"""
    for k, i in enumerate([4, 9, 17, 24, 33]))
add(
    id="vet-006", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["引受審査部 <hikiuke@anshin-ssi.co.jp>"],
    cc=["保険グループ <pet-hoken@hinode-sangyo.co.jp>"],
    subject="新規申込 5件 引受審査のお願い（9月受付分）",
    body=f"""あんしん少額短期保険株式会社
引受審査部 御中

いつもお世話になっております。
9月受付分の新規申込5件について、引受審査をお願いいたします。

{_blocks}

告知事項はいずれも「該当なし」です。
審査結果は10/3までにご回答いただけますと幸いです。
{SIG_HOKEN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="five applicants, one block each with DOB/address/phone/mail, to the underwriter",
)

# 007: HTML-only mail with a table of house-call appointments
_trs = "\n".join(
    f"<tr><td>{d}</td><td>{_o(i)[0]} 様</td><td>{_o(i)[3]}</td><td>{_o(i)[5]}</td>"
    f"<td>{_o(i)[7]}（{_o(i)[8]}）</td><td>{s}</td></tr>"
    for d, i, s in [("10/7 9:30", 3, "慢性腎臓病 皮下点滴"), ("10/7 11:00", 25, "術後抜糸"),
                    ("10/7 14:00", 26, "不正咬合 切歯カット"), ("10/8 10:00", 27, "高齢 食欲低下"),
                    ("10/8 13:30", 30, "甲状腺機能亢進症 投薬"), ("10/8 15:00", 34, "外耳炎 再診")])
add(
    id="vet-007", expect="stop", charset="utf-8",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["往診チーム <oushin@ohana-vet.jp>"],
    subject="往診ご依頼 10/7・10/8分",
    html=f"""<html><body style="font-family:Meiryo,sans-serif;font-size:10pt">
<p>オハナ往診動物クリニック<br>往診チーム 各位</p>
<p>お世話になっております。ひので動物病院 世田谷院の木下です。<br>
10/7・10/8の往診ご依頼分を下表のとおりお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>日時</th><th>飼い主</th><th>電話</th><th>住所</th><th>動物</th><th>内容</th></tr>
{_trs}
</table>
<p>カルテの写しは当日朝にFAXいたします。</p>
<p>--<br>ひので動物病院 世田谷院 木下<br>TEL 03-5491-2270</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only table of six owners with phone and home address (diagnoses are the animals')",
)

# 008: CSV attachment (CP932) for rabies-vaccination reminder postcards
_rows8 = [["顧客番号", "郵便番号", "住所", "氏名", "電話番号", "犬名", "前回接種日"]]
for k, o in enumerate(OWNERS):
    if "猫" in o[8] or o[8] in ("ペルシャ", "ロシアンブルー", "ノルウェージャン", "スコティッシュ・フォールド",
                               "マンチカン", "ネザーランドドワーフ"):
        continue
    _rows8.append([f"S{20417 + k * 13}", o[4], o[5], o[0], o[3], o[7], f"2024/04/{(k % 27) + 1:02d}"])
add(
    id="vet-008", expect="stop", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["DMはこぶね 制作担当 <seisaku@dm-hakobune.co.jp>"],
    subject="狂犬病予防注射 案内はがき 宛名データ送付",
    body=f"""株式会社DMはこぶね
制作ご担当 様

お世話になっております。ひので動物病院の木下でございます。
標記の宛名データをCSV（Shift_JIS）で添付いたします。
件数は添付のとおりです。印刷前に件数のご確認をお願いいたします。

よろしくお願いいたします。
{SIG_SETAGAYA}
""",
    attachments=[{"kind": "csv", "name": "kyoukenbyo_atena_2025.csv", "encoding": "cp932",
                  "rows": _rows8}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV with ~25 dog owners' names, addresses and phones to a mailing house",
)

# 009: UTF-8 CSV of claim payees to the bank
_rows9 = [["受取人名(カナ)", "銀行コード", "支店コード", "預金種目", "口座番号", "金額", "EDI情報"]]
for k, i in enumerate([0, 3, 6, 10, 13, 18, 22, 26]):
    _rows9.append([_o(i)[1].replace(" ", "　"), "0163", f"{112 + k * 9:03d}", "1",
                   f"{3120459 + k * 70331:07d}", str(4800 + k * 2315), f"CL2509{k:04d}"])
add(
    id="vet-009", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["みどり銀行 浜松町支店 法人営業 <hamamatsucho-houjin@midori-ginko.co.jp>"],
    subject="総合振込データ（9/25実行分）",
    body=f"""みどり銀行 浜松町支店
法人営業ご担当 様

いつもお世話になっております。
9/25実行の総合振込データを添付します（8件、UTF-8 CSV）。
インターネットバンキングの障害のため、今回のみメールでのご提出となります。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_HOKEN}
""",
    attachments=[{"kind": "csv", "name": "sofuri_20250925.csv", "encoding": "utf-8",
                  "rows": _rows9}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="eight individual payees with account numbers in a CSV to the partner bank",
)

# 010: XLSX, several sheets, a title row above the header, data migration
_cust = [["ペットホテル顧客マスタ（2025/03/31時点）"], [],
         ["顧客ID", "氏名", "フリガナ", "電話", "メール", "郵便番号", "住所", "初回利用日"]]
for k, o in enumerate(OWNERS[:14]):
    _cust.append([f"H{10021 + k}", o[0], o[1], o[3], o[6], o[4], o[5], f"2022/{(k % 12) + 1}/{(k * 3) % 28 + 1}"])
_pets = [["ペット一覧"], ["顧客ID", "ペット名", "種類", "体重kg", "ワクチン最終接種"]]
for k, o in enumerate(OWNERS[:14]):
    _pets.append([f"H{10021 + k}", o[7], o[8], round(3.2 + k * 1.7, 1), f"2024/{(k % 12) + 1}/15"])
add(
    id="vet-010", expect="stop", charset="utf-8",
    sender="情報システム 安曇 <k.azumi@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入PJ 葛城様 <katsuragi@tsubasa-system.jp>"],
    cc=["丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>"],
    subject="新予約システム移行用 顧客マスタ（サンプル）",
    body=f"""ツバサシステム株式会社
葛城様

お世話になっております。日の出産業 情報システム課の安曇です。
移行テスト用に、二子玉川店の顧客マスタを一部抜き出してお送りします。
シート「顧客」「ペット」「備考」の3枚構成です。
項目マッピングのご確認をお願いします。

安曇 圭
日の出産業株式会社 情報システム課  TEL 03-6403-8790
""",
    attachments=[{"kind": "xlsx", "name": "顧客マスタ_二子玉川_抜粋.xlsx",
                  "sheets": {"顧客": _cust, "ペット": _pets,
                             "備考": [["備考"], ["顧客IDは旧システムの会員番号と同じ"]]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="real customer master (14 people) in a multi-sheet XLSX sent to the system vendor as 'sample'",
)

# 011: DOCX table of puppy-class participants to a freelance trainer on free mail
_doc11 = [["No.", "飼い主氏名", "携帯電話", "犬の名前", "犬種", "月齢"]]
for k, i in enumerate([0, 8, 10, 16, 21, 31, 34, 35]):
    _doc11.append([str(k + 1), _o(i)[0], _o(i)[3], _o(i)[7], _o(i)[8], f"{4 + k % 4}か月"])
add(
    id="vet-011", expect="stop", charset="iso-2022-jp",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["Kaho Yanase <kaho.dogtrainer@gmail.com>"],
    subject="パピー教室（11月期）参加者名簿",
    body=f"""柳瀬 佳穂 先生

いつも楽しいレッスンをありがとうございます。港北店の鶴見です。
11月期パピー教室の参加者名簿をWordでお送りします。
当日の欠席連絡は先生の携帯に直接入ることもあると思いますので、
念のため飼い主様の携帯番号も入れてあります。

どうぞよろしくお願いいたします。
{SIG_TRIM}
""",
    attachments=[{"kind": "docx", "name": "パピー教室_11月期_名簿.docx",
                  "title": "パピー教室 参加者名簿",
                  "paragraphs": ["Hinode Grooming 港北店 パピー教室（11月期）参加者名簿",
                                 "会場：港北店 2F トレーニングルーム　毎週土曜 10:00-11:00"],
                  "tables": [_doc11]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="DOCX table of eight owners with mobile numbers to a private trainer's gmail",
)

# 012: PDF table, group rabies vaccination applicants to the city
_pdf12 = [["受付", "氏名", "住所", "電話", "犬の名前", "登録番号"]]
for k, i in enumerate([1, 2, 3, 8, 9, 16, 25, 27, 28, 29]):
    _pdf12.append([str(k + 1), _o(i)[0], _o(i)[5], _o(i)[3], _o(i)[7], f"世第{118240 + k * 311}号"])
add(
    id="vet-012", expect="stop", charset="cp932",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["若葉市 生活衛生課 <seikatsu-eisei@city.wakaba.lg.jp>"],
    subject="令和7年度 集合注射 当院受付分の申込者一覧",
    body=f"""若葉市 生活衛生課
狂犬病予防ご担当 様

いつもお世話になっております。ひので動物病院 世田谷院です。
4月の集合注射について、当院窓口で受け付けた申込者一覧（10名）をPDFでお送りします。
注射済票の交付準備にご利用ください。
{SIG_SETAGAYA}
""",
    attachments=[{"kind": "pdf", "name": "shugo_chusha_moushikomi.pdf",
                  "title": "集合注射 申込者一覧",
                  "lines": ["令和7年度 狂犬病予防集合注射 申込者一覧（ひので動物病院 受付分）",
                            "受付期間：令和7年3月1日〜3月25日", ""],
                  "table": _pdf12}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of ten owners' names, addresses and phones to a city office (external)",
)

# 013: plain ZIP with a CSV and an XLSX of survey answers, to a research firm
_ans = [["回答ID", "氏名", "年代", "メールアドレス", "電話番号", "月のペット支出", "満足度"]]
for k, o in enumerate(OWNERS[12:24]):
    _ans.append([f"R{k + 301}", o[0], f"{30 + (k % 4) * 10}代", o[6], o[3], f"{8 + k}千円",
                 str(5 - k % 3)])
add(
    id="vet-013", expect="stop", charset="utf-8",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["インサイトラボ 分析チーム <analysis@insight-lab.co.jp>"],
    subject="顧客満足度調査 ローデータ送付の件",
    body=f"""株式会社インサイトラボ
分析チーム 御中

お世話になっております。日の出産業の真壁です。
先月実施した来院者アンケートのローデータをZIPにまとめてお送りします。
（csv と集計用のxlsxの2ファイル）

自由記述欄は別途整理中ですので、来週お送りします。
{SIG_PLAN}
""",
    attachments=[{"kind": "zip", "name": "survey_raw_202510.zip",
                  "files": [{"kind": "csv", "name": "survey_raw.csv", "encoding": "utf-8",
                             "rows": _ans},
                            {"kind": "xlsx", "name": "集計.xlsx",
                             "sheets": {"集計": [["満足度", "件数"], [5, 4], [4, 4], [3, 4]]}}]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="12 respondents with names, mail and phone in a CSV inside a plain ZIP",
)

# 014: forward (FW) of an internal mail carrying the unpaid-bill list, to a servicer
add(
    id="vet-014", expect="stop", charset="iso-2022-jp",
    sender="経理 柚木 <m.yunoki@hinode-sangyo.co.jp>",
    to=["さくら債権回収 受託窓口 <jutaku@sakura-servicer.co.jp>"],
    subject="FW: 世田谷院 未収金（90日超）一覧",
    body=f"""さくら債権回収株式会社
受託窓口 ご担当者様

お世話になっております。日の出産業 経理課の柚木です。
先日ご相談した件、病院から上がってきた一覧を転送いたします。
督促のご対応をお願いできますでしょうか。

-----Forwarded Message-----
From: 木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>
To: 柚木 真琴 <m.yunoki@hinode-sangyo.co.jp>
Subject: 世田谷院 未収金（90日超）一覧

柚木さん

90日を超えた未収金の一覧です。電話は何度かしていますが繋がりません。

  カルテNo  飼い主       電話            金額      診療日
  --------  -----------  --------------  --------  ----------
  C-40412   {_o(1)[0]}    {_o(1)[3]}   48,620円  2025/05/02
  C-38877   {_o(9)[0]}    {_o(9)[3]}   132,000円 2025/04/18
  C-41150   {_o(16)[0]}    {_o(16)[3]}   9,350円   2025/05/27
  C-39001   {_o(25)[0]}  {_o(25)[3]}   27,280円  2025/04/30
  C-41377   {_o(29)[0]}    {_o(29)[3]}   61,050円  2025/06/03

木下
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forwarded internal list of five debtors with phones and amounts: a forward counts as new text",
)

# 015: forward-as-attachment (message/rfc822) of a franchisee's member list, to a POS vendor
_inner15 = "\n".join(f"{k + 1}. {_o(i)[0]} / {_o(i)[3]} / {_o(i)[6]}"
                     for k, i in enumerate([4, 6, 7, 32, 33, 34]))
add(
    id="vet-015", expect="stop", charset="utf-8",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["レジクラウド サポート <support@regi-cloud.jp>"],
    subject="FW: 会員データ移行の件（綱島FC店）",
    body=f"""レジクラウド サポートご担当者様

お世話になっております。Hinode Grooming 港北店の鶴見です。
フランチャイズ綱島店のオーナーから届いたメールを添付で転送します。
この会員をレジクラウド側に登録していただけますでしょうか。
{SIG_TRIM}
""",
    attachments=[{"kind": "eml", "name": "会員データ移行の件.eml", "message": {
        "sender": "綱島店 オーナー 篠塚 <owner@tsunashima-groom.jp>",
        "to": ["鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>"],
        "subject": "会員データ移行の件",
        "charset": "iso-2022-jp",
        "body": f"""鶴見さん

お疲れさまです。綱島店の篠塚です。
旧レジから移す会員です。とりあえず常連さん6名分だけ先にお送りします。

{_inner15}

よろしくお願いします。
篠塚""",
    }}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="attached forwarded mail holds six members' names, phones and e-mails; goes to a POS vendor",
)

# 016: legacy XLS grooming ledger to the franchise HQ
_xls16 = [["会員番号", "氏名", "TEL", "住所", "犬種", "前回来店", "カット指定"]]
for k, i in enumerate([0, 4, 5, 6, 7, 32, 33, 34, 35]):
    _xls16.append([f"K-{7712 + k * 5}", _o(i)[0], _o(i)[3], _o(i)[5], _o(i)[8],
                   f"2025/0{(k % 9) + 1}/1{k}", ["テディベア", "サマーカット", "お任せ"][k % 3]])
add(
    id="vet-016", expect="stop", charset="cp932",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["グルーマーズネット本部 SV 久我 <kuga@groomers-net.co.jp>"],
    subject="顧客台帳（港北店）ご提出",
    body=f"""グルーマーズネット株式会社
SV 久我様

お世話になっております。港北店の鶴見です。
巡回時にご依頼いただいた顧客台帳を、店のPCの古いExcel形式のままお送りします。
開けない場合はご連絡ください。
{SIG_TRIM}
""",
    attachments=[{"kind": "xls", "name": "顧客台帳_港北.xls", "sheets": {"台帳": _xls16}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="legacy .xls with nine customers' names, phones and addresses to an external HQ",
)

# 017: PPTX with named claim cases (DOB, city) to an insurance agency
add(
    id="vet-017", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["関東ペット保険代理店 研修担当 <kenshu@pet-agency-kanto.co.jp>"],
    subject="代理店研修資料（支払事例）",
    body=f"""関東ペット保険代理店
研修ご担当 様

お世話になっております。来週の代理店研修で使う支払事例の資料をお送りします。
実際の事例をそのまま載せていますので、分かりやすいと思います。
{SIG_HOKEN}
""",
    attachments=[{"kind": "pptx", "name": "支払事例_2025上期.pptx", "title": "支払事例",
                  "slides": [
                      ["ひのでペット保険 支払事例 2025年上期", "代理店研修用"],
                      ["事例1・2",
                       f"{_o(2)[0]}様（1986年3月14日生）東京都目黒区八雲1-9-21 — ルナ：椎間板ヘルニア 手術 支払 212,000円",
                       f"{_o(13)[0]}様（1979年8月2日生）神奈川県川崎市多摩区登戸2877-5 — ジャック：骨折 支払 156,400円"],
                      ["事例3・4・5",
                       f"{_o(20)[0]}様（1992年1月27日生）千葉県船橋市本町4-18-2 — さくら：僧帽弁閉鎖不全症 通院 支払 41,300円",
                       f"{_o(24)[0]}様（1990年10月9日生）東京都中央区晴海2-5-24-3108 — ラテ：尿路結石 支払 68,900円",
                       f"{_o(29)[0]}様（1975年6月30日生）東京都八王子市明神町2-26-9 — リク：異物誤飲 内視鏡 支払 98,000円"],
                  ]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="slides name five real policyholders with DOB and home address (pet diagnoses are not the people's)",
)

# 018: a bare list of e-mail addresses for a newsletter, to a delivery vendor
_mails = "\n".join(o[6] for o in OWNERS[::2])
add(
    id="vet-018", expect="stop", charset="iso-2022-jp",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["配信サポート <support@mail-haishin.jp>"],
    subject="メルマガ配信先 追加分",
    body=f"""メール配信サービス サポートご担当様

いつもお世話になっております。
管理画面のCSV取込がエラーになるため、追加の配信先をこちらに貼ります。
手動で登録をお願いできますでしょうか。

{_mails}

以上18件です。よろしくお願いします。
日の出産業 ペット事業部 真壁
""",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="18 customers' private e-mail addresses pasted one per line to the delivery vendor",
)

# 019: no name column: pickup addresses and phones for the pet taxi run
add(
    id="vet-019", expect="stop", charset="utf-8",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["青葉運輸 ペット輸送課 <pet@aoba-unyu.co.jp>"],
    subject="12/27 送迎便 ルート表",
    body=f"""青葉運輸株式会社 ペット輸送課 御中

お世話になっております。ペットホテルひので 二子玉川の丹羽です。
年末お預かりの送迎便（12/27）のお迎え先です。到着15分前にお電話をお願いします。

 便  時刻   お迎え先                                   連絡先         頭数
 --  -----  -----------------------------------------  -------------  ----
 1   08:30  {_o(0)[5]:<36}  {_o(0)[3]}   1
 1   09:10  {_o(3)[5]:<36}  {_o(3)[3]}   1（猫）
 1   09:40  {_o(8)[5]:<36}  {_o(8)[3]}   2
 2   10:30  {_o(9)[5]:<36}  {_o(9)[3]}   1（猫）
 2   11:15  {_o(1)[5]:<36}  {_o(1)[3]}   1
 2   11:50  {_o(2)[5]:<36}  {_o(2)[3]}   1

ご不明点は丹羽までお願いいたします。
{SIG_HOTEL}
""",
    entities=["PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six households' home addresses and phones without names: still five-plus people's records",
)

# 020: a reply whose NEW text carries a list (quoted part is harmless)
add(
    id="vet-020", expect="stop", charset="iso-2022-jp",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 契約管理 湯浅様 <yuasa@anshin-ssi.co.jp>"],
    subject="RE: 保険料未収の契約について",
    body=f"""湯浅様

お世話になっております。早乙女です。
ご照会の件、該当は以下5件です。

証券番号      契約者          生年月日
HP-401322     {_o(5)[0]}      1984/02/11
HP-401876     {_o(11)[0]}      1969/09/05
HP-402209     {_o(18)[0]}      1991/12/23
HP-403051     {_o(22)[0]}    1958/07/16
HP-403390     {_o(30)[0]}        1962/03/08

いずれも9月分の口座振替が不能となっています。
よろしくお願いいたします。

> 早乙女様
> いつもお世話になっております。あんしん少額短期保険の湯浅です。
> 9月分保険料が未収となっている契約について、証券番号と契約者名を
> お知らせいただけますでしょうか。
{SIG_HOKEN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="reply whose own new text lists five policyholders with birth dates above the quote",
)

# 021: English mail with a sample-shipping list to an overseas partner
_en = "\n".join(f"{k + 1}. {_o(i)[2]:<20} {_o(i)[6]:<28} 〒{_o(i)[4]} {_o(i)[5]}"
                for k, i in enumerate([0, 5, 12, 15, 24, 34]))
add(
    id="vet-021", expect="stop", charset="utf-8",
    sender="Shingo Makabe <s.makabe@hinode-sangyo.co.jp>",
    to=["Ingrid Solberg <ingrid.solberg@nordicpaws.com>"],
    subject="Sampling campaign - recipients for first batch",
    body=f"""Dear Ingrid,

Thank you for the call yesterday. As agreed, here are the customers who signed up for
the salmon-treat sampling in our clinics. Your Japanese fulfilment partner can use the
addresses as they are.

{_en}

Please ship by 20 November. Let me know if anything is unclear.

Best regards,
Shingo
{SIG_PLAN}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="English mail listing six customers' names, private e-mails and home addresses abroad",
)

# 022: staff list (vets and nurses) with birth dates and home addresses to a vet association
_staff = [("獣医師", "乾 嘉人", "イヌイ ヨシト", "昭和55年6月18日", "東京都世田谷区上用賀1-28-4", "090-3361-0087"),
          ("獣医師", "碓井 瑞穂", "ウスイ ミズホ", "平成元年9月9日", "神奈川県川崎市宮前区宮崎2-6-11", "080-2217-6630"),
          ("獣医師", "百武 亘", "ヒャクタケ ワタル", "昭和62年1月30日", "東京都渋谷区本町5-14-2", "070-5519-3408"),
          ("動物看護師", "來栖 なつみ", "クルス ナツミ", "平成8年5月5日", "東京都世田谷区瀬田3-9-1-105", "090-8826-4410"),
          ("動物看護師", "汐見 柚", "シオミ ユズ", "平成11年12月24日", "東京都狛江市東和泉2-30-6", "080-6603-1127"),
          ("動物看護師", "鴇田 玲", "トキタ レイ", "平成6年3月3日", "神奈川県川崎市高津区二子1-8-15", "070-1140-9952")]
_st = "\n".join(f"{a}\t{b}\t{c}\t{d}\t{e}\t{f}" for a, b, c, d, e, f in _staff)
add(
    id="vet-022", expect="stop", charset="cp932",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["東京都獣医師会 学術大会事務局 <gakujutsu@tokyo-vetassoc.or.jp>"],
    subject="学術大会 参加登録（ひので動物病院 6名）",
    body=f"""東京都獣医師会
学術大会事務局 御中

いつもお世話になっております。日の出産業株式会社 総務課の秋月です。
学術大会の参加登録をお願いいたします。登録票の項目に合わせて記載しております。

職種\t氏名\tフリガナ\t生年月日\t自宅住所\t携帯
{_st}

参加費は請求書をいただき次第お振込みいたします。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six employees with birth dates, home addresses and mobiles to an outside association",
)

# ======================================================================================
# STOP — identity and card numbers
# ======================================================================================

_c23 = card_number(101)
add(
    id="vet-023", expect="stop", charset="iso-2022-jp",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["ペイゲート 加盟店サポート <kameiten@pay-gate.jp>"],
    subject="電話受付分のカード決済 手入力のお願い",
    body=f"""ペイゲート株式会社
加盟店サポート ご担当者様

お世話になっております。ペットホテルひので 二子玉川（加盟店番号 PG-0088172）の丹羽です。
店頭端末が故障中のため、お電話でいただいた年末のご予約金の決済をお願いできますでしょうか。

ご利用者：{_o(6)[0]} 様
カード番号：{_c23[:4]} {_c23[4:8]} {_c23[8:12]} {_c23[12:]}
有効期限：08/28
金額：22,000円（12/28〜1/3 小型犬1頭 予約金）

処理が完了しましたらご連絡ください。
{SIG_HOTEL}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a customer's full card number and expiry typed into the body to the payment agent",
)

_c24 = card_number(102)
add(
    id="vet-024", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 収納課 <shuno@anshin-ssi.co.jp>"],
    subject="保険料クレジット払い申込書（紙受付分）",
    body=f"""あんしん少額短期保険
収納課 御中

お世話になっております。
店頭で紙でお受けした「保険料クレジットカード払い申込書」をPDFにしてお送りします。
カード会社への登録をお願いいたします。
{SIG_HOKEN}
""",
    attachments=[{"kind": "pdf", "name": "card_moushikomi_HP-404417.pdf",
                  "title": "保険料クレジットカード払い申込書",
                  "lines": ["保険料クレジットカード払い申込書",
                            "",
                            "証券番号：HP-404417",
                            f"契約者氏名：{_o(12)[0]}（{_o(12)[1]}）",
                            "生年月日：昭和63年2月14日",
                            f"住所：〒{_o(12)[4]} {_o(12)[5]}",
                            f"電話：{_o(12)[3]}",
                            f"カード番号：{_c24}",
                            "有効期限：11/27　カード名義：AYAKO KUMOI",
                            "",
                            "上記のとおり申し込みます。　2025年10月4日　署名：雲井 絢子"]}],
    entities=["CREDIT_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="card number plus the policyholder's details inside a PDF application form",
)

_mn25 = my_number(201)
add(
    id="vet-025", expect="stop", charset="iso-2022-jp",
    sender="経理 柚木 <m.yunoki@hinode-sangyo.co.jp>",
    to=["浜田会計事務所 <info@hamada-tax.jp>"],
    subject="支払調書作成のための情報（非常勤獣医師）",
    body=f"""浜田会計事務所
浜田先生

いつもお世話になっております。日の出産業 経理課の柚木です。
報酬の支払調書の作成に必要な、非常勤獣医師の方の情報をお送りします。

氏名　：鞍馬 凛太郎（クラマ リンタロウ）
住所　：〒150-0031 東京都渋谷区桜丘町22-7-603
個人番号：{_mn25[:4]} {_mn25[4:8]} {_mn25[8:]}
支払金額：1,860,000円（源泉徴収税額 189,906円）

本人確認書類の写しは郵送いたします。
よろしくお願いいたします。

柚木 真琴
日の出産業株式会社 経理課  TEL 03-6403-8720
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a contract vet's My Number and address to the outside tax accountant",
)

add(
    id="vet-026", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 損害調査 <chousa@anshin-ssi.co.jp>"],
    subject="高額請求 CL-25100871 本人確認結果",
    body=f"""損害調査ご担当 様

お世話になっております。
高額請求（CL-25100871／手術 486,000円）について、契約者ご本人の確認を行いました。
確認書類は運転免許証です。記載内容は以下のとおりです。

　氏名　　　：{_o(17)[0]}
　生年月日　：昭和51年10月8日
　住所　　　：{_o(17)[5]}
　免許証番号：第 3020 1748 2613 号
　有効期限　：令和9年11月8日まで

請求書類一式は別便でお送りします。
{SIG_HOKEN}
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="driver's licence number with name, DOB and address to the underwriter",
)

add(
    id="vet-027", expect="stop", charset="utf-8",
    sender="Nao Kinoshita <n.kinoshita@hinode-sangyo.co.jp>",
    to=["Relocation Desk <desk@globalpet-relocation.com>"],
    subject="Export of cat 'Latte' to Singapore - owner details",
    body=f"""Dear Relocation Desk team,

Following our phone call, please find the owner details you need for the AVS import
permit and the airline booking for the cat Latte (Norwegian Forest, microchip
392141000587733).

Owner: Mao Hibino
Date of birth: 21 July 1988
Passport No.: TR4829173 (Japan), expires 2031-03-02
Address in Japan: 〒{_o(24)[4]} {_o(24)[5]}
Mobile: +81 90-5517-8833
Flight: SQ 637, 14 Dec, Narita -> Changi

The rabies titre test report will follow next week.

Kind regards,
Nao Kinoshita
Hinode Animal Hospital, Setagaya  |  +81 3-5491-2270
""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="owner's passport number, DOB and address to an overseas pet relocation agent",
)

add(
    id="vet-028", expect="stop", charset="cp932",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 引受審査部 <hikiuke@anshin-ssi.co.jp>"],
    subject="外国籍のお客様の申込（在留カード確認済）",
    body=f"""引受審査部 御中

お世話になっております。
外国籍のお客様からの新規申込につき、在留カードで本人確認を行いましたのでご報告します。

氏名：NGUYEN THI LAN（グエン ティ ラン）
生年月日：1994年5月19日
在留カード番号：UH48291735EA
在留期限：2027年8月31日
住所：〒223-0066 神奈川県横浜市港北区高田西2-19-4-201
被保険動物：トム（アメリカンショートヘア・2歳）

審査をよろしくお願いいたします。
{SIG_HOKEN}
""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="residence card number with DOB and address of an applicant to the underwriter",
)

add(
    id="vet-029", expect="stop", charset="iso-2022-jp",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["ほしぞら損保 事故受付 <jiko-uketsuke@hoshizora-sonpo.co.jp>"],
    subject="【事故報告】店内でのお客様咬傷事故（施設賠償）",
    body=f"""ほしぞら損害保険株式会社
事故受付センター 御中

証券番号 SB-2291047（施設所有管理者賠償責任保険）の件でご報告いたします。

発生日時：11月2日（日）15:40頃
発生場所：Hinode Grooming 港北店 受付
被害者　：{_o(33)[0]}様（{_o(33)[3]}）
状況　　：お預かり中の別のお客様の犬（ミニチュア・ピンシャー）がリードを外れ、
　　　　　お迎えに来られた皆川様の右手を咬みました。
　　　　　皆川様はそのまま近くの日吉中央クリニックを受診され、右手背の咬傷で
　　　　　4針縫合、破傷風トキソイドを接種されたとのことです。
健康保険証：記号 31080452　番号 17（本人）※治療費立替の精算用にお預かりしました

今後の通院費用のお支払い方法についてご教示ください。
{SIG_TRIM}
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="victim's health insurance card number and injury/treatment details to the insurer",
)

add(
    id="vet-030", expect="stop", charset="utf-8",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["神田社会保険労務士事務所 <office@sr-kanda.jp>"],
    subject="資格取得届の件（11/1入社 動物看護師）",
    body="""神田先生

いつもお世話になっております。日の出産業 総務課の秋月です。
11/1入社の動物看護師1名について、社会保険の資格取得届をお願いいたします。

　氏名　　　　：汐見 柚（シオミ ユズ）
　生年月日　　：平成11年12月24日
　住所　　　　：〒201-0014 東京都狛江市東和泉2-30-6
　基礎年金番号：4150-362918
　標準報酬月額：260千円

年金手帳のコピーは別途郵送します。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="new hire's basic pension number with DOB and address to the outside labour consultant",
)

# ======================================================================================
# STOP — 要配慮個人情報 about one identifiable person
# ======================================================================================

add(
    id="vet-031", expect="stop", charset="iso-2022-jp",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["わんステイ 玉川 <info@wanstay-tamagawa.jp>"],
    subject="長期お預かりのお願い（トイプードル ココちゃん）",
    body=f"""わんステイ玉川 店長様

お世話になっております。ペットホテルひので二子玉川の丹羽です。
当店の満室が続いており、提携先として1頭お願いできないかご相談です。

飼い主の{_o(0)[0]}様が乳がんの手術で11月半ばからご入院され、その後も抗がん剤治療で
しばらく通院が続くため、ココちゃん（トイ・プードル 6歳）を1か月ほどお預けになりたい
とのことです。ご本人の体調によっては延長もあり得るそうです。

ご連絡は携帯（{_o(0)[3]}）へ、体調が優れないときはショートメールで、とのご希望です。
食事・投薬の情報は別途まとめてお送りします。
{SIG_HOTEL}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named owner's breast-cancer surgery and chemotherapy, in running text, to another kennel",
)

add(
    id="vet-032", expect="stop", charset="utf-8",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["株式会社ポーズモバイル 受付 <yoyaku@paws-mobile.co.jp>"],
    subject="出張シャンプーのご依頼（宍倉様・盲導犬）",
    body=f"""ポーズモバイル ご予約ご担当様

お世話になっております。ひので動物病院の木下です。
当院の患者さんで、出張シャンプーをご希望の方がいらっしゃいます。

宍倉 亮 様　{_o(13)[5]}
ワンちゃんは盲導犬のジャック（ラブラドール）です。宍倉様ご本人は全盲でいらっしゃるので、
到着時はインターホンでお名前をはっきり名乗っていただき、玄関までは
お声かけで誘導をお願いします。書類の記入は代読・代筆でお願いできれば助かります。

ご都合の良い日程を当院あてにお知らせください。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named owner's blindness (disability) with his home address to the grooming partner",
)

add(
    id="vet-033", expect="stop", charset="cp932",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["世田谷区 用賀あんしんすこやかセンター <yoga-anshin@sukoyaka-setagaya.or.jp>"],
    subject="ご相談：飼い主様の見守りについて",
    body=f"""用賀あんしんすこやかセンター
ご担当者様

突然のご連絡失礼いたします。ひので動物病院 世田谷院の木下と申します。

当院に猫2匹を連れて通院されている{_o(3)[0]}様（{_o(3)[5]}、{_o(3)[3]}）のことで
ご相談させてください。最近、同じ薬を何度も取りに来られたり、来院日を覚えて
いらっしゃらなかったりすることが続いています。先日ご家族から、認知症の診断を
受けてデイサービスに通い始めたと伺いました。

猫の投薬管理が難しくなっているため、ケアマネジャーさんと連携させていただけると
ありがたいです。お手数ですがご連絡いただけますでしょうか。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="owner's dementia diagnosis with address and phone, written to an outside care centre",
)

add(
    id="vet-034", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 契約管理 湯浅様 <yuasa@anshin-ssi.co.jp>"],
    subject="住所変更（証券番号 HP-402871）の取扱いについて",
    body=f"""湯浅様

お世話になっております。早乙女です。
証券番号 HP-402871 の契約者 {_o(27)[0]} 様から住所変更のお申し出がありました。

新住所：〒216-0033 神奈川県川崎市宮前区宮崎4-2-9 コーポ鷺沼203

なお、ご本人のお話では、元配偶者からのDV被害を受けて現在シェルターを経て
この住所に避難されているとのことで、保護命令も出ているそうです。
旧住所宛ての郵便物は一切送らないこと、また第三者から問い合わせがあっても
新住所は回答しないことを徹底していただけますでしょうか。
{SIG_HOKEN}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="policyholder named as a domestic-violence victim (crime victim) with her new address",
)

add(
    id="vet-035", expect="stop", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["にじのはしペット葬祭 <uketsuke@nijinohashi-pet.co.jp>"],
    subject="ご葬儀のご紹介（11/9 ご希望）",
    body=f"""にじのはしペット葬祭 ご担当者様

いつもお世話になっております。ひので動物病院の木下です。
本日当院で看取られたワンちゃんのご葬儀をご紹介させてください。

飼い主：{_o(22)[0]}様（{_o(22)[3]}）
ペット：うめちゃん（甲斐犬・15歳）
ご希望：11/9（日）午前、個別火葬・お骨上げあり

{_o(22)[0].split()[0]}様はエホバの証人の信者でいらっしゃるので、読経や焼香などの仏式の
ご案内はなさらないようにお願いいたします。お花だけでお見送りしたいとのことです。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named owner's religious belief stated to the funeral partner",
)

add(
    id="vet-036", expect="stop", charset="utf-8",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["ペットキャリア 紹介事業部 谷地様 <yachi@pet-career.jp>"],
    subject="RE: トリマー候補者のご推薦について",
    body="""ペットキャリア株式会社
谷地様

お世話になっております。日の出産業 総務の秋月です。
ご推薦いただいた 鮫島 航 様（トリマー歴8年）の件、面接では好印象でした。

ただ、面接の中でご本人から「前職のサロンで動物愛護管理法違反（虐待）で
書類送検され、罰金刑を受けた」とのお話がありました。
この経歴を前提に採用を進めるのは難しいため、今回は見送らせていただきます。
ご本人へのお伝え方はお任せいたします。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate's criminal record (fine under the animal welfare act) to a recruiter",
)

add(
    id="vet-037", expect="stop", charset="iso-2022-jp",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="港北店におけるハラスメント申告について（ご相談）",
    body="""白川先生

いつも大変お世話になっております。日の出産業 総務の秋月でございます。
ペット事業部の店舗で発生したハラスメント申告について、ご相談させてください。

申告者：Hinode Grooming 港北店 トリマー 宇良 美咲（入社3年目）
内容：先輩トリマーが、宇良さんが被差別部落の出身であることを他のスタッフやお客様の
前で繰り返し話題にし、「あの地区の人は」といった発言をしていたというものです。
宇良さん本人は出身地が知られたことに強いショックを受け、現在休職を希望しています。

事実確認の進め方と、加害者とされる社員への処分の可否についてご助言をいただければ幸いです。
来週中にお時間をいただけますでしょうか。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an employee named together with her social origin (buraku) to outside counsel",
)

add(
    id="vet-038", expect="stop", charset="cp932",
    sender="経理 柚木 <m.yunoki@hinode-sangyo.co.jp>",
    to=["さくら債権回収 受託窓口 <jutaku@sakura-servicer.co.jp>"],
    subject="督促対応の際のお願い（C-38877 浅生様）",
    body=f"""さくら債権回収 ご担当者様

お世話になっております。日の出産業 経理の柚木です。
先日お願いした未収金のうち、C-38877 {_o(9)[0]}様（{_o(9)[3]}）についてです。

ご家族から病院に連絡があり、ご本人は現在うつ病で心療内科に通院中で、
電話での督促がかなり負担になっているとのことでした。
この方については電話ではなく書面のみでご連絡いただけますでしょうか。
分割でのお支払いのご相談も可能です。

柚木 真琴
日の出産業株式会社 経理課  TEL 03-6403-8720
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="debtor's depression and psychiatric treatment named in running text to the servicer",
)

add(
    id="vet-039", expect="stop", charset="utf-8",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["ペットタクシーひかり 配車 <haisha@pet-taxi-hikari.jp>"],
    subject="送迎のお願い（12/3 八木橋様）",
    body=f"""ペットタクシーひかり 配車ご担当様

いつもお世話になっております。ペットホテルひので 二子玉川の丹羽です。
12/3（水）10:00に下記のお迎えをお願いします。

お客様：{_o(31)[0]}様
ご住所：{_o(31)[5]}
お電話：{_o(31)[3]}
ワンちゃん：ムギ（柴・11kg）

八木橋様は脊髄損傷で車椅子をご利用です（身体障害者手帳1級とのこと）。
ご自宅はスロープがありますが、ムギちゃんのクレートは乗務員さんが玄関内まで
取りに伺っていただけますようお願いいたします。
{SIG_HOTEL}
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named owner's spinal cord injury and disability certificate grade, with address, to pet taxi",
)

# ======================================================================================
# STOP — three or more external parties visible to each other
# ======================================================================================

add(
    id="vet-040", expect="stop", charset="iso-2022-jp",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["yuuki.kamata@gmail.com", "hanamama_0912@yahoo.co.jp", "t-oyamada@icloud.com",
        "saeko.inu@docomo.ne.jp"],
    subject="【捜索ボランティアの皆様へ】本日の捜索範囲について",
    body="""捜索ボランティアの皆様

昨日から捜索にご協力いただき、本当にありがとうございます。
ペットホテルひので 二子玉川の丹羽です。

お預かり中に逸走してしまったポメラニアンのきなこちゃんについて、本日は
以下の範囲を重点的に回っていただけますと幸いです。

・二子玉川公園〜兵庫島公園の河川敷（9:00〜）
・瀬田4丁目の住宅街（13:00〜）
・夕方は多摩川沿いの遊歩道（17:00〜日没まで）

見つけた場合は、追いかけずに当店の捜索専用ダイヤル 03-3707-5530 までご連絡ください。
""" + SIG_HOTEL,
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private volunteers on free mail in To can see each other's addresses: should be Bcc",
)

add(
    id="vet-041", expect="stop", charset="utf-8",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["kitaguni-foods 営業部 <eigyo@kitaguni-foods.co.jp>",
        "出展担当 <expo@wanwan-foods.co.jp>",
        "マーケティング部 <marketing@petcare-labo.jp>",
        "販促グループ <hansoku@kawaii-pet-goods.co.jp>",
        "広報 <pr@mofumofu-honpo.com>"],
    subject="「ひのでペットフェスタ2026」協賛出展のご案内",
    body=f"""各社 ご担当者様

平素より大変お世話になっております。日の出産業株式会社 ペット事業部の真壁でございます。

来年4月に開催予定の「ひのでペットフェスタ2026」につきまして、
協賛出展のご案内をお送りいたします。

・日時：2026年4月18日（土）・19日（日）10:00〜17:00
・会場：横浜みなと展示ホール A・B
・出展料：1小間 165,000円（税込）
・申込締切：2026年1月30日

ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_PLAN}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five different external companies in To see each other: should have been Bcc",
)

add(
    id="vet-042", expect="stop", charset="cp932",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["mitarai.d@gmail.com", "sumi.yuka@yahoo.co.jp", "saki.sagara@icloud.com"],
    subject="座談会ご参加のお礼",
    body=f"""座談会にご参加いただいた皆様

先日はお忙しいところ「ペット保険についての座談会」にご参加いただき、
誠にありがとうございました。

いただいたご意見は、来春の商品改定の検討に活かしてまいります。
謝礼のギフトカードは、来週中にご自宅宛てに簡易書留でお送りいたします。

今後ともひのでペット保険をよろしくお願いいたします。
{SIG_PLAN}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private customers in To reveal their addresses (and that they joined) to each other",
)

add(
    id="vet-043", expect="stop", charset="utf-8",
    sender="Shingo Makabe <s.makabe@hinode-sangyo.co.jp>",
    to=["Ingrid Solberg <ingrid.solberg@nordicpaws.com>",
        "Tom Whitaker <tom.w@heritage-petfood.co.uk>",
        "Claire Dubois <c.dubois@croquettes-alpines.fr>"],
    cc=["北国フーズ 輸入課 <yunyu@kitaguni-foods.co.jp>"],
    subject="Hinode Pet Festa 2026 - import brands corner",
    body=f"""Dear all,

Thank you for your interest in the imported brands corner at Hinode Pet Festa 2026
(18-19 April, Yokohama). Kitaguni Foods, our import partner, is copied.

Booth allocation will be decided at the end of January. Please send your product list
and sample quantities to me by 15 January.

Best regards,
Shingo Makabe
{SIG_PLAN}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three overseas suppliers plus a partner in To/Cc, all visible to each other",
)

# ======================================================================================
# STOP — look-alike domains
# ======================================================================================

add(
    id="vet-044", expect="stop", charset="iso-2022-jp",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["さくらホテル 団体予約 <dantai@sakura-hotei.jp>"],
    subject="ペット事業部 社員旅行 仮予約のお願い",
    body="""さくらホテル 団体予約ご担当 様

いつもお世話になっております。日の出産業 総務課の秋月です。
ペット事業部の社員旅行について、仮予約をお願いいたします。

・日程：2026年2月14日（土）〜15日（日） 1泊
・人数：28名（和室4名×7室）
・宴会場：1室（19:00〜21:00）

見積書をいただけますと幸いです。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotei.jp imitates the partner sakura-hotel.jp (l/i homoglyph)",
)

add(
    id="vet-045", expect="stop", charset="utf-8",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["青葉運輸 配車センター <haisha@aoba-unyu.com>"],
    subject="フード入荷 パレット便の日程確認",
    body=f"""青葉運輸 配車センター ご担当者様

お世話になっております。ペットホテルひので 二子玉川の丹羽です。
来月のフード入荷（パレット3枚）の配送日を12/9（火）午前でお願いできますでしょうか。
搬入口は建物裏手の駐車場側です。

よろしくお願いいたします。
{SIG_HOTEL}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.com is the partner aoba-unyu.co.jp with a different TLD",
)

add(
    id="vet-046", expect="stop", charset="utf-8",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["志賀 部長 <k.shiga@hinode-sanngyo.co.jp>"],
    subject="10月 動物病院3院 売上速報",
    body=f"""志賀部長

お疲れさまです。真壁です。
10月の動物病院3院の売上速報です。

　世田谷院　 3,842万円（前年比 108%）
　港北院　　 2,915万円（前年比 96%）
　三鷹院　　 1,770万円（前年比 121%）

港北院は外科の獣医師が9月に退職した影響が出ています。
詳細は月曜の部会でご報告します。

真壁
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="internal report mistyped to hinode-sanngyo.co.jp (an extra n): a look-alike of the own domain",
)

add(
    id="vet-047", expect="stop", charset="cp932",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["北国フーズ 受注センター <juchu@kitaguni-foods.jp>"],
    subject="療法食 定期発注（11月分）",
    body=f"""北国フーズ株式会社
受注センター 御中

いつもお世話になっております。ひので動物病院 世田谷院です。
11月分の定期発注をお願いいたします。

　KF-RD-0210　腎臓サポート（犬用）3kg　　×12
　KF-RC-0415　消化器サポート（猫用）2kg　×8
　KF-HP-1102　低アレルゲン（犬用）7.5kg　×4

納品は11/14（金）午前中でお願いします。
{SIG_SETAGAYA}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-foods.jp drops the co. of the partner kitaguni-foods.co.jp",
)

# ======================================================================================
# STOP — confidentiality markings
# ======================================================================================

add(
    id="vet-048", expect="stop", charset="iso-2022-jp",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["不動産パートナーズ 店舗開発 <tenpo@fudosan-partners.co.jp>"],
    subject="【社外秘】動物病院 新規出店候補地の条件",
    body=f"""不動産パートナーズ株式会社
店舗開発部 八重樫様

お世話になっております。日の出産業の真壁です。
先日お話しした新規出店の条件を整理しました。

━━━━━━━━━━━━━━━━━━━━
　社外秘　（取扱：ペット事業部・事業企画課）
━━━━━━━━━━━━━━━━━━━━
・2026年度中に川崎市・横浜市北部で2院を開業予定（取締役会承認前）
・1階路面、40〜60坪、駐車場4台以上
・賃料上限：坪1.6万円
・既存院（港北院）は2027年に統合・閉院を検討中

物件情報がありましたらご紹介ください。
{SIG_PLAN}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="mail stamped 社外秘 in subject and body, carrying unannounced plans to an outside agent",
)

add(
    id="vet-049", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["アクチュアリーコンサルティング 小野寺様 <onodera@actuary-consult.co.jp>"],
    subject="損害率資料の送付",
    body=f"""小野寺様

お世話になっております。ひのでペット保険の早乙女です。
お打ち合わせで話題に出た資料をお送りします。ご確認ください。
{SIG_HOKEN}
""",
    attachments=[{"kind": "pdf", "name": "loss_ratio_FY2024.pdf", "title": "損害率分析 FY2024",
                  "page_header": "社外秘", "page_footer": "日の出産業株式会社 ペット保険グループ",
                  "lines": ["ひのでペット保険 損害率分析（FY2024）", "",
                            "プラン別損害率：ひので50 58.2% / ひので70 66.9% / ひので90 81.4%",
                            "犬種別：フレンチ・ブルドッグ 112%、トイ・プードル 61%、柴 54%",
                            "2026年度改定案：ひので90の保険料を平均12%引上げ"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="the only marking is the 社外秘 page header inside the PDF; body is innocuous",
)

add(
    id="vet-050", expect="stop", charset="iso-2022-jp",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["関東ペット保険代理店 営業推進 <suishin@pet-agency-kanto.co.jp>"],
    subject="商品改定案（ドラフト）について",
    body=f"""関東ペット保険代理店
営業推進ご担当 様

お世話になっております。
来年度の商品改定案のドラフトをお送りします。ご意見をいただけますと幸いです。
{SIG_HOKEN}
""",
    attachments=[{"kind": "docx", "name": "商品改定案_v0.3.docx", "title": "商品改定案",
                  "page_footer": "取扱注意　無断転載・複製禁止",
                  "paragraphs": ["2026年度 ひのでペット保険 商品改定案（ドラフト v0.3）",
                                 "1. 通院補償の日数上限を年20日から年30日に拡大",
                                 "2. 12歳以上の新規加入を停止",
                                 "3. 代理店手数料率を 18% から 15% に変更"]}],
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX footer classifies the draft 取扱注意; sent to an outside agency",
)

add(
    id="vet-051", expect="stop", charset="cp932",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["加盟希望 佐々部様 <sasabe.groom@outlook.jp>"],
    subject="フランチャイズ説明会の補足資料",
    body=f"""佐々部様

先日は説明会にお越しいただきありがとうございました。港北店の鶴見です。
ご質問のあった原価の目安について、店で使っている表をお送りします。
{SIG_TRIM}
""",
    attachments=[{"kind": "xlsx", "name": "原価表_港北.xlsx",
                  "sheets": {"原価": [["【部外秘】トリミング原価表（港北店 2025年度）"], [],
                                    ["メニュー", "売価", "材料費", "人件費", "粗利率"],
                                    ["小型犬シャンプー", 5500, 420, 2100, "54%"],
                                    ["小型犬カット", 8800, 510, 3600, "53%"],
                                    ["中型犬カット", 11000, 780, 4800, "49%"]],
                             "人件費単価": [["職位", "時給換算"], ["トリマー", 1650],
                                       ["アシスタント", 1180]]}}],
    entities=[],
    detectors=["confidential_marking", "freemail_recipient"],
    note="XLSX title row stamps 部外秘; internal cost sheet sent to a franchise candidate's free mail",
)

add(
    id="vet-052", expect="stop", charset="utf-8",
    sender="Shingo Makabe <s.makabe@hinode-sangyo.co.jp>",
    to=["Ingrid Solberg <ingrid.solberg@nordicpaws.com>"],
    subject="Deck for Friday",
    body=f"""Hi Ingrid,

Attached is the deck we will walk through on Friday. Talk then.

Shingo
{SIG_PLAN}
""",
    attachments=[{"kind": "pptx", "name": "Hinode_Pet_strategy_2026.pptx",
                  "title": "Pet business strategy 2026",
                  "page_footer": "CONFIDENTIAL - Internal Only",
                  "slides": [["Hinode Pet Business 2026", "Strategy review"],
                             ["Private label", "Launch own-brand dry food Q3 2026",
                              "Target margin 38%", "Reduce imported SKUs by 30%"],
                             ["Clinics", "Two new clinics in Kawasaki", "Close Kohoku by 2027"]]}],
    entities=[],
    detectors=["confidential_marking"],
    note="every slide carries 'CONFIDENTIAL - Internal Only'; sent to an outside supplier",
)

# ======================================================================================
# STOP — attachments that cannot be read
# ======================================================================================

add(
    id="vet-053", expect="stop", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["オハナ往診動物クリニック 事務 <jimu@ohana-vet.jp>"],
    subject="紹介患者一覧（パスワード付き）",
    body=f"""オハナ往診動物クリニック 事務ご担当様

お世話になっております。ひので動物病院の木下です。
今月の紹介患者一覧をパスワード付きZIPでお送りします。
パスワードは別メールにてお送りいたします。
{SIG_SETAGAYA}
""",
    attachments=[{"kind": "zip", "name": "shoukai_202511.zip", "password": "Hn2511vet",
                  "files": [{"kind": "csv", "name": "shoukai.csv", "encoding": "cp932",
                             "rows": [["飼い主", "電話", "住所"]] +
                                     [[o[0], o[3], o[5]] for o in OWNERS[20:28]]}]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password ZIP (PPAP): contents cannot be inspected (entities left empty: unreadable)",
)

add(
    id="vet-054", expect="stop", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 損害調査 <chousa@anshin-ssi.co.jp>"],
    subject="CL-25110342 診療明細書（保護PDF）",
    body=f"""損害調査ご担当 様

お世話になっております。
CL-25110342 の診療明細書を、閲覧パスワード付きPDFでお送りします。
パスワードはいつもの取り決めのものです。
{SIG_HOKEN}
""",
    attachments=[{"kind": "pdf", "name": "meisai_CL-25110342.pdf", "password": "anshin2025",
                  "lines": ["診療明細書", "契約者：四方田 美紀 様", "ペット：モカ（チワワ）",
                            "膝蓋骨脱臼 整復手術 合計 286,550円"]}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected before it leaves",
)

add(
    id="vet-055", expect="stop", charset="cp932",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["わんステイ 玉川 <info@wanstay-tamagawa.jp>"],
    subject="年末年始 振替予約表",
    body=f"""わんステイ玉川 店長様

お世話になっております。丹羽です。
年末年始にそちらへ振り替えさせていただくお客様の予約表をお送りします。
ご確認のほどよろしくお願いいたします。
{SIG_HOTEL}
""",
    attachments=[{"kind": "corrupt", "name": "振替予約表_年末年始.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX is corrupt (truncated/garbled) and cannot be scanned; it is a customer booking sheet",
)

add(
    id="vet-056", expect="stop", charset="utf-8",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["神田社会保険労務士事務所 <office@sr-kanda.jp>"],
    subject="12月入退社者の書類",
    body="""神田先生

お世話になっております。秋月です。
12月の入退社者の書類（Word）を添付します。ご確認をお願いいたします。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    attachments=[{"kind": "corrupt", "name": "入退社者一覧_202512.docx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt DOCX: unreadable, so it cannot be checked for the staff data it is said to hold",
)

# ======================================================================================
# PASS — the everyday mail that must go
# ======================================================================================

add(
    id="vet-057", expect="pass", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["東和動物薬品 世田谷営業所 <setagaya@towa-doyaku.co.jp>"],
    subject="発注書 PO-2025-11-0387（ワクチン・駆虫薬）",
    body=f"""東和動物薬品株式会社
世田谷営業所 御中

いつもお世話になっております。ひので動物病院 世田谷院です。
下記のとおり発注いたします。

発注番号：PO-2025-11-0387
　・犬用5種混合ワクチン（10ドーズ）　×6箱
　・猫用3種混合ワクチン（10ドーズ）　×4箱
　・スポット駆虫薬 小型犬用 3ピペット　×20
納品希望：11/12（水）

よろしくお願いいたします。
{SIG_SETAGAYA}
{DISCLAIMER_JA}
""",
    entities=[],
    detectors=[],
    note="ordinary purchase order with a PO number and the standard 機密情報 disclaimer",
)

add(
    id="vet-058", expect="pass", charset="utf-8",
    sender="情報システム 安曇 <k.azumi@hinode-sangyo.co.jp>",
    to=["ツバサシステム 営業 葛城様 <katsuragi@tsubasa-system.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    body="""ツバサシステム株式会社
葛城様

お世話になっております。日の出産業の安曇です。
予約システム刷新の件、本格的な要件定義に入る前に秘密保持契約（NDA）を締結させて
いただきたく、当社ひな形をお送りします。

特に第2条（機密情報の定義）と第7条（返還・廃棄）について、貴社法務のご意見を
いただけますと幸いです。修正は変更履歴でお願いいたします。

安曇 圭
日の出産業株式会社 情報システム課  TEL 03-6403-8790
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_ツバサシステム様.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                 "次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、予約管理システム刷新の検討のため、甲乙間で開示される機密情報の取扱いを定める。",
                                 "第2条（機密情報の定義）本契約において機密情報とは、開示の際に秘密である旨を明示した技術上又は営業上の情報をいう。",
                                 "第7条（返還・廃棄）乙は、甲の求めに応じ、機密情報を速やかに返還又は廃棄する。",
                                 "第10条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    entities=[],
    detectors=[],
    note="mail about an NDA; the draft's 機密情報 clauses are not a classification stamp",
)

add(
    id="vet-059", expect="pass", charset="cp932",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["株式会社ポーズモバイル 受付 <yoyaku@paws-mobile.co.jp>"],
    subject="出張トリミング 1件追加のお願い",
    body=f"""ポーズモバイル ご予約ご担当様

お世話になっております。ひので動物病院の木下です。
1件追加でお願いできますでしょうか。

　飼い主：{_o(10)[0]} 様
　電話　：{_o(10)[3]}
　住所　：{_o(10)[5]}
　ワンちゃん：ぽん太（豆柴・7kg）
　ご希望：11/20（木）午後

ご本人には御社からご連絡が入る旨をお伝え済みです。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a single customer's contact details to the partner doing the job: may warn, must not hold",
)

add(
    id="vet-060", expect="pass", charset="utf-8",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=[f"{_o(15)[0]} <{_o(15)[6]}>"],
    subject="ベルちゃんの狂犬病予防注射 証明書",
    body=f"""{_o(15)[0]} 様

いつもありがとうございます。ひので動物病院 世田谷院の木下です。
ご依頼のあったベルちゃんの予防接種証明書（PDF）をお送りします。
ドッグランの入場受付などでご提示ください。
{SIG_SETAGAYA}
""",
    attachments=[{"kind": "pdf", "name": "vaccine_certificate_bell.pdf", "title": "予防接種証明書",
                  "lines": ["予防接種証明書", "",
                            f"飼い主：{_o(15)[0]} 様　{_o(15)[5]}",
                            "動物名：ベル　犬種：ビーグル　性別：メス　生年月日：2019年5月3日",
                            "マイクロチップ番号：392145000218764",
                            "狂犬病予防注射：2025年4月12日（注射済票 R7-世-08817）",
                            "混合ワクチン（8種）：2025年6月1日　ロット GX4471",
                            "", "ひので動物病院 世田谷院　獣医師 乾 嘉人"]}],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="the owner's own certificate to the owner; the birth date and chip number are the dog's",
)

add(
    id="vet-061", expect="pass", charset="iso-2022-jp",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=[f"{_o(1)[6]}"],
    subject="ご予約確定のお知らせ（予約番号 HF-251219-04）",
    body=f"""{_o(1)[0]} 様

このたびはペットホテルひので 二子玉川をご予約いただき、ありがとうございます。
以下の内容でご予約が確定しました。

予約番号：HF-251219-04
お預かり：12/19（金）18:00 〜 12/22（月）11:00
ワンちゃん：大福ちゃん（柴・12歳）
お部屋：シニア専用ルーム

大福ちゃんは糖尿病でインスリン注射（朝夕 2単位）が必要とのこと、承知しました。
当日はインスリンと注射器、いつものフードをお持ちください。
注射は動物看護師が担当いたします。
{SIG_HOTEL}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="booking confirmation to one customer; the diabetes and insulin are the dog's, not a person's",
)

add(
    id="vet-062", expect="pass", charset="utf-8",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会課 <enkai@sakura-hotel.jp>"],
    subject="12/6 獣医師向けセミナー 当社出席者",
    body="""さくらホテル 宴会課 ご担当様

お世話になっております。日の出産業 総務の秋月です。
12/6のセミナーに当社から出席する3名をお知らせします。
当日の緊急連絡先として携帯番号も記載しております。

　乾 嘉人（獣医師）　　090-3361-0087
　碓井 瑞穂（獣医師）　080-2217-6630
　真壁 慎吾（企画）　　090-5128-3374

お弁当は3名分でお願いいたします。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three attendees with mobile numbers to the venue: under five people",
)

_clinics = [("ひので動物病院 世田谷院", "東京都世田谷区用賀4-10-3", "03-5491-2270"),
            ("ひので動物病院 港北院", "神奈川県横浜市港北区日吉本町1-22-5", "045-563-1180"),
            ("ひので動物病院 三鷹院", "東京都三鷹市上連雀2-7-11", "0422-45-7702"),
            ("あさひ台どうぶつ病院", "東京都町田市旭町3-15-2", "042-721-6650"),
            ("すずかけ犬猫クリニック", "神奈川県相模原市南区相模大野5-30-8", "042-749-3312"),
            ("みなみ野アニマルホスピタル", "東京都八王子市みなみ野1-4-2", "042-637-9981"),
            ("たまがわ動物医療センター", "東京都大田区田園調布2-48-6", "03-5755-2231"),
            ("かもめ動物病院", "神奈川県横浜市中区本牧町2-311", "045-621-0875"),
            ("ひばりヶ丘ペットクリニック", "東京都西東京市ひばりが丘1-7-19", "042-438-5566"),
            ("はなみずき動物病院", "千葉県船橋市前原西2-14-1", "047-474-3208"),
            ("こぶし犬猫病院", "埼玉県さいたま市浦和区岸町4-25-12", "048-824-6617"),
            ("うみかぜ動物クリニック", "神奈川県藤沢市鵠沼海岸3-5-8", "0466-33-7719")]
add(
    id="vet-063", expect="pass", charset="cp932",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 商品部 <shohin@anshin-ssi.co.jp>"],
    subject="窓口精算対応 提携動物病院一覧（2025年12月版）",
    body="""あんしん少額短期保険
商品部 御中

お世話になっております。
窓口精算に対応している提携動物病院の一覧（12月版）をお送りします。
新たに2院（ひばりヶ丘、うみかぜ）が加わりました。

""" + "\n".join(f"{n:<16}{a:<26}{t}" for n, a, t in _clinics) + f"""

パンフレットへの掲載をよろしくお願いいたします。
{SIG_HOKEN}
""",
    entities=[],
    detectors=[],
    note="twelve clinics with their public addresses and switchboards: a list of businesses, not people",
)

add(
    id="vet-064", expect="pass", charset="iso-2022-jp",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["タウン誌こうほく 編集部 <henshu@townpress-kohoku.jp>"],
    subject="料金表の件（掲載用）",
    body=f"""タウン誌こうほく 編集部 御中

お世話になっております。Hinode Grooming 港北店の鶴見です。
1月号の掲載用に、最新の料金表をお送りします（税込）。

　犬種　　　　　　　　シャンプー　　カット
　-------------------------------------------
　チワワ・ヨーキー　　 4,950円　　　 7,700円
　トイ・プードル　　　 5,500円　　　 8,800円
　シー・ズー　　　　　 5,500円　　　 8,250円
　柴　　　　　　　　　 6,600円　　　 ―
　ゴールデン　　　　　11,000円　　　15,400円

オプション：歯みがき 550円／爪切りのみ 1,100円／炭酸泉 1,650円
ご予約TEL 045-560-3318（火曜定休）
{SIG_TRIM}
""",
    entities=[],
    detectors=[],
    note="a price list for publication",
)

add(
    id="vet-065", expect="pass", charset="utf-8",
    sender="経理 柚木 <m.yunoki@hinode-sangyo.co.jp>",
    to=["わんわんフーズ 経理部 <keiri@wanwan-foods.co.jp>"],
    subject="ご請求書送付（INV-2025-1104）",
    body=f"""わんわんフーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理課の柚木です。
10月分のサンプリング業務委託料のご請求書をお送りします。

請求書番号：INV-2025-1104
請求金額　：1,254,000円（税込、うち消費税 114,000円）
登録番号　：{HINODE_T}
お支払期限：2025年12月31日
お振込先　：みどり銀行 浜松町支店 普通 0187245 ヒノデサンギヨウ（カ

ご査収のほどよろしくお願いいたします。

柚木 真琴
日の出産業株式会社 経理課  TEL 03-6403-8720
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="an invoice: invoice number, the company's T-number and its own bank account",
)

add(
    id="vet-066", expect="pass", charset="utf-8",
    sender="Hinode Grooming 港北店 <h.tsurumi@hinode-sangyo.co.jp>",
    to=[f"{_o(2)[6]}"],
    subject="ご注文商品発送のお知らせ（注文番号 HG-WEB-008812）",
    body=f"""{_o(2)[0]} 様

Hinode Grooming オンラインショップをご利用いただきありがとうございます。
ご注文の商品を本日発送いたしました。

注文番号：HG-WEB-008812
商品　　：低刺激シャンプー 500ml ×2、スリッカーブラシ S ×1
配送業者：青葉運輸
お問い合わせ番号：4471-2093-8816
お届け予定：11月8日（土）午前中

配送状況は青葉運輸のWebサイトでお問い合わせ番号を入力するとご確認いただけます。
{SIG_TRIM}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="shipping notice to one customer with an order number and a 12-digit tracking number",
)

add(
    id="vet-067", expect="pass", charset="cp932",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["グルーミング資材センター 受注係 <order@groom-shizai.co.jp>"],
    subject="資材発注（港北店 11月）",
    body=f"""グルーミング資材センター 受注係 御中

いつもお世話になっております。港北店です。
以下発注いたします。

品番　　　　JANコード　　　　　品名　　　　　　　　　　数量
GS-2207　　4580112345607　　　薬用シャンプー 4L　　　　2
GS-3110　　4580112346413　　　トリートメント 4L　　　　2
GS-0581　　4901234567894　　　イヤークリーナー 250ml　6
GS-7720　　4580112349988　　　ペットシーツ ワイド 100枚　10

納品先：〒223-0061 横浜市港北区日吉2-3-8 Hinode Grooming 港北店
{SIG_TRIM}
""",
    entities=[],
    detectors=[],
    note="product codes and 13-digit JAN codes, a shop delivery address: no personal data",
)

add(
    id="vet-068", expect="pass", charset="iso-2022-jp",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["青葉運輸 ペット輸送課 <pet@aoba-unyu.co.jp>"],
    subject="Re: 12/27 送迎便 ルート表",
    body=f"""青葉運輸 ペット輸送課 沼田様

ご確認ありがとうございます。
2便の11:15と11:50は順番を入れ替えていただいて問題ございません。
当日もよろしくお願いいたします。

丹羽

> 丹羽様
> ルート表ありがとうございます。2便は道順の都合で11:50の方を先に伺いたいのですが
> よろしいでしょうか。
>
> > 1   08:30  {_o(0)[5]}  {_o(0)[3]}   1
> > 1   09:10  {_o(3)[5]}  {_o(3)[3]}   1（猫）
> > 1   09:40  {_o(8)[5]}  {_o(8)[3]}   2
> > 2   10:30  {_o(9)[5]}  {_o(9)[3]}   1（猫）
> > 2   11:15  {_o(1)[5]}  {_o(1)[3]}   1
> > 2   11:50  {_o(2)[5]}  {_o(2)[3]}   1
>
> 青葉運輸 沼田
""",
    entities=[],
    detectors=[],
    note="the only list is quoted from the partner's own reply ('>' lines): nothing new is disclosed",
)

add(
    id="vet-069", expect="pass", charset="utf-8",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["ペットホテル ひので 港北 <hotel-kohoku@hinode-sangyo.co.jp>"],
    cc=["真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>"],
    subject="年末年始 二子玉川→港北 振替のお客様一覧",
    body="""港北店の皆さん

お疲れさまです。二子玉川の丹羽です。
年末年始に港北店へ振り替えるお客様の一覧です。受付時の確認にお使いください。

""" + "\n".join(f"{o[0]}\t{o[3]}\t{o[6]}\t{o[7]}（{o[8]}）" for o in OWNERS[4:12]) + """

よろしくお願いします。
丹羽
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="customer list, but every recipient is internal",
)

_mn70 = my_number(202)
add(
    id="vet-070", expect="pass", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["人事 マイナンバー担当 <mynumber@hinode-sangyo.co.jp>"],
    subject="扶養追加に伴う個人番号の提出",
    body=f"""人事ご担当者様

世田谷院の木下です。
10月に出産した子を扶養に追加したく、個人番号をお知らせします。

　続柄：長女
　氏名：木下 陽葵（キノシタ ヒマリ）
　生年月日：2025年10月11日
　個人番号：{_mn70}

通知カードの写しは社内便でお送りします。よろしくお願いいたします。
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="My Number sent to the internal HR mailbox only",
)

add(
    id="vet-071", expect="pass", charset="cp932",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["すずかけ犬猫クリニック 院長 <info@suzukake-ah.jp>"],
    subject="症例検討会のご案内「猫の糖尿病と慢性腎臓病の併発管理」",
    body=f"""すずかけ犬猫クリニック
院長先生

いつもお世話になっております。日の出産業 ペット事業部の真壁です。
提携病院の先生方向けに、下記の症例検討会を開催いたします。

テーマ：猫の糖尿病と慢性腎臓病の併発管理 ―インスリン療法と食事療法の実際―
講師　：ひので動物病院 三鷹院 院長 百武 亘
日時　：2026年1月22日（木）20:00〜21:30（オンライン）
参加費：無料

ご参加の際は1/15までにご返信ください。
{SIG_PLAN}
""",
    entities=[],
    detectors=[],
    note="disease words in a seminar title, about animals, not about any person",
)

_lab = [["依頼No", "カルテNo", "動物名", "種", "年齢", "検体", "検査項目"]]
for k, (nm, sp) in enumerate([("ココ", "犬"), ("小太郎", "猫"), ("ルナ", "犬"), ("ミルク", "猫"),
                              ("ジャック", "犬"), ("福", "猫"), ("ナナ", "犬"), ("ミント", "猫")]):
    _lab.append([f"L25-{5501 + k}", f"C-{40012 + k * 97}", nm, sp, f"{3 + k}歳",
                 ["血清", "尿", "血清", "血清", "組織", "血清", "便", "尿"][k],
                 ["T4", "UPC", "SDMA", "fPLI", "病理組織", "SDMA", "PCRパネル", "尿沈渣"][k]])
add(
    id="vet-072", expect="pass", charset="utf-8",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["ベットラボジャパン 検体受付 <kentai@vetlab-japan.co.jp>"],
    subject="検査依頼 8件（11/10 集荷分）",
    body=f"""ベットラボジャパン 検体受付 御中

お世話になっております。ひので動物病院 世田谷院です。
本日集荷分の検査依頼一覧をお送りします。検体は冷蔵で出します。
{SIG_SETAGAYA}
""",
    attachments=[{"kind": "xlsx", "name": "検査依頼_20251110.xlsx",
                  "sheets": {"依頼一覧": [["外注検査依頼一覧 2025/11/10 ひので動物病院 世田谷院"], []] + _lab}}],
    entities=[],
    detectors=[],
    note="eight animals' samples and tests; no owner names or contact data, so no person is listed",
)

add(
    id="vet-073", expect="pass", charset="iso-2022-jp",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["クリーンシュレッド 営業部 <eigyo@clean-shred.co.jp>"],
    subject="機密文書溶解サービスのお見積り依頼",
    body="""クリーンシュレッド株式会社
営業部 御中

はじめてご連絡いたします。日の出産業株式会社 総務課の秋月と申します。
当社ペット事業部の動物病院3院で、保存期間を過ぎたカルテや伝票などの機密文書を
定期的に溶解処理したいと考えております。

・回収頻度：月1回（各院 保存箱 10〜15箱程度）
・回収先：世田谷区用賀、横浜市港北区日吉、三鷹市上連雀
・溶解証明書の発行を希望

お見積りをいただけますでしょうか。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=[],
    detectors=[],
    note="'機密文書' used in passing (a shredding quote), not a marking",
)

add(
    id="vet-074", expect="pass", charset="utf-8",
    sender="ひのでペット保険 お客様窓口 <pet-hoken@hinode-sangyo.co.jp>",
    to=["haruka.mizoguchi@gmail.com"],
    subject="お見積りのご案内（チョコちゃん）",
    body="""溝口 遥 様

このたびはひのでペット保険の資料をご請求いただき、ありがとうございます。
お伺いした内容でお見積りを作成しました。

　ペットのお名前：チョコ ちゃん
　種類　　　　　：キャバリア・キング・チャールズ・スパニエル
　生年月日　　　：2019年5月3日（6歳）
　プラン　　　　：ひので70（通院・入院・手術）
　月額保険料　　：4,380円（2025年12月1日始期の場合）

キャバリアは僧帽弁閉鎖不全症などの心臓病が多い犬種ですので、通院補償の
あるプランがおすすめです。お申込みはWebから10分ほどで完了します。

ひのでペット保険 お客様窓口  TEL 0120-226-118（平日9:00〜18:00）
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="quote to one prospect; the birth date and heart disease are the dog's",
)

add(
    id="vet-075", expect="pass", charset="cp932",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["若葉市 生活衛生課 <seikatsu-eisei@city.wakaba.lg.jp>"],
    subject="犬の登録事項変更（所在地変更）の代行届出",
    body=f"""若葉市 生活衛生課 ご担当者様

お世話になっております。ひので動物病院です。
飼い主様からご依頼を受け、犬の所在地変更の届出を代行いたします。

　飼い主　　：{_o(20)[0]}
　新住所　　：若葉市本町2-8-14
　旧住所　　：{_o(20)[5]}
　犬の名前　：さくら（マルチーズ・メス）
　鑑札番号　：R03-船-004127
　マイクロチップ：392148001194506

必要書類がございましたらお知らせください。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one owner's registration change; chip and 鑑札 numbers identify the dog, not an ID document",
)

add(
    id="vet-076", expect="pass", charset="utf-8",
    sender="情報システム 安曇 <k.azumi@hinode-sangyo.co.jp>",
    to=["ツバサシステム 葛城様 <katsuragi@tsubasa-system.jp>"],
    cc=["川崎電機 IoT事業部 辻本様 <tsujimoto@kawasaki-denki.co.jp>"],
    subject="ペットカメラ連携 三者打合せの日程",
    body="""葛城様、辻本様

お世話になっております。日の出産業の安曇です。
ペットホテルの見守りカメラと予約システムの連携について、三者で打合せをさせて
ください。候補日は以下のとおりです。

　①12/2（火）14:00〜15:00
　②12/4（木）10:00〜11:00
　③12/5（金）16:00〜17:00

会場は当社浜松町本社8F会議室、またはTeamsでも結構です。

安曇 圭
日の出産業株式会社 情報システム課  TEL 03-6403-8790
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two partner organisations in To/Cc",
)

add(
    id="vet-077", expect="pass", charset="iso-2022-jp",
    sender="Hinode Grooming 港北店 <h.tsurumi@hinode-sangyo.co.jp>",
    to=["wakana.minato@docomo.ne.jp"],
    subject="Re: パピヨンのカット料金について",
    body=f"""湊 様

お問い合わせありがとうございます。Hinode Grooming 港北店の鶴見です。
パピヨン（3kg前後）の場合、シャンプーコース 5,500円、カットコース 8,250円（税込）です。
初回は毛玉の状態を見てからのご案内になりますので、+1,100円程度かかる場合があります。

ご予約はお電話かWebからお願いいたします。
{SIG_TRIM}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="answer to one customer's question on her carrier mail address",
)

add(
    id="vet-078", expect="pass", charset="utf-8",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["ペットショップ こもれび 店長 <tencho@komorebi-pet.jp>"],
    subject="迷子ポスター掲示のお願い",
    body=f"""ペットショップこもれび 店長様

お世話になっております。ひので動物病院の木下です。
当院の患者さんの猫ちゃんが迷子になっており、飼い主様のご希望でポスターの掲示を
お願いできればと思いご連絡しました。ポスターの文面は以下です。

――――――――――――――――――――
　探しています！　三毛猫「福」（メス・5歳）
　11月3日夜、三鷹市下連雀7丁目付近でいなくなりました。
　赤い首輪、右耳に小さな切れ込みがあります。
　見かけた方は飼い主　波多腰（はたこし）まで
　　TEL　090-1147-9952
――――――――――――――――――――

印刷したものを明日お持ちします。どうぞよろしくお願いいたします。
{SIG_SETAGAYA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one owner's lost-cat poster with her phone, published at her request",
)

add(
    id="vet-079", expect="pass", charset="iso-2022-jp",
    sender="ひので動物病院 世田谷院 <vet-setagaya@hinode-sangyo.co.jp>",
    to=["ひので動物病院 世田谷院 <vet-setagaya@hinode-sangyo.co.jp>"],
    bcc=[o[6] for o in OWNERS[:30]],
    subject="【ひので動物病院】年末年始の診療時間のお知らせ",
    body="""飼い主の皆さま

いつもひので動物病院 世田谷院をご利用いただきありがとうございます。
年末年始の診療時間をお知らせいたします。

　12/29（月）〜12/30（火）　9:00〜12:00（午前のみ）
　12/31（水）〜1/3（土）　 休診（急患は夜間救急センターへ）
　1/4（日）より通常診療

お薬やフードのご用意はお早めにお願いいたします。

ひので動物病院 世田谷院  TEL 03-5491-2270
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="mass notice with all customers in Bcc (To is the clinic itself): done right",
)

add(
    id="vet-080", expect="pass", charset="utf-8",
    sender="Shingo Makabe <s.makabe@hinode-sangyo.co.jp>",
    to=["Tom Whitaker <tom.w@heritage-petfood.co.uk>"],
    subject="RE: Shipment HPF-JP-0412 ETA",
    body=f"""Hi Tom,

Thanks for the update. We have noted the new ETA at Yokohama of 9 December
(vessel ONE Harmony, container TGHU 7724318). Our forwarder will arrange customs
clearance; the import licence number for the quarantine office is the same as last time.

Could you send the certificate of analysis for lot 25-311 before the vessel arrives?

Best regards,
Shingo
{SIG_PLAN}
{DISCLAIMER_EN}
""",
    entities=[],
    detectors=[],
    note="English supplier mail with container/lot numbers and the standard confidentiality disclaimer",
)

add(
    id="vet-081", expect="pass", charset="cp932",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 大迫様 <osako@nishiki-insatsu.co.jp>"],
    subject="2026年カレンダー 色校の戻し",
    body=f"""大迫様

お世話になっております。真壁です。
カレンダーの色校、拝見しました。修正は以下の3点です。

・3月：写真のクレジット「撮影協力：ココちゃん（トイ・プードル）」の位置を右下へ
・7月：「海の日」の赤字が抜けています
・12月：背景の青を少し明るく

明日の午前中に携帯（090-5128-3374）へお電話いただければ、細かい点をお伝えします。
{SIG_PLAN}
""",
    entities=[],
    detectors=[],
    note="print proof corrections; the only phone number is the sender's own",
)

add(
    id="vet-082", expect="pass", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["あんしん少額短期保険 損害調査 <chousa@anshin-ssi.co.jp>"],
    subject="保険金請求 CL-25110519 審査依頼",
    body=f"""損害調査ご担当 様

お世話になっております。下記の請求について審査をお願いいたします。

　請求番号：CL-25110519
　証券番号：HP-402655
　契約者　：{_o(34)[0]} 様（連絡先 {_o(34)[3]}）
　ペット　：ぷりん（トイ・プードル・4歳）
　傷病名　：異物誤飲（靴下）
　内容　　：11/2 内視鏡による摘出、1泊入院
　請求額　：97,350円

診療明細書と領収書の写しは請求システムにアップロード済みです。
{SIG_HOKEN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one policyholder's claim; the diagnosis is the dog's, not sensitive data of a person",
)

add(
    id="vet-083", expect="pass", charset="iso-2022-jp",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["おでかけワンコ編集部 <edit@odekake-wanko.jp>"],
    subject="店舗情報（掲載用）",
    body=f"""おでかけワンコ編集部 御中

お世話になっております。日の出産業 ペット事業部の真壁です。
ご依頼いただいた当社ペット関連店舗の情報をお送りします。

■ペットホテル ひので 二子玉川　東京都世田谷区玉川3-12-8　03-3707-5524
■ペットホテル ひので 港北　　　横浜市港北区日吉2-3-8 2F　045-560-3320
■Hinode Grooming 港北店　　　　横浜市港北区日吉2-3-8 1F　045-560-3318
■Hinode Grooming 吉祥寺店　　　東京都武蔵野市吉祥寺南町1-9-4　0422-41-6612
■ひので動物病院 世田谷院　　　　東京都世田谷区用賀4-10-3　03-5491-2270
■ひので動物病院 三鷹院　　　　　東京都三鷹市上連雀2-7-11　0422-45-7702

写真は別途ギガファイル便でお送りします。
{SIG_PLAN}
""",
    entities=[],
    detectors=[],
    note="a list of the company's own shops with their public numbers: businesses, not people",
)

add(
    id="vet-084", expect="pass", charset="utf-8",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["ベネフィットワン福利厚生 提携担当 <teikei@fukuri-plus.co.jp>"],
    subject="会員優待 料金表（2026年度）",
    body=f"""福利厚生プラス ご提携担当 様

お世話になっております。ペットホテルひのでの丹羽です。
2026年度の会員優待料金表を添付いたします。シートは店舗別です。
{SIG_HOTEL}
""",
    attachments=[{"kind": "xlsx", "name": "優待料金表_2026.xlsx",
                  "sheets": {
                      "二子玉川": [["ペットホテルひので 二子玉川 会員優待料金（1泊・税込）"], [],
                                ["サイズ", "通常料金", "優待料金"], ["猫", 4400, 3960],
                                ["小型犬", 5500, 4950], ["中型犬", 7150, 6430],
                                ["大型犬", 9900, 8910]],
                      "港北": [["ペットホテルひので 港北 会員優待料金（1泊・税込）"], [],
                             ["サイズ", "通常料金", "優待料金"], ["猫", 4180, 3760],
                             ["小型犬", 5280, 4750], ["中型犬", 6820, 6140]]}}],
    entities=[],
    detectors=[],
    note="XLSX price list, several sheets",
)

add(
    id="vet-085", expect="pass", charset="cp932",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["関東ペット保険代理店 営業推進 <suishin@pet-agency-kanto.co.jp>"],
    subject="重要事項説明書（2026年4月版）",
    body=f"""関東ペット保険代理店
営業推進ご担当 様

お世話になっております。
4月始期契約から使用する重要事項説明書のPDFをお送りします。
既往症・先天性疾患の取扱いの記載を一部変更しています。
{SIG_HOKEN}
""",
    attachments=[{"kind": "pdf", "name": "juyo_jiko_202604.pdf", "title": "重要事項説明書",
                  "lines": ["ひのでペット保険 重要事項説明書（2026年4月版）", "",
                            "1. 補償の対象：ご契約のペットが被った病気・ケガの治療費",
                            "2. 補償の対象外：契約前に発症していた病気（既往症）、先天性疾患、",
                            "   予防接種・健康診断・去勢避妊手術の費用",
                            "3. 告知義務：ペットの健康状態について事実を告知してください。",
                            "4. 保険料の払込：口座振替またはクレジットカード払い"]}],
    entities=[],
    detectors=[],
    note="policy wording about pets' illnesses and pre-existing conditions: no person involved",
)

add(
    id="vet-086", expect="pass", charset="iso-2022-jp",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>"],
    cc=["ペットホテル 二子玉川 <hotel-futako@hinode-sangyo.co.jp>"],
    subject="榎本様 ココちゃんの長期お預かりについて（共有）",
    body=f"""木下さん

お疲れさまです。丹羽です。
{_o(0)[0]}様が乳がんの手術で来週から入院されるため、ココちゃんを1か月ほど
お預かりすることになりました。抗がん剤治療中は体調が不安定とのことなので、
ご本人への連絡はショートメール中心でお願いします。

ココちゃんの皮膚炎の薬はそちらで処方をお願いできますか。
丹羽
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a customer's illness discussed between colleagues: all recipients internal",
)

_c87 = card_number(103)
add(
    id="vet-087", expect="pass", charset="utf-8",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=[f"{_o(6)[0]} <{_o(6)[6]}>"],
    subject="Re: 予約金のお支払いについて",
    body=f"""{_o(6)[0]} 様

ご連絡ありがとうございます。ペットホテルひのでの丹羽です。
お送りいただいたカード情報については、メールでのお取り扱いができないため
当方で削除いたしました。お手数ですが、お電話（03-3707-5524）でお伝えいただくか、
ご来店時にお支払いいただけますでしょうか。

どうぞよろしくお願いいたします。
{SIG_HOTEL}

On 2025/11/24 21:08, {_o(6)[0]} <{_o(6)[6]}> wrote:
> 丹羽様
> 年末の予約金をカードで払いたいのでお送りします。
> カード番号 {_c87}  有効期限 03/29
> 住所 〒{_o(6)[4]} {_o(6)[5]}
> よろしくお願いします。
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="the card number is only in the customer's own quoted text ('On ... wrote:'): she already has it",
)

add(
    id="vet-088", expect="pass", charset="cp932",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["日本トリミング協会 研修センター <kenshu@jp-trimming.or.jp>"],
    subject="JKT技術研修 受講者登録（4名）",
    body="""日本トリミング協会 研修センター 御中

お世話になっております。日の出産業株式会社 総務課の秋月です。
1月の技術研修に、当社から以下4名の受講を申し込みます。

　1. 鶴見 ひかり（ツルミ ヒカリ）　 080-6211-3457　h.tsurumi@hinode-sangyo.co.jp
　2. 宇良 美咲（ウラ ミサキ）　　　 090-4408-1922　m.ura@hinode-sangyo.co.jp
　3. 鴇田 玲（トキタ レイ）　　　　 070-1140-9952　r.tokita@hinode-sangyo.co.jp
　4. 汐見 柚（シオミ ユズ）　　　　 080-6603-1127　y.shiomi@hinode-sangyo.co.jp

受講料の請求書は総務課 秋月宛てでお願いいたします。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four trainees with mobiles and work mail to the training body: under the five-person line",
)

add(
    id="vet-089", expect="pass", charset="utf-8",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["東和動物薬品 世田谷営業所 <setagaya@towa-doyaku.co.jp>"],
    subject="ワクチン在庫・ロット一覧（返品相談）",
    body=f"""東和動物薬品 世田谷営業所 御中

お世話になっております。ひので動物病院です。
期限の近いワクチンの返品についてご相談です。在庫とロットの一覧をCSVで添付します。
{SIG_SETAGAYA}
""",
    attachments=[{"kind": "csv", "name": "vaccine_stock_20251120.csv", "encoding": "utf-8",
                  "rows": [["商品コード", "品名", "ロット", "使用期限", "在庫数"],
                           ["VC-5D-10", "犬5種混合 10ds", "GX4471", "2026/01/31", "3"],
                           ["VC-8D-10", "犬8種混合 10ds", "GX4520", "2026/02/28", "2"],
                           ["VC-3F-10", "猫3種混合 10ds", "FL2208", "2025/12/31", "4"],
                           ["VC-RB-10", "狂犬病 10ds", "RB0911", "2026/03/31", "6"],
                           ["VC-5F-10", "猫5種混合 10ds", "FL2251", "2026/01/15", "1"]]}],
    entities=[],
    detectors=[],
    note="CSV of vaccine lots and expiry dates: dates that are not birth dates, no people",
)

add(
    id="vet-090", expect="pass", charset="iso-2022-jp",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["青葉運輸 東京支店 ペット便 <petbin@tokyo.aoba-unyu.co.jp>"],
    subject="1/4 お戻し便のお願い",
    body=f"""青葉運輸 東京支店 ペット便ご担当様

お世話になっております。ペットホテルひので 二子玉川です。
1/4（日）のお戻し便（4件）をお願いいたします。ルート表は1/2にお送りします。
出発は二子玉川店 10:00 でお願いします。
{SIG_HOTEL}
""",
    entities=[],
    detectors=[],
    note="a subdomain of the partner aoba-unyu.co.jp: a real partner address, not a look-alike",
)

add(
    id="vet-091", expect="pass", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["コールセンター 保険窓口 <hoken-cc@mail.hinode-sangyo.co.jp>"],
    subject="【要架電】書類不備のお客様 7名",
    body="""コールセンターの皆さま

お疲れさまです。保険金支払チームの早乙女です。
請求書類に不備があり、郵送でのご案内に反応がないお客様です。
今週中に架電をお願いします。

契約者\t電話\t不備内容
""" + "\n".join(f"{o[0]}\t{o[3]}\t{r}" for o, r in zip(
        OWNERS[14:21], ["領収書原本なし", "診療明細の日付不一致", "口座名義相違", "押印漏れ",
                        "領収書原本なし", "診断書なし", "請求書の記載漏れ"])) + f"""

{SIG_HOKEN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=[],
    note="seven customers with phones, but the recipient is on an internal subdomain",
)

add(
    id="vet-092", expect="pass", charset="cp932",
    sender="総務 秋月 <y.akizuki@hinode-sangyo.co.jp>",
    to=["ペットキャリア 紹介事業部 谷地様 <yachi@pet-career.jp>"],
    subject="求人票（獣医師・三鷹院）",
    body="""ペットキャリア株式会社
谷地様

お世話になっております。日の出産業 総務の秋月です。
三鷹院の獣医師募集について、求人票の内容をお送りします。

職種：獣医師（一般診療・外科）
勤務地：ひので動物病院 三鷹院
給与：月給40万円〜65万円（経験による）
休日：週休2日（シフト制）、年間休日115日
福利厚生：社会保険完備、学会参加費補助、ペット医療費補助、健康診断（年1回）
応募書類：履歴書・職務経歴書・獣医師免許証の写し

よろしくお願いいたします。

秋月 陽子
日の出産業株式会社 総務課  TEL 03-6403-8702
""",
    entities=[],
    detectors=[],
    note="job posting; health-check and licence words describe the job, not a person",
)

add(
    id="vet-093", expect="pass", charset="utf-8",
    sender="情報システム 安曇 <k.azumi@hinode-sangyo.co.jp>",
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【障害報告】予約確定メールが二重送信される",
    body="""ツバサシステム サポートご担当者様

日の出産業 情報システム課の安曇です。
ペットホテル予約システムで、予約確定メールが二重に送信される事象が発生しています。

発生日時：2025/11/18 10:02〜10:47
対象予約：HF-251118-02、HF-251118-05、HF-251118-11
ログ抜粋：
  2025-11-18T10:02:13+09:00 INFO  mail.send reservation=HF-251118-02 to=0901234**** status=250
  2025-11-18T10:02:13+09:00 WARN  retry queued reservation=HF-251118-02 attempt=2
  2025-11-18T10:02:14+09:00 INFO  mail.send reservation=HF-251118-02 to=0901234**** status=250

再送キューの設定を確認いただけますでしょうか。

安曇 圭
日の出産業株式会社 情報システム課  TEL 03-6403-8790
""",
    entities=[],
    detectors=[],
    note="bug report with reservation IDs and masked numbers only",
)

add(
    id="vet-094", expect="pass", charset="iso-2022-jp",
    sender="木下 奈緒 <n.kinoshita@hinode-sangyo.co.jp>",
    to=["ペットショップ こもれび 店長 <tencho@komorebi-pet.jp>"],
    subject="【自主回収】療法食の一部ロットについて",
    body=f"""ペットショップこもれび 店長様

お世話になっております。ひので動物病院の木下です。
当院でも取り扱っている療法食について、メーカーから自主回収の連絡がありました。

対象：腎臓サポート（猫用）500g　ロット KR2509A〜KR2509D
理由：ビタミンDの過剰配合の可能性（長期給与で健康被害のおそれ）

御店で同ロットをお持ちでしたら、販売を中止していただけますでしょうか。
返品方法はメーカーから追って案内があるそうです。
{SIG_SETAGAYA}
""",
    entities=[],
    detectors=[],
    note="product recall: 健康被害 refers to cats eating a product, not to any person",
)

add(
    id="vet-095", expect="pass", charset="utf-8",
    sender="早乙女 司 <t.saotome@hinode-sangyo.co.jp>",
    to=["ペット産業新聞 記者 諸岡様 <morooka@petsangyo-shimbun.jp>"],
    subject="取材の件：請求の多い傷病ランキング",
    body=f"""諸岡様

お世話になっております。ひのでペット保険の早乙女です。
先日の取材でお話しした、2024年度の保険金請求件数の多い傷病です（件数は概数）。

犬：1位 外耳炎（4,120件）2位 皮膚炎（3,870件）3位 胃腸炎（2,960件）
猫：1位 膀胱炎（1,540件）2位 慢性腎臓病（1,210件）3位 嘔吐（980件）

記事化の際は「ひのでペット保険調べ」と記載いただけますと幸いです。
{SIG_HOKEN}
""",
    entities=[],
    detectors=[],
    note="aggregate claim statistics: diseases of animals, no individuals",
)

add(
    id="vet-096", expect="pass", charset="cp932",
    sender="真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>",
    to=["わんわんフーズ 営業部 西郷様 <saigo@wanwan-foods.co.jp>"],
    subject="RE: 12/10 工場見学の参加者について",
    body=f"""西郷様

お世話になっております。真壁です。
参加者リストをお送りいただきありがとうございます。内容確認いたしました。
当日は8:45に本社ロビーで皆さんをお待ちしております。

真壁

-----Original Message-----
差出人: 西郷 隆之介 <saigo@wanwan-foods.co.jp>
送信日時: 2025年11月28日 17:12
宛先: 真壁 慎吾 <s.makabe@hinode-sangyo.co.jp>
件名: 12/10 工場見学の参加者について

真壁様

工場見学の参加者（弊社側）は以下の5名です。
当日の連絡先として携帯を記載します。

西郷 隆之介　090-2281-7745
蔦谷 千晴　　080-3390-1206
伊集院 航　　070-5547-8813
曽我部 梢　　090-6618-2290
八重樫 慎　　080-7720-4451

よろしくお願いいたします。
""",
    entities=[],
    detectors=[],
    note="the five-person list sits only under -----Original Message----- from the recipient's own company",
)

add(
    id="vet-097", expect="pass", charset="utf-8",
    sender="Nao Kinoshita <n.kinoshita@hinode-sangyo.co.jp>",
    to=["Service Team <service.apac@vetimaging-systems.com>"],
    subject="Service request - ultrasound unit S/N 301245778102",
    body=f"""Dear Service Team,

Our ultrasound unit (model VX-70, serial number 301245778102, installed 2022-03-15)
shows a probe error E-214 since 12 November. Contract number: SC-JP-00418.

Could you arrange an engineer visit to Hinode Animal Hospital Setagaya,
4-10-3 Yoga, Setagaya-ku, Tokyo, this month?

Kind regards,
Nao Kinoshita
Hinode Animal Hospital, Setagaya  |  +81 3-5491-2270
""",
    entities=[],
    detectors=[],
    note="a 12-digit serial number and install date: look like a licence number / DOB but are not",
)

# ======================================================================================
# EITHER — honestly arguable
# ======================================================================================

add(
    id="vet-098", expect="either", charset="iso-2022-jp",
    sender="鶴見 ひかり <h.tsurumi@hinode-sangyo.co.jp>",
    to=["ヘルプトリマー 三ツ矢様 <mitsuya@help-trimmer.jp>"],
    subject="明日のヘルプ分 担当表",
    body=f"""三ツ矢さん

明日はヘルプに入っていただきありがとうございます。港北店の鶴見です。
三ツ矢さんにお願いする分の担当表です。

　10:00　四方田様　モカ（チワワ）　シャンプー
　10:30　能登谷様　きなこ（ポメ）　カット　※足先短めに
　11:30　仙波様　　ハナ（ラブ）　　シャンプー
　13:00　湊様　　　エル（パピヨン）カット
　14:30　皆川様　　てつ（シュナ）　カット　※眉毛は残す
　15:30　新発田様　ぷりん（トイプー）カット

よろしくお願いします！
{SIG_TRIM}
""",
    entities=["PERSON_NAME"],
    detectors=[],
    note="six owners' surnames with pets and slots, no contact data, to a freelance groomer: arguable",
)

add(
    id="vet-099", expect="either", charset="utf-8",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["ペットシッター ぬくもり 代表 <info@nukumori-sitter.jp>"],
    subject="猫のお世話のご依頼（相良様）",
    body=f"""ペットシッターぬくもり 代表様

お世話になっております。ペットホテルひのでの丹羽です。
当店では猫の長期お預かりが難しいため、シッターさんをご紹介させてください。

{_o(28)[0]}様（{_o(28)[3]}）から、ご自宅でのおもちちゃん（マンチカン）のお世話の
ご依頼です。ご本人が妊娠中で、トキソプラズマの心配からトイレ掃除を控えるよう
言われているとのことで、12月〜3月の間、週3回のトイレ掃除と遊び相手をお願いしたい
そうです。

ご本人に直接ご連絡いただいて構わないとのことです。
{SIG_HOTEL}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer's pregnancy: health data or not? a careful officer could judge either way",
)

add(
    id="vet-100", expect="either", charset="cp932",
    sender="丹羽 涼子 <r.niwa@hinode-sangyo.co.jp>",
    to=["ペットタクシーひかり 配車 <haisha@pet-taxi-hikari.jp>"],
    subject="送迎のお願い（12/5 巽様）",
    body=f"""ペットタクシーひかり 配車ご担当様

いつもありがとうございます。丹羽です。
12/5（金）9:30にお迎えをお願いします。

お客様：{_o(30)[0]}様（{_o(30)[3]}）
ご住所：{_o(30)[5]}
猫ちゃん：タマ（14歳）

巽様はご高齢で足腰が少し弱っていらっしゃるので、キャリーはお部屋の中まで
取りに伺っていただけると助かります。
{SIG_HOTEL}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="one customer's address plus 'elderly, weak legs': a vague frailty remark, not clearly health data",
)
