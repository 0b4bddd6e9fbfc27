"""Blind evaluation corpus — area «soshiki»: organisation changes and personnel
announcements of 日の出産業株式会社 (hinode-sangyo.co.jp): 人事異動 and 後任者のご挨拶 to
customers and partners, 着任・退任・退職の挨拶, 組織変更・部署名変更・拠点統合のお知らせ,
組織図, 役員人事のプレスリリース, and the paperwork around them (名刺・挨拶状の発注, 役員登記,
社宅・引越し, 出向・社会保険手続き, 入構申請, 研修). Every person, number, address and
organisation other than those named in BRIEF.md is invented; the file was written blind,
from BRIEF.md, build.py and the names in SPEC.md only, without reading mailguard's code.
"""

from build import card_number, my_number

SEED = 42601

MN = [my_number(SEED + k) for k in range(4)]      # My Numbers used below
CARD = [card_number(SEED + k) for k in range(2)]  # card numbers used below


def zen(s: str) -> str:
    """ASCII digits and hyphens to full-width, as people type them in Japanese IMEs."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def spaced(n: str) -> str:
    return f"{n[0:4]} {n[4:8]} {n[8:12]}" + (f" {n[12:]}" if len(n) > 12 else "")


CORP_NO = "4010001123456"  # 日の出産業株式会社の法人番号 (invented, check digit valid)

MESSAGES = []

# ---------------------------------------------------------------------------------------
MESSAGES.append({
    "id": "soshiki-001",
    "subject": "担当者変更のご挨拶（日の出産業 鷲尾）",
    "sender": "鷲尾 健太郎 <washio.kentaro@hinode-sangyo.co.jp>",
    "to": ["津田 浩之 <tsuda.hiroyuki@kawasaki-denki.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
購買部 資材調達課
津田 浩之 様

いつも大変お世話になっております。
日の出産業の鷲尾でございます。

さて、私事で恐縮ではございますが、このたび４月１日付の人事異動により
大阪支店へ転勤することとなりました。
在任中は格別のご厚情を賜り、心より御礼申し上げます。

後任は、同じ営業第一部の仁科 亮介が務めさせていただきます。
仁科は入社以来、産業機器の営業を担当しており、貴社の調達方針にも明るい者でございます。
引継ぎには万全を期しておりますが、お気づきの点がございましたら遠慮なくお申し付けください。

　後任：営業第一部　仁科 亮介（にしな りょうすけ）
　直通：03-5201-7731
　E-mail：nishina.ryosuke@hinode-sangyo.co.jp

近日中に仁科とともにご挨拶に伺いたく存じます。日程は改めてご相談させてください。
本来であれば直接お伺いすべきところ、メールでのご挨拶となりましたことをお詫び申し上げます。

今後とも変わらぬご指導ご鞭撻のほど、よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　営業第一部
鷲尾 健太郎（わしお けんたろう）
〒103-0027 東京都中央区日本橋3-8-2 日の出ビル6F
TEL 03-5201-7730 / FAX 03-5201-7739
washio.kentaro@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ordinary successor greeting to one partner contact; one colleague's direct line and mail (one record, may warn)",
})

MESSAGES.append({
    "id": "soshiki-002",
    "subject": "【ご挨拶】営業担当変更のお知らせ",
    "sender": "小豆沢 恵 <azusawa.megumi@hinode-sangyo.co.jp>",
    "to": [
        "北国フーズ 仕入部 <shiire@kitaguni-foods.co.jp>",
        "はまなす食品 購買課 <kobai@hamanasu-shokuhin.co.jp>",
        "丸高青果 御中 <info@marutaka-seika.co.jp>",
        "旭台産業 資材部 <shizai@asahidai-sangyo.jp>",
        "Koyo Trading <orders@koyo-trading.com>",
    ],
    "charset": "iso-2022-jp",
    "body": """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 営業第二部の小豆沢でございます。

本メールは皆様へ一斉にお送りしておりますこと、ご容赦ください。

このたび弊社営業第二部の体制変更に伴い、５月１日より食品資材のご担当を
下記のとおり変更させていただくこととなりました。

　旧担当：小豆沢 恵（営業第二部）
　新担当：百目鬼 拓也（営業第二部 食品資材課）

受発注の窓口（営業第二部 代表 03-5201-7740）およびFAX番号に変更はございません。
ご不便をおかけしないよう引継ぎを進めてまいりますので、
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

------------------------------
日の出産業株式会社
営業第二部　小豆沢 恵
TEL：03-5201-7741
〒103-0027 東京都中央区日本橋3-8-2
------------------------------
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five customers of different companies in To see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "soshiki-003",
    "subject": "4/1付 異動者 社宅・通勤経路の確認依頼",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["総務部 施設課 <shisetsu@hinode-sangyo.co.jp>"],
    "cc": ["勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>"],
    "charset": "utf-8",
    "body": """施設課 ご担当各位

人事部の高階です。
4/1付の異動者のうち、転居を伴う方の一覧です（内示済み・社内限り）。
社宅手配と通勤経路の確認をお願いします。

社員番号\t氏名\t現所属\t新所属\t現住所\t携帯
H10482\t纐纈 大輔\t名古屋営業所\t本社 営業第一部\t愛知県名古屋市千種区今池2-14-3-502\t090-3318-2047
H11237\t鴇田 沙織\t本社 経理部\t大阪支店 業務課\t東京都江東区南砂5-7-21-304\t080-6652-1190
H09811\t忽那 浩一\t福岡支店\t本社 物流部\t福岡県福岡市東区香椎駅前1-22-8\t090-7104-5563
H12056\t興梠 真由\t本社 人事部\t名古屋営業所\t神奈川県川崎市中原区新丸子町733-2\t070-2281-9036
H10977\t上遠野 隆\t大阪支店\t福岡支店\t大阪府吹田市江坂町3-9-15-1102\t090-5527-3318
H11804\t蓬田 彩花\t本社 営業第二部\t大阪支店 営業課\t埼玉県さいたま市浦和区常盤6-3-12\t080-4019-7725
H08630\t薬袋 誠司\t名古屋営業所\t本社 購買部\t愛知県豊田市若宮町4-18\t090-1183-6402

家族帯同の有無は別途、各人から施設課へ直接連絡するよう伝えています。
3/14（金）までにご回答いただけると助かります。

人事部 人事課　高階
内線 2214
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "seven transferees with home addresses and mobiles, but every recipient is internal",
})

MESSAGES.append({
    "id": "soshiki-004",
    "subject": "転勤者の引越しお見積りのお願い（6件）",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["法人営業部 奥寺様 <okudera@tsubame-hikkoshi.co.jp>"],
    "charset": "shift_jis",
    "body": """つばめ引越センター株式会社
法人営業部　奥寺 様

いつもお世話になっております。
日の出産業 人事部 給与厚生課の勅使河原です。

4月の定期異動に伴う転勤者の引越しについて、お見積りをお願いいたします。
対象者は以下の６名です。各人へはお見積り訪問の日程調整のご連絡を
直接いただいて構いません（本人には了承を得ております）。

氏名          現住所                                   転居先（予定）          携帯電話
------------  ---------------------------------------  ----------------------  -------------
纐纈 大輔     愛知県名古屋市千種区今池2-14-3-502       東京都（社宅）          090-3318-2047
鴇田 沙織     東京都江東区南砂5-7-21-304               大阪府大阪市（借上）    080-6652-1190
忽那 浩一     福岡県福岡市東区香椎駅前1-22-8           東京都（社宅）          090-7104-5563
興梠 真由     神奈川県川崎市中原区新丸子町733-2        愛知県名古屋市（借上）  070-2281-9036
上遠野 隆     大阪府吹田市江坂町3-9-15-1102            福岡県福岡市（社宅）    090-5527-3318
蓬田 彩花     埼玉県さいたま市浦和区常盤6-3-12         大阪府大阪市（借上）    080-4019-7725

搬出希望日はいずれも3月下旬〜3月末です。
お見積りは人事部宛にPDFでお送りいただけますと幸いです。

よろしくお願いいたします。

--
日の出産業株式会社 人事部 給与厚生課
勅使河原 恭子
TEL 03-5201-7716　FAX 03-5201-7719
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six employees' home addresses and mobiles in a padded list to a moving company",
})

MESSAGES.append({
    "id": "soshiki-005",
    "subject": "代表取締役の異動に関するお知らせ（日の出産業）",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["経済新報 産業部 <sangyo-desk@keizai-shimpo.co.jp>"],
    "charset": "utf-8",
    "body": """経済新報社 産業部 御中

いつもお世話になっております。
日の出産業株式会社 広報課の岩佐でございます。

本日15時、東京証券取引所にて開示いたしました「代表取締役の異動に関するお知らせ」を
お送りいたします。添付のPDFをご参照ください。

ご取材のお申込みは広報課（03-5201-7705）までお願いいたします。

日の出産業株式会社 総務部 広報課
岩佐 拓真
""",
    "attachments": [{
        "kind": "pdf",
        "name": "20250318_代表取締役の異動.pdf",
        "title": "代表取締役の異動に関するお知らせ",
        "lines": [
            "2025年3月18日",
            "各位",
            "日の出産業株式会社（法人番号 " + CORP_NO + "）",
            "代表取締役社長 石動 正臣",
            "",
            "代表取締役の異動に関するお知らせ",
            "",
            "当社は、本日開催の取締役会において、下記のとおり代表取締役の異動を内定いたしましたので、",
            "お知らせいたします。",
            "1. 異動の理由　経営体制の若返りと中期経営計画の推進のため",
            "2. 異動の内容",
            "　新 代表取締役社長　五百旗頭 亮（いおきべ りょう）　現 取締役常務執行役員",
            "　現 代表取締役社長　石動 正臣　　　退任後 取締役会長に就任予定",
            "3. 新代表取締役の略歴",
            "　氏名　五百旗頭 亮",
            "　生年月日　1968年（昭和43年）9月14日生",
            "　1991年4月　当社入社",
            "　2015年4月　営業本部 営業第一部長",
            "　2019年6月　取締役 営業本部長",
            "　2023年6月　取締役常務執行役員（現任）",
            "4. 異動予定日　2025年6月26日（第78回定時株主総会終了後）",
            "以上",
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "public press release to one newsroom: the new president's birth date and career, one person",
})

MESSAGES.append({
    "id": "soshiki-006",
    "subject": "Re: 4月以降のご担当について",
    "sender": "仁科 亮介 <nishina.ryosuke@hinode-sangyo.co.jp>",
    "to": ["津田 浩之 <tsuda.hiroyuki@kawasaki-denkl.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """津田様

お世話になっております。日の出産業の仁科です。
先日は鷲尾とともにお時間を頂戴し、ありがとうございました。

ご依頼の件、来期の産業機器の年間購入計画について、
4月第2週に改めてお打合せのお時間をいただけますでしょうか。
候補日：4/8（火）14時〜、4/10（木）10時〜、4/11（金）15時〜

ご都合のよい日時をお知らせいただけましたら幸いです。

日の出産業株式会社 営業第一部
仁科 亮介
TEL 03-5201-7731
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain kawasaki-denkl.co.jp: one letter off the partner kawasaki-denki.co.jp",
})

MESSAGES.append({
    "id": "soshiki-007",
    "subject": "組織変更および部署名称変更のお知らせ",
    "sender": "東海林 翔 <shoji.sho@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 梶浦様 <kajiura@tsubasa-system.jp>"],
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:13px">
<p>株式会社ツバサシステム<br>営業部 梶浦 様</p>
<p>いつもお世話になっております。日の出産業 情報システム部の東海林です。</p>
<p>2025年4月1日付で弊社の組織変更を実施いたします。貴社とお取引のある部署の名称・代表番号は下記のとおりとなります。
請求書・納品書の宛名は、4月分より新名称でのご記載をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde7f3"><th>旧部署名</th><th>新部署名</th><th>代表電話</th><th>備考</th></tr>
<tr><td>情報システム部</td><td>DX推進本部 情報システム部</td><td>03-5201-7760</td><td>変更なし</td></tr>
<tr><td>業務改革室</td><td>DX推進本部 業務改革部</td><td>03-5201-7765</td><td>昇格</td></tr>
<tr><td>総務部 文書課</td><td>総務部 総務課</td><td>03-5201-7700</td><td>統合</td></tr>
<tr><td>購買部 資材課</td><td>調達本部 資材調達部</td><td>03-5201-7770</td><td>改組</td></tr>
<tr><td>大阪支店 業務課</td><td>西日本支社 業務部</td><td>06-6262-4410</td><td>改組</td></tr>
</table>
<p>なお、システム保守契約のご担当窓口（情報システム部 東海林）に変更はございません。</p>
<p>今後ともよろしくお願い申し上げます。</p>
<p>--<br>日の出産業株式会社 情報システム部<br>東海林 翔<br>TEL 03-5201-7762</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of departments and their switchboard numbers: a list of business units, not people",
})

MESSAGES.append({
    "id": "soshiki-008",
    "subject": "入社・退職者の手続き書類送付（3月分）",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["森岡社会保険労務士事務所 <jimusho@morioka-sr.jp>"],
    "charset": "iso-2022-jp",
    "body": """森岡社会保険労務士事務所
森岡 先生

いつも大変お世話になっております。
日の出産業 人事部の勅使河原でございます。

3月の組織再編に伴う中途入社者および退職者の手続き書類を添付にてお送りいたします。
資格取得・喪失届の作成をお願いできますでしょうか。

添付：入退社者一覧_202503.docx

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。

日の出産業株式会社 人事部 給与厚生課
勅使河原 恭子
TEL 03-5201-7716
""",
    "attachments": [{
        "kind": "docx",
        "name": "入退社者一覧_202503.docx",
        "title": "入退社者一覧",
        "paragraphs": [
            "入退社者一覧（2025年3月）",
            "日の出産業株式会社 人事部 給与厚生課",
            "以下の者について、健康保険・厚生年金保険の資格取得／喪失の手続きをお願いします。",
        ],
        "tables": [[
            ["区分", "氏名", "フリガナ", "生年月日", "個人番号", "住所", "異動日"],
            ["取得", "月見里 遥", "ヤマナシ ハルカ", "平成4年11月3日", MN[0],
             "東京都杉並区阿佐谷南3-27-9", "2025/03/01"],
            ["喪失", "一尺八寸 義男", "カマツカ ヨシオ", "昭和36年2月18日", MN[1],
             "千葉県船橋市本町6-4-18", "2025/03/31"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table with two people's My Numbers going to an outside labour-law office",
})

MESSAGES.append({
    "id": "soshiki-009",
    "subject": "Re: 弊社組織変更に伴う窓口変更のご連絡",
    "sender": "小豆沢 恵 <azusawa.megumi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 仕入部 <shiire@kitaguni-foods.co.jp>"],
    "charset": "utf-8",
    "body": """北国フーズ株式会社
仕入部 皆様

日の出産業の小豆沢です。
新体制でのご担当者様一覧、ご丁寧にありがとうございます。
社内の関係者にも共有し、4月分のご注文から新しい窓口の皆様宛にご連絡いたします。

引き続きよろしくお願いいたします。

日の出産業株式会社 営業第二部
小豆沢 恵

> 日の出産業株式会社 小豆沢様
>
> いつもお世話になっております。北国フーズ仕入部の砂子田です。
> 4月1日付の組織変更により、弊社仕入部の担当が以下のとおり変わります。
>
> 氏名        担当            直通            携帯
> ----------  --------------  --------------  -------------
> 砂子田 優   部長            011-221-4801    090-8821-3307
> 五十嵐 航   水産品          011-221-4803    080-3310-2295
> 保志 千尋   農産品          011-221-4805    090-2264-7731
> 舘岡 宗平   資材・包材      011-221-4807    070-5539-1184
> 大楽 芽衣   受発注事務      011-221-4809    080-7702-6640
> 早坂 修     物流調整        011-221-4811    090-4417-0582
>
> 今後ともよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six-person list is only quoted back to the company that sent it; the new text is a thank-you",
})

MESSAGES.append({
    "id": "soshiki-010",
    "subject": "新体制のご連絡先一覧（営業第一部 産業機器グループ）",
    "sender": "仁科 亮介 <nishina.ryosuke@hinode-sangyo.co.jp>",
    "to": ["津田 浩之 <tsuda.hiroyuki@kawasaki-denki.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 購買部
津田様

いつもお世話になっております。日の出産業の仁科です。
先日お問い合わせいただいた件、4月からの産業機器グループの担当者と連絡先をお送りします。
案件ごとに直接ご連絡いただいて差し支えございません。

・仁科 亮介（グループリーダー）　直通 03-5201-7731　nishina.ryosuke@hinode-sangyo.co.jp
・忽那 浩一（物流調整）　　　　　直通 03-5201-7735　kutsuna.koichi@hinode-sangyo.co.jp
・纐纈 大輔（大型案件）　　　　　直通 03-5201-7732　koketsu.daisuke@hinode-sangyo.co.jp
・小鳥遊 萌（見積・受注）　　　　直通 03-5201-7733　takanashi.moe@hinode-sangyo.co.jp
・鷹取 昌平（技術サポート）　　　直通 03-5201-7736　takatori.shohei@hinode-sangyo.co.jp
・五味 佳奈（営業事務）　　　　　直通 03-5201-7738　gomi.kana@hinode-sangyo.co.jp

グループ代表：03-5201-7730（平日9:00〜17:30）

今後ともよろしくお願いいたします。

日の出産業株式会社 営業第一部
仁科 亮介
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six staff members' work direct lines and work addresses to a customer: formally a list of people, in practice a team contact sheet",
})

MESSAGES.append({
    "id": "soshiki-011",
    "subject": "配送窓口担当者の交代について（ご報告）",
    "sender": "薬師寺 浩二 <yakushiji.koji@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 東京営業所 宍戸様 <shishido@aoba-unyu.co.jp>"],
    "charset": "shift_jis",
    "body": """青葉運輸株式会社
東京営業所　宍戸 様

いつも大変お世話になっております。日の出産業 物流部の薬師寺です。

長らく貴社との配車調整を担当しておりました弊社の鳴海 修平ですが、
先月の健康診断で胃がんが見つかり、手術と抗がん剤治療のため
６月末まで休職することになりました。
本人からも、宍戸様にはくれぐれもよろしくお伝えくださいとのことでした。

休職期間中は、私 薬師寺が配車調整の窓口を務めます。
毎週の配車表は、これまでどおり火曜日中にお送りいたします。

ご迷惑をおかけしますが、何卒よろしくお願いいたします。

日の出産業株式会社 物流部
薬師寺 浩二
TEL 03-5201-7780
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named colleague's cancer diagnosis and treatment told to a partner: 要配慮個人情報 of one person",
})

MESSAGES.append({
    "id": "soshiki-012",
    "subject": "退職のご挨拶",
    "sender": "五百蔵 直樹 <iokura.naoki@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 筧様 <kakei@nishiki-insatsu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
営業部　筧 様

いつもお世話になっております。
日の出産業 購買部の五百蔵です。

私事で恐縮ですが、３月３１日をもちまして日の出産業を退職することとなりました。
筧様には十年近くにわたり、カタログや販促物の印刷で大変お世話になりました。
納期の厳しいご依頼にも快くご対応いただき、本当に感謝しております。

後任は購買部の八重樫が担当いたします。
改めて八重樫よりご連絡を差し上げますので、引き続きよろしくお願いいたします。

末筆ながら、錦印刷様の益々のご発展と、筧様のご健勝を心よりお祈り申し上げます。

――――――――――――――――――
日の出産業株式会社 購買部
五百蔵 直樹
TEL 03-5201-7771
――――――――――――――――――
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "farewell greeting naming the successor only, with the standard confidentiality disclaimer",
})

MESSAGES.append({
    "id": "soshiki-013",
    "subject": "新組織図データ送付の件",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出産業 広報課の岩佐です。

会社案内パンフレット改訂版に掲載する新組織図のデータをお送りいたします。
ファイルはパスワード付きZIPにしておりますので、パスワードは別メールにてお知らせします。

校正は4/4（金）までにいただけますと助かります。
どうぞよろしくお願いいたします。

日の出産業株式会社 総務部 広報課
岩佐 拓真
TEL 03-5201-7705
""",
    "attachments": [{
        "kind": "zip",
        "name": "soshikizu_2025.zip",
        "password": "Hn#0404soshiki",
        "files": [{
            "kind": "xlsx",
            "name": "組織図_2025年4月.xlsx",
            "sheets": {"組織図": [["日の出産業株式会社 組織図（2025年4月1日）"], [],
                               ["本部", "部", "課"],
                               ["営業本部", "営業第一部", "産業機器課"],
                               ["営業本部", "営業第二部", "食品資材課"],
                               ["管理本部", "人事部", "人事課"]]},
        }],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP to an outside printer: the content cannot be inspected",
})

MESSAGES.append({
    "id": "soshiki-014",
    "subject": "【パスワード】新組織図データ送付の件",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 制作部 御中

先ほどお送りしたファイルのパスワードをお知らせいたします。

　ファイル名：soshikizu_2025.zip
　パスワード：Hn#0404soshiki

よろしくお願いいたします。

日の出産業 広報課 岩佐
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up password mail: no attachment, no personal data",
})

MESSAGES.append({
    "id": "soshiki-015",
    "subject": "役員変更登記のご依頼（新任取締役3名分の資料）",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 司法書士 真柴先生 <mashiba@shirakawa-law.jp>"],
    "charset": "utf-8",
    "body": """白川法律事務所
司法書士 真柴 先生

いつもお世話になっております。
日の出産業 社長室秘書課の御手洗でございます。

6月26日の定時株主総会で選任予定の新任取締役3名について、
役員変更登記のご準備をお願いいたします。登記に必要な情報は以下のとおりです。

【1】
氏名：五百旗頭 亮（いおきべ りょう）
住所：東京都世田谷区桜丘4-12-7
生年月日：昭和43年9月14日
役職：代表取締役社長（予定）

【2】
氏名：上遠野 千景（かどの ちかげ）
住所：神奈川県横浜市青葉区美しが丘2-31-5
生年月日：昭和47年1月22日
役職：取締役

【3】
氏名：蓮見 耕平（はすみ こうへい）
住所：東京都練馬区石神井台6-8-14
生年月日：昭和45年5月30日
役職：社外取締役

就任承諾書と印鑑証明書の原本は、6月20日までに書留でお送りいたします。
よろしくお願い申し上げます。

日の出産業株式会社 社長室 秘書課
御手洗 玲奈
TEL 03-5201-7701
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "three directors' addresses and birth dates to the company's own registration lawyer: under five records, may warn",
})

MESSAGES.append({
    "id": "soshiki-016",
    "subject": "役員変更登記 資料送付（取締役・監査役）",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["神田司法書士事務所 <office@kanda-shihoshoshi.jp>"],
    "charset": "utf-8",
    "body": """神田司法書士事務所 御中

お世話になっております。日の出産業 秘書課の御手洗です。

子会社（日の出ロジスティクス株式会社）の役員改選に伴う変更登記について、
取締役・監査役の情報をExcelにまとめましたのでお送りいたします。
シートは「取締役」「監査役」の2つに分けております。

ご確認のほどよろしくお願いいたします。

御手洗
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "役員一覧_日の出ロジスティクス_2025.xlsx",
        "title": "役員一覧",
        "sheets": {
            "取締役": [
                ["日の出ロジスティクス株式会社 役員一覧（2025年6月改選）"],
                [],
                ["区分", "氏名", "ふりがな", "生年月日", "住所", "電話"],
                ["重任", "薬師寺 浩二", "やくしじ こうじ", "1966/03/08", "千葉県市川市八幡3-14-2", "090-2231-5576"],
                ["新任", "栗花落 一輝", "つゆり かずき", "1971/10/19", "愛知県名古屋市昭和区御器所2-7-11", "080-1175-3392"],
                ["新任", "四十物 早苗", "あいもの さなえ", "1974/06/02", "東京都大田区久が原5-22-9", "090-6640-1823"],
                ["重任", "勝呂 英樹", "すぐろ ひでき", "1963/12/25", "埼玉県所沢市小手指町1-30-4", "090-8813-2270"],
            ],
            "監査役": [
                ["日の出ロジスティクス株式会社 監査役"],
                [],
                ["区分", "氏名", "ふりがな", "生年月日", "住所", "電話"],
                ["新任", "猪又 紀子", "いのまた のりこ", "1969/08/17", "東京都三鷹市下連雀7-3-18", "080-2904-6615"],
                ["退任", "日比生 実", "ひびき みのる", "1957/04/04", "神奈川県鎌倉市腰越2-9-1", "090-3052-7748"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX over two sheets (title row above header) with six officers' birth dates, home addresses and phones to an outside office",
})

MESSAGES.append({
    "id": "soshiki-017",
    "subject": "Announcement: New Head of Overseas Business Division",
    "sender": "Kenji Hatano <hatano.kenji@hinode-sangyo.co.jp>",
    "to": ["Michael Brennan <m.brennan@pacific-components.com>"],
    "charset": "utf-8",
    "body": """Dear Michael,

I hope this message finds you well.

I am writing to let you know that, effective April 1, I will be moving to our
Corporate Planning Office in Tokyo. My successor as Head of the Overseas Business
Division will be Ms. Ayaka Yomogida, who has led our ASEAN sales team for the past
four years and knows your account well.

You can reach Ayaka directly at:
  Ayaka Yomogida, General Manager, Overseas Business Division
  Tel: +81-3-5201-7790
  E-mail: yomogida.ayaka@hinode-sangyo.co.jp

She and I would be glad to visit your Penang office together in late April to
introduce her properly. I will send a few candidate dates next week.

Thank you for your support over the past six years. It has been a real pleasure
working with you and your team.

Best regards,

Kenji Hatano
Overseas Business Division
Hinode Sangyo Co., Ltd.
3-8-2 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7791

This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail.
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English successor announcement with one colleague's work contact and the standard disclaimer",
})

MESSAGES.append({
    "id": "soshiki-018",
    "subject": "退職のご報告（鷹取より）",
    "sender": "鷹取 昌平 <takatori.shohei@hinode-sangyo.co.jp>",
    "to": [
        "hayasaka.osamu1962@gmail.com",
        "k-inomata@yahoo.co.jp",
        "Tetsuya Ueno <tetsu.ueno@icloud.com>",
        "mayu.korogi@outlook.jp",
    ],
    "charset": "utf-8",
    "body": """皆さま

ご無沙汰しております。営業第一部の鷹取です。
在職中にお世話になったOBの皆さまに、個人的なご報告です。

このたび、3月末をもって日の出産業を退職することになりました。
4月からは実家のある松本で、家業の工務店を継ぐ予定です。

入社当時、右も左もわからなかった私に営業のいろはを教えてくださった皆さまには、
感謝してもしきれません。
松本にお越しの際は、ぜひお声がけください。

取り急ぎ、ご報告まで。

鷹取 昌平
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "four private persons on free mail in To can see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "soshiki-019",
    "subject": "近況のご報告",
    "sender": "一色 聡 <isshiki.satoshi@hinode-sangyo.co.jp>",
    "to": ["日比生 実 <hibiki.minoru57@gmail.com>"],
    "charset": "iso-2022-jp",
    "body": """日比生さん

ご無沙汰しております。大阪支店の一色です。
ご退任後もお元気でお過ごしでしょうか。

ご報告が遅くなりましたが、４月１日付で大阪支店の支店長を拝命いたしました。
日比生さんが支店長をされていた頃の「現場に三回足を運べ」というお言葉を、
今も肝に銘じております。

大阪にお越しの際は、ぜひ支店にもお立ち寄りください。
新しいメンバーにも日比生さんのお話を聞かせてやっていただければ幸いです。

季節の変わり目ですので、どうぞご自愛ください。

一色 聡
日の出産業株式会社 大阪支店
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one personal greeting to a retired former executive on gmail: a single free-mail recipient",
})

MESSAGES.append({
    "id": "soshiki-020",
    "subject": "就任披露パーティー お支払いについて",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "charset": "shift_jis",
    "body": """さくらホテル 宴会予約係
芦原 様

お世話になっております。日の出産業 秘書課の御手洗です。
7月4日（金）「新社長就任披露パーティー」（鳳凰の間・120名）の件でご連絡いたします。

内金のお支払いは、下記の法人カードにてお願いいたします。

　カード名義：HINODE SANGYO / RENA MITARAI
　カード番号：""" + zen(CARD[0][:4] + "-" + CARD[0][4:8] + "-" + CARD[0][8:12] + "-" + CARD[0][12:]) + """
　有効期限：０８／２８

残金は当日の請求書にて、弊社経理部より振込でお支払いいたします。
お手数ですが、内金の領収書は秘書課 御手洗宛にお送りください。

よろしくお願いいたします。

日の出産業株式会社 社長室 秘書課
御手洗 玲奈
TEL 03-5201-7701
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number (full-width digits) with holder name and expiry in the mail body",
})

# ---------------------------------------------------------------------------------------
MESSAGES.append({
    "id": "soshiki-021",
    "subject": "Re: 就任披露パーティー 当日の受付体制",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 芦原様 <ashihara@sakura-hotel.jp>"],
    "charset": "utf-8",
    "body": """芦原様

お世話になっております。日の出産業の御手洗です。
当日の受付を担当する弊社社員をお知らせいたします。
16時には会場入りいたしますので、控室のご用意をお願いできますと幸いです。
当日何かございましたら、各自の社用携帯までご連絡ください。

受付担当（4名）
御手洗 玲奈　秘書課　　080-2251-6637
五味 佳奈　　営業第一部　090-7718-2046
小鳥遊 萌　　営業第一部　080-9932-1175
鴇田 沙織　　経理部　　　070-3364-8819

よろしくお願いいたします。

御手洗

-----Original Message-----
From: 芦原 <ashihara@sakura-hotel.jp>
Sent: Monday, June 16, 2025 11:02 AM
Subject: 就任披露パーティー 当日の受付体制

日の出産業株式会社 御手洗様

いつもご利用ありがとうございます。さくらホテル宴会予約の芦原でございます。
当日の受付ご担当者様のお名前と緊急連絡先をお知らせいただけますでしょうか。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff members' mobiles for the event reception, asked for by the hotel: under five records",
})

MESSAGES.append({
    "id": "soshiki-022",
    "subject": "歓迎会のお料理について（ご相談）",
    "sender": "月見里 誠 <yamanashi.makoto@hinode-sangyo.co.jp>",
    "to": ["さくらホテル博多 レストラン予約 <restaurant-hakata@sakura-hotel.jp>"],
    "charset": "shift_jis",
    "body": """さくらホテル博多
レストラン予約ご担当者様

お世話になっております。日の出産業 福岡支店の月見里と申します。
4月18日（金）19時から個室でお願いしております歓迎会（12名）の件でご相談です。

今回の主賓は、4月にマレーシア法人から福岡支店長として着任する
アフマド・ラザク（Ahmad Razak）です。
本人はイスラム教徒のため、豚肉・アルコール（みりん等の調味料を含む）を使用しない
ハラール対応のコースをご用意いただくことは可能でしょうか。
また、会の途中で一度お祈りの時間を取るため、空いている小部屋があればお借りしたいです。

他の参加者は通常のコースで構いません。
お手数ですが、ご対応の可否とお見積りをお知らせください。

日の出産業株式会社 福岡支店 総務課
月見里 誠
〒812-0011 福岡県福岡市博多区博多駅前2-9-1
TEL 092-441-3360
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named new branch manager's religion given to a restaurant: 要配慮個人情報 (信条) of one person",
})

MESSAGES.append({
    "id": "soshiki-023",
    "subject": "【社外秘】2025年度 組織改編（最終案）の共有",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["部長会メンバー <buchokai@hinode-sangyo.co.jp>"],
    "cc": ["社長室 <shachoshitsu@hinode-sangyo.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """部長会メンバー各位

人事部の高階です。
3/12の経営会議で承認された2025年度組織改編の最終案を共有します。
発表は3/21（金）の全社朝礼を予定しておりますので、それまでは部内での展開もお控えください。

■主な変更点
・営業本部を「第一営業本部（産業機器）」「第二営業本部（食品資材）」に分割
・大阪支店と神戸営業所を統合し「西日本支社」を新設
・情報システム部と業務改革室を統合し「DX推進本部」を新設
・人事部に「タレントマネジメント課」を新設

詳細は添付資料（社外秘）をご参照ください。

人事部 人事課 高階
""",
    "attachments": [{
        "kind": "docx",
        "name": "2025年度組織改編_最終案.docx",
        "page_header": "社外秘",
        "title": "2025年度組織改編 最終案",
        "paragraphs": ["2025年度 組織改編（最終案）", "経営会議承認：2025年3月12日",
                       "1. 改編の目的", "事業部門の責任と権限を明確にし、意思決定を迅速化する。",
                       "2. 新組織（4月1日付）"],
        "tables": [[["旧組織", "新組織", "本部長（予定）"],
                    ["営業本部", "第一営業本部", "上遠野 千景"],
                    ["営業本部", "第二営業本部", "勝呂 英樹"],
                    ["大阪支店・神戸営業所", "西日本支社", "一色 聡"],
                    ["情報システム部・業務改革室", "DX推進本部", "蓮見 耕平"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a document stamped 社外秘 sent only to internal distribution lists",
})

MESSAGES.append({
    "id": "soshiki-024",
    "subject": "組織改編案のご確認（ワークショップ事前資料）",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["キーストーン・コンサルティング 樋渡様 <hiwatashi@keystone-consulting.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """株式会社キーストーン・コンサルティング
樋渡 様

いつもお世話になっております。日の出産業 人事部の高階です。

来週3/18のワークショップに先立ち、弊社の組織改編案をお送りいたします。
各本部の役割分担と、新設する「タレントマネジメント課」の位置づけについて、
当日ご意見をいただけますと幸いです。

何卒よろしくお願いいたします。

日の出産業株式会社 人事部 人事課
高階 みのり
TEL 03-5201-7714
""",
    "attachments": [{
        "kind": "docx",
        "name": "組織改編案_ワークショップ用.docx",
        "page_header": "社外秘　取扱注意",
        "page_footer": "日の出産業株式会社 人事部",
        "title": "2025年度組織改編案",
        "paragraphs": ["2025年度 組織改編案（ワークショップ用）",
                       "本資料は社外秘です。",
                       "1. 現状の課題：営業本部の管掌範囲が広く、意思決定が遅い。",
                       "2. 改編案：営業本部を二分割し、西日本支社を新設する。",
                       "3. 人員計画：間接部門から営業部門へ約40名を再配置する。"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached plan carries a 社外秘・取扱注意 header and goes to an outside consultancy",
})

MESSAGES.append({
    "id": "soshiki-025",
    "subject": "Re: 組織改編の公表資料について",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["キーストーン・コンサルティング 樋渡様 <hiwatashi@keystone-consulting.co.jp>"],
    "charset": "utf-8",
    "body": """樋渡様

お世話になっております。日の出産業の高階です。

先週のワークショップでは大変ありがとうございました。
お問い合わせの件、当日お見せした資料は社外秘の扱いでしたので、お渡しすることができません。
代わりに、3/21に社外公表したニュースリリースをお送りします。
御社の事例紹介には、こちらの範囲でご利用いただけますと幸いです。

引き続きよろしくお願いいたします。

高階

> 先日の組織改編案の資料、弊社の事例紹介に使わせていただくことは可能でしょうか。
""",
    "attachments": [{
        "kind": "pdf",
        "name": "news_20250321_soshiki.pdf",
        "title": "組織改編に関するお知らせ",
        "lines": ["2025年3月21日", "日の出産業株式会社",
                  "組織改編に関するお知らせ",
                  "当社は2025年4月1日付で、以下のとおり組織改編を実施いたします。",
                  "・営業本部を第一営業本部（産業機器）と第二営業本部（食品資材）に再編",
                  "・大阪支店と神戸営業所を統合し、西日本支社を新設",
                  "・DX推進本部を新設",
                  "お問い合わせ先：総務部 広報課 03-5201-7705"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 only mentioned in a sentence explaining why the public release is sent instead; the PDF is public",
})

MESSAGES.append({
    "id": "soshiki-026",
    "subject": "シンガポール赴任 査証・航空券手配のお願い",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["たびプランナー 法人デスク 羽生様 <corporate@tabi-planner.co.jp>"],
    "charset": "utf-8",
    "body": """株式会社たびプランナー 法人デスク
羽生 様

いつもお世話になっております。日の出産業 人事部の勅使河原です。

5月1日付でシンガポール現地法人の社長に就任する弊社社員と、帯同家族の
就労ビザ（EP）・帯同ビザ申請および渡航手配をお願いいたします。

＜本人＞
氏名（ローマ字）：KORETSUNE TAKESHI（是常 剛）
生年月日：1975年8月9日
旅券番号：TR4827163
旅券有効期限：2032年3月14日

＜配偶者＞
氏名（ローマ字）：KORETSUNE YUKO（是常 裕子）
生年月日：1977年2月26日
旅券番号：TS1069548

＜子＞
氏名（ローマ字）：KORETSUNE HINA（是常 陽菜）
生年月日：2012年10月3日
旅券番号：TK7735201

出発は4月26日（土）成田発を希望しております。
よろしくお願いいたします。

日の出産業株式会社 人事部 給与厚生課
勅使河原 恭子
TEL 03-5201-7716
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "passport numbers and birth dates of an expatriate and his family to a travel agency",
})

MESSAGES.append({
    "id": "soshiki-027",
    "subject": "Change of Managing Director, Hinode Sangyo Singapore Pte. Ltd.",
    "sender": "Kenji Hatano <hatano.kenji@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@straits-logistics.com.sg>"],
    "charset": "utf-8",
    "body": """Dear Ms. Raman,

Thank you for your continued support of Hinode Sangyo Singapore.

Please be informed that Mr. Takeshi Koretsune will succeed Mr. Hiroshi Tachibana as
Managing Director of Hinode Sangyo Singapore Pte. Ltd. with effect from 1 May 2025.
Mr. Tachibana will return to our head office in Tokyo as Deputy General Manager of the
Overseas Business Division.

Mr. Koretsune joined Hinode Sangyo in 1998 and has most recently been General Manager
of our Industrial Equipment Sales Department in Tokyo. He is looking forward to
meeting you at the quarterly review in June.

The company's address, telephone number and bank details remain unchanged.

Kind regards,

Kenji Hatano
Overseas Business Division, Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-7791
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English notice of a managing director change: names and posts only, no personal data",
})

MESSAGES.append({
    "id": "soshiki-028",
    "subject": "配車窓口の変更について（4月1日〜）",
    "sender": "薬師寺 浩二 <yakushiji.koji@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 東京営業所 <tokyo-eigyo@aoba-unyu.jp>"],
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社
東京営業所 御中

いつもお世話になっております。日の出産業 物流部の薬師寺です。

４月１日付の組織変更により、弊社物流部は「調達本部 物流部」となります。
配車依頼の窓口は引き続き私 薬師寺が担当いたしますが、
依頼書の宛先部署名のみ変更をお願いいたします。

　新部署名：日の出産業株式会社 調達本部 物流部
　配車依頼FAX：03-5201-7789（変更なし）

よろしくお願いいたします。

日の出産業株式会社 物流部
薬師寺 浩二
TEL 03-5201-7780
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp: look-alike recipient",
})

MESSAGES.append({
    "id": "soshiki-029",
    "subject": "4月以降の出荷窓口と集荷先のご案内",
    "sender": "薬師寺 浩二 <yakushiji.koji@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 東京営業所 宍戸様 <shishido@aoba-unyu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """青葉運輸株式会社 東京営業所
宍戸様

いつもお世話になっております。日の出産業 物流部の薬師寺です。
組織変更に伴い、４月以降の集荷先と出荷窓口を下記のとおりご案内いたします。

【集荷先】
・本社倉庫　　　東京都江東区新木場2-6-14　　　TEL 03-3522-0811
・西日本物流センター　大阪府東大阪市高井田西4-3-9　TEL 06-6785-2240
・名古屋デポ　　愛知県小牧市大字舟津1320　　　TEL 0568-72-4418

【出荷窓口】
調達本部 物流部 出荷管理課（平日8:30〜17:00）TEL 03-5201-7785

なお、3月分の未着照会（伝票番号 4418-2230-9917、4418-2230-9925）につきましては
別途ご回答をお待ちしております。注文番号 PO-25-03117 の分です。

よろしくお願いいたします。

薬師寺
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "warehouse addresses and phone numbers (business sites), tracking and order numbers: no personal data",
})

MESSAGES.append({
    "id": "soshiki-030",
    "subject": "名刺作成のお願い（4月着任者3名分）",
    "sender": "五味 佳奈 <gomi.kana@hinode-sangyo.co.jp>",
    "to": ["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
    "charset": "shift_jis",
    "body": """錦印刷株式会社
名刺受付ご担当者様

いつもお世話になっております。日の出産業 営業第一部の五味です。
4月に着任する3名の名刺作成をお願いいたします。
データはCSVで添付しております。デザインは前回と同じ（営業部用テンプレートB）で、
各100枚ずつでお願いいたします。

納品先：日の出産業株式会社 営業第一部 五味宛

よろしくお願いいたします。

五味 佳奈
日の出産業株式会社 営業第一部
TEL 03-5201-7738
""",
    "attachments": [{
        "kind": "csv",
        "name": "meishi_202504.csv",
        "encoding": "cp932",
        "rows": [
            ["氏名", "ふりがな", "ローマ字", "部署", "役職", "直通", "携帯", "E-mail"],
            ["纐纈 大輔", "こうけつ だいすけ", "Daisuke Koketsu", "営業第一部 産業機器課", "課長",
             "03-5201-7732", "090-3318-2047", "koketsu.daisuke@hinode-sangyo.co.jp"],
            ["忽那 浩一", "くつな こういち", "Koichi Kutsuna", "営業第一部 産業機器課", "",
             "03-5201-7735", "090-7104-5563", "kutsuna.koichi@hinode-sangyo.co.jp"],
            ["薬袋 誠司", "みない せいじ", "Seiji Minai", "調達本部 購買部", "主任",
             "03-5201-7772", "090-1183-6402", "minai.seiji@hinode-sangyo.co.jp"],
        ],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "business-card data for three staff (CP932 CSV) to the usual printer: under five records",
})

MESSAGES.append({
    "id": "soshiki-031",
    "subject": "名刺作成依頼（新任取締役 上遠野）",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 名刺受付ご担当者様

お世話になっております。日の出産業 秘書課の御手洗です。
６月２６日付で就任する取締役の名刺を、役員用デザインで２００枚お願いいたします。

　氏名　　上遠野 千景（かどの ちかげ）
　英字　　Chikage Kadono
　役職　　取締役 第一営業本部長
　直通　　０３−５２０１−７７０２
　携帯　　０８０−４４１７−２０６８
　E-mail　kadono.chikage@hinode-sangyo.co.jp

校正は秘書課 御手洗宛にPDFでお送りください。
６月２０日の納品でお願いできますと助かります。

日の出産業株式会社 社長室 秘書課
御手洗 玲奈
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one new director's business-card data (full-width digits): a single record to the printer",
})

MESSAGES.append({
    "id": "soshiki-032",
    "subject": "社長就任挨拶状の印刷・発送のお願い",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 筧様 <kakei@nishiki-insatsu.co.jp>"],
    "charset": "utf-8",
    "body": """錦印刷株式会社
営業部 筧様

いつもお世話になっております。日の出産業 広報課の岩佐です。

社長交代の挨拶状について、文面（Word）と送付先リスト（CSV）をお送りします。
送付先は主要取引先の法人宛（御中）で、全420件です。
先日のお見積りどおり、二つ折りカード・封筒宛名印字・発送代行でお願いいたします。

発送日：6月27日（金）

よろしくお願いいたします。

日の出産業株式会社 総務部 広報課
岩佐 拓真
""",
    "attachments": [
        {
            "kind": "docx",
            "name": "就任挨拶状_文面.docx",
            "paragraphs": [
                "謹啓　初夏の候　貴社ますますご清栄のこととお慶び申し上げます",
                "平素は格別のご高配を賜り厚く御礼申し上げます",
                "さて私こと　このたび六月二十六日開催の定時株主総会ならびに取締役会において",
                "代表取締役社長に選任され就任いたしました",
                "もとより微力ではございますが　社業の発展に全力を尽くす所存でございます",
                "何卒前任者同様格別のご指導ご鞭撻を賜りますようお願い申し上げます",
                "謹白",
                "令和七年六月",
                "日の出産業株式会社　代表取締役社長　五百旗頭 亮",
            ],
        },
        {
            "kind": "csv",
            "name": "送付先リスト_法人.csv",
            "encoding": "utf-8",
            "rows": [
                ["No", "郵便番号", "住所", "会社名", "部署", "敬称"],
                ["1", "210-0007", "神奈川県川崎市川崎区駅前本町11-2", "川崎電機株式会社", "購買部", "御中"],
                ["2", "231-0023", "神奈川県横浜市中区山下町22-5", "青葉運輸株式会社", "総務部", "御中"],
                ["3", "100-0005", "東京都千代田区丸の内1-9-3", "株式会社みどり銀行", "法人営業部", "御中"],
                ["4", "060-0042", "北海道札幌市中央区大通西8-2-1", "北国フーズ株式会社", "仕入部", "御中"],
                ["5", "530-0001", "大阪府大阪市北区梅田3-4-5", "株式会社ツバサシステム", "営業部", "御中"],
                ["6", "460-0003", "愛知県名古屋市中区錦1-17-8", "はまなす食品株式会社", "購買課", "御中"],
                ["7", "812-0013", "福岡県福岡市博多区博多駅東3-6-11", "丸高青果株式会社", "", "御中"],
            ],
        },
    ],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "greeting-card text and a UTF-8 CSV of company addresses (御中): a list of businesses, not people",
})

MESSAGES.append({
    "id": "soshiki-033",
    "subject": "社用車 使用者変更届の送付（名古屋営業所）",
    "sender": "栗花落 一輝 <tsuyuri.kazuki@hinode-sangyo.co.jp>",
    "to": ["ひかりオートリース 名古屋支店 <nagoya@hikari-lease.co.jp>"],
    "charset": "shift_jis",
    "body": """ひかりオートリース株式会社
名古屋支店 ご担当者様

お世話になっております。日の出産業 名古屋営業所の栗花落です。

４月の人事異動に伴い、リース車両の使用者を変更いたします。
任意保険の運転者限定の変更もあわせてお願いいたします。

■車両：名古屋 300 さ 41-07（プリウス）
　旧使用者：興梠 真由（４月より本社へ異動）
　新使用者：纐纈 大輔
　　生年月日：昭和５９年７月２１日
　　運転免許証番号：第５３２１０７７８１２３４号
　　免許の有効期限：令和９年８月２１日

■車両：名古屋 300 ほ 88-15（カローラ）
　新使用者：薬袋 誠司
　　生年月日：平成２年１月９日
　　運転免許証番号：第５３１５０２２６４０１８号
　　免許の有効期限：令和８年２月９日

免許証の写しは郵送いたします。
よろしくお願いいたします。

日の出産業株式会社 名古屋営業所
所長　栗花落 一輝
〒460-0008 愛知県名古屋市中区栄3-15-6
TEL 052-261-8830
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "two employees' driver's licence numbers with birth dates to a leasing company",
})

MESSAGES.append({
    "id": "soshiki-034",
    "subject": "リース車両の配置換えについて（4月1日付）",
    "sender": "栗花落 一輝 <tsuyuri.kazuki@hinode-sangyo.co.jp>",
    "to": ["ひかりオートリース 名古屋支店 <nagoya@hikari-lease.co.jp>"],
    "charset": "utf-8",
    "body": """ひかりオートリース株式会社 名古屋支店 ご担当者様

お世話になっております。日の出産業 名古屋営業所の栗花落です。
営業所の統合に伴い、リース車両の保管場所を下記のとおり変更します。
車庫証明の変更手続きについてご案内いただけますでしょうか。

登録番号,車種,契約番号,旧保管場所,新保管場所
名古屋 300 さ 41-07,プリウス,HL-2203-0417,愛知県名古屋市中区栄3-15-6,愛知県名古屋市中区栄3-15-6
名古屋 300 ほ 88-15,カローラ,HL-2207-1102,愛知県豊田市元町1-4（豊田出張所）,愛知県名古屋市中区栄3-15-6
三河 500 ち 12-34,ハイエース,HL-2104-0093,愛知県豊田市元町1-4（豊田出張所）,愛知県小牧市大字舟津1320（名古屋デポ）

豊田出張所は3月末で閉鎖いたします。
よろしくお願いいたします。

栗花落
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "comma-separated list of company cars and office sites: business data only",
})

MESSAGES.append({
    "id": "soshiki-035",
    "subject": "借上社宅のご契約について（西日本支社 新任者）",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["山手住宅サービス 法人課 <hojin@yamate-jutaku.co.jp>"],
    "charset": "utf-8",
    "body": """山手住宅サービス株式会社
法人課 ご担当者様

いつもお世話になっております。日の出産業 人事部の勅使河原です。

先日ご紹介いただいた「メゾン江坂 405号室」について、借上社宅として申し込みます。
入居者は4月に西日本支社へ着任する外国籍社員のため、
入居審査に必要な情報を以下にお送りいたします。

　入居者氏名：NGUYEN VAN MINH（グエン・ヴァン・ミン）
　国籍：ベトナム
　生年月日：1991年4月12日
　在留カード番号：UH73018264EA
　在留資格：技術・人文知識・国際業務（在留期間満了日 2027年9月30日）
　勤務先：日の出産業株式会社 西日本支社 業務部

契約者は弊社（法人契約）です。契約書類は人事部宛にお送りください。

日の出産業株式会社 人事部 給与厚生課
勅使河原 恭子
TEL 03-5201-7716
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "a residence card number of a foreign employee to a housing agent",
})

MESSAGES.append({
    "id": "soshiki-036",
    "subject": "FW: 川崎電機様 購買部の新体制について",
    "sender": "仁科 亮介 <nishina.ryosuke@hinode-sangyo.co.jp>",
    "to": ["産業機器グループ <sangyo-kiki@hinode-sangyo.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """グループの皆さん

川崎電機様から購買部の新体制の連絡がありましたので共有します。
4月以降の見積依頼・納期回答は、下記の担当者宛にお願いします。

仁科

-------- Forwarded Message --------
From: 津田 浩之 <tsuda.hiroyuki@kawasaki-denki.co.jp>
To: 仁科 亮介 <nishina.ryosuke@hinode-sangyo.co.jp>
Subject: 購買部の新体制について

日の出産業株式会社 仁科様

いつもお世話になっております。川崎電機の津田です。
4月1日付で弊社購買部の担当が以下のとおり変わりますのでお知らせします。

　津田 浩之　　部長代理（全体）　　044-211-3301　090-6614-2283　tsuda.hiroyuki@kawasaki-denki.co.jp
　甘糟 里美　　電子部品　　　　　　044-211-3305　080-2217-4490　amakasu.satomi@kawasaki-denki.co.jp
　茂手木 亘　　機構部品　　　　　　044-211-3306　090-1148-3375　motegi.wataru@kawasaki-denki.co.jp
　乙部 莉子　　産業機器　　　　　　044-211-3308　070-6631-8824　otobe.riko@kawasaki-denki.co.jp
　廿日出 光　　納期管理　　　　　　044-211-3309　080-9905-1127　hatsukade.hikaru@kawasaki-denki.co.jp

よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "forward of a partner's five-person contact list, but only to an internal group address",
})

MESSAGES.append({
    "id": "soshiki-037",
    "subject": "FW: 川崎電機様 購買部の新体制について",
    "sender": "忽那 浩一 <kutsuna.koichi@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 東京営業所 宍戸様 <shishido@aoba-unyu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """青葉運輸 宍戸様

お世話になっております。日の出産業の忽那です。
川崎電機様向けの納品について、先方の新しい担当者一覧が届きましたので転送します。
納品時の連絡は、品目ごとに下記の方へ直接お願いできますでしょうか。

忽那

-------- Forwarded Message --------
From: 津田 浩之 <tsuda.hiroyuki@kawasaki-denki.co.jp>
To: 仁科 亮介 <nishina.ryosuke@hinode-sangyo.co.jp>
Subject: 購買部の新体制について

日の出産業株式会社 仁科様

いつもお世話になっております。川崎電機の津田です。
4月1日付で弊社購買部の担当が以下のとおり変わりますのでお知らせします。

　津田 浩之　　部長代理（全体）　　044-211-3301　090-6614-2283　tsuda.hiroyuki@kawasaki-denki.co.jp
　甘糟 里美　　電子部品　　　　　　044-211-3305　080-2217-4490　amakasu.satomi@kawasaki-denki.co.jp
　茂手木 亘　　機構部品　　　　　　044-211-3306　090-1148-3375　motegi.wataru@kawasaki-denki.co.jp
　乙部 莉子　　産業機器　　　　　　044-211-3308　070-6631-8824　otobe.riko@kawasaki-denki.co.jp
　廿日出 光　　納期管理　　　　　　044-211-3309　080-9905-1127　hatsukade.hikaru@kawasaki-denki.co.jp

よろしくお願いいたします。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forwarding one partner's five-person list with mobiles to a different external company: the forward is new text",
})

MESSAGES.append({
    "id": "soshiki-038",
    "subject": "RE: 保守窓口の体制変更について",
    "sender": "東海林 翔 <shoji.sho@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    "charset": "utf-8",
    "body": """ツバサシステム サポートセンター 御中

日の出産業の東海林です。
ご連絡ありがとうございます。新しいご担当の皆様、承知いたしました。
弊社側の窓口は従来どおり情報システム部（東海林・鴨志田）です。

引き続きよろしくお願いいたします。

東海林

-----Original Message-----
差出人: ツバサシステム サポートセンター <support@tsubasa-system.jp>
送信日時: 2025年3月27日 16:40
宛先: 東海林 翔 <shoji.sho@hinode-sangyo.co.jp>
件名: 保守窓口の体制変更について

日の出産業株式会社 情報システム部 東海林様

平素よりお世話になっております。
4月1日より、貴社ご担当の保守チームが以下のメンバーに変わります。

氏名,役割,携帯,メール
城之内 剛,チームリーダー,090-4471-2093,jonouchi@tsubasa-system.jp
曽我部 美穂,サーバ担当,080-6618-3304,sogabe@tsubasa-system.jp
阿久根 翼,ネットワーク担当,090-2205-7716,akune@tsubasa-system.jp
須之内 遼,アプリ担当,070-3348-9952,sunouchi@tsubasa-system.jp
立花 このみ,夜間当番,080-1192-6605,tachibana.k@tsubasa-system.jp

緊急時は上記の携帯までご連絡ください。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the vendor's five-person list sits only under -----Original Message----- in a reply to that vendor",
})

MESSAGES.append({
    "id": "soshiki-039",
    "subject": "退職者の年金・雇用保険手続きについて",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["森岡社会保険労務士事務所 <jimusho@morioka-sr.jp>"],
    "charset": "iso-2022-jp",
    "body": """森岡先生

お世話になっております。日の出産業の勅使河原です。
3月末の組織再編で早期退職となる2名について、資格喪失と離職票の手続きをお願いします。

氏名	フリガナ	生年月日	基礎年金番号	退職日	退職理由
一尺八寸 義男	カマツカ ヨシオ	S36.2.18	4108-527316	2025/03/31	早期退職優遇制度
日比生 篤	ヒビキ アツシ	S38.11.7	3205-118842	2025/03/31	早期退職優遇制度

離職証明書の賃金欄は、別途給与データをお送りします。
よろしくお願いいたします。

勅使河原
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "basic pension numbers of two retirees (tab-separated) to an outside office",
})

MESSAGES.append({
    "id": "soshiki-040",
    "subject": "4月の入退社手続きスケジュールについて",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["森岡社会保険労務士事務所 森岡先生 <morioka@morioka-sr.jp>"],
    "charset": "iso-2022-jp",
    "body": """森岡先生

いつもお世話になっております。日の出産業の勅使河原です。

４月は新卒入社（２２名）と組織再編に伴う異動が重なるため、
手続き書類の送付を以下の日程で分けさせていただければと存じます。

　・４月３日（木）　新卒入社者の資格取得関係
　・４月１０日（木）　中途入社者・出向者関係
　・４月１７日（木）　３月末退職者の離職票関係

個人番号の提供は、例年どおり貴事務所のクラウド（ファイル共有サービス）経由で
行います。メールには添付いたしませんのでご承知おきください。

ご都合の悪い日程がございましたらお知らせください。

日の出産業株式会社 人事部 給与厚生課
勅使河原 恭子
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "schedule mail to the labour-law office; mentions 個人番号 only as a process, carries none",
})

# ---------------------------------------------------------------------------------------
MESSAGES.append({
    "id": "soshiki-041",
    "subject": "出向者の健康保険について（ご確認）",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 労務課 <romu@kawasaki-denki.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社
人事部 労務課 ご担当者様

いつもお世話になっております。日の出産業 人事部の勅使河原です。

４月１日より貴社技術開発センターへ在籍出向いたします鷹取 昌平につきましては、
出向期間中も弊社の健康保険に継続加入いたします。
貴社の診療所をご利用の際の確認用に、保険証の情報をお知らせいたします。

　被保険者氏名：鷹取 昌平（タカトリ ショウヘイ）
　生年月日：平成元年６月１５日
　保険者：日の出産業健康保険組合
　記号：２１４　番号：３８０７
　保険者番号：０６１３０４５２

出向契約書の原本は、来週中に郵送いたします。

日の出産業株式会社 人事部 給与厚生課
勅使河原 恭子
TEL 03-5201-7716
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "a seconded employee's health insurance 記号・番号 with birth date to the host company",
})

MESSAGES.append({
    "id": "soshiki-042",
    "subject": "出向者着任のご連絡",
    "sender": "上遠野 千景 <kadono.chikage@hinode-sangyo.co.jp>",
    "to": ["川崎電機 技術開発センター 辻村様 <tsujimura@kawasaki-denki.co.jp>"],
    "charset": "utf-8",
    "body": """川崎電機株式会社
技術開発センター センター長 辻村 様

いつも大変お世話になっております。日の出産業の上遠野でございます。

かねてよりご相談しておりました共同開発プロジェクトへの出向について、
弊社営業第一部の鷹取 昌平を4月1日付で貴センターへ出向させていただくことになりました。
出向期間は2年間を予定しております。

鷹取は産業機器の技術営業を8年間担当しており、
貴社製品の現場での使われ方にも精通しております。
初日は9時に貴センター受付へ伺うよう申し伝えております。

至らぬ点も多々あるかと存じますが、ご指導のほどよろしくお願い申し上げます。

日の出産業株式会社
取締役 第一営業本部長
上遠野 千景
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "secondment notice naming the employee and his career only: no personal data fields",
})

MESSAGES.append({
    "id": "soshiki-043",
    "subject": "出向者の社会保険・源泉徴収に関する情報（日の出ロジスティクス）",
    "sender": "四十物 早苗 <aimono.sanae@hinode-sangyo.co.jp>",
    "to": ["日の出ロジスティクス 管理部 <kanri@hinode-logistics.co.jp>"],
    "charset": "shift_jis",
    "body": """日の出ロジスティクス株式会社
管理部 ご担当者様

お疲れさまです。日の出産業 経理部の四十物です。

４月１日付で貴社に転籍出向となる忽那さんについて、給与支払いが貴社に移るため、
源泉徴収・年末調整で必要となる情報をお送りします。

　氏名：忽那 浩一（クツナ コウイチ）
　生年月日：昭和６２年３月２日
　個人番号：""" + zen(spaced(MN[2])) + """
　扶養親族：配偶者１名・子１名（扶養控除等申告書は本人から提出予定）

前職分（１〜３月）の源泉徴収票は、４月２５日までに郵送いたします。

日の出産業株式会社 経理部
四十物 早苗
内線 3310 / 外線 03-5201-7750
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a My Number (full-width, spaced) to a group company on its own external domain hinode-logistics.co.jp",
})

MESSAGES.append({
    "id": "soshiki-044",
    "subject": "新入社員の個人番号登録（給与システム）",
    "sender": "四十物 早苗 <aimono.sanae@hinode-sangyo.co.jp>",
    "to": ["勅使河原 恭子 <teshigawara.kyoko@mail.hinode-sangyo.co.jp>"],
    "charset": "utf-8",
    "body": """勅使河原さん

経理部の四十物です。
給与システムへの個人番号登録で、番号の読み取りが不鮮明だった2名分を確認しました。
本人確認書類と照合済みです。登録をお願いします。

社員番号  氏名           生年月日     個人番号
--------  -------------  -----------  --------------
H25014    月見里 遥      1992/11/03   """ + spaced(MN[0]) + """
H25022    廿日出 駿      2002/07/19   """ + spaced(MN[3]) + """

登録が終わったら、このメールは削除してください。

四十物
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "My Numbers between accounting and HR on the internal subdomain mail.hinode-sangyo.co.jp: all internal",
})

MESSAGES.append({
    "id": "soshiki-045",
    "subject": "復職面談の件（営業第二部 社員）",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["みなと産業医クリニック 羽田野先生 <hatano-dr@minato-sangyoi.or.jp>"],
    "charset": "iso-2022-jp",
    "body": """みなと産業医クリニック
羽田野 先生

いつもお世話になっております。日の出産業 人事部の高階です。

昨年１０月からうつ病で休職しております営業第二部の舘岡 宗平（３４歳）について、
主治医から５月の復職可との診断書が提出されました。
診断書では「抑うつ状態は寛解、当面は時間外労働の制限が望ましい」とのことです。

つきましては、復職判定の面談を４月下旬にお願いできますでしょうか。
復職後は、４月の組織変更で新設される第二営業本部 企画課（内勤）への配置を考えております。

面談候補日：４月２２日（火）、２４日（木）、２５日（金）いずれも午後

日の出産業株式会社 人事部 人事課
高階 みのり
TEL 03-5201-7714
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's depression diagnosis and medical certificate sent to an outside clinic: 要配慮個人情報",
})

MESSAGES.append({
    "id": "soshiki-046",
    "subject": "ご担当者の一時変更について",
    "sender": "小豆沢 恵 <azusawa.megumi@hinode-sangyo.co.jp>",
    "to": ["はまなす食品 購買課 片桐様 <katagiri@hamanasu-shokuhin.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """はまなす食品株式会社
購買課 片桐 様

いつもお世話になっております。日の出産業の小豆沢です。

貴社をご担当しておりました百目鬼 拓也ですが、体調を崩しており、
医師の指示で当面のあいだ休養をとることになりました。
復帰の時期は未定のため、その間は私 小豆沢が窓口を務めさせていただきます。

お見積り中の案件（包材の年間単価）は、引き続き私から４月１５日までに回答いたします。
ご迷惑をおかけし申し訳ございませんが、何卒よろしくお願いいたします。

日の出産業株式会社 営業第二部
小豆沢 恵
TEL 03-5201-7741
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named colleague is on sick leave on a doctor's order, no diagnosis: health information or a routine courtesy, either reading is honest",
})

MESSAGES.append({
    "id": "soshiki-047",
    "subject": "前任担当者の件についてのご説明とお詫び",
    "sender": "勝呂 英樹 <suguro.hideki@hinode-sangyo.co.jp>",
    "to": ["丸高青果 代表取締役 丸山様 <maruyama@marutaka-seika.co.jp>"],
    "charset": "utf-8",
    "body": """丸高青果株式会社
代表取締役 丸山 様

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 第二営業本部長の勝呂でございます。

先般、貴社ご担当の変更を急にお知らせすることとなった件につき、ご説明申し上げます。
前任の保志 克典は、3月8日に酒気帯び運転の疑いで福岡県警に逮捕され、
社内調査の結果、3月24日付で懲戒解雇といたしました。
報道もなされたため、ご心配をおかけしておりますことを深くお詫び申し上げます。

後任は福岡支店の月見里が務めます。貴社とのお取引に関する書類・データは
すべて会社で保管しており、お取引への影響はございません。

改めてお詫びに伺いたく存じますので、ご都合をお聞かせいただけますと幸いです。

日の出産業株式会社
取締役 第二営業本部長
勝呂 英樹
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named former employee's arrest and disciplinary dismissal told to a customer: criminal record (要配慮)",
})

MESSAGES.append({
    "id": "soshiki-048",
    "subject": "担当変更のお知らせ（購買部）",
    "sender": "八重樫 智 <yaegashi.satoru@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 筧様 <kakei@nishiki-insatsu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社
営業部 筧様

はじめてご連絡いたします。日の出産業 購買部の八重樫と申します。

すでに本人からご挨拶があったかと存じますが、
五百蔵は一身上の都合により３月末で退職いたしました。
４月より私が貴社の窓口を担当いたします。

早速ですが、５月納品予定の総合カタログ（注文番号 NS-2504-0088）について、
部数の最終確定を４月１１日までにご連絡いたします。

至らぬ点もあるかと存じますが、どうぞよろしくお願いいたします。

日の出産業株式会社 調達本部 購買部
八重樫 智
TEL 03-5201-7773
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "new purchasing contact introduces himself; 一身上の都合 is not health information",
})

MESSAGES.append({
    "id": "soshiki-049",
    "subject": "障害者雇用の職場実習受入れについて（ご相談）",
    "sender": "興梠 真由 <korogi.mayu@hinode-sangyo.co.jp>",
    "to": ["中央区障害者就労支援センター 小野寺様 <onodera@chuo-shuro.or.jp>"],
    "charset": "utf-8",
    "body": """中央区障害者就労支援センター
小野寺 様

お世話になっております。日の出産業 人事部の興梠です。
先日は弊社の障害者雇用の取組みについてご説明の機会をいただき、ありがとうございました。

4月の組織変更で総務部に「業務サポート課」を新設し、
書類の電子化・郵便物の仕分け・社内便の集配などを担う部署として、
障害のある方の職場実習を年2回受け入れたいと考えております。

つきましては、以下の点についてご相談させてください。
・実習の期間（2週間程度を想定）と、受入れ前の見学の進め方
・ジョブコーチ支援の利用方法
・実習生の方への通勤手当の扱い

候補日として、5月の第2週あたりで一度お打合せのお時間をいただけますでしょうか。

日の出産業株式会社 人事部 人事課
興梠 真由
TEL 03-5201-7715
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "talks about disability employment in general; no identifiable person's disability",
})

MESSAGES.append({
    "id": "soshiki-050",
    "subject": "休職者の状況（3月末時点）",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["産業保健スタッフ <sangyo-hoken@hr.hinode-sangyo.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """産業保健スタッフ各位

人事部の高階です。３月末時点の休職者の状況です（社内・関係者限り）。
４月の組織変更後の配属先も併記しています。

・舘岡 宗平（第二営業本部）　うつ病　２０２４年１０月〜　５月復職予定
・鳴海 修平（調達本部 物流部）　胃がん術後療養　２０２５年２月〜　６月末まで
・百目鬼 拓也（第二営業本部）　適応障害　２０２５年３月〜　未定

鳴海さんは４月に通院日程の報告があります。面談日程の調整をお願いします。

高階
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "diagnoses of three employees, but sent only to an internal subdomain address",
})

MESSAGES.append({
    "id": "soshiki-051",
    "subject": "【内示】4月1日付 人事異動（営業本部）",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["上遠野 千景 <kadono.chikage@hinode-sangyou.co.jp>"],
    "cc": ["勝呂 英樹 <suguro.hideki@hinode-sangyo.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """上遠野本部長

人事部の高階です。
４月１日付の営業本部の異動内示（確定版）をお送りします。
３月１７日（月）に各部長から本人へ内示をお願いいたします。

　氏名　　　　現所属　　　　　　　　新所属
　纐纈 大輔　名古屋営業所　　　　　第一営業本部 産業機器課 課長
　忽那 浩一　福岡支店　　　　　　　日の出ロジスティクス（転籍出向）
　小鳥遊 萌　営業第一部　　　　　　第一営業本部 企画課
　鷹取 昌平　営業第一部　　　　　　川崎電機 技術開発センター（在籍出向）
　百目鬼 拓也　営業第二部　　　　　第二営業本部 食品資材課

人事部 人事課　高階
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "To is hinode-sangyou.co.jp, a look-alike of the company's own domain, while Cc is internal",
})

MESSAGES.append({
    "id": "soshiki-052",
    "subject": "【内示】4月1日付 人事異動（管理本部）",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["蓮見 耕平 <hasumi.kohei@hinode-sangyo.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """蓮見本部長

人事部の高階です。
管理本部の異動内示（確定版）です。３月１７日に本人へ内示をお願いします。

　氏名　　　　現所属　　　　　　新所属
　鴇田 沙織　経理部　　　　　　西日本支社 業務部
　興梠 真由　人事部　　　　　　名古屋営業所 総務担当
　薬袋 誠司　名古屋営業所　　　調達本部 購買部
　五百蔵 直樹　購買部　　　　　３月３１日付 退職
　八重樫 智　物流部　　　　　　調達本部 購買部

社外への公表は４月１日の予定です。それまでは取扱いにご注意ください。

高階
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "internal transfer notice (names and posts) to an internal executive",
})

MESSAGES.append({
    "id": "soshiki-053",
    "subject": "代表者変更に伴う届出書類の送付",
    "sender": "四十物 早苗 <aimono.sanae@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人課 <nihonbashi-hojin@midori-ginko.co.jp>"],
    "charset": "utf-8",
    "body": """株式会社みどり銀行 日本橋支店
法人課 ご担当者様

いつもお世話になっております。日の出産業 経理部の四十物です。

6月26日付の代表取締役の交代に伴い、法人口座の代表者変更届を提出いたします。
事前確認用に、変更内容を下記にお知らせいたします。原本は窓口へ持参いたします。

　法人名：日の出産業株式会社
　法人番号：""" + CORP_NO + """
　口座：普通 1234567（日本橋支店）
　旧代表者：代表取締役社長 石動 正臣
　新代表者：代表取締役社長 五百旗頭 亮（昭和43年9月14日生）

必要書類に不足がありましたらお知らせください。

日の出産業株式会社 経理部
四十物 早苗
TEL 03-5201-7750
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "the company's own account, corporate number and one new representative's birth date to the company's bank",
})

MESSAGES.append({
    "id": "soshiki-054",
    "subject": "Re: 法人営業部 担当者交代のご挨拶",
    "sender": "四十物 早苗 <aimono.sanae@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 桑畑様 <kuwahata@midori-ginko.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """桑畑様

ご丁寧なご挨拶をいただき、ありがとうございます。日の出産業の四十物です。
弊社も４月に組織変更があり、経理部は「管理本部 経理部」となりますが、
銀行取引の窓口は引き続き私が担当いたします。

４月中旬に一度ご挨拶を兼ねてお打合せができればと存じます。
あらためて候補日をお送りいたします。

四十物

> 日の出産業株式会社 経理部 四十物様
>
> 平素は格別のお引き立てを賜り厚く御礼申し上げます。
> このたび４月１日付の人事異動により、前任の水主（かこ）に代わり
> 私 桑畑が貴社を担当させていただくことになりました。
> 　直通：03-3214-5508　携帯：090-2274-6319
> 　kuwahata@midori-ginko.co.jp
> 今後ともよろしくお願い申し上げます。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the bank's greeting; the banker's own contact details are only quoted back to him",
})

MESSAGES.append({
    "id": "soshiki-055",
    "subject": "秘密保持契約の当事者担当者変更について",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 真柴先生 <mashiba@shirakawa-law.com>"],
    "charset": "iso-2022-jp",
    "body": """白川法律事務所
真柴 先生

お世話になっております。日の出産業 人事部の高階です。

キーストーン・コンサルティング社との秘密保持契約について、
４月の組織変更で弊社側の担当部署が「人事部」から「人事部 タレントマネジメント課」に変わります。
契約書上の通知先の変更について、覚書の締結が必要かどうかご助言いただけますでしょうか。

該当契約：秘密保持契約書（２０２４年１１月１日締結）第１２条（通知）

よろしくお願いいたします。

日の出産業株式会社 人事部 人事課
高階 みのり
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-law.com is a TLD swap of the partner law firm shirakawa-law.jp",
})

MESSAGES.append({
    "id": "soshiki-056",
    "subject": "Re: 秘密保持契約の当事者担当者変更について",
    "sender": "高階 みのり <takashina.minori@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 真柴先生 <mashiba@shirakawa-law.jp>"],
    "charset": "iso-2022-jp",
    "body": """真柴先生

ご回答ありがとうございます。日の出産業の高階です。
通知先の変更は覚書までは不要で、相手方への書面通知で足りるとのこと、承知いたしました。
ご提案いただいた通知書の文案で、キーストーン社へ送付いたします。

なお、同社の担当者も４月に交代されるとのことですので、
機密情報の受領者の範囲について、先方の新担当者にも改めて確認しておきます。

引き続きよろしくお願いいたします。

高階

> 高階様
> 通知先の変更は、第１２条に基づく書面通知で足ります。
> 覚書の締結までは不要と考えます。文案を添付いたしますのでご確認ください。
> 白川法律事務所　真柴
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA and 機密情報 in a sentence, to the genuine partner law firm",
})

MESSAGES.append({
    "id": "soshiki-057",
    "subject": "西日本支社 発足のお知らせ",
    "sender": "一色 聡 <isshiki.satoshi@hinode-sangyo.co.jp>",
    "to": ["丸高青果 大阪営業所 <osaka@marutaka-seika.co.jp>"],
    "cc": [
        "はまなす食品 関西事務所 <kansai@hamanasu-shokuhin.co.jp>",
        "なにわパッケージ 営業部 <eigyo@naniwa-package.co.jp>",
        "北国フーズ 大阪支店 <osaka@kitaguni-foods.co.jp>",
    ],
    "charset": "shift_jis",
    "body": """関西地区のお取引先各位

拝啓　時下ますますご清祥のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、弊社は２０２５年４月１日付で大阪支店と神戸営業所を統合し、
「西日本支社」として新たなスタートを切ることとなりました。
あわせて、支社長には私 一色が就任いたしました。

所在地・電話番号は現大阪支店から変更ございません。
　〒541-0053 大阪府大阪市中央区本町2-4-11 本町日の出ビル8F
　TEL 06-6262-4400（代表）

今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。
敬具

日の出産業株式会社 西日本支社
支社長　一色 聡
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "one customer in To and three other companies in Cc: four external organisations see each other",
})

MESSAGES.append({
    "id": "soshiki-058",
    "subject": "システム保守の引継ぎ打合せ（三者）日程のご相談",
    "sender": "東海林 翔 <shoji.sho@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 城之内様 <jonouchi@tsubasa-system.jp>"],
    "cc": ["川崎電機 情報システム課 柳瀬様 <yanase@kawasaki-denki.co.jp>"],
    "charset": "utf-8",
    "body": """ツバサシステム 城之内様
川崎電機 柳瀬様

いつもお世話になっております。日の出産業 情報システム部の東海林です。

4月の組織変更に伴い、EDI接続の運用担当が弊社DX推進本部に移ります。
つきましては、三社での引継ぎ打合せを下記の候補日で設定させてください。

　候補1：4月9日（水）14:00〜15:30
　候補2：4月10日（木）10:00〜11:30
　場所：弊社本社 6F 第3会議室（Teamsでの参加も可）

議題（案）
　1. EDI接続の運用体制（新旧の担当部署）
　2. 障害時の連絡フロー
　3. 5月のサーバ更改スケジュール

ご都合をお知らせいただけますと幸いです。

日の出産業株式会社 情報システム部
東海林 翔
TEL 03-5201-7762
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "an ordinary three-way meeting mail: two external organisations in To/Cc",
})

MESSAGES.append({
    "id": "soshiki-059",
    "subject": "【日の出産業】営業担当変更のお知らせ",
    "sender": "小豆沢 恵 <azusawa.megumi@hinode-sangyo.co.jp>",
    "to": ["小豆沢 恵 <azusawa.megumi@hinode-sangyo.co.jp>"],
    "bcc": [
        "shiire@kitaguni-foods.co.jp",
        "kobai@hamanasu-shokuhin.co.jp",
        "info@marutaka-seika.co.jp",
        "shizai@asahidai-sangyo.jp",
        "orders@koyo-trading.com",
        "purchase@sanriku-suisan.co.jp",
        "kounyu@nanbu-seimen.co.jp",
        "info@yamabiko-kashi.jp",
    ],
    "charset": "iso-2022-jp",
    "body": """お取引先各位

※本メールはBCCにて一斉送信しております。

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 営業第二部の小豆沢でございます。

先日は宛先の設定に不備があり、大変失礼いたしました。心よりお詫び申し上げます。
改めまして、５月１日より食品資材のご担当を下記のとおり変更させていただきます。

　旧担当：小豆沢 恵
　新担当：百目鬼 拓也（営業第二部 食品資材課）

受発注の窓口（営業第二部 代表 03-5201-7740）に変更はございません。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

日の出産業株式会社 営業第二部
小豆沢 恵
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the same announcement done right: eight customers in Bcc, only the sender in To",
})

MESSAGES.append({
    "id": "soshiki-060",
    "subject": "出向辞令・労働条件通知書の送付",
    "sender": "興梠 真由 <korogi.mayu@hinode-sangyo.co.jp>",
    "to": ["日の出ロジスティクス 管理部 <kanri@hinode-logistics.co.jp>"],
    "charset": "utf-8",
    "body": """日の出ロジスティクス株式会社 管理部 御中

お疲れさまです。日の出産業 人事部の興梠です。
4月1日付の転籍出向者の辞令と労働条件通知書（写し）をお送りします。
PDFには閲覧パスワードを設定しております。パスワードは電話でお伝えします。

よろしくお願いいたします。

興梠
""",
    "attachments": [{
        "kind": "pdf",
        "name": "出向辞令_労働条件通知書_20250401.pdf",
        "password": "hl0401",
        "lines": ["辞令", "忽那 浩一 殿", "2025年4月1日付で日の出ロジスティクス株式会社への転籍出向を命ずる。",
                  "労働条件通知書", "基本給 月額 348,000円"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF to an external (group) domain: content cannot be inspected",
})

# ---------------------------------------------------------------------------------------
_ROSTER = [
    ("H09811", "忽那 浩一", "クツナ コウイチ", "1987/03/02", "調達本部 物流部", "kutsuna.koichi@hinode-sangyo.co.jp"),
    ("H10482", "纐纈 大輔", "コウケツ ダイスケ", "1984/07/21", "第一営業本部 産業機器課", "koketsu.daisuke@hinode-sangyo.co.jp"),
    ("H10977", "上遠野 隆", "カドノ タカシ", "1982/12/09", "福岡支店 営業課", "kadono.takashi@hinode-sangyo.co.jp"),
    ("H11237", "鴇田 沙織", "トキタ サオリ", "1989/05/27", "西日本支社 業務部", "tokita.saori@hinode-sangyo.co.jp"),
    ("H11804", "蓬田 彩花", "ヨモギダ アヤカ", "1990/01/16", "西日本支社 営業課", "yomogida.s@hinode-sangyo.co.jp"),
    ("H08630", "薬袋 誠司", "ミナイ セイジ", "1990/01/09", "調達本部 購買部", "minai.seiji@hinode-sangyo.co.jp"),
    ("H12056", "興梠 真由", "コオロギ マユ", "1988/09/30", "名古屋営業所", "korogi.mayu@hinode-sangyo.co.jp"),
    ("H07745", "八重樫 智", "ヤエガシ サトル", "1981/04/13", "調達本部 購買部", "yaegashi.satoru@hinode-sangyo.co.jp"),
]

MESSAGES.append({
    "id": "soshiki-061",
    "subject": "新任管理職研修 受講者名簿の送付",
    "sender": "興梠 真由 <korogi.mayu@hinode-sangyo.co.jp>",
    "to": ["まなび研修センター 研修運営課 <unei@manabi-kenshu.co.jp>"],
    "charset": "utf-8",
    "html": """<html><body>
<p>株式会社まなび研修センター<br>研修運営課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 人事部の興梠です。<br>
4月の組織変更で新たに管理職となった社員の研修（5/13〜5/14、2日間）の受講者名簿をお送りします。
受講証の作成と、事前課題のご案内をお願いいたします。</p>
<table border="1" cellpadding="3" cellspacing="0">
<thead><tr><th>社員番号</th><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>新所属</th><th>メールアドレス</th></tr></thead>
<tbody>
""" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>\n" for a, b, c, d, e, f in _ROSTER) + """</tbody></table>
<p>宿泊は不要です。ご不明点があればお知らせください。</p>
<p>日の出産業株式会社 人事部 人事課<br>興梠 真由<br>TEL 03-5201-7715</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of eight employees' birth dates and mail addresses to a training company",
})

MESSAGES.append({
    "id": "soshiki-062",
    "subject": "公開講座「評価者研修」申込み（3名）",
    "sender": "興梠 真由 <korogi.mayu@hinode-sangyo.co.jp>",
    "to": ["まなび研修センター 公開講座係 <koukai@manabi-kenshu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """まなび研修センター 公開講座係 御中

日の出産業株式会社 人事部の興梠です。
６月１０日開催の公開講座「はじめての評価者研修」に、下記３名の参加を申し込みます。
受講案内は各人のアドレス宛にお送りください。

１．纐纈 大輔（第一営業本部 産業機器課長）koketsu.daisuke@hinode-sangyo.co.jp
２．上遠野 隆（福岡支店 営業課長）kadono.takashi@hinode-sangyo.co.jp
３．八重樫 智（調達本部 購買部 課長代理）yaegashi.satoru@hinode-sangyo.co.jp

請求書は人事部 人事課 興梠宛でお願いいたします。

興梠 真由
日の出産業株式会社 人事部 人事課
TEL 03-5201-7715
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three participants with their work addresses for a public seminar: under five records",
})

MESSAGES.append({
    "id": "soshiki-063",
    "subject": "会社案内リニューアル用データ一式",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出産業 広報課の岩佐です。

会社案内リニューアル用のデータ一式をZIPでお送りします。
前回お送りした組織図は差し替えとなりますので、こちらの最新版をご利用ください。

　・組織図_公開版.pdf　　組織図（部署名のみ）
　・トップメッセージ.docx　社長メッセージ原稿
　・拠点一覧.csv　　　　国内拠点の住所・電話

初校は４月１８日（金）にいただけますと幸いです。

岩佐
""",
    "attachments": [{
        "kind": "zip",
        "name": "kaishaannai_2025.zip",
        "files": [
            {"kind": "pdf", "name": "組織図_公開版.pdf",
             "lines": ["日の出産業株式会社 組織図（2025年4月1日現在）",
                       "株主総会 ─ 取締役会 ─ 代表取締役社長",
                       "├ 社長室", "├ 第一営業本部（産業機器課／企画課）",
                       "├ 第二営業本部（食品資材課／企画課）", "├ 西日本支社",
                       "├ 調達本部（購買部／物流部）", "├ 管理本部（人事部／経理部／総務部）",
                       "└ DX推進本部（情報システム部／業務改革部）"]},
            {"kind": "docx", "name": "トップメッセージ.docx",
             "paragraphs": ["トップメッセージ",
                            "創業から七十八年、日の出産業は「ものづくりを支える商社」として歩んでまいりました。",
                            "2025年6月　代表取締役社長　五百旗頭 亮"]},
            {"kind": "csv", "name": "拠点一覧.csv", "encoding": "cp932",
             "rows": [["拠点", "郵便番号", "住所", "電話"],
                      ["本社", "103-0027", "東京都中央区日本橋3-8-2", "03-5201-7700"],
                      ["西日本支社", "541-0053", "大阪府大阪市中央区本町2-4-11", "06-6262-4400"],
                      ["名古屋営業所", "460-0008", "愛知県名古屋市中区栄3-15-6", "052-261-8830"],
                      ["福岡支店", "812-0011", "福岡県福岡市博多区博多駅前2-9-1", "092-441-3360"],
                      ["本社倉庫", "136-0082", "東京都江東区新木場2-6-14", "03-3522-0811"]]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a plain ZIP of a public org chart, a message text and a CP932 list of offices: business data only",
})

MESSAGES.append({
    "id": "soshiki-064",
    "subject": "【取扱注意】役員人事リリース案（3/18 15:00開示まで）",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["プリズムPR 白鳥様 <shiratori@prism-pr.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """株式会社プリズムPR
白鳥 様

いつもお世話になっております。日の出産業 広報課の岩佐です。

【取扱注意】
本メールおよび添付のリリース案は、３月１８日（火）１５時の適時開示までインサイダー情報に該当します。
開示時刻まで、貴社内でもご担当の方以外への共有はお控えください。

添付のリリース案について、メディア向けの表現のご確認と、
開示後の記者クラブ配布の段取りをお願いいたします。

日の出産業株式会社 総務部 広報課
岩佐 拓真
TEL 03-5201-7705
""",
    "attachments": [{
        "kind": "docx",
        "name": "リリース案_役員人事_v3.docx",
        "page_header": "取扱注意（開示前）",
        "paragraphs": ["2025年3月18日", "代表取締役の異動および役員人事に関するお知らせ",
                       "新 代表取締役社長　五百旗頭 亮（現 取締役常務執行役員）",
                       "新 取締役　上遠野 千景（現 執行役員 営業第一部長）",
                       "新 社外取締役　蓮見 耕平"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "【取扱注意】 stamped on the subject, the body and the document header, sent to a PR agency",
})

MESSAGES.append({
    "id": "soshiki-065",
    "subject": "役員人事に関するお知らせ（略歴付き）",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["日刊工業ジャーナル 人事欄担当 <jinji@nikkan-kogyo-journal.jp>"],
    "charset": "utf-8",
    "body": """日刊工業ジャーナル 人事欄ご担当者様

いつもお世話になっております。日の出産業株式会社 広報課の岩佐です。
本日開示いたしました役員人事につき、貴紙人事欄への掲載用に略歴をお送りします。

■新任取締役・執行役員（6月26日付）

五百旗頭 亮（いおきべ・りょう）代表取締役社長
　1968年9月14日生まれ、兵庫県出身。91年早稲田大学商学部卒、当社入社。取締役常務執行役員。

上遠野 千景（かどの・ちかげ）取締役
　1972年1月22日生まれ、福島県出身。94年東北大学経済学部卒、当社入社。執行役員営業第一部長。

蓮見 耕平（はすみ・こうへい）社外取締役
　1970年5月30日生まれ、東京都出身。93年一橋大学法学部卒、大手銀行を経て現職。

勝呂 英樹（すぐろ・ひでき）常務執行役員
　1963年12月25日生まれ、静岡県出身。86年明治大学商学部卒、当社入社。取締役第二営業本部長。

猪又 紀子（いのまた・のりこ）常勤監査役
　1969年8月17日生まれ、宮城県出身。92年東京女子大学卒、当社入社。内部監査室長。

ご不明点は広報課（03-5201-7705）までお問い合わせください。

日の出産業株式会社 総務部 広報課
岩佐 拓真
""",
    "expect": "either",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "five executives' birth dates in a press release for publication: a list of people by the letter, public information by intent",
})

MESSAGES.append({
    "id": "soshiki-066",
    "subject": "人事異動のお知らせ（4月1日付・部長級）",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["業界新聞 編集部 <henshu@shoko-tsushin.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """商工通信社 編集部 御中

いつもお世話になっております。日の出産業株式会社 広報課の岩佐です。
４月１日付の部長級人事異動をお知らせいたします。貴紙人事欄へのご掲載をご検討ください。

【４月１日付】（カッコ内は旧職）
第一営業本部 産業機器部長　仁科 亮介（営業第一部 部長代理）
第二営業本部 食品資材部長　小豆沢 恵（営業第二部 課長）
西日本支社 業務部長　　　　鴇田 一郎（大阪支店 業務課長）
調達本部 物流部長　　　　　薬師寺 浩二（物流部 課長）
管理本部 人事部長　　　　　勅使河原 恭子（人事部 給与厚生課長）
DX推進本部 業務改革部長　　東海林 翔（情報システム部 課長）
福岡支店長　　　　　　　　　月見里 誠（福岡支店 総務課長）

以上

日の出産業株式会社 総務部 広報課
岩佐 拓真　TEL 03-5201-7705
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a routine personnel-change notice for a trade paper: names with new and old posts, no contact or personal data",
})

MESSAGES.append({
    "id": "soshiki-067",
    "subject": "新組織図（部署・責任者一覧）のご送付",
    "sender": "四十物 早苗 <aimono.sanae@hinode-sangyo.co.jp>",
    "to": ["あけぼの監査法人 中園様 <nakazono@akebono-audit.or.jp>"],
    "charset": "utf-8",
    "body": """あけぼの監査法人
中園 様

いつもお世話になっております。日の出産業 経理部の四十物です。

期末監査のご準備用に、4月1日付の新組織図（部署・責任者一覧）をお送りします。
本社・支社・営業所の3シートに分けております。
内部統制の評価範囲の見直しにご利用ください。

四十物
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "組織図_2025年4月1日.xlsx",
        "title": "組織図 2025年4月1日",
        "sheets": {
            "本社": [
                ["日の出産業株式会社 組織・責任者一覧（本社）", "", "", "2025/4/1現在"],
                [],
                ["本部", "部", "責任者", "部署代表電話"],
                ["第一営業本部", "産業機器部", "仁科 亮介", "03-5201-7730"],
                ["第二営業本部", "食品資材部", "小豆沢 恵", "03-5201-7740"],
                ["調達本部", "購買部", "五十嵐 徹", "03-5201-7770"],
                ["調達本部", "物流部", "薬師寺 浩二", "03-5201-7780"],
                ["管理本部", "人事部", "勅使河原 恭子", "03-5201-7710"],
                ["管理本部", "経理部", "四十物 早苗", "03-5201-7750"],
                ["DX推進本部", "情報システム部", "鴨志田 亘", "03-5201-7760"],
            ],
            "支社": [
                ["西日本支社"],
                [],
                ["部", "責任者", "部署代表電話"],
                ["支社長", "一色 聡", "06-6262-4400"],
                ["業務部", "鴇田 一郎", "06-6262-4410"],
                ["営業部", "蓬田 隆之", "06-6262-4420"],
            ],
            "営業所": [
                ["営業所・支店"],
                [],
                ["拠点", "責任者", "代表電話"],
                ["名古屋営業所", "栗花落 一輝", "052-261-8830"],
                ["福岡支店", "月見里 誠", "092-441-3360"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "XLSX org chart on three sheets: department heads' names with department switchboards, to the auditor",
})

MESSAGES.append({
    "id": "soshiki-068",
    "subject": "借上社宅 入居予定者のご連絡（3名）",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["山手住宅サービス 法人課 <hojin@yamate-jutaku.co.jp>"],
    "charset": "utf-8",
    "body": """山手住宅サービス株式会社 法人課 御中

お世話になっております。日の出産業の勅使河原です。
4月に東京本社へ転勤となる3名の借上社宅について、入居者情報をExcelでお送りします。
物件のご提案は、家族構成に合わせてお願いいたします。

勅使河原
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "社宅入居予定者_202504.xlsx",
        "sheets": {
            "入居予定者": [
                ["借上社宅 入居予定者（東京本社 4月着任）"],
                ["氏名", "生年月日", "現住所", "携帯", "家族構成", "希望エリア"],
                ["纐纈 大輔", "S59.7.21", "愛知県名古屋市千種区今池2-14-3-502", "090-3318-2047", "妻・子2", "江東区・墨田区"],
                ["忽那 浩一", "S62.3.2", "福岡県福岡市東区香椎駅前1-22-8", "090-7104-5563", "妻・子1", "中央区・江東区"],
                ["薬袋 誠司", "H2.1.9", "愛知県豊田市若宮町4-18", "090-1183-6402", "単身", "指定なし"],
            ],
            "条件": [
                ["社宅規程上の条件"],
                ["区分", "家賃上限", "間取り"],
                ["家族帯同", "180,000円", "2LDK以上"],
                ["単身", "110,000円", "1K〜1LDK"],
            ],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three transferees' birth dates, addresses and mobiles to the housing agent (和暦 abbreviations): under five records, may warn",
})

MESSAGES.append({
    "id": "soshiki-069",
    "subject": "Re: 借上社宅 物件候補のご提案",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["山手住宅サービス 法人課 大城様 <oshiro@yamate-jutaku.co.jp>"],
    "charset": "shift_jis",
    "body": """大城様

物件候補のご提案、ありがとうございます。日の出産業の勅使河原です。
社内で検討した結果、下記３件について内見を希望いたします。

・パークサイド南砂 802号室（江東区南砂3-4-11）2LDK 172,000円
・グランフォート木場 510号室（江東区木場5-8-2）2LDK 178,000円
・コンフォール月島 304号室（中央区月島1-15-7）1LDK 108,000円

内見の日程は、入居予定者本人と直接調整させていただきます。
候補日をいくつかお知らせいただけますでしょうか。

勅使河原

> 日の出産業 勅使河原様
> ご依頼の条件で、下記の物件をご提案いたします。（以下略）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of apartment buildings with addresses and rents: properties, not people",
})

MESSAGES.append({
    "id": "soshiki-070",
    "subject": "入館証の発行依頼（4月着任者）",
    "sender": "鴨志田 亘 <kamoshida.wataru@hinode-sangyo.co.jp>",
    "to": ["金森セキュリティ 日本橋営業所 <nihonbashi@kanamori-security.co.jp>"],
    "charset": "utf-8",
    "body": """金森セキュリティ株式会社 日本橋営業所 御中

いつもお世話になっております。日の出産業 情報システム部の鴨志田です。
4月に本社へ着任する社員の入館証（ICカード）発行をお願いします。
権限は全員「6F一般」です。

社員番号	氏名	カナ	所属	有効開始日
H10482	纐纈 大輔	コウケツ ダイスケ	第一営業本部	2025/04/01
H09811	忽那 浩一	クツナ コウイチ	調達本部	2025/04/01
H08630	薬袋 誠司	ミナイ セイジ	調達本部	2025/04/01
H11950	廿日出 駿	ハツカデ シュン	DX推進本部	2025/04/01

発行後、情報システム部 鴨志田宛に社内便でお送りください。

日の出産業株式会社 情報システム部
鴨志田 亘　TEL 03-5201-7763
""",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "four employees' names and staff numbers (tab-separated) for ID cards: under five records, no contact data",
})

MESSAGES.append({
    "id": "soshiki-071",
    "subject": "入館証 再発行のお願い（紛失）",
    "sender": "鴨志田 亘 <kamoshida.wataru@hinode-sangyo.co.jp>",
    "to": ["金森セキュリティ 日本橋営業所 <nihonbashi@kanamori-security.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """金森セキュリティ 日本橋営業所 御中

お世話になっております。日の出産業の鴨志田です。
異動直後の社員が入館証を紛失したため、再発行をお願いいたします。
旧カードは本日付で無効化をお願いします。

　社員番号：H11237
　氏名：鴇田 沙織（トキタ サオリ）
　生年月日：平成元年５月２７日（本人確認用）
　旧カード番号：HN-0415-2207
　新所属：西日本支社 業務部（４月１日付）

再発行手数料は通常どおりご請求ください。

鴨志田
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one employee's name and birth date for a card reissue: a single record",
})

MESSAGES.append({
    "id": "soshiki-072",
    "subject": "サポート窓口 体制変更のご案内（4月1日より）",
    "sender": "左右田 明美 <souda.akemi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 品質管理部 <hinshitsu@kitaguni-foods.co.jp>"],
    "charset": "utf-8",
    "body": """北国フーズ株式会社
品質管理部 御中

いつもお世話になっております。
日の出産業 カスタマーサポート部の左右田です。

4月1日の組織変更に伴い、サポート窓口を以下のとおり再編いたします。

・製品の技術的なお問い合わせ
　テクニカルサポート課　TEL 0120-47-2210（平日 9:00〜18:00）
・ご注文・納期のお問い合わせ
　受注センター　TEL 03-5201-7745／FAX 03-5201-7749
・品質に関するご連絡（クレーム・不具合）
　品質保証課　quality@hinode-sangyo.co.jp（24時間受付）
・夜間・休日の緊急対応
　緊急受付ダイヤル　TEL 0120-47-2299

従来の「お客様相談室」の番号（0120-47-2200）は6月末まで転送で対応いたします。

今後ともよろしくお願いいたします。

日の出産業株式会社 カスタマーサポート部
左右田 明美
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「・」 bullets of support-desk numbers and a role address: business contacts only",
})

MESSAGES.append({
    "id": "soshiki-073",
    "subject": "事業所移転・統合のお知らせ",
    "sender": "一色 聡 <isshiki.satoshi@hinode-sangyo.co.jp>",
    "to": ["兵庫機材リース 総務部 <somu@hyogo-kizai.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """兵庫機材リース株式会社
総務部 御中

拝啓　陽春の候　貴社ますますご清栄のこととお慶び申し上げます。

さて、弊社は令和７年４月１日付で、神戸営業所を西日本支社（大阪）へ統合いたします。
神戸営業所宛の郵便物・請求書は、５月以降は下記にお送りください。

【新】西日本支社
　〒５４１−００５３　大阪府大阪市中央区本町２−４−１１　本町日の出ビル８Ｆ
　ＴＥＬ　０６−６２６２−４４００　ＦＡＸ　０６−６２６２−４４０９

【旧】神戸営業所（令和７年３月３１日閉鎖）
　〒６５０−００３１　兵庫県神戸市中央区東町１２３−４　神戸KSビル３Ｆ
　ＴＥＬ　０７８−３３２−５１８０

なお、４月中に旧営業所宛に届いた郵便物は、転送にて対応いたします。
敬具

日の出産業株式会社 西日本支社
支社長　一色 聡
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "office relocation with full-width addresses and phones of company sites and 和暦 dates: business data",
})

MESSAGES.append({
    "id": "soshiki-074",
    "subject": "着任のご挨拶（福岡支店長 月見里）",
    "sender": "月見里 誠 <yamanashi.makoto@hinode-sangyo.co.jp>",
    "to": ["九州物産 代表取締役 川副様 <kawazoe@kyushu-bussan.co.jp>"],
    "charset": "shift_jis",
    "body": """九州物産株式会社
代表取締役　川副 様

拝啓　春暖の候、貴社ますますご隆盛のこととお慶び申し上げます。

さて、私こと
このたび令和七年四月一日付をもちまして、福岡支店長を拝命いたしました。
前任の上遠野同様、格別のご指導ご鞭撻を賜りますようお願い申し上げます。

福岡支店では総務課長として八年間勤めてまいりましたが、
これからは支店の責任者として、九州地区のお取引先の皆様のお役に立てるよう、
誠心誠意努めてまいる所存でございます。

近日中にご挨拶に伺いたく存じますので、何卒よろしくお願い申し上げます。

敬具

日の出産業株式会社
福岡支店長　月見里 誠（やまなし まこと）
〒812-0011 福岡県福岡市博多区博多駅前2-9-1
TEL 092-441-3360
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "formal arrival greeting (和暦, rare surname) with the sender's own signature",
})

MESSAGES.append({
    "id": "soshiki-075",
    "subject": "Re: Our new regional team",
    "sender": "Kenji Hatano <hatano.kenji@hinode-sangyo.co.jp>",
    "to": ["Lim Wei Jie <weijie.lim@straits-logistics.com.sg>"],
    "charset": "utf-8",
    "body": """Dear Wei Jie,

Thank you for introducing your new regional team. I have shared the contacts with
Mr. Koretsune, who takes over our Singapore office on 1 May, and he will get in touch
with Ms. Tan about the Q3 shipping plan.

Best regards,
Kenji Hatano
Hinode Sangyo Co., Ltd.

On Tue, 22 Apr 2025 at 10:14, Lim Wei Jie <weijie.lim@straits-logistics.com.sg> wrote:
> Dear Hatano-san,
>
> Following our reorganisation, please find our new regional team below.
>
> Name            Role                   Mobile            E-mail
> --------------  ---------------------  ----------------  ---------------------------------
> Lim Wei Jie     Regional Director      +65 9123 4471     weijie.lim@straits-logistics.com.sg
> Tan Mei Ling    Account Manager        +65 8234 1907     meiling.tan@straits-logistics.com.sg
> Rajesh Kumar    Operations Lead        +65 9780 2264     rajesh.k@straits-logistics.com.sg
> Nur Aisyah      Customs Specialist     +65 8815 3390     aisyah@straits-logistics.com.sg
> Chen Jia Hao    Warehouse Supervisor   +65 9342 6618     jiahao.chen@straits-logistics.com.sg
>
> Best regards,
> Wei Jie
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply; the partner's five-person team list is quoted back under 'On … wrote:' only",
})

MESSAGES.append({
    "id": "soshiki-076",
    "subject": "4月異動者 緊急連絡先一覧（名古屋営業所）",
    "sender": "栗花落 一輝 <tsuyuri.kazuki@hinode-sangyo.co.jp>",
    "to": ["名古屋営業所 全員 <nagoya-all@hinode-sangyo.co.jp>"],
    "cc": ["青葉運輸 名古屋営業所 <nagoya@aoba-unyu.co.jp>"],
    "charset": "utf-8",
    "body": """名古屋営業所の皆さん

所長の栗花落です。
4月の異動で営業所のメンバーが入れ替わりましたので、緊急連絡網を更新しました。
夜間・休日の出荷トラブル時はこの順で連絡してください。

1. 栗花落 一輝　携帯 090-6627-3318　自宅 愛知県名古屋市名東区高針3-104
2. 興梠 真由　　携帯 070-2281-9036　自宅 愛知県名古屋市中川区尾頭橋2-5-8-205
3. 鷲尾 健太郎　携帯 080-5574-2106　自宅 愛知県日進市赤池1-2209
4. 五十嵐 奈々　携帯 090-3046-8817　自宅 愛知県春日井市勝川町7-31
5. 猿渡 翔太　　携帯 080-7715-0492　自宅 愛知県名古屋市北区大曽根4-9-12-701
6. 宇佐美 光　　携帯 090-9921-4463　自宅 愛知県小牧市中央5-233

青葉運輸さんには、夜間の配車トラブル時の連絡先として共有しています。

栗花落
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six employees' mobiles and home addresses; the internal list is Cc'd to a partner, so it leaves the company",
})

MESSAGES.append({
    "id": "soshiki-077",
    "subject": "引継ぎ期間中の連絡先について",
    "sender": "一色 聡 <isshiki.satoshi@hinode-sangyo.co.jp>",
    "to": ["なにわパッケージ 営業部 岸本様 <kishimoto@naniwa-package.co.jp>"],
    "charset": "utf-8",
    "body": """なにわパッケージ株式会社
営業部 岸本様

お世話になっております。日の出産業 西日本支社の一色です。
4月中は前任と後任の二名体制で対応いたします。
急ぎの場合は、下記の社用携帯へご連絡ください。

区分,氏名,所属,社用携帯,メール
前任,鴇田 一郎,西日本支社 業務部,080-3391-2276,tokita.ichiro@hinode-sangyo.co.jp
後任,蓬田 隆之,西日本支社 営業部,090-5518-0734,yomogida.takayuki@hinode-sangyo.co.jp

5月以降は蓬田が単独で担当いたします。
よろしくお願いいたします。

一色
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "two staff members' company mobiles, comma-separated: under five records",
})

MESSAGES.append({
    "id": "soshiki-078",
    "subject": "社内報5月号「新しい仲間」原稿の入稿",
    "sender": "岩佐 拓真 <iwasa.takuma@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "charset": "utf-8",
    "body": """錦印刷株式会社 制作部 御中

お世話になっております。日の出産業 広報課の岩佐です。
社内報「ひので」5月号の「新しい仲間」ページの原稿をお送りします。
写真は別途ファイル便でお送りします。

岩佐
""",
    "attachments": [{
        "kind": "docx",
        "name": "ひので5月号_新しい仲間.docx",
        "paragraphs": ["社内報「ひので」2025年5月号　新しい仲間",
                       "4月に中途入社・他社から着任した4名をご紹介します。"],
        "tables": [[
            ["氏名", "配属", "前職", "趣味", "ひとこと"],
            ["月見里 遥", "管理本部 人事部", "人材サービス会社", "登山", "早く皆さんの顔と名前を覚えます！"],
            ["廿日出 駿", "DX推進本部", "SIer", "自転車", "社内のDXを一緒に進めましょう"],
            ["アフマド・ラザク", "福岡支店", "当社マレーシア法人", "バドミントン", "日本語を勉強中です"],
            ["乙部 遼平", "第二営業本部", "食品卸", "料理", "食品業界の経験を活かします"],
        ]],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "house magazine profiles of four newcomers (posts, hobbies) to the printer: no contact data, under five",
})

MESSAGES.append({
    "id": "soshiki-079",
    "subject": "FW: 丸高青果様より 担当変更のご連絡（参考）",
    "sender": "月見里 誠 <yamanashi.makoto@hinode-sangyo.co.jp>",
    "to": ["勝呂 英樹 <suguro.hideki@hinode-sangyo.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """勝呂本部長

お疲れさまです。福岡支店の月見里です。
丸高青果様から先方の担当変更の連絡がありましたので、元のメールを添付で転送します。
新ご担当の江頭様には、来週ご挨拶に伺う予定です。

月見里
""",
    "attachments": [{
        "kind": "eml",
        "name": "担当変更のご連絡.eml",
        "message": {
            "sender": "江頭 真理子 <egashira@marutaka-seika.co.jp>",
            "to": ["月見里 誠 <yamanashi.makoto@hinode-sangyo.co.jp>"],
            "subject": "担当変更のご連絡",
            "charset": "iso-2022-jp",
            "body": """日の出産業株式会社 月見里様

いつもお世話になっております。丸高青果の江頭と申します。
４月より、前任の丸山 大輝に代わり貴社を担当させていただきます。

　直通：092-473-2215
　携帯：090-8854-1263

今後ともよろしくお願いいたします。
""",
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a customer's greeting forwarded as an attached mail to an internal executive only",
})

MESSAGES.append({
    "id": "soshiki-080",
    "subject": "就任披露パーティー 最終お見積りのご確認",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 芦原様 <ashihara@sakura-hotel.jp>"],
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約 芦原様

お世話になっております。日の出産業の御手洗です。
７月４日の就任披露パーティーについて、最終見積（見積番号 SH-B-250704-012）を拝受しました。
以下の２点のみ修正をお願いいたします。

　・料理：洋食ビュッフェＢ（＠８，８００円）×１２０名 → １３０名
　・飲物：フリードリンク（＠３，３００円）×１２０名 → １３０名
　・控室：「桔梗の間」を１５時から追加（＠２２，０００円）

それ以外の項目（会場費、音響、生花、受付設営）は見積どおりで結構です。
請求書は経理部宛にお送りください。

御手洗
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "banquet quotation changes: quote number and prices only",
})

# ---------------------------------------------------------------------------------------
MESSAGES.append({
    "id": "soshiki-081",
    "subject": "新組織体制表の送付（受発注窓口一覧）",
    "sender": "百目鬼 拓也 <domeki.takuya@hinode-sangyo.co.jp>",
    "to": ["三陸水産 購買部 <purchase@sanriku-suisan.co.jp>"],
    "charset": "utf-8",
    "body": """三陸水産株式会社 購買部 御中

いつもお世話になっております。日の出産業 第二営業本部の百目鬼です。
4月からの新組織体制表（受発注窓口一覧）を添付いたします。
ご確認のほど、よろしくお願いいたします。

日の出産業株式会社 第二営業本部 食品資材課
百目鬼 拓也
TEL 03-5201-7744
""",
    "attachments": [{"kind": "corrupt", "name": "新組織体制表_受発注窓口.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "soshiki-082",
    "subject": "【再送】新組織体制表の送付（受発注窓口一覧）",
    "sender": "百目鬼 拓也 <domeki.takuya@hinode-sangyo.co.jp>",
    "to": ["三陸水産 購買部 <purchase@sanriku-suisan.co.jp>"],
    "charset": "utf-8",
    "body": """三陸水産株式会社 購買部 御中

たびたび失礼いたします。日の出産業の百目鬼です。
先ほどお送りしたファイルが破損していたとのご連絡をいただき、申し訳ございません。
改めて添付いたしますので、ご確認ください。

百目鬼
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "新組織体制表_受発注窓口_r2.xlsx",
        "sheets": {
            "受発注窓口": [
                ["日の出産業株式会社 第二営業本部 受発注窓口一覧（2025年4月1日〜）"],
                [],
                ["品目", "担当部署", "受注センターTEL", "FAX", "受付時間"],
                ["水産加工品用包材", "食品資材課", "03-5201-7745", "03-5201-7749", "平日 9:00-17:30"],
                ["冷凍用トレー", "食品資材課", "03-5201-7745", "03-5201-7749", "平日 9:00-17:30"],
                ["ラベル・シール", "企画課", "03-5201-7746", "03-5201-7749", "平日 9:00-17:30"],
                ["物流資材", "調達本部 物流部", "03-5201-7785", "03-5201-7789", "平日 8:30-17:00"],
            ],
            "品番対応表": [
                ["旧品番", "新品番", "品名"],
                ["FT-2201", "HS-FT-2201", "冷凍トレー 220×150"],
                ["FT-2605", "HS-FT-2605", "冷凍トレー 260×180"],
                ["LB-0031", "HS-LB-0031", "品質表示ラベル 60×40"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the readable resend: departments, switchboards and product codes only",
})

MESSAGES.append({
    "id": "soshiki-083",
    "subject": "組織変更に伴う請求書宛先・お振込先のご案内",
    "sender": "四十物 早苗 <aimono.sanae@hinode-sangyo.co.jp>",
    "to": ["はまなす食品 経理課 <keiri@hamanasu-shokuhin.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """はまなす食品株式会社
経理課 御中

平素より大変お世話になっております。日の出産業 経理部の四十物です。

４月１日付の組織変更に伴い、弊社宛の請求書の宛先部署が変わります。
５月請求分（４月納品分）より、下記にてお願いいたします。

　宛先：日の出産業株式会社 管理本部 経理部 支払課
　〒103-0027 東京都中央区日本橋3-8-2 日の出ビル6F
　適格請求書発行事業者登録番号：T""" + CORP_NO + """

また、弊社からのご請求に対するお振込先は変更ございません。
　みどり銀行 日本橋支店 普通 1234567 ヒノデサンギョウ（カ

請求書番号 INV-2503-00418 までは旧宛先のままで問題ございません。

日の出産業株式会社 経理部
四十物 早苗　TEL 03-5201-7750
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "company invoice address, T-number (corporate number) and the company's own bank account: no personal data",
})

MESSAGES.append({
    "id": "soshiki-084",
    "subject": "工場ご訪問 入構申請（4月15日・4名）",
    "sender": "仁科 亮介 <nishina.ryosuke@hinode-sangyo.co.jp>",
    "to": ["川崎電機 横浜工場 総務課 <yokohama-somu@kawasaki-denki.co.jp>"],
    "charset": "utf-8",
    "body": """川崎電機株式会社 横浜工場
総務課 ご担当者様

いつもお世話になっております。日の出産業の仁科です。
4月15日（火）の新任担当者ご挨拶の件で、入構申請をお願いいたします。

　訪問日時：4月15日（火）13:30〜15:00
　訪問先：購買部 津田様
　車両：なし（公共交通機関で伺います）

【訪問者】
　仁科 亮介　　第一営業本部 産業機器部長　　携帯 080-6613-2275
　纐纈 大輔　　第一営業本部 産業機器課長　　携帯 090-3318-2047
　小鳥遊 萌　　第一営業本部 企画課　　　　　携帯 080-9932-1175
　鷹取 昌平　　（貴社技術開発センター出向中）携帯 090-2740-6638

よろしくお願いいたします。

日の出産業株式会社 第一営業本部
仁科 亮介
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plant-entry request listing four visitors with mobiles: under five records",
})

MESSAGES.append({
    "id": "soshiki-085",
    "subject": "郵便物・宅配便の宛先変更のお願い",
    "sender": "五味 佳奈 <gomi.kana@hinode-sangyo.co.jp>",
    "to": ["ソラマメ通商 カタログ発送係 <catalog@soramame-tsusho.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """ソラマメ通商株式会社
カタログ発送係 御中

いつもカタログをお送りいただきありがとうございます。
日の出産業株式会社 営業第一部の五味でございます。

弊社の組織変更により、下記の部署名が変わりました。
今後のカタログ・ご案内の送付先を、次のとおりご変更くださいますようお願いいたします。

　（旧）日の出産業株式会社　営業本部　営業第一部　御中
　（新）日の出産業株式会社　第一営業本部　産業機器部　御中

住所（〒103-0027 東京都中央区日本橋3-8-2 日の出ビル6F）は変更ございません。
お客様番号：SM-0088214

よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a department name change for catalogue mailing: company address and customer number only",
})

MESSAGES.append({
    "id": "soshiki-086",
    "subject": "緊急連絡網（4月1日更新・西日本支社）",
    "sender": "鴇田 沙織 <tokita.saori@hinode-sangyo.co.jp>",
    "to": ["西日本支社 全員 <nishinihon-all@hinode-sangyo.co.jp>"],
    "charset": "shift_jis",
    "body": """西日本支社の皆さん

業務部の鴇田です。４月の統合に伴い緊急連絡網を更新しました。
災害時・システム障害時はこの順に電話してください（社外への転送は禁止です）。

順  氏名          携帯            自宅
--  ------------  --------------  ----------------------------------
1   一色 聡       090-4418-2203   大阪府豊中市新千里東町1-4-2-1203
2   鴇田 一郎     080-3391-2276   大阪府大阪市城東区今福西3-9-14
3   鴇田 沙織     080-6652-1190   大阪府大阪市西区北堀江2-11-3-604
4   蓬田 隆之     090-5518-0734   兵庫県尼崎市塚口本町4-22-8
5   蓬田 彩花     080-4019-7725   大阪府大阪市淀川区十三本町1-7-30-402
6   上遠野 隆     090-5527-3318   大阪府吹田市江坂町3-9-15-1102
7   雑賀 健人     070-8862-1045   和歌山県和歌山市十番丁18

鴇田
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "seven employees' mobiles and home addresses, padded list, to an internal distribution list only",
})

MESSAGES.append({
    "id": "soshiki-087",
    "subject": "プロジェクト体制変更のご報告",
    "sender": "蓮見 耕平 <hasumi.kohei@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 取締役 曽根崎様 <sonezaki@tsubasa-system.jp>"],
    "charset": "utf-8",
    "body": """株式会社ツバサシステム
取締役 曽根崎 様

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 DX推進本部長の蓮見でございます。

4月1日付でDX推進本部が発足し、基幹システム刷新プロジェクトの責任者は
私 蓮見が務めることとなりました。
プロジェクトマネージャーは引き続き東海林が担当いたします。

なお、本プロジェクトで貴社と共有している機密情報の取扱いにつきましては、
2023年に締結した機密保持契約の条件に変更はございません。
新たにプロジェクトに参加する弊社メンバーにも、同契約の内容を周知しております。

今後とも何卒よろしくお願い申し上げます。

日の出産業株式会社
DX推進本部長　蓮見 耕平
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "機密情報 and 機密保持契約 appear only in a sentence about the NDA, not as a marking",
})

MESSAGES.append({
    "id": "soshiki-088",
    "subject": "Hinode Sangyo – New organisation from 1 April 2025",
    "sender": "Kenji Hatano <hatano.kenji@hinode-sangyo.co.jp>",
    "to": ["Partner Relations <partners@rheinwerk-industrie.de>"],
    "charset": "utf-8",
    "body": """Dear Partners,

We are pleased to inform you that Hinode Sangyo will reorganise its divisions as of
1 April 2025:

  * Sales is split into Industrial Equipment (1st Sales Division) and Food Materials
    (2nd Sales Division).
  * Our Osaka branch and Kobe office merge into the new West Japan Branch.
  * A new Digital Transformation Division takes over IT and business process reform.

Your day-to-day contacts remain unchanged. Order confirmations will carry the new
division names from the April orders on.

Kind regards,
Overseas Business Division
Hinode Sangyo Co., Ltd.

This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
""",
    "html": """<html><body style="font-family:Arial,sans-serif">
<p>Dear Partners,</p>
<p>We are pleased to inform you that Hinode Sangyo will reorganise its divisions as of 1 April 2025:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Until 31 March</th><th>From 1 April</th></tr>
<tr><td>Sales Division</td><td>1st Sales Division (Industrial Equipment) / 2nd Sales Division (Food Materials)</td></tr>
<tr><td>Osaka Branch, Kobe Office</td><td>West Japan Branch</td></tr>
<tr><td>IT Department, Business Reform Office</td><td>Digital Transformation Division</td></tr>
</table>
<p>Your day-to-day contacts remain unchanged. Order confirmations will carry the new division names from the April orders on.</p>
<p>Kind regards,<br>Overseas Business Division<br>Hinode Sangyo Co., Ltd.</p>
<p style="font-size:10px;color:#888">This e-mail and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail.</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English text+HTML announcement of the new organisation with the standard disclaimer",
})

MESSAGES.append({
    "id": "soshiki-089",
    "subject": "新組織の人員計画（採用ご相談用）",
    "sender": "興梠 真由 <korogi.mayu@hinode-sangyo.co.jp>",
    "to": ["リクルートパートナーズ東京 法人担当 戸叶様 <tokano@rp-tokyo.co.jp>"],
    "charset": "utf-8",
    "body": """リクルートパートナーズ東京株式会社
戸叶 様

お世話になっております。日の出産業 人事部の興梠です。
先日ご相談した中途採用の件で、新組織ごとの人員計画をお送りします。
どのポジションから優先して募集をかけるべきか、ご意見をいただけますと幸いです。

興梠
""",
    "attachments": [{
        "kind": "xlsx",
        "name": "2025年度_人員計画.xlsx",
        "page_header": "CONFIDENTIAL / 社外秘",
        "sheets": {
            "人員計画": [
                ["2025年度 人員計画（部門別）", "", "", "社外秘"],
                [],
                ["部門", "3月末人員", "計画人員", "増減", "採用方針"],
                ["第一営業本部", 42, 48, 6, "技術営業経験者"],
                ["第二営業本部", 35, 37, 2, "食品業界経験者"],
                ["DX推進本部", 18, 26, 8, "データ基盤・PM"],
                ["西日本支社", 51, 46, -5, "統合による自然減"],
            ],
            "人件費": [
                ["人件費見通し（百万円）"],
                ["部門", "2024年度", "2025年度"],
                ["営業系", 1240, 1318],
                ["管理系", 610, 598],
                ["DX推進", 180, 262],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "headcount plan stamped CONFIDENTIAL / 社外秘 (sheet header and title cell) to a recruitment agency",
})

MESSAGES.append({
    "id": "soshiki-090",
    "subject": "求人票の作成依頼（DX推進本部 データ基盤エンジニア）",
    "sender": "興梠 真由 <korogi.mayu@hinode-sangyo.co.jp>",
    "to": ["リクルートパートナーズ東京 法人担当 戸叶様 <tokano@rp-tokyo.co.jp>"],
    "charset": "utf-8",
    "body": """戸叶様

お世話になっております。日の出産業の興梠です。
4月に新設したDX推進本部のポジションについて、求人票の作成をお願いいたします。

【募集職種】データ基盤エンジニア（2名）
【配属】DX推進本部 情報システム部
【業務内容】基幹システム刷新に伴うデータ基盤の設計・構築・運用
【必須要件】SQL・クラウドDWHの実務経験3年以上
【想定年収】600万円〜850万円
【勤務地】東京都中央区日本橋（本社）
【選考】書類選考 → 一次面接（部長） → 最終面接（本部長）

ご不明点があればお知らせください。

日の出産業株式会社 人事部 人事課
興梠 真由
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a job description for a new department: no personal data",
})

MESSAGES.append({
    "id": "soshiki-091",
    "subject": "代表者変更届の提出について（工場立地法）",
    "sender": "四十物 早苗 <aimono.sanae@hinode-sangyo.co.jp>",
    "to": ["小牧市 産業振興課 <sangyo-shinko@city.komaki-sample.lg.jp>"],
    "charset": "iso-2022-jp",
    "body": """小牧市 産業振興課 御中

お世話になっております。日の出産業株式会社 経理部の四十物と申します。

弊社名古屋デポ（小牧市大字舟津1320）について、６月２６日付で代表者が変更となるため、
工場立地法に基づく氏名等変更届出書を提出いたします。

　事業者名：日の出産業株式会社
　法人番号：""" + CORP_NO + """
　変更内容：代表者　代表取締役社長　石動 正臣 → 代表取締役社長　五百旗頭 亮
　変更年月日：令和７年６月２６日

届出書の原本は郵送いたします。記載方法に不備がございましたらご指摘ください。

日の出産業株式会社 経理部
四十物 早苗
TEL 03-5201-7750
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a representative-change filing to a city office: corporate number and names of representatives only",
})

MESSAGES.append({
    "id": "soshiki-092",
    "subject": "卒業生の配属のご報告",
    "sender": "興梠 真由 <korogi.mayu@hinode-sangyo.co.jp>",
    "to": ["東都工科大学 キャリアセンター <career@toto-kouka.ac.jp>"],
    "charset": "iso-2022-jp",
    "body": """東都工科大学 キャリアセンター 御中

いつも大変お世話になっております。日の出産業株式会社 人事部の興梠です。

本年４月に貴学から入社いたしました３名について、新入社員研修を終え、
５月１日付で下記のとおり配属となりましたのでご報告いたします。

　・情報工学科卒　１名　DX推進本部 情報システム部
　・機械工学科卒　１名　第一営業本部 産業機器部（技術営業）
　・経営工学科卒　１名　調達本部 物流部

いずれも元気に働いております。
来年度の学内企業説明会にも、ぜひ参加させていただければ幸いです。

日の出産業株式会社 人事部 人事課
興梠 真由
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "report to a university of where its graduates were placed, without names or data",
})

MESSAGES.append({
    "id": "soshiki-093",
    "subject": "退任役員への記念品お届け先（5名分）",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["ことぶきギフト 法人営業 <hojin@kotobuki-gift.co.jp>"],
    "charset": "shift_jis",
    "body": """ことぶきギフト株式会社
法人営業ご担当者様

お世話になっております。日の出産業 秘書課の御手洗です。
先日ご注文した退任役員への記念品（名入れ万年筆・記念アルバム）のお届け先をお知らせします。
６月２７日着でお願いいたします。

■石動 正臣 様
　〒１５６－００４４　東京都世田谷区赤堤２－１８－９
　ＴＥＬ　０３－３３２４－７７１６
　生年月日　昭和３０年５月３日（名入れの記念日に使用）

■日比生 実 様
　〒２４８－００３３　神奈川県鎌倉市腰越２－９－１
　ＴＥＬ　０４６７－３２－５５８０
　生年月日　昭和３２年４月４日

■一尺八寸 義男 様
　〒２７３－０００５　千葉県船橋市本町６－４－１８
　ＴＥＬ　０４７－４３１－２２６９
　生年月日　昭和３６年２月１８日

■丸茂 敬三 様
　〒１８０－０００４　東京都武蔵野市吉祥寺本町４－２２－５
　ＴＥＬ　０４２２－２１－８８０３
　生年月日　昭和３１年９月２８日

■雲母 晴美 様
　〒３３６－００１７　埼玉県さいたま市南区南浦和１－３０－２
　ＴＥＬ　０４８－８８３－４０１２
　生年月日　昭和３４年１２月１日

お手数をおかけしますが、よろしくお願いいたします。

御手洗
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "five retiring executives' home addresses, phones and birth dates (full-width, one record per block) to a gift shop",
})

MESSAGES.append({
    "id": "soshiki-094",
    "subject": "記念品お届け先の追加（3名）",
    "sender": "御手洗 玲奈 <mitarai.rena@hinode-sangyo.co.jp>",
    "to": ["ことぶきギフト 法人営業 <hojin@kotobuki-gift.co.jp>"],
    "charset": "utf-8",
    "body": """ことぶきギフト株式会社 法人営業ご担当者様

お世話になっております。日の出産業の御手洗です。
先日お願いした記念品とは別に、3月末で退職した部長職3名へ胡蝶蘭をお届けいただきたく、
お届け先をお知らせいたします。お届け日は4月4日（金）午前でお願いします。

氏名,郵便番号,住所,電話
五百蔵 直樹,183-0022,東京都府中市宮西町3-7-12,042-361-0485
日比生 篤,277-0005,千葉県柏市柏4-9-20-1103,04-7163-2258
鳴海 康弘,223-0061,神奈川県横浜市港北区日吉2-14-6,045-562-3371

立札は「感謝をこめて　日の出産業株式会社　代表取締役社長　石動 正臣」でお願いいたします。

御手洗
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three delivery addresses of former employees for a gift, comma-separated: under five records",
})

MESSAGES.append({
    "id": "soshiki-095",
    "subject": "Re: 4月以降のご担当者様について",
    "sender": "百目鬼 拓也 <domeki.takuya@hinode-sangyo.co.jp>",
    "to": ["南部製麺 購買担当 石亀様 <ishigame@nanbu-seimen.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """石亀様

お問い合わせありがとうございます。日の出産業の百目鬼です。
４月以降も、貴社のご担当は引き続き私が務めさせていただきます。
所属が「第二営業本部 食品資材課」に変わりますが、電話番号・メールアドレスは変わりません。

急ぎの場合の連絡先は以下のとおりです。
　直通：03-5201-7744
　社用携帯：080-2217-6659

引き続きよろしくお願いいたします。

百目鬼

> 日の出産業 百目鬼様
> 御社の組織変更の案内を拝見しました。４月以降の弊社のご担当はどなたになりますでしょうか。
> 南部製麺　石亀
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the sender gives his own direct line and company mobile in a reply (his own contact, like a signature)",
})

MESSAGES.append({
    "id": "soshiki-096",
    "subject": "西日本支社長 着任のご挨拶",
    "sender": "一色 聡 <isshiki.satoshi@hinode-sangyo.co.jp>",
    "to": ["なにわパッケージ 代表取締役 浪越様 <namikoshi@naniwa-package.co.jp>"],
    "cc": ["関西包材販売 営業部長 堺様 <sakai@kansai-hozai.co.jp>"],
    "charset": "utf-8",
    "body": """なにわパッケージ株式会社
代表取締役 浪越 様

（CC：関西包材販売株式会社 営業部長 堺 様）

拝啓　陽春の候、貴社ますますご清栄のこととお慶び申し上げます。

さて、私こと
このたび4月1日付で新設の西日本支社の支社長に就任いたしました。
貴社製品を関西包材販売様経由でお取引させていただいている関係から、
おふたかたに連名でご挨拶申し上げる失礼をお許しください。

三社での定例会（毎月第3水曜日）は、今後も私と業務部長の鴇田が出席いたします。
4月16日の定例会にて、改めてご挨拶申し上げます。

敬具

日の出産業株式会社 西日本支社
支社長 一色 聡
TEL 06-6262-4400
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a greeting to a supplier and its distributor, who work together: two external organisations",
})

MESSAGES.append({
    "id": "soshiki-097",
    "subject": "2024年度 管理職評価結果（役員会資料）",
    "sender": "勅使河原 恭子 <teshigawara.kyoko@hinode-sangyo.co.jp>",
    "to": ["五百旗頭 亮 <iokibe.ryo@hinode-sangyo.co.jp>", "上遠野 千景 <kadono.chikage@hinode-sangyo.co.jp>"],
    "charset": "iso-2022-jp",
    "body": """五百旗頭常務、上遠野執行役員

人事部の勅使河原です。
来週の役員会でご審議いただく、管理職の評価結果と新組織での配置案をお送りします。
ファイルはパスワード付きZIPにしています。パスワードは社内チャットでお送りしました。

勅使河原
""",
    "attachments": [{
        "kind": "zip",
        "name": "hyoka_2024.zip",
        "password": "Jinji!2025Q1",
        "files": [{"kind": "xlsx", "name": "管理職評価_2024.xlsx",
                   "sheets": {"評価": [["社員番号", "氏名", "評価", "新配置案"],
                                      ["H07745", "八重樫 智", "A", "調達本部 購買部 課長"],
                                      ["H10482", "纐纈 大輔", "S", "第一営業本部 産業機器課長"]]}}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "password ZIP of evaluation results, but both recipients are internal",
})

MESSAGES.append({
    "id": "soshiki-098",
    "subject": "新組織のご説明資料（定例会用）",
    "sender": "蓮見 耕平 <hasumi.kohei@hinode-sangyo.co.jp>",
    "to": ["川崎電機 経営企画室 沓掛様 <kutsukake@kawasaki-denki.co.jp>"],
    "charset": "utf-8",
    "body": """川崎電機株式会社
経営企画室 沓掛様

いつもお世話になっております。日の出産業の蓮見です。
来週の定例会でご説明する、弊社の新組織の概要資料をお送りします。
当日はこちらをスクリーンに投影してご説明いたします。

日の出産業株式会社 DX推進本部長
蓮見 耕平
""",
    "attachments": [{
        "kind": "pptx",
        "name": "新組織のご説明_川崎電機様.pptx",
        "title": "日の出産業 新組織のご説明",
        "page_footer": "日の出産業株式会社",
        "slides": [
            ["日の出産業 新組織のご説明", "2025年4月", "DX推進本部"],
            ["組織改編の狙い", "事業別の責任体制", "西日本の拠点統合による効率化", "DXの全社推進"],
            ["貴社との窓口", "受発注：第一営業本部 産業機器部", "EDI・システム：DX推進本部",
             "物流：調達本部 物流部"],
            ["今後のスケジュール", "4月：新体制スタート", "5月：EDIサーバ更改", "7月：新基幹システム要件定義"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "PPTX overview of the new organisation (departments only) for a partner meeting",
})

MESSAGES.append({
    "id": "soshiki-099",
    "subject": "4月異動者のアカウント変更依頼（一覧PDF）",
    "sender": "鴨志田 亘 <kamoshida.wataru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    "charset": "iso-2022-jp",
    "body": """ツバサシステム サポートセンター 御中

いつもお世話になっております。日の出産業 情報システム部の鴨志田です。

４月１日付の異動に伴う、グループウェアと基幹システムのアカウント変更を依頼いたします。
対象者一覧をPDFで添付しますので、３月３１日夜間の切替作業でご対応をお願いします。
多要素認証の再登録用に、携帯番号も記載しております。

鴨志田
""",
    "attachments": [{
        "kind": "pdf",
        "name": "アカウント変更対象者_20250401.pdf",
        "title": "アカウント変更対象者一覧",
        "lines": ["アカウント変更対象者一覧（2025年4月1日付異動）", "日の出産業株式会社 情報システム部", ""],
        "table": [
            ["社員番号", "氏名", "旧所属", "新所属", "メール", "携帯（MFA用）"],
            ["H10482", "纐纈 大輔", "名古屋営業所", "第一営業本部", "koketsu.daisuke@hinode-sangyo.co.jp", "090-3318-2047"],
            ["H11237", "鴇田 沙織", "経理部", "西日本支社", "tokita.saori@hinode-sangyo.co.jp", "080-6652-1190"],
            ["H09811", "忽那 浩一", "福岡支店", "調達本部", "kutsuna.koichi@hinode-sangyo.co.jp", "090-7104-5563"],
            ["H12056", "興梠 真由", "人事部", "名古屋営業所", "korogi.mayu@hinode-sangyo.co.jp", "070-2281-9036"],
            ["H10977", "上遠野 隆", "西日本支社", "福岡支店", "kadono.takashi@hinode-sangyo.co.jp", "090-5527-3318"],
            ["H11804", "蓬田 彩花", "営業第二部", "西日本支社", "yomogida.s@hinode-sangyo.co.jp", "080-4019-7725"],
            ["H08630", "薬袋 誠司", "名古屋営業所", "調達本部", "minai.seiji@hinode-sangyo.co.jp", "090-1183-6402"],
            ["H07745", "八重樫 智", "物流部", "調達本部", "yaegashi.satoru@hinode-sangyo.co.jp", "080-1547-3926"],
            ["H11950", "廿日出 駿", "情報システム部", "DX推進本部", "hatsukade.shun@hinode-sangyo.co.jp", "070-4428-1163"],
            ["H06612", "鴨志田 亘", "情報システム部", "DX推進本部", "kamoshida.wataru@hinode-sangyo.co.jp", "090-8126-7704"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of ten employees with mail addresses and personal mobiles (for MFA) to an IT vendor",
})

MESSAGES.append({
    "id": "soshiki-100",
    "subject": "追加のアカウント変更依頼（3名）",
    "sender": "鴨志田 亘 <kamoshida.wataru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム サポートセンター <support@tsubasa-system.jp>"],
    "charset": "iso-2022-jp",
    "body": """ツバサシステム サポートセンター 御中

たびたびお世話になっております。日の出産業の鴨志田です。
４月１５日付で追加の異動が３名ありましたので、アカウントの所属変更をお願いいたします。
権限グループのみの変更で、多要素認証の再登録は不要です。

・小鳥遊 萌　takanashi.moe@hinode-sangyo.co.jp　第一営業本部 企画課 → 産業機器課
・五味 佳奈　gomi.kana@hinode-sangyo.co.jp　第一営業本部 → 管理本部 総務部
・乙部 遼平　otobe.ryohei@hinode-sangyo.co.jp　第二営業本部 → 西日本支社

作業完了のご連絡をいただけますと幸いです。

鴨志田
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three employees' work addresses for an account change, 「・」 bullets: under five records",
})
