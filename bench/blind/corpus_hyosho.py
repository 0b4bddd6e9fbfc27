"""Blind corpus, area hyosho (表彰): mail of 日の出産業's 人事部・総務部 about employee awards and
commendations — 永年勤続表彰 and its 記念品, trophies, shields and 表彰状 ordered from vendors
and printers, award ceremonies booked at hotels, incentive trips for award winners, press
releases and 社内報 articles naming winners, nominations to outside award programmes (safe
driving, disabled-worker, health management), and now and then a list of winners with
their home addresses, birth dates, bank accounts or identity numbers going where it should
not."""

from build import card_number, my_number

SEED = 63601

DISC_JA = ("本メールおよび添付ファイルには機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者までご連絡のうえ、破棄していただきますようお願い申し上げます。")
DISC_EN = ("This e-mail and any attachments may contain confidential information intended solely "
           "for the addressee. If you have received it in error, please notify the sender and "
           "delete it. Any unauthorised use or disclosure is prohibited.")

MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "hyosho-001",
        "sender": "人事部 人事企画課 <jinji-kikaku@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "【お知らせ】令和８年度 永年勤続表彰 受賞者の決定について",
        "charset": "iso-2022-jp",
        "body": """社員各位

人事部より、令和８年度 永年勤続表彰の受賞者が決定しましたのでお知らせいたします。
表彰式は４月１７日（金）１５時より本社大会議室にて行います。

  氏名            所属                    勤続
  --------------------------------------------------
  百目鬼 誠一      生産本部 大阪工場         30年
  東海林 香織      管理本部 経理部           30年
  勅使河原 悟      営業本部 名古屋支店       30年
  鰐淵 俊彦        技術本部 設計二課         20年
  小鳥遊 みなみ    管理本部 総務部           20年
  雲母 拓真        生産本部 北九州工場       20年
  左右田 哲也      営業本部 東京第一営業部   20年
  廿日出 麻衣      品質保証部               10年
  神領 大輔        情報システム部           10年
  我妻 千尋        営業本部 仙台営業所       10年
  生田目 亮        生産本部 大阪工場         10年
  猪瀬 理恵子      人事部                   10年

受賞者の皆さま、おめでとうございます。
ご出席の可否は４月３日までに所属長経由でご回答ください。

人事部 人事企画課　帯刀（たてわき）
内線 2271
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "all recipients internal: a list of award winners to all staff passes",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "hyosho-002",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["錦印刷 発送代行 ご担当 <hassou@nishiki-insatsu.co.jp>"],
        "subject": "【ご依頼】永年勤続表彰状の発送代行 宛名データ送付",
        "charset": "cp932",
        "body": """錦印刷株式会社
発送代行ご担当者様

いつもお世話になっております。日の出産業 総務部の甘粕です。

先日ご相談した永年勤続表彰状の発送代行について、
宛名データ（CSV）をお送りいたします。
表彰式を欠席する受賞者および退職予定者のご自宅へ、筒入りで発送をお願いします。

・件数：8件
・発送希望日：4月20日（月）
・差出人表記：日の出産業株式会社 人事部

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。

--
日の出産業株式会社 総務部 総務課
甘粕 俊介（あまかす しゅんすけ）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル
TEL 03-5401-2200 / FAX 03-5401-2209
""",
        "attachments": [
            {"kind": "csv", "name": "表彰状発送先_0420.csv", "encoding": "cp932",
             "rows": [
                 ["No", "氏名", "郵便番号", "住所", "電話番号", "区分"],
                 ["1", "百目鬼 誠一", "569-1123", "大阪府高槻市芥川町3-12-8", "072-681-4420", "勤続30年"],
                 ["2", "鰐淵 俊彦", "252-0303", "神奈川県相模原市南区相模大野6-2-15-702", "090-3318-2274", "勤続20年"],
                 ["3", "雲母 拓真", "803-0814", "福岡県北九州市小倉北区大手町14-3", "080-6621-0957", "勤続20年"],
                 ["4", "我妻 千尋", "981-3133", "宮城県仙台市泉区泉中央2-7-11", "022-375-8816", "勤続10年"],
                 ["5", "生田目 亮", "573-0032", "大阪府枚方市岡東町19-4 ルミエール枚方305", "070-2284-5513", "勤続10年"],
                 ["6", "蒲生 正人", "330-0062", "埼玉県さいたま市浦和区仲町1-9-20", "048-822-6031", "退職記念"],
                 ["7", "椎葉 由紀", "880-0805", "宮崎県宮崎市橘通東4-6-2", "090-7745-1182", "勤続20年"],
                 ["8", "祖父江 和夫", "491-0858", "愛知県一宮市栄3-1-7", "0586-72-3390", "退職記念"],
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV with eight winners' home addresses and phones to a partner printer: list of people",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "hyosho-003",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["大和トロフィー 営業部 <eigyo@yamato-trophy.co.jp>"],
        "subject": "クリスタル盾・記念楯のお見積りのお願い",
        "charset": "cp932",
        "body": """大和トロフィー株式会社
営業部 ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 総務部の舎人と申します。
貴社ウェブサイトのカタログを拝見し、社内表彰用の記念品について
お見積りをお願いしたくご連絡いたしました。

【品目】
  1. クリスタル盾 CR-2207（Lサイズ、台座付き）  12個  ※社長賞用
  2. 木製記念楯 WP-1150（ケヤキ調）            45個  ※永年勤続表彰用
  3. メダル MD-30G（金メッキ、ケース付き）      80個  ※改善提案賞用

【名入れ】
  各品に賞名・年度・社名をレーザー彫刻（受賞者名は別途ご相談）

【納期】
  令和８年４月１０日（金）までに本社着

【納品先】
  〒105-0013 東京都港区浜松町2-4-1 日の出ビル 受付

以上、ご検討のほどよろしくお願いいたします。

日の出産業株式会社 総務部
舎人 亜希子
TEL 03-5401-2203
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quote request for trophies with product codes and the office address: ordinary business",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "hyosho-004",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["池本 様 <t.ikemoto@nishiki-insatu.co.jp>"],
        "subject": "Re: 表彰状 文面のご確認",
        "charset": "iso-2022-jp",
        "body": """錦印刷 池本様

お世話になっております。日の出産業の帯刀です。
表彰状の文面につきまして、下記２点の修正をお願いいたします。

１．本文３行目「多年にわたり」→「永年にわたり」
２．日付を「令和八年四月十七日」に統一（漢数字）

代表者名「代表取締役社長　日下部 光一」の字体は現行のままで結構です。
修正版のPDFを改めてお送りいただけますと幸いです。

日の出産業株式会社 人事部 人事企画課
帯刀 由美子　TEL 03-5401-2271
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatu.co.jp drops an s from the partner printer's domain nishiki-insatsu.co.jp",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "hyosho-005",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "表彰式・祝賀会 会場仮予約のお願い（4/17）",
        "charset": "utf-8",
        "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の猪瀬でございます。
本年度の社内表彰式および祝賀会の会場として、下記のとおり仮予約をお願いいたします。

■日時　2026年4月17日（金）
　　　　表彰式 15:00〜16:30 ／ 祝賀会 17:00〜19:00
■人数　約120名（表彰式は着席、祝賀会は立食）
■会場　鳳凰の間（前回と同じレイアウトを希望）
■料理　立食プラン 8,000円（税サ別）／ドリンクはフリードリンク2時間
■機材　プロジェクター、スクリーン、マイク4本、演台、表彰状用の盆

見積書を頂戴できましたら、社内決裁のうえ本予約のご連絡をいたします。
何卒よろしくお願いいたします。

日の出産業株式会社　総務部 総務課
猪瀬 理恵子
〒105-0013 東京都港区浜松町2-4-1
TEL 03-5401-2205　FAX 03-5401-2209
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "venue booking with a partner hotel: no personal data",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "hyosho-006",
        "sender": "社長室 鬼頭 <m.kito@hinode-sangyo.co.jp>",
        "to": ["川崎電機株式会社 取締役 宍戸 様 <shishido@kawasaki-denki.co.jp>",
               "北国フーズ株式会社 常務 栗生 様 <kuryu.h@kitaguni-foods.co.jp>",
               "青葉運輸株式会社 営業本部長 不破 様 <fuwa@aoba-unyu.co.jp>"],
        "subject": "創立50周年 功労者表彰式ならびに祝賀会のご案内",
        "charset": "iso-2022-jp",
        "body": """関係各位

拝啓　春暖の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、弊社は本年創立５０周年を迎えるにあたり、
永年にわたり弊社の発展にご尽力いただいた功労者の表彰式ならびに祝賀会を
下記のとおり開催する運びとなりました。
ご多用中誠に恐縮ではございますが、ご臨席賜りますようご案内申し上げます。

　　　　　　　　　　　　記
日時　令和８年５月２２日（金）　午後４時〜午後７時
会場　さくらホテル　鳳凰の間
　　　東京都港区芝公園一丁目（地図は別途お送りします）

ご出欠を５月８日までにご返信いただけますと幸甚に存じます。
　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

日の出産業株式会社　社長室
鬼頭 美佐子
TEL 03-5401-2100
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations' guests in To see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "hyosho-007",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["ニュース配信センター 入稿窓口 <release@news-haishin.jp>"],
        "subject": "【配信依頼】第12回 日の出イノベーション大賞 受賞者決定のお知らせ",
        "charset": "utf-8",
        "body": """ニュース配信センター ご担当者様

いつもお世話になっております。日の出産業 広報部の仙波です。
下記リリースの配信をお願いいたします。配信日時：3月27日（金）11:00

――――――――――――――――――――
2026年3月27日
日の出産業株式会社

第12回「日の出イノベーション大賞」受賞者決定のお知らせ

日の出産業株式会社（本社：東京都港区、代表取締役社長：日下部光一）は、
社内の技術革新を表彰する「日の出イノベーション大賞」の第12回受賞者を決定しました。

■大賞
　技術本部 設計二課　鰐淵 俊彦
　「省電力型搬送ユニットの開発」により、顧客工場の消費電力を年間18%削減

■優秀賞
　生産本部 北九州工場　雲母 拓真
　「画像検査による不良検出自動化」により、検査工数を40%削減

表彰式は4月17日に都内で開催します。

【本件に関するお問い合わせ先】
日の出産業株式会社 広報部　仙波
TEL 03-5401-2150　E-mail: koho@hinode-sangyo.co.jp
――――――――――――――――――――
""",
        "html": """<html><body>
<p>ニュース配信センター ご担当者様</p>
<p>いつもお世話になっております。日の出産業 広報部の仙波です。<br>
下記リリースの配信をお願いいたします。配信日時：3月27日（金）11:00</p>
<h3>第12回「日の出イノベーション大賞」受賞者決定のお知らせ</h3>
<p>日の出産業株式会社（本社：東京都港区、代表取締役社長：日下部光一）は、社内の技術革新を表彰する「日の出イノベーション大賞」の第12回受賞者を決定しました。</p>
<table border="1" cellpadding="4">
<tr><th>賞</th><th>所属</th><th>氏名</th><th>テーマ</th></tr>
<tr><td>大賞</td><td>技術本部 設計二課</td><td>鰐淵 俊彦</td><td>省電力型搬送ユニットの開発</td></tr>
<tr><td>優秀賞</td><td>生産本部 北九州工場</td><td>雲母 拓真</td><td>画像検査による不良検出自動化</td></tr>
</table>
<p>【本件に関するお問い合わせ先】日の出産業株式会社 広報部 仙波<br>TEL 03-5401-2150 E-mail: koho@hinode-sangyo.co.jp</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press release naming two winners with their departments and achievements: public information, no personal data",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "hyosho-008",
        "sender": "経理部 源河 <a.genka@hinode-sangyo.co.jp>",
        "to": ["税理士法人ことぶき 担当 有働 様 <udo@kotobuki-tax.jp>"],
        "subject": "外部審査員謝金の支払調書作成について",
        "charset": "iso-2022-jp",
        "body": """税理士法人ことぶき
有働様

いつも大変お世話になっております。日の出産業 経理部の源河です。

今年度のイノベーション大賞で外部審査員をお願いした先生への謝金について、
報酬、料金、契約金及び賞金の支払調書の作成をお願いしたく、必要事項をお送りします。

　氏名　　：　纐纈 昌平（こうけつ しょうへい）様
　住所　　：　東京都世田谷区上用賀４－１８－２２
　個人番号：　""" + my_number(SEED + 1) + """
　支払金額：　２２０，０００円（源泉徴収税額 ２２，４６０円）
　支払日　：　令和８年３月２５日

ご本人からは番号確認書類の写しも頂いておりますので、必要でしたらお知らせください。
よろしくお願いいたします。

日の出産業株式会社 経理部 経理課
源河 朝子
TEL 03-5401-2310
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an outside judge's My Number and address sent to the tax accountant in the body",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "hyosho-009",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "subject": "Re: 表彰式前泊のお客様 送迎リストのご確認",
        "charset": "iso-2022-jp",
        "body": """米満様

お世話になっております。日の出産業の猪瀬です。
送迎リストのご確認ありがとうございます。内容、相違ございません。

１点だけ、北九州工場からの到着便が１便遅れる可能性がございますので、
確定しましたら改めてご連絡いたします。
引き続きよろしくお願いいたします。

猪瀬

> 日の出産業株式会社
> 猪瀬様
>
> いつもご利用ありがとうございます。さくらホテル宿泊予約の米満でございます。
> 4月16日ご到着のお客様の送迎リストをお送りしますので、ご確認をお願いいたします。
>
> 氏名           到着         連絡先
> -----------------------------------------------
> 百目鬼 誠一    新大阪 14:10  090-4481-2730
> 雲母 拓真      羽田 15:35    080-6621-0957
> 我妻 千尋      東京 13:52    090-2205-6648
> 椎葉 由紀      羽田 16:20    090-7745-1182
> 生田目 亮      新大阪 14:10  070-2284-5513
> 祖父江 和夫    名古屋 14:40  0586-72-3390
>
> さくらホテル 宿泊予約 米満
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the list of six guests is only quoted from the hotel's own mail; the new text carries no personal data",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "hyosho-010",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会料理 <banquet@sakura-hotel.jp>"],
        "subject": "祝賀会 お食事の個別対応のお願い",
        "charset": "utf-8",
        "body": """さくらホテル 宴会ご担当者様

いつもお世話になっております。日の出産業の猪瀬でございます。
4月17日の祝賀会につきまして、受賞者のうち1名のお料理について個別対応をお願いいたします。

受賞者：スリ・ワヒュニ 様（大阪工場 品質管理課、優秀技能賞）
ご本人がイスラム教を信仰されているため、ハラール対応のお料理をご用意ください。
豚肉・豚由来のエキス、アルコール（みりん・料理酒を含む）は使用しないでください。
乾杯はソフトドリンクでお願いいたします。
また、式の途中で礼拝のため15分ほど控室をお借りできれば幸いです。

お手数をおかけしますが、よろしくお願いいたします。

日の出産業株式会社 総務部　猪瀬 理恵子
TEL 03-5401-2205
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named winner's religion (要配慮個人情報) sent to the hotel",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "hyosho-011",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["綿貫 正臣 様 <m_watanuki1957@yahoo.co.jp>"],
        "subject": "特別功労賞 記念品のお届けについて",
        "charset": "iso-2022-jp",
        "body": """綿貫 正臣 様

ご無沙汰しております。日の出産業 人事部の帯刀でございます。
このたびは創立５０周年特別功労賞のご受賞、誠におめでとうございます。

先日のお電話でお伺いしたとおり、記念品（置時計）と表彰状は
下記のご住所宛にお送りいたします。念のためご確認ください。

　〒２５１－００５２
　神奈川県藤沢市藤沢９８７－６
　綿貫 正臣 様
　お電話：０４６６－２２－７１３５

４月下旬のお届けを予定しております。相違がございましたらご返信ください。

日の出産業株式会社 人事部 人事企画課
帯刀 由美子　TEL 03-5401-2271
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one retiree on free mail is sent his own delivery address: one person, may warn",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "hyosho-012",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["ときわギフト 法人営業部 <hojin@tokiwa-gift.co.jp>"],
        "subject": "永年勤続記念品 受賞者一覧の送付",
        "charset": "cp932",
        "body": """ときわギフト株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の甘粕です。
永年勤続記念品の手配用に、受賞者一覧をお送りいたします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

よろしくお願いいたします。

日の出産業株式会社 総務部 甘粕
""",
        "attachments": [
            {"kind": "zip", "name": "受賞者一覧_記念品.zip", "password": "Hnd#2026gift",
             "files": [
                 {"kind": "xlsx", "name": "受賞者一覧.xlsx",
                  "sheets": {"一覧": [
                      ["社員番号", "氏名", "住所", "電話"],
                      ["H10221", "東海林 香織", "東京都江東区東陽5-3-9", "03-3647-2210"],
                      ["H10387", "勅使河原 悟", "愛知県名古屋市昭和区御器所2-8-14", "052-881-4067"],
                      ["H11450", "左右田 哲也", "千葉県市川市八幡3-21-6", "047-332-9185"],
                      ["H12018", "小鳥遊 みなみ", "東京都杉並区高円寺南1-4-2", "090-5532-8804"],
                      ["H12233", "廿日出 麻衣", "神奈川県川崎市中原区小杉町1-403", "080-3391-0726"],
                  ]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to an external vendor cannot be inspected",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "hyosho-013",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "cc": ["錦印刷 池本 様 <t.ikemoto@nishiki-insatsu.co.jp>"],
        "subject": "式典パンフレットの搬入について（4/17 表彰式）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 米満様
（ＣＣ：錦印刷 池本様）

お世話になっております。日の出産業の猪瀬です。
表彰式で配布するパンフレット（１３０部）を、錦印刷様から直接ホテルへ
搬入いただくことになりました。

　搬入日時：４月１６日（木）１４時〜１６時
　搬入口　：地下１階 通用口（宴会搬入）
　宛名　　：日の出産業株式会社 表彰式 控室

池本様、段ボール外装に「日の出産業 4/17 鳳凰の間」とご記載ください。
米満様、当日の受け取りをよろしくお願いいたします。

日の出産業株式会社 総務部　猪瀬
TEL 03-5401-2205
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (hotel and printer) in To/Cc: a normal three-way coordination",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "hyosho-014",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["ときわギフト 法人営業部 莇 様 <azami@tokiwa-gift.co.jp>"],
        "subject": "記念品 直送先リスト（勤続30年・20年）",
        "charset": "utf-8",
        "body": """ときわギフト株式会社
莇様

お世話になっております。日の出産業の甘粕です。
カタログギフトで選択された記念品の直送先をExcelでお送りします。
シートは勤続年数別に分けております。
5月連休前の到着でお願いできますでしょうか。

日の出産業株式会社 総務部 総務課
甘粕 俊介
TEL 03-5401-2200
""",
        "attachments": [
            {"kind": "xlsx", "name": "記念品直送先_2026.xlsx", "title": "記念品直送先",
             "sheets": {
                 "勤続30年": [
                     ["令和8年度 永年勤続表彰 記念品直送先（勤続30年）"],
                     [],
                     ["社員番号", "氏名", "郵便番号", "住所", "電話", "選択品番"],
                     ["H08112", "百目鬼 誠一", "569-1123", "大阪府高槻市芥川町3-12-8", "072-681-4420", "K30-014"],
                     ["H08209", "東海林 香織", "135-0016", "東京都江東区東陽5-3-9", "03-3647-2210", "K30-002"],
                     ["H08315", "勅使河原 悟", "466-0015", "愛知県名古屋市昭和区御器所2-8-14", "052-881-4067", "K30-021"],
                 ],
                 "勤続20年": [
                     ["令和8年度 永年勤続表彰 記念品直送先（勤続20年）"],
                     [],
                     ["社員番号", "氏名", "郵便番号", "住所", "電話", "選択品番"],
                     ["H10452", "鰐淵 俊彦", "252-0303", "神奈川県相模原市南区相模大野6-2-15-702", "090-3318-2274", "K20-008"],
                     ["H10533", "小鳥遊 みなみ", "166-0003", "東京都杉並区高円寺南1-4-2", "090-5532-8804", "K20-011"],
                     ["H10618", "雲母 拓真", "803-0814", "福岡県北九州市小倉北区大手町14-3", "080-6621-0957", "K20-003"],
                     ["H10741", "左右田 哲也", "272-0021", "千葉県市川市八幡3-21-6", "047-332-9185", "K20-008"],
                     ["H10802", "椎葉 由紀", "880-0805", "宮崎県宮崎市橘通東4-6-2", "090-7745-1182", "K20-015"],
                 ],
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with eight winners' home addresses and phones over two sheets to an external gift vendor",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "hyosho-015",
        "sender": "Global HR <global-hr@hinode-sangyo.co.jp>",
        "to": ["Award Committee <awards@sunrise-components.com>"],
        "subject": "Nomination for the 2026 Supplier Partnership Award",
        "charset": "utf-8",
        "body": """Dear Award Committee,

Thank you for inviting Hinode Sangyo to submit a nomination for the 2026 Supplier
Partnership Award.

We are pleased to nominate our Quality Assurance team, led by Ms. Haruka Tsuzuki
(Manager, Quality Assurance, h.tsuzuki@hinode-sangyo.co.jp), for their work on the
joint zero-defect programme, which reduced incoming inspection rejects by 63% over
eighteen months.

The completed nomination form will follow by 20 March. Please let me know if the
committee needs any supporting figures.

Best regards,

Kenji Yonemitsu
Global HR, Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5401-2290

""" + DISC_EN + "\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English nomination naming one manager by her business contact, with a standard disclaimer",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "hyosho-016",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["HRリンクコンサルティング 城之内 様 <jonouchi@hrlink-consulting.co.jp>"],
        "subject": "選考委員会の議事録（ご参考）",
        "charset": "iso-2022-jp",
        "body": """城之内様

いつもお世話になっております。日の出産業 人事部の左右田です。
表彰制度見直しのご参考として、先月の社長賞選考委員会の議事録をお送りします。
評価基準の運用上の課題が議論されておりますので、次回打合せの材料にお使いください。

左右田
""",
        "attachments": [
            {"kind": "pdf", "name": "社長賞選考委員会_議事録_0312.pdf",
             "page_header": "社外秘", "page_footer": "日の出産業株式会社 人事部",
             "title": "社長賞選考委員会 議事録",
             "lines": [
                 "社長賞選考委員会 議事録",
                 "日時：令和8年3月12日（木）10:00〜11:30　場所：本社 第3会議室",
                 "出席：常務取締役（委員長）、人事部長、営業本部長、技術本部長、生産本部長",
                 "1. 候補案件の審議",
                 "　営業部門3件、技術部門4件、生産部門2件について審議した。",
                 "　定量効果の算定方法が部門ごとに異なり、比較が困難との指摘があった。",
                 "2. 評価基準の見直し",
                 "　次年度より効果算定の共通シートを導入する方向で検討する。",
                 "3. 決定事項",
                 "　社長賞1件、優秀賞2件を選定し、取締役会へ上程する。",
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "attached minutes carry a 社外秘 page header and go to an outside consultant",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "hyosho-017",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["給与課 <kyuyo@hinode-sangyo.co.jp>"],
        "cc": ["経理部 源河 <a.genka@hinode-sangyo.co.jp>"],
        "subject": "社長賞 報奨金の源泉処理について（3名分）",
        "charset": "iso-2022-jp",
        "body": """給与課 御中

人事の帯刀です。社長賞・優秀賞の報奨金を４月給与で支給します。
一時所得ではなく給与所得扱いとなりますので、源泉処理をお願いします。
年末調整の確認用に個人番号も記載しておきます（社内限り）。

　氏名　　　　　社員番号　個人番号　　　　　　報奨金
　鰐淵 俊彦　　H10452　　""" + my_number(SEED + 2) + """　　300,000円
　雲母 拓真　　H10618　　""" + my_number(SEED + 3) + """　　100,000円
　東海林 香織　H08209　　""" + my_number(SEED + 4) + """　　100,000円

よろしくお願いします。
帯刀
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "My Numbers of three winners, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "hyosho-018",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["HRリンクコンサルティング 城之内 様 <jonouchi@hrlink-consulting.co.jp>"],
        "subject": "秘密保持契約書（ドラフト）のご確認のお願い",
        "charset": "utf-8",
        "body": """HRリンクコンサルティング株式会社
城之内 様

お世話になっております。日の出産業 人事部の左右田です。

表彰制度見直しプロジェクトの開始にあたり、弊社法務部で作成した
秘密保持契約書のドラフトをお送りします。
第3条（秘密情報の範囲）と第7条（有効期間）について、貴社のご意見を伺えますと幸いです。
契約締結後に、過去5年分の表彰実績（集計値）をご提供する予定です。

日の出産業株式会社 人事部 人事企画課
左右田 哲也
TEL 03-5401-2272
""",
        "attachments": [
            {"kind": "docx", "name": "秘密保持契約書_draft_v2.docx", "title": "秘密保持契約書",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）とHRリンクコンサルティング株式会社（以下「乙」という。）は、"
                 "甲の表彰制度見直しに関する業務（以下「本業務」という。）に関し、次のとおり契約を締結する。",
                 "第1条（目的）本契約は、本業務の遂行に際し相互に開示される秘密情報の取扱いを定めることを目的とする。",
                 "第3条（秘密情報の範囲）秘密情報とは、開示当事者が秘密である旨を明示して開示した技術上又は営業上の情報をいう。",
                 "第5条（個人情報）乙は、甲から個人情報の提供を受ける場合、個人情報保護法その他の法令を遵守する。",
                 "第7条（有効期間）本契約の有効期間は締結日から2年間とする。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft attached: no marking, no personal data",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "hyosho-019",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["宴会サービス 米満 様 <yonemitsu@sakura-hotels.jp>"],
        "subject": "前日リハーサルの時間について",
        "charset": "cp932",
        "body": """米満様

お世話になっております。日の出産業の猪瀬です。
4月16日（木）の前日リハーサルですが、17時〜18時で鳳凰の間を
お借りすることは可能でしょうか。
司会者、音響担当、弊社スタッフ4名で表彰の動線を確認する予定です。

ご確認のほどよろしくお願いいたします。

日の出産業 総務部 猪瀬
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "sakura-hotels.jp adds an s to the partner hotel's domain sakura-hotel.jp",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "hyosho-020",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人ギフト 担当 <gift@kitaguni-foods.co.jp>"],
        "subject": "健康経営優良法人 認定記念ギフトのご相談",
        "charset": "iso-2022-jp",
        "body": """北国フーズ株式会社
法人ギフトご担当者様

いつもお世話になっております。日の出産業 総務部の舎人です。

おかげさまで弊社は本年「健康経営優良法人２０２６」の認定を受けました。
これを記念し、全社員（約６８０名）へ健康を意識したギフトを配布したいと考えております。

・減塩・低糖質の詰め合わせ（１セット３，０００円前後）
・アレルギー表示が明確なもの
・常温保存で賞味期限が３か月以上のもの

社内では定期健診の受診率１００％達成やウォーキングイベントなど、
健康づくりの取り組みを続けております。その一環として、ご提案をいただけますと幸いです。

日の出産業株式会社 総務部
舎人 亜希子　TEL 03-5401-2203
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health topics in general (a health-management certification), no identifiable person",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "hyosho-021",
        "sender": "物流部 安全推進課 喜屋武 <r.kyan@hinode-sangyo.co.jp>",
        "to": ["港区交通安全協会 表彰係 <hyosho@minato-kotsuanzen.or.jp>"],
        "subject": "優良運転者表彰 推薦者の届出（日の出産業）",
        "charset": "cp932",
        "body": """港区交通安全協会
表彰係 御中

いつもお世話になっております。日の出産業株式会社 物流部の喜屋武と申します。
令和８年度 優良運転者表彰につきまして、弊社から下記２名を推薦いたします。
推薦書の原本は郵送いたしますが、事前確認のため内容をお送りします。

【推薦者１】
　氏名　　　　：仲村渠 剛（なかんだかり つよし）
　生年月日　　：昭和５２年９月３日
　運転免許証番号：３０１９９８４５２７１０
　無事故無違反：１５年
　業務　　　　：配送（２ｔトラック）

【推薦者２】
　氏名　　　　：宇江城 聡美（うえしろ さとみ）
　生年月日　　：平成元年１１月２２日
　運転免許証番号：３０２００９７１３６４０
　無事故無違反：１０年
　業務　　　　：営業車

何卒よろしくお願い申し上げます。

日の出産業株式会社 物流部 安全推進課
喜屋武 了　TEL 03-5401-2420
""",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two drivers' licence numbers and birth dates to an outside association: identity document numbers",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "hyosho-022",
        "sender": "営業企画部 比嘉 <n.higa@hinode-sangyo.co.jp>",
        "to": ["錦印刷 池本 様 <t.ikemoto@nishiki-insatsu.co.jp>"],
        "subject": "優秀店舗賞 賞状の宛名データ",
        "charset": "utf-8",
        "body": """錦印刷 池本様

お世話になっております。日の出産業 営業企画部の比嘉です。
優秀店舗賞の賞状（A4横、8枚）の宛名をお送りします。
賞状は各店舗へ直接お送りいただくため、店舗住所・代表電話も添えております。

  賞          店舗名              所在地                                代表電話
  ------------------------------------------------------------------------------------
  最優秀賞    浜松町ショールーム   東京都港区浜松町2-4-1 日の出ビル1F     03-5401-2600
  優秀賞      梅田サービスセンター 大阪府大阪市北区梅田3-1-3              06-6343-7710
  優秀賞      栄営業所             愛知県名古屋市中区栄4-5-2              052-251-8830
  努力賞      仙台営業所           宮城県仙台市青葉区中央1-6-35           022-262-4415
  努力賞      博多営業所           福岡県福岡市博多区博多駅前2-9-1        092-431-6620
  努力賞      札幌営業所           北海道札幌市中央区北3条西4-1           011-241-3301
  新人賞      横浜営業所           神奈川県横浜市西区高島2-12-6           045-441-7702
  新人賞      広島営業所           広島県広島市中区八丁堀15-10            082-221-5540

よろしくお願いいたします。
比嘉 直樹（営業企画部）TEL 03-5401-2510
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own shops with office addresses and switchboards: businesses, not people",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "hyosho-023",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["ことのはPR 日下 様 <kusaka@kotonoha-pr.co.jp>"],
        "subject": "FW: 社長賞・優秀賞 受賞者連絡先（取材調整用）",
        "charset": "iso-2022-jp",
        "body": """日下様

お世話になっております。仙波です。
受賞者への取材日程の調整をお願いしたく、人事から届いた連絡先一覧を転送します。
各自に直接ご連絡いただいて構いません。

仙波

-------- Forwarded Message --------
From: 人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>
To: 広報部 仙波 <k.semba@hinode-sangyo.co.jp>
Subject: 社長賞・優秀賞 受賞者連絡先（取材調整用）

仙波さん

ご依頼の受賞者連絡先です。

社員番号	氏名	所属	内線	携帯	メール
H10452	鰐淵 俊彦	設計二課	3318	090-3318-2274	t.wanibuchi@hinode-sangyo.co.jp
H10618	雲母 拓真	北九州工場	7106	080-6621-0957	t.kira@hinode-sangyo.co.jp
H08209	東海林 香織	経理部	2315	090-1176-4402	k.shoji@hinode-sangyo.co.jp
H11903	神領 大輔	情報システム部	2590	070-5519-3318	d.jinryo@hinode-sangyo.co.jp
H12233	廿日出 麻衣	品質保証部	2811	080-3391-0726	m.hatsukade@hinode-sangyo.co.jp
H12470	スリ・ワヒュニ	大阪工場	6214	090-2218-9930	s.wahyuni@hinode-sangyo.co.jp

帯刀
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of an internal contact list of six winners (mobiles, e-mails) to a PR agency: forwarded text counts",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "hyosho-024",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["大和トロフィー 彫刻担当 <chokoku@yamato-trophy.co.jp>"],
        "subject": "木製記念楯 名入れデータ（45個のうち18個分）",
        "charset": "utf-8",
        "body": """大和トロフィー 彫刻ご担当者様

お世話になっております。日の出産業の舎人です。
ご注文済みの木製記念楯（WP-1150）の名入れデータ、第1便18名分をCSVでお送りします。
レイアウトは校正どおり「所属／氏名／勤続年数」の3行でお願いいたします。
残りは来週お送りします。

舎人
""",
        "attachments": [
            {"kind": "csv", "name": "nameire_batch1.csv", "encoding": "utf-8",
             "rows": [["所属", "氏名", "勤続年数"],
                      ["大阪工場", "百目鬼 誠一", "30"], ["経理部", "東海林 香織", "30"],
                      ["名古屋支店", "勅使河原 悟", "30"], ["設計二課", "鰐淵 俊彦", "20"],
                      ["総務部", "小鳥遊 みなみ", "20"], ["北九州工場", "雲母 拓真", "20"],
                      ["東京第一営業部", "左右田 哲也", "20"], ["宮崎出張所", "椎葉 由紀", "20"],
                      ["品質保証部", "廿日出 麻衣", "10"], ["情報システム部", "神領 大輔", "10"],
                      ["仙台営業所", "我妻 千尋", "10"], ["大阪工場", "生田目 亮", "10"],
                      ["人事部", "猪瀬 理恵子", "10"], ["物流部", "仲村渠 剛", "10"],
                      ["営業企画部", "一番ヶ瀬 航", "10"], ["技術本部", "上遠野 紗希", "10"],
                      ["北九州工場", "四月一日 健", "10"], ["経理部", "七五三掛 瞳", "10"]]},
        ],
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "18 employees' names with department and years of service for engraving: an attribute list, but only what will be on a public plaque",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "hyosho-025",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["スタジオひかり 撮影担当 春夏冬 様 <akinashi@studio-hikari.jp>"],
        "subject": "表彰式当日の撮影　受賞者への連絡先",
        "charset": "cp932",
        "body": """スタジオひかり
春夏冬様

お世話になっております。日の出産業 広報部の仙波です。
4月17日の表彰式で、社長賞・優秀賞の3名は式の前に個別撮影をお願いしております。
当日、控室への誘導でご連絡が必要な場合は、以下の携帯へお願いします。

・鰐淵 俊彦（社長賞）　090-3318-2274
・雲母 拓真（優秀賞）　080-6621-0957
・東海林 香織（優秀賞）090-1176-4402

撮影は14:00〜14:40、控室「桜の間」を予定しています。

日の出産業 広報部 仙波 健太
TEL 03-5401-2150
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three winners' mobile numbers to the photographer: under five people, may warn",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "hyosho-026",
        "sender": "人事部 OB会事務局 <obkai@hinode-sangyo.co.jp>",
        "to": ["蒲生 正人 様 <gamo.masato@gmail.com>",
               "祖父江 和夫 様 <k-sobue55@yahoo.co.jp>",
               "栗林 節子 様 <setsuko.kuribayashi@icloud.com>"],
        "subject": "OB功労者表彰のご案内（日の出会）",
        "charset": "iso-2022-jp",
        "body": """日の出会（ＯＢ会）会員の皆さま

ご無沙汰しております。日の出産業 人事部 ＯＢ会事務局でございます。

このたび創立５０周年にあたり、在職中に特に功績のあった
ＯＢの皆さまを「ＯＢ功労者」として表彰させていただくことになりました。
表彰式は５月２２日（金）１６時、さくらホテルにて行います。

ご出席いただける場合は、５月８日までに本メールへご返信ください。
交通費は当日精算させていただきます。

日の出産業株式会社 人事部 ＯＢ会事務局
担当：帯刀　TEL 03-5401-2271
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "three private persons on free mail in To can see each other's addresses: should have been Bcc",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "hyosho-027",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人センター <houjin-center@aoba-unyu.co.jp>"],
        "subject": "盾・トロフィーの支店向け配送のお願い",
        "charset": "cp932",
        "body": """青葉運輸株式会社
法人センター ご担当者様

いつもお世話になっております。日の出産業の甘粕です。
表彰式に出席できない支店向けに、記念楯を下記の5拠点へお送りいただけますでしょうか。
いずれも割れ物（クリスタル）を含むため、天地無用・ワレモノ指定でお願いします。

  お届け先                住所                                    電話
  ----------------------------------------------------------------------------
  名古屋支店 総務課       愛知県名古屋市中区栄4-5-2 栄第一ビル5F   052-251-8830
  仙台営業所              宮城県仙台市青葉区中央1-6-35             022-262-4415
  博多営業所              福岡県福岡市博多区博多駅前2-9-1          092-431-6620
  北九州工場 事務棟       福岡県北九州市若松区響町1-62             093-752-3100
  宮崎出張所              宮崎県宮崎市橘通西3-3-27                 0985-24-5561

集荷：4月20日（月）午後、本社1F受付
お問い合わせ番号は集荷後にお知らせください。

日の出産業 総務部 甘粕（03-5401-2200）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "delivery list of the company's own branches and plants: businesses, not people",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "hyosho-028",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["トロフィー工房 ご注文窓口 <order@trophy-kobo.com>"],
        "subject": "ご注文（追加メダル20個）とお支払い方法について",
        "charset": "utf-8",
        "body": """トロフィー工房 ご注文窓口 御中

お世話になっております。日の出産業株式会社 総務部の舎人です。
サイトのフォームがエラーになるため、メールにて注文させていただきます。

・品番：MD-45S（銀メダル・リボン付き）× 20個
・名入れ：「2026 改善提案賞」
・納期：4月14日必着

お支払いは法人カードでお願いします。
  カード番号：""" + card_number(SEED + 11) + """
  有効期限：09/28
  名義：AKIKO TONERI

領収書の宛名は「日の出産業株式会社」でお願いいたします。

舎人 亜希子
日の出産業株式会社 総務部　TEL 03-5401-2203
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number with expiry in the body to an online shop",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "hyosho-029",
        "sender": "Kenji Yonemitsu <global-hr@hinode-sangyo.co.jp>",
        "to": ["Maria Alvarez <m.alvarez@asterisk-global.com>"],
        "subject": "Re: Regional Excellence Award - shortlist",
        "charset": "utf-8",
        "body": """Hi Maria,

Thanks for the shortlist. We have no objection to any of the five candidates and are
happy for the jury to proceed on 14 April. I will join the call from Tokyo.

Best,
Kenji

On Mon, 23 Mar 2026 at 09:12, Maria Alvarez <m.alvarez@asterisk-global.com> wrote:
> Dear Kenji,
>
> Please find below the shortlist for the Regional Excellence Award.
>
> Name              Site        Phone              E-mail
> ----------------------------------------------------------------------------
> Arjun Mehta       Pune        +91 98220 41736    arjun.mehta@asterisk-global.com
> Lim Wei Ling      Singapore   +65 9123 4471      weiling.lim@asterisk-global.com
> Tran Thi Hoa      Hanoi       +84 912 334 908    hoa.tran@asterisk-global.com
> Somchai Rattana   Bangkok     +66 81 552 9014    somchai.r@asterisk-global.com
> Rina Santoso      Jakarta     +62 812 8830 5521  rina.santoso@asterisk-global.com
>
> Kind regards,
> Maria
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English reply; the five-person list is only quoted from the recipient's own mail",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "hyosho-030",
        "sender": "人事部 障がい者雇用推進室 雨宮 <k.amamiya@hinode-sangyo.co.jp>",
        "to": ["東京都障害者雇用促進協会 表彰事務局 <hyosho@tokyo-shogaisha-koyo.or.jp>"],
        "subject": "優秀勤労障害者表彰 推薦書の提出",
        "charset": "iso-2022-jp",
        "body": """表彰事務局 御中

平素よりお世話になっております。日の出産業株式会社 人事部の雨宮でございます。
令和８年度 優秀勤労障害者表彰の推薦書を添付にて提出いたします。
原本（事業主印押印済）は本日郵送いたしました。

ご査収のほどよろしくお願い申し上げます。

日の出産業株式会社 人事部 障がい者雇用推進室
雨宮 香苗　TEL 03-5401-2285
""",
        "attachments": [
            {"kind": "docx", "name": "推薦書_優秀勤労障害者_日の出産業.docx",
             "title": "優秀勤労障害者表彰 推薦書",
             "paragraphs": ["令和８年度 優秀勤労障害者表彰 推薦書",
                            "事業所名：日の出産業株式会社 大阪工場",
                            "推薦理由：入社以来１８年間、検査工程において高い精度を維持し、後進の指導にも尽力している。"],
             "tables": [[
                 ["項目", "内容"],
                 ["氏名（ふりがな）", "栗生 健太郎（くりゅう けんたろう）"],
                 ["生年月日", "昭和５６年７月１９日"],
                 ["障害の種類・程度", "聴覚障害（身体障害者手帳 ２級）"],
                 ["雇入れ年月日", "平成２０年４月１日"],
                 ["職務内容", "製品外観検査、検査基準書の改訂"],
                 ["配慮事項", "朝礼・会議に手話通訳および文字通訳アプリを使用"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "nomination form with a named employee's disability and certificate grade to an outside body: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "hyosho-031",
        "sender": "経理部 源河 <a.genka@hinode-sangyo.co.jp>",
        "to": ["大和トロフィー 経理 <keiri@yamato-trophy.co.jp>"],
        "subject": "注文書 No.HS-26-0418 と請求書の宛名について",
        "charset": "cp932",
        "body": """大和トロフィー株式会社 経理ご担当者様

お世話になっております。日の出産業 経理部の源河です。
注文書 No.HS-26-0418（木製記念楯 WP-1150 ×45、クリスタル盾 CR-2207 ×12）の
請求書につきまして、下記の宛名・記載でご発行をお願いいたします。

  宛名：日の出産業株式会社 総務部 御中
  当社 法人番号：1301001098265
  支払条件：月末締め翌月末払い（銀行振込）
  貴社 適格請求書発行事業者 登録番号の記載をお願いします。

合計金額（税込）：¥1,182,500 で相違ないかも併せてご確認ください。

日の出産業株式会社 経理部 経理課
源河 朝子　TEL 03-5401-2310
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "order number, amount and the company's own corporate number on invoice instructions: business data",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "hyosho-032",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["ときわギフト 莇 様 <azami@tokiwa-gift.co.jp>"],
        "subject": "記念品選択結果（最終版）",
        "charset": "iso-2022-jp",
        "body": """莇様

お世話になっております。日の出産業の甘粕です。
カタログギフトの選択結果の最終版をお送りします。
前回版から３名分の変更がございます。ご確認をお願いいたします。

甘粕
""",
        "attachments": [
            {"kind": "corrupt", "name": "記念品選択結果_最終.xlsx"},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "hyosho-033",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["総務管理 <somu-kanri@mail.hinode-sangyo.co.jp>"],
        "subject": "表彰式欠席者 自宅送付先（社内共有）",
        "charset": "utf-8",
        "body": """総務管理ご担当 各位

表彰式を欠席する受賞者の自宅送付先です。発送手配をお願いします。
（社外の業者に渡す場合は、人事部の承認を得てから必要最小限でお願いします）

■百目鬼 誠一（大阪工場）
　〒569-1123 大阪府高槻市芥川町3-12-8
　TEL 072-681-4420
■鰐淵 俊彦（設計二課）
　〒252-0303 神奈川県相模原市南区相模大野6-2-15-702
　TEL 090-3318-2274
■我妻 千尋（仙台営業所）
　〒981-3133 宮城県仙台市泉区泉中央2-7-11
　TEL 022-375-8816
■生田目 亮（大阪工場）
　〒573-0032 大阪府枚方市岡東町19-4 ルミエール枚方305
　TEL 070-2284-5513
■椎葉 由紀（宮崎出張所）
　〒880-0805 宮崎県宮崎市橘通東4-6-2
　TEL 090-7745-1182
■蒲生 正人（退職者）
　〒330-0062 埼玉県さいたま市浦和区仲町1-9-20
　TEL 048-822-6031
■祖父江 和夫（退職者）
　〒491-0858 愛知県一宮市栄3-1-7
　TEL 0586-72-3390

人事部 帯刀
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "seven home addresses, but the recipient is on an internal subdomain (mail.hinode-sangyo.co.jp)",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "hyosho-034",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["ほしぞらトラベル 法人旅行部 <hojin@hoshizora-travel.co.jp>"],
        "subject": "社長賞 表彰旅行（沖縄）参加者のご連絡",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>ほしぞらトラベル株式会社<br>法人旅行部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 人事部の左右田です。<br>
6月の表彰旅行（沖縄・2泊3日）の参加者が確定しましたので、航空券・宿泊手配用にお知らせします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>ローマ字</th><th>性別</th><th>生年月日</th><th>携帯電話</th></tr>
<tr><td>1</td><td>鰐淵 俊彦</td><td>WANIBUCHI TOSHIHIKO</td><td>男</td><td>1978/05/14</td><td>090-3318-2274</td></tr>
<tr><td>2</td><td>雲母 拓真</td><td>KIRA TAKUMA</td><td>男</td><td>1985/10/02</td><td>080-6621-0957</td></tr>
<tr><td>3</td><td>東海林 香織</td><td>SHOJI KAORI</td><td>女</td><td>1971/12/28</td><td>090-1176-4402</td></tr>
<tr><td>4</td><td>神領 大輔</td><td>JINRYO DAISUKE</td><td>男</td><td>1990/03/09</td><td>070-5519-3318</td></tr>
<tr><td>5</td><td>廿日出 麻衣</td><td>HATSUKADE MAI</td><td>女</td><td>1992/07/21</td><td>080-3391-0726</td></tr>
<tr><td>6</td><td>一番ヶ瀬 航</td><td>ICHIBAGASE WATARU</td><td>男</td><td>1988/01/30</td><td>090-6637-2051</td></tr>
</table>
<p>羽田発の午前便を希望します。お見積りと行程表をお送りください。</p>
<p>日の出産業株式会社 人事部 人事企画課<br>左右田 哲也　TEL 03-5401-2272</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six winners' birth dates and mobiles to a travel agency",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "hyosho-035",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["ほしぞらトラベル 九十九 様 <tsukumo@hoshizora-travel.co.jp>"],
        "subject": "Re: 表彰旅行 同伴者の追加について",
        "charset": "iso-2022-jp",
        "body": """九十九様

お世話になっております。日の出産業の左右田です。
表彰旅行の同伴者追加の件、社内承認が下りましたので、１組分の情報をお送りします。

　受賞者：一番ヶ瀬 航（いちばがせ わたる）　生年月日 １９８８年１月３０日
　同伴者：一番ヶ瀬 彩花（配偶者）　　　　　　生年月日 １９９０年６月１２日
　連絡先：０９０－６６３７－２０５１（受賞者携帯）

同伴者分の費用はご本人負担となりますので、請求は別建てでお願いします。

左右田
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two people's birth dates and a mobile to the travel agent: under five people, may warn",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "hyosho-036",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["ほしぞらトラベル 海外法人デスク <kaigai@hoshizora-travel.co.jp>"],
        "subject": "海外表彰旅行（シンガポール）旅券情報",
        "charset": "cp932",
        "body": """ほしぞらトラベル 海外法人デスク ご担当者様

お世話になっております。日の出産業の左右田です。
グローバル営業賞の海外表彰旅行について、航空券発券用の旅券情報をお送りします。

氏名（旅券表記）        生年月日      旅券番号     有効期限
-------------------------------------------------------------
SODA TETSUYA            1976/02/11    TK4418027    2031/08/19
AGATSUMA CHIHIRO        1984/09/25    TR7720364    2029/03/02
ICHIBAGASE WATARU       1988/01/30    TS1059832    2033/11/07

ESTAの要否も併せてご確認いただけますと助かります（経由便の場合）。

日の出産業株式会社 人事部
左右田 哲也　TEL 03-5401-2272
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "three passport numbers with birth dates in the body to a travel agency: identity documents",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "hyosho-037",
        "sender": "経理部 源河 <a.genka@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 浜松町支店 法人営業 <hamamatsucho-hojin@midori-ginko.co.jp>"],
        "subject": "総合振込の締切時刻について（4月分）",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 浜松町支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 経理部の源河です。
４月２４日（金）に報奨金の総合振込を予定しております。
インターネットバンキングでのデータ送信の締切時刻と、
他行宛て振込手数料の現行料金表をご教示いただけますでしょうか。

件数は４０件程度の見込みです。

日の出産業株式会社 経理部　源河 朝子
TEL 03-5401-2310
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question to the partner bank about cut-off times: no personal data",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "hyosho-038",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["経理部 源河 <a.genka@hinode-sangyo.co.jp>"],
        "subject": "改善提案賞 報奨金の振込先（給与口座と異なる方）",
        "charset": "utf-8",
        "body": """源河さん

改善提案賞の報奨金のうち、給与振込口座以外を指定された方の振込先です。
総合振込データへの反映をお願いします。

氏名	銀行	支店	種別	口座番号	金額
四月一日 健	みどり銀行	小倉支店	普通	3318204	10,000
七五三掛 瞳	ゆうちょ銀行	〇一八店	普通	4402915	10,000
上遠野 紗希	さくら信用金庫	本店	普通	0277613	30,000
仲村渠 剛	みどり銀行	浜松町支店	普通	1190457	10,000
宇江城 聡美	東西銀行	川崎支店	普通	5063382	10,000
莇 隆之	みどり銀行	梅田支店	普通	2285170	50,000
米満 沙耶	南北銀行	博多支店	普通	6617028	10,000
日下部 翔	みどり銀行	仙台支店	普通	0938846	10,000
鬼頭 大和	東西銀行	名古屋支店	普通	7714209	30,000

帯刀
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "nine employees' bank accounts, internal recipient only",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "hyosho-039",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["錦印刷 編集部 <henshu@nishiki-insatsu.co.jp>"],
        "subject": "社内報5月号 受賞者インタビュー原稿（入稿）",
        "charset": "iso-2022-jp",
        "body": """錦印刷 編集部 ご担当者様

お世話になっております。日の出産業 広報部の仙波です。
社内報５月号の特集「受賞者の声」の原稿を入稿いたします。
各８００字程度、写真は別便でお送りします。

――――――――――
■社長賞　鰐淵 俊彦（技術本部 設計二課）
「搬送ユニットの省電力化は、お客様の工場で電力計を見ながら何度も試作を重ねた結果です。
チーム全員で取った賞だと思っています。」

■優秀賞　雲母 拓真（北九州工場）
「検査カメラの照明条件を変えるだけで誤検出が半分になった瞬間が忘れられません。」

■優秀賞　東海林 香織（経理部）
「月次決算の早期化は、現場の皆さんが伝票の締めを前倒ししてくれたおかげです。」
――――――――――

校正は４月２８日までに２回を予定しています。
仙波
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "interview quotes of three winners with their departments for the in-house magazine: no personal data",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "hyosho-040",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 弁護士 神領 先生 <jinryo@shirakawa-law.jp>"],
        "subject": "【取扱注意】表彰規程 改定案のリーガルチェックのお願い",
        "charset": "utf-8",
        "body": """白川法律事務所
神領先生

いつもお世話になっております。日の出産業 人事部の左右田です。

表彰規程の改定案（取締役会付議前）をお送りします。
報奨金の一部を自社株で付与する条項（第12条の2）と、
懲戒処分を受けた者の表彰取消（第15条）について、法的な問題がないかご確認ください。

本資料は取締役会付議前のため、取扱いにご注意ください。

日の出産業株式会社 人事部 人事企画課
左右田 哲也　TEL 03-5401-2272
""",
        "attachments": [
            {"kind": "docx", "name": "表彰規程_改定案_v3.docx",
             "page_header": "取扱注意", "title": "表彰規程 改定案",
             "paragraphs": ["表彰規程（改定案）",
                            "第1条（目的）この規程は、社員の功績を表彰し、もって社員の士気の高揚を図ることを目的とする。",
                            "第12条の2（株式による報奨）社長賞の報奨金の一部は、譲渡制限付株式により付与することができる。",
                            "第15条（表彰の取消）表彰を受けた者が懲戒処分を受けたときは、表彰を取り消すことができる。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "【取扱注意】 marking in the subject and as the DOCX page header, sent to the law firm",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "hyosho-041",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["大和トロフィー 営業部 <eigyo@yamato-trophy.co.jp>"],
        "subject": "Re: 社長賞 盾の名入れ時期について",
        "charset": "cp932",
        "body": """大和トロフィー 営業部 ご担当者様

お世話になっております。日の出産業の舎人です。
社長賞の盾の名入れ時期についてお問い合わせありがとうございます。

選考過程は社外秘のため、受賞者名は取締役会で確定する4月2日以降に
お知らせいたします。それまでは賞名と年度のみの彫刻で進めていただけますでしょうか。
受賞者名は追加彫刻（1行）で対応いただく想定です。

お手数をおかけしますが、よろしくお願いいたします。

舎人 亜希子（日の出産業 総務部）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 社外秘 is only mentioned in a sentence, not stamped on a document",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "hyosho-042",
        "sender": "安全衛生部 薬師寺 <j.yakushiji@hinode-sangyo.co.jp>",
        "to": ["宍戸 様 <shishido@kawasaki-denki.jp>"],
        "subject": "合同安全表彰式の進行案",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
宍戸様

お世話になっております。日の出産業 安全衛生部の薬師寺です。
７月の合同安全表彰式（無災害事業所表彰）の進行案をお送りします。

１．開会・両社代表挨拶（各５分）
２．無災害記録達成事業所の表彰（両社計６事業所）
３．安全標語優秀作品の表彰
４．講評（労働基準協会 講師）
５．閉会

ご意見があれば来週中にいただけますと幸いです。

薬師寺 潤（安全衛生部）TEL 03-5401-2440
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kawasaki-denki.jp drops the co. of the partner domain kawasaki-denki.co.jp",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "hyosho-043",
        "sender": "安全衛生部 薬師寺 <j.yakushiji@hinode-sangyo.co.jp>",
        "to": ["川崎電機 安全環境部 宍戸 様 <shishido@kawasaki-denki.co.jp>"],
        "cc": ["青葉運輸 安全管理課 金城 様 <kaneshiro@aoba-unyu.co.jp>"],
        "subject": "合同安全表彰式 打合せ日程のご相談",
        "charset": "utf-8",
        "body": """川崎電機 宍戸様
青葉運輸 金城様

お世話になっております。日の出産業 安全衛生部の薬師寺です。
今年は青葉運輸様にもご参加いただき、3社合同での安全表彰式となります。
打合せ（オンライン・1時間）の候補日をお送りしますので、ご都合をお知らせください。

  ① 5月12日（火）10:00〜
  ② 5月13日（水）15:00〜
  ③ 5月15日（金）13:30〜

会議URLは日程確定後にお送りします。

日の出産業株式会社 安全衛生部
薬師寺 潤　TEL 03-5401-2440
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To and Cc: a normal three-company meeting mail",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "hyosho-044",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["エムシーオフィス ブッキング <booking@emcee-office.jp>"],
        "subject": "表彰式 司会台本用 受賞者プロフィール",
        "charset": "cp932",
        "body": """エムシーオフィス ご担当者様

お世話になっております。日の出産業の猪瀬です。
4月17日の表彰式で司会をお願いする有働様向けに、受賞者紹介用のプロフィールをお送りします。
ご紹介の際のご参考になさってください。

日の出産業 総務部 猪瀬 理恵子
TEL 03-5401-2205
""",
        "attachments": [
            {"kind": "docx", "name": "受賞者プロフィール_司会用.docx",
             "paragraphs": ["令和８年度 表彰式 受賞者プロフィール（司会者用）"],
             "tables": [[
                 ["氏名（ふりがな）", "生年月日", "入社", "家族", "趣味・一言"],
                 ["百目鬼 誠一（どうめき せいいち）", "昭和４７年８月３日", "平成８年", "妻・長男・長女", "渓流釣り"],
                 ["東海林 香織（しょうじ かおり）", "昭和４６年１２月２８日", "平成８年", "夫", "茶道"],
                 ["勅使河原 悟（てしがわら さとる）", "昭和４８年３月１６日", "平成８年", "妻・長男", "草野球"],
                 ["鰐淵 俊彦（わにぶち としひこ）", "昭和５３年５月１４日", "平成１８年", "妻・長女", "マラソン"],
                 ["雲母 拓真（きら たくま）", "昭和６０年１０月２日", "平成１８年", "独身", "カメラ"],
                 ["小鳥遊 みなみ（たかなし みなみ）", "昭和５７年４月２４日", "平成１８年", "夫・長男", "パン作り"],
             ]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "DOCX table of six winners with birth dates and family details to an MC agency: list of people",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "hyosho-045",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["司会 有働 様 <udo.mc@emcee-office.jp>"],
        "subject": "特別功労賞の方のご紹介文について",
        "charset": "iso-2022-jp",
        "body": """有働様

お世話になっております。日の出産業の猪瀬です。
特別功労賞の綿貫様のご紹介文をお送りします。読み上げ用にご調整ください。

「綿貫 正臣（わたぬき まさおみ）様は昭和３２年生まれ、昭和５５年のご入社以来
４０年にわたり生産技術の第一線で活躍され、大阪工場の立ち上げを指揮されました。
ご退職後も技能伝承の講師として後進の育成にご尽力いただいています。」

お名前の読みは「わたぬき」です。ご注意ください。

猪瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "one honoree's introduction (birth year, career) to the MC: one person, ceremony text",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "hyosho-046",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["総務部 舎人 <t.toneri@hinode-sangyo.co.jp>"],
        "bcc": ["大和トロフィー <eigyo@yamato-trophy.co.jp>",
                "トロフィー工房 <order@trophy-kobo.com>",
                "メダルのマルヤマ <hojin@maruyama-medal.co.jp>"],
        "subject": "【見積依頼】表彰用記念品（令和8年度）",
        "charset": "cp932",
        "body": """各社 ご担当者様

お世話になっております。日の出産業株式会社 総務部の舎人です。
本メールは複数社様にBCCでお送りしております。

令和8年度の表彰用記念品について、相見積りをお願いいたします。

  品目                       数量   備考
  ------------------------------------------------------
  クリスタル盾（Lサイズ）      12   台座・化粧箱付き
  木製記念楯                   45   レーザー名入れ3行
  メダル（金・銀）             80   リボン・ケース付き

回答期限：3月19日（木）
納期：4月10日（金）本社着

日の出産業株式会社 総務部 舎人 亜希子
TEL 03-5401-2203
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a quote request to three vendors correctly sent in Bcc: they cannot see each other",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "hyosho-047",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["大和トロフィー 花房 様 <hanabusa@yamato-trophy.co.jp>"],
        "subject": "RE: 納期回答（注文書 No.HS-26-0418）",
        "charset": "iso-2022-jp",
        "body": """花房様

お世話になっております。日の出産業の舎人です。
納期のご回答ありがとうございます。４月９日着で問題ございません。
検品は総務部で行いますので、納品書を２部同梱ください。

舎人

-----Original Message-----
From: 花房 <hanabusa@yamato-trophy.co.jp>
Sent: Wednesday, March 25, 2026 4:12 PM
To: 舎人 <t.toneri@hinode-sangyo.co.jp>
Subject: 納期回答（注文書 No.HS-26-0418）

日の出産業株式会社
舎人様

いつもお引き立ていただきありがとうございます。大和トロフィーの花房です。
ご注文いただきました記念楯・クリスタル盾の納期につきまして、
４月９日（木）の本社着にてお届け可能です。
運送会社は青葉運輸、お問い合わせ番号は出荷時にご連絡いたします。

大和トロフィー株式会社 営業部 花房
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply thread about a delivery date with the vendor's mail quoted: ordinary business",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "hyosho-048",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["錦印刷 池本 様 <t.ikemoto@nishiki-insatsu.co.jp>"],
        "subject": "表彰状 原稿（受賞者名入り）",
        "charset": "iso-2022-jp",
        "body": """池本様

お世話になっております。日の出産業の帯刀です。
受賞者名入りの表彰状原稿をＰＤＦでお送りします。
社内規定によりパスワードを設定しております。パスワードはお電話でお伝えします。

帯刀
""",
        "attachments": [
            {"kind": "pdf", "name": "表彰状原稿_受賞者名入り.pdf", "password": "nishiki0417",
             "lines": ["表彰状", "百目鬼 誠一 殿", "あなたは永年にわたり職務に精励し……",
                       "令和八年四月十七日", "日の出産業株式会社 代表取締役社長 日下部 光一"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to an external printer cannot be inspected",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "hyosho-049",
        "sender": "IT Systems - Kamiya <s.kamiya@hinode-sangyo.co.jp>",
        "to": ["Tsubasa Support <support@tsubasa-system.jp>"],
        "subject": "Award nomination workflow - approval routing question",
        "charset": "utf-8",
        "body": """Hello Tsubasa Support team,

We are configuring the award nomination workflow in TsubasaFlow (tenant: hinode-prod).
Two questions:

1. Can a nomination be routed to a second approver only when the prize amount is
   above JPY 100,000? We see the condition builder but not a numeric field type.
2. Is there a way to hide the nominee's department from jury members during the
   first round (blind review)?

Our ticket number for the earlier question on SSO is TS-20260311-0047.

Thank you,

Shota Kamiya
IT Systems Department, Hinode Sangyo Co., Ltd.
Tel +81-3-5401-2590

""" + DISC_EN + "\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English support question to a partner vendor with a ticket number and the standard disclaimer",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "hyosho-050",
        "sender": "人事部 健康推進室 椎名 <m.shiina@hinode-sangyo.co.jp>",
        "to": ["ウェルネスパートナーズ 有村 様 <arimura@wellness-partners.co.jp>"],
        "subject": "健康チャレンジ賞 候補者の健診改善データ",
        "charset": "utf-8",
        "body": """ウェルネスパートナーズ株式会社
有村様

お世話になっております。日の出産業 健康推進室の椎名です。
「健康チャレンジ賞」の審査用に、候補者3名の健診結果の改善状況をお送りします。
ご本人の了承は口頭で得ております。

  氏名          項目         2024年度      2025年度
  --------------------------------------------------------
  猪瀬 達也     HbA1c        7.4%          6.1%
                診断         2型糖尿病（服薬中）→ 経過観察
  不破 美智子   血圧         158/96        128/82
                診断         高血圧症 → 服薬終了
  鬼頭 大和     BMI          31.2          26.8
                所見         脂肪肝 → 所見なし

審査会は5月20日を予定しております。

日の出産業株式会社 人事部 健康推進室
椎名 美穂　TEL 03-5401-2288
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "named employees' health check results and diagnoses sent to an outside consultant: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "hyosho-051",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["選考委員 <senko-iin@hinode-sangyo.co.jp>"],
        "cc": ["人事部長 <jinji-bucho@hinode-sangyo.co.jp>"],
        "subject": "社長賞 候補案件一覧（第2回選考委員会 資料）",
        "charset": "iso-2022-jp",
        "body": """選考委員各位

人事部の左右田です。
３月２６日の第２回選考委員会の資料をお送りします。
社外秘扱いの資料ですので、転送・印刷はお控えください。

左右田
""",
        "attachments": [
            {"kind": "pdf", "name": "社長賞候補一覧_第2回.pdf", "page_header": "社外秘",
             "lines": ["社長賞 候補案件一覧（第2回選考委員会）"],
             "table": [["No", "部門", "候補者", "テーマ", "効果（年額）"],
                       ["1", "技術", "鰐淵 俊彦", "省電力型搬送ユニット", "1.2億円"],
                       ["2", "生産", "雲母 拓真", "画像検査自動化", "4,800万円"],
                       ["3", "管理", "東海林 香織", "月次決算早期化", "工数▲30%"],
                       ["4", "営業", "我妻 千尋", "東北新規顧客開拓", "売上2.1億円"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 document, but every recipient is internal",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "hyosho-052",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["ときわギフト 莇 様 <azami@tokiwa-gift.co.jp>"],
        "subject": "RE: 記念品 配送完了のご報告",
        "charset": "cp932",
        "body": """莇様

お世話になっております。日の出産業の甘粕です。
配送完了のご報告ありがとうございました。
受賞者からも受け取りの連絡が届いております。今回も迅速なご対応に感謝いたします。

なお、お預けしていた送付先データは、契約どおり消去をお願いいたします。
消去証明書は後日で結構です。

甘粕

-----Original Message-----
From: 莇 隆 <azami@tokiwa-gift.co.jp>
Sent: Friday, May 1, 2026 11:05 AM
To: 甘粕 俊介 <s.amakasu@hinode-sangyo.co.jp>
Subject: 記念品 配送完了のご報告

日の出産業株式会社 甘粕様

いつもお世話になっております。ときわギフトの莇です。
ご依頼の記念品につき、下記の皆さまへの配送がすべて完了しました。

百目鬼 誠一 様　大阪府高槻市芥川町3-12-8　　4/28 配達完了
東海林 香織 様　東京都江東区東陽5-3-9　　4/27 配達完了
勅使河原 悟 様　愛知県名古屋市昭和区御器所2-8-14　4/28 配達完了
鰐淵 俊彦 様　神奈川県相模原市南区相模大野6-2-15-702　4/27 配達完了
小鳥遊 みなみ 様　東京都杉並区高円寺南1-4-2　4/27 配達完了
雲母 拓真 様　福岡県北九州市小倉北区大手町14-3　4/30 配達完了

ときわギフト株式会社 法人営業部 莇
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "six addresses appear only in the vendor's quoted mail; the new text has none",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "hyosho-053",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["記念誌編集センター 我妻 様 <agatsuma@kinenshi-henshu.co.jp>"],
        "subject": "50年史 資料編「歴代社長賞受賞者」の元データ",
        "charset": "iso-2022-jp",
        "body": """記念誌編集センター
我妻様

お世話になっております。日の出産業 広報部の仙波です。
５０年史の資料編に掲載する「歴代社長賞受賞者」の元データをＰＤＦでお送りします。
掲載は氏名・受賞年・テーマのみとし、その他の項目は確認用です。

仙波
""",
        "attachments": [
            {"kind": "pdf", "name": "歴代社長賞受賞者_元データ.pdf",
             "lines": ["歴代社長賞受賞者（元データ） 作成：人事部"],
             "table": [["受賞年", "社員番号", "氏名", "生年月日", "入社日", "テーマ"],
                       ["1998", "H00412", "蒲生 正人", "1951/06/08", "1974/04/01", "NC旋盤の段取り短縮"],
                       ["2001", "H00587", "祖父江 和夫", "1953/02/17", "1975/04/01", "物流センター自動化"],
                       ["2004", "H01133", "綿貫 正臣", "1957/11/03", "1980/04/01", "大阪工場立ち上げ"],
                       ["2007", "H02278", "栗林 節子", "1958/09/29", "1981/04/01", "原価管理システム構築"],
                       ["2010", "H03391", "日下部 隆", "1962/04/12", "1985/04/01", "海外調達網の整備"],
                       ["2013", "H04402", "宍戸 真理", "1966/08/30", "1989/04/01", "品質保証体制の刷新"],
                       ["2016", "H06019", "勅使河原 悟", "1973/03/16", "1996/04/01", "名古屋地区シェア拡大"],
                       ["2019", "H07225", "百目鬼 誠一", "1972/08/03", "1996/04/01", "省人化ライン"],
                       ["2022", "H09180", "左右田 哲也", "1976/02/11", "1999/04/01", "大口顧客の獲得"],
                       ["2025", "H10452", "鰐淵 俊彦", "1978/05/14", "2006/04/01", "省電力型搬送ユニット"]]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of ten past winners with employee numbers and birth dates to an outside editor",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "hyosho-054",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "subject": "表彰式 式次第（最終版）",
        "charset": "utf-8",
        "body": """米満様

お世話になっております。日の出産業の猪瀬です。
表彰式の式次第（最終版）をPDFでお送りします。
照明・BGMのきっかけを右欄に記載しましたので、音響ご担当の方にもご共有ください。

猪瀬
""",
        "attachments": [
            {"kind": "pdf", "name": "式次第_最終版.pdf", "title": "令和8年度 表彰式 式次第",
             "lines": ["令和8年度 日の出産業 表彰式 式次第"],
             "table": [["時刻", "内容", "照明・音響"],
                       ["15:00", "開式の辞", "客電ダウン／BGM①フェードアウト"],
                       ["15:05", "社長挨拶", "演台ピンスポット"],
                       ["15:15", "永年勤続表彰（30年・20年・10年）", "BGM②（低音量）"],
                       ["15:45", "社長賞・優秀賞 表彰", "ファンファーレ"],
                       ["16:10", "受賞者代表謝辞", "演台ピンスポット"],
                       ["16:20", "記念撮影", "全灯"],
                       ["16:30", "閉式", "BGM①"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ceremony programme PDF to the hotel: no personal data",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "hyosho-055",
        "sender": "経理部 源河 <a.genka@hinode-sangyo.co.jp>",
        "to": ["纐纈 昌平 様 <s.koketsu@outlook.jp>"],
        "subject": "審査員謝金のお支払いに関するお願い",
        "charset": "iso-2022-jp",
        "body": """纐纈 昌平 先生

このたびはイノベーション大賞の外部審査員をお引き受けいただき、誠にありがとうございました。
日の出産業 経理部の源河でございます。

謝金のお支払いにあたり、税法上、支払調書へ個人番号（マイナンバー）を記載する必要がございます。
恐れ入りますが、同封の返信用封筒にて、
　・個人番号カードの写し（表・裏）、または
　・通知カードの写し＋運転免許証等の本人確認書類の写し
を簡易書留でご返送いただけますでしょうか。

メールでの番号のご送付はお控えくださいますようお願いいたします。

日の出産業株式会社 経理部 経理課
源河 朝子　TEL 03-5401-2310
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient asked to post My Number documents; no number is in the mail",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "hyosho-056",
        "sender": "経理部 源河 <a.genka@hinode-sangyo.co.jp>",
        "to": ["税理士法人ことぶき 有働 様 <udo@kotobuki-tax.jp>"],
        "subject": "社外の方への賞金と源泉徴収について（ご相談）",
        "charset": "cp932",
        "body": """有働様

いつもお世話になっております。日の出産業の源河です。
一般論としてご教示いただきたい点がございます。

創立50周年記念で、社外の方（取引先のOBや地域の協力者）を表彰し、
副賞として賞金（5万円〜10万円）をお渡しする案が出ております。

1. 社外個人への賞金は、所得税法204条の源泉徴収の対象となりますか。
2. 「賞金」として50万円以下であれば支払調書の提出は不要との理解でよいでしょうか。
3. 記念品（商品券）に替えた場合の取扱いに違いはありますか。

お手すきの際にご回答いただけますと幸いです。

日の出産業 経理部 源河
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general tax question about prize money: no person",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "hyosho-057",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["東都産業新聞 編集局 <desk@toto-sangyo-shimbun.co.jp>"],
        "subject": "【ニュースリリース】第8回 日の出技能グランプリ 受賞者決定",
        "charset": "iso-2022-jp",
        "body": """東都産業新聞 編集局 御中

いつもお世話になっております。日の出産業 広報部の仙波です。
下記のリリースをお送りいたします。掲載をご検討いただけますと幸いです。

――――――――――――――――
第８回 日の出技能グランプリ 受賞者決定

日の出産業株式会社は、製造現場の技能を競う「日の出技能グランプリ」の受賞者５名を決定しました。

金賞　　百目鬼 誠一（５３）大阪工場 組立課　　　　精密組立部門
銀賞　　四月一日 健（３４）北九州工場 加工課　　　ＮＣ旋盤部門
銀賞　　七五三掛 瞳（２９）大阪工場 検査課　　　　外観検査部門
銅賞　　上遠野 紗希（３１）技術本部 試作課　　　　溶接部門
新人賞　一番ヶ瀬 航（２３）北九州工場 保全課　　　設備保全部門

表彰式は４月１７日、都内ホテルで行われます。
――――――――――――――――

本件のお問い合わせ：広報部 仙波 03-5401-2150
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "a press release naming five winners with ages and workplaces: meant for publication, yet a five-row attribute list",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "hyosho-058",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>"],
        "cc": ["人事部 帯刀 <y.tatewaki@hinode-sangyo.jp>"],
        "subject": "表彰式 当日の受付分担",
        "charset": "utf-8",
        "body": """甘粕さん
（cc 帯刀さん）

当日の受付分担の案です。

・14:00〜 受付設営：甘粕、猪瀬
・14:30〜 受賞者受付（控室案内）：帯刀、人事部2名
・14:30〜 来賓受付：社長室 鬼頭さん
・16:30〜 記念品お渡し：総務部3名

記念品の台車は前日に搬入済みです。変更があれば教えてください。
猪瀬
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "Cc to hinode-sangyo.jp, a look-alike of the company's own hinode-sangyo.co.jp (co. dropped)",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "hyosho-059",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊予約 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "subject": "表彰式 前泊者のご予約（4名）",
        "charset": "cp932",
        "body": """米満様

お世話になっております。日の出産業の猪瀬です。
4月16日（木）1泊、シングル4室の予約をお願いいたします。
チェックイン時のご連絡用に、各人の携帯番号を記載しております。

・百目鬼 誠一 様　　０９０－４４８１－２７３０　（禁煙）
・雲母 拓真 様　　　０８０－６６２１－０９５７　（禁煙）
・椎葉 由紀 様　　　０９０－７７４５－１１８２　（禁煙・高層階希望）
・生田目 亮 様　　　０７０－２２８４－５５１３　（喫煙可）

請求は法人一括（日の出産業株式会社 総務部）でお願いします。

日の出産業 総務部 猪瀬 理恵子
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four guests' mobile numbers (full-width) to the partner hotel: under five people, may warn",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "hyosho-060",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["みなと観光バス 貸切営業 <kashikiri@minato-bus.co.jp>"],
        "subject": "表彰式当日 貸切バス（送迎）のお見積り依頼",
        "charset": "iso-2022-jp",
        "body": """みなと観光バス株式会社
貸切営業ご担当者様

はじめてご連絡いたします。日の出産業株式会社 総務部の甘粕と申します。
４月１７日の表彰式に合わせ、下記の送迎バスのお見積りをお願いいたします。

　往路：川崎事業所（神奈川県川崎市川崎区殿町３丁目）１３：３０発
　　　　→ さくらホテル（東京都港区）１４：３０着
　復路：さくらホテル １９：１５発 → 川崎事業所
　人数：４２名（中型バス１台、または大型１台）

ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 総務部 甘粕 俊介
TEL 03-5401-2200
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "bus quote with office pickup points and a head count: no personal data",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "hyosho-061",
        "sender": "営業企画部 比嘉 <n.higa@hinode-sangyo.co.jp>",
        "to": ["錦印刷 デザイン室 <design@nishiki-insatsu.co.jp>"],
        "subject": "優秀営業所表彰 ポスター用データ",
        "charset": "utf-8",
        "body": """錦印刷 デザイン室 ご担当者様

お世話になっております。日の出産業 営業企画部の比嘉です。
優秀営業所表彰のポスター（B2）に使用する数値データをExcelでお送りします。
「ランキング」シートの上位5拠点をグラフにしていただき、
「前年比」シートは小さめの表で載せてください。

比嘉
""",
        "attachments": [
            {"kind": "xlsx", "name": "優秀営業所_ポスター用.xlsx",
             "sheets": {
                 "ランキング": [["2025年度 営業所別 売上達成率ランキング"], [],
                               ["順位", "営業所", "売上（百万円）", "達成率"],
                               [1, "栄営業所", 1820, "118%"], [2, "仙台営業所", 960, "115%"],
                               [3, "博多営業所", 1340, "112%"], [4, "横浜営業所", 1510, "109%"],
                               [5, "広島営業所", 720, "106%"], [6, "札幌営業所", 650, "101%"]],
                 "前年比": [["営業所", "2024年度", "2025年度", "前年比"],
                           ["栄営業所", 1610, 1820, "113%"], ["仙台営業所", 840, 960, "114%"],
                           ["博多営業所", 1250, 1340, "107%"]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "sales figures by branch office for a poster: businesses, not people",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "hyosho-062",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["ときわギフト 莇 様 <azami@tokiwa-gift.co.jp>"],
        "subject": "カタログギフト 選択集計（品番別）",
        "charset": "cp932",
        "body": """莇様

お世話になっております。日の出産業の甘粕です。
カタログギフトの選択状況を品番別に集計しました（個人別の一覧は別途）。
在庫の確保をお願いできますでしょうか。

甘粕
""",
        "attachments": [
            {"kind": "xlsx", "name": "選択集計_品番別.xlsx",
             "sheets": {"集計": [["品番", "品名", "30年", "20年", "10年", "合計"],
                                ["K30-002", "ペアグラス（江戸切子）", 1, 0, 0, 1],
                                ["K30-014", "電波置時計", 1, 0, 0, 1],
                                ["K20-008", "ホームベーカリー", 0, 2, 0, 2],
                                ["K10-031", "今治タオルセット", 0, 0, 6, 6],
                                ["K10-045", "ワイヤレスイヤホン", 0, 0, 4, 4]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "counts by product code, no individual rows",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "hyosho-063",
        "sender": "Procurement - Higa <procurement@hinode-sangyo.co.jp>",
        "to": ["Daniel Okafor <d.okafor@pacific-resin.com>"],
        "subject": "Hinode Supplier Excellence Award 2026",
        "charset": "utf-8",
        "body": """Dear Mr. Okafor,

On behalf of Hinode Sangyo, I am delighted to inform you that Pacific Resin has been
selected as the winner of our Supplier Excellence Award 2026 in the Materials category.

The award recognises your team's on-time delivery rate of 99.6% and the rapid response
during the resin shortage last autumn. We would be honoured if you or a representative
could attend the ceremony in Tokyo on 22 May 2026. Travel and accommodation for one
guest will be covered by Hinode Sangyo.

Please let me know by 24 April whether you will be able to attend.

Warm regards,

Naoki Higa
Procurement Department, Hinode Sangyo Co., Ltd.
Tel +81-3-5401-2510

""" + DISC_EN + "\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English award notice to a supplier's contact with a standard disclaimer",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "hyosho-064",
        "sender": "経理部 源河 <a.genka@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 売掛担当 <urikake@sakura-hotel.jp>"],
        "subject": "ご請求書（No.SH-2604-1172）お支払い予定のご連絡",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 売掛ご担当者様

お世話になっております。日の出産業 経理部の源河です。
４月１７日の表彰式・祝賀会のご請求書を拝受しました。

　請求書番号：ＳＨ－２６０４－１１７２
　ご請求金額：２，４１５，６００円（税込）
　登録番号　：Ｔ９７０１０２００３４５１７
　お支払予定：５月２９日（金）　貴社指定口座へ振込

振込手数料は弊社負担といたします。
引き続きよろしくお願いいたします。

日の出産業株式会社 経理部　源河
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice number, amount and the hotel's registration (corporate) number: business data",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "hyosho-065",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>"],
        "subject": "Re: 表彰式 座席表（案）",
        "charset": "utf-8",
        "body": """猪瀬さん

座席表ありがとうございます。2点だけ。
・来賓席の川崎電機様と北国フーズ様の並びを入れ替えてください（社長室より）。
・車いすの方がいらっしゃるので、C列の通路側を1席空けておきましょう。

修正版を添付しました。
甘粕

> 甘粕さん
> 座席表の案を作りました。ご確認ください。
> 猪瀬
""",
        "attachments": [
            {"kind": "docx", "name": "座席表_v2.docx",
             "paragraphs": ["表彰式 座席表（案 v2）"],
             "tables": [[["列", "1", "2", "3", "4"],
                         ["A（来賓）", "北国フーズ様", "川崎電機様", "青葉運輸様", "社長"],
                         ["B（30年）", "百目鬼", "東海林", "勅使河原", "—"],
                         ["C（20年）", "鰐淵", "小鳥遊", "雲母", "（空席）"],
                         ["D（10年）", "廿日出", "神領", "我妻", "生田目"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal thread with a seating chart of surnames only",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "hyosho-066",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["フリーライター 上遠野 様 <katono.writer@gmail.com>"],
        "subject": "社長賞 受賞者紹介記事の素材",
        "charset": "iso-2022-jp",
        "body": """上遠野さん

お世話になっております。日の出産業 広報部の仙波です。
社内報の受賞者紹介記事、素材をお送りします。

東海林 香織さん（経理部・優秀賞）
・月次決算を５営業日から３営業日に短縮したプロジェクトのリーダー
・一昨年、乳がんの手術と抗がん剤治療のため約８か月休職し、昨年春に復職
・復職後は短時間勤務を続けながらプロジェクトを完遂
・ご本人は「病気のことは書いても構わないが、表現は相談したい」とのこと

原稿は５月８日までにいただけると助かります。
仙波
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "a named winner's cancer treatment and sick leave sent to a writer on free mail: 要配慮個人情報",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "hyosho-067",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["上遠野 様 <katono.writer@gmail.com>"],
        "subject": "取材日程の確定（5/12）",
        "charset": "utf-8",
        "body": """上遠野さん

お世話になっております。仙波です。
受賞者インタビューの日程が確定しました。

  5月12日（火）
   10:00〜10:45  鰐淵さん（技術本部）
   11:00〜11:45  雲母さん（北九州工場・オンライン）

場所：本社8F 会議室C（受付で「広報部 仙波」とお伝えください）
オンライン分のURLは前日にお送りします。

よろしくお願いします。
仙波 健太（日の出産業 広報部）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient, an interview schedule with surnames only",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "hyosho-068",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人センター 金城 様 <kaneshiro@aoba-unyu.co.jp>"],
        "subject": "退職記念品 個人宅への配送依頼（6件）",
        "charset": "cp932",
        "body": """青葉運輸 金城様

お世話になっております。日の出産業の甘粕です。
退職記念品（置時計・化粧箱入り）を、下記6件の個人宅へお届けください。
時間指定はいずれも午前中でお願いします。

【1】お届け先：蒲生 正人 様
　　〒330-0062 埼玉県さいたま市浦和区仲町1-9-20
　　TEL 048-822-6031

【2】お届け先：祖父江 和夫 様
　　〒491-0858 愛知県一宮市栄3-1-7
　　TEL 0586-72-3390

【3】お届け先：栗林 節子 様
　　〒214-0014 神奈川県川崎市多摩区登戸2680-5
　　TEL 044-911-2087

【4】お届け先：綿貫 正臣 様
　　〒251-0052 神奈川県藤沢市藤沢987-6
　　TEL 0466-22-7135

【5】お届け先：日下部 隆 様
　　〒183-0022 東京都府中市宮西町4-11-3
　　TEL 042-364-5518

【6】お届け先：宍戸 真理 様
　　〒270-1166 千葉県我孫子市我孫子1-28-9
　　TEL 04-7182-6634

集荷は4月21日、本社受付にてお願いします。
甘粕（03-5401-2200）
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six retirees' home addresses and phones, one record per block, to the partner carrier",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "hyosho-069",
        "sender": "総務部 甘粕 <s.amakasu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 法人センター <houjin-center@aoba-unyu.co.jp>"],
        "subject": "Re: 集荷完了のご連絡（お問い合わせ番号）",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 法人センター ご担当者様

お問い合わせ番号のご連絡ありがとうございます。
宮崎出張所宛の１件（４２１７－８８３０－５１６２）のみ、
到着が４月２３日になるとのこと、承知いたしました。

他の４件（４２１７－８８３０－５１２４／５１３５／５１４６／５１５１）は
２２日着で問題ございません。

日の出産業 総務部 甘粕
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers for deliveries to branches: business data",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "hyosho-070",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["映像ワークス 制作部 <seisaku@eizo-works.co.jp>"],
        "subject": "表彰式オープニング映像の素材一式",
        "charset": "utf-8",
        "body": """映像ワークス 制作部 ご担当者様

お世話になっております。日の出産業 広報部の仙波です。
オープニング映像の素材一式（ロゴデータ、式次第）をZIPでお送りします。
尺は90秒、テロップは社名・表彰式名のみでお願いします。

仙波
""",
        "attachments": [
            {"kind": "zip", "name": "opening_sozai.zip",
             "files": [
                 {"kind": "png", "name": "logo_hinode_color.png"},
                 {"kind": "png", "name": "logo_hinode_white.png"},
                 {"kind": "docx", "name": "式次第_映像用.docx",
                  "paragraphs": ["令和8年度 表彰式", "15:00 開式（オープニング映像 90秒）",
                                 "15:05 社長挨拶", "15:15 永年勤続表彰", "15:45 社長賞・優秀賞 表彰"]},
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of logos and a programme: readable, no personal data",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "hyosho-071",
        "sender": "情報システム部 神谷 <s.kamiya@hinode-sangyo.co.jp>",
        "to": ["アワードクラウド 導入支援 <onboarding@award-cloud.jp>"],
        "subject": "トライアル環境へのユーザー登録（3名）",
        "charset": "cp932",
        "body": """アワードクラウド 導入支援ご担当者様

お世話になっております。日の出産業 情報システム部の神谷です。
トライアル環境に、評価用ユーザー3名の登録をお願いいたします。
CSVはご指定のフォーマットで作成しています。

神谷 翔太（情報システム部）TEL 03-5401-2590
""",
        "attachments": [
            {"kind": "csv", "name": "trial_users.csv", "encoding": "cp932",
             "rows": [["user_id", "氏名", "メールアドレス", "携帯", "権限"],
                      ["H11903", "神領 大輔", "d.jinryo@hinode-sangyo.co.jp", "070-5519-3318", "admin"],
                      ["H12233", "廿日出 麻衣", "m.hatsukade@hinode-sangyo.co.jp", "080-3391-0726", "judge"],
                      ["H12018", "小鳥遊 みなみ", "m.takanashi@hinode-sangyo.co.jp", "090-5532-8804", "nominator"]]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three users' e-mails and mobiles for a trial: under five people, may warn",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "hyosho-072",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "cc": ["錦印刷 池本 様 <t.ikemoto@nishiki-insatsu.co.jp>",
               "スタジオひかり 春夏冬 様 <akinashi@studio-hikari.jp>"],
        "subject": "表彰式 最終打合せ（4/10）のご案内",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 米満様
錦印刷 池本様
スタジオひかり 春夏冬様

お世話になっております。日の出産業の猪瀬です。
表彰式の最終打合せを下記のとおり行います。ご出席をお願いいたします。

　日時：４月１０日（金）１４：００〜１５：００
　場所：さくらホテル ２階 会議室「楓」
　議題：搬入時刻、記念撮影の立ち位置、パンフレット配布方法

日の出産業 総務部 猪瀬
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (hotel, printer, photographer) visible to each other in To/Cc",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "hyosho-073",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["給与課 <kyuyo@hinode-sangyo.co.jp>"],
        "subject": "永年勤続 記念品の課税判定用データ",
        "charset": "utf-8",
        "body": """給与課 御中

永年勤続記念品の課税判定（前回受賞からの間隔確認）用のデータをお送りします。
生年月日・住所は年末調整データとの突合用です。

帯刀
""",
        "attachments": [
            {"kind": "csv", "name": "eizoku_kazei_check.csv", "encoding": "utf-8",
             "rows": [["社員番号", "氏名", "生年月日", "住所", "前回受賞", "今回"],
                      ["H08112", "百目鬼 誠一", "1972-08-03", "大阪府高槻市芥川町3-12-8", "2016", "30年"],
                      ["H08209", "東海林 香織", "1971-12-28", "東京都江東区東陽5-3-9", "2016", "30年"],
                      ["H08315", "勅使河原 悟", "1973-03-16", "愛知県名古屋市昭和区御器所2-8-14", "2016", "30年"],
                      ["H10452", "鰐淵 俊彦", "1978-05-14", "神奈川県相模原市南区相模大野6-2-15-702", "2016", "20年"],
                      ["H10533", "小鳥遊 みなみ", "1982-04-24", "東京都杉並区高円寺南1-4-2", "2016", "20年"],
                      ["H10618", "雲母 拓真", "1985-10-02", "福岡県北九州市小倉北区大手町14-3", "2016", "20年"]]},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "CSV of six employees' birth dates and addresses, internal recipient only",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "hyosho-074",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["ほけんの窓口サービス 法人課 <hojin@hoken-madoguchi.co.jp>"],
        "subject": "表彰旅行 国内旅行傷害保険 加入者情報",
        "charset": "cp932",
        "body": """ほけんの窓口サービス 法人課 ご担当者様

お世話になっております。日の出産業 人事部の左右田です。
表彰旅行（6/5〜6/7 沖縄）の国内旅行傷害保険につき、
追加加入者2名の情報をお送りします。

■加入者1
　氏名：一番ヶ瀬 航
　生年月日：昭和63年1月30日
　健康保険証：記号 31260418　番号 2207　枝番 00
■加入者2
　氏名：一番ヶ瀬 彩花
　生年月日：平成2年6月12日
　健康保険証：記号 31260418　番号 2207　枝番 01（被扶養者）

保険料は既存契約と同じく法人口座からの引落しでお願いします。

左右田 哲也（日の出産業 人事部）
""",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "health insurance card symbol and number of two people to an insurance agency",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "hyosho-075",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "subject": "FW: 記念楯の直送について（大和トロフィー）",
        "charset": "iso-2022-jp",
        "body": """米満様

お世話になっております。日の出産業の舎人です。
記念楯をメーカーから貴ホテルへ直送してもらうことになりました。
メーカーからの連絡を添付します。受け取りをお願いできますでしょうか。

舎人
""",
        "attachments": [
            {"kind": "eml", "name": "直送のご案内_大和トロフィー.eml",
             "message": {
                 "sender": "大和トロフィー 花房 <hanabusa@yamato-trophy.co.jp>",
                 "to": ["舎人 <t.toneri@hinode-sangyo.co.jp>"],
                 "subject": "直送のご案内",
                 "charset": "iso-2022-jp",
                 "body": """日の出産業株式会社 舎人様

大和トロフィーの花房です。
ご依頼の記念楯４５個・クリスタル盾１２個は、４月１５日（水）午前に
さくらホテル 宴会搬入口宛に直送いたします。
梱包は８ケース、お問い合わせ番号は 4217-8830-6014 です。

大和トロフィー株式会社 営業部 花房
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded vendor mail (attached .eml) about a delivery: no personal data",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "hyosho-076",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["映像ワークス 制作部 百目木 様 <domeki@eizo-works.co.jp>"],
        "subject": "FW: ご家族からのお祝いメッセージ撮影の件",
        "charset": "utf-8",
        "body": """百目木様

お世話になっております。仙波です。
受賞者ご家族のサプライズメッセージ撮影の件、人事から連絡先をもらいましたので
元のメールごと添付します。撮影クルーの訪問日程は各ご家庭と直接ご調整ください。
（ご家族には人事から事前に了承を取っています）

仙波
""",
        "attachments": [
            {"kind": "eml", "name": "受賞者ご家族連絡先.eml",
             "message": {
                 "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
                 "to": ["広報部 仙波 <k.semba@hinode-sangyo.co.jp>"],
                 "subject": "受賞者ご家族連絡先（サプライズ映像用）",
                 "charset": "utf-8",
                 "body": """仙波さん

ご家族の撮影に同意いただいた受賞者の自宅と連絡先です。

氏名, ご家族, 自宅住所, 自宅電話
百目鬼 誠一, 妻 百目鬼 京子, 大阪府高槻市芥川町3-12-8, 072-681-4420
鰐淵 俊彦, 妻 鰐淵 美香, 神奈川県相模原市南区相模大野6-2-15-702, 042-745-3318
雲母 拓真, 母 雲母 ふさ子, 福岡県北九州市小倉北区大手町14-3, 093-561-0957
小鳥遊 みなみ, 夫 小鳥遊 健, 東京都杉並区高円寺南1-4-2, 03-3314-8804
勅使河原 悟, 妻 勅使河原 礼子, 愛知県名古屋市昭和区御器所2-8-14, 052-881-4067

帯刀
""",
             }},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an attached internal mail listing five winners' families, home addresses and phones goes to a video producer",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "hyosho-077",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["錦印刷 池本 様 <t.ikemoto@nishiki-insatsu.co.jp>"],
        "subject": "特別功労賞 表彰状の文面",
        "charset": "shift_jis",
        "body": """池本様

お世話になっております。日の出産業の帯刀です。
特別功労賞（1枚のみ）の表彰状文面をお送りします。
書体は楷書体、縦書きでお願いいたします。

------------------------------
　　　表彰状
　　　　　　綿貫 正臣 殿
あなたは多年にわたり生産技術の向上に尽くされ
当社の発展に多大な貢献をされました
よってここに創立五十周年にあたり
その功績をたたえ表彰します
　令和八年五月二十二日
　日の出産業株式会社
　代表取締役社長　日下部 光一
------------------------------

校正は1回で結構です。
帯刀 由美子（人事部）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "certificate text naming one honoree with no other data about him",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "hyosho-078",
        "sender": "情報システム部 神谷 <s.kamiya@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
        "subject": "表彰履歴の連携APIについて（問い合わせ）",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の神谷です。
人事システムから表彰履歴を連携するにあたり、以下を確認させてください。

１．/v2/awards エンドポイントの employee_id は英数字１０桁まで対応していますか。
２．一括登録時の上限件数（１リクエストあたり）を教えてください。
３．連携テストはステージング環境（hinode-stg）で実施して問題ないでしょうか。

テストデータはダミー値のみを使用します。

神谷 翔太（情報システム部）TEL 03-5401-2590
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "API question to the partner system vendor: no personal data",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "hyosho-079",
        "sender": "安全衛生部 薬師寺 <j.yakushiji@hinode-sangyo.co.jp>",
        "to": ["川崎電機 安全環境部 宍戸 様 <shishido@kawasaki-denki.co.jp>"],
        "subject": "RE: 安全標語 優秀作品（貴社分）",
        "charset": "cp932",
        "body": """宍戸様

お世話になっております。薬師寺です。
貴社分の優秀作品リスト、拝受しました。
表彰状は弊社でまとめて印刷し、当日お渡しする形でよろしいでしょうか。

薬師寺

差出人: 宍戸 <shishido@kawasaki-denki.co.jp>
送信日時: 2026年6月3日 17:42
宛先: 薬師寺 <j.yakushiji@hinode-sangyo.co.jp>
件名: 安全標語 優秀作品（貴社分）

薬師寺様

川崎電機の宍戸です。当社分の優秀作品と応募者をお送りします。

所属	氏名	社員番号	内線	作品
横浜工場	柳生 一馬	K20381	4412	「確認は　指差し声出し　もう一度」
横浜工場	鵜飼 真由	K21907	4420	「慣れた手に　潜む油断を　見逃すな」
川崎本社	汐見 隼人	K19054	1187	「ヘルメット　あごひも締めて　心も締めて」
厚木工場	能登谷 奈緒	K22416	5530	「ひやりはっと　言える職場が　守る命」
厚木工場	馬場園 剛	K18233	5502	「整頓で　探す時間を　安全に」
横浜工場	千々岩 誠	K20775	4431	「一人作業　声かけ合って　ゼロ災害」

宍戸
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the partner's list of six of its own employees is only quoted back under 差出人/送信日時",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "hyosho-080",
        "sender": "社長室 鬼頭 <m.kito@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "subject": "祝賀会 ご家族招待分の受付名簿",
        "charset": "iso-2022-jp",
        "body": """米満様

お世話になっております。日の出産業 社長室の鬼頭です。
５月２２日の祝賀会に、特別功労賞受賞者のご家族を４組お招きします。
受付でお名前を確認いただき、当日ご到着が遅れる場合の連絡先として電話番号を記載します。

　綿貫 正臣 様・ご令室　　　　　　０４６６－２２－７１３５
　蒲生 正人 様・ご令室　　　　　　０４８－８２２－６０３１
　祖父江 和夫 様・ご長女　　　　　０５８６－７２－３３９０
　栗林 節子 様・ご主人　　　　　　０４４－９１１－２０８７

席は来賓席の後方、Ｅテーブルでお願いいたします。

日の出産業株式会社 社長室　鬼頭 美佐子
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four guests' home phones (full-width) to the hotel: under five people, may warn",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "hyosho-081",
        "sender": "Global HR <global-hr@hinode-sangyo.co.jp>",
        "to": ["Reservations <reservations@harbourview-hotel.sg>"],
        "subject": "Hinode Sangyo award trip - airport pick-up for two guests",
        "charset": "utf-8",
        "body": """Dear Reservations team,

Further to our group booking HVH-88214 (Hinode Sangyo Global Sales Award trip), two
guests will arrive separately and need an airport pick-up on 12 June:

  - Ms. Chihiro Agatsuma   SQ637 arriving 00:55   mobile +81 90-2205-6648
  - Mr. Wataru Ichibagase  SQ637 arriving 00:55   mobile +81 90-6637-2051

Please have the driver hold a sign reading "HINODE SANGYO". Charges can be added to
the group master account.

Kind regards,

Kenji Yonemitsu
Global HR, Hinode Sangyo Co., Ltd.
Tel +81-3-5401-2290
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "English mail with two guests' flights and mobiles to a hotel: under five people, may warn",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "hyosho-082",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["ニュース配信センター 入稿窓口 <release@news-haishin.jp>"],
        "subject": "【配信依頼】当社社員が府中警察署から感謝状を受けました",
        "charset": "utf-8",
        "body": """ニュース配信センター ご担当者様

いつもお世話になっております。日の出産業 広報部の仙波です。
下記リリースの配信をお願いします（配信希望：6月9日 10:00）。

――――――――――――
当社社員が府中警察署から感謝状を受けました

日の出産業株式会社 府中物流センターの有働 大樹は、6月2日、
センター近くのコンビニエンスストアで、高額の電子マネーカードを購入しようとしていた
高齢のお客様に声をかけ、店員とともに警察へ通報し、特殊詐欺の被害を未然に防ぎました。
この行動に対し、府中警察署長から感謝状が贈られました。

当社は今後も、地域の安全・安心に貢献してまいります。

お問い合わせ：日の出産業株式会社 広報部 03-5401-2150
――――――――――――
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press release naming one employee who received a police commendation; the would-be victim is not identifiable",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "hyosho-083",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "subject": "表彰式当日の感染症対策について",
        "charset": "cp932",
        "body": """米満様

お世話になっております。日の出産業の猪瀬です。
最近インフルエンザの流行が続いているため、表彰式当日の対策についてご相談です。

・受付と会場入口に手指消毒液を設置いただけますか。
・立食ビュッフェは、スタッフによる取り分け方式に変更可能でしょうか。
・体調不良者が出た場合に休める部屋（控室とは別）を1室確保したいです。

弊社でも、発熱等の症状がある社員には出席を控えるよう事前に案内します。

猪瀬
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general infection-control arrangements, no identifiable person's health data",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "hyosho-084",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 神領 先生 <jinryo@shirakawa-law.jp>"],
        "subject": "外部審査員向け 秘密保持誓約書のひな形について",
        "charset": "iso-2022-jp",
        "body": """神領先生

いつもお世話になっております。日の出産業 人事部の左右田です。

来年度からイノベーション大賞に外部審査員を３名お迎えする予定です。
審査資料には未公開の技術情報が含まれるため、審査員の方に
秘密保持誓約書をご提出いただきたいと考えております。

つきましては、
　・誓約書のひな形（審査期間終了後３年間の秘密保持）
　・審査資料の返却・廃棄条項の書きぶり
についてご助言をいただけますでしょうか。次回の定例でご相談できれば幸いです。

左右田 哲也
日の出産業株式会社 人事部 人事企画課　TEL 03-5401-2272

""" + DISC_JA + "\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a confidentiality pledge, with the standard Japanese disclaimer: no marking",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "hyosho-085",
        "sender": "社長室 鬼頭 <m.kito@hinode-sangyo.co.jp>",
        "to": ["川崎電機 経営企画室 汐見 様 <shiomi@kawasaki-denki.co.jp>"],
        "subject": "合同功労表彰（役員の部）候補について",
        "charset": "utf-8",
        "body": """汐見様

お世話になっております。日の出産業 社長室の鬼頭です。
先日お話のあった両社合同の功労表彰（役員の部）について、
当社側の候補案をお送りします。社内でもまだ限られた者しか知らない内容ですので、
ご確認後は破棄いただけますと幸いです。

鬼頭
""",
        "attachments": [
            {"kind": "docx", "name": "役員功労表彰_候補案.docx", "page_header": "極秘",
             "paragraphs": ["両社合同 功労表彰（役員の部） 当社候補案",
                            "候補1：専務取締役 日下部 隆之 — 川崎電機との合弁事業立ち上げ",
                            "候補2：常務取締役 宍戸 真理 — 品質保証体制の刷新",
                            "（取締役会での承認前）"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 極秘 in its page header goes to a partner company",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "hyosho-086",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["川崎電機 人事部 鵜飼 様 <ukai@kawasaki-denki.co.jp>"],
        "subject": "当社表彰制度のご紹介資料",
        "charset": "iso-2022-jp",
        "body": """鵜飼様

お世話になっております。日の出産業 人事部の左右田です。
先日の人事交流会でお話しした当社の表彰制度について、
社外向けのご紹介資料をお送りします。ご参考になれば幸いです。

左右田
""",
        "attachments": [
            {"kind": "docx", "name": "日の出産業_表彰制度のご紹介.docx",
             "page_footer": "© 2026 Hinode Sangyo Co., Ltd.",
             "paragraphs": ["日の出産業の表彰制度",
                            "1. 社長賞・優秀賞：年1回、業績への貢献が特に大きい取組みを表彰",
                            "2. 永年勤続表彰：勤続10年・20年・30年の節目に記念品と休暇を付与",
                            "3. 改善提案賞：毎月の提案から優秀作を選定",
                            "4. 日の出技能グランプリ：製造現場の技能を競う社内競技会"],
             "tables": [[["制度", "対象", "副賞"],
                         ["社長賞", "個人・チーム", "報奨金30万円"],
                         ["永年勤続", "勤続10/20/30年", "記念品・リフレッシュ休暇"],
                         ["改善提案賞", "全社員", "1万円〜5万円"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a public-facing description of the award system with a copyright footer, no marking",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "hyosho-087",
        "sender": "広報部 仙波 <k.semba@hinode-sangyo.co.jp>",
        "to": ["映像ワークス 制作部 <seisaku@eizo-works.co.jp>"],
        "subject": "受賞者紹介スライド（映像化のお願い）",
        "charset": "cp932",
        "body": """映像ワークス 制作部 ご担当者様

お世話になっております。日の出産業の仙波です。
社長賞・優秀賞の受賞者紹介スライド（4名分）をお送りします。
各スライド30秒程度の映像にしていただけますでしょうか。

仙波
""",
        "attachments": [
            {"kind": "pptx", "name": "受賞者紹介.pptx", "title": "受賞者紹介",
             "slides": [
                 ["社長賞", "鰐淵 俊彦（技術本部 設計二課）", "省電力型搬送ユニットの開発", "顧客工場の消費電力を年間18%削減"],
                 ["優秀賞", "雲母 拓真（北九州工場）", "画像検査による不良検出自動化", "検査工数40%削減"],
                 ["優秀賞", "東海林 香織（経理部）", "月次決算の早期化", "5営業日→3営業日"],
                 ["特別賞", "我妻 千尋（仙台営業所）", "東北エリア新規顧客開拓", "新規売上2.1億円"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "slides naming four winners with their departments and achievements only",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "hyosho-088",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 音響照明 <av@sakura-hotel.jp>"],
        "subject": "表彰式 進行スライド（投影用）",
        "charset": "utf-8",
        "body": """さくらホテル 音響照明ご担当者様

日の出産業の猪瀬です。表彰式で投影する進行スライドをお送りします。
16:9、ノートPCはHDMIで接続予定です。前日リハーサルで確認させてください。

猪瀬
""",
        "attachments": [
            {"kind": "pptx", "name": "表彰式_進行.pptx", "page_footer": "日の出産業株式会社",
             "slides": [["令和8年度 表彰式", "2026年4月17日 さくらホテル 鳳凰の間"],
                        ["式次第", "開式の辞", "社長挨拶", "永年勤続表彰", "社長賞・優秀賞 表彰", "閉式"],
                        ["記念撮影", "受賞者の皆さまは前方へお進みください"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "projection slides with the programme only",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "hyosho-089",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["経理部 源河 <a.genka@hinode-sangyo.co.jp>"],
        "subject": "FW: 御見積書（メダル追加分）",
        "charset": "iso-2022-jp",
        "body": """源河さん

メダル追加分の見積書です（メーカーから古い形式のExcelで届きました）。
支払処理の際の参考にしてください。

舎人

-----Original Message-----
From: トロフィー工房 <order@trophy-kobo.com>
Subject: 御見積書（メダル追加分）

日の出産業株式会社 舎人様
御見積書をお送りします。ご確認ください。
""",
        "attachments": [
            {"kind": "xls", "name": "mitsumori_MD45S.xls",
             "sheets": {"見積": [["御見積書"], ["品番", "品名", "数量", "単価", "金額"],
                                ["MD-45S", "銀メダル リボン付", 20, 1850, 37000],
                                ["ENG-01", "名入れ彫刻", 20, 300, 6000],
                                ["", "送料", 1, 1200, 1200],
                                ["", "合計（税抜）", "", "", 44200]]}},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a vendor quotation (legacy XLS)",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "hyosho-090",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["大石社会保険労務士事務所 大石 様 <oishi@ooishi-sr.jp>"],
        "subject": "永年勤続記念の旅行券は課税対象になりますか",
        "charset": "cp932",
        "body": """大石先生

いつもお世話になっております。日の出産業の帯刀です。
永年勤続表彰の記念品について、来年度から旅行券（5万円相当）に切り替える案が出ています。

・勤続20年以上、前回から5年以上の間隔
・旅行券の使用期限は1年、使用後に旅行の実施報告を提出
という運用であれば、非課税の扱いとなる理解でよいでしょうか。
（例：勤続20年の社員Aさんが、受領後半年以内に家族旅行で使用）

規程改定の要否も含めてご教示いただけますと幸いです。

日の出産業株式会社 人事部　帯刀 由美子
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general question with an anonymised example: no identifiable person",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "hyosho-091",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会 米満 様 <yonemitsu@sakura-hotel.jp>"],
        "subject": "受賞者1名の来場方法について（ご配慮のお願い）",
        "charset": "iso-2022-jp",
        "body": """米満様

お世話になっております。日の出産業の猪瀬です。
勤続３０年で表彰する勅使河原 悟 様ですが、先月足を骨折され現在も療養中のため、
当日は車いすでのご来場となります。

・地下駐車場から宴会場までエレベーターでのご案内
・表彰時、壇上に上がらず客席前で授与できるよう、スロープか段差のない動線
・お手洗いは多目的トイレの場所を事前にお知らせいただけると助かります

ご本人には当日の流れを事前にご説明しております。
よろしくお願いいたします。

猪瀬
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named winner's injury and wheelchair use told to the hotel for accessibility: a health detail of one person, shared for his benefit",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "hyosho-092",
        "sender": "社長室 鬼頭 <m.kito@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 常務 栗生 様 <kuryu.h@kitaguni-foods.co.jp>"],
        "subject": "創立50周年 功労者表彰式のご案内（ご出欠のお伺い）",
        "charset": "shift_jis",
        "body": """北国フーズ株式会社
常務取締役 栗生 博 様

拝啓　時下ますますご清祥のこととお慶び申し上げます。

先般ご案内いたしました弊社創立50周年 功労者表彰式ならびに祝賀会につき、
ご出欠のご都合をお伺いできればと存じ、ご連絡いたしました。

　日時：令和8年5月22日（金）午後4時より
　会場：さくらホテル 鳳凰の間

ご多用中恐れ入りますが、5月8日までにご返信を賜れますと幸いです。
　　　　　　　　　　　　　　　　　　　　　　敬具

日の出産業株式会社 社長室
鬼頭 美佐子　TEL 03-5401-2100
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an invitation to one guest at a partner company, sent individually",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "hyosho-093",
        "sender": "総務部 猪瀬 <r.inose@hinode-sangyo.co.jp>",
        "to": ["イベントス カスタマーサクセス <cs@eventos.jp>"],
        "subject": "表彰式アプリ 運営スタッフアカウントの発行",
        "charset": "utf-8",
        "body": """イベントス カスタマーサクセス ご担当者様

お世話になっております。日の出産業の猪瀬です。
表彰式当日の受付アプリで使う運営スタッフアカウント（4名）の発行をお願いします。

社員番号,氏名,メールアドレス,当日連絡用携帯
H12104,甘粕 俊介,s.amakasu@hinode-sangyo.co.jp,090-8812-4470
H12311,猪瀬 理恵子,r.inose@hinode-sangyo.co.jp,080-2736-1905
H11877,帯刀 由美子,y.tatewaki@hinode-sangyo.co.jp,090-3304-6628
H12555,舎人 亜希子,t.toneri@hinode-sangyo.co.jp,070-6158-2293

権限はいずれも「受付スタッフ」でお願いします。

猪瀬 理恵子（総務部）TEL 03-5401-2205
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four staff records (comma-separated) with mobiles to an app vendor: under five people, may warn",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "hyosho-094",
        "sender": "情報システム部 神谷 <s.kamiya@hinode-sangyo.co.jp>",
        "to": ["イベントス カスタマーサクセス <cs@eventos.jp>"],
        "subject": "管理者アカウントの担当者変更",
        "charset": "iso-2022-jp",
        "body": """イベントス カスタマーサクセス ご担当者様

お世話になっております。日の出産業 情報システム部の神谷です。
４月１日付の異動に伴い、管理者アカウントの担当者を変更いたします。

　旧：情報システム部　神領 大輔
　新：情報システム部　神谷 翔太（s.kamiya@hinode-sangyo.co.jp　TEL 03-5401-2590）

旧担当者のアカウントは３月末で無効化をお願いします。

神谷
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a change of administrator with the sender's own business contact",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "hyosho-095",
        "sender": "総務部 舎人 <t.toneri@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 法人ギフト 担当 <gift@kitaguni-foods.co.jp>"],
        "subject": "ご注文：創立50周年記念ギフト 680セット",
        "charset": "cp932",
        "body": """北国フーズ株式会社
法人ギフトご担当者様

お世話になっております。日の出産業の舎人です。
ご提案いただいた詰め合わせで、以下のとおり正式に注文いたします。

  商品コード   商品名                     数量    単価      金額
  --------------------------------------------------------------------
  KF-G3021     北の恵み 減塩詰め合わせ    680    2,980   2,026,400
  NS-01        のし（内のし・記念品）      680        0           0
  --------------------------------------------------------------------
                                                  合計 2,026,400（税抜）

納品：5月20日、本社および各拠点（拠点別数量は別紙）
発注番号：HS-26-0512

舎人 亜希子（日の出産業 総務部）TEL 03-5401-2203
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an order with product codes and prices to a partner: ordinary business",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "hyosho-096",
        "sender": "購買部 比嘉 <procurement@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 営業本部 不破 様 <fuwa@aoba-unyu.co.jp>"],
        "subject": "「日の出 優良パートナー賞」贈呈のお知らせ",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
営業本部長 不破 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。

このたび弊社では、取引先様のご尽力に感謝を込めて「日の出 優良パートナー賞」を創設し、
第１回の受賞企業として貴社を選定させていただきました。
昨年度の定時配送率９９．８％、繁忙期の増便対応に深く感謝申し上げます。

贈呈式は５月２２日の創立５０周年式典の中で執り行います。
ご代表者様のご臨席を賜れますと幸いです。

日の出産業株式会社 購買部　比嘉 直樹
TEL 03-5401-2510
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a company-to-company award notice: no personal data",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "hyosho-097",
        "sender": "広報部 社内報編集室 <shanaiho@hinode-sangyo.co.jp>",
        "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
        "subject": "HINODE NEWS 4月号 — 表彰式特集",
        "charset": "utf-8",
        "html": """<html><body style="font-family:sans-serif">
<h2>HINODE NEWS 2026年4月号</h2>
<h3>表彰式特集：今年も46名が受賞しました</h3>
<p>4月17日、さくらホテルで令和8年度の表彰式が行われました。社長賞は技術本部の鰐淵 俊彦さん。受賞スピーチでは「チーム全員で取った賞」と語り、会場から大きな拍手が送られました。</p>
<table border="1" cellpadding="3">
<tr><th>賞</th><th>受賞者</th><th>所属</th></tr>
<tr><td>社長賞</td><td>鰐淵 俊彦</td><td>設計二課</td></tr>
<tr><td>優秀賞</td><td>雲母 拓真</td><td>北九州工場</td></tr>
<tr><td>優秀賞</td><td>東海林 香織</td><td>経理部</td></tr>
<tr><td>特別賞</td><td>我妻 千尋</td><td>仙台営業所</td></tr>
<tr><td>永年勤続30年</td><td>百目鬼 誠一・東海林 香織・勅使河原 悟</td><td>—</td></tr>
</table>
<p>永年勤続20年・10年の受賞者は社内ポータルの「表彰」ページをご覧ください。</p>
<p style="font-size:small">社内報編集室（内線 2155）</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only internal newsletter naming winners",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "hyosho-098",
        "sender": "人事部 左右田 <t.soda@hinode-sangyo.co.jp>",
        "to": ["ほしぞらトラベル 海外法人デスク <kaigai@hoshizora-travel.co.jp>"],
        "subject": "Re: シンガポール表彰旅行 外国籍参加者の手続き",
        "charset": "iso-2022-jp",
        "body": """海外法人デスク ご担当者様

お世話になっております。日の出産業の左右田です。
外国籍の参加者（大阪工場 スリ・ワヒュニ さん）の件、ご案内ありがとうございます。

再入国の手続きに必要な旅券・在留カードの写しは、ご本人から貴社窓口へ
直接ご提出いただくよう伝えました。弊社経由ではお送りいたしません。
ビザ要否の確認結果が出ましたら、ご本人と私の両方にご連絡ください。

左右田
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions residence card and passport copies without any number; one name with no other data",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "hyosho-099",
        "sender": "Kenji Yonemitsu <global-hr@hinode-sangyo.co.jp>",
        "to": ["Lim Wei Ling <weiling.lim@asterisk-global.com>"],
        "subject": "Congratulations on the Regional Excellence Award",
        "charset": "utf-8",
        "body": """Dear Wei Ling,

Congratulations on winning the Regional Excellence Award! The jury was particularly
impressed by the supplier onboarding programme you led in Singapore.

Your trophy will be shipped to the Asterisk Singapore office (Tracking: AB 4217 8830 7725 JP)
and should arrive within ten working days. We look forward to celebrating with you at
the regional meeting in July.

With warm regards,

Kenji Yonemitsu
Global HR, Hinode Sangyo Co., Ltd.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English congratulations to one partner employee, trophy to her office: no personal data",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "hyosho-100",
        "sender": "人事部 帯刀 <y.tatewaki@hinode-sangyo.co.jp>",
        "to": ["人事部 共有 <jinji-all@hinode-sangyo.co.jp>"],
        "subject": "令和8年度 表彰 マスタ（人事部内限り）",
        "charset": "iso-2022-jp",
        "body": """人事部各位

令和８年度の表彰マスタを共有します。
部門別シートと、記念品・報奨金の支給管理シートがあります。
個人情報を含むため、社外への送付は禁止です（業者へは必要項目のみ抽出して渡すこと）。

帯刀
""",
        "attachments": [
            {"kind": "xlsx", "name": "表彰マスタ_R8.xlsx", "title": "表彰マスタ",
             "page_header": "社外秘",
             "sheets": {
                 "永年勤続": [["令和8年度 永年勤続表彰 対象者"], [],
                              ["社員番号", "氏名", "生年月日", "入社日", "住所", "電話", "区分"],
                              ["H08112", "百目鬼 誠一", "S47.8.3", "H8.4.1", "大阪府高槻市芥川町3-12-8", "072-681-4420", "30年"],
                              ["H08209", "東海林 香織", "S46.12.28", "H8.4.1", "東京都江東区東陽5-3-9", "03-3647-2210", "30年"],
                              ["H10452", "鰐淵 俊彦", "S53.5.14", "H18.4.1", "神奈川県相模原市南区相模大野6-2-15-702", "090-3318-2274", "20年"],
                              ["H10618", "雲母 拓真", "S60.10.2", "H18.4.1", "福岡県北九州市小倉北区大手町14-3", "080-6621-0957", "20年"],
                              ["H11903", "神領 大輔", "H2.3.9", "H28.4.1", "東京都品川区大井4-17-2", "070-5519-3318", "10年"],
                              ["H12233", "廿日出 麻衣", "H4.7.21", "H28.4.1", "神奈川県川崎市中原区小杉町1-403", "080-3391-0726", "10年"]],
                 "社長賞・優秀賞": [["社員番号", "氏名", "賞", "報奨金", "振込先"],
                                 ["H10452", "鰐淵 俊彦", "社長賞", 300000, "みどり銀行 相模大野支店 普通 4410927"],
                                 ["H10618", "雲母 拓真", "優秀賞", 100000, "みどり銀行 小倉支店 普通 2271684"],
                                 ["H08209", "東海林 香織", "優秀賞", 100000, "東西銀行 東陽町支店 普通 6603185"]],
             }},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "a marked master list with addresses and bank accounts, but sent only inside the HR department",
    },
]
