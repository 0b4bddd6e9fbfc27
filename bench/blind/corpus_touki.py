"""ブラインド評価コーパス — 業務領域: 登記・株式（touki）

日の出産業株式会社 法務部（登記・株式グループ）のメール 100 通。
役員変更登記、役員の住所・生年月日・印鑑証明書、株主総会／取締役会議事録、
子会社の登記、司法書士・弁護士とのやり取り、銀行の取引時確認（実質的支配者）、
監査法人・税理士・社労士・証券代行（株主名簿管理人）とのやり取りを扱う。

SEED = 29401（マイナンバー・カード番号は build.my_number / build.card_number に
SEED + k を渡して生成し、k は番号ごとに 0, 1, 2 … と一つずつ進める）。
人物・住所・番号はすべて架空。
"""

from __future__ import annotations

import unicodedata

from build import card_number, my_number

SEED = 29401
AREA = "touki"

# -- 番号の生成 -------------------------------------------------------------------------

_K = [0]


def _mn() -> str:
    """次のマイナンバー（k を一つ進める）。"""
    v = my_number(SEED + _K[0])
    _K[0] += 1
    return v


def _card() -> str:
    """次のカード番号（k を一つ進める）。"""
    v = card_number(SEED + _K[0])
    _K[0] += 1
    return v


def _houjin(base12: str) -> str:
    """会社法人等番号（12桁）に検査用数字を付けた 13 桁の法人番号。"""
    digits = [int(c) for c in base12]
    s = sum(d * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(digits), start=1))
    return str(9 - s % 9) + base12


def _sp4(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _zen(s: str) -> str:
    """数字・ハイフンを全角に（Shift_JIS/UTF-8 の本文用）。"""
    return s.translate(str.maketrans("0123456789-/", "０１２３４５６７８９－／"))


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cols(rows: list[list[str]], gap: int = 2) -> list[str]:
    """半角スペースで桁をそろえた行（表示幅で計算）。"""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [c + " " * (widths[i] - _w(c) + gap) for i, c in enumerate(r[:-1])]
        out.append("".join(cells) + r[-1])
    return out


def _zcols(rows: list[list[str]]) -> list[str]:
    """全角スペースで桁をそろえた行。"""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r[:-1]):
            pad = widths[i] - _w(c) + 2
            cells.append(c + "　" * (pad // 2) + " " * (pad % 2))
        out.append("".join(cells) + r[-1])
    return out


# -- 日の出産業の役員（架空） -----------------------------------------------------------
# 氏名, かな, 役職, 和暦生年月日, 西暦, 住所, 携帯, 私用メール
OFF = [
    ("日向 正臣", "ひなた まさおみ", "代表取締役社長", "昭和36年5月14日", "1961-05-14",
     "東京都世田谷区等々力三丁目12番8号", "090-3318-4406", "m.hinata61@gmail.com"),
    ("鷲尾 幸恵", "わしお ゆきえ", "専務取締役", "昭和40年11月2日", "1965-11-02",
     "神奈川県横浜市青葉区美しが丘二丁目31番地5", "080-2241-7719", "yukie.washio@yahoo.co.jp"),
    ("五十嵐 啓介", "いがらし けいすけ", "常務取締役", "昭和42年2月27日", "1967-02-27",
     "埼玉県さいたま市浦和区常盤七丁目4番15-702号", "090-6650-1182", "k-igarashi@outlook.jp"),
    ("薬師寺 透", "やくしじ とおる", "取締役", "昭和45年8月9日", "1970-08-09",
     "東京都杉並区荻窪四丁目22番3号", "070-1934-5508", "toru.yakushiji@icloud.com"),
    ("榊原 美波", "さかきばら みなみ", "取締役", "昭和49年3月30日", "1974-03-30",
     "千葉県市川市八幡二丁目9番6号", "080-5127-3360", "minami.s0330@gmail.com"),
    ("東雲 千景", "しののめ ちかげ", "社外取締役", "昭和38年12月1日", "1963-12-01",
     "東京都文京区本駒込二丁目28番10号", "090-8802-2157", "chikage.shinonome@gmail.com"),
    ("ロバート・ケイン", "Robert Kane", "社外取締役", "1966年7月19日", "1966-07-19",
     "東京都港区南麻布五丁目1番11-304号", "080-4419-0623", "rkane.tokyo@gmail.com"),
    ("楢崎 保", "ならさき たもつ", "常勤監査役", "昭和34年6月21日", "1959-06-21",
     "東京都練馬区石神井町六丁目17番2号", "090-1176-8845", "t.narasaki@nifty.com"),
    ("忍足 京子", "おしたり きょうこ", "監査役", "昭和44年9月5日", "1969-09-05",
     "神奈川県川崎市中原区木月一丁目3番地22", "070-3385-9012", "kyoko.oshitari@docomo.ne.jp"),
    ("仙波 航", "せんば わたる", "取締役（新任）", "昭和52年4月18日", "1977-04-18",
     "東京都品川区旗の台五丁目7番4号", "080-9953-4471", "wataru.semba@yahoo.co.jp"),
]

# -- 署名 --------------------------------------------------------------------------------

SIG_KURI = """
--
日の出産業株式会社 法務部 登記・株式グループ
栗林 朋美（くりばやし ともみ）
〒103-0027 東京都中央区日本橋二丁目14番1号 日の出ビル8階
TEL 03-5201-7730（直通）／FAX 03-5201-7739
kuribayashi@hinode-sangyo.co.jp
"""

SIG_MAKABE = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
法務部 課長　真壁 一樹
〒103-0027 東京都中央区日本橋2-14-1 日の出ビル8F
TEL：03-5201-7731　携帯：080-4120-6637
makabe@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━
"""

SIG_OKONOGI = """
----------------------------------------
日の出産業株式会社 法務部
小此木 蓮 Ren Okonogi
Tel: 03-5201-7734  Fax: 03-5201-7739
----------------------------------------
"""

SIG_SUNAGAWA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　総務部 株式課
砂川 由紀
〒103-0027 東京都中央区日本橋二丁目14番1号
TEL 03-5201-7745（株式課代表）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_UMEMIYA = """
--------------------------------------------------
日の出産業株式会社 経理部 税務グループ
梅宮 聡  TEL 03-5201-7762 / 内線 4762
--------------------------------------------------
"""

SIG_ARAI = """
Best regards,

Kenji Arai
Legal Department, Hinode Sangyo Co., Ltd.
8F Hinode Bldg., 2-14-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7736
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
　お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you are not the intended recipient, please notify the sender and delete
this message. Any unauthorised use or disclosure is prohibited.
"""

MESSAGES: list[dict] = []


def _add(**m) -> None:
    m["id"] = f"{AREA}-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ======================================================================================
# 001 役員変更登記：役員 6 名の住所・生年月日（半角スペースで桁ぞろえ）→ 司法書士
_reelect = [OFF[0], OFF[1], OFF[2], OFF[4], OFF[5], OFF[9]]
_rows = [["氏名", "役職", "生年月日", "住所"]] + [
    [o[0], o[2], o[4].replace("-", "/"), o[5]] for o in _reelect]
_t = _cols(_rows)
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["司法書士 葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="役員変更登記の件（重任・就任役員の住所・生年月日）",
    charset="iso-2022-jp",
    body=f"""司法書士法人みなと総合事務所
司法書士 葛城 亮 様

いつも大変お世話になっております。
日の出産業 法務部の栗林でございます。

6月27日の定時株主総会で役員の改選がございましたので、
役員変更登記のご準備をお願いいたします。
重任・就任する役員の住所と生年月日を下記のとおりお知らせします。
（住所は各人の印鑑証明書の記載どおりです）

{_t[0]}
{'-' * 96}
""" + "\n".join(_t[1:]) + f"""

就任承諾書・印鑑証明書の原本は来週前半にまとめてお送りします。
ご不明点がございましたらお知らせください。
{SIG_KURI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="役員6名の氏名・生年月日・住所を桁ぞろえの表で司法書士（社外）へ：5名以上の名簿",
)

# 002 司法書士への返信。一覧は引用部のみ（>）
_q = "\n".join(f"> {o[0]}　{o[2]}　{o[5]}" for o in _reelect)
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    cc=["saegusa@minato-shiho.jp"],
    subject="Re: 【ご確認】役員変更登記申請書（案）",
    charset="shift_jis",
    body=f"""葛城先生
（cc: 三枝様）

お世話になっております。栗林です。
申請書案をご確認いただきありがとうございます。
下記の住所の記載で相違ございません。

印鑑証明書の原本6通は本日レターパックプラスで発送しました。
お問い合わせ番号は 3321-4476-0915 です。明日午前には届く見込みです。

よろしくお願いいたします。
{SIG_KURI}
2025年7月2日(水) 15:12 葛城 亮 <katsuragi@minato-shiho.jp>:
> 日の出産業株式会社
> 栗林様
>
> 申請書（案）を作成しました。役員の住所は下記で記載しています。
> 印鑑証明書の住所と一致しているかご確認ください。
>
{_q}
>
> 司法書士法人みなと総合事務所 葛城
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="住所一覧は相手が送ってきた引用部（>）のみ。新しい本文は確認と追跡番号だけ",
)

# 003 取引時確認：代表者の運転免許証番号 → みどり銀行
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["氷見 大地 <himi.daichi@midori-ginko.co.jp>"],
    subject="法人口座開設に伴う取引時確認書類について（日の出フードサービス）",
    charset="utf-8",
    body=f"""みどり銀行 日本橋支店 法人営業課
氷見 大地 様

いつもお世話になっております。日の出産業 法務部の真壁です。

子会社「株式会社日の出フードサービス」の口座開設の件、
取引時確認のため代表者の本人確認事項をご連絡いたします。

■ 代表者
  氏名：日向 正臣（ひなた まさおみ）
  生年月日：昭和36年5月14日
  住所：東京都世田谷区等々力三丁目12番8号
  本人確認書類：運転免許証
    番号 第303419827651号（有効期限 令和9年6月14日まで）

免許証の写しは明日、支店窓口へ持参いたします。
登記事項証明書（発行後3か月以内）も同封します。

どうぞよろしくお願いいたします。
{SIG_MAKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="代表者1名だが運転免許証番号を社外の銀行へ：本人確認書類の番号は1人でも停止",
)

# 004 実質的支配者の申告（1名）→ みどり銀行 KYC
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["みどり銀行 取引時確認センター <kyc-center@midori-ginko.co.jp>"],
    subject="Re: 実質的支配者に関するご確認のお願い（お客さま番号 0048-221937）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 取引時確認センター ご担当者様

お世話になっております。日の出産業株式会社 法務部の真壁でございます。
ご照会いただきました弊社の実質的支配者につき、下記のとおり回答いたします。

1. 実質的支配者に該当する者
   氏名　　　日向 正臣
   住居　　　東京都世田谷区等々力三丁目12番8号
   生年月日　昭和36年5月14日
   該当事由　議決権の総数の25％を超える議決権を直接保有（52.3％）

2. 上記以外に25％超の議決権を有する自然人はおりません。

なお、法務局の「実質的支配者リスト」の写しが必要でしたら、
申出のうえお送りいたしますのでお申し付けください。
{SIG_MAKABE}""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="実質的支配者1名の住所・生年月日を銀行へ：1〜4名分は警告どまりで送信可",
)

# 005 株主名簿（CSV, CP932）→ 監査法人
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["羽田野 祐介 <hatano@akebono-audit.jp>"],
    cc=["takanashi@akebono-audit.jp"],
    subject="株主名簿（2025年3月31日現在）の送付",
    charset="shift_jis",
    body=f"""あけぼの監査法人
羽田野様

いつもお世話になっております。日の出産業 総務部株式課の砂川です。
ご依頼の株主名簿（基準日：2025年3月31日）をCSVでお送りします。
上位株主のみではなく全株主分を抽出しております。

ご確認のほどよろしくお願いいたします。
{SIG_SUNAGAWA}""",
    attachments=[{
        "kind": "csv", "name": "kabunushi_meibo_20250331.csv", "encoding": "cp932",
        "rows": [
            ["株主番号", "氏名又は名称", "住所", "所有株式数", "議決権数"],
            ["000001", "日向 正臣", "東京都世田谷区等々力三丁目12番8号", "523000", "5230"],
            ["000002", "日向 澄江", "東京都世田谷区等々力三丁目12番8号", "88000", "880"],
            ["000003", "日の出産業従業員持株会", "東京都中央区日本橋二丁目14番1号", "61200", "612"],
            ["000004", "株式会社みどり銀行", "東京都千代田区丸の内一丁目6番2号", "45000", "450"],
            ["000005", "鷲尾 幸恵", "神奈川県横浜市青葉区美しが丘二丁目31番地5", "12000", "120"],
            ["000006", "日向 圭吾", "東京都目黒区柿の木坂一丁目8番3号", "40000", "400"],
            ["000007", "小野寺 ハル", "宮城県仙台市青葉区国分町三丁目5番12号", "9500", "95"],
            ["000008", "五十嵐 啓介", "埼玉県さいたま市浦和区常盤七丁目4番15-702号", "6000", "60"],
            ["000009", "稗田 忠彦", "静岡県浜松市中央区佐鳴台四丁目20番1号", "8800", "88"],
            ["000010", "川崎電機株式会社", "神奈川県川崎市幸区堀川町580番地", "30000", "300"],
            ["000011", "門脇 さと子", "大阪府豊中市新千里東町二丁目1番D-1104号", "4200", "42"],
            ["000012", "薬師寺 透", "東京都杉並区荻窪四丁目22番3号", "3000", "30"],
            ["000013", "葉山 宗一郎", "北海道札幌市中央区宮の森二条十丁目3番7号", "2500", "25"],
            ["000014", "椎葉 みのり", "福岡県福岡市早良区西新五丁目11番30号", "1800", "18"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="個人株主10名以上の氏名・住所を含む株主名簿CSVを監査法人へ",
)

# 006 子会社一覧（法人の一覧・法人番号）→ 監査法人
_subs = [
    ("株式会社日の出ロジスティクス", "埼玉県川口市領家五丁目4番1号", "048-229-5100", "030001187452"),
    ("株式会社日の出フードサービス", "東京都江東区新砂三丁目9番2号", "03-5633-2811", "010601043318"),
    ("ヒノデ物産九州株式会社", "福岡県福岡市博多区博多駅東二丁目6番26号", "092-441-7360", "290001061127"),
    ("日の出ビルマネジメント株式会社", "東京都中央区日本橋二丁目14番1号", "03-5201-7800", "010001156620"),
]
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["takanashi@akebono-audit.jp"],
    subject="連結子会社の基本情報について",
    charset="utf-8",
    body="""あけぼの監査法人
小鳥遊様

お世話になっております。日の出産業 法務部の小此木です。
期中レビュー資料のうち、連結子会社の基本情報を下記にまとめました。

""" + "\n".join(
        f"◆{n}\n　本店：{a}\n　代表電話：{p}\n　法人番号：{_houjin(b)}\n" for n, a, p, b in _subs
    ) + """
いずれも当社100％出資です（ヒノデ物産九州のみ80％）。
履歴事項全部証明書が必要であれば取得しますのでお知らせください。
""" + SIG_OKONOGI,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="子会社（法人）の所在地・代表電話・法人番号の一覧：人の名簿ではない",
)

# 007 【社外秘】取締役会資料（PDF, ページヘッダに社外秘）→ 白川法律事務所
_add(
    sender="嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>",
    to=["白川 聡一郎 <s.shirakawa@shirakawa-law.jp>"],
    subject="【社外秘】吸収合併スキームに関する取締役会資料（ドラフト）",
    charset="shift_jis",
    body="""白川先生

いつも大変お世話になっております。日の出産業の嶋田です。

8月の取締役会に付議予定の、日の出ビルマネジメントを存続会社とする
吸収合併の説明資料（ドラフト）を添付いたします。
簡易合併の要件と債権者保護手続のスケジュールについて、
ご意見を賜れますと幸いです。

日の出産業株式会社 法務部長 嶋田 理恵
TEL 03-5201-7730
""",
    attachments=[{
        "kind": "pdf", "name": "合併スキーム_取締役会資料_draft.pdf",
        "page_header": "社外秘", "title": "吸収合併スキーム（案）",
        "lines": [
            "取締役会資料（案）　吸収合併の件",
            "1. 目的：グループ内不動産管理機能の集約",
            "2. 存続会社：日の出ビルマネジメント株式会社",
            "3. 消滅会社：株式会社日の出フードサービス（不動産部門を事前に会社分割）",
            "4. 効力発生日：2026年1月1日（予定）",
            "5. 債権者保護手続：官報公告および知れている債権者への個別催告",
            "6. 登記：効力発生日から2週間以内に本店所在地で変更登記・解散登記",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="件名と添付PDFのヘッダに「社外秘」の表示がある文書を社外の弁護士へ",
)

# 008 NDA の話（秘密保持契約のドラフト）→ FA
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["鶴見 陽介 <tsurumi@kirameki-fa.co.jp>"],
    subject="秘密保持契約書（案）送付の件",
    charset="iso-2022-jp",
    body=f"""きらめきアドバイザリー株式会社
鶴見様

お世話になっております。日の出産業の真壁です。
先日お打ち合わせした件につき、当社ひな形の秘密保持契約書（案）をお送りします。
第5条（秘密情報の返還・廃棄）と第8条（有効期間）は、
貴社のご要望に合わせて修正可能です。
ご確認のうえ、修正案をWordの変更履歴でいただけますと幸いです。
{SIG_MAKABE}{DISC_JA}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_20250709.docx",
        "title": "秘密保持契約書",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という。）ときらめきアドバイザリー株式会社（以下「乙」という。）は、"
            "甲の子会社再編に関する検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本件に関し開示者が受領者に開示した技術上又は営業上の情報であって、"
            "開示の際に秘密である旨を明示したものをいう。",
            "第2条（秘密保持）受領者は、秘密情報を厳に秘密として保持し、開示者の事前の書面による承諾なく第三者に開示しない。",
            "第5条（返還・廃棄）受領者は、開示者の求めに応じ、秘密情報を速やかに返還又は廃棄する。",
            "第8条（有効期間）本契約の有効期間は、締結日から2年間とする。",
            "甲：東京都中央区日本橋二丁目14番1号　日の出産業株式会社　代表取締役",
            "乙：東京都千代田区大手町一丁目2番3号　きらめきアドバイザリー株式会社　代表取締役",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="秘密保持契約（NDA）の条文案の送付：「秘密情報」は契約の用語で文書の区分表示ではない",
)

# 009 PPAP：パスワード付き ZIP（印鑑証明書のスキャン）→ 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="日の出ロジスティクス 役員変更登記 印鑑証明書（写し）",
    charset="utf-8",
    body=f"""早乙女先生

お世話になっております。日の出産業 法務部の栗林です。
日の出ロジスティクスの役員変更登記の件、取締役全員分の印鑑証明書の
スキャンデータをお送りいたします。原本は後日郵送いたします。

添付ファイルはパスワード付きZIPです。パスワードは別メールでお送りします。
{SIG_KURI}""",
    attachments=[{
        "kind": "zip", "name": "inkan_shoumei_logi.zip", "password": "HnLg#0714",
        "files": [
            {"kind": "pdf", "name": "印鑑証明書_取締役5名.pdf",
             "lines": ["印鑑登録証明書（写し）", "氏名 熊谷 修司  住所 埼玉県川口市芝新町9番4号",
                       "生年月日 昭和43年1月9日"]},
            {"kind": "txt", "name": "readme.txt", "text": "5名分。原本は郵送します。"},
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）で中身を検査できない添付を社外へ",
)

# 010 パスワード別送メール
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="【パスワード】日の出ロジスティクス 役員変更登記 印鑑証明書（写し）",
    charset="iso-2022-jp",
    body=f"""早乙女先生

先ほどお送りしたファイルのパスワードをお知らせします。

  HnLg#0714

よろしくお願いいたします。
{SIG_KURI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="別送パスワードだけのメール：個人データも区分表示もない",
)

# 011 社外取締役のマイナンバー → 税理士法人（源泉徴収票・給与支払報告書用）
_mn_sn, _mn_rk = _mn(), _mn()
_add(
    sender="梅宮 聡 <umemiya@hinode-sangyo.co.jp>",
    to=["石動 税理士 <isurugi@tsubame-tax.jp>"],
    subject="社外取締役2名の個人番号（給与支払報告書作成用）",
    charset="shift_jis",
    body=f"""税理士法人つばめ会計
石動先生

お世話になっております。日の出産業 経理部の梅宮です。
給与支払報告書の作成に必要な社外取締役2名の個人番号等をお送りします。

・東雲 千景（しののめ ちかげ）
　住所：東京都文京区本駒込二丁目28番10号
　個人番号：{_sp4(_mn_sn)}

・ロバート・ケイン（Robert Kane）
　住所：東京都港区南麻布五丁目1番11-304号
　個人番号：{_mn_rk}

本人確認は当社にて番号確認・身元確認済みです。
提出期限（1月31日）の前に一度ドラフトを拝見できれば幸いです。
{SIG_UMEMIYA}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="社外取締役2名のマイナンバーを本文で税理士へ：個人番号は1件でも停止",
)

# 012 なりすまし類似ドメイン（shirakawa-law.jp → shirakawa-law.co.jp）
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["三雲 玲奈 <mikumo@shirakawa-law.co.jp>"],
    subject="定時株主総会 想定問答集のレビューのお願い",
    charset="utf-8",
    body=f"""白川法律事務所
三雲先生

いつもお世話になっております。日の出産業 法務部の小此木です。
今年の定時株主総会の想定問答集（第2版）がまとまりましたので、
特に「政策保有株式の縮減」と「役員報酬の決定方針」の項目について
法的な観点からご確認をお願いできますでしょうか。

お忙しいところ恐縮ですが、6月13日（金）までにコメントをいただけますと助かります。
{SIG_OKONOGI}""",
    attachments=[{
        "kind": "docx", "name": "想定問答集_v2.docx",
        "paragraphs": ["定時株主総会 想定問答集（第2版）",
                       "Q1 政策保有株式の縮減方針について", "A1 毎年取締役会で保有意義を検証し…",
                       "Q2 役員報酬の決定方針について", "A2 報酬委員会の答申を踏まえ…"],
    }],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 shirakawa-law.jp の類似ドメイン shirakawa-law.co.jp（co. が付加）宛て",
)

# 013 社内のみ：役員のマイナンバー一覧（XLSX）総務→経理
_rows13 = [["役員区分", "氏名", "生年月日", "住所", "個人番号"]]
for o in OFF[:9]:
    _rows13.append([o[2], o[0], o[4], o[5], _mn()])
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["梅宮 聡 <umemiya@hinode-sangyo.co.jp>"],
    cc=["経理部 税務G <tax-g@hinode-sangyo.co.jp>"],
    subject="役員個人番号一覧（年末調整用）",
    charset="shift_jis",
    body="""梅宮さん

秘書室の宇佐美です。
年末調整用に、役員の個人番号一覧を添付します。
取扱いは番号管理規程のとおりでお願いします（閲覧後はファイルサーバの所定フォルダへ移動）。

宇佐美
""",
    attachments=[{
        "kind": "xlsx", "name": "役員_個人番号一覧_2025.xlsx",
        "sheets": {"役員": [["役員個人番号一覧（2025年12月1日現在）"], []] + _rows13},
    }],
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="宛先がすべて社内（hinode-sangyo.co.jp）：内容にかかわらず送信可",
)

# 014 3者以上の社外宛先が To で互いに見える（個人株主へ招集通知の案内）
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["小野寺 ハル様 <haru.onodera@yahoo.co.jp>", "稗田 忠彦様 <hieda.t@gmail.com>",
        "門脇 さと子様 <satoko-kado@ezweb.ne.jp>", "葉山 宗一郎様 <soichiro.hayama@outlook.jp>",
        "株式会社葉山興産 <soumu@hayama-kousan.co.jp>"],
    subject="第78回定時株主総会 招集ご通知の電子提供について",
    charset="iso-2022-jp",
    body=f"""株主各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 総務部株式課でございます。

第78回定時株主総会の招集ご通知につきまして、
電子提供措置事項を当社ウェブサイトに掲載いたしました。
書面交付をご請求いただいている株主様には、別途郵送いたします。

　開催日時：2025年6月27日（金）午前10時
　場所　　：さくらホテル東京 2階「鳳凰の間」

議決権行使書のご返送は6月26日（木）午後5時必着でお願いいたします。
{SIG_SUNAGAWA}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="個人株主4名と法人株主を To に並べ、互いのアドレスが見える：Bcc にすべき",
)

# 015 2組織が宛先（司法書士＋銀行）：通常の三者間連絡
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    cc=["氷見 大地 <himi.daichi@midori-ginko.co.jp>"],
    subject="本店移転登記の完了時期と銀行届出の変更について",
    charset="utf-8",
    body=f"""葛城先生
（cc：みどり銀行 氷見様）

お世話になっております。日の出産業の真壁です。

10月1日付の本店移転（中央区日本橋 → 中央区八重洲）について、
登記完了後の履歴事項全部証明書をみどり銀行様にも提出する必要がございます。
葛城先生、登記完了の見込み日をお知らせいただけますでしょうか。

氷見様、届出住所変更の書類は登記完了後でも間に合いますでしょうか。
ご確認をお願いいたします。
{SIG_MAKABE}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="司法書士と銀行の2組織のみが宛先：通常の三者間の連絡",
)

# 016 HTML のみ：子会社の役員一覧（表）→ 司法書士
_trs = "".join(
    f"<tr><td>{n}</td><td>{t}</td><td>{d}</td><td>{a}</td></tr>" for n, t, d, a in [
        ("熊谷 修司", "代表取締役", "S43.1.9", "埼玉県川口市芝新町9番4号"),
        ("二階堂 瑞穂", "取締役", "S51.7.23", "埼玉県蕨市中央六丁目3番18号"),
        ("五十嵐 啓介", "取締役（非常勤）", "S42.2.27", "埼玉県さいたま市浦和区常盤七丁目4番15-702号"),
        ("安曇 孝之", "取締役", "S55.10.2", "東京都足立区西新井栄町一丁目17番9号"),
        ("鷹取 里枝", "監査役", "H2.3.15", "埼玉県川口市並木二丁目24番5-301号"),
    ])
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="日の出ロジスティクス 役員一覧（登記用）",
    charset="shift_jis",
    html=f"""<html><body style="font-family:'MS PGothic'">
<p>早乙女先生</p>
<p>お世話になっております。日の出産業 法務部の栗林です。<br>
日の出ロジスティクスの改選後の役員一覧をお送りします。<br>
生年月日・住所は印鑑証明書のとおりです。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>役職</th><th>生年月日</th><th>住所</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 法務部 栗林 朋美<br>TEL 03-5201-7730</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="HTMLのみのメールの表に子会社役員5名の生年月日（和暦略記）・住所",
)

# 017 XLSX（複数シート・タイトル行つき）グループ役員一覧 → 監査法人
_sheet_hq = [["日の出産業株式会社 役員一覧（2025年6月27日現在）"], [],
             ["氏名", "役職", "生年月日", "住所", "携帯電話"]] + [
    [o[0], o[2], o[4], o[5], o[6]] for o in OFF[:9]]
_sheet_logi = [["株式会社日の出ロジスティクス 役員一覧"], [],
               ["氏名", "役職", "生年月日", "住所", "携帯電話"],
               ["熊谷 修司", "代表取締役", "1968-01-09", "埼玉県川口市芝新町9番4号", "090-2208-6613"],
               ["二階堂 瑞穂", "取締役", "1976-07-23", "埼玉県蕨市中央六丁目3番18号", "080-6671-2045"],
               ["安曇 孝之", "取締役", "1980-10-02", "東京都足立区西新井栄町一丁目17番9号", "070-4402-8816"]]
_sheet_fs = [["株式会社日の出フードサービス 役員一覧"], [],
             ["氏名", "役職", "生年月日", "住所", "携帯電話"],
             ["伊集院 晶", "代表取締役", "1972-12-12", "東京都江東区東砂二丁目14番6号", "090-7745-3310"],
             ["桐生 なつみ", "取締役", "1983-05-06", "千葉県浦安市美浜一丁目8番2-905号", "080-3019-4478"]]
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["羽田野 祐介 <hatano@akebono-audit.jp>"],
    subject="関連当事者の確認用 グループ役員一覧",
    charset="utf-8",
    body=f"""羽田野様

お世話になっております。日の出産業の小此木です。
関連当事者取引の確認手続に使用されるとのことで、
グループ各社の役員一覧をExcelでお送りします（会社ごとにシートを分けています）。
{SIG_OKONOGI}""",
    attachments=[{"kind": "xlsx", "name": "グループ役員一覧_20250627.xlsx",
                  "sheets": {"日の出産業": _sheet_hq, "日の出ロジ": _sheet_logi,
                             "日の出FS": _sheet_fs}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX 3シートにグループ役員14名の生年月日・住所・携帯番号：監査法人宛て",
)

# 018 English: US subsidiary's board consent (no personal data)
_add(
    sender="Kenji Arai <k.arai@hinode-sangyo.co.jp>",
    to=["Megan Doyle <mdoyle@harlanpierce.com>"],
    subject="Hinode America Inc. - unanimous written consent of the board",
    charset="utf-8",
    body=f"""Dear Megan,

Thank you for the draft unanimous written consent for Hinode America Inc.
We have two small comments:

1. In Resolution 3, please refer to the "Amended and Restated Bylaws dated April 1, 2024".
2. The effective date of the officer changes should be July 1, 2025, not June 30.

Once revised, we will circulate it to the directors for DocuSign signatures.
Could you also confirm whether the Delaware annual franchise tax report needs
to be updated for the new officer list, or whether that can wait until March?
{SIG_ARAI}{DISC_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="米国子会社の書面決議案へのコメント：個人データなし、免責文のみ",
)

# 019 FW: 人事部の役員緊急連絡先を保険会社へ転送
_emerg = "\n".join(
    f"{o[0]}（{o[2]}）\t携帯 {o[6]}\t私用 {o[7]}" for o in OFF[:7])
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["矢吹 達也 <yabuki@hoshizora-sonpo.co.jp>"],
    subject="FW: 【役員】緊急連絡先一覧の更新",
    charset="shift_jis",
    body=f"""ほしぞら損害保険
矢吹様

お世話になっております。日の出産業 秘書室の宇佐美です。
会社役員賠償責任保険の更新申込書に記載する被保険者（役員）の件、
社内で回覧された一覧をそのまま転送いたします。役職はこちらでご確認ください。

宇佐美

-----Original Message-----
From: 人事部 労務G <roumu@hinode-sangyo.co.jp>
Sent: Monday, July 7, 2025 9:41 AM
To: 秘書室 <hisho@hinode-sangyo.co.jp>
Subject: 【役員】緊急連絡先一覧の更新

秘書室 各位

役員の緊急連絡先を更新しました。災害時の安否確認に使用します。

{_emerg}

人事部 労務G
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="転送（FW）で社内の役員7名の携帯・私用メール一覧を保険会社へ：転送部分は新しい本文",
)

# 020 要配慮：取締役の辞任理由に病名 → 司法書士
_add(
    sender="嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="取締役の辞任に伴う変更登記のご相談",
    charset="iso-2022-jp",
    body="""葛城先生

いつもお世話になっております。日の出産業の嶋田です。

取締役の薬師寺 透が、膵臓がんの治療に専念するため、
9月30日付で取締役を辞任することになりました。
本人は現在入院中で抗がん剤治療を受けており、辞任届への署名は
病院で行う予定です。押印は認印で差し支えないでしょうか。

定款上の員数は満たしておりますので、補欠選任は行いません。
辞任登記のみお願いする予定です。

日の出産業株式会社 法務部長 嶋田 理恵
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の取締役の病名・治療状況（要配慮個人情報）を社外の司法書士へ",
)

# 021 either：監査役の辞任理由が「体調面」とだけ書かれている → 弁護士
_add(
    sender="嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>",
    to=["白川 聡一郎 <s.shirakawa@shirakawa-law.jp>"],
    subject="監査役の員数欠員時の対応について",
    charset="utf-8",
    body="""白川先生

お世話になっております。日の出産業の嶋田です。

監査役の忍足 京子さんから、体調面の理由で任期途中での退任を
考えたいとの申し出がありました。時期はまだ未定です。

当社の監査役会は3名構成のため、退任されると法定の員数を欠くことになります。
補欠監査役は前回の総会で選任しておりませんので、
・臨時株主総会を開くべきか
・一時監査役の選任申立てで対応できるか
について、ご意見を伺えますでしょうか。

日の出産業株式会社 法務部長 嶋田 理恵
TEL 03-5201-7730
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="特定の監査役について「体調面の理由」とのみ記載：病歴といえるかは判断が分かれる",
)

# 022 社内のみ：役員変更登記完了の報告（役員あて）
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["役員各位 <yakuin-all@hinode-sangyo.co.jp>"],
    cc=["嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>", "hisho@hinode-sangyo.co.jp"],
    subject="【報告】役員変更登記完了のお知らせ",
    charset="iso-2022-jp",
    body="""役員各位

法務部の栗林です。
6月27日開催の定時株主総会および取締役会の決議に基づく役員変更登記が、
7月8日付で完了しましたのでご報告いたします。

　重任：代表取締役 日向 正臣、取締役 鷲尾 幸恵、五十嵐 啓介、榊原 美波、社外取締役 東雲 千景
　就任：取締役 仙波 航
　退任：取締役 北大路 豊（任期満了）

履歴事項全部証明書はスキャンしてファイルサーバ（法務部＞登記＞2025）に保存済みです。
原本が必要な方は法務部までお申し付けください。

栗林
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="社内宛ての登記完了報告。氏名と役職だけで、宛先もすべて社内",
)

# 023 海外在住取締役の旅券番号 → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="海外在住取締役（加賀美）の本人確認証明書について",
    charset="utf-8",
    body=f"""葛城先生

お世話になっております。日の出産業 法務部の栗林です。

シンガポール駐在の加賀美が取締役に就任する件で、住民票が取れないため
本人確認証明書として旅券の写しと在留証明を使う予定です。
旅券の記載事項は以下のとおりです。

  氏名：加賀美 聡（KAGAMI SATOSHI）
  生年月日：1979年2月8日
  旅券番号：TK7734029
  発行日：2022年10月3日　有効期限：2032年10月3日
  現住所：10 Anson Road, #21-07, Singapore 079903

在留証明は在シンガポール日本国大使館で取得中です。
旅券の写しに原本証明を付ける方法で問題ないか、ご教示ください。
{SIG_KURI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="就任予定取締役1名の旅券番号を本文で社外の司法書士へ：身分証の番号は停止",
)

# 024 在留カード番号 → 銀行の代表者確認
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["ことぶき銀行 法人営業部 <hojin-eigyo@kotobuki-bank.co.jp>"],
    subject="合弁会社の口座開設：代表者の本人確認情報",
    charset="shift_jis",
    body=f"""ことぶき銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業の真壁です。
川崎電機様との合弁会社「ヒノデ・カワサキ・エナジー株式会社」の口座開設につき、
代表取締役の本人確認事項を以下のとおりお知らせします。

　氏名　　　　ケイン ロバート（KANE ROBERT）
　国籍　　　　アメリカ合衆国
　生年月日　　1966年7月19日
　住居　　　　東京都港区南麻布五丁目1番11－304号
　在留カード番号　EH72930418JA（在留期間満了日 2028年3月10日）

在留カードの表裏の写しは、来店時にご提示いたします。
{SIG_MAKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="代表取締役1名の在留カード番号を社外の銀行へ：身分証番号は1人でも停止",
)

# 025 基礎年金番号・健康保険証 → 社労士（新任の常勤取締役）
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["千早 社労士 <chihaya@hikari-sr.jp>"],
    subject="新任取締役の社会保険手続き（仙波）",
    charset="iso-2022-jp",
    body="""社会保険労務士法人ひかり
千早先生

お世話になっております。日の出産業 秘書室の宇佐美です。
7月1日付で常勤取締役に就任した仙波の社会保険の手続きをお願いいたします。
（従業員からの就任のため、雇用保険は喪失手続きが必要と理解しています）

　氏名　　仙波 航（せんば わたる）
　生年月日　昭和52年4月18日
　住所　　〒142-0064 東京都品川区旗の台五丁目7番4号
　基礎年金番号　4127−508836
　健康保険被保険者証　記号 1820 番号 337

役員報酬月額は別途、経理から連絡いたします。
よろしくお願いいたします。

日の出産業株式会社 秘書室 宇佐美 香
TEL 03-5201-7702
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER",
              "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="取締役1名の基礎年金番号と健康保険証の記号番号を社労士（社外）へ",
)

# 026 クレジットカード番号 → 官報販売所（決算公告の掲載料）
_cc26 = _card()
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["東京官報サービス 公告受付 <koukoku@tokyo-kanpo.co.jp>"],
    subject="決算公告掲載料のお支払い（カード決済）",
    charset="utf-8",
    body=f"""東京官報サービス 公告受付ご担当者様

お世話になっております。日の出産業 総務部株式課の砂川です。
先日お申込みした第78期決算公告（貸借対照表の要旨）の掲載料について、
法人カードでの決済をお願いいたします。

  カード名義：HINODE SANGYO CO LTD / YUKI SUNAGAWA
  カード番号：{_cc26[:4]}-{_cc26[4:8]}-{_cc26[8:12]}-{_cc26[12:]}
  有効期限：09/28

お手数ですが、領収書は株式課宛てにお送りください。
{SIG_SUNAGAWA}""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="法人カードのカード番号を本文で官報販売所へ：カード番号は停止",
)

# 027 決算公告の申込み（請求書番号・掲載日のみ）
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["koukoku@tokyo-kanpo.co.jp"],
    subject="第78期 決算公告 掲載申込み",
    charset="shift_jis",
    body=f"""東京官報サービス 御中

いつもお世話になっております。日の出産業株式会社 総務部株式課の砂川でございます。
第78期決算公告の官報掲載を下記のとおりお申込みいたします。

　会社名　　　日の出産業株式会社
　公告の種類　決算公告（貸借対照表の要旨）
　掲載希望日　2025年7月10日（木）以降の最短日
　原稿　　　　添付のとおり（2枠）
　前回の請求書番号　KP-24-071583

お見積りと掲載日が決まりましたらご連絡ください。
{SIG_SUNAGAWA}""",
    attachments=[{"kind": "docx", "name": "決算公告原稿_第78期.docx",
                  "paragraphs": ["第78期決算公告", "令和7年6月30日",
                                 "東京都中央区日本橋二丁目14番1号", "日の出産業株式会社",
                                 "代表取締役 日向 正臣",
                                 "貸借対照表の要旨（令和7年3月31日現在）（単位：百万円）",
                                 "流動資産 18,420　固定資産 22,105　資産合計 40,525"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="決算公告の申込み：会社の公告文と代表者名のみ、個人データの名簿なし",
)

# 028 DOCX の表：新任役員の本人確認資料一覧（5名）→ 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="日の出フードサービス 設立時役員の本人確認資料",
    charset="iso-2022-jp",
    body=f"""早乙女先生

お世話になっております。栗林です。
日の出フードサービスの機関変更（取締役会・監査役設置）に伴い就任する
役員5名の本人確認資料の一覧をWordでお送りします。
資料の原本は揃い次第お届けします。
{SIG_KURI}""",
    attachments=[{
        "kind": "docx", "name": "就任役員_本人確認資料一覧.docx",
        "paragraphs": ["株式会社日の出フードサービス", "就任役員 本人確認資料一覧（2025年8月）"],
        "tables": [[
            ["氏名", "役職", "生年月日", "住所", "確認資料"],
            ["伊集院 晶", "代表取締役", "昭和47年12月12日", "東京都江東区東砂二丁目14番6号", "印鑑証明書"],
            ["桐生 なつみ", "取締役", "昭和58年5月6日", "千葉県浦安市美浜一丁目8番2-905号", "住民票の写し"],
            ["榊原 美波", "取締役", "昭和49年3月30日", "千葉県市川市八幡二丁目9番6号", "住民票の写し"],
            ["朝比奈 隼人", "取締役", "昭和61年9月14日", "東京都墨田区錦糸四丁目2番11号", "運転免許証の写し"],
            ["蔵前 しのぶ", "監査役", "昭和39年4月4日", "東京都台東区蔵前三丁目19番5号", "住民票の写し"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCXの表に就任役員5名の生年月日・住所：5名以上の名簿を社外へ",
)

# 029 PDF の表：大株主（個人）一覧 → みどり銀行
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["氷見 大地 <himi.daichi@midori-ginko.co.jp>"],
    subject="シンジケートローン審査資料：株主構成",
    charset="utf-8",
    body=f"""氷見様

お世話になっております。日の出産業の真壁です。
ご依頼のあった株主構成の資料（上位株主の一覧）をPDFでお送りします。
なお、持株会・法人株主は集計値のみとしております。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "pdf", "name": "上位株主一覧_20250331.pdf",
        "lines": ["日の出産業株式会社 上位株主一覧（2025年3月31日現在）", ""],
        "table": [
            ["氏名", "住所", "生年月日", "持株数", "比率"],
            ["日向 正臣", "東京都世田谷区等々力三丁目12番8号", "1961/05/14", "523,000", "52.3%"],
            ["日向 澄江", "東京都世田谷区等々力三丁目12番8号", "1963/09/30", "88,000", "8.8%"],
            ["日向 圭吾", "東京都目黒区柿の木坂一丁目8番3号", "1990/01/22", "40,000", "4.0%"],
            ["鷲尾 幸恵", "神奈川県横浜市青葉区美しが丘二丁目31番地5", "1965/11/02", "12,000", "1.2%"],
            ["小野寺 ハル", "宮城県仙台市青葉区国分町三丁目5番12号", "1941/03/03", "9,500", "0.95%"],
            ["稗田 忠彦", "静岡県浜松市中央区佐鳴台四丁目20番1号", "1952/08/17", "8,800", "0.88%"],
            ["五十嵐 啓介", "埼玉県さいたま市浦和区常盤七丁目4番15-702号", "1967/02/27", "6,000", "0.6%"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDFの表に個人株主7名の住所・生年月日：銀行（社外）宛て",
)

# 030 PPTX：役員候補者の略歴と事務局用連絡先 → 白川法律事務所
_cands = [OFF[0], OFF[1], OFF[2], OFF[4], OFF[9]]
_slides = [["第2号議案 取締役5名選任の件（候補者一覧）"] + [f"{o[0]}（{o[3]}生）{o[2]}" for o in _cands]]
for o in _cands:
    _slides.append([f"候補者 {o[0]}", f"生年月日：{o[3]}", "略歴：1985年 当社入社 …",
                    f"事務局用連絡先：{o[5]}", f"携帯：{o[6]}"])
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["三雲 玲奈 <mikumo@shirakawa-law.jp>"],
    subject="株主総会参考書類（取締役選任議案）ご確認のお願い",
    charset="utf-8",
    body=f"""三雲先生

お世話になっております。日の出産業の小此木です。
取締役選任議案の説明スライドを作成しましたので、
記載事項（会社法施行規則74条）に漏れがないかご確認いただけますでしょうか。
後半は事務局用のページが混ざっていますが、参考までにそのままお送りします。
{SIG_OKONOGI}""",
    attachments=[{"kind": "pptx", "name": "取締役選任議案_説明資料.pptx", "slides": _slides}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTXに取締役候補5名の生年月日・自宅住所・携帯番号：社外の弁護士宛て",
)

# 031 ZIP（暗号化なし）の中に CSV と XLSX：子会社役員の住所 → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>", "saegusa@minato-shiho.jp"],
    subject="子会社3社 役員住所変更登記の資料一式",
    charset="shift_jis",
    body=f"""葛城先生、三枝様

お世話になっております。栗林です。
子会社3社の役員住所変更登記について、資料一式をZIPにまとめました。
（住所変更一覧のCSVと、会社別の役員一覧のExcelが入っています）
{SIG_KURI}""",
    attachments=[{
        "kind": "zip", "name": "子会社_住所変更登記資料.zip",
        "files": [
            {"kind": "csv", "name": "住所変更一覧.csv", "encoding": "cp932", "rows": [
                ["会社", "氏名", "旧住所", "新住所", "住所移転日"],
                ["日の出ロジスティクス", "二階堂 瑞穂", "埼玉県蕨市中央六丁目3番18号", "埼玉県戸田市上戸田二丁目21番1-1203号", "2025/04/12"],
                ["日の出ロジスティクス", "安曇 孝之", "東京都足立区西新井栄町一丁目17番9号", "東京都足立区梅島三丁目30番2号", "2025/05/01"],
                ["日の出フードサービス", "桐生 なつみ", "千葉県浦安市美浜一丁目8番2-905号", "千葉県船橋市本町四丁目40番18号", "2025/03/20"],
                ["ヒノデ物産九州", "今給黎 剛", "福岡県福岡市南区大橋一丁目6番3号", "福岡県春日市春日公園五丁目1番9号", "2025/06/08"],
                ["ヒノデ物産九州", "鮫島 彩", "福岡県福岡市東区香椎駅前二丁目4番15号", "福岡県福岡市東区千早四丁目12番1号", "2025/02/27"],
            ]},
            {"kind": "xlsx", "name": "会社別役員一覧.xlsx", "sheets": {
                "ヒノデ物産九州": [["氏名", "役職", "生年月日"],
                                   ["今給黎 剛", "代表取締役", "1970/06/30"],
                                   ["鮫島 彩", "取締役", "1985/11/11"],
                                   ["溝口 賢治", "監査役", "1958/02/14"]]}},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="ZIP内のCSVに役員5名の新旧住所、XLSXに生年月日：社外の司法書士へ",
)

# 032 添付メール（.eml）：社内の役員名簿メールを監査法人へ
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["小鳥遊 <takanashi@akebono-audit.jp>"],
    subject="役員の兼職状況について（社内メール添付）",
    charset="utf-8",
    body=f"""小鳥遊様

お世話になっております。小此木です。
役員の兼職状況のご質問について、人事部から社内に回付されたメールを
そのまま添付します。兼職先の欄をご参照ください。
{SIG_OKONOGI}""",
    attachments=[{
        "kind": "eml", "name": "役員兼職状況_人事部.eml",
        "message": {
            "sender": "人事部 <jinji@hinode-sangyo.co.jp>",
            "to": ["法務部 <houmu@hinode-sangyo.co.jp>"],
            "subject": "役員の兼職状況と基本情報",
            "charset": "iso-2022-jp",
            "body": "法務部 御中\n\n役員の兼職状況と基本情報をお送りします。\n\n" + "\n".join(
                f"{o[0]}／{o[2]}／生年月日 {o[3]}／{o[5]}／兼職：{k}"
                for o, k in zip(OFF[:6], ["日の出ビルマネジメント 代表取締役", "なし",
                                          "日の出ロジスティクス 取締役", "なし",
                                          "日の出フードサービス 取締役", "大学教授（東都大学）"])
            ) + "\n\n人事部",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="添付した社内メール（.eml）に役員6名の生年月日・住所：社外の監査法人へ",
)

# 033 登録免許税・申請番号などの数字だけ → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="Re: 役員変更登記 費用のご案内",
    charset="iso-2022-jp",
    body=f"""葛城先生

お世話になっております。栗林です。
費用のご案内ありがとうございます。内容承知しました。

　登録免許税　　　　30,000円（資本金1億円超のため）
　報酬　　　　　　　44,000円（税込）
　登記事項証明書　　 3通 1,440円
　請求書番号　　　　MS-2025-0719-03

お振込みは7月末日までに手配いたします。
申請番号（受付番号 第21874号）も控えました。
{SIG_KURI}
> 日の出産業株式会社 栗林様
> 費用の明細を添付いたします。ご確認ください。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="登録免許税・請求書番号・受付番号など業務上の番号のみ",
)

# 034 新任取締役2名の住所・生年月日 → 司法書士（1〜4名）
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="ヒノデ物産九州 取締役就任の件",
    charset="shift_jis",
    body=f"""早乙女先生

いつもお世話になっております。栗林でございます。
ヒノデ物産九州で9月1日付で取締役2名が就任しますので、登記をお願いいたします。

１．溝口 賢太（みぞぐち けんた）
　　生年月日：昭和６０年１月２５日
　　住所：福岡県大野城市白木原三丁目２番１８号

２．麻生 遥香（あそう はるか）
　　生年月日：平成２年１１月３日
　　住所：福岡県福岡市中央区赤坂一丁目１０番４－６０２号

就任承諾書は本人の署名・押印済みのものを郵送します。
{SIG_KURI}""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="就任取締役2名の生年月日・住所（全角数字）：1〜4名分は警告どまり",
)

# 035 タブ区切り：子会社監査役・取締役 7 名 → 司法書士
_tsv = "\n".join("\t".join(r) for r in [
    ["会社名", "役職", "氏名", "生年月日", "住所"],
    ["日の出ロジスティクス", "監査役", "鷹取 里枝", "1990/03/15", "埼玉県川口市並木二丁目24番5-301号"],
    ["日の出フードサービス", "監査役", "蔵前 しのぶ", "1964/04/04", "東京都台東区蔵前三丁目19番5号"],
    ["ヒノデ物産九州", "監査役", "溝口 賢治", "1958/02/14", "福岡県福岡市城南区七隈八丁目4番1号"],
    ["日の出ビルマネジメント", "監査役", "楢崎 保", "1959/06/21", "東京都練馬区石神井町六丁目17番2号"],
    ["日の出ビルマネジメント", "代表取締役", "日向 圭吾", "1990/01/22", "東京都目黒区柿の木坂一丁目8番3号"],
    ["日の出ビルマネジメント", "取締役", "宍戸 一馬", "1974/12/29", "東京都中野区鷺宮五丁目6番20号"],
    ["日の出ビルマネジメント", "取締役", "真田 ゆかり", "1981/08/08", "神奈川県横浜市港北区日吉本町一丁目5番33号"],
])
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="グループ会社 任期満了役員の一覧（重任登記用）",
    charset="utf-8",
    body=f"""葛城先生

いつもお世話になっております。日の出産業 法務部の小此木です。
今年任期満了となるグループ会社の役員を、Excelからそのまま貼り付けます。
全員重任の予定です。

{_tsv}

各社の定時株主総会は6月下旬に書面決議で行う予定です。
{SIG_OKONOGI}""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="タブ区切りで役員7名の生年月日・住所を本文に貼付け：社外の司法書士へ",
)

# 036 「・」箇条書き：印鑑証明書の取得状況と連絡先（5名）→ 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["三枝 <saegusa@minato-shiho.jp>"],
    subject="印鑑証明書の取得状況（日の出産業 取締役会設置会社の代表選定）",
    charset="iso-2022-jp",
    body=f"""三枝様

お世話になっております。栗林です。
代表取締役選定に伴い、取締役会議事録に実印を押す出席取締役の
印鑑証明書の取得状況をまとめました。未着の方には直接ご連絡いただいても構いません。

・日向 正臣　東京都世田谷区等々力三丁目12番8号　TEL 090-3318-4406　→ 取得済
・鷲尾 幸恵　神奈川県横浜市青葉区美しが丘二丁目31番地5　TEL 080-2241-7719　→ 取得済
・五十嵐 啓介　埼玉県さいたま市浦和区常盤七丁目4番15−702号　TEL 090-6650-1182　→ 未着
・榊原 美波　千葉県市川市八幡二丁目9番6号　TEL 080-5127-3360　→ 取得済
・仙波 航　東京都品川区旗の台五丁目7番4号　TEL 080-9953-4471　→ 未着（7/15取得予定）

よろしくお願いいたします。
{SIG_KURI}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="箇条書き（・）で取締役5名の住所・携帯番号：社外の司法書士事務所へ",
)

# 037 1人1ブロック：持分法適用会社の実質的支配者（5名）→ 銀行
_blocks = [
    ("株式会社みなみ冷蔵", "南雲 喜一", "1949年5月2日", "静岡県焼津市本町二丁目7番10号", "日本", "62％"),
    ("有限会社エダ精肉", "江田 和人", "1962年10月19日", "群馬県前橋市千代田町四丁目3番5号", "日本", "100％"),
    ("株式会社コウヨウ青果", "黄 耀明", "1971年3月8日", "神奈川県横浜市中区山下町145番地3-801", "中華人民共和国", "51％"),
    ("北辰食品株式会社", "北村 辰雄", "1955年12月24日", "北海道旭川市四条通八丁目1703番地", "日本", "35％"),
    ("株式会社アグリ小諸", "小諸 綾乃", "1978年7月7日", "長野県小諸市大字御影新田2510番地4", "日本", "40％"),
]
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["ことぶき銀行 法人営業部 <hojin-eigyo@kotobuki-bank.co.jp>"],
    subject="持分法適用会社の実質的支配者について（ご照会への回答）",
    charset="shift_jis",
    body="""ことぶき銀行 法人営業部 ご担当者様

お世話になっております。日の出産業 法務部の真壁です。
ご照会のありました持分法適用会社5社の実質的支配者につき、
各社からの申告内容を取りまとめましたのでご回答いたします。

""" + "\n".join(
        f"【{c}】\n　実質的支配者：{n}\n　生年月日：{d}\n　住居：{a}\n　国籍：{k}\n　議決権比率：{r}\n"
        for c, n, d, a, k, r in _blocks) + SIG_MAKABE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="1人1ブロックで実質的支配者5名の生年月日・住居：社外の銀行へ",
)

# 038 全角スペースで桁ぞろえ：総会当日の役員携帯一覧 → さくらホテル
_z = _zcols([["役職", "氏名", "携帯電話", "控室"]] + [
    [o[2], o[0], _zen(o[6]), r] for o, r in zip(OFF[:8], ["鳳凰の間控室Ａ"] * 5 + ["鳳凰の間控室Ｂ"] * 3)])
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["月岡 <tsukioka@sakura-hotel.jp>"],
    subject="6/27 株主総会当日の役員連絡先（控室ご案内用）",
    charset="shift_jis",
    body="""さくらホテル東京 宴会営業課
月岡様

いつも大変お世話になっております。日の出産業 株式課の砂川です。
当日、控室のご案内や緊急時のご連絡にお使いいただけるよう、
出席役員の携帯番号をお知らせいたします。

""" + "\n".join(_z) + """

当日の事務局責任者は私（砂川）となります。
どうぞよろしくお願いいたします。
""" + SIG_SUNAGAWA,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="全角スペースで桁ぞろえした役員8名の携帯番号（全角数字）をホテルへ",
)

# 039 株主総会会場の手配（当社担当者のみ）
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["月岡 <tsukioka@sakura-hotel.jp>"],
    subject="Re: 鳳凰の間 お見積りの件",
    charset="iso-2022-jp",
    body=f"""月岡様

お見積りをお送りいただきありがとうございます。
下記の条件で正式にお申込みいたします。

　日時：2025年6月27日（金）8:00〜13:00（設営含む）
　会場：鳳凰の間（スクール形式 250席）、控室2室
　音響：ワイヤレスマイク4本、受付用長机6台
　お見積番号：SH-Q-250417-12

当日の連絡先は株式課の砂川（携帯 080-6120-4432）となります。
{SIG_SUNAGAWA}
----- Original Message -----
From: 月岡 <tsukioka@sakura-hotel.jp>
> 日の出産業株式会社 砂川様
> 先日はご来館ありがとうございました。お見積りを添付いたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="会場の申込み：当日窓口となる送信者本人の携帯のみ、名簿なし",
)

# 040 類似ドメイン（社内ドメインの co. 抜け）：議事録案
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["鷲尾 幸恵 <washio@hinode-sangyo.jp>"],
    subject="7月取締役会 議事録（案）のご確認",
    charset="iso-2022-jp",
    body=f"""鷲尾専務

法務部の小此木です。
7月10日開催の取締役会の議事録（案）をお送りします。
第3号議案（重要な使用人の選任）の発言要旨をご確認いただけますでしょうか。
修正がなければ、来週中に出席役員の記名押印を回付いたします。
{SIG_OKONOGI}""",
    attachments=[{"kind": "docx", "name": "取締役会議事録_20250710_案.docx",
                  "paragraphs": ["取締役会議事録", "日時 2025年7月10日 午前9時30分",
                                 "場所 当社本店会議室", "出席取締役 7名（全員）",
                                 "第1号議案 子会社への貸付けの件", "第2号議案 支店廃止の件",
                                 "第3号議案 重要な使用人の選任の件"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内ドメイン hinode-sangyo.co.jp の co. 抜け hinode-sangyo.jp（社外）宛て",
)

# 041 類似ドメイン（midori-ginko → midori-ginkou）＋実質的支配者1名
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["氷見 大地 <himi.daichi@midori-ginkou.co.jp>"],
    subject="実質的支配者リストの写しについて",
    charset="shift_jis",
    body=f"""氷見様

お世話になっております。日の出産業の真壁です。
法務局で保管された実質的支配者リストの写しの記載内容をお知らせします。

　氏名：日向 正臣
　住居：東京都世田谷区等々力三丁目１２番８号
　生年月日：昭和３６年５月１４日
　議決権保有割合：５２．３％

写しの原本は郵送いたします。
{SIG_MAKABE}""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["lookalike_domain", "personal_data"],
    note="取引先 midori-ginko.co.jp に u が付いた類似ドメイン宛てに実質的支配者情報",
)

# 042 類似ドメイン（m → rn）：決算書の送付
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["himi.daichi@rnidori-ginko.co.jp"],
    subject="第78期 計算書類・事業報告の送付",
    charset="utf-8",
    body=f"""みどり銀行 氷見様

いつもお世話になっております。日の出産業の真壁です。
定時株主総会で承認された第78期の計算書類・事業報告一式をお送りします。
附属明細書は来週お送りいたします。
{SIG_MAKABE}""",
    attachments=[{"kind": "pdf", "name": "第78期_計算書類.pdf",
                  "lines": ["第78期 計算書類（2024年4月1日〜2025年3月31日）",
                            "貸借対照表　損益計算書　株主資本等変動計算書　個別注記表"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="midori-ginko.co.jp の m を rn にした類似ドメイン宛て",
)

# 043 類似ドメイン（TLD 違い）：合弁会社の役員派遣
_add(
    sender="嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>",
    to=["川崎電機 経営企画部 吉良様 <kira@kawasaki-denki.com>"],
    subject="合弁会社の取締役選任（当社指名分）について",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 経営企画部
吉良様

いつもお世話になっております。日の出産業の嶋田でございます。
ヒノデ・カワサキ・エナジーの第2期定時株主総会における取締役選任について、
株主間契約第6条に基づき、当社指名の取締役を下記のとおりご連絡いたします。

　取締役（重任）　五十嵐 啓介
　取締役（新任）　仙波 航

貴社指名分の候補者が決まりましたら、お知らせいただけますと幸いです。

日の出産業株式会社 法務部長 嶋田 理恵
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 kawasaki-denki.co.jp の TLD を .com に替えた類似ドメイン宛て",
)

# 044 類似ドメイン（ホモグリフ：キリル文字 а、IDN）
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["三雲 玲奈 <mikumo@xn--shirakawa-lw-79j.jp>"],
    subject="招集通知の校正（第3稿）",
    charset="utf-8",
    body=f"""三雲先生

お世話になっております。小此木です。
招集通知の第3稿をお送りします。前稿からの変更箇所は黄色でマーカーしています。
事業報告の「会社役員に関する事項」の記載順も修正しました。
{SIG_OKONOGI}""",
    attachments=[{"kind": "pdf", "name": "招集通知_第3稿.pdf",
                  "lines": ["第78回定時株主総会招集ご通知（第3稿）", "株主各位",
                            "東京都中央区日本橋二丁目14番1号 日の出産業株式会社 代表取締役社長 日向 正臣"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.jp の a をキリル文字にしたIDN（xn--）の類似ドメイン宛て",
)

# 045 類似ドメイン（ドットをハイフンに）：取締役会招集通知 → 監査役
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["楢崎 保 <narasaki@hinode-sangyo-co.jp>"],
    cc=["忍足 京子 <oshitari@hinode-sangyo.co.jp>"],
    subject="【ご案内】8月定例取締役会の招集について",
    charset="shift_jis",
    body="""楢崎監査役、忍足監査役

秘書室の宇佐美です。
8月定例取締役会を下記のとおり開催いたしますのでご案内申し上げます。

　日時：2025年8月7日（木）14:00〜16:00
　場所：本社8階 第1会議室（Teamsでの参加も可）
　議題：子会社への増資の件ほか3件

資料は前日までにBoxにアップロードいたします。

日の出産業株式会社 秘書室 宇佐美
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="社内ドメインのドットをハイフンにした hinode-sangyo-co.jp（社外）宛て",
)

# 046 XLSX のヘッダに「部外秘」：役員報酬の一覧 → 税理士
_add(
    sender="梅宮 聡 <umemiya@hinode-sangyo.co.jp>",
    to=["isurugi@tsubame-tax.jp"],
    subject="役員報酬 定期同額給与の改定について（ご確認）",
    charset="utf-8",
    body=f"""石動先生

いつもお世話になっております。経理部の梅宮です。
7月支給分からの役員報酬改定額をまとめました。
定期同額給与の要件（期首から3か月以内の改定）に問題がないか、
ご確認をお願いいたします。
{SIG_UMEMIYA}""",
    attachments=[{
        "kind": "xlsx", "name": "役員報酬改定_2025.xlsx", "page_header": "部外秘",
        "sheets": {
            "改定一覧": [["部外秘　役員報酬改定一覧（2025年7月支給分〜）"], [],
                         ["役職", "氏名", "改定前月額", "改定後月額", "事前確定届出給与"]]
            + [[o[2], o[0], f"{m:,}", f"{m + d:,}", b] for o, m, d, b in zip(
                OFF[:6], [2400000, 1850000, 1600000, 1350000, 1350000, 500000],
                [100000, 50000, 50000, 50000, 0, 0], ["あり", "あり", "あり", "なし", "なし", "なし"])],
            "注記": [["株主総会決議による報酬総額の上限：年額4億円以内"]],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["confidential_marking", "personal_data"],
    note="「部外秘」ヘッダつきのXLSX（役員6名の報酬額）を社外の税理士へ",
)

# 047 DOCX ヘッダに「取扱注意」：株主間契約の修正案 → 白川法律事務所
_add(
    sender="嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>",
    to=["白川 聡一郎 <s.shirakawa@shirakawa-law.jp>"],
    cc=["三雲 玲奈 <mikumo@shirakawa-law.jp>"],
    subject="株主間契約 修正案（当社コメント反映版）",
    charset="iso-2022-jp",
    body="""白川先生、三雲先生

お世話になっております。嶋田です。
川崎電機様から戻ってきた株主間契約の修正案に、当社コメントを反映しました。
第9条（デッドロック条項）と第14条（コールオプション）の修正が主な点です。
お手すきの際にご確認をお願いいたします。

嶋田 理恵
""",
    attachments=[{
        "kind": "docx", "name": "株主間契約_修正案_v4.docx", "page_header": "取扱注意",
        "paragraphs": ["株主間契約書（修正案 v4）", "第9条（デッドロック）",
                       "本合弁会社の取締役会において…可決されない状態が2回継続した場合…",
                       "第14条（コールオプション）", "甲は、乙に…事由が生じた場合…"],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="ヘッダに「取扱注意」と区分表示された契約書案を社外の弁護士へ",
)

# 048 本文冒頭に【極秘】：子会社株式譲渡 → FA
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["鶴見 陽介 <tsurumi@kirameki-fa.co.jp>"],
    subject="プロジェクト・アサヒ：譲渡対象会社の登記関係資料",
    charset="shift_jis",
    body=f"""【極秘】

きらめきアドバイザリー
鶴見様

お世話になっております。真壁です。
プロジェクト・アサヒ（日の出フードサービス株式の譲渡）について、
譲渡対象会社の登記関係の資料を以下にまとめます。

1. 定款（最新版、2023年6月変更）
2. 履歴事項全部証明書（2025年7月取得）
3. 株主名簿（当社100％）
4. 株券不発行会社であること、譲渡制限の定めあり（取締役会承認）

買い手候補への開示はDD開始後とし、それまでは貴社内の関係者限りでお願いいたします。
{SIG_MAKABE}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="本文冒頭の【極秘】の区分表示：M&A案件を社外のFAへ",
)

# 049 English: PDF stamped CONFIDENTIAL (board minutes) → US counsel
_add(
    sender="Kenji Arai <k.arai@hinode-sangyo.co.jp>",
    to=["Megan Doyle <mdoyle@harlanpierce.com>"],
    subject="Hinode America - draft minutes of the Q2 board meeting",
    charset="utf-8",
    body=f"""Hi Megan,

Attached are the draft minutes of the Q2 board meeting of Hinode America Inc.
held on June 18. Could you review the wording of item 4 (intercompany loan
from the parent) before we circulate the minutes for approval?
{SIG_ARAI}""",
    attachments=[{
        "kind": "pdf", "name": "HAI_Board_Minutes_2025Q2_draft.pdf",
        "page_header": "CONFIDENTIAL", "page_footer": "Confidential - Attorney-Client Privileged",
        "lines": ["HINODE AMERICA INC.", "Minutes of the Meeting of the Board of Directors",
                  "June 18, 2025 - Torrance, California",
                  "Present: Masaomi Hinata (Chair), Keisuke Igarashi, Linda Moreno",
                  "4. Intercompany loan: RESOLVED, that the Corporation borrow USD 3,000,000 from Hinode Sangyo Co., Ltd."],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDFのヘッダ・フッタに CONFIDENTIAL の表示がある議事録を社外へ",
)

# 050 PPTX のフッタに Internal Only → 監査法人
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["羽田野 祐介 <hatano@akebono-audit.jp>"],
    subject="ガバナンス体制の見直し（取締役会説明資料）",
    charset="utf-8",
    body=f"""羽田野様

お世話になっております。小此木です。
内部統制の評価範囲の検討にあたり、先月の取締役会で説明した
ガバナンス体制見直しの資料を共有いたします。
{SIG_OKONOGI}""",
    attachments=[{
        "kind": "pptx", "name": "ガバナンス体制見直し_202507.pptx", "page_footer": "Internal Only",
        "slides": [["ガバナンス体制の見直し", "監査役会設置会社 → 監査等委員会設置会社への移行検討"],
                   ["スケジュール", "2026年6月 定時株主総会で定款変更", "移行後の役員変更登記"],
                   ["論点", "社外取締役の過半数化", "指名・報酬委員会の設置"]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTXの各スライドに Internal Only の表示：社外の監査法人へ",
)

# 051 パスワード保護 PDF → 銀行
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["氷見 大地 <himi.daichi@midori-ginko.co.jp>"],
    subject="取締役会議事録（借入決議）の写し",
    charset="iso-2022-jp",
    body=f"""氷見様

お世話になっております。真壁です。
借入れを決議した取締役会議事録の写しをお送りします。
PDFには閲覧パスワードを設定しています。パスワードはお電話でお伝えします。
{SIG_MAKABE}""",
    attachments=[{"kind": "pdf", "name": "取締役会議事録_借入決議.pdf", "password": "Mdr-0725",
                  "lines": ["取締役会議事録", "第1号議案 金銭消費貸借契約締結の件"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="パスワードで保護されたPDF：中身を検査できない添付を社外へ",
)

# 052 壊れた XLSX → 監査法人
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["takanashi@akebono-audit.jp"],
    subject="自己株式の取得状況（明細）",
    charset="shift_jis",
    body=f"""小鳥遊様

お世話になっております。株式課の砂川です。
ご依頼の自己株式の取得状況の明細をお送りします。
ファイルが開けない場合はお知らせください。
{SIG_SUNAGAWA}""",
    attachments=[{"kind": "corrupt", "name": "自己株式取得明細_FY2025.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="壊れていて読めないXLSXを社外へ",
)

# 053 壊れた DOCX → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="臨時株主総会議事録（データ）",
    charset="utf-8",
    body=f"""葛城先生

お世話になっております。栗林です。
8月20日開催の臨時株主総会の議事録データをお送りします。
商号変更と目的変更の登記申請にご利用ください。
{SIG_KURI}""",
    attachments=[{"kind": "corrupt", "name": "臨時株主総会議事録_20250820.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="壊れたDOCX（検査不能）を社外の司法書士へ",
)

# 054 English: password ZIP → Singapore auditor
_add(
    sender="Kenji Arai <k.arai@hinode-sangyo.co.jp>",
    to=["Priya Raman <priya.raman@lionbridge-assurance.com.sg>"],
    subject="Hinode Asia Pte. Ltd. - register of directors and members",
    charset="utf-8",
    body=f"""Dear Priya,

As requested for the statutory audit of Hinode Asia Pte. Ltd., please find attached
the register of directors and the register of members as at 31 March 2025.
The ZIP file is password-protected; I will send the password by SMS.
{SIG_ARAI}{DISC_EN}""",
    attachments=[{
        "kind": "zip", "name": "HinodeAsia_registers.zip", "password": "SgAudit!2025",
        "files": [{"kind": "xlsx", "name": "register_of_directors.xlsx",
                   "sheets": {"Directors": [["Name", "Nationality", "ID No.", "Address"],
                                            ["Satoshi Kagami", "Japanese", "TK7734029", "10 Anson Road #21-07"]]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP to an external auditor: contents cannot be inspected",
)

# 055 日本語の免責文のみ：登記日程の連絡 → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="商号変更登記の申請日について",
    charset="iso-2022-jp",
    body=f"""葛城先生

お世話になっております。栗林です。
商号変更（日の出フードサービス → ヒノデ・ダイニング）の効力発生日は
10月1日（水）としたいと考えております。
当日付で申請いただくことは可能でしょうか。
また、新商号の印鑑届出書はいつまでにご用意すればよいか、ご教示ください。
{SIG_KURI}{DISC_JA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="日程の相談と署名、定型の免責文（機密情報…）のみ：区分表示ではない",
)

# 056 English disclaimer: company-level KYC follow-up → Straits Pacific Bank
_add(
    sender="Kenji Arai <k.arai@hinode-sangyo.co.jp>",
    to=["Corporate Onboarding <onboarding@spbank.com.sg>"],
    subject="RE: KYC refresh - Hinode Asia Pte. Ltd. (Ref. CB-SG-771204)",
    charset="utf-8",
    body=f"""Dear Onboarding Team,

Thank you for your reminder. We will send the following corporate documents
for the KYC refresh by the end of next week:

- Certified true copy of the Constitution of Hinode Asia Pte. Ltd.
- Latest ACRA business profile
- Group structure chart (Hinode Sangyo Co., Ltd. holds 100%)
- Board resolution on authorised signatories

Please let us know if the certification can be done by our company secretary
instead of a notary public.
{SIG_ARAI}{DISC_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English company-level KYC reply with a standard disclaimer: no personal data",
)

# 057 法務局の一覧（事業所の一覧）→ 司法書士
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="子会社各社の管轄法務局（ご参考）",
    charset="shift_jis",
    body=f"""早乙女先生

お世話になっております。小此木です。
各社の本店所在地を管轄する法務局を整理しました。ご参考まで。

会社名                    管轄法務局                    電話
------------------------------------------------------------------------
日の出ロジスティクス      さいたま地方法務局 川口出張所  048-252-6141
日の出フードサービス      東京法務局 江東出張所          03-3684-5211
ヒノデ物産九州            福岡法務局 本局                092-721-4570
日の出ビルマネジメント    東京法務局 本局                03-5213-1234
ヒノデ・カワサキ・エナジー 横浜地方法務局 川崎支局        044-544-4181

オンライン申請の場合は管轄を問わないと理解していますが、念のため。
{SIG_OKONOGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="会社と法務局（役所）の一覧と代表電話：人の名簿ではない",
)

# 058 XLSX：子会社一覧（法人番号つき）→ みどり銀行
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["氷見 大地 <himi.daichi@midori-ginko.co.jp>"],
    subject="グループ会社一覧（法人番号付き）",
    charset="utf-8",
    body=f"""氷見様

お世話になっております。真壁です。
与信管理用にご依頼いただいたグループ会社一覧をお送りします。
{SIG_MAKABE}""",
    attachments=[{"kind": "xlsx", "name": "グループ会社一覧_202507.xlsx", "sheets": {
        "一覧": [["日の出グループ 会社一覧（2025年7月1日現在）"], [],
                 ["会社名", "法人番号", "本店所在地", "代表電話", "資本金（百万円）", "出資比率"]]
        + [[n, _houjin(b), a, p, c, r] for (n, a, p, b), c, r in zip(
            _subs, ["100", "50", "30", "10"], ["100%", "100%", "80%", "100%"])]
        + [["ヒノデ・カワサキ・エナジー株式会社", _houjin("020001144871"), "神奈川県川崎市幸区大宮町1番地5",
            "044-520-3300", "200", "51%"]],
    }}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="グループ会社（法人）の法人番号・本店・代表電話の一覧：企業の一覧で人の名簿ではない",
)

# 059 社内のみ：株主名簿全件（CSV UTF-8）株式課 → 法務部
_rows59 = [["株主番号", "氏名", "郵便番号", "住所", "株式数"]]
_fam = ["青柳", "芦田", "有馬", "粟野", "飯星", "猪瀬", "今村", "入江", "宇喜多", "江藤",
        "大庭", "奥寺", "押尾", "葛西", "角田", "金城", "鏑木", "神林", "北條", "久世"]
_giv = ["和子", "茂", "浩二", "恵美", "剛", "由美子", "誠", "千尋", "隆", "早苗"]
_pref = ["東京都練馬区", "埼玉県所沢市", "千葉県柏市", "神奈川県藤沢市", "大阪府吹田市"]
for i in range(40):
    _rows59.append([f"{100 + i:06d}", f"{_fam[i % 20]} {_giv[(i * 3) % 10]}", f"{170 + i:03d}-{(i * 37) % 10000:04d}",
                    f"{_pref[i % 5]}{['本町', '中央', '緑町', '栄町'][i % 4]}{i % 9 + 1}丁目{i % 23 + 1}番{i % 7 + 2}号",
                    str((i * 137) % 900 + 100)])
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["小此木 蓮 <okonogi@hinode-sangyo.co.jp>"],
    subject="株主名簿データ（総会招集通知の発送リスト照合用）",
    charset="iso-2022-jp",
    body="""小此木さん

株式課の砂川です。
招集通知の発送リストと照合するため、株主名簿の全件データを送ります。
照合が終わったら削除してください。

砂川
""",
    attachments=[{"kind": "csv", "name": "株主名簿_全件_20250331.csv", "encoding": "utf-8",
                  "rows": _rows59}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=[],
    note="株主40名の名簿だが宛先は社内のみ：送信可",
)

# 060 社内サブドメイン：九州支社へ役員の個人番号
_add(
    sender="梅宮 聡 <umemiya@hinode-sangyo.co.jp>",
    to=["九州支社 経理課 <keiri@kyushu.hinode-sangyo.co.jp>"],
    subject="九州支社兼務役員の個人番号（住民税特別徴収の件）",
    charset="shift_jis",
    body=f"""九州支社 経理課 各位

本社経理部の梅宮です。
九州支社長を兼務する取締役2名の個人番号をお知らせします。
特別徴収税額通知の受領後、給与システムへの登録をお願いします。

　榊原 美波　個人番号 {_mn()}
　仙波 航　　個人番号 {_mn()}
{SIG_UMEMIYA}""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="宛先は社内サブドメイン kyushu.hinode-sangyo.co.jp のみ：社内宛てなので送信可",
)

# 061 フリーメールの社外取締役1名へ日程連絡
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["東雲 千景 <chikage.shinonome@gmail.com>"],
    subject="就任承諾書へのご署名のお願い",
    charset="iso-2022-jp",
    body="""東雲先生

いつも大変お世話になっております。日の出産業 秘書室の宇佐美でございます。
先日の株主総会で社外取締役に再任されましたので、
就任承諾書へのご署名・ご捺印をお願いしたく存じます。

7月3日（木）の取締役会の前後に、書面をお持ちいたします。
ご都合のよいお時間をお知らせいただけますでしょうか。

日の出産業株式会社 秘書室 宇佐美 香
TEL 03-5201-7702
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="フリーメールの社外取締役1名への日程連絡：個人データなし",
)

# 062 フリーメールの社外取締役へ全役員の住所一覧
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["Robert Kane <rkane.tokyo@gmail.com>"],
    subject="Written resolution - mailing addresses of all directors",
    charset="utf-8",
    body="""Dear Mr. Kane,

For the written resolution (書面決議) of the board, the signed pages will be
couriered between the directors. Below are the delivery addresses that each
director has registered with us.

""" + "\n".join(f"- {o[0]} ({o[2]}): {o[5]}  /  {o[6]}" for o in OFF[:6] + OFF[7:9]) + """

Kind regards,
Kaori Usami
Secretariat, Hinode Sangyo Co., Ltd.
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="役員8名の自宅住所・携帯をフリーメールの社外取締役へ：名簿は停止",
)

# 063 Outlook 形式の引用（-----Original Message-----）に役員住所一覧
_orig = "\n".join(f"{o[0]}　{o[5]}　{o[3]}生" for o in OFF[:7])
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["三枝 <saegusa@minato-shiho.jp>"],
    subject="RE: 住民票コードの記載について",
    charset="shift_jis",
    body=f"""三枝様

ご連絡ありがとうございます。
ご指摘のとおり、今回は住民票コードの記載は不要で進めてください。
生年月日と住所は下記のとおりで問題ございません。

栗林

-----Original Message-----
From: 三枝 <saegusa@minato-shiho.jp>
Sent: Tuesday, July 1, 2025 4:05 PM
To: 栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>
Subject: 住民票コードの記載について

栗林様

申請書には下記のとおり記載する予定です。

{_orig}

住民票コードを記載すると住所証明書の添付を省略できますが、いかがいたしましょうか。

司法書士法人みなと総合事務所 三枝
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="役員7名の一覧は相手から届いたメールの引用（Original Message）のみ",
)

# 064 English reply quoting the bank's UBO list ("On … wrote:")
_add(
    sender="Kenji Arai <k.arai@hinode-sangyo.co.jp>",
    to=["Corporate Onboarding <onboarding@spbank.com.sg>"],
    subject="Re: Confirmation of beneficial owners on file",
    charset="utf-8",
    body=f"""Dear Onboarding Team,

We confirm that the beneficial owner information below is still accurate.
There have been no changes since the last review.
{SIG_ARAI}
On Wed, 9 Jul 2025 at 10:14, Corporate Onboarding <onboarding@spbank.com.sg> wrote:
> Dear Mr. Arai,
> Please confirm the following individuals on file for Hinode Asia Pte. Ltd.:
> 1. HINATA Masaomi, DOB 14 May 1961, 3-12-8 Todoroki, Setagaya-ku, Tokyo
> 2. HINATA Sumie, DOB 30 Sep 1963, 3-12-8 Todoroki, Setagaya-ku, Tokyo
> 3. KAGAMI Satoshi, DOB 8 Feb 1979, 10 Anson Road #21-07, Singapore
> 4. IGARASHI Keisuke, DOB 27 Feb 1967, 7-4-15-702 Tokiwa, Urawa-ku, Saitama
> 5. WASHIO Yukie, DOB 2 Nov 1965, 2-31-5 Utsukushigaoka, Aoba-ku, Yokohama
> Regards, Onboarding Team
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the list of five people is only in the quoted text of the bank's own mail",
)

# 065 「差出人: … 送信日時: …」形式の引用に株主一覧 → 証券代行
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["奈良橋 <narahashi@kaede-trust.co.jp>"],
    subject="RE: 所在不明株主の確認",
    charset="iso-2022-jp",
    body="""奈良橋様

お世話になっております。砂川です。
下記6名の方につきましては、当社でも連絡先を把握しておりません。
所定の手続き（5年経過後の株式売却）に沿ってお進めください。

砂川

差出人: 奈良橋 <narahashi@kaede-trust.co.jp>
送信日時: 2025年7月11日 11:02
宛先: 砂川 由紀 <sunagawa@hinode-sangyo.co.jp>
件名: 所在不明株主の確認

日の出産業株式会社 株式課 砂川様

招集通知が5年以上継続して返戻となっている株主は以下のとおりです。
　株主番号000217　芹沢 辰之助　北海道函館市末広町14番3号
　株主番号000305　宍倉 トミ　　茨城県水戸市南町二丁目6番10号
　株主番号000412　甲斐 正則　　山梨県甲府市丸の内一丁目9番2号
　株主番号000508　檜山 幸子　　広島県広島市中区大手町三丁目7番1号
　株主番号000611　百瀬 洋　　　長野県松本市中央二丁目1番27号
　株主番号000733　湊 美代　　　兵庫県神戸市中央区元町通四丁目2番15号

かえで信託銀行 証券代行部 奈良橋
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="株主6名の一覧は相手（証券代行）のメールの引用部分のみ：新しい本文にはない",
)

# 066 株主総会議事録（案）DOCX：役員の氏名のみ → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="第78回定時株主総会議事録（案）",
    charset="utf-8",
    body=f"""葛城先生

お世話になっております。栗林です。
定時株主総会議事録（案）をお送りします。登記の添付書面として
記載に不足がないか、ご確認をお願いいたします。
株主リスト（会社法施行規則の上位10名）は別途、証券代行から取り寄せ中です。
{SIG_KURI}""",
    attachments=[{
        "kind": "docx", "name": "第78回定時株主総会議事録_案.docx",
        "paragraphs": [
            "第78回定時株主総会議事録",
            "1. 日時　2025年6月27日（金）午前10時00分から午前11時12分まで",
            "2. 場所　東京都千代田区　さくらホテル東京 2階 鳳凰の間",
            "3. 出席者　議決権を行使することができる株主数 312名／議決権の数 10,000個",
            "4. 出席役員　取締役 日向 正臣（議長）、鷲尾 幸恵、五十嵐 啓介、薬師寺 透、榊原 美波、東雲 千景、ロバート・ケイン",
            "　　　　　　監査役 楢崎 保、忍足 京子",
            "第1号議案　剰余金の処分の件　原案どおり承認可決",
            "第2号議案　取締役5名選任の件　日向 正臣、鷲尾 幸恵、五十嵐 啓介、榊原 美波、仙波 航が選任され、被選任者はいずれも就任を承諾した。",
            "議事録作成者　代表取締役 日向 正臣",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="議事録案には役員の氏名・役職だけで住所等の個人データはない",
)

# 067 取締役会議事録（PDF、氏名のみ）→ 銀行
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["ことぶき銀行 法人営業部 <hojin-eigyo@kotobuki-bank.co.jp>"],
    subject="代表取締役選定の取締役会議事録（写し）",
    charset="shift_jis",
    body=f"""ことぶき銀行 法人営業部 ご担当者様

お世話になっております。日の出産業の真壁です。
届出印の変更はございませんが、代表取締役の重任に伴い、
取締役会議事録の写しをお送りいたします。
{SIG_MAKABE}""",
    attachments=[{
        "kind": "pdf", "name": "取締役会議事録_20250627.pdf",
        "lines": ["取締役会議事録", "2025年6月27日 午前11時30分 当社本店会議室",
                  "出席取締役 7名（日向 正臣、鷲尾 幸恵、五十嵐 啓介、榊原 美波、仙波 航、東雲 千景、ロバート・ケイン）",
                  "出席監査役 2名（楢崎 保、忍足 京子）",
                  "議案 代表取締役選定の件：日向 正臣を代表取締役に選定し、同人は就任を承諾した。"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="議事録PDFに役員の氏名のみ（他の個人データなし）：銀行への通常の届出",
)

# 068 either：役員7名の氏名・役職・就任日・任期（登記簿で公開の情報）→ 監査法人
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["takanashi@akebono-audit.jp"],
    subject="役員の任期一覧",
    charset="iso-2022-jp",
    body="""小鳥遊様

お世話になっております。小此木です。
ご質問の役員任期を一覧にしました。

氏名          役職          就任日        任期満了
------------------------------------------------------------
日向 正臣     代表取締役    2025/06/27    2027年定時総会終結時
鷲尾 幸恵     専務取締役    2025/06/27    2027年定時総会終結時
五十嵐 啓介   常務取締役    2025/06/27    2027年定時総会終結時
榊原 美波     取締役        2025/06/27    2027年定時総会終結時
仙波 航       取締役        2025/06/27    2027年定時総会終結時
楢崎 保       常勤監査役    2023/06/29    2027年定時総会終結時
忍足 京子     監査役        2023/06/29    2027年定時総会終結時

以上です。

日の出産業 法務部 小此木
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="7名分の表だが氏名・役職・任期のみ（登記簿で公開の事項）：名簿とみるか判断が分かれる",
)

# 069 関連当事者：役員4名の兼職先 → 監査法人（1〜4名）
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["羽田野 祐介 <hatano@akebono-audit.jp>"],
    subject="Re: 関連当事者取引の有無について",
    charset="iso-2022-jp",
    body="""羽田野様

お世話になっております。小此木です。
当期に当社と取引のあった会社の役員を兼務している役員は、次の4名です。

1) 日向 正臣（代表取締役）　兼職：日の出ビルマネジメント株式会社 代表取締役
　 取引：本社ビル賃借料 年額 96百万円
2) 五十嵐 啓介（常務取締役）　兼職：ヒノデ・カワサキ・エナジー株式会社 取締役
　 取引：電力設備の保守委託 年額 12百万円
3) 東雲 千景（社外取締役）　兼職：東都大学 教授
　 取引：共同研究費 年額 3百万円
4) 日向 圭吾（代表取締役の長男、当社従業員ではない）　日の出ビルマネジメント 代表取締役
　 取引：上記1)に同じ

いずれも取締役会で承認済みです（議事録は別途お送りします）。

日の出産業 法務部 小此木
""",
    expect="pass",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="関連当事者4名の氏名と兼職先：1〜4名分は警告どまり",
)

# 070 XLS（旧形式）：役員の近親者一覧（8名）→ 監査法人
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["羽田野 祐介 <hatano@akebono-audit.jp>"],
    subject="役員の近親者調査票の集計",
    charset="shift_jis",
    body=f"""羽田野様

お世話になっております。小此木です。
関連当事者の網羅性確認のため、各役員から回収した近親者調査票を集計しました。
旧形式のExcelで恐縮ですが、添付のとおりです。
{SIG_OKONOGI}""",
    attachments=[{"kind": "xls", "name": "近親者調査票_集計.xls", "sheets": {"近親者": [
        ["役員", "近親者氏名", "続柄", "生年月日", "住所", "勤務先"],
        ["日向 正臣", "日向 澄江", "配偶者", "1963/09/30", "東京都世田谷区等々力三丁目12番8号", "なし"],
        ["日向 正臣", "日向 圭吾", "長男", "1990/01/22", "東京都目黒区柿の木坂一丁目8番3号", "日の出ビルマネジメント"],
        ["日向 正臣", "日向 莉子", "長女", "1993/06/11", "東京都渋谷区上原二丁目4番7号", "青葉運輸株式会社"],
        ["鷲尾 幸恵", "鷲尾 徹", "配偶者", "1962/04/18", "神奈川県横浜市青葉区美しが丘二丁目31番地5", "川崎電機株式会社"],
        ["五十嵐 啓介", "五十嵐 ゆり", "配偶者", "1969/10/05", "埼玉県さいたま市浦和区常盤七丁目4番15-702号", "なし"],
        ["五十嵐 啓介", "五十嵐 剛", "実兄", "1963/03/21", "新潟県長岡市城内町一丁目2番9号", "五十嵐建設株式会社"],
        ["榊原 美波", "榊原 宏明", "配偶者", "1972/12/01", "千葉県市川市八幡二丁目9番6号", "ツバサシステム株式会社"],
        ["仙波 航", "仙波 麻衣", "配偶者", "1980/02/29", "東京都品川区旗の台五丁目7番4号", "なし"],
    ]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="旧形式XLSに役員の近親者8名の生年月日・住所・勤務先：社外の監査法人へ",
)

# 071 要配慮（犯罪歴）：監査役候補の反社チェック結果 → 白川法律事務所
_add(
    sender="嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>",
    to=["白川 聡一郎 <s.shirakawa@shirakawa-law.jp>"],
    subject="【ご相談】社外監査役候補者の調査結果について",
    charset="iso-2022-jp",
    body="""白川先生

いつもお世話になっております。嶋田です。

来期の社外監査役候補として検討している 葛葉 修平 氏（昭和33年生、元地方銀行役員）について、
調査会社の報告で、2009年に金融商品取引法違反（インサイダー取引）の容疑で
逮捕され、その後略式起訴・罰金刑となっていたことが判明しました。

会社法上の欠格事由には当たらないと理解していますが、
・株主総会参考書類で開示すべきか
・候補者とすること自体のレピュテーションリスク
について、ご意見を伺えますでしょうか。

日の出産業株式会社 法務部長 嶋田 理恵
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の候補者の逮捕歴・刑罰（要配慮個人情報）を社外の弁護士へ",
)

# 072 要配慮（犯罪被害）：代表取締役等住所非表示措置の申出 → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="代表取締役の住所非表示措置の申出について",
    charset="utf-8",
    body=f"""早乙女先生

お世話になっております。栗林です。

日の出フードサービスの代表取締役 伊集院 晶 から、登記簿上の住所を
非表示にしたいとの申し出がありました。
昨年、元取引先の男性からつきまといの被害を受け、警察に被害届を出して
ストーカー規制法に基づく警告が出ている状況とのことです。

次回の役員変更登記に併せて、代表取締役等住所非表示措置の申出を
お願いできますでしょうか。必要な添付書面（上場会社でない場合の
実在性確認書類など）もご教示ください。
{SIG_KURI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の代表取締役がストーカー被害者であること（犯罪被害：要配慮）を社外へ",
)

# 073 住所非表示措置の一般的な問い合わせ
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="住所非表示措置の要件について（一般的なご質問）",
    charset="shift_jis",
    body=f"""葛城先生

お世話になっております。小此木です。
2024年10月から始まった代表取締役等住所非表示措置について、
当社グループでも導入を検討しています。一般的な点で恐縮ですが、

１．非上場の子会社の場合に必要な添付書面
２．措置を講じた後、金融機関の融資審査で不都合が生じる例があるか
３．措置の終了を申し出る場合の手続

について、概略をご教示いただけますでしょうか。
{SIG_OKONOGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="制度の一般的な問い合わせ：特定の個人の情報なし",
)

# 074 要配慮（信条・宗教）：社外取締役の食事・礼拝の配慮 → さくらホテル
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["月岡 <tsukioka@sakura-hotel.jp>"],
    subject="株主総会後の懇親昼食会のお料理について",
    charset="utf-8",
    body=f"""月岡様

お世話になっております。株式課の砂川です。
総会後の役員懇親昼食会（12名）について、1点ご相談がございます。

ご出席予定の社外取締役 ハーリド・アル＝マンスーリ様がイスラム教徒のため、
ハラール対応のお料理（豚肉・アルコールを含む調味料不使用）をご用意いただけますでしょうか。
また、昼食会の前に礼拝のため15分ほど個室をお借りしたいとのことです。
空いているお部屋があればお知らせください。
{SIG_SUNAGAWA}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の社外取締役の宗教（要配慮個人情報）をホテル（社外）へ",
)

# 075 要配慮（障害）：取締役の視覚障害と署名方法 → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="就任承諾書の記名方法について",
    charset="shift_jis",
    body=f"""葛城先生

お世話になっております。栗林です。
ヒノデ物産九州で新たに取締役に就任する 麻生 遥香 さんは、
網膜色素変性症による視覚障害（身体障害者手帳1級）があり、自署が難しい状況です。

就任承諾書について、
・ご本人の記名（代筆）＋実印の押印
・印鑑証明書の添付
という形で差し支えないか、ご確認いただけますでしょうか。
{SIG_KURI}""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の取締役の障害・病名（要配慮個人情報）を社外の司法書士へ",
)

# 076 要配慮（健診結果）：経営者保険の告知 → 生命保険会社
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["こもれび生命 法人営業部 蒔田様 <makita@komorebi-life.co.jp>"],
    subject="役員保険（逓増定期）お申込みの告知内容について",
    charset="iso-2022-jp",
    body="""こもれび生命保険株式会社
法人営業部 蒔田様

お世話になっております。日の出産業 秘書室の宇佐美です。
被保険者（専務取締役 鷲尾 幸恵、昭和40年11月2日生）の告知事項について、
本人から預かった今年の健康診断結果の要点をお伝えします。

　血圧　148／94（要経過観察）
　HbA1c　6.7％（糖尿病の疑い、要精密検査）
　既往歴　2019年 子宮筋腫の手術（入院10日）

診査医の面接が必要かどうか、ご判断をお願いいたします。

日の出産業株式会社 秘書室 宇佐美 香
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="特定の役員の健診結果・既往歴（要配慮個人情報）を保険会社へ",
)

# 077 役員賠償責任保険の更新見積り（個人データなし）
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["矢吹 達也 <yabuki@hoshizora-sonpo.co.jp>"],
    subject="Re: D&O保険 更新条件のご提示",
    charset="utf-8",
    body="""矢吹様

更新条件のご提示ありがとうございます。
社内で検討した結果、以下の条件で更新をお願いしたいと考えております。

・支払限度額：10億円（前年同額）
・免責金額：0円（会社補償部分のみ500万円）
・株主代表訴訟担保特約：付帯
・保険期間：2025年8月1日〜2026年8月1日
・証券番号：HZ-DO-2024-004417（継続）

取締役会で会社補償契約との関係も含めて決議する予定ですので、
正式な申込書は8月上旬にご提出いたします。

日の出産業株式会社 秘書室 宇佐美 香
TEL 03-5201-7702
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="D&O保険の更新条件と証券番号のみ：個人データなし",
)

# 078 3者以上の社外組織が To/Cc で互いに見える（キックオフ連絡）
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    cc=["氷見 大地 <himi.daichi@midori-ginko.co.jp>", "羽田野 祐介 <hatano@akebono-audit.jp>",
        "白川 聡一郎 <s.shirakawa@shirakawa-law.jp>"],
    subject="グループ内合併プロジェクト キックオフのご案内",
    charset="shift_jis",
    body=f"""関係者各位

お世話になっております。日の出産業 法務部の真壁です。
日の出ビルマネジメントと日の出フードサービスの合併プロジェクトについて、
キックオフミーティングを下記のとおり開催いたします。

　日時：2025年8月5日（火）15:00〜16:30
　場所：当社本社8階 第2会議室（Web併用）
　議題：全体スケジュール、債権者保護手続、登記・銀行届出・会計処理の論点

ご出席の可否を7月31日までにご返信ください。
{SIG_MAKABE}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="司法書士・銀行・監査法人・弁護士の4組織が To/Cc で互いに見える：Bcc にすべき",
)

# 079 English: three external organisations visible in To/Cc
_add(
    sender="Kenji Arai <k.arai@hinode-sangyo.co.jp>",
    to=["Priya Raman <priya.raman@lionbridge-assurance.com.sg>",
        "Corporate Onboarding <onboarding@spbank.com.sg>"],
    cc=["Daniel Tan <daniel.tan@tanassociates-cosec.sg>"],
    subject="Hinode Asia Pte. Ltd. - change of directors and updated registers",
    charset="utf-8",
    body=f"""Dear all,

Please be informed that with effect from 1 August 2025, Mr. Keisuke Igarashi has
resigned as a director of Hinode Asia Pte. Ltd. and Mr. Wataru Semba has been
appointed in his place. Daniel (company secretary) will lodge the change with ACRA
this week and circulate the updated register of directors.

Priya: please note the change for the audit file.
Onboarding team: we will submit the updated signatory mandate separately.
{SIG_ARAI}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="auditor, bank and company secretary (three organisations) see each other in To/Cc",
)

# 080 2組織宛て（清算人の連絡）：債権者2社
_add(
    sender="真壁 一樹 <makabe@hinode-sangyo.co.jp>",
    to=["青葉運輸 経理部 <keiri@aoba-unyu.co.jp>"],
    cc=["錦印刷 総務部 <soumu@nishiki-insatsu.co.jp>"],
    subject="株式会社ヒノデ企画（清算中）の債務のお支払いについて",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 経理部 御中
錦印刷株式会社 総務部 御中

平素は格別のご高配を賜り、厚く御礼申し上げます。
当社子会社の株式会社ヒノデ企画は、2025年5月31日に解散し、現在清算手続中です。
債権申出期間（官報公告日から2か月）満了後、貴社への未払債務を
8月29日（金）に一括してお支払いする予定です。

金額の確認書を郵送いたしますので、ご確認のうえご返送ください。
なお、本メールは両社の経理ご担当者様に同内容でお送りしております。
{SIG_MAKABE}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="取引先2社（2組織）が宛先：3者未満で個人データもない",
)

# 081 Bcc で個人株主に一斉送信（To は自分）
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["日の出産業 株式課 <kabushiki@hinode-sangyo.co.jp>"],
    bcc=["haru.onodera@yahoo.co.jp", "hieda.t@gmail.com", "satoko-kado@ezweb.ne.jp",
         "soichiro.hayama@outlook.jp", "minori.shiiba@icloud.com", "h.tsukamoto@softbank.ne.jp"],
    subject="【日の出産業】株主優待品お申込み期限のご案内",
    charset="utf-8",
    body=f"""株主の皆さまへ

平素より格別のご支援を賜り、誠にありがとうございます。
日の出産業株式会社 総務部株式課でございます。

株主優待品（北国フーズ様ご協力の北海道産品詰合せ）のお申込み期限が
2025年8月31日（日）に迫っております。
まだお申込みでない株主さまは、同封のはがき、または専用サイトから
お手続きをお願いいたします。

※本メールは、電子メールでのご案内をご希望の株主さまにBccでお送りしています。
{SIG_SUNAGAWA}""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="個人株主はすべて Bcc で互いに見えない：To は社内のみ",
)

# 082 CSV（UTF-8）：単元未満株式の買取請求 株主の振込口座 → 証券代行
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["奈良橋 <narahashi@kaede-trust.co.jp>"],
    subject="単元未満株式 買取請求分の代金振込先",
    charset="utf-8",
    body=f"""奈良橋様

お世話になっております。株式課の砂川です。
当社窓口で受け付けた単元未満株式の買取請求について、
代金の振込先をCSVにまとめましたのでお送りします（6件）。
{SIG_SUNAGAWA}""",
    attachments=[{"kind": "csv", "name": "tangen_miman_kaitori_202507.csv", "encoding": "utf-8",
                  "rows": [
                      ["株主番号", "氏名", "住所", "株数", "金融機関", "支店", "種別", "口座番号", "口座名義"],
                      ["000217", "芹沢 辰之助", "北海道函館市末広町14番3号", "40", "北洋銀行", "函館支店", "普通", "3318407", "セリザワ タツノスケ"],
                      ["000388", "宮坂 千代", "長野県上田市中央三丁目5番2号", "75", "八十二銀行", "上田支店", "普通", "0729164", "ミヤサカ チヨ"],
                      ["000421", "越智 大輔", "愛媛県松山市一番町二丁目8番11号", "12", "伊予銀行", "本店営業部", "普通", "1650388", "オチ ダイスケ"],
                      ["000459", "笹川 遼", "東京都国分寺市本町三丁目1番4号", "50", "ゆうちょ銀行", "〇一八店", "普通", "6241903", "ササガワ リョウ"],
                      ["000502", "仁科 まゆみ", "岡山県倉敷市阿知二丁目23番10号", "33", "中国銀行", "倉敷支店", "普通", "2207756", "ニシナ マユミ"],
                      ["000547", "戸祭 幸男", "栃木県宇都宮市戸祭町2871番地", "90", "足利銀行", "宇都宮東支店", "当座", "0081234", "トマツリ ユキオ"],
                  ]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="CSVに株主6名の住所と銀行口座：社外（証券代行）へ",
)

# 083 証券代行：基準日と株主数の集計のみ
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["奈良橋 <narahashi@kaede-trust.co.jp>"],
    subject="中間配当の基準日公告と株主数について",
    charset="iso-2022-jp",
    body=f"""奈良橋様

お世話になっております。株式課の砂川です。
中間配当の実施にあたり、次の点をご確認させてください。

１．基準日：2025年9月30日（定款の定めにより公告は不要と理解しています）
２．株主数：312名（うち個人298名、法人14名）、発行済株式総数 1,000,000株
３．配当金支払開始日：2025年12月5日（予定）
４．配当金計算書の発送：12月4日（貴社にて印刷・封入）

取締役会決議は11月13日を予定しています。
{SIG_SUNAGAWA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="基準日・株主数などの集計値のみ：個人の記録なし",
)

# 084 株主1名の問い合わせを証券代行へ引継ぎ（1名分）
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["奈良橋 <narahashi@kaede-trust.co.jp>"],
    subject="相続による名義書換のお問い合わせ（引継ぎ）",
    charset="shift_jis",
    body=f"""奈良橋様

お世話になっております。株式課の砂川です。
株主さまのご遺族から当社にお問い合わせがありましたので、引き継がせてください。

　株主：小野寺 ハル 様（株主番号000007、本年4月にご逝去）
　お問い合わせ者：小野寺 聡 様（ご長男）
　ご連絡先：０２２－２６３－５５１８（平日日中）
　ご住所：宮城県仙台市青葉区国分町三丁目５番１２号

相続手続の書類一式をご送付いただけますでしょうか。
{SIG_SUNAGAWA}""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="相続人1名の連絡先を株主名簿管理人へ引継ぎ：1〜4名分は警告どまり",
)

# 085 子会社設立：発起人・設立時取締役3名 → 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="新会社（ヒノデ・アグリ株式会社）設立登記のお願い",
    charset="utf-8",
    body=f"""早乙女先生

お世話になっております。栗林です。
農業法人向けの新会社設立の件、定款認証と設立登記をお願いいたします。
発起人は当社（日の出産業株式会社）のみ、設立時役員は次の3名です。

■設立時代表取締役　仙波 航
　1977年4月18日生／東京都品川区旗の台五丁目7番4号
■設立時取締役　小諸 綾乃
　1978年7月7日生／長野県小諸市大字御影新田2510番地4
■設立時監査役　蔵前 しのぶ
　1964年4月4日生／東京都台東区蔵前三丁目19番5号

資本金は3,000万円、本店は長野県小諸市を予定しています。
{SIG_KURI}""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="設立時役員3名の生年月日・住所：1〜4名分は警告どまりで送信可",
)

# 086 社内のみ：印鑑証明書回収のための役員自宅一覧（秘書室 → 法務部）
_add(
    sender="宇佐美 香 <usami@hinode-sangyo.co.jp>",
    to=["栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>"],
    cc=["hisho@hinode-sangyo.co.jp"],
    subject="印鑑証明書の回収先（役員自宅）",
    charset="shift_jis",
    body="""栗林さん

秘書室の宇佐美です。
印鑑証明書をバイク便で回収する際の役員自宅一覧です。
平日夜か土曜午前であれば在宅とのことです。

""" + "\n".join(f"{i}. {o[0]}  {o[5]}  自宅近くの連絡先 {o[6]}" for i, o in enumerate(OFF[:9], 1)) + """

宇佐美
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="役員9名の自宅・携帯の一覧だが宛先はすべて社内",
)

# 087 子会社（別ドメイン＝社外）へ兼務役員の個人番号
_add(
    sender="梅宮 聡 <umemiya@hinode-sangyo.co.jp>",
    to=["日の出ロジスティクス 総務経理課 <somu-keiri@hinode-logi.co.jp>"],
    subject="兼務役員の個人番号（役員報酬の源泉徴収票用）",
    charset="utf-8",
    body=f"""日の出ロジスティクス 総務経理課 ご担当者様

本社経理部の梅宮です。
貴社から役員報酬を支給している兼務役員3名の個人番号をお知らせします。
源泉徴収票・給与支払報告書の作成にお使いください。

  五十嵐 啓介（取締役・非常勤）  {_mn()}
  熊谷 修司（代表取締役）        {_mn()}
  鷹取 里枝（監査役）            {_mn()}
{SIG_UMEMIYA}""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="子会社でも別ドメイン hinode-logi.co.jp は社外：マイナンバーを含むので停止",
)

# 088 子会社（別ドメイン）へ書面決議の書類（氏名のみ）
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["日の出ロジスティクス 総務経理課 <somu-keiri@hinode-logi.co.jp>"],
    subject="定時株主総会（書面決議）の同意書ひな形",
    charset="iso-2022-jp",
    body=f"""日の出ロジスティクス 総務経理課 御中

法務部の栗林です。
今年の定時株主総会は、会社法319条による書面決議で行います。
提案書と同意書のひな形を添付しますので、日付と提案者（代表取締役 熊谷 修司）を
ご確認のうえ、当社宛てにご発送ください。株主は当社のみです。
{SIG_KURI}""",
    attachments=[{"kind": "docx", "name": "書面決議_提案書_同意書.docx",
                  "paragraphs": ["提案書", "株主 日の出産業株式会社 御中",
                                 "第1号議案 計算書類承認の件", "第2号議案 監査役1名選任の件（候補者 鷹取 里枝）",
                                 "同意書", "上記提案に同意します。日の出産業株式会社 代表取締役 日向 正臣"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="子会社への書面決議の書類：役員の氏名だけで個人データの名簿はない",
)

# 089 PDF：住所変更登記（役員2名）→ 司法書士
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="取締役の住所変更登記（2名分）",
    charset="shift_jis",
    body=f"""葛城先生

お世話になっております。栗林です。
本社取締役2名が転居しましたので、住所変更登記をお願いします。
新旧住所と異動日をPDFにまとめました。住民票は郵送します。
{SIG_KURI}""",
    attachments=[{"kind": "pdf", "name": "住所変更_取締役2名.pdf",
                  "lines": ["役員住所変更届", ""],
                  "table": [["氏名", "旧住所", "新住所", "異動日"],
                            ["榊原 美波", "千葉県市川市八幡二丁目9番6号", "東京都江戸川区西葛西六丁目15番3-1101号", "2025/08/02"],
                            ["仙波 航", "東京都品川区旗の台五丁目7番4号", "神奈川県川崎市高津区溝口三丁目11番15号", "2025/08/20"]]}],
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="取締役2名の新旧住所（PDF）：1〜4名分は警告どまり",
)

# 090 登記事項証明書の取得依頼（会社法人等番号の一覧）
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["三枝 <saegusa@minato-shiho.jp>"],
    subject="登記事項証明書の取得のお願い（取引先与信用）",
    charset="utf-8",
    body=f"""三枝様

お世話になっております。小此木です。
取引先の与信更新のため、以下6社の履歴事項全部証明書を各1通ご取得いただけますでしょうか。

  会社名                      会社法人等番号
  --------------------------  --------------
  青葉運輸株式会社            0104-01-035517
  株式会社錦印刷              0100-01-087346
  北国フーズ株式会社          4300-01-012269
  川崎電機株式会社            0200-01-046615
  ツバサシステム株式会社      0111-01-059904
  株式会社さくらホテルズ      0104-01-118830

郵送先は法務部 小此木宛てでお願いします。
{SIG_OKONOGI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="取引先（法人）の会社法人等番号の一覧：企業の番号でマイナンバーではない",
)

# 091 English: foreign director's signature certificate (general question)
_add(
    sender="Kenji Arai <k.arai@hinode-sangyo.co.jp>",
    to=["Megan Doyle <mdoyle@harlanpierce.com>"],
    subject="Signature certification for a Japanese corporate registration",
    charset="utf-8",
    body=f"""Hi Megan,

A quick procedural question. For the change of directors of our Japanese joint venture,
the Legal Affairs Bureau requires either a seal certificate or a certificate of
signature for each director. For a director residing in California, would a notary
public acknowledgment with an apostille be sufficient, or do we need the Japanese
consulate in Los Angeles to certify the signature?

No rush - the filing is planned for October.
{SIG_ARAI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="general procedural question to US counsel: no personal data",
)

# 092 印鑑証明書原本の発送連絡（追跡番号）
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["早乙女 純 <saotome@saotome-office.jp>"],
    subject="印鑑証明書・就任承諾書 原本発送のご連絡",
    charset="shift_jis",
    body=f"""早乙女先生

お世話になっております。栗林です。
本日、下記書類の原本をレターパックプラスで発送いたしました。

　・就任承諾書　2通
　・印鑑証明書　2通（発行日 2025年8月18日）
　・辞任届　　　1通
　お問い合わせ番号：4417-2093-8865

到着しましたらご一報いただけますと幸いです。
{SIG_KURI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="書類の発送連絡と追跡番号のみ",
)

# 093 XLSX（2シート）：役員候補の反社チェック依頼（6名）→ 調査会社
_add(
    sender="嶋田 理恵 <shimada-r@hinode-sangyo.co.jp>",
    to=["リスクアイ株式会社 調査部 <chousa@risk-eye.co.jp>"],
    subject="反社会的勢力チェックのご依頼（役員候補者6名）",
    charset="iso-2022-jp",
    body="""リスクアイ株式会社 調査部 御中

いつもお世話になっております。日の出産業 法務部の嶋田です。
来年の定時株主総会に向けた役員候補者の反社チェックをお願いいたします。
対象者の情報は添付のExcelのとおりです。納期は通常（10営業日）で結構です。

日の出産業株式会社 法務部長 嶋田 理恵
TEL 03-5201-7730
""",
    attachments=[{"kind": "xlsx", "name": "反社チェック依頼_役員候補.xlsx", "sheets": {
        "依頼一覧": [["反社チェック依頼票（日の出産業株式会社）"], ["依頼日", "2025/09/01"], [],
                     ["No", "氏名", "フリガナ", "生年月日", "現住所", "現職"],
                     [1, "葛葉 修平", "クズノハ シュウヘイ", "S33.5.19", "東京都世田谷区成城六丁目3番1号", "会社顧問"],
                     [2, "ハーリド・アル＝マンスーリ", "ハーリド アルマンスーリ", "1970/11/02", "東京都港区元麻布三丁目6番20号", "投資会社代表"],
                     [3, "二階堂 瑞穂", "ニカイドウ ミズホ", "S51.7.23", "埼玉県戸田市上戸田二丁目21番1-1203号", "子会社取締役"],
                     [4, "朝比奈 隼人", "アサヒナ ハヤト", "S61.9.14", "東京都墨田区錦糸四丁目2番11号", "子会社取締役"],
                     [5, "宍戸 一馬", "シシド カズマ", "S49.12.29", "東京都中野区鷺宮五丁目6番20号", "子会社取締役"],
                     [6, "篠塚 玲子", "シノヅカ レイコ", "S45.1.31", "神奈川県鎌倉市由比ガ浜二丁目9番44号", "弁護士"]],
        "記入要領": [["生年月日は和暦・西暦いずれでも可"], ["住所は住民票どおり"]],
    }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSXに役員候補6名の生年月日（和暦略記含む）・住所：社外の調査会社へ",
)

# 094 テキスト＋HTML：総会当日の役員送迎（自宅と携帯）→ イベント会社
_pick = [(o[0], o[5], o[6], t) for o, t in zip(OFF[:6], ["7:10", "6:50", "7:00", "7:20", "7:30", "7:40"])]
_add(
    sender="砂川 由紀 <sunagawa@hinode-sangyo.co.jp>",
    to=["ステージエース 配車担当 <haisha@stage-ace.co.jp>"],
    subject="6/27 役員送迎ハイヤーの配車依頼",
    charset="utf-8",
    body="""ステージエース株式会社 配車ご担当者様

日の出産業 株式課の砂川です。株主総会当日の役員送迎の配車をお願いします。

""" + "\n".join(f"{n}様　お迎え {t}　{a}　携帯 {p}" for n, a, p, t in _pick) + """

行き先はいずれも さくらホテル東京（正面玄関）です。
""" + SIG_SUNAGAWA,
    html="""<html><body>
<p>ステージエース株式会社 配車ご担当者様</p>
<p>日の出産業 株式課の砂川です。株主総会当日の役員送迎の配車をお願いします。</p>
<table border="1"><tr><th>お名前</th><th>お迎え時刻</th><th>お迎え先</th><th>携帯</th></tr>
""" + "".join(f"<tr><td>{n}様</td><td>{t}</td><td>{a}</td><td>{p}</td></tr>" for n, a, p, t in _pick) + """
</table>
<p>行き先はいずれも さくらホテル東京（正面玄関）です。</p>
<p>日の出産業株式会社 総務部 株式課 砂川 由紀<br>TEL 03-5201-7745</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="役員6名の自宅住所と携帯（テキストとHTML表の両方）をハイヤー会社へ",
)

# 095 FW：経理の役員報酬振込口座一覧 → 税理士
_add(
    sender="梅宮 聡 <umemiya@hinode-sangyo.co.jp>",
    to=["石動 税理士 <isurugi@tsubame-tax.jp>"],
    subject="転送：役員報酬 振込口座の変更について",
    charset="shift_jis",
    body=f"""石動先生

お世話になっております。梅宮です。
先日ご質問のあった役員報酬の支払先口座の件、社内の連絡をそのまま転送します。

---------- 転送メッセージ ----------
差出人: 秘書室 宇佐美 香 <usami@hinode-sangyo.co.jp>
日付: 2025年7月14日 10:22
件名: 役員報酬 振込口座の変更について
宛先: 経理部 梅宮 聡 <umemiya@hinode-sangyo.co.jp>

梅宮さん

7月支給分から、下記の役員の振込先が変わります。

　鷲尾 幸恵　　みどり銀行 青葉台支店 普通 4408217
　五十嵐 啓介　みどり銀行 浦和支店　 普通 1093346
　榊原 美波　　ちば湾岸銀行 市川支店 普通 7720158
　仙波 航　　　みどり銀行 旗の台支店 普通 5561092
　楢崎 保　　　ゆうちょ銀行 記号10140 番号28837541

宇佐美
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="転送した社内メールに役員5名の個人口座：転送部分は新しい本文として社外へ",
)

# 096 either：役員6名の会社アドレス（社用）をシステム会社へ
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <support@tsubasa-system.jp>"],
    subject="取締役会ポータルのアカウント発行依頼",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社 導入支援ご担当者様

お世話になっております。日の出産業の小此木です。
取締役会ポータルの本番アカウントを、以下の役員分発行いただけますでしょうか。

・代表取締役社長　日向 正臣　　hinata@hinode-sangyo.co.jp
・専務取締役　　　鷲尾 幸恵　　washio@hinode-sangyo.co.jp
・常務取締役　　　五十嵐 啓介　igarashi@hinode-sangyo.co.jp
・取締役　　　　　榊原 美波　　sakakibara@hinode-sangyo.co.jp
・取締役　　　　　仙波 航　　　semba@hinode-sangyo.co.jp
・常勤監査役　　　楢崎 保　　　narasaki@hinode-sangyo.co.jp

初期パスワードは各人に直接通知する設定でお願いいたします。

日の出産業 法務部 小此木
""",
    expect="either",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6名分だが社用メールアドレスと役職のみ（業務上の連絡先）：名簿とみるか判断が分かれる",
)

# 097 監査法人の往査日程
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["羽田野 祐介 <hatano@akebono-audit.jp>"],
    subject="Re: 期末監査 往査日程のご相談",
    charset="iso-2022-jp",
    body="""羽田野様

お世話になっております。小此木です。
往査日程、以下で調整いたしました。

　5月12日（月）〜14日（水）　本社（会議室Ｂを確保済み）
　5月15日（木）　　　　　　　日の出ロジスティクス 川口センター
　5月19日（月）　　　　　　　監査役とのコミュニケーション（楢崎・忍足）

株主総会関係の書類（招集通知案、議事録案）は5月下旬にご提示いたします。

日の出産業 法務部 小此木

> 日の出産業 小此木様
> 期末監査の往査について、5月第2週〜第3週でご調整いただけますでしょうか。
> あけぼの監査法人 羽田野
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="往査の日程調整のみ：個人データなし",
)

# 098 「社外秘」という語への言及のみ（区分表示ではない）
_add(
    sender="栗林 朋美 <kuribayashi@hinode-sangyo.co.jp>",
    to=["葛城 亮 <katsuragi@minato-shiho.jp>"],
    subject="Re: 取締役会議事録の添付について",
    charset="utf-8",
    body=f"""葛城先生

お問い合わせの件、取締役会議事録は社外秘の扱いにはしておりませんので、
そのまま登記の添付書面として法務局へご提出いただいて構いません。
なお、議事録のうち第4号議案（報告事項）は登記と関係がないため、
抄本の形にしていただいても結構です。
{SIG_KURI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="「社外秘の扱いにはしていない」という言及のみで区分表示ではない",
)

# 099 類似ドメイン（tsubasa-system.jp の s 抜け）
_add(
    sender="小此木 蓮 <okonogi@hinode-sangyo.co.jp>",
    to=["ツバサシステム 導入支援 <support@tsubasa-sytem.jp>"],
    subject="電子署名サービスの契約更新について",
    charset="utf-8",
    body=f"""ツバサシステム株式会社 導入支援ご担当者様

お世話になっております。日の出産業の小此木です。
取締役会議事録の電子署名で利用しているサービスの契約が9月末で満了します。
更新後のライセンス数（20→30）とお見積りをお送りいただけますでしょうか。
{SIG_OKONOGI}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="取引先 tsubasa-system.jp から s が1文字落ちた類似ドメイン tsubasa-sytem.jp 宛て",
)

# 100 適格請求書の登録番号（T番号）の確認 → 司法書士法人
_tno = "T" + _houjin("010005032178")
_add(
    sender="梅宮 聡 <umemiya@hinode-sangyo.co.jp>",
    to=["司法書士法人みなと総合事務所 経理 <keiri@minato-shiho.jp>"],
    subject="請求書の登録番号の記載について",
    charset="shift_jis",
    body=f"""司法書士法人みなと総合事務所 経理ご担当者様

いつもお世話になっております。日の出産業 経理部の梅宮です。
7月分の請求書（MS-2025-0719-03）に適格請求書発行事業者の登録番号の記載が
ございませんでした。国税庁の公表サイトで確認した番号は {_tno} ですが、
こちらで相違ないでしょうか。

お手数ですが、登録番号を記載した請求書を再発行いただけますと幸いです。
なお、登録免許税の立替金部分は不課税として処理いたします。
{SIG_UMEMIYA}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="取引先（司法書士法人）の登録番号（T＋法人番号）と請求書番号のみ",
)
