"""Blind evaluation corpus — area: koho (広報 / public relations).

Covers プレスリリースの配信, 取材対応と記者とのやり取り, 写真撮影と肖像の許諾,
登壇者プロフィール, 危機管理広報, 広告代理店・PR会社 of 日の出産業株式会社.

Everything here is invented: every organisation other than those BRIEF.md names, every
person, address, phone number, identifier and number.  The file was written blind, from
BRIEF.md, build.py and SPEC.md only; no mailguard code, rule or test was read.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 33801
_rng = random.Random(SEED)

_ALL: list[dict] = []


def _m(**kw) -> None:
    _ALL.append(kw)


_ZEN = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _corp(base12: str) -> str:
    """A 13-digit 法人番号 with a valid leading check digit."""
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return str(9 - total % 9) + base12


def _mobile() -> str:
    return f"0{_rng.choice('789')}0-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"


# -- the sender side ---------------------------------------------------------------------

ASHIDA = "芦田 彩乃 <ashida.ayano@hinode-sangyo.co.jp>"
ICHINOSE = "一ノ瀬 拓真 <ichinose.takuma@hinode-sangyo.co.jp>"
OKONOGI = "小此木 渉 <okonogi.wataru@hinode-sangyo.co.jp>"
MAKABE = "真壁 聡子 <makabe.satoko@hinode-sangyo.co.jp>"
SHOJI = "東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>"
PRBOX = "日の出産業 広報部 <pr@hinode-sangyo.co.jp>"
DOMEKI = "百目鬼 健 <domeki.ken@hinode-sangyo.co.jp>"
YAEGASHI = "八重樫 誠 <yaegashi.makoto@hinode-sangyo.co.jp>"

SIG_ASHIDA = """
--------------------------------------------------
日の出産業株式会社 広報部 広報グループ
芦田 彩乃（あしだ あやの）
〒103-0022 東京都中央区日本橋室町四丁目8番15号 日の出ビル6F
TEL: 03-5201-7734（直通）　FAX: 03-5201-7790
Mail: ashida.ayano@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/
--------------------------------------------------
"""

SIG_OKONOGI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
広報部 課長　小此木 渉（おこのぎ わたる）
TEL 03-5201-7730（代表）内線4412 ／ 携帯 080-4417-2290
okonogi.wataru@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_ICHINOSE = """
日の出産業（株）広報部　一ノ瀬 拓真
TEL 03-5201-7735 / ichinose.takuma@hinode-sangyo.co.jp
"""

SIG_MAKABE = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
執行役員 広報部長　真壁 聡子
〒103-0022 東京都中央区日本橋室町4-8-15
TEL：03-5201-7730（代表）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_SHOJI = """
***
東海林 里美 Satomi Shoji
日の出産業株式会社 広報部 IR・広報グループ
Tel 03-5201-7736  Mobile 090-3318-5207
***
"""

SIG_EN = """
Best regards,

Satoko Makabe
Executive Officer, Head of Corporate Communications
Hinode Sangyo Co., Ltd.
4-8-15 Nihonbashi-Muromachi, Chuo-ku, Tokyo 103-0022, Japan
Tel: +81-3-5201-7730
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised use, copying or disclosure is prohibited.
"""

HINODE_CORP = _corp("010401093715")

# -- 1. press release to reporters, all in Bcc ---------------------------------------------

_RELEASE_HX300 = """報道関係者各位

2025年9月16日
日の出産業株式会社

日の出産業、車載向け高耐熱樹脂「ヒノテック HX-300」を10月1日に発売
～連続使用温度180℃、EV用コネクタの小型・軽量化に貢献～

日の出産業株式会社（本社：東京都中央区、代表取締役社長：日野 雅之）は、電気自動車（EV）の
高電圧コネクタ向けに、連続使用温度180℃を実現した高耐熱ポリアミド樹脂「ヒノテック HX-300」を
開発し、2025年10月1日より販売を開始します。

■製品の特長
　1. 従来品（HX-200）比で耐熱温度を約1.4倍に向上
　2. 難燃性 UL94 V-0（0.4mm）を取得
　3. ハロゲンフリー、リサイクル材30%配合グレードも同時発売

■製品概要
　製品名　　：ヒノテック HX-300
　品番　　　：HX-300-N（ナチュラル）／HX-300-BK（黒）／HX-300-R30（リサイクル材配合）
　荷姿　　　：25kg紙袋、500kgフレコン
　価格　　　：オープン価格
　販売目標　：2028年度 年間1,200トン

■会社概要
　社名：日の出産業株式会社
　所在地：東京都中央区日本橋室町四丁目8番15号
　代表者：代表取締役社長 日野 雅之
　設立：1952年4月
　事業内容：機能性樹脂・電子材料の製造販売

【本件に関する報道関係者のお問い合わせ先】
日の出産業株式会社 広報部（芦田・一ノ瀬）
TEL：03-5201-7734　E-mail：pr@hinode-sangyo.co.jp
"""

_m(
    sender=PRBOX,
    to=["pr@hinode-sangyo.co.jp"],
    bcc=["tadokoro@nikkan-sangyo.co.jp", "sagae.yukari@toto-keizai.co.jp",
         "k-hoshino@chubu-nippo.co.jp", "desk@monozukuri-tsushin.jp",
         "m.ogata@kagaku-journal.co.jp", "wanibuchi@weekly-bizeye.jp",
         "t.awazu@nikkan-mobility.jp", "hasumi@plastic-shimpo.co.jp"],
    subject="【プレスリリース】車載向け高耐熱樹脂「ヒノテック HX-300」を10月1日に発売",
    charset="iso-2022-jp",
    body=_RELEASE_HX300,
    attachments=[
        {"kind": "pdf", "name": "20250916_HX-300_release.pdf",
         "title": "ニュースリリース HX-300", "lines": _RELEASE_HX300.splitlines()},
        {"kind": "png", "name": "HX-300_pellet.png"},
    ],
    expect="pass", entities=[], detectors=[],
    note="Press release to eight reporters, all in Bcc; only the company's own PR contact.",
)

# -- 2. the same kind of release with every reporter visible -------------------------------

_m(
    sender=ICHINOSE,
    to=["田所 健吾 <tadokoro@nikkan-sangyo.co.jp>",
        "寒河江 ゆかり <sagae.yukari@toto-keizai.co.jp>",
        "及川 健太 <k.oikawa@kitakami-shimpo.co.jp>",
        "星野 公平 <k-hoshino@chubu-nippo.co.jp>",
        "ものづくり通信 編集部 <desk@monozukuri-tsushin.jp>",
        "緒方 真人 <m.ogata@kagaku-journal.co.jp>"],
    subject="【プレスリリース】北上工場 竣工のお知らせ",
    charset="iso-2022-jp",
    body="""報道関係者各位

いつも大変お世話になっております。
日の出産業 広報部の一ノ瀬でございます。

本日15時に、岩手県北上市で建設を進めてまいりました「北上工場」の竣工について
発表いたしましたので、リリースをお送りいたします。

11月6日（木）には報道関係者向けの工場見学会も予定しております。
ご参加いただける場合は、10月31日（金）までに本メールへのご返信にてお知らせください。

ご多忙のところ恐縮ですが、ご高覧いただけますと幸いです。
何卒よろしくお願い申し上げます。
""" + SIG_ICHINOSE,
    attachments=[{"kind": "pdf", "name": "北上工場竣工_ニュースリリース.pdf",
                  "lines": ["ニュースリリース", "日の出産業、北上工場が竣工",
                            "延床面積 18,400㎡、年産能力 2万4千トン",
                            "稼働開始：2026年1月（予定）",
                            "お問い合わせ：広報部 03-5201-7734"]}],
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Release mailed with six reporters of six media outlets visible in To: should have been Bcc.",
)

# -- 3. reply to an interview request; the reporter's mail is quoted ---------------------

_m(
    sender=ASHIDA,
    to=["田所 健吾 <tadokoro@nikkan-sangyo.co.jp>"],
    subject="Re: 取材のお願い（EV部材特集）",
    charset="iso-2022-jp",
    body="""日刊産業新聞社
田所 様

いつもお世話になっております。日の出産業 広報部の芦田です。
特集へのお声がけ、誠にありがとうございます。

社長 日野へのインタビューにつきまして、下記の日程でお受けできます。

　日時：10月8日（水）14:00～15:00
　場所：弊社本社 6階 第1応接室
　弊社出席者：代表取締役社長 日野、取締役 技術本部長 江副、広報部 芦田

撮影はスチールのみでお願いできますでしょうか。
また、事前に質問項目をお送りいただけますと、数字の確認がスムーズかと存じます。

当日は1階受付にて「広報部 芦田」をお呼び出しください。
どうぞよろしくお願いいたします。
""" + SIG_ASHIDA + """
> 日の出産業株式会社 広報部
> 芦田 彩乃 様
>
> いつもお世話になっております。日刊産業新聞 産業部の田所です。
> 10月20日付の特集「EV部材の現在地」にて、御社の高耐熱樹脂の取り組みを
> 取り上げたく、日野社長へのインタビューをお願いできないでしょうか。
> 10月6日～10日の間で、1時間ほどお時間をいただければ幸いです。
>
> 田所 健吾
> 日刊産業新聞社 編集局 産業部
> TEL 03-3261-5580　携帯 090-6612-8835
> tadokoro@nikkan-sangyo.co.jp
""",
    expect="pass", entities=[], detectors=[],
    note="Ordinary interview arrangement; the reporter's own contact details are only in quoted text.",
)

# -- 4. media list (12 named reporters) to the PR agency -----------------------------------

_MEDIA_ROWS = [
    ["日刊産業新聞", "産業部", "田所 健吾", "たどころ けんご", "03-3261-5580", "090-6612-8835",
     "tadokoro@nikkan-sangyo.co.jp", "素材・化学"],
    ["東都経済新聞", "企業報道部", "寒河江 ゆかり", "さがえ ゆかり", "03-5219-4410",
     "080-3390-1174", "sagae.yukari@toto-keizai.co.jp", "製造業全般"],
    ["化学工業ジャーナル", "編集部", "緒方 真人", "おがた まさと", "03-3664-2031",
     _mobile(), "m.ogata@kagaku-journal.co.jp", "樹脂・フィルム"],
    ["週刊ビジネスアイ", "編集部", "鰐淵 剛", "わにぶち つよし", "03-6380-1192", _mobile(),
     "wanibuchi@weekly-bizeye.jp", "経営者インタビュー"],
    ["中部日報", "経済部", "星野 公平", "ほしの こうへい", "052-221-7405", _mobile(),
     "k-hoshino@chubu-nippo.co.jp", "自動車"],
    ["ものづくり通信（Web）", "編集部", "簗瀬 千尋", "やなせ ちひろ", "03-5465-0388",
     _mobile(), "yanase@monozukuri-tsushin.jp", "工場・DX"],
    ["関東テレビ", "報道局 経済部", "仁科 大輔", "にしな だいすけ", "03-5500-8121",
     _mobile(), "d-nishina@kanto-tv.co.jp", "経済ニュース"],
    ["FMみなと", "制作部", "百瀬 玲奈", "ももせ れな", "045-640-3370", _mobile(),
     "momose@fm-minato.co.jp", "ビジネス番組"],
    ["日刊モビリティ", "記者", "粟津 孝之", "あわづ たかゆき", "03-3808-2250", _mobile(),
     "t.awazu@nikkan-mobility.jp", "EV・電池"],
    ["プラスチック新報", "編集長", "蓮見 昌平", "はすみ しょうへい", "06-6263-0915",
     _mobile(), "hasumi@plastic-shimpo.co.jp", "業界動向"],
    ["ビズフロント", "編集部", "久遠 さやか", "くどう さやか", "03-4578-2116", _mobile(),
     "kudo.sayaka@bizfront.jp", "スタートアップ連携"],
    ["岩手北上新報", "報道部", "及川 健太", "おいかわ けんた", "0197-63-2211", _mobile(),
     "k.oikawa@kitakami-shimpo.co.jp", "地域経済"],
]

_m(
    sender=OKONOGI,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    cc=["ashida.ayano@hinode-sangyo.co.jp"],
    subject="重点メディアリストの送付（記者発表会ご案内用）",
    charset="iso-2022-jp",
    body="""ブライトワンPR
深作様

お世話になっております。日の出産業の小此木です。

先日の定例でお話ししました重点記者リストをお送りします。
11月の記者発表会のご案内は、こちらの12名を優先してお声がけいただけますでしょうか。
携帯番号は先方から「急ぎの場合のみ」と言われているものですので、通常はメールでお願いします。

返信・出欠の状況は、共有スプレッドシートに随時ご記入いただければ助かります。
""" + SIG_OKONOGI,
    attachments=[{
        "kind": "xlsx", "name": "重点メディアリスト_2025上期.xlsx",
        "sheets": {
            "リスト": [["重点メディアリスト（2025年度上期）"], ["更新：2025/9/12 広報部"], [],
                       ["媒体", "部署", "氏名", "ふりがな", "直通TEL", "携帯", "E-mail", "担当分野"]]
                      + _MEDIA_ROWS,
            "更新履歴": [["日付", "内容"], ["2025/4/1", "新年度版作成"],
                         ["2025/9/12", "異動反映（中部日報 星野様）"]],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Spreadsheet of twelve named reporters with direct lines, mobiles and e-mail sent to the PR agency: a list of people.",
)

# -- 5. business list: outlets' switchboards, no people ----------------------------------

_m(
    sender=ASHIDA,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="Re: 東北エリアの媒体連絡先について",
    charset="cp932",
    body="""深作様

お世話になっております。芦田です。
お問い合わせの東北エリアの地方紙・業界紙について、各社の代表連絡先をまとめました。
（記者個人の連絡先は入れておりません。ご案内は各社の報道部・編集部宛てでお願いします。）

媒体名　　　　　　　　代表電話　　　　　所在地
----------------------------------------------------------------------
岩手北上新報　　　　　0197-63-2211　　　岩手県北上市本通り2-1-5
みちのく日日新聞　　　019-651-4800　　　岩手県盛岡市中央通三丁目7-2
仙台経済タイムス　　　022-262-3315　　　宮城県仙台市青葉区一番町1-9-20
東北工業新報　　　　　022-715-0082　　　宮城県仙台市宮城野区榴岡4-2-8
秋田さきがけ経済　　　018-863-1190　　　秋田県秋田市山王五丁目11-4
FMきたかみ　　　　　　0197-72-5050　　　岩手県北上市川岸1-16-3
----------------------------------------------------------------------

見学会の日程が固まりましたら、改めてご相談させてください。

芦田

> 芦田様
> 北上工場の件、東北の地方紙・業界紙にも声をかけたいと思っております。
> 代表連絡先の一覧などお持ちでしたら共有いただけますか。
> ブライトワンPR 深作
""",
    expect="pass", entities=[], detectors=[],
    note="List of media companies with switchboard numbers and office addresses: businesses, not people.",
)

# -- 6. freelance writer on free mail: scheduling -----------------------------------------

_m(
    sender=ICHINOSE,
    to=["真田 茜 <akane.sanada.writer@gmail.com>"],
    subject="工場ルポ取材の日程につきまして",
    charset="iso-2022-jp",
    body="""真田 茜 様

はじめまして。日の出産業 広報部の一ノ瀬と申します。
ものづくり通信の簗瀬様よりご紹介いただき、ご連絡いたしました。

北上工場のルポ記事について、取材日程の候補をお送りいたします。

　① 11月12日（水）10:00～15:00
　② 11月13日（木）10:00～15:00
　③ 11月19日（水）13:00～17:00

当日は北上駅から工場までタクシーで15分ほどです。守衛所で入構証をお渡しいたしますので、
お名前をお伝えください。クリーンルーム内は撮影不可となりますことをご了承ください。

ご都合のよい日程をお知らせいただけますと幸いです。
""" + SIG_ICHINOSE,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="One freelance writer on free mail; ordinary scheduling, no personal data.",
)

# -- 7. three free-mail writers visible to each other --------------------------------------

_m(
    sender=ICHINOSE,
    to=["真田 茜 <akane.sanada.writer@gmail.com>",
        "桐生 みのり <m-kiryu_0814@yahoo.co.jp>",
        "小原 紬 <tsumugi.ohara@outlook.jp>"],
    subject="【ご案内】ライター・ブロガー向け 北上工場見学会（11/14）",
    charset="utf-8",
    body="""ライター・ブロガーの皆さま

いつも弊社の製品をご紹介いただき、ありがとうございます。
日の出産業 広報部の一ノ瀬です。

このたび、岩手・北上工場の見学会を下記のとおり開催いたします。

日時：2025年11月14日（金）13:00～16:30
集合：JR北上駅 東口 12:40（送迎バスあり）
内容：工場見学、開発担当者との座談会、新製品サンプルのお渡し
定員：8名

参加ご希望の方は11月5日までにご返信ください。交通費は弊社規定によりお支払いします。
""" + SIG_ICHINOSE,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="Three private persons on free mail see each other's addresses in To: should have been Bcc.",
)

# -- 8. press photos (PNG) with captions naming executives --------------------------------

_m(
    sender=ASHIDA,
    to=["鰐淵 剛 <wanibuchi@weekly-bizeye.jp>"],
    subject="掲載用写真のご送付（日野インタビュー）",
    charset="iso-2022-jp",
    body="""週刊ビジネスアイ 編集部
鰐淵様

お世話になっております。日の出産業の芦田です。
先日の取材ではありがとうございました。掲載用の写真を3点お送りします。

写真1：代表取締役社長 日野 雅之（本社応接室にて）
写真2：ヒノテック HX-300 のペレット
写真3：北上工場 外観（2025年10月撮影）

クレジットは「写真提供：日の出産業」と表記いただけますと幸いです。
ゲラのご確認をいただける場合は、数字の部分だけでも拝見できれば助かります。
""" + SIG_ASHIDA,
    attachments=[{"kind": "png", "name": "01_ceo_hino.png"},
                 {"kind": "png", "name": "02_hx300.png"},
                 {"kind": "png", "name": "03_kitakami_plant.png"}],
    expect="pass", entities=[], detectors=[],
    note="Press photos (readable images) with captions naming executives by title only.",
)

# -- 9. the hi-res photos in a password ZIP -----------------------------------------------

_m(
    sender=ASHIDA,
    to=["鰐淵 剛 <wanibuchi@weekly-bizeye.jp>"],
    subject="高解像度データ（日の出産業）",
    charset="iso-2022-jp",
    body="""鰐淵様

追加でご依頼いただいた高解像度データをZIPにまとめてお送りします。
解凍用のパスワードは、別途メールにてお知らせいたします。

芦田
""",
    attachments=[{"kind": "zip", "name": "hinode_photos_hires.zip", "password": "Wb7#kT29mQ",
                  "files": [{"kind": "png", "name": "01_ceo_hino_hires.png"},
                            {"kind": "png", "name": "03_kitakami_plant_hires.png"}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="Password-protected ZIP to an external editor: the attachment cannot be inspected.",
)

# -- 10. the password, sent on its own ------------------------------------------------------

_m(
    sender=ASHIDA,
    to=["鰐淵 剛 <wanibuchi@weekly-bizeye.jp>"],
    subject="パスワードのご連絡",
    charset="iso-2022-jp",
    body="""鰐淵様

先ほどお送りした「hinode_photos_hires.zip」のパスワードをお知らせします。

　Wb7#kT29mQ

よろしくお願いいたします。
日の出産業 広報部 芦田
""",
    expect="pass", entities=[], detectors=[],
    note="A ZIP password on its own: no attachment, no personal data.",
)

# -- 11. CSV of seven employees appearing in a shoot, to the studio -----------------------

_m(
    sender=ICHINOSE,
    to=["志賀 拓海 <shiga@studio-lumiere.jp>"],
    subject="採用パンフ撮影 出演社員リストの送付",
    charset="iso-2022-jp",
    body="""スタジオ・ルミエール
志賀様

お世話になっております。日の出産業の一ノ瀬です。
10/22の採用パンフレット撮影について、出演する社員7名の一覧をお送りします。
当日の連絡用の携帯番号と、衣装手配用のサイズも入れております。

ヘアメイクの時間割は、いただいた香盤表どおりで問題ございません。
""" + SIG_ICHINOSE,
    attachments=[{
        "kind": "csv", "name": "出演社員一覧_1022.csv", "encoding": "cp932",
        "rows": [
            ["No", "氏名", "ふりがな", "所属", "生年月日", "携帯電話", "衣装サイズ"],
            ["1", "大河内 咲良", "おおこうち さくら", "営業部", "H8.7.23", "080-5573-1942", "S"],
            ["2", "不破 陽翔", "ふわ はると", "技術本部", "H10.2.14", "090-7730-4418", "L"],
            ["3", "諏訪部 菜摘", "すわべ なつみ", "北上工場 品質保証課", "H6.11.3", "070-2286-9051", "M"],
            ["4", "海老原 樹", "えびはら いつき", "人事部", "H11.5.30", "080-9114-7362", "M"],
            ["5", "鷲見 健太郎", "すみ けんたろう", "生産技術部", "S63.9.8", "090-4452-0187", "LL"],
            ["6", "的場 千夏", "まとば ちなつ", "経理部", "H9.12.19", "080-3067-5529", "S"],
            ["7", "真栄城 航", "まえしろ わたる", "研究開発センター", "H7.4.1", "090-8821-6634", "L"],
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of seven employees with date of birth and mobile sent to an outside photo studio.",
)

# -- 12. one person's portrait consent form --------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["志賀 拓海 <shiga@studio-lumiere.jp>"],
    subject="肖像使用同意書（控え）の送付",
    charset="utf-8",
    body="""志賀様

お世話になっております。一ノ瀬です。
契約書の第7条に基づき、御社でも保管いただく同意書の控えをお送りします。
今回は社外モデル1名分のみです（社員分は弊社で保管します）。

ご査収のほどよろしくお願いいたします。
""" + SIG_ICHINOSE,
    attachments=[{
        "kind": "pdf", "name": "同意書_鈴掛ひより.pdf",
        "lines": ["肖像使用同意書", "", "日の出産業株式会社 御中", "",
                  "私は、貴社が2025年10月22日に実施する撮影において撮影された私の肖像を、",
                  "貴社の採用広報物（パンフレット、Webサイト、SNS）に使用することに同意します。",
                  "使用期間：2025年11月1日～2028年10月31日", "",
                  "氏名：鈴掛 ひより",
                  "生年月日：2001年3月17日",
                  "住所：〒171-0021 東京都豊島区西池袋三丁目12-9 コーポ白菊203",
                  "電話：080-5573-2280",
                  "署名日：2025年10月22日"],
    }],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="One model's consent form (one person's record) to the studio under contract: may warn, must go.",
)

# -- 13. a model's asthma mentioned to the studio -------------------------------------------

_m(
    sender=ASHIDA,
    to=["志賀 拓海 <shiga@studio-lumiere.jp>"],
    cc=["ichinose.takuma@hinode-sangyo.co.jp"],
    subject="Re: 10/22 撮影の演出について",
    charset="iso-2022-jp",
    body="""志賀様

ご提案ありがとうございます。演出案はおおむねこの方向で進めさせてください。
一点だけお願いがございます。

出演いただく営業部の久我 真琴さんですが、喘息の持病があり、通院中とのことです。
スモークマシンや粉を使う演出は、久我さんのカットでは避けていただけますでしょうか。
ご本人から、撮影中に吸入器を使う可能性があるとも聞いております。

お手数をおかけしますが、よろしくお願いいたします。

芦田
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Named employee's chronic illness (asthma, under treatment) told to an outside studio: 要配慮個人情報 of one person.",
)

# -- 14. blank consent form template ---------------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["志賀 拓海 <shiga@studio-lumiere.jp>"],
    subject="同意書ひな形（Word）",
    charset="iso-2022-jp",
    body="""志賀様

社外モデルの方にご記入いただく同意書のひな形をお送りします。
氏名・住所・連絡先の欄は空欄のままです。当日、現場で記入いただく想定です。

一ノ瀬
""",
    attachments=[{
        "kind": "docx", "name": "肖像使用同意書_ひな形.docx",
        "paragraphs": ["肖像使用同意書", "日の出産業株式会社 御中",
                       "私は、貴社が実施する撮影において撮影された私の肖像を、下記の範囲で使用することに同意します。",
                       "使用範囲：採用パンフレット、Webサイト、SNS",
                       "使用期間：撮影日から3年間"],
        "tables": [[["氏名", ""], ["生年月日", ""], ["住所", "〒"], ["電話番号", ""],
                    ["署名日", "　　年　　月　　日"]]],
    }],
    expect="pass", entities=[], detectors=[],
    note="Blank consent template: field labels only, no one's data.",
)

# -- 15. which employees may be shown: names and yes/no only -------------------------------

_m(
    sender=ICHINOSE,
    to=["志賀 拓海 <shiga@studio-lumiere.jp>"],
    subject="オフィス撮影時の顔出し可否について",
    charset="iso-2022-jp",
    body="""志賀様

明日のオフィス風景撮影につきまして、写り込む可能性のある執務エリアの社員について
顔出しの可否を確認しました。「不可」の方は後ろ姿かボカシでお願いいたします。

氏名　　　　　　所属　　　　　　　顔出し　備考
--------------------------------------------------------
香取 俊介　　　営業部　　　　　　可
能登 絢子　　　営業部　　　　　　不可　　後ろ姿も不可
榎並 大地　　　経営企画室　　　　可
尾身 さつき　　経理部　　　　　　不可
羽賀 泰之　　　情報システム部　　可
瀬能 由紀　　　人事部　　　　　　不可　　後ろ姿は可
--------------------------------------------------------

よろしくお願いいたします。
一ノ瀬
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="Six named employees with department and photo consent status only, no contact data: a list of people or merely a shoot instruction.",
)

# -- 16. CEO speaker profile (business career only) --------------------------------------

_m(
    sender=SHOJI,
    to=["ものづくりフォーラム実行委員会 事務局 <jimukyoku@monozukuri-forum.or.jp>"],
    subject="【登壇者情報】基調講演（日野）プロフィール・講演概要",
    charset="utf-8",
    body="""ものづくりフォーラム2025 実行委員会 事務局 御中

いつもお世話になっております。日の出産業 広報部の東海林です。
ご依頼いただいておりました基調講演の登壇者プロフィールと講演概要をお送りいたします。
顔写真は別途、ファイル便にてお送りします。

プロフィールの文字数は300字以内とのことでしたので、その範囲で作成しております。
修正がございましたらお知らせください。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "docx", "name": "登壇者プロフィール_日野雅之.docx",
        "title": "登壇者プロフィール",
        "paragraphs": [
            "登壇者プロフィール",
            "日野 雅之（ひの まさゆき）",
            "日の出産業株式会社 代表取締役社長",
            "1988年 東都工業大学工学部応用化学科卒業、同年 日の出産業株式会社入社。"
            "樹脂事業部にて自動車向け材料の開発に従事。2009年 北米現地法人社長、"
            "2015年 取締役 樹脂事業本部長、2019年より現職。"
            "日本機能樹脂工業会 副会長。",
            "講演タイトル：「素材から変える、EV時代のものづくり」",
            "講演概要：電動化で変わる部材への要求と、素材メーカーが担うべき役割について、"
            "北上工場での取り組みを交えてお話しします。",
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="Executive's public business profile (career, title) for an event: no personal data entity.",
)

# -- 17. a panellist's wheelchair use told to the venue -------------------------------------

_m(
    sender=SHOJI,
    to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
    subject="11/20 パネルディスカッション 会場設営のご相談",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会営業部
ご担当者様

いつもお世話になっております。日の出産業の東海林です。
11月20日（木）「鳳凰の間」でのパネルディスカッションにつき、設営のご相談です。

パネリスト4名のうち、株式会社リューズ 代表取締役の鳴海 透 様が車椅子をご利用です。
・登壇ステージへのスロープ（または高さのないステージ）のご用意
・控室から会場までの動線（段差の有無）
・多目的トイレの位置
について、ご確認いただけますでしょうか。

ご本人からは「介助は不要」と伺っております。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named speaker's wheelchair use (disability) told to an outside venue: 要配慮個人情報 of one person.",
)

# -- 18. a keynote speaker's religion, to the caterer -----------------------------------------

_m(
    sender=ASHIDA,
    to=["はなみずきケータリング <order@hanamizuki-catering.co.jp>"],
    subject="11/20 講師控室 昼食のご注文（食事制限あり）",
    charset="cp932",
    body="""はなみずきケータリング
ご担当者様

いつもお世話になっております。日の出産業の芦田です。
11月20日の講師控室の昼食につきまして、下記のとおり注文いたします。

　お届け：11月20日（木）11:30　さくらホテル 3階 控室「楓」
　数量：松花堂弁当 6食、お茶 6本

うち1食について、基調講演のアフマド・ハキミ様（マレーシア工科大学 教授）は
イスラム教徒でいらっしゃるため、ハラール認証のお弁当をご用意いただけますでしょうか。
豚由来の原材料とアルコールを含まないものでお願いいたします。
""" + SIG_ASHIDA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named speaker's religion given to an outside caterer: 要配慮個人情報 (信条) of one person.",
)

# -- 19. four speakers' mobiles for the day ---------------------------------------------------

_m(
    sender=SHOJI,
    to=["ものづくりフォーラム実行委員会 事務局 <jimukyoku@monozukuri-forum.or.jp>"],
    subject="Re: 当日の緊急連絡先について",
    charset="iso-2022-jp",
    body="""事務局 ご担当者様

お世話になっております。東海林です。
当日の緊急連絡先について、弊社側は下記4名でお願いいたします。

・日野 雅之（代表取締役社長・基調講演）　携帯 090-2281-6650
・江副 隆（取締役 技術本部長・分科会B）　携帯 080-7719-3024
・宍戸 美穂（社長秘書）　　　　　　　　　携帯 070-6120-4487
・東海林 里美（広報・随行）　　　　　　　携帯 090-3318-5207

会場入りは日野・宍戸が12:15、江副が13:00の予定です。
""" + SIG_SHOJI,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Four people's mobile numbers for event-day contact: under the five-person line, may warn.",
)

# -- 20. ZIP (no password) with an exhibitor-staff list of six ---------------------------------

_STAFF_ROWS = [
    ["1", "江副 隆", "エゾエ タカシ", "1968/02/11", "080-7719-3024", "ezoe.takashi@hinode-sangyo.co.jp"],
    ["2", "不破 陽翔", "フワ ハルト", "1998/02/14", "090-7730-4418", "fuwa.haruto@hinode-sangyo.co.jp"],
    ["3", "真栄城 航", "マエシロ ワタル", "1995/04/01", "090-8821-6634", "maeshiro.wataru@hinode-sangyo.co.jp"],
    ["4", "五百旗頭 理沙", "イオキベ リサ", "1990/08/26", _mobile(), "iokibe.risa@hinode-sangyo.co.jp"],
    ["5", "茂木 篤志", "モテギ アツシ", "1986/12/02", _mobile(), "motegi.atsushi@hinode-sangyo.co.jp"],
    ["6", "一ノ瀬 拓真", "イチノセ タクマ", "1997/06/15", "070-1184-3306", "ichinose.takuma@hinode-sangyo.co.jp"],
]

_m(
    sender=ICHINOSE,
    to=["ものづくりフォーラム実行委員会 事務局 <jimukyoku@monozukuri-forum.or.jp>"],
    subject="出展者説明員 登録票の提出（日の出産業／小間番号 B-14）",
    charset="iso-2022-jp",
    body="""ものづくりフォーラム2025 事務局 御中

日の出産業株式会社の一ノ瀬です。
出展者説明員の登録票（傷害保険加入用）を提出いたします。
ファイルサイズの都合でZIPに圧縮しております。パスワードはかけておりません。

よろしくお願いいたします。
""" + SIG_ICHINOSE,
    attachments=[{
        "kind": "zip", "name": "B-14_説明員登録.zip",
        "files": [{
            "kind": "xlsx", "name": "説明員登録票_日の出産業.xlsx",
            "sheets": {"登録票": [["ものづくりフォーラム2025 出展者説明員 登録票"],
                                  ["出展者名：日の出産業株式会社　小間番号：B-14"], [],
                                  ["No", "氏名", "フリガナ", "生年月日", "携帯電話", "メール"]]
                                 + _STAFF_ROWS},
        }],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="Six staff with date of birth, mobile and e-mail in an XLSX inside a plain ZIP, to an outside organiser.",
)

# -- 21. passports for an overseas conference --------------------------------------------------

_m(
    sender="宍戸 美穂 <shishido.miho@hinode-sangyo.co.jp>",
    to=["東洋トラベル 法人営業部 <corp-desk@toyo-travel.co.jp>"],
    cc=["shoji.satomi@hinode-sangyo.co.jp"],
    subject="ハノーバー出張（4/20-26）航空券・ホテル手配のお願い",
    charset="iso-2022-jp",
    body="""東洋トラベル 法人営業部
佐久間様

いつもお世話になっております。日の出産業 社長室の宍戸です。
ハノーバーメッセでの講演に伴う出張手配をお願いいたします。

【渡航者】
1) HINO MASAYUKI（日野 雅之）
   旅券番号：TZ4829163　有効期限：2031年8月9日
   生年月日：1965年11月30日
2) EZOE TAKASHI（江副 隆）
   旅券番号：TR7710528　有効期限：2029年3月2日
   生年月日：1968年2月11日

【日程】4月20日（月）羽田発 ～ 4月26日（日）羽田着
【座席】ビジネスクラス、通路側希望

ホテルはメッセ会場へのシャトルがあるところでお願いいたします。

宍戸
日の出産業株式会社 社長室
TEL 03-5201-7701
""",
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="Two executives' passport numbers and dates of birth sent to a travel agency: identity documents.",
)

# -- 22. corporate card number to the hotel -----------------------------------------------------

_card0 = card_number(SEED + 0)
_m(
    sender=ASHIDA,
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="Re: 11/19-20 ご宿泊のギャランティについて",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約係
ご担当者様

お世話になっております。日の出産業の芦田です。
講師3名分のご宿泊（11/19チェックイン、1泊）のギャランティとして、
弊社法人カードの情報をお知らせします。

　カード番号：{_card0[:4]} {_card0[4:8]} {_card0[8:12]} {_card0[12:]}
　有効期限　：08/28
　名義　　　：HINODE SANGYO CO LTD

ご精算は、当日弊社スタッフがまとめて行います。
""" + SIG_ASHIDA,
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="A full credit card number in the body to an outside hotel.",
)

# -- 23. room list: speakers' names and dates only ------------------------------------------

_m(
    sender=ASHIDA,
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="11/19 宿泊予約のお願い（日の出産業 講師3名）",
    charset="iso-2022-jp",
    body="""さくらホテル 宿泊予約係 御中

いつもお世話になっております。日の出産業の芦田です。
フォーラム講師の宿泊につき、下記のとおり予約をお願いいたします。

　宿泊日：11月19日（水）1泊　シングル（禁煙）3室
　ご宿泊者：アフマド・ハキミ 様／鳴海 透 様／宇喜多 紗英 様
　到着予定：19日 18:00頃

お支払いは弊社請求書払いでお願いします（見積番号 SH-25-1182）。
""" + SIG_ASHIDA,
    expect="pass", entities=[], detectors=[],
    note="Hotel booking naming three guests with no other data about them: ordinary business mail.",
)

# -- 24. crisis: recall statement draft stamped 取扱注意 -------------------------------------

_m(
    sender=MAKABE,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    cc=["okonogi.wataru@hinode-sangyo.co.jp"],
    subject="【取扱注意】自主回収 ステートメント案 v3",
    charset="iso-2022-jp",
    body="""【取扱注意】公表前の情報です。関係者限りでお願いします。

深作様

夜分に失礼いたします。真壁です。
自主回収のステートメント案 v3 を添付します。法務のコメントを反映し、
「健康被害の報告はございません」の位置を冒頭に移しました。

明朝9時の対策会議までに、記者会見の想定問答とあわせてご意見をいただけますと幸いです。
""" + SIG_MAKABE,
    attachments=[{
        "kind": "docx", "name": "ステートメント案_v3.docx",
        "page_header": "取扱注意｜公表前資料",
        "paragraphs": ["（案）一部製品の自主回収に関するお知らせ",
                       "当社が2025年6月から8月に出荷した工業用接着剤「ヒノボンド E-12」の一部ロットにおいて、"
                       "規格を下回る接着強度のものが含まれていることが判明しました。",
                       "現時点で、本件による事故や健康被害の報告はございません。",
                       "対象ロット：E12-2506A～E12-2508C"],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="Mail and attachment stamped 取扱注意 (pre-announcement crisis statement) to the PR agency.",
)

# -- 25. crisis: final public statement on a data leak (no one's data) --------------------------

_m(
    sender=OKONOGI,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="公表版：不正アクセスに関するお知らせ（15時開示）",
    charset="utf-8",
    body="""深作様

お世話になっております。小此木です。
本日15時に開示するお知らせの最終版です。開示後、メディアからの問い合わせ一次受けを
ご対応いただく際の参考にしてください。開示まではお取り扱いにご注意ください。

────────────────────
不正アクセスによる個人情報流出の可能性に関するお知らせ

当社が運営する通販サイト「ひので工房ストア」において、第三者による不正アクセスが
確認されました。調査の結果、お客様の個人情報（氏名・住所・電話番号・メールアドレス）
最大3,214件が流出した可能性があることが判明しました。
なお、クレジットカード情報およびマイナンバーは当社では保持しておらず、流出の対象ではございません。

お客様には個別にメールでご連絡するとともに、専用窓口を設置いたしました。
　専用窓口：0120-417-330（受付時間 9:00～18:00）
────────────────────

想定問答は別途、最新版をお送りします。
""" + SIG_OKONOGI,
    expect="pass", entities=[], detectors=[],
    note="Public statement about a data leak: names the kinds of data and a count, carries no one's data; 'お取り扱いにご注意' is not a marking.",
)

# -- 26. crisis: employee's arrest, to outside counsel -----------------------------------------

_m(
    sender=MAKABE,
    to=["白川法律事務所 白川 雄一郎 先生 <shirakawa@shirakawa-law.jp>"],
    cc=["domeki.ken@hinode-sangyo.co.jp"],
    subject="当社社員の逮捕報道への対応について（ご相談）",
    charset="iso-2022-jp",
    body="""白川先生

いつもお世話になっております。日の出産業 広報部の真壁でございます。
急ぎご相談させてください。

本日未明、当社北上工場 製造二課の社員 沼田 浩司（42歳）が、
岩手県警に酒気帯び運転の疑いで逮捕されたと、警察から連絡がありました。
すでに地元紙から事実確認の電話が入っております。

・報道機関に対し、実名・所属を当社から認めてよいか
・懲戒手続きに入る前の段階で、コメントをどこまで出せるか
について、本日中にご助言をいただけますでしょうか。

コメント案（事実関係は確認中である旨のみ）を下記に記します。
「当社社員が逮捕されたことは誠に遺憾です。事実関係を確認のうえ、厳正に対処いたします。」
""" + SIG_MAKABE,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named employee's arrest (criminal matter) sent outside, even to the partner law firm: 要配慮個人情報.",
)

# -- 27. the same arrest, to internal executives only ------------------------------------------

_m(
    sender=MAKABE,
    to=["役員各位 <yakuin@hinode-sangyo.co.jp>"],
    cc=["domeki.ken@hinode-sangyo.co.jp", "okonogi.wataru@hinode-sangyo.co.jp"],
    subject="【至急・社内限り】北上工場社員の逮捕について（第一報）",
    charset="iso-2022-jp",
    body="""役員各位

広報部の真壁です。第一報です。

本日未明、北上工場 製造二課 沼田 浩司（42）が酒気帯び運転の疑いで逮捕されました。
業務外・私有車での事案です。報道各社からの問い合わせは広報部に一本化します。
個別の取材には応じず、広報部にお回しください。

白川法律事務所に、公表範囲について相談中です。
続報は本日17時を目途にお送りします。

真壁
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="Sensitive data (an arrest) but every recipient is internal.",
)

# -- 28. crisis: injured workers named with diagnoses, to the PR agency ------------------------

_m(
    sender=OKONOGI,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>", "brightone-pr 危機対応チーム <crisis@brightone-pr.co.jp>"],
    subject="北上工場 労災事故 第二報（記者対応準備）",
    charset="utf-8",
    body="""深作様、危機対応チームの皆さま

小此木です。第二報です。

■発生：10月28日（火）14:20頃　北上工場 第2成形棟
■概要：金型交換作業中に吊り具が外れ、作業員2名が負傷
■負傷者
　・製造二課 柿崎 亮太（34）右前腕骨折、北上中央病院に入院（全治約6週間）
　・製造二課 鬼頭 正樹（51）左肩打撲、通院加療
■労基署：本日16時に立入り済み

地元テレビ局から現場撮影の申し入れがあります。
ステートメントでは氏名は出さず「従業員2名が負傷」とする方針です。
""" + SIG_OKONOGI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="Two named workers with injuries and hospital treatment (health data) sent to the PR agency.",
)

# -- 29. the statement about that accident: no names -------------------------------------------

_m(
    sender=OKONOGI,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="Re: 北上工場 事故 ステートメント（最終）",
    charset="iso-2022-jp",
    body="""深作様

ステートメント最終版です。18時にWebサイトに掲載します。

――――――
当社北上工場における事故について

2025年10月28日午後、当社北上工場（岩手県北上市）において、設備の保守作業中に
従業員2名が負傷する事故が発生しました。負傷した従業員は病院で手当てを受けており、
命に別条はありません。
関係当局の調査に全面的に協力するとともに、原因を究明し、再発防止に努めてまいります。
地域の皆さま、関係者の皆さまにご心配をおかけしておりますことを、深くお詫び申し上げます。
――――――

小此木

> 小此木様
> 「入院」の表記は避け、「手当てを受けている」とするのがよいかと思います。
> ブライトワンPR 深作
""",
    expect="pass", entities=[], detectors=[],
    note="Public accident statement without any names; health words about no identifiable person.",
)

# -- 30. look-alike of nishiki-insatsu.co.jp ---------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["錦印刷 堀 様 <hori@nishiki-insatu.co.jp>"],
    subject="会社案内2026 入稿データのご確認",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
堀様

お世話になっております。日の出産業の一ノ瀬です。
会社案内2026の入稿データを、ファイル便でお送りしました（ダウンロード期限：11/7）。

・仕様：A4 24ページ 中綴じ、表紙マットPP
・部数：3,000部
・納品：11月28日（金）本社6階 広報部

色校は2部でお願いいたします。
""" + SIG_ICHINOSE,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="Recipient domain nishiki-insatu.co.jp drops a letter from the partner nishiki-insatsu.co.jp.",
)

# -- 31. look-alike of sakura-hotel.jp (another TLD) -------------------------------------------

_m(
    sender=SHOJI,
    to=["宴会営業部 <banquet@sakura-hotel.co.jp>"],
    subject="記者発表会 会場レイアウト案（11/6）",
    charset="utf-8",
    body="""さくらホテル 宴会営業部 御中

日の出産業 広報部の東海林です。
11/6の記者発表会のレイアウト案をお送りします。

　・スクール形式 60席、後方にカメラ台（幅6m）
　・登壇テーブル：4名分、バックパネル前
　・受付：ホワイエに長机2台
　・電源：カメラ台付近に6口

見積書の更新版もあわせてお送りいただけますでしょうか。
""" + SIG_SHOJI,
    attachments=[{"kind": "pdf", "name": "layout_1106.pdf",
                  "lines": ["記者発表会 会場レイアウト案", "鳳凰の間 スクール形式 60席",
                            "カメラ台 幅6m × 奥行2m（後方）", "登壇テーブル 4名"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="sakura-hotel.co.jp is the partner sakura-hotel.jp under another TLD: look-alike.",
)

# -- 32. look-alike of the company's own domain (dropped co.) -----------------------------------

_m(
    sender=ASHIDA,
    to=["山之内 亮 <yamanouchi.ryo@hinode-sangyo.jp>"],
    subject="FW: 取材のお願い（東都経済新聞）",
    charset="iso-2022-jp",
    body="""山之内さん

技術本部で対応いただけそうか、ご確認をお願いできますか。
取材内容は下記のとおりです。

芦田

-----Original Message-----
From: 寒河江 ゆかり <sagae.yukari@toto-keizai.co.jp>
Sent: Tuesday, October 14, 2025 10:12 AM
To: 芦田 彩乃 <ashida.ayano@hinode-sangyo.co.jp>
Subject: 取材のお願い（東都経済新聞）

日の出産業 広報部 芦田様

東都経済新聞 企業報道部の寒河江です。
連載「素材の底力」で、御社のリサイクル樹脂の開発をご紹介したく、
開発ご担当の方にお話を伺えないでしょうか。11月上旬、1時間程度を希望しております。

寒河江 ゆかり
東都経済新聞社 企業報道部
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="Meant for a colleague, but sent to hinode-sangyo.jp (the company's domain without 'co.'): look-alike.",
)

# -- 33. homoglyph look-alike of kawasaki-denki.co.jp ------------------------------------------

_m(
    sender=OKONOGI,
    to=["川崎電機 広報部 宮腰 様 <miyakoshi@kawasaki-denkl.co.jp>"],
    subject="共同リリース案（協業契約締結）のご確認",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 広報部
宮腰様

お世話になっております。日の出産業の小此木です。
協業契約締結の共同リリース案を作成しましたので、ご確認をお願いいたします。
発表日は12月3日（水）15:00、両社同時掲載を想定しております。

　見出し案：日の出産業と川崎電機、EV用高電圧部材の共同開発で協業
　コメント：両社社長のコメントを末尾に掲載

御社側のコメント部分は空欄にしております。11/21（金）までにご記入いただけますと幸いです。
""" + SIG_OKONOGI,
    attachments=[{"kind": "docx", "name": "共同リリース案_川崎電機_日の出産業.docx",
                  "paragraphs": ["（案）日の出産業と川崎電機、EV用高電圧部材の共同開発で協業",
                                 "2025年12月3日", "日の出産業株式会社／川崎電機株式会社",
                                 "両社は、EV向け高電圧コネクタ部材の共同開発契約を締結しました。",
                                 "【川崎電機 社長コメント】（ご記入ください）"]}],
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denkl.co.jp swaps i for l in the partner kawasaki-denki.co.jp: homoglyph look-alike.",
)

# -- 34. password-protected PDF to a partner ----------------------------------------------------

_m(
    sender=SHOJI,
    to=["北国フーズ 広報室 <koho@kitaguni-foods.co.jp>"],
    subject="共同キャンペーン リリース案（PDF）",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社 広報室
ご担当者様

お世話になっております。日の出産業の東海林です。
共同キャンペーンのリリース案をお送りします。
社内ルールによりPDFにパスワードを設定しております。パスワードは別途ご連絡いたします。
""" + SIG_SHOJI,
    attachments=[{"kind": "pdf", "name": "共同キャンペーン_リリース案.pdf", "password": "kf2025HS",
                  "lines": ["（案）北国フーズ×日の出産業 環境配慮型パッケージ共同キャンペーン",
                            "実施期間：2026年2月1日～3月31日"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="Password-protected PDF to a partner: the attachment cannot be inspected.",
)

# -- 35. corrupt PPTX --------------------------------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="記者発表会 投影資料（最新版）",
    charset="iso-2022-jp",
    body="""深作様

記者発表会の投影資料の最新版です。
昨日いただいたご指摘（P.5のグラフ、P.9の価格表記）を反映しています。
リハーサルは11/5 16時からでお願いします。

一ノ瀬
""",
    attachments=[{"kind": "corrupt", "name": "記者発表会_投影資料_1105.pptx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="The PPTX attachment is corrupt and cannot be read.",
)

# -- 36. ad budget workbook headed 社外秘 --------------------------------------------------------

_m(
    sender=YAEGASHI,
    to=["第一広告社 柳瀬 様 <yanase.k@daiichi-kokoku.co.jp>"],
    cc=["okonogi.wataru@hinode-sangyo.co.jp"],
    subject="2026年度 出稿計画（たたき台）",
    charset="iso-2022-jp",
    body="""第一広告社
柳瀬様

お世話になっております。日の出産業 経営企画室の八重樫です。
2026年度の出稿計画のたたき台を添付します。
媒体ごとの配分について、次回の打ち合わせでご意見をいただければと思います。

八重樫 誠
日の出産業株式会社 経営企画室
TEL 03-5201-7751
""",
    attachments=[{
        "kind": "xlsx", "name": "2026年度_出稿計画_たたき台.xlsx",
        "page_header": "社外秘",
        "sheets": {
            "配分案": [["【社外秘】2026年度 広告宣伝費 配分案"], [],
                       ["媒体", "上期（千円）", "下期（千円）", "合計（千円）", "前年比"],
                       ["業界紙", 12000, 9000, 21000, "105%"],
                       ["経済誌", 18000, 18000, 36000, "120%"],
                       ["Web広告", 24000, 30000, 54000, "135%"],
                       ["交通広告", 6000, 0, 6000, "50%"],
                       ["展示会", 15000, 22000, 37000, "110%"]],
            "前提": [["前提条件"], ["中期経営計画の売上目標に対し広告費比率0.8%"]],
        },
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="Workbook stamped 社外秘 (title row and page header) sent to the ad agency.",
)

# -- 37. forward of a TV crew list to building management --------------------------------------

_CREW = """関東テレビ「ビジネス最前線」取材クルー

氏名　　　　　　役割　　　　　生年月日　　　　携帯
仁科 大輔　　　ディレクター　1984/05/02　　090-1537-2284
漆原 聡　　　　カメラ　　　　1979/10/19　　080-6620-1945
桑折 日向　　　カメラ助手　　1999/01/28　　070-4093-5518
舟橋 京子　　　音声　　　　　1988/07/07　　090-2248-9930
蒲生 仁　　　　照明　　　　　1991/03/15　　080-1176-4402
大和田 梢　　　AD　　　　　　2000/12/01　　070-8851-2207
"""

_m(
    sender=ICHINOSE,
    to=["日本橋ビルマネジメント 防災センター <bousai@nihonbashi-bm.co.jp>"],
    subject="FW: 【関東テレビ】11/10 取材クルー情報",
    charset="iso-2022-jp",
    body="""日本橋ビルマネジメント 防災センター ご担当者様

日の出ビル6階 日の出産業の一ノ瀬です。
11月10日（月）9:00～12:00、テレビ局の取材クルーが入館します。
入館証の事前発行をお願いしたく、先方からいただいた情報を転送いたします。
機材搬入のため、荷物用エレベーターの使用もお願いいたします。

一ノ瀬

---------- Forwarded message ---------
From: 仁科 大輔 <d-nishina@kanto-tv.co.jp>
Date: 2025年11月4日(火) 18:22
Subject: 【関東テレビ】11/10 取材クルー情報
To: 一ノ瀬 拓真 <ichinose.takuma@hinode-sangyo.co.jp>

一ノ瀬様
入館申請用のクルー情報をお送りします。よろしくお願いします。

""" + _CREW,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Forward (new text to the recipient) of six crew members' dates of birth and mobiles to building management.",
)

# -- 38. reply to the TV station; their crew list only in quoted text --------------------------

_m(
    sender=ICHINOSE,
    to=["仁科 大輔 <d-nishina@kanto-tv.co.jp>"],
    subject="Re: 【関東テレビ】11/10 取材クルー情報",
    charset="iso-2022-jp",
    body="""仁科様

クルー情報ありがとうございます。ビル側への入館申請を済ませました。
当日は8:45に1階防災センター前でお待ちしております。
機材は荷物用エレベーター（北側）をご利用ください。

一ノ瀬

""" + "\n".join("> " + line for line in ("一ノ瀬様\n入館申請用のクルー情報をお送りします。よろしくお願いします。\n\n" + _CREW).splitlines()),
    expect="pass", entities=[], detectors=[],
    note="The crew list appears only as '>' quoted text going back to the station that sent it.",
)

# -- 39. HTML-only: six campaign winners with addresses, to the ad agency ---------------------

_WINNERS = [
    ("宇津木 奈央", "〒060-0042", "北海道札幌市中央区大通西十丁目4-1 ブランズ大通902", "090-4410-8827"),
    ("井筒 颯", "〒980-0811", "宮城県仙台市青葉区一番町2-7-17", "080-2276-3351"),
    ("綿貫 孝子", "〒330-0063", "埼玉県さいたま市浦和区高砂3-14-2", "048-824-7719"),
    ("出雲 悠真", "〒460-0008", "愛知県名古屋市中区栄四丁目16-8 栄スカイ1105", "070-5583-2290"),
    ("片桐 桃花", "〒530-0001", "大阪府大阪市北区梅田1-11-4-1200", "090-8802-6614"),
    ("日下部 勲", "〒812-0011", "福岡県福岡市博多区博多駅前3-25-21", "092-473-5528"),
]

_rows_html = "".join(
    f"<tr><td>{i}</td><td>{n}</td><td>{z}</td><td>{a}</td><td>{t}</td></tr>"
    for i, (n, z, a, t) in enumerate(_WINNERS, start=1))

_m(
    sender=ASHIDA,
    to=["第一広告社 柳瀬 様 <yanase.k@daiichi-kokoku.co.jp>"],
    subject="SNSキャンペーン 当選者（A賞）発送先のご連絡",
    charset="utf-8",
    html=f"""<html><body>
<p>第一広告社<br>柳瀬様</p>
<p>お世話になっております。日の出産業の芦田です。<br>
「#ひのでのある暮らし」キャンペーンA賞の当選者6名の発送先をお送りします。<br>
賞品（ヒノテック製タンブラー）の発送手配をお願いいたします。</p>
<table border="1" cellpadding="4">
<tr><th>No</th><th>氏名</th><th>郵便番号</th><th>住所</th><th>電話番号</th></tr>
{_rows_html}
</table>
<p>発送完了後、追跡番号をまとめてご連絡いただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 広報部 芦田 彩乃<br>TEL 03-5201-7734</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of six campaign winners with home address and phone sent to the ad agency.",
)

# -- 40. CSV without a name column: preview invitation addresses -------------------------------

_m(
    sender=ICHINOSE,
    to=["発送センター受付 <uketsuke@hassou-center.co.jp>"],
    subject="試写会招待状 発送データ（8件）",
    charset="iso-2022-jp",
    body="""株式会社はっそうセンター
ご担当者様

日の出産業 広報部の一ノ瀬です。
企業CM試写会の招待状の発送データをお送りします。
宛名は別紙の当選番号で印字する運用のため、氏名列はございません。
11月17日（月）発送でお願いいたします。
""" + SIG_ICHINOSE,
    attachments=[{
        "kind": "csv", "name": "試写会_発送データ.csv", "encoding": "utf-8",
        "rows": [
            ["当選番号", "郵便番号", "住所", "電話番号", "年代", "来場人数"],
            ["P-0012", "154-0024", "東京都世田谷区三軒茶屋2-11-23 サンハイツ305", "090-6672-1180", "30代", "2"],
            ["P-0027", "222-0033", "神奈川県横浜市港北区新横浜3-6-12", "045-472-9031", "50代", "1"],
            ["P-0031", "270-0034", "千葉県松戸市新松戸4-118", "080-3352-7764", "40代", "2"],
            ["P-0048", "336-0017", "埼玉県さいたま市南区南浦和2-40-5", "070-2219-5806", "20代", "2"],
            ["P-0055", "183-0055", "東京都府中市府中町1-9-2 府中グリーン702", "090-8415-3327", "60代", "1"],
            ["P-0063", "211-0004", "神奈川県川崎市中原区新丸子東3-1100", "044-722-6148", "30代", "2"],
            ["P-0071", "192-0083", "東京都八王子市旭町12-4", "080-9930-4471", "40代", "2"],
            ["P-0089", "300-0036", "茨城県土浦市大和町9-2", "029-821-5503", "50代", "1"],
        ],
    }],
    expect="stop", entities=["JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="Eight private persons' home addresses and phones, without a name column, sent to a shipping contractor.",
)

# -- 41. a freelance photographer's My Number, to the outsourced accountant --------------------

_mn0 = my_number(SEED + 0)
_m(
    sender=ICHINOSE,
    to=["みなと会計 源田 様 <genda@minato-kaikei.jp>"],
    subject="報酬支払調書の作成について（外部カメラマン1名）",
    charset="iso-2022-jp",
    body=f"""税理士法人みなと会計
源田様

いつもお世話になっております。日の出産業 広報部の一ノ瀬です。
本年、広報誌の撮影をお願いしている外部カメラマンの方について、
支払調書の作成に必要な情報をお送りいたします。

　氏名　　：芹沢 航大（せりざわ こうだい）
　住所　　：〒248-0014 神奈川県鎌倉市由比ガ浜二丁目5-31
　個人番号：{_mn0[:4]} {_mn0[4:8]} {_mn0[8:]}
　支払総額：1,386,000円（源泉徴収税額 141,517円）

本人確認書類の写しは、経理部から別途お送りします。
""" + SIG_ICHINOSE,
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="A photographer's My Number with name and address sent outside by mail.",
)

# -- 43. five influencers, one block each, to the ad agency ------------------------------------

_m(
    sender=ASHIDA,
    to=["第一広告社 デジタル推進部 <digital@daiichi-kokoku.co.jp>"],
    subject="PRサンプル送付先（インフルエンサー5名）",
    charset="utf-8",
    body="""第一広告社 デジタル推進部 御中

日の出産業の芦田です。
先日ご提案いただいたインフルエンサー施策、5名の方から承諾をいただきました。
サンプル（ひので工房 キッチンシリーズ）の送付をお願いいたします。

■1
　お名前：茅野 リサ（@risa_kitchenlog）
　メール：risa.chino.works@gmail.com
　TEL：090-7718-2045
　送付先：〒150-0011 東京都渋谷区東3-22-14 ルミエール恵比寿402

■2
　お名前：鳥越 晴美（@harumi_ouchigohan）
　メール：harumi.torigoe@icloud.com
　TEL：080-4452-9963
　送付先：〒231-0023 神奈川県横浜市中区山下町118-5

■3
　お名前：安曇 翔（@sho_camp_meshi）
　メール：sho.azumi@outlook.jp
　TEL：070-2206-4381
　送付先：〒400-0031 山梨県甲府市丸の内2-4-9

■4
　お名前：国分 真衣（@mai_5min_recipe）
　メール：mai.kokubun@yahoo.co.jp
　TEL：090-3361-0728
　送付先：〒651-0087 兵庫県神戸市中央区御幸通6-1-20

■5
　お名前：祖父江 陸（@riku_papa_lunch）
　メール：riku.sobue.0421@gmail.com
　TEL：080-9140-5527
　送付先：〒464-0850 愛知県名古屋市千種区今池1-8-8

投稿の解禁日は12月1日です。投稿前の確認フローは前回どおりでお願いします。

芦田
日の出産業株式会社 広報部
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="Five private persons, one block each with e-mail, phone and home address, sent to the ad agency.",
)

# -- 44. an employee's hearing impairment, to a freelance writer ------------------------------

_m(
    sender=SHOJI,
    to=["小原 紬 <tsumugi.ohara@outlook.jp>"],
    subject="社内報「ひとインタビュー」取材メモの共有",
    charset="iso-2022-jp",
    body="""小原様

お世話になっております。東海林です。
次号の「ひとインタビュー」について、事前の取材メモをお送りします。

・対象：設計部 主任　舘 沙耶香さん（入社8年目）
・生まれつきの聴覚障害があり、打ち合わせは手話通訳と音声認識アプリを併用
・障害者手帳（2級）を所持、本人は記事で触れることに前向き
・取材は筆談と手話通訳（社内の通訳担当が同席）で行います

原稿は社内報の掲載前に、ご本人と人事部の確認を挟みます。
""" + SIG_SHOJI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="A named employee's disability sent to an outside writer on free mail: 要配慮個人情報 of one person.",
)

# -- 45. Q&A document headed Confidential, to the PR agency ------------------------------------

_m(
    sender=OKONOGI,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="想定問答集（記者会見用）ドラフト",
    charset="iso-2022-jp",
    body="""深作様

小此木です。記者会見用の想定問答集のドラフトです。
Q12以降（経営責任に関する質問）の回答ぶりについて、ご意見をお願いします。
""" + SIG_OKONOGI,
    attachments=[{
        "kind": "docx", "name": "想定問答集_draft_1030.docx",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Confidential - Do not distribute",
        "paragraphs": ["想定問答集（記者会見用）ドラフト 2025/10/30",
                       "Q1. 回収の対象となる製品と数量は？",
                       "A1. 対象は工業用接着剤「ヒノボンド E-12」の3ロット、計18,600缶です。",
                       "Q12. 経営陣の責任についてどう考えるか？",
                       "A12. （検討中）"],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX stamped CONFIDENTIAL in header and footer sent to the PR agency.",
)

# -- 46. driver's licence for a location-shoot vehicle -----------------------------------------

_m(
    sender=ICHINOSE,
    to=["ひかりレンタカー 日本橋店 <nihonbashi@hikari-rentacar.co.jp>"],
    subject="ロケ車両（ハイエース）予約と運転者登録",
    charset="cp932",
    body="""ひかりレンタカー 日本橋店 御中

日の出産業の一ノ瀬です。撮影用車両の予約をお願いいたします。

　車種　：ハイエース ワゴン（10人乗り）
　期間　：11月12日 8:00 ～ 11月13日 20:00
　法人契約番号：HK-20418

運転者登録（1名）
　氏名　　　　：一ノ瀬 拓真
　生年月日　　：平成9年6月15日
　運転免許証番号：第 302418556701 号
　有効期限　　：令和10年7月15日まで（中型 8t限定）

当日は免許証原本を持参いたします。
""" + SIG_ICHINOSE,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="Driver's licence number with date of birth sent to a rental company: identity document.",
)

# -- 47. kick-off mail with three outside companies in To/Cc ------------------------------------

_m(
    sender=OKONOGI,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    cc=["柳瀬 健 <yanase.k@daiichi-kokoku.co.jp>", "志賀 拓海 <shiga@studio-lumiere.jp>",
        "ashida.ayano@hinode-sangyo.co.jp"],
    subject="【キックオフ】創業75周年 企業広告プロジェクト",
    charset="iso-2022-jp",
    body="""ブライトワンPR 深作様
第一広告社 柳瀬様
スタジオ・ルミエール 志賀様

お世話になっております。日の出産業の小此木です。
創業75周年の企業広告プロジェクトのキックオフを下記のとおり行います。

　日時：11月18日（火）10:00～12:00
　場所：弊社本社 6階 大会議室（オンライン併用）
　議題：全体スケジュール、役割分担、撮影候補地

各社のご出席者を11/12までにお知らせください。
""" + SIG_OKONOGI,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="Three outside companies (PR agency, ad agency, studio) see each other in To/Cc: should have been Bcc.",
)

# -- 49. an employee who was a crime victim, to the PR agency ----------------------------------

_m(
    sender=MAKABE,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="取材申し込みへの対応方針（営業所の強盗事件）",
    charset="utf-8",
    body="""深作様

真壁です。昨日の件でご相談です。

先週の仙台営業所の強盗事件について、東北の地元紙から
「被害に遭った社員に話を聞きたい」と取材の申し込みが来ています。
被害者は営業所の三ツ矢 千尋（営業二課、29歳）で、刃物で脅され、現在も通院しながら
自宅療養中です。本人は取材を望んでいません。

お断りする場合の文面と、社名のみ出る場合のコメント案を作っていただけますか。
""" + SIG_MAKABE,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="A named employee who was a crime victim, with her treatment, sent to the PR agency: 要配慮個人情報.",
)

# =============================================================================================
# ordinary mail close to the line
# =============================================================================================

# -- release to the distribution service, with the company's 法人番号 --------------------------

_m(
    sender=PRBOX,
    to=["プレスゲート 配信受付 <haishin@pressgate.jp>"],
    subject="配信依頼：【日の出産業】2025年度 第2四半期決算説明会の開催について",
    charset="iso-2022-jp",
    body=f"""プレスゲート 配信受付 ご担当者様

いつもお世話になっております。日の出産業 広報部です。
下記のとおりリリースの配信をお願いいたします。

・配信日時：2025年11月7日（金）15:30
・配信先カテゴリ：経済・産業／化学・素材／IR
・添付：リリース本文（Word）、ロゴ（PNG）

請求書の宛先は前回と同じです。
　法人名：日の出産業株式会社
　法人番号：{HINODE_CORP}
　請求書送付先：〒103-0022 東京都中央区日本橋室町4-8-15 日の出ビル6F 広報部

よろしくお願いいたします。

日の出産業株式会社 広報部
TEL 03-5201-7734 / pr@hinode-sangyo.co.jp
""",
    attachments=[{"kind": "docx", "name": "決算説明会開催のお知らせ.docx",
                  "paragraphs": ["2025年度 第2四半期決算説明会の開催について",
                                 "日時：2025年11月14日（金）16:00～17:00",
                                 "形式：オンライン（Zoomウェビナー）",
                                 "説明者：代表取締役社長 日野 雅之、取締役 CFO 乾 康弘"]},
                 {"kind": "png", "name": "hinode_logo.png"}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="Release order to a distribution service; only the company's own 法人番号 and office address.",
)

# -- two outside organisations in a normal meeting mail -----------------------------------------

_m(
    sender=ASHIDA,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    cc=["柳瀬 健 <yanase.k@daiichi-kokoku.co.jp>", "okonogi.wataru@hinode-sangyo.co.jp"],
    subject="75周年 記者発表会と新聞広告の連動について（打ち合わせ日程）",
    charset="iso-2022-jp",
    body="""ブライトワンPR 深作様
（cc：第一広告社 柳瀬様）

お世話になっております。日の出産業の芦田です。
記者発表会翌日の新聞全面広告との連動について、三者で一度すり合わせをさせてください。

候補：
　11/11（火）15:00-16:00
　11/12（水）10:00-11:00
　11/13（木）17:00-18:00

オンラインで30分～1時間を想定しています。ご都合をお知らせください。
""" + SIG_ASHIDA,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="Two outside organisations (PR agency and ad agency) in To/Cc: a normal three-way meeting mail.",
)

# -- distribution list of outlets: role addresses, no people ------------------------------------

_m(
    sender=ICHINOSE,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="リリース配信先（業界紙・編集部窓口）",
    charset="iso-2022-jp",
    body="""深作様

リリースの配信先のうち、業界紙は各社の編集部窓口（代表アドレス）宛てにしています。
一覧をCSVでお送りしますので、御社の配信リストとの重複をご確認ください。
記者個人宛ての分は含めていません。

一ノ瀬
""",
    attachments=[{
        "kind": "csv", "name": "配信先_業界紙_編集部窓口.csv", "encoding": "cp932",
        "rows": [["媒体名", "窓口", "メールアドレス", "代表電話"],
                 ["化学工業ジャーナル", "編集部", "news@kagaku-journal.co.jp", "03-3664-2030"],
                 ["プラスチック新報", "編集部", "henshu@plastic-shimpo.co.jp", "06-6263-0900"],
                 ["日刊モビリティ", "ニュースデスク", "desk@nikkan-mobility.jp", "03-3808-2200"],
                 ["ものづくり通信", "編集部", "desk@monozukuri-tsushin.jp", "03-5465-0380"],
                 ["素材産業レポート", "編集部", "press@sozai-report.jp", "03-3541-7712"],
                 ["電子部品タイムズ", "報道部", "news@denshi-times.co.jp", "03-5821-4460"],
                 ["塗料・接着剤ニュース", "編集部", "info@toryo-news.co.jp", "03-3203-1185"],
                 ["環境ビジネス日報", "編集部", "release@kankyo-biz.jp", "03-6261-0098"],
                 ["中部産業新聞", "経済部", "keizai@chubu-sangyo.co.jp", "052-951-3300"],
                 ["関西ものづくり新聞", "編集部", "henshu@kansai-monozukuri.jp", "06-6441-2271"],
                 ["物流ウィークリー通信", "編集部", "news@butsuryu-weekly.jp", "03-5640-8810"],
                 ["包装タイムス", "編集部", "editor@housou-times.co.jp", "03-3666-5520"]],
    }],
    expect="pass", entities=[], detectors=[],
    note="Twelve media outlets' role addresses (news@, henshu@) and switchboards: a business list, no individuals.",
)

# -- media training with crisis vocabulary ---------------------------------------------------

_m(
    sender=MAKABE,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="役員向けメディアトレーニング（危機対応編）のお願い",
    charset="iso-2022-jp",
    body="""深作様

いつもお世話になっております。真壁です。
今期の役員向けメディアトレーニングは「危機対応編」でお願いしたく、ご相談です。

想定シナリオ（案）：
　1. 製品不具合による自主回収と記者会見
　2. 個人情報の漏えい（通販サイトへの不正アクセス）
　3. 工場での労災事故と地元メディアの現場取材
　4. 役員の不祥事に関する週刊誌の直撃取材

実施日：12月9日（火）13:00～17:00、対象：社長以下 役員7名
模擬記者会見の記者役は、前回同様に御社から3名ほどお願いできますでしょうか。
お見積りもあわせてお願いいたします。
""" + SIG_MAKABE,
    expect="pass", entities=[], detectors=[],
    note="Crisis-training scenarios naming leaks, accidents and scandals in general: no person, no data.",
)

# -- an NDA with the PR agency ---------------------------------------------------------------

_m(
    sender=OKONOGI,
    to=["ブライトワンPR 契約管理 <keiyaku@brightone-pr.co.jp>"],
    subject="秘密保持契約書（ドラフト）のご確認",
    charset="iso-2022-jp",
    body="""ブライトワンPR 契約管理ご担当者様

お世話になっております。日の出産業の小此木です。
来期の広報業務委託に先立ち、秘密保持契約書のドラフトをお送りいたします。
弊社法務部のひな形をベースに、第5条（秘密情報の返還・廃棄）の期間を30日に変更しております。

ご意見がございましたら、修正履歴付きでお戻しください。
締結は電子契約（クラウドサイン）を予定しております。
""" + SIG_OKONOGI + DISC_JA,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_ドラフト_日の出産業_ブライトワンPR.docx",
        "title": "秘密保持契約書",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という。）とブライトワンPR株式会社（以下「乙」という。）は、"
            "甲の広報業務の委託に関して相互に開示する秘密情報の取扱いについて、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示した情報をいう。",
            "第2条（秘密保持義務）乙は、秘密情報を第三者に開示または漏えいしてはならない。",
            "第5条（返還・廃棄）乙は、本契約終了後30日以内に秘密情報を返還または廃棄する。",
            "第9条（有効期間）本契約の有効期間は締結日から2年間とする。",
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="Mail about an NDA, with the NDA draft and the standard disclaimer: talks about secrecy but carries no marking.",
)

# -- English mail to a foreign partner, with a confidentiality disclaimer ---------------------

_m(
    sender=MAKABE,
    to=["Karin Lindqvist <karin.lindqvist@lindqvist-polymers.com>"],
    subject="Joint announcement - draft quote from Mr. Hino",
    charset="utf-8",
    body="""Dear Karin,

Thank you for sending over the draft of the joint announcement.
Please find below the quote from our President, Masayuki Hino, for the release:

"We are delighted to partner with Lindqvist Polymers to bring bio-based
high-performance resins to automotive customers in Europe and Japan."
- Masayuki Hino, President and CEO, Hinode Sangyo Co., Ltd.

We would prefer to publish on 9 December at 09:00 CET / 17:00 JST.
Could you confirm whether that timing works on your side?
""" + SIG_EN + """
CONFIDENTIALITY NOTICE:""" + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="English partner mail with a standard confidentiality disclaimer in the footer: not a marking.",
)

# -- internal: birthday list for the in-house magazine ---------------------------------------

_m(
    sender=SHOJI,
    to=["社内報編集委員 <shanaiho@hinode-sangyo.co.jp>"],
    subject="12月号「今月のお誕生日」掲載者リスト",
    charset="iso-2022-jp",
    body="""編集委員の皆さん

12月号の「今月のお誕生日」コーナー用に、人事部からもらったリストを共有します。
掲載OKの方のみです（掲載不可の方は人事部で除外済み）。内線は取材依頼用です。

所属　　　　　　　氏名　　　　　誕生日　　　　　内線　携帯
-----------------------------------------------------------------
営業部　　　　　　香取 俊介　　1987年12月3日　　4521　090-5512-3380
技術本部　　　　　鍋島 玲　　　1995年12月7日　　4602　080-2741-0095
北上工場　　　　　及川 雅人　　1979年12月11日　 7110　070-3318-6624
人事部　　　　　　海老原 樹　　1999年12月14日　 4330　080-9114-7362
経理部　　　　　　尾身 さつき　1991年12月20日　 4415　090-6603-1247
研究開発センター　真栄城 航　　1995年12月24日　 5207　090-8821-6634
生産技術部　　　　千賀 大吾　　1983年12月29日　 7203　080-4478-2951
-----------------------------------------------------------------

東海林
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=[],
    note="A list of seven employees with birthdays and mobiles, but every recipient is internal.",
)

# -- internal: forwarding the 社外秘 Q&A --------------------------------------------------------

_m(
    sender=OKONOGI,
    to=["ashida.ayano@hinode-sangyo.co.jp", "ichinose.takuma@hinode-sangyo.co.jp"],
    cc=["makabe.satoko@hinode-sangyo.co.jp"],
    subject="FW: 【社外秘】想定問答集 v5（法務確認済み）",
    charset="iso-2022-jp",
    body="""芦田さん、一ノ瀬さん

法務確認済みの想定問答 v5 です。明日の会見前ブリーフィングで使います。
電話での問い合わせ対応もこの版に沿ってお願いします。

小此木

-----Original Message-----
From: 法務部 乾 <inui.yasushi@hinode-sangyo.co.jp>
Subject: 【社外秘】想定問答集 v5（法務確認済み）

【社外秘】
広報部 小此木さん
修正箇所はハイライトしています。Q8の「因果関係」の表現は v5 の文言でお願いします。
""",
    attachments=[{"kind": "docx", "name": "想定問答集_v5.docx", "page_header": "社外秘",
                  "paragraphs": ["想定問答集 v5", "Q8. 事故と製品の因果関係は？",
                                 "A8. 現在、第三者機関とともに調査中です。"]}],
    expect="pass", entities=[], detectors=[],
    note="Documents marked 社外秘, but only forwarded among internal colleagues.",
)

# -- internal subdomain recipient with the reporter list ---------------------------------------

_m(
    sender=OKONOGI,
    to=["北上工場 総務課 <soumu-kitakami@mail.hinode-sangyo.co.jp>"],
    subject="見学会 来場予定記者リスト（受付用）",
    charset="iso-2022-jp",
    body="""北上工場 総務課 各位

11/6の報道向け工場見学会の来場予定者リストです。受付と名札の準備にお使いください。
現時点で12名、前日までに増減があれば更新版をお送りします。

小此木
""",
    attachments=[{"kind": "xlsx", "name": "見学会_来場予定記者.xlsx",
                  "sheets": {"来場予定": [["媒体", "部署", "氏名", "ふりがな", "直通TEL", "携帯",
                                           "E-mail", "担当分野"]] + _MEDIA_ROWS}}],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="Twelve reporters' contact list, sent to the plant on the internal subdomain mail.hinode-sangyo.co.jp.",
)

# -- product facts and prices for a trade magazine ---------------------------------------------

_m(
    sender=ASHIDA,
    to=["プラスチック新報 蓮見 様 <hasumi@plastic-shimpo.co.jp>"],
    subject="Re: 新製品一覧号への掲載情報",
    charset="cp932",
    body="""プラスチック新報
蓮見 編集長

お世話になっております。日の出産業の芦田です。
「新製品一覧号」への掲載情報をお送りします。

品番　　　　　　グレード　　　　　　　　標準価格（円/kg）　発売日
------------------------------------------------------------------
HX-300-N　　　　高耐熱PA ナチュラル　　　　1,480　　　　2025/10/01
HX-300-BK　　　 高耐熱PA 黒　　　　　　　　1,520　　　　2025/10/01
HX-300-R30　　　リサイクル材30%配合　　　　1,390　　　　2025/10/01
HB-E12S　　　　 エポキシ系接着剤（改良品）　2,860　　　　2026/01/15
------------------------------------------------------------------
※価格は参考価格（税別）です。ロット・荷姿により異なります。

製品写真は先日お送りしたものをお使いください。
""" + SIG_ASHIDA,
    expect="pass", entities=[], detectors=[],
    note="Price list with product codes and dates for a trade magazine: no personal data.",
)

# -- invoice follow-up: ad agency's T-number and company bank account ---------------------------

_DAIICHI_T = "T" + _corp("301000062284")
_m(
    sender="経理部 請求書受付 <keiri-ap@hinode-sangyo.co.jp>",
    to=["第一広告社 経理部 <keiri@daiichi-kokoku.co.jp>"],
    cc=["okonogi.wataru@hinode-sangyo.co.jp"],
    subject="ご請求書（No.DK-2510-0387）受領のご連絡",
    charset="iso-2022-jp",
    body=f"""株式会社第一広告社 経理部 御中

いつもお世話になっております。日の出産業 経理部です。
下記のご請求書を受領いたしました。

　請求書番号：DK-2510-0387（10月分 新聞広告掲載料）
　ご請求金額：3,960,000円（税込）
　登録番号　：{_DAIICHI_T}
　お支払予定日：2025年11月28日
　お振込先　：みどり銀行 日本橋支店 普通 2208147 カ）ダイイチコウコクシャ

振込手数料は弊社負担にて処理いたします。
ご不明点がございましたら、経理部（03-5201-7760）までお問い合わせください。

日の出産業株式会社 経理部 支払担当
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="Invoice receipt: an invoice number, the agency's T-number and its company bank account, no person's data.",
)

# -- sample shipment with tracking numbers ----------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["週刊ビジネスアイ 編集部 <henshu@weekly-bizeye.jp>"],
    subject="製品サンプル発送のお知らせ",
    charset="iso-2022-jp",
    body="""週刊ビジネスアイ 編集部 御中

お世話になっております。日の出産業 広報部の一ノ瀬です。
誌面撮影用の製品サンプルを本日発送いたしました。

　品目：ヒノテック HX-300 成形サンプル（コネクタハウジング）×3、ペレット小瓶×2
　配送：ヤマト運輸 宅急便
　伝票番号：4521-8830-1927、4521-8830-1938（2口）
　お届け予定：11月5日（水）午前中

撮影後はご返却不要です。
""" + SIG_ICHINOSE,
    expect="pass", entities=[], detectors=[],
    note="Tracking numbers and product codes only.",
)

# -- reply with the reporter's mail under -----Original Message----- ----------------------------

_m(
    sender=SHOJI,
    to=["寒河江 ゆかり <sagae.yukari@toto-keizai.co.jp>"],
    subject="RE: 連載「素材の底力」取材の件",
    charset="iso-2022-jp",
    body="""寒河江様

お世話になっております。東海林です。
開発担当の取材は、11月6日（木）13:30～14:30でお受けできます。
対応者は研究開発センター長の真栄城と、リサイクル樹脂開発グループの五百旗頭です。
場所は本社6階の応接室をご用意します。

よろしくお願いいたします。
""" + SIG_SHOJI + """
-----Original Message-----
From: 寒河江 ゆかり <sagae.yukari@toto-keizai.co.jp>
Sent: Wednesday, October 15, 2025 9:48 AM
To: 東海林 里美 <shoji.satomi@hinode-sangyo.co.jp>
Cc: 漆間 亮介 <urushima@toto-keizai.co.jp>
Subject: 連載「素材の底力」取材の件

東海林様

東都経済新聞の寒河江です。先ほどお電話でご相談した件です。
撮影は写真部の漆間（携帯 080-2290-6617）が担当いたします。
当日の連絡は私の携帯（080-3390-1174）までお願いいたします。

寒河江 ゆかり
東都経済新聞社 企業報道部
〒100-0004 東京都千代田区大手町1-7-3
""",
    expect="pass", entities=[], detectors=[],
    note="The reporter's and photographer's phones are only in the quoted original message.",
)

# -- English reply to a foreign journalist, with "On ... wrote:" --------------------------------

_m(
    sender=MAKABE,
    to=["Daniel Okafor <d.okafor@asia-industry-review.com>"],
    subject="Re: Interview request - EV materials in Japan",
    charset="utf-8",
    body="""Dear Mr. Okafor,

Thank you for your interest in Hinode Sangyo.
Our CTO, Takashi Ezoe, would be happy to answer your questions by video call.
Would 19 November at 10:00 JST (01:00 GMT) suit you? We will send a Teams link.

Please note that we cannot comment on individual customers or unannounced programmes.
""" + SIG_EN + """
On Mon, 10 Nov 2025 at 08:14, Daniel Okafor <d.okafor@asia-industry-review.com> wrote:
> Dear Ms. Makabe,
> I am writing a feature on heat-resistant resins for EV connectors and would like
> to speak with one of your engineers. My mobile is +44 7700 900 412.
> Best, Daniel Okafor, Asia Industry Review
""",
    expect="pass", entities=[], detectors=[],
    note="English interview arrangement; the journalist's own phone only in quoted text.",
)

# -- "社外秘" mentioned in running text --------------------------------------------------------

_m(
    sender=ASHIDA,
    to=["鰐淵 剛 <wanibuchi@weekly-bizeye.jp>"],
    subject="Re: 原稿確認のお願い（日の出産業）",
    charset="iso-2022-jp",
    body="""鰐淵様

原稿をお送りいただきありがとうございます。2点だけご相談させてください。

1. 第3段落の「北上工場の投資額 約310億円」は、社外秘の数字のためお出しできません。
   「数百億円規模」などの表現に差し替えていただけますでしょうか。
2. 「取引先のA社」との記載は、機密保持契約の関係で社名を推測できる表現を避けたく、
   「大手自動車部品メーカー」としていただけますと幸いです。

それ以外は問題ございません。お手数をおかけします。

芦田
""",
    expect="pass", entities=[], detectors=[],
    note="Mentions 社外秘 and 機密保持契約 in running text; no document is marked.",
)

# -- factory tour guidance: 撮影禁止, 運転免許証 ----------------------------------------------

_m(
    sender=OKONOGI,
    to=["及川 健太 <k.oikawa@kitakami-shimpo.co.jp>"],
    subject="11/6 工場見学会のご案内（ご参加ありがとうございます）",
    charset="iso-2022-jp",
    body="""岩手北上新報 報道部
及川様

工場見学会へのご参加、ありがとうございます。当日のご案内です。

・集合：11月6日（木）13:00 北上工場 正門守衛所
・お持ち物：名刺、身分証明書（運転免許証、社員証など）
・服装：安全靴は貸し出します。サンダル・ヒールはご遠慮ください。
・撮影：機密保持のため、成形棟の一部は撮影禁止エリアとなります（現地で表示します）。
　撮影禁止エリアでは、カメラ・スマートフォンを受付でお預かりします。

駐車場は正門右手の来客用（10台分）をご利用ください。
""" + SIG_OKONOGI,
    expect="pass", entities=[], detectors=[],
    note="Tour guidance mentioning 運転免許証 and 機密保持 as words only; no identifier, no marking.",
)

# -- media kit PDF -------------------------------------------------------------------------------

_m(
    sender=SHOJI,
    to=["久遠 さやか <kudo.sayaka@bizfront.jp>"],
    subject="メディアキット（会社概要資料）の送付",
    charset="utf-8",
    body="""ビズフロント 編集部
久遠様

お世話になっております。日の出産業の東海林です。
昨日お電話でご依頼いただいたメディアキットをお送りします。
数字は2025年3月期の有価証券報告書ベースです。
""" + SIG_SHOJI,
    attachments=[{
        "kind": "pdf", "name": "Hinode_MediaKit_2025.pdf", "title": "日の出産業 メディアキット",
        "lines": ["日の出産業株式会社 メディアキット 2025", "",
                  "設立：1952年4月　資本金：48億円　従業員数（連結）：2,418名",
                  "売上高（2025年3月期）：1,862億円　営業利益：142億円",
                  "事業：機能性樹脂 58%／電子材料 27%／接着・コーティング 15%",
                  "拠点：本社（東京都中央区）、北上工場、四日市工場、研究開発センター（つくば市）",
                  "海外：米国、ドイツ、タイ、中国（上海）",
                  "広報窓口：広報部 03-5201-7734 pr@hinode-sangyo.co.jp"],
        "table": [["年度", "売上高", "営業利益"], ["2023", "1,704億円", "118億円"],
                  ["2024", "1,791億円", "131億円"], ["2025", "1,862億円", "142億円"]],
    }],
    expect="pass", entities=[], detectors=[],
    note="Company facts and figures in a readable PDF: no personal data.",
)

# -- ad placement schedule -----------------------------------------------------------------------

_m(
    sender=YAEGASHI,
    to=["柳瀬 健 <yanase.k@daiichi-kokoku.co.jp>"],
    subject="Re: 12月 出稿スケジュール確定版",
    charset="iso-2022-jp",
    body="""柳瀬様

12月の出稿スケジュール、確定版を添付のとおりお送りします。
東都経済新聞の全面広告は12/4（木）朝刊で確定とさせてください。

八重樫
""",
    attachments=[{"kind": "xlsx", "name": "出稿スケジュール_12月_確定.xlsx",
                  "sheets": {"12月": [["2025年12月 出稿スケジュール（確定）"], [],
                                      ["掲載日", "媒体", "面・枠", "サイズ", "原稿", "金額（円）"],
                                      ["12/4", "東都経済新聞", "朝刊 全国版", "全15段", "75周年A", 18500000],
                                      ["12/4", "日刊産業新聞", "1面", "5段", "75周年B", 2400000],
                                      ["12/8", "週刊ビジネスアイ", "表4", "1P", "75周年A", 1800000],
                                      ["12/1-12/14", "ビズフロント", "ネイティブ記事", "-", "タイアップ", 1500000],
                                      ["12/10", "プラスチック新報", "2面", "3段", "HX-300", 380000]]}}],
    expect="pass", entities=[], detectors=[],
    note="Ad schedule: media, dates, sizes and prices only.",
)

# -- press tour bus: three reporters with mobiles, to the partner bus company --------------------

_m(
    sender=ICHINOSE,
    to=["青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    subject="11/6 北上駅～北上工場 送迎の乗車名簿（追加分）",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社 貸切バス営業所 御中

いつもお世話になっております。日の出産業の一ノ瀬です。
11/6の送迎につき、当日別便（16:40 北上駅行き）に乗車する記者の方3名をお知らせします。
遅延時の連絡用に携帯番号も記載しています。

　1. 緒方 真人 様（化学工業ジャーナル）　０９０－４７１８－２２０３
　2. 星野 公平 様（中部日報）　　　　　　０８０－６６０２－３１７５
　3. 粟津 孝之 様（日刊モビリティ）　　　０７０－５５３９－８８４０

本便以外の乗車名簿は前回お送りしたとおりです。
""" + SIG_ICHINOSE,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="Three passengers with mobiles (full-width digits) to the partner bus company: below five, may warn.",
)

# -- co-release with a partner and the PR agency (two organisations) -----------------------------

_m(
    sender=OKONOGI,
    to=["宮腰 玲子 <miyakoshi@kawasaki-denki.co.jp>"],
    cc=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="共同リリース 最終稿と配信分担について",
    charset="iso-2022-jp",
    body="""川崎電機 宮腰様
（cc：ブライトワンPR 深作様）

お世話になっております。日の出産業の小此木です。
共同リリースの最終稿を添付いたします。御社社長コメントの反映を確認いたしました。

配信の分担は以下のとおりでいかがでしょうか。
　・東証TDnet：両社それぞれ15:00に開示
　・記者クラブ（兜・重工）：弊社が投函
　・Web配信：ブライトワンPRさんにて15:05配信

ご確認のほど、よろしくお願いいたします。
""" + SIG_OKONOGI,
    attachments=[{"kind": "docx", "name": "共同リリース_最終稿.docx",
                  "paragraphs": ["日の出産業と川崎電機、EV用高電圧部材の共同開発で協業",
                                 "2025年12月3日", "日の出産業株式会社／川崎電機株式会社"]}],
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="Partner and PR agency in To/Cc: two outside organisations, ordinary joint-release mail.",
)

# -- forwarding one reporter's contact to the PR agency -------------------------------------------

_m(
    sender=ASHIDA,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="FW: ご挨拶（日刊モビリティ 粟津）",
    charset="iso-2022-jp",
    body="""深作様

先日の展示会でご挨拶した日刊モビリティの粟津さんからメールをいただきました。
EV関連のリリースは今後粟津さんにも直接お送りしたいので、御社のリストにも
追加をお願いできますか。

芦田

----- 転送メッセージ -----
差出人: 粟津 孝之 <t.awazu@nikkan-mobility.jp>
宛先: 芦田 彩乃 <ashida.ayano@hinode-sangyo.co.jp>
件名: ご挨拶（日刊モビリティ 粟津）

日の出産業 芦田様
先日はブースでご説明いただき、ありがとうございました。
EV・電池分野を担当しております。今後ともよろしくお願いいたします。

粟津 孝之
日刊モビリティ 編集部 記者
TEL 03-3808-2250 / 携帯 070-5539-8840
t.awazu@nikkan-mobility.jp
""",
    expect="pass", entities=[], detectors=[],
    note="Forward of one reporter's business greeting and signature: one business contact.",
)

# -- social-media flare-up, no one identified ----------------------------------------------------

_m(
    sender=OKONOGI,
    to=["ブライトワンPR 危機対応チーム <crisis@brightone-pr.co.jp>"],
    subject="【相談】SNS上の投稿拡散について（ひので工房 ケトル）",
    charset="utf-8",
    body="""危機対応チームの皆さま

小此木です。昨夜からSNSで弊社ケトル（品番 HK-KT12）の「取っ手が外れた」という投稿が
拡散しています（リポスト約1.2万件）。

・現時点で同様の問い合わせはお客様相談室に4件
・品質保証部が該当ロットを確認中
・投稿者への個別の接触は行っていません

公式アカウントでの一次コメントを出すべきか、出すならどの文面か、
本日11時のオンライン会議でご意見をいただけますか。
""" + SIG_OKONOGI,
    expect="pass", entities=[], detectors=[],
    note="Crisis consultation about a product complaint trend; no customer is identified.",
)

# -- comment on マイナンバーカード for a reporter --------------------------------------------------

_m(
    sender=SHOJI,
    to=["仁科 大輔 <d-nishina@kanto-tv.co.jp>"],
    subject="Re: マイナ保険証の企業対応に関するアンケート",
    charset="iso-2022-jp",
    body="""関東テレビ 報道局
仁科様

アンケートへの回答をお送りします。

Q1. 社員のマイナンバーカード取得状況を把握しているか
　→ 把握していません。マイナンバー（個人番号）は法定調書の作成にのみ利用しています。
Q2. マイナ保険証への移行に伴う社内の支援策
　→ 健康保険組合と連携し、本社・各工場で説明会を計6回実施しました。
Q3. 個人番号の管理体制
　→ 人事部の限られた担当者のみが扱い、専用システムで管理しています。

社名の掲載は問題ございません。
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="Talks about マイナンバー and 健康保険 as topics; carries no number.",
)

# -- healthcare product release mentioning a disease in general ----------------------------------

_m(
    sender=PRBOX,
    to=["pr@hinode-sangyo.co.jp"],
    bcc=["iryo-desk@medical-device-news.jp", "news@kagaku-journal.co.jp",
         "henshu@plastic-shimpo.co.jp", "desk@nikkan-sangyo.co.jp"],
    subject="【プレスリリース】インスリン注入器向け 低溶出医療用樹脂を開発",
    charset="iso-2022-jp",
    body="""報道関係者各位

日の出産業、インスリン注入器向け 低溶出医療用樹脂「ヒノメディ M-20」を開発
～糖尿病の在宅治療で使われるペン型注入器の部材に～

日の出産業株式会社は、糖尿病患者の在宅治療に用いられるペン型インスリン注入器向けに、
溶出物を従来比60%低減した医療用樹脂「ヒノメディ M-20」を開発しました。
国内の糖尿病が強く疑われる人は約1,000万人とされ、在宅での自己注射の需要は拡大しています。

本件は、東都工業大学 医工学研究科との共同研究の成果です。
生物学的安全性試験（ISO 10993）の主要項目に適合しています。

【お問い合わせ】日の出産業株式会社 広報部 03-5201-7734
""",
    expect="pass", entities=[], detectors=[],
    note="Release about a medical product: disease named in general, no individual; reporters in Bcc.",
)

# -- customer case study: the customer's own name and title, back to the customer -------------

_m(
    sender=ASHIDA,
    to=["梶 恵理子 <kaji.eriko@tsubasa-system.jp>"],
    subject="導入事例記事（ツバサシステム様）原稿のご確認",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
製造DX推進部 部長 梶 恵理子 様

いつもお世話になっております。日の出産業 広報部の芦田です。
先日はインタビューにご協力いただき、誠にありがとうございました。
導入事例記事の原稿ができましたので、ご確認をお願いいたします。

　タイトル案：「成形条件の見える化で、不良率を3分の1に」
　掲載予定：弊社Webサイト「導入事例」、展示会配布用リーフレット
　お写真：インタビュー時に撮影したもの（梶様・プロジェクトメンバーの皆さま）

お名前・ご役職の表記、数値（不良率 2.4%→0.8%）をとくにご確認ください。
11月21日（金）までにご返信いただけますと幸いです。
""" + SIG_ASHIDA,
    attachments=[{"kind": "docx", "name": "導入事例_ツバサシステム様_原稿v1.docx",
                  "paragraphs": ["成形条件の見える化で、不良率を3分の1に",
                                 "ツバサシステム株式会社 製造DX推進部 部長 梶 恵理子 様",
                                 "「現場の勘に頼っていた条件出しを、データで説明できるようになりました」"]}],
    expect="pass", entities=[], detectors=[],
    note="Case-study draft sent to the interviewee herself: her own name and title only.",
)

# -- freelance photographer on iCloud ----------------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["Ren Tachibana <ren.tachibana.photo@icloud.com>"],
    subject="12/2 役員ポートレート撮影の詳細",
    charset="utf-8",
    body="""橘 蓮 様

お世話になっております。日の出産業の一ノ瀬です。
12月2日（火）の役員ポートレート撮影の詳細をお送りします。

　場所：本社6階 大会議室（背景紙グレーをご持参ください）
　時間：9:30 搬入、10:00～12:30 撮影（役員8名、1人15分目安）
　用途：統合報告書、Webサイト役員紹介
　納品：レタッチ済みデータ 各3カット、12月12日まで

駐車場は地下2階の来客用（B2-07）を確保しています。
""" + SIG_ICHINOSE,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="One freelance photographer on free mail; shoot logistics only.",
)

# -- interview transcript for confirmation (TXT) -----------------------------------------------

_m(
    sender=ASHIDA,
    to=["田所 健吾 <tadokoro@nikkan-sangyo.co.jp>"],
    subject="インタビュー原稿の修正（日野）",
    charset="iso-2022-jp",
    body="""田所様

インタビュー原稿のご確認の機会をいただき、ありがとうございました。
事実関係の修正のみ、テキストファイルに赤字相当で記載しております。

芦田
""",
    attachments=[{"kind": "txt", "name": "日野インタビュー_修正箇所.txt", "encoding": "utf-8",
                  "text": """【修正1】2段落目
（誤）北上工場の年産能力は3万トン
（正）北上工場の年産能力は2万4千トン

【修正2】4段落目
（誤）2030年に売上高3,000億円
（正）2030年度に売上高2,500億円（中期経営計画の目標）

【修正3】日野社長の発言
（誤）「他社には絶対に負けない」
（正）「お客様と一緒に、次の当たり前をつくりたい」
※ご本人の発言趣旨に合わせた修正です。
"""}],
    expect="pass", entities=[], detectors=[],
    note="Fact corrections to an interview draft in a TXT attachment.",
)

# -- press clippings with bylines ---------------------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="10月 掲載実績（クリッピング一覧）",
    charset="iso-2022-jp",
    body="""深作様

10月の掲載実績をまとめました。月次報告の集計にお使いください。
署名記事は記者名も入れています（次回アプローチの参考用）。

一ノ瀬
""",
    attachments=[{"kind": "xlsx", "name": "掲載実績_2025年10月.xlsx",
                  "sheets": {"10月": [["2025年10月 掲載実績"], [],
                                      ["掲載日", "媒体", "種別", "見出し", "署名", "広告換算（千円）"],
                                      ["10/2", "日刊産業新聞", "新聞", "日の出産業、高耐熱樹脂を発売", "田所 健吾", 1850],
                                      ["10/2", "化学工業ジャーナル", "業界紙", "HX-300 連続180℃", "緒方 真人", 620],
                                      ["10/6", "ものづくり通信", "Web", "EVコネクタ向け新素材", "簗瀬 千尋", 300],
                                      ["10/9", "中部日報", "新聞", "素材各社 EV向け攻勢", "星野 公平", 980],
                                      ["10/15", "プラスチック新報", "業界紙", "新製品一覧", "", 240],
                                      ["10/20", "日刊産業新聞", "新聞", "特集 EV部材の現在地", "田所 健吾", 3200],
                                      ["10/24", "関東テレビ", "TV", "ビジネス最前線（2分30秒）", "", 12000],
                                      ["10/30", "ビズフロント", "Web", "素材スタートアップとの協業", "久遠 さやか", 450]],
                             "集計": [["種別", "件数"], ["新聞", 3], ["業界紙", 2], ["Web", 2], ["TV", 1]]}}],
    expect="pass", entities=[], detectors=[],
    note="Clipping list: bylines of published articles, no contact data about anyone.",
)

# -- reply quoting the partner's own 【社外秘】 mail ---------------------------------------------

_m(
    sender=OKONOGI,
    to=["宮腰 玲子 <miyakoshi@kawasaki-denki.co.jp>"],
    subject="Re: 協業発表の社内スケジュール",
    charset="iso-2022-jp",
    body="""宮腰様

ご共有ありがとうございます。弊社側もこのスケジュールで問題ございません。
12/2の両社役員の最終確認は、弊社からは日野と真壁が出席します。

小此木

> 【社外秘】
> 日の出産業 小此木様
>
> 弊社側の発表までのスケジュールです。社外秘扱いでお願いします。
> 11/25 取締役会決議
> 12/2  両社役員による最終確認
> 12/3  15:00 同時開示
>
> 川崎電機株式会社 広報部 宮腰
""",
    expect="pass", entities=[], detectors=[],
    note="The 社外秘 stamp is only in the partner's own mail, quoted back to that partner; the new text carries no marking.",
)

# -- one free-mail writer plus one magazine (two parties) ---------------------------------------

_m(
    sender=ASHIDA,
    to=["桐生 みのり <m-kiryu_0814@yahoo.co.jp>"],
    cc=["鰐淵 剛 <wanibuchi@weekly-bizeye.jp>"],
    subject="タイアップ記事 取材日の確定",
    charset="iso-2022-jp",
    body="""桐生様
（cc：週刊ビジネスアイ 鰐淵様）

お世話になっております。日の出産業の芦田です。
タイアップ記事の取材日は、11月27日（木）14時からで確定とさせてください。
場所は研究開発センター（つくば）です。つくば駅から送迎いたします。

原稿の進行は、鰐淵様経由でご確認いただく流れで承知しました。
""" + SIG_ASHIDA,
    expect="pass", entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="One free-mail writer and one magazine in To/Cc: two parties, no personal data.",
)

# -- print order to the real partner nishiki-insatsu.co.jp ---------------------------------------

_m(
    sender=ICHINOSE,
    to=["堀 和臣 <hori@nishiki-insatsu.co.jp>"],
    subject="Re: 会社案内2026 色校正の戻し",
    charset="iso-2022-jp",
    body="""錦印刷 堀様

色校正ありがとうございました。戻しをPDFでお送りします。
P.6の工場写真をもう少し明るく、P.18の表の罫線を0.25ptに変更をお願いします。
それ以外は校了とさせてください。
""" + SIG_ICHINOSE,
    attachments=[{"kind": "pdf", "name": "会社案内2026_色校戻し.pdf",
                  "lines": ["会社案内2026 色校正 戻し", "P.6 工場写真：明るさ +10%",
                            "P.18 表罫線：0.25pt", "その他：校了"]}],
    expect="pass", entities=[], detectors=[],
    note="Print proof to the genuine partner domain nishiki-insatsu.co.jp.",
)

# -- 15 employees appear in a video: consent handled, no list -------------------------------------

_m(
    sender=OKONOGI,
    to=["柳瀬 健 <yanase.k@daiichi-kokoku.co.jp>"],
    subject="企業CM 社員出演分の同意書について",
    charset="iso-2022-jp",
    body="""柳瀬様

お問い合わせの件、企業CMに出演する社員15名の肖像使用同意書は
すべて回収済みです（原本は人事部で保管しております）。
御社への写しの提出は不要との理解でよろしいでしょうか。

なお、退職者が出た場合の差し替え対応については、契約書の第9条のとおり
弊社から個別にご相談いたします。
""" + SIG_OKONOGI,
    expect="pass", entities=[], detectors=[],
    note="Says consent forms exist for 15 employees; no names, no data.",
)

# -- award release: five winners named with company and title -----------------------------------

_m(
    sender=SHOJI,
    to=["ものづくりフォーラム実行委員会 事務局 <jimukyoku@monozukuri-forum.or.jp>"],
    subject="「ひので素材アワード2025」受賞者発表リリース（掲載用）",
    charset="utf-8",
    body="""事務局 ご担当者様

東海林です。フォーラム公式サイトのニュース欄への掲載用に、本日発表した
「ひので素材アワード2025」の受賞者リリースをお送りします。

――――
ひので素材アワード2025 受賞者（敬称略）
　大賞　　　 安斎 智也（株式会社リューズ 開発部長）「再生PAによるドローン筐体」
　優秀賞　　 鳴海 透（株式会社リューズ 代表取締役）「車椅子用軽量ホイール」
　優秀賞　　 宇喜多 紗英（東都工業大学 准教授）「生分解性接着剤の実用化」
　学生賞　　 桐谷 悠（東都工業大学大学院 修士2年）「廃漁網の再資源化」
　特別賞　　 ファム・ティ・ラン（北国フーズ株式会社 包装技術課）「紙モノマテリアル包装」
――――
表彰式：12月5日（金）さくらホテル 鳳凰の間
""" + SIG_SHOJI,
    expect="pass", entities=[], detectors=[],
    note="Published award winners with affiliation and title only: public business information, no personal data.",
)

# -- university professor: comment request ---------------------------------------------------

_m(
    sender=MAKABE,
    to=["宇喜多 紗英 先生 <ukita.sae@toto-tech.ac.jp>"],
    subject="統合報告書への寄稿のお願い",
    charset="iso-2022-jp",
    body="""東都工業大学 大学院工学研究科
准教授 宇喜多 紗英 先生

突然のご連絡失礼いたします。日の出産業 広報部の真壁でございます。
共同研究でお世話になっております研究開発センターの真栄城より、ご紹介をいただきました。

弊社の統合報告書2025に、有識者として「素材産業と循環型社会」をテーマに
800字程度のご寄稿をお願いできないかと考えております。
謝礼は5万円（税別）を予定しております。お引き受けいただける場合は、
12月15日頃までに原稿をいただけますと幸いです。
""" + SIG_MAKABE,
    expect="pass", entities=[], detectors=[],
    note="Request to a university academic: ordinary business mail.",
)

# -- city office: 後援名義 -----------------------------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["北上市 商工観光課 <shoko@city.kitakami-example.lg.jp>"],
    subject="「北上工場 オープンファクトリー」後援名義使用のお願い",
    charset="iso-2022-jp",
    body="""北上市 商工観光課 御中

日の出産業株式会社 広報部の一ノ瀬と申します。
来年3月に開催予定の「北上工場 オープンファクトリー」につき、
北上市様の後援名義の使用をお願いしたく、申請書類をお送りいたします。

　開催日：2026年3月14日（土）・15日（日）
　対象：市民の皆さま（小学生以上、事前申込制）
　内容：工場見学、ものづくり体験教室、地元企業ブース
　想定来場者：約1,200名

申請書の原本は郵送いたします。
""" + SIG_ICHINOSE,
    attachments=[{"kind": "pdf", "name": "後援名義使用申請書.pdf",
                  "lines": ["後援名義使用申請書", "申請者：日の出産業株式会社 代表取締役社長 日野 雅之",
                            "事業名：北上工場 オープンファクトリー", "開催日：2026年3月14日・15日"]}],
    expect="pass", entities=[], detectors=[],
    note="Sponsorship request to a city office: the applicant company only.",
)

# -- statement about a former employee's misconduct, no name, to counsel -----------------------

_m(
    sender=MAKABE,
    to=["白川 雄一郎 先生 <shirakawa@shirakawa-law.jp>"],
    subject="公表文案のご確認（元従業員による不正経理）",
    charset="iso-2022-jp",
    body="""白川先生

お世話になっております。真壁でございます。
社内調査委員会の報告を受けた公表文案です。表現の法的な観点からご確認をお願いします。

――――
当社元従業員による不正経理に関するお知らせ

当社において、元従業員が架空の外注費を計上し、約4,300万円を不正に取得していた
ことが判明しました。当社は当該元従業員に対し、損害賠償請求を行うとともに、
刑事告訴を検討しております。
――――

個人が特定される情報（在籍部署・年代など）は記載しない方針です。
""" + SIG_MAKABE,
    expect="pass", entities=[], detectors=[],
    note="Misconduct statement that deliberately identifies no one: no sensitive data tied to a person.",
)

# -- one speaker's bank account for the honorarium -----------------------------------------------

_m(
    sender=SHOJI,
    to=["みなと会計 源田 様 <genda@minato-kaikei.jp>"],
    subject="講演謝礼のお支払い（外部講師1名）",
    charset="iso-2022-jp",
    body="""みなと会計 源田様

お世話になっております。日の出産業 広報部の東海林です。
11/20のフォーラムでご講演いただいた外部講師1名の謝礼について、
支払処理をお願いいたします。

　講師　　：宇喜多 紗英 様
　謝礼　　：100,000円（源泉徴収前）
　振込先　：みどり銀行 つくば支店 普通預金 口座番号 4417862
　口座名義：ウキタ サエ

個人番号は大学経由でいただく予定のため、後日あらためてご相談します。
""" + SIG_SHOJI,
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="One person's bank account for an honorarium: a single person's record, may warn.",
)

# -- a genuinely different agency whose name shares a word with a partner ----------------------

_m(
    sender=YAEGASHI,
    to=["みどり企画 営業部 <eigyo@midori-kikaku.co.jp>"],
    subject="展示会ブース装飾のお見積り依頼",
    charset="iso-2022-jp",
    body="""株式会社みどり企画 営業部 御中

はじめてご連絡いたします。日の出産業 経営企画室の八重樫です。
来年2月の「国際素材展」の出展ブース（小間B-22、9m×6m）の装飾について、
お見積りをお願いできますでしょうか。

　会期：2026年2月18日～20日（東京国際展示場）
　ご依頼範囲：デザイン、施工、撤去、モニター3台レンタル
　ご予算：800万円前後

過去の施工事例もあわせてお送りいただけますと幸いです。

八重樫 誠
日の出産業株式会社 経営企画室
""",
    expect="pass", entities=[], detectors=[],
    note="midori-kikaku.co.jp is an unrelated company, not a look-alike of midori-ginko.co.jp.",
)

# -- partner's own subdomain ------------------------------------------------------------------

_m(
    sender=OKONOGI,
    to=["川崎電機 広報 <press@pr.kawasaki-denki.co.jp>"],
    subject="ロゴデータのご提供について",
    charset="iso-2022-jp",
    body="""川崎電機株式会社 広報部 御中

日の出産業の小此木です。
共同リリースに掲載する御社ロゴのデータ（AIまたはPNG）をご提供いただけますでしょうか。
弊社ロゴはPNG形式で添付いたします。使用規定はブランドガイドラインのとおりです。
""" + SIG_OKONOGI,
    attachments=[{"kind": "png", "name": "hinode_logo_color.png"}],
    expect="pass", entities=[], detectors=[],
    note="pr.kawasaki-denki.co.jp is a subdomain of the genuine partner domain, not a look-alike.",
)

# -- purchase order to the studio ------------------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["スタジオ・ルミエール 経理 <keiri@studio-lumiere.jp>"],
    cc=["shiga@studio-lumiere.jp"],
    subject="発注書送付（採用パンフ撮影／PO-2025-0412）",
    charset="utf-8",
    body="""スタジオ・ルミエール 経理ご担当者様
（cc：志賀様）

日の出産業 広報部の一ノ瀬です。
採用パンフレット撮影の発注書をお送りします。ご請求は発注番号を記載のうえ、
月末締め翌月末払いでお願いいたします。
""" + SIG_ICHINOSE,
    attachments=[{"kind": "xlsx", "name": "発注書_PO-2025-0412.xlsx",
                  "sheets": {"発注書": [["発注書"], ["発注番号", "PO-2025-0412"],
                                        ["発注日", "2025/10/06"], [],
                                        ["品目", "数量", "単価", "金額"],
                                        ["スタジオ撮影（1日）", 1, 380000, 380000],
                                        ["ロケ撮影（半日）", 1, 220000, 220000],
                                        ["ヘアメイク", 2, 45000, 90000],
                                        ["レタッチ（カット）", 40, 3000, 120000],
                                        ["交通費・機材運搬", 1, 35000, 35000],
                                        ["小計", "", "", 845000], ["消費税", "", "", 84500],
                                        ["合計", "", "", 929500]]}}],
    expect="pass", entities=[], detectors=[],
    note="Purchase order with line items and prices; one outside company.",
)

# -- CEO's date of birth for a newspaper profile box --------------------------------------------

_m(
    sender=ASHIDA,
    to=["田所 健吾 <tadokoro@nikkan-sangyo.co.jp>"],
    subject="Re: 略歴欄の確認",
    charset="iso-2022-jp",
    body="""田所様

略歴欄の件、下記でお願いいたします。

　日野 雅之（ひの・まさゆき）
　昭和40年11月30日生まれ、60歳。東京都出身。
　88年東都工業大工卒、日の出産業入社。北米現地法人社長、取締役を経て19年から現職。

写真は先日お送りしたものをお使いください。

芦田
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="One executive's birth date for a newspaper profile box: one person's data, may warn.",
)

# -- HTML newsletter to reporters in Bcc ---------------------------------------------------------

_NL_TEXT = """ひので広報ニュースレター Vol.38（2025年11月）

1. 北上工場が竣工、2026年1月に稼働へ
2. 「ひので素材アワード2025」受賞者決定
3. 役員ポートレートを刷新しました（高解像度データはお問い合わせください）

配信停止をご希望の方は、pr@hinode-sangyo.co.jp までご連絡ください。
日の出産業株式会社 広報部
"""
_m(
    sender=PRBOX,
    to=["pr@hinode-sangyo.co.jp"],
    bcc=["tadokoro@nikkan-sangyo.co.jp", "sagae.yukari@toto-keizai.co.jp",
         "kudo.sayaka@bizfront.jp", "yanase@monozukuri-tsushin.jp",
         "akane.sanada.writer@gmail.com", "d-nishina@kanto-tv.co.jp"],
    subject="ひので広報ニュースレター Vol.38（2025年11月）",
    charset="utf-8",
    body=_NL_TEXT,
    html="""<html><body style="font-family:sans-serif">
<h2>ひので広報ニュースレター Vol.38</h2>
<p>2025年11月 ／ 日の出産業株式会社 広報部</p>
<ol>
<li><b>北上工場が竣工</b> ― 2026年1月に稼働へ</li>
<li><b>ひので素材アワード2025</b> 受賞者決定</li>
<li>役員ポートレートを刷新しました</li>
</ol>
<p style="font-size:small">配信停止をご希望の方は <a href="mailto:pr@hinode-sangyo.co.jp">pr@hinode-sangyo.co.jp</a> までご連絡ください。</p>
</body></html>""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="Newsletter to reporters all in Bcc (one on free mail); nothing personal in it.",
)

# -- internal: the crew list forwarded to the internal general-affairs team --------------------

_m(
    sender=ICHINOSE,
    to=["総務部 受付担当 <uketsuke@hinode-sangyo.co.jp>"],
    subject="FW: 【関東テレビ】11/10 取材クルー情報",
    charset="iso-2022-jp",
    body="""総務部 受付ご担当者様

11/10（月）のテレビ取材で来社するクルーの情報です。
受付での入館手続きと、6階会議室Aの終日確保をお願いします。

一ノ瀬

---------- Forwarded message ---------
From: 仁科 大輔 <d-nishina@kanto-tv.co.jp>
Subject: 【関東テレビ】11/10 取材クルー情報

""" + _CREW,
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=[],
    note="Six crew members' data forwarded, but only to an internal mailbox.",
)

# -- internal: encrypted ZIP of consent forms to HR ----------------------------------------------

_m(
    sender=ICHINOSE,
    to=["人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
    subject="肖像使用同意書（採用パンフ撮影分）スキャンデータ",
    charset="iso-2022-jp",
    body="""人事部 労務グループ各位

採用パンフ撮影の出演社員7名分の同意書スキャンデータです。
原本は本日社内便で送ります。パスワードは社内チャットでお伝えします。

一ノ瀬
""",
    attachments=[{"kind": "zip", "name": "同意書スキャン_1022.zip", "password": "hs-1022-roumu",
                  "files": [{"kind": "pdf", "name": "同意書_01.pdf",
                             "lines": ["肖像使用同意書", "氏名：大河内 咲良"]},
                            {"kind": "pdf", "name": "同意書_02.pdf",
                             "lines": ["肖像使用同意書", "氏名：不破 陽翔"]}]}],
    expect="pass", entities=[], detectors=[],
    note="Encrypted ZIP, but sent only to an internal department.",
)

# -- correction request to a newspaper -------------------------------------------------------

_m(
    sender=MAKABE,
    to=["中部日報 読者センター <dokusha@chubu-nippo.co.jp>"],
    cc=["星野 公平 <k-hoshino@chubu-nippo.co.jp>"],
    subject="11月9日付 経済面 記事の訂正のお願い",
    charset="iso-2022-jp",
    body="""中部日報社 読者センター 御中
（cc：経済部 星野様）

日の出産業株式会社 広報部長の真壁でございます。
11月9日付朝刊 経済面「素材各社 EV向け攻勢」の記事につき、下記の誤りがございましたので、
訂正をお願い申し上げます。

　（誤）日の出産業は四日市工場を2026年に閉鎖する
　（正）日の出産業は四日市工場の一部ラインを2026年に北上工場へ移管する

四日市工場の閉鎖の計画はございません。地域の取引先や従業員から問い合わせが
寄せられておりますため、早急にご対応いただけますと幸いです。
""" + SIG_MAKABE,
    expect="pass", entities=[], detectors=[],
    note="Correction request to one newspaper (two addresses of the same organisation).",
)

# -- English holding statement to an overseas partner -----------------------------------------

_m(
    sender=MAKABE,
    to=["Megan Hollis <mhollis@northbridge-ind.com>"],
    subject="Holding statement - Kitakami plant incident (for your reference)",
    charset="utf-8",
    body="""Dear Megan,

As discussed on the phone, please find below the holding statement we published
at 18:00 JST today. If you receive media enquiries in the US, we would appreciate
it if you could refer them to us rather than comment.

---
On 28 October 2025, an accident occurred during maintenance work at Hinode Sangyo's
Kitakami plant in Iwate, Japan. Two employees were injured and received medical
treatment; their injuries are not life-threatening. We are cooperating fully with the
authorities and will take measures to prevent a recurrence.
---
""" + SIG_EN + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="Published holding statement: injuries mentioned without naming anyone; disclaimer only.",
)

# -- two outside staff for a building pass (warn at most) ---------------------------------------

_m(
    sender=ICHINOSE,
    to=["日本橋ビルマネジメント 防災センター <bousai@nihonbashi-bm.co.jp>"],
    subject="入館申請（11/18 外部スタッフ2名）",
    charset="cp932",
    body="""防災センター ご担当者様

日の出ビル6F 日の出産業の一ノ瀬です。
11月18日（火）9:30～12:30、打ち合わせのため外部スタッフ2名が入館します。

　・柳瀬 健 様（株式会社第一広告社）　携帯 ０８０－２２７４－６６１９
　・深作 美咲 様（ブライトワンPR株式会社）　携帯 ０９０－８８３０－１４５２

受付は6F エレベーターホールで私がお迎えします。
""" + SIG_ICHINOSE,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="Two visitors with mobiles to building management: under the five-person line, may warn.",
)

# -- reply-all in a thread with a partner and the PR agency --------------------------------------

_m(
    sender=ASHIDA,
    to=["宮腰 玲子 <miyakoshi@kawasaki-denki.co.jp>", "深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    cc=["okonogi.wataru@hinode-sangyo.co.jp"],
    subject="Re: Re: 共同記者会見の登壇者と受付体制",
    charset="iso-2022-jp",
    body="""宮腰様、深作様

ご確認ありがとうございます。では受付は弊社2名・御社1名の体制でお願いします。
登壇は両社社長のみ、司会は深作さんにお願いする形で確定とさせてください。

芦田

> 芦田様
> 受付の件、弊社からは広報の宮腰1名が入ります。
> 当日の連絡先は私の携帯 090-6215-3378 です。
> 川崎電機 宮腰
>
>> 宮腰様、深作様
>> 当日の受付体制についてご相談です。弊社からは芦田・一ノ瀬の2名が入ります。
>> 日の出産業 芦田
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="Reply-all among a partner and the PR agency (two organisations); the only phone is quoted.",
)

# -- cancer screening campaign release: statistics only ----------------------------------------

_m(
    sender=SHOJI,
    to=["健康経営ニュース 編集部 <henshu@kenkokeiei-news.jp>"],
    subject="寄稿原稿：日の出産業の健康経営の取り組み",
    charset="utf-8",
    body="""健康経営ニュース 編集部 御中

日の出産業 広報部の東海林です。
ご依頼いただいた「企業の取り組み」欄の原稿をお送りします。

――――
日の出産業では2022年度から、がん検診の受診費用を全額会社負担とし、
勤務時間内の受診を認めています。その結果、定期健康診断の受診率は100%、
がん検診の受診率は58%（2021年度）から91%（2024年度）に向上しました。
また、治療と仕事の両立支援として、時間単位の病気休暇制度を導入しています。
――――

図版（受診率の推移グラフ）はPNGで添付します。
""" + SIG_SHOJI,
    attachments=[{"kind": "png", "name": "kenshin_graph.png"}],
    expect="pass", entities=[], detectors=[],
    note="Health-related statistics about the workforce as a whole; no identifiable person.",
)

# -- several readable attachments to the PR agency ------------------------------------------------

_m(
    sender=ICHINOSE,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="75周年 記者発表会 一式（リリース・投影資料・ロゴ）",
    charset="iso-2022-jp",
    body="""深作様

記者発表会の資料一式をお送りします（前回の破損ファイルの再送です）。

　1. リリース本文（Word）
　2. 投影資料（PowerPoint）
　3. 75周年ロゴ（PNG）

よろしくお願いいたします。
一ノ瀬
""",
    attachments=[
        {"kind": "docx", "name": "75周年_リリース.docx",
         "paragraphs": ["日の出産業、創業75周年を迎え新ビジョン「素材で、未来の当たり前を。」を発表",
                        "2026年4月1日", "日の出産業株式会社"]},
        {"kind": "pptx", "name": "記者発表会_投影資料_1105.pptx",
         "slides": [["創業75周年 記者発表会", "2025年11月6日", "日の出産業株式会社"],
                    ["新ビジョン", "素材で、未来の当たり前を。"],
                    ["中期経営計画 2030", "売上高 2,500億円", "ROE 10%以上", "CO2排出量 46%削減"]]},
        {"kind": "png", "name": "75th_logo.png"},
    ],
    expect="pass", entities=[], detectors=[],
    note="Readable DOCX, PPTX and PNG with public launch material.",
)

# -- legacy XLS of rate cards --------------------------------------------------------------------

_m(
    sender=YAEGASHI,
    to=["柳瀬 健 <yanase.k@daiichi-kokoku.co.jp>"],
    subject="媒体別 料金比較（旧フォーマット）",
    charset="shift_jis",
    body="""柳瀬様

昨年度の媒体別料金比較表です。古いExcel形式で失礼します。
今年度の料金改定分を反映していただけますでしょうか。

八重樫
""",
    attachments=[{"kind": "xls", "name": "媒体別料金比較_2024.xls",
                  "sheets": {"料金": [["媒体", "枠", "料金（円）", "部数・PV"],
                                      ["東都経済新聞", "全15段", 18000000, "1,820,000部"],
                                      ["日刊産業新聞", "5段", 2400000, "310,000部"],
                                      ["週刊ビジネスアイ", "表4", 1800000, "96,000部"],
                                      ["ビズフロント", "ネイティブ記事", 1500000, "1,200,000PV"],
                                      ["プラスチック新報", "3段", 380000, "42,000部"]]}}],
    expect="pass", entities=[], detectors=[],
    note="Rate card in a legacy XLS: businesses and prices only.",
)

# =============================================================================================
# honest judgement calls
# =============================================================================================

_m(
    sender=SHOJI,
    to=["ものづくりフォーラム実行委員会 事務局 <jimukyoku@monozukuri-forum.or.jp>"],
    subject="パネリスト プロフィール（宇喜多先生・ご本人確認済み）",
    charset="iso-2022-jp",
    body="""事務局 ご担当者様

東海林です。パネルディスカッションに登壇いただく宇喜多先生のプロフィールを、
ご本人に確認いただいた最終版でお送りします。プログラム冊子とWebへの掲載をお願いします。

――――
宇喜多 紗英（うきた さえ）
東都工業大学 大学院工学研究科 准教授。1982年生まれ。
専門は高分子化学、生分解性材料。30代で乳がんを経験し、治療と研究の両立を続けてきた
経験から、研究者のキャリア支援にも取り組む。著書に『がんと研究室』（2023年）。
――――
""" + SIG_SHOJI,
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="A named speaker's cancer history, but in her own approved public profile meant for publication.",
)

_m(
    sender=OKONOGI,
    to=["深作 美咲 <fukasaku@brightone-pr.co.jp>"],
    subject="共同リリース 最終稿（12/3 15:00解禁）",
    charset="iso-2022-jp",
    body="""深作様

共同リリースの最終稿です。
本リリースは12月3日15時の解禁まで社外秘扱いとさせてください。
御社内でも、担当チームの方のみでのお取り扱いをお願いいたします。

Web配信の予約設定が完了しましたら、プレビューURLをお送りください。
""" + SIG_OKONOGI,
    attachments=[{"kind": "docx", "name": "共同リリース_最終稿_1203.docx",
                  "paragraphs": ["日の出産業と川崎電機、EV用高電圧部材の共同開発で協業",
                                 "2025年12月3日", "日の出産業株式会社／川崎電機株式会社"]}],
    expect="either", entities=[], detectors=["confidential_marking"],
    note="'社外秘扱い' until an embargo, said in a sentence of the mail: a classification of the mail or a mere instruction.",
)

# -- ids ------------------------------------------------------------------------------------------

_rng.shuffle(_ALL)
MESSAGES: list[dict] = [{"id": f"koho-{i:03d}", **m} for i, m in enumerate(_ALL, start=1)]
