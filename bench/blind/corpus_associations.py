"""Blind corpus — AREA associations: 日の出産業's sports clubs, OB会, 共済会, 慶弔,
社宅 and family registrations, volunteering with a local 自治会 and a school PTA.

Written from BRIEF.md only. Every person, number and address below is invented.
"""

import random

from build import card_number, my_number

# -- invented people -----------------------------------------------------------------

SEI = [
    ("四十物", "あいもの", "Aimono"), ("小鳥遊", "たかなし", "Takanashi"),
    ("東海林", "しょうじ", "Shoji"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("薬袋", "みない", "Minai"), ("鴨志田", "かもしだ", "Kamoshida"),
    ("百目鬼", "どうめき", "Domeki"), ("九十九", "つくも", "Tsukumo"),
    ("栗花落", "つゆり", "Tsuyuri"), ("十文字", "じゅうもんじ", "Jumonji"),
    ("月見里", "やまなし", "Yamanashi"), ("鰐淵", "わにぶち", "Wanibuchi"),
    ("纐纈", "こうけつ", "Koketsu"), ("鬼頭", "きとう", "Kito"),
    ("丹生谷", "にゅうのや", "Nyunoya"), ("猪股", "いのまた", "Inomata"),
    ("善養寺", "ぜんようじ", "Zenyoji"), ("冷泉", "れいぜい", "Reizei"),
    ("雲財", "うんざい", "Unzai"), ("廿浦", "つづうら", "Tsuzuura"),
    ("鳥居塚", "とりいづか", "Toriizuka"), ("甘粕", "あまかす", "Amakasu"),
    ("渡久地", "とぐち", "Toguchi"), ("比嘉", "ひが", "Higa"),
    ("安慶名", "あげな", "Agena"), ("我那覇", "がなは", "Ganaha"),
    ("佐々木", "ささき", "Sasaki"), ("高橋", "たかはし", "Takahashi"),
    ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("林", "はやし", "Hayashi"), ("清水", "しみず", "Shimizu"),
    ("阿久津", "あくつ", "Akutsu"), ("御園生", "みそのう", "Misono"),
    ("一寸木", "ちょっき", "Chokki"), ("宍戸", "ししど", "Shishido"),
    ("漆原", "うるしばら", "Urushibara"), ("苫米地", "とまべち", "Tomabechi"),
    ("祖父江", "そぶえ", "Sobue"), ("蓮見", "はすみ", "Hasumi"),
    ("及川", "おいかわ", "Oikawa"), ("半田", "はんだ", "Handa"),
    ("勅使河原", "てしがわら", "Teshigawara"), ("桑折", "こおり", "Koori"),
    ("乙部", "おとべ", "Otobe"), ("轟", "とどろき", "Todoroki"),
    ("七五三掛", "しめかけ", "Shimekake"), ("保科", "ほしな", "Hoshina"),
    ("吾妻", "あづま", "Azuma"), ("須永", "すなが", "Sunaga"),
]

MEI = [
    ("翔太", "しょうた", "Shota", "M"), ("健一", "けんいち", "Kenichi", "M"),
    ("大輔", "だいすけ", "Daisuke", "M"), ("達也", "たつや", "Tatsuya", "M"),
    ("雄大", "ゆうだい", "Yudai", "M"), ("隆之", "たかゆき", "Takayuki", "M"),
    ("拓海", "たくみ", "Takumi", "M"), ("蓮", "れん", "Ren", "M"),
    ("悠真", "ゆうま", "Yuma", "M"), ("勝利", "かつとし", "Katsutoshi", "M"),
    ("義男", "よしお", "Yoshio", "M"), ("清", "きよし", "Kiyoshi", "M"),
    ("正樹", "まさき", "Masaki", "M"), ("航平", "こうへい", "Kohei", "M"),
    ("誠", "まこと", "Makoto", "M"), ("陽向", "ひなた", "Hinata", "M"),
    ("美咲", "みさき", "Misaki", "F"), ("由美子", "ゆみこ", "Yumiko", "F"),
    ("千尋", "ちひろ", "Chihiro", "F"), ("彩花", "あやか", "Ayaka", "F"),
    ("恵", "めぐみ", "Megumi", "F"), ("陽菜", "ひな", "Hina", "F"),
    ("和子", "かずこ", "Kazuko", "F"), ("真由美", "まゆみ", "Mayumi", "F"),
    ("結衣", "ゆい", "Yui", "F"), ("紗季", "さき", "Saki", "F"),
    ("文江", "ふみえ", "Fumie", "F"), ("里奈", "りな", "Rina", "F"),
    ("芽依", "めい", "Mei", "F"), ("智子", "ともこ", "Tomoko", "F"),
    ("凛", "りん", "Rin", "F"), ("葵", "あおい", "Aoi", "F"),
]

TOWNS = [
    ("神奈川県", "藤沢市", "辻堂元町"), ("神奈川県", "藤沢市", "鵠沼海岸"),
    ("神奈川県", "茅ヶ崎市", "浜見平"), ("神奈川県", "平塚市", "八重咲町"),
    ("神奈川県", "横浜市戸塚区", "汲沢"), ("神奈川県", "横浜市泉区", "中田西"),
    ("神奈川県", "鎌倉市", "大船"), ("神奈川県", "高座郡寒川町", "一之宮"),
    ("東京都", "町田市", "鶴間"), ("東京都", "大田区", "西蒲田"),
    ("東京都", "世田谷区", "祖師谷"), ("東京都", "八王子市", "長房町"),
    ("埼玉県", "川口市", "芝中田"), ("千葉県", "船橋市", "前原西"),
    ("静岡県", "三島市", "南本町"), ("神奈川県", "厚木市", "愛甲東"),
    ("神奈川県", "相模原市南区", "相南"), ("神奈川県", "秦野市", "南矢名"),
]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

_FW = str.maketrans("0123456789-/.:() ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "０１２３４５６７８９－／．：（）　ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fw(s):
    """full-width digits, letters and separators"""
    return str(s).translate(_FW)


def wareki(dob, style="kanji"):
    y, m, d = dob
    if (y, m, d) >= (2019, 5, 1):
        era, e, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "short":
        return f"{e}{ey}.{m}.{d}"
    if style == "fwshort":
        return fw(f"{e}{ey}.{m}.{d}")
    if style == "fwkanji":
        return fw(f"{era}{ey}年{m}月{d}日")
    if style == "era2":
        return f"{era[0]}{ey:02d}/{m:02d}/{d:02d}"
    raise ValueError(style)


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def seireki(dob, style="slash"):
    y, m, d = dob
    return {"slash": f"{y}/{m:02d}/{d:02d}", "dash": f"{y}-{m:02d}-{d:02d}",
            "kanji": f"{y}年{m}月{d}日", "compact": f"{y}{m:02d}{d:02d}",
            "en": f"{d} {_MON[m - 1]} {y}", "us": f"{_MON[m - 1]}. {d}, {y}",
            "fw": fw(f"{y}/{m}/{d}"), "dot": f"{y}.{m}.{d}"}[style]


_MODERN = {"翔太", "拓海", "蓮", "悠真", "陽向", "陽菜", "結衣", "芽依", "凛", "葵", "彩花",
           "紗季", "航平", "雄大", "美咲", "里奈"}


def people(seed, n, born=(1958, 2001), pool="any"):
    """n invented people; deterministic from seed.  pool: any, male, modern (children)"""
    rng = random.Random(f"associations-{seed}")
    names = {"any": MEI, "male": [m for m in MEI if m[3] == "M"],
             "modern": [m for m in MEI if m[0] in _MODERN]}[pool]
    out, used = [], set()
    while len(out) < n:
        s, m = rng.choice(SEI), rng.choice(names)
        if (s[0], m[0]) in used:
            continue
        used.add((s[0], m[0]))
        y = rng.randint(*born)
        pref, city, town = rng.choice(TOWNS)
        banchi = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        bldg = rng.choice(["", "", "", f" コーポ{rng.choice(['若葉', '欅', '潮風', '白樺'])}{rng.randint(1, 3)}0{rng.randint(1, 6)}",
                           f" ハイツ{rng.choice(['湘南', 'みどり', '桜台'])}{rng.randint(1, 2)}0{rng.randint(1, 8)}"])
        area = {"東京都": "03", "埼玉県": "048", "千葉県": "047", "静岡県": "055"}.get(pref, rng.choice(["0466", "0467", "045", "0463", "046"]))
        if len(area) == 2:
            tel = f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
        elif len(area) == 3:
            tel = f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        else:
            tel = f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "name2": f"{s[0]}{m[0]}",
            "kana": f"{s[1]} {m[1]}", "kata": _kata(f"{s[1]} {m[1]}"),
            "romaji": f"{m[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {m[2].upper()}",
            "sex": m[3], "sexj": "男" if m[3] == "M" else "女",
            "dob": (y, rng.randint(1, 12), rng.randint(1, 28)),
            "age": 2026 - y,
            "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "tel": tel,
            "zip": f"{rng.randint(100, 439)}-{rng.randint(0, 9999):04d}",
            "pref": pref, "city": city, "town": town, "banchi": banchi, "bldg": bldg,
            "addr": f"{pref}{city}{town}{banchi}{bldg}",
            "addr_nopref": f"{city}{town}{banchi}{bldg}",
            "mail": f"{m[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}",
            "empno": f"{rng.choice(['H', 'S', 'K'])}{rng.randint(10000, 39999)}",
            "bank": f"{rng.choice(['普通', '普通', '当座'])} {rng.randint(1000000, 9999999)}",
            "branch": rng.choice(["藤沢支店", "辻堂支店", "茅ヶ崎駅前支店", "本店営業部", "平塚支店", "戸塚支店"]),
            "blood": rng.choice(["A", "B", "O", "AB"]),
            "rng": rng,
        })
    return out


def _kata(hira):
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


def pad(s, width):
    """pad with ASCII spaces to a display width (full-width chars count 2)"""
    w = sum(2 if ord(c) > 0x2000 else 1 for c in str(s))
    return str(s) + " " * max(width - w, 1)


# -- signatures --------------------------------------------------------------------------

SIG_SOMU = """--
日の出産業株式会社　総務部 福利厚生課
{name}
〒251-0047 神奈川県藤沢市辻堂東海岸4-2-1
TEL 0466-30-5100（代）　内線 2214
{mail}@hinode-sangyo.co.jp"""

SIG_KYOSAI = """━━━━━━━━━━━━━━━━━━━━
日の出産業共済会 事務局（総務部内）
{name}
TEL：0466-30-5100 内線2230 / FAX：0466-30-5199
E-mail：kyosai@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
送信者にご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail."""


MESSAGES = []
M = MESSAGES.append

# ======================================================================================
# MUST STOP
# ======================================================================================

# -- 1. 野球部 選手登録: space-padded columns, 和暦 short DOB, no phone -------------------
_p = people(101, 16, born=(1988, 2003), pool="male")
_rows = "\n".join(
    f"{i + 1:>3}  {pad(p['name'], 16)}{pad(p['kata'], 22)}{pad(wareki(p['dob'], 'short'), 11)}"
    f"{p['rng'].choice(['右/右', '右/左', '左/左'])}   {p['rng'].randint(165, 188)}"
    for i, p in enumerate(_p))
M({
    "id": "associations-baseball-registration-2026",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "16 players' names with dates of birth (和暦 short form) to the league, outside the company",
    "charset": "iso-2022-jp",
    "sender": "硬式野球部 マネージャー 乙部 <otobe.k@hinode-sangyo.co.jp>",
    "to": ["神奈川県実業団野球連盟 事務局 <jimukyoku@kanagawa-jitsugyo-bb.or.jp>"],
    "subject": "2026年度 選手登録（日の出産業硬式野球部）",
    "body": f"""神奈川県実業団野球連盟
事務局 御中

いつもお世話になっております。
日の出産業硬式野球部マネージャーの乙部でございます。

2026年度の登録選手を下記のとおり提出いたします。
背番号は前年度から変更ありません。監督・コーチは別紙（先日郵送済み）のとおりです。

 No  氏名            フリガナ              生年月日   投/打  身長
----------------------------------------------------------------------
{_rows}

登録料は4月末までに指定口座へ振り込みます。
不備がございましたらご指摘ください。

日の出産業株式会社 硬式野球部
マネージャー 乙部 健太
TEL 0466-30-5100（内線 3351）
""",
})

# -- 2. 駅伝 エントリー: XLSX with title row, kana, DOB, emergency contact ---------------
_p = people(102, 9, born=(1980, 2002))
_sheet = [["第18回 湘南ひなた駅伝 チームエントリー表", "", "", "", "", ""],
          ["チーム名：日の出産業陸上部A", "", "", "", "", ""],
          ["区間", "氏名", "ふりがな", "生年月日", "性別", "緊急連絡先（続柄）"]]
for i, p in enumerate(_p):
    _sheet.append([f"{i + 1}区" if i < 7 else "補欠", p["name"], p["kana"],
                   seireki(p["dob"], "slash"), p["sexj"],
                   f"{p['tel']}（{p['rng'].choice(['妻', '母', '父', '夫', '兄'])}）"])
M({
    "id": "associations-ekiden-entry-xlsx",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "relay-race entry sheet: 9 runners with DOB and emergency phones, XLSX with a title row, to the race committee",
    "sender": "陸上部 祖父江 <sobue.t@hinode-sangyo.co.jp>",
    "to": ["湘南ひなた駅伝 実行委員会 <entry@shonan-hinata-ekiden.jp>"],
    "subject": "エントリー表の提出（日の出産業陸上部A）",
    "body": """湘南ひなた駅伝 実行委員会
エントリーご担当者様

お世話になっております。日の出産業陸上部の祖父江です。
第18回大会のエントリー表を添付にてお送りします。
参加費（1チーム 12,000円）は本日振込済みです。

当日の駐車場は2台分お願いできれば幸いです。
よろしくお願いいたします。

日の出産業株式会社 陸上部 祖父江 拓
""",
    "attachments": [{"kind": "xlsx", "name": "entry_hinode_A.xlsx",
                     "sheets": {"エントリー": _sheet,
                                "備考": [["項目", "内容"], ["チーム監督", "祖父江 拓"],
                                         ["ユニフォーム色", "紺・オレンジ"]]}}],
})

# -- 3. フットサル大会 参加者 CSV (cp932) to the sports-insurance agency ---------------
_p = people(103, 12, born=(1975, 2004))
_rows = [["氏名", "フリガナ", "性別", "生年月日", "住所", "電話番号"]]
for p in _p:
    _rows.append([p["name2"], p["kata"], p["sexj"], seireki(p["dob"], "kanji"),
                  p["addr"], p["mobile"]])
M({
    "id": "associations-futsal-insurance-csv",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "12 participants with address, DOB and phone in a CP932 CSV to an insurance agency",
    "charset": "cp932",
    "sender": "福利厚生課 猪股 <inomata.y@hinode-sangyo.co.jp>",
    "to": ["ひまわり保険サービス 加入受付 <kanyu@himawari-hoken-s.co.jp>"],
    "subject": "【加入申込】社内フットサル大会 行事保険（1日型）",
    "body": """ひまわり保険サービス
ご担当者様

いつも大変お世話になっております。
日の出産業 福利厚生課の猪股でございます。

先日お見積りいただいた行事保険（1日型・傷害プラン）について、
参加者名簿が確定しましたので添付のCSVにてお送りいたします。

　行事名：日の出産業 社内フットサル大会
　日時　：5月17日（日）9:00〜16:00
　会場　：辻堂総合運動公園 屋内コート
　人数　：12名

保険料の請求書は総務部宛にお送りください。
何卒よろしくお願い申し上げます。
""" + SIG_SOMU.format(name="猪股 由美子", mail="inomata.y") + DISCLAIMER,
    "attachments": [{"kind": "csv", "name": "futsal_sankasha.csv", "encoding": "cp932",
                     "rows": _rows}],
})

# -- 4. one player's injury diagnosis to the insurer (sensitive, one person) ---------
M({
    "id": "associations-injury-claim-one-player",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "one named player's fracture diagnosis and surgery sent to an external insurer: 要配慮 (medical) of one person",
    "charset": "iso-2022-jp",
    "sender": "総務部 福利厚生課 鳥居塚 <toriizuka.m@hinode-sangyo.co.jp>",
    "to": ["東邦損害保険 湘南支社 事故受付 <jiko-shonan@toho-sonpo.co.jp>"],
    "subject": "事故報告（スポーツ団体傷害保険 証券番号 SG-2231-0087）",
    "body": """東邦損害保険株式会社
湘南支社 事故受付ご担当者様

お世話になっております。日の出産業 総務部の鳥居塚です。
下記のとおり、弊社サッカー部の練習中に負傷事故がありましたのでご報告いたします。

事故日時　　令和8年4月11日（土）10時40分ごろ
場所　　　　日の出産業 辻堂グラウンド
被保険者　　十文字 航平（じゅうもんじ こうへい）　平成9年2月19日生
状況　　　　紅白戦中に相手選手と接触し転倒、右足首を強く捻る
受診先　　　湘南なぎさ整形外科（同日受診）
診断名　　　右足関節外果骨折、全治約8週間の見込み
　　　　　　4月15日に観血的整復固定術を受け、現在入院中

診断書の原本は退院後に郵送いたします。
請求に必要な書類がございましたらお知らせください。

鳥居塚 真由美
日の出産業株式会社 総務部 福利厚生課
TEL 0466-30-5100 内線2217
""",
})

# -- 5. incident report PDF: heat stroke at the softball day, to the park office ------
M({
    "id": "associations-heatstroke-report-pdf",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "incident report PDF naming two employees with heat stroke / hospital treatment, to the park management company",
    "sender": "総務部 宍戸 <shishido.r@hinode-sangyo.co.jp>",
    "to": ["みどりやま公園 管理事務所 <office@midoriyama-park.jp>"],
    "subject": "7/26 ソフトボール大会中の救急搬送について（報告書）",
    "body": """みどりやま公園管理事務所
所長　九十九様

先日は救急車の誘導などご対応いただき、誠にありがとうございました。
ご依頼のあった事故報告書をPDFにてお送りします。

幸い2名とも翌日には退院し、現在は通常勤務に戻っております。
再発防止策として、次回から給水テントの増設と試合間隔の延長を行います。

日の出産業株式会社 総務部
宍戸 隆之
""",
    "attachments": [{"kind": "pdf", "name": "事故報告書_20260726.pdf",
                     "title": "事故報告書",
                     "lines": ["事故報告書（社内ソフトボール大会）",
                               "発生日時：2026年7月26日 13:20頃　場所：みどりやま公園 第2グラウンド",
                               "",
                               "1. 鰐淵 達也（営業二課、42歳）",
                               "   守備中にめまい・嘔吐。熱中症（中等症）と診断され湘南中央病院へ救急搬送、点滴治療のうえ1泊入院。",
                               "   本人申告によれば、2型糖尿病で通院中であり当日朝食を抜いていた。",
                               "2. 漆原 千尋（経理部、29歳）",
                               "   ベンチで意識もうろう。熱中症（軽症）、同病院で処置を受け当日帰宅。",
                               "",
                               "原因：気温34.8℃、WBGT 31超で試合を継続したこと。",
                               "対策：WBGT 28以上で中断、給水テント増設、救護係の常駐。"]}],
})

# -- 6. health-check results of relay runners (list + sensitive) ---------------------
_p = people(106, 6, born=(1970, 1999))
_find = ["異常なし", "心電図：完全右脚ブロック（経過観察）", "血圧 152/96 要再検",
         "異常なし", "不整脈（期外収縮）あり・専門医受診済", "喘息の既往、吸入薬使用中"]
_blocks = "\n\n".join(
    f"■{p['name']}（{p['age']}歳・{p['sexj']}）\n　健診日：2026/3/{10 + i}\n　所見：{f}"
    for i, (p, f) in enumerate(zip(_p, _find)))
M({
    "id": "associations-ekiden-medical-findings",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "health-check findings of six named runners (ECG, blood pressure, asthma) to the race organiser",
    "sender": "陸上部 監督 蓮見 <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["湘南ひなた駅伝 医務班 <medical@shonan-hinata-ekiden.jp>"],
    "subject": "Re: 出走者の健康状態申告書について",
    "body": f"""医務班 ご担当者様

日の出産業陸上部監督の蓮見です。
ご依頼の「出走者の健康状態申告」について、弊社健康診断の所見を本人の了解のもと
以下に転記いたします。

{_blocks}

以上6名です。当日はAEDの位置を事前に確認させていただきます。

蓮見 誠
""",
})

# -- 7. OB会 名簿 CSV (UTF-8) to the printer for the newsletter labels ----------------
_p = people(107, 40, born=(1938, 1962))
_rows = [["会員番号", "氏名", "郵便番号", "住所", "電話", "退職年", "最終所属"]]
for i, p in enumerate(_p):
    _rows.append([f"OB-{1200 + i * 7}", p["name2"], p["zip"], p["addr"], p["tel"],
                  str(p["rng"].randint(1998, 2024)),
                  p["rng"].choice(["製造部", "営業部", "総務部", "技術開発部", "物流センター"])])
M({
    "id": "associations-obkai-labels-csv",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "40 OB members' addresses and phones (UTF-8 CSV) to the printing partner for mailing labels",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 須藤様 <sudo@nishiki-insatsu.co.jp>"],
    "subject": "会報「ひので通信」第42号 宛名データ",
    "body": """錦印刷株式会社
営業部 須藤様

いつもお世話になっております。日の出産業OB会事務局の吾妻です。
会報第42号の宛名ラベル用データをお送りします。
前号から住所変更が6件、退会が2件ありますので、差し替えでお願いします。

発送は6月20日（土）着を目標にしていただけると助かります。

吾妻
日の出産業OB会 事務局（総務部内）TEL 0466-30-5100
""",
    "attachments": [{"kind": "csv", "name": "ob_meibo_42.csv", "encoding": "utf-8",
                     "rows": _rows}],
})

# -- 8. OB会 newsletter: seven private addresses visible in To ------------------------
_p = people(108, 7, born=(1940, 1960))
M({
    "id": "associations-obkai-golf-to-visible",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "OB golf invitation with seven retirees' private addresses visible in To (should have been Bcc)",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": [f"{p['name']} <{p['mail']}>" for p in _p],
    "subject": "OB会 秋のゴルフコンペのご案内",
    "body": """OB会の皆さま

いつもOB会の活動にご協力いただきありがとうございます。
恒例の秋のゴルフコンペを下記のとおり開催いたします。

　日時：10月15日（木）8:12 スタート
　場所：湘南シーサイドカントリー倶楽部
　会費：5,000円（プレー代別・表彰式の昼食代込み）

参加のご連絡は9月30日までに本メールへの返信でお願いいたします。

日の出産業OB会 事務局 吾妻
""",
})

# -- 9. 訃報 to OB members, all in To (+ retiree's own phone number) -------------------
_p = people(109, 5, born=(1942, 1958))
M({
    "id": "associations-obkai-fuhou-to-visible",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "bereavement notice sent with five OB members' private addresses visible in To/Cc",
    "charset": "iso-2022-jp",
    "sender": "OB会 幹事 保科 <hoshina.y@hinode-sangyo.co.jp>",
    "to": [f"{p['name']} <{p['mail']}>" for p in _p[:3]],
    "cc": [f"{p['name']} <{p['mail']}>" for p in _p[3:]],
    "subject": "【訃報】元製造部長 栗花落 清 様",
    "body": """OB会幹事の皆さま

謹んでお知らせいたします。
元製造部長の栗花落 清様が10月2日に逝去されました。享年84歳でした。

通夜・告別式は下記のとおり執り行われます。

　通夜　　10月5日（月）18時〜
　告別式　10月6日（火）11時〜12時
　式場　　平安会館 藤沢斎場（藤沢市藤沢1032-5、TEL 0466-22-7700）
　喪主　　栗花落 正樹様（ご長男）

OB会として供花を手配いたします。各地区の会員への連絡をお願いいたします。

OB会 幹事 保科
""",
})

# -- 10. OB会 年会費 口座振替: bank accounts of members, XLSX 2 sheets, to the bank -----
_p = people(110, 14, born=(1940, 1962))
_sheet = [["OB会年会費 口座振替依頼明細（2026年度）"], [],
          ["No", "会員氏名", "カナ", "金融機関", "支店", "種別・口座番号", "口座名義", "金額"]]
for i, p in enumerate(_p):
    _bk = p["bank"].split()
    _sheet.append([i + 1, p["name"], p["kata"], "みどり銀行", p["branch"], f"{_bk[0]} {_bk[1]}",
                   p["kata"].replace(" ", "　"), 3000])
M({
    "id": "associations-obkai-direct-debit-xlsx",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "14 members' bank accounts (direct-debit request) in an XLSX with a title row, to the partner bank",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 藤沢支店 法人営業課 <fujisawa-hojin@midori-ginko.co.jp>"],
    "cc": ["総務部 須永 <sunaga.a@hinode-sangyo.co.jp>"],
    "subject": "年会費口座振替の依頼データ送付（日の出産業OB会）",
    "body": """みどり銀行 藤沢支店
法人営業課 ご担当者様

平素より大変お世話になっております。
日の出産業OB会の年会費口座振替につきまして、依頼明細を添付いたします。
振替日は6月26日でお願いいたします。

集計：14件　合計 42,000円

ご確認のほどよろしくお願いいたします。

日の出産業OB会 事務局
吾妻 葵
""",
    "attachments": [{"kind": "xlsx", "name": "口座振替依頼_2026.xlsx",
                     "sheets": {"明細": _sheet,
                                "集計": [["件数", 14], ["合計金額", 42000], ["振替日", "2026/06/26"]]}}],
})

# -- 11. OB懇親会 attendees, HTML-only mail with a table, to the hotel ---------------
_p = people(111, 11, born=(1941, 1963))
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{p['tel']}</td>"
    f"<td>{p['rng'].choice(['', '', '車椅子貸出希望', '送迎バス利用', '送迎バス利用'])}</td></tr>"
    for p in _p)
M({
    "id": "associations-obkai-banquet-html-table",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail: table of 11 attendees with age and home phone, to the hotel",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "11/8 日の出産業OB会 懇親会 出席者名簿",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 宴会予約ご担当 小鳥遊様</p>
<p>いつもお世話になっております。日の出産業OB会の吾妻です。<br>
11月8日の懇親会（桜の間）の出席者名簿をお送りします。<br>
受付での名札作成と、送迎バスの乗車確認にお使いください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr style="background:#dde"><th>お名前</th><th>年齢</th><th>ご自宅電話</th><th>備考</th></tr>
{_trs}
</table>
<p>当日の緊急連絡先は吾妻の携帯（080-4471-2290）です。</p>
<p>日の出産業OB会 事務局<br>吾妻 葵</p>
</body></html>""",
})

# -- 12. one OB member's disability & care needs to the hotel ------------------------
M({
    "id": "associations-obkai-disability-one",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named retiree's physical disability (手帳等級, dialysis) disclosed to the hotel: 要配慮 of one person",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 懇親会当日のお手伝いについて",
    "body": """小鳥遊様

ご丁寧にありがとうございます。
お尋ねの件、配慮が必要な方は一名です。

百目鬼 義男 様（元物流センター長）
身体障害者手帳1級（下肢機能障害）で車椅子をご利用です。
また週3回人工透析を受けておられ、当日も午前中に透析を終えてからのご来場となります。
お食事は塩分・カリウムを控えたものをご用意いただけますと幸いです。

お手洗いに近いお席をお願いできればと存じます。

吾妻

> 小鳥遊です。
> 当日、お身体のご不自由な方などお手伝いが必要な方がいらっしゃいましたら
> 事前にお知らせください。スタッフを配置いたします。
""",
})

# -- 13. 共済会 団体保険 加入者 list, XLSX, to the life insurer ---------------------
_p = people(113, 22, born=(1962, 2000))
_sheet = [["団体定期保険 2026年度 新規・変更加入者"],
          ["社員番号", "氏名", "性別", "生年月日", "加入口数", "受取人氏名", "続柄"]]
for p in _p:
    _spouse = p["sei"] + p["rng"].choice(["美咲", "恵", "健一", "和子", "誠"])
    _sheet.append([p["empno"], p["name"], p["sexj"], wareki(p["dob"], "era2"),
                   p["rng"].randint(1, 5), _spouse, p["rng"].choice(["配偶者", "配偶者", "母", "父"])])
M({
    "id": "associations-kyosai-group-insurance-xlsx",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "22 members with DOB, employee number and beneficiaries in an XLSX to the life insurer",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["明和生命保険 団体保険部 <dantai-hoken@meiwa-seimei.co.jp>"],
    "subject": "団体定期保険 加入者明細（日の出産業共済会）",
    "body": """明和生命保険株式会社
団体保険部 御中

いつもお世話になっております。
日の出産業共済会の団体定期保険につきまして、今年度の新規・変更加入者の明細を
お送りいたします。告知書の原本は本日発送いたしました。

ご査収のほどよろしくお願いいたします。
""" + SIG_KYOSAI.format(name="五百旗頭 文江"),
    "attachments": [{"kind": "xlsx", "name": "dantai_kanyu_2026.xlsx",
                     "sheets": {"加入者": _sheet}}],
})

# -- 14. 傷病見舞金: a member's mental-health leave to the outsourced administrator ----
M({
    "id": "associations-kyosai-sickness-benefit-outsourcer",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "one member's depression diagnosis and sick leave, with bank account, to the external benefits administrator",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["ふくりサポート 給付センター <kyufu@fukuri-support.co.jp>"],
    "subject": "傷病見舞金 給付申請の回付（会員番号 K-05518）",
    "body": """ふくりサポート株式会社
給付センター ご担当者様

お世話になっております。日の出産業共済会事務局です。
下記会員の傷病見舞金申請を回付いたしますので、審査をお願いいたします。

会員：安慶名 里奈（技術開発部）
事由：うつ病（適応障害併発）により2月3日から休職中、
　　　主治医の診断書では少なくとも3か月の療養を要するとのこと
休業日数：申請時点で45日
振込先：みどり銀行 辻堂支店 普通 4418207 アゲナ リナ

診断書の写しは別途郵送いたします。

""" + SIG_KYOSAI.format(name="五百旗頭 文江"),
})

# -- 15. 共済会 loan: driver's licence number for identity check, to the bank ----------
M({
    "id": "associations-kyosai-loan-license",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one member's driver's licence number, DOB and address for a loan identity check, to the bank",
    "charset": "iso-2022-jp",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 ローンセンター <loan-center@midori-ginko.co.jp>"],
    "subject": "提携教育ローン 本人確認情報の送付",
    "body": """みどり銀行 ローンセンター
ご担当者様

お世話になっております。日の出産業共済会の五百旗頭です。
提携教育ローンの申込者について、お電話でお尋ねの本人確認情報をお送りします。

　申込者　　冷泉 正樹
　生年月日　1979年8月30日
　現住所　　横浜市泉区中田西2-11-6
　運転免許証番号　第 452013784601 号（神奈川県公安委員会、令和10年9月30日まで有効）

源泉徴収票の写しは本日速達で送付いたしました。
よろしくお願いいたします。

五百旗頭
""",
})

# -- 16. 基礎年金番号 of a retiree to the 社労士 office -------------------------------
M({
    "id": "associations-retiree-pension-number",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a retiree's 基礎年金番号 and DOB to an outside labour-and-social-security office",
    "sender": "共済会事務局 祖父江 <kyosai@hinode-sangyo.co.jp>",
    "to": ["大島社会保険労務士事務所 <info@ooshima-sr.jp>"],
    "subject": "退職者の年金請求手続きの件",
    "body": """大島先生

いつもお世話になっております。日の出産業共済会の祖父江です。
先日ご相談した退職者の年金請求の件、必要事項をお知らせします。

　氏名：　　　纐纈　和子（こうけつ　かずこ）
　生年月日：　Ｓ３６．５．１４
　基礎年金番号：　４２１３－６０８８１７
　退職日：　　2026年3月31日（定年）

ご本人からの委任状は明日お届けします。
どうぞよろしくお願いいたします。

祖父江 紗季（共済会事務局）
""",
})

# -- 17. 社宅 family registration with My Numbers to the 社労士 ---------------------
M({
    "id": "associations-shataku-family-mynumber",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an employee's spouse and children with My Numbers and DOB for the dependants filing, to the 社労士",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["大島社会保険労務士事務所 手続課 <tetsuzuki@ooshima-sr.jp>"],
    "subject": "被扶養者異動届（社宅入居に伴う家族追加）",
    "body": f"""大島社会保険労務士事務所
手続課 御中

お世話になっております。日の出産業総務部の蓮見です。
4月に茅ヶ崎社宅へ入居した社員の家族を扶養に追加したく、手続きをお願いします。

被保険者：我那覇 大輔（社員番号 S20417）

【追加する被扶養者】
・我那覇 恵　　配偶者　H3.7.22生　個人番号 {my_number(9017)}
・我那覇 陽向　長男　　R2.1.9生　 個人番号 {my_number(9018)}
・我那覇 凛　　長女　　R5.11.30生　個人番号 {my_number(9019)}

配偶者の収入証明（非課税証明書）はPDFで別送します。

蓮見 千尋
日の出産業株式会社 総務部 TEL 0466-30-5100
""",
})

# -- 18. 香典返し shipping list, tab-separated, to the gift shop ---------------------
_p = people(118, 13, born=(1945, 1990))
_rows = "\n".join(f"{p['name2']}\t{p['zip']}\t{p['addr']}\t{p['tel']}\t{p['rng'].choice([5000, 10000, 3000, 5000, 30000])}"
                  for p in _p)
M({
    "id": "associations-koden-gaeshi-tsv",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "13 mourners' names, addresses, phones and amounts pasted tab-separated, to the gift shop",
    "sender": "総務部 甘粕 <amakasu.h@hinode-sangyo.co.jp>",
    "to": ["銀座おくりもの本舗 法人課 <hojin@ginza-okurimono.co.jp>"],
    "subject": "香典返し 発送先リスト（故 鬼頭会長 社葬分）",
    "body": f"""銀座おくりもの本舗
法人課 御中

いつもお世話になっております。日の出産業総務部の甘粕です。
先日の社葬でご芳志をいただいた個人の方への香典返しの発送をお願いします。
品物は先日お打ち合わせのカタログギフト（金額の半額相当）でお願いします。
（取引先法人分は別途こちらでお礼状を送りますので対象外です）

氏名	郵便番号	住所	電話	ご芳志額
{_rows}

のし：志、挨拶状：社名入り（文面は先日の案B）
発送は四十九日の11月2日以降でお願いいたします。

甘粕 博
日の出産業株式会社 総務部
""",
})

# -- 19. wedding guest addresses, one record per block, to the wedding hall ---------
_p = people(119, 7, born=(1960, 1998))
_blocks = "\n".join(
    f"［{i + 1}］{p['name']} 様（{p['rng'].choice(['上司', '同僚', '同期', '元上司', '部下'])}）\n"
    f"　　〒{p['zip']}\n　　{p['addr_nopref']}\n　　携帯 {p['mobile']}\n"
    for i, p in enumerate(_p))
M({
    "id": "associations-wedding-guest-blocks",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven colleagues' home addresses and mobiles, one record per block (addresses without prefecture), to a wedding venue",
    "sender": "営業一課 九十九 陽菜 <tsukumo.h@hinode-sangyo.co.jp>",
    "to": ["ラ・メール湘南 ウェディングサロン 鴨志田様 <salon@la-mer-wedding.jp>"],
    "subject": "招待状の宛名（会社関係）をお送りします",
    "body": f"""鴨志田様

いつもお世話になっております。九十九です。
招待状の宛名書きをお願いする会社関係のゲストをまとめました。
社内の慶弔係にも確認済みです。

{_blocks}
以上7名です。座席表の肩書きは後日お送りします。
よろしくお願いいたします。

九十九 陽菜
""",
})

# -- 20. 社宅 入居者一覧 with family and plate numbers, full-width spaces -------------
_p = people(120, 8, born=(1972, 1996))
_lines = []
for i, p in enumerate(_p):
    _lines.append(f"{fw(str(100 + (i // 4) * 100 + i % 4 + 1))}号室　{p['name']}　{fw(p['mobile'])}　"
                  f"家族{fw(str(p['rng'].randint(1, 4)))}名　車両：湘南{fw(str(p['rng'].randint(300, 599)))}　"
                  f"{p['rng'].choice(['さ', 'せ', 'に', 'ほ'])}　{fw(str(p['rng'].randint(10, 99)))}－{fw(str(p['rng'].randint(10, 99)))}")
M({
    "id": "associations-shataku-residents-fullwidth",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight tenants of a company flat with full-width mobile numbers and car plates, to the property manager",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 賃貸管理部 <chintai@towa-jutaku-kanri.co.jp>"],
    "subject": "辻堂第二社宅　入居者一覧（更新）",
    "body": "東和住宅管理株式会社\n賃貸管理部　半田様\n\n"
            "いつもお世話になっております。\n"
            "辻堂第二社宅の入居者一覧を更新しましたのでお送りいたします。\n"
            "駐車場の区画割りと緊急時の連絡にご利用ください。\n\n"
            "部屋　氏名　携帯　家族　車両\n"
            + "\n".join(_lines) +
            "\n\n２０３号室は５月末で退去予定です。\n\n蓮見\n日の出産業 総務部",
})

# -- 21. family registration DOCX: employee + 4 family members (5 records) -----------
M({
    "id": "associations-shataku-family-docx-five",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX 入居者届: an employee and four family members with dates of birth (five people), to the property manager",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 賃貸管理部 <chintai@towa-jutaku-kanri.co.jp>"],
    "subject": "茅ヶ崎社宅 305号室 入居者届",
    "body": """半田様

お世話になっております。日の出産業の蓮見です。
茅ヶ崎社宅305号室の入居者届を添付いたします。
入居日は4月4日（土）、鍵のお渡しは前日の午後を希望しています。

よろしくお願いいたします。
蓮見
""",
    "attachments": [{"kind": "docx", "name": "入居者届_茅ヶ崎305.docx",
                     "title": "社宅入居者届",
                     "paragraphs": ["社宅入居者届", "物件：茅ヶ崎社宅 305号室　入居日：2026年4月4日",
                                    "同居者を含め下表のとおり届け出ます。"],
                     "tables": [[["続柄", "氏名", "生年月日", "勤務先・学校", "連絡先"],
                                 ["本人", "比嘉 健一", "昭和59年10月3日", "日の出産業（物流センター）", "090-6613-2084"],
                                 ["妻", "比嘉 智子", "昭和61年1月27日", "パート", "080-2290-7713"],
                                 ["長男", "比嘉 蓮", "平成26年6月15日", "茅ヶ崎市立浜見平小学校", ""],
                                 ["次男", "比嘉 悠真", "平成29年9月2日", "同上", ""],
                                 ["母", "比嘉 文江", "昭和25年3月8日", "", "0466-85-1127"]]]}],
})

# -- 22. foreign employee's residence card number for the tenancy screening ---------
M({
    "id": "associations-shataku-residence-card",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a foreign employee's residence-card number and DOB sent to the property manager",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 入居審査 <shinsa@towa-jutaku-kanri.co.jp>"],
    "subject": "借上げ社宅 入居審査書類の件（NGUYEN様）",
    "body": """東和住宅管理 入居審査ご担当者様

お世話になっております。
借上げ社宅（平塚・八重咲町）の入居予定者について、ご指示のあった在留カード情報をお送りします。

入居予定者：NGUYEN VAN THANH（グエン ヴァン タン）
生年月日：1997年12月4日
在留カード番号：UH47028815EA
在留資格：技術・人文知識・国際業務（在留期間満了日 2028年11月20日）

カードの両面コピーは書留で送付済みです。
何卒よろしくお願い申し上げます。

日の出産業株式会社 総務部 蓮見 千尋
""",
})

# -- 23. tenant arrested: criminal matter of one person to the property manager ----
M({
    "id": "associations-shataku-arrest-report",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named tenant's arrest (criminal matter) reported to the property manager: 要配慮 of one person",
    "charset": "iso-2022-jp",
    "sender": "総務部長 宍戸 <shishido.t@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 半田様 <handa@towa-jutaku-kanri.co.jp>"],
    "subject": "辻堂第二社宅 102号室の件",
    "body": """半田様

日頃よりお世話になっております。日の出産業総務部長の宍戸です。
お電話でお伝えした件、書面でもお知らせいたします。

102号室入居者の丹生谷 達也（当社社員）が、5月9日夜、酒気帯び運転の疑いで
藤沢北警察署に逮捕されました。現在も勾留中で、社内では処分を検討しております。

ご家族（妻と長女）は引き続き居住されます。
警察・報道関係から物件へ問い合わせがあった場合は、当社総務部へ回していただけますと幸いです。

宍戸 隆之
日の出産業株式会社 総務部長
""",
})

# -- 24. burglary victim named, to the property manager ------------------------------
M({
    "id": "associations-shataku-burglary-victim",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named tenant as the victim of a burglary (crime victim = 要配慮) sent to the property manager",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 賃貸管理部 <chintai@towa-jutaku-kanri.co.jp>"],
    "subject": "【至急】茅ヶ崎社宅 侵入窃盗被害の報告と鍵交換のお願い",
    "body": """東和住宅管理 賃貸管理部 御中

日の出産業の蓮見です。
昨日（6/3）昼間、茅ヶ崎社宅201号室の猪股 美咲さん宅で侵入窃盗の被害がありました。
ベランダ側の窓を割られ、現金と貴金属が盗まれたとのことです。
茅ヶ崎警察署に被害届を提出済み（受理番号は本人が保管）。

つきましては、
　1. 201号室の窓ガラス修繕と鍵（補助錠含む）交換
　2. 1階・2階共用部への防犯カメラ設置のお見積り
を至急お願いいたします。

猪股さんは精神的にも参っておられるため、修繕業者の訪問日時は私にご連絡ください。

蓮見
""",
})

# -- 25. 社宅 駐車場 契約者 with driver's licence numbers (list + ID) ----------------
_p = people(125, 6, born=(1970, 1998))
_lines = "\n".join(
    f"{chr(0x41 + i)}-{i + 1:02d}  {pad(p['name'], 14)}免許 {p['rng'].randint(30, 63)}{p['rng'].randint(10**9, 10**10 - 1)}  {p['mobile']}"
    for i, p in enumerate(_p))
M({
    "id": "associations-shataku-parking-licenses",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six parking users with driver's licence numbers and mobiles to the parking operator",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["湘南パーキングサービス <keiyaku@shonan-parking-s.jp>"],
    "subject": "社宅駐車場 契約者情報（免許証番号）",
    "body": f"""湘南パーキングサービス 契約ご担当者様

お世話になっております。日の出産業の蓮見です。
辻堂第二社宅駐車場の新年度契約者をお知らせします。
ご指定のとおり運転免許証番号を記載しております。

区画  氏名          免許証番号          携帯
{_lines}

契約書への押印は各自が行います。よろしくお願いいたします。
""",
})

# -- 26. 自治会 清掃ボランティア: roster to the 自治会長's free mail ------------------
_p = people(126, 8, born=(1965, 2000))
_lines = "\n".join(f"・{p['name']}（{p['addr_nopref']}）　{p['mobile']}" for p in _p)
M({
    "id": "associations-jichikai-cleanup-roster-freemail",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "eight volunteers' home addresses (no prefecture) and mobiles as ・ bullets to the 自治会長's gmail",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["辻堂元町自治会 会長 東海林様 <shoji.kiyoshi1951@gmail.com>"],
    "subject": "海岸清掃 当社参加者のご連絡",
    "body": f"""東海林会長

いつもお世話になっております。日の出産業の轟です。
9月6日（日）の海岸清掃に、当社からは以下の8名が参加いたします。
班分けと当日の連絡用にお使いください。

{_lines}

軍手とゴミ袋は当社で用意して持参します。
当日はどうぞよろしくお願いいたします。

轟 和也
日の出産業株式会社 総務部（CSR・地域貢献担当）
""",
})

# -- 27. 要支援者名簿 for the 防災訓練 (list + sensitive), to the 社会福祉協議会 ---------
_p = people(127, 7, born=(1930, 1955))
_needs = ["要介護2・車椅子", "視覚障害（全盲）", "人工透析（火木土）", "認知症・日中独居",
          "在宅酸素療法", "聴覚障害・筆談可", "要支援1・歩行器"]
_rows = [["地区", "氏名", "年齢", "住所", "電話", "支援内容"]]
for p, n in zip(_p, _needs):
    _rows.append([p["rng"].choice(["1班", "2班", "3班"]), p["name"], p["age"], p["addr_nopref"], p["tel"], n])
M({
    "id": "associations-bousai-youshien-xlsx",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "disaster-drill list of seven residents with disabilities/illnesses, addresses and phones, to the social welfare council",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["ひなた市社会福祉協議会 地域福祉課 <chiiki@hinata-shakyo.or.jp>"],
    "subject": "合同防災訓練 避難支援対象者の確認",
    "body": """ひなた市社会福祉協議会
地域福祉課　月見里様

お世話になっております。日の出産業の轟です。
11月の合同防災訓練で当社社員が避難支援を担当する方の一覧を、
自治会からお預かりした情報をもとに作成しました。
担当割り当てにご意見をいただけますと幸いです。
""",
    "attachments": [{"kind": "xlsx", "name": "避難支援対象者_辻堂元町.xlsx",
                     "sheets": {"対象者": [["避難行動要支援者 一覧（辻堂元町）"]] + _rows,
                                "担当": [["支援担当（日の出産業）", "班"], ["轟", "1班"], ["宍戸", "2班"], ["甘粕", "3班"]]}}],
})

# -- 28. donations from individual residents with addresses, to the treasurer -------
_p = people(128, 10, born=(1940, 1985))
_rows = "\n".join(f"{p['name2']},{p['addr_nopref']},{p['rng'].choice([1000, 2000, 3000, 5000, 10000])}"
                  for p in _p)
M({
    "id": "associations-jichikai-donors-csv-body",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "ten residents' names, home addresses and donation amounts pasted as CSV lines, to the treasurer's yahoo address",
    "sender": "総務部 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["自治会 会計 薬袋様 <minai_kaikei@yahoo.co.jp>"],
    "subject": "夏祭り ご寄付の受付分（当社窓口分）",
    "body": f"""薬袋様

お疲れさまです。轟です。
当社の受付窓口でお預かりした夏祭りへのご寄付をまとめました。
領収書の発行と、掲示板への芳名掲載にお使いください。

氏名,住所,金額
{_rows}

現金は明日、自治会館へお持ちします。

轟
""",
})

# -- 29. PTA 役員名簿 with full-width spaces, to the PTA chair's icloud -------------
_kids = people(129, 6, born=(2014, 2019), pool="modern")
_par = people(1291, 6, born=(1978, 1990))
_lines = "\n".join(
    f"{k['rng'].choice(['１', '２', '３', '４', '５', '６'])}年{k['rng'].choice(['１', '２', '３'])}組　{k['name']}　保護者：{k['sei']}　{pa['mei']}　{fw(pa['mobile'])}　{pa['rng'].choice(['会長', '副会長', '書記', '会計', '広報', '校外'])}"
    for k, pa in zip(_kids, _par))
M({
    "id": "associations-pta-officers-fullwidth",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "PTA officers: six children with class, parents' names and full-width mobiles, to a parent's icloud",
    "sender": "鳥居塚 千尋 <toriizuka.c@hinode-sangyo.co.jp>",
    "to": ["御園生さん <misono.pta@icloud.com>"],
    "subject": "新役員の名簿です",
    "body": f"""御園生さん

お疲れさまです、鳥居塚です（会社のアドレスから失礼します）。
昨日の総会で決まった新役員の名簿をお送りします。
連絡用のLINEグループ作成をお願いできますか。

{_lines}

来週の引き継ぎ会は火曜19時、学校の会議室です。
よろしくお願いします。
""",
})

# -- 30. PTA 見守りボランティア: employees' addresses & phones to the school --------
_p = people(130, 9, born=(1965, 1995))
_rows = [["No", "氏名", "住所", "携帯電話", "担当曜日", "担当場所"]]
for i, p in enumerate(_p):
    _rows.append([i + 1, p["name"], p["addr"], p["mobile"],
                  "月水金"[i % 3] + "曜", p["rng"].choice(["辻堂駅北口交差点", "元町郵便局前", "公民館前横断歩道"])])
M({
    "id": "associations-mimamori-volunteers-pdf",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of nine employee volunteers with home address and mobile, to the elementary school",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["かもめ小学校 教頭 乙部先生 <kyoto@kamome-sho.ed.jp>"],
    "subject": "登下校見守りボランティア 2学期の登録者",
    "body": """かもめ小学校
教頭　乙部先生

いつもお世話になっております。日の出産業の轟です。
2学期の登下校見守りボランティアに登録した当社社員の名簿をお送りします。
ボランティア保険の加入手続きにもお使いいただいて構いません。

どうぞよろしくお願いいたします。
""",
    "attachments": [{"kind": "pdf", "name": "mimamori_2gakki.pdf",
                     "lines": ["登下校見守りボランティア 登録者名簿（日の出産業株式会社）", ""],
                     "table": _rows}],
})

# -- 31. PTA 運動会 救護メモ: children's chronic illnesses, to a parent's gmail ------
M({
    "id": "associations-pta-undokai-kyugo",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "first-aid memo naming children with epilepsy, asthma, heart disease: 要配慮 tied to children, to a parent's gmail",
    "sender": "渡久地 恵 <toguchi.m@hinode-sangyo.co.jp>",
    "to": ["栗花落さん <tsuyuri.rina.0820@gmail.com>"],
    "subject": "運動会の救護係メモ",
    "body": """栗花落さん

救護係の引き継ぎメモです。先生から口頭で伺った内容を書き出しました。
取り扱いには気をつけてください。

2年1組 薬袋 陽向くん … てんかん。発作時は横にして時間を計る、5分超えたら救急車
3年2組 雲財 結衣さん … 喘息。吸入器を保健室に預かり
4年1組 廿浦 拓海くん … 心室中隔欠損の術後、長距離走は見学
5年3組 鴨志田 芽依さん … 1型糖尿病、低血糖時はブドウ糖タブレット

当日は保健室の先生と本部テントにいます。
渡久地
""",
})

# -- 32. 緊急連絡網 XLSX (two sheets, title row) to the PTA vice-chair ---------------
_k = people(132, 18, born=(2015, 2019), pool="modern")
_pa = people(1321, 18, born=(1975, 1992))
_sheet = [["令和8年度 4年2組 緊急連絡網"], ["作成：学級委員"],
          ["出席番号", "児童氏名", "保護者氏名", "電話1", "電話2", "メール"]]
for i, (k, pa) in enumerate(zip(_k, _pa)):
    _sheet.append([i + 1, k["name"], f"{k['sei']} {pa['mei']}", pa["mobile"], pa["tel"], pa["mail"]])
M({
    "id": "associations-pta-renrakumo-xlsx",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "class emergency call tree: 18 families' phones and e-mails, XLSX with title rows, to a parent on docomo mail",
    "sender": "渡久地 恵 <toguchi.m@hinode-sangyo.co.jp>",
    "to": ["安慶名 様 <agena-family@docomo.ne.jp>"],
    "subject": "4年2組の連絡網（最新版）",
    "body": """安慶名さま

学級委員の渡久地です。
転入生が2名あったので連絡網を更新しました。最新版を添付します。
副委員さんの方で印刷・配布をお願いできますでしょうか。

渡久地
""",
    "attachments": [{"kind": "xlsx", "name": "4-2_renrakumo_R8.xlsx",
                     "sheets": {"連絡網": _sheet, "回し順": [["1→2→3→…→18→担任"]]}}],
})

# -- 33. FW: 入部届 with health-insurance card number, to the sports insurance ----
M({
    "id": "associations-fw-nyubu-hokensho",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward of a new member's form with 健康保険証 記号・番号 and DOB to the insurance agency (a forward counts)",
    "sender": "サッカー部 主務 善養寺 <zenyoji.t@hinode-sangyo.co.jp>",
    "to": ["ひまわり保険サービス 加入受付 <kanyu@himawari-hoken-s.co.jp>"],
    "subject": "FW: 入部届（鳥居塚）",
    "body": """ひまわり保険サービス ご担当者様

お世話になっております。日の出産業サッカー部の善養寺です。
新入部員1名の追加加入をお願いします。本人からの届けをそのまま転送します。

---------- Forwarded message ----------
From: 鳥居塚 拓海 <toriizuka.t@hinode-sangyo.co.jp>
Date: 2026年4月20日(月) 12:31
Subject: 入部届（鳥居塚）
To: 善養寺 <zenyoji.t@hinode-sangyo.co.jp>

善養寺さん

お疲れさまです。新人の鳥居塚です。入部届の内容を送ります。

氏名：鳥居塚 拓海（とりいづか たくみ）
生年月日：2003年7月18日
所属：生産技術課
携帯：070-3382-9015
健康保険証：記号 1203　番号 4471（日の出産業健康保険組合）
ポジション希望：DF

よろしくお願いします！
""",
})

# -- 34. OB会 年会費 card number pasted to the payment service ----------------------
M({
    "id": "associations-obkai-card-manual",
    "expect": "stop",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a member's credit-card number pasted into mail to the payment service for a manual charge",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["ペイナビ 加盟店サポート <support@paynavi.co.jp>"],
    "subject": "手動決済のお願い（加盟店ID HNDOB-0042）",
    "body": f"""ペイナビ 加盟店サポート ご担当者様

いつもお世話になっております。日の出産業OB会事務局です。
会員の方がオンライン決済画面でエラーになるとのことで、
お電話で伺ったカード情報にて年会費の決済をお願いできますでしょうか。

　カード名義：SHIMEKAKE KIYOSHI（七五三掛 清 様）
　カード番号：{' '.join(card_number(34)[i:i + 4] for i in range(0, 16, 4))}
　有効期限：09/29
　金額：3,000円

お手数ですがよろしくお願いいたします。

吾妻
""",
})

# -- 35. 合宿 hotel booking with the club's corporate card ---------------------------
M({
    "id": "associations-gasshuku-corporate-card",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a card number (club manager's corporate card) in a hotel booking mail: any card number must stop",
    "charset": "iso-2022-jp",
    "sender": "陸上部 祖父江 <sobue.t@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 軽井沢 予約係 <karuizawa@sakura-hotel.jp>"],
    "subject": "8/10-13 陸上部夏合宿 予約の件",
    "body": f"""さくらホテル軽井沢
予約係 御中

お世話になっております。日の出産業陸上部の祖父江です。
8月10日〜13日（3泊）、14名・和室4部屋の予約を確定いたします。
デポジットは下記カードにてお願いいたします。

カード：法人カード（VISA）
番号：{card_number(35)}
有効期限：2028年3月
名義：TAKU SOBUE

食事は朝夕2食付き、夕食は大盛り対応でお願いします。

祖父江 拓
""",
})

# -- 36. overseas tournament: passports of 6 players, English, to the travel agency -
_p = people(136, 6, born=(1985, 2002))
_lines = "\n".join(
    f"{i + 1}. {p['ROMAJI']:<22} DOB {seireki(p['dob'], 'en'):<12}  Passport T{p['rng'].choice('KRZ')}{p['rng'].randint(1000000, 9999999)}  exp. {p['rng'].randint(2028, 2035)}-{p['rng'].randint(1, 12):02d}"
    for i, p in enumerate(_p))
M({
    "id": "associations-overseas-passports-en",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "English mail: six players' passport numbers and English-format DOB to a Singapore travel agent",
    "sender": "Futsal Club Manager Kenichi Kamoshida <kamoshida.k@hinode-sangyo.co.jp>",
    "to": ["Ms. Grace Lim <grace.lim@lionbay-travel.com.sg>"],
    "subject": "Team Hinode - passport details for the Singapore Corporate Cup",
    "body": f"""Dear Ms. Lim,

Thank you for arranging our stay for the Singapore Corporate Futsal Cup (14-16 Nov).
As requested for the hotel registration and the tournament ID cards, please find
our players' passport details below.

{_lines}

We will arrive on SQ 637 on 13 Nov. Please let me know if you need anything else.

Best regards,
Kenichi Kamoshida
Hinode Sangyo Co., Ltd. Futsal Club
""" + DISCLAIMER_EN,
})

# -- 37. one passport for the 社員旅行, in a reply with quoted text --------------------
M({
    "id": "associations-shain-ryoko-one-passport",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "new text gives one person's passport number and DOB (an ID document of one person) to the travel agency",
    "sender": "親睦会 幹事 須永 <sunaga.a@hinode-sangyo.co.jp>",
    "to": ["ほしぞらトラベル 法人団体課 宍戸様 <shishido@hoshizora-travel.co.jp>"],
    "subject": "Re: 親睦会 台湾旅行 旅券情報の不足分",
    "body": """宍戸様

お世話になっております。須永です。
不足していた1名分、本人に確認できましたのでお送りします。

　氏名（ローマ字）：KOORI MAYUMI
　旅券番号：TR8830174
　生年月日：1988年2月11日
　有効期限：2031年6月

これで全員分揃ったかと思います。

須永

-----Original Message-----
From: 宍戸 <shishido@hoshizora-travel.co.jp>
Sent: Thursday, September 3, 2026 10:12 AM
Subject: 親睦会 台湾旅行 旅券情報の不足分

須永様
航空券発券のため、桑折様の旅券情報のみ未着となっております。
お手数ですがご確認をお願いいたします。
""",
})

# -- 38. three local shops visible in To (3 organisations) --------------------------
M({
    "id": "associations-matsuri-kyosan-three-shops",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "sponsorship request to three different local businesses, all visible in To: should have been Bcc",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["湘南ベーカリー 店主様 <info@shonan-bakery.jp>",
           "辻堂酒店 <sake@tsujido-saketen.co.jp>",
           "元町整骨院 <uketsuke@motomachi-seikotsu.jp>"],
    "subject": "辻堂元町 夏祭り 協賛のお願い",
    "body": """地域の事業者の皆さま

突然のご連絡失礼いたします。
辻堂元町自治会の夏祭り実行委員として協賛のお取りまとめをしております、
日の出産業株式会社の轟と申します。

今年も8月22日（土）に元町公園で夏祭りを開催いたします。
つきましては、協賛金（一口3,000円）または景品のご提供をお願いできれば幸いです。
協賛いただいた事業者様は、会場の看板とチラシにお名前を掲載いたします。

ご検討のほど、何卒よろしくお願いいたします。

辻堂元町自治会 夏祭り実行委員会
（日の出産業株式会社 総務部）轟 和也
TEL 0466-30-5100
""",
})

# -- 39. PTA meeting notice: five parents' private addresses in To ------------------
_p = people(139, 5, born=(1978, 1990))
M({
    "id": "associations-pta-meeting-parents-visible",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "PTA meeting notice to five parents on carrier/free mail, all visible in To",
    "sender": "渡久地 恵 <toguchi.m@hinode-sangyo.co.jp>",
    "to": [p["mail"] for p in _p],
    "subject": "【4年2組】学級委員会のお知らせ",
    "body": """4年2組 学級委員の皆さま

いつもありがとうございます。渡久地です。
次回の学級委員会を以下の日程で行います。

日時：6月12日（金）10:00〜11:00
場所：かもめ小学校 家庭科室
議題：夏休みのラジオ体操当番、学級レクの企画

ご都合が悪い方はご連絡ください。
""",
})

# -- 40. three partner companies visible in To --------------------------------------
M({
    "id": "associations-hoyojo-three-partners-to",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three partner organisations (hotel, food, transport) addressed together in To",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 法人営業 <hojin@sakura-hotel.jp>",
           "北国フーズ 営業部 <eigyo@kitaguni-foods.co.jp>",
           "青葉運輸 観光バス事業部 <bus@aoba-unyu.co.jp>"],
    "subject": "共済会 家族感謝デー（10/18）お見積りのお願い",
    "body": """各位

いつもお世話になっております。日の出産業共済会事務局の五百旗頭です。
10月18日（日）の「家族感謝デー」について、お見積りをお願いいたします。

　参加見込み：会員と家族 約180名
　さくらホテル様：会場（大宴会場）と立食ビュッフェ
　北国フーズ様：お子様向け縁日コーナーの食材・屋台
　青葉運輸様：本社〜会場間の送迎バス（大型2台・往復）

9月15日までにご回答いただけますと幸いです。
""" + SIG_KYOSAI.format(name="五百旗頭 文江"),
})

# -- 41. look-alike of the own domain, with a bank account ---------------------------
M({
    "id": "associations-lookalike-own-domain-shukugi",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for 経理 internally but sent to hinode-sangyou.co.jp (look-alike of the own domain), with an employee's bank account",
    "sender": "総務部 慶弔担当 甘粕 <amakasu.h@hinode-sangyo.co.jp>",
    "to": ["経理部 出納 <suitou@hinode-sangyou.co.jp>"],
    "subject": "結婚祝金の支給依頼",
    "body": """経理部 出納ご担当

お疲れさまです。総務の甘粕です。
下記のとおり結婚祝金の支給をお願いします。

　対象者：勅使河原 彩花（品質保証部）
　事由：結婚（5月2日入籍）
　金額：30,000円（慶弔規程 第8条）
　振込先：みどり銀行 平塚支店 普通 6620931

よろしくお願いします。
甘粕
""",
})

# -- 42. hotel look-alike: TLD swapped, no personal data -----------------------------
M({
    "id": "associations-lookalike-sakura-hotel-cojp",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "banquet booking sent to sakura-hotel.co.jp, a TLD-swap look-alike of the partner sakura-hotel.jp",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
    "subject": "11/8 OB会懇親会 人数確定のご連絡",
    "body": """さくらホテル 宴会予約ご担当 小鳥遊様

いつもお世話になっております。日の出産業OB会の吾妻です。
11月8日（日）の懇親会の人数が確定しましたのでご連絡いたします。

　出席：48名（うちお車の方 6名）
　コース：和洋折衷 8,000円（飲み放題付き）
　開宴：12:00

最終の席次表は前日までにお送りします。
""",
})

# -- 43. bank look-alike: ginko → ginkou ---------------------------------------------
M({
    "id": "associations-lookalike-midori-ginkou",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "fund-transfer instruction to midori-ginkou.co.jp, a one-letter look-alike of the partner bank",
    "charset": "iso-2022-jp",
    "sender": "共済会事務局 祖父江 <kyosai@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 藤沢支店 <fujisawa-hojin@midori-ginkou.co.jp>"],
    "subject": "共済会 定期預金の満期手続きについて",
    "body": """みどり銀行 藤沢支店 法人営業課 御中

いつもお世話になっております。日の出産業共済会の祖父江です。
7月15日満期の定期預金（共済会名義）について、元利金を同条件で継続いただけますよう
お願いいたします。継続後の証書は事務局宛に郵送してください。

日の出産業共済会 事務局 祖父江
""",
})

# -- 44. printer look-alike: insatsu → insatu ----------------------------------------
M({
    "id": "associations-lookalike-nishiki-insatu",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "newsletter manuscript to nishiki-insatu.co.jp: dropped letter, look-alike of the partner printer",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["錦印刷 須藤様 <sudo@nishiki-insatu.co.jp>"],
    "subject": "ひので通信 第42号 入稿データ",
    "body": """須藤様

いつもお世話になっております。吾妻です。
第42号の入稿データ（本文・写真）をお送りします。
表紙の写真は秋のゴルフコンペ集合写真に差し替えてください。

部数は前号と同じ320部です。

吾妻
""",
    "attachments": [{"kind": "docx", "name": "hinode_tsushin_42_genko.docx",
                     "paragraphs": ["ひので通信 第42号", "会長あいさつ", "秋のゴルフコンペ報告",
                                    "優勝は元営業部の方で、スコア84。雨の中、18名が参加しました。",
                                    "事務局だより：年会費納入のお願い"]},
                    {"kind": "png", "name": "cover.png"}],
})

# -- 45. own-domain look-alike: dropped "co." ----------------------------------------
M({
    "id": "associations-lookalike-hinode-sangyo-jp",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "to hinode-sangyo.jp (own domain with co. dropped): a move-in notice with one employee's new address and phone",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["人事部 給与グループ <kyuyo@hinode-sangyo.jp>"],
    "subject": "社宅入居に伴う住所変更・社宅使用料控除開始",
    "body": """給与グループ 御中

お疲れさまです。総務の蓮見です。
下記社員が社宅へ入居しましたので、5月給与から社宅使用料の控除をお願いします。

　社員：桑折 航平（S31175）
　新住所：茅ヶ崎市浜見平5-3-1 茅ヶ崎社宅402
　連絡先：080-7734-0219
　使用料：月額 18,500円

蓮見
""",
})

# -- 46. food partner look-alike: homoglyph 0 for o ---------------------------------
M({
    "id": "associations-lookalike-kitaguni-f00ds",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "catering order to kitaguni-f00ds.co.jp (zeros for o): homoglyph look-alike of the partner",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 営業部 <eigyo@kitaguni-f00ds.co.jp>"],
    "subject": "Re: 家族感謝デー 縁日コーナー 発注内容",
    "body": """北国フーズ 営業部 御中

お見積りありがとうございました。B案で発注いたします。
　・焼きそば・フランクフルト 各200食
　・かき氷シロップ3種、カップ300個
　・搬入：10月18日 8:30 さくらホテル通用口

請求書は共済会事務局宛でお願いいたします。

五百旗頭
""",
})

# -- 47. 共済会 決算書 PDF stamped 社外秘, to the tax accountant ----------------------
M({
    "id": "associations-kyosai-kessan-shagaihi-pdf",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the 共済会 financial statements PDF carries a 社外秘 stamp in its page header, sent outside",
    "sender": "共済会事務局 祖父江 <kyosai@hinode-sangyo.co.jp>",
    "to": ["神田税理士事務所 <office@kanda-tax.jp>"],
    "subject": "共済会 第38期 決算書（案）のご確認",
    "body": """神田先生

いつもお世話になっております。日の出産業共済会の祖父江です。
第38期の決算書（案）ができましたので、ご確認をお願いいたします。
給付費の増加は主に傷病見舞金の件数増によるものです。

ご指摘があれば5月20日までにいただけますと助かります。

祖父江 紗季
""",
    "attachments": [{"kind": "pdf", "name": "kyosai_kessan_38.pdf",
                     "page_header": "社外秘",
                     "lines": ["日の出産業共済会 第38期 収支計算書（案）", "",
                               "収入の部　会費収入 18,420,000円　会社補助金 9,000,000円　受取利息 12,331円",
                               "支出の部　慶弔給付 6,850,000円　傷病見舞金 2,310,000円　レク補助 7,940,000円",
                               "　　　　　事務費 412,800円",
                               "次期繰越 10,319,531円"]}],
})

# -- 48. 社宅規程 改定案 DOCX with 部外秘 header, to the property manager --------------
M({
    "id": "associations-shataku-kitei-bugaihi-docx",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "draft company-housing rules DOCX classified 部外秘 in its header, sent to the property manager",
    "sender": "総務部長 宍戸 <shishido.t@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 半田様 <handa@towa-jutaku-kanri.co.jp>"],
    "subject": "社宅規程 改定案のご意見伺い",
    "body": """半田様

お世話になっております。宍戸です。
来年度からの社宅規程改定案をお送りします。
管理運営上、支障のある点があればご指摘いただけますと幸いです。

宍戸
""",
    "attachments": [{"kind": "docx", "name": "社宅規程_改定案_v3.docx",
                     "page_header": "部外秘　総務部",
                     "title": "社宅規程 改定案",
                     "paragraphs": ["社宅規程（改定案）", "第5条（入居資格）　転勤者及び入社3年以内の単身者",
                                    "第9条（使用料）　使用料は基準家賃の20％とする（現行15％）",
                                    "第14条（退去）　退職日から30日以内に退去しなければならない"]}],
})

# -- 49. mail classified 【取扱注意】 in the subject, to the 社労士 -------------------
M({
    "id": "associations-keicho-toriatsukai-chui",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail itself classified 【取扱注意】 (subject and heading stamp), sent outside",
    "sender": "総務部 甘粕 <amakasu.h@hinode-sangyo.co.jp>",
    "to": ["大島社会保険労務士事務所 <info@ooshima-sr.jp>"],
    "subject": "【取扱注意】慶弔見舞金規程の見直し案",
    "body": """━━━━━━━━━━━━━━━━
　取扱注意（関係者限り）
━━━━━━━━━━━━━━━━

大島先生

お世話になっております。日の出産業総務部の甘粕です。
慶弔見舞金規程の見直し案について、労務面でのご意見を頂戴したくお送りします。

主な変更点
　1. 結婚祝金　30,000円 → 50,000円
　2. 弔慰金（本人死亡）　300,000円 → 500,000円、業務上の場合は別途上乗せ
　3. 同性パートナーにも結婚祝金・弔慰金を適用
　4. 災害見舞金の等級を3段階から4段階へ

来月の労使協議会に諮る予定です。

甘粕 博
""",
})

# -- 50. PPAP: password ZIP of the OB roster ----------------------------------------
_p = people(150, 30, born=(1940, 1962))
M({
    "id": "associations-obkai-meibo-ppap",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected ZIP (PPAP) of the OB roster to the new chair's outlook address: cannot be inspected",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["冷泉 勝利 様 <reizei.katsutoshi@outlook.jp>"],
    "subject": "OB会 会員名簿（パスワード別送）",
    "body": """冷泉会長

お世話になっております。OB会事務局の吾妻です。
会員名簿をお送りします。パスワードは別のメールでお知らせします。

吾妻
""",
    "attachments": [{"kind": "zip", "name": "ob_meibo_2026.zip", "password": "Hnd#2026ob",
                     "files": [{"kind": "csv", "name": "ob_meibo.csv",
                                "rows": [["氏名", "住所", "電話"]] + [[p["name"], p["addr"], p["tel"]] for p in _p]}]}],
})

# -- 51. password-protected PDF of benefit payments ----------------------------------
M({
    "id": "associations-kyosai-kyufu-protected-pdf",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted PDF (給付一覧) to the outsourced administrator: content cannot be inspected",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["ふくりサポート 給付センター <kyufu@fukuri-support.co.jp>"],
    "subject": "4月分 給付一覧",
    "body": """ふくりサポート 給付センター ご担当者様

4月分の給付一覧をお送りします。
PDFのパスワードは従来どおり、貴社の契約番号です。

""" + SIG_KYOSAI.format(name="五百旗頭 文江"),
    "attachments": [{"kind": "pdf", "name": "kyufu_202604.pdf", "password": "FS-77120",
                     "lines": ["給付一覧 2026年4月", "結婚祝金 3件", "出産祝金 2件", "弔慰金 1件"]}],
})

# -- 52. corrupt XLSX: volunteer roster to the 自治会 ----------------------------------
M({
    "id": "associations-jichikai-corrupt-xlsx",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached roster XLSX is corrupt and cannot be read",
    "sender": "総務部 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["辻堂元町自治会 事務局 <jimu@tsujido-motomachi-jichikai.jp>"],
    "subject": "防犯パトロール 参加者表（再送）",
    "body": """自治会事務局 御中

先ほどのファイルが開けないとのことでしたので再送いたします。
こちらでも開けない場合はお電話ください。

轟（日の出産業）
""",
    "attachments": [{"kind": "corrupt", "name": "bouhan_patrol_10gatsu.xlsx"}],
})

# -- 53. plain ZIP with CSV + DOCX: camp participants with emergency contacts --------
_p = people(153, 10, born=(1990, 2004))
_csv = [["name", "kana", "birth", "mobile", "emergency_name", "emergency_tel"]]
for p in _p:
    _csv.append([p["name"], p["kana"], seireki(p["dob"], "dash"), p["mobile"],
                 p["sei"] + " " + p["rng"].choice(["和子", "清", "智子", "義男"]), p["tel"]])
M({
    "id": "associations-gasshuku-zip-csv-docx",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plain ZIP with a CSV of ten camp participants (DOB, mobile, emergency contact) and a schedule DOCX, to the bus company",
    "sender": "陸上部 祖父江 <sobue.t@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 観光バス事業部 <bus@aoba-unyu.co.jp>"],
    "subject": "夏合宿 乗車名簿と行程表",
    "body": """青葉運輸 観光バス事業部 御中

お世話になっております。日の出産業陸上部の祖父江です。
8/10出発の合宿について、乗車名簿と行程表をZIPにまとめてお送りします。
乗務員の方の事故時連絡用に緊急連絡先も入れてあります。

祖父江
""",
    "attachments": [{"kind": "zip", "name": "gasshuku_0810.zip",
                     "files": [{"kind": "csv", "name": "jousha_meibo.csv", "encoding": "utf-8", "rows": _csv},
                               {"kind": "docx", "name": "koutei.docx",
                                "paragraphs": ["夏合宿 行程表", "8/10 7:00 本社前出発 → 11:30 さくらホテル軽井沢着",
                                               "8/13 14:00 ホテル発 → 18:00 本社着"]}]}],
})

# -- 54. forward of an internal tenant list to the property manager -----------------
_p = people(154, 6, born=(1968, 1995))
_q = "\n".join(f"{p['rng'].randint(1, 4)}0{i + 1}  {pad(p['name'], 14)} {p['mobile']}  {wareki(p['dob'], 'kanji')}"
               for i, p in enumerate(_p))
M({
    "id": "associations-fw-internal-tenant-list",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "FW of an internal mail: six tenants with mobiles and DOB forwarded to the property manager (forwarded text counts)",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 半田様 <handa@towa-jutaku-kanri.co.jp>"],
    "subject": "FW: 平塚社宅 入居者情報（人事より）",
    "body": f"""半田様

お世話になっております。蓮見です。
平塚社宅の入居者情報、人事から届いたものを転送いたします。
火災保険の更新手続きにお使いください。

蓮見

-------- 転送メッセージ --------
差出人: 人事部 及川 <oikawa.n@hinode-sangyo.co.jp>
送信日時: 2026年2月18日 9:47
宛先: 蓮見 <hasumi.c@hinode-sangyo.co.jp>
件名: 平塚社宅 入居者情報

蓮見さん
平塚社宅の現入居者です。

{_q}

及川
""",
})

# -- 55. legacy XLS: family day participants with children's ages/DOB ---------------
_p = people(155, 12, born=(1975, 1995))
_rows = [["社員番号", "社員氏名", "同伴家族", "家族生年月日", "連絡先"]]
for p in _p:
    _kid = people(1550 + len(_rows), 1, born=(2013, 2022), pool="modern")[0]
    _rows.append([p["empno"], p["name"], f"{p['sei']} {_kid['mei']}（子）",
                  wareki(_kid["dob"], "fwkanji"), p["mobile"]])
M({
    "id": "associations-family-day-xls",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 12 employees with their children's names and full-width 和暦 DOB, to the event company",
    "sender": "共済会事務局 祖父江 <kyosai@hinode-sangyo.co.jp>",
    "to": ["イベントプラス 企画部 <kikaku@eventplus-shonan.co.jp>"],
    "subject": "家族感謝デー キッズプログラム参加者一覧",
    "body": """イベントプラス 企画部 ご担当者様

お世話になっております。日の出産業共済会の祖父江です。
キッズプログラム（工作教室・ミニ運動会）の参加者一覧をお送りします。
年齢別のグループ分けと傷害保険の手配をお願いいたします。

祖父江
""",
    "attachments": [{"kind": "xls", "name": "kids_program.xls", "sheets": {"参加者": _rows}}],
})

# ======================================================================================
# MUST GO
# ======================================================================================


def corp_number(base12):
    """法人番号: check digit + 12-digit base"""
    digits = [int(c) for c in base12]
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(digits), start=1))
    return f"{9 - total % 9}{base12}"


# -- p1. league schedule with a list of ballparks (businesses) ----------------------
M({
    "id": "associations-baseball-schedule-ballparks",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "spring schedule and a list of ballparks with their office phones: businesses, not people",
    "charset": "iso-2022-jp",
    "sender": "硬式野球部 マネージャー 乙部 <otobe.k@hinode-sangyo.co.jp>",
    "to": ["神奈川県実業団野球連盟 事務局 <jimukyoku@kanagawa-jitsugyo-bb.or.jp>"],
    "subject": "春季リーグ 当番校としての会場確保状況",
    "body": """連盟事務局 御中

お世話になっております。日の出産業硬式野球部の乙部です。
春季リーグ（当社当番ブロック）の会場確保状況をご報告いたします。

日程        会場                    所在地                      管理事務所
----------------------------------------------------------------------------------
4/12(日)    辻堂総合運動公園野球場  藤沢市辻堂神台2-1          0466-33-2110
4/19(日)    茅ヶ崎中央公園球場      茅ヶ崎市東海岸北5-6-8      0467-82-4415
4/26(日)    平塚八重咲スタジアム    平塚市八重咲町3-3          0463-21-7781
5/3(日)     寒川町民グラウンド      高座郡寒川町一之宮8-1-1    0467-74-1190

雨天時の予備日は各翌週土曜で仮押さえしております。
審判派遣のご手配をよろしくお願いいたします。

日の出産業株式会社 硬式野球部 マネージャー 乙部 健太
TEL 0466-30-5100（内線 3351）
""",
})

# -- p2. OB会 総会 案内 to one OB member on gmail ------------------------------------
M({
    "id": "associations-obkai-soukai-one-gmail",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "general-meeting notice to a single retiree's gmail address: one free-mail recipient, no data",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["苫米地 義男 様 <tomabechi.yoshio@gmail.com>"],
    "subject": "OB会 定期総会のご案内（ご返信のお礼）",
    "body": """苫米地様

ご無沙汰しております。OB会事務局の吾妻です。
先日はお電話をいただきありがとうございました。
メールでのご案内をご希望とのことでしたので、総会のご案内をお送りします。

　日時：6月13日（土）13:30〜（受付13:00）
　会場：日の出産業 本社 5階大会議室
　議事：2025年度活動報告・決算、2026年度役員選任
　終了後、社員食堂にて懇親会（会費2,000円）

ご出欠は6月1日までにこのメールへご返信ください。
お会いできるのを楽しみにしております。

吾妻 葵
日の出産業OB会 事務局
〒251-0047 神奈川県藤沢市辻堂東海岸4-2-1 日の出産業株式会社 総務部内
TEL 0466-30-5100
""",
})

# -- p3. banquet booking at the partner hotel, no personal data ---------------------
M({
    "id": "associations-obkai-banquet-booking",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "banquet booking with head count, menu and budget; only the sender's own contact",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "OB会懇親会 会場予約のお願い（11/8）",
    "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業OB会事務局の吾妻でございます。
本年も下記のとおり懇親会の会場をお願いしたく、ご連絡いたしました。

　日時：11月8日（日）12:00〜14:30
　人数：45〜50名（10月末確定）
　ご予算：お一人様 8,000円（飲物込み）
　その他：受付用長机2台、マイク1本、プロジェクター

お見積りと宴会プランをお送りいただけますでしょうか。
当日の窓口は吾妻（携帯 080-4471-2290）となります。

日の出産業OB会 事務局 吾妻 葵
""",
})

# -- p4. 共済会 aggregate benefit report to the tax accountant -----------------------
M({
    "id": "associations-kyosai-aggregate-report-xlsx",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate benefit statistics by type and month (counts and amounts only), no people",
    "sender": "共済会事務局 祖父江 <kyosai@hinode-sangyo.co.jp>",
    "to": ["神田税理士事務所 <office@kanda-tax.jp>"],
    "subject": "給付実績の集計表（第38期）",
    "body": """神田先生

お世話になっております。日の出産業共済会の祖父江です。
ご依頼の給付実績の集計表をお送りします。
個人別の明細は含めておりません。件数・金額のみです。

祖父江 紗季
日の出産業共済会 事務局
""",
    "attachments": [{"kind": "xlsx", "name": "kyufu_jisseki_38ki.xlsx",
                     "sheets": {"種類別": [["第38期 給付実績（種類別）"], ["給付種類", "件数", "金額"],
                                           ["結婚祝金", 21, 630000], ["出産祝金", 34, 680000],
                                           ["入学祝金", 52, 520000], ["弔慰金", 9, 1950000],
                                           ["傷病見舞金", 17, 2310000], ["災害見舞金", 2, 200000]],
                                "月別": [["月", "件数"], ["4月", 11], ["5月", 13], ["6月", 9], ["7月", 12],
                                         ["8月", 8], ["9月", 10], ["10月", 14], ["11月", 9]]}}],
})

# -- p5. internal: member bank accounts to 経理 (CSV) -------------------------------
_p = people(205, 15, born=(1965, 2000))
M({
    "id": "associations-internal-keicho-payments-csv",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [],
    "note": "15 members' bank accounts for benefit payments, but every recipient is internal",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["経理部 出納 <suitou@hinode-sangyo.co.jp>"],
    "cc": ["総務部 甘粕 <amakasu.h@hinode-sangyo.co.jp>"],
    "subject": "5月分 慶弔給付 振込データ",
    "body": """経理部 出納ご担当

お疲れさまです。共済会事務局です。
5月分の慶弔給付の振込データを添付します。25日振込でお願いします。

五百旗頭
""",
    "attachments": [{"kind": "csv", "name": "keicho_202605.csv",
                     "rows": [["社員番号", "氏名", "給付", "金額", "銀行", "支店", "口座"]] +
                             [[p["empno"], p["name"], p["rng"].choice(["結婚祝金", "出産祝金", "入学祝金", "弔慰金"]),
                               p["rng"].choice([10000, 30000, 50000]), "みどり銀行", p["branch"], p["bank"]] for p in _p]}],
})

# -- p6. internal (subdomain): tenants with DOB to 人事 -----------------------------
_p = people(206, 9, born=(1970, 1998))
_t = "\n".join(f"{p['name']}\t{seireki(p['dob'], 'slash')}\t{p['rng'].choice(['辻堂第二', '茅ヶ崎', '平塚'])}\t{p['mobile']}" for p in _p)
M({
    "id": "associations-internal-subdomain-tenants",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": [],
    "note": "tenant list with DOB and mobiles to hr.hinode-sangyo.co.jp: a subdomain, so all-internal",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["人事部 及川 <oikawa.n@hr.hinode-sangyo.co.jp>"],
    "subject": "社宅入居者の年齢確認（入居期限チェック用）",
    "body": f"""及川さん

お疲れさまです。蓮見です。
独身寮・社宅の入居期限（35歳到達）チェック用に、入居者の生年月日を抜き出しました。

氏名	生年月日	社宅	携帯
{_t}

来年度に期限を迎える方には、9月中に個別にお知らせする予定です。

蓮見
""",
})

# -- p7. vacancies and repairs by room number, to the property manager ------------
M({
    "id": "associations-shataku-vacancy-repairs",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "vacancy and repair list by room number only, no tenants' data",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 賃貸管理部 <chintai@towa-jutaku-kanri.co.jp>"],
    "subject": "6月の空室状況と修繕依頼",
    "body": """東和住宅管理 賃貸管理部 半田様

いつもお世話になっております。日の出産業総務部の蓮見です。
6月時点の空室と修繕のお願いをまとめました。

【空室】
　辻堂第二社宅　203号室（5/31退去）、304号室
　茅ヶ崎社宅　　101号室

【修繕依頼】
　辻堂第二社宅 203号室：クロス張替え・ハウスクリーニング
　茅ヶ崎社宅　 共用廊下：3階照明の交換（LED化）
　平塚社宅　　 駐輪場：屋根の雨漏り

お見積りをいただいてから発注いたします。
本メールには機密情報が含まれている場合があります。誤って受信された場合は削除してください。

蓮見 千尋
日の出産業株式会社 総務部 TEL 0466-30-5100
""",
})

# -- p8. one new tenant's contact to the property manager -------------------------
M({
    "id": "associations-shataku-one-new-tenant",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one new tenant's name, mobile and move-in date: a single person's record (may warn)",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 賃貸管理部 <chintai@towa-jutaku-kanri.co.jp>"],
    "subject": "辻堂第二社宅 304号室 入居予定者のご連絡",
    "body": """半田様

お世話になっております。蓮見です。
304号室の入居予定者が決まりましたのでお知らせします。

　入居者：一寸木 雄大（ちょっき ゆうだい）
　携帯：090-2718-4406
　入居日：7月1日（水）　鍵の受け取りは6/30夕方を希望

室内点検の日程調整は本人と直接行っていただいて構いません。

蓮見
""",
})

# -- p9. 弔電 order: 喪主 and the funeral hall only ----------------------------------
M({
    "id": "associations-choden-order",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "condolence telegram order: the chief mourner's name and the funeral hall's business address only",
    "charset": "iso-2022-jp",
    "sender": "総務部 慶弔担当 甘粕 <amakasu.h@hinode-sangyo.co.jp>",
    "to": ["でんぽうサービス 法人窓口 <hojin@denpo-service.jp>"],
    "subject": "弔電のお申込み（日の出産業 法人会員 C-30218）",
    "body": """でんぽうサービス 法人窓口 御中

いつもお世話になっております。日の出産業総務部の甘粕です。
下記のとおり弔電をお願いいたします。

　宛先：　平安会館 茅ヶ崎斎場（茅ヶ崎市新栄町13-2）
　　　　　故 宍戸 清 様 ご葬儀会場　喪主 宍戸 隆之 様
　お届け：10月22日（木）10時の告別式までに
　台紙：　押し花（白百合）
　文例：　No.1021
　差出人：日の出産業株式会社 代表取締役社長 半田 誠 ／ 社員一同

請求は法人会員の月締めでお願いいたします。

甘粕
""",
})

# -- p10. 供花 order: florist + funeral hall in To/Cc (two organisations) ------------
M({
    "id": "associations-kyouka-florist-hall-two-orgs",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "funeral flowers: florist in To and funeral hall in Cc, two external organisations, normal three-way mail",
    "sender": "総務部 慶弔担当 甘粕 <amakasu.h@hinode-sangyo.co.jp>",
    "to": ["花工房もり 注文受付 <order@hanakobo-mori.jp>"],
    "cc": ["平安典礼 茅ヶ崎斎場 <chigasaki@heian-tenrei.co.jp>"],
    "subject": "供花のご注文（10/21 通夜 宍戸家）",
    "body": """花工房もり ご担当者様
（cc：平安典礼 茅ヶ崎斎場様）

お世話になっております。日の出産業の甘粕です。
10月21日（水）通夜の宍戸家ご葬儀に、下記のとおり供花をお願いいたします。

　供花：一基（15,000円）×2
　名札：「日の出産業株式会社」「日の出産業株式会社 総務部一同」
　搬入：10月21日 15時まで

斎場様には搬入時間のご確認をお願いできますと幸いです。

甘粕 博
日の出産業株式会社 総務部
""",
})

# -- p11. internal 訃報 with the 喪主's home address ---------------------------------
M({
    "id": "associations-internal-fuhou-all-staff",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "bereavement notice with the employee's home address for condolences, to an internal all-staff list",
    "sender": "総務部 慶弔担当 甘粕 <amakasu.h@hinode-sangyo.co.jp>",
    "to": ["全社員 <all-staff@hinode-sangyo.co.jp>"],
    "subject": "【訃報】製造部 宍戸 隆之さん ご尊父様ご逝去",
    "body": """社員各位

製造部 宍戸 隆之さんのご尊父 宍戸 清 様（享年81歳）が10月19日に逝去されました。
謹んでお悔やみ申し上げます。

　通夜：10月21日（水）18:00〜
　告別式：10月22日（木）10:00〜11:00
　式場：平安会館 茅ヶ崎斎場（茅ヶ崎市新栄町13-2）
　喪主：宍戸 隆之 様

会社としては弔電・供花を手配済みです。
後日弔問を希望される方のため、ご自宅をお知らせします（ご本人了承済み）：
　茅ヶ崎市浜見平3-9-14

総務部 慶弔担当 甘粕
""",
})

# -- p12. thank-you reply to a partner's condolences (quoted) ----------------------
M({
    "id": "associations-thanks-condolence-reply",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you reply for condolences to a partner; only the partner's quoted mail below",
    "sender": "製造部 宍戸 <shishido.t@hinode-sangyo.co.jp>",
    "to": ["川崎電機 営業部 勅使河原様 <teshigawara@kawasaki-denki.co.jp>"],
    "subject": "Re: お悔やみ申し上げます",
    "body": """勅使河原様

このたびは父の葬儀に際し、ご丁重なるお悔やみとご供花を賜り、
誠にありがとうございました。
おかげさまで滞りなく葬儀を済ませることができました。

本来であれば拝眉のうえお礼申し上げるべきところ、
略儀ながらメールにてお礼申し上げます。
今後とも変わらぬご厚誼のほど、よろしくお願い申し上げます。

宍戸 隆之

> 宍戸様
> ご尊父様のご逝去の報に接し、謹んでお悔やみ申し上げます。
> 心ばかりではございますが、供花をお送りさせていただきました。
> 川崎電機株式会社 勅使河原
""",
})

# -- p13. 清掃活動 案内 to the 自治会長 on yahoo -------------------------------------
M({
    "id": "associations-jichikai-cleanup-notice-yahoo",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "cleanup-day arrangements with one 自治会 officer on yahoo: one free-mail recipient, head count only",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["薬袋 様 <minai_kaikei@yahoo.co.jp>"],
    "subject": "海岸清掃の準備物について",
    "body": """薬袋さま

いつもお世話になっております。日の出産業の轟です。
9月6日の海岸清掃、当社からは8名が参加予定です。

当社で用意するもの：軍手30組、ゴミ袋（可燃・不燃）各50枚、トング10本、飲料2ケース
自治会でご用意いただくもの：ゴミの集積場所の確保、市への回収依頼

集合は8:30に辻堂海岸 西浜駐車場でよろしかったでしょうか。
雨天時の判断は前日17時にご連絡いただけますと助かります。

轟 和也
日の出産業株式会社 総務部
""",
})

# -- p14. sponsor businesses list to the 自治会 gmail ---------------------------------
M({
    "id": "associations-matsuri-sponsors-businesses",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "list of sponsoring shops with their shop phones (businesses, not people) to one gmail recipient",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["辻堂元町自治会 東海林会長 <shoji.kiyoshi1951@gmail.com>"],
    "subject": "夏祭り 協賛事業者一覧（看板用）",
    "body": """東海林会長

お世話になっております。轟です。
看板・チラシ掲載用の協賛事業者一覧をまとめました。

・湘南ベーカリー（元町2丁目）　　TEL 0466-34-1180　3口
・辻堂酒店　　　　　　　　　　　TEL 0466-36-0254　景品（ビール券）
・元町整骨院　　　　　　　　　　TEL 0466-35-7720　2口
・カフェ しおさい　　　　　　　 TEL 0466-31-9902　1口
・みどり銀行 辻堂支店　　　　　 TEL 0466-33-0011　5口
・日の出産業株式会社　　　　　　TEL 0466-30-5100　10口

掲載順は口数順でよろしいでしょうか。

轟
""",
})

# -- p15. aggregate report of the volunteer cleanup ---------------------------------
M({
    "id": "associations-jichikai-cleanup-result",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "activity report with head counts and collected waste only",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["辻堂元町自治会 事務局 <jimu@tsujido-motomachi-jichikai.jp>"],
    "subject": "海岸清掃 実施報告",
    "body": """辻堂元町自治会 事務局 御中

9月6日の海岸清掃、お疲れさまでした。当社分の実施報告です。

　参加者：当社社員 8名、ご家族 5名（うち小学生 3名）
　活動時間：8:30〜10:45
　回収量：可燃ごみ 45袋、不燃ごみ 12袋、粗大ごみ（自転車1台・タイヤ2本）
　けが人：なし

自治会全体の集計に加えていただけますと幸いです。
次回（12月）も参加させていただく予定です。

日の出産業株式会社 総務部 轟
""",
})

# -- p16. thank-you letter to the school ---------------------------------------------
M({
    "id": "associations-pta-thanks-school",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you note to the school after the factory tour: no personal data",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["かもめ小学校 教頭 乙部先生 <kyoto@kamome-sho.ed.jp>"],
    "subject": "工場見学のお礼",
    "body": """かもめ小学校
教頭　乙部先生

先日は4年生の皆さんに当社辻堂工場をご見学いただき、ありがとうございました。
子どもたちの元気な質問に、案内した社員一同たいへん励まされました。
お送りいただいた感想文（118通）は、社内報で紹介させていただく予定です。

今後とも地域の一員として、学校の活動に協力させていただければ幸いです。

日の出産業株式会社 総務部 轟 和也
""",
})

# -- p17. three volunteers' names and phones to the school -------------------------
M({
    "id": "associations-pta-three-volunteers",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three volunteers' names and mobiles for the school event: fewer than five people (may warn)",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["かもめ小学校 教頭 乙部先生 <kyoto@kamome-sho.ed.jp>"],
    "subject": "ふれあい祭り 当社ボランティア3名",
    "body": """乙部先生

お世話になっております。日の出産業の轟です。
11月のふれあい祭りでは、当社から以下3名がお手伝いに伺います。
当日の連絡は各自の携帯へお願いいたします。

　鴨志田 健一　070-5521-3380　（駐輪場整理）
　雲財 結衣　　080-9163-2047　（受付）
　廿浦 翔太　　090-3305-6612　（模擬店）

よろしくお願いいたします。
轟
""",
})

# -- p18. tournament results with scorers' names only ------------------------------
M({
    "id": "associations-futsal-results-names-only",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "match report naming goal scorers but with no other data about them",
    "sender": "フットサル部 鴨志田 <kamoshida.k@hinode-sangyo.co.jp>",
    "to": ["湘南企業フットサルリーグ 事務局 <info@shonan-corp-futsal.jp>"],
    "subject": "第5節 試合結果報告（日の出産業 vs 川崎電機）",
    "body": """リーグ事務局 御中

第5節の試合結果をご報告します。

　日の出産業 4 - 2 川崎電機
　得点：十文字（2）、鰐淵、漆原（日の出）／ 佐々木、林（川崎電機）
　警告：なし
　MVP：十文字

写真は後日共有フォルダにアップします。

日の出産業フットサル部 鴨志田
""",
})

# -- p19. reply quoting the league's roster ------------------------------------------
_p = people(219, 8, born=(1988, 2003), pool="male")
_q = "\n".join(f"> {p['name']}  {wareki(p['dob'], 'short')}  {p['mobile']}" for p in _p)
M({
    "id": "associations-league-reply-quoted-roster",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "short reply; the roster with DOB and phones is only in the quoted '>' text the league itself sent",
    "sender": "硬式野球部 マネージャー 乙部 <otobe.k@hinode-sangyo.co.jp>",
    "to": ["神奈川県実業団野球連盟 事務局 <jimukyoku@kanagawa-jitsugyo-bb.or.jp>"],
    "subject": "Re: 登録内容の確認のお願い",
    "body": f"""連盟事務局 御中

ご確認ありがとうございます。内容に相違ございません。
登録証の発行をよろしくお願いいたします。

乙部

2026年4月3日(金) 15:20 連盟事務局 <jimukyoku@kanagawa-jitsugyo-bb.or.jp>:
> 日の出産業 硬式野球部 乙部様
> 登録いただいた選手について、以下の内容で受け付けました。
> 相違がないかご確認ください。
>
{_q}
>
> 連盟事務局
""",
})

# -- p20. sponsorship mail that mentions the NDA --------------------------------------
M({
    "id": "associations-sponsor-nda-mention",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about signing an NDA with a sportswear sponsor: a mention, not a marking",
    "sender": "陸上部 監督 蓮見 <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["ヴィクトリースポーツ 営業企画 <sales@victory-sports.co.jp>"],
    "subject": "スポンサー契約に先立つ秘密保持契約について",
    "body": """ヴィクトリースポーツ株式会社
営業企画部 及川様

お世話になっております。日の出産業陸上部の蓮見です。
ご提案いただいたシューズ提供スポンサーの件、前向きに検討しております。

新モデルの試作品をお借りするにあたり、先に秘密保持契約（NDA）を締結したいとの
ご意向、承知いたしました。当社法務の雛形と貴社雛形のどちらでも構いません。
機密情報の範囲は「試作品及びその仕様」に限定していただけると助かります。

契約書案をお送りいただければ、総務・法務で確認のうえご返送いたします。

蓮見 誠
日の出産業株式会社 陸上部 監督
""",
})

# -- p21. uniform order by number and size (no names) ------------------------------
M({
    "id": "associations-uniform-order-numbers-sizes",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "uniform order listing jersey numbers and sizes with a price list: no names, no people's data",
    "sender": "サッカー部 主務 善養寺 <zenyoji.t@hinode-sangyo.co.jp>",
    "to": ["ヴィクトリースポーツ チームオーダー <team-order@victory-sports.co.jp>"],
    "subject": "チームユニフォーム発注（見積番号 VQ-26-0413）",
    "body": """ヴィクトリースポーツ チームオーダー係 御中

お見積りありがとうございました。下記で発注いたします。

品番 VS-FB220（上下セット）単価 7,480円 / 背番号マーキング 550円

背番号  サイズ
  1      L
  2      M
  3      L
  4      XL
  5      M
  6      S
  7      M
  8      L
  9      O
 10      M
 11      L

合計 11セット（税別 88,330円）。納期は6月第1週希望です。
請求書は総務部宛、注文番号 PO-S-2604 を記載ください。

善養寺
""",
})

# -- p22. OB会報 article: names in running prose, no contact data ------------------
M({
    "id": "associations-obkai-kaihou-prose",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "newsletter text mentioning retirees by name in anecdotes, no contact data or sensitive facts",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["錦印刷 須藤様 <sudo@nishiki-insatsu.co.jp>"],
    "subject": "ひので通信 第43号 原稿（会員だより）",
    "body": """須藤様

お世話になっております。吾妻です。
第43号の「会員だより」の原稿をお送りします。

――――――――――――――――
会員だより

春の総会には42名が集まり、にぎやかな会となりました。
最年長の四十物さんは今年も自転車でご来場、乾杯の音頭をとってくださいました。
元営業部の祖父江さんは、地元の少年野球チームの監督を引き受けたそうで、
「孫より若い選手たちに毎週鍛えられています」と笑っておられました。
囲碁同好会は月2回、本社近くの公民館で活動中。見学歓迎です。
――――――――――――――――

レイアウトは前号と同じ2段組でお願いします。

吾妻
""",
})

# -- p23. 保養所・提携宿 list (businesses) to the travel agency ------------------------
M({
    "id": "associations-hoyojo-inn-list",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of partner inns with addresses, phones and member rates: businesses",
    "sender": "共済会事務局 祖父江 <kyosai@hinode-sangyo.co.jp>",
    "to": ["ほしぞらトラベル 法人団体課 <hojin@hoshizora-travel.co.jp>"],
    "subject": "共済会 提携保養施設の一覧（来年度契約の確認）",
    "body": """ほしぞらトラベル 法人団体課 御中

いつもお世話になっております。日の出産業共済会の祖父江です。
来年度も継続をお願いしたい提携施設を一覧にしました。

施設名,所在地,電話,会員料金（1泊2食）
さくらホテル軽井沢,長野県北佐久郡軽井沢町軽井沢1323-5,0267-42-6610,12800
箱根湯本 旅館みやび,神奈川県足柄下郡箱根町湯本682,0460-85-3321,15400
伊豆高原 ペンションうみかぜ,静岡県伊東市八幡野1180-44,0557-53-2015,9800
草津温泉 ホテル湯畑,群馬県吾妻郡草津町草津114,0279-88-7702,13200

補助額は1泊あたり会員3,000円、家族2,000円で据え置きの予定です。

祖父江 紗季
日の出産業共済会 事務局
""",
})

# -- p24. question to the insurer, with a standard disclaimer --------------------
M({
    "id": "associations-insurer-question-disclaimer",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "product question to the insurer ending with the standard confidentiality disclaimer (not a marking)",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["明和生命保険 団体保険部 <dantai-hoken@meiwa-seimei.co.jp>"],
    "subject": "団体定期保険の特約追加についてのご質問",
    "body": """明和生命保険 団体保険部 御中

お世話になっております。日の出産業共済会事務局です。
来年度の更改に向けて、以下について教えてください。

1. 配偶者・子の加入口数の上限を引き上げることは可能でしょうか。
2. がん診断一時金特約を追加した場合の保険料率の目安
3. 定年退職者の継続加入（75歳まで）の可否

資料をお送りいただければ、運営委員会で検討いたします。

""" + SIG_KYOSAI.format(name="五百旗頭 文江") + DISCLAIMER,
})

# -- p25. two organisations in To/Cc: bus company and hotel -------------------------
M({
    "id": "associations-gasshuku-bus-hotel-two-orgs",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "three-way logistics mail with the bus company and the hotel: two external organisations",
    "sender": "陸上部 祖父江 <sobue.t@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 観光バス事業部 <bus@aoba-unyu.co.jp>"],
    "cc": ["さくらホテル 軽井沢 予約係 <karuizawa@sakura-hotel.jp>"],
    "subject": "8/10 合宿 到着時刻と駐車について",
    "body": """青葉運輸 観光バス事業部 御中
（cc：さくらホテル軽井沢 予約係様）

お世話になっております。日の出産業陸上部の祖父江です。
8月10日の合宿初日について、両社に関わる点をまとめて確認させてください。

・バスのホテル到着予定は11:30です（途中、横川SAで休憩20分）。
・ホテル様：大型バス1台の駐車スペースを13日まで確保いただけますでしょうか。
・乗務員様の宿泊は1名、シングルでお願いします（費用は当社負担）。

ご確認のほどよろしくお願いいたします。
祖父江 拓
""",
})

# -- p26. internal: 香典 record with names and amounts -----------------------------
_p = people(226, 20, born=(1960, 1999))
M({
    "id": "associations-internal-koden-record",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "record of 20 colleagues' condolence gifts sent only to internal addresses",
    "sender": "製造部 庶務 半田 <handa.m@hinode-sangyo.co.jp>",
    "to": ["製造部 宍戸 <shishido.t@hinode-sangyo.co.jp>"],
    "subject": "部内のお香典とりまとめ",
    "body": "宍戸さん\n\nこのたびはご愁傷さまでした。\n部内でお預かりしたお香典の一覧です。お返しのご参考にどうぞ。\n\n"
            + "\n".join(f"{p['name']}　{p['rng'].choice(['3,000', '5,000', '5,000', '10,000'])}円" for p in _p)
            + "\n\n現金は明日手渡しします。\n半田",
})

# -- p27. internal: volunteer-leave applications to 人事 -----------------------------
_p = people(227, 7, born=(1970, 1998))
M({
    "id": "associations-internal-volunteer-leave",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [],
    "note": "volunteer-leave list with home addresses and mobiles, internal recipients only",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["人事部 勤怠担当 <kintai@hinode-sangyo.co.jp>"],
    "subject": "ボランティア休暇 取得者（9/6 海岸清掃）",
    "body": """勤怠担当 御中

9月6日（日）の海岸清掃参加者のうち、振替でボランティア休暇を取得する方です。
保険加入のため住所も記載しています。

""" + "\n".join(f"- {p['name']} / {p['addr']} / {p['mobile']}" for p in _p) + """

よろしくお願いします。
轟
""",
})

# -- p28. internal: sick-leave benefit with diagnosis to 人事 ----------------------
M({
    "id": "associations-internal-sickness-benefit",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a member's diagnosis for the sick-leave benefit, exchanged between internal offices only",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["人事部 労務 及川 <oikawa.n@hinode-sangyo.co.jp>"],
    "subject": "傷病見舞金の支給確認（休職者）",
    "body": """及川さん

お疲れさまです。共済会の五百旗頭です。
傷病見舞金の支給にあたり、休職期間の確認をお願いします。

　技術開発部 安慶名 里奈さん
　診断：うつ病（適応障害）、2/3から休職
　共済会規程上、30日超で見舞金 50,000円の対象

休職期間が延長になった場合は追加の支給もありますので、
変更があればお知らせください。

五百旗頭
""",
})

# -- p29. internal: dependants with My Numbers to payroll --------------------------
M({
    "id": "associations-internal-mynumber-payroll",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "dependants' My Numbers and DOB for the payroll office, all recipients internal",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["人事部 給与グループ <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "扶養控除等申告書の異動（我那覇さん）",
    "body": f"""給与グループ 御中

社宅入居に合わせて扶養家族が増えた方の情報です。
年末調整の扶養控除等申告書への反映をお願いします。

我那覇 大輔（S20417）
　配偶者　我那覇 恵　　平成3年7月22日　{my_number(9017)}
　長男　　我那覇 陽向　令和2年1月9日　 {my_number(9018)}
　長女　　我那覇 凛　　令和5年11月30日　{my_number(9019)}

蓮見
""",
})

# -- p30. reply to the property manager: their tenant list only in the quote ------
_p = people(230, 7, born=(1970, 1998))
_q = "\n".join(f"{p['rng'].randint(1, 4)}0{i + 1}号室 {p['name']} {p['tel']}" for i, p in enumerate(_p))
M({
    "id": "associations-shataku-reply-original-message",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply whose only tenant data sits under -----Original Message----- from the property manager itself",
    "sender": "総務部 社宅担当 蓮見 <hasumi.c@hinode-sangyo.co.jp>",
    "to": ["東和住宅管理 半田様 <handa@towa-jutaku-kanri.co.jp>"],
    "subject": "RE: 消防設備点検の立会いについて",
    "body": f"""半田様

ご連絡ありがとうございます。
点検日の件、入居者には社内掲示とメールで周知いたします。
不在のお部屋は管理会社様の立会いで入室いただいて差し支えありません。

蓮見

-----Original Message-----
From: 半田 <handa@towa-jutaku-kanri.co.jp>
Sent: Monday, June 8, 2026 4:05 PM
To: 蓮見 <hasumi.c@hinode-sangyo.co.jp>
Subject: 消防設備点検の立会いについて

蓮見様
6/20の消防設備点検で、前回不在だったお部屋は以下です。

{_q}

ご周知をお願いいたします。
東和住宅管理 半田
""",
})

# -- p31. English reply, roster only in the quoted "wrote:" part -----------------
_p = people(231, 6, born=(1985, 2002))
_q = "\n".join(f"> {p['ROMAJI']}, born {seireki(p['dob'], 'us')}, mobile +81-{p['mobile'][1:]}" for p in _p)
M({
    "id": "associations-en-reply-quoted-roster",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply to the Singapore club; the player data is only in their quoted message",
    "sender": "Kenichi Kamoshida <kamoshida.k@hinode-sangyo.co.jp>",
    "to": ["Ravi Menon <ravi.menon@pacifica-sports.com.sg>"],
    "subject": "Re: Friendly match - visitor list check",
    "body": f"""Hi Ravi,

Thanks for checking. Yes, the list below is correct and complete.
We look forward to the match on Saturday - kick-off 10:00 at the Kallang courts.

Cheers,
Kenichi

On Tue, 10 Nov 2026 at 09:14, Ravi Menon <ravi.menon@pacifica-sports.com.sg> wrote:
> Dear Kenichi,
> For the venue's visitor registration we have the following from your team:
{_q}
> Please confirm.
> Ravi
""",
})

# -- p32. mentions 社外秘 but carries no marked document --------------------------
M({
    "id": "associations-mention-shagaihi-not-attached",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 社外秘 appears only in a sentence saying such material is NOT sent: a mention, not a marking",
    "sender": "共済会事務局 祖父江 <kyosai@hinode-sangyo.co.jp>",
    "to": ["神田税理士事務所 <office@kanda-tax.jp>"],
    "subject": "Re: 監査資料のご依頼について",
    "body": """神田先生

お世話になっております。祖父江です。
ご依頼の資料のうち、公開可能な「事業報告書」と「会員数推移」を本日郵送しました。

理事会の議事録は社外秘扱いの規程があるため、メールではお送りせず、
次回ご来社の際に閲覧いただく形でお願いできますでしょうか。

祖父江 紗季
日の出産業共済会 事務局
""",
})

# -- p33. event announcement with venue list and the disclaimer -------------------
M({
    "id": "associations-sports-festival-venues-disclaimer",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "sports-day announcement with gymnasiums' addresses (venues) and the legal disclaimer",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["ひなた市スポーツ協会 施設予約 <yoyaku@hinata-sports.or.jp>"],
    "subject": "会場予約のお願い：日の出産業 秋季スポーツ大会",
    "body": """ひなた市スポーツ協会 施設予約ご担当者様

下記の日程・会場での予約を希望いたします。

【10月11日（日）】
　・ひなた市総合体育館 メインアリーナ（ひなた市中央2-1-1）　バレーボール
　・同 サブアリーナ　卓球
【10月12日（月・祝）】
　・ひなた市営テニスコート（ひなた市西町880）　4面
　・ひなた市民プール 25mプール（ひなた市西町882）　リレー競技

利用人数は各会場60名程度です。申請書は窓口へ持参いたします。
""" + SIG_KYOSAI.format(name="五百旗頭 文江") + DISCLAIMER,
})

# -- p34. thank-you note to the social welfare council -----------------------------
M({
    "id": "associations-shakyo-thanks",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you and aggregate figures after the disaster drill: no individuals",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["ひなた市社会福祉協議会 地域福祉課 <chiiki@hinata-shakyo.or.jp>"],
    "subject": "合同防災訓練のお礼と実施結果",
    "body": """ひなた市社会福祉協議会
地域福祉課　月見里様

先日の合同防災訓練では大変お世話になりました。
当社の実施結果を簡単にご報告いたします。

　参加社員：24名（避難支援 12名、炊き出し 8名、受付 4名）
　避難支援の所要時間：平均 14分（前回 19分）
　課題：階段昇降機の操作に慣れた社員が少ない → 来月社内講習を実施

今後も地域の防災活動に協力させていただきます。

日の出産業株式会社 総務部 轟 和也
""",
})

# -- p35. payment notice to the funeral company with T-number ---------------------
_t = corp_number("730100104417")
M({
    "id": "associations-funeral-invoice-tnumber",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "payment notice quoting the funeral company's invoice number, T-number and company bank account",
    "sender": "経理部 林 <hayashi.r@hinode-sangyo.co.jp>",
    "to": ["平安典礼 経理課 <keiri@heian-tenrei.co.jp>"],
    "subject": "ご請求書（No. HT-260931）お支払いのご連絡",
    "body": f"""平安典礼株式会社 経理課 御中

いつもお世話になっております。日の出産業経理部の林です。
下記ご請求につき、10月末日にお振込いたしますのでご連絡いたします。

　請求書番号：HT-260931（社葬 一式）
　登録番号：T{_t}
　金額：2,486,000円（税込）
　振込先：みどり銀行 茅ヶ崎支店 当座 0081123 ヘイアンテンレイ（カ

振込手数料は当社負担といたします。

日の出産業株式会社 経理部 林
""",
})

# -- p36. wedding flowers to a couple's new home (2 people) -------------------------
M({
    "id": "associations-wedding-flowers-couple",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "flower delivery to a newly married couple: two people sharing one address and phone",
    "sender": "総務部 慶弔担当 甘粕 <amakasu.h@hinode-sangyo.co.jp>",
    "to": ["花工房もり 注文受付 <order@hanakobo-mori.jp>"],
    "subject": "お祝いのアレンジメント配送依頼",
    "body": """花工房もり ご担当者様

いつもありがとうございます。日の出産業の甘粕です。
社員の結婚祝いのお花をお願いします。

　お届け先：勅使河原 大輔 様・彩花 様
　　　　　　平塚市八重咲町7-2-5 パークハイム八重咲305
　　　　　　TEL 0463-22-0918
　お届け日：5月9日（土）午前
　ご予算：10,000円（アレンジメント、白とピンク系）
　札：「ご結婚おめでとうございます　日の出産業株式会社 品質保証部一同」

請求は法人口座でお願いします。
甘粕
""",
})

# -- p37. four PTA committee members to the school (boundary: 4) ----------------
_p = people(237, 4, born=(1978, 1990))
M({
    "id": "associations-pta-four-members",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four committee members with phones and e-mails to the school: under five people (may warn)",
    "sender": "渡久地 恵 <toguchi.m@hinode-sangyo.co.jp>",
    "to": ["かもめ小学校 教頭 乙部先生 <kyoto@kamome-sho.ed.jp>"],
    "subject": "広報委員会 委員の連絡先",
    "body": "乙部先生\n\nお世話になっております。広報委員長の渡久地です。\n"
            "PTA広報紙の校正でご連絡をいただく際の、委員の連絡先です。\n\n"
            + "\n".join(f"{p['name']}｜{p['mobile']}｜{p['mail']}" for p in _p)
            + "\n\n校正の締切は毎月15日です。\n渡久地",
})

# -- p38. volunteering report to one gmail with internal cc and photos -------------
M({
    "id": "associations-jichikai-report-photos-gmail",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "photos and a short report to the 自治会長's gmail with internal Cc: one free-mail recipient",
    "sender": "総務部 CSR担当 轟 <todoroki.k@hinode-sangyo.co.jp>",
    "to": ["東海林会長 <shoji.kiyoshi1951@gmail.com>"],
    "cc": ["総務部長 宍戸 <shishido.t@hinode-sangyo.co.jp>"],
    "subject": "防犯パトロールの写真をお送りします",
    "body": """東海林会長

昨夜の防犯パトロールお疲れさまでした。
自治会だより用の写真を3枚お送りします（顔が写っていないものを選びました）。

巡回ルート：元町公園 → 辻堂駅北口 → 神台公園 → 自治会館（約1時間）
参加：自治会 9名、当社 5名
特記事項：神台公園の街灯1本切れ → 市に連絡済み

轟
""",
    "attachments": [{"kind": "png", "name": "patrol_1.png"}, {"kind": "png", "name": "patrol_2.png"},
                    {"kind": "png", "name": "patrol_3.png"}],
})

# -- p39. hotels for the away tournament, to the travel agency --------------------
M({
    "id": "associations-ensei-hotel-candidates",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "candidate hotels with addresses and phones for an away tournament: businesses",
    "sender": "硬式野球部 マネージャー 乙部 <otobe.k@hinode-sangyo.co.jp>",
    "to": ["ほしぞらトラベル 法人団体課 <hojin@hoshizora-travel.co.jp>"],
    "subject": "都市対抗予選（静岡）遠征 宿泊先の候補",
    "body": """ほしぞらトラベル 法人団体課 御中

静岡遠征（7/3〜7/5、選手・スタッフ28名）の宿泊候補です。
球場まで車で20分以内が条件です。

1) ホテル駿河ステーション　静岡市葵区黒金町11-3　054-251-3301
2) 静岡ベイサイドイン　　　静岡市清水区島崎町223　054-353-0807
3) さくらホテル静岡　　　　静岡市駿河区南町10-8　054-288-1190

シングル28室、朝食付き、1泊9,000円以内でお見積りをお願いします。

乙部
""",
})

# -- p40. Bcc used correctly for an OB announcement --------------------------------
_p = people(240, 12, born=(1940, 1960))
M({
    "id": "associations-obkai-bcc-correct",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "OB announcement sent To: the office itself with the members in Bcc: nobody sees the others",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["OB会事務局 <ob-jimukyoku@hinode-sangyo.co.jp>"],
    "bcc": [p["mail"] for p in _p],
    "subject": "【OB会】会報第42号発送のお知らせ",
    "body": """OB会会員の皆さま
（このメールはBCCでお送りしています）

会報「ひので通信」第42号を6月20日に発送いたしました。
今号はゴルフコンペの報告と、新会長のごあいさつを掲載しております。
住所変更のある方は事務局までお知らせください。

日の出産業OB会 事務局
""",
})

# -- p41. two private persons (PTA co-officers) on different free mail -------------
M({
    "id": "associations-pta-two-freemail",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "bazaar planning with two parents on free mail: two parties, below the three that must be Bcc",
    "sender": "渡久地 恵 <toguchi.m@hinode-sangyo.co.jp>",
    "to": ["栗花落さん <tsuyuri.rina.0820@gmail.com>", "安慶名さん <agena-family@docomo.ne.jp>"],
    "subject": "バザーの役割分担（案）",
    "body": """栗花落さん、安慶名さん

お疲れさまです、渡久地です。
バザーの役割分担の案です。ご意見ください。

・受付／会計：渡久地
・衣類・雑貨コーナー：栗花落さん
・手作り品・食品コーナー：安慶名さん
・値付け作業：11/20（金）放課後、家庭科室

収益は図書室の本の購入にあてる予定です。
""",
})

# -- p42. uniform order with last names for embroidery (either) --------------------
_p = people(242, 9, born=(1988, 2003), pool="male")
M({
    "id": "associations-uniform-names-sizes",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "nine players' names with jersey sizes for embroidery: names with only clothing sizes, a judgement call",
    "sender": "サッカー部 主務 善養寺 <zenyoji.t@hinode-sangyo.co.jp>",
    "to": ["ヴィクトリースポーツ チームオーダー <team-order@victory-sports.co.jp>"],
    "subject": "ネーム刺繍入りウインドブレーカー追加注文",
    "body": "チームオーダー係 御中\n\n追加で9着、ネーム刺繍入りでお願いします（品番 VS-WB310）。\n\n"
            "ネーム（ローマ字）／サイズ\n"
            + "\n".join(f"{p['ROMAJI']} ／ {p['rng'].choice(['S', 'M', 'L', 'XL'])}" for p in _p)
            + "\n\n善養寺",
})

# -- p43. one person's food allergy to the hotel (either) ---------------------------
M({
    "id": "associations-banquet-one-allergy",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named guest's severe food allergy to the hotel kitchen: health-related, arguably 要配慮, arguably routine",
    "sender": "OB会事務局 吾妻 <ob-jimukyoku@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "懇親会 お料理のアレルギー対応",
    "body": """小鳥遊様

お世話になっております。吾妻です。
懇親会のお料理について1点お願いがございます。

出席者の蛭子 恵様が、そばと甲殻類に重度のアレルギー（アナフィラキシーの既往あり）を
お持ちです。該当のお席のお料理は別対応としていただけますでしょうか。
お席は受付近くのB卓を予定しております。

吾妻
""",
})

# -- p44. bereavement notice naming the religious rite, to a partner (either) ------
M({
    "id": "associations-fuhou-religion-partner",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "notice to a partner that an employee's father's funeral is held at a named church: religion of the family, arguably 要配慮",
    "sender": "営業一課 九十九 <tsukumo.h@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 営業部 冷泉様 <reizei@kitaguni-foods.co.jp>"],
    "subject": "弊社 桑折の不在について（ご連絡）",
    "body": """北国フーズ株式会社
営業部 冷泉様

いつもお世話になっております。日の出産業営業一課の九十九です。
貴社担当の桑折ですが、ご尊父が逝去されたため、今週いっぱい休暇を取っております。

なお、葬儀はご家族の信仰により、カトリック湘南教会にて
ご家族のみの密葬で執り行われるとのことです。ご香典・ご供花は固く辞退されております。

その間のご用件は私、九十九（080-3318-7720）までお願いいたします。

九十九 陽菜
日の出産業株式会社 営業一課
""",
})

# -- p45. HTML-only mail: partner gym branches in a table (businesses) ------------
M({
    "id": "associations-fitness-branches-html",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML table of a fitness chain's branches with addresses and phones: businesses, not people",
    "sender": "共済会事務局 五百旗頭 <kyosai@hinode-sangyo.co.jp>",
    "to": ["フィットプラス 法人会員窓口 <hojin@fitplus-club.co.jp>"],
    "subject": "法人会員契約の対象店舗について",
    "html": """<html><body>
<p>フィットプラス株式会社<br>法人会員窓口 ご担当者様</p>
<p>いつもお世話になっております。日の出産業共済会事務局です。<br>
来年度の法人会員契約で、会員が利用できる店舗を下記のとおり確認させてください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>店舗</th><th>所在地</th><th>電話</th><th>営業時間</th></tr>
<tr><td>辻堂店</td><td>藤沢市辻堂神台1-3-30 テラスモール3F</td><td>0466-38-2201</td><td>7:00-23:00</td></tr>
<tr><td>茅ヶ崎店</td><td>茅ヶ崎市元町5-12 ラチエンビル2F</td><td>0467-87-4410</td><td>9:00-23:00</td></tr>
<tr><td>平塚店</td><td>平塚市紅谷町8-21</td><td>0463-24-5532</td><td>9:00-22:00</td></tr>
<tr><td>戸塚店</td><td>横浜市戸塚区戸塚町16-1 トツカーナ5F</td><td>045-869-3300</td><td>7:00-23:00</td></tr>
<tr><td>大船店</td><td>鎌倉市大船1-22-19</td><td>0467-43-8870</td><td>9:00-22:00</td></tr>
</table>
<p>会員証は従来どおり社員証の提示で利用可能という理解でよろしいでしょうか。</p>
<p>日の出産業共済会 事務局<br>TEL 0466-30-5100 内線2230</p>
</body></html>""",
})
