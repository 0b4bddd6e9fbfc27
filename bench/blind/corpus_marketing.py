"""Blind corpus: marketing analysis and customer research (マーケティング部・顧客調査).

Written from bench/blind/BRIEF.md only.  日の出産業's marketing staff mail research
agencies, ad agencies, ad platforms, PR firms, printers and venues: survey panel exports,
interview recruit lists, free-text answers, segment files, campaign reports, loyalty
member lists, influencer sheets, strategy decks.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata

from build import card_number, my_number


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def padded(rows, gap=2, rule="-", fw=False):
    """Rows padded with spaces under a header and a rule, the way people paste them."""
    n = max(len(r) for r in rows)
    widths = [max(_w(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    sp = "\u3000" if fw else " "
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            if i == len(r) - 1:
                cells.append(c)
            elif fw:
                cells.append(c + sp * ((widths[i] - _w(c)) // 2 + 1))
            else:
                cells.append(c + " " * (widths[i] - _w(c) + gap))
        out.append("".join(cells).rstrip())
        if k == 0 and rule:
            length = sum(widths) + gap * (n - 1)
            out.append(rule * (length // _w(rule)))
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def zen(s: str) -> str:
    """ASCII digits and hyphens to full width (as typed with IME on)."""
    table = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}
    table[ord("-")] = "\uff0d"
    return s.translate(table)


def zen_jis(s: str) -> str:
    """Full-width digits with the minus sign that ISO-2022-JP mail decodes to (U+2212)."""
    table = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}
    table[ord("-")] = "\u2212"
    return s.translate(table)


def sha(s: str) -> str:
    return hashlib.sha256(s.strip().lower().encode()).hexdigest()


# -- the senders' signatures -----------------------------------------------------------

SIG_TAKANASHI = """--
日の出産業株式会社 マーケティング部 顧客インサイトグループ
高梨 美緒（Mio Takanashi）
〒103-0027 東京都中央区日本橋2-8-5 日の出ビル7F
TEL 03-5201-4410（代表） / 内線 7213
takanashi.mio@hinode-sangyo.co.jp"""

SIG_MURASE = """――――――――――――――――――――
日の出産業株式会社
マーケティング部 顧客調査課　村瀬 健太
TEL：03-5201-4432　FAX：03-5201-4499
Mail：k-murase@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_KIRYU = """
桐生 隼人 / Hayato Kiryu
デジタルマーケティング課
日の出産業株式会社
03-5201-4456 | kiryu.hayato@hinode-sangyo.co.jp"""

SIG_SAOTOME = """************************************
日の出産業株式会社　CRM推進室
早乙女 恵（さおとめ めぐみ）
〒103-0027 東京都中央区日本橋2丁目8番5号
TEL 03-5201-4470 / 携帯 080-4417-2093
************************************"""

SIG_USAMI = """--------------------------------------
日の出産業(株) 販売促進課
宇佐美 智子
TEL 03-5201-4481  usami.t@hinode-sangyo.co.jp
--------------------------------------"""

SIG_SASAKI_EN = """Best regards,

Rui Sasaki
Global Marketing, Hinode Sangyo Co., Ltd.
2-8-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4460  |  r.sasaki@hinode-sangyo.co.jp"""

SIG_EGUCHI = """江口さやか
日の出産業株式会社 マーケティング部 ブランド戦略課
〒103-0027 東京都中央区日本橋2-8-5
TEL:03-5201-4415"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。
本メールの無断転載・複製・転送を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you are not the intended recipient, please notify the sender
immediately and delete this e-mail. Any unauthorised use or disclosure is prohibited."""

MESSAGES: list[dict] = []


def M(**kw):
    d = {"cc": [], "bcc": []}
    d.update(kw)
    MESSAGES.append(d)

# ---------------------------------------------------------------------------------------
# mkt-001 … mkt-020
# ---------------------------------------------------------------------------------------

_PANEL_001 = [
    ["パネルID", "氏名", "フリガナ", "年齢", "性別", "都道府県", "住所", "メールアドレス"],
    ["HP-204417", "小鳥遊 沙耶", "タカナシ サヤ", "34", "女", "東京都", "世田谷区桜新町2-14-7 サンハイツ302", "saya.t0612@gmail.com"],
    ["HP-204452", "勅使河原 剛", "テシガワラ ツヨシ", "51", "男", "神奈川県", "横浜市港北区日吉本町1-23-4", "teshigawara.t@nifty.com"],
    ["HP-204460", "我妻　里美", "ワガツマ サトミ", "28", "女", "宮城県", "仙台市青葉区国分町2丁目14-18 国分町レジデンス704", "satomi_wagatsuma@yahoo.co.jp"],
    ["HP-204473", "東海林 洋介", "ショウジ ヨウスケ", "45", "男", "埼玉県", "さいたま市浦和区常盤6-4-21", "y-shoji@ocn.ne.jp"],
    ["HP-204488", "栗花落 みなみ", "ツユリ ミナミ", "23", "女", "大阪府", "大阪市北区天満橋三丁目5番11号", "minami.tsuyuri@icloud.com"],
    ["HP-204501", "百目鬼 功", "ドウメキ イサオ", "62", "男", "栃木県", "宇都宮市今泉町441-2", "doumeki1963@docomo.ne.jp"],
    ["HP-204519", "漆原 亜希子", "ウルシバラ アキコ", "39", "女", "千葉県", "船橋市本町4-31-9 ルミエール船橋205", "akiko.urushibara@gmail.com"],
    ["HP-204533", "九十九 蓮", "ツクモ レン", "19", "男", "福岡県", "福岡市中央区大名2-6-10", "ren99.tsukumo@gmail.com"],
    ["HP-204547", "阿久津 はるか", "アクツ ハルカ", "31", "女", "茨城県", "つくば市竹園1-8-3", "haruka-akutsu@outlook.jp"],
    ["HP-204550", "鬼頭 正和", "キトウ マサカズ", "57", "男", "愛知県", "名古屋市中区栄2-11-3 栄パークビル402", "kito.masakazu@ezweb.ne.jp"],
    ["HP-204566", "十文字 楓", "ジュウモンジ カエデ", "26", "女", "北海道", "札幌市中央区南3条西7丁目2-1", "kaede.j@gmail.com"],
    ["HP-204572", "犬飼 修平", "イヌカイ シュウヘイ", "43", "男", "京都府", "京都市左京区下鴨松ノ木町59-3", "inukai_shuhei@yahoo.co.jp"],
]

M(
    id="mkt-001",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 調査企画部 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="【ご依頼】再調査対象パネルの重複除外について",
    charset="iso-2022-jp",
    body="""株式会社ことのはリサーチ
調査企画部 三輪様

いつもお世話になっております。日の出産業の高梨です。

先月の「家庭用浄水器 利用実態調査」でご回答いただいた方のうち、
弊社の既存顧客と重複している方を除外したうえで再調査をお願いしたく、
弊社側で突合した対象者の一覧をお送りします（添付CSV、12名分）。

お手数ですが、御社パネルの登録情報と照合いただき、
再調査の配信対象から外していただけますでしょうか。
照合結果は来週水曜までにいただけますと助かります。

よろしくお願いいたします。

""" + SIG_TAKANASHI,
    attachments=[{"kind": "csv", "name": "除外対象パネル_0612.csv", "rows": _PANEL_001, "encoding": "cp932"}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="panel export of 12 respondents (name, kana, age, address, e-mail) as CSV to a research agency",
)

M(
    id="mkt-002",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["株式会社ミライインサイト 岸本様 <kishimoto@mirai-insight.jp>"],
    subject="デプスインタビュー リクルート結果（確定6名）",
    charset="cp932",
    body="""岸本様

お世話になっております。日の出産業の村瀬です。
6/20・6/21のデプスインタビューの対象者が確定しましたので共有いたします。
当日のご連絡用に携帯番号も載せています。

""" + padded([
        ["No", "氏名", "年齢", "性別", "職業", "携帯", "実施枠"],
        ["1", "薬師寺 まどか", "36", "女", "会社員（経理）", "090-3381-6620", "6/20 10:00"],
        ["2", "ﾐﾔｹ ﾀｸﾐ", "29", "男", "SE", "080-2254-9017", "6/20 13:00"],
        ["3", "雲母 詩織", "41", "女", "パート", "070-6612-4438", "6/20 15:30"],
        ["4", "長曾我部 亮", "47", "男", "自営業", "090-7723-1185", "6/21 10:00"],
        ["5", "五十嵐 ちひろ", "33", "女", "専業主婦", "080-9940-3362", "6/21 13:00"],
        ["6", "Okada Kenji", "52", "男", "会社役員", "090-1108-5574", "6/21 15:30"],
    ]) + """

※2番の方はSMSのほうが繋がりやすいとのことです。
謝礼は当日現金手渡しでお願いいたします。

""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="recruit list of 6 interviewees with mobiles, space-padded table in the body, to a research agency",
)

M(
    id="mkt-003",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 井筒様 <izutsu@hoshizora-ad.co.jp>"],
    subject="Re: 夏季キャンペーン 5月度実績まとめ",
    charset="utf-8",
    body="""井筒さん

お疲れさまです、桐生です。
5月分の実績、こちらでも集計しました。媒体別は以下のとおりです。

""" + padded([
        ["媒体", "配信期間", "IMP", "クリック", "CTR", "CV", "CPA(円)"],
        ["Search_ブランド", "5/1-5/31", "182,440", "9,812", "5.38%", "611", "1,482"],
        ["Search_一般", "5/1-5/31", "1,204,331", "20,117", "1.67%", "402", "6,930"],
        ["Display_RT", "5/8-5/31", "3,880,210", "7,760", "0.20%", "188", "4,215"],
        ["SNS_動画", "5/15-5/31", "2,411,905", "6,031", "0.25%", "74", "11,870"],
        ["合計", "", "7,678,886", "43,720", "0.57%", "1,275", "4,803"],
    ]) + """

SNS動画のCPAが想定の倍近いので、6月はクリエイティブ差し替えを優先したいです。
明日の定例で相談させてください。
""" + SIG_KIRYU,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate campaign results by media (no people) to the ad agency",
)

M(
    id="mkt-004",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 野々村様 <nonomura@kotonoha-research.co.jp>"],
    subject="フォローアップインタビュー対象者について（ご配慮のお願い）",
    charset="iso-2022-jp",
    body="""ことのはリサーチ
野々村様

お世話になっております。日の出産業の江口です。

自由回答を拝見し、フォローアップインタビューにお招きしたい方が1名いらっしゃいます。
回答者No.1187の柳生千景様（42歳・女性、川崎市在住）です。

Q12の自由回答に「昨年乳がんの手術を受けてから、食品添加物を以前より気にするように
なった。今も通院しながらホルモン療法を続けている」とのご記載がありました。
治療中とのことですので、インタビュー時間は45分程度に短縮し、
ご体調を最優先にしていただけますでしょうか。
病歴に関わる内容ですので、議事録への記載も最小限でお願いいたします。

ご調整のほどよろしくお願いいたします。

""" + SIG_EGUCHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named respondent's cancer surgery and ongoing treatment (要配慮) in prose to the agency",
)

M(
    id="mkt-005",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["adnex デジタル 運用チーム <ops-team@adnex-digital.com>"],
    subject="LP A/Bテスト結果レポート（6月第1週）",
    charset="cp932",
    body="""adnex 運用チーム御中

お世話になっております。日の出産業 桐生です。
LPのファーストビュー差し替えテストの結果をまとめましたので添付いたします。
B案（動画ヘッダー）が有意に勝っていますので、来週月曜から100%配信に切り替えをお願いします。

・テスト期間：6/1〜6/7
・配分：A 50% / B 50%
・主要KPI：資料請求完了率

詳細は添付Excelの「サマリー」シートをご覧ください。
""" + SIG_KIRYU,
    attachments=[{"kind": "xlsx", "name": "ABテスト結果_LP_FV_0601-0607.xlsx", "sheets": {
        "サマリー": [
            ["LP ファーストビュー A/Bテスト 結果サマリー"],
            [],
            ["パターン", "セッション", "資料請求", "完了率", "差分", "p値"],
            ["A（静止画）", 18422, 423, "2.30%", "-", "-"],
            ["B（動画）", 18390, 541, "2.94%", "+0.64pt", "0.0004"],
        ],
        "日別": [
            ["日付", "A_セッション", "A_CV", "B_セッション", "B_CV"],
            ["2026/06/01", 2510, 55, 2498, 71],
            ["2026/06/02", 2688, 61, 2702, 80],
            ["2026/06/03", 2604, 58, 2611, 77],
            ["2026/06/04", 2577, 62, 2560, 79],
            ["2026/06/05", 2691, 64, 2683, 81],
            ["2026/06/06", 2702, 63, 2690, 76],
            ["2026/06/07", 2650, 60, 2646, 77],
        ],
    }}],
    expect="pass",
    entities=[],
    detectors=[],
    note="A/B test report with aggregate figures only, XLSX to the ad operator",
)

_CA_006 = [["email", "phone", "country"]] + [[e, p, "JP"] for e, p in [
    ("k.hanazawa88@gmail.com", "09033816620"), ("m-ikeuchi@yahoo.co.jp", "08022549017"),
    ("tomo.sakaki@icloud.com", "07066124438"), ("ryo_nakama@outlook.jp", "09077231185"),
    ("chihiro.i.0303@gmail.com", "08099403362"), ("kenji.okd@nifty.com", "09011085574"),
    ("yui-morishige@docomo.ne.jp", "09055120981"), ("hajime.k77@gmail.com", "08031227745"),
    ("s.watanuki@ezweb.ne.jp", "07011904462"), ("aya.fujieda@yahoo.co.jp", "09088460217"),
    ("daichi.mt@gmail.com", "08067731590"), ("nozomi_kai@outlook.jp", "09020947713"),
    ("r.tsurumaki@icloud.com", "08045511836"), ("yuka.oribe@gmail.com", "07038826604"),
    ("takeru-hoshi@softbank.ne.jp", "08012395528"), ("mayumi.ss@ocn.ne.jp", "09061174430"),
    ("shota.kamiya@gmail.com", "09093305581"), ("eri.nagumo@yahoo.co.jp", "08077028196"),
    ("koji1975@nifty.com", "09043318820"), ("h.amemiya@gmail.com", "07022457719"),
    ("misaki.u@icloud.com", "08055913306"), ("tatsuya_s@outlook.jp", "09014468832"),
    ("noriko.b@docomo.ne.jp", "09070385524"), ("kazuki.e@gmail.com", "08090217743"),
    ("saki-tomita@yahoo.co.jp", "09028864410"), ("yamato.r@gmail.com", "08011357726"),
    ("aoi.minase@icloud.com", "07054480932"), ("j.kurokawa@ocn.ne.jp", "09036629017"),
    ("hina.s0101@gmail.com", "08076603381"), ("masato-f@ezweb.ne.jp", "09098812256"),
]]

M(
    id="mkt-006",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["adnex デジタル 坂東様 <bando@adnex-digital.com>"],
    subject="カスタムオーディエンス用リスト（休眠顧客）",
    charset="utf-8",
    body="""坂東様

お世話になっております。日の出産業 CRM推進室の早乙女です。
ご依頼のカスタムオーディエンス用の休眠顧客リストをお送りします。
メールアドレスと電話番号のみに絞っていますので、そのまま管理画面にアップロードいただけます。
（氏名等は含めておりません）

件数：30件（テスト配信用の抜粋です。本番は来週お送りします）

よろしくお願いいたします。

""" + SIG_SAOTOME,
    attachments=[{"kind": "csv", "name": "custom_audience_dormant_test.csv", "rows": _CA_006, "encoding": "utf-8"}],
    expect="stop",
    entities=["EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CRM export for an ad-platform custom audience: 30 raw e-mails and phones, no name column",
)

_SEG_007 = [["hashed_email_sha256", "segment", "rfm_score", "last_purchase_month"]]
for _i, _e in enumerate(["a.kondo", "b.sugi", "ctanaka", "d-oishi", "emi.k", "fuji.t", "g.horie", "hiro.n",
                         "ikuko.m", "jun.s", "kana.o", "leo.w", "mai.h", "nao.y", "oto.k", "pei.c",
                         "rina.a", "sho.t", "taka.u", "uta.m", "vivi.s", "wata.r", "yoko.f", "zen.i",
                         "aki.e", "ben.t", "cho.k", "dai.n", "ema.s", "fumi.h", "gen.o", "hana.y",
                         "ichi.k", "jiro.t", "kei.m", "luna.s", "miki.a", "nori.f", "osamu.h", "pino.k"]):
    _SEG_007.append([sha(_e + "@example-mail.jp"), ["S1_優良", "S2_安定", "S3_離反予備", "S4_休眠"][_i % 4],
                     str(5 + (_i * 7) % 11), "2026-0%d" % (1 + _i % 5)])

M(
    id="mkt-007",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["adnex デジタル 坂東様 <bando@adnex-digital.com>"],
    cc=["桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>"],
    subject="Re: セグメント別配信用ファイル（ハッシュ化済み）",
    charset="utf-8",
    body="""坂東様

早乙女です。ご指摘ありがとうございました。
メールアドレスは小文字化・前後空白除去のうえSHA-256でハッシュ化したものに差し替えました。
生のアドレス・電話番号・氏名は一切含んでおりません。

列：hashed_email_sha256 / segment / rfm_score / last_purchase_month
件数：40件（サンプル）

S3とS4は入札を強めに、S1は除外リストとして使っていただく想定です。

""" + SIG_SAOTOME,
    attachments=[{"kind": "csv", "name": "segment_hashed_sample.csv", "rows": _SEG_007, "encoding": "utf-8"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="customer segment file with SHA-256 hashed e-mails only: no readable personal data",
)

M(
    id="mkt-008",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["錦印刷 営業部 市ノ瀬様 <ichinose@nishiki-insatsu.co.jp>"],
    subject="6月誕生月DM 宛名データ送付の件",
    charset="iso-2022-jp",
    body="""錦印刷株式会社
営業部 市ノ瀬様

いつも大変お世話になっております。
日の出産業 販売促進課の宇佐美でございます。

6月誕生月のお客様向けバースデーDMの宛名データをお送りいたします。
生年月日の表記が会員登録時期によってばらばらになっておりますが、
宛名印字には使用しませんので、そのままで問題ございません。

校正は6/10（水）着でお願いできますでしょうか。

""" + SIG_USAMI,
    attachments=[{"kind": "xlsx", "name": "誕生月DM_2026年6月.xlsx", "sheets": {"宛名リスト": [
        ["2026年6月 誕生月会員 バースデーDM 送付リスト", "", "", "", ""],
        ["会員番号", "お名前", "郵便番号", "ご住所", "生年月日"],
        ["HM00182734", "真栄田 香織", "901-2131", "沖縄県浦添市牧港五丁目6番8号", "1983/06/02"],
        ["HM00190023", "一番ヶ瀬 隆", "812-0011", "福岡市博多区博多駅前3-19-5 博多石川ビル801", "昭和45年6月11日"],
        ["HM00201558", "ｻｻｷ ﾕｳｺ", "060-0042", "札幌市中央区大通西十二丁目4番地", "S52.6.19"],
        ["HM00207811", "廿日出 慎吾", "730-0011", "広島県広島市中区基町11-10", "H2.6.5"],
        ["HM00211940", "尾形　美咲", "380-0836", "長野県長野市南県町1040-3", "1994年6月23日"],
        ["HM00213307", "金城 ひとみ", "900-0015", "那覇市久茂地2-22-10 ｸﾓｼﾞﾌﾟﾗｻﾞ302", "1978-06-30"],
        ["HM00218862", "木佐貫 登", "890-0053", "鹿児島県鹿児島市中央町26番地2", "昭和３８年６月１４日"],
        ["HM00220045", "Hoshino Rika", "150-0001", "東京都渋谷区神宮前4-12-10", "1999/6/8"],
        ["HM00224719", "御手洗 要", "460-0003", "名古屋市中区錦三丁目15番15号", "平成元年6月17日"],
        ["HM00225390", "篠宮 奈緒子", "530-0001", "大阪府大阪市北区梅田1-3-1-800", "S61.6.27"],
        ["HM00229914", "四月一日 陽", "980-0021", "宮城県仙台市青葉区中央1-6-35", "2001/06/01"],
        ["HM00231268", "戸次 典子", "870-0035", "大分市中央町2丁目5-23", "1956年6月9日"],
        ["HM00233801", "鷹羽 慶太", "602-8570", "京都府京都市上京区烏丸通下立売上ル", "H7.6.21"],
        ["HM00236642", "能登谷 恵美", "010-0001", "秋田県秋田市中通2-3-8 ｱﾙｳﾞｨ秋田", "1988.06.15"],
        ["HM00240127", "宍戸 弘樹", "990-0039", "山形市香澄町1丁目3-15", "昭和49年6月3日"],
    ]}, "title": "誕生月DM宛名"}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="loyalty member list of 15 with addresses and birthdays in mixed 西暦/和暦 formats, XLSX to the printer",
)

M(
    id="mkt-009",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>"],
    subject="ギフティング送付先（インフルエンサー6名分）",
    charset="utf-8",
    body="""森岡様

お世話になっております、日の出産業の宇佐美です。
新作「ひので麦茶ボトル」のギフティング送付先をまとめました。
商品は御社から直送いただく段取りでしたので、送付先と連絡先をお伝えします。

■1
@mocha_kurashi（もちゃ）
本名：皆川 桃子
携帯：090-4471-2290
送付先：〒158-0094 東京都世田谷区玉川3-21-14 二子テラス505

■2
@ryo.camp_gohan
本名：大河内 涼（オオコウチ リョウ）
携帯：080-6623-1847
送付先：神奈川県川崎市中原区小杉町1丁目403 ﾀﾜｰ棟2112

■3
@yuzu_mama_3kids
本名：柚木 真理
携帯 070-1185-3306
送付先：埼玉県川口市栄町三丁目9番3号

■4
@KANA_fitlife
本名：SHIRAI Kana（白井 佳奈）
携帯：090-8834-0561
送付先：大阪府吹田市江坂町1-23-43 江坂ハイツ306

■5
@ojisan.no.shokutaku
本名：蔵前 昭二
携帯：080-2049-7719
送付先：千葉県松戸市小金原6-5-2

■6
@hanaco_tabi
本名：花房 こずえ
携帯：090-6718-4402
送付先：〒604-8005 京都市中京区恵比須町534-40 ロイヤル河原町801

投稿は到着後2週間以内、PR表記必須でお願いしております。
以上、よろしくお願いいたします。
""" + SIG_USAMI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="influencer contact sheet, one block per person (6): real name, mobile, home address for gifting",
)

M(
    id="mkt-010",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["井筒 様 <izutsu@hoshizora-ad.co.jp>", "三輪 様 <miwa@kotonoha-research.co.jp>",
        "森岡 様 <morioka@prism-pr.co.jp>"],
    subject="【キックオフ】ブランドリニューアル プロジェクト 日程調整のお願い",
    charset="iso-2022-jp",
    body="""関係各社の皆様

いつもお世話になっております。日の出産業 ブランド戦略課の江口です。

このたびは「ひので」ブランドリニューアルプロジェクトにご参画いただき、
誠にありがとうございます。
キックオフミーティングを下記候補日で開催したく、ご都合をお知らせください。

　候補1：6月24日（水）14:00〜16:00
　候補2：6月25日（木）10:00〜12:00
　候補3：6月26日（金）15:00〜17:00
　場所：弊社本社 7階 大会議室（オンライン併用）

各社様のご担当範囲（広告・調査・PR）ごとに、15分程度の自己紹介と
進め方のご説明をお願いできますと幸いです。

よろしくお願いいたします。

""" + SIG_EGUCHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three agencies of three organisations visible to each other in To: should have been Bcc",
)

M(
    id="mkt-011",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["株式会社ミライインサイト 岸本様 <kishimoto@mirai-insight.jp>"],
    subject="Re: 【確定】グループインタビュー対象者のご連絡",
    charset="iso-2022-jp",
    body="""岸本様

ご連絡ありがとうございます。村瀬です。
対象者の件、承知いたしました。この5名で進めてください。
当日は弊社から3名がバックルームで見学します。

以上、よろしくお願いいたします。

村瀬

-----Original Message-----
From: 岸本 彩 <kishimoto@mirai-insight.jp>
Sent: Monday, June 8, 2026 6:12 PM
To: 村瀬 健太 <k-murase@hinode-sangyo.co.jp>
Subject: 【確定】グループインタビュー対象者のご連絡

日の出産業 村瀬様

お世話になっております。ミライインサイトの岸本です。
6/18（木）19:00〜のグループインタビュー対象者が確定しました。

> 1. 坂上 なつみ（38）主婦　　090-2283-6617
> 2. 井手 康介（44）会社員　　080-7731-0042
> 3. 矢吹 典江（52）パート　　090-5501-2938
> 4. 宮脇 早苗（35）看護師　　070-3380-7714
> 5. 笹川 陽菜（29）会社員　　080-1146-5520

ご確認のほどよろしくお願いいたします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only list is quoted from the agency's own mail under Original Message",
)

M(
    id="mkt-012",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["ツバサシステム 保守窓口 <support@tsubasa-sytem.jp>"],
    subject="アンケートフォーム メンテナンス日程の確認",
    charset="iso-2022-jp",
    body="""ツバサシステム株式会社
保守ご担当者様

お世話になっております。日の出産業 デジタルマーケティング課の桐生です。

先日ご案内いただいたアンケートフォーム基盤のメンテナンスについて、
6/27（土）1:00〜5:00 の停止で社内調整が取れました。
停止中はフォームにメンテナンス告知を表示いただく想定で問題ありません。

念のため、停止前後の動作確認の担当者をご教示いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_KIRYU,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain tsubasa-sytem.jp is a typo of partner tsubasa-system.jp (dropped s)",
)

M(
    id="mkt-013",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 井筒様 <izutsu@hoshizora-ad.co.jp>"],
    cc=["星空エージェンシー 堀田様 <hotta@hoshizora-ad.co.jp>"],
    subject="来期コミュニケーション方針 資料送付",
    charset="cp932",
    body="""星空エージェンシー
井筒様、堀田様

お世話になっております。日の出産業の江口です。
先日お話しした来期のコミュニケーション方針について、社内で承認された資料を添付します。
オリエンの前にご一読いただき、気になる点があればご指摘ください。

オリエンは6/30（火）を予定しております。

""" + SIG_EGUCHI,
    attachments=[{"kind": "pptx", "name": "FY2026_コミュニケーション方針_v3.pptx", "page_footer": "社外秘　日の出産業株式会社 マーケティング部", "slides": [
        ["FY2026 コミュニケーション方針", "マーケティング部 ブランド戦略課", "2026年6月"],
        ["現状認識", "主力「ひので麦茶」の認知は高いが20代の購入意向が低下", "競合PB比で価格差が拡大（店頭平均 +18円）"],
        ["方針", "「毎日の安心」から「家族の時間」へメッセージ転換", "デジタル比率を35%→50%へ"],
        ["予算配分（案）", "TV 40% / デジタル 50% / OOH・その他 10%", "総額は前年比 92%"],
        ["KPI", "20代購入意向 +5pt", "ブランド想起 首位維持"],
    ]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="strategy deck whose slide footer is stamped 社外秘, sent to the ad agency",
)

M(
    id="mkt-014",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["プリズムPR 法務ご担当 <legal@prism-pr.co.jp>"],
    cc=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>"],
    subject="秘密保持契約書（NDA）ドラフトのご確認依頼",
    charset="utf-8",
    body="""株式会社プリズムPR
法務ご担当者様（cc：森岡様）

お世話になっております。日の出産業 ブランド戦略課の江口です。

ブランドリニューアル案件の開始にあたり、弊社ひな形の秘密保持契約書ドラフトを
お送りいたします。主な論点は以下のとおりです。

・第2条「機密情報」の定義：口頭開示情報も含める形としています
・第6条 有効期間：契約終了後3年間
・第9条 返還・破棄：プロジェクト終了時に書面で破棄報告

修正のご希望がございましたら、変更履歴付きでご返送いただけますと幸いです。
締結は6月末を目標としております。

""" + SIG_EGUCHI,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_日の出産業.docx", "paragraphs": [
        "秘密保持契約書（案）",
        "日の出産業株式会社（以下「甲」という。）と株式会社プリズムPR（以下「乙」という。）は、甲乙間のブランドリニューアル業務に関し、相互に開示する機密情報の取扱いについて、以下のとおり契約を締結する。",
        "第1条（目的）本契約は、本業務の検討及び遂行のために開示される情報の取扱いを定める。",
        "第2条（機密情報）本契約において機密情報とは、開示当事者が相手方に開示する技術上、営業上の一切の情報をいい、書面、電磁的記録、口頭その他開示の方法を問わない。",
        "第6条（有効期間）本契約の有効期間は締結日から2年間とし、本契約終了後も3年間は第2条から第5条の定めが効力を有する。",
        "第9条（返還・破棄）受領当事者は、本業務の終了後、開示当事者の指示に従い機密情報を返還または破棄し、その旨を書面で報告する。",
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA and its draft (the word 機密情報 is contract text, not a marking); one external organisation",
)

M(
    id="mkt-015",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["会議室ネット 予約センター 久保田様 <kubota@kaigishitsu-net.jp>"],
    subject="FW: 【ミライインサイト】座談会 参加者リスト",
    charset="iso-2022-jp",
    body="""久保田様

お世話になっております。日の出産業の村瀬です。
6/18の座談会で受付をお願いする参加者の一覧を、調査会社からの連絡のまま転送いたします。
受付名簿の作成にお使いください。

よろしくお願いいたします。
村瀬

---------- Forwarded message ---------
From: 岸本 彩 <kishimoto@mirai-insight.jp>
Date: 2026年6月8日(月) 18:12
Subject: 【ミライインサイト】座談会 参加者リスト
To: 村瀬 健太 <k-murase@hinode-sangyo.co.jp>

村瀬様

6/18（木）19:00〜の座談会参加者です。

1. 坂上 なつみ（38）主婦　090-2283-6617　natsumi.sakagami@gmail.com
2. 井手 康介（44）会社員　080-7731-0042　k.ide_1982@yahoo.co.jp
3. 矢吹 典江（52）パート　090-5501-2938　norie-yabuki@nifty.com
4. 宮脇 早苗（35）看護師　070-3380-7714　sanae.miyawaki@icloud.com
5. 笹川 陽菜（29）会社員　080-1146-5520　hina.sasagawa@gmail.com

以上です。
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward of the agency's participant list (5 people, mobiles and e-mails) to a third party venue",
)

M(
    id="mkt-016",
    sender="Rui Sasaki <r.sasaki@hinode-sangyo.co.jp>",
    to=["Megan Holloway <megan.holloway@northstar-global.com>"],
    subject="Respondents for the Tokyo home-visit study",
    charset="utf-8",
    body="""Hi Megan,

Thanks for the call yesterday. As agreed, here are the seven households that accepted
the home-visit interview. Your Tokyo team can contact them directly to fix the slots.

  1. Haruto NAKAZAWA (41, M) - 3-8-15 Kamimeguro, Meguro-ku, Tokyo 153-0051 - haruto.nkzw@gmail.com
  2. SUGIURA Midori (36, F) - 1-14-2 Kichijoji Honcho, Musashino-shi, Tokyo - midori.sugiura@yahoo.co.jp
  3. Kenta Aizawa (29, M) - Room 402, 2-11-3 Shimouma, Setagaya-ku, Tokyo - aizawa.kenta@outlook.jp
  4. IWASAKI Tomoe (58, F) - 5-6-1 Nakano, Nakano-ku, Tokyo 164-0001 - tomoe.iwasaki@nifty.com
  5. Daisuke Ohno (47, M) - 2-3-8 Minamisuna, Koto-ku, Tokyo - d.ohno@icloud.com
  6. HAYASHIBARA Yuki (33, F) - Park Court 1203, 4-1-7 Shibaura, Minato-ku, Tokyo - yuki.hb@gmail.com
  7. Shun Morikawa (24, M) - 1-22-5 Higashi-Ikebukuro, Toshima-ku, Tokyo - shun.morikawa@gmail.com

All of them signed our consent form, but please do not share the list outside the project team.

""" + SIG_SASAKI_EN,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail to a global agency listing 7 respondents with romaji names (both orders), addresses and e-mails",
)

M(
    id="mkt-017",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["村瀬 健太 <k-murase@hinode-sangyo.co.jp>", "江口 さやか <eguchi@hinode-sangyo.co.jp>"],
    cc=["マーケ部 調査チーム <mkt-research@hinode-sangyo.co.jp>"],
    subject="【社内】浄水器調査 回答者リスト（重複チェック用）",
    charset="iso-2022-jp",
    body="""村瀬さん、江口さん

お疲れさまです。高梨です。
浄水器調査の回答者のうち、既存顧客と重複していた方の一覧です。
社内の顧客DBと突合した結果なので、社外には出さないでください。

""" + padded([
        ["パネルID", "氏名", "年齢", "住所", "メール"],
        ["HP-204417", "小鳥遊 沙耶", "34", "東京都世田谷区桜新町2-14-7", "saya.t0612@gmail.com"],
        ["HP-204452", "勅使河原 剛", "51", "横浜市港北区日吉本町1-23-4", "teshigawara.t@nifty.com"],
        ["HP-204460", "我妻 里美", "28", "仙台市青葉区国分町2丁目14-18", "satomi_wagatsuma@yahoo.co.jp"],
        ["HP-204473", "東海林 洋介", "45", "さいたま市浦和区常盤6-4-21", "y-shoji@ocn.ne.jp"],
        ["HP-204488", "栗花落 みなみ", "23", "大阪市北区天満橋三丁目5番11号", "minami.tsuyuri@icloud.com"],
        ["HP-204501", "百目鬼 功", "62", "宇都宮市今泉町441-2", "doumeki1963@docomo.ne.jp"],
    ]) + """

ほか6名は添付なしで共有フォルダに置いてあります。
""" + SIG_TAKANASHI,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=[],
    note="respondent list of 6 sent only to internal colleagues and an internal group address",
)

M(
    id="mkt-018",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="会場調査 追加招待者（8名）",
    charset="iso-2022-jp",
    html="""<html><body style="font-family:'メイリオ',sans-serif;font-size:10pt">
<p>三輪様</p>
<p>お世話になっております。日の出産業の高梨です。<br>
会場調査（CLT）に追加でお招きしたい弊社会員の方々です。御社から招待状の送付をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>会員ID</th><th>お名前</th><th>年齢</th><th>性別</th><th>ご住所</th><th>メールアドレス</th></tr>
<tr><td>M-58812</td><td>氏家 由美子</td><td>44</td><td>女性</td><td>東京都杉並区阿佐谷南1-35-7</td><td>yumiko.ujiie@gmail.com</td></tr>
<tr><td>M-58830</td><td>鮫島　拓也</td><td>37</td><td>男性</td><td>東京都練馬区豊玉北5-18-2 メゾン豊玉203</td><td>t.samejima@yahoo.co.jp</td></tr>
<tr><td>M-58841</td><td>ナカガワ アイ</td><td>26</td><td>女性</td><td>川崎市高津区溝口二丁目4番1号</td><td>ai.nakagawa.96@icloud.com</td></tr>
<tr><td>M-58857</td><td>須藤 英二</td><td>63</td><td>男性</td><td>東京都大田区蒲田5-13-23</td><td>eiji-sudo@ocn.ne.jp</td></tr>
<tr><td>M-58866</td><td>菅谷 ゆかり</td><td>49</td><td>女性</td><td>千葉県市川市八幡2-9-14</td><td>yukari.sugaya@nifty.com</td></tr>
<tr><td>M-58872</td><td>Tomita Sho</td><td>31</td><td>男性</td><td>東京都品川区大井1-50-5</td><td>sho.tomita@gmail.com</td></tr>
<tr><td>M-58890</td><td>乙部 真琴</td><td>22</td><td>女性</td><td>東京都中野区中央4-60-3 コーポ中央101</td><td>makoto.otobe@gmail.com</td></tr>
<tr><td>M-58903</td><td>曽我部 忠</td><td>55</td><td>男性</td><td>横浜市神奈川区鶴屋町3-32-13</td><td>sogabe.tadashi@ezweb.ne.jp</td></tr>
</table>
<p>ご不明点がございましたらお知らせください。</p>
<p>日の出産業株式会社 マーケティング部<br>高梨 美緒<br>TEL 03-5201-4410</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 8 members (name, address, e-mail) to a research agency",
)

_JSON_019 = json.dumps({"members": [
    {"member_id": "HM00301122", "name": "渡貫 沙織", "kana": "ワタヌキ サオリ", "email": "saori.watanuki@gmail.com",
     "tel": "090-6627-3381", "birthday": "1987-11-03", "rank": "GOLD"},
    {"member_id": "HM00301180", "name": "荒巻 順平", "kana": "アラマキ ジュンペイ", "email": "j.aramaki@yahoo.co.jp",
     "tel": "080-3349-0058", "birthday": "1972-02-29", "rank": "SILVER"},
    {"member_id": "HM00301207", "name": "緒方 ゆい", "kana": "オガタ ユイ", "email": "yui_ogata@icloud.com",
     "tel": "070-2218-6640", "birthday": "1999-07-14", "rank": "REGULAR"},
    {"member_id": "HM00301233", "name": "Fujimura Keisuke", "kana": "フジムラ ケイスケ", "email": "keisuke.fujimura@outlook.jp",
     "tel": "090-1175-8823", "birthday": "1965-05-21", "rank": "GOLD"},
    {"member_id": "HM00301259", "name": "真壁 早紀", "kana": "マカベ サキ", "email": "makabe.saki@gmail.com",
     "tel": "080-9902-1146", "birthday": "1991-09-09", "rank": "REGULAR"},
]}, ensure_ascii=False, indent=2)

M(
    id="mkt-019",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["ツバサシステム 開発 綿貫様 <watanuki.k@tsubasa-system.jp>"],
    subject="会員API 連携テスト用データ",
    charset="utf-8",
    body="""綿貫様

早乙女です。会員API連携のテストで、本番データの形そのままで試したいとのことでしたので、
実会員から5件抜き出したレスポンスを貼り付けます。
（ステージング環境に投入後、テスト完了したら削除をお願いします）

""" + _JSON_019 + """

キー名は本番と同じです。birthdayはISO形式で返しています。

""" + SIG_SAOTOME,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="JSON in the body with 5 real member records (name, e-mail, phone, birthday) to the system partner",
)

M(
    id="mkt-020",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["マーケティング部 部内 <mkt-all@hinode-sangyo.co.jp>"],
    cc=["営業企画 飯干さん <iiboshi@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】FY2026 マーケティング戦略（役員承認版）",
    charset="cp932",
    body="""部内各位（cc：営業企画 飯干さん）

お疲れさまです。江口です。
6/5の経営会議で承認されたFY2026マーケティング戦略を共有します。
社外秘扱いです。代理店への共有は、別途マスキング版を作成しますのでそちらを使ってください。

主なポイント：
　①ブランドメッセージを「家族の時間」に転換
　②デジタル比率50％
　③ロイヤルティプログラム刷新（ランク制の見直し）

""" + SIG_EGUCHI,
    attachments=[{"kind": "pptx", "name": "【社外秘】FY2026マーケティング戦略_承認版.pptx", "title": "【社外秘】FY2026 マーケティング戦略", "page_footer": "社外秘", "slides": [
        ["【社外秘】FY2026 マーケティング戦略", "役員承認版", "2026年6月5日 経営会議"],
        ["売上目標", "全社 482億円（前年比 104%）", "飲料カテゴリ 211億円"],
        ["重点施策", "ロイヤルティプログラム刷新", "20代向けデジタル施策の強化"],
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 strategy deck sent only to internal recipients (incl. an internal subdomain)",
)

# ---------------------------------------------------------------------------------------
# mkt-021 … mkt-040
# ---------------------------------------------------------------------------------------

M(
    id="mkt-021",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["錦印刷 市ノ瀬様 <ichinose@nishiki-insatsu.co.jp>"],
    subject="サマーギフト カタログ発送データ一式",
    charset="cp932",
    body="""市ノ瀬様

いつもお世話になっております。宇佐美です。
サマーギフトカタログの発送データ一式をZIPにまとめてお送りします。

　・発送リスト.csv（ゴールド会員　抜粋）
　・作業メモ.txt（封入物と発送スケジュール）

発送は7/1（水）からでお願いいたします。

""" + SIG_USAMI,
    attachments=[{"kind": "zip", "name": "サマーギフト発送データ_20260615.zip", "files": [
        {"kind": "csv", "name": "発送リスト.csv", "encoding": "cp932", "rows": [
            ["会員番号", "氏名", "ｶﾅ", "〒", "住所1", "住所2", "電話番号"],
            ["G-10442", "八木沼 聡", "ﾔｷﾞﾇﾏ ｻﾄｼ", "113-0033", "東京都文京区本郷三丁目14-7", "", "03-3812-4471"],
            ["G-10458", "椎名 和美", "ｼｲﾅ ｶｽﾞﾐ", "231-0023", "神奈川県横浜市中区山下町1-1", "ホテルシティ山下 1108", "045-661-0928"],
            ["G-10471", "本庄 信一", "ﾎﾝｼﾞｮｳ ｼﾝｲﾁ", "330-0063", "埼玉県さいたま市浦和区高砂2-6-18", "", "090-4402-7716"],
            ["G-10493", "ｲｼｸﾞﾛ ﾐﾎ", "ｲｼｸﾞﾛ ﾐﾎ", "277-0005", "千葉県柏市柏4丁目8番1号", "柏ﾀﾜｰ 21F", "080-1124-5593"],
            ["G-10502", "丹羽 康弘", "ﾆﾜ ﾔｽﾋﾛ", "464-0075", "愛知県名古屋市千種区内山3-25-6", "", "052-741-8830"],
            ["G-10517", "二階堂 萌", "ﾆｶｲﾄﾞｳ ﾓｴ", "650-0021", "兵庫県神戸市中央区三宮町1-10-1", "", "070-5548-0271"],
            ["G-10535", "嵯峨 裕", "ｻｶﾞ ﾕﾀｶ", "920-0853", "石川県金沢市本町2丁目15-1", "ポルテ金沢 9F", "076-224-3309"],
            ["G-10540", "Yamanouchi Ema", "ﾔﾏﾉｳﾁ ｴﾏ", "107-0062", "東京都港区南青山5-4-35", "", "090-9981-0345"],
        ]},
        {"kind": "txt", "name": "作業メモ.txt", "encoding": "cp932", "text": "封入物：カタログ（A4・32P）、挨拶状、返信はがき\n発送：7/1〜7/3 ゆうメール\n問い合わせ先：販売促進課 宇佐美"},
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 8 gold members with kana, addresses and phones, to the printer",
)

M(
    id="mkt-022",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="浄水器調査 ローデータ（パスワード別送）",
    charset="iso-2022-jp",
    body="""三輪様

お世話になっております。日の出産業の高梨です。
ご依頼の浄水器調査のローデータ（弊社付与の属性つき）を送付いたします。
ZIPファイルのパスワードは、この後別のメールでお送りします。

よろしくお願いいたします。

""" + SIG_TAKANASHI,
    attachments=[{"kind": "zip", "name": "jyosuiki_raw_0615.zip", "password": "Hn#2026-0615kt", "files": [
        {"kind": "csv", "name": "raw_with_attributes.csv", "encoding": "cp932", "rows": [
            ["respondent_id", "氏名", "年齢", "居住地", "Q1", "Q2", "Q3_FA"],
            ["R0001", "小鳥遊 沙耶", "34", "東京都世田谷区", "3", "2", "特になし"],
            ["R0002", "勅使河原 剛", "51", "横浜市港北区", "1", "4", "価格が高い"],
            ["R0003", "我妻 里美", "28", "仙台市青葉区", "2", "2", "カートリッジ交換が面倒"],
            ["R0004", "東海林 洋介", "45", "さいたま市浦和区", "5", "1", ""],
            ["R0005", "栗花落 みなみ", "23", "大阪市北区", "4", "3", "味の違いがわからない"],
        ]},
    ]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of survey raw data to the research agency: cannot be inspected",
)

M(
    id="mkt-023",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 井筒様 <izutsu@hoshizora-ad.co.jp>"],
    cc=["錦印刷 市ノ瀬様 <ichinose@nishiki-insatsu.co.jp>"],
    subject="店頭POP 入稿スケジュールの三者確認",
    charset="utf-8",
    body="""星空エージェンシー 井筒様
錦印刷 市ノ瀬様

お世話になっております。日の出産業 販売促進課の宇佐美です。
夏季キャンペーンの店頭POPについて、入稿から納品までのスケジュールを三者で確認させてください。

　6/19（金）　デザイン最終（星空エージェンシー様→弊社）
　6/22（月）　入稿（星空エージェンシー様→錦印刷様）
　6/24（水）　色校正
　7/1（水）　　納品（弊社 物流センター 厚木）

仕様：A4三角POP 12,000部 ／ B3ポスター 3,000部
色校正は弊社にも1部お送りください。

ご都合の悪い日程がございましたらお知らせください。

""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="three-way schedule mail with two external organisations (agency and printer): normal",
)

M(
    id="mkt-024",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["ミライインサイト 岸本様 <kishimoto@mirai-insight.jp>"],
    subject="ホームユーステスト モニター名簿の件",
    charset="cp932",
    body="""岸本様

お世話になっております。日の出産業の村瀬です。
ホームユーステストのモニター名簿を添付いたします。
発送手配のほど、よろしくお願いいたします。

※ファイルが開けない場合はご連絡ください。

""" + SIG_MURASE,
    attachments=[{"kind": "corrupt", "name": "HUTモニター名簿_0612.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="monitor roster XLSX that is corrupt and cannot be read",
)

M(
    id="mkt-025",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="担当変更のご挨拶",
    charset="iso-2022-jp",
    body="""株式会社ことのはリサーチ
三輪様

いつも大変お世話になっております。日の出産業の村瀬です。

私事で恐縮ですが、7月1日付で営業企画部へ異動となり、
調査案件の窓口は同じ顧客調査課の鳴海に引き継ぐこととなりました。

　後任：鳴海 拓郎（なるみ たくろう）
　TEL：03-5201-4435（直通）／ 携帯 080-3316-7702
　Mail：narumi.t@hinode-sangyo.co.jp

在任中は大変お世話になりました。
今後とも変わらぬご指導のほど、よろしくお願い申し上げます。

""" + SIG_MURASE,
    expect="pass",
    entities=[],
    detectors=[],
    note="one business contact (the successor's work phone and mail) in a handover greeting",
)

M(
    id="mkt-026",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会セールス 浜口様 <hamaguchi@sakura-hotel.jp>"],
    subject="6/25 座談会 受付名簿のご送付",
    charset="iso-2022-jp",
    body="""さくらホテル
宴会セールス 浜口様

お世話になっております。日の出産業の村瀬です。
6/25（木）「鳳凰の間」で実施する座談会の受付名簿をPDFでお送りします。
ご本人確認のため、受付で氏名と電話番号下4桁を照合いただけますと幸いです。

当日もどうぞよろしくお願いいたします。

""" + SIG_MURASE,
    attachments=[{"kind": "pdf", "name": "座談会受付名簿_0625.pdf", "lines": [
        "日の出産業株式会社　座談会（6月25日 18:30受付開始）受付名簿",
        "会場：さくらホテル 鳳凰の間",
        "",
    ], "table": [
        ["No.", "氏名", "ふりがな", "年代", "電話番号", "備考"],
        ["1", "戸田 千尋", "とだ ちひろ", "30代", "090-3302-8814", ""],
        ["2", "東條 昌平", "とうじょう しょうへい", "40代", "080-6617-2259", "駐車券"],
        ["3", "七海 里佳", "ななみ りか", "20代", "070-4458-1930", ""],
        ["4", "宮ノ下 浩", "みやのした ひろし", "60代", "03-3707-2245", "杖使用"],
        ["5", "平良 あかね", "たいら あかね", "30代", "090-8804-6621", ""],
        ["6", "高円寺 透", "こうえんじ とおる", "50代", "080-2273-0918", "駐車券"],
    ], "page_footer": "日の出産業株式会社 顧客調査課"}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF reception roster of 6 participants with phone numbers to the hotel venue",
)

M(
    id="mkt-027",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 野々村様 <nonomura@kotonoha-research.co.jp>"],
    subject="デプスインタビュー 書き起こし（第3回）",
    charset="utf-8",
    body="""野々村様

お世話になっております、江口です。
第3回インタビューの書き起こしを添付します。発言の分析をお願いいたします。
ご本人の了承は得ていますが、前半の休職に関する部分は取り扱いにご注意ください。

""" + SIG_EGUCHI,
    attachments=[{"kind": "docx", "name": "インタビュー書き起こし_第3回_千早様.docx", "paragraphs": [
        "デプスインタビュー 書き起こし（第3回）",
        "対象者：千早 健一郎 様（52歳・男性・メーカー勤務・東京都府中市在住）",
        "実施日：2026年6月3日　モデレーター：野々村",
        "",
        "野々村：普段、ご自宅でお茶を飲まれるのはどんなタイミングですか。",
        "千早様：以前は会社でコーヒーばかりでした。3年前にうつ病と診断されて半年ほど休職したんですが、その頃から医師に勧められてカフェインを控えるようになって、麦茶に切り替えました。",
        "野々村：切り替えてみていかがでしたか。",
        "千早様：今も月1回通院して薬は飲んでいますが、睡眠はだいぶ良くなりました。麦茶は家族も飲むので、2Lのボトルを週に3本は買っています。",
        "野々村：購入先はどちらが多いですか。",
        "千早様：ほとんど近所のスーパーです。特売の日にまとめ買いします。",
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX transcript of a named interviewee who discloses a depression diagnosis and treatment (要配慮)",
)

M(
    id="mkt-028",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["サンプリングワークス 派遣調整 <haken@sampling-works.co.jp>"],
    subject="試飲サンプリング 実施店舗一覧（7月）",
    charset="cp932",
    body="""サンプリングワークス
派遣調整ご担当者様

お世話になっております。日の出産業の宇佐美です。
7月の試飲サンプリング実施店舗が決まりましたのでお知らせします。
各店の売場責任者には弊社営業から連絡済みです。

""" + padded([
        ["日付", "店舗名", "住所", "店舗電話"],
        ["7/4(土)", "フレッシュマートたまプラーザ店", "横浜市青葉区美しが丘1-5-2", "045-901-2231"],
        ["7/4(土)", "ヤマサキストア溝の口店", "川崎市高津区溝口1-8-7", "044-812-5500"],
        ["7/5(日)", "グリーンフーズ大宮東口店", "さいたま市大宮区大門町2-118", "048-641-3309"],
        ["7/11(土)", "フレッシュマート船橋店", "千葉県船橋市本町7-1-1", "047-421-6620"],
        ["7/11(土)", "スーパー丸八 立川店", "東京都立川市曙町2-4-5", "042-522-8111"],
        ["7/12(日)", "ヤマサキストア町田店", "東京都町田市原町田6-12-20", "042-720-3345"],
        ["7/18(土)", "グリーンフーズ川越店", "埼玉県川越市脇田本町15-13", "049-246-0012"],
        ["7/19(日)", "スーパー丸八 八王子駅南店", "東京都八王子市子安町4-7-1", "042-644-9280"],
    ], rule="=") + """

各日 10:00〜17:00、1店舗あたりスタッフ2名でお願いします。
""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of 8 supermarket stores with store addresses and phones: businesses, not people",
)

M(
    id="mkt-029",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["ホームテスト研究所 モニター事務局 <monitor@home-test.co.jp>"],
    subject="新商品モニター 追加5名のご連絡",
    charset="iso-2022-jp",
    body="""モニター事務局 御中

お世話になっております。日の出産業 顧客調査課の村瀬です。
新商品（ルイボスブレンド）のモニターに、弊社会員から追加で5名ご参加いただけることになりました。
試飲キットの発送前に、事務局から確認のお電話をお願いします。

・アマミヤ　ナオキ　様　　""" + zen_jis("090-5512-3307") + """
・カザマ　エリカ　様　　""" + zen_jis("080-2209-6654") + """
・ヒガシクニ　マサル　様　　""" + zen_jis("070-3341-9920") + """
・モロズミ　ハナ　様　　""" + zen_jis("090-7716-0482") + """
・ツジ　ケンゴ　様　　""" + zen_jis("080-6630-1175") + """

日中つながりにくい方もいらっしゃいますので、18時以降も数回お試しください。

""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="「・」 bullets of 5 monitors: katakana names with full-width mobile numbers, to a monitor agency",
)

M(
    id="mkt-030",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["株式会社ミライインサイト 営業部 柳田様 <yanagita@mirai-insight.jp>"],
    subject="お見積り（Q-2026-0415）の内容確認",
    charset="utf-8",
    body="""柳田様

お世話になっております。日の出産業の高梨です。
お見積り（見積番号 Q-2026-0415）をありがとうございました。
社内稟議の都合上、項目別に整理させていただきましたので、認識違いがないかご確認ください。

  項目                        数量      単価(税抜)     金額(税抜)
  ---------------------------------------------------------------
  調査票設計                  1式        180,000        180,000
  ネットリサーチ 本調査       1,000s         450        450,000
  スクリーニング調査          10,000s         12        120,000
  集計・クロス表作成          1式        150,000        150,000
  報告書作成                  1式        300,000        300,000
  ---------------------------------------------------------------
  小計                                                1,200,000
  消費税（10%）                                          120,000
  合計                                                1,320,000

支払条件は月末締め翌月末払いで問題ございません。
発注書は来週中にお送りします。

""" + SIG_TAKANASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="quote line items and prices with a quote number: no personal data",
)

_CATI = [["電話番号", "年代", "性別", "地域", "前回購入"]] + [
    ["03-3721-5509", "60代", "女", "東京都目黒区", "2025/11"],
    ["042-571-3382", "70代", "男", "東京都国立市", "2025/09"],
    ["090-2206-7714", "40代", "女", "神奈川県藤沢市", "2026/01"],
    ["0466-22-8107", "50代", "男", "神奈川県藤沢市", "2025/12"],
    ["080-5527-3390", "30代", "女", "千葉県浦安市", "2026/02"],
    ["047-351-2266", "60代", "女", "千葉県浦安市", "2025/10"],
    ["090-9913-4408", "50代", "男", "埼玉県所沢市", "2025/08"],
    ["04-2922-6731", "70代", "女", "埼玉県所沢市", "2025/07"],
    ["070-1820-5563", "20代", "男", "東京都調布市", "2026/03"],
]

M(
    id="mkt-031",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["コールネクスト 業務管理部 <gyomu@callnext.co.jp>"],
    subject="電話調査（CATI）架電リスト 第1弾",
    charset="cp932",
    body="""コールネクスト株式会社
業務管理部 御中

お世話になっております。日の出産業 CRM推進室の早乙女です。
離反顧客向け電話調査の架電リスト第1弾です。
氏名は架電時に不要とのことでしたので外しています。

""" + tsv(_CATI) + """

架電時間帯は平日10時〜19時、1件あたり最大3コールでお願いいたします。
第2弾（約300件）は来週お送りします。

""" + SIG_SAOTOME,
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of 9 customers' phones with age band and area, no name column, to a call centre",
)

M(
    id="mkt-032",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["青葉運輸 法人営業 大隅様 <osumi@aoba-unyu.co.jp>"],
    subject="プレゼントキャンペーン 当選者発送分",
    charset="cp932",
    body="""青葉運輸株式会社
大隅様

いつもお世話になっております。日の出産業の宇佐美です。
「ひので夏の大感謝祭」A賞（オリジナル水筒）の当選者分、7件の発送をお願いいたします。
送り状の印字用に、以下カンマ区切りで貼り付けます。

お届け先氏名,郵便番号,住所,電話番号
松永 竜也,062-0020,北海道札幌市豊平区月寒中央通7-6-20,090-3318-2047
ﾃﾗｼﾏ ｱﾔﾉ,963-8002,福島県郡山市駅前一丁目16番7号,080-4401-6623
新発田 和子,950-0087,新潟市中央区東大通2-3-26 ﾌﾟﾚｲｽ新潟502,025-243-1190
Ohashi Tetsuya,420-0852,静岡市葵区紺屋町11-1,090-6625-0078
益子 ひろみ,321-0964,栃木県宇都宮市駅前通り三丁目2-3,070-2291-5536
久米 良平,700-0901,岡山市北区本町6-36,086-222-0417
東雲 杏奈,892-0842,鹿児島県鹿児島市東千石町1-38 天文館ﾋﾞﾙ703,080-9952-3318

配達日時の指定はございません。よろしくお願いいたします。

""" + SIG_USAMI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated list of 7 prize winners (name, address, phone) in the body to the carrier",
)

M(
    id="mkt-033",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="販促物 配送状況の確認（伝票番号）",
    charset="iso-2022-jp",
    body="""青葉運輸 お客様センター 御中

お世話になっております。日の出産業株式会社 販売促進課です。
6/12出荷の販促物のうち、下記4件が追跡画面で「持戻り」となっております。
再配達の状況をご確認いただけますでしょうか。

　伝票番号　　　　　お届け先（店舗）　　　　　　　出荷番号
　4471-2290-3318　　フレッシュマート船橋店　　　　SP-260612-0041
　4471-2290-3325　　スーパー丸八 立川店　　　　　SP-260612-0044
　4471-2290-3332　　グリーンフーズ川越店　　　　　SP-260612-0047
　4471-2290-3349　　ヤマサキストア町田店　　　　　SP-260612-0052

いずれも店舗の営業時間内（9:00〜21:00）であれば受け取り可能です。

""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers and shipment numbers to stores (businesses): no personal data",
)

M(
    id="mkt-034",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["鳴海 拓郎 <narumi.t@hinode-sangyou.co.jp>"],
    subject="定例資料（6/16分）",
    charset="utf-8",
    body="""鳴海さん

お疲れさまです。桐生です。
明日の定例の資料を先に送っておきます。広告の週次数字だけです。
3ページ目のCPA推移、もし違和感あれば朝イチで教えてください。

桐生
""",
    attachments=[{"kind": "xlsx", "name": "週次広告レポート_0616.xlsx", "sheets": {"週次": [
        ["週", "費用", "CV", "CPA"],
        ["6/1週", 1820000, 402, 4527],
        ["6/8週", 1795000, 431, 4165],
    ]}}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="colleague's address typed at hinode-sangyou.co.jp, a look-alike of the company's own domain",
)

M(
    id="mkt-035",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["綿貫様 <watanuki.k@tsubasa.system.jp>"],
    subject="セグメント連携テスト用ファイル（ハッシュ済）",
    charset="iso-2022-jp",
    body="""綿貫様

早乙女です。連携テスト用のセグメントファイルをお送りします。
メールアドレスはSHA-256でハッシュ化済みです。
取り込みエラーが出た行があれば行番号を教えてください。

""" + SIG_SAOTOME,
    attachments=[{"kind": "csv", "name": "segment_test.csv", "encoding": "utf-8", "rows": _SEG_007[:16]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa.system.jp (dot for hyphen) is a look-alike of partner tsubasa-system.jp; content itself is harmless",
)

M(
    id="mkt-036",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["錦印刷 市ノ瀬様 <ichinose@nishiki-insatsu.com>"],
    subject="お詫び状 宛名データ（7件）",
    charset="cp932",
    body="""市ノ瀬様

お世話になっております。宇佐美です。
先日のDM誤配送の件で、お詫び状を送付する7名分の宛名データをテキストでお送りします。
大変お手数ですが、明日中の発送をお願いできますでしょうか。

""" + SIG_USAMI,
    attachments=[{"kind": "txt", "name": "お詫び状宛名.txt", "encoding": "cp932", "text": """〒１５４－００２３　東京都世田谷区若林３－１５－２　コーポ若林２０１　笠原　美由紀　様
〒１７９－００７２　東京都練馬区光が丘２－９－６　光が丘パークタウン７－１００５　鹿島　俊　様
〒２１１－００６３　神奈川県川崎市中原区小杉町３－２６４　田丸　梢　様
〒３３６－００１７　埼玉県さいたま市南区南浦和２－３６－１０　ｵｵﾀｹ ｹﾝｲﾁ　様
〒２７０－２２４１　千葉県松戸市松戸新田５７５－１　藤ヶ谷　瞳　様
〒１９０－００２２　東京都立川市錦町１－４－２０　サンライズ錦４０３　Ｍｉｙａｈａｒａ　Ｋｅｉ　様
〒１８４－０００４　東京都小金井市本町５－１１－２　土師　康之　様
"""}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data", "lookalike_domain"],
    note="address list of 7 people in full-width text, sent to nishiki-insatsu.com (TLD swap of partner nishiki-insatsu.co.jp)",
)

M(
    id="mkt-037",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="健康意識調査 調査票ドラフトv2",
    charset="utf-8",
    body="""三輪様

お世話になっております。高梨です。
健康意識調査の調査票ドラフトv2をお送りします。
Q8（持病）とQ9（食の制限）はセンシティブな設問なので、
「回答しない」の選択肢を必ず設けていただけますでしょうか。

""" + SIG_TAKANASHI,
    attachments=[{"kind": "docx", "name": "健康意識調査_調査票_v2.docx", "paragraphs": [
        "健康意識調査　調査票（ドラフトv2）",
        "SC1 あなたの年齢をお答えください。（数値入力）",
        "SC2 あなたの性別をお答えください。（男性／女性／回答しない）",
        "Q1 普段、健康のために気をつけていることをすべてお選びください。（複数回答）",
        "Q8 現在、医師から治療を受けている病気はありますか。（高血圧／糖尿病／脂質異常症／その他／ない／回答しない）",
        "Q9 宗教上・信条上の理由、またはアレルギーにより、食べられない食品はありますか。（ある／ない／回答しない）",
        "Q10 麦茶を飲む頻度をお答えください。（毎日／週に数回／月に数回／ほとんど飲まない）",
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="questionnaire draft that asks about illness and religion, but holds no respondent's answers",
)

M(
    id="mkt-038",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 堀田様 <hotta@hoshizora-ad.co.jp>"],
    subject="健康意識調査 速報値の共有",
    charset="iso-2022-jp",
    body="""堀田様

お世話になっております。日の出産業の高梨です。
クリエイティブ検討の参考に、健康意識調査（n=1,036）の速報値を共有します。

【Q8 治療中の病気（複数回答）】
　高血圧　　　　　18.4％
　脂質異常症　　　11.2％
　糖尿病　　　　　 6.9％
　ない　　　　　　61.5％
　回答しない　　　 4.3％

【Q9 食の制限がある】
　ある（宗教・信条）　2.1％
　ある（アレルギー）　9.8％

40代以上では「高血圧」が25％を超えており、
「カフェインゼロ・毎日の安心」という訴求は引き続き有効と考えています。

""" + SIG_TAKANASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate survey percentages about illness and religion: no individual is identifiable",
)

M(
    id="mkt-039",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="Re: 再調査 除外対象の追加有無について",
    charset="utf-8",
    body="""三輪様

ご確認ありがとうございます。高梨です。
はい、追加があります。昨日CRMで確認したところ、以下5名も既存顧客でした。
こちらも除外をお願いいたします。

氏名,メール,電話
仲宗根 美樹,miki.nakasone@gmail.com,090-7781-2204
桂木 大輔,daisuke.katsuragi@yahoo.co.jp,080-3327-6619
三ツ矢 沙也加,sayaka.mitsuya@icloud.com,070-5540-1183
Hirokawa Jun,jun.hirokawa@outlook.jp,090-2208-4475
伊集院 遥,haruka.ijuin@nifty.com,080-6619-0321

以上、よろしくお願いいたします。
""" + SIG_TAKANASHI + """

On 2026/06/15 11:02, 三輪 奈央 wrote:
> 高梨様
> 除外対象12名の照合が完了しました。
> 追加で除外したい方がいればお知らせください。
> 三輪
""",
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="reply whose new text (above the quote) adds a list of 5 customers with e-mail and phone",
)

M(
    id="mkt-040",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>", "星空エージェンシー 井筒様 <izutsu@hoshizora-ad.co.jp>",
        "はなこ様 <hanaco.tabi.official@gmail.com>"],
    subject="撮影日程のご相談（7月）",
    charset="iso-2022-jp",
    body="""皆様

お世話になっております。日の出産業の宇佐美です。
7月のタイアップ動画撮影の日程を調整させてください。

候補日：7/8（水）、7/9（木）、7/14（火）
場所：都内ハウススタジオ（星空エージェンシー様手配）

はなこ様には、撮影の前日までに商品をお届けします。
ご都合のよい日を本メールに全員返信でお知らせください。

""" + SIG_USAMI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two agencies and a private influencer (free mail) visible to each other in To: three external parties",
)

# ---------------------------------------------------------------------------------------
# mkt-041 … mkt-060
# ---------------------------------------------------------------------------------------

M(
    id="mkt-041",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["もちゃ さん <mocha.kurashi@gmail.com>", "Ryo <ryo.camp.gohan@icloud.com>",
        "ゆずママ <yuzumama_3kids@yahoo.co.jp>", "KANA <kana.fitlife.jp@gmail.com>"],
    subject="【日の出産業】ギフティングのご案内とご住所確認のお願い",
    charset="utf-8",
    body="""インフルエンサーの皆さま

はじめまして。日の出産業株式会社 販売促進課の宇佐美と申します。
このたびは新商品「ひので麦茶ボトル」のギフティングにご協力いただけるとのこと、
誠にありがとうございます。

商品は6月下旬に順次お届けいたします。
お届け先のご住所・お電話番号を、このメールへのご返信でお知らせいただけますでしょうか。
（投稿の際は #PR の表記をお願いしております）

今後ともどうぞよろしくお願いいたします。

""" + SIG_USAMI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private influencers on free mail in To can see each other's addresses: should have been Bcc",
)

M(
    id="mkt-042",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["錦印刷 データ課 <data@nishiki-insatsu.co.jp>"],
    cc=["市ノ瀬様 <ichinose@nishiki-insatsu.co.jp>"],
    subject="7月誕生月DMデータ（旧形式xls）",
    charset="cp932",
    body="""錦印刷 データ課 御中
（cc：市ノ瀬様）

お世話になっております。日の出産業の宇佐美です。
7月誕生月DMのデータです。会員システムの出力が旧形式のため .xls でのお渡しとなります。
変換の際、生年月日列の和暦表記が崩れないようご注意ください。

""" + SIG_USAMI,
    attachments=[{"kind": "xls", "name": "bd_dm_202607.xls", "sheets": {"Sheet1": [
        ["KAIIN_NO", "SHIMEI", "KANA", "ZIP", "ADDR", "BIRTH"],
        ["0078812", "鈴鹿 亮介", "スズカ リョウスケ", "514-0028", "三重県津市東丸之内21-1", "S56.7.4"],
        ["0079034", "瀬戸口 恵", "セトグチ メグミ", "862-0950", "熊本市中央区水前寺6-18-1", "Ｈ３．７．１９"],
        ["0079517", "鹿野 勝", "カノ マサル", "780-0870", "高知県高知市本町四丁目1番37号", "昭和27年7月30日"],
        ["0080226", "佐久間 あやめ", "サクマ アヤメ", "370-0841", "群馬県高崎市栄町3-23", "1996/07/07"],
        ["0080891", "檜山 剛史", "ヒヤマ ツヨシ", "038-0012", "青森県青森市柳川1-2-3 グランドパレス1002", "74/07/12"],
        ["0081145", "奥寺 美和", "オクデラ ミワ", "020-0045", "岩手県盛岡市盛岡駅西通2-9-1", "H12.7.1"],
        ["0081670", "赤穂 祐一", "アコウ ユウイチ", "670-0913", "姫路市西駅前町73", "1969年7月25日"],
    ]}}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS of 7 members with addresses and birthdays (和暦, full-width, 2-digit year) to the printer",
)

M(
    id="mkt-043",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["皆川 桃子 様 <mocha.kurashi@gmail.com>"],
    subject="ギフティング商品のお届けについて（ご住所の最終確認）",
    charset="cp932",
    body="""皆川 桃子 様（@mocha_kurashi）

いつも素敵な投稿をありがとうございます。日の出産業の宇佐美です。
先日ご返信いただいたお届け先で、明日6/23に商品を発送いたします。
念のため、お届け先に誤りがないかご確認ください。

　お届け先：〒158-0094 東京都世田谷区玉川3-21-14 二子テラス505
　お名前：皆川 桃子 様
　お電話：090-4471-2290

内容に変更がある場合は、本日18時までにご返信ください。
今後ともよろしくお願いいたします。

""" + SIG_USAMI,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["freemail_recipient", "personal_data"],
    note="one influencer's own delivery address confirmed back to her on free mail: one person, may warn",
)

_E164 = ["+81 90-3318-2047", "+81 80-4401-6623", "+81 25-243-1190", "+81 90-6625-0078",
         "+81 70-2291-5536", "+81 86-222-0417", "+81 80-9952-3318", "+81 90-1182-7735",
         "+81 80-6604-1129", "+81 70-4418-2260", "+81 90-5530-9918", "+81 80-2271-4456",
         "+81 90-8842-0073", "+81 70-6615-3302", "+81 80-1190-2287", "+81 90-7706-5541",
         "+81 80-3394-0618", "+81 90-2267-8843", "+81 70-9910-4475", "+81 80-5528-3306"]

M(
    id="mkt-044",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["LinkPoint Ads サポート <ads-support@linkpoint-ads.jp>"],
    subject="顧客一致リストのアップロードエラーについて",
    charset="utf-8",
    body="""LinkPoint Ads サポートご担当者様

お世話になっております。日の出産業の桐生です（広告アカウントID：LP-771-204-9935）。
顧客一致リストをアップロードすると「形式が正しくありません」と表示されます。
エラーになったファイルをそのまま添付しますので、原因をご確認いただけますでしょうか。

電話番号は E.164 形式（+81…）で入れているつもりです。

""" + SIG_KIRYU,
    attachments=[{"kind": "xlsx", "name": "customer_match_phone_0618.xlsx", "sheets": {"phone": [["Phone"]] + [[p] for p in _E164]}}],
    expect="stop",
    entities=["PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ad-platform customer match file of 20 customers' phone numbers (+81 format), no names, to platform support",
)

M(
    id="mkt-045",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 堀田様 <hotta@hoshizora-ad.co.jp>"],
    subject="FW: 会場調査 参加確定者のご連絡",
    charset="iso-2022-jp",
    body="""堀田様

お世話になっております。高梨です。
会場調査の参加者に試作パッケージを見ていただく件、ことのはリサーチからの連絡を添付で転送します。
当日、代理店側でも受付補助に入っていただけると助かります。

高梨
""",
    attachments=[{"kind": "eml", "name": "会場調査 参加確定者のご連絡.eml", "message": {
        "sender": "三輪 奈央 <miwa@kotonoha-research.co.jp>",
        "to": ["高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>"],
        "subject": "会場調査 参加確定者のご連絡",
        "charset": "iso-2022-jp",
        "body": """高梨様

お世話になっております。ことのはリサーチの三輪です。
6/27（土）会場調査の参加確定者をお送りします。

【10:00の回】
氏家 由美子さん　44歳　090-6613-2274　yumiko.ujiie@gmail.com
鮫島 拓也さん　37歳　080-1120-4498　t.samejima@yahoo.co.jp
中川 愛さん　26歳　070-2283-6610　ai.nakagawa.96@icloud.com
【13:00の回】
須藤 英二さん　63歳　03-3735-1182　eiji-sudo@ocn.ne.jp
菅谷 ゆかりさん　49歳　090-4426-8807　yukari.sugaya@nifty.com
乙部 真琴さん　22歳　080-7719-3302　makoto.otobe@gmail.com

以上、よろしくお願いいたします。
三輪""",
    }}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward (attached .eml) of the research agency's list of 6 participants to the ad agency",
)

M(
    id="mkt-046",
    sender="Rui Sasaki <r.sasaki@hinode-sangyo.co.jp>",
    to=["Megan Holloway <megan.holloway@northstar-global.com>"],
    cc=["Tom Reyes <tom.reyes@northstar-global.com>"],
    subject="Q2 campaign KPIs - Japan market",
    charset="utf-8",
    body="""Hi Megan, Tom,

Please find below the Q2 KPI summary for the Japan market, as requested for the regional review.

  KPI                      Target      Actual     vs target
  Brand awareness (aided)  78%         80.4%      +2.4pt
  Consideration (20s)      22%         19.8%      -2.2pt
  Site sessions            1.2M        1.34M      112%
  Leads (sample requests)  9,500       10,212     107%
  Cost per lead            JPY 4,800   JPY 4,503  94%

The 20s consideration gap is mainly from the SNS video line; we are replacing the creative
from July. Happy to walk you through the details on Thursday's call.

""" + SIG_SASAKI_EN + "\n" + DISCLAIMER_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="English KPI summary to a global agency with the standard confidentiality disclaimer",
)

M(
    id="mkt-047",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 野々村様 <nonomura@kotonoha-research.co.jp>"],
    subject="自由回答一覧（PDF）の再送",
    charset="iso-2022-jp",
    body="""野々村様

江口です。先ほどのPDFが文字化けしていたとのことで、再送いたします。
こちらでも開けるか確認できていないので、だめでしたらExcelでお送りします。

江口
""",
    attachments=[{"kind": "corrupt", "name": "アンケート自由回答一覧_全件.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="free-answer list PDF that is corrupt: cannot be inspected",
)

M(
    id="mkt-048",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["フリーモデレーター 桑原様 <kuwabara@moderate-lab.jp>"],
    subject="インタビュー記録（保護PDF）",
    charset="utf-8",
    body="""桑原様

いつもありがとうございます。日の出産業の江口です。
第1〜3回のインタビュー記録をPDFにまとめました。
社内規程によりパスワードを設定しています。パスワードはお電話でお伝えします。

""" + SIG_EGUCHI,
    attachments=[{"kind": "pdf", "name": "インタビュー記録_第1-3回.pdf", "password": "hinode0618", "lines": [
        "インタビュー記録　第1回〜第3回",
        "第1回　6月1日　対象者A（38歳女性）",
        "第2回　6月2日　対象者B（45歳男性）",
        "第3回　6月3日　対象者C（52歳男性）",
    ]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to a freelance moderator: cannot be inspected",
)

M(
    id="mkt-049",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["北国フーズ マーケティング室 工藤様 <kudo@kitaguni-food.co.jp>"],
    subject="コラボ企画 打ち合わせのお礼",
    charset="iso-2022-jp",
    body="""北国フーズ株式会社
マーケティング室 工藤様

本日はお忙しいところ、コラボ企画のお打ち合わせにお時間をいただき
誠にありがとうございました。日の出産業の江口です。

本日の合意事項をまとめます。
　・共同パッケージは2種（麦茶×とうもろこし茶）
　・発売は10月第2週を目標
　・販促費は折半、店頭什器は弊社手配

次回は7月上旬に、パッケージデザイン案を持ち寄る形でお願いいたします。

""" + SIG_EGUCHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp: a look-alike",
)

M(
    id="mkt-050",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["さくらホテル 浜口様 <hamaguchi@sakura-hotei.jp>"],
    subject="座談会会場 ご利用条件の確認",
    charset="utf-8",
    body="""さくらホテル
宴会セールス 浜口様

お世話になっております。日の出産業の村瀬です。
6/25の座談会会場について、以下ご確認させてください。

1. 鳳凰の間の使用時間　17:30〜21:30（準備・撤収込み）
2. ワンウェイミラー付き控室の有無
3. 参加者用の軽食（12名分）と飲み物
4. 駐車場の割引券の扱い

お見積りもあわせていただけますと幸いです。

""" + SIG_MURASE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotei.jp (l→i) is a look-alike of partner sakura-hotel.jp",
)

M(
    id="mkt-051",
    sender="Rui Sasaki <r.sasaki@hinode-sangyo.co.jp>",
    to=["Tom Reyes <tom.reyes@northstar-global.com>"],
    subject="H2 media plan draft",
    charset="iso-2022-jp",
    body="""Hi Tom,

As discussed, attached is our draft media plan for H2.
Could you check whether the digital split is in line with the APAC guideline,
and send us your comments by the end of next week?

""" + SIG_SASAKI_EN,
    attachments=[{"kind": "xlsx", "name": "H2_media_plan_draft_v1.xlsx", "page_header": "INTERNAL ONLY - Hinode Sangyo", "sheets": {"Plan": [
        ["H2 2026 Media Plan (draft v1)"],
        ["Channel", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total (JPY k)"],
        ["TV", 42000, 38000, 0, 35000, 30000, 45000, 190000],
        ["Search", 12000, 12500, 11000, 11000, 11500, 13000, 71000],
        ["Social video", 15000, 16000, 12000, 12000, 12000, 18000, 85000],
        ["Display", 6000, 6000, 5000, 5000, 5000, 7000, 34000],
        ["OOH", 8000, 8000, 0, 0, 0, 10000, 26000],
    ]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="media plan whose XLSX print header is stamped INTERNAL ONLY, sent to an external agency",
)

M(
    id="mkt-052",
    sender="Rui Sasaki <r.sasaki@hinode-sangyo.co.jp>",
    to=["Megan Holloway <megan.holloway@northstar-global.com>"],
    subject="Home-visit study: note on one participant",
    charset="utf-8",
    body="""Hi Megan,

One more thing before your team visits the households next week.

Ms. Tomoe Iwasaki (58, Nakano) told us on the phone that she is currently undergoing
chemotherapy for colon cancer, so she may need to reschedule at short notice and
prefers the visit to stay under one hour. Please brief the interviewer and avoid
serving the sample drinks to her without asking first.

She agreed that we share this with the interviewer only, so please keep it within your
Tokyo field team.

""" + SIG_SASAKI_EN,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English prose naming one respondent undergoing chemotherapy for cancer (要配慮), to a global agency",
)

M(
    id="mkt-053",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>"],
    subject="秋ギフティング 送付先CSV",
    charset="cp932",
    body="""森岡様

お世話になっております。宇佐美です。
秋ギフティングの送付先をCSVにしました。
宛名はご本人の希望でアカウント名のままの方もいます（伝票にはその表記で印字してください）。

""" + SIG_USAMI,
    attachments=[{"kind": "csv", "name": "autumn_gifting.csv", "encoding": "cp932", "rows": [
        ["アカウント", "宛名", "携帯", "郵便番号", "住所"],
        ["@kurashi_no_oto", "おと", "080-1130-5527", "164-0003", "東京都中野区東中野2-25-6-304"],
        ["@tsukiyo.cafe", "月夜 カフェ部", "090-2248-7706", "810-0001", "福岡市中央区天神4-1-18"],
        ["@kenta_runs", "藤堂 健太", "070-5561-0092", "222-0033", "横浜市港北区新横浜2-5-14"],
        ["@nico.chan.life", "ニコ", "080-7723-4410", "464-0850", "名古屋市千種区今池1-8-8 今池ﾊｲﾂ5F"],
        ["@shizuku_mugicha", "滴 しずく", "090-3304-1168", "530-0012", "大阪市北区芝田2-9-20"],
        ["@papa_bento_daily", "宮下 誠", "070-8856-2291", "260-0013", "千葉市中央区中央2-5-1"],
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 6 influencers (handles, some real names, mobiles, home addresses) for gifting",
)

M(
    id="mkt-054",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["北国フーズ 工藤様 <kudo@kitaguni-foods.co.jp>"],
    subject="コラボ試作品 モニター発送先",
    charset="iso-2022-jp",
    body="""工藤様

お世話になっております。江口です。
コラボ試作品を御社工場から直送いただく件、モニター5名の発送先をお知らせします。

――――――――――
お名前：高畑 美智代 様
〒０６０−０８０７　札幌市北区北七条西五丁目８番地　北七条マンション３０２号
電話：０１１−７４６−２２０８
――――――――――
お名前：宇喜多 修 様
青森県弘前市大字土手町百二十六番地
電話：080-2264-9018
――――――――――
お名前：能美 さつき 様
〒920-0962　石川県金沢市広坂一丁目二番三十二号　広坂ハイム２０１
電話：０９０−３３７１−８８０４
――――――――――
お名前：ハセガワ ジョージ 様
4-12-8 Izumi, Aoba-ku, Sendai-shi, Miyagi 981-3117
電話：070-1184-6623
――――――――――
お名前：鷲尾 千景 様
盛岡市中ノ橋通一丁目四番二十二号
電話：０１９−６２２−５５３１
――――――――――

発送予定日が決まりましたらお知らせください。

""" + SIG_EGUCHI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one block per person: 5 monitors' addresses (kanji numerals, romaji, no prefecture) and phones to the partner",
)

M(
    id="mkt-055",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 井筒様 <izutsu@hoshizora-ad.co.jp>"],
    subject="バナーA/Bテスト 結果共有",
    charset="iso-2022-jp",
    html="""<html><body>
<p>井筒さん</p>
<p>お疲れさまです。桐生です。バナーのA/Bテスト結果です。コピーBの勝ちで確定させてください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>パターン</th><th>表示回数</th><th>クリック</th><th>CTR</th><th>CV</th><th>CVR</th></tr>
<tr><td>A：毎日の安心</td><td>512,330</td><td>1,434</td><td>0.28%</td><td>41</td><td>2.86%</td></tr>
<tr><td>B：家族の時間</td><td>509,874</td><td>2,039</td><td>0.40%</td><td>66</td><td>3.24%</td></tr>
<tr><td>C：カフェインゼロ</td><td>511,002</td><td>1,687</td><td>0.33%</td><td>47</td><td>2.79%</td></tr>
</table>
<p>有意差検定（A vs B）：p &lt; 0.01</p>
<p>--<br>桐生 隼人<br>日の出産業株式会社 デジタルマーケティング課</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML-only A/B test result table with aggregate figures",
)

M(
    id="mkt-056",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>"],
    subject="フォトコンテスト 受賞者発表資料（ご確認用）",
    charset="cp932",
    body="""森岡様

お世話になっております。宇佐美です。
「ひのでのある食卓」フォトコンテストの受賞者発表資料です。
受賞者への連絡用にメールアドレスも資料に入れてあります。
プレスリリース版ではアドレスと本名は外しますので、ご確認のみお願いします。

""" + SIG_USAMI,
    attachments=[{"kind": "pptx", "name": "フォトコン受賞者発表_確認用.pptx", "slides": [
        ["「ひのでのある食卓」フォトコンテスト 受賞者", "応募総数 3,412件", "審査日 2026年6月12日"],
        ["グランプリ", "西園寺 真奈美 様（東京都・37歳）", "manami.saionji@gmail.com"],
        ["準グランプリ", "外間 勇気 様（沖縄県・29歳）", "yuki.hokama@icloud.com"],
        ["審査員特別賞", "日向 ことり 様（宮崎県・24歳） kotori.hyuga@yahoo.co.jp", "五味 隆之 様（山梨県・58歳） t-gomi@nifty.com"],
        ["入賞", "KAWABATA Rin 様（京都府・19歳） rin.kawabata@gmail.com"],
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX slides listing 5 contest winners with names, ages, prefectures and private e-mails",
)

M(
    id="mkt-057",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["ミライインサイト 岸本様 <kishimoto@mirai-insight.jp>"],
    subject="シニア調査 候補者（会員より）",
    charset="iso-2022-jp",
    body="""岸本様

お世話になっております。村瀬です。
シニア向けインタビューの候補者として、弊社会員から6名をピックアップしました。
生年月日は会員登録情報のとおりです。

""" + padded([
        ["氏名", "生年月日", "性別", "電話"],
        ["葛城　昭", "昭和２３年５月３日", "男", zen_jis("03-3410-2276")],
        ["乾　久美子", "昭和２８年１１月２０日", "女", zen_jis("090-1146-2208")],
        ["馬場園　茂", "昭和１９年２月１１日", "男", zen_jis("0467-22-5108")],
        ["ヒロセ　トミ", "昭和１５年８月８日", "女", zen_jis("045-851-3327")],
        ["志賀　康夫", "昭和２６年１月１５日", "男", zen_jis("080-5502-6691")],
        ["綾瀬　貞子", "昭和２１年４月２９日", "女", zen_jis("042-365-0074")],
    ], fw=True, rule="―") + """

ご本人には弊社から事前に電話で了承をいただいております。

""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="full-width padded list of 6 seniors with 和暦 birth dates and full-width phone numbers",
)

M(
    id="mkt-058",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    cc=["ミライインサイト 柳田様 <yanagita@mirai-insight.jp>", "錦印刷 市ノ瀬様 <ichinose@nishiki-insatsu.co.jp>"],
    subject="調査票の印刷部数について",
    charset="utf-8",
    body="""三輪様
（cc：ミライインサイト 柳田様、錦印刷 市ノ瀬様）

お世話になっております。日の出産業の高梨です。
郵送調査の調査票について、ことのはリサーチ様の発送分とミライインサイト様の会場分をまとめて
錦印刷様に発注する形にしたいと考えています。

　郵送調査分：2,400部
　会場調査分：　300部
　予備　　　：　100部

各社のご担当範囲で数量の過不足がないか、返信にてご確認ください。

""" + SIG_TAKANASHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="To one agency and Cc a second agency and the printer: three external organisations visible to each other",
)

M(
    id="mkt-059",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 経理部 <keiri@kotonoha-research.co.jp>"],
    subject="謝礼支払い（支払調書）用の情報",
    charset="iso-2022-jp",
    body="""ことのはリサーチ 経理部 御中

お世話になっております。日の出産業 ブランド戦略課の江口です。
専門家インタビューにご協力いただいた管理栄養士の先生への謝礼は、
御社経由でお支払いいただくと伺いました。支払調書作成に必要な情報をお送りします。

　氏名：　蓮見 佳代子（ハスミ カヨコ）
　住所：　〒２５１−００５２　神奈川県藤沢市藤沢９７３−４　藤沢レジデンス６０５
　個人番号：　""" + my_number(5901) + """
　謝礼額：　100,000円（税込）

ご本人の了承はいただいております。
お手数ですが、よろしくお願いいたします。

""" + SIG_EGUCHI,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="an expert's My Number (個人番号) with name and address for an honorarium payment, to the agency",
)

M(
    id="mkt-060",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["ECモール出店サポート <shop-support@mall-plus.jp>"],
    subject="クーポンコード一括登録用ファイル",
    charset="cp932",
    body="""ECモール出店サポート ご担当者様

お世話になっております。日の出産業（店舗ID：HINODE-0032）の早乙女です。
7月の会員感謝クーポンのコードを一括登録したく、CSVを添付いたします。
コードは1回限り利用、有効期限は7/31です。

""" + SIG_SAOTOME,
    attachments=[{"kind": "csv", "name": "coupon_codes_202607.csv", "encoding": "cp932", "rows":
        [["coupon_code", "discount", "min_amount", "valid_until"]] +
        [["HND7%s%04d" % ("ABCDEFGH"[i % 8], 1000 + i * 37), "500", "3000", "2026/07/31"] for i in range(30)]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="coupon codes CSV: no personal data",
)

# ---------------------------------------------------------------------------------------
# mkt-061 … mkt-080
# ---------------------------------------------------------------------------------------

M(
    id="mkt-061",
    sender="Rui Sasaki <r.sasaki@hinode-sangyo.co.jp>",
    to=["Priya Nair <priya.nair@northstar-global.com>"],
    subject="Re: Influencer shortlist for the Singapore launch",
    charset="utf-8",
    body="""Hi Priya,

Thanks, the shortlist looks good to us. Please go ahead and approach the first three;
we'll hold the other two as backups. Budget per creator stays at SGD 2,500.

Rui

On Tue, Jun 16, 2026 at 9:41 AM Priya Nair <priya.nair@northstar-global.com> wrote:
> Hi Rui,
>
> Here is the shortlist we discussed, with their managers' direct lines:
>
> 1. Chloe Tan (@chloeeats.sg) - +65 9123 4471 - chloe.tan.eats@gmail.com
> 2. Marcus Lim (@marcus.brews) - +65 8772 0193 - marcus@brewsbymarcus.sg
> 3. Aisha Rahman (@aisha.athome) - +65 9008 5562 - aisha.r.home@gmail.com
> 4. Daniel Koh (@dkoh.fit) - +65 8125 3390 - dkohfit@outlook.com
> 5. Mei Ling Ong (@meiling.makes) - +65 9661 2084 - meiling.makes@gmail.com
>
> Let me know which ones you'd like us to approach.
> Priya
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply whose influencer list is only quoted from the agency's own mail (On … wrote:)",
)

M(
    id="mkt-062",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["ツバサシステム 綿貫様 <watanuki.k@tsubasa-system.jp>"],
    subject="ダッシュボード連携 APIレスポンスの確認",
    charset="iso-2022-jp",
    body="""綿貫様

お世話になっております。桐生です。
広告ダッシュボード連携の件、こちらで叩いたAPIのレスポンスを貼ります。
conversionsがnullになる日がある理由を確認いただけますか。

{
  "account": "HINODE-ADS-01",
  "period": {"from": "2026-06-08", "to": "2026-06-14"},
  "rows": [
    {"date": "2026-06-08", "impressions": 512330, "clicks": 1434, "cost": 258110, "conversions": 41},
    {"date": "2026-06-09", "impressions": 498120, "clicks": 1502, "cost": 262400, "conversions": 44},
    {"date": "2026-06-10", "impressions": 505877, "clicks": 1388, "cost": 249930, "conversions": null},
    {"date": "2026-06-11", "impressions": 521004, "clicks": 1611, "cost": 270015, "conversions": 52}
  ]
}

よろしくお願いいたします。
""" + SIG_KIRYU,
    expect="pass",
    entities=[],
    detectors=[],
    note="JSON API response of daily ad metrics: no personal data, to the legitimate partner domain",
)

M(
    id="mkt-063",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["ミライインサイト 岸本様 <kishimoto@mirai-insight.jp>"],
    subject="リクルート条件（スクリーニング）の件",
    charset="cp932",
    body="""岸本様

お世話になっております。村瀬です。
次回グループインタビューのリクルート条件をお送りします。

【対象条件】
　・30〜59歳の男女、首都圏1都3県在住
　・直近3か月に麦茶（ペットボトル・ティーバッグ）を購入
　・世帯に小学生以下の子どもがいる方を半数以上

【除外条件】
　・本人または家族が飲料メーカー・広告・調査会社に勤務
　・過去6か月以内に同種の調査に参加
　・医師から水分摂取の制限を受けている方（試飲があるため）

既往歴や服薬の有無はスクリーニング票で「はい／いいえ」のみ確認し、
具体的な病名は聞かないようにしてください。

""" + SIG_MURASE,
    expect="pass",
    entities=[],
    detectors=[],
    note="recruit screening criteria mentioning medical restrictions in general: no person",
)

M(
    id="mkt-064",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ミライインサイト 経理ご担当 <invoice@mirai-insight.jp>"],
    subject="請求書 INV-2026-0588 の記載事項について",
    charset="utf-8",
    body="""株式会社ミライインサイト
経理ご担当者様

お世話になっております。日の出産業の高梨です。
請求書（INV-2026-0588、発注番号 PO-HN-260422）を受領いたしました。
インボイス制度の要件確認で、以下2点ご確認をお願いします。

1. 登録番号の記載：T4011101073392 とありますが、御社の登録番号で相違ないでしょうか。
2. 振込先：みずなみ銀行 新宿西口支店 普通 3381207 カ）ミライインサイト
   前回請求書の振込先と支店が異なっているため、変更の有無をご教示ください。

お手数ですがよろしくお願いいたします。

""" + SIG_TAKANASHI,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice questions with the agency's registration number and company bank account: business data only",
)

M(
    id="mkt-065",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["イベントプラス 企画部 小野寺様 <onodera@event-plus.co.jp>"],
    subject="全国ロードショー 会場候補ホテル一覧",
    charset="iso-2022-jp",
    body="""小野寺様

お世話になっております。日の出産業の江口です。
秋の新商品ロードショーの会場候補です。各ホテルの宴会予約窓口に仮押さえを
お願いできますでしょうか。

・札幌　ホテルノースゲート札幌　　札幌市北区北8条西4丁目1-1　011-700-1180
・仙台　仙台ステーションホテル青葉　宮城県仙台市青葉区中央3-7-1　022-221-4400
・東京　さくらホテル日本橋　　　東京都中央区日本橋室町1-5-3　03-3241-2200
・名古屋　ホテル金鯱ガーデン　　名古屋市中村区名駅3-25-9　052-561-3300
・大阪　グランドホテル中之島　　大阪府大阪市北区中之島5-3-68　06-6448-1100
・福岡　博多ベイサイドホテル　　福岡市博多区築港本町2-1　092-281-5500

日程は各会場10月中旬の平日を想定しています。

""" + SIG_EGUCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of six hotels with addresses and switchboard numbers: businesses, not people",
)

M(
    id="mkt-066",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["コールネクスト 業務管理部 田所様 <tadokoro@callnext.co.jp>"],
    subject="データ受け渡しルールのお願い",
    charset="cp932",
    body="""田所様

お世話になっております。日の出産業 CRM推進室の早乙女です。
第2弾以降の架電リストの受け渡しについて、弊社の情報セキュリティ規程に沿って
以下の運用をお願いしたく存じます。

１．個人データを含むファイルはメール添付ではなく、弊社指定のファイル転送サービスで授受
２．機密性の高いデータ（通話録音など）はダウンロード期限を7日に設定
３．架電終了後30日以内にデータを消去し、消去報告書をご提出
４．パスワード付きZIPのメール送付は行わない

ご不明点があればお気軽にお問い合わせください。

""" + SIG_SAOTOME,
    expect="pass",
    entities=[],
    detectors=[],
    note="data-handling rules that mention 機密性 and 個人データ: no data, no marking",
)

M(
    id="mkt-067",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["ミライインサイト 岸本様 <kishimoto@mirai-insight.jp>"],
    subject="【日程変更】6/21 13:00枠の対象者",
    charset="iso-2022-jp",
    body="""岸本様

村瀬です。急ぎのご連絡です。
6/21 13:00枠の五十嵐ちひろ様から、お子さんの発熱で来場が難しいとお電話がありました。
6/23（火）10:00に振り替えられないか、ご本人に直接ご確認いただけますでしょうか。

　五十嵐 ちひろ 様　携帯 080-9940-3362（平日16時以降が繋がりやすいそうです）

お手数をおかけしますが、よろしくお願いいたします。
村瀬
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one interviewee's name and mobile for a reschedule: a single person, may warn",
)

M(
    id="mkt-068",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["adnex デジタル 運用チーム <ops-team@adnex-digital.com>"],
    subject="7月差し替えバナー一式",
    charset="utf-8",
    body="""運用チームの皆さま

桐生です。7月から差し替えるバナー一式をZIPでお送りします。
入稿規定に合わせたサイズ別の画像と、遷移先URLのメモを同梱しています。

・300x250 / 728x90 / 1080x1080 の3サイズ
・7/1 0:00 切り替え

よろしくお願いします。
""" + SIG_KIRYU,
    attachments=[{"kind": "zip", "name": "banners_202607.zip", "files": [
        {"kind": "png", "name": "bn_300x250_B.png"},
        {"kind": "png", "name": "bn_728x90_B.png"},
        {"kind": "png", "name": "bn_1080x1080_B.png"},
        {"kind": "txt", "name": "遷移先URL.txt", "encoding": "utf-8",
         "text": "300x250 → https://www.hinode-sangyo.co.jp/mugicha/?utm_source=adnex&utm_content=b300\n728x90 → https://www.hinode-sangyo.co.jp/mugicha/?utm_source=adnex&utm_content=b728\n1080x1080 → https://www.hinode-sangyo.co.jp/mugicha/?utm_source=adnex&utm_content=b1080"},
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="unencrypted ZIP of banner images and a URL memo: nothing personal",
)

M(
    id="mkt-069",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["鳴海 拓郎 <narumi.t@hinode-sangyo.co.jp>"],
    subject="FW: 会場調査 参加確定者のご連絡",
    charset="iso-2022-jp",
    body="""鳴海さん

引き継ぎ用に転送します。当日の受付はこのリストで対応してください。
高梨

-------- 転送メッセージ --------
差出人: 三輪 奈央 <miwa@kotonoha-research.co.jp>
送信日時: 2026年6月15日 17:48
宛先: 高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>
件名: 会場調査 参加確定者のご連絡

高梨様

6/27（土）会場調査の参加確定者をお送りします。

氏家 由美子さん　44歳　090-6613-2274　yumiko.ujiie@gmail.com
鮫島 拓也さん　37歳　080-1120-4498　t.samejima@yahoo.co.jp
中川 愛さん　26歳　070-2283-6610　ai.nakagawa.96@icloud.com
須藤 英二さん　63歳　03-3735-1182　eiji-sudo@ocn.ne.jp
菅谷 ゆかりさん　49歳　090-4426-8807　yukari.sugaya@nifty.com
乙部 真琴さん　22歳　080-7719-3302　makoto.otobe@gmail.com

三輪
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="forward of a participant list to an internal colleague only",
)

M(
    id="mkt-070",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 井筒様 <izutsu@hoshizora-ad.co.jp>"],
    subject="6/17 定例 議事録",
    charset="cp932",
    body="""井筒様

本日はありがとうございました。議事録を共有いたします。

■日時：2026年6月17日（水）14:00〜15:30
■場所：日の出産業 本社7F 第2会議室
■出席者（敬称略）
　星空エージェンシー：井筒（営業）、堀田（プランナー）、真鍋（クリエイティブ）
　日の出産業：江口、桐生、宇佐美

■決定事項
　１．7月からSNS動画のクリエイティブをB案に差し替え
　２．店頭POPは6/22入稿で確定
　３．秋のロードショーは10月中旬、6都市で実施

■宿題
　・星空：SNS動画の絵コンテ修正版（6/24まで）
　・日の出：ロードショー会場の仮押さえ状況共有（6/26まで）

次回定例：7/1（水）14:00〜

""" + SIG_EGUCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting minutes listing attendees of both companies by surname only: business contacts",
)

M(
    id="mkt-071",
    sender="Rui Sasaki <r.sasaki@hinode-sangyo.co.jp>",
    to=["Megan Holloway <megan.holloway@northstar-global.com>"],
    cc=["Kenji Watase <k.watase@kotonoha-research.co.jp>"],
    subject="Intro: Northstar x Kotonoha Research",
    charset="utf-8",
    body="""Hi Megan, Watase-san,

I'd like to introduce you to each other.

Megan leads the APAC consumer insight team at Northstar Global and will coordinate the
regional tracking study. Watase-san is our fieldwork partner at Kotonoha Research in Tokyo
and will run the Japan leg.

Could you two set up a short call next week to align on the questionnaire translation
and the fieldwork timeline? I'm happy to join if useful.

""" + SIG_SASAKI_EN,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="English introduction between two external organisations (a normal three-way mail)",
)

M(
    id="mkt-072",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="回収状況（都道府県別）の確認",
    charset="iso-2022-jp",
    body="""三輪様

お世話になっております。高梨です。
6/15時点の回収状況、弊社でも集計してみました。関西の回収が遅れているようです。

　地域　　　目標　　回収　　回収率
　北海道　　　60　　　58　　96.7％
　東北　　　　80　　　71　　88.8％
　関東　　　400　　　412　 103.0％
　中部　　　150　　　139　　92.7％
　関西　　　200　　　148　　74.0％
　中国四国　　60　　　55　　91.7％
　九州沖縄　　50　　　49　　98.0％
　合計　　1,000　　　932　　93.2％

関西について追加配信をご検討いただけますでしょうか。

""" + SIG_TAKANASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="survey response counts by region: aggregate only",
)

M(
    id="mkt-073",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>"],
    subject="ギフティング施策 投稿実績のまとめ",
    charset="utf-8",
    body="""森岡様

お世話になっております。宇佐美です。
6月ギフティングの投稿実績を社内向けにまとめました。数字に誤りがないかご確認ください。

アカウント              フォロワー   投稿日   いいね   保存    リーチ
@mocha_kurashi          128,400      6/25     4,812    1,203   61,220
@ryo.camp_gohan          86,900      6/26     2,977      604   40,115
@yuzu_mama_3kids        211,300      6/27     9,640    3,318  118,420
@KANA_fitlife            54,200      6/27     1,884      221   22,960
@ojisan.no.shokutaku     39,800      6/29     2,210      512   19,877
@hanaco_tabi            102,600      6/30     3,905      980   52,334

保存率が高いのは @yuzu_mama_3kids と @mocha_kurashi でした。
""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="public account handles with follower counts and engagement: no contact data or real names",
)

M(
    id="mkt-074",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["青葉運輸 大隅様 <osumi@aoba-unyu.co.jp>"],
    subject="撮影用サンプルの個別配送（2件）",
    charset="cp932",
    body="""大隅様

いつもお世話になっております。宇佐美です。
撮影用サンプルを2件、クール便でお送りいただきたくお願いいたします。

　①　大河内 涼 様
　　　〒211-0063 神奈川県川崎市中原区小杉町1丁目403 ﾀﾜｰ棟2112
　　　080-6623-1847
　②　花房 こずえ 様
　　　〒604-8005 京都府京都市中京区恵比須町534-40 ロイヤル河原町801
　　　090-6718-4402

6/30午前着でお願いいたします。

""" + SIG_USAMI,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two recipients' addresses and phones to the carrier: under five people, may warn",
)

M(
    id="mkt-075",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["錦印刷 市ノ瀬様 <ichinose@nishiki-insatsu.co.jp>"],
    subject="発注書送付（PO-HN-260611）",
    charset="iso-2022-jp",
    body="""市ノ瀬様

お世話になっております。宇佐美です。
お見積り（NK-Q-26-0387）の内容で発注いたします。発注書をPDFで添付します。
納品書・請求書は販売促進課 宇佐美宛てでお願いいたします。

""" + SIG_USAMI,
    attachments=[{"kind": "pdf", "name": "発注書_PO-HN-260611.pdf", "lines": [
        "発注書　　　　　　　　　　　　発注番号：PO-HN-260611",
        "錦印刷株式会社 御中　　　　　　発注日：2026年6月11日",
        "日の出産業株式会社 販売促進課",
        "",
    ], "table": [
        ["品名", "仕様", "数量", "単価", "金額"],
        ["A4三角POP", "コート220kg 4C/4C", "12,000", "28", "336,000"],
        ["B3ポスター", "マット135kg 4C/0C", "3,000", "62", "186,000"],
        ["", "", "", "小計", "522,000"],
        ["", "", "", "消費税", "52,200"],
        ["", "", "", "合計", "574,200"],
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="purchase order PDF with item prices and order numbers",
)

M(
    id="mkt-076",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 堀田様 <hotta@hoshizora-ad.co.jp>"],
    subject="コピー開発用 自由回答の抜粋",
    charset="utf-8",
    body="""堀田様

高梨です。コピー開発の参考に、自由回答から印象的なものを抜き出しました。
回答者はパネルIDのみで、氏名や連絡先は付けていません。

""" + padded([
        ["パネルID", "年齢", "性別", "居住", "自由回答（Q15 麦茶を飲むきっかけ）"],
        ["KT-88120", "41", "女", "埼玉", "子どもが夏に毎日2L飲むので、煮出すより楽なボトルに"],
        ["KT-88143", "67", "男", "静岡", "腎臓の数値が悪く、医者にカフェインと糖分を控えるよう言われた"],
        ["KT-88157", "29", "女", "東京", "ジムの後にスポドリの代わりに"],
        ["KT-88171", "35", "男", "大阪", "夜にコーヒーをやめたら寝つきが良くなった"],
        ["KT-88188", "53", "女", "福岡", "母の介護で一緒に飲めるものを探していて"],
        ["KT-88196", "22", "女", "北海道", "実家でずっと飲んでいたので"],
    ]) + """

2行目・5行目あたりの「家族の体を気づかう」ニュアンスが使えそうです。
""" + SIG_TAKANASHI,
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="pseudonymous panel IDs with age/sex/prefecture; one row reveals a kidney condition: identifiable only via the agency's panel",
)

M(
    id="mkt-077",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["桑原様 <kuwabara@moderate-lab.jp>"],
    subject="6/20・21 インタビュー進行表",
    charset="cp932",
    body="""桑原様

いつもお世話になっております。村瀬です。
当日の進行表です。対象者のお名前は受付での呼び出し用に苗字だけ入れています。

　6/20（土）
　　10:00〜11:00　薬師寺様（30代・女性）
　　13:00〜14:00　三宅様（20代・男性）
　　15:30〜16:30　雲母様（40代・女性）
　6/21（日）
　　10:00〜11:00　長曾我部様（40代・男性）
　　13:00〜14:00　五十嵐様（30代・女性）
　　15:30〜16:30　岡田様（50代・男性）

ガイドフローは前回版から「購入チャネル」の設問を追加しています。

""" + SIG_MURASE,
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="six interviewees by surname with age band and sex only, to the moderator: thin records, judgement call",
)

M(
    id="mkt-078",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["桑原 瑞穂 <mizuho.kuwabara.mod@gmail.com>"],
    subject="追加インタビュー 対象者連絡先",
    charset="utf-8",
    body="""桑原さん

村瀬です。事務所のアドレスが不調とのことで、こちらに送ります。
追加インタビュー（オンライン）の対象者5名です。接続テストのご連絡をお願いします。

""" + tsv([
        ["日時", "氏名", "携帯", "メール"],
        ["6/24 19:00", "戸田 千尋", "090-3302-8814", "chihiro.toda@gmail.com"],
        ["6/24 20:30", "東條 昌平", "080-6617-2259", "s.tojo@yahoo.co.jp"],
        ["6/25 19:00", "七海 里佳", "070-4458-1930", "rika.nanami@icloud.com"],
        ["6/25 20:30", "平良 あかね", "090-8804-6621", "akane_taira@outlook.jp"],
        ["6/26 19:00", "高円寺 透", "080-2273-0918", "toru.koenji@gmail.com"],
    ]) + """

ZoomのURLは前日に私から送ります。
村瀬
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="tab-separated list of 5 interviewees with mobiles and e-mails, sent to a moderator's free-mail address",
)

M(
    id="mkt-079",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["さくらホテル 浜口様 <hamaguchi@sakura-hotel.jp>"],
    subject="座談会参加者の来館時のご配慮について",
    charset="iso-2022-jp",
    body="""浜口様

お世話になっております。日の出産業の村瀬です。
6/25の座談会にご参加の宮ノ下浩様（60代男性）について、ご配慮をお願いしたくご連絡しました。

宮ノ下様は脳梗塞の後遺症で左半身に麻痺があり、身体障害者手帳（2級）をお持ちです。
普段は杖をお使いですが、長い距離は車椅子を利用されるとのことです。
　・正面玄関での車椅子のご用意
　・鳳凰の間までのエレベーター誘導
　・会場内は出入口に近いお席
をお願いできますでしょうか。

ご本人から、ホテルのご担当者様にお伝えすることはご了承いただいています。

""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named participant's stroke after-effects and disability certificate (要配慮) told to the venue",
)

M(
    id="mkt-080",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 野々村様 <nonomura@kotonoha-research.co.jp>"],
    subject="食の制限に関する自由回答（フォロー対象者）",
    charset="cp932",
    body="""野々村様

お世話になっております。江口です。
Q9で「食の制限がある」と答えた方のうち、フォローインタビューをお願いしたい方の
自由回答をPDFにまとめました。ご本人への依頼文面のご検討をお願いします。

""" + SIG_EGUCHI,
    attachments=[{"kind": "pdf", "name": "Q9自由回答_フォロー対象.pdf", "lines": [
        "健康意識調査　Q9 自由回答（フォロー対象者）",
        "",
    ], "table": [
        ["回答者", "年齢", "Q9 自由回答"],
        ["アブドゥラ 健（Abdullah Ken）", "34", "イスラム教徒なので豚由来の原料が入っていないか毎回確認している"],
        ["篠原 悦子", "58", "エホバの証人の信者で、輸血に関わる話題は…食品は特に制限なし"],
        ["Patel 真理", "41", "ヒンドゥー教の家庭なので牛肉エキス入りは買わない"],
        ["秋月 慎也", "46", "仏教（浄土真宗）の精進の日は肉を避けている"],
        ["小松崎 瞳", "29", "小麦アレルギーで、麦茶も大麦なので医師に確認して飲んでいる"],
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 5 named respondents whose free answers reveal religion (and one allergy): 要配慮",
)

# ---------------------------------------------------------------------------------------
# mkt-081 … mkt-100
# ---------------------------------------------------------------------------------------

_CARD_081 = card_number(8101)

M(
    id="mkt-081",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["キャンペーン事務局（星空エージェンシー） <cp-jimukyoku@hoshizora-ad.co.jp>"],
    subject="応募フォームの自由記入欄にカード番号が入力されている件",
    charset="utf-8",
    body="""キャンペーン事務局 ご担当者様

お世話になっております。日の出産業 CRM推進室の早乙女です。
夏の大感謝祭の応募データを確認していたところ、備考欄にクレジットカード番号を
書き込んでいる応募が1件ありました。

　応募番号：CP26S-0048812
　応募者：大和田 絹江 様
　備考欄の記載：「送料がかかるならこのカードで払います """ + _CARD_081[:4] + " " + _CARD_081[4:8] + " " + _CARD_081[8:12] + " " + _CARD_081[12:] + """ 有効期限 09/28」

事務局側のデータベースからも当該記載の削除をお願いできますでしょうか。
あわせて、備考欄に注意書き（カード番号等を記入しないでください）を追加いただきたいです。

""" + SIG_SAOTOME,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named entrant's credit card number copied into the body for the agency's campaign office",
)

M(
    id="mkt-082",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["Field Japan 株式会社 リクルート担当 <recruit@fieldjapan.co.jp>"],
    subject="FGI 対象者スクリーニング結果（通過5名）",
    charset="iso-2022-jp",
    body="""Field Japan 株式会社
リクルートご担当者様

お世話になっております。日の出産業の村瀬です。
弊社会員から集めたFGI候補のうち、スクリーニングを通過した5名です。
会場案内の郵送をお願いいたします。

[1] MATSUSHIMA Reiko
    DOB: 1978-09-14 / F
    Addr: 2-5-11 Ebisu-minami, Shibuya-ku, Tokyo 150-0022
    Tel: 090-4410-2286

[2] Kouichi Tsuruta
    DOB: 12 Jan 1981 / M
    Addr: 5-20-3 Ogikubo, Suginami-ku, Tokyo 167-0051, Apt. 301
    Tel: 080-3357-0014

[3] 猿渡 麻衣（サワタリ マイ）
    生年月日：Ｈ２．１１．３／女
    住所：東京都三鷹市下連雀３−２４−１７
    電話：０７０−２２６１−４４０８

[4] ISOBE Nao
    DOB: 03/21/1990 / F
    Addr: 1-4-8 Higashi-Nakano, Nakano-ku, Tokyo
    Tel: 090-6628-3391

[5] 宇津木　譲
    生年月日：昭和56年12月24日／男
    住所：川崎市麻生区万福寺1丁目5番2号 新百合ヶ丘プラザ704
    電話：044-966-3318

よろしくお願いいたします。

""" + SIG_MURASE,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one block per person: 5 candidates with DOB (ISO/English/US/和暦), romaji and kanji addresses, phones",
)

M(
    id="mkt-083",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["コールネクスト 田所様 <tadokoro@callnext.co.jp>"],
    subject="休眠会員 お声がけリスト（テスト架電分）",
    charset="cp932",
    body="""田所様

お世話になっております。早乙女です。
休眠会員へのお声がけ（テスト架電）用のリストです。
生年月日はシステムの仕様で2桁年になっています。お誕生日が近い方から優先でお願いします。

会員番号,氏名,カナ,生年月日,電話番号
HM00120034,小此木 達也,ｵｺﾉｷﾞ ﾀﾂﾔ,85/07/02,090-2231-6640
HM00120581,栗林 志保,ｸﾘﾊﾞﾔｼ ｼﾎ,79/07/09,080-5506-2219
HM00121117,外山 奈美,ﾄﾔﾏ ﾅﾐ,92/07/11,070-3318-4427
HM00122045,波多野 仁,ﾊﾀﾉ ｼﾞﾝ,68/07/15,03-3393-8821
HM00122390,瀬尾 ひかり,ｾｵ ﾋｶﾘ,01/07/20,080-1142-7730
HM00123268,Matsuo Ken,ﾏﾂｵ ｹﾝ,74/07/27,090-8870-1154

架電結果は日次でご報告いただけますと幸いです。

""" + SIG_SAOTOME,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated list of 6 dormant members with half-width kana, 2-digit-year birthdays and phones",
)

M(
    id="mkt-084",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ミライインサイト 柳田様 <yanagita@mirai-insight.jp>"],
    subject="ブランド調査 サマリー（分析方針のご相談）",
    charset="utf-8",
    body="""柳田様

お世話になっております。高梨です。
昨年度のブランド調査のサマリーを添付します。
今年度の設計にあたって、前年との比較軸の考え方をご相談させてください。

""" + SIG_TAKANASHI,
    attachments=[{"kind": "docx", "name": "FY2025ブランド調査サマリー.docx", "page_header": "社外秘", "paragraphs": [
        "FY2025 ブランド調査 サマリー",
        "1. 調査概要：全国20〜69歳男女 n=3,000、2025年11月 インターネット調査",
        "2. 純粋想起：ひので麦茶 34.2%（競合A 28.8%、競合B 12.1%）",
        "3. 購入意向：全体 41.5%、20代 26.3%（前年比 -4.1pt）",
        "4. 課題：20代での「自分向けではない」イメージ、価格感度の上昇",
    ], "tables": [[
        ["指標", "FY2024", "FY2025", "差"],
        ["純粋想起", "33.0%", "34.2%", "+1.2pt"],
        ["購入意向（全体）", "43.0%", "41.5%", "-1.5pt"],
        ["購入意向（20代）", "30.4%", "26.3%", "-4.1pt"],
    ]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="aggregate brand summary whose DOCX page header alone carries the 社外秘 stamp",
)

M(
    id="mkt-085",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>"],
    subject="【社外秘】新商品発表 PR計画（案）",
    charset="iso-2022-jp",
    body="""━━━━━━━━━━━━━━━━━━━━
　　社外秘　／　取扱注意
━━━━━━━━━━━━━━━━━━━━

森岡様

お世話になっております。江口です。
9月発表予定の新商品について、PR計画の案をお送りします。
発表前の情報ですので、御社内でも担当者限りでのお取り扱いをお願いします。

■商品名（仮）：ひので 焙じ麦ブレンド
■発表日：2026年9月8日（火）
■発表会：都内ホテルにて、メディア80名規模
■想定価格：希望小売価格 168円（600ml）

初回のアイデア出しを7月上旬にお願いできますでしょうか。

""" + SIG_EGUCHI,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail itself stamped 社外秘／取扱注意 in subject and header block, to a PR agency",
)

M(
    id="mkt-086",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["ツバサシステム 綿貫様 <watanuki.k@tsubasa-system.jp>"],
    subject="Re: セグメント連携テスト用ファイル（ハッシュ済）",
    charset="utf-8",
    body="""綿貫様

早乙女です。先日は送付先アドレスを誤ってしまい、失礼いたしました。
改めて正しいアドレスにお送りします。

ファイルはSHA-256でハッシュ化したメールアドレスとセグメントコードのみです。
取り込み時の文字コードはUTF-8（BOMなし）でお願いします。

""" + SIG_SAOTOME,
    attachments=[{"kind": "csv", "name": "segment_test.csv", "encoding": "utf-8", "rows": _SEG_007[:16]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="hashed-ID segment file to the correct partner domain tsubasa-system.jp",
)

M(
    id="mkt-087",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["錦印刷 市ノ瀬様 <ichinose@nishiki-insatsu.co.jp>"],
    subject="秋DM 仕様のご相談",
    charset="iso-2022-jp",
    body="""市ノ瀬様

お世話になっております。宇佐美です。
秋の会員向けDMについて、仕様のご相談です。お見積りをお願いできますでしょうか。

　形態：圧着ハガキ（V型・6面）
　用紙：圧着ハガキ専用紙 95kg
　印刷：4C/4C、宛名面は可変印字（宛名・会員番号・バーコード）
　部数：45,000部（予備500部）
　発送：郵便区内特別（料金別納）
　納期：9月18日（金）差出

宛名データは8月末にファイル転送サービスでお渡しする予定です。

""" + SIG_USAMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="DM print specification to the legitimate printer domain: no personal data",
)

M(
    id="mkt-088",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["物流センター 厚木 発送係 <hassou@atsugi.mail.hinode-sangyo.co.jp>"],
    subject="8月誕生月ギフト 発送リスト",
    charset="cp932",
    body="""厚木物流センター 発送係 各位

お疲れさまです。本社 販売促進課の宇佐美です。
8月誕生月のプラチナ会員向けギフトの発送リストです。8/1着で手配をお願いします。

""" + padded([
        ["会員番号", "氏名", "生年月日", "郵便番号", "住所", "電話"],
        ["P-00218", "伊達 秀和", "1962/08/03", "980-0811", "仙台市青葉区一番町4-6-1", "022-262-1108"],
        ["P-00231", "綾小路 静香", "S45.8.12", "606-8305", "京都市左京区吉田河原町14", "075-771-0395"],
        ["P-00244", "桑名 ｷﾖﾐ", "昭和33年8月20日", "511-0061", "三重県桑名市寿町1-9", "0594-22-8870"],
        ["P-00259", "比嘉 勇人", "1988-08-28", "904-0004", "沖縄県沖縄市中央2-28-1", "098-937-4412"],
        ["P-00263", "Kuroda Emily", "Aug 5, 1975", "650-0004", "神戸市中央区中山手通3-1-2", "078-241-6650"],
    ]) + """

熨斗は「御誕生日御祝」でお願いします。

""" + SIG_USAMI,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="member birthday list sent only to an internal subdomain (atsugi.mail.hinode-sangyo.co.jp)",
)

M(
    id="mkt-089",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["ことのはリサーチ 三輪様 <miwa@kotonoha-research.co.jp>"],
    subject="RE: 会場調査 参加確定者のご連絡",
    charset="iso-2022-jp",
    body="""三輪様

ご連絡ありがとうございます。高梨です。
6名とも承知しました。当日は弊社から2名伺います。
試作パッケージは前日に会場へ直送いたします。

高梨

差出人: 三輪 奈央 <miwa@kotonoha-research.co.jp>
送信日時: 2026年6月15日 17:48
宛先: 高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>
件名: 会場調査 参加確定者のご連絡

高梨様

6/27（土）会場調査の参加確定者をお送りします。

氏家 由美子さん　44歳　090-6613-2274　yumiko.ujiie@gmail.com
鮫島 拓也さん　37歳　080-1120-4498　t.samejima@yahoo.co.jp
中川 愛さん　26歳　070-2283-6610　ai.nakagawa.96@icloud.com
須藤 英二さん　63歳　03-3735-1182　eiji-sudo@ocn.ne.jp
菅谷 ゆかりさん　49歳　090-4426-8807　yukari.sugaya@nifty.com
乙部 真琴さん　22歳　080-7719-3302　makoto.otobe@gmail.com

三輪
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply to the agency: the participant list is quoted from its own mail under 差出人/送信日時",
)

M(
    id="mkt-090",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["星空エージェンシー 堀田様 <hotta@hoshizora-ad.co.jp>"],
    subject="オリエン資料の送付",
    charset="utf-8",
    body="""堀田様

お世話になっております。江口です。
6/30オリエンの資料を送付します。
先日NDAを締結済みですので、数値は社内版に近い粒度で記載しています。
機密保持契約の範囲内でのお取り扱いをお願いします。

""" + SIG_EGUCHI,
    attachments=[{"kind": "pptx", "name": "オリエン資料_FY2026秋冬.pptx", "slides": [
        ["FY2026 秋冬キャンペーン オリエンテーション", "日の出産業株式会社 ブランド戦略課"],
        ["背景", "20代の購入意向が2年連続で低下", "店頭での価格訴求だけでは限界"],
        ["課題", "「家族の時間」を20代の一人暮らしにどう翻訳するか"],
        ["ご提案いただきたいこと", "コミュニケーションコンセプト", "メディアプラン（予算 1.8億円）", "KPI設計"],
        ["スケジュール", "7/21 提案", "8/上旬 決定", "10/1 キャンペーン開始"],
    ]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="orientation deck without any marking; the body only mentions the signed NDA",
)

M(
    id="mkt-091",
    sender="高梨 美緒 <takanashi.mio@hinode-sangyo.co.jp>",
    to=["株式会社ミライインサイト 柳田様 <yanagita@mirai-insight.jp>"],
    subject="報告会の日程について",
    charset="iso-2022-jp",
    body="""柳田様

お世話になっております。日の出産業の高梨です。
浄水器調査の報告会ですが、部長の予定が確定しましたので下記でお願いできますでしょうか。

　日時：7月9日（木）15:00〜16:30
　場所：弊社本社 7階 中会議室（オンライン併用）
　出席：弊社4名（部長含む）

報告書のドラフトは前営業日の17時までにお送りいただけますと助かります。

""" + SIG_TAKANASHI + "\n" + DISCLAIMER_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary scheduling mail ending with the standard Japanese confidentiality disclaimer",
)

M(
    id="mkt-092",
    sender="江口 さやか <eguchi@hinode-sangyo.co.jp>",
    to=["プリズムPR 森岡様 <morioka@prism-pr.co.jp>"],
    subject="リリース配信先（編集部）の追加",
    charset="cp932",
    body="""森岡様

お世話になっております。江口です。
新商品リリースの配信先に、下記の編集部を追加していただけますでしょうか。
代表番号と編集部の共通アドレスのみで、個人の記者の方の連絡先は含めていません。

　媒体名　　　　　　　　　　　編集部　　　　　代表電話　　　　　共通アドレス
　週刊くらしの手帖　　　　　　生活情報編集部　03-5280-1100　　　editorial@kurashi-techo.jp
　月刊フードビジネス　　　　　編集部　　　　　03-3662-4410　　　news@food-biz.co.jp
　ヘルシーライフ・マガジン　　編集部　　　　　06-6345-2200　　　info@healthy-life-mag.jp
　子育てプレス　　　　　　　　Web編集部　　　03-6416-8800　　　press@kosodate-press.com
　デイリー流通ニュース　　　　飲料担当デスク　03-3241-0707　　　desk@ryutsu-daily.co.jp

よろしくお願いいたします。

""" + SIG_EGUCHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="media outlets with switchboards and shared editorial addresses: organisations, not people",
)

M(
    id="mkt-093",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["ツバサシステム 綿貫様 <watanuki.k@tsubasa-system.jp>"],
    subject="誕生月配信のボリューム見込み",
    charset="utf-8",
    body="""綿貫様

早乙女です。誕生月クーポンの自動配信のサーバー負荷見積もり用に、
会員の誕生月別人数をお送りします（2026/6/1時点、配信許諾ありの会員のみ）。

月   人数
1月  18,420
2月  16,905
3月  18,877
4月  18,102
5月  18,660
6月  17,944
7月  19,215
8月  19,488
9月  19,031
10月 18,390
11月 17,623
12月 18,201
計   220,856

毎月1日 9:00 に一斉配信の想定です。
""" + SIG_SAOTOME,
    expect="pass",
    entities=[],
    detectors=[],
    note="member counts by birth month: aggregate only",
)

M(
    id="mkt-094",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["市ノ瀬様 <ichinose@nishiki-insatsu.jp>"],
    subject="秋DM 色校正の日程",
    charset="iso-2022-jp",
    body="""市ノ瀬様

お世話になっております。宇佐美です。
秋DMの色校正ですが、9月7日（月）午前中に弊社着でお願いできますでしょうか。
校了は9月9日（水）の予定です。

引き続きよろしくお願いいたします。

""" + SIG_USAMI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatsu.jp drops the co. of partner nishiki-insatsu.co.jp: a look-alike",
)

M(
    id="mkt-095",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["ツバサシステム 綿貫様 <watanuki.k@tsubasa-system.co.jp>"],
    subject="LP改修 見積依頼",
    charset="utf-8",
    body="""綿貫様

お世話になっております。桐生です。
キャンペーンLPの改修について、お見積りをお願いします。

・応募フォームの備考欄に注意書きを追加
・郵便番号からの住所自動入力
・確認画面の追加

8月上旬リリース希望です。

""" + SIG_KIRYU,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-system.co.jp (added co., another TLD) is a look-alike of partner tsubasa-system.jp",
)

M(
    id="mkt-096",
    sender="早乙女 恵 <saotome-m@hinode-sangyo.co.jp>",
    to=["メールマーケティング支援 マイルストーン 安斎様 <anzai@milestone-mail.jp>"],
    subject="ステップメール セグメント割当（初回分）",
    charset="cp932",
    body="""安斎様

お世話になっております。日の出産業の早乙女です。
ステップメールの初回配信分、セグメント割当をお送りします。
配信システムへの登録をお願いします。

seg	email	opt_in
A1	kotomi.hase@gmail.com	2026/05/02
A1	y-kuribayashi@yahoo.co.jp	2026/05/03
A2	shingo.tamai@icloud.com	2026/05/03
A2	mariko_h@nifty.com	2026/05/05
B1	takeshi.oura@gmail.com	2026/05/06
B1	rena.sugimura@outlook.jp	2026/05/08
B2	hiroki-ando@ezweb.ne.jp	2026/05/09
B2	natsuki.ozawa@gmail.com	2026/05/11
C1	sumire.ko@docomo.ne.jp	2026/05/12
C1	m.shirasaka@ocn.ne.jp	2026/05/14

以上10件です。2回目以降は管理画面から直接インポートします。

""" + SIG_SAOTOME,
    expect="stop",
    entities=["EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="segment assignment of 10 customers' raw e-mail addresses (no names), tab-separated in the body",
)

M(
    id="mkt-097",
    sender="村瀬 健太 <k-murase@hinode-sangyo.co.jp>",
    to=["桑原様 <kuwabara@moderate-lab.jp>"],
    subject="明日の対象者（3名）",
    charset="iso-2022-jp",
    body="""桑原様

村瀬です。明日の対象者3名の連絡先です。遅刻等の際にお使いください。

　10:00　薬師寺 まどか 様　090-3381-6620
　13:00　三宅 巧 様　　　　080-2254-9017（SMS可）
　15:30　雲母 詩織 様　　　070-6612-4438

よろしくお願いします。
村瀬
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three interviewees' names and mobiles to the moderator: under five people, may warn",
)

M(
    id="mkt-098",
    sender="桐生 隼人 <kiryu.hayato@hinode-sangyo.co.jp>",
    to=["adnex デジタル 坂東様 <bando@adnex-digital.com>", "adnex 運用チーム <ops-team@adnex-digital.com>",
        "adnex 営業 今村様 <imamura@adnex-digital.com>"],
    cc=["早乙女 恵 <saotome-m@hinode-sangyo.co.jp>", "江口 さやか <eguchi@hinode-sangyo.co.jp>"],
    subject="下期の運用体制について",
    charset="utf-8",
    body="""adnex デジタルの皆さま

お世話になっております。日の出産業の桐生です。
下期の運用体制について、弊社側の役割分担を共有します。

・広告運用全般／予算管理：桐生
・CRM連携（カスタムオーディエンス等）：早乙女
・クリエイティブ承認：江口

定例は隔週水曜14時、御社からは坂東様・今村様・運用チームの方にご参加いただく想定です。
変更があればお知らせください。

""" + SIG_KIRYU,
    expect="pass",
    entities=[],
    detectors=[],
    note="three addresses of one external organisation plus internal Cc: a single external party",
)

M(
    id="mkt-099",
    sender="Rui Sasaki <r.sasaki@hinode-sangyo.co.jp>",
    to=["Tom Reyes <tom.reyes@northstar-global.com>"],
    subject="Panel sample for the tracking study pilot",
    charset="iso-2022-jp",
    body="""Hi Tom,

As requested, I've attached a sample of our loyalty members who opted in to the global
tracking study pilot. Birth dates are as registered (some members entered them in Japanese
era format, I converted those).

Let me know if you need anything else for the sampling frame.

""" + SIG_SASAKI_EN,
    attachments=[{"kind": "csv", "name": "tracking_pilot_sample.csv", "encoding": "utf-8-sig", "rows": [
        ["member_id", "last_name", "first_name", "date_of_birth", "gender", "email", "prefecture"],
        ["HM00410022", "OGAWA", "Sayuri", "April 2, 1983", "F", "sayuri.ogawa@gmail.com", "Tokyo"],
        ["HM00410057", "Kishida", "Noboru", "Nov 30, 1959", "M", "n.kishida@nifty.com", "Kanagawa"],
        ["HM00410093", "Tanabe", "Airi", "2000-01-17", "F", "airi.tanabe@icloud.com", "Osaka"],
        ["HM00410118", "YOSHIOKA", "Makoto", "15 Mar 1992", "M", "makoto.y@yahoo.co.jp", "Aichi"],
        ["HM00410146", "Nishikawa", "Rumi", "1971/06/08", "F", "rumi-nishikawa@outlook.jp", "Fukuoka"],
        ["HM00410170", "Arakaki", "Shinji", "Sep 9, 1986", "M", "shinji.arakaki@gmail.com", "Okinawa"],
    ]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="English mail with a CSV of 6 members (romaji names, English-format birth dates, e-mails) to a global agency",
)

M(
    id="mkt-100",
    sender="宇佐美 智子 <usami.t@hinode-sangyo.co.jp>",
    to=["錦印刷 データ課 <data@nishiki-lnsatsu.co.jp>"],
    subject="宛名データ入稿のご案内",
    charset="utf-8",
    body="""錦印刷 データ課 御中

お世話になっております。日の出産業の宇佐美です。
秋DMの宛名データを、本日ファイル転送サービスにアップロードしました。
ダウンロードURLとパスワードは市ノ瀬様へ別途お伝えしています。

・ファイル名：autumn_dm_address_0828.csv
・件数：45,000件
・ダウンロード期限：9月4日

ご確認のほどよろしくお願いいたします。

""" + SIG_USAMI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-lnsatsu.co.jp (l for i) is a homoglyph look-alike of partner nishiki-insatsu.co.jp",
)
