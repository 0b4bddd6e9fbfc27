"""Blind evaluation corpus, area kenshujo: mail sent from Hinode Sangyo's residential training centre (富士裾野研修センター) about room bookings, catering, participant arrivals, outside instructors, facility maintenance and bus charters. Written blind from BRIEF.md (with build.py's message format and SPEC.md's names) without reading mailguard's code or any other corpus."""

from build import card_number, my_number

SEED = 54001

_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s):
    return s.translate(_ZEN)


def _dash4(n):
    return "-".join(n[i:i + 4] for i in range(0, len(n), 4))


def _sp(n):
    return f"{n[:4]} {n[4:8]} {n[8:12]}" + (f" {n[12:]}" if len(n) > 12 else "")


_SIG_SAOTOME = """\
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部
富士裾野研修センター 受付・予約担当
早乙女 由佳（さおとめ ゆか）
〒410-1192 静岡県裾野市須山字東原3051-2
TEL 055-998-4120（代）　FAX 055-998-4129
saotome.yuka@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

_SIG_GONDO = """\
--
日の出産業（株） 富士裾野研修センター 施設管理
権藤 誠司
TEL 055-998-4123 ／ 施設管理携帯 080-3317-0462
〒410-1192 静岡県裾野市須山字東原3051-2"""

_SIG_MITSUGI = """\
----------------------------------
日の出産業株式会社
人事部 富士裾野研修センター 運営グループ
三ツ木 亮  Ryo Mitsugi
TEL: 055-998-4121  Mobile: 070-5582-1936
mitsugi.ryo@hinode-sangyo.co.jp
----------------------------------"""

_SIG_ONIZUKA = """\
日の出産業株式会社
人事部 人材開発課　鬼塚 麻衣
〒141-0022 東京都品川区東五反田3-18-7 日の出五反田ビル8F
TEL 03-5791-2260 ／ FAX 03-5791-2269"""

_DISC_JA = """\
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

_DISC_EN = """\
This e-mail and any attachments may contain confidential information. If you are
not the intended recipient, please notify the sender immediately and delete this
e-mail. Any unauthorised copying, disclosure or distribution is prohibited."""

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "kenshujo-001",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 給食課 <susono-kyushoku@kitaguni-foods.co.jp>"],
        "subject": "【食数連絡】10/19(月)～10/23(金) 新任管理職研修",
        "body": """\
北国フーズ株式会社 裾野事業所
給食課 ご担当者様

いつもお世話になっております。
日の出産業 富士裾野研修センターの早乙女です。

標記研修の食数が確定しましたので、ご連絡いたします。

　日付　　　　朝食　昼食　夕食　備考
　------------------------------------------------
　10/19(月)　　 -　　 38　　 41　講師3名含む（夕食）
　10/20(火)　　41　　 41　　 41
　10/21(水)　　41　　 41　　 44　懇親会（夕食は大食堂ビュッフェ）
　10/22(木)　　41　　 41　　 41
　10/23(金)　　41　　 38　　 -
　------------------------------------------------
　合計　　　　164　　199　　208

・アレルギー対応食は今回ございません（事前アンケートで該当なし）。
・10/21の懇親会は、ソフトドリンク中心でお願いします（アルコールは1人2杯まで）。
・弁当への切り替えはありません。

変更があれば前々日15時までにご連絡します。
よろしくお願いいたします。

""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meal counts per day to the partner caterer: statistics, no person's data",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "kenshujo-002",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 三島 宿泊予約 <reserve-mishima@sakura-hotel.jp>"],
        "subject": "11月 若手社員研修 ルーミングリスト送付の件",
        "body": """\
さくらホテル三島 宿泊予約ご担当 様

いつも大変お世話になっております。
日の出産業の早乙女でございます。

11/9（月）～11/12（木）の若手社員フォローアップ研修につきまして、
研修センターの客室が改修工事で不足するため、先日お願いしました18室分の
ルーミングリストを添付にてお送りいたします。

・シート「ルーミング」：部屋割り（氏名・フリガナ・性別・所属・携帯番号）
・シート「到着予定」：チェックイン予定時刻

チェックインは各自ですが、遅着の者がおりましたら携帯番号へご連絡ください。
ご確認のほどよろしくお願いいたします。

""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "xlsx",
                "name": "rooming_list_1109-1112.xlsx",
                "sheets": {
                    "ルーミング": [
                        ["日の出産業 若手社員フォローアップ研修 ルーミングリスト（さくらホテル三島）"],
                        [],
                        ["No", "氏名", "フリガナ", "性別", "所属", "携帯", "部屋タイプ"],
                        [1, "五百旗頭 翔", "イオキベ ショウ", "男", "営業本部 東日本営業部", "090-4418-2763", "シングル"],
                        [2, "小鳥遊 美咲", "タカナシ ミサキ", "女", "経理部", "080-2957-6104", "シングル"],
                        [3, "百目鬼 拓真", "ドウメキ タクマ", "男", "生産技術部", "070-1846-3390", "シングル"],
                        [4, "蓮見 彩花", "ハスミ アヤカ", "女", "品質保証部", "090-7730-5128", "シングル"],
                        [5, "仲宗根 健吾", "ナカソネ ケンゴ", "男", "物流部", "080-6602-1475", "シングル"],
                        [6, "月見里 遥", "ヤマナシ ハルカ", "女", "人事部", "090-3381-9046", "シングル"],
                        [7, "砂原 颯太", "スナハラ ソウタ", "男", "情報システム部", "070-4465-2817", "シングル"],
                        [8, "日下部 真央", "クサカベ マオ", "女", "営業本部 西日本営業部", "080-9127-3360", "シングル"],
                        [9, "帯刀 隼人", "タテワキ ハヤト", "男", "購買部", "090-5206-7743", "シングル"],
                        [10, "鶴見 千尋", "ツルミ チヒロ", "女", "総務部", "080-1394-8852", "シングル"],
                        [11, "瀬戸口 大和", "セトグチ ヤマト", "男", "生産管理部", "090-6648-0219", "シングル"],
                        [12, "栗栖 詩織", "クリス シオリ", "女", "法務部", "070-3012-5586", "シングル"],
                        [13, "稗田 航", "ヒエダ ワタル", "男", "設計開発部", "080-4471-6630", "シングル"],
                        [14, "芦田 菜々子", "アシダ ナナコ", "女", "広報室", "090-8835-1207", "シングル"],
                        [15, "兵頭 陸", "ヒョウドウ リク", "男", "海外事業部", "070-7754-9921", "シングル"],
                        [16, "真壁 結衣", "マカベ ユイ", "女", "経営企画部", "080-3368-4415", "シングル"],
                        [17, "粟津 蒼", "アワヅ アオイ", "男", "営業本部 中部営業部", "090-1129-6678", "シングル"],
                        [18, "薬師寺 凛", "ヤクシジ リン", "女", "カスタマーサポート部", "080-5590-3042", "シングル"],
                    ],
                    "到着予定": [
                        ["氏名", "チェックイン予定", "備考"],
                        ["五百旗頭 翔", "18:30", ""],
                        ["小鳥遊 美咲", "19:00", ""],
                        ["百目鬼 拓真", "21:40", "新幹線最終近く"],
                        ["兵頭 陸", "22:15", "遅着"],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "rooming list of 18 participants with mobile numbers in an XLSX to the partner hotel: a list of people",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "kenshujo-003",
        "charset": "iso-2022-jp",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["富士見観光バス 営業所 <eigyo@fujimi-kanko-bus.co.jp>"],
        "subject": "貸切バス手配のお願い（12/7 三島駅→研修センター）",
        "body": """\
富士見観光バス株式会社
裾野営業所 御中

お世話になっております。日の出産業 研修センターの三ツ木です。
下記のとおり貸切バスの手配をお願いできますでしょうか。

■運行日　　2026年12月7日（月）
■行程　　　三島駅北口 8:40発 → 富士裾野研修センター 9:30着（片道）
■車両　　　大型1台（正席45名）
■人数　　　参加者41名＋引率1名（荷物：スーツケース各自1個）
■引率者　　人材開発課 楢崎 智宏（当日携帯 090-2284-6157）
■請求先　　日の出産業株式会社 人事部 人材開発課（従来どおり）

北口ロータリーの乗降場所は、前回と同じ観光バス乗降場を想定しております。
お見積りを頂戴できましたら社内決裁を回します。

以上、よろしくお願いいたします。

""" + _SIG_MITSUGI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bus charter request with one escort's mobile number: one person's contact, ordinary business",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "kenshujo-004",
        "charset": "cp932",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["富士見観光バス 配車係 <haisha@fujimi-kanko-bus.co.jp>"],
        "subject": "RE: 乗車名簿のご提出について（12/7運行分）",
        "body": """\
富士見観光バス 配車係 御中

お世話になっております。日の出産業の三ツ木です。
旅客保険のための乗車名簿とのことで、取り急ぎ本文に貼り付けます。
（残りの方は確定次第お送りします）

No  氏名            ﾌﾘｶﾞﾅ               年齢  緊急連絡先（本人携帯）
--  --------------  ------------------  ----  ----------------------
 1  勅使河原 優斗   ﾃｼｶﾞﾜﾗ ﾕｳﾄ          24    090-6173-2048
 2  東海林 さくら   ｼｮｳｼﾞ ｻｸﾗ           23    080-4429-7715
 3  御手洗 康平     ﾐﾀﾗｲ ｺｳﾍｲ           26    070-2280-5463
 4  宇佐美 琴音     ｳｻﾐ ｺﾄﾈ             23    090-9914-3306
 5  甲斐 蓮         ｶｲ ﾚﾝ               25    080-7036-1189
 6  比嘉 美月       ﾋｶﾞ ﾐﾂｷ             24    070-8852-4470
 7  神保 悠真       ｼﾞﾝﾎﾞ ﾕｳﾏ           27    090-3045-6621
 8  皆川 杏奈       ﾐﾅｶﾞﾜ ｱﾝﾅ           23    080-2217-9954

引率：楢崎（090-2284-6157）

よろしくお願いいたします。

""" + _SIG_MITSUGI + """

-----Original Message-----
From: 配車係 <haisha@fujimi-kanko-bus.co.jp>
Sent: Monday, November 30, 2026 10:12 AM
Subject: 乗車名簿のご提出について（12/7運行分）

日の出産業 三ツ木様
12/7運行分につき、旅客名簿（氏名・年齢・緊急連絡先）のご提出をお願いいたします。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "passenger list of 8 participants (name, age, mobile) pasted as padded columns in new text to a bus company",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "kenshujo-005",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["堀之内 様 <horinouchi.k@gmail.com>"],
        "subject": "11/17 ファシリテーション研修 ご登壇の最終確認",
        "body": """\
堀之内 恵子 先生

いつもお世話になっております。日の出産業 人材開発課の鬼塚でございます。
11/17（火）のファシリテーション研修につきまして、最終確認のご連絡です。

1. 会場：富士裾野研修センター 第2研修室（スクール形式→島型4名×8島に変更）
2. 時間：9:30～17:00（昼休憩 12:00～13:00）
3. 受講者：32名（入社5～8年目）
4. ご準備いただくもの：特にございません。プロジェクター・ホワイトボード・模造紙・付箋はこちらで用意します。
5. 謝金：前回ご提示のとおり（源泉徴収後の金額でお振込みします）
6. 前泊：11/16（月）研修センター内の講師室をご用意しております。夕食は18:30から食堂でどうぞ。

三島駅からはタクシーで40分ほどです。前回同様、お車代は当日精算いたします。
ご不明な点がございましたらお知らせください。

""" + _SIG_ONIZUKA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "logistics confirmation to one freelance instructor on free mail; no one's data",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "kenshujo-006",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["東海空調サービス 沼津支店 <numazu@tokai-kucho.co.jp>"],
        "subject": "宿泊棟 空調機 定期点検日程のご相談",
        "body": """\
東海空調サービス株式会社 沼津支店
工事課 小田切様

いつもお世話になっております。日の出産業 研修センター施設管理の権藤です。

宿泊棟（A棟・B棟）の空調機定期点検ですが、11月は研修が立て込んでおり、
客室に入れる日が限られます。以下のいずれかでお願いできますでしょうか。

　第1希望：11月28日（土） 9:00〜17:00（宿泊者なし）
　第2希望：12月5日（土）　9:00〜17:00（宿泊者なし）

対象：A棟 客室101〜140、B棟 客室201〜236、共用部の室内機 計84台
　　　屋上室外機 12台（B棟屋上は安全帯必須、前回指摘あり）
鍵：当日8:45に管理事務所でマスターキーをお渡しします。

また、前回ご指摘のA棟118号室のドレン詰まりについては、
応急処置後は再発しておりません。念のため当日あわせてご確認ください。

""" + _SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "maintenance scheduling with room numbers; the vendor contact is a salutation only",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "kenshujo-007",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["東海あんしん損保 法人営業 <hojin-eigyo@tokai-anshin.co.jp>"],
        "subject": "新入社員導入研修 国内旅行傷害保険 加入者名簿の送付",
        "body": """\
東海あんしん損害保険株式会社
法人営業第二課 ご担当者様

お世話になっております。日の出産業 人材開発課の鬼塚です。

来年4月の新入社員導入研修（研修センター宿泊・4/3～4/24）に係る
団体国内旅行傷害保険の加入者名簿をCSVでお送りします。
前年と同じ書式（氏名・生年月日・住所）です。

ご確認後、保険料の請求書を人事部宛にお送りください。

""" + _SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "csv",
                "name": "加入者名簿_2027新入社員.csv",
                "encoding": "cp932",
                "rows": [
                    ["No", "氏名", "フリガナ", "生年月日", "住所"],
                    ["1", "生駒 陽菜", "イコマ ヒナ", "平成16年5月12日", "神奈川県横浜市港北区日吉本町4-22-9 コーポ日吉203"],
                    ["2", "大庭 悠斗", "オオバ ユウト", "平成15年11月3日", "埼玉県さいたま市浦和区岸町6-3-14"],
                    ["3", "小野寺 結菜", "オノデラ ユイナ", "平成16年2月28日", "宮城県仙台市青葉区上杉2-17-5-702"],
                    ["4", "京極 蒼太", "キョウゴク ソウタ", "平成13年8月19日", "京都府京都市左京区下鴨北園町31-4"],
                    ["5", "鬼頭 莉子", "キトウ リコ", "平成16年1月7日", "愛知県名古屋市昭和区八事本町9-11"],
                    ["6", "都築 湊", "ツヅキ ミナト", "平成15年6月30日", "静岡県静岡市葵区西草深町18-2"],
                    ["7", "錦織 芽依", "ニシコリ メイ", "平成16年3月15日", "島根県松江市東津田町1220-6"],
                    ["8", "有働 大翔", "ウドウ ヒロト", "平成13年12月24日", "熊本県熊本市中央区水前寺3-40-8"],
                    ["9", "菅野 心春", "カンノ コハル", "平成16年9月2日", "福島県郡山市堤下町5-19"],
                    ["10", "平良 律", "タイラ リツ", "平成15年4月9日", "沖縄県那覇市首里石嶺町2-141-3"],
                    ["11", "相馬 葵", "ソウマ アオイ", "平成16年7月21日", "千葉県柏市旭町7-8-26"],
                    ["12", "巽 颯", "タツミ ハヤテ", "平成14年10月11日", "大阪府豊中市上野西1-6-33"],
                    ["13", "五味 紬", "ゴミ ツムギ", "平成16年11月29日", "山梨県甲府市朝日4-2-17"],
                    ["14", "能登 晴", "ノト ハル", "平成15年2月5日", "石川県金沢市泉野町6-15-2"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "CP932 CSV of 14 new hires with 和暦 birth dates and home addresses to an insurer: a list of people",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "kenshujo-008",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["ヒューマンリンク研究所 津久井様 <tsukui@humanlink-lab.jp>"],
        "subject": "秘密保持契約書（原本）ご返送のお願い",
        "body": """\
合同会社ヒューマンリンク研究所
代表 津久井 直人 様

いつも大変お世話になっております。日の出産業 人材開発課の鬼塚です。

来期の管理職研修のケース教材に当社の実際の事例を使用するにあたり、
法務部から、講師の皆様と秘密保持契約（NDA）を締結するよう指示がありました。
先日メールでご確認いただいた案文で確定しましたので、
製本した原本2部を本日レターパックで発送いたしました。

お手数ですが、2部とも記名・押印のうえ、1部を同封の返信用封筒でご返送ください。
契約期間は締結日から3年、対象は研修準備のためにお渡しする資料一式です。

なお、PDF版を念のため添付いたします（内容は原本と同一です）。

""" + _SIG_ONIZUKA + "\n\n" + _DISC_JA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "秘密保持契約書_ヒューマンリンク研究所.pdf",
                "title": "秘密保持契約書",
                "lines": [
                    "秘密保持契約書",
                    "",
                    "日の出産業株式会社（以下「甲」という。）と合同会社ヒューマンリンク研究所（以下「乙」という。）は、",
                    "甲が乙に委託する研修の準備及び実施に関し、次のとおり秘密保持契約を締結する。",
                    "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上又は営業上の情報であって、",
                    "開示の際に秘密である旨を明示したものをいう。",
                    "第2条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
                    "第3条（目的外使用の禁止）乙は、秘密情報を本研修の目的以外に使用してはならない。",
                    "第4条（返還）乙は、研修終了後速やかに秘密情報を甲に返還又は廃棄する。",
                    "第5条（有効期間）本契約の有効期間は、締結日から3年間とする。",
                    "",
                    "甲　東京都品川区東五反田3-18-7　日の出産業株式会社　代表取締役",
                    "乙　　　　　　　　　　　　　　　　合同会社ヒューマンリンク研究所　代表社員",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA text attached: the word 秘密 is the contract's subject, not a marking",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "kenshujo-009",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 <reserve-mishima@sakura-hotei.jp>"],
        "subject": "Re: 12月の部屋数変更について",
        "body": """\
さくらホテル三島 宿泊予約ご担当 様

お世話になっております。日の出産業の早乙女です。

12/14（月）～12/16（水）のブロック予約につきまして、
参加者の増減により、部屋数を下記のとおり変更させてください。

　変更前：シングル 15室 × 2泊
　変更後：シングル 17室 × 2泊（うち1室は禁煙フロア指定）

朝食付きプラン、請求は一括で弊社人事部宛のままでお願いいたします。
ルーミングリストは確定後、12/7頃にお送りします。

""" + _SIG_SAOTOME + """

> 日の出産業 早乙女様
> 12月分のご予約、現在シングル15室で承っております。
> 変更がございましたら12/7までにお知らせください。
> さくらホテル三島 宿泊予約 佐倉井""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain sakura-hotei.jp is a look-alike of the partner sakura-hotel.jp (l→i)",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "kenshujo-010",
        "charset": "cp932",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["税理士法人あすなろ会計 源泉担当 <gensen@asunaro-kaikei.jp>"],
        "subject": "講師謝金の支払調書作成用データ（10月分）",
        "body": """\
税理士法人あすなろ会計
源泉担当 ご担当者様

いつもお世話になっております。日の出産業 経理課の谷後です。

10月に研修センターでご登壇いただいた外部講師のうち、
個人の先生の分について、支払調書作成用の情報をお送りします。
（法人講師の分は請求書ベースのため対象外です）

　講師名　　：漆原 清志郎（うるしはら せいしろう）
　住所　　　：〒420-0839 静岡県静岡市葵区鷹匠2丁目19-8
　個人番号　：""" + _sp(my_number(SEED + 1)) + """
　支払金額　：132,000円（源泉徴収税額 13,476円）
　支払日　　：2026年10月30日

本人確認書類の写しは郵送で別途お送りします。
よろしくお願いいたします。

日の出産業株式会社 経理部 経理課
谷後 美紀　TEL 03-5791-2235
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an outside instructor's My Number with name and home address to the tax accountant: any My Number stops",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "kenshujo-011",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["岳南防災設備 点検課 <tenken@gakunan-bosai.co.jp>"],
        "subject": "Re: 消防用設備等点検結果報告書（9月実施分）",
        "body": """\
岳南防災設備株式会社 点検課
磯貝様

お世話になっております。研修センターの権藤です。
点検結果報告書、拝受しました。ありがとうございました。

不良箇所のうち、以下は当方で対応方針を決めました。

　No.3　B棟2階 廊下 誘導灯（バッテリー劣化）　→ 交換をお願いします
　No.5　体育館 自動火災報知設備 感知器1個（作動不良）→ 交換をお願いします
　No.7　厨房 フード消火設備 薬剤容器 期限切れ　→ 北国フーズさんと調整のうえ、別途ご連絡します
　No.9　本館1階 消火器 1本（製造後10年経過）→ 交換をお願いします

上記3点（No.3/5/9）のお見積りを頂けますでしょうか。
消防署への報告書提出は、例年どおり御社で代行いただけると助かります。

""" + _SIG_GONDO + """

-----Original Message-----
From: 磯貝 <tenken@gakunan-bosai.co.jp>
Subject: 消防用設備等点検結果報告書（9月実施分）

日の出産業 研修センター 権藤様
9月実施の機器点検の結果報告書をお送りします。不良箇所は別紙のとおり9件です。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "fire equipment defects by location: facility data, no people",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "kenshujo-012",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル三島 フロント <front-mishima@sakura-hotel.jp>"],
        "subject": "講師ご宿泊のギャランティについて（12/2）",
        "body": """\
さくらホテル三島 フロント ご担当者様

お世話になっております。日の出産業 研修センターの早乙女です。

12/2（水）1泊でお願いしております講師の先生のご宿泊につき、
遅着（23時頃）となるため、法人カードでのギャランティをお願いいたします。

　宿泊者　　：汐見 航一郎 様（1名・シングル・禁煙）
　カード番号：""" + card_number(SEED + 11) + """
　有効期限　：09/29
　カード名義：YUKA SAOTOME（日の出産業 法人カード）

お支払いはチェックアウト時ではなく、後日の一括請求でお願いします。
よろしくお願いいたします。

""" + _SIG_SAOTOME,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a full credit card number in the body to a hotel: any card number stops",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "kenshujo-013",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 <susono-kyushoku@kitaguni-foods.co.jp>"],
        "cc": ["大河内 修 <okochi.osamu@hinode-sangyo.co.jp>"],
        "subject": "10月 食事アンケート集計結果の共有",
        "body": """\
北国フーズ 裾野事業所 栄養士 苅田様

お世話になっております。三ツ木です。
10月分の食事アンケートの集計がまとまりましたので共有します。

回答数 412件（回収率 87.3%）
　満足度（5段階平均）　朝食 4.1 ／ 昼食 3.8 ／ 夕食 4.3
　量について　「多い」9% 「ちょうどよい」74% 「少ない」17%
　昼食の満足度が9月（4.0）から下がっています。自由記述では
　「揚げ物が続いた」「提供に時間がかかる（12:05～12:20が混雑）」が目立ちました。

11月は1研修あたりの昼食提供を2レーンにする件、ご検討をお願いします。
詳細はHTML版の表をご覧ください。

三ツ木""",
        "html": """\
<html><body>
<p>北国フーズ 裾野事業所 栄養士 苅田様</p>
<p>お世話になっております。三ツ木です。10月分の食事アンケートの集計です。</p>
<table border="1" cellpadding="4">
<tr><th>項目</th><th>朝食</th><th>昼食</th><th>夕食</th></tr>
<tr><td>満足度（平均）</td><td>4.1</td><td>3.8</td><td>4.3</td></tr>
<tr><td>回答数</td><td>398</td><td>412</td><td>405</td></tr>
<tr><td>前月比</td><td>+0.1</td><td>-0.2</td><td>±0</td></tr>
</table>
<p>自由記述の上位：揚げ物が続いた（23件）、昼の提供待ち（19件）、味噌汁がぬるい（7件）</p>
<p>三ツ木</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated survey statistics to the caterer: no individual's data",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "kenshujo-014",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 研修担当 <kenshu-soumu@kawasaki-denki.co.jp>"],
        "subject": "合同安全研修 周辺の宿泊施設・交通機関のご案内",
        "body": """\
川崎電機株式会社 総務部 研修ご担当 各位

お世話になっております。日の出産業 研修センターの早乙女です。
12月の合同安全研修で、御社参加者のうち研修センターに入りきらない方の
宿泊先としてご検討いただける周辺施設を一覧にしました。

【宿泊施設】
・さくらホテル三島　　　　　　三島駅南口徒歩3分　　TEL 055-971-3300
・ホテル裾野ガーデン　　　　　裾野駅前　　　　　　TEL 055-992-6410
・御殿場高原イン　　　　　　　御殿場駅からバス15分　TEL 0550-87-2281
・須山温泉 旅館みやま荘　　　 研修センターから車10分　TEL 055-998-3170

【タクシー】
・裾野タクシー　　　　　　　　TEL 055-992-0088（24時間配車）
・三島駅前交通　　　　　　　　TEL 055-975-5151

【最寄りの医療機関】
・裾野みなみクリニック（内科・外科）　TEL 055-997-2612　平日9:00-18:00
・裾野赤十字病院（救急外来あり）　　　TEL 055-992-1119

研修センターの受付は7:30〜21:00です。ご不明点はお気軽にどうぞ。

""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of hotels, taxi firms and clinics with their switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "kenshujo-015",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル三島 宿泊予約 <reserve-mishima@sakura-hotel.jp>"],
        "subject": "ユニバーサルルームのご手配のお願い（1/12～1/15）",
        "body": """\
さくらホテル三島 宿泊予約 佐倉井様

いつもお世話になっております。日の出産業の早乙女です。

1月の階層別研修の参加者のうち、お一人について、
ユニバーサルルームのご手配をお願いできますでしょうか。

　ご宿泊者：帆足 雅人 様（経理部）
　ご宿泊日：1/12（火）～1/15（金）3泊
　ご事情　：下肢に障害があり（身体障害者手帳1級）、車椅子を使用されています。
　　　　　　浴室は手すり付き・段差なしのお部屋を希望されています。

研修センターとの往復は、弊社で福祉タクシーを手配します。
朝食会場での配慮（テーブル席の確保）もお願いできれば幸いです。

""" + _SIG_SAOTOME,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named participant's disability (手帳1級, wheelchair) sent to the hotel: 要配慮個人情報 of one person",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "kenshujo-016",
        "charset": "utf-8",
        "sender": "楢崎 智宏 <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
               "三ツ木 亮 <mitsugi.ryo@mail.hinode-sangyo.co.jp>"],
        "cc": ["鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>"],
        "subject": "【社内】1月 階層別研修 参加者名簿（確定版）",
        "body": """\
研修センター 早乙女さん、三ツ木さん

人材開発課の楢崎です。1月階層別研修の参加者名簿が確定しました。
部屋割りと食数の準備にお使いください。緊急連絡用に携帯と生年月日も入れています。
（社外に出す場合は必要項目だけ抜き出してください）

楢崎""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "202701_階層別研修_参加者名簿.xlsx",
                "sheets": {
                    "名簿": [
                        ["2027年1月 階層別研修（主任昇格者）参加者名簿"],
                        ["社員番号", "氏名", "性別", "生年月日", "所属", "携帯"],
                        ["H10482", "帆足 雅人", "男", "1989/03/14", "経理部", "090-5532-7718"],
                        ["H10517", "国領 真由", "女", "1990/11/02", "営業本部", "080-6624-0135"],
                        ["H10603", "八雲 圭", "男", "1988/07/25", "生産技術部", "070-3349-2286"],
                        ["H10655", "椎葉 香織", "女", "1991/01/30", "人事部", "090-8801-4457"],
                        ["H10701", "石動 崇", "男", "1987/09/09", "物流部", "080-2276-9013"],
                        ["H10744", "雲母 沙耶", "女", "1990/05/18", "品質保証部", "090-4128-6640"],
                    ],
                    "部屋割り": [
                        ["部屋", "氏名"],
                        ["A-105", "帆足 雅人"],
                        ["A-106", "八雲 圭"],
                        ["B-211", "国領 真由"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": [],
        "note": "a participant list with birth dates and mobiles, but every recipient is internal (incl. mail. subdomain)",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "kenshujo-017",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["三協昇降機 静岡サービスセンター <shizuoka-sc@sankyo-elevator.co.jp>"],
        "subject": "発注のご連絡：B棟エレベーター ロープ交換工事（見積No. SE-26-08817）",
        "body": """\
三協昇降機株式会社 静岡サービスセンター 御中

お世話になっております。日の出産業 研修センターの権藤です。

先日お見積りいただいた下記工事について、社内決裁が下りましたので発注いたします。
注文書は本社購買部から別途郵送されます。

　件名　　　：B棟 乗用エレベーター（1号機）主ロープ交換工事
　見積番号　：SE-26-08817
　注文番号　：PO-2026-114502
　金額　　　：1,386,000円（税込）
　工期　　　：2027年1月30日（土）〜1月31日（日）
　作業時間　：8:30〜18:00（研修なし・宿泊者なしの週末）

工事期間中はB棟の宿泊者がいないため、養生は共用部のみで結構です。
搬入は北側通用口から、車両は2台まで構内に駐車できます。

""" + _SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order with quote and PO numbers to a maintenance contractor",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "kenshujo-018",
        "charset": "cp932",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["富士見観光バス <eigyo@fujimi-kanko-bus.co.jp>",
               "駿河交通 貸切営業 <kashikiri@suruga-kotsu.co.jp>",
               "伊豆中央観光 <info@izu-chuo-kanko.jp>"],
        "subject": "【お見積り依頼】2027年4月 新入社員研修 貸切バス（往復・4便）",
        "body": """\
各社 貸切バスご担当者様

お世話になっております。日の出産業 富士裾野研修センターの三ツ木です。
来年度の新入社員研修の送迎につき、お見積りをお願いいたします。

　1便　4/3（土）　三島駅北口 9:00 → 研修センター　大型2台
　2便　4/10（土）研修センター 13:00 → 三島駅北口　大型2台
　3便　4/11（日）三島駅北口 15:00 → 研修センター　大型2台
　4便　4/24（土）研修センター 11:00 → 三島駅北口・新横浜駅　大型2台

人数は各便80名前後、荷物はスーツケース1人1個です。
ご回答は11/30（月）までにお願いできますと幸いです。

""" + _SIG_MITSUGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing bus companies can see each other in To: should have been Bcc",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "kenshujo-019",
        "charset": "utf-8",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["富士環境整備 保守課 <hoshu@fuji-kankyo-seibi.co.jp>"],
        "subject": "浄化槽 法定検査（11条検査）の立会いについて",
        "body": """\
富士環境整備株式会社 保守課 ご担当者様

お世話になっております。研修センター施設管理の権藤です。

県の指定検査機関から、11条検査の日程が 12/3（木）10:00～ と通知がありました。
例年どおり御社の立会いをお願いできますでしょうか。

参考までに、直近の保守点検記録（抜粋）です。
　9月：透視度 28cm、残留塩素 0.4mg/L、BOD 12mg/L
　10月：透視度 25cm、残留塩素 0.3mg/L、BOD 15mg/L
10月は宿泊者が多かった（延べ1,920泊）影響か、若干悪化しています。
汚泥の引き抜き時期も合わせてご相談させてください。

""" + _SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "septic tank inspection data and occupancy figures: no people",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "kenshujo-020",
        "charset": "utf-8",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["川崎電機 経理部 支払担当 <shiharai@kawasaki-denki.co.jp>"],
        "subject": "請求書送付：研修センター施設利用料（2026年11月分）",
        "body": """\
川崎電機株式会社 経理部 支払ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 経理課の谷後でございます。

11月の合同安全研修に係る研修センター施設利用料の請求書（適格請求書）を
PDFにてお送りいたします。原本の郵送はございません。

　請求書番号：INV-KC-2611-0042
　ご請求金額：2,472,560円（税込）
　お支払期日：2026年12月25日

ご査収のほどよろしくお願い申し上げます。

日の出産業株式会社 経理部 経理課 谷後 美紀
TEL 03-5791-2235""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "INV-KC-2611-0042.pdf",
                "title": "請求書 INV-KC-2611-0042",
                "lines": [
                    "請求書",
                    "川崎電機株式会社 御中　　　　　　　　　　　　請求日 2026年11月30日",
                    "請求書番号 INV-KC-2611-0042",
                    "日の出産業株式会社　登録番号 T2262619262394",
                    "〒141-0022 東京都品川区東五反田3-18-7",
                    "",
                ],
                "table": [
                    ["品目", "数量", "単価", "金額"],
                    ["研修室使用料（第1研修室・終日）", "4日", "66,000", "264,000"],
                    ["宿泊（朝夕食付）", "120泊", "14,300", "1,716,000"],
                    ["昼食", "124食", "1,100", "136,400"],
                    ["懇親会", "1式", "131,400", "131,400"],
                    ["小計", "", "", "2,247,800"],
                    ["消費税（10%）", "", "", "224,760"],
                    ["合計", "", "", "2,472,560"],
                    ["振込先", "みどり銀行 五反田支店 当座 0481172 ニチデサンギョウ（カ", "", ""],
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "an invoice with the company's T-number and corporate bank account: business data only",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "kenshujo-021",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル三島 フロント <front-mishima@sakura-hotel.jp>"],
        "subject": "Re: 本日チェックイン未了のお客様について",
        "body": """\
さくらホテル三島 フロント 大槻様

ご連絡ありがとうございます。早乙女です。
お名前の挙がった5名は、研修センターでの懇親会が長引いており、
22時半ごろ送迎バスでまとめてホテルへ向かいます。
ご心配をおかけして申し訳ございません。本人たちへの連絡は不要です。

早乙女

差出人: さくらホテル三島 フロント <front-mishima@sakura-hotel.jp>
送信日時: 2026年11月10日 21:04
宛先: 早乙女 由佳
件名: 本日チェックイン未了のお客様について

日の出産業 早乙女様

本日ご宿泊予定のうち、以下の方がまだチェックインされておりません。

> 五百旗頭 翔 様　090-4418-2763
> 百目鬼 拓真 様　070-1846-3390
> 仲宗根 健吾 様　080-6602-1475
> 帯刀 隼人 様　　090-5206-7743
> 兵頭 陸 様　　　070-7754-9921

ご到着時刻がお分かりになりましたらお知らせください。
さくらホテル三島 フロント 大槻""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five names and mobiles are only in the quoted hotel mail; the new text carries no one's data",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "kenshujo-022",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["駿河交通 運行管理 <unko@suruga-kotsu.co.jp>"],
        "cc": ["日の丸トラベル 法人営業 <hojin@hinomaru-travel.co.jp>"],
        "subject": "12/18 研修修了者 送迎の行程確定（日の丸トラベル様 同報）",
        "body": """\
駿河交通株式会社 運行管理ご担当 様
（cc：日の丸トラベル 法人営業 様）

お世話になっております。日の出産業 研修センターの三ツ木です。
12/18（金）の修了者送迎について、行程が確定しましたのでお知らせします。
航空券の手配をお願いしている日の丸トラベル様にも同報しております。

　13:30　研修センター 正面玄関 出発（大型1台・38名）
　14:40　三島駅北口 着（新幹線組 24名 下車）
　16:10　羽田空港 第1ターミナル 着（航空組 14名）

羽田の到着が遅れた場合、16:55発の便に間に合わない可能性があるため、
日の丸トラベル様には後続便への振替条件をご確認いただけますと幸いです。

""" + _SIG_MITSUGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc on an itinerary: a normal three-way mail",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "kenshujo-023",
        "charset": "utf-8",
        "sender": "Tomohiro Narasaki <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["Sakura Hotel Mishima Reservations <reserve-mishima@sakura-hotel.jp>"],
        "subject": "Guest registration for Mr. Hartigan (arriving 8 Dec)",
        "body": """\
Dear Reservations team,

Further to our booking no. SHM-261208-0193, please find below the guest
details for our overseas instructor, as requested for foreign guests.

  Guest name     : Declan Hartigan
  Nationality    : Ireland
  Date of birth  : 14 March 1971
  Passport No.   : PK4183926
  Stay           : 8 Dec 2026 - 11 Dec 2026 (3 nights), single, non-smoking

He will arrive at Mishima station around 20:30 and come by taxi.
Please charge the room to Hinode Sangyo (invoice to HR department).

Kind regards,
Tomohiro Narasaki
Human Resources Development, Hinode Sangyo Co., Ltd.
Tel +81-3-5791-2261

""" + _DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "an instructor's passport number with date of birth to the hotel: identity document number",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "kenshujo-024",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["<a.kirishima.0612@docomo.ne.jp>"],
        "subject": "内定者研修（12/12・13）会場へのアクセスのご案内",
        "body": """\
霧島 葵 様

日の出産業株式会社 人事部の鬼塚です。
先日はお電話ありがとうございました。
ご質問いただいた、内定者研修会場（富士裾野研修センター）へのアクセスをご案内します。

■電車・バスの場合
　JR三島駅 北口 8:50発の送迎バス（弊社手配・無料）をご利用ください。
　北口を出て右手の観光バス乗降場に「日の出産業」の表示があります。
■お車の場合
　東名 裾野ICから約20分。構内の来客用駐車場（P2）をご利用いただけます。

持ち物：筆記用具、上履き、2日分の着替え（館内は作業着の貸与あり）
当日、遅れそうな場合は研修センター受付（055-998-4120）へご連絡ください。

それでは、お会いできるのを楽しみにしております。

""" + _SIG_ONIZUKA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "directions to one prospective employee on a carrier address; only the recipient's own name",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "kenshujo-025",
        "charset": "cp932",
        "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
        "to": ["日本研修施設サービス 運営支援部 <unei-shien@jts-service.co.jp>"],
        "subject": "月次運営報告（2026年10月）",
        "body": """\
日本研修施設サービス株式会社
運営支援部 坂巻様

お世話になっております。研修センター所長の大河内です。
10月の月次運営報告を添付いたします。要点は以下のとおりです。

・客室稼働率 78.4%（前年同月 71.2%）
・研修室稼働率 82.0%、延べ利用者 2,314名
・食事提供数 6,842食、苦情 3件（いずれも提供待ち時間）
・設備故障 5件（空調2、給湯1、照明2）、うち未了1件

11月の定例会でご意見を伺えればと存じます。

富士裾野研修センター 所長 大河内 修
""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "月次運営報告_202610.xlsx",
                "sheets": {
                    "サマリー": [
                        ["富士裾野研修センター 月次運営報告 2026年10月"],
                        ["指標", "当月", "前年同月", "差"],
                        ["客室稼働率", "78.4%", "71.2%", "+7.2pt"],
                        ["研修室稼働率", "82.0%", "79.5%", "+2.5pt"],
                        ["延べ利用者数", 2314, 2120, 194],
                        ["延べ宿泊数", 1920, 1744, 176],
                        ["食事提供数", 6842, 6317, 525],
                    ],
                    "研修別": [
                        ["研修名", "期間", "人数", "泊数"],
                        ["新任管理職研修", "10/19-10/23", 41, 164],
                        ["品質管理基礎", "10/5-10/7", 36, 72],
                        ["営業力強化", "10/13-10/16", 28, 84],
                        ["川崎電機 合同安全研修", "10/26-10/29", 30, 90],
                    ],
                    "故障": [
                        ["日付", "場所", "内容", "状況"],
                        ["10/3", "A棟112", "空調 冷えない", "完了"],
                        ["10/9", "B棟2F給湯室", "給湯器エラー", "完了"],
                        ["10/21", "体育館", "照明1灯不点", "部品待ち"],
                    ],
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "monthly occupancy statistics in an XLSX to the operations contractor: no people's data",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "kenshujo-026",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["津久井 直人 <tsukui@humanlink-lab.jp>"],
        "subject": "来期 管理職研修カリキュラム（案）のご確認",
        "body": """\
津久井先生

お世話になっております。鬼塚です。
NDAのご返送、ありがとうございました。

来期の新任管理職研修のカリキュラム案をお送りします。
3日目のケーススタディは、当社で実際にあった工場移転時の人員配置の事例を
ベースにしております。先生の演習パートとのつながりをご確認いただけますでしょうか。

12月第2週にオンラインで30分ほどお時間をいただければ幸いです。

鬼塚""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "2027_新任管理職研修_カリキュラム案_v3.pptx",
                "title": "2027 新任管理職研修 カリキュラム案",
                "page_footer": "社外秘　日の出産業株式会社 人事部",
                "slides": [
                    ["2027年度 新任管理職研修 カリキュラム案", "人事部 人材開発課", "v3（2026/11/24）"],
                    ["1日目：役割認識", "経営方針と管理職の役割（役員講話）", "評価者訓練の基礎"],
                    ["2日目：組織運営", "労務管理の実務（労基法・36協定）", "ハラスメント防止"],
                    ["3日目：ケーススタディ", "沼津工場移転時の人員再配置（実例）", "グループ討議・発表（外部講師ファシリテーション）"],
                    ["4日目：アクションプラン", "職場での実践計画の作成", "上司面談の進め方"],
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached PPTX carries a 社外秘 footer on every slide and goes to an outside instructor",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "kenshujo-027",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["裾野タクシー 配車センター <haisha@susono-taxi.jp>"],
        "subject": "12/9 講師お迎えの予約（三島駅→研修センター 3件）",
        "body": """\
裾野タクシー 配車センター ご担当者様

いつもお世話になっております。日の出産業 研修センターの早乙女です。
12/9（水）朝、講師の先生方のお迎えを3件お願いいたします。
いずれもチケット（弊社法人契約）でのお支払いです。

１．8:05　三島駅北口　漆原 清志郎 様　　携帯 ０９０−７２１４−３８５０
２．8:05　三島駅北口　汐見 航一郎 様　　携帯 ０８０−５１６３−２２０９
　　（１と２は相乗りで結構です）
３．9:20　裾野駅　　　芹沢 ひとみ 様　　携帯 ０７０−６９３８−１４７２

お迎えの際は「日の出産業」のボードをお持ちください。
到着が遅れる場合は、直接ご本人の携帯にご連絡いただいて構いません。

""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three instructors' names and full-width mobile numbers to a taxi firm: under five people, may warn",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "kenshujo-028",
        "charset": "cp932",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo2@nishiki-insatsu.co.jp>"],
        "subject": "研修テキスト増刷のお願い（品番 HS-TX-114 ほか）",
        "body": """\
錦印刷株式会社 営業部 三好様

お世話になっております。日の出産業 人材開発課の鬼塚です。
研修テキストの増刷をお願いいたします。

　品番　　　　　書名　　　　　　　　　　　　　部数　　納品希望
　HS-TX-114　　新任管理職ハンドブック　　　　　120　　12/18
　HS-TX-121　　品質管理基礎テキスト（改3版）　　 80　　12/18
　HS-TX-130　　安全衛生教育 受講者用　　　　　 200　　1/8
　HS-WB-007　　ワークブック（階層別共通）　　　 300　　1/8

納品先：富士裾野研修センター 資材庫（受取：施設管理 権藤）
HS-TX-121は改訂箇所（p.42の図表差し替え）の校正を一度見せてください。

鬼塚
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "print order with product codes and quantities to the partner printer",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "kenshujo-029",
        "charset": "utf-8",
        "sender": "楢崎 智宏 <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム LMSサポート <lms-support@tsubasa-system.jp>"],
        "subject": "e-ラーニング事前課題用アカウント発行依頼（1月階層別研修）",
        "html": """\
<html><head><meta charset="utf-8"></head><body style="font-family:'メイリオ',sans-serif">
<p>ツバサシステム株式会社<br>LMSサポート ご担当者様</p>
<p>いつもお世話になっております。日の出産業 人材開発課の楢崎です。</p>
<p>1月の階層別研修の事前課題用に、以下12名のアカウント発行をお願いします。<br>
初期パスワードは従来どおり「生年月日8桁」でお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>メールアドレス</th><th>生年月日</th><th>コース</th></tr>
<tr><td>H10482</td><td>帆足 雅人</td><td>hoashi.masato@hinode-sangyo.co.jp</td><td>1989/03/14</td><td>主任A</td></tr>
<tr><td>H10517</td><td>国領 真由</td><td>kokuryo.mayu@hinode-sangyo.co.jp</td><td>1990/11/02</td><td>主任A</td></tr>
<tr><td>H10603</td><td>八雲 圭</td><td>yakumo.kei@hinode-sangyo.co.jp</td><td>1988/07/25</td><td>主任A</td></tr>
<tr><td>H10655</td><td>椎葉 香織</td><td>shiiba.kaori@hinode-sangyo.co.jp</td><td>1991/01/30</td><td>主任A</td></tr>
<tr><td>H10701</td><td>石動 崇</td><td>isurugi.takashi@hinode-sangyo.co.jp</td><td>1987/09/09</td><td>主任B</td></tr>
<tr><td>H10744</td><td>雲母 沙耶</td><td>kirara.saya@hinode-sangyo.co.jp</td><td>1990/05/18</td><td>主任B</td></tr>
<tr><td>H10786</td><td>宍戸 亘</td><td>shishido.wataru@hinode-sangyo.co.jp</td><td>1989/12/01</td><td>主任B</td></tr>
<tr><td>H10812</td><td>左右田 麻里</td><td>soda.mari@hinode-sangyo.co.jp</td><td>1991/08/17</td><td>主任B</td></tr>
<tr><td>H10839</td><td>木賊 健司</td><td>tokusa.kenji@hinode-sangyo.co.jp</td><td>1986/04/22</td><td>主任C</td></tr>
<tr><td>H10867</td><td>乙部 梨沙</td><td>otobe.risa@hinode-sangyo.co.jp</td><td>1992/02/09</td><td>主任C</td></tr>
<tr><td>H10901</td><td>飯干 悟</td><td>iiboshi.satoru@hinode-sangyo.co.jp</td><td>1988/10/30</td><td>主任C</td></tr>
<tr><td>H10925</td><td>合田 朋美</td><td>goda.tomomi@hinode-sangyo.co.jp</td><td>1990/06/06</td><td>主任C</td></tr>
</table>
<p>公開期間は12/14～1/11でお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 人材開発課 楢崎 智宏<br>TEL 03-5791-2261</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of 12 employees (e-mail, birth date) to the LMS vendor: a list of people",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "kenshujo-030",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["<tomo_yoshinaga77@yahoo.co.jp>"],
        "subject": "お忘れ物のご連絡（富士裾野研修センター）",
        "body": """\
吉永 智也 様

突然のご連絡失礼いたします。
日の出産業 富士裾野研修センター 受付の早乙女と申します。

11/6（金）までの川崎電機様 合同安全研修でご宿泊いただいたお部屋（B-224）に、
以下のお忘れ物がございました。お名前入りのため、アンケートにご記入いただいた
アドレス宛にご連絡しております。

　・黒い電卓（CASIO、裏面にお名前シール）
　・充電ケーブル（USB Type-C）1本

着払いでのご返送、または次回ご来所時のお渡しが可能です。
ご希望をお知らせください。保管期限は来年1月末です。

""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "lost-property notice to the guest himself on free mail; only his own name",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "kenshujo-031",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 栄養士 <susono-eiyo@kitaguni-foods.co.jp>"],
        "subject": "1月 階層別研修 アレルギー対応食のお願い",
        "body": """\
北国フーズ 裾野事業所 栄養士 苅田様

いつもありがとうございます。三ツ木です。
1/12～1/15の階層別研修で、事前アンケートにより食物アレルギーの申告が
3名ありましたので、対応食をお願いします。

　・国領 真由 様　：そば（重度。同じ釜の茹で汁もNG、エピペン携帯とのこと）
　・宍戸 亘 様　　：えび・かに
　・合田 朋美 様　：乳（加熱品は少量なら可）

配膳時に取り違えがないよう、トレーに名札を付けていただけると助かります。
食堂のバイキング形式の日（1/13夕）は、個別に取り分けをお願いします。

三ツ木
""" + _SIG_MITSUGI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named participants' food allergies to the caterer who needs them: health data or ordinary catering detail",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "kenshujo-032",
        "charset": "cp932",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 久我先生 <kuga@shirakawa-law.jp>"],
        "cc": ["法務部 巴 <tomoe.kazuki@hinode-sangyo.co.jp>"],
        "subject": "外部講師業務委託契約書（ひな形改訂案）のご確認依頼",
        "body": """\
白川法律事務所
弁護士 久我 先生

いつも大変お世話になっております。日の出産業 人事部の鬼塚です。
（法務部の巴をccに入れております）

研修センターで登壇いただく外部講師との業務委託契約書のひな形について、
以下の観点で改訂案を作成しました。ご確認をお願いできますでしょうか。

　1. 秘密保持条項：研修で扱う社内事例の取扱い（研修後の資料返還・廃棄）
　2. 個人情報の取扱い：受講者名簿を講師に渡す場合の利用目的の限定
　3. 著作権：講師作成テキストの社内二次利用の範囲
　4. 源泉徴収・マイナンバーの提供依頼に関する条項の追加

特に2.について、名簿を渡さずに済む運用にすべきかも含めてご意見を伺えれば幸いです。
12月中旬までにご回答いただけますと助かります。

""" + _SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "docx",
                "name": "外部講師業務委託契約書_改訂案_20261125.docx",
                "title": "外部講師業務委託契約書（改訂案）",
                "paragraphs": [
                    "外部講師業務委託契約書（改訂案）",
                    "第8条（秘密保持）乙は、本業務の遂行上知り得た甲の技術上、営業上その他一切の情報を、甲の書面による承諾なく第三者に開示してはならない。",
                    "第9条（個人情報）乙は、甲から提供を受けた受講者の個人情報を、本研修の実施の目的にのみ利用し、研修終了後30日以内に返還又は消去する。",
                    "第12条（個人番号の提供）乙が個人である場合、乙は、甲が行う源泉徴収事務のため、甲の指定する方法により個人番号を提供する。",
                ],
                "tables": [
                    [["条", "現行", "改訂案", "理由"],
                     ["8", "秘密保持（包括）", "対象情報を明確化", "事例教材の増加"],
                     ["9", "なし", "新設", "名簿提供の実態に対応"],
                     ["12", "なし", "新設", "支払調書事務"]],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract review about confidentiality and My Number clauses with the partner law firm; no actual data, no marking",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "kenshujo-033",
        "charset": "iso-2022-jp",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["経理部 源泉税担当 <gensen-tanto@hinode-sangyo.co.jp>"],
        "subject": "【社内・取扱注意】11月 個人講師の個人番号（支払調書用）",
        "body": """\
源泉税担当 各位

経理課の谷後です。11月に研修センターで登壇した個人講師の個人番号を、
本人確認済みのものとして共有します。マイナンバー管理台帳への転記後、
本メールは削除してください。

　芹沢 ひとみ　　""" + _sp(my_number(SEED + 2)) + """　（本人確認：運転免許証）
　汐見 航一郎　　""" + _sp(my_number(SEED + 3)) + """　（本人確認：個人番号カード）
　堀之内 恵子　　""" + _sp(my_number(SEED + 4)) + """　（本人確認：パスポート＋通知カード）

谷後
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
        "detectors": [],
        "note": "My Numbers and a 取扱注意 marking, but the only recipient is internal",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "kenshujo-034",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル三島 宿泊予約 <reserve-mishima@sakura-hotel.jp>"],
        "subject": "12月研修 ルーミングリスト（パスワード付き）",
        "body": """\
さくらホテル三島 宿泊予約 佐倉井様

お世話になっております。早乙女です。
12/14～12/16分のルーミングリストをお送りします。
セキュリティのため、ファイルはパスワード付きZIPにしております。
パスワードは次のメールでお知らせいたします。

""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "zip",
                "name": "rooming_1214-1216.zip",
                "password": "Sak1214#hs",
                "files": [
                    {
                        "kind": "xlsx",
                        "name": "rooming_1214-1216.xlsx",
                        "sheets": {
                            "Sheet1": [
                                ["氏名", "性別", "携帯"],
                                ["国領 真由", "女", "080-6624-0135"],
                                ["石動 崇", "男", "080-2276-9013"],
                                ["八雲 圭", "男", "070-3349-2286"],
                                ["椎葉 香織", "女", "090-8801-4457"],
                                ["雲母 沙耶", "女", "090-4128-6640"],
                                ["木賊 健司", "男", "080-7719-3324"],
                            ]
                        },
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the hotel: the attachment cannot be inspected",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "kenshujo-035",
        "charset": "utf-8",
        "sender": "Tomohiro Narasaki <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["Olivia Brandt <o.brandt@globalbridge-training.com>"],
        "subject": "Business English intensive - February dates and room set-up",
        "body": """\
Dear Olivia,

Thank you for your proposal for the residential Business English course.
We would like to go ahead with the following:

  Dates      : 15-19 February 2027 (Mon-Fri, 4 nights at our training centre)
  Group size : 16 participants, split into two classes of 8
  Rooms      : Seminar Room 3 and 4 (U-shape, whiteboard, projector with HDMI)
  Level test : online, by 29 January - could you send us the link?

Accommodation and meals for you and your co-trainer will be arranged at the
centre. The nearest station is Mishima (Shinkansen); we will send a car.

Could you also confirm whether the fee in your quote (JPY 1,480,000 excl. tax)
includes the course materials?

Best regards,

Tomohiro Narasaki
Human Resources Development Section
Hinode Sangyo Co., Ltd.
3-18-7 Higashi-Gotanda, Shinagawa-ku, Tokyo 141-0022
Tel +81-3-5791-2261

""" + _DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a training vendor with the standard confidentiality disclaimer only",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "kenshujo-036",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["白鳩リネンサプライ 沼津営業所 <numazu@shirohato-linen.co.jp>"],
        "subject": "12月分 リネン納品数量のご連絡",
        "body": """\
白鳩リネンサプライ株式会社 沼津営業所 御中

いつもお世話になっております。研修センター施設管理の権藤です。
12月の宿泊予定がまとまりましたので、納品数量をお知らせします。

　品目　　　　　　　第1週　第2週　第3週　第4週
　シーツ（S）　　　　 90　　120　　110　　 20
　包布（S）　　　　　 90　　120　　110　　 20
　枕カバー　　　　　　90　　120　　110　　 20
　バスタオル　　　　 180　　240　　220　　 40
　フェイスタオル　　 270　　360　　330　　 60
　浴衣（M/L/LL）　　　60/20/10　80/30/10　75/25/10　15/5/0

第4週（12/21〜）は年末休館前のため最小限です。
年末の回収は12/28（月）午前でお願いします。

""" + _SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "linen quantities per week to a supplier: no people",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "kenshujo-037",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 <susono-kyushoku@kitaguni-foods.co.jp>"],
        "subject": "海外拠点研修生の食事について（ハラール対応のご相談）",
        "body": """\
北国フーズ 裾野事業所 給食課 御中

お世話になっております。研修センターの三ツ木です。

1/18～1/29の海外拠点研修に、マレーシア工場から参加する
Nur Aisyah binti Rahman さん（品質管理課・女性）はイスラム教徒で、
豚肉・アルコール（みりん・料理酒を含む）を使わない食事が必要です。
また、研修期間中の1日5回のお祈りのため、昼食は12:30以降の遅めの時間を希望されています。

ハラール認証食材の調達が難しい場合は、魚・野菜中心の別メニューでも構わないと
ご本人から聞いております。可能な範囲をご相談させてください。

""" + _SIG_MITSUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named trainee's religion (Muslim, prayer times) sent to the caterer: 信条 is 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "kenshujo-038",
        "charset": "cp932",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["愛鷹造園 <info@ashitaka-zoen.jp>"],
        "subject": "倒木処理のお願い（研修センター 北側遊歩道）",
        "body": """\
愛鷹造園 御中

お世話になっております。日の出産業 研修センターの権藤です。
先日の台風で、北側遊歩道の入口付近のカラマツが1本倒れ、
フェンスにもたれかかった状態になっています（写真添付）。

研修のウォークラリーで使うコースのため、12/4（金）までに撤去をお願いできますか。
現在はコーンとバーで立入禁止にしております。
あわせて、周辺の枯れ枝の剪定もお見積りいただけると助かります。

""" + _SIG_GONDO,
        "attachments": [
            {"kind": "png", "name": "IMG_20261126_倒木.png"},
            {"kind": "png", "name": "IMG_20261126_フェンス.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "landscaping request with site photos: facility business",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "kenshujo-039",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"],
        "subject": "[障害連絡] 宿泊棟Wi-Fi 接続断（チケット #TS-48213 関連）",
        "body": """\
ツバサシステム ヘルプデスク ご担当者様

日の出産業 研修センターの三ツ木です。
昨日ご対応いただいた #TS-48213 ですが、本日も同様の事象が発生しています。

・発生：11/25 21:10頃～21:45頃
・場所：B棟 2F～3F（AP: B2-AP03, B3-AP01, B3-AP02）
・症状：SSID「HINODE-GUEST」に接続できるがIP取得不可（169.254.x.x）
・コントローラのログ上、DHCPプール（10.40.8.0/22）が枯渇している可能性
・同時接続数：ピーク時 約230台（研修参加者1人あたり2～3台）

リース時間を短縮するか、プールの拡張をご検討いただけますでしょうか。
研修中の夜間に課題提出があるため、早めの対応をお願いしたく存じます。

""" + _SIG_MITSUGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "network incident report with IP ranges and AP names to the IT partner: no personal data",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "kenshujo-040",
        "charset": "iso-2022-jp",
        "sender": "楢崎 智宏 <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["日の丸トラベル 法人営業 <hojin@hinomaru-travel.co.jp>"],
        "subject": "FW: 【九州・北海道拠点】1月研修 参加者の航空券手配情報",
        "body": """\
日の丸トラベル 法人営業 村雨様

お世話になっております。日の出産業の楢崎です。
各拠点から集まった航空券手配用の情報を、そのまま転送いたします。
羽田⇔各空港の往復でお願いします（往路1/11、復路1/15）。

楢崎

---------- 転送メッセージ ----------
From: 総務 福岡営業所 <soumu-fukuoka@hinode-sangyo.co.jp>
To: 楢崎 智宏
Subject: 【九州・北海道拠点】1月研修 参加者の航空券手配情報

楢崎さん
各拠点分をまとめました。

【1】
氏名：宍戸 亘（シシド ワタル）
出発空港：福岡
生年月日：1989年12月1日
携帯：090-6217-8834

【2】
氏名：左右田 麻里（ソウダ マリ）
出発空港：福岡
生年月日：1991年8月17日
携帯：080-3055-1962

【3】
氏名：木賊 健司（トクサ ケンジ）
出発空港：鹿児島
生年月日：1986年4月22日
携帯：080-7719-3324

【4】
氏名：乙部 梨沙（オトベ リサ）
出発空港：新千歳
生年月日：1992年2月9日
携帯：070-2468-5137

【5】
氏名：飯干 悟（イイボシ サトル）
出発空港：宮崎
生年月日：1988年10月30日
携帯：090-1573-4426

以上5名です。
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded internal mail with five people's blocks (birth date, mobile) to a travel agent: the forward counts",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "kenshujo-041",
        "charset": "cp932",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 静岡支店 <shizuoka@aoba-unyu.co.jp>"],
        "subject": "研修資材の配送状況確認（伝票番号 4471-2290-8816 ほか）",
        "body": """\
青葉運輸株式会社 静岡支店 御中

いつもお世話になっております。日の出産業 人材開発課の鬼塚です。

11/24に本社から研修センター宛てに出荷した研修資材3口のうち、
1口がまだ届いていないと現地から連絡がありました。状況をご確認いただけますか。

　伝票番号 4471-2290-8814　段ボール（テキスト）　　　→ 11/25 配達済
　伝票番号 4471-2290-8815　段ボール（ワークブック）　→ 11/25 配達済
　伝票番号 4471-2290-8816　長尺物（ポスター筒×6）　 → 追跡上「持戻り」

受取先：富士裾野研修センター 資材庫（平日 8:30～17:00）
研修初日が12/1のため、11/30までに届くと助かります。

鬼塚（人事部 人材開発課 TEL 03-5791-2260）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers for training materials to the partner carrier",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "kenshujo-042",
        "charset": "utf-8",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["裾野市消防本部 予防課 <yobo@fire.susono-city.lg.jp>"],
        "subject": "消防訓練実施通報書の提出について（12/10 日の出産業 研修センター）",
        "body": """\
裾野市消防本部 予防課 御中

いつもお世話になっております。
日の出産業株式会社 富士裾野研修センターの防火管理者、権藤でございます。

12/10（木）に宿泊者を含めた総合訓練（通報・消火・避難）を実施いたします。
消防訓練実施通報書を添付のとおり提出いたします。

　日時：2026年12月10日（木）7:00～7:40（早朝の避難訓練）
　参加予定：研修参加者 約60名、職員・委託業者 18名
　内容：B棟2階からの出火想定、非常放送、屋外消火栓による放水訓練

放水訓練の際、水消火器の貸出をお願いできれば幸いです。

""" + _SIG_GONDO,
        "attachments": [
            {
                "kind": "docx",
                "name": "消防訓練実施通報書_20261210.docx",
                "paragraphs": [
                    "消防訓練実施通報書",
                    "防火対象物の名称：日の出産業株式会社 富士裾野研修センター",
                    "所在地：静岡県裾野市須山字東原3051-2",
                    "防火管理者：権藤 誠司",
                    "訓練の種別：総合訓練（通報・消火・避難）",
                    "実施日時：令和8年12月10日 7時00分～7時40分",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "fire drill notification to the city fire department; only the sender's own role",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "kenshujo-043",
        "charset": "iso-2022-jp",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 <susono-kyushoku@kitaguni-food.co.jp>"],
        "subject": "修了式 懇親会メニュー確定の件",
        "body": """\
北国フーズ 裾野事業所 給食課 御中

三ツ木です。12/17の修了式後の懇親会、以下で確定とさせてください。

　人数：44名（受講者38＋講師2＋役員1＋事務局3）
　時間：18:00〜19:30　大食堂
　料理：Bプラン（1人 4,400円）＋ 寿司桶 2台追加
　飲物：ビール・ソフトドリンク（フリー90分）

お見積りの再発行をお願いいたします。

""" + _SIG_MITSUGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops the s of the partner kitaguni-foods.co.jp: look-alike domain",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "kenshujo-044",
        "charset": "cp932",
        "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
        "to": ["須山東区 自治会長 望月様 <mochizuki.kazuo1952@gmail.com>"],
        "subject": "夜間行事（キャンプファイヤー）実施のお知らせ",
        "body": """\
須山東区 自治会長
望月 和夫 様

いつも研修センターの運営にご理解をいただき、ありがとうございます。
日の出産業 富士裾野研修センター所長の大河内でございます。

来年4月の新入社員研修に先立ち、12/11（金）に研修プログラムの試行として
グラウンドでキャンプファイヤーを実施いたします。

　日時：12月11日（金）19:00～20:30（雨天中止）
　場所：研修センター 第2グラウンド（東側）
　人数：約40名

消防署への届出は済ませております。20:30には必ず消火・解散し、
音響機器は使用いたしません。近隣の皆様へご迷惑をおかけしないよう努めます。
何かございましたら、当日は所長携帯（080-4192-6603）へご連絡ください。

日の出産業株式会社 富士裾野研修センター 所長 大河内 修
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "notice to the neighbourhood association chairman on Gmail; only the sender's own mobile",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "kenshujo-045",
        "charset": "utf-8",
        "sender": "富士裾野研修センター <kenshu-center@hinode-sangyo.co.jp>",
        "to": ["富士裾野研修センター <kenshu-center@hinode-sangyo.co.jp>"],
        "bcc": ["<soumu@hinode-logistics.co.jp>", "<jinji@hinode-engineering.co.jp>",
                "<kenshu-soumu@kawasaki-denki.co.jp>", "<soumu@asahi-seimitsu.co.jp>"],
        "subject": "【ご案内】2027年度上期 研修センター外部利用の受付開始について",
        "html": """\
<html><body>
<h3>富士裾野研修センター 2027年度上期 外部利用のご案内</h3>
<p>グループ各社・お取引先の研修ご担当者様</p>
<p>平素より富士裾野研修センターをご利用いただき、誠にありがとうございます。<br>
2027年度上期（4月～9月）の外部利用の仮予約受付を、12月1日より開始いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>区分</th><th>料金（税別）</th><th>備考</th></tr>
<tr><td>研修室（大・120名）</td><td>88,000円／日</td><td>分割利用可</td></tr>
<tr><td>研修室（中・40名）</td><td>42,000円／日</td><td></td></tr>
<tr><td>宿泊（1泊2食）</td><td>9,800円／名</td><td>シングル 152室</td></tr>
<tr><td>体育館・グラウンド</td><td>無料</td><td>宿泊利用の場合</td></tr>
</table>
<p>4月は弊社新入社員研修のため、外部利用はお受けできません。<br>
お申込みは添付の申込書で、本メールへの返信にてお願いいたします。</p>
<p>日の出産業株式会社 富士裾野研修センター<br>TEL 055-998-4120（平日 9:00～17:00）</p>
</body></html>""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "外部利用申込書_2027上期.xlsx",
                "sheets": {
                    "申込書": [
                        ["富士裾野研修センター 外部利用申込書"],
                        ["会社名", ""],
                        ["ご担当部署", ""],
                        ["利用希望日", ""],
                        ["人数", ""],
                        ["宿泊の有無", "有・無"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only announcement with external recipients correctly in Bcc and a blank application form",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "kenshujo-046",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["東海あんしん損保 法人営業 <hojin-eigyo@tokai-anshin.co.jp>"],
        "subject": "海外拠点研修生 3名の傷害保険加入について",
        "body": """\
東海あんしん損害保険 法人営業第二課 ご担当者様

お世話になっております。日の出産業 人事部の鬼塚です。
1月の海外拠点研修（研修センター滞在）に参加する研修生3名について、
国内傷害保険の追加加入をお願いいたします。
在留資格の確認用に在留カードの情報も記載しております。

(1) NGUYEN VAN KHANH（男）
    生年月日：1998年7月3日　国籍：ベトナム
    在留カード番号：UH48217390VN　在留期間満了日：2028年3月31日
(2) SANTOS MARIA LOURDES（女）
    生年月日：1996年12月19日　国籍：フィリピン
    在留カード番号：PR71036524FA　在留期間満了日：2027年11月20日
(3) NUR AISYAH BINTI RAHMAN（女）
    生年月日：1999年5月27日　国籍：マレーシア
    在留カード番号：ML20593847KA　在留期間満了日：2027年9月30日

保険期間は 1/18～1/29 です。よろしくお願いいたします。

""" + _SIG_ONIZUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "three trainees' residence card numbers with birth dates to an insurer: identity document numbers",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "kenshujo-047",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["グローバルブリッジ 事務局 <office@globalbridge-training.com>"],
        "subject": "FW: ご予約確認（さくらホテル三島 SHM-270214-0042）",
        "body": """\
グローバルブリッジ・トレーニング 事務局 御中

お世話になっております。日の出産業 研修センターの早乙女です。
2月の英語研修で講師の先生方にご宿泊いただくホテルの予約確認が届きましたので、
転送（添付）いたします。チェックインは15時以降、朝食は6:30からとのことです。

""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "eml",
                "name": "ご予約確認_SHM-270214-0042.eml",
                "message": {
                    "charset": "iso-2022-jp",
                    "sender": "さくらホテル三島 宿泊予約 <reserve-mishima@sakura-hotel.jp>",
                    "to": ["早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>"],
                    "subject": "ご予約確認（SHM-270214-0042）",
                    "body": """\
日の出産業株式会社 早乙女様

このたびはさくらホテル三島をご予約いただき、誠にありがとうございます。

　予約番号：SHM-270214-0042
　ご宿泊日：2027年2月14日（日）〜2月19日（金）5泊
　お部屋　：シングル（禁煙）2室
　プラン　：朝食付き　法人契約料金
　お支払い：後日ご請求（日の出産業株式会社 人事部 宛）

さくらホテル三島 〒411-0036 静岡県三島市一番町17-3 TEL 055-971-3300
""",
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a hotel confirmation attached as .eml: booking number and the hotel's address only",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "kenshujo-048",
        "charset": "utf-8",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["クリーンアップ裾野 業務課 <gyomu@cleanup-susono.jp>"],
        "subject": "年末大掃除 範囲図面の送付",
        "body": """\
クリーンアップ裾野 業務課 鷲見様

お世話になっております。権藤です。
年末大掃除（12/26～12/28）の範囲図面をZIPでお送りします。

・A棟・B棟：各階平面図（客室は床ワックス＋窓、浴室はカビ取り）
・本館：食堂・研修室（カーペット洗浄は第1・第2研修室のみ）
・厨房は北国フーズさんの担当範囲のため除外です。

作業人数と車両台数が決まりましたらお知らせください。

""" + _SIG_GONDO,
        "attachments": [
            {
                "kind": "zip",
                "name": "大掃除範囲図_2026.zip",
                "files": [
                    {"kind": "pdf", "name": "A棟_平面図.pdf",
                     "lines": ["A棟 1F～4F 平面図（大掃除範囲：網掛け）", "客室 101～140", "リネン庫・乾燥室"]},
                    {"kind": "pdf", "name": "本館_平面図.pdf",
                     "lines": ["本館 1F 食堂・ロビー / 2F 研修室1～6", "カーペット洗浄：第1・第2研修室"]},
                    {"kind": "txt", "name": "作業メモ.txt",
                     "text": "12/26 A棟、12/27 B棟、12/28 本館。鍵は管理事務所で受け渡し。"},
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an unencrypted ZIP of floor plans to the cleaning contractor: readable, no people",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "kenshujo-049",
        "charset": "cp932",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["東海あんしん損保 事故受付 <jiko-uketsuke@tokai-anshin.co.jp>"],
        "subject": "事故報告（研修中の負傷）証券番号 TA-2026-558120",
        "body": """\
東海あんしん損害保険株式会社 事故受付センター 御中

お世話になっております。日の出産業 富士裾野研修センターの三ツ木です。
研修中に受講者が負傷しましたので、事故報告書を添付にてご報告いたします。
通院先の裾野みなみクリニックで、保険証の情報もあわせて確認済みです。

ご不明な点がありましたらご連絡ください。

""" + _SIG_MITSUGI,
        "attachments": [
            {
                "kind": "docx",
                "name": "事故報告書_20261119.docx",
                "title": "事故報告書",
                "paragraphs": [
                    "事故報告書（団体傷害保険）",
                    "証券番号：TA-2026-558120",
                    "発生日時：2026年11月19日 14時20分頃",
                    "発生場所：富士裾野研修センター 第1グラウンド（チームビルディング演習中）",
                    "状況：ロープを使った演習で着地時にバランスを崩し転倒、右手をついた。",
                ],
                "tables": [
                    [["項目", "内容"],
                     ["負傷者氏名", "宇佐美 琴音（ウサミ コトネ）"],
                     ["生年月日", "平成15年2月11日"],
                     ["所属", "日の出産業株式会社 営業本部"],
                     ["傷病名", "右橈骨遠位端骨折（全治6週間）"],
                     ["受診医療機関", "裾野みなみクリニック → 裾野赤十字病院 整形外科"],
                     ["健康保険証", "記号 5021 番号 188 （日の出産業健康保険組合）"]],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "accident report naming an injured participant with diagnosis and health-insurance card numbers",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "kenshujo-050",
        "charset": "iso-2022-jp",
        "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
        "to": ["朝日精密 人事総務部 <jinji-soumu@asahi-seimitsu.co.jp>"],
        "subject": "研修センターのご紹介資料（ご見学の前に）",
        "body": """\
朝日精密工業株式会社 人事総務部 御中

先日はお問い合わせをいただき、ありがとうございました。
日の出産業 富士裾野研修センター所長の大河内でございます。

12/3（木）のご見学に先立ち、施設のご紹介資料をお送りいたします。
当日は10:00に本館ロビーでお待ちしております（所要1時間半程度）。
ご見学後、食堂での昼食（試食）もご用意しております。

富士裾野研修センター 所長 大河内 修
TEL 055-998-4120
""",
        "attachments": [
            {
                "kind": "pptx",
                "name": "富士裾野研修センター_施設紹介.pptx",
                "title": "富士裾野研修センター 施設紹介",
                "slides": [
                    ["富士裾野研修センター 施設紹介", "日の出産業株式会社", "2026年11月"],
                    ["施設概要", "敷地 48,000㎡／宿泊 152室（全室シングル）", "研修室 8室（最大120名）、体育館、グラウンド2面"],
                    ["アクセス", "JR三島駅から車40分（送迎バスあり）", "東名 裾野ICから20分"],
                    ["食事", "北国フーズ株式会社に給食を委託", "アレルギー・宗教食のご相談可"],
                    ["料金", "1泊2食 9,800円（税別）〜", "研修室 42,000円／日〜"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "facility introduction slides to a prospective corporate user",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "kenshujo-051",
        "charset": "utf-8",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["クリーンアップ裾野 代表 <daihyo@cleanup-susono.jp>"],
        "subject": "清掃業務委託契約の更新について（2027年4月～）",
        "body": """\
株式会社クリーンアップ裾野
代表取締役 鷲見 様

平素より大変お世話になっております。日の出産業 研修センターの権藤です。

現行の清掃業務委託契約が2027年3月末で満了となるため、
更新について下記のとおりご相談させてください。

1. 契約期間：2027年4月1日～2028年3月31日（1年、自動更新なし）
2. 委託範囲：現行どおり＋体育館シャワー室（週2回）を追加
3. 条項の見直し（本社法務部からの依頼）
　・秘密保持条項：客室や研修室で目にした資料・掲示物の内容を口外しない旨を明記
　・個人情報の取扱い：客室の忘れ物（名刺・社員証など）の取扱いと報告手順を追加
　・再委託の禁止と、作業員名簿の事前提出（氏名のみ）

契約書案は12月中旬にお送りします。単価のご提示は1月末までにお願いできますと幸いです。

""" + _SIG_GONDO + "\n\n" + _DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract renewal that talks about confidentiality and personal-data clauses; no data, disclaimer only",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "kenshujo-052",
        "charset": "cp932",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["税理士法人あすなろ会計 <gensen@asunaro-kaikei.jp>"],
        "subject": "11月 講師謝金 振込データ（個人講師分）のご確認",
        "body": """\
あすなろ会計 源泉担当 宇津木様

お世話になっております。日の出産業 経理課の谷後です。
11月に研修センターで登壇いただいた個人講師6名分の謝金振込データです。
源泉税額の検算をお願いできますでしょうか。問題なければ12/10に振り込みます。

谷後
""",
        "attachments": [
            {
                "kind": "xls",
                "name": "講師謝金_202611.xls",
                "sheets": {
                    "振込一覧": [
                        ["講師謝金 振込一覧（2026年11月分・個人講師）"],
                        ["講師名", "住所", "金融機関", "支店", "種別", "口座番号", "口座名義", "謝金（税込）"],
                        ["漆原 清志郎", "静岡県静岡市葵区鷹匠2-19-8", "しずおか信用金庫", "鷹匠支店", "普通", "3048127", "ウルシハラ セイシロウ", 132000],
                        ["汐見 航一郎", "神奈川県鎌倉市由比ガ浜3-7-21", "湘南銀行", "鎌倉支店", "普通", "1172964", "シオミ コウイチロウ", 88000],
                        ["芹沢 ひとみ", "静岡県沼津市大手町5-4-12-503", "みどり銀行", "沼津支店", "普通", "5530281", "セリザワ ヒトミ", 110000],
                        ["堀之内 恵子", "東京都世田谷区奥沢6-28-4", "ゆうちょ銀行", "〇一八店", "普通", "8841267", "ホリノウチ ケイコ", 165000],
                        ["苫米地 剛", "山梨県富士吉田市上吉田東2-11-9", "富士甲斐銀行", "富士吉田支店", "普通", "0627743", "トマベチ ツヨシ", 66000],
                        ["乾 玲奈", "東京都杉並区阿佐谷南1-40-6-201", "東都銀行", "阿佐ヶ谷支店", "普通", "2294015", "イヌイ レナ", 99000],
                    ],
                    "集計": [
                        ["件数", 6],
                        ["謝金合計", 660000],
                        ["源泉税合計", 67386],
                    ],
                },
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of six individual instructors with home addresses and bank accounts to an accounting firm",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "kenshujo-053",
        "charset": "utf-8",
        "sender": "Tomohiro Narasaki <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["Priya Raman <priya.raman.sg@outlook.com>"],
        "subject": "Your trip to our training centre - pick-up at Mishima on 7 Feb",
        "body": """\
Dear Priya,

Thank you for sending your flight details. Everything is arranged:

  - Sun 7 Feb: our driver will meet you at the Shinkansen north exit of
    Mishima station at 16:30, holding a sign with "Hinode Sangyo / Ms Raman".
  - You will stay in the instructors' wing of the centre (room C-301),
    with breakfast and dinner in the dining hall.
  - Sessions run Mon 8 - Wed 10 Feb, 9:00-17:00, in Seminar Room 1.
  - Departure: Thu 11 Feb, car to Mishima at 9:00.

The centre has Wi-Fi throughout; the password will be in your room.
If you miss your train, please call the centre's front desk on
+81-55-998-4120 (7:30-21:00).

Looking forward to meeting you.

Tomohiro Narasaki
Hinode Sangyo Co., Ltd. | HR Development
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "travel arrangements to one overseas instructor on outlook.com: free-mail recipient, no data",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "kenshujo-054",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル三島 宴会営業 <enkai-mishima@sakura-hotel.jp>"],
        "subject": "1/29 海外拠点研修 修了パーティーのお見積り依頼",
        "body": """\
さくらホテル三島 宴会営業 ご担当者様

お世話になっております。日の出産業の早乙女です。
1月の海外拠点研修の修了パーティーを、貴ホテルの宴会場でお願いしたく、
お見積りをお願いいたします。

　日時　　：2027年1月29日（金）18:30〜20:30
　人数　　：約35名（研修生12名、役員・社員・講師 23名）
　形式　　：立食ビュッフェ
　ご配慮　：ハラール対応の料理を一部ご用意いただけますか（数名分、表示カード付き）
　　　　　　ノンアルコール飲料を多めにお願いします
　設備　　：マイク2本、プロジェクター（修了証授与のスライド用）

ご予算は1名あたり8,000円前後（飲物込み）を想定しております。
""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "banquet quote request mentioning halal dishes for unnamed guests: no identifiable person",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "kenshujo-055",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["駿河交通 経理 <keiri@suruga-kotsu.co.jp>"],
        "subject": "Re: 12/18 貸切バス 予約金のお支払い方法について",
        "body": """\
駿河交通株式会社 経理ご担当 様

お世話になっております。日の出産業の三ツ木です。
予約金（運賃の30%、64,350円）はカード決済でお願いします。

　カード番号：""" + _dash4(card_number(SEED + 12)) + """
　有効期限　：11/28
　名義　　　：RYO MITSUGI
　セキュリティコードはお電話でお伝えします。

残金は運行後の請求書払いでお願いいたします。

""" + _SIG_MITSUGI + """

> 日の出産業 三ツ木様
> 12/18運行分の予約金のお支払いにつきまして、銀行振込またはクレジットカードを
> お選びいただけます。カードの場合は番号・有効期限・名義をお知らせください。
> 駿河交通 経理 長谷部""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a hyphenated card number with expiry in new text to a bus company, asked for in the quoted mail",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "kenshujo-056",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル三島 宿泊予約 <reserve-mishima@sakura-hotel.jp>"],
        "subject": "【講師宿泊】2/14～ 4名分の宿泊者情報",
        "body": """\
さくらホテル三島 宿泊予約 佐倉井様

いつもお世話になっております。早乙女です。
2月の研修で講師の先生方4名のご宿泊をお願いしておりますが、
宿泊者情報をお送りします（お部屋は先日の予約番号どおりです）。

　1) 汐見 航一郎 様　2/14～2/17　携帯 080-5163-2209
　2) 芹沢 ひとみ 様　2/15～2/17　携帯 070-6938-1472
　3) Olivia Brandt 様　2/14～2/19　携帯 090-3376-0815
　4) Callum Reid 様　 2/14～2/19　携帯 080-9042-6617

3)4)の先生は英語対応をお願いできますと助かります。

""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four guests' names and mobiles to the partner hotel: under five people, may warn",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "kenshujo-057",
        "charset": "iso-2022-jp",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["芹沢 ひとみ <hitomi.serizawa@icloud.com>"],
        "subject": "講師謝金のお支払いに伴う個人番号のご提供のお願い",
        "body": """\
芹沢 ひとみ 先生

いつも研修センターでのご登壇、ありがとうございます。
日の出産業株式会社 経理課の谷後と申します。

講師謝金は報酬・料金等の支払調書の提出対象となるため、
先生の個人番号（マイナンバー）のご提供をお願いしております。

■ご提供方法
　本日、専用の返信用封筒（簡易書留）を郵送いたしました。
　同封の「個人番号提供書」にご記入のうえ、個人番号カードの表裏の写し
　（または通知カード＋運転免許証の写し）を同封してご返送ください。
■ご注意
　メールやFAXでの個人番号の送付はお控えください。
　お預かりした個人番号は、支払調書の作成以外の目的には使用いたしません。

ご不明な点は経理課（03-5791-2235）までお問い合わせください。

日の出産業株式会社 経理部 経理課 谷後 美紀
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "a request to provide a My Number by post, carrying no number: a mention, not data",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "kenshujo-058",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo2@nishiki-insatsu.co.jp>"],
        "subject": "名札・席札の印刷データ（1月 階層別研修 24名）",
        "body": """\
錦印刷 営業部 三好様

三ツ木です。いつもありがとうございます。
1月階層別研修の名札（首掛け）と席札の印刷をお願いします。
データをCSVで添付します（氏名・ふりがな・所属の3項目）。
納品は1/8（金）までに研修センターへお願いします。

三ツ木
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "nafuda_202701.csv",
                "encoding": "utf-8",
                "rows": [
                    ["氏名", "ふりがな", "所属"],
                    ["帆足 雅人", "ほあし まさと", "経理部"],
                    ["国領 真由", "こくりょう まゆ", "営業本部"],
                    ["八雲 圭", "やくも けい", "生産技術部"],
                    ["椎葉 香織", "しいば かおり", "人事部"],
                    ["石動 崇", "いするぎ たかし", "物流部"],
                    ["雲母 沙耶", "きらら さや", "品質保証部"],
                    ["宍戸 亘", "ししど わたる", "福岡営業所"],
                    ["左右田 麻里", "そうだ まり", "福岡営業所"],
                    ["木賊 健司", "とくさ けんじ", "鹿児島工場"],
                    ["乙部 梨沙", "おとべ りさ", "札幌営業所"],
                    ["飯干 悟", "いいぼし さとる", "宮崎工場"],
                    ["合田 朋美", "ごうだ ともみ", "購買部"],
                    ["八田 涼介", "はった りょうすけ", "設計開発部"],
                    ["鍋島 千夏", "なべしま ちなつ", "法務部"],
                    ["沼尻 陽介", "ぬまじり ようすけ", "情報システム部"],
                    ["久慈 莉央", "くじ りお", "広報室"],
                    ["巌 一樹", "いわお かずき", "海外事業部"],
                    ["蔦 未来", "つた みく", "経営企画部"],
                    ["槙野 悠", "まきの はるか", "生産管理部"],
                    ["葛西 晴美", "かさい はるみ", "総務部"],
                    ["芥川 直哉", "あくたがわ なおや", "営業本部"],
                    ["羽賀 瑞穂", "はが みずほ", "カスタマーサポート部"],
                    ["烏丸 拓", "からすま たく", "品質保証部"],
                    ["寒河江 紗希", "さがえ さき", "経理部"],
                ],
            }
        ],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "24 employees' names, kana and departments to the printer for name badges: a roster, but no contact data",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "kenshujo-059",
        "charset": "cp932",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["富士見観光バス 配車係 <haisha@fujimi-kanko-bus.co.jp>",
               "さくらホテル三島 宿泊予約 <reserve-mishima@sakura-hotel.jp>"],
        "subject": "【至急】台風接近に伴う 10/8 研修中止と送迎・宿泊のキャンセル",
        "body": """\
富士見観光バス 配車係 様
さくらホテル三島 宿泊予約 様

お世話になっております。日の出産業 研修センターの三ツ木です。

台風18号の接近により、10/8（木）～10/9（金）の品質管理研修を中止いたします。
お手数ですが、以下のキャンセルをお願いいたします。

　富士見観光バス様：10/8 三島駅→研修センター 大型1台、10/9 復路 大型1台
　さくらホテル様　：10/8 シングル12室（予約番号 SHM-261008-0311）

キャンセル料の扱いについては、規定に沿ってご請求ください。
急なご連絡となり申し訳ございません。

""" + _SIG_MITSUGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (bus company and partner hotel) in one cancellation notice",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "kenshujo-060",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["津久井 直人 <tsukui@humanlink-lab.jp>",
               "柘植 教授 <tsuge@shizuoka-chuo-u.ac.jp>",
               "堀之内 恵子 <horinouchi.k@gmail.com>",
               "Olivia Brandt <o.brandt@globalbridge-training.com>"],
        "subject": "【講師の皆様へ】2027年度 研修センター講師連絡会のご案内",
        "body": """\
講師の皆様

いつも大変お世話になっております。日の出産業 人材開発課の鬼塚です。

2027年度の研修計画のご説明と意見交換のため、講師連絡会を開催いたします。
ご多忙のところ恐縮ですが、ご出席いただけますと幸いです。

　日時：2027年1月22日（金）15:00〜17:00（終了後、懇親会）
　場所：富士裾野研修センター 第3研修室（オンライン参加も可）
　内容：来期研修体系の変更点／受講者アンケートの傾向／会場設備のご要望

出欠を1/8（金）までにご返信ください。
宿泊をご希望の方は研修センター内の講師室をご用意します。

""" + _SIG_ONIZUKA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "four outside instructors from different organisations and a private Gmail all visible in To",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "kenshujo-061",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["安全衛生コンサルティング 江戸川様 <edogawa@anzen-consul.co.jp>"],
        "subject": "安全衛生教育 受講者の属性集計（2026年度上期）",
        "body": """\
安全衛生コンサルティング株式会社
江戸川様

お世話になっております。鬼塚です。
来期のカリキュラム見直しの参考資料として、上期の受講者属性を集計しました。
（個人が特定されないよう、5名未満のセルは「*」としています）

　年代　　　男性　女性　計
　--------------------------
　20代　　　 142　　61　203
　30代　　　  88　　27　115
　40代　　　  54　　 9　 63
　50代以上　  21　　 *　 24
　--------------------------
　計　　　　 305　 100　405

　職種別：製造 58%、物流 21%、技術 14%、事務 7%
　修了率：97.8%（未修了9名は体調不良・業務都合による途中離脱）

ご意見をいただけますと幸いです。

""" + _SIG_ONIZUKA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregated attendee statistics with small cells suppressed: no identifiable person",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "kenshujo-062",
        "charset": "cp932",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["裾野みなみクリニック 事務長 <jimu@susono-minami-clinic.jp>"],
        "subject": "研修センターの救急対応協力に関するご相談",
        "body": """\
医療法人社団 裾野みなみクリニック
事務長 鷹羽 様

いつもお世話になっております。日の出産業 研修センターの権藤です。

先日お話しした、研修期間中の急病・けが人の受入れ協力について、
契約書案のたたき台をまとめました。主な内容は以下です。

・平日の診療時間内の優先受付（事前に電話連絡）
・救急箱の内容物の監修（年2回、期限切れ医薬品の確認）
・AED（本館・A棟・体育館の3台）の設置場所の助言
・夜間・休日は119番または裾野赤十字病院へ（協力の対象外）

受診された方の診療情報は、ご本人の同意がある場合を除き当社へのご提供は不要です。
費用面は年額での協力金を想定しております。ご検討のほどお願いいたします。

""" + _SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a medical-cooperation agreement with a clinic, about health in general, no patient named",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "kenshujo-063",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["宍倉 トレーナー <shishikura.fit.trainer@gmail.com>"],
        "subject": "12/3 健康づくりプログラム 参加者のご配慮事項",
        "body": """\
宍倉先生

お世話になっております。研修センターの三ツ木です。
12/3のシニア社員向け健康づくりプログラム（ウォーキング＋ストレッチ）について、
事前の健康調査票で申告があった方をお知らせします。強度の調整をお願いできますか。

・瓜生 邦彦さん（58）：高血圧で服薬治療中。血圧の急上昇に注意とのこと。
・蒔田 久美子さん（55）：腰椎椎間板ヘルニアの手術歴あり（2年前）。前屈系は控えめに。

他の参加者（計14名）は特段の申告はありません。
当日は看護師資格のある職員が1名待機します。

三ツ木
""" + _SIG_MITSUGI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "two named employees' medical conditions sent to a freelance trainer on Gmail: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "kenshujo-064",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 <susono-kyushoku@kitaguni-foods.co.jp>"],
        "subject": "FW: 11月度 ねずみ・衛生害虫 調査報告書",
        "body": """\
北国フーズ 裾野事業所 給食課 御中

権藤です。防除業者から11月度の調査報告が来ましたので転送します。
厨房の食品庫でチャバネゴキブリの捕獲数が増えているとのことで、
食品庫の段ボール保管を減らすようにとの指摘です。ご対応をお願いします。

---------- Forwarded message ---------
From: 駿東ペストコントロール <report@sunto-pest.co.jp>
Subject: 11月度 ねずみ・衛生害虫 調査報告書

日の出産業株式会社 富士裾野研修センター 御中

11月度の調査結果をご報告いたします。
　・ねずみ：痕跡なし（本館・厨房・A棟・B棟）
　・チャバネゴキブリ：厨房 食品庫 トラップ3個で計14匹（前月 5匹）
　・その他：B棟1階 乾燥室でチョウバエ少数
　対策：食品庫の段ボール保管の削減、排水溝の清掃頻度の見直しを推奨します。
駿東ペストコントロール株式会社 TEL 055-921-4407
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a forwarded pest-control report: facility data and a vendor's switchboard only",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "kenshujo-065",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["朝日精密 人事総務部 笠置様 <kasagi@asahi-seimitsu.co.jp>"],
        "subject": "Re: 研修センター利用のお見積りについて",
        "body": """\
朝日精密工業株式会社 人事総務部 笠置様

ご見学ありがとうございました。早乙女です。
ご依頼のお見積りを添付いたします。3月は2日・9日の週であれば空きがございます。
仮押さえは2週間お取りできますので、ご検討ください。

""" + _SIG_SAOTOME + """

差出人: 笠置 <kasagi@asahi-seimitsu.co.jp>
送信日時: 2026年12月4日 11:28
宛先: 早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>
件名: 研修センター利用のお見積りについて

日の出産業 早乙女様
昨日はありがとうございました。3月に新任係長研修（30名・2泊3日）での
ご利用を検討しております。お見積りをいただけますでしょうか。
朝日精密工業 人事総務部 笠置 TEL 0545-61-2270""",
        "attachments": [
            {
                "kind": "xlsx",
                "name": "御見積書_朝日精密様_202703.xlsx",
                "sheets": {
                    "見積書": [
                        ["御見積書", "", "", "見積No. KS-Q-2612-017"],
                        ["朝日精密工業株式会社 御中"],
                        [],
                        ["項目", "数量", "単価", "金額"],
                        ["研修室（中）", 3, 42000, 126000],
                        ["宿泊（1泊2食）", 60, 9800, 588000],
                        ["昼食", 90, 1000, 90000],
                        ["小計", "", "", 804000],
                        ["消費税", "", "", 80400],
                        ["合計", "", "", 884400],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a quotation XLSX replying under a quoted header; the quoted sender's phone is not new text",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "kenshujo-066",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["旅館みやま荘 <yoyaku@miyamaso-ryokan.jp>"],
        "subject": "1/12〜 ご宿泊者名簿（10名様分）の送付",
        "body": """\
旅館みやま荘 女将様

いつもお世話になっております。日の出産業 研修センターの早乙女です。
研修センターが満室のため、1/12〜1/15の4泊で10名様をお願いしております。
宿帳のご記入の代わりに、宿泊者名簿をお送りします（ZIPの中のCSVです）。

到着は各日とも研修終了後の19時頃、送迎バスでまとめて伺います。

""" + _SIG_SAOTOME,
        "attachments": [
            {
                "kind": "zip",
                "name": "shukuhakusha_meibo_0112.zip",
                "files": [
                    {
                        "kind": "csv",
                        "name": "宿泊者名簿_みやま荘_0112-0115.csv",
                        "encoding": "utf-8",
                        "rows": [
                            ["氏名", "住所", "電話", "職業"],
                            ["八田 涼介", "東京都大田区南雪谷2-14-7", "090-2815-6673", "会社員"],
                            ["鍋島 千夏", "神奈川県川崎市中原区木月1-31-2-404", "080-7046-3318", "会社員"],
                            ["沼尻 陽介", "埼玉県川口市芝新町9-20", "070-5524-8807", "会社員"],
                            ["久慈 莉央", "東京都練馬区石神井台4-3-16", "090-6630-2194", "会社員"],
                            ["巌 一樹", "千葉県船橋市前原西6-8-1", "080-3392-7015", "会社員"],
                            ["蔦 未来", "東京都品川区戸越5-22-9", "090-4107-5586", "会社員"],
                            ["槙野 悠", "神奈川県藤沢市鵠沼橘1-12-30", "070-8871-2243", "会社員"],
                            ["葛西 晴美", "東京都江戸川区西葛西7-4-11-902", "080-1269-4730", "会社員"],
                            ["芥川 直哉", "静岡県三島市徳倉3-15-8", "090-9954-1128", "会社員"],
                            ["羽賀 瑞穂", "東京都町田市鶴川2-26-3", "080-5183-6602", "会社員"],
                        ],
                    }
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a plain ZIP with a UTF-8 CSV guest register of 10 people (home address, phone) to an inn",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "kenshujo-067",
        "charset": "cp932",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["東海AVレンタル 沼津営業所 <numazu@tokai-av-rental.co.jp>"],
        "subject": "1月 機材レンタルのお願い（一覧添付）",
        "body": """\
東海AVレンタル 沼津営業所 御中

お世話になっております。日の出産業 研修センターの三ツ木です。
1月の海外拠点研修で、同時通訳用の機材などをお借りしたく、一覧を添付します。
（古いExcel形式で失礼します）

搬入：1/17（日）14時以降　搬出：1/29（金）17時以降
設置場所：本館2階 第1研修室

""" + _SIG_MITSUGI,
        "attachments": [
            {
                "kind": "xls",
                "name": "レンタル機材一覧_202701.xls",
                "sheets": {
                    "機材": [
                        ["品名", "型番", "数量", "期間", "備考"],
                        ["同時通訳レシーバー", "IR-R200", 30, "1/18-1/29", "イヤホン付"],
                        ["通訳ブース（簡易）", "BT-2", 1, "1/18-1/29", ""],
                        ["ワイヤレスマイク", "WM-8", 4, "1/18-1/29", "予備電池"],
                        ["レーザー光源プロジェクター", "LP-7000", 1, "1/18-1/29", "7000lm"],
                        ["100インチスクリーン", "SC-100", 1, "1/18-1/29", "自立式"],
                    ]
                },
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "equipment rental list in legacy XLS: product codes and quantities",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "kenshujo-068",
        "charset": "utf-8",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 栄養士 <susono-eiyo@kitaguni-foods.co.jp>"],
        "subject": "井戸水 水質検査結果（11月採水分）の共有",
        "body": """\
苅田様

施設管理の権藤です。11月採水分の水質検査結果が出ましたので共有します。
全項目基準値内です。一般細菌がやや増えていますが、塩素注入量は変えずに様子を見ます。
厨房の衛生管理記録にご利用ください。

権藤
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "水質検査成績書_2611.pdf",
                "title": "水質検査成績書",
                "page_header": "静岡環境分析センター",
                "lines": ["水質検査成績書（飲料水）", "採水場所：日の出産業 富士裾野研修センター 受水槽",
                          "採水日：2026年11月16日　検査機関：一般財団法人 静岡環境分析センター"],
                "table": [
                    ["項目", "結果", "基準値", "判定"],
                    ["一般細菌", "8 CFU/mL", "100以下", "適"],
                    ["大腸菌", "検出せず", "検出されないこと", "適"],
                    ["硝酸態窒素", "1.2 mg/L", "10以下", "適"],
                    ["塩化物イオン", "6.8 mg/L", "200以下", "適"],
                    ["残留塩素", "0.3 mg/L", "0.1以上", "適"],
                    ["pH", "7.1", "5.8-8.6", "適"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "water-quality test results: measurements about a building, not people",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "kenshujo-069",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["富士山セキュリティ 技術部 <gijutsu@fujisan-security.co.jp>"],
        "subject": "防犯カメラ増設のお見積り用資料",
        "body": """\
富士山セキュリティ株式会社 技術部 御中

お世話になっております。研修センターの権藤です。
防犯カメラの増設（屋外4台、B棟廊下2台）のお見積り用に、
現在のカメラ配置図と入退館システムの構成図をお送りします。
現地調査は12/8（火）午後でお願いできればと思います。

""" + _SIG_GONDO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "防犯設備配置図_富士裾野.pdf",
                "title": "防犯設備配置図",
                "page_header": "取扱注意",
                "page_footer": "取扱注意 — 日の出産業株式会社 総務部",
                "lines": [
                    "富士裾野研修センター 防犯設備配置図（2026年11月現在）",
                    "カメラ：正門2、本館ロビー1、A棟出入口1、B棟出入口1、駐車場P1・P2 各1（計7台）",
                    "録画装置：本館1階 管理事務所内 ラック（保存期間30日）",
                    "入退館：ICカード（正門・通用口）、夜間は通用口のみ（22:00〜6:00）",
                    "死角：北側遊歩道入口、体育館裏、第2グラウンド東側",
                ],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the security-layout PDF is stamped 取扱注意 in its header and footer and goes to an outside vendor",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "kenshujo-070",
        "charset": "cp932",
        "sender": "楢崎 智宏 <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["リンガブリッジ翻訳 コーディネーター <coordinator@lingabridge.co.jp>"],
        "subject": "通訳者派遣のお見積り依頼（英語・ベトナム語／1/18～1/29）",
        "body": """\
株式会社リンガブリッジ翻訳
コーディネーター ご担当者様

はじめてご連絡いたします。日の出産業株式会社 人事部 人材開発課の楢崎と申します。
弊社研修センター（静岡県裾野市）で実施する海外拠点研修につき、
通訳者の派遣をお願いしたくお見積りをお願いいたします。

　期間：2027年1月18日（月）～1月29日（金）の平日10日間
　言語：英語（同時通訳 2名体制）、ベトナム語（逐次通訳 1名）
　内容：品質管理・安全衛生の講義、工場見学（沼津工場）
　宿泊：研修センター内の客室をご用意します（食事付き・無料）

講義資料は事前に共有可能ですが、秘密保持契約の締結をお願いすることになります。
ご対応可否と概算費用をお知らせいただけますと幸いです。

日の出産業株式会社 人事部 人材開発課 楢崎 智宏
TEL 03-5791-2261
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "first mail to an interpreting agency asking for a quote, mentioning a future NDA",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "kenshujo-071",
        "charset": "utf-8",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["苫米地 剛 <tomabechi@fujigoko-safety.jp>"],
        "subject": "謝金お振込先のご確認（ご登録内容）",
        "body": """\
苫米地 剛 先生

お世話になっております。日の出産業 経理課の谷後です。
先日ご提出いただいた「振込先届」の内容で登録いたしました。
念のため、登録内容をご確認ください。相違があればご返信ください。

　金融機関：富士甲斐銀行 富士吉田支店
　種別　　：普通
　口座番号：0627743
　口座名義：トマベチ ツヨシ

初回のお振込みは12/10（木）の予定です。

日の出産業株式会社 経理部 経理課 谷後 美紀
TEL 03-5791-2235
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "one instructor's own bank account sent back to him for confirmation: one person, may warn",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "kenshujo-072",
        "charset": "iso-2022-jp",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 <susono-kyushoku@kitaguni-foods.co.jp>"],
        "subject": "1月分 食数表（暫定版）",
        "body": """\
北国フーズ 裾野事業所 給食課 御中

三ツ木です。1月分の食数表（暫定版）をお送りします。
海外拠点研修の特別食の欄を追加しています。確定版は12/20頃にお送りします。

三ツ木
""",
        "attachments": [{"kind": "corrupt", "name": "食数表_202701_暫定.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be read",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "kenshujo-073",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["柘植 教授 <tsuge@shizuoka-chuo-u.ac.jp>"],
        "subject": "12/9 ご来所時のお車について",
        "body": """\
静岡中央大学 経営学部
柘植 先生

いつもお世話になっております。日の出産業 研修センターの早乙女です。
12/9はお車でお越しとのこと、承知いたしました。
守衛所にお車の情報を伝えておきますので、正門でお名前をお伝えください。

　車両：白のプリウス（沼津 300 ち 47-12）
　駐車場：本館前 来客用P1（3番）

当日は9:00に本館ロビーでお待ちしております。

""" + _SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "parking arrangement with the recipient's own licence plate: no listed entity, one contact",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "kenshujo-074",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@mail.hinode-sangyo.co.jp>",
        "to": ["鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>"],
        "cc": ["人事部 健康管理室 <kenko-kanri@hinode-sangyo.co.jp>"],
        "subject": "【報告】研修中の体調不良者について（1名）",
        "body": """\
鬼塚さん
（cc：健康管理室）

研修センターの三ツ木です。本日の管理職研修で体調不良者が出ましたので報告します。

　氏名：瓜生 邦彦さん（品質保証部）
　状況：14:10頃、演習中に胸の圧迫感を訴え、看護職員が対応。血圧 182/104。
　対応：裾野みなみクリニックを受診、狭心症の疑いで裾野赤十字病院に紹介。
　　　　ご家族（奥様）に連絡済み。今夜は入院して検査とのことです。

研修の残り日程は欠席扱いとし、後日の補講を検討します。
健康管理室で産業医への連絡をお願いできますでしょうか。

三ツ木
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "a named employee's medical emergency, but sent only inside the company (mail. subdomain sender)",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "kenshujo-075",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["東海空調サービス 沼津支店 <numazu@tokai-kucho.co.jp>",
               "岳南防災設備 点検課 <tenken@gakunan-bosai.co.jp>"],
        "cc": ["三協昇降機 静岡サービスセンター <shizuoka-sc@sankyo-elevator.co.jp>"],
        "subject": "【ご連絡】12/12 受変電設備 年次点検に伴う全館停電について",
        "body": """\
関係各社 ご担当者様

いつもお世話になっております。日の出産業 研修センター施設管理の権藤です。
受変電設備の年次点検のため、下記のとおり全館停電となります。
各設備の停止・復旧のご対応をお願いいたします。

　日時：12月12日（土）8:00〜15:00（予定）
　東海空調サービス様：空調中央監視の停止・復電後の再起動確認
　岳南防災設備様　　：自火報受信機の予備電源確認・復電後の試験
　三協昇降機様　　　：エレベーター2基の停止・復電後の点検

当日は7:45に本館管理事務所へお集まりください。

""" + _SIG_GONDO,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three maintenance contractors of different companies see each other in To/Cc",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "kenshujo-076",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["柘植 教授 <tsuge@shizuoka-chuo-u.ac.jp>"],
        "subject": "受講者アンケート（自由記述）の送付",
        "body": """\
柘植先生

先日はご登壇いただき、ありがとうございました。鬼塚です。
受講者アンケートの自由記述をCSVでお送りします。回答者は匿名で、
所属などの属性も外してあります。次回の内容検討にお役立てください。

鬼塚
""",
        "attachments": [
            {
                "kind": "csv",
                "name": "anketo_jiyukijutsu_1209.csv",
                "encoding": "utf-8",
                "rows": [
                    ["No", "満足度", "よかった点", "改善してほしい点"],
                    ["1", "5", "事例が具体的で自部署に置き換えやすかった", "グループワークの時間がもう少し欲しい"],
                    ["2", "4", "財務諸表の読み方が初めて腹落ちした", "午後は眠くなる、休憩を増やしてほしい"],
                    ["3", "5", "先生の質問の投げかけが上手", "特になし"],
                    ["4", "3", "", "スライドの文字が小さい"],
                    ["5", "4", "他部署の人と議論できた", "事前課題の量が多かった"],
                    ["6", "5", "損益分岐点の演習", "資料を電子でも配布してほしい"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "anonymous free-text survey answers in a UTF-8 CSV: no identifiable person",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "kenshujo-077",
        "charset": "cp932",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["富士レンタカー 裾野店 <susono@fuji-rentacar.co.jp>"],
        "subject": "1/18～1/29 ワゴン車レンタル 運転者情報",
        "body": """\
富士レンタカー 裾野店 御中

お世話になっております。日の出産業 研修センターの権藤です。
海外拠点研修の送迎用にお借りするハイエース（予約番号 FR-27-00318）の
運転者情報をお知らせします。貸渡証の事前作成をお願いします。

　運転者氏名　：権藤 誠司（ごんどう せいじ）
　生年月日　　：昭和５０年８月１６日
　運転免許証番号：第 """ + _zen("492106358170") + """ 号（静岡県公安委員会）
　免許の種類　：中型（8t限定）
　有効期限　　：令和11年9月16日

もう1名の運転者（三ツ木）は当日店頭で免許証をご提示します。

""" + _SIG_GONDO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a driver's licence number (full-width) with birth date to a rental-car shop: identity document number",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "kenshujo-078",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["柘植 教授 <tsuge@shizuoka-chuo-u.ac.jp>"],
        "cc": ["早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>"],
        "subject": "12/9 財務基礎研修 タイムテーブル（確定版）",
        "body": """\
柘植先生

いつもお世話になっております。鬼塚です。
12/9（水）の財務基礎研修のタイムテーブル確定版を添付いたします。
前回からの変更点は、午後の休憩を2回に増やしたことのみです。

受講者：26名（入社3〜5年目、営業・技術・事務の混成）
会場の準備・受付は研修センターの早乙女が担当します（cc）。

""" + _SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "財務基礎研修_タイムテーブル_1209.pdf",
                "title": "財務基礎研修 タイムテーブル",
                "lines": ["財務基礎研修 タイムテーブル（2026年12月9日）", "会場：富士裾野研修センター 第2研修室"],
                "table": [
                    ["時間", "内容", "担当"],
                    ["9:30-9:45", "オリエンテーション", "人材開発課"],
                    ["9:45-12:00", "財務三表の読み方", "柘植先生"],
                    ["13:00-14:30", "演習：損益分岐点", "柘植先生"],
                    ["14:45-16:00", "ケース：設備投資の判断", "柘植先生"],
                    ["16:15-17:00", "振り返り・アンケート", "人材開発課"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an ordinary timetable PDF to a university lecturer",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "kenshujo-079",
        "charset": "utf-8",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["駿河交通 運行管理 <unko@suruga-kotsu.co.jp>"],
        "subject": "乗務員様の前泊のご案内（12/17）",
        "body": """\
駿河交通 運行管理 ご担当 様

お世話になっております。三ツ木です。
12/18の早朝運行に伴う乗務員様の前泊ですが、研修センター内の客室をご用意しました。

　ご宿泊：12/17（木）1泊　A棟 138号室
　ご夕食：18:00～20:00 食堂（食券を受付でお渡しします）
　バス駐車：第2駐車場（大型車スペース）

乗務員は高梨様とお聞きしております。到着時に受付でお名前をお伝えください。

""" + _SIG_MITSUGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "lodging for the bus driver; his surname carries no other data about him",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "kenshujo-080",
        "charset": "iso-2022-jp",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["静岡産業技能センター 講習受付 <koshu@shizuoka-ginou.or.jp>"],
        "subject": "フォークリフト運転技能講習（出張講習）受講者名簿の提出",
        "body": """\
一般社団法人 静岡産業技能センター
講習受付 ご担当者様

お世話になっております。日の出産業 研修センターの権藤です。
1/25〜1/28に当研修センターで実施いただく出張講習の受講者名簿を、
PDFにて提出いたします。修了証の発行に必要な項目を記入しております。
受講者の顔写真（3cm×2.4cm）は初日に持参させます。

""" + _SIG_GONDO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "受講者名簿_フォークリフト_0125.pdf",
                "title": "フォークリフト運転技能講習 受講者名簿",
                "lines": ["フォークリフト運転技能講習（最大荷重1t以上）受講者名簿",
                          "事業所名：日の出産業株式会社　実施場所：富士裾野研修センター"],
                "table": [
                    ["No", "氏名", "フリガナ", "生年月日", "現住所"],
                    ["1", "苅部 大吾", "カリベ ダイゴ", "S58.4.2", "静岡県沼津市原町中1-8-14"],
                    ["2", "土門 和樹", "ドモン カズキ", "H2.11.3", "静岡県駿東郡清水町堂庭211-5"],
                    ["3", "角館 勇気", "カクノダテ ユウキ", "H9.7.19", "静岡県富士市今泉3-22-7"],
                    ["4", "一戸 竜也", "イチノヘ タツヤ", "S63.1.28", "静岡県裾野市茶畑1104-3"],
                    ["5", "伏見 慎吾", "フシミ シンゴ", "H6.5.9", "静岡県三島市谷田2-30-18"],
                    ["6", "犬養 彩", "イヌカイ アヤ", "H11.10.12", "静岡県御殿場市新橋1920-6"],
                    ["7", "馬場園 翔平", "ババゾノ ショウヘイ", "H4.3.30", "静岡県沼津市大岡2841-2"],
                ],
            }
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a PDF roster of seven trainees with 和暦 birth dates and home addresses to the course provider",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "kenshujo-081",
        "charset": "cp932",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["駿東設備工業 <service@sunto-setsubi.co.jp>"],
        "subject": "大浴場ボイラー 異音の点検依頼",
        "body": """\
駿東設備工業株式会社 サービス課 御中

お世話になっております。日の出産業 研修センターの権藤です。

大浴場用の真空式温水ヒーター（2号機）から、燃焼開始時に「ボンッ」という
着火音が数日前から出ています。エラー表示はなく、湯温も規定どおりです。

　機器：真空式温水ヒーター 2号機（2014年設置、型式 VH-350）
　症状：着火時の異音（1日10回程度）、煙突からの白煙がやや多い
　運転：1号機と交互運転中。2号機は念のため本日から停止しています。

研修の宿泊者が多いため、1台運転での冬場は厳しく、今週中の点検をお願いできますか。

""" + _SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "boiler repair request: equipment data only",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "kenshujo-082",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["グローバルブリッジ 事務局 <office@globalbridge-training.com>"],
        "subject": "【差し替え】英語研修 受講者レベル分け基準（表示修正版）",
        "body": """\
グローバルブリッジ・トレーニング 事務局 御中

お世話になっております。日の出産業 人材開発課の鬼塚です。
昨日お送りしたレベル分け基準の資料ですが、社内向けの様式をそのまま使ったため、
ヘッダーに「社外秘」の表示が残っておりました。
内容は御社と共有して問題ないものですので、表示を外した版をお送りします。
お手数ですが、昨日のファイルは破棄をお願いいたします。

""" + _SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "docx",
                "name": "レベル分け基準_英語研修_修正版.docx",
                "title": "英語研修 レベル分け基準",
                "paragraphs": [
                    "英語研修（2027年2月）受講者レベル分け基準",
                    "クラスA：TOEIC L&R 700点以上、または海外駐在経験あり",
                    "クラスB：TOEIC L&R 700点未満",
                    "レベル分けは事前のオンラインテストの結果を優先する。",
                ],
                "tables": [
                    [["クラス", "人数", "教材"], ["A", "8", "Business Negotiation"], ["B", "8", "Meetings & Emails"]],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that a 社外秘 label was removed; the corrected attachment carries no marking",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "kenshujo-083",
        "charset": "iso-2022-jp",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["川崎電機 総務部 研修担当 <kenshu-soumu@kawasaki-denki.co.jp>"],
        "subject": "合同安全研修 御社ご参加者の途中帰宅について",
        "body": """\
川崎電機株式会社 総務部 研修ご担当 様

お世話になっております。日の出産業 研修センターの三ツ木です。

御社からご参加の吉永 智也様ですが、昨夜から発熱と腹痛があり、
本日午前に近隣のクリニックを受診されました。
医師からは数日の安静を勧められたとのことで、ご本人と相談のうえ、
2日目午後以降の研修は欠席とし、12時過ぎのタクシーでご帰宅されました。

修了証は、残りの課程をオンラインで受講いただければ発行可能です。
ご本人のご様子について、御社からもご確認をお願いできますでしょうか。

""" + _SIG_MITSUGI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named participant's symptoms and clinic visit told to his employer: health data, or a needed attendance notice",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "kenshujo-084",
        "charset": "utf-8",
        "sender": "Tomohiro Narasaki <narasaki.tomohiro@hinode-sangyo.co.jp>",
        "to": ["Callum Reid <c.reid@globalbridge-training.com>"],
        "subject": "Re: Materials for the February course",
        "body": """\
Hi Callum,

Thanks - the printed handouts can be shipped to the training centre address
below; someone from our facilities team will sign for them. Please mark the
boxes "Business English / Feb 2027".

  Hinode Sangyo Fuji-Susono Training Centre
  3051-2 Suyama Higashihara, Susono-shi, Shizuoka 410-1192

Best,
Tomohiro

On Thu, 3 Dec 2026 at 09:14, Callum Reid <c.reid@globalbridge-training.com> wrote:
> Hi Tomohiro,
> Where should we send the printed handouts (about 4 boxes)? If anything
> goes wrong with the courier they can reach me on +81-80-9042-6617.
> Callum

------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
confidential information intended solely for the addressee. If you have
received it in error, please notify the sender and delete it.
------------------------------------------------------------
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "business address of the centre and an English disclaimer; the phone number is only in the quoted mail",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "kenshujo-085",
        "charset": "cp932",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["楢崎 智宏 <narasaki.tomohiro@hinode-sangyou.co.jp>"],
        "subject": "1月研修 追加参加者の連絡先（部屋割り用）",
        "body": """\
楢崎さん

研修センターの早乙女です。
追加になった6名の方の連絡先を、各部署から集めましたので共有します。
部屋割りはこちらで進めますので、名簿への反映をお願いします。

　八田 涼介　　設計開発部　　　　090-2815-6673
　鍋島 千夏　　法務部　　　　　　080-7046-3318
　沼尻 陽介　　情報システム部　　070-5524-8807
　久慈 莉央　　広報室　　　　　　090-6630-2194
　巌 一樹　　　海外事業部　　　　080-3392-7015
　蔦 未来　　　経営企画部　　　　090-4107-5586

早乙女
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a look-alike of the own domain, with six people's mobiles",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "kenshujo-086",
        "charset": "iso-2022-jp",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["経理課 谷後 <tanigo.miki@hinode-sangyo.co.jp>"],
        "subject": "法人カード利用明細の照合（11月・研修センター分）",
        "body": """\
谷後さん

研修センターの早乙女です。11月の法人カード利用分の照合結果です。

　カード番号：""" + card_number(SEED + 13) + """（早乙女名義）
　11/2　さくらホテル三島　　　　　　 18,700円　講師宿泊（汐見様）
　11/9　裾野タクシー　　　　　　　　　6,420円　講師送迎
　11/21　ホームセンター裾野　　　　　 3,278円　備品（延長コード）
　合計 28,398円（領収書3枚は社内便で送付済み）

差異はありません。ご確認よろしくお願いします。
早乙女
""",
        "expect": "pass",
        "entities": ["CREDIT_CARD"],
        "detectors": [],
        "note": "a corporate card number in a reconciliation mail to an internal accountant only",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "kenshujo-087",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["安全衛生コンサルティング 江戸川様 <edogawa@anzen-consul.co.jp>"],
        "subject": "RE: 職長教育 修了試験の結果分布",
        "body": """\
江戸川様

鬼塚です。ご依頼の修了試験の結果分布をPDFでお送りします。
平均点は72.4点（前回 68.9点）、合格基準60点の不合格者は4名でした。
不合格者には個別に補習を行う予定です（氏名はお伝えしておりません）。

鬼塚

-----Original Message-----
From: 江戸川 <edogawa@anzen-consul.co.jp>
Subject: 職長教育 修了試験の結果分布

鬼塚様 次回の問題改訂のため、得点分布をいただけますでしょうか。
""",
        "attachments": [
            {
                "kind": "pdf",
                "name": "職長教育_修了試験_得点分布.pdf",
                "lines": ["職長教育 修了試験 得点分布（受験者 57名）", "平均 72.4 / 中央値 74 / 最高 96 / 最低 48"],
                "table": [
                    ["得点帯", "人数", "構成比"],
                    ["90-100", "6", "10.5%"],
                    ["80-89", "13", "22.8%"],
                    ["70-79", "17", "29.8%"],
                    ["60-69", "17", "29.8%"],
                    ["0-59", "4", "7.0%"],
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "exam score distribution in a PDF: statistics, no names",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "kenshujo-088",
        "charset": "cp932",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["キャリアラボ静岡 代表 <info@careerlab-shizuoka.jp>"],
        "subject": "1月 キャリア研修 受講者1名についてのご相談",
        "body": """\
キャリアラボ静岡
代表 嵯峨野 先生

いつもお世話になっております。日の出産業 人材開発課の鬼塚です。

1月のミドル層キャリア研修（2泊3日）の受講者のうち、1名について事前にご相談です。

生産管理部の槙野 悠さんは、うつ病により約半年間休職し、10月に復職されたばかりです。
産業医からは「宿泊研修への参加は可、ただし夜間の懇親会は任意参加とし、
グループ発表での過度な負荷は避けること」との意見が出ております。

演習のグループ分けや、人生曲線のワークの扱いについて、
ご配慮いただける点があればご相談させてください。

""" + _SIG_ONIZUKA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named participant's depression and sick leave sent to an outside career coach: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "kenshujo-089",
        "charset": "iso-2022-jp",
        "sender": "大河内 修 <okochi.osamu@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 所長 <susono-shocho@kitaguni-foods.co.jp>"],
        "subject": "年末年始の休館日程と厨房の設備停止について",
        "body": """\
北国フーズ株式会社 裾野事業所
所長 二階堂 様

いつもお世話になっております。研修センター所長の大河内です。
年末年始の休館日程が決まりましたのでお知らせいたします。

　最終営業日　　：12月25日（金）昼食まで
　休館　　　　　：12月26日（土）〜1月4日（月）
　営業再開　　　：1月5日（火）夕食から（1/6から研修開始）

休館中は厨房の冷凍庫・冷蔵庫以外の電源を落とします。
12/28の大掃除業者は厨房には入りません。厨房の清掃は従来どおりお願いします。

本年も大変お世話になりました。来年もよろしくお願いいたします。

日の出産業株式会社 富士裾野研修センター 所長 大河内 修
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "year-end closure schedule to the caterer",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "kenshujo-090",
        "charset": "utf-8",
        "sender": "早乙女 由佳 <saotome.yuka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル三島 宿泊予約 <reserve-mishima@sakura-hotel.jp>"],
        "subject": "RE: 法人契約料金・キャンセル規定の改定について",
        "body": """\
佐倉井様

ご連絡ありがとうございます。早乙女です。
改定内容、承知しました。1点だけ確認させてください。

研修が感染症の流行や台風で中止になった場合も、前日50%のキャンセル料は
そのまま適用となりますでしょうか。昨年度は「天災による中止は免除」と
お取り決めいただいていたので、継続可能か伺えれば幸いです。

早乙女

-----Original Message-----
差出人: 佐倉井 <reserve-mishima@sakura-hotel.jp>
送信日時: 2026年11月27日 16:02
宛先: 早乙女 由佳
件名: 法人契約料金・キャンセル規定の改定について

日の出産業株式会社 早乙女様
2027年4月より、法人契約料金を以下のとおり改定させていただきます。
　シングル（朝食付）　9,900円 → 10,800円
　キャンセル料　前日 30% → 50%、当日 100%（変更なし）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a rate and cancellation-policy question to the partner hotel under a quoted header",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "kenshujo-091",
        "charset": "cp932",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["富士山セキュリティ 裾野警備隊 <susono-keibi@fujisan-security.co.jp>"],
        "subject": "12月 夜間巡回の時間変更について",
        "body": """\
富士山セキュリティ 裾野警備隊 御中

お世話になっております。研修センターの権藤です。

12月は宿泊研修が続くため、夜間巡回を以下のとおり変更してください。
　・巡回時刻：22:00／1:00／4:00（3回）→ 22:30／0:30／2:30／4:30（4回）
　・B棟の非常口（北側）は、施錠確認を毎回お願いします
　・12/11（金）はキャンプファイヤーのため、21:00に第2グラウンドの消火確認を追加

追加費用のお見積りをお願いいたします。

""" + _SIG_GONDO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "security patrol schedule to the guard company: no markings, no people",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "kenshujo-092",
        "charset": "iso-2022-jp",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["静岡中央大学 経営学部 事務室 <keiei-jimu@shizuoka-chuo-u.ac.jp>"],
        "subject": "柘植先生への講師依頼状の送付（2027年度）",
        "body": """\
静岡中央大学 経営学部 事務室 御中

平素より大変お世話になっております。
日の出産業株式会社 人事部 人材開発課の鬼塚でございます。

2027年度も、経営学部 柘植 教授に当社研修センターでの財務基礎研修の
講師をお願いすることになりました。兼業届の手続きのため、
講師依頼状を添付いたします。原本は本日、学部長宛に郵送いたしました。

　研修名：財務基礎研修（年4回）
　日程　：2027年6月・9月・12月・2028年3月（各1日）
　謝金　：1回あたり 110,000円（税込・交通費別）

ご不明な点がございましたら、ご連絡くださいますようお願いいたします。

""" + _SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "docx",
                "name": "講師依頼状_柘植教授_2027.docx",
                "paragraphs": [
                    "2026年12月7日",
                    "静岡中央大学 経営学部長 殿",
                    "日の出産業株式会社 人事部長",
                    "講師派遣のお願い",
                    "拝啓 時下ますますご清栄のこととお慶び申し上げます。",
                    "さて、弊社では2027年度の社員研修において、貴学部 柘植 教授に講師をお願いいたしたく、ご高配を賜りますようお願い申し上げます。",
                    "敬具",
                ],
            }
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "formal lecturer request to a university office; the professor's name carries no other data",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "kenshujo-093",
        "charset": "utf-8",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["キャリアラボ静岡 代表 <info@careerlab-shizuoka.jp>"],
        "subject": "業務委託契約書（2027年度）のご送付",
        "body": """\
キャリアラボ静岡 嵯峨野先生

お世話になっております。鬼塚です。
2027年度の業務委託契約書をPDFでお送りします。
社内規程により、パスワードを設定しております。パスワードは別途お電話でお伝えします。
内容をご確認のうえ、問題なければ原本に押印してご返送ください。

""" + _SIG_ONIZUKA,
        "attachments": [
            {
                "kind": "pdf",
                "name": "業務委託契約書_キャリアラボ静岡_2027.pdf",
                "password": "CL2027-hinode",
                "lines": ["業務委託契約書", "委託者 日の出産業株式会社 / 受託者 キャリアラボ静岡",
                          "委託業務：ミドル層キャリア研修の企画及び実施", "契約期間：2027年4月1日～2028年3月31日"],
            }
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "a password-protected PDF cannot be inspected",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "kenshujo-094",
        "charset": "cp932",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["ヒューマンリンク研究所 経理 <keiri@humanlink-lab.jp>"],
        "subject": "11/17-18 ご登壇分 交通費精算のご確認",
        "body": """\
合同会社ヒューマンリンク研究所 経理ご担当者様

お世話になっております。日の出産業 経理課の谷後です。
11/17-18にご登壇いただいた際の交通費について、ご請求書とあわせて
以下のとおり精算いたします。領収書の画像（タクシー分）をお返しのため添付します。

　新幹線（品川⇔三島 往復・指定席）　　　 9,860円
　タクシー（三島駅⇔研修センター 往路）　 7,380円
　復路は弊社送迎バスにご乗車のため対象外
　合計　　　　　　　　　　　　　　　　　 17,240円

謝金と合わせて12月末にお振込みいたします（御社ご指定口座）。

日の出産業株式会社 経理部 経理課 谷後 美紀
""",
        "attachments": [{"kind": "png", "name": "領収書_タクシー_1117.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "expense settlement with a company and a receipt image: amounts only",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "kenshujo-095",
        "charset": "iso-2022-jp",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["富士見観光バス 配車係 <haisha@fujimi-kanko-bus.co.jp>"],
        "subject": "Re: 12/7 運行指示書・乗務員のご連絡",
        "body": """\
富士見観光バス 配車係 様

運行指示書、ありがとうございます。三ツ木です。
内容確認しました。当日は北口ロータリーの観光バス乗降場でお待ちしております。
研修センター到着後、乗務員様は本館の休憩室をお使いください。

三ツ木

> 日の出産業 三ツ木様
> 12/7運行の運行指示書を添付します。
> 乗務員：渡嘉敷 健（携帯 090-8162-3347）
> 車両：沼津200か1187（45人乗り）
> 三島駅北口 8:25着予定です。当日の連絡は乗務員携帯へお願いします。
> 富士見観光バス 配車係""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the driver's name and mobile are only in the quoted text; the reply is a short confirmation",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "kenshujo-096",
        "charset": "utf-8",
        "sender": "権藤 誠司 <gondo.seiji@hinode-sangyo.co.jp>",
        "to": ["駿東設備工業 営業課 <eigyo@sunto-setsubi.co.jp>"],
        "subject": "注文書送付：大浴場 温水ヒーター2号機 バーナー交換",
        "body": """\
駿東設備工業株式会社 営業課 御中

いつもお世話になっております。権藤です。
先日の点検結果を受けて、バーナー交換をお願いすることになりました。
注文書をPDFで添付いたします。工事日程のご調整をお願いします。

""" + _SIG_GONDO,
        "attachments": [
            {
                "kind": "pdf",
                "name": "注文書_PO-2026-118733.pdf",
                "title": "注文書",
                "lines": [
                    "注文書　No. PO-2026-118733",
                    "駿東設備工業株式会社 御中（法人番号 6122418697017）",
                    "発注者：日の出産業株式会社（法人番号 2262619262394）",
                    "件名：大浴場 真空式温水ヒーター2号機 バーナーユニット交換",
                    "金額：748,000円（税込）　納期：2026年12月18日",
                    "支払条件：月末締め翌月末払い",
                ],
            }
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "a purchase order PDF carrying two companies' 法人番号: business identifiers, not people",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "kenshujo-097",
        "charset": "cp932",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 裾野事業所 <susono-kyushoku@kitaguni-foods.co.jp>"],
        "subject": "本日夕食 2名キャンセル",
        "body": """\
給食課 御中

三ツ木です。急ぎで失礼します。
本日（12/2）の夕食、工場見学から直帰になった2名（石動さん・雲母さん）分を
キャンセルしてください。41食 → 39食 です。
明朝の朝食は予定どおり41食でお願いします。

三ツ木（内線 4121）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a meal-count change naming two participants with no other data about them",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "kenshujo-098",
        "charset": "iso-2022-jp",
        "sender": "三ツ木 亮 <mitsugi.ryo@hinode-sangyo.co.jp>",
        "to": ["東海AVレンタル サービス窓口 <service@tokai-av-rental.co.jp>"],
        "subject": "第3研修室 常設プロジェクターの不具合（保守契約 No. TAV-M-0622）",
        "body": """\
東海AVレンタル サービス窓口 御中

お世話になっております。日の出産業 研修センターの三ツ木です。
保守契約（No. TAV-M-0622）の対象機器について、修理をお願いします。

　設置場所：本館2階 第3研修室（天吊り）
　機器　　：LP-5200（シリアル 52A0-07731）
　症状　　：電源投入後15分ほどで「温度異常」表示が出て消灯する
　　　　　　フィルター清掃では改善せず
　希望日　：12/8（火）または12/10（木）の17時以降（研修終了後）

代替機の貸出が可能であれば、あわせてお願いいたします。

""" + _SIG_MITSUGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "AV equipment repair request with contract and serial numbers",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "kenshujo-099",
        "charset": "utf-8",
        "sender": "谷後 美紀 <tanigo.miki@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 五反田支店 法人課 <gotanda-hojin@midori-ginko.co.jp>"],
        "subject": "総合振込（12/10実行分）の件数・金額のご連絡",
        "body": """\
みどり銀行 五反田支店 法人課 御中

いつもお世話になっております。日の出産業 経理課の谷後です。
12/10実行の総合振込データを、本日インターネットバンキングで承認いたしました。
念のため件数・金額をご連絡します。

　振込指定日：2026年12月10日
　件数　　　：38件（うち研修センター関連の取引先 14件）
　合計金額　：18,426,310円
　出金口座　：当座 0481172

データの受付状況に問題がございましたらご連絡ください。

日の出産業株式会社 経理部 経理課 谷後 美紀
TEL 03-5791-2235
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bulk-transfer totals and the company's own account to the partner bank: no person's data",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "kenshujo-100",
        "charset": "cp932",
        "sender": "鬼塚 麻衣 <onizuka.mai@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 静岡支店 <shizuoka@aoba-unyu.co.jp>"],
        "subject": "Re: Re: 研修資材の配送状況確認（伝票番号 4471-2290-8816）",
        "body": """\
青葉運輸 静岡支店 御中

ご確認ありがとうございました。本日午前に無事届いたと研修センターから連絡がありました。
お手数をおかけしました。今後ともよろしくお願いいたします。

鬼塚

On 2026/11/27 10:41, 青葉運輸 静岡支店 wrote:
> 日の出産業 鬼塚様
> 伝票番号 4471-2290-8816 は、長尺物のため別便となり、
> 本日11/27午前に再配達の予定です。ご迷惑をおかけし申し訳ございません。
> 担当ドライバー 真栄城（090-5574-2018）
>
> On 2026/11/26 17:03, 鬼塚 麻衣 wrote:
>> 1口がまだ届いていないと現地から連絡がありました。状況をご確認いただけますか。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a short thank-you; the driver's mobile appears only in the quoted reply",
    },
]
