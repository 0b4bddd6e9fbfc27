"""ブラインド評価コーパス — AREA: conference（国際学術会議の運営事務局）

日の出産業株式会社 イベント事業部 コンベンション課が受託運営する学術会議の事務局メール 100 通。
  - APMEC 2026（第12回アジア太平洋材料工学国際会議、横浜みなと国際会議場、2026年10月14日〜16日）
  - 日本防災情報学会 第18回年次大会（JSDI 2026、仙台）
  - ISCR 2027（International Symposium on Coastal Robotics、神戸）
参加登録者名簿、ビザ招へい状（旅券番号）、招待講演者の渡航・宿泊、食事制限・アクセシビリティ、
ホテル、カード決済、謝金の支払調書（個人番号）、共催学会とのやり取り。日本語と英語。

SEED = 24001：個人番号は my_number(SEED + k)（k = 0〜13）、カード番号は card_number(SEED + k)
（k = 30〜33）だけを使う。人物・番号・住所はすべて架空。
"""

from build import card_number, my_number

SEED = 24001


def mn(k: int) -> str:
    return my_number(SEED + k)


def cc(k: int) -> str:
    return card_number(SEED + k)


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def zen(s: str) -> str:
    """全角数字・全角ハイフンに"""
    return s.translate(_ZEN)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def corp_no(base12: str) -> str:
    """法人番号（先頭がチェックデジット）"""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- 署名・免責文（社員ごとに自分の署名を使う） --------------------------------------------

SIG_MORISHITA = """
--
APMEC 2026 運営事務局
日の出産業株式会社 イベント事業部 コンベンション課
森下 彩花 / Ayaka MORISHITA
〒231-0023 神奈川県横浜市中区山下町2-14 日の出山下町ビル5F
TEL 045-663-2180　FAX 045-663-2181
apmec2026@hinode-sangyo.co.jp
"""

SIG_IWABUCHI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
イベント事業部 コンベンション課（渡航・宿泊担当）
岩渕 拓真　Takuma Iwabuchi
〒231-0023 横浜市中区山下町2-14 日の出山下町ビル5F
TEL：045-663-2183（直通）
Mail：iwabuchi.takuma@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_SAEKI = """
-------------------------------------------
佐伯 ゆかり（さえき）
日の出産業株式会社 イベント事業部
APMEC 2026 参加登録デスク
TEL 045-663-2185 / registration-apmec@hinode-sangyo.co.jp
-------------------------------------------
"""

SIG_OKOCHI = """
========================================
日の出産業株式会社
イベント事業部 コンベンション課 課長
大河内 俊
〒231-0023 神奈川県横浜市中区山下町2-14
TEL 045-663-2180（代表）  携帯 080-4471-0935
okochi.shun@hinode-sangyo.co.jp
========================================
"""

SIG_TANAKA_EN = """
Best regards,

Emily Tanaka (田中 エミリー)
International Relations, APMEC 2026 Secretariat
Hinode Sangyo Co., Ltd. — Events Division
2-14 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan
Tel: +81-45-663-2187
e.tanaka@hinode-sangyo.co.jp
"""

SIG_KUBOTA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日本防災情報学会 第18回年次大会 運営事務局
（日の出産業株式会社 イベント事業部 東北オフィス内）
久保田 陽平
〒980-0021 宮城県仙台市青葉区中央3-6-11 日の出仙台ビル3F
TEL 022-215-6640　FAX 022-215-6641
E-mail kubota.yohei@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_NIKAIDO = """
**************************************
日の出産業株式会社 イベント事業部
ケータリング・運営スタッフ担当
二階堂 真央（にかいどう まお）
TEL 045-663-2189 / nikaido.mao@hinode-sangyo.co.jp
**************************************
"""

SIG_MIYOSHI = """
--------------------------------
日の出産業株式会社 経理部 経理課
三好 浩二
TEL 03-5219-4410（内線 2317）
miyoshi.koji@hinode-sangyo.co.jp
--------------------------------
"""

SIG_NOTO = """
--
情報システム部 能登 健
日の出産業株式会社（内線 3120）
noto.ken@hinode-sangyo.co.jp
"""

DISCLAIMER_JA = """
────────────────────────────────
本メールには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除してくださいますようお願いいたします。
本メールの内容の無断転載・複製を禁じます。
────────────────────────────────
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use, disclosure or copying is prohibited.
"""

MESSAGES: list[dict] = []
M = MESSAGES.append


# ===== 001–020：参加登録者・招待者などの名簿 =================================================

M({
    "id": "conference-001",
    "charset": "iso-2022-jp",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 登録サポート <reg-support@tsubasa-system.jp>"],
    "cc": ["岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>"],
    "subject": "【APMEC2026】FAX・郵送申込分の登録データ取込のお願い",
    "body": """ツバサシステム株式会社
登録サポート窓口 御中

いつもお世話になっております。
日の出産業 イベント事業部の森下です。

APMEC 2026 の参加登録につきまして、FAX・郵送で受け付けた申込（8件）を
下記のとおり取りまとめましたので、登録システムへの一括取込をお願いできますでしょうか。
参加区分はすべて「一般（会員）・早期」でお願いいたします。

登録番号   氏名                所属                          E-mail                              電話
---------  ------------------  ----------------------------  ----------------------------------  -----------------
AP26-0101  桐生 正臣           東都大学 工学系研究科         kiryu.m@toto-u.ac.jp                090-4417-2286
AP26-0102  Ahmad Faisal        Univ. Teknologi Selangor      faisal.ahmad@uts-my.edu.my          +60-12-338-4920
AP26-0103  宍戸 菜々子         港北工業大学                  shishido.nanako@kohoku-tech.ac.jp   080-6632-1904
AP26-0104  Wang Haoran         Dalian Inst. of Materials     wanghr@dim-cn.ac.cn                 +86-139-4102-7765
AP26-0105  御手洗 航           (株)三つ葉マテリアル          mitarai.wataru@mitsuba-mat.co.jp    070-2281-9043
AP26-0106  百瀬 理沙           北星大学 理工学部             momose.risa@hokusei-u.ac.jp         090-7735-0618
AP26-0107  Priya Raghunathan   IIT Kovalam                   priya.r@iitk-ov.ac.in               +91-98450-22817
AP26-0108  鴨志田 悠           東都大学 工学系研究科         kamoshida.yu@toto-u.ac.jp           080-3019-5572

取込後、各登録者に登録完了メールが自動送信されるかどうかも併せてご教示ください。
（自動送信される場合は、こちらで送信タイミングを調整したく存じます）

お忙しいところ恐縮ですが、よろしくお願いいたします。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8名の登録者（氏名・メール・電話）をスペース揃えの表で本文に貼り、外部の登録システム業者へ",
})

M({
    "id": "conference-002",
    "charset": "iso-2022-jp",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["佐久間 淳 <sakuma.jun@tsubasa-system.jp>"],
    "subject": "Re: 【APMEC2026】追加取込分（6件）完了のご報告",
    "body": """佐久間様

早速のご対応ありがとうございます。
管理画面でも6件すべて「登録済」になっていることを確認いたしました。

登録完了メールは、明日6/12（金）10:00に一斉送信する設定でお願いいたします。
文面は先日お送りした第2版のままで結構です。

引き続きよろしくお願いいたします。

森下

2026年6月11日(木) 16:42 佐久間 淳 <sakuma.jun@tsubasa-system.jp>:
> 日の出産業 森下様
>
> お世話になっております。ツバサシステムの佐久間です。
> ご依頼の追加6件、本日取込を完了しました。内容は以下のとおりです。
>
> AP26-0131  仁科 勇気     nishina.yuki@kohoku-tech.ac.jp     090-3361-8820
> AP26-0132  Tran Minh Duc  ducmt@hcm-poly.edu.vn             +84-90-771-2304
> AP26-0133  宇佐美 千尋   usami.chihiro@hokusei-u.ac.jp      080-9124-6675
> AP26-0134  曽我部 隆之   sogabe.t@mitsuba-mat.co.jp         070-5508-1139
> AP26-0135  Lee Ji-hoon    jhlee@daesan-tech.ac.kr            +82-10-7720-4418
> AP26-0136  瀧本 さやか   takimoto.sayaka@toto-u.ac.jp       090-6602-3957
>
> 登録完了メールは未送信の状態です。送信日時をご指定ください。
>
> ツバサシステム株式会社 サポート部
> 佐久間 淳
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "6名の名簿は相手からのメールの引用（>）部分のみ。新しい本文に個人データなし",
})

M({
    "id": "conference-003",
    "charset": "shift_jis",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["さくらホテル横浜 団体予約 <group-rsv@sakura-hotel.jp>"],
    "subject": "APMEC2026 招待講演者ルーミングリスト（第1版）",
    "body": """さくらホテル横浜
団体予約ご担当 野々村様

お世話になっております。日の出産業の岩渕です。
10月の APMEC 2026 でお部屋をお取りいただいている招待講演者分の
ルーミングリスト（第1版）をお送りします。Excel から貼り付けておりますので
タブ区切りになっております。

No.	氏名	ローマ字	IN	OUT	部屋	携帯電話	E-mail
1	宮路 恭平	MIYAJI Kyohei	10/13	10/16	S	090-2284-6610	miyaji.k@hokusei-u.ac.jp
2	Lena Hartmann	HARTMANN Lena	10/12	10/17	D(1名)	+49-151-2274-9038	l.hartmann@tu-rheinfeld.de
3	Somchai Rattanakorn	RATTANAKORN Somchai	10/13	10/16	S	+66-81-442-7013	somchai.r@kmutl.ac.th
4	蔀 多恵子	SHITOMI Taeko	10/14	10/16	S	080-5510-2973	shitomi.taeko@kohoku-tech.ac.jp
5	Kim Seo-yeon	KIM Seoyeon	10/13	10/16	TW(1名)	+82-10-3381-5520	sykim@hanbit-univ.ac.kr
6	Oliver Brennan	BRENNAN Oliver	10/12	10/16	S	+61-412-773-208	o.brennan@uwa-coast.edu.au
7	Zhang Meiling	ZHANG Meiling	10/13	10/17	S	+86-138-1177-2045	zhangml@szu-mat.edu.cn

・精算はすべて事務局への一括請求でお願いします（ルームチャージのみ。飲食等は個人精算）。
・到着が深夜になる方（2番・6番）はレイトチェックインの旨ご登録ください。

第2版は9月上旬にお送りする予定です。よろしくお願いいたします。
""" + SIG_IWABUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7名の宿泊者（氏名・携帯・メール）をタブ区切りで本文に、ホテルへ",
})

M({
    "id": "conference-004",
    "charset": "utf-8",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    "subject": "10/13 羽田空港→ホテル 送迎（招待者）乗車名簿",
    "body": """青葉運輸株式会社
貸切バス営業所　小田切様

いつも大変お世話になっております。
日の出産業の二階堂でございます。

10/13（火）のジャンボタクシー送迎につきまして、乗車予定者が確定しましたのでお知らせします。
当日遅延等がございましたら、ドライバーさんから直接ご本人の携帯にご連絡いただいて構いません。

■ 1便　羽田空港 第3ターミナル 到着ロビー 14:30集合
・Lena Hartmann 様（ドイツ）　携帯 +49-151-2274-9038　LH716 13:55着
・Oliver Brennan 様（オーストラリア）　携帯 +61-412-773-208　QF25 13:40着
・Kim Seo-yeon 様（韓国）　携帯 +82-10-3381-5520　KE719 12:50着

■ 2便　羽田空港 第1ターミナル 到着口 17:00集合
・宮路 恭平 様　携帯 090-2284-6610　JAL504 16:25着
・Zhang Meiling 様　携帯 +86-138-1177-2045　（国際線→国内線乗継ぎ、16:10着予定）
・Somchai Rattanakorn 様　携帯 +66-81-442-7013　NH8xx 16:45着

行き先はいずれも、さくらホテル横浜（横浜市中区）です。
ネームボードは当方でご用意し、前日までにお届けいたします。

何卒よろしくお願いいたします。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の乗車者の氏名と携帯番号を「・」箇条書きでバス会社へ",
})

M({
    "id": "conference-005",
    "charset": "iso-2022-jp",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["旅プラネット 法人営業 <corp-travel@tabi-planet.co.jp>"],
    "subject": "国内招待講演者 航空券手配のお願い（5名）",
    "body": """株式会社旅プラネット
法人営業部　梶谷様

お世話になっております。日の出産業の岩渕です。
先日お電話でご相談した国内招待講演者の航空券手配について、必要事項をまとめました。
航空会社の予約に必要とのことでしたので、生年月日も記載しております。

【1】有働 篤志（ウドウ アツシ）様
　生年月日：昭和46年8月19日
　携帯：090-6618-3027
　eチケット控え送付先：〒060-0812 北海道札幌市北区北十二条西7-1-3-402
　希望：10/13 新千歳→羽田 午前便、10/16 羽田→新千歳 夕方便

【2】甲斐 美奈代（カイ ミナヨ）様
　生年月日：1979年2月11日
　携帯：080-2270-6614
　送付先：〒812-0053 福岡県福岡市東区箱崎5-2-33
　希望：10/13 福岡→羽田 昼便、10/15 羽田→福岡 最終便

【3】鬼塚 亮（オニツカ リョウ）様
　生年月日：S58.4.2
　携帯：070-4418-9920
　送付先：〒920-1192 石川県金沢市角間町ヌ7 北陸先端大学 材料系事務室気付
　希望：10/14 小松→羽田 始発便、10/14 羽田→小松 最終便（日帰り）

【4】舟橋 倫子（フナハシ ノリコ）様
　生年月日：1968年12月30日
　携帯：090-1184-7735
　送付先：〒606-8267 京都府京都市左京区北白川久保田町18
　希望：新幹線希望のため航空券不要 → JR券（京都⇔新横浜 グリーン）でお願いします

【5】照屋 健吾（テルヤ ケンゴ）様
　生年月日：平成元年6月7日
　携帯：080-7791-0246
　送付先：〒903-0213 沖縄県中頭郡西原町千原1-88
　希望：10/13 那覇→羽田 午後便、10/16 羽田→那覇 午後便

お見積りと予約可否のご連絡をお待ちしております。
よろしくお願いいたします。
""" + SIG_IWABUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックで5名の生年月日・携帯・自宅住所を旅行会社へ",
})

M({
    "id": "conference-006",
    "charset": "utf-8",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 事務局 <office@zairyo-kogaku.or.jp>"],
    "subject": "会員割引の適用確認のお願い（6月受付分）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>一般社団法人 日本材料工学協会<br>事務局　会員係 御中</p>
<p>いつもお世話になっております。<br>
APMEC 2026 参加登録デスクの佐伯です。</p>
<p>6月に「共催学会会員」区分でお申込みいただいた方のうち、下記10名について
会員番号の照合ができませんでした。<br>
お手数ですが、貴会名簿と照合のうえ、会員資格の有無をご教示いただけますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde8f5"><th>登録番号</th><th>申告会員番号</th><th>氏名</th><th>所属</th><th>E-mail</th><th>電話</th></tr>
<tr><td>AP26-0212</td><td>M-104482</td><td>土居 崇史</td><td>三つ葉マテリアル</td><td>doi.takashi@mitsuba-mat.co.jp</td><td>080-3345-1207</td></tr>
<tr><td>AP26-0219</td><td>M-0993</td><td>長谷部 真琴</td><td>北星大学</td><td>hasebe.makoto@hokusei-u.ac.jp</td><td>090-5561-7780</td></tr>
<tr><td>AP26-0224</td><td>M-118230</td><td>栗林 寛</td><td>(個人会員)</td><td>kuribayashi.h@outlook.jp</td><td>070-1193-4482</td></tr>
<tr><td>AP26-0230</td><td>S-20931</td><td>相良 七海</td><td>東都大学 修士2年</td><td>sagara.nanami@toto-u.ac.jp</td><td>080-6620-3318</td></tr>
<tr><td>AP26-0233</td><td>M-110027</td><td>伊集院 徹</td><td>港北工業大学</td><td>ijuin.toru@kohoku-tech.ac.jp</td><td>090-2937-5164</td></tr>
<tr><td>AP26-0241</td><td>M-107715</td><td>檜山 恵理</td><td>川崎電機 材料研究所</td><td>hiyama.eri@kawasaki-denki.co.jp</td><td>080-4402-8816</td></tr>
<tr><td>AP26-0247</td><td>S-21004</td><td>小野寺 颯太</td><td>北星大学 学部4年</td><td>onodera.sota@hokusei-u.ac.jp</td><td>070-8835-2290</td></tr>
<tr><td>AP26-0252</td><td>M-099561</td><td>西園寺 薫</td><td>(個人会員)</td><td>kaoru.saionji@gmail.com</td><td>090-7113-6048</td></tr>
<tr><td>AP26-0258</td><td>M-115302</td><td>上杉 亜希子</td><td>東都大学</td><td>uesugi.akiko@toto-u.ac.jp</td><td>080-2259-7731</td></tr>
<tr><td>AP26-0263</td><td>M-108846</td><td>須藤 俊介</td><td>三つ葉マテリアル</td><td>sudo.shunsuke@mitsuba-mat.co.jp</td><td>090-4486-1923</td></tr>
</table>
<p>6月30日（火）までにご回答いただけますと幸いです。<br>
会員でない方には、差額のご請求をご案内する予定です。</p>
<p>よろしくお願いいたします。</p>
<p style="color:#555">-------------------------------------------<br>
佐伯 ゆかり（さえき）<br>日の出産業株式会社 イベント事業部<br>APMEC 2026 参加登録デスク<br>
TEL 045-663-2185 / registration-apmec@hinode-sangyo.co.jp</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTMLのみのメール、10名の表（氏名・メール・電話・会員番号）を共催学会へ",
})

M({
    "id": "conference-007",
    "charset": "shift_jis",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "ネームカード印字データ（第1回分）送付",
    "body": """錦印刷株式会社
制作部　桑原様

お世話になっております。日の出産業の佐伯です。
ネームカードの印字データ（第1回分・12名）をCSVでお送りします。

印字するのは「氏名」「フリガナ」「所属」「区分」の4項目のみです。
システムから書き出したままのため、メール・電話の列も残っておりますが
こちらは印字不要ですので無視してください。

区分ごとの帯色は、先日の校正どおり
一般＝紺／学生＝緑／招待＝赤 でお願いいたします。

以上、よろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "csv", "name": "namecard_01.csv", "encoding": "cp932",
        "rows": [
            ["登録番号", "氏名", "フリガナ", "所属", "区分", "E-mail", "電話番号"],
            ["AP26-0101", "桐生 正臣", "キリュウ マサオミ", "東都大学", "一般", "kiryu.m@toto-u.ac.jp", "090-4417-2286"],
            ["AP26-0103", "宍戸 菜々子", "シシド ナナコ", "港北工業大学", "一般", "shishido.nanako@kohoku-tech.ac.jp", "080-6632-1904"],
            ["AP26-0105", "御手洗 航", "ミタライ ワタル", "三つ葉マテリアル", "一般", "mitarai.wataru@mitsuba-mat.co.jp", "070-2281-9043"],
            ["AP26-0106", "百瀬 理沙", "モモセ リサ", "北星大学", "一般", "momose.risa@hokusei-u.ac.jp", "090-7735-0618"],
            ["AP26-0108", "鴨志田 悠", "カモシダ ユウ", "東都大学", "学生", "kamoshida.yu@toto-u.ac.jp", "080-3019-5572"],
            ["AP26-0114", "芦田 恵", "アシダ メグミ", "川崎電機", "一般", "ashida.megumi@kawasaki-denki.co.jp", "080-1120-5583"],
            ["AP26-0117", "東海林 大地", "ショウジ ダイチ", "北星大学", "学生", "shoji.daichi@hokusei-u.ac.jp", "070-6641-2208"],
            ["AP26-0121", "勅使河原 遥", "テシガワラ ハルカ", "港北工業大学", "学生", "teshigawara.h@kohoku-tech.ac.jp", "090-8807-3341"],
            ["AP26-0125", "宮路 恭平", "ミヤジ キョウヘイ", "北星大学", "招待", "miyaji.k@hokusei-u.ac.jp", "090-2284-6610"],
            ["AP26-0126", "蔀 多恵子", "シトミ タエコ", "港北工業大学", "招待", "shitomi.taeko@kohoku-tech.ac.jp", "080-5510-2973"],
            ["AP26-0128", "五十嵐 翔", "イガラシ ショウ", "(株)三つ葉マテリアル", "一般", "igarashi.sho@mitsuba-mat.co.jp", "090-3328-7716"],
            ["AP26-0130", "神宮寺 灯", "ジングウジ アカリ", "東都大学", "学生", "jinguji.akari@toto-u.ac.jp", "080-9935-0471"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CP932のCSVで12名分（氏名・メール・電話）を印刷会社へ。印字しない列も付いたまま",
})

M({
    "id": "conference-008",
    "charset": "utf-8",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    "subject": "【APMEC2026】バンケット 特別食対応者リスト",
    "body": """北国フーズ株式会社
ケータリング事業部　千葉様

お世話になっております。日の出産業の二階堂です。
10/15（木）のバンケットにつきまして、特別食のご希望があった方の一覧を添付いたします。

お席には名前入りのカードを置いて配膳いただく想定ですので、
氏名とメールアドレス（当日の照合用）も入れてあります。
アレルギーの方は重篤なケースもあるため、調理ラインの分離をお願いできれば幸いです。

ご不明点があればお知らせください。
""" + SIG_NIKAIDO,
    "attachments": [{
        "kind": "csv", "name": "banquet_special_meals.csv", "encoding": "utf-8-sig",
        "rows": [
            ["No", "Name", "Country", "Email", "Requirement", "Note"],
            ["1", "Ahmad Faisal", "Malaysia", "faisal.ahmad@uts-my.edu.my", "Halal", "ムスリムのため豚・アルコール調味料不可"],
            ["2", "Priya Raghunathan", "India", "priya.r@iitk-ov.ac.in", "Vegetarian (lacto)", "ヒンドゥー教徒、卵も不可"],
            ["3", "桐生 正臣", "Japan", "kiryu.m@toto-u.ac.jp", "えび・かにアレルギー", "アナフィラキシーの既往あり、エピペン携帯"],
            ["4", "Siti Nurhaliza Rahman", "Indonesia", "siti.nr@itb-bandung.ac.id", "Halal", ""],
            ["5", "Rahul Menon", "India", "rahul.menon@iisc-mys.ac.in", "No beef", "Hindu"],
            ["6", "百瀬 理沙", "Japan", "momose.risa@hokusei-u.ac.jp", "小麦除去", "セリアック病のため"],
            ["7", "David Cohen", "Israel", "dcohen@technion-haifa.ac.il", "Kosher style", "ユダヤ教、豚・甲殻類不可"],
            ["8", "Nguyen Thi Lan", "Vietnam", "lan.nt@hcm-poly.edu.vn", "Vegan", ""],
            ["9", "Lena Hartmann", "Germany", "l.hartmann@tu-rheinfeld.de", "Lactose-free", "乳糖不耐症"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "9名の特別食リスト（宗教・既往症を含む）をUTF-8 CSVでケータリング業者へ",
})

M({
    "id": "conference-009",
    "charset": "iso-2022-jp",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.jp>"],
    "cc": ["森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>"],
    "subject": "APMEC 宿泊者リスト（一般参加者・事務局手配分）",
    "body": """さくらホテル横浜　野々村様

いつもお世話になっております。日の出産業の岩渕です。
事務局手配の一般参加者分の宿泊者リストを添付いたします。
泊日ごとにシートを分けております。「集計」シートの室数が
ブロック数（60室）を超えていないかご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_IWABUCHI,
    "attachments": [{
        "kind": "xlsx", "name": "APMEC2026_宿泊者リスト_v3.xlsx",
        "title": "APMEC2026 宿泊者リスト",
        "sheets": {
            "10月13日泊": [
                ["APMEC 2026　宿泊者リスト（事務局手配分）　10月13日(火)泊", None, None, None, None, None],
                ["作成：日の出産業 イベント事業部　2026/08/21 更新", None, None, None, None, None],
                ["No.", "氏名", "国籍", "携帯電話", "E-mail", "到着予定"],
                [1, "Tran Minh Duc", "ベトナム", "+84-90-771-2304", "ducmt@hcm-poly.edu.vn", "21:30"],
                [2, "Lee Ji-hoon", "韓国", "+82-10-7720-4418", "jhlee@daesan-tech.ac.kr", "18:00"],
                [3, "有働 篤志", "日本", "090-6618-3027", "udo.atsushi@hokkai-mat.ac.jp", "15:00"],
                [4, "Siti Nurhaliza Rahman", "インドネシア", "+62-812-3390-4471", "siti.nr@itb-bandung.ac.id", "23:00"],
                [5, "照屋 健吾", "日本", "080-7791-0246", "teruya.kengo@ryukyu-tech.ac.jp", "19:30"],
                [6, "Rahul Menon", "インド", "+91-99021-33874", "rahul.menon@iisc-mys.ac.in", "22:15"],
            ],
            "10月14日泊": [
                ["APMEC 2026　宿泊者リスト（事務局手配分）　10月14日(水)泊", None, None, None, None, None],
                [None, None, None, None, None, None],
                ["No.", "氏名", "国籍", "携帯電話", "E-mail", "備考"],
                [1, "Tran Minh Duc", "ベトナム", "+84-90-771-2304", "ducmt@hcm-poly.edu.vn", "連泊"],
                [2, "Lee Ji-hoon", "韓国", "+82-10-7720-4418", "jhlee@daesan-tech.ac.kr", "連泊"],
                [3, "有働 篤志", "日本", "090-6618-3027", "udo.atsushi@hokkai-mat.ac.jp", "連泊"],
                [4, "鬼塚 亮", "日本", "070-4418-9920", "onizuka.ryo@hokuriku-ait.ac.jp", "1泊のみ"],
                [5, "Siti Nurhaliza Rahman", "インドネシア", "+62-812-3390-4471", "siti.nr@itb-bandung.ac.id", "連泊"],
                [6, "照屋 健吾", "日本", "080-7791-0246", "teruya.kengo@ryukyu-tech.ac.jp", "連泊"],
                [7, "Rahul Menon", "インド", "+91-99021-33874", "rahul.menon@iisc-mys.ac.in", "連泊・禁煙室"],
            ],
            "集計": [
                ["泊日", "室数", "ブロック", "残"],
                ["10/13", 6, 60, 54],
                ["10/14", 7, 60, 53],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX（複数シート・タイトル行あり）で6〜7名の氏名・携帯・メールをホテルへ",
})

M({
    "id": "conference-010",
    "charset": "shift_jis",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["錦印刷 仙台営業所 <sendai@nishiki-insatsu.co.jp>"],
    "subject": "JSDI2026 抄録集 郵送先データ（紙面希望の会員分）",
    "body": """錦印刷株式会社 仙台営業所
荻野様

いつもお世話になっております。
日本防災情報学会 年次大会事務局（日の出産業）の久保田です。

抄録集の冊子郵送を希望された会員の送付先データをお送りします。
学会の旧会員管理システムから出力したため、古い Excel 形式（.xls）です。
宛名ラベルの作成と、ゆうメールでの発送をお願いいたします。

件数：8件（自宅宛てが多いので、宛名の「様」付けをお忘れなく）
発送予定：10月26日（月）

よろしくお願いいたします。
""" + SIG_KUBOTA,
    "attachments": [{
        "kind": "xls", "name": "kaiin_yuso_2026.xls",
        "sheets": {
            "yuso": [
                ["会員番号", "氏名", "郵便番号", "住所", "電話"],
                ["B-00412", "菅原 忠雄", "981-0913", "宮城県仙台市青葉区昭和町4-17-2", "022-273-5518"],
                ["B-00588", "阿部 キヨ子", "990-0031", "山形県山形市十日町2-8-14", "023-622-9087"],
                ["B-01044", "及川 秀明", "020-0015", "岩手県盛岡市本町通3-5-21 コーポ本町201", "090-2219-4483"],
                ["B-01239", "佐々木 礼二", "960-8031", "福島県福島市栄町11-9", "024-521-7736"],
                ["B-01502", "遠藤 由美", "980-0871", "宮城県仙台市青葉区八幡6-2-30", "080-5567-1902"],
                ["B-01877", "畠山 勲", "010-0921", "秋田県秋田市大町5-3-12", "018-862-4471"],
                ["B-02016", "今野 早苗", "986-0032", "宮城県石巻市開成1-22", "0225-94-3385"],
                ["B-02231", "工藤 正", "030-0801", "青森県青森市新町2-6-4 新町ハイツ303", "070-3318-6627"],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "旧形式XLSで会員8名の自宅住所・電話を印刷会社へ",
})

M({
    "id": "conference-011",
    "charset": "utf-8",
    "sender": "田中 エミリー <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["リンゴブリッジ 通訳コーディネート <coordinate@lingo-bridge.co.jp>"],
    "subject": "同時通訳ご担当者様向け 座長・演者連絡先一覧",
    "body": """株式会社リンゴブリッジ
通訳コーディネート部　真鍋様

お世話になっております。日の出産業の田中です。

先日の打合せでご依頼のあった、日英同時通訳が入る3セッションの
座長・演者の一覧をWordでお送りします。
事前に原稿やスライドの確認が必要な場合は、記載の連絡先へ直接ご連絡いただいて差し支えありません
（ご本人には了承をいただいております）。

どうぞよろしくお願いいたします。

田中 エミリー
日の出産業株式会社 イベント事業部 国際担当
TEL 045-663-2187
""",
    "attachments": [{
        "kind": "docx", "name": "通訳対象セッション_座長演者一覧.docx",
        "title": "通訳対象セッション 座長・演者一覧",
        "paragraphs": ["APMEC 2026　同時通訳対象セッション　座長・演者一覧",
                       "2026年9月1日 事務局作成", ""],
        "tables": [[
            ["セッション", "役割", "氏名", "所属", "携帯", "E-mail"],
            ["Plenary 1（10/14 9:30）", "座長", "鶴見 晴彦", "東都大学", "090-1123-4490", "tsurumi.haruhiko@toto-u.ac.jp"],
            ["Plenary 1（10/14 9:30）", "演者", "Lena Hartmann", "TU Rheinfeld", "+49-151-2274-9038", "l.hartmann@tu-rheinfeld.de"],
            ["Special Session A（10/14 13:00）", "座長", "蔀 多恵子", "港北工業大学", "080-5510-2973", "shitomi.taeko@kohoku-tech.ac.jp"],
            ["Special Session A（10/14 13:00）", "演者", "宮路 恭平", "北星大学", "090-2284-6610", "miyaji.k@hokusei-u.ac.jp"],
            ["Special Session A（10/14 13:00）", "演者", "Oliver Brennan", "UWA Coast", "+61-412-773-208", "o.brennan@uwa-coast.edu.au"],
            ["市民公開講座（10/16 14:00）", "講師", "舟橋 倫子", "洛北大学", "090-1184-7735", "funahashi.noriko@rakuhoku-u.ac.jp"],
        ]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCXの表で6名の携帯・メールを通訳会社へ",
})

M({
    "id": "conference-012",
    "charset": "utf-8",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["横浜みなと国際会議場 警備・施設管理 <security@minato-convention.jp>"],
    "subject": "10/14 開会式 VIPエリア入場者リストの件",
    "body": """横浜みなと国際会議場
施設管理課　警備ご担当　御中

お世話になっております。日の出産業の大河内です。

10/14（水）開会式のVIPエリア（メインホール前方ブロック）入場者リストを
PDFにてお送りします。当日は受付でIDカードと照合いたしますが、
警備員の方にも事前にお持ちいただければと存じます。

変更があれば前日17時までに再送いたします。
""" + SIG_OKOCHI + DISCLAIMER_JA,
    "attachments": [{
        "kind": "pdf", "name": "VIP_area_access_list.pdf",
        "title": "VIP area access list",
        "lines": ["APMEC 2026 Opening Ceremony — VIP Area Access List (14 Oct 2026)",
                  "Prepared by the Secretariat, Hinode Sangyo Co., Ltd.", ""],
        "table": [
            ["#", "Name", "Affiliation", "Country", "Mobile", "Email"],
            ["1", "TSURUMI Haruhiko", "Toto University", "JP", "090-1123-4490", "tsurumi.haruhiko@toto-u.ac.jp"],
            ["2", "Lena HARTMANN", "TU Rheinfeld", "DE", "+49-151-2274-9038", "l.hartmann@tu-rheinfeld.de"],
            ["3", "Oliver BRENNAN", "UWA Coast", "AU", "+61-412-773-208", "o.brennan@uwa-coast.edu.au"],
            ["4", "KIM Seoyeon", "Hanbit University", "KR", "+82-10-3381-5520", "sykim@hanbit-univ.ac.kr"],
            ["5", "ZHANG Meiling", "Shenzhou Univ.", "CN", "+86-138-1177-2045", "zhangml@szu-mat.edu.cn"],
            ["6", "MIYAJI Kyohei", "Hokusei Univ.", "JP", "090-2284-6610", "miyaji.k@hokusei-u.ac.jp"],
            ["7", "SHITOMI Taeko", "Kohoku Inst. Tech.", "JP", "080-5510-2973", "shitomi.taeko@kohoku-tech.ac.jp"],
            ["8", "Somchai RATTANAKORN", "KMUT Lad", "TH", "+66-81-442-7013", "somchai.r@kmutl.ac.th"],
            ["9", "Ahmad FAISAL", "UTS Malaysia", "MY", "+60-12-338-4920", "faisal.ahmad@uts-my.edu.my"],
            ["10", "Priya RAGHUNATHAN", "IIT Kovalam", "IN", "+91-98450-22817", "priya.r@iitk-ov.ac.in"],
            ["11", "David COHEN", "Technion Haifa", "IL", "+972-54-661-2093", "dcohen@technion-haifa.ac.il"],
            ["12", "FUNAHASHI Noriko", "Rakuhoku Univ.", "JP", "090-1184-7735", "funahashi.noriko@rakuhoku-u.ac.jp"],
            ["13", "UDO Atsushi", "Hokkai Inst. Mat.", "JP", "090-6618-3027", "udo.atsushi@hokkai-mat.ac.jp"],
            ["14", "Siti Nurhaliza RAHMAN", "ITB Bandung", "ID", "+62-812-3390-4471", "siti.nr@itb-bandung.ac.id"],
            ["15", "KAI Minayo", "Hakata Inst. Tech.", "JP", "080-2270-6614", "kai.minayo@hakata-it.ac.jp"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDFの表で15名の携帯・メールを会場の警備へ（末尾の免責文は定型）",
})

M({
    "id": "conference-013",
    "charset": "iso-2022-jp",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["長尾 広之 <nagao.hiroyuki@minato-convention.jp>"],
    "subject": "開会式 来賓受付オペレーション資料",
    "body": """横浜みなと国際会議場　長尾様

お世話になっております。日の出産業の大河内です。
明日の運営会議で使う来賓受付のオペレーション資料（PowerPoint）を先にお送りします。
4枚目に来賓の到着予定と連絡先をまとめていますので、
車寄せ誘導の警備員さんへの共有をお願いできますでしょうか。

よろしくお願いします。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "pptx", "name": "来賓受付オペレーション_1014.pptx",
        "title": "来賓受付オペレーション",
        "slides": [
            ["来賓受付オペレーション", "APMEC 2026 開会式（10月14日）", "日の出産業株式会社 イベント事業部"],
            ["動線", "車寄せ → 2F 来賓控室（会議室201）→ メインホール前方席",
             "受付：2F ロビー特設カウンター（8:15 開設）"],
            ["タイムライン", "8:30 来賓到着開始", "9:10 控室から誘導", "9:30 開会"],
            ["来賓 到着予定・連絡先",
             "鶴見 晴彦 様（日本材料工学協会 会長） 8:40 車寄せ　携帯 090-1123-4490",
             "蓮見 早紀 様（横浜市 経済局長） 8:50 車寄せ　携帯 080-6627-3105",
             "Prof. Lena Hartmann（基調講演） 8:45 徒歩（ホテルから）　+49-151-2274-9038",
             "真壁 公一 様（港北工業大学 学長） 8:55 車寄せ　携帯 090-4458-2271",
             "大庭 知佳 様（川崎電機 常務執行役員） 9:00 車寄せ　携帯 070-2216-8843",
             "随行：真壁学長 秘書 奥寺 彩 様　携帯 080-3307-1184"],
            ["緊急時", "事務局本部：2F 会議室203（内線 2203）", "救護室：1F 救護室"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTXのスライドに来賓・随行6名の氏名と携帯番号、会場へ",
})

M({
    "id": "conference-014",
    "charset": "utf-8",
    "sender": "能登 健 <noto.ken@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 技術サポート <tech-support@tsubasa-system.jp>"],
    "cc": ["佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>"],
    "subject": "【不具合調査依頼】参加登録CSVエクスポートで文字化け・重複（APMEC2026）",
    "body": """ツバサシステム株式会社
技術サポート ご担当者様

日の出産業 情報システム部の能登です。
イベント事業部で利用している参加登録システム（APMEC2026 テナント）について調査をお願いします。

【事象】
管理画面の「登録者一覧 → CSVエクスポート」で出力したファイルで
 1. 一部の氏名（旧字体・中国語簡体字）が「?」に化ける
 2. 同じ登録番号の行が2行ずつ出力されるケースがある
【発生日時】2026/06/10 14:20 頃
【再現手順】フィルタ「支払状況＝未払」で絞り込んでからエクスポート

実際に出力されたファイルと、重複行だけを抜き出したExcelをzipでお送りします。
解析が終わりましたら破棄をお願いいたします。
""" + SIG_NOTO,
    "attachments": [{
        "kind": "zip", "name": "export_issue_20260610.zip",
        "files": [
            {"kind": "csv", "name": "registrants_export_20260610.csv", "encoding": "utf-8",
             "rows": [
                 ["reg_no", "name", "email", "phone", "country", "payment"],
                 ["AP26-0204", "髙橋 誠一", "takahashi.s@hokusei-u.ac.jp", "090-6120-4437", "JP", "unpaid"],
                 ["AP26-0204", "髙橋 誠一", "takahashi.s@hokusei-u.ac.jp", "090-6120-4437", "JP", "unpaid"],
                 ["AP26-0209", "Liu Xiaoming", "liuxm@tjmu-mat.edu.cn", "+86-135-2201-8894", "CN", "unpaid"],
                 ["AP26-0215", "吉﨑 杏奈", "yoshizaki.anna@toto-u.ac.jp", "080-1173-5920", "JP", "unpaid"],
                 ["AP26-0218", "Pham Quoc Bao", "baopq@hanoi-ust.edu.vn", "+84-91-330-7721", "VN", "unpaid"],
                 ["AP26-0222", "Maria Santos", "msantos@up-diliman-mat.edu.ph", "+63-917-448-2031", "PH", "unpaid"],
                 ["AP26-0222", "Maria Santos", "msantos@up-diliman-mat.edu.ph", "+63-917-448-2031", "PH", "unpaid"],
                 ["AP26-0227", "濱田 航平", "hamada.kohei@mitsuba-mat.co.jp", "070-4401-6638", "JP", "unpaid"],
                 ["AP26-0236", "Chen Yuting", "ytchen@ntust-mse.edu.tw", "+886-912-334-085", "TW", "unpaid"],
             ]},
            {"kind": "xlsx", "name": "duplicated_rows.xlsx",
             "sheets": {"重複行": [
                 ["登録番号", "氏名", "メール", "電話", "出現回数"],
                 ["AP26-0204", "髙橋 誠一", "takahashi.s@hokusei-u.ac.jp", "090-6120-4437", 2],
                 ["AP26-0222", "Maria Santos", "msantos@up-diliman-mat.edu.ph", "+63-917-448-2031", 2],
             ]}},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "パスワードなしZIPの中のCSV（7名分）とXLSX、不具合調査として外部ベンダーへ",
})

M({
    "id": "conference-015",
    "charset": "iso-2022-jp",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.jp>"],
    "subject": "FW: 理事の宿泊希望について",
    "body": """野々村様

お世話になっております。岩渕です。
共催の日本材料工学協会から、理事の先生方の宿泊希望が届きましたので転送いたします。
添付のメールに6名分の希望がありますので、スイートフロアでの仮押さえをお願いできますでしょうか。
請求先は協会（事務局経由）になります。

取り急ぎ転送まで。
""" + SIG_IWABUCHI,
    "attachments": [{
        "kind": "eml", "name": "理事の宿泊希望について.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "日本材料工学協会 事務局 栗田 <kurita@zairyo-kogaku.or.jp>",
            "to": ["岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>"],
            "subject": "理事の宿泊希望について",
            "body": """日の出産業 岩渕様

いつもお世話になっております。協会事務局の栗田です。
APMEC期間中の理事の宿泊希望をとりまとめました。ご手配をお願いいたします。

氏名　　　　　泊日　　　　　携帯　　　　　　　E-mail
鶴見 晴彦　　10/13-10/16　 090-1123-4490　　tsurumi.haruhiko@toto-u.ac.jp
八木沢 昌平　10/13-10/15　 080-2236-7741　　yagisawa.s@rakuhoku-u.ac.jp
能勢 芳江　　10/14-10/16　 090-6680-1357　　nose.yoshie@hokusei-u.ac.jp
千頭 浩一郎　10/13-10/16　 070-3320-5564　　chikami.k@mitsuba-mat.co.jp
黛 美佐　　　10/14-10/15　 080-9913-2278　　mayuzumi.misa@kohoku-tech.ac.jp
南雲 剛　　　10/13-10/15　 090-3372-4409　　nagumo.tsuyoshi@hakata-it.ac.jp

禁煙・高層階希望が多いです。どうぞよろしくお願いいたします。

一般社団法人 日本材料工学協会 事務局
栗田 典子
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "添付の転送メール（eml）に理事6名の携帯・メール。転送は新しい本文として数える",
})

M({
    "id": "conference-016",
    "charset": "shift_jis",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["旅プラネット 仙台支店 <sendai@tabi-planet.co.jp>"],
    "subject": "転送：特別講演者の交通手配について（学会より）",
    "body": """旅プラネット仙台支店
浅利様

お世話になっております。日の出産業の久保田です。
学会事務局から特別講演者の交通手配の依頼が来ましたので、そのまま転送いたします。
JR券・航空券の発送先は下記の住所でお願いします。

-------- 転送メッセージ --------
差出人：日本防災情報学会 事務局 <office@bousai-joho.or.jp>
日付：2026年9月2日 10:18
宛先：久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>
件名：特別講演者の交通手配について

久保田様

大会の特別講演・パネルの先生方5名の交通手配をお願いします。
切符類はご自宅に送ってほしいとのことです。

1. 桜庭 研司　〒165-0026 東京都中野区新井2-18-5　TEL 03-3389-7215
2. 湊 しのぶ　〒650-0012 兵庫県神戸市中央区北長狭通6-4-9-703　TEL 090-8826-1147
3. 真田 克己　〒380-0836 長野県長野市南県町1082-3　TEL 026-234-6619
4. 日向 詩織　〒730-0051 広島県広島市中区大手町3-12-1　TEL 080-4152-9930
5. 小暮 仁　　〒370-0849 群馬県高崎市八島町58　TEL 027-322-4086

いずれも11/19（木）仙台着、11/20（金）帰着です。
よろしくお願いいたします。

日本防災情報学会 事務局
--------------------------------
""" + SIG_KUBOTA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "学会からのメールを本文転送、5名の自宅住所・電話が旅行会社へ",
})

M({
    "id": "conference-017",
    "charset": "shift_jis",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["スタッフハート 派遣事業部 <haken@staff-heart.co.jp>"],
    "subject": "学生スタッフ（直接募集分）の登録情報について",
    "body": """株式会社スタッフハート
派遣事業部　森川様

お世話になっております。日の出産業の二階堂です。
APMEC 期間中の学生スタッフのうち、弊社で直接募集した6名について、
御社経由の短期雇用に切り替えていただく件、登録に必要な情報をお送りします。

氏名　　　　　　　ふりがな　　　　　　　生年月日　　　　　　　携帯
－－－－－－－－　－－－－－－－－－－　－－－－－－－－－－　－－－－－－－－－－－
新垣　結菜　　　　あらかき　ゆいな　　　平成１６年５月２１日　０９０－３３８１－７７２０
城之内　蓮　　　　じょうのうち　れん　　Ｈ１５．１１．３　　　０８０－６６１２－０９４８
佐久間　萌　　　　さくま　もえ　　　　　平成１７年１月９日　　０７０－２２０４－５５８１
ロドリゲス　海斗　ろどりげす　かいと　　平成１５年８月２９日　０９０－９１７３－３３６２
米倉　千晴　　　　よねくら　ちはる　　　Ｈ１６．２．１４　　　０８０－４０２８－６１１９
大城　拓海　　　　おおしろ　たくみ　　　平成１４年１２月１日　０９０－２６５９－８８０４

勤務日は全員 10/13〜10/16 の4日間です。
雇用契約書の送付方法についてご指示ください。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "全角スペース揃え・全角数字・和暦の生年月日で学生6名を派遣会社へ",
})

M({
    "id": "conference-018",
    "charset": "utf-8",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    "subject": "決済エラー多発の件（加盟店ID: HND-EV-2231）",
    "body": """株式会社ペイネクスト
加盟店サポート ご担当者様

日の出産業株式会社 イベント事業部の佐伯です。
当社が運営する国際会議の参加費オンライン決済で、6月14日以降エラーが多発しております。
該当の申込者は下記のとおりです（申込者本人には別途再決済をご案内済みです）。

受付ID,メールアドレス,電話番号,国,エラーコード,発生日時
R-884120,juan.dlc@unam-mat.mx,+52-55-4128-7730,MX,E3102,2026-06-14 09:12
R-884133,anna.kowalska@pw-materials.pl,+48-601-227-914,PL,E3102,2026-06-14 11:40
R-884151,h.okafor@unilag-eng.edu.ng,+234-803-441-2290,NG,E2007,2026-06-15 02:03
R-884167,kurosawa.mei@gmail.com,090-5527-3318,JP,E3102,2026-06-15 18:26
R-884172,s.iyer@nitk-mat.ac.in,+91-94480-11235,IN,E3102,2026-06-16 07:55
R-884190,farah.a@kfupm-mse.edu.sa,+966-55-310-4476,SA,E2007,2026-06-16 21:31

E3102 は3Dセキュア認証後のタイムアウト、E2007 はカード会社の拒否と理解していますが、
E3102 がこれほど短期間に集中するのは初めてです。原因のご確認をお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "氏名列のない6名分（メール・電話）のカンマ区切り一覧を決済代行へ",
})

M({
    "id": "conference-019",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["AFSS Membership Office <membership@afss-asia.org>"],
    "subject": "APMEC 2026 - verification of AFSS member registrations",
    "body": """Dear AFSS Membership Office,

I hope this message finds you well. As co-organiser of APMEC 2026, AFSS members are
entitled to the member registration rate. The following delegates registered at the
AFSS member rate, but we could not match their membership numbers with the list you
sent us in May. Could you kindly check whether they are members in good standing?

Name, Institution, Email, Phone, Membership No. (as declared)
Nguyen Thi Lan, HCM Polytechnic, lan.nt@hcm-poly.edu.vn, +84-90-118-6623, AF-20417
Rahul Menon, IISc Mysuru, rahul.menon@iisc-mys.ac.in, +91-99021-33874, AF-19852
Siti Nurhaliza Rahman, ITB Bandung, siti.nr@itb-bandung.ac.id, +62-812-3390-4471, AF-21003
Chen Yuting, NTUST, ytchen@ntust-mse.edu.tw, +886-912-334-085, AF-18876
Maria Santos, UP Diliman, msantos@up-diliman-mat.edu.ph, +63-917-448-2031, AF-20990
Pham Quoc Bao, Hanoi UST, baopq@hanoi-ust.edu.vn, +84-91-330-7721, AF-2115
Wong Kar Hei, HKPU, kh.wong@hkpu-ap.edu.hk, +852-9331-2076, AF-17741

We would appreciate your reply by 30 June so that we can issue invoices for the
difference where necessary.
""" + SIG_TANAKA_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "英語メール、7名の氏名・メール・電話をカンマ区切りで海外の共催団体へ",
})

M({
    "id": "conference-020",
    "charset": "utf-8",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
           "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>"],
    "subject": "登録者一覧（6/30締め）を共有します",
    "body": """大河内さん、森下さん

お疲れさまです。佐伯です。
早期登録締切（6/30）時点の登録者一覧を共有します。
明日の定例で、未払い者への督促方針をご相談させてください。

・登録者総数 412名（うち未払い 37名）
・国別の内訳は「集計」シートにあります

佐伯
""",
    "attachments": [{
        "kind": "xlsx", "name": "registrants_20260630.xlsx",
        "sheets": {
            "登録者": [
                ["登録番号", "氏名", "所属", "E-mail", "電話", "区分", "支払"],
                ["AP26-0101", "桐生 正臣", "東都大学", "kiryu.m@toto-u.ac.jp", "090-4417-2286", "一般", "済"],
                ["AP26-0102", "Ahmad Faisal", "UTS Malaysia", "faisal.ahmad@uts-my.edu.my", "+60-12-338-4920", "一般", "済"],
                ["AP26-0103", "宍戸 菜々子", "港北工業大学", "shishido.nanako@kohoku-tech.ac.jp", "080-6632-1904", "一般", "済"],
                ["AP26-0204", "髙橋 誠一", "北星大学", "takahashi.s@hokusei-u.ac.jp", "090-6120-4437", "一般", "未"],
                ["AP26-0209", "Liu Xiaoming", "TJMU", "liuxm@tjmu-mat.edu.cn", "+86-135-2201-8894", "一般", "未"],
                ["AP26-0215", "吉﨑 杏奈", "東都大学", "yoshizaki.anna@toto-u.ac.jp", "080-1173-5920", "学生", "未"],
            ],
            "集計": [["国", "人数"], ["JP", 238], ["CN", 41], ["KR", 29], ["その他", 104]],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "登録者一覧だが宛先はすべて社内（hinode-sangyo.co.jp）",
})


# ===== 021–040：旅券・カード・個人番号などの識別子、要配慮情報 ==============================

M({
    "id": "conference-021",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Nguyen Van Hieu <hieu.nguyenvan88@gmail.com>"],
    "subject": "APMEC 2026 - Letter of Invitation for your visa application",
    "body": """Dear Mr. Nguyen,

Thank you for registering for APMEC 2026. Please find attached the letter of invitation
for your visa application, issued on behalf of the Organising Committee.

Please check that your name, date of birth and passport number are exactly as shown in
your passport. If anything is wrong, let us know and we will reissue the letter within
two working days. The original signed letter will be sent by EMS to your institution.

Please note that the Secretariat cannot contact the Embassy on your behalf, and that the
registration fee is not refundable if the visa is refused after 31 August.
""" + SIG_TANAKA_EN + DISCLAIMER_EN,
    "attachments": [{
        "kind": "pdf", "name": "Invitation_Letter_NGUYEN_Van_Hieu.pdf",
        "title": "Letter of Invitation",
        "lines": [
            "APMEC 2026 Organising Committee",
            "c/o Hinode Sangyo Co., Ltd., 2-14 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan",
            "",
            "To: Embassy of Japan in Viet Nam, Visa Section",
            "Date: 20 July 2026",
            "",
            "LETTER OF INVITATION",
            "",
            "Full name: NGUYEN VAN HIEU",
            "Date of birth: 14 March 1991",
            "Nationality: Viet Nam",
            "Passport No.: C7719204 (expiry: 05 November 2032)",
            "Affiliation: Institute of Applied Materials, Da Nang University of Technology",
            "",
            "We are pleased to invite the above person to attend the 12th Asia-Pacific Conference",
            "on Materials Engineering (APMEC 2026), to be held at Minato International Convention",
            "Center, Yokohama, from 14 to 16 October 2026, where he will present a poster (P2-117).",
            "Intended stay in Japan: 12 October - 18 October 2026.",
            "All expenses will be borne by the invitee.",
            "",
            "Prof. Haruhiko Tsurumi, Chair, APMEC 2026 Organising Committee",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "ビザ招へい状PDFに旅券番号・生年月日、本人のGmailへ（旅券番号は誰のものでも停止）",
})

M({
    "id": "conference-022",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Global Desk, Tabi Planet <global-desk@tabi-planet.co.jp>"],
    "subject": "Visa support - guarantor documents for 6 invited delegates",
    "body": """Dear Mr. Ishiguro,

As discussed on the phone, Tabi Planet will prepare the guarantor documents
(身元保証書 / 招へい理由書) for the invited delegates who need a visa.
The attached sheet has the data exactly as it appears in their passports.

Please send the drafts to me for checking before they go to the Organising Committee
for signature. The deadline at most embassies is around 4 September.

Many thanks,
Emily
""" + SIG_TANAKA_EN,
    "attachments": [{
        "kind": "xlsx", "name": "visa_applicants_invited.xlsx",
        "title": "Visa applicants (invited)",
        "sheets": {
            "applicants": [
                ["APMEC 2026 — Invited delegates requiring a visa (as of 2026-07-28)"],
                [],
                ["Surname", "Given name(s)", "Nationality", "Date of birth", "Passport No.", "Expiry", "Embassy/Consulate"],
                ["ZHANG", "MEILING", "China", "1982-05-17", "EK3920185", "2033-02-10", "Consulate-General in Guangzhou"],
                ["RAGHUNATHAN", "PRIYA", "India", "1986-11-02", "V2938471", "2031-07-19", "Consulate-General in Chennai"],
                ["OKAFOR", "HENRY CHUKWUDI", "Nigeria", "1979-01-23", "A09831527", "2030-04-30", "Embassy in Abuja"],
                ["RAHMAN", "SITI NURHALIZA", "Indonesia", "1990-08-08", "X2948103", "2029-12-01", "Embassy in Jakarta"],
                ["NGUYEN", "THI LAN", "Viet Nam", "1988-03-26", "C4839201", "2032-09-14", "Embassy in Hanoi"],
                ["MENON", "RAHUL", "India", "1984-06-15", "Z4820193", "2030-10-03", "Consulate-General in Bengaluru"],
            ],
            "notes": [["Guarantor: Hinode Sangyo Co., Ltd. (Events Division)"],
                      ["Contact: e.tanaka@hinode-sangyo.co.jp"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "英語メール、XLSXで6名の旅券番号・生年月日を旅行会社へ",
})

M({
    "id": "conference-023",
    "charset": "iso-2022-jp",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["港北工業大学 国際交流課 <intl-office@kohoku-tech.ac.jp>"],
    "subject": "招へい理由書（案）の送付 ― 張 美玲 先生の短期滞在査証",
    "body": """港北工業大学 国際交流課
ご担当者様

いつもお世話になっております。
APMEC 2026 運営事務局（日の出産業）の森下でございます。

蔀先生の研究室で会議後に共同研究打合せを予定されている張 美玲先生について、
査証申請用の招へい理由書の案を作成いたしました。
大学様を招へい機関とする部分の記載内容をご確認いただき、
学長印の押印手続きを進めていただけますでしょうか。

ご不明点がございましたら、ご連絡ください。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "docx", "name": "招へい理由書_ZHANG_Meiling_案.docx",
        "title": "招へい理由書（案）",
        "paragraphs": [
            "招へい理由書（案）",
            "在広州日本国総領事 殿",
            "招へい人：港北工業大学 学長 真壁 公一 ／ APMEC 2026 組織委員会 委員長 鶴見 晴彦",
            "被招へい人",
            "　氏名：ZHANG MEILING（張 美玲）",
            "　国籍：中華人民共和国",
            "　生年月日：1982年5月17日",
            "　旅券番号：EK3920185",
            "　職業：深州大学 材料科学与工程学院 教授",
            "招へい目的：APMEC 2026 における招待講演（10月14日）および港北工業大学との共同研究打合せ",
            "滞在予定期間：2026年10月13日〜10月21日",
            "経費負担：渡航費・滞在費は組織委員会が負担",
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "DOCXの招へい理由書に1名の旅券番号・生年月日、大学（外部）へ",
})

M({
    "id": "conference-024",
    "charset": "utf-8",
    "sender": "Takuma Iwabuchi <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["Global Desk, Tabi Planet <global-desk@tabi-planet.co.jp>"],
    "subject": "Flight booking for keynote speakers HARTMANN / BRENNAN",
    "body": """Dear Ms. Ogura,

Thank you for the fare options. Both keynote speakers have confirmed the itineraries below,
so please go ahead and issue the tickets (business class, as agreed).

1) Prof. Lena HARTMANN
   Passport: Germany, No. C01X4K7R9, expiry 08 Mar 2031
   Date of birth: 22 Sep 1975
   FRA-HND LH716 on 11 Oct / HND-FRA LH717 on 17 Oct
   Frequent flyer: Miles & More 9920 4417 3386 105

2) Dr. Oliver BRENNAN
   Passport: Australia, No. PA4418273, expiry 30 Jun 2029
   Date of birth: 12 Jan 1980
   PER-SIN-HND on 11 Oct / HND-PER on 16 Oct
   Meal: standard

Please send the e-tickets to me only; I will forward them to the speakers.

Kind regards,
Takuma Iwabuchi
Hinode Sangyo Co., Ltd. / APMEC 2026 Secretariat (travel & accommodation)
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "英語本文に講演者2名の旅券番号・生年月日、旅行会社へ（旅券は1名でも停止）",
})

M({
    "id": "conference-025",
    "charset": "shift_jis",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    "subject": "電話受付分のカード決済（手動売上）処理のお願い",
    "body": """株式会社ペイネクスト 加盟店サポート ご担当者様

お世話になっております。日の出産業（加盟店ID：HND-EV-2231）の佐伯です。

管理画面の手動売上機能がメンテナンス中とのことで、
お電話で参加費の支払を受け付けた1件について、代行で売上処理をお願いできますでしょうか。

　カード名義：MASAKI HORIGUCHI
　カード番号：""" + g4(cc(30), "-") + """
　有効期限：09/28
　金額：45,000円（APMEC2026 一般・当日前登録）
　受付番号：AP26-0311　堀口 正樹 様

処理が完了しましたら承認番号をお知らせください。
よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "参加者1名のクレジットカード番号（有効期限付き）を本文で決済代行へ",
})

M({
    "id": "conference-026",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["ペイネクスト 加盟店サポート <merchant-support@paynext.co.jp>"],
    "subject": "FW: Registration fee payment - card details",
    "body": """ペイネクスト ご担当者様

日の出産業の佐伯です。たびたび失礼いたします。
海外の参加者から、決済画面が使えないとのことでカード情報がメールで届きました。
下記の転送内容で決済いただくことは可能でしょうか。不可であれば本人に別の方法を案内します。

-----Original Message-----
From: Kowalska Anna <anna.kowalska@pw-materials.pl>
Sent: Wednesday, June 17, 2026 4:12 PM
To: registration-apmec@hinode-sangyo.co.jp
Subject: Registration fee payment - card details

Dear Secretariat,

The payment page keeps failing (error E3102). Please charge my registration fee
(regular, non-member, EUR equivalent of JPY 52,000) to the following card:

Card holder: ANNA KOWALSKA
Card number: """ + g4(cc(31)) + """
Expiry: 11/27
Registration ID: R-884133

Best regards,
Anna Kowalska
Warsaw Polytechnic, Faculty of Materials Science
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "参加者のメール（カード番号入り）を Original Message 形式で転送。転送は新しい本文",
})

M({
    "id": "conference-027",
    "charset": "utf-8",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.jp>"],
    "subject": "Zhang先生 延泊分のギャランティについて",
    "body": """野々村様

お世話になっております。岩渕です。
Zhang Meiling 先生が10/17〜10/20の3泊を延泊されることになりました。
延泊分は個人精算となるため、ご本人からお預かりしたカード情報でギャランティをお願いします。

　宿泊者：Zhang Meiling 様（ZHANG MEILING）
　延泊：2026/10/17(土)〜10/20(火) 3泊　シングル
　カード：JCB
　番号：""" + cc(32) + """
　有効期限：2029年3月
　名義：MEILING ZHANG

事務局手配分（10/13〜10/17）とは請求を分けていただけますと助かります。
""" + SIG_IWABUCHI,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "講演者1名の延泊ギャランティ用カード番号をホテルへ",
})

M({
    "id": "conference-028",
    "charset": "iso-2022-jp",
    "sender": "三好 浩二 <miyoshi.koji@hinode-sangyo.co.jp>",
    "to": ["楓税理士法人 <info@kaede-tax.jp>"],
    "cc": ["大河内 俊 <okochi.shun@hinode-sangyo.co.jp>"],
    "subject": "講演謝金の支払調書作成について（APMEC 国内講演者3名）",
    "body": """楓税理士法人
担当 菱沼先生

いつもお世話になっております。日の出産業 経理部の三好でございます。

9月にお支払いした APMEC 講演謝金のうち、支払調書の作成対象となる3名分について、
ご本人から提供いただいた個人番号等を下記にお知らせいたします。
（番号確認書類の写しは社内で保管しております）

1) 宮路 恭平
　住所：北海道札幌市中央区南十条西14-3-18
　個人番号：""" + mn(0) + """
　謝金：150,000円（源泉徴収税額 15,315円）

2) 蔀 多恵子
　住所：神奈川県横浜市港北区日吉本町3-22-6
　個人番号：""" + g4(mn(1)) + """
　謝金：100,000円（源泉徴収税額 10,210円）

3) 舟橋 倫子
　住所：京都府京都市左京区北白川久保田町18
　個人番号：""" + g4(mn(2), "-") + """
　謝金：100,000円（源泉徴収税額 10,210円）

お手数ですが、法定調書合計表への反映もあわせてお願いいたします。
""" + SIG_MIYOSHI,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "講演者3名のマイナンバーと住所を本文で税理士法人へ",
})

M({
    "id": "conference-029",
    "charset": "shift_jis",
    "sender": "三好 浩二 <miyoshi.koji@hinode-sangyo.co.jp>",
    "to": ["菱沼 理恵 <hishinuma.rie@kaede-tax.jp>"],
    "subject": "JSDI2026 謝金支払一覧（個人番号あり）",
    "body": """菱沼先生

お世話になっております。日の出産業の三好です。
日本防災情報学会 年次大会の講演・座長謝金の支払一覧をお送りします。
今回は学会からの受託分のため、支払者名義は学会となります。
個人番号の列を含めておりますので、取扱いにはご注意ください。

よろしくお願いいたします。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "xlsx", "name": "JSDI2026_謝金支払一覧.xlsx",
        "sheets": {
            "謝金": [
                ["日本防災情報学会 第18回年次大会　講演・座長謝金 支払一覧"],
                ["氏名", "住所", "個人番号", "区分", "支払額", "源泉徴収税額"],
                ["桜庭 研司", "東京都中野区新井2-18-5", mn(3), "特別講演", 100000, 10210],
                ["湊 しのぶ", "兵庫県神戸市中央区北長狭通6-4-9-703", mn(4), "パネリスト", 50000, 5105],
                ["真田 克己", "長野県長野市南県町1082-3", mn(5), "パネリスト", 50000, 5105],
                ["日向 詩織", "広島県広島市中区大手町3-12-1", mn(6), "パネリスト", 50000, 5105],
                ["小暮 仁", "群馬県高崎市八島町58", mn(7), "座長", 30000, 3063],
                ["及川 秀明", "岩手県盛岡市本町通3-5-21", mn(8), "座長", 30000, 3063],
            ],
        },
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSXに6名の個人番号・住所、税理士へ",
})

M({
    "id": "conference-030",
    "charset": "iso-2022-jp",
    "sender": "三好 浩二 <miyoshi.koji@hinode-sangyo.co.jp>",
    "to": ["菱沼 理恵 <hishinuma.rie@kaede-tax.jp>"],
    "subject": "Re: 有働先生の個人番号について",
    "body": """菱沼先生

ご連絡ありがとうございます。三好です。
不足しておりました有働先生の個人番号、ご本人から回答がありましたのでお知らせします。
（通知カードの写しを先生ご自身が手書きで転記されたものです）

　氏名：有働　篤志
　個人番号：""" + zen(g4(mn(9), "　")) + """

これで APMEC 分の国内講演者はすべて揃ったかと存じます。
ご確認のほどよろしくお願いいたします。

三好
""" + SIG_MIYOSHI,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "全角数字・全角スペース区切りのマイナンバー1件を税理士へ",
})

M({
    "id": "conference-031",
    "charset": "utf-8",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["横浜みなと国際会議場 施設管理課 <facility@minato-convention.jp>"],
    "subject": "構内車両通行許可申請（搬入車両・運転者）",
    "body": """横浜みなと国際会議場
施設管理課 御中

お世話になっております。日の出産業の二階堂です。
10/13（火）の搬入日に構内（搬入ヤード）へ乗り入れる車両について、
所定の様式のとおり運転者の情報をお知らせします。

■ 車両1：2tトラック（横浜 100 あ 12-34）
　運転者：篠原 健太
　運転免許証番号：第 302418776530 号（中型）
　生年月日：1987年7月3日

■ 車両2：ハイエース（品川 300 さ 56-78）
　運転者：的場 弘
　運転免許証番号：第 451209983347 号（普通）
　生年月日：1974年10月25日

搬入時間は 8:00〜12:00 を予定しております。
許可証の受け取り方法についてご教示ください。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "運転者2名の運転免許証番号・生年月日を会場へ",
})

M({
    "id": "conference-032",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["森川 瑞穂 <morikawa.mizuho@staff-heart.co.jp>"],
    "subject": "Re: 学生スタッフ ロドリゲスさんの在留資格確認",
    "body": """森川様

お世話になっております。二階堂です。
ロドリゲスさんの在留カードの件、ご本人に確認して情報をいただきました。

　氏名：RODRIGUEZ KAITO（ロドリゲス 海斗）
　国籍：ペルー
　在留資格：留学
　在留カード番号：UH48217735FA
　在留期間満了日：2027年3月31日
　資格外活動許可：あり（包括許可・週28時間以内）

カードの表裏の画像は、ご本人から御社へ直接提出していただく形でよろしいでしょうか。

二階堂
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "学生1名の在留カード番号を派遣会社へ",
})

M({
    "id": "conference-033",
    "charset": "utf-8",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["みなとみらい整形外科クリニック 受付 <uketsuke@mm-seikei.jp>"],
    "subject": "本日受診予定の学会参加者について（日の出産業）",
    "body": """みなとみらい整形外科クリニック
受付ご担当者様

先ほどお電話いたしました日の出産業の大河内です。
学会会場で負傷した参加者を、これからタクシーでそちらへお連れします。

　氏名：御手洗 航（みたらい わたる）様
　生年月日：1990年1月28日
　状況：14:20頃 会場2F階段で転倒、右足首を強く捻り腫脹あり。歩行困難。
　既往：本人申告で、昨年同じ足首を骨折し手術歴あり（ボルト固定）
　保険証：協会けんぽ　記号 21340587　番号 17
　　　　　保険者番号 01140013

会計は本人精算ですが、必要であれば事務局が立て替えます。
到着は15:10頃の見込みです。よろしくお願いいたします。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "負傷者1名の保険証記号番号と既往歴（要配慮）をクリニックへ",
})

M({
    "id": "conference-034",
    "charset": "shift_jis",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["星野社会保険労務士事務所 <office@hoshino-sr.jp>"],
    "subject": "短期契約スタッフ2名の資格取得手続きについて",
    "body": """星野社会保険労務士事務所
星野先生

いつもお世話になっております。日の出産業の二階堂です。
学会事務局の繁忙期対応で、9月から3か月の契約社員を2名採用いたしました。
社会保険の資格取得届の作成をお願いしたく、必要事項をお送りします。

(1) 河合 みどり　昭和61年9月14日生
　　基礎年金番号：4102-683127
　　雇用開始：2026/9/1　月給 260,000円

(2) 徳永 慎吾　平成4年3月3日生
　　基礎年金番号：1157-209834
　　雇用開始：2026/9/1　月給 240,000円

扶養家族はいずれもなしと聞いております。
ご不明点があればご連絡ください。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "2名の基礎年金番号・和暦の生年月日を社労士事務所へ",
})

M({
    "id": "conference-035",
    "charset": "iso-2022-jp",
    "sender": "三好 浩二 <miyoshi.koji@hinode-sangyo.co.jp>",
    "to": ["経理課 小松 <komatsu.haruna@hinode-sangyo.co.jp>"],
    "subject": "ISCR 講演謝金 個人番号（社内保管用）",
    "body": """小松さん

お疲れさまです。三好です。
ISCR（神戸）の講演謝金4名分について、本人確認済みの個人番号を共有します。
特定個人情報ファイルの保管フォルダ（経理課限定）に登録をお願いします。
このメールは登録後に削除してください。

湊 しのぶ　　兵庫県神戸市中央区北長狭通6-4-9-703　""" + mn(10) + """
瀬尾 大輔　　兵庫県明石市大久保町大窪1120-4　　　""" + mn(11) + """
樋渡 理恵子　岡山県岡山市北区津島中2-7-30　　　　""" + mn(12) + """
Kenji Blackwood　大阪府豊中市待兼山町3-11　　　""" + mn(13) + """

三好
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "マイナンバー4件だが宛先は社内の経理課のみ",
})

M({
    "id": "conference-036",
    "charset": "utf-8",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["三好 浩二 <miyoshi.koji@hinode-sangyo.co.jp>"],
    "subject": "FW: 参加費のカード払いについて（小田島様）",
    "body": """三好さん

お疲れさまです。佐伯です。
参加者の方からカード番号がメールで送られてきてしまいました。
決済代行に渡すと規約違反になるので、経理で対応方法を決めていただけますか。
ご本人には、次回からメールでカード番号を送らないようお伝えしました。

---------- Forwarded message ---------
From: 小田島 聡 <odajima.satoshi@icloud.com>
Date: 2026年7月2日(木) 21:03
Subject: 参加費のカード払いについて
To: <registration-apmec@hinode-sangyo.co.jp>

事務局御中
決済画面でエラーになるため、こちらで処理をお願いします。
名義 SATOSHI ODAJIMA
番号 """ + g4(cc(33)) + """
期限 04/29
登録番号 AP26-0344
小田島
""",
    "expect": "pass",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "カード番号入りの転送だが宛先は社内の経理のみ",
})

M({
    "id": "conference-037",
    "charset": "shift_jis",
    "sender": "三好 浩二 <miyoshi.koji@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 事務局 <office@zairyo-kogaku.or.jp>"],
    "subject": "APMEC2026 運営業務委託料 請求書（第2回）送付の件",
    "body": """一般社団法人 日本材料工学協会
事務局 御中

平素より大変お世話になっております。
日の出産業株式会社 経理部の三好でございます。

APMEC 2026 運営業務委託契約に基づく第2回分の請求書をお送りいたします。
適格請求書の登録番号は請求書右上に記載しております。

　請求番号：HS-EV-2026-0914
　ご請求金額：3,850,000円（税込）
　お支払期限：2026年10月31日
　お振込先：みどり銀行 横浜中央支店 普通 1234567 ヒノデサンギヨウ（カ

原本は本日郵送いたしました。ご査収のほどよろしくお願いいたします。
""" + SIG_MIYOSHI,
    "attachments": [{
        "kind": "pdf", "name": "請求書_HS-EV-2026-0914.pdf",
        "title": "請求書 HS-EV-2026-0914",
        "lines": [
            "請　求　書",
            "一般社団法人 日本材料工学協会 御中",
            "請求番号：HS-EV-2026-0914　　請求日：2026年9月14日",
            "日の出産業株式会社　〒231-0023 神奈川県横浜市中区山下町2-14",
            "登録番号：T" + corp_no("020001077645"),
            "",
            "件名：APMEC 2026 運営業務委託料（第2回）",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["運営業務委託料（第2回）", "1式", "3,500,000", "3,500,000"],
            ["消費税（10%）", "", "", "350,000"],
            ["合計", "", "", "3,850,000"],
            ["振込先", "みどり銀行 横浜中央支店 普通 1234567", "", ""],
        ],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "請求書（自社の登録番号T＋法人番号、会社の口座）。個人データなし",
})

M({
    "id": "conference-038",
    "charset": "utf-8",
    "sender": "Takuma Iwabuchi <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["Oliver Brennan <o.brennan@uwa-coast.edu.au>"],
    "subject": "Re: Your itinerary for APMEC 2026",
    "body": """Dear Dr. Brennan,

Thank you for confirming. Your tickets have now been issued:

  Booking reference: QX7P2L
  E-ticket number: 618-2419938746
  11 Oct  SQ226  PER 23:55 - SIN 05:10 (+1)
  12 Oct  SQ634  SIN 07:45 - HND 15:40
  16 Oct  SQ633  HND 22:40 - SIN 05:00 (+1), then SQ223 to PER

A car will meet you at Haneda Terminal 3 arrival lobby; the driver will hold a sign
with "APMEC - Dr. Brennan". Your hotel is Sakura Hotel Yokohama, 12-16 October.

If you need anything before the trip, please do not hesitate to contact me.

Kind regards,
Takuma Iwabuchi
APMEC 2026 Secretariat / Hinode Sangyo Co., Ltd.
Tel: +81-45-663-2183
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "講演者本人への本人の旅程（予約番号・航空券番号）。第三者の個人データなし",
})

M({
    "id": "conference-039",
    "charset": "iso-2022-jp",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.jp>"],
    "subject": "舟橋先生のお部屋（ユニバーサルルーム）について",
    "body": """野々村様

お世話になっております。岩渕です。
10/15-16にご宿泊の舟橋 倫子先生について、追加のお願いです。

先生は脊髄損傷により車いすを使用されています（身体障害者手帳1級とのことです）。
・ユニバーサルルーム（ロールインシャワー）への変更
・ベッドの高さ調整（車いすの座面と同じ約45cm）
・ご到着時（10/15 16:00頃）の正面玄関スロープ側でのお出迎え
をお願いできますでしょうか。

なお、先生は介助者なしでお一人での移動に慣れていらっしゃるので、
過度なサポートは不要とのことです。
""" + SIG_IWABUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "講演者1名の障害（脊髄損傷・障害者手帳）を氏名付きでホテルへ（要配慮個人情報）",
})

M({
    "id": "conference-040",
    "charset": "utf-8",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["千葉 亮介 <chiba.ryosuke@kitaguni-foods.co.jp>"],
    "subject": "招待講演者の昼食と控室について",
    "body": """北国フーズ　千葉様

お世話になっております。二階堂です。
10/14の講演者控室のお弁当について、1名分個別のご対応をお願いします。

マレーシアからお越しの Dr. Ahmad Faisal はムスリムでいらっしゃるため、
ハラール認証のお弁当（豚由来成分・アルコール不使用）をご用意ください。
また、12:40〜13:00 に控室の一角でお祈りをされますので、
その時間帯は控室への配膳・片付けの出入りを避けていただけると助かります。
（キブラの方角は会場で表示します）

よろしくお願いいたします。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の1名の信仰（ムスリム）を氏名付きでケータリング業者へ（要配慮・宗教）",
})


# ===== 041–046：要配慮情報・食事制限（続き） ================================================

M({
    "id": "conference-041",
    "charset": "shift_jis",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["一歩損害保険 法人事故受付 <jiko-uketsuke@ippo-sonpo.co.jp>"],
    "subject": "【事故報告】行事参加者傷害保険（証券番号 EV-26-0041872）",
    "body": """一歩損害保険株式会社
法人事故受付センター ご担当者様

日の出産業株式会社 イベント事業部の大河内です。
標記の行事保険について、下記のとおり事故報告いたします。

１．行事名：APMEC 2026（横浜みなと国際会議場）
２．発生日時：2026年10月15日（木）11時05分頃
３．被保険者：鹿島 伸一 様（42歳、北星大学 准教授）
４．状況：
　口頭発表の質疑応答中に意識を失い、演台付近で転倒。
　救護室の看護師が対応し、救急搬送（横浜市立みなと病院）。
　同行の研究室メンバーによると、てんかんの持病があり抗てんかん薬を服用中とのこと。
　病院での診断は「てんかん発作、転倒による前額部挫創（3針縫合）」。
５．治療費：当日分 12,480円（事務局立替）

保険金請求に必要な書類をご案内ください。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "参加者1名の持病・診断名（てんかん）を氏名付きで保険会社へ",
})

M({
    "id": "conference-042",
    "charset": "utf-8",
    "sender": "Takuma Iwabuchi <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["Guest Relations, Sakura Hotel Yokohama <guest-relations@sakura-hotel.jp>"],
    "subject": "Special request for Prof. Rattanakorn (arriving 13 Oct)",
    "body": """Dear Guest Relations team,

We have a special request for one of our invited speakers staying with you from 13 to
16 October (group: APMEC 2026 / Hinode Sangyo).

Prof. Somchai Rattanakorn has type 1 diabetes and uses insulin injections. He has asked for:
  - a refrigerator in the room that keeps 2-8 degrees C (not a minibar that is switched off at night)
  - a sharps disposal container
  - breakfast available from 6:30 if possible, as he needs to eat at fixed times

He has also told us that he had a hypoglycaemic episode at a conference last year, so
we would be grateful if the front desk staff were aware and knew where the nearest AED
and first-aid kit are.

Thank you very much for your help.

Takuma Iwabuchi
APMEC 2026 Secretariat / Hinode Sangyo Co., Ltd.
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "英語、講演者1名の病名（1型糖尿病）と既往をホテルへ（要配慮）",
})

M({
    "id": "conference-043",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["千葉 亮介 <chiba.ryosuke@kitaguni-foods.co.jp>"],
    "subject": "10/16 ランチョンセミナーのお弁当 1食変更",
    "body": """千葉様

お世話になっております。二階堂です。
10/16 のランチョンセミナー（第3会場・座長席）のお弁当について、1食だけ変更をお願いします。

座長の宍戸 菜々子先生が、そば・落花生のアレルギーをお持ちとのことで、
この2品目を含まない（コンタミにも配慮した）お弁当に差し替えをお願いできますでしょうか。
お弁当の蓋に「宍戸様」と付箋を貼っていただけると配膳時に助かります。

追加費用が発生する場合はお知らせください。
""" + SIG_NIKAIDO,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "1名の食物アレルギー。健康情報（要配慮）と見るか、通常の食事配慮と見るかで判断が分かれる",
})

M({
    "id": "conference-044",
    "charset": "shift_jis",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["大河内 俊 <okochi.shun@hinode-sangyo.co.jp>"],
    "cc": ["森下 彩花 <morishita.ayaka@mail.hinode-sangyo.co.jp>"],
    "subject": "【社内】特別配慮が必要な参加者一覧（当日スタッフ共有前の確認）",
    "body": """大河内さん、森下さん

お疲れさまです。二階堂です。
当日の受付・誘導スタッフに共有する前に、配慮が必要な参加者の一覧を確認してください。
スタッフにはこのうち「対応内容」だけを渡す予定です。

氏名                    区分          内容                                   対応内容
----------------------  ------------  -------------------------------------  ------------------------------
舟橋 倫子               車いす        脊髄損傷（障害者手帳1級）              スロープ側入口・前方車いす席
Somchai Rattanakorn     健康          1型糖尿病、昨年低血糖で救急搬送        救護室に情報共有
Ahmad Faisal            宗教          ムスリム                                礼拝スペース（201の一角）
鹿島 伸一               健康          てんかん（服薬中）                      発表中は救護担当が袖で待機
宍戸 菜々子             食事          そば・落花生アレルギー                  弁当差替え済
芹沢 明日香             聴覚          両耳難聴、手話通訳希望                  第2会場に手話通訳2名配置

不足があれば教えてください。
二階堂
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "要配慮情報の一覧だが宛先は社内のみ（サブドメイン mail.hinode-sangyo.co.jp も社内）",
})

M({
    "id": "conference-045",
    "charset": "utf-8",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["千葉 亮介 <chiba.ryosuke@kitaguni-foods.co.jp>"],
    "subject": "バンケット 最終人数と特別食の食数",
    "body": """千葉様

お世話になっております。二階堂です。
10/15 バンケットの最終人数と特別食の食数が確定しましたのでお知らせします。

　総人数：318名（うち招待者 24名、学生 41名）
　特別食：
　　ハラール　　　　　　　　 9食
　　ベジタリアン（卵・乳可） 12食
　　ヴィーガン　　　　　　　 5食
　　グルテンフリー　　　　　 3食
　　甲殻類除去　　　　　　　 4食
　　乳製品除去　　　　　　　 2食

特別食のテーブルは会場奥の12番・13番に集約し、卓上に表示カード（食種のみ）を置きます。
お名前の表示は行いませんので、配膳はテーブル単位でお願いします。

以上、よろしくお願いいたします。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "特別食の食数の集計のみで、個人を特定できる情報なし",
})

M({
    "id": "conference-046",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["小田切 修 <odagiri.osamu@aoba-unyu.co.jp>"],
    "subject": "10/17 早朝 羽田行き送迎のピックアップ順",
    "body": """小田切様

お世話になっております。二階堂です。
10/17（土）早朝の羽田空港行き送迎について、ホテルでのピックアップ順をお送りします。
ドライバーさんにはフロントで部屋番号をお伝えいただければ、
ホテル側からお部屋に連絡を入れてくださることになっています。

5:10　Lena Hartmann 様　　　1208号室
5:10　Zhang Meiling 様　　　1211号室
5:15　David Cohen 様　　　　 915号室
5:15　Priya Raghunathan 様　 917号室
5:20　Kim Seo-yeon 様　　　　1106号室

出発は 5:30、羽田第3ターミナル着 6:15 目安でお願いします。
""" + SIG_NIKAIDO,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "5名の氏名と宿泊部屋番号・出発時刻。連絡先はないが所在情報の一覧とも言え、判断が分かれる",
})


# ===== 047–058：宛先（To/Cc に外部3者以上／2者まで／フリーメール／Bcc） ====================

M({
    "id": "conference-047",
    "charset": "iso-2022-jp",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 栗田 <kurita@zairyo-kogaku.or.jp>",
           "AFSS Secretariat <secretariat@afss-asia.org>",
           "港北工業大学 研究推進課 <kenkyu-suishin@kohoku-tech.ac.jp>"],
    "subject": "第3回 合同組織委員会（オンライン）日程調整のお願い",
    "body": """共催団体 ご担当者各位
（Dear AFSS Secretariat, an English version follows below.）

いつもお世話になっております。APMEC 2026 運営事務局の森下です。
第3回合同組織委員会をオンラインで開催したく、日程調整をお願いいたします。

候補日時（いずれも日本時間）
　A. 7月21日（火）16:00〜17:30
　B. 7月23日（木）10:00〜11:30
　C. 7月28日（火）15:00〜16:30

議題：プログラム最終確定、スポンサー枠の配分、予算執行状況
ご都合のよい候補を7月10日（金）までにご返信ください。

---
We would like to hold the 3rd joint organising committee meeting online.
Candidate dates (JST): A) 21 Jul 16:00-17:30, B) 23 Jul 10:00-11:30, C) 28 Jul 15:00-16:30.
Please let us know your availability by 10 July.
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "共催3団体（外部3組織）を To に並べて互いにアドレスが見える。Bcc にすべき",
})

M({
    "id": "conference-048",
    "charset": "utf-8",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["桐生 正臣 <kiryu.m@toto-u.ac.jp>",
           "百瀬 理沙 <momose.risa@hokusei-u.ac.jp>",
           "宍戸 菜々子 <shishido.nanako@kohoku-tech.ac.jp>",
           "甲斐 美奈代 <kai.minayo@hakata-it.ac.jp>"],
    "subject": "【APMEC2026】ポスター発表（P1セッション）掲示のご案内",
    "body": """P1セッションでポスター発表予定の先生方

APMEC 2026 参加登録デスクの佐伯です。
ポスターの掲示方法についてご案内いたします。

・パネルサイズ：幅900mm × 高さ2,100mm（A0縦がちょうど収まります）
・掲示時間：10/14（水）8:30〜10:00
・コアタイム：10/14（水）16:00〜17:30
・撤去：10/15（木）12:00まで（撤去されなかったポスターは事務局で処分します）
・画鋲は会場でご用意します。テープ類の使用はご遠慮ください。

ポスター番号は、プログラムPDFの「P1-xxx」をご確認ください。
よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "4大学の発表者4名を To に並べて送信（外部4者が互いに見える）",
})

M({
    "id": "conference-049",
    "charset": "shift_jis",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["aoi.fujimura0512@gmail.com", "t.hasegawa.kwu@gmail.com",
           "momoka.shirai.22@gmail.com"],
    "subject": "ボランティア事前説明会（9/26）のご案内",
    "body": """ボランティアにご応募いただいた皆さま

こんにちは。APMEC 2026 運営事務局の二階堂です。
このたびはボランティアへのご応募ありがとうございます。
事前説明会を下記のとおり開催しますので、ご出席をお願いします。

日時：9月26日（土）13:00〜15:00
場所：日の出産業 横浜オフィス 5F 会議室（横浜市中区山下町2-14）
持ち物：筆記用具、学生証
服装：自由（当日はスタッフTシャツを配布します）

交通費は当日、実費（上限1,000円）をお支払いします。
欠席の場合は前日までにこのアドレスへご連絡ください。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "個人3名（いずれもGmail）を To に並べて送信。3者が互いのアドレスを見られる",
})

M({
    "id": "conference-050",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.jp>"],
    "cc": ["小田切 修 <odagiri.osamu@aoba-unyu.co.jp>",
           "千葉 亮介 <chiba.ryosuke@kitaguni-foods.co.jp>"],
    "subject": "10/15 バンケット当日の動線・時間調整",
    "body": """関係各社の皆さま

いつもお世話になっております。日の出産業の二階堂です。
10/15 のバンケット（さくらホテル横浜 3F 鳳凰の間）当日の動きについて、
ホテル・バス・ケータリングの3者で共有させてください。

17:30　会議場前からシャトルバス第1便出発（青葉運輸さん 大型2台）
17:45　第2便出発
18:00　ホテル到着・クローク開始
18:15　北国フーズさんのデザートブース搬入（ホテル搬入口B、エレベーター2号機）
18:30　開宴
20:30　中締め
20:45　帰りのバス（ホテル→桜木町駅）

ホテル搬入口の利用時間について、野々村様から北国フーズさんへ直接ご連絡いただけますと助かります。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "外部3社（ホテル・バス・ケータリング）を To/Cc で互いに見える形で送信",
})

M({
    "id": "conference-051",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Lena Hartmann <l.hartmann@tu-rheinfeld.de>",
           "Oliver Brennan <o.brennan@uwa-coast.edu.au>",
           "Kim Seo-yeon <sykim@hanbit-univ.ac.kr>"],
    "subject": "APMEC 2026 keynote session - technical rehearsal",
    "body": """Dear Prof. Hartmann, Dr. Brennan and Prof. Kim,

Thank you again for agreeing to give the keynote lectures at APMEC 2026.

We would like to hold a short technical rehearsal in the Main Hall on Tuesday 13 October
at 16:00, the day before the opening. It will take about 15 minutes per speaker: checking
your slides on our PC, the clicker, the lapel microphone and the confidence monitor.

Please upload your slides (PowerPoint or PDF, 16:9) to the speaker portal by 7 October.
If you prefer to use your own laptop, please bring a USB-C or HDMI adapter.

We look forward to welcoming you in Yokohama.
""" + SIG_TANAKA_EN,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "英語、3か国3大学の講演者を To に並べて送信（外部3者）",
})

M({
    "id": "conference-052",
    "charset": "shift_jis",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.jp>"],
    "cc": ["小田切 修 <odagiri.osamu@aoba-unyu.co.jp>"],
    "subject": "最終日のお荷物預かりと空港バスの発車時刻",
    "body": """野々村様
（cc：青葉運輸 小田切様）

お世話になっております。岩渕です。
最終日 10/16（金）の動きについて、ホテルとバス会社の両方に関わるため、cc で失礼いたします。

・チェックアウト後、招待者のお荷物（約20個）をロビーでお預かりいただく
・15:30 に青葉運輸さんのバスがホテル正面に到着、お荷物を積込み
・16:00 発 → 羽田空港 第3ターミナル（17:00着目安）

荷物タグは事務局で用意し、当日朝にフロントへお届けします。
お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_IWABUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "外部2社（ホテルとバス会社）を To/Cc に入れた通常の三者調整",
})

M({
    "id": "conference-053",
    "charset": "utf-8",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 栗田 <kurita@zairyo-kogaku.or.jp>"],
    "cc": ["港北工業大学 研究推進課 <kenkyu-suishin@kohoku-tech.ac.jp>"],
    "subject": "第2回 合同組織委員会 議事録（案）",
    "body": """日本材料工学協会 栗田様
（cc：港北工業大学 研究推進課 ご担当者様）

お世話になっております。森下です。
6/18 に開催した第2回合同組織委員会の議事録（案）をお送りします。
修正点がございましたら、6/26（金）までにお知らせください。
特にご指摘がなければ、この内容で確定といたします。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "docx", "name": "第2回合同組織委員会_議事録案.docx",
        "title": "第2回合同組織委員会 議事録（案）",
        "paragraphs": [
            "APMEC 2026 第2回合同組織委員会 議事録（案）",
            "日時：2026年6月18日（木）15:00〜16:40　オンライン（Zoom）",
            "出席：鶴見委員長（日本材料工学協会）、八木沢副委員長、真壁委員（港北工業大学）、"
            "蔀委員、Dr. Tan（AFSS）、事務局：大河内・森下（日の出産業）",
            "1. プログラム：招待講演12件、一般口頭発表186件、ポスター240件で確定。",
            "2. 参加費：早期登録の締切を6/30から7/7に延長する。",
            "3. スポンサー：プラチナ1社、ゴールド3社が内定。展示ブースは残り4小間。",
            "4. 次回：7月下旬にオンラインで開催（日程は事務局から調整）。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "外部2組織（協会と大学）宛ての議事録。委員の氏名だけで個人データはない",
})

M({
    "id": "conference-054",
    "charset": "iso-2022-jp",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["真田 克己 <k.sanada.lab@gmail.com>"],
    "subject": "特別パネル（11/20）のご登壇時間について",
    "body": """真田 克己 先生

日本防災情報学会 年次大会事務局の久保田でございます。
このたびは特別パネル「流域治水と情報伝達」へのご登壇をお引き受けいただき、
誠にありがとうございます。

ご登壇時間が確定しましたのでお知らせいたします。

　日時：11月20日（金）13:30〜15:00（先生のご発表は13:45〜14:05の20分）
　会場：青葉記念ホール 大ホール
　控室：2F 第3控室（13:00までにお越しください）

スライドは11/13（金）までに事務局までお送りいただけますと幸いです。
ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_KUBOTA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "フリーメールの講演者1名への通常の連絡",
})

M({
    "id": "conference-055",
    "charset": "shift_jis",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["杉浦 智子 <tomoko_sugiura1978@yahoo.co.jp>"],
    "subject": "Re: 領収書の宛名について",
    "body": """杉浦 智子 様

APMEC 2026 参加登録デスクの佐伯でございます。
お問い合わせありがとうございます。

領収書の宛名は、マイページの「領収書発行」画面で変更いただけます。
ご所属の研究所名に変更される場合は「宛名」欄を書き換えてから
「PDFを発行」ボタンを押してください。発行は3回まで可能です。

ご不明な点がございましたら、またお知らせください。

> APMEC事務局 御中
> 参加費の領収書を、個人名ではなく所属先（みずほ台材料研究所）の宛名で
> 発行していただくことは可能でしょうか。
> 登録番号は AP26-0287 です。
> 杉浦
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "Yahoo!メールの参加者本人1名への返信。個人データの一覧なし",
})

M({
    "id": "conference-056",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Lena Hartmann <l.hartmann@tu-rheinfeld.de>"],
    "subject": "Speaker portal - how to upload your keynote slides",
    "body": """Dear Prof. Hartmann,

Thank you for your kind reply. Here is how to upload your keynote slides:

1. Open https://speaker.apmec2026.example/ and log in with the e-mail address at which
   you received this message (a one-time code will be sent to you).
2. Choose "Plenary 1 - 14 Oct 09:40" and upload your file (max. 200 MB).
3. If you have videos embedded, please upload them separately as MP4 files.

The deadline is 7 October. Our technical team will check the file and contact you if
the fonts or videos do not display correctly.

With best regards,
Emily Tanaka
APMEC 2026 Secretariat | Hinode Sangyo Co., Ltd.
Tel: +81-45-663-2187
""" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "海外の講演者1名への通常の英語メール。末尾は定型の免責文（confidential という語を含むだけ）",
})

M({
    "id": "conference-057",
    "charset": "iso-2022-jp",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["長尾 広之 <nagao.hiroyuki@minato-convention.jp>"],
    "cc": ["桑原 実 <kuwabara.minoru@nishiki-insatsu.co.jp>",
           "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
           "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>"],
    "subject": "サイン・看板類の搬入と設置場所について",
    "body": """横浜みなと国際会議場　長尾様
錦印刷　桑原様

お世話になっております。日の出産業の大河内です。
サイン・看板類の搬入について、会場と印刷会社さんで直接やり取りいただけるよう、
お二方を宛先に入れております。

・搬入日時：10/13（火）9:00〜11:00（搬入口A）
・数量：自立看板（B1）12枚、吊りバナー 3本、床面誘導シート 40枚
・吊りバナーの設置は会場指定業者さんにお願いする想定です

設置図面は添付の前回資料（第3版）のとおりです。変更があれば私までご連絡ください。
""" + SIG_OKOCHI,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "外部は会場と印刷会社の2社のみ（他は社内）。通常の三者調整",
})

M({
    "id": "conference-058",
    "charset": "utf-8",
    "sender": "APMEC 2026 Secretariat <apmec2026@hinode-sangyo.co.jp>",
    "to": ["APMEC 2026 Secretariat <apmec2026@hinode-sangyo.co.jp>"],
    "bcc": ["kiryu.m@toto-u.ac.jp", "momose.risa@hokusei-u.ac.jp",
            "shishido.nanako@kohoku-tech.ac.jp", "wanghr@dim-cn.ac.cn",
            "priya.r@iitk-ov.ac.in", "o.brennan@uwa-coast.edu.au",
            "sykim@hanbit-univ.ac.kr"],
    "subject": "[APMEC 2026] Call for late-breaking posters - deadline 31 August",
    "body": """Dear colleagues,
（日本語は下にあります）

APMEC 2026 is now accepting late-breaking poster abstracts until 31 August 2026.
Accepted posters will be presented in session P3 on 16 October.
Please submit through the online system using your existing account.

皆さま
APMEC 2026 では、レイトブレーキングポスターの募集を8月31日まで行っています。
採択されたポスターは10月16日のP3セッションで発表いただきます。
既存のアカウントからオンラインでご投稿ください。

APMEC 2026 Secretariat
c/o Hinode Sangyo Co., Ltd., Events Division
apmec2026@hinode-sangyo.co.jp
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "一斉案内だが外部の宛先はすべて Bcc、To は自社のアドレスのみ",
})


# ===== 059–065：似たドメイン（look-alike） =================================================

M({
    "id": "conference-059",
    "charset": "iso-2022-jp",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.co.jp>"],
    "subject": "ブロック室数の見直し（10/13・10/14泊）",
    "body": """野々村様

お世話になっております。日の出産業の岩渕です。
APMEC のブロック室数について、登録状況を踏まえて見直しをお願いしたくご連絡しました。

　10/13泊：60室 → 45室
　10/14泊：60室 → 55室
　10/15泊：60室（変更なし）

リリース期限（9/14）前ですので、キャンセル料は発生しないと理解しておりますが、
念のためご確認いただけますでしょうか。
""" + SIG_IWABUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー sakura-hotel.jp の TLD 違い（sakura-hotel.co.jp）宛て",
})

M({
    "id": "conference-060",
    "charset": "utf-8",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["岩渕 拓真 <iwabuchi.takuma@hinode-sangyou.co.jp>"],
    "subject": "宿泊・交通費の予算消化状況（8月末）",
    "body": """岩渕さん

お疲れさまです。森下です。
8月末時点の宿泊・交通費の予算消化状況をまとめました。

　招待者航空券：予算 4,800,000円 / 発注済 3,912,400円
　招待者宿泊：　予算 2,100,000円 / 発注済 1,655,000円
　送迎バス：　　予算   650,000円 / 発注済   418,000円

航空券の残りは Hartmann 先生・Brennan 先生のビジネスクラス差額分の見込みです。
来週の定例で、追加予算が必要かどうか相談させてください。

森下
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "社内宛てのつもりが自社ドメインに1文字多い hinode-sangyou.co.jp",
})

M({
    "id": "conference-061",
    "charset": "shift_jis",
    "sender": "能登 健 <noto.ken@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 技術サポート <tech-support@tsubasa-systen.jp>"],
    "subject": "管理画面アカウント追加のお願い（APMEC2026テナント）",
    "body": """ツバサシステム株式会社
技術サポート ご担当者様

日の出産業 情報システム部の能登です。
APMEC2026 テナントの管理画面に、閲覧専用アカウントを2件追加してください。

　権限：閲覧のみ（エクスポート不可）
　利用者：イベント事業部 学生アルバイト2名（会期中のみ）
　有効期限：2026/10/17 まで

ログインIDは申請フォームの様式で後ほどお送りします。
よろしくお願いいたします。
""" + SIG_NOTO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー tsubasa-system.jp の綴り違い（systen）宛て",
})

M({
    "id": "conference-062",
    "charset": "utf-8",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["さくらホテル横浜 団体予約 <group-rsv@xn--skura-hotel-yij.jp>"],
    "subject": "Re: 【ご請求】APMEC 宿泊代金 事前振込のお願い",
    "body": """さくらホテル横浜
団体予約ご担当者様

お世話になっております。日の出産業の岩渕です。
ご案内いただいた事前振込の件ですが、これまでは会期後の一括請求でお願いしておりましたので、
今回から事前振込に変わった理由と、振込先口座が前回と異なる理由を
念のためご教示いただけますでしょうか。

確認が取れ次第、経理に支払手続きを依頼いたします。
""" + SIG_IWABUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hotel.jp の a をキリル文字にしたホモグリフ（IDN xn--skura-hotel-yij.jp）宛て",
})

M({
    "id": "conference-063",
    "charset": "iso-2022-jp",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["三好 浩二 <miyoshi.koji@hinode-sangyo.jp>"],
    "subject": "APMEC 前受金の計上時期について",
    "body": """三好さん

お疲れさまです。大河内です。
APMEC の参加費（前受金）の売上計上時期について確認させてください。

・早期登録分（約2,800万円）は会期月の10月に一括計上でよいか
・キャンセル返金の引当は9月末で見積もる必要があるか

月次決算の締めに影響するようでしたら、来週月曜に時間をいただけますか。

大河内
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "社内の経理宛てのつもりが co. の抜けた hinode-sangyo.jp（外部の似たドメイン）",
})

M({
    "id": "conference-064",
    "charset": "utf-8",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["檜山 恵理 <hiyama.eri@kawasaki-denki-co.jp>"],
    "subject": "協賛展示ブースの小間位置について",
    "body": """川崎電機株式会社
材料研究所　檜山様

いつもお世話になっております。APMEC 2026 事務局の森下です。
ゴールドスポンサーとしてのご協賛、誠にありがとうございます。

展示ブースの小間位置について、ご希望いただいた「ホワイエ入口正面」を確保いたしました。
小間番号は G-03（3m×3m）です。
電源（単相100V 1.5kW）と無線LANは協賛パッケージに含まれております。

出展者マニュアルは来週お送りいたします。引き続きよろしくお願いいたします。
""" + SIG_MORISHITA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー kawasaki-denki.co.jp のドットをハイフンにした kawasaki-denki-co.jp 宛て",
})

M({
    "id": "conference-065",
    "charset": "shift_jis",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 貸切バス営業所 <kashikiri@aoba-unuy.co.jp>"],
    "subject": "シャトルバス配車表（最終版）",
    "body": """青葉運輸株式会社
貸切バス営業所　御中

お世話になっております。日の出産業の二階堂です。
会期中のシャトルバス配車表の最終版です。

　10/14（水）桜木町駅 → 会議場　7:50〜9:30　15分間隔　大型2台
　10/15（木）桜木町駅 → 会議場　8:00〜9:30　15分間隔　大型2台
　　　　　　 会議場 → さくらホテル横浜　17:30／17:45　大型2台
　10/16（金）会議場 → 桜木町駅　16:30〜18:00　15分間隔　大型2台

ご請求は会期後にまとめてお願いいたします。
""" + SIG_NIKAIDO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "パートナー aoba-unyu.co.jp の文字入れ替え（aoba-unuy.co.jp）宛て",
})


# ===== 066–075：機密表示（スタンプ）と、言及だけのもの ===================================

M({
    "id": "conference-066",
    "charset": "iso-2022-jp",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 栗田 <kurita@zairyo-kogaku.or.jp>"],
    "subject": "【社外秘】APMEC2026 収支見込（8月末時点）",
    "body": """【社外秘】

日本材料工学協会　栗田様

お世話になっております。日の出産業の大河内です。
8月末時点の収支見込をお送りします。

　収入：参加費 41,200千円／協賛金 9,500千円／展示 6,400千円　計 57,100千円
　支出：会場費 14,800千円／運営委託 11,000千円／招待者旅費 6,900千円／飲食 9,200千円
　　　　印刷・制作 3,100千円／その他 4,300千円　計 49,300千円
　差引：7,800千円（予備費 3,000千円を含まず）

弊社の委託料の内訳（人件費の単価）も含まれておりますので、
協会内でのお取扱いにはご注意ください。
""" + SIG_OKOCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "件名・本文冒頭に【社外秘】の区分表示、外部（共催学会）へ",
})

M({
    "id": "conference-067",
    "charset": "shift_jis",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["日本防災情報学会 事務局 <office@bousai-joho.or.jp>"],
    "subject": "年次大会 収支予算書（第2版）",
    "body": """日本防災情報学会 事務局
ご担当者様

お世話になっております。年次大会事務局（日の出産業）の久保田です。
収支予算書の第2版をPDFでお送りいたします。
前回からの変更点は、会場費（青葉記念ホールの附帯設備費）と懇親会の単価です。

ご確認のほどよろしくお願いいたします。
""" + SIG_KUBOTA,
    "attachments": [{
        "kind": "pdf", "name": "JSDI2026_収支予算書_v2.pdf",
        "title": "JSDI2026 収支予算書 第2版",
        "page_header": "取扱注意",
        "page_footer": "日の出産業株式会社 イベント事業部　取扱注意：関係者限り",
        "lines": ["日本防災情報学会 第18回年次大会　収支予算書（第2版）", "2026年7月10日", ""],
        "table": [
            ["科目", "予算額（円）", "備考"],
            ["参加費収入", "9,600,000", "480名×20,000円"],
            ["懇親会費収入", "1,800,000", "200名×9,000円"],
            ["会場費", "3,200,000", "附帯設備費を含む"],
            ["運営委託費", "2,750,000", "日の出産業（人件費単価：別紙）"],
            ["懇親会費", "1,900,000", "@9,500円"],
            ["予備費", "500,000", ""],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付PDFのヘッダー・フッターに「取扱注意」のスタンプ、外部へ",
})

M({
    "id": "conference-068",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Eri Hiyama <hiyama.eri@kawasaki-denki.co.jp>"],
    "subject": "APMEC 2026 sponsorship - updated package options",
    "body": """Dear Ms. Hiyama,

Thank you for the call this morning. As requested, I attach the sheet with the
sponsorship package options and the current allocation, so that your team can consider
upgrading from Gold to Platinum.

Please let me know if you have any questions.
""" + SIG_TANAKA_EN,
    "attachments": [{
        "kind": "xlsx", "name": "APMEC2026_sponsorship_allocation.xlsx",
        "title": "Sponsorship allocation",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Confidential - Hinode Sangyo internal use only",
        "sheets": {
            "packages": [
                ["CONFIDENTIAL — APMEC 2026 Sponsorship allocation and negotiated prices"],
                ["Package", "List price (JPY)", "Slots", "Sold"],
                ["Platinum", 3000000, 1, 0],
                ["Gold", 1500000, 4, 3],
                ["Silver", 800000, 6, 2],
            ],
            "negotiated": [
                ["Sponsor", "Package", "Negotiated price (JPY)", "Discount reason"],
                ["Kawasaki Denki", "Gold", 1350000, "multi-year"],
                ["Mitsuba Material", "Gold", 1500000, ""],
                ["Tohoku Sensor Works", "Gold", 1200000, "first-time sponsor"],
                ["Aozora Instruments", "Silver", 700000, "exhibit bundle"],
            ],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付XLSXのヘッダーとタイトル行に CONFIDENTIAL（他社の値引き額も）、外部スポンサーへ",
})

M({
    "id": "conference-069",
    "charset": "iso-2022-jp",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["長尾 広之 <nagao.hiroyuki@minato-convention.jp>"],
    "subject": "来年度の会場利用について（資料送付）",
    "body": """横浜みなと国際会議場　長尾様

お世話になっております。大河内です。
先日ご相談した来年度の会場利用について、弊社の考え方をまとめた資料をお送りします。
ご検討いただけますと幸いです。
""" + SIG_OKOCHI,
    "attachments": [{
        "kind": "docx", "name": "2027年度_会場利用方針.docx",
        "title": "2027年度 会場利用方針",
        "page_header": "部外秘",
        "page_footer": "日の出産業株式会社 イベント事業部　部外秘",
        "paragraphs": [
            "部外秘",
            "2027年度 会場利用方針（イベント事業部）",
            "1. 横浜みなと国際会議場との年間包括契約を目指す（目標：会場費 前年比▲12%）。",
            "2. 交渉が不調の場合、MICE新港ホールへの移転も並行して検討する（見積取得済み）。",
            "3. 値引き交渉の下限：▲8%。これを下回る場合は移転案を社内決裁にかける。",
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "添付DOCXのヘッダー・本文冒頭に「部外秘」（社内の交渉方針）を交渉相手の会場へ",
})

M({
    "id": "conference-070",
    "charset": "iso-2022-jp",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川 <shirakawa@shirakawa-law.jp>"],
    "subject": "秘密保持契約書（登録システム業者向け）リーガルチェックのお願い",
    "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の森下です。
参加登録システムの委託先（ツバサシステム社）と締結する秘密保持契約書について、
弊社ひな形をベースにした案を作成しました。リーガルチェックをお願いできますでしょうか。

特に次の2点についてご意見をいただきたく存じます。
　(1) 参加者の個人情報を「秘密情報」に含める書き方で足りるか、
　　　別途、個人情報の取扱いに関する覚書を結ぶべきか
　(2) 契約終了後のデータ消去について、消去証明書の提出を義務付けるべきか

ご多忙のところ恐縮ですが、9月末までにご返送いただけますと幸いです。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_ツバサシステム.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
            "甲が乙に委託する参加登録システムの運用業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上・営業上の情報、"
            "及び参加者の個人情報をいう。",
            "第2条（秘密保持義務）乙は、秘密情報を善良な管理者の注意をもって管理し、第三者に開示しない。",
            "第3条（返還・消去）乙は、本契約終了後30日以内に秘密情報を返還又は消去する。",
            "第4条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "秘密保持契約書の案についての相談。機密表示のスタンプではなく契約の話",
})

M({
    "id": "conference-071",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Eri Hiyama <hiyama.eri@kawasaki-denki.co.jp>"],
    "subject": "Re: Showing the prototype at your booth - NDA",
    "body": """Dear Ms. Hiyama,

Thank you for letting us know that you plan to show a prototype sensor module at your
booth and would like the technical details shared with our AV contractor to be covered
by a non-disclosure agreement.

That is no problem at all. We usually sign a mutual NDA in such cases; our legal team
can send our standard template, or we are happy to review Kawasaki Denki's own form if
you prefer. Only the two staff members handling the booth setup would receive the
confidential drawings.

Please let me know which option suits you best.
""" + SIG_TANAKA_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "NDA の締結についての英語のやり取り。機密区分の表示はない",
})

M({
    "id": "conference-072",
    "charset": "shift_jis",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["日本防災情報学会 事務局 <office@bousai-joho.or.jp>"],
    "subject": "参加者名簿の配布について（ご提案）",
    "body": """日本防災情報学会 事務局
ご担当者様

お世話になっております。久保田です。
例年、年次大会で参加者名簿（氏名・所属）を冊子に掲載されていると伺いましたが、
今年度は個人情報保護および機密保持の観点から、名簿の冊子掲載は見送り、
希望者のみ会場の受付で閲覧いただく形をご提案いたします。

また、機密性の高い研究発表（未公開データを含むもの）については、
座長から「撮影禁止」のアナウンスを入れていただくことも併せてご検討ください。

理事会でのご審議の材料として、他学会の事例を次回お送りします。
""" + SIG_KUBOTA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「機密保持」「機密性」という語に触れているだけで、文書の機密表示ではない",
})

M({
    "id": "conference-073",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Henry Okafor <h.okafor@unilag-eng.edu.ng>"],
    "subject": "Re: Is my abstract kept confidential before the conference?",
    "body": """Dear Dr. Okafor,

Thank you for your question. Yes: submitted abstracts are treated as confidential and
are seen only by the reviewers of your topic and the Programme Committee until the
programme is published on 1 September. Reviewers sign a confidentiality statement.

After publication, the accepted abstracts will appear in the online abstract book, which
is open to registered delegates only. If your work is subject to a patent application,
you may ask us to publish the title only; please let us know by 15 August.

Best regards,
Emily Tanaka
APMEC 2026 Secretariat
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "抄録の扱いを説明する英語メール。confidential は言及で、表示（スタンプ）ではない",
})

M({
    "id": "conference-074",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["横浜みなと国際会議場 営業課 <sales@minato-convention.jp>"],
    "subject": "会議室201・203 追加利用のお願い（10/13）",
    "body": """横浜みなと国際会議場
営業課 ご担当者様

いつもお世話になっております。日の出産業の二階堂です。
前日準備日の10/13（火）について、会議室201・203を追加で利用したく、
空き状況をご確認いただけますでしょうか。

　利用時間：13:00〜21:00
　用途：201＝来賓控室の設営、203＝事務局本部（資材置き場）
　備品：長机10本、椅子30脚、ホワイトボード1台

ご見積りもあわせていただけますと助かります。
よろしくお願いいたします。
""" + SIG_NIKAIDO + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "通常の会場手配メール。末尾の定型免責文（機密情報という語を含む）はスタンプではない",
})

M({
    "id": "conference-075",
    "charset": "utf-8",
    "sender": "大河内 俊 <okochi.shun@hinode-sangyo.co.jp>",
    "to": ["イベント事業部 課長会 <ev-managers@events.hinode-sangyo.co.jp>"],
    "cc": ["森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】2027年度 学会受託の見積単価（改定案）",
    "body": """課長各位

大河内です。
来年度の学会受託案件の見積単価（改定案）を添付します。
社外秘の扱いでお願いします。共催学会・会場側には出さないでください。

来週の課長会で決定したいので、ご意見があれば金曜までにお願いします。
""",
    "attachments": [{
        "kind": "xlsx", "name": "2027_見積単価_改定案.xlsx",
        "page_header": "社外秘",
        "sheets": {
            "単価": [
                ["社外秘　2027年度 学会受託 見積単価（改定案）"],
                ["項目", "現行単価", "改定案", "備考"],
                ["ディレクター（人日）", 58000, 62000, ""],
                ["運営スタッフ（人日）", 32000, 34000, ""],
                ["登録デスク（参加者1名あたり）", 850, 900, "システム費別"],
                ["ビザ招へい状発行（1通）", 3000, 4500, "英文・原本郵送込み"],
            ],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘の表示があるが宛先は社内（サブドメイン events.hinode-sangyo.co.jp を含む）のみ",
})


# ===== 076–079：読めない添付（暗号化・破損） ==============================================

M({
    "id": "conference-076",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["桑原 実 <kuwabara.minoru@nishiki-insatsu.co.jp>"],
    "subject": "ネームカード印字データ（第2回分）",
    "body": """錦印刷　桑原様

お世話になっております。日の出産業の佐伯です。
ネームカード印字データの第2回分（約180名）をお送りします。
ファイルはパスワード付きZIPにしております。
パスワードは別メールにてお送りいたします。

よろしくお願いいたします。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "zip", "name": "namecard_02.zip", "password": "Apmec#0714",
        "files": [{"kind": "xlsx", "name": "namecard_02.xlsx",
                   "sheets": {"Sheet1": [
                       ["登録番号", "氏名", "フリガナ", "所属", "区分", "E-mail"],
                       ["AP26-0131", "仁科 勇気", "ニシナ ユウキ", "港北工業大学", "学生", "nishina.yuki@kohoku-tech.ac.jp"],
                       ["AP26-0133", "宇佐美 千尋", "ウサミ チヒロ", "北星大学", "一般", "usami.chihiro@hokusei-u.ac.jp"],
                       ["AP26-0134", "曽我部 隆之", "ソガベ タカユキ", "三つ葉マテリアル", "一般", "sogabe.t@mitsuba-mat.co.jp"],
                       ["AP26-0136", "瀧本 さやか", "タキモト サヤカ", "東都大学", "一般", "takimoto.sayaka@toto-u.ac.jp"],
                       ["AP26-0140", "葛西 陸", "カサイ リク", "東都大学", "学生", "kasai.riku@toto-u.ac.jp"],
                   ]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード付きZIP（PPAP）で中身を検査できない",
})

M({
    "id": "conference-077",
    "charset": "utf-8",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["日本防災情報学会 事務局 <office@bousai-joho.or.jp>"],
    "subject": "年次大会 決算報告書（暫定版）送付",
    "body": """日本防災情報学会 事務局
ご担当者様

お世話になっております。久保田です。
年次大会の決算報告書（暫定版）をお送りします。
PDFには閲覧用パスワードを設定しております（パスワードは前回と同じ規則です）。

確定版は、未精算分（会場の附帯設備費）の請求書が届き次第お送りいたします。
""" + SIG_KUBOTA,
    "attachments": [{
        "kind": "pdf", "name": "JSDI2026_決算報告書_暫定.pdf", "password": "jsdi2026",
        "title": "決算報告書（暫定）",
        "lines": ["日本防災情報学会 第18回年次大会 決算報告書（暫定版）", "2026年12月4日"],
        "table": [["科目", "金額"], ["参加費収入", "9,840,000"], ["懇親会費収入", "1,755,000"],
                  ["会場費", "3,318,400"], ["運営委託費", "2,750,000"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "パスワード保護されたPDFで中身を検査できない",
})

M({
    "id": "conference-078",
    "charset": "shift_jis",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["梶谷 玲奈 <kajiya.rena@tabi-planet.co.jp>"],
    "subject": "国内招待者 JR券手配表（修正版）",
    "body": """梶谷様

お世話になっております。岩渕です。
先ほどお電話でお話しした JR券の手配表（修正版）を添付します。
舟橋先生の復路を 10/16 17:09 発の のぞみ に変更しております。

何かあればご連絡ください。
""" + SIG_IWABUCHI,
    "attachments": [{"kind": "corrupt", "name": "JR券手配表_修正版.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "添付XLSXが破損しており中身を検査できない",
})

M({
    "id": "conference-079",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>"],
    "subject": "未払い者リスト（パスワード付き）",
    "body": """森下さん

お疲れさまです。佐伯です。
督促対象の未払い者リストをパスワード付きZIPでお送りします。
パスワードはいつもの共有ルールです（Teams でもお伝えします）。

佐伯
""",
    "attachments": [{
        "kind": "zip", "name": "unpaid_0705.zip", "password": "hinode-ev-0705",
        "files": [{"kind": "csv", "name": "unpaid_0705.csv", "encoding": "cp932",
                   "rows": [["登録番号", "氏名", "メール", "金額"],
                            ["AP26-0204", "髙橋 誠一", "takahashi.s@hokusei-u.ac.jp", "45000"],
                            ["AP26-0215", "吉﨑 杏奈", "yoshizaki.anna@toto-u.ac.jp", "20000"]]}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パスワード付きZIPだが宛先は社内のみ",
})


# ===== 080–100：通ってよいもの（業務上のリスト、引用、少人数、公開資料 …） ================

M({
    "id": "conference-080",
    "charset": "utf-8",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 事務局 <office@zairyo-kogaku.or.jp>"],
    "subject": "会員向けメールマガジン掲載用：推奨ホテル一覧",
    "body": """日本材料工学協会 事務局 御中

お世話になっております。日の出産業の岩渕です。
会員向けメールマガジンに掲載いただく推奨ホテルの一覧をお送りします。
いずれも事務局で APMEC 特別料金を設定済みのホテルです。

ホテル名                       住所                                   電話           料金（1泊・税込）
-----------------------------  -------------------------------------  -------------  ----------------
さくらホテル横浜               神奈川県横浜市中区山下町31-5           045-681-2200   シングル 16,500円
ホテルみなとテラス             神奈川県横浜市西区みなとみらい4-3-2   045-222-7800   シングル 18,200円
桜木町ステーションイン         神奈川県横浜市中区桜木町1-7-10         045-201-3355   シングル 11,800円
関内ビジネスホテル松風         神奈川県横浜市中区相生町5-88           045-641-0922   シングル  9,900円
ホテル横浜ベイサイド日本大通り 神奈川県横浜市中区日本大通り14         045-662-5100   シングル 14,300円

予約はいずれも APMEC 参加登録サイトの「宿泊予約」から、9月14日までとなります。
""" + SIG_IWABUCHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ホテル（事業者）の住所・電話の一覧で、個人の名簿ではない",
})

M({
    "id": "conference-081",
    "charset": "shift_jis",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["桑原 実 <kuwabara.minoru@nishiki-insatsu.co.jp>"],
    "subject": "プログラム集 協賛・展示企業一覧ページの原稿",
    "body": """錦印刷　桑原様

お世話になっております。森下です。
プログラム集の巻末「協賛・展示企業一覧」の原稿をCSVでお送りします。
会社名・小間番号・代表電話・URLの4項目を、前回のレイアウトどおりに組んでください。
ロゴデータは各社から届き次第、別途お送りします。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "csv", "name": "exhibitors_list.csv", "encoding": "cp932",
        "rows": [
            ["会社名", "区分", "小間", "代表電話", "URL"],
            ["川崎電機株式会社", "ゴールド", "G-03", "044-211-5000", "https://www.kawasaki-denki.co.jp/"],
            ["株式会社三つ葉マテリアル", "ゴールド", "G-01", "03-5577-1200", "https://www.mitsuba-mat.co.jp/"],
            ["東北センサーワークス株式会社", "ゴールド", "G-02", "022-398-4410", "https://www.tohoku-sensor.co.jp/"],
            ["あおぞら計測器株式会社", "シルバー", "S-05", "045-470-8811", "https://www.aozora-keisoku.co.jp/"],
            ["株式会社ナノレイ分析センター", "展示", "E-11", "029-861-3320", "https://www.nanoray-ac.jp/"],
            ["真空テック工業株式会社", "展示", "E-12", "06-6398-2277", "https://www.shinku-tech.co.jp/"],
            ["北陸セラミックス株式会社", "展示", "E-14", "076-231-0400", "https://www.hokuriku-ceramics.co.jp/"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "企業（代表電話・URL）の一覧で個人情報ではない",
})

M({
    "id": "conference-082",
    "charset": "iso-2022-jp",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 広報委員会 <koho@zairyo-kogaku.or.jp>"],
    "subject": "学会誌10月号掲載用 参加費のご案内（最終稿）",
    "body": """日本材料工学協会 広報委員会 御中

お世話になっております。APMEC 2026 参加登録デスクの佐伯です。
学会誌10月号に掲載いただく参加費のご案内（最終稿）です。

　区分　　　　　　　　早期（〜7/7）　通常（〜9/30）　当日
　一般（共催学会会員）　40,000円　　　45,000円　　　50,000円
　一般（非会員）　　　　48,000円　　　52,000円　　　58,000円
　学生　　　　　　　　　15,000円　　　18,000円　　　20,000円
　同伴者　　　　　　　　10,000円　　　10,000円　　　10,000円
　バンケット　　　　　　 8,000円　　　 8,000円　　　（当日販売なし）

※ 金額はすべて税込です。
※ 決済はクレジットカード（VISA／Mastercard／JCB／AMEX）または銀行振込。

修正がなければこのまま入稿いただいて構いません。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "参加費の料金表。個人データなし",
})

M({
    "id": "conference-083",
    "charset": "utf-8",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["横浜みなと国際会議場 搬入受付 <delivery@minato-convention.jp>"],
    "subject": "事前搬入物の発送連絡（APMEC 2026 / 10月12日着指定）",
    "body": """横浜みなと国際会議場
搬入受付ご担当者様

お世話になっております。日の出産業の二階堂です。
事前搬入物を本日発送しましたので、送り状番号をお知らせします。
いずれも10/12（月）午前着の指定です。受け取りと保管をお願いいたします。

　送り状番号          運送会社    内容                    個数
　4418-2291-7730     青葉運輸    受付備品（PC・プリンタ）  3
　4418-2291-7741     青葉運輸    ネームカード・ホルダー    6
　4418-2291-7752     青葉運輸    配布資料（プログラム集）  24
　ZX-0093-884-21    北星便      ポスターパネル用画鋲等    2

宛名はすべて「APMEC 2026 運営事務局 二階堂 宛／会議室203保管」としております。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "送り状番号（追跡番号）の一覧。個人データではない",
})

M({
    "id": "conference-084",
    "charset": "shift_jis",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["錦印刷 資材課 <shizai@nishiki-insatsu.co.jp>"],
    "subject": "ネームホルダー・ストラップ 発注のお願い",
    "body": """錦印刷株式会社
資材課 御中

お世話になっております。日の出産業の佐伯です。
先日お見積りいただいた資材について、下記のとおり発注いたします。

　品番　　　　　品名　　　　　　　　　　　　　数量　　単価
　NH-A6-CL　　 ネームホルダー A6 ソフトケース　 1,200　 38円
　ST-15-NV　　 ストラップ 15mm 紺　　　　　　　 900　 42円
　ST-15-GR　　 ストラップ 15mm 緑　　　　　　　 250　 42円
　ST-15-RD　　 ストラップ 15mm 赤　　　　　　　  50　 42円

見積番号：Q-26-04471
納品先：横浜みなと国際会議場 搬入受付（10/12 午前着）

注文書は別途郵送いたします。よろしくお願いいたします。
""" + SIG_SAEKI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "品番・数量・見積番号の発注メール",
})

M({
    "id": "conference-085",
    "charset": "utf-8",
    "sender": "森下 彩花 <morishita.ayaka@hinode-sangyo.co.jp>",
    "to": ["桑原 実 <kuwabara.minoru@nishiki-insatsu.co.jp>"],
    "subject": "プログラム集 タイムテーブル頁（確定版PDF）",
    "body": """桑原様

お世話になっております。森下です。
プログラム集のタイムテーブル頁、確定版をPDFでお送りします。
初校からの変更は、10/15午後の口頭セッション O4-2 の座長交代と、
O5-1 の演題差し替えの2点です。

よろしくお願いいたします。
""" + SIG_MORISHITA,
    "attachments": [{
        "kind": "pdf", "name": "APMEC2026_timetable_final.pdf",
        "title": "APMEC 2026 Timetable",
        "lines": ["APMEC 2026 Programme at a Glance — 15 October (Thu)", ""],
        "table": [
            ["Time", "Room A", "Room B", "Room C"],
            ["9:00-10:30", "O3-1 Thin Films (Chair: K. Miyaji)", "O3-2 Ceramics (Chair: T. Shitomi)", "O3-3 Polymers (Chair: S. Kim)"],
            ["10:45-12:15", "O3-4 Batteries (Chair: M. Zhang)", "O3-5 Corrosion (Chair: A. Udo)", "O3-6 Modelling (Chair: O. Brennan)"],
            ["12:30-13:30", "Luncheon Seminar (Kawasaki Denki)", "", ""],
            ["13:45-15:15", "O4-1 Keynote: L. Hartmann", "O4-2 Composites (Chair: N. Shishido)", "O4-3 Catalysis (Chair: P. Raghunathan)"],
            ["15:30-17:00", "O5-1 Young Researchers", "O5-2 Coatings (Chair: R. Onizuka)", "O5-3 Sensors (Chair: E. Hiyama)"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "公開予定のプログラム（座長・講演者の氏名のみ、連絡先なし）",
})

M({
    "id": "conference-086",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["長尾 広之 <nagao.hiroyuki@minato-convention.jp>"],
    "subject": "会場レイアウト案（第4版）",
    "body": """長尾様

お世話になっております。二階堂です。
会場レイアウト案の第4版をお送りします。
主な変更は、ホワイエのポスターパネル配置（120枚→132枚）と、クローク位置の移動です。
消防署への届出に影響がないかご確認いただけますでしょうか。
""" + SIG_NIKAIDO,
    "attachments": [{
        "kind": "pptx", "name": "APMEC2026_会場レイアウト_v4.pptx",
        "title": "会場レイアウト案 第4版",
        "slides": [
            ["APMEC 2026 会場レイアウト案（第4版）", "横浜みなと国際会議場", "2026年8月28日"],
            ["1F", "メインホール：シアター 1,200席", "ホワイエ：ポスターパネル 132枚（両面66台）",
             "クローク：正面入口右手に移動（旧：B1F）"],
            ["2F", "Room A〜C：スクール形式 各180席", "201：来賓控室", "203：事務局本部"],
            ["避難経路", "ポスターパネル間の通路幅 1.8m 以上を確保", "非常口前は物品を置かない"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "会場レイアウトのPPTX。個人データなし",
})

M({
    "id": "conference-087",
    "charset": "shift_jis",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["野々村 梓 <nonomura.azusa@sakura-hotel.jp>"],
    "subject": "RE: ルーミングリストのご確認（ホテル側登録内容）",
    "body": """野々村様

ご確認ありがとうございます。岩渕です。
ホテル側のご登録内容、こちらのリストと相違ございません。
このままでお願いいたします。

岩渕

-----Original Message-----
From: 野々村 梓 <nonomura.azusa@sakura-hotel.jp>
Sent: Thursday, September 3, 2026 10:05 AM
To: 岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>
Subject: ルーミングリストのご確認（ホテル側登録内容）

日の出産業 岩渕様

いつもお世話になっております。さくらホテル横浜の野々村でございます。
ホテル側で登録した内容を念のためお送りいたします。ご確認ください。

宮路 恭平 様　　 10/13-10/16　S　 090-2284-6610
Lena Hartmann 様 10/12-10/17　D　 +49-151-2274-9038
Somchai Rattanakorn 様 10/13-10/16　S　 +66-81-442-7013
蔀 多恵子 様　　 10/14-10/16　S　 080-5510-2973
Kim Seo-yeon 様　10/13-10/16　TW　+82-10-3381-5520
Oliver Brennan 様 10/12-10/16　S　 +61-412-773-208
Zhang Meiling 様 10/13-10/17　S　 +86-138-1177-2045

さくらホテル横浜 宿泊予約課
野々村 梓
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "7名の一覧はホテル自身のメールの引用（-----Original Message----- 以下、RE:）のみ",
})

M({
    "id": "conference-088",
    "charset": "utf-8",
    "sender": "Takuma Iwabuchi <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["Global Desk, Tabi Planet <global-desk@tabi-planet.co.jp>"],
    "subject": "Re: Arrival list for airport meet & greet",
    "body": """Dear Ms. Ogura,

Thank you, the list is correct. Only one change: Prof. Kim will now arrive on KE2707
at 13:20 instead of KE719. Everything else stays as in your message below.

Best regards,
Takuma

On Fri, 2 Oct 2026 at 11:48, Global Desk, Tabi Planet <global-desk@tabi-planet.co.jp> wrote:
> Dear Mr. Iwabuchi,
>
> Please find below the arrival list we will give to our meet & greet staff at Haneda.
>
> 1. Lena Hartmann    LH716  12 Oct 13:55  mobile +49-151-2274-9038  l.hartmann@tu-rheinfeld.de
> 2. Oliver Brennan   SQ634  12 Oct 15:40  mobile +61-412-773-208    o.brennan@uwa-coast.edu.au
> 3. Kim Seo-yeon     KE719  13 Oct 12:50  mobile +82-10-3381-5520   sykim@hanbit-univ.ac.kr
> 4. Zhang Meiling    CZ385  13 Oct 16:10  mobile +86-138-1177-2045  zhangml@szu-mat.edu.cn
> 5. David Cohen      LY091  13 Oct 17:05  mobile +972-54-661-2093   dcohen@technion-haifa.ac.il
> 6. Priya Raghunathan AI306 13 Oct 07:40  mobile +91-98450-22817   priya.r@iitk-ov.ac.in
>
> Kind regards,
> Yui Ogura, Global Desk, Tabi Planet
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "6名の到着リストは相手のメールの引用（On … wrote: と >）。新しい本文は1名の便名変更のみ",
})

M({
    "id": "conference-089",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["小田切 修 <odagiri.osamu@aoba-unyu.co.jp>"],
    "subject": "10/14 新横浜駅 お迎え（1名）の追加",
    "body": """小田切様

お世話になっております。二階堂です。
10/14（水）朝、新横浜駅でのお迎えを1件追加でお願いします。

　お迎え：鶴見 晴彦 様（組織委員長）
　日時：10/14 7:55 新横浜駅 篠原口タクシー乗り場付近
　行き先：横浜みなと国際会議場 車寄せ
　ご本人携帯：090-1123-4490

見つからない場合は、ドライバーさんから直接ご本人の携帯にお電話ください。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "1名の氏名と携帯番号を送迎業者へ（業務上必要な1名分、警告どまり）",
})

M({
    "id": "conference-090",
    "charset": "utf-8",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["さくらホテル横浜 フロント <front@sakura-hotel.jp>"],
    "subject": "本日深夜到着のお客様2名について（APMEC）",
    "body": """さくらホテル横浜 フロント ご担当者様

お世話になっております。日の出産業の岩渕です。
本日 10/13 に事務局手配でご宿泊のお客様のうち、2名が深夜の到着になります。
ノーショー扱いにならないよう、お部屋の確保をお願いいたします。

・Tran Minh Duc 様　到着予定 0:30頃
　携帯 +84-90-771-2304 / ducmt@hcm-poly.edu.vn
・Siti Nurhaliza Rahman 様　到着予定 1:00頃
　携帯 +62-812-3390-4471 / siti.nr@itb-bandung.ac.id

何かございましたら、私の携帯（080-6694-2217）までご連絡ください。
""" + SIG_IWABUCHI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "宿泊者2名の連絡先をホテルへ（少人数、業務上必要）",
})

M({
    "id": "conference-091",
    "charset": "shift_jis",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["千葉 亮介 <chiba.ryosuke@kitaguni-foods.co.jp>"],
    "subject": "来賓昼食会（10/14 12:00）出席者と当日連絡先",
    "body": """千葉様

お世話になっております。二階堂です。
10/14 の来賓昼食会（会議室201、4名）の出席者が確定しました。
配膳のタイミングは随行の方から合図がありますので、当日の連絡先もお知らせします。

　鶴見 晴彦 様　　　 携帯 090-1123-4490
　蓮見 早紀 様　　　 携帯 080-6627-3105（秘書課経由ではなく、こちらへ直接）
　真壁 公一 様　　　 携帯 090-4458-2271
　大庭 知佳 様　　　 携帯 070-2216-8843

メニューは先日ご提案いただいた「和洋折衷 松花堂 B」でお願いします。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "4名の氏名と携帯番号（5名未満の短いリスト）をケータリング業者へ",
})

M({
    "id": "conference-092",
    "charset": "iso-2022-jp",
    "sender": "田中 エミリー <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["真鍋 さくら <manabe.sakura@lingo-bridge.co.jp>"],
    "subject": "市民公開講座 事前打合せの連絡先（3名）",
    "body": """真鍋様

お世話になっております。日の出産業の田中です。
10/16 の市民公開講座について、通訳者の方と講師の先生方との事前打合せ（オンライン）を
調整いただけることになり、ありがとうございます。
講師・司会の3名の連絡先をお知らせします。

■ 舟橋 倫子 先生（講師）
　E-mail：funahashi.noriko@rakuhoku-u.ac.jp
　TEL：090-1184-7735

■ 照屋 健吾 先生（講師）
　E-mail：teruya.kengo@ryukyu-tech.ac.jp
　TEL：080-7791-0246

■ 黛 美佐 先生（司会）
　E-mail：mayuzumi.misa@kohoku-tech.ac.jp
　TEL：080-9913-2278

皆さま、平日の夕方以降であれば対応可能とのことです。
よろしくお願いいたします。

田中 エミリー
日の出産業株式会社 イベント事業部 国際担当
TEL 045-663-2187 / e.tanaka@hinode-sangyo.co.jp
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックで3名の連絡先（5名未満）を通訳会社へ",
})

M({
    "id": "conference-093",
    "charset": "utf-8",
    "sender": "佐伯 ゆかり <saeki.yukari@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 栗田 <kurita@zairyo-kogaku.or.jp>"],
    "subject": "参加登録状況（9/30 通常登録締切時点）",
    "body": """栗田様

お世話になっております。佐伯です。
通常登録締切（9/30）時点の参加登録状況をまとめましたのでお送りします。
国・地域別、区分別の人数のみで、個人の情報は含めておりません。

・総登録数：1,046名（前回大会比 +11%）
・海外からの参加：38か国・地域、412名
・学生：238名

理事会資料にご活用ください。
""" + SIG_SAEKI,
    "attachments": [{
        "kind": "xlsx", "name": "registration_stats_0930.xlsx",
        "sheets": {
            "国・地域別": [
                ["APMEC 2026 参加登録状況（2026/9/30 時点）"],
                ["国・地域", "一般", "学生", "同伴", "計"],
                ["日本", 480, 142, 12, 634],
                ["中国", 72, 31, 3, 106],
                ["韓国", 58, 22, 1, 81],
                ["台湾", 33, 12, 0, 45],
                ["インド", 29, 9, 0, 38],
                ["その他", 114, 22, 6, 142],
            ],
            "区分別": [["区分", "人数"], ["共催学会会員", 521], ["非会員", 287], ["学生", 238]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "集計表（人数）のみで個人の記録なし",
})

M({
    "id": "conference-094",
    "charset": "shift_jis",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["日本防災情報学会 事務局 <office@bousai-joho.or.jp>"],
    "subject": "発表者向け資料一式（Webサイト掲載用）",
    "body": """日本防災情報学会 事務局
ご担当者様

お世話になっております。久保田です。
大会Webサイトの「発表者の皆さまへ」ページに掲載する資料一式をZIPでお送りします。

・口頭発表要領（PDF）
・ポスター発表要領（PDF）
・スライドのテンプレート（PowerPoint、16:9）

差し替えが必要な箇所があればお知らせください。
""" + SIG_KUBOTA,
    "attachments": [{
        "kind": "zip", "name": "JSDI2026_発表者向け資料.zip",
        "files": [
            {"kind": "pdf", "name": "口頭発表要領.pdf",
             "lines": ["日本防災情報学会 第18回年次大会　口頭発表要領",
                       "発表時間：12分（質疑3分を含む）", "PCは会場備付けのWindows PCをご使用ください。",
                       "発表データは前のセッション開始までにPC受付へお持ちください。"]},
            {"kind": "pdf", "name": "ポスター発表要領.pdf",
             "lines": ["ポスター発表要領", "パネル：幅900mm×高さ1,800mm（A0縦）",
                       "掲示：11/19 9:00〜10:00　撤去：11/20 15:00まで"]},
            {"kind": "pptx", "name": "slide_template_16x9.pptx",
             "slides": [["発表タイトル", "発表者名（所属）", "日本防災情報学会 第18回年次大会"],
                        ["背景と目的", "・", "・"]]},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "公開用の発表要領とテンプレートのZIP（暗号化なし、個人データなし）",
})

M({
    "id": "conference-095",
    "charset": "utf-8",
    "sender": "能登 健 <noto.ken@hinode-sangyo.co.jp>",
    "to": ["佐久間 淳 <sakuma.jun@tsubasa-system.jp>"],
    "subject": "ISCR2027 テナント 登録フォーム項目の仕様確認",
    "body": """佐久間様

お世話になっております。日の出産業 情報システム部の能登です。
来年3月の ISCR2027 用テナントの登録フォームについて、項目の仕様を確認させてください。
ヘッダー行のみのサンプルCSVを添付します（データは入っていません）。

1. 「パスポート番号」「生年月日」はビザ招へい状が必要な人だけに表示する条件分岐にしたい
2. 「食事制限」は自由記述ではなく選択式（なし／ベジタリアン／ヴィーガン／その他）にしたい
3. CSVエクスポートから上記2項目を除外した「印刷業者向け」出力を作りたい

可否と、追加費用が発生する場合はその概算をお知らせください。
""" + SIG_NOTO,
    "attachments": [{
        "kind": "csv", "name": "iscr2027_form_fields_sample.csv", "encoding": "utf-8",
        "rows": [["reg_no", "family_name", "given_name", "affiliation", "country", "email",
                  "phone", "category", "needs_visa_letter", "passport_no", "date_of_birth",
                  "dietary"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "項目名（ヘッダー行）だけのCSVと仕様の相談。実データなし",
})

M({
    "id": "conference-096",
    "charset": "utf-8",
    "sender": "Emily Tanaka <e.tanaka@hinode-sangyo.co.jp>",
    "to": ["Finance Office, Hanbit University <finance-intl@hanbit-univ.ac.kr>"],
    "subject": "APMEC 2026 - bank transfer details for invoice INV-APM-0388",
    "body": """Dear Finance Office,

Thank you for your message. Please find below the bank details for the payment of
invoice INV-APM-0388 (registration fees for 4 delegates of Hanbit University,
total JPY 180,000).

  Beneficiary: Hinode Sangyo Co., Ltd.
  Bank: Midori Bank, Ltd., Yokohama Chuo Branch
  SWIFT: MDRIJPJT
  Account No.: 1234567 (ordinary)
  Bank address: 1-1 Minatomirai, Nishi-ku, Yokohama, Japan
  Reference: INV-APM-0388

Bank charges on the remitter's side are to be borne by the remitter. Please send us the
remittance advice once the transfer has been made.
""" + SIG_TANAKA_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "会社の振込口座の案内（事業者の口座）。個人データなし",
})

M({
    "id": "conference-097",
    "charset": "iso-2022-jp",
    "sender": "岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>",
    "to": ["梶谷 玲奈 <kajiya.rena@tabi-planet.co.jp>"],
    "subject": "RE: ご搭乗者情報の確認（国際線 2名）",
    "body": """梶谷様

お世話になっております。岩渕です。
ご搭乗者情報、ご本人のパスポートと照合しましたが相違ございませんでした。
このまま発券をお願いいたします。

岩渕

差出人: 梶谷 玲奈 <kajiya.rena@tabi-planet.co.jp>
送信日時: 2026年8月3日 11:20
宛先: 岩渕 拓真 <iwabuchi.takuma@hinode-sangyo.co.jp>
件名: ご搭乗者情報の確認（国際線 2名）

岩渕様

いつもお世話になっております。旅プラネットの梶谷です。
発券前に、ご搭乗者情報のご確認をお願いいたします。

1. HARTMANN/LENA MS　旅券番号 C01X4K7R9　生年月日 1975/09/22
2. BRENNAN/OLIVER MR　旅券番号 PA4418273　生年月日 1980/01/12

相違がなければその旨ご返信ください。

株式会社旅プラネット 法人営業部
梶谷 玲奈
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "旅券番号は旅行会社自身のメールの引用（差出人:/送信日時: 以下）のみ。新しい本文には含まれない",
})

M({
    "id": "conference-098",
    "charset": "utf-8",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["日本材料工学協会 栗田 <kurita@zairyo-kogaku.or.jp>"],
    "subject": "バンケットメニュー（案）とアレルゲン表のご確認",
    "body": """栗田様

お世話になっております。二階堂です。
北国フーズさんから、バンケットのメニュー案とアレルゲン表が届きましたので共有いたします。
協会の先生方にもご確認いただき、ご意見があればお知らせください。

料理                      えび  かに  小麦  そば  卵  乳  落花生  くるみ
------------------------  ----  ----  ----  ----  --  --  ------  ------
前菜 季節野菜のテリーヌ    -     -     -     -    ○   ○    -       -
鮮魚のカルパッチョ          -     -     -     -    -   -    -       -
海老と帆立のグリル          ○     -     ○     -    -   ○    -       -
和牛ローストビーフ          -     -     ○     -    -   -    -       -
季節のちらし寿司            ○     ○     -     -    ○   -    -       -
デザート（くるみのタルト）  -     -     ○     -    ○   ○    -       ○

ハラール・ヴィーガン等の特別食は別メニューで対応いただきます。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "料理のアレルゲン表（料理の情報で人の情報ではない）",
})

M({
    "id": "conference-099",
    "charset": "shift_jis",
    "sender": "久保田 陽平 <kubota.yohei@hinode-sangyo.co.jp>",
    "to": ["仙台観光コンベンション協会 <mice@sendai-cvb.or.jp>"],
    "subject": "エクスカーション候補施設の一覧（ご相談）",
    "body": """仙台観光コンベンション協会
MICE誘致推進課 ご担当者様

お世話になっております。日本防災情報学会 年次大会事務局（日の出産業）の久保田です。
大会翌日のテクニカルツアー（エクスカーション）について、候補施設を下記のとおり考えております。
団体受入れの可否や、バス駐車場の有無についてお知恵を拝借できれば幸いです。

・仙台市防災情報センター　宮城県仙台市青葉区国分町3-7-1　TEL 022-214-8800
・震災遺構 荒浜記念館　宮城県仙台市若林区荒浜字新堀端32-1　TEL 022-355-1200
・みやぎ津波伝承館　宮城県石巻市南浜町2-1-56　TEL 0225-98-6600
・東北防災科学ミュージアム　宮城県仙台市青葉区荒巻字青葉468-1　TEL 022-752-3300
・名取川河川防災ステーション　宮城県名取市閖上東3-5-1　TEL 022-398-7711

参加者は40名程度、大型バス1台を想定しております。
""" + SIG_KUBOTA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "施設（事業者・公共施設）の住所・電話の一覧で、個人の名簿ではない",
})

M({
    "id": "conference-100",
    "charset": "iso-2022-jp",
    "sender": "二階堂 真央 <nikaido.mao@hinode-sangyo.co.jp>",
    "to": ["森川 瑞穂 <morikawa.mizuho@staff-heart.co.jp>"],
    "subject": "APMEC 会期中の派遣スタッフご依頼（人数・業務内容）",
    "body": """株式会社スタッフハート
派遣事業部　森川様

いつもお世話になっております。日の出産業の二階堂です。
APMEC 会期中の派遣スタッフについて、正式にご依頼いたします。

　業務　　　　　　　　　　日程　　　　　　人数　時間
　受付（英語対応可）　　　10/14〜10/16　　8名　7:30〜18:00
　会場誘導・マイク係　　　10/14〜10/16　 12名　8:00〜18:30
　クローク　　　　　　　　10/15　　　　　 4名　16:00〜21:30
　PC受付（PowerPoint可）　10/14〜10/16　　3名　7:30〜17:00

事前研修は 10/13（火）15:00〜17:00 に会場で行います（研修時間も有償）。
ご提案いただく方の氏名は、確定後で構いません。
お見積りをお待ちしております。
""" + SIG_NIKAIDO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "人数と業務内容だけの発注依頼。個人データなし",
})
