# -*- coding: utf-8 -*-
"""ブラインド評価コーパス — 業務領域: 海外出張 (shutcho)

日の出産業株式会社の海外出張まわりのメール 100 通:
出張者の旅券情報、ビザ申請 (大使館・ビザ申請センター・行政書士)、海外旅行保険、
予防接種 (トラベルクリニック)、旅行会社への手配、海外ホテル、現地パートナー、
緊急連絡先・アシスタンス会社、社会保障協定・赴任前手続など。日本語と英語。

SEED = 29001 (マイナンバーは my_number(SEED + k)、カード番号は card_number(SEED + k)、
k は番号ごとに別の値: マイナンバー k = 0..4、カード番号 k = 10..12)。
"""

from build import card_number, my_number

SEED = 29001

MESSAGES: list[dict] = []


def _add(**kw) -> None:
    MESSAGES.append(kw)


def _fw(s: str) -> str:
    """ASCII 数字・ハイフンを全角に (手入力でよくある書き方)。"""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _grp4(s: str, sep: str = "-") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# -- 差出人の署名 (送信者自身の連絡先: ラベルには含めない) ---------------------------------

SIG_MORISHITA = """\
--
日の出産業株式会社 総務部 総務課（出張手配担当）
森下 真由美（もりした まゆみ）
〒103-0023 東京都中央区日本橋本町3-8-12 日の出ビル5F
TEL 03-5822-4410（内線2215） FAX 03-5822-4419
morishita.mayumi@hinode-sangyo.co.jp"""

SIG_TAKATSUKI = """\
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
海外事業部 アジア営業課 課長代理　高槻 亮
〒103-0023 東京都中央区日本橋本町3-8-12
TEL: 03-5822-4630 / Mobile: 080-4415-2290
E-mail: takatsuki.ryo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_TAKATSUKI_EN = """\
Best regards,

Ryo Takatsuki
Deputy Manager, Asia Sales Section, Overseas Business Division
Hinode Sangyo Co., Ltd.
3-8-12 Nihonbashi-Honcho, Chuo-ku, Tokyo 103-0023, Japan
Tel: +81-3-5822-4630 / Mobile: +81-80-4415-2290
takatsuki.ryo@hinode-sangyo.co.jp"""

SIG_KIRYU = """\
-------------------------------------------
日の出産業株式会社 人事部 人事課
海外赴任・出向担当　桐生 恵
TEL 03-5822-4520（直通）
kiryu.megumi@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_NONOMURA = """\
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　経理部 出納課
野々村 勉
〒103-0023 東京都中央区日本橋本町3-8-12
TEL：03-5822-4470　FAX：03-5822-4479
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_SHITARA = """\
----
日の出産業株式会社 総務部 安全衛生課
保健師　設楽 直子
TEL 03-5822-4415 / shitara.naoko@hinode-sangyo.co.jp"""

SIG_ARAKAWA_EN = """\
Kind regards,
Kenji Arakawa
Global Procurement Dept.
HINODE SANGYO CO., LTD.
Tel +81 3 5822 4680 | k.arakawa@hinode-sangyo.co.jp
www.hinode-sangyo.co.jp"""

SIG_ONODERA = """\
日の出産業株式会社 秘書室
小野寺 綾
TEL 03-5822-4401（秘書室直通）"""

SIG_SHOJI = """\
/////////////////////////////////////
日の出産業株式会社 営業本部 営業企画部
東海林 佳奈（しょうじ かな）
〒103-0023 東京都中央区日本橋本町3-8-12
TEL 03-5822-4601  携帯 090-6218-4033
shoji.kana@hinode-sangyo.co.jp
/////////////////////////////////////"""

DISCLAIMER_JA = """\
本メールには機密情報が含まれている場合があります。本メールの宛先以外の方が受信された場合は、
誠に恐れ入りますが、直ちに送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """\
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""


# ======================================================================================
# 001-020
# ======================================================================================

_add(
    id="shutcho-001",
    expect="stop",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>"],
    subject="ベトナム出張（11/17～11/21）航空券手配のお願い",
    body=f"""\
世界トラベル株式会社
法人営業部 岡野様

いつもお世話になっております。日の出産業 総務部の森下です。

標記の件、下記6名分の航空券（成田⇔ハノイ、エコノミー）の手配をお願いいたします。
旅券記載どおりのローマ字表記でお送りしますので、発券前にご確認いただけますと幸いです。

No  氏名          ローマ字               旅券番号     有効期限     生年月日
--  ------------  ---------------------  -----------  -----------  ----------
1   勅使河原 翔    TESHIGAWARA SHO        TZ4381726    2031/03/14   1984/07/22
2   小鳥遊 みのり  TAKANASHI MINORI       MU0952214    2029/10/02   1991/01/09
3   百目鬼 匠      DOMEKI TAKUMI          TR7716053    2034/06/27   1978/11/30
4   四十物 雅人    AIMONO MASATO          TK2289470    2030/08/19   1986/04/03
5   一ノ瀬 沙耶    ICHINOSE SAYA          MZ5503318    2032/12/05   1995/09/17
6   猪狩 健太郎    IKARI KENTARO          TS8840062    2028/02/11   1969/05/25

往路：11/17 NH857（羽田 10:05発）を第一希望、
復路：11/21 VN310 もしくは同日深夜便でお見積りください。
座席は可能であれば通路側をお願いします。

何卒よろしくお願いいたします。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="旅行会社へ6名の旅券番号・生年月日の一覧（ASCII 空白揃え）: 名簿かつ旅券番号",
)

_add(
    id="shutcho-002",
    expect="pass",
    charset="shift_jis",
    sender="高槻 亮 <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 法人デスク <corp-desk@hoshizora-tours.jp>"],
    subject="【見積依頼】12月 ジャカルタ出張 1名",
    body=f"""\
星空ツアーズ 法人デスク ご担当者様

お世話になっております。日の出産業の高槻です。
12月のジャカルタ出張について、航空券とホテルのお見積りをお願いできますでしょうか。

■出張者：高槻（海外事業部）1名
■日程　：12月8日（火）～12月12日（土）
■航空券：羽田または成田発 ジャカルタ（CGK）往復、エコノミー
　　　　　※社内規程により課長代理はビジネスクラス不可です
■ホテル：スディルマン地区、1泊 USD 150 以内、朝食付き、4泊
■その他：空港⇔ホテルの送迎があれば併せてお願いします

旅券情報は発券が決まりましたら別途お送りします。
ご多忙のところ恐縮ですが、今週中にご回答いただけますと助かります。

{SIG_TAKATSUKI}
""",
    entities=[],
    detectors=[],
    note="旅行会社への通常の見積依頼。個人データなし（出張者名のみ）",
)

_add(
    id="shutcho-003",
    expect="stop",
    charset="utf-8",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["Business Visa Desk <corporate@visacentre-tokyo.com>"],
    subject="Business visa application - supporting details for Mr. NAGUMO",
    body=f"""\
Dear Sir or Madam,

Further to our telephone conversation this morning, please find below the details of our
employee who will apply for a business visa (single entry, 60 days) to visit our supplier
in Pune from 9 November.

  Surname / Given name : NAGUMO / TAKESHI
  Date of birth        : 12 September 1979
  Place of birth       : Shizuoka, Japan
  Passport No.         : TH6027913
  Date of issue        : 04 April 2022   Date of expiry : 04 April 2032
  Residential address  : 2-14-6 Kamiuma, Setagaya-ku, Tokyo 154-0011
  Employer             : Hinode Sangyo Co., Ltd. (Procurement Engineer)

The invitation letter from Pune Autoparts Pvt. Ltd. and our company's guarantee letter
will be brought to the centre at the appointment on 20 October.

Could you please confirm whether a printed copy of the online application form must be
signed in blue ink?

{SIG_ARAKAWA_EN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ビザ申請センターへ1名の旅券番号・生年月日・住所: 旅券番号は1名でも停止",
)

_add(
    id="shutcho-004",
    expect="pass",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["かすみ行政書士事務所 相原先生 <aihara@kasumi-gyosei.jp>"],
    subject="中国（上海）短期商用ビザの必要書類について",
    body=f"""\
かすみ行政書士事務所
相原 先生

いつも大変お世話になっております。日の出産業 総務部の森下でございます。

来年1月に当社技術者が上海の合弁先へ約3週間滞在する予定となりました。
15日を超えるため査証が必要と理解しておりますが、以下についてご教示いただけますでしょうか。

1. 招へい状は合弁先（上海の現地法人）発行のもので足りるか
2. 申請書の写真規格（最近変更があったと聞いております）
3. 申請から受領までの標準的な日数、および特急申請の可否
4. 代行をお願いする場合のお見積り（1名あたり）

対象者が確定しましたら、改めて正式にご依頼いたします。
どうぞよろしくお願いいたします。

{SIG_MORISHITA}

{DISCLAIMER_JA}
""",
    entities=[],
    detectors=[],
    note="行政書士への問い合わせ。末尾の定型免責文（機密情報…）は表示ではない",
)

_add(
    id="shutcho-005",
    expect="stop",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["常盤損保 企業営業第二課 <kigyo2@tokiwa-sonpo.co.jp>"],
    subject="海外旅行保険（包括契約）付保通知 10月分",
    body=f"""\
常盤損害保険株式会社
企業営業第二課 御中

平素より大変お世話になっております。
日の出産業株式会社 総務部の森下です。

包括契約（証券番号 KH-2207-11853）に基づき、10月出発分の付保対象者をご通知いたします。

氏名　　　　　フリガナ　　　　　　　生年月日　　　　　　性別　渡航先　　　　期間
―――――――――――――――――――――――――――――――――――――――――――――――――
柳生　晴臣　　ヤギュウ　ハルオミ　　昭和５８年４月２日　　男　　タイ　　　　１０／５～１０／１１
鬼頭　理沙　　キトウ　リサ　　　　　Ｈ２．１１．３　　　　女　　タイ　　　　１０／５～１０／１１
宍戸　正和　　シシド　マサカズ　　　S47.6.18　　　　　　 男　　米国　　　　１０／１２～１０／２４
大豆生田　聡　オオマメウダ　サトシ　平成３年８月１５日　　男　　米国　　　　１０／１２～１０／２４
帯刀　由香里　タテワキ　ユカリ　　　昭和６１年１月３０日　女　　ドイツ　　　１０／１９～１０／２５
久慈　大輔　　クジ　ダイスケ　　　　H7.3.22　　　　　　　男　　ドイツ　　　１０／１９～１０／２５
芦田　恭平　　アシダ　キョウヘイ　　昭和５２年１２月９日　男　　インドネシア１０／２６～１１／２

保険料は従来どおり月末締めでご請求ください。
ご不明点がございましたらご連絡ください。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="保険会社へ7名の氏名・和暦生年月日・性別（全角空白揃え）: 名簿",
)

_add(
    id="shutcho-006",
    expect="pass",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Mr. Pham Quoc Bao <bao.pq@hanoi-precision.com.vn>"],
    subject="Plant visit on 18 November / mutual NDA",
    body=f"""\
Dear Mr. Bao,

Thank you very much for accepting our visit to your Bac Ninh plant on 18 November.

Before the visit, our legal department would like to conclude a mutual non-disclosure
agreement (NDA), as we expect to discuss the drawings of the new bracket series and your
process capability data. We usually use our standard template, but we are also happy to
review your company's form if you prefer.

Could you let me know:
 - which form you would like to use, and
 - who will sign on your side (name and title only)?

Once the NDA is signed, I will send the agenda and the list of our visitors.

{SIG_TAKATSUKI_EN}
""",
    entities=[],
    detectors=[],
    note="現地取引先との NDA 締結についての連絡。NDA の話題は停止理由にならない",
)

_add(
    id="shutcho-007",
    expect="stop",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Reservations <reservations@riverside-saigon-hotel.com.vn>"],
    subject="Airport pick-up for 5 guests - Hinode Sangyo (arr. 3 Nov)",
    body=f"""\
Dear Reservations Team,

Please arrange airport pick-up at Tan Son Nhat for the following five guests of our
group booking (confirmation no. RSH-88214). Your driver may contact them by mobile or
e-mail (WhatsApp is also fine).

Name\tMobile\tE-mail\tFlight
SAKAKIBARA Jun\t+81-90-3318-7264\tsakakibara.jun@hinode-sangyo.co.jp\tVN301
SOMA Ayaka\t+81-80-2047-5591\tsoma.ayaka@hinode-sangyo.co.jp\tVN301
YAKUSHIJI Ryosuke\t+81-70-6653-0128\tyakushiji.r@hinode-sangyo.co.jp\tVN301
MIKAMI Tetsuya\t+81-90-9902-4415\tmikami.tetsuya@hinode-sangyo.co.jp\tNH831
ENOMOTO Kaori\t+81-80-7731-2286\tenomoto.kaori@hinode-sangyo.co.jp\tNH831

VN301 arrives at 14:40 and NH831 at 15:25 on 3 November. One van for all five would be
ideal; they can wait for each other in the arrival hall.

{SIG_TAKATSUKI_EN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="海外ホテルへ5名の携帯・メールをタブ区切りで: 5名以上の名簿",
)

_add(
    id="shutcho-008",
    expect="pass",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["川崎電機 総務部 飯塚様 <iizuka@kawasaki-denki.co.jp>"],
    subject="Re: インド合同出張のビザ申請窓口について",
    body=f"""\
川崎電機株式会社
総務部 飯塚様

お世話になっております。日の出産業の森下です。
先日お話しした、インドのビザ申請窓口の一覧をお送りします（当社で確認した時点の情報です）。

・インドビザ申請センター（東京）
　東京都千代田区内神田1-12-3 内神田ファーストビル4F
　TEL 03-5219-7730　受付 9:00～12:00（申請）／16:00～17:30（受領）
・インドビザ申請センター（大阪）
　大阪府大阪市中央区久太郎町2-4-11 クラボウアネックス8F
　TEL 06-6261-3345
・インド大使館 領事部
　東京都千代田区九段南2-2-11
　TEL 03-3262-2391

電子ビザ（e-Business Visa）の場合は窓口に行かずに済みますが、
当社は今回、滞在が長いため通常ビザで申請する予定です。
ご参考になれば幸いです。

{SIG_MORISHITA}
""",
    entities=[],
    detectors=[],
    note="ビザ申請窓口（事業所）の住所・電話一覧: 人の名簿ではない",
)

_add(
    id="shutcho-009",
    expect="stop",
    charset="cp932",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["エマージェンシー・アシスト 法人登録係 <touroku@emergency-assist.jp>"],
    subject="緊急連絡先の登録（11月 メキシコ出張者）",
    body=f"""\
エマージェンシー・アシスト株式会社
法人登録係 ご担当者様

いつもお世話になっております。日の出産業 安全衛生課の設楽です。
11月にメキシコ（グアナファト州）へ出張する社員の留守宅緊急連絡先を登録いたします。
万一の際はこちらにご連絡くださいますようお願いいたします。

・薬師寺 亮介（出張者）　緊急連絡先：薬師寺 由紀子（妻）　090-5127-3846
・南雲 拓海（出張者）　　緊急連絡先：南雲 和子（母）　　　0495-72-1186
・相馬 綾香（出張者）　　緊急連絡先：相馬 誠（父）　　　　080-3352-9907
・榊原 潤（出張者）　　　緊急連絡先：榊原 真奈美（妻）　　070-4418-2265
・御手洗 聡（出張者）　　緊急連絡先：御手洗 葵（妻）　　　090-8846-0371

出張期間は11月9日～11月28日です。
登録完了のご連絡をいただけますと幸いです。

{SIG_SHITARA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="アシスタンス会社へ5名の家族の緊急連絡先（・箇条書き）: 名簿",
)

_add(
    id="shutcho-010",
    expect="stop",
    charset="utf-8",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["ジャパンビザサービス 申請受付 <uketsuke@japan-visa-service.co.jp>"],
    subject="ベトナム商用ビザ（3か月マルチ）申請代行のご依頼 6名",
    body=f"""\
ジャパンビザサービス株式会社
申請受付ご担当者様

お世話になっております。日の出産業 総務部の森下です。
先日お見積りいただいたベトナム商用ビザの申請代行を、下記6名分正式にお願いいたします。
旅券原本は明日、青葉運輸の便で御社宛に発送します。

【1】
氏名　：五十嵐 徹（イガラシ トオル）
所属　：生産技術部
生年月日：1976年2月14日
旅券番号：TK3901548（発行 2021/06/08）
携帯　：090-2261-7405

【2】
氏名　：東 雪乃（アズマ ユキノ）
所属　：品質保証部
生年月日：1993年10月28日
旅券番号：MZ8125037（発行 2023/01/16）
携帯　：080-6604-3318

【3】
氏名　：鵜飼 慎之介（ウカイ シンノスケ）
所属　：生産技術部
生年月日：1988年5月3日
旅券番号：TR2467791（発行 2020/11/30）
携帯　：070-1953-8842

【4】
氏名　：漆原 真琴（ウルシハラ マコト）
所属　：海外事業部
生年月日：1982年12月19日
旅券番号：TS5538120（発行 2024/03/02）
携帯　：090-7718-2654

【5】
氏名　：比嘉 ちひろ（ヒガ チヒロ）
所属　：調達部
生年月日：1997年7月7日
旅券番号：MU4402896（発行 2022/09/21）
携帯　：080-3390-1127

【6】
氏名　：古閑 武（コガ タケシ）
所属　：生産技術部
生年月日：1971年3月26日
旅券番号：TZ6610473（発行 2025/05/12）
携帯　：090-4482-9036

渡航予定は12月1日入国です。ご不明点があればお知らせください。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ビザ代行業者へ6名分、1人1ブロックで旅券番号・生年月日・携帯",
)

_add(
    id="shutcho-011",
    expect="pass",
    charset="utf-8",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>"],
    subject="バンコク展示会期間中のホテル空室確認のお願い",
    body=f"""\
世界トラベル 岡野様

いつもお世話になっております。日の出産業 営業企画部の東海林です。
来年2月のバンコク展示会（BITEC）期間中の宿泊について、下記候補ホテルの空室状況を
ご確認いただけますでしょうか（2/23 チェックイン、4泊、シングル5室）。

ホテル名                         住所                                         電話              目安料金
-------------------------------  -------------------------------------------  ----------------  --------
Grand Sukhumvit Bangkok          55 Sukhumvit Soi 11, Khlong Toei Nuea        +66-2-651-2000    THB 4,200
Bangna Convention Residence      88 Bangna-Trad Rd Km.1, Bang Na              +66-2-399-5500    THB 3,100
Onnut Garden Hotel               1520 Sukhumvit Rd, Phra Khanong              +66-2-331-8877    THB 2,650

BITEC への移動を考えると2番目が第一希望です。
よろしくお願いいたします。

{SIG_SHOJI}
""",
    html=f"""\
<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>世界トラベル 岡野様</p>
<p>いつもお世話になっております。日の出産業 営業企画部の東海林です。<br>
来年2月のバンコク展示会（BITEC）期間中の宿泊について、下記候補ホテルの空室状況を
ご確認いただけますでしょうか（2/23 チェックイン、4泊、シングル5室）。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>ホテル名</th><th>住所</th><th>電話</th><th>目安料金</th></tr>
<tr><td>Grand Sukhumvit Bangkok</td><td>55 Sukhumvit Soi 11, Khlong Toei Nuea</td><td>+66-2-651-2000</td><td>THB 4,200</td></tr>
<tr><td>Bangna Convention Residence</td><td>88 Bangna-Trad Rd Km.1, Bang Na</td><td>+66-2-399-5500</td><td>THB 3,100</td></tr>
<tr><td>Onnut Garden Hotel</td><td>1520 Sukhumvit Rd, Phra Khanong</td><td>+66-2-331-8877</td><td>THB 2,650</td></tr>
</table>
<p>BITEC への移動を考えると2番目が第一希望です。<br>よろしくお願いいたします。</p>
<pre>{SIG_SHOJI}</pre>
</body></html>
""",
    entities=[],
    detectors=[],
    note="候補ホテル（事業者）の住所・代表電話の表: 人の名簿ではない",
)

_add(
    id="shutcho-012",
    expect="stop",
    charset="utf-8",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["Exhibitor Services <exhibitors@asia-mfg-expo.com>"],
    subject="Exhibitor badge registration - Booth C-214 (Hinode Sangyo)",
    html="""\
<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Dear Exhibitor Services,</p>
<p>Please register the following staff for exhibitor badges for Booth C-214
(Asia Manufacturing Expo 2027, Bangkok). All of them will attend all four days.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>#</th><th>Family name</th><th>Given name</th><th>Title</th><th>E-mail</th><th>Mobile</th></tr></thead>
<tbody>
<tr><td>1</td><td>SHOJI</td><td>Kana</td><td>Manager</td><td>shoji.kana@hinode-sangyo.co.jp</td><td>+81 90 6218 4033</td></tr>
<tr><td>2</td><td>TSUCHIYA</td><td>Go</td><td>Sales Engineer</td><td>tsuchiya.go@hinode-sangyo.co.jp</td><td>+81 80 5520 3371</td></tr>
<tr><td>3</td><td>HANAWA</td><td>Riko</td><td>Sales</td><td>hanawa.riko@hinode-sangyo.co.jp</td><td>+81 70 2289 6610</td></tr>
<tr><td>4</td><td>OGASAWARA</td><td>Isamu</td><td>General Manager</td><td>ogasawara.isamu@hinode-sangyo.co.jp</td><td>+81 90 1147 5582</td></tr>
<tr><td>5</td><td>KANZAKI</td><td>Mei</td><td>Interpreter</td><td>kanzaki.mei@hinode-sangyo.co.jp</td><td>+81 80 9934 0216</td></tr>
<tr><td>6</td><td>TAKIGAWA</td><td>Shun</td><td>Engineer</td><td>takigawa.shun@hinode-sangyo.co.jp</td><td>+81 90 7603 1849</td></tr>
<tr><td>7</td><td>FUKAMACHI</td><td>Nao</td><td>Engineer</td><td>fukamachi.nao@hinode-sangyo.co.jp</td><td>+81 70 4471 9025</td></tr>
<tr><td>8</td><td>WAKUI</td><td>Haruto</td><td>Sales</td><td>wakui.haruto@hinode-sangyo.co.jp</td><td>+81 80 6652 3090</td></tr>
</tbody></table>
<p>Best regards,<br>Kana Shoji<br>Sales Planning Dept., Hinode Sangyo Co., Ltd.<br>
Tel +81-3-5822-4601</p>
</body></html>
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML のみのメールで8名の氏名・メール・携帯の表を展示会事務局へ",
)

_add(
    id="shutcho-013",
    expect="pass",
    charset="iso-2022-jp",
    sender="高槻 亮 <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["吉良 沙織 様 <saori_kira_0815@yahoo.co.jp>"],
    subject="ジャカルタ商談の通訳日程（12/9・12/10）",
    body=f"""\
吉良 沙織 様

いつもお世話になっております。日の出産業の高槻です。
先日お願いしたジャカルタでの商談通訳について、日程が確定しましたのでご連絡します。

12月9日（水）9:30～17:00　PT Sinar Teknik 本社（チカラン）
12月10日（木）10:00～15:00　同社 第2工場 視察・打合せ

宿泊は先方手配の Hotel Sudirman Place（2泊）で、9日朝 8:00 にロビー集合です。
通訳料は前回と同条件（1日あたり 税込 55,000円、交通費実費）でお願いできれば幸いです。

資料は守秘の観点から現地で紙でお渡しします。
ご都合に問題がなければ、その旨ご返信ください。

{SIG_TAKATSUKI}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="フリーメールの個人通訳者1名への日程連絡: 警告のみで通す",
)

_add(
    id="shutcho-014",
    expect="stop",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 査証課 <visa@hoshizora-tours.jp>"],
    subject="中国団体ビザ申請用 出張者名簿の送付",
    body=f"""\
星空ツアーズ株式会社
査証課 ご担当者様

お世話になっております。日の出産業 総務部 森下です。
大連工場立ち上げ支援の出張者名簿（CSV）を添付いたします。
申請書の作成をお願いいたします。写真データは本日中に別送します。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "csv",
        "name": "出張者名簿_大連_1201.csv",
        "encoding": "cp932",
        "rows": [
            ["No", "氏名", "フリガナ", "ローマ字", "性別", "生年月日", "旅券番号", "旅券有効期限", "本籍"],
            ["1", "東海林 弘樹", "ショウジ ヒロキ", "SHOJI HIROKI", "M", "1980/03/08", "TR1135928", "2030/07/14", "山形県"],
            ["2", "百瀬 麻衣", "モモセ マイ", "MOMOSE MAI", "F", "1992/12/24", "MU6648201", "2033/02/08", "長野県"],
            ["3", "雲母 隆", "キララ タカシ", "KIRARA TAKASHI", "M", "1974/06/11", "TK4019376", "2029/11/30", "福岡県"],
            ["4", "羽生田 悠", "ハニュウダ ユウ", "HANYUDA YU", "M", "1989/09/02", "TZ7752634", "2031/05/19", "群馬県"],
            ["5", "左近 早苗", "サコン サナエ", "SAKON SANAE", "F", "1985/01/27", "MZ3308815", "2028/10/03", "京都府"],
            ["6", "轟 大樹", "トドロキ ダイキ", "TODOROKI DAIKI", "M", "1996/04/15", "TS9926047", "2035/01/22", "熊本県"],
            ["7", "清宮 隼人", "キヨミヤ ハヤト", "KIYOMIYA HAYATO", "M", "1983/08/29", "TH2280563", "2032/04/06", "東京都"],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="CP932 の CSV 添付で7名の旅券番号・生年月日",
)

_add(
    id="shutcho-015",
    expect="pass",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>"],
    subject="Re: 【要確認】航空券発券前の綴り確認（11/17 ハノイ便）",
    body=f"""\
岡野様

ご確認ありがとうございます。綴り・番号ともに相違ございません。
このまま発券をお願いいたします。請求書は通常どおり経理部宛にお送りください。

森下

> 日の出産業株式会社
> 総務部 森下様
>
> いつもお世話になっております。世界トラベルの岡野です。
> 発券前の最終確認として、下記2名様の旅券情報をご確認ください。
>
>   TESHIGAWARA SHO   旅券番号 TZ4381726  生年月日 1984/07/22
>   TAKANASHI MINORI  旅券番号 MU0952214  生年月日 1991/01/09
>
> 問題なければ本日中に発券いたします。
> 世界トラベル株式会社 法人営業部 岡野 賢治
""",
    entities=[],
    detectors=[],
    note="旅行会社の文面を引用しての返信: 引用部分の旅券情報は相手が既に持っている",
)

_add(
    id="shutcho-016",
    expect="stop",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=[
        "世界トラベル 岡野様 <okano@sekai-travel.co.jp>",
        "星空ツアーズ 法人デスク <corp-desk@hoshizora-tours.jp>",
        "朝日ビジネストラベル 営業部 <sales@asahi-bt.co.jp>",
    ],
    subject="【相見積】2027年度 海外出張手配業務のご提案依頼",
    body=f"""\
各位

いつもお世話になっております。日の出産業株式会社 総務部の森下です。

当社では2027年度より海外出張手配の委託先を見直すこととなり、
下記の条件でご提案・お見積りをお願いしたく、ご連絡いたしました。

・年間出張件数：約 420 件（アジア 7割、北米 2割、欧州 1割）
・対応範囲　　：航空券・ホテル・ビザ申請代行・24時間緊急対応
・精算方式　　：月次一括請求（法人カード決済も可）
・提出期限　　：11月30日（月）17:00

ご質問は本メールへの返信にてお受けします。
何卒よろしくお願いいたします。

{SIG_MORISHITA}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="競合する旅行会社3社を To に並べた相見積依頼: 3社が互いに見える（Bcc にすべき）",
)

_add(
    id="shutcho-017",
    expect="stop",
    charset="utf-8",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["Hotel Lindenhof Reservierung <reservierung@hotel-lindenhof.de>"],
    subject="Guarantee for booking LH-55027 (arrival 16 Nov)",
    body=f"""\
Dear Ms. Wagner,

Thank you for your prompt reply. As requested, please find below the credit card details
to guarantee our booking LH-55027 (2 single rooms, 16-20 November, late arrival).

  Card holder : KENJI ARAKAWA
  Card number : {_grp4(card_number(SEED + 10), " ")}
  Expiry      : 08/29

Please charge only the first night as a guarantee; the balance will be settled by the
guests on check-out with their own corporate cards.

{SIG_ARAKAWA_EN}
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="海外ホテルへのメール本文にクレジットカード番号",
)

_add(
    id="shutcho-018",
    expect="pass",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["海外事業部 高槻 <takatsuki.ryo@hinode-sangyo.co.jp>"],
    cc=["総務部 出張手配 <shutcho-tehai@hinode-sangyo.co.jp>"],
    subject="北米出張者 旅券情報の確認（社内）",
    body=f"""\
高槻さん

お疲れさまです。総務の森下です。
ESTA 申請の前に、総務で控えている旅券情報に誤りがないか確認をお願いします。
（社内確認用です。社外には出さないでください）

氏名            旅券番号     有効期限     生年月日
--------------  -----------  -----------  -----------
宍戸 正和        TM3318204    2029/05/21   1972/06/18
大豆生田 聡      TK7045129    2031/09/09   1991/08/15
葛城 美月        MZ1187632    2030/12/01   1987/02/11
乙部 優斗        TR9064418    2032/03/17   1994/11/05
真壁 康之        TS2553097    2028/07/26   1968/04/22
綿貫 遥          MU8830271    2034/10/12   1999/06/30
狩野 光彦        TH4476905    2030/01/08   1981/09/13
沼田 奈央        TZ0691348    2033/08/25   1990/03/04

修正があれば今週中にお知らせください。

森下
""",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=[],
    note="宛先がすべて社内: 旅券番号の名簿でも通す",
)

_add(
    id="shutcho-019",
    expect="stop",
    charset="iso-2022-jp",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 <enkai@sakura-hotel.com>"],
    subject="12/14 海外代理店歓迎会 会場予約の件",
    body=f"""\
さくらホテル
宴会予約ご担当者様

いつもお世話になっております。日の出産業の東海林です。
先日お電話でご相談した、海外代理店ご一行の歓迎会について正式にお願いいたします。

日時：12月14日（月）18:30～20:30
人数：22名（うち海外からのお客様 14名）
形式：着席ビュッフェ、英語表記のメニューカードをお願いします
予算：お一人様 12,000円（飲み放題込み）

当日は成田からバスで到着予定のため、開始が多少遅れる可能性があります。
ご確認のほどよろしくお願いいたします。

{SIG_SHOJI}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 sakura-hotel.jp の TLD 違い（sakura-hotel.com）宛て: 類似ドメイン",
)

_add(
    id="shutcho-020",
    expect="stop",
    charset="utf-8",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["朝日ビジネストラベル 北米デスク 西園寺様 <saionji@asahi-bt.co.jp>"],
    subject="北米出張（1月）手配依頼：出張者一覧を添付します",
    body=f"""\
朝日ビジネストラベル株式会社
北米デスク 西園寺様

いつもお世話になっております。日の出産業 総務部の森下です。
1月の北米出張（デトロイト・シカゴ）の手配について、出張者一覧をExcelでお送りします。
シート「出張者」に旅券情報と連絡先、「便」に希望便、「宿泊」に希望ホテルを記載しています。

ESTA は各自取得済みです。ご確認のほどよろしくお願いいたします。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "北米出張者一覧_202701.xlsx",
        "title": "北米出張者一覧",
        "sheets": {
            "出張者": [
                ["2027年1月 北米出張者一覧（日の出産業 総務部）", None, None, None, None, None, None],
                [None, None, None, None, None, None, None],
                ["No", "氏名", "ローマ字", "生年月日", "旅券番号", "有効期限", "携帯電話"],
                [1, "真壁 康之", "MAKABE YASUYUKI", "1968/04/22", "TS2553097", "2028/07/26", "090-3127-5540"],
                [2, "葛城 美月", "KATSURAGI MIZUKI", "1987/02/11", "MZ1187632", "2030/12/01", "080-6231-9018"],
                [3, "乙部 優斗", "OTOBE YUTO", "1994/11/05", "TR9064418", "2032/03/17", "070-5519-2473"],
                [4, "狩野 光彦", "KANO MITSUHIKO", "1981/09/13", "TH4476905", "2030/01/08", "090-2284-6631"],
                [5, "沼田 奈央", "NUMATA NAO", "1990/03/04", "TZ0691348", "2033/08/25", "080-4417-3302"],
                [6, "綿貫 遥", "WATANUKI HARUKA", "1999/06/30", "MU8830271", "2034/10/12", "070-8862-1195"],
                [7, "宍戸 正和", "SHISHIDO MASAKAZU", "1972/06/18", "TM3318204", "2029/05/21", "090-9930-4728"],
            ],
            "便": [
                ["区間", "日付", "便名", "出発", "到着", "人数"],
                ["HND-DTW", "2027/01/11", "DL276", "16:25", "13:50", 7],
                ["ORD-HND", "2027/01/19", "NH111", "11:20", "15:30+1", 7],
            ],
            "宿泊": [
                ["都市", "ホテル", "泊数", "部屋数"],
                ["Detroit", "Renaissance Riverfront Inn", 4, 7],
                ["Chicago", "Lakeview Loop Hotel", 4, 7],
            ],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="複数シートの XLSX（タイトル行あり）に7名の旅券番号・生年月日・携帯",
)


# ======================================================================================
# 021-040
# ======================================================================================

_add(
    id="shutcho-021",
    expect="pass",
    charset="iso-2022-jp",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>"],
    cc=["川崎電機 調達部 石動様 <isurugi@kawasaki-denki.co.jp>"],
    subject="ミュンヘン合同視察（川崎電機様と同行）航空便の調整",
    body=f"""\
世界トラベル 岡野様
（cc：川崎電機 石動様）

お世話になっております。日の出産業 調達部の荒川です。
来月のミュンヘン合同視察について、川崎電機様と同じ便で移動できるよう調整をお願いします。

往路：11/15（日）羽田 11:50発 NH217 → ミュンヘン 18:05着
復路：11/20（金）ミュンヘン 20:30発 NH218 → 羽田 翌15:55着

当社は3名、川崎電機様は2名の予定です。川崎電機様の手配は御社の別部署
（法人第三課）とのことですので、座席をなるべく近くにしていただけますと助かります。
現地の移動（空港⇔ホテル⇔工場）は先方のバイエルン機械様がバスを出してくださる予定です。

石動様、御社側の人数に変更がありましたら岡野様と私にお知らせください。

{SIG_ARAKAWA_EN}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="旅行会社と取引先の2組織が To/Cc: 通常の三者間メール、個人データなし",
)

_add(
    id="shutcho-022",
    expect="stop",
    charset="cp932",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["中井税理士事務所 中井先生 <nakai@nakai-tax.jp>"],
    subject="海外赴任者の納税管理人届出について（猪瀬）",
    body=f"""\
中井税理士事務所
中井 先生

いつもお世話になっております。日の出産業 人事部の桐生です。
12月からタイ現地法人へ赴任する社員について、出国前の年末調整と
納税管理人の届出をお願いしたく、必要事項をお送りします。

　氏名　　　：猪瀬 孝之（イノセ タカユキ）
　個人番号　：{_grp4(my_number(SEED + 0), " ")}
　住所　　　：〒272-0034 千葉県市川市市川2丁目17番8号 ハイツ市川302
　出国予定日：2026年12月6日
　納税管理人：猪瀬 美穂（配偶者、国内に残ります）

固定資産（自宅マンション）の賃貸収入が出国後に発生する見込みです。
書類の原本は来週郵送いたします。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="税理士へ赴任者1名のマイナンバー・住所: マイナンバーは1件でも停止",
)

_add(
    id="shutcho-023",
    expect="pass",
    charset="utf-8",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["Mr. Anand Kulkarni <anand.kulkarni@pune-autoparts.co.in>"],
    subject="Re: Audit visit schedule - 10/11 November",
    body=f"""\
Dear Anand,

Thank you for the draft agenda. The schedule works well for us.

Day 1 (10 Nov): opening meeting, line walk (machining and heat treatment), document review
Day 2 (11 Nov): sample inspection, corrective-action review, closing meeting at 15:00

We will be two persons (myself and our quality engineer). We will take a taxi from the
hotel, so there is no need to arrange a car. If the plant requires safety shoes of our own,
please let me know - otherwise we will use the visitor shoes as last time.

Looking forward to seeing you in Pune.

{SIG_ARAKAWA_EN}
Mobile (while travelling): +81-90-7742-1163
""",
    entities=[],
    detectors=[],
    note="海外取引先への英文の日程連絡。送信者の署名と出張中の携帯は本人の連絡先",
)

_add(
    id="shutcho-024",
    expect="stop",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Guest Relations <guest@hotel-sudirmanplace.co.id>"],
    subject="Special arrangements for our guest, Mr. Hakim Rahman (arr. 7 Dec)",
    body=f"""\
Dear Guest Relations team,

We have a booking under Hinode Sangyo (conf. SP-20391) for 7-11 December.

One of our guests, Mr. Hakim Rahman (engineer, Malaysian national working in our Tokyo
office), is a practising Muslim. Could you kindly:

  1. make sure his breakfast and the dinner on 9 December are halal,
  2. provide a prayer mat and the qibla direction in his room, and
  3. let him know where the nearest musholla is in the hotel?

He will observe Friday prayers on 11 December, so a late check-out until 14:00 would
also be appreciated.

Thank you for your kind support.

{SIG_TAKATSUKI_EN}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="海外ホテルへ特定個人の信仰（ムスリム）を伝える: 要配慮個人情報（信条）",
)

_add(
    id="shutcho-025",
    expect="pass",
    charset="iso-2022-jp",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["品川トラベルクリニック 予約係 <yoyaku@shinagawa-travel-clinic.jp>"],
    subject="法人予約のお願い（11月10日 午後枠 4名）",
    body=f"""\
品川トラベルクリニック
予約係 ご担当者様

いつもお世話になっております。日の出産業 安全衛生課の設楽です。
法人契約にて、下記4名の渡航前予約をお願いいたします。

日時：11月10日（火）14:00～15:30 の枠
対象：
　(1) 南雲 拓海　　1988年4月19日生
　(2) 相馬 綾香　　1995年12月2日生
　(3) 榊原 潤　　　1979年7月31日生
　(4) 御手洗 聡　　1983年10月6日生

接種内容は当日、各人が問診票でご相談させていただきます。
費用は法人請求（月末締め）でお願いいたします。

{SIG_SHITARA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="クリニックへ4名の氏名・生年月日（病歴等なし）: 5名未満なので警告まで",
)

_add(
    id="shutcho-026",
    expect="stop",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Ms. Dewi Lestari <dewi.lestari@sinar-teknik.co.id>"],
    subject="Invitation letters for our delegation (visa application)",
    body=f"""\
Dear Ms. Dewi,

Thank you for agreeing to issue invitation letters for our delegation. As requested,
the attached Word file lists the five members with their passport details, exactly as
they appear in the passports.

Please address the letters to the Embassy of the Republic of Indonesia in Tokyo.
We would be grateful to receive the signed PDFs by 20 November.

{SIG_TAKATSUKI_EN}
""",
    attachments=[{
        "kind": "docx",
        "name": "Delegation_members_Dec2026.docx",
        "title": "Delegation members",
        "paragraphs": [
            "Hinode Sangyo Co., Ltd. - Delegation to PT Sinar Teknik (Cikarang), 7-11 December 2026",
            "Purpose: technical meeting and plant audit",
        ],
        "tables": [[
            ["No.", "Full name", "Date of birth", "Nationality", "Passport No.", "Expiry", "Position"],
            ["1", "TAKATSUKI RYO", "1985-03-27", "Japan", "TK5069218", "2031-02-14", "Deputy Manager"],
            ["2", "OGASAWARA ISAMU", "1966-08-09", "Japan", "TS7720356", "2029-06-03", "General Manager"],
            ["3", "FUKAMACHI NAO", "1992-05-21", "Japan", "MZ4418907", "2033-11-28", "Engineer"],
            ["4", "TAKIGAWA SHUN", "1990-01-13", "Japan", "TR6603142", "2030-09-17", "Engineer"],
            ["5", "HAKIM BIN RAHMAN", "1989-10-02", "Malaysia", "A48213307", "2029-04-25", "Engineer"],
        ]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="DOCX の表で5名の旅券番号・生年月日を海外取引先へ",
)

_add(
    id="shutcho-027",
    expect="pass",
    charset="iso-2022-jp",
    sender="高槻 亮 <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["白川法律事務所 三枝先生 <saegusa@shirakawa-law.jp>"],
    subject="ベトナム企業との秘密保持契約書（案）のご確認のお願い",
    body=f"""\
白川法律事務所
三枝 先生

いつもお世話になっております。日の出産業 海外事業部の高槻です。

11月18日にハノイの Hanoi Precision 社の工場を訪問するにあたり、
事前に相互の秘密保持契約を締結する予定です。当社ひな形をもとに英文の案を作成しましたので、
以下の点を中心にご確認いただけますでしょうか。

・準拠法と紛争解決（ベトナム法／日本法、仲裁地）
・秘密情報の範囲に「工場見学で見聞きした情報」を含める書き方
・有効期間（3年）と存続条項

お忙しいところ恐縮ですが、11月6日までにご意見をいただけますと幸いです。

{SIG_TAKATSUKI}
""",
    attachments=[{
        "kind": "docx",
        "name": "Mutual_NDA_draft_v2.docx",
        "title": "Mutual Non-Disclosure Agreement (draft)",
        "paragraphs": [
            "MUTUAL NON-DISCLOSURE AGREEMENT (DRAFT v2)",
            "This Agreement is made between Hinode Sangyo Co., Ltd. and Hanoi Precision Co., Ltd.",
            "1. Definition. \"Confidential Information\" means any technical or business information "
            "disclosed by either party, including information obtained during plant visits.",
            "2. Obligations. The receiving party shall not disclose Confidential Information to any "
            "third party without the prior written consent of the disclosing party.",
            "3. Term. This Agreement shall remain in effect for three (3) years from the date of signature.",
            "4. Governing law. [to be discussed]",
        ],
    }],
    entities=[],
    detectors=[],
    note="法律事務所へ NDA 案の確認依頼。契約書中の Confidential Information は表示ではない",
)

_add(
    id="shutcho-028",
    expect="stop",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["ほけんパートナーズ 法人営業 <houjin@hoken-partners.co.jp>"],
    subject="海外旅行保険 年間付保者一覧（PDF）送付",
    body=f"""\
ほけんパートナーズ株式会社
法人営業部 ご担当者様

お世話になっております。日の出産業の森下です。
来年度の契約更改に向けて、今年度の付保者一覧をPDFでお送りします。
更改見積りの算定にご利用ください。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "pdf",
        "name": "付保者一覧_2026年度.pdf",
        "title": "海外旅行保険 付保者一覧",
        "lines": [
            "日の出産業株式会社　海外旅行保険（包括契約）付保者一覧　2026年度上期",
            "証券番号 KH-2207-11853",
            "",
        ],
        "table": [
            ["No", "氏名", "生年月日", "性別", "渡航先", "日数"],
            ["1", "柳生 晴臣", "1983/04/02", "男", "タイ", "7"],
            ["2", "鬼頭 理沙", "1990/11/03", "女", "タイ", "7"],
            ["3", "宍戸 正和", "1972/06/18", "男", "米国", "13"],
            ["4", "大豆生田 聡", "1991/08/15", "男", "米国", "13"],
            ["5", "帯刀 由香里", "1986/01/30", "女", "ドイツ", "7"],
            ["6", "久慈 大輔", "1995/03/22", "男", "ドイツ", "7"],
            ["7", "芦田 恭平", "1977/12/09", "男", "インドネシア", "8"],
            ["8", "勅使河原 翔", "1984/07/22", "男", "ベトナム", "5"],
            ["9", "小鳥遊 みのり", "1991/01/09", "女", "ベトナム", "5"],
            ["10", "百目鬼 匠", "1978/11/30", "男", "ベトナム", "5"],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF の表で10名の氏名・生年月日を保険代理店へ",
)

_add(
    id="shutcho-029",
    expect="pass",
    charset="cp932",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["青葉運輸 日本橋営業所 <nihonbashi@aoba-unyu.co.jp>"],
    subject="集荷のお願い（ビザ申請書類 3件）",
    body=f"""\
青葉運輸株式会社
日本橋営業所 御中

いつもお世話になっております。日の出産業 総務部の森下です。
本日、ビザ申請書類（旅券原本を含む）を下記3件発送いたします。
貴重品扱い・手渡しでお願いいたします。

送り状番号　　　　お届け先
4471-2208-3315　　ジャパンビザサービス株式会社（港区）
4471-2208-3326　　かすみ行政書士事務所（千代田区）
4471-2208-3330　　インドビザ申請センター（千代田区）

集荷は 15:00 以降でお願いします（受付：5階 総務部）。
よろしくお願いいたします。

{SIG_MORISHITA}
""",
    entities=[],
    detectors=[],
    note="運送会社への集荷依頼: 送り状番号と届け先（事業所）のみ",
)

_add(
    id="shutcho-030",
    expect="stop",
    charset="utf-8",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 添乗員 宮路様 <miyaji@hoshizora-tours.jp>"],
    subject="出張前説明会の資料（緊急連絡網を含みます）",
    body=f"""\
星空ツアーズ
宮路様

お世話になっております。日の出産業 安全衛生課の設楽です。
昨日社内で実施したメキシコ出張前説明会の資料をお送りします。
現地で添乗いただく際の参考として、最後のスライドの緊急連絡網もご確認ください。

{SIG_SHITARA}
""",
    attachments=[{
        "kind": "pptx",
        "name": "メキシコ出張前説明会_1105.pptx",
        "title": "メキシコ出張前説明会",
        "slides": [
            ["メキシコ出張前説明会", "2026年11月5日　総務部 安全衛生課", "対象：グアナファト工場 立上げ支援 5名"],
            ["現地の治安と注意事項", "夜間の単独行動は禁止", "流しのタクシーは利用しない", "貴重品は分散して携行"],
            ["健康管理", "生水・氷に注意", "高地（標高約2,000m）のため初日は無理をしない"],
            ["緊急連絡網（出張者）",
             "薬師寺 亮介　携帯 090-1184-6620",
             "南雲 拓海　　携帯 080-7352-0941",
             "相馬 綾香　　携帯 070-2295-8813",
             "榊原 潤　　　携帯 090-6673-1508",
             "御手洗 聡　　携帯 080-5518-2279",
             "現地責任者 狩野 光彦　携帯 +52-473-118-4092"],
        ],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX のスライドに6名の氏名と携帯番号（緊急連絡網）を旅行会社へ",
)

_add(
    id="shutcho-031",
    expect="pass",
    charset="iso-2022-jp",
    sender="野々村 勉 <nonomura.tsutomu@hinode-sangyo.co.jp>",
    to=["世界トラベル 経理課 <keiri@sekai-travel.co.jp>"],
    subject="10月分ご請求書の宛名・登録番号の修正依頼",
    body=f"""\
世界トラベル株式会社
経理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の野々村です。
10月分のご請求書（請求番号 ST-2610-00472、ST-2610-00488）につきまして、
宛名が旧社名の「日の出産業（株）本社営業部」となっておりました。

お手数ですが、下記のとおり再発行をお願いいたします。

　宛名　　：日の出産業株式会社 総務部
　登録番号：T4010401087615（当社の適格請求書発行事業者登録番号）
　支払期日：11月30日（変更なし）

なお、ST-2610-00488 の内訳にある「ビザ申請代行手数料 3件」は
9月分で精算済みのため、差し引いていただけますでしょうか。

{SIG_NONOMURA}
""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="旅行会社への請求書再発行依頼: 請求番号と自社の登録番号（法人番号）のみ",
)

_add(
    id="shutcho-032",
    expect="stop",
    charset="utf-8",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["ジャパンビザサービス 申請受付 <uketsuke@japan-visa-service.co.jp>"],
    subject="インド商用ビザ申請一式（ZIP）",
    body=f"""\
ジャパンビザサービス株式会社
申請受付ご担当者様

お世話になっております。日の出産業の森下です。
インド商用ビザの申請データ一式をZIPにまとめてお送りします。

　・申請者一覧.xlsx（5名分、申請書記入用の情報）
　・保証書_ドラフト.docx（当社の保証書案）

申請書の下書きができましたらご確認のためPDFでお送りください。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "zip",
        "name": "インドビザ申請_202611.zip",
        "files": [
            {
                "kind": "xlsx",
                "name": "申請者一覧.xlsx",
                "sheets": {
                    "申請者": [
                        ["氏名", "ローマ字", "生年月日", "出生地", "旅券番号", "発行日", "現住所", "父の氏名"],
                        ["荒川 健二", "ARAKAWA KENJI", "1977/05/16", "神奈川県", "TK8802613", "2022/02/10",
                         "神奈川県横浜市港北区日吉本町4-9-21", "荒川 清"],
                        ["南雲 武", "NAGUMO TAKESHI", "1979/09/12", "静岡県", "TH6027913", "2022/04/04",
                         "東京都世田谷区上馬2-14-6", "南雲 茂"],
                        ["羽生田 悠", "HANYUDA YU", "1989/09/02", "群馬県", "TZ7752634", "2021/05/19",
                         "埼玉県川口市芝新町7-3-105", "羽生田 勝"],
                        ["雲母 隆", "KIRARA TAKASHI", "1974/06/11", "福岡県", "TK4019376", "2019/11/30",
                         "千葉県船橋市本町3-22-8", "雲母 進"],
                        ["百瀬 麻衣", "MOMOSE MAI", "1992/12/24", "長野県", "MU6648201", "2023/02/08",
                         "東京都江東区豊洲5-6-44-1811", "百瀬 浩"],
                    ],
                },
            },
            {
                "kind": "docx",
                "name": "保証書_ドラフト.docx",
                "paragraphs": [
                    "To: The Consular Section, Embassy of India, Tokyo",
                    "Hinode Sangyo Co., Ltd. hereby guarantees all expenses of the following employees during their stay in India.",
                    "ARAKAWA KENJI / NAGUMO TAKESHI / HANYUDA YU / KIRARA TAKASHI / MOMOSE MAI",
                ],
            },
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="暗号化なし ZIP 内の XLSX に5名の旅券番号・生年月日・住所",
)

_add(
    id="shutcho-033",
    expect="pass",
    charset="cp932",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["人事部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
    subject="【社内】タイ赴任者 猪瀬さんの個人番号（年末調整用）",
    body=f"""\
給与担当 各位

お疲れさまです。海外赴任担当の桐生です。
12月6日出国の猪瀬さんについて、出国時年末調整に必要な情報を共有します。

　氏名：猪瀬 孝之
　社員番号：H-20458
　個人番号：{my_number(SEED + 1)}
　※本人から提出された通知カードの写しで確認済み

扶養控除等申告書の原本は人事部キャビネット（施錠）に保管しています。
処理が済みましたらこのメールは削除をお願いします。

桐生
""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"],
    detectors=[],
    note="社内のみ宛て: マイナンバーを含んでも通す",
)

_add(
    id="shutcho-034",
    expect="stop",
    charset="iso-2022-jp",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["ソラ・リロケーション 法人窓口 <houjin@sora-relocation.co.jp>"],
    subject="FW: 1月赴任者の留守宅情報",
    body=f"""\
ソラ・リロケーション株式会社
法人窓口 ご担当者様

いつもお世話になっております。日の出産業 人事部の桐生です。
留守宅管理サービスのお見積りのため、社内で取りまとめた情報を転送いたします。
ご確認のほどよろしくお願いいたします。

{SIG_KIRYU}

-------- Forwarded Message --------
件名: 1月赴任者の留守宅情報
日付: 2026年10月28日 10:14
差出人: 人事部 赴任者受付 <funin@hinode-sangyo.co.jp>
宛先: 桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>

桐生さん

1月赴任予定者の留守宅（持ち家）の情報です。

1. 漆原 真琴　〒221-0822 神奈川県横浜市神奈川区西神奈川1-7-15　携帯 090-7718-2654
2. 宇津木 修　〒330-0063 埼玉県さいたま市浦和区高砂3-4-9　　　　携帯 080-2053-6147
3. 佐伯 涼子　〒182-0024 東京都調布市布田2-31-5 グランシャリオ調布704　携帯 070-3318-9950
4. 蔵本 大志　〒260-0013 千葉県千葉市中央区中央4-11-2　　　　　携帯 090-5562-0843
5. 土門 恵美　〒466-0027 愛知県名古屋市昭和区阿由知通2-8　　　 携帯 080-9127-4405

いずれも赴任期間は3～5年の見込みです。
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="社内メールを社外業者へ転送: 5名の自宅住所・携帯（転送は新たな開示）",
)

_add(
    id="shutcho-035",
    expect="pass",
    charset="utf-8",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["北国フーズ 総務部 村越様 <murakoshi@kitaguni-foods.co.jp>"],
    subject="ホーチミン合同出張 現地緊急連絡先一覧（PDF）",
    body=f"""\
北国フーズ株式会社
総務部 村越様

お世話になっております。日の出産業 安全衛生課の設楽です。
来月のホーチミン合同出張にあたり、当社で作成している現地緊急連絡先一覧を共有いたします。
御社の参加者の方にもお配りいただいて構いません。

{SIG_SHITARA}
""",
    attachments=[{
        "kind": "pdf",
        "name": "HCMC_緊急連絡先一覧.pdf",
        "title": "ホーチミン 現地緊急連絡先",
        "lines": ["ホーチミン市 現地緊急連絡先一覧（2026年11月版）", ""],
        "table": [
            ["区分", "名称", "住所", "電話"],
            ["総領事館", "在ホーチミン日本国総領事館", "261 Dien Bien Phu, Q.3", "+84-28-3933-3510"],
            ["病院", "Saigon International Clinic", "8 Alexandre de Rhodes, Q.1", "+84-28-3822-7848"],
            ["病院", "Riverside General Hospital", "6 Nguyen Luong Bang, Q.7", "+84-28-5411-3333"],
            ["警察", "公安（緊急）", "-", "113"],
            ["救急", "救急車", "-", "115"],
            ["アシスタンス", "エマージェンシー・アシスト 24時間デスク", "東京", "+81-3-6625-0990"],
            ["旅行会社", "世界トラベル 海外緊急デスク", "東京", "+81-3-5201-7788"],
        ],
    }],
    entities=[],
    detectors=[],
    note="総領事館・病院・アシスタンスデスクなど事業者の連絡先一覧: 人の名簿ではない",
)

_add(
    id="shutcho-036",
    expect="stop",
    charset="iso-2022-jp",
    sender="荒川 健二 <k.arakawa@hinode-sangyo.co.jp>",
    to=["ワールドレンタカー 海外予約センター <kaigai@world-rentacar.jp>"],
    subject="デトロイト空港 レンタカー予約（1/11～1/15）",
    body=f"""\
ワールドレンタカー
海外予約センター ご担当者様

日の出産業株式会社 調達部の荒川と申します。
先ほどWebで仮予約した件（仮予約番号 WR-US-7731942）について、
運転者情報の登録をお願いいたします。

　運転者氏名　　：荒川 健二（ARAKAWA KENJI）
　生年月日　　　：1977年5月16日
　運転免許証番号：第 451901237740 号（有効期限 2029年6月16日）
　国外運転免許証：取得済み（2026年12月発行予定）

法人契約の保険フルカバー（LDW・SLI）付きでお願いします。
よろしくお願いいたします。

{SIG_ARAKAWA_EN}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="レンタカー会社へ運転免許証番号・生年月日: 本人のものでも身分証番号は停止",
)

_add(
    id="shutcho-037",
    expect="pass",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["朝日ビジネストラベル 西園寺様 <saionji@asahi-bt.co.jp>"],
    subject="eチケット送付先の変更（1名）",
    body=f"""\
西園寺様

お世話になっております。日の出産業の森下です。
1月北米出張のうち、下記1名はeチケットと旅程表を本人に直接お送りください。
（出張前に別件でシカゴに前乗りするため、総務経由だと間に合わないためです）

　氏名：狩野 光彦（KANO MITSUHIKO）
　携帯：090-2284-6631
　メール：kano.mitsuhiko@hinode-sangyo.co.jp

他の6名は従来どおり総務部宛てで結構です。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="旅行会社へ出張者1名の携帯・メール: 1名の連絡先は警告まで",
)

_add(
    id="shutcho-038",
    expect="stop",
    charset="iso-2022-jp",
    sender="高槻 亮 <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["小笠原 勇 <ogasawara.isamu@hinode-sangyou.co.jp>"],
    subject="ジャカルタ出張の行程（案）",
    body=f"""\
小笠原部長

お疲れさまです。高槻です。
12月のジャカルタ出張の行程案をお送りします。

12/7（月）　羽田 10:55 → ジャカルタ 16:50（GA875）
12/8（火）　PT Sinar Teknik 表敬、価格交渉
12/9（水）　チカラン工場 監査（通訳：吉良さん）
12/10（木）第2工場 視察、夜は先方との会食
12/11（金）ジャカルタ 21:45 → 羽田 翌7:10（GA874）

ご確認のうえ、修正があればお知らせください。
部長の航空券はビジネスクラスで手配します。

高槻
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内宛てのつもりが hinode-sangyou.co.jp（文字追加）: 自社ドメインの類似",
)

_add(
    id="shutcho-039",
    expect="stop",
    charset="utf-8",
    sender="小野寺 綾 <onodera.aya@hinode-sangyo.co.jp>",
    to=["世界トラベル VIPデスク <vip@sekai-travel.co.jp>"],
    subject="【社外秘】社長 欧州視察 行程（確定版）",
    body=f"""\
＝＝＝＝＝＝＝＝＝＝＝＝＝＝
　　社外秘　取扱厳重注意
＝＝＝＝＝＝＝＝＝＝＝＝＝＝

世界トラベル VIPデスク
ご担当者様

いつも大変お世話になっております。日の出産業 秘書室の小野寺です。
社長の欧州視察の行程が確定しましたので、手配をお願いいたします。
本行程は買収検討先の訪問を含むため、社内でも限られた者のみで共有しております。

1/18（月）羽田 → フランクフルト（LH717 ファーストクラス）
1/19（火）Bayern Maschinen GmbH 訪問（非公式）
1/20（水）フランクフルト → ミラノ、Ferri Componenti S.p.A. 工場視察
1/21（木）ミラノ市内 会食（先方CEO）
1/22（金）ミラノ → 羽田

ホテルは前回同様、スイートでお願いいたします。

{SIG_ONODERA}
""",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と本文冒頭に「社外秘」の表示がある行程を旅行会社へ",
)

_add(
    id="shutcho-040",
    expect="pass",
    charset="iso-2022-jp",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["バイエルン機械 日本事務所 ミュラー様 <mueller@bayern-maschinen.de>"],
    subject="工場見学時の撮影・持ち込み機器について",
    body=f"""\
ミュラー様

いつもお世話になっております。日の出産業の荒川です。
11月17日の工場見学について、確認させてください。

前回伺ったお話では、御社工場内は機密保持のため撮影禁止、
またノートPCの持ち込みは受付での登録が必要とのことでした。
今回も同じルールと理解してよろしいでしょうか。

当社からは3名で伺い、PCは1台（記録用）のみ持参する予定です。
ご返信お待ちしております。

{SIG_ARAKAWA_EN}
""",
    entities=[],
    detectors=[],
    note="「機密保持のため撮影禁止」は話題としての言及で、文書の表示ではない",
)


# ======================================================================================
# 041-060
# ======================================================================================

_add(
    id="shutcho-041",
    expect="stop",
    charset="shift_jis",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["かすみ行政書士事務所 相原先生 <aihara@kasumi-gyosei.jp>"],
    subject="外国籍社員のタイ出張（再入国許可の要否）についてご相談",
    body=f"""\
かすみ行政書士事務所
相原 先生

お世話になっております。日の出産業 人事部の桐生です。
当社のベトナム国籍の社員がタイへ約2か月出張することになり、
みなし再入国許可で足りるか、再入国許可を取るべきかご相談させてください。

　氏名　　　　：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　生年月日　　：1994年8月21日
　在留資格　　：技術・人文知識・国際業務（在留期限 2027年9月30日）
　在留カード番号：UH48271593EN
　出張予定　　：2027年1月10日～3月12日（タイ・ラヨーン工場）

在留期限まで1年を切っているため、帰国後すぐに更新申請が必要になると思います。
あわせて更新の代行もお願いできればと考えております。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="行政書士へ外国籍社員1名の在留カード番号・生年月日",
)

_add(
    id="shutcho-042",
    expect="pass",
    charset="utf-8",
    sender="宇佐美 航 <usami.wataru@hinode-sangyo.co.jp>",
    to=["さくらホテル成田 法人営業 <houjin-narita@sakura-hotel.jp>"],
    cc=["ツバサシステム 導入支援部 戸塚様 <totsuka@tsubasa-system.jp>"],
    subject="タイ工場システム導入チーム 前泊の手配（12/1）",
    body="""\
さくらホテル成田
法人営業ご担当者様
（cc：ツバサシステム 戸塚様）

いつもお世話になっております。日の出産業 情報システム部の宇佐美です。
タイ工場の生産管理システム導入のため、12月2日早朝便で出発するチームの前泊をお願いします。

　チェックイン：12月1日（火）
　部屋数　　　：シングル6室（当社4名、ツバサシステム様2名）
　精算　　　　：6室とも当社への一括請求
　送迎　　　　：12月2日 5:40 ホテル発の空港シャトルを6名分

戸塚様、御社の2名のお名前は当日フロントでお伝えいただければ大丈夫とのことです。

--
日の出産業株式会社 情報システム部
宇佐美 航  TEL 03-5822-4720
usami.wataru@hinode-sangyo.co.jp
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ホテルと協力会社の2組織が To/Cc: 通常の三者間連絡",
)

_add(
    id="shutcho-043",
    expect="stop",
    charset="iso-2022-jp",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["佐藤社会保険労務士事務所 <info@sato-sr-office.jp>"],
    subject="社会保障協定 適用証明書の交付申請（ドイツ赴任 1名）",
    body=f"""\
佐藤社会保険労務士事務所
佐藤 先生

いつもお世話になっております。日の出産業 人事部の桐生です。
ドイツ現地法人へ出向する社員について、日独社会保障協定に基づく
適用証明書の交付申請をお願いいたします。

　被保険者氏名：帯刀 由香里（タテワキ ユカリ）
　生年月日　　：昭和61年1月30日
　基礎年金番号：4102-618273
　住所　　　　：東京都杉並区阿佐谷南3-41-7
　派遣期間　　：2027年2月1日～2030年1月31日（予定）
　派遣先　　　：Hinode Sangyo Europe GmbH（デュッセルドルフ）

出向契約書の写しは郵送にてお送りします。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="社労士へ出向者1名の基礎年金番号・生年月日・住所",
)

_add(
    id="shutcho-044",
    expect="pass",
    charset="iso-2022-jp",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["川崎電機 調達部 石動様 <isurugi@kawasaki-denki.co.jp>"],
    subject="Re: ミュンヘン合同視察 御社参加者のご連絡",
    body=f"""\
石動様

ご連絡ありがとうございます。御社の参加者、承知いたしました。
現地での移動車両の手配人数に反映しておきます。
ホテルは御社で別途手配とのこと、了解です。

荒川

> 荒川様
>
> お世話になっております。川崎電機の石動です。
> ミュンヘン合同視察の当社参加者をお知らせします。
>
> 石動 剛　　調達部 部長　　携帯 090-3316-7720　isurugi@kawasaki-denki.co.jp
> 鳴海 静香　調達部　　　　 携帯 080-4429-1053　narumi@kawasaki-denki.co.jp
> 橘 光太郎　技術部　　　　 携帯 070-6621-3384　tachibana@kawasaki-denki.co.jp
> 能登 洋介　技術部　　　　 携帯 090-7730-2216　noto@kawasaki-denki.co.jp
> 真田 理恵　品質保証部　　 携帯 080-1184-6672　sanada@kawasaki-denki.co.jp
> 桑原 仁　　品質保証部　　 携帯 090-2205-9481　kuwabara@kawasaki-denki.co.jp
>
> 以上6名です。よろしくお願いいたします。
""",
    entities=[],
    detectors=[],
    note="相手の送った6名の一覧を > で引用しての返信: 新しい本文には個人データなし",
)

_add(
    id="shutcho-045",
    expect="stop",
    charset="iso-2022-jp",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=[
        "薬師寺 由紀子 様 <yukiko.yakushiji@gmail.com>",
        "南雲 和子 様 <kazuko-nagumo@yahoo.co.jp>",
        "相馬 誠 様 <soma.makoto.0621@docomo.ne.jp>",
    ],
    subject="メキシコ出張者の安否について（日の出産業 安全衛生課）",
    body=f"""\
ご家族の皆様

日の出産業株式会社 安全衛生課の設楽でございます。
本日報道されておりますグアナファト州での地震につきまして、
現地に出張中の社員は全員無事であることを確認いたしましたので、ご連絡申し上げます。

工場設備の点検のため、帰国は予定どおり11月28日となる見込みです。
ご本人からも追ってご連絡があるかと存じます。

ご心配をおかけしておりますが、引き続き状況を確認してまいります。
ご不明な点がございましたら、下記までお電話ください。

{SIG_SHITARA}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="出張者の家族3名（個人のフリーメール・携帯キャリア）を To に並べた: 3者が互いに見える",
)

_add(
    id="shutcho-046",
    expect="stop",
    charset="cp932",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["エマージェンシー・アシスト 赴任者サービス <funin@emergency-assist.jp>"],
    subject="キャッシュレス受診サービスの事前登録（帯刀）",
    body=f"""\
エマージェンシー・アシスト株式会社
赴任者サービス ご担当者様

お世話になっております。日の出産業 人事部の桐生です。
2月にドイツへ赴任する社員について、現地でのキャッシュレス受診サービスの
事前登録をお願いいたします。海外療養費の請求代行も併せて利用予定です。

　氏名　　　　：帯刀 由香里
　生年月日　　：1986年1月30日
　健康保険証　：記号 3150　番号 287
　保険者　　　：日の出産業健康保険組合（保険者番号 06139824）
　赴任地　　　：ドイツ デュッセルドルフ

登録完了後、会員カードは人事部宛てにお送りください。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号を社外のアシスタンス会社へ",
)

_add(
    id="shutcho-047",
    expect="pass",
    charset="utf-8",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["人事部 桐生 <kiryu.megumi@hinode-sangyo.co.jp>"],
    cc=["産業医 室井 <muroi.dr@hinode-sangyo.co.jp>"],
    subject="【社内・取扱注意】赴任前健診の結果について（猪瀬さん）",
    body="""\
桐生さん

お疲れさまです。安全衛生課の設楽です。
タイ赴任予定の猪瀬孝之さんの赴任前健診結果について、室井先生の所見を共有します。

・HbA1c 7.4%、空腹時血糖 142 mg/dL：2型糖尿病で近医通院中（内服治療）
・血圧 148/94：要経過観察
・産業医意見：赴任は可。ただし現地で継続受診できる医療機関を確保すること、
  3か月分の処方薬を持参すること。

現地の日本語対応クリニックについては、私の方でアシスタンス会社に確認します。
本人の同意は取得済みです。

設楽
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="社内のみ宛ての健診結果（要配慮）: 宛先が社内なので通す",
)

_add(
    id="shutcho-048",
    expect="stop",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Mr. Pham Quoc Bao <bao.pq@hanoi-precision.com.vn>"],
    subject="Change of attendees for the 19 Nov meeting",
    body=f"""\
Dear Mr. Bao,

I am sorry to inform you that our engineer, Mr. Takumi Domeki, will not be able to attend
the meeting on 19 November. He was admitted to Hong Ngoc Hospital last night and has been
diagnosed with dengue fever. The doctors expect him to stay in hospital for about five days.

Mr. Sho Teshigawara will present the machining results in his place.
If possible, could you recommend an interpreter who could visit the hospital with our
staff tomorrow morning?

Thank you for your understanding.

{SIG_TAKATSUKI_EN}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="取引先へ特定社員の入院・診断名（デング熱）: 要配慮個人情報（病歴）",
)

_add(
    id="shutcho-049",
    expect="stop",
    charset="iso-2022-jp",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["川崎電機 石動様 <isurugi@kawasaki-denki.jp>"],
    subject="ミュンヘン視察 2日目の訪問先変更",
    body=f"""\
石動様

お世話になっております。日の出産業の荒川です。
ミュンヘン視察2日目（11/17）の訪問先について、バイエルン機械様から
午前の訪問を第2工場（Freising）に変更したいとの連絡がありました。

集合：11/17 8:00 ホテルロビー（変更なし）
移動：先方手配のバスで約40分
昼食：第2工場の社員食堂

午後の予定は変更ありません。
御社の皆様にもお伝えいただけますと幸いです。

荒川
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 kawasaki-denki.co.jp の co. 抜け（kawasaki-denki.jp）宛て: 類似ドメイン",
)

_add(
    id="shutcho-050",
    expect="pass",
    charset="utf-8",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["Front Office <frontoffice@marina-bay-residence.com.sg>"],
    subject="Amendment - Booking MBR-402177 (Hinode Sangyo)",
    body=f"""\
Dear Front Office team,

Could you please amend our booking MBR-402177 as follows?

  Original : 2 Deluxe rooms, 24-27 January 2027 (3 nights)
  Amended  : 2 Deluxe rooms, 24-28 January 2027 (4 nights)

The corporate rate (SGD 295 ++ per night, breakfast included) and the billing
arrangement (invoice to Hinode Sangyo Co., Ltd., PO No. 4500-118273) remain the same.

Please send the revised confirmation to this address.

{SIG_ARAKAWA_EN}

{DISCLAIMER_EN}
""",
    entities=[],
    detectors=[],
    note="海外ホテルへの予約変更。予約番号・発注番号と英文の定型免責文のみ",
)

_add(
    id="shutcho-051",
    expect="stop",
    charset="utf-8",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["Reservations <rsvn@pudong-garden-hotel.cn>"],
    subject="Credit Card Authorization Form - booking PG-9937",
    body=f"""\
Dear Reservations,

Please find attached the signed credit card authorization form for booking PG-9937
(3 rooms, 14-18 December). Kindly charge room and breakfast only; all other
charges are to be paid by the guests directly.

Best regards,
Mayumi Morishita
General Affairs Dept., Hinode Sangyo Co., Ltd.
""",
    attachments=[{
        "kind": "pdf",
        "name": "CC_Authorization_PG-9937.pdf",
        "title": "Credit Card Authorization Form",
        "lines": [
            "CREDIT CARD AUTHORIZATION FORM",
            "Pudong Garden Hotel Shanghai",
            "",
            "Booking No.: PG-9937     Guests: MAKABE Y. / OTOBE Y. / NUMATA N.",
            "Card type: Mastercard (corporate)",
            f"Card number: {_grp4(card_number(SEED + 11), ' ')}",
            "Expiry date: 11/28        CVV: (provided by phone)",
            "Card holder: MAYUMI MORISHITA (Hinode Sangyo Co., Ltd.)",
            "Charges authorized: Room & breakfast only (3 rooms x 4 nights)",
            "Signature: M. Morishita          Date: 2026-11-20",
        ],
    }],
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="海外ホテル宛てのカード決済承認書（PDF）にカード番号",
)

_add(
    id="shutcho-052",
    expect="pass",
    charset="iso-2022-jp",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["百目鬼 様 <momoka.domeki@gmail.com>"],
    subject="帰国便のご案内（日の出産業 安全衛生課）",
    body=f"""\
百目鬼 様

日の出産業 安全衛生課の設楽でございます。
ご主人様の帰国便が確定いたしましたので、ご案内いたします。

　11月25日（水）ハノイ 0:05発 → 羽田 6:40着（VN384）

到着後は当社の者が空港までお迎えにあがり、ご自宅までお送りする予定です。
ご主人様からも、現地を発つ前に改めてご連絡があるかと存じます。

ご不明な点がありましたら、お気軽にお電話ください。

{SIG_SHITARA}
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="出張者の家族（フリーメール1名）への帰国便連絡: 本人の家族への通常連絡",
)

_add(
    id="shutcho-053",
    expect="stop",
    charset="shift_jis",
    sender="野々村 勉 <nonomura.tsutomu@hinode-sangyo.co.jp>",
    to=["みどり銀行 日本橋支店 法人課 <hojin-nihonbashi@midori-ginko.co.jp>"],
    subject="海外出張旅費 外貨仮払（一括振込）データ送付",
    body=f"""\
みどり銀行 日本橋支店
法人課 ご担当者様

いつもお世話になっております。日の出産業 経理部の野々村です。
11月出発の海外出張者への外貨仮払について、振込データ（xls）をお送りします。
11月4日付で各人の外貨預金口座へご入金をお願いいたします。

{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "xls",
        "name": "外貨仮払_202611.xls",
        "sheets": {
            "振込明細": [
                ["社員番号", "氏名", "支店", "科目", "口座番号", "通貨", "金額"],
                ["H-10387", "薬師寺 亮介", "日本橋支店", "外貨普通", "7021384", "USD", 1500],
                ["H-11562", "南雲 拓海", "日本橋支店", "外貨普通", "7024519", "USD", 1500],
                ["H-13308", "相馬 綾香", "新宿西口支店", "外貨普通", "7103266", "USD", 1200],
                ["H-09941", "榊原 潤", "浦和支店", "外貨普通", "7310058", "USD", 1500],
                ["H-12275", "御手洗 聡", "日本橋支店", "外貨普通", "7026673", "USD", 1200],
                ["H-08816", "勅使河原 翔", "横浜支店", "外貨普通", "7402291", "USD", 800],
            ],
        },
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLS（旧形式）で6名の個人口座番号を銀行へ: 名簿",
)

_add(
    id="shutcho-054",
    expect="pass",
    charset="utf-8",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["Ms. Jennifer Doyle <jdoyle@texas-industrial.com>"],
    subject="Our visitors for 13 January - Houston",
    body=f"""\
Dear Jennifer,

Thank you for hosting us on 13 January. Below are the three members visiting your
Houston facility, with their mobile numbers in case you need to reach them that day:

  - Kenji Arakawa, Global Procurement     +81-90-7742-1163
  - Yasuyuki Makabe, Production Eng.      +81-90-3127-5540
  - Mizuki Katsuragi, Quality Assurance   +81-80-6231-9018

We will arrive at your reception at 9:00 a.m. by rental car.

{SIG_ARAKAWA_EN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="訪問先へ3名の携帯番号: 4名以下は警告まで",
)

_add(
    id="shutcho-055",
    expect="stop",
    charset="iso-2022-jp",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=[
        "川崎電機 石動様 <isurugi@kawasaki-denki.co.jp>",
        "北国フーズ 村越様 <murakoshi@kitaguni-foods.co.jp>",
    ],
    cc=[
        "ツバサシステム 戸塚様 <totsuka@tsubasa-system.jp>",
        "錦印刷 海外営業部 <kaigai@nishiki-insatsu.co.jp>",
    ],
    subject="【ご案内】2月 タイ経済ミッション 事前説明会の日程",
    body=f"""\
関係各社 ご担当者様

いつもお世話になっております。日の出産業 営業企画部の東海林です。
2月のタイ経済ミッション（幹事：日の出産業）の事前説明会を下記のとおり開催いたします。

日時：1月15日（金）15:00～16:30
場所：日の出産業 本社 8階 大会議室（オンライン併用）
内容：行程・現地の安全情報・ビザ不要条件・海外旅行保険のご案内

ご出席者のお名前を1月8日までに本メールへの返信でお知らせください。

{SIG_SHOJI}
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="4社の担当者を To/Cc に並べた一斉案内: 3者以上が互いに見える",
)

_add(
    id="shutcho-056",
    expect="pass",
    charset="iso-2022-jp",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>"],
    bcc=[
        "isurugi@kawasaki-denki.co.jp",
        "murakoshi@kitaguni-foods.co.jp",
        "totsuka@tsubasa-system.jp",
        "kaigai@nishiki-insatsu.co.jp",
        "eigyo@aoba-unyu.co.jp",
    ],
    subject="【ご案内】タイ経済ミッション 事前説明会の資料掲載について",
    body=f"""\
関係各社 ご担当者様

（本メールは Bcc にて一斉にお送りしております）

いつもお世話になっております。日の出産業 営業企画部の東海林です。
先日はお忙しいところ事前説明会にご出席いただき、誠にありがとうございました。

説明会の資料（行程表・安全情報）を共有フォルダに掲載しました。
アクセス方法は各社ご担当者様に個別にお送りしております。

ご不明点がございましたら、お気軽にお問い合わせください。

{SIG_SHOJI}
""",
    entities=[],
    detectors=[],
    note="社外5社を Bcc にした一斉連絡（To は自分）: 互いに見えないので通す",
)

_add(
    id="shutcho-057",
    expect="stop",
    charset="cp932",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["スカイジャパン航空 お手伝いデスク <assist@skyjapan-air.co.jp>"],
    subject="車椅子ご利用のお客様のお手伝い依頼（12/3 SJ721便）",
    body=f"""\
スカイジャパン航空
お手伝いデスク ご担当者様

日の出産業株式会社 総務部の森下と申します。
12月3日 SJ721便（成田→シンガポール）をご利用予定の当社社員について、
お手伝いをお願いしたくご連絡いたしました。

　搭乗者：綾部 智也（アヤベ トモヤ）様、予約番号 K7Q2LM
　状況　：脊髄損傷による下肢障害（身体障害者手帳 1種2級）。
　　　　　自走式車椅子を使用。機内通路用の車椅子と、搭乗口までの介助を希望。
　　　　　車椅子はバッテリーなしの折りたたみ式です。

乗継はございません。現地空港でも同様のお手伝いをお願いできますでしょうか。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="航空会社へ特定社員の障害の内容・障害者手帳等級: 要配慮個人情報",
)

_HOTELS_58 = [
    ["Bangkok", "Grand Sukhumvit Bangkok", "55 Sukhumvit Soi 11", "+66-2-651-2000", "THB 4,200"],
    ["Bangkok", "Bangna Convention Residence", "88 Bangna-Trad Rd", "+66-2-399-5500", "THB 3,100"],
    ["Rayong", "Eastern Seaboard Inn", "300/2 Sukhumvit Rd, Pluak Daeng", "+66-38-955-100", "THB 2,300"],
    ["Hanoi", "Hanoi Lakeside Business Hotel", "12 Thanh Nien, Ba Dinh", "+84-24-3829-1111", "USD 120"],
    ["Bac Ninh", "Bac Ninh Garden Hotel", "Ly Thai To St., Bac Ninh", "+84-222-386-2200", "USD 85"],
    ["Ho Chi Minh", "Riverside Saigon Hotel", "18 Ton Duc Thang, Q.1", "+84-28-3823-4999", "USD 140"],
    ["Jakarta", "Hotel Sudirman Place", "Jl. Jend. Sudirman Kav. 52", "+62-21-5299-8000", "USD 150"],
    ["Cikarang", "Jababeka Residence", "Jl. Niaga Raya, Cikarang", "+62-21-8983-4400", "USD 95"],
    ["Shanghai", "Pudong Garden Hotel", "1088 Zhangyang Rd, Pudong", "+86-21-5830-1888", "CNY 900"],
    ["Dalian", "Dalian Harbour View Hotel", "9 Renmin Rd, Zhongshan", "+86-411-8280-6666", "CNY 650"],
    ["Pune", "Pune Hinjewadi Suites", "Phase 1, Hinjewadi", "+91-20-6674-2000", "INR 9,500"],
    ["Singapore", "Marina Bay Residence", "8 Raffles Ave", "+65-6338-7000", "SGD 295"],
    ["Munich", "Hotel Lindenhof", "Bayerstr. 21", "+49-89-5459-100", "EUR 160"],
    ["Detroit", "Renaissance Riverfront Inn", "400 Renaissance Dr W", "+1-313-555-0140", "USD 219"],
    ["Chicago", "Lakeview Loop Hotel", "201 N Wacker Dr", "+1-312-555-0177", "USD 249"],
    ["Houston", "Energy Corridor Suites", "12000 Katy Fwy", "+1-281-555-0163", "USD 189"],
    ["Guanajuato", "Hotel Bajio Industrial", "Blvd. Aeropuerto 1200, Silao", "+52-472-555-0100", "USD 110"],
]

_add(
    id="shutcho-058",
    expect="pass",
    charset="utf-8",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["朝日ビジネストラベル 西園寺様 <saionji@asahi-bt.co.jp>"],
    subject="当社指定ホテル一覧（2027年度版）の送付",
    body=f"""\
西園寺様

お世話になっております。日の出産業の森下です。
来年度から御社に手配をお願いするにあたり、当社の指定ホテル一覧（Excel）をお送りします。
原則としてこの一覧から手配いただき、満室の場合は同等クラス・上限料金内でご提案ください。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "指定ホテル一覧_2027.xlsx",
        "title": "指定ホテル一覧",
        "sheets": {
            "指定ホテル": [["日の出産業 海外出張 指定ホテル一覧（2027年度）"], [],
                          ["都市", "ホテル名", "住所", "代表電話", "法人料金"]] + _HOTELS_58,
            "上限料金": [
                ["地域", "部長以上", "課長", "一般"],
                ["アジア", "USD 220", "USD 170", "USD 150"],
                ["北米", "USD 320", "USD 260", "USD 230"],
                ["欧州", "EUR 260", "EUR 200", "EUR 170"],
            ],
        },
    }],
    entities=[],
    detectors=[],
    note="指定ホテル（事業者）の住所・代表電話・料金の XLSX: 人の名簿ではない",
)

_add(
    id="shutcho-059",
    expect="stop",
    charset="iso-2022-jp",
    sender="宇佐美 航 <usami.wataru@hinode-sangyo.co.jp>",
    to=["ツバサシステム 戸塚様 <totsuka@tsubasa-system.jp>"],
    subject="タイ工場 システム導入出張 計画書（案）",
    body="""\
ツバサシステム株式会社
戸塚様

お世話になっております。日の出産業 情報システム部の宇佐美です。
12月のタイ工場システム導入出張の計画書（案）を添付します。
作業分担と現地ネットワーク構成の部分をご確認いただけますでしょうか。

--
日の出産業株式会社 情報システム部
宇佐美 航  TEL 03-5822-4720
""",
    attachments=[{
        "kind": "docx",
        "name": "タイ工場_システム導入出張計画書_v0.9.docx",
        "title": "タイ工場 システム導入出張計画書",
        "page_header": "部外秘",
        "paragraphs": [
            "タイ工場 生産管理システム導入 出張計画書（v0.9）",
            "1. 目的：ラヨーン工場への生産管理システム本稼働、および現地スタッフへの教育",
            "2. 期間：2026年12月2日～12月18日",
            "3. 体制：日の出産業 情報システム部 4名、ツバサシステム 2名",
            "4. 現地ネットワーク：本社VPN経由、工場内 VLAN 3系統（生産／事務／ゲスト）",
            "5. 切替手順：12/12 夜間に旧システム停止、12/13 朝より新システム稼働",
        ],
        "tables": [[
            ["日付", "作業", "担当"],
            ["12/2-12/4", "サーバ設置・ネットワーク疎通", "日の出産業"],
            ["12/5-12/11", "データ移行・ユーザ教育", "ツバサシステム"],
            ["12/12-12/13", "本番切替", "両社"],
        ]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="添付 DOCX のヘッダーに「部外秘」の表示",
)

_add(
    id="shutcho-060",
    expect="stop",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 法人デスク <corp-desk@hoshizora-tours.jp>"],
    subject="2月 タイ経済ミッション 参加者一覧",
    body=f"""\
星空ツアーズ 法人デスク ご担当者様

お世話になっております。日の出産業の森下です。
2月のタイ経済ミッションの参加者一覧をお送りします。
団体手配のご準備をよろしくお願いいたします。

{SIG_MORISHITA}
""",
    attachments=[{"kind": "corrupt", "name": "タイ経済ミッション_参加者一覧.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付 XLSX が壊れていて中身を検査できない",
)


# ======================================================================================
# 061-080
# ======================================================================================

_add(
    id="shutcho-061",
    expect="pass",
    charset="utf-8",
    sender="小野寺 綾 <onodera.aya@hinode-sangyo.co.jp>",
    to=["経営企画部 御子柴 <mikoshiba.jun@mail.hinode-sangyo.co.jp>"],
    cc=["秘書室 <hisho@hinode-sangyo.co.jp>"],
    subject="社長欧州視察 行程表（社外秘）",
    body="""\
御子柴部長

お疲れさまです。秘書室の小野寺です。
社長の欧州視察の確定行程表をお送りします。
訪問先との面談メモは帰国後に経営企画部で取りまとめをお願いいたします。

小野寺
""",
    attachments=[{
        "kind": "pdf",
        "name": "社長欧州視察_行程表_確定.pdf",
        "title": "社長欧州視察 行程表",
        "page_header": "社外秘",
        "lines": [
            "社長 欧州視察 行程表（確定版）　2027年1月18日～1月22日",
            "1/18 羽田 → フランクフルト LH717",
            "1/19 Bayern Maschinen GmbH 訪問（買収検討、非公式）",
            "1/20 フランクフルト → ミラノ、Ferri Componenti S.p.A. 工場視察",
            "1/21 先方CEOとの会食",
            "1/22 ミラノ → 羽田",
        ],
    }],
    entities=[],
    detectors=[],
    note="社外秘表示の PDF だが宛先は社内（サブドメイン含む）のみ",
)

_add(
    id="shutcho-062",
    expect="stop",
    charset="iso-2022-jp",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約 <shukuhaku@sakura-hotel.jp>"],
    subject="FW: 海外代理店ご一行の部屋割り",
    body=f"""\
さくらホテル
宿泊予約ご担当者様

いつもお世話になっております。日の出産業の東海林です。
12月14日からご宿泊の海外代理店ご一行の部屋割りについて、
営業部からのメールをそのまま添付で転送いたします。
チェックイン時のご本人確認にお使いください。

{SIG_SHOJI}
""",
    attachments=[{
        "kind": "eml",
        "name": "部屋割り（営業部より）.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "営業部 若井 <wakai.kenta@hinode-sangyo.co.jp>",
            "to": ["東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>"],
            "subject": "海外代理店ご一行の部屋割り",
            "body": """\
東海林さん

代理店ご一行の部屋割りと、来日中の連絡先です。

部屋  氏名                 国        携帯（来日中）
----  -------------------  --------  -----------------
1201  Mr. Somchai Wongsa   Thailand  +66-81-442-7190
1202  Ms. Nguyen Thi Lan   Vietnam   +84-90-318-2254
1203  Mr. Budi Santoso     Indonesia +62-812-8830-4417
1204  Mr. Rajesh Menon     India     +91-98220-31764
1205  Ms. Lim Hui Min      Singapore +65-9188-4302
1206  Mr. Carlos Ortega    Mexico    +52-1-477-219-0385

若井
""",
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="添付メール（.eml）で6名の氏名・携帯を転送: 転送は新たな開示",
)

_add(
    id="shutcho-063",
    expect="pass",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Concierge <concierge@hotel-sudirmanplace.co.id>"],
    subject="Airport transfer for Ms. Saori Kira on 8 December",
    body=f"""\
Dear Concierge,

Please add one more airport transfer to our booking SP-20391:

  Guest   : Ms. Saori KIRA (interpreter, travelling with our group)
  Arrival : 8 December, GA881, ETA 17:35 at Soekarno-Hatta Terminal 3
  Mobile  : +81-90-2718-6605 (she will have roaming)

The transfer fee can be added to the master bill.

{SIG_TAKATSUKI_EN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="海外ホテルへ送迎のため1名の氏名・携帯: 1名なら警告まで",
)

_add(
    id="shutcho-064",
    expect="stop",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["かすみ行政書士事務所 相原先生 <aihara@kasumi-gyosei.jp>"],
    subject="上海出張者 招へい状（PDF）送付",
    body=f"""\
相原先生

お世話になっております。日の出産業の森下です。
上海の合弁先から届いた招へい状をお送りします。
PDF にはパスワードを設定しております。パスワードは別メールにてお送りします。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "pdf",
        "name": "招へい状_上海_202701.pdf",
        "password": "Hnd2701sh",
        "title": "邀请函",
        "lines": [
            "INVITATION LETTER",
            "Shanghai Hinode Precision Co., Ltd. hereby invites the following persons of Hinode Sangyo Co., Ltd.",
            "SHOJI HIROKI  Passport No. TR1135928",
            "KIYOMIYA HAYATO  Passport No. TH2280563",
            "Period of stay: 11 January 2027 - 5 February 2027",
        ],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付き PDF: 中身を検査できない",
)

_add(
    id="shutcho-065",
    expect="pass",
    charset="cp932",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["北国フーズ 海外事業室 木下様 <kinoshita@kitaguni-foods.co.jp>"],
    subject="タイ経済ミッション 渡航要件のご案内",
    body=f"""\
北国フーズ株式会社
海外事業室 木下様

いつもお世話になっております。日の出産業の東海林です。
お問い合わせいただいたタイ渡航の要件について、当社で確認した内容をお知らせします。

・日本国籍の方は、観光・短期商用で30日以内の滞在であれば査証は不要です。
・旅券の残存有効期間は、入国時に6か月以上必要です。
・入国時に復路の航空券（eチケット控え）の提示を求められることがあります。
・TDAC（デジタル入国カード）の事前登録が必要です（到着の3日前から）。
・外国籍の方は国籍により条件が異なりますので、大使館のWebサイトでご確認ください。

最新情報は在京タイ王国大使館の案内もあわせてご確認ください。

{SIG_SHOJI}
""",
    entities=[],
    detectors=[],
    note="渡航要件（旅券の残存期間など）の一般的な案内: 個人データなし",
)

_add(
    id="shutcho-066",
    expect="stop",
    charset="utf-8",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["常盤損保 海外事故受付センター <jikouketsuke@tokiwa-sonpo.co.jp>"],
    subject="携行品損害の保険金請求（バルセロナでの盗難）",
    body=f"""\
常盤損害保険株式会社
海外事故受付センター ご担当者様

日の出産業株式会社 総務部の森下です。包括契約 KH-2207-11853 の被保険者について、
携行品損害の保険金請求をお願いいたします。

　被保険者：久慈 大輔（クジ ダイスケ）
　事故日時：2026年10月22日 19時頃
　場所　　：スペイン バルセロナ市 サンツ駅構内
　内容　　：置き引きの被害に遭い、ノートPC・旅券・財布を入れたバッグを盗まれました。
　　　　　　現地警察（Mossos d'Esquadra）に被害届を提出済み（受理番号 BCN-26-118430）。
　　　　　　盗難に遭った旅券（旅券番号 TS5190862）は領事館で失効手続を行い、
　　　　　　帰国のための渡航書の発給を受けています。

警察の証明書、渡航書の写し、PCの購入時の領収書はスキャンして別途お送りします。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="保険会社へ特定社員の犯罪被害（盗難）と旅券番号: 要配慮＋旅券番号",
)

_add(
    id="shutcho-067",
    expect="pass",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["常盤損保 海外事故受付センター 羽鳥様 <hatori@tokiwa-sonpo.co.jp>"],
    subject="RE: 治療費用保険金のご請求について（受付番号 M-26-044718）",
    body=f"""\
羽鳥様

お世話になっております。日の出産業の森下です。
ご案内ありがとうございます。ご指示の書類は、本人の帰国後（11月25日以降）に
まとめて郵送いたします。到着は11月末になる見込みです。

引き続きよろしくお願いいたします。

森下

-----Original Message-----
From: 羽鳥 <hatori@tokiwa-sonpo.co.jp>
Sent: Wednesday, November 18, 2026 4:12 PM
To: 森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>
Subject: 治療費用保険金のご請求について（受付番号 M-26-044718）

日の出産業株式会社 森下様

常盤損保 海外事故受付センターの羽鳥です。
被保険者 百目鬼 匠 様（1978年11月30日生）のハノイでのご入院（デング熱）につき、
治療費用保険金のご請求には以下の書類が必要となります。

1. 保険金請求書（ご本人署名）
2. 現地医療機関の診断書（英文可）
3. 治療費の領収書原本

よろしくお願いいたします。
""",
    entities=[],
    detectors=[],
    note="保険会社の文面（病名入り）を Original Message として引用した返信: 新しい本文に個人データなし",
)

_add(
    id="shutcho-068",
    expect="stop",
    charset="iso-2022-jp",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["青葉運輸 国際貨物課 <kokusai@aoba-unyu-co.jp>"],
    subject="ATAカルネ手続きのご相談（展示サンプル）",
    body=f"""\
青葉運輸株式会社
国際貨物課 ご担当者様

いつもお世話になっております。日の出産業 調達部の荒川です。
2月のバンコク展示会に持ち込む展示サンプルについて、
ATAカルネでの一時輸出入手続きをお願いできないかご相談です。

　品目：精密ブラケット試作品 12点、測定治具 2点（木箱3箱、計 約85kg）
　日程：2/18 成田発送、2/28 バンコク発 返送
　インボイス金額：約 JPY 3,400,000

カルネの申請は当社で行う想定ですが、代行いただける場合はお見積りをお願いします。

{SIG_ARAKAWA_EN}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 aoba-unyu.co.jp のドットをハイフンにした aoba-unyu-co.jp 宛て: 類似ドメイン",
)

_add(
    id="shutcho-069",
    expect="pass",
    charset="iso-2022-jp",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["青葉運輸 国際貨物課 平松様 <hiramatsu@aoba-unyu.co.jp>"],
    subject="Re: ATAカルネ 展示サンプルの品目リスト",
    body=f"""\
平松様

お見積りありがとうございました。御社に代行をお願いしたいと思います。
品目リストをお送りします。

品番          品名                       数量  単価(JPY)   梱包
------------  -------------------------  ----  ----------  ------
BRK-7720-A    精密ブラケット 試作A        4     180,000     木箱1
BRK-7720-B    精密ブラケット 試作B        4     195,000     木箱1
BRK-7731-S    精密ブラケット 小型         4     110,000     木箱1
JIG-M-0041    測定治具（ブラケット用）    2     420,000     木箱3

発注番号：PO-2027-00318
集荷希望：2/16（火）午後、当社 川口物流センター

どうぞよろしくお願いいたします。

{SIG_ARAKAWA_EN}
""",
    entities=[],
    detectors=[],
    note="正しい取引先ドメインへ品番・発注番号の一覧: 人の名簿ではない",
)

_add(
    id="shutcho-070",
    expect="stop",
    charset="utf-8",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 団体デスク <group@hoshizora-tours.jp>"],
    subject="タイ経済ミッション 日の出産業参加者（CSV）",
    body=f"""\
星空ツアーズ 団体デスク ご担当者様

お世話になっております。日の出産業の東海林です。
タイ経済ミッションの当社参加者9名分の情報をCSVでお送りします。
マイレージ番号は事後登録でも構いません。

{SIG_SHOJI}
""",
    attachments=[{
        "kind": "csv",
        "name": "mission_participants_hinode.csv",
        "encoding": "utf-8",
        "rows": [
            ["last_name", "first_name", "last_name_kana", "email", "mobile", "mileage_no", "meal"],
            ["東海林", "佳奈", "ショウジ", "shoji.kana@hinode-sangyo.co.jp", "090-6218-4033", "NH 4410293381", "通常"],
            ["小笠原", "勇", "オガサワラ", "ogasawara.isamu@hinode-sangyo.co.jp", "090-1147-5582", "NH 4402117706", "通常"],
            ["土屋", "剛", "ツチヤ", "tsuchiya.go@hinode-sangyo.co.jp", "080-5520-3371", "TG KE88213", "通常"],
            ["塙", "莉子", "ハナワ", "hanawa.riko@hinode-sangyo.co.jp", "070-2289-6610", "", "ベジタリアン"],
            ["神崎", "芽衣", "カンザキ", "kanzaki.mei@hinode-sangyo.co.jp", "080-9934-0216", "NH 4419902746", "通常"],
            ["滝川", "駿", "タキガワ", "takigawa.shun@hinode-sangyo.co.jp", "090-7603-1849", "", "通常"],
            ["深町", "奈緒", "フカマチ", "fukamachi.nao@hinode-sangyo.co.jp", "070-4471-9025", "JL 401339827", "通常"],
            ["涌井", "陽翔", "ワクイ", "wakui.haruto@hinode-sangyo.co.jp", "080-6652-3090", "", "通常"],
            ["若井", "健太", "ワカイ", "wakai.kenta@hinode-sangyo.co.jp", "090-3382-4156", "NH 4407751203", "通常"],
        ],
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="UTF-8 の CSV で9名の氏名・メール・携帯を旅行会社へ",
)

_add(
    id="shutcho-071",
    expect="pass",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Lingua Bridge Interpreting <quote@linguabridge.com>"],
    subject="Request for quotation - Japanese/Vietnamese interpreter, Bac Ninh, 18-19 Nov",
    body=f"""\
Hello,

We would like to request a quotation for a Japanese-Vietnamese consecutive interpreter
for a technical plant visit in Bac Ninh Province, Vietnam.

  Dates     : 18-19 November 2026 (two full days, 8:30-17:30)
  Subject   : precision machining, quality control, supplier audit
  Location  : Que Vo Industrial Park, Bac Ninh (transport from Hanoi provided by us)
  Attendees : 6 from our side, about 8 from the supplier

Please include the daily rate, any travel surcharge, and the cancellation policy.
A short profile of the proposed interpreter (without personal contact details) would
also be helpful.

{SIG_TAKATSUKI_EN}
""",
    entities=[],
    detectors=[],
    note="通訳会社への英文見積依頼: 通常業務",
)

_add(
    id="shutcho-072",
    expect="stop",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>"],
    subject="Re: 追加航空券の決済方法について",
    body=f"""\
岡野様

お世話になっております。森下です。
ご連絡いただいた追加区間（ハノイ⇔ダナン）の航空券は、会社の請求書払いが
間に合わないため、出張者本人のカードで立替決済をお願いいたします。

　カード名義：ＩＣＨＩＮＯＳＥ ＳＡＹＡ（一ノ瀬 沙耶）
　カード番号：{_fw(_grp4(card_number(SEED + 12)))}
　有効期限　：０９／２８

本人の了承は得ております。決済完了後、領収書をお送りください。

森下
""",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="旅行会社へ全角数字で書かれたクレジットカード番号",
)

_add(
    id="shutcho-073",
    expect="pass",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["海外事業部 高槻 <takatsuki.ryo@hinode-sangyo.co.jp>",
        "海外事業部 小笠原 <ogasawara.isamu@hinode-sangyo.co.jp>"],
    subject="ジャカルタ出張者 旅券コピー（社内保管用）",
    body="""\
高槻さん、小笠原部長

お疲れさまです。総務の森下です。
ジャカルタ出張者の旅券コピーをパスワード付きZIPでお送りします。
パスワードは社内チャットでお知らせします。
海外事業部の共有フォルダ（アクセス制限付き）に保管をお願いします。

森下
""",
    attachments=[{
        "kind": "zip",
        "name": "旅券コピー_ジャカルタ.zip",
        "password": "jkt-1207-sm",
        "files": [
            {"kind": "txt", "name": "一覧.txt",
             "text": "TAKATSUKI RYO TK5069218\nOGASAWARA ISAMU TS7720356\nFUKAMACHI NAO MZ4418907\n"},
            {"kind": "png", "name": "passport_takatsuki.png"},
            {"kind": "png", "name": "passport_ogasawara.png"},
        ],
    }],
    entities=[],
    detectors=[],
    note="パスワード付き ZIP だが宛先は社内のみ: 通す",
)

_add(
    id="shutcho-074",
    expect="stop",
    charset="utf-8",
    sender="小野寺 綾 <onodera.aya@hinode-sangyo.co.jp>",
    to=["Mr. Stefan Huber <s.huber@bayern-maschinen.de>"],
    subject="Visit of our President on 19 January - agenda",
    body="""\
Dear Mr. Huber,

On behalf of our President, Mr. Hino, thank you very much for agreeing to receive him
on 19 January. Please find attached the proposed agenda for the visit.

We would appreciate it if the number of participants on your side could be kept small.

Best regards,
Aya Onodera
Secretariat, Hinode Sangyo Co., Ltd.
""",
    attachments=[{
        "kind": "pdf",
        "name": "Agenda_Visit_20270119.pdf",
        "title": "Agenda - visit of Hinode Sangyo",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Confidential - for the addressee only",
        "lines": [
            "Agenda - Visit of Hinode Sangyo Co., Ltd. to Bayern Maschinen GmbH",
            "19 January 2027, Freising",
            "10:00 Welcome and introduction",
            "10:30 Presentation: strategic options for cooperation",
            "11:30 Plant tour (assembly hall 2)",
            "12:30 Lunch",
            "14:00 Discussion: next steps (management only)",
        ],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="添付 PDF のヘッダー・フッターに CONFIDENTIAL 表示",
)

_add(
    id="shutcho-075",
    expect="pass",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Ms. Dewi Lestari <dewi.lestari@sinar-teknik.co.id>",
        "Sales Office <sales@hotel-sudirmanplace.co.id>"],
    subject="Meeting room for 10 December - Hotel Sudirman Place",
    body=f"""\
Dear Ms. Dewi, dear Sales Office,

As discussed, we would like to hold the wrap-up meeting with PT Sinar Teknik at
Hotel Sudirman Place on 10 December.

  Time     : 16:00-18:00, followed by dinner (about 12 persons)
  Room     : boardroom style, projector and screen, coffee break at 16:00
  Billing  : Hinode Sangyo master account (booking SP-20391)

Ms. Dewi, could you confirm the number of participants from your side by 3 December?
Sales Office, please send the quotation directly to me.

{SIG_TAKATSUKI_EN}
""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="取引先とホテルの2組織が To: 通常の三者間メール",
)

_add(
    id="shutcho-076",
    expect="stop",
    charset="utf-8",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["Japanese Help Desk <japandesk@bkk-intl-clinic.co.th>"],
    subject="赴任予定者の継続診療のご相談（猪瀬 孝之）",
    body=f"""\
バンコク・インターナショナル・クリニック
日本人デスク ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 安全衛生課の保健師、設楽と申します。
12月より当社社員がラヨーン県に赴任いたしますため、赴任後の継続診療をお願いできないか
ご相談申し上げます。

　氏名　　：猪瀬 孝之（男性、1981年2月7日生）
　既往・現病：2型糖尿病（内服治療中、HbA1c 7.4%）、高血圧（経過観察）
　服薬　　：メトホルミン 500mg 1日2回、アムロジピン 5mg 1日1回
　赴任地　：ラヨーン県（アマタシティ工業団地）

月1回程度の受診を想定しております。日本語対応可能な曜日をお知らせいただけますと幸いです。
紹介状は産業医から別途お送りいたします。

{SIG_SHITARA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="海外クリニックへ特定社員の病名・服薬・検査値: 要配慮個人情報（1名でも停止）",
)

_add(
    id="shutcho-077",
    expect="pass",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Mr. Pham Quoc Bao <bao.pq@hanoi-precision.com.vn>"],
    subject="Visitor registration form - 18 November",
    body=f"""\
Dear Mr. Bao,

Thank you for signing the NDA. As requested by your security office, I attach the
visitor registration form for our three members who will enter the plant on 18 November.

{SIG_TAKATSUKI_EN}
""",
    attachments=[{
        "kind": "pdf",
        "name": "Visitor_Registration_Hinode_1118.pdf",
        "title": "Visitor Registration",
        "lines": ["VISITOR REGISTRATION - Hanoi Precision Co., Ltd. (Bac Ninh Plant)",
                  "Visiting company: Hinode Sangyo Co., Ltd.   Date: 18 November 2026", ""],
        "table": [
            ["Name", "Position", "Mobile", "E-mail"],
            ["Ryo TAKATSUKI", "Deputy Manager", "+81-80-4415-2290", "takatsuki.ryo@hinode-sangyo.co.jp"],
            ["Sho TESHIGAWARA", "Engineer", "+81-90-5531-0742", "teshigawara.sho@hinode-sangyo.co.jp"],
            ["Minori TAKANASHI", "Quality Engineer", "+81-80-2116-9384", "takanashi.minori@hinode-sangyo.co.jp"],
        ],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PDF 添付で訪問者3名の携帯・メール: 4名以下は警告まで",
)

_add(
    id="shutcho-078",
    expect="stop",
    charset="iso-2022-jp",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=[
        "Ploy <ploy.translate.bkk@gmail.com>",
        "Nattapong S. <nattapong.s.interp@gmail.com>",
        "木村 まどか <madoka.kimura.th@gmail.com>",
    ],
    subject="2月 バンコク展示会 ブース通訳のシフトについて",
    body=f"""\
通訳スタッフの皆様

日の出産業 営業企画部の東海林です。
2月のバンコク展示会のブース通訳について、シフト案をお送りします。

2/24（水）　9:30～13:00　Ploy さん　／ 13:00～18:00　Nattapong さん
2/25（木）　9:30～13:00　木村さん　　／ 13:00～18:00　Ploy さん
2/26（金）　9:30～13:00　Nattapong さん／ 13:00～18:00　木村さん
2/27（土）　9:30～15:00　全員（最終日）

集合はブース C-214 です。ユニフォーム（ポロシャツ）は初日にお渡しします。
ご都合の悪い枠があれば、今週中にお知らせください。

{SIG_SHOJI}
""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="個人のフリーメール3名（同じ gmail.com）を To に並べた: 3者が互いに見える",
)

_add(
    id="shutcho-079",
    expect="stop",
    charset="cp932",
    sender="野々村 勉 <nonomura.tsutomu@hinode-sangyo.co.jp>",
    to=["みどり銀行 外為センター <gaitame@midori-gink0.co.jp>"],
    subject="外貨現金（米ドル）のご予約",
    body=f"""\
みどり銀行
外為センター ご担当者様

いつもお世話になっております。日の出産業 経理部の野々村です。
北米出張者用の外貨現金について、下記のとおり予約をお願いいたします。

　通貨・金額：米ドル 4,000（100ドル札 20枚、20ドル札 80枚、10ドル札 40枚）
　受取日　　：1月7日（木）午後
　受取店　　：日本橋支店
　決済口座　：当社当座預金（いつもの口座）

受取時は経理部の者が伺います。

{SIG_NONOMURA}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 midori-ginko.co.jp の o を 0 にした midori-gink0.co.jp 宛て: ホモグリフ",
)

_add(
    id="shutcho-080",
    expect="pass",
    charset="utf-8",
    sender="野々村 勉 <nonomura.tsutomu@hinode-sangyo.co.jp>",
    to=["朝日ビジネストラベル 西園寺様 <saionji@asahi-bt.co.jp>"],
    subject="当社 海外出張旅費規程（宿泊・日当 上限表）",
    body=f"""\
朝日ビジネストラベル株式会社
西園寺様

お世話になっております。日の出産業 経理部の野々村です。
ホテル手配の際の上限確認用に、当社の海外出張旅費規程の上限表をお送りします。
2027年4月改定版です。上限を超える場合は事前に総務部の承認が必要となります。

{SIG_NONOMURA}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "海外出張旅費_上限表_2027.xlsx",
        "title": "海外出張旅費 上限表",
        "sheets": {
            "宿泊料": [
                ["海外出張旅費規程 別表1 宿泊料上限（1泊・税サ込）"],
                ["地域区分", "役員", "部長", "課長", "一般"],
                ["甲地（北米・欧州主要都市）", "USD 450", "USD 320", "USD 260", "USD 230"],
                ["乙地（アジア主要都市）", "USD 300", "USD 220", "USD 170", "USD 150"],
                ["丙地（その他）", "USD 250", "USD 180", "USD 140", "USD 120"],
            ],
            "日当": [
                ["海外出張旅費規程 別表2 日当"],
                ["地域区分", "役員", "部長", "課長", "一般"],
                ["甲地", "USD 120", "USD 90", "USD 75", "USD 60"],
                ["乙地", "USD 100", "USD 75", "USD 60", "USD 50"],
                ["丙地", "USD 90", "USD 70", "USD 55", "USD 45"],
            ],
        },
    }],
    entities=[],
    detectors=[],
    note="旅費規程の上限料金表（価格表）: 個人データなし",
)


# ======================================================================================
# 081-100
# ======================================================================================

_add(
    id="shutcho-081",
    expect="stop",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>"],
    subject="2027年度 海外出張 予算見込み（手配方針のご相談）",
    body=f"""\
岡野様

いつもお世話になっております。日の出産業の森下です。
来年度の手配方針をご相談したく、部門別の海外出張予算見込みを添付します。
早期発券による削減余地があれば、ご提案いただけますと幸いです。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "xlsx",
        "name": "2027年度_海外出張予算見込み.xlsx",
        "title": "2027年度 海外出張予算見込み",
        "page_header": "日の出産業株式会社 総務部",
        "page_footer": "取扱注意",
        "sheets": {
            "部門別": [
                ["2027年度 海外出張予算見込み（部門別）　※取扱注意"],
                ["部門", "件数", "航空券", "宿泊", "日当", "合計（千円）"],
                ["海外事業部", 160, 52000, 18400, 9600, 80000],
                ["調達部", 70, 21000, 7300, 3900, 32200],
                ["生産技術部", 120, 30500, 14800, 8700, 54000],
                ["営業本部", 50, 16200, 5400, 2800, 24400],
                ["役員", 20, 18000, 6200, 1800, 26000],
            ],
            "地域別": [
                ["地域", "件数", "平均単価（千円）"],
                ["アジア", 294, 310],
                ["北米", 84, 720],
                ["欧州", 42, 830],
            ],
        },
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="添付 XLSX のフッターとタイトル行に「取扱注意」の表示",
)

_EMG_82 = [
    ["薬師寺 亮介", "メキシコ", "薬師寺 由紀子", "妻", "090-5127-3846", "埼玉県所沢市緑町2-6-11"],
    ["南雲 拓海", "メキシコ", "南雲 和子", "母", "0495-72-1186", "埼玉県本庄市児玉町八幡山410"],
    ["相馬 綾香", "メキシコ", "相馬 誠", "父", "080-3352-9907", "福島県南相馬市原町区本町1-23"],
    ["榊原 潤", "メキシコ", "榊原 真奈美", "妻", "070-4418-2265", "東京都板橋区成増3-9-4"],
    ["御手洗 聡", "メキシコ", "御手洗 葵", "妻", "090-8846-0371", "神奈川県川崎市中原区小杉町1-403"],
    ["勅使河原 翔", "ベトナム", "勅使河原 直美", "妻", "080-2715-6634", "神奈川県横浜市青葉区美しが丘2-18-7"],
    ["小鳥遊 みのり", "ベトナム", "小鳥遊 正", "父", "0263-33-4172", "長野県松本市中央2-5-30"],
    ["百目鬼 匠", "ベトナム", "百目鬼 桃花", "妻", "090-3364-2218", "栃木県宇都宮市駒生町1455-2"],
    ["四十物 雅人", "ベトナム", "四十物 絹子", "母", "076-441-2893", "富山県富山市堤町通り1-3-8"],
    ["一ノ瀬 沙耶", "ベトナム", "一ノ瀬 拓", "夫", "070-5530-1147", "東京都江戸川区西葛西6-14-2"],
]

_add(
    id="shutcho-082",
    expect="pass",
    charset="utf-8",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["総務部 危機管理チーム <kikikanri@hinode-sangyo.co.jp>"],
    subject="11月 海外出張者 留守宅緊急連絡先（危機管理用）",
    body="""\
危機管理チーム各位

お疲れさまです。安全衛生課の設楽です。
11月の海外出張者の留守宅緊急連絡先を取りまとめましたので共有します。
有事の際の家族連絡に使用してください（社外への転送は厳禁です）。

設楽
""",
    attachments=[{
        "kind": "xlsx",
        "name": "留守宅緊急連絡先_202611.xlsx",
        "sheets": {
            "11月": [["2026年11月 海外出張者 留守宅緊急連絡先"],
                     ["出張者", "渡航先", "連絡先氏名", "続柄", "電話", "住所"]] + _EMG_82,
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="10名の緊急連絡先一覧だが宛先は社内のみ: 通す",
)

_add(
    id="shutcho-083",
    expect="stop",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["海外事業部 小笠原 <ogasawara.isamu@hinode-sangyo.co.jp>"],
    bcc=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>"],
    subject="ジャカルタ出張 手配状況のご報告",
    body=f"""\
小笠原部長

お疲れさまです。総務の森下です。
ジャカルタ出張（12/7～12/11）の手配状況をご報告します。
（旅行会社の岡野さんにも Bcc で共有しています）

航空券：GA875／GA874 で5名分 仮押さえ済み
ホテル：Hotel Sudirman Place 5室 確定

発券に必要な旅券情報は以下のとおりです。

高槻 亮, TAKATSUKI RYO, TK5069218, 2031/02/14
小笠原 勇, OGASAWARA ISAMU, TS7720356, 2029/06/03
深町 奈緒, FUKAMACHI NAO, MZ4418907, 2033/11/28
滝川 駿, TAKIGAWA SHUN, TR6603142, 2030/09/17
吉良 沙織, KIRA SAORI, TZ3382154, 2032/07/30

以上、よろしくお願いいたします。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="To は社内だが Bcc に旅行会社: 5名の旅券番号が社外へ出る",
)

_add(
    id="shutcho-084",
    expect="either",
    charset="utf-8",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["Reservations <reservations@energycorridor-suites.com>"],
    subject="Rooming list - Hinode Sangyo group, 12-15 January",
    body=f"""\
Dear Reservations,

Please find below the rooming list for our group booking ECS-33018.

  Room type      Guest name             Check-in   Check-out
  -------------  ---------------------  ---------  ---------
  King, NS       ARAKAWA Kenji          12 Jan     15 Jan
  King, NS       MAKABE Yasuyuki        12 Jan     15 Jan
  King, NS       KATSURAGI Mizuki       12 Jan     15 Jan
  Queen x2, NS   OTOBE Yuto             12 Jan     14 Jan
  King, NS       KANO Mitsuhiko         13 Jan     15 Jan
  King, NS       NUMATA Nao             12 Jan     15 Jan

All rooms on the master bill (room and tax only).

{SIG_ARAKAWA_EN}
""",
    entities=["PERSON_NAME"],
    detectors=[],
    note="6名のルーミングリストだが氏名と部屋・日付のみ（連絡先・識別番号なし）: 名簿か判断が分かれる",
)

_add(
    id="shutcho-085",
    expect="stop",
    charset="iso-2022-jp",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["ほけんパートナーズ 法人営業 <houjin@hoken-partners.co.jp>"],
    subject="保険証券（写し）の送付",
    body=f"""\
ほけんパートナーズ 法人営業部 ご担当者様

お世話になっております。日の出産業の森下です。
先日お電話でお話しした、現行の海外旅行保険の証券の写しをPDFでお送りします。
スキャナの調子が悪く、読みにくい箇所があればお知らせください。

{SIG_MORISHITA}
""",
    attachments=[{"kind": "corrupt", "name": "保険証券_KH-2207-11853.pdf"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="添付 PDF が壊れていて検査できない",
)

_add(
    id="shutcho-086",
    expect="pass",
    charset="utf-8",
    sender="Kenji Arakawa <k.arakawa@hinode-sangyo.co.jp>",
    to=["Business Visa Desk <corporate@visacentre-tokyo.com>"],
    subject="Re: Your visa application - collection",
    body=f"""\
Dear Ms. Rao,

Thank you for the update. Our courier will collect the passport on Friday, 30 October,
between 14:00 and 16:00. The courier will bring the original receipt.

{SIG_ARAKAWA_EN}

On Tue, 27 Oct 2026 at 11:05, Business Visa Desk <corporate@visacentre-tokyo.com> wrote:
> Dear Mr. Arakawa,
>
> We are pleased to inform you that the visa for the following applicant has been
> granted and the passport is ready for collection:
>
>   Applicant : NAGUMO TAKESHI
>   Passport  : TH6027913
>   DOB       : 12/09/1979
>   Visa type : Business, single entry, 60 days
>
> Please bring the receipt (No. IVC-TKY-2610-55812) when collecting.
>
> Regards,
> Priya Rao, Visa Centre Tokyo
""",
    entities=[],
    detectors=[],
    note="ビザセンターの文面（旅券番号入り）を On ... wrote: で引用した返信: 新しい本文に個人データなし",
)

_add(
    id="shutcho-087",
    expect="stop",
    charset="cp932",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["佐藤社会保険労務士事務所 <info@sato-sr-office.jp>"],
    subject="帯同家族の扶養手続き書類（帯刀）",
    body=f"""\
佐藤社会保険労務士事務所
佐藤 先生

お世話になっております。日の出産業 人事部の桐生です。
ドイツへ赴任する帯刀さんの帯同家族について、国外居住となる被扶養者の
手続きに必要な情報をPDFにまとめました。ご確認のほどお願いいたします。

{SIG_KIRYU}
""",
    attachments=[{
        "kind": "pdf",
        "name": "被扶養者情報_帯刀.pdf",
        "title": "被扶養者情報",
        "lines": ["被扶養者（国外居住予定）情報　被保険者：帯刀 由香里（社員番号 H-11804）",
                  "渡航予定日：2027年2月1日　渡航先：ドイツ連邦共和国 デュッセルドルフ", ""],
        "table": [
            ["続柄", "氏名", "生年月日", "個人番号", "備考"],
            ["夫", "帯刀 賢吾", "1984/05/08", my_number(SEED + 2), "同行（無職となる予定）"],
            ["長男", "帯刀 蒼", "2016/09/14", my_number(SEED + 3), "現地日本人学校へ編入"],
            ["長女", "帯刀 凛", "2020/03/02", my_number(SEED + 4), "現地幼稚園"],
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="PDF 添付に家族3名のマイナンバー・生年月日",
)

_add(
    id="shutcho-088",
    expect="pass",
    charset="shift_jis",
    sender="宇佐美 航 <usami.wataru@hinode-sangyo.co.jp>",
    to=["さくらホテル成田 法人営業 <houjin-narita@sakura-hotel.jp>"],
    subject="Re: 12/1 前泊 ご宿泊者のお名前について",
    body="""\
さくらホテル成田
法人営業ご担当者様

お世話になっております。日の出産業の宇佐美です。
ご依頼のあった、深夜チェックインとなる2名のお名前と連絡先をお知らせします。
（残り4名は20時頃の到着予定です）

　・宇津木 修　　携帯 080-2053-6147（到着 23:30頃）
　・蔵本 大志　　携帯 090-5562-0843（到着 23:30頃）

遅くなり申し訳ありませんが、よろしくお願いいたします。

--
日の出産業株式会社 情報システム部
宇佐美 航  TEL 03-5822-4720
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="取引先ホテルへ2名の氏名・携帯: 4名以下は警告まで",
)

_add(
    id="shutcho-089",
    expect="stop",
    charset="utf-8",
    sender="高槻 亮 <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["アークライト・コンサルティング 藤堂様 <todo@arclight-consulting.co.jp>"],
    subject="ミラノ現地視察 計画資料（1/20）",
    body=f"""\
アークライト・コンサルティング
藤堂様

いつもお世話になっております。日の出産業の高槻です。
1月20日のミラノ現地視察の計画資料をお送りします。
視察時のヒアリング項目についてご意見をいただけますでしょうか。

{SIG_TAKATSUKI}
""",
    attachments=[{
        "kind": "pptx",
        "name": "Project_Falco_視察計画.pptx",
        "title": "Project Falco 現地視察計画",
        "page_footer": "極秘 / Strictly Confidential",
        "slides": [
            ["Project Falco 現地視察計画", "2027年1月20日　ミラノ", "日の出産業 海外事業部"],
            ["視察の目的", "対象会社の生産能力・設備状態の確認", "経営陣との面談（後継者問題）"],
            ["ヒアリング項目", "主要顧客の売上依存度", "従業員数と労使関係", "環境規制への対応状況"],
            ["今後のスケジュール", "2月：基本合意書", "4月：デューデリジェンス", "7月：最終契約"],
        ],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="添付 PPTX の各スライドのフッターに「極秘」の表示",
)

_add(
    id="shutcho-090",
    expect="either",
    charset="iso-2022-jp",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["Banquet Office <banquet@grand-sukhumvit.co.th>"],
    subject="Gala dinner on 25 Feb - dietary request",
    body=f"""\
Dear Banquet Office,

Regarding our gala dinner for 40 guests on 25 February (booking GS-BQ-0225),
please note one dietary request:

  Ms. Riko HANAWA (Hinode Sangyo) has a severe shellfish allergy
  (shrimp, crab, lobster). Please prepare her dishes separately and avoid
  any cross-contamination, including sauces and stock.

All other guests have no special requirements. Thank you for your kind attention.

Best regards,
Kana Shoji
Sales Planning Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5822-4601
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="宴会場へ1名の重度の食物アレルギー: 健康情報（要配慮）とも食事の要望ともとれる",
)

_add(
    id="shutcho-091",
    expect="stop",
    charset="iso-2022-jp",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["ソラ・リロケーション 法人窓口 <houjin@sora-relocation.co.jp>"],
    subject="赴任者の早期帰任に伴う引越し手配のご相談",
    body=f"""\
ソラ・リロケーション株式会社
法人窓口 ご担当者様

いつもお世話になっております。日の出産業 人事部の桐生です。
シンガポールに赴任中の社員 綿貫 遥 について、急ぎご相談がございます。

現地で適応障害と診断され、主治医より就労を控えるよう指示が出ております。
産業医とも相談のうえ、12月中旬を目途に帰任させることとなりました。
本人は単身のため、荷物の梱包・搬出は御社で代行いただく形でお願いしたいと考えております。

　現住所：Tanjong Pagar のサービスアパートメント（御社手配物件）
　帰任予定：12月15日前後
　日本の受入先：本人の実家（静岡県）

本人の体調に配慮し、現地での連絡は最小限にしていただけますと幸いです。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="引越し業者へ特定社員の診断名（適応障害）: 要配慮個人情報",
)

_add(
    id="shutcho-092",
    expect="pass",
    charset="utf-8",
    sender="宇佐美 航 <usami.wataru@hinode-sangyo.co.jp>",
    to=["ツバサシステム サービスデスク <servicedesk@tsubasa-system.jp>"],
    subject="海外用モバイルルーター 貸出延長の依頼（注文番号 TS-R-26-01884）",
    body="""\
ツバサシステム株式会社
サービスデスク ご担当者様

お世話になっております。日の出産業 情報システム部の宇佐美です。
現在お借りしている海外用モバイルルーターについて、貸出期間の延長をお願いします。

　注文番号：TS-R-26-01884
　機器　　：GW-500 ×4台（S/N GW5-22819, GW5-22820, GW5-22836, GW5-22841）
　現在の返却日：12月18日 → 延長後：12月25日
　利用国　：タイ（変更なし）

延長分の料金は月次請求に含めてください。

--
日の出産業株式会社 情報システム部
宇佐美 航  TEL 03-5822-4720
usami.wataru@hinode-sangyo.co.jp
""",
    entities=[],
    detectors=[],
    note="レンタル機器の注文番号・シリアル番号のみ: 通常業務",
)

_add(
    id="shutcho-093",
    expect="stop",
    charset="shift_jis",
    sender="野々村 勉 <nonomura.tsutomu@hinode-sangyo.co.jp>",
    to=["経理部 出納課 <suito@hinodesangyo.co.jp>"],
    subject="10月分 海外出張旅費精算の締め",
    body=f"""\
出納課 各位

お疲れさまです。野々村です。
10月分の海外出張旅費精算について、締めのスケジュールを連絡します。

・申請締切：11月5日（木）17:00
・上長承認：11月9日（月）まで
・支払日　：11月25日（水）給与と同時振込

外貨建ての領収書は出張最終日のTTSで換算してください。
不明点があれば私まで。

{SIG_NONOMURA}
""",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内宛てのつもりがハイフン抜けの hinodesangyo.co.jp: 自社ドメインの類似",
)

_add(
    id="shutcho-094",
    expect="stop",
    charset="iso-2022-jp",
    sender="東海林 佳奈 <shoji.kana@hinode-sangyo.co.jp>",
    to=["Banquet Office <banquet@grand-sukhumvit.co.th>"],
    cc=["世界トラベル 岡野様 <okano@sekai-travel.co.jp>",
        "北国フーズ 木下様 <kinoshita@kitaguni-foods.co.jp>"],
    subject="Gala dinner 25 Feb - final headcount / 最終人数のご連絡",
    body=f"""\
Dear Banquet Office,
（cc：世界トラベル 岡野様、北国フーズ 木下様）

The final headcount for the gala dinner on 25 February is 42 persons
(Hinode Sangyo 18, Kitaguni Foods 9, other mission members 15).

Bus transfer from the exhibition centre will be arranged by Sekai Travel.

岡野様：バスの到着予定は 18:15 とホテルに伝えています。
木下様：御社の人数は9名で確定とさせていただきました。

Best regards,
Kana Shoji
Hinode Sangyo Co., Ltd.
""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="ホテル・旅行会社・取引先の3組織が To/Cc で互いに見える",
)

_add(
    id="shutcho-095",
    expect="either",
    charset="cp932",
    sender="桐生 恵 <kiryu.megumi@hinode-sangyo.co.jp>",
    to=["かすみ行政書士事務所 相原先生 <aihara@kasumi-gyosei.jp>"],
    subject="中国就労ビザ（Z）申請書類の準備状況",
    body=f"""\
相原先生

お世話になっております。日の出産業の桐生です。
上海に赴任予定の清宮 隼人さんの就労ビザ申請書類について、準備状況をご報告します。

・最終学歴の学位証明書：取得済み（領事認証手続中）
・犯罪経歴証明書（無犯罪証明）：警視庁で申請済み、11月20日頃交付予定
・健康診断書（所定様式）：11月16日に受診予定
・旅券：残存期間は十分です

揃い次第、原本をお送りいたします。

{SIG_KIRYU}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定個人の犯罪経歴証明書・健診の取得状況（内容は書かれていない）: 要配慮か判断が分かれる",
)

_add(
    id="shutcho-096",
    expect="stop",
    charset="utf-8",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["Front Desk <frontdesk@dalian-harbourview.cn>"],
    subject="Pre-registration for Mr. Kiyomiya (arrival 11 January)",
    body=f"""\
Dear Front Desk,

For the police registration of foreign guests, you asked us to send the passport details
of our guest in advance. They are as follows:

  Name           : KIYOMIYA HAYATO
  Nationality    : Japan
  Date of birth  : 29 August 1983
  Passport No.   : TH2280563
  Visa           : Z visa (to be issued)
  Stay           : 11 January - 5 February 2027 (booking DHV-71524)

He will show his passport at check-in as usual.

Best regards,
Mayumi Morishita
General Affairs Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5822-4410
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    detectors=["personal_data"],
    note="中国のホテルへ宿泊者1名の旅券番号・生年月日",
)

_add(
    id="shutcho-097",
    expect="pass",
    charset="iso-2022-jp",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["エマージェンシー・アシスト 法人登録係 <touroku@emergency-assist.jp>"],
    subject="RE: 【確認依頼】緊急連絡先の登録内容",
    body=f"""\
エマージェンシー・アシスト 法人登録係
阿久津様

ご確認ありがとうございます。登録内容に相違ございません。
出張期間の延長等があればあらためてご連絡いたします。

{SIG_SHITARA}

差出人: 阿久津 <touroku@emergency-assist.jp>
送信日時: 2026年11月2日 月曜日 10:42
宛先: 設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>
件名: 【確認依頼】緊急連絡先の登録内容

日の出産業株式会社 設楽様

エマージェンシー・アシストの阿久津です。
以下の内容で登録いたしました。相違がないかご確認ください。

  薬師寺 亮介 → 薬師寺 由紀子（妻）090-5127-3846
  南雲 拓海   → 南雲 和子（母）0495-72-1186
  相馬 綾香   → 相馬 誠（父）080-3352-9907
  榊原 潤     → 榊原 真奈美（妻）070-4418-2265
  御手洗 聡   → 御手洗 葵（妻）090-8846-0371
""",
    entities=[],
    detectors=[],
    note="相手の送った5名の一覧を 差出人:/送信日時: 形式で引用した返信: 新しい本文に個人データなし",
)

_add(
    id="shutcho-098",
    expect="stop",
    charset="shift_jis",
    sender="森下 真由美 <morishita.mayumi@hinode-sangyo.co.jp>",
    to=["星空ツアーズ 査証課 <visa@hoshizora-tours.jp>"],
    subject="旅券コピー送付（大連出張 7名）",
    body=f"""\
星空ツアーズ 査証課 ご担当者様

お世話になっております。日の出産業の森下です。
大連出張7名分の旅券コピーと写真データをZIPファイルにてお送りいたします。
解凍パスワードは追ってご連絡いたします。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "zip",
        "name": "旅券コピー_大連7名.zip",
        "password": "Dl1201#hinode",
        "files": [
            {"kind": "csv", "name": "旅券一覧.csv", "encoding": "cp932",
             "rows": [["氏名", "旅券番号"], ["東海林 弘樹", "TR1135928"], ["百瀬 麻衣", "MU6648201"]]},
            {"kind": "png", "name": "passport_01.png"},
            {"kind": "png", "name": "passport_02.png"},
        ],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付き ZIP（PPAP）を社外へ: 中身を検査できない",
)

_add(
    id="shutcho-099",
    expect="pass",
    charset="utf-8",
    sender="Ryo Takatsuki <takatsuki.ryo@hinode-sangyo.co.jp>",
    to=["Mr. Pham Quoc Bao <bao.pq@hanoi-precision.com.vn>"],
    subject="Thank you for your hospitality in Bac Ninh",
    body=f"""\
Dear Mr. Bao,

On behalf of our team, I would like to thank you and your colleagues for the warm
hospitality during our visit to the Bac Ninh plant last week. The line walk and the
open discussion on process capability were very helpful.

As agreed, we will send our evaluation report and the list of open points by the end
of this month. We look forward to welcoming you in Tokyo next spring.

{SIG_TAKATSUKI_EN}
""",
    attachments=[{"kind": "png", "name": "image001.png"}],
    entities=[],
    detectors=[],
    note="出張後のお礼メール（署名ロゴ画像付き）: 通常業務",
)

_add(
    id="shutcho-100",
    expect="stop",
    charset="shift_jis",
    sender="設楽 直子 <shitara.naoko@hinode-sangyo.co.jp>",
    to=["世界トラベル 海外緊急デスク <emergency@sekai-travel.co.jp>"],
    subject="Re: ベトナム出張者の現地連絡先のご提出について",
    body=f"""\
世界トラベル 海外緊急デスク ご担当者様

お世話になっております。日の出産業 安全衛生課の設楽です。
ご依頼の件、ベトナム出張者の現地での連絡先（海外ローミング可の携帯）をお知らせします。

　勅使河原 翔　　090-5531-0742
　小鳥遊 みのり　080-2116-9384
　四十物 雅人　　070-3348-1265
　一ノ瀬 沙耶　　090-6627-4480
　猪狩 健太郎　　080-9913-5026

百目鬼 匠 は現在入院中のため、連絡は現地責任者経由でお願いします。

{SIG_SHITARA}

> 日の出産業株式会社 設楽様
>
> いつもお世話になっております。世界トラベル海外緊急デスクです。
> 台風接近に伴い、ハノイ滞在中の皆様の安否確認を行う場合に備え、
> 出張者の方の現地でつながる携帯番号をご教示いただけますでしょうか。
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="引用部分は依頼文のみで、新しい本文に5名の氏名・携帯（と1名の入院）: 名簿",
)


# ISO-2022-JP で書かれるメールでは、メーラーが JIS X 0208 の字形で送る（～ は 〜、－ は −）。
def _jis_normalise(spec: dict) -> None:
    if spec.get("charset", "").lower() != "iso-2022-jp":
        return
    table = str.maketrans({"～": "〜", "－": "−"})
    for key in ("subject", "body", "html", "sender"):
        if isinstance(spec.get(key), str):
            spec[key] = spec[key].translate(table)
    for key in ("to", "cc", "bcc"):
        if spec.get(key):
            spec[key] = [a.translate(table) for a in spec[key]]
    for att in spec.get("attachments") or []:
        if att.get("kind") == "eml":
            _jis_normalise(att["message"])


for _m in MESSAGES:
    _jis_normalise(_m)
